"""Rejections, written one by one (31 messages)."""

from __future__ import annotations

from msgs135_common import card, click, mso, outlook, paras, pixel

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    """Record one hand-written message spec."""
    MESSAGES.append(spec)


# 1 ---------------------------------------------------------------------------------------
add(
    scenario="workday_soft", kind="rejection", lang="en",
    company="Midlands Housing Partnership", contact="",
    sender=("Midlands Housing Partnership", "midlandshousing@myworkday.com"),
    subject="Your application for Policy and Research Officer (R-04417)",
    date="2026-02-19 16:42 +0000", structure="html", cte="qp",
    html=card(
        logo_src="https://wd3.myworkdaysite.com/midlandshousing/assets/logo.png",
        logo_alt="Midlands Housing Partnership", accent="#00594f",
        body=f"""<p style="margin:0 0 14px 0">Dear Shauna,</p>
<p style="margin:0 0 14px 0">Thank you for your interest in the <strong>Policy and Research Officer</strong> role (R-04417) and for the time you put into your application.</p>
<p style="margin:0 0 14px 0">We received a very strong response. After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.</p>
<p style="margin:0 0 14px 0">We would encourage you to keep an eye on our careers site, as new roles across our Birmingham, Coventry and Walsall teams are posted every week.</p>
<p style="margin:0 0 14px 0">With best wishes,<br>Talent Acquisition<br>Midlands Housing Partnership</p>
<p style="margin:18px 0 0 0"><a href="{click('wd3.myworkdaysite.com', 'https://wd3.myworkdaysite.com/en-GB/recruiting/midlandshousing/careers')}" style="background:#00594f;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;display:inline-block">View current vacancies</a></p>""",
        footer="""Midlands Housing Partnership is a charitable community benefit society registered in England No. 31204R and a Registered Provider of social housing (L4471). Registered office: 3 Lancaster Court, Birmingham B4 7AB.<br>
This email was sent from an unmonitored mailbox. Please do not reply to this message.<br>
Powered by Workday &middot; <a href="https://wd3.myworkdaysite.com/privacy" style="color:#8a8a8a">Privacy</a>""",
        track=pixel("wd3.myworkdaysite.com", "mhp-r04417-reject")),
)

# 2 ---------------------------------------------------------------------------------------
add(
    scenario="greenhouse_after_interview", kind="rejection", lang="en",
    company="Centre for Urban Futures", contact="priya.raman@urbanfutures.example.org.uk",
    sender=("Centre for Urban Futures via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Raman", "priya.raman@urbanfutures.example.org.uk"),
    subject="Following up - Senior Researcher, Housing & Place",
    date="2026-03-11 11:05 +0000", structure="plain", cte="7bit",
    text="""Hi Shauna,

Thank you again for coming in last Thursday to meet Jonah, Amara and me. We really enjoyed
the conversation, and your presentation on temporary accommodation data in Birmingham was
one of the clearest we saw.

I'm sorry to say that we won't be offering you the role. It was a close decision, and in
the end the panel went with a candidate who has more experience of running large-scale
quantitative surveys, which is a big part of the first year of this post.

A couple of pieces of feedback the panel asked me to pass on, in case they're useful:
- your casework examples were excellent and grounded the policy points well;
- the written task was strong, but the methods section was a little thin on sampling.

We'd genuinely like to stay in touch - we expect to recruit for a Research Officer on the
Renters' Voices project in the summer, and I'll make sure you hear about it.

If you'd like to talk any of this through, just reply to this email and we can find 15
minutes.

Best wishes,
Priya

Priya Raman
People & Operations Lead
Centre for Urban Futures
""",
)

# 3 ---------------------------------------------------------------------------------------
add(
    scenario="role_on_hold", kind="rejection", lang="en",
    company="Avon Valley Homes", contact="d.okafor@avonvalleyhomes.example.co.uk",
    sender=("Okafor, Delroy", "d.okafor@avonvalleyhomes.example.co.uk"),
    subject="RE: Strategy & Insight Analyst - update",
    date="2026-04-02 09:47 +0100", structure="plain", charset="windows-1252", cte="qp",
    in_reply_to="<CAE7r2mJz0p9+fk@mail.example.co.uk>",
    text="""Dear Shauna,

Thank you for your patience while we worked through the shortlisting for the Strategy & Insight Analyst post.

I’m writing to let you know that, following a review of our 2026/27 budget, the Executive Team has decided to put this role on hold. We will not be proceeding with the recruitment, and no interviews will take place. I appreciate this is disappointing news after the effort you put into your application, and I’m sorry we couldn’t give you a better outcome.

Should the post be re-advertised in future it will appear on our website, and you would be very welcome to apply again.

Kind regards,

Delroy Okafor
HR Business Partner
Avon Valley Homes
Kingswood House, 14 Regent Street, Bristol BS15 8JX
T: 0117 496 0321

Avon Valley Homes Limited is a registered society under the Co-operative and Community Benefit Societies Act 2014 (No. 30117R).
This email and any attachments are confidential and intended solely for the addressee.

From: Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Sent: 30 March 2026 18:12
To: Okafor, Delroy <d.okafor@avonvalleyhomes.example.co.uk>
Subject: Strategy & Insight Analyst - update

Dear Delroy,

I hope you’re well. I applied for the Strategy & Insight Analyst role at the start of March and wondered whether you had a timeline for interviews? I’m very keen and happy to fit around the panel.

Many thanks,
Shauna
""",
)

