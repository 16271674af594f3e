"""Application acknowledgements and offers of the hundredfourth corpus, written one by one
(21 + 10 messages)."""

from __future__ import annotations

from msgs104_common import CAND_PLAIN

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- application received (21)

# A1 -- softgarden, German, HTML only
add({
    "n": "softgarden_eingang", "kind": "application_received", "lang": "de",
    "frm": ("Badenia Messtechnik Recruiting", "noreply@softgarden.io"),
    "subj": "Eingangsbestätigung Ihrer Bewerbung – Produktmanager Koordinatenmesstechnik (m/w/d)",
    "date": "2026-02-16 21:47 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="background-color:#ffffff">
<div style="max-width:580px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333;line-height:1.5">
<div style="text-align:right;padding:12px 0"><img src="https://static.softgarden.io/company/badenia/logo.png" alt="Badenia Messtechnik" height="40"></div>
<p>Sehr geehrter Herr Szymański-Ortega,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Produktmanager Koordinatenmesstechnik (m/w/d)</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir prüfen nun Ihre Bewerbung und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem <a href="https://badenia.softgarden.io/de/applicant/login?src=ack">Bewerberkonto</a> einsehen.</p>
<p>Freundliche Grüße<br>Ihr Badenia-Recruiting-Team</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#999">Badenia Messtechnik GmbH · Durlacher Allee 92 · 76131 Karlsruhe · Amtsgericht Mannheim HRB 104 229<br>
Diese E-Mail wurde automatisch über softgarden versendet. <a href="https://badenia.softgarden.io/de/privacy" style="color:#999">Datenschutz</a></p>
</div>
<img src="https://track.softgarden.io/open/77e0b3aa.gif" width="1" height="1" alt="">
</body></html>""",
    "company": "Badenia Messtechnik", "contact": "",
})

# A2 -- Austrian steel plant builder, role mailbox that says do not reply
add({
    "n": "austria_role_mailbox_do_not_reply", "kind": "application_received", "lang": "de",
    "frm": ("DONAUSTAHL Bewerbermanagement", "bewerbung@donaustahl.example.at"),
    "subj": "Ihre Bewerbung ist bei uns eingelangt",
    "date": "2026-01-14 06:12 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Szymanski-Ortega,

vielen Dank für Ihre Bewerbung als Produktmanager Walzwerkstechnik (Ref. DS-2026-004). Ihre Unterlagen sind bei uns eingelangt und werden nun von der Fachabteilung gesichtet.

Wir bitten um etwas Geduld: Der Auswahlprozess dauert erfahrungsgemäß vier bis sechs Wochen. Wir melden uns in jedem Fall bei Ihnen.

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team
DONAUSTAHL Anlagenbau GmbH
Industriezeile 47, 4020 Linz
""",
    "company": "DONAUSTAHL Anlagenbau", "contact": "",
})

# A3 -- Swiss SmartRecruiters: if you hear nothing within four weeks ...
add({
    "n": "swiss_four_weeks_silence", "kind": "application_received", "lang": "de",
    "frm": ("Rheintal Packaging Systems", "noreply@smartrecruiters.com"),
    "subj": "Vielen Dank für Ihre Bewerbung bei Rheintal Packaging Systems",
    "date": "2026-03-02 12:30 +0100", "struct": "html", "cs": "utf-8", "cte": "base64",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0"><img src="https://c.smartrecruiters.com/sr-company-logo/rheintal-packaging.png" alt="Rheintal Packaging Systems" height="44"></td></tr>
<tr><td>
<p>Guten Tag Herr Szymański-Ortega</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Product Manager Blisterlinien</b>. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.</p>
<p>Aufgrund der grossen Anzahl Bewerbungen ist es uns leider nicht möglich, jeder Person eine individuelle Rückmeldung zu geben. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.</p>
<p>Freundliche Grüsse<br>Talent Acquisition<br>Rheintal Packaging Systems AG, Basel</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8a8a;padding-top:24px">Powered by <a href="https://www.smartrecruiters.com/?utm_medium=email&amp;utm_source=candidate">SmartRecruiters</a></td></tr></table>
<img src="https://email.smartrecruiters.com/o/eJwNy8EKg.gif" width="1" height="1" alt="">
</body></html>""",
    "company": "Rheintal Packaging Systems", "contact": "",
})

# A4 -- SuccessFactors, multipart/alternative
add({
    "n": "successfactors_received_alt", "kind": "application_received", "lang": "de",
    "frm": ("Brenner Automotive Systems Karriere", "noreply@successfactors.eu"),
    "subj": "Wir haben Ihre Bewerbung erhalten – Req. 19107",
    "date": "2026-04-17 23:05 +0200", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b2b4c;padding:18px 24px"><img src="https://career5.successfactors.eu/public/logo/brennerAS_white.png" alt="BRENNER Automotive Systems" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Guten Tag Herr Szymański-Ortega,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Produktmanager Antriebskomponenten E-Achse (m/w/d)</strong>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Unser Recruiting-Team und die Fachabteilung sehen sich Ihre Bewerbung nun genau an. Sie hören von uns, sobald wir eine Entscheidung über die nächsten Schritte getroffen haben.</p>
<p>Freundliche Grüße<br>Talent Acquisition Deutschland<br>Brenner Automotive Systems SE</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#777;background:#f4f6f8">Brenner Automotive Systems SE, Sitz: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 761 044.<br>Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf. <a href="https://career5.successfactors.eu/career?company=brennerASP&amp;career_ns=data_privacy">Datenschutz</a></td></tr>
</table></body></html>""",
    "company": "Brenner Automotive Systems", "contact": "",
})

