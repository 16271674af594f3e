"""Rejections received by Mateo Bianchi-Ørsted (31 specs, each written on its own).

The label rules are in README.md: kind on the new text only, company without a trailing legal
form, contact a human reply address (lower-case) or empty.
"""

from __future__ import annotations

from msgs137_common import pixel, spec

MESSAGES: list[dict] = []

# R01 - Workday, no-reply, HTML only, soft "other candidates more closely match".
MESSAGES.append(spec(
    kind="rejection", scenario="workday_airline_soft", lang="es", company="Air Levante", contact="",
    sender=("Air Levante Talent Acquisition", "airlevante@myworkday.com"),
    to=["mateo.bo@example.es"],
    subject="Tu candidatura: Analista de Pricing (REQ-22817)",
    date="2026-02-19 18:04 +0000",
    charset="utf-8", cte="base64",
    html="""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Air Levante</title></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4;">
<tr><td align="center" style="padding:24px 8px;">
  <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b4f8a;">
    <tr><td style="padding:20px 32px;"><img src="https://airlevante.wd3.myworkday.com/wday/cxs/airlevante/logo.png" alt="Air Levante" width="140" style="display:block;border:0;"></td></tr>
    <tr><td style="padding:0 32px 8px 32px;font-size:15px;line-height:22px;color:#1d2733;">
      <p>Hola Mateo:</p>
      <p>Gracias por presentar tu candidatura para el puesto de <b>Analista de Pricing</b> (REQ-22817) en nuestra base de Manises.</p>
      <p>Hemos revisado con atención tu perfil. Tras valorar todas las solicitudes, hemos decidido seguir adelante con otras candidaturas cuya experiencia se ajusta más a los requisitos de esta posición, especialmente en tarificación de rutas y gestión de inventario aéreo.</p>
      <p>Te animamos a seguir pendiente de nuestras vacantes y a crear una alerta de empleo en nuestro portal.</p>
      <p style="margin-top:24px;">Un saludo,<br>Equipo de Talent Acquisition<br>Air Levante</p>
    </td></tr>
    <tr><td style="padding:16px 32px 24px 32px;">
      <a href="https://airlevante.wd3.myworkday.com/airlevante_careers/login?redirect=%2Fjobs&amp;utm_source=wd_email&amp;utm_campaign=disposition" style="background:#0b4f8a;color:#ffffff;text-decoration:none;padding:10px 18px;font-size:14px;display:inline-block;">Ver otras ofertas</a>
    </td></tr>
    <tr><td style="padding:16px 32px;background:#f6f7f9;font-size:11px;line-height:16px;color:#6b7785;">
      Este mensaje se ha enviado desde una dirección que no admite respuestas.<br>
      Air Levante, S.A. · Edificio Torre de Control, Av. de l'Aeroport s/n, 46940 Manises (Valencia) · CIF A-00000000<br>
      Tratamos tus datos conforme a nuestra <a href="https://airlevante.wd3.myworkday.com/privacy" style="color:#6b7785;">política de privacidad</a>.
    </td></tr>
  </table>
</td></tr></table>
""" + pixel("airlevante.wd3.myworkday.com", "e7c1a9d2") + """
</body></html>
""",
))

# R02 - Greenhouse no-reply with a recruiter in Reply-To, multipart/alternative, English.
MESSAGES.append(spec(
    kind="rejection", scenario="greenhouse_startup_closer_match", lang="en", company="RateRadar",
    contact="ines.casals@rateradar.example.com",
    sender=("RateRadar via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Inés Casals", "ines.casals@rateradar.example.com"),
    subject="Your application to RateRadar",
    date="2026-03-06 11:27 +0000",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

Thank you for your interest in the Junior Pricing Analyst role at RateRadar and for the time you put into your application.

We had a lot of strong applications for this role. After reviewing yours, we've decided to move forward with candidates whose experience more closely matches what the team needs right now, in particular hands-on work with Python and demand forecasting models.

This isn't a reflection of your potential. Hotel operations experience like yours is rare in our team and we would be glad to see your name again in future openings.

All the best,

Inés Casals | Talent Partner | RateRadar
Carrer de Pujades 77, 08005 Barcelona

RateRadar Labs S.L. - careers.rateradar.example.com
""",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Mateo,</p>
<p>Thank you for your interest in the Junior Pricing Analyst role at RateRadar and for the time you put into your application.</p>
<p>We had a lot of strong applications for this role. After reviewing yours, we've decided to move forward with candidates whose experience more closely matches what the team needs right now, in particular hands-on work with Python and demand forecasting models.</p>
<p>This isn't a reflection of your potential. Hotel operations experience like yours is rare in our team and we would be glad to see your name again in future openings.</p>
<p>All the best,</p>
<p>Inés Casals | Talent Partner | RateRadar<br>Carrer de Pujades 77, 08005 Barcelona</p>
<p style="color:#888;font-size:11px;">RateRadar Labs S.L. - <a href="https://careers.rateradar.example.com">careers.rateradar.example.com</a></p>
<img src="https://us.greenhouse-mail.io/wf/open?upn=R8d1x0Qw" width="1" height="1" alt="">
</body></html>
""",
))

# R03 - role put on hold, Outlook from HR, windows-1252.
MESSAGES.append(spec(
    kind="rejection", scenario="hr_role_on_hold", lang="es", company="Hoteles Turia & Mar",
    contact="lferrandiz@turiaymar.example.es",
    sender=("Lucía Ferrándiz Soler", "lferrandiz@turiaymar.example.es"),
    subject="Proceso Revenue Assistant – actualización",
    date="2026-02-12 13:48 +0100",
    charset="windows-1252", cte="qp",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    msgid="<DB9PR04MB8412A3C0F0E1B2C4D5E6F7A8B9@DB9PR04MB8412.eurprd04.prod.outlook.example.com>",
    text="""Buenos días, Mateo:

Te escribo para contarte cómo ha quedado el proceso de Revenue Assistant en el que participabas.

La dirección general ha decidido congelar las nuevas incorporaciones del área comercial hasta que cerremos la reforma del hotel de la Malvarrosa, así que el puesto queda en suspenso y no vamos a continuar con el proceso de selección. No es una cuestión de tu candidatura, que nos había gustado, sino de presupuesto.

Si el puesto se reactiva más adelante se publicará de nuevo y podrás volver a presentarte. Siento no traerte mejores noticias.

Un saludo cordial,

Lucía Ferrándiz Soler
Responsable de Personas
Hoteles Turia & Mar
C/ de la Pau 14, 46003 València
Tel. 960 00 01 23

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. “Hoteles Turia & Mar” es una marca de Turia y Mar Hoteles, S.L.
""",
))