# 4 ---------------------------------------------------------------------------------------
add(
    scenario="filled_internally", kind="rejection", lang="en",
    company="Northgate University", contact="hr-recruitment@northgate.example.ac.uk",
    sender=("HR Recruitment - Northgate University", "hr-recruitment@northgate.example.ac.uk"),
    subject="Research Assistant (Housing Policy), School of Social Policy - Ref NU0392",
    date="2026-03-24 14:20 +0000", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Dear Ms Adeyemi-Clarke

Post: Research Assistant (Housing Policy), School of Social Policy
Reference: NU0392

Thank you for applying for the above post. I am writing to let you know that the position
has now been filled by an internal candidate, following the University's redeployment
procedure for staff whose fixed-term contracts are ending. The external stage of the
recruitment has therefore been closed.

I realise this will be disappointing and I would like to thank you for the interest you
have shown in working at Northgate. Your details will be deleted after six months in line
with our recruitment privacy notice.

If you have any questions about this decision, please reply to this email and a member of
the team will get back to you.

Yours sincerely

Recruitment Team
Human Resources, Northgate University
Woodhouse Lane Annexe, Leeds LS2 9NT
""",
)

# 5 ---------------------------------------------------------------------------------------
add(
    scenario="terse_one_line_iphone", kind="rejection", lang="en",
    company="Fenwick & Lowe", contact="tom.fenwick@fenwicklowe.example.co.uk",
    sender=("Tom Fenwick", "tom.fenwick@fenwicklowe.example.co.uk"),
    subject="Re: Research consultant role",
    date="2026-04-14 19:33 +0100", structure="plain", cte="7bit",
    in_reply_to="<A8F2C61B-77D0-4E4E-9C3A-5B1D0E92F1AA@example.co.uk>",
    text="""Not this time I'm afraid Shauna, we've gone with someone else. Thanks for coming in.

Sent from my iPhone

> On 9 Apr 2026, at 08:51, Shauna Adeyemi-Clarke <shauna.ac@example.co.uk> wrote:
>
> Hi Tom,
>
> Thanks so much for the invitation to interview yesterday - I really enjoyed
> meeting you and Helen and hearing about the Fenwick & Lowe evaluation work
> for the combined authority. Very happy to do a second stage if that's useful.
>
> Best,
> Shauna
""",
)

# 6 ---------------------------------------------------------------------------------------
add(
    scenario="speculative_no_vacancy", kind="rejection", lang="en",
    company="Foundation for Fairer Places", contact="grace.whitlock@fairerplaces.example.org.uk",
    sender=("Grace Whitlock", "grace.whitlock@fairerplaces.example.org.uk"),
    subject="Re: Speculative enquiry - research roles",
    date="2026-01-28 10:02 +0000", structure="plain", cte="qp",
    in_reply_to="<CAGx81Hq_spec_fairer@mail.example.co.uk>",
    text="""Dear Shauna,

Many thanks for getting in touch and for sending your CV. It's always lovely to hear from
people coming to policy from the frontline – we need more of you!

I'm afraid we're a team of nine and we don't have any research posts open, nor do we expect
to this year. We also don't hold CVs on file, so I'm not able to keep yours for future roles.
All our vacancies are advertised on our website and on the usual sector boards.

I'm sorry not to be more helpful, and I wish you every success with the move.

Warm regards,
Grace

Grace Whitlock | Director of Research | Foundation for Fairer Places
Registered charity no. 1187734
""",
)

# 7 ---------------------------------------------------------------------------------------
add(
    scenario="lever_not_progressing", kind="rejection", lang="en",
    company="Civic Data Lab", contact="",
    sender=("Civic Data Lab", "no-reply@hire.lever.co"),
    subject="Your application to Civic Data Lab",
    date="2026-02-06 08:15 +0000", structure="html", cte="base64",
    html=f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#333;line-height:1.5">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/civicdatalab-logo.png" alt="Civic Data Lab" width="120" style="border:0">
<p>Hi Shauna,</p>
<p>Thanks so much for applying for the <b>Policy Analyst (Local Government)</b> position at Civic Data Lab. We know it takes time to put an application together and we appreciate it.</p>
<p>We've now reviewed all applications and unfortunately we won't be taking yours further this time. We had over 300 applicants for this one role, so this isn't a reflection on your ability.</p>
<p>We'll hold on to your details and may reach out if something suitable comes up. You can also <a href="{click('jobs.lever.co', 'https://jobs.lever.co/civicdatalab')}">follow our open roles here</a>.</p>
<p>All the best,<br>The Civic Data Lab team</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Civic Data Lab CIC, 2nd Floor, 48 Digbeth High Street, Birmingham B5 6DY. Company no. 12094471.<br>
Sent via Lever. <a href="{click('hire.lever.co', 'https://hire.lever.co/candidate/preferences')}" style="color:#999">Update your email preferences</a></p>
</div>
{pixel('hire.lever.co', 'cdl-reject')}
</body></html>
""",
)

# 8 ---------------------------------------------------------------------------------------
_harbour_text = """Dear Shauna,

Thank you for applying for the role of Community Insight Coordinator at Harbourside Trust.

We have now completed shortlisting. We regret to inform you that on this occasion your application has not been successful and you have not been selected for interview.

We received 142 applications and the standard was very high. Because of the number of applications we are unable to give individual feedback at the shortlisting stage.

Thank you for your interest in Harbourside Trust and our work with communities across Bristol's harbourside and Hartcliffe.

Yours sincerely,
People Team
Harbourside Trust
"""
add(
    scenario="smartrecruiters_not_shortlisted", kind="rejection", lang="en",
    company="Harbourside Trust", contact="",
    sender=("Harbourside Trust", "noreply@smartrecruiters.com"),
    subject="Harbourside Trust - Community Insight Coordinator",
    date="2026-05-07 17:58 +0100", structure="alt", cte="qp",
    text=_harbour_text,
    html=card(
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/harbourside-trust.png",
        logo_alt="Harbourside Trust logo", accent="#1d6fa5",
        body=paras(_harbour_text),
        footer=f"""Harbourside Trust is a registered charity in England and Wales (1109928) and a company limited by guarantee (05338821).<br>
You are receiving this email because you applied for a job through SmartRecruiters. <a href="{click('smartrecruiters.com', 'https://my.smartrecruiters.com/unsubscribe')}" style="color:#8a8a8a">Unsubscribe</a>""",
        track=pixel("t.smartrecruiters.com", "harbour-reject")),
    headers={"List-Unsubscribe": "<https://my.smartrecruiters.com/unsubscribe?u=7fa1>"},
)

