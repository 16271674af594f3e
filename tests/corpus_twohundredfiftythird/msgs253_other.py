# ruff: noqa: C408  (every message is written as a dict(...) call: keyword names read as a form)
"""Corpus 253, other: 52 hand-written messages (es 26, en 14, fr 6, de 6) that are none of the
job events: digests and newsletters, advice, the candidate's own mail, cold approaches,
notifications, auto-replies and everyday mail that borrows the same words."""

from __future__ import annotations

from msgs253_common import (
    ME,
    ats_card,
    button,
    forward_block,
    mso,
    newsletter,
    newsletter_text,
    outlook_html,
    page,
    paragraphs,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>,\n <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ================================================================ Spanish (26)

_es_items = [
    ("Delegada comercial implantología – Madrid Este (nueva)",
     "https://empleosanitario.example.es/o/88213?utm_source=alerta",
     "Distribuidora dental busca perfil con experiencia clínica. Entrevistas en marzo."),
    ("Visitador/a médico/a – Toledo y Ciudad Real",
     "https://empleosanitario.example.es/o/88190?utm_source=alerta",
     "Laboratorio nacional. Coche de empresa. Incorporación inmediata."),
    ("Asesor/a de producto ortodoncia – Guadalajara",
     "https://empleosanitario.example.es/o/88177?utm_source=alerta",
     "Jornada completa, fijo + variable."),
    ("Artículo: qué hacer cuando te rechazan después de la entrevista final",
     "https://empleosanitario.example.es/blog/rechazo-entrevista-final",
     "Cómo pedir feedback sin quemar puentes y qué aprender de un «no»."),
]
add(dict(
    kind="other", name="empleo_sanitario_alert_digest", lang="es", company="", contact="",
    frm=("Empleo Sanitario · Alertas", "alertas@empleosanitario.example.es"),
    subject="3 ofertas nuevas para «Delegada comercial» en Madrid y alrededores",
    date="2026-02-27 07:00 +0100",
    headers=list_headers("Alertas Empleo Sanitario <alertas.empleosanitario.example.es>",
                         "https://empleosanitario.example.es/baja?u=cbr-9912",
                         "baja@empleosanitario.example.es"),
    text=newsletter_text(
        "Tus alertas de empleo", "Hola Consuelo, estas son las novedades de tu alerta "
        "«Delegada comercial · sector dental».", _es_items,
        "Recibes este correo porque creaste una alerta en Empleo Sanitario. Darte de baja: "
        "https://empleosanitario.example.es/baja?u=cbr-9912"),
    html=newsletter(
        "Tus alertas de empleo", "Hola Consuelo, estas son las novedades de tu alerta "
        "«Delegada comercial · sector dental».", _es_items,
        'Recibes este correo porque creaste una alerta. <a href="https://empleosanitario.'
        'example.es/baja?u=cbr-9912">Darte de baja</a>', lang="es"),
))

add(dict(
    kind="other", name="consejos_entrevista_visita_medica", lang="es", company="", contact="",
    frm=("Carrera Farma", "boletin@carrerafarma.example.es"),
    subject="5 errores que hunden una entrevista de visitador médico",
    date="2026-03-05 08:30 +0100",
    headers=list_headers("Boletin Carrera Farma <boletin.carrerafarma.example.es>",
                         "https://carrerafarma.example.es/unsubscribe/cbr",
                         "unsubscribe@carrerafarma.example.es"),
    html=page(
        "<h1>5 errores que hunden una entrevista de visitador médico</h1>"
        "<p>La entrevista para un puesto de visita médica no se parece a ninguna otra: te "
        "van a pedir que vendas en directo. Estos son los fallos que más vemos.</p>"
        "<ol><li><b>No conocer la cartera del laboratorio.</b> Llega sabiendo sus tres "
        "productos principales.</li>"
        "<li><b>Hablar de ti y no del médico.</b> La simulación de visita se gana "
        "escuchando.</li>"
        "<li><b>Eludir la pregunta del rechazo.</b> Te preguntarán cómo encajas un «no» de "
        "un cliente: prepara un ejemplo real.</li>"
        "<li><b>No preguntar por el territorio.</b></li>"
        "<li><b>Olvidar el correo de agradecimiento.</b></li></ol>"
        "<p><a href=\"https://carrerafarma.example.es/blog/errores-entrevista\">Leer el "
        "artículo completo</a></p>"
        "<p style=\"font-size:11px;color:#888\">Carrera Farma · Madrid · "
        "<a href=\"https://carrerafarma.example.es/unsubscribe/cbr\">Cancelar suscripción</a>"
        "</p>", lang="es"),
))

add(dict(
    kind="other", name="own_thanks_ortoduran", lang="es", company="", contact="",
    frm=ME, to=[("Íñigo Salcedo", "inigo.salcedo@ortoduran.example.es")],
    cc=[("Beatriz Llorente", "beatriz.llorente@ortoduran.example.es")],
    subject="Gracias por la entrevista de hoy",
    date="2026-02-20 19:31 +0100", id="ortoduran_thanks", parent="ortoduran_moved",
    text=(
        "Hola Íñigo, hola Beatriz:\n\n"
        "Muchas gracias por la entrevista de esta mañana y por el cambio de horario, que al "
        "final me vino muy bien. Me quedé con muchas ganas de trabajar con vuestro sistema "
        "de conexión cónica; creo que mis años en gabinete me ayudarían a hablar el mismo "
        "idioma que los odontólogos.\n\n"
        "Quedo pendiente de vuestras noticias.\n\n"
        "Un saludo,\n"
        "Consuelo Baptiste-Reinholt\n"
        "+34 611 48 22 09\n"
    ),
    headers=[("User-Agent", "Mozilla Thunderbird 128.6")],
))

add(dict(
    kind="other", name="own_application_nexomed_cv", lang="es", company="", contact="",
    frm=ME, to=[("Marta Lueje", "marta.lueje@nexomed.example.es")],
    subject="Candidatura Especialista de Producto – Implantología",
    date="2026-03-23 19:32 +0100", id="nexomed_application",
    text=(
        "Buenas tardes, Marta:\n\n"
        "Te envío mi candidatura para el puesto de Especialista de Producto – Implantología "
        "publicado en vuestra web. Adjunto el CV.\n\n"
        "Soy asistente dental titulada (Chile, título homologado en España) con ocho años de "
        "experiencia en cirugía e implantes y me gustaría orientar mi carrera hacia la "
        "venta técnica.\n\n"
        "Un saludo,\n"
        "Consuelo\n"
    ),
    pdf=[dict(filename="CV_Consuelo_Baptiste-Reinholt.pdf", title="Curriculum vitae",
              lines=["Consuelo Baptiste-Reinholt", "consuelo.br@example.cl · Madrid", "",
                     "Experiencia: asistente dental, 2017-2025, Valparaíso",
                     "Formación: Técnico en Odontología", "Idiomas: español, inglés, "
                     "francés (B1), alemán (A2)"])],
))

add(dict(
    kind="other", name="own_apology_sonrisa_reschedule", lang="es", company="", contact="",
    frm=ME, to=[("Berta Quiles", "berta.quiles@sonrisaplena.example.es")],
    subject="Re: ¿Tienes un rato el jueves?",
    date="2026-03-12 13:05 +0100", id="sonrisa_apology", parent="sonrisa_missed",
    text=reply(
        "Hola Berta:\n\n"
        "Te pido mil disculpas. Anoté la llamada para el viernes por error y esta mañana "
        "estaba en una clínica sin mirar el correo. ¿Podríamos hablar mañana o el lunes a la "
        "hora que os venga bien? Me haría mucha ilusión conoceros.\n\n"
        "Un saludo y perdón de nuevo,\nConsuelo",
        "El jue, 12 mar 2026 a las 10:26, Berta Quiles "
        "<berta.quiles@sonrisaplena.example.es> escribió:",
        "Hola Consuelo:\n\nTe hemos estado esperando en Teams desde las 10:00 Jaime y yo, "
        "pero no te has conectado. ¿Ha pasado algo?",
    ),
))

add(dict(
    kind="other", name="halcon_cold_approach", lang="es", company="",
    contact="carmen.ribas@halconribas.example.es",
    frm=("Carmen Ribas", "carmen.ribas@halconribas.example.es"),
    subject="Tu perfil y el sector de suturas",
    date="2026-05-05 09:48 +0200", id="halcon_cold",
    text=(
        "Hola Consuelo:\n\n"
        "Soy Carmen Ribas, socia de Halcón & Ribas, una boutique de búsqueda de directivos y "
        "mandos comerciales en salud. He visto tu perfil en la red profesional y me ha "
        "llamado la atención tu paso de la clínica a la venta.\n\n"
        "No tengo ahora mismo ningún proceso abierto que encaje, pero trabajo a menudo con "
        "fabricantes de material quirúrgico y me gustaría conocerte para tenerte en cuenta. "
        "Si te apetece, dime y tomamos un café por la Castellana cualquier día.\n\n"
        "Un saludo,\n"
        "Carmen Ribas\n"
        "Halcón & Ribas Executive Search\n"
        "Paseo de la Castellana 121, 28046 Madrid · +34 914 170 633\n"
    ),
))

add(dict(
    kind="other", name="amiga_valparaiso_no_quede", lang="es", company="",
    contact="javiera.munoz@correo.example.cl",
    frm=("Javiera Muñoz", "javiera.munoz@correo.example.cl"),
    subject="no quedé 😩",
    date="2026-04-04 21:40 -0300",
    text=(
        "Conchi!!\n\n"
        "Te cuento que me llegó el correo de la clínica de Viña: no quedé en el cargo de "
        "coordinadora. Me dijeron que «optaron por un perfil con más experiencia en gestión» "
        "y yo llevo diez años ahí, imagínate la rabia. Bueno, ya se me pasará.\n\n"
        "¿Y tú cómo vas con las entrevistas en Madrid? Cuéntame todo, que te echo de menos. "
        "Un abrazo gigante y saludos a tu mamá cuando hables con ella.\n\n"
        "Javi\n"
    ),
))

add(dict(
    kind="other", name="banco_posicion_consolidada", lang="es", company="", contact="",
    frm=("Banco Costanera", "no-responder@bancocostanera.example.cl"),
    subject="Su posición consolidada al 30 de abril de 2026",
    date="2026-05-02 06:15 -0400",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Banco Costanera", paragraphs(
        "Estimada clienta Consuelo Baptiste-Reinholt:\n\n"
        "Ya está disponible su cartola mensual con la posición consolidada de sus productos "
        "al 30 de abril de 2026 (cuenta corriente, cuenta de ahorro y depósito a plazo).\n\n"
        "Si desea agendar una reunión con su ejecutiva de cuenta para revisar su inversión, "
        "puede hacerlo desde la app.\n\n"
        "Este correo es informativo; Banco Costanera nunca le solicitará claves por este "
        "medio."), "Banco Costanera S.A. · Av. Errázuriz 1178, Valparaíso", accent="#003049",
        lang="es"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
))

