"""Application acknowledgements and offers for the ninety-fifth corpus, written one by one."""

from __future__ import annotations

from msgs95_common import ME, ME_BARE, ME_SHORT, ats_shell, esc, gmail_html, outlook_html, pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- application_received

# A1. Workday, telecom, HTML only.
add({
    "kind": "application_received", "scenario": "workday_telvia_recibida", "lang": "es",
    "company": "Telvia Comunicaciones", "contact": "",
    "frm": ("Telvia Talent Acquisition", "telvia@myworkday.com"),
    "to": ME,
    "subject": "Hemos recibido tu solicitud – Content Designer (REQ-20417)",
    "date": "2026-01-30 22:14 +0100",
    "cte": "quoted-printable",
    "html": ats_shell(
        brand="Telvia", logo="https://telvia.wd3.myworkday.com/telvia/assets/logo-telvia.png",
        logo_alt="Telvia Comunicaciones", accent="#e4002b",
        preheader="Tu solicitud está en marcha",
        body="""<p>Hola Lucía:</p>
<p>¡Gracias por postularte a <strong>Content Designer</strong> (REQ-20417) en Telvia!</p>
<p>Hemos recibido tu solicitud correctamente. Nuestro equipo de selección la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.</p>
<p>Puedes consultar el estado de tu candidatura en cualquier momento desde tu <a href="https://telvia.wd3.myworkday.com/es-ES/TelviaCareers/userHome?source=ack" style="color:#e4002b;">área de candidato</a>.</p>
<p>Un saludo,<br>Equipo de Talento<br>Telvia Comunicaciones S.A.</p>""",
        footer="""Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.<br>
Telvia Comunicaciones S.A. · Paseo de la Castellana 211, 28046 Madrid""",
        pixel_url="https://telvia.wd3.myworkday.com/wday/track/open.gif?m=1a77b2c9&r=lucia.am"),
})

