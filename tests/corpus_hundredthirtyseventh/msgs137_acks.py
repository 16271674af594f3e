"""Acknowledgements of applications and offers (31 specs), each written on its own.

Acknowledgements that warn "if you hear nothing, consider it unsuccessful" stay application_received.
"""

from __future__ import annotations

from msgs137_common import att, pixel, spec

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- application_received

# A01 - Workday acknowledgement, HTML only, no-reply.
MESSAGES.append(spec(
    kind="application_received", scenario="workday_airline_ack", lang="es", company="Air Levante", contact="",
    sender=("Air Levante Talent Acquisition", "airlevante@myworkday.com"),
    to=["mateo.bo@example.es"],
    subject="Hemos recibido tu candidatura - Analista de Pricing",
    date="2026-02-03 22:17 +0000",
    charset="utf-8", cte="base64",
    html="""<!DOCTYPE html>
<html lang="es"><body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b4f8a;">
<tr><td style="padding:20px 32px;"><img src="https://airlevante.wd3.myworkday.com/wday/cxs/airlevante/logo.png" alt="Air Levante" width="140"></td></tr>
<tr><td style="padding:0 32px 20px 32px;font-size:15px;line-height:22px;color:#1d2733;">
<p>Hola Mateo:</p>
<p>¡Gracias por tu interés en Air Levante! Confirmamos que hemos recibido correctamente tu candidatura para <b>Analista de Pricing</b> (REQ-22817).</p>
<p>Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos. Puedes consultar el estado de tu solicitud en cualquier momento desde tu cuenta de candidato.</p>
<p><a href="https://airlevante.wd3.myworkday.com/airlevante_careers/userHome?utm_source=wd_email&amp;utm_campaign=ack" style="color:#0b4f8a;">Ir a mi cuenta de candidato</a></p>
<p>Un saludo,<br>Equipo de Talent Acquisition<br>Air Levante</p>
</td></tr>
<tr><td style="padding:14px 32px;background:#f6f7f9;font-size:11px;color:#6b7785;">Este mensaje se ha enviado desde una dirección que no admite respuestas.<br>Air Levante, S.A. · Av. de l'Aeroport s/n, 46940 Manises (Valencia)</td></tr>
</table></td></tr></table>
""" + pixel("airlevante.wd3.myworkday.com", "ab17c3d0") + """
</body></html>
""",
))

# A02 - Greenhouse acknowledgement with "if you hear nothing in 4 weeks" (still an acknowledgement).
MESSAGES.append(spec(
    kind="application_received", scenario="greenhouse_four_weeks_silence", lang="es", company="Viajalia", contact="",
    sender=("Viajalia", "no-reply@us.greenhouse-mail.io"),
    subject="Gracias por tu candidatura a Viajalia",
    date="2026-02-20 08:44 +0000",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

¡Gracias por presentar tu candidatura al puesto de Revenue Analyst Junior (Hoteles) en Viajalia!

Hemos recibido tu solicitud y nuestro equipo la revisará en los próximos días. Debido al gran volumen de candidaturas que recibimos, no podemos responder individualmente a cada persona. Si no tienes noticias nuestras en un plazo de 4 semanas, considera que en esta ocasión tu candidatura no ha prosperado.

Mientras tanto, puedes conocer mejor cómo trabajamos en viajalia.example.com/equipo.

Un saludo,
El equipo de Talento de Viajalia

Viajalia Travel Technologies, S.L. · Calle Colón 60, 46004 Valencia
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://viajalia.example.com/static/logo-email.png" alt="Viajalia" height="32"></p>
<p>Hola Mateo,</p>
<p>¡Gracias por presentar tu candidatura al puesto de <b>Revenue Analyst Junior (Hoteles)</b> en Viajalia!</p>
<p>Hemos recibido tu solicitud y nuestro equipo la revisará en los próximos días. Debido al gran volumen de candidaturas que recibimos, no podemos responder individualmente a cada persona. Si no tienes noticias nuestras en un plazo de 4 semanas, considera que en esta ocasión tu candidatura no ha prosperado.</p>
<p>Mientras tanto, puedes conocer mejor cómo trabajamos en <a href="https://viajalia.example.com/equipo?utm_source=greenhouse&amp;utm_medium=email">viajalia.example.com/equipo</a>.</p>
<p>Un saludo,<br>El equipo de Talento de Viajalia</p>
<p style="font-size:11px;color:#888;">Viajalia Travel Technologies, S.L. · Calle Colón 60, 46004 Valencia</p>
<img src="https://us.greenhouse-mail.io/wf/open?upn=Vj4la2026" width="1" height="1" alt="">
</body></html>
""",
))

# A03 - SmartRecruiters acknowledgement, HTML only.
MESSAGES.append(spec(
    kind="application_received", scenario="smartrecruiters_malaga_ack", lang="es", company="Hoteles Malagueta Sol",
    contact="",
    sender=("Hoteles Malagueta Sol", "noreply@smartrecruiters.com"),
    subject="Confirmación de tu solicitud: Revenue Assistant – Málaga Centro",
    date="2026-03-19 23:40 +0100",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f5f5f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;border-bottom:3px solid #f2a900;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/malaguetasol.png" alt="Hoteles Malagueta Sol" height="42"></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;color:#333;">
<p>Hola Mateo,</p>
<p>Gracias por aplicar a <strong>Revenue Assistant – Málaga Centro</strong>. Tu solicitud se ha enviado correctamente a Hoteles Malagueta Sol.</p>
<p><b>¿Qué pasa ahora?</b><br>El equipo de selección revisará tu perfil. Si tu experiencia encaja con el puesto, te contactaremos para concertar una entrevista.</p>
<p>Puedes seguir el estado de tu candidatura en <a href="https://my.smartrecruiters.com/?trid=malsol-ack">SmartProfile</a>.</p>
<p>¡Mucha suerte!<br>Selección · Hoteles Malagueta Sol</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9e9e9e;background:#fafafa;">No respondas a este correo. <a href="https://my.smartrecruiters.com/email-preferences?c=malsol" style="color:#9e9e9e;">Preferencias de email</a></td></tr>
</table></td></tr></table>
<img src="https://www.smartrecruiters.com/email-tracking/open/malsolack.png" width="1" height="1" alt="">
</body></html>
""",
))

