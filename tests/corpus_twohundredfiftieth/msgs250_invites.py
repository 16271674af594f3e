"""Corpus 250: 26 interview invitations, 15 reschedules/cancellations and 10 missed-interview
notices, written by hand (one dict per message)."""

from __future__ import annotations

from msgs250_common import (
    CANDIDATE,
    ats_card,
    html_page,
    mso,
    outlook_block,
    paras,
    reply,
    word_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]

MAITE = ("Maite Etxeberria Goñi", "maite.etxeberria@urumea.example.es")
KOLDO = ("Koldo Arrieta", "karrieta@nervion-acero.example.es")
AMAIA = ("Amaia Lasa", "amaia.lasa@lezoterminal.example.es")
NEREA = ("Nerea Ugarte", "nerea.ugarte@kalitate.example.es")
IKER = ("Iker Zubizarreta", "iker.zubizarreta@bidelan.example.es")
UNAI = ("Unai Bengoetxea", "unai.bengoetxea@deustoeraikuntzak.example.es")
GARAZI = ("Garazi Irigoien", "garazi.irigoien@txingudi.example.es")
MIREN = ("Miren Aizpurua", "miren.aizpurua@urola-papel.example.es")
LOREA = ("Lorea Basterretxea", "lorea.basterretxea@zorrotza.example.es")
SANNE = ("Sanne de Vries", "sanne.de.vries@mcs.example.nl")
HARRIET = ("Harriet Shaw", "harriet@keelcompass.example.co.uk")
PRIYA = ("Priya Natarajan", "priya.natarajan@harbourline.example.co.uk")
MARLOES = ("Marloes Bakker", "m.bakker@pernis-rs.example.nl")
CAMILLE = ("Camille Dufau", "camille.dufau@batiments-garonne.example.fr")
MAITE_FR = ("Maïté Iriart", "maite.iriart@interim-adour.example.fr")
SABINE = ("Sabine Kurz", "s.kurz@neckarwerk.example.de")

MESSAGES: list[dict] = []
add = MESSAGES.append

# =================================================================== interview_invitation (26)

