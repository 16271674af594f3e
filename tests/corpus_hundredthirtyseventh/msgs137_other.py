"""Everything that is not a step of an application (52 specs), each written on its own.

Job alerts, newsletters, the candidate's own sent mail, out-of-office replies, cold outreach,
friends, banks, couriers, apps and public services - many of them use the words of job mail.
"""

from __future__ import annotations

from msgs137_common import ME, att, pixel, spec

MESSAGES: list[dict] = []

LIST_BULK = {"Precedence": "bulk"}

# O01 - job-alert digest, many links, list headers.
MESSAGES.append(spec(
    kind="other", scenario="job_alert_digest_valencia", lang="es", company="", contact="",
    sender=("Alertas EmpleoTur", "alertas@empleotur.example.es"),
    subject="12 nuevas ofertas de Revenue en Valencia",
    date="2026-03-16 07:05 +0100",
    charset="utf-8", cte="base64",
    headers={**LIST_BULK, "List-Id": "Alertas de empleo <alertas.empleotur.example.es>",
             "List-Unsubscribe": "<https://www.empleotur.example.es/alertas/baja?a=5531>, <mailto:baja-alertas@empleotur.example.es?subject=5531>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html="""<html><body style="margin:0;background:#fff7ef;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #f1dcc4;">
<tr><td style="padding:16px 24px;background:#ff7a00;"><img src="https://static.empleotur.example.es/img/logo-blanco.png" alt="EmpleoTur" height="30"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#333;">
<p>Hola Mateo, estas son las ofertas nuevas para tu alerta <b>«revenue» en Valencia (provincia)</b>:</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-collapse:collapse;">
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.empleotur.example.es/ls/click?upn=of-1101" style="color:#c45c00;font-weight:bold;">Revenue Manager</a><br><span style="color:#777;">Hotel 4* · Valencia · 30.000-36.000 €</span></td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.empleotur.example.es/ls/click?upn=of-1102" style="color:#c45c00;font-weight:bold;">Revenue Assistant (sustitución)</a><br><span style="color:#777;">Cadena hotelera · Valencia · 6 meses</span></td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.empleotur.example.es/ls/click?upn=of-1103" style="color:#c45c00;font-weight:bold;">Night Auditor</a><br><span style="color:#777;">Hotel boutique · Ciutat Vella</span></td></tr>
<tr style="border-bottom:1px solid #eee;"><td><a href="https://click.empleotur.example.es/ls/click?upn=of-1104" style="color:#c45c00;font-weight:bold;">Analista de datos turísticos</a><br><span style="color:#777;">Consultora · Valencia · Híbrido</span></td></tr>
<tr><td><a href="https://click.empleotur.example.es/ls/click?upn=todas-5531" style="color:#c45c00;">Ver las 12 ofertas »</a></td></tr>
</table>
<p style="font-size:12px;color:#777;">Consejo: las empresas que no te responden en un mes rara vez lo hacen después. ¡No dejes de inscribirte!</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">Recibes este correo porque creaste una alerta. <a href="https://www.empleotur.example.es/alertas/baja?a=5531" style="color:#999;">Darse de baja de esta alerta</a> · <a href="https://www.empleotur.example.es/privacidad" style="color:#999;">Privacidad</a><br>EmpleoTur Plataformas Digitales, S.L.</td></tr>
</table></td></tr></table>
""" + pixel("click.empleotur.example.es", "al5531") + """
</body></html>
""",
))

# O02 - career-advice newsletter about rejection, alternative parts, list headers.
MESSAGES.append(spec(
    kind="other", scenario="career_newsletter_superar_rechazo", lang="es", company="", contact="",
    sender=("Blog Empleo&Tú", "newsletter@empleoytu.example.es"),
    subject="Cómo superar un rechazo en un proceso de selección (y qué hacer el lunes)",
    date="2026-04-19 10:00 +0200",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Id": "Empleo&Tu semanal <semanal.empleoytu.example.es>",
             "List-Unsubscribe": "<https://empleoytu.example.es/u?e=bWF0ZW8&l=semanal>"},
    text="""EMPLEO&TÚ · Newsletter semanal

Cómo superar un rechazo en un proceso de selección

"Lamentablemente, hemos decidido continuar con otros candidatos." Si has leído esta frase diez veces este mes, no estás solo. Esta semana te contamos:

1. Por qué la mayoría de rechazos no tienen nada que ver contigo
2. Cómo pedir feedback después de una entrevista sin parecer insistente
3. Qué hacer si no te presentaste a una entrevista por un error de agenda
4. Plantilla: el correo de seguimiento que sí obtiene respuesta

Leer el artículo: https://empleoytu.example.es/r/superar-rechazo?utm_source=newsletter

Y además: 5 sectores que contratan en verano en la Comunitat Valenciana.

Te escribimos porque te suscribiste en empleoytu.example.es.
Darte de baja: https://empleoytu.example.es/u?e=bWF0ZW8&l=semanal
""",
    html="""<html><body style="margin:0;background:#f3f0ff;font-family:Georgia,serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 28px;background:#4b2aad;color:#fff;font-family:Arial,sans-serif;font-size:13px;letter-spacing:2px;">EMPLEO&amp;TÚ · NEWSLETTER SEMANAL</td></tr>
<tr><td style="padding:26px 28px;font-size:16px;line-height:1.6;color:#222;">
<h1 style="font-size:24px;margin:0 0 14px 0;">Cómo superar un rechazo en un proceso de selección</h1>
<p><i>"Lamentablemente, hemos decidido continuar con otros candidatos."</i> Si has leído esta frase diez veces este mes, no estás solo. Esta semana te contamos:</p>
<ol>
<li>Por qué la mayoría de rechazos no tienen nada que ver contigo</li>
<li>Cómo pedir feedback después de una entrevista sin parecer insistente</li>
<li>Qué hacer si no te presentaste a una entrevista por un error de agenda</li>
<li>Plantilla: el correo de seguimiento que sí obtiene respuesta</li>
</ol>
<p><a href="https://empleoytu.example.es/r/superar-rechazo?utm_source=newsletter" style="background:#4b2aad;color:#fff;padding:10px 18px;text-decoration:none;font-family:Arial,sans-serif;font-size:14px;">Leer el artículo</a></p>
<p style="font-size:14px;">Y además: <a href="https://empleoytu.example.es/r/verano-cv?utm_source=newsletter">5 sectores que contratan en verano en la Comunitat Valenciana</a>.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;font-family:Arial,sans-serif;">Te escribimos porque te suscribiste en empleoytu.example.es. <a href="https://empleoytu.example.es/u?e=bWF0ZW8&amp;l=semanal" style="color:#888;">Darte de baja</a></td></tr>
</table></td></tr></table>
""" + pixel("empleoytu.example.es", "nl0419") + """
</body></html>
""",
))

# O03 - bank: loan "application received".
MESSAGES.append(spec(
    kind="other", scenario="bank_loan_application_received", lang="es", company="", contact="",
    sender=("Caixa Mediterrània Digital", "no-reply@caixamed.example.es"),
    subject="Hemos recibido tu solicitud de préstamo",
    date="2026-02-07 12:30 +0100",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;background:#eef4f1;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#00573f;"><img src="https://caixamed.example.es/img/logo.png" alt="Caixa Mediterrània" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.55;">
<p>Hola, Mateo:</p>
<p>Hemos recibido tu solicitud de <b>Préstamo Personal Flexible</b> por importe de 6.000 € a 48 meses.</p>
<p>Nuestro equipo de riesgos la está analizando. En un plazo máximo de 48 horas laborables te comunicaremos la decisión a través de la app y por correo electrónico.</p>
<p>Número de solicitud: PP-2026-3381204</p>
<p>Gracias por confiar en nosotros.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#777;background:#f6f6f6;">Caixa Mediterrània, S.C.C. · Nunca te pediremos tus claves por correo electrónico. Este mensaje se ha enviado desde una dirección que no acepta respuestas.</td></tr>
</table></td></tr></table>
</body></html>
""",
))

# O04 - bank: loan declined, alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="bank_loan_declined", lang="es", company="", contact="",
    sender=("Caixa Mediterrània Digital", "no-reply@caixamed.example.es"),
    subject="Tu solicitud de préstamo PP-2026-3381204",
    date="2026-02-10 09:15 +0100",
    charset="utf-8", cte="qp",
    text="""Hola, Mateo:

Lamentamos comunicarte que tu solicitud de Préstamo Personal Flexible (PP-2026-3381204) no ha sido aprobada en esta ocasión.

La decisión se basa en el análisis de tu perfil de riesgo y de tus ingresos declarados. Si lo deseas, puedes volver a solicitarlo dentro de tres meses o consultar otras opciones de financiación en tu oficina.

Atentamente,
Caixa Mediterrània
""",
    html="""<html><body style="font-family:Arial,sans-serif;background:#eef4f1;margin:0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:22px;">
<tr><td style="padding:16px 24px;background:#00573f;"><img src="https://caixamed.example.es/img/logo.png" alt="Caixa Mediterrània" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.55;">
<p>Hola, Mateo:</p>
<p>Lamentamos comunicarte que tu solicitud de <b>Préstamo Personal Flexible</b> (PP-2026-3381204) <b>no ha sido aprobada</b> en esta ocasión.</p>
<p>La decisión se basa en el análisis de tu perfil de riesgo y de tus ingresos declarados. Si lo deseas, puedes volver a solicitarlo dentro de tres meses o consultar otras opciones de financiación en tu oficina.</p>
<p>Atentamente,<br>Caixa Mediterrània</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#777;background:#f6f6f6;">Caixa Mediterrània, S.C.C. · Este mensaje se ha enviado desde una dirección que no acepta respuestas.</td></tr>
</table>
</body></html>
""",
))

