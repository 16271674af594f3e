"""Corpus 198: messages of kind `other` (52), hand-written: the candidate's own mail, digests,
newsletters, auto-replies, notifications and mail that uses job words in another sense."""

# ruff: noqa: C408  (message specs are written as dict(...) calls on purpose)

from __future__ import annotations

from msgs198_common import (
    CAND,
    CAND_SIG_EN,
    CAND_SIG_ES,
    blockquote,
    digest_text,
    esc,
    forward_block,
    newsletter_html,
    on_wrote,
    outlook_block,
    paras,
    reply_quote,
    simple_html,
)

LUCIA = ("Lucía Paredes Vílchez", "lucia.paredes@mercadosandinos.example.pe")
WALTER = ("Walter Huamán Quispe", "walter.huaman@cerveceriaqosqo.example.pe")
KARINA = ("Karina Llosa", "karina.llosa@talentosur.example.pe")
TEOFILO = ("Teófilo Ccahuana", "teofilo@huancaro.example.pe")
CARMEN = ("Carmen Rosa Auccapuma", "carmen.auccapuma@tejiendofuturo.example.pe")
GONZALO = ("Gonzalo Benavides", "gbenavides@verticehh.example.pe")
TASHA = ("Tasha Greene", "tasha.greene@bayougrocers.example.com")
DEREK = ("Derek Almanza", "derek.almanza@gulfcoastmining.example.com")
GENEVIEVE = ("Geneviève Tremblay", "genevieve.tremblay@dsl.example.ca")
MATHIEU = ("Mathieu Gagnon", "mathieu.gagnon@brasserieduplateau.example.ca")
KATHARINA = ("Katharina Brunner", "katharina.brunner@donauhandel.example.at")
MARTINA = ("Martina Hofbauer", "m.hofbauer@personalwerk.example.at")

MESSAGES: list[dict] = []
add = MESSAGES.append


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
AUTO_GEN = [("Auto-Submitted", "auto-generated")]

# ================================================================ es: the candidate's own mail
_ma_thanks = """Hola Lucía:

Quería agradecerles a ti y a Jorge por la entrevista de esta tarde. Me gustó mucho conocer cómo organizan los conteos cíclicos por familia de productos, y me quedé pensando en el reto de las mermas en frescos que mencionaron.

Quedo a su disposición para cualquier información adicional.

Saludos cordiales,
Paloma Whitfield-Ccori"""
add(dict(
    kind="other", slug="own_thanks_mercados_andinos", lang="es", company="", contact="",
    frm=CAND, to=[LUCIA], date="2026-02-27 19:40 -0500",
    subject="Gracias por la entrevista",
    text=_ma_thanks, cte="8bit",
    mid="ma-thanks", refs=["ma-invite", "ma-move"],
))

_qosqo_apology = """Walter, mil disculpas. Estaba en el puesto del mercado y justo se cayó la señal; recién veo sus llamadas perdidas. ¿Podríamos reprogramar la conversación? Puedo cualquier tarde desde las 3.

Paloma"""
_qosqo_missed = """Paloma, te llamé dos veces a las 10:00, como quedamos, pero no contestaste y entró la contestadora.

¿Todo bien? Avísame si todavía te interesa el puesto.

Walter"""
add(dict(
    kind="other", slug="own_apology_reschedule_qosqo", lang="es", company="", contact="",
    frm=CAND, to=[WALTER], date="2026-01-22 13:10 -0500",
    subject="Re: Llamada – Asistente de Inventarios",
    text=f"""{_qosqo_apology}

{reply_quote("es", "2026-01-22 10:35 -0500", WALTER, _qosqo_missed)}""",
    cte="qp",
    mid="qosqo-apology", refs=["qosqo-invite", "qosqo-missed"],
))

add(dict(
    kind="other", slug="own_application_huancaro_cv", lang="es", company="", contact="",
    frm=CAND, to=[TEOFILO], date="2026-03-16 08:31 -0500",
    subject="Postulación almacén", subj_enc=("iso-8859-1", "Q", True),
    text="""Señor Teófilo Ccahuana:

Le escribo para postular al puesto de ayudante de almacén que vi en el cartel de su local. Adjunto mi CV.

Atentamente,
Paloma Whitfield-Ccori""",
    charset="iso-8859-1", cte="8bit",
    attach=[dict(type="pdf", name="CV_Paloma_Whitfield-Ccori.pdf",
                 title="Paloma Whitfield-Ccori - Curriculum vitae",
                 lines=["Cusco, Perú - paloma.wc@example.pe - +51 984 117 352", "",
                        "2017-2026  Vendedora independiente, puesto 214, Mercado San Pedro",
                        "           Control de stock, compras a mayoristas, caja diaria",
                        "2025       Excel intermedio (tablas dinámicas, BUSCARV)",
                        "Idiomas: castellano, inglés (B2), quechua, francés y alemán (A2)"])],
    mid="huancaro-app",
))

_tejiendo_letter = """Estimada Carmen Rosa:

Les escribo para postular al puesto de Encargada de Almacén y Stock que publicaron en su página.

Desde hace ocho años tengo un puesto de tejidos y frutas en el mercado San Pedro: compro a productores, llevo el cuaderno de entradas y salidas y hago inventario cada domingo. Este año terminé un curso de Excel y quiero dar el salto a un trabajo de inventarios en una organización con propósito. Conozco a varias tejedoras de Chinchero y hablo quechua, lo que creo que puede ayudar en la relación con las comunidades.

Adjunto mi CV y quedo atenta a su respuesta.

Atentamente,
Paloma Whitfield-Ccori"""
add(dict(
    kind="other", slug="own_application_tejiendo_html", lang="es", company="", contact="",
    frm=CAND, to=[CARMEN], date="2026-04-27 21:14 -0500",
    subject="Postulación – Encargada de Almacén y Stock",
    text=_tejiendo_letter + "\n\n" + CAND_SIG_ES,
    html=simple_html(paras(_tejiendo_letter) + '\n<p style="color:#666">--<br>'
                     "Paloma Whitfield-Ccori<br>Cusco, Perú · +51 984 117 352</p>"),
    cte="qp", html_cte="qp",
    mid="tejiendo-app",
))

_ts_move = """Paloma, te cuento que el Sr. Tito tiene inventario general en la tienda de San Jerónimo este jueves y me pidió mover la entrevista para el lunes 9 de febrero a las 3:00 p. m., mismo lugar.

¿Me confirmas que puedes?

Karina"""
add(dict(
    kind="other", slug="own_confirms_agency_interview", lang="es", company="", contact="",
    frm=CAND, to=[KARINA], date="2026-02-05 20:15 -0500",
    subject="RE: Entrevista Ferretería El Inca",
    text=f"""Hola Karina:

Confirmo mi asistencia a la entrevista con Ferretería El Inca el lunes 9 a las 15:00 en su almacén de la Av. de la Cultura. Llevaré mi DNI y el CV impreso, como me indicaste.

Gracias por coordinar,
Paloma

{outlook_block("es", KARINA, "2026-02-04 12:30 -0500", CAND, "RE: Entrevista Ferretería El Inca", _ts_move)}""",
    cte="8bit",
    mid="talentosur-confirm", refs=["talentosur-invite", "talentosur-move"],
))

