"""Application acknowledgements and offers for the hundredthird corpus."""

from __future__ import annotations

from msgs103_common import (
    ats_table,
    button,
    gmail_quote,
    original_message,
    outlook_html,
    outlook_quote,
    paras,
    tracked,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# =====================================================================================================
# Application received
# =====================================================================================================

# 1. Workday, bank, HTML only ------------------------------------------------------------------------
add({
    "key": "k_nqb_workday", "kind": "application_received", "scenario": "workday_thank_you", "language": "en",
    "company": "Northern Quay Bank", "contact": "",
    "frm": ("Northern Quay Bank", "nqbank@myworkday.com"), "mua": "ats",
    "subject": "Thank you for applying to Northern Quay Bank", "date": "2026-01-27 21:16",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Dear Aoife,</p>
<p style="margin:0 0 14px 0;">Thank you for applying for the <strong>Financial Crime Compliance Analyst</strong> role (R-204417). We confirm that your application has been successfully submitted.</p>
<p style="margin:0 0 14px 0;">What happens next? Our recruitment team will review your application against the requirements of the role. You can track the status of your application at any time by signing in to your candidate home.</p>
""" + button("https://nqbank.wd3.myworkday.com/nqbank/d/home.htmld", "View my applications", "#14325c") + """
<p style="margin:0 0 14px 0;">Thank you for your interest in a career with us.</p>
<p style="margin:0 0 14px 0;">Kind regards,<br>Talent Acquisition<br>Northern Quay Bank</p>""",
        title="Application received", logo="https://cdn.nqbank.example.co.uk/email/nqb-logo-navy.png",
        logo_alt="Northern Quay Bank", accent="#14325c", preheader="We have received your application",
        pixel="https://nqbank.wd3.myworkday.com/wday/email/open.gif?m=8812-0127-03",
        footer="""Northern Quay Bank plc. Registered in England and Wales No. 04417209. Registered office: 1 Quay Street, Manchester M3 3JE.<br>
This is an automated message. Replies to this address are not monitored."""),
})

# 2. Council: "we cannot reply to every applicant ... consider your application unsuccessful" ----------
add({
    "key": "k_calderbrook_volume", "kind": "application_received", "scenario": "council_no_reply_means_unsuccessful", "language": "en",
    "company": "Calderbrook Metropolitan Borough Council", "contact": "",
    "frm": ("Calderbrook Council Jobs", "jobs-noreply@calderbrook.example.gov.uk"), "mua": "generic",
    "subject": "Application received: CMBC/LEG/0412 Contracts & Procurement Officer", "date": "2026-02-02 23:41",
    "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Aoife Nakamura-Brennan

Thank you for applying for the post of Contracts & Procurement Officer (ref CMBC/LEG/0412). This email confirms that we have received your application.

Shortlisting will take place after the closing date of 15 February 2026. Due to the large number of applications we receive, we are unable to reply to every applicant individually. If you have not heard from us within 4 weeks of the closing date, please consider your application unsuccessful on this occasion.

Thank you for your interest in working for Calderbrook Council.

Recruitment Team
Calderbrook Metropolitan Borough Council

This is an automatically generated email, please do not reply.
"""})

# 3. Greenhouse, start-up, HTML only -----------------------------------------------------------------
add({
    "key": "k_clausewise_gh", "kind": "application_received", "scenario": "greenhouse_startup_received", "language": "en",
    "company": "Clausewise", "contact": "",
    "frm": ("Clausewise Hiring Team", "no-reply@greenhouse-mail.io"), "mua": "ats",
    "subject": "Thanks for applying to Clausewise!", "date": "2026-02-09 12:03",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hi Aoife,</p>
<p style="margin:0 0 14px 0;">We've got your application for <strong>Legal Operations Associate</strong> &mdash; thank you! \U0001F680</p>
<p style="margin:0 0 14px 0;">A real human (usually Tess or Kwame) reads every application. We aim to get back to everyone within two weeks, though it can take a little longer when we're swamped.</p>
<p style="margin:0 0 14px 0;">In the meantime, here's a peek at <a href="https://clausewise.example.com/blog/how-we-work">how we work</a> and <a href="https://clausewise.example.com/handbook">our team handbook</a>.</p>
<p style="margin:0 0 14px 0;">Cheers,<br>The Clausewise team</p>""",
        title="Clausewise", logo="https://clausewise.example.com/brand/wordmark-dark.png", logo_alt="clausewise",
        accent="#ff5a36", font="'Inter', 'Segoe UI', Arial, sans-serif",
        footer="""Clausewise Ltd &middot; 3rd Floor, 20 Old Street, London EC1V 9AB<br>Sent via Greenhouse.""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=u001.Cw4ck"),
})

# 4. Job board confirms an application sent to a law firm, HTML only --------------------------------
add({
    "key": "k_legaljobshub_hallam", "kind": "application_received", "scenario": "job_board_sent_to_law_firm", "language": "en",
    "company": "Hallam & Pryce", "contact": "",
    "frm": ("LegalJobsHub", "applications@mail.legaljobshub.example.co.uk"), "mua": "ats",
    "subject": "Your application to Hallam & Pryce LLP has been sent", "date": "2026-02-18 19:27",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.legaljobshub.example.co.uk/account/email-preferences?u=88a1>")],
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Application sent</title></head>
<body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;background:#1b2a4a;"><img src="https://www.legaljobshub.example.co.uk/img/ljh-logo-white.png" alt="LegalJobsHub" height="30"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222;">
<p style="font-size:20px;font-weight:bold;margin:0 0 16px 0;">Application sent &#10003;</p>
<p>Hi Aoife,</p>
<p>Your application for <b>Compliance Paralegal</b> at <b>Hallam &amp; Pryce LLP</b> (Manchester, &pound;28,000 - &pound;32,000) was sent to the employer on 18 February 2026.</p>
<p>The employer will contact you directly if they would like to take your application further. LegalJobsHub is not involved in the employer's selection process.</p>
<p><a href="https://www.legaljobshub.example.co.uk/r/c?d=apps&amp;u=88a1" style="color:#1b6fd1;">View your application history</a></p>
<p style="margin-top:24px;"><b>Similar jobs you might like</b></p>
<ul style="padding-left:18px;">
<li><a href="https://www.legaljobshub.example.co.uk/r/c?d=job-55102&amp;u=88a1" style="color:#1b6fd1;">Risk &amp; Compliance Officer &ndash; Stockport</a></li>
<li><a href="https://www.legaljobshub.example.co.uk/r/c?d=job-55177&amp;u=88a1" style="color:#1b6fd1;">Contracts Administrator &ndash; Salford Quays</a></li>
</ul>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f7f7f7;">You are receiving this email because you applied for a job on LegalJobsHub. LegalJobsHub Ltd, 9 Albert Square, Manchester M2 5PE. <a href="https://www.legaljobshub.example.co.uk/account/email-preferences?u=88a1" style="color:#888;">Email preferences</a></td></tr>
</table></td></tr></table>
<img src="https://mail.legaljobshub.example.co.uk/o/88a1-0218.gif" width="1" height="1" alt="">
</body></html>
"""})

# 5. NHS trust, application received, no-reply, plain -----------------------------------------------
add({
    "key": "k_irwell_nhs", "kind": "application_received", "scenario": "nhs_application_received", "language": "en",
    "company": "Irwell Valley NHS Foundation Trust", "contact": "",
    "frm": ("Irwell Valley NHS Foundation Trust", "no-reply@recruitment.irwellvalley.example.nhs.uk"), "mua": "generic",
    "subject": "Application received - 334-CORP-5521", "date": "2026-01-26 20:58",
    "charset": "us-ascii", "cte": "7bit",
    "text": """Dear Aoife Nakamura-Brennan

Job reference: 334-CORP-5521
Job title: Information Governance Officer (Band 5)

Thank you for your application for the above post, which we have received.

Shortlisting for this post is expected to take place on 6 February 2026. You will be notified of the outcome by email, so please check your junk or spam folder regularly.

Recruitment Services
Irwell Valley NHS Foundation Trust

Please do not reply to this email - this mailbox is not monitored.
"""})

# 6. Head-hunter's website, mandate unnamed -> company is the agency, Reply-To a consultant ----------
_HALCYON_ACK = """Dear Aoife,

Thank you for applying for the Compliance Manager - Insurance (London) role advertised on our website (ref HS-4471).

Your application has been received and passed to Grace Lyons, the consultant managing this assignment. Grace will review your CV against our client's brief and will be in touch within five working days if your experience is a match.

If you'd like to talk to Grace in the meantime, you can reply directly to this email.

Kind regards,
Halcyon Search
"""
add({
    "key": "k_halcyon_web", "kind": "application_received", "scenario": "headhunter_website_reply_to_consultant", "language": "en",
    "company": "Halcyon Search", "contact": "grace.lyons@halcyonsearch.example.com",
    "frm": ("Halcyon Search", "noreply@halcyonsearch.example.com"),
    "reply_to": ("Grace Lyons", "grace.lyons@halcyonsearch.example.com"), "mua": "generic",
    "subject": "Application received - Compliance Manager - Insurance (HS-4471)", "date": "2026-07-28 08:14",
    "charset": "utf-8", "cte": "quoted-printable", "text": _HALCYON_ACK,
    "html": """<html><body style="font-family:Georgia,serif;font-size:15px;color:#22313f;">
<div style="max-width:600px;margin:0 auto;">
<p style="border-bottom:2px solid #b08d57;padding-bottom:8px;"><img src="https://www.halcyonsearch.example.com/img/halcyon-mark.png" alt="Halcyon Search" height="32"></p>
""" + paras(_HALCYON_ACK) + """
<p style="font-size:11px;color:#8795a1;font-family:Arial,sans-serif;">Halcyon Search Ltd, 1 Cornhill, London EC3V 3ND &middot; Halcyon Search (Ireland) Ltd, 2 Grand Canal Square, Dublin 2. Halcyon Search acts as an employment agency.</p>
</div></body></html>
"""})

# 7. Dublin firm, person acknowledges a speculative CV ------------------------------------------------
add({
    "key": "k_liffey_cv", "kind": "application_received", "scenario": "speculative_cv_passed_on", "language": "en",
    "company": "Liffey Street Partners", "contact": "ciara.donnelly@liffeystreet.example.ie",
    "frm": ("Ciara Donnelly", "ciara.donnelly@liffeystreet.example.ie"), "mua": "outlook",
    "subject": "RE: Compliance Executive - application", "date": "2026-03-17 15:02", "tz": "Europe/Dublin",
    "charset": "utf-8", "cte": "8bit",
    "refs": ["<91E4C2D7-3A5B-4F08-B6C1-7D2E9F0A4B63@example.co.uk>"],
    "text": """Hi Aoife,

Thanks for sending on your CV and cover letter for the Compliance Executive role - both received safe and sound. I've passed them to Declan Murray, our Head of Risk, and one of us will be back to you once the closing date has passed at the end of the month.

Happy St Patrick's Day!

Ciara

Ciara Donnelly
Practice Manager
Liffey Street Partners | Solicitors
31 Lower Ormond Quay, Dublin 1, D01 X2Y4

""" + original_message("Aoife Nakamura-Brennan [mailto:aoife.nb@example.co.uk]", "16 March 2026 21:40",
                       "Ciara Donnelly", "Compliance Executive - application",
                       """Dear Ms Donnelly,

Please find attached my CV and cover letter for the Compliance Executive role advertised on IrishLegalJobs. I would very much welcome the opportunity to attend an interview, and I am available to travel to Dublin at short notice.

Kind regards,
Aoife Nakamura-Brennan""")})

# 8. Lever, start-up, multipart/alternative, no Reply-To ----------------------------------------------
_LEXLOOM_ACK = """Hi Aoife,

Thanks for applying to the Commercial Contracts Specialist role at Lexloom! We've received your application and our team will review it shortly.

If your experience looks like a fit, we'll be in touch to arrange a first conversation. Either way, you'll hear from us.

Best,
The Lexloom team
"""
add({
    "key": "k_lexloom_lever", "kind": "application_received", "scenario": "lever_received_alternative", "language": "en",
    "company": "Lexloom", "contact": "",
    "frm": ("Lexloom", "no-reply@hire.lever.co"), "mua": "ats",
    "subject": "Thanks for applying to Lexloom", "date": "2026-04-06 22:47",
    "charset": "utf-8", "cte": "quoted-printable", "text": _LEXLOOM_ACK,
    "html": """<html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;color:#1f2328;font-size:14px;line-height:1.5;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<img src="https://lever-client-logos.example.com/lexloom.png" alt="Lexloom" width="110">
""" + paras(_LEXLOOM_ACK) + """
<p style="font-size:11px;color:#8b949e;">Sent by Lever on behalf of Lexloom.</p>
</div></body></html>
"""})

# 9. Job board: "Your application to Amstel Clearing has been sent" ----------------------------------
add({
    "key": "k_jobquay_amstel", "kind": "application_received", "scenario": "job_board_sent_amsterdam", "language": "en",
    "company": "Amstel Clearing", "contact": "",
    "frm": ("JobQuay", "no-reply@jobquay.example.com"), "mua": "ats",
    "subject": "Application sent: Regulatory Compliance Associate (EMIR/MiFIR) at Amstel Clearing", "date": "2026-05-04 07:51",
    "charset": "utf-8", "cte": "base64",
    "html": ats_table(
        f"""<p style="margin:0 0 14px 0;">Good news, Aoife &mdash; your application is on its way.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e3e6ea;border-radius:6px;width:100%;margin:0 0 16px 0;"><tr><td style="padding:14px;">
<b>Regulatory Compliance Associate (EMIR/MiFIR)</b><br>Amstel Clearing N.V. &middot; Amsterdam, Netherlands<br><span style="color:#7a8190;">Applied 4 May 2026 with CV_Aoife_NB_2026.pdf</span></td></tr></table>
<p style="margin:0 0 14px 0;">Amstel Clearing will review your application and contact you directly if they'd like to move forward.</p>
<p style="margin:0 0 14px 0;"><a href="{tracked('https://t.jobquay.example.com/c', 'https://www.jobquay.example.com/my-jobs/applied', 'apl')}">Track your applications</a></p>""",
        title="JobQuay", logo="https://www.jobquay.example.com/static/logo-jq.png", logo_alt="JobQuay", accent="#00a3e0",
        footer=f"""JobQuay B.V., Piet Heinkade 55, Amsterdam. You received this email because you applied via JobQuay.<br>
<a href="{tracked('https://t.jobquay.example.com/c', 'https://www.jobquay.example.com/settings/notifications', 'uns')}" style="color:#7a8190;">Unsubscribe</a>""",
        pixel="https://t.jobquay.example.com/o/51a9.gif"),
})

# 10. Taleo: "if you do not hear from us within four weeks ..." -------------------------------------
add({
    "key": "k_marches_taleo", "kind": "application_received", "scenario": "taleo_four_weeks_silence", "language": "en",
    "company": "Midlands & Marches Insurance", "contact": "",
    "frm": ("Midlands & Marches Insurance Careers", "mmi-careers@taleo.net"), "mua": "ats",
    "subject": "Midlands & Marches Insurance - We have received your application", "date": "2026-04-01 18:22",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Dear Aoife Nakamura-Brennan,

Requisition: 44821 - Compliance Officer (Conduct Risk), Birmingham

Thank you for your interest in Midlands & Marches Insurance. This is to confirm that your application for the above position has been received.

Our Resourcing Team will review your application and, if you are selected to progress, will contact you to discuss the next steps. Please note that due to the high volume of applications we receive, if you do not hear from us within four weeks of the closing date, please consider your application unsuccessful on this occasion.

You may review the status of your application at any time by logging in to the careers section of our website.

Regards,

Resourcing Team
Midlands & Marches Insurance

This message was sent from an unattended mailbox. © Midlands & Marches Insurance
"""})

# 11. iCIMS, energy company, HTML only ---------------------------------------------------------------
add({
    "key": "k_harbourside_icims", "kind": "application_received", "scenario": "icims_energy_received", "language": "en",
    "company": "Harbourside Energy", "contact": "",
    "frm": ("Harbourside Energy Recruitment", "recruitment-noreply@harbourside.icims.com"), "mua": "ats",
    "subject": "Harbourside Energy: Application Confirmation - Contracts Officer (2026-1187)", "date": "2026-07-21 11:09",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding-bottom:12px;"><img src="https://careers-harbourside.icims.com/images/harbourside_logo.png" alt="Harbourside Energy - powering the North West" border="0"></td></tr>
<tr><td>
<p>Dear Aoife,</p>
<p>Thank you for your interest in Harbourside Energy. We have received your application for <b>Contracts Officer (2026-1187)</b>, Liverpool Waters.</p>
<p>A member of our recruitment team will review your application. Shortlisted candidates will be contacted within 10 working days of the closing date.</p>
<p>Best regards,<br>Harbourside Energy Recruitment</p>
</td></tr>
<tr><td style="padding-top:18px;font-size:10px;color:#999;">Harbourside Energy Limited, Princes Parade, Liverpool L3 1BG. Registered in England &amp; Wales No. 07119832.<br>This mailbox is not monitored.</td></tr>
</table>
<img src="https://careers-harbourside.icims.com/track/open/e11a.gif" width="1" height="1" alt="">
</body></html>
"""})

# 12. Workable, fintech, "we can't reply to everyone", HTML only ------------------------------------
add({
    "key": "k_ledgerline_workable", "kind": "application_received", "scenario": "workable_cannot_reply_everyone", "language": "en",
    "company": "Ledgerline", "contact": "",
    "frm": ("Ledgerline", "noreply@candidates.workablemail.com"), "mua": "ats",
    "subject": "Ledgerline - we got your application", "date": "2026-09-03 16:58",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hi Aoife,</p>
<p style="margin:0 0 14px 0;">Thank you for applying for the <b>Regulatory Contracts Manager</b> position at Ledgerline. Your application has been received.</p>
<p style="margin:0 0 14px 0;">We're a small team and we get a lot of applications, so we're honestly not able to reply to every applicant personally. If we think there's a match, someone from the team will reach out within three weeks. If you haven't heard from us by then, it means we won't be moving forward this time &mdash; but we really appreciate you thinking of us.</p>
<p style="margin:0 0 14px 0;">Thanks,<br>Ledgerline Talent</p>""",
        title="Ledgerline", logo="https://workable-application-form.example.com/ledgerline/logo.png", logo_alt="Ledgerline",
        accent="#111827",
        footer="""Ledgerline Ltd, 1 Finsbury Avenue, London EC2M 2PF.<br>Powered by Workable. <a href="https://apply.workable.example.com/ledgerline/privacy" style="color:#7a8190;">Privacy</a>"""),
})

