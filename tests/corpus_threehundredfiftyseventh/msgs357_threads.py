"""Threads: one employer's messages from application to rejection or offer, replies quoting."""

from __future__ import annotations

from msgs357_common import SIGNATURE_DE, SIGNATURE_EN, SIGNATURE_ES, SIGNATURE_FR, html_page, m

# --------------------------------------------------------------------------------------------
# A. Fundación Municipal Deporte Sardinero (Santander), municipal sports foundation: es
BEA = ("Beatriz Solórzano Ruiz", "bsolorzano@fmds.example.es")
FMDS = ("Fundación Municipal Deporte Sardinero", "rrhh@fmds.example.es")

A = [
    m(n="fmds_own_application", kind="other", lang="es", own=True,
      to=[FMDS], date="2026-01-12 09:40", cs="utf-8", cte="8bit",
      subject="Candidatura – Coordinador/a de Instalaciones Deportivas (ref. FMDS-04/2026)",
      text=f"""Buenos días:

Os escribo para presentar mi candidatura al puesto de Coordinador/a de Instalaciones Deportivas publicado en la sede electrónica de la Fundación (ref. FMDS-04/2026).

Llevo nueve años como socorrista acuático en las playas del Sardinero y en la piscina cubierta de La Albericia, y los últimos cuatro también como entrenador de natación del club Delfines de Cueto. Desde 2024 organizo los cuadrantes del equipo de socorristas de verano (22 personas) y he completado el curso de Gestión de Instalaciones Deportivas de la Universidad de Cantabria.

Adjunto mi currículum y la titulación. Quedo a vuestra disposición para cualquier aclaración.

Un saludo,
{SIGNATURE_ES}
""",
      attach=[("CV_Gonzalo_Urquiza_Ferreira.pdf", [
          "Gonzalo Urquiza Ferreira", "Santander - gonzalo.urquiza@example.es",
          "Socorrista acuatico (2017-2026) - Playas del Sardinero, Piscina La Albericia",
          "Entrenador de natacion - Club Delfines de Cueto (2022-2026)",
          "Curso de Gestion de Instalaciones Deportivas - Universidad de Cantabria (2025)"])]),
    m(n="fmds_ack", kind="application_received", lang="es",
      company="Fundación Municipal Deporte Sardinero", contact="bsolorzano@fmds.example.es",
      frm=BEA, parent="fmds_own_application", quote="wrote", date="2026-01-14 12:05",
      subject="RE: Candidatura – Coordinador/a de Instalaciones Deportivas (ref. FMDS-04/2026)",
      text="""Estimado Gonzalo:

Le confirmamos la recepción de su candidatura y de la documentación adjunta para el puesto de referencia FMDS-04/2026. Queda registrada con el número de entrada 2026/0117.

El plazo de presentación finaliza el 30 de enero. Una vez concluido, la comisión de valoración revisará los méritos y nos pondremos en contacto con las personas seleccionadas para la fase de entrevista.

Atentamente,

Beatriz Solórzano Ruiz
Técnica de Recursos Humanos
Fundación Municipal Deporte Sardinero
Avda. de los Castros s/n · 39005 Santander
Tel. 942 000 318
"""),
    m(n="fmds_invite", kind="interview_invitation", lang="es",
      company="Fundación Municipal Deporte Sardinero", contact="bsolorzano@fmds.example.es",
      frm=BEA, date="2026-02-03 10:22", cs="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q"),
      subject="Convocatoria a entrevista - ref. FMDS-04/2026",
      text="""Estimado Gonzalo:

Tras la valoración de méritos, su candidatura ha pasado a la fase de entrevista personal para el puesto de Coordinador/a de Instalaciones Deportivas.

Le convocamos el martes 10 de febrero a las 11:00 h en la sede de la Fundación (Pabellón de La Albericia, planta 1, sala de reuniones). La entrevista durará unos 40 minutos y en ella participarán el gerente y la jefa de mantenimiento.

Le rogamos que confirme su asistencia respondiendo a este correo y que traiga el DNI y los originales de la titulación aportada.

Atentamente,

Beatriz Solórzano Ruiz
Técnica de Recursos Humanos
Fundación Municipal Deporte Sardinero
Tel. 942 000 318

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. De acuerdo con el Reglamento (UE) 2016/679, sus datos se tratan con la única finalidad de gestionar el proceso de selección.
"""),
    m(n="fmds_moved", kind="interview_reschedule_or_cancel", lang="es",
      company="Fundación Municipal Deporte Sardinero", contact="bsolorzano@fmds.example.es",
      frm=BEA, parent="fmds_invite", quote="outlook", date="2026-02-06 13:48",
      cs="iso-8859-1", cte="quoted-printable",
      subject="RE: Convocatoria a entrevista - ref. FMDS-04/2026",
      text="""Estimado Gonzalo:

Por coincidir con una sesión extraordinaria del patronato, nos vemos obligados a cambiar la hora de su entrevista. Pasa del martes 10 al jueves 12 de febrero a las 12:30 h, en el mismo lugar.

Disculpe las molestias. Si la nueva hora no le viniera bien, indíquenoslo y buscamos otra opción.

Un saludo,
Beatriz Solórzano
"""),
    m(n="fmds_own_thanks", kind="other", lang="es", own=True, to=[BEA],
      parent="fmds_moved", quote="wrote", date="2026-02-12 19:15",
      subject="RE: Convocatoria a entrevista - ref. FMDS-04/2026",
      text=f"""Hola, Beatriz:

Muchas gracias por la entrevista de esta mañana, y también al gerente y a Marta por su tiempo. Me ha gustado mucho conocer el plan de renovación de la piscina de La Albericia; si necesitáis algún documento más, os lo envío enseguida.

Un saludo,
{SIGNATURE_ES}
"""),
    m(n="fmds_rejection", kind="rejection", lang="es",
      company="Fundación Municipal Deporte Sardinero", contact="bsolorzano@fmds.example.es",
      frm=BEA, parent="fmds_own_thanks", quote="wrote", date="2026-03-02 09:31",
      subject="RE: Convocatoria a entrevista - ref. FMDS-04/2026",
      text="""Estimado Gonzalo:

Gracias de nuevo por su participación en el proceso de selección de Coordinador/a de Instalaciones Deportivas y por el interés mostrado en la Fundación.

Una vez finalizadas las entrevistas, la comisión de valoración ha propuesto la contratación de otra persona candidata, cuyo perfil se ajusta más a las necesidades actuales del puesto. Lamentamos comunicarle, por tanto, que en esta ocasión no ha resultado seleccionado.

Su candidatura quedará incorporada a la bolsa de la Fundación durante doce meses, salvo que nos indique lo contrario.

Atentamente,

Beatriz Solórzano Ruiz
Técnica de Recursos Humanos
Fundación Municipal Deporte Sardinero

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.
"""),
]

# --------------------------------------------------------------------------------------------
# B. Olea Fitness (gym chain), Santander / Madrid: es, ends with an offer and a contract
IRENE = ("Irene Basterra Gil", "irene.basterra@oleafitness.example.es")
TT = ("Irene Basterra via Teamtailor", "no-reply@teamtailor-mail.com")

