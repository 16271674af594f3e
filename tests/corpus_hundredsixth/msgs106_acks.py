"""Application acknowledgements and offers of the hundredsixth corpus, written one by one.

Acknowledgements include the hard ones ("we cannot reply to every applicant", "if you hear
nothing within N days consider your application unsuccessful") and job-board confirmations
naming the employer. Offers: written, verbal confirmed, conditional, contracts to sign (PDF).
"""

from __future__ import annotations

from msgs106_common import pixel, track

MESSAGES: list[dict] = []

# =============================== application_received ======================================

# 083 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workday_gracias_por_postular_alto_volumen",
    "kind": "application_received", "company": "Minera Altiplano Norte", "contact": "",
    "language": "es",
    "from": ("Minera Altiplano Norte Talent Acquisition", "mineraaltiplano@myworkday.com"),
    "subject": "Gracias por postular a Minera Altiplano Norte",
    "date": "2026-01-12 22:41 -0300",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #d9dce1;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#1f2933;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #b5651d;"><img src="https://wd3.myworkday.com/mineraaltiplano/assets/logo-man.png" alt="Minera Altiplano Norte" width="180" height="44" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;">
<p style="margin:0 0 14px 0;">Hola Valentina:</p>
<p style="margin:0 0 14px 0;">¡Gracias por tu interés en formar parte de Minera Altiplano Norte! Confirmamos que recibimos tu postulación al cargo <strong>Analista Senior de Control de Proyectos (R-10482)</strong>.</p>
<p style="margin:0 0 14px 0;">Nuestro equipo revisará tus antecedentes en las próximas semanas. Debido al alto volumen de postulaciones, no nos es posible responder a cada persona de forma individual: solo contactaremos a quienes avancen a la siguiente etapa del proceso.</p>
<p style="margin:0 0 14px 0;">Puedes revisar el estado de tu postulación en cualquier momento desde tu cuenta de candidato.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0;"><tr><td style="background:#b5651d;border-radius:3px;"><a href="{track('wd3.myworkday.com', 'mineraaltiplano-cand-home', 'mineraaltiplano/d/home.htmld')}" style="display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;font-weight:bold;">Ir a mi cuenta</a></td></tr></table>
<p style="margin:0 0 14px 0;">Saludos,<br>Equipo de Atracción de Talento<br>Minera Altiplano Norte</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f8f8f8;font-size:11px;line-height:16px;color:#6b7280;">
Este mensaje fue enviado desde una casilla que no recibe respuestas.<br>
Minera Altiplano Norte SpA · Av. Grecia 1450, Antofagasta, Chile · <a href="https://www.mineraaltiplano.example.cl/privacidad" style="color:#6b7280;">Política de privacidad</a>
</td></tr>
</table>
</td></tr></table>
{pixel('wd3.myworkday.com', 'mineraaltiplano-71a2b4')}
</body></html>
""",
})

# 084 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "bolsa_peru_postulacion_enviada",
    "kind": "application_received", "company": "Minera Huallaga", "contact": "", "language": "es",
    "from": ("ChambaPerú", "notificaciones@chambaperu.example.pe"),
    "subject": "¡Tu postulación fue enviada a Minera Huallaga!",
    "date": "2026-05-11 07:58 -0500",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.chambaperu.example.pe/cuenta/notificaciones?baja=vqh8812>")],
    "text": """Hola Valentina,

Tu postulación fue enviada con éxito.

  Puesto:   Especialista en Control de Proyectos
  Empresa:  Minera Huallaga
  Lugar:    Lima (con viajes a unidad minera)
  Fecha:    11/05/2026

La empresa revisará tu CV y, si tu perfil coincide con lo que busca, se pondrá en contacto contigo directamente. Puedes seguir el estado en "Mis postulaciones":
https://www.chambaperu.example.pe/mis-postulaciones?utm_source=mail&utm_medium=confirmacion

----------------------------------------
Empleos que te pueden interesar
- Planner Senior - Contratista minero - Arequipa
  https://www.chambaperu.example.pe/empleo/884120?utm_source=mail
- Ingeniero(a) de Costos - Proyecto de cobre - Moquegua
  https://www.chambaperu.example.pe/empleo/884377?utm_source=mail
----------------------------------------

¡Éxitos!
El equipo de ChambaPerú

Recibes este correo porque tienes una cuenta en ChambaPerú. Para dejar de recibir estas notificaciones, ajusta tus preferencias: https://www.chambaperu.example.pe/cuenta/notificaciones
""",
})

# 085 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "teamtailor_si_en_30_dias_no_hay_noticias",
    "kind": "application_received", "company": "Grupo Mineral Ibérico", "contact": "",
    "language": "es",
    "from": ("Grupo Mineral Ibérico", "no-reply@teamtailor-mail.com"),
    "subject": "¡Hemos recibido tu candidatura!",
    "date": "2026-03-03 23:17 +0100",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<!doctype html>
<html><head><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="background:#fafafa;margin:0;padding:0;">
<div style="display:none;max-height:0;overflow:hidden;">Técnica/o de Sostenibilidad – Madrid</div>
<table align="center" width="100%" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#222;">
<tr><td style="padding:32px 32px 0;"><img src="https://assets.teamtailor-cdn.com/companies/gmi/logo.png" alt="Grupo Mineral Ibérico" width="120" style="border:0;"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:24px;">
<p>¡Hola Valentina!</p>
<p>Gracias por presentar tu candidatura a <strong>Técnica/o de Sostenibilidad</strong>. La hemos recibido correctamente y nuestro equipo la revisará en los próximos días.</p>
<p>Recibimos muchas candidaturas y, aunque nos encantaría, no podemos contestar personalmente a todas. Si en 30 días no has recibido noticias nuestras, entiende que en esta ocasión tu candidatura no ha sido seleccionada.</p>
<p>Mientras tanto, puedes conocer mejor cómo trabajamos en nuestra <a href="{track('click.teamtailor-mail.com', 'gmi-career-site-77')}" style="color:#c2410c;">página de empleo</a>.</p>
<p>Un saludo,<br>El equipo de Talento de Grupo Mineral Ibérico</p>
</td></tr>
<tr><td style="padding:0 32px 28px;font-size:12px;color:#999;line-height:18px;">
<a href="{track('click.teamtailor-mail.com', 'gmi-privacy-77')}" style="color:#999;">Política de privacidad</a> · <a href="{track('click.teamtailor-mail.com', 'gmi-withdraw-77')}" style="color:#999;">Retirar mi candidatura</a><br>
Grupo Mineral Ibérico, S.A. · Paseo de la Castellana 95, 28046 Madrid<br>Enviado con Teamtailor
</td></tr></table>
{pixel('click.teamtailor-mail.com', 'gmi-open-77cd')}
</body></html>
""",
})