# 13. German utility via softgarden, Eingangsbestätigung, HTML only ---------------------------------
add({
    "key": "k_niddertal_softgarden", "kind": "application_received", "scenario": "softgarden_eingangsbestaetigung", "language": "de",
    "company": "Stadtwerke Niddertal", "contact": "",
    "frm": ("Stadtwerke Niddertal GmbH", "noreply@softgarden.io"), "mua": "ats",
    "subject": "Eingangsbestätigung Ihrer Bewerbung – Sachbearbeiter Vertragsmanagement (m/w/d)", "date": "2026-04-20 06:31",
    "tz": "UTC", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Sehr geehrte Frau Nakamura-Brennan,</p>
<p style="margin:0 0 14px 0;">vielen Dank für Ihre Bewerbung als <b>Sachbearbeiter Vertragsmanagement (m/w/d)</b> und Ihr Interesse an den Stadtwerken Niddertal.</p>
<p style="margin:0 0 14px 0;">Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.</p>
<p style="margin:0 0 14px 0;">Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.</p>
<p style="margin:0 0 14px 0;">Mit freundlichen Grüßen<br>Ihre Personalabteilung<br>Stadtwerke Niddertal</p>""",
        title="Stadtwerke Niddertal", logo="https://www.stadtwerke-niddertal.example.de/fileadmin/logo.png",
        logo_alt="Stadtwerke Niddertal", accent="#0069b4", lang="de",
        footer="""Stadtwerke Niddertal GmbH · Bahnhofstraße 12 · 61130 Nidderau · Geschäftsführer: Dipl.-Ing. Rainer Faust · Aufsichtsratsvorsitzende: Bürgermeisterin Petra Jahn · Amtsgericht Hanau HRB 9113<br>
Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail."""),
})

# 14. German job board: application sent to a bank, du, HTML only --------------------------------
add({
    "key": "k_jobwerk_mainufer", "kind": "application_received", "scenario": "jobboerse_bewerbung_versendet", "language": "de",
    "company": "Mainufer Bank", "contact": "",
    "frm": ("Jobwerk", "bewerbung@mailing.jobwerk.example.de"), "mua": "ats",
    "subject": "Geschafft! Deine Bewerbung ist bei der Mainufer Bank AG angekommen", "date": "2026-01-20 20:12",
    "tz": "Europe/Berlin", "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.jobwerk.example.de/abmelden?k=3310aa>, <mailto:unsubscribe@mailing.jobwerk.example.de?subject=3310aa>")],
    "html": """<!doctype html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f0;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:20px 28px;"><img src="https://www.jobwerk.example.de/img/jobwerk-logo.png" alt="Jobwerk – Jobs für Profis" height="28"></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:15px;line-height:23px;color:#242424;">
<h1 style="font-size:22px;margin:0 0 12px 0;">Deine Bewerbung wurde übermittelt</h1>
<p>Hallo Aoife,</p>
<p>deine Bewerbung als <b>Compliance Officer (m/w/d) Kapitalmarkt</b> ist bei der <b>Mainufer Bank AG</b> in Frankfurt am Main eingegangen.</p>
<p>Wie geht es weiter? Das Unternehmen meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du in deinem Jobwerk-Profil.</p>
<p><a href="https://www.jobwerk.example.de/r?ziel=meine-bewerbungen&amp;k=3310aa" style="display:inline-block;background:#ff6b00;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Meine Bewerbungen</a></p>
<p style="margin-top:22px;font-weight:bold;">Ähnliche Jobs für dich</p>
<p><a href="https://www.jobwerk.example.de/r?ziel=job-991201&amp;k=3310aa">Referent Geldwäscheprävention (m/w/d) – Frankfurt</a><br>
<a href="https://www.jobwerk.example.de/r?ziel=job-991388&amp;k=3310aa">Vertragsmanager (m/w/d) – Eschborn</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee;">Jobwerk GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main · Geschäftsführer: Tim Albers · HRB 110 441<br>
<a href="https://www.jobwerk.example.de/abmelden?k=3310aa" style="color:#888;">Benachrichtigungen abbestellen</a> · <a href="https://www.jobwerk.example.de/datenschutz" style="color:#888;">Datenschutz</a></td></tr>
</table></td></tr></table>
<img src="https://mailing.jobwerk.example.de/o/3310aa.gif" width="1" height="1" alt="">
</body></html>
"""})

# 15. Frankfurt law firm, person, reply to her application ------------------------------------------
add({
    "key": "k_brandt_ack", "kind": "application_received", "scenario": "kanzlei_eingang_persoenlich", "language": "de",
    "company": "Brandt & Oberhofer Rechtsanwälte", "contact": "s.krause@brandt-oberhofer.example.de",
    "frm": ("Sabine Krause", "s.krause@brandt-oberhofer.example.de"), "mua": "outlook",
    "subject": "AW: Bewerbung als Legal Assistant Compliance - Aoife Nakamura-Brennan", "date": "2026-02-09 11:30",
    "charset": "windows-1252", "cte": "quoted-printable",
    "refs": ["<7D0A3E18-C2F4-4B91-9A6E-51B8D3C2E0F7@example.co.uk>"],
    "text": """Sehr geehrte Frau Nakamura-Brennan,

vielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen

i. A. Sabine Krause
Personal

Brandt & Oberhofer Rechtsanwälte PartG mbB
Bockenheimer Landstraße 33 | 60325 Frankfurt am Main
T +49 69 5550 7710 | www.brandt-oberhofer.example.de

""" + outlook_quote("de", "Aoife Nakamura-Brennan <aoife.nb@example.co.uk>", "Freitag, 6. Februar 2026 18:04",
                    "bewerbung@brandt-oberhofer.example.de", "Bewerbung als Legal Assistant Compliance - Aoife Nakamura-Brennan",
                    """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Legal Assistant Compliance (m/w/d). Ich arbeite seit vier Jahren als Paralegal in einer Wirtschaftskanzlei in Manchester und möchte mich im Bereich Compliance weiterentwickeln.

Mit freundlichen Grüßen
Aoife Nakamura-Brennan""")})

# 16. French insurer via Workday, accusé de réception, HTML only ----------------------------------
add({
    "key": "k_delaunay_workday", "kind": "application_received", "scenario": "workday_accuse_reception", "language": "fr",
    "company": "Groupe Delaunay", "contact": "",
    "frm": ("Groupe Delaunay", "delaunay@myworkday.com"), "mua": "ats",
    "subject": "Nous avons bien reçu votre candidature", "date": "2026-06-03 13:44",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Bonjour Aoife,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions pour votre candidature au poste de <strong>Responsable contrats et conformité – Dublin</strong> (JR-11802).</p>
<p style="margin:0 0 14px 0;">Votre dossier a bien été transmis à notre équipe Recrutement, qui l'étudiera avec attention. Si votre profil correspond à nos attentes, nous vous contacterons pour convenir d'un premier échange.</p>
<p style="margin:0 0 14px 0;">Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.</p>
<p style="margin:0 0 14px 0;">À bientôt,<br>L'équipe Recrutement<br>Groupe Delaunay</p>""",
        title="Groupe Delaunay", logo="https://www.groupe-delaunay.example.com/static/img/logo-delaunay.png",
        logo_alt="Groupe Delaunay Assurances", accent="#7b1e3a", lang="fr",
        footer="""Delaunay Assurances SA – 331 208 447 RCS Nanterre – 4 place de la Défense, 92400 Courbevoie.<br>Ce courriel est envoyé automatiquement, merci de ne pas y répondre."""),
})

