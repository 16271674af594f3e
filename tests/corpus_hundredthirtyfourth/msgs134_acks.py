"""Application acknowledgements and offers, written one by one for the hundred-thirty-fourth
corpus."""

from __future__ import annotations

from msgs134_common import ats_html, outlook_html, pdf_lines, pixel, tracked

MESSAGES: list[dict] = []

# ============================================================================================
# Application received
# ============================================================================================

# 1 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "workday_thanks", "lang": "de",
    "company": "Steinberg Medical Devices", "contact": "",
    "sender": "Steinberg Medical Talent Acquisition <steinbergmed@myworkday.com>",
    "subject": "Vielen Dank für Ihre Bewerbung bei Steinberg Medical Devices",
    "date": "2026-01-26 22:17 +0100",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p style="margin:0 0 14px 0">Guten Tag Tobias Lindqvist-Amato,</p>
<p style="margin:0 0 14px 0">vielen Dank für Ihre Bewerbung auf die Position <b>Clinical Application Specialist (m/w/d) – Frankfurt am Main</b> (R-0041187). Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p style="margin:0 0 14px 0">Unser Recruiting-Team prüft nun Ihr Profil gemeinsam mit der Fachabteilung. Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://steinbergmed.wd3.myworkday.com/SteinbergCareers/userHome" style="color:#00558c">Kandidatenprofil</a> einsehen.</p>
<p style="margin:0">Mit freundlichen Grüßen<br>Talent Acquisition<br>Steinberg Medical Devices</p>""",
        logo_src="https://steinbergmed.wd3.myworkday.com/wday/cxs/steinbergmed/logo/steinberg_logo_header.png",
        logo_alt="Steinberg Medical Devices", accent="#00558c",
        footer="""Steinberg Medical Devices GmbH · Mainzer Landstraße 201 · 60326 Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 99812<br>
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen."""),
    "headers": {"X-Mailer": "Workday Notification Service", "Auto-Submitted": "auto-generated"},
})

# 2 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "four_weeks_silence_means_no", "lang": "de",
    "company": "Kessler & Vogt Medizintechnik", "contact": "",
    "sender": "Kessler & Vogt Medizintechnik GmbH <noreply@softgarden.io>",
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-04-30 07:12 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Sehr geehrter Herr Lindqvist-Amato,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Medizinprodukteberater Chirurgie (m/w/d), Region Köln/Bonn</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir sichten alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. <b>Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.</b></p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam<br>Kessler &amp; Vogt Medizintechnik</p>""",
        logo_src="https://kessler-vogt.softgarden.io/assets/logo/kv_medizintechnik.png",
        logo_alt="Kessler &amp; Vogt Medizintechnik", accent="#c8102e",
        footer="""Kessler &amp; Vogt Medizintechnik GmbH · Am Wassermann 28 · 50829 Köln · HRB 61190<br>
Diese E-Mail wurde über softgarden versendet. <a href="https://kessler-vogt.softgarden.io/de/privacy" style="color:#7a7f85">Datenschutz</a>""",
        tail=pixel("https://tracking.softgarden.io/o/2b8d11f0a4.gif")),
})

# 3 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "cannot_answer_everyone", "lang": "de",
    "company": "Klinikverbund Mittelrhein", "contact": "",
    "sender": "Bewerbermanagement Klinikverbund Mittelrhein <bewerbung-noreply@klinikverbund-mittelrhein.example.de>",
    "subject": "Ihre Bewerbung ist eingegangen (Stellen-ID 4471)",
    "date": "2026-07-27 06:40 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle "Medizinprodukte-Koordinator/in (m/w/d)" (Stellen-ID 4471).

Aufgrund der großen Zahl an Bewerbungen ist es uns leider nicht möglich, jeder Bewerberin und jedem Bewerber individuell zu antworten oder telefonische Auskünfte zum Stand des Verfahrens zu geben. Wir melden uns bei Ihnen, sobald die Vorauswahl abgeschlossen ist.

Bitte sehen Sie von Rückfragen an diese Adresse ab.

Ihr Bewerbermanagement
Klinikverbund Mittelrhein gGmbH
""",
})

# 4 ------------------------------------------------------------------------------------------
_jr = "https://click.jobrhein.example.de/ls/click?u="
MESSAGES.append({
    "kind": "application_received", "name": "job_board_forwarded_to_employer", "lang": "de",
    "company": "Rheinmed Orthopädietechnik", "contact": "",
    "sender": "JobRhein <bewerbung@mail.jobrhein.example.de>",
    "subject": "Ihre Bewerbung wurde an Rheinmed Orthopädietechnik GmbH übermittelt",
    "date": "2026-02-03 20:51 +0100",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<p style="font-size:20px;margin:0 0 12px 0"><b>Bewerbung erfolgreich versendet ✔</b></p>
<p>Hallo Tobias,</p>
<p>Ihre Bewerbung auf die Stelle <b>Produktspezialist Orthetik (m/w/d)</b> wurde soeben an <b>Rheinmed Orthopädietechnik GmbH</b> in Köln übermittelt.</p>
<p>Wie geht es weiter? Das Unternehmen meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen finden Sie jederzeit unter {tracked("https://www.jobrhein.example.de/meine-bewerbungen", "Meine Bewerbungen", _jr)}.</p>
<p>Ähnliche Jobs, die Sie interessieren könnten:</p>
<ul>
<li>{tracked("https://www.jobrhein.example.de/job/88213", "Orthopädietechniker/in Versorgung – Leverkusen", _jr)}</li>
<li>{tracked("https://www.jobrhein.example.de/job/88107", "Medizinprodukteberater Hilfsmittel – Bonn", _jr)}</li>
</ul>
<p>Viel Erfolg wünscht Ihnen<br>Ihr JobRhein-Team</p>""",
        logo_src="https://static.jobrhein.example.de/mail/logo-jobrhein.png", logo_alt="JobRhein – Jobs im Rheinland",
        accent="#f39200",
        footer=f"""JobRhein GmbH · Deutz-Kalker Straße 46 · 50679 Köln · Geschäftsführer: Timo Brück · HRB 88120<br>
{tracked("https://www.jobrhein.example.de/einstellungen/benachrichtigungen", "E-Mail-Einstellungen", _jr, "color:#7a7f85")} · {tracked("https://www.jobrhein.example.de/impressum", "Impressum", _jr, "color:#7a7f85")}""",
        tail=pixel("https://click.jobrhein.example.de/o/1x1.gif?m=22a7f")),
    "headers": {"List-Unsubscribe": "<https://www.jobrhein.example.de/abmelden?t=22a7f>"},
})

