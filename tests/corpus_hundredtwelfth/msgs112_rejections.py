"""Rejections, written one by one (hundred-and-twelfth corpus)."""

from __future__ import annotations

from msgs112_common import ats_html, gmail_html, paras

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

# 1. Workday, HTML only, the classic "more closely matches" soft rejection.
add(
    kind="rejection", scenario="workday_soft", lang="en",
    sender=("Kestrel Outdoor Careers", "kestreloutdoor@myworkday.com"),
    subject="Your application for Ecommerce Marketing Executive (R-10482)",
    date="2026-02-19 16:02:11 +0000", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Kestrel Outdoor", logo="https://kestreloutdoor.wd3.myworkdayjobs.com/assets/logo.png",
        logo_alt="Kestrel Outdoor – gear for every fell", tracker="click.myworkday.com", seed="r1",
        colour="#2f5d3a",
        body="""<p>Dear Priya,</p>
<p>Thank you for your interest in the <b>Ecommerce Marketing Executive</b> position (R-10482) at Kestrel Outdoor, and for the time you put into your application.</p>
<p>We received a very high number of applications for this role. After reviewing them carefully, we have decided to move forward with candidates whose experience more closely matches the requirements of the position at this time.</p>
<p>New roles across our stores, our distribution centre and our Head Office in Kendal are posted every week, so we hope you will keep an eye on our careers site. You can update your candidate profile whenever you like.</p>
<p>With best wishes for your search,</p>
<p>Talent Acquisition<br>Kestrel Outdoor</p>""",
        button=("Go to Candidate Home", "https://kestreloutdoor.wd3.myworkdayjobs.com/en-GB/Careers/userHome"),
        footer="""This email was sent from an unmonitored mailbox. Please do not reply to this message.<br>
Kestrel Outdoor Ltd. Registered in England and Wales No. 04418273. Registered office: Helsington Works, Burneside Road, Kendal, LA9 4RL.<br>
<a href="https://kestreloutdoor.example.co.uk/privacy" style="color:#6b7280">Candidate privacy notice</a>"""),
    company="Kestrel Outdoor", contact="")