# R04 - filled internally, director writing from his own address, reply to the candidate.
MESSAGES.append(spec(
    kind="rejection", scenario="boutique_filled_internally", lang="es", company="Casa Lonja Boutique Hotel",
    contact="alvaro@casalonja.example.es",
    sender=("Álvaro Miralles", "alvaro@casalonja.example.es"),
    subject="Re: Vacante Revenue & Reservas",
    date="2026-01-28 20:11 +0100",
    charset="utf-8", cte="8bit",
    in_reply_to="<CAJ7mbo0t1K2lonja@mail.example.es>",
    text="""Hola Mateo,

Perdona que no te contestara antes, han sido semanas de locura con la ocupación de Fallas ya encima.

Al final hemos cubierto el puesto internamente: Carla, que llevaba dos años en reservas con nosotros, pasa a llevar también el revenue. Así que la vacante ya no está abierta.

Me pareció muy interesante tu carta, sobre todo lo de los informes de pickup que preparas en las noches. Si en algún momento ampliamos el equipo te escribo yo directamente.

Un abrazo y mucha suerte,

Álvaro Miralles · Director · Casa Lonja Boutique Hotel · Valencia
""",
))

# R05 - rejection after the second interview; the Gmail quote holds the invitation (misleading).
MESSAGES.append(spec(
    kind="rejection", scenario="after_second_interview_gmail_quote", lang="es", company="Costa Blanca Resorts",
    contact="mguillen@cbresorts.example.es",
    sender=("Marta Guillén", "mguillen@cbresorts.example.es"),
    subject="Re: Entrevista Revenue Analyst - Costa Blanca Resorts",
    date="2026-04-22 17:36 +0200",
    charset="utf-8", cte="qp",
    in_reply_to="<CAJ7mbo4n8QpLxR@mail.example.es>",
    references=["<cbr-inv-20260311.4410@cbresorts.example.es>", "<cbr-resched-20260316.4410@cbresorts.example.es>"],
    text="""Hola Mateo,

Gracias otra vez por venir a Alicante para la segunda entrevista con Raúl y conmigo; fue una conversación muy agradable.

Te escribo con la decisión final: hemos elegido a otra candidata que ya ha trabajado con el RMS que usamos en los resorts y que puede incorporarse en mayo. Ha sido una decisión muy ajustada y tu caso práctico sobre el overbooking de Semana Santa nos gustó mucho.

Con tu permiso, guardamos tu candidatura para futuras vacantes del departamento comercial.

Un saludo,

Marta Guillén
Talent & Culture
Costa Blanca Resorts, S.A.
Av. de Niza 12, 03540 Alicante

El jue, 9 abr 2026 a las 8:02, Mateo Bianchi-Ørsted (<mateo.bo@example.es>) escribió:
> ¡Muchas gracias, Marta! Allí estaré el martes 14 a las 10:30.
> Un saludo,
> Mateo
>
> El mié, 8 abr 2026 a las 18:40, Marta Guillén (<mguillen@cbresorts.example.es>) escribió:
>> Hola Mateo:
>>
>> ¡Enhorabuena! Has pasado a la siguiente fase. Te confirmamos la segunda
>> entrevista, presencial, el martes 14 de abril a las 10:30 en nuestras
>> oficinas de Av. de Niza. Trae preparado el caso práctico que te enviamos.
>>
>> Un saludo,
>> Marta
""",
))

# R06 - speculative application refused, HR role mailbox that invites a reply, usted, latin-1.
MESSAGES.append(spec(
    kind="rejection", scenario="speculative_no_vacancy", lang="es", company="Hotel Palau de la Seda",
    contact="rrhh@palaudelaseda.example.es",
    sender=("RRHH Hotel Palau de la Seda", "rrhh@palaudelaseda.example.es"),
    subject="Su candidatura espontánea",
    date="2026-01-16 10:05 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Estimado Sr. Bianchi-Ørsted:

Le agradecemos el interés mostrado en formar parte del equipo del Hotel Palau de la Seda y el envío de su currículum.

Tras estudiarlo, le comunicamos que en este momento no disponemos de ninguna vacante en el área de revenue ni en el departamento comercial que se ajuste a su perfil, por lo que no podemos dar curso a su candidatura.

Conservaremos sus datos durante doce meses, salvo que nos indique lo contrario. Si tiene cualquier duda puede escribirnos a esta misma dirección.

Atentamente,

Departamento de Recursos Humanos
Hotel Palau de la Seda
C/ del Hospital 8, 46001 Valencia

Inversiones Hoteleras Velluters, S.L. - Responsable del tratamiento. Puede ejercer sus derechos de acceso, rectificación y supresión en rrhh@palaudelaseda.example.es.
""",
))

# R07 - one terse line from a phone; the employer's name is only in the subject and domain.
MESSAGES.append(spec(
    kind="rejection", scenario="terse_iphone_hostal", lang="es", company="Hostal Ca'n Pep",
    contact="pep.bauza@canpep.example.es",
    sender=("Pep Bauzà", "pep.bauza@canpep.example.es"),
    subject="Re: Recepcionista de noche / Hostal Ca'n Pep",
    date="2026-03-03 23:52 +0100",
    charset="utf-8", cte="8bit",
    in_reply_to="<CAJ7mbo9zzPalma1@mail.example.es>",
    text="""Hola Mateo, al final nos quedamos con alguien de aqui de la isla. Gracias y suerte!!

Enviado desde mi iPhone
""",
))

# R08 - Lever, no Reply-To, HTML only, English, Lisbon group.
MESSAGES.append(spec(
    kind="rejection", scenario="lever_lisbon_group", lang="en", company="Alfama Hospitality Group", contact="",
    sender=("Alfama Hospitality Group", "no-reply@hire.lever.co"),
    subject="Your application for Revenue Analyst at Alfama Hospitality Group",
    date="2026-03-24 09:12 +0000",
    charset="utf-8", cte="qp",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background-color:#fafafa;">
<div style="max-width:560px;margin:0 auto;padding:32px;background:#fff;font-family:Georgia,serif;font-size:15px;color:#333;">
<p style="text-align:center;"><img src="https://lever-client-logos.example.com/alfama-hg.png" alt="Alfama Hospitality Group" height="48"></p>
<p>Dear Mateo,</p>
<p>Thank you for applying for the Revenue Analyst position with Alfama Hospitality Group in Lisbon.</p>
<p>After careful consideration, we will not be moving forward with your application at this time. We received a great number of applications and the decision was a difficult one.</p>
<p>We appreciate your interest in our hotels and wish you every success in your search.</p>
<p>Kind regards,<br>The People Team<br>Alfama Hospitality Group</p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#999;">Alfama Hospitality Group, Lda. &middot; Rua dos Remédios 41, 1100-445 Lisboa &middot; NIPC 500000000<br>
Sent via <a href="https://hire.lever.co/r/c/8a2f4d?l=alfama-hg" style="color:#999;">Lever</a>. <a href="https://hire.lever.co/unsubscribe/alfama-hg/8a2f4d" style="color:#999;">Unsubscribe from candidate emails</a></p>
</div>
<img src="https://hire.lever.co/o/8a2f4d77.png" width="1" height="1" alt="">
</body></html>
""",
))

