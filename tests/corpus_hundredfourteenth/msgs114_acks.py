"""Application acknowledgements (21) and offers (10), written one by one."""

from __future__ import annotations

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ application_received (21)
# ---------------------------------------------------------------- Spanish (12)

add({
    "slug": "workday_recibimos", "kind": "application_received", "company": "Minera Altiplano Norte", "contact": "", "lang": "es",
    "sender": ("Minera Altiplano Norte Talent Acquisition", "altiplanonorte@myworkday.com"),
    "subject": "Hemos recibido tu postulación - Planificador de Mantenimiento Planta (R-005140)",
    "date": "2026-06-08 22:14 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "mid": "<1780971240552.31.JavaMail.wdprod@myworkday.com>",
    "html": """<html><body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #c4622d">
<tr><td style="padding:20px 32px"><img src="https://altiplanonorte.example.cl/assets/logo-man.png" alt="Minera Altiplano Norte" width="180"></td></tr>
<tr><td style="padding:0 32px 24px;font-size:14px;line-height:21px;color:#333">
<p>Hola Rodrigo:</p>
<p>¡Gracias por postular! Confirmamos que recibimos tu postulación al cargo <b>Planificador de Mantenimiento Planta (R-005140)</b>.</p>
<p>Nuestro equipo revisará tus antecedentes y, si tu perfil avanza en el proceso, te contactaremos. Puedes revisar el estado de tu postulación en cualquier momento desde tu <a href="https://altiplanonorte.wd3.myworkday.com/es-CL/Externos/userHome">panel de candidato</a>.</p>
<p>Saludos cordiales,<br>Equipo de Adquisición de Talento<br>Minera Altiplano Norte S.A.</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f6f6f6;font-size:11px;color:#888">Este correo fue enviado desde una casilla no monitoreada.</td></tr>
</table></td></tr></table>
<img src="https://altiplanonorte.wd3.myworkday.com/px/o.gif?e=1c90e4" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "cuatro_semanas_sin_respuesta", "kind": "application_received", "company": "Compañía Minera Quebrada Honda", "contact": "", "lang": "es",
    "sender": ("Trabaja con nosotros CMQH", "no-responder@cmqh.example.cl"),
    "subject": "Confirmación de postulación: Ingeniero de Confiabilidad Mina",
    "date": "2026-01-19 08:55 -0300", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "html": """<html><body style="font-family:Verdana,Arial;font-size:12px;color:#333">
<table width="580" border="0" cellpadding="10" cellspacing="0" style="border:1px solid #b5b5b5">
<tr><td bgcolor="#5a3e1b"><img src="https://cmqh.example.cl/trabaja/logo_cmqh.gif" alt="Compañía Minera Quebrada Honda" width="160"></td></tr>
<tr><td>
<p>Estimado(a) Rodrigo:</p>
<p>Su postulación al cargo <b>Ingeniero de Confiabilidad Mina</b> ha sido registrada correctamente con el folio <b>CMQH-26-0093</b>.</p>
<p>Debido al alto volumen de postulaciones, no nos es posible responder individualmente a cada postulante. Si dentro de las próximas 4 semanas no recibe noticias nuestras, le rogamos considerar que su postulación no fue seleccionada para esta vacante.</p>
<p>Agradecemos su interés en formar parte de Compañía Minera Quebrada Honda.</p>
<p>Gerencia de Personas<br>Compañía Minera Quebrada Honda</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Mensaje automático, favor no responder.</td></tr>
</table></body></html>""",
})

add({
    "slug": "portal_envio_a_empresa", "kind": "application_received", "company": "Tecnored Servicios Mineros", "contact": "", "lang": "es",
    "sender": ("TrabajoNorte", "notificaciones@trabajonorte.example.cl"),
    "subject": "¡Listo! Tu postulación fue enviada a Tecnored Servicios Mineros",
    "date": "2026-04-27 23:41 -0400", "structure": "html", "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://trabajonorte.example.cl/baja?u=rvm&t=postulacion>")],
    "html": """<html><body style="margin:0;background:#f5f7fa">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e6e9ee"><img src="https://trabajonorte.example.cl/img/logo_tn.png" alt="TrabajoNorte" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#2a2f36">
<p style="font-size:20px;font-weight:bold;margin:0 0 12px">¡Tu postulación fue enviada!</p>
<p>Rodrigo, enviamos tu CV y tus respuestas a <b>Tecnored Servicios Mineros</b> para el aviso:</p>
<table cellpadding="10" cellspacing="0" width="100%" style="border:1px solid #e6e9ee;border-radius:4px"><tr><td>
<b>Planificador de Mantenimiento - Parada de Planta</b><br><span style="color:#6b7380">Tecnored Servicios Mineros · Antofagasta · Turno 7x7</span></td></tr></table>
<p>La empresa revisará tu perfil. Te avisaremos cuando vea tu postulación o cambie su estado.</p>
<p><a href="https://click.trabajonorte.example.cl/c/eJx1kM0?u=rvm&amp;d=mis-postulaciones" style="color:#0a66c2">Ver mis postulaciones</a></p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:13px;color:#6b7380">Avisos similares: <a href="https://click.trabajonorte.example.cl/c/sim1">Planificador Senior – Calama</a> · <a href="https://click.trabajonorte.example.cl/c/sim2">Programador de Mantenimiento – Mejillones</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#9aa1ab">Recibes este correo porque postulaste en TrabajoNorte. <a href="https://trabajonorte.example.cl/baja?u=rvm&amp;t=postulacion" style="color:#9aa1ab">Dejar de recibir estos avisos</a> · TrabajoNorte SpA, Antofagasta</td></tr>
</table></td></tr></table>
<img src="https://open.trabajonorte.example.cl/o/rvm-88213.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "successfactors_no_podemos_responder", "kind": "application_received", "company": "Sociedad Minera Huallaga", "contact": "", "lang": "es",
    "sender": ("Sociedad Minera Huallaga - Seleccion", "noreply-huallaga@successfactors.eu"),
    "subject": "Gracias por postular a Sociedad Minera Huallaga",
    "date": "2026-03-10 11:02 -0500", "structure": "alt", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """Estimado(a) Rodrigo Valdés-Moreau:

Gracias por postular al puesto de Jefe de Planeamiento de Mantenimiento (Req. 11872). Hemos recibido correctamente su información.

Debido al alto número de postulaciones que recibimos, no podemos responder a cada postulante de manera individual. Solo nos comunicaremos con las personas cuyo perfil se ajuste a los requisitos del puesto.

Atentamente,
Gerencia de Gestión Humana
Sociedad Minera Huallaga S.A.A.
""",
    "html": """<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td bgcolor="#0b3d2e" style="padding:14px"><img src="https://career5.successfactors.eu/companyLogo?company=huallagaP" alt="Sociedad Minera Huallaga" height="38"></td></tr>
<tr><td style="padding:18px">
<p>Estimado(a) Rodrigo Valdés-Moreau:</p>
<p>Gracias por postular al puesto de <b>Jefe de Planeamiento de Mantenimiento</b> (Req. 11872). Hemos recibido correctamente su información.</p>
<p>Debido al alto número de postulaciones que recibimos, no podemos responder a cada postulante de manera individual. Solo nos comunicaremos con las personas cuyo perfil se ajuste a los requisitos del puesto.</p>
<p>Atentamente,<br>Gerencia de Gestión Humana<br>Sociedad Minera Huallaga S.A.A.</p>
</td></tr></table></body></html>""",
})

