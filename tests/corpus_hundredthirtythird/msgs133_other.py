"""Everything else the mailbox holds, written one by one (hundred-thirty-third corpus).

Newsletters and digests that talk about rejections and interviews, other meanings of the words
(podcast, press and user-research interviews, a queue position, a delayed parcel, a loan), friends,
out-of-office replies, cold outreach and the candidate's own sent mail.
"""

from __future__ import annotations

from .msgs133_common import CANDIDATE, ats_card, esc, gmail_html, pixel

OTHER: list[dict] = []


def add(**spec: object) -> None:
    OTHER.append(spec)


def digest_html(*, brand: str, accent: str, logo: str, logo_alt: str, intro: str,
                items: list[tuple[str, str, str]], footer: list[str], pixel_url: str,
                lang: str) -> str:
    """A marketing-tool newsletter: header, intro, a list of linked items, legal footer."""
    rows = "\n".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #eeeeee;">'
        f'<a href="{url}" style="font-size:16px;font-weight:bold;color:{accent};text-decoration:none;">{esc(title)}</a>'
        f'<div style="font-size:13px;color:#555555;padding-top:4px;">{esc(blurb)}</div></td></tr>'
        for title, blurb, url in items)
    intro_html = "".join(f'<p style="margin:0 0 12px 0;">{esc(p)}</p>' for p in intro.split("\n\n"))
    foot = "<br>\n".join(footer)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:20px 10px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<tr><td style="background:{accent};padding:16px 24px;"><img src="{logo}" alt="{esc(logo_alt)}" height="34" style="display:block;border:0;"></td></tr>
<tr><td style="padding:22px 24px 6px 24px;">{intro_html}</td></tr>
<tr><td style="padding:0 24px 16px 24px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
{rows}
</table></td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;font-size:11px;line-height:16px;color:#999999;">{foot}</td></tr>
</table></td></tr></table>
{pixel(pixel_url)}
</body></html>
"""


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The text part the same tool generates next to the HTML."""
    lines = [intro.strip(), ""]
    for title, blurb, url in items:
        lines += [title, blurb, url, ""]
    lines += ["----", footer.strip(), ""]
    return "\n".join(lines)


# --- English -----------------------------------------------------------------------------------

_LEDGER_INTRO = """Issue #47 – On rejection, and what to do with it

Hi friends, this week's letter is about the email nobody wants: the "unfortunately, we have decided to move forward with other candidates" one. I got eleven of them last year before I landed my first analytics role. Below: what those emails actually mean, how to ask for feedback without being awkward, and why a missed interview is not the end of the world."""
_LEDGER_ITEMS = [
    ("Decoding the rejection email", "\"Candidates whose experience more closely matches\" usually means a keyword screen, not a verdict on you.", "https://theanalystsledger.substack.example.com/p/decoding-rejection?utm_source=email"),
    ("I missed an interview. Now what?", "A three-line template for the apology email, and when to send it.", "https://theanalystsledger.substack.example.com/p/missed-interview?utm_source=email"),
    ("Reader question: should I accept the first offer?", "Negotiating from Latin America for US remote roles.", "https://theanalystsledger.substack.example.com/p/first-offer?utm_source=email"),
]
add(
    kind="other", scen="substack_newsletter_on_rejection", lang="en", company="", contact="",
    frm=("The Analyst's Ledger", "theanalystsledger@substack.example.com"),
    subject="On rejection, and what to do with it",
    date="2026-02-08 13:00 +0000", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "<theanalystsledger.substack.example.com>",
             "List-Unsubscribe": "<https://theanalystsledger.substack.example.com/action/disable_email?token=eyJ1c2VyX2lkIjo>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    text=digest_text(_LEDGER_INTRO, _LEDGER_ITEMS,
                     "You're a free subscriber to The Analyst's Ledger. Unsubscribe: https://theanalystsledger.substack.example.com/action/disable_email\n© 2026 Priya Natarajan · 548 Market Street PMB 72296, San Francisco, CA 94104"),
    html=digest_html(brand="The Analyst's Ledger", accent="#1b4332",
                     logo="https://substackcdn.example.com/image/fetch/theanalystsledger-logo.png",
                     logo_alt="The Analyst's Ledger", intro=_LEDGER_INTRO, items=_LEDGER_ITEMS,
                     footer=["You're a free subscriber to The Analyst's Ledger.",
                             '<a href="https://theanalystsledger.substack.example.com/action/disable_email" style="color:#999;">Unsubscribe</a>',
                             "© 2026 Priya Natarajan · 548 Market Street PMB 72296, San Francisco, CA 94104"],
                     pixel_url="https://eotrx.substackcdn.example.com/open?token=eyJtIjoiNDc", lang="en"),
)

add(
    kind="other", scen="job_alert_digest_remote", lang="en", company="", contact="",
    frm=("WorkNest Job Alerts", "jobalerts-noreply@mail.worknest.example.com"),
    subject="12 new Data Analyst jobs for you – Remote (Latin America)",
    date="2026-05-18 11:02 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.worknest.example.com/unsub?e=Y2FtaWxh&t=jobalert>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html="""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f2ef"><tr><td align="center" style="padding:20px 8px;">
<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="padding:18px 24px;"><img src="https://static.worknest.example.com/email/worknest-logo.png" alt="WorkNest" height="28"></td></tr>
<tr><td style="padding:0 24px 12px 24px;font-size:18px;font-weight:600;color:#191919;">Your job alert for Data Analyst in Latin America (Remote)</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#404040;">12 new jobs match your preferences.</td></tr>
<tr><td style="padding:12px 24px;">
<p><a href="https://www.worknest.example.com/comm/jobs/view/4013?trk=eml-jalert-job1" style="color:#0a66c2;font-weight:600;">Data Analyst – Collections</a><br>Northwind Lending · Remote · Actively recruiting</p>
<p><a href="https://www.worknest.example.com/comm/jobs/view/4014?trk=eml-jalert-job2" style="color:#0a66c2;font-weight:600;">BI Analyst (Spanish-speaking)</a><br>Copperleaf Retail · Remote · 3 connections work here</p>
<p><a href="https://www.worknest.example.com/comm/jobs/view/4015?trk=eml-jalert-job3" style="color:#0a66c2;font-weight:600;">Junior Reporting Analyst</a><br>Quetzal Labs · Remote · Easy Apply</p>
<p><a href="https://www.worknest.example.com/comm/jobs/view/4016?trk=eml-jalert-job4" style="color:#0a66c2;font-weight:600;">Customer Insights Analyst</a><br>Harbor &amp; Pine Insurance · Remote (Americas)</p>
<p><a href="https://www.worknest.example.com/comm/jobs/search?alert=88a1&amp;trk=eml-jalert-seeall" style="color:#0a66c2;">See all jobs</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;border-top:1px solid #e8e8e8;">You are receiving Job Alert emails. <a href="https://www.worknest.example.com/jobs/alerts/manage?trk=eml-jalert-manage" style="color:#666;">Manage job alerts</a> · <a href="https://www.worknest.example.com/unsub?e=Y2FtaWxh&amp;t=jobalert" style="color:#666;">Unsubscribe</a><br>© 2026 WorkNest Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table>
<img src="https://www.worknest.example.com/emimp/ip_amFsZXJ0.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="plain_text_weekly_interview_prep", lang="en", company="", contact="",
    frm=("Analytics Weekly", "newsletter@analyticsweekly.example.com"),
    subject="Analytics Weekly #212: SQL interview questions, dbt 2.0, and a salary survey",
    date="2026-06-25 14:30 +0000", struct="plain", charset="utf-8", cte="7bit",
    headers={"List-Id": "Analytics Weekly <weekly.analyticsweekly.example.com>",
             "List-Unsubscribe": "<mailto:leave-212-88213@analyticsweekly.example.com>, <https://analyticsweekly.example.com/unsubscribe?u=88213>",
             "Precedence": "list"},
    text="""ANALYTICS WEEKLY - Issue #212
=============================

Hand-picked links for data people, every Thursday.

INTERVIEWS
----------
* The 25 SQL questions that keep showing up in analyst interviews
  https://analyticsweekly.example.com/r/212-01
* "Tell me about a time you failed": how to answer behavioural interview
  questions without sounding rehearsed
  https://analyticsweekly.example.com/r/212-02
* Take-home assignments: how long is too long? (a hiring manager's view)
  https://analyticsweekly.example.com/r/212-03

TOOLS
-----
* What's new in dbt 2.0, explained in five diagrams
  https://analyticsweekly.example.com/r/212-04
* DuckDB for analysts who live in Excel
  https://analyticsweekly.example.com/r/212-05

CAREERS
-------
* 2026 Latin America data salary survey: 1,900 responses, 11 countries
  https://analyticsweekly.example.com/r/212-06
* Job board: 48 new openings this week, 19 of them remote
  https://analyticsweekly.example.com/jobs

---------------------------------------------------------------
You're receiving this because you subscribed at analyticsweekly.example.com.
Unsubscribe: https://analyticsweekly.example.com/unsubscribe?u=88213
Analytics Weekly, 2261 Market Street #5024, San Francisco, CA 94114
""",
)

