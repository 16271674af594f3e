# ruff: noqa: C408  (specs are written as dict(...) calls: keyword style reads like a form)
"""Corpus 214, `other`: 52 hand-written specs (33 en, 6 de, 7 fr, 6 es): newsletters and job
alerts, advice articles, requests for press or research interviews, parcels and positions,
friends, the candidate's own sent mail, bank / landlord / school / doctor mail, auto-replies,
network notifications and refused study places."""

from __future__ import annotations

from msgs214_common import (
    ME,
    SIG_KWAME,
    ats_card,
    digest_html,
    digest_text,
    forwarded,
    list_headers,
    outlook,
    paras,
    reply,
)
from msgs214_invites import _halden_invite

MESSAGES: list[dict] = []
add = MESSAGES.append

PRIYA = ("Priya Raman", "priya.raman@haldenfreight.example.co.uk")

# --- English: the candidate's own mail ---------------------------------------------------------

add(dict(
    kind="other", slug="own_thank_you_halden", lang="en", company="", contact="",
    frm=ME, to=PRIYA,
    subject="Thank you - Supply Chain Planner interview",
    date="2026-09-10 17:48",
    text=f"""Hi Priya,

Thank you, and Steve and Aisha, for your time this morning. I really enjoyed the case study - it was good to get stuck into a real week of volumes - and hearing how the planning team works with the site managers made me even more interested in the role.

Thanks again for moving the interview to Thursday, that worked out well for me.

Best regards,
{SIG_KWAME}
""",
    key="halden-thanks", parent="halden-moved",
))

add(dict(
    kind="other", slug="own_application_sheaf_valley", lang="en", company="", contact="",
    frm=ME, to=("Sheaf Valley Wholesale Recruitment", "recruitment@sheafvalley.example.co.uk"),
    subject="Application - Stock Planner (ref SVW/26/07)",
    date="2026-03-09 07:55",
    text=f"""Dear Hiring Manager,

I would like to apply for the Stock Planner vacancy (ref SVW/26/07) advertised on your website. My CV is attached.

For the past six years I have worked at a grocery distribution centre in Leeds, the last three as a shift supervisor responsible for 40 colleagues, inbound scheduling and daily stock accuracy. I have recently completed a short course in demand planning and I am now looking for my first dedicated planning role.

I am available for interview at any time with 24 hours' notice, and my notice period is four weeks.

Yours faithfully,
{SIG_KWAME}
""",
    pdfs=[dict(filename="Kwame_Lindgren-Osorio_CV.pdf", title="Kwame Lindgren-Osorio - CV",
               lines=["Kwame Lindgren-Osorio", "Leeds | 07700 900431 | kwame.lo@example.com",
                      "", "Warehouse Shift Supervisor, 2020 - present",
                      "Team Leader, Goods In, 2017 - 2020", "",
                      "Skills: WMS, inbound scheduling, Excel (pivot tables, lookups),",
                      "labour planning, stock accuracy, health and safety", "",
                      "Languages: English (native), German (B2), Spanish (B1), French (B1)"])],
))

_pennine_req = """Hi Dev,

Thank you for the invitation - I'm really pleased to be asked in. Unfortunately I've just been told I'm covering a stock take at work on Thursday morning and can't get out of it. Would it be possible to move the interview to any time early next week?

Sorry for the hassle,
Kwame
"""
add(dict(
    kind="other", slug="own_reschedule_request_pennine", lang="en", company="", contact="",
    frm=ME, to=("Dev Mistry", "dev.mistry@pennineparcel.example.co.uk"),
    subject="RE: Interview - Network Planner",
    date="2026-03-30 08:02",
    text=_pennine_req + "\n" + outlook(
        "en", "Dev Mistry <dev.mistry@pennineparcel.example.co.uk>", "27 March 2026 15:10",
        "Kwame Lindgren-Osorio <kwame.lo@example.com>", "Interview - Network Planner",
        """Hi Kwame,

Thanks for sending your CV over. I'd like to invite you in for an interview for the Network Planner position.

Thursday 2 April, 10:00 - 11:00
Pennine Parcel Logistics, Hub 2, Mosley Road, Trafford Park, Manchester M17 1FQ

Regards,
Dev Mistry"""),
    key="pennine-req", parent="pennine-invite",
))

add(dict(
    kind="other", slug="own_thank_you_redfern", lang="en", company="", contact="",
    frm=ME, to=("Ella Barraclough", "ella.barraclough@redfernpd.example.co.uk"),
    subject="Thank you - Inventory Planner interview",
    date="2026-03-05 18:22",
    text="""Hi Ella,

Thank you for taking the time to interview me this afternoon, and please pass my thanks to Martin as well. I really enjoyed hearing how the team is moving from weekly to daily replenishment, and it made me even keener on the Inventory Planner role.

If there's anything else you need from me, just let me know.

Best wishes,
Kwame
""",
    key="redfern-thanks", parent="redfern-moved",
))

add(dict(
    kind="other", slug="own_forward_invite_to_partner", lang="en", company="", contact="",
    frm=ME, to=("Ingrid Lindgren", "ingrid.lindgren@mailbox.example.org"),
    subject="Fwd: Interview invitation - Supply Chain Planner, Halden Freight",
    date="2026-08-24 12:30",
    text="""Look!! Halden want to see me. Can you do the school run on the 8th? I'd need to leave by 1.

x

""" + forwarded("Priya Raman <priya.raman@haldenfreight.example.co.uk>",
                "Mon, 24 Aug 2026 at 11:05",
                "Interview invitation - Supply Chain Planner, Halden Freight",
                "Kwame Lindgren-Osorio <kwame.lo@example.com>", _halden_invite),
))

add(dict(
    kind="other", slug="own_accepts_halden_offer", lang="en", company="", contact="",
    frm=ME, to=PRIYA,
    subject="RE: Offer of employment - Supply Chain Planner",
    date="2026-10-01 09:10",
    text=reply(f"""Dear Priya,

Thank you so much - I'm delighted to accept the offer of the Supply Chain Planner position. I've signed the letter and attached a scan. I'll hand my notice in today, so a start date of Monday 2 November is fine.

My two referees are on the form, and both know to expect a call.

Really looking forward to it.

Best regards,
{SIG_KWAME}
""", "en", "Tue, 29 Sep 2026 at 15:30", "Priya Raman", "priya.raman@haldenfreight.example.co.uk",
        """Dear Kwame,

Following your interview with Steve, Aisha and me, I'm delighted to offer you the position of Supply Chain Planner at Halden Freight.

Your offer letter is attached. [...]

Please read the letter carefully and let me know whether you accept by Friday 9 October."""),
    pdfs=[dict(filename="Offer_Letter_signed_KLO.pdf", title="Offer letter - signed",
               lines=["Halden Freight - Offer of Employment", "",
                      "I accept the offer of employment on the terms set out.", "",
                      "Signed: K. Lindgren-Osorio", "Date: 1 October 2026"])],
    key="halden-accept", parent="halden-offer",
))

