"""Application acknowledgements and offers for the hundred-forty-fourth corpus, written one by one."""

from __future__ import annotations

from msgs144_common import ats_card, button, mso, outlook_html, pixel, ps, to_text

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- application_received

# A1 - Workday acknowledgement, HTML only.
MESSAGES.append({
    "id": "A1", "kind": "application_received", "slug": "workday_pampa_colorada", "lang": "es",
    "company": "Minera Pampa Colorada", "contact": "",
    "frm": ("Minera Pampa Colorada Talent Acquisition", "pampacolorada@myworkday.com"),
    "subj": "Recibimos tu postulación: Analista de Planificación Mina (R-004417)",
    "date": "2026-01-12 23:18:40 -0300", "cs": "utf-8", "cte": "base64",
    "hb": True,
    "html": ats_card(
        logo_url="https://wd3.myworkdaycdn.com/tenant/pampacolorada/logo_mpc.png",
        logo_alt="Minera Pampa Colorada",
        accent="#b5442c",
        body=ps(
            "Hola Rafael:",
            "¡Gracias por tu interés en Minera Pampa Colorada! Confirmamos que recibimos tu postulación al cargo "
            "<b>Analista de Planificación Mina</b> (R-004417), Sierra Gorda.",
            "Nuestro equipo revisará tus antecedentes y, si tu perfil avanza a la siguiente etapa, te contactaremos. "
            "Puedes revisar el estado de tu postulación en cualquier momento desde tu cuenta de candidato.",
            button("https://pampacolorada.wd3.myworkdayjobs.com/es-CL/Externo/userHome", "Ver mis postulaciones", "#b5442c"),
            "Saludos,<br>Equipo de Atracción de Talento<br>Minera Pampa Colorada",
        ),
        footer="Este correo fue generado automáticamente; por favor no respondas a este mensaje.<br>"
               "Minera Pampa Colorada S.A. · Av. Grecia 1540, piso 9, Antofagasta, Chile<br>"
               '<a href="https://pampacolorada.wd3.myworkdayjobs.com/privacy" style="color:#8a9099;">Política de privacidad</a>',
        pixel_url="https://wd3.myworkday.com/pampacolorada/email/open.gif?id=11ab09f3",
    ),
})