# 5 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "swiss_eingangsbestaetigung", "lang": "de",
    "company": "Helvexa Healthcare", "contact": "",
    "sender": "Helvexa Careers <noreply@successfactors.eu>",
    "subject": "Eingangsbestätigung – Clinical Specialist Neuro-Rehabilitation",
    "date": "2026-03-16 12:09 +0100",
    "charset": "utf-8", "cte": "b64",
    "text": """Grüezi Herr Lindqvist-Amato

Besten Dank für Ihre Bewerbung als Clinical Specialist Neuro-Rehabilitation (Basel). Ihr Dossier ist bei uns eingetroffen.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innert drei Wochen bei Ihnen.

Freundliche Grüsse
Helvexa Healthcare AG
Human Resources

Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.
""",
})

# 6 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "vienna_personio_du", "lang": "de",
    "company": "Vital Motion Systems", "contact": "",
    "sender": "Vital Motion Systems GmbH <noreply@personio.de>",
    "subject": "Danke für deine Bewerbung!",
    "date": "2026-01-09 15:33 +0100",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hallo Tobias,</p>
<p>danke für deine Bewerbung als <b>Applikationsspezialist Ganganalyse (m/w/d)</b> – schön, dass du dich für Vital Motion interessierst!</p>
<p>Wir schauen uns deine Unterlagen in den nächsten Tagen genau an und melden uns dann bei dir. Bis dahin: Lehn dich zurück und schau dir gern unsere <a href="https://www.vitalmotion.example.at/team" style="color:#0a7f6f">Team-Seite</a> an.</p>
<p>Liebe Grüße aus Wien<br>dein Vital Motion Team</p>""",
        logo_src="https://vitalmotion.jobs.personio.de/company-logo/vms.png", logo_alt="Vital Motion Systems",
        accent="#0a7f6f",
        footer="Vital Motion Systems GmbH · Leopoldauer Straße 112, 1210 Wien · Diese E-Mail wurde über Personio versendet."),
})

# 7 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "hr_person_forwarding_to_department", "lang": "de",
    "company": "Sanaris Kliniken", "contact": "m.ostermann@sanaris-kliniken.example.de",
    "sender": "\"Ostermann, Miriam\" <m.ostermann@sanaris-kliniken.example.de>",
    "subject": "AW: Bewerbung als Medizinprodukteberater/in – Tobias Lindqvist-Amato",
    "date": "2026-02-26 10:02 +0100",
    "charset": "iso-8859-1", "cte": "qp",
    "irt": "<3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b@example.de>",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

vielen Dank für Ihre Bewerbung, die bei mir angekommen ist. Ich habe Ihre Unterlagen an die Stabsstelle Medizintechnik weitergeleitet und melde mich nach Rücksprache mit Herrn Dr. Wehling spätestens Mitte März bei Ihnen.

Mit freundlichen Grüßen

Miriam Ostermann
Personalreferentin
Sanaris Kliniken GmbH
Ostmerheimer Straße 200 | 51109 Köln
Tel. +49 221 555 9102
""",
})

# 8 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "zeitarbeit_pool_exclamations", "lang": "de",
    "company": "PersonalPlus Zeitarbeit", "contact": "",
    "sender": "PersonalPlus Zeitarbeit <bewerbung-noreply@personalplus.example.de>",
    "subject": "Willkommen bei PersonalPlus! Ihre Bewerbung ist da!",
    "date": "2026-01-19 09:58 +0100",
    "charset": "windows-1252", "cte": "qp",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;background:#fff7e6">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#333;background:#ffffff">