# O05 - flat application refused by an estate agent writing personally.
MESSAGES.append(spec(
    kind="other", scenario="flat_application_refused", lang="es", company="",
    contact="sonia@inmoruzafa.example.es",
    sender=("Sonia Llorca", "sonia@inmoruzafa.example.es"),
    subject="Piso c/ Sueca 41, 3º",
    date="2026-03-21 13:12 +0100",
    charset="windows-1252", cte="qp",
    text="""Hola Mateo,

Te escribo por el piso de la calle Sueca que visitaste el martes. Lamentablemente el propietario ha elegido a otro inquilino, una pareja que podía entrar ya el 1 de abril y aportaba aval bancario, así que tu solicitud no sigue adelante.

Si quieres, te aviso cuando entre algo parecido por Ruzafa. Ahora mismo tengo un estudio en la calle Cádiz que quizá te interese, aunque es un poco más pequeño.

Un saludo,

Sonia Llorca
Inmobiliaria Ruzafa
""",
))

# O06 - courier: "unfortunately your package is delayed".
MESSAGES.append(spec(
    kind="other", scenario="parcel_delayed", lang="es", company="", contact="",
    sender=("Envíos Exprés", "avisos@enviosexpres.example.es"),
    subject="Lamentablemente tu paquete se ha retrasado",
    date="2026-09-29 18:44 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#d71920;padding:14px 22px;"><img src="https://enviosexpres.example.es/mail/logo.png" alt="Envíos Exprés" height="26"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#222;line-height:1.5;">
<p>Hola Mateo:</p>
<p>Lamentablemente, tu paquete <b>EX7720419935ES</b> no podrá entregarse en la fecha prevista por una incidencia en el centro logístico de Ribarroja.</p>
<p><b>Nueva fecha estimada de entrega:</b> jueves 1 de octubre, de 9:00 a 14:00.</p>
<p><a href="https://track.enviosexpres.example.es/t/EX7720419935ES?utm_source=email" style="background:#d71920;color:#fff;padding:9px 16px;text-decoration:none;">Seguir mi envío</a></p>
<p>Sentimos las molestias.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#888;background:#f8f8f8;">No respondas a este correo. Envíos Exprés Logística, S.A.</td></tr>
</table></td></tr></table>
""" + pixel("track.enviosexpres.example.es", "ex77") + """
</body></html>
""",
))

# O07 - language school waiting list: "your position in the list".
MESSAGES.append(spec(
    kind="other", scenario="language_school_waitlist_position", lang="es", company="", contact="",
    sender=("EOI València - Matrícula", "matricula-noreply@eoivalencia.example.es"),
    subject="Su posición en la lista de espera - Alemán B2",
    date="2026-09-08 08:30 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Estimado/a alumno/a:

Le informamos de que su solicitud de plaza para el curso ALEMÁN B2 (modalidad semipresencial, martes y jueves 19:00-21:00) se encuentra en LISTA DE ESPERA.

Su posición actual en la lista de espera: 14

Las vacantes se adjudicarán por orden de lista a partir del 21 de septiembre. Si se le adjudica plaza, recibirá un correo con las instrucciones de pago de la matrícula, que deberá formalizar en un plazo de 48 horas.

Secretaría
Escola Oficial d'Idiomes de València

Mensaje automático. No responda a este correo.
""",
))

# O08 - GPS app: someone shared their position.
MESSAGES.append(spec(
    kind="other", scenario="gps_app_shared_position", lang="es", company="", contact="",
    sender=("RutaViva", "no-reply@rutaviva.example.com"),
    subject="Lucía ha compartido su posición contigo",
    date="2026-07-25 20:03 +0200",
    charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#ffffff;">
<table width="480" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://rutaviva.example.com/mail/logo.png" alt="RutaViva" height="24"></td></tr>
<tr><td style="font-size:15px;color:#222;line-height:1.5;">
<p><b>Lucía</b> ha compartido su posición en tiempo real contigo durante 1 hora.</p>
<p>Llegada estimada a <b>Estació del Nord</b>: 20:41</p>
<p><a href="https://rutaviva.example.com/s/8fK2qA?utm_source=share_email" style="background:#19a974;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;">Ver en el mapa</a></p>
<p style="font-size:12px;color:#888;">¿No conoces a esta persona? <a href="https://rutaviva.example.com/report?s=8fK2qA" style="color:#888;">Informar</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#aaa;padding-top:18px;">RutaViva Apps S.L. · <a href="https://rutaviva.example.com/settings/email" style="color:#aaa;">Preferencias de correo</a></td></tr>
</table>
</body></html>
""",
))

# O09 - journalist asks for a press interview.
MESSAGES.append(spec(
    kind="other", scenario="press_interview_request", lang="es", company="",
    contact="ivan.ferrer@diarioturia.example.es",
    sender=("Iván Ferrer", "ivan.ferrer@diarioturia.example.es"),
    subject="Entrevista para un reportaje sobre el turno de noche",
    date="2026-02-18 12:55 +0100",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Soy Iván Ferrer, periodista de la sección de Economía de Diario del Turia. Me ha pasado tu contacto Álvaro Miralles, de Casa Lonja.

Estoy preparando un reportaje sobre las personas que trabajan de noche en los hoteles de Valencia durante Fallas: recepcionistas, auditores, personal de seguridad. ¿Te animarías a una entrevista de media hora? Puede ser por teléfono o en un café, cuando te venga bien antes del 5 de marzo. Si prefieres salir sin apellido o sin foto, no hay ningún problema.

Gracias y un saludo,

Iván Ferrer
Redactor · Diario del Turia
T. 963 00 00 77
""",
))

# O10 - a friend tells about their own rejection.
MESSAGES.append(spec(
    kind="other", scenario="friend_own_rejection", lang="es", company="",
    contact="carlos.marti@correo.example.com",
    sender=("Carlos Martí", "carlos.marti@correo.example.com"),
    subject="me han rechazado en air levante jo",
    date="2026-03-01 22:48 +0100",
    charset="utf-8", cte="8bit",
    text="""tio me acaba de llegar el correo de air levante, lo de "hemos decidido seguir adelante con otras candidaturas" bla bla. despues de tres entrevistas!! ni una llamada, un mail automatico de workday

tu no te presentaste a lo de pricing no? cuidado que son asi

el sabado cañas y me desahogo, vale?

c.
""",
))

# O11 - a friend asks how the interview went; the quote mentions the interview.
MESSAGES.append(spec(
    kind="other", scenario="friend_asks_how_interview_went", lang="es", company="",
    contact="paula.s@correo.example.com",
    sender=("Paula Serrano", "paula.s@correo.example.com"),
    subject="Re: mañana!!",
    date="2026-05-15 09:12 +0200",
    in_reply_to="<CAJ7mboPau9man@mail.example.es>",
    charset="utf-8", cte="8bit",
    text="""Bueno qué?? Cómo fue ayer la entrevista en Turia & Mar? Cuéntamelo todo. Y si te han dicho algo ya de sueldo 👀

Besos

El mié, 13 may 2026 a las 23:02, Mateo Bianchi-Ørsted (<mateo.bo@example.es>) escribió:
> Mañana a las 10 tengo la entrevista con el director comercial. Si me
> rechazan otra vez me hago astronauta. Deséame suerte!!
""",
))

# O12 - the candidate's own sent speculative application.
MESSAGES.append(spec(
    kind="other", scenario="own_sent_speculative_application", lang="es", company="", contact="",
    sender=ME,
    to=[("Recursos Humanos Hotel Palau de la Seda", "rrhh@palaudelaseda.example.es")],
    subject="Candidatura espontánea - área de Revenue / Mateo Bianchi-Ørsted",
    date="2026-01-09 08:41 +0100",
    msgid="<CAJ7mbo0a1Palau@mail.example.es>",
    charset="utf-8", cte="qp",
    text="""Buenos días:

Me llamo Mateo Bianchi-Ørsted y trabajo desde hace cuatro años como auditor nocturno en un hotel de cuatro estrellas del centro de Valencia. Además del cierre diario, preparo cada noche los informes de ocupación, ADR y pickup que usa el equipo comercial, y he colaborado en la revisión de tarifas de temporada alta.

Me gustaría dar el paso al área de revenue management y el Hotel Palau de la Seda es uno de los hoteles de la ciudad que más admiro por su posicionamiento. Les envío mi candidatura espontánea por si en algún momento necesitan apoyo en revenue, reservas o distribución.

Pueden consultar mi CV aquí: https://cv.example.es/mateo-bianchi-orsted

Quedo a su disposición para una entrevista cuando les venga bien.

Un saludo,

Mateo Bianchi-Ørsted
+34 6XX XXX 419
""",
))

# O13 - the candidate's own thank-you note after an interview.
MESSAGES.append(spec(
    kind="other", scenario="own_sent_thank_you", lang="es", company="", contact="",
    sender=ME,
    to=[("Lucía Ferrándiz Soler", "lferrandiz@turiaymar.example.es")],
    subject="Gracias por la entrevista de hoy",
    date="2026-05-14 19:30 +0200",
    charset="utf-8", cte="8bit",
    text="""Hola Lucía:

Quería darte las gracias a ti y a Vicent por el tiempo de esta mañana. Me quedo con muchas ganas de trabajar en la parte de canales que comentasteis, sobre todo en reducir la dependencia de las OTAs en los meses de invierno.

Como quedamos, te envío el ejemplo del informe de pickup que preparo en mi hotel (sin datos reales, claro): https://cv.example.es/mateo-bianchi-orsted/pickup-demo

Quedo pendiente de vuestras noticias.

Un saludo,
Mateo
""",
))