B = [
    m(n="olea_ack_teamtailor", kind="application_received", lang="es", company="Olea Fitness",
      frm=("Olea Fitness", "no-reply@teamtailor-mail.com"), date="2026-03-09 08:02", tz="UTC",
      subject="Hemos recibido tu candidatura: Director/a de Club – Olea Santander Valdenoja",
      html=html_page([
          "¡Hola Gonzalo!",
          "Gracias por inscribirte en la oferta <b>Director/a de Club – Olea Santander "
          "Valdenoja</b>. Tu candidatura nos ha llegado correctamente y ya está en manos del "
          "equipo de Personas.",
          "Revisamos todas las candidaturas con calma, así que el proceso puede llevar unas "
          "semanas. Si tu perfil encaja, te escribiremos para el siguiente paso.",
          "Mientras tanto, puedes consultar el estado de tu candidatura en "
          '<a href="https://oleafitness.example.es/empleo/connect">tu perfil</a>.',
          "Un abrazo,<br>Equipo de Personas de Olea Fitness"],
          brand="OLEA FITNESS", color="#0c7c59",
          footer="Enviado con Teamtailor en nombre de Olea Fitness. No respondas a este "
                 "correo: esta dirección no recibe mensajes.")),
    m(n="olea_invite_booking", kind="interview_invitation", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es", frm=TT, reply_to=IRENE,
      date="2026-03-16 11:37", tz="UTC",
      subject="Olea Fitness: elige hora para tu entrevista",
      text="""Hola, Gonzalo:

Soy Irene, del equipo de Personas de Olea Fitness. Nos ha gustado tu experiencia coordinando socorristas y queremos conocerte en una primera entrevista por videollamada (unos 30 minutos) para la plaza de Director/a de Club en Valdenoja.

Reserva el hueco que mejor te venga en este enlace:
https://oleafitness.example.es/meetings/irene-basterra/entrevista-director-club

Hay horarios disponibles del 19 al 25 de marzo. Si ninguno te encaja, responde a este correo y lo vemos.

¡Gracias!
Irene Basterra
Talent Acquisition · Olea Fitness
""",
      html=html_page([
          "Hola, Gonzalo:",
          "Soy Irene, del equipo de Personas de Olea Fitness. Nos ha gustado tu experiencia "
          "coordinando socorristas y queremos conocerte en una primera entrevista por "
          "videollamada (unos 30 minutos) para la plaza de Director/a de Club en Valdenoja.",
          '<a href="https://oleafitness.example.es/meetings/irene-basterra/'
          'entrevista-director-club" style="background:#0c7c59;color:#fff;padding:8px 14px;'
          'text-decoration:none">Reservar entrevista</a>',
          "Hay horarios disponibles del 19 al 25 de marzo. Si ninguno te encaja, responde a "
          "este correo y lo vemos.",
          "¡Gracias!<br>Irene Basterra<br>Talent Acquisition · Olea Fitness"],
          brand="OLEA FITNESS", color="#0c7c59")),
    m(n="olea_own_move_request", kind="other", lang="es", own=True, to=[IRENE],
      parent="olea_invite_booking", quote="wrote", date="2026-03-17 22:10",
      subject="Re: Olea Fitness: elige hora para tu entrevista",
      text="""Hola, Irene:

Había reservado el jueves 19 a las 10:00, pero me acaban de cambiar el turno de socorrismo en la piscina y esa mañana no puedo librar. ¿Sería posible pasarla a la tarde del jueves 26? A partir de las 16:30 estoy libre cualquier día de esa semana.

Perdona el lío y gracias,
Gonzalo
"""),
    m(n="olea_moved", kind="interview_reschedule_or_cancel", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es", frm=IRENE,
      parent="olea_own_move_request", quote="wrote", date="2026-03-18 09:14",
      subject="Re: Olea Fitness: elige hora para tu entrevista",
      text="""¡Hola, Gonzalo!

Ningún problema. He anulado la reserva del jueves 19 y te he movido la entrevista al jueves 26 de marzo a las 17:00. Te llega la invitación actualizada con el mismo enlace de Google Meet.

Hasta el jueves,
Irene
""",
      ics={"method": "REQUEST", "uid": "olea-entrevista-1-gurquiza@oleafitness.example.es",
           "seq": 1, "start": "2026-03-26 17:00", "minutes": 30,
           "summary": "Entrevista Director/a de Club – Gonzalo Urquiza",
           "location": "Google Meet https://meet.example.es/olea-kpx-trq-zvw"}),
    m(n="olea_second_interview", kind="interview_invitation", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es", frm=IRENE, date="2026-03-31 16:45",
      subject="Segunda entrevista en Olea Fitness – Director/a de Club",
      text="""Hola, Gonzalo:

Gracias por la conversación del jueves. Nos gustaría que pasaras a la segunda fase: una entrevista presencial con Álvaro Mendieta, director regional norte, y una visita al club de Valdenoja para que conozcas la instalación y al equipo.

Te proponemos el martes 7 de abril a las 10:30 en Olea Santander Valdenoja (C/ del Doctor Marañón 14, recepción). Calcula unas dos horas en total.

Te envío la convocatoria en el calendario adjunto. Confírmame, por favor, si te va bien.

Un saludo,
Irene Basterra
Talent Acquisition · Olea Fitness
Tel. 91 000 47 12
""",
      ics={"method": "REQUEST", "uid": "olea-entrevista-2-gurquiza@oleafitness.example.es",
           "seq": 0, "start": "2026-04-07 10:30", "minutes": 120,
           "summary": "2ª entrevista + visita club – Gonzalo Urquiza",
           "location": "Olea Santander Valdenoja, C/ del Doctor Marañón 14"},
      ics_as="attach"),
    m(n="olea_own_thanks", kind="other", lang="es", own=True, to=[IRENE],
      cc=[("Álvaro Mendieta", "alvaro.mendieta@oleafitness.example.es")],
      date="2026-04-07 20:02", cte="quoted-printable",
      subject="Gracias por la visita al club de Valdenoja",
      text=f"""Hola, Irene y Álvaro:

Solo quería daros las gracias por la mañana de hoy. Ver la sala de agua y hablar con el equipo de recepción me ha dejado aún más claras las ganas de sumarme al proyecto. Os adjunto, como comentamos, el plan de socorrismo y turnos que preparé para la temporada pasada.

Un abrazo,
{SIGNATURE_ES}
""",
      attach=[("Plan_socorrismo_2025_GUrquiza.pdf", [
          "Plan de socorrismo y turnos - temporada 2025", "Playas del Sardinero, Santander",
          "22 socorristas, 4 torres, turnos de 6 horas", "Autor: Gonzalo Urquiza Ferreira"])]),
    m(n="olea_verbal_offer", kind="offer", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es", frm=IRENE, date="2026-04-20 13:20",
      subject="Lo que hablamos por teléfono",
      text="""Hola, Gonzalo:

Como te adelantaba por teléfono hace un rato, ¡queremos que seas el nuevo director del club de Olea Santander Valdenoja! A Álvaro y a todo el equipo os convencisteis mutuamente en la visita.

Te resumo lo principal: contrato indefinido a jornada completa, 31.500 € brutos anuales más un variable de hasta el 10 % por objetivos del club, incorporación prevista el 1 de junio.

En los próximos días te llegará la carta de oferta formal con todos los detalles. Cualquier duda, llámame cuando quieras.

¡Enhorabuena!
Irene
"""),
    m(n="olea_offer_letter", kind="offer", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es",
      frm=("Olea Fitness · Personas", "personas@oleafitness.example.es"), reply_to=IRENE,
      date="2026-04-22 10:05", cte="base64",
      subject="Carta de oferta – Director de Club Olea Santander Valdenoja",
      text="""Estimado Gonzalo:

Adjuntamos la carta de oferta para el puesto de Director de Club en Olea Santander Valdenoja, con las condiciones acordadas: contrato indefinido, jornada completa, salario de 31.500 € brutos anuales en 12 pagas y retribución variable de hasta el 10 %.

Te agradeceremos que nos confirmes tu aceptación antes del 30 de abril. Para cualquier consulta, puedes responder directamente a Irene Basterra.

Un saludo,
Departamento de Personas
Olea Fitness
""",
      attach=[("Carta_oferta_Gonzalo_Urquiza.pdf", [
          "OLEA FITNESS - Carta de oferta", "Madrid, 22 de abril de 2026",
          "Estimado Sr. Urquiza Ferreira:",
          "Nos complace ofrecerle el puesto de Director de Club (Olea Santander Valdenoja).",
          "Contrato indefinido, jornada completa. Salario: 31.500 EUR brutos anuales.",
          "Variable: hasta el 10% segun objetivos. Incorporacion: 1 de junio de 2026.",
          "Departamento de Personas"])]),
    m(n="olea_own_counter", kind="other", lang="es", own=True, to=[IRENE],
      parent="olea_offer_letter", quote="wrote", date="2026-04-23 21:40",
      subject="Re: Carta de oferta – Director de Club Olea Santander Valdenoja",
      text=f"""Hola, Irene:

Muchas gracias por la carta, estoy muy ilusionado. Antes de firmar quería plantearte una cosa: ahora mismo tengo comprometida la temporada de playa hasta el 15 de junio. ¿Podríamos fijar la incorporación el 16 de junio? Y, si hubiera margen, me gustaría que el salario fijo se acercara a 33.000 €, teniendo en cuenta la guardia de fin de semana.

Un saludo,
{SIGNATURE_ES}
"""),
    m(n="olea_revised_offer", kind="offer", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es", frm=IRENE,
      parent="olea_own_counter", quote="wrote", date="2026-04-27 12:51",
      subject="Re: Carta de oferta – Director de Club Olea Santander Valdenoja",
      text="""Hola, Gonzalo:

Lo he hablado con Álvaro y con Dirección. Podemos fijar la incorporación el 16 de junio y subir el fijo a 32.500 € brutos anuales, manteniendo el variable de hasta el 10 %. Es nuestra oferta final y de verdad esperamos que te encaje.

Si estás de acuerdo, te activo la aceptación en el portal del empleado y a continuación te llegará el contrato para firmar.

Un abrazo,
Irene
"""),
    m(n="olea_offer_portal", kind="offer", lang="es", company="Olea Fitness",
      frm=("Olea Fitness Empleo", "olea-noreply@successfactors.eu"), date="2026-04-28 07:30",
      tz="UTC", cs="windows-1252", cte="quoted-printable",
      subject="Tienes una oferta de empleo pendiente de aceptar",
      html=html_page([
          "Hola Gonzalo Urquiza Ferreira,",
          "Olea Fitness te ha enviado una <b>oferta de empleo</b> para el puesto "
          "<b>Director de Club – Santander Valdenoja</b> (req. 40233).",
          "Puedes revisarla y aceptarla o rechazarla en el portal de candidatos antes del "
          "5 de mayo de 2026.",
          '<a href="https://career.example.successfactors.eu/olea/offer/40233">Ver la oferta</a>',
          "Este es un mensaje automático; por favor, no respondas a este correo."],
          brand="Olea Fitness · Portal de Empleo", color="#0c7c59")),
    m(n="olea_contract", kind="offer", lang="es", company="Olea Fitness",
      contact="irene.basterra@oleafitness.example.es",
      frm=("Olea Fitness Firma", "firma@oleafitness.example.es"), reply_to=IRENE,
      date="2026-05-04 09:00",
      subject="Contrato de trabajo para firma – Gonzalo Urquiza Ferreira",
      text="""Hola, Gonzalo:

Gracias por aceptar la oferta. Te adjuntamos tu contrato de trabajo indefinido como Director de Club (Olea Santander Valdenoja) con fecha de alta el 16 de junio de 2026.

Por favor, revísalo, fírmalo en todas las páginas y devuélvelo escaneado respondiendo a este correo antes del 11 de mayo. Si prefieres firmarlo en persona, puedes pasar por el club cualquier mañana.

Bienvenido a Olea Fitness.

Departamento de Personas
""",
      attach=[("Contrato_indefinido_GUrquiza.pdf", [
          "CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Olea Fitness",
          "Trabajador: Gonzalo Urquiza Ferreira",
          "Puesto: Director de Club - Olea Santander Valdenoja",
          "Fecha de alta: 16/06/2026. Salario bruto anual: 32.500 EUR",
          "Firma del trabajador: ____________________"])]),
]