# 17. Paris law firm, role mailbox invites questions -----------------------------------------------
add({
    "key": "k_ferrand_accuse", "kind": "application_received", "scenario": "cabinet_accuse_reception", "language": "fr",
    "company": "Ferrand & Associés", "contact": "recrutement@ferrand-associes.example.com",
    "frm": ("Ferrand & Associés - Recrutement", "recrutement@ferrand-associes.example.com"), "mua": "outlook",
    "subject": "Accusé de réception - candidature Juriste conformité (Londres)", "date": "2026-02-12 09:05",
    "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "text": """Madame,

Nous accusons bonne réception de votre candidature au poste de juriste conformité pour notre bureau de Londres et vous remercions de l'intérêt que vous portez à notre cabinet.

Votre dossier est en cours d'examen par les associés concernés. Nous reviendrons vers vous dans les meilleurs délais.

Pour toute question relative à votre candidature, vous pouvez nous écrire à cette adresse.

Bien cordialement,

Le service Recrutement
Ferrand & Associés - Avocats au Barreau de Paris
26 avenue George V, 75008 Paris
"""})

# 18. French job board: candidature envoyée à une banque, HTML only --------------------------------
add({
    "key": "k_jurijobs_saintaubin", "kind": "application_received", "scenario": "site_emploi_candidature_envoyee", "language": "fr",
    "company": "Banque Saint-Aubin", "contact": "",
    "frm": ("JuriJobs", "candidatures@notifications.jurijobs.example.com"), "mua": "ats",
    "subject": "Votre candidature a bien été envoyée à Banque Saint-Aubin", "date": "2026-03-10 22:05",
    "charset": "utf-8", "cte": "base64",
    "headers": [("List-Unsubscribe", "<https://www.jurijobs.example.com/desinscription?c=77be>")],
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Bonjour Aoife,</p>
<p style="margin:0 0 14px 0;">Votre candidature pour l'offre <strong>Chargé(e) de conformité – succursale de Londres</strong> a bien été transmise au recruteur <strong>Banque Saint-Aubin</strong>.</p>
<p style="margin:0 0 14px 0;">Le recruteur prendra directement contact avec vous si votre profil l'intéresse. Bonne chance&nbsp;!</p>
<p style="margin:0 0 14px 0;"><a href="https://www.jurijobs.example.com/r?l=mes-candidatures&amp;c=77be">Voir mes candidatures</a> · <a href="https://www.jurijobs.example.com/r?l=offres-similaires&amp;c=77be">Offres similaires</a></p>""",
        title="JuriJobs", logo="https://www.jurijobs.example.com/img/logo.png", logo_alt="JuriJobs – l'emploi juridique", accent="#e4002b", lang="fr",
        footer="""JuriJobs SAS – 10 rue du Faubourg Montmartre, 75009 Paris. Vous recevez cet e-mail car vous avez postulé via JuriJobs.<br>
<a href="https://www.jurijobs.example.com/desinscription?c=77be" style="color:#7a8190;">Se désinscrire</a>""",
        pixel="https://notifications.jurijobs.example.com/o/77be.gif"),
})