add(dict(
    kind="other", slug="own_withdraws_tallyho", lang="en", company="", contact="",
    frm=ME, to=("Tallyho Talent", "talent@tallyhogrocery.example.co.uk"),
    subject="Withdrawing my application - Junior Supply Planner",
    date="2026-05-08 12:10",
    text=f"""Hello,

I applied for the Junior Supply Planner role in April and my interview was cancelled on 20 April, with a note that you'd be in touch with a new time.

Since then I've decided to focus on roles closer to Leeds, so I'd like to withdraw my application. There's no need to rearrange the interview. Thank you for considering me, and best of luck filling the role.

Kind regards,
{SIG_KWAME}
""",
    key="tally-withdraw", parent="tally-cancel",
))

# --- English: newsletters, alerts, advice --------------------------------------------------------

_jn_items = [
    ("Supply Chain Planner - Halden Freight - Leeds (LS10)",
     "https://jobsnorth.example.co.uk/j/48812?utm_source=alert",
     "£34,000 - £38,000. Plan inbound and outbound volumes for retail customers. Posted 2 days ago."),
    ("Demand Planner - Kettlewell Dairies - Skipton",
     "https://jobsnorth.example.co.uk/j/48790?utm_source=alert",
     "Hybrid, 3 days on site. Closing soon: interviews from 16 March."),
    ("Transport Planner (nights) - Pennine Parcel Logistics - Manchester",
     "https://jobsnorth.example.co.uk/j/48771?utm_source=alert",
     "£31,500 plus night allowance. Immediate start."),
    ("Stock Controller - Calder Vale Council - Halifax",
     "https://jobsnorth.example.co.uk/j/48702?utm_source=alert",
     "Grade 6. Public sector pension."),
    ("Career tip: what to do when you get no reply after an interview",
     "https://jobsnorth.example.co.uk/advice/no-reply-after-interview",
     "Most rejections never arrive as an email. Here's how long to wait before chasing."),
]
_jn_footer = ("You are receiving this because you created a job alert for 'planner' near Leeds. "
              "Manage alerts: https://jobsnorth.example.co.uk/alerts - Unsubscribe: "
              "https://jobsnorth.example.co.uk/u/kwame.lo")
add(dict(
    kind="other", slug="job_alert_jobsnorth", lang="en", company="", contact="",
    frm=("JobsNorth Alerts", "alerts@mail.jobsnorth.example.co.uk"),
    subject="5 new jobs for 'planner' near Leeds",
    date="2026-03-02 06:00",
    text=digest_text("Your JobsNorth alert", "Here are the newest jobs matching your search.",
                     _jn_items, _jn_footer),
    html=digest_html("Your JobsNorth alert", "Here are the newest jobs matching your search.",
                     _jn_items, _jn_footer),
    headers=list_headers("JobsNorth job alerts <alerts.jobsnorth.example.co.uk>",
                         "https://jobsnorth.example.co.uk/u/kwame.lo",
                         "unsubscribe@mail.jobsnorth.example.co.uk"),
))

_pd = """THE PLANNER'S DESK - Issue 61

Bouncing back from "we regret to inform you"

Every planner I know has a folder of rejection emails. Mine has 34 of them, from "we have decided to move forward with candidates whose experience more closely matches" to the two-line "thanks but no thanks" that arrived eleven minutes after I applied.

This week, three things that helped me:

1. Ask for feedback, once. If the company interviewed you, a short, polite reply asking for two or three points to work on gets an answer about half the time.

2. Log every application. Date applied, date acknowledged, interview dates, outcome. Patterns jump out: I was getting interviews at 3PLs and nothing from retailers.

3. Separate "no" from "not now". A role put on hold or filled internally says nothing about you.

Next issue: how to talk about a warehouse background in a planning interview.

Read online: https://plannersdesk.example.com/p/issue-61
You're receiving this because you subscribed at plannersdesk.example.com. Unsubscribe: https://plannersdesk.example.com/unsubscribe
"""
add(dict(
    kind="other", slug="newsletter_bouncing_back", lang="en", company="", contact="",
    frm=("The Planner's Desk", "newsletter@plannersdesk.example.com"),
    subject="Bouncing back from \"we regret to inform you\"",
    date="2026-04-16 07:30",
    text=_pd,
    html=paras(_pd),
    headers=list_headers("The Planner's Desk <plannersdesk.example.com>",
                         "https://plannersdesk.example.com/unsubscribe",
                         "unsubscribe@plannersdesk.example.com"),
))

_adv_items = [
    ("1. \"Tell me about a time your forecast was wrong.\"",
     "https://scchub.example.org/articles/forecast-wrong",
     "Interviewers want to hear how you noticed, what you changed and what you learned."),
    ("2. \"How would you plan labour for a peak week?\"",
     "https://scchub.example.org/articles/peak-labour",
     "Walk through volumes, productivity rates and a buffer; show the arithmetic."),
    ("3. \"What KPIs would you report to a site manager?\"",
     "https://scchub.example.org/articles/kpis",
     "Pick three and explain why, rather than listing ten."),
    ("4-7 and a printable checklist",
     "https://scchub.example.org/articles/planning-interview-questions",
     "Read the full article, plus what to do if you're invited to an assessment centre."),
]
add(dict(
    kind="other", slug="advice_seven_interview_questions", lang="en", company="", contact="",
    frm=("Supply Chain Careers Hub", "digest@scchub.example.org"),
    subject="7 questions you'll be asked at a planning interview",
    date="2026-05-12 12:00",
    html=digest_html("7 questions you'll be asked at a planning interview",
                     "Landed an interview invitation for your first planning job? Here is how "
                     "to prepare for the questions that come up again and again.", _adv_items,
                     "Supply Chain Careers Hub - weekly digest. "
                     '<a href="https://scchub.example.org/unsubscribe">Unsubscribe</a>'),
    headers=list_headers("Careers Hub digest <digest.scchub.example.org>",
                         "https://scchub.example.org/unsubscribe",
                         "leave-digest@scchub.example.org"),
))

_pj_items = [
    ("Operations Planner - Eemhaven Reefer Services - Rotterdam",
     "https://portjobs.example.nl/v/2210", "English-speaking team. Reefer logistics. 40 h/week."),
    ("Inbound Planner - Kroonhaven Logistics - Rotterdam",
     "https://portjobs.example.nl/v/2207", "Dutch an advantage. Shift allowance."),
    ("Logistics Planner - Waalhaven Tank Storage - Rotterdam",
     "https://portjobs.example.nl/v/2198", "Relocation package available for candidates abroad."),
    ("Moving to Rotterdam for work: the 30% ruling explained",
     "https://portjobs.example.nl/guide/30-percent-ruling",
     "What it is, who qualifies and when to ask about it in your offer negotiation."),
]
add(dict(
    kind="other", slug="job_alert_portjobs_rotterdam", lang="en", company="", contact="",
    frm=("PortJobs NL", "noreply@portjobs.example.nl"),
    subject="This week in port jobs: 3 new planner vacancies in Rotterdam",
    date="2026-05-25 08:00", tz="cet",
    text=digest_text("PortJobs weekly", "New English-language vacancies in and around the port.",
                     _pj_items, "Unsubscribe: https://portjobs.example.nl/unsubscribe"),
    html=digest_html("PortJobs weekly", "New English-language vacancies in and around the port.",
                     _pj_items, "Unsubscribe: https://portjobs.example.nl/unsubscribe"),
    cte="quoted-printable",
    headers=list_headers("PortJobs weekly <weekly.portjobs.example.nl>",
                         "https://portjobs.example.nl/unsubscribe",
                         "unsubscribe@portjobs.example.nl"),
))