# 9 ---------------------------------------------------------------------------------------
add(
    scenario="nhs_trust_unsuccessful", kind="rejection", lang="en",
    company="Sandwell Valley NHS Foundation Trust", contact="",
    sender=("NHS Jobs", "noreply@jobs.healthcareers.example.co.uk"),
    subject="Application outcome: Health Inequalities Project Officer (Band 6) 293-HI-0447",
    date="2026-03-03 07:30 +0000", structure="plain", cte="7bit",
    text="""Dear Shauna Adeyemi-Clarke,

Vacancy: Health Inequalities Project Officer
Reference: 293-HI-0447
Employer: Sandwell Valley NHS Foundation Trust

Thank you for your application for the above post.

Unfortunately on this occasion you have not been shortlisted for interview.

The shortlisting panel assessed all applications against the essential and desirable
criteria in the person specification. If you would like feedback, please contact the
recruiting manager named in the job advert within 28 days.

Thank you for your interest in working for Sandwell Valley NHS Foundation Trust.

Please do not reply to this message. This mailbox is not monitored.

NHS Jobs
""",
)

# 10 --------------------------------------------------------------------------------------
add(
    scenario="agency_client_unnamed", kind="rejection", lang="en",
    company="Marlowe Policy Search", contact="hannah@marlowepolicy.example.co.uk",
    sender=("Hannah Briggs", "hannah@marlowepolicy.example.co.uk"),
    subject="Update",
    date="2026-04-21 13:12 +0100", structure="plain", cte="qp",
    text="""Hi Shauna,

Quick update on the Head of Policy & Public Affairs mandate we spoke about. I've just had
the feedback from my client and unfortunately they've decided not to take you forward to
first interview. They felt you were an exceptional practitioner but were looking for
someone with more experience of parliamentary engagement at a national level.

I know that's frustrating – honestly I thought you were a strong fit. I'm seeing more
mid-level research and policy roles in the housing space at the moment and I'd like to keep
you front of mind if that's OK?

Speak soon,
Hannah

Hannah Briggs
Principal Consultant – Not-for-Profit & Public Policy
Marlowe Policy Search
07700 900 418 | marlowepolicy.example.co.uk
Marlowe Policy Search Ltd. Registered in England No 09912234. Registered office: 71 Clerkenwell Road, London EC1R 5BL
""",
)

# 11 --------------------------------------------------------------------------------------
add(
    scenario="agency_client_named", kind="rejection", lang="en",
    company="Glamorgan Coast Housing", contact="rhys.morgan@keystone-ps.example.co.uk",
    sender=("Rhys Morgan", "rhys.morgan@keystone-ps.example.co.uk"),
    subject="Glamorgan Coast Housing - Policy Officer",
    date="2026-05-12 16:40 +0100", structure="plain", charset="windows-1252", cte="qp",
    text="""Hi Shauna

Thanks for your patience on this one. Glamorgan Coast Housing came back to me this afternoon – they’ve interviewed three people and have offered the Policy Officer role to another candidate, so I’m afraid it’s a no from them this time.

Feedback was good: they liked your knowledge of the Renting Homes (Wales) Act and said you came across really well. It was just that the successful person has worked in a Welsh local authority and already knows the stakeholders.

Happy to keep looking for you in South Wales – let me know if Cardiff or Newport are still on your list.

Diolch,
Rhys

Rhys Morgan | Senior Consultant | Keystone Public Sector Recruitment
Direct: 029 2018 4471
Keystone Public Sector Recruitment Ltd, Registered in England & Wales No 07721904
""",
)

# 12 --------------------------------------------------------------------------------------
add(
    scenario="council_formal_letter", kind="rejection", lang="en",
    company="Aire Valley Metropolitan Council", contact="",
    sender=("Aire Valley Metropolitan Council - Recruitment", "recruitment-noreply@airevalley.example.gov.uk"),
    subject="Post Ref AVMC/HSG/2291 - Housing Strategy Officer",
    date="2026-06-04 10:00 +0100", structure="html", charset="iso-8859-1", cte="qp",
    html="""<html><body style="font-family:Arial, sans-serif; font-size:12pt">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://www.airevalley.example.gov.uk/images/avmc-crest.gif" alt="Aire Valley Metropolitan Council crest" width="90" height="90"></td>
<td align="right" style="font-size:10pt;color:#555">Human Resources<br>Civic Hall, Bradford Road<br>Keighley BD21 3RU</td></tr>
<tr><td colspan="2" style="padding-top:20px">
<p>Dear Ms Adeyemi-Clarke</p>
<p><b>Post: Housing Strategy Officer &nbsp;&nbsp; Ref: AVMC/HSG/2291</b></p>
<p>Thank you for attending the interview and assessment for the above post on 27 May 2026.</p>
<p>I regret to inform you that you have not been successful on this occasion. The panel were impressed by your presentation and your knowledge of homelessness legislation, however another candidate scored more highly against the selection criteria.</p>
<p>Should you wish to receive detailed feedback on your interview, please contact Mrs Jan Holroyd, Service Manager (Housing Strategy), on 01535 618 220.</p>
<p>May I take this opportunity to thank you for your interest in working for Aire Valley Metropolitan Council.</p>
<p>Yours sincerely</p>
<p>Human Resources Service</p>
</td></tr>
<tr><td colspan="2" style="padding-top:24px;font-size:8pt;color:#777">This e-mail has been sent from an automated mailbox. Replies to this address are not read.<br>
Aire Valley Metropolitan Council is committed to equality and diversity. Disability Confident Employer.</td></tr>
</table>
</body></html>
""",
)

