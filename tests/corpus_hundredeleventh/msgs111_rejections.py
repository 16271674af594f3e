"""Rejections for the hundred-eleventh corpus: 31 messages, each written by hand."""

from __future__ import annotations

from msgs111_common import pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 -- Workday, HTML only, the classic "more closely matches" soft rejection.
add({
    "kind": "rejection", "scenario": "workday_soft", "header_b": True, "lang": "en",
    "company": "Brightline Systems", "contact": "",
    "frm": ("Brightline Systems Talent Acquisition", "brightline@myworkday.com"),
    "subject": "Your application for Cloud Operations Engineer (R-20417)",
    "date": "2026-02-11 16:42 +0100",
    "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Brightline Systems</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">
<tr><td style="padding:24px 32px;border-bottom:3px solid #0a5cd6">
<img src="https://brightline.wd3.myworkday.com/assets/logo-brightline.png" alt="Brightline Systems" width="160" height="40" style="display:block" /></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#1f2937">
<p>Dear Lukas,</p>
<p>Thank you for your interest in the <strong>Cloud Operations Engineer</strong> position (R-20417) at Brightline Systems in Amsterdam and for the time you invested in your application.</p>
<p>We have reviewed your background carefully. After much consideration, we have decided to move forward with candidates whose experience more closely matches the current needs of the team.</p>
<p>We will keep your profile in our talent community, and we encourage you to apply for future openings that fit your skills.</p>
<p>With kind regards,<br />Talent Acquisition<br />Brightline Systems</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f9fafb;font-size:11px;line-height:16px;color:#6b7280">
This email was sent from an unmonitored mailbox. To review your candidate home, visit
<a href="https://brightline.wd3.myworkday.com/brightline/login" style="color:#0a5cd6">your candidate account</a>.<br />
Brightline Systems B.V. &middot; Stationsplein 45 &middot; 1012 AB Amsterdam &middot; KvK 81234567<br />
<a href="https://brightline.example.nl/privacy" style="color:#6b7280">Privacy statement</a>
</td></tr></table></td></tr></table>
""" + pixel("https://brightline.wd3.myworkday.com/track/open?c=R-20417&u=8821f") + """
</body></html>
""",
})

# 2 -- Greenhouse after an interview, Reply-To the recruiter, multipart/alternative.
add({
    "kind": "rejection", "scenario": "greenhouse_after_interview", "lang": "en",
    "company": "Tulp Data", "contact": "sanne.devries@tulpdata.example.nl",
    "frm": ("Tulp Data via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Sanne de Vries", "sanne.devries@tulpdata.example.nl"),
    "subject": "Following up on your interviews with Tulp Data",
    "date": "2026-03-19 11:05 +0100",
    "text": """Hi Lukas,

Thanks again for spending so much time with us over the last two weeks. Everyone you met - Joost, Femke and Arjun - enjoyed the conversations, especially your war stories about migrating a hospital service desk to a new ticketing system over one weekend.

I'm sorry to tell you that we won't be offering you the Platform Engineer role. The panel felt that the position needs someone with more hands-on Kubernetes operations in production right now, and another candidate was further along on that.

This was a close call, and I'd genuinely like to stay in touch. If you'd like more detailed feedback, just reply and we can set up 15 minutes.

All the best,
Sanne

Sanne de Vries
Talent Partner | Tulp Data
sanne.devries@tulpdata.example.nl
""",
    "html": """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Lukas,</p>
<p>Thanks again for spending so much time with us over the last two weeks. Everyone you met &ndash; Joost, Femke and Arjun &ndash; enjoyed the conversations, especially your war stories about migrating a hospital service desk to a new ticketing system over one weekend.</p>
<p>I'm sorry to tell you that we won't be offering you the Platform Engineer role. The panel felt that the position needs someone with more hands-on Kubernetes operations in production right now, and another candidate was further along on that.</p>
<p>This was a close call, and I'd genuinely like to stay in touch. If you'd like more detailed feedback, just reply and we can set up 15 minutes.</p>
<p>All the best,<br>Sanne</p>
<p style="color:#555">Sanne de Vries<br>Talent Partner | Tulp Data<br><a href="mailto:sanne.devries@tulpdata.example.nl">sanne.devries@tulpdata.example.nl</a></p>
<p style="font-size:11px;color:#999">Tulp Data B.V., Oudezijds Achterburgwal 12, Amsterdam.</p>
""" + pixel("https://us.greenhouse-mail.io/o/ooaf1/2cd91e7") + """
</div>
""",
})

# 3 -- Terse mobile reply, German, quoted application below ("Am ... schrieb").
add({
    "kind": "rejection", "scenario": "mobile_terse_reply", "lang": "de",
    "company": "Murtal Datentechnik", "contact": "m.pichler@murtal-dt.example.at",
    "frm": ("Martin Pichler", "m.pichler@murtal-dt.example.at"),
    "subject": "Re: Bewerbung Teamleitung IT-Betrieb",
    "date": "2026-01-22 19:48 +0100",
    "cte": "8bit",
    "irt": "<a81c2f0e-5b1d-4b7e-9f43-lukasbo@example.at>",
    "text": """Servus Herr Brandstätter-Osei,

danke für die Unterlagen. Wir haben uns inzwischen für einen internen Kollegen entschieden, tut mir leid. Alles Gute weiterhin!

M. Pichler

Von meinem iPhone gesendet

> Am 19.01.2026 um 08:14 schrieb Lukas Brandstätter-Osei <lukas.bo@example.at>:
>
> Sehr geehrter Herr Pichler,
>
> wie am Telefon besprochen sende ich Ihnen meine Bewerbung für die Teamleitung
> IT-Betrieb bei der Murtal Datentechnik GmbH. Ich leite derzeit ein Service-Desk-Team
> mit sechs Personen und würde mich über eine Einladung zu einem Gespräch sehr freuen.
>
> Mit freundlichen Grüßen
> Lukas Brandstätter-Osei
""",
})

# 4 -- Speculative application refused by a family manufacturer, letter style, ISO-8859-1.
add({
    "kind": "rejection", "scenario": "speculative_family_firm", "lang": "de",
    "company": "Hollerbach Antriebstechnik", "contact": "personal@hollerbach.example.at",
    "frm": ("Hollerbach Personalabteilung", "personal@hollerbach.example.at"),
    "subject": "Ihre Initiativbewerbung vom 3. Februar",
    "date": "2026-02-17 10:31 +0100",
    "charset": "iso-8859-1",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihre Initiativbewerbung und das Interesse an unserem Familienunternehmen.

Wir haben Ihre Unterlagen mit Interesse gelesen. Derzeit ist in unserer IT-Abteilung in Weiz jedoch keine Position frei, die Ihrem Profil entspricht, und auch für die nächsten Monate ist kein Ausbau des Teams geplant. Wir müssen Ihnen daher leider absagen.

Ihre Unterlagen haben wir nach Ablauf der gesetzlichen Frist gelöscht bzw. werden sie löschen; eine Aufbewahrung in Evidenz ist nur mit Ihrer ausdrücklichen Zustimmung möglich. Sollten Sie das wünschen, antworten Sie bitte einfach auf diese Nachricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Edith Krammer
Personalabteilung

Hollerbach Antriebstechnik GmbH & Co KG
Gewerbepark Süd 7, 8160 Weiz
Tel. +43 3172 55 210-14
personal@hollerbach.example.at
FN 41233 t, Landesgericht für ZRS Graz
""",
})

