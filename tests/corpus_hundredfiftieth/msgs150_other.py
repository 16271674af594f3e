# ruff: noqa
"""Corpus 150, kind `other`: digests, newsletters, advice, notifications, private mail, the
candidate's own sent mail, out-of-office replies, course refusals, look-alike words."""

from msgs150_common import (
    CANDIDATE,
    CANDIDATE_PHONE,
    digest_text,
    forwarded,
    list_headers,
    newsletter,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_quote,
    simple_html,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec) -> None:
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    MESSAGES.append(spec)


SIG_ES = f"""--
Nerea Olaizola-Brandt
Guía oficial de turismo de Andalucía · Coordinación de eventos
{CANDIDATE_PHONE} · Sevilla"""

SIG_EN = f"""--
Nerea Olaizola-Brandt
Licensed tour guide (Andalusia) · Event coordination
{CANDIDATE_PHONE} · Seville, Spain"""

# =======================================================================================
# Spanish (29)
# =======================================================================================

# 1 -- job-alert digest with openings
_items = [
    ("Coordinador/a de eventos corporativos – Sevilla", "Agencia MICE · Contrato indefinido · 26.000–29.000 €", "https://alertas.empleoeventos.example.es/o/88213?utm_source=alerta"),
    ("Técnico/a de congresos – Málaga", "Palacio de congresos · Jornada completa · Incorporación en marzo", "https://alertas.empleoeventos.example.es/o/88240?utm_source=alerta"),
    ("Azafata/o de ferias con inglés y alemán – Madrid", "Empresa de servicios · Por días · 14 €/h", "https://alertas.empleoeventos.example.es/o/88251?utm_source=alerta"),
    ("Event planner bodas y celebraciones – Jerez", "Finca de eventos · Temporada abril–octubre", "https://alertas.empleoeventos.example.es/o/88262?utm_source=alerta"),
    ("Responsable de grupos y congresos – Bilbao", "Cadena hotelera · Euskera valorable", "https://alertas.empleoeventos.example.es/o/88277?utm_source=alerta"),
]
_title = "Tu alerta «coordinación de eventos»: 5 ofertas nuevas"
_intro = "Hola Nerea, estas son las ofertas publicadas desde tu última alerta. Postúlate antes de que se cierre el plazo."
_footer = "EmpleoEventos · Recibes este correo porque creaste una alerta. Gestiona tus alertas en tu perfil."
_unsub = "https://alertas.empleoeventos.example.es/baja?u=5521&t=8a1f"
add(slug="alerta_empleoeventos", lang="es", contact="",
    frm=("EmpleoEventos Alertas", "alertas@empleoeventos.example.es"),
    subject=_title, date="2026-01-13 07:30 +0100",
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "es"),
    cte="quoted-printable",
    headers=list_headers("<alertas.empleoeventos.example.es>", _unsub, "baja@empleoeventos.example.es")
    + [("Auto-Submitted", "auto-generated")])

# 2 -- newsletter about coping with rejections
_items = [
    ("Cinco maneras de encajar un «no» sin perder el ritmo", "Lamentablemente, casi todos los procesos acaban en un rechazo para la mayoría de candidatos. Te contamos cómo convertirlo en información útil.", "https://boletin.turismoyempleo.example.es/a/encajar-un-no"),
    ("¿Por qué no me han llamado para la entrevista?", "Un filtro automático puede descartar tu CV antes de que lo lea una persona. Revisa estas palabras clave.", "https://boletin.turismoyempleo.example.es/a/filtros-ats"),
    ("Plazas abiertas esta semana en hoteles de la costa", "Recepción, grupos y eventos: 34 vacantes nuevas entre Málaga y Cádiz.", "https://boletin.turismoyempleo.example.es/a/vacantes-costa"),
]
_title = "Turismo y Empleo · Boletín n.º 112"
_intro = "Este mes hablamos de rechazos, filtros y segundas oportunidades."
_footer = "Turismo y Empleo, boletín mensual. Si no quieres recibirlo más, date de baja aquí."
_unsub = "https://boletin.turismoyempleo.example.es/baja/7731"
add(slug="boletin_rechazos", lang="es", contact="",
    frm=("Turismo y Empleo", "boletin@turismoyempleo.example.es"),
    subject="Boletín 112: cuando la respuesta es «lamentablemente no»", date="2026-02-03 09:00 +0100",
    subj_enc=("iso-8859-1", "Q"),
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "es"),
    cte="base64",
    headers=list_headers("Turismo y Empleo <boletin.turismoyempleo.example.es>", _unsub, "baja@turismoyempleo.example.es"))

# 3 -- newsletter with interview tips
_items = [
    ("Entrevista por competencias: el método STAR explicado con ejemplos de eventos", "Cómo contar aquella vez que se cayó el catering una hora antes del cóctel.", "https://www.eventoprofesional.example.es/blog/star"),
    ("Qué preguntar al final de una entrevista", "Tres preguntas que dicen mucho de ti y una que mejor no hagas.", "https://www.eventoprofesional.example.es/blog/preguntas-finales"),
    ("Videoentrevista: luz, sonido y fondo", "Checklist de diez minutos antes de conectarte.", "https://www.eventoprofesional.example.es/blog/videoentrevista"),
    ("Agenda: feria de empleo de turismo en Sevilla (FIBES, 12 de marzo)", "Más de 40 empresas reclutando en directo.", "https://www.eventoprofesional.example.es/agenda/feria-empleo"),
]
_title = "Evento Profesional · Especial entrevistas"
_intro = "Nuestros lectores nos pedían un número dedicado a las entrevistas de trabajo. Aquí está."
_footer = "Evento Profesional. Has recibido este boletín porque te suscribiste en nuestra web."
_unsub = "https://www.eventoprofesional.example.es/newsletter/baja?id=a91c"
add(slug="newsletter_entrevistas", lang="es", contact="",
    frm=("Evento Profesional", "newsletter@eventoprofesional.example.es"),
    subject="Especial: cómo preparar tu próxima entrevista", date="2026-02-24 08:15 +0100",
    subj_enc=("utf-8", "B"),
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "es"),
    cte="quoted-printable",
    headers=list_headers("<newsletter.eventoprofesional.example.es>", _unsub, "unsubscribe@eventoprofesional.example.es"))

# 4 -- career-advice article (a blog post sent by mail)
add(slug="articulo_guia_a_eventos", lang="es", contact="",
    frm=("Cuaderno de carrera", "cuaderno@carreraturismo.example.es"),
    subject="Del guiado turístico a la organización de eventos: lo que nadie te cuenta",
    date="2026-03-09 06:45 +0100",
    html=simple_html(paras("""Hola:

Esta semana publicamos el testimonio de una guía que dio el salto a la organización de congresos. Spoiler: le rechazaron en siete procesos antes de conseguir su primer puesto como coordinadora.

Lo que más le ayudó fue reescribir su experiencia: un grupo de 40 cruceristas con horario cerrado es, en el fondo, un evento con logística, proveedores y plan B. Ningún reclutador lo ve si no se lo cuentas así.

También habla de cómo preparó las entrevistas por competencias y de por qué dejó de enviar el mismo CV a todas las ofertas.

Lee el artículo completo: https://www.carreraturismo.example.es/cuaderno/de-guia-a-eventos

Un abrazo,
El equipo de Cuaderno de carrera

Recibes este correo porque estás suscrita a Cuaderno de carrera. Darte de baja: https://www.carreraturismo.example.es/baja"""), "es"),
    cte="quoted-printable",
    headers=list_headers("<cuaderno.carreraturismo.example.es>", "https://www.carreraturismo.example.es/baja", "baja@carreraturismo.example.es"))