# 19. Paris legal-tech via Teamtailor, tu, HTML only -----------------------------------------------
add({
    "key": "k_clauseo_teamtailor", "kind": "application_received", "scenario": "teamtailor_bien_recu_tu", "language": "fr",
    "company": "Clauseo", "contact": "",
    "frm": ("Clauseo", "no-reply@teamtailor-mail.com"), "mua": "ats",
    "subject": "Merci pour ta candidature, Aoife !", "date": "2026-08-14 08:36", "tz": "UTC",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Clauseo</title></head>
<body style="margin:0;padding:0;background:#f4f1ff;">
<div style="max-width:580px;margin:0 auto;padding:32px 20px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1b4b;font-size:16px;line-height:1.55;">
<img src="https://assets.teamtailor-cdn.example.com/clauseo/logo.png" alt="Clauseo" width="110" style="margin-bottom:24px;">
<p>Hello Aoife,</p>
<p>On a bien reçu ta candidature pour le poste de <b>Legal Ops (Amsterdam)</b>, merci&nbsp;!</p>
<p>On lit toutes les candidatures nous-mêmes et on revient vers toi sous deux semaines maximum, quelle que soit la réponse.</p>
<p>En attendant, tu peux découvrir l'équipe sur notre <a href="https://clauseo.teamtailor.example.com/people" style="color:#5b21b6;">page carrière</a>.</p>
<p>À bientôt,<br>L'équipe Clauseo</p>
<p style="margin-top:32px;font-size:12px;color:#999;">Clauseo SAS · 12 rue d'Uzès, 75002 Paris · <a href="https://clauseo.teamtailor.example.com/privacy" style="color:#999;">Confidentialité</a></p>
</div>
<img src="https://t.teamtailor-mail.com/o/cl4u5e0" width="1" height="1" alt="">
</body></html>
"""})

# 20. Spanish insurer: "solo contactaremos a los seleccionados", HTML only -------------------------
add({
    "key": "k_cantabrica_acuse", "kind": "application_received", "scenario": "aseguradora_solo_seleccionados", "language": "es",
    "company": "Aseguradora Cantábrica", "contact": "",
    "frm": ("Aseguradora Cantábrica - Empleo", "no-reply@empleo.cantabrica.example.com"), "mua": "ats",
    "subject": "Hemos recibido su candidatura", "date": "2026-06-12 10:33", "tz": "Europe/Madrid",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Estimada Aoife:</p>
<p style="margin:0 0 14px 0;">Le confirmamos que hemos recibido correctamente su candidatura para el puesto de <strong>Gestor/a de Contratos - Sucursal en Irlanda (Dublín)</strong>.</p>
<p style="margin:0 0 14px 0;">Debido al elevado número de candidaturas, únicamente nos pondremos en contacto con las personas preseleccionadas. Si no recibe noticias nuestras en un plazo de 30 días, entienda que su candidatura no ha sido seleccionada en esta ocasión.</p>
<p style="margin:0 0 14px 0;">Gracias por su interés en formar parte de nuestro equipo.</p>
<p style="margin:0 0 14px 0;">Atentamente,<br>Departamento de Personas<br>Aseguradora Cantábrica</p>""",
        title="Aseguradora Cantábrica", logo="https://www.cantabrica.example.com/img/logo-cantabrica.png",
        logo_alt="Aseguradora Cantábrica", accent="#005a8c", lang="es", charset="iso-8859-1",
        footer="""Aseguradora Cantábrica, S.A. de Seguros y Reaseguros · Paseo de Pereda 22, 39004 Santander · CIF A-39000000.<br>
Este correo se ha generado automáticamente; por favor, no responda a este mensaje."""),
})