# A2. SmartRecruiters, "si no recibes noticias en 4 semanas...": still an acknowledgement.
add({
    "kind": "application_received", "scenario": "smartrecruiters_mercadillo_4_semanas", "lang": "es",
    "company": "Mercadillo", "contact": "",
    "frm": ("Mercadillo Careers", "mercadillo@smartrecruiters.com"),
    "to": ME,
    "subject": "¡Gracias por tu candidatura, Lucía!",
    "date": "2026-03-02 07:48 +0100",
    "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fafafa;">
<center>
<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<tr><td style="background:#ff5a1f;padding:18px 28px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/mercadillo/logo_white.png" alt="Mercadillo" width="150"></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.55;color:#2b2b2b;">
<p>Hola Lucía,</p>
<p>¡Gracias por postularte a <b>Product Manager Junior – Checkout</b>! Tu candidatura ha llegado bien y ya está en manos del equipo.</p>
<p>Recibimos cientos de candidaturas cada semana y, aunque nos encantaría, no podemos responder personalmente a todas. <b>Si no recibes noticias nuestras en las próximas 4 semanas, considera que tu candidatura no ha sido seleccionada</b> para esta posición.</p>
<p>Mientras tanto, ¿por qué no echas un vistazo a <a href="https://click.smartrecruiters.com/ls/click?upn=mrc-blog-8812" style="color:#ff5a1f;">cómo trabajamos</a>?</p>
<p>¡Un saludo!<br>El equipo de Mercadillo</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#9b9b9b;border-top:1px solid #eeeeee;">Mercadillo es una marca de Mercadillo Digital Commerce, S.A. · Powered by SmartRecruiters · <a href="https://click.smartrecruiters.com/ls/click?upn=mrc-unsub-01" style="color:#9b9b9b;">Darse de baja</a></td></tr>
</table></center>
""" + pixel("https://click.smartrecruiters.com/wf/open?upn=mrc-open-0302") + "\n</body></html>",
})

# A3. Job platform confirms an application sent to a family business.
add({
    "kind": "application_received", "scenario": "platform_curriculia_enviada", "lang": "es",
    "company": "Conservas Ibarra e Hijos", "contact": "",
    "frm": ("Curriculia", "avisos@curriculia.example.es"),
    "to": ME_BARE,
    "subject": "Tu candidatura se ha enviado a Conservas Ibarra e Hijos",
    "date": "2026-02-27 19:22 +0100",
    "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.curriculia.example.es/baja?u=lam&t=conf>"},
    "html": """<html><body style="margin:0;background:#eef1f6;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#20409a;padding:14px 24px;"><a href="https://trk.curriculia.example.es/c?u=home"><img src="https://static.curriculia.example.es/mail/logo-blanco.png" alt="Curriculia" width="130" border="0"></a></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:20px;">
<p style="font-size:18px;color:#20409a;margin:0 0 12px;"><b>¡Candidatura enviada!</b></p>
<p>Hola Lucía, hemos enviado tu CV y tu carta a la oferta:</p>
<table cellpadding="10" style="border:1px solid #dde3ee;width:100%;"><tr><td>
<b>Responsable de tienda online y contenidos</b><br>Conservas Ibarra e Hijos · Bermeo (Bizkaia)<br><span style="color:#888;">Publicada hace 3 días</span></td></tr></table>
<p>La empresa revisará tu candidatura. Te avisaremos cuando la lean o cambie su estado.</p>
<p><a href="https://trk.curriculia.example.es/c?u=mis-candidaturas" style="color:#20409a;">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;background:#f7f8fa;">Recibes este correo porque tienes una cuenta en Curriculia. <a href="https://www.curriculia.example.es/baja?u=lam&amp;t=conf" style="color:#999;">Gestionar avisos</a> · Curriculia Empleo S.L., Madrid</td></tr>
</table></td></tr></table>
<img src="https://trk.curriculia.example.es/o.gif?u=lam&amp;m=conf0227" width="1" height="1" alt="">
</body></html>""",
})

# A4. University electronic registry, iso-8859-1 plain with legal text.
add({
    "kind": "application_received", "scenario": "university_uom_registro", "lang": "es",
    "company": "Universitat Oberta del Mediterrani", "contact": "",
    "frm": ("Registre electrònic UOM", "registre-noreply@uom.example.es"),
    "to": ME_BARE,
    "subject": "Justificante de registro de entrada - Solicitud convocatoria 14/2026",
    "date": "2026-04-08 23:51 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """JUSTIFICANTE DE PRESENTACIÓN DE SOLICITUD

Número de registro: RE-2026-0048211
Fecha y hora de presentación: 08/04/2026 23:49:37
Interesada: ARRIETA-MBEKI, LUCÍA
Procedimiento: Convocatoria 14/2026 - Técnica/o de Contenidos UX (Área de Tecnologías Educativas)
Documentación aportada: Solicitud.pdf, CV.pdf, Titulacion.pdf, Portfolio.pdf

Su solicitud ha quedado registrada correctamente. Este justificante acredita la presentación, pero no prejuzga la admisión al proceso. La lista provisional de personas admitidas y excluidas se publicará en el tablón electrónico de la Universitat.

Universitat Oberta del Mediterrani
Av. Diagonal 690 - 08034 Barcelona

Este mensaje ha sido generado automáticamente. No responda a esta dirección.
""",
})

# A5. Greenhouse, travel brand, multipart/alternative, no reply.
_a5 = """Hola, Lucía:

¡Gracias por querer viajar con nosotros! Hemos recibido tu candidatura a UX Writer (Barcelona / híbrido) y el equipo de Personas ya la tiene.

Revisamos todas las candidaturas a mano, así que puede que tardemos un par de semanas. Te escribiremos pase lo que pase.

Un saludo,
Equipo de Personas · Viajes Meridiano
"""
add({
    "kind": "application_received", "scenario": "greenhouse_meridiano_recibida", "lang": "es",
    "company": "Viajes Meridiano", "contact": "",
    "frm": ("Viajes Meridiano vía Greenhouse", "no-reply@greenhouse-mail.io"),
    "to": ME,
    "subject": "Gracias por tu candidatura a Viajes Meridiano",
    "date": "2026-01-22 13:37 +0100",
    "cte": "quoted-printable",
    "text": _a5,
    "html": ats_shell(
        brand="Viajes Meridiano", logo="https://s3.amazonaws.com/grnhse-prod/logos/meridiano.png",
        logo_alt="Viajes Meridiano", accent="#00a19a",
        body="".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in _a5.strip().split("\n\n")),
        footer="Viajes Meridiano S.L. · Rambla de Catalunya 90, 08008 Barcelona · Enviado mediante Greenhouse"),
})

# A6. SuccessFactors, bank, windows-1252 HTML, usted.
add({
    "kind": "application_received", "scenario": "successfactors_bank_recepcion", "lang": "es",
    "company": "Banco Cantábrico", "contact": "",
    "frm": ("Banco Cantábrico | Selección", "bcnorte-noreply@successfactors.eu"),
    "to": ME,
    "subject": "Confirmación de recepción de su candidatura",
    "date": "2026-02-16 10:02 +0100",
    "charset": "windows-1252", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td bgcolor="#00395d" style="padding:14px 20px;"><img src="https://career5.successfactors.eu/careers/bcnorte/logo_blanco.png" alt="Banco Cantábrico" width="180" height="40"></td></tr>
<tr><td style="padding:24px 20px;">
<p>Estimada Lucía:</p>
<p>Le confirmamos que hemos recibido correctamente su candidatura para la posición <b>Product Manager – Onboarding Digital</b> (ref. 2026-PM-009).</p>
<p>Nuestro equipo de Selección analizará su perfil en los próximos días. Si su candidatura avanza, un miembro del equipo se pondrá en contacto con usted.</p>
<p>Le agradecemos la confianza depositada en Banco Cantábrico.</p>
<p>Atentamente,<br>Dirección de Personas y Cultura</p>
</td></tr>
<tr><td style="padding:12px 20px;border-top:1px solid #dddddd;font-size:10px;color:#888888;">Banco Cantábrico del Norte, S.A. – Gran Vía 30, 48009 Bilbao. Este correo se ha enviado desde una dirección que no admite respuestas. <a href="https://career5.successfactors.eu/career?company=bcnorte&amp;login_ns=register">Acceder a mi perfil</a></td></tr>
</table></body></html>""",
})

# A7. Studio acknowledges a speculative portfolio in person.
add({
    "kind": "application_received", "scenario": "tramontana_portfolio_recibido", "lang": "es",
    "company": "Estudio Tramontana", "contact": "berta.roig@tramontana.example.es",
    "frm": ("Berta Roig", "berta.roig@tramontana.example.es"),
    "to": ME_SHORT,
    "subject": "Re: Portfolio – UX writing / content design",
    "date": "2026-02-13 12:19 +0100",
    "refs": ["<lucia-tramontana-0212@example.es>"],
    "cte": "quoted-printable",
    "text": """¡Gracias, Lucía!

Hemos recibido tu portfolio y tu carta. Esta semana lo revisamos con Marc (el director de diseño) y te decimos algo antes de final de mes, sea lo que sea.

Berta
—
Berta Roig · Contenidos · tramontana.example.es
""",
})