# O14 - the current manager sends the shift roster.
MESSAGES.append(spec(
    kind="other", scenario="current_job_shift_roster", lang="es", company="",
    contact="jorge.b@hotelplazaturia.example.es",
    sender=("Jorge Bellver", "jorge.b@hotelplazaturia.example.es"),
    subject="Cuadrante noches octubre",
    date="2026-09-24 15:20 +0200",
    charset="windows-1252", cte="qp",
    text="""Hola equipo de noche,

Os paso el cuadrante de octubre. Mateo, te he dejado libre el puente del 9 al 12 como pediste. Sara y Hamid, os toca cubrir juntos la noche del 12 porque tenemos el congreso de cardiología y el hotel está lleno.

Recordad que desde el día 1 la auditoría se cierra en el nuevo PMS y que el informe de ocupación tiene que estar en la carpeta compartida antes de las 6:30.

Cualquier cambio me lo decís a mí antes del día 28.

Jorge Bellver
Jefe de Recepción
Hotel Plaza Turia
""",
    to=[ME, ("Sara Navarro", "sara.n@hotelplazaturia.example.es"), ("Hamid Ouali", "hamid.o@hotelplazaturia.example.es")],
))

# O15 - the current employer's annual appraisal "interview": not a job application.
MESSAGES.append(spec(
    kind="other", scenario="current_job_appraisal_interview", lang="es", company="",
    contact="rrhh.mbellido@hotelplazaturia.example.es",
    sender=("Mónica Bellido", "rrhh.mbellido@hotelplazaturia.example.es"),
    subject="Entrevista de evaluación anual",
    date="2026-01-14 11:05 +0100",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Como cada año, estamos organizando las entrevistas de evaluación del desempeño con todo el personal de recepción. Te he reservado el jueves 22 de enero a las 7:15, justo al terminar tu turno, en el despacho de dirección. Estaremos Jorge y yo, unos 30 minutos.

Antes de la reunión, rellena por favor el formulario de autoevaluación en la intranet (apartado Personas > Evaluación 2025).

Gracias,

Mónica Bellido
Recursos Humanos
Hotel Plaza Turia
""",
))

# O16 - recruiter cold outreach, no interview proposed yet.
MESSAGES.append(spec(
    kind="other", scenario="cold_outreach_headhunter_es", lang="es", company="",
    contact="raquel.vidal@verticehs.example.es",
    sender=("Raquel Vidal", "raquel.vidal@verticehs.example.es"),
    subject="¿Abierto a nuevas oportunidades en revenue?",
    date="2026-06-26 10:37 +0200",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Soy Raquel, consultora en Vértice Hospitality Search. He visto tu perfil y tu paso de auditoría nocturna a revenue me ha parecido muy interesante.

Estoy trabajando varias posiciones de Revenue Analyst y Revenue Assistant en cadenas hoteleras de Baleares y la Costa del Sol para la temporada de invierno y 2027. No hay nada cerrado todavía, pero me gustaría conocerte y ver qué estás buscando exactamente.

Si te apetece, respóndeme con tu CV actualizado y un par de franjas para hablar 15 minutos.

Un saludo,

Raquel Vidal
Consultora Senior | Vértice Hospitality Search
verticehs.example.es
""",
))

# O17 - temp agency marketing blast, all caps and exclamation marks.
MESSAGES.append(spec(
    kind="other", scenario="ett_summer_blast", lang="es", company="", contact="",
    sender=("Tempotur Empleo", "newsletter@tempotur.example.es"),
    subject="¡¡OFERTAS DE VERANO!! ¡¡INSCRÍBETE YA!!",
    date="2026-05-04 11:00 +0200",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Id": "<ofertas.tempotur.example.es>",
             "List-Unsubscribe": "<https://tempotur.example.es/baja?u=mbo>"},
    html="""<html><body style="font-family:Verdana,Arial,sans-serif;background:#fff0f7;">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="background:#ffffff;">
<tr><td style="background:#e4007c;padding:14px;text-align:center;"><img src="https://tempotur.example.es/img/logo.png" alt="Tempotur Empleo" height="34"></td></tr>
<tr><td style="padding:22px;font-size:15px;color:#222;">
<h2 style="color:#e4007c;text-align:center;">¡¡MÁS DE 300 PUESTOS PARA ESTE VERANO!!</h2>
<p>¡¡Hola!! ¡¡Ya está aquí la temporada!! Hoteles, apartamentos turísticos y parques temáticos de la Costa Blanca buscan:</p>
<ul>
<li>RECEPCIONISTAS (día y noche)</li>
<li>CAMAREROS/AS DE PISOS</li>
<li>AYUDANTES DE COCINA</li>
<li>SOCORRISTAS</li>
</ul>
<p style="text-align:center;"><a href="https://tempotur.example.es/r/verano2026?utm_source=mailing&amp;utm_campaign=verano" style="background:#e4007c;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;">¡¡QUIERO INSCRIBIRME!!</a></p>
<p>¡¡Entrevistas esta misma semana en nuestras oficinas!! ¡¡No te quedes sin tu puesto!!</p>
</td></tr>
<tr><td style="padding:12px;font-size:10px;color:#888;">Recibes este email porque estás en nuestra base de datos. <a href="https://tempotur.example.es/baja?u=mbo" style="color:#888;">Darse de baja</a></td></tr>
</table>
""" + pixel("tempotur.example.es", "ver26") + """
</body></html>
""",
))

# O18 - professional network notification: profile appearances.
MESSAGES.append(spec(
    kind="other", scenario="network_profile_searches", lang="es", company="", contact="",
    sender=("RedProfesional", "notificaciones@redprofesional.example.com"),
    subject="Tu perfil ha aparecido en 14 búsquedas esta semana",
    date="2026-04-06 06:12 +0200",
    charset="utf-8", cte="qp",
    headers={"List-Unsubscribe": "<https://redprofesional.example.com/e/unsub?t=search_appearances>"},
    html="""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#f3f2ef;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:18px 22px;"><img src="https://static.redprofesional.example.com/logo.png" alt="RedProfesional" height="22"></td></tr>
<tr><td style="padding:0 22px 22px 22px;font-size:15px;color:#191919;">
<p>Mateo, has aparecido en <b>14 búsquedas</b> esta semana.</p>
<p>Quienes te han buscado trabajan en: <b>Hostelería</b>, <b>Servicios de empleo</b> y <b>Viajes online</b>.</p>
<p>Cargos más buscados: Revenue Analyst, Night Auditor, Reservations Agent.</p>
<p><a href="https://redprofesional.example.com/me/search-appearances?trk=eml" style="background:#0a66c2;color:#fff;padding:9px 16px;border-radius:16px;text-decoration:none;">Ver quién te buscó</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#666;">Este correo se envió a mateo.bo@example.es. <a href="https://redprofesional.example.com/e/unsub?t=search_appearances" style="color:#666;">Cancelar suscripción</a></td></tr>
</table></td></tr></table>
""" + pixel("redprofesional.example.com", "sa14") + """
</body></html>
""",
))

# O19 - university alumni careers newsletter (talks about interviews), alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="university_alumni_job_fair", lang="es", company="", contact="",
    sender=("Alumni UV - Ocupació", "butlleti-alumni@uv-alumni.example.es"),
    subject="Fòrum d'Ocupació 2026: inscripciones abiertas y entrevistas rápidas",
    date="2026-03-04 09:00 +0100",
    charset="utf-8", cte="base64",
    headers={**LIST_BULK, "List-Id": "Butlleti Alumni UV <butlleti.uv-alumni.example.es>",
             "List-Unsubscribe": "<mailto:baixa@uv-alumni.example.es>"},
    text="""BUTLLETÍ ALUMNI · Servei d'Ocupació

Fòrum d'Ocupació 2026 - 24 y 25 de marzo, Campus de Tarongers

Más de 70 empresas, entre ellas cadenas hoteleras, aerolíneas y consultoras de turismo, estarán en el Fòrum. Este año estrenamos las "entrevistas rápidas": 10 minutos con el equipo de selección de la empresa que elijas. Las plazas son limitadas.

Inscripción: https://uv-alumni.example.es/forum2026?utm_source=butlleti

Talleres: cómo preparar una entrevista por competencias · LinkedIn para perfiles de turismo

Per a donar-te de baixa, respon amb "BAIXA" a baixa@uv-alumni.example.es
""",
    html="""<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#002d72;color:#fff;padding:16px 24px;font-size:13px;letter-spacing:1px;"><img src="https://uv-alumni.example.es/img/logo-uv.png" alt="Universitat de València Alumni" height="30"><br>BUTLLETÍ ALUMNI · Servei d'Ocupació</td></tr>
<tr><td style="padding:22px 24px;font-size:15px;color:#222;line-height:1.55;">
<h2 style="margin-top:0;">Fòrum d'Ocupació 2026</h2>
<p><b>24 y 25 de marzo, Campus de Tarongers</b></p>
<p>Más de 70 empresas, entre ellas cadenas hoteleras, aerolíneas y consultoras de turismo, estarán en el Fòrum. Este año estrenamos las <b>"entrevistas rápidas"</b>: 10 minutos con el equipo de selección de la empresa que elijas. Las plazas son limitadas.</p>
<p><a href="https://uv-alumni.example.es/forum2026?utm_source=butlleti" style="background:#e2001a;color:#fff;padding:10px 18px;text-decoration:none;">Inscribirme</a></p>
<p style="font-size:13px;">Talleres: cómo preparar una entrevista por competencias · LinkedIn para perfiles de turismo</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">Per a donar-te de baixa, respon amb "BAIXA" a baixa@uv-alumni.example.es</td></tr>
</table>
</body></html>
""",
))