add({
    "slug": "taleo_hemos_recibido", "kind": "application_received", "company": "Iberenergía Renovables", "contact": "", "lang": "es",
    "sender": ("Iberenergía Renovables - Empleo", "iberenergia@taleo.net"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-02-16 21:30 +0100", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #cfe3cf">
<tr><td style="padding:16px;background:#2e7d32;color:#fff;font-size:18px"><img src="https://iberenergia.example.es/img/ibr_blanco.png" alt="Iberenergía" height="30"> Empleo</td></tr>
<tr><td style="padding:18px">
<p>Hola, Rodrigo:</p>
<p>Gracias por tu interés en Iberenergía Renovables. Hemos recibido tu candidatura para la oferta <b>Ingeniero/a de Activos O&amp;M Parques Eólicos (Ref. 2026-0417)</b>.</p>
<p>El equipo de selección analizará tu perfil. Puedes consultar el estado de tu candidatura accediendo a tu cuenta en nuestro portal de empleo.</p>
<p>Un cordial saludo,<br>Dirección de Personas y Talento<br>Iberenergía Renovables</p>
</td></tr>
<tr><td style="padding:10px 16px;font-size:10px;color:#666;background:#f3f8f3">Iberenergía Renovables, S.L. – Paseo de la Castellana 95, 28046 Madrid. Este mensaje se ha generado automáticamente.</td></tr>
</table></body></html>""",
})

add({
    "slug": "mensaje_automatico_cuyo", "kind": "application_received", "company": "Transportadora de Gas Cuyana", "contact": "", "lang": "es",
    "sender": ("Búsquedas TGC", "busquedas@tgcuyana.example.ar"),
    "subject": "Recibimos tu CV",
    "date": "2026-05-21 10:10 -0300", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "headers": [("Auto-Submitted", "auto-generated")],
    "text": """Hola Rodrigo,

Recibimos tu CV para la búsqueda "Analista de Integridad y Confiabilidad de Activos - Luján de Cuyo". Gracias por tu interés en Transportadora de Gas Cuyana.

Vamos a analizar tu perfil junto con el resto de las postulaciones. Si avanzás en el proceso, te vamos a contactar por teléfono o por mail.

Este es un mensaje automático: por favor no respondas a esta dirección.

Transportadora de Gas Cuyana S.A.
Recursos Humanos
""",
})

add({
    "slug": "consultora_acusa_recibo", "kind": "application_received", "company": "Eléctrica del Norte Grande",
    "contact": "postulaciones@talentominero.example.cl", "lang": "es",
    "sender": ("Talento Minero Consultores", "postulaciones@talentominero.example.cl"),
    "subject": "Recibimos tus antecedentes - Ingeniero de Gestión de Activos (Eléctrica del Norte Grande)",
    "date": "2026-01-14 12:26 -0300", "structure": "plain", "charset": "utf-8", "cte": "qp",
    "text": """Hola Rodrigo,

Gracias por postular. Recibimos tus antecedentes para el proceso de Ingeniero de Gestión de Activos que estamos conduciendo para nuestro cliente Eléctrica del Norte Grande, con base en Antofagasta.

En las próximas dos semanas revisaremos los perfiles y contactaremos a quienes pasen a la etapa de entrevistas. Si tienes alguna duda, escríbenos a este mismo correo y una de nuestras consultoras te responderá.

Saludos,
Equipo Talento Minero Consultores
Av. Providencia 1208, of. 502, Santiago
""",
})

add({
    "slug": "greenhouse_gracias_por_postular", "kind": "application_received", "company": "Predicta Mining Analytics", "contact": "", "lang": "es",
    "sender": ("Predicta Mining Analytics via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subject": "¡Gracias por postular a Predicta!",
    "date": "2026-03-30 08:17 -0300", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<!DOCTYPE html>
<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1d1d1f;font-size:15px">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://predicta.example.cl/brand/predicta-wordmark.png" alt="Predicta Mining Analytics" width="140">
<p>Hola Rodrigo,</p>
<p>¡Gracias por postular a <strong>Customer Success Engineer (Mantenimiento Predictivo)</strong>! Tu postulación llegó bien y ya está en manos del equipo.</p>
<p>Revisamos todas las postulaciones a mano, así que puede tomarnos un par de semanas. Te escribiremos en cualquier caso.</p>
<p>Mientras tanto, puedes leer cómo trabajamos en nuestro <a href="https://predicta.example.cl/blog?utm_source=greenhouse&amp;utm_medium=email">blog</a>.</p>
<p>Equipo de Personas<br>Predicta Mining Analytics</p>
<p style="font-size:11px;color:#999">Enviado con Greenhouse</p>
</div></body></html>""",
})

add({
    "slug": "comprobante_concurso_publico", "kind": "application_received",
    "company": "Corporación Regional de Desarrollo Productivo de Antofagasta", "contact": "", "lang": "es",
    "sender": ("Unidad de Concursos CRDP", "concursos@crdp-antofagasta.example.cl"),
    "subject": "Comprobante de postulación N° 4471 - Concurso Público N° 07/2026",
    "date": "2026-05-25 16:48 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "text": """COMPROBANTE DE POSTULACIÓN

Concurso Público N° 07/2026
Cargo: Profesional de Gestión de Activos, Programa de Proveedores Mineros
Postulante: RODRIGO VALDÉS-MOREAU
N° de postulación: 4471
Fecha y hora de recepción: 25-05-2026 16:47

Documentos recibidos:
- Currículum vitae
- Copia de título profesional
- Certificados de experiencia laboral (3)
- Declaración jurada simple

Su postulación ha sido recibida dentro de plazo y será revisada en la etapa de admisibilidad. Los resultados de cada etapa serán informados a este correo electrónico.

Unidad de Concursos
Corporación Regional de Desarrollo Productivo de Antofagasta

Correo generado automáticamente. No responder a esta casilla.
""",
})

add({
    "slug": "autoacuse_30_dias_spain", "kind": "application_received", "company": "Grupo Ingenor", "contact": "", "lang": "es",
    "sender": ("Selección Grupo Ingenor", "seleccion-noreply@ingenor.example.es"),
    "subject": "Confirmación de recepción de CV",
    "date": "2026-04-03 07:58 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "text": """Estimado/a candidato/a:

Te confirmamos que hemos recibido tu currículum para el puesto de Técnico/a de Fiabilidad (Madrid – Las Tablas).

Todas las candidaturas se revisan con detenimiento. Si en un plazo de 30 días no has tenido noticias nuestras, entiende que en esta ocasión tu candidatura no ha sido seleccionada; conservaremos tus datos para futuros procesos.

Por favor, no respondas a este mensaje: ha sido generado automáticamente.

Departamento de Personas
Grupo Ingenor
""",
})

add({
    "slug": "red_profesional_solicitud_enviada", "kind": "application_received", "company": "Fiabilis Consultores", "contact": "", "lang": "es",
    "sender": ("Redprofesional", "empleos-noreply@redprofesional.example.com"),
    "subject": "Rodrigo, tu solicitud se envió a Fiabilis Consultores",
    "date": "2026-05-06 13:05 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://www.redprofesional.example.com/psettings/email-unsubscribe?t=jobs_applied>")],
    "html": """<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px"><img src="https://static.redprofesional.example.com/logo.png" alt="Redprofesional" height="24"></td></tr>
<tr><td style="padding:8px 24px 20px;font-size:16px;color:#191919">
<p style="font-size:20px;margin:0 0 10px">Tu solicitud se envió a Fiabilis Consultores</p>
<table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px"><img src="https://media.redprofesional.example.com/company/fiabilis_100.png" alt="Fiabilis Consultores" width="48"></td>
<td style="font-size:14px"><b>Consultor de Confiabilidad</b><br>Fiabilis Consultores · Las Condes, Región Metropolitana (híbrido)<br><span style="color:#666">Enviada el 6 may 2026</span></td></tr></table>
<p style="font-size:14px">Ahora, lo mejor es que te prepares. <a href="https://www.redprofesional.example.com/comm/jobs/tracker?trk=eml-jobs_applied">Ver tu solicitud</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f9f9f9">Este correo es para Rodrigo Valdés-Moreau (Planificador de Mantenimiento). <a href="https://www.redprofesional.example.com/psettings/email-unsubscribe?t=jobs_applied" style="color:#666">Cancelar suscripción</a> · Redprofesional Corporation</td></tr>
</table></td></tr></table>
<img src="https://www.redprofesional.example.com/emimp/ip_rvm.gif" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "asistente_acusa_recibo_lima", "kind": "application_received", "company": "Pérez-Lagos & Asociados",
    "contact": "rsalas@perezlagos.example.pe", "lang": "es",
    "sender": ("Rocío Salas", "rsalas@perezlagos.example.pe"),
    "subject": "RE: Envío de CV - Especialista en Gestión de Activos",
    "date": "2026-02-02 10:44 -0500", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "<CAF9rvm0Plg@mail.example.cl>",
    "text": """Estimado Ing. Valdés-Moreau:

Acusamos recibo de su hoja de vida y de la carta de presentación. El Ing. Pérez-Lagos se encuentra de viaje hasta el 13 de febrero; a su regreso revisará su documentación y, de ser el caso, nos pondremos en contacto con usted.

Cualquier consulta, estoy a su disposición en este correo.

Saludos cordiales,

Rocío Salas
Asistente de Gerencia
Pérez-Lagos & Asociados
Calle Las Begonias 415, piso 9, San Isidro – Lima
""",
})

# ---------------------------------------------------------------- English (5)

add({
    "slug": "workday_au_cannot_reply", "kind": "application_received", "company": "Pilbara Ridge Iron", "contact": "", "lang": "en",
    "sender": ("Pilbara Ridge Iron Careers", "pilbararidge@myworkday.com"),
    "subject": "Thank you for applying - Senior Reliability Engineer - Fixed Plant",
    "date": "2026-04-14 21:03 +0800", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "mid": "<1776171780094.3.JavaMail.wdprod@myworkday.com>",
    "text": """Hi Rodrigo,

Thanks for applying for Senior Reliability Engineer - Fixed Plant (JR-22190). We've received your application.

Due to the high volume of applications we receive, we cannot reply to every applicant individually. If you have not heard from us within 4 weeks of the advertisement closing, please consider your application unsuccessful on this occasion.

Kind regards,
Talent Acquisition Team
Pilbara Ridge Iron
""",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="background:#2b2b2b;padding:18px">
<img src="https://pilbararidge.example.com.au/wd/logo-white.png" alt="Pilbara Ridge Iron" height="40"></td></tr>
<tr><td align="center"><table width="600" cellpadding="24" cellspacing="0"><tr><td style="font-size:14px;line-height:1.5;color:#222">
<p>Hi Rodrigo,</p>
<p>Thanks for applying for <b>Senior Reliability Engineer - Fixed Plant</b> (JR-22190). We've received your application.</p>
<p>Due to the high volume of applications we receive, we cannot reply to every applicant individually. If you have not heard from us within 4 weeks of the advertisement closing, please consider your application unsuccessful on this occasion.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Pilbara Ridge Iron</p>
</td></tr></table></td></tr></table></body></html>""",
})

add({
    "slug": "job_board_sent_to_employer", "kind": "application_received", "company": "Harrow & Quinn Engineering", "contact": "", "lang": "en",
    "sender": ("JobsWest", "applications@jobswest.example.com.au"),
    "subject": "Application sent: Asset Management Consultant at Harrow & Quinn Engineering",
    "date": "2026-05-27 20:16 +0800", "structure": "html", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<mailto:unsubscribe@jobswest.example.com.au?subject=applied>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": """<html><body style="margin:0;background:#eef0f3;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0d3b66;padding:14px 22px"><img src="https://jobswest.example.com.au/email/logo-w.png" alt="JobsWest" height="26"></td></tr>
<tr><td style="padding:22px;font-size:15px;color:#222">
<p><b>Your application has been sent</b></p>
<p>Asset Management Consultant<br>Harrow &amp; Quinn Engineering &ndash; Perth CBD</p>
<p>Applied with: Rodrigo_Valdes-Moreau_CV_2026.pdf, cover letter</p>
<p>What happens next? The employer will review your application and contact you directly if you're shortlisted. <a href="https://click.jobswest.example.com.au/ls/click?upn=applied-jobs">Track your applications</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#888;background:#f7f7f7">You're receiving this because you applied for a job on JobsWest. <a href="https://jobswest.example.com.au/unsubscribe?t=applied" style="color:#888">Unsubscribe</a> &middot; JobsWest Pty Ltd, Perth WA</td></tr>
</table></td></tr></table>
<img src="https://click.jobswest.example.com.au/wf/open?upn=rvm552" width="1" height="1" alt="">
</body></html>""",
})

add({
    "slug": "lever_application_received", "kind": "application_received", "company": "RelyOps", "contact": "", "lang": "en",
    "sender": ("RelyOps", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to RelyOps",
    "date": "2026-06-30 09:31 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;color:#222;max-width:600px">
<p>Hi Rodrigo,</p>
<p>Thanks for applying for the <b>Solutions Engineer, Heavy Industry</b> role at RelyOps! We've received your application and our team will review it shortly.</p>
<p>In the meantime, feel free to check out <a href="https://relyops.example.ca/customers">how utilities and mines use RelyOps</a>.</p>
<p>&mdash; The RelyOps team</p>
<p style="font-size:11px;color:#999">This is an automated message sent via Lever. Replies to this address are not monitored.</p>
</div>""",
})

add({
    "slug": "icims_plain_ack", "kind": "application_received", "company": "Northshield Gold", "contact": "", "lang": "en",
    "sender": ("Northshield Gold Careers", "northshieldgold@icims.com"),
    "subject": "Application Received - Reliability Engineer (Req 2026-1187)",
    "date": "2026-07-28 11:12 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Dear Rodrigo Valdés-Moreau,

Thank you for applying to the Reliability Engineer position (Req 2026-1187) at Northshield Gold, Timmins Operations.

This message confirms that your application was successfully submitted. A member of our recruitment team will review your qualifications. Only candidates selected for an interview will be contacted.

You can view the status of your application at any time by logging in to the Northshield Gold career portal.

Sincerely,
Northshield Gold Talent Acquisition

*** This is an automatically generated message. Please do not reply. ***
""",
})

add({
    "slug": "bamboohr_thanks_for_applying", "kind": "application_received", "company": "Kestrel Maintenance Services", "contact": "", "lang": "en",
    "sender": ("Kestrel Maintenance Services", "notifications@app.bamboohr.com"),
    "subject": "We got your application!",
    "date": "2026-02-19 14:47 +0800", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Lato,Arial,sans-serif"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0"><img src="https://kestrel.bamboohr.com/logos/kestrel.png" alt="Kestrel Maintenance Services" height="48"></td></tr>
<tr><td style="font-size:15px;color:#333;line-height:22px">
<p>Hi Rodrigo,</p>
<p>Thanks for your interest in the <b>Shutdown Planner</b> role with Kestrel Maintenance Services. Your application has come through and our team will be in touch if your experience matches what we're after.</p>
<p>Cheers,<br>The Kestrel Maintenance Services team</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#aaa">Powered by BambooHR</td></tr>
</table></td></tr></table>""",
})

# ---------------------------------------------------------------- French (3)

add({
    "slug": "seules_personnes_retenues", "kind": "application_received", "company": "Hydro-Laurentides", "contact": "", "lang": "fr",
    "sender": ("Hydro-Laurentides - Dotation", "ne-pas-repondre@hydrolaurentides.example.ca"),
    "subject": "Accusé de réception - concours 2026-0388",
    "date": "2026-03-18 09:26 -0400", "structure": "html", "charset": "iso-8859-1", "cte": "qp", "hcharset": "iso-8859-1",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1a1a1a">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:12px 0;border-bottom:3px solid #0067a5"><img src="https://hydrolaurentides.example.ca/carrieres/logo_hl.gif" alt="Hydro-Laurentides" width="170"></td></tr>
<tr><td style="padding:16px 0">
<p>Bonjour,</p>
<p>Nous accusons réception de votre candidature pour le poste d'<b>ingénieur(e) fiabilité des actifs</b> (concours 2026-0388). Nous vous remercions de l'intérêt que vous portez à Hydro-Laurentides.</p>
<p>Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.</p>
<p>L'équipe Dotation<br>Hydro-Laurentides</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ccc;padding-top:8px">Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre. Hydro-Laurentides souscrit au principe de l'équité en emploi.</td></tr>
</table></body></html>""",
})

add({
    "slug": "teamtailor_bien_recu", "kind": "application_received", "company": "Vibrasense", "contact": "", "lang": "fr",
    "sender": ("Vibrasense", "no-reply@teamtailor-mail.com"),
    "subject": "On a bien reçu ta candidature 🙌",
    "date": "2026-05-04 18:09 -0400", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="background:#fafafa;font-family:Inter,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 8px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:28px 32px 0"><img src="https://assets.teamtailor-cdn.com/vibrasense/logo.png" alt="vibrasense" height="28"></td></tr>
<tr><td style="padding:20px 32px 28px;font-size:15px;line-height:24px;color:#1f1f1f">
<p>Salut Rodrigo,</p>
<p>Merci d'avoir postulé au poste de <b>Spécialiste terrain – analyse vibratoire</b>! Ta candidature est bien arrivée chez nous.</p>
<p>On regarde chaque dossier avec attention et on te revient d'ici deux semaines, peu importe la décision.</p>
<p>L'équipe Vibrasense</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#9b9b9b;border-top:1px solid #f0f0f0">Envoyé avec Teamtailor · Ce courriel provient d'une adresse qui n'accepte pas les réponses.</td></tr>
</table></td></tr></table></body></html>""",
})

add({
    "slug": "babillard_candidature_transmise", "kind": "application_received", "company": "Rivière & Lefebvre Ingénierie", "contact": "", "lang": "fr",
    "sender": ("Québec Emplois Plus", "avis@quebecemploisplus.example.ca"),
    "subject": "Candidature transmise : Ingénieur(e) fiabilité – mandats miniers",
    "date": "2026-08-10 22:50 -0400", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://quebecemploisplus.example.ca/desabonnement?u=rvm>")],
    "text": """Bonjour Rodrigo,

Votre candidature a été transmise à l'employeur.

Poste : Ingénieur(e) fiabilité – mandats miniers
Employeur : Rivière & Lefebvre Ingénierie
Lieu : Montréal (hybride)

L'employeur communiquera directement avec vous si votre profil est retenu.

Suivre mes candidatures : https://quebecemploisplus.example.ca/mes-candidatures

Québec Emplois Plus
Se désabonner : https://quebecemploisplus.example.ca/desabonnement?u=rvm
""",
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f4f6f8">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="background:#fff">
<tr><td style="padding:16px 22px;background:#1d4f91"><img src="https://quebecemploisplus.example.ca/img/qep.png" alt="Québec Emplois Plus" height="28"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#222">
<p>Bonjour Rodrigo,</p>
<p><b>Votre candidature a été transmise à l'employeur.</b></p>
<table cellpadding="4" style="font-size:13px"><tr><td style="color:#666">Poste</td><td>Ingénieur(e) fiabilité – mandats miniers</td></tr>
<tr><td style="color:#666">Employeur</td><td>Rivière &amp; Lefebvre Ingénierie</td></tr>
<tr><td style="color:#666">Lieu</td><td>Montréal (hybride)</td></tr></table>
<p>L'employeur communiquera directement avec vous si votre profil est retenu.</p>
<p><a href="https://clic.quebecemploisplus.example.ca/r/mes-candidatures?u=rvm">Suivre mes candidatures</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">Québec Emplois Plus · <a href="https://quebecemploisplus.example.ca/desabonnement?u=rvm" style="color:#888">Se désabonner</a></td></tr>
</table>
<img src="https://clic.quebecemploisplus.example.ca/o/rvm-4410.gif" width="1" height="1" alt="">
</body></html>""",
})

# ---------------------------------------------------------------- German (1)

add({
    "slug": "personio_eingangsbestaetigung", "kind": "application_received", "company": "Kessler Fördertechnik", "contact": "", "lang": "de",
    "sender": ("Kessler Fördertechnik GmbH", "noreply@personio.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-01-30 16:21 +0100", "structure": "html", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:20px 0"><img src="https://kessler.jobs.personio.de/logo/kessler.png" alt="Kessler Fördertechnik" height="44"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Valdés-Moreau,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Service Engineer Fördertechnik (m/w/d) – Standort Antofagasta</b>. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Kessler Fördertechnik GmbH</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#777;border-top:1px solid #ddd">Kessler Fördertechnik GmbH · Hafenstraße 12 · 44147 Dortmund<br>Geschäftsführer: Dr. Rainer Kessler, Ute Brandl · Amtsgericht Dortmund HRB 00000<br>Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></body></html>""",
})

# ================================================================ offer (10)
# ---------------------------------------------------------------- Spanish (6)

add({
    "slug": "startup_carta_oferta_pdf", "kind": "offer", "company": "Ojo de Halcón Tecnologías",
    "contact": "nico@ojodehalcon.example.cl", "lang": "es",
    "sender": ("Nicolás Araya", "nico@ojodehalcon.example.cl"),
    "cc": [("Francisca Leiva", "fran@ojodehalcon.example.cl")],
    "subject": "Oferta Ojo de Halcón 🦅",
    "date": "2026-07-06 18:30 -0400", "structure": "mixed", "charset": "utf-8", "cte": "qp",
    "text": """Rodrigo!!

Después de la entrevista de la semana pasada (esta vez sí te conectaste, jaja) el equipo quedó convencido: te queremos como Líder de Operaciones en Terreno.

Te adjunto la carta oferta con el detalle: renta bruta de $3.900.000, 0,4% de opciones con vesting a 4 años, sistema híbrido Santiago/faena y notebook + seguro complementario. Fecha de inicio ideal: 1 de agosto.

Revísala con calma y si tienes dudas lo conversamos. Nos gustaría tener tu respuesta antes del viernes 10.

Un abrazo,
Nico

Nicolás Araya — CTO & cofundador
Ojo de Halcón Tecnologías
""",
    "attachments": [{"filename": "Carta_Oferta_Rodrigo_Valdes-Moreau.pdf", "pdf": [
        "OJO DE HALCON TECNOLOGIAS SpA",
        "Santiago, 6 de julio de 2026",
        "Carta oferta - Lider de Operaciones en Terreno",
        "Sr. Rodrigo Valdes-Moreau",
        "Renta bruta mensual: $3.900.000",
        "Opciones: 0,4% con vesting a 4 anos (cliff 1 ano)",
        "Inicio: 1 de agosto de 2026",
        "Firma: Nicolas Araya, CTO",
    ]}],
})

add({
    "slug": "oferta_condicional_examen_medico", "kind": "offer", "company": "Cal y Cementos del Sur",
    "contact": "rquispe@calsur.example.pe", "lang": "es",
    "sender": ("Rosa Quispe Mamani", "rquispe@calsur.example.pe"),
    "subject": "Propuesta laboral - Supervisor de Planeamiento de Mantenimiento",
    "date": "2026-04-21 12:12 -0500", "structure": "alt", "charset": "utf-8", "cte": "qp",
    "text": """Estimado Rodrigo:

Luego de las entrevistas con la Jefatura de Mantenimiento y la Gerencia de Planta, nos complace extenderle una oferta para ocupar el puesto de Supervisor de Planeamiento de Mantenimiento en nuestra planta de Yura, Arequipa.

Condiciones principales:
- Remuneración: S/ 11,500 mensuales brutos, 14 sueldos al año
- Bono anual por desempeño: hasta 2 sueldos
- Régimen: lunes a viernes, con disponibilidad para paradas programadas
- Apoyo de reubicación: pasajes y un mes de alojamiento en Arequipa

Esta oferta está sujeta a la aprobación del examen médico pre-ocupacional y a la verificación de antecedentes y referencias laborales.

Le agradeceremos su respuesta a más tardar el martes 28 de abril.

Atentamente,
Rosa Quispe Mamani
Selección de Personal
Cal y Cementos del Sur S.A.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Estimado Rodrigo:</p>
<p>Luego de las entrevistas con la Jefatura de Mantenimiento y la Gerencia de Planta, nos complace extenderle una <b>oferta</b> para ocupar el puesto de <b>Supervisor de Planeamiento de Mantenimiento</b> en nuestra planta de Yura, Arequipa.</p>
<p>Condiciones principales:</p>
<ul><li>Remuneración: S/ 11,500 mensuales brutos, 14 sueldos al año</li><li>Bono anual por desempeño: hasta 2 sueldos</li><li>Régimen: lunes a viernes, con disponibilidad para paradas programadas</li><li>Apoyo de reubicación: pasajes y un mes de alojamiento en Arequipa</li></ul>
<p><i>Esta oferta está sujeta a la aprobación del examen médico pre-ocupacional y a la verificación de antecedentes y referencias laborales.</i></p>
<p>Le agradeceremos su respuesta a más tardar el martes 28 de abril.</p>
<p>Atentamente,<br>Rosa Quispe Mamani<br>Selección de Personal<br>Cal y Cementos del Sur S.A.</p>
</body></html>""",
})

add({
    "slug": "verbal_confirmada_por_escrito", "kind": "offer", "company": "Ibérica de Fiabilidad Industrial",
    "contact": "ebarrios@ibfi.example.es", "lang": "es",
    "sender": ("Elena Barrios", "ebarrios@ibfi.example.es"),
    "subject": "Lo que hablamos ayer",
    "date": "2026-09-22 09:15 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "text": """Hola Rodrigo:

Como te comenté ayer por teléfono, te confirmo por escrito nuestra oferta para incorporarte como Consultor Senior de Fiabilidad en Ibérica de Fiabilidad Industrial:

· Salario bruto anual: 52.000 €, más un variable de hasta el 10 %
· Contrato indefinido, con periodo de prueba de seis meses
· Modalidad híbrida (tres días en la oficina de Alcobendas) y viajes a clientes mineros en Huelva y Portugal
· Ayuda de reubicación de 4.000 € y gestión de la autorización de residencia y trabajo por nuestra parte

Si te encaja, el siguiente paso sería que me confirmes por correo y te enviamos el contrato para firma digital.

Estamos muy ilusionados con la posibilidad de que te sumes al equipo.

Un saludo,
Elena

Elena Barrios | Directora de Gestión de Activos | Ibérica de Fiabilidad Industrial
Avda. de Bruselas 36, 28108 Alcobendas (Madrid)
""",
})

add({
    "slug": "contrato_para_firmar", "kind": "offer", "company": "Transportes Figueroa e hijos",
    "contact": "figueroa.transportes@figueroaehijos.example.cl", "lang": "es",
    "sender": ("Transportes Figueroa", "figueroa.transportes@figueroaehijos.example.cl"),
    "subject": "Contrato",
    "date": "2026-10-14 17:50 -0300", "structure": "mixed", "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "text": """Rodrigo

Como quedamos el lunes, le adjunto el contrato de trabajo como Jefe de Mantención de Flota para que lo revise y lo firme. Va con el sueldo que conversamos, la camioneta de la empresa y los 7x7 cuando haya que subir a faena.

Puede traerlo firmado el día que empiece, el 2 de noviembre, o mandarlo escaneado.

Bienvenido.

José Figueroa Carvajal
Gerente General
Transportes Figueroa e hijos Ltda.
""",
    "attachments": [{"filename": "Contrato_Trabajo_RValdes.pdf", "pdf": [
        "CONTRATO DE TRABAJO",
        "En Antofagasta, a 14 de octubre de 2026, entre TRANSPORTES FIGUEROA E HIJOS LTDA.",
        "y don RODRIGO VALDES-MOREAU, se ha convenido el siguiente contrato:",
        "PRIMERO: El trabajador se desempenara como Jefe de Mantencion de Flota.",
        "SEGUNDO: Jornada de 45 horas semanales; sistema 7x7 en faena cuando corresponda.",
        "TERCERO: Inicio de funciones: 2 de noviembre de 2026.",
    ]}],
})

add({
    "slug": "propuesta_economica_vos", "kind": "offer", "company": "Potasio Malargüe",
    "contact": "mgiordano@potasiomalargue.example.ar", "lang": "es",
    "sender": ("Martín Giordano", "mgiordano@potasiomalargue.example.ar"),
    "cc": [("Rocío Benedetti", "rbenedetti@potasiomalargue.example.ar")],
    "subject": "Propuesta - Planificador de Mantenimiento",
    "date": "2026-04-10 15:05 -0300", "structure": "mixed", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Rodrigo,

¡Buenas noticias! Después de la charla con vos y con el gerente de planta, te queremos en el equipo. Te adjunto la propuesta formal con la parte económica y los beneficios (vivienda en Malargüe durante los primeros 6 meses, obra social para vos y tu familia, y el régimen 14x14).

Rocío, de RR.HH. (en copia), te va a acompañar con el tema de la residencia y la documentación.

Contame qué te parece; si tenés dudas con algún punto lo charlamos por Meet.

Abrazo,
Martín
""",
    "attachments": [{"filename": "Propuesta_Planificador_Mantenimiento.pdf", "pdf": [
        "Potasio Malargue S.A. - Propuesta laboral",
        "Puesto: Planificador de Mantenimiento Planta",
        "Remuneracion bruta mensual y adicional por zona desfavorable segun convenio",
        "Regimen 14x14, vivienda en Malargue los primeros 6 meses",
        "Fecha estimada de ingreso: 4 de mayo de 2026",
    ]}],
})

add({
    "slug": "headhunter_oferta_formal_cliente", "kind": "offer", "company": "Aguas del Desierto",
    "contact": "rmontt@montthunt.example.cl", "lang": "es",
    "sender": ("Rafael Montt", "rmontt@montthunt.example.cl"),
    "subject": "Oferta formal - Jefe de Gestión de Activos",
    "date": "2026-08-28 19:44 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "in_reply_to": "headhunter_meet_client",
    "text": """Rodrigo, ¡felicitaciones!

Soledad Vial me acaba de confirmar que Aguas del Desierto te hace llegar una oferta formal para el cargo de Jefe de Gestión de Activos. Te resumo lo principal (la carta oficial te la enviará directamente su Gerencia de Personas el lunes):

- Renta bruta mensual: $4.600.000
- Bono anual por cumplimiento de metas: hasta 3 rentas
- Seguro complementario de salud y vida, y asignación de movilización
- Jornada administrativa en Antofagasta, con visitas a plantas

Tienen algo de apuro: les gustaría tu respuesta a más tardar el jueves 3 de septiembre.

Llámame cuando puedas y lo conversamos, incluida la negociación si la quieres intentar.

Un abrazo,
Rafael Montt
Socio | Montt Executive Search
""",
})

# ---------------------------------------------------------------- English (2)

add({
    "slug": "letter_of_offer_docusign", "kind": "offer", "company": "Swan Valley Power",
    "contact": "karen.oduya@swanvalleypower.example.com.au", "lang": "en",
    "sender": ("Karen Oduya", "karen.oduya@swanvalleypower.example.com.au"),
    "cc": [("Dave McInnes", "dave.mcinnes@swanvalleypower.example.com.au")],
    "subject": "Letter of Offer - Reliability Engineer",
    "date": "2026-06-24 16:20 +0800", "structure": "mixed", "charset": "utf-8", "cte": "qp",
    "text": """Dear Rodrigo,

Congratulations! Following your interviews with Dave and the panel, I am delighted to offer you the position of Reliability Engineer, Generation, based at our Kwinana site.

Please find attached your Letter of Offer and Employment Contract. In summary:
- Base salary AUD 148,000 plus 12% superannuation
- Relocation package up to AUD 15,000, and support with your Employer Nominated visa (subclass 186)
- Start date to be agreed, subject to visa grant

You will also receive a DocuSign envelope shortly; we'd appreciate your signed acceptance by Friday 3 July.

Welcome to the team!

Kind regards,
Karen Oduya
Senior HR Advisor
Swan Valley Power

SVP Energy Holdings Pty Ltd ABN 00 000 000 000 trading as Swan Valley Power. This email and any attachments are confidential.
""",
    "attachments": [
        {"filename": "SVP_Letter_of_Offer_RValdes-Moreau.pdf", "pdf": [
            "Swan Valley Power - Letter of Offer",
            "Position: Reliability Engineer, Generation (Kwinana)",
            "Base salary: AUD 148,000 + 12% superannuation",
            "Conditions: visa grant (subclass 186), pre-employment medical",
            "Please sign and return by 3 July 2026",
        ]},
        {"filename": "SVP_Employment_Contract.pdf", "pdf": [
            "Employment Contract",
            "SVP Energy Holdings Pty Ltd trading as Swan Valley Power",
            "Employee: Rodrigo Valdes-Moreau",
            "Clause 1 - Appointment; Clause 2 - Remuneration; Clause 3 - Hours of work",
        ]},
    ],
})

add({
    "slug": "conditional_offer_references", "kind": "offer", "company": "Superior Shield Power",
    "contact": "hannah.oconnell@superiorshield.example.ca", "lang": "en",
    "sender": ("O'Connell, Hannah", "hannah.oconnell@superiorshield.example.ca"),
    "subject": "Conditional offer of employment",
    "date": "2026-06-29 16:48 -0400", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """Hi Rodrigo,

Great news - the panel would like to move ahead, and I'm pleased to extend a conditional offer of employment for the Asset Reliability Specialist position in Sudbury.

Salary: CAD 112,000 per year, plus a 7% target incentive
Benefits: full benefits from day one, defined-contribution pension
Relocation: up to CAD 12,000

This offer is conditional on satisfactory reference checks (we'll need two, including a direct supervisor), a pre-employment medical, and a valid Canadian work permit. The formal offer letter will follow once the conditions are cleared.

Please reply to confirm you'd like to proceed and send me your referees' details.

Congratulations!
Hannah O'Connell
Talent Acquisition Partner | Superior Shield Power
""",
    "html": """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Rodrigo,</p>
<p>Great news - the panel would like to move ahead, and I'm pleased to extend a <b>conditional offer of employment</b> for the Asset Reliability Specialist position in Sudbury.</p>
<table cellpadding="4" style="font-size:11pt"><tr><td><b>Salary</b></td><td>CAD 112,000 per year, plus a 7% target incentive</td></tr>
<tr><td><b>Benefits</b></td><td>full benefits from day one, defined-contribution pension</td></tr>
<tr><td><b>Relocation</b></td><td>up to CAD 12,000</td></tr></table>
<p>This offer is conditional on satisfactory reference checks (we'll need two, including a direct supervisor), a pre-employment medical, and a valid Canadian work permit. The formal offer letter will follow once the conditions are cleared.</p>
<p>Please reply to confirm you'd like to proceed and send me your referees' details.</p>
<p>Congratulations!<br>Hannah O'Connell<br>Talent Acquisition Partner | Superior Shield Power</p>
</div></body></html>""",
})

# ---------------------------------------------------------------- French (2)

add({
    "slug": "lettre_offre_pdf", "kind": "offer", "company": "Ressources Opémiska",
    "contact": "sbouchard@opemiska.example.ca", "lang": "fr",
    "sender": ("Sylvie Bouchard", "sbouchard@opemiska.example.ca"),
    "subject": "Offre d'emploi – Ingénieur fiabilité",
    "date": "2026-08-12 14:05 -0400", "structure": "mixed", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
    "text": """Bonjour M. Valdés-Moreau,

C'est avec grand plaisir que Ressources Opémiska vous offre le poste d'ingénieur fiabilité à notre site de Chapais. Vous trouverez ci-joint la lettre d'offre détaillant les conditions : salaire annuel de 118 000 $, horaire 7/7, logement fourni au campement pendant les rotations et programme d'aide à la relocalisation.

L'offre est valide jusqu'au 21 août. Pour l'accepter, il suffit de signer la lettre et de me la retourner par courriel.

Au plaisir de vous accueillir dans l'équipe,

Sylvie Bouchard, CRHA
Conseillère en ressources humaines
Ressources Opémiska inc.
""",
    "attachments": [{"filename": "Lettre_offre_Valdes-Moreau.pdf", "pdf": [
        "Ressources Opemiska inc. - Lettre d'offre d'emploi",
        "Poste : Ingenieur fiabilite, site de Chapais",
        "Salaire annuel : 118 000 $ - horaire 7/7",
        "Date d'entree en fonction : a convenir",
        "Signature du candidat : ______________________",
    ]}],
})

add({
    "slug": "agence_client_fait_offre", "kind": "offer", "company": "Fer et Titane Côte-Nord",
    "contact": "maxime@nordik-rh.example.ca", "lang": "fr",
    "sender": ("Maxime Tremblay", "maxime@nordik-rh.example.ca"),
    "subject": "Bonne nouvelle!",
    "date": "2026-09-24 17:20 -0400", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Salut Rodrigo,

Je peux enfin te dire le nom : mon client, c'est Fer et Titane Côte-Nord, et ils viennent de me confirmer qu'ils te font une offre pour le poste de planificateur principal maintenance à Havre-Saint-Pierre!

Les grandes lignes : 108 000 $ par année, horaire 14/14, billets d'avion payés depuis Montréal et une prime de rétention après 18 mois. La lettre officielle va partir de leur service RH demain.

Appelle-moi quand tu peux, on en jase.

Maxime Tremblay
Associé – Mines et métaux
Groupe Recrutement Nordik
""",
})
