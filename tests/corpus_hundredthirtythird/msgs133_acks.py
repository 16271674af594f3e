"""Application acknowledgements and offers, written one by one (hundred-thirty-third corpus)."""

from __future__ import annotations

from .msgs133_common import ats_card, esc, gmail_html, outlook_html, pixel

ACKS: list[dict] = []


def add(**spec: object) -> None:
    ACKS.append(spec)

# =============================================================================================
# application_received
# =============================================================================================

add(
    kind="application_received", scen="workday_cannot_reply_everyone", lang="en",
    company="Brightwater Analytics", contact="",
    frm=("Brightwater Analytics Talent Acquisition", "brightwater@myworkday.com"),
    subject="Thank you for applying to Brightwater Analytics",
    date="2026-02-02 14:51 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Brightwater Analytics", accent="#0b6e99",
        logo="https://wd5.myworkday.com/brightwater/assets/logo-email.png",
        logo_alt="Brightwater Analytics",
        body="""Hi Camila,

Thank you for applying for the Data Analyst II (Remote – Americas) position, requisition R-20418. We have received your application and it is now being reviewed by our recruiting team.

Because of the high volume of applications we receive, we are unfortunately not able to reply to every applicant individually. If your background is a match for the role, a member of our team will contact you to discuss next steps.

You can check the status of your application at any time in your candidate home.

Thank you again for your interest in Brightwater.

Talent Acquisition
Brightwater Analytics""",
        button=("Go to Candidate Home", "https://brightwater.wd5.myworkdayjobs.com/External/userHome"),
        footer=["Brightwater Analytics, Inc. · 400 Boylston Street, Boston, MA 02116, USA",
                "This message was sent from an unmonitored mailbox. Please do not reply."],
        pixel_url="https://wd5.myworkday.com/brightwater/email/open.gif?m=51ab09e2&r=R-20418",
        powered="Powered by Workday"),
)

add(
    kind="application_received", scen="four_weeks_consider_unsuccessful", lang="en",
    company="Copperleaf Retail", contact="",
    frm=("Copperleaf Retail Hiring Team", "noreply@smartrecruiters.com"),
    subject="We've received your application: Merchandising Data Analyst",
    date="2026-04-02 16:08 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Copperleaf Retail", accent="#b5532d",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/copperleaf/120x120.png",
        logo_alt="Copperleaf",
        body="""Hello Camila,

Thanks for applying for Merchandising Data Analyst (Remote, US hours). Your application has been received and our hiring team will review it over the coming weeks.

Please note: if you do not hear from us within 4 weeks, please consider your application unsuccessful on this occasion. We know that's not ideal, and we truly appreciate the time you put into applying.

In the meantime, learn more about life at Copperleaf on our careers blog.

Best wishes,
Copperleaf Retail Hiring Team""",
        button=("Life at Copperleaf", "https://jobs.smartrecruiters.com/ni/Copperleaf/life?trid=c21e8a44"),
        footer=["Copperleaf Retail Inc., 2200 Western Ave, Seattle, WA 98121",
                '<a href="https://my.smartrecruiters.com/unsubscribe?t=cd77e1" style="color:#8a8a8a;">Unsubscribe from job emails</a>'],
        pixel_url="https://email.smartrecruiters.com/wf/open?upn=Cu7Xl0leaf.gif"),
)

add(
    kind="application_received", scen="uk_careers_alt_unmonitored", lang="en",
    company="Meridian Telecom Group", contact="",
    frm=("Meridian Telecom Group Careers", "careers@meridiantelecom.example.com"),
    subject="Application received – Customer Insight Analyst (MTG-2291)",
    date="2026-03-09 08:12 +0000", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Dear Camila,

Thank you for your application for the role of Customer Insight Analyst (MTG-2291).

We confirm that we have received your application. Our Talent team will review all applications after the closing date of 20 March 2026, and we aim to contact shortlisted candidates by the end of that month.

Kind regards,
Talent Team
Meridian Telecom Group

This is an automated message and replies to this address are not monitored.
Meridian Telecom Group Ltd. Registered in England No 08812345. Registered office: 20 Canada Square, London E14 5HQ.
""",
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1d1d1b;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#5b2c83;padding:16px 24px;"><img src="https://www.meridiantelecom.example.com/email/mtg-logo-white.png" alt="Meridian Telecom Group" height="32"></td></tr>
<tr><td style="padding:24px;">
<p>Dear Camila,</p>
<p>Thank you for your application for the role of <strong>Customer Insight Analyst (MTG-2291)</strong>.</p>
<p>We confirm that we have received your application. Our Talent team will review all applications after the closing date of 20 March 2026, and we aim to contact shortlisted candidates by the end of that month.</p>
<p>Kind regards,<br>Talent Team<br>Meridian Telecom Group</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #e5e5e5;">This is an automated message and replies to this address are not monitored.<br>Meridian Telecom Group Ltd. Registered in England No 08812345. Registered office: 20 Canada Square, London E14 5HQ.</td></tr></table>
</body></html>
""",
)

