# ruff: noqa
"""Corpus 234, interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10): hand-written specs, one dict per message."""

from __future__ import annotations

from msgs234_common import CANDIDATE, gmail_de, gmail_en, gmail_es, outlook_block
from msgs234_other import LG_SORRY, NRBM_OWN, ODIEL_OWN

LUCIA = ("Lucía Marín Ortega", "lucia.marin@cobreandevalo.example.es")
PACO = ("Paco Reyes", "freyes@logguadalquivir.example.es")
INIGO = ("Íñigo Zabala", "izabala@talentominero.example.es")
SERGIO = ("Sergio Llorente", "sllorente@intermodalcoslada.example.es")
BEGONA = ("Begoña Aranda", "baranda@flotasmeseta.example.es")
CAMILA = ("Camila Riquelme S.", "camila.riquelme@andinamining.example.es")
ROCIO = ("Rocío Lozano", "rlozano@arrayan.example.es")
CURRO = ("Curro Benítez", "curro.benitez@arrayan.example.es")
MARTA = ("Marta Gil", "marta.gil@maqbetica.example.es")
RITA = ("Rita Sousa", "rita.sousa@dourobulk.example.pt")
GRACE = ("Grace O'Neill", "grace.oneill@kestrelmining.example.com.au")
PRIYA = ("Priya Raman", "priya.raman@nbfleet.example.co.uk")
INES = ("Inês Carvalho", "ines.carvalho@leixoesquay.example.pt")
NUNO = ("Nuno Ferreira", "nuno@mondegofleet.example.pt")
OLIVER = ("Oliver Grant", "oliver.grant@pitwellsearch.example.co.uk")
CLAIRE = ("Claire Vidal", "claire.vidal@rhoneengins.example.fr")
AURELIE = ("Aurélie Fontaine", "a.fontaine@saonelog.example.fr")
KARIM = ("Karim Benali", "karim.benali@interimconfluence.example.fr")
SABINE = ("Sabine Krämer", "s.kraemer@ruhrumschlag.example.de")
FRANK = ("Frank Wiesner", "f.wiesner@nrbm.example.de")
PILAR = ("Pilar Navarro Ros", "pnavarro@gmcartagines.example.es")
NEREA = ("Nerea Casado · Laborar ETT", "nerea.casado@laborar.example.es")

SAONE_INVITE = """Bonjour Monsieur Lindström-Ayala,

Votre candidature au poste de planificateur maintenance flotte poids lourds a retenu notre attention.

Je vous propose un premier entretien téléphonique d'environ 30 minutes le lundi 8 juin à 10h00. Je vous appellerai au numéro indiqué sur votre CV. L'échange portera sur votre expérience, vos disponibilités et votre niveau de français.

Merci de me confirmer ce créneau ou de m'en proposer un autre.

Cordialement,
Aurélie Fontaine
Chargée de recrutement - Transports Saône-Logistique
04 78 00 00 45"""

ARRAYAN_INVITE = """Buenos días, Joaquín:

Curro Benítez nos ha hecho llegar tu currículum para el puesto de Responsable de Mantenimiento de Flota y queremos conocerte.

Te propongo una entrevista telefónica de media hora con nuestro gerente, don Ignacio Vela, el viernes 4 de septiembre a las 9:00. Te llamaría él directamente al número que aparece en tu CV (600 000 951).

¿Te viene bien? Si no, indícame otra franja esta semana.

Un saludo,
Rocío Lozano
Administración y Personal
Transportes Arrayán, S.L. · Polígono Store, C/ A, nave 12 · 41008 Sevilla
Tel. 954 000 377"""

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

