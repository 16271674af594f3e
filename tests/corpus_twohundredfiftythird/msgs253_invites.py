# ruff: noqa: C408  (every message is written as a dict(...) call: keyword names read as a form)
"""Corpus 253, interviews: 26 invitations (es 13, en 6, fr 4, de 3), 15 reschedules or
cancellations (es 7, en 4, fr 2, de 2) and 10 missed-interview notices (es 5, en 2, fr 1,
de 2), all hand-written."""

from __future__ import annotations

from msgs253_common import (
    ME,
    ats_card,
    button,
    forward_block,
    mso,
    outlook_html,
    page,
    paragraphs,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

INIGO = ("Íñigo Salcedo", "inigo.salcedo@ortoduran.example.es")
ORTODURAN_SIG = (
    "Íñigo Salcedo\n"
    "Talent Acquisition Partner\n"
    "Ortoduran Dental Systems S.L.\n"
    "C/ Julián Camarillo 29, 28037 Madrid\n"
    "T. +34 913 270 455 · M. +34 655 201 774"
)

# ================================================================ invitations: Spanish (13)

add(dict(
    kind="interview_invitation", name="ortoduran_panel_calendar", lang="es",
    company="Ortoduran Dental Systems", contact="inigo.salcedo@ortoduran.example.es",
    frm=INIGO, subject="Entrevista con el equipo comercial – jueves 19 de febrero",
    date="2026-02-12 11:30 +0100", id="ortoduran_invite", parent="ortoduran_ack",
    text=(
        "Hola Consuelo:\n\n"
        "Gracias por tu candidatura al puesto de Delegada Comercial Implantología. Nos "
        "gustaría conocerte en persona: te enviamos una invitación para una entrevista con "
        "Beatriz Llorente (Jefa de Ventas Zona Centro) y conmigo.\n\n"
        "Cuándo: jueves 19 de febrero, de 10:00 a 11:00\n"
        "Dónde: nuestras oficinas de Julián Camarillo 29, 3.ª planta (pregunta en "
        "recepción por mí)\n\n"
        "Te pediremos que presentes en diez minutos cómo explicarías a un odontólogo las "
        "ventajas de un implante de conexión cónica. Acepta la invitación del calendario "
        "para confirmarnos tu asistencia.\n\n"
        "Un saludo,\n" + ORTODURAN_SIG + "\n"
    ),
    html=outlook_html(mso(
        "Hola Consuelo:\n\n"
        "Gracias por tu candidatura al puesto de Delegada Comercial Implantología. Nos "
        "gustaría conocerte en persona: te enviamos una invitación para una entrevista con "
        "Beatriz Llorente (Jefa de Ventas Zona Centro) y conmigo.\n\n"
        "Cuándo: jueves 19 de febrero, de 10:00 a 11:00\n"
        "Dónde: nuestras oficinas de Julián Camarillo 29, 3.ª planta (pregunta en "
        "recepción por mí)\n\n"
        "Te pediremos que presentes en diez minutos cómo explicarías a un odontólogo las "
        "ventajas de un implante de conexión cónica. Acepta la invitación del calendario "
        "para confirmarnos tu asistencia.\n\n"
        "Un saludo,\n" + ORTODURAN_SIG
    )),
    cte="quoted-printable", html_cte="quoted-printable",
    ics=dict(method="REQUEST", uid="ortoduran-entrevista-7731@ortoduran.example.es", seq=0,
             start="2026-02-19 10:00 +0100", minutes=60,
             summary="Entrevista Delegada Comercial Implantología – Consuelo Baptiste-Reinholt",
             location="Ortoduran Dental Systems, C/ Julián Camarillo 29, 3.ª planta, Madrid",
             description="Entrevista con Beatriz Llorente e Íñigo Salcedo. Presentación de 10 "
                         "minutos.", organizer=INIGO,
             attendees=[ME, ("Beatriz Llorente", "beatriz.llorente@ortoduran.example.es")]),
    ics_in="alt",
))

add(dict(
    kind="interview_invitation", name="farmavia_phone_screen_greenhouse", lang="es",
    company="Farmavía Laboratorios", contact="lucia.prieto@farmavia.example.es",
    frm=("Lucía Prieto via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Lucía Prieto", "lucia.prieto@farmavia.example.es"),
    subject="Farmavía – ¿hablamos por teléfono?",
    date="2026-01-21 12:02 +0100", id="farmavia_screen", parent="farmavia_ack",
    text=(
        "Hola Consuelo,\n\n"
        "Soy Lucía, del equipo de selección de Farmavía Laboratorios. He leído tu CV para la "
        "vacante de Visitadora Médica Madrid Norte y me gustaría tener una primera "
        "conversación telefónica de unos 20 minutos contigo.\n\n"
        "Puedes escoger el hueco que mejor te venga aquí:\n"
        "https://app.greenhouse.io/scheduling/farmavia/8f2c91d0-candidate\n\n"
        "Si ninguno te encaja, responde a este correo y lo buscamos.\n\n"
        "¡Gracias!\n"
        "Lucía Prieto\n"
        "Talent Acquisition · Farmavía Laboratorios\n"
    ),
))

add(dict(
    kind="interview_invitation", name="sonrisa_casual_thursday", lang="es",
    company="Clínicas Sonrisa Plena", contact="berta.quiles@sonrisaplena.example.es",
    frm=("Berta Quiles", "berta.quiles@sonrisaplena.example.es"),
    subject="¿Tienes un rato el jueves?",
    date="2026-03-09 18:21 +0100", id="sonrisa_invite",
    text=(
        "Hola Consuelo,\n\n"
        "Me pasó tu CV Jaime, el de la clínica de Santa Bárbara. Estamos buscando a alguien "
        "que coordine la relación con las mutuas y los laboratorios en nuestras cuatro "
        "clínicas de Toledo, y tu perfil me encaja.\n\n"
        "¿Te vendría bien el jueves 12 a las 10:00 para charlar media hora por Teams? Te paso "
        "el enlace:\n"
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SonrisaPlena0312\n\n"
        "Si no puedes, dime otra hora y nos apañamos.\n\n"
        "Berta Quiles\n"
        "Dirección de Operaciones · Clínicas Sonrisa Plena\n"
        "Tel. 925 28 64 10\n"
    ),
))

add(dict(
    kind="interview_invitation", name="medisur_panel_ics_attached", lang="es",
    company="Medisur Distribución Hospitalaria", contact="sergio.lacasa@medisur.example.es",
    frm=("Sergio Lacasa", "sergio.lacasa@medisur.example.es"),
    subject="Convocatoria: entrevista panel – Técnica Comercial Guadalajara",
    date="2026-04-14 09:07 +0200", id="medisur_invite", parent="medisur_ack",
    charset="iso-8859-1", cte="8bit",
    text=(
        "Buenos días, Consuelo:\n\n"
        "Nos complace convocarte a la entrevista de panel para el puesto de Técnica "
        "Comercial en Guadalajara. Estarán presentes Olga Merino (Dirección Comercial), "
        "Tomás Ibarra (Producto) y yo.\n\n"
        "Fecha: martes 21 de abril de 2026, 10:00 h\n"
        "Lugar: Medisur, Av. de Castilla 11, Polígono del Henares, Guadalajara\n"
        "Duración aproximada: 75 minutos\n\n"
        "Adjunto la convocatoria en formato calendario (invitacion.ics). Trae, por favor, tu "
        "DNI/NIE y una copia de tu titulación de Técnico Superior en Higiene Bucodental.\n\n"
        "Atentamente,\n"
        "Sergio Lacasa\n"
        "Responsable de Selección\n"
        "Medisur Distribución Hospitalaria, S.A.\n"
        "949 88 02 14\n"
    ),
    ics=dict(method="REQUEST", uid="medisur-panel-2026-0421@medisur.example.es", seq=0,
             start="2026-04-21 10:00 +0200", minutes=75,
             summary="Entrevista panel – Técnica Comercial Guadalajara",
             location="Medisur, Av. de Castilla 11, Guadalajara",
             organizer=("Sergio Lacasa", "sergio.lacasa@medisur.example.es"),
             filename="invitacion.ics"),
    ics_in="attach",
))

add(dict(
    kind="interview_invitation", name="talentia_meridiano_client_meeting", lang="es",
    company="Implantes Meridiano", contact="raul.ocana@talentia-ett.example.es",
    frm=("Raúl Ocaña | Talentia ETT", "raul.ocana@talentia-ett.example.es"),
    subject="Entrevista con Implantes Meridiano el martes 3",
    date="2026-02-24 13:40 +0100", id="meridiano_invite", parent="talentia_registered",
    text=(
        "Hola Consuelo:\n\n"
        "¡Buenas noticias! Implantes Meridiano quiere conocerte para la posición de "
        "Asesora Técnico-Comercial que te comenté. Te he cerrado entrevista con su director "
        "regional, Félix Aranda:\n\n"
        "- Martes 3 de marzo a las 9:30\n"
        "- Sus oficinas: C/ Ronda de Poniente 6, Tres Cantos (hay parking de visitas)\n"
        "- Formato: presencial, unos 45 minutos\n\n"
        "Llévate el CV impreso y repásate su gama de implantes cortos, que les encanta "
        "preguntar por ella. Llámame mañana y lo preparamos juntos.\n\n"
        "Un saludo,\n"
        "Raúl Ocaña\n"
        "Consultor de selección · Talentia ETT\n"
        "Tel. 910 402 377 · Móvil 622 18 44 90\n"
    ),
))

add(dict(
    kind="interview_invitation", name="halcon_biosutura_client_interview", lang="es",
    company="BioSutura", contact="carmen.ribas@halconribas.example.es",
    frm=("Carmen Ribas", "carmen.ribas@halconribas.example.es"),
    subject="BioSutura: entrevista con el Director de Ventas",
    date="2026-05-19 10:11 +0200", id="biosutura_invite", parent="halcon_cold",
    text=reply(
        "Consuelo, buenos días:\n\n"
        "Tras nuestra conversación, he presentado tu candidatura a BioSutura y el Director "
        "de Ventas Iberia, Martín Echegaray, quiere entrevistarte. Te propongo el martes 26 "
        "de mayo a las 12:00 en su sede de la calle Alcalá 265. Si te encaja, confírmamelo "
        "y le envío tu disponibilidad.\n\n"
        "Carmen Ribas\n"
        "Halcón & Ribas Executive Search\n"
        "Paseo de la Castellana 121, 28046 Madrid · +34 914 170 633",
        "El mié, 6 may 2026 a las 20:14, Consuelo Baptiste-Reinholt "
        "<consuelo.br@example.cl> escribió:",
        "Hola Carmen, gracias por pensar en mí. Sí, me interesa conocer más sobre la "
        "posición. ¿Cuándo podríamos hablar?\nConsuelo",
    ),
))

_alm = (
    "Estimada Consuelo:\n\n"
    "Has superado la fase de entrevistas para el puesto de Visitadora Médica – Área "
    "Odontología en Toledo. Te invitamos a nuestra jornada de evaluación (assessment "
    "centre), en la que participarán otras cinco personas candidatas.\n\n"
    "Fecha: jueves 10 de septiembre de 2026\n"
    "Horario: de 9:00 a 14:00\n"
    "Lugar: Laboratorios Almenara, Calle Río Jarama 132, Polígono Santa María de Benquerencia, "
    "Toledo\n\n"
    "La jornada incluye una simulación de visita a un odontólogo, una dinámica de grupo y "
    "una entrevista individual con la Dirección de Ventas. Confirma tu asistencia "
    "respondiendo a este correo antes del lunes.\n\n"
    "Un cordial saludo,\n"
    "Gloria Navas\n"
    "Selección y Desarrollo · Laboratorios Almenara\n"
    "925 24 55 90"
)
add(dict(
    kind="interview_invitation", name="almenara_assessment_centre", lang="es",
    company="Laboratorios Almenara", contact="gloria.navas@almenara.example.es",
    frm=("Gloria Navas", "gloria.navas@almenara.example.es"),
    subject="Invitación a la jornada de evaluación – 10 de septiembre",
    date="2026-09-02 12:45 +0200", id="almenara_invite",
    text=_alm, html=page(paragraphs(_alm), lang="es"),
    cte="base64", html_cte="base64",
))

add(dict(
    kind="interview_invitation", name="nexomed_teamtailor_pick_slot", lang="es",
    company="Nexomed Soluciones", contact="marta.lueje@nexomed.example.es",
    frm=("Marta Lueje (Nexomed)", "no-reply@teamtailor-mail.com"),
    reply_to=("Marta Lueje", "marta.lueje@nexomed.example.es"),
    subject="Reserva tu entrevista con Nexomed",
    date="2026-03-31 10:00 +0200", id="nexomed_link", parent="nexomed_cv",
    html=ats_card("Nexomed Soluciones", paragraphs(
        "Hola Consuelo,\n\n"
        "Queremos conocerte mejor. Elige en el calendario el momento que prefieras para una "
        "videoentrevista de 30 minutos con Marta Lueje y el jefe de producto de "
        "implantología.") + button("Elegir horario",
        "https://nexomed.teamtailor.com/meetings/book/3c71e0b2") + paragraphs(
        "Los huecos disponibles son del 6 al 10 de abril. Si tienes cualquier duda, responde "
        "a este correo."),
        "Nexomed Soluciones · C/ Albasanz 16, 28037 Madrid · Enviado con Teamtailor",
        accent="#0f766e", lang="es"),
))

add(dict(
    kind="interview_invitation", name="medilink_agendar_videollamada", lang="es",
    company="Medilink Andina", contact="francisca.rojas@medilinkandina.example.cl",
    frm=("Francisca Rojas", "francisca.rojas@medilinkandina.example.cl"),
    subject="Agendemos una videollamada – Ejecutiva de Ventas Madrid",
    date="2026-05-18 09:30 -0400", id="medilink_invite",
    text=(
        "Hola Consuelo, ¿cómo estás?\n\n"
        "Revisamos tu postulación y nos encantaría conversar contigo. Te propongo agendar "
        "una videollamada por Zoom el jueves 21 de mayo a las 16:00 hora de Madrid (10:00 de "
        "Santiago). Ahí te cuento del cargo, la cartera de clientes y los próximos pasos.\n\n"
        "Enlace: https://zoom.us/j/8841203377?pwd=medilink\n\n"
        "Quedo atenta a tu confirmación. Si te acomoda otro horario, me avisas no más.\n\n"
        "Saludos,\n"
        "Francisca Rojas M.\n"
        "Analista de Reclutamiento · Medilink Andina\n"
        "+56 9 7612 4410\n"
    ),
))

add(dict(
    kind="interview_invitation", name="dentalia_trial_day", lang="es",
    company="Dentalia Castilla", contact="noelia.barrio@dentaliacastilla.example.es",
    frm=("Noelia Barrio", "noelia.barrio@dentaliacastilla.example.es"),
    subject="Día de prueba en la clínica de Toledo",
    date="2026-04-13 16:55 +0200", id="dentalia_trial",
    charset="windows-1252", cte="quoted-printable",
    text=(
        "Hola Consuelo:\n\n"
        "Como te adelanté por teléfono, para el puesto de asesora de producto nos gusta "
        "que las candidatas pasen un día con nosotras. ¿Te vendría bien venir el jueves 16 "
        "de abril a la clínica de la avenida de Europa, de 9:00 a 15:00? Acompañarás a Sonia en "
        "las visitas de los proveedores y harás una pequeña presentación de un producto al "
        "final.\n\n"
        "La jornada está remunerada según convenio. Contéstame y te lo dejo cerrado.\n\n"
        "Noelia Barrio\n"
        "Coordinación de Personas – Dentalia Castilla\n"
        "925 11 80 40\n"
    ),
))

_cre = (
    "Estimada Consuelo:\n\n"
    "Nos alegra comunicarte que has pasado a la fase de entrevistas para el puesto de "
    "Medical Sales Representative – Madrid Sur.\n\n"
    "Selecciona tu horario para una entrevista por vídeo de 45 minutos con la Gerente de "
    "Distrito a través del siguiente enlace. El enlace caduca en 5 días."
)
add(dict(
    kind="interview_invitation", name="crescendo_icims_schedule_html", lang="es",
    company="Crescendo Pharma España", contact="",
    frm=("Crescendo Pharma España", "crescendo@icims.com"),
    subject="Programa tu entrevista – Medical Sales Representative",
    date="2026-06-25 08:15 +0000", id="crescendo_invite", parent="crescendo_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Crescendo Pharma España", paragraphs(_cre) + button(
        "Programar entrevista",
        "https://careers-crescendopharma.icims.com/jobs/2026-0412/schedule?hashed=-43110",
        accent="#6a1b9a") + paragraphs(
        "Si tienes problemas técnicos, contacta con nuestro equipo a través del portal de "
        "candidaturas."), "Este mensaje se ha generado automáticamente. No respondas.",
        accent="#6a1b9a", lang="es"),
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="ribera_phone_screen_reply_chain", lang="es",
    company="Grupo Clínico Ribera Norte", contact="pablo.irigoyen@riberanorte.example.es",
    frm=("Pablo Irigoyen", "pablo.irigoyen@riberanorte.example.es"),
    subject="Re: Candidatura – Delegada de relación con clínicas",
    date="2026-07-06 11:18 +0200", id="ribera_invite",
    parent="<CAKx7Qm3bQe70wRt@mail.example.cl>",
    text=reply(
        "Hola Consuelo,\n\n"
        "Gracias por escribirnos. Me gustaría hacerte una primera llamada para conocerte: "
        "¿te va bien el jueves 9 a las 10:00? Te llamo yo al móvil que pones en el CV "
        "(+34 611 48 22 09). Si prefieres otra hora dímelo.\n\n"
        "Pablo Irigoyen\n"
        "Responsable de Expansión · Grupo Clínico Ribera Norte\n"
        "C/ Bravo Murillo 377, 28020 Madrid",
        "El jue, 2 jul 2026 a las 22:41, Consuelo Baptiste-Reinholt "
        "<consuelo.br@example.cl> escribió:",
        "Buenas noches:\n\n"
        "Os envío mi candidatura para el puesto de Delegada de relación con clínicas que "
        "publicasteis en vuestra web. Adjunto mi CV; llevo ocho años como asistente dental "
        "y me gustaría dar el salto al área comercial.\n\n"
        "Un saludo,\nConsuelo Baptiste-Reinholt",
    ),
))