add(
    kind="other", scen="podcast_interview_request", lang="en", company="",
    contact="marcus@contactcenterpod.example.com",
    frm=("Marcus Reyes", "marcus@contactcenterpod.example.com"),
    subject="Podcast interview? Voices from the Contact Center",
    date="2026-04-13 10:18 -0400", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

I host "Voices from the Contact Center", a small podcast (about 4,000 listeners) about the people who run customer-service operations. A mutual contact, Jess Morales, told me about the workforce dashboard you built for your team in Lima, and I'd love to interview you for an episode.

It would be a relaxed 40-minute conversation over Zoom, recorded whenever suits you in May. We'd talk about moving from the floor into analytics, and what supervisors can learn from their own data. No preparation needed, and you'd get to approve the edit before it airs.

Would you be up for it?

Thanks,
Marcus

Marcus Reyes
Host, Voices from the Contact Center
contactcenterpod.example.com
""",
)

add(
    kind="other", scen="user_research_interview_gift_card", lang="en", company="",
    contact="tessa.lin@worknest.example.com",
    frm=("Tessa Lin", "tessa.lin@worknest.example.com"),
    subject="Quick favour: 30-min interview about your job search (USD 50 gift card)",
    date="2026-07-08 17:45 +0000", struct="plain", charset="utf-8", cte="8bit",
    text="""Hi Camila,

I'm a UX researcher on the WorkNest jobs team. We're talking to people in Latin America who are applying for remote roles, to understand what's working and what's frustrating about the process.

Would you be open to a 30-minute research interview over video in the next two weeks? There are no right or wrong answers – we just want to hear about your experience applying, tracking applications and hearing back (or not hearing back!) from employers. As a thank you, we'll send a USD 50 gift card.

If you're interested, just reply with a couple of times that work for you.

Thanks so much,
Tessa

Tessa Lin | UX Researcher, Jobs | WorkNest
This study is voluntary and not connected to any job application. Your answers will not be shared with employers.
""",
)

add(
    kind="other", scen="friend_final_interview_news", lang="en", company="",
    contact="jess.morales@mailbox.example.com",
    frm=("Jess Morales", "jess.morales@mailbox.example.com"),
    subject="guess who had a final interview today",
    date="2026-03-26 20:33 -0500", struct="plain", charset="utf-8", cte="7bit",
    text="""Camiii

Ok so I did the final round at that health insurer in Austin today - four interviews back to back, I'm DEAD. The panel one went great, the case study one... less great. They said they'd decide by next Friday so now I'm just refreshing my inbox every 5 minutes lol

How's your search going?? Did the Brightwater people ever get back to you? Call me this weekend, I want all the gossip.

xx
Jess
""",
)

add(
    kind="other", scen="candidate_sent_follow_up", lang="en", company="", contact="",
    frm=CANDIDATE, to=[("Hannah Whitfield", "hannah.whitfield@ledgerline.example.com")],
    subject="Following up on my application – Data Analyst, Revenue Operations",
    date="2026-07-30 09:12 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    mid="<CAM9hq+1Fu0w@mail.example.pe>",
    text="""Dear Hannah,

I hope you're doing well. I applied for the Data Analyst, Revenue Operations role at Ledgerline on July 19 through WorkNest, and I wanted to follow up briefly to reiterate my interest.

Over the last six years I've led a 40-person team in a bank contact centre, and for the last two I've owned our reporting: I built the SQL and Power BI pipeline we use for staffing and service-level forecasting. I'd love to bring that mix of operations and data to your RevOps team.

Please let me know if there's anything else I can share. Thank you for your time!

Best regards,
Camila Hoffmann-Quispe
+51 987 555 204 | linkedin.example.com/in/camilahq
""",
)

add(
    kind="other", scen="out_of_office_recruiter", lang="en", company="",
    contact="priya.raman@meridiantelecom.example.com",
    frm=("Priya Raman", "priya.raman@meridiantelecom.example.com"),
    subject="Automatic reply: Invitation: virtual assessment centre, 14 April",
    date="2026-04-01 06:03 +0100", struct="plain", charset="utf-8", cte="7bit",
    irt="<CAM9hq+0aC2x@mail.example.pe>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I'm out of the office until Tuesday 7 April with limited access to email.

For anything urgent about an application or interview, please contact talent@meridiantelecom.example.com and a member of the team will help.

Kind regards,
Priya Raman
Talent Partner, Meridian Telecom Group
""",
)

add(
    kind="other", scen="cold_outreach_staffing_agency", lang="en", company="",
    contact="dana.kowalski@bluepeakstaffing.example.com",
    frm=("Dana Kowalski", "dana.kowalski@bluepeakstaffing.example.com"),
    subject="BI Analyst opportunity – US fintech, 100% remote",
    date="2026-05-27 12:15 -0400", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

I came across your profile on WorkNest and was impressed by your move from contact-centre leadership into reporting and BI – that combination is exactly what one of my clients is looking for.

They're a Series C fintech in New York hiring a BI Analyst to support their customer operations team. Fully remote from LatAm, US Eastern hours overlap, USD 45–55k depending on experience.

Would you be open to a quick 15-minute chat this week so I can tell you more and hear what you're looking for? If the timing isn't right, no worries at all.

Best,
Dana

Dana Kowalski
Senior Recruiter, Technology & Data
Bluepeak Staffing | bluepeakstaffing.example.com | +1 (646) 555-0127
""",
)

_WEBINAR_INTRO = """Breaking into Data Analytics: live Q&A with three career switchers

Hi Camila,

Join us on Thursday, June 11 at 7 pm (Lima / Bogotá time) for a free live session with three graduates who moved into data roles from customer service, logistics and teaching. They'll share what their interviews looked like, how they handled rejection, and which portfolio projects got them hired."""
_WEBINAR_ITEMS = [
    ("Save your seat (free)", "60 minutes, live on Zoom, recording sent to everyone who registers.", "https://go.databridge-academy.example.com/e3t/Ctc/webinar-june?utm_campaign=jun-webinar"),
    ("Download: 30 portfolio project ideas", "Our most-downloaded guide, updated for 2026.", "https://go.databridge-academy.example.com/e3t/Ctc/portfolio-guide"),
    ("Next cohort starts July 6", "Part-time Data Analytics Bootcamp in Spanish. Early-bird pricing ends May 31.", "https://go.databridge-academy.example.com/e3t/Ctc/bootcamp-july"),
]
add(
    kind="other", scen="bootcamp_webinar_marketing", lang="en", company="", contact="",
    frm=("DataBridge Academy", "events@databridge-academy.example.com"),
    subject="Live Q&A: how they broke into data (and survived 30 rejections)",
    date="2026-05-29 15:00 +0000", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://go.databridge-academy.example.com/hs/manage-preferences/unsubscribe?d=Vn4kT>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    text=digest_text(_WEBINAR_INTRO, _WEBINAR_ITEMS,
                     "DataBridge Academy, 80 SW 8th St, Miami, FL 33130\nUnsubscribe: https://go.databridge-academy.example.com/hs/manage-preferences/unsubscribe?d=Vn4kT"),
    html=digest_html(brand="DataBridge Academy", accent="#5a2ca0",
                     logo="https://cdn.databridge-academy.example.com/email/logo-white.png",
                     logo_alt="DataBridge Academy", intro=_WEBINAR_INTRO, items=_WEBINAR_ITEMS,
                     footer=["DataBridge Academy, 80 SW 8th St, Miami, FL 33130",
                             '<a href="https://go.databridge-academy.example.com/hs/manage-preferences/unsubscribe?d=Vn4kT" style="color:#999;">Unsubscribe</a> · '
                             '<a href="https://go.databridge-academy.example.com/hs/manage-preferences?d=Vn4kT" style="color:#999;">Manage preferences</a>'],
                     pixel_url="https://track.hubspot.example.com/__ptq.gif?k=14&r=databridge", lang="en"),
)

add(
    kind="other", scen="workday_password_reset", lang="en", company="", contact="",
    frm=("Brightwater Analytics", "brightwater@myworkday.com"),
    subject="Reset your password",
    date="2026-02-01 03:27 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Brightwater Analytics", accent="#0b6e99",
        logo="https://wd5.myworkday.com/brightwater/assets/logo-email.png",
        logo_alt="Brightwater Analytics",
        body="""Hello,

We received a request to reset the password for the candidate account associated with camila.hq@example.pe.

Click the button below to choose a new password. This link expires in 24 hours.

If you didn't request a password reset, you can safely ignore this email.""",
        button=("Reset Password", "https://brightwater.wd5.myworkdayjobs.com/External/passwordreset?token=8c1f0e77b2"),
        footer=["This message was sent from an unmonitored mailbox. Please do not reply."],
        pixel_url="https://wd5.myworkday.com/brightwater/email/open.gif?m=pw-reset",
        powered="Powered by Workday"),
)

add(
    kind="other", scen="profile_appeared_in_searches", lang="en", company="", contact="",
    frm=("WorkNest", "notifications-noreply@mail.worknest.example.com"),
    subject="Camila, your profile appeared in 24 searches this week",
    date="2026-06-15 12:30 +0000", struct="html", charset="utf-8", cte="base64",
    headers={"List-Unsubscribe": "<https://www.worknest.example.com/unsub?e=Y2FtaWxh&t=searchapp>"},
    html="""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="520" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="padding:18px 24px;"><img src="https://static.worknest.example.com/email/worknest-logo.png" alt="WorkNest" height="26"></td></tr>
<tr><td style="padding:0 24px;"><p style="font-size:40px;font-weight:600;margin:8px 0;color:#191919;">24</p>
<p style="font-size:16px;color:#191919;margin:0 0 12px 0;">searches you appeared in this week</p>
<p style="font-size:14px;color:#404040;">You were found by people from <b>Banco Cafetero del Valle</b>, <b>Apex Talent Partners</b> and 6 others. Recruiters searched for: <i>power bi</i>, <i>call center</i>, <i>sql</i>.</p>
<p><a href="https://www.worknest.example.com/me/search-appearances?trk=eml-weekly-search" style="display:inline-block;background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;font-weight:600;">See all searches</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;border-top:1px solid #e8e8e8;">This email was intended for Camila Hoffmann-Quispe. <a href="https://www.worknest.example.com/unsub?e=Y2FtaWxh&amp;t=searchapp" style="color:#666;">Unsubscribe</a><br>© 2026 WorkNest Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table>
<img src="https://www.worknest.example.com/emimp/ip_c2VhcmNo.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="waitlist_position", lang="en", company="", contact="",
    frm=("Querybird", "hello@querybird.example.com"),
    subject="You're on the list! Your position: #312",
    date="2026-01-09 18:44 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#0f172a;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px;">
<table width="480" cellpadding="0" cellspacing="0" style="background:#111827;border-radius:12px;font-family:Inter,Arial,sans-serif;color:#e5e7eb;">
<tr><td style="padding:28px 32px 0 32px;"><img src="https://querybird.example.com/email/bird.png" alt="Querybird" width="40"></td></tr>
<tr><td style="padding:16px 32px;">
<h1 style="font-size:22px;margin:0 0 12px 0;color:#ffffff;">Thanks for joining the Querybird beta waitlist 🐦</h1>
<p>Your current position in the queue is <strong style="color:#38bdf8;">#312</strong>. We're letting in about 50 people a week.</p>
<p>Want to move up? Every friend who joins with your link bumps you 10 places.</p>
<p><a href="https://querybird.example.com/r/camila-hq-7x2" style="color:#38bdf8;">querybird.example.com/r/camila-hq-7x2</a></p>
<p style="font-size:12px;color:#9ca3af;">Querybird turns plain-English questions into SQL for your warehouse.</p>
</td></tr>
<tr><td style="padding:12px 32px 24px 32px;font-size:11px;color:#6b7280;">Querybird Labs · 2093 Philadelphia Pike #4411, Claymont, DE 19703 · <a href="https://querybird.example.com/unsubscribe?e=c2Vj" style="color:#6b7280;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://querybird.example.com/o/3a7e.gif" width="1" height="1" alt="">
</body></html>
""",
)