# A04 - job board confirms the application was sent to the employer it names.
MESSAGES.append(spec(
    kind="application_received", scenario="job_board_sent_to_employer", lang="es", company="Hotel Postiguet", contact="",
    sender=("EmpleoTur", "avisos@empleotur.example.es"),
    subject="Tu candidatura se ha enviado a Hotel Postiguet",
    date="2026-02-26 20:31 +0100",
    charset="utf-8", cte="base64",
    headers={"List-Unsubscribe": "<https://www.empleotur.example.es/baja?u=88213&t=inscripcion>"},
    html="""<html><body style="margin:0;background:#fff7ef;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #f1dcc4;">
<tr><td style="padding:16px 24px;background:#ff7a00;"><img src="https://static.empleotur.example.es/img/logo-blanco.png" alt="EmpleoTur" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:1.5;">
<p>¡Hecho, Mateo!</p>
<p>Tu candidatura a <b>Recepcionista noche con funciones de revenue (Alicante)</b> se ha enviado a <b>Hotel Postiguet</b>.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px;background:#fff3e6;width:100%;">
<tr><td>Empresa</td><td><b>Hotel Postiguet</b></td></tr>
<tr><td>Ubicación</td><td>Alicante/Alacant</td></tr>
<tr><td>Inscritos</td><td>87</td></tr>
</table>
<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p>
<p><a href="https://click.empleotur.example.es/ls/click?upn=c9d8-mis-candidaturas" style="color:#ff7a00;">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">EmpleoTur Plataformas Digitales, S.L. · <a href="https://www.empleotur.example.es/baja?u=88213&amp;t=inscripcion" style="color:#999;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://click.empleotur.example.es/wf/open?upn=i88213" width="1" height="1" alt="">
</body></html>
""",
))

# A05 - iCIMS acknowledgement, HTML only.
MESSAGES.append(spec(
    kind="application_received", scenario="icims_palma_group_ack", lang="es", company="Grupo Mirador de Mallorca",
    contact="",
    sender=("Grupo Mirador de Mallorca", "noreply@icims.com"),
    subject="Gracias por tu solicitud – Revenue Analyst (Palma)",
    date="2026-05-11 07:58 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="margin:0;background:#f2f0eb;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2d2a26;margin:24px 0;">
<tr><td style="padding:22px 30px;border-bottom:1px solid #d8d2c4;"><img src="https://careers-miradormallorca.icims.com/logo.png" alt="Grupo Mirador de Mallorca" height="44"></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:1.6;">
<p>Hola Mateo,</p>
<p>Hemos recibido tu solicitud para el puesto <b>Revenue Analyst (Palma)</b>, Req ID 2026-1187. Gracias por pensar en el Grupo Mirador de Mallorca.</p>
<p>Revisaremos tu candidatura con atención. El proceso puede durar varias semanas; te mantendremos informado por correo electrónico.</p>
<p>Atentamente,<br>Equipo de Selección<br>Grupo Mirador de Mallorca</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:10px;color:#8c8578;background:#f7f5f0;">Este buzón no admite respuestas. Grupo Mirador de Mallorca · Passeig Marítim 12, 07014 Palma</td></tr>
</table></td></tr></table>
<img src="https://careers-miradormallorca.icims.com/icims2?mode=trackemail&amp;id=1187a" width="1" height="1" alt="">
</body></html>
""",
))

# A06 - public body registration receipt, latin-1, plain.
MESSAGES.append(spec(
    kind="application_received", scenario="public_body_registro_solicitud", lang="es",
    company="Patronato Municipal de Turismo de Alicante", contact="",
    sender=("Patronato Municipal de Turismo - Notificaciones", "notificaciones@turismoalicante.example.es"),
    subject="Justificante de registro - Solicitud de participación Exp. 2026/117",
    date="2026-05-04 12:49 +0200",
    charset="iso-8859-1", cte="qp",
    text="""JUSTIFICANTE DE PRESENTACIÓN

Número de registro: RE-2026-0041873
Fecha y hora de presentación: 04/05/2026 12:48:51
Interesado: BIANCHI-ØRSTED, MATEO
Asunto: Solicitud de participación en el proceso de constitución de bolsa de empleo temporal de Técnico/a de Información Turística (Exp. 2026/117)
Documentos aportados: 4 (solicitud, currículum, titulación, autobaremación)

Su solicitud ha sido registrada correctamente. La lista provisional de personas admitidas y excluidas se publicará en el tablón de anuncios de la sede electrónica.

Patronato Municipal de Turismo de Alicante

Este correo ha sido generado automáticamente. No responda a este mensaje.
""",
))

# A07 - NGO coordinator acknowledges personally, short.
MESSAGES.append(spec(
    kind="application_received", scenario="ngo_recibido_personal", lang="es", company="Fundación Hostelería Solidaria",
    contact="ana.pons@hosteleriasolidaria.example.org",
    sender=("Ana Pons", "ana.pons@hosteleriasolidaria.example.org"),
    subject="Re: Candidatura técnico/a de proyectos",
    date="2026-03-09 10:02 +0100",
    in_reply_to="<CAJ7mboFhs1cv@mail.example.es>",
    charset="utf-8", cte="8bit",
    text="""Hola Mateo, ¡recibido! Gracias por la candidatura.

Cerramos el plazo el viernes y la semana que viene nos ponemos a revisar todas. Te digo algo en cuanto sepamos.

Ana
Fundación Hostelería Solidaria
""",
))

# A08 - temp agency CV inbox acknowledgement; the mailbox does not invite replies.
MESSAGES.append(spec(
    kind="application_received", scenario="ett_cv_recibido_exclaim", lang="es", company="Tempotur Empleo", contact="",
    sender=("Tempotur Empleo", "cv@tempotur.example.es"),
    subject="Hemos recibido tu CV!!",
    date="2026-05-06 09:00 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#222;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#e4007c;padding:14px;text-align:center;"><img src="https://tempotur.example.es/img/logo.png" alt="Tempotur Empleo" height="34"></td></tr>
<tr><td style="padding:22px;">
<p><b>¡¡Hola Mateo!!</b></p>
<p>¡Gracias por confiar en <b>Tempotur Empleo</b>! Hemos recibido tu currículum y ya forma parte de nuestra base de datos de hostelería y turismo de la Costa Blanca.</p>
<p>Nuestras consultoras revisan los perfiles a diario. Si tu perfil encaja con alguna vacante, ¡te llamaremos! Si no recibes noticias en 15 días, tu CV seguirá activo para próximas ofertas durante un año.</p>
<p>Este buzón solo recibe currículums: por favor, <b>no respondas a este correo</b>. Para cualquier consulta llama al 965 00 02 02.</p>
<p>¡¡Mucha suerte!!</p>
</td></tr>
<tr><td style="padding:12px;font-size:10px;color:#888;border-top:1px solid #eee;">Tempotur Empleo · Agencia de colocación y ETT autorizada · Rambla Méndez Núñez 33, 03002 Alicante</td></tr>
</table>
</body></html>
""",
))

