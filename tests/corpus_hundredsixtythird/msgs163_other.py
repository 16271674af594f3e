"""163rd corpus, hand-written: everything that is not job-process news for the candidate (52).

The candidate's own sent mail, newsletters and job alerts, notifications, friends, landlord, bank,
school, doctor, out-of-office replies, course refusals, cold approaches, research and press
requests. Each message is one dict (see make_hundredsixtythird.py for the keys).
"""

# ruff: noqa: C408  (each message is written as a dict(...) call on purpose)
from __future__ import annotations

from msgs163_acks import APR_THANKS
from msgs163_common import (
    CAND,
    card,
    forward,
    newsletter,
    newsletter_text,
    outlook,
    reply,
    simple,
)
from msgs163_invites import LEM_APP, LW_CARMEN_MOVE, PD_INV
from msgs163_rejections import MAPLE_THANKS


def unsub(url: str, mailto: str) -> tuple[str, str]:
    return ("List-Unsubscribe", f"<{url}>, <mailto:{mailto}>")


LIST_POST = ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")

# --- newsletter contents (each list writes its own words) ----------------------------------

EMPLEOS_CL_ITEMS = [
    ("Diseñador/a Instruccional – Universidad privada, Santiago Centro",
     "Jornada completa. Proceso con entrevistas esta semana; se requiere manejo de Moodle.",
     "https://empleoseducacion.example.cl/o/88213"),
    ("Coordinadora e-learning – Fundación, Ñuñoa",
     "Media jornada, híbrido. Postulaciones hasta el 31 de enero.",
     "https://empleoseducacion.example.cl/o/88240"),
    ("Profesora de Educación Básica con horas de innovación – Maipú",
     "Reemplazo pre y postnatal. Entrevistas a partir del 26 de enero.",
     "https://empleoseducacion.example.cl/o/88251"),
    ("Analista de Capacitación – Retail, Las Condes",
     "Diseño de cursos para tiendas. Experiencia en Articulate deseable.",
     "https://empleoseducacion.example.cl/o/88266"),
]
EMPLEOS_CL_INTRO = """Hola Carmen:

Estas son las ofertas nuevas de la semana que coinciden con tu alerta "diseño instruccional /
e-learning / Santiago". Recuerda que las empresas ven primero a quienes postulan en los tres
primeros días."""
EMPLEOS_CL_FOOT = """Recibes este correo porque creaste una alerta en Empleos Educación.
Para dejar de recibir alertas: https://empleoseducacion.example.cl/alertas/baja?u=cql
Empleos Educación · Santiago de Chile"""

EDTECH_AR_ITEMS = [
    ("Cómo sobrevivir a un \"no\" (y qué preguntar después)",
     "Tres diseñadoras cuentan qué aprendieron de los rechazos en sus primeras búsquedas en "
     "edtech y cómo pedir feedback sin incomodar.",
     "https://edtechar.example.com.ar/notas/sobrevivir-al-no"),
    ("Meetup de marzo: portfolios de diseño instruccional",
     "Jueves 19 de marzo, 19 h, Palermo Hollywood y por streaming. Revisión de portfolios en "
     "vivo.",
     "https://edtechar.example.com.ar/eventos/meetup-marzo"),
    ("Búsquedas abiertas de la comunidad",
     "Siete empresas socias están entrevistando para roles de contenidos, QA pedagógico y "
     "customer success educativo.",
     "https://edtechar.example.com.ar/busquedas"),
]
EDTECH_AR_INTRO = """¡Hola, comunidad!

Arrancó marzo y con él las clases. En este número: cómo bancarse un rechazo, el meetup del mes y
las búsquedas que compartieron las empresas de la comunidad."""
EDTECH_AR_FOOT = """Recibís este boletín porque te sumaste a Comunidad EdTech Argentina.
Darte de baja: https://edtechar.example.com.ar/baja"""

PIVOT_ITEMS = [
    ("1. What does success look like in the first 90 days?",
     "It tells you whether the team has thought about onboarding - and what they'll judge you "
     "on.", "https://thepivotletter.example.com/p/five-questions#1"),
    ("2. What's the hardest part of this job that isn't in the posting?",
     "Interviewers love this one, and the answer is usually honest.",
     "https://thepivotletter.example.com/p/five-questions#2"),
    ("3. How do designers and subject-matter experts work together here?",
     "For ex-teachers this is where you learn if you'll be an order-taker or a partner.",
     "https://thepivotletter.example.com/p/five-questions#3"),
    ("4-5. Read the rest on the site",
     "Plus: why you should never ask about salary in the first interview (and why that advice is "
     "outdated).", "https://thepivotletter.example.com/p/five-questions"),
]
PIVOT_INTRO = """Hi Carmen,

This week: the five questions I tell every teacher-turned-designer to ask at the end of an
interview. Most people say "no, I think you've covered everything" - don't."""
PIVOT_FOOT = """You're receiving The Pivot Letter because you subscribed at thepivotletter.example.com.
Unsubscribe: https://thepivotletter.example.com/unsubscribe?id=cql-8812"""

BERLIN_ITEMS = [
    ("Referent*in E-Learning (m/w/d) – Volkshochschule, Berlin-Mitte",
     "Teilzeit 30 Std., TV-L E11. Bewerbungsschluss 31.08.",
     "https://bildungsjobs-berlin.example.de/stelle/41102"),
    ("Instructional Designer (w/m/d) – EdTech-Startup, Kreuzberg",
     "Englischsprachiges Team, Remote-Anteil 60 %.",
     "https://bildungsjobs-berlin.example.de/stelle/41118"),
    ("Tipp der Woche: So meistern Sie das Vorstellungsgespräch auf Deutsch",
     "Fünf Formulierungen, mit denen Quereinsteigende im Gespräch punkten – und drei, die Sie "
     "vermeiden sollten.", "https://bildungsjobs-berlin.example.de/ratgeber/gespraech"),
]
BERLIN_INTRO = """Hallo Carmen,

für Ihren Suchauftrag „Instructional Design / Berlin“ gibt es neue Stellenangebote."""
BERLIN_FOOT = """Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei Bildungsjobs Berlin angelegt haben.
Suchauftrag löschen: https://bildungsjobs-berlin.example.de/suchauftrag/abmelden"""

ROMANDIE_ITEMS = [
    ("Concepteur·trice pédagogique – HES, Lausanne",
     "80 %, entrée en fonction 1er octobre. Entretiens prévus début septembre.",
     "https://emploi-romandie.example.ch/offre/55120"),
    ("Chargé·e de formation digitale – Banque privée, Genève",
     "100 %, maîtrise de l'anglais exigée.",
     "https://emploi-romandie.example.ch/offre/55131"),
    ("Coordinatrice e-learning – ONG internationale, Genève",
     "Contrat de 12 mois, possibilité de télétravail partiel.",
     "https://emploi-romandie.example.ch/offre/55147"),
]
ROMANDIE_INTRO = """Bonjour Carmen,

3 nouvelles offres d'emploi correspondent à votre alerte « conception pédagogique – Genève »."""
ROMANDIE_FOOT = """Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Romandie.
Gérer ou supprimer mes alertes : https://emploi-romandie.example.ch/alertes"""