_REVIEWS_INTRO = """New interview reviews at companies you follow

Hi Camila, here's what people said this week about interviewing at the companies on your list."""
_REVIEWS_ITEMS = [
    ("Ledgerline – Data Analyst interview (Remote)", "\"Recruiter call, SQL live exercise, then a panel. Got an offer after three weeks.\" Difficulty: 3.2/5", "https://www.careerlens.example.com/Interview/Ledgerline-Interview-Questions-E88213.htm?src=mail"),
    ("Quetzal Labs – Analytics Engineer interview", "\"Very friendly people, but I was rejected after the final round without detailed feedback.\" Difficulty: 3.8/5", "https://www.careerlens.example.com/Interview/Quetzal-Labs-Interview-Questions-E77120.htm?src=mail"),
    ("Northwind Lending – BI Analyst interview", "\"The role was put on hold after my second interview.\" Experience: negative", "https://www.careerlens.example.com/Interview/Northwind-Lending-Interview-Questions-E66012.htm?src=mail"),
]
add(
    kind="other", scen="interview_reviews_digest", lang="en", company="", contact="",
    frm=("CareerLens Community", "community-noreply@careerlens.example.com"),
    subject="New interview reviews: Ledgerline, Quetzal Labs and 1 more",
    date="2026-08-17 14:05 +0000", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.careerlens.example.com/member/account/unsubscribe?t=ir-digest&u=c2Vj>",
             "List-Id": "<interview-digest.careerlens.example.com>"},
    text=digest_text(_REVIEWS_INTRO, _REVIEWS_ITEMS,
                     "You follow these companies on CareerLens. Unsubscribe: https://www.careerlens.example.com/member/account/unsubscribe?t=ir-digest\nCareerLens, Inc., 300 Mission St, San Francisco, CA 94105"),
    html=digest_html(brand="CareerLens", accent="#0caa41",
                     logo="https://media.careerlens.example.com/email/logo-white.png",
                     logo_alt="CareerLens", intro=_REVIEWS_INTRO, items=_REVIEWS_ITEMS,
                     footer=["You follow these companies on CareerLens.",
                             '<a href="https://www.careerlens.example.com/member/account/unsubscribe?t=ir-digest&amp;u=c2Vj" style="color:#999;">Unsubscribe</a>',
                             "CareerLens, Inc., 300 Mission St, San Francisco, CA 94105"],
                     pixel_url="https://www.careerlens.example.com/email/open/ir-digest.gif", lang="en"),
)

# --- Deutsch -----------------------------------------------------------------------------------

_JOBWERK_INTRO = """Karriere-Newsletter Juni: Absagen richtig deuten

Hallo Camila,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist im Bewerbungsprozess so gefürchtet. In dieser Ausgabe zeigen wir, was hinter typischen Absageformulierungen steckt, wie Sie nach einem Vorstellungsgespräch um Feedback bitten und warum eine Absage oft gar nichts mit Ihnen zu tun hat."""
_JOBWERK_ITEMS = [
    ("Absage-Codes entschlüsselt", "Was „wir haben uns für eine andere Kandidatin entschieden“ wirklich bedeutet.", "https://www.jobwerk.example.de/ratgeber/absage-codes?utm_source=newsletter&utm_medium=email"),
    ("Vorstellungsgespräch verpasst? So reagieren Sie richtig", "Mit Musterformulierung für die Entschuldigungsmail.", "https://www.jobwerk.example.de/ratgeber/termin-verpasst?utm_source=newsletter"),
    ("Top-Jobs der Woche: Data & BI (remote)", "142 neue Stellen in ganz Deutschland.", "https://www.jobwerk.example.de/jobs/data-bi-remote?utm_source=newsletter"),
]
add(
    kind="other", scen="karriere_newsletter_absagen", lang="de", company="", contact="",
    frm=("Jobwerk Karriere-Newsletter", "newsletter@jobwerk.example.de"),
    subject="Absagen richtig deuten – und was Sie daraus machen",
    date="2026-06-03 07:00 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "Jobwerk Karriere-Newsletter <karriere.jobwerk.example.de>",
             "List-Unsubscribe": "<https://www.jobwerk.example.de/newsletter/abmelden?id=55e1>, <mailto:abmelden@jobwerk.example.de>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    text=digest_text(_JOBWERK_INTRO, _JOBWERK_ITEMS,
                     "Jobwerk GmbH · Friedrichstraße 68 · 10117 Berlin · Geschäftsführer: Carsten Wiebe · HRB 188120 B\nNewsletter abbestellen: https://www.jobwerk.example.de/newsletter/abmelden?id=55e1"),
    html=digest_html(brand="Jobwerk", accent="#e2001a",
                     logo="https://static.jobwerk.example.de/mail/jobwerk-logo-weiss.png",
                     logo_alt="Jobwerk", intro=_JOBWERK_INTRO, items=_JOBWERK_ITEMS,
                     footer=["Jobwerk GmbH · Friedrichstraße 68 · 10117 Berlin",
                             "Geschäftsführer: Carsten Wiebe · Amtsgericht Charlottenburg HRB 188120 B",
                             '<a href="https://www.jobwerk.example.de/newsletter/abmelden?id=55e1" style="color:#999;">Newsletter abbestellen</a> · '
                             '<a href="https://www.jobwerk.example.de/impressum" style="color:#999;">Impressum</a>'],
                     pixel_url="https://mailing.jobwerk.example.de/o/55e1.gif", lang="de"),
)

add(
    kind="other", scen="candidate_asks_feedback_quoted_absage", lang="de", company="", contact="",
    frm=CANDIDATE, to=[("Lena Hartmann", "lena@zahlwerk.example.de")],
    subject="Re: Re: Danke für das Gespräch",
    date="2026-05-23 10:41 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<20260522170300.5d1e09c2aa10@zahlwerk.example.de>",
    refs=["<9B2E4C01-3F5D-4A77-8E19-77C0D1A2B3C4@example.pe>",
          "<20260522170300.5d1e09c2aa10@zahlwerk.example.de>"],
    text="""Hallo Lena,

danke für deine ehrliche und schnelle Rückmeldung, auch wenn ich natürlich etwas enttäuscht bin.

Darf ich fragen, ob du mir noch ein, zwei Punkte mitgeben kannst, woran ich arbeiten sollte? Vor allem beim Thema SEPA-Zahlungsdaten würde mich interessieren, welche Tools oder Kenntnisse euch gefehlt haben.

Sehr gern bleiben wir auf LinkedIn in Kontakt!

Viele Grüße
Camila

Am 22.05.2026 um 17:03 schrieb Lena Hartmann <lena@zahlwerk.example.de>:

> Hey Camila,
>
> danke dir für deine nette Nachricht! Ich hätte dir gern etwas anderes
> geschrieben: Wir haben uns für jemand anderen entschieden, der schon
> länger mit Zahlungsdaten im SEPA-Umfeld arbeitet.
>
> Liebe Grüße
> Lena
""",
)

