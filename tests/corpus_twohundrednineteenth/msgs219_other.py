"""Corpus 219, other: 52 hand-written messages that are no job event for the candidate
(es 29, en 13, fr 5, de 5): digests, advice, her own sent mail, friends, landlords, banks,
doctors, schools, auto-replies, notifications, research and press requests."""

from __future__ import annotations

from msgs219_common import (
    ME,
    MY_SIG_EN,
    MY_SIG_ES,
    digest_text,
    forwarded,
    mso_paras,
    newsletter_html,
    outlook_html,
    page,
    paras,
    reply,
)
from msgs219_invites import text_of as invite_text

MSGS: list[dict] = []


def add(**spec: object) -> None:
    MSGS.append(spec)


def text_of(slug: str) -> str:
    """The text of a message written earlier in this module (to quote it in a reply)."""
    return next(spec["text"] for spec in MSGS if spec["slug"] == slug)


def listing(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a bulk sender."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO = [("Auto-Submitted", "auto-generated")]
AUTOREPLY = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "auto_reply")]

# ------------------------------------------------------------------ es (29)

_intro = """Hola Carlota, estas son las ofertas nuevas de esta semana que coinciden con tu alerta "customer success · Madrid · remoto".

Consejo de la semana: el 62 % de las personas que preparan la entrevista con el método STAR dicen sentirse más seguras, y quienes piden feedback tras un rechazo mejoran su tasa de éxito en la siguiente candidatura."""
_items = [
    ("Customer Success Manager · Fintera (Madrid, híbrido)",
     "https://empleonorte.example.es/o/88213?utm_source=alerta",
     "35-40k € · Publicada hace 2 días · 48 candidaturas"),
    ("Especialista de Onboarding · Clarivo SaaS (remoto España)",
     "https://empleonorte.example.es/o/88390?utm_source=alerta",
     "Inglés alto · Publicada ayer · Proceso con entrevista en inglés"),
    ("Agente de Soporte Bilingüe · Movilink Telecom (Madrid)",
     "https://empleonorte.example.es/o/88412?utm_source=alerta",
     "Turno de mañana · Incorporación inmediata"),
    ("Account Manager Junior · Banco Vértice (Madrid)",
     "https://empleonorte.example.es/o/88455?utm_source=alerta",
     "Contrato indefinido · Más de 100 candidaturas"),
    ("Customer Success Associate · Lumbre (Barcelona o remoto)",
     "https://empleonorte.example.es/o/88471?utm_source=alerta",
     "Primera entrevista por videollamada · 30-34k €"),
]
_foot_txt = ("Recibes este correo porque creaste una alerta en Empleo Norte. "
             "Darte de baja: https://empleonorte.example.es/alertas/baja?u=cwm219")
add(kind="other", slug="empleonorte_alerta_semanal", lang="es", company="", contact="",
    frm=("Empleo Norte", "alertas@empleonorte.example.es"),
    subject="5 ofertas nuevas para ti: Customer Success en Madrid",
    date="2026-02-03 07:00:00 +0100",
    headers=listing("Alertas de empleo <alertas.empleonorte.example.es>",
                    "https://empleonorte.example.es/alertas/baja?u=cwm219",
                    "baja@empleonorte.example.es"),
    text=digest_text(_intro, _items, _foot_txt),
    html=newsletter_html("Empleo Norte · Tus alertas", "#1b5e20", _intro, _items,
                         'Recibes este correo porque creaste una alerta. <a href="https://empleonorte.example.es/alertas/baja?u=cwm219">Darte de baja</a>'),
    cte="quoted-printable")

_t = """CARRERAS QUE CUIDAN · Newsletter n.º 41

Cómo encajar un «no» sin perder el impulso

Todas hemos recibido ese correo que empieza por «Lamentamos informarte». Esta semana hablamos con tres responsables de selección sobre qué pasa de verdad detrás de un rechazo y cómo aprovecharlo para la siguiente entrevista.

1. No lo tomes como algo personal: muchas veces la vacante se cierra por presupuesto o se cubre con alguien de dentro.
2. Pide feedback en dos frases, sin justificarte.
3. Repasa qué preguntas te costaron y ensaya las respuestas en voz alta.
4. Vuelve a escribir a los tres meses: las empresas recuerdan a quien cerró bien.

Leer el artículo completo: https://carrerasquecuidan.example.es/n41/encajar-un-no

Si este boletín te ha llegado reenviado, suscríbete en https://carrerasquecuidan.example.es/alta
Para dejar de recibirlo: https://carrerasquecuidan.example.es/baja"""
add(kind="other", slug="boletin_encajar_un_no", lang="es", company="", contact="",
    frm=("Carreras que cuidan", "boletin@carrerasquecuidan.example.es"),
    subject="Cómo encajar un «no» sin perder el impulso", subj_enc=("utf-8", "b"),
    date="2026-03-15 08:30:00 +0100",
    headers=listing("Carreras que cuidan <n41.carrerasquecuidan.example.es>",
                    "https://carrerasquecuidan.example.es/baja",
                    "baja@carrerasquecuidan.example.es"),
    text=_t, html=page(paras(_t)), cte="quoted-printable")

_t = """Hola Lucía:

Muchas gracias por organizar la entrevista de hoy con Pablo. Me encantó conocer cómo está creciendo el equipo de Customer Success y el reto de llevar a los clientes de México y Colombia desde Madrid.

Como comentamos, te paso el enlace al caso de onboarding que preparé en mi anterior trabajo: https://drive.example.com/cwm/onboarding-caso

Quedo atenta a los próximos pasos.

Un saludo,
""" + MY_SIG_ES
add(kind="other", slug="own_nubeluz_gracias", lang="es", company="", contact="",
    frm=ME, to=[("Lucía Ferrer", "lucia.ferrer@nubeluz.example.es")],
    subject="Gracias por la entrevista de hoy", date="2026-01-28 18:05:40 +0100",
    refs=["nubeluz_gh_invite", "nubeluz_nueva_hora"], text=_t, cte="8bit")

_t = """Kaixo, Mikel:

Os escribo para presentar mi candidatura al puesto de Customer Success Specialist que publicasteis en vuestra web.

Soy chilena, vivo en Madrid desde 2024 y llevo seis años en atención al cliente: cuatro en un contact center de telecomunicaciones en Valparaíso y dos como agente senior bilingüe para una aseguradora en Madrid. Me gustaría dar el salto a Customer Success en una empresa de producto como Ikastek, y estaría dispuesta a trasladarme a Bilbao.

Os adjunto mi CV. Gracias por vuestro tiempo.

Un saludo,
""" + MY_SIG_ES
add(kind="other", slug="own_ikastek_candidatura", lang="es", company="", contact="",
    frm=ME, to=[("Mikel Arrieta", "mikel.arrieta@ikastek.example.es")],
    subject="Candidatura - Customer Success Specialist", date="2026-01-26 22:14:03 +0100",
    text=_t, cte="quoted-printable",
    pdfs=[("CV_Carlota_Weiss-Mbeki_2026.pdf",
           ["Carlota Weiss-Mbeki", "Madrid · +34 611 408 275 · carlota.wm@example.cl",
            "Experiencia: agente senior bilingüe (Madrid, 2024-2026)",
            "Agente de contact center, telecomunicaciones (Valparaíso, 2020-2024)",
            "Idiomas: español nativo, inglés C1, alemán B1, francés A2"])])

