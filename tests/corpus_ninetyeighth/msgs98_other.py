"""Everything else in the mailbox of the ninety-eighth corpus, written one by one (52 messages):
newsletters, digests, other meanings of the words, friends, the candidate's own mail,
out-of-office replies, cold outreach, platform and account mail."""

from __future__ import annotations

from msgs98_common import ME, ats_table, card, ics, newsletter

SPECS: list[dict] = []


def add(**spec) -> None:
    """Record one hand-written message spec."""
    SPECS.append(spec)


BULK = [("Precedence", "bulk")]

# =============================================================================================
# English
# =============================================================================================

add(
    slug="newsletter_bounce_back_rejection", kind="other", lang="en",
    company="", contact="",
    frm=("NurseLeader Weekly", "newsletter@nurseleaderweekly.example.com"),
    subject="5 ways to bounce back after a job rejection (+ the salary report)",
    date="2026-01-15 06:00 -0500", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Id", "NurseLeader Weekly <weekly.nurseleaderweekly.example.com>"),
             ("List-Unsubscribe", "<https://nurseleaderweekly.example.com/u?e=mkd&l=weekly>, <mailto:unsubscribe@nurseleaderweekly.example.com>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK],
    html=newsletter(
        brand="NurseLeader Weekly", tagline="Leadership, careers and policy for nurses who lead - Issue #212",
        accent="#7c2d12", logo_src="https://cdn.nurseleaderweekly.example.com/logo-white.png",
        pixel_url="https://nurseleaderweekly.example.com/o/212/mkd.gif",
        blocks=[
            """<h2 style="margin:0 0 8px 0;font-size:21px;">Rejected? 5 ways to bounce back</h2>
<p>"Unfortunately, we have decided to move forward with other candidates." If you've read that sentence lately, you're in good company: nurse leaders told us they received an average of six rejections before landing their first management role.</p>
<p>Our five steps: ask for feedback within 48 hours, separate the role from your worth, track patterns, keep one "yes" conversation going, and rest. <a href="https://nurseleaderweekly.example.com/c/212/a1?u=mkd">Read the full piece</a></p>""",
            """<h3 style="margin:0 0 6px 0;">2026 Nurse Manager Salary Report</h3>
<p>Boston, Providence and Philadelphia lead the Northeast. Miami closes the gap. <a href="https://nurseleaderweekly.example.com/c/212/a2?u=mkd">See the numbers</a></p>""",
            """<h3 style="margin:0 0 6px 0;">From the job board</h3>
<p>Director of Nursing, Ambulatory - Worcester &middot; Patient Experience Lead - Hartford &middot; Nurse Manager, Oncology - Portland ME. <a href="https://nurseleaderweekly.example.com/c/212/jobs?u=mkd">All openings</a></p>"""],
        footer="""You're receiving this because you subscribed at nurseleaderweekly.example.com.<br>
NurseLeader Weekly, 12 Channel Center St, Boston, MA 02210<br>
<a href="https://nurseleaderweekly.example.com/u?e=mkd&amp;l=weekly" style="color:#777;">Unsubscribe</a> | <a href="https://nurseleaderweekly.example.com/prefs?e=mkd" style="color:#777;">Manage preferences</a> | <a href="https://nurseleaderweekly.example.com/web/212" style="color:#777;">View in browser</a>"""),
)

add(
    slug="job_alert_digest_boston", kind="other", lang="en",
    company="", contact="",
    frm=("CareerHarbor Job Alerts", "alerts@careerharbor.example.com"),
    subject="12 new Patient Experience jobs in Boston, MA",
    date="2026-02-23 07:15 -0500", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://careerharbor.example.com/unsubscribe?u=mkd71&t=alert-4410>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK],
    html="""<html><body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e8eb;"><img src="https://static.careerharbor.example.com/email/logo.png" alt="CareerHarbor" height="28"></td></tr>
<tr><td style="padding:20px 24px 8px 24px;font-size:15px;color:#12263f;">Hi Marisol, here are today's matches for <b>"patient experience manager"</b> within 25 miles of Boston, MA.</td></tr>
<tr><td style="padding:8px 24px;font-size:13px;line-height:20px;">
<p><a href="https://careerharbor.example.com/r?u=job%2F60112&amp;s=alert" style="color:#1664d9;font-size:15px;font-weight:bold;">Manager, Patient Experience</a><br>Riverside Community Hospital &middot; Cambridge, MA &middot; $95K-$115K<br><span style="color:#0a7c45;">Actively interviewing</span> &middot; Posted 1 day ago</p>
<p><a href="https://careerharbor.example.com/r?u=job%2F60140&amp;s=alert" style="color:#1664d9;font-size:15px;font-weight:bold;">Patient Relations Specialist</a><br>Northshore Regional Medical Center &middot; Salem, MA<br>Easy apply &middot; Posted 2 days ago</p>
<p><a href="https://careerharbor.example.com/r?u=job%2F60151&amp;s=alert" style="color:#1664d9;font-size:15px;font-weight:bold;">Nurse Manager - Ambulatory Operations</a><br>Greater Boston Orthopedic Group &middot; Newton, MA<br>Posted 3 days ago &middot; 40+ applicants</p>
<p><a href="https://careerharbor.example.com/r?u=job%2F60177&amp;s=alert" style="color:#1664d9;font-size:15px;font-weight:bold;">Director, Service Excellence</a><br>Harbor Behavioral Health &middot; Quincy, MA<br>Urgently hiring</p>
<p><a href="https://careerharbor.example.com/r?u=search%2Fpatient-experience-boston&amp;s=alert_all" style="color:#1664d9;">See all 12 jobs &rarr;</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8a96a3;background:#fafbfc;">You're getting this alert because you created it on CareerHarbor. <a href="https://careerharbor.example.com/alerts/edit/4410" style="color:#8a96a3;">Edit alert</a> &middot; <a href="https://careerharbor.example.com/unsubscribe?u=mkd71&amp;t=alert-4410" style="color:#8a96a3;">Unsubscribe</a><br>CareerHarbor, Inc., 88 Black Falcon Ave, Boston, MA 02210</td></tr>
</table>
<img src="https://careerharbor.example.com/o/1x1.gif?m=alert-4410-0223" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
)

add(
    slug="podcast_interview_request", kind="other", lang="en",
    company="", contact="alana@scrubsandsystems.example.com",
    frm=("Alana Whitford", "alana@scrubsandsystems.example.com"),
    subject="Interview request - Scrubs & Systems podcast",
    date="2026-03-24 14:31 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

I host Scrubs & Systems, a podcast about nurses who end up running the places they used to work in. A listener sent me your post about the infusion-chair scheduling project, and I'd love to have you on the show.

The interview would be about 40 minutes, recorded remotely whenever suits you in April. We'd talk about what made you want to move from the bedside into operations and what you've learned along the way. No prep needed beyond a decent microphone (I can mail you one).

Would you be up for it?

Thanks,
Alana Whitford
Host, Scrubs & Systems
scrubsandsystems.example.com
""",
)

add(
    slug="press_interview_reporter", kind="other", lang="en",
    company="", contact="ghalloran@bostonledger.example.com",
    frm=("Greg Halloran", "ghalloran@bostonledger.example.com"),
    subject="Boston Ledger - interview about nurses leaving the bedside?",
    date="2026-04-09 10:02 -0400", structure="plain", charset="us-ascii", cte="7bit",
    text="""Ms. Kagame-Dunbar,

I'm a health reporter at the Boston Ledger working on a story about experienced nurses moving out of direct patient care and into administration. A colleague of yours at the nurses' association suggested I reach out.

Would you be open to a 20-minute phone interview this week or next? We can talk on background first if you prefer, and I would only use your name with your permission.

My deadline is April 24.

Greg Halloran
Health Reporter, The Boston Ledger
617-555-0150
""",
)

add(
    slug="user_research_interview_calendar", kind="other", lang="en",
    company="", contact="hana.kim@vitalink.example.com",
    frm=("Hana Kim", "hana.kim@vitalink.example.com"),
    subject="Invitation: Vitalink user interview (30 min) @ Thu Jun 18, 2026 4pm - 4:30pm (EDT)",
    date="2026-06-11 13:44 -0400", structure="calendar", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Thanks for signing up for our research panel! This invite is for the 30-minute user interview we talked about. I'll ask about how you use the Vitalink app to message your care team and book lab appointments, and show you two early designs.

There are no right or wrong answers and we're not testing you. As a thank-you we'll send a $50 gift card after the session.

Join: https://meet.example.com/vitalink-ux-0618

Hana Kim
Senior UX Researcher, Vitalink
""",
    ics=ics(method="REQUEST", uid="ux-0618-mkd-3f9a@vitalink.example.com", sequence=0,
            start="20260618T160000", end="20260618T163000",
            summary="Vitalink user interview (30 min)",
            organizer=("Hana Kim", "hana.kim@vitalink.example.com"),
            location="https://meet.example.com/vitalink-ux-0618", stamp="20260611T174400Z",
            prodid="-//Google Inc//Google Calendar 70.9054//EN"),
)

add(
    slug="garden_waitlist_position", kind="other", lang="en",
    company="", contact="",
    frm=("JP Community Garden Co-op", "waitlist-noreply@jpgardencoop.example.org"),
    subject="Your position on the plot waitlist has changed",
    date="2026-03-02 08:00 -0500", structure="plain", charset="us-ascii", cte="7bit",
    text="""Hello Marisol,

Good news - several gardeners did not renew their plots for the 2026 season.

Your position on the Jamaica Plain Community Garden Co-op waitlist is now: #14 (was #37)

We expect to offer plots to roughly the first 10 people on the list by April 1. If your position comes up, you'll receive an offer by email with 5 days to accept.

No action is needed right now.

JP Community Garden Co-op
This is an automated message.
""",
)

add(
    slug="gps_app_live_position", kind="other", lang="en",
    company="", contact="",
    frm=("Wayline Maps", "no-reply@waylinemaps.example.com"),
    subject="Your live position is being shared with Dani",
    date="2026-05-30 18:22 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

You started sharing your live position with Dani K. from your iPhone at 6:21 PM.

Dani will see your position on the map until 9:21 PM, or until you stop sharing.

Didn't do this? Open Wayline > Sharing > Stop, and check your account security at https://waylinemaps.example.com/security

- Wayline Maps
You're receiving this because location sharing notifications are on. Manage them at https://waylinemaps.example.com/settings/notifications
""",
)

add(
    slug="package_delayed", kind="other", lang="en",
    company="", contact="",
    frm=("ParcelPoint", "tracking@parcelpoint.example.com"),
    subject="Unfortunately, your package is delayed",
    date="2026-04-03 11:48 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#fff;font-family:Arial,sans-serif;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://img.parcelpoint.example.com/brand/pp-logo.png" alt="ParcelPoint" height="30"></td></tr>
<tr><td style="background:#fff4e5;padding:18px;border-left:4px solid #f59e0b;">
<p style="margin:0;font-size:18px;font-weight:bold;">Your package is running late</p>
<p style="margin:8px 0 0 0;font-size:14px;">Unfortunately, your package is delayed due to a weather-related disruption in our network. We're sorry for the inconvenience.</p>
</td></tr>
<tr><td style="padding:18px 0;font-size:14px;line-height:21px;">
<p>Tracking number: <b>PP 7781 2290 4410</b><br>From: Cobalt Scrubs Co.<br>New estimated delivery: <b>Monday, April 6</b></p>
<p><a href="https://track.parcelpoint.example.com/c?t=PP778122904410&amp;src=email" style="background:#1f2937;color:#fff;padding:10px 18px;text-decoration:none;">Track package</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:14px 0;border-top:1px solid #eee;">Please do not reply to this email. ParcelPoint Logistics, 500 Summer St, Boston, MA 02210. <a href="https://parcelpoint.example.com/notifications" style="color:#888;">Notification settings</a></td></tr>
</table>
<img src="https://track.parcelpoint.example.com/o.gif?t=PP778122904410" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
)

add(
    slug="credit_union_loan_application_received", kind="other", lang="en",
    company="", contact="",
    frm=("Harborline Credit Union", "loans-noreply@harborlinecu.example.org"),
    subject="We've received your auto loan application",
    date="2026-07-16 15:05 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Dear Marisol Kagame-Dunbar,

Thank you for choosing Harborline Credit Union. We have received your application for an auto loan (reference AL-2026-118204).

A loan officer will review your application, and you will normally receive a decision within 1-2 business days. We may contact you if we need additional documents, such as proof of income.

You can check the status of your application in Online Banking under Loans > Applications.

Harborline Credit Union
Federally insured by NCUA. Equal Housing Opportunity.
Please do not reply to this message. For help, call 800-555-0199.
""",
)

add(
    slug="credit_card_application_declined", kind="other", lang="en",
    company="", contact="",
    frm=("Meridian Trust Bank", "alerts@meridiantrust.example.com"),
    subject="Important information about your credit card application",
    date="2026-02-06 09:41 -0500", structure="plain", charset="us-ascii", cte="7bit",
    text="""Dear Marisol Kagame-Dunbar,

Thank you for your recent application for a Meridian Trust Travel Rewards Visa card.

Unfortunately, we are unable to approve your application at this time. Our decision was based in whole or in part on information obtained from a consumer reporting agency. The principal reasons for our decision are:

  - Length of credit history at current address
  - Number of recent inquiries

You have the right to obtain a free copy of your credit report within 60 days, and to dispute the accuracy of any information in it. A letter with the full notice required by the Equal Credit Opportunity Act will arrive by mail.

Meridian Trust Bank, N.A. Member FDIC.
This mailbox does not accept replies.
""",
)

add(
    slug="apartment_application_not_selected", kind="other", lang="en",
    company="", contact="kyoo@backbayresidential.example.com",
    frm=("Kristen Yoo", "kyoo@backbayresidential.example.com"),
    subject="45 Peterborough St #3 - application update",
    date="2026-08-20 17:10 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Thanks for applying for 45 Peterborough St #3 and for getting your documents in so quickly. Unfortunately the landlord has chosen another applicant for the unit - they went with a tenant who could sign a 24-month lease.

Your application fee will be refunded within 5 business days. I have a similar 1-bed on Jersey St coming up for September 15 if you'd like to see it this weekend.

Kristen Yoo
Leasing Agent | Back Bay Residential
617-555-0112
""",
)

add(
    slug="friend_forwards_own_rejection", kind="other", lang="en",
    company="", contact="tasha.mbeki@mailbox.example.com",
    frm=("Tasha Mbeki", "tasha.mbeki@mailbox.example.com"),
    subject="Fwd: Your application to Longwood Children's Hospital",
    date="2026-03-11 21:56 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""ugh. read this. third one this month and this was the one I really wanted. wine on Friday?? I need you to tell me I'm not unemployable

T

---------- Forwarded message ---------
From: Longwood Children's Hospital Careers <careers-noreply@longwoodchildrens.example.org>
Date: Wed, Mar 11, 2026 at 4:02 PM
Subject: Your application to Longwood Children's Hospital
To: <tasha.mbeki@mailbox.example.com>

Dear Tasha,

Thank you for your interest in the Clinical Nurse Educator position. After careful review, we regret to inform you that we will not be moving forward with your application. We wish you success in your search.

Longwood Children's Hospital Talent Acquisition
""",
)

add(
    slug="excolleague_own_interview_tomorrow", kind="other", lang="en",
    company="", contact="ray.oduya@mailbox.example.com",
    frm=("Ray Oduya", "ray.oduya@mailbox.example.com"),
    subject="tomorrow!!",
    date="2026-05-20 22:14 -0400", structure="plain", charset="utf-8", cte="8bit",
    text="""M!

I have my final interview tomorrow at Harborview for the nurse manager job on 6 West. Panel of FIVE people plus a "case presentation". You did one of these at that Philly place right? Any tips? What did they ask you about budgets?? I have never owned a budget in my life 😅

Also I owe you coffee for the résumé help regardless of how it goes.

Ray
""",
)

add(
    slug="own_sent_thank_you_note", kind="other", lang="en",
    company="", contact="",
    frm=ME, to=[("Dana Oyelaran", "dana.oyelaran@tidewellhealth.example.com")],
    subject="Thank you - Care Operations Lead panel",
    date="2026-02-17 17:48 -0500", structure="plain", charset="utf-8", cte="quoted-printable",
    headers=[("User-Agent", "Mozilla Thunderbird 128.6")],
    text="""Hi Dana,

Thank you for arranging today's panel interview. Please pass my thanks to Priya and Tom as well - I really enjoyed the conversation about the scheduling desk and the after-hours triage line.

I'm very excited about the Care Operations Lead role and about Tidewell's approach to virtual care. Please let me know if there's anything else I can send.

Best regards,
Marisol Kagame-Dunbar, RN, BSN
617-555-0101
""",
)

add(
    slug="own_sent_following_up", kind="other", lang="en",
    company="", contact="",
    frm=ME, to=[("Yesenia Cartagena", "ycartagena@biscaynehealth.example.org")],
    subject="Following up - Patient Flow Manager",
    date="2026-09-24 08:35 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    html_from_text="gmail",
    text="""Hi Yesenia,

I hope you and the team came through the storm safely. I wanted to follow up on my interview on September 10 for the Patient Flow Manager position. I remain very interested and would be happy to provide anything else the hiring team needs.

Thank you,
Marisol
""",
)

add(
    slug="out_of_office_recruiter", kind="other", lang="en",
    company="", contact="cvelez@heriverhospitals.example.org",
    frm=("Velez, Carmen", "cvelez@heriverhospitals.example.org"),
    subject="Automatic reply: RE: Patient Experience Manager - phone interview",
    date="2026-03-05 19:02 -0500", structure="plain", charset="windows-1252", cte="quoted-printable",
    refs=["<her-missed-0305.C2@heriverhospitals.example.org>", "<CAO5mT1m9Ry@mail.example.com>"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your message. I am out of the office on Friday, March 6 with limited access to email and will return on Monday, March 9.

For urgent recruiting matters, please contact Talent Acquisition at 212-555-0100.

Carmen Velez
Hudson & East River Hospitals
""",
)

add(
    slug="cold_outreach_exec_search", kind="other", lang="en",
    company="", contact="ewhitaker@summitsearchpartners.example.com",
    frm=("Evan Whitaker", "ewhitaker@summitsearchpartners.example.com"),
    subject="Confidential - Director of Patient Access opportunity",
    date="2026-06-03 09:18 -0400", structure="plain", charset="us-ascii", cte="7bit",
    text="""Hi Marisol,

I came across your profile while researching nurse leaders with ambulatory operations experience in New England. I'm leading a confidential search for a Director of Patient Access at a health system in Connecticut, and your background stood out.

Would you be open to a brief, confidential conversation to see whether it might be of interest? If the timing isn't right, I'd still value connecting for the future.

Best regards,

Evan Whitaker
Partner, Healthcare Practice
Summit Search Partners
203.555.0144
""",
)

add(
    slug="network_profile_views", kind="other", lang="en",
    company="", contact="",
    frm=("ProNet", "notifications@pronet.example.com"),
    subject="You appeared in 23 searches this week",
    date="2026-04-13 05:30 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://pronet.example.com/e/unsub?t=weekly_search&m=mkd>"), *BULK],
    html=card(
        brand="ProNet", accent="#0a66c2",
        pixel_url="https://pronet.example.com/e/open/ws-0413-mkd.gif",
        body="""<p style="font-size:18px;font-weight:600;">Your week on ProNet</p>
<p>You appeared in <b>23 searches</b> this week. People who found you work at:</p>
<ul><li>Hospital &amp; health care (14)</li><li>Staffing and recruiting (6)</li><li>Insurance (3)</li></ul>
<p>Recruiters searched for: <i>patient experience</i>, <i>nurse manager</i>, <i>care coordination</i>.</p>
<p><a href="https://pronet.example.com/e/c?u=search-appearances&amp;m=mkd" style="background:#0a66c2;color:#fff;padding:9px 18px;border-radius:16px;text-decoration:none;">See all searches</a></p>
<p style="font-size:13px;color:#555;">Tip: members with an "Open to work" photo frame get 40% more recruiter messages.</p>""",
        footer="""This email was intended for Marisol Kagame-Dunbar (Registered Nurse | Patient Experience). <a href="https://pronet.example.com/e/unsub?t=weekly_search&amp;m=mkd" style="color:#999;">Unsubscribe</a><br>
ProNet Corporation, 1000 Mission St, San Francisco, CA 94103"""),
)