add(
    kind="other", scen="abwesenheitsnotiz_personalreferent", lang="de", company="",
    contact="thomas.reuter@nordlicht-versicherung.example.de",
    frm=("Reuter, Thomas", "thomas.reuter@nordlicht-versicherung.example.de"),
    subject="Abwesenheitsnotiz: AW: Ihre Bewerbung als Datenanalyst*in Vertrieb",
    date="2026-08-28 19:02 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    irt="<CAH1vQk5p2M@mail.example.pe>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11. September 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@nordlicht-versicherung.example.de.

Mit freundlichen Grüßen
Thomas Reuter
Personalreferent, Nordlicht Versicherung AG
""",
)

add(
    kind="other", scen="personalberater_kaltakquise", lang="de", company="",
    contact="markus.feld@feld-kollegen.example.de",
    frm=("Markus Feld", "markus.feld@feld-kollegen.example.de"),
    subject="Spannende Position als BI-Analyst (m/w/d) – 100 % remote",
    date="2026-09-16 08:48 +0200", struct="plain", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252",
    text="""Hallo Frau Hoffmann-Quispe,

ich bin auf Ihr Profil gestoßen und finde Ihren Weg von der Teamleitung im Kundenservice hin zu BI und Reporting sehr spannend.

Für einen mittelständischen Kunden aus dem E-Commerce suche ich aktuell eine/n BI-Analyst/in (m/w/d), 100 % remote, Spanisch und Englisch verhandlungssicher, Deutschkenntnisse von Vorteil. Der Kunde stellt auch über einen Employer-of-Record in Lateinamerika ein.

Hätten Sie Interesse an einem kurzen, unverbindlichen Austausch? Ich freue mich über eine kurze Rückmeldung.

Beste Grüße
Markus Feld
Senior Consultant IT & Data
Feld & Kollegen Personalberatung GmbH
Königsallee 92a · 40212 Düsseldorf · Tel. +49 211 555 40 18
""",
)

add(
    kind="other", scen="pruefungsanmeldung_eingegangen", lang="de", company="", contact="",
    frm=("Deutsches Kulturinstitut Lima - Prüfungen", "pruefungen-noreply@dki-lima.example.pe"),
    subject="Ihre Anmeldung zur Prüfung Goethe-Zertifikat B2 ist eingegangen",
    date="2026-03-05 16:20 -0500", struct="plain", charset="iso-8859-1", cte="8bit",
    hdr_cs="iso-8859-1",
    text="""Sehr geehrte Frau Hoffmann-Quispe,

vielen Dank für Ihre Anmeldung zur Prüfung Goethe-Zertifikat B2 (modular) am 18. April 2026. Ihre Anmeldung ist bei uns eingegangen.

Bitte überweisen Sie die Prüfungsgebühr von S/ 890 bis zum 20. März 2026. Erst nach Zahlungseingang ist Ihre Anmeldung verbindlich. Die Einladung mit Uhrzeit und Raum erhalten Sie etwa eine Woche vor der Prüfung.

Mit freundlichen Grüßen
Ihr Prüfungsteam
Deutsches Kulturinstitut Lima
Av. Arequipa 4140, Miraflores

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht darauf.
""",
)

# --- Français ----------------------------------------------------------------------------------

_CADRES_INTRO = """La lettre Cadres & Carrières – Septembre 2026

Bonjour Camila,

Ce mois-ci, nous vous aidons à préparer vos prochains entretiens d'embauche : les questions pièges, la négociation salariale et l'art de relancer un recruteur sans être insistant. Et bonne nouvelle : les offres pour les profils data sont en hausse de 12 % sur un an."""
_CADRES_ITEMS = [
    ("Entretien d'embauche : 7 questions pièges et comment y répondre", "« Quel est votre principal défaut ? » et six autres classiques.", "https://www.cadres-carrieres.example.com/conseils/questions-pieges?xtor=EPR-88"),
    ("Refus après entretien : faut-il demander un retour ?", "Oui, et voici comment le formuler.", "https://www.cadres-carrieres.example.com/conseils/refus-retour?xtor=EPR-88"),
    ("Les offres data du mois", "Analyste BI, data analyst, contrôleur de gestion : 320 nouvelles offres.", "https://www.cadres-carrieres.example.com/offres/data?xtor=EPR-88"),
]
add(
    kind="other", scen="lettre_conseils_entretien", lang="fr", company="", contact="",
    frm=("Cadres & Carrières", "lettre@cadres-carrieres.example.com"),
    subject="Entretien d'embauche : 7 questions pièges (et nos réponses)",
    date="2026-09-08 08:30 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Id": "La lettre Cadres & Carrieres <lettre.cadres-carrieres.example.com>",
             "List-Unsubscribe": "<https://www.cadres-carrieres.example.com/desinscription?u=c2Vj&l=lettre>",
             "Precedence": "bulk"},
    text=digest_text(_CADRES_INTRO, _CADRES_ITEMS,
                     "Cadres & Carrières SAS – 17 boulevard Haussmann, 75009 Paris – RCS Paris 812 345 678\nSe désinscrire : https://www.cadres-carrieres.example.com/desinscription?u=c2Vj&l=lettre"),
    html=digest_html(brand="Cadres & Carrières", accent="#003a70",
                     logo="https://static.cadres-carrieres.example.com/mail/logo-blanc.png",
                     logo_alt="Cadres & Carrières", intro=_CADRES_INTRO, items=_CADRES_ITEMS,
                     footer=["Cadres & Carrières SAS – 17 boulevard Haussmann, 75009 Paris – RCS Paris 812 345 678",
                             "Vous recevez cette lettre car vous êtes inscrite sur cadres-carrieres.example.com.",
                             '<a href="https://www.cadres-carrieres.example.com/desinscription?u=c2Vj&amp;l=lettre" style="color:#999;">Se désinscrire</a>'],
                     pixel_url="https://t.cadres-carrieres.example.com/o/lettre-0926.gif", lang="fr"),
)

add(
    kind="other", scen="candidate_confirms_entretien", lang="fr", company="", contact="",
    frm=CANDIDATE, to=[("Recrutement Cassiopée Bogotá", "recrutement.bogota@cassiopee.example.com")],
    subject="Re: Convocation à un entretien – Analyste BI (Bogotá)",
    date="2026-08-26 19:22 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<2f8e7d1c0b9a6e5d4c3b2a19.20260826091000@smartrecruiters.com>",
    text="""Madame, Monsieur,

Je vous remercie vivement pour votre message et je vous confirme avec plaisir ma présence à l'entretien du jeudi 3 septembre 2026 à 10h00 (heure de Bogotá) en visioconférence.

Je me tiens à votre disposition pour tout document complémentaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camila Hoffmann-Quispe

Le mer. 26 août 2026 à 09:10, Groupe Cassiopée – Recrutement <noreply@smartrecruiters.com> a écrit :
> Madame,
>
> Nous avons le plaisir de vous convier à un entretien avec Monsieur Laurent
> Ferrand, Directeur Data & Performance Amérique latine, et Madame Juliana
> Castaño, Responsable RH, le jeudi 3 septembre 2026 à 10h00 (heure de
> Bogotá), en visioconférence.
>
> Merci de bien vouloir confirmer votre présence en répondant à ce message.
""",
)

add(
    kind="other", scen="reponse_automatique_absente", lang="fr", company="",
    contact="claire@lumen-paiements.example.com",
    frm=("Claire Dubreuil", "claire@lumen-paiements.example.com"),
    subject="Réponse automatique : Entretien Data Analyst – suite",
    date="2026-04-27 02:13 +0200", struct="plain", charset="utf-8", cte="8bit",
    irt="<CAJ5s8ePq1Lr@mail.example.pe>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis absente du bureau jusqu'au mardi 28 avril inclus, avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.

Pour toute urgence, vous pouvez contacter talent@lumen-paiements.example.com.

Claire Dubreuil
Lumen Paiements
""",
)

add(
    kind="other", scen="alliance_inscription_cours", lang="fr", company="", contact="",
    frm=("Alliance culturelle française de Lima", "inscriptions-ne-pas-repondre@acf-lima.example.pe"),
    subject="Votre inscription au cours de français B2 est confirmée",
    date="2026-02-20 11:15 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Bonjour Camila,

Nous avons bien reçu votre inscription et votre paiement pour le cours « Français B2 - intensif du soir » (session mars-mai 2026).

- Début des cours : lundi 9 mars 2026
- Horaire : lundi, mercredi et vendredi, de 19h à 21h
- Lieu : siège de Miraflores, salle 204

Pensez à apporter votre manuel dès le premier cours. Au plaisir de vous accueillir !

Le service des inscriptions
Alliance culturelle française de Lima

Merci de ne pas répondre à ce message automatique.
""",
)

add(
    kind="other", scen="amie_refus_apres_entretien", lang="fr", company="",
    contact="mathilde.garnier@courriel.example.com",
    frm=("Mathilde Garnier", "mathilde.garnier@courriel.example.com"),
    subject="des nouvelles de Lyon",
    date="2026-07-12 22:05 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Coucou Camila !

Ça fait une éternité… Je t'écris parce que j'ai enfin passé mon entretien chez la mutuelle dont je t'avais parlé, et devine quoi : ils m'ont dit non. Trois entretiens, un cas pratique, et un refus en deux lignes par mail, même pas un coup de fil. Je suis dégoûtée.

Bref, je me remets en selle dès lundi. Et toi, ton grand saut vers la data, ça avance ? Tu as eu des nouvelles de la boîte de paiement parisienne ?

Je t'embrasse fort,
Mathilde
""",
)

# --- Español -----------------------------------------------------------------------------------

_ALERTA_INTRO = """Hola Camila, estas son las nuevas ofertas de empleo para tu búsqueda "Analista de Datos" en Lima publicadas en las últimas 24 horas."""
_ALERTA_ITEMS = [
    ("Analista de Datos Jr. – Banco Andino del Sur", "San Isidro · Tiempo completo · S/ 5,500 - 6,500", "https://t.empleosya.example.pe/c/alerta?u=8812&a=1"),
    ("Analista de Inteligencia Comercial – Supermercados La Colmena", "Santiago de Surco · Presencial", "https://t.empleosya.example.pe/c/alerta?u=8812&a=2"),
    ("Analista de Reportes y Calidad – Contact center", "Lima Cercado · Híbrido · Confidencial", "https://t.empleosya.example.pe/c/alerta?u=8812&a=3"),
    ("Especialista BI – Qhapaq Microfinanzas", "Jesús María · Tiempo completo", "https://t.empleosya.example.pe/c/alerta?u=8812&a=4"),
]
add(
    kind="other", scen="alerta_empleo_lima", lang="es", company="", contact="",
    frm=("EmpleosYa Alertas", "alertas@empleosya.example.pe"),
    reply_to=("EmpleosYa", "no-responder@empleosya.example.pe"),
    subject="10 nuevas ofertas de Analista de Datos en Lima",
    date="2026-06-01 07:30 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.empleosya.example.pe/baja?u=8812&tipo=alerta>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    text=digest_text(_ALERTA_INTRO, _ALERTA_ITEMS,
                     "Recibes este correo porque creaste una alerta en EmpleosYa. Darte de baja: https://www.empleosya.example.pe/baja?u=8812&tipo=alerta\nEmpleosYa S.A.C. · Av. Benavides 1555, Miraflores, Lima"),
    html=digest_html(brand="EmpleosYa", accent="#ff6a00",
                     logo="https://cdn.empleosya.example.pe/mail/logo-blanco.png",
                     logo_alt="EmpleosYa", intro=_ALERTA_INTRO, items=_ALERTA_ITEMS,
                     footer=["Recibes este correo porque creaste una alerta en EmpleosYa.",
                             '<a href="https://www.empleosya.example.pe/baja?u=8812&amp;tipo=alerta" style="color:#999;">Darte de baja</a> · '
                             '<a href="https://www.empleosya.example.pe/alertas" style="color:#999;">Editar alertas</a>',
                             "EmpleosYa S.A.C. · Av. Benavides 1555, Miraflores, Lima"],
                     pixel_url="https://t.empleosya.example.pe/o/alerta-0601.gif", lang="es"),
)

