"""Everything else in the mailbox (hundred-and-twelfth corpus): newsletters, alerts, other
meanings of the job words, friends, the candidate's own mail, auto-replies, cold outreach."""

from __future__ import annotations

from msgs112_common import CANDIDATE, ats_html, gmail_html, newsletter_html, paras, track

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

ME = CANDIDATE

# 1. Careers newsletter about rejection.
add(
    kind="other", scenario="newsletter_rejection_advice", lang="en",
    sender=("Rosie at The Shortlist", "hello@theshortlist.example.co.uk"),
    subject="Rejected again? Read this before you send the next application",
    date="2026-02-12 07:00:00 +0000", charset="utf-8", cte="qp",
    list={"id": "The Shortlist weekly <weekly.theshortlist.example.co.uk>",
          "unsubscribe": "<https://theshortlist.example.co.uk/unsub?u=pr77>, <mailto:unsubscribe@theshortlist.example.co.uk?subject=unsubscribe>"},
    headers=[("X-Mailer", "Mailchimp Mailer - **CID7a1f2e**")],
    html=newsletter_html(
        title="The Shortlist – issue 118", tracker="theshortlist.us21.list-manage.com", seed="x1",
        logo="https://theshortlist.example.co.uk/img/logo.png", logo_alt="The Shortlist",
        intro="""<p>Morning!</p><p>This week's inbox was full of one word: <em>unfortunately</em>. So many of you wrote in after a rejection email landed, some after a final interview, some after nothing at all. This issue is for you.</p>""",
        items=[
            ("Why 'we've decided to move forward with other candidates' isn't about you",
             "A recruiter explains what really happens between the interview and that email.",
             "https://theshortlist.example.co.uk/blog/other-candidates"),
            ("How to ask for feedback (and actually get it)",
             "Three lines you can copy into your reply today.",
             "https://theshortlist.example.co.uk/blog/feedback"),
            ("Missed an interview? What to write in the next hour",
             "It happens. Here's how to rescue the situation without grovelling.",
             "https://theshortlist.example.co.uk/blog/missed-interview"),
            ("This week's 40 new marketing roles outside London",
             "From Newcastle to Truro, hand-picked by us.",
             "https://theshortlist.example.co.uk/jobs"),
        ],
        footer="You're receiving this because you signed up at theshortlist.example.co.uk.<br>The Shortlist, 7 Kirkgate, Leeds LS2 7DJ",
        unsubscribe="https://theshortlist.example.co.uk/unsub?u=pr77"),
    company="", contact="")

# 2. Job alert digest.
_x2_items = [
    ("CRM Executive – Harrowgate &amp; Finch", "Leeds · £30,000–£34,000 · Posted 3 weeks ago", "https://www.worknest.example.com/job/88120"),
    ("Email Marketing Manager – Saltmarsh Swimwear", "Whitby (hybrid) · £40,000 · Easy Apply", "https://www.worknest.example.com/job/88131"),
    ("Ecommerce Coordinator – Pennine Co-op", "Leeds · Interview this week · Urgently hiring", "https://www.worknest.example.com/job/88145"),
    ("Loyalty &amp; CRM Analyst – Northgate", "Leeds LS1 · £36,000", "https://www.worknest.example.com/job/88150"),
    ("Marketing Automation Specialist – Crowdcart", "Remote (UK) · £45,000–£52,000", "https://www.worknest.example.com/job/88167"),
]
add(
    kind="other", scenario="job_alert_digest", lang="en",
    sender=("WorkNest Job Alerts", "alerts@mail.worknest.example.com"),
    subject="12 new jobs for \"CRM\" in Leeds",
    date="2026-03-04 06:30:11 +0000", charset="utf-8", cte="base64",
    list={"id": "<jobalerts.worknest.example.com>",
          "unsubscribe": "<https://www.worknest.example.com/alerts/unsubscribe?id=55190>"},
    html=newsletter_html(
        title="12 new jobs for CRM in Leeds", tracker="clicks.worknest.example.com", seed="x2", colour="#f97316",
        logo="https://static.worknest.example.com/img/logo-wn.png", logo_alt="WorkNest",
        intro="<p>Hi Priya, here are the newest jobs matching your alert <b>CRM · Leeds · within 15 miles</b>. Don't miss out: jobs like these get most applications in the first 48 hours.</p>",
        items=[(t, d + ".", u) for t, d, u in _x2_items],
        footer="You set up this job alert on WorkNest. WorkNest Ltd, 1 Brewery Wharf, Leeds LS10 1JQ.",
        unsubscribe="https://www.worknest.example.com/alerts/unsubscribe?id=55190"),
    company="", contact="")

# 3. Podcast guest interview.
add(
    kind="other", scenario="podcast_guest_interview", lang="en",
    sender=("Kemi Adebayo", "kemi@retailunpacked.example.co.uk"),
    subject="Would you be a guest on Retail Marketing Unpacked?",
    date="2026-04-21 12:40:37 +0100", charset="utf-8", cte="qp",
    text="""Hi Priya,

I'm the host of Retail Marketing Unpacked, a fortnightly podcast for people working in retail and ecommerce marketing in the North (about 4,000 listeners, mostly marketers in small and mid-size brands).

A friend of mine saw your talk at the Leeds Digital Festival meetup on rebuilding a loyalty scheme on a tiny budget, and I'd love to interview you for an episode. It would be a relaxed 40-minute conversation, recorded remotely, and you'd get to approve the edit before it goes out.

We're recording in May and June. Would you be up for it? No pressure at all.

Thanks,
Kemi

Kemi Adebayo
Host & producer, Retail Marketing Unpacked
retailunpacked.example.co.uk | @retailunpacked
""",
    company="", contact="kemi@retailunpacked.example.co.uk")

# 4. Press interview request.
add(
    kind="other", scenario="press_interview_request", lang="en",
    sender=("Daniel Firth", "daniel.firth@yorkshireretailer.example.co.uk"),
    subject="Interview request - loyalty feature",
    date="2026-05-11 16:02:20 +0100", charset="windows-1252", cte="qp",
    text="""Dear Priya,

I’m a reporter at The Yorkshire Retailer and I’m putting together a feature for our June issue on how independent and regional retailers are reworking loyalty schemes.

Your “Harvey Street Rewards” relaunch came up in two separate conversations I’ve had this month, and I’d love to interview you about it – 20 minutes on the phone would be plenty. We’d quote you by name and title, and I can send you your quotes to check before publication.

Would you have time this week or next?

Best wishes,
Daniel

Daniel Firth
Business Reporter | The Yorkshire Retailer
M: 07700 900 771
""",
    company="", contact="daniel.firth@yorkshireretailer.example.co.uk")

# 5. User research interview for an app, alternative.
_x5 = """Hi Priya,

I'm Chloe, a user researcher at Basketly. You recently used Basketly to order from a local shop in Headingley, and we'd love to hear about it.

Would you be up for a 30-minute research interview over video? We'll ask how you discovered us, what you liked and what drove you mad. There are no right answers and we're not selling anything. As a thank you, we'll send a £25 Basketly voucher.

Pick a slot here: https://calendly.example.com/basketly-research/30min

Thanks so much,
Chloe Barnes
User Researcher, Basketly"""
add(
    kind="other", scenario="user_research_interview", lang="en",
    sender=("Chloe Barnes", "chloe.b@basketly.example.co.uk"),
    subject="Help shape Basketly - 30 min chat + £25 voucher?",
    date="2026-06-16 10:11:09 +0100", charset="utf-8", cte="qp",
    text=_x5,
    html=ats_html(brand="Basketly", logo="https://basketly.example.co.uk/img/logo.png", logo_alt="basketly",
                  tracker="email.basketly.example.co.uk", seed="x5", colour="#16a34a", body=paras(_x5),
                  footer="Basketly Ltd, Platform, New Station Street, Leeds LS1 4JB · You're receiving this because you have a Basketly account. <a href=\"https://basketly.example.co.uk/prefs\">Email preferences</a>"),
    company="", contact="chloe.b@basketly.example.co.uk")