# 13 --------------------------------------------------------------------------------------
add(
    scenario="ashby_startup_sentence_case", kind="rejection", lang="en",
    company="homewise analytics", contact="",
    sender=("homewise analytics", "no-reply@ashbyhq.com"),
    subject="your application at homewise analytics",
    date="2026-02-27 15:27 +0000", structure="alt", cte="qp",
    text="""hey Shauna,

thanks for applying to be our Housing Data Partnerships Lead. we're a small team so we read every application ourselves – yours included.

we've decided not to move forward right now. honestly, it came down to wanting someone who's sold data products to local authorities before, and that's not something your background covers (yet!).

we'd love to stay in touch as we grow. good luck with the search.

– Kit & the homewise analytics team
homewise analytics ltd · 14 Brindleyplace, Birmingham B1 2JB
""",
    html=f"""<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#18181b;line-height:24px;max-width:520px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/homewise.png" alt="homewise analytics" width="140" style="margin-bottom:18px">
<p>hey Shauna,</p>
<p>thanks for applying to be our <strong>Housing Data Partnerships Lead</strong>. we're a small team so we read every application ourselves &ndash; yours included.</p>
<p>we've decided not to move forward right now. honestly, it came down to wanting someone who's sold data products to local authorities before, and that's not something your background covers (yet!).</p>
<p>we'd love to stay in touch as we grow. good luck with the search.</p>
<p>&ndash; Kit &amp; the homewise analytics team</p>
<p style="font-size:12px;color:#71717a;margin-top:30px">homewise analytics ltd &middot; 14 Brindleyplace, Birmingham B1 2JB<br>
<a href="{click('links.ashbyhq.com', 'https://jobs.ashbyhq.com/homewise')}" style="color:#71717a">Careers</a> &middot; Sent with Ashby</p>
{pixel('links.ashbyhq.com', 'homewise-reject')}
</div>
""",
)

# 14 --------------------------------------------------------------------------------------
add(
    scenario="final_interview_long_feedback", kind="rejection", lang="en",
    company="Clyde Policy Institute", contact="m.drummond@clydepolicy.example.org.uk",
    sender=("Morag Drummond", "m.drummond@clydepolicy.example.org.uk"),
    subject="Housing Research Fellow - outcome",
    date="2026-06-18 17:21 +0100", structure="plain", cte="8bit",
    text="""Dear Shauna,

I said I'd let you know by the end of the week, so here I am – a day early.

Thank you for travelling up to Glasgow for the final round on Tuesday, and for the
presentation to the board. It was a genuinely difficult decision between you and one other
candidate, and I wanted to tell you myself rather than leave it to an automated email.

We have decided to offer the Housing Research Fellow post to the other candidate. What tipped
it was her experience of Scottish housing law and of working with the Scottish Government's
analytical teams, which matters a lot for the commission we start in September.

For what it's worth, the board singled out three things about your interview:
  * your account of the Birmingham temporary-accommodation audit was the best piece of
    evidence-led storytelling we heard all day;
  * your answer on ethics and lived experience was thoughtful and practical;
  * the one weaker area was the question on econometric methods – worth brushing up before
    your next research interview.

I'm sorry it isn't better news. If you're still looking in the autumn, please do get in
touch – I would be glad to be a referee for any research role and mean that sincerely.

With very best wishes,

Morag

Morag Drummond
Director
Clyde Policy Institute
Floor 3, 40 St Vincent Place, Glasgow G1 2ER
Scottish Charitable Incorporated Organisation SC049772
""",
)

# 15 --------------------------------------------------------------------------------------
add(
    scenario="outlook_original_message_invite_quoted", kind="rejection", lang="en",
    company="Thames Gateway Housing Trust", contact="sarah.mensah@tght.example.org.uk",
    sender=("Sarah Mensah", "sarah.mensah@tght.example.org.uk"),
    subject="RE: Interview - Research & Intelligence Officer",
    date="2026-05-26 12:03 +0100", structure="alt", charset="windows-1252", cte="qp",
    in_reply_to="<DB9PR02MB7321E4F0A1C5D2B9E77A6C2BF41A2@DB9PR02MB7321.eurprd02.prod.outlook.example.com>",
    references=["<AM6PR04MB5529C8E7A1D0B2F11C0F9D4EE81C2@AM6PR04MB5529.eurprd04.prod.outlook.example.com>",
                "<DB9PR02MB7321E4F0A1C5D2B9E77A6C2BF41A2@DB9PR02MB7321.eurprd02.prod.outlook.example.com>"],
    text="""Hi Shauna,

Thanks for your time at interview last week. I’m sorry to let you know that on this occasion we won’t be progressing your application further – the panel have decided to appoint another candidate.

Thank you again for your interest in Thames Gateway Housing Trust.

Regards,
Sarah

Sarah Mensah
Resourcing Advisor | Thames Gateway Housing Trust
T: 020 7946 0812

-----Original Message-----
From: Sarah Mensah
Sent: 12 May 2026 09:14
To: Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Subject: Interview - Research & Intelligence Officer

Dear Shauna,

Congratulations! We are delighted to invite you to interview for the Research & Intelligence Officer role. Interviews will take place on Tuesday 19 May at our Stratford office. Please confirm you can attend and we look forward to meeting you.

Kind regards,
Sarah
""",
    html=outlook(mso("""Hi Shauna,

Thanks for your time at interview last week. I’m sorry to let you know that on this occasion we won’t be progressing your application further – the panel have decided to appoint another candidate.

Thank you again for your interest in Thames Gateway Housing Trust.

Regards,
Sarah

Sarah Mensah
Resourcing Advisor | Thames Gateway Housing Trust
T: 020 7946 0812
""") + """
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Sarah Mensah<br><b>Sent:</b> 12 May 2026 09:14<br><b>To:</b> Shauna Adeyemi-Clarke &lt;shauna.ac@example.co.uk&gt;<br><b>Subject:</b> Interview - Research &amp; Intelligence Officer</p></div>
<p class="MsoNormal">Dear Shauna,</p>
<p class="MsoNormal">Congratulations! We are delighted to invite you to interview for the Research &amp; Intelligence Officer role. Interviews will take place on Tuesday 19 May at our Stratford office. Please confirm you can attend and we look forward to meeting you.</p>
<p class="MsoNormal">Kind regards,<br>Sarah</p>
"""),
)