# A5 -- job board confirms it sent the application to the employer
add({
    "n": "jobboard_sent_to_employer", "kind": "application_received", "lang": "de",
    "frm": ("Jobbrücke", "benachrichtigung@mail.jobbruecke.example.de"),
    "subj": "Deine Bewerbung bei Sennheim Hydraulik (Karlsruhe) wurde erfolgreich versendet",
    "date": "2026-04-28 19:40 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.jobbruecke.example.de/abmelden?u=b7c1e0>"},
    "html": """<html><body style="margin:0;background:#eef1f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#202124">
<tr><td style="padding:20px;background:#14325c"><img src="https://www.jobbruecke.example.de/img/mail/logo-white.png" alt="Jobbrücke" height="28"></td></tr>
<tr><td style="padding:24px">Hallo Benedikt,<br><br>
deine Bewerbung wurde erfolgreich an <b>Sennheim Hydraulik GmbH</b> übermittelt.<br><br>
<table cellpadding="6" style="background:#f4f7fb;border-radius:6px;width:100%"><tr><td>
<b>Produktmanager Mobilhydraulik (m/w/d)</b><br>Sennheim Hydraulik · Karlsruhe · Vollzeit<br>
Gesendet am 28.04.2026 um 19:39 Uhr<br>Anhänge: Lebenslauf_Szymanski.pdf, Anschreiben.pdf, Zeugnisse.pdf</td></tr></table><br>
Der Arbeitgeber meldet sich direkt bei dir. Den Status findest du unter <a href="https://www.jobbruecke.example.de/meine-bewerbungen?utm_source=confirm">Meine Bewerbungen</a>.</td></tr>
<tr><td style="padding:0 24px 24px"><b>Das könnte dich auch interessieren:</b><br>
<a href="https://www.jobbruecke.example.de/r/j/88123?utm_source=confirm">Produktmanager Fluidtechnik – Bruchsal</a><br>
<a href="https://www.jobbruecke.example.de/r/j/88467?utm_source=confirm">Technischer Produktmanager Pumpen – Pforzheim</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f7f7f7"><a href="https://www.jobbruecke.example.de/einstellungen/mails?u=b7c1e0">E-Mail-Einstellungen</a> · <a href="https://www.jobbruecke.example.de/abmelden?u=b7c1e0">Abmelden</a><br>Jobbrücke GmbH, Rosenthaler Str. 40, 10178 Berlin</td></tr>
</table><img src="https://t.mail.jobbruecke.example.de/o/c91ab2.png" width="1" height="1" alt=""></td></tr></table></body></html>""",
    "company": "Sennheim Hydraulik", "contact": "",
})

# A6 -- Workday acknowledgement, HTML only
add({
    "n": "workday_danke", "kind": "application_received", "lang": "de",
    "frm": ("Hallberg Antriebstechnik", "hallberg@myworkday.com"),
    "subj": "Vielen Dank für Ihre Bewerbung bei Hallberg",
    "date": "2026-01-22 18:09 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid #00457c">
<tr><td style="padding:24px 32px"><img src="https://hallberg.wd3.myworkdayjobs.com/static/logo_hallberg.png" alt="Hallberg Antriebstechnik" width="180" height="42"></td></tr>
<tr><td style="padding:0 32px 16px;font-size:15px;line-height:22px;color:#222">
<p>Hallo Benedikt,</p>
<p>vielen Dank für Ihre Bewerbung auf die Position <b>Produktmanager Industriegetriebe (m/w/d)</b> (R-004417).</p>
<p>Wir freuen uns über Ihr Interesse an Hallberg. Ihre Bewerbung ist bei uns eingegangen und wird nun von unserem Recruiting-Team geprüft. Den Status können Sie jederzeit in Ihrem Kandidatenkonto verfolgen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team</p>
</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#888;border-top:1px solid #e5e5e5">Hallberg Antriebstechnik GmbH &amp; Co. KG · Schwieberdinger Straße 212 · 70435 Stuttgart · Registergericht Stuttgart HRA 731204<br>Diese Nachricht wurde automatisch versendet.</td></tr></table>
<img src="https://hallberg.wd3.myworkdayjobs.com/px/o.gif?e=1c0e77ad" width="1" height="1" alt="">
</td></tr></table></body></html>""",
    "company": "Hallberg Antriebstechnik", "contact": "",
})

# A7 -- public utility: automatic, cannot answer every enquiry
add({
    "n": "utility_auto_no_individual_answers", "kind": "application_received", "lang": "de",
    "frm": ("Bewerbermanagement Stadtwerke Donautal", "bewerbermanagement@stadtwerke-donautal.example.de"),
    "subj": "Eingangsbestätigung - Kennziffer 07/2026",
    "date": "2026-02-27 08:00 +0100", "cs": "utf-8", "cte": "8bit",
    "body": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle „Produktverantwortliche/r Netztechnik“ (Kennziffer 07/2026).

Die Bewerbungsfrist endet am 08.03.2026. Danach werden alle Bewerbungen gesichtet. Aufgrund der Vielzahl der Bewerbungen können wir leider nicht jede Anfrage zum Stand des Verfahrens einzeln beantworten. Sie erhalten spätestens vier Wochen nach Fristende eine Nachricht von uns.

Diese E-Mail wurde automatisch erstellt.

Stadtwerke Donautal
Personalgewinnung
Karlstraße 1-3, 89073 Ulm
""",
    "company": "Stadtwerke Donautal", "contact": "",
})

# A8 -- research institute: clerk confirms complete documents
add({
    "n": "institute_documents_complete", "kind": "application_received", "lang": "de",
    "frm": ("Heike Brunnert", "heike.brunnert@faf-karlsruhe.example.de"),
    "subj": "Ihre Bewerbung - Kennziffer FAF-2026-031",
    "date": "2026-03-10 14:22 +0100", "cs": "iso-8859-1", "cte": "quoted-printable", "to": CAND_PLAIN,
    "body": """Sehr geehrter Herr Szymanski-Ortega,

hiermit bestätige ich den Eingang Ihrer Bewerbung vom 8. März als Projektmanager/in Technologietransfer. Ihre Unterlagen sind vollständig.

Die Bewerbungsfrist läuft noch bis zum 20. März. Anschließend wird die Auswahlkommission die Bewerbungen sichten; mit einer Rückmeldung können Sie Anfang April rechnen.

Mit freundlichen Grüßen
Heike Brunnert
Personalabteilung

Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe (FAF)
Hertzstraße 16, 76187 Karlsruhe
Tel. 0721 608-4471
""",
    "company": "Forschungszentrum für Antriebs- und Fertigungstechnik Karlsruhe", "contact": "heike.brunnert@faf-karlsruhe.example.de",
})