add(dict(
    kind="other", slug="forum_digest_rejected_after_final", lang="en", company="", contact="",
    frm=("Warehouse & Logistics Forum", "digest@wlforum.example.co.uk"),
    subject="[WL Forum] Daily digest: \"Rejected after final interview - normal?\" and 4 more",
    date="2026-04-19 05:00",
    text="""Warehouse & Logistics Forum - daily digest

== Rejected after final interview - normal? (17 replies) ==
macca_ops wrote:
> Had my final interview for a planner job on Tuesday, got the "unfortunately we have decided not to proceed" email on Friday. Third time this year. Is it normal to get this far and get binned?

forklift_phil replied:
Completely normal mate. They often interview 3 for one job. Ask for feedback.

== Anyone used Blue Crane Talent? (6 replies) ==
sheff_planner wrote:
> They set me up with an interview at a grocer and it went well. Decent agency IMO.

== Offer accepted, now the counter-offer... (9 replies) ==
== Reach truck licence renewal - how long? (2 replies) ==
== Night shift allowance rates 2026 (11 replies) ==

You are receiving this digest because you subscribed to the Careers board.
Change settings: https://wlforum.example.co.uk/settings/email
""",
    headers=[("List-Id", "WL Forum Careers board <careers.wlforum.example.co.uk>"),
             ("List-Unsubscribe", "<https://wlforum.example.co.uk/settings/email>"),
             ("Precedence", "list"), ("Auto-Submitted", "auto-generated")],
))

_web = """Northern Logistics Network - members' webinar

Surviving the assessment centre
Thursday 19 March, 12:30 - 13:15, online

Group exercises, in-tray tasks, planning simulations: our panel of three hiring managers explains what they actually score, and shares the most common reasons strong candidates are turned down.

Register: https://northernlogistics.example.org.uk/events/assessment-centre

Can't make it? Register anyway and we'll send you the recording.
"""
add(dict(
    kind="other", slug="webinar_assessment_centre", lang="en", company="", contact="",
    frm=("Northern Logistics Network", "no-reply@events.northernlogistics.example.org.uk"),
    subject="Webinar invitation: Surviving the assessment centre",
    date="2026-03-03 11:00",
    text=_web,
    html=ats_card("Northern Logistics Network", "#334155", "Surviving the assessment centre",
                  paras(_web), '<a href="https://northernlogistics.example.org.uk/prefs">'
                  "Email preferences</a>"),
    headers=list_headers("NLN events <events.northernlogistics.example.org.uk>",
                         "https://northernlogistics.example.org.uk/prefs",
                         "unsubscribe@events.northernlogistics.example.org.uk"),
))

_salary = """2026 SUPPLY CHAIN SALARY GUIDE - NORTH WEST & YORKSHIRE

Planners are in demand. Our survey of 1,240 placements shows:

- Entry-level planners: £29,000 - £33,000 (up 6%)
- Demand / supply planners: £34,000 - £42,000
- Planning managers: £48,000 - £60,000

Offers are moving faster too: the average time from first interview to offer is now 16 days. Nearly one in four candidates received a counter-offer from their current employer - our guide explains how to handle one.

Download the full guide: https://bluecranetalent.example.co.uk/salary-guide-2026

Blue Crane Talent, 2 Hardman Square, Manchester M3 3EB.
You're receiving this because you registered with Blue Crane Talent. Unsubscribe: https://bluecranetalent.example.co.uk/unsubscribe
"""
add(dict(
    kind="other", slug="agency_salary_guide_newsletter", lang="en", company="", contact="",
    frm=("Blue Crane Talent", "no-reply@news.bluecranetalent.example.co.uk"),
    subject="The 2026 Supply Chain Salary Guide is here",
    date="2026-03-18 10:00",
    text=_salary,
    html=paras(_salary),
    cte="base64",
    headers=list_headers("Blue Crane Talent news <news.bluecranetalent.example.co.uk>",
                         "https://bluecranetalent.example.co.uk/unsubscribe",
                         "unsubscribe@news.bluecranetalent.example.co.uk"),
))

_hot = [
    ("Inventory Analyst - Leeds - £32k", "https://stirlingrowe.example.co.uk/jobs/sr-1187",
     "Fashion e-commerce, Monday to Friday. Interviews next week."),
    ("Transport Planner - Wakefield - £30-33k", "https://stirlingrowe.example.co.uk/jobs/sr-1185",
     "Growing 3PL, earlies rota."),
    ("S&OP Coordinator - Hull - £36k", "https://stirlingrowe.example.co.uk/jobs/sr-1179",
     "Drinks manufacturer. Great progression."),
]
add(dict(
    kind="other", slug="agency_hot_jobs_weekly", lang="en", company="", contact="",
    frm=("Stirling & Rowe Recruitment", "noreply@stirlingrowe.example.co.uk"),
    subject="This week's hot jobs in supply chain",
    date="2026-04-24 08:30",
    html=digest_html("This week's hot jobs", "Hand-picked by our Supply Chain & Logistics desk.",
                     _hot, "Stirling & Rowe Recruitment Ltd, 14 Park Row, Leeds LS1 5HU. "
                     '<a href="https://stirlingrowe.example.co.uk/unsubscribe">Unsubscribe</a>'),
    headers=list_headers("Stirling & Rowe hot jobs <hotjobs.stirlingrowe.example.co.uk>",
                         "https://stirlingrowe.example.co.uk/unsubscribe",
                         "unsubscribe@stirlingrowe.example.co.uk"),
))

add(dict(
    kind="other", slug="network_notifications_prolink", lang="en", company="", contact="",
    frm=("ProLink", "notifications@prolink.example.com"),
    subject="Kwame, your application was viewed and 3 other updates",
    date="2026-08-28 18:15", tz="utc",
    html=digest_html("Your week on ProLink", "Here's what happened while you were away.", [
        ("Halden Freight viewed your application", "https://prolink.example.com/jobs/applied",
         "Supply Chain Planner - Leeds. Applicants who follow up are more likely to hear back."),
        ("Sam Holroyd started a new position", "https://prolink.example.com/in/samholroyd",
         "Site Manager at Aire Valley Distribution. Say congratulations."),
        ("You appeared in 14 searches this week", "https://prolink.example.com/me/searches",
         "Recruiters from Stirling & Rowe and Harrowgate Search looked at profiles like yours."),
        ("Practise for your next interview", "https://prolink.example.com/learning/interview-prep",
         "Free course: answering competency questions with the STAR method."),
    ], 'ProLink, 1 Example Plaza. <a href="https://prolink.example.com/settings">'
       "Notification settings</a>"),
    headers=list_headers("ProLink notifications <notifications.prolink.example.com>",
                         "https://prolink.example.com/settings",
                         "unsubscribe@prolink.example.com"),
))