# O20 - public employment service appointment to renew the job-seeker registration.
MESSAGES.append(spec(
    kind="other", scenario="public_employment_cita_previa", lang="es", company="", contact="",
    sender=("Servei Públic d'Ocupació", "cita-previa-noreply@ocupacio-gva.example.es"),
    subject="Cita previa confirmada - Renovación de la demanda de empleo",
    date="2026-02-02 17:40 +0100",
    charset="iso-8859-1", cte="qp",
    text="""CONFIRMACIÓN DE CITA PREVIA

Servicio: Renovación y actualización de la demanda de empleo (mejora de empleo)
Oficina: Espai Labora València-Russafa, C/ Pintor Salvador Abril 28
Fecha: 10/02/2026
Hora: 09:20
Localizador: 7H2K-44Q

Recuerde acudir con su DNI/NIE. Si no puede asistir, anule la cita en la sede electrónica para que otra persona pueda utilizarla. La no comparecencia no supone la baja de la demanda, pero deberá solicitar una nueva cita.

Este es un mensaje automático, no responda a este correo.
""",
))

# O21 - dentist: "you did not attend your appointment".
MESSAGES.append(spec(
    kind="other", scenario="dentist_missed_appointment", lang="es", company="", contact="",
    sender=("Clínica Dental Russafa", "citas-noreply@dentalrussafa.example.es"),
    subject="No acudió a su cita",
    date="2026-05-12 13:05 +0200",
    charset="windows-1252", cte="8bit",
    text="""Estimado paciente:

Le informamos de que hoy, 12/05/2026 a las 12:30, tenía una cita de revisión con la Dra. Esteve y no acudió ni nos avisó de su ausencia.

Para reprogramar su cita, llame al 963 00 00 21 o pida una nueva desde nuestra web. Le recordamos que las citas no anuladas con 24 horas de antelación pueden tener un cargo de 15 €.

Clínica Dental Russafa
""",
))

# O22 - train ticket for a trip (the interview trip is incidental).
MESSAGES.append(spec(
    kind="other", scenario="train_ticket_barcelona", lang="es", company="", contact="",
    sender=("Trenes Mediterráneo", "billetes@trenesmed.example.es"),
    subject="Tu billete: Valencia Joaquín Sorolla → Barcelona Sants, 7 jul",
    date="2026-07-01 21:33 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f1f1f1;margin:0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;">
<tr><td style="background:#6b1f7c;padding:14px 22px;color:#fff;"><img src="https://trenesmed.example.es/img/logo-w.png" alt="Trenes Mediterráneo" height="24"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#222;">
<p>Hola Mateo, ¡gracias por tu compra!</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%;background:#faf5fb;">
<tr><td>Localizador</td><td><b>R7QK2M</b></td></tr>
<tr><td>Ida</td><td>Martes 7 de julio · 06:40 Valencia Joaquín Sorolla → 09:32 Barcelona Sants · Coche 4, plaza 11A</td></tr>
<tr><td>Vuelta</td><td>Martes 7 de julio · 18:05 Barcelona Sants → 21:01 Valencia Joaquín Sorolla · Coche 2, plaza 7C</td></tr>
<tr><td>Total</td><td>58,40 €</td></tr>
</table>
<p>Tu billete está en la app. También puedes <a href="https://trenesmed.example.es/billete/R7QK2M?utm_source=email">descargarlo en PDF</a>.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#888;background:#f8f8f8;">Trenes Mediterráneo · No respondas a este correo.</td></tr>
</table>
</body></html>
""",
))

# O23 - electricity invoice.
MESSAGES.append(spec(
    kind="other", scenario="utility_invoice", lang="es", company="", contact="",
    sender=("Iberluz Energía", "facturas@iberluz.example.es"),
    subject="Tu factura de luz de agosto ya está disponible",
    date="2026-09-03 07:50 +0200",
    charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f7fa;margin:0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;">
<tr><td style="padding:16px 22px;border-bottom:3px solid #00a1de;"><img src="https://iberluz.example.es/mail/logo.png" alt="Iberluz" height="26"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#222;line-height:1.5;">
<p>Hola Mateo,</p>
<p>Ya tienes disponible tu factura de electricidad del periodo 01/08/2026 - 31/08/2026.</p>
<p style="font-size:22px;"><b>47,18 €</b></p>
<p>Se cargará en tu cuenta terminada en 4471 el 10 de septiembre.</p>
<p><a href="https://areaclientes.iberluz.example.es/facturas?utm_source=email" style="color:#00a1de;">Ver factura</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#888;">Iberluz Energía, S.A. · <a href="https://iberluz.example.es/preferencias" style="color:#888;">Preferencias de comunicación</a></td></tr>
</table>
""" + pixel("iberluz.example.es", "fac0926") + """
</body></html>
""",
))

# O24 - a friend forwards a job ad (Gmail forward).
MESSAGES.append(spec(
    kind="other", scenario="friend_forwards_job_ad", lang="es", company="",
    contact="elena.roig@correo.example.com",
    sender=("Elena Roig", "elena.roig@correo.example.com"),
    subject="Fwd: Oferta Revenue Assistant - Hotel en Dénia",
    date="2026-08-12 14:02 +0200",
    charset="utf-8", cte="qp",
    text="""Mira esta oferta, te pega un montón!! Me la ha pasado mi prima que trabaja en el hotel. Dice que escribas directamente a la directora.

---------- Forwarded message ---------
De: Bolsa de Empleo Marina Alta <ofertas@empleomarinaalta.example.es>
Date: mar, 11 ago 2026 a las 10:15
Subject: Oferta Revenue Assistant - Hotel en Dénia
To: <elena.roig@correo.example.com>

OFERTA DE EMPLEO 2026/88
Puesto: Revenue Assistant
Empresa: hotel de 4* en Dénia
Requisitos: experiencia en recepción o reservas, Excel avanzado, inglés alto
Se ofrece: contrato indefinido, incorporación en septiembre
Entrevistas: a partir del 25 de agosto
Interesados enviar CV a ofertas@empleomarinaalta.example.es indicando la referencia.
""",
))

# O25 - former boss reports a reference call.
MESSAGES.append(spec(
    kind="other", scenario="former_boss_reference_call", lang="es", company="",
    contact="quique.sanchis@correo.example.com",
    sender=("Quique Sanchis", "quique.sanchis@correo.example.com"),
    subject="Referencias",
    date="2026-03-31 20:26 +0200",
    charset="utf-8", cte="8bit",
    text="""Ei Mateo!

Te cuento: esta mañana me ha llamado una tal Laura, de Viajalia, para pedir referencias tuyas. Le he dicho la verdad, que eras el único de noche que se leía los informes de ocupación y que me arreglaste el lío de las tarifas del congreso de 2024 😄

Me ha preguntado cómo reaccionas bajo presión y si trabajas bien con comerciales. Todo bien, tranquilo.

A ver si cae! Y si cae, me debes un esmorzaret en el Bar Central.

Quique
""",
))

