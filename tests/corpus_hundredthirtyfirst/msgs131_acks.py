"""Application acknowledgements (21) and offers (10), written one by one: ATS receipts, job-board
relays, "we cannot reply to everyone", human "got your CV" notes; written, verbal, conditional
offers and contracts to sign with their PDF."""

from __future__ import annotations

from msgs131_common import ats_card, gmail_html

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ application received

add({
    "name": "workday_received", "kind": "application_received", "company": "Kilbride Foods", "contact": "", "lang": "en",
    "frm": ("Kilbride Foods Careers", "kilbridefoods@myworkday.com"),
    "subject": "Thank you for applying to Kilbride Foods",
    "date": "2026-01-12 21:16 +0000", "structure": "html",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>Thank you for applying for the <b>Learning Content Designer</b> (R-1907) position at Kilbride Foods. We confirm
that we have received your application.</p>
<p>Our Talent Acquisition team will now review your experience against the requirements of the role. If your
application is shortlisted, a member of the team will be in touch to discuss next steps.</p>
<p>You can follow the status of your application at any time in your
<a href="https://kilbridefoods.wd3.myworkday.com/en-US/Kilbride/userHome" style="color:#c1121f">candidate home</a>.</p>
<p>Thank you for your interest in a career with Kilbride Foods.</p>
<p>Kind regards,<br>Kilbride Foods Talent Acquisition</p>""",
        brand="Kilbride Foods", accent="#c1121f",
        logo="https://kilbridefoods.wd3.myworkday.com/kilbride/assets/logo/kf_email.png",
        footer="""Kilbride Foods plc, Kilbride Business Park, Naas Road, Dublin 22. Registered in Ireland No. 187770.<br>
This is an automated email from an unattended mailbox.""",
        track="https://kilbridefoods.wd3.myworkday.com/wday/email/open?id=ack1907"),
})

add({
    "name": "hospice_four_weeks", "kind": "application_received", "company": "Shannonside Hospice", "contact": "", "lang": "en",
    "frm": ("Shannonside Hospice HR", "recruitment@shannonsidehospice.example.ie"),
    "subject": "Application Received - Education Facilitator (eLearning) Ref SH/0326",
    "date": "2026-03-27 08:02 +0000", "structure": "plain",
    "text": """Dear Aoife,

Thank you for your application for the post of Education Facilitator (eLearning), reference
SH/0326, which we received on 26 March 2026.

Shortlisting will take place after the closing date of 10 April 2026. Due to the large number
of applications we receive, we regret that we cannot reply to every applicant individually. If
you have not heard from us within four weeks of the closing date, please consider your
application unsuccessful on this occasion.

Thank you for your interest in working with Shannonside Hospice.

HR Department
Shannonside Hospice
North Circular Road, Limerick V94 H3T6
Registered Charity Number 20012281

This is an automated acknowledgement. Please do not reply to this email.
""",
})

add({
    "name": "icims_cannot_reply_everyone", "kind": "application_received", "company": "Harland & Doyle Publishing",
    "contact": "", "lang": "en",
    "frm": ("Careers at Harland & Doyle", "harlanddoyle@icims.com"),
    "subject": "We've received your application",
    "date": "2026-03-09 22:41 +0000", "structure": "html",
    "html": ats_card("""<p style="margin:0 0 16px 0">Hello Aoife,</p>
<p style="margin:0 0 16px 0">Thanks for applying for <b>Digital Learning Editor &ndash; Primary</b> (Job ID 2026-1183).
Your application is safely with us.</p>
<p style="margin:0 0 16px 0">We receive a very high number of applications and, although we read every one of them,
we cannot reply to every applicant personally. If your experience is a close match, someone from our
Talent Team will contact you within three weeks of the closing date.</p>
<p style="margin:0 0 16px 0">In the meantime, why not find out more about
<a href="https://careers-harlanddoyle.icims.com/jobs/intro?utm_source=ack_email&amp;utm_content=life" style="color:#9b1c31">life at Harland &amp; Doyle</a>?</p>
<p style="margin:0">Warm regards,<br>Talent Team<br>Harland &amp; Doyle Publishing</p>""",
        brand="Harland &amp; Doyle Publishing", accent="#9b1c31",
        logo="https://careers-harlanddoyle.icims.com/images/hd_logo_email.png",
        footer="""Harland &amp; Doyle Publishing Limited. Registered in England No. 04417820.<br>
This inbox is not monitored. <a href="https://careers-harlanddoyle.icims.com/unsubscribe?c=88120" style="color:#7b8794">Email preferences</a>""",
        track="https://careers-harlanddoyle.icims.com/track/open.gif?m=a81c1f03"),
})

add({
    "name": "job_board_relay", "kind": "application_received", "company": "Lumen Skills", "contact": "", "lang": "en",
    "frm": ("Jobnest", "applications@jobnest.example.ie"),
    "subject": "Your application has been sent to Lumen Skills",
    "date": "2026-01-08 20:33 +0000", "structure": "html",
    "headers": {"List-Unsubscribe": "<https://www.jobnest.example.ie/email/unsubscribe?u=aoife.nb%40example.ie&t=appconf>"},
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Jobnest</title></head>
<body style="margin:0;background:#eef2f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef2f7"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:18px 28px;border-bottom:1px solid #e3e8ef"><img src="https://cdn.jobnest.example.ie/mail/jobnest-logo.png" alt="Jobnest.ie" height="26"></td></tr>
<tr><td style="padding:26px 28px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#23303f">
<p style="font-size:20px;font-weight:bold;margin:0 0 14px 0">Application sent! &#9989;</p>
<p>Hi Aoife, your application for <b>Learning Designer</b> at <b>Lumen Skills</b> (Dublin 2, hybrid) has been sent
to the employer, along with your CV <i>Aoife_NB_CV_2026.pdf</i>.</p>
<p>What happens next? Lumen Skills will review your application and contact you directly if they'd like to
take things further. Jobnest can't see or influence their decision.</p>
<p><a href="https://www.jobnest.example.ie/r/c?u=aHR0cHM6Ly93d3cuam9ibmVzdC5pZS9teS1hcHBsaWNhdGlvbnM&amp;e=appconf" style="background:#ff7a00;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Track my applications</a></p>
<p style="margin-top:26px;font-weight:bold">Similar jobs you might like</p>
<p><a href="https://www.jobnest.example.ie/r/c?j=88123&amp;e=appconf" style="color:#1c64f2">E-Learning Developer &ndash; Ardmore Training, Cork</a><br>
<a href="https://www.jobnest.example.ie/r/c?j=88140&amp;e=appconf" style="color:#1c64f2">Instructional Designer &ndash; Fexco Learning, Killorglin</a></p>
</td></tr>
<tr><td style="padding:16px 28px;background:#f7f9fc;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a94a6">
Jobnest.ie, 2 Harbourmaster Place, IFSC, Dublin 1. You received this email because you applied for a job on Jobnest.ie.
<a href="https://www.jobnest.example.ie/email/unsubscribe?u=aoife.nb%40example.ie&amp;t=appconf" style="color:#8a94a6">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://track.jobnest.example.ie/o.gif?e=appconf&amp;u=51f0" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "platform_relay_quillmark", "kind": "application_received", "company": "Quillmark", "contact": "", "lang": "en",
    "frm": ("Careerloop", "no-reply@careerloop.example.com"),
    "subject": "Aoife, your application was sent to Quillmark",
    "date": "2026-02-16 12:09 +0000", "structure": "html",
    "headers": {"List-Unsubscribe": "<mailto:unsubscribe@careerloop.example.com?subject=appsent>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f2ef;margin:0;padding:24px 0">
<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:22px 26px"><img src="https://static.careerloop.example.com/email/careerloop-wordmark.png" alt="Careerloop" height="22"></td></tr>
<tr><td style="padding:0 26px 10px 26px;font-size:17px;color:#000">Your application was sent to Quillmark</td></tr>
<tr><td style="padding:0 26px 20px 26px">
<table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px"><img src="https://static.careerloop.example.com/company-logos/quillmark_100.png" alt="Quillmark logo" width="48" height="48"></td>
<td style="font-size:14px;color:#333"><b>Learning Experience Designer</b><br>Quillmark &middot; London (Hybrid)<br><span style="color:#888">Applied on 16 Feb 2026</span></td></tr></table>
</td></tr>
<tr><td style="padding:0 26px 22px 26px;font-size:14px;color:#555;line-height:20px">Now take the next step: employers are more likely to respond to candidates whose profile is complete.
<a href="https://www.careerloop.example.com/comm/profile?trk=appsent_cta&amp;lipi=urn%3Ali%3Apage%3Aemail" style="color:#0a66c2">Update your profile</a></td></tr>
<tr><td style="padding:16px 26px;border-top:1px solid #eee;font-size:11px;color:#999">This email was intended for Aoife Nakamura-Byrne (Primary Teacher | Aspiring Instructional Designer).
<a href="https://www.careerloop.example.com/comm/settings?trk=appsent_unsub" style="color:#999">Unsubscribe</a> &middot; Careerloop Ireland Unlimited Company, Wilton Place, Dublin 2.</td></tr>
</table>
<img src="https://www.careerloop.example.com/emimp/ip_appsent_88a1.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "lever_received_plain", "kind": "application_received", "company": "Wavelength Learning", "contact": "", "lang": "en",
    "frm": ("Wavelength Learning", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to Wavelength Learning!",
    "date": "2026-02-04 07:51 +0000", "structure": "plain",
    "text": """Hi Aoife,

Thanks for applying for the Learning Designer role at Wavelength Learning! We've got your
application and a real human on our People & Talent team will read it.

We aim to get back to everyone within two weeks, whatever the outcome. In the meantime, you can
read about how we build courses on our blog: https://wavelength.example.com/blog?utm_source=lever

Talk soon,
Wavelength Learning

--
This email was sent via Lever on behalf of Wavelength Learning. Replies to this address are not monitored.
""",
})

add({
    "name": "ashby_received_alt", "kind": "application_received", "company": "Kitebridge", "contact": "", "lang": "en",
    "frm": ("Kitebridge Hiring", "no-reply@ashbyhq.com"),
    "subject": "Thanks for applying to Kitebridge",
    "date": "2026-05-18 23:04 +0100", "structure": "alt",
    "text": """Hi Aoife,

Thanks for applying for the Senior Learning Designer role at Kitebridge. This is a quick note
to confirm we've received your application.

We review every application ourselves (no robots), which takes a little time. You'll hear from
us either way.

The Kitebridge team

Kitebridge Inc. · 10 Finsbury Square, London EC2A 1AF
""",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#ffffff;margin:0;padding:32px 0">
<div style="max-width:560px;margin:0 auto;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.6;color:#111827">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/kitebridge.png" alt="Kitebridge" height="28" style="margin-bottom:24px">
<p>Hi Aoife,</p>
<p>Thanks for applying for the <b>Senior Learning Designer</b> role at Kitebridge. This is a quick note
to confirm we&#39;ve received your application.</p>
<p>We review every application ourselves (no robots), which takes a little time. You&#39;ll hear from us either way.</p>
<p>The Kitebridge team</p>
<p style="font-size:12px;color:#6b7280">Kitebridge Inc. &middot; 10 Finsbury Square, London EC2A 1AF &middot;
<a href="https://jobs.ashbyhq.com/kitebridge?utm_source=ack" style="color:#6b7280">Open roles</a></p>
</div>
<img src="https://app.ashbyhq.com/email-tracking/open/91ac40e2bb17.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "university_ack_with_pdf", "kind": "application_received", "company": "Lagan Valley University",
    "contact": "", "lang": "en",
    "frm": ("LVU HR Online", "hr-noreply@laganvalley.example.co.uk"),
    "subject": "Application acknowledgement LVU/2026/118",
    "date": "2026-06-01 16:45 +0100", "structure": "mixed",
    "text": """Dear Aoife Nakamura-Byrne

Thank you for submitting your application for the post of Learning Technologist (LVU/2026/118).
This email confirms that your application was received on 01/06/2026 at 16:44.

The closing date for this post is 12 noon on Friday 12 June 2026. Shortlisting is expected to be
completed within two weeks of the closing date. Candidates selected for interview will be
contacted by the Recruitment Team.

As part of our commitment to equality of opportunity, please complete the attached Equal
Opportunities Monitoring Form and return it in the envelope marked Confidential. The information
is used for monitoring purposes only and is not seen by the selection panel.

Human Resources
Lagan Valley University

This mailbox is not monitored. For queries, contact the Recruitment Team quoting your reference.
""",
    "attachments": [{"filename": "LVU_Equal_Opportunities_Monitoring_Form.pdf", "lines": [
        "Lagan Valley University - Human Resources",
        "Equal Opportunities Monitoring Form",
        "Post reference: LVU/2026/118 Learning Technologist",
        "",
        "Section 1: Community background (Fair Employment and Treatment (NI) Order 1998)",
        "[ ] Protestant community   [ ] Roman Catholic community   [ ] Neither",
        "Section 2: Sex   [ ] Female  [ ] Male",
        "Section 3: Racial group ...............................................",
        "Section 4: Disability  [ ] Yes  [ ] No",
        "",
        "This form is detached from your application before shortlisting.",
    ]}],
})

add({
    "name": "personal_got_your_cv", "kind": "application_received", "company": "Stonebridge Publishing",
    "contact": "ian.mcbride@stonebridgepub.example.co.uk", "lang": "en",
    "frm": ("Ian McBride", "ian.mcbride@stonebridgepub.example.co.uk"),
    "subject": "RE: Digital Resources Editor - application",
    "date": "2026-01-30 13:02 +0000", "structure": "plain",
    "in_reply_to": "<CAOa9nB+stb0129aoife@mail.example.ie>",
    "text": """Hi Aoife,

Thanks for this - got your CV and the sample activity, both came through fine. I'm reading
applications over the weekend and will come back to you next week either way.

Best,
Ian

Ian McBride | Commissioning Editor, Digital | Stonebridge Publishing
Stonebridge Publishing, Canongate Venture, 5 New Street, Edinburgh EH8 8BH

From: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Sent: Thursday, January 29, 2026 18:11
To: Ian McBride <ian.mcbride@stonebridgepub.example.co.uk>
Subject: Digital Resources Editor - application

Dear Ian,

Please find attached my CV and cover letter for the Digital Resources Editor role, together with
a sample phonics activity I built in H5P. I'd welcome the chance to discuss it at interview.

Kind regards,
Aoife Nakamura-Byrne
""",
})

add({
    "name": "agency_registered_client_named", "kind": "application_received", "company": "Irwell Valley Council",
    "contact": "tom.beckett@clarendontalent.example.co.uk", "lang": "en",
    "frm": ("Tom Beckett", "tom.beckett@clarendontalent.example.co.uk"),
    "subject": "Your application - L&D Officer (e-learning), Irwell Valley Council",
    "date": "2026-03-16 09:33 +0000", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "text": """Hi Aoife,

Thanks for applying through us for the Learning & Development Officer (e-learning) role with
Irwell Valley Council. I’ve received your CV and supporting statement and I’ll be submitting you
to the council’s HR team on Wednesday, once their closing date has passed.

A couple of things so you know where you stand:
– the council shortlist themselves and usually take about three weeks;
– everything goes through me, so don’t contact the council directly.

I’ll give you a ring this week for a quick chat about your right to work and notice period.

Cheers,
Tom

Tom Beckett
Senior Consultant – Public Sector
Clarendon Talent
0161 555 0188 | 07700 900 412
""",
})

add({
    "name": "bamboohr_received", "kind": "application_received", "company": "Pennant Digital Academy", "contact": "",
    "lang": "en", "frm": ("Pennant Digital Academy", "notifications@app.bamboohr.com"),
    "subject": "Application Received: E-learning Developer",
    "date": "2026-04-22 11:19 +0100", "structure": "html",
    "html": """<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:'Lato',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e0e0e0">
<tr><td style="padding:20px 30px;background:#2e7d32"><img src="https://pennantacademy.bamboohr.com/logos/pennant_white.png" alt="Pennant Digital Academy" height="34"></td></tr>
<tr><td style="padding:28px 30px;font-size:15px;line-height:23px;color:#333">
<p>Hi Aoife,</p>
<p>Thanks for your interest in Pennant Digital Academy! We have received your application for the
<b>E-learning Developer</b> position.</p>
<p>We will review your application and if your skills and experience match what we're looking for, a member of our
team will be in touch. Please note that because of the number of applications we receive, it may take a few weeks.</p>
<p>Best of luck,<br>The Pennant Digital Academy Team</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;color:#999">Pennant Digital Academy Ltd &middot; 55 Princess Street, Manchester M2 4EW<br>
Powered by <a href="https://www.bamboohr.com/?utm_source=ats_email" style="color:#999">BambooHR</a> &middot; Please do not reply to this automated message.</td></tr>
</table></td></tr></table>
<img src="https://app.bamboohr.com/email/open/pennant/4f2a19.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "taleo_received_cp1252", "kind": "application_received", "company": "Halberd Insurance Group", "contact": "",
    "lang": "en", "frm": ("Halberd Careers", "halberd-careers@taleo.net"),
    "subject": "Halberd Insurance Group – Application confirmation (260014)",
    "date": "2026-01-28 19:58 +0000", "structure": "html", "html_charset": "windows-1252", "html_cte": "quoted-printable",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333333">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#14213d;padding:14px 20px"><img src="https://halberd.taleo.net/careersection/theme/halberd_logo_white.gif" alt="Halberd Insurance Group" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Dear Aoife Nakamura-Byrne,</p>
<p>Thank you for applying for the position of <b>Learning Designer, Group L&amp;D</b> (requisition 260014).</p>
<p>We’re pleased to confirm that your application has been successfully submitted. Our Group Resourcing team
will review it and we’ll be in touch about the outcome. You can check the status of your application at any
time in <a href="https://halberd.taleo.net/careersection/ext/mysubmissions.ftl?lang=en">My Submissions</a>.</p>
<p>Please don’t reply to this email – it’s sent from an unmonitored address.</p>
<p>Kind regards,</p>
<p>Group Resourcing<br>Halberd Insurance Group</p>
</td></tr>
<tr><td style="padding:12px 20px;border-top:1px solid #dddddd;font-size:10px;color:#888888">
Halberd Insurance Group plc is registered in England and Wales (No. 02231907). Registered office: 1 Spinningfields Square, Manchester M3 3AP.
</td></tr>
</table>
<img src="https://halberd.taleo.net/careersection/emailtrack.gif?r=260014&amp;c=77102" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "personio_received_english", "kind": "application_received", "company": "Klarwerk Learning", "contact": "",
    "lang": "en", "frm": ("Klarwerk Learning", "no-reply@klarwerk.jobs.personio.de"),
    "subject": "Your application at Klarwerk Learning",
    "date": "2026-07-06 14:30 +0200", "structure": "html",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>thank you very much for your application as <b>Instructional Designer (English content, remote EU)</b>.
We have received your documents and will get back to you as soon as possible.</p>
<p>Our process usually takes two to three weeks. If you have any questions in the meantime, you'll find
answers in our <a href="https://klarwerk.jobs.personio.de/faq?language=en" style="color:#0f766e">candidate FAQ</a>.</p>
<p>Best regards<br>Your Klarwerk Learning team</p>""",
        brand="Klarwerk Learning", accent="#0f766e",
        logo="https://klarwerk.jobs.personio.de/assets/company-logo/klarwerk.png",
        footer="""Klarwerk Learning GmbH · Torstraße 109 · 10119 Berlin · HRB 223104 B<br>
This is an automatically generated message. Replies to this email cannot be processed.""",
        track="https://klarwerk.jobs.personio.de/email/track/open/5b0e71.png"),
})

add({
    "name": "personio_eingang_de", "kind": "application_received", "company": "Kursfabrik", "contact": "", "lang": "de",
    "frm": ("Kursfabrik Recruiting", "recruiting@kursfabrik.jobs.personio.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-02-11 10:05 +0100", "structure": "html", "html_cte": "quoted-printable",
    "html": ats_card("""<p>Liebe Frau Nakamura-Byrne,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Learning Designer (m/w/d) – Blended Learning</b> bei der Kursfabrik.</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir sehen uns Ihre Bewerbung nun in Ruhe an und melden
uns innerhalb der nächsten zwei Wochen bei Ihnen.</p>
<p>Viele Grüße aus Köln<br>Ihr Kursfabrik-Team</p>""",
        brand="Kursfabrik", accent="#f59e0b", lang="de",
        logo="https://kursfabrik.jobs.personio.de/assets/company-logo/kursfabrik.png",
        footer="""Kursfabrik GmbH · Hansaring 97 · 50670 Köln · Registergericht Köln HRB 99014 · Geschäftsführung: Jan-Philipp Özdemir<br>
Dies ist eine automatisch generierte Nachricht. <a href="https://kursfabrik.jobs.personio.de/privacy-policy" style="color:#7b8794">Datenschutzerklärung</a>""",
        track="https://kursfabrik.jobs.personio.de/email/track/open/19fe02.png"),
})

add({
    "name": "softgarden_du_eingang", "kind": "application_received", "company": "Lernrakete", "contact": "", "lang": "de",
    "frm": ("Lernrakete Jobs", "jobs-noreply@lernrakete.softgarden.io"),
    "subject": "Wir haben deine Bewerbung erhalten",
    "date": "2026-03-02 07:14 +0100", "structure": "plain", "cte": "8bit",
    "text": """Hey Aoife,

cool, dass du dich als Learning Content Creator (Remote) bei Lernrakete beworben hast!

Deine Bewerbung ist bei uns angekommen. Wir schauen sie uns in den nächsten Tagen genau an und
melden uns dann bei dir – versprochen, egal wie die Entscheidung ausfällt.

Bis dahin: Falls du wissen willst, was wir so machen, schau mal in unseren Blog
https://lernrakete.softgarden.io/de/blog?utm_source=eingang

Liebe Grüße
dein Lernrakete-Team

--
Lernrakete GmbH · Schönhauser Allee 36 · 10435 Berlin · HRB 218830 B
Diese E-Mail wurde automatisch versendet. Bitte antworte nicht darauf.
""",
})

add({
    "name": "hochschule_eingangsbestaetigung", "kind": "application_received", "company": "Hochschule Spreetal",
    "contact": "", "lang": "de",
    "frm": ("Hochschule Spreetal - Personalabteilung", "bewerbung@hs-spreetal.example.de"),
    "subject": "Eingangsbestätigung - Kennziffer 07/2026", "hcharset": "iso-8859-1",
    "date": "2026-01-19 11:47 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Nakamura-Byrne,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle

  Wissenschaftliche/r Mitarbeiter/in E-Learning (Entgeltgruppe 13 TV-L), Kennziffer 07/2026

Die Bewerbungsfrist endet am 31.01.2026. Die Auswahl erfolgt voraussichtlich im Februar. Sie
erhalten nach Abschluss des Auswahlverfahrens eine Nachricht von uns. Wir bitten Sie, bis dahin
von Rückfragen zum Stand des Verfahrens abzusehen.

Hinweise zur Verarbeitung Ihrer personenbezogenen Daten finden Sie unter
https://www.hs-spreetal.example.de/datenschutz-bewerbung

Mit freundlichen Grüßen
Im Auftrag
Personalabteilung - Sachgebiet Personalgewinnung

Hochschule Spreetal
Am Hafen 12, 03046 Cottbus
""",
})

