"""Application acknowledgements (21) and offers (10), written by hand for the 143rd corpus."""

from __future__ import annotations

from msgs143_common import list_headers, pixel

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

ACK = "application_received"
OFFER = "offer"

# ---------------------------------------------------------------- application received (21)

add(
    slug="workday_received", kind=ACK, company="Polyglot Factory", contact="", lang="fr",
    frm=("Polyglot Factory Talent Acquisition", "polyglotfactory@myworkday.com"),
    subject="Nous avons bien reçu votre candidature – R-2026-0187", date="2026-01-20 21:14 +0000",
    cte="quoted-printable",
    html="""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid #e4572e">
<tr><td style="padding:20px 32px"><img src="https://polyglotfactory.wd3.myworkday.com/static/logo_pf.png" alt="Polyglot Factory" width="160" height="40"></td></tr>
<tr><td style="padding:8px 32px 24px;font-size:14px;line-height:22px;color:#333333">
<p>Bonjour Inès,</p>
<p>Merci d'avoir postulé chez Polyglot Factory ! Votre candidature au poste de <strong>Chef de projet localisation (H/F)</strong> (réf. R-2026-0187) a bien été enregistrée le 20/01/2026.</p>
<p>Nos équipes vont maintenant étudier votre profil. Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.</p>
<table cellpadding="0" cellspacing="0"><tr><td style="background:#e4572e;border-radius:3px;padding:10px 20px"><a href="https://polyglotfactory.wd3.myworkday.com/PF_Careers/userHome?src=ack" style="color:#ffffff;text-decoration:none;font-weight:bold">Suivre ma candidature</a></td></tr></table>
<p>À bientôt,<br>L'équipe Talent Acquisition</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;line-height:16px;color:#8a8a8a">
Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>
Polyglot Factory SAS – 48 rue de Paradis, 75010 Paris – RCS Paris 812 334 556</td></tr>
</table>
""" + pixel("https://polyglotfactory.wd3.myworkday.com/t/o/1b22ac04.gif") + """
</td></tr></table></body></html>
""",
)

add(
    slug="four_weeks_no_news_means_no", kind=ACK, company="Éditions Garrigue", contact="",
    lang="fr",
    frm=("Éditions Garrigue", "ne-pas-repondre@editions-garrigue.example.fr"),
    subject="Accusé de réception de votre candidature", date="2026-01-27 06:30 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste d'assistant(e) d'édition -
traductions, et vous remercions de l'intérêt que vous portez aux Éditions Garrigue.

Nous recevons un très grand nombre de candidatures et ne sommes malheureusement pas en
mesure de répondre individuellement à chacune d'elles. Si vous n'avez pas reçu de
réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que
votre candidature n'a pas été retenue.

Avec nos salutations distinguées,

Éditions Garrigue
9 rue de l'Université - 34000 Montpellier

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
""",
)

add(
    slug="greenhouse_volume", kind=ACK, company="Wordbridge Localization", contact="", lang="en",
    frm=("Wordbridge Localization", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Wordbridge Localization", date="2026-03-02 14:55 +0000",
    cte="quoted-printable",
    html="""<html><body style="font-family:Georgia,serif;background:#ffffff;color:#1b1b1b">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;border-bottom:2px solid #0b5394"><img src="https://s3.amazonaws.com/grnhse-prod/wordbridge/logo.png" alt="Wordbridge Localization" width="170"></td></tr>
<tr><td style="padding:20px 0;font-size:16px;line-height:1.55">
<p>Dear Inès,</p>
<p>Thank you for your application for <b>Localization Project Manager (French)</b>. We're glad you're interested in joining Wordbridge.</p>
<p>Our team reviews every application carefully. Due to the high volume we receive, we are unable to respond to every applicant individually; if your experience matches our needs, a member of the team will contact you within three weeks.</p>
<p>In the meantime, you can learn more about <a href="https://wordbridge.example.ca/en/life-at-wordbridge?utm_source=greenhouse&amp;utm_medium=email">life at Wordbridge</a>.</p>
<p>Warm regards,<br>The Wordbridge Talent Team</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#888;padding-top:10px">Wordbridge Localization Inc. · Montréal · Toronto · Paris<br>Please do not reply to this email. Powered by Greenhouse.</td></tr>
</table></td></tr></table>
""" + pixel("https://app.greenhouse.io/email_open/4c8e12aa.png") + """
</body></html>
""",
)

add(
    slug="job_board_sent_to_employer", kind=ACK, company="Brume Interactive", contact="",
    lang="fr",
    frm=("JobJungle", "candidatures@jobjungle.example.fr"),
    subject="Votre candidature a bien été envoyée à Brume Interactive 🎉", date="2026-02-02 20:41 +0100",
    cte="quoted-printable",
    headers=list_headers("<transactionnel.jobjungle.example.fr>",
                         "https://www.jobjungle.example.fr/compte/notifications?off=all&u=8a1f"),
    html="""<html><body style="margin:0;background:#fff8e7;font-family:'Trebuchet MS',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:22px 30px"><img src="https://cdn.jobjungle.example.fr/mail/logo-jj.png" alt="JobJungle" width="130"></td></tr>
<tr><td style="padding:0 30px 20px;font-size:15px;color:#2d2d2d;line-height:1.6">
<h1 style="font-size:22px;color:#1e7a46">C'est envoyé, Inès !</h1>
<p>Ta candidature pour le poste <b>Localisation Producer (CDI) – Montpellier</b> a bien été transmise à <b>Brume Interactive</b>.</p>
<p>Et maintenant ? L'entreprise va étudier ton profil. En moyenne, les recruteurs de Brume Interactive répondent en 12 jours.</p>
<p><a href="https://www.jobjungle.example.fr/r/c/8a1f?d=candidatures" style="background:#1e7a46;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Suivre mes candidatures</a></p>
<p style="font-size:13px;color:#666">Astuce : <a href="https://www.jobjungle.example.fr/r/c/8a1f?d=article-entretien-jeu-video">5 questions qu'on te posera en entretien dans le jeu vidéo</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#999;border-top:1px solid #f0e6cc">JobJungle SAS · 10 rue de la Bourse, 69002 Lyon · <a href="https://www.jobjungle.example.fr/compte/notifications?off=all&amp;u=8a1f" style="color:#999">Se désabonner</a></td></tr>
</table></td></tr></table>
""" + pixel("https://t.jobjungle.example.fr/o/8a1f-ack.png") + """
</body></html>
""",
)

add(
    slug="platform_sent_spanish", cte="base64", kind=ACK, company="Verbatim Iberia", contact="", lang="es",
    frm=("TrabajoYa", "notificaciones@trabajoya.example.es"),
    subject="Tu candidatura a Verbatim Iberia se ha enviado correctamente",
    date="2026-03-02 18:12 +0100",
    headers=list_headers("<candidaturas.trabajoya.example.es>",
                         "https://www.trabajoya.example.es/preferencias/baja?u=ibc88",
                         one_click=False),
    html="""<html><body style="margin:0;background:#eef2f5;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ff6a00;padding:14px 20px"><img src="https://static.trabajoya.example.es/mail/logo-blanco.png" alt="TrabajoYa" width="120"></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;color:#263238">
<p>¡Hola Inès!</p>
<p>Hemos enviado tu candidatura a <b>Verbatim Iberia</b> para la oferta <a href="https://www.trabajoya.example.es/r/c?u=ibc88&amp;o=5490112">Project Manager de Localización (Madrid)</a>.</p>
<p>La empresa ya puede ver tu CV y tu carta de presentación. Te avisaremos por correo cuando cambie el estado de tu candidatura (leída, en proceso, finalista...).</p>
<p>Mientras tanto, completa tu perfil al 100&nbsp;% y aumenta tus posibilidades.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#90a4ae;background:#fafafa">
Recibes este correo porque te inscribiste en una oferta en TrabajoYa. <a href="https://www.trabajoya.example.es/preferencias/baja?u=ibc88" style="color:#90a4ae">Darte de baja</a>.<br>TrabajoYa Servicios Digitales S.L. · Calle de Orense 34, 28020 Madrid</td></tr>
</table></td></tr></table>
""" + pixel("https://track.trabajoya.example.es/open?u=ibc88&m=ack5490112") + """
</body></html>
""",
)

add(
    slug="softgarden_eingang", kind=ACK, company="Moselle Sprachdienste", contact="", lang="de",
    frm=("Moselle Sprachdienste via softgarden", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-07-28 15:03 +0000",
    cte="base64",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#0f4c81;padding:16px 24px"><img src="https://moselle-sprachdienste.softgarden.io/assets/logo-weiss.png" alt="Moselle Sprachdienste" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Guten Tag Frau Benali-Carvalho,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Teamleitung Lokalisierung (Französisch)</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://moselle-sprachdienste.softgarden.io/de/candidate/login">Bewerberkonto</a> einsehen.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team<br>Moselle Sprachdienste</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;background:#f7f7f7">
Moselle Sprachdienste S.à r.l. · 8, rue de l'Alzette · L-4010 Esch-sur-Alzette<br>
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.</td></tr>
</table>
""" + pixel("https://tracking.softgarden.io/open/2e90d4.gif") + """
</body></html>
""",
)