# O26 - out-of-office reply from a recruiter (Auto-Submitted).
MESSAGES.append(spec(
    kind="other", scenario="out_of_office_es", lang="es", company="",
    contact="pablo.orti@gvhhoteles.example.es",
    sender=("Pablo Ortí", "pablo.orti@gvhhoteles.example.es"),
    subject="Respuesta automática: Candidatura Revenue & Reservations Analyst",
    date="2026-07-20 08:03 +0200",
    in_reply_to="<CAJ7mboGvh1cand@mail.example.es>",
    charset="windows-1252", cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Hola,

Estoy de vacaciones hasta el lunes 27 de julio, con acceso limitado al correo. Responderé a tu mensaje a mi vuelta.

Para temas urgentes de selección puedes escribir a talento@gvhhoteles.example.es.

Un saludo,
Pablo Ortí
People · GVH Hoteles
""",
))

# O27 - RMS vendor webinar: a live "interview" with a revenue director; alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="vendor_webinar_live_interview", lang="es", company="", contact="",
    sender=("PriceWise RMS", "eventos@pricewise-rms.example.com"),
    subject="Webinar: entrevista en directo con la Revenue Director de un grupo de 40 hoteles",
    date="2026-09-15 16:00 +0200",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Unsubscribe": "<https://pricewise-rms.example.com/unsubscribe?c=web0930>"},
    text="""PriceWise RMS presenta: Revenue sin filtros

Miércoles 30 de septiembre · 17:00 (CEST) · Online y gratuito

Entrevista en directo con Marta Soler, Revenue Director de un grupo de 40 hoteles urbanos. Hablaremos de previsión de demanda tras el verano, de cómo decir "no" a los grupos y de las posiciones de revenue que más cuesta cubrir.

Reserva tu plaza: https://pricewise-rms.example.com/webinar/revenue-sin-filtros?utm_source=mail

Si no quieres recibir más invitaciones: https://pricewise-rms.example.com/unsubscribe?c=web0930
""",
    html="""<html><body style="margin:0;background:#0d1b2a;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0d1b2a;padding:22px;"><img src="https://pricewise-rms.example.com/mail/logo-light.png" alt="PriceWise RMS" height="28"></td></tr>
<tr><td style="padding:26px;font-size:15px;color:#1b263b;line-height:1.55;">
<p style="font-size:12px;letter-spacing:2px;color:#e0a100;">WEBINAR · REVENUE SIN FILTROS</p>
<h2 style="margin:0 0 10px 0;">Entrevista en directo con Marta Soler</h2>
<p><b>Miércoles 30 de septiembre · 17:00 (CEST) · Online y gratuito</b></p>
<p>Revenue Director de un grupo de 40 hoteles urbanos. Hablaremos de previsión de demanda tras el verano, de cómo decir "no" a los grupos y de las posiciones de revenue que más cuesta cubrir.</p>
<p><a href="https://pricewise-rms.example.com/webinar/revenue-sin-filtros?utm_source=mail" style="background:#e0a100;color:#0d1b2a;padding:12px 22px;text-decoration:none;font-weight:bold;">Reservar mi plaza</a></p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:10px;color:#888;background:#f4f4f4;">PriceWise Software S.L. · <a href="https://pricewise-rms.example.com/unsubscribe?c=web0930" style="color:#888;">Darse de baja</a></td></tr>
</table>
""" + pixel("pricewise-rms.example.com", "web0930") + """
</body></html>
""",
))

# O28 - the candidate's own reply declining an offer.
MESSAGES.append(spec(
    kind="other", scenario="own_sent_declines_offer", lang="es", company="", contact="",
    sender=ME,
    to=[("Laura Sempere", "laura.sempere@viajalia.example.com")],
    subject="Re: Oferta de incorporación - Revenue Analyst Junior",
    date="2026-04-09 18:22 +0200",
    in_reply_to="<vjl-offer-0403.2281@viajalia.example.com>",
    charset="utf-8", cte="qp",
    text="""Hola Laura:

Muchísimas gracias por la oferta y por todo el proceso, que ha sido de los más cuidados que he vivido.

Después de pensarlo mucho, he decidido no aceptarla. Mi hotel actual me ha propuesto pasar al departamento comercial a media jornada mientras termino el curso de revenue management, y creo que ahora mismo es lo más sensato para mí.

Ojalá nuestros caminos se crucen más adelante.

Un abrazo,
Mateo

El vie, 3 abr 2026 a las 13:15, Laura Sempere (<laura.sempere@viajalia.example.com>) escribió:
> ¡Enhorabuena! Después de hablar con todo el equipo, estamos encantados de
> ofrecerte el puesto de Revenue Analyst Junior en Viajalia.
""",
))

# O29 - English job-alert digest for Lisbon.
MESSAGES.append(spec(
    kind="other", scenario="job_alert_lisbon_digest", lang="en", company="", contact="",
    sender=("Talentbay Job Alerts", "alerts@talentbay.example.com"),
    subject="7 new Revenue Manager jobs in Lisbon",
    date="2026-04-27 06:30 +0100",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Id": "Talentbay job alerts <jobalerts.talentbay.example.com>",
             "List-Unsubscribe": "<https://talentbay.example.com/alerts/unsubscribe?id=lx-77>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html="""<html><body style="font-family:Arial,sans-serif;background:#f6f8fb;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:2px solid #2557a7;"><img src="https://talentbay.example.com/img/logo.png" alt="Talentbay" height="26"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#2d2d2d;">
<p>New jobs matching <b>revenue manager</b> in <b>Lisbon</b>:</p>
<p><a href="https://talentbay.example.com/rc/clk?jk=a91&amp;from=ja" style="color:#2557a7;font-size:16px;font-weight:bold;">Revenue Manager - Lifestyle Hotels</a><br>Lisbon · EUR 38,000 - 45,000 · Easily apply</p>
<p><a href="https://talentbay.example.com/rc/clk?jk=a92&amp;from=ja" style="color:#2557a7;font-size:16px;font-weight:bold;">Junior Revenue Analyst</a><br>Lisbon · Hybrid · Responds within 3 days</p>
<p><a href="https://talentbay.example.com/rc/clk?jk=a93&amp;from=ja" style="color:#2557a7;font-size:16px;font-weight:bold;">Pricing Analyst - Airline</a><br>Lisbon Airport · Urgently hiring</p>
<p><a href="https://talentbay.example.com/jobs?q=revenue+manager&amp;l=Lisbon&amp;from=ja" style="color:#2557a7;">See all 7 jobs</a></p>
<p style="font-size:12px;color:#666;">Tip: 62% of candidates who follow up after an interview hear back faster.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#767676;">You're receiving this because you created a job alert. <a href="https://talentbay.example.com/alerts/unsubscribe?id=lx-77" style="color:#767676;">Unsubscribe</a> · <a href="https://talentbay.example.com/alerts" style="color:#767676;">Manage alerts</a></td></tr>
</table>
""" + pixel("talentbay.example.com", "lx77") + """
</body></html>
""",
))

# O30 - English newsletter about missed interviews, alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="newsletter_missed_interview_advice", lang="en", company="", contact="",
    sender=("Hospitality Pulse", "newsletter@hospitalitypulse.example.com"),
    subject="Missed an interview? Here's how to recover",
    date="2026-06-14 08:00 +0100",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Id": "Hospitality Pulse Weekly <weekly.hospitalitypulse.example.com>",
             "List-Unsubscribe": "<https://hospitalitypulse.example.com/unsub?u=mbo&l=weekly>"},
    text="""HOSPITALITY PULSE - Weekly careers edition

Missed an interview? Here's how to recover
It happens: a time-zone slip, a train strike, a calendar invite that never arrived. Recruiters say a quick, honest apology within 24 hours saves most situations. We spoke to three talent leads about what to write.
Read more: https://hospitalitypulse.example.com/a/missed-interview?utm_source=weekly

Also this week:
- "Your application was unsuccessful": decoding rejection emails
- Revenue management salaries in Southern Europe, 2026
- Five questions to ask at the end of any interview

Unsubscribe: https://hospitalitypulse.example.com/unsub?u=mbo&l=weekly
Hospitality Pulse Media Ltd, Registered in England No 12345678
""",
    html="""<html><body style="margin:0;background:#f7f3ee;font-family:Georgia,serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 26px;border-bottom:1px solid #e5ddd3;"><img src="https://hospitalitypulse.example.com/img/masthead.png" alt="Hospitality Pulse" height="34"><br><span style="font-family:Arial,sans-serif;font-size:11px;color:#998;">WEEKLY CAREERS EDITION</span></td></tr>
<tr><td style="padding:24px 26px;font-size:16px;line-height:1.6;color:#222;">
<h2 style="margin-top:0;"><a href="https://hospitalitypulse.example.com/a/missed-interview?utm_source=weekly" style="color:#222;text-decoration:none;">Missed an interview? Here's how to recover</a></h2>
<p>It happens: a time-zone slip, a train strike, a calendar invite that never arrived. Recruiters say a quick, honest apology within 24 hours saves most situations. We spoke to three talent leads about what to write.</p>
<h3 style="font-family:Arial,sans-serif;font-size:13px;color:#998;">ALSO THIS WEEK</h3>
<ul>
<li><a href="https://hospitalitypulse.example.com/a/decoding-rejections?utm_source=weekly">"Your application was unsuccessful": decoding rejection emails</a></li>
<li><a href="https://hospitalitypulse.example.com/a/rm-salaries-2026?utm_source=weekly">Revenue management salaries in Southern Europe, 2026</a></li>
<li><a href="https://hospitalitypulse.example.com/a/five-questions?utm_source=weekly">Five questions to ask at the end of any interview</a></li>
</ul>
</td></tr>
<tr><td style="padding:12px 26px;font-family:Arial,sans-serif;font-size:10px;color:#999;">Hospitality Pulse Media Ltd, Registered in England No 12345678 · <a href="https://hospitalitypulse.example.com/unsub?u=mbo&amp;l=weekly" style="color:#999;">Unsubscribe</a></td></tr>
</table>
""" + pixel("hospitalitypulse.example.com", "wk0614") + """
</body></html>
""",
))

# O31 - podcast interview with a calendar REQUEST: an invitation, but not to a job interview.
MESSAGES.append(spec(
    kind="other", scenario="podcast_interview_calendar", lang="en", company="",
    contact="dani@nightshiftstories.example.com",
    sender=("Dani Okafor", "dani@nightshiftstories.example.com"),
    subject="Invitation: Night Shift Stories - recording with Mateo @ Thu 20 Aug 2026 18:00 - 19:00 (CEST)",
    date="2026-08-11 12:20 +0100",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

Thanks so much for agreeing to be on Night Shift Stories! Here's the calendar invite for our recording.

The interview is relaxed: about 40 minutes on what night audit really looks like, the weirdest thing that happened at 4am, and your move towards revenue management. I'll send the questions a few days before.

We record on Riverside - link in the invite. Headphones help a lot.

Cheers,
Dani
Host, Night Shift Stories (a podcast about people who work while everyone sleeps)
""",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260820T160000Z
DTEND:20260820T170000Z
DTSTAMP:20260811T112000Z
ORGANIZER;CN=Dani Okafor:mailto:dani@nightshiftstories.example.com
UID:nss-ep42-recording@nightshiftstories.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mateo Bianchi-Ørsted:mailto:mateo.bo@example.es
DESCRIPTION:Podcast recording - Night Shift Stories episode 42
LOCATION:https://riverside.example.com/studio/night-shift-stories
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Night Shift Stories - recording with Mateo
END:VEVENT
END:VCALENDAR
""",
))

# O32 - user-research interview from a company he also applied to (not a job interview).
MESSAGES.append(spec(
    kind="other", scenario="user_research_interview", lang="en", company="",
    contact="elif.kaya@stayscout.example.com",
    sender=("Elif Kaya", "elif.kaya@stayscout.example.com"),
    subject="Help us improve StayScout - 30 min chat + EUR 40 voucher",
    date="2026-09-17 11:45 +0200",
    charset="utf-8", cte="7bit",
    text="""Hi Mateo,

I'm a UX researcher at StayScout. You booked with us twice this year, and we're talking to travellers about how they compare prices before booking a stay.

Would you be up for a 30-minute video interview next week? There are no right or wrong answers - we just want to watch how you search. As a thank-you you'll get a EUR 40 StayScout voucher.

If you're interested, reply with a couple of times that suit you between 22 and 25 September.

Thanks!
Elif Kaya
UX Research, StayScout
""",
))

# O33 - English out-of-office (Auto-Submitted).
MESSAGES.append(spec(
    kind="other", scenario="out_of_office_en", lang="en", company="",
    contact="tomas.w@alfama-hg.example.pt",
    sender=("Tomás Whitaker", "tomas.w@alfama-hg.example.pt"),
    subject="Automatic reply: Revenue Analyst application - Mateo Bianchi-Ørsted",
    date="2026-02-16 10:31 +0000",
    in_reply_to="<CAJ7mboAlf1app@mail.example.es>",
    charset="utf-8", cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email.

I am out of the office until Monday 23 February with no access to email. For recruitment matters, please use the careers portal; for anything urgent, contact people@alfama-hg.example.pt.

Best regards,
Tomás Whitaker
Head of Commercial, Alfama Hospitality Group
""",
))