add(dict(
    kind="other", name="casero_cita_tecnico_caldera", lang="es", company="",
    contact="fermin.alcocer@correo.example.es",
    frm=("Fermín Alcocer", "fermin.alcocer@correo.example.es"),
    subject="Cita con el técnico de la caldera",
    date="2026-01-29 20:12 +0100",
    text=(
        "Hola Consuelo:\n\n"
        "Ya he hablado con el técnico de la caldera. Tiene cita para pasar por el piso el "
        "martes 3 de febrero entre las 9 y las 11. Si a esa hora estás en una entrevista o "
        "no puedes, dímelo y le doy la llave a la portera.\n\n"
        "Perdona por la semana sin agua caliente.\n\n"
        "Un saludo,\n"
        "Fermín\n"
    ),
))

add(dict(
    kind="other", name="master_no_admitida", lang="es", company="",
    contact="admisiones@ensalud.example.es",
    frm=("Escuela de Negocios Sanitarios – Admisiones", "admisiones@ensalud.example.es"),
    subject="Resolución de admisión – Máster en Marketing Farmacéutico",
    date="2026-06-19 13:00 +0200",
    text=(
        "Estimada Consuelo Baptiste-Reinholt:\n\n"
        "Le agradecemos su solicitud de admisión al Máster en Marketing Farmacéutico y "
        "Ventas, edición 2026-2027.\n\n"
        "Tras la entrevista personal y la valoración de su expediente, lamentamos "
        "comunicarle que no ha obtenido plaza en esta edición. Ha quedado en el puesto 14 de "
        "la lista de espera; si se libera alguna plaza antes del 15 de septiembre, le "
        "avisaremos.\n\n"
        "Atentamente,\n"
        "Oficina de Admisiones\n"
        "Escuela de Negocios Sanitarios\n"
    ),
    cte="quoted-printable",
))

add(dict(
    kind="other", name="centro_salud_recordatorio_cita", lang="es", company="", contact="",
    frm=("Centro de Salud Delicias – Citas", "citas-noreply@salud.example.es"),
    subject="Recordatorio de cita: Medicina de Familia",
    date="2026-02-09 18:00 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Le recordamos su cita:\n\n"
        "Paciente: CONSUELO BAPTISTE-REINHOLT\n"
        "Fecha: 11/02/2026 a las 08:40\n"
        "Profesional: Dra. Ana Ferrero - Medicina de Familia, consulta 12\n"
        "Centro: C.S. Delicias, Paseo de las Delicias 65, Madrid\n\n"
        "Si no puede acudir, anule la cita desde la app o llamando al 91 370 00 00 para que "
        "otra persona pueda usar el hueco.\n\n"
        "Este es un mensaje automático, no responda.\n"
    ),
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="other", name="paquete_retrasado", lang="es", company="", contact="",
    frm=("RutaExpress", "notificaciones@rutaexpress.example.es"),
    subject="Lamentablemente tu paquete llegará con retraso",
    date="2026-03-26 15:20 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("RutaExpress", paragraphs(
        "Hola Consuelo:\n\n"
        "Lamentablemente tu envío 4471-ES-22918 (remitente: Tienda Uniformes Clínicos) no "
        "podrá entregarse hoy por una incidencia en nuestro centro de Coslada.\n\n"
        "Nueva fecha estimada de entrega: lunes 30 de marzo, entre las 9:00 y las 14:00.\n\n"
        "Sentimos las molestias.") + button(
        "Seguir mi envío", "https://rutaexpress.example.es/seguimiento/4471-ES-22918",
        accent="#e63946"), "RutaExpress · Este mensaje se ha enviado automáticamente.",
        accent="#e63946", lang="es"),
))