# A2 - Greenhouse acknowledgement that warns "no news in 4 weeks means no".
_pa2 = [
    "Hola Rafael,",
    "¡Gracias por postular a <b>Analista Senior de Planificación de Operaciones</b> en Energía Andina! "
    "Tu postulación llegó bien y ya está en manos del equipo.",
    "Recibimos muchas postulaciones y, aunque nos encantaría, no podemos responder personalmente a cada una. "
    "Si no tienes noticias nuestras en las próximas 4 semanas, considera que en esta oportunidad tu "
    "postulación no fue seleccionada.",
    "Mientras tanto, puedes conocer más sobre nuestros proyectos de generación en "
    '<a href="https://www.energiaandina.example.cl/proyectos?utm_source=greenhouse&amp;utm_medium=email">energiaandina.example.cl</a>.',
    "Saludos,<br>Equipo de Personas · Energía Andina",
]
MESSAGES.append({
    "id": "A2", "kind": "application_received", "slug": "greenhouse_four_weeks_warning", "lang": "es",
    "company": "Energía Andina", "contact": "",
    "frm": ("Energía Andina via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subj": "Gracias por postular a Energía Andina",
    "date": "2026-02-16 21:44:03 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _pa2)),
    "html": '<html><body style="font-family:\'Helvetica Neue\',Arial,sans-serif;color:#222;">'
         '<div style="max-width:560px;margin:0 auto;padding:24px;">'
         '<img src="https://s3.amazonaws.com/greenhouse-prod/logos/energiaandina_logo.png" alt="Energía Andina" width="140">'
         + ps(*_pa2) + "</div>"
         + pixel("https://u2343.ct.greenhouse-mail.io/wf/open?upn=ack-a2") + "</body></html>\n",
})

# A3 - job platform confirms the application was sent to the employer.
MESSAGES.append({
    "id": "A3", "kind": "application_received", "slug": "platform_sent_to_sqd", "lang": "es",
    "company": "Sociedad Química del Desierto", "contact": "",
    "frm": ("Laboralia", "postulaciones@laboralia.example.cl"),
    "subj": "Tu CV fue enviado a Sociedad Química del Desierto",
    "date": "2026-03-10 08:31:17 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;background:#f0f2f5;">
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Roboto,Arial,sans-serif;"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" style="background:#fff;margin:16px 0;">
<tr><td style="padding:16px 24px;background:#003b73;"><img src="https://static.laboralia.example.cl/mail/logo_laboralia_w.png" alt="Laboralia" height="26"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.6;">
<p style="font-size:18px;color:#003b73;margin:0 0 12px;"><b>¡Postulación enviada!</b></p>
<p>Rafael, tu CV fue enviado con éxito a <b>Sociedad Química del Desierto</b> para el aviso:</p>
<table cellpadding="10" style="border:1px solid #e1e4e8;width:100%;font-size:13px;"><tr><td>
<b>Analista de Planificación Logística – Tocopilla</b><br>Sociedad Química del Desierto · Región de Antofagasta · Jornada completa</td></tr></table>
<p>La empresa revisará los perfiles recibidos. Puedes seguir el estado desde <a href="https://www.laboralia.example.cl/mis-postulaciones?utm_campaign=confirmacion">Mis postulaciones</a>.</p>
<p style="font-size:13px;"><b>Avisos similares para ti:</b><br>
<a href="https://www.laboralia.example.cl/r/aviso/88121?src=mail">Planificador de Despacho – Calama</a><br>
<a href="https://www.laboralia.example.cl/r/aviso/88177?src=mail">Ingeniero de Control de Gestión Operacional – Antofagasta</a><br>
<a href="https://www.laboralia.example.cl/r/aviso/88203?src=mail">Analista de Transporte y Distribución – Mejillones</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafbfc;">Recibiste este correo porque postulaste a través de Laboralia. <a href="https://www.laboralia.example.cl/preferencias" style="color:#999;">Preferencias</a> · <a href="https://www.laboralia.example.cl/baja?u=ro11" style="color:#999;">Dejar de recibir</a><br>Laboralia SpA · Santiago de Chile</td></tr>
</table></td></tr></table>
<img src="https://trk.laboralia.example.cl/open/ro11-88100.gif" width="1" height="1" alt="">
</body></html>
""",
})

# A4 - Spanish university e-office receipt, Latin-1, no-reply.
MESSAGES.append({
    "id": "A4", "kind": "application_received", "slug": "sede_electronica_justificante", "lang": "es",
    "company": "Universidad Politécnica de Levante", "contact": "",
    "frm": ("Sede Electrónica UPL", "no-responder@upl.example.es"),
    "subj": "Justificante de presentación - Convocatoria PTGAS 2026/031",
    "date": "2026-02-02 19:06:51 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """SEDE ELECTRÓNICA - UNIVERSIDAD POLITÉCNICA DE LEVANTE

Justificante de presentación de solicitud

Número de registro:   E-2026-004512
Fecha y hora:         02/02/2026 19:06:48
Interesado:           ORTEGA-LINDSTRÖM, RAFAEL
Procedimiento:        Pruebas selectivas PTGAS 2026/031 - Técnico/a Medio de
                      Planificación y Análisis de Datos (A2)
Documentación:        solicitud.pdf, titulo.pdf, cv.pdf, justificante_tasa.pdf

Su solicitud ha quedado registrada correctamente. La relación provisional de personas
admitidas y excluidas se publicará en el tablón electrónico en el plazo máximo de un mes
desde la finalización del plazo de presentación.

Este correo se ha generado automáticamente. No responda a este mensaje.
""",
})

# A5 - Lima hiring manager acknowledges the CV personally (quoted later in R3).
MESSAGES.append({
    "id": "A5", "kind": "application_received", "slug": "manager_got_your_cv_lima", "lang": "es",
    "company": "Logística Callao Express", "contact": "jorge.salas@callaoexpress.example.pe",
    "frm": ("Jorge Salas", "jorge.salas@callaoexpress.example.pe"),
    "subj": "Re: Postulación Analista de Planeamiento - Logística Callao Express",
    "date": "2026-03-02 09:15:20 -0500", "cs": "utf-8", "cte": "8bit",
    "irt": "<CAK7Q2xLC=postulacion-callao-0227@mail.example.cl>",
    "text": """Hola Rafael, recibimos tu CV para el puesto de Analista de Planeamiento. Lo reviso con
el equipo y te escribo la próxima semana.

Jorge Salas
Jefe de Operaciones - Logística Callao Express S.A.C.
Av. Néstor Gambetta 5502, Callao
""",
})

# A6 - Argentine job board confirms an application to a logistics group.
MESSAGES.append({
    "id": "A6", "kind": "application_received", "slug": "job_board_argentina", "lang": "es",
    "company": "Grupo Logístico Rioplatense", "contact": "",
    "frm": ("ZonaEmpleo", "no-reply@zonaempleo.example.ar"),
    "subj": "Postulación confirmada: Analista de Planeamiento de Transporte",
    "date": "2026-05-18 13:05:45 -0300", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#ffffff;">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="padding:14px 20px;border-bottom:3px solid #12a150;"><img src="https://img.zonaempleo.example.ar/mail/logo.png" alt="ZonaEmpleo" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;">
<p>¡Hola Rafael!</p>
<p>Tu postulación para <b>Analista de Planeamiento de Transporte</b> en <b>Grupo Logístico Rioplatense</b> (Pilar, Buenos Aires) fue enviada correctamente.</p>
<p>La empresa recibe tu CV y puede contactarte por este medio o por teléfono. Te recomendamos mantener tu perfil actualizado.</p>
<p><a href="https://www.zonaempleo.example.ar/candidatos/postulaciones?utm_source=mail_confirmacion" style="color:#12a150;">Ver el estado de mi postulación</a></p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#999;background:#f6f6f6;">ZonaEmpleo S.R.L. · CABA, Argentina · <a href="https://www.zonaempleo.example.ar/desuscribir" style="color:#999;">Desuscribirme</a></td></tr>
</table>
<img src="https://trk.zonaempleo.example.ar/o.gif?m=61728" width="1" height="1" alt="">
</body></html>
""",
})

# A7 - Chilean public body portal receipt: "no se responderá individualmente" -> still an acknowledgement.
MESSAGES.append({
    "id": "A7", "kind": "application_received", "slug": "public_body_no_individual_reply", "lang": "es",
    "company": "Agencia de Eficiencia Minera", "contact": "",
    "frm": ("Portal de Empleos Públicos", "no-responder@empleospublicos.example.cl"),
    "subj": "Comprobante de postulación - Concurso Público N° 14/2026 - Agencia de Eficiencia Minera",
    "date": "2026-01-28 16:20:33 -0300", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Estimado(a) RAFAEL ORTEGA-LINDSTRÖM:

Su postulación al Concurso Público N° 14/2026 "Profesional de Planificación y Control de
Gestión – Grado 12°, Agencia de Eficiencia Minera" ha sido recibida exitosamente.

  Código de postulación: EP-2026-0114-57721
  Fecha de recepción:    28-01-2026 16:20
  Documentos adjuntos:   4

Le recordamos que, dado el alto número de postulaciones, no se responderá
individualmente a cada postulante. Quienes no sean contactados para la etapa de
evaluación psicolaboral dentro de los 30 días hábiles siguientes al cierre de la
convocatoria, deberán entender que no fueron preseleccionados.

El estado del proceso puede consultarse en www.empleospublicos.example.cl.

Este es un mensaje automático, por favor no responda.
""",
})

# A8 - Lever acknowledgement, multipart/alternative.
_pa8 = [
    "Hola Rafael,",
    "¡Gracias por postular al cargo de Ingeniero/a de Planificación Minera en Minera Altos de Tarapacá!",
    "Queremos confirmarte que recibimos tu postulación. Nuestro equipo la revisará en los próximos días; "
    "si tu perfil calza con lo que buscamos, te escribiremos para coordinar los siguientes pasos "
    "(normalmente una prueba técnica corta).",
    "Saludos,<br>Equipo de Reclutamiento<br>Minera Altos de Tarapacá",
]
MESSAGES.append({
    "id": "A8", "kind": "application_received", "slug": "lever_ack_tarapaca", "lang": "es",
    "company": "Minera Altos de Tarapacá", "contact": "",
    "frm": ("Minera Altos de Tarapacá", "no-reply@hire.lever.co"),
    "subj": "Gracias por tu postulación a Minera Altos de Tarapacá",
    "date": "2026-06-01 10:44:02 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _pa8)),
    "html": "<html><body>" + ps(*_pa8, style="font-family:Arial,sans-serif;font-size:14px;color:#333;margin:0 0 12px;")
         + '<p style="font-size:11px;color:#aaa;">Este correo es automático. Sent via <a href="https://hire.lever.co/r/click?u=altostarapaca&amp;t=ack">Lever</a></p>'
         + pixel("https://hire.lever.co/email/open/1c9a22d7e.png") + "</body></html>\n",
})

# A9 - Teamtailor acknowledgement with a talent inbox people read in Reply-To.
_pa9 = [
    "¡Hola Rafael!",
    "Gracias por apuntarte a la oferta de <b>Operations Research Analyst</b> en Optiroute. Ya tenemos tu "
    "candidatura y la estamos leyendo con calma.",
    "Solemos responder a todas las personas en un plazo de dos semanas. Si tienes cualquier duda mientras "
    "tanto, contesta a este email y te leemos.",
    "¡Gracias!<br>El equipo de Optiroute",
]
MESSAGES.append({
    "id": "A9", "kind": "application_received", "slug": "teamtailor_ack_reply_to_talent", "lang": "es",
    "company": "Optiroute", "contact": "talento@optiroute.example.es",
    "frm": ("Optiroute", "no-reply@teamtailor-mail.com"), "rto": ("Optiroute Talento", "talento@optiroute.example.es"),
    "subj": "¡Hemos recibido tu candidatura!",
    "date": "2026-05-05 19:12:30 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _pa9)) + "\nOptiroute Analytics S.L. · Calle de Alcalá 21, 28014 Madrid\n",
    "html": '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#faf9ff;">'
         '<div style="max-width:540px;margin:0 auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;">'
         '<img src="https://assets.teamtailor-cdn.com/optiroute/logo.png" alt="Optiroute" height="28">'
         + ps(*_pa9, style="font-size:15px;line-height:1.55;color:#1d1d1f;margin:0 0 16px;")
         + '<p style="font-size:11px;color:#999;">Optiroute Analytics S.L. · Calle de Alcalá 21, 28014 Madrid · '
           '<a href="https://optiroute.teamtailor.com/connect/unsubscribe?c=rafael.ol">No quiero recibir más emails</a></p>'
           "</div></body></html>\n",
})

# A10 - Chilean bank acknowledgement that says it cannot answer everyone.
MESSAGES.append({
    "id": "A10", "kind": "application_received", "slug": "bank_cannot_reply_to_all", "lang": "es",
    "company": "Banco del Pacífico Sur", "contact": "",
    "frm": ("Banco del Pacífico Sur - Trabaja con nosotros", "no-responder@bancopacificosur.example.cl"),
    "subj": "Confirmación de postulación",
    "date": "2026-01-07 12:00:09 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Hola Rafael,

Hemos recibido tu postulación al cargo Analista de Planificación Operacional (código
BPS-OPS-0091). Gracias por querer ser parte de Banco del Pacífico Sur.

Debido al alto volumen de postulaciones que recibimos, no nos es posible responder a cada
postulante de manera individual. Si tu perfil es seleccionado para continuar, nuestro
equipo de Selección se contactará contigo.

Saludos,
Gerencia de Personas
Banco del Pacífico Sur

Este correo es generado automáticamente. Por favor no lo respondas.
""",
})

# A11 - executive search firm: CV added for a mandate, written by the partner's assistant.
MESSAGES.append({
    "id": "A11", "kind": "application_received", "slug": "headhunter_cv_received", "lang": "es",
    "company": "Andes Executive Search", "contact": "preyes@andesexec.example.cl",
    "frm": ("Paula Reyes", "preyes@andesexec.example.cl"),
    "subj": "Recepción de antecedentes - Andes Executive Search",
    "date": "2026-01-14 15:32:10 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAK7Q2xAE=cv-andes-0113@mail.example.cl>",
    "text": """Estimado Rafael:

Junto con saludar, acusamos recibo de tu CV y carta de presentación. Ignacio Bustamante,
socio a cargo de la práctica de Minería y Energía, ya tiene tus antecedentes y los
considerará para las búsquedas de planificación y logística que tenemos abiertas.

Si alguna de ellas calza con tu perfil, Ignacio se contactará directamente contigo.

Saludos cordiales,

Paula Reyes
Research Associate
Andes Executive Search
Rosario Norte 555, of. 1702, Las Condes
""",
})

# A12 - Workday acknowledgement, Perth, HTML only.
MESSAGES.append({
    "id": "A12", "kind": "application_received", "slug": "workday_perth_thanks", "lang": "en",
    "company": "Westgate Minerals", "contact": "",
    "frm": ("Westgate Minerals Careers", "westgate@myworkday.com"),
    "subj": "Thank you for applying - Mine Planning Analyst (JR-10293)",
    "date": "2026-03-03 20:15:03 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "html": ats_card(
        logo_url="https://wd5.myworkdaycdn.com/westgate/images/westgate_wordmark.png",
        logo_alt="WESTGATE MINERALS",
        accent="#1f5c99", lang="en",
        body=ps(
            "Dear Rafael,",
            "Thank you for applying for the <b>Mine Planning Analyst</b> position (JR-10293). We have received your "
            "application and our Talent Acquisition team will now review it.",
            "You can track the status of your application in your candidate home at any time.",
            button("https://westgate.wd5.myworkdayjobs.com/en-AU/careers/userHome", "Candidate Home", "#1f5c99"),
            "Kind regards,<br>Talent Acquisition<br>Westgate Minerals",
        ),
        footer="Westgate Minerals Limited ABN 41 009 123 456 · Level 18, 240 St Georges Terrace, Perth WA 6000<br>"
               "Westgate Minerals acknowledges the Whadjuk people of the Noongar nation as the Traditional Owners of the land on which we work.<br>"
               "This is an automated message. Replies to this address are not monitored.",
        pixel_url="https://wd5.myworkday.com/westgate/email/t.gif?e=ack10293",
    ),
})