_vertice_offer = """Paloma, ¡excelente noticia!

Acabo de hablar con Franz Villca: después de la segunda entrevista, Importadora Chuquiago quiere hacerte una oferta para el puesto de Analista de Planeamiento de Inventarios en La Paz.

Lo que me adelantó: Bs 7 500 mensuales, seguro de salud, apoyo de un mes de alquiler para la mudanza e inicio a mediados de agosto. La carta formal te la manda su área de personal el lunes, pero quería que lo supieras ya.

¿Tienes un rato hoy en la tarde para conversar de la negociación?"""
add(dict(
    kind="other", slug="own_reply_to_offer_news", lang="es", company="", contact="",
    frm=CAND, to=[GONZALO], date="2026-07-03 14:02 -0500",
    subject="Re: ¡Chuquiago quiere hacerte una oferta!", subj_enc=("utf-8", "Q", True),
    text=f"""¡Gonzalo, qué buena noticia! Muchas gracias por todo el empuje.

Sí, puedo conversar hoy a las 6. Quisiera preguntarte si es posible que el inicio sea el 1 de septiembre, para dejar ordenado el traspaso de mi puesto en el mercado.

Hablamos,
Paloma

{reply_quote("es", "2026-07-03 13:15 -0500", GONZALO, _vertice_offer)}""",
    cte="qp",
    refs=["vertice-invite", "vertice-offer"],
))

# ================================================================ es: auto-replies and approaches
add(dict(
    kind="other", slug="ooo_mercados_andinos_recruiter", lang="es", company="",
    contact=LUCIA[1], frm=LUCIA, name_enc=("utf-8", "B"), date="2026-02-27 19:41 -0500",
    subject="Respuesta automática: Gracias por la entrevista",
    text="""Hola:

Estaré fuera de la oficina del 27 de febrero al 9 de marzo por vacaciones, con acceso limitado al correo.

Para consultas sobre procesos de selección o entrevistas ya programadas, por favor escribe a Jorge Salinas (jorge.salinas@mercadosandinos.example.pe).

Gracias,
Lucía Paredes Vílchez""",
    cte="qp",
    refs=["ma-thanks"],
    headers=AUTO_REPLY,
))

add(dict(
    kind="other", slug="ooo_vertice_headhunter", lang="es", company="",
    contact=GONZALO[1], frm=GONZALO, date="2026-06-09 07:02 -0500",
    subject="Fuera de oficina: Re: Búsquedas de inventarios en Perú y Bolivia",
    text="""Gracias por tu mensaje. Estoy de viaje de trabajo en Bogotá hasta el viernes 12 de junio y respondo con demora.

Si es urgente, llámame al +51 999 410 227.

Gonzalo Benavides
Vértice Headhunting""",
    cte="8bit",
    refs=["vertice-cold"],
    headers=AUTO_REPLY,
))

add(dict(
    kind="other", slug="vertice_cold_approach", lang="es", company="",
    contact=GONZALO[1], frm=GONZALO, date="2026-06-08 11:20 -0500",
    subject="Búsquedas de inventarios en Perú y Bolivia",
    text="""Hola Paloma:

Soy Gonzalo Benavides, socio de Vértice Headhunting. Encontré tu perfil en RedPro y me llamó la atención que vengas del comercio directo: es justo el tipo de criterio que algunos de mis clientes buscan para sus áreas de inventario.

Trabajo búsquedas de planeamiento y control de inventarios para distribuidoras medianas en Perú y Bolivia. Por ahora no tengo una vacante concreta para proponerte, pero me gustaría tenerte en mi radar. Si te parece, envíame tu CV actualizado y tu expectativa salarial.

Saludos,
Gonzalo Benavides
Socio – Vértice Headhunting
Calle Las Begonias 415, San Isidro, Lima
+51 999 410 227""",
    cte="qp",
    mid="vertice-cold",
))

# ================================================================ es: digests and newsletters
_chamba_items = [
    ("Analista de Inventarios – Mercados Andinos (Lima)",
     "Tiempo completo · S/ 3 500 – 4 000 · Publicado hace 2 días",
     "https://chamba.example.pe/empleo/analista-inventarios-mercados-andinos-88213"),
    ("Asistente de almacén – Distribuidora del Sur (Cusco)",
     "Turno mañana · Experiencia en kárdex · Publicado hoy",
     "https://chamba.example.pe/empleo/asistente-almacen-cusco-88301"),
    ("Auxiliar de inventarios – Cadena de boticas (Arequipa)",
     "Conteos cíclicos, manejo de Excel · Publicado hace 4 días",
     "https://chamba.example.pe/empleo/auxiliar-inventarios-arequipa-88177"),
    ("Consejo de la semana: 7 preguntas que siempre hacen en una entrevista de almacén",
     "Prepárate para la entrevista y evita el rechazo por falta de ejemplos concretos",
     "https://chamba.example.pe/blog/preguntas-entrevista-almacen"),
]
_chamba_footer = ("Recibes este correo porque creaste una alerta para «inventarios» en Cusco, "
                  "Lima y Arequipa. Darte de baja: https://chamba.example.pe/alertas/baja?u=pwc")
add(dict(
    kind="other", slug="chamba_job_alert_digest", lang="es", company="", contact="",
    frm=("Chamba Perú Alertas", "alertas@chamba.example.pe"),
    date="2026-01-09 07:00 -0500",
    subject="3 nuevos empleos de inventarios para ti",
    text=digest_text("Hola Paloma, estos son los nuevos avisos que coinciden con tu alerta:",
                     _chamba_items, _chamba_footer),
    html=newsletter_html("Chamba Perú · Tus alertas",
                         "<p>Hola Paloma, estos son los nuevos avisos que coinciden con tu "
                         "alerta:</p>", _chamba_items, esc(_chamba_footer)),
    cte="qp", html_cte="qp",
    headers=list_headers("Alertas de empleo Chamba <alertas.chamba.example.pe>",
                         "https://chamba.example.pe/alertas/baja?u=pwc",
                         "baja@chamba.example.pe") + AUTO_GEN,
))

_ty_items = [
    ("Encargado/a de inventarios – Importadora (El Alto)",
     "Bs 6 000 – 7 500 · Experiencia en distribución mayorista",
     "https://trabajoya.example.bo/ofertas/31877"),
    ("Responsable de almacén – Fundación (La Paz, Sopocachi)",
     "Gestión de donaciones, control de stock · Medio tiempo",
     "https://trabajoya.example.bo/ofertas/31902"),
    ("Analista de reposición – Supermercados (Zona Sur)",
     "Turnos rotativos · Inicio inmediato",
     "https://trabajoya.example.bo/ofertas/31915"),
    ("¿Te rechazaron? Cinco cosas que revisar en tu hoja de vida",
     "Artículo de nuestra comunidad", "https://trabajoya.example.bo/blog/rechazo-hoja-de-vida"),
]
add(dict(
    kind="other", slug="trabajoya_lapaz_digest_html", lang="es", company="", contact="",
    frm=("TrabajoYa Bolivia", "no-reply@trabajoya.example.bo"),
    date="2026-05-28 06:30 -0400",
    subject="Ofertas nuevas en La Paz: inventarios y almacén",
    html=newsletter_html("TrabajoYa · La Paz", "<p>Buen día, Paloma. Estas ofertas se "
                         "publicaron esta semana:</p>", _ty_items,
                         'TrabajoYa Bolivia · <a href="https://trabajoya.example.bo/baja">'
                         "Cancelar suscripción</a> · "
                         '<a href="https://trabajoya.example.bo/preferencias">Preferencias</a>',
                         color="#7e22ce"),
    html_cte="b64",
    headers=list_headers("<ofertas-lapaz.trabajoya.example.bo>",
                         "https://trabajoya.example.bo/baja", "baja@trabajoya.example.bo"),
))

