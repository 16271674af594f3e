"""Application acknowledgements and offers of the ninety-third corpus, written one by one."""

from __future__ import annotations

from msgs93_common import ats_card, plain_html

ACKS = [
    # 1 -- Workday acknowledgement, no-reply
    {
        "kind": "application_received", "scenario": "workday_confirmation", "company": "Rheinauen Pharma", "contact": "",
        "lang": "de",
        "frm": ("Rheinauen Pharma Talent Acquisition", "rheinauen@myworkday.com"),
        "subject": "Bestätigung Ihrer Bewerbung – Medical Advisor Onkologie (m/w/d) – R-004562",
        "date": "2026-02-09 22:14 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("X-Mailer", "Workday Notifications")],
        "html": ats_card(
            logo_src="https://rheinauen.wd3.myworkday.com/rheinauen/assets/logo/rp_logo_email.png",
            logo_alt="Rheinauen Pharma", accent="#00587c",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "vielen Dank für Ihre Bewerbung auf die Position <b>Medical Advisor Onkologie (m/w/d)</b> (R-004562). Ihre Unterlagen sind vollständig bei uns eingegangen.",
                "Unser Team prüft nun alle Bewerbungen sorgfältig. Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen. Sobald wir Ihre Unterlagen gesichtet haben, melden wir uns bei Ihnen.",
                "Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Rheinauen Pharma",
            ],
            button=("Status ansehen", "https://rheinauen.wd3.myworkday.com/en-US/Rheinauen_Careers/userHome?src=email_ack"),
            footer=[
                "Rheinauen Pharma GmbH · Am Rheinauenpark 12 · 65929 Frankfurt am Main",
                "Geschäftsführung: Dr. Katrin Oberländer, Matthias Velte · Amtsgericht Frankfurt am Main HRB 88213",
                "Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail werden nicht gelesen.",
            ],
            pixel_url="https://rheinauen.wd3.myworkday.com/rheinauen/email/open/a71e0b44.gif",
        ),
    },
    # 2 -- "we cannot reply to everyone; no news within 4 weeks means no": still an acknowledgement
    {
        "kind": "application_received", "scenario": "smartrecruiters_four_weeks_silence", "company": "Novena Therapeutics",
        "contact": "", "lang": "de",
        "frm": ("Careers at Novena", "no-reply@smartrecruiters.com"),
        "subject": "Vielen Dank für Ihre Bewerbung bei Novena",
        "date": "2026-03-02 13:27 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
        "html": ats_card(
            logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/NovenaTherapeutics/120x40.png",
            logo_alt="Novena", accent="#6b2c91",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist",
                "Wir bestätigen den Eingang Ihrer Bewerbung als <b>Medical Science Liaison Hämatologie (Region Nordwestschweiz)</b>. Vielen Dank für Ihr Interesse an Novena.",
                "Wir erhalten auf unsere Ausschreibungen sehr viele Bewerbungen und bitten um Verständnis, dass wir nicht jeder Bewerberin und jedem Bewerber persönlich antworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.",
                "Freundliche Grüsse<br>Ihr Novena Talent Acquisition Team",
            ],
            footer=[
                "Novena Therapeutics AG · Dreispitzallee 21 · 4142 Münchenstein · Schweiz",
                "Diese E-Mail wurde über SmartRecruiters versendet. Bitte antworten Sie nicht auf diese Nachricht.",
            ],
            pixel_url="https://email.smartrecruiters.com/o/eJwdyU0KgzAUhdG.gif",
        ),
    },
    # 3 -- softgarden acknowledgement
    {
        "kind": "application_received", "scenario": "softgarden_eingang", "company": "Gesundkasse Hessen", "contact": "",
        "lang": "de",
        "frm": ("Gesundkasse Hessen", "gesundkasse-hessen@mail.softgarden.io"),
        "subject": "Eingangsbestätigung: Referentin Arzneimittelversorgung (w/m/d)",
        "date": "2026-04-03 08:02 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card(
            logo_src="https://tracking.softgarden.io/static/customer/gesundkasse-hessen/logo.png",
            logo_alt="Gesundkasse Hessen – Die Krankenkasse für Hessen", accent="#009a62",
            paras=[
                "Sehr geehrte Frau Adebayo-Lindqvist,",
                "herzlichen Dank für Ihre Bewerbung und Ihr Interesse an der Gesundkasse Hessen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Position <b>Referentin Arzneimittelversorgung (w/m/d)</b>, Kennziffer 2026-0412.",
                "Die Bewerbungsfrist endet am 17. April. Danach sichten wir alle Unterlagen gemeinsam mit der Fachabteilung und melden uns spätestens Ende April bei Ihnen.",
                "Freundliche Grüße<br>Ihre Personalgewinnung der Gesundkasse Hessen",
            ],
            footer=[
                "Gesundkasse Hessen · Körperschaft des öffentlichen Rechts · Wilhelmstraße 7 · 65185 Wiesbaden",
                "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.",
                '<a href="https://tracking.softgarden.io/c/8b1f/privacy" style="color:#8a8a8a;">Datenschutzerklärung</a> · <a href="https://tracking.softgarden.io/c/8b1f/withdraw" style="color:#8a8a8a;">Bewerbung zurückziehen</a>',
            ],
            pixel_url="https://tracking.softgarden.io/o/8b1f2d40a0/open.gif",
        ),
    },
    # 4 -- public agency: please do not ask about the status (role mailbox that does not invite a reply)
    {
        "kind": "application_received", "scenario": "state_agency_no_status_requests",
        "company": "Hessisches Landesamt für Arzneimittelsicherheit", "contact": "", "lang": "de",
        "frm": ("HLAS Personalreferat", "personal@hlas.hessen.example.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung - Kennziffer HLAS-26-09",
        "date": "2026-03-31 10:10 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle einer Pharmazeutin / eines Pharmazeuten im Dezernat III 2 (Kennziffer HLAS-26-09).

Nach Ablauf der Bewerbungsfrist am 14. April 2026 werden alle Bewerbungen durch die Auswahlkommission gesichtet. Aufgrund der hohen Zahl der Bewerbungen bitten wir Sie, von Sachstandsanfragen abzusehen. Sie erhalten unaufgefordert Nachricht, sobald über die Einladung zu Auswahlgesprächen entschieden ist.

Hinweise zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in der Ausschreibung.

Mit freundlichen Grüßen
Im Auftrag
Personalreferat

Hessisches Landesamt für Arzneimittelsicherheit
Mainzer Straße 98, 65189 Wiesbaden
""",
    },
    # 5 -- job platform confirms the application went to the employer
    {
        "kind": "application_received", "scenario": "job_board_forwarded", "company": "Mertens & Kolb Regulatory Consulting",
        "contact": "", "lang": "de",
        "frm": ("medijobs", "noreply@medijobs.example.de"),
        "subject": "Deine Bewerbung wurde erfolgreich versendet",
        "date": "2026-04-24 21:33 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.medijobs.example.de/einstellungen/benachrichtigungen?u=hal88>")],
        "html": """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f6f8"><tr><td align="center" style="padding:20px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e6e9ec;"><img src="https://cdn.medijobs.example.de/img/mail/medijobs_logo.png" alt="medijobs – Jobs im Gesundheitswesen" height="28"></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:21px;color:#2b2b2b;">
<p style="margin:0 0 12px 0;">Hallo Henrike,</p>
<p style="margin:0 0 12px 0;">deine Bewerbung wurde erfolgreich an <b>Mertens &amp; Kolb Regulatory Consulting</b> übermittelt.</p>
<table cellpadding="8" cellspacing="0" style="background:#f7f9fa;border:1px solid #e6e9ec;width:100%;font-size:13px;">
<tr><td><b>Stelle:</b> Regulatory Consultant (m/w/d) – Köln</td></tr>
<tr><td><b>Arbeitgeber:</b> Mertens &amp; Kolb Regulatory Consulting</td></tr>
<tr><td><b>Gesendet am:</b> 24.04.2026, 21:33 Uhr</td></tr>
<tr><td><b>Anhänge:</b> Lebenslauf_Adebayo-Lindqvist.pdf, Anschreiben.pdf, Zeugnisse.pdf</td></tr>
</table>
<p style="margin:12px 0;">Der Arbeitgeber meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du unter „Meine Bewerbungen“.</p>
<p style="margin:0;"><a href="https://www.medijobs.example.de/r/c?u=hal88&amp;t=bewerbungen" style="color:#0a7cba;">Zu meinen Bewerbungen</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#9aa3ab;border-top:1px solid #e6e9ec;">
Ähnliche Jobs: <a href="https://www.medijobs.example.de/r/c?u=hal88&amp;j=44120" style="color:#9aa3ab;">Regulatory Affairs Manager, Bonn</a> · <a href="https://www.medijobs.example.de/r/c?u=hal88&amp;j=44187" style="color:#9aa3ab;">Consultant Pharmakovigilanz, Köln</a><br>
medijobs GmbH · Gereonstraße 18 · 50670 Köln · <a href="https://www.medijobs.example.de/impressum" style="color:#9aa3ab;">Impressum</a> · <a href="https://www.medijobs.example.de/einstellungen/benachrichtigungen?u=hal88" style="color:#9aa3ab;">Benachrichtigungen abbestellen</a>
</td></tr>
</table>
</td></tr></table>
<img src="https://www.medijobs.example.de/t/o.gif?u=hal88&amp;m=apply_confirm" width="1" height="1" alt="">
</body></html>
""",
    },
    # 6 -- start-up acknowledgement, du, role mailbox that invites questions
    {
        "kind": "application_received", "scenario": "startup_personio_du", "company": "dosewise",
        "contact": "jobs@dosewise.example.de", "lang": "de",
        "frm": ("dosewise", "noreply@personio.de"),
        "reply_to": ("dosewise Jobs", "jobs@dosewise.example.de"),
        "subject": "Danke für deine Bewerbung, Henrike! 🙌",
        "date": "2026-02-06 14:45 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Hey Henrike,

danke, dass du dich als Clinical Pharmacist (Product) bei dosewise beworben hast! Deine Unterlagen sind bei uns angekommen.

Wir sind ein kleines Team und lesen jede Bewerbung selbst – gib uns bitte ca. 10 Tage. Wenn wir dich kennenlernen wollen, bekommst du von Mira oder Leo eine Einladung zu einem ersten Call.

Fragen? Antworte einfach auf diese Mail.

Bis bald
dein dosewise-Team

dosewise GmbH · Hanauer Landstraße 291b · 60314 Frankfurt am Main
""",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:540px;margin:0 auto">
<img src="https://dosewise.jobs.personio.de/assets/logo_dosewise.png" alt="dosewise" width="120" style="display:block;margin:16px 0">
<p>Hey Henrike,</p>
<p>danke, dass du dich als <b>Clinical Pharmacist (Product)</b> bei dosewise beworben hast! Deine Unterlagen sind bei uns angekommen.</p>
<p>Wir sind ein kleines Team und lesen jede Bewerbung selbst – gib uns bitte ca. 10 Tage. Wenn wir dich kennenlernen wollen, bekommst du von Mira oder Leo eine Einladung zu einem ersten Call.</p>
<p>Fragen? Antworte einfach auf diese Mail.</p>
<p>Bis bald<br>dein dosewise-Team</p>
<p style="font-size:11px;color:#999">dosewise GmbH · Hanauer Landstraße 291b · 60314 Frankfurt am Main · <a href="https://dosewise.jobs.personio.de/privacy-policy" style="color:#999">Datenschutz</a></p>
<img src="https://t.personio.de/o/dw-11aa-3c.gif" width="1" height="1" alt="">
</div>""",
    },
    # 7 -- Vienna: "eingelangt", automatic, no reply
    {
        "kind": "application_received", "scenario": "vienna_eingelangt", "company": "Donaupharm Arzneimittel", "contact": "",
        "lang": "de",
        "frm": ("Donaupharm Karriere", "karriere@donaupharm.example.at"),
        "subject": "Ihre Bewerbung ist bei uns eingelangt",
        "date": "2026-03-09 07:31 +0100", "structure": "plain", "charset": "utf-8", "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

wir bestätigen, dass Ihre Bewerbung als Medical Advisor Onkologie bei uns eingelangt ist. Vielen Dank für Ihr Interesse an Donaupharm!

Ihre Unterlagen werden nun von der Fachabteilung geprüft. Wir ersuchen Sie um etwas Geduld – Sie hören in den nächsten drei Wochen von uns.

Hinweis: Das Mindestgehalt laut Kollektivvertrag der chemischen Industrie beträgt für diese Position EUR 4.312,- brutto/Monat (14 x jährlich); eine Überzahlung je nach Qualifikation und Erfahrung ist vorgesehen.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf dieses E-Mail.

Donaupharm Arzneimittel GmbH
Mühlgrundgasse 17, 1220 Wien
""",
    },
    # 8 -- university secretariat acknowledges and explains the procedure
    {
        "kind": "application_received", "scenario": "university_secretariat", "company": "Universität Lahnberg",
        "contact": "sekretariat.klipharm@uni-lahnberg.example.de", "lang": "de",
        "frm": ("Sekretariat Klinische Pharmazie", "sekretariat.klipharm@uni-lahnberg.example.de"),
        "subject": "Ihre Bewerbung – Kennziffer FB16-2026-033",
        "date": "2026-04-17 12:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

vielen Dank für Ihre Bewerbung auf die Stelle einer wissenschaftlichen Mitarbeiterin (Kennziffer FB16-2026-033). Ihre Unterlagen sind vollständig bei uns eingegangen.

Die Bewerbungsfrist endet am 30. April. Anschließend sichtet die Auswahlkommission alle Unterlagen; mit einer Nachricht zu Vorstellungsgesprächen können Sie etwa Mitte Mai rechnen.

Nach Abschluss des Verfahrens werden die Unterlagen der nicht berücksichtigten Bewerberinnen und Bewerber datenschutzgerecht vernichtet.

Bei Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Heike Rausch
Sekretariat Prof. Dr. G. Marquardt
Universität Lahnberg, Institut für Klinische Pharmazie
""",
    },
    # 9 -- SuccessFactors, Swiss: "innert drei Wochen"
    {
        "kind": "application_received", "scenario": "successfactors_innert", "company": "Santévia Versicherungen",
        "contact": "", "lang": "de",
        "frm": ("Santévia Recruiting", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung bei Santévia: Fachspezialistin Leistungen Arzneimittel",
        "date": "2026-05-04 16:19 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:10pt;color:#222;">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#003d6b;padding:14px 20px;"><img src="https://career2.successfactors.eu/career?company=santeviaP&amp;career_ns=logo" alt="Santévia – Ihre Krankenversicherung" height="30"></td></tr>
<tr><td style="padding:18px 20px;">
<p>Guten Tag Frau Adebayo-Lindqvist</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Fachspezialistin Leistungen Arzneimittel (80–100 %)</b> in Zürich. Wir haben Ihre Unterlagen erhalten und prüfen diese nun sorgfältig.</p>
<p>Wir melden uns innert drei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil verfolgen.</p>
<p>Freundliche Grüsse<br>Santévia Versicherungen AG<br>Human Resources</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:8pt;color:#888;border-top:1px solid #ddd;">
Santévia Versicherungen AG · Pfingstweidstrasse 31 · 8005 Zürich<br>
Diese Nachricht wurde automatisch über SAP SuccessFactors erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table>
<img src="https://career2.successfactors.eu/sfcareer/trk?evt=open&amp;rid=5521&amp;cid=88430" width="1" height="1" alt="">
</body></html>
""",
    },
    # 10 -- NGO, personal acknowledgement from a volunteer coordinator
    {
        "kind": "application_received", "scenario": "ngo_personal_ack", "company": "Medikamentenhilfe International",
        "contact": "ruth.amoako@medikamentenhilfe.example.de", "lang": "de",
        "frm": ("Ruth Amoako", "ruth.amoako@medikamentenhilfe.example.de"),
        "subject": "Deine Bewerbung als Pharmazeutische Referentin",
        "date": "2026-01-12 18:40 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "text": """Liebe Henrike,

wir duzen uns hier alle, ich hoffe, das ist in Ordnung!

Vielen Dank für deine Bewerbung als Pharmazeutische Referentin (Teilzeit, 20 Std.) – sie ist gut bei uns angekommen. Wir sammeln die Bewerbungen noch bis Ende Januar und laden dann im Februar zu Gesprächen ein. Unser Vorstand trifft die Entscheidung gemeinsam mit mir, das kann also ein paar Wochen dauern.

Falls du in der Zwischenzeit Fragen zu unseren Projekten in Ghana und Malawi hast (Arzneimittelversorgung, Qualitätsprüfung von Spenden), melde dich gern direkt bei mir.

Herzliche Grüße
Ruth

Ruth Amoako
Koordination Programme & Ehrenamt
Medikamentenhilfe International e.V.
Eschersheimer Landstraße 42 · 60322 Frankfurt am Main
Spendenkonto: DE12 5005 0201 0000 4455 66
""",
    },
    # 11 -- Greenhouse acknowledgement, no-reply, no Reply-To
    {
        "kind": "application_received", "scenario": "greenhouse_thanks_for_applying", "company": "Cerulean Biosciences",
        "contact": "", "lang": "en",
        "frm": ("Cerulean Biosciences", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Cerulean Biosciences",
        "date": "2026-03-24 09:58 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """<html><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" role="presentation" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#24292e;line-height:22px;">
<tr><td style="padding:28px 0 12px 0;"><img src="https://s3.amazonaws.com/grnhse-prod/board_logos/ceruleanbio/cerulean_wordmark.png" alt="Cerulean Biosciences" width="170"></td></tr>
<tr><td>
<p>Hi Henrike,</p>
<p>Thank you for applying for the <strong>Senior Drug Safety Physician / Pharmacist (Basel)</strong> role at Cerulean Biosciences. We've received your application and our team will review it shortly.</p>
<p>If your experience is a match for the role, a member of our recruiting team will be in touch to discuss next steps.</p>
<p>In the meantime, learn more about our pipeline and our culture on our <a href="https://www.ceruleanbio.example.com/careers?utm_source=greenhouse&amp;utm_medium=email">careers page</a>.</p>
<p>Best,<br>The Cerulean Talent Team</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#8c959f;border-top:1px solid #eaecef;">
Cerulean Biosciences, Inc. &middot; 1 Kendall Row, Cambridge, MA 02142<br>
This is an automated message; replies to this address are not monitored. Powered by Greenhouse.
</td></tr>
</table></td></tr></table>
<img src="https://us.greenhouse-mail.io/wf/open?upn=AbCk2_Qq1Rr-8bN" width="1" height="1" alt="" style="display:none">
</body></html>
""",
    },
    # 12 -- iCIMS: "cannot reply to every applicant ... within 4 weeks" -- still an acknowledgement
    {
        "kind": "application_received", "scenario": "icims_high_volume_four_weeks", "company": "Parexa Clinical",
        "contact": "", "lang": "en",
        "frm": ("Parexa Clinical Careers", "parexaclinical@talent.icims.com"),
        "subject": "Thank you for your application - Pharmacovigilance Scientist II",
        "date": "2026-03-10 02:41 +0000", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://careers-parexaclinical.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=2291&amp;hashed=-11290",
            logo_alt="PAREXA CLINICAL", accent="#1c3f94", lang="en",
            paras=[
                "Dear Henrike,",
                "Thank you for applying for the Pharmacovigilance Scientist II position (Req 2026-11873) at Parexa Clinical. This email confirms that we have received your application.",
                "Due to the high volume of applications we receive, we are unfortunately unable to reply to every applicant individually. If you have not heard from us within 4 weeks, please assume that your application has not been successful on this occasion.",
                "You can review the status of your application at any time in our careers portal.",
                "Sincerely,<br>Global Talent Acquisition<br>Parexa Clinical",
            ],
            footer=[
                "Parexa Clinical Holdings, Inc. is an equal opportunity employer.",
                "Please do not reply to this message; this mailbox is not monitored.",
            ],
            pixel_url="https://talent.icims.com/track/open/pc-5519-b2.gif",
        ),
    },
    # 13 -- Taleo plain-text acknowledgement
    {
        "kind": "application_received", "scenario": "taleo_plain_ack", "company": "Glenmore Pharma", "contact": "", "lang": "en",
        "frm": ("Glenmore Pharma Recruitment", "glenmore@taleo.net"),
        "subject": "Glenmore Pharma - Application Received - Medical Information Specialist, German-speaking",
        "date": "2026-03-30 17:03 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "text": """Dear Henrike Adebayo-Lindqvist,

Thank you for applying for the position of Medical Information Specialist, German-speaking (Job Number 2600412) with Glenmore Pharma.

Your application has been successfully submitted and will now be reviewed by our recruitment team. Should your qualifications match the requirements of the position, we will contact you to discuss the next steps.

You may track the status of your application at any time by logging in to your candidate profile:
https://glenmore.taleo.net/careersection/2/mysubmissions.ftl?lang=en

Yours sincerely,

Talent Acquisition Team
Glenmore Pharma

Glenmore Pharma Limited, Block 4, Cherrywood Business Park, Dublin D18 K7W4, Ireland. Registered in Ireland No. 488210.
This is an automated message. Please do not reply to this e-mail.
""",
    },
    # 14 -- professional network confirms an Easy Apply application to the employer
    {
        "kind": "application_received", "scenario": "network_easy_apply_sent", "company": "Limmat Oncology", "contact": "",
        "lang": "en",
        "frm": ("Linkwork", "jobs-noreply@linkwork.example.com"),
        "subject": "Henrike, your application was sent to Limmat Oncology",
        "date": "2026-05-15 07:12 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.linkwork.example.com/e/unsub?t=appl&u=hal88>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": """<html><body style="margin:0;background:#f3f2ef;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;">
<tr><td style="padding:16px 24px;"><img src="https://static.linkwork.example.com/mail/logo.png" alt="Linkwork" height="24"></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:20px;color:#191919;font-weight:600;">Your application was sent to Limmat Oncology</td></tr>
<tr><td style="padding:8px 24px;">
<table cellpadding="0" cellspacing="0"><tr>
<td width="56"><img src="https://media.linkwork.example.com/company-logo/limmat-oncology_100.png" alt="Limmat Oncology" width="48"></td>
<td style="font-size:14px;color:#191919;"><b>Regulatory Affairs Manager</b><br>Limmat Oncology · Zurich, Switzerland (Hybrid)<br><span style="color:#666;">Applied on 15 May 2026</span></td>
</tr></table>
</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#444;">Good luck! Employers often respond within two weeks. You can track this application in <a href="https://www.linkwork.example.com/comm/my-items/saved-jobs/?trk=eml-appl" style="color:#0a66c2;">My Jobs</a>.</td></tr>
<tr><td style="padding:8px 24px 20px 24px;"><a href="https://www.linkwork.example.com/comm/jobs/view/3920118825/?trk=eml-appl-similar" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;font-size:14px;">See similar jobs</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #e8e8e8;">This email was intended for Henrike Adebayo-Lindqvist (Hospital pharmacist | Medical Affairs). <a href="https://www.linkwork.example.com/e/unsub?t=appl&amp;u=hal88" style="color:#888;">Unsubscribe</a> · <a href="https://www.linkwork.example.com/help" style="color:#888;">Help</a><br>© 2026 Linkwork Corporation, 1 Harbour Square, Dublin 2, Ireland.</td></tr>
</table>
</td></tr></table>
<img src="https://www.linkwork.example.com/emimp/ip_appl_hal88.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    # 15 -- Workable acknowledgement, text and HTML
    {
        "key": "meridian_ack",
        "kind": "application_received", "scenario": "workable_ack", "company": "Meridian Health Economics", "contact": "",
        "lang": "en",
        "frm": ("Meridian Health Economics", "noreply@workablemail.com"),
        "subject": "Thanks for applying to Meridian Health Economics",
        "date": "2026-02-02 11:36 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/481122/meridian_logo.png",
            logo_alt="Meridian Health Economics", accent="#2d8c7f", lang="en",
            font="'Helvetica Neue', Helvetica, Arial, sans-serif",
            paras=[
                "Hi Henrike,",
                "Thanks for applying for the HEOR Consultant position at Meridian Health Economics. Your application has been received and we'll review it as soon as possible.",
                "We aim to get back to every applicant within two weeks of the closing date (9 February).",
                "Best regards,<br>The Meridian Health Economics hiring team",
            ],
            footer=[
                "Meridian Health Economics Ltd · 5 Hills Road · Cambridge CB2 1NW · United Kingdom",
                'Powered by <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#8a8a8a;">Workable</a>',
            ],
            pixel_url="https://email.workablemail.com/wf/open?upn=mhe-02b811",
        ),
    },
    # 16 -- agency acknowledges the CV, role mailbox that invites a reply
    {
        "kind": "application_received", "scenario": "agency_cv_received", "company": "MedRecruit Partners",
        "contact": "candidates@medrecruit-partners.example.com", "lang": "en",
        "frm": ("MedRecruit Partners", "candidates@medrecruit-partners.example.com"),
        "subject": "We've received your CV",
        "date": "2026-04-08 12:30 +0100", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
        "text": """Hi Henrike,

Thanks for registering with MedRecruit Partners and for sending us your CV for the Pricing & Reimbursement Manager (Germany) vacancy.

One of our market access consultants will review your profile and be in touch within 2-3 working days to talk through the role and your wider search. If anything in your CV has changed, or you'd like to tell us about your notice period and salary expectations in advance, just reply to this email - it comes straight to our candidate team.

Best wishes,

The Candidate Team
MedRecruit Partners
Specialist recruitment for Market Access, HEOR & Medical Affairs
London | Frankfurt | Basel

MedRecruit Partners Ltd. Registered in England No 10833412. We act as an employment agency for permanent recruitment.
""",
    },
    # 17 -- Teamtailor in French
    {
        "kind": "application_received", "scenario": "fr_teamtailor_bien_recu", "company": "Rhodanis Biopharma", "contact": "",
        "lang": "fr",
        "frm": ("Rhodanis Biopharma", "rhodanis-biopharma@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "date": "2026-05-11 22:03 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://assets.teamtailor-cdn.com/companies/rhodanis/logo_email.png",
            logo_alt="Rhodanis Biopharma", accent="#d9480f", lang="fr",
            paras=[
                "Bonjour Henrike,",
                "Merci pour votre candidature au poste de <b>Chargée de pharmacovigilance (H/F) – Lyon</b>. Nous l'avons bien reçue !",
                "Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs délais, que la réponse soit positive ou non.",
                "En attendant, découvrez la vie chez Rhodanis sur notre page carrière.",
                "L'équipe Talent Acquisition<br>Rhodanis Biopharma",
            ],
            button=("Découvrir Rhodanis", "https://rhodanis.teamtailor.com/?utm_source=email_candidature"),
            footer=[
                "Rhodanis Biopharma SA · 60 avenue Tony Garnier · 69007 Lyon",
                "Ceci est un message automatique, merci de ne pas y répondre.",
                'Envoyé avec <a href="https://www.teamtailor.com/fr/?utm_source=email" style="color:#8a8a8a;">Teamtailor</a> · <a href="https://rhodanis.teamtailor.com/connect/unsubscribe?token=c2lnbmVl" style="color:#8a8a8a;">Se désabonner</a>',
            ],
            pixel_url="https://teamtailor-mail.com/o/rh-3301aa.gif",
        ),
    },
    # 18 -- French hospital: "no answer within 4 weeks means no" -- still an acknowledgement
    {
        "key": "rhenan_ack",
        "kind": "application_received", "scenario": "fr_hospital_sans_reponse_4_semaines",
        "company": "Groupe Hospitalier Rhénan", "contact": "", "lang": "fr",
        "frm": ("DRH - Groupe Hospitalier Rhénan", "recrutement@gh-rhenan.example.fr"),
        "subject": "Accusé de réception de votre candidature (réf. GHR-PH-0226)",
        "date": "2026-03-03 09:00 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de pharmacien(ne) chargé(e) des essais cliniques (réf. GHR-PH-0226) et vous remercions de l’intérêt que vous portez au Groupe Hospitalier Rhénan.

Votre dossier sera examiné par la commission de recrutement de la pharmacie à usage intérieur. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d’entre elles. Sans réponse de notre part sous 4 semaines, veuillez considérer que votre candidature n’a pas été retenue.

Ce message est généré automatiquement ; merci de ne pas y répondre.

Direction des Ressources Humaines
Groupe Hospitalier Rhénan – 3 quai Kellermann – 67000 Strasbourg
""",
    },
    # 19 -- French job board confirms the application went to the employer
    {
        "key": "kleber_ack",
        "kind": "application_received", "scenario": "fr_job_board_transmise", "company": "Kléber Santé Conseil",
        "contact": "", "lang": "fr",
        "frm": ("SantéEmploi", "ne-pas-repondre@santeemploi.example.fr"),
        "subject": "Votre candidature a bien été transmise à Kléber Santé Conseil",
        "date": "2026-02-27 19:26 +0100", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<mailto:desinscription@santeemploi.example.fr?subject=unsubscribe>")],
        "text": """Bonjour Henrike,

Votre candidature pour l'offre "Consultante Affaires Réglementaires (H/F)" a bien été transmise à Kléber Santé Conseil le 27/02/2026 à 19h26.

Le recruteur prendra directement contact avec vous si votre profil correspond. Vous pouvez suivre vos candidatures dans votre espace personnel :
https://www.santeemploi.example.fr/mon-espace/candidatures

Bonne chance dans vos recherches !
L'équipe SantéEmploi

Vous recevez cet e-mail car vous avez postulé via SantéEmploi. Se désinscrire : https://www.santeemploi.example.fr/desinscription?u=hal88
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#5b2a86;padding:12px 20px;"><img src="https://www.santeemploi.example.fr/img/mail/logo_blanc.png" alt="SantéEmploi" height="26"></td></tr>
<tr><td style="padding:20px;">
<p>Bonjour Henrike,</p>
<p>Votre candidature pour l'offre <b>&laquo; Consultante Affaires Réglementaires (H/F) &raquo;</b> a bien été transmise à <b>Kléber Santé Conseil</b> le 27/02/2026 à 19h26.</p>
<p>Le recruteur prendra directement contact avec vous si votre profil correspond. Vous pouvez suivre vos candidatures dans votre <a href="https://www.santeemploi.example.fr/r?u=hal88&amp;d=mon-espace">espace personnel</a>.</p>
<p>Bonne chance dans vos recherches !<br>L'équipe SantéEmploi</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;border-top:1px solid #eee;">Vous recevez cet e-mail car vous avez postulé via SantéEmploi. <a href="https://www.santeemploi.example.fr/desinscription?u=hal88" style="color:#999;">Se désinscrire</a></td></tr>
</table>
<img src="https://www.santeemploi.example.fr/o.gif?u=hal88&amp;c=cand" width="1" height="1" alt="">
</body></html>
""",
    },
    # 20 -- Spanish lab, automatic acknowledgement, tú
    {
        "kind": "application_received", "scenario": "es_hemos_recibido", "company": "Laboratorios Castellana Farma",
        "contact": "", "lang": "es",
        "frm": ("Empleo Castellana Farma", "empleo-noreply@castellanafarma.example.es"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-06-02 10:05 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "html": ats_card(
            logo_src="https://www.castellanafarma.example.es/img/logo_castellana_mail.png",
            logo_alt="Laboratorios Castellana Farma", accent="#7a1f2b", lang="es",
            paras=[
                "Hola, Henrike:",
                "Gracias por tu interés en Laboratorios Castellana Farma. Hemos recibido correctamente tu candidatura para la posición de <b>Medical Science Liaison – Madrid</b>.",
                "Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.",
                "Un saludo,<br>Equipo de Talent Acquisition<br>Laboratorios Castellana Farma",
            ],
            footer=[
                "Laboratorios Castellana Farma, S.L. · Calle de Alcalá 265 · 28027 Madrid",
                "Este es un mensaje automático. Por favor, no respondas a este correo.",
                '<a href="https://www.castellanafarma.example.es/privacidad" style="color:#8a8a8a;">Política de privacidad</a>',
            ],
            pixel_url="https://www.castellanafarma.example.es/mail/o/cand-8812.gif",
        ),
    },
    # 21 -- Spanish job board confirms the application went to the hospital group
    {
        "kind": "application_received", "scenario": "es_job_board_enviada", "company": "Grupo Alcalá Salud", "contact": "",
        "lang": "es",
        "frm": ("Farmaempleo", "avisos@farmaempleo.example.es"),
        "subject": "Tu candidatura se ha enviado a Grupo Alcalá Salud",
        "date": "2026-07-08 16:50 +0200", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.farmaempleo.example.es/baja?u=hal88>")],
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #dddddd;">
<tr><td style="background:#00857c;padding:12px 18px;color:#ffffff;font-size:18px;"><img src="https://www.farmaempleo.example.es/img/logo_mail.png" alt="Farmaempleo - Empleo en farmacia" height="28"></td></tr>
<tr><td style="padding:18px;">
<p>¡Hola Henrike!</p>
<p>Tu candidatura a la oferta <b>Farmacéutico/a Ensayos Clínicos (Ref. GAS-0719)</b> se ha enviado correctamente a <b>Grupo Alcalá Salud</b>.</p>
<p>La empresa revisará tu CV y se pondrá en contacto contigo si tu perfil encaja. Puedes consultar el estado de tus candidaturas en <a href="https://www.farmaempleo.example.es/r?u=hal88&amp;to=mis-candidaturas">Mis candidaturas</a>.</p>
<p>¡Mucha suerte!<br>El equipo de Farmaempleo</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:10px;color:#999;background:#f7f7f7;">Has recibido este e-mail porque estás registrada en Farmaempleo. <a href="https://www.farmaempleo.example.es/baja?u=hal88" style="color:#999;">Darse de baja</a> · <a href="https://www.farmaempleo.example.es/aviso-legal" style="color:#999;">Aviso legal</a></td></tr>
</table>
<img src="https://www.farmaempleo.example.es/px.gif?u=hal88&amp;e=cand_env" width="1" height="1" alt="">
</body></html>
""",
    },
]

