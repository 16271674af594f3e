"""Corpus 190, kind `other`: 52 hand-written messages (es 28, fr 11, en 9, de 4).

Digests, advice, the candidate's own mail, auto-replies, notifications and private mail whose
words (entrevista, rechazo, cita, posición, candidature, interview...) mean something else.
"""

from msgs190_common import (
    CAND,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    ats_card,
    digest_text,
    forward_block,
    html_page,
    newsletter_html,
    paras,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec):
    spec["kind"] = "other"
    spec.setdefault("company", "")
    MESSAGES.append(spec)


def list_headers(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ==========================================================================================
# Spanish
# ==========================================================================================

_empleonorte_items = [
    ("Auxiliar de compras – distribuidora de alimentación (Basauri)",
     "https://www.empleonorte.example.es/oferta/88121",
     "Jornada completa, gestión de pedidos a proveedores de frescos. Publicada hace 2 días."),
    ("Técnico/a de aprovisionamiento – hospital privado (Donostia)",
     "https://www.empleonorte.example.es/oferta/88177",
     "Control de stock de cocina y lencería. Se valora experiencia en cocina colectiva."),
    ("Ayudante de economato – residencia de mayores (Getxo)",
     "https://www.empleonorte.example.es/oferta/88203",
     "Contrato de sustitución. Incorporación inmediata."),
    ("Guía: las 5 preguntas que siempre salen en una entrevista de compras",
     "https://www.empleonorte.example.es/blog/preguntas-entrevista-compras",
     "Y cómo responderlas si vienes de cocina u hostelería."),
    ("¿Te han rechazado tras la entrevista? Pide feedback así",
     "https://www.empleonorte.example.es/blog/pedir-feedback",
     "Un modelo de correo breve para saber qué mejorar."),
]
_empleonorte_intro = ("Hola Esperanza, estas son las ofertas nuevas de tu alerta «compras "
                      "alimentación – Bizkaia y Gipuzkoa» y dos artículos de la semana.")
_empleonorte_foot = ("Recibes este correo porque creaste una alerta en EmpleoNorte. "
                     "Darse de baja: https://www.empleonorte.example.es/alertas/baja?u=e8812")

add(
    key="alert_empleonorte_digest",
    lang="es",
    contact="",
    date="2026-02-02 07:00 +0100",
    frm=("EmpleoNorte Alertas", "alertas@empleonorte.example.es"),
    subject="3 ofertas nuevas para «compras alimentación»",
    subj_enc=("utf-8", "Q"),
    headers=list_headers("Alertas EmpleoNorte <alertas.empleonorte.example.es>",
                         "https://www.empleonorte.example.es/alertas/baja?u=e8812"),
    text=digest_text("Tu alerta de empleo", _empleonorte_intro, _empleonorte_items,
                     _empleonorte_foot),
    html=newsletter_html("es", "Tu alerta de empleo", _empleonorte_intro, _empleonorte_items,
                         _empleonorte_foot),
)

_oficio_text = """BOLETÍN OFICIO · Nº 112 · Abril 2026

CÓMO CONVERTIR UN «NO» EN TU SIGUIENTE OPORTUNIDAD

Todos hemos recibido ese correo que empieza con «lamentamos comunicarte». Duele, sobre todo
después de una entrevista en la que creías haber conectado. Pero un rechazo no es un veredicto
sobre ti: muchas veces la empresa ya tenía un candidato interno o el puesto se ha congelado.

Tres ideas de nuestras orientadoras:

1. Responde siempre con una línea de agradecimiento. Deja la puerta abierta.
2. Pide una valoración concreta: «¿Qué habría necesitado para pasar a la siguiente fase?».
3. Apunta las preguntas de la entrevista que te costaron y ensáyalas para la próxima.

Y si vienes de cocina: tus escandallos, tu control de alérgenos y tu trato con proveedores
son experiencia de compras. Escríbelo así en el currículum.

---
Recibes el Boletín Oficio porque te suscribiste en oficio-magazine.example.es.
Baja: https://oficio-magazine.example.es/baja?id=55190
"""

add(
    key="newsletter_rechazo_consejos",
    lang="es",
    contact="",
    date="2026-04-19 08:30 +0200",
    frm=("Boletín Oficio", "boletin@oficio-magazine.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Cómo convertir un «no» en tu siguiente oportunidad",
    subj_enc=("iso-8859-1", "B"),
    headers=list_headers("Boletin Oficio <boletin.oficio-magazine.example.es>",
                         "https://oficio-magazine.example.es/baja?id=55190"),
    text=_oficio_text,
    html=html_page(paras(_oficio_text), "es", "Boletín Oficio"),
    cte="base64",
)

add(
    key="own_thanks_ibaizabal",
    lang="es",
    contact="",
    date="2026-02-24 18:05 +0100",
    frm=CAND,
    to=[("Leire Bengoetxea", "leire.bengoetxea@ibaizabal.example.es")],
    subject="Gracias por la entrevista de hoy",
    re="ibaizabal_moved",
    text=f"""Hola Leire:

Muchas gracias a ti y a Iñaki por recibirme esta mañana en Zamudio y por enseñarme el almacén.
Me quedo con muchas ganas de trabajar con vuestro equipo de compras; la parte de negociación
con las cooperativas de frutas me parece justo donde puedo aportar más.

Quedo a la espera de vuestras noticias.

Un saludo,
{SIG_ES}
""",
)

add(
    key="own_application_zadorra",
    lang="es",
    contact="",
    date="2026-08-10 20:41 +0200",
    frm=CAND,
    to=[("Aitor Ruiz de Azúa", "aitor.ruizdeazua@panzadorra.example.es")],
    subject="Candidatura auxiliar de compras - Esperanza Mwangi",
    text=f"""Buenas tardes:

He visto en el tablón del polígono de Júndiz que buscáis un auxiliar de compras. Os envío mi
currículum por si encajo en el puesto.

Llevo nueve años como cocinera en el comedor de un colegio de Leioa, donde me encargo de los
pedidos semanales, del control de stock y de la relación con los proveedores de pan, fruta y
carne. Tengo carné de conducir y disponibilidad inmediata.

Un saludo,
{SIG_ES}
""",
    pdfs=[{"filename": "CV_Esperanza_Mwangi-Etxeberria.pdf", "lines": [
        "Esperanza Mwangi-Etxeberria",
        "Bilbao · +34 688 41 27 90 · esperanza.me@example.es",
        "Experiencia: cocinera de comedor escolar (2017-2026)",
        "Pedidos, control de stock, alérgenos, proveedores",
        "Formación: Técnico en Cocina y Gastronomía; curso de Gestión de Compras",
        "Idiomas: castellano, euskera, inglés B2, francés B1",
    ]}],
)

add(
    key="own_reschedule_mesaluz",
    lang="es",
    contact="",
    date="2026-05-18 21:33 +0200",
    frm=CAND,
    to=[("Lucía Carrasco Peña", "lucia.carrasco@mesaluz.example.es")],
    to_enc=("utf-8", "Q"),
    subject="RE: Videoentrevista Asistente de Compras - Grupo Mesaluz",
    re="mesaluz_teams",
    text="""Hola Lucía:

Muchas gracias por la convocatoria. El jueves 21 a mediodía tengo el servicio de comedor
y no puedo ausentarme. ¿Sería posible hacer la entrevista otro día a partir del lunes 25,
a la misma hora?

Un saludo,
Esperanza
""",
)

add(
    key="friend_rechazo_propio",
    lang="es",
    contact="ainhoa.gaztelu@correo.example.es",
    date="2026-03-22 22:10 +0100",
    frm=("Ainhoa Gaztelu", "ainhoa.gaztelu@correo.example.es"),
    subject="pues a mí tampoco",
    cte="8bit",
    text="""Espe, ¿qué tal lo tuyo?

Te cuento: me ha llegado hoy el correo de la panadería de Algorta. Que no, que han elegido a
otra persona "con un perfil que se ajusta más". Después de tres entrevistas, ¡tres! Ni una
llamada. Estoy que echo humo.

En fin, el lunes mando CV a dos sitios más. Tú no te rindas con lo de compras, que eres la
que más sabe de proveedores de todo el comedor.

¿Cena el viernes y nos desahogamos?

Ainhoa
""",
)

add(
    key="banco_posicion_global",
    lang="es",
    contact="",
    date="2026-07-01 06:00 +0200",
    frm=("Banco Cantábrico Norte", "notificaciones@bcnorte.example.es"),
    subject="Su posición global a 30 de junio de 2026",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("es", "Banco Cantábrico Norte", """Estimada clienta:

Ya tiene disponible en la banca digital el resumen de su posición global a 30 de junio de
2026: cuentas, tarjetas y el plan de ahorro vinculado.

Su gestora, Idoia Bergara, le recuerda que puede pedir cita en la oficina de Indautxu para
revisar su posición y las condiciones de la cuenta nómina.

Este correo es informativo. Nunca le pediremos claves ni códigos por email.""",
        ("Consultar mi posición", "https://www.bcnorte.example.es/particulares/posicion"),
        "Banco Cantábrico Norte, S.A. · Gran Vía 30, 48009 Bilbao", accent="#003a70"),
)

add(
    key="casero_otro_inquilino",
    lang="es",
    contact="felix.arteaga@correo.example.es",
    date="2026-01-29 13:14 +0100",
    frm=("Félix Arteaga", "felix.arteaga@correo.example.es"),
    subject="Piso de San Ignacio",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Hola Esperanza,

Gracias por venir el sábado a ver el piso y por mandarme tan rápido la documentación.
Lamentablemente hemos decidido alquilárselo a otra familia que lo necesitaba para el 1 de
febrero, y tú me dijiste que hasta marzo no podías entrar.

Si en primavera queda libre el de la calle Zumalakarregi, te aviso y te doy cita para verlo.

Un saludo,
Félix Arteaga
""",
)

add(
    key="colegio_entrevista_tutora",
    lang="es",
    contact="miren.agirre@zubizuriberria.example.eus",
    date="2026-02-11 14:02 +0100",
    frm=("Miren Agirre", "miren.agirre@zubizuriberria.example.eus"),
    subject="Entrevista trimestral - Unai (4.º B)",
    text="""Egun on, Esperanza:

Como cada trimestre, me gustaría tener una entrevista contigo para hablar de cómo va Unai en
clase. Te propongo el martes 17 de febrero a las 17:00 en el aula de 4.º B. Si no te va bien
por el turno del comedor, dime otro día y lo cambiamos.

Está avanzando mucho en lectura; te enseñaré su cuaderno.

Miren Agirre
Tutora de 4.º B – Zubizuri Berria Ikastola
""",
)

add(
    key="centro_salud_cita",
    lang="es",
    contact="",
    date="2026-05-06 09:30 +0200",
    frm=("Centro de Salud Errekalde Berri", "citas-noreply@osasunsarea.example.es"),
    subject="Recordatorio de cita: 8 de mayo, 8:40",
    text="""Recordatorio de cita

Paciente: E. M. E.
Fecha: viernes 8 de mayo de 2026
Hora: 8:40
Profesional: Dra. Larrea (medicina de familia), consulta 14
Centro: Centro de Salud Errekalde Berri, Bilbao

Si no puede acudir, anule la cita para que otra persona pueda utilizarla. Puede hacerlo en
la aplicación o llamando al teléfono de citas.

Este mensaje se ha enviado automáticamente. No responda a este correo.
""",
)

add(
    key="paquete_retraso",
    lang="es",
    contact="",
    date="2026-03-27 15:48 +0100",
    frm=("Paketalia", "seguimiento@paketalia.example.es"),
    subject="Tu envío PQX4481027ES lleva retraso",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Esperanza,

Lamentablemente tu paquete PQX4481027ES no podrá entregarse hoy como estaba previsto debido a
una incidencia en nuestro centro logístico de Vitoria. Sentimos las molestias.

Nueva fecha estimada de entrega: lunes 30 de marzo, de 9:00 a 14:00.

Puedes seguir tu envío o cambiar la dirección de entrega aquí:
https://www.paketalia.example.es/seguimiento/PQX4481027ES

Equipo Paketalia
""",
    html=ats_card("es", "Paketalia", """Hola Esperanza,

Lamentablemente tu paquete PQX4481027ES no podrá entregarse hoy como estaba previsto debido a
una incidencia en nuestro centro logístico de Vitoria. Sentimos las molestias.

Nueva fecha estimada de entrega: lunes 30 de marzo, de 9:00 a 14:00.""",
        ("Seguir mi envío", "https://www.paketalia.example.es/seguimiento/PQX4481027ES"),
        accent="#f39c12"),
)

add(
    key="gps_posicion_dispositivo",
    lang="es",
    contact="",
    date="2026-09-08 13:52 +0200",
    frm=("Localiza+", "no-reply@localizamas.example.es"),
    subject="Última posición de «Móvil de Esperanza» antes de apagarse",
    subj_enc=("utf-8", "B"),
    text="""Hola:

Tu dispositivo «Móvil de Esperanza» se ha quedado sin batería. Hemos guardado su última
posición conocida:

Hendaia (Lapurdi), Gare de Hendaye – 13:47
Precisión aproximada: 25 metros

Puedes ver la posición en el mapa desde https://app.localizamas.example.es

Localiza+
""",
)

add(
    key="master_compras_no_admitida",
    lang="es",
    contact="bisasi@escuelaabra.example.es",
    date="2026-07-03 12:00 +0200",
    frm=("Begoña Isasi", "bisasi@escuelaabra.example.es"),
    subject="Resolución de admisión - Máster en Dirección de Compras",
    text="""Estimada Esperanza:

Le agradecemos su interés en el Máster en Dirección de Compras y Aprovisionamiento (edición
2026-2027) de la Escuela de Negocios Abra.

Tras el proceso de admisión, lamentamos comunicarle que en esta edición no ha sido admitida:
el programa exige una titulación universitaria o tres años de experiencia en un departamento
de compras, requisito que no hemos podido acreditar con la documentación aportada.

Puede optar al Programa Superior en Gestión de Compras, que no tiene este requisito; la
entrevista de admisión para ese programa se puede reservar desde la web.

Atentamente,
Begoña Isasi
Oficina de Admisiones – Escuela de Negocios Abra
""",
)

add(
    key="curso_compras_solicitud",
    lang="es",
    contact="",
    date="2026-01-22 11:30 +0100",
    frm=("Bizkaia Formación", "no-reply@bizkaiaformacion.example.es"),
    subject="Hemos recibido tu solicitud: Gestión de Compras y Aprovisionamiento (120 h)",
    text="""Hola Esperanza:

Hemos recibido tu solicitud de plaza para el curso gratuito Gestión de Compras y
Aprovisionamiento (120 horas, modalidad semipresencial, inicio el 2 de marzo).

La lista de personas admitidas se publicará el 16 de febrero. Si resultas seleccionada, te
llamaremos para una breve entrevista de orientación antes del inicio.

Bizkaia Formación
(No respondas a este mensaje: el buzón no se atiende)
""",
)

add(
    key="perfilia_visto_perfil",
    lang="es",
    contact="",
    date="2026-02-02 18:20 +0000",
    frm=("Perfilia", "notificaciones@perfilia.example.com"),
    subject="Esperanza, un reclutador ha visto tu perfil",
    headers=list_headers("Perfilia notificaciones <notif.perfilia.example.com>",
                         "https://www.perfilia.example.com/ajustes/notificaciones"),
    text="""Esperanza, tu perfil está llamando la atención

Una persona de Kalea Talent (selección de personal) ha visto tu perfil.
Tu perfil apareció en 9 búsquedas esta semana.

Mejora tu perfil: añade «compras» y «aprovisionamiento» a tus aptitudes.
https://www.perfilia.example.com/perfil/esperanza-me

Ajustes de notificaciones: https://www.perfilia.example.com/ajustes/notificaciones
""",
)

_perfilia_jobs = [
    ("Asistente de compras – Frescos Castellana Distribución · Madrid",
     "https://www.perfilia.example.com/empleos/771203",
     "Solicitud sencilla · 41 solicitudes"),
    ("Auxiliar de aprovisionamiento – Hospital Universitario del Manzanares · Madrid",
     "https://www.perfilia.example.com/empleos/771455",
     "Publicado hace 3 días"),
    ("Purchasing Assistant – Greenfold Foods · Londres",
     "https://www.perfilia.example.com/empleos/770988",
     "Te han rechazado antes en empresas similares? Mira consejos de entrevista"),
]

add(
    key="perfilia_empleos_recomendados",
    lang="es",
    contact="",
    date="2026-06-10 17:05 +0000",
    frm=("Perfilia Empleos", "empleos-noreply@perfilia.example.com"),
    subject="Asistente de compras en Frescos Castellana y 7 empleos más",
    headers=list_headers("Perfilia empleos <empleos.perfilia.example.com>",
                         "https://www.perfilia.example.com/ajustes/alertas"),
    text=digest_text("Empleos para ti", "Basado en tu búsqueda «asistente de compras».",
                     _perfilia_jobs, "Gestionar alertas: https://www.perfilia.example.com/ajustes/alertas"),
    html=newsletter_html("es", "Empleos para ti", "Basado en tu búsqueda «asistente de compras».",
                         _perfilia_jobs,
                         "Gestionar alertas: https://www.perfilia.example.com/ajustes/alertas"),
)

add(
    key="kalea_cold_approach",
    lang="es",
    contact="ane.zubizarreta@kaleatalent.example.es",
    date="2026-02-03 10:15 +0100",
    frm=("Ane Zubizarreta", "ane.zubizarreta@kaleatalent.example.es"),
    subject="Perfil de compras en alimentación",
    text="""Hola Esperanza:

Soy Ane Zubizarreta, de Kalea Talent, una consultora de selección de Bilbao especializada en
industria alimentaria y restauración. He visto tu perfil y me ha llamado la atención tu
experiencia con proveedores en cocina colectiva.

Trabajo a menudo con fabricantes y distribuidores que buscan perfiles de compras júnior con
conocimiento real de producto. Si te estás planteando un cambio, me encantaría tener tu CV
actualizado para tenerte en cuenta en futuros procesos.

Un saludo,
Ane Zubizarreta
Consultora senior · Kalea Talent
Alameda de Urquijo 27, 3.º, 48008 Bilbao
""",
)

add(
    key="ooo_bidasoa_vacaciones",
    lang="es",
    contact="amaia.urrutia@lacteosbidasoa.example.es",
    date="2026-08-05 18:02 +0200",
    frm=("Amaia Urrutia", "amaia.urrutia@lacteosbidasoa.example.es"),
    subject="Respuesta automática: Sobre tu candidatura: Técnico/a de aprovisionamiento (Irun)",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    text="""Hola,

Estoy de vacaciones hasta el lunes 24 de agosto, sin acceso al correo. Para temas urgentes de
nóminas escribe a Jon Sarasola (jon.sarasola@lacteosbidasoa.example.es).

Gracias,
Amaia Urrutia
Personas y Organización · Lácteos Bidasoa
""",
)

add(
    key="radio_entrevista_comedores",
    lang="es",
    contact="iratxe.lasa@radioabra.example.es",
    date="2026-01-26 12:40 +0100",
    frm=("Iratxe Lasa", "iratxe.lasa@radioabra.example.es"),
    subject="Entrevista para «La mesa del jueves» (Radio Abra)",
    subj_enc=("utf-8", "Q"),
    text="""Hola Esperanza:

Soy Iratxe Lasa, periodista de Radio Abra. Preparamos un programa sobre los comedores
escolares de Bizkaia y el director de tu colegio nos ha dado tu nombre. Nos encantaría hacerte
una entrevista de unos diez minutos sobre cómo se organizan los menús, los alérgenos y la
compra de producto local.

Grabaríamos por teléfono el miércoles 4 de febrero por la tarde, a la hora que mejor te venga.
¿Te animas?

Iratxe Lasa
Radio Abra · Redacción de informativos
""",
)

add(
    key="app_user_research",
    lang="es",
    contact="pablo.ferrer@empleoton.example.com",
    date="2026-06-29 10:30 +0200",
    frm=("Pablo Ferrer (Empleotón)", "pablo.ferrer@empleoton.example.com"),
    subject="¿Nos ayudas a mejorar Empleotón? Entrevista de 30 min (tarjeta regalo de 25 €)",
    text="""Hola Esperanza:

Soy Pablo, del equipo de investigación de usuarios de Empleotón. Estamos hablando con personas
que usan la app para buscar trabajo y cambiar de sector, y nos encantaría conocer tu
experiencia.

Es una entrevista por videollamada de 30 minutos, sin respuestas buenas ni malas: solo
queremos entender cómo buscas ofertas y qué te frustra. Como agradecimiento, te enviaremos
una tarjeta regalo de 25 €.

Si te apetece, reserva un hueco aquí: https://calendly.example.com/empleoton-research/30min

¡Gracias!
Pablo Ferrer
UX Research · Empleotón
""",
)

_webinar_text = """WEBINAR GRATUITO · Martes 10 de marzo, 18:30

«De la cocina a compras: cómo superar la entrevista»

Ponentes: Arantza Gil (jefa de compras en restauración colectiva) y Unai Ortega (consultor de
selección).

Hablaremos de qué preguntan en una entrevista para un puesto de compras, cómo presentar tu
experiencia con proveedores y qué hacer si te dicen que no tienes experiencia suficiente.

Inscríbete: https://www.compras-norte.example.es/webinar/cocina-compras

Asociación de Profesionales de Compras del Norte
Para dejar de recibir estos correos: https://www.compras-norte.example.es/baja
"""

add(
    key="webinar_entrevista_compras",
    lang="es",
    contact="",
    date="2026-03-04 09:00 +0100",
    frm=("Compras Norte", "eventos@compras-norte.example.es"),
    subject="Webinar: de la cocina a compras, cómo superar la entrevista",
    headers=list_headers("Eventos Compras Norte <eventos.compras-norte.example.es>",
                         "https://www.compras-norte.example.es/baja"),
    text=_webinar_text,
    html=simple_html(_webinar_text, "es"),
)

_laborfacil_items = [
    ("Mozo/a de almacén frigorífico – Derio", "https://www.laborfacil.example.es/o/4410",
     "Turno de noche, 3 meses."),
    ("Auxiliar de economato – hotel en Bilbao", "https://www.laborfacil.example.es/o/4415",
     "Control de stock y pedidos. Incorporación en mayo."),
    ("Ayudante de cocina – colegio en Barakaldo", "https://www.laborfacil.example.es/o/4419",
     "Jornada partida, curso escolar."),
]

add(
    key="laborfacil_ofertas_semana",
    lang="es",
    contact="",
    date="2026-04-13 08:00 +0200",
    frm=("Laborfácil Ofertas", "ofertas@laborfacil.example.es"),
    subject="Las ofertas de la semana en Bizkaia",
    headers=list_headers("Ofertas Laborfacil <ofertas.laborfacil.example.es>",
                         "https://www.laborfacil.example.es/baja-boletin"),
    html=newsletter_html("es", "Ofertas de la semana",
                         "Estas son algunas de las ofertas que tenemos abiertas en nuestras "
                         "oficinas de Bizkaia. Si te interesa alguna, apúntate desde la web o "
                         "llama a tu consultora.",
                         _laborfacil_items,
                         "Laborfácil ETT · Baja del boletín: "
                         "https://www.laborfacil.example.es/baja-boletin"),
    html_cte="base64",
)

add(
    key="own_thanks_santalucia",
    lang="es",
    contact="",
    date="2026-04-07 19:12 +0200",
    frm=CAND,
    to=[("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es")],
    subject="Gracias por la entrevista de hoy",
    re="santalucia_seq_bump",
    text=f"""Buenas tardes, Nerea:

Quería agradeceros a ti, a Itziar Olabarria y a Koldo el tiempo de esta mañana. Me gustó mucho
conocer cómo trabajáis las compras de la cocina central y el control de alérgenos con los
proveedores. Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
{SIG_ES}
""",
)

_santalucia_rej_short = """Hola, Esperanza:

Gracias a ti por tu mensaje y por la preparación con la que viniste. Te escribo para
contarte cómo ha terminado el proceso: el tribunal ha elegido a otra candidata que ya
había trabajado en el almacén de un hospital y conoce nuestro programa de gestión de pedidos,
así que tu candidatura no sigue adelante en esta ocasión.

Itziar me pide que te diga que tu forma de explicar la planificación de menús le pareció muy
buena. Si abrimos otra plaza de apoyo en compras te avisaremos directamente.

Un abrazo,

Nerea Landaluze Ibarrola"""

_forward_text = """Koro, te reenvío la respuesta del hospital de Vitoria. Otra vez se quedan
con alguien que ya ha trabajado en un almacén. ¿Tú crees que debería hacer primero un curso de
logística o seguir probando así? Cuando tengas un rato me dices.

Un beso,
Espe

""" + forward_block(
    "es", "2026-04-16 13:47", ("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es"),
    CAND, "RE: Gracias por la entrevista de hoy", _santalucia_rej_short)

add(
    key="own_forward_mentor",
    lang="es",
    contact="",
    date="2026-04-16 20:30 +0200",
    frm=CAND,
    to=[("Koro Basterretxea", "koro.basterretxea@correo.example.es")],
    subject="Fwd: RE: Gracias por la entrevista de hoy",
    re="santalucia_after_panel",
    text=_forward_text,
)

add(
    key="mentor_consejo",
    lang="es",
    contact="koro.basterretxea@correo.example.es",
    date="2026-04-17 08:40 +0200",
    frm=("Koro Basterretxea", "koro.basterretxea@correo.example.es"),
    subject="Re: Fwd: RE: Gracias por la entrevista de hoy",
    re="own_forward_mentor",
    text=reply(
        """Espe, bonita:

No hagas otro curso todavía. Fíjate en lo que te dicen: llegaste a la entrevista final con
tribunal en un hospital, y eso con un currículum de cocina es muchísimo. El «no» es por
experiencia de almacén, no por ti.

Mi consejo: pide a tu colegio que te deje llevar tú el inventario del economato este
trimestre y ponlo en el CV en mayo. Y sigue contestando a los de Ibaizabal con calma.

Te llamo el domingo.
Koro""",
        "es", "2026-04-16 20:30", CAND[0], CAND[1],
        """Koro, te reenvío la respuesta del hospital de Vitoria. Otra vez se quedan
con alguien que ya ha trabajado en un almacén. ¿Tú crees que debería hacer primero un curso de
logística o seguir probando así? Cuando tengas un rato me dices."""),
)

add(
    key="encuesta_experiencia_candidata",
    lang="es",
    contact="",
    date="2026-06-08 09:00 +0000",
    frm=("Supermercados Alondra", "no-reply@teamtailor-mail.com"),
    subject="¿Qué tal ha sido tu experiencia con nosotros?",
    subj_enc=("utf-8", "Q"),
    html=ats_card("es", "Supermercados Alondra", """Hola Esperanza:

Hace poco participaste en uno de nuestros procesos de selección. Queremos mejorar, y tu
opinión nos ayuda mucho, tanto si el resultado fue el que esperabas como si no.

Responder a la encuesta lleva dos minutos y es anónimo.""",
        ("Responder la encuesta", "https://alondra.teamtailor.com/survey/cx-88412"),
        "Enviado con Teamtailor", accent="#e4572e"),
)

add(
    key="portal_cuenta_creada",
    lang="es",
    contact="",
    date="2026-01-15 19:35 +0000",
    frm=("Frigoríficos del Nervión", "frigonervion@myworkday.com"),
    frm_enc=("utf-8", "Q"),
    subject="Se ha creado tu cuenta de candidato",
    text="""Hola Esperanza:

Tu cuenta de candidato en el portal de empleo de Frigoríficos del Nervión se ha creado
correctamente. Tu nombre de usuario es esperanza.me@example.es.

Desde tu cuenta puedes guardar ofertas, completar tu perfil y seguir tus solicitudes.

Si no has creado esta cuenta, ignora este mensaje.

Equipo de Adquisición de Talento
""",
)

add(
    key="banco_prestamo_denegado",
    lang="es",
    contact="",
    date="2026-09-17 10:05 +0200",
    frm=("Kutxa Uribe", "no-reply@kutxauribe.example.es"),
    subject="Respuesta a tu solicitud de préstamo personal",
    charset="windows-1252",
    cte="quoted-printable",
    text="""Hola Esperanza:

Hemos estudiado tu solicitud de préstamo personal de 6.000 € para la compra de vehículo.

Lamentamos comunicarte que, en este momento, no podemos aprobar la operación: tu contrato
laboral actual es temporal y la cuota superaría el 35 % de tus ingresos netos. Podrás volver
a solicitarla cuando cambie tu situación laboral.

Si quieres revisarlo con tu gestor, pide cita en tu oficina o en la app.

Kutxa Uribe – “Cerca de ti”
Este buzón no admite respuestas.
""",
)

# ==========================================================================================
# French
# ==========================================================================================

_sudouest_items = [
    ("Aide-acheteur alimentaire (H/F) – Bayonne", "https://www.emploi-sudouest.example.fr/o/51230",
     "CDD 6 mois, coopérative fruitière. Entretiens prévus fin mai."),
    ("Gestionnaire de stock restauration collective – Mérignac",
     "https://www.emploi-sudouest.example.fr/o/51247", "CDI, cuisine centrale 12 000 repas/jour."),
    ("Assistant(e) approvisionnement – clinique – Bordeaux",
     "https://www.emploi-sudouest.example.fr/o/51266", "Temps plein, prise de poste en juillet."),
    ("Conseil : répondre à un refus sans fermer la porte",
     "https://www.emploi-sudouest.example.fr/conseils/refus", "Modèle de message en 4 lignes."),
]

add(
    key="alerte_emploi_sudouest",
    lang="fr",
    contact="",
    date="2026-05-19 06:45 +0200",
    frm=("Emploi Sud-Ouest", "alertes@emploi-sudouest.example.fr"),
    subject="Vos nouvelles offres : achats, approvisionnement (64, 33)",
    headers=list_headers("Alertes Emploi Sud-Ouest <alertes.emploi-sudouest.example.fr>",
                         "https://www.emploi-sudouest.example.fr/alertes/desinscription"),
    text=digest_text("Vos offres du jour", "Bonjour Esperanza, 3 offres correspondent à votre alerte.",
                     _sudouest_items,
                     "Se désinscrire : https://www.emploi-sudouest.example.fr/alertes/desinscription"),
    html=newsletter_html("fr", "Vos offres du jour",
                         "Bonjour Esperanza, 3 offres correspondent à votre alerte.",
                         _sudouest_items,
                         "Se désinscrire : "
                         "https://www.emploi-sudouest.example.fr/alertes/desinscription"),
)

_lettre_text = """LA LETTRE DES ACHETEURS - juin 2026

Refus après un entretien : comment rebondir

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette
phrase, tout candidat l'a lue. Nos lecteurs acheteurs racontent comment ils ont transformé un
refus en entretien suivant : demander un retour précis, relancer six mois plus tard, et
garder le contact avec le recruteur sur les réseaux.

Également dans ce numéro :
- Négocier avec un fournisseur de fruits et légumes en période d'inflation
- Le métier d'aide-acheteur en restauration collective : fiche de poste et salaires

Vous recevez cette lettre car vous êtes abonnée sur mag-achats.example.fr.
Se désabonner : https://mag-achats.example.fr/desabonnement
"""

add(
    key="lettre_achats_conseils",
    lang="fr",
    contact="",
    date="2026-06-12 07:30 +0200",
    frm=("La Lettre des Acheteurs", "lettre@mag-achats.example.fr"),
    subject="Refus après un entretien : comment rebondir",
    subj_enc=("iso-8859-1", "Q"),
    headers=list_headers("La Lettre des Acheteurs <lettre.mag-achats.example.fr>",
                         "https://mag-achats.example.fr/desabonnement"),
    charset="iso-8859-1",
    cte="quoted-printable",
    text=_lettre_text,
)

add(
    key="own_candidature_dufau",
    lang="fr",
    contact="",
    date="2026-03-23 08:57 +0100",
    frm=CAND,
    to=[("Bernard Dufau", "bernard.dufau@maison-dufau.example.fr")],
    subject="Candidature spontanée - aide-acheteuse",
    text=f"""Monsieur Dufau,

Je me permets de vous adresser ma candidature spontanée pour un poste d'aide-acheteuse.
Vous trouverez mon CV en pièce jointe.

Cuisinière en restauration scolaire depuis neuf ans, je gère les commandes, les stocks et la
relation avec les fournisseurs. Je souhaite aujourd'hui mettre cette expérience au service
d'un grossiste en épicerie fine, et je peux m'installer à Bordeaux rapidement.

Je vous prie d'agréer, Monsieur, mes salutations distinguées.

{SIG_FR}
""",
    pdfs=[{"filename": "CV_Esperanza_Mwangi-Etxeberria_FR.pdf", "lines": [
        "Esperanza Mwangi-Etxeberria",
        "Bilbao (Espagne) · +34 688 41 27 90 · esperanza.me@example.es",
        "Expérience : cuisinière en restauration scolaire (2017-2026)",
        "Commandes, gestion des stocks, allergènes, fournisseurs",
        "Langues : espagnol, basque, anglais B2, français B1",
    ]}],
)

add(
    key="own_merci_garonne",
    lang="fr",
    contact="",
    date="2026-07-03 19:30 +0200",
    frm=CAND,
    to=[("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr")],
    subject="Merci pour la journée d'évaluation",
    re="rcgaronne_moved_ics",
    text=f"""Bonjour Madame Lafargue,

Je tenais à vous remercier, ainsi que toute l'équipe de la cuisine centrale, pour l'accueil
d'aujourd'hui. L'étude de cas sur l'appel d'offres fruits et légumes était passionnante et la
visite de la légumerie m'a confirmé que ce poste me correspond.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
{SIG_FR}
""",
)

add(
    key="ooo_garonne_absente",
    lang="fr",
    contact="sandrine.lafargue@rcgaronne.example.fr",
    date="2026-08-04 10:12 +0200",
    frm=("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr"),
    subject="Réponse automatique : Contrat signé - Esperanza Mwangi-Etxeberria",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du 3 au 21 août inclus. Votre message ne sera pas transféré.

Pour toute question urgente concernant un recrutement ou une prise de poste, merci de
contacter le service RH au 05 56 00 27 00.

Sandrine Lafargue
Restauration Collective Garonne
""",
)

add(
    key="formation_du_achats_refus",
    lang="fr",
    contact="sophie.mendiboure@esc-adour.example.fr",
    date="2026-06-30 14:25 +0200",
    frm=("Sophie Mendiboure", "sophie.mendiboure@esc-adour.example.fr"),
    subject="Votre candidature au DU Achats et approvisionnement",
    text="""Madame,

La commission pédagogique du Diplôme d'université « Achats et approvisionnement » s'est
réunie le 26 juin pour examiner les dossiers de la rentrée 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue : le nombre
de places financées par la Région pour les personnes résidant hors de Nouvelle-Aquitaine est
limité à quatre et elles ont toutes été attribuées.

Vous pouvez déposer un nouveau dossier pour la session de janvier 2027.

Sophie Mendiboure
Service de formation continue – École supérieure de commerce de l'Adour
""",
)

add(
    key="journaliste_gazette",
    lang="fr",
    contact="l.irigoyen@gazette-bayonne.example.fr",
    date="2026-09-28 16:40 +0200",
    frm=("Laurence Irigoyen", "l.irigoyen@gazette-bayonne.example.fr"),
    subject="Demande d'interview - travailleurs transfrontaliers",
    text="""Bonjour Madame Mwangi-Etxeberria,

Je suis journaliste à La Gazette de Bayonne. Je prépare un dossier sur les personnes qui
cherchent un emploi des deux côtés de la Bidassoa, et Julien Darrigade, d'Intérim Atlantique,
m'a dit que vous accepteriez peut-être de témoigner.

L'interview durerait une trentaine de minutes, par téléphone ou autour d'un café à Hendaye,
et vous pourrez relire vos citations avant publication.

Seriez-vous d'accord ?

Laurence Irigoyen
La Gazette de Bayonne – 06 00 72 19 35
""",
)

add(
    key="agence_immo_dossier",
    lang="fr",
    contact="p.garat@adourlogis.example.fr",
    date="2026-09-03 11:55 +0200",
    frm=("Pauline Garat", "p.garat@adourlogis.example.fr"),
    subject="Votre dossier de location - T2 rue Pannecau",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Bonjour Madame,

Le propriétaire du T2 de la rue Pannecau a choisi un autre dossier, dont les garants sont
domiciliés en France. Je suis désolée que votre dossier n'ait pas été retenu.

Je peux vous proposer un rendez-vous jeudi à 18h pour visiter un T2 similaire au
Petit-Bayonne, disponible le 1er octobre. Dites-moi si cela vous intéresse.

Pauline Garat
Agence Adour Logis, Bayonne
""",
)

add(
    key="colis_retard",
    lang="fr",
    contact="",
    date="2026-07-24 08:10 +0200",
    frm=("ColiVite", "ne-pas-repondre@colivite.example.fr"),
    subject="Votre colis 8L0044219FR est en retard",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("fr", "ColiVite", """Bonjour,

Malheureusement, votre colis 8L0044219FR (expéditeur : Librairie du Port) a pris du retard
suite à un incident sur notre plateforme de tri de Bordeaux. Nous nous excusons pour ce
désagrément.

Nouvelle date de livraison estimée : mardi 28 juillet.""",
        ("Suivre mon colis", "https://www.colivite.example.fr/suivi/8L0044219FR"),
        "Ceci est un message automatique, merci de ne pas y répondre.", accent="#ffcc00"),
)

add(
    key="lormont_approche",
    lang="fr",
    contact="helene.vasseur@lormont-conseil.example.fr",
    date="2026-09-15 09:05 +0200",
    frm=("Hélène Vasseur", "helene.vasseur@lormont-conseil.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Votre profil - achats agroalimentaires",
    text="""Bonjour Esperanza,

Je suis consultante au Cabinet Lormont Conseil, à Bordeaux, où j'accompagne des PME
agroalimentaires dans leurs recrutements achats et supply chain. Votre parcours en
restauration collective et votre français m'ont interpellée.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais plusieurs de nos clients
recrutent régulièrement des aides-acheteurs. Si vous êtes à l'écoute, n'hésitez pas à
m'envoyer votre CV à jour : je le garderai en tête.

Bien cordialement,
Hélène Vasseur
Consultante associée – Cabinet Lormont Conseil
""",
)

add(
    key="reseau_notification_fr",
    lang="fr",
    contact="",
    date="2026-08-28 17:30 +0000",
    frm=("Perfilia", "notifications@perfilia.example.com"),
    subject="Vous êtes apparue dans 12 recherches cette semaine",
    subj_enc=("utf-8", "Q"),
    headers=list_headers("Perfilia notifications <notif.perfilia.example.com>",
                         "https://www.perfilia.example.com/ajustes/notificaciones?lang=fr"),
    html=ats_card("fr", "Perfilia", """Esperanza, votre profil gagne en visibilité

Vous êtes apparue dans 12 recherches cette semaine, dont 3 effectuées par des recruteurs
d'entreprises agroalimentaires.

Conseil : ajoutez votre poste actuel en français pour apparaître dans plus de recherches.""",
        ("Voir qui a consulté mon profil", "https://www.perfilia.example.com/vues"),
        "Gérer vos notifications : "
        "https://www.perfilia.example.com/ajustes/notificaciones?lang=fr", accent="#0a66c2"),
)

# ==========================================================================================
# English
# ==========================================================================================

_foodjobs_items = [
    ("Purchasing Assistant - contract caterer, Southwark", "https://foodjobsweekly.example.co.uk/j/33120",
     "£27-29k. Interviews w/c 20 April."),
    ("Stock Controller - hospital kitchens, North London", "https://foodjobsweekly.example.co.uk/j/33141",
     "Band 3 pay scale. Closing date 26 April."),
    ("Buyer's Assistant - artisan bakery group, Park Royal",
     "https://foodjobsweekly.example.co.uk/j/33160", "Full time, permanent."),
    ("Career clinic: what to say when you're rejected after the final interview",
     "https://foodjobsweekly.example.co.uk/blog/rejected-final-round", "Our recruiter panel answers."),
]

add(
    key="foodjobs_weekly_alert",
    lang="en",
    contact="",
    date="2026-04-13 06:00 +0100",
    frm=("FoodJobs Weekly", "alerts@foodjobsweekly.example.co.uk"),
    subject="This week: 3 purchasing jobs in London + rejection advice",
    headers=list_headers("FoodJobs Weekly <weekly.foodjobsweekly.example.co.uk>",
                         "https://foodjobsweekly.example.co.uk/unsubscribe?u=a71f"),
    text=digest_text("FoodJobs Weekly", "Hi Esperanza, here are new roles matching your "
                     "saved search 'purchasing, London'.", _foodjobs_items,
                     "Unsubscribe: https://foodjobsweekly.example.co.uk/unsubscribe?u=a71f"),
    html=newsletter_html("en", "FoodJobs Weekly", "Hi Esperanza, here are new roles matching "
                         "your saved search 'purchasing, London'.", _foodjobs_items,
                         "Unsubscribe: https://foodjobsweekly.example.co.uk/unsubscribe?u=a71f"),
)

_shortlist_text = """THE SHORTLIST - Issue 58

Five things to do in the 24 hours after a rejection email

1. Read it twice. "We've decided to move forward with other candidates" is not the same as
   "you were a bad fit".
2. Reply with thanks and one question: what would have made the difference?
3. Write down every interview question you remember.
4. Tell one person. Rejection shrinks when you say it out loud.
5. Apply for one more role before the day ends.

Also this week: how career changers from hospitality get past the first screening call.

You're receiving this because you subscribed at theshortlist.example.com.
Unsubscribe: https://theshortlist.example.com/unsubscribe/5f2c
"""

add(
    key="shortlist_article_rejection",
    lang="en",
    contact="",
    date="2026-05-30 08:00 +0100",
    frm=("The Shortlist", "hello@theshortlist.example.com"),
    subject="Five things to do after a rejection email",
    headers=list_headers("The Shortlist <newsletter.theshortlist.example.com>",
                         "https://theshortlist.example.com/unsubscribe/5f2c"),
    text=_shortlist_text,
    html=simple_html(_shortlist_text, "en"),
    cte="quoted-printable",
)

add(
    key="friend_london_rejection",
    lang="en",
    contact="chloe.brennan@mailbox.example.co.uk",
    date="2026-06-27 21:48 +0100",
    frm=("Chloe Brennan", "chloe.brennan@mailbox.example.co.uk"),
    subject="ugh",
    text="""Espe,

Remember that buyer job at the deli chain in Islington I told you about? Got the email this
afternoon - "unfortunately on this occasion you have not been successful". After a two-hour
interview and a presentation! I'm gutted.

Anyway, how did your panel with the caterer go? Still hoping you move here so we can be
miserable job hunters together in the same time zone :)

Chloe x
""",
)

add(
    key="own_reschedule_greenfold",
    lang="en",
    contact="",
    date="2026-04-29 08:15 +0200",
    frm=CAND,
    to=[("Priya Shah", "priya.shah@greenfoldfoods.example.co.uk")],
    subject="Re: Interview invitation: Purchasing Assistant at Greenfold Foods",
    re="greenfold_greenhouse_invite",
    text=f"""Hi Priya,

Thank you again for the invitation. I booked the slot on Monday 4 May at 14:00 UK time, but my
canteen rota has just changed and I'll be on the lunch service until 15:30 Spanish time.
Would it be possible to move the interview to later that day or to Tuesday 5 May?

Sorry for the inconvenience, and thank you for your understanding.

Best regards,
{SIG_EN}
""",
)

add(
    key="podcast_request",
    lang="en",
    contact="marcus@supplykitchenpod.example.com",
    date="2026-07-07 14:10 +0100",
    frm=("Marcus Hale", "marcus@supplykitchenpod.example.com"),
    subject="Guest interview on The Supply Kitchen podcast?",
    text="""Hi Esperanza,

I host The Supply Kitchen, a small podcast about how food gets bought and moved around
Europe. A listener sent me your post about running allergen-safe ordering for a school
canteen on a tight budget, and I'd love to interview you for an episode.

It would be a relaxed 40-minute conversation over Zoom, recorded whenever suits you in late
July. We can do it in English, or I can bring a Spanish-speaking co-host.

Interested?

Marcus Hale
The Supply Kitchen podcast
""",
)

add(
    key="user_research_hireloop",
    lang="en",
    contact="jess.tan@hireloop.example.com",
    date="2026-08-18 15:00 +0100",
    frm=("Jess Tan", "jess.tan@hireloop.example.com"),
    subject="Could we interview you about your job search? (£30 voucher)",
    text="""Hi Esperanza,

I'm a user researcher at Hireloop. You applied to a few roles through our job board this
summer, and we'd love to learn from your experience as someone changing careers.

It's a 45-minute video interview - not a job interview! We'll ask how you find vacancies,
what you think of application forms and what happens after you hit "apply". As a thank you,
you'll get a £30 voucher.

Book a time here: https://calendly.example.com/hireloop-research/45

Thanks,
Jess Tan
User Research, Hireloop
""",
)

add(
    key="ooo_larder_annual_leave",
    lang="en",
    contact="tom.ashworth@larder-recruitment.example.co.uk",
    date="2026-07-23 08:31 +0100",
    frm=("Tom Ashworth", "tom.ashworth@larder-recruitment.example.co.uk"),
    subject="Automatic reply: Brindle & Oak - feedback",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thanks for your email. I'm on annual leave until Monday 3 August with limited access
to email.

If your message is about an interview booked this week, please contact my colleague Nadia
Shore on 020 0000 8831.

Tom
""",
)

add(
    key="letting_agent_application",
    lang="en",
    contact="oliver@fleetbrooklets.example.co.uk",
    date="2026-06-04 17:20 +0100",
    frm=("Oliver Grant", "oliver@fleetbrooklets.example.co.uk"),
    subject="Your application - 2-bed flat, Kentish Town Road",
    text="""Dear Esperanza,

Thank you for your application for the flat on Kentish Town Road. Unfortunately the landlord
has accepted another applicant who was able to move in immediately.

If you are still looking, I have two viewing appointments available on Saturday for a
one-bedroom flat in Tufnell Park. Let me know if you'd like a position on the list.

Kind regards,
Oliver Grant
Lettings Negotiator, Fleetbrook Lettings
""",
)

add(
    key="running_app_position",
    lang="en",
    contact="",
    date="2026-10-04 11:02 +0100",
    frm=("Stride", "no-reply@stride.example.com"),
    subject="Your live position was shared with 2 people",
    text="""Hi Esperanza,

During your run this morning (10.4 km along the Nervión estuary), your live position was shared
with Ainhoa and Koro through Stride Beacon.

Your beacon stopped sharing at 10:58 when you finished the activity.

Manage safety settings: https://www.stride.example.com/settings/beacon

The Stride team
""",
)

# ==========================================================================================
# German
# ==========================================================================================

_jobletter_items = [
    ("Einkaufsassistenz (m/w/d) – Großhandel Frischware, Stuttgart-Wangen",
     "https://www.jobletter-stuttgart.example.de/job/77120", "Vollzeit, unbefristet."),
    ("Mitarbeiter Wareneingang Küche (m/w/d) – Klinik, Stuttgart-Degerloch",
     "https://www.jobletter-stuttgart.example.de/job/77131", "Schichtdienst."),
    ("Ratgeber: Absage nach dem Vorstellungsgespräch – so fragen Sie nach Feedback",
     "https://www.jobletter-stuttgart.example.de/ratgeber/absage", "Mit Musterformulierung."),
]

add(
    key="jobletter_stuttgart",
    lang="de",
    contact="",
    date="2026-08-17 06:30 +0200",
    frm=("Jobletter Stuttgart", "newsletter@jobletter-stuttgart.example.de"),
    subject="Neue Jobs für „Einkauf Lebensmittel“ in Stuttgart",
    subj_enc=("utf-8", "B"),
    headers=list_headers("Jobletter Stuttgart <jobletter.jobletter-stuttgart.example.de>",
                         "https://www.jobletter-stuttgart.example.de/abmelden?id=9921"),
    text=digest_text("Ihr Jobletter", "Guten Morgen, hier sind die neuen Stellen zu Ihrem "
                     "Suchauftrag.", _jobletter_items,
                     "Abmelden: https://www.jobletter-stuttgart.example.de/abmelden?id=9921"),
    html=newsletter_html("de", "Ihr Jobletter", "Guten Morgen, hier sind die neuen Stellen zu "
                         "Ihrem Suchauftrag.", _jobletter_items,
                         "Abmelden: https://www.jobletter-stuttgart.example.de/abmelden?id=9921"),
)

add(
    key="own_bewerbung_filderkraut",
    lang="de",
    contact="",
    date="2026-08-31 21:04 +0200",
    frm=CAND,
    to=[("Sabine Rieger", "s.rieger@filderkraut.example.de")],
    subject="Bewerbung als Einkaufsassistentin",
    text=f"""Sehr geehrte Frau Rieger,

anbei sende ich Ihnen meine Bewerbung als Einkaufsassistentin. Ich arbeite seit neun Jahren
als Köchin in einer Schulkantine in Bilbao und bin für Bestellungen und Lagerhaltung
zuständig.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
{SIG_DE}
""",
    pdfs=[{"filename": "Lebenslauf_Esperanza_Mwangi-Etxeberria.pdf", "lines": [
        "Esperanza Mwangi-Etxeberria",
        "Bilbao, Spanien · +34 688 41 27 90 · esperanza.me@example.es",
        "Berufserfahrung: Köchin, Schulkantine (2017-2026)",
        "Bestellungen, Lagerhaltung, Allergenmanagement",
        "Sprachen: Spanisch, Baskisch, Englisch B2, Französisch B1, Deutsch B1",
    ]}],
)

add(
    key="abwesenheit_neckartal",
    lang="de",
    contact="katrin.haegele@neckartal-frischdienst.example.de",
    date="2026-06-30 18:00 +0200",
    frm=("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Abwesenheitsnotiz: AW: Ihre Bewerbung als Einkaufsassistenz (m/w/d)",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. Juli nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an personal@neckartal-frischdienst.example.de.

Mit freundlichen Grüßen
Katrin Hägele
""",
)

add(
    key="sprachkurs_ausgebucht",
    lang="de",
    contact="m.feldmann@sprachschule-neckarbogen.example.de",
    date="2026-07-27 12:15 +0200",
    frm=("Monika Feldmann", "m.feldmann@sprachschule-neckarbogen.example.de"),
    subject="Ihre Anmeldung zum Intensivkurs B2 (September)",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Sehr geehrte Frau Mwangi-Etxeberria,

vielen Dank für Ihre Anmeldung zum Deutsch-Intensivkurs B2 ab dem 7. September.

Leider ist der Kurs inzwischen ausgebucht, und wir konnten Ihre Anmeldung nicht mehr
berücksichtigen. Gerne setzen wir Sie auf die Warteliste oder reservieren Ihnen einen Platz
im nächsten Kurs ab dem 2. November. Ein kurzes Einstufungsgespräch per Telefon wäre dafür
nicht nötig, da Ihr B1-Zertifikat vorliegt.

Mit freundlichen Grüßen
Monika Feldmann
Kursverwaltung - Sprachschule Neckarbogen, Stuttgart
""",
)