# --------------------------------------------------------------------------------------------
# C. Mancunia Leisure (leisure-centre operator), Manchester: en, ends with an offer
PRIYA = ("Priya Nandakumar", "priya.nandakumar@mancunialeisure.example.co.uk")

C = [
    m(n="mancunia_ack_lever", kind="application_received", lang="en", company="Mancunia Leisure",
      frm=("Mancunia Leisure", "no-reply@hire.lever.co"), date="2026-04-02 15:12", tz="UTC",
      subject="Thanks for applying to Mancunia Leisure",
      text="""Hi Gonzalo,

Thank you for your application for the Duty Manager - Hulme Park Leisure Centre role. We've received it and our team will review it over the coming weeks.

Because of the volume of applications, we can't always respond to every applicant individually, but if your experience matches what we're looking for, someone from the People team will be in touch.

Best wishes,
The Mancunia Leisure Recruitment Team

This message was sent via Lever on behalf of Mancunia Leisure. Replies to this address are not monitored.
"""),
    m(n="mancunia_invite_video", kind="interview_invitation", lang="en",
      company="Mancunia Leisure", contact="priya.nandakumar@mancunialeisure.example.co.uk",
      frm=PRIYA, date="2026-04-13 10:48",
      subject="Invitation: video interview for Duty Manager (Hulme Park)",
      text="""Hi Gonzalo,

Thanks for applying for the Duty Manager role at Hulme Park Leisure Centre. I enjoyed reading about your work running the lifeguard rota on Sardinero beach.

I'd like to invite you to a 45-minute video interview on Microsoft Teams on Tuesday 21 April at 11:00 (UK time, so 12:00 for you in Santander). You'll meet me and Dean Halloran, our Centre Manager. We'll talk about pool safety operating procedures, staff scheduling and a couple of customer scenarios.

A calendar invitation is attached; please accept it so we know the time works.

Kind regards,
Priya

Priya Nandakumar
Talent Partner | Mancunia Leisure
Hulme Park Leisure Centre, Stretford Road, Manchester M15 5XX
07700 900 418
""",
      ics={"method": "REQUEST", "uid": "ml-int-8842@mancunialeisure.example.co.uk", "seq": 0,
           "start": "2026-04-21 11:00", "minutes": 45,
           "summary": "Duty Manager interview - Gonzalo Urquiza",
           "location": "Microsoft Teams meeting", "tz": "Europe/London"}),
    m(n="mancunia_moved", kind="interview_reschedule_or_cancel", lang="en",
      company="Mancunia Leisure", contact="priya.nandakumar@mancunialeisure.example.co.uk",
      frm=PRIYA, parent="mancunia_invite_video", quote="outlook", date="2026-04-16 17:03",
      subject="Updated invitation: Duty Manager interview - now Thu 23 April 14:00",
      text="""Hi Gonzalo,

Apologies for the change, but Dean has been called to a pool plant inspection on Tuesday morning, so we need to move your interview. The new time is Thursday 23 April at 14:00 UK time (15:00 in Spain), same Teams link. The updated invitation is attached.

If that doesn't work for you, just let me know and I'll find another slot.

Thanks for your flexibility,
Priya
""",
      ics={"method": "REQUEST", "uid": "ml-int-8842@mancunialeisure.example.co.uk", "seq": 1,
           "start": "2026-04-23 14:00", "minutes": 45,
           "summary": "Duty Manager interview - Gonzalo Urquiza (moved)",
           "location": "Microsoft Teams meeting", "tz": "Europe/London"}),
    m(n="mancunia_assessment_day", kind="interview_invitation", lang="en",
      company="Mancunia Leisure", contact="priya.nandakumar@mancunialeisure.example.co.uk",
      frm=PRIYA, date="2026-04-28 09:26",
      subject="Next stage: assessment day at Hulme Park Leisure Centre",
      html=html_page([
          "Hi Gonzalo,",
          "Great news: following your interview, we'd like to invite you to our "
          "<b>assessment day</b> for the Duty Manager role.",
          "<b>When:</b> Tuesday 5 May, 09:30-15:00<br><b>Where:</b> Hulme Park Leisure "
          "Centre, Stretford Road, Manchester",
          "The day includes a poolside emergency action plan walkthrough, a group exercise "
          "with the other candidates, a rota-planning task and a final panel interview. "
          "Please bring swimwear and your lifeguard qualification.",
          "We will reimburse reasonable travel costs from Santander. Could you confirm by "
          "Thursday?",
          "Kind regards,<br>Priya Nandakumar<br>Talent Partner, Mancunia Leisure"],
          brand="Mancunia Leisure", color="#6a1b9a")),
    m(n="mancunia_own_thanks", kind="other", lang="en", own=True, to=[PRIYA],
      date="2026-05-06 08:15",
      subject="Thank you for the assessment day",
      text=f"""Dear Priya,

Thank you for organising yesterday's assessment day, and please pass my thanks on to Dean and the lifeguard team. I particularly enjoyed the rota exercise; it's very close to the planning I do every summer.

I look forward to hearing from you.

Best regards,
{SIGNATURE_EN}
"""),
    m(n="mancunia_offer_call", kind="offer", lang="en", company="Mancunia Leisure",
      contact="priya.nandakumar@mancunialeisure.example.co.uk", frm=PRIYA,
      parent="mancunia_own_thanks", quote="outlook", date="2026-05-12 16:40",
      subject="RE: Thank you for the assessment day",
      text="""Hi Gonzalo,

It was lovely to speak earlier. As promised, here's a written summary: we'd like to offer you the position of Duty Manager at Hulme Park Leisure Centre.

- Salary: £31,200 per annum, plus shift allowance
- Contract: permanent, 37.5 hours per week
- Start date: to be agreed (we suggested 1 July)
- Relocation support up to £1,500

Your formal offer letter will follow from our People team in the next couple of days. Congratulations!

Priya
"""),
    m(n="mancunia_offer_letter", kind="offer", lang="en", company="Mancunia Leisure",
      contact="priya.nandakumar@mancunialeisure.example.co.uk",
      frm=("Mancunia Leisure People Team", "people@mancunialeisure.example.co.uk"),
      reply_to=PRIYA, date="2026-05-14 11:02", cte="quoted-printable",
      subject="Your offer of employment - Duty Manager, Hulme Park",
      text="""Dear Gonzalo,

Please find attached your offer of employment for the role of Duty Manager at Hulme Park Leisure Centre, together with a summary of our terms and conditions.

The offer is conditional on two satisfactory references, proof of your right to work in the UK and an enhanced DBS check. Please reply to Priya Nandakumar to accept or to ask any questions.

Kind regards,
People Team
Mancunia Leisure

Mancunia Leisure is a charitable trust registered in England. This email and any attachments are confidential and intended solely for the addressee.
""",
      attach=[("Offer_Letter_G_Urquiza_Ferreira.pdf", [
          "Mancunia Leisure - Offer of Employment", "14 May 2026",
          "Dear Mr Urquiza Ferreira,",
          "We are pleased to offer you the post of Duty Manager, Hulme Park Leisure Centre.",
          "Salary: GBP 31,200 per annum. Hours: 37.5 per week. Permanent contract.",
          "Conditional on references, right to work and enhanced DBS check.",
          "People Team, Mancunia Leisure"])]),
    m(n="mancunia_contract", kind="offer", lang="en", company="Mancunia Leisure",
      contact="priya.nandakumar@mancunialeisure.example.co.uk", frm=PRIYA,
      parent="mancunia_offer_letter", quote="wrote", date="2026-05-20 12:18",
      subject="Re: Your offer of employment - Duty Manager, Hulme Park",
      text="""Hi Gonzalo,

Thanks for confirming, we're delighted you've accepted! I've attached your contract of employment for signature. Please sign page 6, initial the others and send it back to me by email; the original can be signed on your first day.

Start date confirmed as Wednesday 1 July. I'll be in touch about your induction week and the relocation paperwork.

Priya
""",
      attach=[("Contract_Duty_Manager_GUrquiza.pdf", [
          "Contract of Employment - Mancunia Leisure",
          "Employee: Gonzalo Urquiza Ferreira", "Job title: Duty Manager, Hulme Park",
          "Start date: 1 July 2026", "Signed: ____________________"])]),
]