add(dict(
    kind="other", slug="empleo_madrid_plain_digest", lang="es", company="", contact="",
    frm=("Empleo Madrid Hoy", "boletin@empleomadridhoy.example.es"),
    date="2026-02-11 08:15 +0100",
    subject="Tu boletín: 12 ofertas de logística en Madrid",
    text="""EMPLEO MADRID HOY — Boletín de logística y almacén
Semana del 9 al 15 de febrero de 2026

1. Técnico/a de Inventario — Grupo de distribución (Getafe)
   https://empleomadridhoy.example.es/o/55120
2. Mozo/a de almacén con carretilla — Coslada
   https://empleomadridhoy.example.es/o/55131
3. Analista de stock junior — Cadena de moda (Alcobendas)
   https://empleomadridhoy.example.es/o/55144
4. Responsable de inventario cíclico — Operador logístico (San Fernando de Henares)
   https://empleomadridhoy.example.es/o/55150

EN PORTADA: «Me descartaron tras la entrevista: ¿pido feedback?». Una responsable de selección explica cuándo merece la pena escribir y cómo hacerlo.
https://empleomadridhoy.example.es/articulos/pedir-feedback

Para dejar de recibir este boletín: https://empleomadridhoy.example.es/baja
Empleo Madrid Hoy · C/ Alcalá 120, 28009 Madrid""",
    cte="b64",
    headers=list_headers("Boletín logística <logistica.empleomadridhoy.example.es>",
                         "https://empleomadridhoy.example.es/baja",
                         "baja@empleomadridhoy.example.es"),
))

_ts_news = """Hola, Paloma:

Este mes en el boletín de Talento Sur:

1. Los 5 errores que más cuestan en una entrevista de logística (y cómo evitarlos)
2. Qué hacer cuando te cancelan una entrevista a última hora
3. Testimonio: de cajera a supervisora de inventarios en dos años

Recuerda que puedes actualizar tu CV en tu perfil en cualquier momento.

Equipo de Talento Sur"""
add(dict(
    kind="other", slug="talentosur_newsletter_tips", lang="es", company="", contact="",
    frm=("Talento Sur Noticias", "boletin@talentosur.example.pe"),
    date="2026-04-02 09:00 -0500",
    subject="Boletín de abril: entrevistas, cancelaciones y un caso de éxito",
    text=_ts_news + "\n\nDarse de baja: https://talentosur.example.pe/boletin/baja",
    html=simple_html(paras(_ts_news) + '\n<p style="font-size:11px"><a href="https://'
                     'talentosur.example.pe/boletin/baja">Darse de baja</a></p>'),
    cte="8bit",
    headers=list_headers("Boletín Talento Sur <boletin.talentosur.example.pe>",
                         "https://talentosur.example.pe/boletin/baja",
                         "boletin-baja@talentosur.example.pe"),
))

_carrera = """CÓMO SUPERAR UN RECHAZO LABORAL SIN PERDER EL IMPULSO

«Lamentamos informarte que no has sido seleccionada». Todos hemos leído alguna vez una frase así, y duele más cuando ya habías imaginado tu primer día en el nuevo trabajo.

Tres ideas para la semana:

1. Separa la decisión de tu valor. Una empresa elige entre perfiles; no te está evaluando como persona.
2. Pide retroalimentación, pero solo después de una entrevista. Una respuesta corta y amable tiene más posibilidades de ser contestada.
3. Vuelve a postular en 48 horas. El mejor antídoto contra el desánimo es tener otro proceso en marcha.

Nos leemos el próximo domingo,
Maricruz, de Carrera Andina"""
add(dict(
    kind="other", slug="carrera_andina_rejection_article", lang="es", company="", contact="",
    frm=("Carrera Andina", "newsletter@carreraandina.example.pe"),
    date="2026-03-29 08:00 -0500",
    subject="Cómo superar un rechazo laboral sin perder el impulso",
    subj_enc=("utf-8", "B"),
    text=_carrera + "\n\nAnular suscripción: https://carreraandina.example.pe/unsubscribe",
    html=simple_html(paras(_carrera) + '\n<p><a href="https://carreraandina.example.pe/'
                     'unsubscribe">Anular suscripción</a></p>'),
    cte="qp", html_cte="qp",
    headers=list_headers("Carrera Andina <semanal.carreraandina.example.pe>",
                         "https://carreraandina.example.pe/unsubscribe",
                         "unsubscribe@carreraandina.example.pe"),
))

add(dict(
    kind="other", slug="academia_webinar_excel", lang="es", company="", contact="",
    frm=("Academia Datos Andinos", "eventos@datosandinos.example.pe"),
    date="2026-03-03 12:00 -0500",
    subject="Webinar gratuito: Excel para control de inventarios",
    html=newsletter_html(
        "Webinar gratuito · Jueves 12 de marzo, 19:00",
        "<p>Hola Paloma: te invitamos a nuestra clase en vivo <b>Excel para control de "
        "inventarios</b>. Al final haremos una simulación de entrevista técnica para puestos "
        "de analista.</p>",
        [("Inscríbete aquí", "Cupos limitados a 300 personas",
          "https://datosandinos.example.pe/webinar/excel-inventarios"),
         ("Descarga la plantilla de kárdex", "Archivo gratuito para practicar",
          "https://datosandinos.example.pe/recursos/kardex.xlsx"),
         ("Conoce el programa completo", "Curso de 8 semanas con certificado",
          "https://datosandinos.example.pe/cursos/analista-inventarios")],
        'Academia Datos Andinos · <a href="https://datosandinos.example.pe/baja">'
        "Darme de baja</a>", color="#1d4ed8"),
    html_cte="qp",
    headers=list_headers("<eventos.datosandinos.example.pe>",
                         "https://datosandinos.example.pe/baja", "baja@datosandinos.example.pe"),
))

add(dict(
    kind="other", slug="redpro_notifications_es", lang="es", company="", contact="",
    frm=("RedPro", "notificaciones@redpro.example.com"),
    date="2026-05-15 13:30 +0000",
    subject="Karina Llosa tiene un nuevo puesto y 3 personas vieron tu perfil",
    html=newsletter_html(
        "RedPro",
        "<p>Hola Paloma, esto pasó en tu red esta semana:</p>",
        [("Felicita a Karina Llosa por su nuevo puesto",
          "Gerente de Selección en Talento Sur", "https://redpro.example.com/feed/update/771"),
         ("3 personas vieron tu perfil", "Entre ellas, una persona de Mercados Andinos",
          "https://redpro.example.com/me/profile-views"),
         ("Empleos que podrían interesarte", "Analista de inventarios · Cusco, Lima y remoto",
          "https://redpro.example.com/jobs/recommended")],
        'Enviado por RedPro · <a href="https://redpro.example.com/settings/email">'
        "Darse de baja</a>", color="#0a66c2"),
    html_cte="b64",
    headers=list_headers("<notificaciones.redpro.example.com>",
                         "https://redpro.example.com/settings/email",
                         "unsubscribe@redpro.example.com") + AUTO_GEN,
))

# ================================================================ es: other senses of the words
add(dict(
    kind="other", slug="podcast_interview_request", lang="es", company="",
    contact="yolanda@mujeresdelmercado.example.pe",
    frm=("Yolanda Sihuincha", "yolanda@mujeresdelmercado.example.pe"),
    date="2026-04-16 17:48 -0500",
    subject="¿Te animas a una entrevista para el podcast?",
    text="""Hola Paloma:

Soy Yolanda, conduzco el podcast «Mujeres del Mercado», donde conversamos con vendedoras de los mercados de Cusco. Una de tus vecinas de puesto, la señora Justina, me contó que estás preparándote para trabajar en inventarios en una empresa grande.

Nos encantaría entrevistarte para un episodio sobre vendedoras que se reinventan. Grabamos en el local de la radio comunitaria, en la calle Nueva Alta, dura una hora y lo puedes escuchar antes de que salga.

¿Te interesa?

Un abrazo,
Yolanda Sihuincha
Mujeres del Mercado – podcast
Cel. 951 604 338""",
    cte="8bit",
))