# 086 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "comprobante_postulacion_servicio_publico",
    "kind": "application_received", "company": "Comisión Nacional de Transición Minera",
    "contact": "", "language": "es",
    "from": ("Unidad de Reclutamiento CNTM", "no-responder@cntm.example.cl"),
    "subject": "Comprobante de postulación - Proceso CNTM-2026-031",
    "date": "2026-06-01 23:56 -0400",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """COMPROBANTE DE POSTULACIÓN

Código de postulación: CNTM-031-000284
Proceso: CNTM-2026-031
Cargo: Profesional Especialista en Cierre de Faenas y Pasivos Ambientales (Grado 8° EUS)
Institución: Comisión Nacional de Transición Minera
Postulante: VALENTINA QUISPE-HARRINGTON
Fecha y hora de envío: 01-06-2026 23:55:41

Documentos adjuntados:
[X] Currículum vitae
[X] Copia de título profesional
[X] Certificados de experiencia laboral (3)
[X] Declaración jurada simple

Su postulación ha sido registrada correctamente. Guarde este comprobante. Los resultados de cada etapa serán publicados en el portal y notificados a este correo electrónico.

Este es un mensaje automático. Por favor no responda a esta dirección.
""",
})

# 087 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "acuso_recibo_concurso_academico_secretaria",
    "kind": "application_received", "company": "Universidad Católica del Desierto",
    "contact": "maraya@ucdesierto.example.cl", "language": "es",
    "from": ("Marisol Araya Tapia", "maraya@ucdesierto.example.cl"),
    "subject": "RE: Postulación Concurso Académico N° 14/2026",
    "date": "2026-04-28 12:10 -0400",
    "in_reply_to": "<6a2e91c0-vqh-0427@example.cl>",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Estimada Sra. Quispe-Harrington:

Acuso recibo de sus antecedentes para el Concurso Académico N° 14/2026 del Departamento de Ingeniería Civil. Revisé la carpeta y se encuentra completa (CV, grados, certificados y propuesta docente).

Le recuerdo que el concurso cierra el 8 de mayo y que la Comisión sesionará durante la segunda quincena de mayo. Los resultados se comunicarán por escrito a todos los postulantes.

Atentamente,

Marisol Araya Tapia
Secretaria Ejecutiva
Oficina de Concursos Académicos - Vicerrectoría Académica
Universidad Católica del Desierto
Fono: +56 55 255 1402

-----Mensaje original-----
De: Valentina Quispe-Harrington <valentina.qh@example.cl>
Enviado el: lunes, 27 de abril de 2026 19:33
Para: concursos@ucdesierto.example.cl
Asunto: Postulación Concurso Académico N° 14/2026

Estimados:
Adjunto mis antecedentes para el concurso del asunto. Quedo atenta a cualquier documento faltante.
Saludos cordiales,
Valentina Quispe-Harrington
""",
})

# 088 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "portal_empleo_cv_enviado_argentina",
    "kind": "application_received", "company": "Yacimientos Patagónicos del Sur", "contact": "",
    "language": "es",
    "from": ("EmpleoAndes", "avisos@empleoandes.example.com"),
    "subject": "Tu CV fue enviado a Yacimientos Patagónicos del Sur",
    "date": "2026-08-03 14:22 -0300",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<mailto:baja@empleoandes.example.com?subject=baja-vqh>, <https://www.empleoandes.example.com/baja?u=vqh>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": f"""<html><body style="margin:0;background:#f5f7fa;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#333;font-size:14px;">
<tr><td style="padding:14px 24px;background:#ff6a13;"><img src="https://cdn.empleoandes.example.com/mail/logo-blanco.png" alt="EmpleoAndes" width="130"></td></tr>
<tr><td style="padding:24px;line-height:21px;">
<p style="font-size:18px;margin-top:0;"><b>¡Listo, Valentina! Tu CV fue enviado.</b></p>
<table cellpadding="10" cellspacing="0" border="0" width="100%" style="border:1px solid #e6e9ee;border-radius:6px;">
<tr><td width="60"><img src="https://cdn.empleoandes.example.com/logos/ypsur.png" alt="Yacimientos Patagónicos del Sur" width="56"></td>
<td><b>Analista de Sustentabilidad</b><br>Yacimientos Patagónicos del Sur<br><span style="color:#888;">Mendoza, Argentina · Presencial</span></td></tr>
</table>
<p>La empresa ya puede ver tu perfil. Si avanzás en el proceso, te van a contactar por este medio o por teléfono.</p>
<p><a href="{track('t.empleoandes.example.com', 'postulaciones-vqh-3391')}" style="color:#ff6a13;font-weight:bold;">Ver mis postulaciones</a></p>
<p style="margin-top:26px;"><b>Avisos similares</b></p>
<p><a href="{track('t.empleoandes.example.com', 'aviso-558120')}" style="color:#1a5fb4;">Coordinador/a Ambiental – Neuquén</a><br>
<a href="{track('t.empleoandes.example.com', 'aviso-558344')}" style="color:#1a5fb4;">Ingeniera/o de Proyectos Mineros – San Juan</a><br>
<a href="{track('t.empleoandes.example.com', 'aviso-558391')}" style="color:#1a5fb4;">Especialista ESG – CABA</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f0f2f5;font-size:11px;color:#8a8f98;">Recibís este mail porque te postulaste desde EmpleoAndes. <a href="{track('t.empleoandes.example.com', 'baja-vqh')}" style="color:#8a8f98;">Desuscribirme</a> · Términos y condiciones</td></tr>
</table></td></tr></table>
{pixel('t.empleoandes.example.com', 'open-vqh-3391')}
</body></html>
""",
})

# 089 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "ashby_recibimos_tu_postulacion",
    "kind": "application_received", "company": "Tailings Lab", "contact": "", "language": "es",
    "from": ("Tailings Lab", "no-reply@ashbyhq.com"),
    "subject": "Recibimos tu postulación – Project Engineer",
    "date": "2026-01-20 11:03 -0300",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hola Valentina,

¡Gracias por postular a Project Engineer en Tailings Lab!

Confirmamos que recibimos tu postulación. Somos un equipo chico, así que revisamos cada una con calma; te escribiremos dentro de las próximas dos semanas para contarte cómo sigue.

Mientras, si quieres conocer lo que hacemos con sensores en depósitos de relaves, date una vuelta por tailingslab.example.cl/blog.

Equipo Tailings Lab
""",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.55;color:#111827;max-width:540px;">
<p>Hola Valentina,</p>
<p>¡Gracias por postular a <strong>Project Engineer</strong> en Tailings Lab!</p>
<p>Confirmamos que recibimos tu postulación. Somos un equipo chico, así que revisamos cada una con calma; te escribiremos dentro de las próximas dos semanas para contarte cómo sigue.</p>
<p>Mientras, si quieres conocer lo que hacemos con sensores en depósitos de relaves, date una vuelta por <a href="https://tailingslab.example.cl/blog">nuestro blog</a>.</p>
<p>Equipo Tailings Lab</p>
<p style="font-size:11px;color:#9ca3af;margin-top:28px;">Powered by Ashby · Este correo no recibe respuestas</p>
</div>
""",
})

# 090 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "headhunter_recibimos_cv_cliente_nombrado",
    "kind": "application_received", "company": "Compañía Minera Cerro Colorado del Sur",
    "contact": "techeverria@cordilleratalent.example.cl", "language": "es",
    "from": ("Tomás Echeverría", "techeverria@cordilleratalent.example.cl"),
    "subject": "RE: CV Valentina Quispe-Harrington",
    "date": "2026-01-27 13:36 -0300",
    "in_reply_to": "<0f1e2d3c-vqh-0126@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """Valentina, gracias.