add(
    slug="newsletter_missed_interview_recover", kind="other", lang="en",
    company="", contact="",
    frm=("Career Compass", "hello@careercompass-mail.example.com"),
    subject="Missed an interview? Here's how to recover (really)",
    date="2026-06-16 07:00 -0400", structure="html", charset="utf-8", cte="base64",
    headers=[("List-Id", "Career Compass <compass.careercompass-mail.example.com>"),
             ("List-Unsubscribe", "<https://careercompass-mail.example.com/unsubscribe/mkd-7731>"), *BULK],
    html=newsletter(
        brand="Career Compass", tagline="The Tuesday career letter for healthcare professionals",
        accent="#155e75", logo_src="https://careercompass-mail.example.com/img/compass.png",
        pixel_url="https://careercompass-mail.example.com/open/0616/mkd-7731.gif",
        blocks=[
            """<h2 style="margin:0 0 8px 0;">You missed the interview. Now what?</h2>
<p>Train delays, a dead phone, a time-zone mix-up: recruiters tell us the most common reason candidates miss an interview is simple logistics. The recruiter's note usually reads something like "we waited for you at 10:00" or "you did not join the call".</p>
<p>What to do: reply the same day, explain briefly without over-apologizing, offer two concrete new times, and confirm the time zone in writing. <a href="https://careercompass-mail.example.com/c/0616/missed">Read more</a></p>""",
            """<h3 style="margin:0 0 6px 0;">Reader question</h3>
<p>"I got a rejection after the final round. Is it OK to ask for feedback?" Yes, and here's a template. <a href="https://careercompass-mail.example.com/c/0616/feedback">Get the template</a></p>""",
            """<h3 style="margin:0 0 6px 0;">Openings we like this week</h3>
<p>Patient Access Manager (Providence) &middot; Clinical Ops Lead, telehealth (remote US) &middot; Quality Coordinator (San Juan). <a href="https://careercompass-mail.example.com/c/0616/jobs">Browse</a></p>"""],
        footer="""Career Compass is a free weekly newsletter. You signed up at careercompass-mail.example.com.<br>
<a href="https://careercompass-mail.example.com/unsubscribe/mkd-7731" style="color:#777;">Unsubscribe</a> &middot; 77 Summer St, Boston, MA 02110"""),
)