add(dict(
    kind="other", name="gps_posicion_actualizada", lang="es", company="", contact="",
    frm=("LocalizaMe", "alertas@localizame.example.es"),
    subject="Posición GPS actualizada: Consuelo ha llegado a «Trabajo»",
    date="2026-04-21 08:57 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "LocalizaMe\n\n"
        "Consuelo ha llegado a la zona «Trabajo» (Av. de Castilla, Guadalajara).\n"
        "Posición: 40.6411, -3.1548 (precisión 12 m)\n"
        "Hora: 08:56\n\n"
        "Ver en el mapa: https://localizame.example.es/mapa?p=40.6411,-3.1548\n\n"
        "Gestiona las notificaciones de tu círculo familiar en la app.\n"
    ),
))

add(dict(
    kind="other", name="red_profesional_notificaciones", lang="es", company="", contact="",
    frm=("RedPro", "notificaciones@redpro.example.com"),
    subject="Consuelo, tu perfil apareció en 23 búsquedas esta semana",
    date="2026-05-11 06:05 +0000",
    headers=list_headers("RedPro semanal <semanal.redpro.example.com>",
                         "https://redpro.example.com/ajustes/correo?u=cbr",
                         "unsub@redpro.example.com"),
    text=(
        "Tu semana en RedPro\n\n"
        "- Tu perfil apareció en 23 búsquedas (reclutadores de Halcón & Ribas, Farmavía y 2 "
        "más).\n"
        "- Carmen Ribas ha visto tu perfil.\n"
        "- Empleos que te pueden interesar: Visitadora médica (Toledo), Product Specialist "
        "(Madrid), Delegada técnica (Guadalajara).\n"
        "- Consejo: los perfiles con foto reciben hasta 9 veces más invitaciones a "
        "entrevistas.\n\n"
        "Ver más: https://redpro.example.com/semana\n"
        "Darse de baja: https://redpro.example.com/ajustes/correo?u=cbr\n"
    ),
))

add(dict(
    kind="other", name="ooo_ortoduran_respuesta_automatica", lang="es", company="",
    contact="inigo.salcedo@ortoduran.example.es",
    frm=("Íñigo Salcedo", "inigo.salcedo@ortoduran.example.es"),
    subject="Respuesta automática: Carta de oferta firmada",
    date="2026-03-09 08:02 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=(
        "Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 16 de marzo, sin "
        "acceso al correo.\n\n"
        "Para temas de entrevistas, ofertas o incorporaciones, puedes escribir a mi "
        "compañera Beatriz Llorente (beatriz.llorente@ortoduran.example.es).\n\n"
        "Íñigo Salcedo\n"
        "Ortoduran Dental Systems\n"
    ),
))

add(dict(
    kind="other", name="podcast_invitacion_entrevista", lang="es", company="",
    contact="matias.pizarro@dientesenruta.example.cl",
    frm=("Matías Pizarro", "matias.pizarro@dientesenruta.example.cl"),
    subject="¿Te animas a una entrevista para el podcast?",
    date="2026-06-03 12:30 -0400",
    text=(
        "Hola Consuelo, ¿cómo estás?\n\n"
        "Soy Matías, conduzco «Dientes en Ruta», un podcast para asistentes y técnicos "
        "dentales de Chile. Una colega me contó que te fuiste a Madrid y que te estás "
        "pasando a ventas de dispositivos médicos, y nos encantaría hacerte una entrevista "
        "de unos 40 minutos sobre ese cambio.\n\n"
        "Grabamos por Zoom; la idea es subir el capítulo en julio. ¿Te tinca? Si me dices que "
        "sí, te mando fechas.\n\n"
        "Saludos,\n"
        "Matías Pizarro\n"
        "Dientes en Ruta · podcast\n"
    ),
))

add(dict(
    kind="other", name="user_research_app_empleo", lang="es", company="", contact="",
    frm=("Equipo de Investigación de Buscaempleo", "research@buscaempleo.example.es"),
    subject="¿Nos regalas 30 minutos? Entrevista de investigación (tarjeta de 25 €)",
    date="2026-06-24 10:00 +0200",
    html=page(paragraphs(
        "Hola Consuelo:\n\n"
        "Estamos rediseñando la forma en que Buscaempleo te avisa de las entrevistas y del "
        "estado de tus candidaturas, y queremos escuchar a personas que están buscando "
        "trabajo ahora mismo.\n\n"
        "Te invitamos a una entrevista de investigación de 30 minutos por videollamada. No "
        "hay respuestas correctas ni incorrectas: solo queremos entender cómo lo vives. Como "
        "agradecimiento, te enviaremos una tarjeta regalo de 25 €.\n\n"
        "Reserva tu hueco aquí: https://buscaempleo.example.es/research/agenda\n\n"
        "Gracias,\nEquipo de Investigación de Usuarios"), lang="es"),
))

_mp_items = [
    ("Comercial sector dental – Toledo",
     "https://manpuesto.example.es/ofertas/5531", "Contrato de 6 meses con posibilidad de "
     "incorporación. Se requiere carnet B."),
    ("Delegado/a farmacia – Guadalajara",
     "https://manpuesto.example.es/ofertas/5529", "Visita a farmacias y parafarmacias."),
    ("Teleoperador/a citas clínica dental",
     "https://manpuesto.example.es/ofertas/5520", "Gestión de agenda y confirmación de citas."),
]
add(dict(
    kind="other", name="manpuesto_ofertas_semana", lang="es", company="", contact="",
    frm=("Manpuesto ETT", "ofertas@manpuesto.example.es"),
    subject="Ofertas de la semana en Toledo y Guadalajara",
    date="2026-03-02 08:00 +0100",
    headers=list_headers("Ofertas Manpuesto <ofertas.manpuesto.example.es>",
                         "https://manpuesto.example.es/baja?r=CND-55812",
                         "baja@manpuesto.example.es"),
    text=newsletter_text("Ofertas de la semana", "Estas son las posiciones abiertas que "
                         "encajan con tu alta en nuestra bolsa:", _mp_items,
                         "Manpuesto ETT · Baja: https://manpuesto.example.es/baja?r=CND-55812"),
    html=newsletter("Ofertas de la semana", "Estas son las posiciones abiertas que encajan "
                    "con tu alta en nuestra bolsa:", _mp_items,
                    'Manpuesto ETT · <a href="https://manpuesto.example.es/baja?r=CND-55812">'
                    "Baja</a>", lang="es", accent="#d62828"),
    charset="windows-1252", cte="quoted-printable", html_cte="quoted-printable",
))