# A13 - Taleo: "if you have not heard within four weeks, consider your application unsuccessful".
MESSAGES.append({
    "id": "A13", "kind": "application_received", "slug": "taleo_four_weeks_unsuccessful", "lang": "en",
    "company": "Lakeshore Energy", "contact": "",
    "frm": ("Lakeshore Energy Careers", "lakeshoreenergy@taleo.net"),
    "subj": "Application Received - Planning Analyst, Generation Operations (4471)",
    "date": "2026-02-24 22:40:51 -0500", "cs": "us-ascii", "cte": "7bit",
    "text": """Dear Rafael Ortega-Lindstrom,

Thank you for submitting your application for the position of Planning Analyst,
Generation Operations (Requisition 4471).

Due to the volume of applications we receive, we are unable to respond to every
applicant individually. If you have not heard from us within four weeks, please
consider your application unsuccessful on this occasion.

You may review your application status at any time by logging into your Lakeshore
Energy candidate profile.

Sincerely,
Talent Acquisition
Lakeshore Energy

This e-mail was sent from an unattended mailbox. Please do not reply to this message.
""",
})

# A14 - BambooHR acknowledgement, Perth.
MESSAGES.append({
    "id": "A14", "kind": "application_received", "slug": "bamboohr_ack_kwinana", "lang": "en",
    "company": "Kwinana Bulk Terminal", "contact": "",
    "frm": ("Kwinana Bulk Terminal", "notifications@bamboohr.com"),
    "subj": "We've received your application",
    "date": "2026-06-03 18:02:27 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "auto_text": True,
    "html": """<html><body style="margin:0;padding:0;background:#f5f5f5;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="580" cellspacing="0" cellpadding="0" style="background:#fff;margin:20px 0;font-family:Lato,Arial,sans-serif;font-size:15px;color:#444;">
<tr><td style="padding:28px 36px 0;"><img src="https://kwinanabulk.bamboohr.com/employees/logo_1.png" alt="KBT" height="44"></td></tr>
<tr><td style="padding:20px 36px 28px;line-height:1.5;">
<p>Hi Rafael,</p>
<p>Thanks for your interest in the <b>Port Logistics Planner</b> role! This is just a quick note to let you know your application has landed safely with our People &amp; Culture team.</p>
<p>We review every application and will be in touch about next steps.</p>
<p>Cheers,<br>Kwinana Bulk Terminal</p>
</td></tr>
<tr><td style="padding:14px 36px;font-size:11px;color:#999;border-top:1px solid #eee;">Kwinana Bulk Terminal Pty Ltd · 2 Cockburn Road, Kwinana Beach WA 6167<br>Powered by BambooHR</td></tr>
</table></td></tr></table>
<img src="https://kwinanabulk.bamboohr.com/ats/email_open.php?i=99102" width="1" height="1" alt="">
</body></html>
""",
})