# 2. Greenhouse after a first interview, Reply-To the recruiter, alternative.
_r2 = """Hi Priya,

Thank you so much for speaking with me and with Rosa last Tuesday about the CRM Manager role. We really enjoyed hearing about the loyalty relaunch you ran at Harvey Street and the way you rebuilt the welcome journey.

I'm sorry to let you know that we won't be taking your application further. It was a close call, but we have offered the role to someone who has spent the last few years running lifecycle programmes for a DTC beauty brand, and that hands-on Braze experience was the deciding factor for the team.

If it's useful, I'm happy to jump on a ten-minute call to share Rosa's notes - just reply to this email.

Thanks again, and good luck,
Hannah

Hannah Oyelaran
Senior Talent Partner, Moss Lane Beauty
Ancoats, Manchester"""
add(
    kind="rejection", scenario="greenhouse_after_interview", lang="en",
    sender=("Moss Lane Beauty Recruiting", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Hannah Oyelaran", "hannah.oyelaran@mosslanebeauty.example.co.uk"),
    subject="Moss Lane Beauty – CRM Manager",
    date="2026-03-12 11:47:02 +0000", charset="utf-8", cte="qp",
    text=_r2,
    html=ats_html(brand="Moss Lane Beauty", logo="https://s3.amazonaws.com/grnhse/mosslane_logo.png",
                  logo_alt="MOSS LANE", tracker="links.greenhouse-mail.io", seed="r2", colour="#b4577a",
                  body=paras(_r2), footer="Powered by Greenhouse"),
    company="Moss Lane Beauty", contact="hannah.oyelaran@mosslanebeauty.example.co.uk")

# 3. One terse line from the founder's phone.
add(
    kind="rejection", scenario="founder_one_line", lang="en",
    sender=("Tom Haworth", "tom@loomandlather.example.co.uk"),
    subject="Re: Chat tomorrow",
    date="2026-01-29 19:31:40 +0000", charset="utf-8", cte="7bit",
    in_reply_to="<CAGx7Lm2k1@mail.gmail.com>",
    text="""Hi Priya - sorry, we've gone with someone else for this one. Thanks for your time.

Sent from my iPhone
""",
    company="Loom & Lather", contact="tom@loomandlather.example.co.uk")

# 4. SmartRecruiters, role put on hold, will not proceed.
add(
    kind="rejection", scenario="role_on_hold", lang="en",
    sender=("Northgate Talent Team", "noreply@smartrecruiters.com"),
    subject="An update on your application – CRM & Loyalty Lead",
    date="2026-04-02 09:15:27 +0100", charset="utf-8", cte="base64",
    html=ats_html(
        brand="Northgate", logo="https://c.smartrecruiters.com/sr-company-logo-prod/northgate.png",
        logo_alt="Northgate Retail Group", tracker="email.smartrecruiters.com", seed="r4",
        colour="#003a70",
        body="""<p>Dear Priya Ramanathan-Hughes,</p>
<p>We are writing about your application for the CRM &amp; Loyalty Lead role based at our Leeds support centre.</p>
<p>Following a review of our 2026 priorities, the role has been put on hold and we will not be proceeding with recruitment for it. This means we are closing all applications, including yours. We realise this is disappointing, particularly as you had been shortlisted for interview, and we apologise for the inconvenience.</p>
<p>Your details will remain in our talent community for twelve months unless you ask us to remove them.</p>
<p>Kind regards,<br>Northgate Talent Team<br>Northgate Retail Group plc</p>""",
        footer="""Northgate Retail Group plc, Wellington Place, Leeds LS1 4AP. Registered in England No. 00219334.<br>
You received this email because you applied for a job at Northgate via SmartRecruiters. <a href="https://jobs.smartrecruiters.com/privacy">Privacy policy</a>"""),
    company="Northgate Retail Group", contact="")

# 5. University, filled internally, role mailbox that invites a reply.
add(
    kind="rejection", scenario="university_filled_internally", lang="en",
    sender=("Kirkstall University Recruitment", "recruitment@kirkstall.example.ac.uk"),
    subject="Ref KU-0913 Marketing Officer (Student Recruitment)",
    date="2026-02-06 14:20:00 +0000", charset="us-ascii", cte="7bit",
    text="""Dear Ms Ramanathan-Hughes

Ref: KU-0913 Marketing Officer (Student Recruitment), Grade 6

Thank you for applying for the above post.

We are writing to let you know that the position has been filled internally, following the
redeployment of a colleague whose previous role was affected by the faculty restructure. Under
the University's redeployment policy, at-risk staff are considered before external candidates,
and as a result we will not be taking any external applications forward to shortlisting.

We appreciate that this will be disappointing and we are grateful for the interest you have
shown in working at Kirkstall. If you have any questions about this decision, please reply to
this email and a member of the Recruitment Team will respond.

Yours sincerely

Recruitment Team
People & Culture Directorate
Kirkstall University
Beckett Park Road, Leeds LS6 3QS
""",
    company="Kirkstall University", contact="recruitment@kirkstall.example.ac.uk")

# 6. Speculative application, no roles.
add(
    kind="rejection", scenario="speculative_no_roles", lang="en",
    sender=("Ellie Brannigan", "ellie@brambleandwick.example.co.uk"),
    subject="Re: Speculative - CRM / ecommerce help at Bramble & Wick?",
    date="2026-01-14 10:05:49 +0000", charset="utf-8", cte="8bit",
    in_reply_to="<d41e8b4c-priya-spec@example.co.uk>",
    text="""Hi Priya,

Thanks for getting in touch, and for the lovely words about our winter candles!

I've had a proper look at your CV and your ideas for the abandoned-basket emails - honestly, they're good. The problem is simply that we're a team of six and we've just committed this year's budget to a new warehouse unit in Otley, so we can't take anyone on in marketing before 2027 at the earliest. I didn't want to leave you hanging.

I'll keep your details on file (if that's ok?) but please don't hold off on other things for us.

All the best,
Ellie

Ellie Brannigan — Founder
Bramble & Wick · hand-poured in Yorkshire
brambleandwick.example.co.uk | @brambleandwick
""",
    company="Bramble & Wick", contact="ellie@brambleandwick.example.co.uk")

# 7. Agency's own role, after second interview, Outlook with a quoted invitation (misleading).
add(
    kind="rejection", scenario="agency_after_second_outlook", lang="en",
    sender=("Marcus Lindqvist", "marcus.lindqvist@cobaltandcrane.example.co.uk"),
    subject="RE: Second interview – Client Services Manager (CRM)",
    date="2026-05-21 17:48:12 +0100", charset="windows-1252", cte="qp",
    in_reply_to="<AM9PR04MB8141E2C6@AM9PR04MB8141.eurprd04.prod.outlook.example.com>",
    references=["<AM9PR04MB81419A0D@AM9PR04MB8141.eurprd04.prod.outlook.example.com>",
                "<AM9PR04MB8141E2C6@AM9PR04MB8141.eurprd04.prod.outlook.example.com>"],
    text="""Hi Priya,

I wanted to call rather than email, but I’ve missed you twice today, so here it is in writing – sorry.

We’ve decided not to offer you the Client Services Manager role. You were genuinely strong in the second interview and Kirsty was impressed by your case study, but we’ve gone with a candidate who has run agency-side CRM accounts for several years, and in the end that felt like the safer bet for the clients we’re onboarding this summer.

I know that’s not what you were hoping for after two rounds. If you’d like detailed feedback, I’m around on Friday morning.

Best,
Marcus

Marcus Lindqvist | Head of Client Services | Cobalt & Crane
3rd Floor, Hilton Street, Manchester M1 2EH | +44 161 555 0187
Cobalt & Crane Ltd is registered in England and Wales, company no. 11562089.

From: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Sent: 15 May 2026 08:02
To: Marcus Lindqvist <marcus.lindqvist@cobaltandcrane.example.co.uk>
Subject: RE: Second interview – Client Services Manager (CRM)

Hi Marcus, thanks again for yesterday – I really enjoyed meeting Kirsty. Looking forward to hearing from you.
Priya

From: Marcus Lindqvist <marcus.lindqvist@cobaltandcrane.example.co.uk>
Sent: 07 May 2026 12:31
To: Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Subject: Second interview – Client Services Manager (CRM)

Hi Priya,

Great news – we’d love to invite you to a second interview. Please prepare a 15-minute presentation on how you’d structure a 90-day CRM plan for a mid-size fashion client. Thursday 14 May at 2pm at our office, Hilton Street.

We’re excited to move you to the next stage!
Marcus
""",
    company="Cobalt & Crane", contact="marcus.lindqvist@cobaltandcrane.example.co.uk")

# 8. Agency, client not named: the agency is the company.
add(
    kind="rejection", scenario="agency_unnamed_client", lang="en",
    sender=("Jess Okafor", "jess.okafor@digitalretailrecruit.example.co.uk"),
    subject="CRM Executive - London W1 (ref DRR-4471)",
    date="2026-03-03 13:02:55 +0000", charset="utf-8", cte="qp",
    text="""Hi Priya

Quick update on the CRM Executive role with my client in the West End.

They've had a look at your CV alongside the others on the shortlist and have decided not to progress you to interview on this occasion. The feedback was that they want someone who has already owned an SMS channel end to end, which I know is a gap on your side at the moment rather than a skills issue.

Don't be disheartened - I have two other briefs landing next week that I think suit you better and I'll be in touch.

Kind regards

Jess Okafor
Senior Consultant – Digital & Ecommerce
Digital Retail Recruit
T: 020 7946 0321
www.digitalretailrecruit.example.co.uk

Digital Retail Recruit Limited is an employment agency. Registered in England No. 08810442. This email and any attachments are confidential and intended solely for the addressee.
""",
    company="Digital Retail Recruit", contact="jess.okafor@digitalretailrecruit.example.co.uk")

# 9. Agency naming the client.
add(
    kind="rejection", scenario="agency_named_client", lang="en",
    sender=("Callum Reid | Redbrick Talent", "callum@redbricktalent.example.co.uk"),
    subject="Pennine Co-op feedback",
    date="2026-04-24 16:40:09 +0100", charset="utf-8", cte="8bit",
    text="""Hiya Priya,

Pennine Co-op have come back to me after Friday. I'm gutted to say it's a no this time — they went with their internal Loyalty Analyst, who they'd quietly been hoping would apply all along (I only found that out today!!).

Feedback was really positive about you though: Gareth loved the member-engagement idea and said your presentation was the best structured of the day. So please don't take this one to heart.

Speak soon, I've got my eye on a couple of things for you.

Callum

Callum Reid
Redbrick Talent — Leeds | Manchester
07700 900 418
""",
    company="Pennine Co-op", contact="callum@redbricktalent.example.co.uk")

# 10. Lever, HTML only, no-reply, no Reply-To.
add(
    kind="rejection", scenario="lever_not_moving_forward", lang="en",
    sender=("Crowdcart", "no-reply@hire.lever.co"),
    subject="Your application to Crowdcart",
    date="2026-04-08 20:11:36 +0100", charset="utf-8", cte="qp",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/crowdcart.png" alt="crowdcart" height="28">
<p>Hi Priya,</p>
<p>Thanks for chatting with Sam and the growth team about the <strong>Lifecycle Marketing Manager</strong> role. We know how much effort goes into interviewing, and we appreciate it.</p>
<p>After a lot of discussion we've decided we won't be moving forward with your candidacy. We're a small team and right now we need someone who can also own our paid social budget from day one, which is a different profile from the one the role was first scoped for. That's on us, not you.</p>
<p>We'd love to stay in touch as we grow.</p>
<p>— The Crowdcart team</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Sent via <a href="https://hire.lever.co" style="color:#888">Lever</a>. Crowdcart Ltd, 18 Shacklewell Lane, London E8 2EZ.</p>
</div></body></html>
""",
    company="Crowdcart", contact="")

# 11. Australian employer via Workable, alternative.
_r11 = """G'day Priya,

Thanks heaps for applying for the Online Marketing Coordinator role with Bondi Threads, and for your patience while we worked through applications.

Unfortunately we won't be progressing your application to the next stage. We had a huge response from right across Sydney and interstate, and we've shortlisted people who already have Shopify Plus and Klaviyo experience in an Australian market.

We really appreciate you thinking of us, and we hope you'll keep following what we're up to.

Cheers,
Mel Tran
People & Culture
Bondi Threads Pty Ltd
Shop 4, 80 Campbell Parade, Bondi Beach NSW 2026"""
add(
    kind="rejection", scenario="workable_au", lang="en",
    sender=("Bondi Threads", "noreply@workablemail.com"),
    subject="Online Marketing Coordinator at Bondi Threads",
    date="2026-06-11 10:26:18 +1000", charset="utf-8", cte="qp",
    text=_r11,
    html=ats_html(brand="Bondi Threads", logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/bondithreads.png",
                  logo_alt="Bondi Threads", tracker="email.workablemail.com", seed="r11", colour="#e98b6d",
                  body=paras(_r11),
                  footer="This message was sent via Workable on behalf of Bondi Threads. Replies to this address are not monitored."),
    company="Bondi Threads", contact="")

# 12. Taleo, Canada, formal, plain text.
add(
    kind="rejection", scenario="taleo_ca_formal", lang="en",
    sender=("Lakeshore Beauty Careers", "lakeshorebeauty@taleo.net"),
    subject="Lakeshore Beauty - Requisition 26-0418 Manager, CRM Programs", encode_subject=True,
    date="2026-05-05 15:03:44 -0400", charset="utf-8", cte="base64",
    text="""Dear Priya,

Thank you for your interest in the position of Manager, CRM Programs (Requisition 26-0418) at Lakeshore Beauty Inc.

After careful consideration of your qualifications, we regret to inform you that we have selected other candidates whose background better aligns with the needs of the role. This decision was not an easy one, given the calibre of applicants we received.

We will retain your profile in our system and encourage you to apply for future opportunities that match your experience and interests. To review open positions or withdraw your profile, visit our career section.

We thank you for the time and effort you invested in the application process and wish you every success in your career.

Sincerely,

Talent Acquisition
Lakeshore Beauty Inc.
200 Queens Quay West, Toronto, ON M5J 2K2

*** This is an automated message. Please do not reply. ***
""",
    company="Lakeshore Beauty", contact="")

# 13. Irish hospice charity, HR officer writing herself.
add(
    kind="rejection", scenario="charity_ie_after_shortlist", lang="en",
    sender=("Niamh Ó Briain", "niamh.obriain@brigidshospice.example.ie"),
    subject="Digital Fundraising & Retail Marketing Officer",
    date="2026-03-26 12:12:03 +0000", charset="iso-8859-1", cte="qp",
    text="""Dear Priya,

Many thanks for your application for the post of Digital Fundraising & Retail Marketing Officer with St Brigid's Hospice.

The shortlisting panel met on Tuesday and I'm sorry to tell you that you have not been shortlisted for interview on this occasion. We had forty-one applications for the post, many from people already working in the charity sector, and the panel's decision was a difficult one.

Please do look out for future vacancies in our shops and fundraising team. And thank you for your interest in the work of the hospice.

Is mise le meas,

Niamh Ó Briain
HR Officer
St Brigid's Hospice
Harold's Cross, Dublin 6W
Tel: +353 1 555 0192
Registered Charity No. 20018833 | CHY 7764
""",
    company="St Brigid's Hospice", contact="niamh.obriain@brigidshospice.example.ie")

# 14. Teamtailor after final interview, warm, Reply-To a people mailbox that invites replies.
add(
    kind="rejection", scenario="teamtailor_after_final", lang="en",
    sender=("Saltmarsh Swimwear", "no-reply@teamtailor-mail.com"),
    reply_to=("Saltmarsh People Team", "people@saltmarshswim.example.co.uk"),
    subject="Thank you from Saltmarsh",
    date="2026-07-02 18:09:57 +0100", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Saltmarsh", logo="https://teamtailor-production.s3.amazonaws.com/saltmarsh/logo.svg",
        logo_alt="Saltmarsh Swimwear — made in Whitby", tracker="click.teamtailor-mail.com", seed="r14",
        colour="#1d4e5f", font="Georgia, 'Times New Roman', serif",
        body="""<p>Hello Priya,</p>
<p>First of all, thank you for coming all the way to Whitby for the final interview, and for the brilliant work you put into the summer launch exercise. Isla and I talked about your idea for the "sea-to-shelf" story for days afterwards.</p>
<p>This is the hardest kind of email to write. We've decided to offer the Ecommerce &amp; CRM Manager role to another candidate. It came down to the fact that she has already run a Shopify migration, which is the first big project on the list for the autumn.</p>
<p>We'd genuinely like to stay in touch. If you'd like fuller feedback from the panel, just reply to this email and one of us will set up a call.</p>
<p>Warmly,<br>Jo Pickersgill<br>Co-founder, Saltmarsh</p>""",
        footer="""Saltmarsh Swimwear Ltd · Unit 2, Spital Bridge, Whitby YO22 4EF · Company no. 12044815<br>
<a href="https://saltmarsh.teamtailor.com/connect">Join our Talent Community</a> · <a href="https://saltmarsh.teamtailor.com/privacy">Privacy</a>"""),
    company="Saltmarsh Swimwear", contact="people@saltmarshswim.example.co.uk")

# 15. Scottish council, not shortlisted, no-reply.
add(
    kind="rejection", scenario="council_not_shortlisted", lang="en",
    sender=("Forth Valley Regional Council - Recruitment", "noreply-recruitment@forthvalley.example.co.uk"),
    subject="Application outcome: Marketing & Communications Officer (Ref FVRC/2026/211)",
    date="2026-06-18 08:30:00 +0100", charset="us-ascii", cte="7bit",
    text="""APPLICATION OUTCOME

Post: Marketing & Communications Officer (Visitor Economy)
Reference: FVRC/2026/211
Applicant number: 0047718

Dear Priya Ramanathan-Hughes

Thank you for your recent application for the above post.

The shortlisting panel has now considered all applications against the essential and desirable
criteria in the person specification. We regret to advise that on this occasion your application
has not been shortlisted.

Due to the number of applications received we are unable to provide individual feedback at the
shortlisting stage.

Thank you for your interest in working for Forth Valley Regional Council.

Human Resources
Forth Valley Regional Council
Municipal Buildings, Stirling Road, Edinburgh EH7 4LP

Please do not reply to this email as this mailbox is not monitored.
""",
    company="Forth Valley Regional Council", contact="")

# 16. Ashby, subject that says nothing, Reply-To the recruiter.
add(
    kind="rejection", scenario="ashby_update_subject", lang="en",
    sender=("Stallhouse", "no-reply@ashbyhq.com"),
    reply_to=("Jo Adeyemi", "jo.adeyemi@stallhouse.example.com"),
    subject="Update",
    date="2026-05-14 12:58:21 +0100", charset="utf-8", cte="base64",
    html="""<!doctype html><html><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:24px;color:#18181b">
<tr><td style="padding:32px 0 8px 0"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/stallhouse.png" alt="Stallhouse" height="26"></td></tr>
<tr><td>
<p>Hi Priya,</p>
<p>Thanks again for your time with Dev last week. I wanted to let you know where things landed: the team has decided not to move forward with your application for Marketplace CRM Lead.</p>
<p>Honestly it was close. We're going with someone who has run seller-side lifecycle comms before (emails to the makers who sell on Stallhouse rather than to shoppers), and that's where most of the work sits in the first six months.</p>
<p>Thank you for being so generous with your ideas. If you want to talk it through, hit reply.</p>
<p>Jo<br><span style="color:#71717a">Talent, Stallhouse</span></p>
</td></tr>
<tr><td style="padding:28px 0;font-size:12px;color:#a1a1aa">Sent with <a href="https://www.ashbyhq.com" style="color:#a1a1aa">Ashby</a></td></tr>
</table></td></tr></table></body></html>
""",
    company="Stallhouse", contact="jo.adeyemi@stallhouse.example.com")

# 17. Interview cancelled because the role itself is closed: a rejection.
add(
    kind="rejection", scenario="interview_cancelled_role_closed", lang="en",
    sender=("Rachel Dunmore", "rachel.dunmore@hearthhome.example.co.uk"),
    subject="Thursday",
    date="2026-06-23 09:02:37 +0100", charset="windows-1252", cte="qp",
    text="""Dear Priya,

I’m afraid I need to cancel our interview on Thursday. Not for the usual reasons, unfortunately: the board signed off a restructure of the Digital team yesterday and the Ecommerce CRM Manager role has been removed from the new structure. We won’t be filling it, now or later this year, so I can’t in fairness ask you to come in.

I’m really sorry to be writing this a couple of days before we were due to meet. You were one of three people we were most looking forward to seeing.

With best wishes,

Rachel Dunmore
Head of Digital Trading
Hearth Home Retail
Tel 0113 496 0772 | Mob 07700 900 562
Hearth Home Retail Limited, Registered Office: Thorpe Park, Leeds LS15 8GB. Registered in England & Wales 03390218.
""",
    company="Hearth Home Retail", contact="rachel.dunmore@hearthhome.example.co.uk")

# 18. Gmail reply with a quoted chain full of interview words.
_r18_txt = """Hi Priya,

Sorry for the radio silence, it's been a mad few weeks with the Festival pop-up.

I've talked it through with Callum and we've decided to go another way - we're going to keep the online shop in-house between the two of us for now rather than hire. So we won't be taking things further with you, which I feel bad about after your lovely email.

Really appreciate your interest and I'm sure you'll find something great.

Fiona

On Mon, 27 Jul 2026 at 08:44, Priya Ramanathan-Hughes <priya.rh@example.co.uk> wrote:
> Hi Fiona,
>
> Thank you again for the interview on the 21st! I've sketched the
> welcome-series idea we talked about (attached). Could we schedule a
> follow-up interview with Callum when he's back?
>
> Best,
> Priya
>
> On Thu, 16 Jul 2026 at 17:20, Fiona Maclean <fiona@thistleandtweed.example.co.uk> wrote:
>> Hi Priya, we'd love to invite you for an interview at the shop on
>> Tuesday 21st at 11. Come and have a coffee with us!
>> Fiona
"""
add(
    kind="rejection", scenario="gmail_quote_has_invite", lang="en",
    sender=("Fiona Maclean", "fiona@thistleandtweed.example.co.uk"),
    subject="Re: Interview follow-up",
    date="2026-08-10 21:14:06 +0100", charset="utf-8", cte="qp",
    msgid="<CAJfM7+pH0wq2Xz@mail.gmail.com>",
    in_reply_to="<CAOv3rPriya0727@mail.gmail.com>",
    references=["<CAJfM7+invite0716@mail.gmail.com>", "<CAOv3rPriya0727@mail.gmail.com>"],
    text=_r18_txt,
    html=gmail_html("""<div>Hi Priya,</div><div><br></div><div>Sorry for the radio silence, it's been a mad few weeks with the Festival pop-up.</div><div><br></div><div>I've talked it through with Callum and we've decided to go another way - we're going to keep the online shop in-house between the two of us for now rather than hire. So we won't be taking things further with you, which I feel bad about after your lovely email.</div><div><br></div><div>Really appreciate your interest and I'm sure you'll find something great.</div><div><br></div><div>Fiona</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 27 Jul 2026 at 08:44, Priya Ramanathan-Hughes &lt;<a href="mailto:priya.rh@example.co.uk">priya.rh@example.co.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Fiona,<br><br>Thank you again for the interview on the 21st! I've sketched the welcome-series idea we talked about (attached). Could we schedule a follow-up interview with Callum when he's back?<br><br>Best,<br>Priya<br><br><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Priya, we'd love to invite you for an interview at the shop on Tuesday 21st at 11. Come and have a coffee with us!<br>Fiona</blockquote></blockquote></div>"""),
    company="Thistle & Tweed", contact="fiona@thistleandtweed.example.co.uk")

# ---------------------------------------------------------------- French
# 19. SmartRecruiters, vous, HTML only.
add(
    kind="rejection", scenario="smartrecruiters_fr_vous", lang="fr",
    sender=("Maison Ardoise Recrutement", "noreply@smartrecruiters.com"),
    subject="Votre candidature – Chargé(e) CRM & Fidélisation H/F",
    date="2026-03-17 10:44:12 +0100", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Maison Ardoise", logo="https://c.smartrecruiters.com/sr-company-logo-prod/maisonardoise.png",
        logo_alt="MAISON ARDOISE — Paris", tracker="email.smartrecruiters.com", seed="r19", colour="#3b3b3b",
        font="'Helvetica Neue', Helvetica, Arial, sans-serif",
        body="""<p>Bonjour Priya,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Maison Ardoise et du temps consacré à votre candidature au poste de <b>Chargé(e) CRM &amp; Fidélisation</b>.</p>
<p>Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons en effet reçu de nombreux profils très qualifiés et avons retenu des candidats dont l'expérience correspond plus précisément aux besoins actuels de l'équipe.</p>
<p>Nous conservons vos coordonnées dans notre vivier pendant deux ans, sauf opposition de votre part, afin de pouvoir vous recontacter si une opportunité se présentait.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>L'équipe Talents<br>Maison Ardoise</p>""",
        footer="""Maison Ardoise SAS – 14 rue de Turenne, 75004 Paris – RCS Paris 812 455 901<br>
Conformément au RGPD, vous pouvez exercer vos droits en écrivant à dpo@maisonardoise.example.fr. Ce message est envoyé automatiquement, merci de ne pas y répondre."""),
    company="Maison Ardoise", contact="")

