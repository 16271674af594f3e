"""Corpus 281, kind `other`: 52 hand-written messages (es 30, en 12, fr 5, de 5).

The candidate's own mail, alerts and newsletters about jobs, look-alike wording (bank,
landlord, school, doctor, course refusals, parcels), out-of-office replies, notifications."""

from msgs281_common import (
    CAND,
    CAND_NAME,
    ME,
    T,
    ats_card,
    button,
    digest_html,
    esc,
    forwarded_header,
    gmail_quote,
    outlook_header,
    paras,
    plain_html,
    quote,
    word_html,
    word_quote,
    wrote,
)

MESSAGES = []
add = MESSAGES.append

# ================================================================== es (30)

# ------------------------------------------------------------------ 1: her own application with CV (PDF)
add(dict(
    kind="other", name="own_application_tramaluz_cv", lang="es", company="", contact="",
    id="o_tram_apply", date="2026-01-12 09:31 +0100",
    frm=ME, to=[("Noelia Ortega", "noelia.ortega@tramaluz.example.es")],
    subject="Candidatura Asistente de UX Research – Lucía Fernández-Kowalski",
    text=T("""
Buenos días, Noelia:

Os escribo para presentar mi candidatura al puesto de Asistente de UX Research que
habéis publicado. Adjunto mi CV y una carta de presentación.

Llevo seis años como agente en un centro de atención telefónica en Málaga, donde he
coordinado las sesiones mensuales de escucha de llamadas y he propuesto cambios en los
guiones a partir de lo que nos contaban los clientes. Este año he terminado un curso
de investigación con usuarios y me gustaría dar el salto a un equipo de producto.

Quedo a vuestra disposición para una entrevista cuando os venga bien.

Un saludo,
Lucía Fernández-Kowalski
600 000 917
"""),
    pdfs=[("CV_Lucia_Fernandez-Kowalski.pdf", "Lucia Fernandez-Kowalski - CV",
           ["Malaga - lucia.fk@example.es", "Agente de atencion al cliente (2020-2026)",
            "Curso de investigacion con usuarios (2025)",
            "Idiomas: espanol, ingles C1, polaco, frances B2, aleman B1"])],
))

# ------------------------------------------------------------------ 2: her reply to the Tramaluz offer (offer quoted)
add(dict(
    kind="other", name="own_reply_offer_questions", lang="es", company="", contact="",
    parent="f_tram_offer", date="2026-02-13 08:52 +0100",
    frm=ME, to=[("Noelia Ortega", "noelia.ortega@tramaluz.example.es")],
    subject="Re: Oferta de incorporación – Asistente de UX Research",
    text=T("""
Hola, Noelia:

¡Muchísimas gracias por la oferta, qué alegría! Antes de responder formalmente tengo
un par de dudas: ¿los dos días de teletrabajo son fijos o se pueden elegir cada
semana? ¿Y la incorporación podría ser el 9 de marzo en lugar del 2, para poder avisar
con tiempo en mi trabajo actual?

¿Te viene bien que lo hablemos por teléfono esta tarde?

Un saludo,
Lucía

""") + wrote("es", "jue, 12 feb 2026 a las 12:30", "Noelia Ortega",
             "noelia.ortega@tramaluz.example.es") + "\n" + quote(T("""
Hola Lucía:

¡Enhorabuena! Después del panel del día 4, el equipo lo tiene claro: nos encantaría
que te unieras a Tramaluz como Asistente de UX Research.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada
completa, 26.500 € brutos anuales en 14 pagas, dos días de teletrabajo a la semana y
fecha de incorporación el 2 de marzo.
""")),
    cte="qp",
))

# ------------------------------------------------------------------ 3: her reschedule request (assessment day)
add(dict(
    kind="other", name="own_reschedule_request_alcazaba", lang="es", company="", contact="",
    id="o_alc_resched_req", parent="i_alc_assess", date="2026-03-17 21:10 +0100",
    frm=ME, to=[("Selección Banco Alcazaba", "seleccion@bancoalcazaba.example.es")],
    subject="Jornada de evaluación del 25 de marzo",
    text=T("""
Buenas tardes:

He recibido la invitación a la jornada de evaluación del 25 de marzo, muchas gracias.
Ese día tengo turno de mañana en el trabajo que no puedo cambiar. ¿Sería posible
asistir a otra sesión?

Un saludo,
Lucía Fernández-Kowalski
"""),
))

# ------------------------------------------------------------------ 4: her apology after the missed call
add(dict(
    kind="other", name="own_apology_missed_call", lang="es", company="", contact="",
    id="o_rutas_apology", parent="m_rutas_missed", date="2026-04-07 11:02 +0200",
    frm=ME, to=[("Rocío Márquez", "rocio.marquez@rutasdelsur.example.es")],
    subject="Re: Nuestra llamada de hoy",
    text=T("""
Hola, Rocío:

¡Lo siento muchísimo! Estaba en el turno y nos cambiaron la pausa sin avisar, así que
tenía el móvil en la taquilla. ¿Podrías llamarme el jueves a la misma hora? Ese día
libro.

Perdona otra vez,
Lucía

""") + wrote("es", "mar, 7 abr 2026 a las 10:41", "Rocío Márquez",
             "rocio.marquez@rutasdelsur.example.es") + "\n" + quote(T("""
Hola Lucía,

Te he llamado dos veces a las 10:00 al 600 000 917, como quedamos, y no he podido
localizarte; saltaba el buzón de voz.
""")),
))

# ------------------------------------------------------------------ 5: her thank-you after the (second) call
add(dict(
    kind="other", name="own_thankyou_rutas", lang="es", company="", contact="",
    id="o_rutas_thanks", parent="o_rutas_apology", date="2026-04-10 18:32 +0200",
    frm=ME, to=[("Rocío Márquez", "rocio.marquez@rutasdelsur.example.es")],
    subject="Gracias por la conversación de ayer",
    text=T("""
Hola, Rocío:

Gracias por la conversación de ayer y por volver a llamarme después del lío
del martes. Me quedé con muchas ganas de conocer al equipo de producto y de ver
cómo organizáis las entrevistas con viajeros.

Quedo a la espera de vuestras noticias.

Un saludo,
Lucía
"""),
))

# ------------------------------------------------------------------ 6: her follow-up to the agency
add(dict(
    kind="other", name="own_followup_temporalia", lang="es", company="", contact="",
    id="o_temp_followup", parent="s_temp_oli_moved", date="2026-02-20 09:47 +0100",
    frm=ME, to=[("Maribel Cuesta", "maribel.cuesta@temporalia.example.es")],
    subject="¿Sabéis algo de Olivanet?",
    text=T("""
Hola, Maribel:

¿Sabéis algo de Olivanet? La entrevista fue el día 9 y me dijeron que en una semana
tendrían respuesta. ¡Gracias!

Lucía
"""),
))