add(dict(
    kind="other", slug="pagalo_user_research", lang="es", company="",
    contact="sebastian.loayza@pagalo.example.pe",
    frm=("Sebastián Loayza", "sebastian.loayza@pagalo.example.pe"),
    reply_to=("Sebastián Loayza", "sebastian.loayza@pagalo.example.pe"),
    date="2026-05-07 10:03 -0500",
    subject="Entrevista de 30 minutos sobre cómo cobras en tu puesto (S/ 50)",
    text="""Hola Paloma:

Soy investigador de experiencia de usuario en Pagalo. Vemos que usas la app para cobrar en tu puesto del mercado y nos gustaría invitarte a una entrevista de investigación de 30 minutos, por videollamada o en persona en Cusco.

No es una entrevista de trabajo ni una encuesta de ventas: queremos entender cómo cobras, cómo registras lo que vendes y qué te complica. Como agradecimiento, te depositaremos S/ 50 en tu cuenta Pagalo.

Si te interesa, elige un horario aquí: https://pagalo.example.pe/investigacion/agenda

Gracias,
Sebastián Loayza
Investigación de Usuarios – Pagalo""",
    cte="b64",
))

add(dict(
    kind="other", slug="courier_package_delayed", lang="es", company="", contact="",
    frm=("Rápido Andino Courier", "notificaciones@rapidoandino.example.pe"),
    date="2026-06-03 18:20 -0500",
    subject="Lamentablemente tu envío RA-558120 está retrasado",
    html=simple_html("""<h3>Tu envío está retrasado</h3>
<p>Hola Paloma,</p>
<p>Lamentablemente tu envío <b>RA-558120</b> (remitente: Librería Técnica Arequipa) no podrá entregarse en la fecha prevista debido a un bloqueo en la carretera Arequipa–Juliaca–Cusco.</p>
<p>Nueva fecha estimada de entrega: <b>viernes 5 de junio</b>.</p>
<p><a href="https://rapidoandino.example.pe/rastreo/RA-558120">Ver el estado de tu envío</a></p>
<p style="font-size:11px;color:#888">Este es un mensaje automático. Rápido Andino Courier S.A.C.</p>"""),
    html_cte="qp",
    headers=AUTO_GEN,
))

add(dict(
    kind="other", slug="gps_position_report", lang="es", company="", contact="",
    frm=("RutaSegura GPS", "alertas@rutasegura.example.pe"),
    date="2026-01-30 06:45 -0500",
    subject="Reporte de posición: MOTOCARGA CUS-2291",
    text="""REPORTE AUTOMÁTICO DE POSICIÓN

Vehículo: MOTOCARGA CUS-2291 (titular: Paloma Whitfield-Ccori)
Última posición: Av. Ejército 412, Cusco (-13.5241, -71.9769)
Hora: 30/01/2026 06:43
Estado: detenido desde hace 2 h 10 min
Velocidad: 0 km/h

Ver en el mapa: https://rutasegura.example.pe/mapa/CUS-2291

Para cambiar la frecuencia de estos reportes, ingresa a tu cuenta.""",
    cte="8bit",
    headers=AUTO_GEN,
))

add(dict(
    kind="other", slug="friend_rosa_own_rejection", lang="es", company="",
    contact="rosaq@correo.example.pe", frm=("Rosa Quispe", "rosaq@correo.example.pe"),
    date="2026-03-26 21:33 -0500",
    subject="me llegó la respuesta de Farmacias Inti :(",
    text="""Amiga, ¿cómo estás?

Me llegó hoy el correo de Farmacias Inti: no me eligieron. Decía algo de que «decidieron avanzar con candidatos cuya experiencia se ajusta más». Yo que ya me veía en la botica de la Av. La Cultura...

¿A ti también te contestaron? Si quieres el sábado nos tomamos un caldo en el mercado y nos consolamos juntas.

Besos,
Rosa""",
    cte="8bit",
))

add(dict(
    kind="other", slug="cousin_forwards_posting", lang="es", company="",
    contact="hernan.ccori@correo.example.pe",
    frm=("Hernán Ccori", "hernan.ccori@correo.example.pe"),
    date="2026-01-11 12:10 -0500",
    subject="Fwd: Convocatoria Asistente de Inventarios de planta",
    text=f"""Prima, mira esto que me pasaron en el grupo de la promo. Es en la cervecería, creo que te queda perfecto. Manda tu CV antes del viernes.

{forward_block("es", ("Cervecería Qosqo – RR.HH.", "rrhh@cerveceriaqosqo.example.pe"), "2026-01-10 09:00 -0500", ("Bolsa de Trabajo UNSAAC", "bolsa@unsaac-egresados.example.pe"), "Convocatoria Asistente de Inventarios de planta", '''CONVOCATORIA: ASISTENTE DE INVENTARIOS DE PLANTA

Requisitos: secundaria completa o técnico en administración, manejo de Excel, disponibilidad para turnos.
Ofrecemos: planilla completa, capacitación en SAP, movilidad.
Enviar CV a rrhh@cerveceriaqosqo.example.pe hasta el 16 de enero.''')}""",
    cte="qp",
))

add(dict(
    kind="other", slug="bank_branch_appointment", lang="es", company="", contact="",
    frm=("Banco Andino del Sur", "citas@bancoandino.example.pe"),
    date="2026-02-10 15:05 -0500",
    subject="Confirmación de tu cita en agencia",
    text="""Hola, PALOMA:

Tu cita quedó registrada.

Agencia: Cusco – Av. El Sol 189
Fecha: jueves 12 de febrero de 2026
Hora: 10:30 a. m.
Motivo: evaluación de cuenta de ahorro para negocio
Asesora: Gladys Ayerbe

Si no puedes asistir, reprograma o cancela tu cita desde la app o en bancoandino.example.pe/citas.

Banco Andino del Sur
Este correo es informativo; por favor no lo respondas.""",
    cte="qp",
    headers=AUTO_GEN,
))

add(dict(
    kind="other", slug="landlord_rent_and_parking", lang="es", company="",
    contact="norma.huillca@correo.example.pe",
    frm=("Norma Huillca", "norma.huillca@correo.example.pe"),
    date="2026-07-28 19:50 -0500",
    subject="Alquiler desde agosto y el puesto de estacionamiento",
    text="""Señora Paloma, buenas noches.

Le escribo para avisarle que, lamentablemente, a partir de agosto el alquiler del departamento sube a S/ 950, porque el municipio nos subió el arbitrio y el agua.

Otra cosa: el puesto de estacionamiento del fondo ya quedó libre. Si lo quiere para su motocarga, serían S/ 60 más al mes. Me avisa antes del domingo para no ofrecérselo a otro inquilino.

Atentamente,
Norma Huillca
Propietaria, Jr. Pumacurco 418""",
    charset="iso-8859-1", cte="qp",
))