add(dict(
    kind="other", name="own_application_crescendo_referral", lang="es", company="",
    contact="",
    frm=ME, to=[("Núria Casals", "nuria.casals@crescendopharma.example.es")],
    subject="Candidatura Medical Sales Representative – de parte de Elena Ortiz",
    date="2026-06-15 17:55 +0200", id="crescendo_application",
    text=(
        "Hola Núria:\n\n"
        "Elena Ortiz me ha pasado tu correo. Acabo de enviar mi solicitud en el portal "
        "para el puesto de Medical Sales Representative – Madrid Sur (ref. 2026-0412) y "
        "quería presentarme también por aquí.\n\n"
        "Llevo ocho años como asistente dental y este año me he formado en visita médica. "
        "Me encantaría tener la oportunidad de hacer una entrevista con vuestro equipo.\n\n"
        "Gracias por tu tiempo,\n"
        "Consuelo Baptiste-Reinholt\n"
        "+34 611 48 22 09\n"
    ),
))

add(dict(
    kind="other", name="own_acceptance_medisur", lang="es", company="", contact="",
    frm=ME, to=[("Olga Merino", "olga.merino@medisur.example.es")],
    cc=[("Sergio Lacasa", "sergio.lacasa@medisur.example.es")],
    subject="Re: Lo que hablamos esta mañana",
    date="2026-05-13 09:14 +0200", parent="medisur_offer",
    text=reply(
        "Buenos días, Olga:\n\n"
        "Lo he pensado con calma y acepto encantada. Quedo a la espera del contrato de "
        "Sergio para revisarlo y firmarlo.\n\n"
        "¡Muchísimas gracias por la confianza!\n"
        "Consuelo",
        "El mar, 12 may 2026 a las 14:05, Olga Merino <olga.merino@medisur.example.es> "
        "escribió:",
        "Como te he dicho por teléfono, queremos que te incorpores al equipo como Técnica "
        "Comercial en Guadalajara. Te resumo por escrito lo que te he ofrecido: contrato "
        "indefinido con seis meses de prueba, 28.500 € fijos más un 15 % de variable...",
    ),
))

add(dict(
    kind="other", name="webinar_negociar_oferta", lang="es", company="", contact="",
    frm=("Comunidad Ventas Salud", "eventos@ventassalud.example.es"),
    subject="Webinar gratuito: cómo negociar tu primera oferta en ventas sanitarias",
    date="2026-08-27 11:00 +0200",
    headers=list_headers("Eventos Ventas Salud <eventos.ventassalud.example.es>",
                         "https://ventassalud.example.es/baja",
                         "baja@ventassalud.example.es"),
    html=page(
        "<h2>¿Te han hecho una oferta? No la firmes todavía.</h2>"
        "<p>El jueves 3 de septiembre a las 19:00 (hora peninsular) la headhunter Paloma Rius "
        "explicará cómo leer una oferta de empleo en visita médica: fijo, variable, coche y "
        "dietas, y qué se puede negociar sin arriesgar la posición.</p>"
        "<p>También hablaremos de qué hacer si te rechazan después de la última entrevista y "
        "cómo preparar la entrevista con el director regional.</p>"
        "<p><a href=\"https://ventassalud.example.es/webinar/negociar-oferta\">Reserva tu "
        "plaza</a></p>"
        "<p style=\"font-size:11px\">Comunidad Ventas Salud · <a href=\"https://ventassalud."
        "example.es/baja\">Darme de baja</a></p>", lang="es"),
))

add(dict(
    kind="other", name="amiga_reenvia_vacante", lang="es", company="",
    contact="elena.ortiz@correo.example.es",
    frm=("Elena Ortiz", "elena.ortiz@correo.example.es"),
    subject="Fwd: Vacante Medical Sales Representative Madrid Sur",
    date="2026-06-12 22:08 +0200",
    text=(
        "Conchi, mira esto que nos ha llegado en la intranet, creo que es para ti. Si "
        "quieres escríbele a Núria de mi parte (nuria.casals@crescendopharma.example.es), es "
        "maja.\n\n"
        "Besos,\nElena\n\n"
        + forward_block(
            "es", "Comunicación Interna <comunicacion@crescendopharma.example.es>",
            "vie, 12 jun 2026, 10:15", "Vacante Medical Sales Representative Madrid Sur",
            "Toda la plantilla <plantilla@crescendopharma.example.es>",
            "Buscamos Medical Sales Representative para Madrid Sur (ref. 2026-0412). Si "
            "conoces a alguien con experiencia en el ámbito sanitario, anímale a aplicar en el "
            "portal de empleo. Las candidaturas referidas que acaben en contratación tienen "
            "premio.")
    ),
))

