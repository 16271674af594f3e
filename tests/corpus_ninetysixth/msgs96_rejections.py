"""Rejections in the ninety-sixth corpus: 31 hand-written messages (en 17, de 5, fr 5, es 4)."""

from __future__ import annotations

from msgs96_common import ME, spec

SPECS = [
    # 1 -- Workday, HTML only, soft wording, no reply possible
    spec(
        kind="rejection", scen="workday_soft", lang="en",
        company="Pennine Learning Partnership", contact="",
        frm=("Pennine Learning Partnership Talent Acquisition", "penninelp@myworkday.com"),
        subj="Your application for Curriculum & Training Lead (JR-04417)",
        date="2026-02-19 16:03 +0000",
        mid="<1823700419.88213.1771517000112@wd3-prod-mail-a7.myworkday.com>",
        cs="utf-8", cte="qp",
        html="""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Pennine Learning Partnership</title></head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #5b2c83;">
<img src="https://wd3.myworkday.com/penninelp/images/logo_email.png" alt="Pennine Learning Partnership" width="180" height="48" style="display:block;border:0;">
</td></tr>
<tr><td style="padding:28px 32px 8px 32px;line-height:21px;">
<p style="margin:0 0 14px 0;">Dear Gareth,</p>
<p style="margin:0 0 14px 0;">Thank you for your interest in the <strong>Curriculum &amp; Training Lead</strong> position (JR-04417) with Pennine Learning Partnership, and for the time you spent on your application.</p>
<p style="margin:0 0 14px 0;">We received a very high number of applications for this role. Having reviewed them carefully against the person specification, we have decided to move forward with candidates whose experience more closely matches the requirements of the post at this time.</p>
<p style="margin:0 0 14px 0;">We would encourage you to keep an eye on our careers site, as new opportunities across our twelve academies and central team are added regularly. You can update your candidate profile at any time.</p>
<p style="margin:0 0 14px 0;">With best wishes for your search,</p>
<p style="margin:0 0 24px 0;">People &amp; Talent Team<br>Pennine Learning Partnership</p>
</td></tr>
<tr><td align="center" style="padding:0 32px 28px 32px;">
<a href="https://wd3.myworkday.com/penninelp/d/inst/candidatehome.htmld?utm_source=email&amp;utm_medium=decline" style="background-color:#5b2c83;color:#ffffff;text-decoration:none;padding:10px 22px;border-radius:3px;display:inline-block;">View Candidate Home</a>
</td></tr>
<tr><td style="padding:16px 32px;background-color:#eeeeee;font-size:11px;line-height:16px;color:#777777;">
Pennine Learning Partnership is a charitable company limited by guarantee, registered in England and Wales No 07734120. Registered office: Aireside House, 20 Wellington Street, Leeds LS1 4DL.<br>
This is an automated message sent from Workday. Please do not reply to this email; replies are not monitored.
</td></tr>
</table>
<img src="https://wd3.myworkday.com/penninelp/trk/open.gif?e=88213&amp;r=JR-04417" width="1" height="1" alt="" style="display:block;border:0;">
</td></tr></table>
</body></html>
""",
    ),
    # 2 -- Greenhouse after interview, personal Reply-To, multipart/alternative
    spec(
        kind="rejection", scen="greenhouse_after_interview", lang="en",
        company="Brightloop Learning", contact="hannah.okafor@brightloop.example.co.uk",
        frm=("Brightloop Learning via Greenhouse", "no-reply@greenhouse-mail.io"),
        rto=("Hannah Okafor", "hannah.okafor@brightloop.example.co.uk"),
        subj="Brightloop Learning | Learning Experience Designer",
        date="2026-03-27 11:40 +0000",
        mid="<6603d2a1e8b14_3f1c2b9a41@greenhouse-mail.io>",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thank you so much for taking the time to meet Priya and me last Friday, and for the
storyboard you talked us through - the way you broke the photosynthesis unit into short
retrieval loops got a lot of discussion afterwards.

I'm sorry to say that we won't be offering you the role. It was a close call, but we've
decided to move forward with another candidate whose experience of building for adult
learners in a commercial setting more closely matches where the team is right now.

I know that's disappointing after two rounds. If it helps, Priya's main feedback was
that your instructional thinking is strong and that more exposure to authoring tools
(Rise, Storyline) would make you a very competitive candidate for roles like this. I'd
genuinely encourage you to apply again when we next grow the team - I'll keep your details
to hand.

Happy to jump on a short call if you'd like more detail; just reply to this email.

All the best,
Hannah

Hannah Okafor
Talent Partner · Brightloop Learning
brightloop.example.co.uk
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Gareth,</p>
<p>Thank you so much for taking the time to meet Priya and me last Friday, and for the storyboard you talked us through &ndash; the way you broke the photosynthesis unit into short retrieval loops got a lot of discussion afterwards.</p>
<p>I&rsquo;m sorry to say that we won&rsquo;t be offering you the role. It was a close call, but we&rsquo;ve decided to move forward with another candidate whose experience of building for adult learners in a commercial setting more closely matches where the team is right now.</p>
<p>I know that&rsquo;s disappointing after two rounds. If it helps, Priya&rsquo;s main feedback was that your instructional thinking is strong and that more exposure to authoring tools (Rise, Storyline) would make you a very competitive candidate for roles like this. I&rsquo;d genuinely encourage you to apply again when we next grow the team &ndash; I&rsquo;ll keep your details to hand.</p>
<p>Happy to jump on a short call if you&rsquo;d like more detail; just reply to this email.</p>
<p>All the best,<br>Hannah</p>
<p style="color:#666;font-size:12px;">Hannah Okafor<br>Talent Partner &middot; Brightloop Learning<br><a href="https://brightloop.example.co.uk">brightloop.example.co.uk</a></p>
<img src="https://app.greenhouse.io/email_tracking/open/6603d2a1e8b14.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 3 -- one terse line from the hiring manager's phone, Apple Mail quote
    spec(
        kind="rejection", scen="terse_iphone", lang="en",
        company="Ardwick & Hulme Training", contact="dev@ardwickhulme.example.co.uk",
        frm=("Dev Lowe", "dev@ardwickhulme.example.co.uk"),
        subj="Re: L&D Coordinator",
        date="2026-01-29 18:22 +0000",
        mid="<4C1B7E0F-2D9A-4E51-A0C3-77F1D2B8E901@ardwickhulme.example.co.uk>",
        irt="<CAGnw7=xk2Lp0q@mail.example.co.uk>",
        cs="utf-8", cte="7bit",
        text="""Thanks Gareth, we've gone with someone else on this one. Best of luck.

Sent from my iPhone

> On 27 Jan 2026, at 09:05, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> wrote:
>
> Dear Dev,
>
> Thank you for the conversation on Friday about the L&D Coordinator role at
> Ardwick & Hulme Training. I really enjoyed hearing about the apprenticeship
> programmes and I'd be glad to come in for a formal interview whenever suits.
>
> Kind regards,
> Gareth
""",
    ),
    # 4 -- role put on hold, university role mailbox that invites questions
    spec(
        kind="rejection", scen="role_on_hold", lang="en",
        company="Mersey Metropolitan University", contact="recruitment@merseymet.example.co.uk",
        frm=("Recruitment Team – Mersey Metropolitan University", "recruitment@merseymet.example.co.uk"),
        subj="Vacancy MMU-2291 Educational Technologist – update on your application",
        date="2026-04-14 15:31 +0100",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Dear Gareth

Vacancy MMU-2291: Educational Technologist (Grade 7), Faculty of Health & Education

Thank you for your application for the above post and for your patience while the
interviews were postponed.

I am writing to let you know that, following a review of the Faculty’s structure, the
post has been put on hold and the University will not be proceeding with this
recruitment. All applications have therefore been withdrawn and the interviews that
were due to be rearranged will not now take place.

We appreciate that this will be disappointing, particularly as you had been shortlisted.
Should the post be re-advertised in future, we would welcome an application from you.

If you have any questions, please reply to this email and a member of the team will get
back to you.

Yours sincerely

Recruitment Team
People Services
Mersey Metropolitan University
Maryland Building, 1 Rodney Street, Liverpool L3 5UX
Tel: 0151 555 0190
""",
    ),
    # 5 -- NHS job platform, filled internally
    spec(
        kind="rejection", scen="nhs_filled_internally", lang="en",
        company="Aire Valley Teaching Hospitals NHS Trust", contact="",
        frm=("NHS Jobs", "no-reply@nhsjobs.example.co.uk"),
        subj="Update on your application: Education Programme Coordinator – 180-ED-2026-113",
        date="2026-05-06 09:12 +0100",
        cs="utf-8", cte="8bit",
        text="""Dear Gareth Nwosu-Whitfield

Job reference: 180-ED-2026-113
Job title: Education Programme Coordinator
Employer: Aire Valley Teaching Hospitals NHS Trust

Thank you for your interest in the above post.

We are writing to let you know that this vacancy has now been filled by an internal
candidate through the Trust’s redeployment process, and the advert has been withdrawn.
Your application will not be progressed any further.

We are sorry that we cannot take your application forward on this occasion. You can
search and apply for other vacancies at any time on NHS Jobs.

Yours sincerely

Recruitment Services
Aire Valley Teaching Hospitals NHS Trust

This email was sent from an unmonitored mailbox. Please do not reply. To contact the
employer, use the details given in the job advert.
""",
    ),
    # 6 -- speculative application declined, Outlook quote with "interview" in the quoted text
    spec(
        kind="rejection", scen="speculative_declined", lang="en",
        company="Halewood & Pryce Educational", contact="sophie.marr@halewoodpryce.example.co.uk",
        frm=("Sophie Marr", "sophie.marr@halewoodpryce.example.co.uk"),
        subj="RE: Speculative enquiry – science resources / learning design",
        date="2026-02-10 12:47 +0000",
        mid="<LO2P265MB4471C0A9F1E2B77D3E8A91C2B6A2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
        irt="<CAGnw7=Spec0204@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        text="""Dear Gareth,

Thank you for getting in touch, and for sending your CV and such a thoughtful letter.

I'm afraid we aren't recruiting into the editorial or digital learning teams at the
moment, and we don't expect to open any roles there before the autumn. I'm also sorry to
say that we aren't able to hold speculative CVs on file, so we won't be taking your
application any further.

Our vacancies are always listed on the careers page of our website, and I'd encourage you
to apply directly if something suitable comes up.

With best wishes,

Sophie Marr | People Advisor | Halewood & Pryce Educational Ltd
3 Rodney Street, Liverpool L1 9EF | 0151 555 0123
Registered in England No 04417729. Registered office as above.

________________________________
From: Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Sent: 04 February 2026 20:41
To: careers@halewoodpryce.example.co.uk
Subject: Speculative enquiry – science resources / learning design

Dear Sir or Madam,

I am a secondary science teacher with eleven years' experience, currently moving into
learning design. I have used your KS3 and GCSE science resources for most of my career and
would love to contribute to them. Please find my CV attached; I would welcome the chance
of an interview should a suitable opening arise.

Yours faithfully,
Gareth Nwosu-Whitfield
""",
    ),
    # 7 -- Lever, HTML only, brand differs from legal entity
    spec(
        kind="rejection", scen="lever_brand", lang="en",
        company="Quizzard", contact="",
        frm=("Quizzard", "no-reply@hire.lever.co"),
        subj="Following up on your Quizzard application",
        date="2026-06-02 10:05 +0100",
        mid="<0100018fd2a1b7c3-5e8a41f2-77c0-4b1d-9e3a-2f6c8d1a0b44-000000@email.lever.co>",
        cs="utf-8", cte="base64",
        html="""<html>
<head><meta name="viewport" content="width=device-width"></head>
<body style="background:#fafafa;margin:0;">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1f;background:#ffffff;">
  <img src="https://lever-client-logos.s3.amazonaws.com/quizzard-logo.png" alt="Quizzard" height="36" style="margin-bottom:24px;">
  <p>Hi Gareth,</p>
  <p>Thanks again for your interest in the <b>Instructional Designer (Science)</b> role and for the time you've given us over the last few weeks.</p>
  <p>We've now reviewed where everyone is in the process, and we've decided not to advance your application any further. This wasn't an easy decision &mdash; we had a lot of strong applicants from teaching backgrounds this time round.</p>
  <p>We'd love to keep in touch, and we'll let you know if a role opens up that looks like a good fit.</p>
  <p>Best wishes,<br>The Quizzard Talent Team</p>
  <hr style="border:none;border-top:1px solid #e5e5e5;margin:28px 0;">
  <p style="font-size:11px;color:#8a8a8a;">Quizzard is a trading name of Quizzard Technologies Ltd, registered in England and Wales No 11873340, 2 Hardman Street, Manchester M3 3HF.<br>
  This mailbox is unattended. <a href="https://hire.lever.co/unsubscribe?t=gZ9xq2V7" style="color:#8a8a8a;">Manage your communication preferences</a>.</p>
</div>
<img src="https://hire.lever.co/email/open?id=eb01f3c2a9&amp;u=gareth" width="1" height="1" alt="" border="0">
</body>
</html>
""",
    ),
    # 8 -- agency, client not named: company is the agency
    spec(
        kind="rejection", scen="agency_client_unnamed", lang="en",
        company="Greenfield Education Recruitment", contact="becky.sharples@greenfield-edu.example.co.uk",
        frm=("Becky Sharples", "becky.sharples@greenfield-edu.example.co.uk"),
        subj="Update",
        date="2026-03-03 13:18 +0000",
        cs="utf-8", cte="8bit",
        text="""Hi Gareth,

Just had feedback from my client on the Training Officer role in Stockport – unfortunately
they're not going to progress your application, they really want someone who already has
the TAQA assessor quals and has worked in FE :( I did push for you!!

Don't be disheartened tho, I've got loads more coming in this month, inc. a couple of
digital learning roles with trusts, so I'll be in touch very soon!!

Speak soon,
Becky

Becky Sharples | Senior Consultant | Greenfield Education Recruitment
T: 0161 555 0142 | M: 07700 900 231
Follow us on LinkedIn and Instagram @greenfieldedu
""",
    ),
    # 9 -- agency names the client; quoted chain is an invitation (misleading)
    spec(
        kind="rejection", scen="agency_named_client_after_interview", lang="en",
        company="Castlefield Bank", contact="marcus.feeney@tarnfell.example.co.uk",
        frm=("Marcus Feeney", "marcus.feeney@tarnfell.example.co.uk"),
        subj="RE: Castlefield Bank - L&D Consultant - next steps",
        date="2026-05-21 17:54 +0100",
        irt="<CAGnw7=CFB0515@mail.example.co.uk>",
        refs=["<DB9PR08MB6A10F3@tarnfell.example.co.uk>", "<CAGnw7=CFB0515@mail.example.co.uk>"],
        cs="windows-1252", cte="qp",
        text="""Gareth,

I’ve just come off the phone with Castlefield Bank. Sadly they’ve decided not to take you
forward to the final stage. The feedback was genuinely positive on your facilitation –
the role-play went well – but they felt the gap on regulatory training (Consumer Duty,
SM&CR) was too big for this particular hire, and they’ve gone with someone from another
bank.

I know you put a lot into the prep. Let’s have a proper catch-up next week: I think you’d
be a strong fit for some of the broader L&D roles I’m seeing, where the regulatory side
is handled by a separate compliance team.

Best,
Marcus

Marcus Feeney
Principal Consultant – Learning & Talent
Tarn & Fell Search
M: 07700 900 588

-----Original Message-----
From: Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Sent: 15 May 2026 08:02
To: Marcus Feeney <marcus.feeney@tarnfell.example.co.uk>
Subject: RE: Castlefield Bank - L&D Consultant - next steps

Thanks Marcus – that's brilliant news. Confirmed for Tuesday at 2pm.

-----Original Message-----
From: Marcus Feeney <marcus.feeney@tarnfell.example.co.uk>
Sent: 14 May 2026 16:40
Subject: Castlefield Bank - L&D Consultant - next steps

Congratulations Gareth! Castlefield Bank would like to invite you to a second interview
on Tuesday 19 May at 2pm at their Spinningfields office. It will include a 15-minute
role-play delivering feedback to a line manager.
""",
    ),
    # 10 -- Irish county council, not shortlisted, Latin-1
    spec(
        kind="rejection", scen="council_not_shortlisted", lang="en",
        company="Fingal Harbour County Council", contact="recruitment@fingalharbour.example.ie",
        frm=("Fingal Harbour County Council - HR Recruitment", "recruitment@fingalharbour.example.ie"),
        subj="Competition Ref. FHC/2026/041 - Training & Development Officer (Grade VI)",
        date="2026-03-18 11:02 +0000",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""A Chara,

Competition Ref. FHC/2026/041 - Training & Development Officer (Grade VI)

I refer to your application for the above competition.

Following the shortlisting process, carried out by a board on the basis of the
information supplied in the application forms, I regret to inform you that you have not
been shortlisted for interview on this occasion.

Feedback on the shortlisting may be requested in writing within 10 working days of the
date of this email, by replying to this email.

Thank you for your interest in employment with Fingal Harbour County Council.

Is mise le meas,

Aoife Brennan
Administrative Officer
Human Resources Department
Fingal Harbour County Council
Áras an Chontae, Main Street, Swords, Co. Dublin K67 X8Y2
Tel: +353 1 555 0140
""",
    ),
    # 11 -- SmartRecruiters, HTML only, retailer's L&D team
    spec(
        kind="rejection", scen="smartrecruiters_retail", lang="en",
        company="Dunmore Retail Group", contact="",
        frm=("Dunmore Retail Group", "noreply@smartrecruiters.com"),
        subj="Thank you for your interest in Dunmore",
        date="2026-04-02 19:26 +0100",
        mid="<0102018e9f4c2a11-dunmore-5c7e3b91@email.smartrecruiters.com>",
        cs="utf-8", cte="qp",
        html="""<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ececec;">
<center>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="max-width:620px;background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#2b2b2b;">
 <tr><td style="background:#0e3b43;padding:18px 28px;"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/dunmore-retail/logo-white.png" alt="DUNMORE" width="140" style="display:block;"></td></tr>
 <tr><td style="padding:30px 28px 10px 28px;font-size:15px;line-height:23px;">
  <p>Dear Gareth,</p>
  <p>Thank you for applying for the role of <em>Regional Training Manager &ndash; North</em> and for your interest in building a career with us.</p>
  <p>After careful consideration we won&rsquo;t be progressing your application on this occasion. We had a strong response and the shortlist reflects candidates with substantial multi-site retail training experience.</p>
  <p>Your profile will stay in our talent community, and you&rsquo;re welcome to apply for future vacancies.</p>
  <p>Kind regards,<br>Talent Acquisition<br>Dunmore Retail Group</p>
 </td></tr>
 <tr><td style="padding:14px 28px 24px 28px;">
  <a href="https://click.smartrecruiters.com/ls/click?upn=Dunm0r3-jobs-7Qx2-2Fcareers" style="font-family:Arial,sans-serif;font-size:13px;color:#0e3b43;">Explore other roles at Dunmore</a>
 </td></tr>
 <tr><td style="padding:16px 28px;border-top:1px solid #dddddd;font-family:Arial,sans-serif;font-size:11px;color:#888888;line-height:16px;">
  Dunmore Retail Group plc. Registered in England No 00981245. Registered office: Dunmore House, Meadowhall Way, Sheffield S9 1EP.<br>
  You received this email because you applied for a position. <a href="https://click.smartrecruiters.com/ls/click?upn=unsub-Dunm0r3" style="color:#888888;">Unsubscribe</a> &middot; <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#888888;">Privacy</a>
 </td></tr>
</table>
</center>
<img src="https://click.smartrecruiters.com/wf/open?upn=Dunm0r3-open-9z" alt="" width="1" height="1" style="height:1px!important;width:1px!important;border-width:0!important;">
</body></html>
""",
    ),
    # 12 -- Workable after a take-home task, Reply-To the recruiter in Amsterdam
    spec(
        kind="rejection", scen="workable_after_task", lang="en",
        company="Kinetica Labs", contact="noor.bakker@kineticalabs.example.nl",
        frm=("Kinetica Labs", "noreply@workablemail.com"),
        rto=("Noor Bakker", "noor.bakker@kineticalabs.example.nl"),
        subj="Your application for Learning Designer at Kinetica Labs",
        date="2026-05-12 14:48 +0200",
        cs="utf-8", cte="base64",
        text="""Dear Gareth,

Thank you for the time and care you put into the assignment - the team enjoyed reading
your module outline on climate literacy for secondary teachers.

After reviewing all the submissions, we have decided not to move forward with your
application. The main reason is that we need someone who can start building in our
authoring stack from day one, and the other finalists had more hands-on experience with
it.

We know how much effort a take-home task is, and we're grateful you made it. If you would
like more detailed notes on your submission, just reply and I'll send them over.

Kind regards,
Noor Bakker
People & Talent, Kinetica Labs
Keizersgracht 221, 1016 DV Amsterdam
""",
        html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#333;">
<p>Dear Gareth,</p>
<p>Thank you for the time and care you put into the assignment &ndash; the team enjoyed reading your module outline on climate literacy for secondary teachers.</p>
<p>After reviewing all the submissions, we have decided not to move forward with your application. The main reason is that we need someone who can start building in our authoring stack from day one, and the other finalists had more hands-on experience with it.</p>
<p>We know how much effort a take-home task is, and we&#39;re grateful you made it. If you would like more detailed notes on your submission, just reply and I&#39;ll send them over.</p>
<p>Kind regards,<br>Noor Bakker<br>People &amp; Talent, Kinetica Labs<br>Keizersgracht 221, 1016 DV Amsterdam</p>
<p style="font-size:11px;color:#999;">Sent with <a href="https://workable.com/?utm_source=candidate_email" style="color:#999;">Workable</a></p>
</div>
""",
    ),
    # 13 -- Teamtailor, charity, multipart/alternative
    spec(
        kind="rejection", scen="teamtailor_charity_shortlisting", lang="en",
        company="Lark & Lantern Foundation", contact="",
        frm=("Lark & Lantern Foundation", "no-reply@teamtailor-mail.com"),
        subj="Your application – Learning & Volunteer Development Officer",
        date="2026-02-24 17:15 +0000",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thank you for applying to be our Learning & Volunteer Development Officer. We were
overwhelmed by the number of people who want to help us bring storytelling to children
in hospital.

We've now finished shortlisting, and we're sorry to say that you haven't been selected for
interview. Because we're a small team we can't give individual feedback at this stage,
but please know every application was read by two people.

Warmly,
The Lark & Lantern team

Lark & Lantern Foundation · Registered charity no. 1187734 · Unit 4, Cotton Exchange, Liverpool L3 9LQ
Unsubscribe from job updates: https://larkandlantern.teamtailor.com/unsubscribe
""",
        html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#fff8ef;"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:'Trebuchet MS',sans-serif;color:#3d2b1f;">
<tr><td style="padding:26px 0 10px 0;"><img src="https://assets.teamtailor-cdn.com/larkandlantern/logo.png" alt="Lark &amp; Lantern Foundation" width="120"></td></tr>
<tr><td style="font-size:15px;line-height:24px;">
<p>Hi Gareth,</p>
<p>Thank you for applying to be our Learning &amp; Volunteer Development Officer. We were overwhelmed by the number of people who want to help us bring storytelling to children in hospital.</p>
<p>We&rsquo;ve now finished shortlisting, and we&rsquo;re sorry to say that you haven&rsquo;t been selected for interview. Because we&rsquo;re a small team we can&rsquo;t give individual feedback at this stage, but please know every application was read by two people.</p>
<p>Warmly,<br>The Lark &amp; Lantern team</p>
</td></tr>
<tr><td style="font-size:11px;color:#9b8676;padding:20px 0;">Lark &amp; Lantern Foundation &middot; Registered charity no. 1187734 &middot; Unit 4, Cotton Exchange, Liverpool L3 9LQ<br>
<a href="https://larkandlantern.teamtailor.com/unsubscribe" style="color:#9b8676;">Unsubscribe from job updates</a></td></tr>
</table></td></tr></table>
""",
    ),
    # 14 -- interview cancelled because the role is closed: a rejection
    spec(
        kind="rejection", scen="ashby_role_closed_interview_cancelled", lang="en",
        company="Cohortly", contact="",
        frm=("Cohortly Hiring", "no-reply@ashbyhq.com"),
        subj="Your interview on Thursday – cancelled",
        date="2026-06-16 08:57 +0100",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

I'm really sorry to be writing this. We've had to cancel your interview on Thursday
18 June for the Learning Designer role.

Following a restructure of our content team last week, the Learning Designer position has
been closed and we won't be hiring for it this year, so we're not able to continue with
your application. This has nothing to do with you or your application, which we liked.

If we reopen the role we'll reach out to you first.

Femi Adeyemi
on behalf of the Cohortly team

--
Cohortly · cohort-based courses for frontline teams
This message was sent via Ashby. Replies to this address are not delivered.
""",
        html="""<div style="font-family:Inter,Helvetica,sans-serif;font-size:15px;color:#111827;max-width:520px;">
<p>Hi Gareth,</p>
<p>I'm really sorry to be writing this. We've had to cancel your interview on <strong>Thursday 18 June</strong> for the Learning Designer role.</p>
<p>Following a restructure of our content team last week, the Learning Designer position has been closed and we won't be hiring for it this year, so we're not able to continue with your application. This has nothing to do with you or your application, which we liked.</p>
<p>If we reopen the role we'll reach out to you first.</p>
<p>Femi Adeyemi<br>on behalf of the Cohortly team</p>
<p style="color:#6b7280;font-size:12px;border-top:1px solid #e5e7eb;padding-top:12px;">Cohortly &middot; cohort-based courses for frontline teams<br>This message was sent via <a href="https://www.ashbyhq.com/?utm_source=email" style="color:#6b7280;">Ashby</a>. Replies to this address are not delivered.</p>
</div>
""",
    ),
    # 15 -- iCIMS, building society, after a video interview
    spec(
        kind="rejection", scen="icims_after_video_interview", lang="en",
        company="Northgate Building Society", contact="",
        frm=("Northgate Building Society Careers", "noreply@talent.icims.com"),
        subj="Your application – Learning Design Consultant (Req 2026-1187)",
        date="2026-07-08 16:40 +0100",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;padding:0;">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f4f6f8"><tr><td align="center" style="padding:20px;">
<table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="border:1px solid #d9dee3;">
<tr><td style="padding:22px 30px;"><img src="https://careers-northgatebs.icims.com/images/ngbs_logo.png" alt="Northgate Building Society" width="200" height="40" border="0"></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-family:Verdana,Geneva,sans-serif;font-size:13px;line-height:20px;color:#1f2a36;">
<p>Dear Gareth,</p>
<p>Thank you for attending the video interview for the position of Learning Design Consultant (Req 2026-1187). The panel appreciated the time you took to talk them through your approach to blended learning.</p>
<p>We have now completed the interviews, and we regret to inform you that we have decided not to progress your application further on this occasion.</p>
<p>We wish you every success in your career.</p>
<p>Yours sincerely,<br><strong>Resourcing Team</strong><br>Northgate Building Society</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#1f2a36;font-family:Verdana,Geneva,sans-serif;font-size:10px;line-height:15px;color:#c9d1d9;">
Northgate Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 100271). Principal Office: Northgate House, Park Row, Leeds LS1 5HD.<br>
Please do not reply to this message. <a href="https://careers-northgatebs.icims.com/jobs/candidate?unsubscribe=1&amp;hashed=-4471" style="color:#c9d1d9;">Unsubscribe</a>
</td></tr>
</table>
<img src="https://careers-northgatebs.icims.com/icims2/servlet/icims2?module=Email&amp;action=track&amp;id=a91c77" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
    ),
    # 16 -- Irish university, role mailbox signed by a person, "Re: your application"
    spec(
        kind="rejection", scen="university_not_shortlisted_ie", lang="en",
        company="Technological University of the Liffey", contact="hr.recruitment@tuliffey.example.ie",
        frm=("HR Recruitment – TU Liffey", "hr.recruitment@tuliffey.example.ie"),
        subj="Re: your application",
        date="2026-04-23 16:05 +0100",
        irt="<CAGnw7=TUL0421@mail.example.co.uk>",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Dear Gareth,

Thanks for your email and apologies for the delay in getting back to you.

I’m sorry to tell you that your application for the post of Learning Technologist (Ref.
TUL-HR-0319) was not successful at the shortlisting stage. The board received 64
applications and was only able to invite eight candidates to interview; it placed
particular weight on experience of supporting academic staff with Moodle and
lecture-capture tools in a third-level setting.

If you would like feedback, I’m happy to arrange a short call with the chair of the
board – just reply to this email with a couple of times that suit.

Kind regards,

Ciara Ní Fhlatharta
HR Officer – Recruitment & Selection
Technological University of the Liffey
Bolton Street Campus, Dublin 1, D01 K822
“Learning for life, together”

> On 21 Apr 2026, at 20:14, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> wrote:
>
> Hello, I applied for the Learning Technologist role (TUL-HR-0319) in March and
> wondered whether interviews have been scheduled yet? Many thanks, Gareth
""",
    ),
    # 17 -- rejection whose Gmail quote is an interview confirmation (misleading)
    spec(
        kind="rejection", scen="after_interview_quote_confirms", lang="en",
        company="Canmore Insurance Group", contact="isla.mctaggart@canmore-insurance.example.co.uk",
        frm=("Isla McTaggart", "isla.mctaggart@canmore-insurance.example.co.uk"),
        subj="Re: Interview confirmed – Digital Learning Designer",
        date="2026-04-29 10:26 +0100",
        irt="<CAGnw7=CAN0428@mail.example.co.uk>",
        refs=["<CAN.2026.0421.1402@canmore-insurance.example.co.uk>", "<CAGnw7=CAN0428@mail.example.co.uk>"],
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thanks for your lovely note yesterday, and for coming through to Edinburgh.

I'm sorry to tell you that the panel has decided not to take your application further.
They went with a candidate who has more experience with Articulate Rise and with our
kind of regulated content. Gordon asked me to pass on that your presentation was one of
the clearest they saw.

Wishing you all the best with the move out of teaching.

Isla

Isla McTaggart
Talent Acquisition Partner
Canmore Insurance Group plc
1 Festival Square, Edinburgh EH3 9SR
Registered in Scotland No SC512345

On Tue, 28 Apr 2026 at 19:12, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> wrote:
> Dear Isla, thank you for today - I really enjoyed meeting the panel. Gareth
>
> On Tue, 21 Apr 2026 at 14:02, Isla McTaggart <isla.mctaggart@canmore-insurance.example.co.uk> wrote:
>> Hi Gareth,
>> Interview confirmed for Tuesday 28 April at 10:00 at 1 Festival Square. You'll
>> meet Gordon Baird (Head of Learning) and me, and we'd like a 10-minute
>> presentation on a module you have designed. We look forward to seeing you!
>> Isla
""",
    ),
    # 18 -- Personio, Zurich ed-tech, German (Swiss spelling), HTML only
    spec(
        kind="rejection", scen="personio_ch_sie", lang="de",
        company="Lernwerk", contact="",
        frm=("Lernwerk AG", "noreply@personio.de"),
        subj="Ihre Bewerbung als Learning Experience Designer (m/w/d)",
        date="2026-04-02 17:21 +0200",
        cs="utf-8", cte="base64",
        html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;color:#24292f;">
<tr><td style="padding:26px 34px 6px 34px;"><img src="https://lernwerk.jobs.personio.de/assets/company/logo-lernwerk.png" alt="Lernwerk AG" width="150"></td></tr>
<tr><td style="padding:12px 34px 24px 34px;font-size:14px;line-height:22px;">
<p>Sehr geehrter Herr Nwosu-Whitfield</p>
<p>Vielen Dank für Ihr Interesse an der Lernwerk AG und für Ihre Bewerbung als Learning Experience Designer (m/w/d).</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns nach eingehender Prüfung für eine andere Kandidatur entschieden haben, die unserem aktuellen Anforderungsprofil noch etwas besser entspricht. Diese Entscheidung ist uns nicht leichtgefallen.</p>
<p>Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen nach sechs Monaten gelöscht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Freundliche Grüsse<br>Ihr Lernwerk-Team</p>
</td></tr>
<tr><td style="padding:14px 34px;border-top:1px solid #e1e4e8;font-size:11px;line-height:16px;color:#6a737d;">
Lernwerk AG · Hardturmstrasse 161 · 8005 Zürich · CHE-298.114.502<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf. <a href="https://lernwerk.jobs.personio.de/privacy-policy?language=de" style="color:#6a737d;">Datenschutz</a>
</td></tr>
</table></td></tr></table>
<img src="https://lernwerk.jobs.personio.de/t/o/7f3ac91e.png" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 19 -- SuccessFactors, Swiss insurer, Latin-1 quoted-printable
    spec(
        kind="rejection", scen="successfactors_absage", lang="de",
        company="Alpenblick Versicherungen", contact="",
        frm=("Alpenblick Versicherungen AG", "alpenblick@successfactors.eu"),
        subj="Absage: Fachspezialist/in Learning & Development (80-100 %)",
        date="2026-06-04 08:15 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Wir danken Ihnen für Ihre Bewerbung als Fachspezialist/in Learning & Development
(80-100 %) und für das Interesse, das Sie der Alpenblick Versicherungen AG
entgegenbringen.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für Kandidatinnen und
Kandidaten entschieden, deren Profil den Anforderungen der Stelle noch besser
entspricht. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.

Ihre Bewerbungsunterlagen werden wir unter Beachtung der Datenschutzbestimmungen
löschen. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Alpenblick Versicherungen AG
Human Resources
Mythenquai 50, 8002 Zürich

Diese Nachricht wurde automatisch generiert. Antworten an diese Adresse werden nicht
gelesen.
""",
    ),
    # 20 -- start-up, du, after an interview, legal footer with Geschäftsführer
    spec(
        kind="rejection", scen="startup_du_after_interview", lang="de",
        company="Lumenauts", contact="jonas@lumenauts.example.com",
        frm=("Jonas Reuter", "jonas@lumenauts.example.com"),
        subj="Feedback zu unserem Gespräch",
        date="2026-04-20 18:03 +0200",
        cs="utf-8", cte="8bit",
        text="""Hi Gareth,

danke dir nochmal für das offene Gespräch am Freitag – hat echt Spass gemacht, und dein
Beispiel mit der Elektrizitäts-Einheit für die 10. Klasse ist bei uns allen hängen
geblieben.

Ich will dich nicht lange hinhalten: Wir haben uns am Ende für eine Person entschieden,
die schon mehrere Jahre im Corporate-Learning-Bereich gearbeitet hat und unsere
Enterprise-Kunden direkt betreuen kann. Das war für diese Rolle der Knackpunkt.

Wenn du magst, gebe ich dir gern noch ausführlicheres Feedback am Telefon. Und ich
melde mich, falls wir nächstes Jahr eine Rolle aufmachen, die mehr in Richtung
Schule/Didaktik geht.

Alles Gute und liebe Grüsse nach Manchester
Jonas

--
Jonas Reuter · Head of Learning · Lumenauts GmbH
Torstraße 110, 10119 Berlin · Büro Zürich: Josefstrasse 59, 8005 Zürich
Geschäftsführer: Jonas Reuter, Mira Aksoy · Amtsgericht Charlottenburg HRB 201234 B
""",
    ),
    # 21 -- Swiss university: post suspended ("sistiert") and procedure stopped
    spec(
        kind="rejection", scen="hochschule_stelle_sistiert", lang="de",
        company="Hochschule für Didaktik Zürich", contact="regula.baumgartner@hdz.example.ch",
        frm=("Regula Baumgartner", "regula.baumgartner@hdz.example.ch"),
        subj="Ihre Bewerbung – Stelle sistiert",
        date="2026-06-09 10:44 +0200",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Wir haben Ihnen im Februar den Eingang Ihrer Bewerbung als Wissenschaftlicher Mitarbeiter
Digitale Lehre (60–80 %) bestätigt.

Leider muss ich Ihnen heute mitteilen, dass die Stelle aufgrund der vom Kantonsrat
beschlossenen Budgetkürzungen bis auf Weiteres sistiert wird. Wir führen das
Auswahlverfahren deshalb nicht weiter und können Ihre Bewerbung nicht berücksichtigen.
Ob und wann die Stelle neu ausgeschrieben wird, ist derzeit offen.

Wir bedauern diesen Entscheid sehr und danken Ihnen für Ihr Interesse an der HDZ. Bei
Fragen dürfen Sie sich gerne bei mir melden.

Freundliche Grüsse

Regula Baumgartner
HR-Fachfrau
Hochschule für Didaktik Zürich
Abteilung Personal
Lagerstrasse 2, 8090 Zürich
Telefon +41 43 555 21 07
""",
    ),
    # 22 -- terse, base64, a bank's HR mailbox that does not invite a reply
    spec(
        kind="rejection", scen="privatbank_kurz", lang="de",
        company="Zürcher Privatbank Limmat", contact="",
        frm=("HR Zürcher Privatbank Limmat", "hr@limmatbank.example.ch"),
        subj="Ihre Bewerbung",
        date="2026-08-12 07:58 +0200",
        cs="utf-8", cte="base64",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Besten Dank für Ihre Bewerbung als Learning Partner. Wir haben uns für eine andere
Kandidatin entschieden.

Freundliche Grüsse
HR Services

Zürcher Privatbank Limmat AG
Bahnhofstrasse 28, 8001 Zürich
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der
richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese
Nachricht.
""",
    ),
    # 23 -- Taleo, French, Lausanne training provider recruiting for Zurich, HTML only
    spec(
        kind="rejection", scen="taleo_vous", lang="fr",
        company="Formations Léman", contact="",
        frm=("Formations Léman SA", "formations-leman@taleo.net"),
        subj="Votre candidature – Concepteur/trice pédagogique (Zurich)",
        date="2026-03-12 18:40 +0100",
        cs="utf-8", cte="qp",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body bgcolor="#ffffff">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="font-family:Arial,sans-serif;font-size:13px;color:#303030;">
<tr><td style="padding:14px 0;border-bottom:2px solid #0079c1;"><img src="https://formationsleman.taleo.net/careersection/theme/4011/logo_fl.gif" alt="Formations Léman" border="0"></td></tr>
<tr><td style="padding:22px 0;line-height:20px;">
<p>Monsieur,</p>
<p>Nous vous remercions de l&#39;intérêt que vous portez à Formations Léman SA et de votre candidature au poste de <b>Concepteur/trice pédagogique</b> pour notre antenne de Zurich.</p>
<p>Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n&#39;a pas été retenue. Le profil recherché demandait en effet une expérience confirmée de la formation professionnelle pour adultes en Suisse.</p>
<p>Nous conservons vos données dans notre base de candidats pendant douze mois, sauf avis contraire de votre part.</p>
<p>Nous vous prions d&#39;agréer, Monsieur, nos salutations distinguées.</p>
<p>Service des ressources humaines<br>Formations Léman SA</p>
</td></tr>
<tr><td style="font-size:10px;color:#8c8c8c;border-top:1px solid #cccccc;padding-top:10px;">
Formations Léman SA &ndash; Avenue de Rhodanie 58 &ndash; 1007 Lausanne. Ce message a été envoyé automatiquement, merci de ne pas y répondre.
<a href="https://formationsleman.taleo.net/careersection/2/mysubmissions.ftl?lang=fr" style="color:#8c8c8c;">Mes candidatures</a>
</td></tr>
</table>
</body></html>
""",
    ),
    # 24 -- French publisher after an interview, Latin-1, RCS footer
    spec(
        kind="rejection", scen="editeur_apres_entretien", lang="fr",
        company="Éditions Vauclair", contact="c.desrosiers@vauclair.example.com",
        frm=("Claire Desrosiers", "c.desrosiers@vauclair.example.com"),
        subj="Suite à notre entretien",
        date="2026-05-05 15:20 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Bonjour Gareth,

Je tenais à vous remercier encore pour l'entretien du 9 avril ainsi que pour l'exercice
de scénarisation que vous nous avez transmis ensuite ; Mathieu et moi avons beaucoup
apprécié votre regard d'enseignant.

Après de longues discussions, nous avons toutefois décidé de poursuivre avec un autre
candidat dont le parcours dans l'édition numérique correspond davantage aux besoins
immédiats de notre pôle de Dublin. Ce choix ne remet pas en cause la qualité de votre
candidature.

Je me permets de garder vos coordonnées : nous lancerons probablement un recrutement sur
la gamme sciences au collège d'ici la fin de l'année.

Bien cordialement,

Claire Desrosiers
Responsable RH - Pôle international
Éditions Vauclair SAS
12, rue Jacob - 75006 Paris
SAS au capital de 250 000 euros - RCS Paris 412 345 678
""",
    ),
    # 25 -- Geneva foundation: position filled internally
    spec(
        kind="rejection", scen="fondation_pourvu_interne", lang="fr",
        company="Fondation Horizon Éducation", contact="sandrine.moret@horizon-education.example.ch",
        frm=("Sandrine Moret", "sandrine.moret@horizon-education.example.ch"),
        subj="Poste de chargé·e de formation – information",
        date="2026-07-02 11:37 +0200",
        cs="utf-8", cte="qp",
        text="""Monsieur Nwosu-Whitfield,

Nous revenons vers vous au sujet de votre candidature au poste de chargé·e de formation
(programmes enseignants), basé à Zurich.

Nous vous informons que le poste a finalement été pourvu en interne, par une
collaboratrice de notre bureau de Genève qui souhaitait rejoindre l'équipe zurichoise.
Nous ne donnerons donc pas suite à votre candidature, malgré son intérêt.

Nous vous remercions pour le temps consacré à votre dossier et restons à votre
disposition pour toute question.

Avec nos meilleures salutations,

Sandrine Moret
Responsable des ressources humaines
Fondation Horizon Éducation
Rue de Lausanne 64 · 1202 Genève
+41 22 555 48 10
""",
    ),
    # 26 -- French ed-tech via Greenhouse, HTML only
    spec(
        kind="rejection", scen="greenhouse_fr_tu", lang="fr",
        company="Lumière Learning", contact="",
        frm=("Lumière Learning via Greenhouse", "no-reply@greenhouse-mail.io"),
        subj="Ta candidature chez Lumière Learning",
        date="2026-09-03 09:30 +0200",
        mid="<66d6b9a2c01f7_2a9e3c1b55@greenhouse-mail.io>",
        cs="utf-8", cte="base64",
        html="""<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1a1a2e;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;"><img src="https://s3.amazonaws.com/grnhse-logos/lumiere-learning/logo.png" alt="Lumière Learning" height="34"></td></tr>
<tr><td style="line-height:1.6;">
<p>Bonjour Gareth,</p>
<p>Merci d&rsquo;avoir postulé au poste de <strong>Learning Designer (bureau d&rsquo;Amsterdam)</strong> et d&rsquo;avoir pris le temps d&rsquo;échanger avec Inès lors du premier appel.</p>
<p>Après réflexion, nous ne poursuivrons pas le processus avec toi. Nous cherchons pour ce poste quelqu&rsquo;un qui parle néerlandais couramment pour travailler avec nos clients locaux.</p>
<p>On te souhaite plein de réussite dans ta reconversion &ndash; et n&rsquo;hésite pas à repostuler plus tard !</p>
<p>L&rsquo;équipe Talent de Lumière Learning</p>
</td></tr>
<tr><td style="font-size:11px;color:#999999;padding-top:22px;">Lumière Learning SAS &middot; 8 rue de la Bourse, 69002 Lyon &middot; <a href="https://boards.greenhouse.io/lumierelearning" style="color:#999999;">Nos offres</a></td></tr>
</table></td></tr></table>
<img src="https://app.greenhouse.io/email_tracking/open/66d6b9a2c01f7.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 27 -- founder, tu, from an iPhone, a few lines; the quote thanks for the interview
    spec(
        kind="rejection", scen="fondateur_tu_iphone", lang="fr",
        company="Tribu Pédago", contact="max@tribupedago.example.com",
        frm=("Maxime Roux", "max@tribupedago.example.com"),
        subj="Re: Candidature – concepteur pédagogique – Tribu Pédago",
        date="2026-06-05 21:14 +0200",
        irt="<CAGnw7=TRIBU0602@mail.example.co.uk>",
        cs="utf-8", cte="8bit",
        text="""Salut Gareth,

Bon, je vais être direct : on ne va pas donner suite pour le poste de concepteur
pédagogique. C'était serré, mais on a besoin de quelqu'un qui connaît déjà bien le
programme français du collège.

Désolé, et bonne continuation !
Max

Envoyé de mon iPhone

> Le 2 juin 2026 à 18:12, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> a écrit :
>
> Salut Max,
> Merci pour l'échange de lundi, j'ai hâte de la suite ! Je t'envoie comme promis
> la petite séquence sur les circuits électriques.
> Gareth
""",
    ),
    # 28 -- Teamtailor, Madrid ed-tech, tú, HTML only
    spec(
        kind="rejection", scen="teamtailor_es_tu", lang="es",
        company="Aprende Más", contact="",
        frm=("Aprende Más", "no-reply@teamtailor-mail.com"),
        subj="Sobre tu candidatura en Aprende Más",
        date="2026-06-25 12:02 +0200",
        cs="utf-8", cte="qp",
        html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f3ff;"><tr><td align="center" style="padding:28px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Arial,sans-serif;color:#2e2440;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://assets.teamtailor-cdn.com/aprendemas/logo-morado.png" alt="Aprende Más" width="130"></td></tr>
<tr><td style="padding:18px 32px 26px 32px;font-size:15px;line-height:23px;">
<p>¡Hola, Gareth!</p>
<p>Muchas gracias por tu tiempo durante el proceso para el puesto de <strong>Diseñador/a instruccional</strong> y por la charla con Lucía y el equipo de producto.</p>
<p>Lamentamos comunicarte que no seguiremos adelante con tu candidatura. Al final nos hemos decidido por un perfil con más experiencia en formación profesional para adultos en España.</p>
<p>Nos ha encantado conocerte y guardaremos tu CV para futuras vacantes, si te parece bien.</p>
<p>Un abrazo,<br>El equipo de Aprende Más</p>
</td></tr>
<tr><td style="padding:12px 32px;font-size:11px;color:#8f86a0;border-top:1px solid #eee;">Aprende Más S.L. · Calle de Fuencarral 96, 28004 Madrid · <a href="https://aprendemas.teamtailor.com/privacy" style="color:#8f86a0;">Política de privacidad</a> · <a href="https://aprendemas.teamtailor.com/connect/unsubscribe?c=73a1" style="color:#8f86a0;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://tracking.teamtailor-mail.com/o/7a9f2c/open.gif" width="1" height="1" alt="">
""",
    ),
    # 29 -- foundation cancels the process, the post will not be filled: rejection
    spec(
        kind="rejection", scen="fundacion_proceso_cancelado", lang="es",
        company="Fundación Ciencia Abierta", contact="marta.ibanez@cienciaabierta.example.es",
        frm=("Marta Ibáñez Soler", "marta.ibanez@cienciaabierta.example.es"),
        subj="RE: Entrevista - Técnico/a de formación",
        date="2026-07-14 13:25 +0200",
        irt="<CAGnw7=FCA0713@mail.example.co.uk>",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Estimado Sr. Nwosu-Whitfield:

Le escribo en respuesta a su correo de ayer, en relación con su candidatura al puesto de Técnico/a de formación de la
Fundación Ciencia Abierta.

Lamentamos informarle de que el Patronato ha decidido cancelar el proceso de selección:
por motivos presupuestarios, la plaza no se va a cubrir este año. Por este motivo, no
continuaremos con las entrevistas previstas para septiembre.

Le agradecemos sinceramente el interés mostrado y el tiempo dedicado. Si en el futuro se
convoca de nuevo la plaza, se lo comunicaremos.

Reciba un cordial saludo,

Marta Ibáñez Soler
Responsable de Personas
Fundación Ciencia Abierta
C/ de Alcalá 155, 28009 Madrid
Tel. 91 555 47 20

De: Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Enviado: lunes, 13 de julio de 2026 9:02
Para: Marta Ibáñez Soler <marta.ibanez@cienciaabierta.example.es>
Asunto: Entrevista - Técnico/a de formación

Estimada Sra. Ibáñez:

Muchas gracias por su llamada del viernes. Le confirmo con mucho gusto mi
disponibilidad para la entrevista de septiembre; estaré en Madrid del 7 al 18.

Un cordial saludo,
Gareth Nwosu-Whitfield
""",
    ),
    # 30 -- SuccessFactors, Spanish bank after interview, usted, multipart/alternative
    spec(
        kind="rejection", scen="banco_tras_entrevista", lang="es",
        company="Banco Meseta", contact="",
        frm=("Banco Meseta – Selección", "bancomeseta@successfactors.eu"),
        subj="Resultado del proceso de selección",
        date="2026-08-04 16:10 +0200",
        cs="utf-8", cte="base64",
        text="""Estimado/a Gareth:

Le agradecemos su participación en el proceso de selección para la posición de
Especialista en Formación Corporativa y el tiempo que dedicó a la entrevista con nuestro
comité.

Tras valorar detenidamente todas las candidaturas, le comunicamos que en esta ocasión su
perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos sus datos en nuestra base de candidatos, de acuerdo con nuestra política de
privacidad, para futuras oportunidades.

Atentamente,
Dirección de Talento
Banco Meseta

Banco Meseta, S.A. Paseo de la Castellana 140, 28046 Madrid. Inscrito en el Registro
Mercantil de Madrid, Tomo 4.221, Folio 18, Hoja M-70221. Este mensaje se ha generado
automáticamente; por favor, no responda a esta dirección.
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333;">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#7a1f2b;padding:14px 20px;"><img src="https://performancemanager.successfactors.eu/public/ui-resource/bancomeseta/logo.png" alt="Banco Meseta" height="30"></td></tr>
<tr><td style="padding:20px;line-height:19px;">
<p>Estimado/a Gareth:</p>
<p>Le agradecemos su participación en el proceso de selección para la posición de <b>Especialista en Formación Corporativa</b> y el tiempo que dedicó a la entrevista con nuestro comité.</p>
<p>Tras valorar detenidamente todas las candidaturas, le comunicamos que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.</p>
<p>Conservaremos sus datos en nuestra base de candidatos, de acuerdo con nuestra política de privacidad, para futuras oportunidades.</p>
<p>Atentamente,<br>Dirección de Talento<br>Banco Meseta</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:10px;color:#999;border-top:1px solid #ddd;">Banco Meseta, S.A. Paseo de la Castellana 140, 28046 Madrid. Inscrito en el Registro Mercantil de Madrid, Tomo 4.221, Folio 18, Hoja M-70221. Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección.</td></tr>
</table>
</body></html>
""",
    ),
    # 31 -- agency, client unnamed, no accents in the body
    spec(
        kind="rejection", scen="consultora_sin_cliente", lang="es",
        company="Talento Iberico Consultores", contact="jortega@talentoiberico.example.es",
        frm=("Javier Ortega", "jortega@talentoiberico.example.es"),
        subj="tu candidatura",
        date="2026-09-29 19:47 +0200",
        cs="utf-8", cte="7bit",
        text="""Hola Gareth,

te escribo para contarte que mi cliente ha decidido no seguir adelante contigo para la
posicion de Learning Designer en Madrid. Han preferido un perfil con mas experiencia en
formacion corporativa y que hable espanol nativo con los equipos comerciales.

Se que es una pena porque la entrevista conmigo fue muy bien. Animo, seguro que sale
algo pronto, te tengo en cuenta para otros procesos.

Un saludo,

Javier Ortega
Senior Consultant
Talento Iberico Consultores, S.L.
Madrid - Barcelona - Valencia
""",
    ),
]

assert len(SPECS) == 31, len(SPECS)
assert all(s["to"] == [ME] for s in SPECS if "to" in s)
