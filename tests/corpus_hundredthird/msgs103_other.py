"""Everything else: newsletters, alerts, other meanings of the words, friends, her own mail (hundredthird)."""

from __future__ import annotations

from msgs103_common import (
    ME,
    apple_quote,
    ats_table,
    gmail_quote,
    paras,
    tracked,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def list_headers(list_id: str, unsubscribe: str, post: bool = True) -> list[tuple[str, str]]:
    """Mailing-list headers as bulk senders set them."""
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsubscribe), ("Precedence", "bulk")]
    if post:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return headers


# =====================================================================================================
# English
# =====================================================================================================

# 1. Newsletter: bouncing back from rejection (multipart/alternative, list headers) -----------------
_PP = """THE PARALEGAL POST - Issue 212

This week: rejection, resilience and the 'no' that isn't personal

"Unfortunately, on this occasion you have not been successful." If you've been job-hunting this year, you've probably read that sentence more times than you'd like. We asked three heads of legal operations what actually happens behind a rejection email - and how to use it.

1. Ask for feedback within a week. Most firms will give it if you ask politely and quickly.
2. Track every application. A simple spreadsheet with dates, stages and outcomes stops you chasing the wrong people.
3. Don't read 'we're moving forward with other candidates' as 'you were bad'. Often it means someone internal was already lined up.

Read the full article: https://www.paralegalpost.example.co.uk/articles/rejection-resilience

ALSO IN THIS ISSUE
- Salary survey: what paralegals earn in Manchester, Leeds and Birmingham
- Moving into compliance: five transferable skills you already have
- Event: Northern Legal Ops Meetup, 14 May, Leeds

You're receiving this because you subscribed at paralegalpost.example.co.uk.
Unsubscribe: https://www.paralegalpost.example.co.uk/u/aoife-nb-3f1
"""
add({
    "key": "o_paralegal_post", "kind": "other", "scenario": "newsletter_rejection_resilience", "language": "en",
    "company": "", "contact": "",
    "frm": ("The Paralegal Post", "newsletter@paralegalpost.example.co.uk"), "mua": "ats",
    "subject": "Rejected again? What hiring managers wish you knew", "date": "2026-04-30 06:00",
    "charset": "utf-8", "cte": "quoted-printable", "text": _PP,
    "headers": list_headers("The Paralegal Post <weekly.paralegalpost.example.co.uk>",
                         "<https://www.paralegalpost.example.co.uk/u/aoife-nb-3f1>, <mailto:unsubscribe@paralegalpost.example.co.uk?subject=aoife-nb-3f1>"),
    "html": ats_table(
        f"""<p style="margin:0 0 6px 0;font-size:12px;color:#8a8f98;text-transform:uppercase;letter-spacing:1px;">Issue 212</p>
<h1 style="font-family:Georgia,serif;font-size:26px;line-height:32px;margin:0 0 16px 0;">Rejection, resilience and the 'no' that isn't personal</h1>
<p style="margin:0 0 14px 0;">"Unfortunately, on this occasion you have not been successful." If you've been job-hunting this year, you've probably read that sentence more times than you'd like. We asked three heads of legal operations what actually happens behind a rejection email &ndash; and how to use it.</p>
<ol style="margin:0 0 14px 18px;padding:0;"><li>Ask for feedback within a week.</li><li>Track every application.</li><li>Don't read 'we're moving forward with other candidates' as 'you were bad'.</li></ol>
<p style="margin:0 0 20px 0;"><a href="{tracked('https://click.paralegalpost.example.co.uk/t', 'https://www.paralegalpost.example.co.uk/articles/rejection-resilience', 'a1')}" style="color:#b4351a;font-weight:bold;">Read the full article &rarr;</a></p>
<h2 style="font-size:16px;margin:0 0 8px 0;">Also in this issue</h2>
<p style="margin:0 0 6px 0;"><a href="{tracked('https://click.paralegalpost.example.co.uk/t', 'https://www.paralegalpost.example.co.uk/salary-survey-2026', 'a2')}">Salary survey: what paralegals earn in Manchester, Leeds and Birmingham</a></p>
<p style="margin:0 0 6px 0;"><a href="{tracked('https://click.paralegalpost.example.co.uk/t', 'https://www.paralegalpost.example.co.uk/articles/into-compliance', 'a3')}">Moving into compliance: five transferable skills you already have</a></p>
<p style="margin:0 0 6px 0;"><a href="{tracked('https://click.paralegalpost.example.co.uk/t', 'https://www.paralegalpost.example.co.uk/events/legal-ops-leeds', 'a4')}">Event: Northern Legal Ops Meetup, 14 May, Leeds</a></p>""",
        title="The Paralegal Post", logo="https://www.paralegalpost.example.co.uk/img/pp-masthead.png",
        logo_alt="The Paralegal Post", accent="#b4351a", preheader="What happens behind a rejection email",
        footer=f"""You're receiving this because you subscribed at paralegalpost.example.co.uk.<br>
The Paralegal Post, Suite 4, 22 Dale Street, Manchester M1 1EZ.<br>
<a href="{tracked('https://click.paralegalpost.example.co.uk/t', 'https://www.paralegalpost.example.co.uk/u/aoife-nb-3f1', 'u')}" style="color:#7a8190;">Unsubscribe</a> &middot; <a href="https://www.paralegalpost.example.co.uk/preferences" style="color:#7a8190;">Update preferences</a>""",
        pixel="https://click.paralegalpost.example.co.uk/o/212-3f1.gif"),
})

# 2. Job-alert digest, HTML only -----------------------------------------------------------------
add({
    "key": "o_ljh_alert", "kind": "other", "scenario": "job_alert_digest", "language": "en",
    "company": "", "contact": "",
    "frm": ("LegalJobsHub Job Alerts", "alerts@mail.legaljobshub.example.co.uk"), "mua": "ats",
    "subject": "12 new jobs for \"compliance\" near Manchester", "date": "2026-03-23 07:02",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": list_headers("LegalJobsHub alerts <alerts.legaljobshub.example.co.uk>",
                         "<https://www.legaljobshub.example.co.uk/alerts/stop?a=551>"),
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;background:#1b2a4a;"><img src="https://www.legaljobshub.example.co.uk/img/ljh-logo-white.png" alt="LegalJobsHub" height="30"></td></tr>
<tr><td style="padding:20px 24px 4px 24px;font-size:15px;color:#222;">Hi Aoife, here are the latest jobs matching your alert <b>compliance &middot; Manchester + 25 miles</b>.</td></tr>
<tr><td style="padding:12px 24px;border-bottom:1px solid #eee;"><a href="https://www.legaljobshub.example.co.uk/r/c?d=job-56001&amp;a=551" style="font-size:16px;color:#1b6fd1;font-weight:bold;text-decoration:none;">Compliance Officer - Wealth Management</a><br><span style="font-size:13px;color:#555;">Ribble Wealth Partners &middot; Manchester &middot; &pound;38,000 - &pound;42,000</span></td></tr>
<tr><td style="padding:12px 24px;border-bottom:1px solid #eee;"><a href="https://www.legaljobshub.example.co.uk/r/c?d=job-56014&amp;a=551" style="font-size:16px;color:#1b6fd1;font-weight:bold;text-decoration:none;">Contracts &amp; Compliance Paralegal</a><br><span style="font-size:13px;color:#555;">Hallam &amp; Pryce LLP &middot; Manchester &middot; Competitive</span></td></tr>
<tr><td style="padding:12px 24px;border-bottom:1px solid #eee;"><a href="https://www.legaljobshub.example.co.uk/r/c?d=job-56020&amp;a=551" style="font-size:16px;color:#1b6fd1;font-weight:bold;text-decoration:none;">KYC Analyst (12-month FTC)</a><br><span style="font-size:13px;color:#555;">Northern Quay Bank &middot; Manchester &middot; &pound;30,000</span></td></tr>
<tr><td style="padding:12px 24px;border-bottom:1px solid #eee;"><a href="https://www.legaljobshub.example.co.uk/r/c?d=job-56033&amp;a=551" style="font-size:16px;color:#1b6fd1;font-weight:bold;text-decoration:none;">Regulatory Compliance Assistant</a><br><span style="font-size:13px;color:#555;">Stockport Homes Group &middot; Stockport &middot; &pound;27,500</span></td></tr>
<tr><td style="padding:16px 24px;"><a href="https://www.legaljobshub.example.co.uk/r/c?d=alert-551-all&amp;a=551" style="background:#1b6fd1;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">See all 12 jobs</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f7f7f7;">You set up this alert on 2 January 2026. <a href="https://www.legaljobshub.example.co.uk/alerts/edit?a=551" style="color:#888;">Edit alert</a> &middot; <a href="https://www.legaljobshub.example.co.uk/alerts/stop?a=551" style="color:#888;">Stop this alert</a><br>LegalJobsHub Ltd, 9 Albert Square, Manchester M2 5PE.</td></tr>
</table></td></tr></table>
<img src="https://mail.legaljobshub.example.co.uk/o/alert-551-0323.gif" width="1" height="1" alt="">
</body></html>
"""})

# 3. Career-advice newsletter: missed an interview? (alternative) ------------------------------------
_LCW = """LAW CAREERS WEEKLY

Missed an interview? Here's how to recover

It happens more often than you'd think: a train cancellation, a calendar invite in the wrong time zone, a Teams link that never arrived. Recruiters told us the candidates who recover are the ones who get in touch the same day, apologise without over-explaining, and offer two concrete alternative times.

What not to do: go silent, or wait for the employer to chase you. "We waited for you at reception" is not an email you want to leave unanswered.

Also this week:
* Interview invitations: how to read between the lines
* Why 'no news' after four weeks usually means no
* Offer negotiation for paralegals moving into compliance

Read online: https://lawcareersweekly.example.com/issues/2026-06-11

Law Careers Weekly is published by Brief Media Ltd. Manage your subscription: https://lawcareersweekly.example.com/subscription
"""
add({
    "key": "o_lcw_missed", "kind": "other", "scenario": "newsletter_missed_interview_advice", "language": "en",
    "company": "", "contact": "",
    "frm": ("Law Careers Weekly", "hello@lawcareersweekly.example.com"), "mua": "ats",
    "subject": "Missed an interview? Here's how to recover", "date": "2026-06-11 07:30",
    "charset": "utf-8", "cte": "quoted-printable", "text": _LCW,
    "headers": list_headers("Law Careers Weekly <lcw.lawcareersweekly.example.com>",
                         "<mailto:leave-lcw-7731@lawcareersweekly.example.com>, <https://lawcareersweekly.example.com/subscription?u=7731>"),
    "html": """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#fffdf7;">
<div style="max-width:620px;margin:0 auto;font-family:Georgia,'Times New Roman',serif;color:#1d1d1d;padding:24px;">
<p style="font-family:Arial,sans-serif;font-size:11px;letter-spacing:2px;color:#9b7b2f;">LAW CAREERS WEEKLY &middot; 11 JUNE 2026</p>
<h1 style="font-size:28px;line-height:34px;">Missed an interview? Here's how to recover</h1>
<p>It happens more often than you'd think: a train cancellation, a calendar invite in the wrong time zone, a Teams link that never arrived. Recruiters told us the candidates who recover are the ones who get in touch the same day, apologise without over-explaining, and offer two concrete alternative times.</p>
<p>What not to do: go silent, or wait for the employer to chase you. <em>"We waited for you at reception"</em> is not an email you want to leave unanswered.</p>
<h3 style="font-family:Arial,sans-serif;font-size:14px;">Also this week</h3>
<ul><li><a href="https://lnk.lawcareersweekly.example.com/c/1?u=7731">Interview invitations: how to read between the lines</a></li>
<li><a href="https://lnk.lawcareersweekly.example.com/c/2?u=7731">Why 'no news' after four weeks usually means no</a></li>
<li><a href="https://lnk.lawcareersweekly.example.com/c/3?u=7731">Offer negotiation for paralegals moving into compliance</a></li></ul>
<p><a href="https://lnk.lawcareersweekly.example.com/c/web?u=7731">Read online</a></p>
<hr style="border:none;border-top:1px solid #e6dfcc;">
<p style="font-family:Arial,sans-serif;font-size:11px;color:#888;">Law Careers Weekly is published by Brief Media Ltd, 5 New Street Square, London EC4A 3BF. Registered in England No. 10293847.<br>
<a href="https://lawcareersweekly.example.com/subscription?u=7731" style="color:#888;">Manage your subscription</a> &middot; <a href="https://lawcareersweekly.example.com/unsubscribe?u=7731" style="color:#888;">Unsubscribe</a></p>
<img src="https://lnk.lawcareersweekly.example.com/o/7731-0611.gif" width="1" height="1" alt="">
</div></body></html>
"""})

# 4. Podcast host wants to interview her ----------------------------------------------------------
add({
    "key": "o_podcast", "kind": "other", "scenario": "podcast_interview_request", "language": "en",
    "company": "", "contact": "rhys@contractsuncovered.example.com",
    "frm": ("Rhys Pugh", "rhys@contractsuncovered.example.com"), "mua": "gmail",
    "subject": "Contracts Uncovered podcast - would you be a guest?", "date": "2026-05-27 13:12",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

I host Contracts Uncovered, a fortnightly podcast about the unglamorous side of commercial law - playbooks, redlines, and the people who actually keep contracts moving. Your post on the Legal Ops North forum about building a clause library from scratch as a paralegal got a lot of attention.

Would you be up for being interviewed for an episode? It's a relaxed 40-minute conversation recorded over Riverside, and we'd edit it down to about 30 minutes. No prep needed beyond having a decent microphone (or we can post you one).

We're recording in the weeks of 15 and 22 June. Let me know if you're interested and I'll send over some dates.

Cheers,
Rhys

Rhys Pugh | Host, Contracts Uncovered
contractsuncovered.example.com | @contractsuncovered
"""})