add(dict(
    kind="other", slug="school_parent_interview", lang="es", company="",
    contact="delia.quispe@colegiokusi.example.pe",
    frm=("Prof. Delia Quispe", "delia.quispe@colegiokusi.example.pe"),
    date="2026-04-09 14:15 -0500",
    subject="Citación: entrevista con la tutora de 4.º B",
    text="""Estimada madre de familia:

Por medio de la presente la cito a una entrevista con la tutora de su menor hijo Mateo, de 4.º grado B, el martes 14 de abril a las 4:30 p. m. en el aula de tutoría.

Conversaremos sobre su avance en Matemática y sobre la salida de estudios a Pisac. Si no puede asistir, le ruego enviar una nota en la agenda proponiendo otro horario.

Atentamente,
Prof. Delia Quispe Arana
Tutora de 4.º B – Colegio Amauta Kusi
Av. Tullumayo 560, Cusco""",
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="other", slug="clinic_appointment_rescheduled", lang="es", company="", contact="",
    frm=("Clínica San Blas - Citas", "citas@clinicasanblas.example.pe"),
    name_enc=("iso-8859-1", "Q"),
    date="2026-06-22 08:10 -0500",
    subject="Su cita ha sido reprogramada", subj_enc=("iso-8859-1", "B"),
    text="""Estimada paciente PALOMA WHITFIELD-CCORI:

Le informamos que su cita de Oftalmología con el Dr. Armando Gibaja, prevista para el miércoles 24 de junio a las 9:20, ha sido reprogramada por motivos de agenda del médico.

Nueva fecha: viernes 26 de junio, 11:40
Lugar: Clínica San Blas, Cuesta de San Blas 155, consultorio 3

Si la nueva fecha no le conviene, comuníquese con nuestra central al (084) 22 6030.

Clínica San Blas""",
    charset="iso-8859-1", cte="qp",
    headers=AUTO_GEN,
))

add(dict(
    kind="other", slug="market_association_stall_notice", lang="es", company="",
    contact="eusebia.condori@acmsp.example.pe",
    frm=("Eusebia Condori", "eusebia.condori@acmsp.example.pe"),
    date="2026-02-02 20:30 -0500",
    subject="Asamblea general y cuotas – puesto N.º 214",
    text="""Estimada socia Paloma Whitfield-Ccori, titular del puesto N.º 214 (sección tejidos):

Se le convoca a la Asamblea General Ordinaria de la Asociación de Comerciantes del Mercado San Pedro, el domingo 8 de febrero a las 6:00 p. m. en el segundo piso del mercado.

Agenda: balance 2025, remodelación de los techos de la sección frutas y elección del comité de limpieza.

Le recordamos que para votar su puesto debe estar al día en las cuotas (S/ 15 mensuales). Actualmente registra una deuda de S/ 30.

Atentamente,
Eusebia Condori Mamani
Presidenta – Asociación de Comerciantes del Mercado San Pedro""",
    charset="windows-1252", cte="qp",
))

add(dict(
    kind="other", slug="diplomado_admission_refused", lang="es", company="", contact="",
    frm=("Instituto Andino de Logística – Admisión", "admision@ial.example.pe"),
    date="2026-07-07 16:00 -0500",
    subject="Resultado de admisión – Diplomado en Gestión de Inventarios 2026-II",
    text="""Estimada postulante:

Agradecemos su interés en el Diplomado en Gestión de Inventarios, modalidad virtual, cohorte 2026-II.

Lamentamos informarle que no ha sido admitida en esta cohorte: las vacantes con beca parcial se cubrieron con postulantes que acreditaban grado de bachiller. Puede volver a postular a la cohorte 2027-I a partir de noviembre, o inscribirse sin beca en el curso libre de Excel para inventarios.

Oficina de Admisión
Instituto Andino de Logística""",
    html=simple_html(paras("""Estimada postulante:

Agradecemos su interés en el Diplomado en Gestión de Inventarios, modalidad virtual, cohorte 2026-II.

Lamentamos informarle que no ha sido admitida en esta cohorte: las vacantes con beca parcial se cubrieron con postulantes que acreditaban grado de bachiller. Puede volver a postular a la cohorte 2027-I a partir de noviembre, o inscribirse sin beca en el curso libre de Excel para inventarios.

Oficina de Admisión
Instituto Andino de Logística""")),
    cte="qp", html_cte="b64",
))

add(dict(
    kind="other", slug="credit_application_declined", lang="es", company="", contact="",
    frm=("Financiera Qollqa", "evaluacion@qollqa.example.pe"),
    date="2026-08-20 11:22 -0500",
    subject="Resultado de tu solicitud de crédito",
    text="""Hola Paloma:

Gracias por solicitar un crédito Capital de Trabajo con Financiera Qollqa.

Tras la evaluación, lamentablemente tu solicitud no fue aprobada en esta oportunidad. La decisión se basa en el nivel de endeudamiento registrado en las centrales de riesgo.

Podrás presentar una nueva solicitud en 90 días. Si deseas más información, acércate a la agencia de la Av. La Cultura.

Financiera Qollqa
Mensaje automático – no responder""",
    cte="b64",
    headers=AUTO_GEN,
))

# ================================================================ en
_bayou_thanks = """Hi Tasha,

Thank you, and please thank Mike, for the interview this afternoon. I hope he is feeling better! I enjoyed learning how the replenishment team balances store orders against the DC's weekly capacity.

I'm very interested in the role and happy to share more examples from my stall if useful.

Best regards,
Paloma"""
add(dict(
    kind="other", slug="own_thanks_bayou", lang="en", company="", contact="",
    frm=CAND, to=[TASHA], date="2026-03-19 19:05 -0500",
    subject="Thank you - Inventory Analyst interview",
    text=_bayou_thanks + "\n\n" + CAND_SIG_EN,
    mid="bayou-thanks", refs=["bayou-invite", "bayou-ill"],
))

_gulf_req = """Hi Derek,

I'm really sorry I missed your calls this morning. A power cut in my neighbourhood took down my phone signal. Would it be possible to reschedule the phone screen? I'm free any morning next week.

Best regards,
Paloma"""
_gulf_missed = """Hi Paloma,

I tried calling you twice at 10:00 and again at 10:10 but it went straight to voicemail. I hope everything is OK.

Let me know if you're still interested in the role.

Derek"""
add(dict(
    kind="other", slug="own_reschedule_request_gulfcoast", lang="en", company="", contact="",
    frm=CAND, to=[DEREK], date="2026-07-09 12:30 -0500",
    subject="RE: Phone screen - Inventory Analyst",
    text=f"""{_gulf_req}

{outlook_block("en", DEREK, "2026-07-09 10:22 -0500", CAND, "RE: Phone screen - Inventory Analyst", _gulf_missed)}""",
    mid="gulf-request", refs=["gulf-invite", "gulf-missed"],
))

add(dict(
    kind="other", slug="ooo_gulfcoast_recruiter", lang="en", company="", contact=DEREK[1],
    frm=DEREK, date="2026-07-24 09:14 -0500",
    subject="Automatic reply: Following up on our call - offer details",
    text="""Thank you for your email. I am out of the office until Monday, July 27, with no access to email.

For questions about an offer or onboarding, please contact hr@gulfcoastmining.example.com. For anything else I'll reply when I'm back.

Derek Almanza
Recruiter | Gulf Coast Mining Supply""",
    refs=["gulf-offer"],
    headers=AUTO_REPLY,
))

