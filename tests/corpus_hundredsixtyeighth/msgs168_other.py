# ruff: noqa: C408 - each message is a hand-written dict(...) spec
"""Corpus 168: everything that is not a job event for the candidate (52), hand-written:
his own sent mail, digests, advice, auto-replies, notifications and mail that uses
interview/appointment/position words in another sense."""

from __future__ import annotations

from msgs168_common import (
    CANDIDATE,
    SIG_EN,
    SIG_ES,
    ats_card,
    digest_text,
    forwarded,
    ics,
    newsletter,
    outlook_word,
    pdf,
    reply,
    simple_html,
)

OTH = "other"
ME = CANDIDATE


def _list(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{list_id.split('.', 1)[1][:-1]}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


def _auto() -> list[tuple[str, str]]:
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


# --------------------------------------------------------------------------- digests

_EMPLEOS_ITEMS = [
    ("Analista de Datos Jr. – Naranjo Pagos (Córdoba, híbrido)",
     "https://empleosmediterraneo.example.com.ar/o/88213",
     "Fintech de pagos busca perfil con SQL y ganas de aprender. Publicado hace 2 días."),
    ("Analista de Reportes – Cooperativa de Servicios (Villa María)",
     "https://empleosmediterraneo.example.com.ar/o/88190",
     "Excel avanzado y Power BI. Presencial."),
    ("Data Analyst – Mercado regional (remoto Argentina)",
     "https://empleosmediterraneo.example.com.ar/o/88177",
     "Inglés intermedio, experiencia con atención al cliente valorada."),
]
_EMPLEOS_INTRO = """Hola Joaquín, estas son las búsquedas nuevas que coinciden con tu alerta "analista de datos – Córdoba".

Consejo de la semana: antes de una entrevista, repasá la descripción del puesto y prepará dos ejemplos concretos. Y si te llega un rechazo, pedí feedback: muchas empresas lo dan si se lo pedís con amabilidad."""
_EMPLEOS_OUTRO = "Recibís este correo porque creaste una alerta en Empleos Mediterráneo."

_DATAJOBS_ITEMS = [
    ("Junior Data Analyst - Liffey Payments (Dublin 2)",
     "https://datajobsdublin.example.ie/jobs/4411",
     "Fintech, hybrid, visa sponsorship considered. Interviews start in April."),
    ("Reporting Analyst - Fernhill Insurance (Ballsbridge)",
     "https://datajobsdublin.example.ie/jobs/4407",
     "Claims MI team. Strong SQL, Power BI a plus."),
    ("BI Analyst - Harcourt Telecom (Dublin 2)",
     "https://datajobsdublin.example.ie/jobs/4398",
     "Customer insights, churn modelling. 3 rounds of interviews."),
    ("Data Analyst (Spanish speaker) - Kreuzberg Ledger (remote EU)",
     "https://datajobsdublin.example.ie/jobs/4390",
     "LatAm expansion team."),
]
_DATAJOBS_INTRO = """This week's picks for data people in Dublin.

Reader question: "I got rejected after a final interview - should I ask for feedback?" Yes, briefly and politely; our editor explains how in this week's column."""
_DATAJOBS_OUTRO = """DataJobs Dublin Weekly - 14 Fenian Street, Dublin 2.
You are receiving this because you subscribed at datajobsdublin.example.ie."""

_ALERTE_ITEMS = [
    ("Data Analyst CRM – Banque du Marais (Paris 4e)",
     "https://cadresdata.example.fr/offre/77120",
     "CDI, entretiens prévus en juin. Anglais apprécié."),
    ("Analyste Données Clients – Librairies Rameau (Paris 6e)",
     "https://cadresdata.example.fr/offre/77102",
     "Commerce de détail, télétravail partiel."),
    ("Consultant Data junior – Conseil Batignolles (Paris 17e)",
     "https://cadresdata.example.fr/offre/77088",
     "Cabinet de conseil, missions grands comptes."),
]
_ALERTE_INTRO = """Bonjour Joaquín,

8 nouvelles offres correspondent à votre alerte « analyste données – Paris ». Voici les trois plus récentes.

Le conseil de la semaine : un refus n'est jamais définitif. Relancez poliment trois semaines après un entretien sans réponse."""
_ALERTE_OUTRO = "Vous recevez cet e-mail car vous avez créé une alerte sur CadresData."

_JOBLETTER_ITEMS = [
    ("Junior Data Analyst (m/w/d) – Spreewald Pay, Berlin-Kreuzberg",
     "https://datenjobs-berlin.example.de/stelle/5521",
     "Fintech, Englisch als Arbeitssprache, Vorstellungsgespräche ab Mai."),
    ("Data Analyst Vertriebssteuerung (m/w/d) – Havelnetz, Potsdam",
     "https://datenjobs-berlin.example.de/stelle/5507",
     "Telekommunikation, Deutschkenntnisse B2."),
    ("Werkstudent Data (m/w/d) – Kiezkauf, Berlin",
     "https://datenjobs-berlin.example.de/stelle/5499",
     "Einzelhandel, 20 Std./Woche."),
]
_JOBLETTER_INTRO = """Hallo Joaquín,

hier ist Ihr wöchentlicher Jobletter mit neuen Stellen rund um Daten in Berlin und Brandenburg.

Diese Woche im Magazin: Wie Sie eine Absage nach dem Vorstellungsgespräch konstruktiv nutzen."""
_JOBLETTER_OUTRO = "Datenjobs Berlin · Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben."

_WEBINAR_TEXT = """Hola Joaquín:

Te invitamos a nuestro próximo webinar gratuito: "Entrevistas técnicas de SQL sin miedo", el jueves 16 de abril a las 19:00 (hora argentina).

Vamos a ver:
- los cinco tipos de ejercicio que más se repiten en entrevistas de analista,
- cómo pensar en voz alta frente al entrevistador,
- qué hacer si te trabás o si el resultado sale mal.

Cupos limitados. Reservá tu lugar en https://comunidaddatos.example.com.ar/webinar/sql-entrevistas

Comunidad Datos AR
Si no querés recibir más correos, hacé clic en "darme de baja"."""

_MEETUP_TEXT = """¡Hola, comunidad!

El próximo encuentro de Data Córdoba es el martes 16 de junio a las 19:00 en el cowork de Güemes (Belgrano 780).

Charla principal: "40 rechazos y un sí", de Eugenia Ríos, que cuenta cómo pasó de cajera de supermercado a analista de BI y qué aprendió de cada proceso que no salió.

Después: lightning talks (5 minutos cada una; ¡anotate!) y pizza.

Inscripción: https://datacordoba.example.com.ar/meetup/junio

Data Córdoba · Comunidad abierta de personas que trabajan con datos
Para dejar de recibir estos correos: https://datacordoba.example.com.ar/baja"""

_ADVICE_ES = """Carrera en Datos · Edición #42

Cómo convertir un rechazo en aprendizaje (sin tomártelo personal)

Todos los que trabajamos con datos acumulamos correos que empiezan con "Lamentablemente...". Después de hablar con quince reclutadoras, estas son las cuatro ideas que más se repitieron:

1. Un "no" casi nunca es sobre vos. Muchas veces la búsqueda se congela, se cubre internamente o el equipo ya tenía un candidato.
2. Pedí feedback una sola vez, en dos líneas, y agradecé aunque no te respondan.
3. Llevá un registro: empresa, etapa a la que llegaste y qué te preguntaron en la entrevista. Después de diez procesos vas a ver patrones.
4. No dejes de postularte mientras esperás una respuesta.

La semana que viene: cómo negociar tu primera oferta como analista.

Leé esta edición en la web: https://carreraendatos.example.com.ar/42
Darse de baja: https://carreraendatos.example.com.ar/baja?u=jmf"""

_ADVICE_EN = """The Analyst's Desk - Issue 57

Five questions to ask at the end of an interview

You've made it to "Do you have any questions for us?" Here's what hiring managers tell us they like to hear:

1. What does a great first three months look like in this role?
2. Which decisions will my analysis feed into?
3. Where does the data come from, and who owns its quality?
4. How does the team review each other's work?
5. What's the next step in the process, and when can I expect to hear back?

Avoid asking about salary in a first-round call unless the recruiter raises it.

Also this week: a reader shares the rejection email that changed how she prepares.

Read online: https://analystsdesk.example.com/57
Unsubscribe: https://analystsdesk.example.com/unsubscribe"""

_REVIEWS_TEXT = """WorkVoices

New interview reviews for companies you follow

Liffey Payments - Data Analyst interview (Dublin)
"Three rounds: recruiter screen, SQL case, final panel. They told me within a week that I was rejected but gave useful feedback." Difficulty 3/5.

Harcourt Telecom - Customer Insights Analyst interview (Dublin)
"Phone screen then a take-home. The role was put on hold halfway through." Difficulty 2/5.

Quayside Analytics - Junior Analyst interview (Dublin)
"Live SQL exercise, friendly interviewers, offer came two weeks later." Difficulty 4/5.

See all reviews: https://workvoices.example.com/follows
Manage email preferences: https://workvoices.example.com/settings/email"""

MESSAGES: list[dict] = [
    # ======================================================================= candidate's own, es
    dict(
        kind=OTH, slug="sent_thanks_naranjo", lang="es", key="naranjo_thanks",
        parent="naranjo_move", company="", contact="",
        frm=ME, name_enc="utf-8:Q",
        to=[("Sofía Ledesma", "sofia.ledesma@naranjopagos.example.com.ar")],
        subject="Gracias por la entrevista de hoy",
        date="2026-02-18 19:42", tz="ar", cte="8bit",
        text="""Hola Sofía:

Te quería agradecer por la entrevista de hoy con vos y con Nicolás. Me quedé pensando en la pregunta sobre los contracargos y armé un borrador de consulta SQL con la idea que comentamos; si les sirve se los mando.

Quedo atento a los próximos pasos.

Saludos,
Joaquín

""" + SIG_ES,
    ),
    dict(
        kind=OTH, slug="sent_sorry_telmed", lang="es", key="telmed_sorry",
        parent="telmed_missed", company="", contact="",
        frm=ME, name_enc="iso-8859-1:Q",
        to=[("Martín Quiroga", "martin.quiroga@telmed.example.com.ar")],
        subject="Disculpas por la entrevista de hoy",
        date="2026-03-05 11:02", tz="ar", cte="qp",
        text=reply(
            """Martín, te pido mil disculpas. Tuve un corte de luz en el barrio desde las 9:30 y no pude conectarme a la entrevista; recién vuelve el servicio. Entiendo si ya no es posible, pero si me dan otra oportunidad me acomodo a cualquier horario.

Joaquín""",
            "El jue, 5 mar 2026 a las 10:38, Martín Quiroga <martin.quiroga@telmed.example.com.ar> escribió:",
            """Hola Joaquín:

Carolina y yo te esperamos en el Meet desde las 10:00 hasta las 10:25 y no llegaste a conectarte. También te escribí por WhatsApp, sin respuesta.

Espero que esté todo bien. Si tuviste algún inconveniente, contanos y vemos qué hacemos.""",
        ),
    ),
    dict(
        kind=OTH, slug="sent_contract_questions_suquia", lang="es", key="suquia_question",
        parent="suquia_offer", company="", contact="",
        frm=ME,
        to=[("Mónica Bustos", "mbustos@usuquia.example.edu.ar")],
        subject="Re: Designación y contrato para firma – Analista de Datos del Observatorio",
        date="2026-08-06 08:47", tz="ar", layout="alt", cte="base64",
        text=reply(
            """Estimada Lic. Bustos:

Muchas gracias por la noticia, estoy muy contento. Antes de firmar quería hacerle dos consultas: ¿el certificado de antecedentes puede ser el digital del Registro Nacional? ¿Y es posible presentar la renuncia en mi trabajo actual con treinta días de preaviso, es decir, ingresar el 7 de septiembre en lugar del 1?

Quedo a la espera de su respuesta.

Atentamente,
Joaquín Mbatha-Ferreyra""",
            "El mié, 5 ago 2026 a las 10:02, Mónica Bustos <mbustos@usuquia.example.edu.ar> escribió:",
            """Tengo el agrado de comunicarle que, por Resolución Rectoral 1187/2026, ha sido designado en el cargo de Analista de Datos del Observatorio de Trayectorias Estudiantiles, a partir del 1 de septiembre de 2026.

Le adjuntamos el contrato para su firma.""",
        ),
        html=simple_html(reply(
            """Estimada Lic. Bustos:

Muchas gracias por la noticia, estoy muy contento. Antes de firmar quería hacerle dos consultas: ¿el certificado de antecedentes puede ser el digital del Registro Nacional? ¿Y es posible presentar la renuncia en mi trabajo actual con treinta días de preaviso, es decir, ingresar el 7 de septiembre en lugar del 1?

Quedo a la espera de su respuesta.

Atentamente,
Joaquín Mbatha-Ferreyra""",
            "El mié, 5 ago 2026 a las 10:02, Mónica Bustos <mbustos@usuquia.example.edu.ar> escribió:",
            """Tengo el agrado de comunicarle que, por Resolución Rectoral 1187/2026, ha sido designado en el cargo de Analista de Datos del Observatorio de Trayectorias Estudiantiles, a partir del 1 de septiembre de 2026.

Le adjuntamos el contrato para su firma.""",
        )),
    ),
    dict(
        kind=OTH, slug="sent_followup_obelisco", lang="es", key="obelisco_followup",
        parent="obelisco_postpone", company="", contact="",
        frm=ME, name_enc="utf-8:B",
        to=[("Mariana Sosa", "msosa@obeliscoseguros.example.com.ar")],
        subject="¿Novedades sobre el assessment?",
        date="2026-08-20 09:15", tz="ar", cte="qp",
        text="""Hola Mariana, ¿cómo estás?

Te escribo para saber si ya hay nueva fecha para el assessment grupal que se suspendió el 5 de agosto. Sigo muy interesado en la posición de Analista de Datos de Siniestros y quiero organizar el viaje a Buenos Aires con tiempo.

Gracias,
Joaquín

""" + SIG_ES,
    ),
    dict(
        kind=OTH, slug="sent_application_alberdi", lang="es", key="alberdi_app",
        company="", contact="",
        frm=ME,
        to=[("Pablo Gorosito", "pablo@altoalberdi.example.com.ar")],
        subject="Postulación Analista de Datos – Joaquín Mbatha-Ferreyra",
        date="2026-02-09 22:14", tz="ar", cte="8bit",
        text="""Hola Pablo:

Vi en el grupo de Data Córdoba que la consultora está buscando un analista de datos junior. Te adjunto mi CV. Trabajo hace seis años en el call center de un banco y el último año armé los reportes de tiempos de atención del equipo con SQL y Power BI.

Quedo a disposición,
Joaquín

""" + SIG_ES,
        attach=[pdf("CV_Joaquin_Mbatha-Ferreyra.pdf", [
            "Joaquín Mbatha-Ferreyra - Analista de Datos Jr.",
            "Córdoba, Argentina - joaquin.mf@example.com.ar",
            "Experiencia: Agente de atención telefónica, Banco Serrano (2020-2026)",
            "Reportes de tiempos de atención con SQL Server y Power BI",
            "Formación: Certificado en Análisis de Datos (2025)",
            "Idiomas: español nativo, inglés C1, francés B1, alemán A2",
        ])],
    ),

    # ======================================================================= recruiters, es
    dict(
        kind=OTH, slug="guemes_cold_approach", lang="es", company="",
        contact="hmolina@busquedasguemes.example.com.ar",
        frm=("Hernán Molina", "hmolina@busquedasguemes.example.com.ar"),
        subject="Tu perfil en analítica de datos",
        date="2026-07-15 10:22", tz="ar", charset="windows-1252", cte="8bit",
        text="""Joaquín, buen día.

Soy Hernán Molina, socio de Búsquedas Güemes, una consultora de executive search de Córdoba. Vi tu perfil en la red y me llamó la atención el paso de atención al cliente a datos: es un recorrido que varias de las empresas con las que trabajamos valoran.

No tengo una posición puntual para proponerte hoy, pero me gustaría tenerte en el radar para las búsquedas de BI y analítica que solemos manejar en bancos y aseguradoras. Si te interesa, mandame tu CV actualizado y tus expectativas salariales aproximadas.

Saludos cordiales,
Hernán Molina
Socio – Búsquedas Güemes
Belgrano 45, 2° “B” – (0351) 555-1180""",
    ),
    dict(
        kind=OTH, slug="andes_cold_approach", lang="es", key="andes_cold", company="",
        contact="ifuenzalida@andessearch.example.cl",
        frm=("Ignacio Fuenzalida", "ifuenzalida@andessearch.example.cl"),
        subject="Oportunidades en Santiago para perfiles de datos",
        date="2026-05-05 12:35", tz="cl", layout="alt", cte="qp",
        text="""Hola Joaquín:

Te escribo desde Andes Search Partners, una firma de búsqueda de ejecutivos y especialistas con base en Santiago. Trabajamos con consultoras y empresas de retail que están incorporando analistas de datos de otros países de la región.

Vi que estás en transición desde atención al cliente bancaria hacia el análisis de datos, y creo que tu perfil puede interesarles a algunos de nuestros clientes. ¿Estarías abierto a mudarte a Chile? Si es así, me encantaría recibir tu CV para tenerlo presente.

Saludos,
Ignacio Fuenzalida
Partner · Andes Search Partners
Av. Apoquindo 3400, of. 702, Las Condes, Santiago""",
        html=simple_html("""Hola Joaquín:

Te escribo desde Andes Search Partners, una firma de búsqueda de ejecutivos y especialistas con base en Santiago. Trabajamos con consultoras y empresas de retail que están incorporando analistas de datos de otros países de la región.

Vi que estás en transición desde atención al cliente bancaria hacia el análisis de datos, y creo que tu perfil puede interesarles a algunos de nuestros clientes. ¿Estarías abierto a mudarte a Chile? Si es así, me encantaría recibir tu CV para tenerlo presente.

Saludos,
Ignacio Fuenzalida
Partner · Andes Search Partners
Av. Apoquindo 3400, of. 702, Las Condes, Santiago"""),
    ),

    # ======================================================================= digests & notifications, es
    dict(
        kind=OTH, slug="empleos_alert_digest", lang="es", company="", contact="",
        frm=("Empleos Mediterráneo", "alertas@empleosmediterraneo.example.com.ar"),
        subject="3 nuevas búsquedas de analista de datos en Córdoba",
        date="2026-01-12 07:00", tz="ar", layout="alt", cte="qp",
        headers=_list("<alertas.empleosmediterraneo.example.com.ar>",
                      "https://empleosmediterraneo.example.com.ar/baja?u=9921"),
        text=digest_text("Empleos Mediterráneo", _EMPLEOS_INTRO, _EMPLEOS_ITEMS, _EMPLEOS_OUTRO,
                         "Darse de baja: https://empleosmediterraneo.example.com.ar/baja?u=9921"),
        html=newsletter("Empleos Mediterráneo", _EMPLEOS_INTRO, _EMPLEOS_ITEMS, _EMPLEOS_OUTRO,
                        "https://empleosmediterraneo.example.com.ar/baja?u=9921"),
    ),
    dict(
        kind=OTH, slug="vinculo_jobs_for_you", lang="es", company="", contact="",
        frm=("Vínculo", "empleos-noreply@vinculo.example.com"), name_enc="iso-8859-1:Q",
        subject="Joaquín, 12 empleos nuevos para vos: Analista de datos",
        subj_enc="utf-8:B",
        date="2026-02-02 13:30", tz="utc", layout="html",
        headers=_list("<empleos.vinculo.example.com>",
                      "https://vinculo.example.com/preferencias/email?t=jmf"),
        html=newsletter(
            "Empleos para vos", "Según tu perfil y tus búsquedas recientes:",
            [("Analista de Datos Jr. · Naranjo Pagos · Córdoba",
              "https://vinculo.example.com/empleos/771203", "12 postulantes · Postulación sencilla"),
             ("Data Analyst · Pampa Créditos · Buenos Aires",
              "https://vinculo.example.com/empleos/771188", "En proceso de entrevistas"),
             ("Analista de Información Comercial · Banco Andino Austral · Santiago",
              "https://vinculo.example.com/empleos/771150", "Publicado hace 1 semana")],
            "Ver los 12 empleos: https://vinculo.example.com/empleos",
            "https://vinculo.example.com/preferencias/email?t=jmf"),
    ),
    dict(
        kind=OTH, slug="vinculo_application_viewed", lang="es", company="", contact="",
        frm=("Vínculo", "notificaciones@vinculo.example.com"), name_enc="utf-8:Q",
        subject="Naranjo Pagos vio tu postulación",
        date="2026-02-06 18:12", tz="utc", layout="alt", cte="8bit",
        headers=[("X-Vinculo-Notification", "application_viewed")],
        text="""Joaquín, buenas noticias

Un reclutador de Naranjo Pagos vio tu postulación para Analista de Datos Jr.

Mientras tanto, completá tu perfil: los perfiles con foto y extracto reciben hasta 3 veces más mensajes de reclutadores.

Ver postulación: https://vinculo.example.com/postulaciones/55310

Vínculo · Configuración de notificaciones: https://vinculo.example.com/preferencias""",
        html=ats_card("""Joaquín, buenas noticias

Un reclutador de Naranjo Pagos vio tu postulación para Analista de Datos Jr.

Mientras tanto, completá tu perfil: los perfiles con foto y extracto reciben hasta 3 veces más mensajes de reclutadores.

Ver postulación: https://vinculo.example.com/postulaciones/55310""", "Vínculo", "#0a66c2", "es",
                      "Configuración de notificaciones: https://vinculo.example.com/preferencias"),
    ),
    dict(
        kind=OTH, slug="advice_rechazo_newsletter", lang="es", company="", contact="",
        frm=("Carrera en Datos", "hola@carreraendatos.example.com.ar"),
        subject="#42 · Cómo convertir un rechazo en aprendizaje",
        date="2026-04-20 08:00", tz="ar", cte="qp",
        headers=_list("<newsletter.carreraendatos.example.com.ar>",
                      "https://carreraendatos.example.com.ar/baja?u=jmf"),
        text=_ADVICE_ES,
    ),
    dict(
        kind=OTH, slug="webinar_entrevistas_sql", lang="es", company="", contact="",
        frm=("Comunidad Datos AR", "eventos@comunidaddatos.example.com.ar"),
        subject="Webinar gratuito: entrevistas técnicas de SQL sin miedo",
        date="2026-04-02 12:00", tz="ar", layout="alt", charset="iso-8859-1", cte="qp",
        headers=_list("<eventos.comunidaddatos.example.com.ar>",
                      "https://comunidaddatos.example.com.ar/baja"),
        text=_WEBINAR_TEXT, html=simple_html(_WEBINAR_TEXT), html_charset="utf-8",
    ),
    dict(
        kind=OTH, slug="meetup_data_cordoba", lang="es", company="", contact="",
        frm=("Data Córdoba", "comunidad@datacordoba.example.com.ar"), name_enc="iso-8859-1:B",
        subject="Meetup de junio: «40 rechazos y un sí»",
        subj_enc="iso-8859-1:Q",
        date="2026-06-05 15:00", tz="ar", cte="base64",
        headers=[*_list("<meetup.datacordoba.example.com.ar>",
                        "https://datacordoba.example.com.ar/baja"),
                 ("Sender", "Data Cordoba <comunidad@datacordoba.example.com.ar>")],
        text=_MEETUP_TEXT,
    ),
    dict(
        kind=OTH, slug="naranjo_candidate_survey", lang="es", company="", contact="",
        frm=("Naranjo Pagos", "no-reply@teamtailor-mail.com"),
        subject="¿Cómo fue tu experiencia como candidato?",
        date="2026-03-02 21:00", tz="utc", layout="html",
        html=ats_card("""Hola Joaquín,

Hace poco participaste de un proceso de selección en Naranjo Pagos. Queremos mejorar, y tu opinión nos ayuda muchísimo, sin importar cómo haya terminado tu proceso.

¿Nos regalás dos minutos para responder esta encuesta anónima?
https://naranjopagos.teamtailor.example/survey/cx-2026

¡Gracias!
Equipo de Talento""", "Naranjo Pagos", "#ea580c", "es", "Enviado con Teamtailor"),
    ),

    # ======================================================================= other senses, es
    dict(
        kind=OTH, slug="podcast_datos_en_bondi", lang="es", company="",
        contact="lucas@datosenbondi.example.com.ar",
        frm=("Lucas Ferraro", "lucas@datosenbondi.example.com.ar"),
        subject="Invitación al podcast Datos en Bondi",
        date="2026-05-22 16:40", tz="ar", cte="qp",
        text="""¡Hola Joaquín!

Soy Lucas, conductor de Datos en Bondi, un podcast sobre gente que se mete en el mundo de los datos desde otros laburos. Eugenia Ríos me pasó tu contacto y me dijo que tenés una historia buenísima: de atender reclamos en un call center a armar tableros.

¿Te gustaría ser entrevistado para un episodio? Grabamos por videollamada, dura una hora y después editamos. No hace falta preparar nada, es una charla.

Si te copa, decime qué semanas de junio tenés libres.

Abrazo,
Lucas Ferraro
Datos en Bondi · podcast
datosenbondi.example.com.ar""",
    ),
    dict(
        kind=OTH, slug="paquete_demorado", lang="es", company="", contact="",
        frm=("EnvíoYa", "notificaciones@envioya.example.com.ar"), name_enc="utf-8:Q",
        subject="Lamentablemente tu paquete está demorado",
        date="2026-06-12 09:05", tz="ar", layout="alt", cte="8bit",
        text="""Hola Joaquín:

Lamentablemente tu paquete N.º EY-4471-220 (remitente: Librería Técnica del Centro) viene con demora por un problema en el centro de distribución de Villa María.

Nueva fecha estimada de entrega: martes 16 de junio.

Podés seguir la posición de tu envío en tiempo real desde https://envioya.example.com.ar/seguimiento/EY-4471-220

No respondas este correo; por consultas usá el chat de la app.
EnvíoYa""",
        html=ats_card("""Hola Joaquín:

Lamentablemente tu paquete N.º EY-4471-220 (remitente: Librería Técnica del Centro) viene con demora por un problema en el centro de distribución de Villa María.

Nueva fecha estimada de entrega: martes 16 de junio.

Podés seguir la posición de tu envío en tiempo real desde https://envioya.example.com.ar/seguimiento/EY-4471-220""",
                      "EnvíoYa", "#facc15", "es", "No respondas este correo."),
    ),
    dict(
        kind=OTH, slug="carrera_10k_posicion", lang="es", company="", contact="",
        frm=("Resultados 10K Córdoba", "resultados@10kcordoba.example.com.ar"),
        name_enc="iso-8859-1:Q",
        subject="Tus resultados: posición 312 en la 10K Córdoba 2026",
        date="2026-04-27 08:20", tz="ar", charset="iso-8859-1", cte="qp",
        text="""¡Felicitaciones, Joaquín!

Completaste la 10K Córdoba 2026 del domingo 26 de abril.

Tiempo oficial: 52:41
Posición general: 312 de 2.870
Posición en tu categoría (M 30-34): 41
Ritmo promedio: 5:16 min/km

Descargá tu diploma y tus fotos en https://10kcordoba.example.com.ar/resultados/4471

¡Nos vemos en la próxima!
Organización 10K Córdoba""",
    ),
    dict(
        kind=OTH, slug="amiga_rechazo_propio", lang="es", company="",
        contact="meli.suarez@correo.example.com.ar",
        frm=("Meli Suárez", "meli.suarez@correo.example.com.ar"),
        subject="me rechazaron jaja",
        date="2026-03-01 23:48", tz="ar", cte="8bit",
        text="""Joaco!!

Te cuento porque sé que vos también estás en la misma: hoy me llegó el mail de Naranjo diciendo que "eligieron avanzar con otros perfiles". Yo que ya me veía con la remera naranja jajaja.

Igual lo tomo bien, llegué a la entrevista final y eso ya es un montón para alguien que hace un año no sabía ni qué era un JOIN. Vos no aflojes, eh.

¿Nos juntamos el sábado a estudiar Python y de paso nos quejamos un rato?

Meli""",
    ),
    dict(
        kind=OTH, slug="banco_entrevista_credito", lang="es", company="",
        contact="aherrera@bancodeladocta.example.com.ar",
        frm=("Agustín Herrera", "aherrera@bancodeladocta.example.com.ar"),
        subject="Entrevista con su oficial de negocios – crédito hipotecario",
        date="2026-05-15 11:45", tz="ar", layout="alt", charset="windows-1252", cte="qp",
        text="""Estimado Joaquín:

Le confirmo la entrevista con su oficial de negocios para avanzar con la precalificación del crédito hipotecario UVA, el jueves 21 de mayo a las 10:30 en la sucursal Cerro de las Rosas (Av. Rafael Núñez 4520).

Por favor traiga los últimos tres recibos de sueldo, DNI y la constancia de CUIL. Si no puede asistir, avíseme para reprogramar el turno.

Saludos cordiales,
Agustín Herrera
Oficial de Negocios – Banca Individuos
Banco de la Docta – Sucursal Cerro de las Rosas
Tel. (0351) 555-2650

La información contenida en este mensaje es confidencial. Banco de la Docta nunca le solicitará claves ni datos de tarjetas por correo electrónico.""",
        html=outlook_word("""Estimado Joaquín:

Le confirmo la entrevista con su oficial de negocios para avanzar con la precalificación del crédito hipotecario UVA, el jueves 21 de mayo a las 10:30 en la sucursal Cerro de las Rosas (Av. Rafael Núñez 4520).

Por favor traiga los últimos tres recibos de sueldo, DNI y la constancia de CUIL. Si no puede asistir, avíseme para reprogramar el turno.

Saludos cordiales,
Agustín Herrera
Oficial de Negocios – Banca Individuos
Banco de la Docta – Sucursal Cerro de las Rosas
Tel. (0351) 555-2650"""), html_charset="utf-8",
    ),
    dict(
        kind=OTH, slug="banco_posicion_consolidada", lang="es", company="", contact="",
        frm=("Banco de la Docta", "avisos@bancodeladocta.example.com.ar"),
        subject="Tu posición consolidada al 30/06/2026",
        date="2026-07-03 06:15", tz="ar", layout="html", html_cte="base64",
        html=ats_card("""Hola Joaquín:

Ya está disponible el resumen de tu posición consolidada de inversiones al 30 de junio de 2026.

Plazos fijos: ARS 1.200.000
Fondos comunes de inversión: ARS 845.300,12
Dólares MEP: USD 410

Podés ver el detalle en Home Banking > Inversiones > Posición consolidada.

Banco de la Docta nunca te va a pedir claves por correo.""", "Banco de la Docta", "#155e75", "es",
                      "Este es un mensaje automático; no lo respondas."),
    ),
    dict(
        kind=OTH, slug="propietario_cita_calefon", lang="es", company="",
        contact="ricardo.bustamante@correo.example.com.ar",
        frm=("Ricardo Bustamante", "ricardo.bustamante@correo.example.com.ar"),
        subject="Cita con el gasista el martes",
        date="2026-06-29 20:05", tz="ar", charset="iso-8859-1", cte="8bit",
        text="""Joaquín, buenas noches.

Te confirmo que el gasista matriculado pasa el martes 30 entre las 9 y las 11 a revisar el calefón del departamento, como habíamos quedado. Si no vas a estar, dejale la llave a la encargada del edificio.

Cualquier cosa avisame. Y acordate que el alquiler de julio ya viene con la actualización del índice.

Saludos,
Ricardo Bustamante
(propietario - Dpto. 3° B, Chacabuco 742)""",
    ),
    dict(
        kind=OTH, slug="escuela_entrevista_maestra", lang="es", company="",
        contact="sluna@escuelabernardino.example.edu.ar",
        frm=("Silvia Luna", "sluna@escuelabernardino.example.edu.ar"),
        cc=[("Dirección", "direccion@escuelabernardino.example.edu.ar")],
        subject="Entrevista con la familia de Amara – 2° grado B",
        date="2026-04-08 12:30", tz="ar", layout="alt", cte="qp",
        text="""Estimada familia de Amara:

Como hacemos al comienzo de cada ciclo, las maestras de segundo grado estamos citando a las familias a una entrevista individual para conversar sobre la adaptación de los chicos y los objetivos del año.

Les propongo el miércoles 15 de abril a las 8:00, antes del ingreso, en la sala de maestras. Si ese horario no les queda cómodo, pueden responder este correo con otra propuesta.

Cordialmente,
Prof. Silvia Luna
Maestra de 2° grado B
Escuela Bernardino Rivadavia · Alta Córdoba""",
        html=simple_html("""Estimada familia de Amara:

Como hacemos al comienzo de cada ciclo, las maestras de segundo grado estamos citando a las familias a una entrevista individual para conversar sobre la adaptación de los chicos y los objetivos del año.

Les propongo el miércoles 15 de abril a las 8:00, antes del ingreso, en la sala de maestras. Si ese horario no les queda cómodo, pueden responder este correo con otra propuesta.

Cordialmente,
Prof. Silvia Luna
Maestra de 2° grado B
Escuela Bernardino Rivadavia · Alta Córdoba"""),
    ),
    dict(
        kind=OTH, slug="clinica_turno_confirmado", lang="es", company="", contact="",
        frm=("Clínica del Suquía - Turnos", "turnos-noreply@clinicasuquia.example.com.ar"),
        subject="Confirmación de turno - Dermatología",
        date="2026-09-02 14:10", tz="ar", cte="7bit",
        text="""CLINICA DEL SUQUIA - Confirmacion de turno

Paciente: MBATHA-FERREYRA, JOAQUIN
Especialidad: Dermatologia
Profesional: Dra. Paula Ceballos
Fecha: lunes 7 de septiembre de 2026, 17:20 hs
Sede: Av. Velez Sarsfield 562, consultorio 4

Presentarse 15 minutos antes con DNI y credencial de la obra social.
Para cancelar o cambiar el turno ingrese a https://clinicasuquia.example.com.ar/turnos

Mensaje automatico. No responder.""",
    ),
    dict(
        kind=OTH, slug="ooo_obelisco_mariana", lang="es", company="",
        contact="msosa@obeliscoseguros.example.com.ar",
        frm=("Mariana Sosa", "msosa@obeliscoseguros.example.com.ar"),
        parent="obelisco_followup",
        subject="Respuesta automática: ¿Novedades sobre el assessment?",
        date="2026-08-20 09:16", tz="ar", cte="qp",
        headers=_auto(),
        text="""Hola, gracias por tu mensaje.

Estoy de licencia hasta el lunes 31 de agosto, sin acceso al correo. A mi regreso respondo todos los mensajes pendientes.

Para temas urgentes de selección podés escribir a Leandro Funes (lfunes@obeliscoseguros.example.com.ar).

Mariana Sosa
Obelisco Seguros""",
    ),
    dict(
        kind=OTH, slug="maestria_no_admitido", lang="es", company="",
        contact="rocampo@utcentro.example.edu.ar",
        frm=("Rubén Ocampo", "rocampo@utcentro.example.edu.ar"), name_enc="iso-8859-1:B",
        subject="Maestría en Ciencia de Datos – resultado de admisión cohorte 2026",
        date="2026-02-27 17:00", tz="ar", charset="iso-8859-1", cte="qp",
        text="""Estimado Joaquín Mbatha-Ferreyra:

Le agradecemos su interés en la Maestría en Ciencia de Datos de la Universidad Tecnológica del Centro.

Lamentamos informarle que, tras la evaluación de antecedentes y la entrevista de admisión, el Comité Académico resolvió no admitir su postulación para la cohorte 2026, principalmente por no acreditar un título de grado finalizado, requisito excluyente del reglamento.

Le sugerimos considerar la Diplomatura en Análisis de Datos, que no exige título de grado y cuya inscripción abre en marzo.

Cordialmente,
Ing. Rubén Ocampo
Coordinador Académico
Maestría en Ciencia de Datos - UTC""",
    ),
    dict(
        kind=OTH, slug="bootcamp_sin_plaza", lang="es", company="",
        contact="clara.dominguez@lavapiesdata.example.es",
        frm=("Clara Domínguez", "clara.dominguez@lavapiesdata.example.es"),
        subject="Tu solicitud para el Bootcamp Data Analytics (cohorte de septiembre)",
        date="2026-07-10 13:20", tz="es", layout="alt", cte="qp",
        text="""Hola Joaquín:

Gracias por tu solicitud para la beca completa del Bootcamp Data Analytics en Lavapiés Data School y por la entrevista de admisión de la semana pasada.

Este año hemos recibido más de 600 solicitudes para 20 becas y, lamentablemente, no podemos ofrecerte plaza becada en la cohorte de septiembre. Si quieres, puedes matricularte en la modalidad de pago con un 15 % de descuento o volver a solicitar la beca para la cohorte de febrero.

Un abrazo,
Clara Domínguez
Admisiones · Lavapiés Data School
Calle del Ave María 32, 28012 Madrid""",
        html=simple_html("""Hola Joaquín:

Gracias por tu solicitud para la beca completa del Bootcamp Data Analytics en Lavapiés Data School y por la entrevista de admisión de la semana pasada.

Este año hemos recibido más de 600 solicitudes para 20 becas y, lamentablemente, no podemos ofrecerte plaza becada en la cohorte de septiembre. Si quieres, puedes matricularte en la modalidad de pago con un 15 % de descuento o volver a solicitar la beca para la cohorte de febrero.

Un abrazo,
Clara Domínguez
Admisiones · Lavapiés Data School
Calle del Ave María 32, 28012 Madrid"""),
    ),
    dict(
        kind=OTH, slug="asado_invitacion_calendario", lang="es", company="",
        contact="nacho.peralta@correo.example.com.ar",
        frm=("Nacho Peralta", "nacho.peralta@correo.example.com.ar"),
        subject="Invitación: Asado por el cumple de Nacho - sáb 14 mar 13:00",
        date="2026-03-11 21:10", tz="ar", layout="alt", cte="8bit",
        text="""Joaco, te mando la invitación formal para que no te olvides 😄

Asado por mi cumple el sábado 14 a las 13 en la casa de mis viejos en Villa Allende. Traé bebida y, si podés, la guitarra.

Confirmá en el calendario así sé cuánta carne comprar.

Nacho""",
        html=simple_html("""Joaco, te mando la invitación formal para que no te olvides 😄

Asado por mi cumple el sábado 14 a las 13 en la casa de mis viejos en Villa Allende. Traé bebida y, si podés, la guitarra.

Confirmá en el calendario así sé cuánta carne comprar.

Nacho"""),
        attach=[ics("REQUEST", "asado-nacho-2026@correo.example.com.ar", "2026-03-14 13:00",
                    300, "ar", "Asado cumple Nacho",
                    ("Nacho Peralta", "nacho.peralta@correo.example.com.ar"),
                    "Villa Allende", "Traer bebida.")],
    ),
    dict(
        kind=OTH, slug="amiga_reenvia_busqueda", lang="es", company="",
        contact="eugenia.rios@correo.example.com.ar",
        frm=("Eugenia Ríos", "eugenia.rios@correo.example.com.ar"), name_enc="utf-8:B",
        subject="Fwd: Nueva búsqueda: Analista de Datos Jr. en Naranjo Pagos",
        date="2026-01-28 19:55", tz="ar", cte="qp",
        text="""Joaco, mirá esta búsqueda, es tal cual tu perfil. Yo me postulé a la de BI Sr. en el mismo lugar. ¡Mandá el CV ya!

Euge

""" + "\n" + forwarded(
            "es", "Naranjo Pagos Empleos <no-reply@teamtailor-mail.com>",
            "mié, 28 ene 2026, 14:03", "Nueva búsqueda: Analista de Datos Jr. en Naranjo Pagos",
            "eugenia.rios@correo.example.com.ar",
            """Hola Eugenia,

Abrimos una nueva posición que puede interesarte a vos o a alguien de tu red:

Analista de Datos Jr. – Córdoba (híbrido)
Buscamos a alguien con SQL básico, curiosidad por los datos y experiencia con clientes. Vas a trabajar con el equipo de Riesgo en el análisis de contracargos y reclamos.

Postulate en: https://naranjopagos.teamtailor.example/jobs/analista-datos-jr

Equipo de Talento
Naranjo Pagos"""),
    ),

    # ======================================================================= candidate's own, en
    dict(
        kind=OTH, slug="sent_application_harcourt", lang="en", key="harcourt_app",
        company="", contact="",
        frm=ME, name_enc="utf-8:B",
        to=[("Harcourt Telecom Careers", "careers@harcourttelecom.example.ie")],
        subject="Application: Customer Insights Analyst (Req 2026-0419)",
        date="2026-04-05 20:10", tz="ar", layout="alt", cte="7bit",
        text="""Dear Hiring Team,

Please find attached my CV for the Customer Insights Analyst position (Req 2026-0419).

For the past six years I have worked as a customer service agent at a retail bank in Cordoba, Argentina, where I also built the team's weekly reporting on call volumes and handling times using SQL and Power BI. I would love to bring that first-hand understanding of customer behaviour to Harcourt Telecom's insights team.

I hold a full Argentine passport and would relocate to Dublin with a work permit.

Kind regards,

""" + SIG_EN,
        html=simple_html("""Dear Hiring Team,

Please find attached my CV for the Customer Insights Analyst position (Req 2026-0419).

For the past six years I have worked as a customer service agent at a retail bank in Cordoba, Argentina, where I also built the team's weekly reporting on call volumes and handling times using SQL and Power BI. I would love to bring that first-hand understanding of customer behaviour to Harcourt Telecom's insights team.

I hold a full Argentine passport and would relocate to Dublin with a work permit.

Kind regards,

""" + SIG_EN, "en"),
        attach=[pdf("Joaquin_Mbatha-Ferreyra_CV_EN.pdf", [
            "Joaquin Mbatha-Ferreyra - Data Analyst",
            "Cordoba, Argentina - joaquin.mf@example.com.ar",
            "Customer Service Agent, Banco Serrano (2020-2026)",
            "Built weekly call-centre reporting in SQL Server and Power BI",
            "Certificate in Data Analytics (2025)",
            "Languages: Spanish (native), English (C1), French (B1), German (A2)",
        ])],
    ),
    dict(
        kind=OTH, slug="sent_thanks_fingal", lang="en", key="fingal_thanks",
        parent="fingal_move", company="", contact="",
        frm=ME,
        to=[("Dr Declan Murphy", "declan.murphy@fingal.example.ie")],
        cc=[("Gráinne Nolan", "grainne.nolan@fingal.example.ie")],
        subject="Thank you - Research Data Analyst panel",
        date="2026-06-11 21:15", tz="ie", cte="qp",
        text="""Dear Dr Murphy,

Thank you and the panel for meeting me today. I enjoyed discussing how the first-year retention dashboard could flag students at risk earlier, and I would be glad to share the small prototype I mentioned.

Kind regards,
Joaquin

""" + SIG_EN,
    ),

    # ======================================================================= en, others
    dict(
        kind=OTH, slug="clover_cold_approach", lang="en", key="clover_cold", company="",
        contact="niamh@clovertalent.example.ie",
        frm=("Niamh Kavanagh", "niamh@clovertalent.example.ie"),
        subject="Data roles in Dublin",
        date="2026-05-26 11:05", tz="ie", cte="7bit",
        text="""Hi Joaquin,

I'm a recruiter with Clover Talent in Dublin, specialising in data and analytics. I came across your profile and your move from banking customer service into data caught my eye - Irish insurers and banks are keen on analysts who understand the customer side.

I don't have a specific vacancy to put to you right now, but if you're considering Dublin I'd be happy to add you to my network. Feel free to send over your CV and let me know your visa situation.

Best,
Niamh

Niamh Kavanagh | Senior Consultant, Data & Analytics
Clover Talent | 2 Grand Canal Square, Dublin 2
M: +353 87 555 3321""",
    ),
    dict(
        kind=OTH, slug="datajobs_dublin_weekly", lang="en", company="", contact="",
        frm=("DataJobs Dublin Weekly", "newsletter@datajobsdublin.example.ie"),
        subject="This week: 4 analyst roles + should you ask for feedback after a rejection?",
        date="2026-05-11 07:30", tz="ie", layout="alt", cte="qp",
        headers=_list("<weekly.datajobsdublin.example.ie>",
                      "https://datajobsdublin.example.ie/unsubscribe?u=jmf"),
        text=digest_text("DataJobs Dublin Weekly", _DATAJOBS_INTRO, _DATAJOBS_ITEMS,
                         _DATAJOBS_OUTRO,
                         "Unsubscribe: https://datajobsdublin.example.ie/unsubscribe?u=jmf"),
        html=newsletter("DataJobs Dublin Weekly", _DATAJOBS_INTRO, _DATAJOBS_ITEMS,
                        _DATAJOBS_OUTRO, "https://datajobsdublin.example.ie/unsubscribe?u=jmf",
                        "en"),
    ),
    dict(
        kind=OTH, slug="advice_questions_end_interview", lang="en", company="", contact="",
        frm=("The Analyst's Desk", "editor@analystsdesk.example.com"),
        subject="Five questions to ask at the end of an interview",
        date="2026-06-15 06:00", tz="utc", cte="7bit",
        headers=_list("<issues.analystsdesk.example.com>",
                      "https://analystsdesk.example.com/unsubscribe"),
        text=_ADVICE_EN,
    ),
    dict(
        kind=OTH, slug="podcast_career_pivot", lang="en", company="",
        contact="hannah@careerpivotpod.example.com",
        frm=("Hannah Okoro", "hannah@careerpivotpod.example.com"),
        subject="Interview request - Career Pivot Pod",
        date="2026-07-08 13:50", tz="utc", layout="alt", cte="qp",
        text="""Hi Joaquin,

I host Career Pivot Pod, a weekly show about people who changed careers in their thirties. Lucas from Datos en Bondi shared your episode with me and I'd love to interview you for our English-language audience.

It's a 45-minute recorded conversation over video, no preparation required, and we send you the questions in advance. We'd be looking at late July or early August.

Would you be up for it?

Warmly,
Hannah Okoro
Host & Producer, Career Pivot Pod""",
        html=simple_html("""Hi Joaquin,

I host Career Pivot Pod, a weekly show about people who changed careers in their thirties. Lucas from Datos en Bondi shared your episode with me and I'd love to interview you for our English-language audience.

It's a 45-minute recorded conversation over video, no preparation required, and we send you the questions in advance. We'd be looking at late July or early August.

Would you be up for it?

Warmly,
Hannah Okoro
Host & Producer, Career Pivot Pod""", "en"),
    ),
    dict(
        kind=OTH, slug="user_research_tally", lang="en", company="",
        contact="ciara.dunne@tally.example.ie",
        frm=("Ciara Dunne", "ciara.dunne@tally.example.ie"),
        subject="Join a 30-minute user research interview (EUR 40 voucher)",
        date="2026-08-11 10:00", tz="ie", layout="html",
        html=ats_card("""Hi Joaquin,

Thanks for using the Tally app while you explored moving to Ireland. We're improving how newcomers open their first account, and we'd like to hear about your experience.

Would you join a 30-minute user research interview over video? There are no right or wrong answers - we're testing our designs, not you. As a thank-you, we'll send you a EUR 40 voucher.

Pick a slot here: https://research.tally.example.ie/book/newcomers

Thanks,
Ciara Dunne
User Researcher, Tally""", "Tally", "#111827", "en",
                      "You received this because you agreed to be contacted for research."),
    ),
    dict(
        kind=OTH, slug="friend_dublin_own_rejection", lang="en", company="",
        contact="rory.keane@mail.example.ie",
        frm=("Rory Keane", "rory.keane@mail.example.ie"),
        subject="well that's that",
        date="2026-05-02 23:15", tz="ie", cte="7bit",
        text="""Joaq,

Liffey Payments turned me down today for the senior analyst job - the "we've decided to move forward with other candidates" email, four rounds in. Gutted, but I'll survive. Pints are on me when you finally move over here.

How's your process with them going? Don't let my news put you off, it's a totally different team.

Rory""",
    ),
    dict(
        kind=OTH, slug="ooo_aoife_liffey", lang="en", company="",
        contact="aoife.brennan@liffeypay.example.ie", parent="liffey_move",
        frm=("Aoife Brennan", "aoife.brennan@liffeypay.example.ie"),
        subject="Automatic reply: Updated invitation: Interview with Liffey Payments",
        date="2026-04-14 02:03", tz="ie", cte="7bit",
        headers=_auto(),
        text="""Hi,

Thanks for your email. I'm on annual leave until Monday 20 April with limited access to email.

If your message relates to an interview scheduled this week, it will go ahead as planned. For anything urgent, please contact talent@liffeypay.example.ie.

Aoife""",
    ),
    dict(
        kind=OTH, slug="workday_password_reset", lang="en", company="", contact="",
        frm=("Dockline Logistics", "dockline@myworkday.com"),
        subject="Reset your password",
        date="2026-09-01 22:48", tz="utc", layout="alt", cte="7bit",
        text="""Hello,

We received a request to reset the password for your Dockline Logistics candidate account (joaquin.mf@example.com.ar).

Use this link to choose a new password. It expires in 30 minutes:
https://wd3.myworkday.example/dockline/passwordreset?token=4d1f9a

If you didn't request this, you can ignore this email.

This is a system-generated message. Please do not reply.""",
        html=ats_card("""Hello,

We received a request to reset the password for your Dockline Logistics candidate account (joaquin.mf@example.com.ar).

Use this link to choose a new password. It expires in 30 minutes:
https://wd3.myworkday.example/dockline/passwordreset?token=4d1f9a

If you didn't request this, you can ignore this email.""", "Dockline Logistics Careers", "#0c4a6e",
                      "en", "This is a system-generated message. Please do not reply."),
    ),
    dict(
        kind=OTH, slug="msc_scholarship_refused", lang="en", company="",
        contact="f.walsh@did.example.ie",
        frm=("Fiona Walsh", "f.walsh@did.example.ie"),
        subject="Your application: MSc in Data Analytics (Online) - Government Scholarship",
        date="2026-03-30 12:10", tz="ie", cte="qp",
        text="""Dear Joaquin,

Thank you for applying for the MSc in Data Analytics (Online) with a Government of Ireland International Scholarship at the Dublin Institute of Data.

We received over 900 applications this year. I regret to inform you that the selection committee was unable to offer you a scholarship or a place on the programme for the September 2026 intake. The committee noted that applicants without a completed undergraduate degree could not be considered under the scholarship rules.

You may wish to consider our Professional Certificate in Data Analytics, which has no degree requirement.

Yours sincerely,
Fiona Walsh
International Admissions Officer
Dublin Institute of Data""",
    ),
    dict(
        kind=OTH, slug="workvoices_interview_reviews", lang="en", company="", contact="",
        frm=("WorkVoices", "digest@workvoices.example.com"),
        subject="New interview reviews: Liffey Payments, Harcourt Telecom and more",
        date="2026-07-20 16:00", tz="utc", cte="8bit",
        headers=_list("<digest.workvoices.example.com>",
                      "https://workvoices.example.com/settings/email"),
        text=_REVIEWS_TEXT,
    ),
    dict(
        kind=OTH, slug="pronet_search_appearances", lang="en", company="", contact="",
        frm=("ProNet", "notifications@pronet.example.com"),
        subject="You appeared in 14 searches this week",
        date="2026-09-14 09:00", tz="utc", layout="html",
        headers=[("X-ProNet-Category", "weekly_profile_stats")],
        html=ats_card("""Joaquin, your profile is getting noticed

You appeared in 14 searches this week.

Searchers came from: Dockline Logistics, Clover Talent, Tempelhof Mobilfunk and 3 others.
Their titles include: Talent Partner, Recruiter, Head of Data.

Tip: members with "Open to work" get twice as many messages from recruiters.

See who's looking: https://pronet.example.com/me/search-appearances""", "ProNet", "#0a66c2", "en",
                      "Unsubscribe from weekly stats: https://pronet.example.com/settings"),
    ),

    # ======================================================================= fr
    dict(
        kind=OTH, slug="sent_report_marais", lang="fr", key="marais_ask", parent="marais_inv",
        company="", contact="",
        frm=ME, name_enc="iso-8859-1:B",
        to=[("Claire Vasseur", "claire.vasseur@banquedumarais.example.fr")],
        subject="Demande de report de l'entretien du 16 juin",
        date="2026-06-09 21:14", tz="ar", charset="iso-8859-1", cte="qp",
        text=reply(
            """Bonjour Madame Vasseur,

Merci beaucoup pour votre proposition. Malheureusement, le 16 juin je suis de garde au centre d'appels de la banque et je ne pourrai pas me libérer. Serait-il possible de décaler l'entretien au 17 ou au 18 juin, à l'heure qui vous convient ?

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Joaquín Mbatha-Ferreyra""",
            "Le mar. 9 juin 2026 à 10:20, Claire Vasseur <claire.vasseur@banquedumarais.example.fr> a écrit :",
            """Bonjour Joaquín,

Suite à votre candidature au poste d'Analyste Data Relation Client, j'ai le plaisir de vous proposer un entretien en visioconférence avec Madame Hélène Roussel, responsable du pôle Connaissance Client, et moi-même.

Il aurait lieu le mardi 16 juin à 15h00 (heure de Paris).""",
        ),
    ),
    dict(
        kind=OTH, slug="ooo_julien_etoile", lang="fr", company="",
        contact="j.morel@etoile-interim.example.fr",
        frm=("Julien Morel", "j.morel@etoile-interim.example.fr"),
        subject="Absence du bureau : Re: Nouvelles missions ?",
        subj_enc="utf-8:Q",
        date="2026-08-10 15:02", tz="fr", cte="8bit",
        headers=_auto(),
        text="""Bonjour,

Je suis absent du bureau jusqu'au 24 août inclus et je n'aurai qu'un accès limité à ma messagerie.

Pour toute demande urgente concernant une mission ou un entretien en cours, vous pouvez contacter ma collègue Nadia Cherif : n.cherif@etoile-interim.example.fr.

Cordialement,
Julien Morel
Étoile Intérim""",
    ),
    dict(
        kind=OTH, slug="cadresdata_alerte", lang="fr", company="", contact="",
        frm=("CadresData Alertes", "alertes@cadresdata.example.fr"),
        subject="8 nouvelles offres pour « analyste données – Paris »",
        subj_enc="utf-8:B",
        date="2026-05-18 06:45", tz="fr", layout="alt", cte="qp",
        headers=_list("<alertes.cadresdata.example.fr>",
                      "https://cadresdata.example.fr/alertes/desinscription?u=jmf"),
        text=digest_text("CadresData", _ALERTE_INTRO, _ALERTE_ITEMS, _ALERTE_OUTRO,
                         "Se désinscrire : https://cadresdata.example.fr/alertes/desinscription?u=jmf"),
        html=newsletter("CadresData", _ALERTE_INTRO, _ALERTE_ITEMS, _ALERTE_OUTRO,
                        "https://cadresdata.example.fr/alertes/desinscription?u=jmf", "fr"),
    ),
    dict(
        kind=OTH, slug="master_candidature_non_retenue", lang="fr", company="", contact="",
        frm=("eCandidat Université de Montreuil",
             "ne-pas-repondre@ecandidat.univ-montreuil.example.fr"),
        name_enc="utf-8:Q",
        subject="Décision sur votre candidature – Master 2 Science des données",
        subj_enc="utf-8:Q",
        date="2026-06-24 11:00", tz="fr", charset="iso-8859-1", cte="8bit",
        text="""Madame, Monsieur,

La commission pédagogique du Master 2 Science des données a examiné votre dossier de candidature pour l'année universitaire 2026-2027.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Motif : prérequis académiques non satisfaits (licence en mathématiques, informatique ou statistique exigée).

Vous pouvez consulter le détail de la décision sur la plateforme eCandidat.

Le service de scolarité
Université de Montreuil

Ce message est envoyé automatiquement. Merci de ne pas y répondre.""",
    ),
    dict(
        kind=OTH, slug="consulat_rendezvous_deplace", lang="fr", company="", contact="",
        frm=("Consulat général de France - Visas", "no-reply-visas@consulat.example.fr"),
        name_enc="iso-8859-1:Q",
        subject="Votre rendez-vous visa a été déplacé",
        date="2026-08-19 14:30", tz="ar", layout="html",
        html=ats_card("""Bonjour,

En raison d'une fermeture exceptionnelle du service des visas, votre rendez-vous du lundi 24 août 2026 à 9h30 (dépôt de demande de visa long séjour) est déplacé au jeudi 27 août 2026 à 11h00.

Merci de vous présenter muni de votre passeport, de la confirmation de rendez-vous et des pièces justificatives.

Si ce nouveau créneau ne vous convient pas, vous pouvez le modifier depuis votre espace personnel.

Service des visas
Consulat général de France""", "Consulat général de France", "#1e3a8a", "fr",
                      "Message automatique, merci de ne pas répondre."),
    ),
    dict(
        kind=OTH, slug="magazine_demande_interview", lang="fr", company="",
        contact="e.marchand@reconversions-mag.example.fr",
        frm=("Élodie Marchand", "e.marchand@reconversions-mag.example.fr"),
        name_enc="utf-8:B",
        subject="Demande d'interview pour le magazine Reconversions",
        date="2026-09-03 10:30", tz="fr", cte="qp",
        text="""Bonjour Joaquín,

Je suis journaliste au magazine Reconversions, qui raconte chaque mois des parcours de changement de métier. J'ai entendu votre témoignage dans le podcast Career Pivot Pod et j'aimerais beaucoup vous interviewer pour notre dossier d'octobre consacré aux métiers de la donnée.

L'entretien durerait environ 40 minutes, par visio, en français ou en anglais selon votre préférence. Un photographe pourrait aussi vous demander une photo récente.

Seriez-vous disponible dans les deux prochaines semaines ?

Bien cordialement,
Élodie Marchand
Journaliste – Reconversions
06 55 55 41 27""",
    ),

    # ======================================================================= de
    dict(
        kind=OTH, slug="sent_bewerbung_kiezkauf", lang="de", key="kiez_app", company="",
        contact="",
        frm=ME, name_enc="iso-8859-1:Q",
        to=[("Kiezkauf Recruiting", "bewerbung@kiezkauf.example.de")],
        subject="Bewerbung als Datenanalyst Sortiment (m/w/d)",
        date="2026-09-01 12:30", tz="ar", cte="qp",
        text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Datenanalyst Sortiment (m/w/d) in Berlin.

Seit sechs Jahren arbeite ich im Kundenservice einer Bank in Córdoba (Argentinien) und erstelle dort seit einem Jahr die wöchentlichen Auswertungen unseres Teams mit SQL und Power BI. Ich spreche Spanisch, Englisch und Französisch; mein Deutsch (A2) verbessere ich gerade in einem Abendkurs.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Joaquín Mbatha-Ferreyra""",
        attach=[pdf("Lebenslauf_Mbatha-Ferreyra.pdf", [
            "Joaquín Mbatha-Ferreyra - Lebenslauf",
            "Córdoba, Argentinien - joaquin.mf@example.com.ar",
            "Kundenservice, Banco Serrano (2020-2026)",
            "Reporting mit SQL Server und Power BI",
            "Sprachen: Spanisch, Englisch, Französisch, Deutsch (A2)",
        ])],
    ),
    dict(
        kind=OTH, slug="abwesenheit_lena", lang="de", company="",
        contact="lena.hartmann@spreewaldpay.example.de", parent="spree_move",
        frm=("Lena Hartmann", "lena.hartmann@spreewaldpay.example.de"),
        subject="Abwesenheitsnotiz: Aktualisiert: Kennenlerngespräch Spreewald Pay",
        subj_enc="utf-8:Q",
        date="2026-05-20 08:00", tz="de", charset="iso-8859-1", cte="qp",
        headers=_auto(),
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. Bereits vereinbarte Termine finden wie geplant statt.

In dringenden Fällen wenden Sie sich bitte an people@spreewaldpay.example.de.

Viele Grüße
Lena Hartmann""",
    ),
    dict(
        kind=OTH, slug="paket_verspaetet", lang="de", company="", contact="",
        frm=("PaketBlitz", "benachrichtigung@paketblitz.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        date="2026-07-07 07:12", tz="de", layout="alt", cte="base64",
        text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer internationalen Sendung 00340 4471 2209 (Absender: Fachbuchhandlung Mitte, Berlin) um voraussichtlich 5 Werktage, da die Zollabfertigung noch nicht abgeschlossen ist.

Die aktuelle Position Ihrer Sendung können Sie jederzeit in der Sendungsverfolgung sehen:
https://paketblitz.example.de/verfolgung/003404471

Wir bitten um Ihr Verständnis.
Ihr PaketBlitz-Team

Dies ist eine automatisch erstellte E-Mail.""",
        html=ats_card("""Guten Tag,

leider verzögert sich die Zustellung Ihrer internationalen Sendung 00340 4471 2209 (Absender: Fachbuchhandlung Mitte, Berlin) um voraussichtlich 5 Werktage, da die Zollabfertigung noch nicht abgeschlossen ist.

Die aktuelle Position Ihrer Sendung können Sie jederzeit in der Sendungsverfolgung sehen:
https://paketblitz.example.de/verfolgung/003404471

Wir bitten um Ihr Verständnis.
Ihr PaketBlitz-Team""", "PaketBlitz", "#dc2626", "de", "Dies ist eine automatisch erstellte E-Mail."),
    ),
    dict(
        kind=OTH, slug="datenjobs_jobletter", lang="de", company="", contact="",
        frm=("Datenjobs Berlin", "jobletter@datenjobs-berlin.example.de"),
        subject="Ihr Jobletter: 3 neue Stellen für Datenanalyst:innen",
        subj_enc="iso-8859-1:Q",
        date="2026-08-17 06:00", tz="de", layout="alt", charset="windows-1252", cte="qp",
        headers=_list("<jobletter.datenjobs-berlin.example.de>",
                      "https://datenjobs-berlin.example.de/abmelden?u=jmf"),
        text=digest_text("Datenjobs Berlin", _JOBLETTER_INTRO, _JOBLETTER_ITEMS,
                         _JOBLETTER_OUTRO, "Abmelden: https://datenjobs-berlin.example.de/abmelden?u=jmf"),
        html=newsletter("Datenjobs Berlin", _JOBLETTER_INTRO, _JOBLETTER_ITEMS, _JOBLETTER_OUTRO,
                        "https://datenjobs-berlin.example.de/abmelden?u=jmf", "de"),
        html_charset="utf-8",
    ),
    dict(
        kind=OTH, slug="sprachkurs_kein_platz", lang="de", company="",
        contact="a.roth@spreeufer-sprachschule.example.de",
        frm=("Anja Roth", "a.roth@spreeufer-sprachschule.example.de"),
        subject="Ihre Anmeldung zum Online-Intensivkurs B1",
        date="2026-02-16 10:40", tz="de", cte="qp",
        text="""Sehr geehrter Herr Mbatha-Ferreyra,

vielen Dank für Ihre Anmeldung zum Online-Intensivkurs Deutsch B1 (Beginn 2. März).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Sie stehen auf Position 7 unserer Warteliste; sobald ein Platz frei wird, melden wir uns.

Alternativ können Sie sich für den Abendkurs ab 13. April anmelden, dort sind noch Plätze frei.

Mit freundlichen Grüßen
Anja Roth
Kursverwaltung
Sprachschule am Spreeufer
Holzmarktstraße 25, 10243 Berlin""",
    ),
]