# 21. Spanish job board: "tu candidatura ha sido enviada a Banco Meridiano", HTML only ------------
add({
    "key": "k_empleolegal_meridiano", "kind": "application_received", "scenario": "portal_empleo_candidatura_enviada", "language": "es",
    "company": "Banco Meridiano", "contact": "",
    "frm": ("EmpleoLegal", "avisos@empleolegal.example.com"), "mua": "ats",
    "subject": "¡Candidatura enviada! Especialista en Gestión de Contratos - Banco Meridiano", "date": "2026-04-28 23:10",
    "tz": "Europe/Madrid", "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#333;">
<tr><td style="background:#2d2a6e;padding:16px 24px;"><img src="https://www.empleolegal.example.com/img/logo-blanco.png" alt="EmpleoLegal" height="26"></td></tr>
<tr><td style="padding:24px;">
<p>Hola, Aoife:</p>
<p>Tu candidatura a la oferta <b>Especialista en Gestión de Contratos (Londres)</b> se ha enviado correctamente a <b>Banco Meridiano</b>.</p>
<p>A partir de ahora, la empresa revisará tu CV. Te avisaremos cuando cambie el estado de tu candidatura (por ejemplo, cuando la empresa lea tu CV).</p>
<p><a href="https://www.empleolegal.example.com/clk?d=mis-candidaturas&amp;id=a93f" style="color:#2d2a6e;font-weight:bold;">Ver el estado de mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">EmpleoLegal S.L. · Gran Vía 28, 28013 Madrid. Recibes este aviso porque te has inscrito en una oferta. <a href="https://www.empleolegal.example.com/baja?id=a93f" style="color:#999;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://www.empleolegal.example.com/pix/a93f.gif" width="1" height="1" alt="">
</body></html>
"""})

# =====================================================================================================
# Offers
# =====================================================================================================

# 1. Written offer with an offer-letter PDF, multipart/mixed ----------------------------------------
add({
    "key": "o_cairn_letter", "kind": "offer", "scenario": "written_offer_pdf", "language": "en",
    "company": "Cairn Assurance", "contact": "fiona.macleod@cairnassurance.example.co.uk",
    "frm": ("Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk"), "mua": "outlook",
    "subject": "Offer of employment - Compliance Monitoring Analyst", "date": "2026-04-01 10:28",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["x_cairn_update"],
    "text": """Dear Aoife,

Following Euan's call yesterday, I am delighted to formally offer you the position of Compliance Monitoring Analyst at Cairn Assurance, based at Cairn House in Glasgow.

Your offer letter is attached. In summary:
- Salary: £41,500 per annum
- Start date: Monday 1 June 2026 (or as agreed)
- Hybrid working: 3 days in the office
- 28 days' annual leave plus public holidays, 10% employer pension contribution

The offer is subject to satisfactory references and a basic disclosure check. Please sign and return the acceptance form on page 2 by Friday 10 April, or get in touch if you'd like to discuss anything.

We're really looking forward to welcoming you to the team.

Best regards,

Fiona MacLeod
HR Business Partner
Cairn Assurance
0141 496 0655

Cairn Assurance Group plc is registered in Scotland No. SC118204. Registered office: Cairn House, 150 St Vincent Street, Glasgow G2 5NE.
""",
    "attachments": [{"filename": "Offer Letter - A Nakamura-Brennan.pdf", "title": "Offer of employment", "pdf": [
        "CAIRN ASSURANCE",
        "Cairn House, 150 St Vincent Street, Glasgow G2 5NE",
        "",
        "1 April 2026",
        "PRIVATE & CONFIDENTIAL",
        "Ms Aoife Nakamura-Brennan",
        "",
        "Dear Aoife",
        "Offer of employment: Compliance Monitoring Analyst",
        "",
        "We are pleased to offer you employment on the terms below.",
        "Salary: GBP 41,500 per annum. Start date: 1 June 2026.",
        "Place of work: Glasgow (hybrid). Probation: 6 months.",
        "This offer is conditional on two satisfactory references",
        "and a basic disclosure certificate.",
        "",
        "Yours sincerely",
        "Fiona MacLeod, HR Business Partner",
        "",
        "Acceptance: I accept the offer on the terms above.",
        "Signed: ____________________  Date: __________",
    ]}]})

# 2. Verbal offer confirmed in writing -------------------------------------------------------------
add({
    "key": "o_aire_verbal", "kind": "offer", "scenario": "verbal_offer_confirmed", "language": "en",
    "company": "Aire & Calder Building Society", "contact": "rachel.stansfield@aireandcalder.example.co.uk",
    "frm": ("Rachel Stansfield", "rachel.stansfield@aireandcalder.example.co.uk"), "mua": "outlook",
    "subject": "Contract Manager (Third Party Risk) - confirmation of verbal offer", "date": "2026-05-06 16:54",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Dear Aoife,

Following our call this afternoon, I\u2019m delighted to confirm our verbal offer of the Contract Manager (Third Party Risk) role at a salary of \u00a345,000, with a start date to be agreed once you\u2019ve spoken to your current employer.

As mentioned, the offer is conditional on satisfactory references and a credit check, which is standard for roles at the Society. Your contract and offer pack will follow from our HR Operations team by the end of next week.

Mark asked me to pass on how pleased he is \u2013 he\u2019s looking forward to working with you.

Kind regards,

Rachel Stansfield
HR Adviser - Resourcing
Aire & Calder Building Society
0113 496 0441
"""})