add({
    "name": "board_relay_karriereweg", "kind": "application_received", "company": "Akademie Nordlicht", "contact": "",
    "lang": "de", "frm": ("Karriereweg", "bewerbung@karriereweg.example.de"),
    "subject": "Deine Bewerbung wurde an Akademie Nordlicht gesendet",
    "date": "2026-04-20 19:20 +0200", "structure": "html",
    "headers": {"List-Unsubscribe": "<https://www.karriereweg.example.de/abmelden?t=bwb&u=77120>"},
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f5;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:18px auto">
<tr><td style="padding:16px 24px;background:#0c2d48"><img src="https://static.karriereweg.example.de/mail/logo-weiss.png" alt="Karriereweg" height="28"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222">
<p><b>Geschafft, Aoife!</b></p>
<p>Deine Bewerbung als <b>E-Learning-Entwickler (m/w/d)</b> bei der <b>Akademie Nordlicht gGmbH</b> in Hamburg wurde erfolgreich
übermittelt. Der Arbeitgeber meldet sich direkt bei dir.</p>
<p><a href="https://www.karriereweg.example.de/r?u=meine-bewerbungen&amp;c=bwb" style="color:#0a7bd6">Meine Bewerbungen ansehen</a></p>
<p style="font-size:13px;color:#666">Tipp: Profile mit Foto werden 3x häufiger angesehen. <a href="https://www.karriereweg.example.de/r?u=profil&amp;c=bwb" style="color:#0a7bd6">Profil vervollständigen</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa">Karriereweg GmbH · Axel-Springer-Straße 54 · 10117 Berlin · Geschäftsführer: Lars Thiele · HRB 177301 B<br>
<a href="https://www.karriereweg.example.de/abmelden?t=bwb&amp;u=77120" style="color:#888">Benachrichtigungen abbestellen</a></td></tr>
</table>
<img src="https://mail.karriereweg.example.de/open/77120.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "teamtailor_es_recibida", "kind": "application_received", "company": "Aprendemás", "contact": "", "lang": "es",
    "frm": ("Aprendemás", "no-reply@teamtailor-mail.com"),
    "subject": "¡Hemos recibido tu candidatura!",
    "date": "2026-05-06 22:48 +0200", "structure": "html",
    "html": ats_card("""<p>¡Hola Aoife!</p>
<p>Gracias por tu interés en <b>Aprendemás</b> y por enviarnos tu candidatura para
<b>Diseñadora instruccional (remoto)</b>. 🙌</p>
<p>Nuestro equipo la revisará con calma durante las próximas dos semanas. Si tu perfil encaja, te escribiremos
para organizar una primera llamada.</p>
<p>Mientras tanto, puedes conocernos mejor en nuestra <a href="https://aprendemas.teamtailor.com/?utm_source=ack" style="color:#00a19a">página de empleo</a>.</p>
<p>¡Un abrazo!<br>El equipo de Aprendemás</p>""",
        brand="Aprendemás", accent="#00a19a", lang="es",
        logo="https://images.teamtailor-cdn.com/images/aprendemas/logo-email.png",
        footer="""Aprendemás Educación S.L. · Calle de Fuencarral 121 · 28010 Madrid<br>
<a href="https://aprendemas.teamtailor.com/privacy" style="color:#7b8794">Política de privacidad</a>""",
        track="https://t.teamtailor-mail.com/o/5e01ac7733.gif"),
})