add(
    slug="association_webinar_invite", kind="other", lang="en",
    company="", contact="",
    frm=("Northeast Healthcare Executives Forum", "events@nehef.example.org"),
    subject="Register: From bedside to boardroom - moving into healthcare administration (Feb 26)",
    date="2026-02-10 12:00 -0500", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Id", "NEHEF Events <events.nehef.example.org>"),
             ("List-Unsubscribe", "<https://nehef.example.org/email/optout?id=5512>"), *BULK],
    html=ats_table(
        logo_src="https://nehef.example.org/img/nehef-logo.png", logo_alt="Northeast Healthcare Executives Forum",
        accent="#4338ca", pixel_url="https://nehef.example.org/email/open?id=5512&c=feb26",
        body="""<p style="font-size:20px;font-weight:bold;margin:0 0 10px 0;">From bedside to boardroom</p>
<p><b>Live webinar &middot; Thursday, February 26 &middot; 12:00-1:00 PM ET</b></p>
<p>Three nurse executives share how they moved from clinical practice into operations, patient experience and administration, what they wish they had known before their first management interview, and how to translate clinical work into the language hiring committees use.</p>
<p>Free for members, $25 for non-members. 1.0 contact hour.</p>
<p style="margin:20px 0;"><a href="https://nehef.example.org/email/click?id=5512&amp;u=register-feb26" style="background:#4338ca;color:#fff;padding:11px 22px;text-decoration:none;">Register now</a></p>""",
        footer="""Northeast Healthcare Executives Forum &middot; 100 Cambridge St, Boston, MA 02114<br>
You are receiving this email as a NEHEF member or event attendee. <a href="https://nehef.example.org/email/optout?id=5512" style="color:#6b7280;">Opt out</a>"""),
)