# A8. Mexican job board confirms an application to a start-up.
add({
    "kind": "application_received", "scenario": "platform_bolsalaboral_mx", "lang": "es",
    "company": "Nómada Labs", "contact": "",
    "frm": ("Bolsa Laboral MX", "notificaciones@bolsalaboral.example.mx"),
    "to": ME,
    "subject": "Tu postulación fue enviada a Nómada Labs",
    "date": "2026-01-26 11:09 -0600",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<mailto:baja@bolsalaboral.example.mx?subject=baja>, <https://bolsalaboral.example.mx/baja?id=88172>"},
    "html": """<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:4px solid #00a86b;"><img src="https://cdn.bolsalaboral.example.mx/img/logo.png" alt="Bolsa Laboral MX"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;">
<p>¡Hola, Lucía!</p>
<p>Tu postulación para <b>Product Designer (Contenido) – remoto</b> en <b>Nómada Labs</b> fue enviada con éxito.</p>
<p>Te recomendamos completar tu perfil al 100% para aumentar tus posibilidades: <a href="https://bolsalaboral.example.mx/r?u=perfil&amp;s=mail">Completar mi perfil</a>.</p>
<p>¡Mucho éxito!<br>El equipo de Bolsa Laboral MX</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Bolsa Laboral MX, S.A. de C.V. · Ciudad de México · <a href="https://bolsalaboral.example.mx/baja?id=88172">Cancelar suscripción</a> · <a href="https://bolsalaboral.example.mx/aviso-de-privacidad">Aviso de privacidad</a></td></tr>
</table>
<img src="https://bolsalaboral.example.mx/px.gif?id=88172&amp;e=postulacion" width="1" height="1" alt="">
</body></html>""",
})

# A9. Recruitment agency acknowledges a CV for one of its own ads (no client named).
add({
    "kind": "application_received", "scenario": "agency_talentonorte_alta", "lang": "es",
    "company": "Talento Norte Consultores", "contact": "",
    "frm": ("Talento Norte Consultores", "candidaturas-noreply@talentonorte.example.es"),
    "to": ME,
    "subject": "Ref. TN-2215 Content Designer (Bilbao) - candidatura recibida",
    "date": "2026-03-11 08:15 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hola Lucía,

Gracias por inscribirte en la oferta Ref. TN-2215 Content Designer (Bilbao).

Hemos recibido tu CV y te hemos dado de alta en nuestra base de datos de candidatos. Una consultora del área de Digital revisará tu perfil y, si encaja con el puesto, te llamará en los próximos días.

Por favor, no respondas a este mensaje: es un envío automático.

Talento Norte Consultores
Alameda de Recalde 36, 48009 Bilbao
""",
})

# A10. Public body registry: no individual replies, the list will be published.
add({
    "kind": "application_received", "scenario": "public_imid_registro", "lang": "es",
    "company": "Instituto Municipal de Innovación Digital de Madrid", "contact": "",
    "frm": ("Sede electrónica IMID", "no-reply@imid-madrid.example.es"),
    "to": ME_BARE,
    "subject": "Registro de su solicitud – IMID/RRHH/2026/0117",
    "date": "2026-05-04 16:26 +0200",
    "cte": "quoted-printable",
    "text": """Su solicitud de participación en el procedimiento "Constitución de bolsa de empleo temporal – Técnico/a de Contenidos Digitales (A2)" ha sido registrada con el número de entrada 2026/E/031877.

No se enviarán comunicaciones individuales sobre el estado de las solicitudes. La relación provisional de personas admitidas y excluidas se publicará en el tablón de anuncios de la sede electrónica en el plazo máximo de un mes.

Instituto Municipal de Innovación Digital de Madrid
Mensaje automático – no responda a este correo.
""",
})

# A11. iCIMS: "we cannot reply to every applicant".
add({
    "kind": "application_received", "scenario": "icims_globetrek_cannot_reply_all", "lang": "en",
    "company": "Globetrek", "contact": "",
    "frm": ("Globetrek Careers", "careers-noreply@icims.com"),
    "to": ME,
    "subject": "Thank you for applying to Globetrek",
    "date": "2026-04-29 20:40 +0100",
    "cte": "quoted-printable",
    "html": """<html><body>
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Arial,sans-serif;"><tr><td align="center">
<table width="580" cellspacing="0" cellpadding="0">
<tr><td style="padding:20px 0;"><img src="https://careers-globetrek.icims.com/images/globetrek_logo.gif" alt="Globetrek - Travel made simple" width="200"></td></tr>
<tr><td style="font-size:14px;line-height:21px;color:#333;">
<p>Dear Lucía,</p>
<p>Thank you for applying for the <b>Product Manager, Traveller Experience</b> position (Req 2026-1187). We have received your application.</p>
<p>Due to the high volume of applications we receive, we are unfortunately unable to reply to every applicant individually. If your profile matches the requirements, a member of our Talent team will contact you within three weeks.</p>
<p>Best regards,<br>Globetrek Talent Acquisition</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:10px;color:#999;">Please do not reply to this message; this mailbox is not monitored.</td></tr>
</table></td></tr></table>
<img src="https://careers-globetrek.icims.com/icims2?track=open&amp;id=55130101" width="1" height="1" alt="">
</body></html>""",
})

# A12. Greenhouse, English, multipart/alternative.
_a12 = """Hi Lucía,

Thanks for applying for the Senior UX Writer role at Rutalia! We've got your application and our team will review it over the coming days.

We read every application ourselves (no robots), so please bear with us. You'll hear from us either way.

The Rutalia Talent team
"""
add({
    "kind": "application_received", "scenario": "greenhouse_rutalia_thanks", "lang": "en",
    "company": "Rutalia", "contact": "",
    "frm": ("Rutalia via Greenhouse", "no-reply@greenhouse-mail.io"),
    "to": ME,
    "subject": "Thanks for applying to Rutalia",
    "date": "2026-01-12 18:03 +0000",
    "cte": "quoted-printable",
    "text": _a12,
    "html": ats_shell(
        brand="Rutalia", logo="https://s3.amazonaws.com/grnhse-prod/logos/rutalia_wordmark.png",
        logo_alt="Rutalia", accent="#1b6cf2", font="Georgia,serif",
        body="".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in _a12.strip().split("\n\n")),
        footer='Sent by Greenhouse on behalf of Rutalia. <a href="https://app.greenhouse.io/privacy?u=rtl">Privacy</a>'),
})

# A13. Job platform confirms an application to a Berlin studio.
add({
    "kind": "application_received", "scenario": "platform_jobsnest_sent", "lang": "en",
    "company": "Kontrast Studio", "contact": "",
    "frm": ("JobsNest", "applications@mail.jobsnest.example.com"),
    "to": ME,
    "subject": "Application sent: Design Ops Lead at Kontrast Studio",
    "date": "2026-05-25 08:33 +0200",
    "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://jobsnest.example.com/u/settings/email?k=a9c>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><body style="margin:0;background:#ffffff;font-family:'Segoe UI',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;"><img src="https://cdn.jobsnest.example.com/email/logo.png" alt="JobsNest" height="26"></td></tr>
<tr><td style="font-size:20px;font-weight:600;color:#0a2540;padding-bottom:8px;">Your application was sent</td></tr>
<tr><td style="font-size:14px;color:#425466;line-height:22px;">
<table cellpadding="12" style="border:1px solid #e3e8ee;border-radius:8px;width:100%;"><tr>
<td width="48"><img src="https://cdn.jobsnest.example.com/logos/kontrast.png" alt="Kontrast Studio" width="40"></td>
<td><b style="color:#0a2540;">Design Ops Lead</b><br>Kontrast Studio · Berlin (Remote in EU)</td></tr></table>
<p>Kontrast Studio will be notified of your application. We'll let you know when they view it.</p>
<p><a href="https://jobsnest.example.com/l/track?u=a9c&amp;to=%2Fmy-applications" style="color:#635bff;">Track your applications</a></p>
</td></tr>
<tr><td style="padding-top:28px;font-size:11px;color:#8792a2;">JobsNest Ltd, 20 Eastbourne Terrace, London W2 6LG. Registered in England No. 12XXXXXX.<br><a href="https://jobsnest.example.com/u/settings/email?k=a9c" style="color:#8792a2;">Unsubscribe</a> from application updates.</td></tr>
</table></td></tr></table>
<img src="https://jobsnest.example.com/l/open?u=a9c&amp;m=appsent" width="1" height="1" alt="">
</body></html>""",
})