add(
    slug="personio_four_weeks", kind=ACK, company="Donau Lingua", contact="", lang="de",
    frm=("Donau Lingua GmbH", "noreply@personio.de"),
    subject="Vielen Dank für Ihre Bewerbung", date="2026-04-29 19:22 +0000",
    cte="quoted-printable",
    text="""Sehr geehrte Frau Benali-Carvalho,

vielen Dank für Ihre Bewerbung als Localization Project Manager (m/w/d) und Ihr
Interesse an Donau Lingua.

Wir haben Ihre Unterlagen erhalten und werden sie in den kommenden Tagen sorgfältig
prüfen. Aufgrund der hohen Zahl an Bewerbungen bitten wir um etwas Geduld. Sollten Sie
innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die
engere Auswahl gekommen.

Mit freundlichen Grüßen
Ihr Donau Lingua Team

Donau Lingua GmbH · Praterstraße 31, 1020 Wien
Geschäftsführer: Dr. Stefan Aigner, Miriam Kovač · FN 412345 x
Diese E-Mail wurde automatisch versendet.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><img src="https://donau-lingua.jobs.personio.de/logo.png" alt="Donau Lingua" width="150"></p>
<p>Sehr geehrte Frau Benali-Carvalho,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Localization Project Manager (m/w/d)</b> und Ihr Interesse an Donau Lingua.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden sie in den kommenden Tagen sorgfältig prüfen. Aufgrund der hohen Zahl an Bewerbungen bitten wir um etwas Geduld. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Auswahl gekommen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Donau Lingua Team</p>
<p style="font-size:11px;color:#777">Donau Lingua GmbH · Praterstraße 31, 1020 Wien<br>Geschäftsführer: Dr. Stefan Aigner, Miriam Kovač · FN 412345 x<br>Diese E-Mail wurde automatisch versendet.</p>
</body></html>
""",
)