add(dict(
    kind="other", slug="lonestar_cold_approach", lang="en", company="",
    contact="brianna.cole@lonestartalent.example.com",
    frm=("Brianna Cole", "brianna.cole@lonestartalent.example.com"),
    date="2026-08-31 14:40 -0500",
    subject="Your background in retail inventory",
    text="""Hi Paloma,

I came across your profile on ProLink and loved the story of running your own stall for eight years - that's real inventory management.

I'm a recruiter at Lone Star Talent Partners, where I place supply-chain people with Texas distributors and a few remote-first companies. I don't have a specific opening for you today, but new roles come in every week.

If you're open to it, send me your latest resume and the kind of role you're targeting, and I'll keep you in mind.

Best,
Brianna Cole
Lone Star Talent Partners | Austin, TX""",
    html=simple_html(paras("""Hi Paloma,

I came across your profile on ProLink and loved the story of running your own stall for eight years - that's real inventory management.

I'm a recruiter at Lone Star Talent Partners, where I place supply-chain people with Texas distributors and a few remote-first companies. I don't have a specific opening for you today, but new roles come in every week.

If you're open to it, send me your latest resume and the kind of role you're targeting, and I'll keep you in mind.

Best,
Brianna Cole
Lone Star Talent Partners | Austin, TX"""), lang="en"),
))

_hjw_items = [
    ("Inventory Analyst - Grocery chain (Houston, Kirby Dr)",
     "Full-time · $55k-$62k · Posted 1 day ago",
     "https://houstonjobs.example.com/j/inventory-analyst-grocery-40221"),
    ("Inventory Control Specialist - Mining supplier (Pasadena, TX)",
     "Cycle counts, SAP · Posted 3 days ago",
     "https://houstonjobs.example.com/j/inventory-control-pasadena-40190"),
    ("Warehouse Data Analyst - 3PL (Remote, US time zones)",
     "SQL a plus · Posted this week",
     "https://houstonjobs.example.com/j/warehouse-data-analyst-remote-40230"),
    ("Interview clinic: answering 'Tell me about a time you failed'",
     "Why some candidates get rejected at the last round, and how to avoid it",
     "https://houstonjobs.example.com/blog/interview-clinic-failure"),
]
add(dict(
    kind="other", slug="houston_jobs_weekly", lang="en", company="", contact="",
    frm=("Houston Jobs Weekly", "jobs-weekly@houstonjobs.example.com"),
    date="2026-04-20 06:00 -0500",
    subject="This week: 3 inventory jobs + an interview clinic",
    text=digest_text("Hi Paloma, here are this week's picks for 'inventory analyst':",
                     _hjw_items, "Unsubscribe: https://houstonjobs.example.com/u/pwc"),
    html=newsletter_html("Houston Jobs Weekly", "<p>Hi Paloma, here are this week's picks for "
                         "<b>inventory analyst</b>:</p>", _hjw_items,
                         '<a href="https://houstonjobs.example.com/u/pwc">Unsubscribe</a>',
                         lang="en", color="#b91c1c"),
    headers=list_headers("Houston Jobs Weekly <weekly.houstonjobs.example.com>",
                         "https://houstonjobs.example.com/u/pwc",
                         "unsubscribe@houstonjobs.example.com"),
))

_stockroom = """THE STOCKROOM LETTER - issue #47

Why a rejection email isn't the end of the story

Most rejection emails are written from a template. "We have decided to move forward with other candidates" tells you almost nothing about you. What it does tell you: the process moved on. So should you - but not before writing a two-line reply asking whether you can be considered for future openings. Recruiters remember the people who do this.

Also this week:
- How to prepare for a panel interview when you've never had one
- Cycle counting vs. annual counts: what to say when they ask
- Reader question: "My interview was cancelled twice. Should I worry?"

See you next Friday,
Ana at The Stockroom Letter"""
add(dict(
    kind="other", slug="stockroom_letter_career_advice", lang="en", company="", contact="",
    frm=("The Stockroom Letter", "hello@stockroomletter.example.com"),
    date="2026-06-12 07:30 -0400",
    subject="Why a rejection email isn't the end of the story",
    text=_stockroom + "\n\nUnsubscribe: https://stockroomletter.example.com/unsubscribe",
    html=simple_html(paras(_stockroom) + '\n<p><a href="https://stockroomletter.example.com/'
                     'unsubscribe">Unsubscribe</a></p>', lang="en"),
    cte="qp", html_cte="qp",
    headers=list_headers("The Stockroom Letter <stockroomletter.example.com>",
                         "https://stockroomletter.example.com/unsubscribe",
                         "unsubscribe@stockroomletter.example.com"),
))

add(dict(
    kind="other", slug="press_interview_request", lang="en", company="",
    contact="nadia.ferreira@andeanbusinessreview.example.com",
    frm=("Nadia Ferreira", "nadia.ferreira@andeanbusinessreview.example.com"),
    date="2026-08-26 11:05 -0500",
    subject="Interview request - Andean Business Review feature",
    text="""Dear Ms. Whitfield-Ccori,

I'm a reporter at Andean Business Review, working on a feature about market vendors in Peru and Bolivia who are moving into corporate supply-chain jobs. A recruiter I spoke with mentioned your story.

Would you be willing to do a 30-minute interview with me, by phone or video, sometime next week? I'd also love a photo of you at your stall in San Pedro if you're comfortable with that. You'd be able to review your quotes before publication.

Best regards,
Nadia Ferreira
Senior Reporter, Andean Business Review
+51 1 640 3321""",
))

add(dict(
    kind="other", slug="stockly_user_research", lang="en", company="",
    contact="priya@stockly.example.com", frm=("Priya from Stockly", "priya@stockly.example.com"),
    date="2026-09-03 12:12 -0400",
    subject="Quick favour? 45-min user interview ($40 gift card)",
    html=simple_html("""<p>Hi Paloma,</p>
<p>I'm Priya, a product researcher at <b>Stockly</b>. You signed up for our free inventory app last month, and we'd love to learn how you use it at your market stall.</p>
<p>We're running 45-minute user interviews over Zoom next week. It's not a sales call and there are no right answers: we just want to watch how you count stock and hear what's annoying. As a thank-you we'll send a $40 gift card.</p>
<p><a href="https://stockly.example.com/research/book?ref=pwc">Pick a time that suits you</a></p>
<p>Thanks so much,<br>Priya<br>Stockly Research</p>""", lang="en"),
))

add(dict(
    kind="other", slug="parcelpoint_package_delayed", lang="en", company="", contact="",
    frm=("ParcelPoint", "updates@parcelpoint.example.com"),
    date="2026-04-30 22:10 +0000",
    subject="Unfortunately, your package is delayed",
    text="""Hi Paloma,

Unfortunately, your package (order #PP-7730-1182: "Inventory Management Explained", paperback) is delayed in customs in Lima.

New estimated delivery: May 8-12.

We're sorry for the wait. Track your package: https://parcelpoint.example.com/track/PP77301182

ParcelPoint""",
    headers=AUTO_GEN,
))

add(dict(
    kind="other", slug="friend_megan_own_rejection", lang="en", company="",
    contact="megan.doyle@mailbox.example.com",
    frm=("Megan Doyle", "megan.doyle@mailbox.example.com"),
    date="2026-05-01 20:41 -0500",
    subject="ugh, museum job",
    text="""Hola Paloma!

Remember the collections assistant job at the museum I told you about in our last language call? I got the "we've decided to move forward with other candidates" email today. After THREE interviews. I'm allowed to be grumpy for one evening, right?

How are your applications going? Tell me something good. Same time Sunday for our Spanish/English swap?

Megan""",
))