add(
    slug="license_renewal_reminder", kind="other", lang="en",
    company="", contact="",
    frm=("Nurse Licensure Portal", "no-reply@nurselicense.example.org"),
    subject="Reminder: your RN license expires in 60 days",
    date="2026-08-04 03:00 -0400", structure="plain", charset="us-ascii", cte="7bit",
    text="""Licensee: MARISOL KAGAME-DUNBAR
License: Registered Nurse RN2261907
Expiration date: 10/03/2026

Your license is due for renewal. To renew, log in to the Nurse Licensure Portal, complete the renewal application, attest to your continuing education hours and pay the renewal fee.

Renewing early does not change your expiration cycle.

This is an automated reminder. Do not reply to this email.
""",
)

add(
    slug="former_manager_reference_call", kind="other", lang="en",
    company="", contact="lferraro@stmarysinfusion.example.org",
    frm=("Linda Ferraro", "lferraro@stmarysinfusion.example.org"),
    subject="reference call",
    date="2026-10-02 16:40 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi hon,

Just a heads up: a recruiter from Providence Care Collective called me for a reference this afternoon. All good - I gave you a glowing one and told them they'd be crazy not to hire you. They asked a lot about how you handled the staffing mess last winter, so I think the interviews went well?

Let me know how it turns out. The unit misses you already and you haven't even left!

Linda

Linda Ferraro, MSN, RN
Nurse Manager, Ambulatory Infusion
St. Mary's Infusion Center
""",
)

add(
    slug="workday_verify_email_account", kind="other", lang="en",
    company="", contact="",
    frm=("Beacon Hill Medical Partners", "beaconhillmedical@myworkday.com"),
    subject="Verify your email to finish creating your candidate account",
    date="2026-01-05 20:51 -0500", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_table(
        logo_src="https://beaconhillmedical.wd5.myworkdayjobs.com/assets/logo-bhmp.png",
        logo_alt="Beacon Hill Medical Partners", accent="#004b87",
        body="""<p>Hello,</p>
<p>Someone (hopefully you) created a candidate account on the Beacon Hill Medical Partners careers site using this email address.</p>
<p>To verify your email address and activate your account, click the link below within 24 hours:</p>
<p><a href="https://beaconhillmedical.wd5.myworkdayjobs.com/en-US/BHMP_Careers/activate/3b7f90ae2">Verify my account</a></p>
<p>If you did not create this account, you can ignore this email.</p>""",
        footer="Please do not reply to this email. This mailbox is not monitored."),
)

add(
    slug="icims_unfinished_application", kind="other", lang="en",
    company="", contact="",
    frm=("Lenox Park Medical Group Careers", "no-reply@talent.icims.com"),
    subject="You have an unfinished application",
    date="2026-03-12 10:00 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    html=ats_table(
        logo_src="https://careers-lenoxparkmg.icims.com/images/lpmg_logo.png",
        logo_alt="Lenox Park Medical Group", accent="#7a1f3d",
        pixel_url="https://careers-lenoxparkmg.icims.com/email/track/open.gif?id=5520119",
        body="""<p>Hi Marisol,</p>
<p>You started an application for <b>Practice Operations Manager</b> (Req #2026-1187) but haven't submitted it yet. Your progress has been saved.</p>
<p>Only submitted applications are reviewed by our recruiting team.</p>
<p><a href="https://careers-lenoxparkmg.icims.com/jobs/2026-1187/login?resume=1" style="background:#7a1f3d;color:#fff;padding:10px 20px;text-decoration:none;">Continue my application</a></p>""",
        footer="""This is an automated reminder. Please do not reply.<br>
Lenox Park Medical Group &middot; 655 Park Avenue, New York, NY 10065"""),
)

add(
    slug="interview_course_promo", kind="other", lang="en",
    company="", contact="",
    frm=("Interview Ready Academy", "coach@interviewready.example.com"),
    subject="Your next interview starts here (40% off ends tonight)",
    date="2026-05-31 17:00 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://interviewready.example.com/unsub?s=mkd>"), *BULK],
    html="""<html><body style="margin:0;background:#111827;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:0;"><img src="https://cdn.interviewready.example.com/promo/hero-40off.jpg" alt="40% off Interview Ready for Nurse Leaders" width="600" style="display:block;"></td></tr>
<tr><td style="padding:26px 30px;font-size:15px;line-height:23px;color:#111;">
<p><b>Tired of hearing "we've decided to go with another candidate"?</b></p>
<p>Interview Ready for Nurse Leaders is the 6-module course that has helped 3,200+ nurses land management roles. Behavioral questions, case presentations, salary negotiation - all of it.</p>
<p style="font-size:22px;font-weight:bold;color:#dc2626;">40% OFF - TONIGHT ONLY</p>
<p><a href="https://interviewready.example.com/go?c=NURSE40&amp;s=mkd" style="background:#dc2626;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold;border-radius:4px;">GET THE COURSE</a></p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;background:#f3f4f6;">Interview Ready Academy LLC, 1201 N Orange St, Wilmington, DE 19801. You subscribed to our free interview checklist. <a href="https://interviewready.example.com/unsub?s=mkd" style="color:#888;">Unsubscribe</a></td></tr>
</table>
<img src="https://interviewready.example.com/px?s=mkd&amp;c=NURSE40" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
)

add(
    slug="review_site_how_was_interview", kind="other", lang="en",
    company="", contact="",
    frm=("Workvoice", "reviews@workvoice.example.com"),
    subject="How was your interview with Schuylkill Valley Health?",
    date="2026-03-25 12:30 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://workvoice.example.com/unsub?u=mkd&t=review_prompt>"), *BULK],
    html=card(
        brand="Workvoice", accent="#16a34a",
        pixel_url="https://workvoice.example.com/o/rp-svh-mkd.gif",
        body="""<p>Hi Marisol,</p>
<p>It looks like you recently interviewed with <b>Schuylkill Valley Health</b>. Help other job seekers by sharing what the interview was like - it's anonymous and takes 2 minutes.</p>
<p>How would you rate the experience?</p>
<p style="font-size:22px;"><a href="https://workvoice.example.com/r?s=1&amp;u=mkd" style="text-decoration:none;">&#9733;</a> <a href="https://workvoice.example.com/r?s=2&amp;u=mkd" style="text-decoration:none;">&#9733;</a> <a href="https://workvoice.example.com/r?s=3&amp;u=mkd" style="text-decoration:none;">&#9733;</a> <a href="https://workvoice.example.com/r?s=4&amp;u=mkd" style="text-decoration:none;">&#9733;</a> <a href="https://workvoice.example.com/r?s=5&amp;u=mkd" style="text-decoration:none;">&#9733;</a></p>
<p style="font-size:13px;color:#555;">Did you get an offer? Were you rejected? Either way, your review helps.</p>""",
        footer="""Workvoice Inc. &middot; 2 Embarcadero Center, San Francisco, CA 94111 &middot; <a href="https://workvoice.example.com/unsub?u=mkd&amp;t=review_prompt" style="color:#999;">Unsubscribe</a>"""),
)