add(dict(
    kind="other", slug="candidate_survey_halden", lang="en", company="", contact="",
    frm=("Candidate Pulse for Halden Freight", "no-reply@candidatepulse.example.com"),
    subject="How was your interview experience with Halden Freight?",
    date="2026-09-14 09:00", tz="utc",
    text="""Hi Kwame,

You recently interviewed with Halden Freight. They'd like to hear how it went - whatever the outcome of your application.

The survey has five questions and takes about two minutes. Your answers are anonymous and won't affect any hiring decision.

Start the survey: https://candidatepulse.example.com/s/hf-9f31c2

Thank you,
Candidate Pulse, on behalf of Halden Freight

You received this email because Halden Freight uses Candidate Pulse to collect feedback. Opt out: https://candidatepulse.example.com/optout
""",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://candidatepulse.example.com/optout>")],
))

# --- English: people ---------------------------------------------------------------------------

add(dict(
    kind="other", slug="podcast_guest_request", lang="en", company="", contact="gemma@lastmilepod.example.co.uk",
    frm=("Gemma Tranter", "gemma@lastmilepod.example.co.uk"),
    subject="Guest on The Last Mile podcast?",
    date="2026-06-18 13:25",
    text="""Hi Kwame,

I host The Last Mile, a podcast about the people who keep warehouses and lorries moving in the North. Your post on the WL Forum about going from shift supervisor to planner got a lot of replies, and I'd love to interview you for an episode.

It would be a relaxed 40-minute conversation recorded over video - your route into logistics, what planning interviews have been like, and what you'd tell someone on the warehouse floor who wants to do the same. No preparation, and you'd get to hear the edit before it goes out.

We record on Wednesday evenings. Any interest?

Cheers,
Gemma Tranter
The Last Mile podcast
lastmilepod.example.co.uk
""",
))

add(dict(
    kind="other", slug="user_research_interview", lang="en", company="",
    contact="maya.lund@shelfwise.example.io",
    frm=("Shelfwise Research", "research-noreply@shelfwise.example.io"),
    reply_to=("Maya Lund", "maya.lund@shelfwise.example.io"),
    subject="Would you take part in a 30-minute research interview? (£30 voucher)",
    date="2026-07-29 10:40",
    text="""Hi Kwame,

You signed up to our beta of Shelfwise, the stock-count app for warehouses. We're redesigning the cycle-count screens and we'd like to interview a few shift supervisors about how they count today.

The interview takes 30 minutes over video and you'll get a £30 shopping voucher as a thank-you. There are no right or wrong answers - it's your opinion we're after, not a test.

If you're up for it, reply to this email and I'll send you a few times next week.

Thanks,
Maya Lund
User Researcher, Shelfwise
""",
))

add(dict(
    kind="other", slug="press_interview_evening_ledger", lang="en", company="",
    contact="p.anand@yeledger.example.co.uk",
    frm=("Priti Anand", "p.anand@yeledger.example.co.uk"),
    subject="Interview request - warehouse automation feature",
    date="2026-02-02 15:05",
    text="""Dear Kwame,

I'm a business reporter at the Yorkshire Evening Ledger. I'm writing a feature on how automation is changing warehouse jobs around Leeds, and a contact at the Northern Logistics Network suggested I speak to you.

Would you be willing to be interviewed for the piece? It would be about 20 minutes by phone at a time that suits you, and I'd like to hear your position on whether automation is creating better jobs or fewer ones. I can keep your employer's name out of it if you prefer.

My deadline is Friday 13 February.

Best wishes,
Priti Anand
Business Reporter, Yorkshire Evening Ledger
07700 900 582
""",
))

add(dict(
    kind="other", slug="friend_own_rejection", lang="en", company="",
    contact="callum.breen@mailbox.example.org",
    frm=("Callum Breen", "callum.breen@mailbox.example.org"),
    subject="knocked back again",
    date="2026-03-08 22:16",
    text="""Kwame,

Well that's another one. Got the email from the cash and carry this afternoon - "we've decided to go with a candidate whose experience more closely matches the role". After a second interview! I even did their stupid Excel test.

How are yours going? Saw you had that Maasgate thing coming up - fingers crossed, at least one of us should get out of nights this year.

Pint Friday?

Cal
""",
))

add(dict(
    kind="other", slug="friend_asks_mock_interview", lang="en", company="",
    contact="tomasz.wojcik@mailbox.example.org",
    frm=("Tomasz Wójcik", "tomasz.wojcik@mailbox.example.org"),
    name_enc=("utf-8", "B"),
    subject="favour?",
    date="2026-04-15 20:03",
    text="""Hiya,

I've only gone and got an interview at the council for the stores job next Thursday!! Would you do a mock interview with me on Saturday morning? You've done loads of these now. I'll bring bacon sandwiches.

Also do you still have that list of competency questions?

Tomasz
""",
))

add(dict(
    kind="other", slug="recruiter_cold_approach", lang="en", company="",
    contact="owen@harrowgatesearch.example.co.uk",
    frm=("Owen Pritchard", "owen@harrowgatesearch.example.co.uk"),
    subject="Your planning career - quick introduction",
    date="2026-07-14 08:47",
    text="""Hi Kwame,

I hope you don't mind me getting in touch out of the blue. I run the supply chain desk at Harrowgate Search and came across your profile on ProLink - the move from supervising to planning is something I see a lot of our clients look for.

I don't have a specific vacancy for you right now, but I'd be glad to add you to my network so I can let you know when something suitable comes up in Yorkshire or the North East. If that's of interest, send over an up-to-date CV whenever you're ready.

All the best,
Owen Pritchard
Principal Consultant, Supply Chain
Harrowgate Search
01423 496 205
""",
))

add(dict(
    kind="other", slug="landlord_boiler_appointment", lang="en", company="",
    contact="des.whitaker@lettings.example.co.uk",
    frm=("Des Whitaker", "des.whitaker@lettings.example.co.uk"),
    subject="Boiler - change of plan",
    date="2026-02-16 09:12",
    text="""Hi Kwame,

The gas engineer can't make Tuesday unfortunately, his van's off the road. I've rescheduled his appointment to Friday between 8 and 12 - can someone be in?

He's also going to look at the position of the new flue, as the neighbours have complained about where the old one vents. Shouldn't need any more than the morning.

Thanks, and sorry for the messing about.

Des Whitaker
Whitaker Lettings
0113 496 0664
""",
))