# A9 -- Swiss firm, speculative application received, role mailbox offers help
add({
    "n": "swiss_speculative_received", "kind": "application_received", "lang": "de",
    "frm": ("Läubli Personal", "personal@laeubli.example.ch"),
    "subj": "Eingang Ihrer Initiativbewerbung",
    "date": "2026-03-03 08:41 +0100", "cs": "windows-1252", "cte": "quoted-printable",
    "body": """Grüezi Herr Szymanski

Wir bedanken uns für Ihre Initiativbewerbung, die wir gestern erhalten haben. Wir werden Ihr Dossier intern prüfen und uns innert drei Wochen bei Ihnen melden.

Für Fragen stehen wir Ihnen unter dieser Adresse gerne zur Verfügung.

Freundliche Grüsse
Team Personal

Läubli Präzisionstechnik AG
Hochbergerstrasse 60 · CH-4057 Basel
""",
    "company": "Läubli Präzisionstechnik", "contact": "personal@laeubli.example.ch",
})

# A10 -- executive search secretary, client not named
add({
    "n": "exec_search_unterlagen_erhalten", "kind": "application_received", "lang": "de",
    "frm": ("Birgit Rapp", "b.rapp@mertens-executive.example.de"),
    "subj": "Ihre Unterlagen - Mandat Leiter Produktmanagement (Ref. ME-2611)",
    "date": "2026-05-27 11:15 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Szymański-Ortega,

vielen Dank für die Zusendung Ihrer Unterlagen für das Mandat „Leiter Produktmanagement“ bei einem mittelständischen Hersteller von Kälteanlagen in Baden (Ref. ME-2611).

Frau Mertens ist bis Mittwoch auf Reisen. Sie wird Ihre Unterlagen danach sichten und sich für ein erstes Telefonat bei Ihnen melden.

Mit freundlichen Grüßen
Birgit Rapp
Assistenz der Geschäftsleitung

Mertens Executive Partners GmbH
Kaiserstraße 112 · 76133 Karlsruhe
+49 721 9130 4480
""",
    "company": "Mertens Executive Partners", "contact": "b.rapp@mertens-executive.example.de",
})

# A11 -- start-up on Personio, du, HTML only, no Reply-To
add({
    "n": "startup_personio_danke_du", "kind": "application_received", "lang": "de",
    "frm": ("flinkwerk Jobs", "no-reply@personio.de"),
    "subj": "Danke für deine Bewerbung! 🚀",
    "date": "2026-05-10 13:02 +0200", "struct": "html", "cs": "utf-8", "cte": "base64",
    "html": """<div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111827;max-width:560px">
<p><img src="https://flinkwerk.jobs.personio.de/img/flinkwerk-wordmark.png" alt="flinkwerk" width="120"></p>
<p>Hi Benedikt,</p>
<p>cool, dass du dich als <b>Product Owner Retrofit-Kits</b> bei uns beworben hast! Deine Unterlagen sind angekommen.</p>
<p>Wir lesen jede Bewerbung selbst (keine Robots, versprochen 🤖) und melden uns innerhalb von 10 Tagen bei dir.</p>
<p>Bis dahin: Schau gern auf unserem <a href="https://blog.flinkwerk.example.de/?utm_source=personio">Blog</a> vorbei.</p>
<p>Dein flinkwerk-Team</p>
<p style="font-size:11px;color:#9ca3af">flinkwerk Technologies GmbH · Wiener Str. 8 · 70469 Stuttgart · Gesendet mit Personio · Bitte nicht auf diese E-Mail antworten.</p>
</div>""",
    "company": "flinkwerk", "contact": "",
})

# A12 -- Linz motor works, karriere mailbox invites questions, Austrian wording
add({
    "n": "linz_karriere_mailbox", "kind": "application_received", "lang": "de",
    "frm": ("LEW Karriere", "karriere@lew-linz.example.at"),
    "subj": "Bestätigung: Bewerbung Produktmanager:in Industriemotoren",
    "date": "2026-02-20 15:33 +0100", "cs": "iso-8859-1", "cte": "8bit",
    "body": """Sehr geehrter Herr Szymanski-Ortega,

Ihre Bewerbung als Produktmanager:in Industriemotoren ist bei uns eingelangt. Danke für Ihr Interesse am Linzer Elektromotorenwerk!

Frau DI Pölzl wird sich in den nächsten Tagen telefonisch mit Ihnen in Verbindung setzen, um einen Termin für ein erstes Gespräch zu vereinbaren. Bei Fragen erreichen Sie uns jederzeit unter dieser Adresse.

Freundliche Grüße
Ihr HR-Team
Linzer Elektromotorenwerk GmbH
Wiener Straße 131 | 4020 Linz
""",
    "company": "Linzer Elektromotorenwerk", "contact": "karriere@lew-linz.example.at",
})

# A13 -- Greenhouse, English: we cannot reply to every applicant
add({
    "n": "greenhouse_cannot_reply_all", "kind": "application_received", "lang": "en",
    "frm": ("Voltaris Robotics via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "subj": "Thank you for applying to Voltaris Robotics",
    "date": "2026-03-06 22:14 +0100", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.55;color:#24292e">
<div style="max-width:600px">
<p><img src="https://s3.amazonaws.example.com/grnhse-prod/voltaris/logo.png" alt="Voltaris Robotics" width="150"></p>
<p>Hi Benedikt,</p>
<p>Thanks for your interest in Voltaris Robotics! We've received your application for <b>Senior Product Manager, Collaborative Robots</b>.</p>
<p>Our team reviews every application carefully. Due to the high volume we receive, we unfortunately cannot reply to every applicant individually – if your profile matches what we are looking for, a member of our team will be in touch within the next three weeks.</p>
<p>In the meantime, feel free to check out <a href="https://voltaris.example.de/blog?utm_source=greenhouse">our blog</a> to learn more about how we build robots that work next to people.</p>
<p>Best,<br>The Voltaris Robotics Talent Team</p>
<p style="font-size:11px;color:#8b949e">Voltaris Robotics AG · Lindwurmstraße 88 · 80337 München · This mailbox is not monitored.</p>
</div>
<img src="https://us.greenhouse-mail.io/wf/open?upn=0c11e2fa" width="1" height="1" border="0" alt="">
</body></html>""",
    "company": "Voltaris Robotics", "contact": "",
})