Recibimos tu CV para la búsqueda de Gerente de Control de Proyectos que estamos llevando para Compañía Minera Cerro Colorado del Sur. Lo voy a revisar con el equipo esta semana; si avanzas, te contacto para coordinar una primera conversación, idealmente antes del 10 de febrero.

Saludos,

Tomás Echeverría
Socio | Cordillera Talent Partners

________________________________
De: Valentina Quispe-Harrington <valentina.qh@example.cl>
Enviado: lunes, 26 de enero de 2026 22:10
Para: Tomás Echeverría <techeverria@cordilleratalent.example.cl>
Asunto: CV Valentina Quispe-Harrington

Hola Tomás, te envío mi CV actualizado para la búsqueda que publicaste. Cualquier duda, quedo atenta. ¡Gracias!
""",
})

# 091 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "taleo_confirmacion_postulacion",
    "kind": "application_received", "company": "Transmisora Andina de Energía", "contact": "",
    "language": "es",
    "from": ("Transmisora Andina de Energía - Reclutamiento", "transandina@taleo.net"),
    "subject": "Confirmación de postulación - Requisición 2600417",
    "date": "2026-05-04 01:40 +0000",
    "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body bgcolor="#FFFFFF">
<table width="100%" border="0"><tr><td><img src="https://transandina.taleo.net/careersection/theme/5/logo_tae.gif" alt="Transmisora Andina de Energía" border="0"></td></tr></table>
<font face="Arial" size="2">
<p>Estimado(a) VALENTINA,</p>
<p>Hemos recibido su postulación para el cargo <b>Ingeniero(a) de Control de Proyectos</b> (Requisición 2600417).</p>
<p>Su información será revisada por nuestro equipo de Gerencia de Personas. En caso de que su perfil se ajuste a los requerimientos del cargo, nos comunicaremos con usted para informarle los siguientes pasos del proceso.</p>
<p>Puede consultar el estado de su postulación en la sección "Mis postulaciones" de nuestro <a href="{track('transandina.taleo.net', 'tae-my-2600417', 'careersection/2/mysubmissions.ftl')}">portal de carreras</a>.</p>
<p>Atentamente,</p>
<p>Gerencia de Personas<br>Transmisora Andina de Energía</p>
</font>
<hr size="1" noshade>
<font face="Arial" size="1" color="#808080">Este correo electrónico ha sido generado automáticamente. Por favor, no responda a este mensaje.</font>
</body></html>
""",
})

# 092 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "peru_15_dias_habiles_considere_no_seleccionada",
    "kind": "application_received", "company": "Sociedad Minera Chachani",
    "contact": "kzegarra@smchachani.example.pe", "language": "es",
    "from": ("Karen Zegarra Núñez", "kzegarra@smchachani.example.pe"),
    "subject": "Recepción de CV - Supervisor(a) de Planeamiento y Control",
    "date": "2026-07-06 09:25 -0500",
    "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Estimada Valentina:

Buenos días. Por medio del presente le confirmamos que hemos recibido su CV para la convocatoria de Supervisor(a) de Planeamiento y Control - Sede Arequipa.

Su expediente será evaluado por el área de Recursos Humanos junto con la Gerencia de Operaciones. De ser seleccionada para la siguiente etapa, nos comunicaremos con usted por teléfono o correo. Si no recibe respuesta en un plazo de 15 días hábiles, considere que su postulación no fue seleccionada en esta oportunidad.

Gracias por su interés en formar parte de nuestra empresa.

Atte.

Karen Zegarra Núñez
Asistente de Recursos Humanos
Sociedad Minera Chachani S.A.C.
Av. Ejército 710, Yanahuara - Arequipa
""",
})

# 093 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "greenhouse_unable_to_respond_to_every_applicant",
    "kind": "application_received", "company": "Andes Copper & Lithium", "contact": "",
    "language": "en",
    "from": ("Andes Copper & Lithium Recruiting", "no-reply@us.greenhouse-mail.io"),
    "subject": "Thank you for applying to Andes Copper & Lithium",
    "date": "2026-02-03 18:09 -0800",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>
<body>
<div style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #222; max-width: 560px;">
<p><img src="https://s3.amazonaws.com/grnhse-prod/logos/andes-copper-lithium.png" alt="Andes Copper &amp; Lithium" height="40"></p>
<p>Hi Valentina,</p>
<p>Thank you for your interest in Andes Copper &amp; Lithium! We have received your application for the <strong>Senior Sustainability Engineer</strong> position in Vancouver.</p>
<p>Our team is reviewing applications now. Due to the high volume of applications we receive, we're unable to respond to every applicant individually. If your experience matches what we're looking for, a member of our recruiting team will reach out to discuss next steps.</p>
<p>In the meantime, learn more about our projects in Chile and Argentina on our <a href="{track('u4761.ct.greenhouse-mail.io', 'acl-careers-11')}">careers page</a>.</p>
<p>Best regards,<br>Talent Team<br>Andes Copper &amp; Lithium</p>
<p style="font-size: 11px; color: #888;">Please do not reply to this email; this mailbox is not monitored.</p>
</div>
{pixel('u4761.ct.greenhouse-mail.io', 'wf-open-11b70')}
</body></html>
""",
})