add(dict(
    kind="other", name="escuela_idiomas_entrevista_nivel", lang="es", company="",
    contact="secretaria@eoi-centro.example.es",
    frm=("Escuela Oficial de Idiomas Madrid-Centro", "secretaria@eoi-centro.example.es"),
    subject="Cita para la prueba de clasificación (entrevista oral) – Alemán",
    date="2026-09-04 12:40 +0200",
    text=(
        "Estimada alumna:\n\n"
        "Le comunicamos la fecha de su prueba de clasificación de alemán. La parte escrita "
        "se realiza en línea; la entrevista oral será presencial:\n\n"
        "Día: miércoles 16 de septiembre de 2026\n"
        "Hora: 17:20\n"
        "Aula: 2.04, edificio B\n\n"
        "Traiga su documento de identidad. El resultado determinará el curso en el que "
        "quedará matriculada.\n\n"
        "Secretaría · EOI Madrid-Centro\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", name="colegio_entrevista_admision_hijo", lang="es", company="",
    contact="admisiones@colegiolosolivos.example.es",
    frm=("Colegio Los Olivos – Admisiones", "admisiones@colegiolosolivos.example.es"),
    subject="Entrevista de admisión de Tomás – 1.º de Primaria",
    date="2026-04-27 13:25 +0200",
    text=(
        "Estimada familia:\n\n"
        "Hemos recibido la solicitud de plaza de Tomás para 1.º de Educación Primaria en el "
        "curso 2026-2027. Les convocamos a la entrevista de admisión con la orientadora del "
        "centro el martes 5 de mayo a las 16:30 en la secretaría.\n\n"
        "Por favor, confirmen su asistencia respondiendo a este correo.\n\n"
        "Un saludo,\n"
        "Secretaría de Admisiones\n"
        "Colegio Los Olivos · C/ Embajadores 200, Madrid\n"
    ),
))

add(dict(
    kind="other", name="own_thanks_farmavia", lang="es", company="", contact="",
    frm=ME, to=[("Lucía Prieto", "lucia.prieto@farmavia.example.es")],
    subject="Gracias por la entrevista de hoy",
    date="2026-01-27 18:40 +0100", id="farmavia_thanks", parent="farmavia_screen",
    text=(
        "Hola Lucía:\n\n"
        "Muchas gracias por la entrevista de esta mañana con Andrés y contigo. Me quedo con "
        "muchas ganas de pasar a la siguiente fase y de conocer al equipo de Madrid Norte.\n"
        "Quedo a vuestra disposición para cualquier cosa que necesitéis.\n\n"
        "Un saludo,\nConsuelo\n"
    ),
))

add(dict(
    kind="other", name="cita_previa_extranjeria_huellas", lang="es", company="", contact="",
    frm=("Cita Previa Extranjería", "no-reply@citaprevia.example.gob.es"),
    subject="Justificante de cita previa: Toma de huellas (TIE)",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-01-16 09:41 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "JUSTIFICANTE DE CITA PREVIA\n\n"
        "Trámite: POLICÍA - TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA) Y RENOVACIÓN DE TARJETA\n"
        "Interesada: BAPTISTE-REINHOLT, CONSUELO\n"
        "Día: 03/02/2026  Hora: 10:12\n"
        "Oficina: Comisaría de Aluche, Av. de los Poblados s/n, Madrid\n"
        "Código de justificante: 7A2F9C10\n\n"
        "Deberá presentarse con este justificante, el pasaporte y la tasa abonada. Si no "
        "puede acudir, anule la cita para liberar la posición en la agenda.\n\n"
        "Mensaje generado automáticamente. No responda a este correo.\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
))

# ================================================================ English (14)

_en_items = [
    ("Territory Manager, Dental Implants - London & South East",
     "https://medsalesweekly.example.co.uk/jobs/4410", "Interviews running now; the hiring "
     "manager says unsuccessful applicants will hear back within a week."),
    ("Clinical Specialist, Orthodontics - Lisbon (English speaking)",
     "https://medsalesweekly.example.co.uk/jobs/4407", "Relocation package."),
    ("Hospital Sales Representative - Frankfurt",
     "https://medsalesweekly.example.co.uk/jobs/4399", "German B2 required."),
    ("Reader story: three rejections, then an offer",
     "https://medsalesweekly.example.co.uk/stories/three-rejections",
     "How a former dental nurse landed her first sales role."),
]
add(dict(
    kind="other", name="medsales_weekly_digest", lang="en", company="", contact="",
    frm=("MedSales Weekly", "digest@medsalesweekly.example.co.uk"),
    subject="MedSales Weekly: 38 new roles, and how to bounce back from rejection",
    date="2026-04-14 07:30 +0100",
    headers=list_headers("MedSales Weekly <weekly.medsalesweekly.example.co.uk>",
                         "https://medsalesweekly.example.co.uk/unsubscribe?id=cbr77",
                         "leave@medsalesweekly.example.co.uk"),
    text=newsletter_text("MedSales Weekly", "Hi Consuelo, here's your weekly round-up of "
                         "medical sales openings.", _en_items,
                         "Unsubscribe: https://medsalesweekly.example.co.uk/unsubscribe?id=cbr77"),
    html=newsletter("MedSales Weekly", "Hi Consuelo, here's your weekly round-up of medical "
                    "sales openings.", _en_items,
                    '<a href="https://medsalesweekly.example.co.uk/unsubscribe?id=cbr77">'
                    "Unsubscribe</a>", lang="en", accent="#264653"),
))

add(dict(
    kind="other", name="article_handling_rejection", lang="en", company="", contact="",
    frm=("The Career Switch", "hello@thecareerswitch.example.com"),
    subject="Why 'we've decided not to proceed' isn't the end of the story",
    date="2026-05-19 12:00 +0000",
    headers=list_headers("The Career Switch <newsletter.thecareerswitch.example.com>",
                         "https://thecareerswitch.example.com/u/cbr",
                         "unsubscribe@thecareerswitch.example.com"),
    text=(
        "THE CAREER SWITCH - issue 112\n\n"
        "Why 'we've decided not to proceed' isn't the end of the story\n\n"
        "Most rejection emails are written by a template, not by the person who interviewed "
        "you. This week we look at how career switchers - nurses, dental assistants, "
        "teachers - can turn a polite no into useful feedback, and when it's worth asking "
        "for a second interview with a different team.\n\n"
        "Also inside: how to prepare for a panel interview in medical sales, and the three "
        "questions to ask before accepting an offer.\n\n"
        "Read online: https://thecareerswitch.example.com/issues/112\n\n"
        "You're receiving this because you subscribed at thecareerswitch.example.com.\n"
        "Unsubscribe: https://thecareerswitch.example.com/u/cbr\n"
    ),
))

add(dict(
    kind="other", name="own_thanks_solent", lang="en", company="", contact="",
    frm=ME, to=[("Gareth Price", "gareth.price@solentortho.example.co.uk")],
    subject="Thank you for today",
    date="2026-04-23 19:05 +0200", id="solent_thanks", parent="solent_invite",
    text=(
        "Hi Gareth,\n\n"
        "Thank you for the chat this afternoon. I really enjoyed hearing how the team works "
        "with the orthodontic practices, and I'd love to move on to the next interview.\n\n"
        "Best wishes,\nConsuelo\n"
    ),
))

add(dict(
    kind="other", name="own_apology_tejo", lang="en", company="", contact="",
    frm=ME, to=[("Sofia Albuquerque", "sofia.albuquerque@tejo-diagnostics.example.pt")],
    subject="Re: Missed you this morning",
    date="2026-04-15 12:02 +0200", parent="tejo_missed",
    text=reply(
        "Dear Sofia,\n\n"
        "I'm so sorry. I booked the slot for 10:30 Madrid time instead of Lisbon time and "
        "joined an hour early, then had to leave for a clinic shift. Entirely my mistake. "
        "Would you be willing to give me another slot? I'm available any afternoon this "
        "week.\n\n"
        "Kind regards,\nConsuelo Baptiste-Reinholt",
        "On Wed, 15 Apr 2026 at 12:12, Sofia Albuquerque "
        "<sofia.albuquerque@tejo-diagnostics.example.pt> wrote:",
        "I waited on the Google Meet for our 10:30 interview until about 10:50, but you "
        "didn't join.",
    ),
))

add(dict(
    kind="other", name="brackenfield_cold_approach", lang="en", company="",
    contact="oliver.grant@brackenfield.example.co.uk",
    frm=("Oliver Grant", "oliver.grant@brackenfield.example.co.uk"),
    subject="Dental sales in London - open to a conversation?",
    date="2026-02-03 16:48 +0000",
    text=(
        "Hi Consuelo,\n\n"
        "I'm a specialist recruiter at Brackenfield Talent, focused on dental and aesthetics "
        "sales across the UK. I came across your profile and your clinical background is "
        "exactly what a lot of my clients say they're missing.\n\n"
        "I don't have a specific vacancy to put in front of you today, but I'd like to "
        "understand what you're looking for so I can call you first when something fits. "
        "Would a 15-minute call at some point suit you?\n\n"
        "Best regards,\n"
        "Oliver Grant\n"
        "Senior Consultant | Brackenfield Talent\n"
        "+44 7700 900412\n"
    ),
))

add(dict(
    kind="other", name="proconnect_notification", lang="en", company="", contact="",
    frm=("ProConnect", "notifications@proconnect.example.com"),
    subject="You have 2 new invitations and 5 jobs picked for you",
    date="2026-07-07 05:40 +0000",
    headers=[("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://proconnect.example.com/settings/email?u=cbr>")],
    html=ats_card("ProConnect", paragraphs(
        "Consuelo, here's what you missed:\n\n"
        "- Priya Nair (Commercial Director at Orbis Implant) wants to connect\n"
        "- Tom Ellery (Research Associate at Kestrel Search Partners) wants to connect\n\n"
        "Jobs picked for you: Territory Manager (Orbis Implant), Key Account Manager "
        "(Quayside Medical Devices), Sales Specialist (Atlântico MedTech) and 2 more.\n\n"
        "Tip: members who add skills get 3x more interview requests.") + button(
        "See all", "https://proconnect.example.com/notifications", accent="#0a66c2"),
        "ProConnect · You are receiving notification emails. "
        '<a href="https://proconnect.example.com/settings/email?u=cbr">Unsubscribe</a>',
        accent="#0a66c2", lang="en"),
))

add(dict(
    kind="other", name="ooo_lumen_auto_reply", lang="en", company="",
    contact="eleanor.marsh@lumenoralcare.example.co.uk",
    frm=("Eleanor Marsh", "eleanor.marsh@lumenoralcare.example.co.uk"),
    subject="Automatic reply: Question about the assessment centre dress code",
    date="2026-08-17 09:01 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=(
        "Thank you for your email. I'm on annual leave until Monday 24 August with limited "
        "access to email.\n\n"
        "If your message is about an interview, assessment centre or offer, please contact "
        "earlycareers@lumenoralcare.example.co.uk and a colleague will help.\n\n"
        "Eleanor\n"
    ),
))