_hisp_fwd = (
    "Hola Bea, ¿puedes cerrar con la candidata Consuelo Baptiste-Reinholt una videollamada "
    "con Nacho para el martes 6 a las 17:00? Puesto: Comercial Dental Madrid Este. Enlace de "
    "Meet: https://meet.google.com/hsp-medr-xyz\n\nGracias,\nAmparo"
)
add(dict(
    kind="interview_invitation", name="hispamed_forwarded_invite", lang="es",
    company="Distribuciones Hispamed", contact="ignacio.vera@hispamed.example.es",
    frm=("Ignacio Vera", "ignacio.vera@hispamed.example.es"),
    subject="Fwd: Videollamada candidata Comercial Dental",
    date="2026-10-01 13:02 +0200", id="hispamed_invite",
    text=(
        "Hola Consuelo, te reenvío lo que me pasó Amparo de RR. HH. para que lo tengas "
        "directamente: nos vemos por Meet el martes 6 de octubre a las 17:00. Soy el "
        "responsable de la zona y te haré la entrevista yo. ¡Hasta el martes!\n\n"
        "Nacho Vera\n"
        "Jefe de Zona Madrid Este · Distribuciones Hispamed\n"
        "Móvil 639 04 71 55\n\n"
        + forward_block("es", "Amparo Gil <amparo.gil@hispamed.example.es>",
                        "mié, 30 sept 2026, 18:22", "Videollamada candidata Comercial Dental",
                        "Beatriz Moya <beatriz.moya@hispamed.example.es>, Ignacio Vera "
                        "<ignacio.vera@hispamed.example.es>", _hisp_fwd)
    ),
))