# 5 -- podcast interview request
add(slug="podcast_guias", lang="es", contact="lola.espinar@sombradeazahar.example.es",
    frm=("Lola Espinar", "lola.espinar@sombradeazahar.example.es"),
    subject="Propuesta de entrevista para el pódcast «A la sombra del azahar»",
    date="2026-03-17 11:22 +0100",
    text="""Hola, Nerea:

Soy Lola Espinar y presento «A la sombra del azahar», un pódcast sobre oficios de Sevilla que casi nadie ve. Una oyente nos habló de tus rutas nocturnas por Santa Cruz y nos encantaría entrevistarte para un episodio sobre guías turísticos.

Serían unos 45 minutos de conversación, grabada en nuestro estudio de la calle Feria o por videollamada si te viene mejor. No hay guion cerrado: queremos que cuentes cómo es un día de trabajo, las anécdotas con grupos y hacia dónde te gustaría llevar tu carrera.

Grabamos los martes por la mañana. Si te apetece, dime qué semanas de abril te vienen bien y lo cuadramos.

Un saludo y gracias,

Lola Espinar
Dirección y presentación · A la sombra del azahar
https://sombradeazahar.example.es · 611 402 388
""")

# 6 -- package delayed, "lamentablemente"
add(slug="pedido_retrasado", lang="es", contact="",
    frm=("Envíos Rápidos Sur", "no-reply@enviosrapidossur.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Tu pedido 4471-2209 llega con retraso", date="2026-03-21 16:02 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Nerea:

Lamentablemente, tu pedido 4471-2209 (1 bulto, «Maleta cabina 55 cm») no podrá entregarse en la fecha prevista por una incidencia en nuestro centro de Dos Hermanas.

Nueva fecha estimada de entrega: martes 24 de marzo, entre las 9:00 y las 14:00.
Posición actual del envío: en tránsito, centro logístico de Sevilla.

Si lo prefieres, puedes cambiar la entrega a un punto de recogida desde el seguimiento:
https://seguimiento.enviosrapidossur.example.es/4471-2209

Sentimos las molestias.
Envíos Rápidos Sur · Atención al cliente

Este mensaje se ha generado automáticamente; por favor, no respondas a esta dirección.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# 7 -- friend tells about her own rejection
add(slug="amiga_rechazo_propio", lang="es", contact="amaia.goiri@example.com",
    frm=("Amaia Goiri", "amaia.goiri@example.com"),
    subject="jo, lo de Vitoria no salió", date="2026-04-02 22:41 +0200",
    text="""Kaixo polita!

Te escribo por aquí porque por WhatsApp me enrollo demasiado. Al final lo del puesto de producción en el festival de Vitoria no ha salido: me han mandado el típico correo de «agradecemos tu interés pero hemos seleccionado a otra persona», después de DOS entrevistas y una prueba práctica. Me ha sentado fatal, la verdad, pensaba que lo tenía.

En fin, me quedo en la agencia hasta después del verano y vuelvo a intentarlo. ¿Y tú qué tal con lo de los hoteles de Sevilla? ¿Te dijeron algo los de Giralda al final? Cuéntame, que me alegro de cualquier buena noticia ajena, jaja.

A ver si en Semana Santa bajas a Bilbao y nos tomamos unos potes.

Muxu handi bat,
Amaia
""")

# 8 -- own: application to Costa Eventos with CV
add(slug="propia_candidatura_costa", lang="es", contact="",
    id="costa_apply",
    frm=CANDIDATE, to=[("Costa Eventos", "seleccion@costaeventos.example.es")],
    subject="Candidatura: coordinadora de eventos (ref. CE-MLG-07)", date="2026-01-26 19:12 +0100",
    text=f"""Buenas tardes:

Os escribo para presentar mi candidatura a la oferta de coordinadora de eventos (ref. CE-MLG-07) publicada en vuestra web.

Llevo seis años como guía oficial de turismo en Sevilla, trabajando sobre todo con grupos de congresos e incentivos: traslados, visitas para acompañantes, cenas de gala en espacios patrimoniales y coordinación con proveedores. Hablo español, euskera, alemán, inglés y francés, y desde el año pasado estoy terminando un curso de especialización en organización de eventos MICE.

Os adjunto mi CV. Tengo disponibilidad para trasladarme a Málaga a partir de marzo.

Muchas gracias por vuestro tiempo.

Un saludo,
{SIG_ES}
""",
    attach=[{"type": "pdf", "name": "CV_Nerea_Olaizola-Brandt.pdf",
             "lines": ["Nerea Olaizola-Brandt", "Guía oficial de turismo - Coordinación de eventos",
                       "nerea.ob@example.es - +34 655 218 407 - Sevilla", "",
                       "2020-2026  Guía oficial, grupos MICE e incentivos, Sevilla",
                       "2018-2020  Asistente de producción, festival de música, Bilbao",
                       "Idiomas: español, euskera, alemán, inglés, francés"]}])

# 9 -- own: thank-you note after the Meridiano interview
MERIDIANO_THANKS = """Hola, Lucía:

Muchas gracias por la entrevista de esta mañana y por dedicarme tanto tiempo a explicarme cómo trabajáis la producción de los congresos médicos. Me quedé con ganas de seguir hablando del caso de la convención de Lisboa: creo que mi experiencia coordinando cuarenta guías a la vez para un mismo congreso encaja bien con lo que me contasteis.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un abrazo,
Nerea
"""
add(slug="propia_agradecimiento_meridiano", lang="es", contact="",
    id="meridiano_thanks", parent="meridiano_invite",
    frm=CANDIDATE, to=[("Lucía Garrido", "lucia.garrido@meridianoeventos.example.es")],
    subject="Gracias por la entrevista de hoy", date="2026-03-03 18:05 +0100",
    text=MERIDIANO_THANKS + "\n" + SIG_ES + "\n")

# 10 -- own: asks Costa Eventos for a new slot after missing the meeting
COSTA_RESCHEDULE_REQ = """Hola, Paco:

Perdóname, de verdad. Esta mañana se me alargó una visita con un grupo en el Alcázar y no vi vuestro mensaje hasta las 12. No tengo excusa: tendría que haber avisado antes.

Si todavía os interesa conocerme, ¿podríamos vernos otro día de la semana que viene? El lunes y el miércoles estoy libre todo el día y puedo coger el tren a primera hora.

Gracias por la paciencia,
Nerea
"""
add(slug="propia_pide_cambio_costa", lang="es", contact="",
    id="costa_reschedule_req", parent="costa_missed",
    frm=CANDIDATE, to=[("Paco Ruiz", "paco.ruiz@costaeventos.example.es")],
    subject="Re: Te esperábamos esta mañana", date="2026-02-20 12:31 +0100",
    text=COSTA_RESCHEDULE_REQ + "\n" + reply_quote("es", "2026-02-20 10:47", ("Paco Ruiz", "paco.ruiz@costaeventos.example.es"),
        "Nerea, buenos días. Te esperábamos a las 10:00 en la oficina de la Alameda y no has aparecido.\nTe he llamado al móvil y no lo coges. ¿Va todo bien?\nPaco"))

# 11 -- own: apology to Hispalis after missing the Teams interview
add(slug="propia_disculpa_hispalis", lang="es", contact="",
    id="hisp_sorry", parent="hisp_missed",
    frm=CANDIDATE, to=[("Rocío Benjumea", "rocio.benjumea@hispalisbureau.example.es")],
    subject="RE: Entrevista de esta mañana", date="2026-02-19 13:10 +0100",
    text="""Estimada Rocío:

Le pido disculpas por no haberme conectado esta mañana. Al mover la entrevista, mi calendario guardó la convocatoria anterior y yo estaba esperando la del jueves 26. Ha sido un error mío al no revisar la actualización.

Sigo muy interesada en el puesto de técnica de captación de congresos. Si la comisión pudiera ofrecerme otro hueco, me adaptaré a cualquier horario.

Un cordial saludo,
Nerea Olaizola-Brandt
""" + "\n" + outlook_block("es", ("Rocío Benjumea", "rocio.benjumea@hispalisbureau.example.es"), "2026-02-19 10:25",
        CANDIDATE, "Entrevista de esta mañana",
        "Buenos días, Nerea:\n\nLa comisión te ha estado esperando en Teams desde las 10:00 y no te has conectado.\n\nUn saludo,\nRocío"),
    cte="quoted-printable",
    html=outlook_html(paras("""Estimada Rocío:

Le pido disculpas por no haberme conectado esta mañana. Al mover la entrevista, mi calendario guardó la convocatoria anterior y yo estaba esperando la del jueves 26. Ha sido un error mío al no revisar la actualización.

Sigo muy interesada en el puesto de técnica de captación de congresos. Si la comisión pudiera ofrecerme otro hueco, me adaptaré a cualquier horario.

Un cordial saludo,
Nerea Olaizola-Brandt"""), "es"))

# 12 -- own: accepts the winery's offer
add(slug="propia_acepta_zubizarreta", lang="es", contact="",
    id="zubi_accept", parent="zubi_offer",
    frm=CANDIDATE, to=[("Itziar Zubizarreta", "itziar@zubizarreta.example.es")],
    subject="Re: Lo que hablamos ayer en la bodega", date="2026-09-23 08:14 +0200",
    text="""Egun on, Itziar:

Lo he consultado con la almohada (y con mi madre, que ya se ve de visita en la bodega cada fin de semana) y sí: acepto. Me hace muchísima ilusión llevar el enoturismo y los eventos con vosotros.

Para la incorporación, el 1 de noviembre me cuadra perfecto: así cierro la temporada de rutas en Sevilla y busco piso en Laguardia con calma. Cuando tengáis el contrato, mándamelo y lo reviso.

Eskerrik asko por la confianza,
Nerea

""" + reply_quote("es", "2026-09-22 19:40", ("Itziar Zubizarreta", "itziar@zubizarreta.example.es"),
        "Te resumo por escrito lo que hablamos: nos gustaría que te quedaras con nosotros como responsable de enoturismo y eventos.\nPiénsatelo con calma y nos dices."))

# 13 -- own: confirms the Giralda phone screen
add(slug="propia_confirma_giralda", lang="es", contact="",
    id="giralda_confirm", parent="giralda_invite",
    frm=CANDIDATE, to=[("Macarena Durán", "macarena.duran@hotelesgiralda.example.es")],
    subject="Re: Coordinador/a de Eventos – Hotel Giralda Triana", date="2026-02-02 12:40 +0100",
    text="""Hola Macarena:

Perfecto, el jueves 5 a las 10:30 me viene muy bien. Mi móvil es el 655 218 407.

¡Gracias y hasta el jueves!
Nerea

""" + reply_quote("es", "2026-02-02 10:05", ("Macarena Durán", "macarena.duran@hotelesgiralda.example.es"),
        "Hola Nerea, ¿te viene bien una llamada de 20 minutos el jueves 5 a las 10:30?"))

# 14 -- head-hunter cold approach, no event yet
add(slug="cazatalentos_primer_contacto", lang="es", contact="elena.sotomayor@talentiasearch.example.es",
    id="talentia_cold",
    frm=("Elena Sotomayor", "elena.sotomayor@talentiasearch.example.es"),
    subject="Perfil de coordinación de eventos en hotel urbano", date="2026-01-08 10:14 +0100",
    text="""Hola, Nerea:

He visto tu perfil y tu trayectoria con grupos de congresos en Sevilla. Trabajo en Talentia Hospitality Search y ahora mismo llevo la búsqueda de una persona para coordinar eventos y grupos en un hotel de cinco estrellas de una cadena internacional (no puedo decir el nombre todavía).

El puesto tiene base en Madrid, con bastante trato con agencias extranjeras, y valoran mucho los idiomas. Te encaja sobre el papel.

No hay prisa ni compromiso: si te interesa saber más, respóndeme a este correo y te mando la descripción completa.

Un saludo,

Elena Sotomayor
Senior Consultant · Hospitality & Events
Talentia Hospitality Search
Paseo de la Castellana 141, 28046 Madrid · +34 910 555 218
""",
    html=outlook_html(paras("""Hola, Nerea:

He visto tu perfil y tu trayectoria con grupos de congresos en Sevilla. Trabajo en Talentia Hospitality Search y ahora mismo llevo la búsqueda de una persona para coordinar eventos y grupos en un hotel de cinco estrellas de una cadena internacional (no puedo decir el nombre todavía).

El puesto tiene base en Madrid, con bastante trato con agencias extranjeras, y valoran mucho los idiomas. Te encaja sobre el papel.

No hay prisa ni compromiso: si te interesa saber más, respóndeme a este correo y te mando la descripción completa.

Un saludo,

Elena Sotomayor
Senior Consultant · Hospitality & Events
Talentia Hospitality Search
Paseo de la Castellana 141, 28046 Madrid · +34 910 555 218"""), "es"),
    cte="quoted-printable")

# 15 -- bank: "posición global", appointment with the branch manager
add(slug="banco_posicion_global", lang="es", contact="",
    frm=("Banca Guadaíra", "avisos@bancaguadaira.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="Tu posición global a 31 de marzo y cita con tu gestora", date="2026-04-01 08:00 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola, Nerea:

Ya tienes disponible en la banca online el resumen de tu posición global a 31 de marzo de 2026: cuentas, tarjetas y el plan de ahorro «Meta 2026» (aportación mensual de 150 €).

Tu gestora, Susana Lobato, te ha reservado una cita el jueves 9 de abril a las 17:30 en la oficina de la calle Asunción para revisar tu hipoteca. Si no puedes acudir, cancela o cambia la cita desde la app en «Mis citas».

Banca Guadaíra
Este es un mensaje automático. No respondas a este correo.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# 16 -- landlord: plumber appointment cancelled
add(slug="casero_cita_fontanero", lang="es", contact="ramon.alfaro@example.com",
    frm=("Ramón Alfaro", "ramon.alfaro@example.com"),
    subject="Cancelo la cita del fontanero del jueves", date="2026-04-14 21:07 +0200",
    text="""Buenas noches, Nerea:

Te aviso de que el fontanero me ha llamado y no puede venir el jueves a las 10 como habíamos quedado. Cancelamos esa cita y me propone el lunes 20 por la tarde, entre las 16 y las 18. ¿Estarás en casa o te dejo la llave con la vecina del 2ºB?

Por cierto, el administrador de la comunidad quiere hacer una pequeña «entrevista» a todos los inquilinos sobre la obra del ascensor. Te pasará un formulario.

Un saludo,
Ramón
""")

# 17 -- health centre: appointment moved (no-reply)
add(slug="centro_salud_cita", lang="es", contact="",
    frm=("Cita Previa Salud", "no-reply@citaprevia.saludandalucia.example.es"),
    subject="Su cita ha sido modificada", date="2026-05-05 07:12 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Estimada usuaria:

Le informamos de que su cita de Medicina de Familia en el Centro de Salud San Luis ha sido cambiada por ausencia del profesional.

Cita anterior: 06/05/2026 a las 09:20 - CANCELADA
Nueva cita: 08/05/2026 a las 11:40, consulta 14

Si no puede acudir, anule la cita para que otra persona pueda utilizarla.

Este mensaje ha sido enviado de forma automática. No responda a este correo.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# 18 -- language school: "entrevista de nivel" for a German course
add(slug="academia_entrevista_nivel", lang="es", contact="secretaria@goetheforum-sevilla.example.es",
    frm=("Secretaría Forum Alemán Sevilla", "secretaria@goetheforum-sevilla.example.es"),
    subject="Tu entrevista de nivel para el curso C1", date="2026-05-11 13:30 +0200",
    text="""Hola Nerea:

Gracias por inscribirte en el curso intensivo de alemán C1 de junio. Antes de asignarte grupo necesitamos hacerte una breve entrevista oral de nivel (15 minutos, con una de nuestras profesoras).

Puedes venir el miércoles 13 entre las 17:00 y las 19:00, sin cita, o hacerla por teléfono si nos dices a qué hora te llamamos.

Un saludo,
Secretaría · Forum Alemán Sevilla
C/ San Fernando 27 · 954 555 402
""")

# 19 -- out-of-office auto-reply from the Giralda recruiter
add(slug="fuera_oficina_giralda", lang="es", contact="macarena.duran@hotelesgiralda.example.es",
    frm=("Macarena Durán", "macarena.duran@hotelesgiralda.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Respuesta automática: ¿novedades sobre el proceso?", date="2026-03-06 09:31 +0100",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""Gracias por tu correo.

Estoy fuera de la oficina hasta el lunes 16 de marzo, con acceso limitado al correo. Para asuntos urgentes de selección puedes escribir a Ignacio Velasco (ignacio.velasco@hotelesgiralda.example.es).

Un saludo,
Macarena Durán
Talent Acquisition · Hoteles Giralda
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 20 -- professional network notification: profile searches
add(slug="red_profesional_busquedas", lang="es", contact="",
    frm=("RedPro", "notificaciones@redpro.example.com"),
    subject="Has aparecido en 14 búsquedas esta semana", date="2026-05-18 06:05 +0200",
    html=simple_html(paras("""Nerea, tu perfil está llamando la atención

Has aparecido en 14 búsquedas esta semana. Quienes te buscaron trabajan en: Hoteles Giralda, una agencia de eventos de Málaga y una empresa de selección de Madrid.

Palabras clave que les trajeron hasta ti: «coordinación de eventos», «alemán», «congresos».

Ver quién te ha buscado: https://www.redpro.example.com/me/busquedas

Prueba Premium gratis durante un mes: https://www.redpro.example.com/premium

Gestionar notificaciones: https://www.redpro.example.com/ajustes/notificaciones"""), "es"),
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://www.redpro.example.com/ajustes/notificaciones?unsub=1>")])

# 21 -- professional network: job recommendations
_items = [
    ("Coordinadora de congresos · Bahía Congresos · Málaga", "Hace 2 días · 37 solicitudes", "https://www.redpro.example.com/empleos/771203"),
    ("Event Manager (m/f/d) · Eventagentur · Viena", "Hace 1 día · En alemán", "https://www.redpro.example.com/empleos/771288"),
    ("Chargée de projets événementiels · Paris", "Hace 4 días · Solicitud sencilla", "https://www.redpro.example.com/empleos/771301"),
    ("Guest Experience Lead · Lisboa", "Hace 3 horas", "https://www.redpro.example.com/empleos/771355"),
]
_title = "Empleos que podrían interesarte"
_intro = "Basado en tu perfil y en tus búsquedas recientes."
_footer = "RedPro · Recibes estos correos porque tienes activadas las recomendaciones de empleo."
_unsub = "https://www.redpro.example.com/ajustes/empleos?unsub=1"
add(slug="red_profesional_empleos", lang="es", contact="",
    frm=("Empleos en RedPro", "empleos-noreply@redpro.example.com"),
    subject="Bahía Congresos y otras 3 empresas buscan perfiles como el tuyo", date="2026-05-25 07:40 +0200",
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "es"),
    cte="quoted-printable",
    headers=list_headers("<empleos.redpro.example.com>", _unsub, "unsub-empleos@redpro.example.com"))

# 22 -- master's programme: place refused (not a job rejection)
add(slug="master_no_admitida", lang="es", contact="",
    frm=("Posgrado – Universidad del Guadalquivir", "no-reply.posgrado@uguadalquivir.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="Resolución de admisión: Máster en Dirección de Eventos y Protocolo", date="2026-07-15 14:00 +0200",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Olaizola-Brandt:

Una vez resuelto el proceso de preinscripción para el curso 2026/2027, le comunicamos que su solicitud de admisión al Máster Universitario en Dirección de Eventos y Protocolo NO ha obtenido plaza en la primera adjudicación.

Su solicitud queda en lista de espera con el número 23. Podrá consultar las siguientes adjudicaciones en la sede electrónica a partir del 28 de julio.

Contra esta resolución podrá presentar reclamación en el plazo de diez días hábiles.

Servicio de Posgrado
Universidad del Guadalquivir
""",
    headers=[("Auto-Submitted", "auto-generated")])

# 23 -- waiting-list position for a course
add(slug="lista_espera_posicion", lang="es", contact="",
    frm=("Escuela Oficial de Idiomas", "informa@eoi-sevilla.example.es"),
    subject="Tu posición en la lista de espera: francés C1 intensivo", date="2026-06-22 10:10 +0200",
    cte="base64",
    text="""Hola:

Te confirmamos tu solicitud para el curso intensivo de francés C1 (septiembre, turno de tarde).

Ahora mismo ocupas la posición 9 en la lista de espera. Si se libera una plaza te avisaremos por correo y tendrás 48 horas para formalizar la matrícula. Si ya no te interesa la plaza, puedes cancelar tu solicitud desde la secretaría virtual.

Escuela Oficial de Idiomas · Secretaría
""")

# 24 -- forwarded job posting from an ex-colleague
add(slug="reenvio_oferta_excompanero", lang="es", contact="dani.carmona@example.com",
    frm=("Dani Carmona", "dani.carmona@example.com"),
    subject="Fwd: Oferta coordinador/a de eventos - Nácar Hoteles Madrid", date="2026-02-11 09:48 +0100",
    text="""Nerea, mira esto, me ha llegado por la lista de antiguos alumnos y me he acordado de ti. Piden alemán, ¡es para ti!
Dani

""" + forwarded("es", ("Bolsa de empleo Alumni", "alumni@escuelahosteleria.example.es"), "2026-02-10 17:02",
        ("Lista Alumni", "alumni-lista@escuelahosteleria.example.es"), "Oferta coordinador/a de eventos - Nácar Hoteles Madrid",
        """Nácar Hoteles busca Coordinador/a de Eventos para su hotel de Castellana (Madrid).

Requisitos: 3 años de experiencia en eventos o grupos, inglés y alemán altos, manejo de Opera/Delphi.
Ofrecemos: contrato indefinido, 28.000 € brutos anuales, manutención.

Inscripción: https://careers-nacarhoteles.icims.example.com/jobs/1188
Plazo: hasta el 28 de febrero."""))

# 25 -- guides' association newsletter (exam and "entrevistas" in another sense)
add(slug="asociacion_guias_boletin", lang="es", contact="",
    frm=("Asociación de Guías de Sevilla", "boletin@guiasdesevilla.example.es"),
    subject="Boletín de abril: habilitación, Feria y entrevistas en prensa", date="2026-04-06 20:00 +0200",
    text="""BOLETÍN DE ABRIL

1. Examen de habilitación de guías: la Junta ha publicado la lista provisional de admitidos. Si alguna compañera ha sido excluida, la asociación ofrece ayuda para la reclamación.

2. Feria de Abril: recordad que el Ayuntamiento restringe los grupos de más de 25 personas en el Real del 19 al 25 de abril.

3. Prensa: el Diario de Triana está preparando un reportaje sobre nuestro colectivo y busca guías dispuestos a dar una entrevista. Escribid a la junta si os interesa.

4. Formación: taller de narración oral, 28 de abril, sede de la asociación.

Un saludo,
La Junta Directiva
https://guiasdesevilla.example.es
Baja de la lista: https://guiasdesevilla.example.es/baja
""",
    headers=list_headers("Boletin AGS <boletin.guiasdesevilla.example.es>", "https://guiasdesevilla.example.es/baja", "baja@guiasdesevilla.example.es"))

# 26 -- saved job posting expired (she never applied)
add(slug="oferta_guardada_caducada", lang="es", contact="",
    frm=("EmpleoEventos", "alertas@empleoeventos.example.es"),
    subject="Una oferta que guardaste ya no está disponible", date="2026-04-27 08:20 +0200",
    html=simple_html(paras("""Hola Nerea:

La oferta «Técnico/a de protocolo – Diputación» que guardaste en tu lista de favoritas se ha cerrado y ya no admite candidaturas.

No te preocupes: tenemos 12 ofertas parecidas en Andalucía. Échales un vistazo:
https://alertas.empleoeventos.example.es/similares?o=87110

Gestiona tus favoritas: https://alertas.empleoeventos.example.es/favoritas"""), "es"),
    cte="quoted-printable",
    headers=list_headers("<alertas.empleoeventos.example.es>", "https://alertas.empleoeventos.example.es/baja?u=5521&t=8a1f", "baja@empleoeventos.example.es"))

# 27 -- own: declines Bahía Congresos' offer
add(slug="propia_rechaza_oferta_bahia", lang="es", contact="",
    id="bahia_decline", parent="bahia_offer",
    frm=CANDIDATE, to=[("Gonzalo Ferrer", "gonzalo.ferrer@bahiacongresos.example.es")],
    subject="RE: Propuesta de incorporación – Coordinadora de congresos", date="2026-06-12 17:55 +0200",
    text="""Hola, Gonzalo:

Muchas gracias por la propuesta y por la confianza de todo el equipo. Lo he pensado mucho estos días y finalmente voy a declinarla: la parte de captación comercial pesa más de lo que yo busco ahora, y prefiero no empezar algo en lo que no me veo a largo plazo.

Ha sido un proceso muy agradable y espero que coincidamos en algún congreso.

Un abrazo,
Nerea

""" + outlook_block("es", ("Gonzalo Ferrer", "gonzalo.ferrer@bahiacongresos.example.es"), "2026-06-09 13:02",
        CANDIDATE, "Propuesta de incorporación – Coordinadora de congresos",
        "Hola Nerea:\n\nComo te adelanté por teléfono, nos gustaría contar contigo como coordinadora de congresos.\nTe resumo las condiciones: contrato indefinido, 27.500 € brutos anuales y incorporación el 1 de julio."))

# 28 -- former boss: a reference call about her
add(slug="exjefe_referencias", lang="es", contact="manolo.peral@rutasdelsur.example.es",
    frm=("Manolo Peral", "manolo.peral@rutasdelsur.example.es"),
    subject="Me han llamado pidiendo referencias tuyas", date="2026-03-13 19:25 +0100",
    text="""Hola Nerea,

Solo para que lo sepas: esta tarde me ha llamado una chica de Hoteles Giralda pidiendo referencias tuyas. Le he contado lo del congreso de cardiología de 2024 y lo de los 600 cruceristas en un día, así que no te preocupes, has quedado como una reina.

Si necesitas una carta de recomendación firmada, dímelo y te la hago esta semana.

Un abrazo y suerte,

Manolo Peral
Gerente · Rutas del Sur Turismo
Plaza Nueva 9, 41001 Sevilla · 954 555 771
""")

# 29 -- webinar invitation (training org) about interviews
add(slug="webinar_entrevistas_ingles", lang="es", contact="",
    frm=("Formación Hostelera Online", "eventos@formacionhostelera.example.es"),
    subject="Webinar gratuito: supera tu entrevista en inglés (jueves 19:00)", date="2026-05-04 12:00 +0200",
    text="""¿Tienes una entrevista en inglés y te bloqueas?

Este jueves a las 19:00 te esperamos en nuestro webinar gratuito «Job interviews in English for hospitality». Una hora, práctica real y preguntas típicas de hoteles y agencias.

Reserva tu plaza: https://formacionhostelera.example.es/webinar/entrevista-ingles
Calendario de formaciones: https://formacionhostelera.example.es/calendario

Formación Hostelera Online · Si no quieres recibir más comunicaciones: https://formacionhostelera.example.es/baja
""",
    html=newsletter("Webinar: supera tu entrevista en inglés", "Este jueves a las 19:00, una hora de práctica real con preguntas típicas de hoteles y agencias.",
        [("Reserva tu plaza", "Gratis, plazas limitadas.", "https://formacionhostelera.example.es/webinar/entrevista-ingles"),
         ("Calendario de formaciones", "Próximos cursos de revenue, eventos y protocolo.", "https://formacionhostelera.example.es/calendario")],
        "Formación Hostelera Online", "https://formacionhostelera.example.es/baja", "es"),
    cte="quoted-printable",
    headers=list_headers("<novedades.formacionhostelera.example.es>", "https://formacionhostelera.example.es/baja", "baja@formacionhostelera.example.es"))


# =======================================================================================
# English (12)
# =======================================================================================

# 30 -- job digest
_items = [
    ("Conference Producer – Lisbon", "Medical congress organiser · Full-time · English + Portuguese a plus", "https://eventjobsweekly.example.com/j/5120?src=digest"),
    ("Events Coordinator – Dublin Docklands", "Venue group · 12-month contract", "https://eventjobsweekly.example.com/j/5133?src=digest"),
    ("Guest Experience Manager – Vienna", "Five-star hotel · German required", "https://eventjobsweekly.example.com/j/5141?src=digest"),
    ("Incentive Travel Planner – Madrid (remote-friendly)", "DMC · Spanish and English", "https://eventjobsweekly.example.com/j/5150?src=digest"),
    ("Wedding & Private Events Lead – Algarve", "Resort · Seasonal, accommodation provided", "https://eventjobsweekly.example.com/j/5162?src=digest"),
]
_title = "EventJobs Weekly – 5 new roles for you"
_intro = "Fresh openings matching 'event coordinator' in Spain, Portugal, Ireland and Austria."
_footer = "EventJobs Weekly. You signed up at eventjobsweekly.example.com."
_unsub = "https://eventjobsweekly.example.com/unsubscribe?u=nerea-ob"
add(slug="digest_eventjobs_weekly", lang="en", contact="",
    frm=("EventJobs Weekly", "digest@eventjobsweekly.example.com"),
    subject=_title, date="2026-02-16 06:00 +0000",
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "en"),
    cte="quoted-printable",
    headers=list_headers("EventJobs Weekly <weekly.eventjobsweekly.example.com>", _unsub, "unsubscribe@eventjobsweekly.example.com"))

# 31 -- newsletter about rejections
_items = [
    ("Why 'unfortunately' isn't the end of the story", "Most rejection emails are written from a template. Here is what they really mean, and when it is worth asking for feedback.", "https://careerlane.example.com/read/unfortunately"),
    ("The interview that went wrong (and the offer that followed)", "A reader tells how a disastrous panel interview turned into a job six months later.", "https://careerlane.example.com/read/second-chance"),
    ("Open roles from our partners", "Events, hospitality and travel, updated daily.", "https://careerlane.example.com/jobs"),
]
_title = "Careerlane Sunday Read"
_intro = "This week: rejections, second chances, and what recruiters wish you knew."
_footer = "Careerlane Ltd., 14 Harbour Row, Cork. You are receiving this because you subscribed."
_unsub = "https://careerlane.example.com/u/8812"
add(slug="newsletter_rejections_en", lang="en", contact="",
    frm=("Careerlane", "sunday@careerlane.example.com"),
    subject="We regret to inform you… that rejection is normal", date="2026-03-01 08:00 +0000",
    subj_enc=("utf-8", "Q"),
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "en"),
    cte="base64",
    headers=list_headers("<sunday.careerlane.example.com>", _unsub, "unsub@careerlane.example.com"))

# 32 -- career-advice article
add(slug="advice_panel_interviews", lang="en", contact="",
    frm=("The Event Career Letter", "letter@eventcareerletter.example.com"),
    subject="How to survive a panel interview (from someone who has sat on 200 of them)",
    date="2026-04-19 17:30 +0100",
    text="""Hi there,

This week's letter is about panel interviews, because half of you wrote in about them.

1. Learn the names. When the invitation arrives, look up everyone on the panel. Address each of them at least once.
2. Answer the person who asked, then widen your eye contact to the whole table.
3. Bring one story about a plan that failed. Event people are hired for what they do when the coach doesn't turn up.
4. If you are asked to reschedule, say yes graciously; if the panel cancels on you, it is rarely about you.

Next week: what to do after the offer arrives.

Read online: https://eventcareerletter.example.com/issues/42
Unsubscribe: https://eventcareerletter.example.com/unsubscribe

The Event Career Letter
""",
    headers=list_headers("<letter.eventcareerletter.example.com>", "https://eventcareerletter.example.com/unsubscribe", "leave@eventcareerletter.example.com"))

# 33 -- press interview request (travel magazine)
add(slug="press_interview_request", lang="en", contact="orla.brennan@southbound-mag.example.ie",
    frm=("Orla Brennan", "orla.brennan@southbound-mag.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Interview request: Seville through a guide's eyes (Southbound Magazine)",
    date="2026-05-07 15:48 +0100",
    text="""Dear Nerea,

I'm a features writer at Southbound, a travel quarterly published in Dublin. I'm putting together a piece on Seville for our autumn issue and a colleague who took your night walk through Santa Cruz recommended you very warmly.

Would you be open to a short interview, by phone or video, some time in the next two weeks? It would take about 30 minutes. We'd quote you by name and, if you're happy to, include a photo.

Thanks so much for considering it.

Best wishes,
Orla Brennan
Features Writer, Southbound Magazine
+353 1 555 0192
""")

# 34 -- user-research interview invitation
add(slug="user_research_interview", lang="en", contact="",
    frm=("Tourly Research", "no-reply@research.tourly.example.com"),
    subject="Help us shape Tourly: 45-minute research interview (€40 voucher)",
    date="2026-06-03 10:00 +0100",
    html=simple_html(paras("""Hi Nerea,

You've been a Tourly guide partner for two years, so your opinion matters a lot to us.

Our product team is running user research interviews about how guides manage bookings, cancellations and last-minute changes. Sessions last 45 minutes on video and every participant receives a €40 voucher.

Pick a slot that suits you: https://tourly.example.com/research/book?p=guides-2026

Thank you!
The Tourly Research team

You received this email because you are a registered guide on Tourly. Manage preferences: https://tourly.example.com/settings/email"""), "en"),
    cte="quoted-printable")

# 35 -- package delayed (English), "unfortunately"
add(slug="package_delayed_en", lang="en", contact="",
    frm=("ParcelNorth Tracking", "noreply@parcelnorth.example.com"),
    subject="Unfortunately, your package is delayed", date="2026-07-27 13:15 +0100",
    text="""Hello,

Unfortunately, your package 7Q-55102-IE from Dublin is delayed due to a sorting issue at our Madrid hub.

Current position: Madrid Coslada hub, awaiting onward transport.
New estimated delivery: Thursday 30 July.

No action is needed. Track your parcel: https://track.parcelnorth.example.com/7Q-55102-IE

ParcelNorth
This mailbox is not monitored.
""",
    headers=[("Auto-Submitted", "auto-generated")])

# 36 -- friend in Dublin tells about her rejection
add(slug="friend_dublin_rejection", lang="en", contact="ciara.mcgrath@example.ie",
    frm=("Ciara McGrath", "ciara.mcgrath@example.ie"),
    subject="well that's that then", date="2026-06-14 23:02 +0100",
    text="""Nerea!!

Remember the festival job in Galway I was going on about? Got the email today. "After careful consideration we have decided not to progress your application." Three interviews, a presentation, AND they made me do a budget exercise over the weekend. Honestly.

Anyway, I'm grand, Ben brought wine. Still coming over in August? Tell me everything about the Lisbon lot and the Vienna thing, I need to live through someone else's good news.

C x
""")

# 37 -- own: thank-you note to Alfama Live
add(slug="own_thanks_alfama", lang="en", contact="",
    id="alfama_thanks", parent="alfama_newslot",
    frm=CANDIDATE, to=[("Joana Pires", "joana.pires@alfamalive.example.pt")],
    subject="Thank you for today's conversation", date="2026-03-31 17:20 +0200",
    text=f"""Dear Joana,

Thank you for taking the time to speak with me this afternoon, and for being so understanding about the mix-up last week.

I really enjoyed hearing how Alfama Live builds its festival side-programmes, and I'd love to bring my experience with multilingual groups to the team.

Kind regards,
Nerea
{SIG_EN}
""")

# 38 -- own: application to Tejo Summit Productions
add(slug="own_application_tejo", lang="en", contact="",
    id="tejo_apply",
    frm=CANDIDATE, to=[("Tejo Summit Productions", "people@tejosummit.example.pt")],
    subject="Application: Event Operations Coordinator (Web Summit side events)", date="2026-03-05 21:44 +0100",
    text=f"""Dear Hiring Team,

I'd like to apply for the Event Operations Coordinator role advertised on your website.

I'm a licensed tour guide in Seville moving into event management. For six years I've handled conference groups and incentive trips: transfers, partner programmes, gala dinners in heritage venues, and the many small crises in between. I work in English, Spanish, German, French and Basque, and I'd be glad to relocate to Lisbon.

Please find my CV attached. I'd welcome the chance to talk.

Kind regards,
{SIG_EN}
""",
    attach=[{"type": "pdf", "name": "Nerea_Olaizola-Brandt_CV_EN.pdf",
             "lines": ["Nerea Olaizola-Brandt", "Tour guide moving into event management",
                       "nerea.ob@example.es", "", "2020-2026 Licensed guide, MICE groups, Seville",
                       "Languages: EN, ES, DE, FR, EU"]}])

# 39 -- out-of-office auto-reply (Halfpenny recruiter)
add(slug="ooo_halfpenny", lang="en", contact="grainne.doyle@halfpennyevents.example.ie",
    frm=("Gráinne Doyle", "grainne.doyle@halfpennyevents.example.ie"),
    frm_enc=("utf-8", "B"),
    subject="Automatic reply: Interview follow-up", date="2026-07-20 11:02 +0100",
    text="""Hi,

Thanks for your email. I'm on annual leave until Monday 27 July with no access to email.

For anything urgent about recruitment please contact our Operations Director, Declan Furlong, on +353 1 555 0144.

Kind regards,
Gráinne
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "grainne.doyle@halfpennyevents.example.ie")])

# 40 -- professional network notification (profile views)
add(slug="network_profile_views_en", lang="en", contact="",
    frm=("RedPro", "notifications@redpro.example.com"),
    subject="3 recruiters viewed your profile", date="2026-08-10 06:30 +0100",
    text="""Nerea, you're getting noticed.

3 recruiters viewed your profile this week:
- Talent Partner at a hotel group in Lisbon
- Recruiter at an events agency in Dublin
- Someone at Donau Kongress Wien

See all viewers: https://www.redpro.example.com/me/profile-views
Try Premium free for 1 month: https://www.redpro.example.com/premium

You are receiving RedPro notification emails. Unsubscribe: https://www.redpro.example.com/settings/notifications?unsub=views
""",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://www.redpro.example.com/settings/notifications?unsub=views>")])

# 41 -- recruiter's cold approach (Dublin agency)
add(slug="cold_approach_liffey", lang="en", contact="rory.kinsella@liffeytalent.example.ie",
    frm=("Rory Kinsella", "rory.kinsella@liffeytalent.example.ie"),
    subject="Multilingual events people – quick intro", date="2026-05-26 09:12 +0100",
    text="""Hi Nerea,

Hope you don't mind the cold email. I run the hospitality desk at Liffey Talent in Dublin and came across your profile while searching for multilingual event coordinators.

I don't have a specific role to put in front of you today, but several of our venue and conference clients hire German and Spanish speakers every autumn. If you're open to Dublin, I'd be happy to keep your details on file and give you a shout when something fits.

All the best,
Rory Kinsella
Principal Consultant – Hospitality & Events
Liffey Talent | 22 Ormond Quay Upper, Dublin 7 | +353 1 555 0177
""")


# =======================================================================================
# French (6)
# =======================================================================================

# 42 -- job alert digest
_items = [
    ("Chef de projet événementiel H/F – Nice", "Agence MICE · CDI · 32–36 k€", "https://alertes.evenementjob.example.fr/offre/33190"),
    ("Coordinatrice congrès – Paris 15e", "Organisateur de congrès médicaux · CDD 12 mois", "https://alertes.evenementjob.example.fr/offre/33204"),
    ("Assistante séminaires – Cannes", "Hôtel 5* · Saison avril–octobre", "https://alertes.evenementjob.example.fr/offre/33217"),
    ("Responsable réceptifs groupes – Lyon", "DMC · Espagnol et allemand appréciés", "https://alertes.evenementjob.example.fr/offre/33230"),
]
_title = "Vos nouvelles offres « événementiel »"
_intro = "Bonjour Nerea, voici les offres publiées depuis votre dernière alerte."
_footer = "ÉvénementJob – Vous recevez cet e-mail car vous avez créé une alerte."
_unsub = "https://alertes.evenementjob.example.fr/desinscription?a=2241"
add(slug="alerte_evenementjob", lang="fr", contact="",
    frm=("ÉvénementJob Alertes", "alertes@evenementjob.example.fr"),
    frm_enc=("iso-8859-1", "Q"),
    subject="4 nouvelles offres pour « chef de projet événementiel »", date="2026-03-23 07:00 +0100",
    subj_enc=("iso-8859-1", "Q"),
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "fr"),
    cte="quoted-printable",
    headers=list_headers("<alertes.evenementjob.example.fr>", _unsub, "desinscription@evenementjob.example.fr"))

# 43 -- master's admission refused (a place to study, not a job)
add(slug="master_candidature_non_retenue", lang="fr", contact="",
    frm=("Institut Méditerranéen du Tourisme", "admissions@imt-nice.example.fr"),
    frm_enc=("utf-8", "Q"),
    subject="Votre candidature au Master Management de l'Événementiel", date="2026-06-02 16:30 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Nous vous remercions pour l'intérêt que vous portez au Master Management de l'Événementiel et du Tourisme d'Affaires.

Après examen de votre dossier par la commission pédagogique, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la rentrée de septembre 2026. Le nombre de places étant limité à 28 étudiants, la sélection a été particulièrement serrée cette année.

Vous pouvez déposer une nouvelle candidature lors de la prochaine campagne d'admission, qui ouvrira en janvier 2027.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service des admissions
Institut Méditerranéen du Tourisme – 12, promenade des Anglais, 06000 Nice
""")

# 44 -- own: application to Riviera Congrès
add(slug="propre_candidature_riviera", lang="fr", contact="",
    id="riviera_apply",
    frm=CANDIDATE, to=[("Riviera Congrès – Recrutement", "recrutement@rivieracongres.example.fr")],
    subject="Candidature – Chargée d'accueil congrès (réf. RC-2026-14)", date="2026-04-20 08:52 +0200",
    text=f"""Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de chargée d'accueil congrès (réf. RC-2026-14).

Guide officielle à Séville depuis six ans, j'accompagne des groupes de congressistes et de voyages de stimulation : transferts, programmes d'accompagnants, dîners de gala dans des lieux patrimoniaux. Je parle français, anglais, allemand, espagnol et basque, et je serais ravie de m'installer à Nice.

Vous trouverez mon CV ci-joint. Je reste à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Nerea Olaizola-Brandt
{CANDIDATE_PHONE}
""",
    attach=[{"type": "pdf", "name": "CV_Nerea_Olaizola-Brandt_FR.pdf",
             "lines": ["Nerea Olaizola-Brandt", "Guide officielle - coordination d'événements",
                       "nerea.ob@example.es", "Langues : FR, EN, DE, ES, EU"]}])

# 45 -- out-of-office (Lutèce)
add(slug="absence_lutece", lang="fr", contact="ines.marchand@lutece-evenements.example.fr",
    frm=("Inès Marchand", "ines.marchand@lutece-evenements.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Réponse automatique : Absence du bureau", date="2026-04-21 09:00 +0200",
    subj_enc=("utf-8", "B"),
    text="""Bonjour,

Je suis absente du bureau jusqu'au 27 avril inclus. Votre message ne sera pas transféré.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter Hugo Lefebvre : hugo.lefebvre@lutece-evenements.example.fr.

Cordialement,
Inès Marchand
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 46 -- bank: appointment with the adviser, "position" of the account
add(slug="banque_rendez_vous", lang="fr", contact="",
    frm=("Crédit Azuréen – Votre conseiller", "ne-pas-repondre@credit-azureen.example.fr"),
    frm_enc=("utf-8", "Q"),
    subject="Confirmation de votre rendez-vous du 9 juin", date="2026-06-04 18:20 +0200",
    html=simple_html(paras("""Bonjour Madame Olaizola-Brandt,

Nous vous confirmons votre rendez-vous avec votre conseiller, M. Thibault Garnier, le mardi 9 juin à 11h00 en visioconférence, pour l'ouverture de votre compte et le point sur la position de vos avoirs.

Pour reporter ou annuler ce rendez-vous, rendez-vous dans votre espace client, rubrique « Mes rendez-vous ».

Crédit Azuréen
Ceci est un message automatique, merci de ne pas y répondre."""), "fr"),
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")])

# 47 -- newsletter about interviews (French)
_items = [
    ("Entretien d'embauche : les 7 questions pièges du secteur événementiel", "« Parlez-moi d'un échec » : comment y répondre sans vous saborder.", "https://tourisme-emploi.example.fr/mag/questions-pieges"),
    ("Candidatures refusées : faut-il relancer ?", "Une recruteuse nous explique quand un refus peut devenir une opportunité.", "https://tourisme-emploi.example.fr/mag/relancer"),
    ("Les offres de la semaine à Paris et sur la Côte d'Azur", "Hôtellerie, congrès, agences : 52 postes.", "https://tourisme-emploi.example.fr/offres"),
]
_title = "La lettre Tourisme & Emploi"
_intro = "Ce mois-ci : entretiens, refus et relances."
_footer = "Tourisme & Emploi – Vous êtes abonnée à notre lettre mensuelle."
_unsub = "https://tourisme-emploi.example.fr/desabonnement?id=9921"
add(slug="lettre_tourisme_emploi", lang="fr", contact="",
    frm=("Tourisme & Emploi", "lettre@tourisme-emploi.example.fr"),
    subject="Entretiens, refus, relances : la lettre de mai", date="2026-05-15 08:00 +0200",
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "fr"),
    cte="quoted-printable",
    headers=list_headers("La lettre <lettre.tourisme-emploi.example.fr>", _unsub, "desabonnement@tourisme-emploi.example.fr"))


# =======================================================================================
# German (5)
# =======================================================================================

# 48 -- newsletter (industry careers, talks about rejections)
_items = [
    ("Absage bekommen – und jetzt?", "Warum eine Absage selten an Ihnen liegt und wie Sie um Feedback bitten, ohne aufdringlich zu wirken.", "https://karriere-eventbranche.example.at/magazin/absage"),
    ("Vorstellungsgespräch per Video: die fünf häufigsten Pannen", "Vom eingefrorenen Bild bis zum falschen Link.", "https://karriere-eventbranche.example.at/magazin/video"),
    ("Neue Stellen in Wien, Graz und Salzburg", "Kongresse, Bälle, Messen: 41 offene Positionen.", "https://karriere-eventbranche.example.at/jobs"),
]
_title = "Karriere Eventbranche – Newsletter Juni"
_intro = "Diesmal geht es um Absagen, Videointerviews und die Ballsaison-Stellen."
_footer = "Karriere Eventbranche, Mariahilfer Straße 88, 1070 Wien."
_unsub = "https://karriere-eventbranche.example.at/abmelden?t=77ab"
add(slug="newsletter_eventbranche", lang="de", contact="",
    frm=("Karriere Eventbranche", "newsletter@karriere-eventbranche.example.at"),
    subject="Absage bekommen? Was jetzt hilft, plus 41 neue Stellen für Eventprofis", date="2026-06-08 07:45 +0200",
    subj_enc=("iso-8859-1", "Q"),
    text=digest_text(_title, _intro, _items, _footer, _unsub),
    html=newsletter(_title, _intro, _items, _footer, _unsub, "de"),
    cte="quoted-printable",
    headers=list_headers("<newsletter.karriere-eventbranche.example.at>", _unsub, "abmelden@karriere-eventbranche.example.at"))

# 49 -- out-of-office (Donau Kongress)
add(slug="abwesenheit_donau", lang="de", contact="katharina.pichler@donaukongress.example.at",
    frm=("Katharina Pichler", "katharina.pichler@donaukongress.example.at"),
    subject="Abwesenheitsnotiz: Rückfrage zum Gesprächstermin", date="2026-06-26 14:12 +0200",
    subj_enc=("utf-8", "Q"),
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 3. Juli nicht im Büro und kann Ihre Nachricht erst danach beantworten.

In dringenden Fällen wenden Sie sich bitte an personal@donaukongress.example.at.

Mit freundlichen Grüßen
Katharina Pichler
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 50 -- own: confirms the Donau interview (German)
add(slug="eigene_bestaetigung_donau", lang="de", contact="",
    id="donau_confirm", parent="donau_invite",
    frm=CANDIDATE, to=[("Katharina Pichler", "katharina.pichler@donaukongress.example.at")],
    subject="AW: Einladung zum Vorstellungsgespräch – Projektkoordination Kongresse", date="2026-06-10 16:48 +0200",
    text="""Sehr geehrte Frau Pichler,

vielen Dank für die Einladung. Den Termin am Mittwoch, 17. Juni, um 10:00 Uhr nehme ich gerne wahr. Ich habe die Kalendereinladung angenommen.

Mit freundlichen Grüßen
Nerea Olaizola-Brandt

""" + reply_quote("de", "2026-06-10 11:20", ("Katharina Pichler", "katharina.pichler@donaukongress.example.at"),
        "Wir würden Sie gerne zu einem Vorstellungsgespräch per Microsoft Teams einladen."))

# 51 -- property management in Vienna: viewing cancelled
add(slug="hausverwaltung_besichtigung", lang="de", contact="s.brandl@hausverwaltung-brandl.example.at",
    frm=("Sabine Brandl | Hausverwaltung Brandl", "s.brandl@hausverwaltung-brandl.example.at"),
    subject="Besichtigungstermin Wohnung Ungargasse 41/7 abgesagt", date="2026-07-01 15:30 +0200",
    text="""Sehr geehrte Frau Olaizola-Brandt,

leider müssen wir den Besichtigungstermin am Samstag, 4. Juli, um 11:00 Uhr für die Wohnung Ungargasse 41/7 absagen: Die Wohnung wurde bereits vergeben.

Gerne schicken wir Ihnen vergleichbare Angebote im 3. Bezirk. Antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Sabine Brandl
Hausverwaltung Brandl · Landstraßer Hauptstraße 12, 1030 Wien · +43 1 555 2290
""")

# 52 -- professional network notification (German)
add(slug="netzwerk_benachrichtigung", lang="de", contact="",
    frm=("RedPro", "benachrichtigungen@redpro.example.com"),
    subject="Ihr Profil wurde diese Woche 11-mal angesehen", date="2026-07-13 06:10 +0200",
    html=simple_html(paras("""Hallo Nerea,

Ihr Profil wurde diese Woche 11-mal angesehen, unter anderem von Personalverantwortlichen aus Wien.

Neue Stellen für Sie: Eventmanagerin (m/w/d) in Wien, Projektleitung Kongresse in Salzburg, Guest Relations in Innsbruck.

Alle Stellen ansehen: https://www.redpro.example.com/jobs?lang=de

Benachrichtigungen verwalten: https://www.redpro.example.com/settings/notifications"""), "de"),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://www.redpro.example.com/settings/notifications?unsub=de>")])