# 5 -- Lever: the role has been put on hold.
add({
    "kind": "rejection", "scenario": "lever_role_on_hold", "lang": "en",
    "company": "Keizersgracht Labs", "contact": "",
    "frm": ("Keizersgracht Labs", "no-reply@hire.lever.co"),
    "subject": "An update on the Site Reliability Engineer role",
    "date": "2026-04-02 09:17 +0200",
    "cte": "7bit",
    "text": """Hi Lukas,

We wanted to let you know about a change on our side. Following a review of our plans for the second half of the year, the Site Reliability Engineer role you applied for has been put on hold, and we will not proceed with any applications for it, including yours.

This has nothing to do with your profile, and we're sorry to bring news like this after you took the time to apply. If the position is reopened, it will be published again on our careers page and you are very welcome to apply again.

Best,
The Keizersgracht Labs hiring team

--
Keizersgracht Labs | keizersgrachtlabs.example.nl
You are receiving this email because you applied for a position at Keizersgracht Labs. Replies to this address are not monitored.
""",
})

# 6 -- SuccessFactors, Swiss German, filled internally, HTML only, base64.
add({
    "kind": "rejection", "scenario": "filled_internally_swiss", "lang": "de",
    "company": "Bank Zürichsee", "contact": "",
    "frm": ("Bank Zürichsee Karriere", "careers@successfactors.eu"),
    "subject": "Ihre Bewerbung als Cloud Platform Engineer (Job-ID 58821)",
    "date": "2026-03-04 14:00 +0100",
    "cte": "base64",
    "header_b": True,
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#003b5c;padding:18px"><img src="https://career5.successfactors.eu/companyLogo?company=bankzuerichseeP" alt="Bank Zürichsee" height="36"></td></tr>
<tr><td style="padding:24px 18px">
<p>Sehr geehrter Herr Brandstätter-Osei</p>
<p>Wir danken Ihnen für Ihre Bewerbung als Cloud Platform Engineer und für das Vertrauen, das Sie uns damit entgegenbringen.</p>
<p>Gerne informieren wir Sie, dass wir die Stelle intern besetzen konnten. Aus diesem Grund können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Wir bitten um Ihr Verständnis.</p>
<p>Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg und alles Gute.</p>
<p>Freundliche Grüsse</p>
<p>Bank Zürichsee<br>Human Resources</p>
</td></tr>
<tr><td style="padding:12px 18px;border-top:1px solid #ddd;font-size:10px;color:#888">
Bank Zürichsee AG, Seestrasse 120, 8810 Horgen. Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.
<a href="https://career5.successfactors.eu/career?company=bankzuerichseeP&amp;career_ns=privacy">Datenschutz</a>
</td></tr></table>
</body></html>
""",
})

# 7 -- After a second interview, personal Outlook mail, windows-1252; the quoted chain invites.
add({
    "kind": "rejection", "scenario": "after_second_round_outlook", "lang": "de",
    "company": "Isarwerk Digital", "contact": "florian.wendl@isarwerk.example.de",
    "frm": ("Wendl, Florian", "florian.wendl@isarwerk.example.de"),
    "subject": "AW: Zweitgespräch Platform Operations – Feedback",
    "date": "2026-04-23 17:26 +0200",
    "charset": "windows-1252",
    "irt": "<AM0PR07MB5521E1A0C2@AM0PR07MB5521.eurprd07.prod.outlook.com>",
    "refs": ["<AM0PR07MB5521D39F10@AM0PR07MB5521.eurprd07.prod.outlook.com>",
             "<AM0PR07MB5521E1A0C2@AM0PR07MB5521.eurprd07.prod.outlook.com>"],
    "headers": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Zweitgespräch Platform Operations"},
    "text": """Hallo Herr Brandstätter-Osei,

vielen Dank nochmal für das gute Gespräch am Dienstag und die Zeit, die Sie in die Fallstudie gesteckt haben.

Wir haben uns die Entscheidung nicht leicht gemacht, am Ende aber einer Kandidatin den Vorzug gegeben, die bereits ein Platform-Team mit ähnlicher Größe geführt hat. Ich möchte Ihnen deshalb heute absagen – auch wenn mir das ehrlich gesagt schwerfällt.

Ihr Vortrag zum Incident-Management war einer der besten, die wir gesehen haben. Falls Sie Interesse haben, melde ich mich gern, wenn wir Ende des Jahres das zweite Team aufbauen.

Viele Grüße aus München
Florian Wendl

Florian Wendl
Head of IT Operations
Isarwerk Digital GmbH | Landsberger Straße 302 | 80687 München
T +49 89 2188 4410 | florian.wendl@isarwerk.example.de
Geschäftsführer: Dr. Anna Voglsang, Tobias Kern | Amtsgericht München HRB 231877

Von: Lukas Brandstätter-Osei <lukas.bo@example.at>
Gesendet: Mittwoch, 15. April 2026 08:02
An: Wendl, Florian <florian.wendl@isarwerk.example.de>
Betreff: AW: Zweitgespräch Platform Operations

Guten Morgen Herr Wendl,

vielen Dank für die Einladung zum Zweitgespräch, Dienstag 21.4. um 10:00 passt mir sehr gut. Die Fallstudie schicke ich Ihnen bis Montag.

Beste Grüße
Lukas Brandstätter-Osei

Von: Wendl, Florian <florian.wendl@isarwerk.example.de>
Gesendet: Dienstag, 14. April 2026 16:40
An: Lukas Brandstätter-Osei <lukas.bo@example.at>
Betreff: Zweitgespräch Platform Operations

Hallo Herr Brandstätter-Osei,

wir würden Sie gern zu einem Zweitgespräch bei uns in München einladen. Wir freuen uns auf Sie!

Florian Wendl
""",
})

# 8 -- SmartRecruiters, English from a Zurich employer, HTML only with tracked links.
add({
    "kind": "rejection", "scenario": "smartrecruiters_generic", "header_b": True, "lang": "en",
    "company": "Helvetic Cloud Services", "contact": "",
    "frm": ("Helvetic Cloud Services", "noreply@smartrecruiters.com"),
    "subject": "Helvetic Cloud Services: Your application",
    "date": "2026-05-06 08:12 +0200",
    "html": """<html><body style="background:#eef1f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
<tr><td style="padding:20px 28px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/helveticcloud.png" alt="Helvetic Cloud Services logo" width="120"></td></tr>
<tr><td style="padding:0 28px 20px 28px;line-height:1.55">
<p>Dear Lukas Brandstätter-Osei,</p>
<p>Thank you for applying for the role of <b>Infrastructure Operations Specialist (Zurich)</b>. We appreciate the interest you have shown in Helvetic Cloud Services.</p>
<p>We received a large number of strong applications. Unfortunately, we will not be taking your application further at this stage, as we have identified other candidates whose qualifications better meet the requirements of this position.</p>
<p>Please feel free to browse our <a href="https://jobs.smartrecruiters.com/l/ct?u=aHR0cHM6Ly9qb2JzLnNtYXJ0cmVjcnVpdGVycy5jb20vSGVsdmV0aWNDbG91ZA&amp;t=4f1a">other open positions</a>.</p>
<p>Best regards,<br>Your Helvetic Cloud Services Recruiting Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8a8a8a;border-top:1px solid #e5e5e5">Helvetic Cloud Services AG &bull; Hardturmstrasse 161 &bull; 8005 Zürich<br>
Powered by SmartRecruiters &bull; <a href="https://jobs.smartrecruiters.com/l/unsub?t=4f1a" style="color:#8a8a8a">Manage email preferences</a></td></tr>
</table></td></tr></table>
""" + pixel("https://jobs.smartrecruiters.com/l/op?t=4f1a9c") + """
</body></html>
""",
})

# 9 -- Personalvermittler, client not named: the agency is the company.
add({
    "kind": "rejection", "scenario": "agency_client_unnamed", "html_style": "outlook", "boundary_style": "outlook", "lang": "de",
    "company": "Kogler & Rieger Personalberatung", "contact": "s.rieger@koglerrieger.example.at",
    "frm": ("Sabine Rieger", "s.rieger@koglerrieger.example.at"),
    "subject": "Rückmeldung zu Ihrer Bewerbung – IT Service Manager (Ref. KR-2611)",
    "date": "2026-02-26 13:44 +0100",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

wie versprochen melde ich mich bei Ihnen mit einer Rückmeldung zur Position IT Service Manager (Ref. KR-2611), für die wir im Auftrag eines Industrieunternehmens im Großraum Graz suchen.

Nach Vorstellung der Shortlist hat sich unser Auftraggeber entschieden, das Verfahren mit zwei anderen Kandidaten fortzusetzen. Ausschlaggebend war vor allem die Erfahrung mit SAP-Basis-Betrieb, die in Ihrem Profil weniger ausgeprägt ist. Ich bedauere, Ihnen keine bessere Nachricht geben zu können.

Gerne würde ich Ihr Profil – Ihr Einverständnis vorausgesetzt – für künftige Mandate im Bereich Cloud und IT-Betrieb vormerken. Eine kurze Antwort auf dieses E-Mail genügt.

Mit besten Grüßen

Mag. Sabine Rieger
Senior Consultant

Kogler & Rieger Personalberatung GmbH
Joanneumring 14 | 8010 Graz
T +43 316 82 04 11 | M +43 664 21 88 071
s.rieger@koglerrieger.example.at | www.koglerrieger.example.at
""",
})