# A15 - Perth job board confirms the application sent to the employer.
MESSAGES.append({
    "id": "A15", "kind": "application_received", "slug": "job_board_perth_sent", "lang": "en",
    "company": "Swan River Logistics", "contact": "",
    "frm": ("JobsWest", "applications@jobswest.example.com.au"),
    "subj": "Your application was sent to Swan River Logistics",
    "date": "2026-03-05 19:58:44 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background:#fff;font-family:Helvetica,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://cdn.jobswest.example.com.au/email/jobswest-logo.png" alt="JobsWest" height="30"></td></tr>
<tr><td style="font-size:15px;color:#1c1c1c;line-height:1.5;">
<p><b>Application sent</b></p>
<p>Hi Rafael, your application for <b>Network Planning Analyst</b> at <b>Swan River Logistics</b> (Kewdale, Perth WA) was sent on 5 March 2026.</p>
<p>What happens next? The employer will review applications and contact shortlisted candidates directly. You can see when your application is viewed in <a href="https://www.jobswest.example.com.au/my-activity/applied?tracking=APPSENT">My activity</a>.</p>
<p style="font-size:13px;">Jobs you might like: <a href="https://www.jobswest.example.com.au/job/4412?ref=appsent">Transport Scheduler</a> · <a href="https://www.jobswest.example.com.au/job/4419?ref=appsent">Supply Chain Analyst</a> · <a href="https://www.jobswest.example.com.au/job/4431?ref=appsent">Mine Dispatch Controller</a></p>
</td></tr>
<tr><td style="padding-top:18px;font-size:11px;color:#8d8d8d;border-top:1px solid #eee;">JobsWest Pty Ltd, Perth WA · <a href="https://www.jobswest.example.com.au/settings/notifications">Email settings</a> · <a href="https://www.jobswest.example.com.au/privacy">Privacy</a></td></tr>
</table>
<img src="https://t.jobswest.example.com.au/o/APPSENT-7781.png" width="1" height="1" alt="">
</body></html>
""",
})

# A16 - Toronto polytechnic acknowledgement, plain.
MESSAGES.append({
    "id": "A16", "kind": "application_received", "slug": "polytechnic_ack", "lang": "en",
    "company": "Humber Valley Polytechnic", "contact": "",
    "frm": ("HVP Human Resources", "do-not-reply@hvp.example.ca"),
    "subj": "Application acknowledgement - Competition HR-26-114",
    "date": "2026-04-09 11:20:05 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Dear Rafael Ortega-Lindström,

This message confirms that we have received your application for Competition HR-26-114,
Institutional Planning Analyst (Office of Planning & Analytics). The competition closes
on April 24, 2026.

Only candidates selected for an interview will be contacted. Humber Valley Polytechnic
is committed to equity, diversity and inclusion and provides accommodations throughout
the recruitment process upon request.

Human Resources
Humber Valley Polytechnic

This mailbox is not monitored.
""",
})

