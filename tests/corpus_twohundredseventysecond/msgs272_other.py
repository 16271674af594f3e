# ruff: noqa: C408  (message specs are written as dict(...) calls for readability)
"""Corpus 272, other: 52 hand-written messages (es 29, en 11, fr 6, de 6).

Digests, advice, her own sent mail, look-alikes that use interview/position/appointment or
refusal words in another sense, auto-replies, notifications and refused course places.
"""

from msgs272_common import (
    ME,
    SIG,
    ats_card,
    basic_html,
    items_to_text,
    newsletter_html,
    outlook_html,
    reply,
)
from msgs272_invites import EBRO_INVITE

MESSAGES = []
add = MESSAGES.append


def listed(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a bulk sender."""
    return [("List-Id", list_id), ("List-Unsubscribe", unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ================================================================= Spanish (29)

# --- x01 own application with CV --------------------------------------------------------
_t = """\
Buenos días, Pilar:

Os envío mi candidatura para el puesto de Administrativa de Personal que habéis publicado
en el portal de empleo de Teruel.

Llevo ocho años en un supermercado de Zaragoza, los últimos tres como encargada de turno:
preparo los cuadrantes de 22 personas, gestiono vacaciones y bajas con la gestoría y hago
de enlace con RRHH central. Este año he terminado un curso de 300 horas de nóminas y
Seguridad Social y quiero dar el paso a la administración de personal.

Me traslado a Teruel en primavera y tendría disponibilidad inmediata. Adjunto mi CV y
quedo a vuestra disposición para una entrevista.

Un saludo,
""" + SIG["es"] + "\n"
add(dict(
    kind="other", slug="own_application_with_cv", lang="es", company="", contact="",
    frm=ME, to=[("Pilar Navarro", "pnavarro@ceramicamudejar.example.es")],
    subject="Candidatura Administrativa de Personal – Rocío Bianchi-Mendoza",
    date="2026-03-23 08:20 +0100", mid="mudejar_application",
    text=_t, html=basic_html(_t),
    pdfs=[("CV_Rocio_Bianchi-Mendoza.pdf", "Rocío Bianchi-Mendoza - Curriculum vitae",
           ["Zaragoza - rocio.bm@example.es - 612 48 90 37",
            "2018-2026 Cajera y encargada de turno, supermercado (Zaragoza)",
            "2026 Curso de nóminas, contratos y Seguridad Social (300 h)",
            "Idiomas: español nativo, inglés B2, francés B1, alemán A2"])],
))

# --- x02 own thank-you after the coop interview ----------------------------------------
add(dict(
    kind="other", slug="own_thank_you_coop", lang="es", company="", contact="",
    frm=ME, frm_enc=("iso-8859-1", "Q"),
    to=[("Pilar Ballarín", "pilar.ballarin@coopmonegros.example.es")],
    subject="Gracias por la entrevista",
    date="2026-04-10 08:51 +0200", mid="monegros_thanks", refs=["monegros_invite"],
    text="""\
Hola Pilar:

Muchas gracias por la entrevista de ayer y por el café. Salí con muy buenas sensaciones y
con muchas ganas de echaros una mano con el personal de campaña.

Un saludo,
Rocío
""",
))

# --- x03 own apology after the missed assessment (quotes the notice) ---------------------
_missed = """\
Hola Rocío:

Esta mañana empezaba a las 9:00 la sesión de evaluación en la nave 4 y no te hemos visto
por allí. Te llamé a las 9:20 y tenías el móvil apagado.

¿Ha pasado algo? Si ha sido un imprevisto, cuéntamelo y vemos qué se puede hacer, aunque
la sesión grupal ya no se repite.

Jorge Lasheras
Técnico de Selección · Almozara Logística
Tel. 976 47 03 18
"""
add(dict(
    kind="other", slug="own_apology_after_missed", lang="es", company="", contact="",
    frm=ME, to=[("Jorge Lasheras", "jorge.lasheras@almozara.example.es")],
    subject="Re: No has venido a la sesión de hoy",
    date="2026-02-05 18:02 +0100", irt="almozara_missed",
    refs=["almozara_invite", "almozara_missed"],
    text=reply("""\
Hola Jorge:

Lo siento muchísimo. Mi madre tuvo que ir a urgencias a primera hora y me quedé sin
batería en el hospital; no vi tu llamada hasta mediodía.

Entiendo que la sesión de grupo no se puede repetir, pero si hubiera cualquier opción de
hacer la prueba de Excel y la entrevista otro día, me adapto a lo que me digáis.

Gracias por la comprensión,
Rocío
""", "es", "jue, 5 feb 2026 a las 12:40", "Jorge Lasheras", "jorge.lasheras@almozara.example.es",
        _missed),
    cte="quoted-printable",
))

# --- x04 own reschedule request (quotes the invitation) --------------------------------
add(dict(
    kind="other", slug="own_reschedule_request", lang="es", company="", contact="",
    frm=ME, to=[("Lucía Gimeno Sanz", "lucia.gimeno@motoresebro.example.es")],
    subject="Re: Conversación telefónica – Técnico/a de Administración de Personal",
    date="2026-02-16 21:04 +0100", mid="ebro_reschedule_request", irt="ebro_invite",
    text=reply("""\
Hola Lucía:

Muchas gracias por escribirme. El jueves a las 10:00 estoy en caja y no puedo salir.
¿Podría ser el viernes 20 a partir de las 12:00, o el lunes 23 por la mañana?

Un saludo,
Rocío
""", "es", "lun, 16 feb 2026 a las 9:37", "Lucía Gimeno Sanz",
        "lucia.gimeno@motoresebro.example.es", EBRO_INVITE),
))

# --- x05 job-alert digest --------------------------------------------------------------
_items = [
    ("Técnico/a de Selección – Zaragoza (Plaza)",
     "https://www.trabajocierzo.example.es/oferta/88412?utm_source=alerta",
     "Consultora de RRHH · Jornada completa · 24.000-27.000 €"),
    ("Administrativo/a de Personal – Huesca",
     "https://www.trabajocierzo.example.es/oferta/88390?utm_source=alerta",
     "Empresa agroalimentaria · Contrato indefinido · Incorporación inmediata"),
    ("Auxiliar de RRHH (sustitución) – Teruel",
     "https://www.trabajocierzo.example.es/oferta/88377?utm_source=alerta",
     "Hospital privado · 6 meses · Jornada de mañana"),
    ("Consejo de la semana: qué hacer cuando te rechazan tras una entrevista",
     "https://blog.trabajocierzo.example.es/rechazo-tras-entrevista",
     "Pide feedback, revisa tus respuestas y no te lo tomes como algo personal."),
]
_intro = ("Hola Rocío, tenemos 3 ofertas nuevas que coinciden con tu alerta «administración "
          "de personal» en Aragón.")
_foot = ("Recibes este correo porque creaste una alerta en TrabajoCierzo. "
         "Darte de baja: https://www.trabajocierzo.example.es/alertas/baja?u=5512")
add(dict(
    kind="other", slug="job_alert_digest", lang="es", company="", contact="",
    frm=("TrabajoCierzo Alertas", "alertas@trabajocierzo.example.es"),
    subject="3 nuevas ofertas para «administración de personal»",
    date="2026-03-09 07:00 +0100",
    headers=listed("<alertas.trabajocierzo.example.es>",
                   "<https://www.trabajocierzo.example.es/alertas/baja?u=5512>, "
                   "<mailto:baja@trabajocierzo.example.es?subject=baja>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("TrabajoCierzo · Tus alertas", _intro, _items, _foot),
))

# --- x06 ETT weekly offers newsletter -----------------------------------------------------
_items = [
    ("Auxiliar administrativo/a – Polígono Malpica",
     "https://www.temporalia.example.es/ofertas/zgz-2231", "Incorporación inmediata, turno de mañana."),
    ("Recepcionista bilingüe – Zaragoza centro",
     "https://www.temporalia.example.es/ofertas/zgz-2236", "Inglés alto, contrato de 3 meses."),
    ("Administrativo/a de almacén – PLAZA",
     "https://www.temporalia.example.es/ofertas/zgz-2240", "Experiencia con SAP valorable."),
]
_intro = ("Estas son las ofertas de la semana en la delegación de Zaragoza. Si alguna te "
          "interesa, inscríbete desde el enlace y te llamaremos para una entrevista.")
_foot = "Temporalia ETT · Newsletter semanal · Gestionar suscripción"
add(dict(
    kind="other", slug="ett_weekly_newsletter", lang="es", company="", contact="",
    frm=("Temporalia ETT", "newsletter@temporalia.example.es"),
    subject="Ofertas de la semana – Delegación Zaragoza",
    date="2026-01-30 08:30 +0100",
    headers=listed("Temporalia Ofertas <ofertas-zgz.temporalia.example.es>",
                   "<https://www.temporalia.example.es/newsletter/unsub/77a1>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("Ofertas de la semana", _intro, _items, _foot, color="#8e44ad"),
    cte="quoted-printable",
))

# --- x07 career-advice article, HTML only ------------------------------------------------
_html = """\
<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Orienta+</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto;color:#222">
<h1 style="font-size:24px">Cómo responder a un correo de rechazo después de una entrevista</h1>
<p>«Lamentamos comunicarte que no has sido seleccionada.» Todos hemos recibido alguna vez
un mensaje así. Esta semana te contamos qué contestar y por qué merece la pena hacerlo.</p>
<h2 style="font-size:18px">1. Agradece, sin reproches</h2>
<p>Una respuesta breve que agradece el tiempo del entrevistador deja la puerta abierta a
futuras vacantes.</p>
<h2 style="font-size:18px">2. Pide una valoración concreta</h2>
<p>Pregunta qué competencia les faltó ver. No siempre responden, pero cuando lo hacen es oro.</p>
<h2 style="font-size:18px">3. Apúntalo y sigue</h2>
<p>Lleva un registro de tus procesos: fechas de entrevista, nombres y resultado.</p>
<p><a href="https://orientamas.example.es/articulos/responder-rechazo">Leer el artículo completo</a></p>
<hr><p style="font-size:11px;color:#777">Orienta+ · Boletín de orientación laboral ·
<a href="https://orientamas.example.es/baja?id=ab31">Darse de baja</a></p>
</body></html>
"""
add(dict(
    kind="other", slug="advice_article_rejection_html", lang="es", company="", contact="",
    frm=("Orienta+", "boletin@orientamas.example.es"),
    subject="Cómo responder a un correo de rechazo (y por qué hacerlo)",
    date="2026-05-14 06:45 +0200",
    headers=listed("Boletin Orienta+ <boletin.orientamas.example.es>",
                   "<https://orientamas.example.es/baja?id=ab31>"),
    html=_html, html_cte="base64",
))

# --- x08 radio interview request -------------------------------------------------------
_t = """\
Hola, Rocío:

Soy Clara Escartín, redactora de «Aragón Trabaja», el magacín de empleo de Radio Cierzo.
Una compañera de tu curso de nóminas nos habló de tu historia: de cajera a la
administración de personal estudiando por las noches.

Nos encantaría hacerte una entrevista en directo en el programa del martes 26 de mayo,
hacia las 12:15, unos diez minutos. Puede ser en el estudio (Paseo Independencia 19) o
por teléfono.

¿Te animas? Si me dices que sí, te llamo para preparar las preguntas.

Clara Escartín
Redacción · Radio Cierzo
976 21 40 88
"""
add(dict(
    kind="other", slug="radio_interview_request", lang="es", company="",
    contact="clara.escartin@radiocierzo.example.es",
    frm=("Clara Escartín", "clara.escartin@radiocierzo.example.es"),
    subject="¿Una entrevista en «Aragón Trabaja»?",
    date="2026-05-19 11:32 +0200",
    text=_t, html=basic_html(_t),
))

# --- x09 user-research interview invitation ------------------------------------------
_t = """\
Hola Rocío:

Estamos rediseñando la app de MiCesta y buscamos personas que trabajen en caja para
entender mejor cómo viven el paso por línea de cobro. Te invitamos a una entrevista de
investigación de 30 minutos por videollamada, la semana del 15 de junio.

Como agradecimiento, te enviaremos una tarjeta regalo de 25 €. No hay respuestas
correctas ni incorrectas: solo queremos escuchar tu experiencia.

Si te interesa, elige un hueco aquí: https://micesta.example.es/research/agenda?c=rb11
o respóndeme a este correo.

Laura Bermejo
UX Research · MiCesta
"""
add(dict(
    kind="other", slug="user_research_interview", lang="es", company="",
    contact="laura.bermejo@micesta.example.es",
    frm=("MiCesta Research", "research-noreply@micesta.example.es"),
    reply_to=("Laura Bermejo", "laura.bermejo@micesta.example.es"),
    subject="Invitación: entrevista de 30 minutos sobre tu experiencia en caja (25 €)",
    date="2026-06-08 10:00 +0200",
    text=_t,
    html=ats_card("MiCesta", "#ff7f11", "¿Nos cuentas tu experiencia?", _t,
                  "MiCesta · Estudio de usuarios · Puedes dejar de recibir estas invitaciones",
                  button=("Elegir hueco", "https://micesta.example.es/research/agenda?c=rb11")),
))

# --- x10 parcel delayed ----------------------------------------------------------------
_t = """\
Hola Rocío:

Lamentablemente, tu paquete PX-7720-3319-ES se ha retrasado por una incidencia en el
centro de clasificación de Plaza. La nueva fecha estimada de entrega es el jueves 12 de
marzo, entre las 9:00 y las 14:00.

No tienes que hacer nada. Si prefieres recogerlo en un punto de conveniencia, puedes
cambiar la entrega desde el enlace de seguimiento:
https://seguimiento.paqexpress.example.es/PX-7720-3319-ES

Disculpa las molestias.
PaqExpress
"""
add(dict(
    kind="other", slug="parcel_delayed", lang="es", company="", contact="",
    frm=("PaqExpress", "no-reply@paqexpress.example.es"),
    subject="Tu envío se ha retrasado",
    date="2026-03-10 16:11 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, html=basic_html(_t),
))

# --- x11 shared GPS position ------------------------------------------------------------
_t = """\
Sergio ha compartido su posición en tiempo real contigo durante 1 hora.

Posición actual: Autovía A-23, km 201 (cerca de Huesca)
Última actualización: 18:42
Batería: 63 %

Ver en el mapa: https://ubicame.example.es/share/6fd1c2

Si no conoces a esta persona, puedes bloquearla desde la app.
Ubícame
"""
add(dict(
    kind="other", slug="gps_position_shared", lang="es", company="", contact="",
    frm=("Ubícame", "notificaciones@ubicame.example.es"),
    subject="Sergio ha compartido su posición contigo",
    date="2026-07-24 18:43 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
))

# --- x12 friend forwards her own rejection (message/rfc822) ------------------------------
_inner = dict(
    frm=("Hospital Comarcal del Cinca – Selección", "seleccion-noreply@hcinca.example.es"),
    to=[("Nerea Lanau", "nerea.lanau@example.es")],
    subject="Resultado del proceso – Administrativa de Admisión",
    date="2026-06-17 09:00 +0200",
    text="""\
Estimada Nerea:

Le informamos de que, una vez finalizadas las entrevistas, su candidatura no ha sido
seleccionada para el puesto de Administrativa de Admisión. Le agradecemos su
participación en el proceso.

Atentamente,
Unidad de Selección
""",
)
add(dict(
    kind="other", slug="friend_forwards_her_rejection", lang="es", company="",
    contact="nerea.lanau@example.es",
    frm=("Nerea Lanau", "nerea.lanau@example.es"),
    subject="Fwd: Resultado del proceso – Administrativa de Admisión",
    date="2026-06-17 21:30 +0200",
    text="""\
Tía, mira lo que me ha llegado esta mañana. Después de dos entrevistas y de hacerme ir
hasta Barbastro... Ni una llamada, un correo y listo.

Necesito una caña este finde. ¿Tú qué tal con lo de Pamplona?

Besos,
Nere
""",
    fwd=_inner,
))

# --- x13 bank: appointment and global position -----------------------------------------
_t = """\
Estimada clienta:

Le confirmamos su cita con su gestora, Dña. Irene Sanjuán, el martes 3 de febrero a las
17:30 en la oficina de Paseo Sagasta 40, para revisar la posición global de sus cuentas y
la domiciliación de la nómina.

Posición a 26/01/2026:
  Cuenta Nómina ···· 4471: 2.318,40 €
  Depósito Ahorro ···· 0982: 6.000,00 €

Si no puede acudir, puede modificar la cita desde la banca en línea.

Caja Moncayo · Este mensaje se ha enviado automáticamente.
"""
add(dict(
    kind="other", slug="bank_appointment_position", lang="es", company="", contact="",
    frm=("Caja Moncayo", "avisos@cajamoncayo.example.es"),
    subject="Confirmación de cita con su gestora",
    date="2026-01-27 09:05 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, charset="windows-1252", cte="quoted-printable",
))

# --- x14 landlord -------------------------------------------------------------------------
_t = """\
Hola Rocío:

Te escribo por dos cosas del piso. El fontanero vendrá el jueves entre las 10 y las 12
para mirar la caldera; si no vas a estar, déjale la llave a la vecina del 2.º B como la
otra vez.

Y lo del contrato: vence el 31 de agosto. Si al final te vas a Pamplona o a donde te
salga el trabajo, avísame con un mes de antelación, que ya sabes que no hay problema.

Un saludo,
Fermín Aznárez
"""
add(dict(
    kind="other", slug="landlord_plumber_contract", lang="es", company="",
    contact="fermin.aznarez@example.es",
    frm=("Fermín Aznárez", "fermin.aznarez@example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="Caldera y contrato",
    date="2026-06-22 20:14 +0200",
    text=_t, charset="windows-1252", cte="8bit",
))

# --- x15 school: meeting with the tutor --------------------------------------------------
_t = """\
Estimada familia de Hugo:

Como cada trimestre, os convoco a la entrevista individual de tutoría para comentar la
evolución de Hugo en 3.º de Primaria. Os propongo el miércoles 21 de octubre a las 16:45
en el aula de 3.º B.

Si no os viene bien, indicadme otro día de esa semana por aquí o en la agenda.

Un saludo,
Begoña Oliván
Tutora de 3.º B · Colegio Valle del Ebro
"""
add(dict(
    kind="other", slug="school_tutor_meeting", lang="es", company="",
    contact="bolivan@colegiovalleebro.example.es",
    frm=("Begoña Oliván", "bolivan@colegiovalleebro.example.es"),
    subject="Entrevista de tutoría – Hugo (3.º B)",
    date="2026-10-09 13:40 +0200",
    text=_t, html=basic_html(_t),
))

# --- x16 dentist appointment moved --------------------------------------------------------
_t = """\
Hola Rocío:

Por un imprevisto en la agenda de la doctora, tu cita de revisión del 14 de abril a las
18:00 se ha cambiado al 16 de abril a las 17:30.

Si la nueva hora no te va bien, llámanos al 976 35 80 12 o responde «CAMBIAR» al SMS.

Clínica Dental Sonrisas Ebro
"""
add(dict(
    kind="other", slug="dentist_appointment_changed", lang="es", company="", contact="",
    frm=("Clínica Dental Sonrisas Ebro", "citas-noreply@sonrisasebro.example.es"),
    subject="Cambio en tu cita",
    date="2026-04-09 12:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
))

# --- x17 out-of-office from the hospital recruiter ---------------------------------------
_t = """\
Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 4 de mayo, sin acceso al correo. Para
cuestiones urgentes relacionadas con procesos de selección o entrevistas en curso,
contacte con la Unidad de Personal en el 978 61 20 44.

Mercedes Tomás Alcalá
Fundación Hospital Alto Jiloca
"""
add(dict(
    kind="other", slug="out_of_office_recruiter", lang="es", company="",
    contact="mercedes.tomas@hospitaljiloca.example.es",
    frm=("Mercedes Tomás Alcalá", "mercedes.tomas@hospitaljiloca.example.es"),
    subject="Respuesta automática: ¿Hay nueva fecha para el panel?",
    date="2026-04-22 09:03 +0200", irt="jiloca_status",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=_t, html=outlook_html(_t),
))

# --- x18 professional-network notification ---------------------------------------------
_t = """\
Rocío, esta semana tu perfil ha aparecido en 14 búsquedas.

Quién ha visto tu perfil:
- Lucía Gimeno Sanz · Talent Acquisition en Motores del Ebro
- Una persona de selección de una empresa de logística

Empleos recomendados para ti:
- Técnico/a de Administración de Personal · Zaragoza · Solicitud sencilla
- Auxiliar de RRHH · Huesca · 12 solicitantes

Ver todo: https://www.redprofesional.example.com/notificaciones

Recibes estos correos de RedProfesional. Gestionar notificaciones:
https://www.redprofesional.example.com/ajustes/correo
"""
add(dict(
    kind="other", slug="network_profile_views", lang="es", company="", contact="",
    frm=("RedProfesional", "notificaciones@redprofesional.example.com"),
    subject="Rocío, has aparecido en 14 búsquedas esta semana",
    date="2026-02-22 19:00 +0100",
    headers=listed("<semanal.redprofesional.example.com>",
                   "<https://www.redprofesional.example.com/ajustes/correo>"),
    text=_t, html=basic_html(_t),
))

# --- x19 course place refused --------------------------------------------------------------
_t = """\
Estimada alumna:

Le comunicamos que su solicitud para el curso «Técnico en Nóminas y Seguros Sociales»
(edición de otoño, 180 h) no ha podido ser admitida, al haberse cubierto las 20 plazas
disponibles con solicitudes de personas desempleadas, que tienen prioridad según la
convocatoria.

Queda usted en el puesto 7 de la lista de reserva. Si se produce alguna baja, la
llamaremos.

Secretaría académica · Centro de Formación Ebro
"""
add(dict(
    kind="other", slug="course_place_refused", lang="es", company="", contact="",
    frm=("Centro de Formación Ebro", "secretaria-noreply@cfebro.example.es"),
    subject="Resolución de admisión – Técnico en Nóminas y Seguros Sociales",
    date="2026-09-15 12:30 +0200",
    text=_t, cte="base64",
))

# --- x20 head-hunter cold approach, no event ---------------------------------------------
COLD = """\
Hola, Rocío:

Me llamo Beatriz Sáenz y trabajo en Talento Cierzo, una consultora de selección de
Logroño. He visto tu perfil en RedProfesional y me ha llamado la atención tu paso de la
gestión de turnos en retail a la administración de personal.

Llevo varios procesos en La Rioja y Navarra para perfiles como el tuyo, alguno en
bodegas. Si te apetece que te tenga en cuenta, respóndeme con tu CV actualizado y te
cuento más.

Un saludo,
Beatriz Sáenz Oteo
Senior Consultant · Talento Cierzo Consultores de Selección
"""
add(dict(
    kind="other", slug="headhunter_cold_approach", lang="es", company="",
    contact="beatriz.saenz@talentocierzo.example.es",
    frm=("Beatriz Sáenz Oteo", "beatriz.saenz@talentocierzo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Tu perfil – procesos de administración de personal en La Rioja",
    date="2026-06-02 10:15 +0200", mid="cierzo_cold",
    text=COLD, html=basic_html(COLD),
))

# --- x21 own reply to the cold approach ---------------------------------------------------
add(dict(
    kind="other", slug="own_reply_to_headhunter", lang="es", company="", contact="",
    frm=ME, to=[("Beatriz Sáenz Oteo", "beatriz.saenz@talentocierzo.example.es")],
    subject="Re: Tu perfil – procesos de administración de personal en La Rioja",
    date="2026-06-03 22:40 +0200", mid="cierzo_yes", irt="cierzo_cold",
    text=reply("""\
Hola Beatriz:

Muchas gracias por acordarte de mí. Sí, me interesa mucho, y no me importaría mudarme a
Logroño. Te adjunto el CV actualizado con el curso de nóminas.

Un saludo,
Rocío
""", "es", "mar, 2 jun 2026 a las 10:15", "Beatriz Sáenz Oteo",
        "beatriz.saenz@talentocierzo.example.es", COLD),
    pdfs=[("CV_Rocio_Bianchi-Mendoza_2026.pdf", "Rocío Bianchi-Mendoza - CV",
           ["Encargada de turno y cajera (2018-2026)",
            "Curso de nóminas y Seguridad Social (2026)"])],
))

# --- x22 coworker swaps the shift --------------------------------------------------------
_t = """\
Rocío, guapa:

Hecho, te cambio el turno del jueves. Yo me quedo la tarde y tú te coges mi mañana del
sábado, así puedes ir tranquila a la entrevista de Tarazona. Ya se lo he dicho a Javi
para que lo cambie en el cuadrante.

¡Mucha suerte! Ya me contarás.

Yoli
"""
add(dict(
    kind="other", slug="coworker_swaps_shift", lang="es", company="",
    contact="yoli.perezescartin@example.es",
    frm=("Yolanda Pérez", "yoli.perezescartin@example.es"),
    subject="Re: turno jueves",
    date="2026-04-21 14:05 +0200",
    text=_t,
))

# --- x23 current employer: annual performance review ------------------------------------
_t = """\
Hola Rocío:

Como cada año, te convocamos a tu entrevista de evaluación del desempeño con tu
responsable de tienda y conmigo, el lunes 16 de febrero a las 15:30 en la sala de
descanso de la tienda de Delicias.

Revisaremos tus objetivos de 2025, tu posición en el plan de carrera de encargados y las
formaciones que quieras pedir para este año. Trae rellena la autoevaluación adjunta al
portal del empleado.

Un saludo,
Marta Gil Lalana
Recursos Humanos · Supermercados Ribera Alta
"""
add(dict(
    kind="other", slug="current_employer_performance_review", lang="es", company="",
    contact="marta.gil@superriberaalta.example.es",
    frm=("Marta Gil Lalana", "marta.gil@superriberaalta.example.es"),
    subject="Convocatoria entrevista de evaluación del desempeño 2025",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-06 12:10 +0100",
    text=_t, html=outlook_html(_t), charset="iso-8859-1", cte="quoted-printable",
    html_charset="utf-8",
))

# --- x24 public employment office newsletter --------------------------------------------
_items = [
    ("Taller: prepara tu entrevista de trabajo (17 de marzo)",
     "https://empleo.comarcaebro.example.es/talleres/entrevista",
     "Simulaciones de entrevista por competencias con orientadoras."),
    ("Programa de recualificación en administración",
     "https://empleo.comarcaebro.example.es/programas/admin",
     "Formación gratuita con prácticas en empresas de la comarca."),
    ("Feria de empleo de la Plataforma Logística",
     "https://empleo.comarcaebro.example.es/feria2026",
     "Más de 40 empresas con puestos vacantes. Entrada libre."),
]
_intro = "Boletín de marzo de la Oficina Comarcal de Empleo."
_foot = "Oficina Comarcal de Empleo Ebro · Para dejar de recibir este boletín, pulse aquí."
add(dict(
    kind="other", slug="employment_office_newsletter", lang="es", company="", contact="",
    frm=("Oficina Comarcal de Empleo Ebro", "boletin@empleo.comarcaebro.example.es"),
    subject="Boletín de empleo – marzo 2026",
    date="2026-03-02 08:00 +0100",
    headers=listed("<boletin.empleo.comarcaebro.example.es>",
                   "<mailto:baja@empleo.comarcaebro.example.es>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("Oficina Comarcal de Empleo", _intro, _items, _foot,
                         color="#2e7d32"),
    charset="windows-1252", html_charset="utf-8",
))

# --- x25 gym class cancelled ---------------------------------------------------------------
_t = """\
Hola Rocío:

Lamentablemente, la clase de Pilates del jueves 7 de mayo a las 19:00 se ha cancelado
por enfermedad de la monitora. Te hemos devuelto la sesión a tu bono.

Puedes reservar otra clase desde la app.

Gimnasio Parque Grande
"""
add(dict(
    kind="other", slug="gym_class_cancelled", lang="es", company="", contact="",
    frm=("Gimnasio Parque Grande", "reservas@gimnasioparquegrande.example.es"),
    subject="Clase cancelada: Pilates jueves 19:00",
    date="2026-05-06 17:20 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
))

# --- x26 job-board: companies viewed your CV ----------------------------------------------
_items = [
    ("Pirineo Outdoor ha visto tu CV", "https://www.empleonorte.example.es/cv/visitas",
     "Auxiliar de personal – Huesca"),
    ("Tu CV aparece en el 10 % superior para esta oferta",
     "https://www.empleonorte.example.es/ofertas/55120",
     "Técnico/a de Administración de Personal – Logroño"),
    ("Nueva oferta cerca de ti", "https://www.empleonorte.example.es/ofertas/55198",
     "Administrativo/a RRHH – Pamplona · Entrevistas esta semana"),
]
_intro = "Novedades de tu búsqueda de empleo en EmpleoNorte."
_foot = "EmpleoNorte · Ajustes de notificaciones: https://www.empleonorte.example.es/ajustes"
add(dict(
    kind="other", slug="job_board_cv_viewed", lang="es", company="", contact="",
    frm=("EmpleoNorte", "no-reply@empleonorte.example.es"),
    subject="3 empresas han visto tu CV",
    date="2026-03-26 18:30 +0100",
    headers=listed("<novedades.empleonorte.example.es>",
                   "<https://www.empleonorte.example.es/ajustes>"),
    html=newsletter_html("EmpleoNorte", _intro, _items, _foot, color="#c2185b"),
))

# --- x27 own thank-you after the Nájera interview ---------------------------------------
add(dict(
    kind="other", slug="own_thank_you_after_interview", lang="es", company="", contact="",
    frm=ME, to=[("Carmen Ibarra Ruiz", "carmen.ibarra@envasesnajerilla.example.es")],
    subject="Gracias por la entrevista",
    date="2026-07-09 19:12 +0200", mid="najerilla_thanks", refs=["najerilla_invite"],
    text="""\
Hola Carmen:

Muchas gracias por la entrevista de esta mañana y por enseñarme la planta. Me quedé con muchas
ganas de trabajar con vuestro equipo de personal, sobre todo en la parte de contratos de
campaña que me explicaste.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Rocío
""",
    charset="iso-8859-1",
))

# --- x28 webinar invitation ------------------------------------------------------------------
_t = """\
Webinar gratuito · Jueves 11 de junio · 18:30

Entrevistas por competencias: cómo preparar tus ejemplos con el método STAR

Aprende a contar tus logros en una entrevista de trabajo, a responder a «háblame de un
conflicto con un compañero» y a cerrar la entrevista con buenas preguntas. Al final
habrá turno de preguntas con dos técnicas de selección.

Inscripción: https://escuelarrhharagon.example.es/webinars/star

Escuela de RRHH de Aragón · Te escribimos porque te suscribiste a nuestras novedades.
Baja: https://escuelarrhharagon.example.es/baja
"""
add(dict(
    kind="other", slug="webinar_competency_interviews", lang="es", company="", contact="",
    frm=("Escuela de RRHH de Aragón", "novedades@escuelarrhharagon.example.es"),
    subject="Webinar: entrevistas por competencias con el método STAR",
    date="2026-06-01 09:00 +0200",
    headers=listed("<novedades.escuelarrhharagon.example.es>",
                   "<https://escuelarrhharagon.example.es/baja>"),
    text=_t, html=basic_html(_t),
))

# --- x29 vehicle inspection appointment moved -------------------------------------------
_t = """\
Estimado/a cliente:

Su cita para la inspección técnica del vehículo 4471-KLM, prevista para el 2 de octubre
a las 8:40, ha sido anulada por una avería en la línea de turismos.

Le hemos reservado una nueva cita el 6 de octubre a las 8:40. Si desea otra fecha,
puede modificarla en https://itvlosenlaces.example.es/cita

Estación ITV Los Enlaces
"""
add(dict(
    kind="other", slug="vehicle_inspection_moved", lang="es", company="", contact="",
    frm=("ITV Los Enlaces", "citas@itvlosenlaces.example.es"),
    subject="Su cita ITV ha sido modificada",
    date="2026-09-30 15:50 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, charset="windows-1252", cte="quoted-printable",
))

# ================================================================= English (11)

# --- x30 job-alert digest ----------------------------------------------------------------
_items = [
    ("HR Administrator – Dublin 15", "https://www.jobharbour.example.ie/job/310022",
     "Food distribution · Permanent · EUR 33-36k"),
    ("People Operations Assistant – Docklands", "https://www.jobharbour.example.ie/job/310047",
     "Logistics · Hybrid · Interviews taking place this week"),
    ("Payroll & HR Clerk – Swords", "https://www.jobharbour.example.ie/job/310051",
     "Pharma packaging · 12-month contract"),
    ("Read: 7 interview questions every HR admin gets asked",
     "https://www.jobharbour.example.ie/advice/hr-admin-interview",
     "From 'tell me about yourself' to 'why did you leave retail?'"),
]
_intro = "Hi Rocío, here are today's new jobs matching 'HR administrator' in Dublin."
_foot = ("You're receiving this job alert from JobHarbour. "
         "Unsubscribe: https://www.jobharbour.example.ie/alerts/unsub/4410")
add(dict(
    kind="other", slug="job_alert_digest_en", lang="en", company="", contact="",
    frm=("JobHarbour Alerts", "alerts@jobharbour.example.ie"),
    subject="4 new jobs for 'HR administrator' in Dublin",
    date="2026-08-20 07:30 +0100",
    headers=listed("<alerts.jobharbour.example.ie>",
                   "<https://www.jobharbour.example.ie/alerts/unsub/4410>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("JobHarbour", _intro, _items, _foot, lang="en", color="#00695c"),
))

# --- x31 career-advice newsletter, HTML only --------------------------------------------
_items = [
    ("Why you were rejected after the final interview (and what to do next)",
     "https://theshortlist.example.com/p/rejected-after-final",
     "Most final-round rejections come down to fit with the team, not skills."),
    ("The follow-up email that gets replies",
     "https://theshortlist.example.com/p/follow-up",
     "Three sentences, sent 24 hours after your interview."),
    ("Switching careers at 35: a cashier's route into HR",
     "https://theshortlist.example.com/p/retail-to-hr",
     "Transferable skills that recruiters actually look for."),
]
_intro = "This week on The Shortlist: handling rejection, following up, changing careers."
_foot = "The Shortlist · Weekly career notes · Unsubscribe any time."
add(dict(
    kind="other", slug="career_newsletter_html_en", lang="en", company="", contact="",
    frm=("The Shortlist", "hello@theshortlist.example.com"),
    subject="Rejected after the final round? Read this",
    date="2026-09-06 08:00 +0100",
    headers=listed("The Shortlist <weekly.theshortlist.example.com>",
                   "<https://theshortlist.example.com/unsubscribe?s=ab77>"),
    html=newsletter_html("The Shortlist", _intro, _items, _foot, lang="en", color="#5e35b1"),
))

# --- x32 professional-network notification -------------------------------------------
_t = """\
Rocío, you appeared in 9 searches this week.

Aoife Byrne, Talent Partner at Liffey Foods, viewed your profile.
Conor Whelan shared a post: "We're hiring HR admins across Dublin - get in touch!"

Jobs you may be interested in:
- HR Coordinator, Portside Freight (Dublin 1) - Easy Apply
- People Administrator, Grand Canal Logistics (Dublin 2)

See all: https://www.pronet.example.com/notifications
Manage email settings: https://www.pronet.example.com/settings/email
"""
add(dict(
    kind="other", slug="network_notification_en", lang="en", company="", contact="",
    frm=("ProNet", "notifications-noreply@pronet.example.com"),
    subject="Aoife Byrne viewed your profile",
    date="2026-06-12 18:10 +0100",
    headers=listed("<notifications.pronet.example.com>",
                   "<https://www.pronet.example.com/settings/email>"),
    text=_t,
))

# --- x33 own thank-you (Liffey Foods) ----------------------------------------------------
add(dict(
    kind="other", slug="own_thank_you_en", lang="en", company="", contact="",
    frm=ME, to=[("Aoife Byrne", "aoife.byrne@liffeyfoods.example.ie")],
    cc=[("Ronan Kelly", "ronan.kelly@liffeyfoods.example.ie")],
    subject="Thank you - HR Administrator interview",
    date="2026-06-24 19:05 +0200", mid="liffey_thanks", refs=["liffey_invite", "liffey_move"],
    text="""\
Dear Aoife, dear Ronan,

Thank you both for your time on the video interview this afternoon. I really enjoyed
hearing how the HR operations team supports the depots, and I'm even more motivated to
join you.

Please let me know if you need anything else from me - references or certificates.

Kind regards,
""" + SIG["en"] + "\n",
))

# --- x34 out-of-office (Portside) ---------------------------------------------------------
_t = """\
Hi,

Thanks for your email. I'm on annual leave until Monday 27 July with limited access to
email. For anything related to interview scheduling, please contact
talent@portsidefreight.example.ie and a colleague will help.

Declan Hanlon | Talent & People Ops | Portside Freight
"""
add(dict(
    kind="other", slug="out_of_office_en", lang="en", company="",
    contact="declan.hanlon@portsidefreight.example.ie",
    frm=("Declan Hanlon", "declan.hanlon@portsidefreight.example.ie"),
    subject="Automatic reply: Re: Missed you this morning",
    date="2026-07-15 08:02 +0100", irt="portside_apology",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=_t,
))

# --- x35 parcel delayed ----------------------------------------------------------------
_t = """\
Hi Rocío,

Unfortunately, your parcel from Liffey Books (tracking SP448210937IE) is delayed due to
high volumes at our Dublin hub. It's now expected to arrive on Wednesday 23 September.

Track your parcel: https://track.swiftparcels.example.ie/SP448210937IE

We're sorry for the inconvenience.
Swift Parcels
"""
add(dict(
    kind="other", slug="parcel_delayed_en", lang="en", company="", contact="",
    frm=("Swift Parcels", "no-reply@swiftparcels.example.ie"),
    subject="Your parcel is delayed",
    date="2026-09-19 13:13 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, html=basic_html(_t, "en"),
))

# --- x36 user-research interview (bank app) ----------------------------------------------
_t = """\
Hi Rocío,

You recently opened an account with Fintrove. We'd love to hear about that experience in a
45-minute remote interview with our research team - there's a EUR 40 voucher as a thank
you.

Sessions run from 5 to 9 October. Reply to this email with a couple of times that work
and I'll send over a calendar invite.

Thanks,
Mei Ling Tan
Senior User Researcher, Fintrove
"""
add(dict(
    kind="other", slug="user_research_bank_app_en", lang="en", company="",
    contact="meiling.tan@fintrove.example.com",
    frm=("Fintrove Research", "research@mail.fintrove.example.com"),
    reply_to=("Mei Ling Tan", "meiling.tan@fintrove.example.com"),
    subject="Share your experience - 45-minute interview, EUR 40 voucher",
    date="2026-09-29 10:20 +0100",
    text=_t,
))

# --- x37 friend tells about her own rejection -------------------------------------------
_t = """\
Rocío!!

Well, got the 'unfortunately on this occasion' email from the council job today. After
the two-stage interview and the presentation! I'm gutted but honestly the commute would
have been brutal.

How's your hunt going? Any news from the bakery people? Let me know when you're over in
October, you're staying with me, no arguments.

S xx
"""
add(dict(
    kind="other", slug="friend_own_rejection_en", lang="en", company="",
    contact="siobhan.mcgrath@example.ie",
    frm=("Siobhán McGrath", "siobhan.mcgrath@example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="ugh",
    date="2026-09-25 22:47 +0100",
    text=_t,
))

# --- x38 head-hunter cold approach ---------------------------------------------------------
_t = """\
Hi Rocío,

I came across your profile while researching candidates for a few HR operations roles
I'm working on in Dublin and Cork. Your mix of frontline retail leadership and payroll
training is less common than you'd think.

No specific vacancy to pitch right now - I'd just like to get to know you so I can think
of you when the right one comes in. Would you be open to that?

Best regards,
James Hartwell
Director, Hartwell Search | +353 1 912 4470
"""
add(dict(
    kind="other", slug="headhunter_cold_approach_en", lang="en", company="",
    contact="james@hartwellsearch.example.ie",
    frm=("James Hartwell", "james@hartwellsearch.example.ie"),
    subject="Your background in retail operations",
    date="2026-08-27 09:45 +0100",
    text=_t, html=basic_html(_t, "en"),
))

# --- x39 podcast guest request -----------------------------------------------------------
_t = """\
Hi Rocío,

I host HR Starters, a small podcast for people moving into HR from other careers. A
listener pointed me to your post about leaving the checkout for payroll training and I'd
love to interview you for an episode - about 40 minutes, recorded remotely whenever suits.

No pressure at all; just reply if it sounds fun and I'll send some topics.

Cheers,
Dara Quinn
HR Starters podcast
"""
add(dict(
    kind="other", slug="podcast_guest_request_en", lang="en", company="",
    contact="dara@hrstarters.example.com",
    frm=("Dara Quinn", "dara@hrstarters.example.com"),
    subject="Podcast interview? (HR Starters)",
    date="2026-05-28 16:00 +0100",
    text=_t,
))

# --- x40 own application with CV (Grand Canal Logistics) ------------------------------
_t = """\
Dear Ms Brennan,

Please find attached my CV for the HR & Payroll Administrator position advertised on
JobHarbour.

For the past eight years I have worked in a supermarket in Zaragoza, latterly as shift
supervisor responsible for rotas, holiday planning and absence records for 22 staff. This
year I completed a 300-hour payroll and social security course, and I am relocating to
Dublin this autumn.

I would welcome the opportunity to discuss my application.

Kind regards,
""" + SIG["en"] + "\n"
add(dict(
    kind="other", slug="own_application_en", lang="en", company="", contact="",
    frm=ME, frm_enc=("utf-8", "B"),
    to=[("Niamh Brennan", "niamh.brennan@grandcanallogistics.example.ie")],
    subject="Application: HR & Payroll Administrator – Rocío Bianchi-Mendoza",
    date="2026-09-28 09:12 +0200", mid="grandcanal_application",
    text=_t,
    pdfs=[("CV_Rocio_Bianchi-Mendoza_EN.pdf", "Rocío Bianchi-Mendoza - CV",
           ["Shift supervisor and cashier, supermarket, Zaragoza (2018-2026)",
            "Payroll and social security course, 300 h (2026)",
            "Languages: Spanish (native), English (B2), French (B1), German (A2)"])],
))

# ================================================================= French (6)

# --- x41 job-alert digest ------------------------------------------------------------------
_items = [
    ("Assistant(e) RH – Blagnac", "https://www.emploi-occitanie.example.fr/offre/77120",
     "Aéronautique · CDI · Entretiens dès la semaine prochaine"),
    ("Gestionnaire paie et ADP – Toulouse Montaudran",
     "https://www.emploi-occitanie.example.fr/offre/77134", "Cabinet comptable · CDD 9 mois"),
    ("Assistante administrative – Saint-Jory",
     "https://www.emploi-occitanie.example.fr/offre/77151", "Logistique · Poste à pourvoir"),
]
_intro = "Bonjour Rocío, 3 nouvelles offres correspondent à votre alerte « assistante RH »."
_foot = ("Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Occitanie. "
         "Se désabonner : https://www.emploi-occitanie.example.fr/alertes/stop/991")
add(dict(
    kind="other", slug="job_alert_digest_fr", lang="fr", company="", contact="",
    frm=("Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
    subject="3 nouvelles offres : assistante RH – Toulouse",
    date="2026-05-26 07:15 +0200",
    headers=listed("<alertes.emploi-occitanie.example.fr>",
                   "<https://www.emploi-occitanie.example.fr/alertes/stop/991>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("Emploi Occitanie", _intro, _items, _foot, lang="fr",
                         color="#b71c1c"),
    cte="quoted-printable",
))

# --- x42 university programme refusal --------------------------------------------------
_t = """\
Madame,

Nous avons examiné votre dossier de candidature au Diplôme d'établissement « Gestion des
ressources humaines » (formation continue, rentrée 2026).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue par la
commission pédagogique, le nombre de places étant limité à 24. Vous êtes placée en
position 5 sur liste complémentaire.

Veuillez agréer, Madame, nos salutations distinguées.

Service de la scolarité
Institut Supérieur de Gestion Garonne
"""
add(dict(
    kind="other", slug="programme_admission_refused_fr", lang="fr", company="", contact="",
    frm=("ISG Garonne – Scolarité", "scolarite-noreply@isg-garonne.example.fr"),
    subject="Décision de la commission pédagogique",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-07-06 14:00 +0200",
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- x43 own thank-you after the immersion day ------------------------------------------
add(dict(
    kind="other", slug="own_thank_you_fr", lang="fr", company="", contact="",
    frm=ME, to=[("Nathalie Roques", "n.roques@cliniqueducanal.example.fr")],
    subject="Merci pour la journée d'immersion",
    date="2026-04-23 20:30 +0200", mid="canal_thanks", refs=["canal_invite", "canal_move"],
    text="""\
Bonjour Nathalie,

Merci beaucoup pour cette journée au service du personnel. L'équipe a été très
accueillante et j'ai beaucoup appris sur la gestion des plannings infirmiers.

Je reste bien sûr disponible pour l'entretien final quand cela vous conviendra.

Bien cordialement,
""" + SIG["fr"] + "\n",
    cte="quoted-printable",
))

# --- x44 out-of-office (Aérostructures Garonne) ----------------------------------------
_t = """\
Bonjour,

Je suis absente du bureau jusqu'au lundi 16 mars inclus. Pour toute question concernant
un entretien ou un recrutement en cours, vous pouvez contacter
recrutement@aerogaronne.example.fr.

Cordialement,
Sandrine Cazals
"""
add(dict(
    kind="other", slug="out_of_office_fr", lang="fr", company="",
    contact="sandrine.cazals@aerogaronne.example.fr",
    frm=("Sandrine Cazals", "sandrine.cazals@aerogaronne.example.fr"),
    subject="Réponse automatique : Entretien – nouvelle date ?",
    subj_enc=("utf-8", "Q"),
    date="2026-03-06 09:12 +0100", irt="garonne_followup",
    headers=[("Auto-Submitted", "auto-replied")],
    text=_t, charset="iso-8859-1",
))

# --- x45 rental application refused ----------------------------------------------------
_t = """\
Bonjour Madame Bianchi-Mendoza,

Suite à la visite de l'appartement T2 rue des Filatiers samedi dernier, le propriétaire a
retenu un autre dossier, dont les garanties étaient déjà en France. Je suis désolé de ne
pas avoir une meilleure nouvelle.

J'ai deux autres biens qui pourraient vous intéresser à Saint-Cyprien ; je peux vous
proposer des visites la semaine prochaine si vous êtes toujours à Toulouse.

Cordialement,
Thomas Lacroix
Agence Garonne Habitat – 05 61 22 70 14
"""
add(dict(
    kind="other", slug="rental_application_refused_fr", lang="fr", company="",
    contact="t.lacroix@garonnehabitat.example.fr",
    frm=("Thomas Lacroix", "t.lacroix@garonnehabitat.example.fr"),
    subject="Votre dossier – T2 rue des Filatiers",
    date="2026-05-12 18:05 +0200",
    text=_t, html=basic_html(_t, "fr"),
))

# --- x46 career-advice newsletter -------------------------------------------------------
_items = [
    ("Entretien d'embauche : 7 questions pièges et comment y répondre",
     "https://cadres-carrieres-sud.example.fr/conseils/questions-pieges",
     "« Quel est votre plus grand défaut ? » et six autres classiques."),
    ("Refus après entretien : faut-il demander un retour ?",
     "https://cadres-carrieres-sud.example.fr/conseils/refus",
     "Oui, mais pas n'importe comment."),
    ("Reconversion : valoriser une expérience en grande distribution",
     "https://cadres-carrieres-sud.example.fr/conseils/reconversion",
     "Management d'équipe, plannings, relation client."),
]
_intro = "La lettre mensuelle de Cadres & Carrières Sud."
_foot = "Cadres & Carrières Sud · Se désinscrire de la lettre."
add(dict(
    kind="other", slug="career_newsletter_fr", lang="fr", company="", contact="",
    frm=("Cadres & Carrières Sud", "lettre@cadres-carrieres-sud.example.fr"),
    subject="Entretien d'embauche : les 7 questions pièges",
    date="2026-02-12 07:00 +0100",
    headers=listed("<lettre.cadres-carrieres-sud.example.fr>",
                   "<https://cadres-carrieres-sud.example.fr/desinscription?id=5531>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("Cadres & Carrières Sud", _intro, _items, _foot, lang="fr",
                         color="#37474f"),
))

# ================================================================= German (6)

# --- x47 job-alert digest -------------------------------------------------------------------
_items = [
    ("Personalsachbearbeiter (m/w/d) – München-Moosach",
     "https://www.jobradar-muenchen.example.de/job/55102", "Automobilzulieferer · Vollzeit"),
    ("Mitarbeiter Personalservice (m/w/d) – Klinik, München-Sendling",
     "https://www.jobradar-muenchen.example.de/job/55117", "Teilzeit möglich"),
    ("HR Assistant (English speaking) – Garching",
     "https://www.jobradar-muenchen.example.de/job/55140",
     "Vorstellungsgespräche laufen bereits"),
]
_intro = "Hallo Rocío, es gibt 3 neue Jobs für Ihren Suchauftrag „Personal München“."
_foot = ("Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei JobRadar München "
         "angelegt haben. Abmelden: https://www.jobradar-muenchen.example.de/abmelden/221")
add(dict(
    kind="other", slug="job_alert_digest_de", lang="de", company="", contact="",
    frm=("JobRadar München", "suchauftrag@jobradar-muenchen.example.de"),
    subject="3 neue Jobs: Personal München",
    date="2026-04-28 06:30 +0200",
    headers=listed("<suchauftrag.jobradar-muenchen.example.de>",
                   "<https://www.jobradar-muenchen.example.de/abmelden/221>"),
    text=_intro + "\n\n" + items_to_text(_items) + "\n" + _foot + "\n",
    html=newsletter_html("JobRadar München", _intro, _items, _foot, lang="de",
                         color="#0d47a1"),
    charset="windows-1252", cte="quoted-printable", html_charset="utf-8",
))

# --- x48 own reschedule request (Isarwerk) ---------------------------------------------
add(dict(
    kind="other", slug="own_reschedule_request_de", lang="de", company="", contact="",
    frm=ME, to=[("Katrin Obermaier", "katrin.obermaier@isarwerk.example.de")],
    subject="AW: Einladung zum Kennenlerngespräch – Sachbearbeiterin Personaladministration",
    date="2026-03-12 19:40 +0100", mid="isarwerk_move_request", irt="isarwerk_invite",
    text="""\
Sehr geehrte Frau Obermaier,

vielen Dank für die Einladung. Am Mittwoch um 10 Uhr habe ich leider Kassendienst. Wäre
auch Donnerstag, 19. März, am Nachmittag möglich?

Mit freundlichen Grüßen
Rocío Bianchi-Mendoza
""",
))

# --- x49 bank appointment ----------------------------------------------------------------
_t = """\
Sehr geehrte Frau Bianchi-Mendoza,

wir bestätigen Ihren Beratungstermin zur Kontoeröffnung am Montag, 29. Juni 2026, um
16:00 Uhr in unserer Filiale Sendlinger Tor (Sonnenstraße 12, 80331 München).

Bitte bringen Sie Ihren Reisepass, die Meldebescheinigung und – falls vorhanden – Ihren
Arbeitsvertrag mit. Eine Übersicht Ihrer Depotposition erhalten Sie nach der Eröffnung
im Online-Banking.

Ihre Isartal Bank
Diese E-Mail wurde automatisch erstellt.
"""
add(dict(
    kind="other", slug="bank_appointment_de", lang="de", company="", contact="",
    frm=("Isartal Bank", "termine@isartalbank.example.de"),
    subject="Terminbestätigung: Kontoeröffnung am 29.06.2026",
    date="2026-06-18 10:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, html=basic_html(_t, "de"),
))

# --- x50 out-of-office (Isarwerk) ------------------------------------------------------
_t = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
Bei Fragen zu laufenden Bewerbungsverfahren oder Vorstellungsgesprächen wenden Sie sich
bitte an recruiting@isarwerk.example.de.

Mit freundlichen Grüßen
Katrin Obermaier
"""
add(dict(
    kind="other", slug="out_of_office_de", lang="de", company="",
    contact="katrin.obermaier@isarwerk.example.de",
    frm=("Katrin Obermaier", "katrin.obermaier@isarwerk.example.de"),
    subject="Abwesenheitsnotiz: Entschuldigung für heute",
    date="2026-03-20 08:11 +0100", irt="isarwerk_apology",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=_t, charset="iso-8859-1", cte="8bit",
))

# --- x51 language course place refused ------------------------------------------------
_t = """\
Liebe Frau Bianchi-Mendoza,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Beginn 7. September).
Leider können wir Ihnen keinen Platz anbieten: Der Kurs ist seit letzter Woche voll
belegt.

Sie stehen auf Platz 3 der Warteliste. Alternativ gibt es noch Plätze im Abendkurs B2
ab 14. September (Di/Do, 18:30–21:00).

Herzliche Grüße
Petra Lang
Kursorganisation · Sprachschule Isartor
"""
add(dict(
    kind="other", slug="language_course_refused_de", lang="de", company="",
    contact="p.lang@sprachschule-isartor.example.de",
    frm=("Petra Lang", "p.lang@sprachschule-isartor.example.de"),
    subject="Ihre Anmeldung Intensivkurs B2",
    date="2026-08-24 11:25 +0200",
    text=_t, cte="quoted-printable",
))

# --- x52 parcel delayed ----------------------------------------------------------------
_t = """\
Hallo Rocío Bianchi-Mendoza,

Ihre Sendung 00340434161094022115 verzögert sich leider. Grund: erhöhtes
Sendungsaufkommen im Paketzentrum Aschheim.

Neuer voraussichtlicher Zustelltag: Freitag, 10. Juli 2026.

Sendung verfolgen: https://paketblitz.example.de/track/00340434161094022115

Ihr PaketBlitz-Team
"""
add(dict(
    kind="other", slug="parcel_delayed_de", lang="de", company="", contact="",
    frm=("PaketBlitz", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich",
    subj_enc=("utf-8", "B"),
    date="2026-07-08 07:50 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

assert len(MESSAGES) == 52
_ = (outlook_html,)