# 10 -- UK headhunter relays a named client in Luxembourg.
add({
    "kind": "rejection", "scenario": "headhunter_named_client", "html_style": "outlook", "boundary_style": "outlook", "lang": "en",
    "company": "Banque Mosellane", "contact": "oliver.hart@northgatesearch.example.com",
    "frm": ("Oliver Hart", "oliver.hart@northgatesearch.example.com"),
    "subject": "Banque Mosellane - Head of Cloud Operations",
    "date": "2026-03-27 18:03 +0000",
    "cte": "7bit",
    "text": """Lukas,

I've just come off the phone with the CIO at Banque Mosellane. They've decided not to progress your application to the final round for the Head of Cloud Operations role in Luxembourg. The feedback was that they're looking for someone who has run a regulated cloud migration end to end (CSSF outsourcing notifications etc.), and they felt the gap was too wide for this particular hire.

I know that's disappointing after the effort you put into the case presentation. For what it's worth, they were very complimentary about your communication style.

I have a couple of other searches opening in the next few weeks that may be a better fit. Happy to talk through them whenever suits.

Best,
Oliver

Oliver Hart
Partner, Technology Practice
Northgate Search Ltd
+44 20 7946 0318

Northgate Search Ltd. Registered in England No 08812735. Registered office: 41 Threadneedle Street, London EC2R 8AY.
This email and any attachments are confidential and intended solely for the addressee.
""",
})