# 5. User-research interview at a legal-tech company (alternative) --------------------------------
_UR = """Hi Aoife,

I'm Maya, a user researcher at Clausewise. We're talking to paralegals and contract managers about how they track renewals and obligations, and your name came up through our community Slack.

Would you be willing to take part in a 45-minute research interview over Zoom? There are no right or wrong answers - we just want to understand how you work today. As a thank you, we'll send you a £40 voucher.

You can pick a time here: https://calendly.example.com/clausewise-research/45min

Thanks so much,
Maya Lindqvist
Senior User Researcher, Clausewise
"""
add({
    "key": "o_user_research", "kind": "other", "scenario": "user_research_interview", "language": "en",
    "company": "", "contact": "maya.lindqvist@clausewise.example.com",
    "frm": ("Maya Lindqvist", "maya.lindqvist@clausewise.example.com"), "mua": "generic",
    "subject": "Research interview: how do you track contract renewals? (£40 voucher)", "date": "2026-07-08 10:45",
    "charset": "utf-8", "cte": "quoted-printable", "text": _UR,
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;">""" + paras(_UR) + """
<p style="font-size:11px;color:#999;">Clausewise Ltd, 3rd Floor, 20 Old Street, London EC1V 9AB. You can opt out of research invitations at any time by replying STOP.</p></div>
"""})

# 6. Navigation app: "your position" (alternative) ---------------------------------------------------
_WAYMARK = """Waymark

We couldn't update your position

Your shared location with "Family" hasn't been updated for 6 hours. This can happen when Location Services are turned off or Battery Saver is on.

Check your settings: https://waymark.example.com/help/location

You're receiving this because location sharing is on. Manage notifications in the app.
Waymark Technologies Ltd, 1 Bank Street, London E14 4SE
"""
add({
    "key": "o_gps_position", "kind": "other", "scenario": "navigation_app_position", "language": "en",
    "company": "", "contact": "",
    "frm": ("Waymark", "notifications@waymark.example.com"), "mua": "ats",
    "subject": "We couldn't update your position", "date": "2026-08-22 18:44",
    "charset": "utf-8", "cte": "quoted-printable", "text": _WAYMARK,
    "html": """<html><body style="margin:0;background:#f3f6f9;font-family:Roboto,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px;">
<tr><td style="padding:24px 24px 0 24px;"><img src="https://waymark.example.com/img/waymark-pin.png" alt="Waymark" width="40"></td></tr>
<tr><td style="padding:12px 24px;font-size:20px;font-weight:bold;color:#0b3d5c;">We couldn't update your position</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;line-height:21px;color:#34495e;">Your shared location with <b>Family</b> hasn't been updated for 6 hours. This can happen when Location Services are turned off or Battery Saver is on.</td></tr>
<tr><td style="padding:0 24px 24px 24px;"><a href="https://waymark.example.com/r?to=help-location&amp;n=99f" style="background:#0b84d8;color:#fff;padding:10px 16px;border-radius:20px;text-decoration:none;font-size:14px;">Check your settings</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#95a5a6;border-top:1px solid #eee;">You're receiving this because location sharing is on. Waymark Technologies Ltd, 1 Bank Street, London E14 4SE.</td></tr>
</table></td></tr></table></body></html>
"""})

# 7. Ticket queue: "your position in the queue" -------------------------------------------------
add({
    "key": "o_queue_position", "kind": "other", "scenario": "ticket_queue_position", "language": "en",
    "company": "", "contact": "",
    "frm": ("Heaton Park Live Tickets", "no-reply@queue.heatonparklive.example.co.uk"), "mua": "generic",
    "subject": "You're in the queue - position 1,482", "date": "2026-01-30 09:01",
    "charset": "us-ascii", "cte": "7bit",
    "text": """HEATON PARK LIVE 2026 - GENERAL SALE

You're in the queue.

Your position: 1,482
Estimated wait: 12 minutes

Please keep this window open. When it's your turn you will have 10 minutes to choose your tickets. Refreshing the page may cause you to lose your position in the queue.

Queue ID: HPL-7F3K-22QA

This is an automated message. Please do not reply.
"""})

# 8. Courier: "Unfortunately your package is delayed" (alternative) -----------------------------
_PARCEL = """Hi Aoife,

Unfortunately your parcel is delayed.

Tracking number: SW7 2291 4480 GB
From: Ryman Stationery

Due to high volumes at our Warrington hub, your parcel will now arrive on Thursday 15 October between 10:00 and 14:00. We're sorry for the inconvenience.

Track your parcel: https://track.swiftpost.example.co.uk/SW722914480GB

SwiftPost Ltd. Please don't reply to this email - we can't read replies.
"""
add({
    "key": "o_package_delayed", "kind": "other", "scenario": "parcel_delayed_unfortunately", "language": "en",
    "company": "", "contact": "",
    "frm": ("SwiftPost", "updates@swiftpost.example.co.uk"), "mua": "ats",
    "subject": "Unfortunately your parcel is delayed", "date": "2026-10-13 16:20",
    "charset": "utf-8", "cte": "quoted-printable", "text": _PARCEL,
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#fafafa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e5e5e5;">
<tr><td style="background:#ffd100;padding:14px 20px;"><img src="https://www.swiftpost.example.co.uk/img/swiftpost.png" alt="SwiftPost" height="26"></td></tr>
<tr><td style="padding:20px;font-size:15px;color:#222;line-height:22px;">
<p>Hi Aoife,</p>
<p style="font-size:20px;font-weight:bold;">Unfortunately your parcel is delayed.</p>
<p>Tracking number: <b>SW7 2291 4480 GB</b><br>From: Ryman Stationery</p>
<p>Due to high volumes at our Warrington hub, your parcel will now arrive on <b>Thursday 15 October between 10:00 and 14:00</b>. We're sorry for the inconvenience.</p>
<p><a href="https://track.swiftpost.example.co.uk/SW722914480GB" style="background:#111;color:#fff;padding:10px 16px;text-decoration:none;">Track your parcel</a></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888;">SwiftPost Ltd. Please don't reply to this email &ndash; we can't read replies. <a href="https://www.swiftpost.example.co.uk/preferences" style="color:#888;">Notification preferences</a></td></tr>
</table></td></tr></table>
<img src="https://track.swiftpost.example.co.uk/o/e1.gif" width="1" height="1" alt="">
</body></html>
"""})

# 9. Bank: loan "application received" (alternative) --------------------------------------------
_KESTREL = """Dear Ms Nakamura-Brennan,

Thank you for your personal loan application.

Application reference: PL-88214032
Amount requested: £6,000 over 36 months

We've received your application and are reviewing it. Most decisions are made within one working day; we'll email you as soon as we have an answer. You don't need to do anything right now.

Kestrel Bank
Kestrel Bank is a trading name of Kestrel Bank plc. Authorised by the PRA and regulated by the FCA and the PRA. Please do not reply to this email.
"""
add({
    "key": "o_loan_received", "kind": "other", "scenario": "bank_loan_application_received", "language": "en",
    "company": "", "contact": "",
    "frm": ("Kestrel Bank", "no-reply@kestrelbank.example.co.uk"), "mua": "ats",
    "subject": "We've received your loan application", "date": "2026-08-03 20:37",
    "charset": "utf-8", "cte": "quoted-printable", "text": _KESTREL,
    "html": ats_table(paras(_KESTREL), title="Kestrel Bank", logo="https://www.kestrelbank.example.co.uk/img/kestrel-logo.png",
                   logo_alt="Kestrel Bank", accent="#00857c",
                   footer="""Kestrel Bank plc, 40 Temple Street, Birmingham B2 5DP. Registered in England No. 02881133. We will never ask for your PIN or password by email."""),
})

# 10. Credit card application declined -----------------------------------------------------------
add({
    "key": "o_card_declined", "kind": "other", "scenario": "credit_card_declined", "language": "en",
    "company": "", "contact": "",
    "frm": ("Marlowe Money", "decisions@marlowemoney.example.co.uk"), "mua": "generic",
    "subject": "Your Marlowe credit card application", "date": "2026-02-27 11:13",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Aoife Nakamura-Brennan

Thank you for applying for a Marlowe Everyday credit card.

We're sorry to tell you that we are unable to accept your application at this time. Our decision was based on information from your application and from the credit reference agency TransUnion, including the length of your address history in the UK.

You can ask TransUnion for a free copy of your credit report. You can also ask us to review our decision by calling 0345 555 0172 within 28 days.

Yours sincerely

Credit Decisions Team
Marlowe Money

Marlowe Money is a trading name of Marlowe Financial Services Ltd, authorised and regulated by the Financial Conduct Authority (FRN 701882).
"""})