# R09 - after the final round; Ashby no-reply with a person in Reply-To, plain text only.
MESSAGES.append(spec(
    kind="rejection", scenario="ashby_after_final_round", lang="en", company="StayScout",
    contact="priya.raman@stayscout.example.com",
    sender=("StayScout Recruiting", "no-reply@ashbyhq.com"),
    reply_to=("Priya Raman", "priya.raman@stayscout.example.com"),
    subject="StayScout - Pricing Analyst (Marketplace)",
    date="2026-07-09 16:45 +0200",
    charset="utf-8", cte="7bit",
    text="""Hi Mateo,

Thanks so much for spending most of Tuesday with us - I know a full onsite loop in our Barcelona office is a lot, and the team really enjoyed meeting you.

I'm sorry to say we won't be extending an offer for the Pricing Analyst role. The panel felt your commercial instincts were strong, but we need someone who can own the SQL pipeline for the marketplace dashboards from day one, and that came up as the main gap in the technical session.

If it's useful, I'm happy to jump on a 15-minute call and share the panel's feedback in more detail. Just reply to this email.

Warmly,
Priya

Priya Raman
Senior Recruiter, StayScout
""",
))

# R10 - SuccessFactors, Geneva, French, latin-1, HTML only, no-reply.
MESSAGES.append(spec(
    kind="rejection", scenario="successfactors_geneva", lang="fr", company="Hôtel du Léman", contact="",
    sender=("Hôtel du Léman - Recrutement", "ne-pas-repondre@successfactors.eu"),
    subject="Votre candidature - Analyste Revenue Management (réf. 4471)",
    date="2026-04-14 08:30 +0200",
    charset="iso-8859-1", cte="qp",
    html="""<html>
<body>
<table width="620" border="0" cellspacing="0" cellpadding="0" align="center" style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<tr><td style="padding:18px;border-bottom:2px solid #8c6d3f;"><img src="https://career5.successfactors.eu/company/hoteldulemanP/logo.gif" alt="Hôtel du Léman Genève" border="0"></td></tr>
<tr><td style="padding:18px;">
<p>Madame, Monsieur, cher Monsieur Bianchi-Ørsted,</p>
<p>Nous vous remercions de l'intérêt que vous portez à l'Hôtel du Léman et du temps consacré à votre candidature au poste d'Analyste Revenue Management (réf. 4471).</p>
<p>Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre profil n'a pas été retenu pour la suite du processus. Nous avons en effet privilégié des candidatures disposant d'une expérience confirmée du marché hôtelier genevois et d'un permis de travail suisse.</p>
<p>Nous conservons votre dossier dans notre base de talents et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.</p>
<p>Nous vous prions d'agréer, Monsieur, nos salutations distinguées.</p>
<p>Service des Ressources Humaines<br>Hôtel du Léman</p>
</td></tr>
<tr><td style="padding:12px 18px;background:#f2efe9;font-size:10px;color:#777777;">
Hôtel du Léman SA &middot; Quai du Mont-Blanc 19 &middot; 1201 Genève &middot; Suisse<br>
Ce courriel a été généré automatiquement, merci de ne pas y répondre.
</td></tr>
</table>
</body>
</html>
""",
))

# R11 - consultancy in Nice after an interview; Outlook French quote with the thank-you note.
MESSAGES.append(spec(
    kind="rejection", scenario="consultancy_nice_outlook_fr", lang="fr", company="Riviera Revenue Conseil",
    contact="c.arnaud@riviera-revenue.example.fr",
    sender=("Camille Arnaud", "c.arnaud@riviera-revenue.example.fr"),
    subject="RE: Merci pour l'entretien",
    date="2026-05-05 12:19 +0200",
    charset="windows-1252", cte="qp",
    in_reply_to="<CAJ7mboRiv2merci@mail.example.es>",
    references=["<rrc-entretien-0424@riviera-revenue.example.fr>", "<CAJ7mboRiv2merci@mail.example.es>"],
    text="""Bonjour Mateo,

Merci pour votre message et encore merci pour l’échange de la semaine dernière.

Nous avons finalement décidé de poursuivre avec un autre consultant, qui a déjà mené des missions de yield pour des résidences de tourisme sur la Côte d’Azur. Votre profil reste intéressant pour nous, notamment pour votre connaissance des opérations de nuit, et je me permettrai de vous recontacter si une mission plus junior s’ouvre à la rentrée.

Bien cordialement,

Camille Arnaud
Associée – Riviera Revenue Conseil
12 rue de la Buffa, 06000 Nice
+33 4 00 00 00 12

De : Mateo Bianchi-Ørsted <mateo.bo@example.es>
Envoyé : lundi 27 avril 2026 09:14
À : Camille Arnaud <c.arnaud@riviera-revenue.example.fr>
Objet : Merci pour l'entretien

Bonjour Camille,

Je tenais à vous remercier pour l’entretien de vendredi. J’ai beaucoup apprécié la présentation de vos missions et je reste très motivé pour rejoindre votre équipe. Je me tiens à votre disposition pour un deuxième entretien si besoin.

Bien à vous,
Mateo Bianchi-Ørsted
""",
))