# ================================================================ invitations: English (6)

add(dict(
    kind="interview_invitation", name="atlantico_lever_first_interview", lang="en",
    company="Atlântico MedTech", contact="joana.sequeira@atlantico-medtech.example.pt",
    frm=("Joana Sequeira via Lever", "no-reply@hire.lever.co"),
    reply_to=("Joana Sequeira", "joana.sequeira@atlantico-medtech.example.pt"),
    subject="Interview invitation: Clinical Sales Specialist (Lisbon)",
    date="2026-02-20 10:05 +0000", id="atlantico_invite", parent="atlantico_ack",
    text=(
        "Hi Consuelo,\n\n"
        "Thanks for applying to Atlântico MedTech! We'd like to invite you to a first "
        "interview for the Clinical Sales Specialist role with me and Miguel Antunes, our "
        "Head of Sales for Portugal and Spain.\n\n"
        "When: Thursday 26 February, 14:00-14:45 Lisbon time (15:00 Madrid)\n"
        "Where: Google Meet - https://meet.google.com/atl-cssp-026\n\n"
        "The conversation will be in English. Please reply to confirm, or suggest another "
        "time that week.\n\n"
        "Best,\n"
        "Joana\n\n"
        "Sent via Lever on behalf of Atlântico MedTech\n"
    ),
))

add(dict(
    kind="interview_invitation", name="tejo_ashby_self_schedule", lang="en",
    company="Tejo Diagnostics", contact="",
    frm=("Tejo Diagnostics Recruiting", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Tejo Diagnostics",
    date="2026-04-08 14:20 +0100", id="tejo_invite",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Consuelo,\n\n"
        "Congratulations - the team would like to move you forward for the Sales "
        "Representative, Dental Imaging role. Please use the link below to book a 45-minute "
        "video interview with Sofia Albuquerque, Commercial Lead.\n\n"
        "Book a time: https://jobs.ashbyhq.com/tejo-diagnostics/interviews/b81f6e2a\n\n"
        "Available slots are between 13 and 17 April.\n\n"
        "Tejo Diagnostics Recruiting\n"
    ),
    html=ats_card("Tejo Diagnostics", paragraphs(
        "Hi Consuelo,\n\nCongratulations - the team would like to move you forward for the "
        "Sales Representative, Dental Imaging role. Please use the button below to book a "
        "45-minute video interview with Sofia Albuquerque, Commercial Lead.") + button(
        "Book a time", "https://jobs.ashbyhq.com/tejo-diagnostics/interviews/b81f6e2a",
        accent="#3b3b98") + paragraphs("Available slots are between 13 and 17 April."),
        "Powered by Ashby", accent="#3b3b98", lang="en"),
))

add(dict(
    kind="interview_invitation", name="harrowgate_phone_screen_ask", lang="en",
    company="Harrowgate Dental Supplies", contact="dev.malhotra@harrowgate-dental.example.co.uk",
    frm=("Dev Malhotra", "dev.malhotra@harrowgate-dental.example.co.uk"),
    subject="Phone screen - Field Sales Executive",
    date="2026-06-02 09:14 +0100", id="harrowgate_invite",
    text=(
        "Hi Consuelo,\n\n"
        "I'm the recruiter looking after our Field Sales Executive vacancy for North London. "
        "Your CV stood out because of your chairside experience. Could we do a 20-minute "
        "phone screen on Thursday 4 June at 10:00 UK time? I'll call the Spanish mobile on "
        "your CV.\n\n"
        "Cheers,\n"
        "Dev Malhotra\n"
        "Talent Acquisition | Harrowgate Dental Supplies\n"
        "Unit 7, Brent Park, London NW10 0RJ\n"
        "020 8451 6672\n"
    ),
))

add(dict(
    kind="interview_invitation", name="kestrel_orbis_client_interview", lang="en",
    company="Orbis Implant", contact="harriet.cole@kestrelsearch.example.co.uk",
    frm=("Harriet Cole", "harriet.cole@kestrelsearch.example.co.uk"),
    cc=[("Tom Ellery", "tom.ellery@kestrelsearch.example.co.uk")],
    subject="Interview confirmed: Orbis Implant, Wed 8 July",
    date="2026-07-01 15:32 +0100", id="orbis_invite", parent="kestrel_ack",
    text=(
        "Hi Consuelo,\n\n"
        "Great news - Orbis Implant would like to meet you for the Territory Manager, Spain "
        "and Portugal role. I've pencilled in the following with their Commercial Director, "
        "Priya Nair:\n\n"
        "Wednesday 8 July, 11:00 UK / 12:00 Madrid\n"
        "Microsoft Teams (link to follow from Orbis directly)\n"
        "Competency-based, around an hour\n\n"
        "Can you confirm you're available? I'll send some prep notes on their product range "
        "tomorrow.\n\n"
        "Best,\n"
        "Harriet\n\n"
        "Harriet Cole | Principal Consultant\n"
        "Kestrel Search Partners | 12 Bloomsbury Way, London WC1A 2SH\n"
        "+44 20 7946 0231\n\n"
        "Kestrel Search Partners Ltd is registered in England and Wales (No. 10448712). This "
        "email is confidential and may be legally privileged.\n"
    ),
))

