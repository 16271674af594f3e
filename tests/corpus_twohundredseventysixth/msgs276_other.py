"""Corpus 276: everything that is not a job event for the candidate (52), written by hand:
his own sent mail, digests and newsletters, notifications, auto-replies, friends, bank, landlord,
school, doctor, courier, course refusals, cold approaches, press and research requests."""

from __future__ import annotations

from msgs276_common import (
    CANDIDATE,
    ats_card,
    digest_html,
    digest_text,
    forward_block,
    on_wrote,
    quote,
    simple_html,
)

BULK = [("Precedence", "bulk"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
              ("X-Auto-Response-Suppress", "All")]
NOTIFY = [("Auto-Submitted", "auto-generated")]


def listed(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Mailing-list headers of one sender."""
    return [("List-Id", list_id), ("List-Unsubscribe", unsubscribe), *BULK]


# ---------------------------------------------------------------- digests (words from the messages)

EMPLEO_RIOJA_ITEMS = [
    ("Técnico/a de calidad – bodega en Cenicero", "Cenicero (La Rioja) · Jornada completa · Publicada hace 2 días",
     "https://empleovinorioja.example.es/ofertas/8812",
     "Control de elaboración y embotellado. Entrevistas a partir de marzo."),
    ("Auxiliar de laboratorio enológico", "Haro · Contrato de campaña",
     "https://empleovinorioja.example.es/ofertas/8807",
     "Análisis de mostos y vinos. Se valora experiencia en vendimia."),
    ("Responsable de embotellado", "Logroño · Indefinido",
     "https://empleovinorioja.example.es/ofertas/8799",
     "Gestión de dos líneas de vidrio y equipo de seis personas."),
    ("Consejo de la semana: qué hacer cuando te rechazan", "Blog · 4 min de lectura",
     "https://empleovinorioja.example.es/blog/rechazo",
     "Un 'no' tras la entrevista no es el final: pide feedback y sigue."),
]

AGRIFOOD_ITEMS = [
    ("QA Technician – Fruit Packhouse", "Ceres, Western Cape · Permanent",
     "https://agrifoodjobs.example.co.za/jobs/44120",
     "HACCP and GLOBALG.A.P. experience required. Interviews held in Ceres."),
    ("Cellar QA Assistant (harvest 2027)", "Robertson · Seasonal",
     "https://agrifoodjobs.example.co.za/jobs/44102",
     "Fermentation monitoring and lab analyses during harvest."),
    ("Food Safety Coordinator", "Epping, Cape Town · Permanent",
     "https://agrifoodjobs.example.co.za/jobs/44095",
     "FSSC 22000 site; internal audits and supplier approval."),
    ("Market note: why so many applicants are being rejected this season", "Editorial",
     "https://agrifoodjobs.example.co.za/news/season-outlook",
     "Recruiters explain what they screen for, and what gets candidates an interview."),
]

WEINJOBS_ITEMS = [
    ("Kellermitarbeiter (m/w/d) mit QS-Aufgaben", "Oestrich-Winkel · Vollzeit",
     "https://weinjobs-rheingau.example.de/stellen/2231",
     "Sie übernehmen die Qualitätskontrolle von Most und Jungwein."),
    ("Laborant/in Weinanalytik", "Geisenheim · Teilzeit möglich",
     "https://weinjobs-rheingau.example.de/stellen/2228",
     "FTIR, Enzymatik, Probenannahme für Winzerbetriebe."),
    ("Schichtleitung Abfüllung", "Bingen · Vollzeit",
     "https://weinjobs-rheingau.example.de/stellen/2219",
     "Verantwortung für zwei Abfülllinien; Vorstellungsgespräche ab August."),
]

VITIJOBS_ITEMS = [
    ("Technicien qualité conditionnement (H/F)", "Libourne · CDI",
     "https://vitijobs-aquitaine.example.fr/offres/5521",
     "Suivi des contrôles en ligne d'embouteillage et des non-conformités."),
    ("Caviste – maître de chai adjoint", "Pauillac · CDI",
     "https://vitijobs-aquitaine.example.fr/offres/5517",
     "Entretiens prévus début juillet au château."),
    ("Assistant laboratoire œnologique – vendanges", "Bordeaux · CDD 3 mois",
     "https://vitijobs-aquitaine.example.fr/offres/5509",
     "Analyses de maturité et suivi des fermentations."),
]

NORTE_ITEMS = [
    ("Operario/a de embotellado", "Fuenmayor · ETT · Incorporación inmediata",
     "https://nortetemporal.example.es/ofertas/3301",
     "Turnos rotativos. Se valorará carné de carretillero."),
    ("Controlador/a de calidad en recepción de fruta", "Casalarreina · Campaña",
     "https://nortetemporal.example.es/ofertas/3297",
     "Muestreo de calibre y madurez. Entrevista en planta."),
    ("Técnico/a de laboratorio alimentario", "Calahorra · 6 meses",
     "https://nortetemporal.example.es/ofertas/3290",
     "Análisis fisicoquímicos de conserva vegetal."),
]

MESSAGES: list[dict[str, object]] = [
    # ================================================== the candidate's own mail
    {
        "kind": "other", "slug": "propio_confirma_valdecruz", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-02-09 19:02 +0100", "key": "valdecruz_confirm", "parent": "valdecruz_invite",
        "from": CANDIDATE, "to": ("Itziar Olano Sáenz", "itziar.olano@valdecruz.example.es"),
        "subject": "Re: Entrevista – Técnico/a de Calidad en Bodegas Valdecruz",
        "text": """Hola Itziar:

Muchas gracias por la invitación. Confirmo mi asistencia el martes 17 a las 10:00 en la bodega.

Un saludo,
Tomás

""" + on_wrote("es", "2026-02-09 12:20 +0100", "Itziar Olano Sáenz", "itziar.olano@valdecruz.example.es") + quote("""Hola Tomás:

Gracias por tu interés en Bodegas Valdecruz. Hemos revisado tu candidatura para el puesto de Técnico/a de Calidad y nos gustaría conocerte en persona.

Te propongo el martes 17 de febrero a las 10:00 en la bodega (Avda. de Santo Domingo 14, Haro)."""),
    },
    {
        "kind": "other", "slug": "propio_disculpa_ebronorte", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-03-04 13:15 +0100", "key": "ebro_sorry", "parent": "ebro_missed",
        "from": CANDIDATE, "to": ("Rubén Garrido", "ruben.garrido@ebronorte.example.es"),
        "subject": "Disculpas por la llamada de esta mañana",
        "text": """Hola Rubén:

Te pido disculpas: a las 10:00 estaba dentro de la sala de barricas sin cobertura y no vi tus dos llamadas hasta la pausa. ¿Podríamos intentarlo otro día? Me vendría bien cualquier mañana a partir de las 9:30, o si lo prefieres por la tarde después de las 15:00.

Gracias por la paciencia,
Tomás

""" + on_wrote("es", "2026-03-04 10:40 +0100", "Rubén Garrido", "ruben.garrido@ebronorte.example.es") + quote("""Buenos días, Tomás:

Te he llamado dos veces a las 10:00, como habíamos quedado, y no he podido localizarte. ¿Ha pasado algo?"""),
    },
    {
        "kind": "other", "slug": "propio_gracias_enolab", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-02-05 18:40 +0100", "key": "enolab_thanks", "parent": "enolab_invite",
        "from": CANDIDATE, "to": ("Marta Ezquerro", "marta.ezquerro@enolabrioja.example.es"),
        "subject": "Gracias por la jornada del jueves",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Estimada Marta:

Quería agradeceros la jornada de evaluación de hoy. Me gustó mucho ver cómo trabajáis los análisis de SO2 libre y la organización del laboratorio. Quedo a vuestra disposición para lo que necesitéis y espero noticias del proceso.

Un saludo,
Tomás Eriksen-Vallejo
""",
    },
    {
        "kind": "other", "slug": "propio_candidatura_sanasensio", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-04-18 18:22 +0200", "key": "sanasensio_app",
        "from": CANDIDATE, "to": ("Cooperativa San Asensio", "javier.pascual@coopsanasensio.example.es"),
        "subject": "Candidatura técnico de calidad",
        "text": """Buenas tardes:

He visto en el tablón de la Casa del Vino que la cooperativa busca un técnico de calidad para la campaña y el embotellado. Os envío mi currículum.

Soy de Mendoza y llevo en La Rioja desde 2023; he hecho tres vendimias en bodegas de Haro y Briones y estoy terminando el curso de auditor interno de IFS Food.

Quedo a vuestra disposición para una entrevista cuando os venga bien.

Un saludo,
Tomás Eriksen-Vallejo
+34 612 48 77 30
""",
        "attach": [{
            "pdf": "CV_Tomas_Eriksen-Vallejo.pdf",
            "title": "Tomás Eriksen-Vallejo - Curriculum Vitae",
            "lines": [
                "Logroño (La Rioja) · +34 612 48 77 30 · tomas.ev@example.cl",
                "EXPERIENCIA",
                "2024-2026 Bodeguero, bodega en Haro: fermentaciones, trasiegos, muestreo.",
                "2023 Vendimia, bodega en Briones: recepción de uva y control de densidades.",
                "2019-2022 Operario de bodega, Luján de Cuyo (Mendoza, Argentina).",
                "FORMACIÓN",
                "Técnico en Elaboración de Vinos (Mendoza). Curso APPCC. Auditor interno IFS (en curso).",
                "IDIOMAS: español (nativo), inglés (C1), francés (B1), alemán (A2).",
            ],
        }],
    },
    {
        "kind": "other", "slug": "own_thank_you_stellenkloof", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-04-28 19:20 +0200", "key": "stellen_thanks", "parent": "stellen_move",
        "from": CANDIDATE, "to": ("Naledi Khumalo", "naledi.khumalo@stellenkloof.example.co.za"),
        "subject": "Thank you for today's interview",
        "text": """Dear Naledi,

Thank you, and please pass my thanks to Pieter too, for this afternoon's interview. I hope he is fully recovered.

I really enjoyed hearing about the new barrel cellar and the plans for the sensory panel. Our conversation made me even more keen on the QA Officer role, and I'm happy to send references or do a practical test if that helps.

Kind regards,
Tomás Eriksen-Vallejo
+34 612 48 77 30
""",
    },
    {
        "kind": "other", "slug": "own_accepts_valesereno", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-07-22 09:10 +0200", "parent": "quinta_offer",
        "from": CANDIDATE, "to": ("Beatriz Sousa", "beatriz.sousa@valesereno.example.pt"),
        "cc": [("Duarte Ferreira", "duarte.ferreira@valesereno.example.pt")],
        "subject": "Re: Offer of employment – Quality Assurance Technician",
        "hcs": "utf-8/q",
        "text": """Dear Beatriz,

Thank you very much. I'm delighted to accept your offer for the Quality Assurance Technician position, starting on 1 September. I'll post the signed letter today and send you a scan this evening.

Could you tell me who I should contact about the relocation allowance and the Portuguese classes?

Duarte, thank you too. I'm looking forward to my first harvest in the Douro.

Best regards,
Tomás

""" + on_wrote("en", "2026-07-20 16:45 +0100", "Beatriz Sousa", "beatriz.sousa@valesereno.example.pt") + quote("""Dear Tomás,

Following your panel interview, I am delighted to offer you the position of Quality Assurance Technician at Quinta do Vale Sereno.

The attached letter sets out the terms: a permanent contract starting on 1 September 2026, a gross annual salary of EUR 24,000 paid in 14 instalments, a relocation allowance of EUR 1,500 and Portuguese language classes paid by the company."""),
    },
    {
        "kind": "other", "slug": "propre_candidature_peyrolan", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-05-04 21:10 +0200", "key": "peyrolan_app",
        "from": CANDIDATE, "to": ("Amélie Castaing", "amelie.castaing@chateau-peyrolan.example.fr"),
        "subject": "Candidature - Responsable qualité cuvier et conditionnement",
        "hcs": "iso-8859-1/q",
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Madame,

Je me permets de vous adresser ma candidature au poste de responsable qualité cuvier et conditionnement publié sur Vitijobs Aquitaine.

Caviste depuis sept ans, d'abord à Mendoza puis en Rioja, j'ai participé au suivi des fermentations, aux analyses courantes et à la préparation d'un audit IFS. Je souhaite aujourd'hui évoluer vers un poste qualité et votre projet de certification environnementale m'intéresse particulièrement.

Vous trouverez mon CV en pièce jointe. Je serais heureux de vous exposer mes motivations lors d'un entretien.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Tomás Eriksen-Vallejo
+34 612 48 77 30
""",
        "attach": [{
            "pdf": "CV_Tomas_Eriksen-Vallejo_FR.pdf",
            "title": "Tomás Eriksen-Vallejo - CV",
            "lines": [
                "Caviste - évolution vers la qualité",
                "2024-2026 Caviste, Haro (Espagne) : fermentations, analyses, préparation audit IFS.",
                "2019-2022 Ouvrier de chai, Luján de Cuyo (Argentine).",
                "Langues : espagnol, anglais, français, allemand (notions).",
            ],
        }],
    },
    {
        "kind": "other", "slug": "eigene_bitte_verschieben", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-08-18 21:14 +0200", "key": "rheinhalde_ask", "parent": "rheinhalde_invite",
        "from": CANDIDATE, "to": ("Martin Hollerbach", "martin@weingut-rheinhalde.example.de"),
        "subject": "Probearbeitstag – anderer Termin möglich?",
        "text": """Hallo Martin,

vielen Dank für die Einladung zum Probearbeitstag, ich freue mich sehr darauf. Leider habe ich am 27. August meinen Termin bei der Ausländerbehörde in Logroño, den ich nicht verschieben kann. Wäre ein anderer Tag in der Woche danach möglich?

Viele Grüße
Tomás

""" + on_wrote("de", "2026-08-17 18:20 +0200", "Martin Hollerbach", "martin@weingut-rheinhalde.example.de") + quote("""Hallo Tomás,

danke für das nette Telefonat gestern. Wie besprochen würden wir dich gern zu einem Probearbeitstag einladen, bevor wir über alles Weitere reden.

Wann: Donnerstag, 27. August, ab 7:30 Uhr"""),
    },
    # ================================================== digests, newsletters, notifications
    {
        "kind": "other", "slug": "alerta_empleo_vino_rioja", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-02-23 07:00 +0100",
        "from": ("Empleo Vino Rioja", "alertas@empleovinorioja.example.es"),
        "subject": "3 ofertas nuevas para «calidad bodega» en La Rioja",
        "headers": listed("<alertas.empleovinorioja.example.es>",
                          "<https://empleovinorioja.example.es/alertas/baja?u=tev26>, <mailto:baja@empleovinorioja.example.es>"),
        "text": digest_text("Tu alerta: calidad bodega", "Hola Tomás, estas son las ofertas publicadas esta semana que coinciden con tu alerta.",
                            EMPLEO_RIOJA_ITEMS, "Recibes este correo porque creaste una alerta en Empleo Vino Rioja.",
                            "Darte de baja: https://empleovinorioja.example.es/alertas/baja?u=tev26"),
        "html": digest_html("Tu alerta: calidad bodega", "Hola Tomás, estas son las ofertas publicadas esta semana que coinciden con tu alerta.",
                            EMPLEO_RIOJA_ITEMS, "Recibes este correo porque creaste una alerta en Empleo Vino Rioja.",
                            "https://empleovinorioja.example.es/alertas/baja?u=tev26"),
    },
    {
        "kind": "other", "slug": "newsletter_rechazo_consejos", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-03-15 08:30 +0100",
        "from": ("Oficio y Viña", "boletin@oficioyvina.example.es"),
        "subject": "Nº 41 · Cómo encajar un «no» después de la entrevista",
        "headers": listed("Oficio y Vina <boletin.oficioyvina.example.es>",
                          "<https://oficioyvina.example.es/baja?id=8812>"),
        "cte": "qp",
        "html": simple_html([
            "OFICIO Y VIÑA · Boletín quincenal para gente de bodega",
            "Cómo encajar un «no» después de la entrevista",
            "Lo hemos vivido todos: pasas tres entrevistas, visitas la bodega, te imaginas ya en el laboratorio… y llega el correo de «lamentamos comunicarte que hemos seleccionado a otra persona». ¿Y ahora qué?",
            "1. Pide feedback concreto. Muchas empresas no lo dan, pero las bodegas pequeñas suelen contestar si preguntas qué te faltó.\n2. Separa la decisión de tu valor profesional: a menudo se cubre la plaza con alguien de dentro o el puesto se congela.\n3. Apunta lo que te preguntaron en la entrevista. La próxima vez lo tendrás preparado.\n4. Vuelve a escribir a los seis meses: las vacantes de calidad se repiten cada campaña.",
            "En el próximo número: cómo preparar una jornada de prueba en una embotelladora.",
            "Recibes este boletín porque te suscribiste en oficioyvina.example.es. Darte de baja: https://oficioyvina.example.es/baja?id=8812",
        ]),
    },
    {
        "kind": "other", "slug": "boletin_enologos_chile", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-05-08 12:00 -0400",
        "from": ("Enólogos de Chile", "boletin@enologoschile.example.cl"),
        "subject": "Boletín mayo: postulaciones abiertas, charlas y ofertas laborales",
        "hcs": "utf-8/q",
        "headers": listed("<socios.enologoschile.example.cl>",
                          "<https://enologoschile.example.cl/boletin/desuscribir>"),
        "text": """BOLETÍN ENÓLOGOS DE CHILE – MAYO 2026

Hola colega:

» Postulaciones abiertas al Diplomado en Aseguramiento de Calidad Vitivinícola (Santiago y online). Cierre: 30 de mayo.
» Charla online: "Mi primera vendimia en Europa", con socios que trabajan en Rioja, Burdeos y el Rheingau. Jueves 21, 19:00 hrs.
» Bolsa de trabajo: esta semana publicamos 14 ofertas laborales, entre ellas jefe de calidad en una viña del Maule y analista de laboratorio en Casablanca. Las entrevistas las coordina cada empresa directamente.
» Recordatorio: la cuota anual vence el 15 de junio.

Saludos cordiales,
Directiva Enólogos de Chile
Av. Vicuña Mackenna 4860, Macul, Santiago

Si no quieres recibir más el boletín, desuscríbete aquí: https://enologoschile.example.cl/boletin/desuscribir
""",
    },
    {
        "kind": "other", "slug": "redpro_notificaciones", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-06-03 18:12 +0000",
        "from": ("RedPro", "notificaciones@redpro.example.com"),
        "subject": "Tomás, tienes 3 invitaciones pendientes y 12 visitas a tu perfil",
        "headers": [("List-Unsubscribe", "<https://redpro.example.com/ajustes/notificaciones>"), *NOTIFY],
        "text": """Hola Tomás:

Esta semana en RedPro:
- 12 personas han visto tu perfil, entre ellas una persona de selección de una embotelladora de Bilbao.
- Tienes 3 invitaciones para conectar pendientes.
- Hay 7 empleos nuevos de "Técnico de calidad" cerca de Logroño.

Ver mis notificaciones: https://redpro.example.com/notificaciones

Has recibido este correo porque estás suscrito a los resúmenes semanales de RedPro.
Cambiar preferencias: https://redpro.example.com/ajustes/notificaciones
""",
        "html": ats_card("RedPro", "#0a66c2", [
            "Hola Tomás:",
            "Esta semana en RedPro:\n- 12 personas han visto tu perfil, entre ellas una persona de selección de una embotelladora de Bilbao.\n- Tienes 3 invitaciones para conectar pendientes.\n- Hay 7 empleos nuevos de \"Técnico de calidad\" cerca de Logroño.",
        ], ("Ver mis notificaciones", "https://redpro.example.com/notificaciones"),
            "Has recibido este correo porque estás suscrito a los resúmenes semanales de RedPro."),
    },
    {
        "kind": "other", "slug": "podcast_vino_oficio", "lang": "es",
        "company": "", "contact": "irene.bastida@vinoyoficio.example.es",
        "date": "2026-07-15 11:20 +0200",
        "from": ("Irene Bastida", "irene.bastida@vinoyoficio.example.es"),
        "subject": "¿Una entrevista para el podcast Vino y Oficio?",
        "text": """Hola Tomás:

Soy Irene Bastida y presento "Vino y Oficio", un podcast sobre la gente que trabaja en las bodegas de Rioja. Un amigo común, Chema Laorden, me ha hablado de ti y de tu camino desde Mendoza.

Estamos preparando un episodio sobre trabajadores que llegan de otros países vitivinícolas, y me encantaría hacerte una entrevista de unos 40 minutos. La grabaríamos en nuestro estudio de la calle Portales o por videollamada, cuando te venga bien en la segunda quincena de julio.

No hay ningún compromiso; si te apetece, contéstame y lo cuadramos.

Un saludo,
Irene Bastida
Vino y Oficio · podcast
""",
    },
    {
        "kind": "other", "slug": "prensa_reportaje_vendimia", "lang": "es",
        "company": "", "contact": "pablo.sainz@diarionajerilla.example.es",
        "date": "2026-09-22 10:48 +0200",
        "from": ("Pablo Sáinz - Diario del Najerilla", "pablo.sainz@diarionajerilla.example.es"),
        "subject": "Solicitud de entrevista para un reportaje sobre la vendimia",
        "hcs": "iso-8859-1/q",
        "text": """Buenos días, Tomás:

Soy periodista del Diario del Najerilla. Estamos preparando un reportaje para el suplemento de vendimia sobre profesionales extranjeros que han hecho carrera en las bodegas de la comarca.

La Cooperativa de Nájera me ha dado su contacto. ¿Le importaría concederme una entrevista breve, de 20 o 30 minutos, esta semana o la próxima? Puede ser por teléfono. Si le parece bien, también nos gustaría hacerle un par de fotos en una bodega.

Muchas gracias de antemano,

Pablo Sáinz
Redacción · Diario del Najerilla
Tel. 941 36 55 20
""",
    },
    {
        "kind": "other", "slug": "paquete_retrasado", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-03-27 14:03 +0100",
        "from": ("EnvíaYa", "no-reply@enviaya.example.es"),
        "subject": "Tu paquete se ha retrasado",
        "headers": NOTIFY,
        "text": """Hola Tomás:

Lamentablemente, tu envío 4471-ES-99120 no llegará hoy como estaba previsto. Se ha producido una incidencia en el centro logístico de Zaragoza y el paquete ha quedado retenido.

Nueva fecha estimada de entrega: lunes 30 de marzo, entre las 9:00 y las 14:00.

Puedes cambiar la dirección o elegir un punto de recogida desde el enlace de seguimiento:
https://enviaya.example.es/seguimiento/4471-ES-99120

Sentimos las molestias.
Equipo EnvíaYa
""",
        "html": ats_card("EnvíaYa", "#ff6f00", [
            "Hola Tomás:",
            "Lamentablemente, tu envío 4471-ES-99120 no llegará hoy como estaba previsto. Se ha producido una incidencia en el centro logístico de Zaragoza y el paquete ha quedado retenido.",
            "Nueva fecha estimada de entrega: lunes 30 de marzo, entre las 9:00 y las 14:00.",
            "Sentimos las molestias.\nEquipo EnvíaYa",
        ], ("Seguir mi envío", "https://enviaya.example.es/seguimiento/4471-ES-99120"),
            "Este correo se ha enviado automáticamente."),
    },
    {
        "kind": "other", "slug": "gps_posicion_reloj", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-05-30 20:41 +0200",
        "from": ("RutaTrack", "avisos@rutatrack.example.com"),
        "subject": "No hemos podido determinar tu posición durante la actividad",
        "headers": NOTIFY,
        "text": """Hola Tomás:

Tu actividad "Ruta por los viñedos de San Vicente" se ha guardado, pero el reloj perdió la señal GPS durante 14 minutos y no pudimos determinar tu posición en ese tramo. La distancia total puede ser inferior a la real.

Consejo: espera a que el reloj indique "GPS listo" antes de empezar y actualiza el firmware (versión 5.12 disponible).

Ver actividad: https://rutatrack.example.com/actividades/99182734

El equipo de RutaTrack
""",
    },
    {
        "kind": "other", "slug": "amigo_mendoza_rechazo", "lang": "es",
        "company": "", "contact": "facu.ledesma@example.com.ar",
        "date": "2026-02-20 23:48 -0300",
        "from": ("Facundo Ledesma", "facu.ledesma@example.com.ar"),
        "subject": "che, novedades",
        "cte": "8bit",
        "text": """Tomi, ¿cómo andás?

Te cuento rápido porque estoy re cansado: al final me rechazaron en la bodega de Luján, la del puesto de jefe de cosecha. Me hicieron tres entrevistas, fui hasta a la prueba de cata, y hoy me mandaron un mail re frío diciendo que eligieron a otro. Ni una llamada, nada.

Igual estoy bien, eh. Ya mandé currículum a dos bodegas del Valle de Uco y mi viejo dice que en la cooperativa de Tupungato buscan gente.

¿Vos qué tal con lo de calidad? Contame si te llamaron de alguna.

Abrazo grande,
Facu
""",
    },
    {
        "kind": "other", "slug": "amiga_chile_pega", "lang": "es",
        "company": "", "contact": "javiera.soto@example.cl",
        "date": "2026-06-28 21:15 -0400",
        "from": ("Javiera Soto", "javiera.soto@example.cl"),
        "subject": "no quedé :(",
        "hcs": "utf-8/b",
        "text": """Hola Tomás!

Te cuento que no quedé en la pega de la viña en Colchagua. Llegué hasta la última entrevista con el gerente, pero me dijeron que buscaban a alguien con más experiencia en exportación. Harto fome, la verdad, porque ya me veía viviendo en Santa Cruz.

Bueno, a seguir postulando no más. ¿Tú cómo vas con lo de España? ¿Te salió algo?

Un abrazo gigante, cuídate harto,
Javi
""",
    },
    {
        "kind": "other", "slug": "cepatalent_acercamiento", "lang": "es",
        "company": "", "contact": "aitziber.goikoetxea@cepatalent.example.es",
        "date": "2026-03-10 12:25 +0100", "key": "cepa_cold",
        "from": ("Aitziber Goikoetxea", "aitziber.goikoetxea@cepatalent.example.es"),
        "subject": "Perfil calidad – bodega en Rioja Alavesa",
        "text": """Hola Tomás:

Me llamo Aitziber Goikoetxea y soy partner de Cepa Talent Partners, una firma de búsqueda de directivos y técnicos para el sector de alimentación y bebidas.

He visto tu perfil en RedPro y me ha llamado la atención tu paso de la bodega a la calidad. Trabajamos con varias bodegas de Rioja Alavesa que están reforzando sus equipos, y me gustaría conocerte y tenerte en el radar.

Si te interesa, mándame tu CV actualizado y hablamos con calma.

Un saludo,

Aitziber Goikoetxea
Partner · Food & Beverage
Cepa Talent Partners
+34 944 05 61 88
""",
    },
    {
        "kind": "other", "slug": "banco_cita_gestor", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-01-29 09:15 +0100",
        "from": ("Banco Cierzo", "no-reply@bancocierzo.example.es"),
        "subject": "Confirmación de cita con tu gestor",
        "headers": NOTIFY, "cte": "b64",
        "text": """Hola, Tomás:

Te confirmamos la cita con tu gestor, Alfonso Pérez, en la oficina de Logroño-Gran Vía el jueves 5 de febrero a las 12:30.

Motivo de la cita: revisión de tu posición global y estudio de la hipoteca solicitada.

Documentación que debes traer:
- NIE y pasaporte
- Tres últimas nóminas
- Contrato de trabajo vigente

Si no puedes asistir, puedes cancelar o cambiar la cita desde la app.

Banco Cierzo
Este es un mensaje automático; por favor, no respondas.
""",
    },
    {
        "kind": "other", "slug": "casero_renovacion", "lang": "es",
        "company": "", "contact": "lmsaenz.alquileres@example.es",
        "date": "2026-04-02 17:36 +0200",
        "from": ("Luis Mari Sáenz", "lmsaenz.alquileres@example.es"),
        "subject": "Renovación del piso de la calle Bretón",
        "cs": "windows-1252", "cte": "qp",
        "text": """Hola Tomás:

Como el contrato del piso vence el 31 de mayo, te escribo para ver qué quieres hacer. Te hago una oferta: si renuevas por dos años más, te mantengo la renta en 620 € al mes sin subirla el primer año.

Por otra parte, el técnico de la caldera vendrá a hacer la revisión anual el martes 14 a las 10:00. Si no vas a estar, déjale la llave a la vecina del 2.º, que ya está avisada.

Dime algo antes de final de mes.

Un saludo,
Luis Mari
""",
    },
    {
        "kind": "other", "slug": "centro_salud_cita_reprogramada", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-05-12 08:02 +0200",
        "from": ("Salud Rioja – Cita previa", "citaprevia-noreply@saludrioja.example.es"),
        "subject": "Su cita ha sido reprogramada",
        "headers": NOTIFY,
        "text": """Estimado/a TOMÁS ERIKSEN-VALLEJO:

Le informamos de que su cita con MEDICINA DE FAMILIA en el Centro de Salud Espartero, prevista para el 14/05/2026 a las 09:40, ha sido cancelada por ausencia del profesional.

Se le ha asignado una nueva cita:
Fecha: 19/05/2026
Hora: 11:20
Consulta: 12

Si no puede acudir, anule la cita en la app o llamando al 941 29 80 00 para que otra persona pueda aprovecharla.

Salud Rioja – Servicio de cita previa
Mensaje automático, no responda a este correo.
""",
    },
    {
        "kind": "other", "slug": "colegio_entrevista_tutora", "lang": "es",
        "company": "", "contact": "begona.arnedo@ceipalmendros.example.es",
        "date": "2026-10-05 14:10 +0200",
        "from": ("Begoña Arnedo", "begona.arnedo@ceipalmendros.example.es"),
        "subject": "Entrevista de principio de curso – Lucía (3.º B)",
        "text": """Buenas tardes, familia de Lucía:

Como cada inicio de curso, estoy convocando a las familias de 3.º B a una entrevista individual para comentar cómo ha empezado el año y los objetivos del trimestre.

Os propongo el miércoles 14 de octubre a las 16:30 en el aula de 3.º B. Si no podéis, decidme qué otra tarde de esa semana os viene mejor.

Un saludo,
Begoña Arnedo
Tutora de 3.º B
CEIP Los Almendros · Logroño
""",
    },
    {
        "kind": "other", "slug": "academia_prueba_nivel_aplazada", "lang": "es",
        "company": "", "contact": "nuria.calvo@academiaebro.example.es",
        "date": "2026-07-01 10:30 +0200",
        "from": ("Nuria Calvo – Academia Idiomas Ebro", "nuria.calvo@academiaebro.example.es"),
        "subject": "Prueba de nivel de alemán aplazada",
        "hcs": "utf-8/q",
        "text": """Hola Tomás:

Te escribo de la Academia Idiomas Ebro. La prueba de nivel de alemán que tenías el jueves 2 a las 18:00 se aplaza al martes 7 a la misma hora, porque la profesora nativa está enferma.

Si te va mal el nuevo día, dímelo y te busco otro hueco. Recuerda que el curso intensivo A2–B1 empieza el 13 de julio.

Un saludo,
Nuria Calvo
Secretaría · Academia Idiomas Ebro
C/ Duquesa de la Victoria 8 · Logroño
""",
    },
    {
        "kind": "other", "slug": "itv_cita_cancelada", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-08-25 07:30 +0200",
        "from": ("ITV Rioja Centro", "noreply@itvriojacentro.example.es"),
        "subject": "Cancelación de su cita de inspección",
        "headers": NOTIFY,
        "text": """Estimado cliente:

Le comunicamos que su cita de inspección técnica para el vehículo 4821-KLM, prevista el 27/08/2026 a las 08:15 en la estación de Lardero, ha sido cancelada por una avería en la línea de frenos.

Puede solicitar una nueva cita sin coste adicional en https://itvriojacentro.example.es/cita

Disculpe las molestias.
ITV Rioja Centro
""",
    },
    {
        "kind": "other", "slug": "fuera_oficina_valdecruz", "lang": "es",
        "company": "", "contact": "itziar.olano@valdecruz.example.es",
        "date": "2026-02-13 16:05 +0100", "parent": "valdecruz_confirm",
        "from": ("Itziar Olano Sáenz", "itziar.olano@valdecruz.example.es"),
        "subject": "Respuesta automática: Re: Entrevista – Técnico/a de Calidad en Bodegas Valdecruz",
        "headers": AUTO_REPLY,
        "text": """Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 16 de febrero, sin acceso al correo. Para temas urgentes de selección o de entrevistas programadas, puedes llamar a recepción al 941 30 88 20.

Un saludo,
Itziar Olano Sáenz
Bodegas Valdecruz
""",
    },
    {
        "kind": "other", "slug": "master_no_admitido", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-07-24 13:00 +0200",
        "from": ("Universidad del Ebro – Posgrado", "no-reply@unebro.example.es"),
        "subject": "Resolución de admisión – Máster en Calidad y Seguridad Agroalimentaria",
        "headers": NOTIFY,
        "text": """Estimado/a solicitante:

Una vez finalizado el proceso de baremación, le comunicamos que su solicitud de admisión al Máster Universitario en Calidad y Seguridad Agroalimentaria para el curso 2026-2027 ha sido DENEGADA por falta de plazas. Su puntuación (6,42) ha quedado por debajo de la nota de corte (6,90).

Ha quedado en la posición 7 de la lista de espera. Si se produjeran renuncias, se le comunicará por esta vía.

Contra esta resolución puede interponer recurso de alzada ante el Rectorado en el plazo de un mes.

Servicio de Posgrado
Universidad del Ebro
""",
    },
    {
        "kind": "other", "slug": "nortetemporal_ofertas_semana", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-01-26 07:45 +0100", "parent": "nt_ack",
        "from": ("Norte Temporal ETT", "newsletter@nortetemporal.example.es"),
        "subject": "Ofertas de la semana en La Rioja",
        "headers": listed("<ofertas.nortetemporal.example.es>",
                          "<https://nortetemporal.example.es/baja?c=88412>"),
        "text": digest_text("Ofertas de la semana", "Estas son las ofertas que tenemos abiertas en la delegación de Logroño. Si alguna te interesa, inscríbete desde el enlace.",
                            NORTE_ITEMS, "Norte Temporal ETT · C/ Gran Vía 31 · Logroño",
                            "Baja: https://nortetemporal.example.es/baja?c=88412"),
        "html": digest_html("Ofertas de la semana", "Estas son las ofertas que tenemos abiertas en la delegación de Logroño. Si alguna te interesa, inscríbete desde el enlace.",
                            NORTE_ITEMS, "Norte Temporal ETT · C/ Gran Vía 31 · Logroño",
                            "https://nortetemporal.example.es/baja?c=88412"),
    },
    {
        "kind": "other", "slug": "extranjeria_cita_huellas", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-03-19 10:02 +0100",
        "from": ("Cita Previa Extranjería", "no-contestar@citaextranjeria.example.es"),
        "subject": "Justificante de cita – Toma de huellas (TIE)",
        "headers": NOTIFY,
        "text": """JUSTIFICANTE DE CITA PREVIA

Trámite: POLICÍA – TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA) Y RENOVACIÓN DE TARJETA DE LARGA DURACIÓN
Oficina: Comisaría de Logroño, C/ Río Linares 1
Fecha: 08/04/2026
Hora: 10:24
Número de cita: 98-22716

Deberá presentarse con el pasaporte, la resolución de concesión, una fotografía reciente y el justificante de pago de la tasa 790-012.

La no presentación en la fecha y hora indicadas supondrá la anulación de la cita.
""",
    },
    {
        "kind": "other", "slug": "amiga_reenvia_oferta", "lang": "es",
        "company": "", "contact": "ainhoa.lopez@example.es",
        "date": "2026-06-06 10:12 +0200",
        "from": ("Ainhoa López", "ainhoa.lopez@example.es"),
        "subject": "Fwd: Oferta técnico calidad Labastida",
        "text": """Tomás, mira esta oferta, que me ha llegado por el grupo de la escuela de enología. Creo que es justo lo tuyo. ¡Apúntate!

Besos,
Ainhoa

""" + forward_block("es", ("Bolsa de empleo EVE", "bolsa@escuelavinoebro.example.es"), "2026-06-05 09:00 +0200",
                    "Oferta técnico calidad Labastida", ("Antiguos alumnos", "antiguos@escuelavinoebro.example.es")) + """

Bodega familiar de Labastida (Álava) busca TÉCNICO/A DE CALIDAD.

Funciones: control de elaboración y crianza, APPCC, trazabilidad, preparación de auditorías IFS/BRC.
Se ofrece: contrato indefinido, salario según valía, buen ambiente.

Las personas interesadas deben enviar su CV a la bodega antes del 20 de junio. Las entrevistas se harán a finales de junio.
""",
    },
    {
        "kind": "other", "slug": "boletin_asociacion_bodegueros", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-09-30 09:00 +0200",
        "from": ("Asociación de Bodegueros de Rioja Alta", "boletin@bodeguerosriojaalta.example.es"),
        "subject": "Boletín de septiembre: balance de vendimia, cursos y bolsa de empleo",
        "headers": listed("Boletin ABRA <boletin.bodeguerosriojaalta.example.es>",
                          "<mailto:baja@bodeguerosriojaalta.example.es?subject=baja>"),
        "cs": "iso-8859-1", "cte": "qp",
        "text": """ASOCIACIÓN DE BODEGUEROS DE RIOJA ALTA
Boletín de septiembre de 2026

1. Balance de vendimia
La cosecha avanza con buena sanidad. Los asociados de Haro y Briones calculan un 8 % más de kilos que en 2025.

2. Cursos de otoño
- Cata y análisis sensorial (nivel II): 6 y 7 de noviembre.
- Manipulador de carretillas: plazas limitadas.

3. Bolsa de empleo
Tres bodegas asociadas buscan personal para el embotellado y un técnico de laboratorio. Las entrevistas las gestiona cada bodega; consultad las ofertas en la web de la asociación.

4. Aviso
Recordamos que la cuota anual se cargará en octubre.

Para darse de baja de este boletín, responda con la palabra BAJA.
""",
    },
    # ---------------------------------------------------------------- English other
    {
        "kind": "other", "slug": "agrifood_jobs_weekly", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-05-25 06:00 +0200",
        "from": ("AgriFood Jobs SA", "alerts@agrifoodjobs.example.co.za"),
        "subject": "Your weekly job alert: 3 new QA roles in the Western Cape",
        "headers": listed("<weekly.agrifoodjobs.example.co.za>",
                          "<https://agrifoodjobs.example.co.za/alerts/unsubscribe?t=9f21>"),
        "html": digest_html("Quality jobs this week", "Hi Tomás, here are the newest roles matching 'quality assurance' in the Western Cape.",
                            AGRIFOOD_ITEMS, "You receive this alert because you subscribed on AgriFood Jobs SA.",
                            "https://agrifoodjobs.example.co.za/alerts/unsubscribe?t=9f21", lang="en"),
        "cte": "qp",
    },
    {
        "kind": "other", "slug": "cellar_report_newsletter", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-08-09 07:30 +0100",
        "from": ("The Cellar Report", "newsletter@cellarreport.example.com"),
        "subject": "The Cellar Report #88: interviews, offers and the harvest hiring crunch",
        "headers": listed("The Cellar Report <news.cellarreport.example.com>",
                          "<https://cellarreport.example.com/unsubscribe/88-tev>"),
        "cte": "b64",
        "text": """THE CELLAR REPORT  #88

This week:

1. The harvest hiring crunch
Wineries across the southern hemisphere are already recruiting for 2027. We spoke to five cellar masters about how they run interviews, why some candidates get an offer within days and why others are rejected without a word.

2. "Never ask about salary in the first interview"? We asked three recruiters. Two disagreed.

3. Reader question: "I was told the position had been put on hold. Should I keep waiting?" Our columnist answers.

4. Jobs board: 23 new positions, including QA roles in Porto, Bordeaux and the Rheingau.

Read online: https://cellarreport.example.com/issues/88

You're receiving this because you subscribed to The Cellar Report.
Unsubscribe: https://cellarreport.example.com/unsubscribe/88-tev
""",
    },
    {
        "kind": "other", "slug": "vinelink_application_viewed", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-04-22 11:02 +0000",
        "from": ("Vinelink", "notifications@vinelink.example.com"),
        "subject": "Your application was viewed by Nordvin Beverages",
        "headers": [("List-Unsubscribe", "<https://vinelink.example.com/settings/email>"), *NOTIFY],
        "text": """Hi Tomás,

Good news: a recruiter at Nordvin Beverages viewed your application for QA Specialist (Bilbao).

Applicants who follow up with a short message are more likely to hear back. Want to stand out? Try Vinelink Premium free for 30 days.

See who viewed your profile: https://vinelink.example.com/me/views

You're receiving job activity notifications from Vinelink.
Manage email settings: https://vinelink.example.com/settings/email
""",
    },
    {
        "kind": "other", "slug": "qa_academy_interview_tips", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-06-15 16:00 +0000",
        "from": ("QA Academy", "no-reply@qa-academy.example.com"),
        "subject": "5 questions every food QA interviewer asks (and how to answer them)",
        "headers": listed("<tips.qa-academy.example.com>",
                          "<https://qa-academy.example.com/email/unsubscribe?u=55120>"),
        "text": """Hi Tomás,

You enrolled in our free HACCP Basics course last month, so we thought you'd like this week's article.

5 questions every food QA interviewer asks
1. Walk me through a non-conformance you handled from detection to closure.
2. How would you set up a sampling plan for a new line?
3. What's the difference between a CCP and an OPRP?
4. Tell me about an audit that went badly.
5. How do you get operators to follow procedures they don't like?

For each one, we show a weak answer, a good answer and what the interviewer is really testing. Read the full article: https://qa-academy.example.com/blog/5-qa-interview-questions

Happy learning,
The QA Academy team

Unsubscribe: https://qa-academy.example.com/email/unsubscribe?u=55120
""",
        "html": simple_html([
            "Hi Tomás,",
            "You enrolled in our free HACCP Basics course last month, so we thought you'd like this week's article.",
            "5 questions every food QA interviewer asks\n1. Walk me through a non-conformance you handled from detection to closure.\n2. How would you set up a sampling plan for a new line?\n3. What's the difference between a CCP and an OPRP?\n4. Tell me about an audit that went badly.\n5. How do you get operators to follow procedures they don't like?",
            "For each one, we show a weak answer, a good answer and what the interviewer is really testing.",
            "Happy learning,\nThe QA Academy team",
        ], lang="en"),
    },
    {
        "kind": "other", "slug": "user_research_invitation", "lang": "en",
        "company": "", "contact": "priya.raman@harvestjobs.example.com",
        "date": "2026-07-08 14:30 +0100",
        "from": ("Priya Raman", "priya.raman@harvestjobs.example.com"),
        "subject": "Would you join a 30-minute research interview? (€20 voucher)",
        "text": """Hi Tomás,

I'm a user researcher at Harvest Jobs, the job board you used to apply for several winery roles this year.

We're redesigning how candidates track their applications, and I'd love to hear about your experience: what worked, what was confusing, and how you keep track of interviews and replies from employers.

It's a 30-minute video interview, sometime between 13 and 24 July, and we'll send you a €20 voucher as a thank-you. This has nothing to do with any job application, and your answers won't be shared with employers.

If you're up for it, pick a slot here: https://harvestjobs.example.com/research/booking

Thanks!
Priya Raman
User Research, Harvest Jobs
""",
    },
    {
        "kind": "other", "slug": "friend_capetown_turned_down", "lang": "en",
        "company": "", "contact": "sipho.mokoena@example.co.za",
        "date": "2026-05-15 21:40 +0200",
        "from": ("Sipho Mokoena", "sipho.mokoena@example.co.za"),
        "subject": "well, that didn't work out",
        "text": """Hey Tomás,

Remember that assistant winemaker job in Franschhoek I told you about at the harvest braai? They turned me down after the final interview. Apparently they went with someone who'd done a vintage in Burgundy. Gutted, honestly, I'd already told my mom.

Anyway, I'm going to take the lab job at the co-op for now and keep applying. How are your applications going over there? Any luck with the Stellenbosch one?

Speak soon,
Sipho
""",
    },
    {
        "kind": "other", "slug": "douro_search_cold_approach", "lang": "en",
        "company": "", "contact": "miguel.tavares@dourosearch.example.pt",
        "date": "2026-08-20 09:44 +0100",
        "from": ("Miguel Tavares", "miguel.tavares@dourosearch.example.pt"),
        "subject": "A quality role in Porto you might like",
        "text": """Dear Tomás,

I lead the wine and spirits practice at Douro Search Partners, an executive search firm based in Porto.

I came across your profile on Vinelink and I'm impressed by your path from the cellar into quality. We regularly work with Port and Douro houses that need bilingual QA people, and I'd welcome a short call to learn about your plans and what you're looking for next.

There's no specific vacancy behind this message for now; I simply like to know good people before the right brief lands on my desk.

Best regards,
Miguel Tavares
Partner, Wine & Spirits
Douro Search Partners
Rua de Santa Catarina 442, Porto | +351 22 208 1190
""",
    },
    {
        "kind": "other", "slug": "ooo_stellenkloof", "lang": "en",
        "company": "", "contact": "naledi.khumalo@stellenkloof.example.co.za",
        "date": "2026-04-17 09:00 +0200", "parent": "stellen_invite",
        "from": ("Naledi Khumalo", "naledi.khumalo@stellenkloof.example.co.za"),
        "subject": "Out of Office: Re: Stellenkloof Wines – let's schedule your interview",
        "headers": AUTO_REPLY,
        "text": """Thank you for your email.

I'm out of the office until Monday 20 April with limited access to email. Interviews that have already been booked will go ahead as planned. For anything urgent, please contact careers@stellenkloof.example.co.za.

Kind regards,
Naledi Khumalo
""",
    },
    {
        "kind": "other", "slug": "mooc_scholarship_unsuccessful", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-02-26 17:00 +0000",
        "from": ("WineEd Online", "no-reply@wineed.example.com"),
        "subject": "Your scholarship application for Sensory Analysis for Wine Professionals",
        "headers": NOTIFY,
        "text": """Dear Tomás,

Thank you for applying for a scholarship place on Sensory Analysis for Wine Professionals (spring 2026 cohort).

We received over 900 applications for 40 funded places and, unfortunately, your application was not successful this time. You can still join the course as a paying participant until 10 March, or apply again for the autumn cohort.

We wish you all the best with your studies.

The WineEd Online Admissions Team
""",
    },
    {
        "kind": "other", "slug": "careerlens_interview_reviews", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-05-01 10:00 +0000",
        "from": ("CareerLens", "digest@careerlens.example.com"),
        "subject": "What interviewees say about Nordvin Beverages",
        "headers": listed("<company-digest.careerlens.example.com>",
                          "<https://careerlens.example.com/unsubscribe?d=nordvin>"),
        "text": """CareerLens company digest

You follow Nordvin Beverages. Here's what people shared this month.

Interview reviews (3 new)
★★★★☆ "QA Specialist, Bilbao – two video interviews, friendly panel. Got an offer after 3 weeks."
★★☆☆☆ "Process was paused after the first interview and then I was rejected by email."
★★★☆☆ "Technical questions on CIP and microbiology. No feedback at the end."

Average difficulty: 3.1 / 5 · 61 % positive experience

Read all reviews: https://careerlens.example.com/companies/nordvin-beverages/interviews

Unsubscribe from this digest: https://careerlens.example.com/unsubscribe?d=nordvin
""",
    },
    # ---------------------------------------------------------------- French other
    {
        "kind": "other", "slug": "alerte_vitijobs", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-06-22 07:15 +0200",
        "from": ("Vitijobs Aquitaine", "alertes@vitijobs-aquitaine.example.fr"),
        "subject": "Alerte emploi : 3 nouvelles offres « qualité » en Gironde",
        "headers": listed("<alertes.vitijobs-aquitaine.example.fr>",
                          "<https://vitijobs-aquitaine.example.fr/alertes/desinscription?c=7731>"),
        "text": digest_text("Vos nouvelles offres", "Bonjour Tomás, voici les offres publiées cette semaine qui correspondent à votre alerte.",
                            VITIJOBS_ITEMS, "Vous recevez cet e-mail car vous avez créé une alerte sur Vitijobs Aquitaine.",
                            "Se désinscrire : https://vitijobs-aquitaine.example.fr/alertes/desinscription?c=7731"),
        "html": digest_html("Vos nouvelles offres", "Bonjour Tomás, voici les offres publiées cette semaine qui correspondent à votre alerte.",
                            VITIJOBS_ITEMS, "Vous recevez cet e-mail car vous avez créé une alerte sur Vitijobs Aquitaine.",
                            "https://vitijobs-aquitaine.example.fr/alertes/desinscription?c=7731", lang="fr"),
    },
    {
        "kind": "other", "slug": "conseils_entretien_cadres", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-09-08 08:00 +0200",
        "from": ("Cadres Sud-Ouest", "newsletter@cadres-sudouest.example.fr"),
        "subject": "La lettre carrière : réussir un entretien après un refus",
        "headers": listed("<lettre.cadres-sudouest.example.fr>",
                          "<https://cadres-sudouest.example.fr/desabonnement>"),
        "cte": "qp",
        "html": simple_html([
            "LA LETTRE CARRIÈRE – septembre 2026",
            "Réussir un entretien après un refus",
            "Vous avez reçu un courriel vous annonçant que « votre candidature n'a pas été retenue » ? Pas de panique : selon notre enquête, 64 % des cadres recrutés en 2025 avaient essuyé au moins trois refus avant leur embauche.",
            "Nos conseils : demandez un retour précis au recruteur, retravaillez votre présentation en deux minutes, et préparez des exemples chiffrés. Pour l'entretien suivant, renseignez-vous sur l'entreprise et préparez vos questions.",
            "À lire aussi : négocier une offre d'emploi dans l'agroalimentaire ; les métiers de la qualité qui recrutent en Nouvelle-Aquitaine.",
            "Vous recevez cette lettre car vous êtes inscrit sur Cadres Sud-Ouest. Se désabonner : https://cadres-sudouest.example.fr/desabonnement",
        ], lang="fr"),
    },
    {
        "kind": "other", "slug": "banque_rendez_vous_conseiller", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-06-30 09:05 +0200",
        "from": ("Banque Garonne-Atlantique", "ne-pas-repondre@banque-garonne.example.fr"),
        "subject": "Confirmation de votre rendez-vous",
        "headers": NOTIFY,
        "cs": "windows-1252", "cte": "8bit",
        "text": """Bonjour Monsieur Eriksen-Vallejo,

Votre rendez-vous avec votre conseiller, M. Thibault Renaud, est confirmé :

Date : jeudi 9 juillet 2026 à 11h00
Lieu : agence Bordeaux Chartrons, 45 cours Portal
Objet : ouverture de compte et présentation de notre offre « Jeunes actifs »

Pensez à vous munir d’une pièce d’identité, d’un justificatif de domicile et de votre promesse d’embauche.

En cas d’empêchement, vous pouvez annuler ou déplacer ce rendez-vous depuis votre espace client.

Banque Garonne-Atlantique
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "kind": "other", "slug": "reponse_auto_sarment", "lang": "fr",
        "company": "", "contact": "mathieu.lafargue@sarment-conseil.example.fr",
        "date": "2026-08-10 10:11 +0200", "parent": "sarment_rej",
        "from": ("Mathieu Lafargue", "mathieu.lafargue@sarment-conseil.example.fr"),
        "subject": "Réponse automatique : Suivi de ma candidature",
        "headers": AUTO_REPLY,
        "text": """Bonjour,

Je suis absent du cabinet jusqu'au 24 août inclus et je n'aurai qu'un accès limité à ma messagerie. Les entretiens et les propositions en cours seront traités à mon retour.

Pour toute urgence, vous pouvez joindre le cabinet au 05 56 44 90 10.

Mathieu Lafargue
Cabinet Sarment Conseil
""",
    },
    {
        "kind": "other", "slug": "forum_emploi_vitivinicole", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-03-02 10:00 +0100",
        "from": ("Forum Emploi Vigne & Vin", "noreply@forum-vigne-vin.example.fr"),
        "subject": "Invitation : Forum de l'emploi vitivinicole, 26 mars à Libourne",
        "headers": listed("<invitations.forum-vigne-vin.example.fr>",
                          "<https://forum-vigne-vin.example.fr/desinscription>"),
        "text": """Forum de l'emploi vitivinicole – 8e édition

Jeudi 26 mars 2026, de 9h à 17h
Salle des fêtes de Libourne – entrée libre

Plus de 60 châteaux, caves coopératives, tonnelleries et laboratoires présenteront leurs postes à pourvoir : cavistes, techniciens qualité, conducteurs de ligne, saisonniers de vendanges.

Au programme :
- des mini-entretiens de 10 minutes avec les recruteurs (apportez votre CV en plusieurs exemplaires) ;
- un atelier « préparer son entretien d'embauche » à 11h ;
- une table ronde sur la reconversion dans la filière à 15h.

Inscription conseillée : https://forum-vigne-vin.example.fr/inscription

Vous ne souhaitez plus recevoir nos invitations ? https://forum-vigne-vin.example.fr/desinscription
""",
    },
    # ---------------------------------------------------------------- German other
    {
        "kind": "other", "slug": "jobletter_weinjobs", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-07-13 06:30 +0200",
        "from": ("Weinjobs Rheingau", "jobletter@weinjobs-rheingau.example.de"),
        "subject": "Ihr Jobletter: 3 neue Stellen im Rheingau",
        "headers": listed("<jobletter.weinjobs-rheingau.example.de>",
                          "<https://weinjobs-rheingau.example.de/jobletter/abmelden?id=4410>"),
        "text": digest_text("Neue Stellen für Sie", "Guten Tag Herr Eriksen-Vallejo, diese Angebote passen zu Ihrem Suchprofil „Qualität, Keller, Labor“.",
                            WEINJOBS_ITEMS, "Sie erhalten den Jobletter, weil Sie ihn auf weinjobs-rheingau.example.de abonniert haben.",
                            "Abmelden: https://weinjobs-rheingau.example.de/jobletter/abmelden?id=4410"),
        "html": digest_html("Neue Stellen für Sie", "Guten Tag Herr Eriksen-Vallejo, diese Angebote passen zu Ihrem Suchprofil „Qualität, Keller, Labor“.",
                            WEINJOBS_ITEMS, "Sie erhalten den Jobletter, weil Sie ihn auf weinjobs-rheingau.example.de abonniert haben.",
                            "https://weinjobs-rheingau.example.de/jobletter/abmelden?id=4410", lang="de"),
    },
    {
        "kind": "other", "slug": "karrierenetz_profilbesuche", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-08-03 17:20 +0200",
        "from": ("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
        "subject": "Tomás, Ihr Profil wurde diese Woche 9-mal besucht",
        "headers": [("List-Unsubscribe", "<https://karrierenetz.example.de/einstellungen/mail>"), *NOTIFY],
        "hcs": "utf-8/q", "force_ew": True,
        "text": """Hallo Tomás,

Ihr Profil wurde in den letzten 7 Tagen 9-mal besucht, unter anderem von:
- einer Person aus dem Bereich Personal bei einem Weingut in Geisenheim
- zwei Recruitern aus Mainz

Außerdem gibt es 5 neue Jobs, die zu Ihnen passen, darunter „Qualitätssicherung Abfüllung (m/w/d)“.

Zu Ihren Besuchern: https://karrierenetz.example.de/besucher

Benachrichtigungen verwalten: https://karrierenetz.example.de/einstellungen/mail
""",
    },
    {
        "kind": "other", "slug": "headhunter_kellerwirtschaft", "lang": "de",
        "company": "", "contact": "carola.weiss@kellerwirtschaft-pb.example.de",
        "date": "2026-09-14 11:05 +0200",
        "from": ("Carola Weiß", "carola.weiss@kellerwirtschaft-pb.example.de"),
        "subject": "Kurze Anfrage - Ihr Profil Qualität/Keller",
        "hcs": "iso-8859-1/q",
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Guten Tag Herr Eriksen-Vallejo,

mein Name ist Carola Weiß, ich bin Personalberaterin bei Kellerwirtschaft Personalberatung in Mainz und besetze seit vielen Jahren Positionen in Weingütern, Sektkellereien und Abfüllbetrieben.

Ihr Werdegang vom Kellermitarbeiter zur Qualitätssicherung ist genau das, was viele meiner Mandanten suchen. Ein konkretes Mandat habe ich im Moment nicht für Sie, ich würde Sie aber gern in einem kurzen Telefonat kennenlernen.

Hätten Sie in den nächsten Wochen 20 Minuten Zeit?

Mit freundlichen Grüßen
Carola Weiß
Kellerwirtschaft Personalberatung
Große Bleiche 22, 55116 Mainz
Tel. 06131 27 44 90
""",
    },
    {
        "kind": "other", "slug": "abwesenheit_lindenau", "lang": "de",
        "company": "", "contact": "franziska.albers@lindenau-sekt.example.de",
        "date": "2026-06-16 12:02 +0200", "parent": "lindenau_missed",
        "from": ("Franziska Albers", "franziska.albers@lindenau-sekt.example.de"),
        "subject": "Automatische Antwort: Re: Unser Termin heute um 10 Uhr",
        "headers": AUTO_REPLY,
        "hcs": "utf-8/q",
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin ab heute Mittag bis einschließlich 22. Juni nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an unsere Zentrale unter 06722 49 07 0.

Mit freundlichen Grüßen
Franziska Albers
Sektkellerei Lindenau
""",
    },
    {
        "kind": "other", "slug": "studienplatz_abgelehnt", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-08-28 10:00 +0200",
        "from": ("Weinbauakademie Rheingau – Studierendenservice", "noreply@weinbauakademie.example.de"),
        "subject": "Bescheid über Ihren Antrag auf Zulassung – M.Sc. Oenologie",
        "headers": NOTIFY,
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

Ihr Antrag auf Zulassung zum Masterstudiengang Oenologie zum Wintersemester 2026/27 wurde geprüft.

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Studienplatz anbieten können. Die Zahl der Bewerbungen überstieg die verfügbaren Plätze deutlich; Ihre Bewertung nach den Auswahlkriterien (Note, Praxiserfahrung, Sprachnachweis) reichte für eine Zulassung nicht aus. Insbesondere fehlt der geforderte Nachweis Deutsch B2.

Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen. Eine erneute Bewerbung zum Sommersemester ist möglich.

Mit freundlichen Grüßen
Studierendenservice
Weinbauakademie Rheingau
""",
    },
    {
        "kind": "other", "slug": "weinprobe_einladung", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-10-09 18:00 +0200",
        "from": ("Rheingauer Weinfreunde", "rundbrief@rheingauer-weinfreunde.example.de"),
        "subject": "Einladung zur Jungweinprobe am 24. Oktober",
        "headers": listed("Rundbrief <rundbrief.rheingauer-weinfreunde.example.de>",
                          "<mailto:abmelden@rheingauer-weinfreunde.example.de>"),
        "text": """Liebe Weinfreundinnen und Weinfreunde,

die Lese ist fast geschafft, und wir laden herzlich zur traditionellen Jungweinprobe ein:

Samstag, 24. Oktober 2026, 17 Uhr
Alte Kelterhalle, Geisenheim

Sechs Winzerinnen und Winzer stellen ihre Federweißen und ersten Jungweine vor. Im Anschluss gibt es Zwiebelkuchen; Kellermeister Jonas Keßler spricht über den Jahrgang und darüber, warum so viele Betriebe gerade Personal für Keller und Qualität suchen.

Anmeldung bis 20. Oktober per Antwort an die Vorstandsadresse oder telefonisch.

Herzliche Grüße
Der Vorstand der Rheingauer Weinfreunde

Vom Rundbrief abmelden: abmelden@rheingauer-weinfreunde.example.de
""",
    },
]