# R12 - Teamtailor, French, HTML only with a footer and unsubscribe link.
MESSAGES.append(spec(
    kind="rejection", scenario="teamtailor_nice_hotels", lang="fr", company="Hôtels Baie des Anges", contact="",
    sender=("Hôtels Baie des Anges", "no-reply@teamtailor-mail.com"),
    subject="Suite à votre candidature chez Hôtels Baie des Anges",
    date="2026-06-02 15:03 +0200",
    charset="utf-8", cte="base64",
    html="""<!doctype html>
<html><body style="margin:0;background:#f4f1ec;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;margin:30px 0;font-family:'Helvetica Neue',Arial,sans-serif;color:#2b2b2b;">
<tr><td style="background:#1f5d7a;padding:22px;text-align:center;"><img src="https://assets.teamtailor-cdn.example.com/baie-des-anges/logo-blanc.png" alt="Hôtels Baie des Anges" width="180"></td></tr>
<tr><td style="padding:28px 34px;font-size:15px;line-height:1.6;">
<p>Bonjour Mateo,</p>
<p>Merci d'avoir postulé au poste d'<strong>Assistant(e) Revenue Manager</strong> au sein de nos trois hôtels de la Promenade des Anglais.</p>
<p>Malheureusement, nous ne donnerons pas suite à votre candidature : le poste a été pourvu par une personne dont le parcours correspondait davantage à nos besoins actuels.</p>
<p>Nous vous souhaitons une belle réussite dans vos projets et espérons avoir l'occasion de vous croiser, pourquoi pas lors d'un prochain recrutement.</p>
<p>L'équipe RH<br>Hôtels Baie des Anges</p>
</td></tr>
<tr><td style="padding:18px 34px;font-size:11px;color:#8a8a8a;border-top:1px solid #eeeeee;">
Vous recevez ce message car vous avez postulé via notre <a href="https://baiedesanges.teamtailor.example.com/jobs?utm_source=email" style="color:#8a8a8a;">page carrières</a>.
<a href="https://app.teamtailor-mail.com/c/unsubscribe/Q2FuZGlkYXRl" style="color:#8a8a8a;">Se désabonner</a> &middot; <a href="https://baiedesanges.teamtailor.example.com/privacy" style="color:#8a8a8a;">Données personnelles</a>
</td></tr></table>
</td></tr></table>
<img src="https://app.teamtailor-mail.com/t/o/aW1n.gif" width="1" height="1" alt="" style="display:none">
</body></html>
""",
))

