"""Corpus 258, everything else: 52 hand-written messages of kind `other`.

Digests and newsletters, career advice, the candidate's own mail, friends, family, landlord,
bank, school, doctor, couriers, auto-replies, course refusals and cold approaches.
"""

from __future__ import annotations

from msgs258_common import (
    ME,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    ats_card,
    digest_html,
    digest_text,
    forward_block,
    msg,
    plain,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append
OTHER = "other"

NAZARI_THANKS_TEXT = (
    "Hola Álvaro:\n\n"
    "Quería daros las gracias a ti y a Carmen por la entrevista de ayer. Me gustó mucho el "
    "ejercicio de ocupación hotelera; he seguido dándole vueltas y creo que la caída de marzo "
    "se explica por el cambio de fecha de la Semana Santa.\n\n"
    "Quedo a la espera de vuestra decisión.\n\n"
    "Un saludo,\n"
    "Mateo Villanueva-Okoro\n"
)

LUSOTUR_THANKS_TEXT = (
    "Hi Inês,\n\n"
    "Thank you for organising today's panel, and please pass my thanks to Tom and Rita. I "
    "really enjoyed walking through the bookings dataset, and the question about cancellation "
    "rates by channel has stayed with me; I'd love the chance to dig into it properly.\n\n"
    "Hope to hear from you soon.\n\n"
    "Best regards,\n"
    "Mateo\n"
)

CV_LINES = [
    "Mateo Villanueva-Okoro",
    "Málaga · mateo.vo@example.es · +34 651 20 48 73",
    "Perfil: camarero y jefe de sala con 6 años de experiencia, en transición a análisis de datos.",
    "Formación: Curso de Análisis de Datos (Python, SQL, Power BI), 2025-2026.",
    "Proyecto: cuadro de mando de ventas y turnos para un restaurante de 80 cubiertos.",
    "Idiomas: español (nativo), inglés (C1), francés (B2), alemán (B1).",
]

# ------------------------------------------------------------------ Spanish (29)

ITEMS = [
    ("Analista de Datos Junior – Málaga (híbrido)",
     "https://www.trabajasur.example.es/oferta/88123?utm_source=alerta",
     "Start-up de turismo. Proceso rápido: entrevista telefónica y prueba técnica."),
    ("Técnico/a de Reporting – Sevilla",
     "https://www.trabajasur.example.es/oferta/88140?utm_source=alerta",
     "Empresa de telecomunicaciones. Incorporación inmediata."),
    ("Data Analyst Trainee – Granada",
     "https://www.trabajasur.example.es/oferta/88177?utm_source=alerta",
     "Consultora. Se valoran idiomas y experiencia de cara al cliente."),
    ("Blog: Qué hacer cuando te rechazan tras la entrevista final",
     "https://www.trabajasur.example.es/blog/rechazo-entrevista-final",
     "Cinco pasos para pedir feedback sin quemar puentes."),
]
FOOT = ["Recibes esta alerta porque la creaste en TrabajaSur.",
        "Darse de baja: https://www.trabajasur.example.es/alertas/baja?u=ab12"]
INTRO = ["Hola Mateo, estas son las nuevas ofertas de «analista de datos» en Andalucía de los "
         "últimos 3 días."]
add(msg(
    OTHER, "trabajasur_digest", "es",
    frm=("TrabajaSur Alertas", "alertas@trabajasur.example.es"),
    subject="4 nuevas ofertas para «analista de datos» cerca de Málaga",
    date="2026-02-23 07:00 +0100",
    text=digest_text(INTRO, ITEMS, FOOT),
    html=digest_html("TrabajaSur", "#16a34a", INTRO, ITEMS, FOOT, lang="es"),
    headers={"List-Id": "Alertas de empleo TrabajaSur <alertas.trabajasur.example.es>",
             "List-Unsubscribe": "<https://www.trabajasur.example.es/alertas/baja?u=ab12>, "
                                 "<mailto:baja@trabajasur.example.es?subject=baja-ab12>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
))

ITEMS = [
    ("Del delantal al dashboard: tres historias de cambio de carrera",
     "https://boletin.datosenlacocina.example.es/p/delantal-dashboard",
     "Una camarera de Cádiz cuenta cómo preparó su primera entrevista técnica."),
    ("«Nos hemos decidido por otro perfil»: cómo leer un rechazo",
     "https://boletin.datosenlacocina.example.es/p/leer-un-rechazo",
     "Lo que dicen (y lo que no) las respuestas automáticas de los ATS."),
    ("Plantilla: seguimiento de candidaturas en una hoja de cálculo",
     "https://boletin.datosenlacocina.example.es/p/plantilla-candidaturas",
     "Estados, fechas y próximos pasos, todo en un sitio."),
]
FOOT = ["Datos en la Cocina · boletín semanal para gente de hostelería que aprende datos",
        "Cancelar suscripción: https://boletin.datosenlacocina.example.es/unsubscribe"]
INTRO = ["Buenas, cocinillas de los datos:",
         "Esta semana hablamos de rechazos, de entrevistas y de cómo no volverse loco con veinte "
         "candidaturas abiertas a la vez."]
add(msg(
    OTHER, "datosenlacocina_newsletter", "es",
    frm=("Datos en la Cocina", "hola@boletin.datosenlacocina.example.es"),
    subject="Cómo leer un rechazo (y qué hacer después)",
    date="2026-03-06 08:30 +0100",
    html=digest_html("Datos en la Cocina", "#9a3412", INTRO, ITEMS, FOOT, lang="es"),
    cte="base64",
    headers={"List-Id": "Datos en la Cocina <datosenlacocina.boletin.example.es>",
             "List-Unsubscribe": "<https://boletin.datosenlacocina.example.es/unsubscribe>",
             "Precedence": "list"},
))

add(msg(
    OTHER, "retiro_own_application", "es",
    frm=ME,
    to=[("Lucía Sanz", "lucia.sanz@retirofintech.example.es")],
    subject="Junior Data Analyst – candidatura",
    date="2026-01-19 22:47 +0100",
    text=(
        "Buenas noches:\n\nOs escribo para presentar mi candidatura a la vacante de Junior Data "
        "Analyst publicada en vuestra web. Adjunto CV y un pequeño proyecto en GitHub con datos "
        "de reservas de un restaurante.\n\nGracias por vuestro tiempo.\nMateo Villanueva-Okoro\n"
    ),
    attach=[("pdf", "CV_Mateo_Villanueva-Okoro.pdf", CV_LINES, "CV Mateo Villanueva-Okoro")],
    headers={"User-Agent": "Mozilla Thunderbird"},
))

add(msg(
    OTHER, "nazari_reschedule_request", "es",
    frm=ME,
    to=[("Álvaro Jiménez Ortega", "alvaro.jimenez@nazariconsulting.example.es")],
    subject="Re: Invitación: Entrevista Analista de Datos – Nazarí Consulting (mar 17 mar 10:00)",
    date="2026-03-12 23:40 +0100",
    parent="nazari_invite_ics",
    text=reply(
        "Hola Álvaro:\n\n"
        "Muchas gracias por la invitación. Te pido disculpas, pero el martes 17 tengo turno de "
        "mañana en el restaurante y no consigo cambiarlo. ¿Sería posible mover la entrevista al "
        "miércoles o al jueves, a partir de las 11:00?\n\n" + SIG_ES,
        "es", "mié, 11 mar 2026, 12:30", "Álvaro Jiménez Ortega",
        "Nos gustaría conocerte en persona: te invito a una entrevista el martes 17 de marzo a "
        "las 10:00 en nuestra oficina de Granada (Gran Vía de Colón 38, 2.ª planta)."),
))

add(msg(
    OTHER, "nazari_thanks", "es",
    frm=ME,
    to=[("Álvaro Jiménez Ortega", "alvaro.jimenez@nazariconsulting.example.es")],
    cc=[("Carmen Lara", "carmen.lara@nazariconsulting.example.es")],
    subject="Gracias por la entrevista de ayer",
    date="2026-03-20 19:12 +0100",
    parent="nazari_moved_ics",
    text=NAZARI_THANKS_TEXT,
))

add(msg(
    OTHER, "amiga_rechazo", "es", contact="lorena.pm@correo.example.es",
    frm=("Lorena Palomo", "lorena.pm@correo.example.es"),
    subject="me han dicho que no 😩",
    date="2026-04-03 22:15 +0200",
    text=(
        "Mateíto,\n\n"
        "Te cuento porque tú me entiendes: los de la agencia de viajes de Córdoba me han "
        "mandado el típico correo de «lamentamos comunicarte que no has sido seleccionada» "
        "después de tres entrevistas. ¡Tres! Y la última con el CEO.\n\n"
        "Me ha sentado fatal, pero bueno, ya se me pasará. ¿A ti cómo te va con lo de Granada? "
        "¿Te llamaron al final?\n\n"
        "Nos vemos el domingo en la playa y me cuentas.\n\n"
        "Lore\n"
    ),
))

P = [
    "Estimado/a cliente/a:",
    "Le informamos de que ya tiene disponible el extracto de su posición global a 31 de marzo "
    "de 2026 en la Banca Digital.",
    "Además, su gestor personal le propone una cita para revisar las condiciones de su hipoteca. "
    "Puede reservar día y hora desde la app en el apartado «Mis citas».",
    "Por su seguridad, nunca le pediremos claves por correo electrónico.",
]
add(msg(
    OTHER, "banco_posicion_cita", "es",
    frm=("Banco Costa del Sol", "notificaciones@bancocostadelsol.example.es"),
    subject="Su posición global y una propuesta de cita",
    date="2026-04-02 09:00 +0200",
    html=ats_card("Banco Costa del Sol", "#0f172a", P,
                  ["Este mensaje es automático. Banco Costa del Sol · Alameda de Colón 9 · Málaga"],
                  lang="es"),
    charset="iso-8859-1",
    cte="quoted-printable",
))

add(msg(
    OTHER, "casero_fontanero", "es", contact="rafael.dominguez@correo.example.es",
    frm=("Rafael Domínguez", "rafael.dominguez@correo.example.es"),
    subject="Fontanero - cambio de día",
    date="2026-05-14 10:48 +0200",
    text=(
        "Hola Mateo, buenos días.\n\n"
        "Te aviso de que el fontanero no puede venir el viernes como habíamos quedado; "
        "lamentablemente se le ha complicado la semana. Me ha dado cita para el lunes 18 a "
        "primera hora. ¿Puede estar alguien en el piso entre las 8 y las 9?\n\n"
        "Y recuerda que el recibo del agua de este trimestre te lo paso la semana que viene.\n\n"
        "Un saludo,\n"
        "Rafael Domínguez (propietario, C/ Cervantes 14, 3.º B)\n"
    ),
    charset="iso-8859-1",
    cte="8bit",
))

add(msg(
    OTHER, "colegio_entrevista_tutoria", "es", contact="mercedes.ruiz@ceipvirgendelmar.example.es",
    frm=("Mercedes Ruiz (tutora 2.º B)", "mercedes.ruiz@ceipvirgendelmar.example.es"),
    subject="Entrevista de tutoría - Lucía Villanueva",
    date="2026-10-22 17:20 +0200",
    text=(
        "Estimada familia:\n\n"
        "Como cada trimestre, me gustaría mantener una entrevista de tutoría con ustedes para "
        "comentar cómo va Lucía en 2.º B. Les propongo el martes 27 de octubre a las 16:30 en "
        "el aula, o por videollamada si les viene mejor.\n\n"
        "Lucía está muy contenta y participa mucho; tenemos que hablar solo de la lectura en voz "
        "alta.\n\n"
        "Un saludo cordial,\n"
        "Mercedes Ruiz\n"
        "Tutora de 2.º B · CEIP Virgen del Mar · Málaga\n"
    ),
))

P = [
    "Le informamos de que su cita en Medicina de Familia del día 15/09/2026 a las 09:40 con la "
    "Dra. Ortiz ha sido anulada por ausencia del profesional.",
    "Puede solicitar una nueva cita a través de la app de salud o llamando al teléfono de "
    "citas.",
    "Centro de Salud El Palo · Este correo no admite respuesta.",
]
add(msg(
    OTHER, "centro_salud_cita_anulada", "es",
    frm=("Cita Previa Salud", "no-responder@citaprevia-salud.example.es"),
    subject="Anulación de cita: Medicina de Familia 15/09/2026",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-09-14 14:05 +0200",
    text=plain(P),
    charset="iso-8859-1",
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated"},
))

P = [
    "Hola Mateo:",
    "Lamentablemente tu paquete 5510 9920 44ES lleva un retraso. Ha habido una incidencia en "
    "el centro de clasificación de Antequera y la entrega prevista pasa del jueves al lunes.",
    "No tienes que hacer nada. Si lo prefieres, puedes cambiar la entrega a un punto de "
    "recogida.",
    "Sentimos las molestias.",
]
add(msg(
    OTHER, "paquete_retrasado", "es",
    frm=("Envíos Rayo", "noreply@enviosrayo.example.es"),
    subject="Tu paquete se ha retrasado",
    date="2026-06-25 16:22 +0200",
    text=plain(P) + "\nSeguimiento: https://seguimiento.enviosrayo.example.es/5510992044ES\n",
    html=ats_card("Envíos Rayo", "#facc15", P, ["Envíos Rayo · No respondas a este correo."],
                  button=("Ver seguimiento",
                          "https://seguimiento.enviosrayo.example.es/5510992044ES"), lang="es"),
))

add(msg(
    OTHER, "gps_posicion_moto", "es",
    frm=("RutaSegura GPS", "alertas@rutasegura.example.es"),
    subject="Alerta: cambio de posición de tu moto",
    date="2026-07-30 03:12 +0200",
    text=(
        "Tu dispositivo «Vespa Mateo» ha registrado un cambio de posición fuera de la zona "
        "segura.\n\n"
        "Última posición: 36.7213 N, 4.4214 W (C/ Cervantes, Málaga)\n"
        "Hora: 30/07/2026 03:11\n"
        "Velocidad: 0 km/h\n\n"
        "Si eras tú, ignora este aviso. Puedes ajustar la zona segura desde la app.\n"
    ),
    headers={"Auto-Submitted": "auto-generated"},
))

add(msg(
    OTHER, "kairos_ooo", "es", contact="sonia.prieto@kairosseleccion.example.es",
    frm=("Sonia Prieto", "sonia.prieto@kairosseleccion.example.es"),
    subject="Respuesta automática: Disponibilidad mes de agosto",
    date="2026-08-04 09:02 +0200",
    text=(
        "Hola,\n\n"
        "Estoy fuera de la oficina por vacaciones hasta el 24 de agosto, sin acceso al correo. "
        "Si tu mensaje es sobre una entrevista o un proceso en curso, escribe a mi compañero "
        "Iván Soto (ivan.soto@kairosseleccion.example.es).\n\n"
        "Un saludo,\n"
        "Sonia Prieto · Kairós Selección\n"
    ),
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
             "X-Auto-Response-Suppress": "All"},
))

ITEMS = [
    ("Nerea Castillo (Datalia) ha visto tu perfil",
     "https://www.conectapro.example.com/me/profile-views",
     "People & Talent en Datalia · Málaga"),
    ("3 invitaciones pendientes",
     "https://www.conectapro.example.com/mynetwork/invitations",
     "Entre ellas Javier Moreno, Senior Headhunter en Puente Talent."),
    ("Empleos que te pueden interesar: Analista de datos (12 nuevos)",
     "https://www.conectapro.example.com/jobs/recommended",
     "Basado en tu posición actual y en tus búsquedas."),
]
FOOT = ["Estás recibiendo notificaciones de ConectaPro.",
        "Cancelar suscripción: https://www.conectapro.example.com/settings/notifications"]
add(msg(
    OTHER, "conectapro_notificaciones", "es",
    frm=("ConectaPro", "notificaciones@conectapro.example.com"),
    subject="Mateo, tienes 3 invitaciones y alguien ha visto tu perfil",
    date="2026-02-19 18:30 +0000",
    text=digest_text(["Esto es lo que te has perdido en ConectaPro:"], ITEMS, FOOT),
    html=digest_html("ConectaPro", "#0a66c2", ["Esto es lo que te has perdido en ConectaPro:"],
                     ITEMS, FOOT, lang="es"),
    headers={"List-Unsubscribe": "<https://www.conectapro.example.com/settings/notifications>",
             "X-ConectaPro-Class": "notification-digest"},
))

add(msg(
    OTHER, "master_no_admitido", "es",
    frm=("Secretaría de Posgrado - Universidad Costa del Sol", "posgrado-noreply@ucs.example.es"),
    subject="Resolución de admisión - Máster Universitario en Ciencia de Datos",
    date="2026-07-10 12:00 +0200",
    text=(
        "Estimado/a Sr./Sra. Villanueva-Okoro:\n\n"
        "Una vez baremadas las solicitudes de preinscripción al Máster Universitario en Ciencia "
        "de Datos para el curso 2026-2027, le comunicamos que su solicitud NO ha sido admitida "
        "por no alcanzar la puntuación mínima en el criterio de titulación previa.\n\n"
        "Ha quedado en lista de espera en la posición 23. Puede presentar reclamación en el "
        "plazo de diez días hábiles a través de la sede electrónica.\n\n"
        "Secretaría de Posgrado\n"
        "Universidad Costa del Sol\n\n"
        "Este mensaje se envía desde una dirección que no acepta respuestas.\n"
    ),
    cte="quoted-printable",
))

add(msg(
    OTHER, "radio_entrevista", "es", contact="celia.navas@radiobiznaga.example.es",
    frm=("Celia Navas", "celia.navas@radiobiznaga.example.es"),
    subject="¿Te entrevistamos en «Málaga Despierta»?",
    date="2026-05-06 11:30 +0200",
    text=(
        "Hola Mateo:\n\n"
        "Soy Celia Navas, redactora del magacín «Málaga Despierta» de Radio Biznaga. Una "
        "compañera de tu curso de datos nos habló de ti y nos encantaría hacerte una "
        "entrevista de diez minutos sobre el paso de la hostelería al análisis de datos.\n\n"
        "Grabaríamos por teléfono cualquier mañana de la semana que viene. ¿Te animas?\n\n"
        "Gracias,\n"
        "Celia Navas\n"
        "Radio Biznaga · Redacción · 952 77 88 99\n"
    ),
))

add(msg(
    OTHER, "viajalia_user_research", "es", contact="irene.gil@viajalia.example.es",
    frm=("Irene Gil · Viajalia", "irene.gil@viajalia.example.es"),
    subject="Participa en una entrevista de investigación (30 €)",
    date="2026-03-27 10:05 +0100",
    text=(
        "Hola Mateo:\n\n"
        "Soy Irene, investigadora de experiencia de usuario en Viajalia. Como usaste nuestra app "
        "para reservar en Semana Santa, nos gustaría invitarte a una entrevista de "
        "investigación de 45 minutos por videollamada para entender cómo planificas tus viajes.\n\n"
        "No es un proceso de selección ni una venta: solo queremos escucharte. Como "
        "agradecimiento te enviaremos una tarjeta regalo de 30 €.\n\n"
        "Si te interesa, elige hueco aquí: https://research.viajalia.example.es/agenda\n\n"
        "¡Gracias!\n"
        "Irene Gil\n"
        "UX Research · Viajalia\n"
    ),
    html=simple_html([
        "Hola Mateo:",
        "Soy Irene, investigadora de experiencia de usuario en Viajalia. Como usaste nuestra app "
        "para reservar en Semana Santa, nos gustaría invitarte a una entrevista de "
        "investigación de 45 minutos por videollamada para entender cómo planificas tus viajes.",
        "No es un proceso de selección ni una venta: solo queremos escucharte. Como "
        "agradecimiento te enviaremos una tarjeta regalo de 30 €.",
        "Si te interesa, elige hueco aquí: https://research.viajalia.example.es/agenda",
    ], ["¡Gracias!", "Irene Gil", "UX Research · Viajalia"]),
))

add(msg(
    OTHER, "selecta_cold_approach", "es", contact="marcos.lara@selectanorte.example.es",
    frm=("Marcos Lara", "marcos.lara@selectanorte.example.es"),
    subject="Oportunidades en datos en Madrid",
    date="2026-09-29 12:44 +0200",
    text=(
        "Hola Mateo,\n\n"
        "Soy Marcos, de Selecta Norte, una consultora de selección especializada en perfiles de "
        "datos. He visto tu perfil en ConectaPro y me ha parecido muy interesante tu paso de "
        "la hostelería al análisis.\n\n"
        "Ahora mismo no tengo una posición concreta para ti, pero trabajo a menudo con empresas "
        "de movilidad y retail en Madrid que buscan juniors. Si te parece, guardo tu perfil y "
        "te escribo cuando surja algo que encaje.\n\n"
        "Un saludo,\n"
        "Marcos Lara\n"
        "Selecta Norte · C/ Serrano 88, Madrid\n"
    ),
))

add(msg(
    OTHER, "triana_own_application", "es",
    frm=ME,
    to=[("Curro Márquez", "curro.marquez@trianaviajes.example.es")],
    subject="Candidatura analista de datos - Mateo Villanueva",
    date="2026-01-26 21:10 +0100",
    text=(
        "Hola Curro:\n\nTe escribo por la oferta de analista de datos junior que publicasteis la "
        "semana pasada. Te adjunto mi CV; llevo seis años en hostelería y estoy terminando un "
        "curso de análisis de datos con Python y SQL.\n\nQuedo a tu disposición para una "
        "entrevista cuando os venga bien.\n\nUn saludo,\nMateo\n"
    ),
    attach=[("pdf", "CV_Mateo_Villanueva-Okoro.pdf", CV_LINES, "CV Mateo Villanueva-Okoro")],
))

add(msg(
    OTHER, "mercado_feedback_request", "es",
    frm=ME,
    to=[("Pilar Ortega", "pilar.ortega@mercadoazul.example.es")],
    subject="Re: Mercado Azul - analista",
    date="2026-06-20 10:31 +0200",
    parent="mercado_azul_terse",
    text=reply(
        "Hola Pilar:\n\n"
        "Gracias por avisarme, aunque sea una pena. ¿Me podrías decir en qué aspecto me veíais "
        "más flojo? Me vendría muy bien para preparar las próximas entrevistas.\n\n" + SIG_ES,
        "es", "vie, 19 jun 2026 a las 17:55", "Pilar Ortega",
        "Mateo, al final no seguimos contigo para la posición. Gracias por la charla del jueves."
        "\n\nPilar"),
))

ITEMS = [
    ("Demo Day de la 7.ª promoción – 18 de junio",
     "https://boqueron.data.example.es/demo-day",
     "Doce proyectos finales y empresas invitadas buscando juniors."),
    ("Simulacros de entrevista técnica: apúntate",
     "https://boqueron.data.example.es/simulacros",
     "Mentores voluntarios te hacen una entrevista de prueba de 30 minutos."),
    ("Alumni: «Después de 27 rechazos, por fin tengo oferta»",
     "https://boqueron.data.example.es/blog/27-rechazos",
     "Rocío, ex recepcionista, cuenta su proceso hasta firmar en una start-up."),
]
FOOT = ["Escuela Boquerón Data · Muelle Uno, Málaga",
        "Para dejar de recibir este boletín: https://boqueron.data.example.es/baja"]
INTRO = ["¡Hola, Mateo!", "Se acerca el final de curso y llegan novedades."]
add(msg(
    OTHER, "boqueron_bootcamp_newsletter", "es",
    frm=("Escuela Boquerón Data", "comunidad@boqueron.data.example.es"),
    subject="Demo Day, simulacros de entrevista y una historia con final feliz",
    date="2026-06-01 09:15 +0200",
    text=digest_text(INTRO, ITEMS, FOOT),
    html=digest_html("Escuela Boquerón Data", "#0284c7", INTRO, ITEMS, FOOT, lang="es"),
    cte="quoted-printable",
    headers={"List-Id": "Comunidad Boqueron Data <comunidad.boqueron.data.example.es>",
             "List-Unsubscribe": "<https://boqueron.data.example.es/baja>",
             "Precedence": "bulk"},
))

add(msg(
    OTHER, "restaurante_turnos", "es", contact="jose.carlos@laterrazadelpuerto.example.es",
    frm=("José Carlos - La Terraza del Puerto", "jose.carlos@laterrazadelpuerto.example.es"),
    subject="Cambios de turno semana 11",
    date="2026-03-08 23:55 +0100",
    text=(
        "Equipo:\n\n"
        "Os mando los cambios de esta semana. Mateo, te cambio el turno del jueves de tarde "
        "al viernes de mañana porque tenemos el evento de la bodega. Carla pasa a cerrar el "
        "sábado.\n\n"
        "Y la cena de empresa del día 14 queda cancelada de momento, que con la Semana Santa "
        "encima no llegamos. La movemos a mayo.\n\n"
        "Cualquier problema me lo decís antes del martes.\n\n"
        "José Carlos\n"
        "Encargado · La Terraza del Puerto\n"
    ),
    to=[ME, ("Carla Moya", "carla.moya@correo.example.es"),
        ("Iñaki Ruiz", "inaki.ruiz@correo.example.es")],
))

add(msg(
    OTHER, "gimnasio_clase_cancelada", "es",
    frm=("Gimnasio Malagueta Fit", "no-reply@malaguetafit.example.es"),
    subject="Clase cancelada: Spinning 20:00",
    date="2026-04-14 15:01 +0200",
    html=simple_html([
        "Hola Mateo,",
        "Te informamos de que la clase de Spinning de hoy a las 20:00 ha sido cancelada por "
        "enfermedad del monitor. Tu reserva se ha anulado y no se descontará de tu bono.",
        "Puedes reservar otra sesión desde la app.",
    ], ["Malaguetafit · Paseo Marítimo Pablo Ruiz Picasso 5 · Málaga"]),
))

ITEMS = [
    ("Webinar en directo: Cómo preparar una entrevista técnica de datos",
     "https://eventos.analiticasur.example.es/webinar/entrevista-tecnica",
     "Jueves 9 de abril, 19:00. Con dos responsables de selección de empresas tecnológicas."),
    ("Grabación: Negociar tu primera oferta de trabajo",
     "https://eventos.analiticasur.example.es/grabaciones/primera-oferta",
     "Salario, periodo de prueba y teletrabajo: qué se puede pedir."),
]
FOOT = ["AnalíticaSur Eventos", "Baja: https://eventos.analiticasur.example.es/baja"]
INTRO = ["Plazas gratuitas y limitadas. Regístrate y recibirás el enlace el mismo día."]
add(msg(
    OTHER, "webinar_entrevista_tecnica", "es",
    frm=("AnalíticaSur Eventos", "eventos@analiticasur.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Webinar gratuito: cómo preparar una entrevista técnica de datos",
    date="2026-04-01 12:00 +0200",
    text=digest_text(INTRO, ITEMS, FOOT),
    html=digest_html("AnalíticaSur", "#4f46e5", INTRO, ITEMS, FOOT, lang="es"),
    headers={"List-Unsubscribe": "<https://eventos.analiticasur.example.es/baja>",
             "Precedence": "bulk"},
))

add(msg(
    OTHER, "betica_candidate_confirms", "es",
    frm=ME,
    to=[("Macarena Delgado", "macarena.delgado@telecombetica.example.es")],
    subject="Re: Data Analyst Trainee - ¿hablamos por teléfono?",
    date="2026-04-27 13:15 +0200",
    parent="betica_phone_screen",
    text=reply(
        "Hola Macarena:\n\nPerfecto, el jueves 30 a las 16:00 me va bien. Quedo atento a tu "
        "llamada.\n\nUn saludo,\nMateo",
        "es", "lun, 27 abr 2026 a las 9:40", "Macarena Delgado",
        "¿Te vendría bien el jueves 30 de abril a las 16:00? Te llamaría al número que indicas "
        "en el CV."),
))

add(msg(
    OTHER, "hermana_reenvia_oferta", "es", contact="aisha.villanueva@correo.example.es",
    frm=("Aisha Villanueva", "aisha.villanueva@correo.example.es"),
    subject="Fwd: Nueva oferta: Analista de Datos – Puerto de Málaga",
    date="2026-05-28 21:03 +0200",
    text=(
        "Mira esto, hermanito, me ha llegado al correo del trabajo y me he acordado de ti. "
        "¡Mándales el CV ya!\n\n"
        "Besos, A.\n\n"
    ) + forward_block(
        "es", "Empleo Portuario <ofertas@empleoportuario.example.es>", "jue, 28 may 2026, 9:00",
        "Nueva oferta: Analista de Datos – Puerto de Málaga",
        "aisha.villanueva@correo.example.es",
        "Autoridad Portuaria (ficticia) busca Analista de Datos para su departamento de "
        "Operaciones.\n\nRequisitos: SQL, Excel avanzado, inglés B2.\nProceso de selección: "
        "prueba técnica y entrevista personal.\nPlazo de inscripción: 12 de junio.\n\n"
        "Inscríbete en https://empleoportuario.example.es/ofertas/2291"),
))

add(msg(
    OTHER, "orientacion_laboral_cita", "es", contact="noelia.campos@empleo.malaga.example.es",
    frm=("Noelia Campos", "noelia.campos@empleo.malaga.example.es"),
    subject="Cita de orientación laboral",
    date="2026-01-12 09:45 +0100",
    text=(
        "Buenos días, Mateo:\n\n"
        "Te confirmo la cita para tu entrevista de orientación laboral en la Oficina Municipal "
        "de Empleo el miércoles 14 de enero a las 11:00 (C/ Trinidad Grund 1, 2.ª planta).\n\n"
        "Revisaremos juntos tu currículum y tu itinerario para el cambio a análisis de datos, y "
        "te informaré de las ayudas de formación del programa municipal. Esta cita no es un "
        "proceso de selección.\n\n"
        "Trae tu DNI y, si lo tienes, el certificado del curso.\n\n"
        "Noelia Campos\n"
        "Orientadora laboral · Oficina Municipal de Empleo de Málaga\n"
    ),
    charset="windows-1252",
    cte="quoted-printable",
))

add(msg(
    OTHER, "pydata_meetup", "es",
    frm=("PyData Málaga", "grupo-pydata-malaga@quedadas.example.com"),
    subject="Recordatorio: «De camarero a analista: lo que aprendí de 40 rechazos» – mañana",
    subj_enc=("utf-8", "Q"),
    date="2026-05-12 18:00 +0200",
    text=(
        "¡Hola a todas y todos!\n\n"
        "Mañana miércoles a las 19:00 nos vemos en La Térmica para la charla «De camarero a "
        "analista: lo que aprendí de 40 rechazos», seguida de una mesa redonda sobre "
        "entrevistas técnicas y ofertas en start-ups de la ciudad.\n\n"
        "Aforo: 60 personas. Si ya no puedes venir, libera tu plaza en la web del grupo.\n\n"
        "https://quedadas.example.com/pydata-malaga/eventos/311\n\n"
        "--\n"
        "Recibes este mensaje porque eres miembro de PyData Málaga.\n"
        "Darte de baja: https://quedadas.example.com/pydata-malaga/baja\n"
    ),
    headers={"List-Id": "PyData Malaga <pydata-malaga.quedadas.example.com>",
             "List-Unsubscribe": "<https://quedadas.example.com/pydata-malaga/baja>",
             "List-Post": "NO", "Precedence": "list"},
))

add(msg(
    OTHER, "reenvio_oferta_pareja", "es",
    frm=ME,
    to=[("Sara Jiménez", "sara.jimenez@correo.example.es")],
    subject="Fwd: Tu oferta de Datalia 🎉",
    subj_enc=("utf-8", "Q"),
    date="2026-03-10 12:41 +0100",
    text=(
        "¡¡Sara!! Mira lo que me acaba de llegar. Esta noche lo hablamos con calma, que tengo "
        "que contestar antes del lunes.\n\n"
        "M.\n\n"
    ) + forward_block(
        "es", "Nerea Castillo <nerea.castillo@datalia.example.es>", "mar, 10 mar 2026, 12:00",
        "Tu oferta de Datalia 🎉", "Mateo Villanueva-Okoro <mateo.vo@example.es>",
        "¡Hola Mateo!\n\nQué alegría escribirte esto: nos encantaría que te unieras a Datalia "
        "como Analista de Datos Junior. Te adjunto la carta de oferta con todos los detalles: "
        "contrato indefinido, 26.000 € brutos anuales, modelo híbrido (tres días en la oficina "
        "de Larios) e incorporación el 1 de abril."),
))

# ------------------------------------------------------------------ English (13)

ITEMS = [
    ("Junior Data Analyst – fintech, Dublin 2",
     "https://irishtechjobs.example.ie/jobs/44120?src=weekly",
     "Hybrid. Two-stage interview process. EUR 34-38k."),
    ("Graduate Analyst – telecoms, Dublin 4",
     "https://irishtechjobs.example.ie/jobs/44187?src=weekly",
     "September intake; assessment centre in July."),
    ("Reporting Analyst (Spanish speaker) – travel, Dublin 1",
     "https://irishtechjobs.example.ie/jobs/44203?src=weekly",
     "Support Spanish markets; hospitality background welcome."),
    ("Read: Why you got rejected after the final round",
     "https://irishtechjobs.example.ie/blog/final-round-rejection",
     "Hiring managers on what really tips the decision."),
]
FOOT = ["You're receiving this because you subscribed to Irish Tech Jobs Weekly.",
        "Unsubscribe: https://irishtechjobs.example.ie/unsubscribe?id=mvo77"]
INTRO = ["Hi Mateo, here are this week's picks for \"data analyst\" in Dublin."]
add(msg(
    OTHER, "irishtechjobs_weekly", "en",
    frm=("Irish Tech Jobs Weekly", "weekly@irishtechjobs.example.ie"),
    subject="This week: 3 junior analyst roles in Dublin + why final rounds go wrong",
    date="2026-06-08 07:30 +0100",
    text=digest_text(INTRO, ITEMS, FOOT),
    html=digest_html("Irish Tech Jobs Weekly", "#059669", INTRO, ITEMS, FOOT),
    headers={"List-Id": "Irish Tech Jobs Weekly <weekly.irishtechjobs.example.ie>",
             "List-Unsubscribe": "<https://irishtechjobs.example.ie/unsubscribe?id=mvo77>, "
                                 "<mailto:unsubscribe@irishtechjobs.example.ie>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
))

P = [
    "Hello career switchers,",
    "Five ways to bounce back after a rejection email:",
    "1. Give yourself a day. 2. Ask one specific question for feedback. 3. Log what the "
    "interview actually tested. 4. Reach out to the interviewer on a networking site. 5. "
    "Apply to two more roles before the weekend.",
    "Next week: how to answer \"why are you leaving hospitality?\" in an interview without "
    "sounding defensive.",
    "Until then, keep going.\nPriya, The Pivot Letter",
]
add(msg(
    OTHER, "pivot_letter_rejection", "en",
    frm=("The Pivot Letter", "priya@pivotletter.example.com"),
    subject="5 ways to bounce back from a rejection",
    date="2026-04-16 12:00 +0000",
    text=plain(P) + "\nUnsubscribe: https://pivotletter.example.com/unsubscribe\n",
    html=simple_html(P, ["The Pivot Letter · Unsubscribe: https://pivotletter.example.com/unsubscribe"]),
    headers={"List-Id": "The Pivot Letter <pivotletter.example.com>",
             "List-Unsubscribe": "<https://pivotletter.example.com/unsubscribe>",
             "Precedence": "bulk"},
))

add(msg(
    OTHER, "lusotur_thanks", "en",
    frm=ME,
    to=[("Inês Carvalho", "ines.carvalho@lusotur.example.pt")],
    subject="Thank you – Junior Data Analyst panel",
    date="2026-04-01 20:30 +0200",
    parent="lusotur_panel_updated",
    text=LUSOTUR_THANKS_TEXT,
))

add(msg(
    OTHER, "dockside_own_application", "en",
    frm=ME,
    to=[("Niamh Doyle", "niamh.doyle@docksidedata.example.ie")],
    subject="Application: Junior Analyst",
    date="2026-08-17 20:05 +0200",
    text=(
        "Dear Ms Doyle,\n\n"
        "I'd like to apply for the Junior Analyst position advertised on Irish Tech Jobs. I've "
        "spent six years in hospitality in Málaga, most recently as head waiter, where I built "
        "the sales and staffing dashboards we used every week. Since last year I've been "
        "studying SQL, Python and Power BI.\n\n"
        "My CV is attached. I'm planning to relocate to Dublin in the autumn and would be glad "
        "to talk whenever suits you.\n\n" + SIG_EN + "\n"
    ),
    attach=[("pdf", "CV_Mateo_Villanueva-Okoro_EN.pdf", [
        "Mateo Villanueva-Okoro",
        "Malaga, Spain · mateo.vo@example.es",
        "Profile: six years in hospitality, moving into data analysis.",
        "Skills: SQL, Python (pandas), Power BI, Excel.",
    ], "CV Mateo Villanueva-Okoro")],
))

add(msg(
    OTHER, "liffey_ooo", "en", contact="ciaran.oneill@liffeytelecom.example.ie",
    frm=("Ciarán O'Neill", "ciaran.oneill@liffeytelecom.example.ie"),
    frm_enc=("utf-8", "B"),
    subject="Automatic reply: Question about the assessment centre",
    date="2026-06-22 08:00 +0100",
    text=(
        "Thank you for your email. I'm out of the office until Monday 29 June with limited "
        "access to email.\n\n"
        "For anything urgent about interviews or the graduate programme, please contact "
        "graduates@liffeytelecom.example.ie and a colleague will help.\n\n"
        "Ciarán O'Neill\n"
        "Graduate Recruitment | Liffey Telecom\n"
    ),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
))

add(msg(
    OTHER, "friend_bank_rejection", "en", contact="sean.gallagher@mailbox.example.ie",
    frm=("Seán Gallagher", "sean.gallagher@mailbox.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="well that's that",
    date="2026-07-24 21:48 +0100",
    text=(
        "Mateo my man,\n\n"
        "Remember the bank job I was so excited about? Got the email this morning: \"after "
        "careful consideration we have decided not to progress your application\". Four "
        "rounds, a case study AND a personality test. Gutted.\n\n"
        "Anyway, how did your interviews go? If you end up in Dublin the first pint is on me, "
        "rejection or no rejection.\n\n"
        "Seán\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
))

add(msg(
    OTHER, "podcast_request", "en", contact="grace.nwosu@careerswitchers.example.com",
    frm=("Dan Okafor", "dan@careerswitchers.example.com"),
    reply_to=("Grace Nwosu", "grace.nwosu@careerswitchers.example.com"),
    subject="Podcast interview? Career Switchers",
    date="2026-09-02 16:20 +0100",
    text=(
        "Hi Mateo,\n\n"
        "I host Career Switchers, a podcast about people who change careers in their late "
        "twenties and thirties. A listener sent me your blog post about moving from waiting "
        "tables to data, and I'd love to interview you for an episode.\n\n"
        "Recording takes about an hour over Zoom, at a time that suits you in September or "
        "October. No preparation needed beyond a good microphone (or headphones).\n\n"
        "Would you be up for it? If so, just reply: it goes to Grace, our producer, who looks "
        "after the recording diary.\n\n"
        "Dan Okafor\n"
        "Host, Career Switchers\n"
    ),
))

P = [
    "Hi Mateo,",
    "Unfortunately your parcel (CTT-PT 8812 0044 17) has been delayed due to a high volume of "
    "deliveries in the Lisbon area.",
    "New estimated delivery: Thursday 21 May, between 09:00 and 13:00.",
    "There's nothing you need to do. We're sorry for the inconvenience.",
]
add(msg(
    OTHER, "parcel_delayed", "en",
    frm=("Expresso Parcel", "notifications@expressoparcel.example.pt"),
    subject="Update: your parcel is delayed",
    date="2026-05-18 11:11 +0100",
    text=plain(P),
    html=ats_card("Expresso Parcel", "#be123c", P,
                  ["Expresso Parcel, Lisboa · This mailbox is not monitored."],
                  button=("Track parcel", "https://track.expressoparcel.example.pt/881200441")),
    headers={"Auto-Submitted": "auto-generated"},
))

add(msg(
    OTHER, "tagus_cold_approach", "en", contact="beatriz.lopes@tagustalent.example.pt",
    frm=("Beatriz Lopes", "beatriz.lopes@tagustalent.example.pt"),
    subject="Hello from Tagus Talent",
    date="2026-02-04 10:40 +0000",
    text=(
        "Hi Mateo,\n\n"
        "I'm a recruiter at Tagus Talent in Lisbon, focusing on analytics and BI. I noticed on "
        "ConectaPro that you're open to roles in Lisbon.\n\n"
        "I don't have a specific vacancy to share today, but many of our clients in travel tech "
        "like candidates with customer-facing backgrounds. Would you mind if I kept your "
        "profile on file and reached out when something relevant opens?\n\n"
        "Best wishes,\n"
        "Beatriz Lopes\n"
        "Tagus Talent, Avenida da República 50, Lisboa\n"
    ),
))

add(msg(
    OTHER, "msc_place_refused", "en",
    frm=("DIDS Admissions", "admissions-noreply@dids.example.ie"),
    subject="Your application to MSc in Applied Data Analytics (part-time)",
    date="2026-06-30 14:00 +0100",
    text=(
        "Dear Mateo Villanueva-Okoro,\n\n"
        "Thank you for applying to the MSc in Applied Data Analytics (part-time) at the Dublin "
        "Institute of Data Studies for the 2026/27 academic year.\n\n"
        "We received a very large number of applications and regret that we are unable to "
        "offer you a place on the programme. This decision relates only to admission to the "
        "course.\n\n"
        "You may wish to consider our Certificate in Data Fundamentals, which still has places "
        "for the October intake.\n\n"
        "Admissions Office\n"
        "Dublin Institute of Data Studies\n\n"
        "This is an automated message; replies to this address are not read.\n"
    ),
    headers={"Auto-Submitted": "auto-generated"},
))

ITEMS = [
    ("You appeared in 14 searches this week",
     "https://www.conectapro.example.com/me/search-appearances",
     "Recruiters from banking and travel looked for \"data analyst\"."),
    ("A recruiter at Harbourline Bank viewed your profile",
     "https://www.conectapro.example.com/me/profile-views",
     "See who else is interested in your position and skills."),
    ("New jobs for you in Dublin and Lisbon",
     "https://www.conectapro.example.com/jobs/recommended?loc=dublin,lisbon",
     "9 roles match your job alert."),
]
FOOT = ["You are receiving ConectaPro notification emails.",
        "Unsubscribe: https://www.conectapro.example.com/settings/notifications"]
add(msg(
    OTHER, "conectapro_weekly_en", "en",
    frm=("ConectaPro", "notifications-noreply@conectapro.example.com"),
    subject="Mateo, you appeared in 14 searches this week",
    date="2026-07-13 06:45 +0000",
    html=digest_html("ConectaPro", "#0a66c2", ["Your weekly profile summary"], ITEMS, FOOT),
    headers={"List-Unsubscribe": "<https://www.conectapro.example.com/settings/notifications>"},
))

add(msg(
    OTHER, "tejo_own_reschedule_request", "en",
    frm=ME,
    to=[("Rui Almeida", "rui.almeida@tejopayments.example.pt")],
    subject="Re: quick chat?",
    date="2026-05-21 13:02 +0200",
    parent="tejo_missed_meet",
    text=reply(
        "Hi Rui,\n\n"
        "I'm really sorry. My train from Málaga to Madrid lost signal for most of the morning "
        "and I couldn't join or let you know in time. Would it be possible to reschedule our "
        "chat? I'm free any time tomorrow or on Monday.\n\n" + SIG_EN,
        "en", "Thu, 21 May 2026 at 11:18", "Rui Almeida",
        "Hi Mateo, I waited on Google Meet for 15 minutes but didn't see you join. No worries "
        "if something came up, just let me know.\n\nRui"),
))

add(msg(
    OTHER, "wanderlane_research", "en", contact="kit.morgan@wanderlane.example.com",
    frm=("Kit Morgan", "kit.morgan@wanderlane.example.com"),
    subject="Invitation: 30-min research interview about how you plan trips",
    date="2026-08-06 15:30 +0000",
    text=(
        "Hi Mateo,\n\n"
        "I'm a user researcher at Wanderlane. You recently rated our app and said you'd be "
        "happy to give feedback, so I'd like to invite you to a 30-minute research interview "
        "on Zoom.\n\n"
        "This isn't a job interview - we just want to understand how you plan weekend trips. "
        "As a thank-you you'll receive a EUR 25 voucher.\n\n"
        "Pick a time here: https://research.wanderlane.example.com/book/mvo\n\n"
        "Thanks,\n"
        "Kit Morgan\n"
        "User Research, Wanderlane\n"
    ),
))

# ------------------------------------------------------------------ French (5)

ITEMS = [
    ("Analyste de données junior (H/F) – Montpellier",
     "https://emplois.occitanietech.example.fr/offres/5521",
     "Start-up agritech. Entretien avec l'équipe puis étude de cas."),
    ("Chargé(e) de reporting – banque, Montpellier",
     "https://emplois.occitanietech.example.fr/offres/5530",
     "CDI, télétravail partiel."),
    ("Conseil : répondre à un refus sans se fermer de portes",
     "https://emplois.occitanietech.example.fr/conseils/refus",
     "Nos recruteurs partenaires partagent leurs astuces."),
]
FOOT = ["Emplois Occitanie Tech – lettre hebdomadaire",
        "Se désinscrire : https://emplois.occitanietech.example.fr/desinscription?u=77"]
INTRO = ["Bonjour Mateo,", "Voici les offres data de la semaine à Montpellier et alentours."]
add(msg(
    OTHER, "occitanie_tech_lettre", "fr",
    frm=("Emplois Occitanie Tech", "lettre@occitanietech.example.fr"),
    subject="Offres data de la semaine à Montpellier",
    date="2026-05-04 08:00 +0200",
    text=digest_text(INTRO, ITEMS, FOOT),
    html=digest_html("Emplois Occitanie Tech", "#b91c1c", INTRO, ITEMS, FOOT, lang="fr"),
    cte="quoted-printable",
    headers={"List-Id": "Lettre Emplois Occitanie Tech <lettre.occitanietech.example.fr>",
             "List-Unsubscribe": "<https://emplois.occitanietech.example.fr/desinscription?u=77>",
             "Precedence": "bulk"},
))

add(msg(
    OTHER, "ecusson_own_application", "fr",
    frm=ME,
    to=[("Écusson Conseil - Recrutement", "recrutement@ecussonconseil.example.fr")],
    subject="Candidature – Consultant data junior",
    date="2026-08-20 21:30 +0200",
    text=(
        "Madame, Monsieur,\n\n"
        "Je souhaite vous proposer ma candidature pour le poste de consultant data junior "
        "publié sur votre site. Après six ans dans la restauration à Málaga, je me reconvertis "
        "dans l'analyse de données (SQL, Python, Power BI) et je souhaite m'installer à "
        "Montpellier.\n\n"
        "Vous trouverez mon CV en pièce jointe. Je serais ravi d'échanger avec vous lors d'un "
        "entretien.\n\n" + SIG_FR + "\n"
    ),
    attach=[("pdf", "CV_Mateo_Villanueva-Okoro_FR.pdf", [
        "Mateo Villanueva-Okoro",
        "Málaga (Espagne) · mateo.vo@example.es",
        "Profil : six ans en restauration, reconversion vers l'analyse de données.",
    ], "CV Mateo Villanueva-Okoro")],
    cte="quoted-printable",
))

add(msg(
    OTHER, "languedoc_ooo", "fr", contact="sophie.marchand@banquedulanguedoc.example.fr",
    frm=("Sophie Marchand", "sophie.marchand@banquedulanguedoc.example.fr"),
    subject="Réponse automatique : Candidature Chargé(e) d'études data junior",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-07-27 09:14 +0200",
    text=(
        "Bonjour,\n\n"
        "Je suis absente du 27 juillet au 14 août inclus. Votre message ne sera pas transféré. "
        "Pour toute question relative à un entretien ou à un recrutement en cours, vous pouvez "
        "écrire à recrutement@banquedulanguedoc.example.fr.\n\n"
        "Cordialement,\n"
        "Sophie Marchand\n"
        "Chargée de recrutement - Banque du Languedoc\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
))

add(msg(
    OTHER, "du_data_refus", "fr",
    frm=("Formation continue - Université d'Occitanie", "fc-noreply@univ-occitanie.example.fr"),
    frm_enc=("utf-8", "Q"),
    subject="Diplôme universitaire « Analyste de données » - décision de la commission",
    date="2026-06-26 17:00 +0200",
    text=(
        "Monsieur,\n\n"
        "La commission pédagogique du Diplôme universitaire « Analyste de données » s'est "
        "réunie le 24 juin. Nous avons le regret de vous informer que votre candidature à "
        "cette formation n'a pas été retenue pour la rentrée 2026, le nombre de places étant "
        "limité à vingt stagiaires.\n\n"
        "Vous pouvez renouveler votre demande pour la session de janvier 2027.\n\n"
        "Le service de Formation continue\n"
        "Université d'Occitanie (Montpellier)\n\n"
        "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n"
    ),
    cte="base64",
))

add(msg(
    OTHER, "location_dossier_refuse", "fr", contact="l.garcia@immo-ecusson.example.fr",
    frm=("Laura Garcia - Immo Écusson", "l.garcia@immo-ecusson.example.fr"),
    subject="Votre dossier - T2 rue du Faubourg Figuerolles",
    date="2026-09-25 12:10 +0200",
    text=(
        "Bonjour Monsieur Villanueva-Okoro,\n\n"
        "Merci d'être venu visiter le T2 de la rue du Faubourg Figuerolles. Malheureusement, "
        "le propriétaire a retenu un autre dossier, avec un garant en France. Votre dossier de "
        "location n'est donc pas retenu pour ce logement.\n\n"
        "Nous avons d'autres T2 qui se libèrent en novembre ; je peux vous proposer une visite "
        "si vous le souhaitez.\n\n"
        "Bien cordialement,\n"
        "Laura Garcia\n"
        "Conseillère location - Immo Écusson\n"
        "2 rue Foch, 34000 Montpellier\n"
    ),
    charset="windows-1252",
    cte="8bit",
))

# ------------------------------------------------------------------ German (5)

ITEMS = [
    ("Junior Data Analyst (m/w/d) – Reiseplattform, München",
     "https://stellenradar.example.de/job/98211",
     "Zweistufiges Auswahlverfahren mit Fallstudie. Englisch als Arbeitssprache."),
    ("Werkstudent Datenanalyse – Telekommunikation, München-Schwabing",
     "https://stellenradar.example.de/job/98230",
     "20 Std./Woche, Vorstellungsgespräch vor Ort."),
    ("Ratgeber: Absage nach dem Vorstellungsgespräch – was nun?",
     "https://stellenradar.example.de/ratgeber/absage",
     "So fragen Sie nach Feedback."),
]
FOOT = ["StellenRadar München – Ihr Suchauftrag »Data Analyst«",
        "Abmelden: https://stellenradar.example.de/suchauftrag/abmelden?id=4410"]
INTRO = ["Guten Tag Herr Villanueva-Okoro,",
         "für Ihren Suchauftrag »Data Analyst, München« gibt es neue Treffer."]
add(msg(
    OTHER, "stellenradar_suchauftrag", "de",
    frm=("StellenRadar", "suchauftrag@stellenradar.example.de"),
    subject="3 neue Jobs für Ihren Suchauftrag »Data Analyst, München«",
    subj_enc=("iso-8859-1", "B"),
    date="2026-04-27 06:30 +0200",
    text=digest_text(INTRO, ITEMS, FOOT),
    html=digest_html("StellenRadar", "#ea580c", INTRO, ITEMS, FOOT, lang="de"),
    headers={"List-Id": "StellenRadar Suchauftrag <suchauftrag.stellenradar.example.de>",
             "List-Unsubscribe": "<https://stellenradar.example.de/suchauftrag/abmelden?id=4410>",
             "Precedence": "bulk"},
))

add(msg(
    OTHER, "schwabing_own_application", "de",
    frm=ME,
    to=[("Schwabing Telekom Bewerbungen", "bewerbung@schwabing-telekom.example.de")],
    subject="Bewerbung als Werkstudent/Junior Analyst Netzqualität",
    date="2026-07-01 22:10 +0200",
    text=(
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bewerbe ich mich um die Stelle als Werkstudent/Junior Analyst Netzqualität. "
        "Nach sechs Jahren in der Gastronomie in Málaga orientiere ich mich beruflich in "
        "Richtung Datenanalyse um und plane, im Herbst nach München zu ziehen.\n\n"
        "Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde "
        "ich mich sehr freuen.\n\n" + SIG_DE + "\n"
    ),
    attach=[("pdf", "Lebenslauf_Mateo_Villanueva-Okoro.pdf", [
        "Mateo Villanueva-Okoro",
        "Málaga (Spanien) · mateo.vo@example.es",
        "Profil: 6 Jahre Gastronomie, Umstieg in die Datenanalyse.",
    ], "Lebenslauf")],
    cte="quoted-printable",
))

add(msg(
    OTHER, "isarwerk_ooo", "de", contact="franziska.huber@isarwerk.example.de",
    frm=("Franziska Huber", "franziska.huber@isarwerk.example.de"),
    subject="Abwesenheitsnotiz: Re: Neuer Termin: Kennenlernen Isarwerk Analytics",
    date="2026-05-26 07:12 +0200",
    text=(
        "Hallo,\n\n"
        "vielen Dank für deine Nachricht. Ich bin bis einschließlich 29. Mai nicht im Büro. "
        "Bei Fragen zu laufenden Bewerbungen oder Interviewterminen wende dich bitte an "
        "jobs@isarwerk.example.de.\n\n"
        "Viele Grüße\n"
        "Franziska Huber\n"
    ),
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    cte="quoted-printable",
))

add(msg(
    OTHER, "sprachschule_kurs_abgesagt", "de",
    frm=("Sprachschule am Marienplatz", "no-reply@sprachschule-marienplatz.example.de"),
    subject="Absage: Deutschkurs B2 (Abendkurs) – Kurs findet nicht statt",
    subj_enc=("utf-8", "Q"),
    date="2026-08-28 10:00 +0200",
    text=(
        "Sehr geehrter Herr Villanueva-Okoro,\n\n"
        "leider müssen wir Ihnen mitteilen, dass der Abendkurs Deutsch B2 ab dem 7. September "
        "mangels Teilnehmender nicht stattfindet. Ihre Anmeldung wird storniert und die "
        "Kursgebühr vollständig erstattet.\n\n"
        "Ihr Einstufungstest bleibt gültig; gern bieten wir Ihnen einen Platz im Intensivkurs "
        "ab Oktober an.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihre Sprachschule am Marienplatz\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
))

add(msg(
    OTHER, "wohnung_besichtigung_absage", "de", contact="a.hofbauer@hausverwaltung-hofbauer.example.de",
    frm=("Andrea Hofbauer", "a.hofbauer@hausverwaltung-hofbauer.example.de"),
    subject="Besichtigung Giesinger Berg 7 – Absage",
    date="2026-09-17 15:33 +0200",
    text=(
        "Sehr geehrter Herr Villanueva-Okoro,\n\n"
        "der Besichtigungstermin für die 2-Zimmer-Wohnung am Giesinger Berg 7 am Samstag "
        "entfällt leider: Der Eigentümer hat sich bereits für Mietinteressenten aus der ersten "
        "Besichtigungsrunde entschieden.\n\n"
        "Wir nehmen Sie gern in unsere Interessentenliste für ähnliche Wohnungen auf.\n\n"
        "Freundliche Grüße\n"
        "Andrea Hofbauer\n"
        "Hausverwaltung Hofbauer · Tegernseer Landstraße 60 · 81541 München\n"
    ),
    cte="base64",
))

assert len(MESSAGES) == 52, len(MESSAGES)
_unused = (ME,)