OFFERS = [
    # 1 -- CRO: written offer, contract offer attached as PDF
    {
        "kind": "offer", "scenario": "cro_written_offer_pdf", "company": "DCR Domstadt Clinical Research",
        "contact": "m.offermanns@dcr-koeln.example.de", "lang": "de",
        "frm": ("Melanie Offermanns", "m.offermanns@dcr-koeln.example.de"),
        "subject": "Vertragsangebot Drug Safety Associate",
        "date": "2026-06-02 15:20 +0200", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "dcr-koeln.example.de",
        "text": """Liebe Frau Adebayo-Lindqvist,

ich freue mich sehr, Ihnen heute im Namen der Geschäftsführung ein Angebot für die Position als Drug Safety Associate in unserem Team Arzneimittelsicherheit machen zu dürfen!

Die wichtigsten Eckdaten:
- Beginn: 1. September 2026 (früher gern, wenn Ihre Kündigungsfrist es zulässt)
- Bruttojahresgehalt: 64.500 EUR, zzgl. 13. Monatsgehalt
- 30 Urlaubstage, bis zu drei Tage mobiles Arbeiten pro Woche
- Probezeit sechs Monate

Das vollständige Vertragsangebot finden Sie im Anhang. Bitte lassen Sie uns bis zum 12. Juni wissen, ob Sie das Angebot annehmen; bei Fragen rufen Sie mich oder Herrn Dr. Ostendorf jederzeit an.

Wir würden uns riesig freuen, Sie bald in Ehrenfeld begrüßen zu dürfen!

Viele Grüße
Melanie Offermanns
HR Business Partner

DCR Domstadt Clinical Research GmbH
Vogelsanger Straße 193 · 50825 Köln
Tel. +49 221 478 563-12
Sitz der Gesellschaft: Köln · Registergericht: Amtsgericht Köln HRB 104421
""",
        "attachments": [{"filename": "Vertragsangebot_Adebayo-Lindqvist_DSA.pdf", "lines": [
            "DCR Domstadt Clinical Research GmbH - Vertragsangebot",
            "Frau Henrike Adebayo-Lindqvist",
            "Position: Drug Safety Associate, Team Arzneimittelsicherheit",
            "Beginn: 01.09.2026 - Bruttojahresgehalt 64.500 EUR zzgl. 13. Monatsgehalt",
            "Urlaub: 30 Arbeitstage - Probezeit: 6 Monate",
            "Dieses Angebot gilt bis zum 12.06.2026.",
            "Köln, 02.06.2026 - Dr. Arne Wippermann, Geschäftsführer",
        ]}],
    },
    # 2 -- verbal offer confirmed in writing
    {
        "thread": "rheinauen_resched",
        "kind": "offer", "scenario": "verbal_offer_confirmed", "company": "Rheinauen Pharma",
        "contact": "konstantin.rehbein@rheinauen-pharma.example.de", "lang": "de",
        "frm": ("Dr. Konstantin Rehbein", "konstantin.rehbein@rheinauen-pharma.example.de"),
        "cc": [("Julia Seidenspinner", "julia.seidenspinner@rheinauen-pharma.example.de")],
        "subject": "Unser Telefonat von heute",
        "date": "2026-04-02 18:47 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "rheinauen-pharma.example.de",
        "text": """Liebe Frau Adebayo-Lindqvist,

wie eben telefonisch besprochen, möchte ich Ihnen auch schriftlich bestätigen: Wir möchten Ihnen die Position als Medical Advisor Onkologie anbieten. Das gesamte Team war nach dem zweiten Gespräch und Ihrer Präsentation zu den Real-World-Daten einstimmig.

Frau Seidenspinner (in Kopie) schickt Ihnen bis Anfang nächster Woche den Vertragsentwurf mit den besprochenen Konditionen (Eintritt 1. Juli, Jahreszielgehalt wie am Telefon genannt, Dienstwagen nach Car Policy). Wenn Sie dazu Fragen haben, melden Sie sich gern direkt bei mir.

Ich freue mich sehr auf die Zusammenarbeit!

Herzliche Grüße
Konstantin Rehbein

Dr. Konstantin Rehbein
Head of Medical Affairs Oncology
Rheinauen Pharma GmbH
Am Rheinauenpark 12 | 65929 Frankfurt am Main
""",
    },
    # 3 -- public agency: conditional offer (staff council, medical examination)
    {
        "kind": "offer", "scenario": "state_agency_conditional", "company": "Hessisches Landesamt für Arzneimittelsicherheit",
        "contact": "personal@hlas.hessen.example.de", "lang": "de",
        "frm": ("HLAS Personalreferat", "personal@hlas.hessen.example.de"),
        "subject": "Ihre Bewerbung - Kennziffer HLAS-26-09 - Einstellungszusage unter Vorbehalt",
        "date": "2026-05-20 11:34 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Besetzung der Stelle im Dezernat III 2 (Kennziffer HLAS-26-09) ausgewählt hat.

Wir beabsichtigen, Sie zum 1. August 2026 als Tarifbeschäftigte in Entgeltgruppe 14 TV-H einzustellen. Die Einstellung steht unter dem Vorbehalt
1. der Zustimmung des Personalrats,
2. der Feststellung der gesundheitlichen Eignung durch den zuständigen Amtsarzt sowie
3. der Vorlage eines Führungszeugnisses (Belegart O).

Bitte teilen Sie uns bis zum 29. Mai 2026 per E-Mail an personal@hlas.hessen.example.de mit, ob Sie an der Einstellung weiterhin interessiert sind. Die Unterlagen für die amtsärztliche Untersuchung erhalten Sie anschließend per Post.

Mit freundlichen Grüßen
Im Auftrag
Jörg Weidemann
Personalreferat

Hessisches Landesamt für Arzneimittelsicherheit
Mainzer Straße 98, 65189 Wiesbaden
""",
    },
    # 4 -- Swiss insurer: contract to sign, PDF attached
    {
        "kind": "offer", "scenario": "swiss_contract_to_sign", "company": "Santévia Versicherungen",
        "contact": "seraina.caduff@santevia.example.ch", "lang": "de",
        "frm": ("Seraina Caduff", "seraina.caduff@santevia.example.ch"),
        "subject": "Ihr Arbeitsvertrag – bitte unterzeichnen",
        "date": "2026-07-10 09:14 +0200", "structure": "mixed", "charset": "utf-8", "cte": "base64",
        "text": """Guten Tag Frau Adebayo-Lindqvist

Es freut uns sehr, dass Sie sich für Santévia entschieden haben! Wie telefonisch vereinbart, erhalten Sie im Anhang Ihren Arbeitsvertrag als Fachspezialistin Leistungen Arzneimittel (90 %) mit Stellenantritt am 1. Oktober 2026.

Bitte unterzeichnen Sie beide Exemplare und senden Sie uns eines bis am 24. Juli zurück – per Post oder eingescannt an diese Adresse. Für die Anmeldung bei der Pensionskasse benötigen wir zudem eine Kopie Ihres Passes und Ihre AHV-Nummer, sofern vorhanden; für die Grenzgängerbewilligung bzw. Aufenthaltsbewilligung B kümmern wir uns um das Gesuch.

Bei Fragen bin ich gerne für Sie da.

Freundliche Grüsse

Seraina Caduff
HR Business Partnerin
Santévia Versicherungen AG
Pfingstweidstrasse 31 · 8005 Zürich
Telefon +41 44 781 22 36
""",
        "attachments": [{"filename": "Arbeitsvertrag_Adebayo-Lindqvist_Santevia.pdf", "lines": [
            "Santévia Versicherungen AG - Arbeitsvertrag",
            "zwischen Santévia Versicherungen AG, Zürich, und Frau Henrike Adebayo-Lindqvist",
            "Funktion: Fachspezialistin Leistungen Arzneimittel, Pensum 90 %",
            "Stellenantritt: 1. Oktober 2026 - Probezeit: 3 Monate",
            "Jahreslohn brutto: CHF 104'400 (13 Monatslöhne)",
            "Ort, Datum, Unterschrift: ______________________",
        ]}],
    },
    # 5 -- Vienna CRO: offer with employment contract, Austrian wording
    {
        "kind": "offer", "scenario": "vienna_dienstvertrag_pdf", "company": "Pannonia Clinical Services",
        "contact": "lukas.strobl@pannonia-clinical.example.at", "lang": "de",
        "frm": ("Mag. Lukas Strobl", "lukas.strobl@pannonia-clinical.example.at"),
        "subject": "Angebot & Dienstvertrag – Senior Drug Safety Specialist",
        "date": "2026-08-04 13:28 +0200", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Adebayo-Lindqvist,

nach den sehr guten Gesprächen der letzten Wochen freuen wir uns, Ihnen die Stelle als Senior Drug Safety Specialist in unserem Wiener Büro anbieten zu können.

Angeboten wird ein Bruttomonatsgehalt von EUR 4.950,- (14 x jährlich), das damit deutlich über dem kollektivvertraglichen Mindestgehalt liegt, sowie ein Jahresticket der Wiener Linien. Arbeitsbeginn wäre der 1. November 2026.

Den Dienstvertrag finden Sie im Anhang. Wenn Sie einverstanden sind, unterschreiben Sie ihn bitte und retournieren ihn uns bis 18. August eingescannt. Bei Fragen zur Übersiedlung nach Wien – Meldezettel, Anmeldebescheinigung, Sozialversicherung – helfen wir Ihnen gerne weiter.

Mit besten Grüßen
Lukas Strobl

Mag. Lukas Strobl
HR Manager
Pannonia Clinical Services GmbH
Rennweg 46, 1030 Wien
FN 392114 p, Handelsgericht Wien
""",
        "attachments": [{"filename": "Dienstvertrag_Adebayo-Lindqvist.pdf", "lines": [
            "Pannonia Clinical Services GmbH - Dienstvertrag",
            "Dienstnehmerin: Henrike Adebayo-Lindqvist",
            "Verwendung: Senior Drug Safety Specialist - Dienstort Wien",
            "Beginn: 01.11.2026 - Probemonat gemäß Kollektivvertrag",
            "Bruttomonatsgehalt: EUR 4.950,- (14 x jährlich)",
            "Wien, am 04.08.2026",
        ]}],
    },
    # 6 -- UK CRO: formal offer letter attached
    {
        "thread": "veridian_resched",
        "kind": "offer", "scenario": "offer_letter_pdf", "company": "Veridian Clinical Research",
        "contact": "charlotte.mwangi@veridiancr.example.com", "lang": "en",
        "frm": ("Charlotte Mwangi", "charlotte.mwangi@veridiancr.example.com"),
        "subject": "Offer of employment - Pharmacovigilance Project Manager",
        "date": "2026-04-24 16:05 +0100", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "outlook", "mid_domain": "veridiancr.example.com",
        "text": """Dear Henrike,

Following your conversations with Mark and Paul, I'm delighted to offer you the position of Pharmacovigilance Project Manager with Veridian Clinical Research, based in Frankfurt with up to three days' remote working a week.

Your offer letter is attached and sets out the key terms, including a base salary of EUR 78,000, an annual bonus target of 10% and a start date of 1 August 2026. The offer is subject to satisfactory references and proof of your right to work in Germany.

Please review the letter and let me know if you have any questions. If you are happy to accept, sign and return a copy by Friday 1 May.

Congratulations - we're really looking forward to having you on the team!

Kind regards,
Charlotte

Charlotte Mwangi
Senior Talent Acquisition Partner | Veridian Clinical Research
M: +44 7911 204 873

Veridian Clinical Research Ltd is registered in England and Wales under company number 07731962.
""",
        "attachments": [{"filename": "Veridian_Offer_Letter_H_Adebayo-Lindqvist.pdf", "lines": [
            "Veridian Clinical Research - Offer of Employment",
            "Henrike Adebayo-Lindqvist, Frankfurt am Main",
            "Position: Pharmacovigilance Project Manager",
            "Base salary: EUR 78,000 per annum - bonus target 10%",
            "Start date: 1 August 2026",
            "Subject to satisfactory references and right to work.",
        ]}],
    },
    # 7 -- conditional offer (references, background check), HTML and text
    {
        "kind": "offer", "scenario": "conditional_offer_references", "company": "Limmat Oncology",
        "contact": "lena.baumgartner@limmat-oncology.example.ch", "lang": "en",
        "frm": ("Lena Baumgartner", "lena.baumgartner@limmat-oncology.example.ch"),
        "subject": "Your offer – Regulatory Affairs Manager",
        "date": "2026-07-03 17:10 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "mid_style": "gmail",
        "text": """Dear Henrike,

It is my great pleasure to let you know that, following the rescheduled panel and your conversation with our CEO, we would like to offer you the role of Regulatory Affairs Manager at Limmat Oncology.

This offer is conditional on two satisfactory references (we will contact the referees you named once you agree) and a standard background check.

Proposed terms: annual gross salary CHF 138,000 paid in 13 instalments, a 10% target bonus, 25 days of holiday, and a start date of 1 October 2026. We will also support your relocation to Zurich with a lump sum of CHF 8,000.

I will call you on Monday to walk you through the details; the formal contract will follow once the references are in.

Warm regards,
Lena

Lena Baumgartner
HR Business Partner | Limmat Oncology AG
Hardturmstrasse 161, 8005 Zürich
""",
        "html": plain_html([
            "Dear Henrike,",
            "It is my great pleasure to let you know that, following the rescheduled panel and your conversation with our CEO, we would like to <b>offer you the role of Regulatory Affairs Manager</b> at Limmat Oncology.",
            "This offer is conditional on two satisfactory references (we will contact the referees you named once you agree) and a standard background check.",
            "Proposed terms: annual gross salary CHF 138,000 paid in 13 instalments, a 10% target bonus, 25 days of holiday, and a start date of 1 October 2026. We will also support your relocation to Zurich with a lump sum of CHF 8,000.",
            "I will call you on Monday to walk you through the details; the formal contract will follow once the references are in.",
            "Warm regards,<br>Lena",
        ], signature=["<b>Lena Baumgartner</b>", "HR Business Partner | Limmat Oncology AG", "Hardturmstrasse 161, 8005 Zürich"],
            font="Arial, sans-serif"),
    },
    # 8 -- start-up: casual follow-up to a verbal offer
    {
        "thread": "medikit_invite",
        "kind": "offer", "scenario": "startup_casual_offer", "company": "Medikit Labs",
        "contact": "jonas@medikit.example.com", "lang": "en",
        "frm": ("Jonas Feld", "jonas@medikit.example.com"),
        "subject": "Following up on our call 🎉",
        "date": "2026-06-05 21:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
        "mid_style": "gmail",
        "text": """Hi Henrike,

Aylin and I are super excited to offer you the Medical Lead role at Medikit Labs! As promised on the phone, here's the summary:

- 85k base + 0.35% virtual shares (4-year vesting, 1-year cliff)
- remote-first, Berlin office whenever you like (we pay the trains)
- start date: whatever works with your notice period, ideally October

Our lawyer is drafting the contract and we'll send it via DocuSign early next week. Take the weekend to think it over and shout if anything's unclear.

Really hope you say yes!
Jonas

--
Jonas Feld · Co-founder & CEO
Medikit Labs · medikit.example.com
""",
    },
    # 9 -- French lab: promesse d'embauche attached
    {
        "thread": "vauban_resched",
        "kind": "offer", "scenario": "fr_promesse_embauche_pdf", "company": "Laboratoires Vauban-Ostwald",
        "contact": "m.schaeffer@vauban-ostwald.example.fr", "lang": "fr",
        "frm": ("Marion Schaeffer", "m.schaeffer@vauban-ostwald.example.fr"),
        "subject": "Promesse d'embauche - Pharmacien Affaires Médicales",
        "date": "2026-06-23 10:02 +0200", "structure": "mixed", "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Madame Adebayo-Lindqvist,

Suite à nos échanges et à votre entretien avec le Dr Lambert, j’ai le plaisir de vous adresser ci-joint votre promesse d’embauche pour le poste de Pharmacien Affaires Médicales, en CDI, statut cadre.

Vous y trouverez les conditions convenues : une rémunération annuelle brute de 58 000 €, versée sur 13 mois, une prise de poste le 1er septembre 2026, ainsi que la prise en charge de votre inscription à l’Ordre des pharmaciens (section B).

Je vous remercie de nous retourner le document daté et signé avant le 3 juillet. Je reste bien entendu à votre disposition pour toute question.

Dans l’attente de vous accueillir parmi nous,

Bien cordialement,

Marion Schaeffer
Responsable Ressources Humaines
Laboratoires Vauban-Ostwald SAS
5 rue de l’Industrie – 67540 Ostwald
""",
        "attachments": [{"filename": "Promesse_embauche_Adebayo-Lindqvist.pdf", "lines": [
            "Laboratoires Vauban-Ostwald - Promesse d'embauche",
            "Madame Henrike Adebayo-Lindqvist",
            "Poste : Pharmacien Affaires Médicales - CDI - statut cadre",
            "Rémunération annuelle brute : 58 000 EUR sur 13 mois",
            "Date d'entrée : 1er septembre 2026",
            "Fait à Ostwald, le 23 juin 2026",
        ]}],
    },
    # 10 -- Spanish lab: offer letter attached
    {
        "key": "castellana_offer", "thread": "castellana_resched",
        "kind": "offer", "scenario": "es_carta_oferta_pdf", "company": "Laboratorios Castellana Farma",
        "contact": "lucia.morcillo@castellanafarma.example.es", "lang": "es",
        "frm": ("Lucía Morcillo", "lucia.morcillo@castellanafarma.example.es"),
        "subject": "Oferta - Medical Science Liaison Madrid",
        "date": "2026-07-03 13:55 +0200", "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola, Henrike:

¡Enhorabuena! Tras las entrevistas con el Dr. Sanchís y con el equipo médico, nos complace ofrecerte el puesto de Medical Science Liaison para la zona Centro.

Te adjunto la carta de oferta con las condiciones: salario bruto anual de 62.000 EUR más un variable de hasta el 15 %, coche de empresa y seguro médico privado. La incorporación sería el 1 de octubre de 2026, aunque podemos hablar de la fecha si necesitas más tiempo para la mudanza.

Te agradecería que nos confirmaras tu decisión antes del 15 de julio. Si tienes cualquier duda, llámame cuando quieras.

Un saludo muy cordial,

Lucía Morcillo
Talent Acquisition
Laboratorios Castellana Farma
Calle de Alcalá 265, 28027 Madrid
""",
        "attachments": [{"filename": "Carta_oferta_Adebayo-Lindqvist.pdf", "lines": [
            "Laboratorios Castellana Farma - Carta de oferta",
            "Sra. Henrike Adebayo-Lindqvist",
            "Puesto: Medical Science Liaison, zona Centro",
            "Salario bruto anual: 62.000 EUR + variable hasta 15 %",
            "Incorporación: 1 de octubre de 2026",
            "Madrid, 3 de julio de 2026",
        ]}],
    },
]
