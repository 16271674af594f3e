"""Application acknowledgements and offers (hand-written) for the hundredsixteenth corpus."""

from __future__ import annotations

from msgs116_common import pixel, tracked

ACKS = [
    # 1 -- Personio, "we cannot answer every application individually", 4 weeks: still an acknowledgement
    {
        "n": "personio_four_weeks_hafenkontor", "text_from_html": True, "kind": "application_received", "company": "Hafenkontor Learning",
        "contact": "", "lang": "de",
        "frm": ("Hafenkontor Learning GmbH", "no-reply@mail.personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Trainer:in Digitale Lernwelten",
        "date": "2026-01-09 14:11 +0100", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2a36;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;border-bottom:1px solid #d7dee5;"><img src="https://hafenkontor.jobs.personio.example.de/logo.png" alt="Hafenkontor Learning" height="34"></td></tr>
<tr><td style="padding:20px 0;line-height:1.5;">
<p>Hallo Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Trainer:in Digitale Lernwelten</b>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Wir erhalten derzeit sehr viele Bewerbungen und bitten um Verständnis, dass wir nicht jede Bewerbung einzeln beantworten können. Wir melden uns bei allen Kandidat:innen, die wir zu einem Gespräch einladen möchten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung in diesem Verfahren leider nicht zum Zuge gekommen.</p>
<p>Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://hafenkontor.jobs.personio.example.de/candidate/login">Bewerberkonto</a> einsehen.</p>
<p>Viele Grüße<br>Ihr People-Team von Hafenkontor Learning</p>
</td></tr>
<tr><td style="font-size:11px;color:#8795a1;border-top:1px solid #d7dee5;padding-top:12px;">Hafenkontor Learning GmbH · Stubbenhuk 10 · 20459 Hamburg · AG Hamburg HRB 151932 · Geschäftsführer: Malte Jessen<br>Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.</td></tr>
</table></td></tr></table></body></html>
""",
    },
    # 2 -- softgarden acknowledgement, alternative, no-reply
    {
        "n": "softgarden_eingang_elbtal", "kind": "application_received", "company": "Elbtal Logistik", "contact": "", "lang": "de",
        "frm": ("Elbtal Logistik GmbH", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei der Elbtal Logistik GmbH",
        "date": "2026-02-27 20:03 +0100", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

vielen Dank für Ihre Bewerbung als Trainerin Lager & Transport (m/w/d) und Ihr Interesse an der Elbtal Logistik GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen. Dies kann erfahrungsgemäß zwei bis drei Wochen dauern. Sobald wir eine Entscheidung getroffen haben, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Daniela Kühn
Personalreferentin

Elbtal Logistik GmbH · Magdeburger Straße 58 · 01067 Dresden
Diese E-Mail wurde automatisch versendet.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333333;">
<div style="max-width:600px;margin:0 auto;">
<div style="padding:14px 0;border-bottom:3px solid #1e7fb8;"><img src="https://static.softgarden.example.io/elbtal/logo.png" alt="Elbtal Logistik" height="36"></div>
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihre Bewerbung als Trainerin Lager &amp; Transport (m/w/d) und Ihr Interesse an der Elbtal Logistik GmbH.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen. Dies kann erfahrungsgemäß zwei bis drei Wochen dauern. Sobald wir eine Entscheidung getroffen haben, melden wir uns bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Daniela Kühn<br>Personalreferentin</p>
<p style="font-size:11px;color:#999999;">Elbtal Logistik GmbH · Magdeburger Straße 58 · 01067 Dresden<br>Diese E-Mail wurde automatisch versendet.</p>
</div></body></html>
""",
    },
    # 3 -- job board confirms it forwarded the application to the employer
    {
        "n": "jobboard_forwarded_lindenblatt", "kind": "application_received", "company": "Lindenblatt Lernmedien", "contact": "",
        "lang": "de",
        "frm": ("Stellenwerk24", "bewerbung-versendet@stellenwerk24.example.de"),
        "subject": "Ihre Bewerbung wurde erfolgreich versendet",
        "date": "2026-01-12 21:37 +0100", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.stellenwerk24.example.de/abmelden?u=8c1f22>"),
                 ("Precedence", "bulk")],
        "html": """<html><body style="margin:0;background:#eef2f6;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:16px 24px;background:#003a70;"><img src="https://www.stellenwerk24.example.de/mail/logo-weiss.png" alt="Stellenwerk24" height="30"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.5;">
<p>Hallo Hannah Oyelaran-Weiß,</p>
<p>Ihre Bewerbung auf die Stelle <b>Produktmanagerin E-Learning (m/w/d)</b> wurde erfolgreich an die <b>Lindenblatt Lernmedien GmbH</b> übermittelt.</p>
<table cellpadding="4" style="font-size:13px;background:#f5f7fa;width:100%;"><tr><td>Arbeitgeber:</td><td>Lindenblatt Lernmedien GmbH, Hamburg</td></tr><tr><td>Versendet am:</td><td>12.01.2026, 21:37 Uhr</td></tr><tr><td>Anhänge:</td><td>Anschreiben.pdf, Lebenslauf.pdf, Zeugnisse.pdf</td></tr></table>
<p>Der Arbeitgeber meldet sich direkt bei Ihnen. Alle Ihre Bewerbungen finden Sie unter <a href=\"""" + tracked("click.stellenwerk24.example.de", "p3Xk", "https://www.stellenwerk24.example.de/meine-bewerbungen") + """\">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Ihr Stellenwerk24-Team</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f0f0f0;">Stellenwerk24 GmbH · Neue Schönhauser Straße 3 · 10178 Berlin<br><a href="https://www.stellenwerk24.example.de/abmelden?u=8c1f22" style="color:#888;">E-Mail-Einstellungen</a> · <a href="https://www.stellenwerk24.example.de/impressum" style="color:#888;">Impressum</a></td></tr>
</table></td></tr></table>
""" + pixel("https://click.stellenwerk24.example.de/open/p3Xk.gif") + """
</body></html>
""",
    },
    # 4 -- public body: reference number, "please refrain from enquiries"; no contact
    {
        "n": "public_body_eingang_kennziffer", "kind": "application_received", "company": "Landesamt für Weiterbildung Sachsen",
        "contact": "", "lang": "de",
        "frm": ("Landesamt für Weiterbildung Sachsen", "bewerbung@lfw.sachsen.example.de"),
        "subject": "Eingangsbestätigung - Kennziffer 14/2026",
        "date": "2026-05-04 08:30 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung mit der Kennziffer 14/2026 (Referentin/Referent für digitale Lehrerfortbildung).

Bitte haben Sie Verständnis dafür, dass die Prüfung der Bewerbungen und die Durchführung des Auswahlverfahrens einige Zeit in Anspruch nehmen werden. Wir bitten Sie, in dieser Zeit von Sachstandsanfragen abzusehen. Sie erhalten nach Abschluss des Verfahrens eine schriftliche Nachricht.

Diese E-Mail wurde automatisch erstellt.

Landesamt für Weiterbildung Sachsen
Referat 12 - Personal, Haushalt, Organisation
Gutenbergplatz 3, 04103 Leipzig
""",
    },
    # 5 -- university, a clerk confirms by hand
    {
        "n": "university_clerk_confirms_hedd", "kind": "application_received", "company": "Hochschule Elbaue Dresden",
        "contact": "kerstin.mros@hedd.example.de", "lang": "de",
        "frm": ("Kerstin Mros", "kerstin.mros@hedd.example.de"),
        "subject": "Bewerbung 2026/W-041",
        "date": "2026-06-10 13:52 +0200", "cte": "8bit",
        "text": """Sehr geehrte Frau Oyelaran-Weiß,

hiermit bestätige ich den Eingang Ihrer Bewerbung vom 8. Juni für die Stelle im Zentrum für Hochschuldidaktik (2026/W-041).

Die Ausschreibung läuft noch bis zum 30. Juni; im Anschluss sichtet die Auswahlkommission die Unterlagen. Mit einer Rückmeldung können Sie etwa Mitte Juli rechnen. Bis dahin bitte ich Sie noch um etwas Geduld.

Eine Bitte: Ihr Abschlusszeugnis des 2. Staatsexamens lag nur als Foto bei. Könnten Sie es mir noch als PDF nachreichen?

Mit freundlichen Grüßen
Kerstin Mros

Hochschule Elbaue Dresden
Dezernat Personal, Sachgebiet Stellenbesetzung
Friedrich-List-Platz 7, 01069 Dresden
Tel. 0351 462-3318
""",
    },
    # 6 -- Austrian cooperative via BambooHR, HTML only, no-reply
    {
        "n": "bamboohr_austrian_oebk", "text_from_html": True, "kind": "application_received", "company": "ÖBK – Österreichische Bildungskooperative",
        "contact": "", "lang": "de",
        "frm": ("ÖBK Karriere", "notifications@bamboohr.com"),
        "subject": "Danke für Ihre Bewerbung bei der ÖBK",
        "date": "2026-02-26 10:40 +0100", "cte": "base64",
        "html": """<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #e6e6e6;">
<tr><td style="padding:18px 24px;"><img src="https://oebk.bamboohr.example.com/logos/oebk.png" alt="ÖBK – Österreichische Bildungskooperative" height="42"></td></tr>
<tr><td style="padding:0 24px 24px;line-height:1.55;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>danke für Ihre Bewerbung als <b>Online-Trainerin für Basisbildung (20–30 Wochenstunden)</b>. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben – in der Regel innerhalb von zwei Wochen.</p>
<p>Mit besten Grüßen<br>Personalmanagement<br>ÖBK – Österreichische Bildungskooperative</p>
</td></tr>
<tr><td style="padding:12px 24px;background:#f7f7f7;font-size:11px;color:#888;">Lerchenfelder Gürtel 43, 1160 Wien · ZVR 338201455<br>Diese Nachricht wurde über BambooHR versendet. Antworten auf diese E-Mail werden nicht zugestellt.</td></tr>
</table></td></tr></table></body></html>
""",
    },
    # 7 -- Swiss public centre, role mailbox that invites replies, iso-8859-1
    {
        "n": "swiss_role_mailbox_pz", "kind": "application_received", "company": "Pädagogisches Zentrum Limmattal",
        "contact": "personal@pz-limmattal.example.ch", "lang": "de",
        "frm": ("Personaldienst PZL", "personal@pz-limmattal.example.ch"),
        "subject": "Bestätigung: Ihre Bewerbung als Fachperson Medienbildung",
        "date": "2026-04-15 09:12 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Guten Tag Frau Oyelaran-Weiss

Wir bestätigen Ihnen gerne den Eingang Ihrer Bewerbung als Fachperson Medienbildung (60-80 %). Besten Dank für Ihr Interesse an unserer Institution.

Ihr Dossier wird nun von der Stellenleitung geprüft. Wir werden uns voraussichtlich bis Ende April bei Ihnen melden.

Bei Fragen antworten Sie einfach auf diese E-Mail; wir sind Montag bis Donnerstag für Sie da.

Freundliche Grüsse

Personaldienst
Pädagogisches Zentrum Limmattal
Bahnhofplatz 9, 8953 Dietikon
""",
    },
    # 8 -- staffing firm, du, a consultant confirms
    {
        "n": "staffing_du_unterlagen_erhalten", "kind": "application_received", "company": "Consigna Personaldienstleistungen",
        "contact": "kevin.lorenz@consigna.example.de", "lang": "de",
        "frm": ("Kevin Lorenz", "kevin.lorenz@consigna.example.de"),
        "subject": "Deine Bewerbung bei Consigna",
        "date": "2026-04-28 11:34 +0200", "cte": "8bit",
        "text": """Hallo Hannah,

danke dir für deine Bewerbung über unsere Website! Deine Unterlagen sind bei mir angekommen und sehen richtig gut aus.

Ich schau mir jetzt in Ruhe an, welche unserer Kunden in Leipzig und Umgebung gerade Trainer:innen oder Dozent:innen suchen, und melde mich in den nächsten Tagen telefonisch bei dir. Falls du vorher Fragen hast, schreib mir einfach.

Viele Grüße
Kevin

Kevin Lorenz | Personaldisponent
Consigna Personaldienstleistungen GmbH · Niederlassung Leipzig
Karl-Heine-Straße 53 · 04229 Leipzig · 0341 49 25 77-30
""",
    },
    # 9 -- start-up, casual, team mailbox, alternative
    {
        "n": "startup_casual_thanks_tafelrunde", "kind": "application_received", "company": "Tafelrunde",
        "contact": "hiring@tafelrunde.example.de", "lang": "de",
        "frm": ("Tafelrunde Hiring", "hiring@tafelrunde.example.de"),
        "subject": "Danke, Hannah! 🙌",
        "date": "2026-08-20 23:05 +0200", "cte": "quoted-printable",
        "text": """Hey Hannah,

danke für deine Bewerbung als Learning Designer (Teacher Academy)! Sie ist gut bei uns gelandet.

Wir schauen uns jede Bewerbung selbst an – kein Algorithmus, versprochen. Das dauert bei uns meistens ein bis zwei Wochen. Wenn du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail.

Bis bald
Pia & Mo
Tafelrunde – die Lernplattform für Lehrkräfte
""",
        "html": """<html><body style="font-family:-apple-system,Roboto,sans-serif;font-size:15px;color:#14213d;">
<div style="max-width:520px;margin:0 auto;">
<p>Hey Hannah,</p>
<p>danke für deine Bewerbung als <b>Learning Designer (Teacher Academy)</b>! Sie ist gut bei uns gelandet. 🙌</p>
<p>Wir schauen uns jede Bewerbung selbst an – kein Algorithmus, versprochen. Das dauert bei uns meistens ein bis zwei Wochen. Wenn du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail.</p>
<p>Bis bald<br>Pia &amp; Mo<br><span style="color:#fca311;font-weight:bold;">Tafelrunde</span> – die Lernplattform für Lehrkräfte</p>
</div></body></html>
""",
    },
    # 10 -- SuccessFactors, "if you hear nothing within four weeks ...": still an acknowledgement
    {
        "n": "successfactors_four_weeks_weissblau", "kind": "application_received", "company": "Weißblau Versicherungen",
        "contact": "", "lang": "de",
        "frm": ("Weißblau Versicherungen Karriere", "noreply@successfactors.eu"),
        "subject": "Vielen Dank für Ihre Bewerbung – Trainerin Vertriebsakademie (m/w/d)",
        "date": "2026-03-02 06:58 +0100", "cte": "base64",
        "html": """<html><body style="margin:0;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f0f3f8"><tr><td align="center" style="padding:24px 0;">
<table width="620" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:20px 30px;background:#1d4f91;"><img src="https://career2.successfactors.example.eu/weissblau/logo_white.png" alt="Weißblau Versicherungen" width="190"></td></tr>
<tr><td style="padding:26px 30px;line-height:1.5;">
<p>Sehr geehrte Frau Oyelaran-Weiß,</p>
<p>vielen Dank für Ihr Interesse an Weißblau Versicherungen und Ihre Bewerbung als Trainerin Vertriebsakademie (m/w/d) (Stellen-ID 48871).</p>
<p>Ihre Unterlagen sind bei uns eingegangen. Wir prüfen nun alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann. Sollten wir Ihnen innerhalb von vier Wochen keine Rückmeldung geben, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Weißblau Versicherungen AG</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#888;border-top:1px solid #e4e8ee;">Weißblau Versicherungen AG · Leopoldstraße 180 · 80804 München · Vorstand: Dr. Georg Brandl (Vors.), Sabine Lechner · Vorsitzender des Aufsichtsrats: Prof. Dr. Hans Reiter · AG München HRB 77102<br>Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table></body></html>
""",
    },
    # 11 -- Teamtailor, HTML, no-reply
    {
        "n": "teamtailor_kompass_bildungswerk", "kind": "application_received", "company": "Kompass Bildungswerk", "contact": "",
        "lang": "de",
        "frm": ("Kompass Bildungswerk", "no-reply@teamtailor-mail.com"),
        "subject": "Wir haben deine Bewerbung erhalten",
        "date": "2026-08-11 15:26 +0200", "cte": "quoted-printable",
        "html": """<!doctype html><html><body style="margin:0;background:#faf7f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#222;">
<tr><td style="padding:26px 32px 0;"><img src="https://assets.teamtailor-cdn.example.com/kompass/logo.png" alt="Kompass Bildungswerk" height="30"></td></tr>
<tr><td style="padding:14px 32px 26px;">
<p>Hallo Hannah,</p>
<p>vielen Dank für deine Bewerbung als <b>Bildungsbegleiterin Berufsorientierung</b> in Berlin-Neukölln! Wir haben sie erhalten und melden uns innerhalb der nächsten 14 Tage bei dir.</p>
<p>In der Zwischenzeit kannst du auf unserer <a href="https://kompass-bildungswerk.teamtailor.example.com/pages/team">Team-Seite</a> schon mal schauen, wer bei uns arbeitet.</p>
<p>Herzliche Grüße<br>Dein Kompass-Team</p>
</td></tr>
<tr><td style="padding:12px 32px;font-size:11px;color:#999;border-top:1px solid #eee;">Kompass Bildungswerk gGmbH · Karl-Marx-Straße 101 · 12043 Berlin<br><a href="https://kompass-bildungswerk.teamtailor.example.com/connect/unsubscribe" style="color:#999;">Meine Daten verwalten</a></td></tr>
</table></td></tr></table>
""" + pixel("https://email.teamtailor-mail.example.com/o/kmp29a") + """
</body></html>
""",
    },
    # 12 -- Personio, plain text, no-reply and no Reply-To
    {
        "n": "personio_plain_isarwerk", "kind": "application_received", "company": "Isarwerk Digital Learning", "contact": "",
        "lang": "de",
        "frm": ("Isarwerk Digital Learning GmbH", "no-reply@mail.personio.de"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-02-20 17:19 +0100", "cte": "quoted-printable",
        "text": """Hallo Frau Oyelaran-Weiß,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) bei Isarwerk Digital Learning.

Wir haben Ihre Unterlagen erhalten und schauen sie uns in den kommenden Tagen genau an. Sie hören spätestens in drei Wochen von uns.

Beste Grüße
Team Talent Acquisition
Isarwerk Digital Learning GmbH

---
Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
    },
    # 13 -- Workday: "cannot respond to every applicant ... 4 weeks": acknowledgement
    {
        "n": "workday_cannot_reply_all_fernhill", "kind": "application_received", "company": "Fernhill Pharma", "contact": "",
        "lang": "en",
        "frm": ("Fernhill Pharma Talent Acquisition", "fernhillpharma@myworkday.com"),
        "subject": "Thank you for applying – Learning & Development Specialist (R-0048812)",
        "date": "2026-01-21 13:09 +0000", "cte": "quoted-printable",
        "html": """<!DOCTYPE html><html><body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #0b6e4f;">
<tr><td style="padding:24px 32px 8px;"><img src="https://fernhillpharma.wd3.myworkdayjobs.example.com/assets/logo.png" alt="Fernhill Pharma" width="160"></td></tr>
<tr><td style="padding:8px 32px 24px;font-size:14px;line-height:21px;color:#1f2933;">
<p>Dear Hannah,</p>
<p>Thank you for applying for the <b>Learning &amp; Development Specialist</b> role at Fernhill Pharma. We confirm that we have received your application.</p>
<p>Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within 4 weeks of the closing date, please consider your application unsuccessful on this occasion.</p>
<p>You can track the status of your application at any time in your <a href="https://fernhillpharma.wd3.myworkdayjobs.example.com/en-US/careers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Fernhill Pharma Talent Acquisition Team</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f8fafc;font-size:11px;line-height:16px;color:#6b7280;">This email was sent from an unmonitored mailbox. Please do not reply.<br>Fernhill Pharma Ireland Limited, Registered in Ireland No. 498213.</td></tr>
</table></td></tr></table></body></html>
""",
    },
    # 14 -- Greenhouse acknowledgement, alternative
    {
        "n": "greenhouse_received_harbourview", "kind": "application_received", "company": "Harbourview Software",
        "contact": "", "lang": "en",
        "frm": ("Harbourview Software via Greenhouse", "no-reply@greenhouse-mail.io"),
        "subject": "Thanks for applying to Harbourview Software",
        "date": "2026-07-10 22:14 +0100", "cte": "quoted-printable",
        "text": """Hi Hannah,

Thanks for your interest in Harbourview Software! We've received your application for the Customer Education Specialist position.

Our team is reviewing applications now. If your experience looks like a good match, someone from our recruiting team will reach out to set up a call.

Regards,
Harbourview Software Recruiting
""",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Hannah,</p>
<p>Thanks for your interest in Harbourview Software! We've received your application for the <b>Customer Education Specialist</b> position.</p>
<p>Our team is reviewing applications now. If your experience looks like a good match, someone from our recruiting team will reach out to set up a call.</p>
<p>Regards,<br>Harbourview Software Recruiting</p>
<p style="font-size:11px;color:#999;">Powered by Greenhouse. Please do not reply to this email.</p>
""" + pixel("https://greenhouse-mail.example.io/wf/open?upn=Hv20Aa") + """
</body></html>
""",
    },
    # 15 -- job platform: application sent to the employer (list headers), HTML
    {
        "n": "platform_sent_to_canalside", "kind": "application_received", "company": "Canalside Learning", "contact": "",
        "lang": "en",
        "frm": ("Jobnest", "applications@mail.jobnest.example.com"),
        "subject": "Your application was sent to Canalside Learning",
        "date": "2026-04-09 21:06 +0200", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://jobnest.example.com/settings/email?t=u82>, <mailto:unsubscribe@mail.jobnest.example.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Feedback-ID", "application-sent:jobnest")],
        "html": """<html><body style="margin:0;background:#f3f2ef;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;"><img src="https://static.jobnest.example.com/mail/jobnest-logo.png" alt="Jobnest" height="24"></td></tr>
<tr><td style="padding:8px 24px 20px;font-size:15px;color:#191919;">
<p style="font-size:20px;font-weight:600;">Your application was sent to Canalside Learning</p>
<table cellpadding="0" cellspacing="0"><tr><td><img src="https://media.jobnest.example.com/company/canalside/logo.png" alt="Canalside Learning" width="48"></td>
<td style="padding-left:12px;"><b>Instructional Designer</b><br>Canalside Learning · Amsterdam, North Holland</td></tr></table>
<p>Applied on 9 April 2026</p>
<p><a href=\"""" + tracked("click.jobnest.example.com", "Qm9x", "https://jobnest.example.com/jobs/tracker/applied") + """\" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">View application</a></p>
<p style="font-size:13px;color:#666;">Now, take these steps to stand out: follow Canalside Learning and check your profile is up to date.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">This email was intended for Hannah Oyelaran-Weiß. <a href="https://jobnest.example.com/settings/email?t=u82" style="color:#888;">Unsubscribe</a> · Jobnest B.V., Amsterdam</td></tr>
</table></td></tr></table>
""" + pixel("https://click.jobnest.example.com/open/Qm9x.gif") + """
</body></html>
""",
    },
    # 16 -- college, automated, "please do not reply": no contact even though the mailbox is a role one
    {
        "n": "college_auto_ack_do_not_reply", "kind": "application_received", "company": "Northbridge College Dublin",
        "contact": "", "lang": "en",
        "frm": ("HR Recruitment - Northbridge College", "recruitment@northbridge.example.ie"),
        "subject": "Acknowledgement of Application – Ref NBC-2026-117",
        "date": "2026-08-27 16:00 +0100", "cte": "7bit",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Applicant,

Thank you for your application for the post of Educational Technologist (Ref NBC-2026-117). This is an automated acknowledgement of receipt.

Shortlisting will take place after the closing date of 4 September 2026. Only shortlisted candidates will be contacted.

Please do not reply to this message. This mailbox does not accept correspondence about applications in progress.

HR Department
Northbridge College Dublin
""",
    },
    # 17 -- a person confirms, short
    {
        "n": "recruiter_got_it_keizers", "kind": "application_received", "company": "Keizers Digital",
        "contact": "femke@keizersdigital.example.nl", "lang": "en",
        "frm": ("Femke Visser", "femke@keizersdigital.example.nl"),
        "subject": "Re: Learning Designer application",
        "date": "2026-05-18 09:02 +0200", "cte": "7bit",
        "text": """Hi Hannah,

Thanks - got your application! I'll share it with the team this week and come back to you by next Friday at the latest.

Femke

Femke Visser - Talent Partner - Keizers Digital
""",
    },
    # 18 -- French, "merci de ne pas répondre": no contact
    {
        "n": "fr_formatis_accuse_reception", "kind": "application_received", "company": "Formatis", "contact": "", "lang": "fr",
        "frm": ("Formatis SA - Recrutement", "recrutement@formatis.example.ch"),
        "subject": "Accusé de réception de votre candidature",
        "date": "2026-01-26 07:15 +0100", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
        "text": """Madame,

Nous accusons réception de votre candidature au poste de conceptrice pédagogique (Zurich) et vous remercions de l'intérêt que vous portez à Formatis.

Votre dossier sera examiné avec attention et nous vous tiendrons informée de la suite qui lui sera donnée.

Meilleures salutations,

Service du personnel
Formatis SA

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    },
    # 19 -- French, a person confirms the file is complete
    {
        "n": "fr_pleiade_bonne_reception", "kind": "application_received", "company": "Fondation Pléiade",
        "contact": "aurelie.berset@pleiade.example.ch", "lang": "fr",
        "frm": ("Aurélie Berset", "aurelie.berset@pleiade.example.ch"),
        "subject": "Votre dossier de candidature",
        "date": "2026-03-20 11:31 +0100", "cte": "quoted-printable",
        "text": """Chère Madame,

Je vous confirme la bonne réception de votre dossier de candidature pour le poste de chargée de formation à Zurich. Il est complet.

Le comité de sélection se réunira fin mars ; vous aurez de nos nouvelles début avril.

Avec mes meilleures salutations,

Aurélie Berset
Ressources humaines
Fondation Pléiade – Rue de Lausanne 64, 1202 Genève
""",
    },
    # 20 -- Spanish, Personio, tú, HTML, no-reply
    {
        "n": "es_personio_recibido_aprendia", "kind": "application_received", "company": "Aprendia", "contact": "", "lang": "es",
        "frm": ("Aprendia", "no-reply@mail.personio.de"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-06-01 09:47 +0200", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="580" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://aprendia.jobs.personio.example.de/logo.png" alt="Aprendia" height="34"></td></tr>
<tr><td style="line-height:1.55;">
<p>¡Hola Hannah!</p>
<p>Gracias por presentar tu candidatura para el puesto de <b>Diseñadora Instruccional (mercado DACH)</b>. La hemos recibido correctamente.</p>
<p>Nuestro equipo la revisará en los próximos días y te escribiremos en cuanto tengamos novedades.</p>
<p>¡Mucha suerte!<br>El equipo de People &amp; Culture de Aprendia</p>
</td></tr>
<tr><td style="padding-top:16px;font-size:11px;color:#999;border-top:1px solid #eee;">Aprendia S.L. · Calle de Alcalá 155, 28009 Madrid · Este correo se ha enviado automáticamente; por favor, no respondas.</td></tr>
</table></body></html>
""",
    },
    # 21 -- Spanish job platform: "tu candidatura se ha enviado a ..."
    {
        "n": "es_plataforma_enviada_horizonte", "kind": "application_received", "company": "Fundación Horizonte Digital",
        "contact": "", "lang": "es",
        "frm": ("Empleatic", "notificaciones@empleatic.example.es"),
        "subject": "Tu candidatura se ha enviado a Fundación Horizonte Digital",
        "date": "2026-04-22 18:30 +0200", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.empleatic.example.es/baja?id=77ff>")],
        "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#f5f5f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#ff6b35;"><img src="https://www.empleatic.example.es/img/mail-logo.png" alt="Empleatic" height="28"></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#333;line-height:1.5;">
<p>¡Hola, Hannah!</p>
<p>Tu candidatura para <b>Coordinador/a de formación – proyecto Berlín</b> se ha enviado correctamente a <b>Fundación Horizonte Digital</b>.</p>
<p>Puedes seguir el estado de tu candidatura desde <a href=\"""" + tracked("clk.empleatic.example.es", "t5Lm", "https://www.empleatic.example.es/candidato/mis-candidaturas") + """\">Mis candidaturas</a>. La empresa se pondrá en contacto contigo si tu perfil encaja.</p>
<p>¡Mucha suerte!<br>El equipo de Empleatic</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Recibes este correo porque te has inscrito en una oferta. <a href="https://www.empleatic.example.es/baja?id=77ff" style="color:#999;">Darse de baja</a></td></tr>
</table></td></tr></table>
""" + pixel("https://clk.empleatic.example.es/o/t5Lm.gif") + """
</body></html>
""",
    },
]

OFFERS = [
    # 1 -- written offer with the contract as PDF
    {
        "n": "written_offer_contract_pdf_isarwerk", "kind": "offer", "company": "Isarwerk Digital Learning",
        "contact": "k.wimmer@isarwerk.example.de", "lang": "de",
        "frm": ("Katharina Wimmer", "k.wimmer@isarwerk.example.de"),
        "subject": "Ihr Vertragsangebot – Instructional Designer (m/w/d)",
        "date": "2026-04-02 15:40 +0200", "cte": "quoted-printable",
        "text": """Liebe Frau Oyelaran-Weiß,

wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Stelle als Instructional Designer (m/w/d) in unserem Team Learning Design anbieten zu können!

Im Anhang finden Sie unseren Arbeitsvertrag. Die wichtigsten Eckdaten:
- Beginn: 1. Juli 2026 (gern auch 1. August, falls Ihr Schuljahr es erfordert)
- Bruttojahresgehalt: 54.000 €, zzgl. Jobticket und 1.000 € Weiterbildungsbudget
- 30 Urlaubstage, bis zu drei Tage mobiles Arbeiten pro Woche
- Probezeit: sechs Monate

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 17. April zurück. Bei Fragen zu einzelnen Punkten rufen Sie mich jederzeit an – Dr. Vogt steht ebenfalls gern für ein Gespräch zur Verfügung.

Herzliche Grüße aus München
Katharina Wimmer
Talent Acquisition | Isarwerk Digital Learning
Balanstraße 73 | 81541 München | +49 89 904 77 31-12
""",
        "attachments": [("Arbeitsvertrag_Oyelaran-Weiss_Isarwerk.pdf", [
            "ARBEITSVERTRAG",
            "zwischen der Isarwerk Digital Learning GmbH, Balanstraße 73, 81541 München",
            "und Frau Hannah Oyelaran-Weiß, Leipzig",
            "",
            "§ 1 Beginn und Tätigkeit: ab 01.07.2026 als Instructional Designer",
            "§ 2 Probezeit: sechs Monate",
            "§ 3 Vergütung: 54.000 EUR brutto jährlich, zahlbar in zwölf Monatsraten",
            "§ 4 Arbeitszeit: 40 Stunden pro Woche, mobiles Arbeiten nach Vereinbarung",
            "§ 5 Urlaub: 30 Arbeitstage",
            "",
            "München, den 02.04.2026",
            "____________________            ____________________",
            "Isarwerk Digital Learning GmbH   Hannah Oyelaran-Weiß",
        ])],
    },
    # 2 -- verbal offer confirmed by e-mail
    {
        "n": "verbal_offer_confirmed_hanse", "kind": "offer", "company": "Hanse Logistik Akademie",
        "contact": "b.carstensen@hanse-logistik-akademie.example.de", "lang": "de",
        "frm": ("Björn Carstensen", "b.carstensen@hanse-logistik-akademie.example.de"),
        "subject": "Wie besprochen – unser Angebot",
        "date": "2026-02-12 17:05 +0100", "cte": "quoted-printable",
        "text": """Moin Frau Oyelaran-Weiß,

wie eben am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir möchten Sie als Dozentin für unsere AEVO-Lehrgänge und den Aufbau unseres Online-Campus einstellen.

Zusammengefasst:
- Teilzeit 30 Stunden, Start 1. Mai 2026
- 3.350 € brutto monatlich, nach der Probezeit 3.500 €
- zwei Präsenztage pro Woche in Hamburg, Rest remote

Den Vertrag schickt Ihnen Frau Petersen bis Ende nächster Woche zu. Ich freue mich sehr, dass das geklappt hat!

Beste Grüße
Björn Carstensen
Hanse Logistik Akademie GmbH
""",
    },
    # 3 -- Austrian conditional offer, HTML + PDF
    {
        "n": "austrian_conditional_offer_pdf", "kind": "offer", "company": "Alpenrose Versicherung",
        "contact": "e.stoeger@alpenrose.example.at", "lang": "de",
        "frm": ("Mag. Elisabeth Stöger", "e.stoeger@alpenrose.example.at"),
        "subject": "Angebot Dienstverhältnis – Trainerin Digitale Lernformate",
        "date": "2026-09-24 16:22 +0200", "cte": "quoted-printable",
        "html": """<html><body><div style="font-family:Arial,sans-serif;font-size:10.5pt;color:#30302f;">
<p>Sehr geehrte Frau Oyelaran-Weiß!</p>
<p>Es freut mich sehr, Ihnen nach dem Hearing und dem Gespräch mit unserem Vorstandsbereich die Position als Trainerin für digitale Lernformate anbieten zu dürfen.</p>
<p>Das Angebot gilt <b>vorbehaltlich</b> der Vorlage einer aktuellen Strafregisterbescheinigung (nicht älter als drei Monate) sowie der Anerkennung Ihres Lehramtsabschlusses durch unsere Rechtsabteilung. Details zum Entgelt (KV Versicherungsinnendienst, Verwendungsgruppe IV, Überzahlung vereinbart) sowie zum Eintrittstermin 1. Dezember 2026 finden Sie im beigefügten Dienstvertragsentwurf.</p>
<p>Ich ersuche Sie, uns Ihre Entscheidung bis 5. Oktober mitzuteilen.</p>
<p>Mit freundlichen Grüßen</p>
<p>Mag. Elisabeth Stöger<br>Leiterin Personalentwicklung<br><b style="color:#9b1c31;">Alpenrose Versicherung AG</b><br>Praterstraße 31 · 1020 Wien · T +43 1 21 30 77-410</p>
</div></body></html>
""",
        "attachments": [("Dienstvertrag_Entwurf_Oyelaran-Weiss.pdf", [
            "ALPENROSE VERSICHERUNG AG - DIENSTVERTRAG (ENTWURF)",
            "Dienstnehmerin: Hannah Oyelaran-Weiß",
            "Verwendung: Trainerin Digitale Lernformate, Personalentwicklung",
            "Eintritt: 01.12.2026, Probemonat gemäß § 19 AngG",
            "Einstufung: KV Versicherungsinnendienst, VG IV, zzgl. Überzahlung",
            "Bedingungen: Vorlage Strafregisterbescheinigung; Anerkennung Abschluss",
            "",
            "Wien, am 24.09.2026",
        ])],
    },
    # 4 -- Swiss foundation, contract to sign, plain + PDF
    {
        "n": "swiss_stellenzusage_vertrag_pdf", "kind": "offer", "company": "Stiftung Brückenbau Zürich",
        "contact": "regula.baumgartner@brueckenbau.example.ch", "lang": "de",
        "frm": ("Regula Baumgartner", "regula.baumgartner@brueckenbau.example.ch"),
        "subject": "Stellenzusage und Arbeitsvertrag",
        "date": "2026-07-10 10:48 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Liebe Frau Oyelaran-Weiß

Herzlichen Dank nochmals für das gute Gespräch am Montag. Ich freue mich sehr, Ihnen im Namen der Geschäftsleitung die Stelle als Fachverantwortliche Bildung und Lernmedien (80 %) zusagen zu können.

Im Anhang erhalten Sie den Arbeitsvertrag in zweifacher Ausführung. Bitte unterzeichnen Sie beide Exemplare und senden Sie uns eines bis zum 31. Juli per Post zurück. Das Jahresgehalt beträgt CHF 92'000 (bei 80 %), Stellenantritt ist der 1. Oktober 2026.

Für Fragen rund um Aufenthaltsbewilligung und Umzug steht Ihnen unsere Personaladministration zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüsse

Regula Baumgartner
Bereichsleiterin Bildung
Stiftung Brückenbau Zürich
""",
        "attachments": [("Arbeitsvertrag_Brueckenbau_Oyelaran-Weiss.pdf", [
            "Stiftung Brückenbau Zürich - Arbeitsvertrag",
            "Arbeitnehmerin: Hannah Oyelaran-Weiß",
            "Funktion: Fachverantwortliche Bildung und Lernmedien, Pensum 80 %",
            "Stellenantritt: 1. Oktober 2026",
            "Jahreslohn: CHF 92'000 brutto (13 Monatslöhne)",
            "Probezeit: drei Monate",
            "",
            "Zürich, 10. Juli 2026",
            "Für die Stiftung: Urs Kälin, Geschäftsführer",
        ])],
    },
    # 5 -- agency relays the start-up's offer, exclamation marks, HTML only
    {
        "n": "agency_kursgold_will_dich", "kind": "offer", "company": "Kursgold",
        "contact": "p.wendt@talentbruecke.example.de", "lang": "de",
        "frm": ("Paul Wendt", "p.wendt@talentbruecke.example.de"),
        "subject": "KURSGOLD WILL DICH!!! 🎉",
        "date": "2026-07-22 18:03 +0200", "cte": "quoted-printable",
        "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p>Hannah!!!</p>
<p>Ich hab's dir ja vorhin schon am Telefon gesagt, aber hier nochmal schwarz auf weiß: Kursgold möchte dich als <b>Senior Learning Designer</b> einstellen! 🎉</p>
<p>Das Angebot im Überblick:</p>
<ul>
<li>58.000 € fix + 4.000 € Bonus</li>
<li>Start 1. September (oder 1. Oktober, wenn du noch Zeit brauchst)</li>
<li>Remote aus Leipzig, einmal im Monat Teamwoche in Berlin</li>
<li>Virtuelle Anteile (VSOP) nach Probezeit</li>
</ul>
<p>Das schriftliche Angebot schickt dir Kursgold morgen per DocuSign. Lies es in Ruhe durch – wenn du irgendwas verhandeln willst, mach ich das gern für dich.</p>
<p>Glückwunsch!!!<br>Paul</p>
<p style="font-size:12px;color:#666">--<br>Paul Wendt | Consultant Digital &amp; EdTech<br>TalentBrücke Personalvermittlung GmbH · Grimmaische Straße 2–4 · 04109 Leipzig</p>
</div>
""",
    },
    # 6 -- offer letter as PDF, alternative body
    {
        "n": "offer_letter_pdf_atlantic", "kind": "offer", "company": "Atlantic Edtech",
        "contact": "rachel.doyle@atlanticedtech.example.ie", "lang": "en",
        "frm": ("Rachel Doyle", "rachel.doyle@atlanticedtech.example.ie"),
        "subject": "Offer – Senior Learning Designer (German market)",
        "date": "2026-09-29 17:30 +0100", "cte": "quoted-printable",
        "text": """Dear Hannah,

Following your final interview last week, I'm delighted to offer you the position of Senior Learning Designer (German market) at Atlantic Edtech.

Your formal offer letter is attached. In short: a permanent, fully remote contract with a base salary of EUR 62,000, 25 days' annual leave plus public holidays, and a start date of 1 December 2026 (flexible).

Please review it and let me know if you have any questions. We'd be grateful for your decision by Friday 9 October. To accept, simply sign the letter and send it back to me.

We're really looking forward to having you on the team.

Warm regards,
Rachel

Rachel Doyle
Director of Learning | Atlantic Edtech
2 Windmill Lane, Dublin 2
Atlantic Edtech Limited, Registered in Ireland No. 655901
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Dear Hannah,</p>
<p>Following your final interview last week, I'm delighted to offer you the position of <b>Senior Learning Designer (German market)</b> at Atlantic Edtech.</p>
<p>Your formal offer letter is attached. In short: a permanent, fully remote contract with a base salary of EUR 62,000, 25 days' annual leave plus public holidays, and a start date of 1 December 2026 (flexible).</p>
<p>Please review it and let me know if you have any questions. We'd be grateful for your decision by Friday 9 October. To accept, simply sign the letter and send it back to me.</p>
<p>We're really looking forward to having you on the team.</p>
<p>Warm regards,<br>Rachel</p>
<p style="font-size:12px;color:#555;">Rachel Doyle<br>Director of Learning | Atlantic Edtech<br>2 Windmill Lane, Dublin 2<br><span style="font-size:10px;color:#999;">Atlantic Edtech Limited, Registered in Ireland No. 655901</span></p>
</body></html>
""",
        "attachments": [("Atlantic_Edtech_Offer_Letter_H_Oyelaran-Weiss.pdf", [
            "ATLANTIC EDTECH LIMITED - OFFER OF EMPLOYMENT",
            "29 September 2026",
            "Dear Hannah,",
            "We are pleased to offer you the role of Senior Learning Designer (German market).",
            "Base salary: EUR 62,000 per annum. Annual leave: 25 days.",
            "Start date: 1 December 2026. Place of work: remote (Germany).",
            "This offer is subject to satisfactory references.",
            "Signed: Rachel Doyle, Director of Learning",
            "Accepted: ______________________  Date: __________",
        ])],
    },
    # 7 -- conditional offer (references and right to work), Ashby with Reply-To
    {
        "n": "conditional_offer_greenloop", "text_from_html": True, "kind": "offer", "company": "GreenLoop",
        "contact": "daan.bakker@greenloop.example.nl", "lang": "en",
        "frm": ("GreenLoop Hiring", "no-reply@ashbyhq.com"),
        "reply_to": ("Daan Bakker", "daan.bakker@greenloop.example.nl"),
        "subject": "Your offer from GreenLoop 🌱",
        "date": "2026-08-04 13:10 +0200", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;background:#f3f7f4;">
<table role="presentation" width="100%"><tr><td align="center" style="padding:28px 8px;">
<table role="presentation" width="560" style="background:#ffffff;border-radius:10px;font-family:Inter,Helvetica,sans-serif;font-size:15px;color:#0f2a1d;">
<tr><td style="padding:24px 30px 6px;"><img src="https://cdn.ashbyprd.example.com/greenloop/logo-green.png" alt="GreenLoop" width="110"></td></tr>
<tr><td style="padding:6px 30px 26px;line-height:1.6;">
<p>Hi Hannah,</p>
<p>We're thrilled to offer you the role of <b>Sustainability Learning Designer</b> at GreenLoop!</p>
<p>This is a <b>conditional offer</b>: it is subject to two satisfactory references and confirmation of your right to work in the Netherlands (as an EU citizen this is just a copy of your passport).</p>
<ul><li>Salary: € 4,450 gross per month + 8% holiday allowance</li><li>32-hour week, hybrid (Amsterdam office Tue/Thu)</li><li>Start: 1 October 2026</li><li>Relocation support: € 3,000</li></ul>
<p>You can review and e-sign the offer here: <a href="https://app.ashbyhq.example.com/offer/greenloop/5fa1c2">View offer</a>. Please send the names of your referees by replying to this email.</p>
<p>So excited!<br>Daan</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#7b8e83;">GreenLoop B.V. · Czaar Peterstraat 213 · 1018 PL Amsterdam · KvK 90112233</td></tr>
</table></td></tr></table>
""" + pixel("https://app.ashbyhq.example.com/track/open/ofr771") + """
</body></html>
""",
    },
    # 8 -- contract to sign through a link, alternative
    {
        "n": "contract_to_sign_coral", "kind": "offer", "company": "Coral Academy",
        "contact": "eva.jansen@coralacademy.example.nl", "lang": "en",
        "frm": ("Eva Jansen", "eva.jansen@coralacademy.example.nl"),
        "subject": "Your contract – please sign by Friday",
        "date": "2026-06-05 11:25 +0200", "cte": "quoted-printable",
        "text": """Hi Hannah,

Great to hear you're accepting our offer – welcome to Coral Academy!

Your employment contract (Teacher Trainer & Learning Designer, 0.8 FTE, start 1 September 2026) is ready for signature. You'll get a separate email from our e-signing tool; please sign by Friday 12 June so we can start the registration with the municipality and the 30% ruling check.

If anything in the contract doesn't match what we agreed on the phone, let me know before signing.

Hartelijke groet,
Eva

Eva Jansen
HR & Operations Manager
Coral Academy | Overtoom 301 | 1054 HW Amsterdam
""",
        "html": """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222;">
<p>Hi Hannah,</p>
<p>Great to hear you're accepting our offer – welcome to Coral Academy!</p>
<p>Your employment contract (Teacher Trainer &amp; Learning Designer, 0.8 FTE, start 1 September 2026) is ready for signature. You'll get a separate email from our e-signing tool; please sign by <b>Friday 12 June</b> so we can start the registration with the municipality and the 30% ruling check.</p>
<p>If anything in the contract doesn't match what we agreed on the phone, let me know before signing.</p>
<p>Hartelijke groet,<br>Eva</p>
<p style="color:#e8575a;font-weight:bold;margin-bottom:0;">Eva Jansen</p>
<p style="margin-top:0;font-size:11px;color:#666;">HR &amp; Operations Manager<br>Coral Academy | Overtoom 301 | 1054 HW Amsterdam</p>
</body></html>
""",
    },
    # 9 -- French, "proposition d'embauche" with PDF
    {
        "n": "fr_leman_proposition_embauche_pdf", "kind": "offer", "company": "Éditions du Léman",
        "contact": "theo.rochat@editions-leman.example.ch", "lang": "fr",
        "frm": ("Théo Rochat", "theo.rochat@editions-leman.example.ch"),
        "subject": "Proposition d'embauche",
        "date": "2026-09-08 14:05 +0200", "cte": "quoted-printable",
        "text": """Chère Madame Oyelaran-Weiß,

À la suite de vos entretiens avec Mme Favre et l'équipe éditoriale, nous avons le plaisir de vous proposer le poste d'éditrice de ressources numériques pour le marché germanophone, en contrat à durée indéterminée, à 90 %, en télétravail depuis l'Allemagne avec deux séjours par trimestre à Lausanne.

Vous trouverez ci-joint notre proposition d'embauche détaillant la rémunération, la date d'entrée en fonction (1er novembre 2026) et les conditions de télétravail. Nous vous saurions gré de nous faire part de votre réponse d'ici au 18 septembre.

Nous nous réjouissons de vous accueillir dans l'équipe.

Bien cordialement,

Théo Rochat
Chargé de recrutement
Éditions du Léman
Avenue de la Gare 27, 1003 Lausanne
""",
        "attachments": [("Proposition_embauche_Oyelaran-Weiss.pdf", [
            "ÉDITIONS DU LÉMAN - PROPOSITION D'EMBAUCHE",
            "Lausanne, le 8 septembre 2026",
            "Madame Hannah Oyelaran-Weiß",
            "Poste : éditrice de ressources numériques (marché germanophone)",
            "Contrat : durée indéterminée, taux d'activité 90 %",
            "Entrée en fonction : 1er novembre 2026",
            "Salaire annuel brut : CHF 84'500 (13 mensualités)",
            "Lieu de travail : télétravail (Allemagne) et Lausanne",
            "Signature : ______________________",
        ])],
    },
    # 10 -- Spanish, agency relays the client's offer, tú
    {
        "n": "es_talentia_oferta_aulaviva", "kind": "offer", "company": "Aulaviva",
        "contact": "javier.montero@talentia.example.es", "lang": "es",
        "frm": ("Javier Montero", "javier.montero@talentia.example.es"),
        "subject": "¡Enhorabuena! Oferta de Aulaviva",
        "date": "2026-10-02 13:48 +0200", "cte": "8bit",
        "text": """¡Hola Hannah!

¡Enhorabuena! Aulaviva me acaba de confirmar que quiere contar contigo como diseñadora instruccional para el mercado alemán.

Te resumo la oferta que me han pasado:
- Contrato indefinido, 100% remoto desde Leipzig (contratación a través de su entidad en Alemania)
- 52.000 € brutos anuales + 10% de variable
- Incorporación: 2 de noviembre

Mañana te llegará la carta de oferta formal de su departamento de personas. Échale un vistazo con calma y, si quieres negociar algo, cuéntamelo y lo gestiono yo.

¡Un abrazo y felicidades!
Javier

Javier Montero
Consultor Senior · Talentia Selección
+34 91 555 23 60
""",
    },
]

MESSAGES = ACKS + OFFERS