add({
    "name": "es_board_relay_tu_cv", "kind": "application_received", "company": "Ediciones Castellana", "contact": "",
    "lang": "es", "frm": ("Empleoya", "notificaciones@empleoya.example.es"),
    "subject": "¡Tu CV ya está en manos de Ediciones Castellana!", "hcharset": "utf-8",
    "date": "2026-06-15 08:30 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": {"List-Unsubscribe": "<https://www.empleoya.example.es/baja?tipo=inscripcion>"},
    "text": """Hola Aoife,

Te has inscrito correctamente en la oferta:

  Editora de contenidos digitales (Educación Primaria)
  Ediciones Castellana, S.L. - Madrid (teletrabajo parcial)

La empresa ya puede ver tu CV. Te avisaremos por aquí cuando cambie el estado de tu candidatura
(CV leído, en proceso, descartado...).

Consejo: las candidaturas con carta de presentación tienen más posibilidades. Añádela aquí:
https://www.empleoya.example.es/candidato/inscripciones?utm_campaign=inscripcion_ok

Equipo Empleoya

Recibes este correo porque tienes una cuenta en Empleoya. Darte de baja:
https://www.empleoya.example.es/baja?tipo=inscripcion
""",
})

add({
    "name": "successfactors_fr_accuse", "kind": "application_received", "company": "Maison Pédagogique", "contact": "",
    "lang": "fr", "frm": ("Maison Pédagogique - Recrutement", "ne-pas-repondre@successfactors.eu"),
    "subject": "Accusé de réception de votre candidature", "hcharset": "iso-8859-1",
    "date": "2026-04-07 10:12 +0200", "structure": "html", "html_charset": "iso-8859-1", "html_cte": "quoted-printable",
    "html": ats_card("""<p>Madame,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Concepteur·rice pédagogique digital (H/F)</b>,
réf. MP-2604, et vous remercions de l'intérêt que vous portez à Maison Pédagogique.</p>
<p>Votre dossier va être étudié avec attention par nos équipes. Compte tenu du nombre important de candidatures
reçues, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles : sans nouvelles de notre
part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Maison Pédagogique</p>""",
        brand="Maison Pédagogique", accent="#2b4c7e", lang="fr", charset="iso-8859-1",
        logo="https://career5.successfactors.eu/companylogo/maisonpedagogique.png",
        footer="""Maison Pédagogique SAS - RCS Paris 812 554 301 - 18 rue de la Roquette, 75011 Paris<br>
Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
        track="https://career5.successfactors.eu/pixel/mp/ack/4410.gif"),
})

add({
    "name": "fr_platform_relay_ta_candidature", "kind": "application_received", "company": "Quiztopia", "contact": "",
    "lang": "fr", "frm": ("Métiers&Co", "candidatures@metiersandco.example.com"),
    "subject": "Ta candidature chez Quiztopia a bien été envoyée", "hcharset": "utf-8",
    "date": "2026-01-20 23:12 +0100", "structure": "plain",
    "headers": {"List-Unsubscribe": "<https://www.metiersandco.example.com/desabonnement?c=cand>"},
    "text": """Bravo Aoife !

Ta candidature pour le poste « Concepteur·rice de quiz pédagogiques (full remote) » chez
Quiztopia a bien été envoyée. 🎯

Et maintenant ?
• L'équipe de Quiztopia va étudier ton profil.
• Tu recevras leur réponse directement par e-mail.
• Tu peux suivre tes candidatures depuis ton espace : https://www.metiersandco.example.com/moi/candidatures

En attendant, découvre d'autres jobs dans l'édtech : https://www.metiersandco.example.com/jobs?secteur=edtech&utm_source=mail_cand

L'équipe Métiers&Co

Tu reçois cet e-mail car tu as postulé via Métiers&Co. Se désabonner : https://www.metiersandco.example.com/desabonnement?c=cand
""",
})

# -------------------------------------------------------------------------------- offers

add({
    "name": "written_offer_letter_pdf", "kind": "offer", "company": "Harbourline Energy",
    "contact": "yvonne.crowley@harbourline.example.ie", "lang": "en",
    "frm": ("Yvonne Crowley", "yvonne.crowley@harbourline.example.ie"),
    "cc": [("Mark Devlin", "mark.devlin@harbourline.example.ie")],
    "subject": "Offer of employment - Learning & Development Specialist",
    "date": "2026-05-12 12:20 +0100", "structure": "mixed",
    "text": """Dear Aoife,

Further to your interview on 21 April and our phone conversation yesterday, I am delighted to
offer you the position of Learning & Development Specialist with Harbourline Energy.

Your offer letter is attached and sets out the main terms: a starting salary of EUR 52,000 per
annum, 25 days' annual leave, hybrid working (two days a week at Penrose Wharf), and a proposed
start date of Monday 6 July 2026.

Please read the letter carefully, and sign and return a copy by Friday 22 May if you wish to
accept. Your contract of employment will follow once we receive your acceptance and references.

Mark and the team are really looking forward to working with you.

Kind regards,

Yvonne Crowley
HR Business Partner
Harbourline Energy
Penrose Wharf, Cork T23 XK62 | +353 21 555 4402
Harbourline Energy DAC, registered in Ireland No. 598812.
""",
    "attachments": [{"filename": "Offer_Letter_A_Nakamura-Byrne.pdf", "lines": [
        "HARBOURLINE ENERGY",
        "Penrose Wharf, Cork T23 XK62",
        "",
        "12 May 2026",
        "Ms Aoife Nakamura-Byrne, Limerick",
        "",
        "Dear Aoife,",
        "Offer of Employment: Learning & Development Specialist",
        "We are pleased to offer you the above position on the following terms:",
        "Salary: EUR 52,000 per annum, paid monthly",
        "Start date: 6 July 2026   Probation: six months",
        "Annual leave: 25 days plus public holidays",
        "This offer is subject to satisfactory references.",
        "",
        "Signed: Yvonne Crowley, HR Business Partner",
        "Accepted: ______________________  Date: __________",
    ]}],
})

add({
    "name": "verbal_offer_confirmed", "kind": "offer", "company": "Tern Health Academy",
    "contact": "gemma.pryor@ternhealth.example.co.uk", "lang": "en",
    "frm": ("Gemma Pryor", "gemma.pryor@ternhealth.example.co.uk"),
    "subject": "Great speaking to you!",
    "date": "2026-08-14 17:03 +0100", "structure": "plain",
    "text": """Hi Aoife,

Lovely to speak to you this afternoon, and I'm so pleased you said yes!

Just to confirm in writing what we discussed on the phone: we're offering you the role of
Digital Learning Designer at Tern Health Academy, at £38,500 a year, full time, working from
home three days a week and at Tern House two days. We agreed a start date of Monday 5 October.

Our HR team will send your formal contract and the pre-employment paperwork (DBS check and two
references) early next week. If anything in the contract doesn't match the above, shout.

Welcome aboard!

Gemma

Gemma Pryor
Learning Operations Manager | Tern Health Academy
""",
})

add({
    "name": "conditional_offer_pdf", "kind": "offer", "company": "Lagan Valley University",
    "contact": "recruitment@laganvalley.example.co.uk", "lang": "en",
    "frm": ("Lagan Valley University Recruitment", "recruitment@laganvalley.example.co.uk"),
    "subject": "Conditional Offer of Appointment - LVU/2026/118",
    "date": "2026-08-20 10:31 +0100", "structure": "mixed",
    "text": """Dear Ms Nakamura-Byrne

Ref: LVU/2026/118 - Learning Technologist

Following your recent interview, I am pleased to make you a conditional offer of appointment to
the above post on Grade 6, point 28 of the University's salary scale (£36,924 per annum).

This offer is conditional upon:
  1. receipt of two satisfactory references;
  2. a satisfactory AccessNI Basic Disclosure;
  3. verification of your qualifications and right to work in the United Kingdom;
  4. completion of a pre-employment health questionnaire.

The attached letter sets out the terms in full. Please reply to this email to confirm whether you
accept this conditional offer by 3 September 2026. Your contract will be issued once all the
conditions are met.

Yours sincerely

Recruitment Team
Human Resources
Lagan Valley University
""",
    "attachments": [{"filename": "LVU_2026_118_Conditional_Offer.pdf", "lines": [
        "LAGAN VALLEY UNIVERSITY - HUMAN RESOURCES",
        "Stranmillis Road, Belfast BT9 5AH",
        "",
        "CONDITIONAL OFFER OF APPOINTMENT",
        "Post: Learning Technologist, Centre for Educational Development",
        "Reference: LVU/2026/118",
        "Grade 6, spinal point 28 - GBP 36,924 per annum",
        "Hours: 36.25 per week.  Holidays: 30 days plus statutory and University closures",
        "Conditions: references; AccessNI Basic Disclosure; right to work; health questionnaire",
        "",
        "Please confirm acceptance by 3 September 2026.",
    ]}],
})

add({
    "name": "contract_to_sign", "kind": "offer", "company": "Quillmark",
    "contact": "tom.hartigan@quillmark.example.co.uk", "lang": "en",
    "frm": ("Tom Hartigan", "tom.hartigan@quillmark.example.co.uk"),
    "subject": "Your contract - Quillmark 🎉",
    "date": "2026-04-01 15:44 +0100", "structure": "mixed",
    "text": """Hi Aoife,

Following Imogen's call on Monday - so happy we can make this official!

Attached is your employment contract for the Learning Experience Designer role (£41,000,
hybrid, start date 1 June). The key terms are the ones we talked through on the offer call; the
only thing I'd flag is the three-month notice period after probation, which is standard for us.

If you're happy, please sign page 6 and send it back to me, or sign it electronically through
the DocuSign link you'll receive separately today. Any questions at all, give me a ring.

Cheers,
Tom

Tom Hartigan | Talent, Quillmark
+44 20 5550 3318
""",
    "html": gmail_html("""<div>Hi Aoife,</div><div><br></div>
<div>Following Imogen&#39;s call on Monday - so happy we can make this official!</div><div><br></div>
<div>Attached is your employment contract for the Learning Experience Designer role (£41,000,
hybrid, start date 1 June). The key terms are the ones we talked through on the offer call; the
only thing I&#39;d flag is the three-month notice period after probation, which is standard for us.</div><div><br></div>
<div>If you&#39;re happy, please sign page 6 and send it back to me, or sign it electronically through
the DocuSign link you&#39;ll receive separately today. Any questions at all, give me a ring.</div><div><br></div>
<div>Cheers,</div><div>Tom</div><div><br></div><div>-- </div>
<div style="color:#555">Tom Hartigan | Talent, <b>Quillmark</b><br>+44 20 5550 3318</div>"""),
    "attachments": [{"filename": "Quillmark_Employment_Contract_ANB.pdf", "lines": [
        "QUILLMARK LTD - CONTRACT OF EMPLOYMENT",
        "71 Shoreditch High Street, London E1 6JJ",
        "",
        "Employee: Aoife Nakamura-Byrne",
        "Job title: Learning Experience Designer",
        "Commencement: 1 June 2026",
        "Salary: GBP 41,000 gross per annum",
        "Place of work: hybrid, London office two days per week",
        "Notice: one month during probation, three months thereafter",
        "",
        "Signed for the Company: ____________________",
        "Signed by the Employee: ____________________  (page 6)",
    ]}],
})

add({
    "name": "agency_offer_exclamations", "kind": "offer", "company": "Riverside Training Partnership",
    "contact": "danny@sparkrecruitment.example.co.uk", "lang": "en",
    "frm": ("Danny Costello - Spark Recruitment", "danny@sparkrecruitment.example.co.uk"),
    "subject": "YOU GOT IT!!!",
    "date": "2026-06-19 16:58 +0100", "structure": "plain",
    "text": """AOIFE!!!

Riverside Training Partnership have just called - they want to OFFER you the Digital Learning
Coordinator job!!! £34k, 4 days a week from home, start 1st August if you can!!

They loved your micro-teach and said you were the only one who asked about learner data. Told you!!

Nothing's final till you've seen it in writing - their HR will email the offer letter on Monday.
Have a think over the weekend and ring me with any questions, I'll negotiate the start date if
you need more notice for the school.

Congrats!!!
Danny

Danny Costello
Senior Consultant - Education
Spark Recruitment | 0161 555 0346
""",
})

add({
    "name": "madrid_remote_offer_en", "kind": "offer", "company": "Nubeaula", "contact": "lucia.ferrer@nubeaula.example.es",
    "lang": "en", "frm": ("Lucía Ferrer", "lucia.ferrer@nubeaula.example.es"), "hcharset": "utf-8",
    "subject": "Offer - Learning Designer (English courses)",
    "date": "2026-09-15 18:40 +0200", "structure": "alt",
    "text": """Hi Aoife,

I'm very happy to write this one. After your interview and the critique exercise (Álvaro is still
talking about your comments on our quiz feedback), we'd like to offer you the position of
Learning Designer for our English-language courses.

The main points:
- fully remote from Ireland, contracted through our employer-of-record partner
- gross annual salary of EUR 46,000
- 25 days of holidays plus Irish public holidays
- start date to be agreed, ideally in November

Our People team will send the formal offer and contract through our partner within a few days.
Could you let me know by the end of next week whether you accept?

Un abrazo, and I really hope it's a yes!
Lucía

--
Lucía Ferrer
Head of English Content · Nubeaula
""",
    "html": gmail_html("""<div>Hi Aoife,</div><div><br></div>
<div>I&#39;m very happy to write this one. After your interview and the critique exercise (Álvaro is still
talking about your comments on our quiz feedback), we&#39;d like to <b>offer you the position of
Learning Designer</b> for our English-language courses.</div><div><br></div>
<div>The main points:</div><ul>
<li>fully remote from Ireland, contracted through our employer-of-record partner</li>
<li>gross annual salary of EUR 46,000</li>
<li>25 days of holidays plus Irish public holidays</li>
<li>start date to be agreed, ideally in November</li></ul>
<div>Our People team will send the formal offer and contract through our partner within a few days.
Could you let me know by the end of next week whether you accept?</div><div><br></div>
<div>Un abrazo, and I really hope it&#39;s a yes!</div><div>Lucía</div><div><br></div>
<div>--</div><div style="color:#666">Lucía Ferrer<br>Head of English Content · Nubeaula</div>"""),
})

add({
    "name": "de_arbeitsvertrag_pdf", "kind": "offer", "company": "Bildungswerk Rhein-Main",
    "contact": "k.maurer@bildungswerk-rm.example.de", "lang": "de",
    "frm": ("Dr. Kerstin Maurer", "k.maurer@bildungswerk-rm.example.de"),
    "subject": "Vertragsangebot Referentin digitale Bildung", "hcharset": "iso-8859-1",
    "date": "2026-09-22 14:12 +0200", "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrte Frau Nakamura-Byrne,

wir freuen uns sehr, Ihnen nach dem Gespräch am 11. September die Stelle als Referentin für
digitale Bildung (50 %, überwiegend remote) anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Die Vergütung erfolgt in
Anlehnung an TVöD EG 10, Stufe 2; Beginn wäre der 1. November 2026. Bitte senden Sie uns ein
unterschriebenes Exemplar bis zum 6. Oktober zurück (eingescannt per E-Mail genügt zunächst).

Für Rückfragen stehe ich Ihnen selbstverständlich gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Kerstin Maurer
Bereichsleitung Erwachsenenbildung
Bildungswerk Rhein-Main e.V.
""",
    "attachments": [{"filename": "Arbeitsvertrag_Nakamura-Byrne_2026.pdf", "lines": [
        "Bildungswerk Rhein-Main e.V. - Arbeitsvertrag",
        "zwischen dem Bildungswerk Rhein-Main e.V., Mainzer Landstraße 211, Frankfurt am Main",
        "und Frau Aoife Nakamura-Byrne",
        "",
        "§ 1 Beginn: 1. November 2026; Tätigkeit: Referentin für digitale Bildung",
        "§ 2 Arbeitszeit: 19,5 Stunden wöchentlich, überwiegend mobiles Arbeiten",
        "§ 3 Vergütung: in Anlehnung an TVöD EG 10, Stufe 2",
        "§ 4 Probezeit: sechs Monate",
        "",
        "Frankfurt am Main, den ______________   Unterschrift: ______________",
    ]}],
})