# 16 --------------------------------------------------------------------------------------
add(
    scenario="teamtailor_regret", kind="rejection", lang="en",
    company="Greenway Charitable Foundation", contact="",
    sender=("Greenway Charitable Foundation", "no-reply@teamtailor-mail.com"),
    subject="Regarding your application: Grants & Learning Officer",
    date="2026-03-30 09:30 +0100", structure="html", cte="qp",
    html=f"""<!doctype html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#faf7f2">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#faf7f2"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:30px 0;font-family:'Helvetica Neue',Arial,sans-serif;color:#2e2a25">
<tr><td style="padding:28px 36px 0"><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/greenway.png" alt="Greenway Charitable Foundation" height="36"></td></tr>
<tr><td style="padding:20px 36px 30px;font-size:15px;line-height:23px">
<p>Dear Shauna,</p>
<p>Thank you for applying for the Grants &amp; Learning Officer role and for telling us about your work with tenants in Birmingham.</p>
<p>We have now reviewed every application against the criteria for the role. We are sorry to tell you that we will not be inviting you to interview this time.</p>
<p>We know how much goes into an application, and we are grateful that you thought of Greenway.</p>
<p>Kind regards,<br>Esther, on behalf of the recruitment panel</p>
</td></tr>
<tr><td style="padding:16px 36px;background:#f0ebe3;font-size:11px;color:#7c7469">Greenway Charitable Foundation &middot; 9 Queen Square, Bristol BS1 4JQ &middot; Charity no. 1099412<br>
<a href="{click('teamtailor-mail.com', 'https://greenway.teamtailor.com/connect/unsubscribe')}" style="color:#7c7469">Manage your data</a> &middot; <a href="{click('teamtailor-mail.com', 'https://greenway.teamtailor.com/jobs')}" style="color:#7c7469">Open jobs</a></td></tr>
</table></td></tr></table>
{pixel('e.teamtailor-mail.com', 'greenway-reject')}
</body></html>
""",
)

# 17 --------------------------------------------------------------------------------------
add(
    scenario="icims_university_after_panel", kind="rejection", lang="en",
    company="Kingsmead University", contact="",
    sender=("Kingsmead University Careers", "kingsmead-careers@icims.com"),
    subject="Kingsmead University: Research Fellow in Housing and Homelessness (REQ-2026-0188)",
    date="2026-07-09 15:48 +0100", structure="html", cte="base64",
    html=card(
        logo_src="https://careers-kingsmead.icims.com/images/kingsmead-logo.png",
        logo_alt="Kingsmead University London", accent="#4b2e83",
        font="Georgia, serif",
        body="""<p>Dear Shauna</p>
<p>Thank you for attending the interview for the position of Research Fellow in Housing and Homelessness (REQ-2026-0188) on 2 July.</p>
<p>The selection panel have now made their decision and I am sorry to tell you that you have not been successful on this occasion.</p>
<p>Feedback can be requested from the chair of the panel, Professor Imogen Clarke-Hart, through the Candidate Portal within 30 days.</p>
<p>We wish you every success in your future career.</p>
<p>Yours sincerely<br>Recruitment Services<br>Kingsmead University</p>""",
        footer="""Kingsmead University is an exempt charity. Mile End Campus, 190 Globe Road, London E1 4PQ.<br>
Please do not reply to this email; this mailbox is not monitored. Powered by iCIMS.""",
        track=pixel("careers-kingsmead.icims.com", "kings-fellow-reject")),
)

# 18 --------------------------------------------------------------------------------------
add(
    scenario="vacancy_withdrawn_funding", kind="rejection", lang="en",
    company="Cartref Action Wales", contact="recruitment@cartrefaction.example.org.uk",
    sender=("Cartref Action Wales", "recruitment@cartrefaction.example.org.uk"),
    subject="Policy & Research Officer (Cardiff) - vacancy withdrawn",
    date="2026-02-12 12:44 +0000", structure="plain", cte="qp",
    text="""Dear Shauna,

Thank you for applying for our Policy & Research Officer post.

We are sorry to tell you that we have withdrawn the vacancy. The post was to be funded
through a three-year grant, and we heard this week that the funder has paused new awards
until 2027. Without that funding we cannot fill the role, so we are closing the recruitment
and no interviews will go ahead.

We know this is frustrating and we are sorry for the time you have spent. If you have any
questions please reply to this email – Bethan in our People team looks after this inbox.

Diolch yn fawr / Thank you,

Cartref Action Wales
Tŷ Cartref, 22 Cathedral Road, Cardiff CF11 9LJ
Elusen gofrestredig / Registered charity 1154409
""",
)