add(dict(
    kind="other", slug="school_parents_evening", lang="en", company="",
    contact="j.okonjo@staidans.example.sch.uk",
    frm=("Mrs J Okonjo", "j.okonjo@staidans.example.sch.uk"),
    subject="Year 4 parents' evening and school council interviews",
    date="2026-03-23 15:40",
    html=paras("""Dear Parents and Carers,

Parents' evening for Year 4 will take place on Tuesday 31 March and Wednesday 1 April. Appointments are 10 minutes long and can be booked through the school app from Wednesday. If none of the times suit, please contact me and I'll arrange a phone appointment instead.

Also this week, the children have been preparing for their interviews for the positions of school councillor and eco-warden. Interviews will be held by the Year 6 council on Friday, and every child who applied will be given a role. Please encourage them to practise their one-minute speech at home!

Kind regards,

Mrs J Okonjo
Year 4 Teacher
St Aidan's Primary School, Leeds"""),
))

add(dict(
    kind="other", slug="gp_appointment_cancelled", lang="en", company="", contact="",
    frm=("Kirkstall Lane Surgery", "noreply@kirkstalllane-surgery.example.nhs.uk"),
    subject="Your appointment has been cancelled",
    date="2026-01-13 16:02",
    text="""Dear Kwame Lindgren-Osorio,

Your appointment with Dr A. Hussain on Wednesday 14 January 2026 at 09:10 has been cancelled because the clinician is unwell.

We apologise for any inconvenience. Please book a new appointment using the online service or by calling the surgery after 8am.

This is an automated message. Please do not reply.
Kirkstall Lane Surgery
""",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind="other", slug="building_society_appointment", lang="en", company="", contact="",
    frm=("Northway Building Society", "no-reply@northway-bs.example.co.uk"),
    subject="Your mortgage appointment is confirmed",
    date="2026-01-22 12:48",
    html=ats_card("Northway Building Society", "#7c3aed", "Appointment confirmed", paras("""Dear Mr Lindgren-Osorio,

Thank you for booking a mortgage appointment with us.

Date: Saturday 31 January 2026
Time: 10:00
Where: Headingley branch, 21 Otley Road, Leeds

Your adviser will review your current financial position, including income, outgoings and any change of employment you're planning, so please bring your last three payslips and bank statements.

Need to change or cancel? Call 0113 496 0500."""),
        "Northway Building Society is authorised by the Prudential Regulation Authority. "
        "This is an automated email."),
    cte="quoted-printable",
))

add(dict(
    kind="other", slug="driving_test_moved", lang="en", company="", contact="",
    frm=("Driver Testing Service", "noreply@drivertesting.example.gov.uk"),
    subject="Change to your driving test appointment",
    date="2026-02-06 07:15",
    text="""Your car driving test has been moved

Dear Kwame Lindgren-Osorio

We're sorry, but we've had to move your practical driving test because an examiner is not available.

Old date: Monday 16 February 2026 at 08:40
New date: Friday 27 February 2026 at 11:12
Test centre: Leeds (Harehills)

If the new time is not suitable you can change it free of charge online. You will not lose your test fee.

Driver Testing Service

Do not reply to this email. This mailbox is not monitored.
""",
))

add(dict(
    kind="other", slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
    frm=("Parcelhop", "noreply@track.parcelhop.example.com"),
    subject="Your package is delayed - unfortunately it won't arrive today",
    date="2026-10-10 14:22",
    text="""Hi Kwame,

Unfortunately your package (PH 7781 2203 GB) is delayed and won't be delivered today.

Last known position: Wakefield sorting hub, 13:05
New estimated delivery: Monday 12 October, 07:00 - 13:00

You don't need to do anything. If you'd like us to leave it with a neighbour or in a safe place, update your preferences: https://parcelhop.example.com/t/PH77812203GB

Parcelhop
""",
    html=ats_card("Parcelhop", "#ea580c", "Your package is delayed", paras("""Hi Kwame,

Unfortunately your package (PH 7781 2203 GB) is delayed and won't be delivered today.

Last known position: Wakefield sorting hub, 13:05
New estimated delivery: Monday 12 October, 07:00 - 13:00"""), "Parcelhop Ltd. Please do not reply."),
))

add(dict(
    kind="other", slug="bike_tracker_position_update", lang="en", company="", contact="",
    frm=("TrackMyRide", "alerts@trackmyride.example.com"),
    subject="Movement detected: new position for \"Commuter\"",
    date="2026-04-21 02:14", tz="utc",
    text="""Movement detected on your tracker "Commuter".

New position: 53.7938 N, 1.5332 W (Kirkstall Road, Leeds)
Time: 21/04/2026 02:11 UTC
Speed: 0 km/h
Battery: 62%

If you didn't move your bike, open the app to see the live position or share it with the police.

TrackMyRide - automatic alert
""",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind="other", slug="course_place_refused_msc", lang="en", company="", contact="",
    frm=("University of Wharfedale Admissions", "admissions-noreply@wharfedale.example.ac.uk"),
    subject="Your application: MSc Supply Chain Management (part-time)",
    date="2026-07-15 11:30",
    text="""Dear Kwame Lindgren-Osorio

Application number: 2026-PG-118204
Programme: MSc Supply Chain Management (part-time), September 2026 entry

Thank you for your application to study at the University of Wharfedale. After careful consideration, we are unable to offer you a place on this programme for September 2026 entry. The programme was heavily oversubscribed, and priority was given to applicants holding an honours degree.

You may wish to consider our Postgraduate Certificate in Logistics, which accepts applicants with substantial professional experience in place of a degree.

Yours sincerely

Postgraduate Admissions Office
University of Wharfedale
""",
))

add(dict(
    kind="other", slug="certificate_cohort_full", lang="en", company="",
    contact="rachel.day@ifsp.example.org.uk",
    frm=("Rachel Day", "rachel.day@ifsp.example.org.uk"),
    subject="Certificate in Demand Planning - September cohort",
    date="2026-08-20 16:50",
    text="""Dear Kwame,

Thank you for applying for the Certificate in Demand Planning starting in September.

Unfortunately the September cohort filled within a week of opening, so we can't offer you a place on it. I've put you on the waiting list, and you'll have priority for the January 2027 intake - you won't need to apply again.

With best wishes,
Rachel Day
Course Administrator
Institute of Freight & Supply Planning
""",
))

add(dict(
    kind="other", slug="out_of_office_priya", lang="en", company="",
    contact="priya.raman@haldenfreight.example.co.uk",
    frm=PRIYA,
    subject="Automatic reply: RE: Offer of employment - Supply Chain Planner",
    date="2026-10-01 09:10",
    text="""Thank you for your email. I am out of the office until Monday 5 October with limited access to email.

For anything urgent about interviews, offers or new starters, please contact the Talent team on 0113 496 0900.

Priya Raman
Talent Partner | Halden Freight
""",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    key="halden-ooo", parent="halden-accept",
))

# --- Deutsch -----------------------------------------------------------------------------------