# O34 - English cold outreach from an agency recruiter.
MESSAGES.append(spec(
    kind="other", scenario="cold_outreach_lisbon_recruiter", lang="en", company="",
    contact="hannah.b@meridianrecruit.example.com",
    sender=("Hannah Brooks", "hannah.b@meridianrecruit.example.com"),
    subject="Revenue opportunity in Lisbon - open to a chat?",
    date="2026-03-10 09:58 +0000",
    charset="utf-8", cte="7bit",
    text="""Hi Mateo,

Hope you don't mind the direct approach - I came across your profile while searching for hotel professionals moving into revenue.

I'm currently supporting a couple of hospitality groups expanding in Lisbon and Porto, and they're keen on people with strong operational backgrounds. Nothing specific to pitch yet, but I'd love to understand what you're looking for so I can keep you in mind.

Would you be open to a quick 10-minute call this week?

Best regards,
Hannah Brooks
Senior Consultant - Hospitality
Meridian Recruitment
""",
))

# O35 - the candidate's own follow-up (sent mail), English.
MESSAGES.append(spec(
    kind="other", scenario="own_sent_following_up", lang="en", company="", contact="",
    sender=ME,
    to=[("Inés Casals", "ines.casals@rateradar.example.com")],
    subject="Following up",
    date="2026-02-25 10:05 +0100",
    charset="utf-8", cte="qp",
    text="""Hi Inés,

I hope you're well. I applied for the Junior Pricing Analyst role at RateRadar two weeks ago and wanted to follow up to reiterate my interest.

In my current role as night auditor I build the daily occupancy, ADR and pickup reports our revenue manager uses, and I've recently completed a course in Python for data analysis, which I'd love to put to work at RateRadar.

Happy to share more or to have a quick call whenever suits you.

Best regards,
Mateo Bianchi-Ørsted
""",
))

# O36 - airline booking confirmation.
MESSAGES.append(spec(
    kind="other", scenario="flight_booking_confirmation", lang="en", company="", contact="",
    sender=("Atlântico Air", "booking-noreply@atlanticoair.example.pt"),
    subject="Your booking confirmation - VLC to LIS - ref KX4P7Q",
    date="2026-05-28 22:11 +0100",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;background:#eaf2f8;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;">
<tr><td style="background:#003b5c;padding:16px 24px;"><img src="https://atlanticoair.example.pt/mail/logo-white.png" alt="Atlântico Air" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;">
<p>Olá Mateo, your trip is booked!</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%;border:1px solid #dde6ee;">
<tr style="background:#f3f7fa;"><td><b>Booking reference</b></td><td><b>KX4P7Q</b></td></tr>
<tr><td>Outbound</td><td>AT 1143 · Tue 2 Jun · Valencia (VLC) 07:10 → Lisbon (LIS) 07:55</td></tr>
<tr><td>Return</td><td>AT 1148 · Wed 3 Jun · Lisbon (LIS) 20:35 → Valencia (VLC) 23:15</td></tr>
<tr><td>Fare</td><td>Light (1 personal item)</td></tr>
<tr><td>Total paid</td><td>EUR 96.40</td></tr>
</table>
<p>Online check-in opens 36 hours before departure. <a href="https://atlanticoair.example.pt/manage?pnr=KX4P7Q&amp;utm_source=conf">Manage booking</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">Please do not reply to this email. Atlântico Air, S.A.</td></tr>
</table>
""" + pixel("atlanticoair.example.pt", "kx4p7q") + """
</body></html>
""",
))

# O37 - e-learning certificate, alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="course_certificate", lang="en", company="", contact="",
    sender=("Hospitality Academy Online", "no-reply@hospitality-academy.example.com"),
    subject="Congratulations! Your Revenue Management Fundamentals certificate",
    date="2026-03-28 14:02 +0000",
    charset="utf-8", cte="qp",
    text="""Congratulations, Mateo!

You have successfully completed Revenue Management Fundamentals (40 hours) with a final score of 92%.

Download your certificate: https://hospitality-academy.example.com/cert/RMF-2026-11873
Add it to your professional profile: https://hospitality-academy.example.com/cert/RMF-2026-11873/share

Ready for the next step? Pricing Strategy & Forecasting starts on 13 April.

Hospitality Academy Online
""",
    html="""<html><body style="font-family:Arial,sans-serif;background:#fdf8f0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eee2cc;">
<tr><td style="padding:20px;text-align:center;"><img src="https://hospitality-academy.example.com/mail/logo.png" alt="Hospitality Academy Online" height="36"></td></tr>
<tr><td style="padding:0 28px 26px 28px;font-size:15px;color:#2b2b2b;text-align:center;">
<h2>Congratulations, Mateo!</h2>
<p>You have successfully completed <b>Revenue Management Fundamentals</b> (40 hours) with a final score of <b>92%</b>.</p>
<p><a href="https://hospitality-academy.example.com/cert/RMF-2026-11873" style="background:#b8862b;color:#fff;padding:10px 20px;text-decoration:none;">Download your certificate</a></p>
<p style="font-size:13px;"><a href="https://hospitality-academy.example.com/cert/RMF-2026-11873/share">Add it to your professional profile</a></p>
<p style="font-size:13px;color:#777;">Ready for the next step? Pricing Strategy &amp; Forecasting starts on 13 April.</p>
</td></tr>
</table>
</body></html>
""",
))

# O38 - product waitlist: "your position in the queue".
MESSAGES.append(spec(
    kind="other", scenario="product_waitlist_position", lang="en", company="", contact="",
    sender=("RateRadar", "hello-noreply@rateradar.example.com"),
    subject="You're #37 on the RateRadar Solo waitlist",
    date="2026-01-20 17:45 +0100",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;background:#0f172a;margin:0;">
<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#111c33;color:#e2e8f0;margin-top:24px;border-radius:10px;">
<tr><td style="padding:24px;"><img src="https://rateradar.example.com/brand/email-logo-dark.png" alt="RateRadar" height="26"></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:1.6;">
<p>Thanks for joining the waitlist for <b>RateRadar Solo</b>, rate shopping for independent hotels.</p>
<p style="font-size:40px;font-weight:700;margin:10px 0;">#37</p>
<p>That's your current position in the queue. Move up by inviting colleagues - each signup moves you up 5 places.</p>
<p><a href="https://rateradar.example.com/solo/invite?ref=mbo37" style="background:#22d3ee;color:#0f172a;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600;">Share your invite link</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#64748b;">RateRadar Labs S.L. · <a href="https://rateradar.example.com/email/unsubscribe?u=mbo" style="color:#64748b;">Unsubscribe</a></td></tr>
</table>
</body></html>
""",
))

# O39 - job-site recommendation digest, alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="companies_hiring_digest", lang="en", company="", contact="",
    sender=("WorkScope", "jobs-digest@workscope.example.com"),
    subject="Companies are hiring Revenue Analysts near you",
    date="2026-07-05 09:20 +0200",
    charset="utf-8", cte="base64",
    headers={**LIST_BULK, "List-Unsubscribe": "<https://workscope.example.com/unsub?d=ra-vlc>"},
    text="""WorkScope - jobs picked for you

Revenue Analyst - Valencia hotel group - 4.1 stars - posted 2 days ago
Pricing Analyst - Online travel agency - Remote (Spain) - posted 5 days ago
Revenue & Distribution Executive - Resort, Alicante - posted 1 week ago

See all: https://workscope.example.com/jobs?q=revenue+analyst&l=valencia&src=digest

Salary insight: Revenue Analysts in Valencia report a median of EUR 28,500.
Interview insight: 41% of candidates rated the interview experience "positive".

Unsubscribe: https://workscope.example.com/unsub?d=ra-vlc
""",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f5f6f7;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#0caa41;"><img src="https://workscope.example.com/mail/logo-w.png" alt="WorkScope" height="24"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#222;">
<p><b>Jobs picked for you</b></p>
<p><a href="https://workscope.example.com/partner/clk?j=901&amp;src=digest" style="color:#0caa41;font-weight:bold;">Revenue Analyst</a> - Valencia hotel group - 4.1 ★ - posted 2 days ago</p>
<p><a href="https://workscope.example.com/partner/clk?j=902&amp;src=digest" style="color:#0caa41;font-weight:bold;">Pricing Analyst</a> - Online travel agency - Remote (Spain) - posted 5 days ago</p>
<p><a href="https://workscope.example.com/partner/clk?j=903&amp;src=digest" style="color:#0caa41;font-weight:bold;">Revenue &amp; Distribution Executive</a> - Resort, Alicante - posted 1 week ago</p>
<p><a href="https://workscope.example.com/jobs?q=revenue+analyst&amp;l=valencia&amp;src=digest">See all</a></p>
<p style="font-size:12px;color:#666;">Salary insight: Revenue Analysts in Valencia report a median of EUR 28,500.<br>Interview insight: 41% of candidates rated the interview experience "positive".</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;"><a href="https://workscope.example.com/unsub?d=ra-vlc" style="color:#888;">Unsubscribe</a></td></tr>
</table>
""" + pixel("workscope.example.com", "ravlc") + """
</body></html>
""",
))

# O40 - a cousin/mentor replies with advice; the quote mentions a rejection.
MESSAGES.append(spec(
    kind="other", scenario="mentor_advice_quote_rejection", lang="en", company="",
    contact="freja.orsted@mail.example.dk",
    sender=("Freja Ørsted", "freja.orsted@mail.example.dk"),
    subject="Re: coffee next week?",
    date="2026-03-08 19:40 +0100",
    in_reply_to="<CAJ7mboFrj1cof@mail.example.es>",
    charset="utf-8", cte="qp",
    text="""Hej Mateo,