add(
    slug="swiss_hr_personal", kind=ACK, company="Alpentext",
    contact="reto.brunner@alpentext.example.ch", lang="de",
    frm=("Reto Brunner", "reto.brunner@alpentext.example.ch"),
    subject="Ihre Bewerbung – Projektleitung Lokalisierung FR/DE", date="2026-04-07 10:02 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Guten Tag Frau Benali-Carvalho

Besten Dank für Ihre Bewerbung, die wir gerne erhalten haben.

Wir sichten zurzeit die eingegangenen Dossiers und werden uns bis Ende Monat bei Ihnen
melden. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Reto Brunner
HR Business Partner
Alpentext AG | Seefeldstrasse 123 | 8008 Zürich
+41 44 555 21 70
""",
)

add(
    slug="lever_quebec_tu", kind=ACK, company="Studio Lumen Nord", contact="", lang="fr",
    frm=("Studio Lumen Nord", "no-reply@hire.lever.co"),
    subject="Merci pour ta candidature!", date="2026-02-27 16:18 -0500", cte="quoted-printable",
    html="""<html><body style="background:#15121f;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Montserrat,Arial,sans-serif">
<tr><td style="padding:28px 34px 0"><img src="https://lever-client-logos.s3.amazonaws.com/lumen-nord.png" alt="Studio Lumen Nord" width="150"></td></tr>
<tr><td style="padding:20px 34px 30px;font-size:15px;line-height:24px;color:#2a2438">
<p>Salut Inès!</p>
<p>On a bien reçu ta candidature pour le poste de <b>Coordonnatrice ou coordonnateur de la localisation</b>. Merci de t'intéresser à Lumen Nord!</p>
<p>Notre équipe lit chaque candidature (oui, vraiment). Si ton profil correspond à ce qu'on cherche, quelqu'un de l'équipe Talents va te contacter dans les prochaines semaines.</p>
<p>En attendant, jette un œil à <a href="https://lumennord.example.ca/blogue/coulisses-localisation?utm_source=lever">nos coulisses</a>.</p>
<p>À bientôt,<br>L'équipe Talents de Lumen Nord</p>
</td></tr></table>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#8d87a0">Studio Lumen Nord inc. · 5445, avenue de Gaspé, Montréal · Envoyé par Lever</p>
</td></tr></table></body></html>
""",
)

add(
    slug="eu_body_acknowledgement", kind=ACK, company="European Office for Multilingual Services",
    contact="", lang="en",
    frm=("EOMS Selection Procedures", "eoms-selection@eoms.example.lu"),
    subject="EOMS/AD/2026/14 – Acknowledgement of receipt of your application",
    date="2026-04-15 23:59 +0200",
    text="""Selection procedure EOMS/AD/2026/14 – Translation Project Managers (AD 5)

Dear Candidate,

This is to confirm that your application was validated on 15/04/2026 at 23:41
(Luxembourg time). Your candidate number is 140-2291. Please quote it in all
correspondence.

The next steps of the procedure, including the dates of the written tests, will be
communicated through your EOMS candidate account. It is your responsibility to check
your account regularly, at least twice a week.

EOMS Selection Team
European Office for Multilingual Services

This mailbox is not monitored. Please use the contact form in your candidate account.
""",
)

add(
    slug="successfactors_accuse", kind=ACK, company="LuxLingo", contact="", lang="fr",
    frm=("LuxLingo Careers", "careers-noreply@successfactors.eu"),
    subject="LuxLingo – Accusé de réception de votre candidature", date="2026-04-03 07:45 +0000",
    charset="windows-1252", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9">
<tr><td style="padding:16px 22px;background:#00a0af"><img src="https://career5.successfactors.eu/doc-server/logo?company=luxlingoP" alt="LuxLingo" height="34"></td></tr>
<tr><td style="padding:22px">
<p>Madame Benali-Carvalho,</p>
<p>Nous accusons réception de votre candidature au poste de <b>Chef(fe) de projet localisation (m/f/d)</b>, réf. 4412, et vous remercions de l’intérêt que vous portez à LuxLingo.</p>
<p>Votre dossier sera examiné avec la plus grande attention. Nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Bien cordialement,<br>Le service Ressources humaines<br>LuxLingo</p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:10px;color:#6a6d70;background:#f5f6f7">
LuxLingo S.à r.l. – 5, rue Jean Monnet – L-2180 Luxembourg – R.C.S. Luxembourg B 178 920<br>
Ce courriel est généré automatiquement, merci de ne pas y répondre. <a href="https://career5.successfactors.eu/career?company=luxlingoP&amp;career_ns=privacy">Déclaration de confidentialité</a></td></tr>
</table>
""" + pixel("https://career5.successfactors.eu/ctrack/o.gif?c=luxlingoP&i=4412") + """
</body></html>
""",
)