add(dict(
    kind="other", slug="prolink_notification_digest", lang="en", company="", contact="",
    frm=("ProLink", "notifications@prolink.example.com"),
    date="2026-03-14 15:00 +0000",
    subject="You appeared in 14 searches this week",
    text="""Hi Paloma,

You appeared in 14 searches this week.
Recruiters from Bayou Grocers and Harbor Staffing viewed your profile.

Jobs you may be interested in:
- Inventory Analyst, Bayou Grocers, Houston, TX
- Stock Control Assistant, Port City Distributors, Houston, TX
- Inventory Planner (Spanish speaker), Remote

See all: https://prolink.example.com/jobs/recommended

Unsubscribe: https://prolink.example.com/settings/notifications""",
    headers=list_headers("<weekly-digest.prolink.example.com>",
                         "https://prolink.example.com/settings/notifications",
                         "unsubscribe@prolink.example.com") + AUTO_GEN,
))

add(dict(
    kind="other", slug="certificate_admission_refused", lang="en", company="", contact="",
    frm=("SupplyChainX Admissions", "admissions@supplychainx.example.edu"),
    date="2026-02-18 17:00 -0500",
    subject="Your application to the Professional Certificate in Inventory Planning",
    text="""Dear Paloma,

Thank you for applying to the SupplyChainX Professional Certificate in Inventory Planning (Spring 2026 cohort).

We regret to inform you that your application was not successful. We received more than 2,000 applications for 120 scholarship places this term. You remain welcome to enrol in the self-paced track at any time, and to reapply for a scholarship in the Fall cohort.

With best wishes,
SupplyChainX Admissions Team""",
    cte="qp",
))

add(dict(
    kind="other", slug="brokerage_position_closed", lang="en", company="", contact="",
    frm=("TradeNest", "alerts@tradenest.example.com"),
    date="2026-09-09 14:31 +0000",
    subject="Your position in SQM has been closed",
    text="""Hi Paloma,

Your stop-loss order was triggered and your position has been closed.

Instrument: SQM (ADR)
Quantity: 4 shares
Execution price: $41.18
Realised result: -$6.20

You can review the trade in the app under Activity > Orders.

TradeNest - investing is risky; you may lose money.""",
    headers=AUTO_GEN,
))

add(dict(
    kind="other", slug="workplacevoices_interview_reviews", lang="en", company="",
    contact="",
    frm=("WorkplaceVoices", "digest@workplacevoices.example.com"),
    date="2026-03-08 12:00 +0000",
    subject="New interview reviews for Bayou Grocers",
    html=newsletter_html(
        "WorkplaceVoices · Companies you follow",
        "<p>3 new interview reviews for <b>Bayou Grocers</b>:</p>",
        [("Inventory Analyst interview: \"Rejected after the panel, but fair process\"",
          "Difficulty 3/5 · Got no offer · Houston, TX",
          "https://workplacevoices.example.com/interviews/bayou/99182"),
         ("Replenishment Planner: \"Offer after two rounds\"",
          "Difficulty 2/5 · Accepted offer · Houston, TX",
          "https://workplacevoices.example.com/interviews/bayou/99170"),
         ("Store Associate: \"Interview cancelled twice, then ghosted\"",
          "Difficulty 1/5 · No offer · Katy, TX",
          "https://workplacevoices.example.com/interviews/bayou/99151")],
        '<a href="https://workplacevoices.example.com/email-prefs">Email preferences</a>',
        lang="en", color="#16a34a"),
    html_cte="qp",
    headers=list_headers("<follow-digest.workplacevoices.example.com>",
                         "https://workplacevoices.example.com/email-prefs",
                         "unsubscribe@workplacevoices.example.com"),
))

# ================================================================ fr
add(dict(
    kind="other", slug="own_application_plateau_cv", lang="fr", company="", contact="",
    frm=CAND, to=[MATHIEU], date="2026-06-01 19:22 -0500",
    subject="Candidature - commis à l'inventaire",
    text="""Bonjour,

Je vous écris pour poser ma candidature au poste de commis à l'inventaire publié sur votre site. Vous trouverez mon CV en pièce jointe.

Cordialement,
Paloma Whitfield-Ccori""",
    cte="8bit",
    attach=[dict(type="pdf", name="CV_Whitfield-Ccori_FR.pdf",
                 title="Paloma Whitfield-Ccori - CV",
                 lines=["Cusco (Pérou) - paloma.wc@example.pe", "",
                        "2017-2026  Commerçante indépendante, marché San Pedro, Cusco",
                        "           Gestion des stocks, achats, caisse",
                        "Langues : espagnol, quechua, anglais (B2), français (A2)"])],
    mid="plateau-app",
))

add(dict(
    kind="other", slug="ooo_dsl_recruiter_fr", lang="fr", company="", contact=GENEVIEVE[1],
    frm=GENEVIEVE, date="2026-05-04 08:02 -0400",
    subject="Réponse automatique : RE: Annulé : Entrevue - Analyste des stocks",
    text="""Bonjour,

Je suis en vacances jusqu'au lundi 11 mai inclusivement. Je traiterai votre message à mon retour.

Pour toute question urgente concernant un processus de recrutement ou une entrevue, veuillez écrire à recrutement@dsl.example.ca.

Geneviève Tremblay
Distributions Saint-Laurent""",
    charset="iso-8859-1", cte="qp", name_enc=("iso-8859-1", "Q"),
    refs=["dsl-invite", "dsl-cancel"],
    headers=AUTO_REPLY,
))

_emh_items = [
    ("Analyste des stocks – Distributeur alimentaire (Laval)",
     "Temps plein · 52 000 $ – 58 000 $ · Publié il y a 2 jours",
     "https://emploismontreal.example.ca/offre/analyste-stocks-laval-7719"),
    ("Commis à l'inventaire – Microbrasserie (Plateau-Mont-Royal)",
     "Horaire de jour · Publié hier",
     "https://emploismontreal.example.ca/offre/commis-inventaire-plateau-7725"),
    ("Coordonnateur·trice des stocks – OBNL alimentaire (Saint-Michel)",
     "Contrat d'un an · Publié cette semaine",
     "https://emploismontreal.example.ca/offre/coordination-stocks-obnl-7731"),
    ("Refus après entrevue : comment rebondir",
     "Notre chronique carrière de la semaine",
     "https://emploismontreal.example.ca/conseils/refus-apres-entrevue"),
]
add(dict(
    kind="other", slug="emplois_montreal_hebdo", lang="fr", company="", contact="",
    frm=("Emplois Montréal Hebdo", "alertes@emploismontreal.example.ca"),
    date="2026-05-22 07:00 -0400",
    subject="Vos nouvelles offres : inventaire et logistique à Montréal",
    text=digest_text("Bonjour Paloma, voici les offres de la semaine qui correspondent à votre "
                     "alerte « inventaire » :", _emh_items,
                     "Se désabonner : https://emploismontreal.example.ca/desabonnement"),
    html=newsletter_html("Emplois Montréal Hebdo", "<p>Bonjour Paloma, voici les offres de la "
                         "semaine qui correspondent à votre alerte « inventaire » :</p>",
                         _emh_items, '<a href="https://emploismontreal.example.ca/'
                         'desabonnement">Se désabonner</a>', lang="fr", color="#1e40af"),
    cte="qp", html_cte="qp",
    headers=list_headers("Emplois Montréal Hebdo <hebdo.emploismontreal.example.ca>",
                         "https://emploismontreal.example.ca/desabonnement",
                         "desabonnement@emploismontreal.example.ca"),
))