# 19 --------------------------------------------------------------------------------------
add(
    scenario="fondation_geneve_vous", kind="rejection", lang="fr",
    company="Fondation Habitat Solidaire", contact="rh@habitat-solidaire.example.ch",
    sender=("Fondation Habitat Solidaire - Ressources humaines", "rh@habitat-solidaire.example.ch"),
    subject="Votre candidature - Chargée de recherche et plaidoyer (50-80 %)",
    subject_charset="iso-8859-1",
    date="2026-04-16 14:05 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Madame,

Nous vous remercions de l'intérêt que vous portez à la Fondation Habitat Solidaire et de
votre candidature au poste de chargée de recherche et plaidoyer.

Après un examen attentif de l'ensemble des dossiers reçus, nous avons le regret de vous
informer que nous ne pouvons pas donner une suite favorable à votre candidature. Nous avons
en effet retenu des profils dont l'expérience du contexte genevois et du droit du bail
suisse correspond davantage aux exigences du poste.

Nous conservons volontiers votre dossier et vous souhaitons plein succès dans vos
recherches.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service des ressources humaines
Fondation Habitat Solidaire
Rue de Carouge 71, 1205 Genève
""",
)

# 20 --------------------------------------------------------------------------------------
add(
    scenario="aisbl_bruxelles_reseau", kind="rejection", lang="fr",
    company="Réseau européen pour le logement abordable",
    contact="camille.deprez@relab.example.be",
    sender=("Camille Deprez", "camille.deprez@relab.example.be"),
    subject="Suite de votre candidature – Policy Officer",
    date="2026-05-05 10:18 +0200", structure="alt", cte="qp",
    text="""Chère Madame Adeyemi-Clarke,

Merci encore pour votre entretien de jeudi dernier avec notre comité de sélection.

C'est avec regret que je vous annonce que nous ne poursuivrons pas le processus avec vous.
Le comité a particulièrement apprécié votre connaissance du terrain, mais a retenu une
candidate ayant déjà une expérience du plaidoyer auprès des institutions européennes.

Je me permets de vous suggérer de suivre nos appels à candidatures pour notre programme
de fellowship, qui pourrait vous convenir.

Bien cordialement,

Camille Deprez
Responsable des ressources humaines
Réseau européen pour le logement abordable AISBL
Rue du Trône 98, 1050 Ixelles – Bruxelles
""",
    html="""<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:13px">
<p>Chère Madame Adeyemi-Clarke,</p>
<p>Merci encore pour votre entretien de jeudi dernier avec notre comité de sélection.</p>
<p>C'est avec regret que je vous annonce que nous ne poursuivrons pas le processus avec vous. Le comité a particulièrement apprécié votre connaissance du terrain, mais a retenu une candidate ayant déjà une expérience du plaidoyer auprès des institutions européennes.</p>
<p>Je me permets de vous suggérer de suivre nos appels à candidatures pour notre programme de fellowship, qui pourrait vous convenir.</p>
<p>Bien cordialement,</p>
<table cellpadding="0" cellspacing="0" style="font-size:12px;color:#444"><tr>
<td style="padding-right:12px;border-right:2px solid #e4002b"><img src="https://relab.example.be/img/relab-mark.png" alt="RELAB" width="48"></td>
<td style="padding-left:12px"><b>Camille Deprez</b><br>Responsable des ressources humaines<br>Réseau européen pour le logement abordable AISBL<br>Rue du Trône 98, 1050 Ixelles – Bruxelles</td>
</tr></table>
</div>
""",
)

# 21 --------------------------------------------------------------------------------------
add(
    scenario="successfactors_hopitaux", kind="rejection", lang="fr",
    company="Hôpitaux Lémaniques", contact="",
    sender=("Hôpitaux Lémaniques - Recrutement", "ne-pas-repondre@successfactors.eu"),
    subject="Votre candidature au poste de Chargé·e d'études en santé publique",
    date="2026-06-23 08:02 +0200", structure="html", cte="qp",
    html=card(
        logo_src="https://career5.successfactors.eu/ui/uicore/img/hopitaux-lemaniques.png",
        logo_alt="Hôpitaux Lémaniques", accent="#c8102e",
        body="""<p>Madame Adeyemi-Clarke,</p>
<p>Nous accusons bonne réception de votre dossier et vous remercions de l'intérêt que vous portez à notre institution.</p>
<p>Nous sommes toutefois au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection pour le poste de <b>Chargé·e d'études en santé publique (80 %)</b>.</p>
<p>Nous vous souhaitons plein succès dans vos démarches professionnelles.</p>
<p>Direction des ressources humaines<br>Hôpitaux Lémaniques</p>""",
        footer="""Ce message est généré automatiquement, merci de ne pas y répondre.<br>
Hôpitaux Lémaniques &ndash; Établissement public autonome &ndash; Avenue de la Roseraie 12, 1205 Genève""",
        track=pixel("career5.successfactors.eu", "hl-reject")),
)

# 22 --------------------------------------------------------------------------------------
add(
    scenario="startup_tu_terse", kind="rejection", lang="fr",
    company="Kotlab", contact="lucas@kotlab.example.be",
    sender=("Lucas Vermeulen", "lucas@kotlab.example.be"),
    subject="Re: Candidature Research Lead",
    date="2026-03-06 22:14 +0100", structure="plain", cte="8bit",
    in_reply_to="<CAF3kq9Uu1Lq@mail.example.co.uk>",
    text="""Salut Shauna,

Desole pour la reponse tardive, grosse semaine ici. On a finalement choisi un autre profil
pour le poste de Research Lead, quelqu'un qui parle neerlandais (c'etait un peu
indispensable pour nos clients flamands au final).

Merci vraiment pour ton temps et bonne chance pour la suite !

Lucas
Kotlab – co-founder

Envoyé de mon iPhone
""",
)

# 23 --------------------------------------------------------------------------------------
add(
    scenario="irpu_apres_entretien", kind="rejection", lang="fr",
    company="IRPU", contact="nadia.benali@irpu.example.ch",
    sender=("Nadia Benali", "nadia.benali@irpu.example.ch"),
    subject="Poste d'assistante de recherche - décision",
    date="2026-08-27 16:30 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    in_reply_to="<0e4f9a1c-2b11-4d6e-9e37-7f3c1a2b9d10@irpu.example.ch>",
    text="""Chère Madame,

Je fais suite à notre entretien du 20 août et vous remercie encore d'avoir pris le temps de
nous présenter votre parcours, ainsi que votre analyse du mal-logement à Birmingham, qui a
beaucoup intéressé le professeur Rochat.

Après délibération, nous avons décidé de ne pas retenir votre candidature. Le poste exige
une maîtrise de R et de l'analyse spatiale que nous n'avons pas pu vérifier suffisamment
lors de l'exercice pratique.

Je reste à votre disposition si vous souhaitez un retour plus détaillé par téléphone.

Avec mes meilleures salutations,

Nadia Benali
Administratrice
IRPU - Institut de recherche sur les politiques urbaines
Boulevard du Pont-d'Arve 40, 1205 Genève
+41 22 555 01 82

-----Message d'origine-----
De : Nadia Benali
Envoyé : lundi, 10 août 2026 09:02
À : Shauna Adeyemi-Clarke
Objet : Convocation à un entretien