# A17 - Workday in French, HTML only.
MESSAGES.append({
    "id": "A17", "kind": "application_received", "slug": "fr_workday_bien_recu", "lang": "fr",
    "company": "Banque Boréale", "contact": "",
    "frm": ("Banque Boréale – Carrières", "boreale@myworkday.com"),
    "subj": "Nous avons bien reçu votre candidature",
    "date": "2026-07-13 21:33:10 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hb": True,
    "html": ats_card(
        logo_url="https://wd3.myworkdaycdn.com/boreale/logo_boreale_fr.png",
        logo_alt="Banque Boréale",
        accent="#0b6e4f", lang="fr",
        body=ps(
            "Bonjour Rafael,",
            "Merci de votre intérêt pour la Banque Boréale. Nous avons bien reçu votre candidature au poste "
            "d'<b>Analyste, Recherche opérationnelle</b> (R0031877).",
            "Notre équipe d'acquisition de talents l'examinera attentivement. Si votre profil correspond à nos besoins, "
            "nous communiquerons avec vous pour la suite du processus.",
            "Cordialement,<br>L'équipe Acquisition de talents<br>Banque Boréale",
        ),
        footer="Banque Boréale du Canada · 1000, rue De La Gauchetière Ouest, Montréal (Québec)<br>"
               "Ce message a été généré automatiquement, veuillez ne pas y répondre.",
        pixel_url="https://wd3.myworkday.com/boreale/email/open.gif?r=ack31877",
    ),
})

# A18 - Quebec logistics group: only those retained will be contacted -> acknowledgement.
MESSAGES.append({
    "id": "A18", "kind": "application_received", "slug": "fr_seules_personnes_retenues", "lang": "fr",
    "company": "Groupe Logistique Saint-Laurent", "contact": "",
    "frm": ("Acquisition de talents GLSL", "ne-pas-repondre@glsl.example.ca"),
    "subj": "Accusé de réception de votre candidature",
    "date": "2026-08-03 07:45:12 -0400", "cs": "iso-8859-1", "cte": "8bit",
    "text": """Bonjour Rafael,

Nous accusons réception de votre candidature au poste d'analyste en planification des
opérations (Toronto) et vous remercions de l'intérêt que vous portez à notre entreprise.

En raison du grand nombre de candidatures reçues, seules les personnes retenues pour une
entrevue seront contactées.

L'équipe Acquisition de talents
Groupe Logistique Saint-Laurent inc.

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.
""",
})

# A19 - softgarden Eingangsbestätigung, HTML only.
MESSAGES.append({
    "id": "A19", "kind": "application_received", "slug": "de_softgarden_eingangsbestaetigung", "lang": "de",
    "company": "Rheinmain Logistik", "contact": "",
    "frm": ("Rheinmain Logistik GmbH", "noreply@softgarden.io"),
    "subj": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-08-17 22:10:05 +0200", "cs": "utf-8", "cte": "base64",
    "html": """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto;">
<tr><td style="padding:16px 0;border-bottom:3px solid #e2001a;"><img src="https://rheinmain-logistik.softgarden.io/assets/logo.png" alt="Rheinmain Logistik" height="38"></td></tr>
<tr><td style="padding:20px 0;line-height:1.5;">
<p>Sehr geehrter Herr Ortega-Lindström,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Disponent / Analyst Transportplanung (m/w/d)</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem <a href="https://rheinmain-logistik.softgarden.io/de/candidate/applications">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Rheinmain Logistik</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #ddd;padding-top:10px;">Rheinmain Logistik GmbH · Orber Straße 44 · 60386 Frankfurt am Main<br>Geschäftsführer: Klaus Dietrich, Anja Wenzel · Registergericht: Amtsgericht Frankfurt am Main, HRB 98765</td></tr>
</table>
</body></html>
""",
})

# A20 - SuccessFactors Eingangsbestätigung, plain text, Latin-1.
MESSAGES.append({
    "id": "A20", "kind": "application_received", "slug": "de_bank_successfactors_eingang", "lang": "de",
    "company": "Frankfurter Kreditbank", "contact": "",
    "frm": ("Frankfurter Kreditbank Karriere", "fkb-karriere@successfactors.eu"),
    "subj": "Ihre Bewerbung bei der Frankfurter Kreditbank",
    "date": "2026-09-02 08:15:44 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Ortega-Lindström,

herzlichen Dank für Ihre Bewerbung als Analyst Kapazitätsplanung (m/w/d),
Ausschreibungsnummer 26-0412.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie nun sorgfältig
prüfen und uns innerhalb der nächsten drei Wochen bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Frankfurter Kreditbank

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Frankfurter Kreditbank AG | Sitz: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 55123
""",
})

# A21 - Personio in German, du-Form, HTML only.
MESSAGES.append({
    "id": "A21", "kind": "application_received", "slug": "de_personio_du_danke", "lang": "de",
    "company": "OptiFlow Systems", "contact": "",
    "frm": ("OptiFlow Systems GmbH", "noreply@personio.de"),
    "subj": "Danke für deine Bewerbung bei OptiFlow!",
    "date": "2026-07-06 23:02:19 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:Inter,Arial,sans-serif;background:#ffffff;color:#1a1a1a;">
<table role="presentation" width="100%"><tr><td style="max-width:600px;padding:24px;">
<img src="https://optiflow.jobs.personio.de/logo/optiflow.svg" alt="OptiFlow" width="120"><br><br>
<p>Hallo Rafael,</p>
<p>danke für deine Bewerbung als <strong>Optimisation Engineer (Logistics)</strong>! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.</p>
<p>Wir melden uns auf jeden Fall bei dir – versprochen.</p>
<p>Beste Grüße<br>Dein OptiFlow People Team</p>
<p style="font-size:11px;color:#8c8c8c;margin-top:32px;">OptiFlow Systems GmbH · Hanauer Landstraße 291, 60314 Frankfurt am Main<br>
Geschäftsführer: Dr. Tobias Brandt, Elif Yilmaz · Amtsgericht Frankfurt am Main HRB 123456<br>
<a href="https://optiflow.jobs.personio.de/privacy-policy?language=de" style="color:#8c8c8c;">Datenschutz</a></p>
</td></tr></table>
</body></html>
""",
})

# ---------------------------------------------------------------- offer