# 6. GPS app: your position.
add(
    kind="other", scenario="gps_app_position", lang="en",
    sender=("Trailmate", "notifications@trailmate.example.com"),
    subject="Your position is being shared with Sam",
    date="2026-07-04 08:14:02 +0100", charset="utf-8", cte="qp",
    html="""<html><body style="margin:0;font-family:Roboto,Arial,sans-serif;background:#eef2f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px">
<tr><td style="padding:20px"><img src="https://cdn.trailmate.example.com/logo.png" alt="Trailmate" height="28"></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:15px;color:#263238;line-height:22px">
<p><b>Live tracking is on.</b></p>
<p>Your position is being shared with <b>Sam</b> for the next 8 hours while you walk <i>Malham Cove &amp; Gordale Scar circular</i>.</p>
<p>Unfortunately your phone dropped GPS signal for 12 minutes near Gordale Scar, so Sam may see a gap in your route. Your position will update again automatically.</p>
<p><a href="https://trailmate.example.com/live/stop" style="color:#00796b">Stop sharing</a> · <a href="https://trailmate.example.com/live/map" style="color:#00796b">View map</a></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#90a4ae">Trailmate Ltd · You're receiving this because Live Tracking is enabled. <a href="https://trailmate.example.com/settings" style="color:#90a4ae">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
""",
    company="", contact="")

# 7. GP surgery callback queue.
add(
    kind="other", scenario="callback_queue_position", lang="en",
    sender=("Chapel Allerton Health Centre", "no-reply@chapelallertonhc.example.nhs.uk"),
    subject="Your callback request - position in queue: 6",
    date="2026-01-22 08:03:50 +0000", charset="us-ascii", cte="7bit",
    text="""Chapel Allerton Health Centre

Thank you for your request for a callback from the practice.

Your current position in the queue is: 6

A member of the team will call you on the number ending 418. Please keep your phone nearby.
If your position changes we will not send another email.

If your condition gets worse, call 111 or, in an emergency, 999.

This is an automated message. Replies to this address are not read.
""",
    company="", contact="")

# 8. Courier: unfortunately your package is delayed, alternative.
_x8 = """Unfortunately your package is delayed

Hi Priya,

We're sorry - your parcel from Kestrel Outdoor (tracking PSW 4471 0993 2810) didn't make it onto today's van because of a problem at our Wakefield hub.

New estimated delivery: Thursday 19 February, 8am-6pm.

You don't need to do anything. If you'd rather we left it with a neighbour or in a safe place, you can change your delivery options.

ParcelSwift"""
add(
    kind="other", scenario="courier_package_delayed", lang="en",
    sender=("ParcelSwift", "updates@parcelswift.example.co.uk"),
    subject="Unfortunately your package is delayed",
    date="2026-02-17 17:45:30 +0000", charset="utf-8", cte="qp",
    text=_x8,
    html=ats_html(brand="ParcelSwift", logo="https://parcelswift.example.co.uk/logo.png", logo_alt="ParcelSwift",
                  tracker="track.parcelswift.example.co.uk", seed="x8", colour="#7c3aed", body=paras(_x8),
                  button=("Change delivery options", "https://parcelswift.example.co.uk/t/PSW447109932810"),
                  footer="ParcelSwift Ltd, Calder Park, Wakefield WF2 7UA. Please don't reply to this email."),
    company="", contact="")

# 9. Building society: loan application received.
add(
    kind="other", scenario="loan_application_received", lang="en",
    sender=("Pennine Building Society", "loans-noreply@penninebs.example.co.uk"),
    subject="We've received your loan application",
    date="2026-04-03 19:21:44 +0100", charset="utf-8", cte="qp",
    text="""Dear Ms Ramanathan-Hughes,

Thank you for applying for a personal loan with Pennine Building Society.

Application reference: PL-2026-0481177
Amount requested: £6,500 over 48 months

We've received your application and will now carry out our checks, including a credit search. We'll let you know our decision within 2 working days. You don't need to do anything at the moment.

If you didn't make this application, please call us straight away on 0345 555 0190.

Yours sincerely,
Personal Lending Team
Pennine Building Society

Pennine Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 100077).
""",
    company="", contact="")

# 10. Bank: credit card application declined.
add(
    kind="other", scenario="credit_card_declined", lang="en",
    sender=("Aire Bank", "noreply@email.airebank.example.co.uk"),
    subject="An update on your credit card application",
    date="2026-04-09 11:08:26 +0100", charset="utf-8", cte="base64",
    html=ats_html(
        brand="Aire Bank", logo="https://email.airebank.example.co.uk/img/logo.png", logo_alt="Aire Bank",
        tracker="links.airebank.example.co.uk", seed="x10", colour="#0f172a",
        body="""<p>Dear Priya,</p>
<p>Thank you for applying for the Aire Rewards Credit Card.</p>
<p>We're sorry, but we're unable to approve your application at this time. We made this decision after looking at the information you gave us and information from a credit reference agency.</p>
<p>This doesn't mean you'll be declined by other lenders. You can find out more about why applications are declined, and how to check your credit file for free, on our website.</p>
<p>Aire Bank</p>""",
        footer="""Aire Bank plc. Registered in England No. 09914420. Registered office: 3 Sovereign Square, Leeds LS1 4DA.<br>
Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA. Please don't reply to this email."""),
    company="", contact="")

# 11. Flat application refused by a letting agent.
add(
    kind="other", scenario="flat_application_refused", lang="en",
    sender=("Ryan Metcalf", "ryan@headrowlettings.example.co.uk"),
    subject="14 Brudenell Road - application",
    date="2026-01-16 13:55:12 +0000", charset="utf-8", cte="7bit",
    text="""Hi Priya,

Thanks for your application for 14 Brudenell Road and for coming to the viewing on Saturday.

Unfortunately the landlord has decided to go with another applicant who can move in from 1 February, so your application has not been successful on this occasion. Your holding deposit hasn't been taken, so there's nothing to refund.

We've got a couple of similar two-beds coming up in Hyde Park and Woodhouse next month - shall I send them over?

Regards,
Ryan Metcalf
Lettings Negotiator
Headrow Lettings | 0113 496 0455
""",
    company="", contact="ryan@headrowlettings.example.co.uk")

# 12. Friend's own rejection, Apple Mail.
add(
    kind="other", scenario="friend_own_rejection", lang="en",
    sender=("Sophie Gallagher", "sophie.gallagher88@gmail.example.com"),
    subject="well that's that",
    date="2026-03-13 22:17:45 +0000", charset="utf-8", cte="8bit",
    text="""Pri,

Didn't get the Fenwick & Rowe job. Found out by email at 9pm on a Friday, who does that?! "We have decided to proceed with candidates whose experience more closely matches the role." After THREE interviews and a presentation. I'm fuming.

Anyway. Wine tomorrow? I need to hear about your interviews and pretend I'm happy for you 😂 (I am really)

S x

Sent from my iPhone
""",
    company="", contact="sophie.gallagher88@gmail.example.com")

# 13. Friend's own interview, Gmail alternative.
_x13 = """Hey Priya!

Guess who's got an interview on Thursday?! The digital marketing exec job at the Royal Armouries gift shop - the one I moaned about applying for.

You've done loads of these lately, any tips? They want a 5 minute presentation on "engaging a family audience online" and I've got nothing. Could I buy you a coffee and pick your brain on Tuesday?

Tariq"""
add(
    kind="other", scenario="friend_own_interview", lang="en",
    sender=("Tariq Hussain", "tariq.h.hussain@gmail.example.com"),
    subject="need your brain",
    date="2026-05-03 20:05:31 +0100", charset="utf-8", cte="qp",
    msgid="<CAFtariq8d1e@mail.gmail.com>",
    text=_x13,
    html=gmail_html("".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in _x13.split("\n"))),
    company="", contact="tariq.h.hussain@gmail.example.com")