<tr><td style="background:#ff7a00;padding:16px 24px"><img src="https://www.personalplus.example.de/mail/pp_logo_weiss.png" alt="PersonalPlus – Ihr Partner für Arbeit" height="42"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px;color:#ff7a00;margin:0 0 14px 0">Vielen Dank für Ihre Bewerbung!</h1>
<p>Hallo Herr Lindqvist-Amato,</p>
<p>schön, dass Sie sich für PersonalPlus entschieden haben! Ihre Bewerbung ist bei uns eingegangen und Ihr Profil ist jetzt in unserem Bewerberpool.</p>
<p>Eine/r unserer Disponent/innen aus der Niederlassung Düsseldorf meldet sich in den nächsten Tagen telefonisch bei Ihnen – halten Sie Ihr Handy bereit!</p>
<p><b>Tipp:</b> Laden Sie schon jetzt Ihre Zeugnisse hoch – das beschleunigt alles!</p>
<p style="text-align:center"><a href="https://portal.personalplus.example.de/upload?c=5521" style="background:#ff7a00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Jetzt Unterlagen hochladen</a></p>
<p>Bis bald!<br>Ihr PersonalPlus-Team</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:10px;color:#999;border-top:1px solid #eee">PersonalPlus Zeitarbeit GmbH • Graf-Adolf-Straße 71 • 40210 Düsseldorf • Geschäftsführer: Ralf Hübner • AG Düsseldorf HRB 90314<br>
Dies ist eine automatisch erzeugte Nachricht – bitte nicht antworten.</td></tr>
</table></body></html>
""",
})

# 9 ------------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "university_receipt_kennziffer", "lang": "de",
    "company": "Technische Hochschule Köln-Deutz", "contact": "",
    "sender": "Bewerbungsportal TH Köln-Deutz <bewerbungsportal-noreply@th-koeln-deutz.example.de>",
    "subject": "Eingangsbestätigung – Kennziffer 2026-087",
    "date": "2026-05-11 14:26 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Lindqvist-Amato,

hiermit bestätigen wir den Eingang Ihrer Bewerbung zur Ausschreibung Kennziffer 2026-087 ("Wissenschaftliche/r Mitarbeiter/in, Projekt RehaSens").

Das Auswahlverfahren beginnt nach Ablauf der Bewerbungsfrist am 22.05.2026. Über den weiteren Verlauf werden Sie schriftlich informiert.

Diese Nachricht wurde automatisch erzeugt.

Technische Hochschule Köln-Deutz
Dezernat 4 - Personal
""",
})

# 10 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "swiss_job_platform_relay", "lang": "de",
    "company": "Medaxis Schweiz", "contact": "",
    "sender": "swissmedjobs <noreply@swissmedjobs.example.ch>",
    "subject": "Ihre Bewerbung bei Medaxis Schweiz AG wurde versendet",
    "date": "2026-06-22 21:35 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Grüezi Tobias</p>
<p>Ihre Bewerbung für die Stelle <b>Clinical Application Specialist Orthopädie (80–100 %)</b> wurde erfolgreich an <b>Medaxis Schweiz AG</b>, Basel, übermittelt.</p>
<p>Der Arbeitgeber hat Ihre Unterlagen erhalten und wird sich direkt bei Ihnen melden. Den Verlauf finden Sie in Ihrem swissmedjobs-Konto unter «Meine Bewerbungen».</p>
<p>Viel Erfolg!<br>Ihr swissmedjobs-Team</p>""",
        logo_src="https://www.swissmedjobs.example.ch/img/mail/logo.png", logo_alt="swissmedjobs",
        accent="#d52b1e", lang="de-CH",
        footer="""swissmedjobs AG · Steinenvorstadt 53 · 4051 Basel<br>
<a href="https://www.swissmedjobs.example.ch/konto/benachrichtigungen" style="color:#7a7f85">Benachrichtigungen verwalten</a> · <a href="https://www.swissmedjobs.example.ch/datenschutz" style="color:#7a7f85">Datenschutz</a>"""),
})

# 11 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "greenhouse_thank_you_for_applying", "lang": "en",
    "company": "NeuroStride", "contact": "",
    "sender": "NeuroStride Recruiting <no-reply@greenhouse-mail.io>",
    "subject": "Thank you for applying to NeuroStride",
    "date": "2026-05-29 02:14 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Hi Tobias,</p>
<p>Thanks for applying to NeuroStride! Your application for <b>Clinical Application Specialist, DACH (Frankfurt)</b> has been received.</p>
<p>Our team reviews every application carefully. If your background is a match, a recruiter will reach out to discuss next steps.</p>
<p>In the meantime, learn more about our <a href="https://www.neurostride.example.com/technology" style="color:#10a37f">closed-loop gait therapy</a>.</p>
<p>Best,<br>The NeuroStride Recruiting Team</p>""",
        logo_src="https://s3.amazonaws.com/grnhse-prod/logos/neurostride_logo_320.png",
        logo_alt="NeuroStride", accent="#10a37f", lang="en",
        footer="NeuroStride Technologies Inc. · Boston · Frankfurt · Powered by Greenhouse",
        tail=pixel("https://links.greenhouse-mail.io/wf/open?upn=YXBwbGllZA")),
})

# 12 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "lever_cannot_reply_individually", "lang": "en",
    "company": "Lumbaris Robotics", "contact": "",
    "sender": "Lumbaris Robotics <no-reply@hire.lever.co>",
    "subject": "We've received your application – Lumbaris Robotics",
    "date": "2026-02-16 19:44 +0100",
    "charset": "utf-8", "cte": "7bit",
    "text": """Hi Tobias,

Thank you for your interest in Lumbaris Robotics and for applying for the Clinical Specialist, Lower-Limb Exoskeletons role in Amsterdam.

We want to be honest with you: we receive a very large number of applications, and we cannot reply to every applicant individually. If your profile matches what we're looking for, someone from our talent team will contact you within three weeks.

Thanks again, and good luck!

Lumbaris Robotics Talent Team

--
Lumbaris Robotics B.V. | Kraanspoor 28 | Amsterdam
Sent via Lever. Please do not reply to this automated email.
""",
})