# 20. Agency relaying the client after interview; Outlook FR quote with the invitation.
add(
    kind="rejection", scenario="agency_fr_after_interview", lang="fr",
    sender=("Hélène Vasseur", "h.vasseur@celeste-recrutement.example.fr"),
    subject="RE : Entretien Galeries Sablon – Responsable CRM",
    date="2026-04-29 18:22:40 +0200", charset="iso-8859-1", cte="qp",
    in_reply_to="<PR1P264MB3012A8@PR1P264MB3012.FRAP264.PROD.OUTLOOK.example.com>",
    text="""Bonsoir Priya,

J'ai eu le retour des Galeries Sablon cet après-midi, et malheureusement ce n'est pas positif : ils ont choisi de poursuivre avec une autre candidate, déjà en poste dans le groupe, qui connaît leur outil Salesforce Marketing Cloud.

Ils ont beaucoup apprécié votre présentation et votre énergie, et Mme Dubreuil m'a demandé de vous le dire. Je sais que c'est frustrant après deux entretiens.

Je reviens vers vous dès que j'ai un nouveau poste qui vous correspond.

Bien à vous,

Hélène Vasseur
Consultante senior - Retail & Luxe
Céleste Recrutement
38 rue La Boétie - 75008 Paris
Tél. : 01 84 88 20 15

De : Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Envoyé : mardi 21 avril 2026 09:10
À : Hélène Vasseur <h.vasseur@celeste-recrutement.example.fr>
Objet : RE : Entretien Galeries Sablon - Responsable CRM

Bonjour Hélène,
Merci pour l'organisation ! Je confirme ma présence à l'entretien de jeudi 23 à 14h30 boulevard Haussmann.
Priya

De : Hélène Vasseur <h.vasseur@celeste-recrutement.example.fr>
Envoyé : vendredi 17 avril 2026 16:45
À : Priya Ramanathan-Hughes <priya.rh@example.co.uk>
Objet : Entretien Galeries Sablon - Responsable CRM

Bonne nouvelle Priya, les Galeries Sablon souhaitent vous rencontrer pour un second entretien avec la Directrice Marketing, jeudi 23 avril à 14h30.
""",
    company="Galeries Sablon", contact="h.vasseur@celeste-recrutement.example.fr")