# 14. Candidate's own sent mail: follow-up.
add(
    kind="other", scenario="own_sent_follow_up", lang="en",
    sender=ME, to=[("Jess Okafor", "jess.okafor@digitalretailrecruit.example.co.uk")],
    subject="Following up",
    date="2026-03-27 09:10:05 +0000", charset="utf-8", cte="7bit",
    msgid="<CAOpriya-jess-0327@mail.gmail.com>",
    text="""Hi Jess,

Sorry again for missing your call on Tuesday - my phone had died on the train and I only saw your email in the evening.

I'm still very interested in the Loyalty Executive brief. Could we rebook the screening call? I'm free any time Monday or Tuesday next week.

Thanks,
Priya

Priya Ramanathan-Hughes
07700 900 233 | linkedin.example.com/in/priya-rh
""",
    company="", contact="")

# 15. Candidate's own sent mail: thank-you after the interview.
add(
    kind="other", scenario="own_sent_thank_you", lang="en",
    sender=ME, to=[("Megan Crowther", "megan.crowther@harrowgatefinch.example.co.uk")],
    cc=[("Daniel Ashworth", "daniel.ashworth@harrowgatefinch.example.co.uk")],
    subject="Thank you - CRM Executive interview",
    date="2026-03-12 18:22:40 +0000", charset="utf-8", cte="qp",
    msgid="<CAOpriya-hf-thanks-0312@mail.gmail.com>",
    text="""Dear Megan and Daniel,

Thank you both for taking the time to meet me this afternoon. I really enjoyed hearing about the plans for the new H&F app and the idea of moving the birthday programme from email into the app's inbox.

Since you asked about it, I've put the re-engagement flow I mentioned into a one-page sketch; happy to send it over if it's useful.

I'm very excited about the role and look forward to hearing from you.

Kind regards,
Priya Ramanathan-Hughes
""",
    company="", contact="")

# 16. Candidate's own speculative application with the CV attached.
add(
    kind="other", scenario="own_sent_speculative_cv", lang="en",
    sender=ME, to=[("Ellie Brannigan", "ellie@brambleandwick.example.co.uk")],
    subject="Speculative - CRM / ecommerce help at Bramble & Wick?",
    date="2026-01-12 20:48:03 +0000", charset="utf-8", cte="qp",
    msgid="<d41e8b4c-priya-spec@example.co.uk>",
    text="""Hi Ellie,

I hope you don't mind me getting in touch out of the blue. I've been a customer since your first Kirkgate Market stall and I've watched Bramble & Wick grow with a lot of admiration.

I'm a retail marketing coordinator in Leeds, currently running email and loyalty for a regional fashion retailer, and I'm looking to move into ecommerce and CRM full time. I noticed your abandoned-basket emails stop after the first reminder, and I think there's real money being left on the table there, especially around Christmas.

I've attached my CV. If you ever need help with CRM, email or the online shop, part time or full time, I'd love to have a chat.

Best wishes,
Priya Ramanathan-Hughes
07700 900 233
""",
    attachments=[{"filename": "Priya_Ramanathan-Hughes_CV.pdf", "pdf": [
        "PRIYA RAMANATHAN-HUGHES",
        "Leeds | priya.rh@example.co.uk | 07700 900 233",
        "",
        "Retail Marketing Coordinator, Harvey Street (2022 - present)",
        "- Relaunched Harvey Street Rewards: +31% active members in 12 months",
        "- Built welcome, birthday and win-back journeys in Klaviyo",
        "",
        "Marketing Assistant, Kirkgate Collective (2019 - 2022)",
        "",
        "BA (Hons) Marketing with French, University of Leeds",
    ]}],
    company="", contact="")

# 17. Out-of-office from an agency consultant.
add(
    kind="other", scenario="out_of_office_agency", lang="en",
    sender=("Jess Okafor", "jess.okafor@digitalretailrecruit.example.co.uk"),
    subject="Out of Office: Following up",
    date="2026-03-27 09:10:09 +0000", charset="utf-8", cte="7bit",
    in_reply_to="<CAOpriya-jess-0327@mail.gmail.com>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email. I'm on annual leave until Tuesday 31 March with no access to email.

If your message is about an interview or offer that can't wait, please contact my colleague Dan Whitby on 020 7946 0322. Otherwise I'll get back to you when I'm back.

Jess
""",
    company="", contact="jess.okafor@digitalretailrecruit.example.co.uk")

# 18. Outlook automatic reply from a recruiter.
add(
    kind="other", scenario="automatic_reply_outlook", lang="en",
    sender=("Hannah Oyelaran", "hannah.oyelaran@mosslanebeauty.example.co.uk"),
    subject="Automatic reply: CRM Manager - feedback call",
    date="2026-03-13 08:44:51 +0000", charset="windows-1252", cte="qp",
    in_reply_to="<CAOpriya-mosslane-0313@mail.gmail.com>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "hannah.oyelaran@mosslanebeauty.example.co.uk")],
    text="""Hello,

I’m out of the office at our Moss Lane pop-up in Liverpool until Monday 16 March and checking emails only occasionally.

For anything urgent about interviews or candidates, please contact talent@mosslanebeauty.example.co.uk.

Many thanks,
Hannah
""",
    company="", contact="hannah.oyelaran@mosslanebeauty.example.co.uk")

# 19. In-house recruiter cold outreach, no interview.
add(
    kind="other", scenario="cold_outreach_inhouse", lang="en",
    sender=("Ben Carver", "ben.carver@fernhillgroup.example.co.uk"),
    subject="Quick question",
    date="2026-05-19 12:30:17 +0100", charset="utf-8", cte="qp",
    text="""Hi Priya,

I came across your profile while researching CRM people in Yorkshire and was really impressed by the Harvey Street Rewards work.

I lead talent for Fernhill Group (we own Fernhill Garden Centres and the Potting Shed cafes). We don't have an open CRM role today, but we're planning to build out a customer team later in the year and I'm keen to get to know good people early.

Would you be open to a no-pressure conversation at some point? Totally understand if the timing isn't right.

Best,
Ben Carver
Head of Talent, Fernhill Group
""",
    company="", contact="ben.carver@fernhillgroup.example.co.uk")

# 20. Agency mass mailing, exclamation-heavy, list headers.
add(
    kind="other", scenario="agency_mass_mail_hot_roles", lang="en",
    sender=("Dan Whitby", "dan.whitby@digitalretailrecruit.example.co.uk"),
    subject="🔥 HOT ROLES THIS WEEK!!! CRM, Ecom & Loyalty 🔥",
    date="2026-06-29 07:45:00 +0100", charset="utf-8", cte="qp",
    list={"id": "DRR Candidate Updates <candidates.digitalretailrecruit.example.co.uk>",
          "unsubscribe": "<https://digitalretailrecruit.example.co.uk/optout?c=pr233>"},
    html=newsletter_html(
        title="HOT ROLES THIS WEEK", tracker="drr.mailer.example.com", seed="x20", colour="#e11d48",
        intro="""<p>Morning all!!! 👋</p><p>It's been a MAD week for CRM hiring and I've got some absolute crackers on my desk. Clients are interviewing FAST so if anything catches your eye, just hit reply and I'll call you today!!!</p>""",
        items=[
            ("CRM Manager – luxury fashion, London W1 – up to £60k!!", "Braze, Salesforce MC, lots of travel to Milan. Interviews next week!!", "https://digitalretailrecruit.example.co.uk/jobs/5521"),
            ("Ecommerce Executive – beauty DTC, Manchester – £32k", "Shopify Plus, tiny team, huge growth!!", "https://digitalretailrecruit.example.co.uk/jobs/5533"),
            ("Loyalty Lead – grocery, Leeds – £50k + bonus", "Build the new app-based scheme from scratch!!", "https://digitalretailrecruit.example.co.uk/jobs/5540"),
        ],
        footer="Dan Whitby · Director · Digital Retail Recruit · 020 7946 0322<br>Digital Retail Recruit Limited is an employment agency. Registered in England No. 08810442.",
        unsubscribe="https://digitalretailrecruit.example.co.uk/optout?c=pr233"),
    company="", contact="dan.whitby@digitalretailrecruit.example.co.uk")

