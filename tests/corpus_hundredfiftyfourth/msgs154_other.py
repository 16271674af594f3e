"""Corpus 154, other: 52 hand-written messages (es 28, en 10, fr 7, de 7) — the candidate's own
mail, digests and newsletters, notifications, out-of-office replies and mail of other worlds."""

from __future__ import annotations

from msgs154_common import ME, M, forward_block, news_html, news_text, outlook_block, reply_quote

OTHER = "other"


def listhdr(list_id: str, unsubscribe: str, precedence: bool = True) -> dict[str, str]:
    headers = {"List-Id": list_id,
               "List-Unsubscribe": f"<{unsubscribe}>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    if precedence:
        headers["Precedence"] = "bulk"
    return headers


# --- digests and newsletters (text and HTML written here, laid out by the shells) ----------

CHAMBA_ITEMS = [
    ("Analista de Cumplimiento PLAFT – entidad financiera (San Isidro)",
     "https://chambaya.example.pe/empleo/88120",
     "Publicado hace 2 días · 3 años de experiencia en monitoreo · Entrevistas desde el 20/01"),
    ("Asistente de Prevención de Fraude – aseguradora (Miraflores)",
     "https://chambaya.example.pe/empleo/88177",
     "Publicado hoy · Práctica profesional o recién egresada"),
    ("Ejecutivo de Debida Diligencia – minera (Arequipa)",
     "https://chambaya.example.pe/empleo/88203",
     "Publicado ayer · Disponibilidad para viajar a unidades"),
    ("Consejo de la semana: ¿qué hacer si te rechazan después de la entrevista final?",
     "https://chambaya.example.pe/blog/rechazo-entrevista-final",
     "Pide retroalimentación, actualiza tu CV y sigue postulando: lo que dicen los reclutadores."),
]
CHAMBA_INTRO = """Hola Renata, estas son las ofertas nuevas que coinciden con tu alerta «cumplimiento Lima»."""
CHAMBA_FOOT = """Recibes este correo porque creaste una alerta en ChambaYa.
Dejar de recibir alertas: https://chambaya.example.pe/alertas/baja?u=rqa-5521
ChambaYa S.A.C. · Av. Canaval y Moreyra 380, San Isidro, Lima"""

MIAMI_ITEMS = [
    ("BSA/AML Analyst II - community bank, Coral Gables", "https://jobhub.example.com/j/551902",
     "Posted 1 day ago · $60K-$72K · Interviews being scheduled this week"),
    ("KYC Onboarding Specialist (Spanish required) - fintech, Brickell",
     "https://jobhub.example.com/j/551944", "Posted 3 days ago · Hybrid"),
    ("Sanctions Screening Analyst - insurer, Doral", "https://jobhub.example.com/j/552010",
     "Posted 5 days ago · Contract, 12 months"),
    ("Read: Why you got rejected after a great interview (and what to do next)",
     "https://jobhub.example.com/blog/rejected-after-great-interview",
     "Five recruiters explain the real reasons behind a \"no\"."),
]
MIAMI_INTRO = """Renata, 3 new jobs match your alert "AML analyst - Miami, FL"."""
MIAMI_FOOT = """You are receiving this because you saved a job alert on JobHub.
Unsubscribe: https://jobhub.example.com/alerts/unsubscribe?id=77f1
JobHub Inc., 500 Biscayne Blvd, Miami, FL 33132"""

CARRERA_ITEMS = [
    ("Cómo afrontar un rechazo sin perder la motivación",
     "https://carreracumplimiento.example.es/articulos/afrontar-rechazo",
     "Un «lamentamos comunicarte» no es una sentencia. Cinco hábitos para seguir adelante."),
    ("Preguntas trampa en la entrevista de un puesto AML",
     "https://carreracumplimiento.example.es/articulos/preguntas-entrevista-aml",
     "De «¿qué harías si tu jefe te pide cerrar una alerta?» a los casos de pitufeo."),
    ("Ofertas destacadas: 14 vacantes de cumplimiento normativo en Madrid",
     "https://carreracumplimiento.example.es/empleo",
     "Banca, seguros y entidades de pago."),
]
CARRERA_INTRO = """¡Hola!

Este mes hablamos de lo que nadie cuenta: qué hacer cuando una candidatura termina en un no, y cómo preparar la próxima entrevista para que el resultado sea otro."""
CARRERA_FOOT = """Carrera en Cumplimiento – boletín mensual, n.º 41
Te has suscrito en carreracumplimiento.example.es. Darte de baja: https://carreracumplimiento.example.es/baja"""

KOMPASS_ITEMS = [
    ("Absagen richtig lesen: Was steht zwischen den Zeilen?",
     "https://karriere-kompass.example.ch/artikel/absagen-lesen",
     "«Leider müssen wir Ihnen mitteilen» – und was es wirklich bedeutet."),
    ("Vorstellungsgespräch per Video: die zehn häufigsten Pannen",
     "https://karriere-kompass.example.ch/artikel/video-interview-pannen",
     "Von der falschen Zeitzone bis zum stummen Mikrofon."),
    ("Stellenmarkt: 22 neue Compliance-Stellen in Zürich und Zug",
     "https://karriere-kompass.example.ch/stellen/compliance", "Banken, Versicherungen, Fintechs."),
]
KOMPASS_INTRO = """Guten Tag

In dieser Ausgabe geht es um Absagen, Zwischenbescheide und um die Frage, wann sich ein Nachfassen lohnt."""
KOMPASS_FOOT = """Karriere-Kompass Newsletter · Ausgabe Juni 2026
Abmelden: https://karriere-kompass.example.ch/newsletter/abmelden"""

EMPLOI_ITEMS = [
    ("Analyste KYC (H/F) – fonds d'investissement, Kirchberg",
     "https://emploi-finance.example.lu/offre/31877", "CDI · Anglais et français requis"),
    ("Chargé(e) de conformité LBC/FT – banque privée, Luxembourg-Ville",
     "https://emploi-finance.example.lu/offre/31902", "CDI · Entretiens prévus début septembre"),
    ("Juriste conformité junior – assurance vie, Strassen",
     "https://emploi-finance.example.lu/offre/31911", "CDD 12 mois"),
]
EMPLOI_INTRO = """Bonjour Renata,

Voici les nouvelles offres correspondant à votre alerte « conformité – Luxembourg »."""
EMPLOI_FOOT = """Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Finance Luxembourg.
Se désabonner : https://emploi-finance.example.lu/alertes/desabonnement?c=9e2"""

LADDER_TEXT = """THE COMPLIANCE LADDER — Issue #58

5 questions AML interviewers always ask (and how to answer them)

1. "Walk me through how you'd investigate an alert." Start with the customer profile, then the activity, then your conclusion. Interviewers want structure, not jargon.

2. "Tell me about a time you escalated something." Front-line staff have great stories here: a customer splitting cash deposits, a nervous third party at the counter.

3. "What's the difference between a CTR and a SAR?" Know it cold.

4. "Why compliance, why now?" Be honest about the career change.

5. "Do you have questions for us?" Ask about alert volumes and QA, never only about salary.

Missed a position you wanted? Our next issue covers how to ask for feedback after a rejection.

Read online: https://complianceladder.example.com/issues/58
Unsubscribe: https://complianceladder.example.com/unsubscribe?s=rqa
The Compliance Ladder, 1200 Ponce de Leon Blvd, Coral Gables, FL 33134"""

PLAFT_DIGEST = """Comunidad PLAFT Perú – Resumen diario
Mensajes de hoy: 3

1. Re: ¿Alguien dio el examen de oficial de cumplimiento de la SBS?
   De: Kevin Rojas
   Yo lo di en marzo. Ojo con las preguntas de la Resolución 789-2018; a mí me rechazaron la primera vez por dos puntos.

2. Convocatoria: Analista de Monitoreo – caja municipal en Trujillo
   De: Sandra Meléndez
   Buscan a alguien con un año de experiencia. Entrevistas la próxima semana; me pueden escribir por interno.

3. Re: Cómo preparar la entrevista técnica
   De: Luis Alberto Huertas
   Lleven ejemplos de operaciones inusuales de su propia agencia (anonimizadas). Siempre preguntan eso.

--
Comunidad PLAFT Perú · plaft-peru@listas.example.pe
Para darte de baja, envía un correo a plaft-peru-baja@listas.example.pe"""


MESSAGES = [
    # ---- the candidate's own mail: always other, contact empty -------------------------
    M(OTHER, "own_confirms_andino_interview", "es",
      frm=ME, to=[("Carla Benavides", "carla.benavides@bancoandino.example.pe")],
      tag="andino-conf", reply="andino-inv",
      subject="RE: Invitación a entrevista – Analista de Prevención de Lavado de Activos",
      date="2026-02-17 18:02 -0500",
      text="""Estimada Carla:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del martes 24 a las 10:00 a. m.

Saludos cordiales,
Renata Quispe-Albrecht
Cel. 987 115 402

""" + reply_quote("es", "mar, 17 feb 2026 a las 16:20", "Carla Benavides (<carla.benavides@bancoandino.example.pe>)", """Estimada Renata:

Luego de revisar su postulación para el puesto de Analista de Prevención de Lavado de Activos (R-10482), nos complace invitarla a una entrevista por competencias con mi persona y con el Sr. Raúl Gallardo, Jefe de Monitoreo Transaccional.

Fecha: martes 24 de febrero de 2026
Hora: 10:00 a. m. (hora de Lima)""")),

    M(OTHER, "own_thanks_andino", "es",
      frm=ME, to=[("Carla Benavides", "carla.benavides@bancoandino.example.pe")],
      tag="andino-thanks", reply="andino-move",
      subject="Gracias por la entrevista – Analista de Prevención de Lavado de Activos",
      date="2026-02-25 19:40 -0500", cte="8bit",
      text="""Estimada Carla:

Muchas gracias por la entrevista de hoy con usted y con el Sr. Gallardo. Me gustó mucho conocer cómo trabaja la Unidad de Cumplimiento y el proyecto de nuevas alertas para billeteras móviles y transferencias interbancarias.

Quedo atenta a los siguientes pasos y a cualquier información adicional que necesiten.

Saludos cordiales,
Renata Quispe-Albrecht"""),

    M(OTHER, "own_apology_limmatquai", "de",
      frm=ME, to=[("Sabine Kälin", "sabine.kaelin@limmatquai.example.ch")],
      tag="lq-sorry", reply="lq-missed",
      subject="Entschuldigung – Gespräch von heute",
      date="2026-05-19 10:02 -0500",
      text="""Sehr geehrte Frau Kälin

Es tut mir sehr leid: Ich hatte die Uhrzeit falsch umgerechnet und war um 09:00 Uhr Lima noch in der Filiale. Wäre ein neuer Termin möglich?

Freundliche Grüsse
Renata Quispe-Albrecht

""" + reply_quote("de", "Di., 19. Mai 2026 um 16:25", "Sabine Kälin <sabine.kaelin@limmatquai.example.ch>", """Herr Meier und ich haben heute um 16:00 Uhr im Teams-Meeting auf Sie gewartet, leider ohne Sie anzutreffen. Ist etwas dazwischengekommen?""")),

    M(OTHER, "own_asks_vertice_to_move", "es",
      frm=ME, to=[("Álvaro Méndez", "alvaro.mendez@verticetalent.example.es")],
      tag="vt-ask", reply="vt-inv",
      subject="RE: Entrevista Banco Meseta – Analista AML",
      date="2026-07-08 08:20 -0500", cte="base64",
      text="""Hola Álvaro, muchas gracias. ¿Sería posible mover la entrevista del martes? A esa hora estoy en ventanilla y no me dan permiso. El jueves o el viernes por la tarde de Madrid me vendrían perfecto.

Renata

""" + outlook_block("es", "Álvaro Méndez <alvaro.mendez@verticetalent.example.es>",
                    "martes, 7 de julio de 2026 12:15", "Renata Quispe-Albrecht <renata.qa@example.pe>",
                    "Entrevista Banco Meseta – Analista AML",
                    """La entrevista sería el martes 14 de julio a las 17:00 hora de Madrid (10:00 en Lima), por Teams, con Nuria Calvo, responsable del equipo de Monitorización.""")),

    M(OTHER, "own_thanks_coral", "en",
      frm=ME, to=[("Dana Whitfield", "dana.whitfield@coralgablestrust.example.com")],
      tag="coral-thanks", reply="coral-move",
      subject="Thank you - BSA/AML Analyst interview",
      date="2026-06-18 17:10 -0500",
      text="""Dear Dana,

Thank you for arranging today's interview with Mr. Bell, and I hope he is feeling better. I enjoyed learning about the team's new case management system and I'm very excited about the role.

Please let me know if you need references or anything else from me.

Best regards,
Renata Quispe-Albrecht
+51 987 115 402"""),

    M(OTHER, "own_apology_remesa", "en",
      frm=ME, to=[("Jordan Pike", "jordan.pike@remesalabs.example.com")],
      tag="rl-sorry", reply="rl-missed",
      subject="Re: Missed you this morning",
      date="2026-05-07 11:50 -0500",
      text="""Hi Jordan,

I'm so sorry about this morning. I had the time as 10:00 Lima instead of 10:00 Eastern and only saw your missed calls when I stepped out of the branch. Could we try again? Any time Friday works for me.

Best regards,
Renata

""" + reply_quote("en", "Thu, May 7, 2026 at 10:31 AM", "Jordan Pike <jordan.pike@remesalabs.example.com>", """I tried calling you twice at 10:00 ET for our intro call but it went to voicemail both times. Hope everything is okay!""")),

    M(OTHER, "own_application_lozano_cv_pdf", "es",
      frm=ME, to=[("Marta Lozano", "marta.lozano@lozanoibarra.example.es")], tag="li-app",
      subject="Candidatura – Analista de Prevención del Blanqueo de Capitales",
      date="2026-01-20 22:03 -0500",
      pdfs=[("CV_Renata_Quispe-Albrecht.pdf", "Renata Quispe-Albrecht - Curriculum Vitae",
             ["Lima, Peru - renata.qa@example.pe - +51 987 115 402",
              "2021-2026 Cajera / Representante de servicios, banca minorista, Lima",
              "2025-2026 Diplomado en Prevencion de Lavado de Activos y FT",
              "Idiomas: espanol (nativo), aleman (C1), ingles (C1), frances (B2)"])],
      text="""Estimada Sra. Lozano:

Le escribo para presentar mi candidatura al puesto de Analista de Prevención del Blanqueo de Capitales publicado en InfoJobs. Adjunto mi CV.

Llevo cinco años en atención en ventanilla en un banco de Lima, donde he detectado y reportado operaciones inusuales a la unidad de cumplimiento, y estoy terminando un diplomado en prevención del lavado de activos. Tengo la doble nacionalidad peruana y alemana, por lo que puedo trabajar en España sin necesidad de visado.

Un cordial saludo,
Renata Quispe-Albrecht"""),

    M(OTHER, "own_candidature_spontanee_pdf", "fr",
      frm=ME, to=[("Ressources humaines", "rh@banque-moselle-privee.example.lu")],
      subject="Candidature spontanée – Analyste conformité / LBC-FT",
      date="2026-02-26 20:40 -0500", cte="quoted-printable",
      pdfs=[("CV_Quispe-Albrecht_FR.pdf", "Renata Quispe-Albrecht - CV",
             ["Lima, Perou - renata.qa@example.pe",
              "Guichetiere, banque de detail (2021-2026)",
              "Diplome universitaire en prevention du blanchiment (2026)",
              "Langues : espagnol, allemand, anglais, francais"])],
      text="""Madame, Monsieur,

Guichetière depuis cinq ans dans une banque de détail à Lima, je souhaite évoluer vers la conformité et la lutte contre le blanchiment. Je me permets de vous adresser ma candidature spontanée pour un poste d'analyste au sein de votre département Compliance.

Au guichet, j'ai appris à repérer les opérations atypiques et à les signaler ; je termine actuellement un diplôme spécialisé en prévention du blanchiment. Je parle espagnol, allemand, anglais et français.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un échange.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Renata Quispe-Albrecht"""),

    M(OTHER, "own_asks_yapuy_for_time", "es",
      frm=ME, to=[("Mateo Salazar", "mateo.salazar@yapuy.example.pe")], reply="yapuy-offer",
      subject="Re: Lo que conversamos por teléfono",
      date="2026-04-29 08:30 -0500",
      text="""Hola Mateo:

¡Muchísimas gracias a ti y a Gabriela! Estoy muy contenta con la noticia.

Antes de firmar quisiera pedirles un par de días: tengo que conversar con mi jefa en el banco sobre el plazo de salida y tengo un proceso en el extranjero que se cierra esta semana. ¿Les parece bien si les respondo el lunes 4 de mayo?

Un abrazo,
Renata

""" + reply_quote("es", "mar, 28 abr 2026 a las 18:45", "Mateo Salazar (<mateo.salazar@yapuy.example.pe>)", """Como te adelantó Gabriela por teléfono hace un rato, ¡queremos que te sumes a Yapuy como Analista de Cumplimiento!""")),

    M(OTHER, "own_application_seefeld_de_pdf", "de",
      frm=ME, to=[("Seefeld Versicherungen Recruiting", "jobs@seefeld-vers.example.ch")],
      subject="Bewerbung als Compliance Officer Junior",
      date="2026-03-09 14:25 -0500", cte="quoted-printable",
      pdfs=[("Lebenslauf_Quispe-Albrecht.pdf", "Renata Quispe-Albrecht - Lebenslauf",
             ["Lima, Peru - renata.qa@example.pe - +51 987 115 402",
              "Kassiererin / Kundenberaterin, Retailbank, Lima (2021-2026)",
              "Diplomlehrgang Geldwaeschereipraevention (2026)",
              "Staatsangehoerigkeit: peruanisch und deutsch"])],
      text="""Sehr geehrte Damen und Herren

Mit grossem Interesse habe ich Ihre Ausschreibung für die Stelle als Compliance Officer Junior gelesen. Seit fünf Jahren arbeite ich am Schalter einer Retailbank in Lima und melde dort verdächtige Transaktionen an die Compliance-Abteilung.

Als Tochter eines peruanischen Vaters und einer deutschen Mutter spreche ich Deutsch auf muttersprachlichem Niveau und besitze die deutsche Staatsangehörigkeit. Meinen Lebenslauf finden Sie im Anhang.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Freundliche Grüsse
Renata Quispe-Albrecht"""),

    M(OTHER, "own_application_quillayes", "es",
      frm=ME, to=[("Consuelo Vergara", "consuelo.vergara@quillayes.example.cl")],
      tag="quill-app",
      subject="Postulación – Analista de Compliance (Santiago)",
      date="2026-04-07 21:16 -0500",
      text="""Estimada Consuelo:

Adjunto mi CV para el cargo de Analista de Compliance publicado en su página. Trabajo hace cinco años como cajera en un banco de Lima y estoy terminando el diplomado en Prevención de Lavado de Activos.

Saludos,
Renata"""),

    # ---- digests, newsletters, career advice ----------------------------------------
    M(OTHER, "chambaya_job_alert_digest", "es",
      frm=("ChambaYa Alertas", "alertas@chambaya.example.pe"),
      subject="3 nuevas ofertas para «cumplimiento Lima» y un consejo tras un rechazo",
      date="2026-01-17 07:00 -0500", cte="quoted-printable",
      headers=listhdr("ChambaYa alertas de empleo <alertas.chambaya.example.pe>",
                      "https://chambaya.example.pe/alertas/baja?u=rqa-5521"),
      text=news_text("Tus alertas de ChambaYa", CHAMBA_ITEMS, CHAMBA_INTRO, CHAMBA_FOOT),
      html=news_html("Tus alertas de ChambaYa", CHAMBA_ITEMS, CHAMBA_INTRO, CHAMBA_FOOT,
                     color="#e4572e")),

    M(OTHER, "jobhub_miami_alert_html_only", "en",
      frm=("JobHub Alerts", "alerts@jobhub.example.com"),
      subject="3 new AML analyst jobs in Miami, FL",
      date="2026-05-27 06:15 -0400", html_only=True, cte="base64",
      headers=listhdr("JobHub job alerts <alerts.jobhub.example.com>",
                      "https://jobhub.example.com/alerts/unsubscribe?id=77f1"),
      html=news_html("Your JobHub alert", MIAMI_ITEMS, MIAMI_INTRO, MIAMI_FOOT, lang="en",
                     color="#1b4d89")),

    M(OTHER, "carrera_cumplimiento_newsletter", "es",
      frm=("Carrera en Cumplimiento", "newsletter@carreracumplimiento.example.es"),
      subject="Cómo afrontar un rechazo (y preparar la próxima entrevista)",
      date="2026-04-02 08:00 +0200",
      headers=listhdr("Carrera en Cumplimiento <boletin.carreracumplimiento.example.es>",
                      "https://carreracumplimiento.example.es/baja"),
      text=news_text("Carrera en Cumplimiento – abril", CARRERA_ITEMS, CARRERA_INTRO,
                     CARRERA_FOOT),
      html=news_html("Carrera en Cumplimiento – abril", CARRERA_ITEMS, CARRERA_INTRO,
                     CARRERA_FOOT, color="#6a1b9a")),

    M(OTHER, "karriere_kompass_newsletter", "de",
      frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.ch"),
      subject="Absagen richtig lesen – und wann Nachfassen lohnt",
      date="2026-06-04 07:30 +0200", cte="quoted-printable",
      headers=listhdr("Karriere-Kompass Newsletter <news.karriere-kompass.example.ch>",
                      "https://karriere-kompass.example.ch/newsletter/abmelden"),
      text=news_text("Karriere-Kompass", KOMPASS_ITEMS, KOMPASS_INTRO, KOMPASS_FOOT),
      html=news_html("Karriere-Kompass", KOMPASS_ITEMS, KOMPASS_INTRO, KOMPASS_FOOT,
                     lang="de", color="#c62828")),

    M(OTHER, "emploi_finance_lu_alert", "fr",
      frm=("Emploi Finance Luxembourg", "alertes@emploi-finance.example.lu"),
      subject="Nouvelles offres : conformité – Luxembourg",
      date="2026-08-11 06:45 +0200",
      headers=listhdr("Alertes Emploi Finance <alertes.emploi-finance.example.lu>",
                      "https://emploi-finance.example.lu/alertes/desabonnement?c=9e2"),
      text=news_text("Vos alertes emploi", EMPLOI_ITEMS, EMPLOI_INTRO, EMPLOI_FOOT),
      html=news_html("Vos alertes emploi", EMPLOI_ITEMS, EMPLOI_INTRO, EMPLOI_FOOT,
                     lang="fr", color="#00677f")),

    M(OTHER, "compliance_ladder_interview_questions", "en",
      frm=("The Compliance Ladder", "news@complianceladder.example.com"),
      subject="5 questions AML interviewers always ask",
      date="2026-03-12 09:00 -0400",
      headers=listhdr("The Compliance Ladder <issues.complianceladder.example.com>",
                      "https://complianceladder.example.com/unsubscribe?s=rqa"),
      text=LADDER_TEXT, layout=("simple", {})),

    M(OTHER, "plaft_community_list_digest", "es",
      frm=("Comunidad PLAFT Perú", "plaft-peru@listas.example.pe"),
      to=[("Comunidad PLAFT Perú", "plaft-peru@listas.example.pe")],
      subject="[PLAFT-Peru] Resumen diario, vol. 112, n.º 14",
      date="2026-05-14 23:59 -0500", cte="8bit",
      headers={"List-Id": "Comunidad PLAFT Peru <plaft-peru.listas.example.pe>",
               "List-Post": "<mailto:plaft-peru@listas.example.pe>",
               "List-Unsubscribe": "<mailto:plaft-peru-baja@listas.example.pe>",
               "Precedence": "list"},
      text=PLAFT_DIGEST),

    M(OTHER, "opinaempleo_interview_reviews", "es",
      frm=("OpinaEmpleo", "notificaciones@opinaempleo.example.com"),
      subject="Nuevas opiniones de entrevistas en Banco Andino del Pacífico",
      date="2026-02-21 10:30 -0500",
      headers=listhdr("OpinaEmpleo novedades <novedades.opinaempleo.example.com>",
                      "https://opinaempleo.example.com/preferencias?u=rqa"),
      layout=("card", {"brand": "OpinaEmpleo", "color": "#0caa41",
                      "footer": "Cambia tus preferencias: https://opinaempleo.example.com/preferencias?u=rqa"}),
      text="""Hola, Renata:

Hay 4 opiniones nuevas sobre procesos de selección en una empresa que sigues.

«Analista de Riesgos – dos entrevistas y una prueba de Excel. Me rechazaron al final pero el trato fue bueno.» – Lima, enero 2026

«Cajero – entrevista grupal corta. Te llaman en una semana si pasas.» – Arequipa, diciembre 2025

Lee todas las opiniones: https://opinaempleo.example.com/empresa/banco-andino/entrevistas

El equipo de OpinaEmpleo"""),

    M(OTHER, "mum_forwards_job_ad", "es",
      frm=("Ingrid Albrecht", "ingrid.albrecht@correo.example.pe"), contact="ingrid.albrecht@correo.example.pe",
      subject="Fwd: Convocatoria Oficial de Cumplimiento – Caja del Centro",
      date="2026-03-28 09:14 -0500", cte="8bit",
      text="""Hijita, mira esto que me pasó la señora Carmen de la iglesia, su sobrino trabaja ahí. Dice que todavía están recibiendo CV. Besos, mamá

""" + forward_block("es", "Carmen Vílchez <carmenvilchez@correo.example.pe>", "vie, 27 mar 2026, 20:02",
                    "Convocatoria Oficial de Cumplimiento – Caja del Centro", "Ingrid Albrecht <ingrid.albrecht@correo.example.pe>",
                    """CONVOCATORIA
Caja del Centro busca Oficial de Cumplimiento Adjunto para su sede de Huancayo.
Requisitos: bachiller en Economía, Derecho o afines; experiencia mínima de 2 años en PLAFT.
Enviar CV hasta el 10 de abril. Los preseleccionados serán citados a entrevista.""")),

    # ---- notifications ---------------------------------------------------------------
    M(OTHER, "prored_profile_views_es", "es",
      frm=("ProRed", "notificaciones@prored.example.com"),
      subject="Renata, una reclutadora de Banco Austral de Chile vio tu perfil",
      date="2026-07-03 12:01 -0500", cte="quoted-printable",
      headers=listhdr("ProRed notificaciones <notifications.prored.example.com>",
                      "https://prored.example.com/ajustes/correo?t=es-9911", precedence=False),
      layout=("card", {"brand": "ProRed", "color": "#0a66c2",
                      "footer": "ProRed Corporation · Darse de baja: https://prored.example.com/ajustes/correo?t=es-9911"}),
      text="""Renata, tu perfil está llamando la atención

Una reclutadora de Banco Austral de Chile vio tu perfil.
Apareciste en 18 búsquedas esta semana.

Empleos que te pueden interesar:
- Analista PLAFT – Lima (publicado hace 2 días)
- Especialista KYC – Santiago (candidatura sencilla)

Ver todo: https://prored.example.com/notificaciones"""),

    M(OTHER, "prored_search_appearances_en", "en",
      frm=("ProRed", "notifications@prored.example.com"),
      subject="You appeared in 12 searches this week",
      date="2026-08-31 09:12 -0400", html_only=True,
      headers=listhdr("ProRed notifications <notifications.prored.example.com>",
                      "https://prored.example.com/settings/email?t=en-1430", precedence=False),
      layout=("card", {"brand": "ProRed", "color": "#0a66c2",
                      "footer": "ProRed Corporation · Unsubscribe: https://prored.example.com/settings/email?t=en-1430"}),
      text="""Renata, you appeared in 12 searches this week

Searchers came from: Biscayne Ledger, Keystone Staffing Group, a Big Four firm.

Jobs you may be interested in:
- Financial Crimes Analyst - Miami, FL (Easy Apply)
- AML Investigator (Spanish) - Remote

See all: https://prored.example.com/me/search-appearances"""),

    M(OTHER, "prored_neue_jobs_de", "de",
      frm=("ProRed", "notifications@prored.example.com"),
      subject="Neue Jobs für Sie: Compliance Analyst in Zürich",
      date="2026-09-10 08:05 +0200", cte="base64",
      headers=listhdr("ProRed Benachrichtigungen <notifications.prored.example.com>",
                      "https://prored.example.com/einstellungen/email?t=de-2204", precedence=False),
      text="""Hallo Renata

Basierend auf Ihrem Profil haben wir 4 neue Stellen gefunden:

- Compliance Analyst (KYC) – Fintech, Zürich – vor 1 Tag
- AML Specialist 80 % – Privatbank, Zürich – Bewerbungsgespräche ab Oktober
- Junior Compliance Officer – Versicherung, Winterthur – vor 3 Tagen
- Sanctions Analyst – Rohstoffhändler, Zug – vor 5 Tagen

Alle ansehen: https://prored.example.com/jobs/empfehlungen

Benachrichtigungen abbestellen: https://prored.example.com/einstellungen/email?t=de-2204"""),

    M(OTHER, "prored_invitations_fr", "fr",
      frm=("ProRed", "notifications@prored.example.com"),
      subject="Vous avez 2 nouvelles invitations",
      date="2026-09-21 18:40 +0200",
      headers=listhdr("ProRed notifications <notifications.prored.example.com>",
                      "https://prored.example.com/parametres/email?t=fr-5120", precedence=False),
      text="""Bonjour Renata,

Vous avez 2 invitations en attente :
- Nathalie Weber, Talent Acquisition Specialist chez Kirchberg Fund Services
- Marc Thill, Head of AML Operations

Accepter : https://prored.example.com/invitations

Se désabonner : https://prored.example.com/parametres/email?t=fr-5120"""),

    # ---- podcast, press, user research -------------------------------------------------
    M(OTHER, "podcast_interview_request", "es",
      frm=("Valeria Cárdenas", "valeria@finanzasconproposito.example.pe"),
      contact="valeria@finanzasconproposito.example.pe",
      subject="Invitación a una entrevista en el podcast «Finanzas con Propósito»",
      date="2026-06-05 15:50 -0500", cte="quoted-printable",
      text="""Hola Renata:

Te escribo de Finanzas con Propósito, un podcast sobre carreras en el sistema financiero peruano. Leímos tu publicación en ProRed sobre pasar de la ventanilla a cumplimiento y nos encantaría entrevistarte para un episodio.

La grabación es por Zoom, dura unos 40 minutos y se puede hacer cualquier tarde de la segunda quincena de junio. No hay que preparar nada, solo contar tu experiencia.

¿Te animas? Responde a este correo y coordinamos.

Un abrazo,
Valeria Cárdenas
Conductora – Finanzas con Propósito"""),

    M(OTHER, "press_interview_request_fr", "fr",
      frm=("Julien Becker", "j.becker@lequotidien-lux.example.lu"),
      contact="j.becker@lequotidien-lux.example.lu",
      subject="Demande d'entretien – article sur les profils latino-américains",
      date="2026-10-12 11:20 +0200",
      text="""Bonjour Madame Quispe-Albrecht,

Je prépare pour Le Quotidien du Kirchberg un article sur les professionnels latino-américains qui rejoignent la place financière luxembourgeoise. Votre parcours, du guichet bancaire à Lima à la conformité, m'a été signalé par une connaissance commune.

Accepteriez-vous un entretien d'une trentaine de minutes, par téléphone ou en visio, dans les deux prochaines semaines ? L'article paraîtra en novembre ; vous pourrez relire vos citations avant publication.

Bien cordialement,
Julien Becker
Journaliste, rubrique Économie
Le Quotidien du Kirchberg"""),

    M(OTHER, "user_research_interview_invite", "en",
      frm=("Olivia Grant", "olivia.grant@walletapp.example.com"),
      contact="olivia.grant@walletapp.example.com",
      subject="Quick interview about how you send money home? ($50 gift card)",
      date="2026-08-26 13:00 -0400", layout=("simple", {}),
      text="""Hi Renata,

I'm a UX researcher at WalletApp. We're talking to people who send or receive money between Latin America and the US, and you signed up for our research panel last year.

Would you be open to a 45-minute video interview about how you use remittance apps? There are no right answers, we just want to learn from your experience. As a thank-you we'll send a $50 gift card.

Pick a time here: https://calendly.example.com/walletapp-research/45min

Thanks!
Olivia Grant
Senior UX Researcher, WalletApp"""),

    # ---- other worlds: parcels, GPS, bank, landlord, school, doctor -------------------
    M(OTHER, "parcel_delayed_unfortunately", "es",
      frm=("Envíos Rápidos", "no-reply@enviosrapidos.example.pe"),
      subject="Lamentablemente tu paquete está retrasado",
      date="2026-03-03 08:22 -0500", headers={"Auto-Submitted": "auto-generated"},
      layout=("card", {"brand": "Envíos Rápidos", "color": "#f2a900",
                      "footer": "Envíos Rápidos S.A. · Este correo se envió automáticamente."}),
      text="""Hola Renata:

Lamentablemente tu paquete ER-55120934PE está retrasado por el cierre temporal de la carretera Panamericana Sur.

Nueva fecha estimada de entrega: jueves 5 de marzo.

No necesitas hacer nada. Puedes seguir tu envío aquí: https://enviosrapidos.example.pe/rastreo/ER-55120934PE

Lamentamos las molestias."""),

    M(OTHER, "phone_finder_position", "es",
      frm=("Encuentra mi celular", "no-reply@encuentra.example.com"),
      subject="Se actualizó la posición de tu dispositivo",
      date="2026-05-19 09:47 -0500", headers={"Auto-Submitted": "auto-generated"},
      text="""Hola, Renata:

La posición de tu dispositivo «Celular de Renata» se actualizó hace 2 minutos.

Ubicación aproximada: Av. José Larco, Miraflores, Lima (precisión 25 m)
Batería: 14 %

Si no reconoces esta actividad, bloquea el dispositivo desde https://encuentra.example.com/dispositivos

Este mensaje se envió automáticamente."""),

    M(OTHER, "bank_branch_appointment_latin1", "es",
      frm=("Banco del Sur Andino", "no-reply@bancosurandino.example.pe"),
      subject="Confirmación de su cita en agencia",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-04-13 18:10 -0500", charset="iso-8859-1", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-generated"},
      text="""Estimada clienta:

Su cita para la apertura de una cuenta de ahorro en dólares ha sido registrada.

Agencia: Miraflores - Av. Benavides 410
Fecha: jueves 16 de abril de 2026
Hora: 11:30 a. m.

Le recomendamos llegar con 10 minutos de anticipación y traer su DNI. Si no puede asistir, puede reprogramar su cita en la banca por internet.

Banco del Sur Andino"""),

    M(OTHER, "landlord_technician_cp1252", "es",
      frm=("Alfonso Vera", "alfonso.vera@correo.example.pe"),
      contact="alfonso.vera@correo.example.pe",
      subject="Visita del técnico – departamento 502",
      date="2026-06-29 20:15 -0500", charset="windows-1252", cte="8bit",
      text="""Buenas noches, Renata:

Le comento que el técnico de la terma vendrá el jueves 2 entre las 9 y las 12. Lamentablemente no pude conseguir otro horario; si usted no va a estar, ¿podría dejarle la llave al portero?

También le recuerdo que el contrato vence el 31 de julio. Avíseme con tiempo si lo va a renovar, porque tengo una persona interesada en el departamento.

Saludos,
Alfonso Vera
Propietario – Calle Berlín 260, dpto. 502, Miraflores"""),

    M(OTHER, "school_meeting_with_tutor", "es",
      frm=("Paola Reátegui", "preategui@colegiolosolivos.example.pe"),
      contact="preategui@colegiolosolivos.example.pe",
      subject="Entrevista con la tutora – 3.er grado B",
      date="2026-04-22 14:05 -0500",
      text="""Estimada Sra. Quispe-Albrecht:

Le escribo para citarla a una entrevista con la tutoría de 3.er grado B, para conversar sobre el progreso de Ana Lucía en el primer bimestre. No se preocupe, es una entrevista de rutina que hacemos con todas las familias.

Tengo disponibles el lunes 27 o el martes 28 de abril, de 3:00 a 4:30 p. m., en el colegio o por Meet. Le agradeceré indicarme qué día le acomoda.

Atentamente,
Miss Paola Reátegui
Tutora de 3.er grado B – Colegio Los Olivos"""),

    M(OTHER, "clinic_appointment_rescheduled", "es",
      frm=("Clínica Miraflores Salud", "no-reply@clinicamiraflores.example.pe"),
      subject="Su cita ha sido reprogramada",
      date="2026-07-20 07:40 -0500", headers={"Auto-Submitted": "auto-generated"},
      layout=("card", {"brand": "Clínica Miraflores Salud", "color": "#00838f",
                      "footer": "Clínica Miraflores Salud · Av. Angamos Oeste 520, Miraflores · Central 615-9000"}),
      text="""Estimada paciente Renata Quispe-Albrecht:

Por motivos de agenda del médico, su cita de Dermatología con la Dra. Silvia Paredes del miércoles 22 de julio a las 5:00 p. m. ha sido reprogramada para el viernes 24 de julio a las 6:20 p. m.

Si el nuevo horario no le conviene, puede cambiarlo en la app o llamando a la central.

Clínica Miraflores Salud"""),

    M(OTHER, "bank_investment_position", "es",
      frm=("Banco del Sur Andino – Inversiones", "no-reply@bancosurandino.example.pe"),
      subject="Su posición consolidada al 30/09/2026",
      date="2026-10-03 06:00 -0500", cte="base64", headers={"Auto-Submitted": "auto-generated"},
      text="""Estimada clienta:

Ya está disponible el resumen de su posición consolidada al 30 de septiembre de 2026.

Depósito a plazo fijo (360 días): S/ 8,000.00 – tasa 5.10 %
Fondo mutuo Renta Conservadora: S/ 3,214.55
Cuenta de ahorro en dólares: US$ 642.10

Puede ver el detalle en la banca por internet, sección Inversiones > Posición.

Banco del Sur Andino"""),

    M(OTHER, "card_application_declined", "es",
      frm=("Banco del Sur Andino", "no-reply@bancosurandino.example.pe"),
      subject="Resultado de su solicitud de tarjeta de crédito",
      date="2026-08-04 17:30 -0500", headers={"Auto-Submitted": "auto-generated"},
      text="""Estimada Renata:

Gracias por solicitar la Tarjeta de Crédito Sur Andino Platinum.

Luego de evaluar su solicitud, lamentamos informarle que en esta oportunidad no ha sido aprobada. Podrá presentar una nueva solicitud dentro de 90 días.

Si desea conocer más, comuníquese con nuestra banca telefónica al (01) 311-9000.

Banco del Sur Andino"""),

    M(OTHER, "postgrad_admission_refused", "es",
      frm=("Admisión Posgrado UPS", "no-reply@upsur.example.pe"),
      subject="Resultado del proceso de admisión – Maestría en Cumplimiento y Gestión de Riesgos",
      subject_enc=("utf-8", "B"),
      date="2026-02-27 19:00 -0500", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-generated"},
      text="""Estimada postulante:

La Escuela de Posgrado de la Universidad del Pacífico Sur agradece su interés en la Maestría en Cumplimiento y Gestión de Riesgos.

Lamentamos comunicarle que, luego de la entrevista de admisión y la evaluación de su expediente, no ha obtenido una vacante en la promoción 2026-II. Puede volver a postular en la próxima convocatoria, que se abrirá en agosto.

Oficina de Admisión
Escuela de Posgrado – Universidad del Pacífico Sur"""),

    M(OTHER, "scholarship_not_awarded", "en",
      frm=("Daniel Reeves", "daniel.reeves@globalamlinstitute.example.org"),
      contact="daniel.reeves@globalamlinstitute.example.org",
      subject="Your application for the 2026 Emerging Professionals Scholarship",
      date="2026-05-29 10:00 -0400",
      text="""Dear Renata,

Thank you for applying for the Global AML Institute's 2026 Emerging Professionals Scholarship, which covers the certification course and exam fee.

We received over 900 applications for 40 places, and I'm sorry to tell you that your application was not selected this year. The committee was impressed by the number of applicants from front-line banking roles.

You are still welcome to enrol at the member rate, and next year's round opens in February.

Kind regards,
Daniel Reeves
Chair, Scholarship Committee
Global AML Institute"""),

    M(OTHER, "training_course_full_fr", "fr",
      frm=("Institut de Formation Bancaire", "ne-pas-repondre@ifb.example.lu"),
      subject="Votre inscription – Certificat en conformité LBC/FT (session d'octobre)",
      date="2026-09-09 12:00 +0200", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-generated"},
      text="""Madame,

Nous avons bien reçu votre demande d'inscription au Certificat en conformité LBC/FT, session d'octobre 2026.

Malheureusement, votre inscription n'a pas pu être retenue : le groupe est complet et la priorité est donnée aux salariés des établissements membres. Vous avez été placée sur liste d'attente et serez prévenue si une place se libère.

La prochaine session débutera en février 2027.

Institut de Formation Bancaire – Service des inscriptions"""),

    M(OTHER, "embassy_visa_interview_fr", "fr",
      frm=("Anne Muller", "anne.muller@consulat-lu-lima.example.lu"),
      contact="anne.muller@consulat-lu-lima.example.lu",
      subject="Votre rendez-vous – demande de visa de long séjour",
      date="2026-10-15 10:05 -0500",
      text="""Madame,

Votre rendez-vous pour le dépôt de votre demande d'autorisation de séjour est fixé au jeudi 22 octobre 2026 à 9h30, à la section consulaire.

Lors de cet entretien, merci de présenter votre passeport, l'original de votre contrat de travail ou promesse d'embauche, ainsi qu'un extrait de casier judiciaire apostillé.

En cas d'empêchement, merci de nous prévenir au moins 48 heures à l'avance.

Anne Muller
Section consulaire
Consulat honoraire du Grand-Duché de Luxembourg, Lima"""),

    M(OTHER, "parcel_delayed_de", "de",
      frm=("PaketBlitz", "noreply@paketblitz.example.de"),
      subject="Ihre Sendung verzögert sich leider",
      date="2026-07-09 06:50 +0200", headers={"Auto-Submitted": "auto-generated"},
      text="""Guten Tag Renata Quispe-Albrecht

Leider verzögert sich die Zustellung Ihrer internationalen Sendung 00340434161094052317 um voraussichtlich 5 Werktage, da die Zollabfertigung in Lima noch nicht abgeschlossen ist.

Neue voraussichtliche Zustellung: 16.07.2026

Sendungsverfolgung: https://paketblitz.example.de/verfolgen/00340434161094052317

Ihr PaketBlitz-Team"""),

    M(OTHER, "stay_host_cancelled_en", "en",
      frm=("StayFinder", "automated@stayfinder.example.com"),
      subject="Unfortunately, your host had to cancel your reservation",
      date="2026-06-11 22:14 -0400", headers={"Auto-Submitted": "auto-generated"},
      layout=("card", {"brand": "StayFinder", "color": "#ff385c",
                      "footer": "StayFinder, Inc. · 888 Brannan St, San Francisco, CA"}),
      text="""Hi Renata,

We're sorry: your host had to cancel your reservation at "Sunny studio near Brickell" for June 29 - July 2. You've received a full refund of $412.60 to your original payment method.

We've added a $40 travel credit to your account. Here are similar places available for your dates: https://stayfinder.example.com/s/miami?checkin=2026-06-29

The StayFinder team"""),

    # ---- out-of-office replies (Auto-Submitted: auto-replied) ---------------------------
    M(OTHER, "ooo_dana_coral", "en",
      frm=("Dana Whitfield", "dana.whitfield@coralgablestrust.example.com"),
      contact="dana.whitfield@coralgablestrust.example.com", reply="coral-thanks",
      subject="Automatic reply: Thank you - BSA/AML Analyst interview",
      date="2026-06-18 18:10 -0400",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text="""Thank you for your email. I am out of the office until Monday, June 22, with limited access to email. For anything related to interview scheduling, please contact Rob Delgado at rob.delgado@coralgablestrust.example.com.

Dana Whitfield
Talent Acquisition Partner, Coral Gables Trust"""),

    M(OTHER, "ooo_gonzalo_talento_norte", "es",
      frm=("Gonzalo Ibáñez", "gonzalo.ibanez@talentonorte.example.pe"),
      contact="gonzalo.ibanez@talentonorte.example.pe",
      subject="Respuesta automática: Consulta sobre procesos abiertos",
      date="2026-07-27 09:02 -0500",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text="""Hola, gracias por tu mensaje.

Estaré fuera de la oficina por vacaciones hasta el lunes 10 de agosto, sin acceso regular al correo. Para temas de postulaciones y entrevistas en curso, por favor escribe a Fiorella Campos (fiorella.campos@talentonorte.example.pe).

Saludos,
Gonzalo Ibáñez – Talento Norte Consultores"""),

    M(OTHER, "ooo_gasser_abwesenheit", "de",
      frm=("Thomas Gasser", "t.gasser@alpinsearch.example.ch"),
      contact="t.gasser@alpinsearch.example.ch",
      subject="Abwesenheitsnotiz: Rückfrage Mandat Privatbank",
      date="2026-08-03 15:30 +0200", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-replied"},
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis und mit 14. August 2026 abwesend und habe nur sporadisch Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +41 43 500 22 40.

Beste Grüsse
Thomas Gasser
Alpin Search Partners"""),

    M(OTHER, "ooo_kremer_absence", "fr",
      frm=("Sophie Kremer", "sophie.kremer@interimgd.example.lu"),
      contact="sophie.kremer@interimgd.example.lu",
      subject="Réponse automatique : absence du bureau",
      date="2026-10-14 08:00 +0200",
      headers={"Auto-Submitted": "auto-replied"},
      text="""Bonjour,

Je suis absente jusqu'au lundi 19 octobre inclus. Votre message sera traité à mon retour.

Pour toute urgence concernant une mission en cours, vous pouvez joindre l'agence au +352 40 22 15 30.

Cordialement,
Sophie Kremer
Intérim Grand-Duché"""),

    # ---- people: friends, former colleagues, cold approaches ---------------------------
    M(OTHER, "friend_tells_own_rejection", "es",
      frm=("Milagros Chávez", "milagros.chavez@correo.example.pe"),
      contact="milagros.chavez@correo.example.pe",
      subject="te cuento lo del banco :(",
      date="2026-03-11 22:40 -0500", cte="8bit",
      text="""Rena!!

Ya me respondieron del banco... me rechazaron. Después de tres entrevistas y la prueba psicológica, me mandan un correo de dos líneas diciendo que “siguieron con otros candidatos”. Ni una llamada.

Estoy un poco bajoneada pero bueno, a seguir. ¿Y a ti cómo te fue con lo del Andino? Cuéntame todo.

¿Nos vemos el sábado para el lonche?

Mila"""),

    M(OTHER, "friend_madrid_interview_disaster", "es",
      frm=("Lucía Ferrándiz", "lucia.ferrandiz@correo.example.es"),
      contact="lucia.ferrandiz@correo.example.es",
      subject="Mi entrevista de ayer fue un desastre",
      date="2026-07-17 23:05 +0200",
      text="""Hola guapa:

Te escribo porque sé que tú también estás con entrevistas y necesito desahogarme. Ayer tenía la segunda ronda en la aseguradora y se me colgó el portátil a los diez minutos. Cuando conseguí volver a entrar, la entrevistadora ya tenía otra reunión. Me han dicho que "ya me dirán algo", que en Madrid significa que no.

¿Qué tal te fue a ti con lo de Banco Meseta? Si vienes a España en otoño, ¡te invito a unas cañas!

Besos,
Lucía"""),

    M(OTHER, "former_colleague_reference_request", "es",
      frm=("Ignacio Fuentes", "ignacio.fuentes@correo.example.cl"),
      contact="ignacio.fuentes@correo.example.cl",
      subject="¿Me haces una gauchada? Referencia laboral",
      date="2026-08-14 19:20 -0400",
      text="""Hola Renata, ¿cómo va todo?

Te cuento que me van a entrevistar el martes en una corredora de bolsa aquí en Santiago, para un cargo de back office. Me pidieron dos referencias y di tu nombre, porque trabajamos juntos en la agencia de San Isidro antes de que me viniera a Chile.

Es probable que te llame una señora de RR.HH. esta semana. ¿Te complica? Si prefieres que no, dime y cambio la referencia.

Mil gracias,
Nacho"""),

    M(OTHER, "cold_approach_andes_exec", "es",
      frm=("Catalina Bravo", "cbravo@andesexec.example.cl"), contact="cbravo@andesexec.example.cl",
      subject="Búsqueda confidencial – Compliance en banca",
      date="2026-05-26 12:30 -0400", layout=("outlook", {}),
      text="""Estimada Renata:

Soy consultora de Andes Executive Search y estoy trabajando en una búsqueda confidencial para un banco con operación en Chile y Perú, que quiere reforzar su equipo de prevención de lavado de activos.

Vi tu perfil en ProRed y tu combinación de experiencia comercial e idiomas me pareció interesante. Si en algún momento te interesa explorar oportunidades en Santiago, me encantaría tenerte en mi radar; puedes enviarme tu CV actualizado cuando quieras.

Saludos cordiales,

Catalina Bravo Larraín
Consultora Senior – Financial Services
Andes Executive Search
Av. El Golf 40, piso 12, Las Condes, Santiago
+56 9 8765 1122"""),

    M(OTHER, "cold_approach_miami_recruiter", "en",
      frm=("Brandon Lee", "brandon.lee@harbortalent.example.com"),
      contact="brandon.lee@harbortalent.example.com",
      subject="Bilingual AML talent - open to hearing about roles?",
      date="2026-09-16 11:11 -0400",
      text="""Hi Renata,

I lead the financial crimes desk at Harbor Talent in Miami. Bilingual analysts with front-line banking experience are in high demand with our clients right now, especially for Spanish-language EDD and investigations work.

No specific role to pitch today, but I'd be glad to keep your profile on file and share openings as they come up. If that sounds useful, just reply with your resume and salary expectations.

Best,
Brandon Lee
Principal, Financial Crimes Practice
Harbor Talent Partners"""),

    M(OTHER, "cold_approach_helvetic_scouts", "de",
      frm=("Nadine Wyss", "n.wyss@helvetic-scouts.example.ch"),
      contact="n.wyss@helvetic-scouts.example.ch",
      subject="Ihr Profil – Compliance in der Schweiz",
      date="2026-07-22 09:45 +0200",
      text="""Guten Tag Frau Quispe-Albrecht

Ich bin bei Helvetic Talent Scouts auf Compliance-Positionen im Banken- und Versicherungsumfeld spezialisiert. Ihr Profil mit Schalterpraxis, Geldwäschereipräventions-Weiterbildung und Deutsch als Muttersprache ist für den Schweizer Markt sehr interessant.

Aktuell habe ich kein konkretes Mandat für Sie, möchte Sie aber gerne in unseren Kandidatenpool aufnehmen. Falls Sie einverstanden sind, senden Sie mir bitte Ihren aktuellen Lebenslauf.

Freundliche Grüsse
Nadine Wyss
Senior Consultant Compliance & Legal
Helvetic Talent Scouts AG, Löwenstrasse 2, 8001 Zürich"""),

    M(OTHER, "association_webinar_live_interview", "es",
      frm=("APOC Eventos", "eventos@apoc.example.pe"),
      subject="Webinar: entrevista en vivo con la Oficial de Cumplimiento del año",
      date="2026-09-24 10:00 -0500", cte="quoted-printable",
      headers=listhdr("APOC eventos y boletin <eventos.apoc.example.pe>",
                      "https://apoc.example.pe/boletin/baja?m=rqa"),
      layout=("card", {"brand": "APOC – Asociación Peruana de Oficiales de Cumplimiento",
                      "color": "#264653",
                      "footer": "Para dejar de recibir nuestros correos: https://apoc.example.pe/boletin/baja?m=rqa"}),
      text="""Estimada asociada:

Te invitamos a nuestro próximo webinar: una entrevista en vivo con María Elena Solís, reconocida como Oficial de Cumplimiento del año 2026, sobre cómo construir una carrera en prevención del lavado de activos.

Jueves 8 de octubre, 7:00 p. m. (hora de Lima)
Inscripción gratuita para asociadas: https://apoc.example.pe/eventos/webinar-octubre

Cupos limitados.

Equipo de Eventos APOC"""),
]