# ------------------------------------------------------------------ 7: her application with a portfolio link (HTML)
TRIANA_APP = T("""
Hola, Curro:

He visto en vuestro Instagram que buscáis a alguien para apoyar en investigación con
usuarios y me he animado a escribiros. Vengo del mundo del call center (seis años
atendiendo reclamaciones), donde he aprendido a escuchar y a detectar patrones en lo
que cuenta la gente.

Aquí tenéis mi portfolio con dos casos: https://lucia-fk.example.es/portfolio

Me encantaría tomar un café y conoceros.

Lucía Fernández-Kowalski
""")
add(dict(
    kind="other", name="own_application_triana_portfolio", lang="es", company="", contact="",
    id="o_triana_apply", date="2026-02-20 22:40 +0100",
    frm=ME, to=[("Triana UX Studio", "hola@trianaux.example.es")],
    subject="Candidatura espontánea – investigación con usuarios",
    text=TRIANA_APP,
    html=plain_html(paras(TRIANA_APP)),
))

# ------------------------------------------------------------------ 8: head-hunter cold approach, no event
add(dict(
    kind="other", name="ferraz_cold_approach", lang="es", company="",
    contact="lucas.ferraz@ferrazochoa.example.es", id="o_ferraz_cold",
    date="2026-06-02 10:20 +0200",
    frm=("Lucas Ferraz", "lucas.ferraz@ferrazochoa.example.es"),
    subject="Una posición que creo que te puede interesar",
    text=T("""
Hola, Lucía:

Soy Lucas Ferraz, de Ferraz & Ochoa Talent. He visto tu perfil en Enlazados y me ha
llamado la atención tu paso del servicio al cliente a la investigación de usuarios.

Estoy trabajando en varias búsquedas para empresas de producto digital en Andalucía y
Madrid, y creo que tu perfil podría encajar en alguna. ¿Te apetecería que habláramos
diez minutos por teléfono esta semana o la que viene, sin compromiso?

Un saludo,
Lucas Ferraz
Partner · Ferraz & Ochoa Talent
Paseo de Recoletos 7, 28004 Madrid · +34 915 000 702
"""),
))

# ------------------------------------------------------------------ 9: bank: appointment to review the account position
add(dict(
    kind="other", name="bank_cita_posicion_global", lang="es", company="", contact="",
    date="2026-03-04 10:00 +0100",
    frm=("Banco Atarazanas", "avisos@bancoatarazanas.example.es"),
    subject="Su cita con su gestor: revisión de su posición global",
    html=ats_card("Banco Atarazanas", """<p>Estimada clienta:</p>
<p>Le recordamos que tiene una <b>cita con su gestora personal</b>, Dña. Pilar Ortega, el jueves 12 de marzo a las 12:15 en la oficina 0412 (C/ Atarazanas 9, Málaga).</p>
<p>En la reunión revisaremos su <b>posición global</b>: cuentas, plan de pensiones y la situación de su préstamo personal.</p>
<p>Si necesita cambiar la cita, puede hacerlo desde la app, en el apartado «Mis citas».</p>""",
        footer="Banco Atarazanas nunca le pedirá sus claves por correo electrónico. Este mensaje es informativo; no responda a esta dirección.",
        accent="#7f1d1d"),
    cte="qp",
))

# ------------------------------------------------------------------ 10: bank: credit-card application refused
add(dict(
    kind="other", name="bank_tarjeta_denegada", lang="es", company="", contact="",
    date="2026-08-11 07:45 +0200",
    frm=("Banco Atarazanas", "avisos@bancoatarazanas.example.es"),
    subject="Respuesta a su solicitud de tarjeta Oro",
    charset="iso-8859-1", cte="qp",
    text=T("""
Estimada clienta:

Lamentamos comunicarle que su solicitud de la tarjeta de crédito Oro, presentada el
3 de agosto, ha sido denegada tras el análisis de riesgos. Esta decisión no afecta al
resto de productos que tiene contratados con nosotros.

Si lo desea, puede solicitar una cita con su gestora para estudiar otras alternativas
de financiación.

Atentamente,
Banco Atarazanas

Este mensaje es informativo; no responda a esta dirección.
"""),
))

# ------------------------------------------------------------------ 11: landlord: community rejected the awning, plumber appointment
add(dict(
    kind="other", name="landlord_toldo_fontanero", lang="es", company="",
    contact="paco.casero@example.com", date="2026-05-06 20:11 +0200",
    frm=("Paco Santiago", "paco.casero@example.com"),
    subject="Toldo y fontanero",
    text=T("""
Buenas Lucía:

Te cuento, la comunidad ha rechazado lo del toldo en la reunión de ayer, dicen que
rompe la fachada. Así que de momento nada, lo siento.

Lo otro: el fontanero viene el jueves a las 10 a mirar lo del calentador. ¿Vas a estar
en casa o le dejo la llave a la vecina del 2ºB?

Un saludo, Paco
"""),
))

# ------------------------------------------------------------------ 12: language school: oral placement interview
add(dict(
    kind="other", name="school_entrevista_oral_nivel", lang="es", company="",
    contact="secretaria@idiomascaleta.example.es", date="2026-01-15 12:30 +0100",
    frm=("Academia de Idiomas La Caleta", "secretaria@idiomascaleta.example.es"),
    subject="Cita para tu prueba de nivel de alemán",
    text=T("""
Hola Lucía:

Gracias por inscribirte en el curso intensivo de alemán B1. Para asignarte grupo
necesitamos hacerte una prueba de nivel: un test escrito de 30 minutos y una breve
entrevista oral con una de nuestras profesoras.

Te hemos dado cita el martes 20 de enero a las 19:00 en la sede de Paseo de Reding.
Si no puedes venir, contesta a este correo y te buscamos otra hora.

Secretaría · Academia de Idiomas La Caleta
Paseo de Reding 14 · 29016 Málaga · 952 000 266
"""),
))