# 21. Webinar invitation about interview skills.
add(
    kind="other", scenario="webinar_interview_skills", lang="en",
    sender=("CRM Academy Events", "events@crmacademy.example.com"),
    subject="Live Q&A Thursday: how to nail your CRM interview",
    date="2026-07-13 15:00:00 +0100", charset="utf-8", cte="qp",
    list={"id": "CRM Academy events <events.crmacademy.example.com>",
          "unsubscribe": "<https://crmacademy.example.com/unsubscribe/evt>"},
    html=newsletter_html(
        title="Live Q&A: nail your CRM interview", tracker="go.crmacademy.example.com", seed="x21", colour="#2563eb",
        logo="https://crmacademy.example.com/img/logo.png", logo_alt="CRM Academy",
        intro="""<p>Hi Priya,</p><p>You're invited! This Thursday at 1pm (BST) our Head of Community, Layla Ahmed, hosts a free live session for CRM and lifecycle marketers who are interviewing. Bring your questions about case studies, take-home tasks and salary negotiation.</p>""",
        items=[
            ("Save your seat (free)", "Thursday 16 July, 1pm–2pm BST, on Zoom. Recording sent to everyone who registers.", "https://crmacademy.example.com/events/interview-qa"),
            ("Download: 25 CRM interview questions", "The questions hiring managers told us they always ask.", "https://crmacademy.example.com/guides/25-questions"),
        ],
        footer="CRM Academy · 20 Mortimer Street, London W1T 3JW · You're receiving this because you have a CRM Academy account.",
        unsubscribe="https://crmacademy.example.com/unsubscribe/evt"),
    company="", contact="")

# 22. Job platform: verify your email.
add(
    kind="other", scenario="platform_verify_email", lang="en",
    sender=("WorkNest", "accounts@mail.worknest.example.com"),
    subject="Confirm your email address",
    date="2026-01-08 21:14:50 +0000", charset="us-ascii", cte="7bit",
    text="""Hi Priya,

Welcome to WorkNest! Please confirm your email address to finish setting up your account and start applying for jobs.

Confirm your email: https://www.worknest.example.com/verify?t=9c2e1b7a44d0

This link expires in 24 hours. If you didn't create a WorkNest account, you can ignore this email.

The WorkNest team
WorkNest Ltd, 1 Brewery Wharf, Leeds LS10 1JQ
""",
    company="", contact="")

# 23. Workday password reset, alternative.
_x23 = """Password reset requested

Someone (hopefully you) asked to reset the password for your Kestrel Outdoor candidate account: priya.rh@example.co.uk.

Use the link below to choose a new password. It will expire in 30 minutes.

https://kestreloutdoor.wd3.myworkdayjobs.com/en-GB/Careers/passwordReset?token=ab71c0

If you did not request a password reset, you can safely ignore this message."""
add(
    kind="other", scenario="ats_password_reset", lang="en",
    sender=("Kestrel Outdoor Careers", "kestreloutdoor@myworkday.com"),
    subject="Reset your password",
    date="2026-02-10 22:51:18 +0000", charset="utf-8", cte="qp",
    text=_x23,
    html=ats_html(brand="Kestrel Outdoor", logo="https://kestreloutdoor.wd3.myworkdayjobs.com/assets/logo.png",
                  logo_alt="Kestrel Outdoor", tracker="click.myworkday.com", seed="x23", colour="#2f5d3a",
                  body=paras(_x23), footer="This email was sent from an unmonitored mailbox."),
    company="", contact="")

# 24. Professional network: you appeared in searches, alternative.
_x24 = """Hi Priya,

You appeared in 14 searches this week.

Recruiters from Digital Retail Recruit, Hunter & Vale Search and 3 others found you with searches like "CRM manager", "Klaviyo" and "loyalty".

2 people viewed your profile, including a Talent Partner at a beauty company in Manchester.

Add a featured project to stand out in more searches.

ProLink"""
add(
    kind="other", scenario="network_search_appearances", lang="en",
    sender=("ProLink", "messages-noreply@prolink.example.com"),
    subject="You appeared in 14 searches this week",
    date="2026-05-25 05:12:33 +0100", charset="utf-8", cte="base64",
    list={"id": "<weekly-digest.prolink.example.com>",
          "unsubscribe": "<https://www.prolink.example.com/e/unsub/weekly-digest>"},
    text=_x24,
    html=ats_html(brand="ProLink", logo="https://static.prolink.example.com/logo.png", logo_alt="ProLink",
                  tracker="www.prolink.example.com/comm", seed="x24", colour="#0a66c2", body=paras(_x24),
                  button=("See all searches", "https://www.prolink.example.com/me/search-appearances"),
                  footer="ProLink Corporation, 1 Example Plaza, Dublin 2. <a href=\"https://www.prolink.example.com/e/unsub/weekly-digest\">Unsubscribe</a>"),
    company="", contact="")

# 25. Industry newsletter, alternative.
_x25 = """RETAIL PULSE DAILY - Tuesday 14 April 2026

1. Why shoppers are rejecting loyalty apps (and what they want instead)
A survey of 2,000 UK shoppers finds two-thirds deleted a retailer app in the last year.
https://retailpulse.example.co.uk/a/loyalty-apps

2. Northgate puts CRM hiring on hold as it reviews digital spend
The Leeds-based group has paused several head-office roles.
https://retailpulse.example.co.uk/a/northgate-review

3. Interview: Saltmarsh's founders on growing a swimwear brand from Whitby
https://retailpulse.example.co.uk/a/saltmarsh

Unsubscribe: https://retailpulse.example.co.uk/unsubscribe"""
add(
    kind="other", scenario="industry_newsletter", lang="en",
    sender=("Retail Pulse", "newsletter@retailpulse.example.co.uk"),
    subject="Why shoppers are rejecting loyalty apps | Northgate pauses CRM hiring",
    date="2026-04-14 06:00:05 +0100", charset="utf-8", cte="qp",
    list={"id": "Retail Pulse Daily <daily.retailpulse.example.co.uk>",
          "unsubscribe": "<https://retailpulse.example.co.uk/unsubscribe>, <mailto:leave@retailpulse.example.co.uk>"},
    text=_x25,
    html=newsletter_html(
        title="Retail Pulse Daily", tracker="click.retailpulse.example.co.uk", seed="x25", colour="#b91c1c",
        intro="<p><b>RETAIL PULSE DAILY</b> · Tuesday 14 April 2026</p>",
        items=[("Why shoppers are rejecting loyalty apps (and what they want instead)",
                "A survey of 2,000 UK shoppers finds two-thirds deleted a retailer app in the last year.",
                "https://retailpulse.example.co.uk/a/loyalty-apps"),
               ("Northgate puts CRM hiring on hold as it reviews digital spend",
                "The Leeds-based group has paused several head-office roles.",
                "https://retailpulse.example.co.uk/a/northgate-review"),
               ("Interview: Saltmarsh's founders on growing a swimwear brand from Whitby", "",
                "https://retailpulse.example.co.uk/a/saltmarsh")],
        footer="Retail Pulse is published by Pulse Media Ltd, 10 Queen Street, Leeds LS1 2TW.",
        unsubscribe="https://retailpulse.example.co.uk/unsubscribe"),
    company="", contact="")