# 13 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "teamtailor_confirmation", "lang": "en",
    "company": "Kinetiq Health", "contact": "",
    "sender": "Kinetiq Health <noreply@teamtailor-mail.com>",
    "subject": "Thanks for applying, Tobias!",
    "date": "2026-02-28 11:17 +0100",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<p style="font-size:20px"><b>Hi Tobias 👋</b></p>
<p>We've got your application for <b>Implementation Specialist (Physio background)</b>. Thanks for thinking of us!</p>
<p>What happens next: our people team reads every application (yes, really) and we'll get back to you within two weeks, whatever the outcome.</p>
<p>Cheers,<br>Noor &amp; the Kinetiq people team</p>""",
        logo_src="https://d2yjs1yodf0.cloudfront.net/kinetiq/logo@2x.png", logo_alt="kinetiq health",
        accent="#ff5a5f", lang="en",
        footer="Kinetiq Health B.V. · Keizersgracht 555 · Amsterdam · Sent with Teamtailor"),
})

# 14 -----------------------------------------------------------------------------------------
_pl = "https://www.prolink.example.com/comm/redirect?url="
MESSAGES.append({
    "kind": "application_received", "name": "platform_sent_to_employer", "lang": "en",
    "company": "Orbis Surgical", "contact": "",
    "sender": "ProLink <jobs-noreply@prolink.example.com>",
    "subject": "Tobias, your application was sent to Orbis Surgical",
    "date": "2026-08-12 08:31 +0200",
    "structure": "alt", "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        f"""<p style="font-size:18px"><b>Your application was sent to Orbis Surgical</b></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px"><img src="https://media.prolink.example.com/company-logos/orbis-surgical-100.png" alt="Orbis Surgical logo" width="48" height="48"></td>
<td><b>Clinical Application Specialist – NRW &amp; Benelux</b><br>Orbis Surgical · Amsterdam (Hybrid)<br><span style="color:#777">Applied on 12 Aug 2026</span></td>
</tr></table>
<p>Now, take these steps to stand out:</p>
<ul><li>{tracked("https://www.prolink.example.com/in/me/edit", "Add your skills to your profile", _pl)}</li>
<li>{tracked("https://www.prolink.example.com/jobs/tracker", "Track your application", _pl)}</li></ul>""",
        logo_src="https://static.prolink.example.com/mail/prolink-logo.png", logo_alt="ProLink",
        accent="#0a66c2", lang="en",
        footer=f"""This email was intended for Tobias Lindqvist-Amato (Physiotherapist | moving into medical devices). {tracked("https://www.prolink.example.com/settings/email", "Unsubscribe", _pl, "color:#7a7f85")}<br>
ProLink Ireland Unlimited Company, Wilton Place, Dublin 2."""),
    "headers": {"List-Unsubscribe": "<https://www.prolink.example.com/settings/email?u=t1a>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
})

# 15 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "icims_four_weeks_unsuccessful", "lang": "en",
    "company": "Stryde Orthopaedics", "contact": "",
    "sender": "Stryde Orthopaedics Talent Acquisition <stryde-ortho@talent.icims.com>",
    "subject": "Application received: Product Specialist – Joint Reconstruction (Req 2026-3318)",
    "date": "2026-03-24 23:58 +0100",
    "charset": "utf-8", "cte": "qp",
    "text": """Dear Tobias,

Thank you for submitting your application for the Product Specialist – Joint Reconstruction (Cologne/Düsseldorf) position with Stryde Orthopaedics.

We have received your application and it is now being reviewed by our recruiting team. Due to the high volume of applications, we are unable to respond to each applicant personally. If you do not hear from us within 4 weeks, please consider your application unsuccessful on this occasion.

You can check the status of your application at any time in our candidate portal.

Sincerely,
Stryde Orthopaedics Talent Acquisition

Please do not reply to this message.
""",
})

# 16 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "taleo_accuse_reception", "lang": "fr",
    "company": "Orthavia", "contact": "",
    "sender": "Orthavia Recrutement <orthavia@taleo.net>",
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-04-11 09:05 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Bonjour Monsieur Lindqvist-Amato,

Nous accusons réception de votre candidature au poste de Spécialiste Produit Rachis H/F (Lyon) et vous remercions de l'intérêt que vous portez à Orthavia.

Votre dossier va être étudié avec attention par notre équipe Ressources Humaines et par le manager concerné. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
Le service Ressources Humaines
Orthavia SAS

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
})

# 17 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "hospital_only_retained_answered", "lang": "fr",
    "company": "Groupe Hospitalier Saint-Irénée", "contact": "",
    "sender": "DRH - Groupe Hospitalier Saint-Irénée <ne-pas-repondre@gh-saint-irenee.example.fr>",
    "subject": "Votre candidature - réf. GHSI-2026-071",
    "date": "2026-08-31 13:14 +0200",
    "charset": "windows-1252", "cte": "qp",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1b2a41">
<table width="600" cellpadding="14" cellspacing="0" style="border-top:5px solid #004a8f">
<tr><td><img src="https://recrutement.gh-saint-irenee.example.fr/logo_ghsi.gif" alt="Groupe Hospitalier Saint-Irénée" width="220"></td></tr>
<tr><td>
<p>Monsieur,</p>
<p>Nous avons bien reçu votre candidature pour le poste d'ingénieur d'application – équipements de rééducation (réf. GHSI-2026-071) et vous en remercions.</p>
<p>Compte tenu du nombre important de candidatures, seules les personnes dont le profil sera retenu pour un entretien seront contactées, dans un délai d'environ un mois.</p>
<p>Nous vous prions d'agréer, Monsieur, nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines</p>
</td></tr>
<tr><td style="font-size:10px;color:#777">Ce courriel est envoyé automatiquement : merci de ne pas y répondre. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification auprès de dpo@gh-saint-irenee.example.fr.</td></tr>
</table></body></html>
""",
})