_t = reply("""Hola Jordi:

Te pido mil disculpas por lo de esta mañana. Tenía el móvil en silencio por un corte de luz en el edificio y no vi tus dos llamadas hasta las 10:40. Sigo muy interesada en la entrevista telefónica para el puesto de Customer Success Agent.

¿Podríamos buscar otro hueco? Tengo libre mañana viernes por la mañana y toda la semana que viene.

Un saludo,
Carlota""", "es", "jue, 12 feb 2026 a las 10:24", "Jordi Puig", "jordi.puig@telmare.example.es",
           invite_text("telmare_missed_dos_llamadas"))
add(kind="other", slug="own_telmare_disculpas", lang="es", company="", contact="",
    frm=ME, to=[("Jordi Puig", "jordi.puig@telmare.example.es")],
    subject="Disculpas por la llamada de hoy - Customer Success Agent",
    date="2026-02-12 11:02:17 +0100", refs=["telmare_invite_llamada", "telmare_missed_dos_llamadas"],
    text=_t, cte="8bit")

_old = """Hola Carlota:

Me llamo Álvaro Sala y dirijo Hunter & Sala, una firma de búsqueda de directivos y mandos intermedios en Madrid. He visto tu perfil y tu paso de la atención telefónica a la gestión de clientes me parece muy interesante para algunos de los proyectos con los que trabajamos en el sector fintech."""
_t = reply("""Hola Álvaro:

Muchas gracias por escribirme, me alegra que mi perfil te haya llamado la atención. Encantada de hablar contigo: el martes por la tarde estoy libre a partir de las 16:00. Mi móvil es el +34 611 408 275.

Un saludo,
Carlota""",
           "es", "lun, 6 jul 2026 a las 10:31", "Álvaro Sala", "alvaro.sala@huntersala.example.es",
           _old)
add(kind="other", slug="own_huntersala_respuesta", lang="es", company="", contact="",
    frm=ME, to=[("Álvaro Sala", "alvaro.sala@huntersala.example.es")],
    subject="Re: Tu perfil y un par de proyectos en fintech",
    date="2026-07-06 20:44:52 +0200", refs=["huntersala_contacto"], text=_t, cte="8bit")

_t = """Amiga!!

Te tengo que contar porque si no reviento. ¿Te acuerdas de la pega en la naviera de San Antonio, la de coordinadora de atención a clientes? Llegué hasta la última entrevista con el gerente y hoy me mandaron el típico correo: "agradecemos tu interés, pero hemos decidido continuar con otros candidatos". Ni una llamada, nada. Quedé con una rabia...

Bueno, ya se me pasará. ¿Y tú cómo vas con lo de Madrid? ¿Te han llamado de alguna parte? Cuéntame todo.

Besos desde Valpo,
Javi"""
add(kind="other", slug="amiga_cuenta_su_rechazo", lang="es", company="",
    contact="javiera.munoz@correo.example.cl",
    frm=("Javiera Muñoz", "javiera.munoz@correo.example.cl"),
    subject="no me eligieron :(", date="2026-03-20 22:10:45 -0300", text=_t, cte="8bit")

_h = """<p>Hola Carlota,</p>
<p>Lamentablemente tu paquete <strong>ES26-4471-0931</strong> lleva retraso. Una incidencia en el centro logístico de Coslada ha afectado a varios envíos.</p>
<p><b>Nueva fecha estimada de entrega:</b> jueves 23 de abril, entre las 9:00 y las 14:00.</p>
<p>No tienes que hacer nada. Si lo prefieres, puedes cambiar la entrega a un punto de recogida:</p>
<p><a href="https://envios.example.es/seguimiento/ES26-4471-0931">Ver el seguimiento</a></p>
<p>Sentimos las molestias.<br>Envíos Rápidos Meseta</p>"""
add(kind="other", slug="paquete_lleva_retraso", lang="es", company="", contact="",
    frm=("Envíos Rápidos Meseta", "no-reply@envios.example.es"),
    subject="Tu envío ES26-4471-0931 llega con retraso", date="2026-04-21 06:45:12 +0200",
    headers=AUTO, html=page(_h), cte="quoted-printable")

_t = """Hola, CARLOTA:

Ya tienes disponible tu posición global a 30 de abril de 2026 en la banca online.

- Cuenta Nómina ...4471: 3.218,44 €
- Tarjeta de débito: sin movimientos pendientes
- Fondo Monetario Prudente: 1.050,00 €

Recuerda que puedes pedir cita con tu gestora, Marta Aguirre, desde la app en el apartado "Mi gestor" para revisar tu posición o tus objetivos de ahorro.

Banco Vértice
Este es un mensaje automático. No respondas a este correo."""
add(kind="other", slug="banco_posicion_global", lang="es", company="", contact="",
    frm=("Banco Vértice", "avisos-noreply@bancovertice.example.es"),
    subject="Tu posición global a 30 de abril", date="2026-05-02 09:00:05 +0200",
    headers=AUTO, text=_t, charset="windows-1252", cte="quoted-printable")