# 094 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "job_board_application_sent_to_employer",
    "kind": "application_received", "company": "Murchison Basin Minerals", "contact": "",
    "language": "en",
    "from": ("MineHire", "noreply@minehire.example.com.au"),
    "subject": "Your application was sent to Murchison Basin Minerals",
    "date": "2026-03-20 21:47 +0800",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.minehire.example.com.au/settings/email?u=vqh-20931>")],
    "text": """Application sent

Hi Valentina,

Your application for Project Controls Engineer at Murchison Basin Minerals (Perth WA, FIFO 8/6) has been sent.

What happens next?
Murchison Basin Minerals will review your application. If they'd like to progress, they'll contact you directly by phone or email.

Track your applications: https://www.minehire.example.com.au/my-activity/applied

Good luck!
The MineHire team

You're receiving this email because you applied for a job on MineHire. Manage email settings: https://www.minehire.example.com.au/settings/email
MineHire Pty Ltd, PO Box 7730, Cloisters Square WA 6850
""",
    "html": f"""<html><body style="margin:0;background:#eef1f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1c2430;line-height:21px;">
<tr><td style="padding:18px 26px;background:#14213d;"><img src="https://cdn.minehire.example.com.au/email/logo.png" alt="MineHire" width="110"></td></tr>
<tr><td style="padding:24px 26px;">
<h2 style="margin:0 0 12px;font-size:20px;">Application sent</h2>
<p>Hi Valentina,</p>
<p>Your application for <b>Project Controls Engineer</b> at <b>Murchison Basin Minerals</b> (Perth WA, FIFO 8/6) has been sent.</p>
<p><b>What happens next?</b><br>Murchison Basin Minerals will review your application. If they'd like to progress, they'll contact you directly by phone or email.</p>
<p><a href="{track('click.minehire.example.com.au', 'applied-vqh-20931')}" style="background:#fca311;color:#14213d;padding:10px 18px;text-decoration:none;font-weight:bold;border-radius:3px;">Track your applications</a></p>
<p>Good luck!<br>The MineHire team</p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#8892a0;background:#f6f7f9;">You're receiving this email because you applied for a job on MineHire. <a href="{track('click.minehire.example.com.au', 'settings-vqh')}" style="color:#8892a0;">Manage email settings</a><br>MineHire Pty Ltd, PO Box 7730, Cloisters Square WA 6850</td></tr>
</table></td></tr></table>
{pixel('click.minehire.example.com.au', 'o-vqh-20931')}
</body></html>
""",
})

# 095 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "icims_plain_text_acknowledgement",
    "kind": "application_received", "company": "Coastal Cordillera Mining", "contact": "",
    "language": "en",
    "from": ("Coastal Cordillera Mining Careers", "careers-noreply@talent.icims.com"),
    "subject": "Application received: Environmental Compliance Coordinator (2026-1187)",
    "date": "2026-06-09 16:33 -0700",
    "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Valentina,

Thank you for applying for the Environmental Compliance Coordinator position (Requisition 2026-1187) with Coastal Cordillera Mining Corp.

We have received your application and it is now under review. If your qualifications match the requirements of the role, a member of our Human Resources team will contact you.

You can check the status of your application at any time by logging in to your candidate profile:
https://careers-coastalcordillera.icims.com/jobs/login

Thank you for your interest in Coastal Cordillera Mining.

Sincerely,
Human Resources
Coastal Cordillera Mining Corp.

This message was sent from an unattended mailbox. Please do not reply.
""",
})

# 096 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workable_application_received_perth",
    "kind": "application_received", "company": "Ridgeway Mining Services", "contact": "",
    "language": "en",
    "from": ("Ridgeway Mining Services", "noreply@candidates.workablemail.com"),
    "subject": "Thanks for applying to Ridgeway Mining Services",
    "date": "2026-07-20 19:05 +0800",
    "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": f"""<html><body style="margin:0;padding:0;background:#f4f5f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;color:#2b2f33;">
<tr><td style="padding:26px 32px 0;"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/ridgeway.png" alt="Ridgeway Mining Services" height="34"></td></tr>
<tr><td style="padding:20px 32px;font-size:15px;line-height:23px;">
<p>Hi Valentina,</p>
<p>Thanks for applying for <b>Project Controls Engineer – Shutdowns</b> at Ridgeway Mining Services. We've got your application and the team will start reviewing candidates after the ad closes on 31 July.</p>
<p>We'll let you know either way once we've been through them.</p>
<p>Cheers,<br>The Ridgeway Mining Services team</p>
</td></tr>
<tr><td style="padding:14px 32px 24px;font-size:11px;color:#9aa0a6;border-top:1px solid #eef0f2;">You're receiving this email because you applied for a job at Ridgeway Mining Services. <a href="{track('apply.workable.com', 'ridgeway-data-2ac9', 'ridgeway-mining/data')}" style="color:#9aa0a6;">Manage your data</a> · Powered by Workable</td></tr>
</table></td></tr></table>
{pixel('email.workablemail.com', 'rms-o-19ff')}
</body></html>
""",
})

# 097 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "university_confirm_receipt_assume_unsuccessful",
    "kind": "application_received", "company": "Western Shield University",
    "contact": "k.brennan@westernshield.example.com.au", "language": "en",
    "from": ("Kylie Brennan", "k.brennan@westernshield.example.com.au"),
    "subject": "RE: Application - Lecturer in Project Management (Resources) Ref. 771204",
    "date": "2026-03-25 10:02 +0800",
    "in_reply_to": "<88e1f4a0-vqh-0324@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """Dear Valentina

Thank you for your email. I confirm receipt of your application for the position of Lecturer in Project Management (Resources), Ref. 771204, including your statement addressing the selection criteria.

Applications close on 5 April. Shortlisting will take place in the week of 20 April, and interviews are expected in late May. Due to the number of applications we receive, if you have not heard from us by 15 May, please assume that your application has not been successful on this occasion.

Kind regards

Kylie Brennan
Recruitment Advisor | People & Culture
Western Shield University
T +61 8 9555 7730

From: Valentina Quispe-Harrington <valentina.qh@example.cl>
Sent: Tuesday, 24 March 2026 11:48 PM
To: Kylie Brennan <k.brennan@westernshield.example.com.au>
Subject: Application - Lecturer in Project Management (Resources) Ref. 771204