# O1 - start-up CEO sends the offer letter as a PDF.
MESSAGES.append({
    "id": "O1", "kind": "offer", "slug": "startup_ceo_offer_letter_pdf", "lang": "es",
    "company": "Optimiza Labs", "contact": "seba.lagos@optimizalabs.example.cl",
    "frm": ("Sebastián Lagos", "seba.lagos@optimizalabs.example.cl"),
    "cc": [("Tomás Riquelme", "tomas@optimizalabs.example.cl")],
    "subj": "Carta oferta Optimiza Labs 🚀",
    "date": "2026-04-14 18:30:40 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hb": True,
    "text": """Hola Rafael,

¡Qué bueno tener noticias! Tras las entrevistas con Tomás y el equipo, estamos muy
contentos de ofrecerte el cargo de Optimization Engineer – Despacho Minero.

Te adjunto la carta oferta con el detalle: renta bruta mensual de $3.400.000, bono anual
por desempeño de hasta 1,5 sueldos, opciones sobre acciones según el plan 2026 y
modalidad híbrida (2 días en la oficina de Providencia). Fecha de inicio propuesta: lunes
4 de mayo.

Te pedimos que nos des una respuesta antes del martes 21 de abril. Si quieres conversar
algún punto, llámame cuando quieras al +56 9 7788 1200.

Un abrazo y ojalá que sí,

Sebastián Lagos
CEO & Co-founder | Optimiza Labs
""",
    "att": [{"name": "Carta_Oferta_Rafael_Ortega-Lindstrom.pdf", "title": "Carta Oferta - Optimiza Labs SpA",
              "lines": ["Santiago, 14 de abril de 2026", "Sr. Rafael Ortega-Lindstrom",
                     "Cargo: Optimization Engineer - Despacho Minero",
                     "Renta bruta mensual: $3.400.000", "Bono anual: hasta 1,5 sueldos segun desempeno",
                     "Fecha de inicio: 4 de mayo de 2026", "Sebastian Lagos, CEO"]}],
})

# O2 - Peruvian miner, formal written offer, Outlook HTML + PDF (multipart/mixed).
_o2 = [
    "Estimado Rafael:",
    "",
    "Es un gusto comunicarle que, luego del proceso de evaluación, Minera Huascarán ha decidido extenderle "
    "una oferta laboral para el puesto de Analista de Planeamiento de Corto Plazo, con base en Lima y "
    "visitas periódicas a la Unidad Minera Huaraz.",
    "",
    "Adjunto encontrará la carta oferta con las condiciones económicas (remuneración, gratificaciones de ley, "
    "bono por resultados y seguro EPS) y los beneficios de reubicación desde Santiago.",
    "",
    "Le agradeceremos firmar y devolver la carta a más tardar el viernes 8 de mayo. La oferta está sujeta a la "
    "aprobación del examen médico pre-ocupacional.",
    "",
    "Quedo atenta a cualquier consulta.",
    "",
    "Atentamente,",
    "Rosa Quispe Huamán",
    "Especialista de Selección – Gestión Humana",
    "Minera Huascarán S.A.A.",
]
MESSAGES.append({
    "id": "O2", "kind": "offer", "slug": "formal_offer_pdf_huascaran", "lang": "es",
    "company": "Minera Huascarán", "contact": "rquispe@huascaran.example.pe",
    "frm": ("Rosa Quispe Huamán", "rquispe@huascaran.example.pe"),
    "subj": "Oferta laboral - Analista de Planeamiento de Corto Plazo",
    "date": "2026-05-04 12:10:00 -0500", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "boundary_style": "_004_BY5PR04MB6705",
    "text": "\n".join(_o2) + "\n",
    "html": outlook_html(mso(*_o2), lang="ES-PE"),
    "att": [{"name": "Carta Oferta - R. Ortega-Lindström.pdf", "title": "Minera Huascaran S.A.A. - Carta Oferta",
              "lines": ["Lima, 4 de mayo de 2026", "Puesto: Analista de Planeamiento de Corto Plazo",
                     "Remuneracion mensual: S/ 9,800", "Gratificaciones de ley, CTS, bono por resultados",
                     "Beneficio de reubicacion desde Santiago de Chile", "Sujeta a examen medico pre-ocupacional"]}],
})

# O3 - verbal offer confirmed in writing, vos; the quoted chain has "lamentablemente".
MESSAGES.append({
    "id": "O3", "kind": "offer", "slug": "verbal_offer_confirmed_lithium", "lang": "es",
    "company": "Lithium Puna", "contact": "agustina.paz@lithiumpuna.example.ar",
    "frm": ("Agustina Paz", "agustina.paz@lithiumpuna.example.ar"),
    "subj": "Re: Propuesta Lithium Puna",
    "date": "2026-08-12 17:45:30 -0300", "cs": "utf-8", "cte": "8bit",
    "irt": "<CAK7Q2xLP=propuesta-0811@mail.example.cl>", "refs": ["I5", "S3"],
    "text": """Hola Rafael,

Como te adelantó Joaquín ayer por teléfono, te confirmo por escrito la propuesta para
el puesto de Analista de Planificación de Producción:

- Sueldo bruto mensual: ARS equivalente a USD 3.100, ajustable trimestralmente
- Esquema 14x14 en Olaroz con alojamiento y traslados desde Jujuy a cargo de la empresa
- Relocalización: pasaje, dos meses de vivienda temporaria en San Salvador de Jujuy
- Inicio: 1 de septiembre (tomamos lo que nos dijiste del preaviso)

La carta formal la firma el Director de RR.HH. esta semana y te la mando apenas la
tenga. Mientras tanto, si me confirmás que aceptás, arrancamos con los exámenes
preocupacionales.

¡Bienvenido (casi)!
Agustina

El mar, 11 ago 2026 a las 21:03, Rafael Ortega-Lindström (<rafael.ol@example.cl>) escribió:
> Hola Agustina, gracias por la llamada con Joaquín, quedé muy contento.
> Lamentablemente no puedo empezar antes del 1 de septiembre por el preaviso
> de 30 días en mi trabajo actual. ¿Me podrían mandar la propuesta por escrito?
> Saludos, Rafael
""",
})