# --- I1 Construcciones Urumea: panel invite, Outlook, calendar REQUEST ------------------------
_t = """Buenos días, Íñigo:

Después de revisar tu candidatura para Técnico/a de Seguridad y Salud en obra, nos gustaría conocerte en persona.

Te proponemos una entrevista con un pequeño panel el martes 16 de junio a las 10:00 en nuestras oficinas (Paseo de Errondo 6, Donostia). Estaremos Joseba Mujika, jefe de producción, y yo. Calcula una hora aproximadamente.

Te adjunto la convocatoria para que la aceptes en tu calendario. Si esa hora no te encaja, dímelo y buscamos otra.

Un saludo,

Maite Etxeberria Goñi
Técnica de Personas · Construcciones Urumea
Paseo de Errondo 6 · 20010 Donostia-San Sebastián
T. +34 943 455 870"""
add({
    "key": "urumea-invite", "kind": "interview_invitation", "scenario": "panel_outlook_ics_request",
    "lang": "es", "company": "Construcciones Urumea", "contact": MAITE[1], "frm": MAITE,
    "date": "2026-06-09 09:12 +0200", "subject": "Entrevista - Técnico/a de Seguridad y Salud en obra",
    "text": _t, "html": word_html(mso(_t)), "headers": OUTLOOK,
    "ics": {"uid": "040000008200E00074C5B7101A82E00800000000URUMEA16", "seq": 0,
             "start": "2026-06-16 10:00 +0200", "end": "2026-06-16 11:00 +0200",
             "summary": "Entrevista Íñigo Salaberri - Técnico/a SyS", "organizer": MAITE,
             "location": "Construcciones Urumea, Paseo de Errondo 6, Donostia",
             "attendees": [("Joseba Mujika", "joseba.mujika@urumea.example.es")],
             "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "cte": "base64"},
})

# --- I2 Acerías del Nervión: recruiter phone-screen ask ----------------------------------------
add({
    "key": "nervion-invite", "kind": "interview_invitation", "scenario": "llamada_selector_jueves",
    "lang": "es", "company": "Acerías del Nervión", "contact": KOLDO[1], "frm": KOLDO,
    "date": "2026-03-03 12:40 +0100", "subject": "Tu candidatura - técnico de seguridad acería",
    "cte": "8bit", "text": """Hola Íñigo:

Soy Koldo, de selección de Acerías del Nervión. He visto tu candidatura para técnico de seguridad y me gustaría tener una primera conversación telefónica contigo, unos 20 minutos, para conocerte y contarte el puesto.

¿Te puedo llamar el jueves 5 a las 10:00 al número de tu CV? Si no te viene bien, proponme otra hora.

Un saludo,

Koldo Arrieta
Técnico de Selección · Acerías del Nervión S.A.
Ribera de Zorrozaurre 14, 48014 Bilbao
Tel. +34 944 270 315
""",
})

# --- I3 Acerías del Nervión: second chance on Teams, quoting the candidate's apology ---------------
_old = """Hola Koldo:

Te pido disculpas por lo de esta mañana. Estaba en la torre de vigilancia con un rescate en marcha y no pude atender el móvil hasta mediodía. Sigo muy interesado en el puesto.

¿Habría posibilidad de hablar otro día? Cualquier tarde a partir de las 16:00 me viene bien.

Un saludo,
Íñigo"""
add({
    "key": "nervion-invite2", "kind": "interview_invitation", "scenario": "segunda_oportunidad_teams",
    "lang": "es", "company": "Acerías del Nervión", "contact": KOLDO[1], "frm": KOLDO,
    "date": "2026-03-10 08:55 +0100", "subject": "Re: Disculpas por la llamada del jueves",
    "parent": "nervion-apology", "cte": "quoted-printable",
    "text": reply("""Hola de nuevo, Íñigo:

Sin problema, entiendo perfectamente la situación. Vamos a hacerlo por Teams, así te conoce también Ane, la responsable de seguridad de planta.

Jueves 12 de marzo, 17:00. Enlace: https://teams.example.com/l/meetup-join/nervion-hse-0312

Serán unos 45 minutos. Ten a mano ejemplos de situaciones de riesgo que hayas gestionado.

Koldo""", "es", "jue, 5 mar 2026 a las 19:47", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- I4 Terminal Marítima de Lezo: trial day, .ics attachment ----------------------------------------
_t = """Hola Íñigo:

Gracias por tu interés en Técnico/a de Seguridad Portuaria. Queremos invitarte a una jornada de prueba en la terminal el miércoles 13 de mayo, de 8:00 a 14:00.

Acompañarás a nuestro técnico de turno en las inspecciones de muelle, en una reunión de coordinación con la estiba y en un simulacro de derrame. Trae calzado de seguridad; el chaleco y el casco te los dejamos aquí.

Te adjunto el archivo de calendario. Confírmanos tu asistencia respondiendo a este correo.

Amaia Lasa
Recursos Humanos · Terminal Marítima de Lezo
Muelle Buenavista s/n · 20110 Pasaia
943 351 690"""
add({
    "key": "lezo-invite", "kind": "interview_invitation", "scenario": "jornada_prueba_ics_adjunto",
    "lang": "es", "company": "Terminal Marítima de Lezo", "contact": AMAIA[1], "frm": AMAIA,
    "date": "2026-05-04 10:20 +0200", "subject": "Invitación a jornada de prueba - Terminal de Lezo",
    "text": _t, "html": html_page(paras(_t), "es"), "parent": "lezo-ack",
    "ics": {"uid": "lezo-jornada-20260513@lezoterminal.example.es", "seq": 0,
             "start": "2026-05-13 08:00 +0200", "end": "2026-05-13 14:00 +0200",
             "summary": "Jornada de prueba - Técnico/a de Seguridad Portuaria", "organizer": AMAIA,
             "location": "Terminal Marítima de Lezo, Muelle Buenavista, Pasaia",
             "inline": False, "attach": "jornada_prueba_lezo.ics"},
})

# --- I5 Kalitate Ingeniería: Personio scheduling mail, Reply-To the recruiter --------------------------
_t = """Hola Íñigo,

¡Buenas noticias! Nos gustaría invitarte a una entrevista para el puesto Técnico/a de Prevención – Consultoría (Vitoria-Gasteiz).

Propuesta: miércoles 25 de febrero de 2026, 10:00–11:00, en nuestra oficina de Avda. Gasteiz 38.

Por favor, confirma la cita o elige otra franja aquí:
https://kalitate.jobs.personio.de/interview/confirm/8f31c2

Si tienes dudas, responde a este mensaje y le llegará a Nerea Ugarte.

Saludos,
Kalitate Ingeniería"""
add({
    "key": "kalitate-invite", "kind": "interview_invitation", "scenario": "personio_enlace_confirmar",
    "lang": "es", "company": "Kalitate Ingeniería", "contact": NEREA[1],
    "frm": ("Kalitate Ingeniería", "noreply@personio.de"), "reply_to": NEREA,
    "date": "2026-02-23 11:03 +0100", "subject": "Invitación a entrevista: Técnico/a de Prevención – Consultoría",
    "subject_enc": ("utf-8", "Q"), "text": _t,
    "html": ats_card("Kalitate Ingeniería", "#283593", paras(_t), "Enviado con Personio", "es"),
    "headers": AUTO,
})

# --- I6 Bidelan ETT: agency sets up an interview with a named client ----------------------------------
add({
    "key": "bidelan-invite", "kind": "interview_invitation", "scenario": "ett_entrevista_con_cliente",
    "lang": "es", "company": "Galvanizados Barakaldo", "contact": IKER[1], "frm": IKER,
    "date": "2026-01-20 13:31 +0100", "subject": "Entrevista en Galvanizados Barakaldo - jueves 22",
    "parent": "bidelan-ack", "cte": "quoted-printable",
    "text": """Hola Íñigo:

¡Te he conseguido entrevista! Galvanizados Barakaldo quiere conocerte para el puesto de técnico de seguridad de su planta de Lutxana.

- Día: jueves 22 de enero
- Hora: 9:00
- Lugar: Camino de la Ribera 3, Lutxana (pregunta en portería por Raúl Ortiz, jefe de planta)
- Duración: una hora, con visita a la nave de baños de zinc

Lleva DNI y el certificado del curso de 60 horas. Cualquier cosa me llamas.

Iker Zubizarreta
Consultor de Selección · Bidelan ETT
Gran Vía 61, 3º · 48011 Bilbao · 944 051 772
""",
})

# --- I7 Altzaga Talent: head-hunter meeting, unnamed client ----------------------------------------------
add({
    "key": "altzaga-invite", "kind": "interview_invitation", "scenario": "headhunter_reunion_oficina",
    "lang": "es", "company": "Altzaga Talent", "contact": "ainhoa@altzaga.example.es",
    "frm": ("Ainhoa Altzaga", "ainhoa@altzaga.example.es"), "date": "2026-03-25 18:14 +0100",
    "subject": "Re: Perfil HSE en Gipuzkoa", "parent": "altzaga-cold", "cte": "8bit",
    "text": """Hola Íñigo,

Gracias por mandarme el CV actualizado. Encaja con lo que me pide mi cliente (sector energía, Gipuzkoa), así que te propongo una entrevista conmigo antes de presentarte:

Lunes 30 de marzo, 18:00, en nuestra oficina del Paseo de Colón 22, 2º izq.

Será una conversación de una hora sobre tu trayectoria y tus expectativas. Si prefieres videollamada, también podemos.

Ainhoa Altzaga
Altzaga Talent · Executive Search
+34 688 402 913
""",
})

# --- I8 Obras Deusto Eraikuntzak: casual "¿te viene bien el jueves?" --------------------------------------
_old = """Buenas tardes:

Os envío mi candidatura para la oferta de técnico de PRL en obra publicada en vuestra web. Adjunto CV.

Un saludo,
Íñigo Salaberri-Achterberg"""
add({
    "key": "deusto-invite", "kind": "interview_invitation", "scenario": "casual_te_viene_bien_jueves",
    "lang": "es", "company": "Obras Deusto Eraikuntzak", "contact": UNAI[1], "frm": UNAI,
    "date": "2026-04-08 17:26 +0200", "subject": "Re: Candidatura técnico PRL en obra",
    "parent": "deusto-application",
    "text": reply("""Kaixo Íñigo!

Gracias por escribirnos. ¿Te viene bien el jueves 16 a las 9:30 para charlar media hora por Teams? Así te cuento las obras que tenemos en marcha en Zorrotzaurre y tú me cuentas lo tuyo.

Te mando el enlace el mismo día por la mañana.

Unai""", "es", "mié, 1 abr 2026, 21:03", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- I9 Grupo Txingudi Logística: Workable scheduling --------------------------------------------------------
_t = """Hola Íñigo,

Gracias por tu candidatura para Técnico/a de Seguridad y Salud (Irun). Nos gustaría hacerte una videoentrevista de 45 minutos con Garazi Irigoien (Personas y Cultura) y Xabier Olaizola (Jefe de Operaciones).

Elige el horario que mejor te venga desde este enlace:
https://apply.workable.com/txingudi/schedule/3c9e7a

Los huecos disponibles son del 14 al 16 de septiembre.

Un saludo,
Grupo Txingudi Logística"""
add({
    "key": "txingudi-invite", "kind": "interview_invitation", "scenario": "workable_elige_horario",
    "lang": "es", "company": "Grupo Txingudi Logística", "contact": GARAZI[1],
    "frm": ("Grupo Txingudi Logística", "txingudi@workablemail.com"), "reply_to": GARAZI,
    "date": "2026-09-10 09:44 +0200", "subject": "Agenda tu entrevista con Grupo Txingudi Logística",
    "subject_enc": ("utf-8", "B"), "name_enc": ("utf-8", "B"), "text": _t,
    "html": ats_card("Grupo Txingudi Logística", "#ff6f00", paras(_t), "Sent with Workable", "es"),
    "parent": "txingudi-ack",
})

# --- I10 Papelera del Urola: assessment centre, HTML only, .ics attachment -------------------------------------
_h = html_page("""<p>Hola Íñigo:</p>
<p>Has pasado el primer filtro para <strong>Técnico/a de Seguridad y Medio Ambiente</strong> en nuestra fábrica de Azpeitia. Te invitamos a nuestro <em>assessment center</em>:</p>
<ul>
<li><strong>Fecha:</strong> martes 14 de julio de 2026</li>
<li><strong>Horario:</strong> 9:00 a 13:30</li>
<li><strong>Lugar:</strong> Papelera del Urola, Barrio Landeta 1, Azpeitia (sala de formación)</li>
</ul>
<p>La mañana incluye una dinámica de grupo, una prueba psicotécnica y una visita guiada por la planta de pasta. Ven con ropa cómoda y calzado cerrado.</p>
<p>Te dejamos la convocatoria adjunta para tu calendario. Por favor, confírmanos asistencia antes del viernes.</p>
<p>Miren Aizpurua<br>Selección y Desarrollo · Papelera del Urola<br>943 812 440</p>""", "es",
               "Assessment center")
add({
    "key": "urola-invite", "kind": "interview_invitation", "scenario": "assessment_center_html_ics",
    "lang": "es", "company": "Papelera del Urola", "contact": MIREN[1], "frm": MIREN,
    "date": "2026-07-07 12:05 +0200", "subject": "Convocatoria assessment center - 14 de julio",
    "html": _h, "cte": "base64",
    "ics": {"uid": "urola-ac-20260714@urola-papel.example.es", "seq": 0,
             "start": "2026-07-14 09:00 +0200", "end": "2026-07-14 13:30 +0200",
             "summary": "Assessment center Papelera del Urola", "organizer": MIREN,
             "location": "Barrio Landeta 1, Azpeitia", "inline": False, "attach": "assessment_urola.ics"},
})

# --- I11 Astilleros Zorrotza: iCIMS video interview --------------------------------------------------------
_t = """Estimado Íñigo:

Nos complace invitarte a una videoentrevista para el puesto de Técnico de Prevención en Astillero.

Fecha y hora: martes 26 de mayo de 2026, 10:00 (hora peninsular)
Formato: videollamada (recibirás el enlace 24 horas antes)
Entrevistadores: Lorea Basterretxea (Talent Acquisition) y Gorka Uriarte (Jefe de Seguridad)

Para confirmar, utiliza el botón de tu portal de candidato o responde a este correo.

Saludos cordiales,
Astilleros Zorrotza"""
add({
    "key": "zorrotza-invite", "kind": "interview_invitation", "scenario": "icims_videoentrevista",
    "lang": "es", "company": "Astilleros Zorrotza", "contact": LOREA[1],
    "frm": ("Astilleros Zorrotza", "careers-zorrotza@icims.com"), "reply_to": LOREA,
    "date": "2026-05-21 03:30 -0400", "subject": "Invitación a entrevista - Astilleros Zorrotza",
    "text": _t, "html": ats_card("Astilleros Zorrotza", "#0d47a1", paras(_t),
                           "This email was sent via iCIMS on behalf of Astilleros Zorrotza.", "es"),
    "parent": "zorrotza-ack",
    "ics": {"uid": "icims-zorrotza-7731@icims.com", "seq": 0, "start": "2026-05-26 10:00 +0200",
             "end": "2026-05-26 10:45 +0200", "summary": "Videoentrevista Astilleros Zorrotza",
             "organizer": LOREA, "location": "Videollamada"},
})

# --- I12 Prevención Gure Lana: practical test on a real site ------------------------------------------------
add({
    "key": "gurelana-invite", "kind": "interview_invitation", "scenario": "prueba_practica_obra",
    "lang": "es", "company": "Prevención Gure Lana", "contact": "iruizdeazua@gurelana.example.eus",
    "frm": ("Iñaki Ruiz de Azúa", "iruizdeazua@gurelana.example.eus"), "name_enc": ("iso-8859-1", "B"),
    "date": "2026-09-28 10:50 +0200", "subject": "Siguiente paso: prueba práctica en obra",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Buenos días Íñigo,

Como te comenté por teléfono, el siguiente paso del proceso es una prueba práctica. Queremos verte trabajar en campo.

Te esperamos el viernes 2 de octubre a las 9:00 en la obra de viviendas de Salburua (calle Paris 12, Vitoria-Gasteiz). Durante unas dos horas tendrás que identificar riesgos en la obra, redactar un breve informe de visita y comentarlo después con nosotros.

Trae tu equipo de protección individual. Nosotros ponemos la tablet y la plantilla del informe.

Un saludo,

Iñaki Ruiz de Azúa
Técnico Superior PRL · Prevención Gure Lana (Servicio de Prevención Ajeno)
Portal de Foronda 41, 01010 Vitoria-Gasteiz
945 214 663
""",
})

# --- I13 Mantenimientos Leitzaran: phone interview --------------------------------------------------------
add({
    "key": "leitzaran-invite", "kind": "interview_invitation", "scenario": "entrevista_telefonica_outlook",
    "lang": "es", "company": "Mantenimientos Industriales Leitzaran", "contact": "jaione.azpiroz@leitzaran.example.es",
    "frm": ("Jaione Azpiroz", "jaione.azpiroz@leitzaran.example.es"), "date": "2026-10-05 09:30 +0200",
    "subject": "Entrevista telefónica - Técnico/a PRL", "charset": "windows-1252", "cte": "quoted-printable",
    "headers": OUTLOOK,
    "text": """Buenos días Íñigo,

Hemos recibido tu CV para el puesto de Técnico/a PRL en mantenimiento industrial y nos gustaría hacerte una entrevista telefónica.

Te llamaremos el jueves 8 de octubre a las 11:00 al 643 118 207. Si prefieres otra hora, indícanosla respondiendo a este correo.

Atentamente,

Jaione Azpiroz
Dpto. de Personas
Mantenimientos Industriales Leitzaran
Errota Kalea 3 · 20150 Villabona · Tel. 943 692 118
""",
})

# --- I14 Conservas Getaria: quick call proposal -------------------------------------------------------------
add({
    "key": "getaria-invite", "kind": "interview_invitation", "scenario": "propuesta_llamada_rapida",
    "lang": "es", "company": "Conservas Getaria", "contact": "ander@conservas-getaria.example.es",
    "frm": ("Ander Etxabe", "ander@conservas-getaria.example.es"), "date": "2026-08-04 16:12 +0200",
    "subject": "¿Hablamos el jueves?", "subject_enc": ("iso-8859-1", "Q"), "cte": "8bit",
    "text": """Egun on Íñigo,

Soy Ander Etxabe, gerente de Conservas Getaria. Me ha llegado tu CV a través de un conocido de la cofradía y estamos buscando a alguien para llevar la seguridad en la fábrica de anchoa durante la campaña y después.

¿Podemos hablar por teléfono el jueves 6 a las 12:00? Será una primera entrevista informal, media hora.

Ander
Conservas Getaria · Herrerieta kalea 5, Getaria · 943 140 377
""",
})

# --- I15 Maasvlakte Container Services: "via Greenhouse" scheduling ----------------------------------------------
_t = """Hi Íñigo,

Thanks again for your application for HSE Technician at Maasvlakte Container Services. I'd like to invite you to a 60-minute interview with me and Pieter Jansen, our Terminal Safety Lead.

Please pick a time that works for you using the link below. The slot you choose will be confirmed by calendar invite.

https://app.greenhouse.io/scheduling/self/7b3e11c2

Available: Tuesday 21 April – Thursday 23 April, on site at Europaweg 910 or on video.

Best,
Sanne de Vries
Talent Acquisition Partner | Maasvlakte Container Services"""
add({
    "key": "mcs-invite", "kind": "interview_invitation", "scenario": "greenhouse_self_schedule",
    "lang": "en", "company": "Maasvlakte Container Services", "contact": SANNE[1],
    "frm": ("Sanne de Vries via Greenhouse", "no-reply@us.greenhouse-mail.io"), "reply_to": SANNE,
    "date": "2026-04-14 13:20 +0000", "subject": "Interview invitation: HSE Technician at Maasvlakte Container Services",
    "text": _t, "html": html_page(paras(_t), "en"), "parent": "mcs-ack", "cte": "quoted-printable",
})

# --- I16 Van der Heijden Bouw: trial day on site, inline calendar -------------------------------------------------
_t = """Dear Íñigo,

Following your application for Site Safety Officer, we would like to invite you to a trial day on our construction site at Katendrecht (Rotterdam), where we are building 96 apartments.

Date: Tuesday 24 March 2026
Time: 07:30 – 15:00
Meeting point: site office, Deliplein 2, Rotterdam
What we'll do: morning toolbox meeting, a site walk with our SHE coordinator Ruben Kok, and an afternoon case on scaffolding inspection.

Personal protective equipment will be provided. Please accept the calendar invitation so we can register you at the site gate.

Kind regards,
Eline van der Heijden
HR Manager | Van der Heijden Bouw
+31 10 484 2290"""
add({
    "key": "vdh-invite", "kind": "interview_invitation", "scenario": "trial_day_site_calendar",
    "lang": "en", "company": "Van der Heijden Bouw", "contact": "eline@vdheijden.example.nl",
    "frm": ("Eline van der Heijden", "eline@vdheijden.example.nl"), "date": "2026-03-17 14:02 +0100",
    "subject": "Trial day invitation – Site Safety Officer", "subject_enc": ("utf-8", "Q"),
    "text": _t, "cte": "quoted-printable", "parent": "vdh-ack",
    "ics": {"uid": "vdh-trialday-20260324@vdheijden.example.nl", "seq": 0,
             "start": "2026-03-24 07:30 +0100", "end": "2026-03-24 15:00 +0100",
             "summary": "Trial day Site Safety Officer – Van der Heijden Bouw",
             "organizer": ("Eline van der Heijden", "eline@vdheijden.example.nl"),
             "location": "Site office, Deliplein 2, Rotterdam"},
})

# --- I17 Keel & Compass: agency sets up the client interview ------------------------------------------------------
_old = """Hi Harriet,

Thanks for getting in touch. Yes, I'd be interested in hearing about tank-storage roles in Rotterdam. My updated CV is attached.

Best regards,
Íñigo"""
add({
    "key": "keel-invite", "kind": "interview_invitation", "scenario": "agency_client_interview_nsts",
    "lang": "en", "company": "North Sea Tank Storage", "contact": HARRIET[1], "frm": HARRIET,
    "date": "2026-07-13 10:18 +0100", "subject": "Re: Tank storage safety roles – interview with NSTS",
    "subject_enc": ("utf-8", "B"), "parent": "keel-cold",
    "text": reply("""Hi Íñigo,

Great news: North Sea Tank Storage would like to interview you for their HSE Technician vacancy at the Vondelingenplaat terminal.

When: Friday 17 July, 10:00 CET
Where: NSTS main gate, Torontostraat 19, Rotterdam (bring your passport for the gate pass)
With: Dirk Mulder, HSE Superintendent, and Anouk Peters from HR

It's a competency-based interview of about 75 minutes. I'll call you on Wednesday to prepare.

Best wishes,
Harriet Shaw
Principal Consultant – Ports & Energy | Keel & Compass Recruitment
+44 117 496 0331""", "en", "Mon, 6 Jul 2026 at 21:15", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- I18 Harbourline: Ashby scheduling link ----------------------------------------------------------------
_t = """Hi Íñigo,

Thank you for applying to Harbourline Safety Consultants. The hiring team for HSE Technician (Port of Rotterdam) would like to move forward with a 45-minute video interview.

Please use the link below to choose a time in the next few days:
https://jobs.ashbyhq.com/harbourline/interview/schedule/0f4d2a

Your interviewer will be Priya Natarajan, Senior HSE Consultant.

Thanks,
Harbourline Talent Team"""
add({
    "key": "harbourline-invite", "kind": "interview_invitation", "scenario": "ashby_schedule_link",
    "lang": "en", "company": "Harbourline Safety Consultants", "contact": "",
    "frm": ("Harbourline Safety Consultants", "no-reply@ashbyhq.com"), "date": "2026-08-25 15:41 +0100",
    "subject": "Schedule your interview with Harbourline Safety Consultants", "text": _t,
    "html": ats_card("Harbourline Safety Consultants", "#00695c", paras(_t), "Sent via Ashby", "en"),
    "headers": AUTO, "parent": "harbourline-ack",
})

# --- I19 Rijnmond Demolition: "are you free Friday to chat" -------------------------------------------------
add({
    "key": "rijnmond-invite", "kind": "interview_invitation", "scenario": "casual_free_friday_chat",
    "lang": "en", "company": "Rijnmond Demolition", "contact": "joost@rijnmond-sloop.example.nl",
    "frm": ("Joost Verhagen", "joost@rijnmond-sloop.example.nl"), "date": "2026-06-03 16:37 +0200",
    "subject": "Site safety job - quick chat?", "cte": "7bit",
    "text": """Hi Inigo,

Joost here from Rijnmond Demolition, got your CV from the PortJobs site. Are you free Friday morning for a quick call? Say 10:00 my time, I'll ring your Spanish number. Nothing formal, 20 minutes, just to see if it clicks.

Cheers,
Joost Verhagen
Projectleider | Rijnmond Demolition
+31 6 4120 8871
""",
})

# --- I20 Pernis Refinery Services: panel invite, Outlook with calendar REQUEST ---------------------------------
_t = """Dear Íñigo,

Thank you for your application for the Site Safety Technician position. We would like to invite you for a panel interview on Thursday 8 October, 14:00–15:00, at our office on Vondelingenweg 601.

The panel will be Ruud Smit (Operations Manager) and myself. Please report to the gatehouse 15 minutes early with a photo ID; you will receive a short site safety induction on arrival.

Kind regards,
Marloes Bakker
HSE Manager | Pernis Refinery Services B.V.
Vondelingenweg 601, 3196 KK Vondelingenplaat | +31 10 231 7740"""
add({
    "key": "pernis-invite", "kind": "interview_invitation", "scenario": "panel_outlook_request",
    "lang": "en", "company": "Pernis Refinery Services", "contact": MARLOES[1], "frm": MARLOES,
    "date": "2026-10-01 09:14 +0200", "subject": "Panel interview – Site Safety Technician",
    "subject_enc": ("utf-8", "B"), "text": _t, "html": word_html(mso(_t), "EN-US"), "headers": OUTLOOK,
    "ics": {"uid": "040000008200E00074C5B7101A82E0080000000PERNIS0810", "seq": 0,
             "start": "2026-10-08 14:00 +0200", "end": "2026-10-08 15:00 +0200",
             "summary": "Panel interview – Site Safety Technician", "organizer": MARLOES,
             "location": "Pernis Refinery Services, Vondelingenweg 601",
             "attendees": [("Ruud Smit", "r.smit@pernis-rs.example.nl")],
             "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
})

# --- I21 Delta Chemicals Europoort: assessment day ---------------------------------------------------------
add({
    "key": "delta-invite", "kind": "interview_invitation", "scenario": "assessment_day_human", "lang": "en",
    "company": "Delta Chemicals Europoort", "contact": "lars.janssen@deltachem.example.nl",
    "frm": ("Lars Janssen", "lars.janssen@deltachem.example.nl"), "date": "2026-02-18 11:06 +0100",
    "subject": "Assessment day 25 February - Process Safety Technician", "parent": "delta-ack",
    "text": """Dear Mr Salaberri-Achterberg,

We are pleased to invite you to the assessment day for requisition 26-0311, Process Safety Technician, on Wednesday 25 February 2026 from 08:30 to 16:00 at our Europoort site (Moezelweg 151, gate 4).

The programme:
08:30 welcome and safety induction
09:15 numerical and mechanical reasoning tests
11:00 group exercise: incident investigation
13:30 individual interview with the HSE team
15:30 plant tour

Lunch is provided. Please confirm your attendance by replying to this e-mail before Friday.

Kind regards,
Lars Janssen
Recruitment Advisor | Delta Chemicals Europoort
""",
})

# --- I22 Bâtiments Garonne: entretien with calendar REQUEST -------------------------------------------------
_t = """Bonjour Íñigo,

Suite à votre candidature au poste de Technicien QSE chantier, nous souhaitons vous rencontrer.

Je vous propose un entretien le mardi 8 septembre à 14h00 dans nos locaux, 45 quai de Bacalan à Bordeaux, avec M. Olivier Castaing, directeur travaux, et moi-même. Comptez environ une heure.

Vous trouverez l'invitation ci-jointe. Merci de me confirmer votre présence.

Bien cordialement,
Camille Dufau
Responsable RH - Bâtiments Garonne
45 quai de Bacalan, 33300 Bordeaux - 05 56 39 22 80"""
add({
    "key": "garonne-invite", "kind": "interview_invitation", "scenario": "entretien_invitation_ics",
    "lang": "fr", "company": "Bâtiments Garonne", "contact": CAMILLE[1], "frm": CAMILLE,
    "date": "2026-09-01 10:15 +0200", "subject": "Invitation à un entretien - Technicien QSE chantier",
    "subject_enc": ("utf-8", "Q"), "text": _t, "html": html_page(paras(_t), "fr"),
    "ics": {"uid": "garonne-entretien-0908@batiments-garonne.example.fr", "seq": 0,
             "start": "2026-09-08 14:00 +0200", "end": "2026-09-08 15:00 +0200",
             "summary": "Entretien Technicien QSE - Í. Salaberri-Achterberg", "organizer": CAMILLE,
             "location": "Bâtiments Garonne, 45 quai de Bacalan, Bordeaux",
             "attendees": [("Olivier Castaing", "o.castaing@batiments-garonne.example.fr")]},
})

# --- I23 Intérim Adour: agency sets up a client interview ---------------------------------------------------
add({
    "key": "adour-invite", "kind": "interview_invitation", "scenario": "agence_entretien_client",
    "lang": "fr", "company": "Forges de l'Adour", "contact": MAITE_FR[1], "frm": MAITE_FR,
    "date": "2026-05-27 11:48 +0200", "subject": "Entretien chez Forges de l'Adour le 3 juin",
    "cte": "quoted-printable", "parent": "adour-ack",
    "text": """Bonjour Íñigo,

Bonne nouvelle : les Forges de l'Adour souhaitent vous rencontrer pour le poste de technicien HSE (mission de 6 mois, possibilité d'embauche).

Rendez-vous le mercredi 3 juin à 10h00, 2 rue des Forges à Boucau, avec M. Laborde, responsable maintenance et sécurité. Prévoyez une pièce d'identité et vos chaussures de sécurité pour la visite de l'atelier.

Je vous appelle lundi pour préparer l'entretien ensemble.

Maïté Iriart
Intérim Adour - Agence de Bayonne
05 59 25 70 14
""",
})

# --- I24 Aquitaine Sécurité Conseil: entretien téléphonique -------------------------------------------------
add({
    "key": "asc-invite", "kind": "interview_invitation", "scenario": "entretien_telephonique", "lang": "fr",
    "company": "Aquitaine Sécurité Conseil", "contact": "s.lartigue@asc-conseil.example.fr",
    "frm": ("Sophie Lartigue", "s.lartigue@asc-conseil.example.fr"), "date": "2026-01-19 09:48 +0100",
    "subject": "Votre candidature - technicien prévention", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Bonjour Íñigo,

Votre profil a retenu notre attention pour le poste de technicien prévention basé à Bordeaux. Je vous propose un premier entretien téléphonique le mercredi 21 janvier à 10h30, d'une durée de 30 minutes environ.

Pouvez-vous me confirmer ce créneau et le numéro auquel vous joindre ?

Cordialement,
Sophie Lartigue
Chargée de recrutement - Aquitaine Sécurité Conseil
""",
})

# --- I25 Kessler Präzisionsteile: Personio invitation ---------------------------------------------------------
_t = """Guten Tag Herr Salaberri-Achterberg,

vielen Dank für Ihre Bewerbung als Sicherheitsfachkraft (m/w/d) bei Kessler Präzisionsteile.

Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Donnerstag, 27. August 2026, 10:00 Uhr
Kessler Präzisionsteile GmbH, Industriestraße 18, 70565 Stuttgart-Vaihingen
Gesprächspartner: Markus Brenner (Leitung Arbeitssicherheit), Petra Vogel (Personal)

Bitte bestätigen Sie den Termin über den folgenden Link:
https://kessler-praezision.jobs.personio.de/termin/bestaetigen/51d0

Bei Fragen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Kessler Präzisionsteile"""
add({
    "key": "kessler-invite", "kind": "interview_invitation", "scenario": "personio_vorstellungsgespraech",
    "lang": "de", "company": "Kessler Präzisionsteile", "contact": "m.brenner@kessler-praezision.example.de",
    "frm": ("Kessler Präzisionsteile GmbH", "noreply@personio.de"),
    "reply_to": ("Markus Brenner", "m.brenner@kessler-praezision.example.de"),
    "date": "2026-08-20 14:22 +0200", "subject": "Einladung zum Vorstellungsgespräch – Sicherheitsfachkraft (m/w/d)",
    "subject_enc": ("utf-8", "B"), "name_enc": ("iso-8859-1", "Q"), "text": _t,
    "html": ats_card("Kessler Präzisionsteile", "#455a64", paras(_t), "Versendet mit Personio", "de"),
    "parent": "kessler-ack", "headers": AUTO,
})

# --- I26 Neckarwerk Bau: Vorstellungsgespräch with calendar REQUEST --------------------------------------------
_t = """Sehr geehrter Herr Salaberri-Achterberg,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Fachkraft für Arbeitssicherheit (m/w/d) einzuladen.

Termin: Dienstag, 21. Juli 2026, 13:00 bis 14:30 Uhr
Ort: Neckarwerk Bau GmbH, Siemensstraße 140, 70469 Stuttgart-Feuerbach, Empfang Haus B
Teilnehmer: Herr Dipl.-Ing. Frank Ott (Bereichsleiter Arbeitsschutz) und ich

Die Kalendereinladung finden Sie im Anhang. Reisekosten erstatten wir Ihnen gegen Beleg bis 250 EUR.

Mit freundlichen Grüßen
Sabine Kurz
Personalabteilung | Neckarwerk Bau GmbH
Tel. +49 711 8105 233"""
add({
    "key": "neckarwerk-invite", "kind": "interview_invitation", "scenario": "einladung_kalender_request",
    "lang": "de", "company": "Neckarwerk Bau", "contact": SABINE[1], "frm": SABINE,
    "date": "2026-07-14 11:05 +0200", "subject": "Einladung zum Vorstellungsgespräch am 21.07.2026",
    "text": _t, "html": html_page(paras(_t), "de"), "charset": "iso-8859-1", "html_charset": "utf-8",
    "parent": "neckarwerk-ack",
    "ics": {"uid": "neckarwerk-vg-20260721@neckarwerk.example.de", "seq": 0,
             "start": "2026-07-21 13:00 +0200", "end": "2026-07-21 14:30 +0200",
             "summary": "Vorstellungsgespräch Fachkraft für Arbeitssicherheit", "organizer": SABINE,
             "location": "Siemensstraße 140, Stuttgart-Feuerbach, Haus B",
             "attendees": [("Frank Ott", "f.ott@neckarwerk.example.de")]},
})

# =================================================================== interview_reschedule_or_cancel (15)

# --- S1 Urumea: moved slot, calendar update SEQUENCE 1 -----------------------------------------------
_t = """Hola Íñigo:

Joseba tiene que estar el martes por la mañana en la obra de Txomin Enea por una inspección de Osalan, así que movemos la entrevista al miércoles 17 de junio a las 12:30, mismo sitio.

Te envío la convocatoria actualizada; acéptala y se te cambiará en el calendario.

Perdona el cambio.

Maite"""
add({
    "key": "urumea-moved", "kind": "interview_reschedule_or_cancel", "scenario": "cambio_hora_sequence1",
    "lang": "es", "company": "Construcciones Urumea", "contact": MAITE[1], "frm": MAITE,
    "date": "2026-06-11 15:47 +0200", "subject": "Actualizada: Entrevista - Técnico/a de Seguridad y Salud en obra",
    "text": _t, "html": word_html(mso(_t)), "headers": OUTLOOK, "parent": "urumea-invite",
    "ics": {"uid": "040000008200E00074C5B7101A82E00800000000URUMEA16", "seq": 1,
             "start": "2026-06-17 12:30 +0200", "end": "2026-06-17 13:30 +0200",
             "summary": "Entrevista Íñigo Salaberri - Técnico/a SyS", "organizer": MAITE,
             "location": "Construcciones Urumea, Paseo de Errondo 6, Donostia",
             "attendees": [("Joseba Mujika", "joseba.mujika@urumea.example.es")],
             "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "cte": "base64"},
})

# --- S2 Lezo: trial day cancelled by the employer (strike), METHOD:CANCEL ----------------------------------
_t = """Hola Íñigo:

Te escribo con mala noticia logística: la estiba ha convocado huelga para la semana del 11 al 15 de mayo y la terminal funcionará con servicios mínimos. En esas condiciones no podemos hacer la jornada de prueba del miércoles 13, así que la anulamos.

No afecta a tu candidatura: en cuanto se normalice la actividad te propondremos otra fecha.

Gracias por la paciencia.

Amaia Lasa
Recursos Humanos · Terminal Marítima de Lezo"""
add({
    "key": "lezo-cancel", "kind": "interview_reschedule_or_cancel", "scenario": "jornada_anulada_huelga_cancel",
    "lang": "es", "company": "Terminal Marítima de Lezo", "contact": AMAIA[1], "frm": AMAIA,
    "date": "2026-05-11 08:20 +0200", "subject": "Cancelada: Jornada de prueba - Técnico/a de Seguridad Portuaria",
    "text": _t, "parent": "lezo-invite",
    "ics": {"method": "CANCEL", "uid": "lezo-jornada-20260513@lezoterminal.example.es", "seq": 1,
             "start": "2026-05-13 08:00 +0200", "end": "2026-05-13 14:00 +0200",
             "summary": "Jornada de prueba - Técnico/a de Seguridad Portuaria", "organizer": AMAIA,
             "location": "Terminal Marítima de Lezo, Muelle Buenavista, Pasaia"},
})

# --- S3 Kalitate: moved at the candidate's request -------------------------------------------------------
_old = """Hola Nerea:

Gracias por la invitación. El miércoles 25 por la mañana tengo el reciclaje obligatorio de socorrismo en Anoeta y no puedo faltar. ¿Sería posible otro día de esa semana?

Un saludo,
Íñigo"""
add({
    "key": "kalitate-moved", "kind": "interview_reschedule_or_cancel", "scenario": "movida_a_peticion_viernes",
    "lang": "es", "company": "Kalitate Ingeniería", "contact": NEREA[1], "frm": NEREA,
    "date": "2026-02-24 13:15 +0100", "subject": "Cambio de hora entrevista Kalitate",
    "parent": "kalitate-askmove", "cte": "quoted-printable",
    "text": reply("""Hola Íñigo:

Sin problema. Pasamos la entrevista al viernes 27 de febrero a las 12:00, en la misma oficina (Avda. Gasteiz 38, 2ª planta). He anulado la cita del miércoles en el sistema, así que ignora el recordatorio automático si te llega.

Nerea""", "es", "mar, 24 feb 2026 a las 9:40", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- S4 Obras Deusto: moved from Thursday to Friday ----------------------------------------------------
add({
    "key": "deusto-moved", "kind": "interview_reschedule_or_cancel", "scenario": "del_jueves_al_viernes",
    "lang": "es", "company": "Obras Deusto Eraikuntzak", "contact": UNAI[1], "frm": UNAI,
    "date": "2026-04-13 18:02 +0200", "subject": "Re: Candidatura técnico PRL en obra",
    "parent": "deusto-invite", "cte": "8bit",
    "text": """Íñigo, una cosa:

El jueves 16 me toca recepción de la obra de Zorrotzaurre con la dirección facultativa. ¿Lo pasamos al viernes 17, misma hora (9:30)? El enlace de Teams te lo mando esa mañana.

Si no te cuadra, dime.

Unai
""",
})

# --- S5 Astilleros Zorrotza: iCIMS calendar update -----------------------------------------------------
_t = """Estimado Íñigo:

Por un cambio en la agenda del Jefe de Seguridad, tu videoentrevista para Técnico de Prevención en Astillero se ha reprogramado.

Nueva fecha y hora: jueves 28 de mayo de 2026, 10:00 (hora peninsular)
Fecha anterior: martes 26 de mayo de 2026, 10:00

El enlace de conexión sigue siendo el mismo. La invitación de calendario adjunta sustituye a la anterior.

Saludos cordiales,
Astilleros Zorrotza"""
add({
    "key": "zorrotza-moved", "kind": "interview_reschedule_or_cancel", "scenario": "icims_actualizacion_calendario",
    "lang": "es", "company": "Astilleros Zorrotza", "contact": LOREA[1],
    "frm": ("Astilleros Zorrotza", "careers-zorrotza@icims.com"), "reply_to": LOREA,
    "date": "2026-05-25 05:02 -0400", "subject": "Actualización: tu entrevista con Astilleros Zorrotza",
    "text": _t, "parent": "zorrotza-invite", "cte": "base64",
    "ics": {"uid": "icims-zorrotza-7731@icims.com", "seq": 1, "start": "2026-05-28 10:00 +0200",
             "end": "2026-05-28 10:45 +0200", "summary": "Videoentrevista Astilleros Zorrotza",
             "organizer": LOREA, "location": "Videollamada"},
})

# --- S6 Papelera del Urola: assessment centre date changed, Outlook chain -------------------------------
_old = """Hola Íñigo:

Has pasado el primer filtro para Técnico/a de Seguridad y Medio Ambiente en nuestra fábrica de Azpeitia. Te invitamos a nuestro assessment center el martes 14 de julio de 2026, de 9:00 a 13:30."""
_t = """Hola de nuevo, Íñigo:

Tenemos que cambiar la fecha del assessment center: el 14 coincide con una parada técnica de la máquina de papel 2 y no podremos hacer la visita a planta. La nueva fecha es el martes 21 de julio, mismo horario (9:00–13:30) y mismo lugar.

Te he mandado la convocatoria actualizada. Si el 21 no puedes, avísame cuanto antes.

Miren Aizpurua
Selección y Desarrollo · Papelera del Urola

""" + outlook_block("es", "Miren Aizpurua <miren.aizpurua@urola-papel.example.es>",
                    "martes, 7 de julio de 2026 12:05", "Íñigo Salaberri-Achterberg",
                    "Convocatoria assessment center - 14 de julio", _old)
add({
    "key": "urola-moved", "kind": "interview_reschedule_or_cancel", "scenario": "assessment_nueva_fecha_outlook",
    "lang": "es", "company": "Papelera del Urola", "contact": MIREN[1], "frm": MIREN,
    "date": "2026-07-09 10:31 +0200", "subject": "RE: Convocatoria assessment center - 14 de julio",
    "charset": "windows-1252", "text": _t, "html": word_html(mso(_t)), "html_charset": "windows-1252",
    "headers": OUTLOOK, "parent": "urola-invite",
    "ics": {"uid": "urola-ac-20260714@urola-papel.example.es", "seq": 1,
             "start": "2026-07-21 09:00 +0200", "end": "2026-07-21 13:30 +0200",
             "summary": "Assessment center Papelera del Urola", "organizer": MIREN,
             "location": "Barrio Landeta 1, Azpeitia"},
})

# --- S7 Bidelan: the client postpones the interview --------------------------------------------------
add({
    "key": "bidelan-moved", "kind": "interview_reschedule_or_cancel", "scenario": "cliente_aplaza_entrevista",
    "lang": "es", "company": "Galvanizados Barakaldo", "contact": IKER[1], "frm": IKER,
    "date": "2026-01-21 12:09 +0100", "subject": "CAMBIO entrevista Galvanizados Barakaldo",
    "parent": "bidelan-invite", "cte": "quoted-printable",
    "text": """Íñigo, cambio de planes:

Raúl Ortiz tiene mañana una auditoría de la mutua y me pide aplazar vuestra entrevista. La nueva cita es el martes 27 de enero a las 9:00, mismo sitio (portería de Camino de la Ribera 3, Lutxana).

Confírmame que te va bien, porfa.

Iker
""",
})

# --- S8 Conservas Getaria: employer cancels the call without rejecting ---------------------------------
add({
    "key": "getaria-cancel", "kind": "interview_reschedule_or_cancel", "scenario": "cancela_llamada_sin_fecha",
    "lang": "es", "company": "Conservas Getaria", "contact": "ander@conservas-getaria.example.es",
    "frm": ("Ander Etxabe", "ander@conservas-getaria.example.es"), "date": "2026-08-06 09:10 +0200",
    "subject": "Re: ¿Hablamos el jueves?", "subject_enc": ("iso-8859-1", "B"), "parent": "getaria-invite",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Íñigo, perdona:

Hoy nos ha entrado barco con 40 toneladas de anchoa y estoy en la nave todo el día. Anulamos la llamada de las 12:00.

Te escribo la semana que viene para buscar otro hueco; sigo interesado en hablar contigo.

Ander
""",
})

# --- S9 Maasvlakte Container Services: Greenhouse reschedule -------------------------------------------------
_t = """Hi Íñigo,

Pieter has been called into an incident review on Tuesday afternoon, so we need to move your interview. Your new time is:

Thursday 23 April 2026, 10:00–11:00 CEST, on site at Europaweg 910 (ask for Sanne at reception)

The original Tuesday slot has been removed from your calendar. Apologies for the shuffle.

Best,
Sanne"""
add({
    "key": "mcs-moved", "kind": "interview_reschedule_or_cancel", "scenario": "greenhouse_rescheduled",
    "lang": "en", "company": "Maasvlakte Container Services", "contact": SANNE[1],
    "frm": ("Sanne de Vries via Greenhouse", "no-reply@us.greenhouse-mail.io"), "reply_to": SANNE,
    "date": "2026-04-16 08:12 +0000", "subject": "Rescheduled: Interview with Maasvlakte Container Services",
    "text": _t, "html": html_page(paras(_t), "en"), "parent": "mcs-invite",
    "ics": {"uid": "greenhouse-mcs-5581@greenhouse.io", "seq": 2, "start": "2026-04-23 10:00 +0200",
             "end": "2026-04-23 11:00 +0200", "summary": "Interview: HSE Technician – Íñigo Salaberri-Achterberg",
             "organizer": SANNE, "location": "Europaweg 910, Maasvlakte Rotterdam",
             "attendees": [("Pieter Jansen", "pieter.jansen@mcs.example.nl")]},
})

# --- S10 Pernis: Outlook cancellation (METHOD:CANCEL) -----------------------------------------------------
_t = """Dear Íñigo,

Unfortunately I have to cancel Thursday's panel interview. An unplanned turnaround on unit 3 has been brought forward and Ruud and I will both be on the plant all week.

This cancellation is about the date only. I will be in touch about next steps as soon as the turnaround is under control.

Regards,
Marloes"""
add({
    "key": "pernis-cancel", "kind": "interview_reschedule_or_cancel", "scenario": "outlook_canceled_meeting",
    "lang": "en", "company": "Pernis Refinery Services", "contact": MARLOES[1], "frm": MARLOES,
    "date": "2026-10-06 07:58 +0200", "subject": "Canceled: Panel interview – Site Safety Technician",
    "subject_enc": ("utf-8", "Q"), "text": _t, "html": word_html(mso(_t), "EN-US"),
    "headers": OUTLOOK, "parent": "pernis-invite",
    "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E0080000000PERNIS0810", "seq": 1,
             "start": "2026-10-08 14:00 +0200", "end": "2026-10-08 15:00 +0200",
             "summary": "Canceled: Panel interview – Site Safety Technician", "organizer": MARLOES,
             "location": "Pernis Refinery Services, Vondelingenweg 601",
             "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
})

# --- S11 Harbourline: moved at the candidate's request ------------------------------------------------------
_old = """Hi Priya,

I'm very sorry, but Friday 28 August clashes with the final lifeguard shift rota of the season and I cannot swap it. Would early next week be possible?

Kind regards,
Íñigo"""
add({
    "key": "harbourline-moved", "kind": "interview_reschedule_or_cancel", "scenario": "moved_to_tuesday_request",
    "lang": "en", "company": "Harbourline Safety Consultants", "contact": PRIYA[1], "frm": PRIYA,
    "date": "2026-08-27 12:30 +0100", "subject": "Re: Interview on Friday – HSE Technician",
    "subject_enc": ("utf-8", "B"), "parent": "harbourline-askmove", "cte": "quoted-printable",
    "text": reply("""Hi Íñigo,

No problem at all. I've moved us to Tuesday 1 September at 15:00 CEST (14:00 UK), same Teams link as in the original confirmation.

Speak then,
Priya Natarajan
Senior HSE Consultant | Harbourline Safety Consultants
Harbourline House, 3 Dock Street, Hull HU1 3DL""", "en", "Wed, 26 Aug 2026 at 08:02",
               "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- S12 Keel & Compass: client interview moved ------------------------------------------------------------
add({
    "key": "keel-moved", "kind": "interview_reschedule_or_cancel", "scenario": "agency_client_moved",
    "lang": "en", "company": "North Sea Tank Storage", "contact": HARRIET[1], "frm": HARRIET,
    "date": "2026-07-16 16:40 +0100", "subject": "NSTS interview moved to Tuesday 21 July",
    "parent": "keel-invite", "cte": "7bit",
    "text": """Hi Inigo,

Quick one: Dirk Mulder at NSTS has to attend a terminal audit tomorrow, so they have asked to move your interview from Friday 17 July to Tuesday 21 July, still 10:00 CET at the main gate on Torontostraat.

Can you confirm you can make the new date? I'll update the gate pass.

Thanks,
Harriet
""",
})

# --- S13 Bâtiments Garonne: interviewer ill, new slot, SEQUENCE 1 -----------------------------------------
_t = """Bonjour Monsieur Salaberri-Achterberg,

Je vous écris à la place de Camille Dufau, absente pour raison de santé cette semaine.

Votre entretien de demain, mardi 8 septembre, est décalé au jeudi 10 septembre à 14h00, toujours au 45 quai de Bacalan, avec M. Castaing et moi-même. L'invitation mise à jour est jointe.

Merci de votre compréhension.

Julien Marty
Assistant RH - Bâtiments Garonne
05 56 39 22 81"""
add({
    "key": "garonne-moved", "kind": "interview_reschedule_or_cancel", "scenario": "recruteuse_malade_decale",
    "lang": "fr", "company": "Bâtiments Garonne", "contact": "julien.marty@batiments-garonne.example.fr",
    "frm": ("Julien Marty", "julien.marty@batiments-garonne.example.fr"), "date": "2026-09-07 17:22 +0200",
    "subject": "Entretien décalé au jeudi 10 septembre", "subject_enc": ("iso-8859-1", "Q"),
    "text": _t, "html": html_page(paras(_t), "fr"), "parent": "garonne-invite",
    "ics": {"uid": "garonne-entretien-0908@batiments-garonne.example.fr", "seq": 1,
             "start": "2026-09-10 14:00 +0200", "end": "2026-09-10 15:00 +0200",
             "summary": "Entretien Technicien QSE - Í. Salaberri-Achterberg",
             "organizer": ("Julien Marty", "julien.marty@batiments-garonne.example.fr"),
             "location": "Bâtiments Garonne, 45 quai de Bacalan, Bordeaux"},
})

# --- S14 Intérim Adour: client cancels, to be rescheduled ------------------------------------------------
add({
    "key": "adour-cancel", "kind": "interview_reschedule_or_cancel", "scenario": "client_annule_reprogramme",
    "lang": "fr", "company": "Forges de l'Adour", "contact": MAITE_FR[1], "frm": MAITE_FR,
    "date": "2026-06-02 18:05 +0200", "subject": "Annulation entretien Forges de l'Adour de demain",
    "subject_enc": ("utf-8", "B"), "name_enc": ("utf-8", "B"), "parent": "adour-invite", "cte": "8bit",
    "text": """Bonsoir Íñigo,

M. Laborde vient de m'appeler : un incident sur la presse de forge l'oblige à annuler l'entretien de demain 10h00.

Ce n'est pas un refus, ils tiennent à vous voir. Je reviens vers vous dès qu'il m'a donné de nouvelles disponibilités, sans doute la semaine prochaine.

Maïté
""",
})

# --- S15 Filder Arbeitssicherheit: meeting cancelled, METHOD:CANCEL -----------------------------------------
_t = """Sehr geehrter Herr Salaberri-Achterberg,

leider müssen wir unser für Dienstag, 24. Februar, 11:00 Uhr geplantes Gespräch absagen, da Herr Maier kurzfristig einen Unfallort bei einem Kunden begleiten muss.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Mit freundlichen Grüßen
Nadine Roth
Assistenz der Geschäftsführung | Filder Arbeitssicherheit
Filderhauptstraße 58, 70599 Stuttgart"""
add({
    "key": "filder-cancel", "kind": "interview_reschedule_or_cancel", "scenario": "termin_abgesagt_cancel",
    "lang": "de", "company": "Filder Arbeitssicherheit", "contact": "n.roth@filder-as.example.de",
    "frm": ("Nadine Roth", "n.roth@filder-as.example.de"), "date": "2026-02-20 15:12 +0100",
    "subject": "Abgesagt: Vorstellungsgespräch Filder Arbeitssicherheit", "text": _t,
    "html": html_page(paras(_t), "de"), "parent": "filder-application",
    "ics": {"method": "CANCEL", "uid": "filder-vg-20260224@filder-as.example.de", "seq": 1,
             "start": "2026-02-24 11:00 +0100", "end": "2026-02-24 12:00 +0100",
             "summary": "Vorstellungsgespräch Herr Salaberri-Achterberg",
             "organizer": ("Nadine Roth", "n.roth@filder-as.example.de"),
             "location": "Filderhauptstraße 58, Stuttgart"},
})

# =================================================================== missed_interview_notice (10)

# --- M1 Acerías del Nervión: called twice at 10:00 ------------------------------------------------------
add({
    "key": "nervion-missed", "kind": "missed_interview_notice", "scenario": "llame_dos_veces_10h",
    "lang": "es", "company": "Acerías del Nervión", "contact": KOLDO[1], "frm": KOLDO,
    "date": "2026-03-05 10:26 +0100", "subject": "Re: Tu candidatura - técnico de seguridad acería",
    "parent": "nervion-invite", "cte": "8bit",
    "text": """Hola Íñigo:

Te he llamado dos veces, a las 10:00 y a las 10:10, al 643 118 207 como habíamos quedado, pero no has cogido el teléfono.

Dime si ha surgido algo.

Koldo Arrieta
Acerías del Nervión
""",
})

# --- M2 Obras Deusto: waited on Teams -------------------------------------------------------------------
add({
    "key": "deusto-missed", "kind": "missed_interview_notice", "scenario": "esperamos_en_teams",
    "lang": "es", "company": "Obras Deusto Eraikuntzak", "contact": UNAI[1], "frm": UNAI,
    "date": "2026-04-17 10:05 +0200", "subject": "Entrevista de hoy", "parent": "deusto-moved",
    "cte": "quoted-printable",
    "text": """Kaixo Íñigo:

Hoy a las 9:30 te esperamos en Teams casi veinte minutos y no llegaste a conectarte. Te llamé también al móvil pero saltaba el buzón.

¿Ha pasado algo? Dime algo cuando puedas.

Unai
""",
})

# --- M3 Papelera del Urola: no-show at the assessment centre ---------------------------------------------
_t = """Hola Íñigo:

Esta mañana te esperábamos a las 9:00 para el assessment center en Azpeitia. Empezamos la dinámica con el resto de candidatos a las 9:20 y no apareciste ni recibimos aviso.

Por favor, cuéntanos qué ocurrió.

Miren Aizpurua
Selección y Desarrollo · Papelera del Urola"""
add({
    "key": "urola-missed", "kind": "missed_interview_notice", "scenario": "no_aparecio_assessment",
    "lang": "es", "company": "Papelera del Urola", "contact": MIREN[1], "frm": MIREN,
    "date": "2026-07-21 13:50 +0200", "subject": "Assessment center de hoy", "text": _t,
    "html": word_html(mso(_t)), "headers": OUTLOOK, "parent": "urola-moved",
})

# --- M4 Mantenimientos Leitzaran: could not reach him on the phone ----------------------------------------
add({
    "key": "leitzaran-missed", "kind": "missed_interview_notice", "scenario": "no_localizado_telefono",
    "lang": "es", "company": "Mantenimientos Industriales Leitzaran", "contact": "jaione.azpiroz@leitzaran.example.es",
    "frm": ("Jaione Azpiroz", "jaione.azpiroz@leitzaran.example.es"), "date": "2026-10-09 09:02 +0200",
    "subject": "RE: Entrevista telefónica - Técnico/a PRL", "charset": "windows-1252",
    "cte": "quoted-printable", "headers": OUTLOOK, "parent": "leitzaran-invite",
    "text": """Buenos días Íñigo,

Ayer a las 11:00 te llamamos al 643 118 207 para la entrevista telefónica y no logramos localizarte. Te dejamos un mensaje en el contestador.

Si sigues interesado, dinos qué franja te viene mejor.

Jaione Azpiroz
Dpto. de Personas · Mantenimientos Industriales Leitzaran
""",
})

# --- M5 Bidelan: the client says he did not turn up -----------------------------------------------------
add({
    "key": "bidelan-missed", "kind": "missed_interview_notice", "scenario": "ett_no_aparecio_planta",
    "lang": "es", "company": "Galvanizados Barakaldo", "contact": IKER[1], "frm": IKER,
    "date": "2026-01-27 10:05 +0100", "subject": "URGENTE - entrevista Galvanizados Barakaldo",
    "parent": "bidelan-moved", "cte": "base64",
    "text": """Íñigo, ¿dónde estás?

Me acaba de llamar Raúl Ortiz desde Galvanizados: te esperaban a las 9:00 en portería y no te has presentado. Te he llamado al móvil y no contestas.

Llámame en cuanto leas esto.

Iker
""",
})

# --- M6 Grupo Txingudi: did not connect to the video call -------------------------------------------------
add({
    "key": "txingudi-missed", "kind": "missed_interview_notice", "scenario": "no_se_conecto_video",
    "lang": "es", "company": "Grupo Txingudi Logística", "contact": GARAZI[1], "frm": GARAZI,
    "date": "2026-09-16 09:18 +0200", "subject": "Videoentrevista de ayer", "parent": "txingudi-invite",
    "text": """Hola Íñigo,

Ayer a las 16:00 Xabier y yo estuvimos conectados a la videollamada que reservaste desde Workable, pero no llegaste a entrar. Esperamos hasta las 16:20.

Si hubo algún problema técnico, cuéntanoslo.

Garazi Irigoien
Personas y Cultura · Grupo Txingudi Logística
""",
    "html": html_page(paras("""Hola Íñigo,

Ayer a las 16:00 Xabier y yo estuvimos conectados a la videollamada que reservaste desde Workable, pero no llegaste a entrar. Esperamos hasta las 16:20.

Si hubo algún problema técnico, cuéntanoslo.

Garazi Irigoien
Personas y Cultura · Grupo Txingudi Logística"""), "es"),
})

# --- M7 Rijnmond Demolition: tried calling twice at 10:00 ------------------------------------------------
add({
    "key": "rijnmond-missed", "kind": "missed_interview_notice", "scenario": "tried_calling_twice",
    "lang": "en", "company": "Rijnmond Demolition", "contact": "joost@rijnmond-sloop.example.nl",
    "frm": ("Joost Verhagen", "joost@rijnmond-sloop.example.nl"), "date": "2026-06-05 10:40 +0200",
    "subject": "Re: Site safety job - quick chat?", "parent": "rijnmond-invite", "cte": "7bit",
    "text": """Hi Inigo,

Tried calling you twice at 10:00 and again at 10:15 on +34 643 118 207, both times straight to voicemail.

Let me know what happened.

Joost
""",
})

# --- M8 Harbourline: we waited on Teams --------------------------------------------------------------------
add({
    "key": "harbourline-missed", "kind": "missed_interview_notice", "scenario": "waited_on_teams",
    "lang": "en", "company": "Harbourline Safety Consultants", "contact": PRIYA[1], "frm": PRIYA,
    "date": "2026-09-01 14:32 +0100", "subject": "Missed you today", "cte": "quoted-printable",
    "parent": "harbourline-moved",
    "text": """Hi Íñigo,

I waited on Teams from 15:00 to 15:20 CEST today for our interview but you didn't join, and I couldn't reach you on your mobile either.

Could you let me know whether everything is OK?

Priya Natarajan
Senior HSE Consultant | Harbourline Safety Consultants
""",
})

# --- M9 Port de Bayonne Manutention: nous vous avons attendu ---------------------------------------------
add({
    "key": "bayonne-missed", "kind": "missed_interview_notice", "scenario": "attendu_accueil_quai",
    "lang": "fr", "company": "Port de Bayonne Manutention", "contact": "helene.etcheverry@bayonne-manutention.example.fr",
    "frm": ("Hélène Etcheverry", "helene.etcheverry@bayonne-manutention.example.fr"),
    "name_enc": ("iso-8859-1", "Q"), "date": "2026-03-26 11:12 +0100",
    "subject": "Entretien du 26 mars", "charset": "iso-8859-1", "cte": "quoted-printable",
    "parent": "bayonne-ack",
    "text": """Bonjour Monsieur Salaberri-Achterberg,

Nous vous avons attendu ce matin à 9h00 à l'accueil du quai Lahubiague pour votre entretien, sans nouvelles de votre part. M. Haramboure, responsable QHSE, a patienté jusqu'à 9h30.

Merci de nous indiquer ce qui s'est passé.

Hélène Etcheverry
Ressources humaines - Port de Bayonne Manutention
""",
})

# --- M10 Rotbühl: the client called twice in vain ------------------------------------------------------------
add({
    "key": "rotbuehl-missed", "kind": "missed_interview_notice", "scenario": "kunde_zweimal_angerufen",
    "lang": "de", "company": "Neckarhafen Logistik", "contact": "j.hofmann@rotbuehl.example.de",
    "frm": ("Julia Hofmann", "j.hofmann@rotbuehl.example.de"), "date": "2026-10-08 15:10 +0200",
    "subject": "Telefoninterview Neckarhafen Logistik", "cte": "quoted-printable",
    "text": """Guten Tag Herr Salaberri-Achterberg,

Herr Schneider von Neckarhafen Logistik hat Sie heute um 14:00 Uhr zweimal vergeblich angerufen. Das Telefoninterview konnte daher nicht stattfinden.

Bitte melden Sie sich kurz bei mir, damit ich dem Kunden Bescheid geben kann.

Freundliche Grüße
Julia Hofmann
Senior Beraterin | Rotbühl Personalberatung GmbH
Rotebühlplatz 20, 70173 Stuttgart | +49 711 2204 518
""",
})