Dear Ms Brennan,
The online portal timed out while I was uploading my documents, so I am attaching my application here. Could you please confirm it has been received?
Kind regards,
Valentina Quispe-Harrington
""",
})

# 098 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "ngo_got_your_application_short",
    "kind": "application_received", "company": "Mining Transparency Initiative Canada",
    "contact": "grace.okafor@mtican.example.ca", "language": "en",
    "from": ("Grace Okafor", "grace.okafor@mtican.example.ca"),
    "subject": "Re: Application – Program Officer, Responsible Sourcing",
    "date": "2026-08-18 08:44 -0700",
    "in_reply_to": "<d3c2b1a0-vqh-0817@example.cl>",
    "structure": "plain", "charset": "utf-8", "cte": "7bit",
    "text": """Hi Valentina,

Thanks - got your application! We'll start reviewing after the posting closes on August 24 and will be in touch with everyone either way by early September.

Grace

--
Grace Okafor (she/her)
Programs Manager
Mining Transparency Initiative Canada
""",
})

# 099 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "accuse_reception_seules_personnes_retenues",
    "kind": "application_received", "company": "Hydro-Nordique", "contact": "", "language": "fr",
    "from": ("Hydro-Nordique – Dotation", "hydronordique@taleo.net"),
    "subject": "Accusé de réception – Concours 26-0877",
    "date": "2026-03-16 04:12 +0000",
    "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "html": f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body bgcolor="#ffffff">
<table width="640" border="0" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://hydronordique.taleo.net/careersection/theme/hn/logo.gif" alt="Hydro-Nordique" border="0" width="180">
</td></tr></table>
<font face="Arial" size="2" color="#222222">
<p>Bonjour Valentina Quispe-Harrington,</p>
<p>Nous accusons réception de votre candidature au poste d'<b>ingénieure ou ingénieur, maîtrise de projets – Projets de production</b> (concours 26-0877) et nous vous remercions de l'intérêt que vous portez à Hydro-Nordique.</p>
<p>Toutes les candidatures seront analysées avec attention. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.</p>
<p>Vous pouvez suivre l'évolution de votre dossier dans votre <a href="{track('hydronordique.taleo.net', 'hn-26-0877-my', 'careersection/hn/mysubmissions.ftl')}">espace candidat</a>.</p>
<p>Direction – Dotation et acquisition de talents<br>Hydro-Nordique</p>
</font>
<hr size="1" noshade color="#cccccc">
<font face="Arial" size="1" color="#888888">Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.</font>
</body></html>
""",
})

# 100 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "workable_texte_accuse_bonne_reception",
    "kind": "application_received", "company": "Delacroix Conseil", "contact": "",
    "language": "fr",
    "from": ("Delacroix Conseil", "noreply@candidates.workablemail.com"),
    "subject": "Candidature reçue – Consultante senior Stratégie climat (Lima)",
    "date": "2026-02-12 15:21 +0100",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Bonjour Valentina,

Nous accusons bonne réception de votre candidature au poste de Consultante senior – Stratégie climat & industries extractives (bureau de Lima) et vous en remercions.

Notre équipe va étudier votre dossier avec attention. Nous reviendrons vers vous dans les meilleurs délais, que votre candidature soit retenue ou non.

Bien cordialement,

L'équipe Recrutement
Delacroix Conseil

--
Cet e-mail a été envoyé via Workable. Merci de ne pas répondre directement à ce message.
""",
})

# 101 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "personio_eingangsbestaetigung",
    "kind": "application_received", "company": "Kessler Anlagenbau", "contact": "",
    "language": "de",
    "from": ("Kessler Anlagenbau GmbH", "noreply@personio.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-01-22 06:03 +0100",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background-color:#f5f5f5;margin:0;">
<table cellpadding="0" cellspacing="0" width="100%" style="background-color:#f5f5f5;"><tr><td align="center" style="padding:30px 0;">
<table cellpadding="0" cellspacing="0" width="580" style="background-color:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<tr><td style="padding:24px 36px 0 36px;"><img src="https://kessler-anlagenbau.jobs.personio.de/logo/kessler.png" alt="Kessler Anlagenbau" width="160"></td></tr>
<tr><td style="padding:24px 36px;line-height:22px;">
<p>Sehr geehrte Frau Quispe-Harrington,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Projektingenieurin Projektsteuerung (m/w/d) – Standort Santiago de Chile</strong>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.</p>
<p>Mit freundlichen Grüßen<br><br>Ihr Recruiting-Team<br>Kessler Anlagenbau</p>
</td></tr>
<tr><td style="padding:16px 36px 26px 36px;font-size:11px;color:#7a7a7a;line-height:16px;border-top:1px solid #eeeeee;">
Kessler Anlagenbau GmbH · Huttropstraße 60 · 45138 Essen<br>
Geschäftsführer: Dr. Jörg Kessler, Annette Vogl · Amtsgericht Essen HRB 23817<br>
Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse können nicht bearbeitet werden.
</td></tr></table>
</td></tr></table>
</body></html>
""",
})

# 102 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "softgarden_eingang_kennziffer",
    "kind": "application_received", "company": "Hochschule für Bergbau und Umwelt Erzgebirge",
    "contact": "", "language": "de",
    "from": ("Hochschule für Bergbau und Umwelt Erzgebirge", "noreply@softgarden.io"),
    "subject": "Eingangsbestätigung - Kennziffer 41/2026",
    "date": "2026-05-06 10:15 +0200",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Quispe-Harrington,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung mit der Kennziffer 41/2026 (Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter (m/w/d) - Nachhaltige Rohstoffprojekte in Lateinamerika).

Die Bewerbungsfrist endet am 31. Mai 2026. Nach Ablauf der Frist wird die Auswahlkommission alle Bewerbungen sichten. Wir bitten um Verständnis, dass das Verfahren einige Wochen in Anspruch nehmen kann, und von Nachfragen zum Stand abzusehen.

Mit freundlichen Grüßen
Dezernat Personal
Hochschule für Bergbau und Umwelt Erzgebirge

Hinweis: Diese Nachricht wurde automatisch über softgarden erzeugt. Bitte antworten Sie nicht auf diese E-Mail.
""",
})

# 103 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "successfactors_vielen_dank_fuer_ihre_bewerbung",
    "kind": "application_received", "company": "Bergmann Fördertechnik", "contact": "",
    "language": "de",
    "from": ("Bergmann Fördertechnik Karriere", "noreply@successfactors.eu"),
    "subject": "Vielen Dank für Ihre Bewerbung – Projektcontrollerin (m/w/d) Antofagasta",
    "date": "2026-08-24 02:30 +0000",
    "structure": "alt", "charset": "utf-8", "cte": "base64",
    "text": """Sehr geehrte Frau Quispe-Harrington,