add(
    slug="city_career_fair", kind="other", lang="en",
    company="", contact="",
    frm=("Boston Workforce Connect", "events@bostonworkforce.example.org"),
    subject="Healthcare Career Fair - Saturday, March 14 - 40+ employers interviewing on site",
    date="2026-02-25 10:30 -0500", structure="alt", charset="us-ascii", cte="7bit",
    headers=[("List-Id", "Boston Workforce Connect announcements <news.bostonworkforce.example.org>"),
             ("List-Unsubscribe", "<mailto:leave-news@bostonworkforce.example.org>"), *BULK],
    html_from_text="gmail",
    text="""BOSTON HEALTHCARE CAREER FAIR
Saturday, March 14, 2026 - 10:00 AM to 3:00 PM
Reggie Lewis Center, 1350 Tremont St, Roxbury

More than 40 hospitals, community health centers, home-care agencies and insurers will be hiring, and many will conduct on-the-spot interviews. Bring copies of your resume.

Free workshops: resume review (10:30), interview practice (12:00), moving from clinical to non-clinical roles (1:30).

Register free: https://bostonworkforce.example.org/events/hcf-2026

Boston Workforce Connect
To stop receiving announcements, email leave-news@bostonworkforce.example.org
""",
)

add(
    slug="agency_hot_jobs_blast", kind="other", lang="en",
    company="", contact="",
    frm=("Medistaff Partners", "hotjobs-noreply@medistaffpartners.example.com"),
    subject="🔥 HOT JOBS THIS WEEK: Miami, San Juan, Philly - apply in 1 click!!",
    date="2026-07-29 11:00 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://click.medistaffpartners.example.com/unsub?cid=90077>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK],
    html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#ff6a00" style="padding:14px;">
<img src="https://cdn.medistaffpartners.example.com/email/logo-white.png" alt="MEDISTAFF PARTNERS" height="36">
</td></tr></table>
<div style="padding:18px;">
<p style="font-size:20px;font-weight:bold;">HOT JOBS!!! 🔥🔥🔥</p>
<p>Hey Marisol! New contracts just dropped and they're going FAST:</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#eee;">
<tr><td><b>Patient Flow Coordinator</b><br>Miami, FL - 13 wks - $2,450/wk</td><td><a href="https://click.medistaffpartners.example.com/l/?u=job-8812&amp;cid=90077">1-CLICK APPLY</a></td></tr>
<tr><td><b>Case Manager RN</b><br>San Juan, PR - 13 wks - $2,100/wk</td><td><a href="https://click.medistaffpartners.example.com/l/?u=job-8820&amp;cid=90077">1-CLICK APPLY</a></td></tr>
<tr><td><b>Charge RN, Med-Surg</b><br>Philadelphia, PA - 8 wks - $2,780/wk</td><td><a href="https://click.medistaffpartners.example.com/l/?u=job-8833&amp;cid=90077">1-CLICK APPLY</a></td></tr>
</table>
<p>Refer a friend and earn $1,000!!!</p>
</div>
<p style="font-size:10px;color:#888;padding:0 18px;">Medistaff Partners LLC, 2600 Douglas Rd, Coral Gables, FL 33134. <a href="https://click.medistaffpartners.example.com/unsub?cid=90077" style="color:#888;">Unsubscribe</a></p>
<img src="https://click.medistaffpartners.example.com/o.gif?cid=90077" width="1" height="1" alt="">
</body></html>
""",
)

add(
    slug="informational_chat_not_a_job", kind="other", lang="en",
    company="", contact="pstrand@capeannhealth.example.org",
    frm=("Paul Strand", "pstrand@capeannhealth.example.org"),
    subject="Re: Informational conversation?",
    date="2026-02-13 06:52 -0500", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Happy to chat - Linda speaks very highly of you. I'm at my desk early most days; how about Tuesday 2/17 at 8:00? Call my cell, 978-555-0109. Fair warning that I'll tell you the honest version of what ops is like.

Paul

Paul Strand
VP, Operations | Cape Ann Health

On Thu, Feb 12, 2026 at 9:15 PM Marisol Kagame-Dunbar <marisol.kd@example.com> wrote:
> Dear Mr. Strand,
>
> Linda Ferraro suggested I reach out. I'm an infusion nurse exploring a move
> into healthcare operations. I'm not applying for a specific role - I'd just
> love 20 minutes of your advice on how you made the transition and what
> hiring managers look for in an interview for an operations position.
>
> Thank you,
> Marisol Kagame-Dunbar
""",
)

add(
    slug="mailer_daemon_bounce", kind="other", lang="en",
    company="", contact="",
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.example.com"),
    subject="Undelivered Mail Returned to Sender",
    date="2026-05-04 21:33 -0400", structure="plain", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<careers@narragansettbayhealth.example.org>: host
    mx.narragansettbayhealth.example.org[192.0.2.41] said: 550 5.1.1
    <careers@narragansettbayhealth.example.org>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Returned message headers ---
From: Marisol Kagame-Dunbar <marisol.kd@example.com>
To: careers@narragansettbayhealth.example.org
Subject: Application - Clinical Operations Manager
Date: Mon, 4 May 2026 21:33:02 -0400
""",
)

# =============================================================================================
# Spanish
# =============================================================================================

add(
    slug="boletin_asociacion_rechazo", kind="other", lang="es",
    company="", contact="",
    frm=("Asociación de Enfermería Gerencial de PR", "boletin@aegpr.example.pr"),
    subject="Boletín de junio: cómo manejar el rechazo en la búsqueda de empleo",
    date="2026-06-01 08:00 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Id", "Boletin AEGPR <boletin.aegpr.example.pr>"),
             ("List-Unsubscribe", "<https://aegpr.example.pr/baja?s=mkd>"), *BULK],
    html=newsletter(
        brand="AEGPR", tagline="Boletín mensual de la Asociación de Enfermería Gerencial de Puerto Rico", lang="es",
        accent="#1e40af", logo_src="https://aegpr.example.pr/img/logo-blanco.png",
        pixel_url="https://aegpr.example.pr/o/jun26/mkd.gif",
        blocks=[
            """<h2 style="margin:0 0 8px 0;">"Lamentamos informarle…": cómo manejar el rechazo</h2>
<p>Recibir un correo que dice que la plaza fue cubierta o que "se continuará con otros candidatos" duele, sobre todo cuando una lleva años en piso. La Lcda. Norma Vélez comparte cinco estrategias para no desanimarse y convertir cada "no" en aprendizaje. <a href="https://aegpr.example.pr/c/jun26/rechazo?s=mkd">Leer el artículo</a></p>""",
            """<h3 style="margin:0 0 6px 0;">Convocatorias abiertas</h3>
<p>Supervisora de Enfermería (Ponce) · Coordinadora de Calidad (Mayagüez) · Gerente de Servicios al Paciente (Carolina). <a href="https://aegpr.example.pr/c/jun26/empleos?s=mkd">Ver todas</a></p>""",
            """<h3 style="margin:0 0 6px 0;">Educación continua</h3>
<p>Taller presencial: "Liderazgo de equipos en tiempos de escasez", 20 de junio, San Juan. 4 horas contacto. <a href="https://aegpr.example.pr/c/jun26/taller?s=mkd">Matricúlate</a></p>"""],
        footer="""Asociación de Enfermería Gerencial de Puerto Rico · PO Box 19001, San Juan, PR 00910<br>
Recibes este boletín por ser socia o por haberte suscrito. <a href="https://aegpr.example.pr/baja?s=mkd" style="color:#777;">Darse de baja</a>"""),
)

add(
    slug="alerta_empleo_madrid", kind="other", lang="es",
    company="", contact="",
    frm=("EmpleoSalud Alertas", "alertas@empleosalud.example.es"),
    subject="15 ofertas nuevas: Gestora de experiencia del paciente en Madrid",
    date="2026-03-09 08:05 +0100", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.empleosalud.example.es/baja?u=88231&a=alerta-17>"), *BULK],
    html="""<html lang="es"><body style="margin:0;background:#f4f6f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#333;">
<tr><td style="background:#00a19a;padding:16px 24px;"><img src="https://www.empleosalud.example.es/img/mail/logo-blanco.png" alt="EmpleoSalud" height="30"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;">Hola Marisol, estas son las ofertas nuevas de tu alerta <b>«experiencia del paciente» en Madrid</b>:</td></tr>
<tr><td style="padding:0 24px 10px 24px;font-size:13px;line-height:20px;">
<p><a href="https://www.empleosalud.example.es/r/c?d=oferta-42001&amp;u=88231" style="color:#00a19a;font-weight:bold;font-size:15px;">Gestor/a de Experiencia del Paciente</a><br>Hospital Privado Norte · Alcobendas · 38.000-42.000 €</p>
<p><a href="https://www.empleosalud.example.es/r/c?d=oferta-42013&amp;u=88231" style="color:#00a19a;font-weight:bold;font-size:15px;">Coordinadora de Atención al Paciente</a><br>Red de Clínicas Dentales Sonrisa · Madrid centro · Incorporación inmediata</p>
<p><a href="https://www.empleosalud.example.es/r/c?d=oferta-42019&amp;u=88231" style="color:#00a19a;font-weight:bold;font-size:15px;">Patient Experience Manager (inglés alto)</a><br>International Health Clinic Madrid · Chamberí · Entrevistas esta semana</p>
<p><a href="https://www.empleosalud.example.es/r/c?d=alerta-17&amp;u=88231" style="color:#00a19a;">Ver las 15 ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#999;background:#fafafa;">Recibes esta alerta porque la creaste en EmpleoSalud. <a href="https://www.empleosalud.example.es/alertas/17" style="color:#999;">Modificar alerta</a> · <a href="https://www.empleosalud.example.es/baja?u=88231&amp;a=alerta-17" style="color:#999;">Darme de baja</a></td></tr>
</table>
<img src="https://www.empleosalud.example.es/r/o.gif?u=88231&amp;m=alerta17" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
)