add(dict(
    kind="other", slug="abwesenheitsnotiz_koetter", lang="de", company="",
    contact="sabine.koetter@ruhrort-hafenlogistik.example.de",
    frm=("Sabine Kötter", "sabine.koetter@ruhrort-hafenlogistik.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-26 17:42",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an Herrn Marc Ohlendorf, Tel. +49 203 555 3141.

Mit freundlichen Grüßen
Sabine Kötter
Ruhrort Hafenlogistik GmbH
""",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    parent_id="<CAK1w9Lq.ruhrort.thanks.0226@mail.example.com>",
))

_jr_items = [
    ("Disponent (m/w/d) Kontraktlogistik – Duisburg-Rheinhausen",
     "https://jobradar-ruhr.example.de/s/991201", "Vollzeit, ab sofort, 2 Tage Homeoffice."),
    ("Supply Chain Planer (m/w/d) – Hafenkontor Meiderich – Duisburg",
     "https://jobradar-ruhr.example.de/s/991188", "Englisch verhandlungssicher, Deutsch B2."),
    ("Teamleiter Wareneingang (m/w/d) – Oberhausen",
     "https://jobradar-ruhr.example.de/s/991170", "Schichtbetrieb, Staplerschein erforderlich."),
    ("Ratgeber: So beantworten Sie die Frage nach dem Gehaltswunsch im Vorstellungsgespräch",
     "https://jobradar-ruhr.example.de/ratgeber/gehaltswunsch", "Mit Beispielen und Musterantworten."),
]
add(dict(
    kind="other", slug="jobagent_duisburg", lang="de", company="", contact="",
    frm=("JobRadar Ruhr", "jobagent@jobradar-ruhr.example.de"),
    subject="Ihr Jobagent: 12 neue Stellen für „Disponent“ in Duisburg",
    subj_enc=("utf-8", "Q"),
    date="2026-04-13 06:30",
    text=digest_text("Ihr JobRadar-Jobagent", "Diese neuen Stellen passen zu Ihrer Suche.",
                     _jr_items, "Jobagent bearbeiten oder abbestellen: "
                     "https://jobradar-ruhr.example.de/jobagent"),
    html=digest_html("Ihr JobRadar-Jobagent", "Diese neuen Stellen passen zu Ihrer Suche.",
                     _jr_items, "Jobagent bearbeiten oder abbestellen: "
                     "https://jobradar-ruhr.example.de/jobagent", lang="de"),
    cte="quoted-printable",
    headers=list_headers("JobRadar Jobagent <jobagent.jobradar-ruhr.example.de>",
                         "https://jobradar-ruhr.example.de/jobagent",
                         "abmelden@jobradar-ruhr.example.de"),
))

add(dict(
    kind="other", slug="eigene_bewerbung_hafenkontor", lang="de", company="", contact="",
    frm=ME, to=("Hafenkontor Meiderich Bewerbung", "bewerbung@hafenkontor-meiderich.example.de"),
    subject="Bewerbung als Supply Chain Planer (m/w/d) – Kwame Lindgren-Osorio",
    subj_enc=("utf-8", "Q"),
    date="2026-08-24 19:05",
    text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Supply Chain Planer (m/w/d) in Duisburg-Meiderich, die ich auf JobRadar Ruhr gefunden habe.

Seit sechs Jahren arbeite ich in einem Lebensmittel-Distributionszentrum in Leeds, davon drei Jahre als Schichtleiter mit Verantwortung für 40 Mitarbeitende und die Planung des Wareneingangs. Mein Deutsch entspricht etwa dem Niveau B2; Englisch ist meine Muttersprache.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Kwame Lindgren-Osorio
Leeds, Vereinigtes Königreich
+44 7700 900431
""",
    pdfs=[dict(filename="Lebenslauf_Kwame_Lindgren-Osorio.pdf",
               title="Lebenslauf Kwame Lindgren-Osorio",
               lines=["Kwame Lindgren-Osorio", "Leeds, UK | +44 7700 900431", "",
                      "Berufserfahrung", "2020 - heute: Schichtleiter Lager, Leeds",
                      "2017 - 2020: Teamleiter Wareneingang, Leeds", "",
                      "Sprachen: Englisch (Muttersprache), Deutsch (B2)"])],
    key="hk-app",
))

add(dict(
    kind="other", slug="bahn_verspaetung_leider", lang="de", company="", contact="",
    frm=("RheinRuhr Bahn Reiseinfo", "noreply@reiseinfo.rheinruhrbahn.example.de"),
    subject="Ihre Reise am 26.02.: Verspätung",
    date="2026-02-26 07:48",
    text="""Guten Tag,

leider verspätet sich Ihre Verbindung heute:

RE 2 Düsseldorf Flughafen ab 08:12 → Duisburg Hbf an 08:29
Aktuelle Prognose: +25 Minuten (Grund: Reparatur an einem Stellwerk)

Ihr Anschluss in Duisburg Hbf kann voraussichtlich nicht erreicht werden. Alternative Verbindungen und Ihre Fahrgastrechte finden Sie in der App.

Wir bitten um Entschuldigung.
Ihr Reiseinfo-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(dict(
    kind="other", slug="studienplatz_absage_master", lang="de", company="", contact="",
    frm=("Hochschule Ruhrmündung – Studierendenservice", "noreply@hs-ruhrmuendung.example.de"),
    name_enc=("utf-8", "Q"),
    subject="Bescheid über Ihre Bewerbung: Master Logistikmanagement (berufsbegleitend)",
    date="2026-07-20 10:00",
    text="""Sehr geehrter Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung um einen Studienplatz im Masterstudiengang Logistikmanagement (berufsbegleitend) zum Wintersemester 2026/27.

Leider können wir Ihnen keinen Studienplatz anbieten. Die Zahl der Bewerbungen überstieg die Zahl der verfügbaren Plätze deutlich; die Auswahl erfolgte nach der Abschlussnote des ersten Studienabschlusses.

Den vollständigen Ablehnungsbescheid mit Rechtsbehelfsbelehrung finden Sie in Ihrem Bewerbungsportal.

Mit freundlichen Grüßen
Studierendenservice
Hochschule Ruhrmündung
""",
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", slug="karrierenetz_profilbesuche", lang="de", company="", contact="",
    frm=("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
    subject="3 neue Profilbesucher und passende Stellenangebote",
    date="2026-04-07 18:20",
    html=digest_html("Neuigkeiten aus Ihrem Netzwerk", "Hallo Kwame, das ist diese Woche passiert:", [
        ("Ein Recruiter von Kessler Personalberatung hat Ihr Profil angesehen",
         "https://karrierenetz.example.de/besucher", "Antworten Sie schnell, um im Gespräch zu bleiben."),
        ("Neue Position: Leonie Albers ist jetzt Teamleiterin bei Ruhrort Hafenlogistik",
         "https://karrierenetz.example.de/in/leonie-albers", "Gratulieren Sie zur neuen Position."),
        ("8 Stellenangebote, die zu Ihnen passen", "https://karrierenetz.example.de/jobs",
         "Disponent, Supply Chain Planer und Teamleiter Logistik im Raum Duisburg."),
    ], 'Karrierenetz – <a href="https://karrierenetz.example.de/einstellungen">'
       "Benachrichtigungen verwalten</a>", lang="de"),
    headers=list_headers("Karrierenetz Benachrichtigungen <news.karrierenetz.example.de>",
                         "https://karrierenetz.example.de/einstellungen",
                         "abmelden@karrierenetz.example.de"),
))

# --- Français ----------------------------------------------------------------------------------

add(dict(
    kind="other", slug="mon_remerciement_vanhove", lang="fr", company="", contact="",
    frm=ME, to=("Pauline Dewulf", "p.dewulf@biscuiterie-vanhove.example.fr"),
    subject="Merci pour notre échange",
    subj_enc=("utf-8", "Q"),
    date="2026-09-10 17:30",
    text="""Bonjour Pauline,

Merci encore pour l'échange de ce matin, c'était très agréable. Je suis d'autant plus motivé par le poste de planificateur après avoir entendu parler du projet de nouvelle ligne d'emballage.

Bien cordialement,
Kwame Lindgren-Osorio
""",
    key="vanhove-thanks", parent="vanhove-invite",
))

_en_items = [
    ("Planificateur supply chain (H/F) – Lesquin", "https://emploinord.example.fr/o/55120",
     "CDI, 35-38 k€, anglais courant apprécié."),
    ("Approvisionneur (H/F) – Roubaix", "https://emploinord.example.fr/o/55117",
     "Grande distribution, entretiens dès la semaine prochaine."),
    ("Responsable d'équipe logistique (H/F) – Dourges", "https://emploinord.example.fr/o/55098",
     "Travail en 2x8."),
    ("Conseil : relancer un recruteur après un entretien sans réponse",
     "https://emploinord.example.fr/conseils/relance", "Combien de temps attendre, et quoi écrire."),
]
add(dict(
    kind="other", slug="alerte_emploi_lille", lang="fr", company="", contact="",
    frm=("EmploiNord", "alertes@emploinord.example.fr"),
    subject="4 nouvelles offres : planificateur supply chain – Lille",
    subj_enc=("utf-8", "B"),
    date="2026-05-04 07:00",
    text=digest_text("Votre alerte EmploiNord", "Voici les dernières offres correspondant à votre "
                     "recherche.", _en_items, "Se désabonner : https://emploinord.example.fr/alertes"),
    html=digest_html("Votre alerte EmploiNord", "Voici les dernières offres correspondant à "
                     "votre recherche.", _en_items, "Se désabonner : "
                     "https://emploinord.example.fr/alertes", lang="fr"),
    headers=list_headers("Alertes EmploiNord <alertes.emploinord.example.fr>",
                         "https://emploinord.example.fr/alertes",
                         "desabonnement@emploinord.example.fr"),
))

add(dict(
    kind="other", slug="colis_retarde", lang="fr", company="", contact="",
    frm=("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"),
    subject="Votre colis est retardé",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-10-14 15:45",
    text="""Bonjour,

Malheureusement, votre colis n° CX 4471 0093 FR a pris du retard en raison d'un incident sur notre plateforme de Lille-Lomme.

Dernière position connue : centre de tri de Lomme, 14h02.
Nouvelle date de livraison estimée : vendredi 16 octobre.

Nous vous prions de nous excuser pour ce désagrément.

Le service clients ColisExpress
Ceci est un message automatique, merci de ne pas y répondre.
""",
    charset="iso-8859-1", cte="quoted-printable",
))

_mag = """Le Mag Supply – n° 112

5 erreurs à éviter en entretien d'embauche

1. Arriver sans connaître les flux de l'entreprise. Un planificateur qui n'a pas regardé les sites et les clients du recruteur part avec un handicap.
2. Réciter son CV. Le recruteur l'a lu ; racontez plutôt une situation concrète.
3. Oublier les chiffres. Taux de service, couverture de stock, productivité : citez-les.
4. Dénigrer son employeur actuel.
5. Ne poser aucune question à la fin de l'entretien.

Et si la réponse est un refus ? Demandez un retour, notez-le, et passez à la suite : un refus n'est pas un jugement sur votre valeur.

Lire en ligne : https://lemagsupply.example.fr/112
Se désinscrire : https://lemagsupply.example.fr/desinscription
"""
add(dict(
    kind="other", slug="mag_conseils_entretien", lang="fr", company="", contact="",
    frm=("Le Mag Supply", "newsletter@lemagsupply.example.fr"),
    subject="5 erreurs à éviter en entretien d'embauche",
    subj_enc=("utf-8", "Q"),
    date="2026-06-11 08:00",
    html=paras(_mag),
    cte="base64",
    headers=list_headers("Le Mag Supply <newsletter.lemagsupply.example.fr>",
                         "https://lemagsupply.example.fr/desinscription",
                         "desinscription@lemagsupply.example.fr"),
))

add(dict(
    kind="other", slug="ami_raconte_son_refus", lang="fr", company="",
    contact="bastien.morel@courriel.example.fr",
    frm=("Bastien Morel", "bastien.morel@courriel.example.fr"),
    subject="des nouvelles",
    date="2026-06-13 21:30",
    text="""Salut Kwame,

Alors, toujours à fond sur les candidatures à Lille ? De mon côté j'ai reçu hier un refus pour le poste de chef de quai chez Nordis : « nous avons le regret de vous informer que votre candidature n'a pas été retenue ». Après trois entretiens, ça pique un peu...

Si tu passes dans le coin pour un de tes entretiens, fais-moi signe, on va boire une bière à Wazemmes.

Bastien
""",
    cte="8bit",
))

add(dict(
    kind="other", slug="refus_admission_master", lang="fr", company="", contact="",
    frm=("Scolarité IAE de la Deûle", "ne-pas-repondre@iae-deule.example.fr"),
    name_enc=("iso-8859-1", "Q"),
    subject="Décision d'admission - Master 2 Supply Chain (alternance)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-06-26 17:00",
    text="""Monsieur,

La commission pédagogique a examiné votre dossier de candidature au Master 2 Management de la Supply Chain en alternance pour la rentrée 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. La commission a relevé l'absence d'une licence ou d'un diplôme équivalent, condition nécessaire à l'inscription en Master.

Vous pouvez envisager une procédure de validation des acquis (VAPP) ; le service de formation continue se tient à votre disposition.

Le service Scolarité
IAE de la Deûle
""",
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", slug="chasseur_approche_sans_poste", lang="fr", company="",
    contact="a.martel@altimeo-search.example.fr",
    frm=("Aurélie Martel", "a.martel@altimeo-search.example.fr"),
    subject="Votre parcours en logistique",
    date="2026-09-01 09:15",
    text="""Bonjour Monsieur Lindgren-Osorio,

Je me permets de vous contacter après avoir découvert votre profil sur ProLink. J'accompagne des industriels et des prestataires logistiques des Hauts-de-France sur leurs recrutements en planification.

Je n'ai pas de mission précise à vous présenter aujourd'hui, mais votre parcours d'encadrant d'équipe en entrepôt, associé à une maîtrise de l'anglais, correspond à des profils que mes clients recherchent régulièrement. Si vous êtes en veille, n'hésitez pas à me transmettre votre CV à jour : je le garderai en tête pour de futurs postes.

Bien cordialement,

Aurélie Martel
Consultante senior – Supply Chain
Altimeo Search, Lille
06 55 80 21 73
""",
))

# --- Español -----------------------------------------------------------------------------------

_el_items = [
    ("Técnico/a de planificación – Puerto de València", "https://empleolevante.example.es/of/77012",
     "Inglés alto. Contrato indefinido."),
    ("Jefe/a de turno de almacén – Riba-roja de Túria", "https://empleolevante.example.es/of/77009",
     "Turnos rotativos, incorporación inmediata."),
    ("Planificador/a de la demanda – Sagunto", "https://empleolevante.example.es/of/76990",
     "Sector alimentación. Entrevistas la próxima semana."),
    ("Guía: cómo preparar una entrevista por videollamada",
     "https://empleolevante.example.es/guias/videollamada", "Consejos prácticos."),
]
add(dict(
    kind="other", slug="alerta_empleo_valencia", lang="es", company="", contact="",
    frm=("EmpleoLevante", "alertas@empleolevante.example.es"),
    subject="Nuevas ofertas para «planificación» en València",
    subj_enc=("utf-8", "B"),
    date="2026-03-16 07:15",
    text=digest_text("Tu alerta de empleo", "Estas son las ofertas nuevas que encajan con tu "
                     "búsqueda.", _el_items, "Darse de baja: https://empleolevante.example.es/baja"),
    html=digest_html("Tu alerta de empleo", "Estas son las ofertas nuevas que encajan con tu "
                     "búsqueda.", _el_items, "Darse de baja: "
                     "https://empleolevante.example.es/baja", lang="es"),
    headers=list_headers("Alertas EmpleoLevante <alertas.empleolevante.example.es>",
                         "https://empleolevante.example.es/baja",
                         "baja@empleolevante.example.es"),
))

add(dict(
    kind="other", slug="mi_candidatura_serrano", lang="es", company="", contact="",
    frm=ME, to=("Muebles Serrano RRHH", "rrhh@mueblesserrano.example.es"),
    subject="Candidatura – Responsable de almacén y planificación",
    subj_enc=("utf-8", "Q"),
    date="2026-06-15 20:14",
    text="""Buenas tardes:

Les escribo para presentar mi candidatura al puesto de responsable de almacén y planificación publicado en su web. Adjunto mi CV.

Un saludo,
Kwame Lindgren-Osorio
""",
    pdfs=[dict(filename="CV_Kwame_Lindgren-Osorio_ES.pdf", title="CV Kwame Lindgren-Osorio",
               lines=["Kwame Lindgren-Osorio", "Leeds (Reino Unido) | +44 7700 900431", "",
                      "Experiencia: jefe de turno de almacén (2020 - actualidad)",
                      "Idiomas: inglés (nativo), español (B1), alemán (B2)"])],
    key="serrano-app",
))

add(dict(
    kind="other", slug="banco_cita_confirmada", lang="es", company="", contact="",
    frm=("Banco Turia", "no-responder@bancoturia.example.es"),
    subject="Su cita en oficina está confirmada",
    date="2026-10-08 12:05",
    html=ats_card("Banco Turia", "#0f172a", "Cita confirmada", paras("""Estimado cliente:

Le confirmamos su cita en la oficina de Russafa, Calle de Sueca 31, València, el jueves 15 de octubre a las 11:30, para la apertura de una cuenta de no residente.

Su gestor revisará con usted su posición global y la documentación necesaria (pasaporte, NIE si lo tiene y justificante de ingresos).

Si no puede acudir, puede cambiar o anular la cita desde la app."""),
        "Banco Turia, S.A. Este es un mensaje automático, no responda a este correo.", lang="es"),
    charset="iso-8859-1", html_cte="base64",
))

add(dict(
    kind="other", slug="podcast_entrevista_logistica_en_ruta", lang="es", company="",
    contact="nuria@logisticaenruta.example.es",
    frm=("Núria Boix", "nuria@logisticaenruta.example.es"),
    name_enc=("utf-8", "Q"),
    subject="¿Te apetece una entrevista para «Logística en Ruta»?",
    subj_enc=("utf-8", "B"),
    date="2026-09-29 18:40",
    text="""Hola Kwame:

Soy Núria, presento «Logística en Ruta», un pódcast sobre personas que trabajan en logística en el Mediterráneo. Leí tu comentario en el foro sobre buscar trabajo de planificador a la vez en Inglaterra, Alemania, Francia y España, y me encantaría entrevistarte para un episodio.

Serían unos 30 minutos por videollamada, en castellano o en inglés, como prefieras. Hablaríamos de cómo es presentarse a procesos en cuatro países y qué diferencias has notado.

¿Qué te parece?

Un saludo,
Núria Boix
Logística en Ruta
""",
    cte="quoted-printable",
))

add(dict(
    kind="other", slug="master_plaza_denegada", lang="es", company="", contact="",
    frm=("Universitat Politècnica del Túria", "no-reply@upt.example.es"),
    subject="Resolución de su solicitud de admisión - Máster en Logística",
    subj_enc=("iso-8859-1", "B"),
    date="2026-07-17 13:00",
    text="""Estimado/a solicitante:

Le comunicamos que la Comisión Académica del Máster Universitario en Logística y Cadena de Suministro ha resuelto su solicitud de admisión para el curso 2026-2027.

Resultado: DENEGADA. Motivo: no acredita titulación universitaria de acceso.

Contra esta resolución puede interponer recurso de alzada en el plazo de un mes a través de la sede electrónica.

Servicio de Alumnado
Universitat Politècnica del Túria
""",
    charset="iso-8859-1", cte="base64",
))

add(dict(
    kind="other", slug="respuesta_automatica_quiles", lang="es", company="",
    contact="alvaro.quiles@talentologistico.example.es",
    frm=("Álvaro Quiles", "alvaro.quiles@talentologistico.example.es"),
    name_enc=("iso-8859-1", "B"),
    subject="Respuesta automática: Disponibilidad en septiembre",
    subj_enc=("utf-8", "Q"),
    date="2026-08-03 10:12",
    text="""Hola:

Estoy de vacaciones hasta el 24 de agosto y no revisaré el correo. Si tu mensaje trata sobre una entrevista o un proceso de selección en curso, escribe a mi compañera Sara Ibáñez (sara.ibanez@talentologistico.example.es).

Gracias,
Álvaro Quiles
Talento Logístico Mediterráneo
""",
    headers=[("Auto-Submitted", "auto-replied")],
    parent_id="<CAK1w9Lq.talento.0803@mail.example.com>",
))