# A14. Workable, English newspaper, plain.
add({
    "kind": "application_received", "scenario": "workable_lisbon_ledger_thanks", "lang": "en",
    "company": "The Lisbon Ledger", "contact": "",
    "frm": ("The Lisbon Ledger", "noreply@workablemail.com"),
    "to": ME,
    "subject": "Thanks for applying to The Lisbon Ledger",
    "date": "2026-04-03 10:19 +0100",
    "cte": "base64",
    "text": """Hi Lucía,

Thanks for applying for the Audience & Product Editor position. Your application has been received and our team will take a look.

Good luck!
The Lisbon Ledger newsroom

--
Powered by Workable
""",
})

# A15. Founder acknowledges personally, terse.
add({
    "kind": "application_received", "scenario": "ledgerly_founder_got_it", "lang": "en",
    "company": "Ledgerly", "contact": "felix@ledgerly.example.de",
    "frm": ("Felix Hartmann", "felix@ledgerly.example.de"),
    "to": ME,
    "subject": "Re: Design Ops role",
    "date": "2026-02-19 07:55 +0100",
    "refs": ["<lucia-ledgerly-0218@example.es>"],
    "cte": "7bit",
    "text": """Got your application, thanks Lucia! Passing it to Sofia (our Head of Design) today - you'll hear from her next week.

Felix
--
Felix Hartmann, Co-founder & CEO
Ledgerly | ledgerly.example.de
""",
})

# A16. BambooHR: "if you haven't heard from us within 4 weeks...".
add({
    "kind": "application_received", "scenario": "bamboohr_hollis_vane_4_weeks", "lang": "en",
    "company": "Hollis & Vane Digital", "contact": "",
    "frm": ("Hollis & Vane Digital", "notifications@app.bamboohr.com"),
    "to": ME,
    "subject": "We've received your application",
    "date": "2026-07-24 09:12 +0100",
    "cte": "quoted-printable",
    "text": """Hi Lucía,

Thank you for applying for the Content Strategist role in our Lisbon studio. This note is to confirm that we've received your application.

We're a small team and can't always reply to everyone personally. If you haven't heard from us within 4 weeks, please assume that your application has not been successful this time.

Thanks again,
The Hollis & Vane team

This message was sent by BambooHR on behalf of Hollis & Vane Digital. Replies to this address are not read.
""",
    "html": """<div style="background:#f7f7f7;padding:30px 0">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;font-family:Lato,Arial,sans-serif;color:#38312f">
<tr><td style="padding:28px 36px 0"><img src="https://hollisvane.bamboohr.com/logos/hv_logo.png" alt="Hollis &amp; Vane Digital" height="40"></td></tr>
<tr><td style="padding:20px 36px 30px;font-size:15px;line-height:1.6">
<p>Hi Lucía,</p>
<p>Thank you for applying for the <strong>Content Strategist</strong> role in our Lisbon studio. This note is to confirm that we've received your application.</p>
<p>We're a small team and can't always reply to everyone personally. If you haven't heard from us within 4 weeks, please assume that your application has not been successful this time.</p>
<p>Thanks again,<br>The Hollis &amp; Vane team</p>
</td></tr></table>
<p style="text-align:center;font-family:Arial;font-size:11px;color:#999">This message was sent by BambooHR on behalf of Hollis &amp; Vane Digital. Replies to this address are not read.</p>
</div>""",
})