_lum = (
    "Dear Consuelo,\n\n"
    "Thank you for your application for Graduate Medical Sales Representative. We are "
    "delighted to invite you to our assessment centre in London.\n\n"
    "Date: Thursday 13 August 2026\n"
    "Time: 09:30 to 15:30 (lunch provided)\n"
    "Venue: Lumen Oral Care, 40 Great Suffolk Street, London SE1 0UG\n\n"
    "The day includes a role-play sales call, a group exercise and a final interview with "
    "two members of the leadership team. A calendar invitation is attached; please accept "
    "it to confirm your place.\n\n"
    "Kind regards,\n"
    "Eleanor Marsh\n"
    "Early Careers Recruitment, Lumen Oral Care"
)
add(dict(
    kind="interview_invitation", name="lumen_assessment_centre_ics", lang="en",
    company="Lumen Oral Care", contact="eleanor.marsh@lumenoralcare.example.co.uk",
    frm=("Eleanor Marsh via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Eleanor Marsh", "eleanor.marsh@lumenoralcare.example.co.uk"),
    subject="Assessment centre invitation - Lumen Oral Care",
    date="2026-08-04 12:00 +0100", id="lumen_invite",
    text=_lum, html=ats_card("Lumen Oral Care", paragraphs(_lum), accent="#0077b6", lang="en"),
    ics=dict(method="REQUEST", uid="lumen-ac-20260813-cbr@lumenoralcare.example.co.uk",
             seq=0, start="2026-08-13 09:30 +0100", minutes=360,
             summary="Lumen Oral Care assessment centre",
             location="40 Great Suffolk Street, London SE1 0UG",
             organizer=("Eleanor Marsh", "eleanor.marsh@lumenoralcare.example.co.uk")),
    ics_in="both",
))

add(dict(
    kind="interview_invitation", name="solent_free_thursday_chat", lang="en",
    company="Solent Ortho", contact="gareth.price@solentortho.example.co.uk",
    frm=("Gareth Price", "gareth.price@solentortho.example.co.uk"),
    subject="free Thursday?",
    date="2026-04-20 20:47 +0100", id="solent_invite",
    text=(
        "Hi Consuelo,\n\n"
        "Got your details from Kate at the BDTA fair. Are you free Thursday afternoon to "
        "chat about the sales role in my team? Nothing formal - a video call around 3pm, "
        "maybe 40 minutes. Let me know and I'll send a link.\n\n"
        "Gareth\n\n"
        "Sent from my iPhone\n"
    ),
))

# ================================================================ invitations: French (4)

GARONNE_RH = ("Hélène Castex", "helene.castex@garonne-medical.example.fr")
add(dict(
    kind="interview_invitation", name="garonne_entretien_calendar", lang="fr",
    company="Garonne Médical", contact="helene.castex@garonne-medical.example.fr",
    frm=GARONNE_RH, name_cs=("iso-8859-1", "B"),
    subject="Invitation à un entretien – Délégué(e) commercial(e) Toulouse",
    subj_cs=("utf-8", "B"),
    date="2026-03-10 14:12 +0100", id="garonne_invite", parent="garonne_ack",
    text=(
        "Bonjour Madame Baptiste-Reinholt,\n\n"
        "Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un "
        "entretien pour le poste de Délégué(e) commercial(e) dispositifs dentaires.\n\n"
        "Date : mardi 17 mars 2026 à 14h00\n"
        "Lieu : Garonne Médical, 5 avenue Didier Daurat, 31400 Toulouse\n"
        "Interlocuteurs : Hélène Castex (RH) et Laurent Guiraud (Directeur régional)\n\n"
        "Vous trouverez ci-joint l'invitation à ajouter à votre agenda. Merci de nous "
        "confirmer votre présence.\n\n"
        "Bien cordialement,\n"
        "Hélène Castex\n"
        "Chargée de recrutement\n"
        "Garonne Médical SA – 05 62 47 30 18\n"
    ),
    cte="quoted-printable",
    ics=dict(method="REQUEST", uid="gm-entretien-31417@garonne-medical.example.fr", seq=0,
             start="2026-03-17 14:00 +0100", minutes=60,
             summary="Entretien – Délégué(e) commercial(e) – C. Baptiste-Reinholt",
             location="5 avenue Didier Daurat, 31400 Toulouse", organizer=GARONNE_RH,
             cte="quoted-printable"),
    ics_in="alt",
))

add(dict(
    kind="interview_invitation", name="pastelier_entretien_telephonique", lang="fr",
    company="Laboratoires Pastelier", contact="julien.arnaud@pastelier.example.fr",
    frm=("Julien Arnaud", "julien.arnaud@pastelier.example.fr"),
    subject="Entretien téléphonique – Visiteuse médicale Occitanie",
    date="2026-05-11 11:20 +0200", id="pastelier_invite", parent="pastelier_ack",
    text=(
        "Bonjour Consuelo,\n\n"
        "Je suis Julien Arnaud, chargé de recrutement chez Laboratoires Pastelier. Votre "
        "profil a retenu notre attention pour le poste de visiteuse médicale sur le secteur "
        "Toulouse Sud.\n\n"
        "Je vous propose un premier entretien téléphonique de 30 minutes le mercredi 13 mai "
        "à 11h00. Je vous appellerai au numéro indiqué dans votre CV. Pouvez-vous me "
        "confirmer que ce créneau vous convient ?\n\n"
        "Belle journée,\n"
        "Julien Arnaud\n"
        "Laboratoires Pastelier – 18 chemin de la Flambère, 31300 Toulouse\n"
        "Tél. : 05 61 59 72 04\n"
    ),
))