# 26. University careers service bulletin.
add(
    kind="other", scenario="alumni_careers_bulletin", lang="en",
    sender=("Leeds Alumni Careers", "careers-bulletin@alumni.leedsuni.example.ac.uk"),
    subject="Careers Bulletin: mock interview slots now open",
    date="2026-09-08 12:00:00 +0100", charset="utf-8", cte="qp",
    list={"id": "Alumni Careers Bulletin <bulletin.alumni.leedsuni.example.ac.uk>",
          "unsubscribe": "<https://alumni.leedsuni.example.ac.uk/bulletin/unsubscribe>"},
    text="""ALUMNI CAREERS BULLETIN - September 2026

Hello,

* MOCK INTERVIEWS ARE BACK
Book a 30-minute mock interview with a careers consultant, online or on campus. Slots for
alumni open on Monday 14 September and go quickly.
https://alumni.leedsuni.example.ac.uk/careers/mock-interviews

* WORKSHOP: DEALING WITH REJECTION
"Unfortunately, on this occasion..." - a practical session on bouncing back and asking for
feedback. Wednesday 23 September, 6pm, online.
https://alumni.leedsuni.example.ac.uk/events/rejection

* JOBS FROM ALUMNI EMPLOYERS
This month: Kirkstall University, Pennine Co-op and Harrowgate & Finch are all recruiting.

You are receiving this bulletin as a registered alumna of the University.
Unsubscribe: https://alumni.leedsuni.example.ac.uk/bulletin/unsubscribe
""",
    company="", contact="")

# 27. Optician: we need to reschedule your eye test.
add(
    kind="other", scenario="optician_rescheduled", lang="en",
    sender=("ClearSight Opticians Headingley", "appointments@clearsight.example.co.uk"),
    subject="We need to rearrange your appointment",
    date="2026-08-24 09:31:02 +0100", charset="utf-8", cte="qp",
    text="""Hi Priya,

Unfortunately our optometrist is unwell today, so we need to reschedule your eye test booked for Tuesday 25 August at 10:20.

We've provisionally moved you to Thursday 27 August at 10:20. If that doesn't work, you can pick another time online or call the store on 0113 496 0980.

Sorry for the inconvenience,
ClearSight Opticians, 40 Otley Road, Headingley

This mailbox is not monitored.
""",
    company="", contact="")

# 28. Festival ballot unsuccessful.
add(
    kind="other", scenario="festival_ballot_unsuccessful", lang="en",
    sender=("Moorside Festival Tickets", "tickets@moorsidefest.example.co.uk"),
    subject="Your ballot application: result",
    date="2026-03-31 10:00:00 +0100", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Moorside Festival", logo="https://moorsidefest.example.co.uk/img/logo.png",
        logo_alt="MOORSIDE FESTIVAL 2026", tracker="t.moorsidefest.example.co.uk", seed="x28", colour="#c026d3",
        body="""<p>Hi Priya,</p>
<p>Thanks for entering the Moorside Festival 2026 ticket ballot.</p>
<p>Unfortunately, your application was unsuccessful this time. We had more than 140,000 applications for 25,000 weekend tickets.</p>
<p>Don't give up: returned tickets go on sale on <b>Sunday 19 April at 9am</b>, and everyone who entered the ballot gets early access.</p>
<p>Moorside Festival Team</p>""",
        button=("Set a reminder", "https://moorsidefest.example.co.uk/resale"),
        footer="Moorside Events Ltd · <a href=\"https://moorsidefest.example.co.uk/unsubscribe\">Unsubscribe</a>"),
    company="", contact="")

# 29. Former manager agrees to be a referee; quoted request mentions the offer.
add(
    kind="other", scenario="referee_former_manager", lang="en",
    sender=("Gillian Thorpe", "gillian.thorpe@kirkgatecollective.example.co.uk"),
    subject="Re: A favour - reference?",
    date="2026-03-21 10:19:37 +0000", charset="utf-8", cte="qp",
    in_reply_to="<CAOpriya-gill-0320@mail.gmail.com>",
    text="""Priya, of course! I'd be delighted. Give them my email and mobile (07700 900 644) and I'll turn it round the same day. Congratulations - they're lucky to get you.

G x

On Fri, 20 Mar 2026 at 21:03, Priya Ramanathan-Hughes <priya.rh@example.co.uk> wrote:
> Hi Gill,
>
> Big news: Harrowgate & Finch have made me an offer for the CRM Executive
> role! It's subject to references, and I'd love to put you down as one of
> my referees, if you're happy to.
>
> Thank you!
> Priya
""",
    company="", contact="gillian.thorpe@kirkgatecollective.example.co.uk")

# 30. Candidate-experience survey after the process.
add(
    kind="other", scenario="candidate_experience_survey", lang="en",
    sender=("Moss Lane Beauty", "no-reply@us.greenhouse-mail.io"),
    subject="How did we do? 2-minute survey about your interview experience",
    date="2026-03-19 14:00:41 +0000", charset="utf-8", cte="qp",
    html=ats_html(
        brand="Moss Lane Beauty", logo="https://s3.amazonaws.com/grnhse/mosslane_logo.png",
        logo_alt="MOSS LANE", tracker="links.greenhouse-mail.io", seed="x30", colour="#b4577a",
        body="""<p>Hi Priya,</p>
<p>Whatever the outcome, we want every candidate to have a great experience with Moss Lane Beauty. Would you take two minutes to tell us how we did during your recent interview process?</p>
<p>The survey is anonymous and your answers won't affect any current or future applications.</p>
<p style="font-size:13px">How likely are you to recommend applying to Moss Lane Beauty to a friend?</p>
<p>""" + " ".join(f'<a href="{track("links.greenhouse-mail.io", f"https://survey.greenhouse.io/ml/{n}")}" style="display:inline-block;width:26px;padding:6px 0;text-align:center;border:1px solid #b4577a;color:#b4577a;text-decoration:none">{n}</a>' for n in range(11)) + """</p>""",
        footer="Powered by Greenhouse · <a href=\"https://survey.greenhouse.io/optout\">Don't send me surveys</a>"),
    company="", contact="")

# 31. Certification exam result, alternative.
_x31 = """Congratulations, Priya!

You passed the CRM Academy Lifecycle Marketing Practitioner exam with a score of 86%.

Your digital certificate is ready to download and share. It's valid for two years.

Certificate ID: CRMA-LMP-2026-11873

Keep learning,
CRM Academy"""
add(
    kind="other", scenario="certification_passed", lang="en",
    sender=("CRM Academy", "certificates@crmacademy.example.com"),
    subject="You passed! Your Lifecycle Marketing Practitioner certificate",
    date="2026-02-28 16:47:12 +0000", charset="utf-8", cte="qp",
    text=_x31,
    html=ats_html(brand="CRM Academy", logo="https://crmacademy.example.com/img/logo.png", logo_alt="CRM Academy",
                  tracker="go.crmacademy.example.com", seed="x31", colour="#2563eb", body=paras(_x31),
                  button=("Download certificate", "https://crmacademy.example.com/certificates/CRMA-LMP-2026-11873"),
                  footer="CRM Academy · 20 Mortimer Street, London W1T 3JW"),
    company="", contact="")