_TRABAJA_INTRO = """¿Faltaste a una entrevista? Esto es lo que debes hacer

Hola Camila:

A todos nos puede pasar: un problema de conexión, una confusión con la zona horaria o una emergencia familiar. Faltar a una entrevista no siempre cierra la puerta, pero sí importa cómo reacciones en las siguientes horas. En el boletín de esta semana te contamos cómo escribir a la empresa, qué NO decir y cómo evitar que te vuelva a pasar."""
_TRABAJA_ITEMS = [
    ("Cómo pedir una nueva fecha sin perder credibilidad", "Incluye un modelo de correo listo para copiar.", "https://www.trabajape.example.pe/blog/falte-a-la-entrevista?utm_source=boletin"),
    ("Lamentablemente no fuiste seleccionado: ¿y ahora?", "Cinco pasos para convertir un rechazo en aprendizaje.", "https://www.trabajape.example.pe/blog/despues-del-rechazo?utm_source=boletin"),
    ("Empleos destacados de la semana", "Más de 2,300 vacantes en Lima, Arequipa y Trujillo.", "https://www.trabajape.example.pe/empleos?utm_source=boletin"),
]
add(
    kind="other", scen="boletin_falte_a_entrevista", lang="es", company="", contact="",
    frm=("TrabajaPe", "boletin@trabajape.example.pe"),
    subject="¿Faltaste a una entrevista? Esto es lo que debes hacer",
    date="2026-07-15 09:00 -0500", struct="alt", charset="utf-8", cte="base64",
    headers={"List-Id": "Boletin TrabajaPe <boletin.trabajape.example.pe>",
             "List-Unsubscribe": "<https://www.trabajape.example.pe/desuscribir?u=c2Vj>",
             "Precedence": "bulk"},
    text=digest_text(_TRABAJA_INTRO, _TRABAJA_ITEMS,
                     "TrabajaPe · Calle Las Orquídeas 585, San Isidro, Lima\nDesuscribirse: https://www.trabajape.example.pe/desuscribir?u=c2Vj"),
    html=digest_html(brand="TrabajaPe", accent="#0057b8",
                     logo="https://static.trabajape.example.pe/mail/logo.png",
                     logo_alt="TrabajaPe – empleos en Perú", intro=_TRABAJA_INTRO, items=_TRABAJA_ITEMS,
                     footer=["TrabajaPe · Calle Las Orquídeas 585, San Isidro, Lima",
                             '<a href="https://www.trabajape.example.pe/desuscribir?u=c2Vj" style="color:#999;">Desuscribirse</a>'],
                     pixel_url="https://mail.trabajape.example.pe/open/bol-0715.gif", lang="es"),
)

_TUEMPLEO_INTRO = """Alerta de empleo: "analista BI" en Madrid

Hola, Camila. Hemos encontrado 6 ofertas nuevas que coinciden con tu alerta. ¡No dejes pasar la oportunidad e inscríbete!"""
_TUEMPLEO_ITEMS = [
    ("Analista BI – Power BI (híbrido)", "Datalia Consulting · Madrid · 28.000 € - 34.000 € bruto/año", "https://www.tuempleo.example.es/oferta/analista-bi-power-bi/of-i7c2?utm_campaign=alerta"),
    ("Analista de Datos – Dirección de Clientes", "Seguros La Alhambra · Madrid · Contrato indefinido", "https://www.tuempleo.example.es/oferta/analista-datos-clientes/of-i91a?utm_campaign=alerta"),
    ("Data Analyst junior (teletrabajo)", "Banco Mediterráneo Digital · Valencia / remoto", "https://www.tuempleo.example.es/oferta/data-analyst-junior/of-i0d4?utm_campaign=alerta"),
]
add(
    kind="other", scen="alerta_empleo_madrid", lang="es", company="", contact="",
    frm=("TuEmpleo", "alertas@tuempleo.example.es"),
    subject="6 nuevas ofertas de \"analista BI\" en Madrid",
    date="2026-08-19 06:15 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.tuempleo.example.es/alertas/baja?id=7781>"},
    text=digest_text(_TUEMPLEO_INTRO, _TUEMPLEO_ITEMS,
                     "TuEmpleo Internet, S.L. · Av. de Burgos 12, 28036 Madrid\nDarte de baja de esta alerta: https://www.tuempleo.example.es/alertas/baja?id=7781"),
    html=digest_html(brand="TuEmpleo", accent="#167db7",
                     logo="https://static.tuempleo.example.es/mail/tuempleo-logo.png",
                     logo_alt="TuEmpleo", intro=_TUEMPLEO_INTRO, items=_TUEMPLEO_ITEMS,
                     footer=["TuEmpleo Internet, S.L. · Av. de Burgos 12, 28036 Madrid",
                             '<a href="https://www.tuempleo.example.es/alertas/baja?id=7781" style="color:#999;">Darte de baja de esta alerta</a>'],
                     pixel_url="https://mail.tuempleo.example.es/o/al-7781.gif", lang="es"),
)

add(
    kind="other", scen="periodista_entrevista_prensa", lang="es", company="",
    contact="rsolis@diarioandino.example.pe",
    frm=("Rocío Solís", "rsolis@diarioandino.example.pe"),
    subject="Solicitud de entrevista - nota sobre centros de contacto",
    date="2026-05-12 11:42 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Buenos días, Camila:

Mi nombre es Rocío Solís y soy periodista de la sección Economía del Diario Andino. Estoy preparando un informe sobre cómo la inteligencia artificial está cambiando el trabajo en los centros de contacto de la banca peruana, y una fuente de la Asociación de Contact Centers me recomendó hablar contigo.

¿Te animarías a darme una entrevista de unos 20 minutos, por teléfono o en persona, esta semana o la próxima? Me interesa sobre todo tu mirada como supervisora: cómo han cambiado los indicadores y qué habilidades piden ahora a los equipos. Si prefieres, puedo citarte sin mencionar a tu empleador.

Muchas gracias de antemano.

Rocío Solís
Redactora – Economía
Diario Andino
Cel. 996 555 108
""",
)

add(
    kind="other", scen="gps_compartiste_tu_posicion", lang="es", company="", contact="",
    frm=("RutaLima", "no-reply@rutalima.example.pe"),
    subject="Compartiste tu posición en tiempo real con Diego",
    date="2026-04-04 18:22 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f5f7fa;margin:0;padding:20px;">
<table width="480" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;">
<tr><td style="padding:20px;"><img src="https://rutalima.example.pe/img/mail-logo.png" alt="RutaLima" width="110"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:14px;color:#333;">
<p><b>Tu posición se está compartiendo</b></p>
<p>Diego puede ver tu ubicación en tiempo real durante la próxima hora mientras vas hacia <b>Jockey Plaza</b>. Hora estimada de llegada: 18:51.</p>
<p>Posición actual: Av. Javier Prado Este, cerca del cruce con Av. Aviación.</p>
<p><a href="https://rutalima.example.pe/share/stop?s=d1e8" style="color:#00a86b;">Dejar de compartir</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;">RutaLima S.A.C. · <a href="https://rutalima.example.pe/ajustes/notificaciones" style="color:#999;">Configurar notificaciones</a></td></tr>
</table>
<img src="https://rutalima.example.pe/o/sh-d1e8.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="turno_virtual_posicion_fila", lang="es", company="", contact="",
    frm=("Turno Virtual - Registro Civil", "turnos@registrocivil-lince.example.pe"),
    subject="Su turno virtual: posición 23 en la fila",
    date="2026-02-12 08:06 -0500", struct="plain", charset="iso-8859-1", cte="8bit",
    hdr_cs="iso-8859-1",
    text="""MUNICIPALIDAD DISTRITAL - OFICINA DE REGISTRO CIVIL
SISTEMA DE TURNO VIRTUAL

Ciudadano(a): HOFFMANN QUISPE, CAMILA
Trámite: Copia certificada de partida de nacimiento
Ticket: RC-0212-117

Su posición actual en la fila es: 23
Tiempo estimado de espera: 55 minutos

Le enviaremos un nuevo aviso cuando falten 5 personas. Si no se presenta en ventanilla al ser llamado, su turno será anulado y deberá solicitar uno nuevo.

Mensaje automático, no responder.
""",
)

add(
    kind="other", scen="paquete_retrasado_lamentablemente", lang="es", company="", contact="",
    frm=("Chasqui Express", "notificaciones@chasquiexpress.example.pe"),
    subject="Lamentablemente tu paquete está retrasado",
    date="2026-03-20 13:40 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#fff7e6;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #f0d9a8;">
<tr><td style="background:#f5a623;padding:12px 20px;"><img src="https://chasquiexpress.example.pe/mail/logo.png" alt="Chasqui Express" height="30"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;">
<p>Hola Camila,</p>
<p>Lamentablemente tu paquete <b>CHX-00482913-PE</b> (remitente: Tienda Tecnomundo) está retrasado debido a un alto volumen de envíos en nuestro centro de distribución de Lurín.</p>
<p><b>Nueva fecha estimada de entrega:</b> lunes 23 de marzo, entre 9:00 y 18:00.</p>
<p>No necesitas hacer nada. Si no estarás en casa, puedes reprogramar la entrega o elegir un punto de recojo.</p>
<p><a href="https://chasquiexpress.example.pe/t/CHX-00482913-PE?utm_source=mail" style="background:#f5a623;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Seguir mi envío</a></p>
<p>Disculpa las molestias.<br>Equipo Chasqui Express</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#999;">Este es un correo automático. Chasqui Express S.A.C. · <a href="https://chasquiexpress.example.pe/privacidad" style="color:#999;">Privacidad</a></td></tr>
</table></td></tr></table>
<img src="https://chasquiexpress.example.pe/o/4829.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="banco_solicitud_prestamo_recibida", lang="es", company="", contact="",
    frm=("Banco Andino del Sur", "avisos@bancoandino.example.pe"),
    subject="Hemos recibido tu solicitud de Préstamo Personal",
    date="2026-01-26 20:12 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#eef2f6;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#00365f;padding:16px 24px;"><img src="https://www.bancoandino.example.pe/mailing/logo_blanco.png" alt="Banco Andino del Sur" width="170"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px;">
<p>Hola, Camila:</p>
<p>Hemos recibido tu solicitud de <b>Préstamo Personal</b> por <b>S/ 15,000</b> a 24 meses, registrada el 26/01/2026 a las 20:09 desde Banca por Internet.</p>
<p>Nuestro equipo de evaluación revisará tu solicitud y te enviaremos la respuesta en un plazo máximo de 48 horas hábiles. Si necesitamos algún documento adicional, te contactaremos.</p>
<p>Número de solicitud: <b>PP-2026-0088412</b></p>
<p>Gracias por confiar en nosotros.</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f4f6f8;font-size:10px;color:#888;">Banco Andino del Sur nunca te pedirá tus claves por correo electrónico. Este mensaje ha sido enviado automáticamente, por favor no lo respondas. La empresa tiene la obligación de difundir información de conformidad con la Ley N.° 28587.<br><a href="https://www.bancoandino.example.pe/desuscribir?c=pp" style="color:#888;">Dejar de recibir comunicaciones</a></td></tr>
</table></td></tr></table>
<img src="https://mailing.bancoandino.example.pe/o/pp-0088412.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="tarjeta_credito_no_aprobada", lang="es", company="", contact="",
    frm=("Financiera Qori", "comunicaciones@financieraqori.example.pe"),
    subject="Respuesta a tu solicitud de Tarjeta de Crédito Qori Oro",
    date="2026-02-18 10:05 -0500", struct="plain", charset="utf-8", cte="base64",
    text="""Estimada Camila:

Gracias por solicitar tu Tarjeta de Crédito Qori Oro.

Lamentamos informarte que, luego de la evaluación crediticia, tu solicitud no ha sido aprobada en esta oportunidad. Esta decisión se basa en nuestras políticas internas de riesgo y en la información de las centrales de riesgo vigente a la fecha.

Podrás volver a presentar una solicitud dentro de 90 días.

Atentamente,
Financiera Qori

Este correo es informativo y ha sido enviado de forma automática. No responda a este mensaje. Financiera Qori S.A. está supervisada por la Superintendencia de Banca, Seguros y AFP.
""",
)

add(
    kind="other", scen="departamento_solicitud_no_aceptada", lang="es", company="",
    contact="mzevallos@inmomiraflores.example.pe",
    frm=("Mónica Zevallos", "mzevallos@inmomiraflores.example.pe"),
    subject="Departamento Calle Berlín - respuesta del propietario",
    date="2026-09-07 17:33 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Hola Camila, buenas tardes.

Te escribo por el departamento de 2 dormitorios de la Calle Berlín que visitaste el sábado. Lamentablemente el propietario decidió no aceptar tu solicitud: eligió a otra familia que ofreció pagar seis meses por adelantado.

Lo siento mucho. Tengo otro departamento parecido en la calle Colón, un poco más pequeño pero con el mismo precio. Si quieres, coordinamos una visita esta semana.

Saludos,
Mónica Zevallos
Asesora inmobiliaria
Inmobiliaria Miraflores
Cel. 987 555 610
""",
)

