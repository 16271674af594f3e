"""Corpus 293, `other`: 52 hand-written messages (27 es, 13 en, 6 fr, 6 de)."""

from __future__ import annotations

from msgs293_common import (
    CANDIDATE,
    M,
    digest_text,
    newsletter,
    outlook_html,
    page,
    paras,
    reply,
)

OT = "other"
ME = CANDIDATE

ROCIO = ("Rocío Aguilera Fajardo", "rocio.aguilera@viajesnazari.example.es")


def bulk(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter or alert."""
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ============================================================ the candidate's own mail, Spanish

_naz_app = """Buenos días:

Me dirijo a ustedes para presentar mi candidatura al puesto de Coordinadora de Operaciones de
Grupos publicado en su web. Soy guía oficial de turismo formada en Cusco y desde 2021 vivo en
Granada, donde trabajo con grupos en la Alhambra y el Albaicín. Adjunto mi currículum.

Quedo a su disposición para ampliar cualquier información.

Atentamente,
Dolores Quispe-Andersen
+34 612 000 487
"""

_CV = ["DOLORES QUISPE-ANDERSEN", "Guia oficial de turismo - Granada",
       "dolores.qa@example.pe - +34 612 000 487", "",
       "2021-2026  Guia freelance, Alhambra y Albaicin (ES/EN/DE/QU)",
       "2016-2020  Coordinadora de grupos, agencia receptiva, Cusco (Peru)",
       "Idiomas: espanol, quechua, ingles C1, aleman B2, frances B1"]

_naz_thanks = """Estimada Rocío:

Quería agradecerle el tiempo que me dedicaron esta mañana usted y Sergio. Me quedé con muchas
ganas de trabajar en la coordinación de los circuitos de Semana Santa; como les comenté, llevo
seis años guiando grupos en Cusco y en Granada y sé lo que pasa cuando un traslado llega tarde.

Quedo atenta a sus noticias.

Saludos cordiales,
Dolores Quispe-Andersen
"""

_naz_ooo = """Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 2 de marzo, acompañando un fam trip en Marruecos, con
acceso limitado al correo. Para reservas y cuestiones urgentes de grupos, escribe a
operaciones@viajesnazari.example.es o llama al 958 000 210.

Rocío Aguilera Fajardo
Viajes Nazarí
"""

_ibv_second_round = """Hola Dolores:

Nos gustó mucho la primera conversación. Te propongo una segunda entrevista, ya en persona, el
martes 13 de octubre a las 16:00 en Castellana 140, con Íñigo y Begoña, del equipo de
incentivos. Pregunta por mí en recepción.

Carmen Durán Ledesma
Selección · Iberovía Travel"""

IBV_THANKS = reply("""Hola Carmen:

Muchas gracias por la segunda entrevista de ayer. Me gustó mucho conocer al equipo de
incentivos y ver cómo montan los viajes de empresa de principio a fin. Si necesitan
referencias de mi etapa en la agencia de Cusco, puedo enviárselas hoy mismo.

Un abrazo,
Dolores""", "es", "jue, 8 oct 2026 a las 13:25", "Carmen Durán Ledesma",
    "carmen.duran@iberovia.example.es", _ibv_second_round)

_sre_candmove = """Buenas tardes, Lucía:

Muchas gracias por la llamada de esta mañana, me quedé con muy buena impresión del puesto.

Sobre la segunda entrevista en la oficina que me propuso para el lunes 18 a las 9:30: ese día
tengo comprometido un grupo en la Alhambra desde primera hora. ¿Sería posible pasarla al martes
19 a la misma hora? Si no, me adapto a lo que me diga.

Disculpe las molestias y muchas gracias.

Dolores Quispe-Andersen
+34 612 000 487
"""

_alh_verbal_quoted = """Como te adelanté esta mañana por teléfono, queremos que te quedes con nosotros. La jornada del
lunes fue de diez: el grupo del crucero salió encantado y los guías también.

Si te encaja, contéstame y preparo el contrato para que lo firmes esta misma semana.

Antonio Jesús Morente
Director de Operaciones · Alhambra Receptivo"""

_alh_accept = reply("""Antonio Jesús, muchas gracias. Acepto con muchísima ilusión. Puedo pasar
por la oficina cuando me digas para firmar.

Dolores""", "es", "mié, 24 jun 2026 a las 13:38", "Antonio Jesús Morente",
    "ajmorente@alhambrareceptivo.example.es", _alh_verbal_quoted)

_smr_app = """Hola, buenos días:

Vi en el grupo de la Asociación de Guías que buscan a alguien para coordinar el turismo rural de
la cooperativa, y me animo a escribirles. Les adjunto mi currículum.

Vengo de Cusco, donde trabajé muchos años con comunidades campesinas que reciben visitantes, y
creo que esa experiencia encaja con lo que hacen en Sierra Mágina con el aceite y las rutas.

Quedo atenta. Un saludo cordial,
Dolores Quispe-Andersen
"""

# ============================================================ third parties, Spanish

_tsu_cold = """Hola Dolores:

Me llamo Inmaculada Roldán y soy socia de Talento Sur, una firma de búsqueda de directivos en
Andalucía. He visto tu perfil en la web de la Asociación de Guías de Granada y me ha llamado la
atención tu trayectoria entre Cusco y Granada.

Trabajo a menudo con agencias receptivas y DMC de la zona que buscan perfiles de operaciones con
idiomas. No tengo nada concreto que proponerte hoy, pero me encantaría tenerte en el radar: si te
parece bien, te guardo en nuestra base y te escribo cuando salga algo que encaje.

Un saludo,

Inmaculada Roldán
Socia · Talento Sur Executive Search
Ronda de los Tejares 27, 4.ª planta · 14008 Córdoba
"""

_alert_items = [
    ("Técnico/a de Operaciones Receptivo – Granada",
     "https://alertas.empleosur.example.es/o/88231?utm_source=alerta",
     "Agencia receptiva busca perfil con idiomas. Proceso: entrevista telefónica y prueba."),
    ("Coordinador/a de Grupos – Málaga (híbrido)",
     "https://alertas.empleosur.example.es/o/88240?utm_source=alerta",
     "Incorporación inmediata. Se valorará experiencia con turoperadores nórdicos."),
    ("Agente de Viajes Senior – Córdoba",
     "https://alertas.empleosur.example.es/o/88255?utm_source=alerta",
     "Contrato indefinido. 26.000 € brutos anuales."),
    ("Guía-Coordinador/a de circuitos – Sevilla",
     "https://alertas.empleosur.example.es/o/88261?utm_source=alerta",
     "Temporada abril-octubre. Imprescindible inglés y francés."),
    ("Recepcionista de hotel con alemán – Almería",
     "https://alertas.empleosur.example.es/o/88270?utm_source=alerta",
     "Hotel 4* en primera línea. Entrevistas la próxima semana."),
]
_alert_footer = ("Recibes este correo porque creaste la alerta «Operaciones turísticas» en "
                 "EmpleoSur. Darse de baja: https://alertas.empleosur.example.es/baja")

_advice_items = [
    ("Qué hacer (y qué no) después de un «no» en un proceso de selección",
     "https://carreraturismo.example.es/blog/despues-del-no",
     "Un rechazo no cierra puertas si sabes pedir feedback sin presionar."),
    ("Las 7 preguntas que siempre salen en una entrevista para agencias de viajes",
     "https://carreraturismo.example.es/blog/7-preguntas",
     "Gestión de incidencias, idiomas y trabajo bajo presión: cómo prepararlas."),
    ("Entrevista en inglés: frases útiles para no quedarte en blanco",
     "https://carreraturismo.example.es/blog/entrevista-ingles",
     "Del small talk al cierre de la entrevista, con ejemplos reales."),
]

_podcast = """Hola Dolores:

Soy Noelia Garrido, presento «Andariegas», un podcast sobre mujeres que trabajan en turismo en
Andalucía. Una compañera de la Asociación de Guías me habló de ti y de tu historia: de guiar en
Cusco a enseñar la Alhambra en cuatro idiomas.

¿Te apetecería que te hiciéramos una entrevista para uno de los episodios de otoño? Grabamos en
un estudio del Realejo, dura unos 40 minutos y no hace falta preparar nada. Podríamos hacerlo
cualquier tarde de la semana del 14 de septiembre.

Un abrazo,
Noelia Garrido
Andariegas Podcast · andariegaspodcast.example.es
"""

_press = """Buenos días, Dolores:

Le escribo desde la sección de Sociedad del Diario del Genil. Estamos preparando un reportaje
sobre guías turísticos de origen latinoamericano que trabajan en Granada y nos encantaría
entrevistarla. Serían unos 30 minutos, en persona o por teléfono, y un fotógrafo le haría un par
de fotos en el Mirador de San Nicolás si le parece bien.

¿Tendría un hueco la semana que viene?

Un saludo cordial,
Álvaro Peinado
Redactor · Diario del Genil
"""

_ux_es = """Hola Dolores,

Soy Irene, del equipo de experiencia de usuario de Rutea, la app de itinerarios que usas para
tus grupos. Estamos rediseñando la parte de reservas de entradas y buscamos guías que quieran
participar en una entrevista de investigación de 30 minutos por videollamada.

No es un proceso de selección ni una encuesta comercial: queremos entender cómo trabajas. Como
agradecimiento, te enviaremos una tarjeta regalo de 20 €.

Si te interesa, responde a este correo y te propongo horarios.

Irene Salcedo
UX Research · Rutea
"""

_pkg = """Hola Dolores,

Lamentablemente, tu paquete con número de seguimiento EV2026093311ES se ha retrasado por una
incidencia en nuestro centro de distribución de Antequera.

Nueva fecha estimada de entrega: jueves 19 de marzo, entre las 9:00 y las 14:00.

Puedes consultar la posición de tu envío en tiempo real aquí:
https://seguimiento.enviosveloz.example.es/EV2026093311ES

Sentimos las molestias.
Envíos Veloz
"""

_gps_html = page("""<h2>Posición del grupo «Alhambra mañana – 12 pax»</h2>
<p>Última posición GPS recibida del dispositivo de la guía:</p>
<table cellpadding="4">
<tr><td>Hora</td><td>10:42</td></tr>
<tr><td>Lugar</td><td>Palacio de Carlos V, Alhambra (37.1770 N, 3.5897 W)</td></tr>
<tr><td>Precisión</td><td>8 m</td></tr>
<tr><td>Batería</td><td>64 %</td></tr>
</table>
<p><a href="https://app.guiatrack.example.es/map/g/AL-12">Ver mapa en directo</a></p>
<p style="font-size:11px;color:#888">Recibes esta notificación porque eres la responsable del
grupo en GuíaTrack. Ajustes de notificaciones: https://app.guiatrack.example.es/ajustes</p>""",
                 "es", "Posición del grupo")