add(
    slug="prima_entrevista_banco", kind="other", lang="es",
    company="", contact="keishla.rosario@correo.example.pr",
    frm=("Keishla Rosario", "keishla.rosario@correo.example.pr"),
    subject="mañana es el dia!!!",
    date="2026-04-21 21:47 -0400", structure="plain", charset="utf-8", cte="8bit",
    text="""Primaaa

Mañana tengo la entrevista en el banco en Bayamon, a las 9am!!! Estoy nerviosa, es para supervisora de sucursal. Que me pongo?? Y si me preguntan por que me fui de la farmacia que digo?

Deseame suerte porfa. Te llamo mañana cuando salga.

Besos,
Kei

Enviado desde mi Galaxy
""",
)

add(
    slug="banco_solicitud_prestamo_recibida", kind="other", lang="es",
    company="", contact="",
    frm=("Banco Cooperativo Boriken", "notificaciones@bcboriken.example.pr"),
    subject="Su solicitud de préstamo personal ha sido recibida",
    date="2026-05-22 10:12 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada socia:

Hemos recibido su solicitud de préstamo personal número PP-2026-55819.

Un oficial de préstamos evaluará su solicitud y se comunicará con usted en un período de tres (3) a cinco (5) días laborables. Es posible que le solicitemos documentos adicionales, como talonarios de pago o evidencia de dirección.

Puede verificar el estado de su solicitud en BoriNet, sección Préstamos.

Banco Cooperativo Boriken
Asegurado por COSSEC.
Este mensaje es generado automáticamente. Favor de no responder.
""",
)

add(
    slug="paquete_retrasado", kind="other", lang="es",
    company="", contact="",
    frm=("EnvíosYa", "rastreo@enviosya.example.com"),
    subject="Lamentablemente, su paquete está retrasado",
    date="2026-08-27 13:26 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Marisol:

Lamentablemente, su paquete está retrasado. Debido a condiciones del tiempo en el Caribe, el vuelo de carga hacia San Juan fue reprogramado.

Número de rastreo: EY-PR-4471920
Nueva fecha estimada de entrega: lunes, 31 de agosto

No tiene que hacer nada. Le avisaremos cuando el paquete salga a entrega.

Rastrear envío: https://enviosya.example.com/rastreo/EY-PR-4471920

Gracias por su paciencia,
EnvíosYa
Este correo es automático; no responda a este mensaje.
""",
)

add(
    slug="piso_propietario_eligio_otro", kind="other", lang="es",
    company="", contact="",
    frm=("PisoFácil", "no-reply@pisofacil.example.es"),
    subject="El propietario ha elegido a otro inquilino",
    date="2026-10-09 19:40 +0200", structure="html", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="PisoFácil", accent="#f97316", lang="es",
        pixel_url="https://pisofacil.example.es/t/o/sol-9917.gif",
        body="""<p>Hola, Marisol:</p>
<p>Te escribimos sobre tu solicitud para el piso de la <b>calle de Embajadores 58, 3.º B</b> (Madrid).</p>
<p>Lamentablemente, el propietario ha elegido a otro inquilino. Gracias por tu interés y por enviar la documentación.</p>
<p>¡No te desanimes! Hay 23 pisos nuevos en Arganzuela que encajan con tu búsqueda.</p>
<p><a href="https://pisofacil.example.es/t/c?u=busqueda-arganzuela&amp;s=sol-9917" style="background:#f97316;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;">Ver pisos</a></p>""",
        footer="""PisoFácil Inmobiliaria Digital S.L. · Calle de Serrano 41, 28001 Madrid · <a href="https://pisofacil.example.es/notificaciones" style="color:#999;">Gestionar avisos</a>"""),
)