# A14 -- English job platform confirms the application to a named employer
add({
    "n": "platform_sent_to_employer_en", "kind": "application_received", "lang": "en",
    "frm": ("EngineerHub", "applications@mail.engineerhub.example.com"),
    "subj": "Your application was sent to Halvorsen Robotics",
    "date": "2026-07-30 08:26 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<mailto:unsubscribe@mail.engineerhub.example.com?subject=unsub-4410>, <https://engineerhub.example.com/u/4410>"},
    "html": """<html><body style="font-family:Roboto,Arial,sans-serif;background:#f6f8fa;margin:0">
<table width="100%"><tr><td align="center" style="padding:24px">
<table width="540" style="background:#fff;border-radius:8px;font-size:14px;color:#222"><tr><td style="padding:24px">
<img src="https://engineerhub.example.com/static/eh-logo.png" alt="EngineerHub" height="24">
<h2 style="font-size:18px">Application sent ✔</h2>
<p>Good luck, Benedikt! Your application for <b>Senior Product Manager – Mobile Manipulators</b> at <b>Halvorsen Robotics</b> (Munich, hybrid) was delivered on 30 July 2026.</p>
<p>Halvorsen Robotics usually responds within 12 days. We'll let you know if they view your profile.</p>
<p><a href="https://engineerhub.example.com/applications?ref=confirm_mail" style="color:#0969da">Track your applications</a></p>
<p style="font-size:11px;color:#888;border-top:1px solid #eee;padding-top:10px">EngineerHub Ltd · 20 Finsbury Square, London EC2A 1DX · <a href="https://engineerhub.example.com/u/4410" style="color:#888">Unsubscribe</a> · <a href="https://engineerhub.example.com/settings" style="color:#888">Notification settings</a></p>
</td></tr></table></td></tr></table>
<img src="https://engineerhub.example.com/t/open/4410-99.gif" width="1" height="1" alt=""></body></html>""",
    "company": "Halvorsen Robotics", "contact": "",
})

# A15 -- UK firm: four weeks without news means unsuccessful, mailbox not monitored
add({
    "n": "uk_four_weeks_unsuccessful", "kind": "application_received", "lang": "en",
    "frm": ("Carrow Industrial Talent Acquisition", "careers@carrow-industrial.example.com"),
    "subj": "Application received: Product Manager - Process Pumps (Ref CI-2026-0413)",
    "date": "2026-04-13 07:02 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "body": """Dear Benedikt,

Thank you for applying for the position of Product Manager - Process Pumps (Stuttgart) with Carrow Industrial.

We confirm receipt of your application, which will now be reviewed by our Talent Acquisition team and the hiring manager. If you have not heard from us within 4 weeks of the closing date, please consider your application unsuccessful on this occasion.

Please note that this mailbox is not monitored.

Kind regards,
Talent Acquisition Team
Carrow Industrial Ltd

Carrow Industrial Ltd is registered in England No 04829113. Registered office: 3 Canal Wharf, Leeds LS11 5PS.
""",
    "company": "Carrow Industrial", "contact": "",
})

# A16 -- iCIMS, English, multipart/alternative
add({
    "n": "icims_received_alt", "kind": "application_received", "lang": "en",
    "frm": ("Rotec Dynamics Talent Acquisition", "talent@rotecdynamics.icims.com"),
    "subj": "We've received your application - Req. 2026-5577",
    "date": "2026-05-31 16:44 -0600", "struct": "alt", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="20" cellspacing="0">
<tr><td style="border-bottom:2px solid #003a70"><img src="https://careers-rotecdynamics.icims.com/images/logo_rotec.png" alt="ROTEC DYNAMICS" height="34"></td></tr>
<tr><td>
<p>Dear Benedikt,</p>
<p>Thank you for applying for the <b>Product Manager, Industrial Drives</b> position in Apodaca, Nuevo León. This email confirms that we have received your application.</p>
<p>Our recruiting team will review your qualifications and contact you if there is a match. You can check your status anytime on our <a href="https://careers-rotecdynamics.icims.com/jobs/candidate/dashboard">candidate dashboard</a>.</p>
<p>Sincerely,<br>Talent Acquisition Team<br>Rotec Dynamics, Inc.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Rotec Dynamics is an Equal Opportunity Employer. This message was sent from an unmonitored mailbox.</td></tr>
</table></body></html>""",
    "company": "Rotec Dynamics", "contact": "",
})

# A17 -- Monterrey group, automatic, 30 days without an answer
add({
    "n": "monterrey_treinta_dias", "kind": "application_received", "lang": "es",
    "frm": ("Reclutamiento GMN", "reclutamiento@gmn.example.mx"),
    "subj": "Hemos recibido tu solicitud",
    "date": "2026-06-01 07:30 -0600", "cs": "utf-8", "cte": "base64",
    "body": """Hola Benedikt:

¡Gracias por tu interés en Grupo Metalmecánico del Norte! Recibimos tu solicitud para la vacante Gerente de Producto - Línea de Prensas.

Nuestro equipo de Atracción de Talento revisará tu perfil. Si cumples con el perfil requerido, nos pondremos en contacto contigo por teléfono o por correo electrónico. En caso de no recibir respuesta en un plazo de 30 días, te pedimos considerar que en esta ocasión no fuiste seleccionado; conservaremos tu información para futuras vacantes.

Este es un correo automático, favor de no responder.

Atentamente,
Atracción de Talento
Grupo Metalmecánico del Norte
""",
    "company": "Grupo Metalmecánico del Norte", "contact": "",
})