_friend_rej = """Dolo!!

Te cuento porque necesito desahogarme: me ha llegado hoy el correo de Mundirutas y nada, que no.
«Lamentamos comunicarte que no vamos a continuar con tu candidatura», así, seco, después de dos
entrevistas y una prueba de Excel que me tuvo dos tardes. Ni una explicación.

Tú que estás en mil procesos, ¿te han dicho alguna vez por qué? Yo ya no sé si pedir feedback o
dejarlo estar.

Esta semana te invito a unas cañas en el Realejo y me animas un poco.

Maricarmen
"""

_bank = """Estimada clienta:

Le informamos de que ya está disponible su extracto mensual y su posición global a 30/04/2026
en la banca online.

Posición global: 4.812,36 €
Cuenta Nómina ···· 4471: 3.902,11 €
Cuenta Ahorro ···· 0932: 910,25 €

Si desea una cita con su gestor para revisar sus productos, puede solicitarla desde la app.

Banco Alcazaba
Este correo se ha enviado automáticamente. No responda a este mensaje.
"""

_landlord = """Hola Dolores:

Te confirmo la cita con el técnico de la caldera para el jueves 12 a las 9:00. Es una revisión
obligatoria, no tienes que pagar nada. Si no vas a estar en casa, déjame las llaves en el bar de
abajo como la otra vez.

Aprovecho para decirte que en junio toca actualizar el contrato de alquiler con el IPC, ya te
mando los papeles.

Un saludo,
Paco Jiménez
"""

_school = """Estimada Dolores:

Hemos recibido su preinscripción en el curso intensivo de alemán C1 para el segundo
cuatrimestre. Antes de formalizar la matrícula, todas las personas nuevas deben hacer una
entrevista de nivel oral con una de nuestras profesoras.

Le hemos reservado la cita el lunes 9 de febrero a las 18:30 en nuestra sede de la calle Elvira.
La entrevista dura unos 15 minutos. Si no puede asistir, avísenos para darle otra hora.

Un saludo,
Secretaría – Escuela de Idiomas Albaicín
Marisa Olmo
"""

_doctor = """Centro de Salud Zaidín Sur – Recordatorio de cita

Paciente: DOLORES QUISPE-ANDERSEN
Fecha: martes 24/03/2026
Hora: 08:40
Profesional: Medicina de Familia – Consulta 12

Si no puede acudir, anule la cita desde ClicSalud o llamando al 958 000 100.

Mensaje automático. No responda a este correo.
"""

_master = """Estimada Dolores Quispe-Andersen:

Una vez concluido el proceso de preinscripción para el curso 2026/2027, le comunicamos que su
solicitud de admisión al Máster Universitario en Dirección y Planificación del Turismo no ha
sido admitida, al haberse cubierto las plazas ofertadas con solicitantes de mayor puntuación.

Usted ocupa el puesto 14 de la lista de espera. Podrá consultar la evolución de la lista en la
sede electrónica hasta el 30 de septiembre.

Escuela Internacional de Posgrado
Universidad del Genil
"""

_linkedin_es_html = page("""<p>Hola Dolores,</p>
<p><b>Un reclutador de Mundirutas Viajes ha visto tu perfil.</b></p>
<p>Además, has aparecido en <b>23 búsquedas</b> esta semana.</p>
<p>Empleos que podrían interesarte:</p>
<ul>
<li><a href="https://redprofesional.example.com/jobs/771">Coordinadora de Operaciones – Madrid</a>
 · 48 solicitudes</li>
<li><a href="https://redprofesional.example.com/jobs/780">Travel Operations Analyst – Lisboa</a>
 · en remoto</li>
<li><a href="https://redprofesional.example.com/jobs/792">Guía-intérprete con alemán – Granada</a>
 · solicitud sencilla</li>
</ul>
<p><a href="https://redprofesional.example.com/me/profile-views">Ver quién ha visto tu
perfil</a></p>
<p style="font-size:11px;color:#888">Red Profesional · Darse de baja:
https://redprofesional.example.com/unsub</p>""", "es", "Red Profesional")

_inner_invite = """Hola Yesenia:

Gracias por tu interés en el puesto de Recepcionista Bilingüe del Hotel Puerta de Toledo. Nos
gustaría invitarte a una entrevista el lunes 20 de abril a las 11:00 en el hotel. Pregunta por
Gonzalo en recepción.

Saludos,
Recursos Humanos
Hotel Puerta de Toledo"""

_fwd_friend = """Doloresss, mira lo que me han mandado del hotel de Madrid (te lo reenvío
adjunto). ¿Tú irías? Me da cosa porque ya tengo lo del restaurante y no sé si me compensa.
Tú que sabes de estas cosas, dime algo porfa.

Yesenia
"""

_temp_items = [
    ("Recepcionista de hotel – Roquetas de Mar (temporada)",
     "https://temporalia.example.es/ofertas/4471", "Inglés y alemán. Entrevistas en la oficina."),
    ("Azafata/o de congresos – Almería capital",
     "https://temporalia.example.es/ofertas/4480", "Eventos de fin de semana, mayo y junio."),
    ("Informador/a turístico – Mojácar",
     "https://temporalia.example.es/ofertas/4486", "Jornada parcial, de junio a septiembre."),
    ("Guía de excursiones en barco – San José",
     "https://temporalia.example.es/ofertas/4490", "Con titulación de patrón, valorable."),
]

_asoc_items = [
    ("Jornada formativa: nuevas normas de acceso a la Alhambra",
     "https://guiasgranada.example.es/noticias/jornada-alhambra",
     "Martes 21 de abril en el Palacio de Congresos. Inscripción gratuita para socias."),
    ("Canal Sur entrevista a nuestra presidenta sobre el intrusismo",
     "https://guiasgranada.example.es/noticias/entrevista-canal-sur",
     "Puedes ver la entrevista completa en nuestra web."),
    ("Bolsa de trabajo: tres agencias buscan guías para Semana Santa",
     "https://guiasgranada.example.es/bolsa",
     "Las socias interesadas pueden enviar su CV antes del 15 de marzo."),
]

_padron = """Cita previa confirmada

Trámite: Alta / modificación en el Padrón Municipal de Habitantes
Fecha: jueves 8 de octubre de 2026
Hora: 12:20
Oficina: Junta Municipal de Distrito Centro, C/ Horno del Espadero 2, Granada
Localizador: PAD-20261008-0419

Recuerde traer su documento de identidad y el contrato de alquiler.

Ayuntamiento de Granada (ficticio) · Servicio de cita previa
Este mensaje se genera automáticamente.
"""

_webinar_html = page("""<h2>Webinar gratuito: cómo preparar una entrevista de trabajo en inglés</h2>
<p>Jueves 23 de abril · 18:00 (hora peninsular) · 60 minutos</p>
<p>Aprende a presentar tu experiencia, responder a las preguntas difíciles y cerrar la
entrevista con seguridad. Incluye simulación en directo con dos voluntarias del público.</p>
<p><a href="https://formacionturismo.example.es/webinars/entrevista-ingles?r=mail">Reserva tu
plaza</a></p>
<p>Plazas limitadas. Si no puedes conectarte, te enviaremos la grabación.</p>
<p style="font-size:11px;color:#999">Formación Turismo Online · Darse de baja:
https://formacionturismo.example.es/baja</p>""", "es", "Webinar")

_es = [
    M(kind=OT, slug="own_application_nazari_with_cv", lang="es", frm=ME,
      to=[("Rocío Aguilera Fajardo", "rocio.aguilera@viajesnazari.example.es")],
      subject="Candidatura Coordinadora de Operaciones de Grupos",
      date="2026-02-02 09:14 +0100", key="naz_app", text=_naz_app, cte="qp",
      pdf=[("CV_Dolores_Quispe-Andersen.pdf", "Curriculum vitae", _CV)]),
    M(kind=OT, slug="own_thank_you_nazari", lang="es", frm=ME, to=[ROCIO],
      subject="Gracias por la entrevista de esta mañana", date="2026-02-26 19:42 +0100",
      key="naz_thanks", parent="naz_move", text=_naz_thanks),
    M(kind=OT, slug="nazari_out_of_office", lang="es",
      contact="rocio.aguilera@viajesnazari.example.es", frm=ROCIO, to=[ME],
      subject="Respuesta automática: Gracias por la entrevista de esta mañana",
      date="2026-02-26 19:43 +0100", parent="naz_thanks", text=_naz_ooo,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(kind=OT, slug="own_thank_you_iberovia", lang="es", frm=ME,
      to=[("Carmen Durán Ledesma", "carmen.duran@iberovia.example.es")],
      subject="Re: Segunda entrevista – Coordinadora de Incentivos", date="2026-10-14 20:10 +0200",
      key="ibv_thanks", parent="ibv_ack", text=IBV_THANKS, charset="iso-8859-1", cte="qp"),
    M(kind=OT, slug="own_reschedule_request_santoreino", lang="es", frm=ME,
      to=[("Lucía Expósito", "lucia.exposito@santoreino.example.es")],
      subject="Re: Primera llamada – Técnica de Producto", date="2026-05-12 17:31 +0200",
      key="sre_candmove", parent="sre_phone", text=_sre_candmove),
    M(kind=OT, slug="own_acceptance_alhambra_quoting_offer", lang="es", frm=ME,
      to=[("Antonio Jesús Morente", "ajmorente@alhambrareceptivo.example.es")],
      subject="Re: Lo que hablamos esta mañana", date="2026-06-26 08:17 +0200",
      key="alh_accept", parent="alh_verbal", text=_alh_accept, cte="qp"),
    M(kind=OT, slug="own_application_sierramagina", lang="es", frm=ME,
      to=[("Sierra Mágina Rural", "encarni@sierramaginarural.example.es")],
      subject="Candidatura coordinación de turismo rural", date="2026-09-03 10:02 +0200",
      key="smr_app", text=_smr_app, html=page(paras(_smr_app), "es"), cte="b64",
      pdf=[("CV_Quispe-Andersen_2026.pdf", "Curriculum vitae", _CV)]),
    M(kind=OT, slug="talentosur_cold_approach_no_event", lang="es",
      contact="iroldan@talentosur.example.es",
      frm=("Inmaculada Roldán", "iroldan@talentosur.example.es"),
      subject="Tu perfil en la Asociación de Guías", date="2026-05-06 12:44 +0200",
      key="tsu_cold", text=_tsu_cold, cte="qp"),
    M(kind=OT, slug="job_alert_digest_empleosur", lang="es",
      frm=("Alertas EmpleoSur", "alertas@empleosur.example.es"),
      subject="5 nuevas ofertas de «Operaciones turísticas» cerca de Granada",
      subj_cs=("utf-8", "Q"), date="2026-03-23 07:00 +0100",
      text=digest_text("Tus ofertas de hoy", "Estas son las novedades para tu alerta.",
                       _alert_items, _alert_footer),
      html=newsletter("Tus ofertas de hoy", "Estas son las novedades para tu alerta.",
                      _alert_items, _alert_footer, "es"), cte="qp",
      headers=bulk("Alertas EmpleoSur <alertas.empleosur.example.es>",
                   "https://alertas.empleosur.example.es/baja?u=dqa",
                   "baja@empleosur.example.es")),
    M(kind=OT, slug="career_advice_newsletter_rejection_article", lang="es",
      frm=("Carrera Turismo", "boletin@carreraturismo.example.es"),
      subject="Después del «no»: cómo pedir feedback y preparar la próxima entrevista",
      subj_cs=("iso-8859-1", "Q"), date="2026-04-07 08:30 +0200",
      html=newsletter("Boletín Carrera Turismo – abril",
                      "Este mes hablamos de rechazos, entrevistas y cómo no perder la motivación.",
                      _advice_items, "Carrera Turismo · Darse de baja en "
                      "https://carreraturismo.example.es/baja", "es"), cte="b64",
      headers=bulk("<boletin.carreraturismo.example.es>",
                   "https://carreraturismo.example.es/baja?id=5512",
                   "baja@carreraturismo.example.es")),
    M(kind=OT, slug="podcast_interview_request", lang="es",
      contact="noelia@andariegaspodcast.example.es",
      frm=("Noelia Garrido", "noelia@andariegaspodcast.example.es"),
      subject="Entrevista para el podcast Andariegas", date="2026-08-27 11:05 +0200",
      text=_podcast),
    M(kind=OT, slug="press_interview_request_newspaper", lang="es",
      contact="apeinado@diariodelgenil.example.es",
      frm=("Álvaro Peinado", "apeinado@diariodelgenil.example.es"), name_cs=("iso-8859-1", "B"),
      subject="Solicitud de entrevista – reportaje sobre guías en Granada",
      date="2026-05-28 10:47 +0200", text=_press, charset="iso-8859-1", cte="qp"),
    M(kind=OT, slug="user_research_interview_app", lang="es",
      contact="irene.salcedo@rutea.example.es", frm=("Rutea", "no-reply@rutea.example.es"),
      reply_to=("Irene Salcedo", "irene.salcedo@rutea.example.es"),
      subject="¿Nos ayudas 30 minutos? Entrevista de investigación con guías",
      date="2026-06-02 16:00 +0200", text=_ux_es, html=page(paras(_ux_es), "es"), cte="qp"),
    M(kind=OT, slug="parcel_delayed_unfortunately", lang="es",
      frm=("Envíos Veloz", "no-reply@enviosveloz.example.es"),
      subject="Tu envío EV2026093311ES se ha retrasado", date="2026-03-17 19:12 +0100",
      text=_pkg, cte="qp", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="gps_group_position_notification", lang="es",
      frm=("GuíaTrack", "notificaciones@guiatrack.example.es"),
      subject="Posición actual del grupo AL-12", date="2026-07-09 10:43 +0200",
      html=_gps_html, cte="qp", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="friend_tells_own_rejection", lang="es",
      contact="maricarmen.soto@correo.example.es",
      frm=("Maricarmen Soto", "maricarmen.soto@correo.example.es"),
      subject="Pues nada, otro no", date="2026-02-11 22:36 +0100", text=_friend_rej),
    M(kind=OT, slug="bank_global_position", lang="es",
      frm=("Banco Alcazaba", "no-reply@bancoalcazaba.example.es"),
      subject="Su extracto y posición global de abril", date="2026-05-02 06:15 +0200",
      text=_bank, charset="windows-1252", cte="qp",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="landlord_boiler_appointment", lang="es",
      contact="paco.jimenez.alquileres@correo.example.es",
      frm=("Paco Jiménez", "paco.jimenez.alquileres@correo.example.es"),
      subject="Cita revisión caldera jueves", date="2026-03-09 20:40 +0100", text=_landlord,
      charset="iso-8859-1", cte="8bit"),
    M(kind=OT, slug="language_school_level_interview", lang="es",
      contact="marisa.olmo@idiomasalbaicin.example.es",
      frm=("Marisa Olmo – Escuela de Idiomas Albaicín", "marisa.olmo@idiomasalbaicin.example.es"),
      subject="Entrevista de nivel – alemán C1", date="2026-01-29 12:20 +0100",
      text=_school, cte="qp"),
    M(kind=OT, slug="health_centre_appointment_reminder", lang="es",
      frm=("Centro de Salud Zaidín Sur", "citas-noreply@saludzaidin.example.es"),
      subject="Recordatorio de cita 24/03/2026", date="2026-03-22 09:00 +0100", text=_doctor,
      charset="windows-1252", cte="qp", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="master_admission_refused", lang="es",
      frm=("Escuela Internacional de Posgrado", "no-reply@posgrado.universidadgenil.example.es"),
      subject="Resolución de admisión – Máster en Dirección y Planificación del Turismo",
      date="2026-07-21 13:00 +0200", text=_master, html=page(paras(_master), "es"), cte="b64"),
    M(kind=OT, slug="network_notification_profile_views", lang="es",
      frm=("Red Profesional", "notificaciones-noreply@redprofesional.example.com"),
      subject="Dolores, un reclutador de Mundirutas Viajes ha visto tu perfil",
      date="2026-01-14 18:02 +0100", html=_linkedin_es_html, cte="qp",
      headers=bulk("<notificaciones.redprofesional.example.com>",
                   "https://redprofesional.example.com/unsub?t=q8",
                   "unsub@redprofesional.example.com")),
    M(kind=OT, slug="friend_forwards_her_invite_rfc822", lang="es",
      contact="yesenia.huaman@correo.example.pe",
      frm=("Yesenia Huamán", "yesenia.huaman@correo.example.pe"),
      subject="Fwd: Entrevista Recepcionista Bilingüe", date="2026-04-14 23:05 +0200",
      text=_fwd_friend,
      rfc822=M(frm=("RRHH Hotel Puerta de Toledo", "rrhh@hotelpuertatoledo.example.es"),
                  to=[("Yesenia Huamán", "yesenia.huaman@correo.example.pe")],
                  subject="Entrevista Recepcionista Bilingüe", date="2026-04-14 12:30 +0200",
                  text=_inner_invite)),
    M(kind=OT, slug="temporalia_weekly_offers_newsletter", lang="es",
      frm=("Temporalia ETT", "ofertas@temporalia.example.es"),
      subject="Ofertas de la semana en Almería", date="2026-05-04 08:00 +0200",
      text=digest_text("Ofertas de la semana", "Novedades en turismo y hostelería.", _temp_items,
                       "Temporalia ETT · Baja: https://temporalia.example.es/baja"),
      html=newsletter("Ofertas de la semana", "Novedades en turismo y hostelería.", _temp_items,
                      "Temporalia ETT · Baja: https://temporalia.example.es/baja", "es"),
      charset="windows-1252", cte="qp",
      headers=bulk("<semanal.temporalia.example.es>", "https://temporalia.example.es/baja?e=dqa",
                   "baja@temporalia.example.es")),
    M(kind=OT, slug="guides_association_newsletter", lang="es",
      frm=("Asociación Profesional de Guías de Granada", "boletin@guiasgranada.example.es"),
      subject="Boletín de marzo: jornada Alhambra, entrevista en Canal Sur y bolsa de trabajo",
      date="2026-03-05 09:30 +0100",
      text=digest_text("Boletín de marzo", "Noticias para las socias.", _asoc_items,
                       "APGG · Baja: https://guiasgranada.example.es/baja"),
      html=newsletter("Boletín de marzo", "Noticias para las socias.", _asoc_items,
                      "APGG · Baja: https://guiasgranada.example.es/baja", "es"), cte="8bit",
      headers=bulk("Socias APGG <socias.guiasgranada.example.es>",
                   "https://guiasgranada.example.es/baja?s=311", "baja@guiasgranada.example.es")),
    M(kind=OT, slug="council_padron_appointment", lang="es",
      frm=("Cita previa – Ayuntamiento", "citaprevia-noreply@granada-ayto.example.es"),
      subject="Cita previa confirmada: Padrón Municipal", date="2026-10-01 14:22 +0200",
      text=_padron, charset="windows-1252", cte="8bit",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="webinar_interview_in_english", lang="es",
      frm=("Formación Turismo Online", "webinars@formacionturismo.example.es"),
      subject="Webinar gratuito: tu entrevista en inglés, sin nervios", subj_cs=("utf-8", "B"),
      date="2026-04-15 17:00 +0200", html=_webinar_html, cte="b64",
      headers=bulk("<webinars.formacionturismo.example.es>",
                   "https://formacionturismo.example.es/baja?w=88",
                   "baja@formacionturismo.example.es")),
]

# ============================================================ English (13)

_wan_offer_quoted = """I'm delighted to let you know that we'd like to offer you the position of Travel Operations
Specialist at Wanderlyn! Jorge and the team were really impressed with your interviews.

Take a few days to read through it, and feel free to reach out with any questions. We'd
appreciate your answer by Tuesday 21 April.

Priya"""

_wan_q = reply("""Dear Priya,

Thank you so much, and please pass my thanks to Jorge and the team. Before I give you my answer
I have two questions: could the start date be 15 June instead of 1 June, since I have guiding
commitments until then? And is the bonus plan paid annually or per quarter?

Best regards,
Dolores""", "en", "Tue, 14 Apr 2026 at 17:02", "Priya Raman", "priya.raman@wanderlyn.example.com",
    _wan_offer_quoted)

_wan_ooo = """Hi, thanks for your email!

I'm out of the office until Monday 20 April with limited access to email. For anything urgent
about interviews or scheduling, please contact recruiting@wanderlyn.example.com.

Priya
"""

_alf_thanks = """Dear Joana,

Thank you for arranging yesterday's panel. It was a pleasure to meet Mr Duarte and Ms Pires, and
I especially enjoyed the discussion about handling tour groups arriving on late flights.

Please let me know if you need anything else from me.

Kind regards,
Dolores Quispe-Andersen
"""

_tej_sorry = """Hi Miguel,

I'm so sorry about this morning. I got the time difference wrong and was already out with a
tour group when you called. That was my mistake. Would there be any chance to try again?

Best regards,
Dolores
"""

_lis_items = [
    ("Operations Executive - Lisbon DMC", "https://lisbontraveljobs.example.pt/j/2291",
     "Incoming groups, 3 languages. Interviews start next week."),
    ("Guest Relations Officer - 5* hotel, Chiado", "https://lisbontraveljobs.example.pt/j/2298",
     "Portuguese and English required; Spanish a plus."),
    ("Museum Visitor Services Coordinator", "https://lisbontraveljobs.example.pt/j/2302",
     "Fixed-term, 12 months. Closing date 30 May."),
    ("Airline Ground Ops Planner - Lisbon airport", "https://lisbontraveljobs.example.pt/j/2310",
     "Shift work. Previous rejected applicants may reapply."),
]

_ops_items = [
    ("Reading between the lines of a rejection email",
     "https://theopsdesk.example.com/p/rejection-emails",
     "What 'we decided to move forward with other candidates' actually tells you."),
    ("Five questions to ask at the end of an interview",
     "https://theopsdesk.example.com/p/five-questions",
     "Stop saying 'no questions' - these ones make hiring managers remember you."),
    ("From tour guide to operations: a career map", "https://theopsdesk.example.com/p/guide-to-ops",
     "Three people who made the switch talk about their first year."),
]

_wayfinders = """Hi Dolores,

I host Wayfinders, a podcast about people who build careers around travel. One of our listeners
in Granada sent me your story and I'd love to have you on the show for an interview about
guiding in Cusco and Granada and what it's like to switch into operations.

We record remotely, it takes about 45 minutes, and I can send the questions in advance. Would
any afternoon in the week of 6 July work for you?

All the best,
Tom Whitaker
Host, Wayfinders Podcast
"""

_tripmosaic = """Hi Dolores,

We're the research team at Tripmosaic, and we're talking to tour professionals about how they
plan multi-day group itineraries. Would you be up for a 45-minute research interview over
video? There are no right or wrong answers, and this isn't a job interview - we just want to
learn from your experience.

As a thank-you, we'll send you a EUR 40 voucher.

If you're interested, just reply and Lena from our team will send you a few slots.

The Tripmosaic Research Team
"""

_notif_en_html = page("""<p>Hi Dolores,</p>
<p><b>Your application was viewed by Atlantica Air.</b></p>
<p>You appeared in <b>14 searches</b> this week, and 3 recruiters looked at your profile.</p>
<p><a href="https://redprofesional.example.com/me/applications">See your applications</a> ·
<a href="https://redprofesional.example.com/jobs?geo=lisbon">Jobs in Lisbon</a></p>
<p style="font-size:11px;color:#888">You are receiving Red Profesional notification emails.
Unsubscribe: https://redprofesional.example.com/unsub</p>""", "en", "Red Profesional")

_bia = """Dolores!

You asked how the Atlantica thing went - it didn't. Got an email yesterday saying the role was
"on hold" and they wouldn't be proceeding, and this morning I saw the exact same job reposted
on their site with a new reference number. Honestly, what is the point.

Anyway I'm fine, mostly annoyed. Are you still coming to Lisbon in May? The sofa is yours.

Bia
"""

_parcel_en = """Hello Dolores,

Unfortunately, your order #UK-558120 (1 x Lonely Planet Portugal, 1 x travel adapter set) has
been delayed in transit between our UK warehouse and Spain due to additional customs checks.

New estimated delivery: 6-8 May 2026.

Track your parcel: https://track.parcelbridge.example.co.uk/UK-558120

We apologise for the inconvenience.
ParcelBridge Customer Care
"""

_flat_en = """Hi Dolores,

Thanks for your interest in the one-bedroom flat in Graça. I can confirm a viewing on Saturday
16 May at 11:30. The landlady likes to meet prospective tenants in person, so she'll be there
too for a short informal interview - nothing to worry about, she just wants to know a bit about
who'll be living there.

Please bring a copy of your ID and, if possible, a recent payslip or employment contract.

Best wishes,
Rita Moreira
Casa Graça Lettings
"""

_northstar = """Hi Dolores,

I lead the travel and hospitality practice at Northstar Search and came across your profile
through a mutual contact in Lisbon. Your mix of on-the-ground guiding and group coordination is
exactly the background several of our clients value.

I don't have a specific vacancy to share right now, but I'd be glad to keep in touch and let you
know when something suitable comes up. If you're open to that, just reply and I'll add you to
my shortlist of candidates to watch.

Kind regards,
Hugo Lambert
Partner, Northstar Search
"""

_en = [
    M(kind=OT, slug="own_questions_about_wanderlyn_offer", lang="en", frm=ME,
      to=[("Priya Raman", "priya.raman@wanderlyn.example.com")],
      subject="Re: Your offer from Wanderlyn", date="2026-04-15 09:30 +0200", key="wan_q",
      parent="wan_offer", text=_wan_q),
    M(kind=OT, slug="wanderlyn_recruiter_out_of_office", lang="en",
      contact="priya.raman@wanderlyn.example.com",
      frm=("Priya Raman", "priya.raman@wanderlyn.example.com"),
      subject="Automatic reply: Re: Your offer from Wanderlyn", date="2026-04-15 09:30 +0200",
      parent="wan_q", text=_wan_ooo, headers=[("Auto-Submitted", "auto-replied")]),
    M(kind=OT, slug="own_thank_you_alfama_panel", lang="en", frm=ME,
      to=[("Joana Valente", "joana.valente@alfamahotels.example.pt")],
      subject="Thank you - Guest Experience Operations Lead panel",
      date="2026-02-26 09:14 +0100", key="alf_thanks", parent="alf_update", text=_alf_thanks),
    M(kind=OT, slug="own_apology_tejo_missed_call", lang="en", frm=ME,
      to=[("Miguel Santos Ferreira", "miguel.ferreira@tejojourneys.example.pt")],
      subject="Sorry about this morning's call", date="2026-01-29 12:02 +0100", key="tej_sorry",
      parent="tej_missed", text=_tej_sorry),
    M(kind=OT, slug="lisbon_travel_jobs_weekly", lang="en",
      frm=("Lisbon Travel Jobs", "weekly@lisbontraveljobs.example.pt"),
      subject="This week: 4 new travel & tourism jobs in Lisbon", date="2026-05-11 07:30 +0100",
      text=digest_text("Lisbon Travel Jobs Weekly", "Fresh roles picked for you.", _lis_items,
                       "Unsubscribe: https://lisbontraveljobs.example.pt/unsubscribe"),
      html=newsletter("Lisbon Travel Jobs Weekly", "Fresh roles picked for you.", _lis_items,
                      "Unsubscribe: https://lisbontraveljobs.example.pt/unsubscribe", "en"),
      cte="7bit",
      headers=bulk("Lisbon Travel Jobs Weekly <weekly.lisbontraveljobs.example.pt>",
                   "https://lisbontraveljobs.example.pt/unsubscribe?u=91",
                   "unsubscribe@lisbontraveljobs.example.pt")),
    M(kind=OT, slug="ops_desk_career_newsletter", lang="en",
      frm=("The Ops Desk", "hello@theopsdesk.example.com"),
      subject="Issue #42: what rejection emails really mean", date="2026-06-20 06:45 +0000",
      text=digest_text("The Ops Desk #42", "This week: rejections, interviews and career maps.",
                       _ops_items, "Unsubscribe: https://theopsdesk.example.com/unsubscribe"),
      html=newsletter("The Ops Desk #42", "This week: rejections, interviews and career maps.",
                      _ops_items, "Unsubscribe: https://theopsdesk.example.com/unsubscribe",
                      "en"), cte="qp",
      headers=bulk("<theopsdesk.example.com>", "https://theopsdesk.example.com/unsubscribe?s=7",
                   "leave@theopsdesk.example.com")),
    M(kind=OT, slug="wayfinders_podcast_request", lang="en",
      contact="tom@wayfinderspodcast.example.com",
      frm=("Tom Whitaker", "tom@wayfinderspodcast.example.com"),
      subject="Podcast interview invitation - Wayfinders", date="2026-06-24 15:31 +0100",
      text=_wayfinders),
    M(kind=OT, slug="tripmosaic_user_research_reply_to", lang="en",
      contact="lena.hofmann@tripmosaic.example.com",
      frm=("Tripmosaic Research", "research-noreply@tripmosaic.example.com"),
      reply_to=("Lena Hofmann", "lena.hofmann@tripmosaic.example.com"),
      subject="Invitation: 45-minute research interview about group itineraries",
      date="2026-08-04 13:00 +0000", text=_tripmosaic,
      html=page(paras(_tripmosaic), "en"), cte="7bit"),
    M(kind=OT, slug="network_notification_application_viewed", lang="en",
      frm=("Red Profesional", "notificaciones-noreply@redprofesional.example.com"),
      subject="Your application was viewed by Atlantica Air", date="2026-04-09 19:20 +0200",
      html=_notif_en_html, cte="b64",
      headers=bulk("<notificaciones.redprofesional.example.com>",
                   "https://redprofesional.example.com/unsub?t=q9",
                   "unsub@redprofesional.example.com")),
    M(kind=OT, slug="friend_lisbon_own_rejection", lang="en", contact="bia.lima@mail.example.pt",
      frm=("Bia Lima", "bia.lima@mail.example.pt"), subject="well that's that",
      date="2026-04-29 08:12 +0100", text=_bia),
    M(kind=OT, slug="parcel_delayed_customs", lang="en",
      frm=("ParcelBridge", "no-reply@parcelbridge.example.co.uk"),
      subject="Unfortunately your parcel is delayed", date="2026-04-30 11:00 +0100",
      text=_parcel_en, html=page(paras(_parcel_en), "en"), cte="7bit",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="lisbon_flat_viewing_landlady_interview", lang="en",
      contact="rita@casagraca.example.pt", frm=("Rita Moreira", "rita@casagraca.example.pt"),
      subject="Viewing confirmed - Rua da Graça flat", date="2026-05-12 17:44 +0100",
      text=_flat_en, cte="qp"),
    M(kind=OT, slug="northstar_cold_approach", lang="en",
      contact="hugo.lambert@northstarsearch.example.com",
      frm=("Hugo Lambert", "hugo.lambert@northstarsearch.example.com"),
      subject="Travel operations - staying in touch", date="2026-10-13 09:25 +0100",
      text=_northstar, html=outlook_html(paras(_northstar), "en"), cte="7bit"),
]

# ============================================================ French (6)

_pyr_quoted = """Vous étiez attendue ce matin à 8h30 au bâtiment Concorde pour la journée d'évaluation. Nous
avons tenté de vous joindre à deux reprises sur votre portable, sans succès, et la session a
commencé sans vous.

Nathalie Ribes"""

_pyr_cand = reply("""Madame Ribes,

Je vous présente toutes mes excuses. Mon train depuis Granada a été annulé hier soir et je n'ai
pu arriver à Toulouse que ce midi ; mon téléphone n'avait plus de batterie pendant le trajet.

Je souhaite bien entendu maintenir ma candidature. Serait-il possible de participer à une
prochaine session, ou de passer l'entretien individuel à une autre date ?

Avec mes remerciements,
Dolores Quispe-Andersen""", "fr", "jeu. 16 avr. 2026 à 11:05", "Nathalie Ribes",
    "nathalie.ribes@pyrene-airlines.example.fr", _pyr_quoted)

_fr_alert_items = [
    ("Conseiller(ère) voyages – Toulouse Capitole", "https://emploi-tourisme-occitanie.example.fr/o/1182",
     "CDI, entretiens dès la semaine prochaine."),
    ("Chargé(e) de production groupes – Montpellier",
     "https://emploi-tourisme-occitanie.example.fr/o/1190", "Anglais et espagnol souhaités."),
    ("Agent d'escale – Toulouse-Blagnac", "https://emploi-tourisme-occitanie.example.fr/o/1197",
     "Horaires décalés. Candidatures refusées l'an dernier : vous pouvez repostuler."),
    ("Médiateur(trice) culturel(le) – Albi", "https://emploi-tourisme-occitanie.example.fr/o/1203",
     "CDD 8 mois, musée municipal."),
]

_fr_mag_items = [
    ("Rebondir après un refus : la méthode en trois temps",
     "https://lemagcarriere.example.fr/rebondir-apres-un-refus",
     "Analyser, demander un retour, ajuster sa candidature."),
    ("Entretien d'embauche : les erreurs qui coûtent cher",
     "https://lemagcarriere.example.fr/erreurs-entretien",
     "Arriver en retard, parler salaire trop tôt, et les autres."),
    ("Travailler dans le tourisme quand on vient de l'étranger",
     "https://lemagcarriere.example.fr/tourisme-etranger",
     "Reconnaissance des diplômes et cartes professionnelles."),
]

_du = """Madame,

Nous avons le regret de vous informer que votre candidature au Diplôme d'Université
« Ingénierie des séjours touristiques » (promotion 2026-2027) n'a pas été retenue par la
commission pédagogique, compte tenu du nombre limité de places.

Vous pouvez présenter une nouvelle candidature lors de la prochaine campagne, qui ouvrira en
mars 2027.

Le service de la scolarité
Institut Supérieur du Tourisme de Toulouse
"""

_elodie_ooo = """Bonjour,

Je suis absente jusqu'au lundi 15 juin inclus. Pour toute demande urgente concernant une
réservation, merci d'écrire à operations@voyages-garonne.example.fr.

Élodie Castaing
"""

_radio = """Bonjour Madame Quispe-Andersen,

Je prépare pour Radio Garonne Voyages une émission consacrée aux guides venus d'Amérique latine
qui travaillent aujourd'hui en Europe. On m'a parlé de votre parcours entre Cusco et Grenade.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone, la
semaine du 21 septembre ? L'émission serait diffusée début octobre.

Bien cordialement,
Camille Ourliac
Journaliste, Radio Garonne Voyages
"""

_fr = [
    M(kind=OT, slug="own_apology_pyrene_missed_day", lang="fr", frm=ME,
      to=[("Nathalie Ribes", "nathalie.ribes@pyrene-airlines.example.fr")],
      subject="Re: Journée d'évaluation de ce jour", date="2026-04-16 14:20 +0200",
      parent="pyr_missed", text=_pyr_cand, cte="qp"),
    M(kind=OT, slug="job_alert_occitanie_tourism", lang="fr",
      frm=("Emploi Tourisme Occitanie", "alertes@emploi-tourisme-occitanie.example.fr"),
      subject="Vos alertes emploi : 4 nouvelles offres", date="2026-05-25 06:30 +0200",
      text=digest_text("Vos nouvelles offres", "Sélection pour votre alerte « tourisme ».",
                       _fr_alert_items, "Se désabonner : "
                       "https://emploi-tourisme-occitanie.example.fr/desabonnement"),
      html=newsletter("Vos nouvelles offres", "Sélection pour votre alerte « tourisme ».",
                      _fr_alert_items, "Se désabonner : "
                      "https://emploi-tourisme-occitanie.example.fr/desabonnement", "fr"),
      charset="windows-1252", cte="qp",
      headers=bulk("<alertes.emploi-tourisme-occitanie.example.fr>",
                   "https://emploi-tourisme-occitanie.example.fr/desabonnement?a=12",
                   "desabonnement@emploi-tourisme-occitanie.example.fr")),
    M(kind=OT, slug="career_mag_bounce_back_after_refusal", lang="fr",
      frm=("Le Mag Carrière", "newsletter@lemagcarriere.example.fr"),
      subject="Rebondir après un refus – la lettre du Mag Carrière", subj_cs=("utf-8", "Q"),
      date="2026-09-08 07:15 +0200",
      html=newsletter("La lettre du Mag Carrière", "Au sommaire cette semaine :", _fr_mag_items,
                      "Désinscription : https://lemagcarriere.example.fr/desinscription", "fr"),
      cte="b64",
      headers=bulk("<lettre.lemagcarriere.example.fr>",
                   "https://lemagcarriere.example.fr/desinscription?id=3",
                   "desinscription@lemagcarriere.example.fr")),
    M(kind=OT, slug="university_diploma_place_refused", lang="fr",
      frm=("Scolarité IST Toulouse", "scolarite-noreply@ist-toulouse.example.fr"),
      subject="Votre candidature au DU Ingénierie des séjours touristiques",
      date="2026-06-26 10:00 +0200", text=_du, charset="windows-1252", cte="8bit"),
    M(kind=OT, slug="garonne_recruiter_out_of_office", lang="fr",
      contact="elodie.castaing@voyages-garonne.example.fr",
      frm=("Élodie Castaing", "elodie.castaing@voyages-garonne.example.fr"),
      name_cs=("iso-8859-1", "B"), subject="Réponse automatique : absente jusqu'au 15 juin",
      date="2026-06-10 18:02 +0200", parent="gar_rej", text=_elodie_ooo,
      headers=[("Auto-Submitted", "auto-replied")]),
    M(kind=OT, slug="radio_interview_request", lang="fr",
      contact="c.ourliac@radiogaronne.example.fr",
      frm=("Camille Ourliac", "c.ourliac@radiogaronne.example.fr"),
      subject="Demande d'interview – émission sur les guides latino-américains",
      date="2026-09-10 12:12 +0200", text=_radio, cte="qp"),
]

# ============================================================ German (6)

_nec_quoted = """wir haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, Herr Brandt und ich, leider
vergeblich. Auch telefonisch konnten wir Sie nicht erreichen.

Katrin Mössner"""

NEC_SORRY = reply("""Sehr geehrte Frau Mössner,

es tut mir sehr leid. Ich hatte den Termin irrtümlich für Donnerstag eingetragen und habe Ihre
Nachricht erst jetzt gesehen. Das ist mir ausgesprochen unangenehm.

Falls es Ihnen und Herrn Brandt noch möglich ist, würde ich mich sehr über einen neuen Termin
freuen. Ich bin in den nächsten Tagen jederzeit erreichbar.

Mit freundlichen Grüßen
Dolores Quispe-Andersen""", "de", "28.04.2026 um 10:34", "Katrin Mössner",
    "katrin.moessner@neckarreisen.example.de", _nec_quoted)

_de_jobs = [
    ("Reiseverkehrskauffrau/-mann – Stuttgart-Mitte", "https://jobletter-tourismus-bw.example.de/j/5521",
     "Vollzeit, Vorstellungsgespräche ab KW 24."),
    ("Disponent/in Busreisen – Esslingen", "https://jobletter-tourismus-bw.example.de/j/5534",
     "Erfahrung mit Gruppenreisen erwünscht."),
    ("Gästeführer/in Spanisch – Heidelberg", "https://jobletter-tourismus-bw.example.de/j/5540",
     "Freiberuflich, Saison April bis Oktober."),
]

_de_brief = [
    ("Absagen richtig lesen: Was hinter Standardformulierungen steckt",
     "https://karrierebrief.example.de/absagen-lesen",
     "„Wir haben uns für andere Bewerber entschieden“ – und was Sie daraus lernen können."),
    ("Das Vorstellungsgespräch per Video: Technik, Licht, Blickkontakt",
     "https://karrierebrief.example.de/videointerview",
     "Eine Checkliste für den Tag vor dem Gespräch."),
    ("Quereinstieg in die Reisebranche", "https://karrierebrief.example.de/quereinstieg",
     "Welche Abschlüsse anerkannt werden und wo es hakt."),
]

_hv = """Sehr geehrte Frau Quispe-Andersen,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Hohenheimer Straße. Die
Eigentümerin möchte die Interessenten vor einer Zusage gern persönlich kennenlernen.

Wir schlagen daher einen gemeinsamen Besichtigungstermin mit kurzem Kennenlerngespräch am
Samstag, 26. September, um 10:30 Uhr vor Ort vor. Bitte bringen Sie eine Selbstauskunft und
die letzten drei Gehaltsnachweise mit.

Mit freundlichen Grüßen
Andrea Pfleiderer
Hausverwaltung Pfleiderer & Söhne
"""

_zahn = """Terminbestätigung

Sehr geehrte Frau Quispe-Andersen,

hiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung:

Mittwoch, 14. Oktober 2026, 08:15 Uhr
Zahnarztpraxis Dr. Kübler, Marienstraße 30, 70178 Stuttgart

Bitte sagen Sie den Termin mindestens 24 Stunden vorher ab, falls Sie verhindert sind.

Ihr Praxisteam
(Diese E-Mail wurde automatisch erstellt.)
"""

_kurs = """Sehr geehrte Frau Quispe-Andersen,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch C1 – Beruf und Kommunikation“ (Kursnummer
262-4410).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz mehr anbieten. Sie
stehen auf Platz 6 der Warteliste. Sollte ein Platz frei werden, informieren wir Sie umgehend.

Mit freundlichen Grüßen
Ihre Anmeldung im Bildungswerk Nesenbach
"""

_de = [
    M(kind=OT, slug="own_apology_neckar_missed_teams", lang="de", frm=ME,
      to=[("Katrin Mössner", "katrin.moessner@neckarreisen.example.de")],
      subject="Re: Unser Termin heute um 10 Uhr", date="2026-04-28 11:20 +0200",
      key="nec_sorry", parent="nec_missed", text=NEC_SORRY, charset="iso-8859-1", cte="qp"),
    M(kind=OT, slug="jobletter_tourism_bw", lang="de",
      frm=("Jobletter Tourismus BW", "jobletter@jobletter-tourismus-bw.example.de"),
      subject="Neue Stellen für Sie: Tourismus in Baden-Württemberg",
      date="2026-06-08 06:00 +0200",
      text=digest_text("Ihr Jobletter", "Drei neue Stellen passend zu Ihrem Suchprofil.",
                       _de_jobs, "Abmelden: https://jobletter-tourismus-bw.example.de/abmelden"),
      html=newsletter("Ihr Jobletter", "Drei neue Stellen passend zu Ihrem Suchprofil.",
                      _de_jobs, "Abmelden: https://jobletter-tourismus-bw.example.de/abmelden",
                      "de"), cte="qp",
      headers=bulk("<jobletter.jobletter-tourismus-bw.example.de>",
                   "https://jobletter-tourismus-bw.example.de/abmelden?u=2",
                   "abmelden@jobletter-tourismus-bw.example.de")),
    M(kind=OT, slug="karrierebrief_reading_rejections", lang="de",
      frm=("Karrierebrief", "redaktion@karrierebrief.example.de"),
      subject="Absagen richtig lesen – und das nächste Gespräch vorbereiten",
      subj_cs=("utf-8", "B"), date="2026-03-12 07:00 +0100",
      html=newsletter("Karrierebrief März", "Die Themen dieser Ausgabe:", _de_brief,
                      "Newsletter abbestellen: https://karrierebrief.example.de/abbestellen",
                      "de"), cte="qp",
      headers=bulk("<karrierebrief.example.de>", "https://karrierebrief.example.de/abbestellen",
                   "abbestellen@karrierebrief.example.de")),
    M(kind=OT, slug="property_manager_viewing_owner_meeting", lang="de",
      contact="a.pfleiderer@hv-pfleiderer.example.de",
      frm=("Andrea Pfleiderer", "a.pfleiderer@hv-pfleiderer.example.de"),
      subject="Besichtigung und Kennenlerngespräch – Hohenheimer Straße",
      date="2026-09-17 14:05 +0200", text=_hv, html=outlook_html(paras(_hv), "de"),
      charset="windows-1252", cte="qp"),
    M(kind=OT, slug="dentist_appointment_confirmation", lang="de",
      frm=("Zahnarztpraxis Dr. Kübler", "termine-noreply@praxis-kuebler.example.de"),
      subject="Terminbestätigung 14.10.2026", date="2026-10-05 18:30 +0200", text=_zahn,
      charset="iso-8859-1", cte="b64", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OT, slug="language_course_place_refused", lang="de",
      frm=("Bildungswerk Nesenbach", "anmeldung-noreply@bildungswerk-nesenbach.example.de"),
      subject="Ihre Kursanmeldung 262-4410: leider ausgebucht",
      date="2026-08-31 09:10 +0200", text=_kurs, cte="8bit"),
]

MESSAGES = _es + _en + _fr + _de