add(
    slug="swiss_hr_dossier_received", kind=ACK, company="Helvetia Language Services",
    contact="al.fivaz@hls-geneve.example.ch", lang="fr",
    frm=("Anne-Laure Fivaz", "al.fivaz@hls-geneve.example.ch"),
    subject="Accusé de réception - cheffe de projet en traduction", date="2026-03-05 11:40 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Chère Madame,

Nous accusons bonne réception de votre dossier de candidature pour le poste de cheffe
de projet en traduction et vous en remercions.

Les candidatures sont examinées au fur et à mesure ; nous reviendrons vers vous d'ici
trois semaines au plus tard. Pour toute question entre-temps, je reste à votre
disposition.

Avec nos meilleures salutations,

Anne-Laure Fivaz
Responsable des ressources humaines
Helvetia Language Services SA
Boulevard Helvétique 24 - 1207 Genève
""",
)

add(
    slug="lever_application_received", cte="base64", kind=ACK, company="Kalipso Software", contact="",
    lang="en",
    frm=("Kalipso Software", "no-reply@hire.lever.co"),
    subject="Application received – Localization Manager", date="2026-06-24 11:37 +0000",
    html="""<html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#333;background:#fafafa">
<div style="max-width:520px;margin:20px auto;background:#fff;padding:26px;border:1px solid #eee">
<img src="https://lever-client-logos.s3.amazonaws.com/kalipso.png" alt="Kalipso Software" width="110">
<p>Hi Inès,</p>
<p>Thanks for applying for <b>Localization Manager (Lisbon / hybrid)</b>. Your application is in, and a real human on our Talent team will look at it.</p>
<p>We aim to get back to everyone within two weeks, whatever the outcome.</p>
<p>Obrigado!<br>Kalipso Talent Team</p>
<p style="font-size:11px;color:#aaa">Kalipso Software, Lda. · Avenida da Liberdade 110, 1250-146 Lisboa · <a href="https://jobs.lever.co/kalipso" style="color:#aaa">Open roles</a></p>
</div></body></html>
""",
)

add(
    slug="studio_recruiter_gracias", cte="base64", kind=ACK, company="Quimera Games",
    contact="lucia.ferrer@quimeragames.example.es", lang="es",
    frm=("Lucía Ferrer", "lucia.ferrer@quimeragames.example.es"),
    subject="Re: Candidatura Localization PM", date="2026-04-01 09:10 +0200",
    irt="<ines-quimera-cand-0331@example.fr>",
    text="""¡Hola Inès!

¡Gracias por tu candidatura! Me llega bien el CV y la carta. Esta semana la revisamos con
el equipo de producción y te digo algo antes del viernes que viene, prometido.

Lucía
People & Culture · Quimera Games
""",
)

add(
    slug="speculative_received", cte="8bit", kind=ACK, company="Transcréa Méditerranée",
    contact="marc.aubanel@transcrea-med.example.fr", lang="fr",
    frm=("Marc Aubanel", "marc.aubanel@transcrea-med.example.fr"),
    subject="Re: Candidature spontanée – Inès Benali-Carvalho", date="2026-01-14 13:06 +0100",
    mid="<transcrea-ar-0114@transcrea-med.example.fr>",
    irt="<ines-transcrea-spont-0112@example.fr>",
    text="""Bonjour Madame Benali-Carvalho,

Nous avons bien reçu votre candidature spontanée, que j'ai lue avec intérêt : le
tourisme et le patrimoine représentent près de la moitié de notre activité, et votre
expérience des projets européens avec vos classes nous parle.

Je la transmets à Laetitia, notre cheffe de projet senior. Nous faisons le point sur
nos besoins de recrutement fin février et reviendrons vers vous à ce moment-là.

Bien à vous,

Marc Aubanel
Directeur
Transcréa Méditerranée
27 rue Grignan, 13001 Marseille – 04 91 55 43 10
""",
)

add(
    slug="bamboohr_thanks", cte="base64", kind=ACK, company="Nuvola Apps", contact="", lang="en",
    frm=("Nuvola Apps Hiring", "notifications@app.bamboohr.com"),
    subject="Thanks for applying to Nuvola Apps!", date="2026-04-02 16:20 +0000",
    html="""<html><body style="font-family:Lato,Arial,sans-serif;background:#ffffff;color:#38312f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://nuvolaapps.bamboohr.com/logos/nuvola.png" alt="Nuvola Apps" width="110">
<h2 style="font-weight:400;color:#527a00">Thanks, Inès!</h2>
<p>We've received your application for <b>Localization Specialist</b>. Our People team and the hiring manager will review it over the coming days.</p>
<p>If your background is a good match, we'll reach out to schedule a first conversation.</p>
<p>¡Gracias!<br>The Nuvola Apps People Team</p>
<p style="font-size:11px;color:#999">Nuvola Apps S.L. · Paseo de la Castellana 95, 28046 Madrid<br>This email was sent by BambooHR on behalf of Nuvola Apps. Please do not reply.</p>
</td></tr></table>
""" + pixel("https://app.bamboohr.com/email/open/77ac21.gif") + """
</body></html>
""",
)

add(
    slug="fundacion_un_mes", kind=ACK, company="Fundación Puente de Lenguas", contact="",
    lang="es",
    frm=("Fundación Puente de Lenguas - Selección", "seleccion@puentedelenguas.example.org"),
    name_cs="iso-8859-1", subject="Hemos recibido su candidatura", date="2026-06-01 08:00 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Estimado/a candidato/a:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de
Técnico/a de proyectos lingüísticos (ref. FPL-2026-07).

Debido al elevado número de solicitudes, no nos es posible responder a cada persona de
forma individual. Si en el plazo de un mes no ha recibido respuesta, entienda que su
candidatura no ha sido seleccionada para la siguiente fase.

Gracias por su interés en la Fundación.

Fundación Puente de Lenguas
Área de Personas

Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección.
""",
)