add(
    kind="application_received", scen="job_platform_sent_to_employer", lang="en",
    company="Ledgerline", contact="",
    frm=("WorkNest", "applications@mail.worknest.example.com"),
    subject="Your application was sent to Ledgerline",
    date="2026-07-19 23:40 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.worknest.example.com/unsub?e=Y2FtaWxh&t=apply>, <mailto:unsubscribe@mail.worknest.example.com?subject=apply>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f2ef"><tr><td align="center" style="padding:20px 8px;">
<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="border-radius:8px;">
<tr><td style="padding:20px 24px 0 24px;"><a href="https://www.worknest.example.com/comm/feed?trk=eml-apply-logo"><img src="https://static.worknest.example.com/email/worknest-logo.png" alt="WorkNest" height="28"></a></td></tr>
<tr><td style="padding:16px 24px;">
<p style="font-size:20px;font-weight:600;color:#191919;margin:0 0 8px 0;">Your application was sent to Ledgerline</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><img src="https://media.worknest.example.com/company-logo/ledgerline_100.png" alt="Ledgerline logo" width="48" height="48"></td>
<td><a href="https://www.worknest.example.com/jobs/view/4012288731?trk=eml-apply-job" style="font-size:16px;color:#0a66c2;font-weight:600;text-decoration:none;">Data Analyst, Revenue Operations</a><br>
<span style="font-size:14px;color:#404040;">Ledgerline · Latin America (Remote)</span><br>
<span style="font-size:12px;color:#666;">Applied on July 19, 2026</span></td>
</tr></table>
<p style="font-size:14px;color:#404040;margin:16px 0;">Now, take these next steps for more success with your job search:</p>
<ul style="font-size:14px;color:#404040;">
<li><a href="https://www.worknest.example.com/jobs/tracker/applied?trk=eml-apply-tracker" style="color:#0a66c2;">Track your application</a></li>
<li><a href="https://www.worknest.example.com/premium/insights?trk=eml-apply-premium" style="color:#0a66c2;">See how you compare to other applicants</a></li>
<li><a href="https://www.worknest.example.com/jobs/search?keywords=data%20analyst&amp;trk=eml-apply-similar" style="color:#0a66c2;">Browse similar jobs</a></li>
</ul>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;border-top:1px solid #e8e8e8;">
This email was intended for Camila Hoffmann-Quispe (Contact Centre Supervisor | Aspiring Data Analyst).
<a href="https://www.worknest.example.com/help/why-this-email?trk=eml-apply-help" style="color:#666;">Learn why we included this.</a><br>
<a href="https://www.worknest.example.com/unsub?e=Y2FtaWxh&amp;t=apply" style="color:#666;">Unsubscribe</a> · <a href="https://www.worknest.example.com/help?trk=eml-apply-footer" style="color:#666;">Help</a><br>
© 2026 WorkNest Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
</td></tr></table>
</td></tr></table>
""" + pixel("https://www.worknest.example.com/emimp/ip_ZWxkOjEy.gif") + "\n</body></html>\n",
)

add(
    kind="application_received", scen="ashby_alt_hear_either_way", lang="en", company="Datenhafen",
    contact="",
    frm=("Datenhafen Recruiting", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Datenhafen!",
    date="2026-05-25 13:20 +0200", struct="alt", charset="utf-8", cte="base64",
    text="""Hi Camila,

Thanks for applying for the Junior Data Analyst (Remote, EU/LatAm overlap) position at Datenhafen! We've received your application.

What happens next: our team reviews every application by hand. You'll hear from us within two weeks either way – we don't ghost people.

If you'd like to learn more about what we do with port and logistics data in the meantime, have a look at our engineering blog: https://datenhafen.example.de/blog

Best,
The Datenhafen Team

Datenhafen GmbH · Am Sandtorkai 48 · 20457 Hamburg · Geschäftsführer: Ole Petersen, Dr. Miriam Kaya
""",
    html=ats_card(
        brand="Datenhafen", accent="#14325c",
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/datenhafen-logo.png",
        logo_alt="Datenhafen logo",
        body="""Hi Camila,

Thanks for applying for the Junior Data Analyst (Remote, EU/LatAm overlap) position at Datenhafen! We've received your application.

What happens next: our team reviews every application by hand. You'll hear from us within two weeks either way – we don't ghost people.

If you'd like to learn more about what we do with port and logistics data in the meantime, have a look at our engineering blog.

Best,
The Datenhafen Team""",
        button=("Read the blog", "https://datenhafen.example.de/blog?utm_source=ashby&utm_medium=email"),
        footer=["Datenhafen GmbH · Am Sandtorkai 48 · 20457 Hamburg",
                "Geschäftsführer: Ole Petersen, Dr. Miriam Kaya · Amtsgericht Hamburg HRB 171442"],
        pixel_url="https://app.ashbyhq.com/email-tracking/open/0d4f5a.png",
        powered="Sent with Ashby"),
)

# --- Español ---

add(
    kind="application_received", scen="successfactors_hemos_recibido", lang="es",
    company="Banco Andino del Sur", contact="",
    frm=("Banco Andino del Sur - Selección", "noreply-bancoandino@successfactors.eu"),
    subject="Hemos recibido tu postulación - Analista de Datos Jr.",
    hdr_cs="iso-8859-1",
    date="2026-06-02 22:31 -0500", struct="html", charset="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#00365f;padding:14px 20px;"><img src="https://performancemanager.successfactors.eu/public/ui-resource/bancoandino/logo_blanco.png" alt="Banco Andino del Sur" width="180"></td></tr>
<tr><td style="padding:24px 20px;border:1px solid #d9d9d9;">
<p>Hola Camila:</p>
<p>¡Gracias por postular a <b>Analista de Datos Jr. - División de Canales Digitales</b> (Req. 4630)!</p>
<p>Confirmamos que hemos recibido tu postulación correctamente. Nuestro equipo de Gestión del Talento revisará tu perfil y, si cumples con los requisitos del puesto, nos pondremos en contacto contigo por correo o teléfono.</p>
<p>Puedes revisar el estado de tu postulación ingresando a nuestro portal con tu usuario.</p>
<p>¡Éxitos!<br><b>Gerencia de Gestión del Talento</b><br>Banco Andino del Sur</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888888;">Este es un mensaje automático, por favor no respondas a este correo.<br>
Banco Andino del Sur S.A. - Av. Javier Prado Este 1250, San Isidro, Lima 27, Perú.</td></tr>
</table>
<img src="https://performancemanager.successfactors.eu/sf/emailtrack?cid=bancoandino&amp;mid=90144" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="application_received", scen="bolsa_empleo_enviada_a_empresa", lang="es",
    company="Qhapaq Microfinanzas", contact="",
    frm=("EmpleosYa", "notificaciones@empleosya.example.pe"),
    subject="¡Tu postulación fue enviada a Qhapaq Microfinanzas!",
    date="2026-03-29 20:05 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.empleosya.example.pe/baja?u=8812&tipo=postulacion>",
             "X-Mailer": "EmpleosYa Mailer 4.2"},
    html="""<html><body style="margin:0;background:#eef3f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#333;">
<tr><td style="background:#ff6a00;padding:14px 20px;"><a href="https://t.empleosya.example.pe/c/eJx1kM1qwzAQ?u=8812&amp;l=logo"><img src="https://cdn.empleosya.example.pe/mail/logo-blanco.png" alt="EmpleosYa" height="30"></a></td></tr>
<tr><td style="padding:22px 20px;">
<h2 style="margin:0 0 10px 0;font-size:20px;">¡Listo, Camila! 🎉</h2>
<p>Tu CV fue enviado con éxito a <strong>Qhapaq Microfinanzas</strong> para el aviso:</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #e3e3e3;width:100%;"><tr><td>
<a href="https://t.empleosya.example.pe/c/eJx1kM1qwzAQ?u=8812&amp;l=aviso" style="color:#0059b3;font-weight:bold;">Analista de Riesgos - Lima (Jesús María)</a><br>
<span style="font-size:12px;color:#777;">Publicado hace 3 días · Tiempo completo · Presencial</span></td></tr></table>
<p>La empresa revisará tu perfil. Te avisaremos por correo cuando vea tu CV o cambie el estado de tu postulación.</p>
<p style="font-size:13px;">Mientras tanto, <a href="https://t.empleosya.example.pe/c/eJx1kM1qwzAQ?u=8812&amp;l=completa" style="color:#0059b3;">completa tu perfil al 100%</a> y aumenta tus posibilidades.</p>
<p style="font-weight:bold;margin-top:24px;">Avisos similares que te pueden interesar</p>
<ul style="font-size:13px;padding-left:18px;">
<li><a href="https://t.empleosya.example.pe/c/eJx1kM1qwzAQ?u=8812&amp;l=sim1" style="color:#0059b3;">Analista de Créditos – Financiera del Centro</a></li>
<li><a href="https://t.empleosya.example.pe/c/eJx1kM1qwzAQ?u=8812&amp;l=sim2" style="color:#0059b3;">Analista de Información de Gestión – Caja Rural Sipán</a></li>
<li><a href="https://t.empleosya.example.pe/c/eJx1kM1qwzAQ?u=8812&amp;l=sim3" style="color:#0059b3;">Practicante de Business Intelligence – Retail Norte</a></li>
</ul>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999;background:#fafafa;">Recibes este correo porque postulaste desde tu cuenta de EmpleosYa. <a href="https://www.empleosya.example.pe/baja?u=8812&amp;tipo=postulacion" style="color:#999;">Dejar de recibir estos correos</a> · <a href="https://www.empleosya.example.pe/privacidad" style="color:#999;">Privacidad</a><br>EmpleosYa S.A.C. · Av. Benavides 1555, Miraflores, Lima.</td></tr>
</table></td></tr></table>
<img src="https://t.empleosya.example.pe/o/eJx1kM1qwzAQ.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="application_received", scen="icims_alto_volumen_30_dias", lang="es",
    company="Aseguradora Tequendama", contact="",
    frm=("Aseguradora Tequendama - Talento", "tequendama+autoreply@talent.icims.com"),
    subject="Confirmación de recepción de tu hoja de vida",
    date="2026-06-29 09:58 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Aseguradora Tequendama", accent="#f39200", lang="es",
        logo="https://careers-tequendama.icims.com/icims2/servlet/icims2?module=AppInert&action=download&id=5521&hashed=logo",
        logo_alt="Aseguradora Tequendama",
        body="""Hola Camila,

Gracias por aplicar a la vacante Analista de Indicadores (REQ-2026-1187). Recibimos tu hoja de vida y ya hace parte de nuestro proceso de selección.

Debido al alto volumen de aplicaciones que recibimos, no nos es posible responder de manera individual a cada persona. Si tu perfil avanza, te contactaremos por este medio o por teléfono. Si no recibes noticias nuestras en los próximos 30 días, entiende que en esta ocasión tu perfil no continuó en el proceso.

¡Gracias por querer hacer parte de Tequendama!

Gerencia de Talento Humano
Aseguradora Tequendama""",
        footer=["Aseguradora Tequendama S.A. · Av. Calle 26 # 69-76, Bogotá D.C.",
                "Este correo es generado automáticamente; las respuestas a esta dirección no son leídas.",
                '<a href="https://careers-tequendama.icims.com/jobs/unsubscribe?uid=77a1" style="color:#8a8a8a;">Cancelar suscripción</a>'],
        pixel_url="https://talent.icims.com/track/open?e=51d0aa&c=tequendama",
        powered="iCIMS Talent Cloud"),
)