# A17. French newspaper acknowledges a spontaneous application, iso-8859-1 plain.
add({
    "kind": "application_received", "scenario": "quotidien_soir_accuse_reception", "lang": "fr",
    "company": "Le Quotidien du Soir", "contact": "",
    "frm": ("Le Quotidien du Soir - RH", "rh-candidatures@quotidiendusoir.example.fr"),
    "to": ME,
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-01-21 14:00 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Madame,

Nous accusons bonne réception de votre candidature spontanée et vous remercions de l'intérêt que vous portez à notre journal.

Votre dossier sera étudié avec attention par la Direction des ressources humaines et transmis, le cas échéant, aux responsables concernés.

Ce message est généré automatiquement ; merci de ne pas y répondre.

La Direction des ressources humaines
Le Quotidien du Soir
""",
})

# A18. SmartRecruiters in French, Paris travel tech.
add({
    "kind": "application_received", "scenario": "smartrecruiters_voyagix_bien_recue", "lang": "fr",
    "company": "Voyagix", "contact": "",
    "frm": ("Voyagix Recrutement", "voyagix@smartrecruiters.com"),
    "to": ME,
    "subject": "Votre candidature a bien été reçue !",
    "date": "2026-02-20 16:27 +0100",
    "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f5f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Montserrat,Arial,sans-serif;">
<tr><td style="padding:24px;border-bottom:1px solid #eee;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/voyagix/logo.png" alt="Voyagix" width="120"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222;line-height:1.6;">
<p>Bonjour Lucía,</p>
<p>Merci d'avoir postulé au poste de <b>Content Designer (remote)</b> chez Voyagix ! Votre candidature a bien été reçue et sera étudiée par notre équipe Talent.</p>
<p>Nous reviendrons vers vous dans les meilleurs délais.</p>
<p>À très vite,<br>L'équipe Talent Voyagix</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;">Voyagix SAS · 55 rue du Faubourg Montmartre, 75009 Paris · Propulsé par SmartRecruiters · <a href="https://click.smartrecruiters.com/ls/click?upn=vgx-unsub" style="color:#999;">Se désinscrire</a></td></tr>
</table></td></tr></table>
""" + pixel("https://click.smartrecruiters.com/wf/open?upn=vgx-open-0220") + "\n</body></html>",
})

# A19. softgarden German insurer: Eingangsbestätigung, HTML only.
add({
    "kind": "application_received", "scenario": "softgarden_nordhafen_eingang", "lang": "de",
    "company": "Nordhafen Versicherung", "contact": "",
    "frm": ("Nordhafen Versicherung AG", "no-reply@softgarden.io"),
    "to": ME,
    "subject": "Eingangsbestätigung Ihrer Bewerbung – UX Writer (m/w/d)",
    "date": "2026-02-05 21:47 +0100",
    "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Arrieta-Mbeki,

vielen Dank für Ihre Bewerbung als UX Writer (m/w/d) – Kennziffer 4471. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://nordhafen.softgarden.io/de/candidate/login

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordhafen Versicherung

--
Nordhafen Versicherung AG · Am Sandtorkai 50 · 20457 Hamburg
Vorstand: Dr. Henrike Lassen (Vorsitzende), Malte Brandes, Sven Okonkwo
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
    "html": ats_shell(
        brand="Nordhafen Versicherung", logo="https://nordhafen.softgarden.io/assets/logo_nordhafen.svg",
        logo_alt="Nordhafen Versicherung", accent="#005a8c", font="Arial,sans-serif",
        body="""<p>Sehr geehrte Frau Arrieta-Mbeki,</p>
<p>vielen Dank für Ihre Bewerbung als <b>UX Writer (m/w/d)</b> – Kennziffer 4471. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem <a href="https://nordhafen.softgarden.io/de/candidate/login">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Nordhafen Versicherung</p>""",
        footer="""Nordhafen Versicherung AG · Am Sandtorkai 50 · 20457 Hamburg · Vorstand: Dr. Henrike Lassen (Vorsitzende), Malte Brandes, Sven Okonkwo<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.""",
        pixel_url="https://track.softgarden.io/o/4471/lam-ack.gif"),
})

# A20. Personio, Berlin start-up, du, plain.
add({
    "kind": "application_received", "scenario": "personio_trenka_danke_du", "lang": "de",
    "company": "Trenka", "contact": "",
    "frm": ("Trenka Recruiting", "noreply@personio.de"),
    "to": ME,
    "subject": "Danke für deine Bewerbung bei Trenka!",
    "date": "2026-02-08 12:31 +0100",
    "cte": "quoted-printable",
    "text": """Hallo Lucia,

danke für deine Bewerbung als Content Designer (remote, EU)! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Wir bekommen gerade sehr viele Bewerbungen und können deshalb leider nicht jeder Person individuell antworten. Wenn du innerhalb von vier Wochen nichts von uns hörst, haben wir uns für andere Kandidat:innen entschieden.

Viele Grüße
Dein Trenka Recruiting Team

--
Trenka GmbH | Schlesische Str. 28 | 10997 Berlin
Geschäftsführer: Anja Wendt, Karim Haddad | Amtsgericht Charlottenburg HRB 219XXX B
Diese E-Mail wurde über Personio versendet.
""",
})