# 3. NHS conditional offer, iso-8859-1 --------------------------------------------------------------
add({
    "key": "o_irwell_conditional", "kind": "offer", "scenario": "nhs_conditional_offer", "language": "en",
    "company": "Irwell Valley NHS Foundation Trust", "contact": "dawn.ashworth@irwellvalley.example.nhs.uk",
    "frm": ("Dawn Ashworth", "dawn.ashworth@irwellvalley.example.nhs.uk"), "mua": "outlook",
    "subject": "Conditional offer of employment - Contracts & Commissioning Officer (334-CORP-6107)", "date": "2026-06-19 12:12",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Dear Aoife

Further to your recent interview, I am pleased to make you a conditional offer of employment for the post of Contracts & Commissioning Officer, Band 6, at a starting salary of £38,682 per annum (pro rata), at Trust Headquarters, Salford.

This offer is conditional upon the following pre-employment checks being completed to the Trust's satisfaction:
 - two satisfactory references covering the last three years of employment
 - verification of your identity and right to work in the UK
 - a basic DBS check
 - occupational health clearance

You will shortly receive an email asking you to log in and complete your pre-employment documents. Please do not resign from your current post until you have received an unconditional offer and confirmed start date from me.

If you have any questions, please contact me on 0161 496 0540 or reply to this email.

Kind regards

Dawn Ashworth
Recruitment Officer
Recruitment Services
Irwell Valley NHS Foundation Trust
"""})

# 4. Contract to sign, PDF attached, start-up HR --------------------------------------------------
add({
    "key": "o_docketly_contract", "kind": "offer", "scenario": "contract_to_sign_pdf", "language": "en",
    "company": "Docketly", "contact": "sam.achebe@docketly.example.com",
    "frm": ("Sam Achebe", "sam.achebe@docketly.example.com"), "mua": "gmail",
    "subject": "Your Docketly contract \U0001F4DD", "date": "2026-05-12 11:36",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

So happy you said yes on Friday! As promised, attached is your employment contract for the Contracts & Compliance Lead role, plus the EMI share option summary.

Could you read it through, sign page 9 and send it back to me by next Wednesday? An e-signature or a scan is totally fine. If anything in there looks off, shout and we'll talk it through with Ana.

Start date is pencilled in for Monday 15 June - your laptop will arrive the week before.

Welcome (almost) to Docketly!
Sam

Sam Achebe
Talent Partner | Docketly
docketly.example.com
""",
    "attachments": [{"filename": "Docketly_Employment_Contract_ANB.pdf", "title": "Contract of employment", "pdf": [
        "DOCKETLY LTD - CONTRACT OF EMPLOYMENT",
        "",
        "Employee: Aoife Nakamura-Brennan",
        "Job title: Contracts & Compliance Lead",
        "Commencement: 15 June 2026",
        "Salary: GBP 52,000 gross per annum, paid monthly",
        "Place of work: remote-first; London office (EC1R) as required",
        "Notice: 1 month during probation, 3 months thereafter",
        "",
        "Signed for and on behalf of Docketly Ltd: ______________",
        "Signed by the Employee: ______________  Date: ________",
    ]}]})