_t = """Hola Carlota,

Te escribo por lo de la caldera. El técnico de Calefacciones Ruiz puede pasar el jueves 5 de febrero a las 10:00. Si a esa hora no vas a estar en casa, dímelo y cancelamos la cita para moverla a la semana siguiente; no quiero que vuelva a venir y se encuentre la puerta cerrada como en diciembre.

Por cierto, la comunidad hará una entrevista a los vecinos para lo del ascensor, te llegará una nota en el buzón.

Un saludo,
Pilar Cortés
(propietaria, C/ Embajadores 61, 3.º B)"""
add(kind="other", slug="casera_cita_caldera", lang="es", company="",
    contact="pilar.cortes@correo.example.es",
    frm=("Pilar Cortés", "pilar.cortes@correo.example.es"),
    subject="Cita técnico caldera", date="2026-02-01 20:12:09 +0100",
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """Hola Carlota:

Gracias por inscribirte en el curso intensivo de portugués (nivel B1) de Academia Atlântico.

Antes de asignarte grupo, te convocamos a una breve entrevista de nivel con una de nuestras profesoras: el miércoles 14 de octubre a las 18:30 en nuestra sede de C/ Fuencarral 92 (o por videollamada si lo prefieres). Dura unos 15 minutos y no tienes que preparar nada.

Si no puedes venir, responde a este correo y te damos otra hora.

Un saludo,
Helena Duarte
Coordinación académica · Academia Atlântico"""
add(kind="other", slug="academia_entrevista_nivel", lang="es", company="",
    contact="helena.duarte@atlantico-idiomas.example.es",
    frm=("Helena Duarte", "helena.duarte@atlantico-idiomas.example.es"),
    subject="Entrevista de nivel - curso de portugués B1", date="2026-10-07 12:25:18 +0200",
    text=_t, html=page(paras(_t)), cte="base64")

_t = """CITA CONFIRMADA

Paciente: CARLOTA WEISS-MBEKI
Profesional: Dra. Inmaculada Ferrero - Medicina de Familia
Fecha: lunes 9 de marzo de 2026, 08:40
Centro: Centro de Salud Embajadores, consulta 12

Si no puede acudir, anule la cita con al menos 24 horas de antelación desde la app o en el 900 102 112, para que otra persona pueda usarla.

Servicio de Salud de la Comunidad - mensaje automático, no responda."""
add(kind="other", slug="cita_medica_confirmada", lang="es", company="", contact="",
    frm=("Cita Sanitaria", "no-reply@citasanitaria.example.es"),
    subject="Cita confirmada 09/03/2026 08:40", date="2026-03-02 14:03:50 +0100",
    headers=AUTO, text=_t)

_t = """Estimada Carlota Weiss-Mbeki:

La Comisión Académica del Máster Universitario en Gestión de la Experiencia de Cliente ha resuelto el proceso de admisión para el curso 2026-2027.

Lamentamos comunicarle que su solicitud no ha sido admitida, al haberse cubierto las 40 plazas ofertadas con solicitantes de mayor puntuación en el baremo. Ha quedado en la posición 12 de la lista de espera; si se libera alguna plaza le avisaremos por esta vía.

Puede presentar una reclamación en el plazo de diez días hábiles desde la sede electrónica.

Secretaría de Posgrado
Universidad Carlos de Ercilla"""
add(kind="other", slug="master_no_admitida", lang="es", company="", contact="",
    frm=("Posgrado UCE", "posgrado-noreply@ucercilla.example.es"),
    subject="Resolución de admisión - Máster en Gestión de la Experiencia de Cliente",
    date="2026-07-10 13:00:00 +0200", headers=AUTO,
    text=_t, html=page(paras(_t)), charset="iso-8859-1", cte="quoted-printable")

_t = """Hola,

Estoy fuera de la oficina por formación hasta el martes 24 de marzo, sin acceso al correo. Para cualquier tema urgente sobre procesos de selección, escribe a mi compañero Pedro Lozano (pedro.lozano@laborvia.example.es) o llama al 91 540 22 18.

Gracias,
Raquel Domínguez
Laborvía ETT · Delegación Madrid Centro"""
add(kind="other", slug="ooo_raquel_formacion", lang="es", company="",
    contact="raquel.dominguez@laborvia.example.es",
    frm=("Raquel Domínguez", "raquel.dominguez@laborvia.example.es"),
    subject="Respuesta automática: Entrevista Seguros Atalaya - ¿novedades?",
    subj_enc=("utf-8", "q"),
    date="2026-03-21 10:02:44 +0100", refs=["own_laborvia_novedades"],
    headers=AUTOREPLY, text=_t)

_t = """Carlota, tu perfil está llamando la atención

· 14 apariciones en búsquedas esta semana
· 3 reclutadores vieron tu perfil, entre ellos uno de una empresa de telecomunicaciones en Madrid
· 2 empleos nuevos coinciden con tus preferencias: "Customer Success Manager" y "Responsable de Atención al Cliente"

Ver quién ha visto tu perfil: https://redpro.example.com/me/vistas
Ver empleos: https://redpro.example.com/empleos/recomendados

Estás recibiendo correos de notificaciones de RedPro. Gestiona tus preferencias: https://redpro.example.com/ajustes/correo"""
add(kind="other", slug="redpro_vistas_perfil", lang="es", company="", contact="",
    frm=("RedPro", "notificaciones@redpro.example.com"),
    subject="Carlota, 3 reclutadores vieron tu perfil", date="2026-05-25 17:12:30 +0000",
    headers=[*AUTO, ("List-Unsubscribe", "<https://redpro.example.com/ajustes/correo?u=cwm>")],
    text=_t, html=page(paras(_t)), cte="quoted-printable")

_t = """Hola Carlota:

Soy Irene, investigadora de experiencia de usuario en Banco Vértice. Estamos rediseñando la app móvil y nos gustaría entrevistarte: vemos que usas a menudo la sección de transferencias internacionales y tu opinión nos resultaría muy útil.

Sería una entrevista de 45 minutos por videollamada, la semana del 8 de junio. No es una encuesta ni una llamada comercial; solo queremos entender cómo usas la app. Como agradecimiento, te ingresaremos 40 € en tu cuenta.

Si te apetece participar, elige hora aquí: https://research.bancovertice.example.es/agenda/r-219

Gracias,
Irene Calvo
UX Research · Banco Vértice"""
add(kind="other", slug="ux_research_banco", lang="es", company="",
    contact="irene.calvo@bancovertice.example.es",
    frm=("Irene Calvo", "irene.calvo@bancovertice.example.es"),
    subject="¿Nos ayudas a mejorar la app? Entrevista de 45 minutos",
    date="2026-05-29 11:05:00 +0200", text=_t, cte="quoted-printable")

_t = """¡Hola Carlota!

Te escribo desde «Voces del Soporte», un pódcast sobre las personas que trabajan en atención al cliente en España y Latinoamérica. Una oyente nos pasó tu artículo en RedPro sobre el salto del call center a Customer Success y nos encantaría entrevistarte para un episodio.

La grabación sería en remoto, unos 40 minutos, cuando te venga bien en junio. Te mandaría las preguntas antes.

¿Te animas?

Rubén Esteve
Presentador · Voces del Soporte
vocesdelsoporte.example.es"""
add(kind="other", slug="podcast_voces_soporte", lang="es", company="",
    contact="ruben@vocesdelsoporte.example.es",
    frm=("Rubén Esteve", "ruben@vocesdelsoporte.example.es"),
    subject="Entrevista para el pódcast Voces del Soporte", date="2026-05-19 10:48:36 +0200",
    text=_t, cte="8bit")

_t = """Hola Carlota:

Me llamo Álvaro Sala y dirijo Hunter & Sala, una firma de búsqueda de directivos y mandos intermedios en Madrid. He visto tu perfil y tu paso de la atención telefónica a la gestión de clientes me parece muy interesante para algunos de los proyectos con los que trabajamos en el sector fintech.

Ahora mismo no tengo una posición concreta que proponerte, pero me gustaría conocerte y entender qué buscas. ¿Te parece que hablemos por teléfono un rato la semana que viene?

Un saludo,
Álvaro Sala
Socio director · Hunter & Sala Executive Search
Paseo de Recoletos 7, 28004 Madrid · +34 913 197 640"""
add(kind="other", slug="huntersala_contacto", lang="es", company="",
    contact="alvaro.sala@huntersala.example.es",
    frm=("Álvaro Sala", "alvaro.sala@huntersala.example.es"),
    subject="Tu perfil y un par de proyectos en fintech", date="2026-07-06 10:31:22 +0200",
    text=_t, html=page(paras(_t)), cte="quoted-printable")

_t = """Localiza tu dispositivo

El teléfono «Galaxy de Carlota» se ha conectado de nuevo.

Última posición conocida: cerca de Calle de Embajadores, 28012 Madrid
Precisión: 20 metros
Hora: 19 ago 2026, 23:41

Ver en el mapa: https://localiza.example.com/dispositivos/galaxy-cwm

Si no has sido tú, protege tu cuenta."""
add(kind="other", slug="localiza_ultima_posicion", lang="es", company="", contact="",
    frm=("Localiza", "no-reply@localiza.example.com"),
    subject="Tu teléfono ha compartido su posición", date="2026-08-19 23:42:01 +0200",
    headers=AUTO, text=_t, cte="base64")

_intro = """Novedades en tu búsqueda guardada «Atención al cliente - Bilbao»: hay 4 ofertas publicadas en las últimas 24 horas."""
_items = [
    ("Gestor/a de Clientes - Banca (Bilbao)", "https://trabajobizkaia.example.es/of/5521",
     "Oferta de empleo con jornada completa · euskera valorable"),
    ("Customer Success Specialist (Derio)", "https://trabajobizkaia.example.es/of/5524",
     "Empresa tecnológica · inglés imprescindible"),
    ("Agente de Atención Telefónica (Barakaldo)", "https://trabajobizkaia.example.es/of/5530",
     "Campaña de seguros · turnos rotativos"),
    ("Teleoperador/a Bilingüe (remoto)", "https://trabajobizkaia.example.es/of/5533",
     "Francés o alemán · contrato de obra"),
]
add(kind="other", slug="trabajobizkaia_ofertas_nuevas", lang="es", company="", contact="",
    frm=("Trabajo Bizkaia", "avisos@trabajobizkaia.example.es"),
    subject="4 ofertas nuevas: Atención al cliente - Bilbao", date="2026-01-21 07:15:00 +0100",
    headers=listing("Busquedas guardadas <busquedas.trabajobizkaia.example.es>",
                    "https://trabajobizkaia.example.es/baja/cwm", "baja@trabajobizkaia.example.es"),
    html=newsletter_html("Trabajo Bizkaia", "#b71c1c", _intro, _items,
                         '<a href="https://trabajobizkaia.example.es/baja/cwm">Cancelar esta alerta</a>'),
    cte="quoted-printable")

_t = """TECH & TALENTO · Semanal

Despidos, vacantes congeladas y procesos que no terminan

En lo que va de 2026, 38 empresas tecnológicas con sede en España han anunciado recortes de plantilla. Para quien busca trabajo, el efecto se nota: más candidaturas por vacante, más rechazos automáticos y procesos con cuatro o cinco entrevistas que acaban en «la posición se ha cancelado».

Hablamos con dos reclutadoras sobre lo que está pasando:
«Muchas ofertas siguen publicadas aunque la plaza está en pausa», cuenta una de ellas. «No es falta de interés en el candidato: es presupuesto».

Además, esta semana:
- Las empresas de atención al cliente externalizada (BPO) siguen contratando en Barcelona y Málaga.
- Guía: qué preguntar al final de una entrevista para saber si el puesto sigue vivo.

Leer en la web: https://techytalento.example.es/semanal/2026-09-14
Darse de baja: https://techytalento.example.es/baja"""
add(kind="other", slug="techytalento_despidos", lang="es", company="", contact="",
    frm=("Tech & Talento", "semanal@techytalento.example.es"),
    subject="Despidos, vacantes congeladas y procesos que no terminan",
    date="2026-09-14 08:00:00 +0200",
    headers=listing("Tech y Talento semanal <semanal.techytalento.example.es>",
                    "https://techytalento.example.es/baja", "baja@techytalento.example.es"),
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_fw = forwarded("es", "Lucía Ferrer <lucia.ferrer@nubeluz.example.es>", "lun, 9 feb 2026, 13:02",
                "Carta de oferta - Customer Success Manager", "Carlota Weiss-Mbeki <carlota.wm@example.cl>",
                """Hola Carlota:

¡Enhorabuena! Después de las conversaciones con Pablo y con el equipo, nos encantaría que te unieras a Nubeluz como Customer Success Manager para el mercado hispanohablante.

Te adjunto la carta de oferta con todos los detalles.""")
_t = """Mana, mira lo que me llegó!!! 🎉

Te reenvío la oferta de Nubeluz. ¿Tú qué dices del sueldo? Para Madrid me parece bien pero no sé si pedir un poco más de fijo. Mañana te llamo.

C.

""" + _fw
add(kind="other", slug="own_reenvio_oferta_hermana", lang="es", company="", contact="",
    frm=ME, to=[("Amara Weiss-Mbeki", "amara.wm@correo.example.cl")],
    subject="Fwd: Carta de oferta - Customer Success Manager", date="2026-02-09 21:30:12 +0100",
    refs=["nubeluz_oferta_pdf"], text=_t, cte="base64")

_t = """Servicio Regional de Empleo

Le recordamos que tiene cita previa para RENOVACIÓN DE LA DEMANDA DE EMPLEO:

Fecha: 16/04/2026
Hora: 09:20
Oficina: Madrid - Arganzuela, Paseo de las Acacias 5

Si no puede acudir, puede anular o cambiar la cita desde la sede electrónica. Recuerde que no renovar la demanda en plazo puede suponer la baja como demandante.

Este mensaje se ha enviado desde una dirección que no admite respuestas."""
add(kind="other", slug="empleo_publico_renovacion", lang="es", company="", contact="",
    frm=("Servicio Regional de Empleo", "noreply@empleo-regional.example.es"),
    subject="Recordatorio de cita previa 16/04/2026", date="2026-04-14 10:00:00 +0200",
    headers=AUTO, text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """Estimada afiliada:

Le informamos que su solicitud de traspaso de fondos desde el Fondo C al Fondo B, ingresada el 2 de junio de 2026, fue rechazada porque la firma electrónica no pudo ser validada.

Puede volver a ingresar la solicitud desde nuestro sitio privado con su Clave Única.

Atentamente,
AFP Cumbre
Este correo es informativo, por favor no lo responda."""
add(kind="other", slug="afp_traspaso_rechazado", lang="es", company="", contact="",
    frm=("AFP Cumbre", "notificaciones@afpcumbre.example.cl"),
    subject="Solicitud de traspaso rechazada", date="2026-06-04 12:20:00 -0400",
    headers=AUTO, text=_t, html=page(paras(_t)), cte="quoted-printable")

_t = """Carlotaaa

¡¡¡ME OFRECIERON EL PUESTO!!! Lo de la aseguradora de Las Condes, te acuerdas? Hoy me llamó la jefa de RR. HH. y me hizo la oferta por teléfono, empiezo el 1 de julio. No lo puedo creer después de tantos "no" este año.

El sábado lo celebramos por videollamada, ¿ya? Tú también vas a tener tu sí, estoy segura.

Te quiero,
Cata"""
add(kind="other", slug="amiga_le_ofrecieron", lang="es", company="",
    contact="catalina.reyes@correo.example.cl",
    frm=("Catalina Reyes", "catalina.reyes@correo.example.cl"),
    subject="NOTICIÓN", date="2026-06-17 20:48:02 -0400", text=_t, cte="8bit")

_t = """Hola Itziar:

Espero que estés bien. Te escribo para preguntar si hay novedades sobre el proceso de Gestora de Clientes Digitales (ref. BCN-2026-114). Participé en la jornada de evaluación del 12 de marzo y me gustaría saber en qué punto está la decisión.

Muchas gracias de antemano.

Un saludo,
""" + MY_SIG_ES
add(kind="other", slug="own_bancocantabrico_novedades", lang="es", company="", contact="",
    frm=ME, to=[("Itziar Goikoetxea", "itziar.goikoetxea@bancocantabrico.example.es")],
    subject="Consulta sobre el proceso BCN-2026-114", date="2026-03-25 09:40:31 +0100",
    refs=["bancocantabrico_ac_moved"], text=_t, html=page(paras(_t)), cte="quoted-printable")

_intro = """Webinar gratuito · jueves 19 de febrero, 18:30 (hora peninsular)

«Entrevistas por competencias: lo que de verdad escuchan los reclutadores». Una hora práctica con ejemplos de respuestas, errores frecuentes y cómo pedir feedback si la respuesta es negativa."""
_items = [
    ("Reserva tu plaza", "https://formacionclientes.example.es/webinar/competencias",
     "Plazas limitadas · recibirás el enlace el mismo día"),
    ("Descarga la guía de preguntas frecuentes",
     "https://formacionclientes.example.es/guia-entrevista.pdf",
     "25 preguntas de entrevista para puestos de atención al cliente"),
]
add(kind="other", slug="webinar_entrevistas_competencias", lang="es", company="", contact="",
    frm=("Formación Clientes", "eventos@formacionclientes.example.es"),
    subject="Webinar: entrevistas por competencias (plazas limitadas)",
    date="2026-02-10 12:00:00 +0100",
    headers=listing("Eventos Formacion Clientes <eventos.formacionclientes.example.es>",
                    "https://formacionclientes.example.es/baja", "baja@formacionclientes.example.es"),
    text=digest_text(_intro, _items, "Darte de baja: https://formacionclientes.example.es/baja"),
    html=newsletter_html("Formación Clientes", "#6a1b9a", _intro, _items,
                         '<a href="https://formacionclientes.example.es/baja">Darte de baja</a>'),
    cte="quoted-printable")

_t = """Escuela Oficial de Idiomas Madrid-Centro

Resolución de adjudicación de plazas - curso 2026/2027

Solicitante: WEISS-MBEKI, CARLOTA
Idioma y nivel solicitado: Alemán B2.1 (modalidad presencial, horario de tarde)

Estado: PLAZA NO CONCEDIDA. Número de lista de espera: 87.

Las plazas se han adjudicado por sorteo público. Puede consultar los grupos con vacantes en la fase extraordinaria a partir del 15 de septiembre."""
add(kind="other", slug="eoi_plaza_no_concedida", lang="es", company="", contact="",
    frm=("EOI Madrid-Centro", "no-responder@eoimadridcentro.example.es"),
    subject="Adjudicación de plazas 2026/2027", date="2026-09-04 14:30:00 +0200",
    headers=AUTO, text=_t, charset="iso-8859-1", cte="8bit")

_intro = """Hola Carlota, este mes en el boletín de Laborvía: las empresas de Madrid que más están contratando en atención al cliente y tres consejos para llegar preparada a tu próxima entrevista."""
_items = [
    ("Teleoperador/a de emisión - sector energía (Madrid)", "https://laborvia.example.es/ofertas/20931",
     "Incorporación inmediata · 1.300 € brutos/mes"),
    ("Agente de soporte con alemán (remoto)", "https://laborvia.example.es/ofertas/20944",
     "Contrato de seis meses · alemán B2"),
    ("Recepcionista bilingüe - clínica (Chamberí)", "https://laborvia.example.es/ofertas/20950",
     "Horario de mañana"),
    ("Consejo: cómo hablar de un hueco en tu CV", "https://laborvia.example.es/blog/hueco-cv",
     "Lectura de 4 minutos"),
]
add(kind="other", slug="laborvia_boletin_mensual", lang="es", company="", contact="",
    frm=("Laborvía ETT", "boletin@laborvia.example.es"),
    subject="Boletín Laborvía · abril", date="2026-04-07 10:00:00 +0200",
    headers=listing("Boletin Laborvia <boletin.laborvia.example.es>",
                    "https://laborvia.example.es/boletin/baja", "baja@laborvia.example.es"),
    text=digest_text(_intro, _items, "Baja del boletín: https://laborvia.example.es/boletin/baja"),
    html=newsletter_html("Boletín Laborvía", "#00695c", _intro, _items,
                         '<a href="https://laborvia.example.es/boletin/baja">Baja del boletín</a>'),
    cte="base64")

# ------------------------------------------------------------------ en (13)

_intro = """Your JobStream digest for "customer success - Dublin - Spanish". 6 new jobs since Monday.

Tip: candidates who send a short thank-you note within 24 hours of an interview are remembered. And if you were rejected, ask for one line of feedback - most recruiters will answer."""
_items = [
    ("Customer Success Manager, Spanish Markets - Ardmore Analytics",
     "https://jobstream.example.com/j/551201", "Dublin 2 · Hybrid · Posted 1 day ago"),
    ("Bilingual Support Specialist - Clearwave Telecom",
     "https://jobstream.example.com/j/551233", "Limerick · On-site · Be an early applicant"),
    ("Customer Onboarding Associate - Finchly", "https://jobstream.example.com/j/551240",
     "Remote (Ireland) · 2 interviews"),
    ("Client Services Executive (Spanish) - Harbourline Insurance",
     "https://jobstream.example.com/j/551266", "Cork · Hybrid"),
    ("Customer Care Team Lead - Pennant BPO", "https://jobstream.example.com/j/551270",
     "Dublin 18 · Shift allowance"),
    ("CX Analyst - Tidewater Telecom", "https://jobstream.example.com/j/551291",
     "Dublin 1 · Graduate-friendly"),
]
add(kind="other", slug="jobstream_digest", lang="en", company="", contact="",
    frm=("JobStream Alerts", "alerts@jobstream.example.com"),
    subject="6 new jobs for \"customer success - Dublin - Spanish\"",
    date="2026-05-13 06:30:00 +0000",
    headers=listing("JobStream job alerts <alerts.jobstream.example.com>",
                    "https://jobstream.example.com/alerts/unsubscribe/cwm",
                    "unsubscribe@jobstream.example.com"),
    text=digest_text(_intro, _items, "Unsubscribe: https://jobstream.example.com/alerts/unsubscribe/cwm"),
    html=newsletter_html("JobStream", "#0d47a1", _intro, _items,
                         '<a href="https://jobstream.example.com/alerts/unsubscribe/cwm">Unsubscribe</a>',
                         lang="en"))

_t = """THE SUPPORT DESK · Issue 88

Bouncing back from a rejection (and the one that hurt)

Last month I got a rejection for a role I'd already mentally moved into. The email said the team had "decided to move forward with other candidates". I read it in a supermarket queue.

Here's what I did next, and what three hiring managers told me about rejections they send:

- Most rejections are about the shortlist, not about you.
- "On hold" usually means budget. Check back in eight weeks.
- Your interview notes are gold. Write them the same day.

Read online: https://thesupportdesk.example.com/p/bouncing-back
You're receiving this because you subscribed to The Support Desk. Unsubscribe: https://thesupportdesk.example.com/unsubscribe"""
add(kind="other", slug="supportdesk_bouncing_back", lang="en", company="", contact="",
    frm=("The Support Desk", "thesupportdesk@newsletters.example.com"),
    subject="Bouncing back from a rejection (and the one that hurt)",
    date="2026-06-07 15:00:00 +0000",
    headers=listing("The Support Desk <thesupportdesk.newsletters.example.com>",
                    "https://thesupportdesk.example.com/unsubscribe",
                    "unsubscribe@newsletters.example.com"),
    text=_t, html=page(paras(_t), lang="en"))

_t = """Dear Inês,

Thank you for taking the time to meet me yesterday, together with Rui and Marta. I really enjoyed hearing how the customer success team in Lisbon supports merchants in Spain and Brazil, and the case about the churned account was great fun to work on.

I'm very motivated by the role and happy to share anything else you may need.

Kind regards,
Carlota"""
add(kind="other", slug="own_mares_thanks", lang="en", company="", contact="",
    frm=ME, to=[("Inês Carvalho", "ines.carvalho@maresdigital.example.pt")],
    subject="Thank you - Customer Success Manager panel", date="2026-03-26 18:40:22 +0100",
    refs=["mares_panel_new_time"], text=_t)

_t = """Dear Aoife,

I'm writing to apply for the Bilingual Customer Success role at Quayside Telecom, which I saw on your careers page.

I have six years of customer-facing experience in telecoms and insurance, in Chile and in Spain, in both Spanish and English. I'm now moving into customer success, and Quayside's focus on small-business customers really appeals to me. I'm happy to relocate to Dublin.

Please find my CV attached. I'd welcome the chance to talk.

Best regards,
""" + MY_SIG_EN
add(kind="other", slug="own_quayside_cv", lang="en", company="", contact="",
    frm=ME, to=[("Aoife Kelly", "aoife.kelly@quaysidetel.example.ie")],
    subject="Application - Bilingual Customer Success", date="2026-04-14 21:02:56 +0200",
    text=_t, html=page(paras(_t), lang="en"),
    pdfs=[("Carlota_Weiss-Mbeki_CV_EN.pdf",
           ["Carlota Weiss-Mbeki - Curriculum Vitae", "Madrid, Spain · carlota.wm@example.cl",
            "Senior bilingual agent, insurance (Madrid, 2024-2026)",
            "Contact centre agent, telecoms (Valparaiso, 2020-2024)",
            "Languages: Spanish (native), English (C1), German (B1)"])])

_t = """Carlota, you're getting noticed

- You appeared in 9 searches this week
- A recruiter at a fintech company viewed your profile
- Your post "From call centre to customer success" got 41 reactions

See all profile views: https://redpro.example.com/me/views
Jobs you may be interested in: Customer Success Manager at Ardmore Analytics, CX Specialist at Clearwave Telecom

You are receiving RedPro notification emails. Unsubscribe: https://redpro.example.com/settings/email"""
add(kind="other", slug="redpro_weekly_views", lang="en", company="", contact="",
    frm=("RedPro", "notifications-noreply@redpro.example.com"),
    subject="You appeared in 9 searches this week", date="2026-08-31 17:20:11 +0000",
    headers=[*AUTO, ("List-Unsubscribe", "<https://redpro.example.com/settings/email?u=cwm>")],
    text=_t, html=page(paras(_t), lang="en"), cte="quoted-printable")

_t = """Hi Carlota,

I host "CX Voices", a weekly podcast about people who build customer experience teams in Europe. Your article on moving from contact-centre work to customer success came up in our listener Slack, and I'd love to interview you for an episode.

It's a relaxed 35-minute conversation, recorded remotely. We'd send the questions in advance, and you'd get to approve the edit. Any Tuesday or Wednesday in September works on our side.

Interested?

Best,
Hannah Okoye
Host & Producer, CX Voices
cxvoices.example.com"""
add(kind="other", slug="podcast_cx_voices", lang="en", company="",
    contact="hannah@cxvoices.example.com",
    frm=("Hannah Okoye", "hannah@cxvoices.example.com"),
    subject="Podcast interview request - CX Voices", date="2026-08-18 14:00:40 +0100",
    text=_t)

_t = """Hi Carlota,

I'm a user researcher at Tessellate, the helpdesk software your previous team used. We're talking to support agents about how they handle escalations, and we'd love to hear about your experience.

It's a 30-minute video interview, and we'll send you a EUR 50 gift card as a thank-you. This is purely research: we won't try to sell you anything and it's not related to any job opening.

You can pick a time here: https://tessellate.example.com/research/book?study=esc-26

Thanks!
Leo Brandt-Hughes
Senior User Researcher, Tessellate"""
add(kind="other", slug="ux_research_tessellate", lang="en", company="",
    contact="leo.bh@tessellate.example.com",
    frm=("Leo Brandt-Hughes", "leo.bh@tessellate.example.com"),
    reply_to=("Leo Brandt-Hughes", "leo.bh@tessellate.example.com"),
    subject="Research interview: how you handle escalations (EUR 50 thank-you)",
    date="2026-02-25 16:33:21 +0000", text=_t, html=page(paras(_t), lang="en"))

_t = """Thank you for your email. I'm out of the office until Monday 20 April with limited access to email.

For anything urgent regarding your application or interview with Cloverdesk, please contact talent@cloverdesk.example.ie.

Niamh Byrne
Recruiter, Cloverdesk"""
add(kind="other", slug="ooo_niamh_cloverdesk", lang="en", company="",
    contact="niamh.byrne@cloverdesk.example.ie",
    frm=("Niamh Byrne", "niamh.byrne@cloverdesk.example.ie"),
    subject="Automatic reply: Re: We missed you this morning",
    date="2026-04-15 11:02:03 +0100", refs=["cloverdesk_zoom_waited", "own_cloverdesk_sorry"],
    headers=AUTOREPLY, text=_t)

_t = """Hi Carlota,

I came across your profile and was impressed by your move from the contact-centre floor into customer success - that's a path a lot of my clients value.

I run a small search firm focused on CX and support leadership roles in Ireland and the UK. I don't have a specific vacancy for you right now, but I'd like to get to know you and keep you in mind as things come up over the next few months.

If you're open to it, feel free to send me your CV and a line about what you're looking for.

Kind regards,
Fergal Nolan
Director, Nolan Search Partners
Dublin · +353 1 905 2281"""
add(kind="other", slug="nolan_cold_approach", lang="en", company="",
    contact="fergal@nolansearch.example.ie",
    frm=("Fergal Nolan", "fergal@nolansearch.example.ie"),
    subject="Your move into customer success", date="2026-07-29 09:17:44 +0100",
    text=_t, html=outlook_html(mso_paras(_t), lang="EN-IE"), cte="quoted-printable")

_t = """Hi Carlota,

Unfortunately, your parcel is delayed.

Order: #CW-88231 (2 items)
Original delivery date: Friday 9 October
New estimated delivery: Tuesday 13 October

This is due to high volumes at our sorting centre. We're sorry for the inconvenience - there's nothing you need to do.

Track your parcel: https://parcelwise.example.com/track/CW88231

Parcelwise"""
add(kind="other", slug="parcel_delayed", lang="en", company="", contact="",
    frm=("Parcelwise", "no-reply@parcelwise.example.com"),
    subject="Unfortunately, your parcel is delayed", date="2026-10-08 19:04:55 +0000",
    headers=AUTO, text=_t, html=page(paras(_t), lang="en"), cte="base64")

_t = """Merrion Family Practice

Your appointment has been rescheduled.

Patient: Carlota Weiss-Mbeki
Previous appointment: Wednesday 17 June, 09:15 with Dr Aisling Ryan
New appointment: Thursday 18 June, 11:40 with Dr Aisling Ryan

If the new time does not suit you, please cancel through the patient portal at least 24 hours in advance.

This is an automated message - replies are not monitored."""
add(kind="other", slug="gp_appointment_rescheduled", lang="en", company="", contact="",
    frm=("Merrion Family Practice", "noreply@merrionpractice.example.ie"),
    subject="Your appointment has been rescheduled", date="2026-06-15 08:02:18 +0100",
    headers=AUTO, text=_t)

_t = """Dear Carlota,

Thank you for applying to the September 2026 cohort of the Certified Customer Success Professional (CCSP) programme.

We received over 600 applications for 45 places. After reviewing your application, we are unable to offer you a place on this cohort. This decision reflects the very high demand rather than the quality of your application.

You are welcome to apply for the January 2027 cohort; applications open on 1 November.

With best wishes,
Admissions Team
Institute for Customer Success Education"""
add(kind="other", slug="ccsp_cohort_no_place", lang="en", company="", contact="",
    frm=("ICSE Admissions", "admissions-noreply@icse.example.org"),
    subject="Your CCSP application - September 2026 cohort", date="2026-07-31 12:00:00 +0100",
    headers=AUTO, text=_t, html=page(paras(_t), lang="en"), cte="quoted-printable")

_t = """Hey Carlota!

So the Aerlink thing didn't happen. Got the rejection this morning after the third interview - "we've decided to proceed with a candidate whose experience more closely aligns". Three interviews! I'm gutted but honestly a bit relieved, the commute to the airport would've killed me.

How are you getting on with the Dublin applications? If you end up moving over, you're staying with me until you find a place, no arguments.

x Siobhán"""
add(kind="other", slug="friend_siobhan_rejection", lang="en", company="",
    contact="siobhan.quinn@mail.example.ie",
    frm=("Siobhán Quinn", "siobhan.quinn@mail.example.ie"), frm_enc=("iso-8859-1", "q"),
    subject="well that's that", date="2026-05-19 13:31:07 +0100", text=_t)

# ------------------------------------------------------------------ fr (5)

_intro = """Bonjour Carlota, voici les nouvelles offres correspondant à votre alerte « Customer Success - Paris - espagnol ».

À lire aussi : « Relance après un entretien : combien de temps attendre ? » et notre guide pour rebondir après un refus."""
_items = [
    ("Customer Success Manager hispanophone - Datapoint (Paris 9e)",
     "https://talentia-hebdo.example.fr/offre/30112", "CDI · 45 000-50 000 euros · Télétravail partiel"),
    ("Chargé(e) de relation client bilingue - Mutuelle Sequana (Paris 6e)",
     "https://talentia-hebdo.example.fr/offre/30119", "CDI · Entretien en deux étapes"),
    ("Account Manager Espagne - Voltaire SaaS (Lyon ou remote)",
     "https://talentia-hebdo.example.fr/offre/30125", "CDI · Déplacements ponctuels"),
    ("Conseiller support premium - Orange Bleue Télécom (Nanterre)",
     "https://talentia-hebdo.example.fr/offre/30140", "CDD 6 mois"),
]
add(kind="other", slug="talentia_hebdo_alertes", lang="fr", company="", contact="",
    frm=("Talentia Hebdo", "alertes@talentia-hebdo.example.fr"),
    subject="4 nouvelles offres pour votre alerte « Customer Success - Paris »",
    subj_enc=("iso-8859-1", "q"),
    date="2026-05-26 07:30:00 +0200",
    headers=listing("Alertes Talentia Hebdo <alertes.talentia-hebdo.example.fr>",
                    "https://talentia-hebdo.example.fr/desinscription/cwm",
                    "desinscription@talentia-hebdo.example.fr"),
    text=digest_text(_intro, _items, "Se désinscrire : https://talentia-hebdo.example.fr/desinscription/cwm"),
    html=newsletter_html("Talentia Hebdo", "#c2185b", _intro, _items,
                         '<a href="https://talentia-hebdo.example.fr/desinscription/cwm">Se désinscrire</a>',
                         charset="iso-8859-1", lang="fr"),
    charset="iso-8859-1", cte="quoted-printable")

_t = """Bonjour Sophie,

Merci pour ton appel de ce matin. Je suis disponible pour rencontrer ton client mardi ou mercredi après-midi, en visio ou sur place à La Défense.

Belle journée,
Carlota"""
add(kind="other", slug="own_lumiere_dispo", lang="fr", company="", contact="",
    frm=ME, to=[("Sophie Garnier", "sophie.garnier@lumieretalents.example.fr")],
    subject="Poste grands comptes", date="2026-09-14 11:08:40 +0200",
    text=_t, cte="quoted-printable")

_t = """Bonjour,

Je suis absente du bureau jusqu'au vendredi 15 mai inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute question concernant un processus de recrutement en cours chez Relatio, vous pouvez écrire à Hugo Lefèvre (hugo.lefevre@relatio.example.fr).

Bien cordialement,
Camille Rousseau"""
add(kind="other", slug="ooo_camille_relatio", lang="fr", company="",
    contact="camille.rousseau@relatio.example.fr",
    frm=("Camille Rousseau", "camille.rousseau@relatio.example.fr"),
    subject="Réponse automatique : Entretien Relatio : nouveau créneau",
    subj_enc=("utf-8", "b"),
    date="2026-05-14 09:10:02 +0200", refs=["relatio_creneau_deplace", "own_relatio_ok"],
    headers=AUTOREPLY, text=_t, cte="quoted-printable")

_t = """Madame Weiss-Mbeki,

Suite à l'ouverture de votre compte chez nous, je vous propose un rendez-vous pour faire le point sur votre situation et vos projets : épargne, carte internationale, et éventuellement l'assurance habitation si vous vous installez à Paris.

Je vous propose le mardi 2 juin à 17h30 en agence (12 boulevard Haussmann) ou par téléphone. N'hésitez pas à me répondre directement pour confirmer ou déplacer ce rendez-vous.

Bien cordialement,
Thomas Girard
Conseiller clientèle · Banque Haussmann
Agence Paris Opéra · 01 44 51 20 87"""
add(kind="other", slug="banque_rdv_conseiller", lang="fr", company="",
    contact="thomas.girard@banquehaussmann.example.fr",
    frm=("Thomas Girard", "thomas.girard@banquehaussmann.example.fr"),
    subject="Proposition de rendez-vous avec votre conseiller",
    date="2026-05-27 10:44:55 +0200",
    text=_t, html=outlook_html(mso_paras(_t), charset="iso-8859-1", lang="FR"),
    charset="iso-8859-1", cte="quoted-printable")

_t = """Madame,

Nous avons bien étudié votre dossier de candidature au Master 2 « Management de la relation client » (formation en alternance) pour la rentrée 2026.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue par la commission pédagogique. Le nombre de places étant limité à 24, la sélection a été particulièrement exigeante cette année.

Nous vous souhaitons pleine réussite dans la poursuite de votre projet.

Le service des admissions
École Supérieure de Commerce de Seine-Ouest"""
add(kind="other", slug="master_candidature_non_retenue", lang="fr", company="", contact="",
    frm=("Admissions ESCSO", "admissions-noreply@escso.example.fr"),
    subject="Votre candidature au Master 2 Management de la relation client",
    date="2026-06-19 16:00:00 +0200", headers=AUTO, text=_t, cte="quoted-printable")

# ------------------------------------------------------------------ de (5)

_intro = """Hallo Carlota, hier sind die neuesten Stellen zu Ihrem Suchauftrag „Customer Success Berlin Spanisch“.

Tipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch per Video vor - und was Sie nach einer Absage tun können."""
_items = [
    ("Customer Success Manager (m/w/d) Spanisch - Zahlwerk, Berlin",
     "https://stellenradar.example.de/job/77120", "Festanstellung · Hybrid · vor 2 Tagen"),
    ("Kundenberater Spanisch/Englisch (m/w/d) - Havelstrom Energie",
     "https://stellenradar.example.de/job/77126", "Potsdam · Vollzeit"),
    ("Onboarding Specialist LATAM (m/w/d) - Ringfeld Software",
     "https://stellenradar.example.de/job/77131", "Remote · Berlin-Zeitzone"),
    ("Teamleitung Kundenservice (m/w/d) - Spreeton Telekom",
     "https://stellenradar.example.de/job/77140", "Berlin-Moabit · Vollzeit"),
]
add(kind="other", slug="stellenradar_suchauftrag", lang="de", company="", contact="",
    frm=("StellenRadar", "suchauftrag@stellenradar.example.de"),
    subject="4 neue Jobs für Ihren Suchauftrag „Customer Success Berlin Spanisch“",
    subj_enc=("utf-8", "q"),
    date="2026-07-02 06:00:00 +0200",
    headers=listing("StellenRadar Suchauftraege <suchauftrag.stellenradar.example.de>",
                    "https://stellenradar.example.de/abmelden/cwm", "abmelden@stellenradar.example.de"),
    text=digest_text(_intro, _items, "Suchauftrag abbestellen: https://stellenradar.example.de/abmelden/cwm"),
    html=newsletter_html("StellenRadar", "#ef6c00", _intro, _items,
                         '<a href="https://stellenradar.example.de/abmelden/cwm">Abmelden</a>',
                         lang="de"),
    cte="quoted-printable")

_t = """Liebe Frau Albrecht,

vielen Dank für die Einladung. Leider habe ich am 5. Mai vormittags einen Arzttermin, den ich nicht verschieben kann. Wäre ein anderer Termin in derselben Woche möglich, gerne am Nachmittag?

Viele Grüße
Carlota Weiss-Mbeki"""
add(kind="other", slug="own_kundenwerk_termin", lang="de", company="", contact="",
    frm=ME, to=[("Jana Albrecht", "jana.albrecht@kundenwerk.example.de")],
    subject="Re: Einladung zum Videogespräch – Customer Success Managerin",
    date="2026-04-28 08:31:15 +0200", refs=["kundenwerk_einladung"],
    text=_t, cte="quoted-printable")

_old = """Sehr geehrte Frau Krüger,

ich interessiere mich sehr für die 2-Zimmer-Wohnung in der Wrangelstraße und würde gern zur Besichtigung kommen. Ich ziehe im Juni für eine Stelle nach Berlin.

Mit freundlichen Grüßen
Carlota Weiss-Mbeki"""
_t = reply("""Sehr geehrte Frau Weiss-Mbeki,

vielen Dank für Ihr Interesse und Ihr Kommen zur Besichtigung am Samstag. Leider müssen wir Ihnen für die Wohnung absagen: Wir haben uns für Mieter entschieden, die bereits eine Berliner Schufa-Auskunft und Gehaltsnachweise eines deutschen Arbeitgebers vorlegen konnten.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Ingrid Krüger
Hausverwaltung Krüger & Sohn
Oranienstraße 170, 10999 Berlin""",
           "de", "02.06.2026 um 19:14", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="other", slug="wohnung_absage", lang="de", company="",
    contact="ingrid.krueger@hv-krueger.example.de",
    frm=("Ingrid Krüger", "ingrid.krueger@hv-krueger.example.de"), frm_enc=("iso-8859-1", "b"),
    subject="AW: Wohnung Wrangelstraße 41, 2 Zimmer", subj_enc=("iso-8859-1", "q"),
    date="2026-06-09 11:27:36 +0200", refs=["own_wohnung_anfrage"],
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 12. Juni im Urlaub und lese meine E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an people@kundenwerk.example.de.

Viele Grüße
Jana Albrecht"""
add(kind="other", slug="ooo_jana_kundenwerk", lang="de", company="",
    contact="jana.albrecht@kundenwerk.example.de",
    frm=("Jana Albrecht", "jana.albrecht@kundenwerk.example.de"),
    subject="Abwesenheitsnotiz: Unterschriebener Arbeitsvertrag", subj_enc=("utf-8", "q"),
    date="2026-05-28 14:40:12 +0200", refs=["kundenwerk_vertrag", "own_kundenwerk_vertrag_zurueck"],
    headers=AUTOREPLY, text=_t, charset="windows-1252", cte="quoted-printable")

_t = """Hallo Carlota Weiss-Mbeki,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1902 7781 2219.

Grund: erhöhtes Sendungsaufkommen im Paketzentrum Börnicke
Neue voraussichtliche Zustellung: Mittwoch, 10. Juni 2026

Sie müssen nichts weiter tun. Den aktuellen Status sehen Sie hier:
https://paketblitz.example.de/verfolgen/003404341902

Ihr PaketBlitz-Team
Diese E-Mail wurde automatisch erstellt."""
add(kind="other", slug="paket_verspaetung", lang="de", company="", contact="",
    frm=("PaketBlitz", "benachrichtigung@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider", date="2026-06-08 18:10:59 +0200",
    headers=AUTO, text=_t, html=page(paras(_t), lang="de"), cte="base64")
