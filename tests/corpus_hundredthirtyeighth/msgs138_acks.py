"""Application-received confirmations and offers, written one by one.

Each dict is one message; see make_hundredthirtyeighth.py for the fields.
"""

from __future__ import annotations

from msgs138_common import SENT

RECEIVED: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "workday_cannot_reply_to_all",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-01-22 21:14 +0100",
        "frm": ("MCT Talent Acquisition", "mct@myworkday.com"),
        "subject": "Thank you for applying to MCT",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<!DOCTYPE html>
<html><body style="margin:0;background:#eef1f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2a36;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #f39200;"><img src="https://mct.wd3.myworkday.com/mct/assets/logo-mct.png" alt="MCT Maasvlakte Container Terminals" width="180" height="42"></td></tr>
<tr><td style="padding:28px 32px;line-height:21px;">
<p>Hi Greta,</p>
<p>Thank you for applying for the position of <b>HSE Coordinator</b> (R-004417). We have received your application and our recruiters will review it carefully against the requirements of the role.</p>
<p>Because we receive a very high number of applications, we are unfortunately unable to respond to every applicant individually. If your profile matches what we are looking for, one of our recruiters will contact you within three weeks.</p>
<p>You can follow the status of your application at any time in your candidate home.</p>
<p><a href="https://mct.wd3.myworkday.com/mct/d/home.htmld" style="background:#f39200;color:#fff;text-decoration:none;padding:10px 18px;border-radius:3px;display:inline-block;">Go to candidate home</a></p>
<p>Kind regards,<br>Talent Acquisition<br>MCT Maasvlakte Container Terminals</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#1d2a36;color:#aab4be;font-size:11px;">MCT Maasvlakte Container Terminals B.V. &middot; Europaweg 910 &middot; 3199 LC Maasvlakte Rotterdam<br>This message was sent from an unmonitored mailbox. Please do not reply.</td></tr>
</table></td></tr></table></body></html>
""",
        "company": "MCT Maasvlakte Container Terminals",
        "contact": "",
    },
    {
        "key": "ashby_thanks_for_applying",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-04-28 22:47 +0200",
        "frm": ("Quayside AI", "no-reply@ashbyhq.com"),
        "subject": "Thanks for applying to Quayside AI!",
        "structure": "html",
        "charset": "utf-8",
        "cte": "base64",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#f9fafb;color:#101828;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border:1px solid #eaecf0;">
<tr><td style="padding:24px 28px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/quayside.png" alt="Quayside AI" height="26"></td></tr>
<tr><td style="padding:0 28px 24px;font-size:15px;line-height:24px;">
<p>Hi Greta,</p>
<p>Thanks for applying to be our <b>Safety Domain Expert</b>! We're a small team teaching cameras to spot unsafe situations on container terminals, so people who have actually worked on a quay are exactly who we want to hear from.</p>
<p>A real human (Femke) reads every application. You'll hear from us within 10 working days, whatever the outcome.</p>
<p>&ndash; Team Quayside</p>
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #eaecf0;font-size:12px;color:#667085;">Sent with Ashby &middot; <a href="https://www.quayside-ai.example.com/privacy?utm_source=ashby" style="color:#667085;">Privacy</a></td></tr>
</table></td></tr></table></body></html>
""",
        "company": "Quayside AI",
        "contact": "",
    },
    {
        "key": "icims_four_weeks_unsuccessful",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-02-27 08:02 +0000",
        "frm": ("Cairnbulg Energy Careers", "cairnbulgenergy@talent.icims.com"),
        "subject": "Application received: Senior HSE Advisor (Onshore Terminal) - 2026-1183",
        "structure": "plain",
        "charset": "us-ascii",
        "cte": "7bit",
        "mid_style": "ats",
        "text": """Dear Greta,

Thank you for your application for the role of Senior HSE Advisor (Onshore Terminal),
requisition 2026-1183. This email confirms that we have received it.

Our recruitment team will now review all applications against the essential criteria.
Please note that due to the volume of applications we receive, we are not able to provide
individual feedback at this stage. If you have not heard from us within 4 weeks of the
closing date, please consider your application unsuccessful on this occasion.

You can log into the Cairnbulg Energy careers portal at any time to view or withdraw your
application: https://careers-cairnbulg.icims.com/jobs/login

Thank you for your interest in Cairnbulg Energy.

Talent Acquisition Team
Cairnbulg Energy

This is an automated email. Please do not reply.
""",
        "company": "Cairnbulg Energy",
        "contact": "",
    },
    {
        "key": "platform_sent_to_employer",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-05-15 07:31 +0200",
        "frm": ("PortJobs", "applications@portjobs.example.com"),
        "subject": "Your application has been sent to Kaai 730 Logistics",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_unsub": "<https://www.portjobs.example.com/email/unsubscribe?u=gvo88213&t=tx>",
        "html": """<html><body style="margin:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;background:#00263e;"><img src="https://cdn.portjobs.example.com/mail/logo-white.png" alt="PortJobs – jobs in ports &amp; logistics" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#1b2733;line-height:1.5;">
<p style="font-size:20px;font-weight:bold;margin:0 0 12px;">Application sent! ✔</p>
<p>Greta, your application for <b>HSE Advisor – Breakbulk Terminal</b> has been sent to <b>Kaai 730 Logistics</b> in Antwerpen.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e1e6eb;width:100%;margin:12px 0;"><tr>
<td style="padding:12px;width:60px;"><img src="https://cdn.portjobs.example.com/logos/kaai730.png" alt="Kaai 730 Logistics" width="48" height="48"></td>
<td style="padding:12px;font-size:14px;">HSE Advisor – Breakbulk Terminal<br><span style="color:#6b7785;">Kaai 730 Logistics · Antwerpen · Full-time</span></td></tr></table>
<p>What happens next? The employer reviews your CV and contacts you directly if there's a match. Tip: employers who reply usually do so within 7 days.</p>
<p><a href="https://www.portjobs.example.com/r/c?u=gvo88213&amp;l=myapplications" style="color:#0077cc;">View my applications</a> &nbsp;·&nbsp; <a href="https://www.portjobs.example.com/r/c?u=gvo88213&amp;l=similar" style="color:#0077cc;">See 14 similar jobs</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8a96a3;background:#f9fafb;">PortJobs B.V. · Kanaalweg 17 · Utrecht · You receive this email because you applied via PortJobs. <a href="https://www.portjobs.example.com/email/unsubscribe?u=gvo88213&amp;t=tx" style="color:#8a96a3;">Email settings</a></td></tr>
</table></td></tr></table>
<img src="https://t.portjobs.example.com/open/gvo88213-5521.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "Kaai 730 Logistics",
        "contact": "",
    },
    {
        "key": "bamboohr_received",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-02-09 10:26 +0000",
        "frm": ("Dee Harbour Marine Services", "notifications@app.bamboohr.com"),
        "subject": "We received your application – HSE Coordinator",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#38312f;">
<div style="max-width:580px;margin:0 auto;padding:24px;">
<img src="https://deeharbour.bamboohr.com/employees/photos/logo.php" alt="Dee Harbour Marine Services" height="46">
<p>Hello Greta,</p>
<p>Thanks for your interest in the <b>HSE Coordinator</b> position at Dee Harbour Marine Services. We've received your application and our hiring team will be reviewing it shortly.</p>
<p>If your skills and experience are a good fit, someone from our team will be in touch to discuss next steps.</p>
<p>Thanks again,<br>Dee Harbour Marine Services<br>Pocra Quay, Aberdeen</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:10px;">Powered by <a href="https://www.bamboohr.com/?utm_source=applicant_email" style="color:#999;">BambooHR</a></p>
</div></body></html>
""",
        "company": "Dee Harbour Marine Services",
        "contact": "",
    },
    {
        "key": "family_firm_got_cv",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-03-19 12:58 +0100",
        "frm": ("Marloes de Graaf", "m.degraaf@kranenburg-stevedoring.example.nl"),
        "subject": "RE: Application HSE Coordinator",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": [SENT["to_kranenburg"]],
        "text": """Hi Greta,

Got your CV and letter, thank you! I'm passing them on to Henk Kranenburg today. He's at the
quay most of the week so it might take a few days, but we'll be in touch either way.

Kind regards,
Marloes

Marloes de Graaf
HR & Office Manager
Kranenburg Stevedoring B.V. – family business since 1921
""",
        "company": "Kranenburg Stevedoring",
        "contact": "m.degraaf@kranenburg-stevedoring.example.nl",
    },
    {
        "key": "teamtailor_received",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-03-02 13:40 +0100",
        "frm": ("Havenlijn Shortsea", "no-reply@teamtailor-mail.com"),
        "subject": "Thanks for your application, Greta!",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="margin:0;background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 0 16px;text-align:center;"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/havenlijn.png" alt="Havenlijn" height="40"></td></tr>
<tr><td style="font-size:16px;line-height:26px;color:#2a2a2a;padding:0 20px;">
<p>Hi Greta,</p>
<p>Thank you for applying for the role <b>Marine HSEQ Officer</b> at Havenlijn! We'll review your application and get back to you as soon as possible.</p>
<p>In the meantime, why not get to know us a bit better? Read how our crews keep 22 shortsea vessels sailing safely between Rotterdam, Hull and the Baltic.</p>
<p style="text-align:center;"><a href="https://career.havenlijn.example.nl/?utm_source=teamtailor&amp;utm_medium=email" style="background:#003d6b;color:#fff;padding:12px 22px;border-radius:24px;text-decoration:none;">Life at Havenlijn</a></p>
<p>Best regards,<br>The Havenlijn People team</p>
</td></tr>
<tr><td style="padding:24px 20px;font-size:12px;color:#9a9a9a;text-align:center;">Havenlijn Shortsea Lines B.V. · Lloydstraat 5 · Rotterdam<br>
<a href="https://app.teamtailor.com/candidate/connect/unsubscribe?token=aGF2ZW5saWpu" style="color:#9a9a9a;">Manage my data</a></td></tr>
</table></td></tr></table>
<img src="https://app.teamtailor.com/t/o/3f8a1c7d.gif" width="1" height="1" alt="" style="display:block;">
</body></html>
""",
        "company": "Havenlijn",
        "contact": "",
    },
    {
        "key": "university_ack_queries_welcome",
        "kind": "application_received",
        "lang": "en",
        "date": "2026-08-12 16:33 +0100",
        "frm": ("Deeside University HR Recruitment", "hr.recruitment@deesideuniversity.example.co.uk"),
        "subject": "Application acknowledgement – Ref ES0412 Health & Safety Coordinator (Estates)",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Dear Ms Vanderberg-Osei

Thank you for your application for the post of Health & Safety Coordinator (Estates),
reference ES0412. Your application has been received and will be passed to the shortlisting
panel after the closing date of 28 August 2026.

We aim to notify shortlisted candidates within two weeks of the closing date. Interviews
are expected to take place in the week commencing 14 September 2026.

If you have any queries about your application, please contact us at this address quoting
the reference number.

Yours sincerely

HR Recruitment Team
Deeside University
King's Gate, Aberdeen AB24 3FX

Deeside University is a charity registered in Scotland, No SC015880.
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#000;">
<p><img src="https://www.deesideuniversity.example.co.uk/img/crest.png" alt="Deeside University" height="60"></p>
<p>Dear Ms Vanderberg-Osei</p>
<p>Thank you for your application for the post of <b>Health &amp; Safety Coordinator (Estates)</b>, reference <b>ES0412</b>. Your application has been received and will be passed to the shortlisting panel after the closing date of 28 August 2026.</p>
<p>We aim to notify shortlisted candidates within two weeks of the closing date. Interviews are expected to take place in the week commencing 14 September 2026.</p>
<p>If you have any queries about your application, please contact us at this address quoting the reference number.</p>
<p>Yours sincerely</p>
<p>HR Recruitment Team<br>Deeside University<br>King's Gate, Aberdeen AB24 3FX</p>
<p style="font-size:8pt;color:#666;">Deeside University is a charity registered in Scotland, No SC015880.</p>
</body></html>
""",
        "company": "Deeside University",
        "contact": "hr.recruitment@deesideuniversity.example.co.uk",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "softgarden_eingangsbestaetigung",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-02-20 14:09 +0100",
        "frm": ("Elbkai Containerterminal GmbH", "elbkai-containerterminal@mail.softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "structure": "html",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b3c5d;padding:14px 20px;"><img src="https://static.softgarden.io/public/elbkai/logo_weiss.png" alt="Elbkai Containerterminal" height="36"></td></tr>
<tr><td style="padding:24px 20px;line-height:20px;">
Sehr geehrte Frau Vanderberg-Osei,<br><br>
vielen Dank für Ihre Bewerbung als <b>Fachkraft für Arbeitssicherheit (m/w/d)</b>, die wir heute erhalten haben.<br><br>
Wir prüfen Ihre Unterlagen sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://elbkai-containerterminal.softgarden.io/de/candidate/applications">Bewerberkonto</a> einsehen.<br><br>
Mit freundlichen Grüßen<br>
Ihr Recruiting-Team<br>
Elbkai Containerterminal
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888;border-top:1px solid #ddd;">
Elbkai Containerterminal GmbH · Am Predöhlkai 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 148 220<br>
Geschäftsführer: Dr. Henning Claußen, Birte Asmussen<br>
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
</td></tr></table>
</body></html>
""",
        "company": "Elbkai Containerterminal",
        "contact": "",
    },
    {
        "key": "personio_danke",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-03-26 09:55 +0100",
        "frm": ("Arbeitssicherheit Nord GmbH", "arbeitssicherheit-nord@jobs.personio.de"),
        "subject": "Danke für Ihre Bewerbung als Sicherheitsfachkraft (m/w/d)",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "text": None,
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;max-width:600px;">
<p><img src="https://as-nord.jobs.personio.de/assets/logo.png" alt="Arbeitssicherheit Nord" height="40"></p>
<p>Guten Tag Frau Vanderberg-Osei,</p>
<p>vielen Dank für Ihr Interesse an Arbeitssicherheit Nord! Ihre Bewerbung als <b>Sicherheitsfachkraft (m/w/d) &ndash; Betreuung Hafen &amp; Logistik</b> ist bei uns eingegangen.</p>
<p>Wir sehen uns Ihre Unterlagen in Ruhe an und melden uns spätestens in zwei Wochen bei Ihnen.</p>
<p>Viele Grüße<br>Ihr Team von Arbeitssicherheit Nord</p>
<hr style="border:none;border-top:1px solid #e5e5e5;">
<p style="font-size:11px;color:#999;">Arbeitssicherheit Nord GmbH · Nagelsweg 41 · 20097 Hamburg · HRB 160 771 · Geschäftsführerin: Anke Thießen<br>Dies ist eine automatisch versendete Nachricht. Versendet über <a href="https://www.personio.de" style="color:#999;">Personio</a></p>
</div>
""",
        "company": "Arbeitssicherheit Nord",
        "contact": "",
    },
    {
        "key": "successfactors_sechs_wochen",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-01-14 12:36 +0100",
        "frm": ("Chemiepark Rhein-Ruhr Recruiting", "noreply@rrcp.successfactors.eu"),
        "subject": "Eingang Ihrer Bewerbung – Koordinator*in HSE Logistik (Req. 81542)",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1a1a1a;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;"><tr><td align="center" style="padding:20px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #00965e;"><img src="https://career5.successfactors.eu/ui/rrcp/logo.png" alt="Chemiepark Rhein-Ruhr" height="40"></td></tr>
<tr><td style="padding:24px;line-height:1.55;">
<p>Sehr geehrte Frau Vanderberg-Osei,</p>
<p>herzlichen Dank für Ihre Bewerbung als <strong>Koordinator*in HSE Logistik</strong>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Aufgrund der großen Zahl an Bewerbungen bitten wir Sie, von Rückfragen zum Bearbeitungsstand abzusehen. Sollten Sie innerhalb von sechs Wochen nichts von uns hören, ist Ihre Bewerbung in diesem Verfahren leider nicht berücksichtigt worden.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting Center<br>Chemiepark Rhein-Ruhr</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:10px;color:#777;line-height:1.4;">
Rhein-Ruhr Chemiepark Betriebsgesellschaft mbH · Rheinhauser Str. 200 · 47229 Duisburg · Amtsgericht Duisburg HRB 30118<br>
Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.
</td></tr></table>
</td></tr></table></body></html>
""",
        "company": "Chemiepark Rhein-Ruhr",
        "contact": "",
    },
    {
        "key": "behoerde_eingang_kennziffer",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-06-04 08:47 +0200",
        "frm": ("Bewerbungsmanagement LAS Bremen", "bewerbung@las.bremen.example.de"),
        "subject": "Eingangsbestätigung - Kennziffer 2026/114",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 2. Juni 2026 auf die
Stellenausschreibung Kennziffer 2026/114 (Aufsichtsbeamtin / Aufsichtsbeamter im technischen
Arbeitsschutz, EG 11 TV-L).

Nach Ablauf der Bewerbungsfrist am 15. Juni 2026 werden alle Bewerbungen gesichtet. Wir
bitten um Verständnis, dass das Auswahlverfahren einige Wochen in Anspruch nehmen kann.
Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt
berücksichtigt.

Bei Fragen zum Verfahren antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Bewerbungsmanagement
Landesanstalt für Arbeitssicherheit Bremen
Referat Z2 - Personal
""",
        "company": "Landesanstalt für Arbeitssicherheit Bremen",
        "contact": "bewerbung@las.bremen.example.de",
    },
    {
        "key": "jobportal_uebermittelt",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-03-04 19:20 +0100",
        "frm": ("Hafenjobs24", "service@hafenjobs24.example.de"),
        "subject": "Ihre Bewerbung wurde erfolgreich übermittelt",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_unsub": "<mailto:abmelden@hafenjobs24.example.de?subject=abmelden>",
        "html": """<html><body style="margin:0;background:#f0f4f7;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:5px solid #ff6a00;">
<tr><td style="padding:18px 24px;"><img src="https://www.hafenjobs24.example.de/img/mail-logo.png" alt="Hafenjobs24 – Jobs an der Küste" height="32"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:14px;color:#222;line-height:1.5;">
<p>Hallo Greta Vanderberg-Osei,</p>
<p>Ihre Bewerbung auf die Stelle <b>HSE-Koordinatorin (m/w/d) Neustädter Hafen</b> wurde erfolgreich an <b>Weserport Logistik GmbH</b> übermittelt.</p>
<p>Das Unternehmen meldet sich direkt bei Ihnen. Ihre übermittelten Unterlagen: Lebenslauf_GVO_2026.pdf, Anschreiben_Weserport.pdf</p>
<p><a href="https://www.hafenjobs24.example.de/go?c=bew_status&amp;u=88321">Meine Bewerbungen ansehen</a></p>
<p style="background:#fff4ec;padding:10px;">Diese Jobs könnten Sie auch interessieren: <a href="https://www.hafenjobs24.example.de/go?c=sim&amp;j=77120">Sicherheitsfachkraft Bremerhaven</a> · <a href="https://www.hafenjobs24.example.de/go?c=sim&amp;j=77188">QHSE-Manager Cuxhaven</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:11px;color:#888;">Hafenjobs24 GmbH · Am Wall 140 · 28195 Bremen · Geschäftsführer: Timo Brandes · <a href="https://www.hafenjobs24.example.de/datenschutz" style="color:#888;">Datenschutz</a> · <a href="https://www.hafenjobs24.example.de/abmelden?u=88321" style="color:#888;">E-Mail-Einstellungen</a></td></tr>
</table></td></tr></table></body></html>
""",
        "company": "Weserport Logistik",
        "contact": "",
    },
    {
        "key": "agentur_danke_du",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-04-14 11:03 +0200",
        "frm": ("Melanie | Pro Arbeit Rhein-Ruhr", "m.kowalczyk@proarbeit-rr.example.de"),
        "subject": "Deine Bewerbung ist da! 👍",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hallo Greta,

super, deine Bewerbung auf unsere Anzeige "Sicherheitsfachkraft / HSE-Koordinator Hafen
Duisburg" ist bei mir angekommen! Danke dir!!

Ich schau mir deine Unterlagen in Ruhe an und melde mich in den nächsten 2–3 Tagen
telefonisch bei dir, dann quatschen wir über deine Wünsche (Schicht? Gehalt? Pendeln aus
Rotterdam?). Falls du noch Zertifikate hast (SCC/VCA, Kranschein), schick sie mir gern schon
mal rüber.

Bis ganz bald!
Melanie

Melanie Kowalczyk
Personaldisponentin Logistik & Industrie
Pro Arbeit Rhein-Ruhr Personaldienstleistungen GmbH
Königstraße 51 · 47051 Duisburg
""",
        "company": "Pro Arbeit Rhein-Ruhr",
        "contact": "m.kowalczyk@proarbeit-rr.example.de",
    },
    {
        "key": "smartrecruiters_eingegangen",
        "kind": "application_received",
        "lang": "de",
        "date": "2026-05-18 06:40 +0200",
        "frm": ("Nordwerk Energie AG Talent Acquisition", "no-reply@smartrecruiters.com"),
        "subject": "Vielen Dank für Ihre Bewerbung bei Nordwerk Energie",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;">
<div style="max-width:600px;margin:0 auto;">
<div style="padding:16px 0;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/nordwerk/logo.png" alt="Nordwerk Energie" width="160"></div>
<p>Hallo Greta,</p>
<p>vielen Dank für Ihre Bewerbung als <b>HSE-Spezialist*in Kraftwerk Moorburg-Süd</b>! Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen.</p>
<p>Bitte haben Sie etwas Geduld &ndash; wir melden uns, sobald es Neuigkeiten gibt. Den Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem <a href="https://my.smartrecruiters.com/?trid=nordwerk-4471">Bewerberprofil</a>.</p>
<p>Freundliche Grüße<br>Ihr Talent-Acquisition-Team<br>Nordwerk Energie AG</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:10px;">Nordwerk Energie AG · Überseering 30 · 22297 Hamburg · Amtsgericht Hamburg HRB 99812 · Powered by SmartRecruiters</p>
</div>
<img src="https://email.smartrecruiters.com/wf/open?upn=u001.Tm9yZHdlcmstNDQ3MQ" width="1" height="1" alt="" border="0">
</body></html>
""",
        "company": "Nordwerk Energie",
        "contact": "",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "taleo_accuse_reception",
        "kind": "application_received",
        "lang": "fr",
        "date": "2026-03-13 23:05 +0100",
        "frm": ("Pétrochimie de l'Estuaire - Recrutement", "ne-pas-repondre@taleo.net"),
        "subject": "Accusé de réception de votre candidature (réf. 2600312)",
        "structure": "html",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://pde.taleo.net/careersection/theme/2600/logo_pde.gif" alt="Pétrochimie de l'Estuaire" width="200" height="50"></td></tr>
<tr><td style="padding-top:18px;">
Madame Vanderberg-Osei,<br><br>
Nous accusons réception de votre candidature au poste d'<b>Animateur / Animatrice HSE</b> (réf. 2600312) et vous remercions de l'intérêt que vous portez à notre entreprise.<br><br>
Votre dossier va être étudié avec attention par nos équipes. Vous pouvez suivre son avancement depuis votre <a href="https://pde.taleo.net/careersection/2600/mysubmissions.ftl">espace candidat</a>.<br><br>
Nous vous prions d'agréer, Madame, nos salutations distinguées.<br><br>
Le service Recrutement<br>
Pétrochimie de l'Estuaire
</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#888;">
Ce message est envoyé automatiquement, merci de ne pas y répondre.
</td></tr></table></body></html>
""",
        "company": "Pétrochimie de l'Estuaire",
        "contact": "",
    },
    {
        "key": "sans_nouvelles_quatre_semaines",
        "kind": "application_received",
        "lang": "fr",
        "date": "2026-01-26 09:18 +0100",
        "frm": ("Escaut Chimie", "noreply@workablemail.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "mid_style": "ats",
        "text": """Bonjour Greta,

Merci pour votre candidature au poste de Conseillère en prévention niveau 2 – site de
Zwijndrecht. Nous l'avons bien reçue.

Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre
individuellement à chacune d'entre elles. Sans nouvelles de notre part dans un délai de
4 semaines, vous pouvez considérer que votre candidature n'a pas été retenue.

Merci de l'intérêt que vous portez à Escaut Chimie.

L'équipe RH
Escaut Chimie – Scheldelaan 600 – 2040 Antwerpen

Propulsé par Workable
""",
        "company": "Escaut Chimie",
        "contact": "",
    },
    {
        "key": "plateforme_transmise",
        "kind": "application_received",
        "lang": "fr",
        "date": "2026-04-03 12:27 +0200",
        "frm": ("EmploiPort", "candidatures@emploiport.example.fr"),
        "subject": "Votre candidature a bien été transmise à Terminal Normandie Estuaire",
        "structure": "html",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "list_unsub": "<https://www.emploiport.example.fr/desinscription?c=1187aa>, <mailto:desinscription@emploiport.example.fr>",
        "html": """<html><body style="margin:0;font-family:Roboto,Arial,sans-serif;background:#eceff1;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;background:#004b87;color:#fff;font-size:20px;font-weight:bold;"><img src="https://www.emploiport.example.fr/img/logo-blanc.png" alt="EmploiPort" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#263238;line-height:1.6;">
<p>Bonjour Greta,</p>
<p>Bonne nouvelle, votre candidature pour l'offre <b>Coordinatrice / Coordinateur HSE &ndash; terminal conteneurs</b> a bien été transmise à <b>Terminal Normandie Estuaire</b> (Le Havre).</p>
<p>Le recruteur vous contactera directement si votre profil l'intéresse.</p>
<p><a href="https://www.emploiport.example.fr/r?c=1187aa&amp;dest=mes-candidatures" style="background:#ff7043;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px;">Suivre mes candidatures</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f5f7f8;font-size:11px;color:#78909c;">EmploiPort SAS &ndash; 3 rue Jules Siegfried, 76600 Le Havre. Vous recevez cet e-mail suite à votre candidature. <a href="https://www.emploiport.example.fr/desinscription?c=1187aa" style="color:#78909c;">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://trk.emploiport.example.fr/o/1187aa.gif" width="1" height="1" alt="">
</body></html>
""",
        "company": "Terminal Normandie Estuaire",
        "contact": "",
    },
    {
        "key": "bien_recu_transmis",
        "kind": "application_received",
        "lang": "fr",
        "date": "2026-05-07 10:12 +0200",
        "frm": ("Aurélie Vermersch", "a.vermersch@bon-construction.example.fr"),
        "subject": "RE: Candidature – Responsable prévention chantiers portuaires",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": ["<AS8PR07MB7410E2F19C4D83A0B6@AS8PR07MB7410.eurprd07.prod.outlook.com>"],
        "text": """Bonjour Madame,

Bien reçu votre candidature, merci. Je la transmets dès aujourd'hui à notre directeur
travaux, M. Lefebvre, qui recrute pour les chantiers du port Ouest.

Je reviens vers vous d'ici une dizaine de jours pour vous faire part de la suite.

Cordialement,

Aurélie Vermersch
Responsable RH
Bâtiments & Ouvrages du Nord – 8 rue de l'Écluse Trystram – 59140 Dunkerque

De : Greta Vanderberg-Osei <greta.vo@example.nl>
Envoyé : mercredi 6 mai 2026 21:40
À : recrutement@bon-construction.example.fr
Objet : Candidature – Responsable prévention chantiers portuaires

Madame, Monsieur,

Veuillez trouver ci-joint ma candidature au poste de responsable prévention chantiers
portuaires. Si ma candidature n'est pas retenue, je vous serais reconnaissante d'un
bref retour.

Cordialement,
Greta Vanderberg-Osei
""",
        "company": "Bâtiments & Ouvrages du Nord",
        "contact": "a.vermersch@bon-construction.example.fr",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "hemos_recibido_tu_candidatura",
        "kind": "application_received",
        "lang": "es",
        "date": "2026-03-06 18:44 +0100",
        "frm": ("Grupo Navalia Portuaria", "navaliaportuaria@smartrecruiters.com"),
        "subject": "¡Hemos recibido tu candidatura!",
        "structure": "html",
        "charset": "utf-8",
        "cte": "base64",
        "mid_style": "ats",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#243447;">
<div style="max-width:600px;margin:0 auto;">
<div style="background:#00457c;padding:14px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/navalia/logo-blanco.png" alt="Grupo Navalia Portuaria" height="32"></div>
<div style="padding:20px 14px;line-height:1.6;">
<p>Hola Greta,</p>
<p>Gracias por tu interés en la oferta <b>Técnico/a de Prevención de Riesgos Laborales &ndash; Terminal Rotterdam</b>. Hemos recibido tu candidatura correctamente.</p>
<p>Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.</p>
<p>¡Mucha suerte!<br>Equipo de Selección &ndash; Grupo Navalia Portuaria</p>
</div>
<p style="font-size:11px;color:#999;padding:0 14px;">Este correo se ha generado automáticamente. Powered by SmartRecruiters &middot; <a href="https://www.smartrecruiters.com/privacy-policy/" style="color:#999;">Privacidad</a></p>
</div></body></html>
""",
        "company": "Grupo Navalia Portuaria",
        "contact": "",
    },
    {
        "key": "acusamos_recibo_cv",
        "kind": "application_received",
        "lang": "es",
        "date": "2026-04-21 09:29 +0200",
        "frm": ("Marta Lozano Prieto", "mlozano@prevenlab.example.com"),
        "subject": "Re: Candidatura técnica PRL - oficina de Amberes",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "mid_style": "outlook",
        "refs": [SENT["to_prevenlab"]],
        "text": """Estimada Greta:

Acusamos recibo de su currículum y de su carta de presentación para la vacante de técnica de
prevención en nuestra oficina de Amberes. Muchas gracias por su interés en Prevenlab.

Estamos recibiendo candidaturas hasta el 30 de abril; a partir de esa fecha revisaremos
todos los perfiles y contactaremos con las personas preseleccionadas durante la primera
quincena de mayo.

Un cordial saludo,

Marta Lozano Prieto
Responsable de Personas
Prevenlab Consultores S.L.
""",
        "company": "Prevenlab Consultores",
        "contact": "mlozano@prevenlab.example.com",
    },
]