vielen Dank für Ihr Interesse an Bergmann Fördertechnik und Ihre Bewerbung als Projektcontrollerin (m/w/d) für unser Servicezentrum Antofagasta (Job-ID 48113).

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie zeitnah prüfen und uns anschließend bei Ihnen melden.

Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Bergmann Fördertechnik

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
""",
    "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 0 16px;border-bottom:2px solid #e2001a;"><img src="https://career5.successfactors.eu/companyLogo?company=bergmannfoer" alt="Bergmann Fördertechnik" height="40"></td></tr>
<tr><td style="padding:16px 0;line-height:16pt;">
<p>Sehr geehrte Frau Quispe-Harrington,</p>
<p>vielen Dank für Ihr Interesse an Bergmann Fördertechnik und Ihre Bewerbung als <b>Projektcontrollerin (m/w/d)</b> für unser Servicezentrum Antofagasta (Job-ID 48113).</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie zeitnah prüfen und uns anschließend bei Ihnen melden.</p>
<p>Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="{track('career5.successfactors.eu', 'bf-48113-profile', 'career')}">Kandidatenprofil</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Bergmann Fördertechnik</p>
</td></tr>
<tr><td style="font-size:8pt;color:#888;border-top:1px solid #ddd;padding-top:8px;">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.<br>Bergmann Fördertechnik GmbH · Hüttenstraße 41 · 44795 Bochum · Amtsgericht Bochum HRB 18833</td></tr>
</table>
</body></html>
""",
})

# ========================================= offer ===========================================

# 104 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "carta_oferta_condicionada_pdf",
    "kind": "offer", "company": "Minera Salar del Loa",
    "contact": "pverdugo@salardelloa.example.cl", "language": "es",
    "from": ("Paulina Verdugo Araya", "pverdugo@salardelloa.example.cl"),
    "subject": "Carta oferta – Ingeniera de Control de Proyectos",
    "date": "2026-05-12 17:40 -0400",
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable", "html_style": "outlook",
    "text": """Hola Valentina:

¡Muy buenas noticias! Tras las entrevistas con Ignacio y con la Gerencia de Proyectos, nos complace ofrecerte el cargo de Ingeniera de Control de Proyectos en Minera Salar del Loa, con base en Antofagasta y sistema de turno 5x2.

Adjunto encontrarás la carta oferta con el detalle de la renta, bonos y beneficios. La oferta está condicionada a:
1. Aprobar los exámenes preocupacionales, incluida la evaluación de altura geográfica para visitas a faena.
2. La verificación de antecedentes y referencias laborales.

Te agradeceríamos nos confirmes tu aceptación firmando la carta y enviándola de vuelta antes del martes 19 de mayo. La fecha de ingreso propuesta es el lunes 15 de junio, pero la podemos conversar.

Cualquier duda me llamas directamente.

Un abrazo y felicitaciones,

Paulina Verdugo Araya
Business Partner de Talento
Minera Salar del Loa
Av. Grecia 2800, Antofagasta | +56 55 255 9120
""",
    "attachments": [{
        "filename": "Carta_Oferta_VQuispe-Harrington.pdf",
        "title": "Minera Salar del Loa - Carta Oferta",
        "lines": ["Antofagasta, 12 de mayo de 2026", "Sra. Valentina Quispe-Harrington",
                  "Cargo: Ingeniera de Control de Proyectos - Gerencia de Proyectos",
                  "Renta bruta mensual: CLP 4.350.000 - Bono anual por desempeño: hasta 2,5 sueldos",
                  "Jornada: 5x2, Antofagasta - Fecha de ingreso propuesta: 15-06-2026",
                  "Oferta sujeta a exámenes preocupacionales y verificación de antecedentes.",
                  "Firma de aceptación: ______________________"],
    }],
})

# 105 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "oferta_verbal_confirmada_por_correo",
    "kind": "offer", "company": "Quillay Consultores Ambientales",
    "contact": "aquiroga@quillay.example.cl", "language": "es",
    "from": ("Andrés Quiroga", "aquiroga@quillay.example.cl"),
    "subject": "Lo conversado por teléfono",
    "date": "2026-04-02 19:12 -0300",
    "structure": "plain", "charset": "iso-8859-1", "cte": "8bit", "header_charset": "iso-8859-1",
    "text": """Valentina:

Tal como te comenté por teléfono hace un rato, con Carolina y Felipe estamos muy contentos con el proceso y nos encantaría que te sumes a Quillay como Jefa de Proyectos de Sustentabilidad.

Para que quede por escrito, lo que te ofrecimos:
- Contrato indefinido, jornada completa (con dos días de teletrabajo a la semana).
- Renta líquida mensual de $3.100.000, más bono anual por resultados del equipo.
- Seguro complementario de salud y 5 días adicionales de vacaciones.
- Ingreso a partir del lunes 4 de mayo, o cuando termines tu aviso.

Tómate el fin de semana largo para pensarlo y me cuentas el martes. Si aceptas, Gloria, de administración, te enviará el contrato para revisión.

Un saludo grande,
Andrés

Andrés Quiroga B.
Socio Director
Quillay Consultores Ambientales
""",
})

# 106 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "contrato_para_firma_madrid_pdf",
    "kind": "offer", "company": "Ferreira & Asociados",
    "contact": "mgil@ferreira-asociados.example.es", "language": "es",
    "from": ("Marta Gil Ramos", "mgil@ferreira-asociados.example.es"),
    "cc": [("Lucía Ferreira Mata", "lferreira@ferreira-asociados.example.es")],
    "subject": "Contrato para firma – Consultora de Sostenibilidad en Minería",
    "date": "2026-10-06 12:26 +0200",
    "structure": "mixed", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Valentina:

Encantada de saludarte. Soy Marta, de Personas y Administración de Ferreira & Asociados. Lucía me ha pasado tu aceptación de la oferta, ¡bienvenida!

Te adjunto el contrato indefinido para que lo revises y, si está todo correcto, nos lo devuelvas firmado (basta con firma electrónica o escaneado) antes del 16 de octubre. Recuerda que la incorporación está prevista para el 2 de noviembre en Madrid, y que el contrato queda condicionado a la obtención de la autorización de residencia y trabajo, que tramitaremos nosotros.

Para el alta en la Seguridad Social necesitaré además copia de tu pasaporte y el NIE en cuanto lo tengas.

Cualquier duda, estoy a tu disposición.

Un saludo,

Marta Gil Ramos
Personas y Administración
Ferreira & Asociados
C/ Velázquez 57, 3.º izq. · 28001 Madrid