# 18 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "job_board_transmise_clinic", "lang": "fr",
    "company": "Clinique du Parc Monplaisir", "contact": "",
    "sender": "SantéEmploi <candidatures@notifications.santeemploi.example.fr>",
    "subject": "Votre candidature a été transmise à Clinique du Parc Monplaisir",
    "date": "2026-08-19 22:03 +0200",
    "charset": "utf-8", "cte": "qp",
    "html": ats_html(
        """<p>Bonjour Tobias,</p>
<p>Bonne nouvelle : votre candidature pour l'offre <b>Référent(e) équipements de rééducation – CDI – Lyon 8e</b> a bien été transmise au recruteur <b>Clinique du Parc Monplaisir</b>.</p>
<p>Le recruteur vous contactera directement s'il souhaite donner suite. Vous pouvez suivre l'avancement dans votre espace candidat.</p>
<p>L'équipe SantéEmploi</p>""",
        logo_src="https://cdn.santeemploi.example.fr/mail/logo-se.png", logo_alt="SantéEmploi", accent="#009b77",
        lang="fr",
        footer="""SantéEmploi SAS · 18 rue de la République · 69002 Lyon<br>
<a href="https://www.santeemploi.example.fr/compte/desinscription" style="color:#7a7f85">Se désinscrire</a> · <a href="https://www.santeemploi.example.fr/confidentialite" style="color:#7a7f85">Confidentialité</a>"""),
    "headers": {"List-Unsubscribe": "<mailto:unsubscribe@notifications.santeemploi.example.fr?subject=unsub-t1a>"},
})

# 19 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "secretary_got_cv", "lang": "fr",
    "company": "Biomécanique Rhône-Alpes", "contact": "contact@biomeca-ra.example.fr",
    "sender": "Biomécanique Rhône-Alpes <contact@biomeca-ra.example.fr>",
    "subject": "Re: Candidature technico-commercial",
    "date": "2026-05-21 15:49 +0200",
    "charset": "iso-8859-1", "cte": "8bit",
    "irt": "<b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e@example.de>",
    "text": """Bonjour,

J'ai bien recu votre CV et votre lettre, je les transmet à M. Garnier qui est en déplacement cette semaine. Il reviendra vers vous rapidement.

Bonne journée,
Martine
Accueil - Biomécanique Rhône-Alpes
04 78 55 90 10
""",
})

# 20 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "public_portal_solicitud_recibida", "lang": "es",
    "company": "Hospital Universitario Sierra Norte", "contact": "",
    "sender": "Portal de Empleo HU Sierra Norte <no-responder@husierranorte.example.es>",
    "subject": "Hemos recibido su solicitud - Ref. HUSN-FT-2026-14",
    "date": "2026-09-03 17:20 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Estimado/a Sr./Sra. LINDQVIST-AMATO:

Le confirmamos que hemos recibido correctamente su solicitud para el proceso de selección Ref. HUSN-FT-2026-14 (Fisioterapeuta - Referente de Tecnología de Rehabilitación).

Número de registro: 2026/ES-004518

La lista provisional de personas admitidas se publicará en el portal de empleo. Le recomendamos consultarlo periódicamente.

Unidad de Selección - Dirección de Recursos Humanos
Hospital Universitario Sierra Norte

Este correo ha sido generado automáticamente. Por favor, no responda a esta dirección.
""",
})

# 21 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "application_received", "name": "job_board_tu_candidatura_enviada", "lang": "es",
    "company": "Medicor Ibérica", "contact": "",
    "sender": "EmpleoSalud <alertas@empleosalud.example.es>",
    "subject": "¡Tu candidatura ha sido enviada a Medicor Ibérica!",
    "date": "2026-05-14 23:41 +0200",
    "charset": "utf-8", "cte": "b64",
    "html": ats_html(
        """<p style="font-size:19px"><b>¡Enhorabuena, Tobias!</b></p>
<p>Tu candidatura para la oferta <b>Especialista Clínico de Producto – Rehabilitación</b> se ha enviado a <b>Medicor Ibérica</b> (Madrid).</p>
<p>La empresa revisará tu CV y, si encaja, se pondrá en contacto contigo directamente. Puedes ver el estado en <a href="https://www.empleosalud.example.es/mis-candidaturas" style="color:#e4572e">Mis candidaturas</a>.</p>
<p>¡Mucha suerte!<br>El equipo de EmpleoSalud</p>""",
        logo_src="https://www.empleosalud.example.es/static/logo-mail.png", logo_alt="EmpleoSalud", accent="#e4572e",
        lang="es",
        footer="""EmpleoSalud, S.L. · Calle de Alcalá 120 · 28009 Madrid<br>