# ------------------------------------------------------------------ 13: health centre appointment reminder
add(dict(
    kind="other", name="doctor_recordatorio_cita", lang="es", company="", contact="",
    date="2026-02-09 08:00 +0100",
    frm=("Centro de Salud El Palo – Cita previa", "citaprevia-noreply@saludcosta.example.es"),
    subject="Recordatorio de cita: Medicina de familia",
    text=T("""
RECORDATORIO DE CITA

Paciente: L. F.-K.
Centro: Centro de Salud El Palo
Profesional: Medicina de familia, consulta 7
Fecha y hora: miércoles 11/02/2026, 09:40

Si no puede acudir, anule la cita desde la app o llamando al centro para que otra
persona pueda utilizarla.

Mensaje automático, no responda.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 14: master's admission refused (a place to study)
add(dict(
    kind="other", name="master_admision_no_admitida", lang="es", company="", contact="",
    date="2026-07-28 09:30 +0200",
    frm=("Escuela Internacional de Posgrado – Universidad de la Vega", "no-reply-posgrado@univega.example.es"),
    frm_enc="utf-8/b",
    subject="Resolución de admisión – Máster en Diseño de Interacción",
    text=T("""
Estimada estudiante:

Le comunicamos que, una vez baremadas las solicitudes de la primera fase de
preinscripción para el Máster Universitario en Diseño de Interacción y Experiencia de
Usuario (curso 2026/27), su solicitud figura como NO ADMITIDA por falta de plazas
(puntuación: 6,12; nota de corte: 6,48).

Queda incluida en la lista de espera en la posición 14. Podrá consultar la evolución
de la lista en el portal de preinscripción.

Escuela Internacional de Posgrado
Universidad de la Vega
"""),
    cte="b64",
))

# ------------------------------------------------------------------ 15: parcel delayed, unfortunately
add(dict(
    kind="other", name="parcel_retraso_lamentablemente", lang="es", company="", contact="",
    date="2026-03-26 17:20 +0100",
    frm=("PaqueSur Envíos", "no-reply@paquesur.example.es"),
    subject="Tu envío 4471-MLG llega con retraso",
    html=ats_card("PaqueSur", """<p>Hola Lucía:</p>
<p>Lamentablemente, tu envío <b>4471-MLG</b> (remitente: Librería Proteo) no podrá entregarse en la fecha prevista por una incidencia en nuestro centro de Antequera.</p>
<p>Nueva fecha estimada de entrega: <b>lunes 30 de marzo</b>, entre las 9:00 y las 14:00.</p>
<p>Sentimos las molestias.</p>""",
        footer="Puedes seguir tu envío en paquesur.example.es/seguimiento. No respondas a este correo.",
        accent="#ca8a04"),
))

# ------------------------------------------------------------------ 16: GPS position shared
add(dict(
    kind="other", name="gps_posicion_compartida", lang="es", company="", contact="",
    date="2026-08-02 21:58 +0200",
    frm=("Localiza Familia", "no-reply@localiza.example.com"),
    subject="Elena ha compartido su posición contigo",
    text=T("""
Elena Fernández ha compartido su posición en tiempo real contigo durante 1 hora.

Última posición GPS: Paseo Marítimo Pablo Ruiz Picasso, Málaga
Precisión: 8 m · Batería: 41 %
Actualizado: 21:57

Ver en el mapa: https://localiza.example.com/m/3c9f20

Puedes dejar de recibir estas notificaciones desde los ajustes de la app.
"""),
))

# ------------------------------------------------------------------ 17: friend tells about her own rejection
add(dict(
    kind="other", name="friend_own_rejection", lang="es", company="",
    contact="inma.rguez@example.com", date="2026-04-15 22:47 +0200",
    frm=("Inma Rodríguez", "inma.rguez@example.com"),
    subject="Tela lo mío",
    text=T("""
Lucía, mi arma, ¿cómo estás?

Te escribo porque necesito desahogarme: me han rechazado en lo del Ayuntamiento, ni
siquiera me llamaron para la entrevista. Después de tres meses preparando el temario,
un correo de dos líneas y hasta luego. Tela.

Bueno, que me voy a apuntar a lo de la Junta en septiembre. ¿Y lo tuyo con la empresa
de viajes de Granada? Cuéntame algo bueno, por favor.

¿Nos tomamos algo el sábado en el Pedregal?

Besos,
Inma
"""),
))

# ------------------------------------------------------------------ 18: out-of-office auto-reply (Spanish)
add(dict(
    kind="other", name="ooo_mezquita_fuera_oficina", lang="es", company="",
    contact="ana.pedrajas@mezquitadigital.example.es", date="2026-02-01 20:05 +0100",
    frm=("Ana Pedrajas", "ana.pedrajas@mezquitadigital.example.es"),
    subject="Respuesta automática: Candidatura UX – Lucía F.",
    text=T("""
Hola,

Estoy fuera de la oficina hasta el lunes 2 de febrero por la mañana, con acceso
limitado al correo. Responderé a tu mensaje a mi vuelta.

Si es urgente, puedes escribir a hola@mezquitadigital.example.es.

Ana Pedrajas · Mezquita Digital
"""),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
))

# ------------------------------------------------------------------ 19: professional network notification (searches)
add(dict(
    kind="other", name="enlazados_busquedas_semana", lang="es", company="", contact="",
    date="2026-05-25 06:30 +0000",
    frm=("Enlazados", "notificaciones@enlazados.example.com"),
    subject="Has aparecido en 14 búsquedas esta semana",
    html=ats_card("Enlazados", """<p>Hola Lucía,</p>
<p>Tu perfil ha aparecido en <b>14 búsquedas</b> esta semana.</p>
<p>Te han encontrado personas que trabajan en: Selección de personal, Diseño de producto, Consultoría.</p>
<p>Palabras clave: <i>investigación de usuarios</i>, <i>atención al cliente</i>, <i>UX research</i>.</p>""" + button(
        "Ver quién te busca", "https://enlazados.example.com/me/search-appearances", "#0a66c2"),
        footer="Recibes este correo porque tienes activadas las notificaciones semanales. "
               '<a href="https://enlazados.example.com/settings/email">Darte de baja</a>',
        accent="#0a66c2"),
    headers=[("List-Unsubscribe", "<https://enlazados.example.com/unsub/7781ad>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
))

# ------------------------------------------------------------------ 20: network job recommendations digest
ENL_ITEMS = [
    ("Asistente de investigación UX – Tramaluz Software", "https://enlazados.example.com/jobs/1101",
     "Málaga · Híbrido · Proceso con entrevista con el panel de producto"),
    ("Técnico/a de experiencia de cliente – Olivanet Telecom", "https://enlazados.example.com/jobs/1102",
     "Sevilla · Presencial · 48 solicitudes"),
    ("UX Researcher Junior – Califa Software", "https://enlazados.example.com/jobs/1103",
     "Córdoba · En remoto · Solicitud sencilla"),
    ("Research Assistant – Kairos Research", "https://enlazados.example.com/jobs/1104",
     "Madrid · Híbrido · Publicada hace 2 días"),
]
add(dict(
    kind="other", name="enlazados_empleos_recomendados", lang="es", company="", contact="",
    date="2026-01-19 07:05 +0000",
    frm=("Enlazados Empleos", "empleos-noreply@enlazados.example.com"),
    subject="Nuevas ofertas para «UX research» en Andalucía",
    html=digest_html("Ofertas que coinciden con tu búsqueda",
                     "<p>Hola Lucía, estas ofertas encajan con tu alerta <b>UX research · Andalucía</b>. "
                     "Presenta tu solicitud pronto: las primeras candidaturas tienen más posibilidades de conseguir una entrevista.</p>",
                     ENL_ITEMS,
                     '<a href="https://enlazados.example.com/alerts">Gestionar alertas</a> · '
                     '<a href="https://enlazados.example.com/unsub/jobs">Darse de baja</a>',
                     accent="#0a66c2"),
    cte="qp",
    headers=[("List-Unsubscribe", "<https://enlazados.example.com/unsub/jobs>"),
             ("List-Id", "<empleos.enlazados.example.com>")],
))

# ------------------------------------------------------------------ 21: user-research participant interview invitation
add(dict(
    kind="other", name="user_research_participant_invite", lang="es", company="",
    contact="lidia.campos@comprafacil.example.es", date="2026-06-18 11:11 +0200",
    frm=("Lidia Campos · Compra Fácil", "lidia.campos@comprafacil.example.es"),
    subject="¿Nos ayudas a mejorar la app? Entrevista de 45 minutos",
    text=T("""
Hola Lucía:

Soy Lidia, del equipo de investigación de usuarios de Compra Fácil. Como usas nuestra
app de la compra desde hace más de un año, nos encantaría entrevistarte para conocer
tu experiencia con los pedidos a domicilio.

- Duración: 45 minutos, por videollamada
- Fechas: del 24 al 26 de junio, a elegir
- Como agradecimiento: tarjeta regalo de 30 €

Si te apetece participar, contesta a este correo y te propongo horarios. No hay
respuestas buenas ni malas; solo queremos escucharte.

¡Gracias!
Lidia Campos
UX Researcher · Compra Fácil
"""),
))

# ------------------------------------------------------------------ 22: podcast / press interview request
add(dict(
    kind="other", name="podcast_cambio_de_rumbo", lang="es", company="",
    contact="hola@cambioderumbo.example.es", date="2026-09-21 12:02 +0200",
    frm=("Podcast Cambio de Rumbo", "hola@cambioderumbo.example.es"),
    subject="Propuesta de entrevista para el podcast",
    text=T("""
¡Hola, Lucía!

Somos Carmela y Dani, de «Cambio de Rumbo», un podcast sobre gente que cambia de
profesión. Leímos tu artículo sobre cómo pasar del call center a la investigación de
usuarios y nos gustaría entrevistarte para un episodio.

La grabación dura una hora, en remoto o en nuestro estudio de Sevilla, cuando mejor
te venga en octubre. No hay guion cerrado: queremos que cuentes tu historia.

¿Te animas? Respóndenos a este mismo correo.

Carmela y Dani
Cambio de Rumbo · cambioderumbo.example.es
"""),
))

# ------------------------------------------------------------------ 23: career-advice article newsletter
add(dict(
    kind="other", name="newsletter_preguntas_entrevista_ux", lang="es", company="", contact="",
    date="2026-02-27 07:00 +0000",
    frm=("Reinvéntate · Blog de carrera", "boletin@reinventate.example.es"),
    subject="5 preguntas que te harán en una entrevista de UX research",
    text=T("""
REINVÉNTATE · Boletín nº 88

5 PREGUNTAS QUE TE HARÁN EN UNA ENTREVISTA DE UX RESEARCH
(y cómo responderlas si vienes de otro sector)

1. «Cuéntame un estudio del que estés orgullosa.» Si no tienes uno formal, habla de
   una vez en que escuchaste a clientes y eso cambió algo.
2. «¿Cómo eliges entre entrevistas y encuestas?»
3. «¿Qué haces si el equipo no está de acuerdo con tus hallazgos?»
4. «Háblame de un error.» Aquí un rechazo o una candidatura fallida también vale.
5. «¿Por qué quieres cambiar de profesión?»

Leer el artículo completo: https://reinventate.example.es/blog/preguntas-ux

Recibes este boletín porque te suscribiste en reinventate.example.es.
Darse de baja: https://reinventate.example.es/baja?u=lfk
"""),
    headers=[("List-Id", "Boletin Reinventate <boletin.reinventate.example.es>"),
             ("List-Unsubscribe", "<https://reinventate.example.es/baja?u=lfk>, <mailto:baja@reinventate.example.es>"),
             ("Precedence", "bulk")],
))

# ------------------------------------------------------------------ 24: job alert digest (board)
SUR_ITEMS = [
    ("Auxiliar de investigación de usuarios – Rutas del Sur", "https://empleosur.example.es/o/55120",
     "Granada · Inscritos: 87 · Entrevistas a partir de abril"),
    ("Agente de experiencia de cliente (bilingüe) – Sol y Ruta Viajes", "https://empleosur.example.es/o/55121",
     "Málaga · Jornada completa"),
    ("Técnico/a de investigación de cliente – Caja Giralda", "https://empleosur.example.es/o/55122",
     "Sevilla · Proceso con pruebas y entrevista"),
    ("Becario/a de UX – Universidad Guadalquivir", "https://empleosur.example.es/o/55123",
     "Sevilla · Beca de 6 meses"),
    ("Investigador/a UX junior – Meseta Telecom", "https://empleosur.example.es/o/55124",
     "Madrid · Híbrido"),
]
add(dict(
    kind="other", name="empleosur_alerta_ofertas", lang="es", company="", contact="",
    date="2026-03-18 06:15 +0000",
    frm=("EmpleoSur Alertas", "alertas@empleosur.example.es"),
    subject="5 nuevas ofertas de «investigación de usuarios»",
    text=T("""
EmpleoSur · Tu alerta diaria

Hola Lucía, hay 5 nuevas ofertas para tu alerta «investigación de usuarios»:

* Auxiliar de investigación de usuarios – Rutas del Sur (Granada)
  https://empleosur.example.es/o/55120
* Agente de experiencia de cliente (bilingüe) – Sol y Ruta Viajes (Málaga)
  https://empleosur.example.es/o/55121
* Técnico/a de investigación de cliente – Caja Giralda (Sevilla)
  https://empleosur.example.es/o/55122
* Becario/a de UX – Universidad Guadalquivir (Sevilla)
  https://empleosur.example.es/o/55123
* Investigador/a UX junior – Meseta Telecom (Madrid)
  https://empleosur.example.es/o/55124

Consejo del día: personaliza la carta; las candidaturas genéricas suelen recibir un
«lamentablemente no ha sido seleccionada» sin pasar a entrevista.

Gestionar alertas: https://empleosur.example.es/alertas
"""),
    html=digest_html("EmpleoSur · Tu alerta diaria",
                     "<p>Hola Lucía, hay 5 nuevas ofertas para tu alerta «investigación de usuarios».</p>",
                     SUR_ITEMS,
                     "Consejo del día: personaliza la carta; las candidaturas genéricas suelen recibir un "
                     "«lamentablemente no ha sido seleccionada» sin pasar a entrevista.<br>"
                     '<a href="https://empleosur.example.es/alertas">Gestionar alertas</a>'),
    cte="qp",
    headers=[("List-Id", "Alertas EmpleoSur <alertas.empleosur.example.es>"),
             ("List-Unsubscribe", "<https://empleosur.example.es/alertas/baja/lfk>")],
))

# ------------------------------------------------------------------ 25: newsletter about rejections
add(dict(
    kind="other", name="newsletter_por_que_te_rechazan", lang="es", company="", contact="",
    date="2026-06-05 06:00 +0000",
    frm=("Research en Español", "newsletter@researchenespanol.example.org"),
    subject="Nº 37 · ¿Por qué te rechazan sin entrevista?",
    html=digest_html("Research en Español · Nº 37",
                     "<p>Esta semana hablamos del correo que nadie quiere recibir: «hemos decidido "
                     "seguir adelante con otras candidaturas». Tres reclutadoras nos cuentan qué miran en "
                     "los primeros 30 segundos y por qué un CV sin casos acaba descartado.</p>",
                     [("Qué hay detrás de un rechazo automático", "https://researchenespanol.example.org/37/rechazos",
                       "ATS, filtros y palabras clave: lo que no te cuentan"),
                      ("Cómo pedir feedback tras una entrevista", "https://researchenespanol.example.org/37/feedback",
                       "Plantilla incluida"),
                      ("Ofertas de la semana", "https://researchenespanol.example.org/37/ofertas",
                       "12 puestos junior en España y Portugal")],
                     '<a href="https://researchenespanol.example.org/baja">Darse de baja</a>'),
    cte="b64",
    headers=[("List-Id", "<semanal.researchenespanol.example.org>"),
             ("List-Unsubscribe", "<https://researchenespanol.example.org/baja>")],
))

# ------------------------------------------------------------------ 26: ETT weekly offers mailing list
add(dict(
    kind="other", name="temporalia_ofertas_semana", lang="es", company="", contact="",
    date="2026-09-14 08:00 +0200",
    frm=("Temporalia Andalucía", "ofertas@temporalia.example.es"),
    subject="Ofertas de la semana en Sevilla y Málaga",
    charset="iso-8859-1", cte="qp",
    text=T("""
TEMPORALIA ANDALUCÍA · OFERTAS DE LA SEMANA

- Teleoperador/a de atención al cliente (Sevilla). Incorporación inmediata.
  https://empleo.temporalia.example.es/of/9120
- Auxiliar de investigación de clientes (Sevilla Este). Entrevistas esta semana.
  https://empleo.temporalia.example.es/of/9121
- Recepcionista bilingüe para plataforma turística (Málaga).
  https://empleo.temporalia.example.es/of/9122

Si ya estás en un proceso con nosotras, tu consultora te informará directamente.

Para no recibir más este boletín: https://empleo.temporalia.example.es/baja
"""),
    headers=[("List-Id", "Ofertas Temporalia <ofertas.temporalia.example.es>"),
             ("List-Unsubscribe", "<mailto:baja@temporalia.example.es?subject=baja>"),
             ("Precedence", "list")],
))

# ------------------------------------------------------------------ 27: friend forwards a posting (message/rfc822)
add(dict(
    kind="other", name="friend_forwards_posting_rfc822", lang="es", company="",
    contact="javi.ortiz@example.net", date="2026-02-24 13:37 +0100",
    frm=("Javi Ortiz", "javi.ortiz@example.net"),
    subject="Fwd: Buscamos UX Researcher junior en Córdoba",
    text=T("""
Lucía, mira esta oferta que me ha llegado por la lista de antiguos alumnos, te pega
un montón. Dicen que hacen las entrevistas en marzo. ¡Mándales el CV ya!

Javi
"""),
    attach_msg=dict(
        frm=("Califa Software", "comunicacion@califasoft.example.es"),
        to=[("Antiguos alumnos", "alumni@lista.example.org")],
        date="2026-02-23 09:00 +0100",
        subject="Buscamos UX Researcher junior en Córdoba",
        text=T("""
Hola a todas y todos:

En Califa Software buscamos una persona para apoyar al equipo de investigación con
usuarios en nuestro laboratorio de Córdoba. No pedimos experiencia previa en UX: nos
interesan perfiles que vengan de atención al cliente o del sector servicios.

Las entrevistas se harán durante la primera quincena de marzo. Envía tu CV a
talento@califasoft.example.es.

Equipo de Califa Software
"""),
    ),
))

# ------------------------------------------------------------------ 28: employment office appointment (not a job)
add(dict(
    kind="other", name="oficina_empleo_cita_previa", lang="es", company="", contact="",
    date="2026-10-05 09:10 +0200",
    frm=("Oficina de Empleo Málaga-Este · Cita previa", "noreply@empleocosta.example.es"),
    subject="Confirmación de cita previa: renovación de la demanda",
    charset="windows-1252", cte="qp",
    text=T("""
Confirmamos su cita previa:

  Trámite: renovación de la demanda de empleo / entrevista con su orientadora
  Oficina: Málaga-Este – C/ Hilera 3
  Fecha: jueves 15 de octubre de 2026 – 11:20
  Localizador: CP-7Q2K

Debe presentar su DNI/NIE. Si no puede acudir, anule la cita con el localizador.

Mensaje generado automáticamente – no responda.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 29: webinar invite (marketing)
add(dict(
    kind="other", name="webinar_entrevista_portfolio", lang="es", company="", contact="",
    date="2026-04-22 15:00 +0000",
    frm=("Escuela Faro UX", "eventos@escuelafaroux.example.es"),
    subject="Webinar gratuito: cómo preparar la entrevista de portfolio",
    html=digest_html("Escuela Faro UX · Webinar gratuito",
                     "<p>El <b>jueves 30 de abril a las 19:00</b> te contamos cómo presentar tus casos en "
                     "una entrevista de portfolio aunque vengas de otro sector. ¡Plazas limitadas!</p>",
                     [("Reserva tu plaza", "https://escuelafaroux.example.es/webinar/portfolio",
                       "Online · 60 minutos · Con preguntas en directo"),
                      ("Bootcamp UX Research (octubre)", "https://escuelafaroux.example.es/bootcamp",
                       "Últimas plazas con beca")],
                     '<a href="https://escuelafaroux.example.es/baja">Cancelar suscripción</a>',
                     accent="#1e40af"),
    headers=[("List-Unsubscribe", "<https://escuelafaroux.example.es/baja>"),
             ("Precedence", "bulk")],
))

# ------------------------------------------------------------------ 30: mother asks how the interview went
add(dict(
    kind="other", name="mother_que_tal_entrevista", lang="es", company="",
    contact="teresa.fdez.campos@example.com", date="2026-02-04 21:30 +0100",
    frm=("Teresa Fernández", "teresa.fdez.campos@example.com"),
    subject="¿Qué tal ha ido?",
    text=T("""
Hija, ¿qué tal la entrevista de hoy? Tu padre dice que seguro que te cogen, que
hablas más idiomas que nadie. Llámame cuando salgas, que estoy en ascuas.

El domingo venís a comer, ¿no? Hago berza.

Un beso muy grande,
Mamá
"""),
))

# ================================================================== en (12)

# ------------------------------------------------------------------ 31: her thank-you (quoted later in the rejection)
add(dict(
    kind="other", name="own_thankyou_azulejo", lang="en", company="", contact="",
    id="o_azu_thanks", parent="s_azu_sick", date="2026-02-26 18:05 +0000",
    frm=ME, to=[("Marta Sousa", "marta.sousa@azulejolabs.example.pt")],
    subject="Thank you – UX Research Assistant interview",
    text=T("""
Dear Marta,

Thank you for organising yesterday's interview with Tiago and Inês. I really
enjoyed the conversation about your diary studies, and it made me even more
excited about the role.

Looking forward to hearing about next steps.

Best regards,
Lucía
"""),
))

# ------------------------------------------------------------------ 32: out-of-office auto-reply (English)
add(dict(
    kind="other", name="ooo_azulejo_recruiter", lang="en", company="",
    contact="marta.sousa@azulejolabs.example.pt", parent="o_azu_thanks",
    date="2026-02-26 18:05 +0000",
    frm=("Marta Sousa", "marta.sousa@azulejolabs.example.pt"),
    subject="Automatic reply: Thank you – UX Research Assistant interview",
    text=T("""
Thanks for your email. I'm out of the office until Monday 2 March with limited access
to email. For anything urgent about an interview or an application, please contact
talent@azulejolabs.example.pt.

Marta
"""),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

# ------------------------------------------------------------------ 33: her reschedule request
add(dict(
    kind="other", name="own_reschedule_request_miradouro", lang="en", company="", contact="",
    id="o_mira_resched_req", parent="i_mira_ashby", date="2026-08-17 12:40 +0200",
    frm=ME, to=[("Joana Reis", "joana.reis@miradouro.example.pt")],
    subject="Re: Invitation: Junior UX Researcher - Hiring Manager Interview",
    text=T("""
Hi Joana,

Thank you for the invitation. Unfortunately I have a shift I can't swap on Wednesday
afternoon. Would Thursday 20 or Friday 21 August work for you instead? I'm free any
time before 13:00 Lisbon time on both days.

Apologies for the inconvenience, and thanks for understanding.

Best,
Lucía Fernández-Kowalski

""") + wrote("en", "Wed, Aug 12, 2026 at 2:40 PM", "Miradouro Travel Recruiting",
             "no-reply@ashbyhq.com") + "\n" + quote(T("""
Hi Lucía,

You're invited to a Hiring Manager Interview for the Junior UX Researcher role.

When: Wednesday, August 19, 2026, 15:00 - 15:45 (Lisbon time)
""")),
))

# ------------------------------------------------------------------ 34: her application with CV (PDF)
add(dict(
    kind="other", name="own_application_harbourlight", lang="en", company="", contact="",
    id="o_harbour_apply", date="2026-09-01 10:12 +0200",
    frm=ME, to=[("Harbourlight Careers", "careers@harbourlight.example.pt")],
    subject="Application: UX Research Assistant (Lisbon)",
    text=T("""
Dear Harbourlight team,

I would like to apply for the UX Research Assistant role in Lisbon. I have six years of
customer-facing experience in a contact centre in Málaga, where I ran monthly call
listening sessions and turned what customers told us into changes in our processes.
Since then I have completed a user-research course and run volunteer usability tests
for a local NGO.

My CV is attached. I'd be happy to relocate to Lisbon and can interview in English,
Spanish or Polish.

Kind regards,
Lucía Fernández-Kowalski
+34 600 000 917
"""),
    pdfs=[("CV_Lucia_Fernandez-Kowalski_EN.pdf", "Lucia Fernandez-Kowalski - CV",
           ["Malaga, Spain - lucia.fk@example.es", "Customer service agent (2020-2026)",
            "User research course (2025)", "Languages: Spanish, English C1, Polish, French B2"])],
))

# ------------------------------------------------------------------ 35: job-alert digest (Lisbon)
add(dict(
    kind="other", name="lisbontechjobs_weekly_digest", lang="en", company="", contact="",
    date="2026-07-13 07:00 +0000",
    frm=("LisbonTechJobs", "digest@lisbontechjobs.example.pt"),
    subject="9 new UX jobs in Lisbon this week",
    text=T("""
LisbonTechJobs - weekly digest

New this week for "UX research":
- Junior UX Researcher - Miradouro Travel (hybrid) https://lisbontechjobs.example.pt/j/4410
- Research Ops Assistant - Tejo Bank (on-site) https://lisbontechjobs.example.pt/j/4411
- User Researcher - Tidepool Games (hybrid) https://lisbontechjobs.example.pt/j/4412
- UX Research Intern - Harbourlight Software https://lisbontechjobs.example.pt/j/4413
- and 5 more: https://lisbontechjobs.example.pt/search?q=ux+research

Tip: companies that use one-way video interviews often reject candidates who skip the
practice question. Give it a go!

Unsubscribe: https://lisbontechjobs.example.pt/unsubscribe/lfk
"""),
    html=digest_html("LisbonTechJobs - weekly digest",
                     "<p>New this week for <b>UX research</b>:</p>",
                     [("Junior UX Researcher - Miradouro Travel", "https://lisbontechjobs.example.pt/j/4410", "Hybrid"),
                      ("Research Ops Assistant - Tejo Bank", "https://lisbontechjobs.example.pt/j/4411", "On-site"),
                      ("User Researcher - Tidepool Games", "https://lisbontechjobs.example.pt/j/4412", "Hybrid"),
                      ("UX Research Intern - Harbourlight Software", "https://lisbontechjobs.example.pt/j/4413", "Internship"),
                      ("and 5 more", "https://lisbontechjobs.example.pt/search?q=ux+research", "")],
                     "Tip: companies that use one-way video interviews often reject candidates who skip the "
                     'practice question. Give it a go!<br><a href="https://lisbontechjobs.example.pt/unsubscribe/lfk">Unsubscribe</a>',
                     accent="#0369a1", lang="en"),
    headers=[("List-Id", "LisbonTechJobs weekly <weekly.lisbontechjobs.example.pt>"),
             ("List-Unsubscribe", "<https://lisbontechjobs.example.pt/unsubscribe/lfk>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
))

# ------------------------------------------------------------------ 36: newsletter (rejection, interview loops)
add(dict(
    kind="other", name="uxr_weekly_rejection_issue", lang="en", company="", contact="",
    date="2026-05-15 13:00 +0000",
    frm=("UX Research Weekly", "hello@uxrweekly.example.com"),
    subject="UXR Weekly #112: bouncing back from rejection",
    text=T("""
UX RESEARCH WEEKLY #112

This week: "Unfortunately, we have decided not to proceed" - how six researchers
turned their worst rejection emails into their next job.

Also inside:
* Interview loops decoded: what the take-home, the panel and the portfolio review are
  really testing
* Why your offer letter should mention research budget
* 14 open roles, from Lisbon to Berlin

Read online: https://uxrweekly.example.com/112

You're receiving this because you subscribed at uxrweekly.example.com.
Unsubscribe: https://uxrweekly.example.com/u/lfk
"""),
    headers=[("List-Id", "UX Research Weekly <weekly.uxrweekly.example.com>"),
             ("List-Unsubscribe", "<https://uxrweekly.example.com/u/lfk>, <mailto:unsubscribe@uxrweekly.example.com>"),
             ("Precedence", "bulk")],
))

# ------------------------------------------------------------------ 37: podcast interview request
add(dict(
    kind="other", name="podcast_career_switchers", lang="en", company="",
    contact="nia@careerswitchers.example.com", date="2026-10-02 16:30 +0100",
    frm=("Nia Okafor", "nia@careerswitchers.example.com"),
    subject="Would you be a guest on Career Switchers?",
    text=T("""
Hi Lucía,

I host Career Switchers, a podcast about people who change careers in their thirties.
A listener sent me your talk from the Lisbon research meetup and I'd love to interview
you about moving from a call centre into UX research.

We record remotely; it takes about 50 minutes and we'd publish in November. Would you
be up for it? Happy to share the questions in advance.

Best,
Nia Okafor
Host & Producer, Career Switchers
"""),
))

# ------------------------------------------------------------------ 38: user-research participant interview (English)
add(dict(
    kind="other", name="paysmart_participant_interview", lang="en", company="",
    contact="tom.becker@paysmart.example.com", date="2026-03-10 10:05 +0000",
    frm=("Tom Becker", "tom.becker@paysmart.example.com"),
    reply_to=("Tom Becker", "tom.becker@paysmart.example.com"),
    subject="30-minute interview about your Paysmart app?",
    text=T("""
Hi Lucía,

I'm a researcher on the Paysmart product team. We're talking to customers who send
money abroad and would love to interview you for 30 minutes about how you use the app
to send money to family in Poland.

As a thank-you we'll send you a EUR 25 voucher. Sessions run next week on Zoom; just
reply with a couple of times that suit you.

Thanks,
Tom Becker
User Research, Paysmart
"""),
))

# ------------------------------------------------------------------ 39: network notification (profile views)
add(dict(
    kind="other", name="pronet_profile_views", lang="en", company="", contact="",
    date="2026-09-28 06:45 +0000",
    frm=("ProNet", "notifications@pronet.example.com"),
    subject="You appeared in 9 searches this week",
    html=ats_card("ProNet", """<p>Hi Lucía,</p>
<p>You appeared in <b>9 searches</b> this week, and a recruiter from a software company in Lisbon viewed your profile.</p>
<p>Members who add a portfolio link get up to 3x more interview requests.</p>""" + button(
        "See all views", "https://pronet.example.com/me/views", "#0f766e"),
        footer='You are receiving notification emails. <a href="https://pronet.example.com/settings">Unsubscribe</a>',
        accent="#0f766e", lang="en"),
    headers=[("List-Unsubscribe", "<https://pronet.example.com/unsub/lfk9>")],
))

# ------------------------------------------------------------------ 40: parcel delayed (English)
add(dict(
    kind="other", name="parcel_delayed_unfortunately", lang="en", company="", contact="",
    date="2026-07-30 09:12 +0000",
    frm=("ParcelWay", "no-reply@parcelway.example.com"),
    subject="Unfortunately, your parcel is delayed",
    text=T("""
Hi Lucía,

Unfortunately, your parcel PW-88213-LIS is delayed because of high volumes at our
Lisbon hub. We're sorry for the inconvenience.

New estimated delivery: Tuesday 4 August.
Track it: https://parcelway.example.com/t/PW-88213-LIS

ParcelWay
"""),
))

# ------------------------------------------------------------------ 41: recruiter cold approach (no event)
add(dict(
    kind="other", name="northgate_cold_approach", lang="en", company="",
    contact="leon.hartmann@northgate.example.de", date="2026-05-04 14:14 +0200",
    frm=("Leon Hartmann", "leon.hartmann@northgate.example.de"),
    subject="UX research roles in Berlin - open to a chat?",
    text=T("""
Hi Lucía,

I came across your profile on ProNet and noticed you're moving into user research.
I recruit for product companies in Berlin, several of which hire English-speaking
research assistants and don't require German.

No specific vacancy to pitch right now - I'd just like to understand what you're
looking for so I can think of you when something comes up. Would a 15-minute call
next week suit you?

Best regards,
Leon Hartmann
Northgate Talent Partners | Torstraße 140 | 10119 Berlin
"""),
))

# ------------------------------------------------------------------ 42: course place refused (not a job)
add(dict(
    kind="other", name="design_school_place_refused", lang="en", company="", contact="",
    date="2026-04-03 11:00 +0100",
    frm=("Lisbon School of Design - Admissions", "admissions-noreply@lsd.example.pt"),
    subject="Your application to the Summer Certificate in Service Design",
    text=T("""
Dear Lucía Fernández-Kowalski,

Thank you for applying to the Summer Certificate in Service Design 2026. We received
more than 400 applications for 30 places, and we regret that we are unable to offer
you a place on this year's programme.

You may apply again for the winter intake, which opens in September.

Admissions Office
Lisbon School of Design
"""),
    cte="qp",
))

# ================================================================== fr (5)

# ------------------------------------------------------------------ 43: her thank-you (quoted later in the rejection)
add(dict(
    kind="other", name="own_merci_clapas", lang="fr", company="", contact="",
    id="o_clapas_merci", parent="i_clapas", date="2026-09-09 19:02 +0200",
    frm=ME, to=[("Élodie Vidal", "e.vidal@clapas-conseil.example.fr")],
    to_enc="iso-8859-1/q",
    subject="Merci pour l'entretien de mardi",
    charset="iso-8859-1", cte="qp",
    text=T("""
Bonjour Élodie,

Je tenais à vous remercier pour l'entretien de mardi et pour le temps
que vous m'avez consacré. Le projet avec la métropole me motive beaucoup.

Bien à vous,
Lucía
"""),
))

# ------------------------------------------------------------------ 44: job-alert digest (Occitanie)
add(dict(
    kind="other", name="alertes_emploi_occitanie", lang="fr", company="", contact="",
    date="2026-06-22 05:30 +0000",
    frm=("Alertes Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
    subject="Nouvelles offres : recherche utilisateur à Montpellier",
    html=digest_html("Vos alertes emploi · Occitanie",
                     "<p>Bonjour Lucía, 4 nouvelles offres correspondent à votre alerte "
                     "<b>UX / recherche utilisateur – Montpellier</b>. Postulez vite : les entretiens "
                     "commencent souvent dès la première semaine.</p>",
                     [("Assistant·e UX Research – Garrigue Numérique", "https://emploi-occitanie.example.fr/o/3301",
                       "Montpellier · CDI · Hybride"),
                      ("Chargé·e d'études usagers – Clapas Conseil", "https://emploi-occitanie.example.fr/o/3302",
                       "Montpellier · CDD 12 mois"),
                      ("Ergonome junior – Institut Lez Recherche", "https://emploi-occitanie.example.fr/o/3303",
                       "Montpellier · CDD 18 mois"),
                      ("Conseiller·ère clientèle bilingue espagnol", "https://emploi-occitanie.example.fr/o/3304",
                       "Sète · Intérim")],
                     '<a href="https://emploi-occitanie.example.fr/desinscription">Se désinscrire</a>',
                     accent="#b91c1c", lang="fr"),
    cte="qp",
    headers=[("List-Id", "<alertes.emploi-occitanie.example.fr>"),
             ("List-Unsubscribe", "<https://emploi-occitanie.example.fr/desinscription>")],
))

# ------------------------------------------------------------------ 45: rental application refused (another sense)
add(dict(
    kind="other", name="agence_location_dossier_refuse", lang="fr", company="",
    contact="s.martin@agencedulez.example.fr", date="2026-07-01 17:48 +0200",
    frm=("Sandrine Martin – Agence du Lez", "s.martin@agencedulez.example.fr"),
    subject="Votre dossier pour l'appartement rue du Faubourg Boutonnet",
    charset="windows-1252", cte="8bit",
    text=T("""
Bonjour Madame,

Je reviens vers vous concernant le T2 rue du Faubourg Boutonnet. Le propriétaire a
examiné les dossiers et, malheureusement, le vôtre n'a pas été retenu : il a donné la
priorité à un locataire disposant déjà d'un contrat de travail en France.

Si votre situation évolue, n'hésitez pas à me recontacter ; nous avons régulièrement
des biens similaires. Je peux aussi vous proposer un rendez-vous pour une visite du
studio de la rue de l'Aiguillerie.

Bien cordialement,
Sandrine Martin
Agence du Lez – Location & Gestion
"""),
))

# ------------------------------------------------------------------ 46: career-advice newsletter (visio interview)
add(dict(
    kind="other", name="carrieres_sud_entretien_visio", lang="fr", company="", contact="",
    date="2026-04-09 06:00 +0000",
    frm=("Carrières Sud", "lettre@carrieres-sud.example.fr"),
    subject="La lettre Carrières Sud : réussir son entretien d'embauche en visio",
    text=T("""
LA LETTRE CARRIÈRES SUD – avril 2026

Réussir son entretien d'embauche en visio : 7 conseils
1. Testez le lien la veille (un candidat sur dix ne se connecte pas à l'heure !)
2. Soignez la lumière et le son
3. Préparez trois exemples concrets
...

Et aussi : « J'ai reçu un refus, que faire maintenant ? » – témoignages.

Lire la lettre en ligne : https://carrieres-sud.example.fr/lettre/2026-04
Se désabonner : https://carrieres-sud.example.fr/desabonnement
"""),
    cte="qp",
    headers=[("List-Id", "La lettre Carrieres Sud <lettre.carrieres-sud.example.fr>"),
             ("List-Unsubscribe", "<https://carrieres-sud.example.fr/desabonnement>"),
             ("Precedence", "bulk")],
))

# ------------------------------------------------------------------ 47: out-of-office auto-reply (French)
add(dict(
    kind="other", name="ooo_garrigue_absente", lang="fr", company="",
    contact="c.fabre@garrigue-numerique.example.fr", date="2026-05-26 11:21 +0200",
    frm=("Camille Fabre", "c.fabre@garrigue-numerique.example.fr"),
    subject="Réponse automatique : Entretien de ce matin",
    text=T("""
Bonjour,

Je suis absente cet après-midi et serai de retour demain matin à 9 h. Je traiterai
votre message à mon retour.

Pour toute urgence, vous pouvez contacter recrutement@garrigue-numerique.example.fr.

Camille Fabre
"""),
    headers=[("Auto-Submitted", "auto-replied")],
))

# ================================================================== de (5)

# ------------------------------------------------------------------ 48: her application in German (PDF)
add(dict(
    kind="other", name="own_bewerbung_spreeklang", lang="de", company="", contact="",
    id="o_spree_apply", date="2026-04-06 09:40 +0200",
    frm=ME, to=[("Spreeklang Jobs", "jobs@spreeklang.example.de")],
    subject="Bewerbung als UX Research Assistant (m/w/d)",
    charset="iso-8859-1", cte="qp",
    text=T("""
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als UX Research Assistant in Ihrem Berliner
Team. Seit sechs Jahren arbeite ich im Kundenservice eines Telekommunikationsanbieters
in Málaga und habe dort regelmäßig Kundengespräche ausgewertet. Ich spreche Spanisch,
Polnisch, Englisch (C1) und Deutsch (B1).

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde
ich mich sehr freuen.

Mit freundlichen Grüßen
Lucía Fernández-Kowalski
"""),
    pdfs=[("Lebenslauf_Fernandez-Kowalski.pdf", "Lucia Fernandez-Kowalski - Lebenslauf",
           ["Malaga, Spanien - lucia.fk@example.es", "Kundenservice (2020-2026)",
            "Weiterbildung User Research (2025)", "Sprachen: ES, PL, EN C1, DE B1"])],
))

# ------------------------------------------------------------------ 49: job-alert newsletter (Berlin)
add(dict(
    kind="other", name="jobletter_berlin", lang="de", company="", contact="",
    date="2026-08-24 06:00 +0000",
    frm=("Jobletter Berlin", "newsletter@jobletter-berlin.example.de"),
    subject="Jobletter: 6 neue UX-Jobs und Tipps fürs Vorstellungsgespräch",
    html=digest_html("Jobletter Berlin · KW 35",
                     "<p>Hallo Lucía, hier sind die neuen Stellen zu deinem Suchauftrag "
                     "<b>UX Research · Berlin</b>. Außerdem: Wie du im Vorstellungsgespräch auf die "
                     "Frage nach einer Absage souverän antwortest.</p>",
                     [("UX Research Assistant – Fernwehwerk", "https://jobletter-berlin.example.de/j/771",
                       "Kreuzberg · Vollzeit · Englisch möglich"),
                      ("Werkstudent*in Research – Kiezbank", "https://jobletter-berlin.example.de/j/772",
                       "Kreuzberg · 20 Std."),
                      ("Junior UX Researcher – Spreeklang", "https://jobletter-berlin.example.de/j/773",
                       "Friedrichshain · Hybrid"),
                      ("Tipps: Absagen im Gespräch richtig erklären", "https://jobletter-berlin.example.de/tipps/absagen",
                       "Ratgeber · 4 Minuten Lesezeit")],
                     '<a href="https://jobletter-berlin.example.de/abmelden">Abmelden</a>',
                     accent="#4d7c0f", lang="de"),
    cte="qp",
    headers=[("List-Id", "Jobletter Berlin <jobletter.jobletter-berlin.example.de>"),
             ("List-Unsubscribe", "<https://jobletter-berlin.example.de/abmelden>")],
))

# ------------------------------------------------------------------ 50: language course place refused
add(dict(
    kind="other", name="sprachschule_kein_platz", lang="de", company="", contact="",
    date="2026-08-31 10:30 +0200",
    frm=("Sprachschule Kreuzberg", "kurse-noreply@sprachschule-kreuzberg.example.de"),
    subject="Ihre Anmeldung zum Intensivkurs B1.2",
    charset="iso-8859-1", cte="8bit",
    text=T("""
Sehr geehrte Frau Fernández-Kowalski,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1.2 (September 2026).

Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz anbieten.
Wir haben Sie auf die Warteliste gesetzt (Platz 6). Sollte ein Platz frei werden,
informieren wir Sie umgehend.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Kreuzberg

Dies ist eine automatisch erzeugte Nachricht.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 51: career network notification
add(dict(
    kind="other", name="karrierenetz_profilbesucher", lang="de", company="", contact="",
    date="2026-06-29 05:10 +0000",
    frm=("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
    subject="3 Recruiter haben Ihr Profil besucht",
    text=T("""
Hallo Lucía Fernández-Kowalski,

diese Woche haben 3 Recruiter Ihr Profil besucht, darunter jemand von einer
Personalberatung in Berlin-Mitte.

Neue Stellen, die zu Ihnen passen:
- UX Research Assistant, Fernwehwerk (Berlin)
- Junior Researcher Kundenerlebnis, Kiezbank (Berlin)

Profilbesucher ansehen: https://karrierenetz.example.de/profil/besucher
Benachrichtigungen verwalten: https://karrierenetz.example.de/einstellungen
"""),
    headers=[("List-Unsubscribe", "<https://karrierenetz.example.de/abmelden/lfk>")],
    cte="b64",
))

# ------------------------------------------------------------------ 52: out-of-office auto-reply (German)
add(dict(
    kind="other", name="ooo_kiezbank_abwesend", lang="de", company="",
    contact="t.brandt@kiezbank.example.de", date="2026-06-03 15:02 +0200",
    frm=("Tobias Brandt", "t.brandt@kiezbank.example.de"),
    subject="Abwesenheitsnotiz: Unser Telefontermin heute um 14 Uhr",
    text=T("""
Vielen Dank für Ihre Nachricht.

Ich bin ab heute Nachmittag bis einschließlich 15. Juni nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
recruiting@kiezbank.example.de.

Mit freundlichen Grüßen
Tobias Brandt
"""),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))