add(
    kind="application_received", scen="mx_recibimos_tu_cv_typos", lang="es", company="Tiendas Ocotlán",
    contact="brenda.salgado@ocotlan.example.mx",
    frm=("Brenda Salgado", "brenda.salgado@ocotlan.example.mx"),
    subject="RE: vacante analista de datos comerciales",
    date="2026-06-09 10:14 -0600", struct="plain", charset="utf-8", cte="8bit",
    irt="<CAP7u1pXk0Q@mail.example.pe>",
    text="""Hola Camila buen dia

recibimos tu cv para la vacante de analista de datos comerciales, muchas gracias por tu interes en Tiendas Ocotlán. Ya lo pase al area comercial para que lo revisen, en cuanto tenga respuesta te aviso por este medio.

que tengas buen dia

Lic. Brenda Salgado
Reclutamiento y Seleccion
Tiendas Ocotlán
Tel 33 5550 2210 ext 118

> De: Camila Hoffmann-Quispe <camila.hq@example.pe>
> Enviado: lunes, 8 de junio de 2026 22:15
> Asunto: vacante analista de datos comerciales
>
> Buenas noches, adjunto mi CV para la vacante publicada en su página. Saludos.
""",
)

add(
    kind="application_received", scen="taleo_inscripcion_en_la_oferta", lang="es",
    company="Seguros La Alhambra", contact="",
    frm=("Seguros La Alhambra - Empleo", "alhambra@taleo.net"),
    subject="Confirmación de inscripción en la oferta 26/0871 Analista de Datos",
    hdr_cs="windows-1252",
    date="2026-08-24 11:32 +0200", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Estimada Camila Hoffmann-Quispe:

Te confirmamos que tu inscripción en la oferta 26/0871 "Analista de Datos – Dirección de Clientes (Madrid)" se ha realizado correctamente.

Tu candidatura será valorada por el equipo de Selección de Seguros La Alhambra. En caso de que tu perfil se ajuste a los requisitos, contactaremos contigo para continuar con el proceso.

Puedes consultar el estado de tu candidatura en cualquier momento en el área "Mis candidaturas" de nuestro portal de empleo.

Gracias por tu interés.

Dirección de Personas
Seguros La Alhambra

-------------------------------------------------------
Este mensaje ha sido generado automáticamente. Por favor, no respondas a este correo.
Seguros La Alhambra, S.A. de Seguros y Reaseguros · C/ Gran Vía de Colón 12, 18010 Granada
""",
)

add(
    kind="application_received", scen="bamboohr_gracias_por_postular", lang="es",
    company="Cóndor Capital", contact="",
    frm=("Cóndor Capital", "notifications@app.bamboohr.com"),
    subject="¡Gracias por postular, Camila!",
    date="2026-02-16 12:03 -0300", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="background:#f6f7f9;margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e2e4e8;font-family:'Lato',Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#38312f;">
<tr><td align="center" style="padding:28px 0 10px 0;"><img src="https://condorcapital.bamboohr.com/logos/company_logo_email.png" alt="Cóndor Capital" width="160"></td></tr>
<tr><td style="padding:10px 36px 24px 36px;">
<p>¡Hola Camila!</p>
<p>Recibimos tu postulación al cargo de <strong>Analista de Datos – Riesgo y Cobranza</strong>. Gracias por tu interés en sumarte a Cóndor 🦅</p>
<p>Vamos a revisar tu perfil con calma durante las próximas dos semanas. Si avanzas a la siguiente etapa, te escribiremos para coordinar una conversación.</p>
<p>Un saludo,<br>Equipo de Personas<br>Cóndor Capital</p>
</td></tr>
<tr><td style="padding:14px 36px;background:#f6f7f9;font-size:11px;color:#8b8b8b;">Cóndor Capital SpA · Av. Isidora Goyenechea 2800, of. 1401, Las Condes, Santiago<br>Powered by <a href="https://www.bamboohr.com/?utm_source=ats-email" style="color:#8b8b8b;">BambooHR</a></td></tr>
</table></td></tr></table>
<img src="https://condorcapital.bamboohr.com/email/open/3ba0f2.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="application_received", scen="acuse_de_recibo_base64", lang="es",
    company="Banco Guayas Unido", contact="",
    frm=("Selección Banco Guayas Unido", "seleccion@bguayas.example.ec"),
    subject="Acuse de recibo de su postulación",
    date="2026-07-14 07:45 -0500", struct="plain", charset="utf-8", cte="base64",
    text="""Estimada postulante:

Banco Guayas Unido acusa recibo de su postulación al cargo de ANALISTA DE INTELIGENCIA DE NEGOCIOS (Guayaquil / modalidad híbrida).

Su hoja de vida será analizada por el Departamento de Selección. Únicamente los perfiles preseleccionados serán contactados para las siguientes etapas.

Atentamente,
Departamento de Selección
Banco Guayas Unido
Av. 9 de Octubre 100 y Malecón Simón Bolívar, Guayaquil

NOTA: Este buzón no recibe respuestas. Por favor no responda a este mensaje.
""",
)

add(
    kind="application_received", scen="sector_publico_registro_cas", lang="es",
    company="Programa Nacional de Inclusión Financiera", contact="",
    frm=("PNIF - Postulaciones", "postulaciones-noreply@pnif.example.pe"),
    subject="Registro de postulación exitoso - CAS N° 012-2026-PNIF",
    date="2026-01-19 23:58 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""PROGRAMA NACIONAL DE INCLUSIÓN FINANCIERA - PNIF

CONSTANCIA DE REGISTRO DE POSTULACIÓN

Proceso: CAS N° 012-2026-PNIF
Puesto: ANALISTA DE MONITOREO Y EVALUACIÓN
Postulante: HOFFMANN QUISPE CAMILA
DNI: *****204
Código de registro: PNIF-012-2026-000487
Fecha y hora de registro: 19/01/2026 23:57:41

Su postulación ha sido registrada satisfactoriamente en el Sistema de Postulación en Línea. Conserve el código de registro para cualquier consulta. Los resultados de cada etapa se publicarán en el portal institucional según el cronograma de la convocatoria.

Este es un correo automático, no lo responda.
""",
)