add(
    slug="agency_crm_received", kind=ACK, company="Vertigo Recrutement", contact="", lang="fr",
    frm=("Vertigo Recrutement", "candidatures@vertigo-recrutement.example.fr"),
    subject="Confirmation de réception de votre candidature", date="2026-02-04 09:17 +0100",
    cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#ffffff">
<table width="620" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#2b0a3d;padding:18px 26px"><img src="https://vertigo-recrutement.example.fr/img/mail/logo-vertigo.png" alt="VERTIGO RECRUTEMENT" width="180"></td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#333;line-height:1.6">
<p>Bonjour Inès,</p>
<p>Votre candidature pour l'offre <b>Localization Manager (CDI) – Paris</b> (réf. VR-26-118) a bien été reçue par nos consultants.</p>
<p>Elle sera étudiée dans les prochains jours par Thomas Girard, consultant en charge de la mission. Si votre profil correspond aux attentes de notre client, il prendra contact avec vous par téléphone.</p>
<p>Belle journée,<br>L'équipe Vertigo Recrutement</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#888;background:#f4f0f6">
Vertigo Recrutement SAS – 12 rue du Faubourg-Montmartre, 75009 Paris<br>
Message automatique. <a href="https://vertigo-recrutement.example.fr/rgpd?c=ibc" style="color:#888">Gérer mes données</a> · <a href="https://vertigo-recrutement.example.fr/alertes/stop?c=ibc" style="color:#888">Ne plus recevoir d'offres</a></td></tr>
</table>
""" + pixel("https://mail.vertigo-recrutement.example.fr/o/ibc-vr26118.gif") + """
</body></html>
""",
)

add(
    slug="brussels_asbl_received", cte="8bit", kind=ACK, company="Maison Européenne des Langues",
    contact="n.elkhatib@mel-bruxelles.example.be", lang="fr",
    frm=("Nadia El Khatib", "n.elkhatib@mel-bruxelles.example.be"),
    subject="Candidature - Coordinatrice des projets de traduction",
    date="2026-05-18 14:44 +0200",
    text="""Bonjour Madame Benali-Carvalho,

Je vous confirme la bonne réception de votre candidature pour le poste de coordinatrice
des projets de traduction (CDD de 12 mois, temps plein).

Le jury se réunira dans la semaine du 1er juin pour présélectionner les candidatures.
Les personnes retenues seront contactées pour un entretien à Bruxelles vers la mi-juin.

N'hésitez pas à me contacter si vous avez des questions d'ici là.

Cordialement,

Nadia El Khatib
Assistante administrative
Maison Européenne des Langues asbl
Rue du Marteau 19 – 1000 Bruxelles
+32 2 555 44 81
""",
)

add(
    slug="loc_job_board_submitted", kind=ACK, company="GlobaText", contact="", lang="en",
    frm=("LocJobs", "alerts@locjobs.example.com"),
    subject="Your application to GlobaText has been submitted", date="2026-04-28 12:09 +0000",
    headers=list_headers("<applications.locjobs.example.com>",
                         "https://locjobs.example.com/account/email-preferences?u=ibc2026",
                         mailto="unsubscribe@locjobs.example.com"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f6f7fb">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e4e6ef">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e4e6ef"><img src="https://locjobs.example.com/static/mail/locjobs.png" alt="LocJobs – jobs in localization" width="140"></td></tr>
<tr><td style="padding:20px 24px">
<p>Hi Inès,</p>
<p>Your application for <b>Senior Localisation PM</b> at <b>GlobaText</b> (Paris · hybrid) has been submitted. The employer will receive your CV and answers to the screening questions.</p>
<p>GlobaText usually handles applications through its own careers site, so further updates will come from them directly.</p>
<p><a href="https://locjobs.example.com/c/t?u=ibc2026&amp;r=my-applications">View my applications</a> · <a href="https://locjobs.example.com/c/t?u=ibc2026&amp;r=similar-26-0412">Similar jobs</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">You're receiving this because you applied through LocJobs. <a href="https://locjobs.example.com/account/email-preferences?u=ibc2026">Email preferences</a><br>LocJobs Ltd, Registered in England No 11455672, 3 Harbour Exchange, London E14 9GE</td></tr>
</table></td></tr></table>
""" + pixel("https://locjobs.example.com/o/ibc2026-ack.gif") + """
</body></html>
""",
)

add(
    slug="public_body_two_months", kind=ACK, company="Agglomération Camargue-Lagune",
    contact="", lang="fr",
    frm=("Agglomération Camargue-Lagune - DRH", "drh-recrutement@camargue-lagune.example.fr"),
    subject="Accusé de réception – Offre n° 2026-DRI-09 Chargé(e) de traduction et d'interprétariat",
    date="2026-09-21 10:15 +0200", cte="quoted-printable",
    text="""Madame,

Nous accusons réception de votre candidature au poste de chargé(e) de traduction et
d'interprétariat (cadre d'emplois des attachés territoriaux, catégorie A) au sein de
la Direction des relations internationales.

En raison du nombre important de candidatures reçues, il ne nous sera pas possible de
répondre à chaque candidat. Sans réponse de notre part dans un délai de deux mois à
compter de la date de clôture de l'offre (30 septembre 2026), vous pourrez considérer
que votre candidature n'a pas été retenue.

Nous vous remercions de l'intérêt que vous portez à notre collectivité.

La Direction des ressources humaines
Agglomération Camargue-Lagune
Hôtel d'agglomération – 2 place de la République – 13200 Arles

Courriel automatique : merci de ne pas y répondre.
""",
)

# ---------------------------------------------------------------- offers (10)

add(
    slug="promesse_embauche_pdf", kind=OFFER, company="Transcréa Méditerranée",
    contact="marc.aubanel@transcrea-med.example.fr", lang="fr",
    frm=("Marc Aubanel", "marc.aubanel@transcrea-med.example.fr"),
    subject="Proposition d'embauche – Cheffe de projet junior", date="2026-05-12 17:58 +0200",
    cte="quoted-printable",
    text="""Bonjour Inès,

Suite à nos deux entretiens et à l'exercice de devis, que Laetitia a trouvé remarquable,
j'ai le plaisir de vous proposer de rejoindre Transcréa Méditerranée en qualité de
cheffe de projet junior.

Vous trouverez en pièce jointe la promesse d'embauche détaillant les conditions :
- CDI à temps plein, statut ETAM, convention Syntec ;
- rémunération brute annuelle de 32 500 €, plus prime annuelle sur objectifs ;
- prise de poste le lundi 31 août 2026, pour vous laisser finir l'année scolaire ;
- période d'essai de deux mois, renouvelable une fois.

Je vous remercie de me retourner la promesse signée avant le 26 mai. Je reste bien sûr
disponible pour en parler au téléphone si vous avez des questions.

Au plaisir de travailler avec vous,

Marc Aubanel
Directeur
Transcréa Méditerranée SARL
27 rue Grignan, 13001 Marseille – 04 91 55 43 10
""",
    attach=[("Promesse_embauche_Benali-Carvalho.pdf", [
        "TRANSCREA MEDITERRANEE SARL - 27 rue Grignan, 13001 Marseille",
        "", "PROMESSE D'EMBAUCHE", "",
        "Nous avons le plaisir de confirmer notre proposition d'engager",
        "Mme Ines Benali-Carvalho en qualite de Cheffe de projet junior.",
        "Contrat : CDI temps plein - Convention collective Syntec - ETAM",
        "Remuneration brute annuelle : 32 500 EUR + prime sur objectifs",
        "Date de prise de poste : 31 aout 2026",
        "Periode d'essai : 2 mois renouvelable une fois",
        "", "Fait a Marseille, le 12 mai 2026", "Marc Aubanel, Directeur",
        "", "Bon pour accord (date et signature) :",
    ])],
)