add(
    kind="other", scen="amiga_me_rechazaron", lang="es", company="",
    contact="lucia.fernandez@correo.example.pe",
    frm=("Lucía Fernández", "lucia.fernandez@correo.example.pe"),
    subject="no me eligieron :(",
    date="2026-05-08 23:10 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Amiga!!

Te cuento rápido porque ya estoy en pijama: me llegó el correo del banco, NO me eligieron para el puesto de analista de riesgos. Después de tres entrevistas y la prueba de Excel, un mensajito de "lamentablemente hemos decidido continuar con otros candidatos" y chau 😭

Ya se me pasará, pero necesito un pisco sour urgente. ¿Este sábado? Y tú cuéntame cómo vas con lo tuyo, que ya no me cuentas nada.

Besos,
Lu
""",
)

add(
    kind="other", scen="primo_como_te_fue", lang="es", company="",
    contact="diego.hq@correo.example.pe",
    frm=("Diego Hoffmann", "diego.hq@correo.example.pe"),
    subject="¿y?",
    date="2026-06-30 19:48 -0500", struct="plain", charset="utf-8", cte="7bit",
    text="""Prima, como te fue en la entrevista del banco hoy?? La tia me dijo que era la de la tarde.

Avisame, y si quieres el domingo celebramos o lloramos, lo que toque jaja

Diego
""",
)

add(
    kind="other", scen="candidata_agradece_entrevista", lang="es", company="", contact="",
    frm=CANDIDATE, to=[("Giovanna Torres Villacorta", "gtorres@bancoandino.example.pe")],
    subject="Agradecimiento - entrevista Analista de Datos Jr.",
    date="2026-06-30 21:05 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    mid="<CAM9hq+2Jt5v@mail.example.pe>",
    text="""Estimada Giovanna:

Muchas gracias por la entrevista de esta tarde junto al Sr. Martín Alarcón. Me gustó mucho conocer los proyectos de analítica de canales digitales y el reto de unificar los indicadores de atención en un solo tablero.

Reitero mi interés en el puesto de Analista de Datos Jr. y quedo a su disposición para cualquier información adicional.

Saludos cordiales,
Camila Hoffmann-Quispe
Cel. 987 555 204
""",
    html=gmail_html("""Estimada Giovanna:

Muchas gracias por la entrevista de esta tarde junto al Sr. Martín Alarcón. Me gustó mucho conocer los proyectos de analítica de canales digitales y el reto de unificar los indicadores de atención en un solo tablero.

Reitero mi interés en el puesto de Analista de Datos Jr. y quedo a su disposición para cualquier información adicional.

Saludos cordiales,
Camila Hoffmann-Quispe
Cel. 987 555 204"""),
)

add(
    kind="other", scen="candidata_declina_oferta_citada", lang="es", company="", contact="",
    frm=CANDIDATE, to=[("Nicolás Arbulú", "nicolas@pagollama.example.pe")],
    subject="Re: Lo que conversamos por teléfono",
    date="2026-09-14 20:30 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<20260910211400.3c9a5e1f7b22@pagollama.example.pe>",
    text="""Hola Nico,

Muchas gracias de nuevo por la propuesta y por la confianza. Lo he pensado mucho durante el fin de semana y, con mucha pena, he decidido no aceptarla: acabo de recibir otra oferta con un rol remoto que encaja mejor con lo que busco en este momento.

Me encantó conocer al equipo y lo que están construyendo en Pago Llama. Ojalá nuestros caminos se crucen más adelante.

Un abrazo,
Camila

El jue, 10 sept 2026 a las 21:14, Nicolás Arbulú (<nicolas@pagollama.example.pe>) escribió:
> Hola Camila,
>
> Como te comenté hace un rato por teléfono, te confirmo por escrito nuestra
> propuesta para que te sumes a Pago Llama como Analista de Datos:
>
> - Sueldo: S/ 7,000 mensuales en planilla, más EPS
> - 0.15% de opciones sobre acciones con vesting a 4 años
> - Inicio: 1 de octubre
>
> Nos encantaría tenerte en el equipo.
>
> Nico
""",
)

add(
    kind="other", scen="respuesta_automatica_fuera_oficina", lang="es", company="",
    contact="gtorres@bancoandino.example.pe",
    frm=("Giovanna Torres Villacorta", "gtorres@bancoandino.example.pe"),
    subject="Respuesta automática: Agradecimiento - entrevista Analista de Datos Jr.",
    date="2026-06-30 21:05 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAM9hq+2Jt5v@mail.example.pe>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el jueves 2 de julio. A mi retorno atenderé su correo a la brevedad. Para temas urgentes de procesos de selección, puede comunicarse con seleccion@bancoandino.example.pe.

Giovanna Torres Villacorta
Banco Andino del Sur
""",
)

add(
    kind="other", scen="notificacion_mensaje_reclutadora", lang="es", company="", contact="",
    frm=("WorkNest", "messages-noreply@mail.worknest.example.com"),
    subject="Carolina te envió un mensaje nuevo",
    date="2026-04-25 15:16 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.worknest.example.com/unsub?e=Y2FtaWxh&t=inmail>"},
    html="""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="520" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="padding:18px 24px;"><img src="https://static.worknest.example.com/email/worknest-logo.png" alt="WorkNest" height="26"></td></tr>
<tr><td style="padding:0 24px 16px 24px;">
<table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px;"><img src="https://media.worknest.example.com/profile/carolina-vega-48.jpg" alt="Carolina Vega" width="48" height="48" style="border-radius:24px;"></td>
<td><b style="font-size:15px;color:#191919;">Carolina Vega</b><br><span style="font-size:13px;color:#666;">Talent Acquisition Partner en Cóndor Capital</span></td></tr></table>
<p style="font-size:14px;color:#404040;">"Hola Camila, vi tu perfil y me gustaría comentarte sobre una posición de Analista de Datos en nuestro equipo de Cobranza en Santiago. ¿Tienes unos minutos esta semana para…"</p>
<p><a href="https://www.worknest.example.com/messaging/thread/2-ZTQ1?trk=eml-inmail-view" style="display:inline-block;background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;font-weight:600;">Ver mensaje</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;border-top:1px solid #e8e8e8;">Recibes notificaciones de mensajes. <a href="https://www.worknest.example.com/unsub?e=Y2FtaWxh&amp;t=inmail" style="color:#666;">Darte de baja</a><br>© 2026 WorkNest Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table>
<img src="https://www.worknest.example.com/emimp/ip_aW5tYWls.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="headhunter_contacto_en_frio", lang="es", company="",
    contact="rpaz@talentoandino.example.pe",
    frm=("Rodrigo Paz", "rpaz@talentoandino.example.pe"),
    subject="¿Conversamos?",
    date="2026-10-01 10:27 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Hola Camila, ¿cómo estás?

Soy Rodrigo, consultor en Talento Andino. Mi colega Milagros me pasó tu perfil y creo que podrías encajar muy bien en un par de búsquedas que estamos iniciando para el sector financiero (roles de analítica de clientes y de planeamiento de contact center).

Todavía no tengo nada concreto para agendar con el cliente, pero me gustaría conocerte un poco más y entender qué estás buscando. ¿Te parece si hablamos 15 minutos por teléfono esta semana?

Saludos,
Rodrigo Paz
Consultor Senior | Talento Andino Consultores
Cel. 994 555 730
""",
)