# A21. German job platform confirms an application to a media company.
add({
    "kind": "application_received", "scenario": "platform_stellenfeld_uebermittelt", "lang": "de",
    "company": "Rheinblick Medien", "contact": "",
    "frm": ("Stellenfeld", "bewerbung@benachrichtigung.stellenfeld.example.de"),
    "to": ME,
    "subject": "Ihre Bewerbung wurde an Rheinblick Medien übermittelt",
    "date": "2026-06-30 18:44 +0200",
    "cte": "base64",
    "headers": {"List-Unsubscribe": "<https://www.stellenfeld.example.de/abmelden?t=88af1>"},
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#f0f0f0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;background:#ffcc00;"><img src="https://static.stellenfeld.example.de/mail/logo.png" alt="Stellenfeld – Jobs für Macher" width="150"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#222;">
<p>Guten Tag Lucía Arrieta-Mbeki,</p>
<p>Ihre Bewerbung für die Stelle <b>UX Writer / Content Designer (m/w/d) – remote</b> wurde erfolgreich an <b>Rheinblick Medien</b> übermittelt.</p>
<p>Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen sehen Sie unter <a href="https://www.stellenfeld.example.de/r?u=88af1&amp;z=meine-bewerbungen">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Ihr Stellenfeld-Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#fafafa;">Stellenfeld GmbH · Speersort 10 · 20095 Hamburg · Geschäftsführer: Bernd Kowalczyk · HRB 14XXXX<br><a href="https://www.stellenfeld.example.de/abmelden?t=88af1" style="color:#888;">Benachrichtigungen abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://www.stellenfeld.example.de/px?t=88af1" width="1" height="1" alt="">
</body></html>""",
})

# ---------------------------------------------------------------- offer

# O1. Bank written offer with a PDF letter (multipart/mixed), Outlook chain quoting the interview.
add({
    "kind": "offer", "scenario": "bank_carta_oferta_pdf", "lang": "es",
    "company": "Banco Cantábrico", "contact": "nerea.goikoetxea@bancocantabrico.example.es",
    "frm": ("Goikoetxea Larrea, Nerea", "nerea.goikoetxea@bancocantabrico.example.es"),
    "to": ME,
    "subject": "Carta oferta – Product Manager Onboarding Digital",
    "date": "2026-04-01 17:45 +0200",
    "refs": ["<VI1PR04MB5519F2C7B1E04A6D9C8E2B1F5A3D7E80@VI1PR04MB5519.eurprd04.prod.outlook.com>"],
    "cte": "quoted-printable",
    "text": """Hola Lucía:

¡Enhorabuena! Como te adelantó Aitor por teléfono esta mañana, nos encantaría que te incorporases a Banco Cantábrico como Product Manager de Onboarding Digital.

Te adjunto la carta oferta con las condiciones: retribución fija de 52.000 € brutos anuales, variable de hasta un 10 %, modelo híbrido (dos días en la oficina de Bilbao o Madrid) e incorporación prevista el 4 de mayo.

La oferta es válida hasta el 10 de abril. Si tienes cualquier duda sobre las condiciones o quieres comentarlo, llámame cuando quieras.

Un abrazo,

Nerea Goikoetxea
Talent Acquisition · Banco Cantábrico
Gran Vía 30 · 48009 Bilbao
""",
    "attach": [{"filename": "Carta_oferta_LArrieta-Mbeki.pdf",
                "pdf": ["Banco Cantábrico", "Dirección de Personas y Cultura", "",
                        "Bilbao, 1 de abril de 2026", "", "Estimada Sra. Lucía Arrieta-Mbeki:",
                        "Nos complace ofrecerle el puesto de Product Manager - Onboarding Digital.",
                        "Retribución fija: 52.000 EUR brutos anuales. Variable: hasta el 10%.",
                        "Fecha de incorporación prevista: 4 de mayo de 2026.",
                        "Validez de la oferta: hasta el 10 de abril de 2026."]}],
})

# O2. Agency: verbal offer from the client confirmed in writing, exclamations.
add({
    "kind": "offer", "scenario": "agency_talentonorte_enhorabuena", "lang": "es",
    "company": "Onda Ibérica Telecom", "contact": "lorena.bastida@talentonorte.example.es",
    "frm": ("Lorena Bastida", "lorena.bastida@talentonorte.example.es"),
    "to": ME,
    "subject": "¡¡ENHORABUENA LUCÍA!! Oferta Onda Ibérica",
    "date": "2026-06-25 14:10 +0200",
    "cte": "8bit",
    "text": """Lucíaaaa!!! 🎉🎉

Como te he contado por teléfono hace un rato, ONDA IBÉRICA TE HACE OFERTA para Content Design Lead!!! Te lo dejo por escrito para que lo tengas todo:

- Salario: 55.000 € brutos/año + 8% variable
- Contrato indefinido, sin periodo de prueba más allá del legal
- Híbrido: 2 días en la ofi de Bilbao
- Incorporación: 1 de septiembre (negociable)

Recursos Humanos de Onda Ibérica te mandará la carta oficial esta semana. Piénsatelo tranquila y me dices algo antes del martes, ok? Cualquier duda me llamas!!!

Un abrazo enorme!!!

Lorena Bastida
Talent Acquisition Specialist
TALENTO NORTE CONSULTORES
""",
})

# O3. University: contract proposal to sign, PDF attached, iso-8859-1.
add({
    "kind": "offer", "scenario": "university_ibaizabal_contrato_pdf", "lang": "es",
    "company": "Universidad de Ibaizabal", "contact": "seleccion@ibaizabal.example.es",
    "frm": ("Universidad de Ibaizabal – Selección", "seleccion@ibaizabal.example.es"),
    "to": ME,
    "subject": "Propuesta de contratación – PAS-2026-08",
    "date": "2026-09-21 12:30 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimada Sra. Arrieta-Mbeki:

Nos complace comunicarle que, a la vista del resultado del proceso de selección PAS-2026-08, la Comisión ha propuesto su contratación como Técnica de Experiencia de Usuario en el Servicio de Comunicación Digital.

Adjuntamos la propuesta de contrato laboral (grupo II, jornada completa) para su revisión. Le rogamos nos la devuelva firmada, junto con la documentación que se indica en el anexo, antes del 30 de septiembre. La incorporación está prevista para el 15 de octubre de 2026.

Para cualquier aclaración puede responder a este correo.

Atentamente,
Servicio de Selección y Provisión
Universidad de Ibaizabal
""",
    "attach": [{"filename": "Propuesta_contrato_PAS-2026-08.pdf",
                "pdf": ["UNIVERSIDAD DE IBAIZABAL", "Propuesta de contrato laboral", "",
                        "Puesto: Técnica de Experiencia de Usuario (grupo II)",
                        "Persona propuesta: Lucía Arrieta-Mbeki",
                        "Jornada: completa. Incorporación: 15/10/2026.",
                        "Firma de la interesada: ______________________"]}],
})