<a href="https://www.empleosalud.example.es/baja?u=t1a" style="color:#7a7f85">Darse de baja</a>"""),
    "headers": {"List-Unsubscribe": "<https://www.empleosalud.example.es/baja?u=t1a>"},
})

# ============================================================================================
# Offers
# ============================================================================================

# 22 -----------------------------------------------------------------------------------------
_sanaris_offer = """Sehr geehrter Herr Lindqvist-Amato,

wir freuen uns sehr, Ihnen nach den guten Gesprächen mit Herrn Dr. Wehling die Stelle als Medizinprodukteberater/in in unserer Stabsstelle Medizintechnik anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot. Die wichtigsten Eckdaten:
- Beginn: 1. Juni 2026
- Vollzeit (38,5 Std./Woche), unbefristet
- Vergütung nach TV-Ärzte/Sanaris, Entgeltgruppe 10, Stufe 3
- 30 Tage Urlaub, betriebliche Altersvorsorge, Jobrad

Bitte senden Sie uns den Vertrag bis zum 17. April unterschrieben zurück (per Post oder eingescannt an mich). Bei Fragen rufen Sie mich jederzeit an.

Herzlich willkommen – wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen

Miriam Ostermann
Personalreferentin
Sanaris Kliniken GmbH
Ostmerheimer Straße 200 | 51109 Köln
Tel. +49 221 555 9102
"""
MESSAGES.append({
    "kind": "offer", "name": "hospital_contract_attached", "lang": "de",
    "company": "Sanaris Kliniken", "contact": "m.ostermann@sanaris-kliniken.example.de",
    "sender": "\"Ostermann, Miriam\" <m.ostermann@sanaris-kliniken.example.de>",
    "cc": "\"Wehling, Frank\" <f.wehling@sanaris-kliniken.example.de>",
    "subject": "Vertragsangebot Medizinprodukteberater/in",
    "date": "2026-04-02 15:30 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": _sanaris_offer,
    "html": outlook_html(_sanaris_offer),
    "attach": [{"filename": "Arbeitsvertrag_Lindqvist-Amato_Sanaris.pdf", "pdf": pdf_lines(
        "Sanaris Kliniken GmbH - Arbeitsvertrag",
        "zwischen der Sanaris Kliniken GmbH, Ostmerheimer Strasse 200, 51109 Koeln",
        "und Herrn Tobias Lindqvist-Amato",
        "Paragraph 1 Beginn: 01.06.2026, Taetigkeit: Medizinprodukteberater/in",
        "Paragraph 2 Arbeitszeit: 38,5 Stunden pro Woche",
        "Paragraph 3 Verguetung: Entgeltgruppe 10, Stufe 3",
        "Ort, Datum, Unterschrift")}],
})

# 23 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "verbal_offer_confirmed_vienna", "lang": "de",
    "company": "Alpenmed Austria", "contact": "m.hofbauer@alpenmed.example.at",
    "sender": "Martina Hofbauer <m.hofbauer@alpenmed.example.at>",
    "subject": "Wie besprochen – unser Angebot",
    "date": "2026-06-23 17:05 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a@example.de>",
    "text": """Lieber Herr Lindqvist-Amato,

wie heute telefonisch besprochen, freuen wir uns sehr, Ihnen die Position als Clinical Application Specialist (m/w/d) bei Alpenmed Austria anzubieten!

Zur Bestätigung die vereinbarten Eckpunkte:
• Eintritt: 1. September 2026, Dienstort Wien-Donaustadt, Reisetätigkeit ca. 50 % (Österreich)
• Bruttojahresgehalt: EUR 58.800,– (14 Gehälter), zzgl. Firmenwagen auch zur Privatnutzung
• Einstufung nach KV Handel, Überzahlung wie besprochen

Den Dienstvertrag schicken wir Ihnen in den nächsten Tagen per Post zu. Wegen der Berufsberechtigung unterstützen wir Sie wie besprochen, für diese Rolle ist sie nicht Voraussetzung.

Ich freue mich sehr, dass es geklappt hat!

Mit besten Grüßen
Martina Hofbauer
HR Business Partner
Alpenmed Austria GmbH | Erzherzog-Karl-Straße 57 | 1220 Wien
""",
})

# 24 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "swiss_conditional_offer", "lang": "de",
    "company": "Medaxis Schweiz", "contact": "r.buehler@medaxis.example.ch",
    "sender": "Reto Bühler <r.buehler@medaxis.example.ch>",
    "subject": "Stellenangebot Clinical Application Specialist Orthopädie",
    "date": "2026-08-03 11:18 +0200",
    "charset": "windows-1252", "cte": "qp",
    "text": """Grüezi Herr Lindqvist-Amato

Es freut uns sehr, Ihnen im Namen der Medaxis Schweiz AG die Stelle als Clinical Application Specialist Orthopädie (100 %) anbieten zu dürfen.

Das Angebot steht unter folgenden Vorbehalten:
1. Erteilung der Grenzgänger- bzw. Aufenthaltsbewilligung (Ausweis G oder B),
2. Vorliegen eines einwandfreien Strafregisterauszugs,
3. positive Referenzauskünfte (Sanaris Kliniken und Physiotherapie am Dom).

Die Einzelheiten finden Sie im beiliegenden Angebotsschreiben. Wir bitten Sie, uns Ihre Zusage bis zum 14. August mitzuteilen.

Freundliche Grüsse