add(dict(
    kind="interview_invitation", name="clinident_visio", lang="fr",
    company="Clinident Sud-Ouest", contact="amelie.roux@clinident-so.example.fr",
    frm=("Amélie Roux", "amelie.roux@clinident-so.example.fr"),
    reply_to=("Amélie Roux", "amelie.roux@clinident-so.example.fr"),
    subject="Votre candidature chez Clinident : entretien en visio jeudi",
    date="2026-06-08 17:35 +0200", id="clinident_invite",
    html=page(
        "<p>Bonjour Consuelo,</p>"
        "<p>Merci pour votre candidature au poste de <b>responsable des partenariats "
        "fournisseurs</b>. Je vous propose un entretien en visio le <b>jeudi 11 juin à "
        "9h30</b> (durée : 40 minutes).</p>"
        "<p>Lien de connexion : <a href=\"https://whereby.com/clinident-rh\">"
        "https://whereby.com/clinident-rh</a></p>"
        "<p>Pensez à vérifier votre micro et votre caméra avant l'entretien.</p>"
        "<p>À jeudi,<br>Amélie Roux<br>Ressources humaines - Clinident Sud-Ouest<br>"
        "47 route de Narbonne, 31400 Toulouse</p>", lang="fr"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", name="biolabs_panel_calendar", lang="fr",
    company="Biolabs Capitole", contact="cecile.marty@biolabs-capitole.example.fr",
    frm=("Cécile Marty", "cecile.marty@biolabs-capitole.example.fr"),
    subject="Entretien jury – Chargée de clientèle cabinets dentaires",
    date="2026-07-02 09:40 +0200", id="biolabs_panel",
    text=(
        "Bonjour Consuelo,\n\n"
        "J'ai le plaisir de vous inviter à un entretien devant un jury de trois personnes "
        "(RH, direction commerciale et une responsable grands comptes) le jeudi 9 juillet à "
        "10h00 dans nos locaux de Montaudran.\n\n"
        "Merci de préparer une présentation de 15 minutes sur la manière dont vous "
        "aborderiez un cabinet dentaire qui ne nous connaît pas encore. L'invitation "
        "calendrier est jointe à ce message.\n\n"
        "Cordialement,\n"
        "Cécile Marty\n"
        "Responsable RH – Biolabs Capitole\n"
        "3 rue des Satellites, 31400 Toulouse – 05 34 40 12 66\n"
    ),
    ics=dict(method="REQUEST", uid="biolabs-jury-0709@biolabs-capitole.example.fr", seq=0,
             start="2026-07-09 10:00 +0200", minutes=90,
             summary="Entretien jury – C. Baptiste-Reinholt",
             location="Biolabs Capitole, 3 rue des Satellites, Toulouse",
             organizer=("Cécile Marty", "cecile.marty@biolabs-capitole.example.fr"),
             filename="entretien.ics", cte="base64"),
    ics_in="attach",
))

# ================================================================ invitations: German (3)

add(dict(
    kind="interview_invitation", name="mainwerk_einladung_personio", lang="de",
    company="Mainwerk Medizintechnik", contact="anja.kessler@mainwerk.example.de",
    frm=("Anja Keßler via Personio", "noreply@personio.de"),
    reply_to=("Anja Keßler", "anja.kessler@mainwerk.example.de"),
    subject="Einladung zum Vorstellungsgespräch: Außendienst Dentalprodukte",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-02-25 08:50 +0100", id="mainwerk_invite", parent="mainwerk_ack",
    text=(
        "Sehr geehrte Frau Baptiste-Reinholt,\n\n"
        "vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich kennenlernen und "
        "laden Sie zu einem Vorstellungsgespräch ein:\n\n"
        "Termin: Mittwoch, 4. März 2026, 13:30 Uhr\n"
        "Ort: Mainwerk Medizintechnik, Hanauer Landstraße 291, 60314 Frankfurt am Main\n"
        "Gesprächspartner: Anja Keßler (HR) und Uwe Lindner (Vertriebsleitung)\n\n"
        "Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail. Das Gespräch "
        "kann auf Englisch geführt werden.\n\n"
        "Mit freundlichen Grüßen\n"
        "Anja Keßler\n"
        "HR Business Partnerin\n"
        "Mainwerk Medizintechnik GmbH\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
    ics=dict(method="REQUEST", uid="mainwerk-vg-0304-cbr@mainwerk.example.de", seq=0,
             start="2026-03-04 13:30 +0100", minutes=60,
             summary="Vorstellungsgespräch Außendienst Dentalprodukte",
             location="Hanauer Landstraße 291, 60314 Frankfurt am Main",
             organizer=("Anja Keßler", "anja.kessler@mainwerk.example.de")),
    ics_in="alt",
))

add(dict(
    kind="interview_invitation", name="rheinpharm_einladung_ics_attached", lang="de",
    company="Rheinpharm", contact="t.wegener@rheinpharm.example.de",
    frm=("Tobias Wegener", "t.wegener@rheinpharm.example.de"),
    subject="Einladung: Gespräch Pharmareferentin Frankfurt",
    date="2026-07-13 14:02 +0200", id="rheinpharm_invite",
    text=(
        "Guten Tag Frau Baptiste-Reinholt,\n\n"
        "herzlichen Dank für Ihr Interesse an der Stelle als Pharmareferentin (m/w/d) im "
        "Gebiet Frankfurt-Süd. Gerne laden wir Sie zu einem ersten Gespräch mit unserer "
        "Regionalleiterin, Frau Dr. Sabine Oertel, ein.\n\n"
        "Dienstag, 21. Juli 2026, 10:00 bis 11:00 Uhr\n"
        "Rheinpharm, Lyoner Straße 14, 60528 Frankfurt am Main, Empfang Haus B\n\n"
        "Die Kalendereinladung finden Sie im Anhang. Für Rückfragen erreichen Sie mich unter "
        "069 6640 2281.\n\n"
        "Freundliche Grüße\n"
        "Tobias Wegener\n"
        "Talent Acquisition\n"
        "Rheinpharm AG\n\n"
        "Rheinpharm AG · Sitz Frankfurt am Main · Amtsgericht Frankfurt HRB 45120 · "
        "Vorstand: Dr. K. Albers (Vors.), M. Stein\n"
    ),
    ics=dict(method="REQUEST", uid="rp-gespraech-cbr-0721@rheinpharm.example.de", seq=0,
             start="2026-07-21 10:00 +0200", minutes=60,
             summary="Gespräch Pharmareferentin – Baptiste-Reinholt",
             location="Lyoner Straße 14, Haus B, Frankfurt",
             organizer=("Tobias Wegener", "t.wegener@rheinpharm.example.de"),
             filename="Einladung.ics"),
    ics_in="attach",
))

add(dict(
    kind="interview_invitation", name="taunus_helix_kundentermin", lang="de",
    company="Helix Implantat", contact="j.brenner@taunus-personal.example.de",
    frm=("Jonas Brenner", "j.brenner@taunus-personal.example.de"),
    subject="Termin bei Helix Implantat am 22.09.",
    date="2026-09-14 16:20 +0200", id="helix_invite",
    text=(
        "Hallo Frau Baptiste-Reinholt,\n\n"
        "ich freue mich: Helix Implantat möchte Sie kennenlernen. Das Gespräch mit dem "
        "Vertriebsleiter DACH, Herrn Kaiser, findet am Dienstag, 22. September, um 15:00 Uhr "
        "in Eschborn statt (Frankfurter Straße 80, 3. OG). Rechnen Sie mit etwa 90 Minuten "
        "inklusive einer kurzen Produktpräsentation.\n\n"
        "Ich rufe Sie morgen an, um die Vorbereitung durchzugehen.\n\n"
        "Beste Grüße\n"
        "Jonas Brenner\n"
        "Taunus Personalberatung · Kaiserstraße 61 · 60329 Frankfurt\n"
        "+49 69 2573 8810\n"
    ),
))

# ================================================================ reschedules: Spanish (7)

add(dict(
    kind="interview_reschedule_or_cancel", name="ortoduran_moved_sequence1", lang="es",
    company="Ortoduran Dental Systems", contact="inigo.salcedo@ortoduran.example.es",
    frm=INIGO,
    subject="Actualizado: Entrevista Delegada Comercial – viernes 20 a las 12:30",
    date="2026-02-17 16:03 +0100", id="ortoduran_moved", parent="ortoduran_invite",
    text=(
        "Hola de nuevo, Consuelo:\n\n"
        "A Beatriz le ha surgido una reunión con dirección el jueves por la mañana, así que "
        "hemos movido la entrevista al viernes 20 de febrero a las 12:30, en el mismo sitio. "
        "Te llega la invitación actualizada; si este horario no te viene bien dímelo y "
        "buscamos otro.\n\n"
        "Perdona el cambio.\n\n" + ORTODURAN_SIG + "\n"
    ),
    ics=dict(method="REQUEST", uid="ortoduran-entrevista-7731@ortoduran.example.es", seq=1,
             start="2026-02-20 12:30 +0100", minutes=60,
             summary="Entrevista Delegada Comercial Implantología – Consuelo Baptiste-Reinholt",
             location="Ortoduran Dental Systems, C/ Julián Camarillo 29, 3.ª planta, Madrid",
             organizer=INIGO,
             attendees=[ME, ("Beatriz Llorente", "beatriz.llorente@ortoduran.example.es")]),
    ics_in="alt",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="medisur_method_cancel", lang="es",
    company="Medisur Distribución Hospitalaria", contact="sergio.lacasa@medisur.example.es",
    frm=("Sergio Lacasa", "sergio.lacasa@medisur.example.es"),
    subject="Cancelado: Entrevista panel – Técnica Comercial Guadalajara",
    date="2026-04-20 13:15 +0200", id="medisur_cancel", parent="medisur_invite",
    text=(
        "Buenas tardes, Consuelo:\n\n"
        "Tenemos que anular la entrevista de mañana: Olga Merino está de viaje por una "
        "incidencia con un hospital en Zaragoza y queremos que esté en el panel. Tu "
        "candidatura sigue adelante y en cuanto tengamos agenda te proponemos una fecha "
        "nueva, seguramente la semana del 4 de mayo.\n\n"
        "Disculpa las molestias.\n\n"
        "Sergio Lacasa\n"
        "Medisur Distribución Hospitalaria\n"
    ),
    ics=dict(method="CANCEL", uid="medisur-panel-2026-0421@medisur.example.es", seq=1,
             start="2026-04-21 10:00 +0200", minutes=75,
             summary="Entrevista panel – Técnica Comercial Guadalajara",
             location="Medisur, Av. de Castilla 11, Guadalajara",
             organizer=("Sergio Lacasa", "sergio.lacasa@medisur.example.es")),
    ics_in="alt",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="almenara_assessment_moved", lang="es",
    company="Laboratorios Almenara", contact="gloria.navas@almenara.example.es",
    frm=("Gloria Navas", "gloria.navas@almenara.example.es"),
    subject="Re: Invitación a la jornada de evaluación – cambio de fecha",
    date="2026-09-07 10:02 +0200", id="almenara_moved", parent="almenara_invite",
    text=reply(
        "Hola Consuelo:\n\n"
        "Te escribo porque hemos tenido que pasar la jornada de evaluación al viernes 11 de "
        "septiembre, con el mismo horario (9:00–14:00) y en el mismo lugar. El jueves 10 "
        "coincide con una auditoría de la AEMPS en la planta y no podemos usar las salas.\n\n"
        "¿Me confirmas que puedes el viernes?\n\n"
        "Gloria Navas\n"
        "Selección y Desarrollo · Laboratorios Almenara",
        "El mié, 2 sept 2026 a las 12:45, Gloria Navas <gloria.navas@almenara.example.es> "
        "escribió:",
        "Estimada Consuelo:\n\n"
        "Has superado la fase de entrevistas para el puesto de Visitadora Médica – Área "
        "Odontología en Toledo. Te invitamos a nuestra jornada de evaluación...\n"
        "Fecha: jueves 10 de septiembre de 2026\nHorario: de 9:00 a 14:00",
    ),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="talentia_meridiano_moved", lang="es",
    company="Implantes Meridiano", contact="raul.ocana@talentia-ett.example.es",
    frm=("Raúl Ocaña | Talentia ETT", "raul.ocana@talentia-ett.example.es"),
    subject="Cambio de hora: Implantes Meridiano",
    date="2026-03-02 19:10 +0100", id="meridiano_moved", parent="meridiano_invite",
    text=(
        "Consuelo, una cosa:\n\n"
        "Félix Aranda me acaba de llamar; mañana tiene que estar en una formación en "
        "Barcelona y me pide pasar vuestra entrevista al jueves 5 de marzo a las 16:00, "
        "misma dirección en Tres Cantos. Te lo confirmo por aquí para que lo tengas por "
        "escrito. Si no puedes a esa hora, avísame esta noche.\n\n"
        "Raúl\n"
        "Talentia ETT · 622 18 44 90\n"
    ),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="crescendo_interviewer_ill", lang="es",
    company="Crescendo Pharma España", contact="nuria.casals@crescendopharma.example.es",
    frm=("Núria Casals", "nuria.casals@crescendopharma.example.es"),
    subject="Tu entrevista del jueves con Crescendo",
    subj_cs=("utf-8", "Q"),
    date="2026-07-01 08:31 +0200", id="crescendo_ill", parent="crescendo_invite",
    text=(
        "Buenos días, Consuelo:\n\n"
        "Soy Núria Casals, Gerente de Distrito. Estoy de baja unos días por una gripe "
        "bastante fuerte y no podré hacer la entrevista que tenías reservada el jueves 2 a "
        "las 11:00. Te propongo pasarla al martes 7 de julio a la misma hora; te llegará un "
        "nuevo enlace del portal.\n\n"
        "Siento mucho el cambio.\n\n"
        "Núria Casals\n"
        "District Manager Madrid Sur · Crescendo Pharma España\n"
    ),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="medilink_reagendar", lang="es",
    company="Medilink Andina", contact="francisca.rojas@medilinkandina.example.cl",
    frm=("Francisca Rojas", "francisca.rojas@medilinkandina.example.cl"),
    subject="RE: Agendemos una videollamada – nuevo horario",
    date="2026-05-20 18:05 -0400", id="medilink_resched", parent="medilink_invite",
    text=(
        "Hola Consuelo:\n\n"
        "Disculpa, necesitamos reagendar la videollamada de mañana jueves. Al gerente se le "
        "cruzó un directorio. ¿Te parece el miércoles 27 de mayo a las 16:30 hora de Madrid? "
        "Es el mismo enlace de Zoom.\n\n"
        "Cualquier cosa me escribes o me llamas al celular.\n\n"
        "Saludos,\n"
        "Francisca\n"
        "+56 9 7612 4410\n\n"
        + "_" * 32 + "\n"
        "De: Consuelo Baptiste-Reinholt <consuelo.br@example.cl>\n"
        "Enviado: lunes, 18 de mayo de 2026 12:10\n"
        "Para: Francisca Rojas <francisca.rojas@medilinkandina.example.cl>\n"
        "Asunto: Re: Agendemos una videollamada – Ejecutiva de Ventas Madrid\n\n"
        "Hola Francisca, perfecto, el jueves 21 a las 16:00 me viene bien. ¡Gracias!\n"
        "Consuelo\n"
    ),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="nexomed_meeting_called_off", lang="es",
    company="Nexomed Soluciones", contact="marta.lueje@nexomed.example.es",
    frm=("Marta Lueje", "marta.lueje@nexomed.example.es"),
    subject="Anulamos la videoentrevista del miércoles",
    date="2026-04-07 09:12 +0200", id="nexomed_cancel", parent="nexomed_link",
    text=(
        "Hola Consuelo:\n\n"
        "Te escribo para anular la videoentrevista que reservaste para mañana miércoles a "
        "las 12:00. El jefe de producto ha tenido que viajar a la fábrica de Suecia de "
        "urgencia. No es un descarte: seguimos contando contigo y te enviaré un nuevo enlace "
        "de reserva en cuanto sepa su agenda.\n\n"
        "Disculpa el cambio tan tarde.\n\n"
        "Marta Lueje – People & Culture\n"
        "Nexomed Soluciones\n"
    ),
))

# ================================================================ reschedules: English (4)

add(dict(
    kind="interview_reschedule_or_cancel", name="atlantico_interviewer_ill", lang="en",
    company="Atlântico MedTech", contact="joana.sequeira@atlantico-medtech.example.pt",
    frm=("Joana Sequeira", "joana.sequeira@atlantico-medtech.example.pt"),
    subject="Re: Interview invitation: Clinical Sales Specialist (Lisbon)",
    date="2026-02-25 17:48 +0000", id="atlantico_ill", parent="atlantico_invite",
    text=reply(
        "Hi Consuelo,\n\n"
        "Sorry for the late notice: Miguel has come down with a fever and won't be able to "
        "join tomorrow. Could we move the interview to Friday 27 February at 11:00 Lisbon "
        "time (12:00 for you)? Same Meet link.\n\n"
        "Thanks for your flexibility,\n"
        "Joana",
        "On Fri, 20 Feb 2026 at 10:05, Joana Sequeira via Lever <no-reply@hire.lever.co> "
        "wrote:",
        "Hi Consuelo,\n\n"
        "Thanks for applying to Atlântico MedTech! We'd like to invite you to a first "
        "interview for the Clinical Sales Specialist role...\n"
        "When: Thursday 26 February, 14:00-14:45 Lisbon time (15:00 Madrid)",
    ),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="lumen_updated_sequence2", lang="en",
    company="Lumen Oral Care", contact="eleanor.marsh@lumenoralcare.example.co.uk",
    frm=("Eleanor Marsh", "eleanor.marsh@lumenoralcare.example.co.uk"),
    subject="Updated invitation: Lumen Oral Care assessment centre (now Fri 14 Aug)",
    date="2026-08-10 11:26 +0100", id="lumen_moved", parent="lumen_invite",
    text=(
        "Dear Consuelo,\n\n"
        "Please note that the assessment centre has moved by one day, to Friday 14 August, "
        "same times and venue. Building works next door mean we can't use the training rooms "
        "on Thursday. The attached calendar update replaces the earlier invitation.\n\n"
        "Apologies for any inconvenience.\n\n"
        "Eleanor Marsh\n"
        "Early Careers Recruitment, Lumen Oral Care\n"
    ),
    ics=dict(method="REQUEST", uid="lumen-ac-20260813-cbr@lumenoralcare.example.co.uk",
             seq=2, start="2026-08-14 09:30 +0100", minutes=360,
             summary="Lumen Oral Care assessment centre (moved)",
             location="40 Great Suffolk Street, London SE1 0UG",
             organizer=("Eleanor Marsh", "eleanor.marsh@lumenoralcare.example.co.uk")),
    ics_in="alt",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="kestrel_orbis_time_moved", lang="en",
    company="Orbis Implant", contact="harriet.cole@kestrelsearch.example.co.uk",
    frm=("Harriet Cole", "harriet.cole@kestrelsearch.example.co.uk"),
    subject="Change of time - Orbis Implant interview",
    date="2026-07-06 09:05 +0100", id="orbis_moved", parent="orbis_invite",
    html=outlook_html(mso(
        "Morning Consuelo,\n\n"
        "Priya at Orbis has asked to push Wednesday's interview to Thursday 9 July at 14:00 "
        "UK (15:00 Madrid). Their quarterly review overran into Wednesday. Teams link stays "
        "the same. Could you let me know today if that's OK?\n\n"
        "Thanks,\nHarriet\n\n"
        "Harriet Cole | Principal Consultant | Kestrel Search Partners"
    ), lang="en"),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="quayside_greenhouse_new_time", lang="en",
    company="Quayside Medical Devices", contact="ana.pinho@quaysidemed.example.pt",
    frm=("Ana Pinho via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Ana Pinho", "ana.pinho@quaysidemed.example.pt"),
    subject="Please pick a new time for your Quayside interview",
    date="2026-09-09 15:10 +0100", id="quayside_resched",
    text=(
        "Hi Consuelo,\n\n"
        "Unfortunately our VP Sales has been called into a board meeting on Friday, so your "
        "final interview at 10:00 can no longer go ahead at that time. Nothing else "
        "changes in the process - please choose a new slot next week here:\n"
        "https://app.greenhouse.io/scheduling/quayside/reschedule/77ad2c\n\n"
        "Sorry about this,\n"
        "Ana Pinho\n"
        "People Team, Quayside Medical Devices\n"
    ),
))

# ================================================================ reschedules: French (2)

add(dict(
    kind="interview_reschedule_or_cancel", name="pastelier_entretien_reporte", lang="fr",
    company="Laboratoires Pastelier", contact="julien.arnaud@pastelier.example.fr",
    frm=("Julien Arnaud", "julien.arnaud@pastelier.example.fr"),
    subject="Report de notre entretien téléphonique",
    subj_cs=("iso-8859-1", "B"),
    date="2026-05-12 16:44 +0200", id="pastelier_moved", parent="pastelier_invite",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Bonjour Consuelo,\n\n"
        "Un séminaire commercial imprévu m'oblige à décaler notre échange de demain. "
        "Pourrions-nous le reporter au vendredi 15 mai, même heure (11h00) ? Je vous "
        "appellerai comme prévu sur votre portable.\n\n"
        "Merci de votre compréhension,\n"
        "Julien Arnaud\n"
        "Laboratoires Pastelier\n"
    ),
))

add(dict(
    kind="interview_reschedule_or_cancel", name="garonne_method_cancel", lang="fr",
    company="Garonne Médical", contact="helene.castex@garonne-medical.example.fr",
    frm=GARONNE_RH, name_cs=("iso-8859-1", "B"),
    subject="Annulé : Entretien – Délégué(e) commercial(e) – C. Baptiste-Reinholt",
    date="2026-03-16 12:30 +0100", id="garonne_cancel", parent="garonne_invite",
    text=(
        "Bonjour Madame Baptiste-Reinholt,\n\n"
        "Je suis contrainte d'annuler notre entretien de demain : M. Guiraud doit se rendre "
        "en urgence chez un client à Bordeaux. Cette annulation ne préjuge en rien de la "
        "suite donnée à votre candidature ; je reviendrai vers vous avec une nouvelle date.\n\n"
        "Veuillez nous excuser pour ce contretemps.\n\n"
        "Hélène Castex\n"
        "Chargée de recrutement – Garonne Médical\n"
    ),
    ics=dict(method="CANCEL", uid="gm-entretien-31417@garonne-medical.example.fr", seq=1,
             start="2026-03-17 14:00 +0100", minutes=60,
             summary="Entretien – Délégué(e) commercial(e) – C. Baptiste-Reinholt",
             location="5 avenue Didier Daurat, 31400 Toulouse", organizer=GARONNE_RH),
    ics_in="both",
))

# ================================================================ reschedules: German (2)

add(dict(
    kind="interview_reschedule_or_cancel", name="rheinpharm_verschoben_sequence1", lang="de",
    company="Rheinpharm", contact="t.wegener@rheinpharm.example.de",
    frm=("Tobias Wegener", "t.wegener@rheinpharm.example.de"),
    subject="Aktualisiert: Gespräch Pharmareferentin – neuer Termin 23.07.",
    date="2026-07-16 10:41 +0200", id="rheinpharm_moved", parent="rheinpharm_request",
    text=reply(
        "Guten Tag Frau Baptiste-Reinholt,\n\n"
        "gerne kommen wir Ihrem Wunsch nach: Das Gespräch mit Frau Dr. Oertel findet nun am "
        "Donnerstag, 23. Juli 2026, um 14:00 Uhr statt, Ort unverändert. Die aktualisierte "
        "Kalendereinladung ist beigefügt.\n\n"
        "Freundliche Grüße\n"
        "Tobias Wegener\n"
        "Rheinpharm AG",
        "Am 15.07.2026 um 21:03 schrieb Consuelo Baptiste-Reinholt:",
        "Sehr geehrter Herr Wegener,\n"
        "leider habe ich am 21. Juli einen Arzttermin, den ich nicht verschieben kann. Wäre "
        "ein anderer Termin in derselben Woche möglich?\n"
        "Mit freundlichen Grüßen\nConsuelo Baptiste-Reinholt",
    ),
    cte="base64",
    ics=dict(method="REQUEST", uid="rp-gespraech-cbr-0721@rheinpharm.example.de", seq=1,
             start="2026-07-23 14:00 +0200", minutes=60,
             summary="Gespräch Pharmareferentin – Baptiste-Reinholt (neuer Termin)",
             location="Lyoner Straße 14, Haus B, Frankfurt",
             organizer=("Tobias Wegener", "t.wegener@rheinpharm.example.de"),
             filename="Einladung_aktualisiert.ics"),
    ics_in="attach",
))

add(dict(
    kind="interview_reschedule_or_cancel", name="taunus_helix_abgesagt", lang="de",
    company="Helix Implantat", contact="j.brenner@taunus-personal.example.de",
    frm=("Jonas Brenner", "j.brenner@taunus-personal.example.de"),
    subject="Helix: Termin morgen fällt aus",
    date="2026-09-21 18:52 +0200", id="helix_cancel", parent="helix_invite",
    text=(
        "Hallo Frau Baptiste-Reinholt,\n\n"
        "leider muss Helix Implantat den Termin morgen um 15:00 Uhr absagen, Herr Kaiser "
        "liegt mit einem Bandscheibenvorfall im Krankenhaus. Der Prozess läuft weiter; "
        "sobald ich einen Ersatztermin habe, melde ich mich bei Ihnen.\n\n"
        "Beste Grüße\n"
        "Jonas Brenner\n"
        "Taunus Personalberatung\n"
    ),
))

# ================================================================ missed: Spanish (5)

add(dict(
    kind="missed_interview_notice", name="sonrisa_waited_on_teams", lang="es",
    company="Clínicas Sonrisa Plena", contact="berta.quiles@sonrisaplena.example.es",
    frm=("Berta Quiles", "berta.quiles@sonrisaplena.example.es"),
    subject="Re: ¿Tienes un rato el jueves?",
    date="2026-03-12 10:26 +0100", id="sonrisa_missed", parent="sonrisa_invite",
    text=reply(
        "Hola Consuelo:\n\n"
        "Te hemos estado esperando en Teams desde las 10:00 Jaime y yo, pero no te has "
        "conectado. ¿Ha pasado algo? Si quieres lo intentamos otro día, dime.\n\n"
        "Berta",
        "El lun, 9 mar 2026 a las 18:21, Berta Quiles <berta.quiles@sonrisaplena.example.es> "
        "escribió:",
        "¿Te vendría bien el jueves 12 a las 10:00 para charlar media hora por Teams?",
    ),
))

add(dict(
    kind="missed_interview_notice", name="dentalia_trial_no_show", lang="es",
    company="Dentalia Castilla", contact="noelia.barrio@dentaliacastilla.example.es",
    frm=("Noelia Barrio", "noelia.barrio@dentaliacastilla.example.es"),
    subject="Hoy no has venido al día de prueba",
    date="2026-04-16 12:05 +0200", id="dentalia_missed", parent="dentalia_trial",
    text=(
        "Hola Consuelo:\n\n"
        "Sonia te ha estado esperando en la recepción de la clínica desde las 9:00 y no has "
        "aparecido. Te he llamado a las 9:30 y a las 10:15 y el móvil salía apagado. Espero "
        "que estés bien.\n\n"
        "Cuando puedas, llámame y vemos qué hacemos.\n\n"
        "Noelia Barrio\n"
        "Coordinación de Personas – Dentalia Castilla\n"
    ),
))

add(dict(
    kind="missed_interview_notice", name="ribera_called_twice", lang="es",
    company="Grupo Clínico Ribera Norte", contact="pablo.irigoyen@riberanorte.example.es",
    frm=("Pablo Irigoyen", "pablo.irigoyen@riberanorte.example.es"),
    subject="Te he llamado a las 10:00",
    date="2026-07-09 10:22 +0200", id="ribera_missed", parent="ribera_invite",
    text=(
        "Hola Consuelo, te he intentado llamar dos veces a las 10:00 y a las 10:10 como "
        "quedamos, pero no lo cogías. Te he dejado un mensaje en el buzón. Llámame cuando "
        "puedas al 915 70 33 08.\n\n"
        "Pablo\n"
    ),
))

add(dict(
    kind="missed_interview_notice", name="medilink_no_logramos_conectar", lang="es",
    company="Medilink Andina", contact="francisca.rojas@medilinkandina.example.cl",
    frm=("Francisca Rojas", "francisca.rojas@medilinkandina.example.cl"),
    subject="No logramos conectarnos hoy",
    date="2026-05-27 11:10 -0400", id="medilink_missed", parent="medilink_resched",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Hola Consuelo:\n\n"
        "Te estuvimos esperando en el Zoom con el gerente a las 16:30 (hora de Madrid) y no "
        "alcanzaste a conectarte. También te marqué al celular, sin respuesta. Avísanos si "
        "tuviste algún problema.\n\n"
        "Saludos,\n"
        "Francisca Rojas M.\n"
        "Medilink Andina\n"
    ),
))