add(
    kind="application_received", scen="consultora_cliente_confidencial", lang="es",
    company="Talento Andino Consultores", contact="mchavez@talentoandino.example.pe",
    frm=("Milagros Chávez | Talento Andino", "mchavez@talentoandino.example.pe"),
    subject="Recepción de CV - Analista BI (sector seguros)",
    date="2026-09-02 12:30 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Camila, ¿qué tal?

Te confirmo que recibimos tu CV para el proceso de Analista BI que estamos llevando para una importante empresa del sector seguros (por ahora el nombre del cliente es confidencial).

En los próximos días estaré revisando los perfiles con el cliente. Si pasas el primer filtro, te llamo para una entrevista telefónica de unos 20 minutos.

Cualquier consulta me escribes por aquí.

Saludos,
Milagros Chávez
Consultora de Selección
Talento Andino Consultores
Av. Camino Real 390, Torre Central, of. 1102, San Isidro
Cel. 998 555 417
""",
)

add(
    kind="application_received", scen="workday_recibimos_tu_aplicacion", lang="es",
    company="Almacenes La Sabana", contact="",
    frm=("Almacenes La Sabana", "lasabana@myworkday.com"),
    subject="Recibimos tu aplicación - Analista de Inteligencia Comercial",
    date="2026-05-11 14:07 +0000", struct="html", charset="utf-8", cte="base64",
    html=ats_card(
        brand="Almacenes La Sabana", accent="#ffcc00", lang="es",
        logo="https://wd3.myworkday.com/lasabana/assets/logo_lasabana.png",
        logo_alt="Almacenes La Sabana",
        body="""¡Hola, Camila!

Recibimos tu aplicación para la vacante Analista de Inteligencia Comercial (Bogotá). Gracias por pensar en Almacenes La Sabana para tu próximo paso profesional.

Nuestro equipo de Selección revisará tu hoja de vida. Si tu perfil se ajusta a lo que buscamos, te contactaremos para continuar.

Puedes consultar el estado de tu aplicación en el portal de candidatos.

Con cariño,
Equipo de Selección
Almacenes La Sabana""",
        button=("Ir al portal de candidatos", "https://lasabana.wd3.myworkdayjobs.com/es/Externo/userHome"),
        footer=["Almacenes La Sabana S.A.S. · Av. Boyacá # 80-94, Bogotá D.C.",
                "Por favor no respondas este mensaje. Política de tratamiento de datos personales disponible en nuestro sitio web."],
        pixel_url="https://wd3.myworkday.com/lasabana/email/open.gif?u=6610",
        powered="Powered by Workday"),
)

add(
    kind="application_received", scen="workable_gracias_interes", lang="es",
    company="Conecta Azteca", contact="",
    frm=("Conecta Azteca", "noreply@candidates.workablemail.com"),
    subject="Gracias por tu interés en Conecta Azteca",
    date="2026-07-30 17:54 -0600", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hola Camila,

¡Gracias por postularte a la vacante de Analista de BI – Experiencia del Cliente en Conecta Azteca!

Hemos recibido tu solicitud. Nuestro equipo de Capital Humano la revisará y te contactará si tu perfil avanza a la siguiente etapa.

Saludos,
Capital Humano
Conecta Azteca

Conecta Azteca Telecom, S.A. de C.V. · Av. Insurgentes Sur 1602, Ciudad de México
Este correo fue enviado a través de Workable.
""",
    html=ats_card(
        brand="Conecta Azteca", accent="#00a0df", lang="es",
        logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/conecta-azteca/logo.png",
        logo_alt="Conecta Azteca",
        body="""Hola Camila,

¡Gracias por postularte a la vacante de Analista de BI – Experiencia del Cliente en Conecta Azteca!

Hemos recibido tu solicitud. Nuestro equipo de Capital Humano la revisará y te contactará si tu perfil avanza a la siguiente etapa.

Saludos,
Capital Humano
Conecta Azteca""",
        footer=["Conecta Azteca Telecom, S.A. de C.V. · Av. Insurgentes Sur 1602, Ciudad de México",
                'Este correo fue enviado a través de <a href="https://www.workable.com" style="color:#8a8a8a;">Workable</a>.'],
        pixel_url="https://links.workablemail.com/wf/open?upn=Az7eca1.gif"),
)