Of course - I'm in Valencia from Wednesday for the tourism fair, so Thursday morning coffee works.

And please don't take the RateRadar thing personally. Start-ups use "closer match" for anything from "we hired our friend's cousin" to "the budget vanished". When I moved from front office into revenue at the Copenhagen hotel, I got eleven of those before the first yes. Bring your pickup report on Thursday and we'll go through how to talk about it in interviews.

Kram,
Freja

On Sun, 8 Mar 2026 at 11:02, Mateo Bianchi-Ørsted <mateo.bo@example.es> wrote:
> Hi Freja! RateRadar just rejected me ("candidates whose experience more
> closely matches"...). Could I pick your brain over coffee next week?
""",
))

# O41 - recruitment agency marketing (salary guide), alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="agency_salary_guide_marketing", lang="en", company="", contact="",
    sender=("Harbour & Finch Insights", "insights@harbourfinch.example.com"),
    subject="The Hospitality Salary Guide 2026 is here",
    date="2026-01-27 10:00 +0000",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Id": "Harbour & Finch Insights <insights.harbourfinch.example.com>",
             "List-Unsubscribe": "<https://harbourfinch.example.com/preferences?u=mbo>"},
    text="""HARBOUR & FINCH INSIGHTS

The Hospitality Salary Guide 2026 is here
Benchmarks for 120 roles across Portugal, Spain, the UK and the Nordics - from night auditor to chief commercial officer.

Download the guide: https://harbourfinch.example.com/salary-guide-2026?utm_source=insights

Key finding: revenue analyst salaries in Lisbon rose 9% in 2025, the fastest growth of any commercial role we track.

Manage preferences: https://harbourfinch.example.com/preferences?u=mbo
Harbour & Finch Ltd is registered in England No 11223344.
""",
    html="""<html><body style="margin:0;background:#eef1f1;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 26px;background:#16323a;color:#fff;"><img src="https://harbourfinch.example.com/img/logo-light.png" alt="Harbour &amp; Finch" height="30"><br><span style="font-size:11px;letter-spacing:2px;">INSIGHTS</span></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:1.55;color:#1c1c1c;">
<h2 style="margin-top:0;">The Hospitality Salary Guide 2026 is here</h2>
<p>Benchmarks for 120 roles across Portugal, Spain, the UK and the Nordics - from night auditor to chief commercial officer.</p>
<p><a href="https://harbourfinch.example.com/salary-guide-2026?utm_source=insights" style="background:#c9a227;color:#16323a;padding:11px 20px;text-decoration:none;font-weight:bold;">Download the guide</a></p>
<p><b>Key finding:</b> revenue analyst salaries in Lisbon rose 9% in 2025, the fastest growth of any commercial role we track.</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:10px;color:#888;">Harbour &amp; Finch Ltd is registered in England No 11223344. <a href="https://harbourfinch.example.com/preferences?u=mbo" style="color:#888;">Manage preferences</a></td></tr>
</table>
""" + pixel("harbourfinch.example.com", "sg26") + """
</body></html>
""",
))

# O42 - language-app reminder: "you missed your lesson".
MESSAGES.append(spec(
    kind="other", scenario="language_app_missed_lesson", lang="en", company="", contact="",
    sender=("Lingolo", "reminders@lingolo.example.com"),
    subject="You missed your German lesson! 😢",
    date="2026-08-19 20:00 +0200",
    charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Nunito,Arial,sans-serif;background:#ffffff;">
<table width="480" align="center" cellpadding="0" cellspacing="0">
<tr><td style="text-align:center;padding:20px;"><img src="https://lingolo.example.com/mail/owl-sad.png" alt="Lingolo" width="120"></td></tr>
<tr><td style="text-align:center;font-size:17px;color:#3c3c3c;">
<p><b>You missed your German lesson today!</b></p>
<p>Your 46-day streak is about to end. Five minutes is all it takes.</p>
<p><a href="https://lingolo.example.com/lesson?utm_source=reminder&amp;utm_campaign=streak" style="background:#58cc02;color:#fff;padding:12px 28px;border-radius:12px;text-decoration:none;font-weight:bold;">Continue learning</a></p>
</td></tr>
<tr><td style="text-align:center;font-size:11px;color:#aaa;padding-top:20px;"><a href="https://lingolo.example.com/settings/notifications" style="color:#aaa;">Unsubscribe from reminders</a></td></tr>
</table>
""" + pixel("lingolo.example.com", "streak46") + """
</body></html>
""",
))

# O43 - current employer's expense tool: "your claim was rejected".
MESSAGES.append(spec(
    kind="other", scenario="expense_claim_rejected", lang="en", company="", contact="",
    sender=("Expensio", "notifications@expensio.example.com"),
    subject="Expense report rejected: Taxi night shift 14/09",
    date="2026-09-18 09:31 +0200",
    charset="utf-8", cte="7bit",
    text="""Hi Mateo,

Your expense report "Taxi night shift 14/09" (EUR 18.60) was rejected by Jorge Bellver.

Comment: "Please attach the receipt and resubmit - thanks!"

You can edit and resubmit the report in Expensio: https://app.expensio.example.com/reports/88213

This is an automated notification from Expensio on behalf of Hotel Plaza Turia.
""",
))

# O44 - a friend in Nice tells about her own interview (French).
MESSAGES.append(spec(
    kind="other", scenario="friend_own_interview_fr", lang="fr", company="",
    contact="chloe.martin@courriel.example.fr",
    sender=("Chloé Martin", "chloe.martin@courriel.example.fr"),
    subject="devine quoi",
    date="2026-06-20 23:15 +0200",
    charset="utf-8", cte="8bit",
    text="""Coucou Mateo !!

J'ai eu mon entretien au Palais de la Mer hier, pour le poste de chef de réception. Trois personnes en face de moi, une heure et demie, et à la fin la DRH m'a dit "on vous rappelle avant vendredi". Je stresse à mort.

Et toi, des nouvelles de tes candidatures à Nice ? Si tu viens pour un entretien, tu dors à la maison, évidemment.

Bisous
Chloé
""",
))

# O45 - French job-alert digest, HTML only.
MESSAGES.append(spec(
    kind="other", scenario="job_alert_nice_fr", lang="fr", company="", contact="",
    sender=("Hôtellerie Emploi", "alertes@hotellerie-emploi.example.fr"),
    subject="Nouvelles offres : Revenue Manager à Nice (5)",
    date="2026-08-24 07:00 +0200",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Unsubscribe": "<https://hotellerie-emploi.example.fr/alertes/desinscription?id=nce-5>"},
    html="""<html><body style="font-family:Arial,sans-serif;background:#f5f5f0;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#8e1b3a;"><img src="https://hotellerie-emploi.example.fr/img/logo-blanc.png" alt="Hôtellerie Emploi" height="28"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#222;">
<p>Bonjour Mateo, voici les nouvelles offres pour votre alerte <b>« revenue manager » – Nice (06)</b> :</p>
<p><a href="https://hotellerie-emploi.example.fr/r/o/88101?src=alerte" style="color:#8e1b3a;font-weight:bold;">Revenue Manager H/F – Hôtel 5* Promenade des Anglais</a><br>CDI · 42-48 k€</p>
<p><a href="https://hotellerie-emploi.example.fr/r/o/88102?src=alerte" style="color:#8e1b3a;font-weight:bold;">Assistant Revenue Manager H/F – Groupe hôtelier</a><br>CDI · Nice / Cannes</p>
<p><a href="https://hotellerie-emploi.example.fr/r/o/88103?src=alerte" style="color:#8e1b3a;font-weight:bold;">Yield Manager H/F – Résidences de tourisme</a><br>CDD 8 mois · Antibes</p>
<p><a href="https://hotellerie-emploi.example.fr/recherche?q=revenue+manager&amp;l=nice&amp;src=alerte">Voir les 5 offres</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;"><a href="https://hotellerie-emploi.example.fr/alertes/desinscription?id=nce-5" style="color:#888;">Se désinscrire de cette alerte</a></td></tr>
</table>
""" + pixel("hotellerie-emploi.example.fr", "nce5") + """
</body></html>
""",
))

# O46 - French cold outreach from a recruiter, vous.
MESSAGES.append(spec(
    kind="other", scenario="cold_outreach_cote_azur", lang="fr", company="",
    contact="a.benali@azur-talents.example.fr",
    sender=("Amine Benali", "a.benali@azur-talents.example.fr"),
    subject="Opportunité Revenue Manager – Côte d'Azur",
    date="2026-07-16 11:08 +0200",
    charset="windows-1252", cte="qp",
    text="""Bonjour Mateo,

Je me permets de vous contacter car votre parcours – audit de nuit puis montée en compétences sur le revenue management – correspond à ce que recherchent plusieurs de nos clients hôteliers sur la Côte d’Azur.

Je n’ai pas encore de poste précis à vous présenter, mais j’aimerais échanger avec vous quelques minutes afin de mieux cerner votre projet, vos prétentions et votre mobilité.

Seriez-vous disponible pour un bref appel dans les prochains jours ?

Bien cordialement,

Amine Benali
Consultant recrutement – Hôtellerie & Tourisme
Azur Talents
""",
))