# 5. Temp agency, exclamation-heavy, relays a named employer's offer ----------------------------
add({
    "key": "o_quayside_brightside", "kind": "offer", "scenario": "agency_offer_exclamations", "language": "en",
    "company": "Quayside Mutual", "contact": "jodie@brightsidetemps.example.co.uk",
    "frm": ("Jodie Marsh - Brightside Temps", "jodie@brightsidetemps.example.co.uk"), "mua": "generic",
    "subject": "OFFER!!! Quayside Mutual \U0001F389\U0001F389", "date": "2026-10-02 14:20",
    "charset": "utf-8", "cte": "base64",
    "text": """AOIFE!!!!

Quayside Mutual have just called and they want to OFFER you the Compliance Administrator role!!! Temp-to-perm as discussed, £15.80/hr for the first 12 weeks then going perm on £31k. Start date Monday 12th October at their Liverpool office!!

They said you were the best candidate they saw by a mile and they loved how organised your file review example was!!

Can you let me know by tomorrow lunchtime if you're accepting? I'll send the assignment details and the agency terms over as soon as you say yes!!! SO happy for you xx

Jodie Marsh
Senior Consultant - Legal & Professional
Brightside Temps | Leeds | Manchester
0113 496 0555
"""})

# 6. Amsterdam start-up, offer in English with contract PDF, alternative + attachment -----------
_BRIEFCASE_OFFER = """Hi Aoife,

It was great to have you in the office on Friday - the whole team enjoyed your session on the intake process, and Marieke hasn't stopped talking about your triage matrix.

I'm very happy to offer you the role of Contract Operations Manager at Briefcase Labs. The key terms:

- Gross salary: EUR 68,000 per year plus 8% holiday allowance
- 25 vacation days, hybrid (2 days a week at Herengracht)
- Start date: 1 December 2026, or earlier if you can
- We'll cover your relocation costs up to EUR 5,000 and help with the 30% ruling application

The offer letter and the draft employment contract are attached. The offer is valid until 16 October. Happy to jump on a call to go through anything.

Hope it's a yes!
Joost
"""
add({
    "key": "o_briefcase_offer", "kind": "offer", "scenario": "startup_offer_contract_attached", "language": "en",
    "company": "Briefcase Labs", "contact": "joost@briefcaselabs.example.nl",
    "frm": ("Joost van Dijk", "joost@briefcaselabs.example.nl"), "mua": "gmail",
    "subject": "Offer - Contract Operations Manager at Briefcase Labs", "date": "2026-10-05 17:02", "tz": "Europe/Amsterdam",
    "charset": "utf-8", "cte": "quoted-printable", "text": _BRIEFCASE_OFFER, "refs": ["i_briefcase_casual"],
    "html": '<div dir="ltr">' + paras(_BRIEFCASE_OFFER) + """<div><br></div>-- <br><div dir="ltr" class="gmail_signature">Joost van Dijk<br>Head of Legal Operations, Briefcase Labs<br>Herengracht 182, Amsterdam</div></div>
""",
    "attachments": [{"filename": "Briefcase Labs - Offer Letter - A. Nakamura-Brennan.pdf", "title": "Offer letter", "pdf": [
        "Briefcase Labs B.V. - Herengracht 182, 1016 BR Amsterdam - KvK 81234567",
        "",
        "Amsterdam, 5 October 2026",
        "Dear Aoife,",
        "We are pleased to offer you the position of Contract Operations Manager.",
        "Gross annual salary: EUR 68,000 excl. 8% holiday allowance.",
        "Start date: 1 December 2026. Contract: permanent after 12-month term.",
        "This offer is valid until 16 October 2026.",
        "",
        "Joost van Dijk, Head of Legal Operations",
    ]}, {"filename": "Employment Agreement (draft).pdf", "title": "Employment agreement", "pdf": [
        "EMPLOYMENT AGREEMENT (DRAFT)",
        "between Briefcase Labs B.V. and A. Nakamura-Brennan",
        "Article 1 - Position: Contract Operations Manager",
        "Article 2 - Term: 12 months, followed by an indefinite term",
        "Article 3 - Working hours: 40 hours per week",
    ]}]})