# --- Deutsch ---

add(
    kind="application_received", scen="softgarden_eingangsbestaetigung", lang="de",
    company="Nordlicht Versicherung", contact="",
    frm=("Nordlicht Versicherung AG", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-08-03 10:22 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Nordlicht Versicherung", accent="#004b87", lang="de",
        logo="https://nordlicht.softgarden.io/assets/mail/nordlicht-logo.png",
        logo_alt="Nordlicht Versicherung",
        body="""Sehr geehrte Frau Hoffmann-Quispe,

vielen Dank für Ihre Bewerbung als BI-Analyst*in im Schadenmanagement und Ihr Interesse an der Nordlicht Versicherung.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordlicht Versicherung AG""",
        button=("Zum Bewerberkonto", "https://nordlicht.softgarden.io/de/login?src=mail"),
        footer=["Nordlicht Versicherung AG | Ballindamm 12 | 20095 Hamburg",
                "Vorstand: Katrin Möller (Vors.), Henning Ruge | Registergericht: Amtsgericht Hamburg HRB 99812",
                "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht."],
        pixel_url="https://nordlicht.softgarden.io/mail/open/88e1c2.gif",
        powered="softgarden e-recruiting"),
)

add(
    kind="application_received", scen="volksbank_eingegangen_iso", lang="de",
    company="Volksbank Rheinaue", contact="personal@volksbank-rheinaue.example.de",
    frm=("Volksbank Rheinaue eG - Personal", "personal@volksbank-rheinaue.example.de"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-04-20 15:05 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Sehr geehrte Frau Hoffmann-Quispe,

herzlichen Dank für Ihre Bewerbung als Datenanalyst (m/w/d) Gesamtbanksteuerung, die wir heute erhalten haben.

Wir werden Ihre Unterlagen in den nächsten Tagen sichten und mit der Fachabteilung abstimmen. Bitte beachten Sie, dass die Stelle überwiegend im Homeoffice ausgeübt werden kann, ein Wohnsitz in Deutschland jedoch Voraussetzung ist.

Bei Fragen antworten Sie gern auf diese E-Mail - wir melden uns.

Freundliche Grüße

Ihre Personalabteilung
Volksbank Rheinaue eG
Rheinallee 40 | 55118 Mainz
Vorstand: Michael Brandes, Sabine Kühn | Aufsichtsratsvorsitzender: Peter Lorenz
Sitz: Mainz | Genossenschaftsregister: Amtsgericht Mainz GnR 1207
""",
)

add(
    kind="application_received", scen="personio_vielen_dank", lang="de",
    company="Kestrel & Voss Analytics", contact="",
    frm=("Kestrel & Voss Analytics", "jobs@kestrel-voss.jobs.personio.de"),
    subject="Vielen Dank für Ihre Bewerbung bei Kestrel & Voss Analytics",
    date="2026-06-20 18:33 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Kestrel & Voss Analytics", accent="#3d4a5c", lang="de",
        logo="https://kestrel-voss.jobs.personio.de/assets/company-logo-mail.png",
        logo_alt="Kestrel & Voss Analytics",
        body="""Sehr geehrte Frau Hoffmann-Quispe,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) – remote. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns jede Bewerbung persönlich an und melden uns innerhalb von zwei Wochen mit einer Rückmeldung bei Ihnen.

Mit freundlichen Grüßen
Ihr People-Team
Kestrel & Voss Analytics""",
        footer=["Kestrel & Voss Analytics GmbH · Leopoldstraße 31 · 80802 München",
                "Geschäftsführer: Dr. Henrike Voss, Malte Kestrel · Amtsgericht München HRB 245117",
                "Dies ist eine automatisch versendete Nachricht."],
        pixel_url="https://kestrel-voss.jobs.personio.de/mail/open/19ab00.png",
        powered="Powered by Personio"),
)

# --- Français ---

add(
    kind="application_received", scen="sans_reponse_sous_4_semaines", lang="fr",
    company="Groupe Cassiopée", contact="",
    frm=("Groupe Cassiopée – Recrutement", "noreply@smartrecruiters.com"),
    reply_to=("Groupe Cassiopée", "ne-pas-repondre@cassiopee.example.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-08-10 13:47 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Groupe Cassiopée", accent="#00205b", lang="fr",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/cassiopee/120x120.png",
        logo_alt="Groupe Cassiopée",
        body="""Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Cassiopée et avons bien reçu votre candidature au poste d'Analyste BI (Bogotá).

Votre dossier va être étudié avec attention par nos équipes. Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part sous 4 semaines, veuillez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Direction des Ressources Humaines
Groupe Cassiopée""",
        footer=["Groupe Cassiopée · 40 rue de Courcelles · 75008 Paris",
                "Ce message est envoyé automatiquement, merci de ne pas y répondre."],
        pixel_url="https://email.smartrecruiters.com/wf/open?upn=Cassio01.gif"),
)

add(
    kind="application_received", scen="accuse_reception_preselectionnees", lang="fr",
    company="Solidarité Andes", contact="",
    frm=("Solidarité Andes – Recrutement", "recrutement@solidarite-andes.example.com"),
    subject="Accusé de réception de votre candidature",
    date="2026-05-19 08:40 -0500", struct="plain", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252",
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de chargé(e) de suivi-évaluation et données (Quito) et vous remercions de l'intérêt que vous portez à Solidarité Andes.

En raison du grand nombre de candidatures reçues, seules les personnes présélectionnées seront contactées pour un entretien, au plus tard le 5 juin.

Avec nos salutations solidaires,

Le service Ressources humaines
Solidarité Andes – Bureau Amérique andine
Association loi 1901 reconnue d'utilité publique
""",
)