# A09 - Teamtailor acknowledgement, multipart/alternative.
MESSAGES.append(spec(
    kind="application_received", scenario="teamtailor_barcelona_ack", lang="es", company="Barceloneta Beach Suites",
    contact="",
    sender=("Barceloneta Beach Suites", "no-reply@teamtailor-mail.com"),
    subject="¡Gracias por tu candidatura, Mateo!",
    date="2026-04-10 19:19 +0200",
    charset="utf-8", cte="base64",
    text="""Hola Mateo,

Gracias por tu candidatura para Revenue & Distribution Coordinator. Ya la tenemos y la revisaremos muy pronto.

Te escribiremos para contarte cómo sigue el proceso, tanto si avanzamos como si no.

Equipo de Personas
Barceloneta Beach Suites

Darse de baja: https://app.teamtailor-mail.com/c/unsubscribe/bbs-41d0
""",
    html="""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a;font-size:15px;">
<div style="max-width:560px;margin:auto;">
<img src="https://assets.teamtailor-cdn.example.com/bbs/logo.png" alt="Barceloneta Beach Suites" width="160" style="margin:20px 0;">
<p>Hola Mateo,</p>
<p>Gracias por tu candidatura para <b>Revenue &amp; Distribution Coordinator</b>. Ya la tenemos y la revisaremos muy pronto.</p>
<p>Te escribiremos para contarte cómo sigue el proceso, tanto si avanzamos como si no.</p>
<p>Equipo de Personas<br>Barceloneta Beach Suites</p>
<p style="font-size:11px;color:#999;"><a href="https://app.teamtailor-mail.com/c/unsubscribe/bbs-41d0" style="color:#999;">Darse de baja</a></p>
</div>
<img src="https://app.teamtailor-mail.com/t/o/YmJzYWNr.gif" width="1" height="1" alt="">
</body></html>
""",
))

# A10 - tour operator in sentence case; only the selected get a call; no reply invited.
MESSAGES.append(spec(
    kind="application_received", scenario="tour_operator_only_selected_contacted", lang="es",
    company="Rutas del mediterráneo", contact="",
    sender=("Rutas del mediterráneo", "empleo@rutasdelmediterraneo.example.es"),
    subject="Candidatura recibida",
    date="2026-01-22 13:37 +0100",
    charset="windows-1252", cte="qp",
    text="""Hola,

Te confirmamos que hemos recibido tu candidatura para el puesto de Técnico/a de contratación y precios (programación de circuitos).

Debido al gran número de candidaturas que recibimos, solo nos pondremos en contacto con las personas preseleccionadas. Si en tres semanas no has tenido noticias nuestras, entiende que tu candidatura no ha sido seleccionada en esta ocasión.

Gracias por tu interés.

Rutas del mediterráneo
Viajes y circuitos desde 1987
Av. Maisonnave 28, 03003 Alicante
""",
))

# A11 - SuccessFactors acknowledgement, HTML only.
MESSAGES.append(spec(
    kind="application_received", scenario="successfactors_resort_ack", lang="es", company="Costa Blanca Resorts",
    contact="",
    sender=("Costa Blanca Resorts - Empleo", "noreply@successfactors.eu"),
    subject="Confirmación de candidatura: Revenue Analyst (Req. 3308)",
    date="2026-03-02 06:12 +0100",
    charset="utf-8", cte="qp",
    html="""<html><body>
<table width="620" border="0" cellspacing="0" cellpadding="0" align="center" style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<tr><td style="padding:16px;background:#004b87;"><img src="https://career2.successfactors.eu/company/cbresortsP/logo.gif" alt="Costa Blanca Resorts" border="0"></td></tr>
<tr><td style="padding:18px;">
<p>Estimado/a Mateo Bianchi-Ørsted:</p>
<p>Le confirmamos la recepción de su candidatura para el puesto <b>Revenue Analyst</b> (Req. 3308), Alicante.</p>
<p>Revisaremos su perfil con detenimiento. En caso de que su candidatura avance, el equipo de Talent &amp; Culture se pondrá en contacto con usted.</p>
<p>Atentamente,<br>Talent &amp; Culture<br>Costa Blanca Resorts, S.A.</p>
</td></tr>
<tr><td style="padding:12px 18px;background:#eef3f8;font-size:10px;color:#777777;">Mensaje generado automáticamente. Por favor, no responda a este correo electrónico.</td></tr>
</table>
</body></html>
""",
))

# A12 - Greenhouse acknowledgement, English, alternative parts.
MESSAGES.append(spec(
    kind="application_received", scenario="greenhouse_startup_ack", lang="en", company="RateRadar", contact="",
    sender=("Careers at RateRadar", "no-reply@us.greenhouse-mail.io"),
    subject="Thanks for applying to RateRadar!",
    date="2026-02-11 15:06 +0000",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

Thanks for applying for the Junior Pricing Analyst position at RateRadar. We've received your application and our team is reviewing it.

We read every application ourselves (no robots!), so it may take up to two weeks to hear back.

The RateRadar team
""",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p><img src="https://rateradar.example.com/brand/email-logo.png" alt="RateRadar" height="28"></p>
<p>Hi Mateo,</p>
<p>Thanks for applying for the <b>Junior Pricing Analyst</b> position at RateRadar. We've received your application and our team is reviewing it.</p>
<p>We read every application ourselves (no robots!), so it may take up to two weeks to hear back.</p>
<p>The RateRadar team</p>
<img src="https://us.greenhouse-mail.io/wf/open?upn=Rr2026ack" width="1" height="1" alt="">
</body></html>
""",
))

