"""Rejections written for Ingrid Solberg-Achebe (31): soft, terse, after interview, speculative,
on hold, filled internally, agency-relayed, role closed. Each written by hand."""

# ruff: noqa: C408  (each message is a dict(...) call: a spec written by hand)

from __future__ import annotations

from msgs113_common import (
    OUTLOOK_DE,
    apple_quote,
    ats_page,
    french_quote,
    outlook_quote,
    spanish_quote,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- English

add(dict(
    kind="rejection", scen="workday_lothian_soft", lang="en",
    company="Lothian Heritage Trust", contact="",
    frm=("Lothian Heritage Trust", "lothianheritage@myworkday.com"),
    subject="Your application for Collections Data Officer (R-00417)",
    date="2026-02-20 16:02 +0000",
    html=ats_page(
        """<p style="margin:0 0 14px">Dear Ingrid,</p>
<p style="margin:0 0 14px">Thank you for your interest in the <b>Collections Data Officer</b> position (R-00417) at Lothian Heritage Trust, and for the time you put into your application.</p>
<p style="margin:0 0 14px">We received a strong field for this post. After careful review we have decided to move forward with candidates whose experience more closely matches the requirements of the role, and we will not be progressing your application further.</p>
<p style="margin:0 0 14px">New opportunities across our eleven properties are posted regularly on our <a href="https://lothianheritage.wd3.myworkdayjobs.example.com/en-GB/Careers?source=email_reject">careers site</a>, and we hope you will continue to consider us.</p>
<p style="margin:0">Kind regards,<br>Talent Acquisition<br>Lothian Heritage Trust</p>""",
        brand="Lothian Heritage Trust", logo="https://lothianheritage.example.org/assets/lht-logo-email.png",
        logo_alt="Lothian Heritage Trust", colour="#5b2a45",
        footer="This email was sent from an unmonitored mailbox. Please do not reply.<br>Lothian Heritage Trust is a charity registered in Scotland (SC031877) and a company limited by guarantee (SC198455). Registered office: 7 Calton Place, Edinburgh EH7 5AA.<br>Powered by Workday"),
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="greenhouse_harcourt_after_interview", lang="en",
    company="Harcourt & Vane", contact="tamsin.okafor@harcourtvane.example.co.uk",
    frm=("Harcourt & Vane via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Tamsin Okafor", "tamsin.okafor@harcourtvane.example.co.uk"),
    subject="Harcourt & Vane - Archive & Rights Coordinator",
    date="2026-03-06 11:47 +0000",
    text="""Hi Ingrid,

Thank you for coming in to meet Rupert and me on Thursday, and for the thought you'd clearly put into the permissions exercise. We both enjoyed the conversation - particularly your take on the backlist contracts and how you'd approach the 1970s correspondence files.

It was a genuinely close decision, but we have offered the Archive & Rights Coordinator role to another candidate who has several years of hands-on experience with rights metadata in a trade publisher, which is what the team needs most from day one.

I know that's disappointing to hear after reaching the final stage. If it would be useful, I'm very happy to share more detailed feedback over a 15-minute call - just reply here with a couple of times that suit.

With best wishes,

Tamsin Okafor
Talent Partner
Harcourt & Vane
""",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
<p>Hi Ingrid,</p>
<p>Thank you for coming in to meet Rupert and me on Thursday, and for the thought you'd clearly put into the permissions exercise. We both enjoyed the conversation - particularly your take on the backlist contracts and how you'd approach the 1970s correspondence files.</p>
<p>It was a genuinely close decision, but we have offered the Archive &amp; Rights Coordinator role to another candidate who has several years of hands-on experience with rights metadata in a trade publisher, which is what the team needs most from day one.</p>
<p>I know that's disappointing to hear after reaching the final stage. If it would be useful, I'm very happy to share more detailed feedback over a 15-minute call - just reply here with a couple of times that suit.</p>
<p>With best wishes,</p>
<p>Tamsin Okafor<br>Talent Partner<br>Harcourt &amp; Vane</p>
</div>
<img width="1" height="1" alt="" src="https://u3361011.ct.greenhouse-mail.io/wf/open?upn=p9Q2vXk-2FhRzT7aL0c5YwUu-3D-3D_9KkR3">
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="terse_iphone_clydeside", lang="en",
    company="Clydeside Maritime Museum", contact="callum.reid@clydesidemaritime.example.co.uk",
    frm=("Callum Reid", "callum.reid@clydesidemaritime.example.co.uk"),
    subject="Re: Interview - Digital Archive Assistant",
    date="2026-04-02 18:21 +0100", mailer="iphone",
    irt="<5E1D0C77-2B9A-4F0E-9C3A-7D1E8F4A1B20@example.no>",
    refs=["<CAHx7Lw0p4Qm1Z@mail.clydesidemaritime.example.co.uk>",
          "<5E1D0C77-2B9A-4F0E-9C3A-7D1E8F4A1B20@example.no>"],
    text="""Hi Ingrid

Sorry for the slow reply. We've gone with another candidate for this one, it was close. Thanks for coming through to Glasgow.

Callum

Sent from my iPhone

""" + apple_quote("11 Mar 2026, at 09:12", "Ingrid Solberg-Achebe", "ingrid.sa@example.no", """Dear Callum,

Thank you for the invitation - Tuesday 24 March at 11:00 suits me well and I'll bring the portfolio of catalogue records you mentioned.

Best wishes,
Ingrid

> On 10 Mar 2026, at 16:40, Callum Reid <callum.reid@clydesidemaritime.example.co.uk> wrote:
>
> Dear Ingrid,
>
> We'd be delighted to invite you to interview for the Digital Archive Assistant post. Interviews will be held at the museum on 24 and 25 March. Could you let me know which slot works?
>
> Kind regards
> Callum Reid
> Collections Manager
> Clydeside Maritime Museum
> 100 Pointhouse Place, Glasgow G3 8RS"""),
    cte="7bit",
))

add(dict(
    kind="rejection", scen="speculative_university_leith", lang="en",
    company="University of Leith", contact="m.kerr@uol.example.co.uk",
    frm=("Dr Moira Kerr", "m.kerr@uol.example.co.uk"),
    subject="RE: Speculative enquiry – archives work",
    date="2026-01-27 10:05 +0000", mailer="outlook", charset="windows-1252", cte="quoted-printable",
    irt="<0a91f3e2c4@example.no>",
    text="""Dear Ms Solberg-Achebe,

Thank you for your email of 19 January and for sending your CV – it’s always good to hear from someone who has come up through collections work.

I’m afraid we have no vacancies in the Archives & Special Collections team at present, and the University’s recruitment policy means we are unable to hold speculative applications on file. All our posts, including fixed-term project roles, are advertised on the University of Leith vacancies page, and I’d encourage you to set up an alert there.

I’m sorry not to be able to be more encouraging on this occasion.

With best wishes,

Moira

Dr Moira Kerr
University Archivist
Archives & Special Collections | University of Leith
Old College Wynd, Edinburgh EH6 6QP
0131 555 0187

The University of Leith is a charitable body, registered in Scotland, with registration number SC009876.

""" + outlook_quote("Ingrid Solberg-Achebe <ingrid.sa@example.no>", "19 January 2026 21:14",
                     "Kerr Moira <m.kerr@uol.example.co.uk>", "Speculative enquiry – archives work",
                     """Dear Dr Kerr,

I am a collections assistant at the Dean Village Museum and am hoping to move into archives and records work. I wondered whether your team might have any openings, paid or project-based, in the coming months. I attach my CV.

Kind regards,
Ingrid Solberg-Achebe"""),
))

add(dict(
    kind="rejection", scen="smartrecruiters_ledgerline_on_hold", lang="en",
    company="Ledgerline", contact="",
    frm=("Ledgerline Hiring Team", "no-reply@smartrecruiters.com"),
    subject="An update on the Records Management Consultant role",
    date="2026-03-12 13:30 +0000",
    html=ats_page(
        """<h2 style="font-size:20px;margin:0 0 16px;color:#0d3b2e">An update on your application</h2>
<p style="margin:0 0 14px">Hello Ingrid,</p>
<p style="margin:0 0 14px">Thanks for applying for the <strong>Records Management Consultant</strong> role at Ledgerline.</p>
<p style="margin:0 0 14px">We wanted to let you know that the role has been put on hold for the remainder of this financial year, and we will not proceed with recruitment at this stage. This means we won't be taking your application any further.</p>
<p style="margin:0 0 14px">We're sorry to bring this news after you have taken the time to apply. If the role reopens it will be readvertised, and we would be glad to hear from you again.</p>
<p style="margin:0 0 20px">Best regards,<br>The Ledgerline Talent Team</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#0d3b2e;border-radius:4px"><a href="https://jobs.smartrecruiters.com/ledgerline?utm_source=email&amp;utm_medium=candidate_update&amp;trid=7f3a1c" style="display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;font-weight:bold">See other openings</a></td></tr></table>""",
        brand="Ledgerline", logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/ledgerline.png",
        logo_alt="Ledgerline", colour="#0d3b2e",
        pixel="https://email.smartrecruiters.com/o/eJwNyjEOgCAMQNGrOBsX.gif",
        footer="Ledgerline Consulting Ltd, 22 Bevis Marks, London EC3A 7JB. Registered in England No 10458872.<br>You received this email because you applied for a job at Ledgerline. <a href=\"https://www.smartrecruiters.com/privacy-policy\">Privacy policy</a>"),
    html_cte="base64",
))

add(dict(
    kind="rejection", scen="filled_internally_liffey_valley", lang="en",
    company="Liffey Valley Heritage Centre", contact="aoife.nidhonnchadha@liffeyvalleyheritage.example.ie",
    frm=("Aoife Ní Dhonnchadha", "aoife.nidhonnchadha@liffeyvalleyheritage.example.ie"),
    subject="Archive Assistant (Fixed Term) – update",
    date="2026-04-21 12:14 +0100", mailer="outlook", charset="windows-1252", cte="quoted-printable",
    text="""Dear Ingrid,

I hope you’re keeping well.

I’m writing to let you know that the Archive Assistant (Fixed Term) position has been filled internally. A member of our volunteer team who has been working on the Mill Records project applied and was successful, so we won’t be holding the interviews we had pencilled in for next week.

I’m sorry for the inconvenience and thank you sincerely for your interest in the Centre. With your permission we’ll keep your details on file for six months in case anything else comes up – if you’d rather we didn’t, just let me know.

Kind regards,
Aoife

Aoife Ní Dhonnchadha | HR & Volunteer Coordinator | Liffey Valley Heritage Centre
Old Mill Road, Lucan, Co. Dublin K78 X2P4 | +353 1 555 0142

Liffey Valley Heritage Centre CLG is a company limited by guarantee, registered in Ireland No. 512345. Registered Charity No. 20071234.
This e-mail and any attachment are confidential and intended solely for the addressee.
""",
))

add(dict(
    kind="rejection", scen="agency_calloway_kinetoscope", lang="en",
    company="Kinetoscope Film Archive", contact="josh.pemberton@callowayrecruitment.example.co.uk",
    frm=("Josh Pemberton", "josh.pemberton@callowayrecruitment.example.co.uk"),
    subject="Kinetoscope - feedback",
    date="2026-04-08 09:36 +0100",
    text="""Hi Ingrid,

Hope you're well and had a good Easter!

I've had feedback from the Kinetoscope Film Archive this morning and unfortunately they won't be taking you forward to the next stage. They really liked you as a person but felt your background is stronger on the museum-object side than the film and AV cataloguing they need someone doing from day one.

Honestly don't be disheartened!! It was a really competitive one and you did brilliantly to get to second stage. I've got a couple of other archive and records roles landing next week that I think could be a great fit so I'll give you a bell on Thursday if that's OK?

Speak soon,
Josh

Josh Pemberton
Senior Consultant - Heritage & Information
Calloway Recruitment
M: 07700 900431 | T: 020 7946 0318
www.callowayrecruitment.example.co.uk

Calloway Recruitment Ltd acts as an employment agency. Registered in England No 08812345. Registered office: 40 Gray's Inn Road, London WC1X 8LR.
""",
    cte="7bit",
))

add(dict(
    kind="rejection", scen="headhunter_unnamed_client_hartley", lang="en",
    company="Hartley Search", contact="eleanor@hartleysearch.example.co.uk",
    frm=("Eleanor Hartley", "eleanor@hartleysearch.example.co.uk"),
    subject="RE: Head of Archive & Provenance",
    date="2026-05-28 17:52 +0100", mailer="outlook",
    irt="<LO2P265MB4410A8E1C9F2@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>",
    text="""Ingrid -

I'm sorry to report that my client has decided to proceed with another candidate for the Head of Archive & Provenance role. They were genuinely complimentary about your second meeting and said your thinking on provenance research for the post-war consignments was the best they heard. In the end they went with someone who has already run an archive team in the sale-room world.

For confidentiality reasons I can't share more about the successful candidate, but I'm happy to talk it through by phone.

Let's stay in touch - I'd like to keep you in mind for the next search.

Best,
Eleanor

Eleanor Hartley | Founding Partner | Hartley Search
14 Cork Street, London W1S 3NS | +44 20 7946 0022

""" + outlook_quote("Eleanor Hartley <eleanor@hartleysearch.example.co.uk>", "05 May 2026 08:40",
                     "Ingrid Solberg-Achebe <ingrid.sa@example.no>", "Head of Archive & Provenance",
                     """Dear Ingrid,

Good news - my client would like to meet you. They have asked me to arrange an interview with their Director of Collections and the Head of Legal next week at their St James's offices. Could you let me have your availability for Tuesday 12 or Wednesday 13 May?

As discussed, please keep the name of the house to yourself for now.

Best,
Eleanor"""),
    cte="7bit",
))

add(dict(
    kind="rejection", scen="icims_bramwell_after_assessment", lang="en",
    company="Bramwell & Finch", contact="",
    frm=("Careers at Bramwell & Finch", "bramwellfinch@talent.icims.com"),
    subject="Your application: Metadata & Archive Assistant (Req 2026-1184)",
    date="2026-03-17 07:58 +0000",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0;padding:0">
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#333">
<tr><td align="left" style="padding:20px 30px;background:#14213d"><img src="https://careers-bramwellfinch.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=48812" alt="Bramwell &amp; Finch" height="40"></td></tr>
<tr><td style="padding:30px">
<p>Dear Ingrid Solberg-Achebe,</p>
<p>Thank you for completing the online cataloguing assessment for the position of Metadata &amp; Archive Assistant (Req 2026-1184).</p>
<p>We have now reviewed all assessments. We regret to inform you that you have not been selected to progress to the interview stage for this vacancy.</p>
<p>Please be assured that this decision reflects the high number of well-qualified applicants rather than any lack of merit on your part. Your profile will remain in our talent community and you can update your preferences at any time in the <a href="https://careers-bramwellfinch.icims.com/jobs/candidate/profile?mobile=false&amp;width=1200&amp;hashed=-1883201">Candidate Portal</a>.</p>
<p>Yours sincerely,</p>
<p>Talent Acquisition Team<br>Bramwell &amp; Finch</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#eef0f4;font-size:10px;color:#777">Please do not reply to this email, as this mailbox is not monitored.<br>Bramwell &amp; Finch Publishing Group Ltd. Registered in England and Wales No. 01234567. Registered office: 9 Bedford Row, London WC1R 4BU.</td></tr>
</table></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="lever_quillstack_startup", lang="en",
    company="Quillstack", contact="people@quillstack.example.com",
    frm=("Quillstack", "no-reply@hire.lever.co"),
    reply_to=("Quillstack People", "people@quillstack.example.com"),
    subject="Your application to Quillstack",
    date="2026-04-29 15:11 +0100",
    html="""<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:560px">
<p>Hi Ingrid,</p>
<p>Thanks so much for applying for our <b>Customer Success Archivist</b> role. We read every application properly (promise), and yours was a good one &mdash; but we've decided not to move forward with it right now.</p>
<p>We're a team of fourteen and, for this hire, we need someone who has already run archive migrations for clients end to end. That's a gap we can't train into the role just yet.</p>
<p>If you'd like a couple of lines of feedback, just reply to this email and one of us will get back to you within the week.</p>
<p>Cheers,<br>Ruaridh, on behalf of everyone at Quillstack</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:12px;color:#888">Quillstack Software Ltd &middot; 3 Bread Street, Edinburgh EH3 9AF &middot; <a href="https://jobs.lever.co/quillstack?lever-source=email">jobs.lever.co/quillstack</a></p>
</div>
""",
))

add(dict(
    kind="rejection", scen="council_second_interview_outlook_chain", lang="en",
    company="Forth Valley Council", contact="graham.urquhart@forthvalleycouncil.example.co.uk",
    frm=("Urquhart, Graham", "graham.urquhart@forthvalleycouncil.example.co.uk"),
    subject="RE: Records Officer (Information Governance) - interview follow-up",
    date="2026-06-09 14:26 +0100", mailer="outlook",
    irt="<AS8PR03MB7012F4@example.no>",
    text="""Dear Ingrid,

Thank you again for attending the second interview on Thursday and for your presentation on the retention schedule review, which the panel found very clear and well pitched.

I'm sorry to tell you that on this occasion you have not been successful. The panel's decision was finely balanced; the successful candidate had substantial experience of FOI and subject access casework, which is a significant part of this post.

I would be happy to give you feedback by phone - please let me know a time that suits and I will call you.

Regards,

Graham Urquhart
Information Governance Manager
Forth Valley Council
Municipal Buildings, Bank Street, Falkirk FK1 5RS
Tel: 01324 555 210

**********************************************************************
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Forth Valley Council may monitor email traffic data and content.
**********************************************************************

""" + outlook_quote("Ingrid Solberg-Achebe <ingrid.sa@example.no>", "05 June 2026 19:02",
                     "Urquhart, Graham <graham.urquhart@forthvalleycouncil.example.co.uk>",
                     "Records Officer (Information Governance) - interview follow-up",
                     """Dear Graham,

Thank you and the panel for your time this afternoon. I very much enjoyed talking about the retention schedule and the file plan migration, and I'm even more enthusiastic about the post after hearing how the team works.

I look forward to hearing from you.

Kind regards,
Ingrid""") + "\n" + outlook_quote("Urquhart, Graham <graham.urquhart@forthvalleycouncil.example.co.uk>",
                                   "28 May 2026 10:15", "Ingrid Solberg-Achebe <ingrid.sa@example.no>",
                                   "Records Officer (Information Governance) - second interview",
                                   """Dear Ingrid,

Following your first interview, I am pleased to invite you to a second interview for the post of Records Officer (Information Governance) on Thursday 4 June at 14:00 in Committee Room 2, Municipal Buildings.

Please prepare a 10-minute presentation on how you would approach a review of the Council's retention schedule. The panel will be myself, Ms Aileen Dow (Head of Legal and Democratic Services) and Mr Sunil Chatterjee (Digital Services).

Please confirm your attendance by return.

Regards,
Graham Urquhart"""),
    cte="7bit",
))

add(dict(
    kind="rejection", scen="teamtailor_fjordheim_oslo", lang="en",
    company="Fjordheim Museum", contact="",
    frm=("Fjordheim Museum", "no-reply@teamtailor-mail.com"),
    subject="Update on your application – Digital Collections Coordinator",
    date="2026-06-26 10:44 +0200",
    alt_auto=True,
    html=ats_page(
        """<p style="margin:0 0 14px">Hi Ingrid!</p>
<p style="margin:0 0 14px">Thank you for your application to Fjordheim Museum and for your patience during the process.</p>
<p style="margin:0 0 14px">We have now completed the first selection for the position of Digital Collections Coordinator, and unfortunately we will not take your application further this time. We received 212 applications, many of them very strong, and the choice has not been easy.</p>
<p style="margin:0 0 14px">We hope you will apply again when you see a position with us that fits you.</p>
<p style="margin:0 0 14px">All the best,<br>Marte Lie<br>HR Adviser, Fjordheim Museum</p>""",
        brand="Fjordheim Museum", logo="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/fjordheim.png",
        logo_alt="Fjordheim Museum", colour="#274b6d",
        pixel="https://e.teamtailor-mail.com/open/v2/7d31f0a9e5.png",
        footer="This message cannot be answered. Fjordheim Museum, Bygdøynesveien 31, 0286 Oslo, Norway.<br><a href=\"https://career.fjordheim.example.no/connect/unsubscribe?token=aB93kd\">Manage your data</a> &middot; Sent with Teamtailor"),
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="small_trust_scottish_casual", lang="en",
    company="Pentland Kirk Heritage Trust", contact="fiona@pentlandkirk.example.org",
    frm=("Fiona Baird", "fiona@pentlandkirk.example.org"),
    subject="Archive Officer post",
    date="2026-07-07 20:09 +0100",
    text="""Hi Ingrid,

Thanks very much for applying for the Archive Officer post (part time, 3 days). We had a wee flurry of applications which was lovely for a small trust like ours!

I'm sorry to say we won't be inviting you to interview this time. We've shortlisted folk who live nearer Penicuik, as the post needs a fair bit of flexible weekend cover when the kirk is open for visitors. I hope that makes sense and isn't a reflection on your application, which was very good.

All the best with the search,
Fiona

--
Fiona Baird
Trust Manager
Pentland Kirk Heritage Trust
Scottish Charity SC041234
""",
    cte="7bit",
))

add(dict(
    kind="rejection", scen="taleo_public_records_sift", lang="en",
    company="Public Records Service", contact="",
    frm=("Public Records Service Recruitment", "noreply@taleo.net"),
    subject="Application outcome: Records and Information Officer (HEO) - Ref 12876",
    date="2026-03-24 08:15 +0000",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#0b0c0c;padding:12px 20px"><img src="https://prs.taleo.net/careersection/theme/3/1730/logo.png" alt="Public Records Service" height="32"></td></tr></table>
<div style="padding:20px;max-width:640px">
<p>Dear Ingrid Solberg-Achebe</p>
<p><b>Vacancy: Records and Information Officer (HEO) &ndash; Reference 12876</b></p>
<p>Thank you for applying for the above post. Your application has been assessed against the essential criteria set out in the job advert.</p>
<p>We are sorry to tell you that on this occasion you were not successful at the sift stage.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#b1b4b6;font-size:13px">
<tr><th align="left">Element assessed</th><th align="left">Your score</th><th align="left">Pass mark</th></tr>
<tr><td>Behaviour: Working Together</td><td>3</td><td>4</td></tr>
<tr><td>Technical: Records management practice</td><td>4</td><td>4</td></tr>
<tr><td>Personal statement</td><td>4</td><td>4</td></tr>
</table>
<p>Scores are given on a scale of 1 to 7. Further feedback is not available at the sift stage.</p>
<p>Thank you for your interest in working for the Public Records Service.</p>
<p>Yours sincerely<br>Resourcing Team<br>Public Records Service</p>
<p style="font-size:12px;color:#505a5f">Please do not reply to this email; this mailbox is not monitored. If you have a query about this campaign, use the <a href="https://prs.taleo.net/careersection/helpdesk.ftl?lang=en">Civil Service Jobs help form</a>.</p>
</div></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="ashby_tessellate_brief", lang="en",
    company="Tessellate", contact="",
    frm=("Tessellate", "no-reply@ashbyhq.com"),
    subject="Tessellate: your application",
    date="2026-07-30 19:03 +0100",
    html="""<div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111827;max-width:520px;margin:0 auto;padding:24px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/tessellate.png" alt="Tessellate" width="120" style="margin-bottom:18px">
<p>Hi Ingrid,</p>
<p>Thanks for your interest in the Solutions Archivist role at Tessellate. After reviewing your application, we've decided not to move forward at this time.</p>
<p>We wish you the best in your search.</p>
<p>&mdash; The Tessellate hiring team</p>
<p style="font-size:11px;color:#9ca3af;margin-top:28px">Tessellate Data Ltd &middot; 1 Long Lane, London SE1 4PG<br>Sent via Ashby</p>
</div>
""",
    html_cte="7bit",
))

add(dict(
    kind="rejection", scen="bamboohr_hibernian_after_interview", lang="en",
    company="Hibernian Academy of Letters", contact="cdoyle@hibernianacademy.example.ie",
    frm=("Hibernian Academy of Letters", "notifications@app.bamboohr.com"),
    reply_to=("Ciarán Doyle", "cdoyle@hibernianacademy.example.ie"),
    subject="Librarian & Archivist (Maternity Cover)",
    date="2026-08-18 11:20 +0100",
    alt_auto=True,
    html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Lato,Arial,sans-serif;font-size:15px;color:#38312f">
<tr><td style="padding:22px 28px"><img src="https://hibernianacademy.bamboohr.com/logos/logo.png?v=3" alt="Hibernian Academy of Letters" width="180"></td></tr>
<tr><td style="padding:0 28px 24px">
<p>Dear Ingrid,</p>
<p>Many thanks for taking the time to interview with Órla and me on Tuesday. We were delighted with the calibre of candidates for this post, and it made for a difficult decision.</p>
<p>I regret to let you know that we have offered the Librarian &amp; Archivist (Maternity Cover) position to another candidate, whose experience with our library management system tipped the balance.</p>
<p>I very much enjoyed hearing about the oral history project you catalogued in Edinburgh, and I hope our paths cross again.</p>
<p>Le gach dea-ghu&iacute;,<br>Ciar&aacute;n Doyle<br>Head of Library Services<br>Hibernian Academy of Letters, 19 Kildare Street, Dublin 2</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee">This email was sent via BambooHR on behalf of Hibernian Academy of Letters.</td></tr>
</table></td></tr></table>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="following_up_merchant_city", lang="en",
    company="Merchant City Print Archive", contact="sanjay@merchantcityprint.example.co.uk",
    frm=("Sanjay Mistry", "sanjay@merchantcityprint.example.co.uk"),
    subject="Following up",
    date="2026-09-01 08:47 +0100", mailer="gmail",
    text="""Hi Ingrid,

Following up from our chat last week. I'm afraid we've decided to offer the job to someone else - you were a very strong second and it came down to letterpress experience, which honestly is a hard thing to find.

If we get the Heritage Fund money for the digitisation phase next spring I would love to talk to you again.

Best wishes
Sanjay

Sanjay Mistry | Director | Merchant City Print Archive
37 Albion Street, Glasgow G1 1LH
""",
    cte="7bit",
))

# ---------------------------------------------------------------- German

add(dict(
    kind="rejection", scen="personio_archivwerk_du", lang="de",
    company="Archivwerk", contact="",
    frm=("Archivwerk Recruiting", "noreply@personio.de"),
    subject="Deine Bewerbung bei Archivwerk",
    date="2026-03-30 17:31 +0200",
    html=ats_page(
        """<p style="margin:0 0 14px">Hallo Ingrid,</p>
<p style="margin:0 0 14px">vielen Dank für deine Bewerbung als <strong>Product Specialist Digitale Archive</strong> und dein Interesse an Archivwerk!</p>
<p style="margin:0 0 14px">Wir haben uns deine Unterlagen genau angeschaut. Leider müssen wir dir mitteilen, dass wir uns für andere Kandidat:innen entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.</p>
<p style="margin:0 0 14px">Das war keine leichte Entscheidung – wir haben sehr viele gute Bewerbungen bekommen. Schau gern wieder auf unserer <a href="https://archivwerk.jobs.personio.de/?utm_source=absage">Karriereseite</a> vorbei.</p>
<p style="margin:0">Viele Grüße<br>Lea vom Archivwerk-Team</p>""",
        brand="Archivwerk", logo="https://archivwerk.jobs.personio.de/assets/logo.png", logo_alt="Archivwerk",
        colour="#ff5a36", lang="de",
        footer="Archivwerk GmbH · Schlesische Straße 27 · 10997 Berlin<br>Geschäftsführer: Jonas Albrecht, Dr. Mira Oyelaran · Amtsgericht Charlottenburg HRB 201234 B<br>Diese E-Mail wurde automatisch versendet. Bitte antworte nicht auf diese Nachricht."),
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="vienna_museum_after_interview", lang="de",
    company="Donaustadt Museumsverbund", contact="e.proell@donaustadt-museen.example.at",
    frm=("Mag. Elisabeth Pröll", "e.proell@donaustadt-museen.example.at"),
    subject="Ihre Bewerbung - Sammlungsmanagement / Digitalisierung",
    date="2026-05-13 15:40 +0200", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    text="""Sehr geehrte Frau Solberg-Achebe,

nochmals herzlichen Dank für das angenehme Gespräch vergangene Woche in Kagran und für Ihr Interesse an unserem Haus.

Die Entscheidung ist uns wirklich nicht leicht gefallen. Wir haben uns letztlich für eine Bewerberin entschieden, die bereits mit unserem Sammlungsmanagementsystem gearbeitet hat und daher die laufende Inventur ohne Einarbeitungszeit übernehmen kann.

Wir bitten um Verständnis und wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht, sofern Sie nicht einer längeren Aufbewahrung zustimmen.

Mit freundlichen Grüßen

Mag. Elisabeth Pröll
Leitung Sammlungen

Donaustadt Museumsverbund
Wagramer Straße 110, 1220 Wien
T +43 1 555 2210
www.donaustadt-museen.example.at

""" + outlook_quote("Ingrid Solberg-Achebe <ingrid.sa@example.no>", "Donnerstag, 7. Mai 2026 18:20",
                     "Pröll Elisabeth <e.proell@donaustadt-museen.example.at>",
                     "Danke für das Gespräch",
                     """Sehr geehrte Frau Mag. Pröll,

herzlichen Dank für das freundliche Gespräch gestern und die Führung durch das Depot. Die Einladung nach Kagran hat mich sehr gefreut, und ich würde mich freuen, Ihr Team bei der Inventur zu unterstützen.

Mit freundlichen Grüßen
Ingrid Solberg-Achebe""", labels=OUTLOOK_DE),
    irt="<0c9e55a1f7.proell@example.no>",
))

add(dict(
    kind="rejection", scen="softgarden_filmerbe_intern_besetzt", lang="de",
    company="Stiftung Filmerbe Berlin", contact="",
    frm=("Stiftung Filmerbe Berlin über softgarden", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Archivar (m/w/d) Filmnachlässe",
    date="2026-06-29 09:12 +0200",
    html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f0f0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333;line-height:21px">
<tr><td style="padding:20px 30px;border-bottom:1px solid #ddd"><img src="https://filmerbe.softgarden.io/assets/logo-filmerbe.png" alt="Stiftung Filmerbe Berlin" height="44"></td></tr>
<tr><td style="padding:26px 30px">
<p>Sehr geehrte Frau Solberg-Achebe,</p>
<p>wir bedanken uns für Ihre Bewerbung und das Interesse an einer Mitarbeit in unserer Stiftung.</p>
<p>Wir möchten Sie darüber informieren, dass die Stelle <b>Archivar (m/w/d) Filmnachlässe</b> zwischenzeitlich intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen.</p>
<p>Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Personalabteilung<br>Stiftung Filmerbe Berlin</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;color:#888">Stiftung Filmerbe Berlin · Potsdamer Straße 2 · 10785 Berlin · Vorstand: Dr. Konrad Wendt<br>Dies ist eine automatisch generierte Nachricht. <a href="https://filmerbe.softgarden.io/de/privacy?c=8f1e">Datenschutzhinweise</a></td></tr>
</table></td></tr></table>
<img src="https://filmerbe.softgarden.io/track/open/8f1e2b70.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="base64",
))

add(dict(
    kind="rejection", scen="swiss_dms_after_interview", lang="de",
    company="Bernoulli Dokumentenmanagement", contact="reto.gasser@bernoulli-dms.example.ch",
    frm=("Reto Gasser", "reto.gasser@bernoulli-dms.example.ch"),
    subject="Absage Records Manager",
    date="2026-07-03 11:02 +0200", cte="8bit",
    text="""Grüezi Frau Solberg-Achebe

Besten Dank für das offene und interessante Gespräch vom letzten Dienstag in Oerlikon.

Wir haben uns intensiv mit allen Kandidaturen auseinandergesetzt und uns schliesslich für eine Person entschieden, die bereits mehrjährige Erfahrung mit dem Schweizer Archivrecht und mit Aufbewahrungsfristen nach OR mitbringt. Ich bedaure, Ihnen keinen positiven Bescheid geben zu können.

Gerne gebe ich Ihnen telefonisch ein kurzes Feedback, falls Sie das wünschen.

Freundliche Grüsse

Reto Gasser
Leiter Records Management Services

Bernoulli Dokumentenmanagement AG
Thurgauerstrasse 40 | 8050 Zürich
+41 44 555 71 30
""",
))

add(dict(
    kind="rejection", scen="successfactors_verlagshaus", lang="de",
    company="Kreuzberger Verlagshaus", contact="",
    frm=("Kreuzberger Verlagshaus Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung: Mitarbeiter*in Verlagsarchiv (Teilzeit)",
    date="2026-09-08 10:00 +0200",
    alt_auto=True,
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 24px;background:#8c1d18"><img src="https://career5.successfactors.eu/doc-logo?company=kreuzbergerP" alt="Kreuzberger Verlagshaus" height="36"></td></tr></table>
<div style="padding:22px 24px;max-width:620px">
<p>Sehr geehrte Frau Solberg-Achebe,</p>
<p>vielen Dank für Ihr Interesse am Kreuzberger Verlagshaus und für Ihre Bewerbung als Mitarbeiter*in Verlagsarchiv (Teilzeit, 30 Std.).</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern spiegelt die Anforderungen der konkreten Position wider.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Kreuzberger Verlagshaus</p>
<p style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px">Kreuzberger Verlagshaus GmbH &amp; Co. KG · Oranienstraße 185 · 10999 Berlin · Registergericht: Amtsgericht Charlottenburg HRA 45012 · Persönlich haftende Gesellschafterin: Kreuzberger Verwaltungs GmbH · Geschäftsführer: Henrike Sauer</p>
</div></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="terse_iphone_berlin_museum", lang="de",
    company="Museum für Alltagskultur Berlin", contact="j.brandt@alltagskultur-berlin.example.de",
    frm=("Jutta Brandt", "j.brandt@alltagskultur-berlin.example.de"),
    subject="Re: Vorstellungsgespräch am 17.03.",
    date="2026-03-20 21:48 +0100", mailer="iphone",
    irt="<9C2E4B1A-0F44-4D93-A1B7-2C6E0D8F9A11@example.no>",
    text="""Liebe Frau Solberg-Achebe,

leider haben wir uns anders entschieden. Danke für Ihre Zeit und alles Gute!

J. Brandt

Von meinem iPhone gesendet

> Am 18.03.2026 um 08:55 schrieb Ingrid Solberg-Achebe <ingrid.sa@example.no>:
>
> Liebe Frau Brandt,
>
> vielen Dank für das freundliche Gespräch gestern. Ich habe mich sehr gefreut, das Team und die Depots in Moabit kennenzulernen, und freue mich auf Ihre Rückmeldung.
>
> Herzliche Grüße
> Ingrid Solberg-Achebe
>
>> Am 24.02.2026 um 14:10 schrieb Jutta Brandt <j.brandt@alltagskultur-berlin.example.de>:
>>
>> Sehr geehrte Frau Solberg-Achebe,
>>
>> wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Wissenschaftliche Dokumentarin (Sammlungsdatenbank) einzuladen.
>>
>> Dr. Jutta Brandt
>> Sammlungsleitung
>> Museum für Alltagskultur Berlin
""",
    cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="agency_kessler_unnamed_client", lang="de",
    company="Kessler Personalberatung", contact="s.kessler@kessler-personal.example.de",
    frm=("Sabine Kessler", "s.kessler@kessler-personal.example.de"),
    subject="Ihre Kandidatur – Leitung Verlagsarchiv (Wien)",
    date="2026-10-06 12:31 +0200", charset="windows-1252", cte="8bit", mailer="outlook",
    text="""Sehr geehrte Frau Solberg-Achebe,

ich melde mich wie versprochen mit der Rückmeldung meines Mandanten, eines traditionsreichen Wiener Verlagshauses.

Nach Abstimmung mit der Geschäftsleitung hat man sich entschieden, die Position „Leitung Verlagsarchiv“ mit einer Kandidatin zu besetzen, die das Haus bereits aus einer früheren Projektarbeit kennt. Ich bedaure das sehr – Ihr Profil und insbesondere Ihre Erfahrung mit der Erschließung von Nachlässen hat mir ausgesprochen gut gefallen.

Wenn Sie einverstanden sind, würde ich Sie gerne für künftige Mandate im Archiv- und Bibliotheksbereich vormerken.

Mit besten Grüßen

Sabine Kessler
Geschäftsführerin

Kessler Personalberatung GmbH
Kurfürstendamm 59 · 10707 Berlin
Tel. +49 30 555 48 20
Geschäftsführerin: Sabine Kessler · Amtsgericht Charlottenburg HRB 187654 B
""",
))

# ---------------------------------------------------------------- French

add(dict(
    kind="rejection", scen="archiveo_vous_regret", lang="fr",
    company="Archivéo", contact="",
    frm=("Archivéo – Recrutement", "ne-pas-repondre@archiveo.example.fr"),
    subject="Votre candidature – Chef·fe de projet archivage électronique",
    date="2026-05-04 14:22 +0200",
    html=ats_page(
        """<p style="margin:0 0 14px">Madame,</p>
<p style="margin:0 0 14px">Nous vous remercions de l'intérêt que vous portez à Archivéo et de votre candidature au poste de <strong>Chef·fe de projet archivage électronique</strong>.</p>
<p style="margin:0 0 14px">Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.</p>
<p style="margin:0 0 14px">Nous conservons néanmoins vos coordonnées dans notre vivier pour une durée de deux ans, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.</p>
<p style="margin:0">Nous vous souhaitons pleine réussite dans vos recherches.<br><br>L'équipe Talents<br>Archivéo</p>""",
        brand="Archivéo", logo="https://archiveo.example.fr/static/mail/logo-archiveo.png", logo_alt="Archivéo",
        colour="#2d6a4f", lang="fr",
        pixel="https://t.archiveo.example.fr/o/5b7e21c3.gif",
        footer="Archivéo SAS au capital de 120 000 € – 18 rue de la Roquette, 75011 Paris – RCS Paris 812 345 678<br>Ce message a été envoyé automatiquement, merci de ne pas y répondre. <a href=\"https://archiveo.example.fr/rgpd\">Vos données personnelles</a>"),
    html_cte="quoted-printable",
))

add(dict(
    kind="rejection", scen="geneva_foundation_pourvu_interne", lang="fr",
    company="Fondation Léman pour le Patrimoine", contact="n.rochat@fondation-leman.example.ch",
    frm=("Nathalie Rochat", "n.rochat@fondation-leman.example.ch"),
    subject="Votre candidature : archiviste documentaliste (80%)",
    date="2026-03-02 10:31 +0100", charset="iso-8859-1", cte="quoted-printable",
    irt="<b2c71d90e4.relance@example.no>",
    text="""Madame,

Nous accusons réception de votre courriel de relance et vous remercions de votre patience.

Nous avons le regret de vous informer que le poste d'archiviste documentaliste à 80% a été pourvu à l'interne, une collaboratrice de notre service des collections ayant souhaité évoluer vers cette fonction. La procédure de recrutement externe est donc close.

Nous conservons volontiers votre dossier, avec votre accord, et ne manquerons pas de vous contacter si un poste correspondant à votre profil venait à s'ouvrir.

Avec nos meilleures salutations,

Nathalie Rochat
Responsable des ressources humaines
Fondation Léman pour le Patrimoine
Rue des Granges 9 - 1204 Genève
+41 22 555 30 70
""",
))

add(dict(
    kind="rejection", scen="startup_tutoiement_after_interview", lang="fr",
    company="Palimpseste", contact="theo@palimpseste.example.fr",
    frm=("Théo Marchand", "theo@palimpseste.example.fr"),
    subject="Suite à notre échange",
    date="2026-07-09 18:40 +0200", mailer="gmail", cte="8bit",
    text="""Salut Ingrid,

Merci encore d'avoir pris le temps de passer nous voir mardi, toute l'équipe a beaucoup apprécié ta démo sur les notices et tes questions sur notre modèle de données.

On a finalement choisi une autre personne, qui a déjà bossé sur de l'IIIF en production. C'est vraiment pas une question de niveau, juste de timing : on doit livrer le portail patrimonial d'un client en septembre et on n'a pas le temps de former.

Je garde ton CV sous le coude si on ouvre un poste côté collections l'an prochain.

Bonne continuation !

Théo
cofondateur · Palimpseste

""" + french_quote("mer. 8 juil. 2026 à 09:12", "Ingrid Solberg-Achebe", "ingrid.sa@example.no",
                    """Bonjour Théo,

Merci encore pour l'entretien d'hier, j'ai adoré l'atelier et la démo d'Inès. J'ai vraiment hâte de savoir si je pourrai rejoindre l'équipe !

Belle journée,
Ingrid"""),
    irt="<CAF3r9kQ8wLp@mail.example.no>",
))

add(dict(
    kind="rejection", scen="biu_jury_non_retenue", lang="fr",
    company="Bibliothèque interuniversitaire Saint-Jacques", contact="",
    frm=("BIU Saint-Jacques – Recrutement", "ne-pas-repondre@biu-saintjacques.example.fr"),
    subject="Réponse à votre candidature – Réf. BIU-2026-031",
    date="2026-10-13 09:05 +0200", charset="windows-1252", cte="quoted-printable",
    alt_auto=True,
    html="""<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#161616">
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:18px 0;border-bottom:4px solid #000091"><img src="https://www.biu-saintjacques.example.fr/img/logo-biu.png" alt="Bibliothèque interuniversitaire Saint-Jacques" height="50"></td></tr>
<tr><td style="padding:20px 0">
<p>Madame,</p>
<p>Vous avez bien voulu faire acte de candidature au poste de chargée de numérisation patrimoniale (catégorie B, contractuel, 12 mois), référence BIU-2026-031.</p>
<p>Le jury de recrutement s’est réuni le 6 octobre 2026. J’ai le regret de vous informer que votre candidature n’a pas été retenue.</p>
<p>Je vous remercie de l’intérêt que vous avez manifesté pour notre établissement et vous prie d’agréer, Madame, l’expression de mes salutations distinguées.</p>
<p>Pour le directeur et par délégation,<br>Claire Vasseur<br>Responsable des ressources humaines<br>Bibliothèque interuniversitaire Saint-Jacques</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding-top:10px;border-top:1px solid #ddd">Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.</td></tr></table>
</body></html>
""",
))

# ---------------------------------------------------------------- Spanish

add(dict(
    kind="rejection", scen="fundacion_usted_lamentamos", lang="es",
    company="Fundación Archivo Castellano", contact="marta.iglesias@archivocastellano.example.es",
    frm=("Marta Iglesias Ruiz", "marta.iglesias@archivocastellano.example.es"),
    subject="Proceso de selección Técnico/a de Archivo",
    date="2026-03-26 13:17 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Solberg-Achebe:

Le agradecemos sinceramente el interés mostrado por formar parte de la Fundación Archivo Castellano y el tiempo dedicado a su candidatura.

Lamentamos comunicarle que, tras valorar todas las candidaturas recibidas para la plaza de Técnico/a de Archivo, su perfil no ha sido seleccionado para continuar en el proceso.

Le deseamos mucha suerte en su carrera profesional.

Atentamente,

Marta Iglesias Ruiz
Responsable de Personas
Fundación Archivo Castellano
C/ de Segovia 14, 28005 Madrid
Tel. 91 555 23 40

De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos serán conservados durante un año. Puede ejercer sus derechos escribiendo a protecciondedatos@archivocastellano.example.es.
""",
))

add(dict(
    kind="rejection", scen="workable_documenta_tu", lang="es",
    company="Documenta Digital", contact="",
    frm=("Documenta Digital", "noreply@workablemail.com"),
    subject="Tu candidatura en Documenta Digital",
    date="2026-05-27 12:50 +0200",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f7f7">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;margin-top:24px">
<tr><td style="padding:24px 28px"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/documenta-digital.png" alt="Documenta Digital" width="140"></td></tr>
<tr><td style="padding:0 28px 26px">
<p>¡Hola Ingrid!</p>
<p>Gracias por tu interés en el puesto de <b>Consultora de Gestión Documental</b> y por el tiempo que le has dedicado.</p>
<p>Hemos revisado tu perfil con atención y, aunque nos ha gustado mucho, hemos decidido seguir adelante con otras candidaturas que encajan mejor con lo que buscamos ahora mismo.</p>
<p>Te animamos a seguir atenta a nuestras ofertas en <a href="https://apply.workable.com/documenta-digital/?utm_source=rejection_email">nuestra página de empleo</a>.</p>
<p>Un abrazo,<br>El equipo de Documenta Digital</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;background:#fafafa">Documenta Digital S.L. · CIF B-87654321 · Calle de Alcalá 120, 28009 Madrid<br>Enviado con Workable</td></tr>
</table>
<img src="https://t.workablemail.com/o/AQE9x7.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="base64",
))

add(dict(
    kind="rejection", scen="plaza_cancelada_no_se_cubre", lang="es",
    company="Museo de Artes Gráficas de Madrid", contact="lferrer@museoartesgraficas.example.es",
    frm=("Lucía Ferrer", "lferrer@museoartesgraficas.example.es"),
    subject="RE: Entrevista 22 de septiembre",
    date="2026-10-01 16:08 +0200", mailer="outlook", cte="quoted-printable",
    irt="<f08a3b5c21.entrevista@example.no>",
    text="""Hola Ingrid:

Te escribo con una noticia que no me gusta nada dar. La dirección ha decidido cancelar el proceso de selección de la plaza de Conservadora de fondos gráficos: por un recorte presupuestario la plaza no se va a cubrir este año, así que no seguiremos adelante con ninguna candidatura.

Siento mucho las molestias, sobre todo después de la entrevista, que por nuestra parte fue muy bien. Si la plaza se vuelve a convocar en 2027 te avisaré personalmente.

Un saludo,
Lucía

Lucía Ferrer Gil
Jefa de Conservación
Museo de Artes Gráficas de Madrid
Calle del Doctor Fourquet 8, 28012 Madrid

""" + spanish_quote("mié, 16 sept 2026 a las 10:02", "Ingrid Solberg-Achebe", "ingrid.sa@example.no",
                     """Hola Lucía:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista el martes 22 a las 11:00 en el museo. ¡Tengo muchas ganas de conocer el gabinete de estampas!

Un saludo,
Ingrid"""),
))

assert len(MESSAGES) == 31, len(MESSAGES)