# 21. Start-up founder, tu, no accents, from the phone.
add(
    kind="rejection", scenario="startup_fr_tu_phone", lang="fr",
    sender=("Julien Marchetti", "julien@paniermalin.example.fr"),
    subject="Re: Call de jeudi",
    date="2026-02-27 22:47:13 +0100", charset="utf-8", cte="8bit",
    in_reply_to="<6F1A2C30-77B1-4E2A-9C61-priya@example.co.uk>",
    text="""Salut Priya,

Merci encore pour le call de jeudi. On a finalement decide de partir sur un profil plus data / SQL pour ce poste, donc on ne va pas continuer ensemble cette fois-ci. Desole, vraiment, t'avais plein de bonnes idees sur la reactivation.

Bonne continuation et on reste en contact !

Julien

Envoyé de mon iPhone
""",
    company="Panier Malin", contact="julien@paniermalin.example.fr")

# 22. Public body, formal letter as PDF plus a short covering note.
add(
    kind="rejection", scenario="public_body_fr_letter_pdf", lang="fr",
    sender=("ARCIF – Service recrutement", "ne-pas-repondre@arcif.example.fr"),
    subject="Suite donnée à votre candidature – réf. 2026-047",
    date="2026-05-19 11:00:05 +0200", charset="iso-8859-1", cte="8bit",
    text="""Madame,

Vous trouverez ci-joint le courrier relatif à la suite donnée à votre candidature au poste de chargée de communication numérique (réf. 2026-047).

Nous vous remercions de l'intérêt que vous portez à l'Agence régionale du commerce d'Île-de-France.

Le service recrutement

Ce courriel est généré automatiquement. Merci de ne pas y répondre.
""",
    attachments=[{"filename": "ARCIF_2026-047_reponse_candidature.pdf", "pdf": [
        "Agence regionale du commerce d'Ile-de-France (ARCIF)",
        "Direction des ressources humaines - 12 quai de la Rapee, 75012 Paris",
        "",
        "Paris, le 18 mai 2026",
        "",
        "Objet : votre candidature - poste de charge(e) de communication numerique (ref. 2026-047)",
        "",
        "Madame,",
        "",
        "Vous avez bien voulu presenter votre candidature au poste cite en objet et nous vous en remercions.",
        "Apres examen de l'ensemble des dossiers par la commission de selection, nous avons le regret de",
        "vous informer que votre candidature n'a pas ete retenue.",
        "",
        "Nous vous prions d'agreer, Madame, l'expression de nos salutations distinguees.",
        "",
        "La Directrice des ressources humaines",
    ]}],
    company="Agence régionale du commerce d'Île-de-France", contact="")