add({
    "name": "de_du_an_bord", "kind": "offer", "company": "Moduli", "contact": "tobias.brandt@moduli.example.de", "lang": "de",
    "frm": ("Tobias Brandt", "tobias.brandt@moduli.example.de"),
    "subject": "Angebot für dich 🎉",
    "date": "2026-06-25 19:26 +0200", "structure": "plain", "cte": "8bit",
    "text": """Hi Aoife,

wie heute am Telefon schon angedeutet: Wir würden dich sehr gern an Bord holen! Hier noch mal
alles schriftlich.

Rolle: Instructional Designer:in (Remote, EN/DE), 32 Std./Woche
Gehalt: 52.000 € brutto im Jahr (auf 32 Std.)
Start: 1. September 2026 (oder später, wenn du in der Schule noch Kündigungsfrist hast)
Remote aus Irland über unseren EOR-Partner, zweimal im Jahr Team-Week in Leipzig

Den Vertrag bekommst du diese Woche noch per DocuSign. Sag mir gern bis Mittwoch Bescheid, ob du
dabei bist – und ruf mich an, wenn du Fragen hast!

Liebe Grüße und hoffentlich bis bald im Team
Tobias

Moduli GmbH · Head of Learning
""",
})

add({
    "name": "es_carta_oferta_pdf", "kind": "offer", "company": "Clase Abierta",
    "contact": "paula.herrero@claseabierta.example.es", "lang": "es",
    "frm": ("Paula Herrero", "paula.herrero@claseabierta.example.es"),
    "subject": "¡Bienvenida a Clase Abierta! Tu carta de oferta", "hcharset": "utf-8",
    "date": "2026-10-02 12:15 +0200", "structure": "mixed",
    "text": """¡Hola Aoife!

¡Qué alegría escribirte este correo! Después de la entrevista con Sergio y la prueba práctica,
queremos ofrecerte el puesto de diseñadora de contenidos e-learning.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 100 % en remoto,
38.000 € brutos anuales y fecha de incorporación el 2 de noviembre. Como vives en Irlanda, la
contratación se haría a través de nuestra empresa asociada en Dublín; en la carta lo tienes
explicado.

Si estás de acuerdo, solo tienes que firmar la carta y devolvérmela antes del 9 de octubre.
Cualquier duda, me llamas cuando quieras.

¡Un abrazo muy fuerte!
Paula

Paula Herrero | Talento y Cultura | Clase Abierta
""",
    "attachments": [{"filename": "Carta_oferta_Aoife_Nakamura-Byrne.pdf", "lines": [
        "CLASE ABIERTA - Carta de oferta",
        "Madrid, 2 de octubre de 2026",
        "",
        "Estimada Aoife:",
        "Nos complace ofrecerte el puesto de Diseñadora de contenidos e-learning.",
        "Tipo de contrato: indefinido, jornada completa, 100 % remoto",
        "Salario: 38.000 EUR brutos anuales en 12 pagas",
        "Incorporación: 2 de noviembre de 2026",
        "",
        "Firma de la candidata: ______________________",
    ]}],
})