# --------------------------------------------------------------------------------------------
# D. Bergbahnen Falkenwand (ski resort near Innsbruck): de, ends with a rejection
KATHARINA = ("Katharina Pfurtscheller", "k.pfurtscheller@falkenwand.example.at")

D = [
    m(n="falkenwand_ack_personio", kind="application_received", lang="de",
      company="Bergbahnen Falkenwand",
      frm=("Bergbahnen Falkenwand GmbH", "no-reply@personio.de"), date="2026-07-06 08:44",
      subject="Ihre Bewerbung bei der Bergbahnen Falkenwand GmbH",
      text="""Sehr geehrter Herr Urquiza Ferreira,

vielen Dank für Ihre Bewerbung als Assistenz der Betriebsleitung Freizeitanlagen (Wintersaison 2026/27). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Bergbahnen Falkenwand

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
"""),
    m(n="falkenwand_invite", kind="interview_invitation", lang="de",
      company="Bergbahnen Falkenwand", contact="k.pfurtscheller@falkenwand.example.at",
      frm=KATHARINA, date="2026-07-14 14:20", name_enc=("iso-8859-1", "q"),
      subj_enc=("iso-8859-1", "q"), cs="iso-8859-1", cte="quoted-printable",
      subject="Einladung zum Videointerview - Assistenz Betriebsleitung",
      text="""Sehr geehrter Herr Urquiza Ferreira,

vielen Dank für Ihr Interesse an unserem Unternehmen. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem Videointerview über Microsoft Teams ein:
Dienstag, 21. Juli 2026, 10:00 Uhr (MESZ)
Gesprächspartner: Ing. Florian Haselwanter (Betriebsleiter) und ich

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Den Link erhalten Sie am Vortag.

Mit freundlichen Grüßen

Mag. Katharina Pfurtscheller
Personalentwicklung
Bergbahnen Falkenwand GmbH
Talstation 1, 6094 Axams, Österreich
Tel. +43 5234 000 21
"""),
    m(n="falkenwand_moved", kind="interview_reschedule_or_cancel", lang="de",
      company="Bergbahnen Falkenwand", contact="k.pfurtscheller@falkenwand.example.at",
      frm=KATHARINA, parent="falkenwand_invite", quote="wrote", date="2026-07-17 09:05",
      cs="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "b"),
      subject="AW: Einladung zum Videointerview - Assistenz Betriebsleitung",
      text="""Sehr geehrter Herr Urquiza Ferreira,

leider müssen wir unser Gespräch am Dienstag verschieben, da Herr Haselwanter kurzfristig zur Seilbahnrevision muss. Wäre Ihnen Donnerstag, 23. Juli, um 15:00 Uhr recht?

Ich bitte um Entschuldigung für die Umstände.

Freundliche Grüße
Katharina Pfurtscheller
"""),
    m(n="falkenwand_own_confirm", kind="other", lang="de", own=True, to=[KATHARINA],
      parent="falkenwand_moved", quote="wrote", date="2026-07-17 11:30",
      subject="Re: AW: Einladung zum Videointerview - Assistenz Betriebsleitung",
      text=f"""Sehr geehrte Frau Pfurtscheller,

vielen Dank für Ihre Nachricht. Donnerstag, 23. Juli, um 15:00 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch.

Mit freundlichen Grüßen
{SIGNATURE_DE}
"""),
    m(n="falkenwand_rejection", kind="rejection", lang="de",
      company="Bergbahnen Falkenwand", contact="k.pfurtscheller@falkenwand.example.at",
      frm=KATHARINA, parent="falkenwand_own_confirm", quote="wrote", date="2026-08-10 16:12",
      subject="Ihre Bewerbung – Assistenz Betriebsleitung Freizeitanlagen",
      text="""Sehr geehrter Herr Urquiza Ferreira,

nochmals herzlichen Dank für das angenehme Gespräch und Ihr Interesse an den Bergbahnen Falkenwand.

Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin entschieden, die bereits mehrere Wintersaisonen in einem Skigebiet gearbeitet hat. Diese Entscheidung ist uns nicht leichtgefallen, und sie ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen. Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Mag. Katharina Pfurtscheller
Personalentwicklung
Bergbahnen Falkenwand GmbH
"""),
]