# 11 -- Teamtailor, French, Luxembourg start-up, HTML only.
add({
    "kind": "rejection", "scenario": "teamtailor_fr_luxembourg", "lang": "fr",
    "company": "Ardennes Cloud", "contact": "",
    "frm": ("Ardennes Cloud", "ardennes-cloud@teamtailor-mail.com"),
    "subject": "Votre candidature chez Ardennes Cloud",
    "date": "2026-05-13 10:26 +0200",
    "html": """<!doctype html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fafafa">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;background:#ffffff;font-family:Inter,Arial,sans-serif;color:#1b1b1b;font-size:15px;line-height:1.6">
<div style="text-align:center;margin-bottom:24px"><img src="https://assets.teamtailor-cdn.com/ardennes-cloud/logo.png" alt="Ardennes Cloud" height="32"></div>
<p>Bonjour Lukas,</p>
<p>Merci d'avoir pris le temps de postuler au poste d'<strong>Ingénieur Cloud Ops</strong> chez Ardennes Cloud.</p>
<p>Nous avons bien étudié votre profil. Malheureusement, nous avons choisi de ne pas donner suite à votre candidature : nous recherchons pour ce poste une personne ayant déjà une expérience confirmée d'astreinte sur des environnements OpenStack.</p>
<p>Nous vous remercions de l'intérêt porté à notre entreprise et vous souhaitons pleine réussite dans vos recherches.</p>
<p>Bien cordialement,<br>L'équipe Ardennes Cloud</p>
<hr style="border:none;border-top:1px solid #eee;margin:28px 0 12px">
<p style="font-size:11px;color:#999">Ardennes Cloud SA · 12, rue de l'Industrie · L-9250 Diekirch<br>
<a href="https://ardennes-cloud.teamtailor.com/connect/unsubscribe?token=Xk2l" style="color:#999">Se désabonner</a> · <a href="https://ardennes-cloud.teamtailor.com/privacy" style="color:#999">Politique de confidentialité</a></p>
</div>
""" + pixel("https://ardennes-cloud.teamtailor-mail.com/o/4b8e1c") + """
</body></html>
""",
})