add({
    "name": "fr_proposition_embauche", "kind": "offer", "company": "Savoirs Partagés",
    "contact": "l.mercier@savoirspartages.example.org", "lang": "fr",
    "frm": ("Laurent Mercier", "l.mercier@savoirspartages.example.org"), "hcharset": "iso-8859-1",
    "subject": "Proposition d'embauche – chargée de projets e-learning",
    "date": "2026-07-03 17:35 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """Chère Madame Nakamura-Byrne,

Suite à votre entretien du 24 juin avec Mme Faure et moi-même, j'ai le plaisir de vous proposer
le poste de chargée de projets e-learning au sein de Savoirs Partagés.

Les conditions sont les suivantes : CDI à temps plein, télétravail intégral avec deux séminaires
d'équipe par an à Lyon, rémunération brute annuelle de 36 000 €, prise de poste souhaitée le
1er septembre 2026.

Le contrat vous sera adressé dès réception de votre accord. Je vous remercie de me faire part de
votre réponse d'ici au 10 juillet.

En me réjouissant de notre future collaboration, je vous prie d'agréer, Madame, mes salutations
les meilleures.

Laurent Mercier
Directeur
Savoirs Partagés
12 quai Saint-Vincent, 69001 Lyon
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Chère Madame Nakamura-Byrne,</p>
<p>Suite à votre entretien du 24 juin avec Mme Faure et moi-même, j'ai le plaisir de vous proposer
le poste de <b>chargée de projets e-learning</b> au sein de Savoirs Partagés.</p>
<p>Les conditions sont les suivantes : CDI à temps plein, télétravail intégral avec deux séminaires
d'équipe par an à Lyon, rémunération brute annuelle de 36&nbsp;000&nbsp;€, prise de poste souhaitée le
1<sup>er</sup> septembre 2026.</p>
<p>Le contrat vous sera adressé dès réception de votre accord. Je vous remercie de me faire part de
votre réponse d'ici au 10 juillet.</p>
<p>En me réjouissant de notre future collaboration, je vous prie d'agréer, Madame, mes salutations
les meilleures.</p>
<p><b>Laurent Mercier</b><br>Directeur<br>Savoirs Partagés<br>12 quai Saint-Vincent, 69001 Lyon</p>
<p><img src="https://www.savoirspartages.example.org/img/logo-signature.png" alt="Savoirs Partagés" width="110"></p>
</body></html>
""",
})
