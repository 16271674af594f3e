"""Corpus 258, interview mail: 26 invitations, 15 reschedules or cancellations, 10 missed."""

from __future__ import annotations

from msgs258_common import (
    ats_card,
    msg,
    outlook_block,
    outlook_html,
    plain,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

NEREA = ("Nerea Castillo", "nerea.castillo@datalia.example.es")
ALVARO = ("Álvaro Jiménez Ortega", "alvaro.jimenez@nazariconsulting.example.es")
BEATRIZ = ("Beatriz Montes", "beatriz.montes@castellanaconsultores.example.es")
INES = ("Inês Carvalho", "ines.carvalho@lusotur.example.pt")
CAMILLE = ("Camille Roux", "camille.roux@garriguedata.example.fr")
FRANZI = ("Franziska Huber", "franziska.huber@isarwerk.example.de")
PILAR = ("Pilar Ortega", "pilar.ortega@mercadoazul.example.es")

# ====================================================================== invitations (26)
# ------------------------------------------------------------------ Spanish (14)

add(msg(
    INV, "datalia_invite", "es", "Datalia", NEREA[1],
    frm=NEREA,
    subject="Re: Hemos recibido tu candidatura – Analista de Datos Junior",
    date="2026-02-16 10:12 +0100",
    parent="datalia_teamtailor_ack",
    text=reply(
        "Hola Mateo,\n\n"
        "Soy Nerea, de People en Datalia. He leído tu CV y me ha llamado la atención el cuadro "
        "de mando de ventas que montaste para el restaurante. Me encantaría conocerte en una "
        "primera entrevista por videollamada de unos 30 minutos con Sergio, nuestro Head of "
        "Data.\n\n"
        "Te propongo dos huecos:\n"
        "  - jueves 19 de febrero, 12:00\n"
        "  - viernes 20 de febrero, 9:30\n\n"
        "Dime cuál te viene mejor y te mando el enlace de Google Meet.\n\n"
        "¡Un saludo!\n"
        "Nerea Castillo\n"
        "People & Talent · Datalia\n"
        "Calle Marqués de Larios 4, 29005 Málaga",
        "es", "lun, 9 feb 2026 a las 8:03", "Datalia <no-reply@teamtailor-mail.com>",
        "Hola Mateo,\n\nGracias por tu interés en Datalia. Hemos recibido tu candidatura para "
        "Analista de Datos Junior y el equipo la revisará en los próximos días.\n\n"
        "Equipo Datalia"),
))

P = [
    "Hola Mateo:",
    "¡Buenas noticias! Nos gustaría invitarte a una entrevista para el puesto de Analista de "
    "Datos Junior (Riesgos Minoristas), ref. R-26-0113.",
    "Elige el día y la hora que mejor te vengan entre las opciones disponibles. La entrevista "
    "será por Microsoft Teams, durará 45 minutos y estará presente una persona del equipo de "
    "Riesgos.",
    "Te recomendamos reservar tu hueco antes del viernes 30 de enero.",
    "Equipo de Talento de Banca Alborán",
]
add(msg(
    INV, "alboran_workday_invite", "es", "Banca Alborán", "",
    frm=("Banca Alborán Talento", "bancaalboran@myworkday.com"),
    subject="Programa tu entrevista – Analista de Datos Junior",
    subj_enc=("utf-8", "B"),
    date="2026-01-27 08:00 +0000",
    parent="alboran_workday_ack",
    html=ats_card("Banca Alborán", "#0b4f8a", P,
                  ["Mensaje automático. No respondas a este correo.",
                   "Banca Alborán · Paseo de la Farola 14 · 29016 Málaga"],
                  button=("Reservar mi entrevista",
                          "https://bancaalboran.wd3.myworkday.com/alboran/d/task/2998$5512.htmld"),
                  lang="es"),
    headers={"Auto-Submitted": "auto-generated"},
))

P = [
    "Hola Mateo:",
    "Gracias por tu CV. Nos gustaría conocerte en persona: te invito a una entrevista el martes "
    "17 de marzo a las 10:00 en nuestra oficina de Granada (Gran Vía de Colón 38, 2.ª planta).",
    "Estaremos Carmen, de Analytics, y yo. Calcula una hora; te pediremos que nos comentes un "
    "pequeño ejercicio con datos de ocupación hotelera que haremos allí mismo, sin preparación.",
    "Te mando la convocatoria en el calendario. Si no te encaja la hora, dímelo.",
    "Un saludo,\nÁlvaro Jiménez Ortega\nManager · Nazarí Consulting",
]
add(msg(
    INV, "nazari_invite_ics", "es", "Nazarí Consulting", ALVARO[1],
    frm=ALVARO,
    subject="Invitación: Entrevista Analista de Datos – Nazarí Consulting (mar 17 mar 10:00)",
    date="2026-03-11 12:30 +0100",
    parent="nazari_cv_received",
    text=plain(P),
    html=simple_html(P),
    ics={"method": "REQUEST", "uid": "nazari-2026-0317-entrevista@nazariconsulting.example.es",
         "seq": 0, "start": "20260317T100000", "end": "20260317T110000",
         "summary": "Entrevista Analista de Datos - Mateo Villanueva-Okoro",
         "location": "Nazarí Consulting, Gran Vía de Colón 38, 2.ª planta, Granada",
         "organizer": ALVARO,
         "attendees": [("Carmen Lara", "carmen.lara@nazariconsulting.example.es")],
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
))

add(msg(
    INV, "talentia_client_interview", "es", "Hoteles Costa Serena", "rocio.benitez@talentia.example.es",
    frm=("Rocío Benítez | Talentia ETT", "rocio.benitez@talentia.example.es"),
    subject="Entrevista Hoteles Costa Serena",
    date="2026-01-20 17:45 +0100",
    parent="talentia_registration",
    text=(
        "Hola Mateo:\n\n"
        "Como te adelanté por teléfono, Hoteles Costa Serena quiere conocerte para el puesto de "
        "auxiliar de revenue y datos en su hotel de Torremolinos. Te he cerrado entrevista "
        "presencial con Elena Vargas, directora de operaciones, el martes 27 de enero a las "
        "9:00.\n\n"
        "Dirección: Av. Carlota Alessandri 120, Torremolinos. Lleva el CV impreso y, si puedes, "
        "algún ejemplo de los informes de ventas que hacías en el restaurante.\n\n"
        "Confírmame que te viene bien.\n\n"
        "Rocío Benítez\n"
        "Consultora de Selección · Talentia ETT\n"
        "C/ Alameda Principal 21, 3.º · 29005 Málaga · Tel. 952 00 41 77\n\n"
        "AVISO LEGAL: Este mensaje y sus adjuntos van dirigidos exclusivamente a su destinatario "
        "y pueden contener información confidencial.\n"
    ),
    cte="quoted-printable",
))

add(msg(
    INV, "tureserva_trial_day", "es", "TuReserva Andalucía", "paco@tureserva.example.es",
    frm=("Paco Romero", "paco@tureserva.example.es"),
    subject="¿Te vienes un día a trabajar con nosotros?",
    subj_enc=("utf-8", "Q"),
    date="2026-07-14 19:20 +0200",
    text=(
        "Hola Mateo,\n\n"
        "Después de la llamada del viernes lo tenemos claro: antes de decidir queremos que "
        "pases una jornada de prueba con el equipo. Sería el martes 21 de julio, de 9:00 a 15:00, "
        "en la oficina del Soho (C/ Tomás Heredia 9, Málaga). La jornada está pagada.\n\n"
        "Te sentarás con Alba, que lleva las métricas de conversión de la web de reservas, y "
        "por la tarde nos cuentas en 15 minutos qué has visto en los datos. Trae portátil.\n\n"
        "¿Te cuadra? Contéstame aquí mismo.\n\n"
        "Paco Romero\n"
        "COO · TuReserva Andalucía\n"
        "+34 622 40 11 09\n"
    ),
    cte="8bit",
))

add(msg(
    INV, "betica_phone_screen", "es", "Telecom Bética", "macarena.delgado@telecombetica.example.es",
    frm=("Macarena Delgado", "macarena.delgado@telecombetica.example.es"),
    subject="Data Analyst Trainee - ¿hablamos por teléfono?",
    date="2026-04-27 09:40 +0200",
    parent="betica_smartrecruiters_ack",
    text=(
        "Buenos días Mateo,\n\n"
        "Te escribo desde el equipo de Personas de Telecom Bética. Hemos visto tu candidatura "
        "para Data Analyst Trainee y me gustaría tener una primera conversación telefónica "
        "contigo, de unos 20 minutos, para conocer tu experiencia y tus expectativas.\n\n"
        "¿Te vendría bien el jueves 30 de abril a las 16:00? Te llamaría al número que indicas "
        "en el CV. Si no, propón tú otro momento esta semana.\n\n"
        "Gracias,\n"
        "Macarena Delgado\n"
        "Talent Acquisition Specialist\n"
        "Telecom Bética · Avenida de la Innovación 5 · 41020 Sevilla\n"
    ),
))

P = [
    "Estimado Mateo:",
    "Nos complace invitarle a la jornada de evaluación del Programa de Analistas Junior de Caja "
    "Genil, que tendrá lugar el jueves 24 de septiembre de 9:00 a 14:00 en nuestra sede central "
    "(Plaza Isabel la Católica 7, Granada).",
    "La jornada incluye una prueba de razonamiento numérico, una dinámica de grupo sobre un caso "
    "de negocio y una entrevista individual con el equipo de Selección.",
    "Le rogamos confirme su asistencia respondiendo a este correo antes del 18 de septiembre y "
    "que acuda con su DNI.",
    "Atentamente,",
]
SIG = ["Francisco Javier Ramos Molina", "Departamento de Selección y Desarrollo",
       "Caja Genil · Plaza Isabel la Católica 7 · 18009 Granada", "Tel. 958 12 30 40"]
add(msg(
    INV, "genil_assessment_centre", "es", "Caja Genil", "francisco.ramos@cajagenil.example.es",
    frm=("Ramos Molina, Francisco Javier", "francisco.ramos@cajagenil.example.es"),
    subject="Convocatoria jornada de evaluación - Programa Analistas Junior",
    date="2026-09-14 12:05 +0200",
    parent="genil_sf_ack",
    text=plain(P) + "\n".join(SIG) + "\n",
    html=outlook_html(P, SIG),
    charset="windows-1252",
    cte="quoted-printable",
    headers={"Thread-Topic": "Convocatoria jornada de evaluacion - Programa Analistas Junior",
             "Content-Language": "es-ES"},
))

add(msg(
    INV, "castellana_panel_ics", "es", "Castellana Consultores", BEATRIZ[1],
    frm=BEATRIZ,
    subject="Panel Analista Junior – martes 3 de marzo",
    date="2026-02-24 15:18 +0100",
    text=(
        "Hola Mateo:\n\n"
        "Enhorabuena por pasar la primera fase. Te convocamos a la entrevista con panel para la "
        "plaza de Analista Junior el martes 3 de marzo a las 10:00 en nuestra oficina de Madrid "
        "(Paseo de la Castellana 41, planta 6).\n\n"
        "Estarán dos socios del área de Banca y yo. La primera media hora presentarás el caso "
        "práctico que te enviamos; después, preguntas. Te adjunto la invitación para tu "
        "calendario.\n\n"
        "Un saludo,\n"
        "Beatriz Montes\n"
        "Talent Acquisition · Castellana Consultores\n"
    ),
    ics={"method": "REQUEST", "uid": "CC-PANEL-20260303-0412@castellanaconsultores.example.es",
         "seq": 0, "start": "20260303T100000", "end": "20260303T113000",
         "summary": "Panel Analista Junior - Castellana Consultores",
         "location": "Paseo de la Castellana 41, planta 6, Madrid",
         "organizer": BEATRIZ, "mode": "attach", "filename": "invite.ics",
         "attendees": [("Ramón Ibarra", "ramon.ibarra@castellanaconsultores.example.es")]},
))

add(msg(
    INV, "mercado_casual_chat", "es", "Mercado Azul", PILAR[1],
    frm=PILAR,
    subject="¿charlamos el jueves?",
    date="2026-06-08 13:02 +0200",
    text=(
        "Hola Mateo!\n\n"
        "Vi tu mensaje en la comunidad de PyData y tu perfil encaja con lo que buscamos para "
        "el equipo de pricing de Mercado Azul. ¿Estás libre el jueves por la tarde para una "
        "charla por videollamada, sin formalidades? Sobre las 17:00 me vendría genial.\n\n"
        "Si te cuadra, te mando invitación.\n\n"
        "Pilar Ortega · Analytics Lead · Mercado Azul\n"
    ),
))

add(msg(
    INV, "kairos_alcazaba_invite", "es", "Alcazaba Seguros", "sonia.prieto@kairosseleccion.example.es",
    frm=("Sonia Prieto", "sonia.prieto@kairosseleccion.example.es"),
    subject="Entrevista con Alcazaba Seguros - miércoles 22",
    date="2026-04-15 16:25 +0200",
    parent="kairos_registration",
    text=(
        "Hola Mateo:\n\n"
        "Tengo buenas noticias: Alcazaba Seguros ha revisado tu perfil y quiere entrevistarte "
        "para la posición de Analista de Datos de Siniestros en Málaga.\n\n"
        "Día: miércoles 22 de abril\n"
        "Hora: 10:00 (45 min)\n"
        "Formato: Microsoft Teams (el enlace te llegará del propio cliente)\n"
        "Entrevistan: Jorge Peña (responsable de Siniestros) y una persona de RR. HH.\n\n"
        "Prepárate bien lo de Excel avanzado, que lo van a preguntar. Cualquier cosa, me llamas.\n\n"
        "Sonia Prieto\n"
        "Kairós Selección · Consultora Senior\n"
        "Avda. de Andalucía 10, 29007 Málaga · 952 61 19 03\n"
    ),
))

add(msg(
    INV, "puente_phone_screen", "es", "Puente Talent", "javier.moreno@puentetalent.example.es",
    frm=("Javier Moreno", "javier.moreno@puentetalent.example.es"),
    subject="Oportunidad analista de datos (sector seguros)",
    date="2026-03-16 12:14 +0100",
    text=(
        "Hola Mateo,\n\n"
        "Te escribo de Puente Talent. Estoy llevando una búsqueda confidencial de analista de "
        "datos junior para una aseguradora con sede en Madrid y tu perfil me encaja.\n\n"
        "Antes de presentarte al cliente necesito hacerte una entrevista telefónica de unos "
        "20 minutos. Te llamo el miércoles 18 a las 10:00, ¿de acuerdo? Si no te viene bien, "
        "respóndeme con otra hora.\n\n"
        "Saludos,\n"
        "Javier Moreno\n"
        "Senior Headhunter · Puente Talent\n"
        "Paseo de la Castellana 120, 28046 Madrid · +34 915 55 02 19\n"
    ),
    charset="iso-8859-1",
    cte="8bit",
))

P = [
    "Hola Mateo,",
    "Gonzalo Rivas, de Bahía Analytics, te invita a una entrevista técnica de 60 minutos para "
    "el puesto de Analista de Datos Junior.",
    "Usa el botón para elegir el hueco que prefieras. Recibirás una invitación de calendario con "
    "el enlace de Zoom en cuanto confirmes.",
    "Si tienes cualquier duda, responde a este correo y le llegará a Gonzalo.",
]
add(msg(
    INV, "bahia_ashby_schedule", "es", "Bahía Analytics", "gonzalo.rivas@bahiaanalytics.example.es",
    frm=("Bahía Analytics", "no-reply@ashbyhq.com"),
    frm_enc=("utf-8", "B"),
    reply_to=("Gonzalo Rivas", "gonzalo.rivas@bahiaanalytics.example.es"),
    subject="Elige tu hueco: entrevista técnica con Bahía Analytics",
    date="2026-09-07 10:31 +0000",
    text=plain(P) + "\nhttps://app.ashbyhq.com/interview-schedule/bahia-analytics/7f3c2a\n",
    html=ats_card("Bahía Analytics", "#0369a1", P, ["Enviado con Ashby"],
                  button=("Elegir hueco",
                          "https://app.ashbyhq.com/interview-schedule/bahia-analytics/7f3c2a"),
                  lang="es"),
))

P = [
    "Hola Mateo,",
    "Nos ha gustado tu candidatura a Analista de Datos Junior y queremos pasar a la siguiente "
    "fase: una prueba técnica en directo seguida de una entrevista con el equipo.",
    "Cuándo: miércoles 27 de mayo a las 11:00, por Google Meet (unos 90 minutos).",
    "Qué haremos: resolver juntos unas consultas SQL sobre datos de reservas de alojamientos "
    "rurales y comentar cómo presentarías los resultados. Puedes usar la documentación que "
    "quieras.",
    "Confírmanos respondiendo a este correo.",
    "Lidia Campos\nResponsable de Datos · Axarquía Data Lab",
]
add(msg(
    INV, "axarquia_live_test", "es", "Axarquía Data Lab", "lidia.campos@axarquiadata.example.es",
    frm=("Axarquía Data Lab", "noreply@workablemail.com"),
    frm_enc=("utf-8", "Q"),
    reply_to=("Lidia Campos", "lidia.campos@axarquiadata.example.es"),
    subject="Siguiente fase: prueba técnica y entrevista",
    date="2026-05-20 07:45 +0000",
    parent="axarquia_workable_ack",
    text=plain(P),
    html=ats_card("Axarquía Data Lab", "#b45309", P, ["Enviado con Workable"], lang="es"),
))

add(msg(
    INV, "sierra_video_invite", "es", "Sierra Nevada Turismo",
    "encarni.lopez@sierranevadaturismo.example.es",
    frm=("Encarni López", "encarni.lopez@sierranevadaturismo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Videoentrevista - Analista de Datos (Marketing y Reservas)",
    date="2026-02-10 11:11 +0100",
    parent="sierra_recruitee_ack",
    text=(
        "Hola Mateo,\n\n"
        "Gracias por tu candidatura. Queremos conocerte en una videoentrevista con Raúl, "
        "responsable de Marketing, y conmigo.\n\n"
        "Martes 17 de febrero, 12:00 – 12:45\n"
        "Google Meet: https://meet.example.com/snt-mvo-0217\n\n"
        "Te preguntaremos por tu experiencia atendiendo a turistas y por cómo medirías una "
        "campaña de temporada de esquí. ¡Nos vemos!\n\n"
        "Encarni López\n"
        "Selección · Sierra Nevada Turismo\n"
        "Plaza de Andalucía 1, 18196 Monachil (Granada)\n"
    ),
    cte="quoted-printable",
))

# ------------------------------------------------------------------ English (7)

P = [
    "Hi Mateo,",
    "Thanks for applying for the Junior Data Analyst role at Lusotur. I'm the recruiter looking "
    "after this position and I'd love to set up a 30-minute phone screen with you.",
    "Could you share two or three times that work for you between Wednesday 11 and Friday 13 "
    "March (Lisbon time)? We'll talk about your background, why data, and what you know about "
    "how travellers book with us.",
    "Speak soon,\nInês Carvalho\nTalent Acquisition, Lusotur\nRua Augusta 210, 1100-053 Lisboa",
]
add(msg(
    INV, "lusotur_phone_screen", "en", "Lusotur", INES[1],
    frm=("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=INES,
    subject="Lusotur – phone screen for Junior Data Analyst",
    date="2026-03-09 10:02 +0000",
    parent="lusotur_greenhouse_ack",
    text=plain(P),
    html=simple_html(P),
))

P = [
    "Hi Mateo,",
    "Great speaking with you on Thursday! As promised, here is the invitation to the panel "
    "interview for the Junior Data Analyst role.",
    "Thursday 26 March, 15:00-16:15 Lisbon time, on Google Meet. You'll meet Tom Whitaker "
    "(Head of Analytics) and Rita Gomes (Product). The first part is a 20-minute walkthrough of "
    "a dataset we'll send you 48 hours in advance.",
    "Please accept the calendar invitation so that it shows on your side.",
    "Inês",
]
add(msg(
    INV, "lusotur_panel_ics", "en", "Lusotur", INES[1],
    frm=INES,
    subject="Invitation: Junior Data Analyst – panel interview @ Thu 26 Mar 2026 15:00 - 16:15 (WET)",
    date="2026-03-19 09:47 +0000",
    parent="lusotur_phone_screen",
    text=plain(P),
    html=simple_html(P),
    ics={"method": "REQUEST", "uid": "6s3e1lusotur0326panel@google.example.com", "seq": 0,
         "start": "20260326T150000", "end": "20260326T161500", "tz": "Europe/Lisbon",
         "summary": "Junior Data Analyst – panel interview",
         "location": "https://meet.example.com/lus-pnl-mvo",
         "description": "Panel interview with Tom Whitaker and Rita Gomes.",
         "organizer": INES,
         "attendees": [("Tom Whitaker", "tom.whitaker@lusotur.example.pt"),
                       ("Rita Gomes", "rita.gomes@lusotur.example.pt")],
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
))

P = [
    "Dear Mateo,",
    "Congratulations! Following your online assessments, we are pleased to invite you to the "
    "Liffey Telecom Graduate Analytics Assessment Centre.",
    "Date: Thursday 18 June 2026, 09:30-15:30\nVenue: Liffey Telecom, 40 Sir John Rogerson's "
    "Quay, Dublin 2",
    "The day includes a group exercise, a data case study with presentation, and a competency "
    "interview. Lunch is provided. Please bring photo ID.",
    "Confirm your place using the link below by Monday 15 June. If you have questions, reply to "
    "this email and Ciarán O'Neill from our graduate team will get back to you.",
]
add(msg(
    INV, "liffey_assessment_centre", "en", "Liffey Telecom", "ciaran.oneill@liffeytelecom.example.ie",
    frm=("Liffey Telecom Careers", "liffeytelecom@talent.icims.com"),
    reply_to=("Ciarán O'Neill", "ciaran.oneill@liffeytelecom.example.ie"),
    reply_to_enc=("iso-8859-1", "Q"),
    subject="Invitation to Assessment Centre - Graduate Data Analyst",
    date="2026-06-10 13:00 +0000",
    parent="liffey_icims_ack",
    text=plain(P) + "\nConfirm: https://careers-liffeytelecom.icims.com/jobs/candidate/confirm?e=88213\n",
    html=ats_card("Liffey Telecom", "#15803d", P, ["Liffey Telecom Ltd is an equal opportunities employer."],
                  button=("Confirm my place",
                          "https://careers-liffeytelecom.icims.com/jobs/candidate/confirm?e=88213")),
))

add(msg(
    INV, "tejo_free_thursday", "en", "Tejo Payments", "rui.almeida@tejopayments.example.pt",
    frm=("Rui Almeida", "rui.almeida@tejopayments.example.pt"),
    subject="quick chat?",
    date="2026-05-19 17:33 +0100",
    text=(
        "Hi Mateo,\n\n"
        "I lead the analytics team at Tejo Payments. Saw your application come through and your "
        "restaurant dashboard on GitHub made me smile. Are you free Thursday to chat? "
        "Something like 30 min at 11:00 Lisbon time on Google Meet. Informal, just to get to "
        "know each other before the proper interviews.\n\n"
        "Here's the link if that time works: https://meet.example.com/tejo-rui-mvo\n\n"
        "Rui\n"
    ),
))

add(msg(
    INV, "brightwater_clontarf_invite", "en", "Clontarf Travel", "conor.byrne@brightwater.example.ie",
    frm=("Conor Byrne", "conor.byrne@brightwater.example.ie"),
    subject="Interview confirmed - Clontarf Travel, Tue 18 Aug",
    date="2026-08-11 12:40 +0100",
    parent="brightwater_registration",
    text=(
        "Hi Mateo,\n\n"
        "Great news - Clontarf Travel would like to meet you for the Junior Revenue & Data "
        "Analyst role.\n\n"
        "When: Tuesday 18 August, 14:00 (Irish time)\n"
        "Where: video call (Teams), link to follow from their HR\n"
        "Who: Declan Murphy, Commercial Director, and Emma Quinn from HR\n\n"
        "I'll give you a ring beforehand to prep. They'll ask about pricing and seasonality, so "
        "have your hotel and restaurant examples ready.\n\n"
        "Cheers,\n"
        "Conor Byrne\n"
        "Senior Consultant, Data & Analytics\n"
        "Brightwater Recruitment | 14 Baggot Street Lower, Dublin 2\n"
    ),
))

P = [
    "Dear Mateo,",
    "Thank you for your application for the Junior Data Analyst (Retail Credit) role. I'm "
    "pleased to invite you to a first-round video interview with Patrick Nolan, Credit "
    "Analytics Manager, and myself.",
    "Wednesday 22 July 2026, 10:00-10:45 (Irish time), Microsoft Teams. A calendar invitation "
    "with the link will follow.",
    "Kind regards,",
]
SIG = ["Siobhán Kelly", "Talent Partner | Harbourline Bank",
       "2 Grand Canal Square, Dublin 2, D02 X999", "+353 1 555 0142"]
add(msg(
    INV, "harbourline_video_invite", "en", "Harbourline Bank", "siobhan.kelly@harbourline.example.ie",
    frm=("Kelly, Siobhán", "siobhan.kelly@harbourline.example.ie"),
    subject="Interview invitation - Junior Data Analyst (Retail Credit)",
    date="2026-07-16 15:02 +0100",
    parent="harbourline_taleo_ack",
    text=plain(P) + "\n".join(SIG) + "\n",
    html=outlook_html(P, SIG),
    headers={"Thread-Topic": "Interview invitation - Junior Data Analyst (Retail Credit)"},
))

add(msg(
    INV, "atlantic_invite", "en", "Atlantic Bookings", "marta.sousa@atlanticbookings.example.pt",
    frm=("Marta Sousa", "marta.sousa@atlanticbookings.example.pt"),
    subject="Take-home + chat next week?",
    date="2026-10-05 09:14 +0100",
    text=(
        "Hi Mateo! Loved your application. Would you do a short take-home (2 hours max) and "
        "then a 45-min interview with me and our CTO next week? Let me know what days suit.\n\n"
        "Marta\n"
    ),
    html=simple_html(["Hi Mateo! Loved your application. Would you do a short take-home "
                      "(2 hours max) and then a 45-min interview with me and our CTO next "
                      "week? Let me know what days suit.", "Marta"]),
))

# ------------------------------------------------------------------ French (2)

add(msg(
    INV, "garrigue_invite_ics", "fr", "Garrigue Data", CAMILLE[1],
    frm=CAMILLE,
    subject="Entretien - Analyste de données junior - Garrigue Data",
    date="2026-04-21 16:10 +0200",
    parent="garrigue_teamtailor_ack",
    text=(
        "Bonjour Mateo,\n\n"
        "Votre candidature a retenu notre attention et nous souhaiterions échanger avec vous "
        "lors d'un entretien en visioconférence.\n\n"
        "Date : mardi 28 avril 2026, de 10 h à 10 h 45\n"
        "Lien Teams : https://teams.example.com/l/meetup-join/garrigue-mvo\n"
        "Avec : Camille Roux (recrutement) et Hugo Sabatier (lead data)\n\n"
        "Vous trouverez l'invitation ci-jointe. L'entretien se déroulera en français, avec une "
        "partie en anglais.\n\n"
        "Bien à vous,\n"
        "Camille Roux\n"
        "Responsable recrutement · Garrigue Data\n"
        "12 rue de l'Aiguillerie, 34000 Montpellier\n"
    ),
    cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-garrigue-0428",
         "seq": 0, "start": "20260428T100000", "end": "20260428T104500", "tz": "Europe/Paris",
         "summary": "Entretien Mateo Villanueva-Okoro / Garrigue Data",
         "location": "Microsoft Teams", "organizer": CAMILLE, "mode": "attach",
         "filename": "entretien.ics",
         "attendees": [("Hugo Sabatier", "hugo.sabatier@garriguedata.example.fr")]},
))

add(msg(
    INV, "ecusson_phone_invite", "fr", "Écusson Conseil", "julien.fabre@ecussonconseil.example.fr",
    frm=("Julien Fabre", "julien.fabre@ecussonconseil.example.fr"),
    subject="Votre candidature chez Écusson Conseil : entretien téléphonique",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-08-25 10:05 +0200",
    text=(
        "Bonjour Monsieur Villanueva-Okoro,\n\n"
        "Merci pour votre candidature au poste de consultant data junior. Je vous propose un "
        "premier entretien téléphonique de 30 minutes le jeudi 3 septembre à 11 h. Je vous "
        "appellerai au numéro indiqué sur votre CV.\n\n"
        "Pourriez-vous me confirmer que ce créneau vous convient ?\n\n"
        "Cordialement,\n"
        "Julien Fabre\n"
        "Manager - Écusson Conseil\n"
        "5 boulevard du Jeu de Paume, 34000 Montpellier\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
))

# ------------------------------------------------------------------ German (3)

add(msg(
    INV, "isarwerk_invite", "de", "Isarwerk Analytics", FRANZI[1],
    frm=FRANZI,
    subject="Einladung zum Kennenlernen – Junior Data Analyst",
    date="2026-05-12 11:48 +0200",
    parent="isarwerk_personio_ack",
    text=(
        "Hallo Mateo,\n\n"
        "danke für deine Bewerbung bei Isarwerk Analytics! Wir würden dich gern in einem ersten "
        "Video-Interview kennenlernen (ca. 45 Minuten, gern auf Englisch oder Deutsch).\n\n"
        "Vorschlag: Dienstag, 19. Mai, 14:00 Uhr, per Google Meet. Dabei sind Jonas aus dem "
        "Data-Team und ich.\n\n"
        "Passt dir der Termin? Falls nicht, schick mir einfach zwei Alternativen.\n\n"
        "Viele Grüße\n"
        "Franziska Huber\n"
        "Talent Acquisition | Isarwerk Analytics\n"
        "Erhardtstraße 10, 80469 München\n"
    ),
    cte="quoted-printable",
))

add(msg(
    INV, "schwabing_onsite_ics", "de", "Schwabing Telekom", "markus.seidl@schwabing-telekom.example.de",
    frm=("Markus Seidl", "markus.seidl@schwabing-telekom.example.de"),
    subject="Einladung zum Vorstellungsgespräch am 20.07.2026",
    date="2026-07-13 09:30 +0200",
    parent="schwabing_own_application",
    text=(
        "Sehr geehrter Herr Villanueva-Okoro,\n\n"
        "vielen Dank für Ihre Bewerbung als Werkstudent/Junior Analyst Netzqualität. Wir laden "
        "Sie herzlich zu einem persönlichen Vorstellungsgespräch ein:\n\n"
        "Montag, 20. Juli 2026, 10:00 Uhr\n"
        "Schwabing Telekom, Leopoldstraße 180, 80804 München, Empfang Gebäude B\n\n"
        "Die Einladung für Ihren Kalender finden Sie anbei. Bitte bestätigen Sie kurz.\n\n"
        "Mit freundlichen Grüßen\n"
        "Markus Seidl\n"
        "HR Business Partner\n"
    ),
    html=simple_html([
        "Sehr geehrter Herr Villanueva-Okoro,",
        "vielen Dank für Ihre Bewerbung als Werkstudent/Junior Analyst Netzqualität. Wir laden "
        "Sie herzlich zu einem persönlichen Vorstellungsgespräch ein:",
        "Montag, 20. Juli 2026, 10:00 Uhr\nSchwabing Telekom, Leopoldstraße 180, 80804 München, "
        "Empfang Gebäude B",
        "Die Einladung für Ihren Kalender finden Sie anbei. Bitte bestätigen Sie kurz.",
    ], ["Mit freundlichen Grüßen", "Markus Seidl", "HR Business Partner"]),
    ics={"method": "REQUEST", "uid": "st-hr-20260720-1000-mvo@schwabing-telekom.example.de",
         "seq": 0, "start": "20260720T100000", "end": "20260720T110000", "tz": "Europe/Berlin",
         "summary": "Vorstellungsgespräch Mateo Villanueva-Okoro",
         "location": "Leopoldstraße 180, 80804 München, Gebäude B",
         "organizer": ("Markus Seidl", "markus.seidl@schwabing-telekom.example.de"),
         "cte": "quoted-printable"},
))

add(msg(
    INV, "personalwerk_isartal_invite", "de", "Isartal Versicherung",
    "tobias.lechner@personalwerk-sued.example.de",
    frm=("Tobias Lechner", "tobias.lechner@personalwerk-sued.example.de"),
    subject="Vorstellungstermin bei der Isartal Versicherung",
    date="2026-08-19 14:55 +0200",
    parent="personalwerk_registration",
    text=(
        "Hallo Herr Villanueva-Okoro,\n\n"
        "gute Nachrichten: Unser Kunde, die Isartal Versicherung, möchte Sie für die Stelle als "
        "Junior Datenanalyst im Bereich Schaden kennenlernen.\n\n"
        "Termin: Mittwoch, 26. August, 15:30 Uhr\n"
        "Ort: Isartal Versicherung, Rosenheimer Straße 145, 81671 München\n"
        "Ansprechpartnerin vor Ort: Frau Dr. Ertl\n\n"
        "Ich rufe Sie am Montag an, damit wir das Gespräch vorbereiten können.\n\n"
        "Beste Grüße\n"
        "Tobias Lechner\n"
        "Personalberater | Personalwerk Süd\n"
        "Bayerstraße 33 | 80335 München | 089 555 01 77\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
))

# ====================================================================== reschedules (15)
# ------------------------------------------------------------------ Spanish (8)

add(msg(
    RES, "datalia_moved", "es", "Datalia", NEREA[1],
    frm=NEREA,
    subject="Re: Hemos recibido tu candidatura – Analista de Datos Junior",
    date="2026-02-18 09:05 +0100",
    parent="datalia_invite",
    text=reply(
        "Hola de nuevo, Mateo:\n\n"
        "Lo siento mucho, pero a Sergio le ha surgido un viaje a Madrid el jueves. ¿Podemos "
        "pasar la videollamada al viernes 20 a las 13:00? Si te va bien, actualizo el enlace "
        "de Meet y te llega la invitación nueva.\n\n"
        "Perdona el cambio.\n"
        "Nerea",
        "es", "lun, 16 feb 2026 a las 10:12", "Nerea Castillo <nerea.castillo@datalia.example.es>",
        "Hola Mateo,\n\nSoy Nerea, de People en Datalia. [...] Me encantaría conocerte en una "
        "primera entrevista por videollamada de unos 30 minutos con Sergio, nuestro Head of "
        "Data.\n\nTe propongo dos huecos:\n  - jueves 19 de febrero, 12:00\n  - viernes 20 "
        "de febrero, 9:30"),
))

add(msg(
    RES, "nazari_moved_ics", "es", "Nazarí Consulting", ALVARO[1],
    frm=ALVARO,
    subject="Actualizada: Entrevista Analista de Datos – Nazarí Consulting (jue 19 mar 12:00)",
    date="2026-03-13 09:20 +0100",
    parent="nazari_reschedule_request",
    text=(
        "Hola Mateo,\n\n"
        "Sin problema con lo del turno del martes. Hemos movido la entrevista al jueves 19 de "
        "marzo a las 12:00, en el mismo sitio. Te llega la convocatoria actualizada.\n\n"
        "Hasta el jueves,\n"
        "Álvaro\n"
    ),
    cte="base64",
    ics={"method": "REQUEST", "uid": "nazari-2026-0317-entrevista@nazariconsulting.example.es",
         "seq": 1, "start": "20260319T120000", "end": "20260319T130000",
         "summary": "Entrevista Analista de Datos - Mateo Villanueva-Okoro",
         "location": "Nazarí Consulting, Gran Vía de Colón 38, 2.ª planta, Granada",
         "organizer": ALVARO,
         "attendees": [("Carmen Lara", "carmen.lara@nazariconsulting.example.es")],
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "mode": "attach",
         "filename": "invite.ics", "cte": "base64"},
))

add(msg(
    RES, "castellana_cancel", "es", "Castellana Consultores", BEATRIZ[1],
    frm=BEATRIZ,
    subject="Cancelada: Panel Analista Junior - Castellana Consultores",
    date="2026-03-02 08:50 +0100",
    parent="castellana_panel_ics",
    text=(
        "Mateo, cancelamos el panel de mañana porque uno de los socios no puede asistir. Te "
        "mando nueva convocatoria para la entrevista en cuanto cuadre agendas; será en la "
        "oficina de Madrid, igual que estaba previsto.\n"
    ),
    ics={"method": "CANCEL", "uid": "CC-PANEL-20260303-0412@castellanaconsultores.example.es",
         "seq": 1, "start": "20260303T100000", "end": "20260303T113000",
         "summary": "Panel Analista Junior - Castellana Consultores",
         "location": "Paseo de la Castellana 41, planta 6, Madrid", "organizer": BEATRIZ,
         "attendees": [("Ramón Ibarra", "ramon.ibarra@castellanaconsultores.example.es")]},
    headers={"Importance": "high"},
))

add(msg(
    RES, "genil_postponed", "es", "Caja Genil", "francisco.ramos@cajagenil.example.es",
    frm=("Ramos Molina, Francisco Javier", "francisco.ramos@cajagenil.example.es"),
    subject="Aplazamiento jornada de evaluación - Programa Analistas Junior",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-09-18 10:44 +0200",
    parent="genil_assessment_centre",
    text=(
        "Estimado Mateo:\n\n"
        "Por motivos organizativos nos vemos obligados a aplazar la jornada de evaluación "
        "prevista para el jueves 24 de septiembre. La nueva fecha es el jueves 1 de octubre, "
        "en el mismo horario (9:00 a 14:00) y lugar.\n\n"
        "Le rogamos nos confirme de nuevo su asistencia. Disculpe las molestias.\n\n"
        "Atentamente,\n"
        "Francisco Javier Ramos Molina\n"
        "Departamento de Selección y Desarrollo - Caja Genil\n"
    ),
    charset="iso-8859-1",
    cte="base64",
))

add(msg(
    RES, "betica_interviewer_ill", "es", "Telecom Bética", "macarena.delgado@telecombetica.example.es",
    frm=("Macarena Delgado", "macarena.delgado@telecombetica.example.es"),
    subject="RE: Data Analyst Trainee - ¿hablamos por teléfono?",
    date="2026-04-29 18:02 +0200",
    parent="betica_candidate_confirms",
    text=(
        "Hola Mateo,\n\n"
        "Tengo que cambiarte la llamada de mañana: estoy de baja unos días y no quiero dejarte "
        "colgado. ¿Te parece bien el miércoles 6 de mayo a la misma hora, las 16:00? Si me "
        "dices que sí, lo dejo fijado.\n\n"
        "Disculpa las molestias,\n"
        "Macarena\n"
    ) + outlook_block(
        "es", "Mateo Villanueva-Okoro <mateo.vo@example.es>", "lunes, 27 de abril de 2026 13:15",
        "Macarena Delgado <macarena.delgado@telecombetica.example.es>",
        "Re: Data Analyst Trainee - ¿hablamos por teléfono?",
        "Hola Macarena:\n\nPerfecto, el jueves 30 a las 16:00 me va bien. Quedo atento a tu "
        "llamada.\n\nUn saludo,\nMateo"),
))

add(msg(
    RES, "talentia_client_moved", "es", "Hoteles Costa Serena", "rocio.benitez@talentia.example.es",
    frm=("Rocío Benítez | Talentia ETT", "rocio.benitez@talentia.example.es"),
    subject="Re: Entrevista Hoteles Costa Serena - nueva hora",
    date="2026-01-22 10:05 +0100",
    parent="talentia_client_interview",
    text=(
        "Mateo, te confirmo que la entrevista en el hotel pasa al martes 27 a las 11:30 en vez de "
        "a las 9:00. Pregunta en recepción por Elena Vargas.\n\nRocío\n"
    ),
))

add(msg(
    RES, "mercado_ics_update", "es", "Mercado Azul", PILAR[1],
    frm=PILAR,
    subject="Invitación actualizada: Charla Mercado Azul / Mateo @ jue 11 jun 2026 18:30 - 19:00 (CEST)",
    date="2026-06-09 08:22 +0200",
    parent="mercado_casual_chat",
    text=(
        "Se ha modificado este evento.\n\n"
        "Charla Mercado Azul / Mateo\n"
        "Cuándo: CAMBIADO jueves 11 jun 2026 18:30 – 19:00 (hora de verano de Europa central)\n"
        "Antes: jueves 11 jun 2026 17:00 – 17:30\n"
        "Enlace de videollamada: https://meet.example.com/mza-chat-mvo\n"
        "Organizador: pilar.ortega@mercadoazul.example.es\n\n"
        "Invitación de Google Calendar\n"
    ),
    ics={"method": "REQUEST", "uid": "1k9mercadoazulchat0611@google.example.com", "seq": 1,
         "start": "20260611T183000", "end": "20260611T190000",
         "summary": "Charla Mercado Azul / Mateo",
         "location": "https://meet.example.com/mza-chat-mvo", "organizer": PILAR,
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
))

P = [
    "Hola Mateo,",
    "Tu entrevista técnica con Bahía Analytics se ha reprogramado a petición del equipo.",
    "Nueva fecha: martes 15 de septiembre, 17:00–18:00 (hora de Madrid)\n"
    "Fecha anterior: martes 8 de septiembre, 17:00–18:00",
    "El enlace de Zoom no cambia. Si el nuevo horario no te va bien, responde a este correo.",
]
add(msg(
    RES, "bahia_ashby_rescheduled", "es", "Bahía Analytics", "gonzalo.rivas@bahiaanalytics.example.es",
    frm=("Bahía Analytics", "no-reply@ashbyhq.com"),
    reply_to=("Gonzalo Rivas", "gonzalo.rivas@bahiaanalytics.example.es"),
    subject="Entrevista reprogramada – Bahía Analytics",
    date="2026-09-09 14:10 +0000",
    parent="bahia_ashby_schedule",
    html=ats_card("Bahía Analytics", "#0369a1", P, ["Enviado con Ashby"], lang="es"),
))

# ------------------------------------------------------------------ English (4)

add(msg(
    RES, "lusotur_panel_cancel", "en", "Lusotur", INES[1],
    frm=INES,
    subject="Canceled event: Junior Data Analyst – panel interview @ Thu 26 Mar 2026 15:00 - 16:15 (WET)",
    date="2026-03-24 17:30 +0000",
    parent="lusotur_panel_ics",
    text=(
        "This event has been canceled.\n\n"
        "Note from Inês: Mateo, so sorry - Tom has to fly to Porto on Thursday for a client "
        "issue. Cancelling this slot for now; I'll send a new time tomorrow, the process "
        "continues as planned.\n\n"
        "Junior Data Analyst – panel interview\n"
        "Thursday 26 Mar 2026 15:00 – 16:15 (Western European Time - Lisbon)\n"
        "Organizer: ines.carvalho@lusotur.example.pt\n\n"
        "Invitation from Google Calendar\n"
    ),
    ics={"method": "CANCEL", "uid": "6s3e1lusotur0326panel@google.example.com", "seq": 1,
         "start": "20260326T150000", "end": "20260326T161500", "tz": "Europe/Lisbon",
         "summary": "Junior Data Analyst – panel interview",
         "location": "https://meet.example.com/lus-pnl-mvo", "organizer": INES,
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
))

add(msg(
    RES, "lusotur_panel_updated", "en", "Lusotur", INES[1],
    frm=INES,
    subject="Updated invitation: Junior Data Analyst – panel interview @ Wed 1 Apr 2026 10:00 - 11:15 (WEST)",
    date="2026-03-25 10:15 +0000",
    parent="lusotur_panel_cancel",
    text=(
        "This event has been changed.\n\n"
        "Junior Data Analyst – panel interview\n"
        "When: CHANGED Wednesday 1 Apr 2026 10:00 – 11:15 (Western European Summer Time - Lisbon)\n"
        "Joining: https://meet.example.com/lus-pnl-mvo\n"
        "Organizer: ines.carvalho@lusotur.example.pt\n"
        "Guests: tom.whitaker@lusotur.example.pt, rita.gomes@lusotur.example.pt, "
        "mateo.vo@example.es\n\n"
        "Invitation from Google Calendar\n"
    ),
    ics={"method": "REQUEST", "uid": "6s3e1lusotur0326panel@google.example.com", "seq": 2,
         "start": "20260401T100000", "end": "20260401T111500", "tz": "Europe/Lisbon",
         "summary": "Junior Data Analyst – panel interview",
         "location": "https://meet.example.com/lus-pnl-mvo", "organizer": INES,
         "attendees": [("Tom Whitaker", "tom.whitaker@lusotur.example.pt"),
                       ("Rita Gomes", "rita.gomes@lusotur.example.pt")],
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
))

add(msg(
    RES, "liffey_moved_online", "en", "Liffey Telecom", "ciaran.oneill@liffeytelecom.example.ie",
    frm=("Ciarán O'Neill", "ciaran.oneill@liffeytelecom.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Change to your Assessment Centre date and format",
    date="2026-06-15 11:20 +0100",
    parent="liffey_assessment_centre",
    text=(
        "Hi Mateo,\n\n"
        "A quick but important change. Because of building works at Sir John Rogerson's Quay, "
        "the Graduate Analytics Assessment Centre will now run online, and it moves from "
        "Thursday 18 June to Thursday 25 June (same times, 09:30-15:30 Irish time).\n\n"
        "You'll get the Teams links for each exercise on Tuesday. Everything else stays the "
        "same. Could you let me know you can still make it?\n\n"
        "Thanks,\n"
        "Ciarán O'Neill\n"
        "Graduate Recruitment | Liffey Telecom\n"
        "40 Sir John Rogerson's Quay, Dublin 2\n"
    ),
))

add(msg(
    RES, "harbourline_cancel", "en", "Harbourline Bank", "siobhan.kelly@harbourline.example.ie",
    frm=("Kelly, Siobhán", "siobhan.kelly@harbourline.example.ie"),
    subject="RE: Interview invitation - Junior Data Analyst (Retail Credit)",
    date="2026-07-20 09:10 +0100",
    parent="harbourline_video_invite",
    text=(
        "Hi Mateo,\n\n"
        "I'm afraid we have to call off Wednesday's interview. Patrick has been asked to join "
        "an audit week in London at short notice. This is purely a scheduling issue on our "
        "side; I'll come back to you with new dates once his diary settles.\n\n"
        "Apologies for the inconvenience.\n\n"
        "Siobhán\n"
    ) + outlook_block(
        "en", "Kelly, Siobhán <siobhan.kelly@harbourline.example.ie>",
        "Thursday, July 16, 2026 3:02 PM", "Mateo Villanueva-Okoro <mateo.vo@example.es>",
        "Interview invitation - Junior Data Analyst (Retail Credit)",
        "Dear Mateo,\n\nThank you for your application for the Junior Data Analyst (Retail "
        "Credit) role. I'm pleased to invite you to a first-round video interview with Patrick "
        "Nolan, Credit Analytics Manager, and myself.\n\nWednesday 22 July 2026, 10:00-10:45 "
        "(Irish time), Microsoft Teams."),
    charset="windows-1252",
    cte="quoted-printable",
))

# ------------------------------------------------------------------ French (2)

add(msg(
    RES, "garrigue_new_slot", "fr", "Garrigue Data", CAMILLE[1],
    frm=CAMILLE,
    subject="Nouveau créneau pour notre entretien",
    date="2026-04-29 09:15 +0200",
    parent="garrigue_missed_teams",
    text=reply(
        "Bonjour Mateo,\n\nPas de souci pour hier. Je vous propose un nouveau créneau pour "
        "l'entretien : mardi 5 mai à 14 h, même lien Teams.\n\nBien à vous,\nCamille",
        "fr", "mar. 28 avr. 2026 à 10:25", "Camille Roux <camille.roux@garriguedata.example.fr>",
        "Bonjour Mateo,\n\nNous vous avons attendu sur Teams ce matin à 10 h, mais vous ne "
        "vous êtes pas connecté. Tout va bien ?\n\nCamille"),
    cte="quoted-printable",
))

add(msg(
    RES, "ecusson_malade", "fr", "Écusson Conseil", "julien.fabre@ecussonconseil.example.fr",
    frm=("Julien Fabre", "julien.fabre@ecussonconseil.example.fr"),
    subject="Report de notre entretien téléphonique",
    subj_enc=("iso-8859-1", "B"),
    date="2026-09-01 08:12 +0200",
    parent="ecusson_phone_invite",
    text=(
        "Bonjour Monsieur Villanueva-Okoro,\n\n"
        "Je suis malheureusement souffrant cette semaine et je dois reporter notre échange "
        "prévu jeudi. Seriez-vous disponible le mardi 8 septembre à 11 h ? Le format reste le "
        "même : je vous appelle.\n\n"
        "Toutes mes excuses pour ce contretemps.\n\n"
        "Julien Fabre\n"
        "Manager - Écusson Conseil\n"
    ),
    charset="iso-8859-1",
    cte="8bit",
))

# ------------------------------------------------------------------ German (1)

add(msg(
    RES, "isarwerk_krank_verschoben", "de", "Isarwerk Analytics", FRANZI[1],
    frm=FRANZI,
    subject="Neuer Termin: Kennenlernen Isarwerk Analytics",
    date="2026-05-18 16:40 +0200",
    parent="isarwerk_invite",
    text=(
        "Hallo Mateo,\n\n"
        "leider ist Jonas krank geworden, deshalb müssen wir unser Gespräch morgen verschieben. "
        "Neuer Termin wäre Freitag, 22. Mai, um 10:30 Uhr – die aktualisierte Einladung hängt "
        "an. Sag mir bitte Bescheid, falls das nicht klappt.\n\n"
        "Viele Grüße\n"
        "Franziska\n"
    ),
    cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "isarwerk-kennenlernen-mvo-0519@isarwerk.example.de",
         "seq": 1, "start": "20260522T103000", "end": "20260522T111500", "tz": "Europe/Berlin",
         "summary": "Kennenlernen Isarwerk Analytics / Mateo Villanueva-Okoro",
         "location": "Google Meet", "organizer": FRANZI,
         "attendees": [("Jonas Brunner", "jonas.brunner@isarwerk.example.de")]},
))

# ====================================================================== missed (10)
# ------------------------------------------------------------------ Spanish (6)

add(msg(
    MIS, "alboran_missed_teams", "es", "Banca Alborán", "inmaculada.ruiz@bancaalboran.example.es",
    frm=("Inmaculada Ruiz Castaño", "inmaculada.ruiz@bancaalboran.example.es"),
    subject="Entrevista de hoy - Analista de Datos Junior",
    date="2026-02-03 10:32 +0100",
    parent="alboran_workday_invite",
    text=(
        "Hola Mateo:\n\n"
        "Hoy a las 10:00 teníamos reservada tu entrevista por Teams y te estuvimos esperando "
        "Raquel, de Riesgos, y yo hasta las 10:20, pero no llegaste a entrar. Tampoco hemos "
        "recibido aviso de cancelación.\n\n"
        "Si ha habido algún problema, escríbeme hoy y veo qué podemos hacer.\n\n"
        "Inmaculada Ruiz Castaño\n"
        "Técnica de Selección · Banca Alborán\n"
        "Paseo de la Farola 14 · 29016 Málaga\n\n"
        "Este mensaje es confidencial. Si no es usted el destinatario, bórrelo y avise al "
        "remitente.\n"
    ),
    html=simple_html([
        "Hola Mateo:",
        "Hoy a las 10:00 teníamos reservada tu entrevista por Teams y te estuvimos esperando "
        "Raquel, de Riesgos, y yo hasta las 10:20, pero no llegaste a entrar. Tampoco hemos "
        "recibido aviso de cancelación.",
        "Si ha habido algún problema, escríbeme hoy y veo qué podemos hacer.",
    ], ["Inmaculada Ruiz Castaño", "Técnica de Selección · Banca Alborán",
        "Paseo de la Farola 14 · 29016 Málaga"]),
    cte="quoted-printable",
))

add(msg(
    MIS, "puente_missed_call", "es", "Puente Talent", "javier.moreno@puentetalent.example.es",
    frm=("Javier Moreno", "javier.moreno@puentetalent.example.es"),
    subject="Te he llamado",
    date="2026-03-18 10:18 +0100",
    parent="puente_phone_screen",
    text=(
        "Mateo, te he llamado dos veces a las 10:00 como quedamos y salta el buzón. ¿Sigue en "
        "pie la entrevista? Dime cuándo puedo localizarte.\n\n"
        "Javier Moreno · Puente Talent · +34 915 55 02 19\n"
    ),
))

add(msg(
    MIS, "kairos_missed", "es", "Alcazaba Seguros", "sonia.prieto@kairosseleccion.example.es",
    frm=("Sonia Prieto", "sonia.prieto@kairosseleccion.example.es"),
    subject="No pudiste conectarte a la entrevista con Alcazaba Seguros",
    date="2026-04-22 10:41 +0200",
    parent="kairos_alcazaba_invite",
    text=(
        "Mateo, la entrevista con Alcazaba Seguros era hoy a las 10:00 y el equipo estuvo "
        "esperándote en Teams hasta las 10:20. ¿Ha pasado algo? Llámame en cuanto puedas.\n\n"
        "Sonia\n"
    ),
    headers={"Importance": "high", "X-Priority": "1"},
))

add(msg(
    MIS, "sierra_missed_video", "es", "Sierra Nevada Turismo",
    "encarni.lopez@sierranevadaturismo.example.es",
    frm=("Encarni López", "encarni.lopez@sierranevadaturismo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Re: Videoentrevista - Analista de Datos (Marketing y Reservas)",
    date="2026-02-17 12:31 +0100",
    parent="sierra_video_invite",
    text=reply(
        "Hola Mateo,\n\n"
        "Raúl y yo hemos estado en la sala de Meet desde las 12:00 y no te hemos visto aparecer. "
        "Te he escrito también por WhatsApp. Espero que todo vaya bien; cuéntanos qué ha "
        "pasado cuando puedas.\n\n"
        "Encarni",
        "es", "mar, 10 feb 2026 a las 11:11", "Encarni López",
        "Martes 17 de febrero, 12:00 – 12:45\nGoogle Meet: https://meet.example.com/snt-mvo-0217"),
    cte="quoted-printable",
))

add(msg(
    MIS, "aljarafe_missed_call", "es", "Aljarafe Logística", "rosa.galan@aljarafelogistica.example.es",
    frm=("Rosa Galán · RRHH Aljarafe Logística", "rosa.galan@aljarafelogistica.example.es"),
    subject="Llamada de selección sin respuesta",
    date="2026-08-20 12:50 +0200",
    html=simple_html([
        "Buenos días, Mateo:",
        "Teníamos programada la entrevista telefónica para el puesto de Analista de Operaciones "
        "hoy a las 12:30. Te he llamado al 651 20 48 73 en dos ocasiones sin respuesta.",
        "Si sigues interesado, contéstame con un par de horarios que te vengan bien esta semana.",
    ], ["Rosa Galán", "Recursos Humanos · Aljarafe Logística",
        "Polígono PISA, C/ Manufactura 6 · 41927 Mairena del Aljarafe (Sevilla)"]),
    cte="quoted-printable",
))

add(msg(
    MIS, "guadalhorce_no_show", "es", "Guadalhorce Energía", "yolanda.fernandez@guadalhorce-energia.example.es",
    frm=("Yolanda Fernández", "yolanda.fernandez@guadalhorce-energia.example.es"),
    subject="Entrevista presencial de esta mañana",
    date="2026-10-07 11:15 +0200",
    text=(
        "Buenos días, Mateo:\n\n"
        "Te esperábamos a las 10:00 en nuestras oficinas de Cártama para la entrevista de "
        "Analista de Datos de Mantenimiento. Según recepción no has pasado por aquí, y el "
        "equipo ya ha vuelto a sus tareas.\n\n"
        "Quedo a la espera de tus noticias.\n\n"
        "Yolanda Fernández\n"
        "Selección y Desarrollo · Guadalhorce Energía\n"
        "Polígono Industrial La Estación, parcela 12 · 29580 Cártama (Málaga)\n"
    ),
    charset="windows-1252",
    cte="8bit",
))

# ------------------------------------------------------------------ English (2)

add(msg(
    MIS, "tejo_missed_meet", "en", "Tejo Payments", "rui.almeida@tejopayments.example.pt",
    frm=("Rui Almeida", "rui.almeida@tejopayments.example.pt"),
    subject="Re: quick chat?",
    date="2026-05-21 11:18 +0100",
    parent="tejo_free_thursday",
    text=reply(
        "Hi Mateo, I waited on Google Meet for 15 minutes but didn't see you join. No worries "
        "if something came up, just let me know.\n\nRui",
        "en", "Tue, 19 May 2026 at 17:33", "Rui Almeida <rui.almeida@tejopayments.example.pt>",
        "Are you free Thursday to chat? Something like 30 min at 11:00 Lisbon time on Google "
        "Meet."),
))

add(msg(
    MIS, "dockside_missed", "en", "Dockside Data", "niamh.doyle@docksidedata.example.ie",
    frm=("Niamh Doyle", "niamh.doyle@docksidedata.example.ie"),
    subject="Missed you today",
    date="2026-08-27 14:25 +0100",
    parent="dockside_own_application",
    text=(
        "Hello Mateo,\n\n"
        "I tried calling you twice at 14:00 for our screening call about the Junior Analyst "
        "post, but it went to voicemail both times. Could you let me know if you're still "
        "interested and when you're free?\n\n"
        "Regards,\n"
        "Niamh Doyle\n"
        "Operations Manager, Dockside Data\n"
    ),
))

# ------------------------------------------------------------------ French (1)

add(msg(
    MIS, "garrigue_missed_teams", "fr", "Garrigue Data", CAMILLE[1],
    frm=CAMILLE,
    subject="Entretien de ce matin",
    date="2026-04-28 10:25 +0200",
    parent="garrigue_invite_ics",
    text=(
        "Bonjour Mateo,\n\nNous vous avons attendu sur Teams ce matin à 10 h, mais vous ne "
        "vous êtes pas connecté. Tout va bien ?\n\nCamille\n"
    ),
))

# ------------------------------------------------------------------ German (1)

P = [
    "Sehr geehrter Herr Villanueva-Okoro,",
    "heute um 10:00 Uhr waren Sie zu einem Vorstellungsgespräch bei uns in der Leopoldstraße "
    "eingeladen. Leider sind Sie nicht erschienen, und wir haben auch keine Absage erhalten. "
    "Telefonisch konnten wir Sie nicht erreichen.",
    "Bitte melden Sie sich bis Mittwoch bei mir, falls Sie weiterhin Interesse an der Stelle "
    "haben.",
    "Mit freundlichen Grüßen",
]
SIG = ["Markus Seidl", "HR Business Partner", "Schwabing Telekom · Leopoldstraße 180 · 80804 München"]
add(msg(
    MIS, "schwabing_nicht_erschienen", "de", "Schwabing Telekom", "markus.seidl@schwabing-telekom.example.de",
    frm=("Markus Seidl", "markus.seidl@schwabing-telekom.example.de"),
    subject="Ihr heutiger Termin bei Schwabing Telekom",
    date="2026-07-20 11:05 +0200",
    parent="schwabing_onsite_ics",
    text=plain(P) + "\n".join(SIG) + "\n",
    html=outlook_html(P, SIG),
    cte="base64",
))

assert len(MESSAGES) == 51, len(MESSAGES)
