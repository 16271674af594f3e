"""Corpus 193: interview invitations (26), reschedules or cancellations (15) and missed-interview
notices (10), all hand-written."""

from __future__ import annotations

from msgs193_common import M

INVITATIONS = [
    # ------------------------------------------------------------------ Spanish (14)
    M(id="alh_inv", kind="interview_invitation", slug="alhambra_rutas_panel_ics", lang="es",
      company="Alhambra Rutas", contact="rocio.maldonado@alhambrarutas.example.es",
      date="2026-08-12 10:05", tz="ES",
      frm=("Rocío Maldonado", "rocio.maldonado@alhambrarutas.example.es"),
      subject="Entrevista: Coordinador/a de Operaciones - miércoles 19 de agosto",
      reply="alh_ack",
      cte="quoted-printable",
      ics={"method": "REQUEST", "seq": 0, "uid": "alh-ops-0819-7f2c@alhambrarutas.example.es",
           "start": "2026-08-19 10:00", "minutes": 60,
           "summary": "Entrevista Alhambra Rutas - Leocadia Fenwick-Obuya",
           "location": "Alhambra Rutas, Cuesta de Gomérez 8, 18009 Granada",
           "organizer": ("Rocío Maldonado", "rocio.maldonado@alhambrarutas.example.es"),
           "description": "Entrevista con Rocío Maldonado (Operaciones) y Diego Sola (Dirección)."},
      text="""Hola Leocadia:

Hemos leído tu candidatura con mucho interés y nos gustaría conocerte en persona. Te propongo una entrevista el miércoles 19 de agosto a las 10:00 en nuestra oficina de la Cuesta de Gomérez, con Diego Sola (director general) y conmigo. Calcula una hora.

Hablaremos de cómo organizas una jornada con varios grupos a la vez, de proveedores (autocares, guías locales, entradas al monumento) y de tu disponibilidad para incorporarte en septiembre.

Te envío la convocatoria en el calendario; acéptala si te viene bien o dime otra franja esa misma semana.

Un saludo,
Rocío Maldonado
Directora de Operaciones
Alhambra Rutas · Cuesta de Gomérez 8 · 18009 Granada
Tel. 958 22 71 30"""),

    M(id="aero_inv", kind="interview_invitation", slug="aeromeseta_workday_programar", lang="es",
      company="Aeromeseta", contact="",
      date="2026-02-20 09:31", tz="ES",
      frm=("Aeromeseta Talento", "aeromeseta@myworkday.com"),
      subject="Aeromeseta: programa tu entrevista para R-04417",
      auto="auto-generated",
      reply="aero_ack",
      layout={"kind": "card", "brand": "Aeromeseta | Talento", "color": "#0b3d91",
             "button": ("Programar entrevista",
                        "https://aeromeseta.wd3.myworkday.com/aeromeseta/d/task/2998$1204.htmld"),
             "footer": "Este mensaje se ha enviado desde una dirección que no admite respuestas."},
      text="""Hola, Leocadia:

¡Buenas noticias! El equipo de Operaciones de Tierra quiere conocerte en una entrevista por vídeo de 45 minutos para el puesto de Coordinador/a de Operaciones de Tierra (R-04417).

Elige el día y la hora que mejor te vengan entre los huecos disponibles del 26 de febrero al 4 de marzo desde tu portal de candidatos:
https://aeromeseta.wd3.myworkday.com/aeromeseta/d/task/2998$1204.htmld

Recibirás la confirmación y el enlace a la videollamada en cuanto reserves.

Equipo de Talento de Aeromeseta"""),

    M(id="mel_inv", kind="interview_invitation", slug="meliana_assessment_center_pdf", lang="es",
      company="Meliana Resorts", contact="ines.pol@melianaresorts.example.es",
      date="2026-02-04 12:40", tz="ES",
      frm=("Inés Pol", "ines.pol@melianaresorts.example.es"),
      subject="Invitación al assessment center - Coordinador/a de Operaciones Turísticas",
      reply="mel_ack",
      layout="outlook",
      pdf=[("Agenda_Assessment_Center_Meliana.pdf", "Assessment center - Meliana Resorts",
            ["Fecha: miércoles 18 de febrero de 2026", "09:00 Bienvenida y café",
             "09:30 Caso práctico en grupo: llegada de 3 grupos con overbooking",
             "11:00 Role play con cliente (inglés)", "12:15 Entrevista individual",
             "13:30 Cierre", "Lugar: Hotel Meliana Portixol, Carrer de Sirena 2, Palma"])],
      text="""Hola Leocadia,

Enhorabuena, has pasado a la siguiente fase del proceso para Coordinador/a de Operaciones Turísticas.

Te invitamos a nuestro assessment center el miércoles 18 de febrero, de 9:00 a 14:00, en el Hotel Meliana Portixol (Palma). Será una mañana con otras cinco personas candidatas: un caso práctico en grupo, un role play en inglés y una entrevista individual con la directora de Operaciones.

Te adjunto la agenda. Los gastos de desplazamiento desde Granada corren de nuestra cuenta; si necesitas que reservemos el vuelo, respóndeme antes del viernes.

¿Me confirmas asistencia?

Un abrazo,
Inés Pol
Talent Acquisition Partner
Meliana Resorts · Passeig Marítim 44 · 07014 Palma
T. +34 971 70 28 55"""),

    M(id="costa_inv", kind="interview_invitation", slug="costa_sol_incoming_jornada_prueba", lang="es",
      company="Costa del Sol Incoming", contact="javier.ortega@costasolincoming.example.es",
      date="2026-07-01 18:20", tz="ES",
      frm=("Javier Ortega", "javier.ortega@costasolincoming.example.es"),
      subject="Jornada de prueba el jueves 9 de julio",
      charset="windows-1252", cte="quoted-printable",
      text="""Hola Leocadia,

Gracias por la entrevista de ayer, nos dejaste muy buen sabor de boca.

Como te comenté, el siguiente paso es una jornada de prueba con el equipo de operaciones: el jueves 9 de julio, de 8:00 a 15:00, en nuestra oficina de Málaga (C/ Larios 4, 3º). Estarás con Marisa Vela, nuestra jefa de operaciones, coordinando los traslados del día y un grupo de incentivos de 80 personas que llega de Fráncfort.

La jornada está remunerada (90 € brutos) y comemos juntos al terminar. Trae portátil si puedes.

¿Te encaja? Confírmame con un “ok” y te mando el planning.

Javier Ortega
Gerente – Costa del Sol Incoming
C/ Larios 4, 3º · 29005 Málaga
Tel. 952 21 48 60"""),

    M(id="faro_inv", kind="interview_invitation", slug="faro_talent_entrevista_con_cliente", lang="es",
      company="Cruceros Tramuntana", contact="alvaro.quintana@farotalent.example.es",
      date="2026-02-10 13:15", tz="ES",
      frm=("Álvaro Quintana", "alvaro.quintana@farotalent.example.es", ("iso-8859-1", "Q")),
      subject="RE: Coordinación de operaciones en Palma - confidencial",
      quote={"of": "own_reply_faro", "style": "outlook"},
      layout="outlook",
      ics={"method": "REQUEST", "seq": 0, "uid": "faro-ct-0217@farotalent.example.es",
           "start": "2026-02-17 10:30", "minutes": 50, "attach": True,
           "summary": "Entrevista Cruceros Tramuntana (vía Faro Talent)",
           "location": "Microsoft Teams",
           "organizer": ("Álvaro Quintana", "alvaro.quintana@farotalent.example.es")},
      text="""Hola Leocadia,

¡Genial que te interese! Ya puedo decirte el nombre: el cliente es Cruceros Tramuntana, la naviera de cruceros por las Baleares con base en Palma, y el puesto es Coordinador/a de Operaciones de Escala.

He hablado con su directora de Operaciones, Aina Serra, y quiere hacerte una primera entrevista por Teams el martes 17 de febrero a las 10:30. Te adjunto la convocatoria.

Antes de la entrevista te llamo para prepararla juntos: qué buscan, cómo es el equipo y la banda salarial.

Un abrazo,

Álvaro Quintana
Senior Consultant · Travel & Hospitality
Faro Talent Partners
Paseo de la Castellana 93, 28046 Madrid
M. +34 655 301 882"""),

    M(id="tempora_inv", kind="interview_invitation", slug="tempora_cliente_cadena_hotelera", lang="es",
      company="Tempora ETT", contact="lucia.benavides@tempora-ett.example.es",
      date="2026-03-20 11:02", tz="ES",
      frm=("Lucía Benavides | Tempora ETT", "lucia.benavides@tempora-ett.example.es"),
      subject="Entrevista con cliente - coordinación de grupos (cadena hotelera)",
      reply="tempora_reg",
      cte="quoted-printable",
      text="""Hola Leocadia:

Te he presentado para un puesto de coordinación de grupos y excursiones en una cadena hotelera de Granada (por confidencialidad aún no puedo darte el nombre) y les ha encajado tu perfil.

Quieren verte el miércoles 25 de marzo a las 11:00 en uno de sus hoteles del centro. La entrevista será con la responsable de grupos y durará unos 40 minutos.

Confírmame si puedes ir y te paso la dirección exacta y el nombre de la persona por la que tienes que preguntar en recepción.

Un saludo,
Lucía Benavides
Consultora de Selección · Tempora ETT
Oficina Granada – C/ Recogidas 18, 18005 Granada
Tel. 958 20 64 33"""),

    M(id="nomada_inv", kind="interview_invitation", slug="mundo_nomada_charlar_jueves", lang="es",
      company="Mundo Nómada", contact="oriol@mundonomada.example.es",
      date="2026-03-10 19:44", tz="ES",
      frm=("Oriol Puig", "oriol@mundonomada.example.es"),
      subject="Re: Hemos recibido tu CV",
      reply="nomada_ack",
      cte="8bit",
      text="""Hola Leocadia!

He estado leyendo tu CV con calma y me ha encantado lo de los circuitos de varios días por Andalucía.

¿Te viene bien el jueves para charlar un rato por videollamada? Sobre las 16:00 lo tendría libre. Sin formalidades: te cuento cómo trabajamos en Mundo Nómada y qué buscamos para el puesto de operaciones, y tú me cuentas qué te interesa a ti.

Si el jueves no puedes, dime qué día te va mejor.

Oriol
Mundo Nómada DMC"""),

    M(id="bru_inv", kind="interview_invitation", slug="brujula_llamada_15_minutos", lang="es",
      company="Viajes Brújula", contact="sara.lozano@viajesbrujula.example.es",
      date="2026-01-20 10:12", tz="ES",
      frm=("Sara Lozano", "sara.lozano@viajesbrujula.example.es"),
      subject="Llamada breve - candidatura Coordinadora de Operaciones",
      layout="plain",
      text="""Hola Leocadia:

Soy Sara, de selección en Viajes Brújula. He revisado tu candidatura para Coordinadora de Operaciones en Madrid y me gustaría hacerte una llamada de unos 15 minutos para conocerte un poco y resolver dudas sobre el puesto.

¿Te iría bien el jueves 22 a las 10:00? Te llamaría al número de tu CV.

Gracias,

Sara Lozano
Talent Acquisition · Viajes Brújula
C/ de Alcalá 211, 4ª planta · 28028 Madrid
+34 910 55 21 70"""),

    M(id="trota_inv", kind="interview_invitation", slug="trotamundo_ashby_elige_hueco", lang="es",
      company="Trotamundo", contact="pau.ferrer@trotamundo.example.es",
      date="2026-04-20 12:00", tz="ES",
      frm=("Pau Ferrer (Trotamundo)", "no-reply@ashbyhq.com"),
      reply_to=("Pau Ferrer", "pau.ferrer@trotamundo.example.es"),
      subject="Trotamundo - agenda tu entrevista con Operaciones",
      layout={"kind": "card", "brand": "trotamundo", "color": "#7c3aed",
             "button": ("Elegir horario", "https://app.ashbyhq.com/interview-scheduling/5b1e-93aa")},
      cte="base64",
      text="""Hola Leocadia,

Gracias por aplicar a Travel Operations Coordinator. Nos gustaría seguir con una entrevista de 45 minutos con Laia (Head of Operations) y conmigo.

Puedes elegir el horario que mejor te vaya aquí:
https://app.ashbyhq.com/interview-scheduling/5b1e-93aa

La entrevista será por Google Meet; el enlace llegará en la invitación de calendario. Cualquier duda, responde a este correo.

Pau Ferrer
Talent & People · Trotamundo
Carrer de Pallars 108, 08018 Barcelona"""),

    M(id="genil_inv", kind="interview_invitation", slug="autocares_genil_llamada", lang="es",
      company="Autocares Genil", contact="manolo.jimenez@autocaresgenil.example.es",
      date="2026-03-23 08:52", tz="ES",
      frm=("Manolo Jiménez", "manolo.jimenez@autocaresgenil.example.es"),
      subject="Puesto coordinación de rutas",
      charset="iso-8859-1", cte="8bit",
      text="""Buenos días Leocadia:

Me pasó tu currículum mi compañera Encarni. Estamos buscando a alguien que coordine las rutas de excursiones y los traslados de grupos desde la central de Armilla.

Te llamo el jueves 26 a las 10:00 para hablar con calma del puesto y, si encaja, te vienes un día a la cochera a conocer al jefe. ¿Te va bien esa hora?

Un saludo,
Manolo Jiménez
Jefe de Tráfico
Autocares Genil, S.L.
Polígono Juncaril, parcela 12, 18220 Albolote (Granada)
Tel. 958 46 22 10"""),

    M(id="andarax_inv", kind="interview_invitation", slug="andarax_teams_outlook_ics", lang="es",
      company="Andarax Viajes", contact="elena.cortes@andarax.example.es",
      date="2026-05-11 09:10", tz="ES",
      frm=("Elena Cortés", "elena.cortes@andarax.example.es"),
      subject="Entrevista por Teams - Coordinación de Operaciones Málaga",
      layout="outlook",
      ics={"method": "REQUEST", "seq": 0, "uid": "040000008200E00074C5B7101A82E008-andarax-0519",
           "start": "2026-05-19 09:30", "minutes": 45,
           "summary": "Entrevista Coordinación de Operaciones - Andarax Viajes",
           "location": "Reunión de Microsoft Teams",
           "organizer": ("Elena Cortés", "elena.cortes@andarax.example.es")},
      text="""Buenos días, Leocadia:

Gracias por tu candidatura. Nos gustaría mantener contigo una entrevista por Teams el martes 19 de mayo a las 9:30, con una duración aproximada de 45 minutos. Estaremos Jorge Medina, de Operaciones, y yo.

Encontrarás el enlace de acceso en la convocatoria adjunta. Si ese horario no te viene bien, indícame dos alternativas esa misma semana.

Un saludo,
Elena Cortés
Responsable de Personas
Andarax Viajes
Alameda Principal 31, 29001 Málaga
Tel. 952 12 40 77

Unirse a la reunión de Microsoft Teams: https://teams.example.com/l/meetup-join/andarax-0519"""),

    M(id="sol_inv", kind="interview_invitation", slug="sol_y_nieve_teams", lang="es",
      company="Sol y Nieve Travel", contact="tomas.rubio@solynieve.example.es",
      date="2026-01-26 16:30", tz="ES",
      frm=("Tomás Rubio", "tomas.rubio@solynieve.example.es"),
      subject="Entrevista por Teams - Coordinación de operaciones (temporada de nieve)",
      layout="outlook", html_only=True, html_cte="quoted-printable",
      ics={"method": "REQUEST", "seq": 0, "uid": "sol-ops-0202@solynieve.example.es",
           "start": "2026-02-02 17:00", "minutes": 30,
           "summary": "Entrevista Sol y Nieve Travel", "location": "Microsoft Teams",
           "organizer": ("Tomás Rubio", "tomas.rubio@solynieve.example.es")},
      text="""Hola Leocadia,

Te escribo por tu candidatura para coordinar las operaciones de la temporada de nieve (traslados, forfaits, alquiler de material y escuelas de esquí).

¿Podemos hacer una entrevista por Teams el lunes 2 de febrero a las 17:00? Serán unos 30 minutos. Te mando la convocatoria.

Saludos,

Tomás Rubio
Director de Operaciones
Sol y Nieve Travel
Plaza de Andalucía 2, 18196 Sierra Nevada (Granada)
Tel. +34 958 48 01 19"""),

    M(id="adecua_inv", kind="interview_invitation", slug="adecua_videollamada_aparthoteles_dunas", lang="es",
      company="Aparthoteles Dunas", contact="beatriz.llorente@adecuapersonal.example.es",
      date="2026-06-15 10:25", tz="ES",
      frm=("Beatriz Llorente", "beatriz.llorente@adecuapersonal.example.es"),
      subject="Videollamada con Aparthoteles Dunas el lunes 22",
      reply="adecua_reg",
      layout="plain",
      text="""Hola Leocadia,

Te cuento: Aparthoteles Dunas (Torremolinos y Benalmádena) busca coordinador/a de operaciones para sus dos complejos y les he enviado tu perfil. Quieren hacerte una videollamada el lunes 22 de junio a las 12:00 con su director de operaciones, Sergio Luque.

El enlace es este: https://meet.example.com/dunas-ops-22jun

Prepárate bien la parte de gestión de check-ins de grupos y la relación con turoperadores británicos, que es lo que más les preocupa.

Mucha suerte y me cuentas,
Beatriz Llorente
Técnica de Selección
Adecua Personal ETT · Av. de Andalucía 22, 29002 Málaga
T. 952 36 90 14"""),

    M(id="bahia_inv", kind="interview_invitation", slug="bahia_teamtailor_reserva", lang="es",
      company="Bahía Palma Excursiones", contact="",
      date="2026-07-06 09:00", tz="ES",
      frm=("Bahía Palma Excursiones", "no-reply@teamtailor-mail.com"),
      subject="Reserva tu entrevista - Coordinador/a de excursiones",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Bahía Palma Excursiones", "color": "#0369a1",
             "button": ("Reservar entrevista",
                        "https://bahiaexcursiones.teamtailor.example.es/meetings/8c21")},
      html_only=True,
      text="""Hola Leocadia,

¡Gracias por tu interés en Bahía Palma Excursiones! Nos gustaría invitarte a una entrevista presencial para el puesto de Coordinador/a de excursiones.

Reserva el hueco que mejor te venga en el siguiente enlace. Las entrevistas son en nuestro punto de embarque del muelle 4 (Moll Vell, Palma).

https://bahiaexcursiones.teamtailor.example.es/meetings/8c21

¡Hasta pronto!
Equipo Bahía Palma Excursiones"""),

    # ------------------------------------------------------------------ English (7)
    M(id="tejo_inv", kind="interview_invitation", slug="tejo_panel_ics", lang="en",
      company="Tejo Voyages", contact="marta.sousa@tejovoyages.example.pt",
      date="2026-03-16 11:40", tz="PT",
      frm=("Marta Sousa", "marta.sousa@tejovoyages.example.pt"),
      subject="Panel interview - Operations Coordinator (Lisbon)",
      reply="tejo_ack",
      layout="plain",
      ics={"method": "REQUEST", "seq": 0, "uid": "tejo-panel-ops-lfo-2026@tejovoyages.example.pt",
           "start": "2026-03-26 15:00", "tz": "PT", "minutes": 60,
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "summary": "Panel interview: Leocadia Fenwick-Obuya / Tejo Voyages",
           "location": "https://meet.example.com/tejo-ops-panel",
           "organizer": ("Marta Sousa", "marta.sousa@tejovoyages.example.pt"),
           "description": "Panel: Rui Antunes (Head of Operations), Beatriz Lemos (Product). "
                          "Case discussion: a river cruise group stranded by a rail strike."},
      text="""Hi Leocadia,

Thanks for taking the time to speak with me last week. I'm pleased to invite you to a panel interview for the Operations Coordinator role.

When: Thursday 26 March, 15:00-16:00 Lisbon time (16:00 in Granada)
Where: video call, link in the calendar invitation
Panel: Rui Antunes (Head of Operations) and Beatriz Lemos (Product)

There's a short case discussion in the middle; no need to prepare slides. Please accept the invite or let me know if the time doesn't work.

Best,
Marta

Marta Sousa
Talent Partner | Tejo Voyages
Rua da Prata 112, 1100-420 Lisboa | +351 21 340 7788"""),

    M(id="cal_inv", kind="interview_invitation", slug="caledonia_phone_screen", lang="en",
      company="Caledonia Journeys", contact="fiona.macleod@caledoniajourneys.example.co.uk",
      date="2026-06-01 14:02", tz="UK",
      frm=("Fiona MacLeod", "fiona.macleod@caledoniajourneys.example.co.uk"),
      subject="Quick call about the Tour Operations Coordinator role?",
      text="""Hi Leocadia,

Thanks for your application - your experience running multi-day coach tours caught my eye.

Could we do a quick phone call on Thursday 4 June at 10:00 UK time (11:00 for you)? About 20 minutes, just to talk through the role and how you'd feel about relocating to Edinburgh for the season. I'll ring the mobile number on your CV.

Cheers,
Fiona

Fiona MacLeod | Operations Manager
Caledonia Journeys Ltd
14 Cockburn Street, Edinburgh EH1 1BP
0131 496 0772"""),

    M(id="meridian_inv", kind="interview_invitation", slug="meridian_lever_schedule", lang="en",
      company="Meridian Cruises", contact="hannah.cole@meridiancruises.example.com",
      date="2026-08-24 13:18", tz="UK",
      frm=("Hannah Cole from Meridian Cruises", "no-reply@hire.lever.co"),
      reply_to=("Hannah Cole", "hannah.cole@meridiancruises.example.com"),
      subject="Interview for Shore Excursions Operations Coordinator - Palma",
      layout={"kind": "card", "brand": "Meridian Cruises", "color": "#1d4ed8",
             "button": ("Schedule your interview", "https://hire.lever.co/schedule/meridian/6a7f")},
      text="""Hi Leocadia,

Thank you for applying for the Shore Excursions Operations Coordinator position, based at our port operations office in Palma.

I'd love to set up a 45-minute video interview with you and David Okoro, our Port Operations Manager for the Western Mediterranean. Please pick a time that suits you using the link below:

https://hire.lever.co/schedule/meridian/6a7f

If none of the slots work, just reply to this email and we'll find something.

Best wishes,
Hannah Cole
Talent Acquisition, Meridian Cruises"""),

    M(id="lusi_inv", kind="interview_invitation", slug="lusitania_assessment_centre", lang="en",
      company="Lusitania Air", contact="rita.amaral@lusitair.example.pt",
      date="2026-05-12 10:30", tz="PT",
      frm=("Lusitania Air Careers", "donotreply@icims.com"),
      reply_to=("Rita Amaral", "rita.amaral@lusitair.example.pt"),
      subject="Invitation: Assessment Centre - Ground Operations Coordinator",
      reply="lusi_ack",
      layout={"kind": "card", "brand": "Lusitania Air", "color": "#065f46"},
      cte="quoted-printable",
      text="""Dear Leocadia,

We are pleased to invite you to the assessment centre for the position of Ground Operations Coordinator (Req ID 2026-1187).

Date: Thursday 28 May 2026
Time: 08:30 - 16:00 (Lisbon time)
Venue: Lusitania Air Training Centre, Rua C, Edifício 124, Aeroporto de Lisboa

The day includes a group exercise on irregular operations, a written prioritisation task, and a competency-based interview. Please bring a valid passport or ID card for airside access.

Kindly confirm your attendance by replying to this message by 19 May.

Rita Amaral
Recruitment Specialist, Lusitania Air"""),

    M(id="harb_inv", kind="interview_invitation", slug="harbourline_client_interview", lang="en",
      company="Thistle & Heather Hotels", contact="callum.reid@harbourline.example.co.uk",
      date="2026-08-03 16:45", tz="UK",
      frm=("Callum Reid", "callum.reid@harbourline.example.co.uk"),
      subject="Interview confirmed - Thistle & Heather Hotels, Group Operations Coordinator",
      reply="harb_reg",
      text="""Hi Leocadia,

Great news - Thistle & Heather Hotels would like to interview you for the Group Operations Coordinator role.

Details:
- Thursday 13 August, 14:00 UK time
- Video call with Morven Stewart (Director of Operations) and Gary Lennox (Groups & Events)
- 60 minutes, including a short case study on a tour group arriving to an overbooked hotel

Let me know you're happy with the time and I'll confirm with them. I'll send over some notes on the business beforehand.

Best,
Callum

Callum Reid
Principal Consultant - Travel, Tourism & Leisure
Harbourline Search
9 Melville Street, Edinburgh EH3 7PE | +44 131 496 0345"""),

    M(id="tripwise_inv", kind="interview_invitation", slug="tripwise_free_thursday", lang="en",
      company="Tripwise", contact="noor@tripwise.example.io",
      date="2026-09-10 18:33", tz="PT",
      frm=("Noor Haddad", "noor@tripwise.example.io"),
      subject="are you free Thursday to chat?",
      reply="tripwise_ack",
      text="""Hi Leocadia,

Noor here, co-founder at Tripwise. Saw your application come through for the Travel Ops Coordinator role and I'd love to chat.

Are you free Thursday (17th) to chat? Anytime between 10 and 12 Lisbon time works for me. Zoom link: https://zoom.example.com/j/4471203386

Nothing formal - I'll tell you what we're building, you tell me how tours actually go wrong on the ground :)

Noor"""),

    M(id="firth_inv", kind="interview_invitation", slug="firth_line_informal_interview", lang="en",
      company="Firth Line Cruises", contact="ewan.baird@firthline.example.co.uk",
      date="2026-07-01 12:15", tz="UK",
      frm=("Ewan Baird", "ewan.baird@firthline.example.co.uk"),
      subject="Shore excursions coordinator",
      reply="firth_ack",
      ics={"method": "REQUEST", "seq": 0, "uid": "firth-shorex-0707@firthline.example.co.uk",
           "start": "2026-07-07 11:00", "tz": "UK", "minutes": 40, "attach": True,
           "filename": "Interview_FirthLine.ics",
           "summary": "Interview - Shore excursions coordinator (Firth Line Cruises)",
           "location": "Video call", "organizer": ("Ewan Baird", "ewan.baird@firthline.example.co.uk")},
      text="""Hello Leocadia,

Thanks for sending your CV over. I'd like to have an informal interview with you about the shore excursions coordinator job - Tuesday 7 July at 11:00 UK time, on video. Invite attached.

It'll be me and our purser, Kirsty. We'll mainly talk about how you'd plan excursions for 120 passengers at Kirkwall and Lerwick with tender transfers.

Regards,
Ewan Baird
Hotel & Excursions Manager
Firth Line Cruises
Commercial Quay, Leith, Edinburgh EH6 6LX"""),

    # ------------------------------------------------------------------ French (3)
    M(id="azur_inv", kind="interview_invitation", slug="azur_escapades_visio", lang="fr",
      company="Azur Escapades", contact="camille.roux@azurescapades.example.fr",
      date="2026-04-08 14:25", tz="FR",
      frm=("Camille Roux", "camille.roux@azurescapades.example.fr"),
      subject="Entretien - Coordinatrice des opérations (Nice)",
      layout="outlook",
      ics={"method": "REQUEST", "seq": 0, "uid": "azur-ops-entretien-lfo@azurescapades.example.fr",
           "start": "2026-04-15 10:00", "tz": "FR", "minutes": 45,
           "summary": "Entretien Azur Escapades - L. Fenwick-Obuya",
           "location": "Microsoft Teams",
           "organizer": ("Camille Roux", "camille.roux@azurescapades.example.fr")},
      text="""Bonjour Madame Fenwick-Obuya,

Votre candidature au poste de coordinatrice des opérations a retenu toute notre attention. Nous souhaiterions vous rencontrer lors d'un entretien en visioconférence le mercredi 15 avril à 10h00, avec Julien Marchetti, directeur des opérations, et moi-même.

Vous trouverez l'invitation Teams ci-jointe. L'entretien se déroulera en français et en partie en anglais.

Merci de me confirmer votre disponibilité.

Bien cordialement,

Camille Roux
Responsable des ressources humaines
Azur Escapades
27 quai des États-Unis, 06300 Nice
04 93 62 18 40"""),

    M(id="cap_inv", kind="interview_invitation", slug="cap_interim_entretien_client", lang="fr",
      company="Riviera Croisières", contact="sophie.lambert@capinterim.example.fr",
      date="2026-06-17 11:05", tz="FR",
      frm=("Sophie Lambert", "sophie.lambert@capinterim.example.fr"),
      subject="Entretien chez Riviera Croisières jeudi 25 juin",
      subj_enc=("utf-8", "B"),
      reply="cap_reg",
      text="""Bonjour Leocadia,

Bonne nouvelle : Riviera Croisières souhaite vous rencontrer pour la mission de coordinatrice des excursions (CDD saison, juillet à octobre).

L'entretien aura lieu le jeudi 25 juin à 14h00 à leur bureau du port Lympia, 4 quai Amiral Infernet, avec M. Giordano, responsable des escales. Prévoyez 45 minutes.

Pouvez-vous me confirmer votre présence ? Je vous appelle la veille pour faire un point.

Belle journée,
Sophie Lambert
Chargée de recrutement – Cap Intérim Nice
12 avenue Jean Médecin, 06000 Nice · 04 93 80 27 15"""),

    M(id="nicecote_inv", kind="interview_invitation", slug="nice_cote_tours_echange_telephonique", lang="fr",
      company="Nice Côte Tours", contact="nadia.benali@nicecotetours.example.fr",
      date="2026-09-28 17:50", tz="FR",
      frm=("Nadia Benali", "nadia.benali@nicecotetours.example.fr"),
      subject="Votre candidature - échange téléphonique ?",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Leocadia,

Merci pour votre candidature au poste de coordinatrice opérations. Votre expérience de guide à Grenade nous intéresse beaucoup, notamment pour nos circuits hispanophones.

Êtes-vous disponible jeudi 1er octobre pour un échange téléphonique d'une vingtaine de minutes ? Je peux vous appeler à 11h ou à 16h, comme vous préférez.

Bien à vous,
Nadia Benali
Directrice d'agence
Nice Côte Tours
5 rue de la Préfecture, 06300 Nice"""),

    # ------------------------------------------------------------------ German (2)
    M(id="alpen_inv", kind="interview_invitation", slug="alpenblick_teams_einladung", lang="de",
      company="Alpenblick Reisen", contact="k.egger@alpenblick.example.at",
      date="2026-05-18 10:14", tz="AT",
      frm=("Katharina Egger", "k.egger@alpenblick.example.at"),
      subject="Einladung zum Vorstellungsgespräch – Travel Operations Coordinator",
      subj_enc=("utf-8", "Q"),
      reply="alpen_ack",
      layout="outlook",
      ics={"method": "REQUEST", "seq": 0, "uid": "alpenblick-vg-0527-lfo@alpenblick.example.at",
           "start": "2026-05-27 10:00", "tz": "AT", "minutes": 60,
           "summary": "Vorstellungsgespräch Alpenblick Reisen - Fenwick-Obuya",
           "location": "Microsoft Teams",
           "organizer": ("Katharina Egger", "k.egger@alpenblick.example.at")},
      text="""Sehr geehrte Frau Fenwick-Obuya,

vielen Dank für Ihre Bewerbung als Travel Operations Coordinator. Wir möchten Sie gerne näher kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Mittwoch, 27. Mai 2026, 10:00 Uhr, per Microsoft Teams
Gesprächspartner: Herr Stefan Gruber (Leitung Produkt & Operations) und ich

Das Gespräch führen wir auf Deutsch und Englisch. Die Einladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen
Katharina Egger
Personalreferentin
Alpenblick Reisen GmbH
Museumstraße 21, 6020 Innsbruck
Tel. +43 512 57 33 90"""),

    M(id="tirol_inv", kind="interview_invitation", slug="tirol_panorama_gespraech_buero", lang="de",
      company="Tirol Panorama Touren", contact="verena.strasser@tirolpanorama.example.at",
      date="2026-09-14 09:37", tz="AT",
      frm=("Verena Strasser", "verena.strasser@tirolpanorama.example.at"),
      subject="Einladung zum Vorstellungsgespräch - Reiseleitung & Operations",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Liebe Frau Fenwick-Obuya,

danke für Ihre Bewerbung! Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch in unser Büro ein:

Dienstag, 22. September, 14:30 Uhr
Tirol Panorama Touren, Anichstraße 9, 6020 Innsbruck (2. Stock)

Sollte Ihnen die Anreise aus Spanien an diesem Tag nicht möglich sein, können wir alternativ ein Videogespräch führen. Geben Sie mir bitte kurz Bescheid.

Herzliche Grüße
Verena Strasser
Leitung Operations
Tirol Panorama Touren GmbH
Tel. +43 512 58 19 40"""),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ Spanish (8)
    M(id="aero_move", kind="interview_reschedule_or_cancel", slug="aeromeseta_workday_reprogramada",
      lang="es", company="Aeromeseta", contact="",
      date="2026-02-25 18:03", tz="ES",
      frm=("Aeromeseta Talento", "aeromeseta@myworkday.com"),
      subject="Cambio de horario de tu entrevista (R-04417)",
      auto="auto-generated",
      reply="aero_inv",
      layout={"kind": "card", "brand": "Aeromeseta | Talento", "color": "#0b3d91"},
      ics={"method": "REQUEST", "seq": 1, "uid": "wd-aeromeseta-int-88123@myworkday.com",
           "start": "2026-03-04 11:30", "minutes": 45, "prodid": "-//Workday//Interview//ES",
           "summary": "Entrevista Aeromeseta - Coordinador/a de Operaciones de Tierra",
           "location": "Vídeo (enlace en el portal de candidatos)",
           "organizer": ("Aeromeseta Talento", "aeromeseta@myworkday.com")},
      text="""Hola, Leocadia:

Por un cambio en la agenda del panel, tu entrevista para Coordinador/a de Operaciones de Tierra (R-04417) prevista el jueves 26 de febrero a las 10:00 se ha reprogramado.

Nueva fecha: miércoles 4 de marzo, 11:30 (hora peninsular).

El enlace de la videollamada no cambia. Si el nuevo horario no te viene bien, puedes solicitar otro desde el portal de candidatos.

Equipo de Talento de Aeromeseta"""),

    M(id="alh_move", kind="interview_reschedule_or_cancel", slug="alhambra_rutas_actualizada_seq1",
      lang="es", company="Alhambra Rutas", contact="rocio.maldonado@alhambrarutas.example.es",
      date="2026-08-17 08:47", tz="ES",
      frm=("Rocío Maldonado", "rocio.maldonado@alhambrarutas.example.es"),
      subject="Actualizada: Entrevista Alhambra Rutas - viernes 21 de agosto 12:00",
      reply="alh_inv",
      layout="outlook",
      ics={"method": "REQUEST", "seq": 1, "uid": "alh-ops-0819-7f2c@alhambrarutas.example.es",
           "start": "2026-08-21 12:00", "minutes": 60,
           "summary": "Entrevista Alhambra Rutas - Leocadia Fenwick-Obuya",
           "location": "Alhambra Rutas, Cuesta de Gomérez 8, 18009 Granada",
           "organizer": ("Rocío Maldonado", "rocio.maldonado@alhambrarutas.example.es")},
      text="""Hola Leocadia:

Diego tiene que estar el miércoles en Sevilla con un cliente, así que movemos nuestra entrevista al viernes 21 de agosto a las 12:00, mismo sitio. Te mando la convocatoria actualizada; la anterior queda sustituida.

Perdona el cambio con tan poco margen. Si el viernes no te encaja, dímelo y buscamos otro hueco.

Rocío"""),

    M(id="trota_cancel", kind="interview_reschedule_or_cancel", slug="trotamundo_cancelada_ics_cancel",
      lang="es", company="Trotamundo", contact="pau.ferrer@trotamundo.example.es",
      date="2026-04-24 15:16", tz="ES",
      frm=("Pau Ferrer", "pau.ferrer@trotamundo.example.es"),
      subject="Cancelado: Entrevista Trotamundo - Travel Operations Coordinator",
      reply="trota_inv",
      ics={"method": "CANCEL", "seq": 1, "uid": "ashby-int-5b1e93aa-lfo@trotamundo.example.es",
           "start": "2026-04-28 11:00", "minutes": 45,
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "summary": "Entrevista Trotamundo - Travel Operations Coordinator",
           "location": "Google Meet", "organizer": ("Pau Ferrer", "pau.ferrer@trotamundo.example.es")},
      text="""Hola Leocadia,

Te escribo para avisarte de que cancelamos la entrevista del martes 28 a las 11:00: Laia tiene que viajar a Lisboa por una incidencia con un proveedor y no estará disponible.

No es una cancelación del proceso, sigues dentro. La volvemos a agendar para el martes 5 de mayo a la misma hora; te llegará una nueva invitación.

Perdona las molestias,
Pau"""),

    M(id="mel_move", kind="interview_reschedule_or_cancel", slug="meliana_assessment_nueva_fecha",
      lang="es", company="Meliana Resorts", contact="ines.pol@melianaresorts.example.es",
      date="2026-02-11 17:22", tz="ES",
      frm=("Inés Pol", "ines.pol@melianaresorts.example.es"),
      subject="RE: Invitación al assessment center - Coordinador/a de Operaciones Turísticas",
      quote={"of": "mel_inv", "style": "outlook"},
      layout="outlook", cte="quoted-printable",
      text="""Hola de nuevo, Leocadia:

Cambio de planes: por la feria de turismo a la que tiene que asistir la directora de Operaciones, trasladamos el assessment center al miércoles 25 de febrero, mismo horario (9:00 a 14:00) y mismo hotel.

Ya hemos cambiado tu vuelo: ida el 24 por la tarde y vuelta el 25 a las 19:40. Te llegará la nueva tarjeta de embarque por correo.

Disculpa las molestias,
Inés"""),

    M(id="costa_move", kind="interview_reschedule_or_cancel", slug="costa_sol_jefa_de_baja",
      lang="es", company="Costa del Sol Incoming", contact="javier.ortega@costasolincoming.example.es",
      date="2026-07-07 20:05", tz="ES",
      frm=("Javier Ortega", "javier.ortega@costasolincoming.example.es"),
      subject="Re: Jornada de prueba el jueves 9 de julio",
      quote={"of": "costa_inv"},
      charset="windows-1252", cte="quoted-printable",
      text="""Leocadia, una mala noticia logística: Marisa está de baja desde hoy (nada grave, un esguince) y sin ella no tiene sentido la jornada de prueba, porque eras tú con ella quien iba a llevar los traslados.

La pasamos al martes 14 de julio, mismo horario, de 8:00 a 15:00. Sigue en pie todo lo demás, incluido lo de la comida.

Dime si el 14 te va bien.

Javier"""),

    M(id="andarax_cancel", kind="interview_reschedule_or_cancel", slug="andarax_cancelamos_sin_fecha",
      lang="es", company="Andarax Viajes", contact="elena.cortes@andarax.example.es",
      date="2026-05-14 12:50", tz="ES",
      frm=("Elena Cortés", "elena.cortes@andarax.example.es"),
      subject="Cancelada: Entrevista Coordinación de Operaciones - Andarax Viajes",
      reply="andarax_inv",
      layout="outlook",
      ics={"method": "CANCEL", "seq": 1, "uid": "040000008200E00074C5B7101A82E008-andarax-0519",
           "start": "2026-05-19 09:30", "minutes": 45,
           "summary": "Cancelada: Entrevista Coordinación de Operaciones - Andarax Viajes",
           "location": "Reunión de Microsoft Teams",
           "organizer": ("Elena Cortés", "elena.cortes@andarax.example.es")},
      text="""Buenos días, Leocadia:

Tenemos que cancelar la entrevista del martes 19. Jorge ha tenido que incorporarse a una auditoría interna toda la semana que viene y no queremos hacerla sin él.

Tu candidatura sigue en el proceso: en cuanto tengamos agenda te escribiré con una nueva fecha, previsiblemente a finales de mayo.

Gracias por tu comprensión,
Elena Cortés
Responsable de Personas · Andarax Viajes"""),

    M(id="faro_move", kind="interview_reschedule_or_cancel", slug="faro_talent_cliente_mueve",
      lang="es", company="Cruceros Tramuntana", contact="alvaro.quintana@farotalent.example.es",
      date="2026-02-16 09:35", tz="ES",
      frm=("Álvaro Quintana", "alvaro.quintana@farotalent.example.es", ("iso-8859-1", "Q")),
      subject="Entrevista Cruceros Tramuntana - nuevo horario",
      quote={"of": "faro_inv", "style": "outlook"},
      layout="outlook",
      ics={"method": "REQUEST", "seq": 1, "uid": "faro-ct-0217@farotalent.example.es",
           "start": "2026-02-19 16:00", "minutes": 50,
           "summary": "Entrevista Cruceros Tramuntana (vía Faro Talent)",
           "location": "Microsoft Teams",
           "organizer": ("Álvaro Quintana", "alvaro.quintana@farotalent.example.es")},
      text="""Hola Leocadia,

Me acaba de llamar Aina Serra: mañana tienen una escala imprevista en Palma y no puede hacer la entrevista a las 10:30. Me propone el jueves 19 a las 16:00, también por Teams. Te he actualizado la convocatoria.

Confírmame que te va bien y se lo paso.

Álvaro"""),

    M(id="bru_move", kind="interview_reschedule_or_cancel", slug="brujula_llamada_movida",
      lang="es", company="Viajes Brújula", contact="sara.lozano@viajesbrujula.example.es",
      date="2026-01-21 13:20", tz="ES",
      frm=("Sara Lozano", "sara.lozano@viajesbrujula.example.es"),
      subject="Re: Llamada breve - candidatura Coordinadora de Operaciones",
      quote={"of": "own_resched_bru"},
      text="""Hola Leocadia:

Sin problema. Cambiamos la llamada al viernes 23 a las 17:00, cuando termines con el grupo. Te llamo a la misma hora al móvil.

Un saludo,
Sara"""),

    # ------------------------------------------------------------------ English (4)
    M(id="tejo_move", kind="interview_reschedule_or_cancel", slug="tejo_updated_invite_seq1",
      lang="en", company="Tejo Voyages", contact="marta.sousa@tejovoyages.example.pt",
      date="2026-03-19 10:05", tz="PT",
      frm=("Marta Sousa", "marta.sousa@tejovoyages.example.pt"),
      subject="Updated invitation: Panel interview: Leocadia Fenwick-Obuya / Tejo Voyages",
      quote={"of": "own_resched_tejo"},
      ics={"method": "REQUEST", "seq": 1, "uid": "tejo-panel-ops-lfo-2026@tejovoyages.example.pt",
           "start": "2026-04-07 14:00", "tz": "PT", "minutes": 60, "cte": "7bit",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "summary": "Panel interview: Leocadia Fenwick-Obuya / Tejo Voyages",
           "location": "https://meet.example.com/tejo-ops-panel",
           "organizer": ("Marta Sousa", "marta.sousa@tejovoyages.example.pt")},
      text="""Hi Leocadia,

Of course - Easter week with a group is no time for a panel. I've moved it to Tuesday 7 April, 14:00 Lisbon time (15:00 in Granada); the calendar invite has been updated. Same link, same panel.

Best,
Marta"""),

    M(id="meridian_move", kind="interview_reschedule_or_cancel", slug="meridian_interviewer_unwell",
      lang="en", company="Meridian Cruises", contact="hannah.cole@meridiancruises.example.com",
      date="2026-08-31 08:12", tz="UK",
      frm=("Hannah Cole", "hannah.cole@meridiancruises.example.com"),
      subject="Re: Interview for Shore Excursions Operations Coordinator - Palma",
      quote={"of": "meridian_inv"},
      layout="plain",
      text="""Hi Leocadia,

I'm so sorry for the short notice - David has come down with flu and won't be able to interview this afternoon. Rather than swap in someone who doesn't know the Palma operation, we'd like to move your interview to Tuesday 8 September at 15:00 Palma time.

Could you let me know if that works? I'll send a fresh calendar invite once you confirm.

Apologies again,
Hannah"""),

    M(id="lusi_cancel", kind="interview_reschedule_or_cancel", slug="lusitania_assessment_cancelled",
      lang="en", company="Lusitania Air", contact="rita.amaral@lusitair.example.pt",
      date="2026-05-20 16:44", tz="PT",
      frm=("Rita Amaral", "rita.amaral@lusitair.example.pt"),
      subject="Cancelled: Assessment Centre 28 May - Ground Operations Coordinator",
      reply="lusi_inv",
      ics={"method": "CANCEL", "seq": 2, "uid": "icims-ac-2026-1187@lusitair.example.pt",
           "start": "2026-05-28 08:30", "tz": "PT", "minutes": 450,
           "summary": "Assessment Centre - Ground Operations Coordinator",
           "location": "Lusitania Air Training Centre, Aeroporto de Lisboa",
           "organizer": ("Rita Amaral", "rita.amaral@lusitair.example.pt")},
      text="""Dear Leocadia,

I'm writing to let you know that the assessment centre on Thursday 28 May has been cancelled. The training centre is needed for an unplanned recurrent training programme that week.

Your application remains active and we will be in touch with a new date as soon as one is confirmed. Please accept my apologies for any travel plans this affects; if you have already booked flights, send me the details and we will look at reimbursing them.

Kind regards,
Rita Amaral
Recruitment Specialist, Lusitania Air"""),

    M(id="harb_move", kind="interview_reschedule_or_cancel", slug="harbourline_client_moves",
      lang="en", company="Thistle & Heather Hotels", contact="callum.reid@harbourline.example.co.uk",
      date="2026-08-07 12:31", tz="UK",
      frm=("Callum Reid", "callum.reid@harbourline.example.co.uk"),
      subject="Re: Interview confirmed - Thistle & Heather Hotels, Group Operations Coordinator",
      quote={"of": "harb_inv"},
      text="""Hi Leocadia,

Small change: the Festival has thrown Morven's diary into chaos, so Thistle & Heather have asked to move your interview from Thursday 13th to Thursday 20 August, same time (14:00 UK). Gary will still join.

Shout if that's a problem; otherwise I'll confirm with them today.

Callum"""),

    # ------------------------------------------------------------------ French (2)
    M(id="azur_move", kind="interview_reschedule_or_cancel", slug="azur_escapades_report_seq1",
      lang="fr", company="Azur Escapades", contact="camille.roux@azurescapades.example.fr",
      date="2026-04-13 09:18", tz="FR",
      frm=("Camille Roux", "camille.roux@azurescapades.example.fr"),
      subject="Mis à jour : Entretien Azur Escapades - vendredi 17 avril 9h30",
      subj_enc=("iso-8859-1", "Q"),
      reply="azur_inv",
      charset="iso-8859-1", cte="quoted-printable",
      ics={"method": "REQUEST", "seq": 1, "uid": "azur-ops-entretien-lfo@azurescapades.example.fr",
           "start": "2026-04-17 09:30", "tz": "FR", "minutes": 45,
           "summary": "Entretien Azur Escapades - L. Fenwick-Obuya",
           "location": "Microsoft Teams",
           "organizer": ("Camille Roux", "camille.roux@azurescapades.example.fr")},
      text="""Bonjour Madame Fenwick-Obuya,

M. Marchetti doit accompagner un groupe à Monaco mercredi ; nous sommes donc contraints de déplacer notre entretien au vendredi 17 avril à 9h30. L'invitation Teams a été mise à jour.

Je vous prie de nous excuser pour ce changement.

Bien cordialement,
Camille Roux"""),

    M(id="cap_cancel", kind="interview_reschedule_or_cancel", slug="cap_interim_entretien_annule",
      lang="fr", company="Riviera Croisières", contact="sophie.lambert@capinterim.example.fr",
      date="2026-06-23 18:40", tz="FR",
      frm=("Sophie Lambert", "sophie.lambert@capinterim.example.fr"),
      subject="Re: Entretien chez Riviera Croisières jeudi 25 juin",
      quote={"of": "cap_inv"},
      cte="quoted-printable",
      text="""Bonsoir Leocadia,

Riviera Croisières vient de m'appeler : M. Giordano est bloqué à Gênes pour l'arrivée d'un nouveau navire, l'entretien de jeudi est donc annulé. Ce n'est pas une réponse négative, le client reviendra vers nous avec une nouvelle date début juillet.

Je vous tiens au courant dès que j'ai du nouveau.

Sophie"""),

    # ------------------------------------------------------------------ German (1)
    M(id="alpen_move", kind="interview_reschedule_or_cancel", slug="alpenblick_gruber_krank_seq1",
      lang="de", company="Alpenblick Reisen", contact="k.egger@alpenblick.example.at",
      date="2026-05-26 15:55", tz="AT",
      frm=("Katharina Egger", "k.egger@alpenblick.example.at"),
      subject="Terminverschiebung: Vorstellungsgespräch Alpenblick Reisen",
      reply="alpen_inv",
      layout="outlook",
      ics={"method": "REQUEST", "seq": 1, "uid": "alpenblick-vg-0527-lfo@alpenblick.example.at",
           "start": "2026-06-02 14:00", "tz": "AT", "minutes": 60,
           "summary": "Vorstellungsgespräch Alpenblick Reisen - Fenwick-Obuya",
           "location": "Microsoft Teams",
           "organizer": ("Katharina Egger", "k.egger@alpenblick.example.at")},
      text="""Sehr geehrte Frau Fenwick-Obuya,

leider ist Herr Gruber kurzfristig erkrankt, sodass wir unser morgiges Gespräch verschieben müssen. Als neuen Termin schlagen wir Dienstag, 2. Juni 2026, um 14:00 Uhr vor; die Teams-Einladung habe ich entsprechend aktualisiert.

Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.

Mit freundlichen Grüßen
Katharina Egger
Personalreferentin, Alpenblick Reisen GmbH"""),
]

