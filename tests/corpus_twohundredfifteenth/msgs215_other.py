"""Corpus 215, hand-written: everything that is not an event of the candidate's own job search
(52): digests, newsletters, notifications, the candidate's own sent mail, friends, bank,
landlord, school, doctor, couriers, out-of-office replies, course refusals."""

from msgs215_acks import _ALC_OFFER, _ALC_THANKS, _QF_APP
from msgs215_common import (
    CANDIDATE,
    ME_SIG_EN,
    ME_SIG_ES,
    ats_card,
    digest_text,
    forwarded,
    html_doc,
    mso,
    newsletter_html,
    outlook_html,
    outlook_quote,
    paras,
    reply_quote,
)
from msgs215_invites import _LUSI_REQ, _MERI_REQ, _TAUNUS_ME
from msgs215_rejections import _ALFAMA_THANKS, _FOURV_THANKS, _RHEIN_APOLOGY, _TEJO_NO

ME = "Almudena Richter-Paz <almudena.rp@example.es>"


def _list(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ================================================================== es: the candidate's own mail

X_ALC_THANKS = dict(
    slug="own_thank_you_alcazaba", lang="es", company="", contact="", key="alc_thanks",
    refs=["alc_inv", "alc_move"],
    frm=CANDIDATE, to=[("Rocío Benítez Gálvez", "rocio.benitez@alcazaba-lab.example.es")],
    cc=[("Francisco Moyano", "francisco.moyano@alcazaba-lab.example.es")],
    subject="Gracias por la entrevista", date="2026-02-23 18:40 +0100", cte="quoted-printable",
    text=_ALC_THANKS + "\n\n" + ME_SIG_ES,
)

X_QF_APP = dict(
    slug="own_application_quimifarma_cv_pdf", lang="es", company="", contact="", key="qf_app",
    frm=CANDIDATE, to=[("", "mhidalgo@quimifarma-betica.example.es")],
    subject="Candidatura Técnico/a de Registro", date="2026-03-29 20:31 +0200",
    cte="quoted-printable", text=_QF_APP + "\n\n" + ME_SIG_ES,
    pdfs=[dict(name="CV_Almudena_Richter-Paz.pdf", title="Almudena Richter-Paz - Curriculum Vitae",
               lines=["Técnica en Farmacia y Parafarmacia (2014)",
                      "Experta en Asuntos Regulatorios del Medicamento (2025)",
                      "2019-2026 Técnica de farmacia hospitalaria, Málaga",
                      "2014-2019 Técnica en oficina de farmacia, Marbella",
                      "Idiomas: español, alemán (B2), inglés (C1), francés (B1)"])],
)

X_MERI_REQ = dict(
    slug="own_reschedule_request_meridiano", lang="es", company="", contact="",
    key="meridiano_req", refs=["meridiano_inv"],
    frm=CANDIDATE, to=[("Javi Ortuño", "javi@meridiano-bio.example.es")],
    subject="Re: ¿charlamos el jueves?", date="2026-05-13 08:02 +0200", cte="quoted-printable",
    text=_MERI_REQ + "\n\n" + reply_quote(
        "es", "mar, 12 may 2026 a las 21:14", "Javi Ortuño <javi@meridiano-bio.example.es>",
        """Hola Almudena!

¿Te viene bien el jueves por la tarde para charlar un rato? Algo informal, media hora por Meet,
sobre las 17:00.

Javi"""),
)

X_FWD_TEJO = dict(
    slug="own_forward_tejo_no_to_friend", lang="es", company="", contact="",
    refs=["tejo_no"],
    frm=CANDIDATE, to=[("Lucía Navarro", "lucia.navarro@correo.example.es")],
    subject="Fwd: Regulatory Affairs Associate at Tejo Therapeutics",
    date="2026-03-30 21:15 +0200", cte="quoted-printable",
    text="""Lucía, mira lo que me ha llegado de Lisboa. Dicen que congelan el puesto y que no es por
mí, pero no sé si creérmelo. ¿Tú qué opinas? ¿Les contesto algo o lo dejo estar?

Besos,
Almu

""" + forwarded("es", "Marta Carvalho via Greenhouse <no-reply@greenhouse-mail.io>",
                "lun, 30 mar 2026 a las 17:25",
                "Regulatory Affairs Associate at Tejo Therapeutics", ME, _TEJO_NO),
)

_COLD_ES = """Hola Almudena:

Soy Ignacio Rivas, consultor de Andalucía Talent Partners, especializado en perfiles técnicos de
la industria farmacéutica. He visto tu perfil en RedPro y me ha llamado la atención tu paso de
la farmacia hospitalaria a los asuntos regulatorios.

Trabajo con varios laboratorios de Sevilla y Málaga que suelen abrir posiciones de técnico
regulatorio a lo largo del año. No tengo ahora mismo una vacante concreta para ti, pero me
gustaría tenerte en el radar.

Si te parece bien, contéstame con tus preferencias de ubicación y salario y te escribo cuando
salga algo que encaje.

Un saludo,
Ignacio Rivas
Senior Consultant · Andalucía Talent Partners
C/ Rioja 8, 41001 Sevilla · 600 419 228"""

X_COLD_ES = dict(
    slug="recruiter_cold_approach_no_event", lang="es", company="",
    contact="ignacio.rivas@atpartners.example.es", key="cold_es",
    frm=("Ignacio Rivas", "ignacio.rivas@atpartners.example.es"),
    subject="Tu perfil en asuntos regulatorios", date="2026-06-08 09:25 +0200",
    cte="quoted-printable", text=_COLD_ES,
)

X_OWN_DECLINE_COLD = dict(
    slug="own_reply_not_interested_for_now", lang="es", company="", contact="",
    refs=["cold_es"],
    frm=CANDIDATE, to=[("Ignacio Rivas", "ignacio.rivas@atpartners.example.es")],
    subject="Re: Tu perfil en asuntos regulatorios", date="2026-06-09 22:03 +0200",
    cte="8bit",
    text="""Hola Ignacio:

Muchas gracias por acordarte de mí. Ahora mismo estoy en varios procesos avanzados fuera de
Andalucía y prefiero no abrir más frentes, pero si en otoño sigo buscando te escribo yo.

Un saludo,
Almudena

""" + reply_quote("es", "lun, 8 jun 2026 a las 9:25",
                  "Ignacio Rivas <ignacio.rivas@atpartners.example.es>", _COLD_ES),
)

X_OWN_DECLINE_OFFER = dict(
    slug="own_declines_alcazaba_offer", lang="es", company="", contact="",
    refs=["alc_thanks", "alc_offer"],
    frm=CANDIDATE, to=[("Rocío Benítez Gálvez", "rocio.benitez@alcazaba-lab.example.es")],
    subject="Re: Gracias por la entrevista", date="2026-03-11 19:50 +0100",
    cte="quoted-printable",
    text="""Hola Rocío:

Muchísimas gracias por la oferta y por la confianza. Lo he pensado mucho estos días y he decidido
no aceptarla: me han propuesto en el hospital coordinar un proyecto de farmacovigilancia hasta
el verano y creo que me dará la experiencia en regulatorio que todavía me falta.

Ojalá podamos coincidir más adelante. Dale las gracias también a Francisco, por favor.

Un abrazo,
Almudena

""" + reply_quote("es", "jue, 5 mar 2026 a las 13:20",
                  "Rocío Benítez Gálvez <rocio.benitez@alcazaba-lab.example.es>", _ALC_OFFER),
)

# ================================================================== es: digests and newsletters

_EFA_ITEMS = [
    ("Técnico/a de Asuntos Regulatorios - Laboratorio en Málaga (PTA)",
     "https://www.empleofarma.example.es/oferta/84120?utm_source=alerta",
     "Jornada completa. Entrevistas a partir del 2 de marzo. Se valora inglés."),
    ("Técnico/a en Farmacia - Hospital privado, Sevilla",
     "https://www.empleofarma.example.es/oferta/84133?utm_source=alerta",
     "Turnos rotatorios. Incorporación inmediata tras entrevista."),
    ("Especialista en Registros (CMC) - Granada",
     "https://www.empleofarma.example.es/oferta/84151?utm_source=alerta",
     "Experiencia mínima de 2 años en eCTD. Proceso de selección en dos fases."),
    ("Técnico/a de Farmacovigilancia - CRO internacional, Madrid",
     "https://www.empleofarma.example.es/oferta/84177?utm_source=alerta",
     "Híbrido. Oferta salarial competitiva."),
]

X_ALERT_EFA = dict(
    slug="job_alert_empleofarma_digest", lang="es", company="", contact="",
    frm=("EmpleoFarma Alertas", "alertas@empleofarma.example.es"),
    subject="4 nuevas ofertas para «técnico regulatorio» en Andalucía",
    subj_enc=("utf-8", "q"), date="2026-02-26 07:00 +0100",
    headers=_list("Alertas EmpleoFarma <alertas.empleofarma.example.es>",
                  "https://www.empleofarma.example.es/alertas/baja?u=a215",
                  "baja@empleofarma.example.es"),
    text=digest_text("Tu alerta de empleo: técnico regulatorio · Andalucía", _EFA_ITEMS,
                     "Estas son las nuevas ofertas publicadas desde tu última alerta.",
                     "Recibes este correo porque creaste una alerta en EmpleoFarma. Darte de "
                     "baja: https://www.empleofarma.example.es/alertas/baja?u=a215"),
    html=newsletter_html("EmpleoFarma", "Tu alerta: técnico regulatorio · Andalucía", _EFA_ITEMS,
                         "Recibes este correo porque creaste una alerta. "
                         "<a href=\"https://www.empleofarma.example.es/alertas/baja?u=a215\">"
                         "Darte de baja</a>", "es",
                         "Estas son las nuevas ofertas publicadas desde tu última alerta."),
    cte="quoted-printable",
)

_RA_ITEMS = [
    ("«No seguimos con tu candidatura»: cómo leer un rechazo tras la entrevista final",
     "https://boletin.regaffairs.example.es/2026/03/rechazo-entrevista-final",
     "Qué preguntar, qué no, y por qué el silencio del reclutador no siempre es un no."),
    ("La AEMPS publica la nueva guía de variaciones",
     "https://boletin.regaffairs.example.es/2026/03/guia-variaciones",
     "Resumen de cambios para los equipos de registros."),
    ("Entrevista a Pilar Navas: de técnica de laboratorio a jefa de Registros",
     "https://boletin.regaffairs.example.es/2026/03/entrevista-pilar-navas",
     "Una trayectoria que inspira a quienes empiezan en regulatorio."),
]

X_NEWS_RA = dict(
    slug="newsletter_regaffairs_rechazo_article", lang="es", company="", contact="",
    frm=("Boletín RegAffairs España", "boletin@regaffairs.example.es"),
    subject="Boletín RegAffairs · marzo 2026: lo que un rechazo te enseña",
    subj_enc=("utf-8", "b"), date="2026-03-16 08:30 +0100",
    headers=_list("Boletin RegAffairs <boletin.regaffairs.example.es>",
                  "https://boletin.regaffairs.example.es/baja?id=215",
                  "baja@regaffairs.example.es"),
    text=digest_text("Boletín RegAffairs España - marzo 2026", _RA_ITEMS,
                     "Este mes hablamos de candidaturas, entrevistas y de la nueva guía de la "
                     "AEMPS.", "Para darte de baja: https://boletin.regaffairs.example.es/baja"),
    html=newsletter_html("RegAffairs España", "Boletín de marzo", _RA_ITEMS,
                         "<a href=\"https://boletin.regaffairs.example.es/baja?id=215\">Darse de "
                         "baja</a> · <a href=\"https://boletin.regaffairs.example.es/privacidad\">"
                         "Privacidad</a>", "es"),
    cte="base64",
)

_ADVICE_HTML = """<h2>Las 7 preguntas de entrevista más frecuentes en asuntos regulatorios</h2>
<p>Si te han invitado a una entrevista para un puesto de registros, prepárate para estas
preguntas. Las hemos recopilado hablando con responsables de selección de doce laboratorios.</p>
<ol>
<li>¿Qué diferencia hay entre una variación de tipo IA, IB y II?</li>
<li>Cuéntame un caso en el que tuvieras que cumplir un plazo imposible.</li>
<li>¿Cómo organizarías la respuesta a un requerimiento de la agencia?</li>
<li>¿Qué sabes del formato eCTD?</li>
<li>¿Cómo te mantienes al día de la normativa?</li>
<li>¿Por qué quieres dejar la farmacia hospitalaria?</li>
<li>¿Qué harías si el equipo de calidad no te entrega un documento a tiempo?</li>
</ol>
<p>Y si al final te dicen que no, no lo tomes como algo personal: en nuestro próximo artículo
explicamos cómo pedir feedback después de un rechazo.</p>
<p><a href="https://farmaciaycarrera.example.es/blog/preguntas-entrevista-regulatorio">Leer el
artículo completo</a></p>
<p style="font-size:11px;color:#888">Farmacia &amp; Carrera · Recibes este correo porque te
suscribiste al blog. <a href="https://farmaciaycarrera.example.es/baja">Baja</a></p>"""

X_ADVICE_ES = dict(
    slug="career_advice_interview_questions_html_only", lang="es", company="", contact="",
    frm=("Farmacia & Carrera", "blog@farmaciaycarrera.example.es"),
    subject="Nuevo artículo: 7 preguntas de entrevista en regulatorio",
    date="2026-04-14 19:00 +0200",
    headers=_list("Farmacia y Carrera <blog.farmaciaycarrera.example.es>",
                  "https://farmaciaycarrera.example.es/baja", "baja@farmaciaycarrera.example.es"),
    html=html_doc(_ADVICE_HTML, "es"), cte="quoted-printable",
)

_FJ_ITEMS = [
    ("Técnico/a de Garantía de Calidad · Sevilla", "https://www.farmajobs.example.es/j/55120",
     "Laboratorio de genéricos. Proceso con prueba técnica y entrevista."),
    ("Auxiliar de Registros · Madrid", "https://www.farmajobs.example.es/j/55131",
     "Contrato de sustitución de 12 meses."),
    ("Técnico/a de Farmacia · Granada", "https://www.farmajobs.example.es/j/55142",
     "Distribuidora farmacéutica, turno de noche."),
    ("Regulatory Affairs Assistant · Málaga", "https://www.farmajobs.example.es/j/55153",
     "Inglés alto. La empresa contactará solo con los perfiles seleccionados."),
    ("Técnico/a de Documentación · Jaén", "https://www.farmajobs.example.es/j/55164",
     "Incorporación en septiembre."),
]

X_ALERT_FJ = dict(
    slug="job_alert_farmajobs_html_only", lang="es", company="", contact="",
    frm=("FarmaJobs", "no-reply@farmajobs.example.es"),
    subject="Ofertas de la semana que encajan con tu perfil", date="2026-07-06 06:45 +0200",
    headers=_list("FarmaJobs semanal <semanal.farmajobs.example.es>",
                  "https://www.farmajobs.example.es/unsubscribe?t=215",
                  "unsubscribe@farmajobs.example.es"),
    html=newsletter_html("FarmaJobs", "Tus ofertas de la semana", _FJ_ITEMS,
                         "FarmaJobs · <a href=\"https://www.farmajobs.example.es/unsubscribe?"
                         "t=215\">Cancelar suscripción</a>", "es"),
    cte="quoted-printable",
)

_AETEF_ITEMS = [
    ("Bolsa de empleo: 14 ofertas nuevas para técnicos en farmacia",
     "https://www.aetef.example.es/bolsa-empleo",
     "Hospitales, oficinas de farmacia e industria en toda España."),
    ("Oposiciones SAS: publicada la lista provisional de admitidos y excluidos",
     "https://www.aetef.example.es/oposiciones/sas-2026",
     "Plazo de alegaciones de diez días hábiles."),
    ("Curso online: introducción a los asuntos regulatorios (40 h)",
     "https://www.aetef.example.es/formacion/regulatorio",
     "Plazas limitadas; matrícula abierta hasta el 30 de abril."),
]

X_NEWS_AETEF = dict(
    slug="association_newsletter_bolsa_y_oposiciones", lang="es", company="", contact="",
    frm=("AETEF", "comunicacion@aetef.example.es"),
    subject="Boletín AETEF abril: bolsa de empleo, oposiciones y formación",
    date="2026-04-03 10:00 +0200", charset="iso-8859-1", cte="quoted-printable",
    headers=_list("Boletin socios AETEF <socios.aetef.example.es>",
                  "https://www.aetef.example.es/baja?s=215", "baja@aetef.example.es"),
    text=digest_text("Boletín AETEF - abril 2026", _AETEF_ITEMS,
                     "Estimada socia: te resumimos las novedades del mes.",
                     "Asociación Española de Técnicos en Farmacia. Baja: "
                     "https://www.aetef.example.es/baja?s=215"),
)

_RP_ITEMS = [
    ("Tienes 6 nuevas visualizaciones de perfil",
     "https://www.redpro.example.com/me/profile-views", "Entre ellas, una de un reclutador."),
    ("Álvaro Montilla ha publicado: «Cinco errores que arruinan una entrevista»",
     "https://www.redpro.example.com/posts/alvaro-montilla_entrevista",
     "112 reacciones · 23 comentarios"),
    ("Empleos que podrían interesarte: Regulatory Affairs Associate (Lisboa)",
     "https://www.redpro.example.com/jobs/view/902215", "Solicitud sencilla"),
]

X_REDPRO_ES = dict(
    slug="network_notification_profile_views", lang="es", company="", contact="",
    frm=("RedPro", "notificaciones@redpro.example.com"),
    subject="Almudena, tienes 6 nuevas visualizaciones de perfil",
    date="2026-03-03 17:10 +0100",
    headers=_list("RedPro notificaciones <notificaciones.redpro.example.com>",
                  "https://www.redpro.example.com/settings/email?unsub=215",
                  "unsubscribe@redpro.example.com"),
    text=digest_text("Novedades de tu red", _RP_ITEMS),
    html=newsletter_html("RedPro", "Novedades de tu red", _RP_ITEMS,
                         "<a href=\"https://www.redpro.example.com/settings/email?unsub=215\">"
                         "Darse de baja</a>", "es"),
    cte="quoted-printable",
)

_WEB_TEXT = """Hola, Almudena:

¿Tienes una entrevista en la industria farmacéutica en las próximas semanas? El jueves 21 de
mayo a las 18:30 celebramos un webinar gratuito con tres responsables de selección de
laboratorios que nos contarán qué buscan en una entrevista para técnicos regulatorios y cómo
actúan cuando tienen que rechazar a un buen candidato.

Inscripción: https://escuelaregpharma.example.es/webinar/entrevista-farma

Plazas limitadas a 300 asistentes.

Escuela RegPharma
Si no quieres recibir más comunicaciones: https://escuelaregpharma.example.es/baja"""

X_WEBINAR = dict(
    slug="webinar_invitation_como_superar_entrevista", lang="es", company="", contact="",
    frm=("Escuela RegPharma", "eventos@escuelaregpharma.example.es"),
    subject="Webinar gratuito: cómo superar la entrevista en farma", date="2026-05-12 12:00 +0200",
    headers=_list("Eventos Escuela RegPharma <eventos.escuelaregpharma.example.es>",
                  "https://escuelaregpharma.example.es/baja", "baja@escuelaregpharma.example.es"),
    text=_WEB_TEXT, html=html_doc(paras(_WEB_TEXT), "es"), cte="quoted-printable",
)

# ================================================================== es: people and services

X_FRIEND_ES = dict(
    slug="friend_tells_own_rejection", lang="es", company="",
    contact="lucia.navarro@correo.example.es",
    frm=("Lucía Navarro", "lucia.navarro@correo.example.es", "utf-8", "q"),
    subject="me han dicho que no en Cofarán 😩", subj_enc=("utf-8", "b"),
    date="2026-03-06 22:41 +0100", cte="8bit",
    text="""Almu!!

Al final me han rechazado en Cofarán, ni siquiera me llamaron para la entrevista. Un correo de
tres líneas diciendo que han elegido otros perfiles y ya. Y eso que la oferta parecía hecha para
mí...

Tú también te presentaste, ¿no? ¿Te han dicho algo? Necesito un café y desahogarme. ¿Nos vemos
el sábado en el Pimpi?

Besos,
Lucía
""",
)

X_BANK_ES = dict(
    slug="bank_posicion_global_y_cita", lang="es", company="", contact="",
    frm=("Banco Mediterráneo del Sur", "no-reply@bancomedsur.example.es", "iso-8859-1", "q"),
    subject="Su posición global a 31 de marzo y su cita con el gestor",
    subj_enc=("iso-8859-1", "q"), date="2026-04-01 07:15 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada clienta:

Ya tiene disponible en la banca digital el extracto de su posición global a 31 de marzo de 2026
(cuentas, tarjetas y fondos).

Le recordamos además que tiene una cita confirmada con su gestor personal, D. Rubén Aguilar, el
jueves 9 de abril a las 10:00 en la oficina de Calle Larios, 12 (Málaga), para revisar su plan
de ahorro. Si no puede acudir, puede cambiar o anular la cita desde la aplicación.

Atentamente,
Banco Mediterráneo del Sur

Este mensaje se ha enviado desde una dirección que no admite respuestas.
""",
)

X_LANDLORD_ES = dict(
    slug="landlord_caldera_cita_cambiada", lang="es", company="",
    contact="rafael.dominguez@correo.example.es",
    frm=("Rafael Domínguez", "rafael.dominguez@correo.example.es"),
    subject="Técnico de la caldera: cambio de cita", date="2026-02-18 14:22 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola Almudena:

El técnico de la caldera me ha anulado la cita del jueves porque se le ha puesto malo un
compañero. Me propone pasarla al martes 24 entre las 9:00 y las 11:00. ¿Estarás en casa o le
dejo la llave a la vecina del 2.º B?

Y otra cosa: a partir de abril el recibo de la comunidad sube 12 €; te lo descuento del depósito
si te parece.

Un saludo,
Rafael (el casero)
""",
)

X_DOCTOR_ES = dict(
    slug="doctor_cita_centro_salud_ics_request", lang="es", company="", contact="",
    frm=("Cita Previa Centro de Salud El Palo", "citaprevia@salud-andalucia.example.es"),
    subject="Confirmación de cita: Medicina de Familia, 10/03/2026 08:40",
    date="2026-03-02 16:05 +0100", headers=[("Auto-Submitted", "auto-generated")],
    text="""Se ha confirmado su cita:

Paciente: ALMUDENA RICHTER-PAZ
Centro: Centro de Salud El Palo (Málaga)
Servicio: Medicina de Familia - consulta 14
Fecha y hora: martes 10 de marzo de 2026, 08:40

Si no puede acudir, anule la cita con antelación para que otra persona pueda aprovecharla.
Puede añadirla a su calendario con el archivo adjunto.

Mensaje automático. No responda a este correo.
""",
    cte="quoted-printable",
    ics=dict(uid="cita-20260310-0840-elpalo-c14@salud-andalucia.example.es", seq=0,
             start="2026-03-10 08:40 +0100", minutes=10,
             organizer=("Centro de Salud El Palo", "citaprevia@salud-andalucia.example.es"),
             prodid="-//Salud Andalucia//Cita Previa//ES",
             summary="Cita Medicina de Familia - consulta 14",
             location="Centro de Salud El Palo, Málaga"),
)

X_EOI_ES = dict(
    slug="language_school_no_admitida", lang="es", company="", contact="",
    frm=("EOI Málaga - Secretaría", "no-reply@eoimalaga.example.es", "iso-8859-1", "q"),
    subject="Resultado de admisión curso 2026/27: Alemán C1", subj_enc=("iso-8859-1", "b"),
    date="2026-07-14 09:00 +0200", charset="iso-8859-1", cte="base64",
    text="""Estimada solicitante:

Le informamos de que, una vez publicadas las listas definitivas de admisión para el curso
2026/27, su solicitud para el nivel C1 de Alemán (modalidad presencial, horario de tarde) NO ha
sido admitida por falta de plazas.

Ha quedado en el puesto 23 de la lista de espera. Si se producen vacantes, la contactaremos por
este medio antes del 30 de septiembre.

Escuela Oficial de Idiomas de Málaga
Secretaría
""",
)

X_MASTER_ES = dict(
    slug="master_admission_refused", lang="es", company="", contact="",
    frm=("Admisiones Posgrado - Universidad Euroandaluza", "posgrado@ueuroandaluza.example.es"),
    subject="Resolución de admisión - Máster en Industria Farmacéutica y Asuntos Regulatorios",
    date="2026-06-26 13:30 +0200", cte="quoted-printable",
    text="""Estimada Sra. Richter-Paz:

La Comisión Académica del Máster Universitario en Industria Farmacéutica y Asuntos Regulatorios
ha resuelto las solicitudes de preinscripción para el curso 2026/27.

Lamentamos comunicarle que su solicitud no ha sido admitida, dado que la titulación de acceso
aportada (Técnico Superior) no cumple el requisito de grado universitario exigido en la memoria
del título. Le recomendamos consultar nuestros títulos propios de Experto, cuyo acceso sí está
abierto a titulados de Formación Profesional.

Puede interponer recurso de alzada ante el Rectorado en el plazo de un mes.

Atentamente,
Servicio de Posgrado
Universidad Euroandaluza
""",
)

X_PARCEL_ES = dict(
    slug="parcel_delayed_lamentablemente", lang="es", company="", contact="",
    frm=("Paquetería Veloz", "avisos@paqueteriaveloz.example.es"),
    subject="Lamentablemente tu envío PV2615482 llegará con retraso",
    date="2026-05-19 11:48 +0200", headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Almudena:

Lamentablemente, tu envío PV2615482 no podrá entregarse en la fecha prevista debido a una
incidencia en nuestro centro logístico de Antequera.

Nueva fecha estimada de entrega: jueves 21 de mayo, entre las 9:00 y las 14:00.

Puedes seguir tu paquete o elegir otro día de entrega aquí:
https://www.paqueteriaveloz.example.es/seguimiento/PV2615482

Sentimos las molestias.
Equipo de Paquetería Veloz
""",
    html=ats_card("Paquetería Veloz", "#d62828", "Tu envío llega con retraso",
                  "<p>Lamentablemente, tu envío <b>PV2615482</b> no podrá entregarse en la fecha "
                  "prevista debido a una incidencia en nuestro centro logístico de Antequera."
                  "</p><p>Nueva fecha estimada: <b>jueves 21 de mayo, 9:00-14:00</b>.</p>",
                  "Paquetería Veloz · Sentimos las molestias.", "es",
                  button=("Seguir mi envío",
                          "https://www.paqueteriaveloz.example.es/seguimiento/PV2615482")),
    cte="quoted-printable",
)

X_GPS_ES = dict(
    slug="location_app_posicion_compartida", lang="es", company="", contact="",
    frm=("Localízame", "notificaciones@localizame.example.com"),
    subject="Tu hermano Pablo ha compartido su posición contigo", date="2026-08-02 23:17 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Pablo Richter-Paz ha compartido su posición en tiempo real contigo durante 2 horas.

Última posición conocida: A-7, km 241, cerca de Nerja (Málaga)
Actualizada hace 1 minuto · Precisión: 15 m

Ver en el mapa: https://app.localizame.example.com/share/pablo-8f2215

Recibes esta notificación porque Pablo te añadió a su círculo familiar.
""",
)

X_PODCAST_ES = dict(
    slug="podcast_interview_request", lang="es", company="",
    contact="maite@farmaciaconfuturo.example.es",
    frm=("Maite Cordero", "maite@farmaciaconfuturo.example.es"),
    subject="¿Te entrevistamos para «Farmacia con Futuro»?", subj_enc=("utf-8", "q"),
    date="2026-07-22 17:33 +0200", cte="quoted-printable",
    text="""Hola Almudena:

Te escribo desde «Farmacia con Futuro», el podcast sobre carreras en el sector farmacéutico.
Leímos tu publicación en RedPro sobre el salto de la farmacia hospitalaria a los asuntos
regulatorios y nos encantaría entrevistarte para un episodio.

La grabación dura unos 40 minutos, se hace por videollamada y tú eliges el día. Hablaríamos de
cómo te formaste, de los procesos de selección y de los rechazos que te encontraste por el
camino.

¿Te animas? Si te apetece, respóndeme y buscamos fecha.

Un abrazo,
Maite Cordero
Presentadora · Farmacia con Futuro
""",
)

X_UXR_ES = dict(
    slug="user_research_interview_invitation", lang="es", company="",
    contact="nerea.gil@apoteca.example.es",
    frm=("Apoteca", "investigacion@apoteca.example.es"),
    reply_to=("Nerea Gil", "nerea.gil@apoteca.example.es"),
    subject="¿Nos ayudas a mejorar Apoteca? Entrevista de 30 min (tarjeta regalo de 20 €)",
    date="2026-06-17 12:00 +0200", cte="quoted-printable",
    text="""Hola Almudena:

Soy Nerea, del equipo de Investigación de Usuarios de Apoteca. Estamos rediseñando la sección de
pedidos para farmacias y queremos hablar con profesionales que usan la app a diario.

Te proponemos una entrevista de investigación de 30 minutos por videollamada, en la que te
pediremos que nos enseñes cómo trabajas con la app. No es un proceso de selección ni una prueba:
no hay respuestas correctas. Como agradecimiento, te enviaremos una tarjeta regalo de 20 €.

Si te apetece participar, elige un hueco aquí:
https://apoteca.example.es/research/agenda?ref=215

¡Gracias!
Nerea Gil
UX Researcher · Apoteca
""",
)

X_RENTAL_ES = dict(
    slug="rental_application_refused", lang="es", company="",
    contact="cristina@inmolavapies.example.es",
    frm=("Cristina Bravo - Inmobiliaria Lavapiés", "cristina@inmolavapies.example.es"),
    subject="Piso C/ Argumosa 18: su solicitud", date="2026-05-07 13:12 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Buenos días, Almudena:

Gracias por visitar el piso de la calle Argumosa y por enviarnos la documentación.

Lamentablemente, el propietario ha elegido otra candidatura: prefería a alguien con contrato de
trabajo indefinido ya firmado en Madrid, y de momento no podemos aceptar su solicitud.

Si le interesa, le aviso de los próximos pisos que entren en la zona con un presupuesto parecido.

Un saludo,
Cristina Bravo
Inmobiliaria Lavapiés
C/ Valencia 9, 28012 Madrid · 91 528 40 17
""",
)

X_SCHOOL_ES = dict(
    slug="school_tutoria_entrevista_familias", lang="es", company="",
    contact="maribel.ocana@ceipciudadjardin.example.es",
    frm=("Maribel Ocaña", "maribel.ocana@ceipciudadjardin.example.es"),
    subject="Entrevista individual con las familias - 3.º B", date="2026-10-06 15:40 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Estimadas familias de 3.º B:

Como cada trimestre, os convoco a una entrevista individual de tutoría para comentar cómo ha
empezado el curso vuestro hijo o hija.

A la familia de Martina le corresponde el miércoles 14 de octubre a las 16:30 en el aula de 3.º
B. Si no podéis venir a esa hora, decídmelo por este medio y buscamos otro momento.

Un saludo,
Maribel Ocaña
Tutora de 3.º B - CEIP Ciudad Jardín (Málaga)
""",
)

X_OOO_ES = dict(
    slug="out_of_office_recruiter_autoreply", lang="es", company="",
    contact="rocio.benitez@alcazaba-lab.example.es", refs=["alc_thanks"],
    frm=("Rocío Benítez Gálvez", "rocio.benitez@alcazaba-lab.example.es", "utf-8", "q"),
    subject="Respuesta automática: Gracias por la entrevista", date="2026-02-23 18:41 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    cte="quoted-printable",
    text="""Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 2 de marzo, con acceso limitado al correo. Para
cualquier asunto urgente relacionado con procesos de selección, puedes escribir a
personas@alcazaba-lab.example.es.

Un saludo,
Rocío Benítez Gálvez
Laboratorios Alcazaba
""",
)

# ================================================================== en

X_ALFAMA_THANKS = dict(
    slug="own_thank_you_after_panel_alfama", lang="en", company="", contact="",
    key="alfama_thanks", refs=["alfama_inv", "alfama_move"],
    frm=CANDIDATE, to=[("Sofia Mendes", "sofia.mendes@alfamabio.example.pt")],
    subject="Thank you - Regulatory Affairs Coordinator interview",
    date="2026-03-27 19:02 +0100", cte="quoted-printable",
    text=_ALFAMA_THANKS + "\n\n" + ME_SIG_EN,
)

_LUSI_INV_SHORT = """Hello Almudena,

I would like to invite you to a 30-minute screening call on Zoom on Wednesday 8 July at 11:00
Lisbon time (12:00 in Spain).

Best regards,
Beatriz Lopes"""

X_LUSI_REQ = dict(
    slug="own_reschedule_request_lusitania", lang="en", company="", contact="",
    key="lusi_req", refs=["lusi_inv"],
    frm=CANDIDATE, to=[("Beatriz Lopes", "beatriz.lopes@lusitaniacr.example.pt")],
    subject="Re: Lusitania Clinical Research - screening call invitation",
    date="2026-07-02 09:47 +0200", cte="7bit",
    text=_LUSI_REQ + "\n\n" + reply_quote(
        "en", "Wed, 1 Jul 2026 at 10:50",
        "Beatriz Lopes <beatriz.lopes@lusitaniacr.example.pt>", _LUSI_INV_SHORT),
)

_RHEIN_MISSED_Q = """Sehr geehrte Frau Richter-Paz,

Frau Dr. Wyss und ich haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, leider haben
Sie sich nicht eingewählt. Wir haben die Besprechung nach 20 Minuten beendet.

Freundliche Grüsse
Lukas Brändli"""

X_RHEIN_APOLOGY = dict(
    slug="own_apology_after_missing_interview", lang="en", company="", contact="",
    key="rhein_apology", refs=["rhein_inv", "rhein_missed"],
    frm=CANDIDATE, to=[("Lukas Brändli", "lukas.braendli@rheinknie.example.ch")],
    subject="Apologies for missing our interview", date="2026-03-17 11:32 +0100",
    cte="quoted-printable",
    text=_RHEIN_APOLOGY + "\n\n" + reply_quote(
        "en", "Tue, 17 Mar 2026 at 10:26",
        "Lukas Brändli <lukas.braendli@rheinknie.example.ch>", _RHEIN_MISSED_Q),
)

_PJ_ITEMS = [
    ("Regulatory Affairs Associate - Basel, Switzerland",
     "https://pharmajobs-europe.example.com/jobs/ra-associate-basel-44120",
     "Biotech scale-up. Two interview rounds, start Q3."),
    ("Regulatory Operations Specialist (eCTD) - Lisbon, Portugal",
     "https://pharmajobs-europe.example.com/jobs/regops-lisbon-44133",
     "English-speaking team; relocation support offered."),
    ("CMC Regulatory Writer - Frankfurt, Germany",
     "https://pharmajobs-europe.example.com/jobs/cmc-writer-frankfurt-44151",
     "German B2 required."),
    ("Start-up Specialist - CRO, Madrid, Spain",
     "https://pharmajobs-europe.example.com/jobs/startup-madrid-44177",
     "Hybrid. Applications reviewed on a rolling basis."),
    ("Labelling Coordinator - Lyon, France",
     "https://pharmajobs-europe.example.com/jobs/labelling-lyon-44190",
     "French C1 required."),
]

X_ALERT_PJ = dict(
    slug="job_alert_pharmajobs_europe_weekly", lang="en", company="", contact="",
    frm=("PharmaJobs Europe", "alerts@pharmajobs-europe.example.com"),
    subject="Your weekly job alert: 5 new Regulatory Affairs roles",
    date="2026-05-25 06:30 +0000",
    headers=_list("PharmaJobs Europe weekly <weekly.pharmajobs-europe.example.com>",
                  "https://pharmajobs-europe.example.com/alerts/unsubscribe?k=215",
                  "unsubscribe@pharmajobs-europe.example.com"),
    text=digest_text("Your weekly job alert - Regulatory Affairs", _PJ_ITEMS,
                     "New roles matching your saved search since last Monday.",
                     "You're receiving this because you created a job alert. Unsubscribe: "
                     "https://pharmajobs-europe.example.com/alerts/unsubscribe?k=215"),
    html=newsletter_html("PharmaJobs Europe", "5 new Regulatory Affairs roles", _PJ_ITEMS,
                         "<a href=\"https://pharmajobs-europe.example.com/alerts/unsubscribe?"
                         "k=215\">Unsubscribe</a> · PharmaJobs Europe, Dublin", "en",
                         "New roles matching your saved search since last Monday."),
)

_PN_ITEMS = [
    ("Oliver Pennington and 2 others viewed your profile",
     "https://www.pronet.example.com/me/views", "See who's looking at your profile."),
    ("Your application was viewed by Northgate Pharma",
     "https://www.pronet.example.com/jobs/applications/902233",
     "Regulatory Affairs Officer (Lisbon) · Applied 3 weeks ago"),
    ("Congratulate Carmen Ibáñez on her new position",
     "https://www.pronet.example.com/feed/update/215-carmen",
     "Regulatory Affairs Specialist at Meridiano Biotech"),
]

X_PRONET_EN = dict(
    slug="network_notification_application_viewed", lang="en", company="", contact="",
    frm=("ProNet", "notifications-noreply@pronet.example.com"),
    subject="Almudena, your application was viewed", date="2026-05-04 12:15 +0000",
    headers=_list("ProNet notifications <notifications.pronet.example.com>",
                  "https://www.pronet.example.com/settings/unsubscribe?e=215",
                  "unsubscribe@pronet.example.com"),
    text=digest_text("Your ProNet updates", _PN_ITEMS),
    html=newsletter_html("ProNet", "Your updates", _PN_ITEMS,
                         "<a href=\"https://www.pronet.example.com/settings/unsubscribe?e=215\">"
                         "Unsubscribe</a>", "en"),
    cte="quoted-printable",
)

_BRIEF = """THE REGULATORY BRIEF - Issue 87

Five things I learnt from forty rejections

When I moved from community pharmacy into regulatory affairs, I collected forty rejection emails
in eighteen months. Some came after a single click; others arrived after three interview rounds
and a presentation. Here is what they taught me:

1. "We have decided to move forward with other candidates" almost never means you did badly.
2. Ask for feedback within a week of the decision, and ask one precise question.
3. A role put on hold is not a verdict on you - keep in touch with the recruiter.
4. Track every application, interview and offer in one place.
5. Celebrate the interviews, not just the offers.

Read the full essay: https://regulatorybrief.example.com/87/forty-rejections

Also this week:
- EMA consultation on electronic product information closes on 30 June
- Salary survey 2026: regulatory associates in Switzerland, Portugal and Germany

You are receiving The Regulatory Brief because you subscribed at regulatorybrief.example.com.
Unsubscribe: https://regulatorybrief.example.com/unsubscribe?s=215
"""

X_BRIEF_EN = dict(
    slug="career_essay_forty_rejections", lang="en", company="", contact="",
    frm=("The Regulatory Brief", "editor@regulatorybrief.example.com"),
    subject="Five things I learnt from forty rejections", date="2026-06-11 07:00 +0000",
    headers=_list("The Regulatory Brief <brief.regulatorybrief.example.com>",
                  "https://regulatorybrief.example.com/unsubscribe?s=215",
                  "unsubscribe@regulatorybrief.example.com"),
    text=_BRIEF, cte="7bit",
)

X_PRESS_EN = dict(
    slug="journalist_interview_request", lang="en", company="",
    contact="ana.prata@lisbonhealthweekly.example.pt",
    frm=("Ana Prata", "ana.prata@lisbonhealthweekly.example.pt"),
    subject="Interview request - Spanish pharmacy professionals moving to Lisbon",
    date="2026-08-19 10:40 +0100", cte="quoted-printable",
    text="""Dear Ms Richter-Paz,

I'm a reporter at Lisbon Health Weekly, and I'm preparing a feature on Spanish pharmacy
professionals who are moving to Portugal for jobs in the pharmaceutical industry. A colleague at
Lusitania Clinical Research mentioned that you may be joining them this autumn.

Would you be willing to give a short interview, by phone or video, of about 20 minutes? I'd like
to ask about your career path and what attracted you to Lisbon. You could of course review your
quotes before publication.

Many thanks for considering it,
Ana Prata
Health & Science Reporter
Lisbon Health Weekly
""",
)

X_PARCEL_EN = dict(
    slug="parcel_unfortunately_delayed_en", lang="en", company="", contact="",
    frm=("Swiftparcel", "noreply@swiftparcel.example.com"),
    subject="Unfortunately, your parcel is delayed", date="2026-09-10 09:05 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hi Almudena,

Unfortunately, your parcel SP-PT-77215 from Lisboa Books has been delayed in transit due to
high volumes at our Madrid hub.

New estimated delivery: Monday 14 September.

We're sorry for the inconvenience. You don't need to do anything; we'll let you know when it's
out for delivery.

Track your parcel: https://track.swiftparcel.example.com/SP-PT-77215

Swiftparcel
""",
    html=ats_card("Swiftparcel", "#ff6a00", "Your parcel is delayed",
                  "<p>Unfortunately, your parcel <b>SP-PT-77215</b> from Lisboa Books has been "
                  "delayed in transit due to high volumes at our Madrid hub.</p>"
                  "<p>New estimated delivery: <b>Monday 14 September</b>.</p>",
                  "Swiftparcel - we're sorry for the inconvenience.", "en",
                  button=("Track parcel", "https://track.swiftparcel.example.com/SP-PT-77215")),
)

_HANNA_REJECTION = """Dear Ms Keller,

Thank you for your interest in the QA Specialist position at Kleinbasel Pharma and for the time
you invested in our interview process.

We regret to inform you that we have decided not to pursue your application further.

Kind regards,
Kleinbasel Pharma Human Resources"""

X_FRIEND_EN = dict(
    slug="friend_forwards_her_rejection_as_eml", lang="en", company="",
    contact="hanna.keller@mailbox.example.ch",
    frm=("Hanna Keller", "hanna.keller@mailbox.example.ch"),
    subject="ugh, look at this", date="2026-06-24 20:12 +0200", cte="quoted-printable",
    text="""Hey Almu,

Attaching the email I got from Kleinbasel today - two interviews, a case study, and then this. Not
even a phone call. I'm honestly so fed up.

How did your panel at Birsig go? Hope you're having better luck than me. Drinks by the Rhine on
Saturday?

H.
""",
    rfc822=dict(frm=("Kleinbasel Pharma HR", "hr@kleinbasel-pharma.example.ch"),
                to=[("Hanna Keller", "hanna.keller@mailbox.example.ch")],
                subject="Your application - QA Specialist", date="2026-06-24 16:03 +0200",
                text=_HANNA_REJECTION, filename="Your application - QA Specialist.eml"),
)

X_COLD_EN = dict(
    slug="recruiter_cold_approach_en", lang="en", company="",
    contact="g.whitaker@kingfisherls.example.co.uk",
    frm=("George Whitaker", "g.whitaker@kingfisherls.example.co.uk"),
    subject="Regulatory Affairs in Frankfurt - open to a chat at some point?",
    date="2026-07-28 13:05 +0100", cte="7bit",
    text="""Hi Almudena,

I hope you don't mind the message out of the blue. I lead the regulatory desk at Kingfisher Life
Sciences and came across your profile on ProNet.

We partner with a number of pharma companies around Frankfurt and Basel that value exactly the
kind of hands-on hospital pharmacy background you have. Nothing specific to put in front of you
today, but I'd be glad to keep you in mind.

If that sounds useful, just drop me a line with what you're looking for.

Best,
George Whitaker
Associate Director, Regulatory Affairs Recruitment
Kingfisher Life Sciences
""",
)

X_OOO_EN = dict(
    slug="out_of_office_agency_consultant", lang="en", company="",
    contact="oliver.pennington@helixrp.example.co.uk",
    frm=("Oliver Pennington", "oliver.pennington@helixrp.example.co.uk"),
    subject="Automatic reply: Sorry I missed your call", date="2026-04-24 08:02 +0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    cte="7bit",
    text="""Thank you for your email.

I'm on annual leave until Monday 4 May with no access to email. For anything urgent regarding a
live interview process, please contact my colleague Priya Shah on priya.shah@helixrp.example.co.uk
or +44 20 7946 0300.

Best regards,
Oliver Pennington
Helix Regulatory Partners
""",
)

X_BANK_EN = dict(
    slug="bank_appointment_and_position_statement", lang="en", company="", contact="",
    frm=("Banco Atlântico Private", "no-reply@bancoatlantico.example.pt", "utf-8", "q"),
    subject="Your appointment is confirmed - and your Q3 position statement is ready",
    date="2026-10-01 08:00 +0100", cte="quoted-printable",
    text="""Dear Ms Richter-Paz,

Your appointment to open a Portuguese current account has been confirmed:

Branch: Avenida da República 32, Lisboa
Date: Friday 9 October 2026, 11:30
Adviser: Mr Nuno Brandão

Please bring your passport, your NIF and your employment contract.

Your quarterly position statement for your savings account is also now available in the app.

Banco Atlântico
This is an automated message - please do not reply.
""",
)

X_UXR_EN = dict(
    slug="user_research_interview_jobtrackr", lang="en", company="",
    contact="priyanka@jobtrackr.example.com",
    frm=("Priyanka from JobTrackr", "priyanka@jobtrackr.example.com"),
    subject="Would you do a 30-minute user interview with us?", date="2026-08-26 16:30 +0000",
    cte="quoted-printable",
    text="""Hi Almudena,

You've been using JobTrackr to keep on top of your applications for a few months now - thank
you!

We're redesigning how the app tracks interviews and offers, and I'd love to learn from people
who have been through a long search. Would you join a 30-minute user interview over video? It's
a research conversation, not a sales call, and we'll send you a 25 EUR voucher as thanks.

You can book a slot here: https://jobtrackr.example.com/research/book?u=215

Thanks so much,
Priyanka Rao
Product Researcher, JobTrackr
""",
)

# ================================================================== fr

X_FOURV_THANKS = dict(
    slug="own_thank_you_after_assessment_day", lang="fr", company="", contact="",
    key="fourv_thanks", refs=["fourv_inv", "fourv_move"],
    frm=CANDIDATE, to=[("Claire Mourgue", "claire.mourgue@fourviere-labs.example.fr")],
    subject="Merci pour la journée d'évaluation", date="2026-04-23 19:14 +0200",
    cte="quoted-printable", text=_FOURV_THANKS,
)

_ES_ITEMS = [
    ("Technicien(ne) Affaires Réglementaires - Lyon 7e",
     "https://www.emploisante.example.fr/offres/ar-lyon-33120",
     "CDI. Entretiens prévus courant juin."),
    ("Assistant(e) Pharmacovigilance - Villeurbanne",
     "https://www.emploisante.example.fr/offres/pv-villeurbanne-33131",
     "CDD 9 mois, démarrage rapide."),
    ("Chargé(e) de documentation qualité - Saint-Priest",
     "https://www.emploisante.example.fr/offres/doc-saint-priest-33144",
     "Intérim longue durée possible."),
]

X_ALERT_FR = dict(
    slug="job_alert_emploisante_lyon", lang="fr", company="", contact="",
    frm=("EmploiSanté", "alertes@emploisante.example.fr"),
    subject="3 nouvelles offres pour « affaires réglementaires » à Lyon",
    subj_enc=("iso-8859-1", "q"), date="2026-05-27 06:00 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    headers=_list("Alertes EmploiSante <alertes.emploisante.example.fr>",
                  "https://www.emploisante.example.fr/alertes/desinscription?a=215",
                  "desinscription@emploisante.example.fr"),
    text=digest_text("Vos nouvelles offres - affaires réglementaires, Lyon", _ES_ITEMS,
                     "Voici les offres publiées depuis votre dernière alerte.",
                     "Se désinscrire : https://www.emploisante.example.fr/alertes/"
                     "desinscription?a=215"),
    html=newsletter_html("EmploiSanté", "Vos nouvelles offres", _ES_ITEMS,
                         "<a href=\"https://www.emploisante.example.fr/alertes/desinscription?"
                         "a=215\">Se désinscrire</a>", "fr",
                         "Voici les offres publiées depuis votre dernière alerte.",
                         charset="iso-8859-1"),
)

X_DU_FR = dict(
    slug="university_diploma_candidature_non_retenue", lang="fr", company="", contact="",
    frm=("Scolarité DU - Université Rhône-Alpes Santé", "scolarite-du@uras.example.fr",
         "utf-8", "b"),
    subject="DU Affaires réglementaires du médicament : décision de la commission",
    subj_enc=("utf-8", "q"), date="2026-07-03 14:20 +0200", cte="quoted-printable",
    text="""Madame,

La commission pédagogique du Diplôme universitaire « Affaires réglementaires du médicament »
s'est réunie le 1er juillet 2026 pour examiner les dossiers de candidature pour l'année
2026-2027.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Le nombre de
places étant limité à 24, la commission a donné la priorité aux candidats déjà en poste dans
l'industrie pharmaceutique en France.

Vous pouvez présenter une nouvelle candidature lors de la prochaine campagne, qui ouvrira en
mars 2027.

Veuillez agréer, Madame, nos salutations distinguées.

Service de la scolarité des diplômes universitaires
Université Rhône-Alpes Santé
""",
)

X_LANDLORD_FR = dict(
    slug="landlord_entretien_chaudiere_rdv", lang="fr", company="",
    contact="p.morel@regiebellecour.example.fr",
    frm=("Pascal Morel - Régie Bellecour", "p.morel@regiebellecour.example.fr"),
    subject="Entretien annuel de la chaudière - rendez-vous du 2 octobre",
    date="2026-09-22 10:05 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Dans le cadre de l'entretien annuel obligatoire des chaudières de la résidence du 14 rue
Sala, le technicien de la société Thermo-Rhône passera dans votre logement le vendredi 2 octobre
entre 8h00 et 12h00.

Si ce créneau ne vous convient pas, merci de prendre directement rendez-vous avec le technicien
au 04 78 37 12 90. En cas d'absence sans prévenir, un nouveau passage vous sera facturé.

Nous vous rappelons également que l'état des lieux de sortie de votre ancien logement est fixé
au 30 octobre.

Cordialement,
Pascal Morel
Gestionnaire locatif - Régie Bellecour
""",
)

X_OOO_FR = dict(
    slug="out_of_office_reponse_automatique", lang="fr", company="",
    contact="s.giraud@confluence-pharma.example.fr",
    frm=("Sandrine Giraud", "s.giraud@confluence-pharma.example.fr"),
    subject="Réponse automatique : Entretien de ce matin 10h00", subj_enc=("iso-8859-1", "q"),
    date="2026-06-16 10:52 +0200", charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du bureau du 16 juin après-midi au 22 juin inclus. Votre message ne sera pas
transféré.

Pour toute question concernant un entretien ou une candidature en cours, vous pouvez contacter
directement M. Julien Perrachon.

Cordialement,
Sandrine Giraud
Confluence Pharma
""",
)

_MAG_ITEMS = [
    ("Refus après entretien : comment rebondir en cinq étapes",
     "https://carrieres-sante-mag.example.fr/articles/rebondir-apres-un-refus",
     "Demander un retour, analyser, relancer son réseau..."),
    ("Offre d'emploi ou mission d'intérim : que choisir pour débuter en affaires réglementaires ?",
     "https://carrieres-sante-mag.example.fr/articles/cdi-ou-interim",
     "Les avantages et les pièges de chaque formule."),
    ("Entretien : les questions à poser au recruteur",
     "https://carrieres-sante-mag.example.fr/articles/questions-recruteur",
     "Montrer son intérêt sans paraître insistant."),
]

X_MAG_FR = dict(
    slug="career_magazine_rebondir_apres_refus", lang="fr", company="", contact="",
    frm=("Carrières Santé Mag", "newsletter@carrieres-sante-mag.example.fr"),
    subject="Comment rebondir après un refus ? Notre dossier de la semaine",
    date="2026-07-09 08:00 +0200",
    headers=_list("Carrieres Sante Mag <hebdo.carrieres-sante-mag.example.fr>",
                  "https://carrieres-sante-mag.example.fr/desabonnement?u=215",
                  "desabonnement@carrieres-sante-mag.example.fr"),
    text=digest_text("Carrières Santé Mag - la lettre hebdo", _MAG_ITEMS, "",
                     "Se désabonner : https://carrieres-sante-mag.example.fr/desabonnement"),
    html=newsletter_html("Carrières Santé Mag", "La lettre hebdo", _MAG_ITEMS,
                         "<a href=\"https://carrieres-sante-mag.example.fr/desabonnement?u=215\">"
                         "Se désabonner</a>", "fr"),
    cte="base64",
)

# ================================================================== de

_MAIN_MOVE_Q = """Sehr geehrte Frau Richter-Paz,

leider ist Herr Dr. Albers kurzfristig erkrankt, sodass wir unser Gespräch morgen nicht wie
geplant führen können.

Wir möchten Ihnen als Ersatztermin Dienstag, den 30. Juni 2026, um 10:00 Uhr am selben Ort
vorschlagen.

Mit freundlichen Grüßen
Katrin Vogelsang"""

X_OWN_DE = dict(
    slug="own_confirms_new_interview_date", lang="de", company="", contact="",
    key="mainufer_confirm", refs=["mainufer_inv", "mainufer_move"],
    frm=CANDIDATE, to=[("Katrin Vogelsang", "katrin.vogelsang@mainufer-pharma.example.de")],
    subject="AW: Terminänderung: Vorstellungsgespräch am 23.06. entfällt – neuer Termin 30.06.",
    subj_enc=("utf-8", "q"), date="2026-06-22 10:30 +0200", cte="quoted-printable",
    text="""Sehr geehrte Frau Vogelsang,

vielen Dank für Ihre Nachricht. Ich wünsche Herrn Dr. Albers gute Besserung! Den neuen Termin am
Dienstag, 30. Juni, um 10:00 Uhr bestätige ich gerne. Die Zugfahrt konnte ich kostenlos
umbuchen.

Mit freundlichen Grüßen
Almudena Richter-Paz

""" + outlook_quote("de", "Katrin Vogelsang", "Montag, 22. Juni 2026 08:10",
                    "Almudena Richter-Paz",
                    "Terminänderung: Vorstellungsgespräch am 23.06. entfällt – neuer Termin "
                    "30.06.", _MAIN_MOVE_Q),
)

_JA_ITEMS = [
    ("Referent Regulatory Affairs (m/w/d) - Frankfurt am Main",
     "https://www.stellenmarkt-pharma.example.de/job/88120",
     "Pharmaunternehmen, Vollzeit, Bewerbungsgespräche ab Juli."),
    ("Sachbearbeiter Zulassung (m/w/d) - Bad Vilbel",
     "https://www.stellenmarkt-pharma.example.de/job/88131", "Befristet auf 2 Jahre."),
    ("Regulatory Affairs Associate (m/w/d) - Oberursel",
     "https://www.stellenmarkt-pharma.example.de/job/88144", "Englisch verhandlungssicher."),
    ("PTA / Pharmazeutisch-technische Assistenz - Offenbach",
     "https://www.stellenmarkt-pharma.example.de/job/88157", "Teilzeit möglich."),
]

X_ALERT_DE = dict(
    slug="job_alert_jobagent_frankfurt", lang="de", company="", contact="",
    frm=("Stellenmarkt Pharma Jobagent", "jobagent@stellenmarkt-pharma.example.de"),
    subject="Jobagent: 4 neue Stellen für „Regulatory Affairs“ in Frankfurt",
    subj_enc=("utf-8", "b"), date="2026-07-20 05:30 +0200",
    headers=_list("Jobagent <jobagent.stellenmarkt-pharma.example.de>",
                  "https://www.stellenmarkt-pharma.example.de/jobagent/abmelden?id=215",
                  "abmelden@stellenmarkt-pharma.example.de"),
    text=digest_text("Ihr Jobagent - Regulatory Affairs, Frankfurt (+25 km)", _JA_ITEMS,
                     "Diese Stellen wurden seit gestern neu veröffentlicht.",
                     "Jobagent abbestellen: https://www.stellenmarkt-pharma.example.de/"
                     "jobagent/abmelden?id=215"),
    html=newsletter_html("Stellenmarkt Pharma", "Ihr Jobagent", _JA_ITEMS,
                         "<a href=\"https://www.stellenmarkt-pharma.example.de/jobagent/abmelden"
                         "?id=215\">Jobagent abbestellen</a>", "de",
                         "Diese Stellen wurden seit gestern neu veröffentlicht."),
    cte="quoted-printable",
)

X_OOO_DE = dict(
    slug="abwesenheitsnotiz_hr_partner", lang="de", company="",
    contact="katrin.vogelsang@mainufer-pharma.example.de", refs=["mainufer_confirm"],
    frm=("Katrin Vogelsang", "katrin.vogelsang@mainufer-pharma.example.de"),
    subject="Abwesenheitsnotiz: AW: Terminänderung: Vorstellungsgespräch am 23.06. entfällt – "
            "neuer Termin 30.06.",
    subj_enc=("utf-8", "q"), date="2026-06-22 10:31 +0200",
    charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf meine
E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@mainufer-pharma.example.de.

Mit freundlichen Grüßen
Katrin Vogelsang
Mainufer Pharma GmbH
""",
)

X_LANDLORD_DE = dict(
    slug="hausverwaltung_besichtigung_verschoben", lang="de", company="",
    contact="m.schaefer@hv-bornheim.example.de",
    frm=("Markus Schäfer", "m.schaefer@hv-bornheim.example.de", "iso-8859-1", "q"),
    subject="Besichtigungstermin Wohnung Berger Straße – neuer Termin",
    subj_enc=("utf-8", "q"), date="2026-10-05 17:48 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Richter-Paz,

leider muss ich den Besichtigungstermin für die 2-Zimmer-Wohnung in der Berger Straße 161 am
Mittwoch absagen, da der Vormieter noch nicht ausgezogen ist.

Als neuen Termin schlage ich Samstag, den 10. Oktober, um 11:00 Uhr vor. Bitte bringen Sie eine
Kopie Ihres Arbeitsvertrags und eine Mieterselbstauskunft mit.

Mit freundlichen Grüßen
Markus Schäfer
Hausverwaltung Bornheim
Saalburgstraße 22, 60385 Frankfurt am Main
""",
)

_KN_ITEMS = [
    ("Ein Recruiter von Römerberg Personalberatung hat Ihr Profil besucht",
     "https://www.karrierenetz.example.de/profil/besucher", "Vor 2 Tagen"),
    ("12 neue Stellenangebote passend zu Ihrem Profil",
     "https://www.karrierenetz.example.de/jobs/empfehlungen", "u. a. in Frankfurt und Basel"),
    ("Tomasz Kowalski möchte sich mit Ihnen vernetzen",
     "https://www.karrierenetz.example.de/kontakte/anfragen", "Leiter Zulassung"),
]

X_KARRIERENETZ = dict(
    slug="network_notification_besucher_und_jobs", lang="de", company="", contact="",
    frm=("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
    subject="Neue Kontaktanfrage und 12 Stellenangebote für Sie", date="2026-08-14 18:00 +0200",
    headers=_list("Karrierenetz Benachrichtigungen <benachrichtigung.karrierenetz.example.de>",
                  "https://www.karrierenetz.example.de/einstellungen/abmelden?u=215",
                  "abmelden@karrierenetz.example.de"),
    text=digest_text("Neuigkeiten aus Ihrem Netzwerk", _KN_ITEMS),
    html=newsletter_html("Karrierenetz", "Neuigkeiten aus Ihrem Netzwerk", _KN_ITEMS,
                         "<a href=\"https://www.karrierenetz.example.de/einstellungen/abmelden"
                         "?u=215\">Benachrichtigungen abbestellen</a>", "de"),
    cte="base64",
)

X_SPRACHKURS = dict(
    slug="sprachkurs_anmeldung_nicht_beruecksichtigt", lang="de", company="",
    contact="",
    frm=("Sprachschule Mainhattan", "no-reply@sprachschule-mainhattan.example.de"),
    subject="Ihre Anmeldung zum Intensivkurs Deutsch C1 (Oktober)",
    date="2026-09-18 12:00 +0200", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sehr geehrte Frau Richter-Paz,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 ab dem 5. Oktober 2026.

Leider konnte Ihre Anmeldung nicht berücksichtigt werden, da der Kurs bereits ausgebucht ist.
Wir haben Sie auf die Warteliste gesetzt (Platz 4) und empfehlen Ihnen alternativ den
Abendkurs C1, der am 19. Oktober beginnt und noch freie Plätze hat.

Mit freundlichen Grüßen
Ihre Sprachschule Mainhattan
Kursverwaltung
""",
)

OTHER = [
    # es (27)
    X_ALC_THANKS, X_QF_APP, X_MERI_REQ, X_ALERT_EFA, X_NEWS_RA, X_ADVICE_ES, X_FRIEND_ES,
    X_BANK_ES, X_LANDLORD_ES, X_DOCTOR_ES, X_EOI_ES, X_MASTER_ES, X_PARCEL_ES, X_GPS_ES,
    X_COLD_ES, X_REDPRO_ES, X_OOO_ES, X_PODCAST_ES, X_UXR_ES, X_FWD_TEJO, X_ALERT_FJ,
    X_NEWS_AETEF, X_RENTAL_ES, X_OWN_DECLINE_COLD, X_OWN_DECLINE_OFFER, X_SCHOOL_ES, X_WEBINAR,
    # en (13)
    X_ALFAMA_THANKS, X_LUSI_REQ, X_RHEIN_APOLOGY, X_ALERT_PJ, X_PRONET_EN, X_BRIEF_EN,
    X_PRESS_EN, X_PARCEL_EN, X_FRIEND_EN, X_COLD_EN, X_OOO_EN, X_BANK_EN, X_UXR_EN,
    # fr (6)
    X_FOURV_THANKS, X_ALERT_FR, X_DU_FR, X_LANDLORD_FR, X_OOO_FR, X_MAG_FR,
    # de (6)
    X_OWN_DE, X_ALERT_DE, X_OOO_DE, X_LANDLORD_DE, X_KARRIERENETZ, X_SPRACHKURS,
]

_unused = (mso, outlook_html, paras, _TAUNUS_ME)