INVITATIONS = [
    dict(
        kind="interview_invitation", slug="cobre_andevalo_phone_screen", lang="es",
        company="Cobre Andévalo", key="cobre_screen", parent="cobre_ack",
        frm=LUCIA, date="2026-01-27 11:20 +0100",
        subject="Planificador/a de Mantenimiento de Flota – llamada inicial",
        text="""Hola Joaquín:

Soy Lucía Marín, del equipo de Selección de Cobre Andévalo. He revisado tu candidatura a Planificador/a de Mantenimiento de Flota y me gustaría tener una primera conversación telefónica contigo, de unos 20–25 minutos, para conocer tu experiencia con la flota de CAEX y tu disponibilidad para trabajar en Minas de Riotinto.

¿Te vendría bien el jueves 29 de enero a las 10:00 o el viernes 30 a las 12:30? Si ninguna opción te encaja, dime dos o tres huecos y me adapto.

Gracias y un saludo,
Lucía

Lucía Marín Ortega
Técnica de Selección · Cobre Andévalo S.A.
T. +34 959 000 412""",
    ),
    dict(
        kind="interview_invitation", slug="cobre_andevalo_panel_calendar", lang="es",
        company="Cobre Andévalo", key="cobre_panel",
        frm=LUCIA, cc=("Diego Porras", "diego.porras@cobreandevalo.example.es"),
        form="alt", shell="outlook", date="2026-02-05 16:02 +0100",
        subject="Convocatoria: entrevista con panel técnico – jueves 12 de febrero",
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000071A2COBRE@cobreandevalo.example.es",
                 summary="Entrevista panel técnico – Joaquín Lindström-Ayala",
                 start="2026-02-12 09:30 +0100", end="2026-02-12 11:00 +0100",
                 location="Edificio de Planificación, Minas de Riotinto",
                 attendees=[("Diego Porras", "diego.porras@cobreandevalo.example.es")],
                 description="Caso práctico (30 min) y entrevista con el panel técnico."),
        text="""Hola de nuevo, Joaquín:

Tras nuestra llamada del lunes, me alegra confirmarte que pasas a la siguiente fase. Te convocamos a una entrevista con el panel técnico el jueves 12 de febrero de 9:30 a 11:00 en las oficinas de mina (Edificio de Planificación, Minas de Riotinto).

Estarán Diego Porras, jefe de Planificación de Mantenimiento, y Rocío Bernal, de Seguridad y Salud. La primera media hora será un caso práctico: te daremos el backlog de una semana de la flota de carguío y transporte y te pediremos que lo priorices.

Trae DNI o NIE y calzado de seguridad; después del panel haremos una visita corta al taller de camiones.

Te adjunto la convocatoria del calendario. Por favor, acéptala o indícame si necesitas otra hora.

Un saludo,
Lucía""",
    ),
    dict(
        kind="interview_invitation", slug="logistica_guadalquivir_casual_thursday", lang="es",
        company="Logística Guadalquivir", key="lg_invite", parent="lg_ack",
        frm=PACO, cte="8bit", date="2026-02-09 18:47 +0100",
        subject="¿Te pasas el jueves?",
        text="""Buenas, Joaquín:

Soy Paco Reyes, jefe de taller en Logística Guadalquivir. Marisa me ha pasado tu CV y me ha parecido interesante lo de los camiones mineros; aquí tenemos 140 tractoras y unas 60 carretillas y nos hace falta alguien que ordene los preventivos.

¿Te vienes el jueves 12 a las 10:00 a la nave y charlamos un rato? Estamos en la Carretera de la Esclusa, parcela 7 (Puerto de Sevilla). Pregunta por mí en la garita.

Si no te cuadra, llámame al 600 000 318 y lo movemos.

Paco""",
    ),
    dict(
        kind="interview_invitation", slug="logistica_guadalquivir_second_try", lang="es",
        company="Logística Guadalquivir", key="lg_reinvite", parent="lg_sorry",
        frm=PACO, date="2026-02-13 08:32 +0100", subject="Re: Disculpas por lo de esta mañana",
        text="""Tranquilo, Joaquín, le pasa a cualquiera con un coche prestado.

Vamos a intentarlo otra vez: martes 17 a las 9:30, mismo sitio (Carretera de la Esclusa, parcela 7). Esta vez te espero en la puerta del taller 2 y te enseño cómo llevamos ahora las revisiones, en una hoja de Excel que da miedo.

Si el martes no puedes, dímelo hoy.

Paco

""" + gmail_es("jue, 12 feb 2026 a las 13:15", CANDIDATE, LG_SORRY),
    ),
    dict(
        kind="interview_invitation", slug="talento_minero_client_meeting", lang="es",
        company="Áridos del Sureste", key="tm_invite", parent="tm_ack",
        frm=INIGO, name_cs="utf-8/B", date="2026-03-18 12:10 +0100",
        subject="Entrevista con Áridos del Sureste – martes 24, Cartagena",
        text="""Hola, Joaquín:

Buenas noticias: Áridos del Sureste quiere conocerte. Te he cerrado una entrevista presencial con Rosa Inglés (directora de operaciones) y con Tomás Bernal (jefe de taller) el martes 24 de marzo a las 11:00 en la cantera de El Algar, Ctra. RM-F36 km 4, Cartagena.

Calcula unas dos horas: una hora de entrevista y después una vuelta por la planta de trituración y el taller de dúmperes. Lleva calzado de seguridad; el chaleco y el casco te los dejan allí.

El lunes por la tarde te llamo diez minutos para prepararla. Confírmame por aquí que te va bien, por favor.

Un abrazo,
Íñigo

Íñigo Zabala · Talento Minero Partners · +34 910 000 733""",
    ),
    dict(
        kind="interview_invitation", slug="maquinaria_betica_assessment_day", lang="es",
        company="Maquinaria Bética", key="mb_invite",
        frm=("Marta Gil via SmartRecruiters", "noreply@smartrecruiters.com"),
        reply_to=MARTA, form="alt", shell="ats", brand="Maquinaria Bética",
        footer="Enviado a través de SmartRecruiters", date="2026-04-28 10:30 +0200",
        subject="Invitación: jornada de evaluación – Planificador/a de Taller",
        text="""Hola Joaquín:

Gracias por tu interés en Maquinaria Bética. Nos gustaría invitarte a nuestra jornada de evaluación para el puesto de Planificador/a de Taller, que tendrá lugar el jueves 7 de mayo de 9:00 a 13:30 en nuestras instalaciones de Dos Hermanas (Polígono La Isla, C/ Río Viejo 21).

La jornada incluye una prueba práctica de planificación con nuestro sistema de órdenes de trabajo, una dinámica de grupo con otros candidatos y una entrevista individual con el jefe de servicio.

Confirma tu asistencia desde este enlace antes del 4 de mayo:
https://jobs.smartrecruiters.com/MaquinariaBetica/743999-planificador-a-de-taller/confirm?ref=jl2026

Un saludo,
Marta Gil
Selección · Maquinaria Bética""",
    ),
    dict(
        kind="interview_invitation", slug="quimica_odiel_workday_schedule", lang="es",
        company="Química Odiel", key="qo_invite",
        frm=("Química Odiel", "quimicaodiel@myworkday.com"), form="html", shell="ats",
        footer="Powered by Workday · Este buzón no admite respuestas.",
        html_cte="base64", date="2026-05-11 07:00 +0000",
        subject="Programa tu entrevista – Coordinador/a de Mantenimiento de Flota Cisternas",
        text="""Hola Joaquín:

¡Enhorabuena! Has superado la fase de preselección para el puesto de Coordinador/a de Mantenimiento de Flota Cisternas (REQ-2291) en Química Odiel.

El siguiente paso es una entrevista por vídeo de 45 minutos con el responsable de flota. Elige el día y la hora que mejor te vengan en el siguiente enlace; los huecos disponibles van del 18 al 22 de mayo:

https://quimicaodiel.wd3.myworkday.com/quimicaodiel/d/task/schedule-interview/REQ-2291.htmld

Una vez reservada la cita, recibirás la invitación con el enlace de la videollamada.

Equipo de Talento
Química Odiel""",
    ),
    dict(
        kind="interview_invitation", slug="terminal_batan_trial_day", lang="es",
        company="Terminal Batán Sevilla", key="batan_invite",
        frm=("Jesús Ortega", "jortega@terminalbatan.example.es"), name_cs="iso-8859-1/B",
        charset="iso-8859-1", cte="base64", date="2026-08-03 13:25 +0200",
        subject="Jornada de prueba en el taller – Terminal Batán",
        text="""Hola Joaquín:

Después de la entrevista con Recursos Humanos, nos gustaría que pasaras una jornada de prueba con nosotros en el taller de maquinaria de la terminal. La idea es que acompañes al equipo de planificación durante un turno completo: reunión de arranque a las 7:00, revisión de las órdenes abiertas de las grúas móviles y las reachstackers y, al final del día, una propuesta tuya de cómo organizarías la semana siguiente.

Fecha propuesta: miércoles 12 de agosto, de 7:00 a 15:00. La jornada se remunera según convenio.

Necesitamos que nos envíes antes del lunes una copia del NIE para tramitar el acceso al recinto portuario.

Saludos,
Jesús Ortega
Jefe de Mantenimiento
Terminal Batán Sevilla
Muelle del Batán s/n · 41011 Sevilla · 954 000 612""",
    ),
    dict(
        kind="interview_invitation", slug="temporis_ett_client_escombreras", lang="es",
        company="Escombreras Bulk Terminal", key="temp_invite",
        frm=("Lidia Montoya", "lidia.montoya@temporis.example.es"), form="alt",
        date="2026-06-02 09:50 +0200",
        subject="Entrevista con cliente: Escombreras Bulk Terminal",
        text="""Hola Joaquín,

Te escribo desde Temporis ETT, delegación de Cartagena. Hemos presentado tu perfil a nuestro cliente Escombreras Bulk Terminal para la vacante de planificador/a de mantenimiento de palas cargadoras y cintas, y quieren entrevistarte.

📅 Lunes 8 de junio, 12:00
📍 Dársena de Escombreras, edificio de oficinas de EBT, 30350 Cartagena
👤 Preguntar por Andrés Puche, responsable de mantenimiento

Es una entrevista de unos 45 minutos. Trae el CV impreso y, si lo tienes, el certificado de la formación en prevención de riesgos.

Confírmame asistencia respondiendo a este correo o por WhatsApp al 600 000 449.

Un saludo,
Lidia Montoya
Técnica de Selección · Temporis ETT – Cartagena""",
    ),
    dict(
        kind="interview_invitation", slug="andina_agendar_videollamada", lang="es",
        company="Andina Mining Services España", key="and_invite", parent="and_ack",
        frm=CAMILA, date="2026-07-08 12:40 -0400",
        subject="Agendemos una videollamada – cargo Planificador de Mantención",
        text="""Hola Joaquín:

Te cuento que revisamos tu postulación y nos gustaría conversar contigo. Te propongo agendar una videollamada por Google Meet el lunes 13 de julio a las 16:00 hora de España (10:00 de Santiago), con Felipe Araya, superintendente de mantención.

La idea es conocer tu experiencia como operador de CAEX y cómo te ves en la planificación. Dura unos 40 minutos.

Link de la reunión: https://meet.google.com/xqe-ruvk-pta

¿Me confirmas si te acomoda ese horario?

Saludos,
Camila Riquelme S.
Analista de Reclutamiento · Andina Mining Services España""",
    ),
    dict(
        kind="interview_invitation", slug="flotas_meseta_other_vacancy_quotes_no", lang="es",
        company="Flotas Meseta", key="meseta_invite", parent="meseta_rej",
        frm=BEGONA, form="alt", shell="outlook", date="2026-03-04 09:40 +0100",
        subject="RE: Vacante de Planificador de Mantenimiento - Flotas Meseta (Getafe) · información",
        text="""Hola de nuevo, Joaquín:

Te dije que te escribiría si surgía algo y ha surgido antes de lo previsto. Abrimos una plaza de Planificador de Mantenimiento para la nueva base de San Fernando de Henares (flota de 90 camiones de distribución y 25 barredoras municipales) y creo que encajas muy bien.

¿Podrías venir a una entrevista con el director de flota, Javier Olmedo, el martes 10 de marzo a las 10:30 en nuestras oficinas de Getafe? Si prefieres hacerla por Teams, también es posible.

Quedo a la espera de tu respuesta.

Un cordial saludo,

Begoña Aranda
Responsable de Selección
Flotas Meseta · 91 000 57 20

""" + outlook_block("es", BEGONA, "viernes, 20 de febrero de 2026 10:15", CANDIDATE,
                    "Vacante de Planificador de Mantenimiento - Flotas Meseta (Getafe) · información",
                    """Buenos días, Joaquín:

Quería agradecerte personalmente el interés por la vacante de Planificador de Mantenimiento en nuestra base de Getafe.

Finalmente la plaza se ha cubierto con una persona de la casa: uno de nuestros jefes de turno de taller ha pedido el cambio y la dirección ha preferido promocionarle. Por eso cerramos el proceso externo sin avanzar con ninguna de las candidaturas recibidas."""),
    ),
    dict(
        kind="interview_invitation", slug="intermodal_coslada_panel_google", lang="es",
        company="Intermodal Coslada", key="cos_invite",
        frm=SERGIO, date="2026-04-02 11:05 +0200",
        subject="Invitación: Entrevista panel – Planificador de mantenimiento de flota @ mar 7 abr 2026 10:00 - 11:30 (CEST)",
        ics=dict(style="google", prodid=GOOGLE, method="REQUEST",
                 uid="5q2lk0v7h3c1ig8r0t6m4b9n2e@google.com",
                 summary="Entrevista panel – Planificador de mantenimiento de flota",
                 start="2026-04-07 10:00 +0200", end="2026-04-07 11:30 +0200",
                 location="Intermodal Coslada, Av. de la Fuente Nueva 14, 2.ª planta, 28823 Coslada"),
        text="""Hola Joaquín:

Como hablamos por teléfono, te envío la convocatoria para la entrevista de panel del martes 7 de abril, de 10:00 a 11:30, en nuestras oficinas de Coslada (Av. de la Fuente Nueva 14, 2.ª planta). Estaremos Marta Ibáñez (Operaciones), Luis Cano (Prevención) y yo.

Te pediremos que prepares un plan semanal de preventivos para una flota de 12 reach stackers y 20 tractoras de terminal con los datos del enlace de abajo; lo comentaremos durante la primera media hora.

Datos del ejercicio: https://drive.intermodalcoslada.example.es/s/plan-preventivos-2026

Un saludo,
Sergio Llorente
Jefe de Mantenimiento de Equipos · Intermodal Coslada""",
    ),
    dict(
        kind="interview_invitation", slug="arrayan_phone_interview_latin1", lang="es",
        company="Transportes Arrayán", key="arr_invite",
        frm=ROCIO, cc=CURRO, name_cs="iso-8859-1/Q", to_cs="iso-8859-1/Q",
        charset="iso-8859-1", cte="qp", subj_cs="iso-8859-1/B",
        date="2026-09-01 10:10 +0200",
        subject="Entrevista telefónica - Responsable de Mantenimiento de Flota (Transportes Arrayán)",
        text=ARRAYAN_INVITE,
    ),
    dict(
        kind="interview_invitation", slug="odiel_terminal_answers_spontaneous", lang="es",
        company="Terminal Marítima del Odiel", key="odiel_invite", parent="odiel_own",
        frm=("Manuel Garrido Vázquez", "mgarrido@odielterminal.example.es"),
        date="2026-02-16 17:30 +0100",
        subject="Re: Candidatura espontánea – planificador de mantenimiento",
        text="""Buenas tardes, Joaquín:

He leído tu correo con atención. Ahora mismo estamos preparando la plaza de planificador de mantenimiento de maquinaria portuaria y tu experiencia con equipos pesados en mina nos puede servir.

¿Podrías acercarte el martes 24 de febrero a las 12:00 a nuestras oficinas del muelle para una entrevista? Estaremos el jefe de operaciones y yo. Trae la documentación del permiso de conducir y los certificados de tu anterior empresa si los tienes traducidos.

Un saludo,
Manuel Garrido Vázquez
Jefe de Mantenimiento · Terminal Marítima del Odiel

""" + gmail_es("jue, 8 ene 2026 a las 8:40", CANDIDATE, ODIEL_OWN),
    ),
    # ---- English -------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="douro_greenhouse_scheduling_link", lang="en",
        company="Douro Bulk Logistics", key="douro_invite", parent="douro_ack",
        frm=("Rita Sousa via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=RITA,
        form="alt", date="2026-03-03 14:12 +0000",
        subject="Interview invitation: Fleet Maintenance Planner at Douro Bulk Logistics",
        text="""Hi Joaquín,

Thanks again for applying to the Fleet Maintenance Planner role at Douro Bulk Logistics. Our hiring manager, Pedro Matos (Head of Fleet Engineering), would like to meet you for a 45-minute video interview.

Please pick a time that suits you using the link below. Slots are available from 9 to 13 March, Lisbon time (WET):

https://app.greenhouse.io/scheduling/invite/7f3c1e9a0b?candidate=joaquin-lindstrom-ayala

The conversation will be in English and will cover your experience with haul-truck maintenance, how you would build a weekly plan for our fleet of 70 tippers and 14 wheel loaders, and your plans to relocate to Porto.

Looking forward to it,
Rita Sousa
Talent Acquisition Lead | Douro Bulk Logistics""",
    ),
    dict(
        kind="interview_invitation", slug="kestrel_phone_screen_from_perth", lang="en",
        company="Kestrel Mining Services", key="kes_invite", parent="kes_ack",
        frm=GRACE, date="2026-03-12 16:55 +0800",
        subject="Quick phone screen – Maintenance Planner, Huelva",
        text="""Hi Joaquín,

I'm the recruiter looking after the Maintenance Planner – Mobile Fleet vacancy for our Huelva copper project. Your background on 930Es caught my eye and I'd like to set up a 30-minute phone screen.

Would Wednesday 18 March at 09:30 Spain time work? I'll call you on +34 600 000 951. If not, send me a couple of alternatives and I'll make it work around the time difference — I'm based in Perth.

Cheers,
Grace O'Neill
Senior Talent Acquisition Partner
Kestrel Mining Services Pty Ltd | Level 12, 200 St Georges Terrace, Perth WA 6000""",
    ),
    dict(
        kind="interview_invitation", slug="northbridge_ashby_self_schedule", lang="en",
        company="Northbridge Fleet Solutions", key="nb_invite", parent="nb_ack",
        frm=("Northbridge Fleet Solutions", "no-reply@ashbyhq.com"), reply_to=PRIYA,
        form="alt", shell="ats", footer="Sent with Ashby", date="2026-06-09 15:20 +0100",
        subject="Schedule your interview with Northbridge Fleet Solutions",
        text="""Hi Joaquín,

Great news — the team would like to invite you to a first-round interview for the Fleet Maintenance Planner (Madrid) role.

Interview: 60 minutes, video call
Interviewers: Priya Raman (Talent), Marco Esposito (Iberia Fleet Director)

Please choose a slot that works for you:
https://jobs.ashbyhq.com/northbridge/interview/schedule/5d2e8a61-4b7c-4f0e-9e55-0a1b3c4d5e6f

If none of the times work, just reply to this email and Priya will find an alternative.

Best,
Northbridge Fleet Solutions Recruiting""",
    ),
    dict(
        kind="interview_invitation", slug="leixoes_panel_calendar_request", lang="en",
        company="Leixões Quay Services", key="leix_invite",
        frm=INES, name_cs="iso-8859-1/Q", form="alt", shell="outlook",
        date="2026-04-20 11:45 +0100",
        subject="Panel interview – Maintenance Planner – Tue 28 April, 14:00",
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000LQS-PANEL-0428@leixoesquay.example.pt",
                 summary="Panel interview – Maintenance Planner (J. Lindström-Ayala)",
                 start="2026-04-28 14:00 +0100", end="2026-04-28 15:30 +0100",
                 location="Leixões Quay Services, Meeting room 2, Leça da Palmeira",
                 attendees=[("Tomás Pinheiro", "tomas.pinheiro@leixoesquay.example.pt")]),
        text="""Dear Joaquín,

Following your application for the Maintenance Planner position, we are pleased to invite you to a panel interview at our offices in Leça da Palmeira on Tuesday 28 April from 14:00 to 15:30 (Lisbon time).

The panel will be Tomás Pinheiro (Engineering Manager), Ricardo Lopes (Terminal Operations) and me. The interview will be held in English and will include a short technical exercise on prioritising corrective work orders for straddle carriers.

Please accept the calendar invitation attached, and bring an identity document to register at the terminal gate.

Kind regards,
Inês Carvalho
People & Culture | Leixões Quay Services
+351 220 000 600""",
    ),
    dict(
        kind="interview_invitation", slug="mondego_free_thursday_chat", lang="en",
        company="Mondego Fleet Rental", key="mond_invite",
        frm=NUNO, date="2026-05-21 17:02 +0100", subject="are you free Thursday?",
        text="""Hi Joaquín,

Nuno here from Mondego Fleet Rental — Oliver at Pitwell mentioned you're looking at planner roles around Porto. We're not advertising yet, but I need someone to sort out maintenance scheduling for our rental fleet (mostly excavators, telehandlers and a few tippers).

Are you free next Thursday afternoon to chat? Say 15:00 Portugal time on Zoom: https://zoom.us/j/83310040277. Nothing formal, just 30 minutes to see if there's a fit.

Nuno""",
    ),
    dict(
        kind="interview_invitation", slug="pitwell_sets_up_lusomine", lang="en",
        company="Lusomine Equipment", key="pit_invite", parent="pit_cold",
        frm=OLIVER, date="2026-04-15 10:20 +0100",
        subject="Interview confirmed – Lusomine Equipment, Porto",
        text="""Hi Joaquín,

Good news: Lusomine Equipment would like to meet you for the Fleet Service Planner role at their Maia branch.

Details:
- Date: Wednesday 22 April, 11:00 (Lisbon time)
- Place: Lusomine Equipment, Rua do Outeiro 455, 4470-000 Maia
- With: Catarina Moura (Service Manager) and Rui Nogueira (Workshop Lead)
- Format: 1 hour, in English, with a walk round the workshop afterwards

They're keen on your haul truck background and want to understand how you'd handle planning across customer sites. I'll send you a short prep sheet tomorrow. Please reply to confirm and I'll let them know.

Best,
Oliver

Oliver Grant | Principal Consultant, Mining & Heavy Equipment
Pitwell Search Ltd | +44 114 000 0652""",
    ),
    dict(
        kind="interview_invitation", slug="atlas_virtual_assessment_centre", lang="en",
        company="Atlas Haul Equipment", key="atlas_invite",
        frm=("Atlas Haul Equipment Careers", "careers-noreply@icims.com"), form="alt",
        shell="ats", brand="Atlas Haul Equipment", cte="base64",
        footer="Please do not reply to this message. Powered by iCIMS.",
        date="2026-07-07 09:00 +0000",
        subject="Invitation to our Virtual Assessment Centre – Service Planner",
        text="""Dear Joaquín,

Thank you for your continued interest in the Service Planner – Haul Trucks role. We are pleased to invite you to our Virtual Assessment Centre on Tuesday 21 July 2026, 09:00–13:00 CEST.

The day will include:
• a planning case study based on a fleet of 24 haul trucks,
• a group problem-solving exercise,
• a competency-based interview with two of our service managers.

Please register your attendance through the candidate portal by 14 July:
https://careers-atlashaul.icims.com/jobs/3318/service-planner/candidate/assessment

Joining instructions will follow once you have registered.

Kind regards,
Atlas Haul Equipment Talent Acquisition""",
    ),
    # ---- French --------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="rhone_engins_mise_en_situation", lang="fr",
        company="Rhône Engins Services", key="rhone_invite", parent="rhone_ack",
        frm=CLAIRE, form="alt", shell="outlook", date="2026-05-13 14:20 +0200",
        subject="Invitation – mise en situation à l'atelier de Corbas le 27 mai",
        ics=dict(style="attach", filename="mise-en-situation.ics", method="REQUEST",
                 uid="RES-2026-0527-JLA@rhoneengins.example.fr",
                 summary="Mise en situation – planificateur maintenance (J. Lindström-Ayala)",
                 start="2026-05-27 08:30 +0200", end="2026-05-27 16:30 +0200",
                 location="Atelier Rhône Engins Services, ZI Corbas-Montmartin, 69960 Corbas"),
        text="""Bonjour Joaquín,

Suite à notre échange téléphonique, j'ai le plaisir de vous inviter à une journée de mise en situation dans notre atelier de Corbas, le mercredi 27 mai de 8h30 à 16h30.

Vous passerez la matinée avec Julien Perrin, chef d'atelier, sur la planification des interventions de la semaine (pelles, chargeuses et tombereaux de nos clients carriers). L'après-midi, vous présenterez en 20 minutes votre proposition de planning à l'équipe, puis nous aurons un entretien avec notre directeur technique.

Le déjeuner est pris en charge. Merci de prévoir des chaussures de sécurité.

Je vous joins l'invitation pour votre agenda. Pouvez-vous me confirmer votre présence ?

Bien cordialement,
Claire Vidal
Responsable Ressources Humaines
Rhône Engins Services
ZI Corbas-Montmartin, 69960 Corbas · 04 72 00 00 51""",
    ),
    dict(
        kind="interview_invitation", slug="saone_logistique_phone_interview", lang="fr",
        company="Transports Saône-Logistique", key="saone_invite",
        frm=AURELIE, name_cs="iso-8859-1/B", charset="iso-8859-1", cte="qp",
        date="2026-06-03 09:35 +0200",
        subject="Entretien téléphonique - poste de planificateur maintenance",
        text=SAONE_INVITE,
    ),
    dict(
        kind="interview_invitation", slug="interim_confluence_client_rdv", lang="fr",
        company="Rhodanienne de Levage", key="int_invite",
        frm=KARIM, date="2026-07-02 16:45 +0200",
        subject="RDV client – Rhodanienne de Levage jeudi 9 juillet",
        text="""Bonjour Joaquín,

Comme convenu au téléphone, j'ai présenté votre profil à la Rhodanienne de Levage pour la mission de planificateur maintenance grues mobiles (intérim de 6 mois, possibilité d'embauche ensuite).

Le client souhaite vous rencontrer :
– jeudi 9 juillet à 14h00
– dépôt de Saint-Fons, 8 chemin du Rhône, 69190 Saint-Fons
– interlocuteur : M. Éric Sauvage, responsable du parc

Prévoyez une pièce d'identité et votre titre de séjour, le client les demandera à l'accueil. Je vous appelle la veille pour faire le point.

Bien à vous,
Karim Benali
Intérim Confluence – Agence Lyon Gerland · 04 72 00 00 19""",
    ),
    # ---- German --------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="ruhrhafen_teams_calendar", lang="de",
        company="Ruhrhafen Umschlag", key="ruhr_invite", parent="ruhr_ack",
        frm=SABINE, form="alt", shell="outlook", date="2026-04-16 13:10 +0200",
        subject="Einladung zum Vorstellungsgespräch (Microsoft Teams) – Instandhaltungsplaner (m/w/d)",
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000RUHR0423@ruhrumschlag.example.de",
                 summary="Vorstellungsgespräch Instandhaltungsplaner – Lindström-Ayala",
                 start="2026-04-23 10:00 +0200", end="2026-04-23 11:00 +0200",
                 location="Microsoft Teams-Besprechung",
                 description="Microsoft Teams-Besprechung: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RUHR0423"),
        text="""Sehr geehrter Herr Lindström-Ayala,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Donnerstag, 23. April 2026, 10:00–11:00 Uhr
Gesprächspartner: Herr Markus Dahlmann (Leiter Technik) und ich

Das Gespräch führen wir auf Englisch; einzelne Fragen zu Ihren Deutschkenntnissen stellen wir gern auch auf Deutsch. Den Link zur Besprechung finden Sie in der beigefügten Kalendereinladung.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Sabine Krämer
Personalreferentin
Ruhrhafen Umschlag GmbH · Hafenstraße 23 · 47119 Duisburg
Tel. +49 203 000 4417""",
    ),
    dict(
        kind="interview_invitation", slug="niederrhein_baumaschinen_on_site", lang="de",
        company="Niederrhein Baumaschinen", key="nrbm_invite",
        frm=FRANK, date="2026-06-10 11:30 +0200",
        subject="Vorstellungsgespräch am 22. Juni in Rheinhausen",
        text="""Guten Tag Herr Lindström-Ayala,

wir haben Ihre Unterlagen für die Stelle als Serviceplaner Baumaschinen (m/w/d) mit Interesse gelesen und würden Sie gern persönlich kennenlernen.

Vorschlag: Montag, 22. Juni 2026, 13:00 Uhr, in unserer Niederlassung Duisburg-Rheinhausen, Logport-Allee 5. Bitte melden Sie sich am Empfang der Werkstatt. Für das Gespräch mit unserem Serviceleiter, Herrn Uwe Brandt, und mir planen Sie bitte etwa 90 Minuten ein, inklusive Rundgang durch die Werkstatt.

Reisekosten aus Spanien erstatten wir bis 350 € gegen Beleg.

Geben Sie mir bitte bis Freitag Bescheid, ob der Termin passt.

Freundliche Grüße
Frank Wiesner
Personal | Niederrhein Baumaschinen GmbH
Logport-Allee 5 · 47226 Duisburg · Tel. 02065 000 210""",
    ),
]