# 23. Teamtailor FR, position filled internally, alternative.
_r23 = """Bonjour Priya,

Merci pour votre candidature au poste de Responsable E-commerce & CRM chez Bleu Cobalt.

Nous tenions à vous informer que ce poste a finalement été pourvu en interne : une collaboratrice de notre équipe Retail a souhaité évoluer vers le digital et nous avons choisi d'accompagner ce projet. Le processus de recrutement externe est donc clos.

Nous sommes sincèrement désolés de ne pas pouvoir poursuivre avec vous, et nous vous remercions pour l'intérêt porté à notre marque.

Belle journée,
Capucine Lemaire
Talent Acquisition – Bleu Cobalt Cosmétiques"""
add(
    kind="rejection", scenario="teamtailor_fr_pourvu_interne", lang="fr",
    sender=("Bleu Cobalt Cosmétiques", "no-reply@teamtailor-mail.com"),
    subject="Responsable E-commerce & CRM – Bleu Cobalt",
    date="2026-06-04 14:35:50 +0200", charset="utf-8", cte="base64",
    text=_r23,
    html=ats_html(brand="Bleu Cobalt", logo="https://teamtailor-production.s3.amazonaws.com/bleucobalt/logo.png",
                  logo_alt="Bleu Cobalt – cosmétiques bio", tracker="click.teamtailor-mail.com", seed="r23",
                  colour="#1e40af", body=paras(_r23),
                  footer="Bleu Cobalt Cosmétiques SAS · 9 rue du Faubourg-Poissonnière, 75009 Paris · <a href=\"https://bleucobalt.teamtailor.com/privacy\">Politique de confidentialité</a>"),
    company="Bleu Cobalt Cosmétiques", contact="")