# 11. Letting agent: flat application refused (negotiator writes personally) ----------------------
add({
    "key": "o_flat_refused", "kind": "other", "scenario": "flat_application_not_proceeding", "language": "en",
    "company": "", "contact": "ollie.grant@rowanlettings.example.co.uk",
    "frm": ("Ollie Grant", "ollie.grant@rowanlettings.example.co.uk"), "mua": "outlook",
    "subject": "Flat 3, 22 Wilmslow Road - your application", "date": "2026-09-18 17:49",
    "charset": "windows-1252", "cte": "quoted-printable",
    "text": """Hi Aoife,

Thanks for viewing Flat 3 on Tuesday and for getting your holding deposit form back so quickly.

Unfortunately the landlord has decided not to proceed with your application \u2013 they\u2019ve accepted an offer from applicants who can move in on 1 October and take a 12-month term, rather than the 6-month break clause you asked for. As no holding deposit was taken, there\u2019s nothing to refund.

We\u2019ve got a couple of similar one-beds coming up in Fallowfield and Withington next week; shall I put you down for viewings?

Kind regards,
Ollie

Ollie Grant | Lettings Negotiator | Rowan Lettings
418 Wilmslow Road, Manchester M20 3BW | 0161 496 0914
Rowan Lettings is a member of ARLA Propertymark and a client money protection scheme.
"""})

# 12. Friend tells about her own rejection (Gmail thread) --------------------------------------------
add({
    "key": "o_friend_rejection", "kind": "other", "scenario": "friend_own_rejection", "language": "en",
    "company": "", "contact": "niamh.oshea@example.ie",
    "frm": ("Niamh O'Shea", "niamh.oshea@example.ie"), "mua": "gmail",
    "subject": "Re: how did it go??", "date": "2026-03-13 22:16", "tz": "Europe/Dublin",
    "charset": "utf-8", "cte": "quoted-printable",
    "refs": ["<F0B3D6A2-77C1-4E5A-9B08-2C4D1E6F3A90@example.co.uk>"],
    "text": """Ugh, not great. They rang me this afternoon - I didn't get it. "We've decided to go with a candidate with more private practice experience", which is hilarious given I've done five years in private practice. I think they had an internal person lined up from the start tbh.

Anyway I'm grand, I've another interview with a fund admin place on Tuesday so fingers crossed. How did YOUR Glasgow one go?? Tell me everything.

N x

""" + gmail_quote("Fri, 13 Mar 2026 at 19:40", "Aoife Nakamura-Brennan", "aoife.nb@example.co.uk",
                  """Niamh!! Did you hear back from the Ballsbridge firm yet? Thinking of you.

A x""")})

# 13. Friend tells about his own interview (iPhone) -----------------------------------------------
add({
    "key": "o_friend_interview", "kind": "other", "scenario": "friend_own_interview", "language": "en",
    "company": "", "contact": "cormac.byrne@example.co.uk",
    "frm": ("Cormac Byrne", "cormac.byrne@example.co.uk"), "mua": "iphone",
    "subject": "guess who has an interview", "date": "2026-05-02 10:26",
    "charset": "utf-8", "cte": "7bit",
    "text": """Me!! Got an email last night inviting me to interview at the Co-op Legal place in Manchester, Thursday at 10. First one in months.

Can I pick your brain tonight? You've done about a hundred of these this year. Pint at the Briton's Protection, 7ish? My round.

C

Sent from my iPhone
"""})

# 14. Her own sent mail: following up --------------------------------------------------------------
add({
    "key": "o_own_followup", "kind": "other", "scenario": "own_sent_following_up", "language": "en",
    "company": "", "contact": "",
    "frm": ME, "to": [("Grace Lyons", "grace.lyons@halcyonsearch.example.com")], "mua": "apple",
    "subject": "Following up", "date": "2026-08-10 09:05",
    "charset": "utf-8", "cte": "7bit", "refs": ["k_halcyon_web"],
    "text": """Hi Grace,

I hope you're well. I applied for the Compliance Manager - Insurance role (HS-4471) through your website a couple of weeks ago and wanted to follow up to check whether my application had reached you, and whether there is anything else you need from me.

I'd be very happy to have a quick call this week if that's easier.

Kind regards,
Aoife Nakamura-Brennan
07700 900 261
"""})

# 15. Her own sent mail: declining an offer (quoted offer must not count) ---------------------------
add({
    "key": "o_own_decline_offer", "kind": "other", "scenario": "own_sent_declines_offer_quoted", "language": "en",
    "company": "", "contact": "",
    "frm": ME, "to": [("Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk")], "mua": "apple",
    "subject": "Re: Offer of employment - Compliance Monitoring Analyst", "date": "2026-04-08 20:31",
    "charset": "utf-8", "cte": "quoted-printable", "refs": ["o_cairn_letter"],
    "text": """Dear Fiona,

Thank you so much for the offer and for all your help throughout the process. I've thought about it very carefully over the past week and, with real regret, I've decided not to accept. For family reasons I'm not able to relocate to Glasgow this year, and I don't think it would be fair to the team to start a role I might not be able to commit to.

Please pass on my thanks to Euan - I genuinely enjoyed meeting you both, and I hope our paths cross again.

Kind regards,
Aoife

""" + apple_quote("1 Apr 2026, at 10:28", "Fiona MacLeod", "fiona.macleod@cairnassurance.example.co.uk",
                  """Dear Aoife,

Following Euan's call yesterday, I am delighted to formally offer you the position of Compliance Monitoring Analyst at Cairn Assurance, based at Cairn House in Glasgow.

Your offer letter is attached. [...] Please sign and return the acceptance form on page 2 by Friday 10 April.

Fiona MacLeod
HR Business Partner""")})

# 16. Her own sent mail: speculative CV with a PDF (multipart/mixed) ---------------------------------
add({
    "key": "o_own_speculative_cv", "kind": "other", "scenario": "own_sent_speculative_cv_pdf", "language": "en",
    "company": "", "contact": "",
    "frm": ME, "to": [("Careers", "careers@clydekelvin.example.co.uk")], "mua": "apple",
    "mid": "<6E1B0C44-9A2F-4C7B-8E11-5D3F2A9B7C10@example.co.uk>",
    "subject": "Speculative application - paralegal / compliance", "date": "2026-01-19 20:48",
    "charset": "utf-8", "cte": "7bit",
    "text": """Dear Sir or Madam,

I am a paralegal with four years' experience in a Manchester commercial firm and am looking to move into a compliance or contract management role in Glasgow from the spring. I would be very grateful if you would consider me for any suitable vacancies, now or in the future. My CV is attached.

With best wishes,
Aoife Nakamura-Brennan
""",
    "attachments": [{"filename": "CV_Aoife_Nakamura-Brennan_2026.pdf", "title": "Curriculum vitae", "pdf": [
        "AOIFE NAKAMURA-BRENNAN",
        "Manchester | aoife.nb@example.co.uk | 07700 900 261",
        "",
        "PROFILE",
        "Paralegal with four years' experience in commercial contracts, client",
        "onboarding and AML file reviews, moving into compliance and contract management.",
        "",
        "EXPERIENCE",
        "2022 - present  Paralegal, Commercial & Regulatory, Manchester",
        "2021 - 2022     Legal Assistant (temp), Leeds",
        "",
        "EDUCATION",
        "LLB Law with French, University of Leeds (2:1)",
        "Languages: English (native), French (C1), Spanish (B2), German (B1)",
    ]}]})