# --------------------------------------------------------------------------------------------
# E. Atlantica Glisse (surf school group, Biarritz): fr, a missed interview, then a no
MAIALEN = ("Maïalen Etchegaray", "maialen.etchegaray@atlantica-glisse.example.fr")

E = [
    m(n="atlantica_ack_recruitee", kind="application_received", lang="fr",
      company="Atlantica Glisse",
      frm=("Atlantica Glisse", "notifications@recruitee.com"), date="2026-02-20 18:31",
      tz="UTC",
      subject="Nous avons bien reçu votre candidature – Responsable d'exploitation",
      html=html_page([
          "Bonjour Gonzalo,",
          "Merci pour votre candidature au poste de <b>Responsable d'exploitation – écoles "
          "de surf (Biarritz / Anglet)</b>. Elle a bien été enregistrée.",
          "Notre équipe l'étudiera avec attention. En raison du nombre important de "
          "candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune "
          "avant la fin de la période de recrutement.",
          "À bientôt sur la vague,<br>L'équipe Atlantica Glisse"],
          brand="ATLANTICA GLISSE", color="#00838f",
          footer="Propulsé par Recruitee. Merci de ne pas répondre à cet e-mail.")),
    m(n="atlantica_invite", kind="interview_invitation", lang="fr",
      company="Atlantica Glisse", contact="maialen.etchegaray@atlantica-glisse.example.fr",
      frm=MAIALEN, date="2026-03-02 11:10", cs="windows-1252", cte="quoted-printable",
      name_enc=("windows-1252", "q"),
      subject="Entretien – Responsable d'exploitation écoles de surf",
      text="""Bonjour Gonzalo,

Votre parcours de sauveteur et d'entraîneur nous a beaucoup intéressés. Je vous propose un premier entretien en visio (Google Meet) le mardi 10 mars à 9h30, heure française, d'une durée d'environ 45 minutes.

Nous parlerons de l'organisation des écoles pendant la saison, de la sécurité sur les spots et de la gestion des moniteurs saisonniers.

Pouvez-vous me confirmer votre disponibilité ?

Bien à vous,

Maïalen Etchegaray
Responsable RH – Atlantica Glisse
12 avenue de la Plage, 64200 Biarritz
06 00 00 41 27
"""),
    m(n="atlantica_missed", kind="missed_interview_notice", lang="fr",
      company="Atlantica Glisse", contact="maialen.etchegaray@atlantica-glisse.example.fr",
      frm=MAIALEN, parent="atlantica_invite", quote="wrote", date="2026-03-10 10:05",
      subject="Re: Entretien – Responsable d'exploitation écoles de surf",
      text="""Bonjour Gonzalo,

Nous vous avons attendu ce matin à 9h30 sur Google Meet jusqu'à 9h50, et j'ai essayé de vous joindre sur votre portable, sans succès.

J'imagine qu'il y a eu un empêchement. Si vous êtes toujours intéressé par le poste, dites-moi quand vous seriez disponible cette semaine.

Bien cordialement,
Maïalen
"""),
    m(n="atlantica_own_apology", kind="other", lang="fr", own=True, to=[MAIALEN],
      parent="atlantica_missed", quote="wrote", date="2026-03-10 13:42",
      subject="Re: Entretien – Responsable d'exploitation écoles de surf",
      text=f"""Bonjour Maïalen,

Je suis vraiment désolé. J'avais noté 9h30 heure de Madrid et j'étais en plein sauvetage d'exercice à la piscine quand vous avez appelé : mon téléphone était au vestiaire. Je suis bien sûr toujours très intéressé.

Je suis disponible jeudi 12 mars toute la matinée, ou vendredi après 15h.

Avec toutes mes excuses,
{SIGNATURE_FR}
"""),
    m(n="atlantica_moved", kind="interview_reschedule_or_cancel", lang="fr",
      company="Atlantica Glisse", contact="maialen.etchegaray@atlantica-glisse.example.fr",
      frm=MAIALEN, parent="atlantica_own_apology", quote="wrote", date="2026-03-10 16:20",
      subject="Re: Entretien – Responsable d'exploitation écoles de surf",
      text="""Bonjour Gonzalo,

Pas de souci, cela arrive. L'entretien est donc reporté au jeudi 12 mars à 10h (heure française), même lien Google Meet : https://meet.example.fr/atl-gls-rh

À jeudi,
Maïalen
"""),
    m(n="atlantica_rejection", kind="rejection", lang="fr",
      company="Atlantica Glisse", contact="maialen.etchegaray@atlantica-glisse.example.fr",
      frm=MAIALEN, date="2026-03-25 17:48",
      subject="Votre candidature chez Atlantica Glisse",
      text="""Bonjour Gonzalo,

Merci encore pour notre échange du 12 mars et pour le temps que vous nous avez consacré.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature : nous avons retenu un profil qui connaît déjà bien les spots de la côte basque et notre réseau de moniteurs. Ce choix a été difficile.

Nous vous souhaitons beaucoup de réussite dans votre projet de reconversion.

Bien cordialement,

Maïalen Etchegaray
Responsable RH – Atlantica Glisse
"""),
]