DIDACTICO_ITEMS = [
    ("¿Por qué no me llaman a entrevista?",
     "Revisamos 300 currículos de docentes que quieren pasar a la formación corporativa: estos "
     "son los cinco fallos más repetidos.",
     "https://empleodidactico.example.es/blog/por-que-no-me-llaman"),
    ("Plantilla gratuita: portfolio de diseño instruccional",
     "Descárgala y adáptala en una tarde.",
     "https://empleodidactico.example.es/recursos/plantilla-portfolio"),
    ("Ofertas destacadas en Madrid y en remoto",
     "Doce empresas de formación buscan perfiles docentes esta semana.",
     "https://empleodidactico.example.es/ofertas"),
]
DIDACTICO_INTRO = """¡Hola, Carmen!

Este mes hablamos de lo que más nos preguntáis: el silencio después de enviar el CV."""
DIDACTICO_FOOT = """Has recibido este boletín porque te suscribiste en Empleo Didáctico.
Darse de baja: https://empleodidactico.example.es/baja"""

TALENTIA_ITEMS = [
    ("Ofertas laborales de la semana",
     "Analista de capacitación (minería, Antofagasta), diseñador/a e-learning (retail, "
     "Santiago), relatora de habilidades digitales (municipios).",
     "https://talentia.example.cl/ofertas"),
    ("Tendencias: la formación en bancos vuelve a lo presencial",
     "Lo que vemos en las búsquedas del primer trimestre.",
     "https://talentia.example.cl/blog/tendencias-q1"),
    ("Consejo: cómo preparar una entrevista por competencias",
     "El método STAR explicado con ejemplos del mundo educativo.",
     "https://talentia.example.cl/blog/star"),
]
TALENTIA_INTRO = """Hola Carmen:

Bienvenida al boletín de mayo de Talentia Consultores."""
TALENTIA_FOOT = """Recibes este boletín por estar registrada en la base de candidatos de Talentia.
Anular suscripción: https://talentia.example.cl/boletin/baja"""

UY_ITEMS = [
    ("Tutora virtual – Instituto de formación docente, Montevideo",
     "20 h semanales, remoto.", "https://empleos-uy.example.com.uy/aviso/20931"),
    ("Diseñador/a de contenidos educativos – Editorial, Pocitos",
     "Experiencia en primaria excluyente.", "https://empleos-uy.example.com.uy/aviso/20955"),
    ("Analista de capacitación – Cooperativa de ahorro",
     "Jornada completa, Montevideo.", "https://empleos-uy.example.com.uy/aviso/20967"),
]
UY_INTRO = """¡Hola Carmen!

Tenemos nuevas ofertas de empleo para vos según tu búsqueda "educación / capacitación"."""
UY_FOOT = """Empleos Uy · Para no recibir más estos avisos, entrá a https://empleos-uy.example.com.uy/avisos/baja"""

BOLETIN_ITEMS = [
    ("Concursos públicos abiertos para docentes y profesionales de la educación",
     "Revisa los llamados vigentes y sus plazos de postulación en el portal de empleos públicos.",
     "https://educacion.example.cl/boletin/concursos"),
    ("Resultados de la Evaluación Docente 2025",
     "Ya están disponibles los informes individuales en la plataforma.",
     "https://educacion.example.cl/boletin/evaluacion"),
    ("Cursos gratuitos del segundo semestre",
     "Inscripciones abiertas para los cursos en línea de inclusión digital y evaluación.",
     "https://educacion.example.cl/boletin/cursos"),
]
BOLETIN_INTRO = """Estimada docente:

Le compartimos las novedades de agosto."""
BOLETIN_FOOT = """Boletín Docente. Para desuscribirse: https://educacion.example.cl/boletin/baja"""

ARTICLE = """10 errores que arruinan una entrevista de trabajo (y cómo evitarlos)
Por Redacción Mundo Laboral

1. Llegar sin haber leído la descripción del cargo.
2. Hablar mal del empleador anterior.
3. No tener preguntas para el final.
4. Responder "mi peor defecto es el perfeccionismo".
5. Conectarse a una videollamada sin probar cámara ni micrófono.
...
Leer la nota completa: https://mundolaboral.example.com.ar/notas/10-errores-entrevista
"""

