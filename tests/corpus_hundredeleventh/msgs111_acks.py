"""Application acknowledgements and offers (hundred-eleventh corpus): 21 + 10, each by hand."""

from __future__ import annotations

from msgs111_common import pixel

MESSAGES: list[dict] = []
add = MESSAGES.append

# ----------------------------------------------------------------- application_received (21)

add({
    "kind": "application_received", "scenario": "softgarden_four_weeks", "header_b": True, "lang": "de",
    "company": "Voralpen Papier", "contact": "",
    "frm": ("Voralpen Papier", "noreply@softgarden.io"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung: IT Service Lead (m/w/d)",
    "date": "2026-01-12 21:04 +0100",
    "html": """<html><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:20px 30px;border-bottom:4px solid #3f7d3a"><img src="https://static.softgarden.io/assets/voralpen/logo.png" alt="Voralpen Papier – seit 1888" width="190"></td></tr>
<tr><td style="padding:26px 30px;line-height:21px">
<p>Sehr geehrter Herr Brandstätter-Osei,</p>
<p>vielen Dank für Ihre Bewerbung als <b>IT Service Lead (m/w/d)</b> am Standort Bruck an der Mur. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir prüfen nun alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. <b>Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.</b></p>
<p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://voralpen.softgarden.io/de/applicant/login?utm_source=eingang">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam der Voralpen Papier</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#999;background:#fafafa">Voralpen Papier AG · Werkstraße 2 · 8600 Bruck an der Mur · FN 10223 m · Landesgericht Leoben<br>
<a href="https://voralpen.softgarden.io/de/privacy" style="color:#999">Datenschutzerklärung</a> · Diese E-Mail wurde automatisch versendet.</td></tr>
</table></td></tr></table>
""" + pixel("https://app.softgarden.io/mail/open/0a7d11c3") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "personio_du_thanks", "lang": "de",
    "company": "Kiezcloud", "contact": "",
    "frm": ("Kiezcloud", "no-reply@personio.de"),
    "subject": "Danke für deine Bewerbung, Lukas!",
    "date": "2026-02-16 08:31 +0100",
    "text": """Hi Lukas,

danke, dass du dich als Platform Engineer bei Kiezcloud beworben hast! 🎉

Deine Bewerbung ist gut bei uns angekommen. Jana aus dem People-Team schaut sie sich in den nächsten Tagen an und meldet sich dann bei dir – versprochen, egal wie's ausgeht.

Bis dahin kannst du ja schon mal in unseren Engineering-Blog reinschauen: https://kiezcloud.example.de/blog

Liebe Grüße
dein Kiezcloud-Team

Kiezcloud GmbH · Oranienstraße 183 · 10999 Berlin
Diese Nachricht wurde automatisch versendet – bitte antworte nicht darauf.
""",
})

add({
    "kind": "application_received", "scenario": "public_receipt_info_pdf", "lang": "de",
    "company": "Digitalservice Land Steiermark", "contact": "",
    "frm": ("Digitalservice Land Steiermark", "bewerbung-noreply@digitalservice-stmk.example.at"),
    "subject": "Eingangsbestätigung – Ausschreibung DS-2026-03",
    "date": "2026-02-20 15:12 +0100",
    "cte": "8bit",
    "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung auf die Ausschreibung DS-2026-03 „Referentin/Referent Cloud-Betrieb“.

Bewerbungsnummer: DS-2026-03/0047

Die Bewerbungsfrist endet am 6. März 2026. Nach Ende der Frist werden alle Bewerbungen anhand der in der Ausschreibung genannten Kriterien geprüft. Über den weiteren Verlauf des Verfahrens werden Sie schriftlich informiert. Nähere Informationen zum Ablauf finden Sie im beigefügten Informationsblatt.

Digitalservice Land Steiermark
Abteilung Personal und Organisation

Diese Nachricht wurde automatisch versandt. Bitte antworten Sie nicht auf diese E-Mail-Adresse.
""",
    "attachments": [{"filename": "Informationsblatt_Auswahlverfahren.pdf", "lines": [
        "Digitalservice Land Steiermark - Informationsblatt zum Auswahlverfahren",
        "1. Formalprüfung der Bewerbungen nach Fristende",
        "2. Schriftlicher Test (Fachwissen IT-Betrieb, 60 Minuten)",
        "3. Strukturiertes Gespräch mit der Auswahlkommission",
        "Die Reihung erfolgt nach dem Steiermärkischen Objektivierungsgesetz.",
    ]}],
})

add({
    "kind": "application_received", "scenario": "hospital_portal_receipt", "lang": "de",
    "company": "Krankenhausverbund Südost", "contact": "",
    "frm": ("Krankenhausverbund Südost – Karriere", "noreply@khv-suedost.example.at"),
    "subject": "Bewerbung eingegangen: Teamleitung Service Desk (Kennung 2026-0114)",
    "date": "2026-02-02 12:00 +0100",
    "html": """<html><head><style>td{font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222}</style></head>
<body>
<table width="600" border="0" cellspacing="0" cellpadding="8">
<tr><td><img src="https://karriere.khv-suedost.example.at/img/khv-logo.gif" alt="KHV Südost" width="180" height="48"></td></tr>
<tr><td>
Sehr geehrter Herr Brandstätter-Osei,<br><br>
Ihre Bewerbung für die Stelle <b>Teamleitung Service Desk</b> (Kennung 2026-0114) ist am 02.02.2026 bei uns eingelangt.<br><br>
Wir werden Ihre Unterlagen nach Ende der Bewerbungsfrist prüfen und uns anschließend bei Ihnen melden. Den aktuellen Stand können Sie jederzeit im Karriereportal abrufen.<br><br>
Mit freundlichen Grüßen<br>
Personalmanagement<br>
Krankenhausverbund Südost
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ccc">
Krankenhausverbund Südost GmbH, Auenbruggerplatz 40, 8036 Graz · FN 178342 s<br>
Dies ist eine automatisch erstellte Nachricht. Antworten auf diese E-Mail können nicht bearbeitet werden.
</td></tr></table>
""" + pixel("https://karriere.khv-suedost.example.at/t.gif?m=2026-0114-12") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "jobboard_sent_to_employer", "header_b": True, "lang": "de",
    "company": "Energie Mur-Süd", "contact": "",
    "frm": ("Jobfeld.at", "service@mail.jobfeld.example.at"),
    "subject": "Ihre Bewerbung wurde erfolgreich versendet",
    "date": "2026-03-28 22:41 +0100",
    "headers": {"List-Unsubscribe": "<https://www.jobfeld.example.at/abmelden?u=8812ab>"},
    "html": """<html><body style="margin:0;background:#eef2f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2a2a2a">
<tr><td style="padding:16px 24px;background:#ff7a00"><img src="https://www.jobfeld.example.at/img/jobfeld-logo-white.png" alt="jobfeld.at" width="120"></td></tr>
<tr><td style="padding:24px;line-height:21px">
<p>Hallo Lukas,</p>
<p>deine Bewerbung wurde erfolgreich an <b>Energie Mur-Süd AG</b> übermittelt:</p>
<table cellpadding="10" cellspacing="0" width="100%" style="border:1px solid #e2e6e9;border-radius:4px"><tr><td>
<b>Leitung IT-Betrieb &amp; Cloud</b><br>Energie Mur-Süd AG · Graz<br><span style="color:#888">Vollzeit · ab € 4.800 brutto/Monat</span></td></tr></table>
<p>Das Unternehmen meldet sich direkt bei dir. Alle deine Bewerbungen findest du unter <a href="https://www.jobfeld.example.at/r/c?t=bw&amp;u=8812ab&amp;d=meine-bewerbungen">Meine Bewerbungen</a>.</p>
<p style="font-size:13px"><b>Das könnte dich auch interessieren:</b><br>
<a href="https://www.jobfeld.example.at/r/c?t=job&amp;id=771023">System Engineer Cloud – Leoben</a><br>
<a href="https://www.jobfeld.example.at/r/c?t=job&amp;id=771088">IT-Teamleiter:in – Graz-Umgebung</a></p>
<p>Viel Erfolg!<br>Dein jobfeld.at-Team</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:10px;color:#9aa3a8">jobfeld.at · Jobfeld Online GmbH · Elisabethstraße 20 · 8010 Graz<br>
<a href="https://www.jobfeld.example.at/abmelden?u=8812ab" style="color:#9aa3a8">E-Mail-Einstellungen</a> · <a href="https://www.jobfeld.example.at/impressum" style="color:#9aa3a8">Impressum</a></td></tr>
</table></td></tr></table>
""" + pixel("https://www.jobfeld.example.at/o.gif?u=8812ab&m=bw") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "swiss_jobboard_forwarded", "header_b": True, "lang": "de",
    "company": "Glattal Logistik", "contact": "",
    "frm": ("Jobwelt Schweiz", "bewerbungen@notify.jobwelt.example.ch"),
    "subject": "Bewerbung übermittelt: Teamleiter IT Operations",
    "date": "2026-01-15 19:22 +0100",
    "charset": "windows-1252",
    "text": """Guten Tag Lukas Brandstätter-Osei

Ihre Bewerbung wurde an folgendes Unternehmen übermittelt:

  Glattal Logistik AG
  Teamleiter IT Operations (100 %)
  Glattbrugg

Der Arbeitgeber hat Ihre Unterlagen (Lebenslauf, Motivationsschreiben, 3 Arbeitszeugnisse) erhalten und wird sich direkt bei Ihnen melden.

Tipp: Aktivieren Sie den Jobwelt-Abo, um neue Stellen als Teamleiter IT zu erhalten.

Freundliche Grüsse
Ihr Jobwelt-Team

--
Jobwelt Schweiz AG, Badenerstrasse 141, 8004 Zürich
Diese E-Mail wurde automatisch erstellt. Abmelden: https://www.jobwelt.example.ch/abmelden
""",
})

add({
    "kind": "application_received", "scenario": "bank_personal_receipt", "html_style": "outlook", "boundary_style": "outlook", "lang": "de",
    "company": "Bankhaus Riedl & Söhne", "contact": "s.hackl@bankhaus-riedl.example.de",
    "frm": ("Hackl, Stefanie", "s.hackl@bankhaus-riedl.example.de"),
    "subject": "Ihre Bewerbung als Senior Cloud Operations Engineer",
    "date": "2026-05-28 09:14 +0200",
    "charset": "windows-1252",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

vielen Dank für Ihre Bewerbung, die wir gestern erhalten haben. Ihre Unterlagen sind vollständig.

Wir sichten derzeit alle Bewerbungen und werden uns bis spätestens Mitte Juni bei Ihnen melden. Bei Rückfragen erreichen Sie mich gerne unter der unten stehenden Telefonnummer.

Mit freundlichen Grüßen

Stefanie Hackl
Personal

Bankhaus Riedl & Söhne KG
Maximiliansplatz 9 · 80333 München
Telefon +49 89 290 66-315
""",
})

add({
    "kind": "application_received", "scenario": "insurer_cannot_answer_each", "lang": "de",
    "company": "Schlossberg Versicherung", "contact": "",
    "frm": ("Schlossberg Versicherung", "noreply@softgarden.io"),
    "subject": "Vielen Dank für Ihre Bewerbung",
    "date": "2026-05-07 07:46 +0200",
    "html": """<html><body style="margin:0;background:#ececec">
<table width="100%" bgcolor="#ececec" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#303030">
<tr><td style="padding:22px 30px;background:#7a1f2b"><img src="https://static.softgarden.io/assets/schlossberg/logo_white.png" alt="SCHLOSSBERG VERSICHERUNG" width="210"></td></tr>
<tr><td style="padding:30px;line-height:21px">
Sehr geehrter Herr Brandstätter-Osei,<br><br>
herzlichen Dank für Ihre Bewerbung als <b>IT Operations Lead (m/w/d)</b>. Wir haben Ihre Unterlagen erhalten.<br><br>
Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Wenn Ihr Profil unseren Anforderungen entspricht, melden wir uns innerhalb von drei Wochen für ein erstes Gespräch bei Ihnen.<br><br>
Freundliche Grüße<br>
Ihr Recruiting-Team der Schlossberg Versicherung
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#8c8c8c;background:#f6f6f6">
Schlossberg Versicherung AG · Sporgasse 2 · 8010 Graz · FN 45871 d<br>
<a href="https://schlossberg.softgarden.io/de/privacy" style="color:#8c8c8c">Datenschutz</a>
</td></tr></table></td></tr></table>
""" + pixel("https://app.softgarden.io/mail/open/3b91f0e2a7") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "speculative_received_six_weeks", "lang": "de",
    "company": "Steirerland Medizintechnik", "contact": "karriere@steirerland-mt.example.at",
    "frm": ("Steirerland Medizintechnik Karriere", "karriere@steirerland-mt.example.at"),
    "subject": "Ihre Initiativbewerbung",
    "date": "2026-03-06 10:05 +0100",
    "cte": "8bit",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

danke für Ihre Initiativbewerbung, die gut bei uns angekommen ist.

Aktuell prüfen wir, ob es in unserer IT in Gleisdorf oder in der Konzern-IT eine passende Aufgabe für Sie gibt. Das kann erfahrungsgemäß bis zu sechs Wochen dauern. Sollten Sie in dieser Zeit nichts von uns hören, gibt es leider derzeit keine passende Position.

Für Fragen sind wir unter dieser Adresse gerne für Sie da.

Beste Grüße
Team Karriere
Steirerland Medizintechnik GmbH
Industriestraße 30, 8200 Gleisdorf
""",
})

add({
    "kind": "application_received", "scenario": "university_receipt_kennzahl", "lang": "de",
    "company": "Universität für Angewandte Informatik Linz", "contact": "",
    "frm": ("UAI Linz – Personalabteilung", "bewerbung@uai-linz.example.at"),
    "subject": "Eingangsbestätigung Kennzahl 2026/IT-14",
    "date": "2026-04-03 16:30 +0200",
    "charset": "iso-8859-1",
    "header_charset": "utf-8",
    "text": """Sehr geehrter Herr Brandstätter-Osei!

Hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle IT-Systemadministratorin/IT-Systemadministrator (Kennzahl 2026/IT-14).

Nach Ablauf der Bewerbungsfrist wird die Auswahlkommission die Bewerbungen sichten. Wir ersuchen Sie um Verständnis, dass das Verfahren einige Wochen in Anspruch nehmen kann.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.

Personalabteilung
Universität für Angewandte Informatik Linz
""",
})

add({
    "kind": "application_received", "scenario": "agency_talentpool_received", "lang": "de",
    "company": "Stellwerk Personal", "contact": "lena.fuchs@stellwerk-personal.example.de",
    "frm": ("Lena Fuchs – Stellwerk Personal", "lena.fuchs@stellwerk-personal.example.de"),
    "subject": "Ihre Bewerbung bei Stellwerk Personal",
    "date": "2026-07-27 15:03 +0200",
    "cte": "8bit",
    "text": """Hallo Herr Brandstätter-Osei,

vielen Dank für Ihre Bewerbung über unsere Website! Ihre Unterlagen habe ich erhalten und Ihr Profil in unseren Talentpool für IT-Positionen in München und Umgebung aufgenommen.

Ich sehe mir Ihren Lebenslauf in den nächsten Tagen genauer an und melde mich dann telefonisch, um Ihre Wünsche (Gehalt, Remote-Anteil, Umzugsbereitschaft) zu besprechen.

Herzliche Grüße
Lena Fuchs
Personalberaterin IT & Finance

Stellwerk Personal GmbH | Sonnenstraße 19 | 80331 München
Tel. 089 5454 1290
""",
})

add({
    "kind": "application_received", "scenario": "workday_thanks_applying", "lang": "en",
    "company": "Noordpunt Energy", "contact": "",
    "frm": ("Noordpunt Energy Careers", "noordpunt@myworkday.com"),
    "subject": "Thank you for applying to Noordpunt Energy",
    "date": "2026-08-27 23:12 +0200",
    "html": """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border-top:6px solid #00a36c">
<tr><td style="padding:20px 0"><img src="https://noordpunt.wd3.myworkday.com/assets/noordpunt-logo.png" alt="Noordpunt Energy" width="170"></td></tr>
<tr><td style="font-size:14px;color:#222;line-height:22px">
<p>Dear Lukas,</p>
<p>Thank you for applying for the <b>IT Operations Team Lead</b> position (JR-4471) at Noordpunt Energy. We have received your application.</p>
<p>Our recruitment team will review your profile against the requirements of the role. You can follow the status of your application in your <a href="https://noordpunt.wd3.myworkday.com/noordpunt_careers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Noordpunt Energy</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:18px;border-top:1px solid #eee">Noordpunt Energy N.V. · Danzigerkade 23 · 1013 AP Amsterdam. This mailbox is not monitored.</td></tr>
</table>
""" + pixel("https://noordpunt.wd3.myworkday.com/track/open?c=JR-4471-A") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "greenhouse_received", "lang": "en",
    "company": "Tulp Data", "contact": "",
    "frm": ("Tulp Data", "no-reply@us.greenhouse-mail.io"),
    "subject": "Thanks for applying to Tulp Data",
    "date": "2026-02-09 14:27 +0100",
    "text": """Hi Lukas,

Thanks for your interest in Tulp Data! We've received your application for the Platform Engineer position.

Our team reviews every application and we'll get back to you once we've had a chance to look at yours. In the meantime, feel free to check out our engineering principles: https://tulpdata.example.nl/engineering

Best,
Tulp Data Recruiting

Please do not reply to this email; this mailbox is not monitored.
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;max-width:560px">
<p><img src="https://grnhse-prod.s3.amazonaws.com/logos/tulpdata.png" alt="Tulp Data" width="110"></p>
<p>Hi Lukas,</p>
<p>Thanks for your interest in Tulp Data! We've received your application for the <strong>Platform Engineer</strong> position.</p>
<p>Our team reviews every application and we'll get back to you once we've had a chance to look at yours. In the meantime, feel free to check out our <a href="https://tulpdata.example.nl/engineering?utm_source=greenhouse">engineering principles</a>.</p>
<p>Best,<br>Tulp Data Recruiting</p>
<p style="font-size:11px;color:#999">Please do not reply to this email; this mailbox is not monitored.</p>
</div>
""" + pixel("https://us.greenhouse-mail.io/o/ooaf1/0b33e19") + "\n",
})

add({
    "kind": "application_received", "scenario": "lever_received_plain", "lang": "en",
    "company": "Keizersgracht Labs", "contact": "",
    "frm": ("Keizersgracht Labs", "no-reply@hire.lever.co"),
    "subject": "Keizersgracht Labs - application received",
    "date": "2026-03-13 08:09 +0100",
    "cte": "7bit",
    "text": """Hi Lukas,

Thank you for applying for the Site Reliability Engineer role at Keizersgracht Labs. This is a quick note to confirm that we have received your application.

A member of our hiring team will review it over the coming weeks. We'll let you know either way.

Thanks,
Keizersgracht Labs

--
You are receiving this email because you applied for a position at Keizersgracht Labs. Replies to this address are not monitored.
""",
})

add({
    "kind": "application_received", "scenario": "icims_cannot_respond_all", "lang": "en",
    "company": "Wendelstein Instruments", "contact": "",
    "frm": ("Wendelstein Instruments Careers", "wendelstein-careers@talent.icims.com"),
    "subject": "Application received: Cloud Infrastructure Engineer (Req 2026-3317)",
    "date": "2026-04-06 10:55 +0200",
    "html": """<html><body>
<table cellpadding="0" cellspacing="0" width="100%" style="font-family:'Segoe UI',Arial,sans-serif">
<tr><td style="padding:12px 0 18px 0"><img alt="Wendelstein Instruments" src="https://careers-wendelstein.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=118&amp;hashed=-1622" width="200"></td></tr>
<tr><td style="font-size:14px;color:#222;line-height:20px">
<p>Dear Lukas,</p>
<p>Thank you for applying for the Cloud Infrastructure Engineer position (Req 2026-3317). Your application has been successfully submitted.</p>
<p>Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications match the requirements of the role, a member of our Talent Acquisition team will contact you. If you have not heard from us within 30 days, please assume that we will not be moving forward with your application on this occasion.</p>
<p>Sincerely,<br>Global Talent Acquisition<br>Wendelstein Instruments</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding-top:20px">
Wendelstein Instruments GmbH, Rosenheimer Straße 145, 81671 München. This message was sent via iCIMS; please do not reply.
</td></tr></table>
""" + pixel("https://careers-wendelstein.icims.com/track/pixel?e=61b02") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "platform_sent_to_employer_en", "header_b": True, "lang": "en",
    "company": "Uetliberg Analytics", "contact": "",
    "frm": ("WorkNest", "applications@mail.worknest.example.com"),
    "subject": "Your application was sent to Uetliberg Analytics",
    "date": "2026-08-12 20:15 +0200",
    "headers": {"List-Unsubscribe": "<https://worknest.example.com/settings/email?u=lb77>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><body style="margin:0;background:#f3f2ef">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="552" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#191919">
<tr><td style="padding:16px 24px"><img src="https://static.worknest.example.com/email/logo.png" alt="WorkNest" width="96"></td></tr>
<tr><td style="padding:8px 24px 24px">
<h2 style="font-size:20px;font-weight:600">Your application was sent to Uetliberg Analytics</h2>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e0dfdc;border-radius:8px;width:100%"><tr>
<td style="padding:12px"><img src="https://static.worknest.example.com/co/uetliberg-analytics.png" alt="Uetliberg Analytics" width="48"></td>
<td style="padding:12px"><b>Platform Reliability Engineer</b><br>Uetliberg Analytics · Zürich (Hybrid)<br><span style="color:#666">Applied on 12 Aug 2026</span></td></tr></table>
<p>Good luck! You can track this application in <a href="https://worknest.example.com/comm/jobs/tracker?trk=eml-apply-confirm">My Jobs</a>.</p>
<p style="font-size:13px;color:#666">Top jobs for you: <a href="https://worknest.example.com/comm/jobs/view/4410?trk=eml-apply-confirm-reco">SRE – Basel</a> · <a href="https://worknest.example.com/comm/jobs/view/4415?trk=eml-apply-confirm-reco">Cloud Engineer – Zürich</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f9f9f8">This email was intended for Lukas Brandstätter-Osei (IT Support Lead). <a href="https://worknest.example.com/settings/email?u=lb77" style="color:#888">Unsubscribe</a> · WorkNest Europe B.V., Herengracht 420, Amsterdam</td></tr>
</table></td></tr></table>
""" + pixel("https://worknest.example.com/emimp/ip_lb77.gif") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "recruiter_mobile_got_cv", "lang": "en",
    "company": "Westerpark Games", "contact": "ilse@westerparkgames.example.nl",
    "frm": ("Ilse van Dijk", "ilse@westerparkgames.example.nl"),
    "subject": "Re: IT Ops Lead application",
    "date": "2026-07-13 18:40 +0200",
    "cte": "7bit",
    "irt": "<f0a1c5e2-8b7d-4e3f-9a11-lukas.bo@example.at>",
    "text": """Got your CV, thanks Lukas! I'll share it with Bram this week and come back to you.

Ilse - Westerpark Games

Sent from my iPhone
""",
})

add({
    "kind": "application_received", "scenario": "fr_accuse_reception_auto", "lang": "fr",
    "company": "Banque Alzette", "contact": "",
    "frm": ("Banque Alzette - Recrutement", "recrutement@banque-alzette.example.lu"),
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-04-20 18:02 +0200",
    "header_charset": "iso-8859-1",
    "charset": "iso-8859-1",
    "cte": "8bit",
    "text": """Monsieur,

Nous accusons réception de votre candidature au poste de Responsable Support IT et vous remercions de l'intérêt que vous portez à Banque Alzette.

Votre dossier sera étudié avec la plus grande attention. Si votre profil correspond à nos besoins, nous prendrons contact avec vous dans les meilleurs délais.

Le service Recrutement
Banque Alzette S.A.

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
})

add({
    "kind": "application_received", "scenario": "fr_swiss_html_receipt", "lang": "fr",
    "company": "Léman Systèmes", "contact": "",
    "frm": ("Léman Systèmes Carrières", "noreply@leman-systemes.example.ch"),
    "subject": "Votre candidature a bien été reçue",
    "date": "2026-03-22 11:47 +0100",
    "cte": "base64",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0f4c81;padding:14px 20px"><img src="https://carrieres.leman-systemes.example.ch/logo.svg" alt="Léman Systèmes" height="34"></td></tr>
<tr><td style="padding:22px 20px;line-height:1.6">
<p>Bonjour Lukas,</p>
<p>Merci pour votre candidature au poste de <b>Responsable exploitation cloud (Bâle)</b>. Elle a bien été enregistrée sous la référence <b>LS-2026-118</b>.</p>
<p>Notre équipe RH l'examinera dans les prochaines semaines. Vous pouvez suivre l'avancement du processus depuis votre <a href="https://carrieres.leman-systemes.example.ch/espace-candidat?ref=LS-2026-118&amp;utm_source=email">espace candidat</a>.</p>
<p>Meilleures salutations,<br>Ressources humaines<br>Léman Systèmes</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#888;background:#f5f7fa">Léman Systèmes SA · Avenue de Rhodanie 58 · 1007 Lausanne · Merci de ne pas répondre à ce message automatique.</td></tr>
</table>
""" + pixel("https://carrieres.leman-systemes.example.ch/px.gif?r=LS-2026-118") + """
</body></html>
""",
})

add({
    "kind": "application_received", "scenario": "es_recibida_30_dias", "lang": "es",
    "company": "Grupo Atalaya Consultores", "contact": "",
    "frm": ("Grupo Atalaya - Selección", "empleo@grupoatalaya.example.com"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-06-12 10:20 +0200",
    "charset": "iso-8859-1",
    "text": """Hola, Lukas:

Gracias por inscribirte en la oferta Técnico de Operaciones Cloud (ref. AMS-CLD-07). Hemos recibido tu candidatura correctamente.

Nuestro equipo de Selección revisará tu perfil en las próximas semanas. Debido al elevado número de candidaturas, no podemos responder a todas personalmente: si no recibes noticias nuestras en un plazo de 30 días, entiende que tu candidatura no ha sido seleccionada en esta ocasión.

Un saludo,
Departamento de Selección
Grupo Atalaya Consultores

Por favor, no respondas a este correo: esta dirección no se atiende.
""",
})

add({
    "kind": "application_received", "scenario": "es_portal_enviada_empresa", "header_b": True, "lang": "es",
    "company": "Sierra Norte Sistemas", "contact": "",
    "frm": ("EmpleoTech", "avisos@empleotech.example.com"),
    "subject": "¡Tu candidatura se ha enviado a Sierra Norte Sistemas!",
    "date": "2026-08-05 13:33 +0200",
    "headers": {"List-Unsubscribe": "<mailto:baja@empleotech.example.com?subject=baja>, <https://empleotech.example.com/baja?u=9921>"},
    "html": """<html><body style="background:#f4f6fb;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:18px 24px;background:#5b2be0"><img src="https://empleotech.example.com/img/logo-blanco.png" alt="EmpleoTech" width="130"></td></tr>
<tr><td style="padding:24px;line-height:1.55">
<p>¡Hola Lukas!</p>
<p>Tu candidatura para <b>Ingeniero/a de Operaciones Cloud (Múnich)</b> se ha enviado correctamente a <b>Sierra Norte Sistemas</b>.</p>
<p>La empresa revisará tu perfil y, si encaja, se pondrá en contacto contigo directamente. Puedes consultar el estado en <a href="https://empleotech.example.com/r?l=mis-candidaturas&amp;u=9921">Mis candidaturas</a>.</p>
<p>¡Mucha suerte!<br>El equipo de EmpleoTech</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8a8fa3">EmpleoTech Plataformas S.L. · Calle de Alcalá 95 · 28009 Madrid · <a href="https://empleotech.example.com/baja?u=9921" style="color:#8a8fa3">Darse de baja</a></td></tr>
</table></td></tr></table>
""" + pixel("https://empleotech.example.com/o.gif?u=9921") + """
</body></html>
""",
})

# ------------------------------------------------------------------------------- offer (10)

add({
    "kind": "offer", "scenario": "utility_contract_to_sign", "lang": "de",
    "company": "Energie Mur-Süd", "contact": "d.krenn@energie-mursued.example.at",
    "frm": ("Daniela Krenn", "d.krenn@energie-mursued.example.at"),
    "subject": "Ihr Dienstvertrag – Leitung IT-Betrieb & Cloud",
    "date": "2026-05-19 14:49 +0200",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Position „Leitung IT-Betrieb & Cloud“ anbieten zu dürfen!

Im Anhang erhalten Sie Ihren Dienstvertrag mit den besprochenen Eckdaten:
- Eintritt: 1. September 2026
- Bruttomonatsgehalt: € 5.350,– (14 x jährlich), Einstufung gemäß KV Elektrizitätsunternehmen
- Gleitzeit, bis zu zwei Tage Homeoffice pro Woche

Bitte senden Sie uns den unterschriebenen Vertrag bis 29. Mai 2026 eingescannt an mich zurück; das Original können Sie am ersten Arbeitstag mitbringen.

Herr Ing. Stelzer und das ganze Team freuen sich schon auf Sie!

Freundliche Grüße

Mag. Daniela Krenn
Personalentwicklung & Recruiting
Energie Mur-Süd AG
Puchstraße 88, 8020 Graz
T +43 316 9070-4412
""",
    "attachments": [{"filename": "Dienstvertrag_Brandstaetter-Osei.pdf", "lines": [
        "DIENSTVERTRAG",
        "abgeschlossen zwischen Energie Mur-Süd AG, Puchstraße 88, 8020 Graz",
        "und Herrn Lukas Brandstätter-Osei",
        "§ 1 Beginn: 01.09.2026, unbefristet; Probemonat gemäß KV",
        "§ 2 Verwendung: Leitung IT-Betrieb & Cloud",
        "§ 3 Entgelt: EUR 5.350,- brutto monatlich, 14 x jährlich",
        "§ 4 Arbeitszeit: 38,5 Stunden, Gleitzeitvereinbarung",
        "Graz, am ______________     Unterschrift Dienstnehmer: ______________",
    ]}],
})

add({
    "kind": "offer", "scenario": "swiss_contract_pdf", "lang": "de",
    "company": "Glattal Logistik", "contact": "reto.baumann@glattal-logistik.example.ch",
    "frm": ("Baumann Reto", "reto.baumann@glattal-logistik.example.ch"),
    "subject": "Arbeitsvertrag Teamleiter IT Operations",
    "date": "2026-02-24 17:03 +0100",
    "charset": "windows-1252",
    "text": """Grüezi Herr Brandstätter-Osei

Es freut uns ausserordentlich, Ihnen die Stelle als Teamleiter IT Operations anzubieten. Herr Zollinger war von den beiden Gesprächen sehr angetan.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausführung. Die wichtigsten Punkte:
• Stellenantritt: 1. Mai 2026 (oder nach Vereinbarung)
• Jahreslohn: CHF 128'000 brutto, zahlbar in 13 Monatslöhnen
• 25 Ferientage, Halbtax-Abonnement, Unterstützung beim Umzug bis CHF 5'000

Wir bitten Sie, beide Exemplare unterschrieben bis 6. März 2026 an uns zu retournieren. Für die Arbeitsbewilligung (EU/EFTA) kümmern wir uns gerne um die Formalitäten.

Bei Fragen rufen Sie mich jederzeit an.

Freundliche Grüsse
Reto Baumann
Leiter Personal

Glattal Logistik AG
Industriestrasse 19 | 8152 Glattbrugg
T +41 44 809 21 11
""",
    "attachments": [{"filename": "Arbeitsvertrag_Glattal_Logistik.pdf", "lines": [
        "Arbeitsvertrag",
        "zwischen Glattal Logistik AG, Industriestrasse 19, 8152 Glattbrugg",
        "und Lukas Brandstätter-Osei",
        "Funktion: Teamleiter IT Operations, Pensum 100 %",
        "Stellenantritt: 1. Mai 2026; Probezeit 3 Monate",
        "Jahreslohn: CHF 128'000 brutto, 13 Monatslöhne",
        "Ort, Datum: ____________   Unterschrift: ____________",
    ]}],
})

add({
    "kind": "offer", "scenario": "verbal_offer_confirmed", "lang": "de",
    "company": "Ars Digitalis", "contact": "lisa.kainz@arsdigitalis.example.at",
    "frm": ("Lisa Kainz", "lisa.kainz@arsdigitalis.example.at"),
    "subject": "Bestätigung unseres Angebots",
    "date": "2026-07-06 17:30 +0200",
    "text": """Hallo Herr Brandstätter-Osei,

wie heute am Telefon besprochen, bestätige ich Ihnen gerne schriftlich unser Angebot für die Position Senior Platform Engineer:

- Start: 1. Oktober 2026
- Jahresbruttogehalt: € 72.000 (All-in), zusätzlich Jahresticket Linz AG Linien
- 4 Tage Homeoffice pro Monat nach Wahl, Rest im Büro in der Tabakfabrik
- 3.000 € Weiterbildungsbudget pro Jahr (z. B. für Ihre CKA-Zertifizierung)

Den Dienstvertrag bereiten wir vor, sobald Sie uns Ihre Zusage geben. Nehmen Sie sich gerne bis Ende nächster Woche Zeit.

Jakob und Selin haben sich sehr gefreut, als ich ihnen erzählt habe, dass wir Ihnen ein Angebot machen!

Viele Grüße
Lisa Kainz
People & Culture, Ars Digitalis GmbH
""",
})

add({
    "kind": "offer", "scenario": "conditional_offer_reference_check", "lang": "de",
    "company": "Bankhaus Riedl & Söhne", "contact": "s.hackl@bankhaus-riedl.example.de",
    "frm": ("Hackl, Stefanie", "s.hackl@bankhaus-riedl.example.de"),
    "subject": "Vertragsangebot – Senior Cloud Operations Engineer",
    "date": "2026-07-08 12:16 +0200",
    "charset": "windows-1252",
    "text": """Sehr geehrter Herr Brandstätter-Osei,

wir freuen uns, Ihnen im Anschluss an die Gespräche mit Herrn Joachim Riedl und Herrn Dr. Michael Riedl die Position als Senior Cloud Operations Engineer anbieten zu können.

Das beigefügte Vertragsangebot steht unter dem Vorbehalt
  (1) der Vorlage eines einwandfreien Führungszeugnisses (bzw. einer österreichischen Strafregisterbescheinigung) sowie
  (2) einer positiven Zuverlässigkeitsprüfung gemäß unseren aufsichtsrechtlichen Vorgaben.

Vorgesehener Eintritt ist der 1. Oktober 2026, das Jahreszielgehalt beträgt 84.000 EUR zuzüglich variabler Vergütung. Bitte lassen Sie uns bis 20. Juli wissen, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen

Stefanie Hackl
Personal

Bankhaus Riedl & Söhne KG
Maximiliansplatz 9 · 80333 München
Persönlich haftende Gesellschafter: Joachim Riedl, Dr. Michael Riedl · Amtsgericht München HRA 74021
""",
    "attachments": [{"filename": "Vertragsangebot_Riedl_2026-07.pdf", "lines": [
        "Bankhaus Riedl & Söhne KG - Vertragsangebot",
        "Herrn Lukas Brandstätter-Osei",
        "Position: Senior Cloud Operations Engineer, Bereich IT",
        "Eintritt: 01.10.2026, Jahreszielgehalt EUR 84.000 zzgl. variabler Vergütung",
        "Aufschiebende Bedingungen: Führungszeugnis, Zuverlässigkeitsprüfung",
        "Annahmefrist: 20.07.2026",
    ]}],
})

add({
    "kind": "offer", "scenario": "du_startup_welcome_offer", "header_b": True, "lang": "de",
    "company": "flinkbau", "contact": "hannes@flinkbau.example.de",
    "frm": ("Hannes Dittrich", "hannes@flinkbau.example.de"),
    "subject": "Wir wollen dich im Team! 🚀",
    "date": "2026-07-24 19:05 +0200",
    "text": """Hey Lukas,

nach den Gesprächen mit dir, Mira und Ole sind wir uns einig: Wir wollen dich als unseren ersten Platform Engineer!

Unser Angebot:
- 78.000 € brutto im Jahr
- 0,25 % virtuelle Anteile (VSOP), 4 Jahre Vesting, 1 Jahr Cliff
- Remote-first, einmal im Monat Teamwoche in Berlin (Reise zahlen wir)
- Start so bald es für dich passt, gern ab 1. Oktober

Den Vertrag schicke ich dir morgen per DocuSign. Wenn du vorher noch Fragen hast, ruf mich einfach an: +49 171 4402 918.

Wir freuen uns riesig!
Hannes
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111">
<p>Hey Lukas,</p>
<p>nach den Gesprächen mit dir, Mira und Ole sind wir uns einig: <b>Wir wollen dich als unseren ersten Platform Engineer!</b></p>
<p>Unser Angebot:</p>
<ul><li>78.000 € brutto im Jahr</li><li>0,25 % virtuelle Anteile (VSOP), 4 Jahre Vesting, 1 Jahr Cliff</li><li>Remote-first, einmal im Monat Teamwoche in Berlin (Reise zahlen wir)</li><li>Start so bald es für dich passt, gern ab 1. Oktober</li></ul>
<p>Den Vertrag schicke ich dir morgen per DocuSign. Wenn du vorher noch Fragen hast, ruf mich einfach an: +49 171 4402 918.</p>
<p>Wir freuen uns riesig!<br>Hannes</p>
<p style="color:#888;font-size:12px">Hannes Dittrich · Co-Founder &amp; CTO · flinkbau</p>
</div>
""",
})

add({
    "kind": "offer", "scenario": "offer_letter_pdf_en", "lang": "en",
    "company": "Uetliberg Analytics", "contact": "fabienne.roth@uetliberg-analytics.example.ch",
    "frm": ("Fabienne Roth", "fabienne.roth@uetliberg-analytics.example.ch"),
    "cc": [("Uetliberg People Team", "people@uetliberg-analytics.example.ch")],
    "subject": "Your offer - Platform Reliability Engineer",
    "date": "2026-09-25 16:40 +0200",
    "cte": "7bit",
    "text": """Hi Lukas,

I'm delighted to share that we'd like to offer you the position of Platform Reliability Engineer at Uetliberg Analytics!

Please find your offer letter attached. In short: CHF 135,000 base salary, a 10% target bonus, 5 weeks of holiday, and a start date of 1 December 2026 (we're flexible). We will support your relocation to Zurich with up to CHF 8,000.

The offer is valid until 5 October. Our People team (in cc) can answer any questions about the contract, pension fund or permits; for anything about the team and the work, just call me.

Really looking forward to working with you.

Fabienne

Fabienne Roth
Engineering Manager, Platform Reliability
Uetliberg Analytics AG | Binzmuehlestrasse 80 | 8050 Zurich
""",
    "attachments": [{"filename": "Offer_Letter_L_Brandstaetter-Osei.pdf", "lines": [
        "Uetliberg Analytics AG - Offer of Employment",
        "Dear Lukas Brandstätter-Osei,",
        "We are pleased to offer you the position of Platform Reliability Engineer.",
        "Base salary: CHF 135,000 per annum; target bonus 10%",
        "Start date: 1 December 2026; place of work: Zurich",
        "This offer is valid until 5 October 2026.",
        "Signed: Fabienne Roth, Engineering Manager",
    ]}],
})

add({
    "kind": "offer", "scenario": "greenhouse_offer_esign", "lang": "en",
    "company": "Grachtenhuis Payments", "contact": "noor.bakker@grachtenhuis.example.nl",
    "frm": ("Grachtenhuis Payments via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Noor Bakker", "noor.bakker@grachtenhuis.example.nl"),
    "subject": "Your offer from Grachtenhuis Payments",
    "date": "2026-03-24 11:22 +0100",
    "html": """<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-size:14px;color:#1d1d1d;line-height:21px">
<tr><td style="padding:18px 0"><img src="https://grnhse-prod.s3.amazonaws.com/logos/grachtenhuis.png" alt="Grachtenhuis Payments" width="150"></td></tr>
<tr><td>
<p>Hi Lukas,</p>
<p>Congratulations! 🎉 On behalf of the whole team, I'm thrilled to offer you the role of <b>Cloud Operations Engineer</b> at Grachtenhuis Payments.</p>
<p>Your offer letter is ready to review and sign electronically. It includes the details we discussed on the phone: a gross annual salary of EUR 74,000 plus 8% holiday allowance, the 30% ruling application, and a start date of 1 June 2026.</p>
<p style="text-align:center;padding:12px 0"><a href="https://app.greenhouse.io/offers/esign/5c2e19ab-77d1-4f3e-b0a8-1e2d3c4b5a69" style="background:#ff5a36;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold">Review and sign your offer</a></p>
<p>The link is valid for 7 days. If you have any questions, reply to this email or give me a call.</p>
<p>Welcome aboard (almost)!<br>Noor Bakker<br>Recruiter, Grachtenhuis Payments</p>
</td></tr></table></td></tr></table>
""" + pixel("https://us.greenhouse-mail.io/o/ooaf1/f3a0b71") + "\n",
})

add({
    "kind": "offer", "scenario": "verbal_offer_contract_follows", "html_style": "apple", "boundary_style": "apple", "lang": "en",
    "company": "Oosterdok Health", "contact": "maarten.hendriks@oosterdokhealth.example.nl",
    "frm": ("Maarten Hendriks", "maarten.hendriks@oosterdokhealth.example.nl"),
    "subject": "Great talking to you today",
    "date": "2026-06-04 18:55 +0200",
    "cte": "7bit",
    "text": """Hi Lukas,

Great talking to you earlier. As promised, here's a quick written confirmation of what I told you on the phone: we would like to offer you the Senior Cloud Operations Engineer role in our Platform team.

Headline terms: EUR 82,000 gross per year, 8% holiday allowance, 27 days of leave, hybrid (2 days a week in the office at Oosterdokskade), start date to be agreed - ideally in September.

Our HR team will send the formal contract within the next few days. Take the weekend to think it over and let me know if anything is unclear.

Best,
Maarten

Maarten Hendriks
Head of Platform | Oosterdok Health
""",
})

add({
    "kind": "offer", "scenario": "fr_proposition_contrat_pdf", "lang": "fr",
    "company": "Banque Alzette", "contact": "sophie.kieffer@banque-alzette.example.lu",
    "frm": ("Sophie Kieffer", "sophie.kieffer@banque-alzette.example.lu"),
    "subject": "Proposition d'embauche - Responsable Support IT",
    "date": "2026-06-03 10:37 +0200",
    "charset": "iso-8859-1",
    "header_charset": "iso-8859-1",
    "text": """Monsieur,

Suite à nos entretiens, nous avons le plaisir de vous proposer le poste de Responsable Support IT au sein de notre direction des systèmes d'information.

Vous trouverez ci-joint votre contrat de travail à durée indéterminée, qui prévoit notamment :
- une entrée en fonction le 1er septembre 2026 ;
- une rémunération annuelle brute de 92 000 EUR, versée en 13 mensualités ;
- une période d'essai de six mois.

Nous vous remercions de nous retourner un exemplaire signé avant le 15 juin 2026.

Dans l'attente de vous accueillir parmi nous, nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Sophie Kieffer
Chargée de recrutement
Banque Alzette S.A.
8, boulevard Royal, L-2449 Luxembourg
""",
    "attachments": [{"filename": "Contrat_de_travail_CDI.pdf", "lines": [
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "Entre Banque Alzette S.A., 8, boulevard Royal, L-2449 Luxembourg",
        "et M. Lukas Brandstätter-Osei",
        "Fonction : Responsable Support IT",
        "Date d'entrée : 1er septembre 2026 ; période d'essai : 6 mois",
        "Rémunération annuelle brute : 92 000 EUR (13 mensualités)",
        "Fait à Luxembourg, le ____________   Signature : ____________",
    ]}],
})

add({
    "kind": "offer", "scenario": "es_oferta_condiciones", "html_style": "gmail", "boundary_style": "gmail", "lang": "es",
    "company": "Levante Cloud", "contact": "marta.soler@levantecloud.example.com",
    "frm": ("Marta Soler", "marta.soler@levantecloud.example.com"),
    "subject": "Oferta Levante Cloud",
    "date": "2026-10-02 12:44 +0200",
    "charset": "iso-8859-1",
    "cte": "quoted-printable",
    "text": """Hola Lukas:

¡Tenemos buenas noticias! Después de las entrevistas con Jordi y con Núria, nos encantaría que te unieras a Levante Cloud como Cloud Operations Engineer en nuestra oficina de Ámsterdam.

Te resumo las condiciones:
- Salario: 70.000 EUR brutos anuales + 8 % de paga de vacaciones
- Incorporación: 1 de diciembre de 2026 (flexible)
- Modelo híbrido, 3 días en la oficina de Keizersgracht
- Ayuda para la reubicación y el trámite de la "30% ruling"

El contrato formal te lo enviará nuestro equipo de People la semana que viene, en cuanto nos confirmes que aceptas. ¿Lo hablamos el lunes por teléfono?

Un abrazo,
Marta

Marta Soler · Talent Acquisition · Levante Cloud
""",
})

assert len(MESSAGES) == 31, len(MESSAGES)