add(
    slug="conditional_permit_references", kind=OFFER, company="Helvetia Language Services",
    contact="al.fivaz@hls-geneve.example.ch", lang="fr",
    frm=("Anne-Laure Fivaz", "al.fivaz@hls-geneve.example.ch"),
    subject="Proposition d'engagement", date="2026-04-28 16:10 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Chère Madame,

À la suite de votre test et de votre entretien du 31 mars, puis de l’échange avec notre
directeur général, nous avons le plaisir de vous proposer le poste de cheffe de projet
en traduction au sein d’Helvetia Language Services.

Les conditions envisagées sont les suivantes : contrat à durée indéterminée à 100 %,
salaire annuel brut de CHF 88’400 versé en 13 mensualités, entrée en fonction le
1er septembre 2026, 25 jours de vacances.

Cette proposition est soumise à deux conditions :
1. l’obtention de votre autorisation de séjour et de travail (permis B), que nous
   demanderons à l’Office cantonal de la population dès votre accord ;
2. la vérification satisfaisante de deux références professionnelles, dont celle de
   votre chef d’établissement.

Le contrat définitif vous sera adressé une fois ces conditions remplies. Nous vous
saurions gré de nous faire part de votre décision d’ici au 8 mai.

Avec nos meilleures salutations,

Anne-Laure Fivaz
Responsable des ressources humaines
Helvetia Language Services SA
Boulevard Helvétique 24 · 1207 Genève · +41 22 555 09 30
""",
)

add(
    slug="offer_letter_outlook_chain", kind=OFFER, company="Wordbridge Localization",
    contact="hannah.okafor@wordbridge.example.ca", lang="en",
    frm=("Hannah Okafor", "hannah.okafor@wordbridge.example.ca"),
    subject="RE: Following up", date="2026-04-22 13:33 -0400",
    irt="<ines-wordbridge-fu-0420@example.fr>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"}, cte="quoted-printable",
    text="""Hi Inès,

Perfect timing – I was about to write to you. I'm delighted to let you know that we'd
like to offer you the position of Localization Project Manager (French), working
remotely from France through our Paris entity, with two trips a year to Montréal.

Your offer letter is attached. The main points:
- start date: Monday, August 24, 2026;
- gross annual salary: EUR 46,000, plus a 5% annual bonus target;
- permanent contract (CDI) under French law, Syntec agreement, cadre status;
- 25 days of paid leave plus RTT.

Please review it and let me know if you have any questions. If everything looks good,
you can sign it electronically through the link in the letter by May 1.

We're all really looking forward to working with you!

Hannah

Hannah Okafor
Talent Acquisition Lead
Wordbridge Localization Inc.

From: Inès Benali-Carvalho <ines.bc@example.fr>
Sent: Monday, April 20, 2026 4:12 AM
To: Hannah Okafor <hannah.okafor@wordbridge.example.ca>
Subject: Following up

Dear Hannah,

I hope you had a good weekend. I wanted to follow up after my final interview with
Daniel last Wednesday. I have received another proposal and need to answer by the end
of the month, so I'd be grateful for any news – and I completely understand if the
answer is no.

Best regards,
Inès
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Inès,</p>
<p>Perfect timing – I was about to write to you. I'm delighted to let you know that we'd like to offer you the position of <b>Localization Project Manager (French)</b>, working remotely from France through our Paris entity, with two trips a year to Montréal.</p>
<p>Your offer letter is attached. The main points:</p>
<ul><li>start date: Monday, August 24, 2026;</li><li>gross annual salary: EUR 46,000, plus a 5% annual bonus target;</li>
<li>permanent contract (CDI) under French law, Syntec agreement, cadre status;</li><li>25 days of paid leave plus RTT.</li></ul>
<p>Please review it and let me know if you have any questions. If everything looks good, you can sign it electronically through the link in the letter by May 1.</p>
<p>We're all really looking forward to working with you!</p>
<p>Hannah</p>
<p><b>Hannah Okafor</b><br>Talent Acquisition Lead<br>Wordbridge Localization Inc.</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">
<p><b>From:</b> Inès Benali-Carvalho &lt;ines.bc@example.fr&gt;<br><b>Sent:</b> Monday, April 20, 2026 4:12 AM<br><b>To:</b> Hannah Okafor &lt;hannah.okafor@wordbridge.example.ca&gt;<br><b>Subject:</b> Following up</p></div>
<p>Dear Hannah,</p>
<p>I hope you had a good weekend. I wanted to follow up after my final interview with Daniel last Wednesday. I have received another proposal and need to answer by the end of the month, so I'd be grateful for any news – and I completely understand if the answer is no.</p>
<p>Best regards,<br>Inès</p>
</body></html>
""",
    attach=[("Wordbridge_Offer_Letter_IBenali-Carvalho.pdf", [
        "Wordbridge Localization SAS (Paris) - a Wordbridge Localization Inc. company",
        "", "OFFER OF EMPLOYMENT", "", "Dear Ines Benali-Carvalho,",
        "We are pleased to offer you the position of Localization Project Manager (French).",
        "Start date: 24 August 2026. Contract: CDI, Syntec, cadre.",
        "Gross annual salary: EUR 46,000; annual bonus target 5%.",
        "Please sign electronically by 1 May 2026.", "",
        "Hannah Okafor, Talent Acquisition Lead",
    ])],
)

add(
    slug="contrato_para_firmar", kind=OFFER, company="Verbatim Iberia",
    contact="javier.olmedo@verbatimiberia.example.es", lang="es",
    frm=("Javier Olmedo", "javier.olmedo@verbatimiberia.example.es"),
    subject="Oferta – Project Manager de Localización", date="2026-04-01 12:47 +0200",
    cte="base64",
    text="""Hola Inès:

Tal y como te adelanté ayer por teléfono, nos alegra mucho ofrecerte el puesto de Project
Manager de Localización en nuestra oficina de Madrid.

Te adjunto el contrato con las condiciones que hablamos: indefinido, jornada completa
(con dos días de teletrabajo), 36.000 € brutos anuales en 14 pagas, incorporación el
1 de septiembre y periodo de prueba de seis meses.

Cuando lo hayas revisado, te enviaremos el enlace para firmarlo electrónicamente. Nos
gustaría tenerlo firmado antes del 15 de abril. Cualquier duda, llámame.

¡Bienvenida (casi) al equipo!

Javier Olmedo
Head of Operations
Verbatim Iberia S.L.
Calle de Fuencarral 121, 28010 Madrid · +34 91 555 62 30
""",
    attach=[("Contrato_Verbatim_Iberia_Benali-Carvalho.pdf", [
        "VERBATIM IBERIA S.L. - CIF B-88999999 - Calle de Fuencarral 121, 28010 Madrid",
        "", "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO", "",
        "Trabajadora: Ines Benali-Carvalho",
        "Puesto: Project Manager de Localizacion (Grupo profesional 2)",
        "Jornada: completa, 40 horas semanales, 2 dias de teletrabajo",
        "Salario: 36.000 EUR brutos anuales en 14 pagas",
        "Fecha de incorporacion: 1 de septiembre de 2026",
        "Periodo de prueba: 6 meses", "", "Firma de la trabajadora: ________________",
    ])],
)

add(
    slug="verbal_offer_confirmed", cte="8bit", kind=OFFER, company="LuxLingo",
    contact="marc.schmit@luxlingo.example.lu", lang="fr",
    frm=("Marc Schmit", "marc.schmit@luxlingo.example.lu"),
    subject="Confirmation de notre proposition", date="2026-05-20 12:15 +0200",
    text="""Bonjour Madame Benali-Carvalho,

Suite à notre appel de ce matin, je vous confirme par écrit notre proposition pour le
poste de cheffe de projet localisation :

- contrat à durée indéterminée, 40 heures par semaine ;
- salaire annuel brut de 62 000 EUR, indexé, plus chèques-repas ;
- début au 1er octobre 2026 (nous pouvons discuter d'une date antérieure) ;
- possibilité de télétravail deux jours par semaine, dans la limite des seuils
  frontaliers.

Le contrat vous sera envoyé par notre service RH dès que vous nous aurez donné votre
accord. Jil et moi sommes vraiment ravis à l'idée de travailler avec vous.

Meilleures salutations,

Marc Schmit
Head of Delivery
LuxLingo S.à r.l. | 5, rue Jean Monnet | L-2180 Luxembourg
""",
)

add(
    slug="swiss_vertrag_pdf", kind=OFFER, company="Alpentext",
    contact="reto.brunner@alpentext.example.ch", lang="de",
    frm=("Reto Brunner", "reto.brunner@alpentext.example.ch"),
    subject="Vertragsangebot – Projektleitung Lokalisierung FR/DE", date="2026-05-08 15:40 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Benali-Carvalho

Es freut uns sehr, Ihnen nach den Gesprächen in Genf die Stelle als Projektleiterin
Lokalisierung FR/DE anbieten zu können.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung. Die wichtigsten
Eckdaten:
– Pensum 100 %, unbefristet, Arbeitsort Genf
– Jahreslohn CHF 92’000 brutto, 13 Monatslöhne
– Stellenantritt am 1. September 2026
– Probezeit drei Monate

Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 22. Mai 2026 zurück, gerne
auch eingescannt per E-Mail. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüsse

Reto Brunner
HR Business Partner
Alpentext AG | Seefeldstrasse 123 | 8008 Zürich
""",
    attach=[("Arbeitsvertrag_Alpentext_Benali-Carvalho.pdf", [
        "Alpentext AG - Seefeldstrasse 123 - 8008 Zuerich", "", "ARBEITSVERTRAG", "",
        "zwischen Alpentext AG und Frau Ines Benali-Carvalho",
        "Funktion: Projektleiterin Lokalisierung FR/DE", "Arbeitsort: Genf",
        "Pensum: 100 %, unbefristet", "Jahreslohn: CHF 92'000 brutto (13 Monatsloehne)",
        "Stellenantritt: 1. September 2026 - Probezeit: 3 Monate", "",
        "Ort, Datum, Unterschrift: ______________________",
    ])],
)

add(
    slug="lever_offer_ready", kind=OFFER, company="Kalipso Software",
    contact="tiago.mendes@kalipso.example.pt", lang="en",
    frm=("Kalipso Software", "no-reply@hire.lever.co"),
    reply_to=("Tiago Mendes", "tiago.mendes@kalipso.example.pt"),
    subject="Your offer from Kalipso Software is ready", date="2026-07-24 10:05 +0000",
    cte="quoted-printable",
    html="""<html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#333;background:#fafafa">
<div style="max-width:520px;margin:20px auto;background:#fff;padding:26px;border:1px solid #eee">
<img src="https://lever-client-logos.s3.amazonaws.com/kalipso.png" alt="Kalipso Software" width="110">
<h2 style="font-weight:500">Congratulations, Inès! 🎉</h2>
<p>Kalipso Software has sent you an offer for the position of <b>Localization Manager</b> (Lisbon / hybrid).</p>
<p>Review the details – salary, start date and benefits – and sign it online before <b>31 July 2026</b>:</p>
<p><a href="https://hire.lever.co/offers/kalipso/3b7e1f0c-review" style="display:inline-block;background:#2e7dd7;color:#fff;padding:11px 22px;border-radius:4px;text-decoration:none">Review your offer</a></p>
<p>Questions about the offer? Just reply to this email and Tiago will get back to you.</p>
<p style="font-size:11px;color:#aaa">Kalipso Software, Lda. · Avenida da Liberdade 110, 1250-146 Lisboa · Sent via Lever</p>
</div>
""" + pixel("https://hire.lever.co/email/open/3b7e1f0c.gif") + """
</body></html>
""",
)

add(
    slug="verbal_conditional_tu", kind=OFFER, company="Quimera Games",
    contact="lucia.ferrer@quimeragames.example.es", lang="es",
    frm=("Lucía Ferrer", "lucia.ferrer@quimeragames.example.es"),
    subject="Lo que hablamos por teléfono", date="2026-06-03 18:26 +0200",
    text="""¡Hola Inès!

Te confirmo por escrito lo que te he contado por teléfono: ¡queremos que te unas a
Quimera como Localization PM! 🥳

Resumen rápido:
- contrato indefinido, 34.000 € brutos al año + bonus por lanzamiento;
- híbrido, tres días en la ofi de Malasaña;
- incorporación el 1 de septiembre.

La oferta queda condicionada a dos cosas: que las referencias (tu directora del
instituto y la agencia donde hiciste las prácticas) vayan bien, y que podamos tramitar
tu alta en la Seguridad Social a tiempo. Mañana te mando el documento formal de Recursos
Humanos para que lo firmes.

¡Bienvenida (casi)!
Lucía
""",
)

add(
    slug="agency_exclamations_offer", cte="8bit", kind=OFFER, company="Pixel Mistral",
    contact="s.mattei@talentis-conseil.example.fr", lang="fr",
    frm=("Sandrine Mattei | Talentis Conseil", "s.mattei@talentis-conseil.example.fr"),
    subject="FÉLICITATIONS !!! Offre Pixel Mistral", date="2026-06-01 11:47 +0200",
    mid="<talentis-offer-0601@talentis-conseil.example.fr>",
    text="""Inès !!!

Ça y est, c'est OFFICIEL : Pixel Mistral vous fait une offre pour le poste de
Localisation Manager !!! Romain m'a appelée ce matin, ils ont été conquis par votre
exercice de planification (et Aïcha ne jure plus que par vous !!).

Leur proposition :
- CDI cadre, 40 000 € bruts annuels + intéressement ;
- 2 jours de télétravail par semaine ;
- démarrage souhaité le 24 août (négociable au 31 si besoin pour finir l'année).

Ils vous envoient la proposition écrite cette semaine. Appelez-moi dès que vous pouvez,
qu'on en parle tranquillement (et qu'on fête ça !!!).

Sandrine Mattei | Consultante senior | Talentis Conseil
06 12 48 90 33 – talentis-conseil.example.fr
""",
)

add(
    slug="quebec_lettre_offre_pdf", kind=OFFER, company="Studio Lumen Nord",
    contact="melanie.gagnon@lumennord.example.ca", lang="fr",
    frm=("Mélanie Gagnon", "melanie.gagnon@lumennord.example.ca"),
    subject="Lettre d'offre – Coordonnatrice localisation", date="2026-04-14 15:02 -0400",
    cte="quoted-printable",
    html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p>Bonjour Inès,</p>
<p>Quelle belle nouvelle à t'annoncer : toute l'équipe a adoré tes deux entrevues et on est vraiment heureux de t'offrir le poste de <b>coordonnatrice de la localisation</b> chez Studio Lumen Nord!</p>
<p>Tu trouveras ta lettre d'offre en pièce jointe : salaire annuel de 68 000 $, quatre semaines de vacances, assurances collectives dès le premier jour et un budget de relocalisation de 5 000 $.</p>
<p>L'offre est conditionnelle à l'obtention de ton permis de travail; on s'occupe de l'étude d'impact sur le marché du travail (EIMT) avec notre firme d'immigration dès que tu nous confirmes ton intérêt. La date d'entrée en poste sera fixée en fonction des délais.</p>
<p>Prends le temps de lire et de poser toutes tes questions. On aimerait avoir ta réponse d'ici le 24 avril.</p>
<p>Au plaisir de t'accueillir à Montréal!</p>
<p><b>Mélanie Gagnon</b><br>Conseillère principale, acquisition de talents<br><span style="color:#6a4c93">Studio Lumen Nord</span><br>Montréal · Québec</p>
</div>
""",
    attach=[("Lettre_offre_Lumen_Nord_IBC.pdf", [
        "Studio Lumen Nord inc. - 5445, avenue de Gaspe, Montreal (Quebec)", "",
        "LETTRE D'OFFRE D'EMPLOI", "",
        "Madame Ines Benali-Carvalho,",
        "Nous avons le plaisir de vous offrir le poste de coordonnatrice de la localisation.",
        "Salaire annuel : 68 000 $ - Vacances : 4 semaines - Relocalisation : 5 000 $",
        "Offre conditionnelle a l'obtention d'un permis de travail valide au Canada.",
        "Reponse souhaitee au plus tard le 24 avril 2026.", "",
        "Melanie Gagnon, conseillere principale, acquisition de talents",
    ])],
)