# =============================================================================================
# offer
# =============================================================================================

add(
    kind="offer", scen="offer_letter_pdf_remote", lang="en", company="Ledgerline",
    contact="hannah.whitfield@ledgerline.example.com",
    frm=("Hannah Whitfield", "hannah.whitfield@ledgerline.example.com"),
    subject="Your offer from Ledgerline 🎉",
    date="2026-08-28 15:12 -0700", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

On behalf of everyone at Ledgerline, I'm thrilled to offer you the position of Data Analyst, Revenue Operations! The team was unanimous after your final interview on Tuesday.

The attached offer letter has all the details. In short:
- Start date: Monday, October 5, 2026
- Compensation: USD 54,000 per year, paid monthly
- Engagement: full-time, remote from Lima, through our employer-of-record partner
- 20 days of paid time off plus Peruvian public holidays, and a USD 1,000 yearly learning budget

Please review, and if everything looks good, sign through the DocuSign link you'll receive separately by Friday, September 4. If you have any questions, or want to talk through anything, reply here or grab time on my calendar.

We're so excited to (hopefully) have you on board!

Hannah

Hannah Whitfield
Senior Recruiter | Ledgerline
hannah.whitfield@ledgerline.example.com
""",
    html=gmail_html("""Hi Camila,

On behalf of everyone at Ledgerline, I'm thrilled to offer you the position of Data Analyst, Revenue Operations! The team was unanimous after your final interview on Tuesday.

The attached offer letter has all the details. In short:
- Start date: Monday, October 5, 2026
- Compensation: USD 54,000 per year, paid monthly
- Engagement: full-time, remote from Lima, through our employer-of-record partner
- 20 days of paid time off plus Peruvian public holidays, and a USD 1,000 yearly learning budget

Please review, and if everything looks good, sign through the DocuSign link you'll receive separately by Friday, September 4. If you have any questions, or want to talk through anything, reply here or grab time on my calendar.

We're so excited to (hopefully) have you on board!

Hannah

Hannah Whitfield
Senior Recruiter | Ledgerline"""),
    attach=[{"filename": "Ledgerline_Offer_Letter_C_Hoffmann-Quispe.pdf", "lines": [
        "Ledgerline, Inc.", "1 Letterman Drive, Building C, San Francisco, CA 94129", "",
        "August 28, 2026", "", "Dear Camila Hoffmann-Quispe,", "",
        "We are pleased to offer you the position of Data Analyst, Revenue Operations.",
        "Start date: October 5, 2026. Annual compensation: USD 54,000.",
        "This offer is contingent on the completion of the employer-of-record onboarding.",
        "", "Sincerely,", "Hannah Whitfield, Senior Recruiter"]}],
)

add(
    kind="offer", scen="agency_verbal_offer_caps", lang="en", company="Brightwater Analytics",
    contact="ryan.mcbride@apextalent.example.com",
    frm=("Ryan McBride", "ryan.mcbride@apextalent.example.com"),
    subject="OFFER!!!",
    date="2026-04-09 12:47 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Camila,

As promised on the phone 15 minutes ago - here it is in writing: Brightwater Analytics are offering you the BI Analyst, LatAm Operations role!!!

- USD 3,800 / month, contractor agreement, fully remote
- Start date: 4 May (they're flexible by a week or two)
- Reporting to Karen Liu, Head of Reporting
- Equipment provided + USD 600/year for training

Their HR team will send the formal contract early next week. In the meantime, let me know if you're happy to verbally accept so I can tell Karen - she's keen to close this out before the end of next week.

So proud of you. Big congrats!!

Ryan

Ryan McBride
Principal Consultant – Data & Analytics
Apex Talent Partners
M: +1 512 555 0148
""",
)

_ANDINO_SIG2 = """Giovanna Torres Villacorta
Analista Senior de Selección | Gerencia de Gestión del Talento
Banco Andino del Sur
T. (01) 555-3000 anexo 4412"""

add(
    kind="offer", scen="carta_oferta_pdf_outlook", lang="es", company="Banco Andino del Sur",
    contact="gtorres@bancoandino.example.pe",
    frm=("Giovanna Torres Villacorta", "gtorres@bancoandino.example.pe"),
    subject="Carta oferta – Analista de Datos Jr.",
    date="2026-07-20 16:25 -0500", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Estimada Camila:

Reciba un cordial saludo.

Nos es grato comunicarle que ha sido seleccionada para ocupar el puesto de Analista de Datos Jr. en la División de Canales Digitales. Adjuntamos la carta oferta con las condiciones económicas y de contratación (remuneración mensual de S/ 6,200 más beneficios de ley y bono anual por desempeño).

Le agradeceremos revisar el documento y devolverlo firmado a más tardar el lunes 27 de julio. La fecha de incorporación propuesta es el lunes 17 de agosto de 2026, previa evaluación médica ocupacional.

Quedo atenta a cualquier consulta.

Atentamente,

""" + _ANDINO_SIG2 + "\n",
    html=outlook_html("""Estimada Camila:

Reciba un cordial saludo.

Nos es grato comunicarle que ha sido seleccionada para ocupar el puesto de Analista de Datos Jr. en la División de Canales Digitales. Adjuntamos la carta oferta con las condiciones económicas y de contratación (remuneración mensual de S/ 6,200 más beneficios de ley y bono anual por desempeño).

Le agradeceremos revisar el documento y devolverlo firmado a más tardar el lunes 27 de julio. La fecha de incorporación propuesta es el lunes 17 de agosto de 2026, previa evaluación médica ocupacional.

Quedo atenta a cualquier consulta.

Atentamente,""", _ANDINO_SIG2),
    attach=[{"filename": "Carta_Oferta_Hoffmann_Quispe_Camila.pdf", "lines": [
        "BANCO ANDINO DEL SUR S.A.", "Gerencia de Gestión del Talento", "",
        "Lima, 20 de julio de 2026", "", "Señorita", "Camila Hoffmann-Quispe", "Presente.-", "",
        "CARTA OFERTA", "",
        "Puesto: Analista de Datos Jr. - División de Canales Digitales",
        "Remuneración bruta mensual: S/ 6,200.00",
        "Modalidad: contrato a plazo indeterminado, periodo de prueba de 3 meses",
        "Fecha de ingreso: 17 de agosto de 2026", "",
        "Firma de aceptación: ______________________"]}],
)

add(
    kind="offer", scen="oferta_verbal_confirmada_startup", lang="es", company="Pago Llama",
    contact="nicolas@pagollama.example.pe",
    frm=("Nicolás Arbulú", "nicolas@pagollama.example.pe"),
    subject="Lo que conversamos por teléfono",
    mid="<20260910211400.3c9a5e1f7b22@pagollama.example.pe>",
    date="2026-09-10 21:14 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Hola Camila,

Como te comenté hace un rato por teléfono, te confirmo por escrito nuestra propuesta para que te sumes a Pago Llama como Analista de Datos (nuestra primera persona de data, así que imagínate 😅):

- Sueldo: S/ 7,000 mensuales en planilla, más EPS
- 0.15% de opciones sobre acciones con vesting a 4 años
- Trabajo híbrido: 2 días en la oficina de Barranco
- Inicio: 1 de octubre, o cuando puedas luego de tu preaviso

Nos encantaría tenerte en el equipo. Piénsalo con calma y me cuentas hasta el martes; si te animas, Rocío de administración te manda el contrato.

Un abrazo,
Nico

Nicolás Arbulú
CEO & cofundador · Pago Llama
""",
)