# 12 -- French, Swiss employer from Lausanne, ISO-8859-1, personal HR sender.
add({
    "kind": "rejection", "scenario": "fr_swiss_hr_letter", "lang": "fr",
    "company": "Léman Systèmes", "contact": "aurelie.favre@leman-systemes.example.ch",
    "frm": ("Aurélie Favre", "aurelie.favre@leman-systemes.example.ch"),
    "subject": "Candidature - Responsable exploitation cloud (Bâle)",
    "date": "2026-04-08 15:51 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Monsieur,

Nous avons bien reçu votre dossier de candidature pour le poste de Responsable exploitation cloud au sein de notre agence de Bâle et vous remercions de l'intérêt que vous portez à Léman Systèmes.

Après examen attentif, nous avons le regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature. Le poste requiert en effet une maîtrise courante du français et de l'allemand suisse à l'oral, notre clientèle étant majoritairement romande.

Nous conservons votre dossier, avec votre accord, pendant une durée de douze mois.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Aurélie Favre
Responsable des ressources humaines
Léman Systèmes SA
Avenue de Rhodanie 58, 1007 Lausanne
+41 21 612 40 40
""",
})

# 13 -- French one-liner from a start-up founder, tutoiement, no accents.
add({
    "kind": "rejection", "scenario": "fr_founder_oneliner", "lang": "fr",
    "company": "Moselle Ops", "contact": "max@moselleops.example.lu",
    "frm": ("Maxime Thill", "max@moselleops.example.lu"),
    "subject": "Re: candidature DevOps",
    "date": "2026-06-02 22:14 +0200",
    "cte": "8bit",
    "irt": "<CAF7pLk0q1@mail.gmail.com>",
    "text": """Salut Lukas, on part sur un autre profil pour le poste, desole. Bonne continuation !
Max - Moselle Ops

Le lun. 25 mai 2026 à 09:02, Lukas Brandstätter-Osei <lukas.bo@example.at> a écrit :
> Bonjour Maxime,
> suite à notre échange au meetup, voici mon CV pour le poste DevOps.
> Bonne journée,
> Lukas
""",
})

# 14 -- Spanish, Berlin start-up via Ashby, tuteo, Reply-To the recruiter.
add({
    "kind": "rejection", "scenario": "es_ashby_startup", "header_b": True, "lang": "es",
    "company": "Nubeforma", "contact": "lucia.ortega@nubeforma.example.de",
    "frm": ("Nubeforma", "no-reply@ashbyhq.com"),
    "reply_to": ("Lucía Ortega", "lucia.ortega@nubeforma.example.de"),
    "subject": "Tu candidatura en Nubeforma",
    "date": "2026-06-18 12:40 +0200",
    "text": """Hola Lukas:

Gracias por tu tiempo y por la conversación del martes con Iker. Nos gustó mucho conocerte.

Después de pensarlo bastante, hemos decidido seguir adelante con otros perfiles que tienen más experiencia con Terraform a gran escala, que es justo lo que el equipo necesita ahora mismo. Sabemos que no es la noticia que esperabas.

Si quieres que te cuente con más detalle el feedback del equipo, respóndeme a este correo y lo hablamos.

¡Mucha suerte!
Lucía

Lucía Ortega
People & Talent · Nubeforma
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#111">
<p>Hola Lukas:</p>
<p>Gracias por tu tiempo y por la conversación del martes con Iker. Nos gustó mucho conocerte.</p>
<p>Después de pensarlo bastante, hemos decidido seguir adelante con otros perfiles que tienen más experiencia con Terraform a gran escala, que es justo lo que el equipo necesita ahora mismo. Sabemos que no es la noticia que esperabas.</p>
<p>Si quieres que te cuente con más detalle el feedback del equipo, respóndeme a este correo y lo hablamos.</p>
<p>¡Mucha suerte!<br>Lucía</p>
<p style="color:#666;font-size:12px">Lucía Ortega<br>People &amp; Talent · Nubeforma<br>Nubeforma GmbH · Skalitzer Str. 85 · 10997 Berlin</p>
<p style="color:#aaa;font-size:11px">Sent with <a href="https://www.ashbyhq.com/?utm_source=email" style="color:#aaa">Ashby</a></p>
</div>
""",
})

# 15 -- Spanish consultancy, usted, role mailbox that says not to reply.
add({
    "kind": "rejection", "scenario": "es_consultora_no_responder", "lang": "es",
    "company": "Grupo Atalaya Consultores", "contact": "",
    "frm": ("Grupo Atalaya - Selección", "empleo@grupoatalaya.example.com"),
    "subject": "Proceso de selección ref. AMS-CLD-07",
    "date": "2026-07-09 09:03 +0200",
    "charset": "iso-8859-1",
    "cte": "8bit",
    "text": """Estimado Sr. Brandstätter-Osei:

Le agradecemos el interés mostrado en el puesto de Técnico de Operaciones Cloud (ref. AMS-CLD-07) para nuestro centro de Ámsterdam.

Lamentamos comunicarle que, una vez evaluadas todas las candidaturas recibidas, su perfil no ha sido seleccionado para continuar en el proceso. Esta decisión no supone una valoración negativa de su trayectoria profesional.

Sus datos se conservarán en nuestra base de datos durante un año, salvo que nos indique lo contrario a través de nuestro portal de candidatos.

Atentamente,

Departamento de Selección
Grupo Atalaya Consultores, S.L.
Paseo de la Castellana 141, 28046 Madrid

Por favor, no responda a este correo: esta dirección no se atiende.
""",
})

# 16 -- Hospital group, HTML only, rexx-style portal notice with pixel.
add({
    "kind": "rejection", "scenario": "hospital_portal_notice", "header_b": True, "lang": "de",
    "company": "Krankenhausverbund Südost", "contact": "",
    "frm": ("Krankenhausverbund Südost – Karriere", "noreply@khv-suedost.example.at"),
    "subject": "Ihre Bewerbung: Teamleitung Service Desk (Kennung 2026-0114)",
    "date": "2026-03-12 07:58 +0100",
    "html": """<html><head><style>td{font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222}</style></head>
<body>
<table width="600" border="0" cellspacing="0" cellpadding="8">
<tr><td><img src="https://karriere.khv-suedost.example.at/img/khv-logo.gif" alt="KHV Südost" width="180" height="48"></td></tr>
<tr><td>
Sehr geehrter Herr Brandstätter-Osei,<br><br>
wir bedanken uns für Ihre Bewerbung als <b>Teamleitung Service Desk</b> in der Abteilung Informations- und Kommunikationstechnologie.<br><br>
Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Die Entscheidung ist zugunsten einer Bewerberin gefallen, die über langjährige Erfahrung mit klinischen Informationssystemen verfügt.<br><br>
Wir danken Ihnen für Ihr Interesse an unserem Haus und wünschen Ihnen alles Gute.<br><br>
Mit freundlichen Grüßen<br>
Personalmanagement<br>
Krankenhausverbund Südost
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ccc">
Krankenhausverbund Südost GmbH, Auenbruggerplatz 40, 8036 Graz · FN 178342 s<br>
Dies ist eine automatisch erstellte Nachricht. Antworten auf diese E-Mail können nicht bearbeitet werden.<br>
<a href="https://karriere.khv-suedost.example.at/datenschutz">Datenschutzhinweise für Bewerber:innen</a>
</td></tr></table>
""" + pixel("https://karriere.khv-suedost.example.at/t.gif?m=2026-0114-77") + """
</body></html>
""",
})

# 17 -- University, formal Austrian letter, ISO-8859-1, B-encoded subject.
add({
    "kind": "rejection", "scenario": "university_kennzahl", "lang": "de",
    "company": "Universität für Angewandte Informatik Linz", "contact": "irene.huber@uai-linz.example.at",
    "frm": ("Huber Irene, Mag.", "irene.huber@uai-linz.example.at"),
    "subject": "Ihre Bewerbung – Kennzahl 2026/IT-14",
    "date": "2026-05-20 11:12 +0200",
    "charset": "iso-8859-1",
    "header_charset": "utf-8",
    "header_b": True,
    "text": """Sehr geehrter Herr Brandstätter-Osei!

Wir bedanken uns für Ihre Bewerbung um die Stelle einer/eines IT-Systemadministratorin/IT-Systemadministrators (Kennzahl 2026/IT-14) an der Universität für Angewandte Informatik Linz.

Die Auswahlkommission hat sich nach Prüfung aller eingelangten Bewerbungen für andere Bewerberinnen und Bewerber entschieden. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Bewerbungsunterlagen werden gemäß unseren Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Für Ihre weitere berufliche Laufbahn wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen

Mag. Irene Huber
Personalabteilung - Allgemeines Personal
Universität für Angewandte Informatik Linz
Altenberger Straße 71, 4040 Linz
Tel.: +43 732 2468-1192
""",
})

# 18 -- Public IT service: the post will not be filled at all.
add({
    "kind": "rejection", "scenario": "public_post_not_filled", "lang": "de",
    "company": "Digitalservice Land Steiermark", "contact": "",
    "frm": ("Digitalservice Land Steiermark", "bewerbung-noreply@digitalservice-stmk.example.at"),
    "subject": "Ausschreibung DS-2026-03 Cloud-Betrieb: Information",
    "date": "2026-04-14 08:30 +0200",
    "cte": "8bit",
    "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir danken Ihnen für Ihre Bewerbung auf die Ausschreibung DS-2026-03 „Referentin/Referent Cloud-Betrieb“.

Aufgrund einer geänderten Budgetplanung wird die ausgeschriebene Planstelle im Jahr 2026 nicht besetzt. Das Auswahlverfahren wird daher ohne Besetzung beendet. Eine neuerliche Ausschreibung ist derzeit nicht vorgesehen.

Ihre Bewerbung kann aus diesem Grund nicht weiter berücksichtigt werden. Wir bedanken uns für Ihr Interesse am Landesdienst.

Digitalservice Land Steiermark
Abteilung Personal und Organisation
Landhausgasse 7, 8010 Graz

Diese Nachricht wurde automatisch versandt. Bitte antworten Sie nicht auf diese E-Mail-Adresse.
""",
})