add(dict(
    kind="other", name="parcel_delayed_unfortunately", lang="en", company="", contact="",
    frm=("Swiftparcel", "tracking@swiftparcel.example.pt"),
    subject="Unfortunately, your parcel is delayed",
    date="2026-08-28 14:12 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Consuelo,\n\n"
        "Unfortunately your parcel SP-PT-7781204 is running late due to a backlog at our "
        "Lisbon hub. We now expect to deliver it on Tuesday 1 September.\n\n"
        "Track your parcel: https://swiftparcel.example.pt/t/SP-PT-7781204\n\n"
        "We're sorry for the inconvenience.\n"
        "Swiftparcel\n"
    ),
))

add(dict(
    kind="other", name="friend_london_own_rejection", lang="en", company="",
    contact="priyanka.shah@mail.example.co.uk",
    frm=("Priyanka Shah", "priyanka.shah@mail.example.co.uk"),
    subject="well, that didn't go to plan",
    date="2026-06-20 21:15 +0100",
    text=(
        "Hey Consu,\n\n"
        "Remember the orthodontics sales job I told you about? Got the email this morning - "
        "'we have decided to pursue other candidates at this time'. After FOUR interviews. "
        "I'm fine, mostly annoyed I bought a new blazer for it.\n\n"
        "How did your assessment centre prep go? Call me this weekend, I want the Madrid "
        "gossip.\n\n"
        "P x\n"
    ),
))

add(dict(
    kind="other", name="user_research_jobtrack_interview", lang="en", company="", contact="",
    frm=("JobTrack Research", "research@jobtrack.example.com"),
    subject="Invitation: a 45-minute research interview about JobTrack (EUR 40 voucher)",
    date="2026-09-03 13:00 +0000",
    text=(
        "Hi Consuelo,\n\n"
        "You've been using JobTrack to follow your applications, and we'd love to hear how "
        "it's going. We're inviting a small group of users to a 45-minute remote research "
        "interview with our product designers.\n\n"
        "We'll ask about how you keep track of interviews, rejections and offers, and what "
        "we could do better. As a thank-you you'll receive a EUR 40 voucher.\n\n"
        "Pick a time: https://jobtrack.example.com/research/book\n\n"
        "Thanks,\nThe JobTrack research team\n"
    ),
))

add(dict(
    kind="other", name="lisbon_letting_viewing_appointment", lang="en", company="",
    contact="marta.reis@alfamahomes.example.pt",
    frm=("Marta Reis", "marta.reis@alfamahomes.example.pt"),
    subject="Viewing appointment confirmed - T1 in Campo de Ourique",
    date="2026-09-29 10:30 +0100",
    text=(
        "Hello Consuelo,\n\n"
        "Your viewing appointment for the one-bedroom flat at Rua Ferreira Borges 88 is "
        "confirmed for Saturday 3 October at 11:00. I'll meet you at the door.\n\n"
        "Please bring ID and, if you decide to apply, a copy of your employment contract or "
        "offer letter.\n\n"
        "Best,\n"
        "Marta Reis\n"
        "Alfama Homes - Lettings\n"
        "+351 912 004 118\n"
    ),
))

add(dict(
    kind="other", name="course_place_not_offered", lang="en", company="",
    contact="admissions@ihs.example.org.uk",
    frm=("Admissions - Institute of Healthcare Sales", "admissions@ihs.example.org.uk"),
    subject="Your application to the Certificate in Healthcare Sales",
    date="2026-07-30 16:00 +0100",
    text=(
        "Dear Consuelo Baptiste-Reinholt,\n\n"
        "Thank you for applying to the Certificate in Healthcare Sales (September 2026 "
        "intake).\n\n"
        "We received many more applications than places this year and, regrettably, we are "
        "unable to offer you a place on the course. You are welcome to apply again for the "
        "January 2027 intake; your application fee will be carried over.\n\n"
        "Yours sincerely,\n"
        "Admissions Office\n"
        "Institute of Healthcare Sales\n"
    ),
    html=page(paragraphs(
        "Dear Consuelo Baptiste-Reinholt,\n\n"
        "Thank you for applying to the Certificate in Healthcare Sales (September 2026 "
        "intake).\n\n"
        "We received many more applications than places this year and, regrettably, we are "
        "unable to offer you a place on the course. You are welcome to apply again for the "
        "January 2027 intake; your application fee will be carried over.\n\n"
        "Yours sincerely,\nAdmissions Office\nInstitute of Healthcare Sales"), lang="en"),
))

_pf_items = [
    ("Interview season: what hiring managers in pharma are asking in 2026",
     "https://fieldforce.example.com/a/interview-season", "Role-plays are back."),
    ("Open positions: 12 Medical Science Liaison roles across Europe",
     "https://fieldforce.example.com/jobs?cat=msl", "Frankfurt, Lyon, Madrid, London."),
    ("When the offer is withdrawn: your rights",
     "https://fieldforce.example.com/a/withdrawn-offers", "A lawyer answers readers."),
]
add(dict(
    kind="other", name="pharma_field_force_digest", lang="en", company="", contact="",
    frm=("Pharma Field Force Digest", "news@fieldforce.example.com"),
    subject="Field Force Digest #41: interview season and 12 MSL openings",
    date="2026-10-02 06:00 +0000",
    headers=list_headers("Field Force Digest <digest.fieldforce.example.com>",
                         "https://fieldforce.example.com/unsubscribe/cbr",
                         "unsubscribe@fieldforce.example.com"),
    html=newsletter("Field Force Digest #41", "The week in pharma and medtech field roles.",
                    _pf_items, '<a href="https://fieldforce.example.com/unsubscribe/cbr">'
                    "Unsubscribe</a> · Field Force Media, Dublin", lang="en",
                    accent="#6d597a"),
    html_cte="base64",
))