add(
    slug="radio_miami_entrevista", kind="other", lang="es",
    company="", contact="lferrer@radiocaribemiami.example.com",
    frm=("Lourdes Ferrer", "lferrer@radiocaribemiami.example.com"),
    subject="Invitación a entrevista en vivo - Radio Caribe Miami",
    date="2026-07-22 11:35 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Buenos días, Sra. Kagame-Dunbar:

Soy productora del programa "Salud al Día" de Radio Caribe Miami (1140 AM). Estamos preparando un segmento sobre la escasez de enfermeras en el sur de la Florida y en Puerto Rico, y una colega del hospital nos recomendó su nombre.

¿Le interesaría participar en una entrevista en vivo de unos 15 minutos el jueves 30 de julio a las 8:30 a.m.? Puede ser por teléfono. Hablaríamos de las condiciones de trabajo y de por qué tantas enfermeras están dejando el piso.

Quedo atenta a su respuesta.

Lourdes Ferrer
Productora – "Salud al Día"
Radio Caribe Miami · (305) 555-0120
""",
)

add(
    slug="propio_envio_cv_adjunto", kind="other", lang="es",
    company="", contact="",
    frm=ME, to=[("Recursos Humanos HSL", "empleo@hsanlazaro.example.pr")],
    subject="Solicitud - Gerente de Experiencia del Paciente",
    date="2026-01-24 15:12 -0400", structure="mixed", charset="utf-8", cte="quoted-printable",
    text="""Buenas tardes:

Mi nombre es Marisol Kagame-Dunbar. Soy enfermera graduada con ocho años de experiencia en oncología y clínicas ambulatorias, y me interesa la posición de Gerente de Experiencia del Paciente publicada en su página.

Adjunto mi resumé. Tengo licencia de enfermería de Puerto Rico vigente y disponibilidad para entrevista presencial o virtual.

Muchas gracias por su atención.

Marisol Kagame-Dunbar, RN, BSN
(617) 555-0101
""",
    pdfs=[("Marisol_Kagame-Dunbar_Resume_ES.pdf", "Marisol Kagame-Dunbar, RN, BSN", [
        "Boston, MA - marisol.kd@example.com - (617) 555-0101", "",
        "Experiencia", "Enfermera de infusion ambulatoria, 2019-presente",
        "Enfermera de oncologia, 2018-2019", "",
        "Licencias: RN Massachusetts, RN Puerto Rico"])],
)

add(
    slug="fuera_de_oficina_madrid", kind="other", lang="es",
    company="", contact="lucia.benavente@ghcastellana.example.es",
    frm=("Lucía Benavente Ruiz", "lucia.benavente@ghcastellana.example.es"),
    subject="Respuesta automática: Gracias por la entrevista",
    date="2026-04-29 19:03 +0200", structure="plain", charset="windows-1252", cte="8bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    refs=["<CAO5mT1sZ8q@mail.example.com>"],
    text="""Estaré fuera de la oficina hasta el lunes 4 de mayo, con acceso limitado al correo.

Para asuntos urgentes de Atención al Paciente, puede dirigirse a atencionpaciente@ghcastellana.example.es o llamar al 91 555 02 00.

Un saludo,
Lucía Benavente Ruiz
Grupo Hospitalario Castellana
""",
)

add(
    slug="reclutadora_contacto_en_frio", kind="other", lang="es",
    company="", contact="ycolon@boricuatalent.example.pr",
    frm=("Yadira Colón", "ycolon@boricuatalent.example.pr"),
    subject="¿Abierta a nuevas oportunidades?",
    date="2026-04-27 09:05 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola Marisol,

Vi tu perfil en ProNet y me llamó mucho la atención tu experiencia en infusión y en proyectos de mejora de la experiencia del paciente.

Soy reclutadora en Boricua Talent Group y trabajo con varias aseguradoras y hospitales en Puerto Rico que están buscando perfiles clínicos para posiciones de gerencia. ¿Estarías abierta a una llamada corta para conocerte y saber qué estás buscando?

Saludos,
Yadira Colón
Reclutadora Sr. | Boricua Talent Group
787-555-0125
""",
)

add(
    slug="webinar_entrevistas_por_competencias", kind="other", lang="es",
    company="", contact="",
    frm=("UCCS Educación Continua", "educacioncontinua@uccs.example.pr"),
    subject="Webinar gratuito: Entrevistas por competencias, cómo prepararte",
    date="2026-09-14 12:00 -0400", structure="alt", charset="utf-8", cte="quoted-printable",
    headers=[("List-Id", "UCCS Educacion Continua <ec.uccs.example.pr>"),
             ("List-Unsubscribe", "<https://www.uccs.example.pr/ec/baja?e=mkd>"), *BULK],
    html=ats_table(
        logo_src="https://www.uccs.example.pr/img/ec-logo.png", logo_alt="UCCS Educación Continua",
        accent="#7b1113", lang="es", pixel_url="https://www.uccs.example.pr/ec/o.gif?c=web0924&e=mkd",
        body="""<p style="font-size:19px;font-weight:bold;">Entrevistas por competencias: cómo prepararte</p>
<p><b>Jueves, 24 de septiembre · 6:00 p.m. · En línea</b></p>
<p>¿Te invitaron a una entrevista y no sabes qué es el método STAR? En este webinar gratuito, la Dra. Migdalia Santiago explica cómo responder preguntas por competencias y qué hacer si te dicen que no.</p>
<p><a href="https://www.uccs.example.pr/ec/r?c=web0924&amp;e=mkd" style="background:#7b1113;color:#fff;padding:10px 20px;text-decoration:none;">Regístrate</a></p>""",
        footer="""Universidad Caribeña de Ciencias de la Salud · Educación Continua · Río Piedras, PR<br>
<a href="https://www.uccs.example.pr/ec/baja?e=mkd" style="color:#6b7280;">Darse de baja</a>"""),
)

add(
    slug="cita_previa_posicion_cola", kind="other", lang="es",
    company="", contact="",
    frm=("Cita Previa - Sede Electrónica", "no-responder@citaprevia.example.es"),
    subject="Cola virtual: su posición actual es 128",
    date="2026-10-13 09:02 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Se ha incorporado a la cola virtual del servicio de Cita Previa.

Trámite: Información sobre homologación de títulos universitarios extranjeros
Su posición en la cola: 128
Tiempo de espera estimado: 45 minutos

No cierre la ventana del navegador. Cuando llegue su turno recibirá un nuevo aviso y dispondrá de 10 minutos para elegir día y hora.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
""",
)

add(
    slug="titi_primo_no_le_dieron_trabajo", kind="other", lang="es",
    company="", contact="carmenluz.rivera@correo.example.pr",
    frm=("Carmen Luz Rivera", "carmenluz.rivera@correo.example.pr"),
    subject="Javier",
    date="2026-08-30 20:18 -0400", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Mija,

Te escribo porque a tu primo Javier no le dieron el trabajo en la farmacia de Plaza Las Américas. Le mandaron un correo diciendo que escogieron a otra persona y está bien desanimado. Tú que has pasado por tantas entrevistas este año, llámalo cuando puedas, que a ti te hace caso.

Aquí todo bien, ya volvió la luz. Te quiero mucho.

Titi Carmen
""",
)

# =============================================================================================
# French
# =============================================================================================

add(
    slug="infirmiere_mag_entretien_rate", kind="other", lang="fr",
    company="", contact="",
    frm=("Infirmière Mag", "lettre@infirmieremag.example.ca"),
    subject="Entretien d'embauche raté : comment rebondir",
    date="2026-05-06 06:30 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Id", "La lettre d'Infirmiere Mag <lettre.infirmieremag.example.ca>"),
             ("List-Unsubscribe", "<https://infirmieremag.example.ca/desabonnement?c=mkd>"), *BULK],
    html=newsletter(
        brand="Infirmière Mag", tagline="La lettre hebdomadaire des infirmières et infirmiers", lang="fr",
        accent="#9d174d", logo_src="https://infirmieremag.example.ca/img/logo-lettre.png",
        pixel_url="https://infirmieremag.example.ca/o/0506/mkd.gif",
        blocks=[
            """<h2 style="margin:0 0 8px 0;">Entretien raté : comment rebondir</h2>
<p>Vous n'avez pas été retenue après une entrevue? Le courriel commence souvent par « Nous sommes au regret de vous informer… ». Trois gestionnaires expliquent comment demander une rétroaction et préparer la suivante. <a href="https://infirmieremag.example.ca/c/0506/rebondir?c=mkd">Lire l'article</a></p>""",
            """<h3 style="margin:0 0 6px 0;">Offres d'emploi de la semaine</h3>
<p>Chef d'unité, soins palliatifs (Ottawa) · Conseillère en soins, expérience patient (Sudbury) · Infirmière gestionnaire (Moncton). <a href="https://infirmieremag.example.ca/c/0506/emplois?c=mkd">Voir les offres</a></p>"""],
        footer="""Infirmière Mag, 1200, avenue McGill College, Montréal (Québec) H3B 4G7<br>
Vous recevez cette lettre parce que vous y êtes abonnée. <a href="https://infirmieremag.example.ca/desabonnement?c=mkd" style="color:#777;">Se désabonner</a>"""),
)

add(
    slug="amie_montreal_reponse_negative", kind="other", lang="fr",
    company="", contact="chloe.gagnon@courriel.example.ca",
    frm=("Chloé Gagnon", "chloe.gagnon@courriel.example.ca"),
    subject="bon ben...",
    date="2026-02-27 22:05 -0500", structure="plain", charset="utf-8", cte="8bit",
    text="""Salut ma belle,

J'ai eu une réponse négative du CHU pour le poste de conseillère cadre. Après trois entrevues!! Ils ont pris quelqu'un de l'interne, évidemment. Je suis déçue mais bon, je vais m'en remettre.

Et toi, ça avance tes démarches à Toronto? Raconte-moi.

Bisous,
Chloé
""",
)