# O4 - conditional offer from a Madrid bank, HR mailbox that invites a reply.
_po4 = [
    "Hola Rafael:",
    "Nos alegra comunicarte que Banco Meseta quiere incorporarte como <b>Analista de Optimización de Red de Oficinas</b> "
    "en la Dirección de Red (Madrid).",
    "Esta oferta es <b>condicional</b> a: (1) la verificación satisfactoria de las referencias profesionales que "
    "nos facilitaste, (2) la superación del reconocimiento médico de empresa y (3) la obtención de la autorización "
    "de residencia y trabajo, en cuya tramitación te acompañaremos.",
    "Condiciones principales: contrato indefinido, 52.000 € brutos anuales en 14 pagas, retribución variable de "
    "hasta el 10 %, teletrabajo dos días por semana y ayuda de reubicación de 6.000 €.",
    "Para aceptar, responde a este correo antes del 16 de octubre y te enviaremos la documentación.",
    "Un saludo,<br>Recursos Humanos<br>Banco Meseta",
]
MESSAGES.append({
    "id": "O4", "kind": "offer", "slug": "conditional_offer_bank_madrid", "lang": "es",
    "company": "Banco Meseta", "contact": "rrhh@bancomeseta.example.es",
    "frm": ("Recursos Humanos Banco Meseta", "rrhh@bancomeseta.example.es"),
    "cc": [("Álvaro Gil Navarro", "alvaro.gil@bancomeseta.example.es")],
    "subj": "Oferta de incorporación (condicional)",
    "date": "2026-10-05 13:20:00 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "text": to_text("".join(f"<p>{p}</p>" for p in _po4)) + "\nBanco Meseta, S.A. · Paseo de Recoletos 7, 28004 Madrid\n"
         "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.\n",
    "html": '<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">'
         '<img src="https://www.bancomeseta.example.es/mail/logo_bm.png" alt="Banco Meseta" height="34"><br><br>'
         + ps(*_po4, style="margin:0 0 12px;line-height:1.5;")
         + '<p style="font-size:10px;color:#999;border-top:1px solid #ddd;padding-top:8px;">Banco Meseta, S.A. · Paseo de Recoletos 7, 28004 Madrid<br>'
           "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.</p></body></html>\n",
})

# O5 - Chilean university sends the contract to sign, role mailbox signed by a person.
MESSAGES.append({
    "id": "O5", "kind": "offer", "slug": "university_contract_to_sign", "lang": "es",
    "company": "Universidad Técnica del Norte", "contact": "personas@utn.example.cl",
    "frm": ("Unidad de Personas UTN", "personas@utn.example.cl"),
    "subj": "Contrato de trabajo para firma - Analista de Investigación Operativa",
    "date": "2026-03-27 10:05:12 -0300", "cs": "iso-8859-1", "cte": "quoted-printable", "refs": ["I8"],
    "text": """Estimado Rafael:

Junto con saludarle y felicitarle por su selección en el Concurso N° 07/2026, adjuntamos
el contrato de trabajo a plazo indefinido para el cargo de Analista de Investigación
Operativa, Dirección de Planificación Institucional, con fecha de inicio el 4 de mayo.

Le solicitamos revisarlo, firmarlo en todas sus hojas y enviarlo escaneado a este mismo
correo, junto con el certificado de antecedentes y el certificado de afiliación a AFP y
salud. El original puede entregarlo el primer día en la Unidad de Personas.

Ante cualquier duda puede escribirnos o llamar al +56 55 235 1000, anexo 214.

Atentamente,

Marcela Araya Tapia
Unidad de Personas
Universidad Técnica del Norte
""",
    "att": [{"name": "Contrato_Ortega-Lindstrom_2026.pdf", "title": "Contrato de Trabajo - Universidad Tecnica del Norte",
              "lines": ["En Antofagasta, a 27 de marzo de 2026", "Trabajador: Rafael Ortega-Lindstrom",
                     "Cargo: Analista de Investigacion Operativa", "Jornada: 44 horas semanales",
                     "Inicio: 4 de mayo de 2026", "Duracion: indefinida"]}],
})

# O6 - Argentine consultancy offer, vos, long Gmail chain (earlier levels mention a rejection).
MESSAGES.append({
    "id": "O6", "kind": "offer", "slug": "consultora_offer_long_gmail_chain", "lang": "es",
    "company": "Mendoza & Ferraro Consultores", "contact": "lucia.ferraro@mendozaferraro.example.ar",
    "frm": ("Lucía Ferraro", "lucia.ferraro@mendozaferraro.example.ar"),
    "subj": "Re: Postulación Consultor/a Supply Chain - Rafael Ortega",
    "date": "2026-07-14 11:02:55 -0300", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAK7Q2xMF=gracias-0703@mail.example.cl>", "refs": ["<CAK7Q2xMF=postulacion-0622@mail.example.cl>", "I12"],
    "text": """Hola Rafael,

Con Santiago lo terminamos de definir ayer y queremos hacerte una propuesta formal para
sumarte como Consultor Senior de Supply Chain:

* Honorarios mensuales: USD 2.800 (factura como monotributista o vía Deel si seguís en Chile)
* 100% remoto, con viajes a clientes en Buenos Aires y Rosario una vez por mes (los pagamos nosotros)
* Inicio: 3 de agosto, con un primer proyecto de ruteo para una cadena de supermercados

Si te cierra, respondeme este mail y te mandamos el contrato de locación de servicios
para que lo revises con calma.

Abrazo,
Lucía

--
Lucía Ferraro
Socia | Mendoza & Ferraro Consultores

El vie, 3 jul 2026 a las 10:12, Rafael Ortega-Lindström (<rafael.ol@example.cl>) escribió:
> Lucía, Santiago: muchas gracias por la charla de ayer. Me quedé pensando en el caso
> del operador logístico y les mando un par de ideas sobre la ventana horaria.
> Saludos, Rafael
>
> El lun, 29 jun 2026 a las 12:33, Lucía Ferraro (<lucia.ferraro@mendozaferraro.example.ar>) escribió:
>> Hola Rafael, gracias por escribirnos. ¿Podés el jueves 2 de julio a las 17 hs?
>>
>> El lun, 22 jun 2026 a las 9:05, Rafael Ortega-Lindström (<rafael.ol@example.cl>) escribió:
>>> Estimada Lucía: les escribo por la búsqueda de Consultor/a Supply Chain. En mi
>>> último proceso en Buenos Aires me rechazaron por la relocalización, así que
>>> quería aclarar desde el principio que puedo trabajar en remoto.
""",
})

