"""Application acknowledgements and offers of the hundredth corpus, one hand-written spec per
message (see msgs100_common)."""

from msgs100_common import ME

ACKS = [
    {
        "slug": "workday_received",
        "kind": "application_received", "lang": "es", "company": "Banco Meridiano", "contact": "",
        "sender": ("Banco Meridiano Talent Acquisition", "bancomeridiano@myworkday.com"),
        "to": [("Rodrigo Villaseñor", ME)],
        "subject": "Recibimos tu solicitud: Analista Sr. de Inteligencia de Negocios",
        "date": "2026-03-11 22:47 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background-color:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid #0b3d6e;">
<tr><td style="padding:20px 32px;"><img src="https://wd3.myworkday.com/bancomeridiano/assets/logo-bm.png" width="160" height="40" alt="Banco Meridiano"></td></tr>
<tr><td style="padding:0 32px 20px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1f2933;">
<p>Hola Rodrigo:</p>
<p>¡Gracias por postularte a Banco Meridiano! Confirmamos que recibimos tu solicitud para la vacante <strong>Analista Sr. de Inteligencia de Negocios (R-0048213)</strong>.</p>
<p>Nuestro equipo de Atracción de Talento revisará tu perfil y, si coincide con lo que buscamos, se pondrá en contacto contigo para los siguientes pasos.</p>
<p>Puedes consultar el estatus de tu solicitud en cualquier momento desde tu cuenta de candidato:</p>
<p><a href="https://wd3.myworkday.com/bancomeridiano/d/task/candidateHome.htmld?utm_medium=email" style="color:#0b3d6e;font-weight:bold;">Ir a mi cuenta de candidato</a></p>
<p>Atentamente,<br>Atracción de Talento | Banco Meridiano</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#e6eaf0;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#52606d;">
Este correo fue enviado desde una dirección que no acepta respuestas.<br>
Banco Meridiano, S.A., Institución de Banca Múltiple, Grupo Financiero Meridiano. <a href="https://www.bancomeridiano.example.mx/privacidad" style="color:#52606d;">Aviso de Privacidad</a>
</td></tr>
</table></td></tr></table>
<img src="https://wd3.myworkday.com/bancomeridiano/t/o.gif?e=R-0048213&amp;c=11a07e" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "job_board_sent_to_employer",
        "kind": "application_received", "lang": "es", "company": "TelValle", "contact": "",
        "sender": ("EmpleosYa", "notificaciones@empleosya.example.mx"),
        "subject": "Tu postulación fue enviada a TelValle",
        "date": "2026-03-24 20:31 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "base64",
        "headers": {"List-Unsubscribe": "<https://www.empleosya.example.mx/preferencias/baja?u=88120451&t=postulacion>",
                    "X-Campaign": "transaccional-postulacion"},
        "text": """¡Listo, Rodrigo!

Tu CV fue enviado a TelValle.

Líder de Analítica de Clientes
TelValle · Santa Fe, Ciudad de México
Postulado el 24/03/2026

¿Qué sigue?
La empresa revisará tu perfil. Te avisaremos por correo cuando lo consulte.

Ver mis postulaciones: https://www.empleosya.example.mx/candidato/postulaciones

Vacantes similares:
- Analista de Datos Sr. — Tiendas La Golondrina — Tlalnepantla
- Customer Analytics Manager — Kuali Pagos — Remoto

EmpleosYa · Recibes este correo porque te postulaste a una vacante.
Configurar notificaciones: https://www.empleosya.example.mx/preferencias
""",
        "html": """<html><body style="margin:0;background:#eef2f6;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 24px;background:#ffcc00;"><img src="https://cdn.empleosya.example.mx/mail/logo.png" alt="EmpleosYa" width="130"></td></tr>
<tr><td style="padding:24px;">
<h1 style="font-size:22px;margin:0 0 12px;color:#1a1a1a;">¡Listo, Rodrigo!</h1>
<p style="font-size:15px;color:#333;">Tu CV fue enviado a <b>TelValle</b>.</p>
<table width="100%" cellpadding="12" cellspacing="0" style="border:1px solid #e3e3e3;border-radius:4px;">
<tr><td style="font-size:15px;"><b>Líder de Analítica de Clientes</b><br><span style="color:#666;">TelValle · Santa Fe, Ciudad de México</span><br><span style="color:#999;font-size:13px;">Postulado el 24/03/2026</span></td></tr>
</table>
<h2 style="font-size:16px;margin:20px 0 6px;">¿Qué sigue?</h2>
<p style="font-size:14px;color:#333;">La empresa revisará tu perfil. Te avisaremos por correo cuando lo consulte.</p>
<p><a href="https://click.empleosya.example.mx/ls/click?upn=postulaciones-88120451" style="background:#0057b8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;font-size:14px;">Ver mis postulaciones</a></p>
<h2 style="font-size:16px;margin:24px 0 6px;">Vacantes similares</h2>
<p style="font-size:14px;"><a href="https://click.empleosya.example.mx/ls/click?upn=v-50211">Analista de Datos Sr.</a> — Tiendas La Golondrina — Tlalnepantla<br>
<a href="https://click.empleosya.example.mx/ls/click?upn=v-50388">Customer Analytics Manager</a> — Kuali Pagos — Remoto</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f7f7;">EmpleosYa · Recibes este correo porque te postulaste a una vacante.<br>
<a href="https://www.empleosya.example.mx/preferencias" style="color:#888;">Configurar notificaciones</a> · <a href="https://www.empleosya.example.mx/preferencias/baja?u=88120451&amp;t=postulacion" style="color:#888;">Darme de baja</a></td></tr>
</table></td></tr></table>
<img src="https://click.empleosya.example.mx/wf/open?upn=o-88120451" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "platform_offer_means_posting",
        "kind": "application_received", "lang": "es", "company": "Andina Insights", "contact": "",
        "sender": ("TalentoCol", "no-responder@talentocol.example.co"),
        "subject": "Confirmación de postulación: Analytics Engineer en Andina Insights SAS",
        "date": "2026-04-14 19:53 -0500",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Unsubscribe": "<mailto:baja@talentocol.example.co?subject=baja>"},
        "html": """<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:14px;color:#2b2b2b;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:12px 0;border-bottom:2px solid #00a3a1;"><img src="https://static.talentocol.example.co/img/talentocol.png" alt="TalentoCol" height="30"></td></tr>
<tr><td style="padding:18px 0;">
<p>Hola Rodrigo,</p>
<p>Tu postulación a la oferta <b>Analytics Engineer (Bogotá – híbrido)</b> de la empresa <b>Andina Insights SAS</b> fue registrada exitosamente el 14 de abril de 2026 a las 7:52 p. m.</p>
<p>Recuerda que la empresa es la encargada de revisar las hojas de vida y de contactar a los candidatos preseleccionados. Puedes seguir el estado de tu postulación en la sección <a href="https://www.talentocol.example.co/mis-postulaciones?src=mail">Mis postulaciones</a>.</p>
<p>Consejo: las hojas de vida con foto y perfil completo reciben hasta 3 veces más visitas.</p>
<p>¡Éxitos!<br>El equipo de TalentoCol</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8a8a;border-top:1px solid #e5e5e5;padding-top:8px;">Este correo se envió desde una dirección que no recibe respuestas. <a href="https://www.talentocol.example.co/baja?e=rodrigo.vo%40example.mx">Cancelar suscripción</a></td></tr>
</table>
<img src="https://www.talentocol.example.co/track/open/7731.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "cannot_reply_to_everyone",
        "kind": "application_received", "lang": "es", "company": "Seguros Ibéricos", "contact": "",
        "sender": ("Seguros Ibéricos - Selección", "no-responder@segurosibericos.example.es"),
        "subject": "Hemos recibido tu candidatura (Ref. MAD-2026-031)",
        "date": "2026-02-16 08:02 +0100",
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hola, Rodrigo:

Gracias por presentar tu candidatura a la oferta «Responsable de Reporting Comercial» (Ref. MAD-2026-031). Te confirmamos que la hemos recibido correctamente.

Cada semana recibimos un gran número de candidaturas y, aunque las leemos todas, no nos es posible responder de forma individual a cada persona. Si en un plazo de cuatro semanas no has tenido noticias nuestras, entiende que tu candidatura no ha sido seleccionada en esta ocasión.

Mucha suerte y gracias por pensar en Seguros Ibéricos.

Equipo de Selección
Seguros Ibéricos

Por favor, no respondas a este mensaje: esta dirección no admite respuestas.
—
Seguros Ibéricos, S.A. de Seguros y Reaseguros · Paseo de la Castellana 77, 28046 Madrid
""",
    },
    {
        "slug": "government_folio_pdf",
        "kind": "application_received", "lang": "es", "company": "Agencia Digital de Innovación Metropolitana",
        "contact": "",
        "sender": ("Sistema de Convocatorias ADIM", "no-responder@adim.example.mx"),
        "to": [("RODRIGO VILLASEÑOR OCAMPO", ME)],
        "subject": "Acuse de registro - Convocatoria ADIM/CE/007/2026 - Folio 2026-0314",
        "date": "2026-05-04 23:58 -0600",
        "structure": "mixed", "charset": "utf-8", "cte": "base64",
        "text": """C. RODRIGO VILLASEÑOR OCAMPO:

Su registro a la convocatoria ADIM/CE/007/2026, plaza Subdirector(a) de Analítica de Datos, ha quedado concluido con el folio 2026-0314.

Se adjunta el acuse de registro en formato PDF. Conserve este acuse, ya que le será solicitado en las siguientes etapas del proceso.

La publicación de resultados de la revisión curricular se realizará en el portal de la Agencia el 25 de mayo de 2026.

Este correo es generado por un sistema automático; favor de no responder.

Agencia Digital de Innovación Metropolitana
Dirección de Administración y Capital Humano
""",
        "attachments": [{"filename": "Acuse_registro_2026-0314.pdf", "pdf": [
            "AGENCIA DIGITAL DE INNOVACION METROPOLITANA",
            "ACUSE DE REGISTRO",
            "Convocatoria: ADIM/CE/007/2026",
            "Plaza: Subdirector(a) de Analitica de Datos",
            "Folio: 2026-0314",
            "Aspirante: RODRIGO VILLASENOR OCAMPO",
            "Fecha de registro: 04/05/2026 23:57",
            "Cadena de verificacion: 7F3A-91C0-22BD-E4A8",
        ]}],
    },
    {
        "slug": "successfactors_thanks",
        "kind": "application_received", "lang": "es", "company": "Aerolíneas Quetzal", "contact": "",
        "sender": ("Aerolíneas Quetzal Reclutamiento", "quetzal-careers@successfactors.eu"),
        "subject": "Gracias por tu postulación - Analista de Revenue Management",
        "date": "2026-01-27 13:09 -0600",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial;font-size:10pt;color:#222;">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 0;"><img src="https://career5.successfactors.eu/careers/aeroquetzal/header.jpg" alt="Aerolíneas Quetzal – Vuela con nosotros" width="600"></td></tr>
<tr><td style="padding:10px 0;">
<p>Hola Rodrigo,</p>
<p>Gracias por tu interés en formar parte de la tripulación de tierra de Aerolíneas Quetzal. Hemos recibido tu postulación para el puesto <b>Analista de Revenue Management (ID 38812)</b>.</p>
<p>Nuestro equipo revisará tu información y, en caso de que tu perfil coincida con los requisitos, nos comunicaremos contigo por este medio.</p>
<p>Puedes consultar tus postulaciones en el <a href="https://career5.successfactors.eu/career?company=aeroquetzal&amp;career_ns=job_application_list">portal de candidatos</a>.</p>
<p>Saludos,<br>Gerencia de Atracción de Talento<br>Aerolíneas Quetzal</p>
<p style="font-size:8pt;color:#777;">Este es un correo generado automáticamente, por favor no responda.</p>
</td></tr></table>
</body></html>
""",
    },
    {
        "slug": "university_radicado",
        "kind": "application_received", "lang": "es", "company": "Universidad del Rosal", "contact": "",
        "sender": ("Talento Humano Universidad del Rosal", "talentohumano@urosal.example.co"),
        "subject": "Recibido: hoja de vida Convocatoria 012-2026",
        "date": "2026-02-23 09:14 -0500",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Señor(a) Rodrigo Villaseñor Ocampo:

Acusamos recibo de su hoja de vida y documentos soporte para la Convocatoria 012-2026, cargo Profesional Especializado en Analítica, con número de radicado 2026-TH-00871.

La verificación de requisitos mínimos se publicará en la página web de la Universidad según el cronograma de la convocatoria. Le recomendamos consultarla periódicamente.

Oficina de Talento Humano
Universidad del Rosal
Calle 12C # 6-25, Bogotá D.C.

Este es un mensaje informativo generado automáticamente; por favor no responda a esta dirección.
""",
    },
    {
        "slug": "ngo_person_got_cv",
        "kind": "application_received", "lang": "es", "company": "Fundación Puentes",
        "contact": "nerea.etxeberria@fundacionpuentes.example.es",
        "sender": ("Nerea Etxeberria", "nerea.etxeberria@fundacionpuentes.example.es"),
        "subject": "Re: Candidatura técnico/a de datos e impacto",
        "date": "2026-06-02 10:11 +0200",
        "parent": "<CAJ7pQ2-Puentes-cv-01@mail.example.mx>",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo:

Gracias por tu candidatura, nos ha llegado bien el CV y la carta.

Estamos recibiendo candidaturas hasta el 12 de junio; después las revisamos entre Tomás, el director, y yo, y te decimos algo la semana siguiente, sea cual sea la respuesta.

Un saludo,
Nerea

El lun, 1 jun 2026 a las 23:40, Rodrigo Villaseñor Ocampo (<rodrigo.vo@example.mx>) escribió:
> Buenas noches:
>
> Os envío mi candidatura para el puesto de técnico/a de datos e impacto. Adjunto CV y carta de motivación. Me encantaría tener una entrevista para contaros mi experiencia con datos de programas sociales.
>
> Un saludo,
> Rodrigo Villaseñor Ocampo
""",
    },
    {
        "slug": "teamtailor_emoji_human",
        "kind": "application_received", "lang": "es", "company": "Nopal Labs", "contact": "",
        "sender": ("Nopal Labs", "nopal-labs@teamtailor-mail.com"),
        "subject": "¡Recibimos tu aplicación! 🌵",
        "date": "2026-02-02 15:40 -0600",
        "structure": "html", "charset": "utf-8", "cte": "8bit",
        "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#f6fbf4;margin:0;">
<div style="max-width:540px;margin:0 auto;padding:36px 18px;color:#1f3b1f;">
<img src="https://assets.teamtailor-cdn.example.com/nopal-labs/logo.png" alt="Nopal Labs" height="40">
<h1 style="font-size:24px;">¡Hola Rodrigo! 👋</h1>
<p style="font-size:16px;line-height:1.6;">Gracias por aplicar a <b>Analytics Engineer</b> en Nopal Labs. Ya nos llegó tu aplicación y alguien del equipo (sí, un humano) la va a revisar en los próximos días.</p>
<p style="font-size:16px;line-height:1.6;">Mientras tanto, puedes conocer cómo trabajamos en nuestro <a href="https://nopal-labs.teamtailor.example.com/blog?utm_source=teamtailor">blog</a> o seguirnos en <a href="https://www.instagram.example.com/nopallabs">Instagram</a>.</p>
<p style="font-size:16px;line-height:1.6;">¡Saludos desde Guadalajara! 🌮</p>
<p style="font-size:16px;">El equipo de Nopal Labs</p>
<p style="font-size:11px;color:#88a088;margin-top:40px;">Nopal Labs · Av. Chapultepec Sur 480, Guadalajara, Jal. · <a href="https://nopal-labs.teamtailor.example.com/privacy" style="color:#88a088;">Aviso de privacidad</a> · Enviado con Teamtailor</p>
</div>
<img src="https://t.teamtailor-mail.com/o/9e4b71c2aa.png" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "headhunter_cv_confidential",
        "kind": "application_received", "lang": "es", "company": "Cazatalentos Norte",
        "contact": "hvillalobos@cazatalentosnorte.example.mx",
        "sender": ("Héctor Villalobos", "hvillalobos@cazatalentosnorte.example.mx"),
        "subject": "Recibí tu CV - búsqueda Gerente de BI (confidencial)",
        "date": "2026-08-11 12:27 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hola Rodrigo,

Gracias por mandarme tu CV para la búsqueda de Gerente de BI que publicamos en LinkedIn. Es una posición confidencial para un cliente del sector automotriz en Saltillo/Monterrey, así que por ahora no te puedo dar el nombre.

Esta semana hago el primer filtro con el cliente y te aviso a más tardar el viernes si avanzas a entrevista.

Saludos,

Héctor Villalobos
Consultor Senior | Cazatalentos Norte
Av. Lázaro Cárdenas 2400, San Pedro Garza García, N.L.
81 5555 0181
""",
    },
    {
        "slug": "greenhouse_thanks_for_applying",
        "kind": "application_received", "lang": "en", "company": "Pecan Analytics", "contact": "",
        "sender": ("Pecan Analytics via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Pecan Analytics",
        "date": "2026-01-30 09:12 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#24292f;">
<p>Hi Rodrigo,</p>
<p>Thanks for applying to the <strong>Analytics Engineer</strong> role at Pecan Analytics! We're excited that you're interested in helping us make healthcare cost data easier to understand.</p>
<p>Our team will review your application and, if there's a fit, reach out to schedule a first conversation. In the meantime, feel free to learn more about <a href="https://www.pecananalytics.example.com/careers?gh_src=email">life at Pecan</a>.</p>
<p>Best,<br>The Pecan Analytics Recruiting Team</p>
<p style="font-size:11px;color:#6e7781;margin-top:28px;">Pecan Analytics, Inc. · 501 Congress Ave, Suite 300, Austin, TX 78701<br>Powered by <a href="https://www.greenhouse.example.com" style="color:#6e7781;">Greenhouse</a></p>
</div>
<img width="1" height="1" alt="" src="https://us.greenhouse-mail.io/wf/open?upn=u001.Pe4nAck9">
""",
    },
    {
        "slug": "only_shortlisted_contacted",
        "kind": "application_received", "lang": "en", "company": "University of East York", "contact": "",
        "sender": ("UEY Careers", "careers-noreply@eastyork.example.ca"),
        "subject": "Application Received - Competition #4471",
        "date": "2026-02-20 21:07 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Dear Rodrigo Villaseñor Ocampo,

Thank you for applying to Competition #4471, Business Intelligence Lead, Office of Institutional Research.

This message confirms that your application has been received. We receive a large number of applications and are unable to respond to each applicant individually. Only those selected for an interview will be contacted.

The University of East York is committed to employment equity and welcomes applications from all qualified individuals. Accommodations are available on request throughout the recruitment process.

Human Resources – Talent Acquisition
University of East York

Please do not reply to this message.
""",
    },
    {
        "slug": "job_board_submitted_to",
        "kind": "application_received", "lang": "en", "company": "Brazos Outfitters", "contact": "",
        "sender": ("HireLoop", "no-reply@hireloop.example.com"),
        "subject": "Application submitted: BI Analyst at Brazos Outfitters",
        "date": "2026-03-06 14:18 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "headers": {"List-Unsubscribe": "<https://www.hireloop.example.com/unsubscribe?token=aL0op7731>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        "html": """<html><body style="margin:0;background:#f3f2f1;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2d2d2d;border-radius:8px;">
<tr><td style="padding:20px 28px;"><img src="https://cdn.hireloop.example.com/email/logo.png" alt="HireLoop" width="110"></td></tr>
<tr><td style="padding:0 28px 20px;">
<p style="font-size:20px;font-weight:bold;margin:0 0 12px;">Your application has been submitted!</p>
<table width="100%" cellpadding="14" cellspacing="0" style="border:1px solid #e4e2e0;border-radius:6px;"><tr><td>
<b style="font-size:16px;">BI Analyst</b><br>Brazos Outfitters<br><span style="color:#767676;">Austin, TX 78704 · Full-time</span><br><span style="color:#767676;font-size:13px;">Applied on March 6, 2026</span>
</td></tr></table>
<p style="font-size:14px;">The employer may contact you directly by email or phone. Good luck!</p>
<p><a href="https://www.hireloop.example.com/rc/clk?jk=7f31b2&amp;from=applyconf" style="color:#2557a7;font-weight:bold;">Track your application</a></p>
<p style="font-size:15px;font-weight:bold;margin-top:24px;">Jobs you may like</p>
<p style="font-size:14px;"><a href="https://www.hireloop.example.com/rc/clk?jk=a11c09">Merchandise Planning Analyst</a> · Austin, TX<br><a href="https://www.hireloop.example.com/rc/clk?jk=b0d744">Reporting Analyst II</a> · Round Rock, TX</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#767676;border-top:1px solid #e4e2e0;">© 2026 HireLoop · <a href="https://www.hireloop.example.com/unsubscribe?token=aL0op7731" style="color:#767676;">Unsubscribe</a> · <a href="https://www.hireloop.example.com/privacy" style="color:#767676;">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://www.hireloop.example.com/pagead/open?e=7731" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "icims_received_bank",
        "kind": "application_received", "lang": "en", "company": "Maple Harbour Bank", "contact": "",
        "sender": ("Careers at Maple Harbour Bank", "mapleharbourbank@talent.icims.com"),
        "subject": "Application received – Senior Manager, Analytics Engineering (Req 2026-0419)",
        "date": "2026-03-02 08:44 -0500",
        "structure": "html", "charset": "windows-1252", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="620" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:16px 0;border-bottom:2px solid #7a0019;"><img src="https://careers-mapleharbourbank.icims.com/images/mhb_logo.png" alt="Maple Harbour Bank" width="190"></td></tr>
<tr><td style="padding:20px 0;line-height:1.55;">
<p>Dear Rodrigo,</p>
<p>Thank you for your interest in Maple Harbour Bank. We’ve received your application for <b>Senior Manager, Analytics Engineering</b> (Req 2026-0419).</p>
<p>If your qualifications match the requirements of the role, a member of our Talent Acquisition team will contact you to discuss next steps. You can review the status of your application at any time on our <a href="https://careers-mapleharbourbank.icims.com/jobs/candidates?pr=0">candidate dashboard</a>.</p>
<p>We’re committed to an inclusive and accessible recruitment process; if you require accommodation, please let us know.</p>
<p>Regards,<br>Talent Acquisition<br>Maple Harbour Bank</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">This is an automated message; replies are not monitored. Maple Harbour Bank is a trade name of Maple Harbour Financial Group Inc.</td></tr>
</table>
<img src="https://careers-mapleharbourbank.icims.com/icims2?ft=cm&amp;e=o&amp;r=0419" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "bamboohr_thanks",
        "kind": "application_received", "lang": "en", "company": "Lone Star Credit Union", "contact": "",
        "sender": ("Lone Star Credit Union", "notifications@app.bamboohr.com"),
        "subject": "Thanks for applying to Lone Star Credit Union!",
        "date": "2026-02-11 19:36 -0600",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

Thank you for applying for the Data Analytics Supervisor position at Lone Star Credit Union. We've received your application and our team is reviewing it now.

If your experience is a good match, someone from our Talent team will reach out about next steps.

Thanks again,
Lone Star Credit Union

This email was sent via BambooHR on behalf of Lone Star Credit Union. Please do not reply to this message.
""",
        "html": """<html><body style="font-family:Lato,Arial,sans-serif;color:#38312f;">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<img src="https://lonestarcu.bamboohr.example.com/logos/lscu.png" alt="Lone Star Credit Union" width="160">
<p>Hi Rodrigo,</p>
<p>Thank you for applying for the <b>Data Analytics Supervisor</b> position at Lone Star Credit Union. We've received your application and our team is reviewing it now.</p>
<p>If your experience is a good match, someone from our Talent team will reach out about next steps.</p>
<p>Thanks again,<br>Lone Star Credit Union</p>
<p style="font-size:11px;color:#999;">This email was sent via BambooHR on behalf of Lone Star Credit Union. Please do not reply to this message.</p>
</td></tr></table>
</body></html>
""",
    },
    {
        "slug": "ashby_we_got_it",
        "kind": "application_received", "lang": "en", "company": "Fieldnote", "contact": "",
        "sender": ("Fieldnote Hiring", "no-reply@ashbyhq.com"),
        "subject": "We got your application",
        "date": "2026-01-05 10:21 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "7bit",
        "text": """Hi Rodrigo,

Thanks for applying for Analytics Engineer at Fieldnote.

We read every application ourselves, usually within two weeks. If we'd like to keep talking we'll email you to set up a call; either way, you'll hear from us.

- Fieldnote

Sent via Ashby
""",
    },
    {
        "slug": "personio_eingang",
        "kind": "application_received", "lang": "de", "company": "Havel Mobility", "contact": "",
        "sender": ("Havel Mobility Recruiting", "noreply@mail.personio.de"),
        "subject": "Eingangsbestätigung: Ihre Bewerbung als Senior Analytics Engineer (m/w/d)",
        "date": "2026-02-12 21:15 +0100",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;">
<tr><td style="padding:24px;"><img src="https://havel-mobility.jobs.personio.de/logo.png" alt="Havel Mobility" width="140"></td></tr>
<tr><td style="padding:0 24px 24px 24px;line-height:1.6;">
<p>Sehr geehrter Herr Villaseñor Ocampo,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Senior Analytics Engineer (m/w/d)</b> und Ihr Interesse an Havel Mobility.</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr People-Team von Havel Mobility</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f5f5f5;font-size:11px;color:#666;">
Havel Mobility GmbH · Am Postbahnhof 17 · 10243 Berlin<br>
Geschäftsführer: Jonas Wendt, Dr. Lea Brückner · Amtsgericht Charlottenburg HRB 218844 B<br>
<a href="https://havel-mobility.jobs.personio.de/privacy-policy" style="color:#666;">Datenschutzerklärung</a>
</td></tr>
</table>
</body></html>
""",
    },
    {
        "slug": "institute_keine_nachfragen",
        "kind": "application_received", "lang": "de", "company": "Humboldt-Institut für Datenökonomie",
        "contact": "",
        "sender": ("Personalabteilung HIDÖ", "bewerbung@hidoe.example.de"),
        "subject": "Eingangsbestätigung - Kennziffer 2026/14",
        "date": "2026-04-27 08:30 +0200",
        "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Villaseñor Ocampo,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle einer/eines wissenschaftlichen Mitarbeiterin/Mitarbeiters im Bereich Datenmanagement (Kennziffer 2026/14).

Aufgrund der Vielzahl der Bewerbungen bitten wir Sie, von Nachfragen zum Stand des Verfahrens abzusehen. Wir werden uns nach Abschluss der Vorauswahl unaufgefordert bei Ihnen melden.

Mit freundlichen Grüßen
Personalabteilung
Humboldt-Institut für Datenökonomie e.V.
Luisenstraße 56, 10117 Berlin
""",
    },
    {
        "slug": "job_board_du_versendet",
        "kind": "application_received", "lang": "de", "company": "Spreewerk Analytics", "contact": "",
        "sender": ("StellenPilot", "benachrichtigung@stellenpilot.example.de"),
        "subject": "Deine Bewerbung bei Spreewerk Analytics GmbH wurde versendet",
        "date": "2026-04-20 22:04 +0200",
        "structure": "html", "charset": "utf-8", "cte": "base64",
        "headers": {"List-Unsubscribe": "<https://www.stellenpilot.example.de/abmelden?k=55e01>"},
        "html": """<html><body style="margin:0;background:#f0f4f8;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;background:#12355b;"><img src="https://cdn.stellenpilot.example.de/mail/logo-weiss.png" alt="StellenPilot" width="140"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.6;color:#222;">
<p>Hallo Rodrigo,</p>
<p>deine Bewerbung für die Stelle <b>„Analytics Engineer (m/w/d)“</b> bei <b>Spreewerk Analytics GmbH</b> (Berlin-Kreuzberg) wurde erfolgreich versendet.</p>
<p>Das Unternehmen meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du jederzeit in deinem <a href="https://www.stellenpilot.example.de/r/konto/bewerbungen?utm_source=mail">Bewerbungskonto</a>.</p>
<p>Viel Erfolg!<br>Dein StellenPilot-Team</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f7f7;">StellenPilot GmbH · Hamburg · <a href="https://www.stellenpilot.example.de/abmelden?k=55e01" style="color:#888;">E-Mail-Benachrichtigungen abbestellen</a> · <a href="https://www.stellenpilot.example.de/impressum" style="color:#888;">Impressum</a></td></tr>
</table></td></tr></table>
<img src="https://www.stellenpilot.example.de/o/55e01.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "taleo_accuse_reception",
        "kind": "application_received", "lang": "fr", "company": "Banque Port-Érable", "contact": "",
        "sender": ("Banque Port-Érable - Carrières", "bpe@taleo.net"),
        "subject": "Accusé de réception - Analyste principal, intelligence d'affaires (2600417)",
        "date": "2026-06-30 23:12 -0400",
        "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "html": """<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></HEAD>
<BODY>
<TABLE width="620" border="0" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:12px;color:#333333">
<TR><TD style="padding:10px 0"><IMG src="https://bpe.taleo.net/careersection/theme/4510/logo_bpe.gif" alt="Banque Port-&Eacute;rable" border="0"></TD></TR>
<TR><TD style="padding:10px 0">
<P>Bonjour Rodrigo,</P>
<P>Nous avons bien reçu votre candidature pour le poste d'analyste principal, intelligence d'affaires (numéro de référence 2600417), et nous vous remercions de l'intérêt que vous portez à la Banque Port-Érable.</P>
<P>Notre équipe d'acquisition de talents étudiera votre dossier avec attention. Seules les personnes retenues pour la suite du processus seront contactées.</P>
<P>Vous pouvez suivre l'état de votre candidature dans votre <A href="https://bpe.taleo.net/careersection/2/mysubmissions.ftl?lang=fr_CA">espace candidat</A>.</P>
<P>Acquisition de talents<BR>Banque Port-Érable</P>
</TD></TR>
<TR><TD style="font-size:10px;color:#888888;border-top:1px solid #cccccc;padding-top:8px">Ce courriel est envoyé automatiquement; merci de ne pas y répondre.</TD></TR>
</TABLE>
</BODY></HTML>
""",
    },
    {
        "slug": "sans_retour_quatre_semaines",
        "kind": "application_received", "lang": "fr", "company": "Groupe Lumière Conseil", "contact": "",
        "sender": ("Recrutement Groupe Lumière Conseil", "recrutement@lumiere-conseil.example.com"),
        "subject": "Votre candidature a bien été reçue",
        "date": "2026-04-29 07:45 +0200",
        "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour,

Nous accusons bonne réception de votre candidature au poste de Consultant(e) Senior Data & BI – Madrid et vous remercions de l’intérêt porté à Groupe Lumière Conseil.

Nos équipes étudient chaque dossier avec attention. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d’entre elles : sans retour de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n’a pas été retenue.

Cordialement,

Le service Recrutement
Groupe Lumière Conseil
Paris · Lyon · Madrid · Montréal
""",
    },
]