# 19 -- softgarden, insurer, HTML only.
add({
    "kind": "rejection", "scenario": "softgarden_insurer", "header_b": True, "lang": "de",
    "company": "Schlossberg Versicherung", "contact": "",
    "frm": ("Schlossberg Versicherung", "noreply@softgarden.io"),
    "subject": "Ihre Bewerbung als IT Operations Lead (m/w/d)",
    "date": "2026-06-05 15:20 +0200",
    "html": """<html><body style="margin:0;background:#ececec">
<table width="100%" bgcolor="#ececec" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#303030">
<tr><td style="padding:22px 30px;background:#7a1f2b"><img src="https://static.softgarden.io/assets/schlossberg/logo_white.png" alt="SCHLOSSBERG VERSICHERUNG" width="210"></td></tr>
<tr><td style="padding:30px;line-height:21px">
Sehr geehrter Herr Brandstätter-Osei,<br><br>
nochmals vielen Dank für Ihre Bewerbung und das Interesse an der Schlossberg Versicherung.<br><br>
Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen heute leider mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.<br><br>
Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Person oder Qualifikation. Wir würden uns freuen, wenn Sie unsere <a href="https://schlossberg.softgarden.io/de/vacancies?utm_source=absage&amp;utm_medium=email">Stellenangebote</a> weiter verfolgen.<br><br>
Freundliche Grüße<br>
Ihr Recruiting-Team der Schlossberg Versicherung
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#8c8c8c;background:#f6f6f6">
Schlossberg Versicherung AG · Sporgasse 2 · 8010 Graz · FN 45871 d · Vorstand: Mag. Ulrike Haidl (Vorsitz), DI Georg Prenner<br>
Sie erhalten diese E-Mail im Rahmen Ihres Bewerbungsverfahrens. <a href="https://schlossberg.softgarden.io/de/privacy" style="color:#8c8c8c">Datenschutz</a>
</td></tr></table></td></tr></table>
""" + pixel("https://app.softgarden.io/mail/open/9f2a1c44e0") + """
</body></html>
""",
})

# 20 -- Personio, Berlin start-up, du-form, Reply-To a jobs mailbox that a person reads.
add({
    "kind": "rejection", "scenario": "personio_du_startup", "header_b": True, "lang": "de",
    "company": "Kiezcloud", "contact": "jobs@kiezcloud.example.de",
    "frm": ("Kiezcloud", "no-reply@personio.de"),
    "reply_to": ("Kiezcloud Jobs", "jobs@kiezcloud.example.de"),
    "subject": "Deine Bewerbung bei Kiezcloud",
    "date": "2026-03-09 17:33 +0100",
    "text": """Hey Lukas,

danke dir für deine Bewerbung als Platform Engineer und für das nette Kennenlernen letzte Woche!

Wir haben lange hin und her überlegt, uns am Ende aber für jemanden entschieden, der schon länger mit unserem Stack (Nomad, Consul, Go) arbeitet. Ehrlich gesagt war's knapp.

Wenn du Lust hast, bleib gern in Kontakt – schreib einfach an jobs@kiezcloud.example.de, das landet direkt bei Jana und mir.

Viele Grüße aus Kreuzberg
Timo von Kiezcloud
""",
    "html": """<div style="font-family:system-ui,Arial,sans-serif;font-size:15px;color:#202020;line-height:1.5">
<p>Hey Lukas,</p>
<p>danke dir für deine Bewerbung als Platform Engineer und für das nette Kennenlernen letzte Woche!</p>
<p>Wir haben lange hin und her überlegt, uns am Ende aber für jemanden entschieden, der schon länger mit unserem Stack (Nomad, Consul, Go) arbeitet. Ehrlich gesagt war's knapp.</p>
<p>Wenn du Lust hast, bleib gern in Kontakt – schreib einfach an <a href="mailto:jobs@kiezcloud.example.de">jobs@kiezcloud.example.de</a>, das landet direkt bei Jana und mir.</p>
<p>Viele Grüße aus Kreuzberg<br>Timo von Kiezcloud</p>
<p style="font-size:11px;color:#999">Kiezcloud GmbH · Oranienstraße 183 · 10999 Berlin · Diese E-Mail wurde über Personio versendet.</p>
</div>
""",
})

# 21 -- BambooHR, two lines.
add({
    "kind": "rejection", "scenario": "bamboohr_two_lines", "lang": "en",
    "company": "Canal Street Payments", "contact": "",
    "frm": ("Canal Street Payments Hiring", "notifications@app.bamboohr.com"),
    "subject": "Application status",
    "date": "2026-01-29 13:09 +0100",
    "cte": "7bit",
    "text": """Hi Lukas, thanks for applying to the IT Systems Engineer position. We've reviewed your application and won't be moving forward.

Canal Street Payments
""",
})

# 22 -- iCIMS, manufacturer, HTML only, legalese.
add({
    "kind": "rejection", "scenario": "icims_manufacturer", "lang": "en",
    "company": "Wendelstein Instruments", "contact": "",
    "frm": ("Wendelstein Instruments Careers", "wendelstein-careers@talent.icims.com"),
    "subject": "Regarding your application: Cloud Infrastructure Engineer (Req 2026-3317)",
    "date": "2026-04-28 19:55 +0200",
    "html": """<html><body>
<table cellpadding="0" cellspacing="0" width="100%" style="font-family:'Segoe UI',Arial,sans-serif">
<tr><td style="padding:12px 0 18px 0"><img alt="Wendelstein Instruments" src="https://careers-wendelstein.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=118&amp;hashed=-1622" width="200"></td></tr>
<tr><td style="font-size:14px;color:#222;line-height:20px">
<p>Dear Lukas,</p>
<p>Thank you for your interest in the Cloud Infrastructure Engineer position at our Munich headquarters. We appreciate the time and effort you have put into your application.</p>
<p>After careful review, we regret to inform you that we will be pursuing other candidates whose qualifications better meet the needs of the position at this time.</p>
<p>Your profile will remain in our database, and you may be contacted should a suitable vacancy arise. You can update your profile and job alerts at any time in our <a href="https://careers-wendelstein.icims.com/jobs/login?redirect=1&amp;utm_campaign=reject">career portal</a>.</p>
<p>Sincerely,<br>Global Talent Acquisition<br>Wendelstein Instruments</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding-top:20px">
Wendelstein Instruments GmbH, Rosenheimer Straße 145, 81671 München. Registered at Amtsgericht München, HRB 98123. Managing Directors: Dr. Peter Sailer, Karin Obermüller.<br>
Wendelstein Instruments is an equal opportunity employer. This message was sent via iCIMS; please do not reply.
</td></tr></table>
""" + pixel("https://careers-wendelstein.icims.com/track/pixel?e=77a19") + """
</body></html>
""",
})