# O4. Fintech founder confirms a verbal offer; multipart/alternative Gmail.
_o4 = """Hola Lucía,

Como te comenté ayer por teléfono: ¡queremos que te unas a Plazo como Product Manager de Pagos a plazos! 🙌

Resumen de lo que hablamos:
· 50.000 € fijos + stock options (0,15 %, vesting a 4 años con 1 de cliff)
· Remoto desde Barcelona con un día al mes en la oficina
· Fecha de inicio: 1 de octubre

Mañana te llegará el contrato para firmar por DocuSign. Si quieres hablar algo antes (salario, fecha, lo que sea), aquí estoy.

Sergio Andreu
Head of Product · Plazo
"""
add({
    "kind": "offer", "scenario": "plazo_verbal_offer_confirmed", "lang": "es",
    "company": "Plazo", "contact": "sergio@plazo.example.es",
    "frm": ("Sergio Andreu", "sergio@plazo.example.es"),
    "to": ME,
    "subject": "Tu oferta en Plazo",
    "date": "2026-08-28 10:12 +0200",
    "cte": "base64",
    "text": _o4,
    "html": gmail_html(_o4),
})

# O5. Valencia travel tech: written offer, PDF, multipart/mixed with alternative body.
_o5 = """Hola Lucía,

Tras las entrevistas de las últimas semanas, en Azahar Travel Tech estamos muy contentos de ofrecerte el puesto de Product Content Lead en nuestra oficina de València.

Te adjuntamos la oferta formal con el detalle de condiciones (retribución, beneficios, jornada intensiva en agosto y plan de formación). Para aceptarla, basta con responder a este correo antes del 9 de octubre; después te enviaremos el contrato.

¡Ojalá podamos darte pronto la bienvenida!

Vicent Soler
Director de Personas
Azahar Travel Tech
Moll de la Duana s/n · 46024 València
"""
add({
    "kind": "offer", "scenario": "azahar_oferta_formal_pdf", "lang": "es",
    "company": "Azahar Travel Tech", "contact": "vicent.soler@azahartravel.example.es",
    "frm": ("Vicent Soler", "vicent.soler@azahartravel.example.es"),
    "to": ME,
    "subject": "Oferta de empleo – Product Content Lead",
    "date": "2026-10-01 09:30 +0200",
    "mid": "<azahar.oferta.20261001@azahartravel.example.es>",
    "cte": "quoted-printable",
    "text": _o5,
    "html": outlook_html(_o5, font="Aptos"),
    "attach": [{"filename": "Oferta_Azahar_Product_Content_Lead.pdf",
                "pdf": ["AZAHAR TRAVEL TECH S.L.", "Oferta de empleo", "",
                        "Candidata: Lucía Arrieta-Mbeki", "Puesto: Product Content Lead",
                        "Salario bruto anual: 49.000 EUR", "Incorporación: 2 de noviembre de 2026"]}],
})

# O6. Conditional offer (references and right-to-work), English, multipart/alternative.
_o6 = """Hi Lucía,

I'm delighted to offer you the role of Design Operations Manager at Ledgerly!

This offer is conditional on two satisfactory references and a standard right-to-work check for remote employment through our EOR partner in Spain. Once those are through, we'll send the contract.

Headline terms:
- EUR 62,000 gross per year, remote from Barcelona
- 30 days holiday + Ledgerly week in Berlin twice a year
- Start date: 1 June (flexible)

Could you send me the contact details of your two referees by Friday? And please shout with any questions - happy to jump on a call.

Welcome (almost) aboard,
Sofia

Sofia Brandt
Head of Design · Ledgerly
Ledgerly GmbH · Rosenthaler Str. 40 · 10178 Berlin · HRB 23XXXX B
"""
add({
    "kind": "offer", "scenario": "ledgerly_conditional_offer", "lang": "en",
    "company": "Ledgerly", "contact": "sofia.brandt@ledgerly.example.de",
    "frm": ("Sofia Brandt", "sofia.brandt@ledgerly.example.de"),
    "to": ME,
    "cc": [("Felix Hartmann", "felix@ledgerly.example.de")],
    "subject": "Offer - Design Operations Manager",
    "date": "2026-04-23 16:05 +0200",
    "cte": "quoted-printable",
    "text": _o6,
    "html": gmail_html(_o6),
})