MISSED = [
    # ------------------------------------------------------------------ Spanish (6)
    M(id="trota_missed", kind="missed_interview_notice", slug="trotamundo_no_te_conectaste",
      lang="es", company="Trotamundo", contact="pau.ferrer@trotamundo.example.es",
      date="2026-05-05 11:24", tz="ES",
      frm=("Pau Ferrer", "pau.ferrer@trotamundo.example.es"),
      subject="Entrevista de hoy a las 11:00",
      reply="trota_cancel",
      layout="plain",
      text="""Hola Leocadia,

Laia y yo te hemos esperado en Google Meet desde las 11:00 hasta las 11:20, pero no llegaste a conectarte y tampoco hemos recibido ningún aviso.

¿Ha pasado algo? Si ha sido un problema con la invitación, escríbeme y vemos qué hacer.

Pau Ferrer
Talent & People · Trotamundo"""),

    M(id="adecua_missed", kind="missed_interview_notice", slug="adecua_dunas_te_esperaron",
      lang="es", company="Aparthoteles Dunas", contact="beatriz.llorente@adecuapersonal.example.es",
      date="2026-06-22 12:41", tz="ES",
      frm=("Beatriz Llorente", "beatriz.llorente@adecuapersonal.example.es"),
      subject="Re: Videollamada con Aparthoteles Dunas el lunes 22",
      quote={"of": "adecua_inv"},
      text="""Leocadia, ¿todo bien?

Me acaba de llamar Sergio Luque, de Aparthoteles Dunas: te ha estado esperando en la videollamada de las 12:00 y no has entrado. Yo te he llamado dos veces al móvil y salta el buzón.

Dime algo en cuanto puedas para darles una explicación.

Beatriz"""),

    M(id="genil_missed", kind="missed_interview_notice", slug="autocares_genil_te_llame",
      lang="es", company="Autocares Genil", contact="manolo.jimenez@autocaresgenil.example.es",
      date="2026-03-26 10:21", tz="ES",
      frm=("Manolo Jiménez", "manolo.jimenez@autocaresgenil.example.es"),
      subject="Re: Puesto coordinación de rutas",
      quote={"of": "genil_inv"},
      charset="iso-8859-1", cte="8bit",
      text="""Leocadia, te he llamado dos veces a las 10:00 como quedamos y no lo has cogido. Estaré en la central hasta la una; si ves esto, llámame al fijo.

Manolo"""),

    M(kind="missed_interview_notice", slug="bahia_te_esperamos_muelle",
      lang="es", company="Bahía Palma Excursiones", contact="xisco.vidal@bahiaexcursiones.example.es",
      date="2026-07-13 09:52", tz="ES",
      frm=("Xisco Vidal", "xisco.vidal@bahiaexcursiones.example.es"),
      subject="Entrevista de esta mañana",
      reply="bahia_inv",
      cte="quoted-printable",
      text="""Hola Leocadia:

Te hemos esperado en el punto de embarque del muelle 4 a las 9:00, que es la hora que reservaste para la entrevista, pero no has aparecido. A las 9:40 ha salido el barco y yo con él.

Si te ha surgido algo, escríbeme. No puedo prometerte otro hueco esta semana, que estamos a tope.

Xisco Vidal
Responsable de Excursiones
Bahía Palma Excursiones · Moll Vell s/n, 07012 Palma
T. +34 971 22 45 08"""),

    M(id="sol_missed", kind="missed_interview_notice", slug="sol_y_nieve_esperando_teams",
      lang="es", company="Sol y Nieve Travel", contact="tomas.rubio@solynieve.example.es",
      date="2026-02-02 17:26", tz="ES",
      frm=("Tomás Rubio", "tomas.rubio@solynieve.example.es"),
      subject="RE: Entrevista por Teams - Coordinación de operaciones (temporada de nieve)",
      quote={"of": "sol_inv", "style": "outlook"},
      layout="outlook",
      text="""Hola Leocadia,

Te he estado esperando en Teams desde las 17:00 y no te has unido a la reunión. He probado también a llamarte al teléfono del CV, sin respuesta.

Tengo la agenda muy complicada estas semanas, pero si me dices qué ha pasado lo vemos.

Tomás"""),

    M(id="hosp_missed", kind="missed_interview_notice", slug="hospederias_no_localizada",
      lang="es", company="Hospederías del Sur", contact="rafael.aguilar@hospederiasdelsur.example.es",
      date="2026-09-08 12:34", tz="ES",
      frm=("Rafael Aguilar", "rafael.aguilar@hospederiasdelsur.example.es"),
      subject="Entrevista telefónica de hoy",
      subj_enc=("iso-8859-1", "B"),
      charset="iso-8859-1", cte="base64",
      text="""Estimada Sra. Fenwick-Obuya:

Tal como habíamos acordado, he intentado llamarla hoy a las 12:00 en dos ocasiones para la entrevista telefónica, sin conseguir localizarla.

Le ruego que me indique si sigue interesada en el proceso.

Atentamente,
Rafael Aguilar Moreno
Recursos Humanos · Hospederías del Sur
Tel. 958 78 41 20"""),

    # ------------------------------------------------------------------ English (2)
    M(id="cal_missed", kind="missed_interview_notice", slug="caledonia_tried_calling_twice",
      lang="en", company="Caledonia Journeys", contact="fiona.macleod@caledoniajourneys.example.co.uk",
      date="2026-06-04 10:23", tz="UK",
      frm=("Fiona MacLeod", "fiona.macleod@caledoniajourneys.example.co.uk"),
      subject="Re: Quick call about the Tour Operations Coordinator role?",
      quote={"of": "cal_inv"},
      text="""Hi Leocadia,

I tried calling you twice at 10:00 (UK) on the number from your CV but couldn't get through - it went straight to a Spanish voicemail message.

Could you let me know if something came up?

Fiona"""),

    M(id="tripwise_missed", kind="missed_interview_notice", slug="tripwise_waited_on_zoom",
      lang="en", company="Tripwise", contact="noor@tripwise.example.io",
      date="2026-09-17 11:20", tz="PT",
      frm=("Noor Haddad", "noor@tripwise.example.io"),
      subject="Re: are you free Thursday to chat?",
      quote={"of": "tripwise_inv"},
      text="""Hey Leocadia - I waited on Zoom for 15 minutes after 11 but didn't see you come in. No worries if something came up, just let me know.

Noor"""),

    # ------------------------------------------------------------------ French (1)
    M(id="azur_missed", kind="missed_interview_notice", slug="azur_escapades_attendue_teams",
      lang="fr", company="Azur Escapades", contact="camille.roux@azurescapades.example.fr",
      date="2026-04-17 10:02", tz="FR",
      frm=("Camille Roux", "camille.roux@azurescapades.example.fr"),
      subject="Notre entretien de ce matin",
      reply="azur_move",
      layout="outlook",
      text="""Bonjour Madame Fenwick-Obuya,

M. Marchetti et moi-même vous avons attendue sur Teams ce matin à partir de 9h30, mais vous ne vous êtes pas connectée. Nous avons également tenté de vous joindre au numéro indiqué sur votre CV.

Pourriez-vous nous indiquer ce qui s'est passé ?

Cordialement,
Camille Roux
Responsable des ressources humaines – Azur Escapades"""),

    # ------------------------------------------------------------------ German (1)
    M(id="nord_missed", kind="missed_interview_notice", slug="nordkette_lobby_vergeblich",
      lang="de", company="Nordkette Hotels", contact="lukas.hofer@nordkette-hotels.example.at",
      date="2026-08-26 14:48", tz="AT",
      frm=("Lukas Hofer", "lukas.hofer@nordkette-hotels.example.at"),
      subject="Unser Termin heute um 14 Uhr",
      reply="nord_ack",
      cte="quoted-printable",
      text="""Sehr geehrte Frau Fenwick-Obuya,

wir haben Sie heute um 14:00 Uhr zum vereinbarten Vorstellungsgespräch in der Lobby unseres Hotels in der Maria-Theresien-Straße erwartet, leider vergeblich. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte melden Sie sich kurz bei mir.

Freundliche Grüße
Lukas Hofer
Front Office & Operations Manager
Nordkette Hotels, Innsbruck"""),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED

