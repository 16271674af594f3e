"""Corpus 289, other: 52 hand-written specs (29 es, 13 en, 5 fr, 5 de).

Job-alert digests, newsletters, the candidate's own sent mail, friends, bank, landlord,
school, doctor, course refusals, auto-replies, notifications and a cold approach.
"""

from __future__ import annotations

from msgs289_common import (
    AUTO_GENERATED,
    AUTO_REPLIED,
    CAND,
    digest_html,
    digest_text,
    list_headers,
    paras,
    quote,
    simple_html,
    wrote,
)

MESSAGES: list[dict] = []


def other(**spec: object) -> None:
    spec.setdefault("company", "")
    MESSAGES.append(dict(kind="other", **spec))


def own(**spec: object) -> None:
    """Mail the candidate sent himself: always `other`, never a contact."""
    other(frm=CAND, contact="", **spec)


# ================================================================== Spanish

_EM_ITEMS = [
    ("Despachador/a de tráfico - Valladolid", "https://www.empleomeseta.example.es/o/88121",
     "Operador logístico. Incorporación inmediata tras una entrevista con el jefe de tráfico."),
    ("Gestor/a de flota - Burgos", "https://www.empleomeseta.example.es/o/88107",
     "Empresa de grúas y asistencia en carretera. Se valora experiencia como conductor."),
    ("Planificador/a de rutas - León", "https://www.empleomeseta.example.es/o/88099",
     "Contrato indefinido. Proceso rápido: una sola entrevista y prueba práctica."),
    ("Coordinador/a de repartidores - Salamanca", "https://www.empleomeseta.example.es/o/88093",
     "Plataforma de última milla busca perfil con experiencia en reparto en moto."),
    ("Administrativo/a de expediciones - Medina del Campo", "https://www.empleomeseta.example.es/o/88090",
     "Jornada intensiva de mañana. Oferta publicada hace 3 días."),
]
_EM_INTRO = """\
Hola Joaquín:

Estas son las 5 nuevas ofertas que coinciden con tu alerta «tráfico logística Castilla y
León». No dejes pasar la oportunidad: muchas empresas cierran la selección en pocos días.
"""
_EM_FOOT = ("Recibes este correo porque creaste una alerta en EmpleoMeseta. "
            "Darte de baja: https://www.empleomeseta.example.es/alertas/baja?u=jhl")

other(
    id="alert_meseta", slug="job_alert_digest_castilla", lang="es", contact="",
    frm=("Alertas EmpleoMeseta", "alertas@empleomeseta.example.es"),
    date="2026-02-02 07:00 +0100",
    headers=list_headers("Alertas de empleo <alertas.empleomeseta.example.es>",
                         "https://www.empleomeseta.example.es/alertas/baja?u=jhl",
                         "baja@empleomeseta.example.es"),
    subject="5 ofertas nuevas para «tráfico logística Castilla y León»",
    text=digest_text("EmpleoMeseta - tus alertas", _EM_INTRO, _EM_ITEMS, _EM_FOOT),
    html=digest_html("EmpleoMeseta - tus alertas", _EM_INTRO, _EM_ITEMS, _EM_FOOT),
)

other(
    id="advice_rechazo", slug="newsletter_handling_rejection_html", lang="es", contact="",
    frm=("Revista Talento Logístico", "boletin@talentologistico.example.es"),
    date="2026-03-05 08:30 +0100",
    headers=list_headers("Boletín Talento Logístico <boletin.talentologistico.example.es>",
                         "https://talentologistico.example.es/baja"),
    subject="Cómo encajar un «no» después de una entrevista (y qué hacer al día siguiente)",
    subj_enc=("utf-8", "B"),
    html=simple_html("""\
<h1>Cómo encajar un «no» después de una entrevista</h1>
<p>Lo has dado todo en la entrevista, llega el correo y empieza con «Lamentablemente…».
¿Y ahora qué? Hablamos con tres responsables de selección del sector logístico.</p>
<h2>1. No lo tomes como algo personal</h2>
<p>«Muchas veces descartamos a buenos candidatos porque el puesto se cubre internamente o
se congela», explica una técnica de selección de un operador de Valladolid.</p>
<h2>2. Pide feedback, pero con concreción</h2>
<p>En lugar de preguntar «¿por qué no me habéis elegido?», pregunta qué competencia
reforzarías para un puesto de planificación.</p>
<h2>3. Vuelve a la lista de ofertas</h2>
<p>Las empresas que te han rechazado hoy pueden llamarte mañana para otra vacante.
<a href="https://talentologistico.example.es/ofertas">Consulta las ofertas de tráfico y
expediciones de esta semana</a>.</p>
<hr>
<p style="font-size:11px">Recibes este boletín porque te suscribiste en
talentologistico.example.es. <a href="https://talentologistico.example.es/baja">Darse de
baja</a>.</p>"""),
    cte="quoted-printable",
)

own(
    id="t1_thanks", slug="own_thanks_to_duero", lang="es",
    to=[("Ana Belén Otero", "ana.otero@duero-expres.example.es")],
    date="2026-02-19 20:11 +0100", parent="t1_move",
    subject="Gracias por la entrevista de hoy",
    text="""\
Hola Ana Belén:

Muchas gracias por la entrevista de esta mañana y por enseñarme la sala de tráfico.
Me quedo con lo que comentó Rafa de reorganizar las rutas del centro cuando hay obras;
es justo lo que vivo cada día con la moto y me encantaría ayudar a resolverlo desde
dentro.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Joaquín Herrera-Lindgren
""",
)

own(
    id="tdc_apply", slug="own_application_with_cv_pdf", lang="es",
    to=[("Distribuciones Tierra de Campos", "personal@tierradecampos-dist.example.es")],
    date="2026-09-01 18:20 +0200",
    subject="Candidatura técnico de tráfico",
    text="""\
Hola:

Me llamo Joaquín Herrera-Lindgren y os escribo por el puesto de técnico de tráfico que
habéis anunciado en la bolsa de empleo de la Cámara de Comercio. Llevo cuatro años como
repartidor en Valladolid y alrededores, y me gustaría dar el paso a la planificación.
Os adjunto mi CV.

Gracias por vuestro tiempo,
Joaquín Herrera-Lindgren
611 48 27 90
""",
    pdfs=[{
        "filename": "CV_Joaquin_Herrera-Lindgren.pdf",
        "title": "Joaquín Herrera-Lindgren - Curriculum vitae",
        "lines": [
            "Valladolid · joaquin.hl@example.es · +34 611 48 27 90",
            "2022-2026  Repartidor en moto y furgoneta, Valladolid",
            "2021  Mozo de almacén (temporal), Medina del Campo",
            "Formación: Bachillerato; curso de carretillas elevadoras",
            "Idiomas: español (nativo), inglés (B2), sueco (básico)",
        ],
    }],
)

own(
    id="ibercargo_ask", slug="own_reschedule_request_ibercargo", lang="es",
    to=[("Irene Soto", "irene.soto@ibercargo.example.es")],
    date="2026-08-13 22:05 +0200", parent="ibercargo_invite",
    subject="RE: Entrevista Teams - Dispatcher San Fernando de Henares",
    text="""\
Hola Irene:

Muchas gracias por la invitación. El lunes 17 tengo turno de reparto de 8 a 14 y no
consigo cambiarlo con tan poco margen. ¿Habría alguna posibilidad otro día de esa
semana, preferiblemente por la tarde?

Un saludo,
Joaquín

""" + wrote("es", "mié, 12 ago 2026 a las 12:30", "Irene Soto", "irene.soto@ibercargo.example.es")
    + "\n" + quote("""\
Hola Joaquín:

Gracias por tu interés en el puesto de Dispatcher del hub de San Fernando de Henares.
Nos gustaría tener una primera entrevista contigo por Microsoft Teams el lunes 17 de
agosto a las 10:00 (hora peninsular). Estaremos Marcos Gil, jefe de turno, y yo.
"""),
)

other(
    id="friend_rejection_es", slug="friend_tells_own_rejection", lang="es",
    contact="alvarosanz87@correo.example.es",
    frm=("Álvaro Sanz", "alvarosanz87@correo.example.es"),
    date="2026-03-14 23:12 +0100",
    subject="pues a mí tampoco",
    cte="8bit",
    text="""\
Qué pasa Joaquín,

Te cuento: al final a mí tampoco me han cogido en lo del almacén de Mercapucela. Me
llegó un correo de esos de «tras valorar detenidamente tu candidatura…» y ni una
llamada, después de dos entrevistas y una mañana de prueba. Me he quedado bastante
chafado, la verdad.

Nada, seguimos con la moto un tiempo más. ¿Quedamos el domingo para el partido y nos
desahogamos?

Álvaro
""",
)

_BICI = """\
Hola Joaquín:

Lamentablemente tu pedido n.º TB-552031 (cubierta antipinchazos 120/70 y kit de
cadena) llega con retraso. Nuestro proveedor no nos ha servido la cubierta a tiempo y la
nueva fecha estimada de entrega es el jueves 9 de abril.

Si prefieres cancelar el pedido, puedes hacerlo sin coste desde tu cuenta. Sentimos las
molestias.

TiendaBici Pucela
"""

other(
    id="package_delayed_es", slug="shop_order_delayed_unfortunately", lang="es", contact="",
    frm=("TiendaBici Pucela", "pedidos@tiendabici.example.es"),
    date="2026-04-02 10:41 +0200", headers=AUTO_GENERATED,
    subject="Tu pedido TB-552031 llega con retraso",
    text=_BICI,
    html=simple_html(paras(_BICI)),
)

other(
    id="gps_position", slug="rider_app_gps_position_alert", lang="es", contact="",
    frm=("RutaYa Riders", "avisos@rutaya.example.es"),
    date="2026-01-20 13:27 +0100", headers=AUTO_GENERATED,
    subject="Aviso: tu posición GPS no se actualizó durante el turno",
    text="""\
Hola Joaquín:

Durante tu turno de hoy (11:00-15:00, zona Valladolid Centro) tu posición GPS dejó de
actualizarse entre las 12:42 y las 13:05. Los pedidos asignados en ese intervalo se han
reasignado a otros repartidores.

Comprueba que la app tiene permiso de ubicación «siempre» y que el modo de ahorro de
batería está desactivado.

Equipo de Soporte a Riders · RutaYa
""",
)

other(
    id="bank_cita", slug="bank_manager_appointment_interview_word", lang="es",
    contact="marta.gallego@bancomeseta.example.es",
    frm=("Marta Gallego · Banco Meseta", "marta.gallego@bancomeseta.example.es"),
    date="2026-05-11 09:02 +0200",
    subject="Cita para el estudio de tu préstamo",
    text="""\
Buenos días, Joaquín:

Ya tengo toda la documentación que me enviaste para el préstamo de la moto nueva. Para
terminar el estudio necesitamos una entrevista personal con el departamento de riesgos.

Te propongo cita el jueves 14 de mayo a las 10:30 en la oficina de la calle Santiago.
Trae, por favor, las dos últimas nóminas y el contrato de trabajo actual, porque en tu
posición de autónomo dependiente nos piden también el certificado de la plataforma.

Un saludo,
Marta Gallego
Gestora personal · Banco Meseta, oficina 0142
C/ Santiago 22, 47001 Valladolid · 983 21 40 77
""",
)

other(
    id="landlord_es", slug="landlord_plumber_visit_latin1", lang="es",
    contact="tarranz@correo.example.es",
    frm=("Tomás Arranz", "tarranz@correo.example.es"),
    date="2026-02-24 19:50 +0100",
    subject="Visita del fontanero", charset="iso-8859-1", cte="8bit",
    text="""\
Hola Joaquín:

Ya he hablado con el fontanero por lo del calentador. Tiene cita contigo el jueves entre
las 9 y las 11. Si no vas a estar, déjale la llave a la vecina del segundo como la otra
vez.

Antes de que llegue, cierra la llave de paso: está en posición horizontal cuando está
abierta, debajo del fregadero.

Un saludo,
Tomás
""",
)

other(
    id="school_tutoria", slug="school_tutor_meeting_entrevista", lang="es",
    contact="ecuesta@colegiosanlorenzo.example.es",
    frm=("Elena Cuesta", "ecuesta@colegiosanlorenzo.example.es"),
    date="2026-10-05 16:20 +0200",
    subject="Entrevista de tutoría - 3.º B",
    text="""\
Estimada familia de Lucía:

Como cada trimestre, os propongo una entrevista individual de tutoría para comentar cómo
ha empezado Lucía el curso. Tengo disponibles estos horarios:

- martes 13 de octubre, 16:30
- miércoles 14 de octubre, 17:00
- jueves 15 de octubre, 16:00

Respondedme con el que mejor os venga. Si ninguno os encaja por el trabajo, podemos
hacerla por teléfono.

Un saludo,
Elena Cuesta
Tutora de 3.º B · Colegio San Lorenzo del Pisuerga
""",
)

other(
    id="doctor_cita", slug="health_centre_appointment_confirmed", lang="es", contact="",
    frm=("Centro de Salud Las Moreras", "citas-noreply@saludmoreras.example.es"),
    date="2026-01-27 18:05 +0100", headers=AUTO_GENERATED,
    subject="Cita confirmada: Medicina de Familia",
    text="""\
Cita confirmada

Paciente: JOAQUÍN H. L.
Fecha: 03/02/2026 · 08:40
Profesional: Medicina de Familia - consulta 7
Centro: Centro de Salud Las Moreras

Si no puede acudir, anule la cita para que otra persona pueda usarla. Este mensaje se
envía automáticamente; no responda a este correo.
""",
)

other(
    id="fp_refusal", slug="vocational_course_no_place_html", lang="es",
    contact="rvillar@iesrioduero.example.es",
    frm=("Rosa Villar (Secretaría IES Río Duero)", "rvillar@iesrioduero.example.es"),
    date="2026-07-10 12:12 +0200",
    subject="Admisión CFGS Transporte y Logística - resultado",
    html=simple_html(paras("""\
Estimado Joaquín:

Le informamos del resultado del proceso de admisión para el curso 2026/2027 en el Ciclo
Formativo de Grado Superior en Transporte y Logística, modalidad a distancia.

Lamentamos comunicarle que no ha obtenido plaza en la adjudicación de julio. Su
solicitud queda en lista de espera en la posición 34. Si se producen vacantes, le
llamaremos por orden de lista antes del 15 de septiembre.

Para cualquier aclaración puede responder a este correo.

Rosa Villar
Secretaría · IES Río Duero""")),
    html_cte="base64",
)

other(
    id="ooo_norte", slug="headhunter_out_of_office_es", lang="es",
    contact="borja.esteban@nortetalento.example.es",
    frm=("Borja Esteban", "borja.esteban@nortetalento.example.es"),
    date="2026-08-03 08:00 +0200", headers=AUTO_REPLIED,
    subject="Respuesta automática: Feedback proceso Responsable de Tráfico",
    text="""\
Hola,

Estoy de vacaciones hasta el lunes 24 de agosto, con acceso muy limitado al correo.

Si tu consulta es sobre un proceso de selección en curso o una entrevista ya
programada, escribe a mi compañera Alba Ruiz (alba.ruiz@nortetalento.example.es).
Responderé al resto de mensajes a mi vuelta.

Un saludo,
Borja Esteban
Norte Talento
""",
)

_EN_ITEMS = [
    ("Jefe/a de tráfico - Burgos", "https://www.enlazados.example.com/jobs/7712",
     "Transportes del norte · 41 solicitudes"),
    ("Dispatcher (inglés) - Madrid", "https://www.enlazados.example.com/jobs/7705",
     "Operador internacional · Solicitud sencilla"),
    ("Coordinador/a de flota - Valladolid", "https://www.enlazados.example.com/jobs/7699",
     "Publicado hace 2 días · 12 solicitudes"),
]
_EN_INTRO = """\
Joaquín, tu perfil ha aparecido en 14 búsquedas esta semana. 3 reclutadores lo han
visto. Estas ofertas encajan con tu experiencia:
"""
_EN_FOOT = "Enlazados · Gestionar notificaciones: https://www.enlazados.example.com/settings"

other(
    id="network_notif_es", slug="social_network_notification_es", lang="es", contact="",
    frm=("Enlazados", "notificaciones@enlazados.example.com"),
    date="2026-06-22 06:45 +0000",
    headers=list_headers("Enlazados notificaciones <notif.enlazados.example.com>",
                         "https://www.enlazados.example.com/unsub?t=9921"),
    subject="Joaquín, 3 reclutadores han visto tu perfil",
    text=digest_text("Tu semana en Enlazados", _EN_INTRO, _EN_ITEMS, _EN_FOOT),
    html=digest_html("Tu semana en Enlazados", _EN_INTRO, _EN_ITEMS, _EN_FOOT, color="#0a66c2"),
)

other(
    id="cold_approach_es", slug="recruiter_cold_approach_no_event", lang="es",
    contact="carla.benito@mesetaexecutive.example.es",
    frm=("Carla Benito", "carla.benito@mesetaexecutive.example.es"),
    date="2026-09-09 11:34 +0200",
    subject="Posición de coordinador/a de flota en Palencia",
    text="""\
Hola Joaquín:

He visto tu perfil y tu experiencia en reparto de última milla en Valladolid. Trabajo
con un operador logístico de Palencia que está creando un puesto de coordinador/a de
flota para sus furgonetas eléctricas.

No hay nada cerrado todavía y no sé si estás abierto a cambios en este momento, pero si
te interesa saber más, respóndeme y te cuento con detalle.

Un saludo,
Carla Benito
Consultora · Meseta Executive Search
""",
)

other(
    id="radio_interview", slug="local_radio_press_interview_request", lang="es",
    contact="icabezas@radiopisuerga.example.es",
    frm=("Irene Cabezas", "icabezas@radiopisuerga.example.es"),
    date="2026-04-14 12:55 +0200",
    subject="Entrevista para «La Ciudad al Día» - repartidores",
    text="""\
Hola, Joaquín:

Soy Irene Cabezas, periodista de Radio Pisuerga. Estamos preparando un reportaje sobre
las condiciones de trabajo de los repartidores en Valladolid y un compañero de tu
plataforma nos ha pasado tu contacto.

¿Te animarías a hacer una entrevista de unos diez minutos para el programa «La Ciudad al
Día»? Podría ser por teléfono o en el estudio, el martes o el miércoles de la semana que
viene por la mañana.

Muchas gracias,
Irene Cabezas
Redacción · Radio Pisuerga
""",
)

other(
    id="ux_research", slug="rider_app_user_research_interview", lang="es",
    contact="noelia.pastor@rutaya.example.es",
    frm=("Investigación de Usuarios RutaYa", "research@rutaya.example.es"),
    reply_to=("Noelia Pastor", "noelia.pastor@rutaya.example.es"),
    date="2026-03-18 10:10 +0100",
    subject="¿Nos ayudas a mejorar la app? Entrevista de 30 minutos (20 €)",
    text="""\
Hola Joaquín:

Estamos rediseñando la pantalla de asignación de pedidos de la app de riders y nos
gustaría escuchar a personas que reparten a diario.

Te invitamos a una entrevista de investigación de 30 minutos por videollamada con
Noelia, de nuestro equipo de diseño. No es una evaluación de tu trabajo: solo queremos
entender cómo usas la app. Como agradecimiento recibirás una tarjeta regalo de 20 €.

Si te apetece participar, responde a este correo y Noelia te propondrá un horario.

Equipo de Investigación de Usuarios · RutaYa
""",
)

own(
    id="pisuerga_followup", slug="own_status_followup_pisuerga", lang="es",
    to=[("Rocío Villalba", "rocio.villalba@superpisuerga.example.es")],
    date="2026-05-15 09:48 +0200", parent="pisuerga_move",
    subject="Seguimiento jornada de evaluación del 5 de mayo",
    text="""\
Hola Rocío:

Te escribo para saber si hay novedades sobre el proceso de Técnico/a de Expediciones
tras la jornada de evaluación del martes 5. Disfruté mucho el caso práctico de cargas y
sigo muy interesado en el puesto.

Gracias de antemano,
Joaquín Herrera-Lindgren
611 48 27 90
""",
)

own(
    id="t5_apology", slug="own_apology_missed_test", lang="es",
    to=[("Mercedes Alonso Peña", "malonso@hcarlanzon.example.es")],
    date="2026-04-16 15:02 +0200", parent="t5_missed",
    subject="RE: Incomparecencia - prueba práctica PS 12/2026",
    text="""\
Estimada Sra. Alonso:

Le pido disculpas por no haber acudido esta mañana. Tuve un accidente leve con la moto
en la A-62 a la altura de Dueñas cuando iba hacia Burgos y pasé la mañana en urgencias.
Le adjunto en cuanto me lo den el parte de asistencia.

Si fuera posible realizar la prueba en otra fecha, estaría muy agradecido.

Atentamente,
Joaquín Herrera-Lindgren

""" + wrote("es", "jue, 16 abr 2026 a las 13:10", "Mercedes Alonso Peña",
            "malonso@hcarlanzon.example.es") + "\n" + quote("""\
Le comunicamos que hoy, 16 de abril, a las 9:30, no se ha presentado usted a la prueba
práctica del proceso 12/2026 a la que fue convocado.
"""),
)

_FWD_INNER = {
    "id": "fwd_burgos_ad", "slug": "inner", "lang": "es",
    "frm": ("Portal EmpleoBurgos", "ofertas@empleoburgos.example.es"),
    "to": [("Óscar Herrera-Lindgren", "oscarhl@correo.example.es")],
    "date": "2026-06-07 08:00 +0200",
    "subject": "Nueva oferta: Despachador/a de grúas - Burgos",
    "text": """\
Nueva oferta que coincide con tu búsqueda guardada:

Despachador/a de grúas y asistencia en carretera - Burgos
Turnos rotativos, incorporación en julio. Buscamos persona resolutiva, con conocimiento
de la provincia. Las entrevistas se harán la segunda quincena de junio.

Ver oferta: https://www.empleoburgos.example.es/oferta/45120
""",
}

other(
    id="brother_forward", slug="brother_forwards_job_ad_rfc822", lang="es",
    contact="oscarhl@correo.example.es",
    frm=("Óscar Herrera-Lindgren", "oscarhl@correo.example.es"), name_enc=("iso-8859-1", "Q"),
    date="2026-06-07 12:31 +0200",
    subject="Fwd: Nueva oferta: Despachador/a de grúas - Burgos",
    text="""\
Joaqui, mira esto que me ha llegado a mí por error de la alerta de Burgos. Es justo lo
que buscas, ¿no? Te lo reenvío entero.

Óscar
""",
    rfc822=_FWD_INNER,
)

_TT_ITEMS = [
    ("Jefe/a de muelle - Trobajo del Camino", "https://talentotemporal.example.es/of/311",
     "Entrevistas esta semana en nuestra oficina de León."),
    ("Preparador/a de pedidos - Onzonilla", "https://talentotemporal.example.es/of/309",
     "Turno de noche. Incorporación el lunes."),
    ("Conductor/a de reparto con furgoneta - Ponferrada", "https://talentotemporal.example.es/of/305",
     "Contrato de tres meses, posibilidad de prórroga."),
]
_TT_INTRO = """\
Estas son las ofertas destacadas de la semana en la provincia de León. Si alguna te
interesa, apúntate desde la web o llama a tu consultor/a.
"""
_TT_FOOT = "Talento Temporal ETT · Dejar de recibir: https://talentotemporal.example.es/baja"

other(
    id="ett_digest", slug="agency_weekly_offers_digest", lang="es", contact="",
    frm=("Talento Temporal ETT", "ofertas@talentotemporal.example.es"),
    date="2026-05-04 08:15 +0200",
    headers=list_headers("Ofertas semanales <ofertas.talentotemporal.example.es>",
                         "https://talentotemporal.example.es/baja"),
    subject="Ofertas de la semana en León",
    text=digest_text("Ofertas de la semana", _TT_INTRO, _TT_ITEMS, _TT_FOOT),
    html=digest_html("Ofertas de la semana", _TT_INTRO, _TT_ITEMS, _TT_FOOT, color="#f57c00"),
)

other(
    id="itv_cita", slug="vehicle_inspection_appointment", lang="es", contact="",
    frm=("ITV Meseta", "no-reply@itvmeseta.example.es"),
    date="2026-08-20 17:40 +0200", headers=AUTO_GENERATED,
    subject="Cita ITV confirmada - ciclomotor 1234 KMX",
    text="""\
Su cita para la inspección técnica ha sido confirmada.

Vehículo: motocicleta, matrícula 1234 KMX
Estación: ITV Meseta Valladolid-Argales
Fecha y hora: lunes 31 de agosto de 2026, 8:15
Línea: 3 (motocicletas)

Preséntese con 10 minutos de antelación y sitúe el vehículo en la posición de espera
de la línea indicada.
""",
)

other(
    id="course_refusal_es", slug="training_course_application_not_admitted", lang="es",
    contact="",
    frm=("Plataforma de Formación Duero", "no-reply@formacionduero.example.es"),
    date="2026-02-09 14:00 +0100", headers=AUTO_GENERATED,
    subject="Resolución de tu solicitud: curso «Gestión de tráfico y flotas»",
    text="""\
Hola Joaquín:

Hemos resuelto las solicitudes para el curso subvencionado «Gestión de tráfico y flotas»
(250 horas, edición de primavera).

Lamentamos comunicarte que tu solicitud no ha sido admitida: las plazas se han
adjudicado por orden de prioridad a personas desempleadas, y en tu caso consta una
situación de alta como trabajador.

Podrás volver a solicitarlo en la edición de otoño.

Plataforma de Formación Duero
""",
    html=simple_html(paras("""\
Hola Joaquín:

Hemos resuelto las solicitudes para el curso subvencionado «Gestión de tráfico y flotas»
(250 horas, edición de primavera).

Lamentamos comunicarte que tu solicitud no ha sido admitida: las plazas se han
adjudicado por orden de prioridad a personas desempleadas, y en tu caso consta una
situación de alta como trabajador.

Podrás volver a solicitarlo en la edición de otoño.

Plataforma de Formación Duero""")),
    cte="quoted-printable",
)

_BOLETIN = """\
BOLETÍN LOGÍSTICA CASTILLA - septiembre 2026

1. Entrevista a la directora de operaciones de un operador de Venta de Baños: «Los
   puestos de planificador son los más difíciles de cubrir».
2. El sector prevé 1.200 puestos vacantes en tráfico y almacén en la región antes de
   Navidad.
3. Jornada técnica en León: digitalización del despacho de rutas, 24 de septiembre.

Leer el boletín completo: https://logisticacastilla.example.es/boletin/2026-09

Para darte de baja: https://logisticacastilla.example.es/baja
"""

other(
    id="assoc_newsletter", slug="trade_association_bulletin_cp1252", lang="es", contact="",
    frm=("Asociación Logística Castilla", "boletin@logisticacastilla.example.es"),
    date="2026-09-03 07:30 +0200",
    headers=list_headers("Boletín Logística Castilla <boletin.logisticacastilla.example.es>",
                         "https://logisticacastilla.example.es/baja"),
    subject="Boletín de septiembre: «faltan planificadores»", subj_enc=("windows-1252", "Q"),
    charset="windows-1252", cte="8bit",
    text=_BOLETIN,
    html=simple_html(paras(_BOLETIN)),
)

own(
    id="meseta_apply", slug="own_application_to_meseta", lang="es",
    to=[("Autocares Meseta", "empleo@autocaresmeseta.example.es")],
    date="2026-01-08 21:37 +0100",
    subject="Candidatura despacho de conductores",
    text="""\
Buenos días:

Os escribo por el anuncio de despacho de conductores publicado en el portal de empleo.
Llevo cuatro años como repartidor en Valladolid y conozco bien la provincia. Os adjunto
mi CV.

Un saludo,
Joaquín Herrera-Lindgren
""",
)

_SURVEY = """\
Hola Joaquín:

Hace unas semanas participaste en nuestro proceso de selección para Operador/a de Sala
de Control. Nos gustaría saber cómo lo viviste: desde la primera entrevista hasta la
comunicación de la oferta o la respuesta final.

La encuesta es anónima y dura dos minutos:
https://empleo.rapidocastellana.example.es/survey/cx-2026

Gracias por ayudarnos a mejorar.
Equipo de Personas · Rápido Castellana
"""

other(
    id="castellana_survey", slug="candidate_experience_survey", lang="es", contact="",
    frm=("Rápido Castellana", "no-reply@teamtailor-mail.com"),
    date="2026-07-01 12:00 +0200", headers=AUTO_GENERATED,
    subject="¿Qué tal fue tu experiencia con nuestro proceso?",
    text=_SURVEY,
    html=simple_html(paras(_SURVEY)),
)

other(
    id="friend_offer_es", slug="friend_tells_own_offer", lang="es",
    contact="sandra.olmos@correo.example.es",
    frm=("Sandra Olmos", "sandra.olmos@correo.example.es"),
    date="2026-08-28 20:44 +0200",
    subject="¡¡Me lo han dado!!",
    text="""\
¡Joaquín!

¡Que me han ofrecido el puesto de planificadora en Almacenes Pucela! Me llamó la de
recursos humanos esta tarde y mañana me mandan el contrato. Después de seis meses
echando currículums ya ni me lo creía.

Tú no te desanimes con lo tuyo, que seguro que te sale algo pronto. Esto hay que
celebrarlo: ¿cañas el viernes?

Sandra
""",
)

_WEBINAR = """\
Webinar gratuito: cómo superar la entrevista por competencias

Jueves 22 de octubre, 18:30 (online, 60 minutos)

Te explicamos qué buscan los reclutadores cuando preguntan «cuéntame una situación en
la que…», con ejemplos reales de entrevistas para puestos de tráfico, expediciones y
atención a flota.

Reserva tu plaza: https://escuelalogisticameseta.example.es/webinar/competencias

Escuela de Logística Meseta
Si no quieres recibir más invitaciones: https://escuelalogisticameseta.example.es/baja
"""

other(
    id="webinar_es", slug="webinar_invitation_competency_interview", lang="es", contact="",
    frm=("Escuela de Logística Meseta", "eventos@escuelalogisticameseta.example.es"),
    date="2026-10-08 10:00 +0200",
    headers=list_headers("Eventos Escuela Logística Meseta <eventos.escuelalogisticameseta.example.es>",
                         "https://escuelalogisticameseta.example.es/baja"),
    subject="Webinar: cómo superar la entrevista por competencias",
    text=_WEBINAR,
    html=simple_html(paras(_WEBINAR)),
)

# ================================================================== English

_NJ_ITEMS = [
    ("Warehouse Dispatcher - Maia", "https://northjobs.example.pt/j/55012",
     "Interviews this week for immediate start. English and Spanish a plus."),
    ("Transport Planner - Matosinhos", "https://northjobs.example.pt/j/55007",
     "Permanent role with a 3PL. Apply now - closing soon."),
    ("Customer Service Agent (Spanish) - Porto", "https://northjobs.example.pt/j/54998",
     "Shipping company. No interview needed for the first stage: online test only."),
]
_NJ_INTRO = """\
Hi Joaquín, here are new openings matching your alert "dispatcher Porto". Employers
reported a higher number of rejections for incomplete applications this month, so keep
your CV up to date.
"""
_NJ_FOOT = "NorthJobs Portugal - Unsubscribe: https://northjobs.example.pt/alerts/off?id=jhl"

other(
    id="alert_porto", slug="job_alert_digest_porto_en", lang="en", contact="",
    frm=("NorthJobs Alerts", "alerts@northjobs.example.pt"),
    date="2026-03-23 07:10 +0000",
    headers=list_headers("NorthJobs alerts <alerts.northjobs.example.pt>",
                         "https://northjobs.example.pt/alerts/off?id=jhl"),
    subject="3 new jobs for \"dispatcher Porto\"",
    text=digest_text("NorthJobs - your job alert", _NJ_INTRO, _NJ_ITEMS, _NJ_FOOT),
    html=digest_html("NorthJobs - your job alert", _NJ_INTRO, _NJ_ITEMS, _NJ_FOOT,
                     lang="en", color="#283593"),
)

other(
    id="advice_en", slug="newsletter_what_rejection_means_en", lang="en", contact="",
    frm=("Dispatch Weekly", "newsletter@dispatchweekly.example.com"),
    date="2026-06-19 06:00 +0000",
    headers=list_headers("Dispatch Weekly <weekly.dispatchweekly.example.com>",
                         "https://dispatchweekly.example.com/unsubscribe"),
    subject="What that rejection email really means - and when to follow up",
    html=simple_html("""\
<h1>What that rejection email really means</h1>
<p>"We've decided to move forward with other candidates." Few sentences are read more
often by job seekers, and few are less informative.</p>
<p>We asked five dispatch managers what happens behind the scenes. Their answers:
internal candidates, frozen budgets, and sometimes simply the first good interview of
the week.</p>
<p><b>Should you reply?</b> Yes - one short, polite line asking to be considered for
future openings. Then move on to the next application.</p>
<p><a href="https://dispatchweekly.example.com/jobs">This week's dispatcher openings
&rarr;</a></p>
<hr><p style="font-size:11px">You are receiving Dispatch Weekly because you subscribed.
<a href="https://dispatchweekly.example.com/unsubscribe">Unsubscribe</a></p>""",
                     lang="en"),
)

own(
    id="invicta_thanks", slug="own_thanks_after_panel_en", lang="en",
    to=[("Rui Pacheco", "rui.pacheco@invictamobility.example.pt")],
    date="2026-05-12 18:02 +0200", parent="invicta_move",
    subject="Thank you - Control Room Dispatcher panel",
    text="""\
Dear Rui,

Thank you for the panel interview this morning. I really enjoyed the exercise with the
depot timetable, and hearing how your control room handles breakdowns on the 500 line
made me even more motivated to join.

Kind regards,
Joaquín Herrera-Lindgren
""",
)

own(
    id="t2_apology", slug="own_apology_time_zone_mixup", lang="en",
    to=[("Sofia Almeida", "sofia.almeida@ribeirafreight.example.pt")],
    date="2026-03-16 12:02 +0100", parent="t2_missed",
    subject="Sorry about this morning",
    text="""\
Hi Sofia,

I'm really sorry - I mixed up the time zones and was waiting for your call at 10:00
Spanish time, which was 09:00 in Porto, and then I was already on my delivery shift
with my phone in the box when you called.

I'm still very interested in the Freight Dispatcher role. I'm free any morning this
week from 10:00 Lisbon time.

Best regards,
Joaquín

""" + wrote("en", "Mon, 16 Mar 2026 at 11:21", "Sofia Almeida",
            "sofia.almeida@ribeirafreight.example.pt") + "\n" + quote("""\
Hi Joaquín,

I tried calling you twice at 10:00 for our phone screen, but it went straight to
voicemail both times. I left a short message.
"""),
)

own(
    id="douro_request", slug="own_request_to_move_slot_en", lang="en",
    to=[("Inês Carvalho", "ines.carvalho@douroparcel.example.pt")],
    date="2026-07-14 08:20 +0200",
    subject="Route Dispatcher interview - could we move it?",
    text="""\
Dear Inês,

I booked Thursday 16 July at 10:00 through the scheduling link, but my employer has just
changed my shifts for that week. Would it be possible to move the interview to Tuesday
21 July in the afternoon instead?

Apologies for the inconvenience, and thank you.

Best regards,
Joaquín Herrera-Lindgren
+34 611 48 27 90
""",
)

other(
    id="podcast", slug="podcast_guest_interview_request", lang="en",
    contact="ben@lastmilepodcast.example.com",
    frm=("Ben Okafor", "ben@lastmilepodcast.example.com"),
    date="2026-02-12 16:30 +0000",
    subject="Guest interview for The Last Mile Podcast?",
    text="""\
Hi Joaquín,

I host The Last Mile Podcast, a weekly show about the people who keep deliveries
moving. A listener in Valladolid told me you've ridden through four winters of
deliveries and are now moving into dispatch.

Would you be up for a 40-minute recorded interview over video? We'd talk about your
routes, the apps, and what riders wish dispatchers knew. Any weekday evening in March
works for us.

Cheers,
Ben Okafor
The Last Mile Podcast
""",
)

_SWIFT = """\
Hi Joaquín,

Unfortunately, your package SBX-99402817 is delayed.

Current status: held at the sorting centre in Zaragoza due to high volumes
New estimated delivery: Friday 2 October
Position in the delivery queue: updated daily

We're sorry for the wait. You can follow the parcel here:
https://track.swiftbox.example.com/SBX-99402817

SwiftBox
"""

other(
    id="package_delay_en", slug="courier_package_delayed_en", lang="en", contact="",
    frm=("SwiftBox Tracking", "tracking@swiftbox.example.com"),
    date="2026-09-29 05:55 +0000", headers=AUTO_GENERATED,
    subject="Update: your package is delayed",
    text=_SWIFT,
    html=simple_html(paras(_SWIFT), lang="en"),
)

_PL_ITEMS = [
    ("Dispatcher - Ribeira Freight - Porto", "https://prolink.example.com/jobs/881",
     "Actively recruiting"),
    ("Fleet Controller - Lisbon", "https://prolink.example.com/jobs/874",
     "Be an early applicant"),
]
_PL_INTRO = """\
You appeared in 12 searches this week. Recruiters and hiring managers looked at your
profile. Jobs you may be interested in:
"""
_PL_FOOT = "ProLink · Unsubscribe: https://prolink.example.com/unsub?e=jhl"

other(
    id="network_notif_en", slug="social_network_searches_en", lang="en", contact="",
    frm=("ProLink", "notifications@prolink.example.com"),
    date="2026-04-20 05:30 +0000",
    headers=list_headers("ProLink notifications <notifications.prolink.example.com>",
                         "https://prolink.example.com/unsub?e=jhl"),
    subject="You appeared in 12 searches this week",
    text=digest_text("Your week on ProLink", _PL_INTRO, _PL_ITEMS, _PL_FOOT),
    html=digest_html("Your week on ProLink", _PL_INTRO, _PL_ITEMS, _PL_FOOT, lang="en",
                     color="#0a66c2"),
)

other(
    id="ooo_douro", slug="recruiter_out_of_office_en", lang="en",
    contact="ines.carvalho@douroparcel.example.pt",
    frm=("Inês Carvalho", "ines.carvalho@douroparcel.example.pt"),
    date="2026-07-14 07:21 +0100", headers=AUTO_REPLIED, parent="douro_request",
    subject="Automatic reply: Route Dispatcher interview - could we move it?",
    text="""\
Thank you for your email. I am out of the office until Wednesday 15 July with no access
to email.

For urgent questions about interviews or open positions, please contact
talent@douroparcel.example.pt. Otherwise I will reply when I am back.

Inês Carvalho
Talent Acquisition | Douro Parcel Network
""",
)

other(
    id="cold_approach_en", slug="recruiter_cold_approach_en", lang="en",
    contact="grace.lin@harbortalent.example.com",
    frm=("Grace Lin", "grace.lin@harbortalent.example.com"),
    date="2026-05-28 13:15 +0100",
    subject="Open to a conversation?",
    text="""\
Hi Joaquín,

I came across your profile while researching dispatch talent for a shipping client in
northern Portugal. Your mix of hands-on delivery experience and languages caught my
eye.

There's no specific vacancy yet - they're planning their 2027 team - but I'd be happy
to keep you in mind if you're open to it. No need to reply if the timing isn't right.

Best,
Grace Lin
Principal Consultant, Harbor Talent
""",
)

other(
    id="friend_rejection_en", slug="friend_rejected_at_airport_en", lang="en",
    contact="tiago.ramos.pt@mail.example.pt",
    frm=("Tiago Ramos", "tiago.ramos.pt@mail.example.pt"),
    date="2026-07-30 22:05 +0100",
    subject="airport job - no luck",
    text="""\
Hey man,

Remember the ramp coordinator job at the airport I told you about? Got the email today:
"we regret to inform you..." after three interviews and a medical. Gutted.

Anyway, how are things with you? Still thinking about moving to Porto? The spare room
is yours for a few weeks if you come over for interviews.

Abraço,
Tiago
""",
)

other(
    id="course_refusal_en", slug="online_certificate_no_place_en", lang="en", contact="",
    frm=("Admissions Team", "no-reply@atlanticlogisticsacademy.example.com"),
    date="2026-08-21 12:00 +0000", headers=AUTO_GENERATED,
    subject="Your application: Certificate in Logistics Operations (online)",
    text="""\
Dear Joaquín,

Thank you for applying to the Certificate in Logistics Operations (online, January 2027
intake).

We received a very high number of applications this year, and we regret that we are
unable to offer you a place on the programme. This decision does not prevent you from
applying to a future intake.

Yours sincerely,
Admissions Team
Atlantic Logistics Academy
""",
    cte="quoted-printable",
)

other(
    id="landlord_en", slug="porto_flat_viewing_appointment_en", lang="en",
    contact="helena.ferreira.porto@mail.example.pt",
    frm=("Helena Ferreira", "helena.ferreira.porto@mail.example.pt"),
    date="2026-04-15 19:40 +0100",
    subject="Viewing appointment - flat on Rua do Bonjardim",
    text="""\
Dear Joaquín,

Thank you for your interest in the flat. I can offer you a viewing appointment on
Saturday 18 April at 11:00. I have several applications from other tenants, so please
confirm soon.

The flat is on the third floor (no lift) and its position at the back of the building
makes it very quiet. It is a 15-minute walk to Ribeira.

Kind regards,
Helena Ferreira
""",
)

# ================================================================== French

_EA_ITEMS = [
    ("Agent d'exploitation transport H/F - Bayonne", "https://emploiadour.example.fr/o/6631",
     "CDI. Entretien possible dès la semaine prochaine."),
    ("Répartiteur de tournées H/F - Anglet", "https://emploiadour.example.fr/o/6627",
     "Intérim longue durée, prise de poste immédiate."),
    ("Chef d'équipe quai H/F - Tarnos", "https://emploiadour.example.fr/o/6620",
     "Horaires de nuit. Candidature en un clic."),
]
_EA_INTRO = """\
Bonjour Joaquín, voici les nouvelles offres correspondant à votre alerte « exploitation
transport Pays basque ».
"""
_EA_FOOT = "EmploiAdour - Se désabonner : https://emploiadour.example.fr/alertes/stop"

other(
    id="alert_fr", slug="job_alert_digest_pays_basque", lang="fr", contact="",
    frm=("EmploiAdour", "alertes@emploiadour.example.fr"),
    date="2026-05-06 06:30 +0200",
    headers=list_headers("Alertes EmploiAdour <alertes.emploiadour.example.fr>",
                         "https://emploiadour.example.fr/alertes/stop"),
    subject="3 nouvelles offres pour « exploitation transport Pays basque »",
    subj_enc=("iso-8859-1", "Q"),
    text=digest_text("Vos alertes EmploiAdour", _EA_INTRO, _EA_ITEMS, _EA_FOOT),
    html=digest_html("Vos alertes EmploiAdour", _EA_INTRO, _EA_ITEMS, _EA_FOOT, lang="fr",
                     color="#ad1457"),
)

own(
    id="t4_thanks", slug="own_thanks_after_trial_day_fr", lang="fr",
    to=[("Maïté Etcheverry", "maite.etcheverry@adour-express.example.fr")],
    date="2026-05-29 19:15 +0200", parent="t4_cancel",
    subject="Merci pour la journée d'essai",
    text="""\
Bonjour Madame Etcheverry,

Je tenais à vous remercier, ainsi que Peio et l'équipe d'exploitation, pour la journée
d'essai d'hier. J'ai beaucoup appris sur la répartition des tournées du matin et
l'ambiance sur le quai m'a vraiment plu.

Je reste à votre disposition pour la suite.

Bien cordialement,
Joaquín Herrera-Lindgren
""",
)

other(
    id="ooo_interim", slug="agency_out_of_office_fr", lang="fr",
    contact="julien.harriet@interim-atlantique.example.fr",
    frm=("Julien Harriet", "julien.harriet@interim-atlantique.example.fr"),
    date="2026-09-22 08:01 +0200", headers=AUTO_REPLIED,
    subject="Réponse automatique : Entretien de ce matin - vous étiez absent",
    text="""\
Bonjour,

Je suis absent de l'agence jusqu'au lundi 28 septembre inclus.

Pour toute question urgente concernant une mission ou un entretien, merci de contacter
l'agence de Bayonne au 05 59 25 60 10.

Julien Harriet
Intérim Atlantique
""",
)

other(
    id="advice_fr", slug="newsletter_interview_mistakes_fr", lang="fr", contact="",
    frm=("Le Mag Carrière", "lettre@lemagcarriere.example.fr"),
    date="2026-06-11 07:00 +0200",
    headers=list_headers("La lettre du Mag Carrière <lettre.lemagcarriere.example.fr>",
                         "https://lemagcarriere.example.fr/desinscription"),
    subject="5 erreurs à éviter en entretien d'embauche",
    html=simple_html("""\
<h1>5 erreurs à éviter en entretien d'embauche</h1>
<ol>
<li>Arriver sans connaître l'entreprise.</li>
<li>Critiquer son employeur actuel.</li>
<li>Ne poser aucune question au recruteur.</li>
<li>Oublier de relancer après un refus : un message courtois laisse une bonne image.</li>
<li>Négliger l'entretien téléphonique, souvent décisif.</li>
</ol>
<p>À lire aussi : <a href="https://lemagcarriere.example.fr/offres">les offres de la
semaine dans le transport et la logistique</a>.</p>
<p style="font-size:11px">Vous recevez cette lettre car vous êtes inscrit.
<a href="https://lemagcarriere.example.fr/desinscription">Se désinscrire</a></p>""",
                     lang="fr"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
)

other(
    id="formation_refus", slug="vocational_training_not_selected_fr", lang="fr",
    contact="n.dufau@cfal.example.fr",
    frm=("Nathalie Dufau", "n.dufau@cfal.example.fr"),
    date="2026-07-02 14:25 +0200",
    subject="Votre candidature à la formation TSMEL",
    text="""\
Bonjour Monsieur Herrera-Lindgren,

Nous avons étudié votre dossier de candidature à la formation « Technicien supérieur en
méthodes et exploitation logistique » (session de septembre 2026).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour
cette session : la formation est réservée en priorité aux demandeurs d'emploi inscrits
en France depuis plus de six mois.

Vous pouvez vous rapprocher de votre conseiller pour étudier d'autres dispositifs.

Cordialement,
Nathalie Dufau
Chargée des admissions
Centre de Formation Adour Logistique
""",
    charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "B"),
)

# ================================================================== German

_JF_ITEMS = [
    ("Disponent Nahverkehr (m/w/d) - Nürnberg", "https://jobfranken.example.de/s/3301",
     "Vorstellungsgespräche noch diese Woche möglich."),
    ("Tourenplaner (m/w/d) - Fürth", "https://jobfranken.example.de/s/3297",
     "Unbefristet, Quereinsteiger willkommen."),
    ("Lagerdisponent (m/w/d) - Schwabach", "https://jobfranken.example.de/s/3290",
     "Schichtarbeit, Einstieg sofort."),
]
_JF_INTRO = """\
Hallo Joaquín, hier sind die neuen Stellenangebote zu Ihrem Suchauftrag
"Disposition Nürnberg".
"""
_JF_FOOT = "JobFranken - Newsletter abbestellen: https://jobfranken.example.de/abmelden"

other(
    id="jobletter_de", slug="job_alert_digest_nuremberg", lang="de", contact="",
    frm=("JobFranken Newsletter", "newsletter@jobfranken.example.de"),
    date="2026-04-06 06:00 +0200",
    headers=list_headers("JobFranken <newsletter.jobfranken.example.de>",
                         "https://jobfranken.example.de/abmelden"),
    subject="Neue Jobs für Ihren Suchauftrag „Disposition Nürnberg“",
    subj_enc=("utf-8", "Q"),
    text=digest_text("JobFranken Suchauftrag", _JF_INTRO, _JF_ITEMS, _JF_FOOT),
    html=digest_html("JobFranken Suchauftrag", _JF_INTRO, _JF_ITEMS, _JF_FOOT, lang="de",
                     color="#c62828"),
)

own(
    id="t3_thanks", slug="own_danke_nach_gespraech", lang="de",
    to=[("Katrin Vogler", "katrin.vogler@frankenlog.example.de")],
    date="2026-04-30 17:40 +0200", parent="t3_move",
    subject="Vielen Dank für das Gespräch", subj_enc=("utf-8", "Q"),
    text="""\
Sehr geehrte Frau Vogler,

vielen Dank für das freundliche Gespräch heute und die Führung durch die Disposition.
Besonders spannend fand ich, wie Sie die Touren nach Fürth und Erlangen am Morgen neu
verteilen. Ich würde sehr gern Teil Ihres Teams werden.

Mit freundlichen Grüßen
Joaquín Herrera-Lindgren
""",
)

other(
    id="ooo_klinikum", slug="recruiter_abwesenheitsnotiz", lang="de",
    contact="thomas.rauh@klinikum-pegnitzgrund.example.de",
    frm=("Thomas Rauh", "thomas.rauh@klinikum-pegnitzgrund.example.de"),
    date="2026-09-19 09:12 +0200", headers=AUTO_REPLIED,
    subject="Abwesenheitsnotiz: Rückfrage zum Auswahltag",
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Oktober nicht im Haus. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden
Sie sich bitte an das Recruiting-Team unter 0911 398 2200.

Mit freundlichen Grüßen
Thomas Rauh
Recruiting · Klinikum Pegnitzgrund
""",
)

other(
    id="vhs_refusal", slug="language_course_no_place_de", lang="de", contact="",
    frm=("Bildungszentrum Nordstadt", "kurse-noreply@bz-nordstadt.example.de"),
    date="2026-03-03 10:00 +0100", headers=AUTO_GENERATED,
    subject="Ihre Anmeldung: Deutsch B1 Intensiv (Kurs 26F-1104)",
    cte="base64",
    text="""\
Sehr geehrter Herr Herrera-Lindgren,

vielen Dank für Ihre Anmeldung zum Kurs Deutsch B1 Intensiv (26F-1104).

Leider ist der Kurs bereits ausgebucht und wir können Ihnen keinen Platz anbieten. Sie
stehen auf der Warteliste an Position 6. Wird ein Platz frei, informieren wir Sie
automatisch.

Ihr Bildungszentrum Nordstadt
""",
)

other(
    id="wohnung_absage", slug="flat_application_declined_de", lang="de",
    contact="m.kraus@hv-kraus.example.de",
    frm=("Monika Kraus", "m.kraus@hv-kraus.example.de"),
    date="2026-10-10 11:20 +0200",
    subject="Ihre Bewerbung für die Wohnung Am Pegnitzufer 12",
    charset="windows-1252", cte="8bit",
    text="""\
Sehr geehrter Herr Herrera-Lindgren,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung Am Pegnitzufer 12 und für Ihr
Kommen zum Besichtigungstermin am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten
entschieden hat. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und
wünschen Ihnen viel Erfolg bei der Wohnungssuche in Nürnberg.

Mit freundlichen Grüßen
Monika Kraus
Hausverwaltung Kraus – Vermietung
""",
)