OFFERS = [
    {
        "slug": "offer_letter_pdf_bank",
        "kind": "offer", "lang": "es", "company": "Grupo Financiero Altamar",
        "contact": "xrobles@altamar.example.mx",
        "sender": ("Ximena Robles Garza", "xrobles@altamar.example.mx"),
        "subject": "Carta oferta - Gerente de Ingeniería Analítica",
        "date": "2026-03-20 13:10 -0600",
        "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Estimado Rodrigo:

Con mucho gusto le comparto la carta oferta formal para la posición de Gerente de Ingeniería Analítica en Grupo Financiero Altamar.

Resumen de la propuesta:
- Sueldo base mensual bruto: $92,000 MXN
- Aguinaldo de 30 días y prima vacacional del 50 %
- Vales de despensa y fondo de ahorro del 13 %
- Seguro de gastos médicos mayores para usted y sus dependientes
- Esquema híbrido: 3 días en oficina (Reforma 284)
- Fecha tentativa de ingreso: lunes 20 de abril de 2026

La oferta tiene vigencia hasta el viernes 27 de marzo. Le pido revisar el documento adjunto y, en caso de aceptarla, devolverlo firmado en todas sus hojas.

Quedo atenta a cualquier duda.

Saludos cordiales,

Ximena Robles Garza
Especialista de Atracción de Talento
Grupo Financiero Altamar
Tel. 55 5128 4400 ext. 2231
""",
        "attachments": [{"filename": "Carta_Oferta_RVillasenor_GFA.pdf", "pdf": [
            "GRUPO FINANCIERO ALTAMAR",
            "Ciudad de Mexico, 20 de marzo de 2026",
            "",
            "Rodrigo Villasenor Ocampo",
            "Presente",
            "",
            "Nos complace ofrecerle el puesto de Gerente de Ingenieria Analitica,",
            "con un sueldo base mensual bruto de $92,000 MXN y las prestaciones",
            "descritas en el anexo. Fecha de ingreso: 20 de abril de 2026.",
            "",
            "Acepto: ______________________    Fecha: ____________",
        ]}],
    },
    {
        "slug": "verbal_offer_confirmed",
        "kind": "offer", "lang": "es", "company": "Kuali Pagos",
        "contact": "ivan.cordero@kualipagos.example.mx",
        "sender": ("Iván Cordero", "ivan.cordero@kualipagos.example.mx"),
        "subject": "Lo que platicamos hoy 🙂",
        "date": "2026-05-04 19:22 -0600",
        "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Hola Rodrigo!

Como te comenté por teléfono hace rato, nos da muchísimo gusto ofrecerte la posición de Senior Analytics Engineer en Kuali Pagos. Te dejo por escrito lo que platicamos para que no quede duda:

• $78,000 MXN brutos mensuales
• 0.05% en opciones, con vesting a 4 años y cliff de 1 año
• 100% remoto dentro de México (una semana al trimestre en CDMX)
• 20 días de vacaciones desde el primer año

La idea es que arranques el lunes 1 de junio. Mañana te llega el contrato por DocuSign.

Si tienes cualquier pregunta, márcame o escríbeme. ¡Bienvenido (casi) al equipo!

Iván Cordero | Head of People | Kuali Pagos
""",
    },
    {
        "slug": "conditional_references_check",
        "kind": "offer", "lang": "es", "company": "Mandaditos",
        "contact": "camilo@mandaditos.example.co",
        "sender": ("Camilo Restrepo", "camilo@mandaditos.example.co"),
        "subject": "Oferta Analytics Lead - Mandaditos",
        "date": "2026-04-02 18:30 -0500",
        "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Rodrigo, qué alegría escribirte esto: queremos que seas nuestro Analytics Lead.

La oferta es:
- Salario integral de COP 22.000.000 mensuales
- Contrato a término indefinido
- Modalidad híbrida en Bogotá (o remoto los primeros 3 meses mientras te trasteas desde CDMX)
- 0,3 % en phantom shares

La oferta queda condicionada a dos cosas: la verificación de tus referencias laborales (vamos a contactar a las dos personas que nos diste) y el estudio de seguridad que hacemos con todo el equipo. Normalmente eso toma una semana.

¿Hablamos mañana y resolvemos dudas?

Un abrazo,
Camilo

Camilo Restrepo | CEO | Mandaditos
""",
    },
    {
        "slug": "contract_to_sign_madrid",
        "kind": "offer", "lang": "es", "company": "Grupo Castellana Retail",
        "contact": "lucia.garrido@grupocastellana.example.es",
        "sender": ("Lucía Garrido", "lucia.garrido@grupocastellana.example.es"),
        "cc": [("Álvaro Méndez Soler", "alvaro.mendez@grupocastellana.example.es")],
        "subject": "Contrato para firma – Data & BI Manager",
        "date": "2026-05-18 12:45 +0200",
        "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hola Rodrigo:

Como te adelantó ayer Álvaro por teléfono, estamos encantados de que te incorpores a Grupo Castellana Retail como Data & BI Manager.

Te adjunto el contrato indefinido y el anexo de condiciones (salario bruto anual de 62.000 €, más un variable de hasta el 10 % por objetivos) para que los revises y nos los devuelvas firmados antes del viernes 22. Puedes firmarlos digitalmente con tu certificado o imprimirlos, firmarlos y escanearlos.

Fecha de incorporación prevista: lunes 15 de junio. Te ayudaremos con los trámites del NIE y el alta en la Seguridad Social.

Cualquier duda, aquí me tienes.

Un saludo,

Lucía Garrido
Responsable de Selección
Grupo Castellana Retail
""",
        "attachments": [
            {"filename": "Contrato_indefinido_RVillasenor.pdf", "pdf": [
                "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO",
                "En Madrid, a 18 de mayo de 2026",
                "De una parte, Grupo Castellana Retail, S.A.",
                "De otra, D. Rodrigo Villasenor Ocampo",
                "Puesto: Data & BI Manager - Grupo profesional 1",
                "Incorporacion: 15 de junio de 2026",
            ]},
            {"filename": "Anexo_condiciones.pdf", "pdf": [
                "ANEXO DE CONDICIONES ECONOMICAS",
                "Salario bruto anual: 62.000 EUR en 14 pagas",
                "Retribucion variable: hasta el 10% por objetivos",
            ]},
        ],
    },
    {
        "slug": "family_business_offer_typos",
        "kind": "offer", "lang": "es", "company": "Muebleria Garza Hermanos",
        "contact": "hector.garza@garzahermanos.example.mx",
        "sender": ("Hector Garza", "hector.garza@garzahermanos.example.mx"),
        "subject": "Re: vacante analista",
        "date": "2026-03-12 21:03 -0600",
        "parent": "<CAJ7pQ2-Garza-gracias@mail.example.mx>",
        "refs": ["<000001dcaa71$4f1e2b30$ed5a8190$@garzahermanos.example.mx>"],
        "structure": "plain", "charset": "windows-1252", "cte": "8bit",
        "text": """Rodrigo buenas noches

Ya platique con mis hermanos y estamos de acuerdo, nos gustaria que trabajara con nosotros. Le ofrecemos 45 mil pesos al mes mas prestaciones de ley y un bono a fin de año segun como nos vaya. Seria de lunes a viernes en la oficina de Av. Lincoln y los sabados medio dia cada quince dias.

Si esta de acuerdo digame cuando podria empezar, nosotros quisieramos que fuera el 1ro de abril.

Saludos

Hector Garza Villarreal
Muebleria Garza Hermanos

El lun, 9 mar 2026 a las 18:03, Rodrigo Villaseñor Ocampo (<rodrigo.vo@example.mx>) escribió:
> Don Héctor, muchas gracias por recibirme el sábado. Me gustó mucho conocer las sucursales y platicar con Emilio sobre los inventarios. Quedo a sus órdenes para lo que decidan.
> Saludos,
> Rodrigo
""",
    },
    {
        "slug": "offer_letter_background_check",
        "kind": "offer", "lang": "en", "company": "Northgate Telecom",
        "contact": "sofia.alvarez@northgatetelecom.example.ca",
        "sender": ("Sofia Alvarez", "sofia.alvarez@northgatetelecom.example.ca"),
        "cc": [("Daniel Okafor", "daniel.okafor@northgatetelecom.example.ca")],
        "subject": "Your offer from Northgate Telecom",
        "date": "2026-06-10 15:30 -0400",
        "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hi Rodrigo,

Congratulations! On behalf of Daniel Okafor and the Data Platforms team, I'm delighted to extend you an offer for the position of Manager, Analytics Engineering.

Your offer letter is attached. The highlights:
- Base salary: CAD 148,000
- Annual incentive: 12% target
- RRSP matching up to 5%
- Four weeks of vacation
- Relocation support to Toronto, including temporary housing for 30 days

This offer is conditional upon the satisfactory completion of a background check (criminal record and education verification) and proof of your eligibility to work in Canada; we'll support the work permit application.

Please sign and return the letter by Wednesday, June 17. I'm happy to set up a call with Daniel if you have questions about the team or the role.

Warm regards,

Sofia Alvarez
Senior Talent Partner
Northgate Telecom | 25 Front St W, Toronto, ON
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Hi Rodrigo,</p>
<p>Congratulations! On behalf of Daniel Okafor and the Data Platforms team, I'm delighted to extend you an offer for the position of <b>Manager, Analytics Engineering</b>.</p>
<p>Your offer letter is attached. The highlights:</p>
<ul><li>Base salary: CAD 148,000</li><li>Annual incentive: 12% target</li><li>RRSP matching up to 5%</li><li>Four weeks of vacation</li><li>Relocation support to Toronto, including temporary housing for 30 days</li></ul>
<p>This offer is conditional upon the satisfactory completion of a background check (criminal record and education verification) and proof of your eligibility to work in Canada; we'll support the work permit application.</p>
<p>Please sign and return the letter by <b>Wednesday, June 17</b>. I'm happy to set up a call with Daniel if you have questions about the team or the role.</p>
<p>Warm regards,</p>
<p><b>Sofia Alvarez</b><br>Senior Talent Partner<br>Northgate Telecom | 25 Front St W, Toronto, ON</p>
</body></html>
""",
        "attachments": [{"filename": "Northgate_Offer_Letter_RVillasenorOcampo.pdf", "pdf": [
            "NORTHGATE TELECOM",
            "June 10, 2026",
            "Dear Rodrigo Villasenor Ocampo,",
            "We are pleased to offer you the position of Manager, Analytics Engineering.",
            "Base salary: CAD 148,000 per year. Target incentive: 12%.",
            "This offer is conditional on a satisfactory background check and",
            "proof of eligibility to work in Canada.",
            "Accepted: ____________________   Date: __________",
        ]}],
    },
    {
        "slug": "greenhouse_esign_offer",
        "kind": "offer", "lang": "en", "company": "Sixth Street Insights",
        "contact": "jordan@sixthstreetinsights.example.com",
        "sender": ("Sixth Street Insights", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Jordan Pike", "jordan@sixthstreetinsights.example.com"),
        "subject": "Your offer from Sixth Street Insights",
        "date": "2026-06-24 16:02 -0500",
        "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f6f7f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222;border-radius:6px;">
<tr><td style="padding:26px 32px 6px;"><img src="https://boards.greenhouse.example.com/sixthstreet/logo.png" alt="Sixth Street Insights" width="170"></td></tr>
<tr><td style="padding:10px 32px 26px;font-size:15px;line-height:1.6;">
<p>Hi Rodrigo,</p>
<p>We're thrilled to offer you the role of <b>Lead Analytics Engineer</b> at Sixth Street Insights!</p>
<p>Your offer letter is ready to review and sign electronically:</p>
<p style="text-align:center;"><a href="https://app.greenhouse.example.com/offers/esign/3c0b7e19?src=email" style="background:#24a47f;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px;font-weight:bold;">Review offer</a></p>
<p>Highlights: $142,000 base salary, 0.15% equity, a $3,000 home-office stipend, and a start date of Monday, July 20.</p>
<p>Please sign by Tuesday, June 30. If you have any questions, just reply to this email – it goes straight to Jordan.</p>
<p>Welcome aboard (we hope)!<br>The Sixth Street Insights team</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#999;border-top:1px solid #eee;">Sixth Street Insights LLC · 1100 E 6th St, Austin, TX · Powered by Greenhouse</td></tr>
</table></td></tr></table>
<img src="https://click.greenhouse-mail.io/wf/open?upn=u001.Offr2026" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "slug": "public_conditional_offer_pdf",
        "kind": "offer", "lang": "en", "company": "Capital Area Transit Authority",
        "contact": "hr.recruitment@capareatransit.example.com",
        "sender": ("CATA Human Resources", "hr.recruitment@capareatransit.example.com"),
        "subject": "Conditional Offer of Employment - Business Intelligence Manager",
        "date": "2026-08-05 10:20 -0500",
        "structure": "mixed", "charset": "utf-8", "cte": "7bit",
        "text": """Dear Mr. Villasenor Ocampo:

We are pleased to extend to you this conditional offer of employment for the position of Business Intelligence Manager (Pay Grade 21, Posting #26-041) at an annual salary of $118,450.

This offer is contingent upon the successful completion of a pre-employment background check, a drug screening, and verification of your employment authorization (Form I-9). Your anticipated start date is Monday, September 14, 2026.

Please review the attached offer letter, sign it, and return it to this office by Wednesday, August 12, 2026. Once we receive your signed letter, we will send instructions for scheduling the screenings.

Congratulations, and welcome to CATA.

Sincerely,

Gloria Ybarra
HR Generalist
Capital Area Transit Authority
2910 E. 5th Street, Austin, TX 78702
""",
        "attachments": [{"filename": "CATA_Conditional_Offer_26-041.pdf", "pdf": [
            "CAPITAL AREA TRANSIT AUTHORITY - HUMAN RESOURCES",
            "CONDITIONAL OFFER OF EMPLOYMENT",
            "Position: Business Intelligence Manager (Pay Grade 21)",
            "Annual salary: $118,450",
            "Contingencies: background check, drug screening, Form I-9",
            "Signature: ______________________   Date: __________",
        ]}],
    },
    {
        "slug": "arbeitsvertrag_zur_unterschrift",
        "kind": "offer", "lang": "de", "company": "Kiezbank",
        "contact": "julia.neumann@kiezbank.example.de",
        "sender": ("Julia Neumann", "julia.neumann@kiezbank.example.de"),
        "subject": "Ihr Vertragsangebot – Lead BI Engineer (m/w/d)",
        "date": "2026-07-15 14:35 +0200",
        "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Villaseñor Ocampo,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Dr. Ritter und unserem Vorstand die Position als Lead BI Engineer (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:

- Jahresbruttogehalt: 92.000 EUR
- 30 Tage Urlaub, hybrides Arbeiten (zwei Tage pro Woche im Büro)
- Unterstützung beim Umzug nach Berlin sowie bei der Beantragung der Blauen Karte EU
- Geplanter Eintritt: 1. Oktober 2026

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 31. Juli 2026 zurück – gern vorab als Scan per E-Mail. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen

Julia Neumann
Recruiting & Employer Branding
Kiezbank AG | Oranienstraße 183 | 10999 Berlin
Vorstand: Dr. Henrike Lang (Vorsitzende), Matthias Özdemir
Amtsgericht Charlottenburg HRB 201455 B
""",
        "attachments": [{"filename": "Arbeitsvertrag_Villasenor_Ocampo.pdf", "pdf": [
            "ARBEITSVERTRAG",
            "zwischen der Kiezbank AG, Oranienstrasse 183, 10999 Berlin",
            "und Herrn Rodrigo Villasenor Ocampo",
            "Paragraph 1 Beginn und Taetigkeit: Lead BI Engineer ab 01.10.2026",
            "Paragraph 3 Verguetung: 92.000 EUR brutto jaehrlich",
            "Paragraph 7 Urlaub: 30 Arbeitstage",
            "Berlin, den ____________   Unterschrift: ________________",
        ]}],
    },
    {
        "slug": "offre_ecrite_conditionnelle",
        "kind": "offer", "lang": "fr", "company": "Caisse Laurentienne",
        "contact": "genevieve.tremblay@caisselaurentienne.example.ca",
        "sender": ("Geneviève Tremblay", "genevieve.tremblay@caisselaurentienne.example.ca"),
        "subject": "Offre d'emploi – Conseiller principal, intelligence d'affaires",
        "date": "2026-09-14 11:05 -0400",
        "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Bonjour Rodrigo,

C'est avec grand plaisir que je vous confirme par écrit l'offre dont nous avons discuté vendredi pour le poste de conseiller principal, intelligence d'affaires, à notre bureau de Toronto.

- Salaire annuel : 112 000 $
- Boni annuel cible : 10 %
- Régime de retraite à prestations déterminées et assurances collectives dès l'entrée en fonction
- Quatre semaines de vacances
- Date d'entrée en fonction proposée : le lundi 2 novembre 2026

Cette offre est conditionnelle à la vérification de vos antécédents judiciaires et de vos références, ainsi qu'à l'obtention de votre permis de travail.

Merci de me faire part de votre décision d'ici le vendredi 18 septembre. Je demeure disponible pour répondre à vos questions.

Au plaisir de vous accueillir dans l'équipe,

Geneviève Tremblay
Conseillère en acquisition de talents
Caisse Laurentienne
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f;">
<p>Bonjour Rodrigo,</p>
<p>C'est avec grand plaisir que je vous confirme par écrit l'offre dont nous avons discuté vendredi pour le poste de <b>conseiller principal, intelligence d'affaires</b>, à notre bureau de Toronto.</p>
<ul>
<li>Salaire annuel : 112 000 $</li>
<li>Boni annuel cible : 10 %</li>
<li>Régime de retraite à prestations déterminées et assurances collectives dès l'entrée en fonction</li>
<li>Quatre semaines de vacances</li>
<li>Date d'entrée en fonction proposée : le lundi 2 novembre 2026</li>
</ul>
<p>Cette offre est conditionnelle à la vérification de vos antécédents judiciaires et de vos références, ainsi qu'à l'obtention de votre permis de travail.</p>
<p>Merci de me faire part de votre décision d'ici le vendredi 18 septembre. Je demeure disponible pour répondre à vos questions.</p>
<p>Au plaisir de vous accueillir dans l'équipe,</p>
<p><b>Geneviève Tremblay</b><br>Conseillère en acquisition de talents<br>Caisse Laurentienne<br>130, rue King Ouest, Toronto (Ontario)</p>
</body></html>
""",
    },
]

MESSAGES = [*ACKS, *OFFERS]

assert len(ACKS) == 21 and len(OFFERS) == 10