OFFERS: list[dict] = [
    # --- English ---------------------------------------------------------------------------
    {
        "key": "offer_letter_pdf",
        "kind": "offer",
        "lang": "en",
        "date": "2026-05-20 16:02 +0200",
        "frm": ("Ilse Kramer", "i.kramer@noordzee-ows.example.nl"),
        "cc": "Pieter Zwanenburg <p.zwanenburg@noordzee-ows.example.nl>",
        "subject": "Offer of employment – HSE Coordinator Port Operations",
        "structure": "mixed",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Dear Greta,

Following your second interview last week, I am delighted to offer you the position of HSE
Coordinator Port Operations at Noordzee Offshore Wind Services, based at our Rotterdam base.

The main terms are:
- start date: 1 July 2026 (or earlier by mutual agreement)
- gross monthly salary: €4,350 (scale 8), plus 8% holiday allowance and 13th month
- permanent contract after a probation period of two months
- 38-hour week, on-call rota one week in six

The full offer letter is attached. If you agree with the terms, please sign and return it
by 29 May. Pieter and I would be very happy to have you on board, and I'm available
on +31 10 555 7719 if you'd like to talk anything through.

Kind regards,

Ilse Kramer
Marine Operations Manager
Noordzee Offshore Wind Services
""",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Dear Greta,</p>
<p>Following your second interview last week, I am delighted to offer you the position of <b>HSE Coordinator Port Operations</b> at Noordzee Offshore Wind Services, based at our Rotterdam base.</p>
<p>The main terms are:</p>
<ul>
<li>start date: 1 July 2026 (or earlier by mutual agreement)</li>
<li>gross monthly salary: &euro;4,350 (scale 8), plus 8% holiday allowance and 13th month</li>
<li>permanent contract after a probation period of two months</li>
<li>38-hour week, on-call rota one week in six</li>
</ul>
<p>The full offer letter is attached. If you agree with the terms, please sign and return it by 29 May. Pieter and I would be very happy to have you on board, and I'm available on +31 10 555 7719 if you'd like to talk anything through.</p>
<p>Kind regards,</p>
<p>Ilse Kramer<br>Marine Operations Manager<br><span style="color:#0a6ebd;font-weight:bold;">Noordzee Offshore Wind Services</span></p>
</body></html>
""",
        "attachments": [("NOWS_Offer_Letter_GVanderbergOsei.pdf", [
            "Noordzee Offshore Wind Services B.V. - Offer of employment",
            "To: Greta Vanderberg-Osei",
            "Position: HSE Coordinator Port Operations, Rotterdam base",
            "Start date: 1 July 2026. Salary: EUR 4,350 gross per month (scale 8).",
            "Probation: two months. Working week: 38 hours.",
            "Please sign and return by 29 May 2026.",
            "Signed: I. Kramer, Marine Operations Manager",
        ])],
        "company": "Noordzee Offshore Wind Services",
        "contact": "i.kramer@noordzee-ows.example.nl",
    },
    {
        "key": "verbal_offer_confirmed",
        "kind": "offer",
        "lang": "en",
        "date": "2026-04-02 18:41 +0100",
        "frm": ("Alan Keith", "alan.keith@graniteharbour.example.co.uk"),
        "subject": "Re: Thank you",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "gmail",
        "refs": [SENT["to_granite"]],
        "text": """Greta,

Great speaking to you earlier. Just to confirm in writing what I said on the phone: we'd
like to offer you the HSE Advisor role on the South Harbour extension project, £46,500
a year plus the offshore/site allowance we discussed, 12-month fixed term with a view to
permanent. HR will send the formal contract early next week.

Take the weekend to think about it and let me know on Monday.

Alan

On Tue, 31 Mar 2026 at 21:12, Greta Vanderberg-Osei <greta.vo@example.nl> wrote:
> Dear Alan,
>
> Thank you for the interview and the site tour today. Whatever you decide - and if it's a
> no, no hard feelings - I learned a lot about how you run lifting operations on the
> breakwater.
>
> Best regards,
> Greta
""",
        "company": "Granite Harbour Construction",
        "contact": "alan.keith@graniteharbour.example.co.uk",
    },
    {
        "key": "conditional_offer_vca",
        "kind": "offer",
        "lang": "en",
        "date": "2026-04-03 11:22 +0200",
        "frm": ("Hilde Verstraeten", "hilde.verstraeten@scheldepoort.example.be"),
        "subject": "Conditional offer – Shift HSE Advisor",
        "structure": "mixed",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Dear Greta,

I'm very pleased to tell you that we would like to offer you the position of Shift HSE
Advisor at our Kallo terminal.

This offer is conditional on:
1. a satisfactory pre-employment medical examination by our occupational health service;
2. a valid VCA-VOL (or SCC supervisor) certificate by your start date;
3. a positive outcome of the reference check with your current employer.

Please find our offer letter with salary, shift allowance and the draft employment contract
(bediendencontract, joint committee 226) attached. Koen and I would be delighted if you
accepted – let me know if you have questions about the conditions or the Belgian contract.

Kind regards,

Hilde Verstraeten
HR Business Partner
Scheldepoort Tank Storage NV
""",
        "attachments": [("Scheldepoort_conditional_offer_Shift_HSE_Advisor.pdf", [
            "Scheldepoort Tank Storage NV - Conditional offer of employment",
            "Position: Shift HSE Advisor, Kallo terminal",
            "Conditions: medical examination, VCA-VOL certificate, reference check",
            "Gross monthly salary EUR 4,120 plus shift allowance (5-shift system)",
            "Joint committee 226. Start: 1 June 2026 or by agreement.",
        ])],
        "company": "Scheldepoort Tank Storage",
        "contact": "hilde.verstraeten@scheldepoort.example.be",
    },
    {
        "key": "agency_great_news",
        "kind": "offer",
        "lang": "en",
        "date": "2026-04-28 13:06 +0200",
        "frm": ("Demi | Portflex Staffing", "demi.kools@portflex.example.nl"),
        "subject": "GREAT NEWS!!!",
        "structure": "plain",
        "charset": "utf-8",
        "cte": "8bit",
        "text": """Greta!!!

I just got off the phone with Europoort Bulk Terminal and they want YOU!!! 🎉 They're
offering the HSE Coordinator day shift position, start 1 June, via us for the first 6
months and then a direct contract with them. €24.50 per hour plus ORT for Saturdays.

I'm sending you the assignment confirmation to sign through our app this afternoon. Call me
if you have ANY questions – so happy for you!!!

Demi Kools
Recruiter Port & Industry
Portflex Staffing – Rotterdam Waalhaven
+31 10 555 8812
""",
        "company": "Europoort Bulk Terminal",
        "contact": "demi.kools@portflex.example.nl",
    },
    # --- German ----------------------------------------------------------------------------
    {
        "key": "arbeitsvertrag_zur_unterschrift",
        "kind": "offer",
        "lang": "de",
        "date": "2026-05-08 15:17 +0200",
        "frm": ("Anja Wieting", "a.wieting@nordsee-kran.example.de"),
        "subject": "Ihr Arbeitsvertrag - HSE-Koordinatorin Bremerhaven",
        "structure": "mixed",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "hdr_enc": "q",
        "text": """Sehr geehrte Frau Vanderberg-Osei,

wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Position als HSE-Koordinatorin bei
Nordsee Kran Service anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Punkte:
Eintritt zum 1. Juli 2026, unbefristet, Probezeit sechs Monate, Jahresbruttogehalt
58.000 EUR, 30 Tage Urlaub, Dienstwagen auch zur privaten Nutzung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 22. Mai zurück - gern vorab als
Scan an diese Adresse. Bei Fragen zum Vertrag rufen Sie mich jederzeit an.

Herr Ahlers und das ganze Team freuen sich auf Sie!

Mit freundlichen Grüßen
Anja Wieting
Personal
Nordsee Kran Service GmbH
Am Container-Terminal 4 · 27568 Bremerhaven · Tel. 0471 555 3090
""",
        "attachments": [("Arbeitsvertrag_Vanderberg-Osei_NKS.pdf", [
            "Nordsee Kran Service GmbH - Arbeitsvertrag",
            "zwischen Nordsee Kran Service GmbH und Frau Greta Vanderberg-Osei",
            "Taetigkeit: HSE-Koordinatorin, Standort Bremerhaven",
            "Beginn: 1. Juli 2026, unbefristet, Probezeit 6 Monate",
            "Verguetung: 58.000 EUR brutto jaehrlich, 30 Urlaubstage",
            "Unterschrift Arbeitgeber / Arbeitnehmerin",
        ])],
        "company": "Nordsee Kran Service",
        "contact": "a.wieting@nordsee-kran.example.de",
    },
    {
        "key": "zusage_nach_telefonat",
        "kind": "offer",
        "lang": "de",
        "date": "2026-05-21 17:55 +0200",
        "frm": ("Dirk Scholten", "d.scholten@lindemann-bau.example.de"),
        "subject": "AW: Nachfrage zum Stand",
        "structure": "plain",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "refs": [SENT["to_lindemann"], "<2f6a8d0c-followup-0520@example.nl>"],
        "text": """Sehr geehrte Frau Vanderberg-Osei,

wie eben am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir freuen uns, Ihnen
die Stelle als SiGeKo / HSE-Koordinatorin für unsere Hafenbaustellen anzubieten.

Konditionen wie besprochen: 62.000 EUR brutto im Jahr, Firmenwagen, Start zum 1. August.
Den Vertrag schicke ich Ihnen in den nächsten Tagen per Post, sobald Herr Lindemann ihn
unterschrieben hat.

Herzliche Grüße und bis bald
Dirk Scholten
Personalleitung
Lindemann Hoch- und Tiefbau GmbH & Co. KG

Am 20.05.2026 um 08:14 schrieb Greta Vanderberg-Osei <greta.vo@example.nl>:

> Sehr geehrter Herr Scholten,
>
> ich wollte mich nach dem Stand erkundigen. Falls es eine Absage wird, wäre ich Ihnen
> für ein kurzes Feedback dankbar – und falls nicht, freue ich mich natürlich umso mehr!
>
> Mit freundlichen Grüßen
> Greta Vanderberg-Osei
""",
        "company": "Lindemann Hoch- und Tiefbau",
        "contact": "d.scholten@lindemann-bau.example.de",
    },
    {
        "key": "startup_angebot_du",
        "kind": "offer",
        "lang": "de",
        "date": "2026-07-02 20:12 +0200",
        "frm": ("Lasse Harms", "lasse@sicherwerk.example.de"),
        "subject": "Dein Angebot von sicherwerk 🎉",
        "structure": "alt",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Hi Greta,

Merve und ich sind uns einig: Wir wollen dich im Team! Hier ist unser Angebot als Product
Safety Expert:

- 64.000 € brutto/Jahr + 0,15 % virtuelle Anteile (VSOP)
- Start: 1. September, remote aus Rotterdam möglich, 1 Woche/Monat in Hamburg
- 28 Urlaubstage, BahnCard 50, neues MacBook

Den Vertrag kannst du hier digital unterschreiben:
https://sign.sicherwerk.example.de/d/7a1f0c2e

Lass dir ruhig ein paar Tage Zeit, und ruf mich an, wenn du Fragen hast.

Lasse
""",
        "html": """<div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c;">
<p>Hi Greta,</p>
<p>Merve und ich sind uns einig: <b>Wir wollen dich im Team!</b> Hier ist unser Angebot als Product Safety Expert:</p>
<ul>
<li>64.000&nbsp;€ brutto/Jahr + 0,15&nbsp;% virtuelle Anteile (VSOP)</li>
<li>Start: 1. September, remote aus Rotterdam möglich, 1 Woche/Monat in Hamburg</li>
<li>28 Urlaubstage, BahnCard 50, neues MacBook</li>
</ul>
<p><a href="https://sign.sicherwerk.example.de/d/7a1f0c2e" style="background:#14b866;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;">Vertrag ansehen &amp; unterschreiben</a></p>
<p>Lass dir ruhig ein paar Tage Zeit, und ruf mich an, wenn du Fragen hast.</p>
<p>Lasse</p>
<p style="font-size:12px;color:#888;">Lasse Harms · Co-Founder &amp; CEO · sicherwerk GmbH · Hamburg</p>
</div>
""",
        "company": "sicherwerk",
        "contact": "lasse@sicherwerk.example.de",
    },
    # --- French ----------------------------------------------------------------------------
    {
        "key": "promesse_embauche_pdf",
        "kind": "offer",
        "lang": "fr",
        "date": "2026-06-22 11:46 +0200",
        "frm": ("Camille Fauvel", "camille.fauvel@cmlv.example.fr"),
        "subject": "Proposition d'embauche – Coordinatrice QHSE Flotte",
        "structure": "mixed",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "mid_style": "outlook",
        "text": """Madame,

Suite à vos entretiens avec M. Marguerie, nous avons le plaisir de vous proposer le poste de
Coordinatrice QHSE Flotte au sein de la Compagnie Maritime Leroux-Vasseur, au Havre.

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions : CDI, statut
cadre, rémunération annuelle brute de 52 000 €, prise de poste au 1er septembre 2026.

Nous vous remercions de nous retourner le document daté et signé, précédé de la mention
« Bon pour accord », au plus tard le 3 juillet.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,

Camille Fauvel
Chargée de recrutement
Compagnie Maritime Leroux-Vasseur
12, quai de Southampton – 76600 Le Havre
""",
        "attachments": [("Promesse_d'embauche_Coordinatrice_QHSE_à_signer.pdf", [
            "Compagnie Maritime Leroux-Vasseur - Promesse d'embauche",
            "Madame Greta Vanderberg-Osei",
            "Poste : Coordinatrice QHSE Flotte, Le Havre - CDI, statut cadre",
            "Remuneration annuelle brute : 52 000 EUR",
            "Date de prise de poste : 1er septembre 2026",
            "A retourner signee avant le 3 juillet 2026",
        ])],
        "company": "Compagnie Maritime Leroux-Vasseur",
        "contact": "camille.fauvel@cmlv.example.fr",
    },
    {
        "key": "offre_sous_reserve",
        "kind": "offer",
        "lang": "fr",
        "date": "2026-04-10 16:33 +0200",
        "frm": ("Benoît Lambotte", "benoit.lambotte@surete-prevention.example.be"),
        "subject": "Notre proposition",
        "structure": "plain",
        "charset": "iso-8859-1",
        "cte": "8bit",
        "text": """Chère Greta,

Merci encore pour notre rencontre de mardi, enfin organisée après mon absence.

J'ai le plaisir de vous faire une offre pour le poste de conseillère en prévention au sein de
notre équipe d'Anvers, sous réserve de deux choses : des références positives de vos deux
derniers employeurs, et votre inscription à la formation complémentaire de niveau 2 dès la
session de septembre (prise en charge par nos soins).

Salaire brut mensuel : 3 950 euros, voiture de société, chèques-repas et assurance
hospitalisation. Contrat à durée indéterminée.

Si cette proposition vous convient, je vous enverrai le contrat dès réception des
références. N'hésitez pas à m'appeler pour en discuter.

Bien à vous,

Benoît Lambotte
Directeur des opérations
Sûreté & Prévention Benelux
""",
        "company": "Sûreté & Prévention Benelux",
        "contact": "benoit.lambotte@surete-prevention.example.be",
    },
    # --- Spanish ---------------------------------------------------------------------------
    {
        "key": "oferta_formal_contrato",
        "kind": "offer",
        "lang": "es",
        "date": "2026-07-07 12:58 +0200",
        "frm": ("Begoña Urrutia", "b.urrutia@navcantabrica.example.com"),
        "subject": "Oferta de empleo – Coordinadora HSE Róterdam",
        "structure": "mixed",
        "charset": "utf-8",
        "cte": "base64",
        "mid_style": "outlook",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Estimada Greta:</p>
<p>Es un placer comunicarle que, tras el proceso de selección, Naviera Cantábrica desea ofrecerle el puesto de <b>Coordinadora HSE</b> en nuestra agencia de Róterdam.</p>
<p>Le adjuntamos la oferta formal junto con el borrador de contrato, en el que figuran las condiciones acordadas con D. Gorka Sainz: contrato indefinido neerlandés, salario bruto anual de 56.000 euros, incorporación el 1 de septiembre de 2026.</p>
<p>Le agradeceríamos que nos devolviera la oferta firmada antes del 17 de julio. Quedo a su disposición para cualquier consulta.</p>
<p>Un cordial saludo,</p>
<p>Begoña Urrutia<br>Técnica de Selección<br><b>Naviera Cantábrica</b><br>Alameda de Mazarredo 39 &ndash; 48009 Bilbao</p>
</body></html>
""",
        "text": """Estimada Greta:

Es un placer comunicarle que, tras el proceso de selección, Naviera Cantábrica desea
ofrecerle el puesto de Coordinadora HSE en nuestra agencia de Róterdam.

Le adjuntamos la oferta formal junto con el borrador de contrato, en el que figuran las
condiciones acordadas con D. Gorka Sainz: contrato indefinido neerlandés, salario bruto
anual de 56.000 euros, incorporación el 1 de septiembre de 2026.

Le agradeceríamos que nos devolviera la oferta firmada antes del 17 de julio. Quedo a su
disposición para cualquier consulta.

Un cordial saludo,

Begoña Urrutia
Técnica de Selección
Naviera Cantábrica
Alameda de Mazarredo 39 – 48009 Bilbao
""",
        "attachments": [
            ("Oferta_Naviera_Cantabrica_Vanderberg-Osei.pdf", [
                "Naviera Cantabrica - Oferta de empleo",
                "Puesto: Coordinadora HSE, agencia de Rotterdam",
                "Salario bruto anual: 56.000 EUR. Incorporacion: 1 de septiembre de 2026",
                "Firmar y devolver antes del 17 de julio de 2026",
            ]),
            ("Borrador_contrato_arbeidsovereenkomst.pdf", [
                "Arbeidsovereenkomst / contrato de trabajo - borrador",
                "Werkgever: Naviera Cantabrica Rotterdam branch",
                "Werknemer: G. Vanderberg-Osei",
            ]),
        ],
        "company": "Naviera Cantábrica",
        "contact": "b.urrutia@navcantabrica.example.com",
    },
]

MESSAGES: list[dict] = [*RECEIVED, *OFFERS]