add(
    kind="offer", scen="oferta_condicionada_agencia", lang="es", company="Platanito Pagos",
    contact="valentina.rojas@hunterssel.example.co",
    frm=("Valentina Rojas | Hunters & Co.", "valentina.rojas@hunterssel.example.co"),
    subject="¡¡OFERTA de Platanito Pagos!! 🥳",
    date="2026-09-04 17:40 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""¡¡Cami, lo logramos!!

Platanito Pagos me confirmó hoy que te quieren hacer oferta para Analista de Datos de Operaciones 🎉🎉

Las condiciones que me compartieron:
- Salario: COP 7.800.000 mensuales + prestaciones de ley
- Contrato a término indefinido, modalidad remota con viajes ocasionales a Bogotá
- Fecha de ingreso estimada: 1 de octubre

OJO: la oferta está sujeta a la verificación de referencias laborales y al estudio de seguridad, así que mañana te escribe Daniela de Gestión Humana para pedirte los documentos. Apenas eso salga bien, te mandan la carta oferta formal.

¡Felicitaciones, de verdad te lo mereces! Hablemos mañana por WhatsApp.

Valentina Rojas
Consultora Senior de Selección
Hunters & Co. Selección
""",
)

add(
    kind="offer", scen="contrato_para_firma_pdf", lang="es", company="Conecta Azteca",
    contact="iramirez@conectaazteca.example.mx",
    frm=("Itzel Ramírez", "iramirez@conectaazteca.example.mx"),
    subject="Contrato individual de trabajo para firma",
    date="2026-09-25 13:18 -0600", struct="mixed", charset="utf-8", cte="base64",
    text="""Hola Camila, buenas tardes.

Tal como acordamos en la llamada del lunes, te comparto tu contrato individual de trabajo para el puesto de Analista de BI – Experiencia del Cliente, con las condiciones de la oferta que aceptaste (sueldo mensual bruto de $38,000 MXN, prestaciones superiores a las de ley y esquema remoto).

Te pido por favor:
1. Revisarlo con calma.
2. Firmar cada hoja al margen y la última página.
3. Enviármelo escaneado a más tardar el 2 de octubre, junto con tu constancia de situación fiscal.

Cualquier duda me marcas o me escribes.

Saludos cordiales,

Itzel Ramírez
Capital Humano | Conecta Azteca
Tel. 55 5550 8812
""",
    attach=[{"filename": "Contrato_Individual_Trabajo_CHoffmann.pdf", "lines": [
        "CONTRATO INDIVIDUAL DE TRABAJO POR TIEMPO INDETERMINADO",
        "que celebran por una parte Conecta Azteca Telecom, S.A. de C.V.,",
        "y por la otra Camila Hoffmann-Quispe, a quien se denominará EL TRABAJADOR.", "",
        "CLÁUSULAS", "PRIMERA. Puesto: Analista de BI - Experiencia del Cliente.",
        "SEGUNDA. Salario mensual bruto: $38,000.00 M.N.",
        "TERCERA. Lugar de trabajo: modalidad remota (teletrabajo).", "",
        "Firma EL TRABAJADOR: ______________________"]}],
)

add(
    kind="offer", scen="propuesta_incorporacion_pdf", lang="es", company="Seguros La Alhambra",
    contact="igarrido@laalhambra.example.es",
    frm=("Inés Garrido Romero", "igarrido@laalhambra.example.es"),
    subject="Propuesta de incorporación – Analista de Datos",
    hdr_cs="windows-1252",
    date="2026-10-02 12:05 +0200", struct="mixed", charset="windows-1252", cte="quoted-printable",
    text="""Hola Camila:

Te escribo con muy buenas noticias: después de las entrevistas con Dirección de Clientes, nos gustaría que te incorporases a Seguros La Alhambra como Analista de Datos en nuestra sede de Madrid.

Te adjunto la propuesta con el detalle de las condiciones: 36.000 € brutos anuales en 14 pagas, contrato indefinido, jornada intensiva los viernes y teletrabajo dos días por semana. Nos encargamos también de tramitar la autorización de residencia y trabajo (la propuesta queda condicionada a su concesión).

Si te encaja, dime y preparamos el contrato. Me tienes a tu disposición para cualquier duda.

Un abrazo,

Inés Garrido Romero
Responsable de Selección · Dirección de Personas
Seguros La Alhambra
C/ Gran Vía de Colón 12, 18010 Granada · Oficina Madrid: C/ Serrano 90
""",
    attach=[{"filename": "Propuesta_incorporacion_CHoffmann.pdf", "lines": [
        "SEGUROS LA ALHAMBRA", "Dirección de Personas", "",
        "PROPUESTA DE INCORPORACIÓN", "",
        "Candidata: Camila Hoffmann-Quispe", "Puesto: Analista de Datos - Dirección de Clientes",
        "Centro de trabajo: Madrid (C/ Serrano 90)",
        "Retribución: 36.000 EUR brutos anuales (14 pagas)",
        "Condición: concesión de autorización de residencia y trabajo.", "",
        "Granada, 2 de octubre de 2026"]}],
)

add(
    kind="offer", scen="oferta_condicionada_examenes", lang="es", company="Banco Guayas Unido",
    contact="gjaramillo@bguayas.example.ec",
    frm=("Gabriela Jaramillo", "gjaramillo@bguayas.example.ec"),
    subject="Oferta laboral - Analista de Inteligencia de Negocios",
    date="2026-08-31 10:50 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Estimada Camila:

Es un gusto saludarle. Luego de concluir el proceso de selección, Banco Guayas Unido tiene el agrado de extenderle una oferta laboral para el cargo de Analista de Inteligencia de Negocios, con una remuneración mensual de USD 2.100 más beneficios de ley.

La presente oferta está condicionada a: (1) la aprobación de los exámenes médicos preocupacionales, (2) la verificación de sus títulos académicos ante la SENESCYT y (3) la obtención de su visa de trabajo. La fecha tentativa de ingreso es el 1 de noviembre de 2026, en modalidad híbrida en Guayaquil.

Agradeceré nos confirme su aceptación respondiendo a este correo hasta el viernes 4 de septiembre.

Saludos cordiales,

Gabriela Jaramillo
Jefe de Selección
Banco Guayas Unido
""",
)

