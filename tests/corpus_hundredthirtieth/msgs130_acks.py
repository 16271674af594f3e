"""Application acknowledgements (21) and offers (10), written one by one for Florian
Mbeki-Hartl. Several acknowledgements warn that silence means no: they stay acknowledgements."""

from __future__ import annotations

from msgs130_common import button, card_shell, pixel, table_shell

MESSAGES: list[dict] = []
add = MESSAGES.append

# === application received =====================================================================

add({
    "slug": "hospital_ack_silence_four_weeks",
    "kind": "application_received", "company": "Kliniken Isar-Amper", "contact": "", "lang": "de",
    "from": ("Kliniken Isar-Amper", "noreply@softgarden.io"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung – Mitarbeiter IT-Service (m/w/d)",
    "date": "2026-04-14 19:02 +0200",
    "cte": "quoted-printable",
    "headers": {"Auto-Submitted": "auto-generated"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

vielen Dank für Ihre Bewerbung als Mitarbeiter IT-Service (m/w/d) am Standort Freising. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der hohen Zahl an Bewerbungen nicht jede Bewerbung einzeln beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://kliniken-isar-amper.softgarden.io/de/applicant/login

Mit freundlichen Grüßen
Ihre Personalabteilung
Kliniken Isar-Amper

--
Diese E-Mail wurde automatisch erstellt.
""",
})

add({
    "slug": "magistrat_eingangsbestaetigung",
    "kind": "application_received", "company": "Magistrat der Stadt Salzburg",
    "contact": "personalservice@stadt-salzburg.example.at", "lang": "de",
    "from": ("Magistrat Salzburg, Personalservice", "personalservice@stadt-salzburg.example.at"),
    "subject": "Eingangsbestätigung - Kennzahl 2026/IT/014",
    "date": "2026-03-02 08:44 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle IT-Supporttechniker*in (Kennzahl 2026/IT/014).

Nach Ende der Bewerbungsfrist werden alle Bewerbungen anhand der Ausschreibungskriterien geprüft. Das Auswahlverfahren wird voraussichtlich bis Mitte April abgeschlossen sein; Sie erhalten in jedem Fall eine schriftliche Verständigung. Wir ersuchen Sie, von telefonischen Anfragen zum Stand des Verfahrens Abstand zu nehmen.

Änderungen Ihrer Kontaktdaten teilen Sie uns bitte per Antwort auf diese E-Mail mit.

Mit freundlichen Grüßen

Personalservice
Magistrat der Stadt Salzburg
""",
})

add({
    "slug": "personio_danke_du",
    "kind": "application_received", "company": "Flotti", "contact": "jobs@flotti.example.at", "lang": "de",
    "from": ("Flotti", "no-reply@personio.de"),
    "reply_to": ("Flotti Jobs", "jobs@flotti.example.at"),
    "subject": "Danke für deine Bewerbung, Florian!",
    "date": "2026-04-03 22:17 +0200",
    "html": card_shell(
        logo="https://flotti-mobility.jobs.personio.de/assets/logo-flotti.png", alt="Flotti",
        body="""<p>Hallo Florian,</p>
<p>vielen Dank für deine Bewerbung als <b>IT Field Support (Fleet &amp; Hubs)</b>! 🛴</p>
<p>Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an. Du hörst spätestens in zwei Wochen von uns &ndash; versprochen.</p>
<p>Bis dahin: Falls du noch etwas nachreichen möchtest (z.&nbsp;B. dein CompTIA-Zertifikat), antworte einfach auf diese Mail.</p>
<p>Liebe Grüße<br>Lena &amp; das Flotti-Team</p>""",
        footer="""Flotti Mobility GmbH &middot; Lindengasse 00, 1070 Wien &middot; FN 000000x, HG Wien<br>
<a href="https://flotti-mobility.jobs.personio.de/privacy-policy" style="color:#8e8e93;">Datenschutz</a> &middot; Gesendet mit Personio""",
        track=pixel("https://t.personio.de/o/eyJ1IjoiZmxvdHRpIiwibSI6IjM5OTAifQ.gif")),
})

add({
    "slug": "teamtailor_received_no_reply",
    "kind": "application_received", "company": "ByteHaus", "contact": "", "lang": "de",
    "from": ("ByteHaus", "no-reply@teamtailor-mail.com"),
    "subject": "Wir haben deine Bewerbung erhalten 🙌",
    "date": "2026-03-09 07:31 +0100",
    "html": card_shell(
        logo="https://assets.teamtailor-cdn.com/bytehaus/logo-dark.png", alt="ByteHaus",
        body=f"""<p>Hi Florian,</p>
<p>danke für deine Bewerbung als <b>Junior Service Desk Engineer</b>! Sie ist sicher bei uns gelandet.</p>
<p>So geht&rsquo;s weiter: Unser Talent-Team schaut sich jede Bewerbung persönlich an. Das dauert meistens ein bis zwei Wochen. Den aktuellen Status siehst du jederzeit in deinem Kandidatenprofil.</p>
{button("https://bytehaus.teamtailor.com/connect/candidate?tt_source=email&amp;tt_medium=confirm", "Zu meinem Profil", "#111827")}
<p>Bis bald!<br>dein ByteHaus Team</p>""",
        footer="""ByteHaus IT-Solutions GmbH &middot; Wien &middot; Diese E-Mail wurde automatisch versendet.<br>
<a href="https://app.teamtailor.com/unsubscribe/cand_88f1e2" style="color:#8e8e93;">Keine E-Mails mehr von ByteHaus</a>""",
        track=pixel("https://t.teamtailor-mail.com/o/88f1e2a1.png")),
})

add({
    "slug": "hospital_linz_eingelangt",
    "kind": "application_received", "company": "Ordensklinikum St. Aurelius", "contact": "", "lang": "de",
    "from": ("Ordensklinikum St. Aurelius – Karriere", "karriere-noreply@ordensklinikum-aurelius.example.at"),
    "subject": "Ihre Bewerbung ist bei uns eingelangt",
    "date": "2026-04-21 06:12 +0200",
    "html": """<html><body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#333;background:#fbf8f3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="24" cellspacing="0" style="background:#ffffff;border:1px solid #e3d9c6;">
<tr><td><img src="https://karriere.ordensklinikum-aurelius.example.at/static/signet.png" alt="Ordensklinikum St. Aurelius" width="200"></td></tr>
<tr><td>
<p>Sehr geehrter Herr Mbeki-Hartl,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>IT-Techniker*in Medizintechnik &amp; Netzwerk</b>. Ihre Unterlagen sind vollständig bei uns eingelangt.</p>
<p>Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb der nächsten drei bis vier Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Personalmanagement<br><b>Ordensklinikum St. Aurelius</b></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;font-family:Arial,sans-serif;">Ordensklinikum St. Aurelius Linz GmbH &middot; Seilerstätte 00 &middot; 4010 Linz<br>
Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</td></tr>
</table></td></tr></table>
<img src="https://karriere.ordensklinikum-aurelius.example.at/mail/o/44e1.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "job_board_sent_to_utility",
    "kind": "application_received", "company": "Salzach Netz", "contact": "", "lang": "de",
    "from": ("jobwelt.at", "bewerbung-noreply@mailing.jobwelt.example.at"),
    "subject": "Ihre Bewerbung an Salzach Netz GmbH wurde versendet",
    "date": "2026-07-02 20:46 +0200",
    "headers": {"List-Unsubscribe": "<https://www.jobwelt.example.at/account/benachrichtigungen>"},
    "html": table_shell(
        logo="https://static.jobwelt.example.at/img/jobwelt-logo.png", alt="jobwelt.at", accent="#5a2d82",
        body=f"""<p style="font-size:18px;font-weight:bold;margin:0 0 14px 0;">Bewerbung erfolgreich versendet ✔</p>
<p>Hallo Florian Mbeki-Hartl,</p>
<p>Ihre Bewerbung für die Stelle <b>Netzwerktechniker:in Umspannwerke</b> wurde soeben an <b>Salzach Netz GmbH</b> übermittelt.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px;color:#555;">
<tr><td>Unternehmen:</td><td>Salzach Netz GmbH, Salzburg</td></tr>
<tr><td>Gesendet am:</td><td>02.07.2026, 20:46</td></tr>
<tr><td>Anhänge:</td><td>Lebenslauf_Mbeki-Hartl.pdf, Zertifikate.pdf</td></tr>
</table>
<p>Das Unternehmen meldet sich direkt bei Ihnen. Ihre Bewerbungen behalten Sie in <a href="https://www.jobwelt.example.at/r/?u=meine-bewerbungen&amp;utm_source=mail">Meine Bewerbungen</a> im Blick.</p>
{button("https://www.jobwelt.example.at/r/?u=aehnliche-jobs&amp;utm_source=mail", "Ähnliche Jobs ansehen", "#5a2d82")}""",
        footer="""jobwelt.at ist ein Service der Jobwelt Online GmbH, Wien.<br>
<a href="https://www.jobwelt.example.at/account/benachrichtigungen" style="color:#8a8d93;">Benachrichtigungen verwalten</a> &middot; <a href="https://www.jobwelt.example.at/impressum" style="color:#8a8d93;">Impressum</a>""",
        track=pixel("https://mailing.jobwelt.example.at/o/5521ae.gif")),
})

add({
    "slug": "platform_du_ist_raus",
    "kind": "application_received", "company": "Datagon Systemhaus", "contact": "", "lang": "de",
    "from": ("Stellenwerk", "noreply@stellenwerk.example.de"),
    "subject": "Deine Bewerbung bei Datagon Systemhaus GmbH ist raus! 🚀",
    "date": "2026-02-20 12:07 +0100",
    "headers": {"List-Unsubscribe": "<mailto:unsubscribe@stellenwerk.example.de?subject=unsubscribe>"},
    "html": """<html><body style="margin:0;background:#eef2f7;">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#222;">
<div style="background:#0a2e5c;padding:18px 24px;"><img src="https://cdn.stellenwerk.example.de/mail/logo-white.png" alt="Stellenwerk" height="26"></div>
<div style="padding:24px;">
<h2 style="margin:0 0 12px 0;font-size:20px;">Geschafft, Florian!</h2>
<p>Deine Bewerbung als <b>IT-Supporter (m/w/d)</b> ist bei <b>Datagon Systemhaus GmbH</b> in München eingegangen.</p>
<p>Wie geht's weiter? Arbeitgeber melden sich meist innerhalb von 14 Tagen. Den Status siehst du unter <a href="https://www.stellenwerk.example.de/t/c?l=bewerbungen&amp;s=mail">Meine Bewerbungen</a>.</p>
<h3 style="font-size:16px;margin:24px 0 8px 0;">Diese Jobs könnten dich auch interessieren</h3>
<ul style="padding-left:18px;">
<li><a href="https://www.stellenwerk.example.de/t/c?j=77120">IT-Administrator (m/w/d) – Garching</a></li>
<li><a href="https://www.stellenwerk.example.de/t/c?j=77188">Helpdesk Mitarbeiter 2nd Level – München</a></li>
<li><a href="https://www.stellenwerk.example.de/t/c?j=77201">Netzwerktechniker (m/w/d) – Freising</a></li>
</ul>
</div>
<div style="padding:16px 24px;font-size:11px;color:#888;background:#f7f9fb;">Stellenwerk Online GmbH &middot; Berlin &middot; <a href="https://www.stellenwerk.example.de/t/u?e=florian.mh%40example.at" style="color:#888;">Abmelden</a></div>
</div>
<img src="https://www.stellenwerk.example.de/t/o.gif?m=ab12" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "ack_family_firm_personal",
    "kind": "application_received", "company": "Elektro Gruber & Sohn", "contact": "j.gruber@elektro-gruber.example.at", "lang": "de",
    "from": ("Josef Gruber", "j.gruber@elektro-gruber.example.at"),
    "subject": "AW: Bewerbung Netzwerktechniker",
    "date": "2026-02-13 18:26 +0100",
    "reply": "<1e7c3b90-44f2-4d8a@example.at>",
    "text": """Grüß Sie Herr Mbeki-Hartl,

Ihre Bewerbung ist angekommen, danke. Ich bin diese Woche auf Baustellen unterwegs und schau mir das am Wochenende in Ruhe an. Melde mich dann.

Gruber

Elektro Gruber & Sohn
Elektroinstallationen · Netzwerktechnik · seit 1964
Salzburg-Maxglan | Tel. 0662 00 00 00
""",
})

add({
    "slug": "swiss_transport_three_weeks_1252",
    "kind": "application_received", "company": "Limmat Transport", "contact": "", "lang": "de",
    "from": ("Limmat Transport AG – Personaldienst", "bewerbungen@limmat-transport.example.ch"),
    "subject": "Bewerbungseingang: ICT Supporter Betriebsleitzentrale",
    "date": "2026-02-02 11:50 +0100",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Grüezi Herr Mbeki-Hartl

Besten Dank für Ihre Bewerbung als ICT Supporter Betriebsleitzentrale, die wir heute erhalten haben.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei bis vier Wochen bei Ihnen. Wir bitten Sie um etwas Geduld.

Freundliche Grüsse

Personaldienst
Limmat Transport AG
Hohlstrasse 000, 8048 Zürich
""",
})

add({
    "slug": "agency_pool_auto_ack",
    "kind": "application_received", "company": "Alpen Personal", "contact": "", "lang": "de",
    "from": ("Alpen Personal Bewerbermanagement", "bewerbung@alpenpersonal.example.at"),
    "subject": "Ihre Bewerbung bei Alpen Personal: IT Techniker:in (Ref. AP-LNZ-2231)",
    "date": "2026-05-18 23:04 +0200",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

herzlichen Dank für Ihre Bewerbung!

Ihre Unterlagen sind bei uns eingelangt und werden von Ihrer persönlichen Ansprechpartnerin, Frau Melanie Eder, geprüft. Sie meldet sich innerhalb von fünf Werktagen telefonisch bei Ihnen.

Referenz: AP-LNZ-2231 – IT Techniker:in (Vollzeit), Linz

Bitte beachten Sie: Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.

Ihr Team von Alpen Personal
Alpen Personal GmbH | Landstraße 00 | 4020 Linz | www.alpenpersonal.example.at
""",
})

add({
    "slug": "successfactors_thank_you_alt",
    "kind": "application_received", "company": "Energienetze Oberland", "contact": "", "lang": "de",
    "from": ("Energienetze Oberland Karriere", "noreply@successfactors.eu"),
    "subject": "Vielen Dank für Ihre Bewerbung – Req. 4471",
    "date": "2026-01-26 21:13 +0000",
    "text": """Guten Tag Herr Mbeki-Hartl,

vielen Dank für Ihre Bewerbung als IT-Systemtechniker Leitstelle (m/w/d) bei der Energienetze Oberland GmbH.

Wir haben Ihre Bewerbung erhalten und werden sie nun sorgfältig prüfen. Über den aktuellen Stand können Sie sich jederzeit in unserem Karriereportal informieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Energienetze Oberland

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
    "html": table_shell(
        logo="https://career5.successfactors.eu/careers/logo/energienetze-oberland.png",
        alt="Energienetze Oberland", accent="#e2001a",
        body="""<p>Guten Tag Herr Mbeki-Hartl,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>IT-Systemtechniker Leitstelle (m/w/d)</strong> bei der Energienetze Oberland GmbH.</p>
<p>Wir haben Ihre Bewerbung erhalten und werden sie nun sorgfältig prüfen. Über den aktuellen Stand können Sie sich jederzeit in unserem <a href="https://career5.successfactors.eu/career?company=energienetzeP&amp;login_ns=register">Karriereportal</a> informieren.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Energienetze Oberland</p>""",
        footer="""Energienetze Oberland GmbH &middot; Sitz: Holzkirchen &middot; Registergericht München HRB 000000<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.""",
        track=pixel("https://career5.successfactors.eu/email/track/open?id=71aa90be2d")),
})

add({
    "slug": "university_no_individual_answer",
    "kind": "application_received", "company": "Universität für Angewandte Informatik Graz", "contact": "", "lang": "de",
    "from": ("Universität für Angewandte Informatik Graz – Personalabteilung", "personal@uai-graz.example.at"),
    "subject": "Eingangsbestätigung Ausschreibung 43/2026",
    "date": "2026-03-05 14:20 +0100",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Techniker*in IT-Infrastruktur (Ausschreibung 43/2026, Zentraler Informatikdienst).

Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Sollten Sie bis Ende April keine Einladung zu einem Gespräch erhalten haben, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.

Wir danken für Ihr Verständnis.

Mit freundlichen Grüßen

Personalabteilung
Universität für Angewandte Informatik Graz
""",
})

add({
    "slug": "workday_received_bratislava",
    "kind": "application_received", "company": "Danubia Shared Services", "contact": "", "lang": "en",
    "from": ("Danubia Shared Services", "danubia@myworkday.com"),
    "subject": "Thank you for applying to Danubia Shared Services",
    "date": "2026-01-12 18:02 +0000",
    "html": table_shell(
        logo="https://danubia.wd3.myworkdayjobs.com/wday/cxs/danubia/logo.png",
        alt="Danubia Shared Services", accent="#0b5394", lang="en",
        body="""<p>Dear Florian,</p>
<p>Thank you for applying for the <b>IT Service Desk Analyst with German</b> role (JR-2026-00187). We confirm that we have received your application.</p>
<p>Our Talent Acquisition team will review your profile against the requirements of the role. You can check the status of your application at any time in your <a href="https://wd3.myworkday.com/danubia/d/home.htmld">Candidate Home</a> account.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Danubia Shared Services</p>""",
        footer="""Danubia Shared Services s.r.o., Mlynsk&eacute; nivy 00, 821 09 Bratislava, Slovakia.<br>
This email was sent from an unmonitored mailbox. Please do not reply.""",
        track=pixel("https://wd3.myworkday.com/danubia/email/open/1a2b3c4d5e.gif")),
    "headers": {"X-Mailer": "Workday Notification Service", "Auto-Submitted": "auto-generated"},
})

add({
    "slug": "greenhouse_thanks_for_applying",
    "kind": "application_received", "company": "Kettlebyte", "contact": "", "lang": "en",
    "from": ("Kettlebyte", "no-reply@greenhouse-mail.io"),
    "subject": "Thanks for applying to Kettlebyte!",
    "date": "2026-01-19 22:48 +0000",
    "text": """Hi Florian,

Thanks for your interest in Kettlebyte and for applying to the IT Support Engineer position in Prague.

Our team is reviewing applications and will get back to you if your profile is a match. In the meantime, feel free to read more about how we work: https://kettlebyte.example.cz/how-we-work

Best,
The Kettlebyte Team

Please do not reply to this email - this mailbox is not monitored.
""",
    "html": card_shell(
        logo="https://prod-heroku.greenhouse-mail.io/organizations/kettlebyte/logo.png", alt="Kettlebyte",
        body="""<p>Hi Florian,</p>
<p>Thanks for your interest in Kettlebyte and for applying to the <b>IT Support Engineer</b> position in Prague.</p>
<p>Our team is reviewing applications and will get back to you if your profile is a match. In the meantime, feel free to read more about <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.how-we-work">how we work</a>.</p>
<p>Best,<br>The Kettlebyte Team</p>""",
        footer="""Please do not reply to this email &ndash; this mailbox is not monitored. Powered by Greenhouse.""",
        track=pixel("https://click.greenhouse-mail.io/wf/open?upn=u001.ack0119")),
})

add({
    "slug": "icims_cannot_respond_to_all",
    "kind": "application_received", "company": "Vltava Support Centre", "contact": "", "lang": "en",
    "from": ("Vltava Support Centre Careers", "careers-noreply@icims.com"),
    "subject": "We have received your application – Service Desk Specialist (German)",
    "date": "2026-07-21 09:14 +0000",
    "html": table_shell(
        logo="https://careers-vltavasupport.icims.com/images/vsc-logo.png", alt="Vltava Support Centre",
        accent="#1f6fb2", lang="en",
        body="""<p>Dear Florian,</p>
<p>Thank you for applying for the <b>Service Desk Specialist (German)</b> position at Vltava Support Centre in Prague. Your application has been successfully submitted.</p>
<p>Due to the high volume of applications we receive, we are unfortunately unable to respond individually to every applicant. If you have not heard from us within four weeks, please assume that your application has not been successful on this occasion.</p>
<p>Thank you for your understanding, and good luck!</p>
<p>Regards,<br>Talent Acquisition<br>Vltava Support Centre</p>""",
        footer="""Vltava Support Centre s.r.o. &middot; Na Florenci 00 &middot; 110 00 Praha 1<br>
<a href="https://careers-vltavasupport.icims.com/jobs/unsubscribe" style="color:#8a8d93;">Unsubscribe</a> &middot; This is an automated message.""",
        track=pixel("https://careers-vltavasupport.icims.com/email/tracking/o.gif?c=5512")),
})

add({
    "slug": "taleo_confirmation_number",
    "kind": "application_received", "company": "Centrope Rail Systems", "contact": "", "lang": "en",
    "from": ("Centrope Rail Systems Careers", "careers-noreply@taleo.net"),
    "subject": "Application received: Junior Network Administrator (Job 260007X)",
    "date": "2026-01-29 14:33 -0500",
    "html": """<html><body>
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Tahoma,Arial,sans-serif;font-size:12px;color:#000;">
<tr><td style="border-bottom:2px solid #5b6770;padding:8px;"><img src="https://centrope.taleo.net/careersection/theme/1/logo_crs.gif" alt="Centrope Rail Systems"></td></tr>
<tr><td style="padding:12px 8px;">
Dear Florian Mbeki-Hartl,<br><br>
Thank you for applying for the position of Junior Network Administrator (Job Number 260007X). Your submission was received on Jan 29, 2026.<br><br>
Your confirmation number is <b>CRS-4418203</b>. Please keep it for future reference.<br><br>
We will review your qualifications and contact you if they match our requirements. You can track your submission at any time on our <a href="https://centrope.taleo.net/careersection/ex/mysubmissions.ftl?lang=en">career section</a>.<br><br>
Sincerely,<br>
Human Resources<br>
Centrope Rail Systems<br><br>
<span style="font-size:10px;color:#666;">This is an automated message; replies to this address are not monitored.</span>
</td></tr></table>
</body></html>
""",
    "html_cte": "7bit",
})

add({
    "slug": "network_platform_sent_to_employer",
    "kind": "application_received", "company": "Nordwell IT Services", "contact": "", "lang": "en",
    "from": ("ProNet Jobs", "jobs-noreply@pronet.example.com"),
    "subject": "Your application was sent to Nordwell IT Services",
    "date": "2026-02-24 19:20 +0000",
    "headers": {"List-Unsubscribe": "<https://www.pronet.example.com/psettings/email-unsubscribe?t=jobs_applied>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;font-size:14px;color:#1f1f1f;">
<tr><td style="padding:16px 24px;"><img src="https://static.pronet.example.com/mail/pronet-logo.png" alt="ProNet" height="22"></td></tr>
<tr><td style="padding:0 24px 8px 24px;">
<p style="font-size:20px;margin:8px 0 16px 0;">Your application was sent to Nordwell IT Services</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><img src="https://media.pronet.example.com/company-logo/nordwell_100.png" alt="Nordwell IT Services" width="48"></td>
<td><b>Service Desk Team Lead</b><br>Nordwell IT Services &middot; Bratislava, Slovakia (Hybrid)<br><span style="color:#666;">Applied on Feb 24, 2026</span></td>
</tr></table>
<p style="margin-top:18px;"><a href="https://www.pronet.example.com/comm/jobs/view/4120077?trk=eml-jobs_applied" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">View job</a></p>
<p style="color:#666;">Now, take these next steps for more success with your job search.</p>
<ul style="color:#666;"><li>Add your CCNA progress to your profile</li><li>Set a job alert for &ldquo;Service Desk&rdquo; in Bratislava</li></ul>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">This email was intended for Florian Mbeki-Hartl. <a href="https://www.pronet.example.com/psettings/email-unsubscribe?t=jobs_applied" style="color:#888;">Unsubscribe</a> &middot; ProNet Corporation, Dublin</td></tr>
</table></td></tr></table>
<img src="https://www.pronet.example.com/emimp/ip_4120077.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "slug": "hospital_hr_confirms_reply_ok",
    "kind": "application_received", "company": "Nemocnice Na Kampě", "contact": "hr@nnk.example.cz", "lang": "en",
    "from": ("Personnel Department – Nemocnice Na Kampě", "hr@nnk.example.cz"),
    "subject": "Confirmation of receipt – IT Technician (ref. IT-07/2026)",
    "date": "2026-05-05 10:10 +0200",
    "henc": "q",
    "text": """Dear Mr. Mbeki-Hartl,

We confirm receipt of your application for the IT Technician position (ref. IT-07/2026). Your documents have been forwarded to the head of the IT department, Ing. Dvořáková.

We will contact you regarding the next steps. Please note that applicants who are not invited to an interview will also be informed in writing.

If you have any questions, feel free to reply to this message.

Kind regards,
Personnel Department
Nemocnice Na Kampě
""",
})

add({
    "slug": "accuse_reception_html",
    "kind": "application_received", "company": "Services Industriels de la Côte", "contact": "rh@sic-cote.example.ch", "lang": "fr",
    "from": ("SIC – Ressources humaines", "rh@sic-cote.example.ch"),
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-04-07 08:05 +0200",
    "charset": "iso-8859-1", "hcharset": "iso-8859-1",
    "html": """<html><head><style>
body{font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222}
td.side{background:#00695c;width:8px}
</style></head>
<body>
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td class="side"></td><td style="padding:18px 26px;">
<img src="https://www.sic-cote.example.ch/img/logo-sic-180.png" alt="SIC Services Industriels de la C&ocirc;te" width="180"><br><br>
<p>Monsieur,</p>
<p>Nous accusons bonne réception de votre candidature au poste de technicien·ne support informatique pour notre site de Zurich-Oerlikon et vous en remercions.</p>
<p>Votre dossier sera examiné avec toute l'attention qu'il mérite. Nous reviendrons vers vous dans les meilleurs délais, au plus tard d'ici la mi-mai.</p>
<p>Pour toute question, vous pouvez répondre directement à ce message.</p>
<p>Avec nos meilleures salutations,</p>
<p><b>Service des ressources humaines</b><br>Services Industriels de la Côte SA<br>Route de l'Etraz 00 &ndash; 1260 Nyon</p>
</td></tr>
</table>
</body></html>
""",
})

add({
    "slug": "lever_merci_postule",
    "kind": "application_received", "company": "Lemansoft", "contact": "", "lang": "fr",
    "from": ("Lemansoft", "no-reply@hire.lever.co"),
    "subject": "Merci d'avoir postulé chez Lemansoft",
    "date": "2026-02-16 07:40 +0000",
    "text": """Bonjour Florian,

Merci d'avoir postulé au poste d'ingénieur·e support IT junior (Zurich) chez Lemansoft !

Nous avons bien reçu votre candidature. Notre équipe l'étudiera dans les prochains jours et reviendra vers vous si votre profil correspond à nos besoins.

À bientôt,
L'équipe Talent de Lemansoft
""",
    "html": """<div style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#333;max-width:580px">
<p>Bonjour Florian,</p>
<p>Merci d'avoir postulé au poste d'<b>ingénieur·e support IT junior (Zurich)</b> chez Lemansoft !</p>
<p>Nous avons bien reçu votre candidature. Notre équipe l'étudiera dans les prochains jours et reviendra vers vous si votre profil correspond à nos besoins.</p>
<p>À bientôt,<br>L'équipe Talent de Lemansoft</p>
<p style="font-size:11px;color:#999;margin-top:30px">Envoyé avec <a href="https://hire.lever.co/email/click/91ab?url=https%3A%2F%2Fjobs.lever.co%2Flemansoft" style="color:#999">Lever</a></p>
<img src="https://hire.lever.co/email/open/91ab30cc.png" width="1" height="1" alt="">
</div>
""",
})

add({
    "slug": "smartrecruiters_hemos_recibido",
    "kind": "application_received", "company": "Iberdesk Services", "contact": "", "lang": "es",
    "from": ("Iberdesk Services Talent Acquisition", "no-reply@smartrecruiters.com"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-07-01 16:22 +0000",
    "html": table_shell(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/iberdesk/logo.png",
        alt="Iberdesk Services", accent="#f39200", lang="es", font="Helvetica,Arial,sans-serif",
        body="""<p>Hola Florian:</p>
<p>¡Gracias por tu interés en <b>Agente de Service Desk con alemán (Praga)</b>!</p>
<p>Hemos recibido tu candidatura correctamente. Nuestro equipo de selección la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.</p>
<p>Mientras tanto, puedes consultar el estado de tu candidatura en tu <a href="https://jobs.smartrecruiters.com/candidate-portal?dcr_ci=Iberdesk">portal de candidato</a>.</p>
<p>Un saludo,<br><b>Equipo de Talento | Iberdesk Services</b></p>""",
        footer="""Iberdesk Services, s.r.o. &middot; Radlická 00, 150 00 Praha 5<br>
Este mensaje se ha enviado desde una dirección que no admite respuestas.""",
        track=pixel("https://email.smartrecruiters.com/o/eJwNy0EKgDAIAMC.gif")),
})

# === offers ===================================================================================

add({
    "slug": "hospital_contract_offer_pdf",
    "kind": "offer", "company": "Krankenhausverbund Wien-Ost", "contact": "thomas.berger@kvwo.example.at", "lang": "de",
    "from": ("Mag. Thomas Berger", "thomas.berger@kvwo.example.at"),
    "cc": [("Dr. Petra Wallner-Schmid", "petra.wallner-schmid@kvwo.example.at")],
    "subject": "Ihr Dienstvertragsangebot – IT-Servicetechniker*in",
    "date": "2026-09-29 13:55 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
    "text": """Sehr geehrter Herr Mbeki-Hartl,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als IT-Servicetechniker*in am Standort Klinik Donaustadt-Nord anbieten möchten.

Die wichtigsten Eckdaten:
– Eintritt: 1. November 2026
– Beschäftigungsausmaß: 40 Wochenstunden, Rufbereitschaft nach Dienstplan
– Einstufung: Verwendungsgruppe IT-3, Bruttomonatsgehalt € 3.180,– (14 x jährlich) zzgl. Rufbereitschaftspauschale
– Probezeit: ein Monat

Im Anhang finden Sie das Dienstvertragsangebot sowie das Informationsblatt zum Eintritt. Bitte senden Sie uns den unterschriebenen Vertrag bis spätestens 9. Oktober zurück – gerne eingescannt per E-Mail an mich.

Für Fragen stehe ich Ihnen selbstverständlich zur Verfügung.

Mit freundlichen Grüßen

Mag. Thomas Berger
Personalmanagement
Krankenhausverbund Wien-Ost
Langobardenstraße 000, 1220 Wien
T +43 1 000 00-4410
""",
    "attach": [
        {"filename": "Dienstvertrag_Mbeki-Hartl_IT-Servicetechnik.pdf", "title": "Dienstvertrag - Angebot",
         "lines": ["Krankenhausverbund Wien-Ost", "Dienstnehmer: Florian Mbeki-Hartl",
                   "Verwendung: IT-Servicetechniker*in, Klinik Donaustadt-Nord",
                   "Beginn des Dienstverhaeltnisses: 01.11.2026",
                   "Entgelt: EUR 3.180,- brutto monatlich, 14 x jaehrlich",
                   "Unterschrift Dienstnehmer: ______________________"]},
        {"filename": "Informationsblatt_Eintritt.pdf", "title": "Informationsblatt zum Eintritt",
         "lines": ["Bitte bringen Sie am ersten Arbeitstag mit:", "- Lichtbildausweis",
                   "- e-card", "- Bankverbindung (IBAN)", "- Staatsbuergerschaftsnachweis"]},
    ],
})

add({
    "slug": "verbal_offer_confirmed_du",
    "kind": "offer", "company": "stackfox", "contact": "ben@stackfox.example.at", "lang": "de",
    "from": ("Ben Aigner", "ben@stackfox.example.at"),
    "subject": "Angebot – wie besprochen",
    "date": "2026-03-20 18:11 +0100",
    "text": """Hi Florian,

wie vorhin am Telefon besprochen, hier nochmal schriftlich: Wir würden dich sehr gerne als IT Allrounder bei stackfox an Bord holen! 🦊

Eckdaten:
- 38,5 h/Woche, Start 1. Mai (oder nach Abschluss deiner Ausbildung, wir sind flexibel)
- € 2.900 brutto x14
- 2 Tage Homeoffice, Jahreskarte Öffis zahlen wir
- Laptop deiner Wahl (Linux ist okay 😉)

Den Vertrag schickt dir unsere Steuerberaterin nächste Woche. Sag Bescheid, ob das für dich passt – ich freu mich!

lg Ben

Ben Aigner · Co-Founder · stackfox
""",
})

add({
    "slug": "conditional_offer_criminal_record_pdf",
    "kind": "offer", "company": "Servicepoint Austria IT", "contact": "lisa.brandstaetter@servicepoint-it.example.at", "lang": "de",
    "from": ("Lisa Brandstätter", "lisa.brandstaetter@servicepoint-it.example.at"),
    "subject": "Ihr Angebot – 2nd Level Support Engineer",
    "date": "2026-10-19 16:30 +0200",
    "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Mbeki-Hartl,

nach den beiden Gesprächen freuen wir uns sehr, Ihnen ein Angebot für die Position 2nd Level Support Engineer bei Servicepoint Austria IT unterbreiten zu dürfen. Die Details finden Sie im angehängten Angebotsschreiben.

Bitte beachten Sie, dass das Angebot unter zwei Vorbehalten steht:
1. Vorlage einer aktuellen Strafregisterbescheinigung (nicht älter als drei Monate), da Sie bei unseren Kunden Zugang zu sensiblen Systemen erhalten;
2. erfolgreicher Abschluss Ihrer Ausbildung zum IT-Systemtechniker – das Zeugnis benötigen wir bis spätestens 30. November.

Wenn Sie das Angebot annehmen möchten, senden Sie uns bitte das unterschriebene Schreiben bis 28. Oktober zurück. Den Dienstvertrag erstellen wir anschließend.

Herzliche Grüße
Lisa Brandstätter
Talent Acquisition
Servicepoint Austria IT GmbH
Wienerbergstraße 00, 1100 Wien
""",
    "attach": [{"filename": "Angebot_Servicepoint_Mbeki-Hartl.pdf", "title": "Angebotsschreiben",
                "lines": ["Servicepoint Austria IT GmbH", "Position: 2nd Level Support Engineer",
                          "Eintritt: 1. Dezember 2026", "Bruttomonatsgehalt: EUR 3.050,- (14 x)",
                          "Vorbehalte: Strafregisterbescheinigung, Ausbildungsabschluss",
                          "Annahme bis: 28.10.2026"]}],
})

add({
    "slug": "swiss_contract_to_sign_pdf",
    "kind": "offer", "company": "Helvetic Desk Services", "contact": "sandra.keller@helvetic-desk.example.ch", "lang": "de",
    "from": ("Sandra Keller", "sandra.keller@helvetic-desk.example.ch"),
    "subject": "Arbeitsvertrag zur Unterzeichnung",
    "date": "2026-07-20 10:02 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Grüezi Herr Mbeki-Hartl

Wie telefonisch besprochen freuen wir uns, Sie per 1. September 2026 als Service Desk Agent DE/EN bei uns begrüssen zu dürfen.

Im Anhang erhalten Sie den Arbeitsvertrag. Bitte drucken Sie ihn zweifach aus, unterzeichnen Sie beide Exemplare und senden Sie uns eines bis zum 31. Juli per Post zurück (Helvetic Desk Services AG, Personal, Pfingstweidstrasse 000, 8005 Zürich).

Für die Anmeldung bei der Ausgleichskasse benötigen wir Ihre AHV-Nummer – falls Sie noch keine haben, kümmern wir uns darum. Für das Gesuch um die Aufenthaltsbewilligung B brauchen wir zudem eine Kopie Ihres Reisepasses.

Bei Fragen bin ich gerne für Sie da.

Freundliche Grüsse

Sandra Keller
Recruiting & Onboarding
Helvetic Desk Services AG
Tel. +41 44 000 22 10
""",
    "attach": [{"filename": "Arbeitsvertrag_Mbeki-Hartl_HDS.pdf", "title": "Arbeitsvertrag",
                "lines": ["zwischen Helvetic Desk Services AG, Zuerich", "und Herrn Florian Mbeki-Hartl",
                          "Funktion: Service Desk Agent DE/EN", "Beginn: 1. September 2026",
                          "Jahreslohn: CHF 68'900.- brutto, 13 Monatsloehne", "Pensum: 100 %"]}],
})

add({
    "slug": "agency_relays_offer_exclamations",
    "kind": "offer", "company": "Stadtwerke Hallein", "contact": "office@hofbauer-personal.example.at", "lang": "de",
    "from": ("Hofbauer & Söhne Personalbereitstellung", "office@hofbauer-personal.example.at"),
    "subject": "ZUSAGE Stadtwerke Hallein!!",
    "date": "2026-06-22 11:48 +0200",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Lieber Herr Mbeki-Hartl,

GUTE NACHRICHTEN!!! Die Stadtwerke Hallein möchten Sie als IT-Techniker haben!

Herr Ing. Lackner war nach dem Gespräch letzte Woche wirklich begeistert. Das Angebot sieht so aus:
- Start: 1. Juli (oder 15. Juli, wenn Ihnen das lieber ist)
- die ersten sechs Monate über uns (Überlassung), danach ist die Übernahme durch die Stadtwerke fix geplant
- Stundenlohn € 19,40 brutto nach KV Arbeitskräfteüberlassung, plus Zulagen für Bereitschaft
- 38,5 Stunden, Mo–Fr

Bitte rufen Sie mich so schnell wie möglich an, damit wir den Dienstvertrag fixieren können!! Ich bin heute bis 18 Uhr im Büro.

Liebe Grüße und herzliche Gratulation!
Karin Hofbauer

Hofbauer & Söhne Personalbereitstellung GmbH
Tel. 0662 00 00 00
""",
})

add({
    "slug": "personio_offer_esign",
    "kind": "offer", "company": "kleinbit", "contact": "mira.haas@kleinbit.example.at", "lang": "de",
    "from": ("kleinbit", "no-reply@personio.de"),
    "reply_to": ("Mira Haas", "mira.haas@kleinbit.example.at"),
    "subject": "Dein Vertragsangebot von kleinbit 🎉",
    "date": "2026-07-28 15:05 +0200",
    "text_from_html": True,
    "html": card_shell(
        logo="https://kleinbit.jobs.personio.de/assets/kleinbit-wordmark.png", alt="kleinbit",
        body=f"""<p>Hallo Florian,</p>
<p>wir freuen uns riesig: Wir möchten dir die Stelle als <b>Junior IT Operations</b> anbieten!</p>
<p>Dein Vertragsangebot liegt zur digitalen Unterschrift bereit. Eckdaten: Start am 1. September, 38,5 Stunden, € 2.750 brutto (14x), Jahresticket Graz Linien.</p>
{button("https://t.personio.de/c/kb-9921?r=https%3A%2F%2Fkleinbit.personio.de%2Fsign%2Foffer%2F9921", "Angebot ansehen &amp; unterschreiben", "#ff5a36")}
<p>Das Angebot ist bis <b>7. August</b> gültig. Wenn du Fragen hast oder etwas besprechen möchtest, antworte einfach auf diese Mail oder ruf mich an.</p>
<p>Wir hoffen sehr, dass du Ja sagst!<br>Mira &amp; Stefan von kleinbit</p>""",
        footer="""kleinbit GmbH &middot; Conrad-von-Hötzendorf-Straße 00 &middot; 8010 Graz &middot; FN 000000g<br>Gesendet mit Personio""",
        track=pixel("https://t.personio.de/o/kb-9921.gif")),
})

add({
    "slug": "offer_letter_pdf_institute",
    "kind": "offer", "company": "Slovak Institute of Applied Computing", "contact": "martina.zelenakova@siac.example.sk", "lang": "en",
    "from": ("Martina Zelenáková", "martina.zelenakova@siac.example.sk"),
    "subject": "Offer of employment – Network Technician",
    "date": "2026-08-12 09:30 +0200",
    "text": """Dear Mr. Mbeki-Hartl,

Following your interview with the selection panel, I am delighted to offer you the position of Network Technician at the Slovak Institute of Applied Computing.

Please find the formal offer letter attached. In summary:
- start date: 1 October 2026 (negotiable)
- full-time, fixed-term contract for two years with the option of extension
- gross monthly salary EUR 1,950 plus meal vouchers
- 25 days of annual leave

We would be grateful if you could confirm your acceptance in writing by 21 August. Once we receive it, we will send the employment contract and information on the registration formalities for EU citizens.

Congratulations, and we look forward to working with you.

Kind regards,

Martina Zelenáková
HR Officer
Slovak Institute of Applied Computing
""",
    "attach": [{"filename": "Offer_Letter_SIAC_Mbeki-Hartl.pdf", "title": "Offer Letter",
                "lines": ["Slovak Institute of Applied Computing, Bratislava",
                          "Position: Network Technician", "Start date: 1 October 2026",
                          "Salary: EUR 1,950 gross per month",
                          "Please sign and return by 21 August 2026."]}],
})

add({
    "slug": "icims_offer_ready",
    "kind": "offer", "company": "Vltava Support Centre", "contact": "klara.benesova@vltava-support.example.cz", "lang": "en",
    "from": ("Vltava Support Centre Careers", "careers-noreply@icims.com"),
    "reply_to": ("Klára Benešová", "klara.benesova@vltava-support.example.cz"),
    "subject": "Your offer from Vltava Support Centre is ready",
    "date": "2026-09-15 12:00 +0000",
    "html": table_shell(
        logo="https://careers-vltavasupport.icims.com/images/vsc-logo.png", alt="Vltava Support Centre",
        accent="#1f6fb2", lang="en",
        body=f"""<p>Dear Florian,</p>
<p>Congratulations! We are pleased to extend to you an offer of employment for the position of <b>Service Desk Specialist (German)</b> at Vltava Support Centre in Prague.</p>
<p>Your offer letter, including salary (CZK 52,000 gross per month plus language bonus), start date and benefits, is available in the candidate portal. Please review and respond by <b>22 September 2026</b>.</p>
{button("https://careers-vltavasupport.icims.com/jobs/offer/review?o=88210&amp;utm_source=email", "Review your offer", "#1f6fb2")}
<p>If you have any questions about the offer, please reply to this email and your recruiter, Klára Benešová, will get back to you.</p>
<p>We look forward to welcoming you to the team!</p>
<p>Talent Acquisition<br>Vltava Support Centre</p>""",
        footer="""Vltava Support Centre s.r.o. &middot; Na Florenci 00 &middot; 110 00 Praha 1""",
        track=pixel("https://careers-vltavasupport.icims.com/email/tracking/o.gif?c=88210")),
})

add({
    "slug": "promesse_embauche_tu_pdf",
    "kind": "offer", "company": "Bohemia Helpdesk Solutions", "contact": "julien.mercier@bohemia-helpdesk.example.cz", "lang": "fr",
    "from": ("Julien Mercier", "julien.mercier@bohemia-helpdesk.example.cz"),
    "cc": [("Eva Horáková", "eva.horakova@bohemia-helpdesk.example.cz")],
    "subject": "Proposition d'embauche – technicien support francophone",
    "date": "2026-09-24 17:26 +0200",
    "cte": "quoted-printable",
    "text": """Salut Florian,

Bonne nouvelle : suite à l'entretien de lundi 14, on est ravis de te proposer le poste de technicien support francophone dans mon équipe à Prague !

Tu trouveras en pièce jointe la proposition d'embauche avec tous les détails (salaire, prime de langue, aide à la relocation pour le premier mois). Eva, des RH (en copie), s'occupera ensuite du contrat et des démarches pour l'enregistrement à Prague.

Si la proposition te convient, il suffit de la signer et de nous la renvoyer d'ici le 2 octobre. Et si tu as des questions, appelle-moi quand tu veux.

Au plaisir de t'avoir dans l'équipe !
Julien
--
Julien Mercier | Team Lead Support FR | Bohemia Helpdesk Solutions
Praha 8 – Karlín
""",
    "attach": [{"filename": "Proposition_embauche_Mbeki-Hartl.pdf", "title": "Proposition d'embauche",
                "lines": ["Bohemia Helpdesk Solutions s.r.o., Praha 8",
                          "Poste : technicien support francophone (N1/N2)",
                          "Date de debut : 2 novembre 2026",
                          "Salaire : 50 000 CZK brut / mois + prime de langue 6 000 CZK",
                          "A signer et renvoyer avant le 2 octobre 2026"]}],
})

add({
    "slug": "ett_relays_client_offer",
    "kind": "offer", "company": "Lince Soporte", "contact": "marta.ibanez@talentoglobal.example.com", "lang": "es",
    "from": ("Marta Ibáñez", "marta.ibanez@talentoglobal.example.com"),
    "subject": "¡Oferta de Lince Soporte!",
    "date": "2026-10-20 13:14 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """¡Hola Florian!

¡Enhorabuena! Lince Soporte me acaba de confirmar que quieren ofrecerte el puesto de Técnico de Service Desk (alemán/español) en su centro de Praga.

Las condiciones que me han pasado son:
- contrato indefinido con Lince Soporte desde el primer día
- 48.000 CZK brutos al mes + bono de idiomas de 5.000 CZK
- horario de lunes a viernes, 8:00 a 16:30, dos días de teletrabajo a la semana
- incorporación el 16 de noviembre

Necesito tu respuesta antes del viernes 23 para cerrarlo con ellos. Si quieres, lo hablamos mañana por teléfono.

Un abrazo y, de nuevo, ¡enhorabuena!
Marta Ibáñez
Consultora de Selección IT
Talento Global · Madrid - Praga
""",
})