# A18 -- Teamtailor, Spain: if no news in four weeks
add({
    "n": "teamtailor_cuatro_semanas", "kind": "application_received", "lang": "es",
    "frm": ("Iberforja Componentes", "notifications@teamtailor-mail.com"),
    "subj": "Hemos recibido tu candidatura – Product Manager Forja en Caliente",
    "date": "2026-04-02 10:03 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f1f1f">
<div style="max-width:560px;margin:auto">
<p style="text-align:center"><img src="https://images.teamtailor-cdn.example.com/iberforja/logo.png" alt="IBERFORJA" width="140"></p>
<p>¡Hola Benedikt!</p>
<p>Gracias por presentar tu candidatura para <strong>Product Manager Forja en Caliente</strong>. La hemos recibido correctamente.</p>
<p>Vamos a revisar todas las candidaturas con calma. Si en un plazo de cuatro semanas no has tenido noticias nuestras, entiende que en esta ocasión no hemos podido seguir adelante con tu perfil.</p>
<p>Mientras tanto, puedes conocer mejor a nuestro equipo en <a href="https://iberforja.teamtailor.example.com/people?utm_source=email">nuestra página de empleo</a>.</p>
<p>Un saludo,<br>Equipo de Personas · Iberforja Componentes</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:8px">Iberforja Componentes, S.A. · Ribera de Deusto 70, 48014 Bilbao · <a href="https://iberforja.teamtailor.example.com/privacy" style="color:#999">Política de privacidad</a></p>
</div>
<img src="https://t.teamtailor-mail.com/o/0b2c.gif" width="1" height="1" alt=""></body></html>""",
    "company": "Iberforja Componentes", "contact": "",
})

# A19 -- Spanish job board sent the application to the Bilbao workshop
add({
    "n": "portal_enviada_a_empresa", "kind": "application_received", "lang": "es",
    "frm": ("TrabajoNorte", "avisos@trabajonorte.example.es"),
    "subj": "Tu candidatura se ha enviado a TALLERES GARAIKOETXEA",
    "date": "2026-02-18 22:51 +0100", "struct": "html", "cs": "iso-8859-1", "cte": "quoted-printable",
    "hdr": {"List-Unsubscribe": "<https://www.trabajonorte.example.es/baja?id=55c1>"},
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffb400;padding:12px 20px"><img src="https://www.trabajonorte.example.es/img/logo.png" alt="TrabajoNorte" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Hola Benedikt,</p>
<p>Tu candidatura a la oferta <b>Responsable de Producto - Sector ferroviario</b> de <b>TALLERES GARAIKOETXEA</b> (Basauri, Bizkaia) se ha enviado correctamente.</p>
<p>Ahora la empresa revisará tu CV. Te avisaremos cuando lo lea o cambie el estado de tu proceso.</p>
<p><a href="https://www.trabajonorte.example.es/candidato/procesos?utm_source=mail_inscripcion" style="background:#1a73e8;color:#fff;padding:8px 14px;text-decoration:none">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;border-top:1px solid #eee">Has recibido este correo porque estás registrado en TrabajoNorte. <a href="https://www.trabajonorte.example.es/baja?id=55c1" style="color:#999">Darse de baja</a> · TrabajoNorte S.L., Alameda Urquijo 12, 48008 Bilbao</td></tr>
</table><img src="https://www.trabajonorte.example.es/px/55c1.gif" width="1" height="1" alt=""></body></html>""",
    "company": "Talleres Garaikoetxea", "contact": "",
})

# A20 -- Lyon utility, automatic acknowledgement
add({
    "n": "lyon_utility_accuse_reception", "kind": "application_received", "lang": "fr",
    "frm": ("Compagnie Lyonnaise des Eaux", "ne-pas-repondre@cle-lyon.example.fr"),
    "subj": "Accusé de réception de votre candidature – réf. CLE-2026-044",
    "date": "2026-05-06 09:00 +0200", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#00629b;padding:14px 20px"><img src="https://www.cle-lyon.example.fr/img/logo-cle-blanc.png" alt="Compagnie Lyonnaise des Eaux" height="38"></td></tr>
<tr><td style="padding:20px">
<p>Monsieur,</p>
<p>Nous accusons réception de votre candidature au poste de <b>Chef de projet produit compteurs intelligents</b> (réf. CLE-2026-044) et vous remercions de l'intérêt que vous portez à notre entreprise.</p>
<p>Votre dossier sera étudié avec la plus grande attention. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chaque demande d'information ; nous reviendrons vers vous à l'issue de la présélection.</p>
<p>Direction des Ressources Humaines</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#777;border-top:1px solid #ccc">Ce message est envoyé automatiquement, merci de ne pas y répondre. Compagnie Lyonnaise des Eaux – RCS Lyon 512 330 118.</td></tr></table>
</body></html>""",
    "company": "Compagnie Lyonnaise des Eaux", "contact": "",
})

# A21 -- French job platform, tu, sent to the Lyon start-up
add({
    "n": "plateforme_envoyee_tu", "kind": "application_received", "lang": "fr",
    "frm": ("Bienvenue Jobs", "hello@notifications.bienvenue-jobs.example.fr"),
    "subj": "Ta candidature chez Rhônalp Robotique a bien été envoyée 🎉",
    "date": "2026-05-25 20:18 +0200", "struct": "html", "cs": "utf-8", "cte": "base64",
    "hdr": {"List-Unsubscribe": "<https://www.bienvenue-jobs.example.fr/unsubscribe/abc71>"},
    "html": """<html><body style="background:#fff8ef;font-family:Georgia,serif;color:#222">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:28px">
<p><img src="https://www.bienvenue-jobs.example.fr/mail/logo.png" alt="Bienvenue Jobs" height="28"></p>
<p style="font-size:20px">Bravo Benedikt !</p>
<p>Ta candidature pour le poste <b>Product Manager AMR</b> chez <b>Rhônalp Robotique</b> a bien été transmise à l'équipe de recrutement.</p>
<p>En moyenne, Rhônalp Robotique répond en 9 jours. Tu peux suivre l'avancement depuis ton <a href="https://www.bienvenue-jobs.example.fr/me/applications?utm_campaign=apply_confirm">espace candidat</a>.</p>
<p style="font-size:12px;color:#999">Tu reçois cet e-mail car tu as postulé via Bienvenue Jobs. <a href="https://www.bienvenue-jobs.example.fr/unsubscribe/abc71" style="color:#999">Se désinscrire</a></p>
</td></tr></table>
<img src="https://www.bienvenue-jobs.example.fr/o/abc71.gif" width="1" height="1" alt=""></body></html>""",
    "company": "Rhônalp Robotique", "contact": "",
})

# ---------------------------------------------------------------- offers (10)

# O1 -- Basel consultancy, written offer with contract PDF
add({
    "n": "swiss_offer_contract_pdf", "kind": "offer", "lang": "de",
    "frm": ("Simone Anliker", "simone.anliker@pfister-ing.example.ch"),
    "cc": [("Reto Gisler", "reto.gisler@pfister-ing.example.ch")],
    "subj": "Ihr Vertragsangebot – Produktmanager Industrieanlagen",
    "date": "2026-04-09 16:12 +0200", "struct": "mixed", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Grüezi Herr Szymański-Ortega

Es freut uns sehr, Ihnen nach den Gesprächen mit Herrn Gisler und der Geschäftsleitung die Stelle als Produktmanager Industrieanlagen anbieten zu dürfen.

Die wichtigsten Eckdaten:
- Eintritt: 1. Juli 2026 oder nach Vereinbarung
- Pensum: 100 %, Arbeitsort Basel mit bis zu zwei Tagen Homeoffice pro Woche
- Jahresbruttolohn: CHF 128'000, ausbezahlt in 13 Monatslöhnen
- 25 Ferientage, Halbtax-Abonnement, Unterstützung bei der Bewilligung (Grenzgänger oder Aufenthalt)

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung. Wir bitten Sie, ein unterschriebenes Exemplar bis zum 24. April an uns zurückzusenden (Scan per E-Mail genügt vorerst).

Für Fragen stehe ich Ihnen selbstverständlich jederzeit zur Verfügung.

Freundliche Grüsse

Simone Anliker
HR Business Partnerin

Pfister Ingenieure AG
Aeschenvorstadt 55 | CH-4051 Basel
+41 61 205 77 12
""",
    "att": [("Arbeitsvertrag_Szymański-Ortega.pdf", [
        "Pfister Ingenieure AG - Arbeitsvertrag",
        "zwischen Pfister Ingenieure AG, Basel, und Herrn Benedikt Szymanski-Ortega",
        "Funktion: Produktmanager Industrieanlagen",
        "Eintritt: 1. Juli 2026",
        "Jahresbruttolohn: CHF 128'000 (13 Monatsloehne)",
        "Probezeit: 3 Monate",
    ])],
    "company": "Pfister Ingenieure", "contact": "simone.anliker@pfister-ing.example.ch",
})