Este mensaje y sus adjuntos son confidenciales. Ferreira & Asociados, S.L.P. trata sus datos conforme al RGPD.
""",
    "attachments": [{
        "filename": "Contrato_indefinido_VQuispe-Harrington.pdf",
        "title": "Contrato de trabajo indefinido",
        "lines": ["En Madrid, a 6 de octubre de 2026", "REUNIDOS",
                  "De una parte, Ferreira & Asociados, S.L.P., representada por Dña. Lucía Ferreira Mata.",
                  "De otra parte, Dña. Valentina Quispe-Harrington.",
                  "Categoría: Consultora Senior - Grupo profesional 1", "Salario bruto anual: 48.000 EUR",
                  "Fecha de inicio: 2 de noviembre de 2026", "Período de prueba: seis meses"],
    }],
})

# 107 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "propuesta_laboral_mendoza_voseo",
    "kind": "offer", "company": "Hidroeléctrica Cuyana", "contact": "gponce@hidrocuyana.example.ar",
    "language": "es",
    "from": ("Gabriela Ponce", "gponce@hidrocuyana.example.ar"),
    "subject": "Propuesta laboral – Coordinadora de Proyectos y Sustentabilidad",
    "date": "2026-10-20 16:08 -0300",
    "structure": "alt", "charset": "utf-8", "cte": "quoted-printable", "html_style": "gmail",
    "text": """Hola Valentina, ¿cómo estás?

Como te adelanté ayer, el equipo quedó encantado con vos y queremos hacerte formalmente la propuesta para sumarte como Coordinadora de Proyectos y Sustentabilidad en Hidroeléctrica Cuyana.

Te resumo las condiciones:
• Relación de dependencia, jornada completa, oficina en Ciudad de Mendoza con visitas a las centrales de Potrerillos y El Carrizal.
• Remuneración bruta mensual: ARS 4.800.000, con actualización trimestral por inflación.
• Prepaga para vos y tu grupo familiar, bono anual y 3 semanas de vacaciones.
• Apoyo con la mudanza desde Santiago y con los trámites de residencia.
• Fecha de inicio: 1 de diciembre (a conversar).

Si estás de acuerdo, te mando la carta oferta para firmar. ¿Nos podrías dar una respuesta antes del viernes?

Un abrazo grande,
Gabi

Gabriela Ponce
Jefa de Recursos Humanos
Hidroeléctrica Cuyana S.A.
San Martín 1250, Mendoza
""",
})

# 108 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "carta_de_ofrecimiento_docente_arequipa",
    "kind": "offer", "company": "Universidad Privada del Sur Andino",
    "contact": "talento@upsa.example.pe", "language": "es",
    "from": ("Dirección de Gestión del Talento - UPSA", "talento@upsa.example.pe"),
    "subject": "Carta de ofrecimiento - Docente a tiempo parcial 2026-II",
    "date": "2026-08-06 12:40 -0500",
    "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "header_charset": "iso-8859-1",
    "text": """Arequipa, 6 de agosto de 2026

Estimada Ing. Valentina Quispe-Harrington:

Tenemos el agrado de comunicarle que, concluido el proceso de la Convocatoria Docente 2026-II, la Comisión de Selección la ha declarado GANADORA de la plaza de docente a tiempo parcial para el curso "Gestión de Proyectos Mineros y Responsabilidad Socioambiental".

En ese sentido, le ofrecemos las siguientes condiciones:

- Modalidad: docente contratada a tiempo parcial (8 horas lectivas semanales)
- Periodo: semestre 2026-II (del 24 de agosto al 18 de diciembre de 2026)
- Retribución: S/ 95.00 por hora lectiva
- Modalidad de dictado: semipresencial (clases virtuales y dos visitas presenciales al mes)

Para formalizar la contratación, le solicitamos confirmar su aceptación respondiendo a este correo a más tardar el martes 11 de agosto y presentar copia legalizada de su título profesional y su constancia de colegiatura.

Atentamente,

Dirección de Gestión del Talento
Universidad Privada del Sur Andino
""",
})

# 109 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "letter_of_offer_conditional_visa_pdf",
    "kind": "offer", "company": "Murchison Basin Minerals",
    "contact": "sharon.pike@murchisonbasin.example.com.au", "language": "en",
    "from": ("Sharon Pike", "sharon.pike@murchisonbasin.example.com.au"),
    "cc": [("Liam O'Connor", "liam.oconnor@murchisonbasin.example.com.au")],
    "subject": "Letter of Offer - Project Controls Engineer",
    "date": "2026-05-05 15:22 +0800",
    "structure": "mixed", "charset": "utf-8", "cte": "7bit",
    "text": """Dear Valentina,

Following your interviews with Liam and the team, I am delighted to attach your Letter of Offer for the position of Project Controls Engineer, based in Perth with FIFO rotations to our Cue operations (8 days on / 6 days off).

Please note the offer is conditional on:
- a satisfactory pre-employment medical and drug and alcohol screen;
- a National Police Certificate and an equivalent certificate from Chile;
- the grant of a Skills in Demand (subclass 482) visa, which Murchison Basin Minerals will sponsor.

If you are happy to accept, please sign page 4 of the letter and return it to me by Friday 15 May. Once we have your acceptance our migration agent will contact you to start the visa application.

Congratulations - we're really looking forward to having you on board.

Kind regards,

Sharon Pike
HR Business Partner
Murchison Basin Minerals Limited
Level 12, 197 St Georges Terrace, Perth WA 6000
T +61 8 6555 3020

This email and any attachments are confidential. If you have received it in error please notify the sender and delete it.
""",
    "attachments": [{
        "filename": "Letter of Offer - V Quispe-Harrington.pdf",
        "title": "Murchison Basin Minerals Limited - Letter of Offer",
        "lines": ["5 May 2026", "Ms Valentina Quispe-Harrington, Santiago, Chile",
                  "Position: Project Controls Engineer (Permanent, Full-time)",
                  "Total fixed remuneration: AUD 168,000 plus superannuation",
                  "Roster: 8/6 FIFO ex Perth", "Conditions precedent: medical, police clearance, 482 visa",
                  "Acceptance: ____________________   Date: __________"],
    }],
})

# 110 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "lever_review_and_sign_offer",
    "kind": "offer", "company": "Sensoria Mining Analytics",
    "contact": "tyler@sensoria.example.ca", "language": "en",
    "from": ("Sensoria Mining Analytics", "no-reply@hire.lever.co"),
    "reply_to": ("Tyler Brandt", "tyler@sensoria.example.ca"),
    "subject": "Your offer from Sensoria Mining Analytics",
    "date": "2026-06-16 10:05 -0700",
    "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": f"""<html><body style="margin:0;padding:0;background:#f6f6f6;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d1d1f;padding:28px;">