RESCHEDULES = [
    dict(
        kind="interview_reschedule_or_cancel", slug="cobre_andevalo_call_moved", lang="es",
        company="Cobre Andévalo", key="cobre_moved", parent="cobre_screen",
        frm=LUCIA, date="2026-01-28 17:05 +0100",
        subject="RE: Planificador/a de Mantenimiento de Flota – llamada inicial",
        text="""Hola Joaquín:

Perdona el cambio de última hora: mañana jueves me ha surgido una auditoría en la planta y no voy a poder llamarte a las 10:00. ¿Te parece que lo pasemos al lunes 2 de febrero a las 12:30? Mismo formato, te llamo yo al móvil.

Si el lunes no te encaja, dime y buscamos otro hueco esa misma semana.

Gracias por la flexibilidad,
Lucía

""" + gmail_es("mar, 27 ene 2026 a las 21:48", CANDIDATE, """Hola, Lucía:

Gracias por escribirme. El jueves 29 a las 10:00 me viene perfecto; estaré pendiente del teléfono.

Un saludo,
Joaquín"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="intermodal_coslada_updated_invite", lang="es",
        company="Intermodal Coslada", key="cos_update", parent="cos_own",
        frm=SERGIO, form="alt", date="2026-04-06 09:20 +0200",
        subject="Invitación actualizada: Entrevista panel – Planificador de mantenimiento de flota @ jue 9 abr 2026 12:00 - 13:30 (CEST)",
        ics=dict(style="google", prodid=GOOGLE, method="REQUEST", seq=1,
                 uid="5q2lk0v7h3c1ig8r0t6m4b9n2e@google.com",
                 summary="Entrevista panel – Planificador de mantenimiento de flota",
                 start="2026-04-09 12:00 +0200", end="2026-04-09 13:30 +0200",
                 location="Intermodal Coslada, Av. de la Fuente Nueva 14, 2.ª planta, 28823 Coslada"),
        text="""Se ha actualizado esta invitación.

Cambio: la entrevista pasa del martes 7 de abril a las 10:00 al jueves 9 de abril, de 12:00 a 13:30 (CEST).

Entrevista panel – Planificador de mantenimiento de flota
Cuándo: jueves, 9 de abril de 2026 12:00 – 13:30 (hora de verano de Europa central - Madrid)
Dónde: Intermodal Coslada, Av. de la Fuente Nueva 14, 2.ª planta, 28823 Coslada
Organizador: Sergio Llorente

Nota de Sergio: sin problema con el cambio que pediste, Joaquín. Nos vemos el jueves.

¿Asistirás? Sí - Quizás - No

Invitación de Google Calendar""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="quimica_odiel_cancel_incident", lang="es",
        company="Química Odiel", key="qo_cancel",
        frm=("Andrés Robles", "arobles@quimicaodiel.example.es"), form="alt", shell="outlook",
        date="2026-05-18 16:40 +0200",
        subject="Cancelada: Entrevista – Coordinador/a de Mantenimiento de Flota Cisternas",
        ics=dict(method="CANCEL", seq=1, uid="wd-qo-REQ-2291-int-0519@quimicaodiel.example.es",
                 summary="Entrevista – Coordinador/a de Mantenimiento de Flota Cisternas",
                 start="2026-05-19 10:00 +0200", end="2026-05-19 10:45 +0200",
                 location="Microsoft Teams"),
        text="""Hola Joaquín:

Tengo que cancelar la entrevista de mañana martes 19 a las 10:00. Ha habido una fuga en el cargadero de la planta de Palos y todo el equipo de flota está volcado en la incidencia.

No es una decisión sobre tu candidatura: seguimos muy interesados en tu perfil. En cuanto se normalice la situación, el equipo de Talento te enviará un nuevo enlace para elegir fecha, previsiblemente la semana que viene.

Disculpa las molestias.

Andrés Robles
Responsable de Flota · Química Odiel
Av. Francisco Montenegro s/n · 21001 Huelva""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="terminal_batan_trial_day_moved", lang="es",
        company="Terminal Batán Sevilla", key="batan_ill", parent="batan_invite",
        frm=("Nieves Calero", "ncalero@terminalbatan.example.es"),
        charset="windows-1252", cte="qp", date="2026-08-06 08:15 +0200",
        subject="RE: Jornada de prueba en el taller – Terminal Batán",
        text="""Buenos días, Joaquín:

Te escribo en nombre de Jesús Ortega, que está de baja desde ayer y no estará de vuelta hasta la semana que viene. Como él quería acompañarte personalmente durante la jornada de prueba, la movemos del miércoles 12 al miércoles 19 de agosto, mismo horario (7:00–15:00).

Lo del acceso al recinto sigue en marcha con la copia del NIE que enviaste; no tienes que hacer nada más.

¿Te viene bien el día 19?

Un saludo,
Nieves Calero
Recursos Humanos · Terminal Batán Sevilla
954 000 600""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="talento_minero_client_moves_date", lang="es",
        company="Áridos del Sureste", key="tm_moved", parent="tm_invite",
        frm=INIGO, name_cs="utf-8/B", date="2026-03-20 13:30 +0100",
        subject="Re: Entrevista con Áridos del Sureste – martes 24, Cartagena",
        text="""Joaquín, cambio de planes: Rosa tiene que ir el martes a una inspección de Minas en Murcia y el cliente me pide mover la entrevista al martes 31 de marzo, misma hora (11:00) y mismo sitio, la cantera de El Algar.

Sé que ya tenías cogido el tren, lo siento. ¿Te va bien el 31?

Íñigo""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="maquinaria_betica_goes_online", lang="es",
        company="Maquinaria Bética", key="mb_moved", parent="mb_invite",
        frm=MARTA, form="alt", cte="base64", date="2026-05-04 12:50 +0200",
        subject="Cambio de formato: jornada de evaluación del 7 de mayo",
        text="""Hola Joaquín:

Por obras en la sala de formación de Dos Hermanas, la jornada de evaluación del jueves 7 de mayo se hará en formato online. Mantenemos el día, pero cambia la hora: empezaremos a las 10:00 y terminaremos hacia las 13:00.

Te conectarás por Microsoft Teams con este enlace:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MaqBetica_evaluacion_0705

La prueba práctica de planificación la harás en tu ordenador; te enviaremos el archivo de Excel diez minutos antes de empezar. La dinámica de grupo se sustituye por un caso que presentarás de forma individual.

Cualquier duda, escríbeme.

Marta Gil
Selección · Maquinaria Bética · 955 000 730""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="andina_reagendar", lang="es",
        company="Andina Mining Services España", key="and_moved", parent="and_invite",
        frm=CAMILA, date="2026-07-13 09:05 -0400",
        subject="Re: Agendemos una videollamada – cargo Planificador de Mantención",
        text="""Hola Joaquín, ¿cómo va todo?

Te escribo al tiro porque Felipe tuvo que subir a faena por una falla en la pala y no va a alcanzar a conectarse hoy a las 16:00. Tenemos que reagendar la videollamada: ¿te acomoda el jueves 16 de julio, a la misma hora (16:00 España / 10:00 Santiago)? El link de Meet es el mismo.

Disculpa el cambio, sé que te habías organizado para hoy.

Saludos,
Camila""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="arrayan_call_cancelled_still_in", lang="es",
        company="Transportes Arrayán", key="arr_cancel", parent="arr_invite",
        frm=ROCIO, cc=CURRO, form="alt", shell="outlook", date="2026-09-03 19:20 +0200",
        subject="RE: Entrevista telefónica - Responsable de Mantenimiento de Flota (Transportes Arrayán)",
        text="""Buenas tardes, Joaquín:

Don Ignacio me pide que anule la llamada de mañana viernes a las 9:00: tiene que viajar de urgencia a Algeciras por un problema con un cliente. Tu candidatura sigue adelante y él quiere hablar contigo; la semana que viene te escribo con una nueva fecha.

Perdona las molestias.

Rocío Lozano
Administración y Personal · Transportes Arrayán

""" + outlook_block("es", ROCIO, "martes, 1 de septiembre de 2026 10:10", CANDIDATE,
                    "Entrevista telefónica - Responsable de Mantenimiento de Flota (Transportes Arrayán)",
                    ARRAYAN_INVITE),
    ),
    # ---- English -------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="douro_calendar_update_sequence", lang="en",
        company="Douro Bulk Logistics", key="douro_update", parent="douro_invite",
        frm=RITA, form="alt", date="2026-03-09 10:02 +0000",
        subject="Updated invitation: Interview – Fleet Maintenance Planner (Joaquín Lindström-Ayala) @ Thu 12 Mar 2026 15:00 - 15:45 (WET)",
        ics=dict(style="google", prodid=GOOGLE, method="REQUEST", seq=1,
                 uid="2a7dbl0fmp1q9s3k5x8c4v6n0m@google.com",
                 summary="Interview – Fleet Maintenance Planner (Joaquín Lindström-Ayala)",
                 start="2026-03-12 15:00 +0000", end="2026-03-12 15:45 +0000",
                 location="https://meet.google.com/dbl-fmpl-intv",
                 attendees=[("Pedro Matos", "pedro.matos@dourobulk.example.pt")]),
        text="""This event has been changed.

Interview – Fleet Maintenance Planner (Joaquín Lindström-Ayala)
When: CHANGED Thursday 12 Mar 2026 15:00 – 15:45 (Western European Time - Lisbon) [previously Tuesday 10 Mar 2026 11:00 – 11:45]
Joining info: https://meet.google.com/dbl-fmpl-intv
Who:
* rita.sousa@dourobulk.example.pt – organiser
* pedro.matos@dourobulk.example.pt
* joaquin.la@example.cl

Note from Rita: Pedro has to be at the Leixões yard on Tuesday morning, so we've moved your interview to Thursday afternoon. Let me know if this doesn't work.

Going (joaquin.la@example.cl)? Yes - Maybe - No

Invitation from Google Calendar""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="northbridge_interviewer_at_audit", lang="en",
        company="Northbridge Fleet Solutions", key="nb_moved", parent="nb_invite",
        frm=PRIYA, date="2026-06-15 12:40 +0100",
        subject="Re: Schedule your interview with Northbridge Fleet Solutions",
        text="""Hi Joaquín,

I'm really sorry to do this, but Marco has been pulled into a customer audit in Valencia on Thursday and can't make your 10:00 slot. Could we move the interview to Monday 22 June at 16:00 CEST instead? Same video link, same format.

If Monday doesn't work, these are also free: Tuesday 23 June at 09:30 or 15:00.

Thanks for bearing with us,
Priya

Priya Raman
Senior Talent Partner | Northbridge Fleet Solutions
30 Finsbury Square, London EC2A 1AG

""" + gmail_en("Wed, 10 Jun 2026 at 08:31", CANDIDATE, """Hi Priya,

I've booked Thursday 18 June at 10:00 through the link. Looking forward to meeting you and Marco.

Best regards,
Joaquín"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kestrel_phone_screen_cancelled", lang="en",
        company="Kestrel Mining Services", key="kes_cancel", parent="kes_invite",
        frm=GRACE, date="2026-03-16 17:10 +0800",
        subject="Cancelled: Phone screen – Joaquín Lindström-Ayala / Kestrel Mining Services",
        ics=dict(style="attach", method="CANCEL", seq=1, filename="cancel.ics",
                 uid="kestrel-ps-7781@kestrelmining.example.com.au",
                 summary="Phone screen – Joaquín Lindström-Ayala / Kestrel Mining Services",
                 start="2026-03-18 09:30 +0100", end="2026-03-18 10:00 +0100",
                 location="Phone +34 600 000 951"),
        text="""Hi Joaquín,

I need to cancel Wednesday's phone screen — the hiring manager wants to join the first call after all, and he's flying to Chile this week with patchy signal. I'll come back to you with a new time once his travel settles down, probably late next week.

Nothing has changed on our side regarding your application.

Apologies for the shuffle,
Grace""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="leixoes_panel_lead_ill", lang="en",
        company="Leixões Quay Services", key="leix_ill", parent="leix_invite",
        frm=INES, name_cs="iso-8859-1/Q", form="alt", shell="outlook",
        date="2026-04-24 09:30 +0100",
        subject="Re: Panel interview – Maintenance Planner – Tue 28 April, 14:00",
        ics=dict(method="REQUEST", seq=1,
                 uid="040000008200E00074C5B7101A82E00800000000LQS-PANEL-0428@leixoesquay.example.pt",
                 summary="Panel interview – Maintenance Planner (J. Lindström-Ayala)",
                 start="2026-05-06 10:00 +0100", end="2026-05-06 11:30 +0100",
                 location="Leixões Quay Services, Meeting room 2, Leça da Palmeira"),
        text="""Dear Joaquín,

Unfortunately Tomás Pinheiro is ill and has been signed off for the rest of this week and the beginning of next. As he leads the panel, we need to postpone Tuesday's interview.

We would like to propose Wednesday 6 May, 10:00–11:30, same location. I have sent an updated calendar invitation; please accept it if the new time suits you, or reply with your availability that week.

Kind regards,
Inês Carvalho
People & Culture | Leixões Quay Services""",
    ),
    # ---- French --------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="rhone_engins_cancel_chef_malade", lang="fr",
        company="Rhône Engins Services", key="rhone_cancel", parent="rhone_invite",
        frm=CLAIRE, form="alt", shell="outlook", date="2026-05-25 18:05 +0200",
        subject="Annulé : Mise en situation – atelier de Corbas (27 mai)",
        ics=dict(method="CANCEL", seq=1, uid="RES-2026-0527-JLA@rhoneengins.example.fr",
                 summary="Mise en situation – planificateur maintenance (J. Lindström-Ayala)",
                 start="2026-05-27 08:30 +0200", end="2026-05-27 16:30 +0200",
                 location="Atelier Rhône Engins Services, ZI Corbas-Montmartin, 69960 Corbas"),
        text="""Bonjour Joaquín,

Je suis au regret de devoir annuler la journée de mise en situation prévue ce mercredi 27 mai : Julien Perrin, qui devait vous accueillir à l'atelier, est malade et ne sera pas de retour avant la semaine prochaine.

Votre candidature reste bien entendu d'actualité. Je reviens vers vous d'ici vendredi avec une nouvelle date, probablement début juin.

Toutes mes excuses pour ce contretemps.

Claire Vidal
Responsable Ressources Humaines – Rhône Engins Services""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="saone_logistique_call_postponed", lang="fr",
        company="Transports Saône-Logistique", key="saone_moved", parent="saone_invite",
        frm=AURELIE, date="2026-06-05 15:50 +0200",
        subject="RE: Entretien téléphonique - poste de planificateur maintenance",
        text="""Bonjour Monsieur Lindström-Ayala,

Un imprévu m'oblige à décaler notre entretien téléphonique de lundi. Serait-il possible de le reporter au mercredi 10 juin à 14h30 ? La durée reste la même, environ une demi-heure.

Merci de votre compréhension et à mercredi, je l'espère.

Aurélie Fontaine

""" + outlook_block("fr", AURELIE, "mercredi 3 juin 2026 09:35", CANDIDATE,
                    "Entretien téléphonique - poste de planificateur maintenance", SAONE_INVITE),
    ),
    # ---- German --------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="niederrhein_interviewer_krank", lang="de",
        company="Niederrhein Baumaschinen", key="nrbm_ill", parent="nrbm_own",
        frm=FRANK, date="2026-06-19 07:55 +0200",
        subject="AW: Vorstellungsgespräch am 22. Juni in Rheinhausen",
        text="""Guten Morgen Herr Lindström-Ayala,

leider muss ich unseren Termin am Montag verschieben: Herr Brandt ist erkrankt und fällt voraussichtlich die ganze nächste Woche aus. Ohne ihn möchten wir das Gespräch ungern führen, da er Ihr künftiger Vorgesetzter wäre.

Als Ersatztermin schlage ich Montag, den 29. Juni, um 13:00 Uhr vor, gleicher Ort. Falls Sie Ihren Flug bereits gebucht haben, übernehmen wir selbstverständlich die Umbuchungsgebühren.

Bitte geben Sie mir kurz Bescheid.

Freundliche Grüße
Frank Wiesner

""" + gmail_de("Do., 11. Juni 2026 um 20:14", CANDIDATE, NRBM_OWN),
    ),
]

MISSED = [
    dict(
        kind="missed_interview_notice", slug="logistica_guadalquivir_waited_at_depot", lang="es",
        company="Logística Guadalquivir", key="lg_missed", parent="lg_invite",
        frm=PACO, date="2026-02-12 10:48 +0100", subject="Re: ¿Te pasas el jueves?",
        text="""Joaquín, te estamos esperando en la nave desde las diez. Te he llamado dos veces al móvil y salta el buzón.

No sé si te ha pasado algo o si te has liado con la dirección. Yo tengo reunión a las 11:30, así que hoy ya no va a poder ser. Escríbeme cuando lo veas y vemos qué hacemos.

Paco""",
    ),
    dict(
        kind="missed_interview_notice", slug="maquinaria_betica_no_show_teams", lang="es",
        company="Maquinaria Bética", key="mb_missed", parent="mb_moved",
        frm=MARTA, date="2026-05-07 10:40 +0200",
        subject="No te hemos visto en la sesión de Teams",
        text="""Hola Joaquín:

A las 10:00 abrimos la sesión de Teams de la jornada de evaluación y, pasados 25 minutos, no te has conectado. También te hemos enviado un SMS al número de tu candidatura, sin respuesta.

Si has tenido algún problema técnico, contéstame hoy antes de las 14:00 y veremos si es posible hacer la prueba con otro grupo. Si no recibimos noticias tuyas, tendremos que cerrar tu candidatura.

Un saludo,
Marta Gil
Selección · Maquinaria Bética""",
    ),
    dict(
        kind="missed_interview_notice", slug="minero_cartagines_waited_on_teams", lang="es",
        company="Grupo Minero Cartaginés", key="gmc_missed",
        frm=PILAR, form="html", shell="outlook", date="2026-08-12 10:20 +0200",
        subject="Entrevista de hoy a las 10:00 – no conexión",
        text="""Buenos días, Joaquín:

Te esperamos en la reunión de Teams de las 10:00 para la entrevista del puesto de Planificador de Mantenimiento de Maquinaria Móvil, pero no llegaste a conectarte. Estuvimos en la sala hasta las 10:15 el jefe de mantenimiento, Antonio Conesa, y yo.

Entendemos que puede haber ocurrido cualquier imprevisto. Si sigues interesado en el proceso, respóndenos indicando tu disponibilidad para la semana que viene.

Un saludo,
Pilar Navarro Ros
Técnica de Recursos Humanos · Grupo Minero Cartaginés""",
    ),
    dict(
        kind="missed_interview_notice", slug="laborar_ett_phone_unanswered", lang="es",
        company="Laborar", key="lab_missed", parent="lab_own",
        frm=NEREA, name_cs="iso-8859-1/B", charset="iso-8859-1", cte="8bit",
        date="2026-03-05 10:25 +0100", subject="Llamada de esta mañana",
        text="""Hola Joaquín:

Te he llamado a las 10:00, como quedamos ayer, para la entrevista telefónica de la posición de planificador de mantenimiento. Lo he intentado dos veces más a las 10:10 y no lo has cogido.

¿Podemos hablar esta tarde? Llámame tú cuando puedas al 918 000 164 o dime a qué hora te pillo.

Nerea""",
    ),
    dict(
        kind="missed_interview_notice", slug="andina_no_te_conectaste", lang="es",
        company="Andina Mining Services España", key="and_missed", parent="and_moved",
        frm=CAMILA, date="2026-07-16 10:25 -0400",
        subject="No te conectaste a la videollamada de hoy",
        text="""Hola Joaquín:

Con Felipe estuvimos conectados en el Meet desde las 16:00 (hora de España) y te esperamos unos veinte minutos, pero no alcanzaste a entrar. Te llamé también a tu celular y me dio apagado.

Espero que no haya pasado nada grave. Cuéntame cuando puedas qué pasó y vemos si es posible buscar otro espacio, aunque te adelanto que el área está por cerrar el proceso esta semana.

Saludos,
Camila Riquelme S.""",
    ),
    # ---- English -------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="mondego_sat_on_zoom", lang="en",
        company="Mondego Fleet Rental", key="mond_missed", parent="mond_invite",
        frm=NUNO, date="2026-05-28 15:21 +0100", subject="Re: are you free Thursday?",
        text="""Joaquín — I'm sat on the Zoom link and it's 15:20, no sign of you. Did I get the time zone wrong? 15:00 Portugal is 16:00 in Spain, which may be where this went sideways.

I'll hang on until half past. Otherwise drop me a line and we'll find another slot next week.

Nuno""",
    ),
    dict(
        kind="missed_interview_notice", slug="atlas_assessment_did_not_join", lang="en",
        company="Atlas Haul Equipment", key="atlas_missed", parent="atlas_invite",
        frm=("Daniel Hughes", "daniel.hughes@atlashaul.example.com"),
        date="2026-07-21 10:05 +0100",
        subject="Virtual Assessment Centre today – we missed you",
        text="""Dear Joaquín,

We started this morning's Virtual Assessment Centre at 09:00 CEST and you did not join the session. I also tried the mobile number on your application twice, at 09:10 and 09:25, without reaching you.

If something went wrong with the joining link or your connection, please let me know by the end of Thursday. We have one further assessment date, on 4 August, and there may be a place available.

Regards,
Daniel Hughes
Early Careers & Assessment Lead | Atlas Haul Equipment
Rotherham Service Centre, Templeborough S60 1BA, United Kingdom""",
    ),
    dict(
        kind="missed_interview_notice", slug="portline_tried_calling_twice", lang="en",
        company="Portline Terminals", key="port_missed",
        frm=("Sofia Almeida", "s.almeida@portline.example.pt"), form="alt",
        date="2026-09-08 10:35 +0100", subject="Our call at 10:00",
        text="""Dear Joaquín,

I tried calling you twice at 10:00 (Lisbon time), as agreed for our screening call, and left a voicemail on the second attempt. I also waited in case you were trying to get through on the switchboard.

Perhaps there was some confusion with the time difference — 10:00 here is 11:00 in Spain. Would you like to rearrange for later this week? I am free on Thursday morning.

Best regards,
Sofia Almeida
HR Business Partner | Portline Terminals""",
    ),
    # ---- French / German -----------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="interim_confluence_client_waited", lang="fr",
        company="Rhodanienne de Levage", key="int_missed", parent="int_invite",
        frm=KARIM, date="2026-07-09 14:40 +0200",
        subject="RDV Rhodanienne de Levage – vous n'êtes pas venu ?",
        text="""Joaquín,

M. Sauvage vient de m'appeler : il vous attendait à 14h00 au dépôt de Saint-Fons et vous ne vous êtes pas présenté. J'ai essayé de vous joindre deux fois sur votre portable, sans succès.

J'espère qu'il ne vous est rien arrivé. Rappelez-moi dès que possible : le client est un peu refroidi, mais je peux peut-être encore obtenir un autre créneau si je lui explique ce qui s'est passé.

Karim Benali
Intérim Confluence · 06 00 00 00 19""",
    ),
    dict(
        kind="missed_interview_notice", slug="ruhrhafen_waited_in_teams", lang="de",
        company="Ruhrhafen Umschlag", key="ruhr_missed", parent="ruhr_invite",
        frm=SABINE, cte="qp", date="2026-04-23 10:35 +0200",
        subject="Unser Teams-Termin heute um 10:00 Uhr",
        text="""Sehr geehrter Herr Lindström-Ayala,

Herr Dahlmann und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, leider haben Sie sich nicht eingewählt. Auch telefonisch konnten wir Sie unter der angegebenen Nummer nicht erreichen.

Sollte es technische Probleme gegeben haben, melden Sie sich bitte bis morgen bei mir. Wir prüfen dann, ob wir einen neuen Termin anbieten können.

Mit freundlichen Grüßen
Sabine Krämer
Personalreferentin · Ruhrhafen Umschlag GmbH
Tel. +49 203 000 4417""",
    ),
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]