# A13 - Ashby acknowledgement, HTML only.
MESSAGES.append(spec(
    kind="application_received", scenario="ashby_marketplace_ack", lang="en", company="StayScout", contact="",
    sender=("StayScout Recruiting", "no-reply@ashbyhq.com"),
    subject="We received your application - Pricing Analyst (Marketplace)",
    date="2026-05-20 14:33 +0000",
    charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1b1f;background:#f7f7f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e6e6ea;border-radius:8px;">
<tr><td style="padding:24px;">
<img src="https://stayscout.example.com/email/logo.png" alt="StayScout" height="26">
<p>Hi Mateo,</p>
<p>Thanks for your interest in StayScout! We've received your application for <b>Pricing Analyst (Marketplace)</b> in Barcelona.</p>
<p>Our team reviews every application carefully. We can't respond to every applicant individually, but if your profile is a fit we'll reach out within three weeks.</p>
<p>- The StayScout Talent Team</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">Sent by Ashby on behalf of StayScout.</td></tr>
</table></td></tr></table>
<img src="https://app.ashbyhq.com/email/open/ack77.gif" width="1" height="1" alt="">
</body></html>
""",
))

# A14 - Lever acknowledgement with the "assume unsuccessful after four weeks" line.
MESSAGES.append(spec(
    kind="application_received", scenario="lever_assume_unsuccessful", lang="en", company="Alfama Hospitality Group",
    contact="",
    sender=("Alfama Hospitality Group", "no-reply@hire.lever.co"),
    subject="Thank you for applying to Alfama Hospitality Group",
    date="2026-02-16 10:20 +0000",
    charset="utf-8", cte="qp",
    text="""Dear Mateo,

Thank you for your application for the Revenue Analyst position at Alfama Hospitality Group. This email confirms that we have received it.

Due to the high volume of applications, we are unfortunately not able to reply to every applicant personally. If you have not heard from us within four weeks of the closing date, please assume that your application has been unsuccessful on this occasion.

Kind regards,
The People Team
Alfama Hospitality Group
""",
    html="""<html><body style="background-color:#fafafa;">
<div style="max-width:560px;margin:0 auto;padding:32px;background:#fff;font-family:Georgia,serif;font-size:15px;color:#333;">
<p style="text-align:center;"><img src="https://lever-client-logos.example.com/alfama-hg.png" alt="Alfama Hospitality Group" height="48"></p>
<p>Dear Mateo,</p>
<p>Thank you for your application for the Revenue Analyst position at Alfama Hospitality Group. This email confirms that we have received it.</p>
<p>Due to the high volume of applications, we are unfortunately not able to reply to every applicant personally. If you have not heard from us within four weeks of the closing date, please assume that your application has been unsuccessful on this occasion.</p>
<p>Kind regards,<br>The People Team<br>Alfama Hospitality Group</p>
<p style="font-size:11px;color:#999;">Sent via Lever. <a href="https://hire.lever.co/unsubscribe/alfama-hg/3b9c" style="color:#999;">Unsubscribe</a></p>
</div>
<img src="https://hire.lever.co/o/3b9c11.png" width="1" height="1" alt="">
</body></html>
""",
))

# A15 - Taleo acknowledgement, latin-1, plain, reference number.
MESSAGES.append(spec(
    kind="application_received", scenario="taleo_reference_ack", lang="en", company="Skyvela Airlines", contact="",
    sender=("Skyvela Airlines Careers", "skyvela-careers-noreply@taleo.net"),
    to=[("Mateo Bianchi-Orsted", "mateo.bo@example.es")],
    subject="Skyvela Airlines - Application Received - Ref 26-0413",
    date="2026-04-28 06:02 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Dear Mateo Bianchi-Orsted,

Thank you for applying for the position below. Your application has been successfully submitted.

Application reference: 26-0413
Position: Revenue Management Graduate Programme (Lisbon / London)
Date submitted: 27/04/2026

What happens next? Your application will be reviewed against the requirements of the role. Shortlisted applicants will be invited to complete an online numerical reasoning test. Due to the volume of applications we receive, we are not able to provide individual feedback at this stage.

Yours sincerely,

Recruitment Team
Skyvela Airlines

*** This is an automated message. Please do not reply to this e-mail. ***

Skyvela Airlines Ltd. Registered in England No 09876543. Registered office: Skyvela House, Bath Road, Harlington, Hayes UB3 5AA.
""",
))

# A16 - hospitality job board confirms the application to the employer it names.
MESSAGES.append(spec(
    kind="application_received", scenario="job_board_lisbon_boutique", lang="en",
    company="Casa do Fado Boutique Hotel", contact="",
    sender=("HospitalityJobs Europe", "applications@hospitalityjobs-eu.example.com"),
    subject="Your application to Casa do Fado Boutique Hotel has been sent",
    date="2026-05-08 11:47 +0100",
    charset="utf-8", cte="qp",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@hospitalityjobs-eu.example.com?subject=unsubscribe>"},
    html="""<html><body style="font-family:Arial,sans-serif;background:#f0f3f7;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#13294b;padding:16px 24px;"><img src="https://hospitalityjobs-eu.example.com/img/logo-white.png" alt="HospitalityJobs Europe" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.55;color:#222;">
<p>Hi Mateo,</p>
<p>Your application for <b>Night Manager with Revenue responsibilities</b> has been sent to <b>Casa do Fado Boutique Hotel</b> (Lisbon, Portugal).</p>
<p>The employer will contact you directly if they would like to take your application further. You can track your applications from your dashboard.</p>
<p><a href="https://hospitalityjobs-eu.example.com/r/track?c=app-4410&amp;utm_source=email" style="background:#e94f37;color:#fff;padding:9px 16px;text-decoration:none;">My applications</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#8a94a6;">HospitalityJobs Europe B.V., Amsterdam &middot; <a href="https://hospitalityjobs-eu.example.com/unsubscribe?u=mbo" style="color:#8a94a6;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://hospitalityjobs-eu.example.com/t/open/app-4410.gif" width="1" height="1" alt="">
</body></html>
""",
))