# O7 - Toronto miner: offer letter PDF, conditional on background check.
MESSAGES.append({
    "id": "O7", "kind": "offer", "slug": "offer_letter_pdf_toronto", "lang": "en",
    "company": "Northern Shield Mining", "contact": "moconnor@northernshield.example.ca",
    "frm": ("Megan O'Connor", "moconnor@northernshield.example.ca"),
    "subj": "Offer of Employment - Mine Operations Planning Analyst",
    "date": "2026-09-28 16:44:09 -0400", "cs": "utf-8", "cte": "quoted-printable",
    "hdrs": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Hi Rafael,

On behalf of Northern Shield Mining, I'm delighted to offer you the position of Mine
Operations Planning Analyst, reporting to Greg Holloway, Director of Mine Planning.

Your offer letter is attached. Highlights:
  - Base salary: CAD 98,000 per year
  - Short-term incentive target: 10%
  - Relocation package and support with your work permit application
  - Proposed start date: January 11, 2027

This offer is conditional on satisfactory reference and background checks and on
obtaining work authorization in Canada.

Please review, sign and return the letter by October 7. Happy to set up a call to go
through anything.

Congratulations!

Megan O'Connor
Talent Acquisition Partner | Northern Shield Mining
200 Bay Street, Suite 3100, Toronto, ON M5J 2J2
""",
    "att": [{"name": "NSM_Offer_Letter_Ortega-Lindstrom.pdf", "title": "Northern Shield Mining Inc. - Offer of Employment",
              "lines": ["September 28, 2026", "Position: Mine Operations Planning Analyst", "Base salary: CAD 98,000",
                     "STI target: 10%", "Start date: January 11, 2027",
                     "Conditional on reference and background checks and work authorization"]}],
})

# O8 - Perth agency: verbal offer from the named client, exclamation marks.
MESSAGES.append({
    "id": "O8", "kind": "offer", "slug": "agency_verbal_offer_named_client", "lang": "en",
    "company": "Esperance Rail & Port", "contact": "kylie.dawson@ironbarkrec.example.com.au",
    "frm": ("Kylie Dawson", "kylie.dawson@ironbarkrec.example.com.au"),
    "subj": "CONGRATS!!! Offer from Esperance Rail & Port",
    "date": "2026-06-22 12:03:44 +0800", "cs": "utf-8", "cte": "quoted-printable",
    "text": """Rafael!!!

As promised on the phone this morning - it's official, Esperance Rail & Port want you as
their Rail Scheduling Analyst!! :)

To confirm what they've offered verbally:
- $118,000 base + 11.5% super
- 2-week relocation allowance and temporary accommodation in Perth
- Start date flexible, ideally early September
- They'll sponsor the 482 visa

The written contract should come directly from their HR in the next few days. Give me a
call when you've had a think - if you're happy, I'll let them know you accept verbally so
they can kick off the visa paperwork.

Massive congrats, well deserved!

Kylie

Kylie Dawson | Senior Consultant - Mining & Resources
Ironbark Recruitment | M +61 412 000 318
""",
})

# O9 - French offer letter PDF, vous, windows-1252.
MESSAGES.append({
    "id": "O9", "kind": "offer", "slug": "fr_lettre_offre_pdf", "lang": "fr",
    "company": "Hydro-Nordique", "contact": "jtremblay@hydronordique.example.ca",
    "frm": ("Julie Tremblay", "jtremblay@hydronordique.example.ca"),
    "subj": "Offre d'emploi – Analyste en planification des opérations",
    "date": "2026-06-26 15:30:21 -0400", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour M. Ortega-Lindström,

C'est avec grand plaisir que nous vous offrons le poste d'analyste en planification des
opérations au sein de l'équipe de M. Bélanger, à notre bureau de Toronto.

Vous trouverez ci-joint votre lettre d'offre, qui précise le salaire annuel (92 500 $),
les avantages sociaux, le régime de retraite et la date d'entrée en fonction proposée
(le 14 septembre 2026). L'offre est conditionnelle à la vérification de vos références
et à l'obtention de votre permis de travail.

Nous vous saurions gré de nous retourner la lettre signée d'ici le 6 juillet.

Au plaisir de vous accueillir dans l'équipe!

Julie Tremblay, CRHA
Conseillère principale – Acquisition de talents
Hydro-Nordique
""",
    "att": [{"name": "Lettre_offre_Hydro-Nordique.pdf", "title": "Hydro-Nordique - Lettre d'offre d'emploi",
              "lines": ["Toronto, le 26 juin 2026", "Poste : Analyste en planification des operations",
                     "Salaire annuel : 92 500 $", "Entree en fonction : 14 septembre 2026",
                     "Conditionnelle a la verification des references et au permis de travail"]}],
})

# O10 - German institute: employment contract to sign, PDF.
MESSAGES.append({
    "id": "O10", "kind": "offer", "slug": "de_arbeitsvertrag_unterschrift", "lang": "de",
    "company": "Institut für Betriebsplanung Offenbach", "contact": "sabine.kraus@ibo.example.de",
    "frm": ("Sabine Kraus", "sabine.kraus@ibo.example.de"),
    "cc": [("Prof. Dr. Henrik Albers", "henrik.albers@ibo.example.de")],
    "subj": "Ihr Arbeitsvertrag – wissenschaftlicher Mitarbeiter (TV-H E13)",
    "date": "2026-04-28 10:40:00 +0200", "cs": "utf-8", "cte": "base64",
    "text": """Sehr geehrter Herr Ortega-Lindström,

wie mit Herrn Prof. Albers besprochen, freuen wir uns, Ihnen die Stelle als
wissenschaftlicher Mitarbeiter im Projekt "Dynamische Tourenplanung im
Schüttgutverkehr" anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag (befristet auf 36 Monate, Vergütung nach TV-H
Entgeltgruppe 13, 100 %) in zweifacher Ausfertigung. Bitte unterschreiben Sie beide
Exemplare und senden Sie uns eines per Post zurück; ein Scan vorab per E-Mail genügt
für den Antrag auf die Blaue Karte EU.

Vertragsbeginn ist der 1. Juli 2026.

Für Fragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Kraus
Personalverwaltung
Institut für Betriebsplanung Offenbach e.V.
Kaiserstraße 12, 63065 Offenbach am Main
Vereinsregister: Amtsgericht Offenbach am Main VR 2211
""",
    "att": [{"name": "Arbeitsvertrag_Ortega-Lindström.pdf", "title": "Arbeitsvertrag - Institut fuer Betriebsplanung Offenbach e.V.",
              "lines": ["Arbeitnehmer: Rafael Ortega-Lindstroem", "Taetigkeit: wissenschaftlicher Mitarbeiter",
                     "Beginn: 1. Juli 2026, befristet auf 36 Monate", "Verguetung: TV-H Entgeltgruppe 13, 100 %"]}],
})

assert len(MESSAGES) == 31