# 32. Sydney rental application received (HTML only).
add(
    kind="other", scenario="rental_application_received_au", lang="en",
    sender=("RentReady", "no-reply@rentready.example.com.au"),
    subject="Application received – 3/12 Glebe Point Road, Glebe",
    date="2026-06-20 19:33:47 +1000", charset="utf-8", cte="qp",
    html=ats_html(
        brand="RentReady", logo="https://rentready.example.com.au/img/logo.png", logo_alt="RentReady",
        tracker="link.rentready.example.com.au", seed="x32", colour="#ea580c",
        body="""<p>Hi Priya,</p>
<p>Your application for <b>3/12 Glebe Point Road, Glebe NSW 2037</b> has been received and sent to <b>Harbour Lane Realty</b>.</p>
<p>The property manager will review your application and contact your references. Most agents make a decision within 2–5 business days. You'll hear from them directly if your application is approved or declined.</p>
<p>Tip: applications with a completed rental history are processed faster.</p>""",
        button=("View my application", "https://rentready.example.com.au/applications/55812"),
        footer="RentReady Pty Ltd · ABN 12 345 678 901 · Sydney NSW · <a href=\"https://rentready.example.com.au/privacy\">Privacy</a>"),
    company="", contact="")

# 33. Working-holiday visa application received.
add(
    kind="other", scenario="visa_application_received_ca", lang="en",
    sender=("Mobility Processing Centre", "do-not-reply@mobility-processing.example.ca"),
    subject="Acknowledgement of receipt - Work permit application W308771264",
    date="2026-07-01 03:12:55 -0400", charset="utf-8", cte="7bit",
    text="""ACKNOWLEDGEMENT OF RECEIPT

Application number: W308771264
Applicant: RAMANATHAN-HUGHES, PRIYA
Application type: Open work permit (youth mobility)

We have received your application. It has been assigned to a processing office. Current
processing time for this category is 8 weeks from the date of receipt.

You do not need to contact us. We will send a message to your online account if we need more
information or when a decision has been made.

This is an automated message; please do not reply.
""",
    company="", contact="")

# ---------------------------------------------------------------- French
# 34. French careers newsletter about failed interviews.
add(
    kind="other", scenario="newsletter_fr_entretien", lang="fr",
    sender=("Carrières & Co", "newsletter@carrieresetco.example.fr"),
    subject="Les 7 erreurs qui font rater un entretien (et comment les éviter)",
    date="2026-05-05 07:30:00 +0200", charset="utf-8", cte="qp",
    list={"id": "La lettre Carrières & Co <lettre.carrieresetco.example.fr>",
          "unsubscribe": "<https://carrieresetco.example.fr/desinscription?id=88412>"},
    html=newsletter_html(
        title="La lettre Carrières & Co", tracker="r.carrieresetco.example.fr", seed="x34", colour="#9333ea",
        intro="<p>Bonjour,</p><p>Cette semaine, on parle de ce moment redouté : l'entretien. Et de ce mail qui commence par « Malheureusement, nous ne donnerons pas suite… ».</p>",
        items=[
            ("Les 7 erreurs qui font rater un entretien", "Arriver en retard n'est que la première. La quatrième vous surprendra.", "https://carrieresetco.example.fr/articles/7-erreurs"),
            ("Refus après un entretien : faut-il demander un retour ?", "Oui, et voici comment le formuler sans paraître insistant.", "https://carrieresetco.example.fr/articles/refus-retour"),
            ("Offres de la semaine : 120 postes en marketing digital à Paris", "CDI, freelance, alternance.", "https://carrieresetco.example.fr/offres"),
        ],
        footer="Carrières & Co – 8 rue du Sentier, 75002 Paris. Vous recevez cette lettre car vous êtes inscrit(e) sur carrieresetco.example.fr.",
        unsubscribe="https://carrieresetco.example.fr/desinscription?id=88412"),
    company="", contact="")

# 35. French parcel delayed.
add(
    kind="other", scenario="colis_retarde_fr", lang="fr",
    sender=("ColiRapide", "suivi@colirapide.example.fr"),
    subject="Votre colis est retardé",
    date="2026-06-09 18:02:41 +0200", charset="iso-8859-1", cte="qp",
    text="""Bonjour,

Malheureusement, votre colis n° 6A 2281 9907 43 (expéditeur : Maison Ardoise) est retardé en raison d'un incident sur notre plateforme de Chilly-Mazarin.

Nouvelle date de livraison estimée : jeudi 11 juin 2026.

Aucune action n'est requise de votre part. Vous pouvez suivre votre colis ou modifier la livraison sur https://www.colirapide.example.fr/suivi

Nous vous prions de nous excuser pour ce désagrément.

ColiRapide
Ceci est un message automatique, merci de ne pas y répondre.
""",
    company="", contact="")

# 36. French friend about her own interview.
add(
    kind="other", scenario="amie_fr_son_entretien", lang="fr",
    sender=("Camille Girard", "camille.girard@orange.example.fr"),
    subject="devine quoi",
    date="2026-04-25 23:10:28 +0200", charset="utf-8", cte="8bit",
    text="""Coucou ma belle,

J'ai passé mon entretien chez Lumière Parfums ce matin !!! Trois personnes en face de moi, une étude de cas sur TikTok, j'ai cru mourir mais je crois que ça s'est bien passé. Réponse la semaine prochaine, je croise tout ce que je peux croiser.

Et toi, des nouvelles des Galeries Sablon ? La prochaine fois que tu montes à Paris tu dors à la maison hein, pas de discussion.

Bisous
Cam
""",
    company="", contact="camille.girard@orange.example.fr")