Madame, nous avons le plaisir de vous convier à un entretien le jeudi 20 août à 10h00.
""",
)

# 24 --------------------------------------------------------------------------------------
add(
    scenario="candidature_spontanee_cabinet", kind="rejection", lang="fr",
    company="Lemaire & Associés", contact="info@lemaire-associes.example.be",
    sender=("Lemaire & Associés", "info@lemaire-associes.example.be"),
    subject="RE: Candidature spontanée",
    date="2026-01-20 11:41 +0100", structure="plain", charset="windows-1252", cte="qp",
    in_reply_to="<CAGx77spont_lemaire@mail.example.co.uk>",
    text="""Madame,

Nous avons bien reçu votre candidature spontanée et vous en remercions.

Nous ne sommes malheureusement pas en mesure d’y donner une suite favorable : notre équipe d’études est complète et aucun recrutement n’est prévu en 2026. Nous ne conservons pas les candidatures non sollicitées.

N’hésitez pas à consulter régulièrement notre site pour nos éventuelles offres.

Bien à vous,

Véronique Lemaire
Associée gérante
Lemaire & Associés SRL – Études et conseil en politiques sociales
Avenue Louise 231, 1050 Bruxelles – TVA BE 0712.345.601

De : Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>
Envoyé : mercredi 14 janvier 2026 20:47
À : info@lemaire-associes.example.be
Objet : Candidature spontanée

Madame, Monsieur,
Je me permets de vous adresser ma candidature spontanée pour un poste de chargée d’études...
""",
)

# 25 --------------------------------------------------------------------------------------
add(
    scenario="poste_pourvu_interne_outlook", kind="rejection", lang="fr",
    company="Agence régionale du logement bruxellois",
    contact="jm.dubois@arlb.example.be",
    sender=("DUBOIS Jean-Marc", "jm.dubois@arlb.example.be"),
    subject="TR: Analyste politiques du logement – votre candidature",
    date="2026-07-01 09:55 +0200", structure="plain", charset="windows-1252", cte="qp",
    text="""Bonjour Madame Adeyemi-Clarke,

Je vous transfère ci-dessous le message de notre service RH, en y ajoutant un mot personnel.

Le poste d’analyste a finalement été pourvu en interne : une collègue de la cellule statistique a demandé sa mobilité et la direction a donné son accord la semaine passée. La procédure externe est donc clôturée, et je suis désolé que vous l’appreniez de cette façon après notre échange téléphonique.

Cordialement,

Jean-Marc Dubois
Directeur – Études et prospective
Agence régionale du logement bruxellois
Boulevard Saint-Lazare 10, 1210 Saint-Josse-ten-Noode

De : Recrutement ARLB <recrutement@arlb.example.be>
Envoyé : mardi 30 juin 2026 17:12
À : DUBOIS Jean-Marc <jm.dubois@arlb.example.be>
Objet : Analyste politiques du logement – votre candidature

Jean-Marc,
Pour info : le jury du 8 juillet est annulé, nous confirmons la convocation de Mme Adeyemi-Clarke comme réserve uniquement si la mobilité interne tombe. Merci de la prévenir.
RH
""",
)

# 26 --------------------------------------------------------------------------------------
add(
    scenario="softgarden_absage_sie", kind="rejection", lang="de",
    company="Stiftung Wohnen & Teilhabe", contact="",
    sender=("Stiftung Wohnen & Teilhabe", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Referentin Wohnungspolitik (m/w/d) – Standort Genf",
    date="2026-03-17 13:26 +0100", structure="html", cte="qp",
    html=card(
        logo_src="https://app.softgarden.io/assets/public/stiftung-wohnen-teilhabe/logo.png",
        logo_alt="Stiftung Wohnen & Teilhabe", accent="#2f6f3e",
        body="""<p>Sehr geehrte Frau Adeyemi-Clarke,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer Stiftung.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Prüfung müssen wir Ihnen jedoch leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.</p>
<p>Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation. Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam<br>Stiftung Wohnen &amp; Teilhabe</p>""",
        footer="""Stiftung Wohnen &amp; Teilhabe &middot; Seefeldstrasse 104 &middot; 8008 Zürich &middot; Büro Genf: Rue de Lausanne 45, 1201 Genève<br>
Stiftungsratspräsidentin: Dr. Regula Imhof &middot; Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
        track=pixel("app.softgarden.io", "swt-absage")),
)