_cp = """Réussir son entretien d'embauche à distance

Vous avez décroché une entrevue sur Teams ou Zoom ? Bravo ! Voici ce que les recruteurs nous disent observer :

1. La ponctualité : connectez-vous cinq minutes avant. Un candidat absent sans prévenir reçoit rarement une deuxième chance.
2. Le décor : un fond neutre vaut mieux qu'un fond virtuel qui clignote.
3. Les exemples chiffrés : « j'ai réduit les écarts d'inventaire de 8 % à 2 % » marque plus qu'une liste de qualités.
4. Le suivi : un court mot de remerciement le jour même.

Et si la réponse est un refus ? Demandez un retour, puis passez à la candidature suivante.

L'équipe de Carrière Plus"""
add(dict(
    kind="other", slug="carriereplus_interview_advice", lang="fr", company="", contact="",
    frm=("Carrière Plus", "infolettre@carriereplus.example.ca"),
    date="2026-08-07 08:00 -0400",
    subject="Réussir son entretien d'embauche à distance", subj_enc=("utf-8", "B"),
    text=_cp + "\n\nSe désinscrire : https://carriereplus.example.ca/desinscription",
    html=simple_html(paras(_cp) + '\n<p><a href="https://carriereplus.example.ca/'
                     'desinscription">Se désinscrire</a></p>', lang="fr"),
    charset="windows-1252", cte="qp", html_charset="utf-8", html_cte="b64",
    headers=list_headers("Infolettre Carrière Plus <infolettre.carriereplus.example.ca>",
                         "https://carriereplus.example.ca/desinscription",
                         "desinscription@carriereplus.example.ca"),
))

add(dict(
    kind="other", slug="french_course_admission_refused", lang="fr", company="", contact="",
    frm=("Centre linguistique Mont-Royal", "admissions@clmr.example.ca"),
    date="2026-06-30 15:30 -0400",
    subject="Votre demande d'admission – Français intensif en ligne",
    text="""Madame,

Nous avons bien étudié votre demande d'admission au cours de français intensif en ligne (session d'automne 2026).

Nous sommes au regret de vous informer que votre demande n'a pas été retenue : les places du groupe de niveau intermédiaire ont toutes été attribuées. Vous êtes inscrite sur la liste d'attente et nous vous écrirons si une place se libère.

Veuillez agréer, Madame, nos salutations distinguées.

Le service des admissions
Centre linguistique Mont-Royal""",
    charset="iso-8859-1", cte="b64",
))

# ================================================================ de
_donau_missed = """Sehr geehrte Frau Whitfield-Ccori,

wir haben heute um 16:30 Uhr auf Teams auf Sie gewartet, meine Kollegin Frau Novak und ich, leider ohne Sie anzutreffen.

Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüße
Katharina Brunner"""
add(dict(
    kind="other", slug="own_apology_donau_de", lang="de", company="", contact="",
    frm=CAND, to=[KATHARINA], date="2026-05-21 11:20 -0500",
    subject="Entschuldigung – verpasstes Gespräch",
    text=f"""Sehr geehrte Frau Brunner,

es tut mir sehr leid, dass ich heute nicht im Teams-Meeting war. In Cusco ist am Vormittag der Strom im ganzen Viertel ausgefallen, und mein Handy hatte kein Netz. Könnten wir einen neuen Termin vereinbaren?

Mit freundlichen Grüßen
Paloma Whitfield-Ccori

{reply_quote("de", "2026-05-21 17:05 +0200", KATHARINA, _donau_missed)}""",
    cte="qp",
    mid="donau-apology", refs=["donau-invite", "donau-move", "donau-missed"],
))

add(dict(
    kind="other", slug="ooo_personalwerk_de", lang="de", company="", contact=MARTINA[1],
    frm=MARTINA, date="2026-08-21 10:00 +0200",
    subject="Abwesenheitsnotiz: Gesprächstermin bei der Brauerei Kahlenberg",
    text="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 31. August auf Urlaub und lese meine E-Mails nur unregelmäßig.

In dringenden Fällen, etwa bei Terminänderungen für Vorstellungsgespräche, wenden Sie sich bitte an meinen Kollegen Lukas Steiner (l.steiner@personalwerk.example.at).

Beste Grüße
Martina Hofbauer
Personalwerk Wien""",
    charset="iso-8859-1", cte="8bit",
    refs=["personalwerk-invite"],
    headers=AUTO_REPLY,
))

_jw_items = [
    ("Junior Bestandsanalyst:in (m/w/d) – Logistikdienstleister, 1230 Wien",
     "Vollzeit · ab 2.700 € brutto · vor 2 Tagen",
     "https://jobboerse-wien.example.at/stelle/88412"),
    ("Disponent:in Bestand – Lebensmittelgroßhandel, 1110 Wien",
     "Vollzeit · Deutsch B2 · vor 4 Tagen", "https://jobboerse-wien.example.at/stelle/88377"),
    ("Lagerkoordination – Brauerei, 1190 Wien",
     "Teilzeit 30 Std. · heute", "https://jobboerse-wien.example.at/stelle/88430"),
    ("Absage erhalten? So nutzen Sie das Feedback für das nächste Vorstellungsgespräch",
     "Ratgeber", "https://jobboerse-wien.example.at/ratgeber/absage-feedback"),
]
add(dict(
    kind="other", slug="jobboerse_wien_alert", lang="de", company="", contact="",
    frm=("Jobbörse Wien", "newsletter@jobboerse-wien.example.at"),
    name_enc=("iso-8859-1", "Q"),
    date="2026-07-08 06:00 +0200",
    subject="Ihr Job-Alarm: 3 neue Stellen für „Bestand“",
    subj_enc=("utf-8", "Q"),
    text=digest_text("Guten Morgen, hier sind die neuen Stellen zu Ihrem Suchauftrag:",
                     _jw_items, "Abmelden: https://jobboerse-wien.example.at/abmelden"),
    html=newsletter_html("Jobbörse Wien · Job-Alarm", "<p>Guten Morgen, hier sind die neuen "
                         "Stellen zu Ihrem Suchauftrag:</p>", _jw_items,
                         '<a href="https://jobboerse-wien.example.at/abmelden">Abmelden</a>',
                         lang="de", color="#be123c"),
    charset="windows-1252", cte="qp", html_charset="utf-8", html_cte="qp",
    headers=list_headers("Job-Alarm <jobalarm.jobboerse-wien.example.at>",
                         "https://jobboerse-wien.example.at/abmelden",
                         "abmelden@jobboerse-wien.example.at"),
))

add(dict(
    kind="other", slug="embassy_visa_appointment_moved", lang="de", company="", contact="",
    frm=("Österreichische Botschaft Lima – Visastelle", "visa-lima@botschaft.example.at"),
    name_enc=("utf-8", "Q"),
    date="2026-10-02 09:30 -0500",
    subject="Ihr Termin wurde verschoben – Antrag Rot-Weiß-Rot-Karte",
    text="""Sehr geehrte Frau Whitfield-Ccori,

aufgrund einer Systemumstellung müssen wir Ihren Termin zur Antragstellung (Rot-Weiß-Rot-Karte) verschieben.

Bisheriger Termin: Dienstag, 13. Oktober 2026, 09:00 Uhr
Neuer Termin: Donnerstag, 22. Oktober 2026, 09:40 Uhr
Ort: Av. República de Colombia 643, San Isidro, Lima

Bitte bringen Sie alle Originaldokumente und den Reisepass mit. Eine Antwort auf diese E-Mail ist nicht erforderlich.

Mit freundlichen Grüßen
Visastelle der Österreichischen Botschaft Lima""",
    cte="b64",
    headers=AUTO_GEN,
))

_ = (blockquote, on_wrote)