add(dict(
    kind="missed_interview_notice", name="hispamed_no_te_conectaste", lang="es",
    company="Distribuciones Hispamed", contact="ignacio.vera@hispamed.example.es",
    frm=("Ignacio Vera", "ignacio.vera@hispamed.example.es"),
    subject="¿Estás bien? No te vi en Meet",
    subj_cs=("iso-8859-1", "B"),
    date="2026-10-06 17:24 +0200", id="hispamed_missed", parent="hispamed_invite",
    text=(
        "Hola Consuelo,\n\n"
        "He estado en la sala de Meet de 17:00 a 17:20 y no has entrado. No sé si te llegó "
        "bien mi reenvío con el enlace. Si sigues interesada, escríbeme y buscamos otro "
        "hueco esta semana.\n\n"
        "Nacho\n"
        "Distribuciones Hispamed\n"
    ),
))

# ================================================================ missed: English (2)

add(dict(
    kind="missed_interview_notice", name="tejo_waited_on_meet", lang="en",
    company="Tejo Diagnostics", contact="sofia.albuquerque@tejo-diagnostics.example.pt",
    frm=("Sofia Albuquerque", "sofia.albuquerque@tejo-diagnostics.example.pt"),
    subject="Missed you this morning",
    date="2026-04-15 11:12 +0100", id="tejo_missed", parent="tejo_invite",
    text=(
        "Hi Consuelo,\n\n"
        "I waited on the Google Meet for our 10:30 interview until about 10:50, but you "
        "didn't join. I hope everything is alright. If something came up, reply to me here "
        "and we'll see whether we can find another time.\n\n"
        "Sofia Albuquerque\n"
        "Commercial Lead, Tejo Diagnostics\n"
        "Av. D. João II 44, 1990-095 Lisboa\n"
    ),
))