_APRENDO_INTRO = """¡Felicitaciones, Camila! 🎓

Completaste el curso "Power BI para análisis de negocio" con una calificación de 94/100. Tu certificado ya está disponible y puedes compartirlo en tu perfil profesional."""
_APRENDO_ITEMS = [
    ("Descargar mi certificado", "Certificado verificable N.° APM-PBI-2026-55120.", "https://aprendomas.example.com/certificados/APM-PBI-2026-55120?utm_source=email"),
    ("Siguiente paso recomendado: SQL intermedio para analistas", "12 horas · Inicia cuando quieras.", "https://aprendomas.example.com/cursos/sql-intermedio?utm_source=email"),
]
add(
    kind="other", scen="curso_certificado_completado", lang="es", company="", contact="",
    frm=("Aprendo+", "no-reply@aprendomas.example.com"),
    subject="¡Completaste Power BI para análisis de negocio! 🎓",
    date="2026-01-31 16:02 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://aprendomas.example.com/preferencias/baja?u=c2Vj>"},
    text=digest_text(_APRENDO_INTRO, _APRENDO_ITEMS,
                     "Aprendo+ · Carrera 13 # 93-40, Bogotá · Darte de baja: https://aprendomas.example.com/preferencias/baja?u=c2Vj"),
    html=digest_html(brand="Aprendo+", accent="#7b2cbf",
                     logo="https://aprendomas.example.com/mail/logo-blanco.png",
                     logo_alt="Aprendo+", intro=_APRENDO_INTRO, items=_APRENDO_ITEMS,
                     footer=["Aprendo+ · Carrera 13 # 93-40, Bogotá",
                             '<a href="https://aprendomas.example.com/preferencias/baja?u=c2Vj" style="color:#999;">Darte de baja</a>'],
                     pixel_url="https://aprendomas.example.com/o/cert-55120.gif", lang="es"),
)

add(
    kind="other", scen="estado_de_cuenta_banco", lang="es", company="", contact="",
    frm=("Banco Ribereño", "estadodecuenta@bancoribereno.example.pe"),
    subject="Tu estado de cuenta de julio ya está disponible",
    date="2026-08-05 06:30 -0500", struct="html", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:3px solid #007a53;padding:12px 0;"><img src="https://www.bancoribereno.example.pe/img/mail/logo.gif" alt="Banco Ribereño" width="150"></td></tr>
<tr><td style="padding:18px 0;">
<p>Estimada CAMILA HOFFMANN QUISPE:</p>
<p>Tu estado de cuenta de <b>Cuenta Sueldo Soles</b> terminada en <b>***4417</b> correspondiente al periodo <b>julio 2026</b> ya se encuentra disponible en Banca por Internet.</p>
<p>Por tu seguridad, no adjuntamos el documento en este correo.</p>
<p><a href="https://www.bancoribereno.example.pe/bpi/estados?src=mail0726">Ingresar a Banca por Internet</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#888;border-top:1px solid #ddd;padding-top:8px;">Banco Ribereño S.A. Este es un correo automático; por favor no lo respondas. Nunca te pediremos tu clave por correo ni por teléfono.</td></tr>
</table>
<img src="https://mailing.bancoribereno.example.pe/o/ec-0726.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="other", scen="jefe_actual_entrevistas_calibracion", lang="es", company="",
    contact="oscar.tello@bancoribereno.example.pe",
    frm=("Óscar Tello Ramos", "oscar.tello@bancoribereno.example.pe"),
    to=[CANDIDATE, ("Supervisores Contact Center", "supervisores.cc@bancoribereno.example.pe")],
    subject="Turnos semana 12 y entrevistas de calibración",
    date="2026-03-13 18:02 -0500", struct="plain", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252",
    text="""Equipo, buenas tardes:

Les comparto los turnos de la semana 12 (16 al 22 de marzo) en la carpeta compartida de Supervisión. Ojo con el feriado: el jueves trabajamos con dotación de domingo.

Camila, recuerda que el lunes a las 9:00 tienes las entrevistas de calibración con los 6 asesores nuevos de la campaña de Tarjetas; usa el formato de evaluación actualizado y súbelo al drive antes del miércoles.

Cualquier cambio de turno me lo piden por este medio hasta el domingo a mediodía.

Saludos,
Óscar Tello Ramos
Jefe de Contact Center
Banco Ribereño
""",
)

add(
    kind="other", scen="cv_visto_por_empresas", lang="es", company="", contact="",
    frm=("EmpleosYa", "notificaciones@empleosya.example.pe"),
    subject="¡Tu CV fue visto por 3 empresas esta semana!",
    date="2026-04-19 10:00 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.empleosya.example.pe/baja?u=8812&tipo=visitas>"},
    html="""<html><body style="margin:0;background:#eef3f8;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ff6a00;padding:12px 20px;"><img src="https://cdn.empleosya.example.pe/mail/logo-blanco.png" alt="EmpleosYa" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333;">
<p style="font-size:18px;"><b>¡Buenas noticias, Camila!</b></p>
<p>Tu CV fue visto por <b>3 empresas</b> en los últimos 7 días:</p>
<ul><li>Qhapaq Microfinanzas</li><li>Una empresa confidencial del sector retail</li><li>Huascarán Seguros</li></ul>
<p>Las empresas ven primero los perfiles completos. <a href="https://t.empleosya.example.pe/c/visitas?u=8812&amp;l=perfil" style="color:#0059b3;">Actualiza tu perfil</a> para aparecer en más búsquedas.</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999;background:#fafafa;"><a href="https://www.empleosya.example.pe/baja?u=8812&amp;tipo=visitas" style="color:#999;">No quiero recibir estos avisos</a> · EmpleosYa S.A.C.</td></tr>
</table></td></tr></table>
<img src="https://t.empleosya.example.pe/o/visitas-0419.gif" width="1" height="1" alt="">
</body></html>
""",
)

_FERIA_INTRO = """¡Tu inscripción fue recibida!

Hola Camila, ya estás inscrita en la Feria Laboral Virtual "Talento Financiero 2026", que se realizará el 22 y 23 de octubre. Más de 40 bancos, cajas, aseguradoras y fintech tendrán stands virtuales con ofertas de empleo y charlas en vivo.

Tu código de acceso es: FTF26-11873"""
_FERIA_ITEMS = [
    ("Agenda de charlas", "Entre ellas: \"Cómo pasar la entrevista por competencias\" y \"De operaciones a analítica\".", "https://feria.talentofinanciero.example.pe/agenda?c=FTF26-11873"),
    ("Completa tu perfil antes de la feria", "Las empresas podrán ver tu CV y agendar videollamadas contigo.", "https://feria.talentofinanciero.example.pe/perfil?c=FTF26-11873"),
]
add(
    kind="other", scen="feria_laboral_inscripcion_recibida", lang="es", company="", contact="",
    frm=("Feria Talento Financiero", "inscripciones@talentofinanciero.example.pe"),
    subject="¡Tu inscripción fue recibida! Feria Laboral Virtual Talento Financiero 2026",
    date="2026-10-05 12:12 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    text=digest_text(_FERIA_INTRO, _FERIA_ITEMS,
                     "Organiza: Asociación de Gestión Humana Financiera · Lima, Perú\nPara dejar de recibir correos de la feria: https://feria.talentofinanciero.example.pe/baja"),
    html=digest_html(brand="Feria Talento Financiero", accent="#00695c",
                     logo="https://feria.talentofinanciero.example.pe/img/logo-mail.png",
                     logo_alt="Feria Laboral Virtual Talento Financiero 2026", intro=_FERIA_INTRO, items=_FERIA_ITEMS,
                     footer=["Organiza: Asociación de Gestión Humana Financiera · Lima, Perú",
                             '<a href="https://feria.talentofinanciero.example.pe/baja" style="color:#999;">Dejar de recibir correos de la feria</a>'],
                     pixel_url="https://feria.talentofinanciero.example.pe/o/11873.gif", lang="es"),
)