Reto Bühler
Talent Acquisition Partner
Medaxis Schweiz AG
Hochbergerstrasse 60C, 4057 Basel
""",
    "attach": [{"filename": "Angebot_Medaxis_Lindqvist-Amato.pdf", "pdf": pdf_lines(
        "Medaxis Schweiz AG - Stellenangebot",
        "Funktion: Clinical Application Specialist Orthopaedie, Pensum 100%",
        "Eintritt: 1. Oktober 2026 oder nach Vereinbarung",
        "Jahressalaer: CHF 104'000 brutto (13 Monatsloehne)",
        "Vorbehalte: Bewilligung, Strafregisterauszug, Referenzen",
        "Basel, 3. August 2026")}],
})

# 25 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "contract_to_sign_esign", "lang": "de",
    "company": "Dorn & Liebig Medizintechnik", "contact": "karriere@dorn-liebig.example.de",
    "sender": "Dorn & Liebig Personal <karriere@dorn-liebig.example.de>",
    "subject": "Ihr Arbeitsvertrag zur Unterschrift",
    "date": "2026-10-01 09:44 +0200",
    "charset": "utf-8", "cte": "b64",
    "text": """Guten Tag Herr Lindqvist-Amato,

herzlichen Glückwunsch noch einmal zu Ihrer Entscheidung für Dorn & Liebig!

Anbei erhalten Sie Ihren Arbeitsvertrag als Applikationsspezialist Neurologie (m/w/d) mit Beginn zum 1. Januar 2027. Bitte prüfen Sie ihn, unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 15. Oktober zurück. Alternativ können Sie über den Link in der separaten E-Mail digital unterschreiben.

Für Fragen zum Vertrag steht Ihnen unser Personalteam gern zur Verfügung – antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
Tanja Liebig
Personal

Dorn & Liebig Medizintechnik GmbH & Co. KG
Im Mühlenbruch 7 · 53639 Königswinter
Registergericht Siegburg HRA 4410 · phG: Dorn & Liebig Verwaltungs GmbH
""",
    "attach": [{"filename": "Arbeitsvertrag_DornLiebig_2027.pdf", "pdf": pdf_lines(
        "Dorn & Liebig Medizintechnik GmbH & Co. KG",
        "Arbeitsvertrag - Applikationsspezialist Neurologie (m/w/d)",
        "Beginn des Arbeitsverhaeltnisses: 01.01.2027",
        "Probezeit: sechs Monate",
        "Bruttomonatsgehalt: 4.650 EUR, Dienstwagen",
        "Unterschrift Arbeitgeber / Unterschrift Arbeitnehmer")}],
})

# 26 -----------------------------------------------------------------------------------------
_physiolink_offer = """Hey Tobias,

wir wollen dich!! 🎉

Nach dem Case mit Malte und dem Abend mit dem Team war für uns alle klar: Du bist unser neuer Clinical Success Manager. Im Anhang findest du unser Angebot mit allen Details (Gehalt, VSOPs, Remote-Regeln, Startdatum 1. Oktober).

Lies es dir in Ruhe durch, und wenn du Fragen hast, ruf mich an oder schreib mir. Wir würden uns riesig freuen, wenn du bis Ende nächster Woche zusagst.

Liebe Grüße
Jana

Jana Becker | Co-Founder & People | Physiolink
Maybachstraße 111, 50670 Köln
"""
MESSAGES.append({
    "kind": "offer", "name": "startup_du_offer_pdf", "lang": "de",
    "company": "Physiolink", "contact": "jana.becker@physiolink.example.de",
    "sender": "Jana Becker <jana.becker@physiolink.example.de>",
    "subject": "🎉 Dein Angebot von Physiolink",
    "date": "2026-07-24 18:19 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": _physiolink_offer,
    "html": outlook_html(_physiolink_offer, font="Helvetica"),
    "attach": [{"filename": "Physiolink_Offer_Tobias.pdf", "pdf": pdf_lines(
        "Physiolink GmbH - Angebot",
        "Position: Clinical Success Manager",
        "Start: 1. Oktober 2026",
        "Gehalt: 56.000 EUR brutto p.a. + VSOP (0,15%)",
        "Arbeitsort: Koeln / remote bis 2 Tage pro Woche")}],
})

# 27 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "offer_letter_pdf_amsterdam", "lang": "en",
    "company": "Lumbaris Robotics", "contact": "femke@lumbaris.example.nl",
    "sender": "Femke de Vries <femke@lumbaris.example.nl>",
    "subject": "Offer letter – Clinical Specialist, Lower-Limb Exoskeletons",
    "date": "2026-04-07 16:50 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Dear Tobias,

It's my great pleasure to offer you the position of Clinical Specialist, Lower-Limb Exoskeletons at Lumbaris Robotics!

Please find your offer letter attached. In short: start date 1 June 2026, permanent contract after a one-year initial term (standard in the Netherlands), gross salary EUR 62,000 per year plus 8% holiday allowance, and relocation support including the 30% ruling application.

The offer is valid until 17 April. Ruben and I are very happy to answer any questions - just hit reply or call me on +31 6 555 20 418.

We really hope you'll join us!

Warm regards,
Femke

Femke de Vries
Talent Partner | Lumbaris Robotics
Kraanspoor 28, 1033 SE Amsterdam
""",
    "attach": [{"filename": "Lumbaris_Offer_Letter_TLindqvistAmato.pdf", "pdf": pdf_lines(
        "Lumbaris Robotics B.V. - Offer of Employment",
        "Dear Tobias Lindqvist-Amato,",
        "Position: Clinical Specialist, Lower-Limb Exoskeletons",
        "Start date: 1 June 2026",
        "Gross annual salary: EUR 62,000 plus 8% holiday allowance",
        "This offer is valid until 17 April 2026.")}],
})