# O47 - French trade newsletter that talks about refusals, alternative parts.
MESSAGES.append(spec(
    kind="other", scenario="trade_newsletter_refus_fr", lang="fr", company="", contact="",
    sender=("La Lettre du Revenue", "lettre@lalettredurevenue.example.fr"),
    subject="Refus de candidature : comment rebondir + les 5 erreurs de pricing de l'été",
    date="2026-09-06 08:30 +0200",
    charset="iso-8859-1", cte="qp",
    headers={**LIST_BULK, "List-Id": "La Lettre du Revenue <lettre.lalettredurevenue.example.fr>",
             "List-Unsubscribe": "<https://lalettredurevenue.example.fr/desabonnement?e=mbo>"},
    text="""LA LETTRE DU REVENUE - n° 212

À la une : Refus de candidature, comment rebondir
"Nous avons le regret de vous informer que votre candidature n'a pas été retenue." Trois recruteurs expliquent ce que cache cette phrase et comment transformer un refus en prochain entretien.
Lire : https://lalettredurevenue.example.fr/a/refus-candidature?utm_source=lettre

Aussi dans ce numéro :
- Les 5 erreurs de pricing de l'été 2026
- Entretien avec la directrice revenue d'un groupe niçois

Se désabonner : https://lalettredurevenue.example.fr/desabonnement?e=mbo
""",
    html="""<html><body style="margin:0;background:#f6f4ef;font-family:Georgia,serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 26px;border-bottom:3px double #333;"><img src="https://lalettredurevenue.example.fr/img/titre.png" alt="La Lettre du Revenue" height="32"><br><span style="font-size:11px;">n° 212</span></td></tr>
<tr><td style="padding:22px 26px;font-size:16px;line-height:1.55;color:#222;">
<h2 style="margin-top:0;">Refus de candidature : comment rebondir</h2>
<p><i>"Nous avons le regret de vous informer que votre candidature n'a pas été retenue."</i> Trois recruteurs expliquent ce que cache cette phrase et comment transformer un refus en prochain entretien.</p>
<p><a href="https://lalettredurevenue.example.fr/a/refus-candidature?utm_source=lettre">Lire l'article</a></p>
<p style="font-size:14px;"><b>Aussi dans ce numéro :</b><br>Les 5 erreurs de pricing de l'été 2026<br>Entretien avec la directrice revenue d'un groupe niçois</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:10px;color:#888;"><a href="https://lalettredurevenue.example.fr/desabonnement?e=mbo" style="color:#888;">Se désabonner</a></td></tr>
</table>
</body></html>
""",
))

# O48 - Geneva bank refuses an account opening.
MESSAGES.append(spec(
    kind="other", scenario="geneva_bank_account_refused", lang="fr", company="", contact="",
    sender=("Banque Lémanique", "ne-pas-repondre@banquelemanique.example.ch"),
    subject="Votre demande d'ouverture de compte",
    date="2026-09-25 16:40 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f2f4f6;margin:0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;">
<tr><td style="padding:16px 24px;border-bottom:2px solid #c8102e;"><img src="https://banquelemanique.example.ch/mail/logo.png" alt="Banque Lémanique" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.55;">
<p>Cher Monsieur,</p>
<p>Nous avons examiné votre demande d'ouverture d'un compte privé en ligne. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable : l'ouverture d'un compte à distance requiert un domicile en Suisse ou un permis de séjour valable.</p>
<p>Vous pourrez renouveler votre demande dès réception de votre permis, ou prendre rendez-vous dans l'une de nos agences.</p>
<p>Meilleures salutations,<br>Banque Lémanique</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;background:#f7f7f7;">Ce message a été envoyé automatiquement. Banque Lémanique SA, Genève.</td></tr>
</table>
</body></html>
""",
))

# O49 - German job-agent digest, HTML only.
MESSAGES.append(spec(
    kind="other", scenario="jobagent_berlin_digest", lang="de", company="", contact="",
    sender=("JobStufe Jobagent", "jobagent@jobstufe.example.de"),
    subject="8 neue Jobs als Revenue Analyst in Berlin",
    date="2026-07-22 06:45 +0200",
    charset="utf-8", cte="qp",
    headers={**LIST_BULK, "List-Unsubscribe": "<https://www.jobstufe.example.de/jobagent/abmelden?id=ber-ra>"},
    html="""<html><body style="font-family:Arial,sans-serif;background:#f0f2f5;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#1f2b5c;"><img src="https://www.jobstufe.example.de/img/logo-weiss.png" alt="JobStufe" height="26"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#222;">
<p>Hallo Mateo,</p>
<p>dein Jobagent <b>„Revenue Analyst“ in Berlin</b> hat 8 neue Stellen gefunden:</p>
<p><a href="https://www.jobstufe.example.de/r/j/44101?src=ja" style="color:#1f2b5c;font-weight:bold;">Revenue Analyst (m/w/d) – Hotelgruppe</a><br>Berlin-Mitte · Vollzeit · Homeoffice möglich</p>
<p><a href="https://www.jobstufe.example.de/r/j/44102?src=ja" style="color:#1f2b5c;font-weight:bold;">Junior Pricing Manager (all genders) – Mobility-Start-up</a><br>Berlin-Kreuzberg · Englisch</p>
<p><a href="https://www.jobstufe.example.de/r/j/44103?src=ja" style="color:#1f2b5c;font-weight:bold;">Night Auditor (m/w/d)</a><br>Berlin-Charlottenburg · ab sofort</p>
<p><a href="https://www.jobstufe.example.de/suche?was=revenue+analyst&amp;wo=berlin&amp;src=ja">Alle 8 Jobs ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">JobStufe GmbH · Berlin · <a href="https://www.jobstufe.example.de/jobagent/abmelden?id=ber-ra" style="color:#888;">Jobagent abbestellen</a></td></tr>
</table>
""" + pixel("www.jobstufe.example.de", "berra") + """
</body></html>
""",
))

# O50 - Berlin citizens' office moved an appointment (registration, not an interview).
MESSAGES.append(spec(
    kind="other", scenario="buergeramt_termin_verschoben", lang="de", company="", contact="",
    sender=("Bürgeramt Friedrichshain-Kreuzberg", "terminvergabe-noreply@buergeramt-berlin.example.de"),
    subject="Ihr Termin wurde verschoben - Anmeldung einer Wohnung",
    date="2026-09-28 14:10 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Kundin, sehr geehrter Kunde,

aus organisatorischen Gründen mussten wir Ihren Termin verschieben.

Dienstleistung: Anmeldung einer Wohnung
Alter Termin: Dienstag, 06.10.2026, 08:40 Uhr
Neuer Termin: Donnerstag, 08.10.2026, 10:20 Uhr
Standort: Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin
Vorgangsnummer: 2026-BA-118734

Bitte bringen Sie Ihren Pass oder Personalausweis sowie die Wohnungsgeberbestätigung mit. Falls Sie den neuen Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in Ihrer ursprünglichen Buchungsbestätigung ab.

Mit freundlichen Grüßen
Ihr Bürgeramt

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
))

# O51 - German out-of-office (Auto-Submitted).
MESSAGES.append(spec(
    kind="other", scenario="abwesenheitsnotiz", lang="de", company="",
    contact="m.schulte@kiezhaus-hotels.example.de",
    sender=("Miriam Schulte", "m.schulte@kiezhaus-hotels.example.de"),
    subject="Abwesenheitsnotiz: Bewerbung Revenue Analyst (m/w/d) – Mateo Bianchi-Ørsted",
    date="2026-08-04 21:13 +0200",
    in_reply_to="<CAJ7mboKiez1bew@mail.example.es>",
    charset="utf-8", cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 6. August bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an people@kiezhaus-hotels.example.de.

Mit freundlichen Grüßen
Miriam Schulte
People & Culture, Kiezhaus Hotels
""",
))

# O52 - the candidate's own German application with the CV attached (sent mail).
MESSAGES.append(spec(
    kind="other", scenario="own_sent_bewerbung_mit_lebenslauf", lang="de", company="", contact="",
    sender=ME,
    to=[("Kiezhaus Hotels Bewerbungen", "bewerbung@kiezhaus-hotels.example.de")],
    cc=[("Miriam Schulte", "m.schulte@kiezhaus-hotels.example.de")],
    subject="Bewerbung Revenue Analyst (m/w/d) – Mateo Bianchi-Ørsted",
    date="2026-08-04 21:12 +0200",
    msgid="<CAJ7mboKiez1bew@mail.example.es>",
    charset="utf-8", cte="8bit",
    text="""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Revenue Analyst (m/w/d). Nach einer Absage von einem anderen Berliner Haus möchte ich betonen, dass ich mein Deutsch seit Januar intensiv verbessere (aktuell B2).

Seit vier Jahren arbeite ich als Night Auditor in einem Vier-Sterne-Hotel in Valencia. Jede Nacht erstelle ich die Berichte zu Auslastung, ADR und Pickup, mit denen unser Revenue Manager die Preise steuert, und ich habe im März den Kurs „Revenue Management Fundamentals“ abgeschlossen.

Über die Gelegenheit zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Mateo Bianchi-Ørsted
""",
    attachments=[att(filename="Lebenslauf_Mateo_Bianchi-Orsted.pdf", lines=[
        "Mateo Bianchi-Orsted - Lebenslauf",
        "Valencia, Spanien - mateo.bo@example.es",
        "2022-heute: Night Auditor, Hotel Plaza Turia, Valencia",
        "2019-2022: Rezeptionist, Hostal in Valencia",
        "Ausbildung: Grado en Turismo, Universitat de Valencia",
        "Sprachen: Spanisch, Italienisch, Englisch (C1), Deutsch (B2), Franzoesisch (B1)",
    ])],
))