add(dict(
    kind="missed_interview_notice", name="harrowgate_tried_calling_twice", lang="en",
    company="Harrowgate Dental Supplies", contact="dev.malhotra@harrowgate-dental.example.co.uk",
    frm=("Dev Malhotra", "dev.malhotra@harrowgate-dental.example.co.uk"),
    subject="RE: Phone screen - Field Sales Executive",
    date="2026-06-04 10:27 +0100", id="harrowgate_missed", parent="harrowgate_invite",
    text=(
        "Hi Consuelo,\n\n"
        "I tried calling you twice at 10:00 and again at 10:15 on +34 611 48 22 09 but it "
        "went straight to voicemail. Let me know if there's a better number, or if you'd "
        "like to rearrange.\n\n"
        "Dev\n\n"
        "From: Dev Malhotra\n"
        "Sent: 02 June 2026 09:14\n"
        "To: Consuelo Baptiste-Reinholt\n"
        "Subject: Phone screen - Field Sales Executive\n\n"
        "Could we do a 20-minute phone screen on Thursday 4 June at 10:00 UK time?\n"
    ),
))

# ================================================================ missed: French (1)

add(dict(
    kind="missed_interview_notice", name="clinident_nous_vous_avons_attendue", lang="fr",
    company="Clinident Sud-Ouest", contact="amelie.roux@clinident-so.example.fr",
    frm=("Amélie Roux", "amelie.roux@clinident-so.example.fr"),
    subject="Entretien de ce matin",
    date="2026-06-11 10:20 +0200", id="clinident_missed", parent="clinident_invite",
    text=(
        "Bonjour Consuelo,\n\n"
        "Nous vous avons attendue ce matin sur Whereby à 9h30, en vain. Je n'ai pas réussi "
        "à vous joindre non plus par téléphone. Pouvez-vous me dire ce qui s'est passé ? "
        "Nous pourrons éventuellement convenir d'un autre créneau.\n\n"
        "Bien à vous,\n"
        "Amélie Roux\n"
        "Ressources humaines – Clinident Sud-Ouest\n"
    ),
))