<p><img src="https://lever-client-logos.s3.amazonaws.com/sensoria-logo.png" alt="Sensoria Mining Analytics" height="32"></p>
<p>Hi Valentina,</p>
<p>We're thrilled to offer you the position of <strong>Delivery Lead, LATAM Mining Clients</strong> at Sensoria Mining Analytics!</p>
<p>Your offer letter is ready for you to review and sign electronically. It includes your base salary of CAD 132,000, equity grant, benefits and a proposed start date of August 3, 2026. The role is remote from Santiago with quarterly trips to Vancouver.</p>
<p style="margin:26px 0;"><a href="{track('hire.lever.co', 'sensoria-offer-sign-77f1', 'offers/sensoria')}" style="background:#5b4fe9;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600;">Review and sign your offer</a></p>
<p>This offer expires on June 23, 2026. If you have any questions, just reply to this email and I'll get back to you.</p>
<p>Welcome (we hope!) to the team,<br>Tyler Brandt<br>Talent, Sensoria Mining Analytics</p>
<hr style="border:none;border-top:1px solid #e5e5e5;margin:24px 0 12px;">
<p style="font-size:11px;color:#8e8e93;">Sent via Lever on behalf of Sensoria Mining Analytics Inc.</p>
</div>
{pixel('hire.lever.co', 'sensoria-o-77f1')}
</body></html>
""",
})

# 111 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "verbal_offer_confirmed_director",
    "kind": "offer", "company": "Tallis & Brook Engineering",
    "contact": "rhys@tallisbrook.example.com.au", "language": "en",
    "from": ("Rhys Tallis", "rhys@tallisbrook.example.com.au"),
    "subject": "Following our call",
    "date": "2026-10-13 11:48 +0800",
    "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Valentina,

Great to speak this morning. As promised, here's the offer in writing while our HR team prepares the formal contract:

Role: Senior Project Controls Consultant (Mining & Processing)
Location: Perth office, hybrid, occasional site visits
Package: AUD 155,000 base + 12% super + annual bonus up to 10%
Relocation: flights for you and your partner, 4 weeks' temporary accommodation
Visa: we'll sponsor the 482 and cover the fees
Start: late January 2027, to fit around the visa

Happy to talk through anything. If it all looks right, reply "yes" and I'll get the paperwork moving.

Cheers,
Rhys

Rhys Tallis
Director | Tallis & Brook Engineering
Level 5, 15 Ogilvie Rd, Mount Pleasant WA 6153
""",
})

# 112 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "offre_client_transmise_par_cabinet_pdf",
    "kind": "offer", "company": "Mines Boréal-Richelieu",
    "contact": "sbruneau@bruneau-associes.example.ca", "language": "fr",
    "from": ("Sophie Bruneau", "sbruneau@bruneau-associes.example.ca"),
    "subject": "Offre d'emploi – Mines Boréal-Richelieu",
    "date": "2026-08-26 14:05 -0400",
    "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
    "header_charset": "windows-1252",
    "text": """Bonjour Valentina,

J'ai le grand plaisir de vous transmettre, ci-jointe, l'offre d'emploi de notre client, Mines Boréal-Richelieu, pour le poste de directrice du contrôle de projets à Vancouver.

En résumé : salaire annuel de 178 000 $ CA, prime cible de 20 %, régime de retraite à prestations déterminées, quatre semaines de vacances et prise en charge complète de la relocalisation et du permis de travail. L'offre est conditionnelle à la vérification des références et des antécédents.

Le client souhaiterait recevoir votre réponse d'ici le mercredi 2 septembre. Je reste disponible pour en discuter au téléphone quand vous le voudrez, et pour négocier certains points si nécessaire.

Toutes mes félicitations !

Sophie Bruneau
Associée principale
Bruneau & Associés inc. – Recherche de cadres
514 555-0122
""",
    "attachments": [{
        "filename": "Offre_emploi_MBR_VQuispe-Harrington.pdf",
        "title": "Mines Boréal-Richelieu - Offre d'emploi",
        "lines": ["Vancouver, le 25 août 2026", "Madame Valentina Quispe-Harrington",
                  "Poste : Directrice, contrôle de projets", "Salaire annuel : 178 000 $ CA",
                  "Prime cible : 20 %", "Date d'entrée en fonction : 2 novembre 2026",
                  "Offre conditionnelle à la vérification des références et des antécédents."],
    }],
})

# 113 ---------------------------------------------------------------------------------------
MESSAGES.append({
    "slug": "vertragsangebot_du_startup_pdf",
    "kind": "offer", "company": "Sedimenta", "contact": "jonas@sedimenta.example.com",
    "language": "de",
    "from": ("Jonas Albrecht", "jonas@sedimenta.example.com"),
    "subject": "Dein Vertragsangebot 🎉",
    "date": "2026-08-05 17:30 +0200",
    "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable", "html_style": "gmail",
    "text": """Hi Valentina,

wie heute im Call besprochen: Wir möchten dich sehr gern als Project Lead Chile an Bord holen! Im Anhang findest du den Entwurf deines Vertrags.

Die Eckdaten noch einmal kurz:
- Start: 1. Oktober 2026, remote aus Santiago (Contractor-Modell über unseren Partner in Chile)
- Jahresgehalt: 72.000 EUR brutto plus virtuelle Beteiligung (VSOP)
- 30 Tage Urlaub, zwei Team-Wochen pro Jahr in Berlin

Schau ihn dir in Ruhe an und sag mir bis Mitte nächster Woche Bescheid. Wenn du Fragen hast oder etwas anpassen möchtest, ruf mich einfach an.

Wir freuen uns riesig!
Jonas

--
Jonas Albrecht | Co-Founder & CEO
Sedimenta GmbH | Lohmühlenstraße 65, 12435 Berlin
Amtsgericht Charlottenburg HRB 228114 B | Geschäftsführer: Jonas Albrecht, Dr. Mira Okonkwo
""",
    "attachments": [{
        "filename": "Vertrag_Valentina_Quispe-Harrington_Entwurf.pdf",
        "title": "Sedimenta GmbH - Vertragsentwurf",
        "lines": ["Vertrag über freie Mitarbeit / Contractor Agreement (Entwurf)",
                  "zwischen der Sedimenta GmbH, Berlin, und Frau Valentina Quispe-Harrington",
                  "Position: Project Lead Chile", "Vergütung: 72.000 EUR p.a.",
                  "Beginn: 1. Oktober 2026"],
    }],
})