# 7. German asset manager, Arbeitsvertrag zur Unterschrift, PDF --------------------------------
add({
    "key": "o_roemerberg_vertrag", "kind": "offer", "scenario": "arbeitsvertrag_zur_unterschrift", "language": "de",
    "company": "Römerberg Asset Management", "contact": "nadine.koehler@roemerberg-am.example.de",
    "frm": ("Nadine Köhler", "nadine.koehler@roemerberg-am.example.de"), "mua": "outlook",
    "subject": "Ihr Arbeitsvertrag – Senior Contract Manager (m/w/d)", "date": "2026-09-07 15:48",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Nakamura-Brennan,

wir freuen uns sehr, dass Sie sich für die Römerberg Asset Management entschieden haben!

Wie mit Frau Dr. Weiß telefonisch besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als Senior Contract Manager (m/w/d) in zweifacher Ausfertigung. Die wesentlichen Eckdaten:

- Beginn: 1. Dezember 2026
- Jahreszielgehalt: 82.000 EUR brutto zzgl. variabler Vergütung
- 30 Tage Urlaub, mobiles Arbeiten bis zu 2 Tage pro Woche

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 18. September zurück – gern vorab als Scan an mich. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen

Nadine Köhler
HR Business Partner

Römerberg Asset Management GmbH
Neue Mainzer Straße 52 | 60311 Frankfurt am Main
T +49 69 5550 8120
Geschäftsführung: Dr. Konstantin Berger, Markus Aydin | Sitz: Frankfurt am Main | HRB 70 215
""",
    "attachments": [{"filename": "Arbeitsvertrag_Nakamura-Brennan.pdf", "title": "Arbeitsvertrag", "pdf": [
        "ARBEITSVERTRAG",
        "zwischen der Roemerberg Asset Management GmbH, Frankfurt am Main",
        "und Frau Aoife Nakamura-Brennan",
        "",
        "Paragraph 1 Beginn des Arbeitsverhaeltnisses: 1. Dezember 2026",
        "Paragraph 2 Taetigkeit: Senior Contract Manager (m/w/d)",
        "Paragraph 3 Verguetung: 82.000 EUR brutto p.a.",
        "Paragraph 4 Probezeit: sechs Monate",
        "",
        "Frankfurt am Main, den ____________   Unterschrift: ____________",
    ]}]})

# 8. French energy company, promesse d'embauche, PDF -------------------------------------------
add({
    "key": "o_energies_promesse", "kind": "offer", "scenario": "promesse_embauche_pdf", "language": "fr",
    "company": "Énergies du Rhône", "contact": "sophie.marchetti@energies-rhone.example.com",
    "frm": ("Sophie Marchetti", "sophie.marchetti@energies-rhone.example.com"), "mua": "outlook",
    "subject": "Promesse d'embauche - Contract Manager (bureau de Francfort)", "date": "2026-07-03 17:25",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Madame,

Suite à vos entretiens avec Mme Vidal et M. Huber, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Contract Manager au sein de notre bureau de trading de Francfort.

Vous y trouverez les conditions de rémunération (72 000 € bruts annuels, part variable jusqu'à 10 %), la date de prise de poste envisagée (1er septembre 2026) ainsi que les modalités de votre contrat de droit allemand.

Nous vous remercions de nous retourner le document daté et signé, précédé de la mention « Bon pour accord », avant le 15 juillet.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,

Sophie Marchetti
Responsable RH - Trading & International
Énergies du Rhône
1 quai Jean Moulin, 69001 Lyon
""",
    "attachments": [{"filename": "Promesse_embauche_ANB.pdf", "title": "Promesse d'embauche", "pdf": [
        "ENERGIES DU RHONE - Direction des Ressources Humaines",
        "",
        "Lyon, le 3 juillet 2026",
        "Objet : promesse d'embauche",
        "",
        "Madame,",
        "Nous avons le plaisir de vous confirmer notre proposition d'embauche",
        "au poste de Contract Manager, bureau de Francfort (Allemagne).",
        "Remuneration : 72 000 EUR bruts annuels + part variable (10 % max.)",
        "Date d'entree : 1er septembre 2026",
        "",
        "Bon pour accord, date et signature : ____________________",
    ]}]})

# 9. Paris legal-tech, verbal offer confirmed, tu --------------------------------------------
add({
    "key": "o_clauseo_orale", "kind": "offer", "scenario": "offre_orale_confirmee_tu", "language": "fr",
    "company": "Clauseo", "contact": "hugo@clauseo.example.com",
    "frm": ("Hugo Marchand", "hugo@clauseo.example.com"), "mua": "gmail",
    "subject": "Re: On se cale une visio ?", "date": "2026-09-10 19:18",
    "charset": "utf-8", "cte": "8bit", "refs": ["i_clauseo_tu"],
    "text": """Re-hello Aoife,

Comme je te l'ai dit au téléphone tout à l'heure : on est ravis de te proposer le poste de Legal Ops à Amsterdam ! 🎉

Pour récap ce qu'on s'est dit :
- 62 000 € bruts annuels + BSPCE (le détail arrive avec le contrat)
- démarrage le 2 novembre si ça te va
- 2 jours par semaine au bureau d'Amsterdam, le reste en remote

Je t'envoie la proposition écrite et le contrat d'ici lundi. Dis-moi si tu as la moindre question d'ici là.

Trop hâte de bosser avec toi,
Hugo

""" + gmail_quote("mer. 19 août 2026 à 12:07", "Hugo Marchand", "hugo@clauseo.example.com",
                  """Hello Aoife,

Est-ce que tu serais dispo pour un premier entretien en visio jeudi 27 août à 10h (heure de Paris) ? Compte 45 min.

Hugo""", lang="fr")})

# 10. Spanish bank, carta oferta, usted, alternative -----------------------------------------
_MERIDIANO_OFERTA = """Estimada Sra. Nakamura-Brennan:

Tras el proceso de selección para el puesto de Especialista en Gestión de Contratos en nuestra sucursal de Londres, tenemos el placer de ofrecerle incorporarse a Banco Meridiano.

Condiciones principales de la oferta:
- Retribución fija: 54.000 GBP brutos anuales, más retribución variable según objetivos
- Incorporación: 1 de septiembre de 2026
- Contrato indefinido con un periodo de prueba de seis meses

Le enviaremos la carta oferta formal por DocuSign en los próximos días. Le agradeceríamos que nos confirmara su aceptación antes del 12 de junio.

Será un placer contar con usted en el equipo de D. Álvaro Sanz.

Atentamente,

Lucía Ferrer Campos
Técnico de Selección - Dirección de Talento
Banco Meridiano
"""
add({
    "key": "o_meridiano_oferta", "kind": "offer", "scenario": "banco_oferta_usted", "language": "es",
    "company": "Banco Meridiano", "contact": "lucia.ferrer@bancomeridiano.example.com",
    "frm": ("Lucía Ferrer Campos", "lucia.ferrer@bancomeridiano.example.com"), "mua": "outlook",
    "subject": "Oferta de incorporación - Especialista en Gestión de Contratos", "date": "2026-06-01 13:15",
    "charset": "utf-8", "cte": "base64", "text": _MERIDIANO_OFERTA, "refs": ["x_meridiano_hora"],
    "html": outlook_html(_MERIDIANO_OFERTA, """<p class="MsoNormal"><span style="font-size:8.0pt;color:#7f7f7f">Banco Meridiano, S.A. – Paseo de la Castellana 101, 28046 Madrid. La información contenida en este mensaje es confidencial.</span></p>""", lang="ES")})