# ---------------------------------------------------------------- Spanish
# 24. Personio ES, HTML only, tú.
add(
    kind="rejection", scenario="personio_es_tu", lang="es",
    sender=("Moda Gràcia | Equipo de Talento", "noreply@personio.de"),
    subject="Tu candidatura para Especialista CRM – Moda Gràcia",
    date="2026-03-09 17:19:04 +0100", charset="utf-8", cte="qp",
    html="""<html><head><meta charset="utf-8"></head><body style="background:#f6f6f4;margin:0">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f6f6f4"><tr><td align="center" style="padding:30px 10px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:26px 34px 0 34px"><img src="https://modagracia.jobs.personio.de/logo.png" alt="Moda Gràcia · Barcelona" height="34"></td></tr>
<tr><td style="padding:20px 34px 30px 34px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#2d2d2d">
<p>Hola Priya:</p>
<p>Muchas gracias por tu interés en formar parte de Moda Gràcia y por el tiempo que has dedicado a tu candidatura para el puesto de <strong>Especialista CRM</strong>.</p>
<p>Hemos revisado tu perfil con atención y, aunque nos ha parecido muy interesante, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a lo que buscamos en este momento.</p>
<p>Guardaremos tus datos para futuras vacantes durante 12 meses, salvo que nos indiques lo contrario.</p>
<p>¡Te deseamos mucha suerte!</p>
<p>Un abrazo,<br>Equipo de Talento<br>Moda Gràcia</p>
</td></tr>
<tr><td style="padding:16px 34px;border-top:1px solid #eee;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#999">
Moda Gràcia S.L. · Carrer de Verdi 41, 08012 Barcelona · CIF B-66123987<br>
Este correo se ha enviado automáticamente a través de Personio. Por favor, no respondas a este mensaje.</td></tr>
</table></td></tr></table>
<img src="https://tracking.personio.de/open/9f3c1b2a" width="1" height="1" alt="">
</body></html>
""",
    company="Moda Gràcia", contact="")