# O2 -- automotive supplier, conditional offer, Reply-To the recruiter, PDF attached
add({
    "n": "supplier_conditional_offer", "kind": "offer", "lang": "de",
    "frm": ("Brenner Automotive Systems Karriere", "noreply@successfactors.eu"),
    "rt": ("Yvonne Schaible", "yvonne.schaible@brenner-as.example.de"),
    "subj": "Ihr Angebot: Produktmanager Antriebskomponenten E-Achse",
    "date": "2026-06-05 10:44 +0200", "struct": "mixed", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<!DOCTYPE html><html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b2b4c;padding:18px 24px"><img src="https://career5.successfactors.eu/public/logo/brennerAS_white.png" alt="BRENNER Automotive Systems" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrter Herr Szymański-Ortega,</p>
<p>wir freuen uns, Ihnen die Position <strong>Produktmanager Antriebskomponenten E-Achse</strong> in Stuttgart-Feuerbach anbieten zu können.</p>
<p>Das Angebot umfasst ein Jahreszieleinkommen von 94.500 € (Tarifgruppe EG 15 ERA Metall- und Elektroindustrie Baden-Württemberg zzgl. übertariflicher Zulage), 30 Tage Urlaub, mobiles Arbeiten nach Betriebsvereinbarung sowie ein Dienstfahrrad-Leasing.</p>
<p>Bitte beachten Sie: Das Angebot steht unter dem Vorbehalt der Zustimmung des Betriebsrats gemäß § 99 BetrVG sowie einer positiven arbeitsmedizinischen Eignungsuntersuchung.</p>
<p>Die Einzelheiten entnehmen Sie bitte dem beigefügten Angebotsschreiben. Wir würden uns über Ihre Rückmeldung bis zum 15. Juni freuen – antworten Sie dazu einfach auf diese E-Mail.</p>
<p>Freundliche Grüße<br>Yvonne Schaible<br>Talent Acquisition Deutschland<br>Brenner Automotive Systems SE</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#777;background:#f4f6f8">Brenner Automotive Systems SE, Sitz: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 761 044.</td></tr>
</table></body></html>""",
    "att": [("Angebotsschreiben_Req19107.pdf", [
        "Brenner Automotive Systems SE - Angebotsschreiben",
        "Position: Produktmanager Antriebskomponenten E-Achse (Req. 19107)",
        "Jahreszieleinkommen: 94.500 EUR",
        "Vorbehalt: Zustimmung Betriebsrat (par. 99 BetrVG), arbeitsmedizinische Untersuchung",
    ])],
    "company": "Brenner Automotive Systems", "contact": "yvonne.schaible@brenner-as.example.de",
})

# O3 -- start-up confirms a verbal offer, du
add({
    "n": "startup_verbal_offer_confirmed", "kind": "offer", "lang": "de",
    "frm": ("Jonas Reichert", "jonas@flinkwerk.example.de"),
    "cc": [("Lea Hoffmann", "lea.hoffmann@flinkwerk.example.de")],
    "subj": "Wie besprochen – dein Angebot 🎉",
    "date": "2026-06-12 18:27 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "body": """Hey Benedikt,

schön, dass wir vorhin telefonieren konnten! Wie versprochen hier nochmal schriftlich, was ich dir am Telefon angeboten habe:

• Rolle: Product Owner Retrofit-Kits (Senior), direkt an mich berichtend
• Gehalt: 82.000 € fix + 0,15 % VSOP (4 Jahre Vesting, 1 Jahr Cliff)
• Start: 1. September, remote-first mit 2 Tagen pro Woche im Office in Feuerbach
• 28 Urlaubstage + 24.12./31.12. frei, 1.500 € Weiterbildungsbudget

Lea schickt dir den Vertrag Anfang nächster Woche über Personio zum digitalen Unterschreiben. Wenn du vorher noch Fragen hast, ruf mich jederzeit an.

Wir freuen uns riesig!
Jonas

--
Jonas Reichert | CPO & Co-Founder | flinkwerk
+49 151 2044 7781
""",
    "company": "flinkwerk", "contact": "jonas@flinkwerk.example.de",
})

# O4 -- Personalberater passes on the named client's offer
add({
    "n": "berater_client_offer", "kind": "offer", "lang": "de",
    "frm": ("Clara Mertens", "c.mertens@mertens-executive.example.de"),
    "subj": "Gebhardt: grünes Licht!",
    "date": "2026-06-26 12:09 +0200", "cs": "iso-8859-1", "cte": "quoted-printable", "to": CAND_PLAIN,
    "body": """Lieber Herr Szymanski-Ortega,

ich habe gerade mit Herrn Gebhardt telefoniert und freue mich, Ihnen mitteilen zu können: Gebhardt Kältetechnik möchte Sie als Leiter Produktmanagement einstellen!

Das Angebot im Überblick:
Fixgehalt 92.000 EUR p. a., zzgl. variabler Anteil bis 15 % (Zielvereinbarung), Dienstwagen der Mittelklasse auch zur privaten Nutzung, 30 Tage Urlaub, Start nach Ihrer Kündigungsfrist, spätestens 1. Oktober.

Der Vertragsentwurf kommt direkt aus der Personalabteilung von Gebhardt, voraussichtlich Anfang nächster Woche. Lassen Sie uns gerne vorher noch telefonieren - ich bin heute bis 19 Uhr erreichbar.

Herzlichen Glückwunsch schon einmal!

Clara Mertens
Partnerin
MERTENS EXECUTIVE PARTNERS
Kaiserstraße 112 · 76133 Karlsruhe · +49 721 9130 4480
""",
    "company": "Gebhardt Kältetechnik", "contact": "c.mertens@mertens-executive.example.de",
})

# O5 -- Linz motor works, Austrian contract to sign, PDF
add({
    "n": "linz_dienstvertrag_pdf", "kind": "offer", "lang": "de",
    "frm": ("DI Karin Pölzl", "karin.poelzl@lew-linz.example.at"),
    "subj": "Dienstvertrag Produktmanager:in Industriemotoren",
    "date": "2026-04-23 11:31 +0200", "struct": "mixed", "cs": "iso-8859-1", "cte": "8bit", "to": CAND_PLAIN,
    "body": """Sehr geehrter Herr Szymanski-Ortega,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Position als Produktmanager Industriemotoren anzubieten.

Anbei erhalten Sie den Dienstvertrag samt Dienstzettel. Die Einstufung erfolgt nach dem Kollektivvertrag für die Elektro- und Elektronikindustrie, Verwendungsgruppe J, mit einer Überzahlung; das Bruttomonatsgehalt beträgt EUR 6.450,-- (14 Mal jährlich). Als Eintrittsdatum haben wir den 1. Juli 2026 vorgesehen.

Bitte senden Sie uns den unterfertigten Vertrag bis 8. Mai 2026 zurück, gerne eingescannt vorab per E-Mail. Bei Fragen zur Übersiedlung nach Linz hilft Ihnen unser Relocation-Partner gerne weiter.

Freundliche Grüße

DI Karin Pölzl
Leitung Human Resources
Linzer Elektromotorenwerk GmbH
Wiener Straße 131 | 4020 Linz | Austria
T +43 732 7804-220
""",
    "att": [("Dienstvertrag_LEW_2026.pdf", [
        "Linzer Elektromotorenwerk GmbH - Dienstvertrag",
        "Dienstnehmer: DI Benedikt Szymanski-Ortega",
        "Verwendung: Produktmanager Industriemotoren",
        "Kollektivvertrag Elektro- und Elektronikindustrie, Verwendungsgruppe J",
        "Bruttomonatsgehalt EUR 6.450,-- (14 x jaehrlich), Eintritt 1.7.2026",
    ]), ("Dienstzettel.pdf", ["Dienstzettel gem. par. 2 AVRAG", "Linzer Elektromotorenwerk GmbH"])],
    "company": "Linzer Elektromotorenwerk", "contact": "karin.poelzl@lew-linz.example.at",
})

# O6 -- forming firm: contract for e-signature, Outlook chain whose quote mentions an Absage
add({
    "n": "forming_esign_contract", "kind": "offer", "lang": "de",
    "frm": ("Nicole Straub", "nicole.straub@neckartal-umformtechnik.example.de"),
    "subj": "AW: Rückfrage Vertragsunterlagen",
    "date": "2026-09-22 09:16 +0200", "cs": "utf-8", "cte": "quoted-printable",
    "irt": "<CAB7f2QkNe9@mail.example.de>",
    "body": """Guten Morgen Herr Szymański-Ortega,

vielen Dank für Ihre offene Nachricht. Wir haben intern gesprochen und können das Startdatum auf den 1. November legen. Das Fixgehalt passen wir wie gewünscht auf 88.000 € an.

Den aktualisierten Arbeitsvertrag habe ich Ihnen soeben über unser Signaturportal zur elektronischen Unterschrift geschickt; Sie erhalten dazu eine separate E-Mail mit dem Link. Sobald Sie unterschrieben haben, unterzeichnet unsere Geschäftsführung.

Wir freuen uns sehr darauf, Sie im Team zu begrüßen!

Mit freundlichen Grüßen
Nicole Straub
Personalreferentin

Neckartal Umformtechnik GmbH
Am Mühlkanal 5 · 72072 Tübingen
Tel. 07071 9933-140
Geschäftsführer: Hans-Peter Neuffer · Amtsgericht Stuttgart HRB 381144

Von: Benedikt Szymański-Ortega <b.szymanski@example.de>
Gesendet: Montag, 21. September 2026 19:02
An: Nicole Straub <nicole.straub@neckartal-umformtechnik.example.de>
Betreff: Rückfrage Vertragsunterlagen

Sehr geehrte Frau Straub,

danke für die Vertragsunterlagen. Ehrlich gesagt liegt mir noch ein zweites Angebot vor, und ich müsste diese Woche einem der beiden Unternehmen absagen. Wäre ein Start am 1. November und ein Fixgehalt von 88.000 € für Sie denkbar? Dann würde ich sehr gerne bei Ihnen unterschreiben.

Mit freundlichen Grüßen
Benedikt Szymański-Ortega
""",
    "company": "Neckartal Umformtechnik", "contact": "nicole.straub@neckartal-umformtechnik.example.de",
})

# O7 -- English offer letter with PDF
add({
    "n": "robotics_offer_letter_pdf", "kind": "offer", "lang": "en",
    "frm": ("Sofie Halvorsen", "sofie.halvorsen@halvorsen-robotics.example.com"),
    "subj": "Offer of employment – Senior Product Manager",
    "date": "2026-08-27 15:55 +0200", "struct": "mixed", "cs": "utf-8", "cte": "base64",
    "body": """Dear Benedikt,

On behalf of everyone at Halvorsen Robotics, I'm delighted to offer you the position of Senior Product Manager – Mobile Manipulators, based in our Munich office.

Your offer letter is attached. In short: a base salary of EUR 98,000, an annual bonus of up to 12%, 30 days of holiday and a start date of 1 November 2026. The offer is valid until 7 September.

Please sign and return the letter, or let me know if you'd like to talk anything through. We really enjoyed the final round and can't wait to have you on the team.

Warm wishes,

Sofie Halvorsen
VP People
Halvorsen Robotics GmbH
Leopoldstraße 204, 80804 München
""",
    "att": [("Halvorsen_Robotics_Offer_Letter_B_Szymanski-Ortega.pdf", [
        "Halvorsen Robotics GmbH - Offer Letter",
        "Candidate: Benedikt Szymanski-Ortega",
        "Position: Senior Product Manager - Mobile Manipulators",
        "Base salary: EUR 98,000 p.a.; bonus up to 12 percent",
        "Start date: 1 November 2026; offer valid until 7 September 2026",
    ])],
    "company": "Halvorsen Robotics", "contact": "sofie.halvorsen@halvorsen-robotics.example.com",
})

# O8 -- Monterrey start-up: carta oferta, tú, PDF
add({
    "n": "monterrey_carta_oferta_pdf", "kind": "offer", "lang": "es",
    "frm": ("Daniela Treviño", "daniela@autoregio.example.mx"),
    "subj": "Carta oferta 🙌",
    "date": "2026-09-01 12:40 -0600", "struct": "mixed", "cs": "utf-8", "cte": "quoted-printable",
    "body": """¡Hola Benedikt!

Después de platicarlo con Rodrigo y con el consejo, te queremos hacer una oferta formal para el puesto de Head of Product Hardware. Te adjunto la carta oferta con todos los detalles: sueldo mensual bruto de $145,000 MXN, aguinaldo de 30 días, vales de despensa, seguro de gastos médicos mayores y apoyo para la mudanza a Monterrey y el trámite de visa.

Nos encantaría que empezaras el 2 de noviembre. Revísala con calma y si tienes dudas nos echamos una llamada esta semana. Te pediría que nos respondas antes del 11 de septiembre.

¡Ojalá digas que sí!

Dani
Daniela Treviño · Cofundadora & COO · Automatización Regiomontana
""",
    "att": [("Carta_Oferta_BSzymanski.pdf", [
        "Automatizacion Regiomontana, S.A.P.I. de C.V. - Carta Oferta",
        "Candidato: Benedikt Szymanski-Ortega",
        "Puesto: Head of Product Hardware",
        "Sueldo mensual bruto: $145,000 MXN; aguinaldo 30 dias",
        "Fecha de ingreso: 2 de noviembre de 2026",
    ])],
    "company": "Automatización Regiomontana", "contact": "daniela@autoregio.example.mx",
})

# O9 -- Monterrey group, conditional offer, HTML only
add({
    "n": "monterrey_oferta_condicionada", "kind": "offer", "lang": "es",
    "frm": ("Mariana Garza Leal", "mariana.garza@gmn.example.mx"),
    "subj": "Propuesta económica - Gerente de Producto Línea de Prensas",
    "date": "2026-07-31 16:12 -0600", "struct": "html", "cs": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Estimado Benedikt:</p>
<p>Por instrucciones del Ing. Salvador Villarreal, me da mucho gusto hacerte llegar nuestra propuesta para la posición de <b>Gerente de Producto – Línea de Prensas</b>:</p>
<ul>
<li>Sueldo mensual bruto: $118,000 MXN</li>
<li>Bono anual por desempeño: hasta 2 sueldos mensuales</li>
<li>Aguinaldo de 30 días, prima vacacional del 50 %, fondo de ahorro del 13 %</li>
<li>Seguro de gastos médicos mayores para ti y tus dependientes</li>
<li>Apoyo de reubicación internacional</li>
</ul>
<p>La oferta está sujeta a la aprobación de tus exámenes médicos y antidoping, así como al estudio socioeconómico y a la obtención de tu permiso de trabajo.</p>
<p>Te agradeceré tu respuesta a más tardar el viernes 7 de agosto.</p>
<p>Saludos cordiales,</p>
<p><b>Lic. Mariana Garza Leal</b><br>Atracción de Talento<br>Grupo Metalmecánico del Norte<br>Tel. +52 81 8340 1200 ext. 318</p>
<p style="font-size:8pt;color:#888">Este correo electrónico y sus anexos son confidenciales.</p>
</body></html>""",
    "company": "Grupo Metalmecánico del Norte", "contact": "mariana.garza@gmn.example.mx",
})