add(
    kind="other", scen="confirma_tu_correo_bolsa", lang="es", company="", contact="",
    frm=("TrabajaPe", "cuentas-noreply@trabajape.example.pe"),
    subject="Confirma tu correo para activar tu cuenta",
    date="2026-01-05 22:40 -0500", struct="html", charset="utf-8", cte="7bit",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f2f5f9;padding:24px;">
<div style="max-width:480px;margin:0 auto;background:#fff;padding:24px;border-radius:6px;">
<img src="https://static.trabajape.example.pe/mail/logo.png" alt="TrabajaPe" width="120">
<p>Hola Camila,</p>
<p>Gracias por registrarte en TrabajaPe. Para activar tu cuenta y empezar a postular, confirma tu correo haciendo clic en el siguiente enlace:</p>
<p><a href="https://www.trabajape.example.pe/cuenta/confirmar?t=a8f1c2e9" style="background:#0057b8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Confirmar mi correo</a></p>
<p style="font-size:12px;color:#888;">Si no creaste esta cuenta, ignora este mensaje. El enlace vence en 48 horas.</p>
</div>
<img src="https://mail.trabajape.example.pe/open/conf-a8f1.gif" width="1" height="1" alt="">
</body></html>
""",
)

_ENCUESTA_INTRO = """Cuéntanos cómo fue tu experiencia

Cordial saludo, Camila.

En Banco Cafetero del Valle queremos mejorar continuamente nuestros procesos de selección. Recientemente participaste en uno de ellos y tu opinión es muy valiosa para nosotros, sin importar el resultado.

La encuesta es anónima y toma menos de 3 minutos."""
_ENCUESTA_ITEMS = [
    ("Responder la encuesta", "5 preguntas sobre la comunicación, las entrevistas y los tiempos del proceso.", "https://encuestas.bancafevalle.example.co/s/seleccion-2026?r=c2Vj"),
]
add(
    kind="other", scen="encuesta_experiencia_candidato", lang="es", company="", contact="",
    frm=("Banco Cafetero del Valle - Encuestas", "encuestas-noreply@bancafevalle.example.co"),
    subject="¿Cómo fue tu experiencia en nuestro proceso de selección?",
    date="2026-04-28 08:00 -0500", struct="alt", charset="utf-8", cte="quoted-printable",
    text=digest_text(_ENCUESTA_INTRO, _ENCUESTA_ITEMS,
                     "Banco Cafetero del Valle S.A. · Calle 72 # 10-34, Bogotá D.C. · Este correo no recibe respuestas."),
    html=digest_html(brand="Banco Cafetero del Valle", accent="#6d3b1f",
                     logo="https://www.bancafevalle.example.co/mailing/logo-blanco.png",
                     logo_alt="Banco Cafetero del Valle", intro=_ENCUESTA_INTRO, items=_ENCUESTA_ITEMS,
                     footer=["Banco Cafetero del Valle S.A. · Calle 72 # 10-34, Bogotá D.C.",
                             "Este correo no recibe respuestas. Vigilado Superintendencia Financiera de Colombia."],
                     pixel_url="https://encuestas.bancafevalle.example.co/o/sel-2026.gif", lang="es"),
)

add(
    kind="other", scen="amigo_pide_referido", lang="es", company="",
    contact="andres.cardenas@correo.example.pe",
    frm=("Andrés Cárdenas", "andres.cardenas@correo.example.pe"),
    subject="una consulta",
    date="2026-08-25 13:14 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Cami, ¿qué tal todo?

Oye, vi que en tu banco abrieron una convocatoria para Analista de Fraude y me interesa bastante. ¿Tú podrías referirme por el programa de referidos? Te paso mi CV actualizado si te animas.

Si no se puede, no pasa nada, ¡igual te debo un café!

Abrazo,
Andrés
""",
)

_EGRESADOS_INTRO = """Boletín Egresados UPPS – Agosto 2026

Estimada egresada:

Te presentamos las novedades de nuestra comunidad: convocatorias laborales abiertas para egresados, cursos de especialización con descuento y la invitación a la ceremonia de reencuentro de las promociones 2010-2016."""
_EGRESADOS_ITEMS = [
    ("Convocatorias abiertas para egresados", "Analista de Inteligencia Institucional (UPPS), Asistente de Investigación, y 18 ofertas de empresas aliadas.", "https://egresados.upps.example.pe/bolsa?utm_source=boletin-ago"),
    ("Diplomado en Analítica de Datos con 30% de descuento", "Inicio: 5 de septiembre, modalidad virtual.", "https://posgrado.upps.example.pe/diplomado-analitica?utm_source=boletin-ago"),
    ("Reencuentro de egresados 2026", "Sábado 19 de septiembre, campus Los Olivos.", "https://egresados.upps.example.pe/reencuentro?utm_source=boletin-ago"),
]
add(
    kind="other", scen="boletin_egresados_convocatorias", lang="es", company="", contact="",
    frm=("Egresados UPPS", "egresados@upps.example.pe"),
    subject="Boletín Egresados UPPS – convocatorias abiertas y más",
    date="2026-08-14 18:00 -0500", struct="alt", charset="utf-8", cte="base64",
    headers={"List-Id": "Egresados UPPS <egresados.upps.example.pe>",
             "List-Unsubscribe": "<mailto:egresados@upps.example.pe?subject=baja>, <https://egresados.upps.example.pe/baja?u=c2Vj>",
             "Precedence": "bulk"},
    text=digest_text(_EGRESADOS_INTRO, _EGRESADOS_ITEMS,
                     "Oficina de Egresados · Universidad Privada del Pacífico Sur · Av. Universitaria 2150, Los Olivos\nDarse de baja: https://egresados.upps.example.pe/baja?u=c2Vj"),
    html=digest_html(brand="Egresados UPPS", accent="#8b0000",
                     logo="https://egresados.upps.example.pe/img/logo-blanco.png",
                     logo_alt="Universidad Privada del Pacífico Sur – Egresados", intro=_EGRESADOS_INTRO, items=_EGRESADOS_ITEMS,
                     footer=["Oficina de Egresados · Universidad Privada del Pacífico Sur · Av. Universitaria 2150, Los Olivos",
                             '<a href="https://egresados.upps.example.pe/baja?u=c2Vj" style="color:#999;">Darse de baja</a>'],
                     pixel_url="https://egresados.upps.example.pe/o/bol-ago.gif", lang="es"),
)

add(
    kind="other", scen="constancia_declaracion_recibida", lang="es", company="", contact="",
    frm=("Administración Nacional Tributaria", "constancias@ant.example.pe"),
    subject="Constancia de presentación - Declaración Anual Renta 2025",
    date="2026-03-27 22:48 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""ADMINISTRACIÓN NACIONAL TRIBUTARIA
CONSTANCIA DE PRESENTACIÓN

Formulario Virtual N° 1706 - Renta Anual 2025 Persona Natural
Número de orden: 1706-88420117
Contribuyente: HOFFMANN QUISPE CAMILA
Fecha de presentación: 27/03/2026 22:46:13

Su declaración ha sido recibida satisfactoriamente. Saldo a favor solicitado en devolución: S/ 412.00

La presente constancia no implica la aceptación del contenido de la declaración, el cual está sujeto a fiscalización posterior.

Este mensaje es generado automáticamente. No responda a este correo.
""",
)

add(
    kind="other", scen="consulado_entrevista_visado", lang="es", company="", contact="",
    frm=("Consulado General - Citas", "citas-noreply@consulado-lima.example.es"),
    subject="Confirmación de cita: entrevista para visado nacional",
    date="2026-10-07 09:15 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""CONSULADO GENERAL DE ESPAÑA EN LIMA - SECCIÓN DE VISADOS

Estimada Sra. HOFFMANN QUISPE, CAMILA:

Su solicitud de cita ha sido recibida y confirmada:

Trámite: Visado nacional - Residencia y trabajo por cuenta ajena
Fecha: martes 20 de octubre de 2026
Hora: 08:40
Lugar: Av. Jorge Basadre 498, San Isidro, Lima

El día de la cita deberá presentarse a la entrevista personal con su pasaporte original, la autorización de residencia y trabajo concedida, el certificado de antecedentes penales apostillado y el certificado médico. La no comparecencia supondrá la pérdida de la cita.

Este correo se genera automáticamente. Por favor, no responda a este mensaje.
""",
)

add(
    kind="other", scen="boletin_agencia_vacantes_semana", lang="es", company="", contact="",
    frm=("Hunters & Co. Selección", "boletin@hunterssel.example.co"),
    subject="🔥 15 vacantes de la semana: Analytics, BI y Data",
    date="2026-07-20 08:00 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://hunterssel.example.co/lista/baja?id=c2Vj>",
             "List-Id": "Vacantes Hunters <vacantes.hunterssel.example.co>",
             "Precedence": "bulk"},
    html="""<html><body style="margin:0;background:#f0f0f0;font-family:Verdana,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#111;padding:14px 20px;"><img src="https://hunterssel.example.co/img/hunters-logo-blanco.png" alt="Hunters &amp; Co. Selección" height="32"></td></tr>
<tr><td style="padding:18px 20px;font-size:13px;color:#333;">
<p>¡Hola, Camila! 👋 Estas son las vacantes que estamos moviendo esta semana. Si alguna te interesa (o conoces a alguien), ¡responde al formulario y te contactamos!</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:12px;border-collapse:collapse;">
<tr style="background:#ffd600;"><th align="left">Cargo</th><th align="left">Sector</th><th align="left">Ciudad</th></tr>
<tr><td><a href="https://hunterssel.example.co/v/2201?utm_source=boletin" style="color:#0044cc;">Analista de BI Sr.</a></td><td>Retail</td><td>Bogotá</td></tr>
<tr style="background:#f7f7f7;"><td><a href="https://hunterssel.example.co/v/2202?utm_source=boletin" style="color:#0044cc;">Data Analyst</a></td><td>Fintech</td><td>Medellín / remoto</td></tr>
<tr><td><a href="https://hunterssel.example.co/v/2203?utm_source=boletin" style="color:#0044cc;">Coordinador de Analítica</a></td><td>Seguros</td><td>Bogotá</td></tr>
<tr style="background:#f7f7f7;"><td><a href="https://hunterssel.example.co/v/2204?utm_source=boletin" style="color:#0044cc;">Analista de Planeación WFM</a></td><td>Contact center</td><td>Cali</td></tr>
</table>
<p><a href="https://hunterssel.example.co/vacantes?utm_source=boletin" style="color:#0044cc;font-weight:bold;">Ver las 15 vacantes →</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#999;background:#fafafa;">Hunters &amp; Co. Selección S.A.S. · Cra. 11 # 93-46, of. 502, Bogotá · Tratamiento de datos según Ley 1581 de 2012 · <a href="https://hunterssel.example.co/lista/baja?id=c2Vj" style="color:#999;">No quiero recibir más este boletín</a></td></tr>
</table></td></tr></table>
<img src="https://hunterssel.example.co/o/bol-0720.gif" width="1" height="1" alt="">
</body></html>
""",
)