# O7. Lisbon e-commerce: contract to sign, PDF attached.
add({
    "kind": "offer", "scenario": "estrada_filhos_contract_pdf", "lang": "en",
    "company": "Estrada & Filhos", "contact": "marta.quintela@estrada-filhos.example.pt",
    "frm": ("Marta Quintela", "marta.quintela@estrada-filhos.example.pt"),
    "to": ME,
    "cc": [("Rui Estrada", "rui.estrada@estrada-filhos.example.pt")],
    "subject": "Your employment contract - please sign",
    "date": "2026-09-09 11:48 +0100",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Lucía,

Following Rui's call on Monday and your acceptance of our offer, please find attached your employment contract for the position of Product Manager, Marketplace, together with the remote-work annex.

Please review, sign every page and send it back to me by 16 September. If you'd prefer to sign electronically, let me know and I'll set it up.

We're all looking forward to working with you.

Kind regards,
Marta Quintela
Head of Operations | Estrada & Filhos
Rua Augusta 210, 1100-053 Lisboa
Estrada & Filhos Comércio Digital, Lda.
""",
    "attach": [{"filename": "Contrato_Lucia_Arrieta-Mbeki_EF.pdf",
                "pdf": ["ESTRADA & FILHOS COMERCIO DIGITAL, LDA.", "Contrato de trabalho / Employment contract",
                        "", "Employee: Lucía Arrieta-Mbeki", "Position: Product Manager, Marketplace",
                        "Start date: 1 October 2026", "Signature: ______________________"]}],
})

# O8. Paris e-commerce: promesse d'embauche, PDF attached, vous.
add({
    "kind": "offer", "scenario": "maison_pivoine_promesse_pdf", "lang": "fr",
    "company": "Maison Pivoine", "contact": "julie.marchand@maisonpivoine.example.fr",
    "frm": ("Julie Marchand", "julie.marchand@maisonpivoine.example.fr"),
    "to": ME,
    "subject": "Promesse d'embauche – Content Designer",
    "date": "2026-07-02 15:20 +0200",
    "cte": "quoted-printable",
    "text": """Bonjour Lucía,

J'ai le grand plaisir de vous confirmer notre souhait de vous accueillir chez Maison Pivoine en tant que Content Designer, en télétravail depuis Barcelone.

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions convenues lors de notre dernier échange (rémunération annuelle brute de 48 000 €, statut cadre, prise de poste le 1er septembre 2026).

Je vous remercie de bien vouloir nous la retourner signée d'ici le 10 juillet.

Au plaisir de travailler ensemble,

Julie Marchand
Responsable des Ressources Humaines
Maison Pivoine – 9 rue du Sentier, 75002 Paris
""",
    "attach": [{"filename": "Promesse_embauche_Arrieta-Mbeki.pdf",
                "pdf": ["MAISON PIVOINE SAS", "Promesse d'embauche", "",
                        "Madame Lucía Arrieta-Mbeki", "Poste : Content Designer (télétravail)",
                        "Rémunération annuelle brute : 48 000 EUR", "Date de prise de poste : 1er septembre 2026"]}],
})

# O9. Paris insurer confirms a verbal offer, windows-1252 8bit.
add({
    "kind": "offer", "scenario": "fiducia_proposition_confirmee", "lang": "fr",
    "company": "Fiducia Assurances", "contact": "p.lambert@fiducia-assurances.example.fr",
    "frm": ("Pierre Lambert", "p.lambert@fiducia-assurances.example.fr"),
    "to": ME,
    "subject": "Suite à notre échange téléphonique",
    "date": "2026-06-12 18:33 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Bonjour Madame Arrieta-Mbeki,

Suite à notre échange téléphonique de cet après-midi, je vous confirme par écrit notre proposition pour le poste de Responsable Design Ops au sein de la Direction de l’Expérience Client :

– rémunération fixe annuelle brute : 58 000 €, plus une part variable de 7 % ;
– télétravail depuis l’Espagne, avec un séjour à Paris par mois pris en charge ;
– prise de poste souhaitée : 1er septembre 2026.

Le contrat vous sera adressé par notre service juridique dès réception de votre accord de principe.

Je reste à votre disposition pour tout complément.

Bien cordialement,

Pierre Lambert
Directeur de l’Expérience Client
Fiducia Assurances – 40 avenue de l’Opéra, 75002 Paris
""",
})

# O10. Berlin travel tech: contract offer, PDF attached, Sie.
add({
    "kind": "offer", "scenario": "kranich_vertragsangebot_pdf", "lang": "de",
    "company": "Kranich Reisen", "contact": "m.wagner@kranich-reisen.example.de",
    "frm": ("Miriam Wagner", "m.wagner@kranich-reisen.example.de"),
    "to": ME,
    "subject": "Ihr Vertragsangebot als Senior Content Designerin",
    "date": "2026-08-18 10:05 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Arrieta-Mbeki,

wir freuen uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Position als Senior Content Designerin (remote) bei Kranich Reisen anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Konditionen (Jahresbruttogehalt 64.000 EUR, 30 Urlaubstage, Start am 1. Oktober 2026). Bitte senden Sie uns den unterschriebenen Vertrag bis zum 28. August zurück.

Bei Fragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Miriam Wagner
People & Culture
Kranich Reisen GmbH
Friedrichstraße 68 · 10117 Berlin
Geschäftsführer: Tobias Kranich · Amtsgericht Charlottenburg HRB 18XXXX B
""",
    "attach": [{"filename": "Vertragsangebot_Arrieta-Mbeki.pdf",
                "pdf": ["KRANICH REISEN GMBH", "Arbeitsvertrag (Angebot)", "",
                        "Frau Lucía Arrieta-Mbeki", "Position: Senior Content Designerin (remote)",
                        "Jahresbruttogehalt: 64.000 EUR", "Beginn: 1. Oktober 2026"]}],
})