add(dict(
    kind="other", name="podcast_detail_aid_request", lang="en", company="",
    contact="sam.whitaker@detailaidpod.example.co.uk",
    frm=("Sam Whitaker", "sam.whitaker@detailaidpod.example.co.uk"),
    reply_to=("Sam Whitaker", "sam.whitaker@detailaidpod.example.co.uk"),
    subject="Guest interview on The Detail Aid podcast?",
    date="2026-10-09 11:40 +0100",
    text=(
        "Hi Consuelo,\n\n"
        "I host The Detail Aid, a podcast about life in medical sales. Harriet Cole at "
        "Kestrel mentioned you're making the jump from dental nursing into sales across "
        "three countries, which is exactly the kind of story our listeners love.\n\n"
        "Would you be up for a 30-minute recorded interview in late October? We record "
        "remotely and you'd get to approve the edit.\n\n"
        "Cheers,\n"
        "Sam Whitaker\n"
        "Host, The Detail Aid\n"
    ),
))

# ================================================================ French (6)

_fr_items = [
    ("Délégué(e) pharmaceutique - Toulouse Nord",
     "https://emploi-sante-occitanie.example.fr/offre/9921", "CDI, entretiens dès "
     "la semaine prochaine."),
    ("Technico-commercial(e) implantologie - Montpellier",
     "https://emploi-sante-occitanie.example.fr/offre/9917", "Véhicule de fonction."),
    ("Assistant(e) dentaire - Toulouse Capitole",
     "https://emploi-sante-occitanie.example.fr/offre/9902", "Cabinet de 4 praticiens."),
]
add(dict(
    kind="other", name="alertes_emploi_occitanie", lang="fr", company="", contact="",
    frm=("Emploi Santé Occitanie", "alertes@emploi-sante-occitanie.example.fr"),
    subject="Vos nouvelles offres : 3 postes correspondent à votre alerte",
    date="2026-04-28 07:15 +0200",
    headers=list_headers("Alertes Emploi Sante Occitanie <alertes.emploi-sante-occitanie."
                         "example.fr>",
                         "https://emploi-sante-occitanie.example.fr/desabonnement?c=cbr",
                         "desabonnement@emploi-sante-occitanie.example.fr"),
    text=newsletter_text("Vos alertes emploi", "Bonjour Consuelo, voici les offres publiées "
                         "depuis votre dernière visite.", _fr_items,
                         "Se désabonner : https://emploi-sante-occitanie.example.fr/"
                         "desabonnement?c=cbr"),
    html=newsletter("Vos alertes emploi", "Bonjour Consuelo, voici les offres publiées "
                    "depuis votre dernière visite.", _fr_items,
                    '<a href="https://emploi-sante-occitanie.example.fr/desabonnement?c=cbr">'
                    "Se désabonner</a>", lang="fr", accent="#9d0208"),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", name="own_merci_pastelier", lang="fr", company="", contact="",
    frm=ME, to=[("Julien Arnaud", "julien.arnaud@pastelier.example.fr")],
    subject="Merci pour notre échange de ce matin",
    date="2026-05-15 14:22 +0200", id="pastelier_thanks", parent="pastelier_moved",
    text=(
        "Bonjour Julien,\n\n"
        "Je vous remercie pour l'entretien téléphonique de ce matin et pour la présentation "
        "du secteur Toulouse Sud. Le poste correspond vraiment à ce que je recherche, et je "
        "serais ravie de poursuivre le processus.\n\n"
        "Bien cordialement,\n"
        "Consuelo Baptiste-Reinholt\n"
    ),
))

add(dict(
    kind="other", name="ooo_occitalent_absence", lang="fr", company="",
    contact="sandrine.vidal@occitalent.example.fr",
    frm=("Sandrine Vidal", "sandrine.vidal@occitalent.example.fr"),
    subject="Réponse automatique : Absente du 3 au 21 août",
    date="2026-08-05 10:02 +0200",
    headers=[("Auto-Submitted", "auto-replied")],
    text=(
        "Bonjour,\n\n"
        "Je suis absente du 3 au 21 août inclus. Pour toute question urgente concernant un "
        "entretien ou une mission en cours, merci de contacter l'accueil du cabinet au "
        "05 61 22 48 90.\n\n"
        "Sandrine Vidal\n"
        "Cabinet Occitalent\n"
    ),
))

add(dict(
    kind="other", name="conseils_entretien_visiteuse", lang="fr", company="", contact="",
    frm=("Le Mag des Carrières Santé", "newsletter@carrieres-sante.example.fr"),
    subject="Entretien de visiteuse médicale : les 7 questions pièges",
    date="2026-06-16 09:00 +0200",
    headers=list_headers("Le Mag des Carrieres Sante <mag.carrieres-sante.example.fr>",
                         "https://carrieres-sante.example.fr/desinscription",
                         "desinscription@carrieres-sante.example.fr"),
    html=page(paragraphs(
        "Cette semaine dans le Mag\n\n"
        "Entretien de visiteuse médicale : les 7 questions pièges. Du « parlez-moi d'un "
        "refus client » au jeu de rôle face à un pharmacien, nos conseils pour ne pas être "
        "recalée au premier tour.\n\n"
        "Reconversion : d'assistante dentaire à déléguée commerciale, le témoignage de "
        "Nadia.\n\n"
        "Lire le numéro : https://carrieres-sante.example.fr/mag/juin\n\n"
        "Vous recevez ce courriel car vous êtes inscrite au Mag. Se désinscrire : "
        "https://carrieres-sante.example.fr/desinscription"), lang="fr"),
))

add(dict(
    kind="other", name="colis_en_retard", lang="fr", company="", contact="",
    frm=("ColisFrance Suivi", "suivi@colisfrance.example.fr"),
    subject="Votre colis a malheureusement du retard",
    date="2026-06-02 12:10 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour,\n\n"
        "Votre colis n° 6A22918840 à destination de Toulouse a malheureusement pris du "
        "retard en raison d'un incident de tri. Il sera livré à votre hôtel le jeudi 4 "
        "juin.\n\n"
        "Suivre mon colis : https://colisfrance.example.fr/suivi/6A22918840\n\n"
        "ColisFrance\n"
    ),
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="other", name="du_candidature_non_retenue", lang="fr", company="",
    contact="scolarite-du@univ-toulouse.example.fr",
    frm=("Scolarité DU – Université Toulouse", "scolarite-du@univ-toulouse.example.fr"),
    subject="Votre candidature au DU Visite médicale et promotion de la santé",
    date="2026-07-08 15:30 +0200",
    text=(
        "Madame,\n\n"
        "La commission pédagogique du Diplôme universitaire « Visite médicale et promotion "
        "de la santé » s'est réunie le 6 juillet.\n\n"
        "Nous avons le regret de vous informer que votre candidature n'a pas été retenue "
        "pour la rentrée 2026 : votre titre étranger n'a pas encore été reconnu par la "
        "commission de validation. Vous pourrez déposer un nouveau dossier l'an prochain.\n\n"
        "Le service de scolarité\n"
        "Formation continue – Université de Toulouse\n"
    ),
))