add(
    kind="offer", scen="vertragsangebot_pdf", lang="de", company="Sonnenfeld Analytics",
    contact="anja.sonnenfeld@sonnenfeld.example.de",
    frm=("Anja Sonnenfeld", "anja.sonnenfeld@sonnenfeld.example.de"),
    subject="Unser Vertragsangebot für Sie",
    date="2026-10-08 09:30 +0200", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Liebe Frau Hoffmann-Quispe,

nach unseren Gesprächen freue ich mich sehr, Ihnen die Stelle als BI-Analystin in unserem Remote-Team anbieten zu können.

Im Anhang finden Sie unseren Vertragsentwurf. Die wichtigsten Eckpunkte:
- Beginn: 1. Dezember 2026
- Umfang: Vollzeit (40 Std./Woche), vollständig remote, Kernzeit 15–19 Uhr MEZ
- Vergütung: 48.000 EUR brutto jährlich, Anstellung über unseren Employer-of-Record-Partner in Peru
- 28 Urlaubstage

Wenn Sie Fragen zum Vertrag haben, rufen Sie mich gern an oder antworten Sie einfach auf diese Mail. Über eine Rückmeldung bis zum 16. Oktober würde ich mich freuen.

Herzliche Grüße
Anja Sonnenfeld
Geschäftsführerin

Sonnenfeld Analytics GmbH · Hohenzollernring 55 · 50672 Köln
Geschäftsführerin: Anja Sonnenfeld · Amtsgericht Köln HRB 98412 · USt-IdNr. DE312345678
""",
    attach=[{"filename": "Arbeitsvertrag_Entwurf_Hoffmann-Quispe.pdf", "lines": [
        "Sonnenfeld Analytics GmbH", "Hohenzollernring 55, 50672 Köln", "",
        "ENTWURF - Arbeitsvertrag", "",
        "zwischen der Sonnenfeld Analytics GmbH und Frau Camila Hoffmann-Quispe", "",
        "§ 1 Beginn und Tätigkeit: ab 01.12.2026 als BI-Analystin (remote)",
        "§ 2 Vergütung: 48.000 EUR brutto p. a.", "§ 3 Urlaub: 28 Arbeitstage",
        "", "Köln, 08.10.2026"]}],
)

add(
    kind="offer", scen="proposition_embauche_pdf", lang="fr", company="Groupe Cassiopée",
    contact="j.castano@cassiopee.example.com",
    frm=("Juliana Castaño", "j.castano@cassiopee.example.com"),
    subject="Proposition d'embauche – Analyste BI",
    date="2026-09-29 11:05 -0500", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Chère Camila,

Suite à vos entretiens avec Monsieur Ferrand et moi-même, j'ai le grand plaisir de vous adresser une proposition d'embauche pour le poste d'Analyste BI au sein de notre filiale de Bogotá.

Vous trouverez en pièce jointe la lettre de proposition détaillant les conditions : contrat à durée indéterminée de droit colombien, salaire mensuel brut de COP 9 500 000, prise de poste souhaitée le 2 novembre 2026 et prise en charge de votre relocalisation depuis Lima.

Je vous remercie de me faire part de votre décision d'ici le 9 octobre. Je reste bien entendu disponible pour en discuter par téléphone.

Bien cordialement,

Juliana Castaño
Responsable RH, Groupe Cassiopée – Filiale Colombie
Carrera 7 # 71-21, Bogotá · +57 601 555 9020
""",
    html=("<html><body style=\"font-family:Georgia,serif;font-size:14px;color:#222;\">"
          + "".join(f"<p>{esc(line)}</p>" for line in [
              "Chère Camila,",
              "Suite à vos entretiens avec Monsieur Ferrand et moi-même, j'ai le grand plaisir de vous adresser une proposition d'embauche pour le poste d'Analyste BI au sein de notre filiale de Bogotá.",
              "Vous trouverez en pièce jointe la lettre de proposition détaillant les conditions : contrat à durée indéterminée de droit colombien, salaire mensuel brut de COP 9 500 000, prise de poste souhaitée le 2 novembre 2026 et prise en charge de votre relocalisation depuis Lima.",
              "Je vous remercie de me faire part de votre décision d'ici le 9 octobre. Je reste bien entendu disponible pour en discuter par téléphone.",
              "Bien cordialement,"])
          + "<p style=\"font-size:12px;color:#00205b;\">Juliana Castaño<br>Responsable RH, Groupe Cassiopée – Filiale Colombie<br>Carrera 7 # 71-21, Bogotá · +57 601 555 9020</p>"
          + "</body></html>\n"),
    attach=[{"filename": "Proposition_embauche_Analyste_BI.pdf", "lines": [
        "GROUPE CASSIOPÉE - Filiale Colombie", "", "Bogotá, le 29 septembre 2026", "",
        "Objet : Proposition d'embauche", "",
        "Madame Camila Hoffmann-Quispe,",
        "Nous avons le plaisir de vous proposer le poste d'Analyste BI.",
        "Salaire mensuel brut : COP 9 500 000. Prise de poste : 2 novembre 2026.", "",
        "Juliana Castaño, Responsable RH"]}],
)