# 28 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "agency_verbal_offer_client", "lang": "en",
    "company": "Orbis Surgical", "contact": "tom.vermeulen@pulsar-ls.example.nl",
    "sender": "Tom Vermeulen <tom.vermeulen@pulsar-ls.example.nl>",
    "subject": "RE: Change of plan – second interview",
    "date": "2026-09-18 17:34 +0200",
    "charset": "utf-8", "cte": "qp",
    "irt": "<f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b@example.de>",
    "refs": ["<AM6PR04MB63107F6E5D4C3B2A@AM6PR04MB6310.eurprd04.prod.outlook.com>"],
    "text": """Tobias!!

Great news – Orbis Surgical want to make you an offer for the Clinical Application Specialist role. Lotte called me ten minutes ago:

- base EUR 68,000 + 15% bonus on target
- company car, home office in Cologne
- start 1 December (they can be flexible)

The written offer will come from their HR early next week. Have a think over the weekend and let's talk Monday morning – and congratulations, you earned this one.

Tom

From: Tobias Lindqvist-Amato <tobias.la@example.de>
Sent: Wednesday, September 16, 2026 19:12
To: Tom Vermeulen <tom.vermeulen@pulsar-ls.example.nl>
Subject: RE: Change of plan – second interview

Hi Tom, the interview went OK I think, but unfortunately I felt the VP was not convinced about my lack of sales experience. Let's see. Tobias
""",
})

# 29 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "promesse_embauche_pdf", "lang": "fr",
    "company": "Biomécanique Rhône-Alpes", "contact": "p.garnier@biomeca-ra.example.fr",
    "sender": "Pascal Garnier <p.garnier@biomeca-ra.example.fr>",
    "subject": "Proposition d'embauche",
    "date": "2026-06-12 12:02 +0200",
    "charset": "iso-8859-1", "cte": "qp",
    "text": """Bonjour Monsieur Lindqvist-Amato,

Suite à nos deux entretiens, j'ai le plaisir de vous proposer le poste de technico-commercial spécialisé en aides techniques et appareillage, en CDI, à compter du 1er septembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (fixe de 36 000 euros bruts annuels + variable), le véhicule de fonction et le secteur (Rhône, Isère, Ain).

Merci de me retourner un exemplaire signé avant le 26 juin si la proposition vous convient.

Bien cordialement,

Pascal Garnier
Gérant
Biomécanique Rhône-Alpes SARL
ZI des Pierres Blanches - 69740 Genas
""",
    "attach": [{"filename": "Promesse_embauche_Lindqvist-Amato.pdf", "pdf": pdf_lines(
        "Biomecanique Rhone-Alpes SARL - Promesse d'embauche",
        "Poste : technico-commercial aides techniques et appareillage (CDI)",
        "Date d'entree : 1er septembre 2026",
        "Remuneration : 36 000 euros bruts annuels + variable",
        "Fait a Genas, le 12 juin 2026")}],
})

# 30 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "conditional_medical_visit", "lang": "fr",
    "company": "Distrimed France", "contact": "claire.besson@distrimed.example.fr",
    "sender": "Claire Besson <claire.besson@distrimed.example.fr>",
    "subject": "Votre proposition d'embauche - Spécialiste Application Clinique",
    "date": "2026-10-09 10:07 +0200",
    "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Tobias,

Comme convenu au téléphone ce matin, je vous confirme par écrit notre proposition : nous souhaitons vous recruter en CDI en tant que Spécialiste Application Clinique pour la région Lyon / Grenoble, avec une prise de poste le 4 janvier 2027.

Cette proposition est conditionnée à la visite médicale d'embauche et à la reconnaissance de votre diplôme de masseur-kinésithérapeute par l'ARS, démarche pour laquelle nous vous accompagnerons.

Rémunération : 42 000 € bruts annuels sur 13 mois, plus une prime sur objectifs jusqu'à 6 000 €. Le contrat de travail vous sera adressé dès réception de votre accord.

Au plaisir de vous compter parmi nous,

Claire Besson
Responsable RH | Distrimed France
33 cours Albert-Thomas, 69003 Lyon
""",
})

# 31 -----------------------------------------------------------------------------------------
MESSAGES.append({
    "kind": "offer", "name": "orthopedics_oferta_tu", "lang": "es",
    "company": "Ortopedia Levante", "contact": "nacho@ortopedialevante.example.es",
    "sender": "Nacho Ferrer <nacho@ortopedialevante.example.es>",
    "subject": "Oferta!",
    "date": "2026-09-07 21:08 +0200",
    "charset": "utf-8", "cte": "qp",
    "text": """Tobias,

Lo hemos hablado con mi socia y lo tenemos clarísimo: queremos que te unas al equipo como especialista en ortesis y sillas de ruedas. Te ofrecemos contrato indefinido, 32.000 € brutos al año en 14 pagas, jornada completa de lunes a viernes y formación con los fabricantes.

Empezarías el 1 de octubre si te va bien. Mañana te mando el contrato por email para que lo revises con calma.

¿Qué me dices?

Un abrazo,
Nacho Ferrer
Ortopedia Levante
""",
})