# R13 - Personio, German, Sie, multipart/alternative, legal footer with Geschäftsführer.
MESSAGES.append(spec(
    kind="rejection", scenario="personio_berlin_formal", lang="de", company="Spree Hotels", contact="",
    sender=("Spree Hotels GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als Junior Revenue Manager (m/w/d)",
    date="2026-03-18 10:41 +0100",
    charset="utf-8", cte="qp",
    text="""Sehr geehrter Herr Bianchi-Ørsted,

vielen Dank für Ihre Bewerbung als Junior Revenue Manager (m/w/d) und das damit verbundene Interesse an der Spree Hotels GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend waren dabei vor allem die geforderten sehr guten Deutschkenntnisse für die Abstimmung mit unseren Häusern in Berlin und Potsdam.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Spree Hotels

Spree Hotels GmbH | Friedrichstraße 101 | 10117 Berlin
Geschäftsführer: Dr. Henrike Maaß, Ole Brandt | Amtsgericht Charlottenburg HRB 000000 B
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Sehr geehrter Herr Bianchi-Ørsted,</p>
<p>vielen Dank für Ihre Bewerbung als Junior Revenue Manager (m/w/d) und das damit verbundene Interesse an der Spree Hotels GmbH.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend waren dabei vor allem die geforderten sehr guten Deutschkenntnisse für die Abstimmung mit unseren Häusern in Berlin und Potsdam.</p>
<p>Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Spree Hotels</p>
<p style="font-size:11px;color:#777;">Spree Hotels GmbH | Friedrichstraße 101 | 10117 Berlin<br>Geschäftsführer: Dr. Henrike Maaß, Ole Brandt | Amtsgericht Charlottenburg HRB 000000 B<br>
<a href="https://spree-hotels.jobs.personio.example.de/privacy-policy">Datenschutzerklärung</a></p>
</body></html>
""",
))

# R14 - softgarden via a team mailbox that asks for replies; role on hold; du-form.
MESSAGES.append(spec(
    kind="rejection", scenario="softgarden_role_paused_du", lang="de", company="TripWerk",
    contact="jobs@tripwerk.example.de",
    sender=("TripWerk Recruiting", "noreply@softgarden.io"),
    reply_to=("TripWerk Jobs", "jobs@tripwerk.example.de"),
    subject="Update zu deiner Bewerbung bei TripWerk",
    date="2026-06-11 14:20 +0200",
    charset="utf-8", cte="base64",
    html="""<html><body style="margin:0;padding:0;">
<table width="100%" cellspacing="0" cellpadding="0" style="background:#f0f4f3;"><tr><td align="center" style="padding:20px;">
<table width="600" cellspacing="0" cellpadding="0" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.55;color:#14302b;">
<tr><td style="padding:24px 30px 0 30px;"><img src="https://cdn.softgarden.io/tripwerk/logo.svg" alt="TripWerk" width="120"></td></tr>
<tr><td style="padding:16px 30px 26px 30px;">
<p>Hallo Mateo,</p>
<p>danke nochmal für deine Geduld – und sorry, dass es nach dem verschobenen Gespräch so ruhig war.</p>
<p>Wir müssen dir leider sagen, dass wir die Stelle <b>Pricing Analyst Mobility (Berlin oder remote)</b> vorerst nicht besetzen werden. Nach der letzten Finanzierungsrunde wurde die Roadmap neu priorisiert und die Position ist erst einmal auf Eis gelegt. Deshalb beenden wir den Prozess an dieser Stelle, auch für dich.</p>
<p>Das hat nichts mit deinem Profil zu tun. Wenn du Fragen hast, antworte einfach auf diese Mail – bei uns liest ein Mensch mit.</p>
<p>Viele Grüße<br>Lena &amp; das People-Team von TripWerk</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#6d7f7b;background:#f7faf9;">TripWerk GmbH · Schlesische Str. 26 · 10997 Berlin · Geschäftsführung: Malte Kühn · HRB 000001 B, AG Charlottenburg<br>
Powered by softgarden · <a href="https://tripwerk.softgarden.example.io/privacy" style="color:#6d7f7b;">Datenschutz</a></td></tr>
</table></td></tr></table>
""" + pixel("trk.softgarden.io", "tw-0611") + """
</body></html>
""",
))

# R15 - family tour operator in Berlin, latin-1, 8bit, legal form "GmbH & Co. KG" in the letterhead.
MESSAGES.append(spec(
    kind="rejection", scenario="family_tour_operator_berlin", lang="de", company="Kranz & Söhne Reisen",
    contact="h.kranz@kranz-reisen.example.de",
    sender=("Hartmut Kranz", "h.kranz@kranz-reisen.example.de"),
    subject="Ihre Bewerbung vom 2. Februar",
    date="2026-02-27 09:58 +0100",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrter Herr Bianchi-Ørsted,

haben Sie vielen Dank für Ihre freundliche Bewerbung als Sachbearbeiter Preisgestaltung und Kontingente in unserem Haus.

Nach reiflicher Überlegung haben wir uns für eine Bewerberin entschieden, die bereits mehrere Jahre bei einem Reiseveranstalter in der Kalkulation tätig war. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihre Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Hartmut Kranz
Geschäftsführender Gesellschafter

Kranz & Söhne Reisen GmbH & Co. KG
Kantstraße 54, 10627 Berlin
Telefon 030 000 00 54 - Telefax 030 000 00 55
Registergericht: Amtsgericht Charlottenburg, HRA 00000 B
""",
))

# R16 - temp agency relaying the client by name, exclamation-heavy.
MESSAGES.append(spec(
    kind="rejection", scenario="ett_relays_named_client", lang="es", company="Apartamentos Playa San Juan",
    contact="noelia.r@tempotur.example.es",
    sender=("Noelia - Tempotur Empleo", "noelia.r@tempotur.example.es"),
    subject="Noticias de Playa San Juan!!",
    date="2026-05-19 19:26 +0200",
    charset="utf-8", cte="8bit",
    text="""Hola Mateo!!

Te escribo porque el cliente (Apartamentos Playa San Juan) nos ha dicho esta tarde que al final han elegido a otro candidato para el puesto de jefe de recepción con funciones de revenue :( Dicen que buscaban a alguien que pudiera empezar ya el 1 de junio.

Pero no te preocupes!!! Seguimos moviendo tu CV, esta semana tenemos varias vacantes nuevas de verano en Benidorm y Alicante y creo que encajas en alguna. Te llamo el jueves y lo vemos!!

Un besazo,

Noelia Ruiz
Consultora de selección
Tempotur Empleo · Agencia de colocación y ETT
Rambla Méndez Núñez 33, Alicante · 965 00 02 02
""",
))

# R17 - executive search consultancy, client not named, so the agency is the company.
MESSAGES.append(spec(
    kind="rejection", scenario="consultora_unnamed_client", lang="es", company="Selecta Talent Turismo",
    contact="banglada@selectatalent.example.es",
    sender=("Borja Anglada", "banglada@selectatalent.example.es"),
    subject="Proceso Revenue Manager - Mallorca",
    date="2026-04-07 11:50 +0200",
    charset="windows-1252", cte="qp",
    text="""Estimado Mateo:

Gracias por tu tiempo en la entrevista telefónica de la semana pasada y por la información adicional que nos hiciste llegar.

Hemos presentado al cliente, una cadena hotelera de cuatro estrellas con establecimientos en Palma y en la costa norte de Mallorca, una terna final de candidatos y lamentablemente tu candidatura no ha sido incluida. El cliente ha insistido en que la persona tenga experiencia previa liderando un departamento de revenue con al menos cinco hoteles.

Seguimos teniendo tu perfil muy presente para procesos de analista o revenue junior, que encajan mejor con tu momento profesional.

Recibe un cordial saludo,

Borja Anglada
Senior Consultant – Hospitality & Leisure
Selecta Talent Turismo
Passeig del Born 15, 07012 Palma
T. +34 971 00 00 15 | www.selectatalent.example.es
LinkedIn: linkedin.example.com/company/selecta-talent-turismo
""",
))

# R18 - public body, notification sender (no contact), formal usted, latin-1.
MESSAGES.append(spec(
    kind="rejection", scenario="public_body_bolsa_resolucion", lang="es",
    company="Patronato Municipal de Turismo de Alicante", contact="",
    sender=("Patronato Municipal de Turismo - Notificaciones", "notificaciones@turismoalicante.example.es"),
    subject="Resolución provisional - Bolsa de empleo Técnico/a de Información Turística",
    date="2026-06-23 08:00 +0200",
    charset="iso-8859-1", cte="qp",
    text="""NOTIFICACIÓN ELECTRÓNICA

Interesado: MATEO BIANCHI-ØRSTED
Procedimiento: Constitución de bolsa de empleo temporal de Técnico/a de Información Turística (Exp. 2026/117)

Se le comunica que, con fecha 22 de junio de 2026, se ha publicado en el tablón de anuncios de la sede electrónica la resolución provisional de la fase de valoración de méritos.

Examinada su solicitud, consta como EXCLUIDO/A de la bolsa por no alcanzar la puntuación mínima exigida (12 puntos) en el apartado de experiencia en oficinas de información turística, según la base séptima de la convocatoria.

Contra la presente resolución podrá presentar alegaciones en el plazo de diez días hábiles a contar desde el día siguiente a su publicación, exclusivamente a través de la sede electrónica.

Patronato Municipal de Turismo de Alicante
Rambla de Méndez Núñez 41, 03002 Alicante

Este correo ha sido generado automáticamente. No responda a este mensaje.
""",
))

# R19 - NGO, person writing, Spanish with a Valencian sign-off.
MESSAGES.append(spec(
    kind="rejection", scenario="ngo_valencian_signoff", lang="es", company="Fundación Hostelería Solidaria",
    contact="ana.pons@hosteleriasolidaria.example.org",
    sender=("Ana Pons", "ana.pons@hosteleriasolidaria.example.org"),
    subject="Técnico/a de proyectos de turismo sostenible",
    date="2026-03-30 18:15 +0200",
    charset="utf-8", cte="qp",
    text="""Hola Mateo,

Ya hemos cerrado la selección para el puesto de técnico/a de proyectos de turismo sostenible y quería escribirte personalmente antes de que te llegue nada automático.

Al final no has sido seleccionado. Nos quedamos con una compañera que ya coordinaba proyectos con fondos europeos, que era lo que más pesaba en esta convocatoria. Tu candidatura nos gustó mucho por el lado de datos y de conocimiento del sector hotelero, de verdad.

Te deseo lo mejor en esta búsqueda. Si algún día te apetece colaborar como voluntario en los talleres de empleo para jóvenes de hostelería, cuenta con nosotras.

Una abraçada,

Ana Pons
Coordinadora de Programas
Fundación Hostelería Solidaria
C/ Sueca 32, 46006 València
""",
))

# R20 - SmartRecruiters, domain shortens the name, HTML only.
MESSAGES.append(spec(
    kind="rejection", scenario="smartrecruiters_chain_valencia", lang="es", company="Grupo Hotelero Albufera", contact="",
    sender=("Grupo Hotelero Albufera", "noreply@smartrecruiters.com"),
    subject="Actualización sobre tu candidatura - Revenue Analyst Junior",
    date="2026-05-27 10:09 +0200",
    charset="utf-8", cte="qp",
    html="""<html><head><style>a{color:#00695c}</style></head>
<body style="font-family:Roboto,Arial,sans-serif;background:#f5f5f5;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e0e0e0;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/albufera-hg.png" alt="Grupo Hotelero Albufera" height="40"></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;color:#333;">
<p>Hola Mateo,</p>
<p>Queremos agradecerte el interés que has mostrado por el puesto de <strong>Revenue Analyst Junior</strong> en Grupo Hotelero Albufera.</p>
<p>Lamentablemente, en esta ocasión tu perfil no ha sido seleccionado para continuar en el proceso. Hemos recibido muchas candidaturas y hemos tenido que tomar decisiones difíciles.</p>
<p>Te invitamos a seguir nuestras ofertas en <a href="https://jobs.smartrecruiters.com/GrupoHoteleroAlbufera?trid=7c1e">nuestro portal de empleo</a>.</p>
<p>Recibe un cordial saludo,<br>Departamento de Talento<br>Grupo Hotelero Albufera</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#9e9e9e;background:#fafafa;">
Grupo Hotelero Albufera · Camí de la Mar 3, 46012 Valencia · albufera-hg.example.es<br>
Este email ha sido enviado a mateo.bo@example.es. <a href="https://my.smartrecruiters.com/email-preferences?c=7c1e" style="color:#9e9e9e;">Preferencias de email</a>
</td></tr></table></td></tr></table>
<img src="https://www.smartrecruiters.com/email-tracking/open/7c1e0a.png" width="1" height="1" alt="" border="0">
</body></html>
""",
))

# R21 - Teamtailor, Barcelona, multipart/alternative, tú.
MESSAGES.append(spec(
    kind="rejection", scenario="teamtailor_barcelona_suites", lang="es", company="Barceloneta Beach Suites", contact="",
    sender=("Barceloneta Beach Suites", "no-reply@teamtailor-mail.com"),
    subject="Tu candidatura en Barceloneta Beach Suites",
    date="2026-04-29 12:00 +0200",
    charset="utf-8", cte="base64",
    text="""Hola Mateo,

Muchas gracias por tu interés en unirte a Barceloneta Beach Suites como Revenue & Distribution Coordinator.

Hemos revisado tu candidatura con cariño, pero lamentablemente en esta ocasión no continuaremos contigo en el proceso. Buscábamos a alguien con experiencia directa en la gestión de canales (channel manager y OTAs) y con catalán fluido para el trato con proveedores locales.

¡Te deseamos mucha suerte!

Equipo de Personas
Barceloneta Beach Suites
Passeig Marítim 21, Barcelona

Darse de baja de los emails de candidatos: https://app.teamtailor-mail.com/c/unsubscribe/bbs-41d0
""",
    html="""<html><body style="font-family:Arial,sans-serif;color:#1a1a1a;font-size:15px;">
<div style="max-width:560px;margin:auto;">
<img src="https://assets.teamtailor-cdn.example.com/bbs/logo.png" alt="Barceloneta Beach Suites" width="160" style="margin:20px 0;">
<p>Hola Mateo,</p>
<p>Muchas gracias por tu interés en unirte a Barceloneta Beach Suites como <b>Revenue &amp; Distribution Coordinator</b>.</p>
<p>Hemos revisado tu candidatura con cariño, pero lamentablemente en esta ocasión no continuaremos contigo en el proceso. Buscábamos a alguien con experiencia directa en la gestión de canales (channel manager y OTAs) y con catalán fluido para el trato con proveedores locales.</p>
<p>¡Te deseamos mucha suerte!</p>
<p>Equipo de Personas<br>Barceloneta Beach Suites<br>Passeig Marítim 21, Barcelona</p>
<p style="font-size:11px;color:#999;"><a href="https://app.teamtailor-mail.com/c/unsubscribe/bbs-41d0" style="color:#999;">Darse de baja de los emails de candidatos</a></p>
</div>
<img src="https://app.teamtailor-mail.com/t/o/YmJz.gif" width="1" height="1" alt="">
</body></html>
""",
))

# R22 - Workable, English start-up in Barcelona, "position has been filled", HTML only.
MESSAGES.append(spec(
    kind="rejection", scenario="workable_position_filled", lang="en", company="Wanderloop", contact="",
    sender=("Wanderloop", "noreply@workablemail.com"),
    subject="Re: your application",
    date="2026-05-13 17:31 +0200",
    in_reply_to="<conv-49.wanderloop.a7c2@workablemail.com>",
    charset="utf-8", cte="qp",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#303030;max-width:600px;">
<p>Hey Mateo,</p>
<p>Quick update on the <strong>Revenue Ops Analyst</strong> role: the position has now been filled, so we're closing all remaining applications, including yours.</p>
<p>We really appreciated you taking the time to apply and to record the short video intro. Wanderloop is growing fast, so keep an eye on <a href="https://apply.workable.com/wanderloop/?utm_medium=email&amp;utm_source=disqualified">our careers page</a> - we'll have more roles in the pricing team in Q4.</p>
<p>Cheers,<br>Dani<br>Talent @ Wanderloop</p>
<p style="font-size:11px;color:#9a9a9a;">Wanderloop Technologies S.L., Carrer de Sancho de Ávila 52, 08018 Barcelona.<br>Sent with <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#9a9a9a;">Workable</a></p>
<img src="https://t.workablemail.com/o/eyJpZCI6IjQ5In0" width="1" height="1" alt="">
</div>
""",
))

# R23 - Taleo, latin-1, plain, "Registered in England No ...".
MESSAGES.append(spec(
    kind="rejection", scenario="taleo_airline_after_no_show", lang="en", company="Skyvela Airlines", contact="",
    sender=("Skyvela Airlines Careers", "skyvela-careers-noreply@taleo.net"),
    to=[("Mateo Bianchi-Orsted", "mateo.bo@example.es")],
    subject="Skyvela Airlines - Application Ref 26-0413 - Revenue Management Graduate",
    date="2026-06-17 07:15 +0100",
    charset="iso-8859-1", cte="qp",
    text="""Dear Mateo Bianchi-Orsted,

Application reference: 26-0413
Position: Revenue Management Graduate Programme (Lisbon / London)

Thank you for your continued interest in Skyvela Airlines.

As you did not attend the assessment centre on 3 June and we have not received a request to be considered for a later date, we regret to inform you that we are unable to progress your application further on this occasion. Your application has now been closed.

You are welcome to apply for other vacancies that match your skills and experience. Please note that applicants may reapply for the Graduate Programme after six months.

Yours sincerely,

Recruitment Team
Skyvela Airlines

*** This is an automated message. Please do not reply to this e-mail. ***

Skyvela Airlines Ltd. Registered in England No 09876543. Registered office: Skyvela House, Bath Road, Harlington, Hayes UB3 5AA.
""",
))

# R24 - iCIMS, Palma, HTML only.
MESSAGES.append(spec(
    kind="rejection", scenario="icims_palma_bay_hotels", lang="es", company="Sóller Bay Hotels", contact="",
    sender=("Sóller Bay Hotels - Empleo", "noreply@icims.com"),
    subject="Sóller Bay Hotels: estado de tu solicitud",
    date="2026-07-21 09:47 +0200",
    charset="utf-8", cte="qp",
    html="""<html>
<head><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#e9f2f2;">
<center>
<table cellpadding="0" cellspacing="0" border="0" width="600" style="background:#ffffff;font-family:Tahoma,Arial,sans-serif;">
  <tr><td bgcolor="#0f6e73" style="padding:14px 24px;color:#ffffff;font-size:18px;"><img src="https://careers-sollerbay.icims.com/logo.png" alt="Sóller Bay Hotels" height="36" style="vertical-align:middle;"> &nbsp;Trabaja con nosotros</td></tr>
  <tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5;">
    <p>Estimado/a Mateo,</p>
    <p>Te agradecemos sinceramente tu interés en el puesto de <b>Revenue Assistant (temporada 2026)</b> con base en el Port de Sóller.</p>
    <p>Tras revisar todas las candidaturas, te informamos de que hemos decidido no avanzar con tu solicitud para esta posición.</p>
    <p>Mantendremos tus datos en nuestra base de talento durante un año. Puedes revisar el estado de tus solicitudes en cualquier momento desde tu <a href="https://careers-sollerbay.icims.com/jobs/candidate?mode=login&amp;hashed=-435711">área de candidato</a>.</p>
    <p>Cordialmente,<br>Recursos Humanos<br>Sóller Bay Hotels</p>
  </td></tr>
  <tr><td style="padding:12px 24px;background:#f3f3f3;font-size:10px;color:#888;">Sóller Bay Hotels, S.L. · Carrer de la Marina 4, 07108 Port de Sóller, Illes Balears.<br>Por favor, no respondas a este correo: esta dirección no está monitorizada.</td></tr>
</table>
</center>
<img src="https://careers-sollerbay.icims.com/icims2?mode=trackemail&amp;id=22817b" width="1" height="1" border="0" alt="">
</body></html>
""",
))

# R25 - tourism board, role mailbox that invites a reply for feedback; Valencian closing.
MESSAGES.append(spec(
    kind="rejection", scenario="tourism_board_after_interview", lang="es", company="Fundació Visit València Costa",
    contact="seleccio@visitvalenciacosta.example.es",
    sender=("Processos selectius · Visit València Costa", "seleccio@visitvalenciacosta.example.es"),
    subject="Resultado del proceso TIT-03/2026",
    date="2026-05-08 14:10 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Estimado Mateo:

Una vez finalizadas las entrevistas personales del proceso TIT-03/2026 (Técnico/a de Inteligencia Turística), la comisión de selección ha propuesto la contratación de otra persona candidata, que ha obtenido la puntuación más alta en la suma de méritos y entrevista.

Su candidatura ha quedado en cuarta posición y formará parte de la lista de reserva durante doce meses, por si se produjera alguna renuncia.

Si desea conocer el desglose de su puntuación o recibir una valoración de la entrevista, puede responder a este correo y le atenderemos personalmente.

Salutacions cordials,

Àrea de Persones
Fundació Visit València Costa
Plaça de l'Ajuntament 1, 46002 València
""",
))

# R26 - head-hunter naming the client employer, English.
MESSAGES.append(spec(
    kind="rejection", scenario="headhunter_named_client_lisbon", lang="en", company="Tejo River Cruises",
    contact="oliver.finch@harbourfinch.example.com",
    sender=("Oliver Finch", "oliver.finch@harbourfinch.example.com"),
    subject="Tejo River Cruises - feedback",
    date="2026-04-16 18:02 +0100",
    charset="utf-8", cte="qp",
    text="""Hi Mateo,

I've just come off the phone with the hiring manager at Tejo River Cruises. I'm afraid they've decided not to progress your application to the second stage for the Yield & Pricing Analyst role.

Their feedback was genuinely positive on the call itself; the sticking point is Portuguese. Most of the inventory negotiations are with local partners and they felt they couldn't compromise on it for this hire.

I know that's frustrating after the prep you put in. I've got another couple of briefs in Lisbon coming up in May where English is the working language, so let's catch up next week.

Best,
Oliver

Oliver Finch
Director, Travel & Hospitality Practice
Harbour & Finch Executive Search
m: +351 910 000 000 | harbourfinch.example.com
Harbour & Finch Ltd is registered in England No 11223344.
""",
))

# R27 - OTA in Málaga, Spanish Outlook quote ("De: / Enviado el:") that talks about a second interview.
MESSAGES.append(spec(
    kind="rejection", scenario="ota_outlook_es_quote", lang="es", company="EscapaYa",
    contact="equiles@escapaya.example.es",
    sender=("Esther Quiles", "equiles@escapaya.example.es"),
    subject="RE: Seguimiento candidatura Pricing Specialist",
    date="2026-06-05 10:22 +0200",
    charset="windows-1252", cte="qp",
    in_reply_to="<CAJ7mboEsc4seg@mail.example.es>",
    text="""Hola Mateo,

Gracias por escribir y disculpa la tardanza, hemos tenido muchísimo lío con el lanzamiento de la app.

Siento decirte que finalmente hemos optado por otra persona para el puesto de Pricing Specialist, con más recorrido en paquetes dinámicos. No habrá segunda entrevista contigo en este proceso.

Te deseo mucha suerte, de verdad.

Esther Quiles
People & Talent · EscapaYa
Calle Larios 5, 3ª planta · 29005 Málaga

De: Mateo Bianchi-Ørsted <mateo.bo@example.es>
Enviado el: lunes, 1 de junio de 2026 9:03
Para: Esther Quiles <equiles@escapaya.example.es>
Asunto: Seguimiento candidatura Pricing Specialist

Hola Esther:

Te escribo para saber si ya hay fecha para la segunda entrevista que comentamos al final de la videollamada. Sigo muy interesado en el puesto y tengo disponibilidad cualquier mañana de la semana que viene.

Un saludo,
Mateo
""",
))

# R28 - the interview is cancelled because the vacancy will not be filled: a rejection.
MESSAGES.append(spec(
    kind="rejection", scenario="interview_cancelled_role_closed", lang="es", company="Hotel Eixample 1888",
    contact="jvilaseca@eixample1888.example.es",
    sender=("Jordi Vilaseca", "jvilaseca@eixample1888.example.es"),
    subject="Entrevista del jueves",
    date="2026-09-14 16:40 +0200",
    charset="utf-8", cte="qp",
    in_reply_to="<e1888-conv-0908.771@eixample1888.example.es>",
    text="""Bon dia Mateo,

Lamentablemente tengo que anular la entrevista que teníamos el jueves 17 a las 12:00.

Ayer la propiedad decidió no cubrir la plaza de Revenue Analyst este año: vamos a externalizar el revenue a una consultora hasta que abra el segundo hotel. No habrá nueva fecha, el proceso se cierra aquí para todos los candidatos.

Siento mucho el cambio de planes, sobre todo porque ya habías reservado el tren desde Valencia. Si quieres, te mando el contacto de la consultora, puede que busquen analistas.

Salut,

Jordi Vilaseca
Director General | Hotel Eixample 1888 | Barcelona
""",
))

# R29 - BambooHR, small travel-tech whose domain is an acronym of its name.
MESSAGES.append(spec(
    kind="rejection", scenario="bamboohr_alicante_traveltech", lang="es", company="Alacant Travel Tech", contact="",
    sender=("Alacant Travel Tech", "notifications@app.bamboohr.com"),
    subject="Sobre tu candidatura a Data Analyst – Pricing",
    date="2026-08-04 13:13 +0200",
    charset="utf-8", cte="qp",
    html="""<html><body style="font-family:'Lato',Arial,sans-serif;color:#38312f;font-size:15px;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;"><img src="https://att.bamboohr.com/logos/att-logo.png" alt="ATT · Alacant Travel Tech" width="150"></td></tr>
<tr><td style="line-height:1.6;">
<p>Hola Mateo:</p>
<p>Gracias por presentarte al puesto de <b>Data Analyst – Pricing</b> en Alacant Travel Tech.</p>
<p>Hemos revisado tu perfil junto con el equipo de producto y, aunque tu experiencia en hotel es muy valiosa, hemos decidido no seguir adelante con tu candidatura: para esta posición necesitamos un nivel avanzado de SQL y experiencia con modelos de elasticidad de precios.</p>
<p>Gracias de nuevo por tu interés en ATT.</p>
<p>Un saludo,<br>Alacant Travel Tech</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:11px;color:#8a8482;">Alacant Travel Tech, S.L. · Distrito Digital, Muelle 5, 03001 Alicante · att.example.es<br>Powered by <a href="https://www.bamboohr.com/?utm_source=ats_email" style="color:#8a8482;">BambooHR</a></td></tr>
</table></td></tr></table>
<img src="https://att.bamboohr.com/email/open/5521.gif" width="1" height="1" alt="">
</body></html>
""",
))

# R30 - job platform passing on the employer's decision; company is the employer it names.
MESSAGES.append(spec(
    kind="rejection", scenario="job_board_employer_discarded", lang="es", company="Hotel Postiguet", contact="",
    sender=("EmpleoTur", "avisos@empleotur.example.es"),
    subject="Hotel Postiguet ha actualizado el estado de tu candidatura",
    date="2026-03-12 21:08 +0100",
    charset="utf-8", cte="base64",
    headers={"List-Unsubscribe": "<https://www.empleotur.example.es/baja?u=88213&t=estado>"},
    html="""<html><body style="margin:0;background:#fff7ef;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #f1dcc4;">
<tr><td style="padding:16px 24px;background:#ff7a00;"><img src="https://static.empleotur.example.es/img/logo-blanco.png" alt="EmpleoTur" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:1.5;">
<p>Hola Mateo,</p>
<p>La empresa <b>Hotel Postiguet</b> ha revisado tu candidatura a la oferta <b>Recepcionista noche con funciones de revenue (Alicante)</b> y ha indicado que <b>no continúas en el proceso</b>.</p>
<p>No te desanimes: hay 34 ofertas nuevas en la provincia de Alicante que encajan con tu perfil.</p>
<p><a href="https://click.empleotur.example.es/ls/click?upn=a1b2c3-ofertas-alicante" style="background:#ff7a00;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px;">Ver ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">
Recibes este aviso porque te inscribiste en una oferta a través de EmpleoTur. <a href="https://www.empleotur.example.es/baja?u=88213&amp;t=estado" style="color:#999;">Dejar de recibir avisos de estado</a><br>
EmpleoTur Plataformas Digitales, S.L. · Valencia
</td></tr></table></td></tr></table>
<img src="https://click.empleotur.example.es/wf/open?upn=p88213" width="1" height="1" alt="">
</body></html>
""",
))

# R31 - terse after an interview, sent from a phone, English, Lisbon boutique hotel.
MESSAGES.append(spec(
    kind="rejection", scenario="terse_android_lisbon_boutique", lang="en", company="Casa do Fado Boutique Hotel",
    contact="rita@casadofado.example.pt",
    sender=("Rita Figueiredo", "rita@casadofado.example.pt"),
    subject="Re: Thursday",
    date="2026-05-22 21:47 +0100",
    charset="utf-8", cte="8bit",
    in_reply_to="<CAJ7mboFado3thx@mail.example.es>",
    text="""Hi Mateo, thanks for coming in. We've decided to go with someone local who speaks Portuguese. All the best, Rita

Get Outlook for Android
""",
))