# ================================================================ missed: German (2)

add(dict(
    kind="missed_interview_notice", name="dentavis_zweimal_angerufen", lang="de",
    company="Dentavis Vertrieb", contact="m.hollerbach@dentavis.example.de",
    frm=("Markus Hollerbach", "m.hollerbach@dentavis.example.de"),
    subject="Unser Telefontermin heute um 10 Uhr",
    date="2026-09-08 10:34 +0200",
    charset="windows-1252", cte="8bit",
    text=(
        "Guten Morgen Frau Baptiste-Reinholt,\n\n"
        "ich habe Sie heute zum vereinbarten Telefoninterview um 10:00 Uhr zweimal "
        "angerufen – leider ohne Erfolg, und auf die Mailbox konnte ich auch nicht sprechen. "
        "Bitte melden Sie sich, wenn Sie weiterhin Interesse an der Stelle als "
        "Gebietsverkaufsleiterin haben.\n\n"
        "Mit freundlichen Grüßen\n"
        "Markus Hollerbach\n"
        "Vertriebsleiter Süd-West\n"
        "Dentavis Vertrieb GmbH · Borsigallee 9 · 60388 Frankfurt\n"
        "Tel. 069 4209 3315\n"
    ),
))

add(dict(
    kind="missed_interview_notice", name="rheinmain_teams_gewartet", lang="de",
    company="Rhein-Main Dentalhandel", contact="s.yilmaz@rm-dentalhandel.example.de",
    frm=("Selin Yılmaz", "s.yilmaz@rm-dentalhandel.example.de"),
    subject="Heute 14 Uhr – Teams",
    date="2026-10-13 14:31 +0200",
    text=(
        "Hallo Frau Baptiste-Reinholt,\n\n"
        "wir haben ab 14:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind aber nicht "
        "dazugekommen. Ist etwas dazwischengekommen? Geben Sie mir gern Bescheid, ob wir "
        "einen neuen Termin finden sollen.\n\n"
        "Viele Grüße\n"
        "Selin Yılmaz\n"
        "Personalreferentin | Rhein-Main Dentalhandel GmbH\n"
        "Hanauer Landstraße 52 | 60314 Frankfurt\n"
    ),
))

assert len(MESSAGES) == 51, len(MESSAGES)
