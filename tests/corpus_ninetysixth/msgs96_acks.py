"""Application acknowledgements (21) and offers (10) of the ninety-sixth corpus, each written by hand."""

from __future__ import annotations

from msgs96_common import spec

RECEIVED = [
    # 1 -- Workday, HTML only
    spec(
        kind="application_received", scen="workday_thank_you", lang="en",
        company="Pennine Learning Partnership", contact="",
        frm=("Pennine Learning Partnership Talent Acquisition", "penninelp@myworkday.com"),
        subj="Thank you for applying – Curriculum & Training Lead (JR-04417)",
        date="2026-01-14 21:37 +0000",
        mid="<1771112005.41220.1768426620331@wd3-prod-mail-a2.myworkday.com>",
        cs="utf-8", cte="qp",
        html="""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #5b2c83;"><img src="https://wd3.myworkday.com/penninelp/images/logo_email.png" alt="Pennine Learning Partnership" width="180" height="48" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;line-height:21px;">
<p style="margin:0 0 14px 0;">Hi Gareth,</p>
<p style="margin:0 0 14px 0;">Thank you for applying for <strong>Curriculum &amp; Training Lead</strong> (JR-04417). We have successfully received your application.</p>
<p style="margin:0 0 14px 0;">Our recruitment team and the hiring manager will review all applications after the closing date of 2 February 2026. You can check the status of your application at any time from your Candidate Home.</p>
<p style="margin:0 0 14px 0;">Thank you for your interest in working with us to give every young person across the Pennines a great education.</p>
<p style="margin:0 0 24px 0;">People &amp; Talent Team<br>Pennine Learning Partnership</p>
</td></tr>
<tr><td align="center" style="padding:0 32px 28px 32px;"><a href="https://wd3.myworkday.com/penninelp/d/inst/candidatehome.htmld?utm_source=email&amp;utm_medium=ack" style="background-color:#5b2c83;color:#ffffff;text-decoration:none;padding:10px 22px;border-radius:3px;display:inline-block;">View Candidate Home</a></td></tr>
<tr><td style="padding:16px 32px;background-color:#eeeeee;font-size:11px;line-height:16px;color:#777777;">Pennine Learning Partnership is a charitable company limited by guarantee, registered in England and Wales No 07734120.<br>This is an automated message sent from Workday. Please do not reply to this email.</td></tr>
</table>
<img src="https://wd3.myworkday.com/penninelp/trk/open.gif?e=41220&amp;r=JR-04417" width="1" height="1" alt="" style="display:block;border:0;">
</td></tr></table>
</body></html>
""",
    ),
    # 2 -- "if you have not heard within 4 weeks ... assume unsuccessful": still an acknowledgement
    spec(
        kind="application_received", scen="council_four_weeks_clause", lang="en",
        company="Calderbrook Metropolitan Borough Council", contact="",
        frm=("Calderbrook Council Recruitment", "no-reply@calderbrook.example.co.uk"),
        subj="Application received: Workforce Development Officer (CMBC-2026-077)",
        date="2026-02-06 23:12 +0000",
        cs="utf-8", cte="7bit",
        text="""Dear Gareth Nwosu-Whitfield

Thank you for your application for the post of Workforce Development Officer
(CMBC-2026-077). This email confirms that your application has been received.

The closing date for this vacancy is 13 February 2026. Shortlisting will take place
shortly after the closing date and interviews are expected to be held in early March.

Please note: due to the volume of applications we receive, we are unable to contact
every applicant. If you have not heard from us within 4 weeks of the closing date,
please assume that your application has been unsuccessful on this occasion.

Thank you for your interest in working for Calderbrook Council.

Recruitment Team
Calderbrook Metropolitan Borough Council

This is an automatically generated email - please do not reply.
""",
    ),
    # 3 -- small charity: "we're not able to reply to every applicant", alternative, role mailbox
    spec(
        kind="application_received", scen="charity_cannot_reply_all", lang="en",
        company="Open Door Science Trust", contact="jobs@opendoorscience.example.co.uk",
        frm=("Open Door Science Trust", "jobs@opendoorscience.example.co.uk"),
        subj="Re: Application – Schools Programme Trainer",
        date="2026-01-20 09:15 +0000",
        irt="<CAGnw7=ODST0119@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        text="""Dear Gareth,

Thank you for applying for the Schools Programme Trainer role and for telling us about
your after-school science club – it's exactly the spirit of what we do.

We've received your application and it will be reviewed by the programme team after the
closing date (30 January). As a small charity we're not able to reply to every applicant
individually, but if you're shortlisted we'll be in touch by 13 February to arrange an
interview.

If you have any access requirements for the recruitment process, or any questions about
the role, just reply to this email and one of us will get back to you.

Best wishes,

Ruth Amankwah
Operations Coordinator
Open Door Science Trust
Registered charity no. 1172209 · 21 Hope Street, Liverpool L1 9BQ
""",
        html="""<div style="font-family:Verdana,sans-serif;font-size:13px;color:#202020;line-height:1.5;">
<p>Dear Gareth,</p>
<p>Thank you for applying for the Schools Programme Trainer role and for telling us about your after-school science club &ndash; it&rsquo;s exactly the spirit of what we do.</p>
<p>We&rsquo;ve received your application and it will be reviewed by the programme team after the closing date (30 January). As a small charity we&rsquo;re not able to reply to every applicant individually, but if you&rsquo;re shortlisted we&rsquo;ll be in touch by 13 February to arrange an interview.</p>
<p>If you have any access requirements for the recruitment process, or any questions about the role, just reply to this email and one of us will get back to you.</p>
<p>Best wishes,</p>
<p><b>Ruth Amankwah</b><br>Operations Coordinator<br>Open Door Science Trust<br>
<img src="https://opendoorscience.example.co.uk/img/odst-sig.png" alt="Open Door Science Trust logo" width="90"><br>
<span style="font-size:11px;color:#666;">Registered charity no. 1172209 &middot; 21 Hope Street, Liverpool L1 9BQ</span></p>
</div>
""",
    ),
    # 4 -- job board confirms the application was sent to the employer, HTML only
    spec(
        kind="application_received", scen="job_board_sent_to_employer", lang="en",
        company="Dunmore Retail Group", contact="",
        frm=("JobHarbour", "applications@jobharbour.example.co.uk"),
        subj="Your application has been sent to Dunmore Retail Group",
        date="2026-03-09 20:48 +0000",
        cs="utf-8", cte="base64",
        hdrs={"List-Unsubscribe": "<https://www.jobharbour.example.co.uk/account/emails/unsubscribe?u=gnw81>"},
        html="""<!doctype html>
<html><head><meta charset="utf-8"><title>Application sent</title></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 8px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1c2b39;">
<tr><td style="padding:16px 24px;background:#0b6e99;"><a href="https://t.jobharbour.example.co.uk/c/eJx1kM1uwzAI_logo"><img src="https://cdn.jobharbour.example.co.uk/email/logo-white.png" alt="JobHarbour" width="130" border="0"></a></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
<p style="margin:0 0 12px 0;font-size:20px;font-weight:bold;">Application sent &#10003;</p>
<p>Hi Gareth, your application has been sent to <b>Dunmore Retail Group</b>.</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #dde3e8;border-radius:4px;font-size:14px;">
<tr><td><b>Regional Training Manager &ndash; North</b><br>Dunmore Retail Group &middot; Sheffield (hybrid)<br>&pound;42,000 &ndash; &pound;47,000 a year</td></tr>
</table>
<p>What happens next? The employer will review your CV. If they're interested, they'll contact you directly. We'll let you know if they view your application.</p>
<p><a href="https://t.jobharbour.example.co.uk/c/eJx1kM1uwzAI_myapps" style="color:#0b6e99;">Track your applications</a></p>
<p style="margin-top:24px;font-weight:bold;">Similar jobs you might like</p>
<p><a href="https://t.jobharbour.example.co.uk/c/eJx1kM1uwzAI_job1" style="color:#0b6e99;">L&amp;D Business Partner</a> &ndash; Leeds<br>
<a href="https://t.jobharbour.example.co.uk/c/eJx1kM1uwzAI_job2" style="color:#0b6e99;">Training Coordinator</a> &ndash; Rotherham<br>
<a href="https://t.jobharbour.example.co.uk/c/eJx1kM1uwzAI_job3" style="color:#0b6e99;">Learning Designer</a> &ndash; Manchester</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7b8a97;border-top:1px solid #e3e8ec;">You're receiving this because you applied through JobHarbour. <a href="https://www.jobharbour.example.co.uk/account/emails/unsubscribe?u=gnw81" style="color:#7b8a97;">Unsubscribe</a> &middot; JobHarbour Ltd, 1 St Peter's Square, Manchester M2 3DE</td></tr>
</table></td></tr></table>
<img src="https://t.jobharbour.example.co.uk/o/eJx1kM1uwzAI.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 5 -- Greenhouse acknowledgement, alternative, no reply
    spec(
        kind="application_received", scen="greenhouse_thanks_for_applying", lang="en",
        company="Brightloop Learning", contact="",
        frm=("Brightloop Learning via Greenhouse", "no-reply@greenhouse-mail.io"),
        subj="Thanks for applying to Brightloop Learning!",
        date="2026-02-23 07:58 +0000",
        mid="<65d84f0e1b9c2_7d2e4a1f88@greenhouse-mail.io>",
        cs="utf-8", cte="base64",
        text="""Hi Gareth,

Thanks for applying for the Learning Experience Designer role at Brightloop Learning!

We've got your application and our team is reviewing it now. We read every application
ourselves and aim to get back to everyone within two weeks, whatever the outcome.

In the meantime, you can find out more about how we build courses on our blog:
https://brightloop.example.co.uk/blog

Best,
The Brightloop Learning team

Please don't reply to this email; it comes from an unmonitored address.
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<img src="https://s3.amazonaws.com/grnhse-logos/brightloop/logo-dark.png" alt="Brightloop Learning" width="140">
<p>Hi Gareth,</p>
<p>Thanks for applying for the <b>Learning Experience Designer</b> role at Brightloop Learning!</p>
<p>We&rsquo;ve got your application and our team is reviewing it now. We read every application ourselves and aim to get back to everyone within two weeks, whatever the outcome.</p>
<p>In the meantime, you can find out more about how we build courses on <a href="https://brightloop.example.co.uk/blog?utm_source=greenhouse&amp;utm_medium=email">our blog</a>.</p>
<p>Best,<br>The Brightloop Learning team</p>
<p style="font-size:11px;color:#999;">Please don&rsquo;t reply to this email; it comes from an unmonitored address.</p>
<img src="https://app.greenhouse.io/email_tracking/open/65d84f0e1b9c2.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 6 -- NHS job platform: application submitted
    spec(
        kind="application_received", scen="nhs_application_submitted", lang="en",
        company="Aire Valley Teaching Hospitals NHS Trust", contact="",
        frm=("NHS Jobs", "no-reply@nhsjobs.example.co.uk"),
        subj="Application submitted: Learning and Development Facilitator (180-LD-2026-087)",
        date="2026-03-04 21:15 +0000",
        cs="utf-8", cte="7bit",
        text="""Dear Gareth Nwosu-Whitfield

You have successfully submitted your application.

Job reference: 180-LD-2026-087
Job title: Learning and Development Facilitator (Band 5)
Employer: Aire Valley Teaching Hospitals NHS Trust
Closing date: 18 March 2026

The employer will review your application after the closing date. You will be able to
see any updates by signing in to your NHS Jobs account.

If you need to withdraw your application, you can do this from your account.

NHS Jobs

Do not reply to this email. This mailbox is not monitored.
""",
    ),
    # 7 -- Irish university: no-reply sender, Reply-To the HR recruitment mailbox, Latin-1
    spec(
        kind="application_received", scen="university_ack_replyto_role", lang="en",
        company="Technological University of the Liffey", contact="hr.recruitment@tuliffey.example.ie",
        frm=("TU Liffey Careers", "noreply@tuliffey.example.ie"),
        rto=("HR Recruitment - TU Liffey", "hr.recruitment@tuliffey.example.ie"),
        subj="Acknowledgement of application - Learning Technologist (TUL-HR-0319)",
        date="2026-03-30 10:40 +0100",
        cs="iso-8859-1", cte="qp",
        text="""Dear Gareth,

Thank you for your application for the post of Learning Technologist (Ref. TUL-HR-0319)
at Technological University of the Liffey. This is to confirm that your application was
received before the closing date.

Shortlisting will take place in April. Please note that the University may shortlist
candidates on the basis of the information in the application form, so it is important
that your form gives a full account of your experience.

Should you have any queries in the meantime, please reply to this email and the
Recruitment & Selection team will respond.

Yours sincerely,

Human Resources Department
Technological University of the Liffey
Bolton Street Campus, Dublin 1

Is fostaí comhionannais deiseanna í Ollscoil Teicneolaíochta na Life.
TU Liffey is an equal opportunities employer.
""",
    ),
    # 8 -- Taleo, Edinburgh university, alternative
    spec(
        kind="application_received", scen="taleo_university_edinburgh", lang="en",
        company="Caledon University", contact="",
        frm=("Caledon University", "caledon@taleo.net"),
        subj="Application Received - Learning Designer (Vacancy 003812)",
        date="2026-05-04 12:20 +0100",
        cs="utf-8", cte="qp",
        text="""Dear Gareth Nwosu-Whitfield,

Thank you for your interest in Caledon University. We confirm receipt of your application
for the position of Learning Designer, Institute for Academic Development (Vacancy
003812).

Your application will now be considered by the recruitment panel. We aim to notify all
candidates of the outcome of shortlisting within three weeks of the closing date.

You can review your submission at any time by logging into your candidate account.

Kind regards,
Resourcing Team, Human Resources
Caledon University, Old College, South Bridge, Edinburgh EH8 9YL

Caledon University is a charitable body, registered in Scotland, with registration
number SC004711. This is an automated email; please do not reply.
""",
        html="""<html><body>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:13px;color:#1a1a1a;">
<tr><td style="padding:12px 0;border-bottom:3px solid #041e42;"><img src="https://caledon.taleo.net/careersection/theme/3/caledon_crest.png" alt="Caledon University crest" height="50"></td></tr>
<tr><td style="padding:18px 0;line-height:19px;">
<p>Dear Gareth Nwosu-Whitfield,</p>
<p>Thank you for your interest in Caledon University. We confirm receipt of your application for the position of <b>Learning Designer, Institute for Academic Development</b> (Vacancy 003812).</p>
<p>Your application will now be considered by the recruitment panel. We aim to notify all candidates of the outcome of shortlisting within three weeks of the closing date.</p>
<p>You can review your submission at any time by <a href="https://caledon.taleo.net/careersection/ext/mysubmissions.ftl?lang=en">logging into your candidate account</a>.</p>
<p>Kind regards,<br>Resourcing Team, Human Resources<br>Caledon University, Old College, South Bridge, Edinburgh EH8 9YL</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;border-top:1px solid #ccc;padding-top:8px;">Caledon University is a charitable body, registered in Scotland, with registration number SC004711. This is an automated email; please do not reply.</td></tr>
</table>
</body></html>
""",
    ),
    # 9 -- family business owner writes back herself, Gmail quote
    spec(
        kind="application_received", scen="family_business_owner", lang="en",
        company="Whitworth's Family Bakeries", contact="pauline@whitworths.example.co.uk",
        frm=("Pauline Whitworth", "pauline@whitworths.example.co.uk"),
        subj="Re: Training Coordinator",
        date="2026-08-07 17:46 +0100",
        irt="<CAGnw7=WFB0806@mail.example.co.uk>",
        cs="utf-8", cte="8bit",
        text="""Hello Gareth,

Got your CV and letter, thank you. I'll have a proper look over the weekend with my
son Rob (he runs the shops now) and come back to you next week.

Pauline

Pauline Whitworth
Whitworth's Family Bakeries
Baking in Stockport since 1952 – 14 shops across the North West

On Thu, 6 Aug 2026 at 21:30, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> wrote:
> Dear Mrs Whitworth,
> Please find attached my CV and covering letter for the Training Coordinator role
> advertised in the Stockport Express. I would welcome the opportunity to discuss it.
> Kind regards, Gareth Nwosu-Whitfield
""",
    ),
    # 10 -- BambooHR acknowledgement, department store, alternative
    spec(
        kind="application_received", scen="bamboohr_department_store", lang="en",
        company="Pemberton & Lowe", contact="",
        frm=("Pemberton & Lowe", "notifications@bamboohr.com"),
        subj="Thanks for applying to Pemberton & Lowe",
        date="2026-08-24 13:05 +0100",
        cs="utf-8", cte="base64",
        text="""Hi Gareth,

Thank you for your application for the Learning & Development Advisor position at
Pemberton & Lowe. We've received it and our People team will be in touch if your
experience is a match for the role.

We appreciate your interest in joining a family of 1,200 colleagues across our six
stores.

Regards,
People Team
Pemberton & Lowe

Pemberton & Lowe Ltd · 2-8 Bold Street, Liverpool L1 4DS
This email was sent from an unattended mailbox.
""",
        html="""<div style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#38312f;max-width:580px;">
<p><img src="https://pembertonlowe.bamboohr.com/logos/pl-wordmark.png" alt="Pemberton &amp; Lowe" width="160"></p>
<p>Hi Gareth,</p>
<p>Thank you for your application for the <strong>Learning &amp; Development Advisor</strong> position at Pemberton &amp; Lowe. We've received it and our People team will be in touch if your experience is a match for the role.</p>
<p>We appreciate your interest in joining a family of 1,200 colleagues across our six stores.</p>
<p>Regards,<br>People Team<br>Pemberton &amp; Lowe</p>
<p style="font-size:11px;color:#8c8280;">Pemberton &amp; Lowe Ltd &middot; 2-8 Bold Street, Liverpool L1 4DS<br>This email was sent from an unattended mailbox. Powered by <a href="https://www.bamboohr.com/?utm_source=ats-email" style="color:#8c8280;">BambooHR</a>.</p>
</div>
""",
    ),
    # 11 -- Workable acknowledgement, Amsterdam, alternative
    spec(
        kind="application_received", scen="workable_ack_amsterdam", lang="en",
        company="Kinetica Labs", contact="",
        frm=("Kinetica Labs", "noreply@workablemail.com"),
        subj="Thanks for applying to Kinetica Labs",
        date="2026-03-25 22:03 +0100",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thanks for applying to the Learning Designer position at Kinetica Labs. Your
application has been received and the hiring team will review it in the coming days.

We'll get back to you either way.

Best regards,
Kinetica Labs

---
Kinetica Labs B.V. · Keizersgracht 221, 1016 DV Amsterdam
Sent with Workable. This mailbox is not monitored.
""",
        html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#333;">
<p><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/kinetica-labs.png" alt="Kinetica Labs" height="40"></p>
<p>Hi Gareth,</p>
<p>Thanks for applying to the <b>Learning Designer</b> position at Kinetica Labs. Your application has been received and the hiring team will review it in the coming days.</p>
<p>We'll get back to you either way.</p>
<p>Best regards,<br>Kinetica Labs</p>
<p style="font-size:11px;color:#999;">Kinetica Labs B.V. &middot; Keizersgracht 221, 1016 DV Amsterdam<br>Sent with <a href="https://workable.com/?utm_source=candidate_email" style="color:#999;">Workable</a>. This mailbox is not monitored.</p>
</div>
""",
    ),
    # 12 -- Personio acknowledgement in German, HTML only
    spec(
        kind="application_received", scen="personio_eingangsbestaetigung", lang="de",
        company="Lernwerk", contact="",
        frm=("Lernwerk AG", "noreply@personio.de"),
        subj="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-02-26 20:14 +0100",
        cs="utf-8", cte="qp",
        html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;color:#24292f;">
<tr><td style="padding:26px 34px 6px 34px;"><img src="https://lernwerk.jobs.personio.de/assets/company/logo-lernwerk.png" alt="Lernwerk AG" width="150"></td></tr>
<tr><td style="padding:12px 34px 24px 34px;font-size:14px;line-height:22px;">
<p>Guten Tag Herr Nwosu-Whitfield</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Learning Experience Designer (m/w/d)</b> und Ihr Interesse an der Lernwerk AG. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns so rasch wie möglich, spätestens innert drei Wochen, bei Ihnen.</p>
<p>Freundliche Grüsse<br>Ihr Lernwerk-Team</p>
</td></tr>
<tr><td style="padding:14px 34px;border-top:1px solid #e1e4e8;font-size:11px;line-height:16px;color:#6a737d;">
Lernwerk AG · Hardturmstrasse 161 · 8005 Zürich<br>Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.
</td></tr>
</table></td></tr></table>
<img src="https://lernwerk.jobs.personio.de/t/o/1c90ef4d.png" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 13 -- "we cannot answer each application individually; no news within four weeks..."
    spec(
        kind="application_received", scen="successfactors_keine_einzelantwort", lang="de",
        company="Alpenblick Versicherungen", contact="",
        frm=("Alpenblick Versicherungen AG", "alpenblick@successfactors.eu"),
        subj="Ihre Bewerbung: Fachspezialist/in Learning & Development (80-100 %)",
        date="2026-04-15 19:52 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Vielen Dank für Ihre Bewerbung als Fachspezialist/in Learning & Development (80-100 %).
Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Aufgrund der sehr hohen Anzahl an Zuschriften
ist es uns leider nicht möglich, jede Bewerbung einzeln zu beantworten. Sollten Sie
innerhalb von vier Wochen nichts von uns hören, haben wir uns für andere Kandidatinnen
und Kandidaten entschieden.

Freundliche Grüsse

Alpenblick Versicherungen AG
Human Resources
Mythenquai 50, 8002 Zürich

Diese Nachricht wurde automatisch generiert.
""",
    ),
    # 14 -- softgarden acknowledgement, HTML only
    spec(
        kind="application_received", scen="softgarden_danke", lang="de",
        company="Kinderleicht Lernsysteme", contact="",
        frm=("Kinderleicht Lernsysteme GmbH", "noreply@softgarden.io"),
        subj="Vielen Dank für Ihre Bewerbung!",
        date="2026-05-22 08:31 +0200",
        cs="utf-8", cte="base64",
        html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="background:#ffcc00;padding:16px 28px;"><img src="https://kinderleicht.softgarden.io/assets/logo_kl.png" alt="Kinderleicht Lernsysteme" width="170"></td></tr>
<tr><td style="padding:26px 28px;line-height:22px;">
<p>Sehr geehrter Herr Nwosu-Whitfield,</p>
<p>herzlichen Dank für Ihre Bewerbung als <strong>Learning Designer (m/w/d) – Standort Amsterdam</strong>. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Unser Recruiting-Team sichtet Ihre Bewerbung und meldet sich in den nächsten zwei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.</p>
<p><a href="https://kinderleicht.softgarden.io/candidate/applications?lang=de" style="color:#1a5fb4;">Zum Bewerberkonto</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kinderleicht Lernsysteme GmbH</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f7f7f7;font-size:11px;color:#777777;line-height:16px;">
Kinderleicht Lernsysteme GmbH · Leopoldstraße 31 · 80802 München · Geschäftsführer: Dr. Bernhard Kloiber, Anja Seidl · HRB 214455<br>Diese Nachricht wurde über softgarden versendet.
</td></tr>
</table></td></tr></table>
<img src="https://kinderleicht.softgarden.io/mail/open/4b1d02e6aa.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 15 -- Swiss university HR writes personally, Windows-1252
    spec(
        kind="application_received", scen="hochschule_eingang_persoenlich", lang="de",
        company="Hochschule für Didaktik Zürich", contact="regula.baumgartner@hdz.example.ch",
        frm=("Regula Baumgartner", "regula.baumgartner@hdz.example.ch"),
        subj="Eingang Ihrer Bewerbung – Wissenschaftliche/r Mitarbeiter/in Digitale Lehre",
        date="2026-02-12 15:26 +0100",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Besten Dank für Ihre Bewerbung als Wissenschaftlicher Mitarbeiter Digitale Lehre
(60–80 %), die wir am 10. Februar erhalten haben.

Die Bewerbungsfrist läuft bis zum 28. Februar. Anschliessend sichtet die
Findungskommission alle Dossiers; wir rechnen damit, Ihnen bis Ende März einen
Zwischenbescheid geben zu können.

Für Fragen zum Verfahren stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Regula Baumgartner
HR-Fachfrau
Hochschule für Didaktik Zürich
Abteilung Personal
Lagerstrasse 2, 8090 Zürich
Telefon +41 43 555 21 07
""",
    ),
    # 16 -- Taleo acknowledgement in French, HTML only
    spec(
        kind="application_received", scen="taleo_accuse_reception", lang="fr",
        company="Formations Léman", contact="",
        frm=("Formations Léman SA", "formations-leman@taleo.net"),
        subj="Accusé de réception – Concepteur/trice pédagogique (Zurich)",
        date="2026-02-17 22:41 +0100",
        cs="utf-8", cte="qp",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body bgcolor="#ffffff">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="font-family:Arial,sans-serif;font-size:13px;color:#303030;">
<tr><td style="padding:14px 0;border-bottom:2px solid #0079c1;"><img src="https://formationsleman.taleo.net/careersection/theme/4011/logo_fl.gif" alt="Formations Léman" border="0"></td></tr>
<tr><td style="padding:22px 0;line-height:20px;">
<p>Monsieur,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Concepteur/trice pédagogique</b> (Zurich, 80–100&nbsp;%) et vous remercions de l&#39;intérêt que vous portez à Formations Léman SA.</p>
<p>Votre dossier va être examiné avec attention par notre service des ressources humaines et par la responsable du poste. Nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Vous pouvez suivre l&#39;état de votre candidature dans votre <a href="https://formationsleman.taleo.net/careersection/2/mysubmissions.ftl?lang=fr">espace candidat</a>.</p>
<p>Nous vous prions d&#39;agréer, Monsieur, nos salutations distinguées.</p>
<p>Service des ressources humaines<br>Formations Léman SA</p>
</td></tr>
<tr><td style="font-size:10px;color:#8c8c8c;border-top:1px solid #cccccc;padding-top:10px;">Formations Léman SA &ndash; Avenue de Rhodanie 58 &ndash; 1007 Lausanne. Ce message a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>
</table>
</body></html>
""",
    ),
    # 17 -- "sans nouvelles de notre part dans un délai de six semaines": still an acknowledgement
    spec(
        kind="application_received", scen="fondation_six_semaines", lang="fr",
        company="Fondation Horizon Éducation", contact="",
        frm=("Fondation Horizon Éducation – Recrutement", "recrutement@horizon-education.example.ch"),
        subj="Accusé de réception de votre candidature",
        date="2026-05-29 06:02 +0200",
        cs="iso-8859-1", cte="qp",
        hdrs={"Auto-Submitted": "auto-generated"},
        text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de chargé(e) de formation
(programmes enseignants) à Zurich et vous remercions de l'intérêt que vous portez à la
Fondation Horizon Éducation.

Votre dossier sera étudié avec attention. En raison du grand nombre de dossiers reçus,
nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque
candidature. Sans nouvelles de notre part dans un délai de six semaines, vous pouvez
considérer que votre candidature n'a pas été retenue.

Avec nos meilleures salutations,

Service des ressources humaines
Fondation Horizon Éducation
Rue de Lausanne 64 - 1202 Genève

Ce message est généré automatiquement. Merci de ne pas y répondre.
""",
    ),
    # 18 -- SmartRecruiters acknowledgement in French, HTML only
    spec(
        kind="application_received", scen="smartrecruiters_merci", lang="fr",
        company="Savoirs & Co", contact="",
        frm=("Savoirs & Co", "noreply@smartrecruiters.com"),
        subj="Merci pour votre candidature chez Savoirs & Co !",
        date="2026-06-30 18:27 +0200",
        cs="utf-8", cte="qp",
        html="""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f1ea;">
<center>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="max-width:600px;background:#ffffff;font-family:Arial,sans-serif;color:#2d2a26;">
<tr><td style="padding:22px 28px;border-bottom:1px solid #e8e2d6;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/savoirs-and-co/logo.png" alt="Savoirs &amp; Co" width="150"></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:22px;">
<p>Bonjour Gareth,</p>
<p>Merci d&rsquo;avoir postulé au poste de <b>Learning Designer &ndash; Dublin</b> ! Nous avons bien reçu votre candidature.</p>
<p>Notre équipe la lit avec attention et reviendra vers vous sous deux à trois semaines. D&rsquo;ici là, vous pouvez découvrir nos parcours de formation sur notre site.</p>
<p>À très vite,<br>L&rsquo;équipe Talents &ndash; Savoirs &amp; Co</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8b857b;border-top:1px solid #e8e2d6;">Savoirs &amp; Co SAS &middot; 40 rue du Faubourg Poissonnière, 75010 Paris &middot; <a href="https://click.smartrecruiters.com/ls/click?upn=sav-unsub-3k" style="color:#8b857b;">Se désabonner</a></td></tr>
</table>
</center>
<img src="https://click.smartrecruiters.com/wf/open?upn=sav-open-3k" alt="" width="1" height="1">
</body></html>
""",
    ),
    # 19 -- Teamtailor acknowledgement in Spanish, tú, HTML only
    spec(
        kind="application_received", scen="teamtailor_gracias_tu", lang="es",
        company="Aprende Más", contact="",
        frm=("Aprende Más", "no-reply@teamtailor-mail.com"),
        subj="¡Gracias por tu candidatura, Gareth!",
        date="2026-04-28 23:05 +0200",
        cs="utf-8", cte="qp",
        html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f3ff;"><tr><td align="center" style="padding:28px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Arial,sans-serif;color:#2e2440;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://assets.teamtailor-cdn.com/aprendemas/logo-morado.png" alt="Aprende Más" width="130"></td></tr>
<tr><td style="padding:18px 32px 26px 32px;font-size:15px;line-height:23px;">
<p>¡Hola, Gareth!</p>
<p>Hemos recibido tu candidatura para <strong>Diseñador/a instruccional</strong>. ¡Gracias por pensar en nosotros!</p>
<p>Nuestro equipo la revisará en los próximos días y te escribiremos pase lo que pase. Mientras tanto, puedes conocer un poco más sobre cómo trabajamos en nuestra página de empleo.</p>
<p><a href="https://aprendemas.teamtailor.com/?utm_source=email&amp;utm_campaign=candidatura" style="color:#6b3fd4;">Descubre Aprende Más</a></p>
<p>Un saludo,<br>El equipo de Aprende Más</p>
</td></tr>
<tr><td style="padding:12px 32px;font-size:11px;color:#8f86a0;border-top:1px solid #eee;">Aprende Más S.L. · Calle de Fuencarral 96, 28004 Madrid · Este correo se ha enviado desde una dirección que no admite respuestas.</td></tr>
</table></td></tr></table>
<img src="https://tracking.teamtailor-mail.com/o/1f4c88/open.gif" width="1" height="1" alt="">
""",
    ),
    # 20 -- "no podremos responder individualmente ... 30 días": still an acknowledgement
    spec(
        kind="application_received", scen="fundacion_treinta_dias", lang="es",
        company="Fundación Ciencia Abierta", contact="",
        frm=("Fundación Ciencia Abierta – Empleo", "empleo@cienciaabierta.example.es"),
        subj="Recepción de candidatura – Técnico/a de formación",
        date="2026-06-01 09:00 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        hdrs={"Auto-Submitted": "auto-replied"},
        text="""Estimado/a candidato/a:

Le confirmamos la recepción de su candidatura para el puesto de Técnico/a de formación
de la Fundación Ciencia Abierta. Le agradecemos el interés mostrado.

Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas
preseleccionadas para la fase de entrevistas. Si no recibe noticias nuestras en un plazo
de 30 días, entienda que su candidatura no ha sido seleccionada en esta ocasión.

Atentamente,

Departamento de Personas
Fundación Ciencia Abierta
C/ de Alcalá 155, 28009 Madrid

Este es un mensaje automático; por favor, no responda a este correo.
""",
    ),
    # 21 -- Spanish job platform confirms the application went to a university, HTML only
    spec(
        kind="application_received", scen="portal_empleo_enviada", lang="es",
        company="Universidad Abierta de Madrid", contact="",
        frm=("Empleo Claro", "avisos@empleoclaro.example.es"),
        subj="Tu candidatura se ha enviado a Universidad Abierta de Madrid",
        date="2026-08-21 16:44 +0200",
        cs="utf-8", cte="qp",
        hdrs={"List-Unsubscribe": "<mailto:baja@empleoclaro.example.es?subject=baja>, <https://www.empleoclaro.example.es/baja?u=88121>"},
        html="""<html><body style="margin:0;background:#f2f5f3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#22302a;">
<tr><td style="padding:16px 24px;background:#1f8a5b;"><img src="https://static.empleoclaro.example.es/mail/logo-blanco.png" alt="Empleo Claro" width="140"></td></tr>
<tr><td style="padding:24px;line-height:22px;">
<p>Hola, Gareth:</p>
<p>Tu candidatura a la oferta <b>Técnico/a en Diseño Instruccional (PAS laboral)</b> se ha enviado correctamente a <b>Universidad Abierta de Madrid</b>.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="background:#f6faf8;border:1px solid #d7e6de;font-size:13px;">
<tr><td>Empresa</td><td>Universidad Abierta de Madrid</td></tr>
<tr><td>Ubicación</td><td>Madrid</td></tr>
<tr><td>Fecha de inscripción</td><td>21/08/2026</td></tr>
</table>
<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p>
<p><a href="https://click.empleoclaro.example.es/c?u=88121&amp;d=mis-candidaturas" style="background:#1f8a5b;color:#ffffff;padding:10px 18px;text-decoration:none;display:inline-block;border-radius:3px;">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#7d8d85;border-top:1px solid #e2ebe6;">Recibes este correo porque estás registrado en Empleo Claro. <a href="https://www.empleoclaro.example.es/baja?u=88121" style="color:#7d8d85;">Darme de baja</a> · Empleo Claro Servicios Digitales, S.L. · Madrid</td></tr>
</table></td></tr></table>
<img src="https://click.empleoclaro.example.es/o?u=88121&amp;m=enviada" width="1" height="1" alt="">
</body></html>
""",
    ),
]

OFFERS = [
    # 1 -- written offer with a PDF offer letter from the co-founder
    spec(
        kind="offer", scen="startup_offer_letter_pdf", lang="en",
        company="Tidewater Learning", contact="liam@tidewater.example.co.uk",
        frm=("Liam Costigan", "liam@tidewater.example.co.uk"),
        subj="Offer – Learning Designer at Tidewater 🎉",
        date="2026-07-24 15:12 +0100",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Sarah and I are really pleased to offer you the role of Learning Designer at Tidewater
Learning! Your offer letter is attached, but the headlines are:

  - Salary £38,500, reviewed after six months
  - Start date Monday 7 September (we know you need to finish the school term)
  - Hybrid: Baltic Triangle office Tues and Thurs, home the rest
  - 27 days' holiday + bank holidays, and a £1,000 yearly learning budget

If you're happy, just sign the last page of the letter and send it back, ideally by
Friday 31 July. And of course shout if you've got any questions, I'm on 07700 900 377.

Really hope you say yes!

Liam

Liam Costigan
Co-founder, Tidewater Learning
tidewater.example.co.uk
""",
        att=[("Tidewater_Offer_Letter_G_Nwosu-Whitfield.pdf", [
            "Tidewater Learning Ltd - 12 Jamaica Street, Liverpool L1 0AF",
            "",
            "24 July 2026",
            "",
            "Dear Gareth,",
            "",
            "Offer of employment: Learning Designer",
            "",
            "We are delighted to offer you the position of Learning Designer,",
            "starting on Monday 7 September 2026, on a salary of GBP 38,500 per annum.",
            "Your place of work will be our Liverpool office with hybrid working.",
            "This offer is subject to two satisfactory references.",
            "",
            "Please sign and return one copy of this letter by 31 July 2026.",
            "",
            "Yours sincerely,",
            "Liam Costigan, Co-founder",
            "",
            "Signed: ______________________   Date: ____________",
        ])],
    ),
    # 2 -- verbal offer confirmed in writing, Dublin
    spec(
        kind="offer", scen="verbal_offer_confirmed", lang="en",
        company="Ashgrove Educational Publishing", contact="niamh.gallagher@ashgrove.example.ie",
        frm=("Niamh Gallagher", "niamh.gallagher@ashgrove.example.ie"),
        subj="Offer of employment – Curriculum Content Editor",
        date="2026-07-09 17:03 +0100",
        cs="utf-8", cte="8bit",
        text="""Hi Gareth,

Following our call this afternoon, I'm delighted to confirm in writing our offer of the
position of Curriculum Content Editor (Science) at Ashgrove Educational Publishing.

As discussed:
  • Salary: €52,000 per annum
  • Start date: Monday 28 September 2026 (we're happy to be flexible by a week or two
    to allow for your move to Dublin)
  • Location: 40 Baggot Street Lower, with two days a week from home
  • Relocation support of up to €3,000 against receipts

Our HR manager, Orla, will send you the formal contract early next week. In the
meantime, I'd be grateful if you could confirm your acceptance by replying to this
email by Friday 17 July.

We're all thrilled – welcome (nearly) aboard!

Niamh

Niamh Gallagher
Editorial Director, Science & Maths
Ashgrove Educational Publishing
""",
    ),
    # 3 -- conditional offer with a PDF, FE college
    spec(
        kind="offer", scen="conditional_offer_dbs", lang="en",
        company="Don Valley College", contact="k.stead@donvalley.example.co.uk",
        frm=("Karen Stead", "k.stead@donvalley.example.co.uk"),
        subj="Conditional offer of employment – Digital Learning Developer",
        date="2026-06-03 11:48 +0100",
        cs="windows-1252", cte="qp",
        text="""Dear Gareth

Digital Learning Developer (ref DVC/157)

Further to your interview on 27 May, I am very pleased to offer you the above post on a
permanent, full-time basis, at Scale Point 29 (£36,124 per annum), starting on
1 September 2026 or as soon as possible thereafter.

This offer is conditional upon:
  1. an enhanced DBS check satisfactory to the College;
  2. two satisfactory references, one of which must be from your current employer;
  3. sight of your original degree and teaching qualification certificates;
  4. confirmation of your right to work in the UK.

Please read the attached offer letter, sign the acceptance slip and return it to me by
Friday 12 June. I will then send you the link to complete the DBS application online.

Kind regards

Karen Stead
HR Adviser
Don Valley College
Eastbank Campus, Hadfield Street, Sheffield S9 3TY
""",
        att=[("DVC157_Conditional_Offer_Letter.pdf", [
            "DON VALLEY COLLEGE - Human Resources",
            "",
            "Mr G Nwosu-Whitfield",
            "3 June 2026",
            "",
            "CONDITIONAL OFFER OF EMPLOYMENT - Digital Learning Developer (DVC/157)",
            "",
            "Salary: Scale Point 29, GBP 36,124 per annum",
            "Hours: 37 per week, permanent",
            "Start date: 1 September 2026",
            "",
            "This offer is conditional on an enhanced DBS check, two references,",
            "qualification certificates and proof of right to work.",
            "",
            "ACCEPTANCE: I accept the conditional offer above.",
            "Signed: ____________________  Date: __________",
        ])],
    ),
    # 4 -- contract to sign through an e-signature service, Reply-To the HR adviser
    spec(
        kind="offer", scen="esign_contract", lang="en",
        company="Kestrel Logistics", contact="amira.haddad@kestrel-logistics.example.co.uk",
        frm=("Amira Haddad via SignFlow", "dse@signflow.example.com"),
        rto=("Amira Haddad", "amira.haddad@kestrel-logistics.example.co.uk"),
        subj="Please sign: Contract of Employment – Gareth Nwosu-Whitfield",
        date="2026-05-06 10:26 +0100",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;background:#eaeaea;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="background:#1e4e79;padding:24px;text-align:center;color:#ffffff;font-size:16px;">
<img src="https://cdn.signflow.example.com/email/document-icon.png" alt="" width="48"><br><br>
Amira Haddad sent you a document to review and sign.<br><br>
<a href="https://app.signflow.example.com/r/9Q2x7LkP?e=gareth" style="background:#f7b500;color:#1e1e1e;padding:12px 28px;text-decoration:none;font-weight:bold;display:inline-block;border-radius:2px;">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px 30px;font-size:14px;line-height:21px;color:#333333;">
<p><b>Amira Haddad</b><br><span style="color:#777;">amira.haddad@kestrel-logistics.example.co.uk</span></p>
<p>Hi Gareth,</p>
<p>Congratulations again on your new role as Learning Designer with Kestrel Logistics! As promised on the phone, here is your Contract of Employment together with the Statement of Particulars. Please review and sign both by Wednesday 13 May.</p>
<p>Your start date is confirmed as Monday 1 June, 08:30 at Trafford Park, and your salary is £37,000 as per your offer. If anything in the contract doesn't match what we discussed, just reply to this email.</p>
<p>Best wishes,<br>Amira<br>HR Adviser, Kestrel Logistics</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">
<b>Do Not Share This Email</b><br>This email contains a secure link to SignFlow. Please do not share this email, link, or access code with others.<br><br>
<a href="https://www.signflow.example.com/how-it-works" style="color:#999999;">About SignFlow</a> &middot; <a href="https://app.signflow.example.com/report?e=9Q2x7LkP" style="color:#999999;">Report this email</a>
</td></tr>
</table></td></tr></table>
<img src="https://app.signflow.example.com/t/open/9Q2x7LkP.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 5 -- agency relays a verbal offer, client named, exclamation-heavy
    spec(
        kind="offer", scen="agency_offer_named_client", lang="en",
        company="Wirral Skills Partnership", contact="connor@redbricktalent.example.co.uk",
        frm=("Connor Maguire", "connor@redbricktalent.example.co.uk"),
        subj="OFFER!!",
        date="2026-09-15 16:37 +0100",
        cs="utf-8", cte="qp",
        text="""Gareth!!

Just got off the phone with Wirral Skills Partnership – they want to OFFER you the
Learning & Quality Manager role!!! They loved your session plan and said you were the
strongest candidate by a mile.

The package:
- £41,000 basic + 10% employer pension
- 30 days' holiday + the Christmas closure
- Start date to be agreed, they're flexible up to 1 December

The written offer will come direct from their HR team in the next couple of days, but
they want a verbal yes/no by Friday. Give me a ring when you've had a think – I'm around
all evening.

Cheers,
Connor

Connor Maguire | Director | Redbrick Talent
M: 07700 900 950 | redbricktalent.example.co.uk
Redbrick Talent Ltd, registered in England No 12776341
""",
    ),
    # 6 -- Swiss foundation sends the employment contract (PDFs, one with a non-ASCII name)
    spec(
        kind="offer", scen="vertragsangebot_pdf", lang="de",
        company="Stiftung Bildungsbrücke", contact="urs.meierhofer@bildungsbruecke.example.ch",
        frm=("Urs Meierhofer", "urs.meierhofer@bildungsbruecke.example.ch"),
        subj="Ihr Vertragsangebot – Projektleitung Weiterbildung (80 %)",
        date="2026-06-12 14:50 +0200",
        cs="iso-8859-1", cte="qp", hcs="utf-8",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Stelle als Projektleiter
Weiterbildung (80 %) anbieten zu dürfen.

Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausfertigung sowie den
Stellenbeschrieb. Die wichtigsten Eckdaten:

  - Eintritt: 1. Oktober 2026 (oder nach Vereinbarung)
  - Pensum: 80 %, Jahreslohn CHF 92'800 (bei 80 %), 13 Monatslöhne
  - Arbeitsort: Hohlstrasse 86, Zürich; Homeoffice bis zwei Tage pro Woche
  - Probezeit: drei Monate

Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 26. Juni 2026 zurück. Bei der
Bewilligung Ihrer Aufenthalts- und Arbeitsbewilligung unterstützen wir Sie gerne.

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüsse

Urs Meierhofer
Leiter Personal & Finanzen
Stiftung Bildungsbrücke
Hohlstrasse 86, 8004 Zürich
""",
        att=[
            ("Arbeitsvertrag_Stiftung_Bildungsbrücke_Nwosu-Whitfield.pdf", [
                "Stiftung Bildungsbrücke - Arbeitsvertrag",
                "",
                "zwischen der Stiftung Bildungsbrücke, Hohlstrasse 86, 8004 Zürich",
                "und Herrn Gareth Nwosu-Whitfield, Manchester (UK)",
                "",
                "1. Funktion: Projektleiter Weiterbildung",
                "2. Beginn: 1. Oktober 2026, unbefristet",
                "3. Pensum: 80 %; Jahreslohn brutto CHF 92'800, 13 Monatslöhne",
                "4. Probezeit: 3 Monate",
                "",
                "Zürich, 12. Juni 2026",
                "Für die Stiftung: ________________   Der Arbeitnehmer: ________________",
            ]),
            ("Stellenbeschrieb_PL_Weiterbildung.pdf", [
                "Stellenbeschrieb: Projektleitung Weiterbildung (80 %)",
                "",
                "Hauptaufgaben:",
                "- Konzeption und Durchführung von Weiterbildungen für Lehrpersonen",
                "- Aufbau eines Blended-Learning-Angebots Naturwissenschaften",
                "- Evaluation und Qualitätssicherung",
            ]),
        ],
    ),
    # 7 -- offer in German; the German quote ("Am ... schrieb") is the candidate chasing, with "leider"
    spec(
        kind="offer", scen="zusage_am_schrieb", lang="de",
        company="Kinderleicht Lernsysteme", contact="lea.hofbauer@kinderleicht.example.com",
        frm=("Lea Hofbauer", "lea.hofbauer@kinderleicht.example.com"),
        subj="AW: Rückmeldung zum Gespräch",
        date="2026-07-01 09:48 +0200",
        irt="<CAGnw7=KL0629@mail.example.co.uk>",
        cs="utf-8", cte="8bit",
        text="""Sehr geehrter Herr Nwosu-Whitfield,

entschuldigen Sie bitte die lange Wartezeit – und danke für Ihre Geduld!

Wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Learning
Designer (m/w/d) an unserem Standort Amsterdam anbieten möchten. Vorgesehen sind ein
Bruttojahresgehalt von 58.000 EUR, 28 Urlaubstage und ein Eintritt zum 1. September
2026. Den Arbeitsvertrag nach niederländischem Recht schicken wir Ihnen in den nächsten
Tagen über unser Vertragsportal.

Bitte geben Sie mir bis zum 8. Juli Bescheid, ob Sie das Angebot annehmen möchten. Für
Fragen stehe ich Ihnen jederzeit telefonisch zur Verfügung.

Mit freundlichen Grüßen

Lea Hofbauer
Recruiting
Kinderleicht Lernsysteme GmbH
Leopoldstraße 31, 80802 München
Geschäftsführer: Dr. Bernhard Kloiber, Anja Seidl · Registergericht München HRB 214455

Am 29.06.2026 um 09:12 schrieb Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>:
> Sehr geehrte Frau Hofbauer,
> leider habe ich seit unserem Gespräch am 16. Juni noch keine Rückmeldung erhalten.
> Falls die Stelle bereits anderweitig besetzt wurde, wäre ich für eine kurze
> Nachricht dankbar.
> Mit freundlichen Grüßen
> Gareth Nwosu-Whitfield
""",
    ),
    # 8 -- Geneva institute, "proposition d'engagement" with a contract PDF
    spec(
        kind="offer", scen="proposition_engagement_pdf", lang="fr",
        company="Institut romand de pédagogie numérique", contact="valerie.chatelain@irpn.example.ch",
        frm=("Valérie Châtelain", "valerie.chatelain@irpn.example.ch"),
        subj="Proposition d'engagement",
        date="2026-07-10 16:20 +0200",
        cs="utf-8", cte="base64",
        text="""Monsieur,

À la suite de votre entretien du 30 juin, nous avons le plaisir de vous proposer un
engagement en qualité de conseiller pédagogique e-learning à 80 %, rattaché à notre
antenne de Zurich, dès le 1er octobre 2026.

Vous trouverez en pièce jointe le contrat de travail, qui précise notamment le salaire
annuel brut de CHF 88'400 (treizième salaire compris) et le temps d'essai de trois mois.

Nous vous serions reconnaissants de nous retourner un exemplaire signé d'ici au
24 juillet 2026. Je reste bien entendu à votre disposition pour toute question.

Nous nous réjouissons de vous accueillir dans notre équipe.

Avec nos meilleures salutations,

Valérie Châtelain
Responsable RH
Institut romand de pédagogie numérique (IRPN)
Boulevard Carl-Vogt 12 – 1205 Genève
""",
        att=[("Contrat_IRPN_Nwosu-Whitfield.pdf", [
            "Institut romand de pedagogie numerique (IRPN)",
            "CONTRAT DE TRAVAIL",
            "",
            "Employeur : IRPN, Boulevard Carl-Vogt 12, 1205 Geneve",
            "Collaborateur : M. Gareth Nwosu-Whitfield",
            "Fonction : conseiller pedagogique e-learning, 80 %",
            "Lieu de travail : antenne de Zurich",
            "Debut : 1er octobre 2026 - duree indeterminee",
            "Salaire annuel brut : CHF 88'400 (13e salaire compris)",
            "Temps d'essai : 3 mois",
            "",
            "Fait a Geneve, le 10 juillet 2026",
            "L'employeur : ____________   Le collaborateur : ____________",
        ])],
    ),
    # 9 -- conditional offer letter in French, plain text
    spec(
        kind="offer", scen="promesse_embauche_conditions", lang="fr",
        company="Savoirs & Co", contact="ines.berrada@savoirsandco.example.com",
        frm=("Inès Berrada", "ines.berrada@savoirsandco.example.com"),
        subj="Promesse d'embauche – Learning Designer (Dublin)",
        date="2026-08-11 10:05 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Bonjour Gareth,

Suite à nos échanges et à votre entretien avec Hélène la semaine dernière, j'ai le
plaisir de vous faire part de notre proposition d'embauche pour le poste de Learning
Designer au sein de notre bureau de Dublin.

Les conditions proposées :
- contrat à durée indéterminée de droit irlandais ;
- rémunération annuelle brute de 55 000 euros ;
- prise de poste souhaitée le 1er octobre 2026.

Cette proposition est faite sous réserve de la vérification de votre droit de
travailler en Irlande et de la réception de deux références professionnelles
satisfaisantes.

Pourriez-vous nous confirmer votre accord d'ici au 21 août ? Le contrat définitif vous
sera ensuite adressé par notre partenaire RH irlandais.

Très cordialement,

Inès Berrada
Talent Acquisition Manager
Savoirs & Co SAS
40 rue du Faubourg Poissonnière, 75010 Paris
""",
    ),
    # 10 -- Spanish start-up, tú, offer letter PDF, emoji subject
    spec(
        kind="offer", scen="carta_oferta_pdf_tu", lang="es",
        company="Pizarra Digital", contact="diego@pizarradigital.example.es",
        frm=("Diego Almansa", "diego@pizarradigital.example.es"),
        subj="¡Carta oferta! 🎉",
        date="2026-08-03 18:42 +0200",
        cs="utf-8", cte="8bit",
        text="""¡Gareth!

Después de la entrevista con Irene lo tenemos clarísimo: queremos que te unas a Pizarra
Digital como Learning Designer. Te adjunto la carta oferta con todos los detalles:

- Salario bruto anual: 42.000 €
- Contrato indefinido, jornada completa, con dos días de teletrabajo a la semana
- Incorporación: 1 de octubre (sabemos que tienes que mudarte)

Échale un ojo con calma y, si te encaja, fírmala y devuélvemela antes del 14 de agosto.
Cualquier duda, me llamas cuando quieras.

¡Ojalá nos digas que sí!
Diego

Diego Almansa · CEO · Pizarra Digital
Calle del Pez 21, 28004 Madrid
""",
        att=[("Carta_oferta_Pizarra_Digital_GNW.pdf", [
            "PIZARRA DIGITAL S.L. - CIF B-88123456 - Calle del Pez 21, 28004 Madrid",
            "",
            "Madrid, 3 de agosto de 2026",
            "",
            "Estimado Gareth:",
            "",
            "Nos complace ofrecerte el puesto de Learning Designer en las",
            "siguientes condiciones:",
            "- Salario bruto anual: 42.000 EUR en 12 pagas",
            "- Contrato indefinido a jornada completa",
            "- Fecha de incorporacion: 1 de octubre de 2026",
            "",
            "Firma y conformidad: ____________________",
        ])],
    ),
]

SPECS = [*RECEIVED, *OFFERS]

assert (len(RECEIVED), len(OFFERS)) == (21, 10)