# A17 - Teamtailor acknowledgement in French, HTML only.
MESSAGES.append(spec(
    kind="application_received", scenario="teamtailor_nice_accuse", lang="fr", company="Hôtels Baie des Anges",
    contact="",
    sender=("Hôtels Baie des Anges", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-05-12 09:31 +0200",
    charset="utf-8", cte="qp",
    html="""<!doctype html>
<html><body style="margin:0;background:#f4f1ec;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;margin:30px 0;font-family:'Helvetica Neue',Arial,sans-serif;color:#2b2b2b;">
<tr><td style="background:#1f5d7a;padding:22px;text-align:center;"><img src="https://assets.teamtailor-cdn.example.com/baie-des-anges/logo-blanc.png" alt="Hôtels Baie des Anges" width="180"></td></tr>
<tr><td style="padding:28px 34px;font-size:15px;line-height:1.6;">
<p>Bonjour Mateo,</p>
<p>Merci pour votre candidature au poste d'<strong>Assistant(e) Revenue Manager</strong>. Nous l'avons bien reçue et notre équipe RH l'étudiera avec attention dans les prochains jours.</p>
<p>Nous reviendrons vers vous, quelle que soit l'issue de notre sélection.</p>
<p>À très bientôt,<br>L'équipe RH – Hôtels Baie des Anges</p>
</td></tr>
<tr><td style="padding:18px 34px;font-size:11px;color:#8a8a8a;border-top:1px solid #eeeeee;"><a href="https://app.teamtailor-mail.com/c/unsubscribe/QmRB" style="color:#8a8a8a;">Se désabonner</a></td></tr>
</table></td></tr></table>
<img src="https://app.teamtailor-mail.com/t/o/YmRhYWNr.gif" width="1" height="1" alt="" style="display:none">
</body></html>
""",
))

# A18 - SuccessFactors acknowledgement in French, latin-1, alternative parts.
MESSAGES.append(spec(
    kind="application_received", scenario="successfactors_geneva_accuse", lang="fr", company="Hôtel du Léman", contact="",
    sender=("Hôtel du Léman - Recrutement", "ne-pas-repondre@successfactors.eu"),
    subject="Accusé de réception de votre candidature (réf. 4471)",
    date="2026-03-27 18:22 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Cher Monsieur Bianchi-Ørsted,

Nous accusons réception de votre candidature au poste d'Analyste Revenue Management (réf. 4471) et vous remercions de l'intérêt que vous portez à l'Hôtel du Léman.

Votre dossier sera examiné avec la plus grande attention. Nous ne manquerons pas de vous tenir informé de la suite donnée à votre candidature.

Service des Ressources Humaines
Hôtel du Léman SA, Quai du Mont-Blanc 19, 1201 Genève

Ce courriel a été généré automatiquement, merci de ne pas y répondre.
""",
    html="""<html><body>
<table width="620" border="0" cellspacing="0" cellpadding="0" align="center" style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<tr><td style="padding:18px;border-bottom:2px solid #8c6d3f;"><img src="https://career5.successfactors.eu/company/hoteldulemanP/logo.gif" alt="Hôtel du Léman Genève" border="0"></td></tr>
<tr><td style="padding:18px;">
<p>Cher Monsieur Bianchi-Ørsted,</p>
<p>Nous accusons réception de votre candidature au poste d'Analyste Revenue Management (réf. 4471) et vous remercions de l'intérêt que vous portez à l'Hôtel du Léman.</p>
<p>Votre dossier sera examiné avec la plus grande attention. Nous ne manquerons pas de vous tenir informé de la suite donnée à votre candidature.</p>
<p>Service des Ressources Humaines</p>
</td></tr>
<tr><td style="padding:12px 18px;background:#f2efe9;font-size:10px;color:#777777;">Hôtel du Léman SA &middot; Quai du Mont-Blanc 19 &middot; 1201 Genève<br>Ce courriel a été généré automatiquement, merci de ne pas y répondre.</td></tr>
</table>
</body></html>
""",
))

# A19 - Personio Eingangsbestätigung, German, alternative parts.
MESSAGES.append(spec(
    kind="application_received", scenario="personio_eingangsbestaetigung", lang="de", company="Spree Hotels", contact="",
    sender=("Spree Hotels GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-02-09 16:54 +0100",
    charset="utf-8", cte="base64",
    text="""Sehr geehrter Herr Bianchi-Ørsted,

vielen Dank für Ihre Bewerbung als Junior Revenue Manager (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Spree Hotels

Spree Hotels GmbH | Friedrichstraße 101 | 10117 Berlin
Geschäftsführer: Dr. Henrike Maaß, Ole Brandt | Amtsgericht Charlottenburg HRB 000000 B
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Sehr geehrter Herr Bianchi-Ørsted,</p>
<p>vielen Dank für Ihre Bewerbung als Junior Revenue Manager (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Spree Hotels</p>
<p style="font-size:11px;color:#777;">Spree Hotels GmbH | Friedrichstraße 101 | 10117 Berlin<br>Geschäftsführer: Dr. Henrike Maaß, Ole Brandt | Amtsgericht Charlottenburg HRB 000000 B</p>
</body></html>
""",
))

# A20 - softgarden acknowledgement, du-form, HTML only.
MESSAGES.append(spec(
    kind="application_received", scenario="softgarden_danke_du", lang="de", company="TripWerk", contact="",
    sender=("TripWerk Recruiting", "noreply@softgarden.io"),
    subject="Danke für deine Bewerbung, Mateo!",
    date="2026-04-02 11:25 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="margin:0;padding:0;">
<table width="100%" cellspacing="0" cellpadding="0" style="background:#f0f4f3;"><tr><td align="center" style="padding:20px;">
<table width="600" cellspacing="0" cellpadding="0" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.55;color:#14302b;">
<tr><td style="padding:24px 30px 0 30px;"><img src="https://cdn.softgarden.io/tripwerk/logo.svg" alt="TripWerk" width="120"></td></tr>
<tr><td style="padding:16px 30px 26px 30px;">
<p>Hallo Mateo,</p>
<p>danke für deine Bewerbung als <b>Pricing Analyst Mobility (Berlin oder remote)</b>! Sie ist gut bei uns angekommen.</p>
<p>Wir schauen uns jede Bewerbung persönlich an und melden uns in der Regel innerhalb von zwei Wochen bei dir. Den Status kannst du jederzeit in deinem <a href="https://tripwerk.softgarden.example.io/candidate/status?id=a71">Bewerberkonto</a> sehen.</p>
<p>Bis bald<br>Dein People-Team von TripWerk</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#6d7f7b;background:#f7faf9;">TripWerk GmbH · Schlesische Str. 26 · 10997 Berlin · Powered by softgarden</td></tr>
</table></td></tr></table>
""" + pixel("trk.softgarden.io", "tw-0402") + """
</body></html>
""",
))

# A21 - family tour operator's office confirms receipt and offers to answer questions (role mailbox).
MESSAGES.append(spec(
    kind="application_received", scenario="family_firm_sekretariat", lang="de", company="Kranz & Söhne Reisen",
    contact="sekretariat@kranz-reisen.example.de",
    sender=("Sekretariat Kranz & Söhne Reisen", "sekretariat@kranz-reisen.example.de"),
    subject="Eingang Ihrer Bewerbung",
    date="2026-02-04 10:12 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrter Herr Bianchi-Ørsted,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Stelle Sachbearbeiter/in Preisgestaltung und Kontingente.

Herr Kranz wird Ihre Unterlagen in den kommenden zwei Wochen sichten. Bei Rückfragen stehen wir Ihnen unter dieser Adresse oder telefonisch gerne zur Verfügung.

Mit freundlichen Grüßen

i. A. Petra Lindner
Sekretariat

Kranz & Söhne Reisen GmbH & Co. KG
Kantstraße 54, 10627 Berlin
Telefon 030 000 00 54
""",
))

# ---------------------------------------------------------------- offer

# F01 - written offer with an offer letter PDF.
MESSAGES.append(spec(
    kind="offer", scenario="ota_offer_letter_pdf", lang="es", company="Viajalia",
    contact="laura.sempere@viajalia.example.com",
    sender=("Laura Sempere", "laura.sempere@viajalia.example.com"),
    subject="Oferta de incorporación - Revenue Analyst Junior",
    date="2026-04-03 13:15 +0200",
    msgid="<vjl-offer-0403.2281@viajalia.example.com>",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

¡Enhorabuena! Después de hablar con todo el equipo, estamos encantados de ofrecerte el puesto de Revenue Analyst Junior en Viajalia.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 27.000 € brutos anuales más un variable de hasta el 8 %, modelo híbrido (tres días en la oficina de Colón) e incorporación prevista el 4 de mayo.

Si estás de acuerdo, solo tienes que firmar la carta y devolvérmela antes del viernes 10 de abril. Cualquier duda sobre las condiciones, llámame o escríbeme.

¡Ojalá te tengamos pronto con nosotros!

Laura Sempere
Talent Acquisition · Viajalia
""",
    attachments=[att(filename="Carta_oferta_Viajalia_MBianchi.pdf", lines=[
        "Viajalia - Carta de oferta",
        "Valencia, 3 de abril de 2026",
        "Sr. Mateo Bianchi-Orsted",
        "Puesto: Revenue Analyst Junior (Hoteles)",
        "Contrato: indefinido, jornada completa",
        "Retribucion: 27.000 EUR brutos anuales + variable hasta 8%",
        "Incorporacion: 4 de mayo de 2026",
        "Firma del candidato: ______________________",
    ])],
))

# F02 - verbal offer confirmed in writing by the family hotel owner.
MESSAGES.append(spec(
    kind="offer", scenario="verbal_offer_confirmed", lang="es", company="Hotel Benlliure",
    contact="amparo@hotelbenlliure.example.es",
    sender=("Amparo Benlliure", "amparo@hotelbenlliure.example.es"),
    subject="Lo que hablamos ayer",
    date="2026-05-06 10:40 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Bon dia Mateo,

Como te dije ayer por teléfono, Consuelo y yo lo tenemos claro: el puesto es tuyo si lo quieres. Te lo pongo por escrito para que lo tengas todo:

- Responsable de reservas y tarifas (con alguna noche de apoyo al mes, ya lo hablamos)
- Contrato indefinido desde el 1 de junio, con seis meses de prueba
- 24.500 euros brutos al año en 14 pagas
- Horario de mañana de lunes a viernes, y un fin de semana al mes

Piénsatelo con calma y me dices algo antes del lunes. Si dices que sí, la gestoría te prepara el contrato esa misma semana.

Una abraçada,
Amparo
""",
))

# F03 - conditional offer (references and degree check) with a PDF.
MESSAGES.append(spec(
    kind="offer", scenario="conditional_offer_references", lang="es", company="BCN Rate Partners",
    contact="npuig@bcnrate.example.es",
    sender=("Núria Puig", "npuig@bcnrate.example.es"),
    cc=[("Guillem Ferrer", "gferrer@bcnrate.example.es")],
    subject="Propuesta para incorporarte a BCN Rate Partners",
    date="2026-07-02 17:05 +0200",
    charset="utf-8", cte="base64",
    text="""Hola Mateo,

Después de tu presentación del caso, Guillem y yo tenemos muy claro que queremos que te unas al equipo. Te adjunto nuestra propuesta formal para el puesto de Pricing Analyst.

La oferta está condicionada a dos cosas, como es habitual en la consultora: que nos facilites dos referencias profesionales (una de ellas de tu hotel actual, cuando tú lo veas oportuno) y la copia compulsada de tu titulación en Turismo.

Resumen: 29.000 € brutos anuales, revisión a los 12 meses, 100 % presencial los primeros tres meses y después dos días de teletrabajo. Incorporación el 1 de septiembre.

Cualquier pregunta, estoy aquí.

Núria Puig
Senior Revenue Consultant
BCN Rate Partners, S.L.
""",
    attachments=[att(filename="Propuesta_BCN_Rate_Partners_Pricing_Analyst.pdf", lines=[
        "BCN Rate Partners - Propuesta de incorporacion",
        "Candidato: Mateo Bianchi-Orsted",
        "Puesto: Pricing Analyst",
        "Salario: 29.000 EUR brutos anuales",
        "Condiciones: dos referencias profesionales y titulacion compulsada",
        "Incorporacion: 1 de septiembre de 2026",
    ])],
))

# F04 - contract to sign, HR sends the PDF.
MESSAGES.append(spec(
    kind="offer", scenario="contract_to_sign_pdf", lang="es", company="Grupo Mirador de Mallorca",
    contact="xmas@miradormallorca.example.es",
    sender=("Xisca Mas", "xmas@miradormallorca.example.es"),
    subject="Contrato para firma - Revenue Analyst",
    date="2026-06-24 12:01 +0200",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Tal y como te ha adelantado Toni, te adjunto el contrato de trabajo para el puesto de Revenue Analyst en el Grupo Mirador de Mallorca.

Por favor, revísalo, firma todas las páginas y envíanoslo escaneado a esta dirección antes del 30 de junio. Necesitaremos también una copia de tu DNI, tu número de la Seguridad Social y el IBAN para la nómina.

Tu primer día será el miércoles 15 de julio en nuestras oficinas del Passeig Marítim. Te esperamos a las 9:00.

Benvingut!

Xisca Mas
Administració de Personal
Grupo Mirador de Mallorca
Passeig Marítim 12, 07014 Palma · T. 971 00 00 12
""",
    attachments=[att(filename="Contrato_laboral_Bianchi-Ørsted.pdf", lines=[
        "CONTRATO DE TRABAJO INDEFINIDO",
        "Empresa: Grupo Mirador de Mallorca",
        "Trabajador: Mateo Bianchi-Orsted",
        "Categoria: Tecnico de Revenue (Revenue Analyst)",
        "Fecha de inicio: 15 de julio de 2026",
        "Periodo de prueba: seis meses",
        "Firma de la empresa / Firma del trabajador",
    ])],
))

# F05 - temp agency names the client employer; summer contract offer, exclamation marks.
MESSAGES.append(spec(
    kind="offer", scenario="ett_client_offer_summer", lang="es", company="Benidorm Skyline Hotel",
    contact="noelia.r@tempotur.example.es",
    sender=("Noelia - Tempotur Empleo", "noelia.r@tempotur.example.es"),
    subject="ENHORABUENA!!! Benidorm Skyline Hotel te quiere!!",
    date="2026-06-18 12:44 +0200",
    charset="utf-8", cte="8bit",
    text="""MATEO!!!!

Me acaba de llamar la directora del Benidorm Skyline Hotel y QUIEREN CONTAR CONTIGO para el puesto de auditor de noche y apoyo a revenue!! 🎉

Condiciones que me ha pasado:
- Contrato de puesta a disposición del 1 de julio al 31 de octubre
- Jornada completa, turno de noche (5 noches x semana)
- 1.650 € brutos/mes + plus de nocturnidad
- Posibilidad de quedarte en invierno en el departamento comercial

Necesito que me confirmes HOY o mañana como muy tarde si aceptas, para preparar el contrato con nosotros. Llámame en cuanto leas esto!!!!

Noelia Ruiz
Consultora de selección · Tempotur Empleo
965 00 02 02
""",
))

# F06 - offer from HR, Outlook HTML with plain alternative.
MESSAGES.append(spec(
    kind="offer", scenario="hotel_group_offer_outlook_html", lang="es", company="Hoteles Turia & Mar",
    contact="lferrandiz@turiaymar.example.es",
    sender=("Lucía Ferrándiz Soler", "lferrandiz@turiaymar.example.es"),
    subject="Propuesta de contratación - Analista de Distribución y Revenue",
    date="2026-05-28 16:10 +0200",
    charset="windows-1252", cte="qp",
    text="""Buenas tardes, Mateo:

Tras las dos entrevistas, tenemos el placer de ofrecerte el puesto de Analista de Distribución y Revenue en Hoteles Turia & Mar.

Condiciones:
• Contrato indefinido a jornada completa, con periodo de prueba de seis meses.
• Salario: 26.000 € brutos anuales en 14 pagas, más bonus anual por objetivos de hasta 1.500 €.
• Horario: de lunes a viernes de 8:30 a 16:30, oficinas centrales de la calle de la Pau.
• Incorporación: 15 de junio de 2026.

Te agradecería que nos dieras una respuesta antes del miércoles 3 de junio.

Un saludo cordial,

Lucía Ferrándiz Soler
Responsable de Personas
Hoteles Turia & Mar
""",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="ES" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Buenas tardes, Mateo:</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Tras las dos entrevistas, tenemos el placer de ofrecerte el puesto de <b>Analista de Distribución y Revenue</b> en Hoteles Turia &amp; Mar.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Condiciones:</p>
<ul style="margin-top:0;">
<li class="MsoNormal">Contrato indefinido a jornada completa, con periodo de prueba de seis meses.</li>
<li class="MsoNormal">Salario: 26.000 € brutos anuales en 14 pagas, más bonus anual por objetivos de hasta 1.500 €.</li>
<li class="MsoNormal">Horario: de lunes a viernes de 8:30 a 16:30, oficinas centrales de la calle de la Pau.</li>
<li class="MsoNormal">Incorporación: 15 de junio de 2026.</li>
</ul>
<p class="MsoNormal">Te agradecería que nos dieras una respuesta antes del miércoles 3 de junio.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Un saludo cordial,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F4E79;">Lucía Ferrándiz Soler</span></b><br>Responsable de Personas<br><img width="120" src="cid:image001.png@01DCB2A1.5E8F3C10" alt="Hoteles Turia &amp; Mar"><br>Hoteles Turia &amp; Mar</p>
</div></body></html>
""",
))

# F07 - offer letter PDF from the hiring manager, English start-up.
MESSAGES.append(spec(
    kind="offer", scenario="startup_offer_letter_pdf", lang="en", company="Nomadix Travel",
    contact="marc.soler@nomadix.example.com",
    sender=("Marc Soler", "marc.soler@nomadix.example.com"),
    subject="Your offer from Nomadix Travel 🎉",
    date="2026-07-28 18:48 +0200",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

I'm delighted to let you know that we'd like you to join Nomadix Travel as Revenue Analyst!

Your offer letter is attached. Headlines:
- Gross salary of EUR 31,000 per year, plus our annual company bonus
- Permanent contract, hybrid (Barcelona office Tue-Thu)
- Start date: Monday 7 September 2026
- 25 days of holiday plus your birthday off

To accept, just sign the letter via the link in it or reply to this email and our People team will send the contract. The offer is valid until Friday 7 August.

Everyone on the team was really impressed with how you tackled the departure-pricing question. Can't wait to work together.

Marc Soler
Head of Revenue | Nomadix Travel
Nomadix Travel Ltd (Spanish branch) · Carrer de Pallars 99, 08018 Barcelona
""",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#303030;max-width:600px;">
<p>Hi Mateo,</p>
<p>I'm delighted to let you know that we'd like you to join <b>Nomadix Travel</b> as <b>Revenue Analyst</b>!</p>
<p>Your offer letter is attached. Headlines:</p>
<ul>
<li>Gross salary of EUR 31,000 per year, plus our annual company bonus</li>
<li>Permanent contract, hybrid (Barcelona office Tue-Thu)</li>
<li>Start date: Monday 7 September 2026</li>
<li>25 days of holiday plus your birthday off</li>
</ul>
<p>To accept, just sign the letter via the link in it or reply to this email and our People team will send the contract. The offer is valid until Friday 7 August.</p>
<p>Everyone on the team was really impressed with how you tackled the departure-pricing question. Can't wait to work together.</p>
<p>Marc Soler<br>Head of Revenue | Nomadix Travel<br><span style="color:#999;font-size:11px;">Nomadix Travel Ltd (Spanish branch) · Carrer de Pallars 99, 08018 Barcelona</span></p>
</div>
""",
    attachments=[att(filename="Nomadix_Offer_Letter_Mateo_Bianchi-Orsted.pdf", lines=[
        "Nomadix Travel - Offer of Employment",
        "28 July 2026",
        "Dear Mateo,",
        "Position: Revenue Analyst",
        "Salary: EUR 31,000 gross per year",
        "Start date: 7 September 2026",
        "Please sign and return by 7 August 2026.",
    ])],
))

# F08 - head-hunter confirms the client's verbal offer in writing, conditional on checks.
MESSAGES.append(spec(
    kind="offer", scenario="headhunter_verbal_offer_conditional", lang="en", company="Atlântico Air",
    contact="oliver.finch@harbourfinch.example.com",
    sender=("Oliver Finch", "oliver.finch@harbourfinch.example.com"),
    subject="Atlântico Air - offer!",
    date="2026-06-03 19:22 +0100",
    charset="utf-8", cte="qp",
    text="""Mateo,

Congratulations! As discussed on the phone just now, Atlântico Air are offering you the role of Network Revenue Analyst. Putting the key points in writing:

- Base salary: EUR 34,000 gross per year (14 payments, Portuguese standard)
- Relocation allowance of EUR 3,000 and two weeks in company accommodation in Lisbon
- Start: 1 August 2026, or earlier if you can make it
- The offer is conditional on satisfactory references, a background check and proof of your right to work in the EU (your Spanish ID covers that)

Their HR team will send the formal contract once the references are back. Let me know by Friday whether you'd like to accept - and if there's anything you want me to negotiate, now's the time.

Best,
Oliver

Oliver Finch
Director, Travel & Hospitality Practice
Harbour & Finch Executive Search
m: +351 910 000 000
""",
))

# F09 - Swiss contract proposal with the PDF, vous.
MESSAGES.append(spec(
    kind="offer", scenario="geneva_proposition_engagement", lang="fr", company="Hôtel Rive Gauche Genève",
    contact="sophie.deleze@rivegauche-geneve.example.ch",
    sender=("Sophie Délèze", "sophie.deleze@rivegauche-geneve.example.ch"),
    subject="Proposition d'engagement - Assistant Revenue Manager",
    date="2026-09-04 15:12 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Cher Monsieur Bianchi-Ørsted,

Suite à nos deux entretiens, nous avons le plaisir de vous proposer le poste d'Assistant Revenue Manager au sein de l'Hôtel Rive Gauche Genève.

Vous trouverez en pièce jointe notre proposition de contrat de travail à durée indéterminée, avec une entrée en fonction au 1er novembre 2026 et un salaire annuel brut de CHF 72'000, versé en treize mensualités. L'engagement est soumis à l'obtention d'un permis de séjour B, démarche dans laquelle nous vous accompagnerons.

Nous vous saurions gré de bien vouloir nous retourner le contrat signé d'ici au 18 septembre.

Dans l'attente du plaisir de vous accueillir, nous vous prions d'agréer, Monsieur, nos meilleures salutations.

Sophie Délèze
Responsable Ressources Humaines
Hôtel Rive Gauche Genève SA
Quai Gustave-Ador 8 · 1207 Genève
""",
    attachments=[att(filename="Contrat_de_travail_Bianchi-Orsted.pdf", lines=[
        "Hotel Rive Gauche Geneve SA - Contrat de travail",
        "Employe: Mateo Bianchi-Orsted",
        "Fonction: Assistant Revenue Manager, taux 100%",
        "Entree en fonction: 1er novembre 2026",
        "Salaire annuel brut: CHF 72'000 (13 mensualites)",
        "Signature de l'employe: ____________________",
    ])],
))

# F10 - German contract offer with the PDF, Sie.
MESSAGES.append(spec(
    kind="offer", scenario="berlin_vertragsangebot", lang="de", company="Kiezhaus Hotels",
    contact="m.schulte@kiezhaus-hotels.example.de",
    sender=("Miriam Schulte", "m.schulte@kiezhaus-hotels.example.de"),
    subject="Ihr Vertragsangebot – Revenue Analyst (m/w/d)",
    date="2026-08-27 14:05 +0200",
    charset="utf-8", cte="qp",
    text="""Sehr geehrter Herr Bianchi-Ørsted,

wir freuen uns sehr, Ihnen nach den beiden Gesprächen mit Herrn Adler und mir die Stelle als Revenue Analyst (m/w/d) bei den Kiezhaus Hotels anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
– Beginn: 1. Oktober 2026, unbefristet, Probezeit sechs Monate
– Bruttojahresgehalt: 44.000 Euro
– 30 Urlaubstage, Deutschlandticket als Jobticket
– Unterstützung bei der Wohnungssuche in Berlin

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 7. September zurück. Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen

Miriam Schulte
People & Culture
Kiezhaus Hotels GmbH
Oranienstraße 140, 10969 Berlin
""",
    attachments=[att(filename="Arbeitsvertrag_Bianchi-Ørsted_Kiezhaus.pdf", lines=[
        "Arbeitsvertrag",
        "zwischen der Kiezhaus Hotels GmbH und Herrn Mateo Bianchi-Orsted",
        "Taetigkeit: Revenue Analyst (m/w/d)",
        "Beginn: 1. Oktober 2026, unbefristet",
        "Bruttojahresgehalt: 44.000 Euro",
        "Unterschrift Arbeitnehmer: ____________________",
    ])],
))