# 27 --------------------------------------------------------------------------------------
add(
    scenario="personio_absage_gmbh", kind="rejection", lang="de",
    company="Quartierwerk", contact="jobs@quartierwerk.example.de",
    sender=("Quartierwerk GmbH", "quartierwerk@personio.de"),
    reply_to=("Quartierwerk Jobs", "jobs@quartierwerk.example.de"),
    subject="Deine Bewerbung bei Quartierwerk",
    date="2026-04-28 10:09 +0200", structure="alt", charset="iso-8859-1", cte="qp",
    text="""Hallo Shauna,

danke, dass du dich als Policy & Impact Analyst (Remote, Brüssel-Bezug) bei uns beworben hast!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für eine andere Person entschieden, deren Erfahrung mit kommunalen Datenplattformen besser zu unserem aktuellen Bedarf passt.

Wenn du Fragen hast, antworte gern einfach auf diese Mail - bei uns liest ein Mensch mit.

Viele Grüße
Jana aus dem People-Team

Quartierwerk GmbH | Skalitzer Straße 85 | 10997 Berlin
Geschäftsführer: Malte Brandes, Aylin Demir | Amtsgericht Charlottenburg HRB 219804 B
""",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hallo Shauna,</p>
<p>danke, dass du dich als <b>Policy &amp; Impact Analyst (Remote, Brüssel-Bezug)</b> bei uns beworben hast!</p>
<p>Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für eine andere Person entschieden, deren Erfahrung mit kommunalen Datenplattformen besser zu unserem aktuellen Bedarf passt.</p>
<p>Wenn du Fragen hast, antworte gern einfach auf diese Mail - bei uns liest ein Mensch mit.</p>
<p>Viele Grüße<br>Jana aus dem People-Team</p>
<p style="font-size:11px;color:#888">Quartierwerk GmbH | Skalitzer Straße 85 | 10997 Berlin<br>Geschäftsführer: Malte Brandes, Aylin Demir | Amtsgericht Charlottenburg HRB 219804 B</p>
</div>
""",
)

# 28 --------------------------------------------------------------------------------------
add(
    scenario="du_absage_am_schrieb", kind="rejection", lang="de",
    company="Zukunftsraum Europa", contact="f.hoffmann@zukunftsraum.example.eu",
    sender=("Felix Hoffmann", "f.hoffmann@zukunftsraum.example.eu"),
    subject="Re: Kurze Nachfrage",
    date="2026-06-10 18:47 +0200", structure="plain", cte="8bit",
    in_reply_to="<CAGx0fnachfrage@mail.example.co.uk>",
    text="""Hey Shauna,

sorry, dass du so lange warten musstest. Leider hat's nicht geklappt – wir haben die Stelle
im Brüsseler Büro an jemanden vergeben, der schon länger im Parlament gearbeitet hat. War
echt knapp, dein Gespräch mit Ines fanden alle super.

Ich halte dich auf dem Laufenden, falls bei uns im Herbst wieder was frei wird.

Liebe Grüße
Felix

--
Felix Hoffmann
Zukunftsraum Europa e.V. | Büro Brüssel
Rue Belliard 19, 1040 Bruxelles

Am Mo., 8. Juni 2026 um 09:15 Uhr schrieb Shauna Adeyemi-Clarke <shauna.ac@example.co.uk>:
> Hallo Felix,
> ich wollte kurz nachfragen, ob es schon Neuigkeiten zur Stelle gibt? Ines hatte im
> Gespräch gesagt, dass ihr mir gerne ein Angebot machen würdet, sobald das Budget steht.
> Viele Grüße
> Shauna
""",
)

# 29 --------------------------------------------------------------------------------------
add(
    scenario="fundacion_usted_formal", kind="rejection", lang="es",
    company="Fundación Vivienda Europa", contact="seleccion@fundacionvivienda.example.org",
    sender=("Selección - Fundación Vivienda Europa", "seleccion@fundacionvivienda.example.org"),
    subject="Proceso de selección: Técnica de investigación (Bruselas)",
    date="2026-05-19 12:37 +0200", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Estimada Sra. Adeyemi-Clarke:

Le agradecemos sinceramente su interés en la Fundación Vivienda Europa y el tiempo dedicado
a su candidatura para el puesto de Técnica de investigación en nuestra oficina de Bruselas.

Lamentamos comunicarle que, tras valorar todas las candidaturas recibidas, su perfil no ha
sido seleccionado para continuar en el proceso. Hemos optado por perfiles con experiencia
previa en proyectos financiados por la Comisión Europea.

Conservaremos sus datos durante doce meses por si surgiera una vacante acorde a su perfil,
salvo que nos indique lo contrario respondiendo a este correo.

Reciba un cordial saludo,

Departamento de Selección
Fundación Vivienda Europa
Rue de la Loi 155, 1040 Bruselas
""",
)

# 30 --------------------------------------------------------------------------------------
add(
    scenario="observatorio_tu_escribio", kind="rejection", lang="es",
    company="Observatorio Social Mediterráneo", contact="lucia.ferrer@osmed.example.org",
    sender=("Lucía Ferrer", "lucia.ferrer@osmed.example.org"),
    subject="Re: Entrevista jueves",
    date="2026-07-22 20:05 +0200", structure="plain", cte="qp",
    in_reply_to="<CAGx2entrevista_osmed@mail.example.co.uk>",
    text="""Hola Shauna:

Te escribo yo directamente porque me parece lo justo. Al final el comité ha decidido
quedarse con otra candidata para la plaza de investigadora junior. Tu entrevista fue muy
buena, de verdad, pero ella ya había trabajado con los datos del INE y de Eurostat que vamos
a usar desde el primer día.

Siento no traerte mejores noticias. Si te parece, te aviso cuando abramos la convocatoria
de prácticas de investigación en otoño, aunque sé que buscas algo más estable.

Un abrazo y mucha suerte,
Lucía

Lucía Ferrer
Coordinadora de investigación · Observatorio Social Mediterráneo
osmed.example.org

El mar, 14 jul 2026 a las 9:30, Shauna Adeyemi-Clarke (<shauna.ac@example.co.uk>) escribió:
> Hola Lucía, muchísimas gracias por la invitación a la entrevista del jueves.
> ¡Allí estaré! Un saludo, Shauna
""",
)

# 31 --------------------------------------------------------------------------------------
add(
    scenario="agencia_cierre_proceso", kind="rejection", lang="es",
    company="Talento Público Consultores", contact="mgarrido@talentopublico.example.com",
    sender=("Marta Garrido", "mgarrido@talentopublico.example.com"),
    subject="Cierre del proceso – Analista de políticas sociales",
    date="2026-09-08 11:22 +0200", structure="html", cte="8bit",
    html="""<html><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Buenos días, Shauna:</p>
<p>Te escribo para informarte de que hemos cerrado el proceso de <b>Analista de políticas sociales</b> que estamos gestionando para nuestro cliente, una organización internacional con sede en Ginebra. Finalmente tu candidatura no ha sido seleccionada para la fase final.</p>
<p>Te agradecemos mucho tu disponibilidad durante estas semanas. Seguiremos contando contigo para futuros procesos que encajen con tu perfil.</p>
<p>Un saludo cordial,</p>
<table cellpadding="0" cellspacing="0"><tr><td style="font-size:10pt;color:#555">
<b style="color:#0b5394">Marta Garrido</b><br>Consultora Senior · Sector Público y Tercer Sector<br>
Talento Público Consultores S.L.<br>Paseo de la Castellana 93, 28046 Madrid · +34 910 555 247<br>
<a href="https://www.linkedin.com/company/talento-publico-example">LinkedIn</a></td></tr></table>
<p style="font-size:8pt;color:#999">AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. Responsable del tratamiento: Talento Público Consultores S.L., B-87654321.</p>
</div>
</body></html>
""",
)