add(
    slug="reponse_automatique_absente", kind="other", lang="fr",
    company="", contact="gparadis@santeclair.example.ca",
    frm=("Geneviève Paradis", "gparadis@santeclair.example.ca"),
    subject="Réponse automatique : Merci pour l'entrevue",
    date="2026-05-21 18:03 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    refs=["<CAO5mT1yH4mq@mail.example.com>"],
    text="""Bonjour,

Je suis absente du bureau jusqu’au mardi 26 mai inclusivement. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, veuillez écrire à operations@santeclair.example.ca.

Geneviève Paradis
Santéclair Télémédecine
""",
)

add(
    slug="entretien_utilisateur_app", kind="other", lang="fr",
    company="", contact="recherche@mediclic.example.ch",
    frm=("Équipe Recherche Médiclic", "recherche@mediclic.example.ch"),
    subject="Participez à un entretien utilisateur (45 min, bon de CHF 50)",
    date="2026-09-03 10:20 +0200", structure="alt", charset="utf-8", cte="quoted-printable",
    html_from_text="gmail",
    text="""Bonjour Marisol,

Vous utilisez Médiclic pour prendre vos rendez-vous médicaux en Suisse : merci ! Nous cherchons des personnes prêtes à participer à un entretien utilisateur de 45 minutes, en visioconférence, pour nous aider à améliorer la prise de rendez-vous en ligne.

Il ne s'agit pas d'un test : nous voulons simplement comprendre vos habitudes. En remerciement, vous recevrez un bon de CHF 50.

Intéressée ? Répondez simplement à ce courriel en indiquant deux ou trois créneaux qui vous conviennent entre le 14 et le 25 septembre.

L'équipe Recherche utilisateurs
Médiclic SA, Lausanne
""",
)

add(
    slug="ecole_langues_inscription_acceptee", kind="other", lang="fr",
    company="", contact="",
    frm=("Institut Linguistique du Léman", "inscriptions-noreply@ill.example.ch"),
    subject="Votre candidature au cours intensif d'allemand a été acceptée",
    date="2026-09-25 14:00 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame Kagame-Dunbar,

Nous avons le plaisir de vous informer que votre candidature au cours intensif d'allemand (niveau A2-B1, en ligne) a été acceptée.

Session : du 12 octobre au 18 décembre 2026, lundi-jeudi, 18h30-20h30 (heure de Zurich)
Frais d'inscription : CHF 1'450.-, payables d'ici au 5 octobre

Votre test de placement aura lieu en ligne le 7 octobre. Le lien vous sera envoyé la veille.

Institut Linguistique du Léman
Ceci est un message automatique, merci de ne pas y répondre.
""",
)

# =============================================================================================
# German
# =============================================================================================

add(
    slug="job_abo_pflegejobs_zuerich", kind="other", lang="de",
    company="", contact="",
    frm=("Pflegejobs Schweiz Job-Abo", "jobabo@pflegejobs-schweiz.example.ch"),
    subject="8 neue Stellen für «Leitung Pflege» in Zürich",
    date="2026-08-31 06:45 +0200", structure="html", charset="utf-8", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://pflegejobs-schweiz.example.ch/abo/kuendigen?id=55-mkd>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK],
    html="""<html lang="de"><body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 22px;border-bottom:3px solid #d52b1e;"><img src="https://pflegejobs-schweiz.example.ch/img/mail-logo.png" alt="Pflegejobs Schweiz" height="30"></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;color:#333;">Guten Tag Marisol Kagame-Dunbar<br><br>Für Ihr Job-Abo <b>«Leitung Pflege» · Zürich · 80–100 %</b> gibt es 8 neue Stellen:</td></tr>
<tr><td style="padding:0 22px;font-size:13px;line-height:20px;">
<p><a href="https://pflegejobs-schweiz.example.ch/r?j=77120&amp;a=55" style="color:#d52b1e;font-weight:bold;">Stationsleiterin Chirurgie 90–100 %</a><br>Spital Zollikerberg-Nord · Zollikerberg</p>
<p><a href="https://pflegejobs-schweiz.example.ch/r?j=77131&amp;a=55" style="color:#d52b1e;font-weight:bold;">Leitung Pflegeentwicklung 80 %</a><br>Pflegezentrum Irchelpark · Zürich</p>
<p><a href="https://pflegejobs-schweiz.example.ch/r?j=77145&amp;a=55" style="color:#d52b1e;font-weight:bold;">Teamleitung Patientenadministration 100 %</a><br>Privatklinik Seeblick · Küsnacht</p>
<p><a href="https://pflegejobs-schweiz.example.ch/r?a=55&amp;all=1" style="color:#d52b1e;">Alle 8 Stellen anzeigen</a></p>
</td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#888;background:#fafafa;">Sie erhalten diese E-Mail, weil Sie ein Job-Abo eingerichtet haben. <a href="https://pflegejobs-schweiz.example.ch/abo/kuendigen?id=55-mkd" style="color:#888;">Job-Abo kündigen</a><br>Pflegejobs Schweiz AG · Badenerstrasse 120 · 8004 Zürich</td></tr>
</table>
<img src="https://pflegejobs-schweiz.example.ch/o.gif?a=55&amp;d=0831" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
)

add(
    slug="freundin_eigenes_vorstellungsgespraech", kind="other", lang="de",
    company="", contact="nadja.frei@posteo-like.example.ch",
    frm=("Nadja Frei", "nadja.frei@posteo-like.example.ch"),
    subject="Mein Gespräch heute",
    date="2026-09-30 20:11 +0200", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hoi Marisol

Ich hatte heute mein Vorstellungsgespräch beim Kantonsspital für die Stelle als Stationsleiterin! Zwei Stunden, mit Fallbeispiel und allem. Ich glaube, es ist gut gelaufen, aber die Pflegedirektorin hat keine Miene verzogen 😬 Entscheid kommt nächste Woche.

Wie läuft es bei dir mit der Spitex? Wenn du wirklich nach Zürich kommst, musst du bei mir wohnen, bis du etwas findest!

Liebe Grüsse
Nadja
""",
)

add(
    slug="abwesenheitsnotiz_herbstferien", kind="other", lang="de",
    company="", contact="reto.baumann@spitex-zn.example.ch",
    frm=("Reto Baumann", "reto.baumann@spitex-zn.example.ch"),
    subject="Abwesenheitsnotiz: Terminverschiebung Vorstellungsgespräch",
    date="2026-10-05 07:14 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    refs=["<CAO5mT1zK8vd@mail.example.com>"],
    text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 9. Oktober, in den Ferien und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an Frau Sandra Meier, sandra.meier@spitex-zn.example.ch, Tel. +41 44 555 03 00.

Freundliche Grüsse
Reto Baumann
Spitex Zürich Nord
""",
)

add(
    slug="migrationsamt_gesuch_eingegangen", kind="other", lang="de",
    company="", contact="",
    frm=("Migrationsamt Kanton Zürich", "no-reply@migration-zh.example.ch"),
    subject="Eingangsbestätigung: Ihr Gesuch um Erteilung einer Aufenthaltsbewilligung",
    date="2026-10-20 10:30 +0200", structure="plain", charset="utf-8", cte="base64",
    text="""Sehr geehrte Frau Kagame-Dunbar

Wir bestätigen den Eingang Ihres Gesuchs um Erteilung einer Aufenthaltsbewilligung mit Erwerbstätigkeit (Gesuchsnummer ZH-2026-118734).

Das Gesuch wird zurzeit geprüft. Die Bearbeitungsdauer beträgt in der Regel acht bis zwölf Wochen. Bitte sehen Sie in dieser Zeit von Nachfragen ab. Sollten Unterlagen fehlen, werden wir Sie schriftlich kontaktieren.

Freundliche Grüsse
Migrationsamt des Kantons Zürich

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
)