# 17. Out-of-office from a recruiter (Auto-Submitted) ----------------------------------------------
add({
    "key": "o_ooo_recruiter", "kind": "other", "scenario": "out_of_office_recruiter", "language": "en",
    "company": "", "contact": "dan.okoro@sterlingbridge.example.co.uk",
    "frm": ("Dan Okoro", "dan.okoro@sterlingbridge.example.co.uk"), "mua": "outlook",
    "subject": "Automatic reply: CV - updated version", "date": "2026-08-24 08:00",
    "charset": "us-ascii", "cte": "7bit",
    "refs": ["<2C8E4F1A-90B3-4D7E-A615-3F0C9B2E7D48@example.co.uk>"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """Thank you for your email. I am on annual leave until Tuesday 1st September with limited access to email.

For anything urgent, please contact the Sterling Bridge Leeds office on 0113 496 0900 or email leeds@sterlingbridge.example.co.uk and one of the team will help.

Dan Okoro
Principal Consultant | Sterling Bridge Legal Recruitment
"""})

# 18. Recruiter cold outreach, no interview -------------------------------------------------------
add({
    "key": "o_cold_outreach", "kind": "other", "scenario": "recruiter_cold_outreach", "language": "en",
    "company": "", "contact": "priyanka.shah@northstarlegal.example.co.uk",
    "frm": ("Priyanka Shah", "priyanka.shah@northstarlegal.example.co.uk"), "mua": "outlook",
    "subject": "Contract compliance roles - open to a chat?", "date": "2026-06-24 12:37",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

I came across your profile and your background in supplier contracts and AML reviews stood out. I specialise in compliance and legal operations roles across the North West and Yorkshire, mostly in financial services and utilities.

I'm not working on anything specific for you right now, but I'd love to understand what you're looking for so I can keep you in mind - a lot of my roles never get advertised.

Would you be open to a 15-minute call this week or next?

Best,
Priyanka

Priyanka Shah
Senior Consultant, Compliance & Legal Ops
Northstar Legal Talent | Manchester
07700 900 734 | northstarlegal.example.co.uk
"""})

# 19. Agency mass mailing, exclamation-heavy, HTML only ---------------------------------------------
add({
    "key": "o_hot_jobs", "kind": "other", "scenario": "agency_mass_mailing_hot_jobs", "language": "en",
    "company": "", "contact": "",
    "frm": ("Pronto Staffing", "jobs@mailer.prontostaffing.example.co.uk"), "mua": "ats",
    "subject": "\U0001F525 HOT JOBS THIS WEEK!!! Legal temps needed NOW in Leeds & Manchester \U0001F525", "date": "2026-02-16 08:15",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": list_headers("Pronto Staffing Candidates <candidates.prontostaffing.example.co.uk>",
                         "<https://mailer.prontostaffing.example.co.uk/unsub?c=k8812>"),
    "html": """<html><body style="margin:0;background:#222;font-family:Verdana,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ff2e63;padding:20px;text-align:center;"><img src="https://mailer.prontostaffing.example.co.uk/img/pronto-logo.png" alt="PRONTO STAFFING" height="40"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#111;">
<h1 style="color:#ff2e63;font-size:26px;text-align:center;">WE NEED YOU!!!</h1>
<p style="text-align:center;">Our clients are crying out for legal temps - start dates THIS WEEK!!</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;">
<tr style="background:#fff0f4;"><td><b>Conveyancing Assistant</b> - Leeds - &pound;14.50/hr - START MONDAY!</td><td><a href="https://mailer.prontostaffing.example.co.uk/c?j=901&amp;c=k8812">APPLY</a></td></tr>
<tr><td><b>Litigation Paralegal</b> - Manchester - &pound;15.20/hr - 3 months+</td><td><a href="https://mailer.prontostaffing.example.co.uk/c?j=902&amp;c=k8812">APPLY</a></td></tr>
<tr style="background:#fff0f4;"><td><b>Compliance Admin</b> - Bradford - &pound;13.90/hr - temp to perm!!</td><td><a href="https://mailer.prontostaffing.example.co.uk/c?j=903&amp;c=k8812">APPLY</a></td></tr>
</table>
<p style="text-align:center;font-weight:bold;">Refer a friend and get &pound;250!!! \U0001F4B8</p>
</td></tr>
<tr><td style="padding:14px;font-size:10px;color:#777;background:#f4f4f4;">Pronto Staffing Ltd, 2 Wellington Street, Leeds LS1 4DL. You are receiving this email because you registered with Pronto Staffing. <a href="https://mailer.prontostaffing.example.co.uk/unsub?c=k8812" style="color:#777;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://mailer.prontostaffing.example.co.uk/o/k8812-0216.gif" width="1" height="1" alt="">
</body></html>
"""})

# 20. Professional network notification, HTML only ------------------------------------------------
add({
    "key": "o_profile_views", "kind": "other", "scenario": "network_profile_views", "language": "en",
    "company": "", "contact": "",
    "frm": ("LinkedUp", "notifications-noreply@linkedup.example.com"), "mua": "ats",
    "subject": "Aoife, you appeared in 14 searches this week", "date": "2026-05-18 05:12",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://www.linkedup.example.com/e/unsub?t=wkly-ann>")],
    "html": """<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,'Segoe UI',Roboto,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:16px 24px;"><img src="https://static.linkedup.example.com/mail/logo.png" alt="LinkedUp" height="22"></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:20px;color:#191919;">You appeared in 14 searches this week</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#666;">People from Northern Quay Bank, Hallam &amp; Pryce and 3 other companies found you through: <b>compliance</b>, <b>contract manager</b>.</td></tr>
<tr><td style="padding:0 24px 24px 24px;"><a href="https://www.linkedup.example.com/comm/me/search-appearances?trk=eml-wkly" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;font-weight:600;">See all searches</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#888;border-top:1px solid #eee;">This email was intended for Aoife Nakamura-Brennan (Paralegal | Commercial contracts &amp; compliance). <a href="https://www.linkedup.example.com/e/unsub?t=wkly-ann" style="color:#888;">Unsubscribe</a> &middot; <a href="https://www.linkedup.example.com/help" style="color:#888;">Help</a><br>&copy; 2026 LinkedUp Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table>
<img src="https://www.linkedup.example.com/emimp/wkly-ann.png" width="1" height="1" alt="">
</body></html>
"""})

# 21. Agency webinar about interviews (alternative, list headers) ----------------------------------
_WEBINAR = """Ace your next interview - free webinar

Thursday 9 July, 12:30-13:15 (BST), online

Interview invitation in your inbox? Our panel of hiring partners and in-house counsel will share what they really look for in competency interviews, how to answer "tell me about a time you failed", and how to handle salary questions before you get an offer.

Register free: https://events.sterlingbridge.example.co.uk/ace-your-interview

Can't make it live? Register anyway and we'll send you the recording.

Sterling Bridge Legal Recruitment
Unsubscribe from marketing emails: https://events.sterlingbridge.example.co.uk/unsub?e=ann
"""
add({
    "key": "o_webinar_interview", "kind": "other", "scenario": "agency_webinar_interview_skills", "language": "en",
    "company": "", "contact": "",
    "frm": ("Sterling Bridge Legal Recruitment", "events@sterlingbridge.example.co.uk"), "mua": "ats",
    "subject": "Interview coming up? Join our free webinar on 9 July", "date": "2026-06-29 11:00",
    "charset": "windows-1252", "cte": "quoted-printable", "text": _WEBINAR,
    "headers": list_headers("Sterling Bridge Events <events.sterlingbridge.example.co.uk>",
                         "<https://events.sterlingbridge.example.co.uk/unsub?e=ann>"),
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;background:#0e2433;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td><img src="https://events.sterlingbridge.example.co.uk/img/ace-banner.jpg" alt="Ace your next interview - free webinar" width="600" style="display:block;"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222;">
<p><b>Thursday 9 July, 12:30\u201313:15 (BST), online</b></p>
<p>Interview invitation in your inbox? Our panel of hiring partners and in-house counsel will share what they really look for in competency interviews, how to answer \u201ctell me about a time you failed\u201d, and how to handle salary questions before you get an offer.</p>
<p style="text-align:center;"><a href="https://events.sterlingbridge.example.co.uk/ace-your-interview?utm_source=email&amp;utm_medium=newsletter" style="background:#c9a227;color:#0e2433;padding:12px 24px;font-weight:bold;text-decoration:none;">Register free</a></p>
<p>Can\u2019t make it live? Register anyway and we\u2019ll send you the recording.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f3f3f3;">Sterling Bridge Legal Recruitment Ltd. Registered in England No. 08812234. <a href="https://events.sterlingbridge.example.co.uk/unsub?e=ann" style="color:#888;">Unsubscribe from marketing emails</a></td></tr>
</table></td></tr></table>
<img src="https://events.sterlingbridge.example.co.uk/o/ann-0629.gif" width="1" height="1" alt="">
</body></html>
"""})

# 22. Journalist: press interview request --------------------------------------------------------
add({
    "key": "o_press_interview", "kind": "other", "scenario": "journalist_press_interview", "language": "en",
    "company": "", "contact": "k.adeyemi@eveningchronicle.example.co.uk",
    "frm": ("Kemi Adeyemi", "k.adeyemi@eveningchronicle.example.co.uk"), "mua": "outlook",
    "subject": "Interview request - feature on paralegal pay in Manchester", "date": "2026-03-26 14:09",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

I'm a business reporter at the Manchester Evening Chronicle. I'm putting together a feature on pay and progression for paralegals in the city, and a colleague at the Manchester Law Society suggested I speak to you after your talk at their careers evening.

Would you be willing to be interviewed for the piece? It would be a 20-minute phone call, and I'm happy for you to be quoted anonymously or by first name only if you'd prefer. My deadline is next Thursday.

Many thanks,
Kemi

Kemi Adeyemi
Business Reporter
Manchester Evening Chronicle
T: 0161 496 0350 | @kemi_writes
"""})

# 23. Course application received (not a job) -------------------------------------------------------
add({
    "key": "o_course_application", "kind": "other", "scenario": "course_application_received", "language": "en",
    "company": "", "contact": "",
    "frm": ("Institute of Compliance Professionals", "admissions-noreply@icp.example.org.uk"), "mua": "generic",
    "subject": "Application received - Certificate in Regulatory Compliance (Sept 2026 intake)", "date": "2026-06-06 09:47",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Dear Aoife

Thank you for applying for the ICP Certificate in Regulatory Compliance, September 2026 intake (online, part-time).

We have received your application and supporting documents. Our admissions team will check your eligibility and you will receive a decision within 10 working days. If your application is successful, you will be asked to pay the course fee of £1,395 to secure your place.

Please do not reply to this email. For questions about the programme, please use the enquiry form on our website.

Admissions Team
Institute of Compliance Professionals
Registered charity no. 1109984
"""})

# 24. Networking follow-up from a compliance manager -------------------------------------------------
add({
    "key": "o_networking_coffee", "kind": "other", "scenario": "networking_follow_up", "language": "en",
    "company": "", "contact": "helen.marsh@example.co.uk",
    "frm": ("Helen Marsh", "helen.marsh@example.co.uk"), "mua": "gmail",
    "subject": "Great to meet you last night", "date": "2026-02-06 08:41",
    "charset": "utf-8", "cte": "7bit",
    "text": """Hi Aoife,

Lovely to meet you at the compliance networking evening at the Midland last night. As promised, here's my personal email.

I made the jump from paralegal to compliance about six years ago and I'm very happy to tell you how I did it, what I'd do differently and which qualifications were actually worth it. Coffee near Piccadilly one lunchtime next week?

Best,
Helen

(Head of Compliance at a Manchester building society, but writing in a personal capacity!)
"""})

# 25. ATS candidate account created (not an application), HTML only --------------------------------
add({
    "key": "o_ats_account", "kind": "other", "scenario": "ats_candidate_account_created", "language": "en",
    "company": "", "contact": "",
    "frm": ("Kingsway Retail Bank Careers", "kingsway@myworkday.com"), "mua": "ats",
    "subject": "Your candidate account has been created", "date": "2026-05-24 15:31",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Hello,</p>
<p style="margin:0 0 14px 0;">A candidate account has been created for <strong>aoife.nb@example.co.uk</strong> on the Kingsway Retail Bank careers site.</p>
<p style="margin:0 0 14px 0;">Please verify your email address to complete your registration. The verification link expires in 24 hours.</p>
<p style="margin:0 0 14px 0;"><a href="https://kingsway.wd3.myworkday.com/kingsway/login.htmld?verify=7d1f" style="color:#6d2077;font-weight:bold;">Verify my email address</a></p>
<p style="margin:0 0 14px 0;">If you did not create this account, you can ignore this email.</p>""",
        title="Kingsway Retail Bank", logo="https://www.kingswaybank.example.co.uk/assets/kingsway-logo.png",
        logo_alt="Kingsway Retail Bank", accent="#6d2077",
        footer="""Kingsway Retail Bank plc. Registered in England No. 02219934. This mailbox is not monitored."""),
})

# 26. Calendar reminder for interview practice with a friend ----------------------------------------
add({
    "key": "o_calendar_reminder", "kind": "other", "scenario": "calendar_reminder_mock_interview", "language": "en",
    "company": "", "contact": "",
    "frm": ("Calendar", "calendar-notification@mail.example.com"), "mua": "ats",
    "subject": "Reminder: Mock interview with Niamh @ Thu 5 Mar 2026 19:00 - 20:00 (GMT)", "date": "2026-03-05 18:30",
    "charset": "utf-8", "cte": "7bit",
    "text": """Mock interview with Niamh
Thursday 5 Mar 2026 19:00 - 20:00 (Greenwich Mean Time - London)

Where: FaceTime
Notes: Practise the Cairn Assurance scenario (thematic review of complaints). Niamh plays Euan. Bring the STAR examples doc.

Calendar: aoife.nb@example.co.uk

You are receiving this email because you set a notification on this event. To stop receiving reminders, change your notification settings for this event.
"""})

# 27. Former colleague asks her to be a referee ---------------------------------------------------
add({
    "key": "o_reference_request", "kind": "other", "scenario": "former_colleague_asks_reference", "language": "en",
    "company": "", "contact": "tash.ellison@example.co.uk",
    "frm": ("Tash Ellison", "tash.ellison@example.co.uk"), "mua": "iphone",
    "subject": "Big favour - reference?", "date": "2026-07-19 20:58",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hey lovely,

I've been offered a trainee legal exec role at a firm in Chester (!!!) and they want two referees, one of whom worked with me directly. Would you mind if I put your name down? It would just be a short form by email, nothing heavy.

Totally fine to say no if you're swamped with your own stuff.

Tash xx

Sent from my iPhone
"""})

# 28. Train operator: Delay Repay claim rejected, HTML only -----------------------------------------
add({
    "key": "o_delay_repay", "kind": "other", "scenario": "rail_delay_repay_rejected", "language": "en",
    "company": "", "contact": "",
    "frm": ("Northway Rail Delay Repay", "delayrepay@northwayrail.example.co.uk"), "mua": "ats",
    "subject": "Update on your Delay Repay claim DR-5518204", "date": "2026-03-28 12:02",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="font-family:Arial,sans-serif;color:#1b1b1b;font-size:14px;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#00205b;padding:14px 20px;"><img src="https://www.northwayrail.example.co.uk/img/northway-white.png" alt="Northway Rail" height="28"></td></tr>
<tr><td style="padding:20px;">
<p>Dear Aoife,</p>
<p>We've reviewed your Delay Repay claim <b>DR-5518204</b> for your journey from Manchester Piccadilly to Glasgow Central on 12 March 2026.</p>
<p>Unfortunately we have been unable to approve your claim. Our records show that your train arrived 12 minutes late, which is below the 15-minute threshold for compensation.</p>
<p>If you think we've got this wrong, you can <a href="https://www.northwayrail.example.co.uk/delay-repay/appeal?c=DR-5518204">ask us to look again</a> within 28 days.</p>
<p>Kind regards,<br>Customer Relations<br>Northway Rail</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777;background:#f5f5f5;">Northway Rail Ltd, registered in England No. 09102338. Please do not reply to this email.</td></tr>
</table></body></html>
"""})

# 29. Mailing-list digest with job-search discussion (plain) ----------------------------------------
add({
    "key": "o_legalops_digest", "kind": "other", "scenario": "mailing_list_digest", "language": "en",
    "company": "", "contact": "",
    "frm": ("legalops-uk digest", "legalops-uk-request@lists.legalopsnorth.example.org.uk"), "mua": "generic",
    "subject": "legalops-uk Digest, Vol 12, Issue 31", "date": "2026-07-31 12:00",
    "charset": "us-ascii", "cte": "7bit",
    "headers": [("List-Id", "UK legal operations community <legalops-uk.lists.legalopsnorth.example.org.uk>"),
             ("List-Unsubscribe", "<https://lists.legalopsnorth.example.org.uk/mailman/options/legalops-uk>, <mailto:legalops-uk-request@lists.legalopsnorth.example.org.uk?subject=unsubscribe>"),
             ("List-Post", "<mailto:legalops-uk@lists.legalopsnorth.example.org.uk>"),
             ("Precedence", "list")],
    "text": """Send legalops-uk mailing list submissions to
	legalops-uk@lists.legalopsnorth.example.org.uk

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.legalopsnorth.example.org.uk/mailman/listinfo/legalops-uk

Today's Topics:

   1. Rejected after final interview - ask for feedback? (M. Hughes)
   2. Re: Interview invitation with a take-home task (R. Banerjee)
   3. CLM vendor shortlist (T. Morrow)

----------------------------------------------------------------------

Message: 1
Date: Thu, 30 Jul 2026 14:22:10 +0100
From: Mel Hughes <mel.hughes@example.co.uk>
Subject: Rejected after final interview - ask for feedback?

Hi all, I was rejected after a final interview yesterday ("we have decided not to progress your application"). Is it worth asking for detailed feedback or does that look desperate? Mel

------------------------------

Message: 2
Date: Thu, 30 Jul 2026 16:05:44 +0100
From: Rupa Banerjee <rupa.b@example.com>
Subject: Re: Interview invitation with a take-home task

I'd push back on anything over three hours unpaid. We invite candidates to interview and give them 45 minutes with a redline in the room instead.

------------------------------

Message: 3
Date: Fri, 31 Jul 2026 09:12:01 +0100
From: Tom Morrow <tmorrow@example.org.uk>
Subject: CLM vendor shortlist

Does anyone have a shortlist for mid-size firms? We have 4,000 live contracts.

------------------------------

End of legalops-uk Digest, Vol 12, Issue 31
*******************************************
"""})

# 30. Temp agency timesheet reminder (automated) ---------------------------------------------------
add({
    "key": "o_timesheet", "kind": "other", "scenario": "temp_timesheet_reminder", "language": "en",
    "company": "", "contact": "",
    "frm": ("Brightside Timesheets", "timesheets@brightsidetemps.example.co.uk"), "mua": "generic",
    "subject": "Timesheet reminder: w/e Sunday 25 October 2026", "date": "2026-10-23 15:00",
    "charset": "us-ascii", "cte": "7bit",
    "headers": [("Auto-Submitted", "auto-generated")],
    "text": """Hi Aoife,

This is a reminder to submit your timesheet for the week ending Sunday 25 October 2026 for your assignment at Quayside Mutual (Compliance Administrator).

Timesheets must be submitted and authorised by 10:00 on Monday to be paid this Friday. Log in to the Brightside portal to submit: https://portal.brightsidetemps.example.co.uk/timesheets

This is an automated email from Brightside Temps Payroll.
"""})

# 31. Candidate-experience survey after an interview, HTML only --------------------------------------
add({
    "key": "o_candidate_survey", "kind": "other", "scenario": "candidate_experience_survey", "language": "en",
    "company": "", "contact": "",
    "frm": ("Cairn Assurance Candidate Feedback", "surveys@feedbackloop.example.com"), "mua": "ats",
    "subject": "How was your interview experience with Cairn Assurance?", "date": "2026-03-20 10:00",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": [("List-Unsubscribe", "<https://feedbackloop.example.com/optout?s=cairn-8812>")],
    "html": """<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f7f7fb;">
<div style="max-width:540px;margin:24px auto;background:#fff;border-radius:10px;padding:28px;color:#2d2d3a;">
<img src="https://feedbackloop.example.com/brands/cairn/logo.png" alt="Cairn Assurance" height="30">
<p style="font-size:18px;font-weight:bold;margin-top:20px;">How did we do, Aoife?</p>
<p style="font-size:14px;line-height:21px;">You recently interviewed with Cairn Assurance. We'd love to hear about your experience - whatever the outcome. It takes under 2 minutes and your answers are anonymous.</p>
<p style="font-size:14px;">How likely are you to recommend applying to Cairn Assurance to a friend?</p>
<table cellpadding="0" cellspacing="4"><tr>
<td><a href="https://feedbackloop.example.com/s/cairn-8812?nps=0" style="display:block;width:28px;text-align:center;border:1px solid #ccc;border-radius:4px;text-decoration:none;color:#333;">0</a></td>
<td><a href="https://feedbackloop.example.com/s/cairn-8812?nps=5" style="display:block;width:28px;text-align:center;border:1px solid #ccc;border-radius:4px;text-decoration:none;color:#333;">5</a></td>
<td><a href="https://feedbackloop.example.com/s/cairn-8812?nps=10" style="display:block;width:28px;text-align:center;border:1px solid #ccc;border-radius:4px;text-decoration:none;color:#333;">10</a></td>
</tr></table>
<p style="font-size:11px;color:#999;margin-top:24px;">Sent by FeedbackLoop on behalf of Cairn Assurance. <a href="https://feedbackloop.example.com/optout?s=cairn-8812" style="color:#999;">Opt out of surveys</a></p>
</div><img src="https://feedbackloop.example.com/o/cairn-8812.gif" width="1" height="1" alt=""></body></html>
"""})

# 32. Shop: "unfortunately" your order is cancelled ------------------------------------------------
add({
    "key": "o_order_cancelled", "kind": "other", "scenario": "shop_order_cancelled_unfortunately", "language": "en",
    "company": "", "contact": "",
    "frm": ("Paper & Quill", "orders@paperandquill.example.co.uk"), "mua": "generic",
    "subject": "Order #PQ-40118 cancelled", "date": "2026-09-02 10:28",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hi Aoife,

Unfortunately the Leuchtturm A5 notebook (Navy, dotted) on your order #PQ-40118 is no longer available from our supplier, so we have had to cancel your order.

A full refund of £22.95 has been issued to your Visa card ending 4417 and should appear within 3-5 working days.

We're sorry for the disappointment. As a thank you for your patience, here's 10% off your next order: SORRY10

Paper & Quill
www.paperandquill.example.co.uk
"""})

# 33. Salary guide marketing (alternative) ------------------------------------------------------
_SALARY = """Your 2026 Legal & Compliance Salary Guide is here

Know your worth before you accept an offer.

Inside this year's guide:
- Salaries for 60+ legal, compliance and contracts roles across the UK and Ireland
- Which benefits candidates negotiated in their offers
- Why 41% of compliance hires this year came from private practice

Download the guide: https://www.northstarlegal.example.co.uk/salary-guide-2026

Northstar Legal Talent, 100 Barbirolli Square, Manchester M2 3BD
You're receiving this because you registered with Northstar Legal Talent. Unsubscribe: https://www.northstarlegal.example.co.uk/unsubscribe?id=ann-2026
"""
add({
    "key": "o_salary_guide", "kind": "other", "scenario": "salary_guide_marketing_offer_word", "language": "en",
    "company": "", "contact": "",
    "frm": ("Northstar Legal Talent", "marketing@northstarlegal.example.co.uk"), "mua": "ats",
    "subject": "Know your worth before accepting an offer \U0001F4B7", "date": "2026-01-14 12:00",
    "charset": "utf-8", "cte": "base64", "text": _SALARY,
    "headers": list_headers("Northstar Legal Talent news <news.northstarlegal.example.co.uk>",
                         "<https://www.northstarlegal.example.co.uk/unsubscribe?id=ann-2026>"),
    "html": ats_table(paras(_SALARY), title="Salary Guide 2026", logo="https://www.northstarlegal.example.co.uk/img/northstar.png",
                   logo_alt="Northstar Legal Talent", accent="#f2b705", preheader="60+ roles, UK and Ireland",
                   footer="""Northstar Legal Talent Ltd, 100 Barbirolli Square, Manchester M2 3BD. <a href="https://www.northstarlegal.example.co.uk/unsubscribe?id=ann-2026" style="color:#7a8190;">Unsubscribe</a>""",
                   pixel="https://www.northstarlegal.example.co.uk/o/ann-2026.gif"),
})

# =====================================================================================================
# German
# =====================================================================================================

# 34. Career newsletter: "Absage erhalten?" (alternative) ------------------------------------------
_KB = """Karrierebrief – Ausgabe 18/2026

Absage erhalten? So geht es weiter

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz fällt Bewerberinnen und Bewerbern schwerer. Wir haben mit drei Personalerinnen gesprochen: Was steckt wirklich hinter einer Absage, und wann lohnt es sich nachzufragen?

Außerdem in dieser Ausgabe:
• Vorstellungsgespräch verpasst – was jetzt?
• Gehaltsverhandlung nach dem Jobangebot
• Compliance-Jobs in Frankfurt: Wer sucht gerade?

Zum Artikel: https://www.karrierebrief.example.de/absage-erhalten

Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben. Abmelden: https://www.karrierebrief.example.de/abmelden?id=aoife
Karrierebrief Verlag GmbH · Zeil 65 · 60313 Frankfurt am Main · HRB 97 002
"""
add({
    "key": "o_de_karrierebrief", "kind": "other", "scenario": "newsletter_absage_erhalten", "language": "de",
    "company": "", "contact": "",
    "frm": ("Karrierebrief", "newsletter@karrierebrief.example.de"), "mua": "ats",
    "subject": "Absage erhalten? So geht es weiter", "date": "2026-05-06 06:30", "tz": "Europe/Berlin",
    "charset": "utf-8", "cte": "quoted-printable", "text": _KB,
    "headers": list_headers("Karrierebrief <karrierebrief.example.de>",
                         "<https://www.karrierebrief.example.de/abmelden?id=aoife>, <mailto:abmelden@karrierebrief.example.de>"),
    "html": ats_table(paras(_KB), title="Karrierebrief", logo="https://www.karrierebrief.example.de/img/kb-logo.png",
                   logo_alt="Karrierebrief", accent="#004b87", lang="de",
                   footer="""Karrierebrief Verlag GmbH · Zeil 65 · 60313 Frankfurt am Main · Geschäftsführerin: Dr. Sandra Lenz · HRB 97 002<br>
<a href="https://www.karrierebrief.example.de/abmelden?id=aoife" style="color:#7a8190;">Newsletter abbestellen</a> · <a href="https://www.karrierebrief.example.de/impressum" style="color:#7a8190;">Impressum</a>""",
                   pixel="https://www.karrierebrief.example.de/o/18-aoife.gif"),
})

# 35. German job agent, HTML only ---------------------------------------------------------------
add({
    "key": "o_de_jobagent", "kind": "other", "scenario": "jobagent_neue_stellen", "language": "de",
    "company": "", "contact": "",
    "frm": ("Jobwerk Jobagent", "jobagent@mailing.jobwerk.example.de"), "mua": "ats",
    "subject": "8 neue Jobs für „Compliance“ in Frankfurt am Main", "date": "2026-06-15 05:45", "tz": "Europe/Berlin",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": list_headers("Jobwerk Jobagent <jobagent.jobwerk.example.de>", "<https://www.jobwerk.example.de/jobagent/aus?k=ja-7710>"),
    "html": """<!doctype html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f0;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:20px 28px;"><img src="https://www.jobwerk.example.de/img/jobwerk-logo.png" alt="Jobwerk" height="28"></td></tr>
<tr><td style="padding:0 28px 12px 28px;font-size:15px;color:#242424;">Hallo Aoife, dein Jobagent hat <b>8 neue Stellen</b> gefunden:</td></tr>
<tr><td style="padding:10px 28px;border-top:1px solid #eee;"><a href="https://www.jobwerk.example.de/r?ziel=job-99310&amp;k=ja-7710" style="color:#ff6b00;font-weight:bold;text-decoration:none;">Compliance Officer (m/w/d) Wertpapiere</a><br><span style="font-size:13px;color:#666;">Mainufer Bank AG · Frankfurt am Main · Vollzeit</span></td></tr>
<tr><td style="padding:10px 28px;border-top:1px solid #eee;"><a href="https://www.jobwerk.example.de/r?ziel=job-99322&amp;k=ja-7710" style="color:#ff6b00;font-weight:bold;text-decoration:none;">Vertragsmanagerin / Vertragsmanager Einkauf</a><br><span style="font-size:13px;color:#666;">Nidda Netze AG · Frankfurt am Main · Teilzeit möglich</span></td></tr>
<tr><td style="padding:10px 28px;border-top:1px solid #eee;"><a href="https://www.jobwerk.example.de/r?ziel=job-99345&amp;k=ja-7710" style="color:#ff6b00;font-weight:bold;text-decoration:none;">Legal Counsel Compliance (m/w/d) – Englisch fließend</a><br><span style="font-size:13px;color:#666;">Eschborn · Homeoffice möglich</span></td></tr>
<tr><td style="padding:16px 28px;"><a href="https://www.jobwerk.example.de/r?ziel=jobagent-alle&amp;k=ja-7710" style="display:inline-block;background:#ff6b00;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Alle 8 Jobs ansehen</a></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee;">Jobwerk GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main · HRB 110 441<br>
<a href="https://www.jobwerk.example.de/jobagent/bearbeiten?k=ja-7710" style="color:#888;">Jobagent bearbeiten</a> · <a href="https://www.jobwerk.example.de/jobagent/aus?k=ja-7710" style="color:#888;">Jobagent deaktivieren</a></td></tr>
</table></td></tr></table>
<img src="https://mailing.jobwerk.example.de/o/ja-7710-0615.gif" width="1" height="1" alt="">
</body></html>
"""})

# 36. German out-of-office (Abwesenheitsnotiz) --------------------------------------------------
add({
    "key": "o_de_abwesenheit", "kind": "other", "scenario": "abwesenheitsnotiz_personalreferentin", "language": "de",
    "company": "", "contact": "katrin.sommerfeld@mainuferbank.example.de",
    "frm": ("Sommerfeld, Katrin", "katrin.sommerfeld@mainuferbank.example.de"), "mua": "outlook",
    "subject": "Automatische Antwort: Nachfrage zum Stand meiner Bewerbung", "date": "2026-03-30 09:14",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "refs": ["<4A7C1E93-D2B0-4F65-8E1A-9C3B5D7F2E06@example.co.uk>"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@mainuferbank.example.de.

Mit freundlichen Grüßen
Katrin Sommerfeld
Mainufer Bank AG
"""})

# 37. Parcel delayed, HTML only -----------------------------------------------------------------
add({
    "key": "o_de_paket", "kind": "other", "scenario": "sendung_verzoegert", "language": "de",
    "company": "", "contact": "",
    "frm": ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"), "mua": "ats",
    "subject": "Ihre Sendung verzögert sich leider", "date": "2026-07-22 13:40", "tz": "Europe/Berlin",
    "charset": "utf-8", "cte": "base64",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif;background:#fff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e2e2e2;">
<tr><td style="background:#d40511;padding:12px 20px;"><img src="https://www.paketblitz.example.de/img/pb-logo.png" alt="Paketblitz" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px;color:#222;">
<p>Guten Tag,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>00340434161094012345</b> von <b>Buchhandlung Hugendubel-Weiß</b>.</p>
<p>Neuer voraussichtlicher Zustelltag: <b>Freitag, 24.07.2026</b></p>
<p>Grund: erhöhtes Sendungsaufkommen im Paketzentrum Raunheim. Wir bitten um Entschuldigung.</p>
<p><a href="https://www.paketblitz.example.de/verfolgen?s=00340434161094012345" style="color:#d40511;">Sendung verfolgen</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;background:#f7f7f7;">Paketblitz GmbH · Sitz Bonn · Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.</td></tr>
</table></body></html>
"""})

# 38. Flat in Frankfurt: property manager turns her down ----------------------------------------
add({
    "key": "o_de_wohnung", "kind": "other", "scenario": "wohnung_absage_hausverwaltung", "language": "de",
    "company": "", "contact": "m.ruppert@hv-sachsenhausen.example.de",
    "frm": ("Michael Ruppert", "m.ruppert@hv-sachsenhausen.example.de"), "mua": "outlook",
    "subject": "Ihre Anfrage zur Wohnung Textorstraße 41, 3. OG", "date": "2026-09-24 16:05",
    "charset": "windows-1252", "cte": "8bit",
    "text": """Sehr geehrte Frau Nakamura-Brennan,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Textorstraße 41 und für Ihre Teilnahme an der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Ihre Selbstauskunft und die Unterlagen werden wir gemäß DSGVO nach 14 Tagen löschen.

Gern nehmen wir Sie in unsere Interessentenliste für vergleichbare Wohnungen in Sachsenhausen auf \u2013 eine kurze Antwort genügt.

Mit freundlichen Grüßen

Michael Ruppert
Hausverwaltung Sachsenhausen GmbH
Schweizer Straße 12 · 60594 Frankfurt am Main
Tel. 069 5550 2290
"""})

# 39. Evening-class registration received (not a job) ----------------------------------------
add({
    "key": "o_de_vhs", "kind": "other", "scenario": "kursanmeldung_eingegangen", "language": "de",
    "company": "", "contact": "",
    "frm": ("Volkshochschule Frankfurt am Main", "anmeldung-noreply@vhs-frankfurt.example.de"), "mua": "generic",
    "subject": "Anmeldebestätigung: Deutsch B2 - Beruf und Alltag (Kurs 26H-1204)", "date": "2026-08-26 14:22",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "text": """Sehr geehrte Frau Nakamura-Brennan,

Ihre Anmeldung ist bei uns eingegangen. Sie sind für folgenden Kurs angemeldet:

Kurs: 26H-1204 Deutsch B2 - Beruf und Alltag
Zeitraum: 14.09.2026 - 14.12.2026, montags und mittwochs 18:00 - 19:30 Uhr
Ort: Sonnemannstraße 13, Raum 2.11
Entgelt: 289,00 EUR (Lastschrift ab 01.09.2026)

Bitte beachten Sie unsere Rücktrittsbedingungen: Eine kostenfreie Abmeldung ist bis 7 Tage vor Kursbeginn möglich.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Volkshochschule Frankfurt am Main
"""})

# 40. German friend about his own interview -----------------------------------------------
add({
    "key": "o_de_freund", "kind": "other", "scenario": "freund_eigenes_vorstellungsgespraech", "language": "de",
    "company": "", "contact": "jonas.weber@example.de",
    "frm": ("Jonas Weber", "jonas.weber@example.de"), "mua": "gmail",
    "subject": "Daumen drücken!", "date": "2026-06-04 21:19",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Hey Aoife,

kurzes Update von mir: Ich hab morgen um 9 mein Vorstellungsgespräch bei der Versicherung in Wiesbaden! Ich bin total nervös, vor allem wegen der Fallstudie. Die haben mir gesagt, dass ich eine Präsentation zu einem Datenschutzvorfall halten soll.

Hast du noch einen Tipp? Du hast ja in letzter Zeit genug Gespräche geführt, haha.

Und wann kommst du endlich mal wieder nach Frankfurt? Apfelwein geht auf mich.

LG Jonas
"""})

# 41. German recruiter cold outreach ------------------------------------------------------
add({
    "key": "o_de_kaltakquise", "kind": "other", "scenario": "recruiter_direktansprache", "language": "de",
    "company": "", "contact": "s.albrecht@finanzkoepfe.example.de",
    "frm": ("Sebastian Albrecht", "s.albrecht@finanzkoepfe.example.de"), "mua": "outlook",
    "subject": "Kurze Frage zu Ihrer beruflichen Situation", "date": "2026-07-27 10:50",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Guten Tag Frau Nakamura-Brennan,

ich bin über Ihr Profil auf einem Karrierenetzwerk auf Sie aufmerksam geworden. Ihre Erfahrung im Vertragsmanagement und in der Geldwäscheprävention ist für mehrere meiner Mandanten im Rhein-Main-Gebiet interessant.

Konkrete Vakanzen kann ich Ihnen heute noch nicht nennen, ich würde mich aber gern 15 Minuten mit Ihnen austauschen, um Ihre Wünsche kennenzulernen. Hätten Sie diese oder nächste Woche Zeit für ein kurzes Telefonat?

Beste Grüße
Sebastian Albrecht

Finanzköpfe Executive Search GmbH
Bockenheimer Anlage 15 · 60322 Frankfurt am Main
Mobil +49 171 5550 884
"""})

# =====================================================================================================
# French
# =====================================================================================================

# 42. French legal newsletter, HTML only ------------------------------------------------------
add({
    "key": "o_fr_lettre_juriste", "kind": "other", "scenario": "lettre_entretien_rate", "language": "fr",
    "company": "", "contact": "",
    "frm": ("La Lettre du Juriste", "lettre@lettredujuriste.example.com"), "mua": "ats",
    "subject": "Entretien d'embauche raté : 5 façons de rebondir", "date": "2026-02-19 07:00", "tz": "Europe/Paris",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": list_headers("La Lettre du Juriste <hebdo.lettredujuriste.example.com>",
                         "<https://www.lettredujuriste.example.com/desabonnement?u=ann77>"),
    "html": """<html lang="fr"><head><meta charset="utf-8"></head><body style="margin:0;background:#efeae3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:20px 30px;border-bottom:3px double #222;text-align:center;"><img src="https://www.lettredujuriste.example.com/img/masthead.png" alt="La Lettre du Juriste" width="320"></td></tr>
<tr><td style="padding:24px 30px;font-size:16px;line-height:25px;">
<h1 style="font-size:24px;">Entretien d'embauche raté : 5 façons de rebondir</h1>
<p>Vous êtes sorti(e) d'un entretien avec l'impression d'avoir tout manqué&nbsp;? Ou pire, vous avez reçu quelques jours plus tard un courriel vous annonçant que votre candidature n'était pas retenue&nbsp;? Pas de panique. Nos conseils pour transformer un refus en tremplin.</p>
<p><a href="https://www.lettredujuriste.example.com/clic?a=entretien-rate&amp;u=ann77" style="color:#8b0000;">Lire l'article</a></p>
<h2 style="font-size:17px;">À lire aussi</h2>
<p><a href="https://www.lettredujuriste.example.com/clic?a=conformite-salaires&amp;u=ann77">Juristes conformité : les salaires 2026</a><br>
<a href="https://www.lettredujuriste.example.com/clic?a=offre-negociation&amp;u=ann77">Négocier une offre d'emploi sans la perdre</a></p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#888;font-family:Arial,sans-serif;background:#f7f5f1;">La Lettre du Juriste – Éditions Portalis SAS, 7 rue Soufflot, 75005 Paris.<br>
Vous recevez cette lettre car vous vous y êtes abonné(e). <a href="https://www.lettredujuriste.example.com/desabonnement?u=ann77" style="color:#888;">Se désabonner</a></td></tr>
</table></td></tr></table>
<img src="https://www.lettredujuriste.example.com/o/ann77-0219.gif" width="1" height="1" alt="">
</body></html>
"""})

# 43. French friend about her own rejection ---------------------------------------------------
add({
    "key": "o_fr_amie_refus", "kind": "other", "scenario": "amie_propre_refus", "language": "fr",
    "company": "", "contact": "camille.roux@example.fr",
    "frm": ("Camille Roux", "camille.roux@example.fr"), "mua": "apple",
    "subject": "Bon ben c'est non...", "date": "2026-04-17 23:02", "tz": "Europe/Paris",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Coucou ma belle,

Le cabinet m'a répondu aujourd'hui : c'est un refus. « Nous avons retenu un candidat dont le profil correspond davantage à nos attentes », la formule classique. J'avoue que ça pique, j'avais passé trois entretiens !

Bref, je vais me remettre sur les candidatures dès lundi. Et toi, ça avance tes histoires de Francfort ? Appelle-moi ce week-end si tu as un moment.

Bisous,
Camille
"""})

# 44. Parcel delayed, HTML only --------------------------------------------------------------
add({
    "key": "o_fr_colis", "kind": "other", "scenario": "colis_retarde", "language": "fr",
    "company": "", "contact": "",
    "frm": ("Colissimo Express", "ne-pas-repondre@suivi.colisexpress.example.com"), "mua": "ats",
    "subject": "Votre colis est retardé", "date": "2026-05-29 09:18", "tz": "Europe/Paris",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:12px 0;border-bottom:2px solid #f39200;"><img src="https://suivi.colisexpress.example.com/img/logo.png" alt="Colis Express"></td></tr>
<tr><td style="padding:18px 0;">
<p>Bonjour,</p>
<p>Nous vous informons que la livraison de votre colis n° <b>6A23318840012</b> est retardée en raison d'un incident de transport.</p>
<p>Nouvelle date de livraison estimée : <b>mardi 2 juin</b>.</p>
<p>Nous vous prions de nous excuser pour la gêne occasionnée.</p>
<p><a href="https://suivi.colisexpress.example.com/suivi?c=6A23318840012">Suivre mon colis</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;">Merci de ne pas répondre à ce message envoyé automatiquement.</td></tr>
</table></body></html>
"""})

# 45. Bank: "demande de crédit bien reçue" (alternative) ---------------------------------------
_CREDIT = """Madame Nakamura-Brennan,

Nous avons bien reçu votre demande de crédit auto n° 2026-77-41803 d'un montant de 9 500 €.

Votre dossier est en cours d'étude. Vous recevrez une réponse de principe sous 48 heures ouvrées. Pensez à déposer vos justificatifs (pièce d'identité, justificatif de domicile, trois derniers bulletins de salaire) dans votre espace client.

Cordialement,
Le service Crédit
Banque du Lys

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
add({
    "key": "o_fr_credit", "kind": "other", "scenario": "banque_demande_credit_recue", "language": "fr",
    "company": "", "contact": "",
    "frm": ("Banque du Lys", "ne-pas-repondre@banquedulys.example.com"), "mua": "ats",
    "subject": "Votre demande de crédit a bien été reçue", "date": "2026-08-12 11:05", "tz": "Europe/Paris",
    "charset": "utf-8", "cte": "quoted-printable", "text": _CREDIT,
    "html": ats_table(paras(_CREDIT), title="Banque du Lys",
                   logo="https://www.banquedulys.example.com/img/lys.png", logo_alt="Banque du Lys", accent="#1d3f8f", lang="fr",
                   footer="""Banque du Lys – Société anonyme coopérative de banque – 12 rue de la République, 69002 Lyon. Un crédit vous engage et doit être remboursé."""),
})

# 46. Her own sent mail in French: thank-you note after an interview ------------------------------
add({
    "key": "o_fr_own_merci", "kind": "other", "scenario": "propre_mail_remerciement", "language": "fr",
    "company": "", "contact": "",
    "frm": ME, "to": [("Marion Lemaire", "m.lemaire@ferrand-associes.example.com")], "mua": "thunderbird",
    "subject": "Remerciements - entretien du 10 mars", "date": "2026-03-10 19:36", "tz": "Europe/London",
    "charset": "utf-8", "cte": "quoted-printable",
    "text": """Chère Madame Lemaire,

Je tenais à vous remercier, ainsi que Maître Ferrand et Maître Aubry, pour l'entretien de cet après-midi. J'ai beaucoup apprécié nos échanges sur l'organisation du bureau de Londres et sur les enjeux de conformité de vos clients bancaires.

Je reste bien entendu à votre disposition pour tout complément d'information.

Bien cordialement,
Aoife Nakamura-Brennan
"""})

# 47. French out-of-office from an agency consultant ----------------------------------------------
add({
    "key": "o_fr_absence", "kind": "other", "scenario": "reponse_automatique_absence", "language": "fr",
    "company": "", "contact": "e.benali@talents-juridiques.example.com",
    "frm": ("Élodie Benali", "e.benali@talents-juridiques.example.com"), "mua": "outlook",
    "subject": "Réponse automatique : Disponibilités entretien", "date": "2026-08-03 08:00", "tz": "Europe/Paris",
    "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
    "refs": ["<C7A21F04-8B3E-4D19-A5C6-0E2F7B9D3A18@example.co.uk>"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """Bonjour,

Je suis absente du cabinet jusqu'au 21 août inclus, avec un accès limité à mes e-mails.

Pour toute urgence, vous pouvez contacter Thomas Girard à l'adresse t.girard@talents-juridiques.example.com.

Bien à vous,
Élodie Benali
Talents Juridiques Conseil
"""})

# 48. French job alert, HTML only -----------------------------------------------------------
add({
    "key": "o_fr_alerte", "kind": "other", "scenario": "alerte_offres_emploi", "language": "fr",
    "company": "", "contact": "",
    "frm": ("JuriJobs Alertes", "alertes@notifications.jurijobs.example.com"), "mua": "ats",
    "subject": "6 nouvelles offres correspondent à votre alerte « conformité »", "date": "2026-09-28 06:10", "tz": "Europe/Paris",
    "charset": "utf-8", "cte": "quoted-printable",
    "headers": list_headers("JuriJobs alertes <alertes.jurijobs.example.com>", "<https://www.jurijobs.example.com/alertes/stop?a=c91>"),
    "html": ats_table(
        """<p style="margin:0 0 14px 0;">Bonjour Aoife,</p>
<p style="margin:0 0 14px 0;">Voici les nouvelles offres correspondant à votre alerte <b>conformité – Londres, Dublin, Francfort</b>&nbsp;:</p>
<p style="margin:0 0 10px 0;"><a href="https://www.jurijobs.example.com/r?l=offre-44120&amp;a=c91"><b>Juriste conformité bilingue</b></a><br>Banque Saint-Aubin – Londres</p>
<p style="margin:0 0 10px 0;"><a href="https://www.jurijobs.example.com/r?l=offre-44128&amp;a=c91"><b>Compliance Officer – assurance</b></a><br>Mutuelle Armor Assurances – Dublin</p>
<p style="margin:0 0 10px 0;"><a href="https://www.jurijobs.example.com/r?l=offre-44140&amp;a=c91"><b>Contract Manager énergie (H/F)</b></a><br>Francfort-sur-le-Main</p>
<p style="margin:0 0 14px 0;"><a href="https://www.jurijobs.example.com/r?l=alerte-c91&amp;a=c91">Voir les 6 offres</a></p>""",
        title="JuriJobs", logo="https://www.jurijobs.example.com/img/logo.png", logo_alt="JuriJobs", accent="#e4002b", lang="fr",
        footer="""JuriJobs SAS – 10 rue du Faubourg Montmartre, 75009 Paris.<br>
<a href="https://www.jurijobs.example.com/alertes/modifier?a=c91" style="color:#7a8190;">Modifier mon alerte</a> · <a href="https://www.jurijobs.example.com/alertes/stop?a=c91" style="color:#7a8190;">Supprimer cette alerte</a>""",
        pixel="https://notifications.jurijobs.example.com/o/c91-0928.gif"),
})

# =====================================================================================================
# Spanish
# =====================================================================================================

# 49. Legal-tech newsletter on handling rejection (alternative) -----------------------------------
_BOLETIN = """Boletín Legaltech · Nº 47

Cómo gestionar el rechazo en un proceso de selección

«Lamentamos comunicarle que su candidatura no ha sido seleccionada.» Si estás buscando trabajo en el sector legal, seguro que conoces la frase. Hablamos con tres responsables de selección sobre qué hay detrás de un rechazo y cómo pedir feedback sin parecer insistente.

También en este número:
- Entrevistas por videollamada: errores que cuestan una oferta
- Los perfiles de compliance más buscados en 2026

Leer el boletín completo: https://boletin.legaltechhoy.example.com/47

Recibes este boletín porque te suscribiste en legaltechhoy.example.com. Darte de baja: https://boletin.legaltechhoy.example.com/baja?s=aoife
"""
add({
    "key": "o_es_boletin", "kind": "other", "scenario": "boletin_gestionar_rechazo", "language": "es",
    "company": "", "contact": "",
    "frm": ("Legaltech Hoy", "boletin@legaltechhoy.example.com"), "mua": "ats",
    "subject": "Cómo gestionar el rechazo en un proceso de selección", "date": "2026-03-04 08:00",
    "charset": "utf-8", "cte": "quoted-printable", "text": _BOLETIN,
    "headers": list_headers("Boletín Legaltech Hoy <boletin.legaltechhoy.example.com>",
                         "<https://boletin.legaltechhoy.example.com/baja?s=aoife>"),
    "html": ats_table(paras(_BOLETIN), title="Boletín Legaltech", logo="https://legaltechhoy.example.com/img/logo-lth.png",
                   logo_alt="Legaltech Hoy", accent="#6c2dc7", lang="es",
                   footer="""Legaltech Hoy, S.L. · Calle de Alcalá 54, 28014 Madrid · <a href="https://boletin.legaltechhoy.example.com/baja?s=aoife" style="color:#7a8190;">Darse de baja</a>""",
                   pixel="https://boletin.legaltechhoy.example.com/o/47-aoife.gif"),
})

# 50. Spanish friend about her own interview ------------------------------------------------
add({
    "key": "o_es_amiga", "kind": "other", "scenario": "amiga_su_entrevista", "language": "es",
    "company": "", "contact": "lucia.moreno@example.es",
    "frm": ("Lucía Moreno", "lucia.moreno@example.es"), "mua": "iphone",
    "subject": "¡¡Me han llamado para una entrevista!!", "date": "2026-05-15 19:48",
    "charset": "utf-8", "cte": "8bit",
    "text": """Aoife!!! Me acaban de llamar de la consultora de Valencia, tengo entrevista el jueves que viene para el puesto de abogada junior. Estoy de los nervios jajaja

Tú que te has hecho mil entrevistas este año, ¿me ayudas a prepararla? ¿Hablamos el domingo por videollamada?

Besos,
Lu

Enviado desde mi iPhone
"""})

# 51. Order delayed, HTML only ------------------------------------------------------------
add({
    "key": "o_es_pedido", "kind": "other", "scenario": "pedido_con_retraso", "language": "es",
    "company": "", "contact": "",
    "frm": ("Tienda Albero", "pedidos@tiendaalbero.example.com"), "mua": "ats",
    "subject": "Tu pedido llega con retraso", "date": "2026-10-09 12:31",
    "charset": "utf-8", "cte": "quoted-printable",
    "html": """<html><body style="margin:0;background:#faf7f2;font-family:'Trebuchet MS',Arial,sans-serif;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;color:#3a2e25;">
<img src="https://tiendaalbero.example.com/img/albero.png" alt="Tienda Albero" width="120">
<h2 style="color:#b5651d;">Lo sentimos, tu pedido se retrasa</h2>
<p>Hola Aoife:</p>
<p>Tu pedido <b>#AL-20931</b> (aceite de oliva virgen extra, lote de 3 latas) sufre un retraso por un problema con la agencia de transporte internacional. La nueva fecha estimada de entrega en Reino Unido es el <b>16 de octubre</b>.</p>
<p>Te avisaremos en cuanto salga de nuestro almacén.</p>
<p><a href="https://tiendaalbero.example.com/mi-cuenta/pedidos/AL-20931" style="color:#b5651d;">Ver mi pedido</a></p>
<p style="font-size:11px;color:#999;">Tienda Albero · Almacenes del Sur S.L. · Jaén · <a href="https://tiendaalbero.example.com/baja" style="color:#999;">Darme de baja</a></p>
</div><img src="https://tiendaalbero.example.com/px/al-20931.gif" width="1" height="1" alt=""></body></html>
"""})

# 52. Language academy: waiting-list position -------------------------------------------
add({
    "key": "o_es_lista_espera", "kind": "other", "scenario": "lista_espera_posicion", "language": "es",
    "company": "", "contact": "",
    "frm": ("Academia Lengua Viva", "no-responder@lenguaviva.example.es"), "mua": "generic",
    "subject": "Tu posición en la lista de espera: 7", "date": "2026-09-03 17:05",
    "charset": "iso-8859-1", "cte": "8bit", "hcharset": "iso-8859-1",
    "text": """Hola, Aoife:

Gracias por inscribirte en el curso intensivo de español C1 en línea (octubre-diciembre 2026).

El grupo está completo en este momento, pero te hemos añadido a la lista de espera. Tu posición actual es la número 7. Si se libera una plaza, te escribiremos y tendrás 48 horas para confirmarla.

Un saludo,
Secretaría académica
Academia Lengua Viva

Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.
"""})