# 23 -- Taleo, Austrian bank, HTML only, base64, brand shortened in domain.
add({
    "kind": "rejection", "scenario": "taleo_bank", "lang": "de",
    "company": "Alpenländische Kreditbank", "contact": "",
    "frm": ("AKB Recruiting", "akb-recruiting@taleo.net"),
    "subject": "Absage – Ihre Bewerbung als Senior IT Support Engineer",
    "date": "2026-02-03 09:40 +0100",
    "cte": "base64",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,'Times New Roman',serif;font-size:14px;color:#1a1a1a">
<table width="620" cellspacing="0" cellpadding="0" border="0">
<tr><td style="padding-bottom:16px"><img src="https://akb.taleo.net/careersection/theme/akb/logo.png" alt="Alpenländische Kreditbank" width="230"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Brandstätter-Osei,</p>
<p>herzlichen Dank für Ihre Bewerbung als <i>Senior IT Support Engineer</i> bei der Alpenländischen Kreditbank.</p>
<p>Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung in diesem Auswahlverfahren nicht weiter berücksichtigen können.</p>
<p>Wir bedanken uns für Ihr Interesse und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting Team<br>Alpenländische Kreditbank</p>
<p style="font-size:10px;color:#666">Alpenländische Kreditbank AG · Herrengasse 16 · 8010 Graz · FN 33441 x · DVR 0012890<br>
Bitte beachten Sie, dass dieses Postfach nicht betreut wird.</p>
</td></tr></table></body></html>
""",
})

# 24 -- Workable, Berlin robotics, plain text with a link list.
add({
    "kind": "rejection", "scenario": "workable_robotics", "lang": "en",
    "company": "Tempelhof Robotics", "contact": "",
    "frm": ("Tempelhof Robotics", "noreply@candidates.workablemail.com"),
    "subject": "Tempelhof Robotics – IT Operations Lead",
    "date": "2026-07-21 10:45 +0200",
    "text": """Hello Lukas,

Thank you for your application for the IT Operations Lead role at Tempelhof Robotics.

We've now had a chance to review it and, unfortunately, we've decided not to move forward with your application. We received over 300 applications for this role and had to make some tough decisions.

We wish you the very best in your search.

The Tempelhof Robotics Team
https://apply.workable.com/tempelhof-robotics/

---
Powered by Workable. Tempelhof Robotics GmbH, Columbiadamm 10, 12101 Berlin.
""",
})

# 25 -- iPhone reply from a hiring manager after the interview, English, thread.
add({
    "kind": "rejection", "scenario": "iphone_after_interview", "lang": "en",
    "company": "Limmat Re", "contact": "thomas.brunner@limmat-re.example.ch",
    "frm": ("Thomas Brunner", "thomas.brunner@limmat-re.example.ch"),
    "subject": "Re: Thank you",
    "date": "2026-09-03 07:21 +0200",
    "cte": "7bit",
    "irt": "<F1E3A2C7-8B4D-4C2A-9E1F-lukas@example.at>",
    "text": """Lukas - appreciate the note. Honest answer: we went with another candidate for the SRE lead at Limmat Re, someone with deeper reinsurance domain experience. Sorry it's not better news. Stay in touch.

Thomas

Sent from my iPhone

> On 1 Sep 2026, at 21:40, Lukas Brandstatter-Osei <lukas.bo@example.at> wrote:
>
> Dear Thomas,
> thank you again for the interview on Friday and for showing me the NOC.
> I'm very excited about the role and look forward to hearing about the next steps.
> Best regards, Lukas
""",
})

# 26 -- Basel pharma, Swiss German, after interview, windows-1252, disclaimer.
add({
    "kind": "rejection", "scenario": "basel_after_interview", "header_b": True, "html_style": "outlook", "boundary_style": "outlook", "lang": "de",
    "company": "Rheinknie Pharma", "contact": "nadja.imhof@rheinknie.example.ch",
    "frm": ("Imhof Nadja (HR)", "nadja.imhof@rheinknie.example.ch"),
    "subject": "Ihr Vorstellungsgespräch vom 12. Mai",
    "date": "2026-05-19 16:04 +0200",
    "charset": "windows-1252",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Brandstätter-Osei

Nochmals herzlichen Dank für das interessante Gespräch vom 12. Mai mit Herrn Dr. Gasser und mir.

Wir haben uns nach reiflicher Überlegung entschieden, die Stelle als Teamleiter Cloud Operations mit einer Person zu besetzen, die bereits Erfahrung in einem GxP-regulierten Umfeld mitbringt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Unterlagen senden wir Ihnen nicht zurück, sie werden gemäss unseren Richtlinien vernichtet.

Wir wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse

Nadja Imhof
HR Business Partner IT

Rheinknie Pharma AG
Klybeckstrasse 141 · 4057 Basel
+41 61 555 17 30

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
})

# 27 -- All-caps consultancy brand, Geschäftsführer footer.
add({
    "kind": "rejection", "scenario": "consultancy_caps_brand", "lang": "de",
    "company": "CONTINUA IT-Services", "contact": "bewerbung@continua-it.example.de",
    "frm": ("CONTINUA Bewerbermanagement", "bewerbung@continua-it.example.de"),
    "subject": "Absage: Cloud Engineer (m/w/d) Standort München",
    "date": "2026-08-11 12:02 +0200",
    "cte": "8bit",
    "text": """Guten Tag Herr Brandstätter-Osei,

vielen Dank für Ihr Interesse an CONTINUA und Ihre Bewerbung als Cloud Engineer (m/w/d) an unserem Standort München.

Leider können wir Ihnen keine Zusage geben. Für die ausgeschriebene Position suchen wir Kolleg:innen mit mehrjähriger Projekterfahrung in der Beratung von Kunden aus dem Automotive-Umfeld; diese Erfahrung bringen Sie (noch) nicht mit.

Bei Fragen zu dieser Entscheidung erreichen Sie uns jederzeit unter dieser Adresse – wir antworten persönlich.

Freundliche Grüße
Katrin Oswald
Bewerbermanagement

CONTINUA IT-Services GmbH
Leopoldstraße 244, 80807 München
Geschäftsführer: Ralf Brückner, Dr. Sibylle Tann
Sitz der Gesellschaft: München, Registergericht: Amtsgericht München, HRB 188 203
""",
})

# 28 -- Luxembourg fund services, English, position filled, legal footer.
add({
    "kind": "rejection", "scenario": "lux_fund_services_filled", "lang": "en",
    "company": "Kirchberg Fund Services", "contact": "recruitment@kfs.example.lu",
    "frm": ("KFS Recruitment", "recruitment@kfs.example.lu"),
    "subject": "IT Service Delivery Manager - vacancy 26/041",
    "date": "2026-06-25 14:37 +0200",
    "cte": "7bit",
    "text": """Dear Mr Brandstatter-Osei,

Thank you for your application for the position of IT Service Delivery Manager (vacancy 26/041).

We would like to inform you that the position has now been filled. We will therefore not be able to consider your application further.

Should you have any questions, please do not hesitate to contact us by replying to this email.

Kind regards,

Recruitment Team
Kirchberg Fund Services

Kirchberg Fund Services S.a r.l. | 6, avenue John F. Kennedy | L-1855 Luxembourg
R.C.S. Luxembourg B 212.448
""",
})

# 29 -- Exclamation-heavy Viennese agency, names the client.
add({
    "kind": "rejection", "scenario": "agency_exclaim_named_client", "lang": "de",
    "company": "Donaukanal Software", "contact": "kevin.mayr@jobrocket.example.at",
    "frm": ("Kevin Mayr | JobRocket", "kevin.mayr@jobrocket.example.at"),
    "subject": "Feedback Donaukanal Software!!",
    "date": "2026-07-30 16:59 +0200",
    "cte": "8bit",
    "text": """Hallo Lukas!!

Kurzes Update von mir: LEIDER hat es diesmal bei Donaukanal Software nicht geklappt :-( Die haben sich für einen Kandidaten mit mehr Azure-Erfahrung entschieden. Echt schade, ich war mir sicher, dass das passt!!!

Aber Kopf hoch – ich hab schon die nächsten spannenden Projekte in der Pipeline und melde mich SOFORT, wenn was Passendes dabei ist!!

Beste Grüße
Kevin

Kevin Mayr | Senior Recruiter IT
JobRocket Personalservice GmbH | Mariahilfer Straße 88a | 1070 Wien
M +43 676 441 20 90 | kevin.mayr@jobrocket.example.at
Folge uns auf LinkedIn & Instagram: @jobrocket.at
""",
})

# 30 -- Subject says nothing: "Update".
add({
    "kind": "rejection", "scenario": "subject_update_insurer", "lang": "de",
    "company": "Isartal Versicherungsgruppe", "contact": "c.lechner@isartal-vg.example.de",
    "frm": ("Lechner, Claudia", "c.lechner@isartal-vg.example.de"),
    "subject": "Update",
    "date": "2026-09-15 11:48 +0200",
    "charset": "iso-8859-1",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

ich hatte Ihnen ein Update bis Mitte September versprochen. Wir haben die Auswahl für die Stelle "Teamleiter Cloud Services" inzwischen abgeschlossen und werden Ihre Bewerbung nicht weiter berücksichtigen.

Ich bedanke mich für Ihre Geduld und Ihr Interesse an der Isartal Versicherungsgruppe.

Mit freundlichen Grüßen
Claudia Lechner
Personalreferentin

Isartal Versicherungsgruppe
Isartalstraße 44 | 81379 München
Tel. 089 7410 2235
""",
})

# 31 -- "Re: your application", Gmail chain: the quoted question mentions interviews.
add({
    "kind": "rejection", "scenario": "gmail_chain_filled", "lang": "en",
    "company": "Amstel Data Works", "contact": "ruben@amsteldataworks.example.nl",
    "frm": ("Ruben Jansen", "ruben@amsteldataworks.example.nl"),
    "subject": "Re: your application",
    "date": "2026-10-06 20:11 +0200",
    "cte": "7bit",
    "irt": "<CAN8kM2+wQ7@mail.gmail.com>",
    "refs": ["<CAN5xY0Lp3@mail.gmail.com>", "<CAN8kM2+wQ7@mail.gmail.com>"],
    "text": """Hi Lukas,

Sorry for the slow reply, it's been a hectic month. We ended up filling the Cloud Support Lead role with someone from our own NOC team, so there won't be further interviews for it. I'm sorry you had to chase us for this.

Best of luck with the search,
Ruben

Ruben Jansen
Engineering Manager, Amstel Data Works

On Mon, Oct 5, 2026 at 9:12 AM Lukas Brandstatter-Osei <lukas.bo@example.at> wrote:

> Hi Ruben,
>
> I hope you're well. I wanted to follow up on my application from August for
> the Cloud Support Lead role. Are you still planning to invite candidates for
> a second interview? I'd be happy to travel to Amsterdam at short notice.
>
> Best,
> Lukas
>
> On Tue, Aug 18, 2026 at 4:30 PM Ruben Jansen <ruben@amsteldataworks.example.nl> wrote:
>
>> Thanks Lukas, got it. We'll be in touch about interviews soon.
>>
""",
})

assert len(MESSAGES) == 31, len(MESSAGES)