# ================================================================ German (6)

_de_items = [
    ("Pharmareferent (m/w/d) Frankfurt-Nord", "https://stellenradar.example.de/j/55120",
     "Vorstellungsgespräche ab KW 24."),
    ("Medizinprodukteberater (m/w/d) Dental, Rhein-Main",
     "https://stellenradar.example.de/j/55107", "Unbefristet, Firmenwagen."),
    ("Ratgeber: Absage nach dem Zweitgespräch - was jetzt?",
     "https://stellenradar.example.de/ratgeber/absage-zweitgespraech", "Fünf Schritte."),
]
add(dict(
    kind="other", name="stellenradar_jobalert", lang="de", company="", contact="",
    frm=("StellenRadar Jobalert", "jobalert@stellenradar.example.de"),
    subject="Neue Stellen für Ihren Suchauftrag „Pharmareferent Frankfurt“",
    subj_cs=("utf-8", "Q"),
    date="2026-06-08 06:45 +0200",
    headers=list_headers("StellenRadar Jobalert <jobalert.stellenradar.example.de>",
                         "https://stellenradar.example.de/abmelden?t=cbr",
                         "abmelden@stellenradar.example.de"),
    text=newsletter_text("Ihr Jobalert", "Guten Morgen, hier sind die neuen Treffer für "
                         "Ihren Suchauftrag.", _de_items,
                         "Abmelden: https://stellenradar.example.de/abmelden?t=cbr"),
    html=newsletter("Ihr Jobalert", "Guten Morgen, hier sind die neuen Treffer für Ihren "
                    "Suchauftrag.", _de_items,
                    '<a href="https://stellenradar.example.de/abmelden?t=cbr">Abmelden</a>',
                    lang="de", accent="#1d3557"),
))

add(dict(
    kind="other", name="own_terminverschiebung_rheinpharm", lang="de", company="", contact="",
    frm=ME, to=[("Tobias Wegener", "t.wegener@rheinpharm.example.de")],
    subject="Bitte um Terminverschiebung – Gespräch am 21. Juli",
    date="2026-07-15 21:03 +0200", id="rheinpharm_request", parent="rheinpharm_invite",
    text=(
        "Sehr geehrter Herr Wegener,\n"
        "leider habe ich am 21. Juli einen Arzttermin, den ich nicht verschieben kann. Wäre "
        "ein anderer Termin in derselben Woche möglich?\n"
        "Mit freundlichen Grüßen\nConsuelo Baptiste-Reinholt\n"
    ),
))

add(dict(
    kind="other", name="karriere_ratgeber_newsletter", lang="de", company="", contact="",
    frm=("Karriere-Kompass", "redaktion@karriere-kompass.example.de"),
    subject="Quereinstieg in den Pharmavertrieb: So überzeugen Sie im Vorstellungsgespräch",
    date="2026-03-24 17:00 +0100",
    headers=list_headers("Karriere-Kompass Newsletter <news.karriere-kompass.example.de>",
                         "https://karriere-kompass.example.de/newsletter/abmelden",
                         "abmelden@karriere-kompass.example.de"),
    text=(
        "Karriere-Kompass, Ausgabe März\n\n"
        "Quereinstieg in den Pharmavertrieb: So überzeugen Sie im Vorstellungsgespräch\n\n"
        "Ob Zahnmedizinische Fachangestellte oder Pflegekraft: Wer aus der Praxis kommt, "
        "bringt Glaubwürdigkeit mit. Wir zeigen, wie Sie typische Fragen beantworten, warum "
        "eine Absage kein Urteil über Ihre Eignung ist und wie Sie ein Angebot richtig "
        "prüfen.\n\n"
        "Zum Artikel: https://karriere-kompass.example.de/quereinstieg-pharma\n\n"
        "Newsletter abbestellen: https://karriere-kompass.example.de/newsletter/abmelden\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", name="hausverwaltung_wohnungsabsage", lang="de", company="",
    contact="vermietung@mainufer-hv.example.de",
    frm=("Mainufer Hausverwaltung – Vermietung", "vermietung@mainufer-hv.example.de"),
    subject="Ihre Bewerbung für die Wohnung Schweizer Straße 41",
    date="2026-08-12 11:37 +0200",
    text=(
        "Sehr geehrte Frau Baptiste-Reinholt,\n\n"
        "vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schweizer Straße 41 und "
        "für Ihre Teilnahme an der Besichtigung.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten "
        "entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche in "
        "Frankfurt.\n\n"
        "Mit freundlichen Grüßen\n"
        "Mainufer Hausverwaltung GmbH\n"
        "Abteilung Vermietung\n"
    ),
))

add(dict(
    kind="other", name="ooo_mainwerk_abwesenheit", lang="de", company="",
    contact="anja.kessler@mainwerk.example.de",
    frm=("Anja Keßler", "anja.kessler@mainwerk.example.de"),
    subject="Abwesenheitsnotiz: Rückfrage zum Gespräch am 4. März",
    date="2026-02-27 12:10 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    html=outlook_html(mso(
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 2. März nicht im Büro und habe keinen Zugriff auf meine "
        "E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie "
        "sich bitte an personal@mainwerk.example.de.\n\n"
        "Mit freundlichen Grüßen\n"
        "Anja Keßler"
    ), lang="de"),
))

add(dict(
    kind="other", name="netzwerk_profilbesuche", lang="de", company="", contact="",
    frm=("BerufsNetz", "benachrichtigung@berufsnetz.example.de"),
    subject="Ihr Profil wurde diese Woche 8 Mal besucht",
    date="2026-09-28 07:20 +0200",
    headers=[("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://berufsnetz.example.de/einstellungen/mail>")],
    html=ats_card("BerufsNetz", paragraphs(
        "Hallo Consuelo,\n\n"
        "Ihr Profil wurde diese Woche 8 Mal besucht, unter anderem von einer Personalberaterin "
        "aus Frankfurt am Main.\n\n"
        "Neue Stellenangebote, die zu Ihnen passen könnten: Pharmareferentin (Rheinpharm), "
        "Gebietsverkaufsleiterin (Dentavis Vertrieb), Produktspezialistin Dental.") + button(
        "Besucher ansehen", "https://berufsnetz.example.de/besucher", accent="#026466"),
        "BerufsNetz · Benachrichtigungen verwalten: "
        "https://berufsnetz.example.de/einstellungen/mail", accent="#026466", lang="de"),
))

assert len(MESSAGES) == 52, len(MESSAGES)