# 25. Agency, client not named, casual tú.
add(
    kind="rejection", scenario="agency_es_unnamed", lang="es",
    sender=("Nerea Ibarra", "nerea.ibarra@talentolevante.example.es"),
    subject="Proceso Ecommerce Manager",
    date="2026-04-15 13:07:26 +0200", charset="utf-8", cte="8bit",
    text="""Hola Priya!

Te escribo rápido porque estoy entre reuniones: el cliente me ha confirmado que no seguís adelante en el proceso de Ecommerce Manager. Buscan a alguien con más experiencia en marketplaces (Amazon y Miravia sobre todo) y al final han priorizado eso.

Sé que te hacía ilusión, lo siento mucho. Te tengo en cuenta para lo próximo que me entre, que seguro que hay cosas que encajan mejor contigo.

Un beso,
Nerea

Nerea Ibarra · Consultora de selección
Talento Levante · Barcelona – València
+34 931 55 02 77
""",
    company="Talento Levante", contact="nerea.ibarra@talentolevante.example.es")

# 26. After interview, usted, Spanish Gmail quote containing "oferta".
add(
    kind="rejection", scenario="es_after_interview_quote_oferta", lang="es",
    sender=("Jordi Puigvert", "jordi.puigvert@mercatdigital.example.es"),
    subject="Re: Entrevista Responsable de CRM",
    date="2026-05-07 09:41:15 +0200", charset="iso-8859-1", cte="qp",
    in_reply_to="<CAKpriya-es-0430@mail.gmail.com>",
    references=["<md-entrevista-0422@mercatdigital.example.es>", "<CAKpriya-es-0430@mail.gmail.com>"],
    text="""Estimada Priya:

Le agradezco mucho el tiempo que nos dedicó en la entrevista del pasado jueves y el caso práctico que nos envió después.

Tras valorar a todas las personas finalistas, hemos decidido no continuar con su candidatura. La persona que se incorporará tiene una experiencia más larga con clientes B2B, algo que para nosotros ha resultado determinante. No ha sido una decisión sencilla.

Le deseo mucha suerte en su búsqueda.

Atentamente,

Jordi Puigvert
Director de Marketing
Mercat Digital
Passeig de Sant Joan 104, 08037 Barcelona

El vie, 1 may 2026 a las 8:15, Priya Ramanathan-Hughes (<priya.rh@example.co.uk>) escribió:
> Estimado Jordi:
> Muchas gracias por la entrevista. Adjunto el caso práctico. Quedo a la
> espera de sus noticias y, si llega una oferta, estaré encantada de
> comentar la fecha de incorporación.
> Un saludo,
> Priya
""",
    company="Mercat Digital", contact="jordi.puigvert@mercatdigital.example.es")

# 27. NGO, speculative CV, no vacancies.
add(
    kind="rejection", scenario="ngo_es_speculative", lang="es",
    sender=("Montse Garriga", "montse.garriga@ravalsolidari.example.es"),
    subject="Re: Candidatura espontánea – comunicación digital",
    date="2026-02-11 16:55:38 +0100", charset="windows-1252", cte="qp",
    in_reply_to="<priya-espontanea-0203@example.co.uk>",
    text="""Hola, Priya:

Gracias por enviarnos tu CV de forma espontánea y por el interés en la Fundació Raval Solidari. Nos ha hecho mucha ilusión que conozcas nuestras tiendas de segunda mano.

Te respondo con sinceridad: ahora mismo no tenemos ninguna vacante abierta en comunicación ni en la tienda online, y el presupuesto de este año no prevé nuevas contrataciones. Por eso no podemos avanzar con tu candidatura.

Si te apetece colaborar como voluntaria en algún momento, aquí estamos.

Salut!
Montse Garriga
Coordinadora de Personas
Fundació Raval Solidari · C/ de la Riera Baixa 12, 08001 Barcelona
""",
    company="Fundació Raval Solidari", contact="montse.garriga@ravalsolidari.example.es")