# 37. French auto-reply from an agency consultant.
add(
    kind="other", scenario="reponse_automatique_fr", lang="fr",
    sender=("Hélène Vasseur", "h.vasseur@celeste-recrutement.example.fr"),
    subject="Réponse automatique : Re: Galeries Sablon",
    date="2026-05-04 09:15:12 +0200", charset="windows-1252", cte="qp",
    in_reply_to="<priya-celeste-0504@example.co.uk>",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du bureau jusqu’au lundi 11 mai inclus, avec un accès limité à mes e-mails.

Pour toute urgence, vous pouvez contacter Thomas Bellanger au 01 84 88 20 10.

Bien à vous,
Hélène Vasseur
Céleste Recrutement
""",
    company="", contact="h.vasseur@celeste-recrutement.example.fr")

# 38. French bank: loan application received, alternative.
_x38 = """Bonjour Madame Ramanathan-Hughes,

Nous vous confirmons la bonne réception de votre demande de prêt personnel n° PP-26-774120 d'un montant de 5 000 €.

Votre dossier est en cours d'étude par nos services. Vous recevrez une réponse sous 48 heures ouvrées dans votre espace client.

Crédit Seine vous remercie de votre confiance.

Le service Crédit Consommation"""
add(
    kind="other", scenario="banque_pret_recu_fr", lang="fr",
    sender=("Crédit Seine", "ne-pas-repondre@creditseine.example.fr"),
    subject="Votre demande de prêt a bien été reçue",
    date="2026-09-14 14:20:33 +0200", charset="utf-8", cte="base64",
    text=_x38,
    html=ats_html(brand="Crédit Seine", logo="https://www.creditseine.example.fr/img/logo.png", logo_alt="Crédit Seine",
                  tracker="e.creditseine.example.fr", seed="x38", colour="#1e3a8a", body=paras(_x38),
                  footer="Crédit Seine SA – établissement de crédit agréé – 30 avenue de l'Opéra, 75002 Paris. Un crédit vous engage et doit être remboursé."),
    company="", contact="")

# 39. Candidate's own reply in French.
add(
    kind="other", scenario="own_sent_fr_confirmation", lang="fr",
    sender=ME, to=[("Aurélie Fontaine", "a.fontaine@ateliers-courbet.example.fr")],
    subject="Re: Invitation à un entretien – Chef de projet CRM",
    date="2026-06-16 08:40:19 +0100", charset="utf-8", cte="qp",
    msgid="<priya-courbet-0616@example.co.uk>",
    in_reply_to="<courbet-entretien-0615@ateliers-courbet.example.fr>",
    text="""Bonjour Madame Fontaine,

Je vous remercie pour votre message et pour l'intérêt porté à ma candidature.

Je vous confirme avec plaisir ma présence à l'entretien du mardi 23 juin à 10h30, rue Charlot. Je serai à Paris cette semaine-là.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Priya Ramanathan-Hughes

Le lun. 15 juin 2026 à 09:48, Aurélie Fontaine <a.fontaine@ateliers-courbet.example.fr> a écrit :
> Bonjour Madame Ramanathan-Hughes,
> Nous avons bien étudié votre candidature au poste de Chef de projet CRM et
> nous serions ravis de vous rencontrer.
""",
    company="", contact="")

# 40. Montreal podcast asking for an "entrevue".
add(
    kind="other", scenario="balado_qc_entrevue", lang="fr",
    sender=("Gabrielle Tremblay", "gabrielle@commerceenbalado.example.ca"),
    subject="Demande d'entrevue pour Commerce en balado",
    date="2026-09-03 13:44:07 -0400", charset="utf-8", cte="qp",
    text="""Bonjour Priya,

Je m'appelle Gabrielle et j'anime Commerce en balado, un balado montréalais sur le commerce de détail et le marketing numérique.

J'ai lu ton billet sur LinkedIn au sujet des programmes de fidélité « à petit budget » et j'aimerais beaucoup t'inviter pour une entrevue d'environ 45 minutes, enregistrée à distance. On pourrait la faire en français ou en anglais, comme tu préfères.

Est-ce que ça t'intéresserait? Je peux t'envoyer les questions à l'avance par courriel.

Au plaisir,
Gabrielle Tremblay
Animatrice, Commerce en balado
""",
    company="", contact="gabrielle@commerceenbalado.example.ca")

# ---------------------------------------------------------------- Spanish
# 41. Spanish job alert digest.
add(
    kind="other", scenario="alertas_empleo_es", lang="es",
    sender=("Ofertia Empleo · Alertas", "alertas@avisos.ofertiaempleo.example.es"),
    subject="5 nuevas ofertas: Responsable CRM en Barcelona",
    date="2026-05-12 08:00:00 +0200", charset="utf-8", cte="qp",
    list={"id": "<alertas.ofertiaempleo.example.es>",
          "unsubscribe": "<https://www.ofertiaempleo.example.es/alertas/baja?id=3321>"},
    html=newsletter_html(
        title="Nuevas ofertas para ti", tracker="clk.ofertiaempleo.example.es", seed="x41", colour="#059669",
        logo="https://static.ofertiaempleo.example.es/logo.svg", logo_alt="Ofertia Empleo",
        intro="<p>Hola Priya, estas son las nuevas ofertas de tu alerta <b>CRM · Barcelona</b>. ¡Inscríbete pronto, las empresas ya están entrevistando!</p>",
        items=[
            ("Responsable CRM – Perfumerías Nácar", "Barcelona · 40.000–45.000 € · Contrato indefinido", "https://www.ofertiaempleo.example.es/oferta/771201"),
            ("CRM & Retention Specialist – Ulls de Mar", "Barcelona (híbrido) · Inscritos: 43", "https://www.ofertiaempleo.example.es/oferta/771230"),
            ("Técnico/a de Marketing Digital – Cosmètica Mediterrània", "Barcelona · Incorporación inmediata", "https://www.ofertiaempleo.example.es/oferta/771248"),
        ],
        footer="Ofertia Empleo S.L. · Calle de Alcalá 120, 28009 Madrid. Recibes este correo porque creaste una alerta de empleo.",
        unsubscribe="https://www.ofertiaempleo.example.es/alertas/baja?id=3321"),
    company="", contact="")

# 42. Flat application rejected by a property platform.
add(
    kind="other", scenario="piso_solicitud_rechazada_es", lang="es",
    sender=("PisosYa", "no-reply@pisosya.example.es"),
    subject="Tu solicitud para el piso de Carrer de Verdi ha sido rechazada",
    date="2026-08-28 17:26:50 +0200", charset="utf-8", cte="8bit",
    text="""Hola Priya:

Lamentamos comunicarte que el propietario del piso en Carrer de Verdi 72, 2º 1ª (Gràcia, Barcelona) ha rechazado tu solicitud de alquiler. Ha elegido a otro inquilino.

No te desanimes: hay 37 pisos nuevos en Gràcia que encajan con tu búsqueda.

Ver pisos similares: https://www.pisosya.example.es/buscar?zona=gracia

El equipo de PisosYa
Este es un mensaje automático, por favor no respondas.
""",
    company="", contact="")

# 43. Spanish friend tells about her own rejection.
add(
    kind="other", scenario="amiga_es_su_rechazo", lang="es",
    sender=("Lucía Ferrández", "lucia.ferrandez@gmail.example.com"),
    subject="Re: ¿cómo va todo?",
    date="2026-06-01 22:48:13 +0200", charset="utf-8", cte="qp",
    in_reply_to="<CAOpriya-lucia-0530@mail.gmail.com>",
    text="""Tíaaa, pues fatal 😩 Al final me han rechazado en Lunares & Co., después de tres entrevistas y una prueba de Excel de dos horas. Me mandaron un correo de esos de "hemos decidido continuar con otros candidatos" un domingo por la noche, ¿te lo puedes creer?

Bueno, a otra cosa. ¿Cuándo vienes a Barcelona? Que tengo sofá cama y ganas de vermut.

Besos,
Lu

El sáb, 30 may 2026 a las 11:02, Priya Ramanathan-Hughes (<priya.rh@example.co.uk>) escribió:
> ¡Hola Lu! ¿Cómo va todo? ¿Sabes algo de lo de Lunares? Yo sigo
> mandando CVs a Barcelona, ¡ya te contaré!
> Besos, Priya
""",
    company="", contact="lucia.ferrandez@gmail.example.com")

# 44. Head-hunter cold outreach, no interview.
add(
    kind="other", scenario="headhunter_cold_outreach_es", lang="es",
    sender=("Sergi Vidal", "svidal@vidalpons.example.es"),
    subject="Oportunidad confidencial – Dirección de CRM",
    date="2026-09-21 11:05:42 +0200", charset="windows-1252", cte="qp",
    text="""Buenos días, Priya:

Me pongo en contacto contigo porque, desde Vidal & Pons Executive Search, estamos trabajando varias posiciones de CRM y fidelización en el sector retail y moda para el próximo año, en Barcelona y Madrid.

He visto tu trayectoria y me encantaría conocerte y entender qué buscas en tu próximo paso. No se trata de ningún proceso concreto todavía; solo de una primera toma de contacto.

¿Te vendría bien una llamada de quince minutos la semana que viene?

Un saludo,

Sergi Vidal
Socio | Vidal & Pons Executive Search
Passeig de Gràcia 55, 08007 Barcelona · +34 932 55 01 60
""",
    company="", contact="svidal@vidalpons.example.es")

# 45. Spanish marketing blog newsletter, alternative.
_x45 = """Hola:

Esta semana en Marketing con Alma hablamos de algo que nadie cuenta en LinkedIn: los rechazos.

→ Cómo superar un rechazo laboral sin perder la confianza
→ Plantilla: el correo para pedir feedback después de una entrevista
→ 10 ofertas de CRM y email marketing en remoto

Nos leemos el jueves,
Irene

Para darte de baja: https://marketingconalma.example.es/baja"""
add(
    kind="other", scenario="blog_newsletter_es_rechazo", lang="es",
    sender=("Irene de Marketing con Alma", "irene@marketingconalma.example.es"),
    subject="Cómo superar un rechazo laboral (y pedir feedback)",
    date="2026-07-16 07:15:00 +0200", charset="utf-8", cte="qp",
    list={"id": "Marketing con Alma <newsletter.marketingconalma.example.es>",
          "unsubscribe": "<https://marketingconalma.example.es/baja>"},
    headers=[("X-Mailer", "MailerLite")],
    text=_x45,
    html=newsletter_html(
        title="Marketing con Alma", tracker="click.mlsend.example.com", seed="x45", colour="#be185d",
        intro="<p>Hola:</p><p>Esta semana en Marketing con Alma hablamos de algo que nadie cuenta en LinkedIn: los rechazos.</p>",
        items=[("Cómo superar un rechazo laboral sin perder la confianza", "", "https://marketingconalma.example.es/rechazo"),
               ("Plantilla: el correo para pedir feedback después de una entrevista", "", "https://marketingconalma.example.es/feedback"),
               ("10 ofertas de CRM y email marketing en remoto", "", "https://marketingconalma.example.es/ofertas")],
        footer="Nos leemos el jueves, Irene · Marketing con Alma, Valencia",
        unsubscribe="https://marketingconalma.example.es/baja"),
    company="", contact="")

# 46. Spanish bank: loan application declined.
add(
    kind="other", scenario="banco_prestamo_denegado_es", lang="es",
    sender=("Caixa Llevant", "avisos@caixallevant.example.es"),
    subject="Resolución de su solicitud de préstamo",
    date="2026-10-05 09:30:19 +0200", charset="iso-8859-1", cte="qp",
    text="""Estimada clienta:

Le informamos de que, tras analizar su solicitud de préstamo personal n.º 2026/PR/118042, lamentablemente no ha sido posible aprobarla en esta ocasión.

Esta decisión se ha tomado en función de los criterios de riesgo de la entidad y de la información disponible en los ficheros de solvencia. Si lo desea, puede solicitar información sobre los motivos en cualquiera de nuestras oficinas.

Atentamente,

Caixa Llevant
Este mensaje ha sido enviado de forma automática. Por favor, no responda a este correo.
""",
    company="", contact="")

# 47. User research interview for a mobility app, tú.
add(
    kind="other", scenario="entrevista_investigacion_usuarios_es", lang="es",
    sender=("Núria Casals", "nuria.casals@rutaapp.example.es"),
    subject="¿Nos ayudas? Entrevista de 20 minutos sobre Ruta",
    date="2026-08-04 12:10:55 +0200", charset="utf-8", cte="8bit",
    text="""¡Hola, Priya!

Soy Núria, del equipo de investigación de Ruta, la app de bicis y patinetes compartidos. Vemos que la usaste durante tu visita a Barcelona en julio y nos encantaría hacerte una entrevista de 20 minutos por videollamada sobre tu experiencia (qué te resultó fácil, qué no, si volverías a usarla).

Como agradecimiento, te regalamos 20 € en viajes.

Si te apetece, respóndeme a este correo con un par de horarios que te vayan bien.

¡Gracias!
Núria Casals
UX Research · Ruta
""",
    company="", contact="nuria.casals@rutaapp.example.es")

# 48. Waiting list position at a swimming club.
add(
    kind="other", scenario="lista_espera_posicion_es", lang="es",
    sender=("Club Natació Poblenou", "inscripcions@cnpoblenou.example.es"),
    subject="Tu posición en la lista de espera",
    date="2026-09-09 10:00:04 +0200", charset="utf-8", cte="qp",
    text="""Hola Priya,

Gracias por apuntarte a la lista de espera para el abono de adulto (piscina + gimnasio).

Tu posición actual en la lista de espera es: 23.

Te avisaremos por correo electrónico cuando quede una plaza libre. Tendrás 72 horas para formalizar la inscripción.

Club Natació Poblenou
Carrer de Llull 212, 08005 Barcelona
Este correo se envía automáticamente.
""",
    company="", contact="")

# ---------------------------------------------------------------- German
# 49. German out-of-office from a recruiter.
add(
    kind="other", scenario="abwesenheitsnotiz_de", lang="de",
    sender=("Jana Albrecht", "jana.albrecht@kranich-mode.example.de"),
    subject="Abwesenheitsnotiz: Ihr Videointerview heute um 10:00 Uhr",
    date="2026-10-06 11:02:37 +0200", charset="iso-8859-1", cte="qp",
    in_reply_to="<priya-kranich-1006@example.co.uk>",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. Oktober nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an jobs@kranich-mode.example.de.

Mit freundlichen Grüßen
Jana Albrecht
""",
    company="", contact="jana.albrecht@kranich-mode.example.de")

# 50. German careers newsletter.
add(
    kind="other", scenario="newsletter_de_absage", lang="de",
    sender=("Jobwelt Magazin", "newsletter@jobwelt-magazin.example.de"),
    subject="Absage bekommen? So geht's weiter + 5 Fragen, die im Vorstellungsgespräch immer kommen",
    date="2026-02-19 06:45:00 +0100", charset="utf-8", cte="base64",
    list={"id": "Jobwelt Newsletter <newsletter.jobwelt-magazin.example.de>",
          "unsubscribe": "<https://jobwelt-magazin.example.de/newsletter/abmelden?u=7c1d>"},
    html=newsletter_html(
        title="Jobwelt Newsletter", tracker="t.jobwelt-magazin.example.de", seed="x50", colour="#0369a1",
        logo="https://jobwelt-magazin.example.de/logo.png", logo_alt="Jobwelt Magazin",
        intro="<p>Hallo,</p><p>eine Absage tut weh – besonders nach dem dritten Vorstellungsgespräch. Diese Woche zeigen wir, wie Sie daraus lernen und was Personaler wirklich meinen, wenn sie „leider“ schreiben.</p>",
        items=[
            ("Absage bekommen? So geht's weiter", "Fünf Schritte, damit die nächste Bewerbung sitzt.", "https://jobwelt-magazin.example.de/absage"),
            ("5 Fragen, die im Vorstellungsgespräch immer kommen", "Und wie Sie souverän antworten.", "https://jobwelt-magazin.example.de/fragen"),
            ("Gehaltsreport Marketing 2026", "Was CRM-Manager:innen in Deutschland, Österreich und der Schweiz verdienen.", "https://jobwelt-magazin.example.de/gehalt"),
        ],
        footer="Jobwelt Magazin GmbH · Schanzenstraße 70 · 20357 Hamburg · Geschäftsführer: Tobias Rehm · HRB 150221",
        unsubscribe="https://jobwelt-magazin.example.de/newsletter/abmelden?u=7c1d"),
    company="", contact="")

# 51. German friend tells about her own interview.
add(
    kind="other", scenario="freundin_de_vorstellungsgespraech", lang="de",
    sender=("Katrin Vogt", "katrin.vogt@posteo.example.de"),
    subject="Neuigkeiten aus Köln",
    date="2026-07-27 21:33:19 +0200", charset="utf-8", cte="qp",
    text="""Liebe Priya,

stell dir vor, ich hatte heute mein Vorstellungsgespräch bei der Stadtbibliothek! Zwei Stunden, eine Präsentation und danach noch eine Führung durchs Haus. Ich glaube, es lief richtig gut, aber die Absage von letztem Monat sitzt mir noch in den Knochen, deshalb freue ich mich lieber noch nicht zu früh.

Wie läuft es bei dir mit den Bewerbungen? Du hattest doch auch was in Wien bzw. Dublin laufen, oder?

Ganz liebe Grüße aus Ehrenfeld
Katrin
""",
    company="", contact="katrin.vogt@posteo.example.de")

# 52. German parcel delayed.
add(
    kind="other", scenario="paket_verspaetet_de", lang="de",
    sender=("Paketblitz", "benachrichtigung@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    date="2026-10-08 16:50:27 +0200", charset="iso-8859-1", cte="8bit",
    text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1187 2290 41 (Absender: Kranich Mode GmbH) um voraussichtlich zwei Werktage, da sie im Paketzentrum Leipzig nachsortiert werden muss.

Neuer voraussichtlicher Zustelltag: Montag, 12.10.2026.

Sie müssen nichts weiter tun. Den aktuellen Status finden Sie jederzeit unter https://www.paketblitz.example.de/verfolgen

Ihr Paketblitz-Team
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
    company="", contact="")