# O10 -- Lyon automation firm, promesse d'embauche, PDF
add({
    "n": "lyon_promesse_embauche_pdf", "kind": "offer", "lang": "fr",
    "frm": ("Hélène Chabert", "helene.chabert@sevenne-automatismes.example.fr"),
    "subj": "Promesse d'embauche - Chef de produit Automatismes",
    "date": "2026-10-06 17:03 +0200", "struct": "mixed", "cs": "iso-8859-1", "cte": "quoted-printable", "to": CAND_PLAIN,
    "body": """Monsieur Szymanski-Ortega,

Suite à nos différents échanges, j'ai le plaisir de vous transmettre ci-joint votre promesse d'embauche pour le poste de Chef de produit Automatismes, statut cadre, au sein de Sévenne Automatismes.

Pour rappel : rémunération annuelle brute de 68 000 euros sur 13 mois, forfait jours (213 jours), prise de poste le 4 janvier 2027 à Villeurbanne.

Je vous remercie de bien vouloir nous retourner la promesse datée et signée, précédée de la mention « bon pour accord », avant le 16 octobre.

Dans l'attente, je reste à votre disposition.

Bien cordialement,

Hélène Chabert
Directrice des Ressources Humaines
Sévenne Automatismes SAS
45 avenue Roger Salengro - 69100 Villeurbanne
""",
    "att": [("Promesse_embauche_Szymanski-Ortega.pdf", [
        "Sevenne Automatismes SAS - Promesse d'embauche",
        "M. Benedikt Szymanski-Ortega",
        "Poste : Chef de produit Automatismes, statut cadre",
        "Remuneration annuelle brute : 68 000 euros sur 13 mois",
        "Date de prise de poste : 4 janvier 2027",
    ])],
    "company": "Sévenne Automatismes", "contact": "helene.chabert@sevenne-automatismes.example.fr",
})