# --------------------------------------------------------------------------------------------
# F. Irwell Rovers FC stadium operations (Manchester), via Greenhouse: en
TOM = ("Tom Whitcombe", "tom.whitcombe@irwellrovers.example.co.uk")

F = [
    m(n="irwell_ack_greenhouse", kind="application_received", lang="en",
      company="Irwell Rovers FC",
      frm=("Irwell Rovers FC", "no-reply@us.greenhouse-mail.io"), date="2026-05-04 13:00",
      tz="UTC", subject="Irwell Rovers FC - application received",
      html=html_page([
          "Dear Gonzalo,",
          "Thank you for your interest in Irwell Rovers FC. We have received your application "
          "for <b>Stadium Operations Coordinator (Matchday &amp; Events)</b>.",
          "Our team is reviewing applications and will contact shortlisted candidates.",
          "Come on you Rovers!<br>Irwell Rovers FC Recruitment"],
          brand="IRWELL ROVERS FC", color="#b71c1c",
          footer="Please do not reply to this email; this mailbox is not monitored.")),
    m(n="irwell_invite_screen", kind="interview_invitation", lang="en",
      company="Irwell Rovers FC", contact="tom.whitcombe@irwellrovers.example.co.uk",
      frm=("Tom Whitcombe via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=TOM,
      date="2026-05-11 09:15",
      subject="Phone screen - Stadium Operations Coordinator",
      text="""Hi Gonzalo,

Thanks for applying for the Stadium Operations Coordinator role. I'd love to set up a 20-minute phone screen to talk through your experience with crowd safety and event staffing.

Please pick a time that suits you here:
https://app.greenhouse.example/scheduling/irwell/tw-0511-gu

I'll call you on the number in your application (+34 600 418 273).

Cheers,
Tom Whitcombe
Stadium Operations Manager, Irwell Rovers FC
"""),
    m(n="irwell_missed", kind="missed_interview_notice", lang="en",
      company="Irwell Rovers FC", contact="tom.whitcombe@irwellrovers.example.co.uk",
      frm=TOM, parent="irwell_invite_screen", quote="wrote", date="2026-05-14 14:22",
      subject="Re: Phone screen - Stadium Operations Coordinator",
      text="""Hi Gonzalo,

I tried calling you at 2pm as booked but it went straight to voicemail, and I tried again at 2:10. Not sure if something came up?

If you're still keen, grab another slot from the same link and I'll try again.

Tom
"""),
    m(n="irwell_own_apology", kind="other", lang="en", own=True, to=[TOM],
      parent="irwell_missed", quote="wrote", date="2026-05-14 16:05",
      subject="Re: Phone screen - Stadium Operations Coordinator",
      text="""Hi Tom,

I'm so sorry: I booked 2pm thinking it was Spanish time, so I was expecting your call at 3pm my time. My mistake entirely. I've just booked Monday at 11:00 UK time (12:00 here) through the link.

Apologies again,
Gonzalo
"""),
    m(n="irwell_rejection", kind="rejection", lang="en",
      company="Irwell Rovers FC", contact="tom.whitcombe@irwellrovers.example.co.uk",
      frm=("Tom Whitcombe via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=TOM,
      date="2026-05-28 10:40",
      subject="Your application to Irwell Rovers FC",
      text="""Hi Gonzalo,

Thanks for taking the time to speak with me last week, and for your interest in the Stadium Operations Coordinator role.

After careful consideration, we've decided to move forward with candidates whose experience more closely matches the requirements of the role, particularly UK stadium safety certification (SG01/SGSA).

We'll keep your details on file and wish you the best of luck in your search.

Best,
Tom Whitcombe
Irwell Rovers FC
"""),
]

# --------------------------------------------------------------------------------------------
# G. Tempora ETT relaying its named client Gesport Norte (Gijón): es
NURIA = ("Nuria Cienfuegos | Tempora ETT", "nuria.cienfuegos@tempora.example.es")

G = [
    m(n="tempora_invite_gesport", kind="interview_invitation", lang="es",
      company="Gesport Norte", contact="nuria.cienfuegos@tempora.example.es",
      frm=NURIA, date="2026-06-02 12:33", cte="8bit",
      subject="Entrevista Gesport Norte - Coordinador de piscina (Gijón)",
      text="""Buenas Gonzalo,

Te escribo de Tempora ETT. Te llamé esta mañana pero no pude localizarte. Nuestro cliente Gesport Norte, que gestiona el complejo deportivo La Calzada en Gijón, busca un coordinador de piscina para la temporada de verano (julio a septiembre) y tu perfil les encaja.

Les gustaría entrevistarte en persona el viernes 5 de junio a las 10:00 en el propio complejo (C/ Simancas 2, Gijón; pregunta por Javier Prendes en recepción).

¿Me confirmas si puedes ir? Si es mejor por videollamada también se podría.

Saludos,
Nuria Cienfuegos
Consultora de selección · Tempora ETT, delegación Gijón
Tel. 985 000 612 · 644 000 318
"""),
    m(n="tempora_moved_gesport", kind="interview_reschedule_or_cancel", lang="es",
      company="Gesport Norte", contact="nuria.cienfuegos@tempora.example.es",
      frm=NURIA, parent="tempora_invite_gesport", quote="wrote", date="2026-06-04 08:57",
      cte="8bit",
      subject="RE: Entrevista Gesport Norte - Coordinador de piscina (Gijón)",
      text="""Hola Gonzalo,

Me avisa Javier de Gesport Norte de que mañana tienen una inspección sanitaria de la piscina y no van a poder atenderte. Me piden pasar la entrevista al lunes 8 a la misma hora, 10:00, en La Calzada.

Perdona el cambio. Confírmame cuando puedas.

Nuria
"""),
    m(n="tempora_rejection_gesport", kind="rejection", lang="es",
      company="Gesport Norte", contact="nuria.cienfuegos@tempora.example.es",
      frm=NURIA, parent="tempora_moved_gesport", quote="wrote", date="2026-06-12 17:45",
      cte="8bit",
      subject="RE: Entrevista Gesport Norte - Coordinador de piscina (Gijón)",
      text="""Hola de nuevo Gonzalo,

Ya tengo respuesta de Gesport Norte. Les gustó mucho la entrevista, pero al final han optado por una persona de Gijón que ya había trabajado con ellos otros veranos, así que no seguimos adelante con tu candidatura para este puesto.

Te mantengo en nuestra base de datos para otras campañas de verano, que suelen salir bastantes.

Un saludo y gracias,
Nuria
"""),
]

# --------------------------------------------------------------------------------------------
# H. Alpenpersonal Tirol relaying an unnamed client (hotel spa): de
LUKAS = ("Lukas Wechselberger", "l.wechselberger@alpenpersonal.example.at")

H = [
    m(n="alpenpersonal_invite", kind="interview_invitation", lang="de",
      company="Alpenpersonal Tirol", contact="l.wechselberger@alpenpersonal.example.at",
      frm=LUKAS, date="2026-08-24 10:02", cte="quoted-printable",
      subject="Telefoninterview: Leitung Wellness & Pool (Tiroler Oberland)",
      text="""Hallo Herr Urquiza,

ich bin Personalberater bei Alpenpersonal Tirol. Für einen unserer Kunden, ein renommiertes Vier-Sterne-Superior-Hotel im Tiroler Oberland, suchen wir eine Leitung für den Wellness- und Poolbereich ab Dezember.

Ich würde gerne ein erstes Telefoninterview mit Ihnen führen: Mittwoch, 26. August, 16:00 Uhr. Ich rufe Sie unter +34 600 418 273 an. Das Gespräch dauert ca. 20 Minuten.

Passt Ihnen das? Den Namen des Hauses darf ich Ihnen nach dem ersten Gespräch nennen.

Beste Grüße
Lukas Wechselberger
Senior Consultant Hotellerie & Freizeit
Alpenpersonal Tirol GmbH · Museumstraße 00, 6020 Innsbruck
"""),
    m(n="alpenpersonal_missed", kind="missed_interview_notice", lang="de",
      company="Alpenpersonal Tirol", contact="l.wechselberger@alpenpersonal.example.at",
      frm=LUKAS, parent="alpenpersonal_invite", quote="wrote", date="2026-08-26 16:31",
      subject="AW: Telefoninterview: Leitung Wellness & Pool (Tiroler Oberland)",
      text="""Hallo Herr Urquiza,

ich habe Sie heute um 16:00 Uhr wie vereinbart angerufen, zweimal, leider ohne Erfolg; eine Mailbox war nicht eingerichtet.

Falls Sie weiterhin Interesse haben, schlagen Sie mir gerne zwei neue Zeitfenster vor.

Beste Grüße
Lukas Wechselberger
"""),
    m(n="alpenpersonal_rejection", kind="rejection", lang="de",
      company="Alpenpersonal Tirol", contact="l.wechselberger@alpenpersonal.example.at",
      frm=LUKAS, date="2026-09-09 11:18",
      subject="Rückmeldung Position Leitung Wellness & Pool",
      text="""Hallo Herr Urquiza,

danke nochmals für das nachgeholte Telefonat letzte Woche. Ich habe Ihr Profil unserem Kunden vorgestellt.

Leider hat sich das Hotel gegen eine Einladung entschieden: Man sucht jemanden mit Erfahrung in der Führung eines Spa-Teams und fließenden Deutschkenntnissen für die Gästebetreuung. Ich bedaure, Ihnen keine bessere Nachricht geben zu können.

Wenn Sie einverstanden sind, behalte ich Sie für Saisonstellen im Bäder- und Sportbereich im Blick.

Beste Grüße
Lukas Wechselberger
Alpenpersonal Tirol
"""),
]

# --------------------------------------------------------------------------------------------
# I. Côte Basque Intérim relaying its named client Océalys (aquatic centres): fr
SANDRINE = ("Sandrine Larralde", "s.larralde@cbinterim.example.fr")

I_ = [
    m(n="cbi_invite_ocealys", kind="interview_invitation", lang="fr", company="Océalys",
      contact="s.larralde@cbinterim.example.fr", frm=SANDRINE, date="2026-06-15 09:48",
      subj_enc=("iso-8859-1", "b"), cs="iso-8859-1", cte="8bit",
      subject="Entretien chez Océalys - chef de bassin (mission été)",
      text="""Bonjour Monsieur Urquiza,

Suite à notre échange téléphonique, je vous confirme que notre client Océalys, qui exploite le centre aquatique de Bidart, souhaite vous rencontrer pour la mission de chef de bassin (juillet-août).

Entretien le jeudi 18 juin à 14h00 au centre aquatique, 3 rue des Embruns, Bidart. Vous serez reçu par M. Thierry Goyhenetche, directeur du site. Merci de vous munir de votre BNSSA ou de l'équivalence espagnole et d'une pièce d'identité.

Cordialement,

Sandrine Larralde
Chargée de recrutement - Côte Basque Intérim
Agence de Biarritz · 05 59 00 00 31
"""),
    m(n="cbi_moved_ocealys", kind="interview_reschedule_or_cancel", lang="fr", company="Océalys",
      contact="s.larralde@cbinterim.example.fr", frm=SANDRINE,
      parent="cbi_invite_ocealys", quote="outlook", date="2026-06-17 15:26",
      cs="iso-8859-1", cte="8bit",
      subject="RE: Entretien chez Océalys - chef de bassin (mission été)",
      text="""Bonjour Monsieur Urquiza,

M. Goyhenetche doit s'absenter demain après-midi. L'entretien est décalé au vendredi 19 juin à 11h00, même adresse. Merci de me confirmer que ce nouvel horaire vous convient.

Cordialement,
Sandrine Larralde
"""),
    m(n="cbi_rejection_ocealys", kind="rejection", lang="fr", company="Océalys",
      contact="s.larralde@cbinterim.example.fr", frm=SANDRINE, date="2026-06-24 18:02",
      subject="Retour Océalys – mission chef de bassin",
      text="""Bonjour Monsieur Urquiza,

J'ai eu le retour d'Océalys ce jour. Le directeur a apprécié votre expérience, mais le client a finalement choisi de confier la mission à un maître-nageur déjà en poste chez eux l'an dernier. Votre candidature n'est donc pas retenue pour cette mission.

Je reviens vers vous dès qu'une autre mission correspondant à votre profil se présente.

Bonne soirée,
Sandrine Larralde
Côte Basque Intérim
"""),
]

# --------------------------------------------------------------------------------------------
# J. Unión Deportiva Naranco (Oviedo), stadium operations, via SmartRecruiters: es
SR = ("Unión Deportiva Naranco", "no-reply@smartrecruiters.com")
PABLO = ("Pablo Menéndez Tuñón", "pmenendez@udnaranco.example.es")

J = [
    m(n="naranco_ack_smartrecruiters", kind="application_received", lang="es",
      company="Unión Deportiva Naranco", frm=SR, date="2026-09-01 07:55", tz="UTC",
      subject="Gracias por tu candidatura – Técnico/a de Operaciones de Estadio",
      text="""Hola Gonzalo:

Gracias por tu interés en la Unión Deportiva Naranco. Hemos recibido tu candidatura para Técnico/a de Operaciones de Estadio (ref. OPS-2026-07).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Saludos,
Departamento de Recursos Humanos
Unión Deportiva Naranco

Este mensaje se ha enviado desde una dirección que no admite respuestas.
"""),
    m(n="naranco_invite", kind="interview_invitation", lang="es",
      company="Unión Deportiva Naranco", contact="pmenendez@udnaranco.example.es",
      frm=PABLO, date="2026-09-08 13:10", name_enc=("iso-8859-1", "b"),
      subject="Entrevista Operaciones de Estadio – UD Naranco",
      html=html_page([
          "Hola Gonzalo:",
          "Soy Pablo Menéndez, responsable de Operaciones del estadio. Nos gustaría "
          "entrevistarte para el puesto de Técnico/a de Operaciones de Estadio.",
          "Te esperamos el <b>miércoles 16 de septiembre a las 17:00</b> en las oficinas del "
          "club (puerta 4 del estadio, Oviedo). Después de la entrevista haremos un recorrido "
          "por el estadio y el centro de control de accesos.",
          "Confírmame asistencia, por favor.",
          "Un saludo,<br>Pablo Menéndez Tuñón<br>Responsable de Operaciones<br>"
          "Unión Deportiva Naranco<br>Tel. 985 000 904"],
          brand="UD NARANCO", color="#0d47a1")),
    m(n="naranco_missed", kind="missed_interview_notice", lang="es",
      company="Unión Deportiva Naranco", contact="pmenendez@udnaranco.example.es",
      frm=PABLO, date="2026-09-16 18:05",
      subject="Entrevista de hoy en el estadio",
      text="""Hola Gonzalo:

Te hemos estado esperando esta tarde a las 17:00 en la puerta 4 y no has aparecido. Te he llamado al móvil un par de veces sin respuesta.

Si ha pasado algo, escríbeme y vemos si podemos buscar otro día, aunque tenemos que cerrar el proceso antes de final de mes.

Saludos,
Pablo Menéndez
UD Naranco
"""),
    m(n="naranco_own_apology", kind="other", lang="es", own=True, to=[PABLO],
      parent="naranco_missed", quote="wrote", date="2026-09-16 21:30",
      subject="Re: Entrevista de hoy en el estadio",
      text=f"""Hola Pablo:

Te pido mil disculpas. Venía desde Santander y un accidente en la A-8 a la altura de Llanes nos tuvo parados casi dos horas, sin cobertura en buena parte del tramo. Sigo muy interesado en el puesto; cualquier día de la semana que viene me vendría bien.

Un saludo,
{SIGNATURE_ES}
"""),
]

# --------------------------------------------------------------------------------------------
# K. Kirolgune Bilbao (leisure centres): es, invitation, cancellation, process suspended
AMAIA = ("Amaia Zubizarreta", "amaia.zubizarreta@kirolgune.example.eus")

K = [
    m(n="kirolgune_invite", kind="interview_invitation", lang="es", company="Kirolgune",
      contact="amaia.zubizarreta@kirolgune.example.eus", frm=AMAIA, date="2026-05-05 10:40",
      subject="Kirolgune – entrevista para Responsable de Instalación (Txurdinaga)",
      text="""Kaixo Gonzalo:

Gracias por tu candidatura para Responsable de Instalación en el polideportivo de Txurdinaga. Nos gustaría hacerte una entrevista por videollamada el martes 12 de mayo a las 9:30, con una duración de 45 minutos.

Te mandaremos el enlace de Teams el día anterior. ¿Te viene bien?

Ondo izan,
Amaia Zubizarreta
Técnica de Personas · Kirolgune
Bilbao
"""),
    m(n="kirolgune_cancelled", kind="interview_reschedule_or_cancel", lang="es",
      company="Kirolgune", contact="amaia.zubizarreta@kirolgune.example.eus", frm=AMAIA,
      parent="kirolgune_invite", quote="wrote", date="2026-05-11 15:02",
      subject="Re: Kirolgune – entrevista para Responsable de Instalación (Txurdinaga)",
      text="""Hola Gonzalo:

Te escribo para cancelar la entrevista de mañana a las 9:30. El comité de dirección tiene que revisar la estructura de los polideportivos y nos ha pedido parar las entrevistas unos días.

En cuanto tengamos nueva fecha te lo comunico. Siento las molestias.

Amaia
"""),
    m(n="kirolgune_suspended", kind="rejection", lang="es", company="Kirolgune",
      contact="amaia.zubizarreta@kirolgune.example.eus", frm=AMAIA,
      parent="kirolgune_cancelled", quote="wrote", date="2026-06-01 12:15",
      subject="Re: Kirolgune – entrevista para Responsable de Instalación (Txurdinaga)",
      text="""Hola Gonzalo:

Como te adelanté, la dirección ha estado revisando la organización de los centros. Finalmente ha decidido suspender el proceso de selección de Responsable de Instalación de Txurdinaga y cubrir las funciones con el equipo actual, por lo que no seguiremos adelante con las entrevistas.

Gracias por tu interés y tu paciencia. Te deseamos mucha suerte.

Un saludo,
Amaia Zubizarreta
Kirolgune
"""),
]

# --------------------------------------------------------------------------------------------
# M. Gimnasios Pulso (Madrid), via Workday: es
M = [
    m(n="pulso_ack_workday", kind="application_received", lang="es", company="Gimnasios Pulso",
      frm=("Gimnasios Pulso", "pulso@myworkday.com"), date="2026-01-20 06:12", tz="UTC",
      cs="windows-1252", cte="quoted-printable",
      subject="Gimnasios Pulso: confirmación de tu solicitud R-10482",
      text="""Hola Gonzalo Urquiza Ferreira:

Gracias por enviar tu solicitud para el puesto R-10482 Responsable de Actividades Acuáticas – Pulso Madrid Chamberí.

Tu solicitud se ha recibido correctamente. Puedes consultar su estado en cualquier momento desde la sección «Mis solicitudes» de nuestro portal de empleo.

Atentamente,
Talento · Gimnasios Pulso

Este es un mensaje generado automáticamente. No respondas a este correo.
"""),
    m(n="pulso_rejection_workday", kind="rejection", lang="es", company="Gimnasios Pulso",
      frm=("Gimnasios Pulso", "pulso@myworkday.com"), parent="pulso_ack_workday",
      date="2026-02-16 06:40", tz="UTC", cs="windows-1252", cte="quoted-printable",
      subject="Actualización sobre tu solicitud R-10482",
      text="""Hola Gonzalo:

Gracias por tu interés en el puesto R-10482 Responsable de Actividades Acuáticas – Pulso Madrid Chamberí y por el tiempo dedicado a tu solicitud.

Tras revisar detenidamente todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil se ajusta mejor a los requisitos de esta posición.

Te animamos a seguir consultando nuestras ofertas en el portal de empleo.

Un saludo,
Talento · Gimnasios Pulso
"""),
]

MESSAGES = [*A, *B, *C, *D, *E, *F, *G, *H, *I_, *J, *K, *M]