MESSAGES: list[dict] = [
    # --- the candidate's own mail
    dict(
        kind="other", slug="sent_gracias_aprendolab", lang="es", company="", contact="",
        frm=CAND, to=[("Javiera Rojas", "javiera.rojas@aprendolab.example.cl")],
        cc=[("Felipe Araya", "felipe.araya@aprendolab.example.cl")],
        subject="Gracias por la entrevista – Diseñadora Instruccional Jr.",
        date="2026-02-25 19:03 -0300", tid="apr_thanks", parent="apr_move",
        text=APR_THANKS,
    ),
    dict(
        kind="other", slug="sent_thanks_maplewise", lang="en", company="", contact="",
        frm=CAND, to=[("Priya Natarajan", "priya.natarajan@maplewise.example.ca")],
        subject="Thank you - Instructional Designer panel",
        date="2026-04-23 18:02 -0400", tid="maple_thanks", parent="maple_move",
        text=MAPLE_THANKS, html=simple("en"),
    ),
    dict(
        kind="other", slug="sent_pide_mover_cafe", lang="es", company="", contact="",
        frm=CAND, to=[("Diego Carrasco", "diego@puertodigital.example.cl")],
        subject="Re: Conversemos sobre los cursos de alfabetización digital",
        date="2026-04-07 09:30 -0400", tid="pd_carmen_move", parent="pd_inv",
        text=reply("""Hola Diego:

¡Muchas gracias por escribirme! Me encantaría conversar. El viernes 10 tengo reunión de
apoderados en la escuela a esa hora; ¿podríamos mover el café al lunes 13 en la tarde, o al
sábado 11 en la mañana? Puedo ir a Valparaíso sin problema.

Saludos,
Carmen""", "es", "lun, 6 abr 2026 a las 20:14", "Diego Carrasco",
                   "diego@puertodigital.example.cl", PD_INV),
    ),
    dict(
        kind="other", slug="sent_candidature_lemanique_pdf", lang="fr", company="",
        contact="",
        frm=CAND, to=[("Fondation Lémanique – Recrutement",
                       "recrutement@fondation-lemanique.example.ch")],
        subject="Candidature – Conceptrice pédagogique e-learning",
        date="2026-06-29 12:05 -0400", tid="lem_app",
        text=LEM_APP,
        attach=[dict(filename="CV_Carmen_Quispe-Lindqvist_FR.pdf",
                     title="Carmen Quispe-Lindqvist – Curriculum vitae",
                     lines=["Enseignante au primaire, Santiago (2017-2026)",
                            "Conception de parcours numériques (Moodle, Genially, H5P)",
                            "Langues : espagnol, anglais, français (B2), allemand (B1)",
                            "carmen.ql@example.cl"])],
    ),
    dict(
        kind="other", slug="sent_bitte_verschieben", lang="de", company="", contact="",
        frm=CAND, to=[("Svenja Hoffmann", "svenja.hoffmann@lernwerk.example.de")],
        subject="Re: Einladung zum Kennenlerngespräch – Instructional Designer (m/w/d)",
        date="2026-09-03 09:12 -0400", tid="lw_carmen_move", parent="lw_inv",
        text=LW_CARMEN_MOVE,
    ),
    dict(
        kind="other", slug="sent_disculpa_nandu", lang="es", company="", contact="",
        frm=CAND, to=[("Lucas Benítez", "lucas.benitez@nandu.example.com.ar")],
        subject="Re: No te vimos en la charla de hoy",
        date="2026-02-10 13:05 -0300", tid="nandu_sorry", parent="nandu_missed",
        text="""Hola Lucas:

Mil disculpas. Anoté la charla a las 11 hora de Chile y no me di cuenta de que la invitación
estaba en hora de Buenos Aires… que en febrero es la misma. O sea, simplemente me confundí yo:
estaba en una capacitación del colegio y no vi la alarma.

Si hay alguna posibilidad de reagendar, me adapto a cualquier horario de Sofía. Y si no, lo
entiendo perfectamente.

Saludos,
Carmen Quispe-Lindqvist
""",
    ),
    dict(
        kind="other", slug="sent_postulacion_mardetinta_pdf", lang="es", company="",
        contact="",
        frm=CAND, to=[("Gonzalo Ríos", "grios@mardetinta.example.cl")],
        subject="Postulación – Editora de recursos digitales",
        date="2026-02-02 21:40 -0300", tid="mdt_app",
        text="""Estimado Gonzalo:

Le escribo para postular al cargo de Editora de recursos digitales publicado en el portal de la
Cámara del Libro. Soy profesora de Educación Básica, con nueve años en aula, y desde 2023 diseño
material digital para Lenguaje y Matemática en mi escuela.

Adjunto mi CV y un enlace a mi portafolio: https://carmenql.example.cl/portafolio

Quedo atenta.

Saludos cordiales,
Carmen Quispe-Lindqvist
+56 9 5412 8830
""",
        attach=[dict(filename="CV_Carmen_Quispe-Lindqvist.pdf",
                     title="Carmen Quispe-Lindqvist – Currículum",
                     lines=["Profesora de Educación Básica, Escuela Los Copihues (2017-2026)",
                            "Diseño de material digital para Lenguaje y Matemática",
                            "Diplomado en Diseño Instruccional (2024)",
                            "carmen.ql@example.cl · +56 9 5412 8830"])],
    ),
    dict(
        kind="other", slug="sent_withdraw_kiezcode", lang="en", company="", contact="",
        frm=CAND, to=[("Jonas Brandt", "jonas@kiezcode.example.de")],
        subject="Re: quick chat?",
        date="2026-10-02 10:15 -0300", tid="kiez_decline", parent="kiez_offer",
        text="""Hi Jonas,

Thank you so much for the offer and for how open you've been throughout. It was a hard decision,
but I've accepted another position in Berlin that's closer to the primary-school work I know
best, so I'd like to withdraw from the process at Kiezcode.

I'd genuinely love to keep in touch - and maybe grab that coffee in Kreuzberg once I've landed.

Best wishes,
Carmen
""",
    ),
    dict(
        kind="other", slug="sent_acepta_aprendolab_pdf", lang="es", company="", contact="",
        frm=CAND, to=[("Javiera Rojas", "javiera.rojas@aprendolab.example.cl")],
        subject="Re: Carta oferta – Diseñadora Instruccional Jr.",
        date="2026-03-09 08:20 -0300", tid="apr_accept", parent="apr_offer",
        text="""Hola Javiera:

¡Muchas gracias! Con mucho gusto acepto. Te adjunto la carta oferta firmada.

Solo una consulta: ¿el martes presencial podría ser en la tarde, después de las 14:00? En la
mañana tengo clases con mi curso hasta fin de semestre.

Un abrazo,
Carmen
""",
        attach=[dict(filename="Carta_oferta_firmada_CQL.pdf",
                     title="Carta oferta – Aprendo Lab (firmada)",
                     lines=["Acepto las condiciones indicadas.",
                            "Carmen Quispe-Lindqvist",
                            "Santiago, 9 de marzo de 2026"])],
    ),
    # --- job alerts, newsletters, notifications
    dict(
        kind="other", slug="alerta_empleos_educacion_cl", lang="es", company="", contact="",
        frm=("Empleos Educación", "alertas@empleoseducacion.example.cl"),
        subject="4 ofertas nuevas para \"diseño instruccional\"",
        date="2026-01-19 07:00 -0300",
        text=newsletter_text(EMPLEOS_CL_ITEMS, EMPLEOS_CL_INTRO, EMPLEOS_CL_FOOT),
        html=newsletter("Empleos Educación", "#0369a1", EMPLEOS_CL_ITEMS, EMPLEOS_CL_INTRO,
                        EMPLEOS_CL_FOOT, "es"),
        headers=[unsub("https://empleoseducacion.example.cl/alertas/baja?u=cql",
                       "baja@empleoseducacion.example.cl"), LIST_POST,
                 ("List-Id", "Alertas de empleo <alertas.empleoseducacion.example.cl>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", slug="boletin_edtech_ar_rechazo", lang="es", company="", contact="",
        frm=("Comunidad EdTech Argentina", "boletin@edtechar.example.com.ar"),
        subject="Cómo bancarse un \"no\" + meetup de marzo",
        date="2026-03-01 10:00 -0300",
        text=newsletter_text(EDTECH_AR_ITEMS, EDTECH_AR_INTRO, EDTECH_AR_FOOT),
        html=newsletter("Comunidad EdTech Argentina", "#7c3aed", EDTECH_AR_ITEMS,
                        EDTECH_AR_INTRO, EDTECH_AR_FOOT, "es"),
        headers=[unsub("https://edtechar.example.com.ar/baja",
                       "baja@edtechar.example.com.ar"),
                 ("List-Id", "Boletin EdTech AR <boletin.edtechar.example.com.ar>"),
                 ("Precedence", "list")],
    ),
    dict(
        kind="other", slug="worknet_new_jobs_toronto", lang="en", company="", contact="",
        frm=("Worknet Jobs", "jobs-noreply@worknet.example.com"),
        subject="12 new Instructional Designer jobs in Toronto, ON",
        date="2026-04-04 11:30 +0000",
        html_only=True,
        text="""Carmen, here are new jobs matching your search.

Instructional Designer - Maplewise Learning - Toronto (Hybrid) - Actively recruiting
Learning Experience Designer - Northbridge Bank - Toronto - 2 connections work here
E-Learning Developer - Lakeshore College - Toronto - Be an early applicant
Curriculum Designer (contract) - Kestrel Talent Partners - Remote - Easy apply

See all 12 jobs: https://worknet.example.com/jobs/search?alert=4471

You're receiving Job Alert emails. Unsubscribe: https://worknet.example.com/alerts/off
""",
        html=card("Worknet", "#0a66c2", "en",
                  footer="Worknet Corp., 1000 Market St, San Francisco, CA. You are receiving "
                         "Job Alert emails."),
        headers=[unsub("https://worknet.example.com/alerts/off",
                       "unsubscribe@worknet.example.com"), LIST_POST,
                 ("List-Id", "Job Alerts <jobalerts.worknet.example.com>")],
    ),
    dict(
        kind="other", slug="pivot_letter_interview_questions", lang="en", company="",
        contact="",
        frm=("The Pivot Letter", "hello@thepivotletter.example.com"),
        subject="5 questions to ask at the end of every interview",
        date="2026-04-26 12:00 +0000",
        text=newsletter_text(PIVOT_ITEMS, PIVOT_INTRO, PIVOT_FOOT),
        html=newsletter("The Pivot Letter", "#9333ea", PIVOT_ITEMS, PIVOT_INTRO, PIVOT_FOOT,
                        "en"),
        headers=[unsub("https://thepivotletter.example.com/unsubscribe?id=cql-8812",
                       "unsubscribe@thepivotletter.example.com"), LIST_POST,
                 ("List-Id", "The Pivot Letter <pivot.thepivotletter.example.com>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", slug="bildungsjobs_berlin_alert", lang="de", company="", contact="",
        frm=("Bildungsjobs Berlin", "suchauftrag@bildungsjobs-berlin.example.de"),
        subject="Neue Stellen für Ihren Suchauftrag „Instructional Design / Berlin“",
        subj_enc=("utf-8", "b"),
        date="2026-08-18 06:15 +0000",
        text=newsletter_text(BERLIN_ITEMS, BERLIN_INTRO, BERLIN_FOOT),
        html=newsletter("Bildungsjobs Berlin", "#b91c1c", BERLIN_ITEMS, BERLIN_INTRO,
                        BERLIN_FOOT, "de"),
        headers=[unsub("https://bildungsjobs-berlin.example.de/suchauftrag/abmelden",
                       "abmelden@bildungsjobs-berlin.example.de"),
                 ("List-Id", "Suchauftrag <suchauftrag.bildungsjobs-berlin.example.de>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", slug="emploi_romandie_alertes", lang="fr", company="", contact="",
        frm=("Emploi Romandie", "alertes@emploi-romandie.example.ch"),
        subject="3 nouvelles offres pour « conception pédagogique – Genève »",
        date="2026-07-06 05:30 +0000",
        text=newsletter_text(ROMANDIE_ITEMS, ROMANDIE_INTRO, ROMANDIE_FOOT),
        html=newsletter("Emploi Romandie", "#0f766e", ROMANDIE_ITEMS, ROMANDIE_INTRO,
                        ROMANDIE_FOOT, "fr"),
        headers=[unsub("https://emploi-romandie.example.ch/alertes",
                       "desabonnement@emploi-romandie.example.ch"), LIST_POST,
                 ("List-Id", "Alertes emploi <alertes.emploi-romandie.example.ch>")],
    ),
    dict(
        kind="other", slug="empleo_didactico_no_me_llaman", lang="es", company="",
        contact="",
        frm=("Empleo Didáctico", "boletin@empleodidactico.example.es"),
        subject="¿Por qué no me llaman a entrevista? (y una plantilla gratis)",
        subj_enc=("iso-8859-1", "q"),
        date="2026-05-10 09:00 +0200",
        text=newsletter_text(DIDACTICO_ITEMS, DIDACTICO_INTRO, DIDACTICO_FOOT),
        html=newsletter("Empleo Didáctico", "#ca8a04", DIDACTICO_ITEMS, DIDACTICO_INTRO,
                        DIDACTICO_FOOT, "es"),
        headers=[unsub("https://empleodidactico.example.es/baja",
                       "baja@empleodidactico.example.es"),
                 ("List-Id", "Boletin Empleo Didactico <boletin.empleodidactico.example.es>")],
    ),
    dict(
        kind="other", slug="worknet_profile_views", lang="en", company="", contact="",
        frm=("Worknet", "notifications-noreply@worknet.example.com"),
        subject="Priya Natarajan and 3 others viewed your profile",
        date="2026-04-02 15:45 +0000",
        html_only=True,
        text="""Carmen, your profile is getting noticed.

Priya Natarajan, Talent Partner at Maplewise Learning, viewed your profile.
3 others from Education and Banking viewed your profile this week.
You appeared in 14 searches.

See all views: https://worknet.example.com/me/profile-views

This email was intended for Carmen Quispe-Lindqvist (Primary teacher | Instructional design).
Unsubscribe: https://worknet.example.com/settings/notifications
""",
        html=card("Worknet", "#0a66c2", "en"),
        headers=[unsub("https://worknet.example.com/settings/notifications",
                       "unsubscribe@worknet.example.com")],
    ),
    dict(
        kind="other", slug="worknet_es_nuevos_empleos", lang="es", company="", contact="",
        frm=("Worknet Empleos", "jobs-noreply@worknet.example.com"),
        subject="Carmen, nuevos empleos de Diseñadora instruccional en Santiago",
        date="2026-02-20 12:10 +0000",
        text="""Nuevos empleos para ti

Diseñadora instruccional – Aprendo Lab – Santiago (híbrido) – Quedan pocos días
Especialista en e-learning – Banco Cordillera – Santiago – Postulación sencilla
Coordinadora académica virtual – Universidad Andina del Pacífico – Valparaíso

Además: tienes 2 mensajes sin leer y 5 invitaciones para conectar.

Ver todos: https://worknet.example.com/jobs/search?alert=9912

Recibes alertas de empleo de Worknet. Darse de baja: https://worknet.example.com/alerts/off
""",
        html=card("Worknet", "#0a66c2", "es"),
        headers=[unsub("https://worknet.example.com/alerts/off",
                       "unsubscribe@worknet.example.com"), LIST_POST],
    ),
    dict(
        kind="other", slug="teach2tech_webinar_interviews", lang="en", company="",
        contact="",
        frm=("Teach2Tech Community", "events@teach2tech.example.org"),
        subject="Webinar: interview skills for teachers changing careers (June 4)",
        date="2026-05-27 14:00 +0000",
        text="""Hi Carmen,

Join us live on Thursday, June 4 at 7 pm ET for "Interview skills for career changers", a free
60-minute webinar for teachers moving into L&D and edtech.

What we'll cover:
- Turning classroom stories into STAR answers
- Handling "why are you leaving teaching?"
- Portfolio walkthroughs that don't run over time
- Live mock interview with two volunteers

Save your seat: https://teach2tech.example.org/events/interview-skills

See you there,
The Teach2Tech team

You're receiving this because you joined the Teach2Tech community.
Manage preferences or unsubscribe: https://teach2tech.example.org/preferences
""",
        html=simple("en"),
        headers=[unsub("https://teach2tech.example.org/preferences",
                       "leave@teach2tech.example.org"),
                 ("List-Id", "Teach2Tech events <events.teach2tech.example.org>"),
                 ("Precedence", "bulk")],
    ),
    # --- press, podcast, research
    dict(
        kind="other", slug="podcast_aula_expandida", lang="es", company="",
        contact="rocio@aulaexpandida.example.cl",
        frm=("Rocío Manríquez", "rocio@aulaexpandida.example.cl"),
        subject="Invitación a conversar en el podcast Aula Expandida",
        date="2026-06-18 11:25 -0400",
        text="""Hola Carmen:

Soy Rocío, conductora de Aula Expandida, un podcast sobre docentes que innovan. Una colega tuya
me contó de tu proyecto de aula invertida en cuarto básico y me encantaría entrevistarte para un
episodio sobre profesoras que se están moviendo hacia el diseño instruccional.

La grabación dura unos 40 minutos, es por Zoom y la podemos hacer cuando te acomode en julio.
No hay que preparar nada; te mando las preguntas con una semana de anticipación.

¿Te animas?

Rocío Manríquez
Aula Expandida · aulaexpandida.example.cl
""",
    ),
    dict(
        kind="other", slug="press_toronto_edweekly", lang="en", company="",
        contact="ben.adeyemi@torontoedweekly.example.ca",
        frm=("Ben Adeyemi", "ben.adeyemi@torontoedweekly.example.ca"),
        subject="Interview request - teachers moving into edtech (Toronto Education Weekly)",
        date="2026-07-02 10:40 -0400",
        text="""Hi Carmen,

I'm a reporter at Toronto Education Weekly, working on a feature about experienced teachers
leaving the classroom for instructional design jobs - and the companies hiring them across the
Americas. Hannah Greer at Maplewise mentioned you'd been through their process and might be
willing to talk.

Would you be open to a 20-minute phone interview next week? I can keep you anonymous if you
prefer, and I'll share the quotes before publication.

Thanks for considering it,
Ben Adeyemi
Staff Reporter, Toronto Education Weekly
647-555-0117
""",
    ),
    dict(
        kind="other", slug="ux_research_interview_slate", lang="en", company="",
        contact="lena.ortiz@slatelms.example.com",
        frm=("Lena Ortiz", "lena.ortiz@slatelms.example.com"),
        subject="Share your feedback on Slate LMS? (30-min user interview, $50 gift card)",
        date="2026-08-12 09:05 -0700",
        text="""Hi Carmen,

I'm a UX researcher at Slate LMS. You signed up for our free educator plan last spring, and
we're talking to teachers about how they build courses in the editor.

Would you join a 30-minute user interview over video in the next two weeks? There are no right
or wrong answers - we just want to watch how you work and hear what gets in your way. As a thank
you, we'll send a USD 50 gift card.

Pick a time here: https://calendly.example.com/slate-research/30min

Thanks!
Lena Ortiz
Senior UX Researcher, Slate LMS
""",
    ),
    dict(
        kind="other", slug="investigacion_usuarios_mundoescolar", lang="es", company="",
        contact="camila.vergara@mundoescolar.example.cl",
        frm=("Camila Vergara", "camila.vergara@mundoescolar.example.cl"),
        subject="¿Nos ayudas con una entrevista de investigación? (45 min)",
        date="2026-01-21 16:30 -0300",
        text="""Hola Carmen:

Soy Camila, del equipo de producto de Mundo Escolar, la app de comunicación con apoderados que
usa tu escuela. Estamos rediseñando el módulo de tareas y queremos entender cómo lo usan las
profesoras de básica.

¿Te gustaría participar en una entrevista de investigación de usuarios de 45 minutos por Meet?
No evaluamos a nadie: solo queremos escucharte y verte usar la app. Como agradecimiento te
enviamos una gift card de $20.000.

Si te interesa, responde con dos horarios que te acomoden la próxima semana.

Gracias,
Camila Vergara
Investigación UX — Mundo Escolar
""",
    ),
    # --- packages, positions
    dict(
        kind="other", slug="paquete_retrasado_enviofacil", lang="es", company="", contact="",
        frm=("EnvíoFácil", "no-responder@enviofacil.example.cl"),
        subject="Lamentablemente tu paquete viene con retraso",
        date="2026-03-30 08:12 -0300",
        text="""Hola Carmen:

Lamentablemente tu paquete N.º EF-77120934-CL no llegará en la fecha estimada (30 de marzo). Se
produjo un retraso en el centro de distribución de Pudahuel por alto volumen de envíos.

Nueva fecha estimada de entrega: 1 de abril, entre 9:00 y 18:00.
Posición actual del envío: Centro de distribución Pudahuel, Santiago.

Puedes seguir tu envío en https://enviofacil.example.cl/seguimiento/EF-77120934-CL

Disculpa las molestias.
EnvíoFácil

Este correo es automático, no lo respondas.
""",
        html=card("EnvíoFácil", "#16a34a", "es"),
    ),
    dict(
        kind="other", slug="trackly_last_position", lang="en", company="", contact="",
        frm=("Trackly", "alerts@trackly.example.com"),
        subject="Your tracker \"Backpack\" reported a new position",
        date="2026-06-20 22:41 +0000",
        text="""Hi Carmen,

Your Trackly tag "Backpack" reported a new position:

Position: -33.4372, -70.6506 (near Av. Libertador Bernardo O'Higgins, Santiago)
Accuracy: 12 m
Last seen: June 20, 2026, 6:40 pm (UTC-4)

Unfortunately the tag's battery is at 8%. Replace it soon to keep tracking.

Open the map: https://app.trackly.example.com/tags/backpack

Trackly
""",
        html=simple("en"),
    ),
    dict(
        kind="other", slug="paket_verspaetet", lang="de", company="", contact="",
        frm=("PaketBlitz", "keine-antwort@paketblitz.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        date="2026-09-28 07:20 +0000",
        text="""Guten Tag Carmen Quispe-Lindqvist,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 7712 0098 aus Berlin nach Santiago
de Chile. Grund ist eine zusätzliche Zollprüfung im Transitlager.

Voraussichtliche Zustellung: 9.–14. Oktober 2026
Aktuelle Position der Sendung: Internationales Postzentrum Frankfurt

Sie können Ihre Sendung jederzeit unter https://paketblitz.example.de/verfolgen verfolgen.

Wir bitten um Ihr Verständnis.
Ihr PaketBlitz-Kundenservice

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
    ),
    # --- friends
    dict(
        kind="other", slug="amiga_no_quede_banco", lang="es", company="",
        contact="fer.lillo@correo.example.cl",
        frm=("Fernanda Lillo", "fer.lillo@correo.example.cl"),
        subject="no quedé :(",
        date="2026-03-28 22:47 -0300",
        text="""Amiga,

No quedé en lo del banco. Me llegó el típico correo de "agradecemos tu interés pero hemos
decidido continuar con otros candidatos", ni siquiera firmado por una persona. Después de tres
entrevistas y una prueba de Excel, encuentro que es un poco mucho.

En fin, ¿y a ti cómo te fue con Aprendo? Cuéntame que necesito buenas noticias. ¿Un vinito el
sábado?

Fer
""",
    ),
    dict(
        kind="other", slug="friend_toronto_rejected_final", lang="en", company="",
        contact="grace.kim@mailbox.example.ca",
        frm=("Grace Kim", "grace.kim@mailbox.example.ca"),
        subject="ugh, final round",
        date="2026-05-30 20:15 -0400",
        text="""Hey Carmen!

So... I didn't get the L&D job at the insurance company. Final round, two presentations, and then
a two-line email saying they'd "gone with someone with more corporate experience". I'm trying to
see it as practice.

How's your search going? Last time we talked you had that panel at Maplewise - did you hear
back? Also, are you still thinking about Berlin?

Let's do a video call soon.
Grace
""",
    ),
    dict(
        kind="other", slug="amie_geneve_refus", lang="fr", company="",
        contact="amelie.roux@courriel.example.ch",
        frm=("Amélie Roux", "amelie.roux@courriel.example.ch"),
        subject="des nouvelles de Genève",
        date="2026-08-09 21:30 +0200",
        text="""Coucou Carmen,

Petite nouvelle pas très joyeuse : j'ai eu un refus pour le poste à l'université, après deux
entretiens. Ils ont pris quelqu'un de l'interne, comme souvent ici. Je suis déçue mais je
m'accroche.

Et toi ? Tu as eu des nouvelles de la fondation ? Si tu viens à Genève pour un entretien,
tu dors à la maison, évidemment.

Bises,
Amélie
""",
    ),
    dict(
        kind="other", slug="amiga_reenvia_nota_entrevista", lang="es", company="",
        contact="valen.rossi@correo.example.com.ar",
        frm=("Valentina Rossi", "valen.rossi@correo.example.com.ar"),
        subject="Fwd: 10 errores que arruinan una entrevista de trabajo",
        date="2026-03-12 13:02 -0300",
        text=forward("""Carmen, mirá esta nota, me acordé de vos por lo del punto 5 jaja.
¡Suerte con todo! Beso,
Valen""", "es", "Mundo Laboral <notas@mundolaboral.example.com.ar>",
                     "mié, 11 mar 2026, 08:00", "10 errores que arruinan una entrevista de trabajo",
                     "valen.rossi@correo.example.com.ar", ARTICLE),
        html=simple("es"),
    ),
    # --- cold approaches
    dict(
        kind="other", slug="hunter_edu_presentacion", lang="es", company="",
        contact="julieta@hunteredu.example.com.ar",
        frm=("Julieta Marcó", "julieta@hunteredu.example.com.ar"),
        subject="Hola Carmen, me presento",
        date="2026-07-20 12:35 -0300",
        text="""Hola Carmen, ¿cómo estás?

Soy Julieta, trabajo en HunterEdu, una consultora de Buenos Aires especializada en perfiles de
educación y edtech para toda Latinoamérica. Vi tu perfil en Worknet y me pareció muy
interesante tu recorrido de docente a diseño instruccional.

Hoy no tengo una búsqueda puntual para vos, pero quería presentarme y dejarte mi contacto. Si en
algún momento querés que te tengamos en cuenta, mandame tu CV actualizado y tus preferencias.

¡Saludos!
Julieta Marcó
Senior Recruiter — HunterEdu
""",
    ),
    dict(
        kind="other", slug="headhunter_keep_in_mind", lang="en", company="",
        contact="marcus.reid@northstarsearch.example.ca",
        frm=("Marcus Reid", "marcus.reid@northstarsearch.example.ca"),
        subject="Introduction - Northstar Search, Education practice",
        date="2026-03-18 09:50 -0400",
        text="""Hi Carmen,

I came across your profile while researching bilingual instructional designers. I lead the
Education practice at Northstar Search in Toronto; we place learning designers with edtech
companies, colleges and corporate L&D teams.

Nothing specific to share right now, but I'd be glad to keep you in mind for future roles. If
you'd like, send me your CV and a line on what you're looking for.

Best regards,
Marcus Reid
Partner, Education Practice | Northstar Search
""",
        html=outlook("en"),
    ),
    dict(
        kind="other", slug="personalberaterin_vorstellung", lang="de", company="",
        contact="lisa.engel@bildungsberater.example.de",
        frm=("Lisa Engel", "lisa.engel@bildungsberater.example.de"),
        subject="Kurze Vorstellung – Engel Bildungsberatung",
        date="2026-09-16 11:10 +0200",
        text="""Hallo Frau Quispe-Lindqvist,

ich bin auf Ihr Profil gestoßen und wollte mich kurz vorstellen: Ich berate Träger der
Erwachsenenbildung und Schulen in freier Trägerschaft bei der Besetzung von Stellen im Bereich
digitales Lernen.

Aktuell habe ich keine konkrete Position für Sie, würde Sie aber gern in meinen Kreis
interessanter Kontakte aufnehmen. Wenn Sie mögen, schicken Sie mir Ihren Lebenslauf.

Beste Grüße aus Potsdam
Lisa Engel
Engel Bildungsberatung
""",
    ),
    # --- bank, landlord, school, doctor, current employer
    dict(
        kind="other", slug="banco_entrevista_hipotecario", lang="es", company="",
        contact="mjsoto@bancoaustral.example.cl",
        frm=("María José Soto", "mjsoto@bancoaustral.example.cl"),
        subject="Entrevista para evaluar su crédito hipotecario",
        date="2026-06-02 10:05 -0400",
        text="""Estimada Carmen:

Junto con saludar, le escribo para invitarla a una entrevista en nuestra sucursal de Providencia
para revisar su solicitud de crédito hipotecario y la posición de sus productos con el banco.

Le propongo el jueves 4 de junio a las 16:30. Le pido traer sus tres últimas liquidaciones de
sueldo y el certificado de cotizaciones de la AFP.

Si no le acomoda el horario, respóndame y buscamos otro.

Saludos cordiales,
María José Soto
Ejecutiva de Banca Personas
Banco Austral — Sucursal Providencia
""",
        html=outlook("es"),
    ),
    dict(
        kind="other", slug="arrendador_no_renueva_latin1", lang="es", company="",
        contact="hpizarro@correo.example.cl",
        frm=("Hernán Pizarro", "hpizarro@correo.example.cl"),
        subject="Contrato de arriendo – depto. 502",
        date="2026-08-17 19:20 -0400",
        charset="iso-8859-1", cte="8bit",
        text="""Estimada Carmen:

Le escribo por el contrato de arriendo del departamento 502, que vence el 30 de noviembre.
Lamentablemente no voy a poder renovarlo: mi hija vuelve de Concepción y se va a quedar en el
departamento.

Entiendo por lo que me contó que igual está pensando en irse a Europa, así que quizás le calza.
Podemos coordinar la entrega y la devolución de la garantía cuando usted me diga; también
necesito pasar a ver la posición del medidor de gas antes de fin de mes.

Saludos,
Hernán Pizarro
""",
    ),
    dict(
        kind="other", slug="colegio_citacion_apoderado_ics", lang="es", company="",
        contact="dmunoz@colegiosanalberto.example.cl",
        frm=("Daniela Muñoz", "dmunoz@colegiosanalberto.example.cl"),
        subject="Citación a entrevista de apoderado – Mateo (3.º B)",
        date="2026-04-13 15:40 -0400",
        text="""Estimada apoderada:

Junto con saludarla, la cito a una entrevista de apoderado para conversar sobre la adaptación de
Mateo en el curso y sus avances en lectura. La entrevista es parte del calendario semestral y
se realiza con todas las familias.

Día: jueves 16 de abril
Hora: 8:15 a 8:45
Lugar: sala de profesores, segundo piso

Le envío la invitación para su calendario. Si no puede asistir, avíseme por este medio o por la
agenda escolar.

Atentamente,
Daniela Muñoz
Profesora jefe 3.º B
Colegio San Alberto
""",
        ics=dict(method="REQUEST", uid="entrevista-apoderado-3b-mateo@colegiosanalberto.example.cl",
                 sequence=0, summary="Entrevista de apoderado – Mateo (3.º B)",
                 start="2026-04-16 08:15 -0400", end="2026-04-16 08:45 -0400",
                 location="Colegio San Alberto, sala de profesores",
                 organizer=("Daniela Muñoz", "dmunoz@colegiosanalberto.example.cl"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN",
                 inline=True, attach=True),
    ),
    dict(
        kind="other", slug="clinica_hora_reprogramada", lang="es", company="", contact="",
        frm=("Clínica Los Aromos", "no-responder@clinicalosaromos.example.cl"),
        subject="Su hora médica fue reprogramada",
        date="2026-05-25 17:02 -0400",
        text="""Estimada CARMEN QUISPE-LINDQVIST:

Le informamos que su hora con Dra. Paulina Reyes (Dermatología) fue reprogramada por motivos de
agenda del profesional.

Hora anterior: martes 26 de mayo, 10:20
Nueva hora: jueves 28 de mayo, 12:40
Lugar: Clínica Los Aromos, Av. Manquehue Norte 1410, piso 3

Si la nueva hora no le acomoda, puede anularla o cambiarla en https://clinicalosaromos.example.cl/mis-horas
o llamando al 600 555 2020.

Clínica Los Aromos
Este es un mensaje automático; por favor no responda.
""",
        html=card("Clínica Los Aromos", "#0d9488", "es"),
    ),
    dict(
        kind="other", slug="arztpraxis_video_termin", lang="de", company="", contact="",
        frm=("Terminportal Praxis Dr. Sommer", "keine-antwort@terminportal.example.de"),
        subject="Ihr Termin wurde verschoben",
        date="2026-10-12 08:00 +0200",
        text="""Guten Tag Frau Quispe-Lindqvist,

Ihr Termin für die Videosprechstunde (Reisemedizinische Beratung) bei Dr. med. Anna Sommer
wurde verschoben.

Alter Termin: Dienstag, 20. Oktober 2026, 14:30 Uhr
Neuer Termin: Donnerstag, 22. Oktober 2026, 15:15 Uhr (MESZ)

Den Zugangslink erhalten Sie 15 Minuten vor Beginn. Absagen können Sie bis 24 Stunden vorher
über das Terminportal.

Praxis Dr. med. Anna Sommer, Allgemeinmedizin, Berlin-Schöneberg
Diese Nachricht wurde automatisch versendet.
""",
        html=simple("de"),
    ),
    dict(
        kind="other", slug="regie_appartement_refuse_cp1252", lang="fr", company="",
        contact="j.perret@regiedulac.example.ch",
        frm=("Julien Perret", "j.perret@regiedulac.example.ch"),
        subject="Votre dossier – appartement 3 pièces, Rue de Carouge 88",
        date="2026-09-24 16:50 +0200",
        charset="windows-1252", cte="quoted-printable",
        text="""Madame,

Nous faisons suite à votre demande de location pour l'appartement de 3 pièces situé Rue de
Carouge 88, 4e étage.

Nous sommes au regret de vous informer que votre dossier n'a pas été retenu par le propriétaire,
qui a donné la préférence à un candidat disposant déjà d'un permis de séjour en Suisse. Nous
vous remercions de l'intérêt porté à cet objet et conservons vos coordonnées pour nos prochaines
mises en location.

Meilleures salutations,

Julien Perret
Gérant location – Régie du Lac
Bd Georges-Favon 19 – 1204 Genève
""",
        html=outlook("fr"),
    ),
    dict(
        kind="other", slug="escuela_evaluacion_desempeno", lang="es", company="",
        contact="mhenriquez@escuelaloscopihues.example.cl",
        frm=("Marcelo Henríquez", "mhenriquez@escuelaloscopihues.example.cl"),
        subject="Entrevista de evaluación de desempeño 2026",
        date="2026-06-10 13:15 -0400",
        text="""Estimada Carmen:

Como todos los años, agendamos las entrevistas de evaluación de desempeño del primer semestre.
La tuya quedó para el jueves 18 de junio a las 15:00 en dirección. Revisaremos tu portafolio,
las observaciones de aula y tus metas para el segundo semestre.

Aprovecho de agradecerte el trabajo con la plataforma de lectura: varios colegas me han dicho
que les has ayudado mucho.

Saludos,
Marcelo Henríquez
Director
Escuela Básica Los Copihues, La Florida
""",
    ),
    # --- out-of-office replies
    dict(
        kind="other", slug="ooo_javiera_vacaciones", lang="es", company="",
        contact="javiera.rojas@aprendolab.example.cl",
        frm=("Javiera Rojas", "javiera.rojas@aprendolab.example.cl"),
        subject="Respuesta automática: Re: Carta oferta – Diseñadora Instruccional Jr.",
        date="2026-03-09 08:21 -0300", tid="apr_ooo", parent="apr_accept",
        text="""Hola, gracias por tu correo.

Estoy de vacaciones hasta el lunes 16 de marzo, con acceso limitado al correo. Para temas de
procesos de selección y entrevistas, escribe a Felipe Araya (felipe.araya@aprendolab.example.cl).
Para todo lo demás, te responderé a mi regreso.

Javiera Rojas
Aprendo Lab
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Precedence", "auto_reply")],
    ),
    dict(
        kind="other", slug="ooo_priya_conference", lang="en", company="",
        contact="priya.natarajan@maplewise.example.ca",
        frm=("Priya Natarajan", "priya.natarajan@maplewise.example.ca"),
        subject="Automatic reply: Thank you - Instructional Designer panel",
        date="2026-04-23 18:03 -0400", tid="maple_ooo", parent="maple_thanks",
        text="""Thanks for your email. I'm at the ATD conference until Monday, April 27, with
limited access to email. I'll reply when I'm back.

If you have an interview scheduled with Maplewise this week and need to reach someone, please
contact talent@maplewise.example.ca.

Priya Natarajan
Talent Partner, Maplewise Learning
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        kind="other", slug="ooo_claire_absente", lang="fr", company="",
        contact="claire.rochat@fondation-lemanique.example.ch",
        frm=("Claire Rochat", "claire.rochat@fondation-lemanique.example.ch"),
        subject="Réponse automatique : Question sur l'entretien",
        date="2026-07-21 09:14 +0200",
        refs_extra=["<20260721031200.e51c@mail.example.cl>"],
        text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 27 juillet inclus. Pour toute question urgente
concernant un recrutement en cours, vous pouvez écrire à rh@fondation-lemanique.example.ch.

Je prendrai connaissance de votre message à mon retour.

Claire Rochat
Fondation Lémanique pour l'Éducation
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    # --- course and admission refusals
    dict(
        kind="other", slug="magister_no_admitida", lang="es", company="", contact="",
        frm=("Admisión Postgrado UCM", "admision-noreply@ucmaule.example.cl"),
        name_enc=("iso-8859-1", "b"),
        subject="Resultado de postulación – Magíster en Diseño Instruccional 2026",
        date="2026-01-16 18:00 -0300",
        cte="base64",
        text="""Estimada Carmen Quispe-Lindqvist:

Agradecemos su interés en el Magíster en Diseño Instruccional de la Universidad Central del
Maule, versión 2026.

Lamentamos informarle que su postulación no fue admitida en esta convocatoria. El programa
recibió 214 postulaciones para 30 cupos y el comité académico priorizó a quienes ya cuentan con
experiencia profesional en educación superior.

Puede volver a postular en la convocatoria de agosto para el ingreso 2027.

Dirección de Postgrado
Universidad Central del Maule
""",
        html=card("Universidad Central del Maule – Postgrado", "#1e40af", "es"),
        html_cte="base64",
    ),
    dict(
        kind="other", slug="certificate_lxd_no_place", lang="en", company="", contact="",
        frm=("Yorkville School of Continuing Studies",
             "admissions-noreply@yorkvillecs.example.ca"),
        subject="Your application: Certificate in Learning Experience Design (Fall 2026)",
        date="2026-05-15 19:30 +0000",
        text="""Dear Carmen,

Thank you for applying to the Certificate in Learning Experience Design for the Fall 2026
intake.

We received many more applications than we have places, and we're sorry to let you know we are
unable to offer you a place in this cohort. You have been placed on the waitlist; if a place
opens before August 15, we will contact you.

The online self-paced version of the program remains open for enrolment at any time.

Admissions Office
Yorkville School of Continuing Studies, Toronto
""",
        html=card("Yorkville School of Continuing Studies", "#4338ca", "en"),
    ),
    dict(
        kind="other", slug="zertifikatskurs_nicht_beruecksichtigt", lang="de", company="",
        contact="s.krueger@fab-berlin.example.de",
        frm=("Sabine Krüger", "s.krueger@fab-berlin.example.de"),
        subject="Ihre Anmeldung zum Zertifikatskurs E-Learning-Design",
        date="2026-08-28 10:30 +0200",
        text="""Sehr geehrte Frau Quispe-Lindqvist,

vielen Dank für Ihre Bewerbung um einen Platz im berufsbegleitenden Zertifikatskurs
E-Learning-Design (Herbstsemester 2026).

Leider konnten wir Ihre Bewerbung nicht berücksichtigen: Der Kurs ist aus Mitteln des Landes
gefördert und steht ausschließlich Personen mit Wohnsitz in Berlin offen. Sobald Sie in Berlin
gemeldet sind, können Sie sich gern für das Frühjahrssemester 2027 anmelden.

Mit freundlichen Grüßen
Sabine Krüger
Weiterbildungszentrum der Freien Akademie Berlin
""",
    ),
    # --- more lists and notices
    dict(
        kind="other", slug="boletin_talentia_ofertas", lang="es", company="", contact="",
        frm=("Talentia Consultores", "boletin@talentia.example.cl"),
        subject="Boletín Talentia – mayo: ofertas laborales y tendencias",
        date="2026-05-04 09:00 -0400",
        text=newsletter_text(TALENTIA_ITEMS, TALENTIA_INTRO, TALENTIA_FOOT),
        html=newsletter("Talentia Consultores", "#0e7490", TALENTIA_ITEMS, TALENTIA_INTRO,
                        TALENTIA_FOOT, "es"),
        headers=[unsub("https://talentia.example.cl/boletin/baja",
                       "baja@talentia.example.cl"),
                 ("List-Id", "Boletin Talentia <boletin.talentia.example.cl>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", slug="empleos_uy_ofertas_para_vos", lang="es", company="", contact="",
        frm=("Empleos Uy", "avisos@empleos-uy.example.com.uy"),
        subject="Nuevas ofertas de empleo para vos",
        date="2026-04-08 08:30 -0300",
        text=newsletter_text(UY_ITEMS, UY_INTRO, UY_FOOT),
        html=newsletter("Empleos Uy", "#0284c7", UY_ITEMS, UY_INTRO, UY_FOOT, "es"),
        headers=[unsub("https://empleos-uy.example.com.uy/avisos/baja",
                       "baja@empleos-uy.example.com.uy"),
                 ("List-Id", "Avisos Empleos Uy <avisos.empleos-uy.example.com.uy>")],
    ),
    dict(
        kind="other", slug="meetup_diseno_instruccional", lang="es", company="", contact="",
        frm=("Encuentros", "info@encuentros.example.com"),
        subject="Confirmaste tu asistencia: Diseño Instruccional Santiago #14",
        date="2026-07-22 20:10 -0400",
        text="""¡Listo, Carmen! Tienes un lugar reservado.

Diseño Instruccional Santiago #14: "De la sala de clases al e-learning"
Jueves 30 de julio, 19:00
Espacio Colaborativo Barrio Italia, Santiago

Habrá dos charlas cortas y un panel con personas que cambiaron de la docencia a equipos de
aprendizaje en empresas. Al final, ronda de networking con empresas que están contratando.

¿No puedes ir? Libera tu lugar: https://encuentros.example.com/e/di-santiago-14/rsvp

Encuentros · Dejar de recibir avisos de este grupo: https://encuentros.example.com/baja
""",
        html=simple("es"),
        headers=[unsub("https://encuentros.example.com/baja",
                       "baja@encuentros.example.com"),
                 ("List-Id", "Diseno Instruccional Santiago <di-santiago.encuentros.example.com>")],
    ),
    dict(
        kind="other", slug="boletin_docente_concursos", lang="es", company="", contact="",
        frm=("Boletín Docente", "boletin@educacion.example.cl"),
        subject="Boletín Docente – agosto 2026",
        date="2026-08-03 10:00 -0400",
        text=newsletter_text(BOLETIN_ITEMS, BOLETIN_INTRO, BOLETIN_FOOT),
        html=newsletter("Boletín Docente", "#1d4ed8", BOLETIN_ITEMS, BOLETIN_INTRO,
                        BOLETIN_FOOT, "es"),
        headers=[unsub("https://educacion.example.cl/boletin/baja",
                       "baja@educacion.example.cl"),
                 ("List-Id", "Boletin Docente <boletin.educacion.example.cl>"),
                 ("Precedence", "bulk")],
    ),
    dict(
        kind="other", slug="encuesta_experiencia_candidata", lang="es", company="",
        contact="",
        frm=("Ñandú Learning", "no-reply@us.greenhouse-mail.io"),
        subject="¿Cómo fue tu experiencia con nuestro proceso de selección?",
        date="2026-02-20 15:00 +0000",
        text="""Hola Carmen,

Hace poco participaste en un proceso de selección de Ñandú Learning. Queremos mejorar, y tu
opinión nos ayuda un montón.

¿Nos regalás dos minutos para responder esta encuesta anónima?
https://survey.greenhouse.io/nandu-learning/candidate-experience

Todas las respuestas son confidenciales y no influyen en ninguna postulación actual o futura.

¡Gracias!
Equipo de Talento de Ñandú Learning
""",
        html=card("Ñandú Learning", "#0f766e", "es"),
    ),
    dict(
        kind="other", slug="clase_aleman_reprogramada", lang="es", company="",
        contact="katja@sprachschuleandes.example.cl",
        frm=("Katja Müller", "katja@sprachschuleandes.example.cl"),
        subject="Tu clase de alemán del jueves se mueve",
        date="2026-07-07 18:45 -0400",
        text="""Hola Carmen:

Te escribo porque tengo que mover nuestra clase individual del jueves 9: tengo el examen de
certificación de un grupo a esa hora. ¿Te parece el viernes 10 a las 19:00, o el sábado a las
11:00? Seguimos con la unidad de "Vorstellungsgespräch", que te va a servir para Berlín.

Liebe Grüße,
Katja
Sprachschule Andes · Providencia
""",
    ),
]