# 28. SuccessFactors ES, position frozen, plain text base64.
add(
    kind="rejection", scenario="successfactors_es_congelado", lang="es",
    sender=("Cosmètica Mediterrània – Selección", "noreply@successfactors.eu"),
    subject="Información sobre su candidatura (Req. 4471)",
    date="2026-07-08 12:00:31 +0200", charset="windows-1252", cte="base64",
    text="""Estimada Sra. Ramanathan-Hughes:

Le escribimos en relación con su candidatura al puesto de Técnico/a de Marketing Digital y CRM (Req. 4471).

Le informamos de que, por motivos organizativos, la posición ha quedado congelada y no se cubrirá en los próximos meses. En consecuencia, el proceso de selección se da por finalizado y no continuaremos con su candidatura.

Lamentamos las molestias que esta decisión pueda ocasionarle y le agradecemos el interés mostrado por nuestra compañía.

Reciba un cordial saludo,

Departamento de Selección
Cosmètica Mediterrània, S.A.
Av. Diagonal 640, 08017 Barcelona

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
""",
    company="Cosmètica Mediterrània", contact="")

# ---------------------------------------------------------------- German
# 29. Personio DE, Sie, HTML only, Geschäftsführer footer.
add(
    kind="rejection", scenario="personio_de_absage", lang="de",
    sender=("Kranich Mode GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als CRM Marketing Manager (m/w/d) – Standort Barcelona",
    date="2026-03-30 15:48:09 +0200", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Kranich Mode", logo="https://kranich-mode.jobs.personio.de/logo.png",
        logo_alt="KRANICH MODE", tracker="tracking.personio.de", seed="r29", colour="#111111",
        body="""<p>Sehr geehrte Frau Ramanathan-Hughes,</p>
<p>vielen Dank für Ihre Bewerbung als <b>CRM Marketing Manager (m/w/d)</b> an unserem Standort Barcelona und das damit verbundene Interesse an Kranich Mode.</p>
<p>Wir haben uns Ihre Unterlagen sorgfältig angesehen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil noch besser zu den aktuellen Anforderungen passt.</p>
<p>Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern – bitte bestätigen Sie dies über den untenstehenden Link.</p>
<p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr People Team von Kranich Mode</p>""",
        button=("In den Talentpool aufnehmen", "https://kranich-mode.jobs.personio.de/talentpool/confirm"),
        footer="""Kranich Mode GmbH · Torstraße 140 · 10119 Berlin<br>
Geschäftsführer: Friederike Albers, Malte Sundermann · Amtsgericht Charlottenburg HRB 188204 B<br>
Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen."""),
    company="Kranich Mode", contact="")

# 30. softgarden, after interview, formal, iso-8859-1.
add(
    kind="rejection", scenario="softgarden_de_nach_gespraech", lang="de",
    sender=("Frischwerk Kosmetik AG – Recruiting", "noreply@softgarden.io"),
    reply_to=("Svenja Krämer", "svenja.kraemer@frischwerk.example.de"),
    subject="Ihr Vorstellungsgespräch – Senior CRM Manager UK (London)",
    date="2026-06-26 11:20:44 +0200", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Ramanathan-Hughes,

nochmals herzlichen Dank für das angenehme Gespräch am 19. Juni und die Zeit, die Sie sich für uns genommen haben.

Nach reiflicher Überlegung haben wir uns entschieden, die Position mit einer anderen Kandidatin zu besetzen, die bereits Erfahrung im Aufbau eines CRM-Teams im britischen Markt mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Wenn Sie eine ausführlichere Rückmeldung wünschen, antworten Sie gern direkt auf diese E-Mail; ich melde mich dann bei Ihnen.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen

Svenja Krämer
Talent Acquisition Partner
Frischwerk Kosmetik AG
Große Elbstraße 145, 22767 Hamburg
Vorstand: Dr. Henrik Olsen (Vors.), Mareike Busch · Aufsichtsratsvorsitzender: Peter Rauh
Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg HRB 99812
""",
    company="Frischwerk Kosmetik", contact="svenja.kraemer@frischwerk.example.de")

# 31. Start-up, du, German "Am ... schrieb" quote with an invitation in it.
add(
    kind="rejection", scenario="startup_de_du_quote", lang="de",
    sender=("Lukas Brenner", "lukas@nordlicht-commerce.example.de"),
    subject="AW: Kennenlernen nächste Woche",
    date="2026-04-20 08:12:55 +0200", charset="utf-8", cte="8bit",
    in_reply_to="<priya-nordlicht-0412@example.co.uk>",
    references=["<nlc-einladung-0409@nordlicht-commerce.example.de>", "<priya-nordlicht-0412@example.co.uk>"],
    text="""Hi Priya,

kurzes Update von unserer Seite: Wir haben uns nach dem Gespräch mit dir intern nochmal zusammengesetzt und uns dagegen entschieden, die Stelle mit dir zu besetzen. Uns fehlt für den Start in Dublin noch jemand mit mehr Erfahrung in B2B-Marketplaces, und da sind wir bei einem anderen Kandidaten gelandet.

Tut mir echt leid, das Gespräch hat Spaß gemacht!

Viele Grüße aus München
Lukas

--
Lukas Brenner · Co-Founder & CEO
Nordlicht Commerce GmbH · Ganghoferstraße 29 · 80339 München
HRB 271733 · Geschäftsführer: Lukas Brenner, Aylin Demir

Am 12.04.2026 um 19:03 schrieb Priya Ramanathan-Hughes <priya.rh@example.co.uk>:
> Hallo Lukas,
> danke für die Einladung zum Kennenlernen! Dienstag passt mir gut.
> Viele Grüße, Priya
>
>> Am 09.04.2026 um 14:30 schrieb Lukas Brenner <lukas@nordlicht-commerce.example.de>:
>> Hi Priya, hast du Lust auf ein Kennenlernen per Video nächste Woche?
>> Wir würden dich gern zum Interview einladen.
""",
    company="Nordlicht Commerce", contact="lukas@nordlicht-commerce.example.de")
