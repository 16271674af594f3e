"""Corpus 210: everything that is no event of the candidate's own job search (52), hand-written
one by one: digests, advice, the candidate's own mail, auto-replies and mail from other worlds."""

from __future__ import annotations

from msgs210_common import (
    CAND,
    ats_card,
    digest_text,
    forwarded,
    mso,
    newsletter_html,
    outlook_html,
    paras,
    plain_html,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

SIG = """Callum Achterberg-Nwosu
07700 900 418"""


def _list(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{list_id.split('.', 1)[1].rstrip('>')}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ================================================================== the candidate's own mail (English)

_t = f"""Dear Eilidh,

Thank you for arranging today's interview, and please pass my thanks to Bruce and Kirsty as well. I enjoyed talking through the heating job with Bruce - it was a good taste of the kind of pricing I'd like to be doing every day.

Having been on the receiving end of plenty of estimates as an installer, I'm keen to bring that site knowledge to your estimating team. I look forward to hearing from you.

Kind regards,

{SIG}
"""
add({
    "kind": "other", "slug": "own_thankyou_granite", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Eilidh Grant", "eilidh.grant@granitecitymech.example.co.uk")],
    "subject": "Thank you - Assistant Estimator interview",
    "date": "2026-03-06 18:40 +0000", "thread": "granite", "reply": False,
    "mid_domain": "mail.example.co.uk",
    "text": _t,
})

_t = f"""Dear Mr Will,

I'd like to apply for the Trainee Estimator position advertised on your website.

I'm a time-served plumber and heating engineer with ten years' experience, the last four running my own jobs for Cults Plumbing & Heating, where I've priced most of our domestic boiler and bathroom work myself. I'm now studying towards an HNC in Building Services Engineering in the evenings and want to move into estimating full time.

My CV is attached. I'd be glad to come in and show you some of the quotes I've put together.

Yours sincerely,

{SIG}
"""
add({
    "kind": "other", "slug": "own_application_ythan_cv", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Graham Will", "graham.will@ythanheating.example.co.uk")],
    "subject": "Application - Trainee Estimator",
    "date": "2026-01-26 21:15 +0000", "thread": "ythan",
    "mid_domain": "mail.example.co.uk",
    "text": _t,
    "attach": [{"type": "pdf", "name": "Callum_Achterberg-Nwosu_CV.pdf", "title": "Curriculum vitae",
                "lines": ["Callum Achterberg-Nwosu", "Aberdeen | 07700 900 418 | callum.an@example.co.uk",
                          "", "Profile", "Time-served plumber and heating engineer moving into estimating.",
                          "", "Experience", "2016-2026  Plumber / Heating Engineer, Cults Plumbing & Heating",
                          "", "Education", "SVQ Level 3 Plumbing and Heating",
                          "HNC Building Services Engineering (in progress)"]}],
})

_t = f"""Hi Ciara,

Thanks very much for the invitation - I'm looking forward to it.

Would it be possible to move the interview to the afternoon of the 11th, or another afternoon that week? I'm finishing a job in Banchory that morning and would otherwise struggle to make the flight from Aberdeen in time. If the morning is the only option I'll make it work.

Best regards,
{SIG}
"""
add({
    "kind": "other", "slug": "own_reschedule_request_lagan", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Ciara Devlin", "ciara.devlin@laganvalley.example.co.uk")],
    "subject": "Re: Invitation: Interview - Assistant Estimator @ Thu 11 Jun 2026 10:00 - 11:00 (BST)",
    "date": "2026-06-03 07:02 +0100", "thread": "lagan",
    "mid_domain": "mail.example.co.uk",
    "text": _t,
})

_t = """Dear Ciara,

Thank you and Ruair\u00ed for taking the time to meet me this afternoon. I really enjoyed hearing about the Lisburn schools framework, and talking through how you price mechanical packages gave me a clear picture of the role.

I'm keen on the position and look forward to hearing from you.

Best regards,
Callum Achterberg-Nwosu
"""
add({
    "kind": "other", "slug": "own_thankyou_lagan", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Ciara Devlin", "ciara.devlin@laganvalley.example.co.uk")],
    "subject": "Thank you - Assistant Estimator interview",
    "date": "2026-06-16 19:10 +0100", "thread": "lagan", "reply": False,
    "mid_domain": "mail.example.co.uk",
    "text": _t,
})

_t = """Hi Isla,

Please find my CV attached for the Estimator (Mechanical) roles you advertised. I'm a time-served plumber in Aberdeen looking to move into estimating.

Thanks,
Callum Achterberg-Nwosu
"""
add({
    "kind": "other", "slug": "own_cv_to_agency", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Isla Cameron", "isla.cameron@pentlandtalent.example.co.uk")],
    "subject": "CV - Estimator roles",
    "date": "2026-09-14 21:03 +0100", "thread": "pentland", "reply": False,
    "mid_domain": "mail.example.co.uk",
    "text": _t, "html": plain_html(paras(_t)),
    "attach": [{"type": "pdf", "name": "CV_Callum_Achterberg-Nwosu_2026.pdf", "title": "CV",
                "lines": ["Callum Achterberg-Nwosu - CV", "Plumber and heating engineer, Aberdeen",
                          "Seeking: building services estimator roles"]}],
})

_fwd = forwarded("en", "Harriet Ogunleye <harriet.ogunleye@tynewearhomes.example.org.uk>",
                 "Fri, 31 Jul 2026 at 14:02", "Estimator (Repairs and Voids) - TWH/26/114",
                 "Callum Achterberg-Nwosu <callum.an@example.co.uk>",
                 """Dear Callum

Thank you for applying for this role with Tyne & Wear Homes.

Before the closing date we received an expression of interest from a member of our repairs team, and following an internal assessment we have appointed an existing colleague to the post. The external recruitment has therefore closed and no further interviews will be held.""")
_t = f"""Another one bites the dust, Ada. Newcastle's off the list - they gave it to one of their own. At least they told me.

Chippy tonight?

C x

{_fwd}"""
add({
    "kind": "other", "slug": "own_forward_to_partner", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Adaeze Okonkwo", "adaeze.ok@example.co.uk")],
    "subject": "Fwd: Estimator (Repairs and Voids) - TWH/26/114",
    "date": "2026-07-31 20:15 +0100",
    "mid_domain": "mail.example.co.uk",
    "text": _t,
})

_t = """Hi Rob,

Thanks so much for the offer and for the time you've given me over the last couple of weeks - I really appreciated the honest look at the estimating side at Kerr & Stewart.

After a lot of thought I've decided to accept a role with another firm here in Aberdeen, mainly because it keeps me close to home. It was a genuinely hard decision and I hope our paths cross again.

All the best,
Callum
"""
add({
    "kind": "other", "slug": "own_declines_kerr_offer", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Rob Kerr", "rob.kerr@kerrstewart.example.co.uk")],
    "subject": "Re: Following our call",
    "date": "2026-03-23 08:30 +0000", "thread": "kerr",
    "mid_domain": "mail.example.co.uk",
    "text": reply(_t, "en", "Fri, 20 Mar 2026 at 16:38", "Rob Kerr", "rob.kerr@kerrstewart.example.co.uk",
                  "Callum,\n\nGood to speak this afternoon. Just confirming in writing what I said on the phone: we'd like you to join Kerr & Stewart as a Trainee Estimator."),
})

_t = """Callum Achterberg-Nwosu has accepted this invitation.

Interview: Callum Achterberg-Nwosu - Assistant Estimator (Mechanical)
When: Friday 6 March 2026 14:00-15:00 (GMT)
Where: Granite City Mechanical, 21 Wellington Circle, Altens, Aberdeen
"""
add({
    "kind": "other", "slug": "own_calendar_accept_reply", "lang": "en",
    "company": "", "contact": "",
    "from": CAND, "to": [("Eilidh Grant", "eilidh.grant@granitecitymech.example.co.uk")],
    "subject": "Accepted: Interview: Callum Achterberg-Nwosu - Assistant Estimator (Mechanical)",
    "date": "2026-03-02 09:44 +0000", "thread": "granite", "reply": True,
    "mid_domain": "mail.example.co.uk",
    "text": _t,
    "attach": [{"type": "ics", "method": "REPLY", "uid": "040000008200E00074C5B7101A82E0080000000012AB55GRANITE",
                "seq": 1, "start": "2026-03-06 14:00 +0000", "mins": 60,
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
                "summary": "Interview: Callum Achterberg-Nwosu - Assistant Estimator (Mechanical)",
                "organizer": ("Eilidh Grant", "eilidh.grant@granitecitymech.example.co.uk"),
                "cte": "7bit"}],
})

# ================================================================== auto-replies (English)

_t = """Thank you for your email. I am out of the office until Wednesday 4 March with limited access to email.

For urgent HR matters, including interview arrangements, please contact hr@granitecitymech.example.co.uk or call 01224 555 0300.

Eilidh Grant
HR Manager, Granite City Mechanical
"""
add({
    "kind": "other", "slug": "ooo_granite_hr", "lang": "en",
    "company": "", "contact": "eilidh.grant@granitecitymech.example.co.uk",
    "from": ("Eilidh Grant", "eilidh.grant@granitecitymech.example.co.uk"),
    "subject": "Automatic reply: Accepted: Interview: Callum Achterberg-Nwosu - Assistant Estimator (Mechanical)",
    "date": "2026-03-02 09:45 +0000", "thread": "granite", "reply": True,
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": _t, "html": outlook_html(mso(_t)),
})

_t = """Hi,

I'm on annual leave until Monday 13 April and won't be checking emails.

If your message is about a live interview or offer, please contact my colleague Amy Rennie on 0141 555 0610 or amy.rennie@northstar-tr.example.co.uk.

Thanks,
Declan
"""
add({
    "kind": "other", "slug": "ooo_northstar_consultant", "lang": "en",
    "company": "", "contact": "declan.moffat@northstar-tr.example.co.uk",
    "from": ("Declan Moffat", "declan.moffat@northstar-tr.example.co.uk"),
    "subject": "Out of Office: Re: Clydeside - change of interview time",
    "date": "2026-04-10 07:31 +0100", "thread": "northstar", "reply": True,
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": _t,
})

# ================================================================== digests and newsletters (English)

_items = [
    ("Building Services Estimator - Aberdeen - \u00a332k-\u00a338k",
     "A mechanical contractor in Altens is looking for an estimator with a trade background. Closing date 30 January.",
     "https://buildtradesjobs.example.co.uk/job/88213?utm_source=alert"),
    ("Trainee M&E Estimator - Dundee",
     "Housing association planned maintenance team. Interviews will be held in the first week of February.",
     "https://buildtradesjobs.example.co.uk/job/88240?utm_source=alert"),
    ("Assistant Quantity Surveyor (Mechanical) - Inverness",
     "Full training given. Unfortunately this employer cannot accept applications without a driving licence.",
     "https://buildtradesjobs.example.co.uk/job/88251?utm_source=alert"),
    ("Career tip: what 'we will not be progressing your application' really means",
     "Our editor explains how to read a rejection and when to ask for feedback.",
     "https://buildtradesjobs.example.co.uk/advice/reading-rejections"),
]
_foot = """You are receiving this job alert because you signed up at BuildTrades Jobs.
Manage alerts: https://buildtradesjobs.example.co.uk/alerts | Unsubscribe: https://buildtradesjobs.example.co.uk/u/6b1f
BuildTrades Jobs, 4 Marischal Street, Aberdeen AB11 5AJ"""
add({
    "kind": "other", "slug": "digest_buildtrades_weekly", "lang": "en",
    "company": "", "contact": "",
    "from": ("BuildTrades Jobs", "alerts@buildtradesjobs.example.co.uk"),
    "subject": "3 new estimator jobs near Aberdeen + how to read a rejection",
    "date": "2026-01-22 06:30 +0000",
    "headers": _list("<estimator-alerts.buildtradesjobs.example.co.uk>", "https://buildtradesjobs.example.co.uk/u/6b1f"),
    "text": digest_text("Your weekly BuildTrades job alert", _items, _foot),
    "html": newsletter_html("Your weekly BuildTrades job alert", _items, _foot),
    "html_cte": "base64",
})

_t = """Building Services Careers Hub - Issue 41

HOW TO BOUNCE BACK AFTER AN INTERVIEW REJECTION

You prepared for days, the interview felt good, and then the email arrives: "Unfortunately, on this occasion, you have not been successful." Rejections are part of every career change, and estimators who came up through the trades tell us they heard "no" many times before their first offer.

Five things to do in the week after a no:
1. Reply graciously and ask for specific feedback - most panels will give it on the phone.
2. Write down every question you were asked while it is fresh.
3. Look at which part of the take-off exercise took you longest.
4. Keep applying: an interview invitation is more likely once your CV shows a pricing course.
5. Do not take it personally. Sometimes the position has been filled internally before you ever applied.

Read the full article: https://bscareershub.example.org.uk/articles/bounce-back

You are receiving this because you subscribed to the Building Services Careers Hub newsletter.
Unsubscribe: https://bscareershub.example.org.uk/unsubscribe?u=cal8812
"""
add({
    "kind": "other", "slug": "advice_bounce_back_rejection", "lang": "en",
    "company": "", "contact": "",
    "from": ("Building Services Careers Hub", "newsletter@bscareershub.example.org.uk"),
    "subject": "Not successful this time? How to bounce back after an interview rejection",
    "date": "2026-02-26 07:00 +0000",
    "headers": _list("<newsletter.bscareershub.example.org.uk>", "https://bscareershub.example.org.uk/unsubscribe?u=cal8812"),
    "text": _t, "html": plain_html(paras(_t)),
})

_t = """Callum, your profile is getting noticed

A hiring manager at a building services contractor viewed your profile.
You appeared in 14 searches this week, including for "estimator" and "M&E".
Eilidh Grant and 3 others viewed your profile.

See who's viewed your profile: https://pronet.example.com/me/profile-views

Tip: members with a completed Skills section receive up to 4x more interview invitations.

You are receiving ProNet notification emails. Unsubscribe: https://pronet.example.com/settings/email
ProNet, 1 Network Plaza, Dublin 2, Ireland
"""
add({
    "kind": "other", "slug": "pronet_profile_views", "lang": "en",
    "company": "", "contact": "",
    "from": ("ProNet", "notifications-noreply@pronet.example.com"),
    "subject": "Callum, you appeared in 14 searches this week",
    "date": "2026-03-04 17:12 +0000",
    "headers": [("List-Unsubscribe", "<https://pronet.example.com/settings/email/unsub?t=3kd9>"),
                ("X-Auto-Response-Suppress", "All")],
    "html": ats_card("ProNet", paras(_t), "ProNet Ltd", accent="#0a66c2"),
})

_items = [
    ("Estimator (Mechanical) - Kelvin Facilities Group - Glasgow",
     "Actively recruiting. Be an early applicant.", "https://pronet.example.com/jobs/view/4410921"),
    ("Junior Estimator - Ythan Heating Contractors - Ellon",
     "3 connections work here.", "https://pronet.example.com/jobs/view/4410977"),
    ("Building Services Estimator - Hadrian Energy Services - Newcastle",
     "Your profile matches 7 of 10 skills.", "https://pronet.example.com/jobs/view/4411003"),
    ("Estimator, HVAC - Fjordvarme - Oslo (English speaking)",
     "Easy Apply.", "https://pronet.example.com/jobs/view/4411050"),
]
_foot = """This email was intended for Callum Achterberg-Nwosu (Plumber | Aspiring Building Services Estimator).
Unsubscribe from job alert emails: https://pronet.example.com/jobs/alerts/unsub?a=912"""
add({
    "kind": "other", "slug": "pronet_jobs_you_may_like", "lang": "en",
    "company": "", "contact": "",
    "from": ("ProNet Job Alerts", "jobalerts-noreply@pronet.example.com"),
    "subject": "\u201cestimator\u201d: 4 new jobs in Scotland and abroad",
    "date": "2026-05-05 08:44 +0100",
    "headers": _list("<jobalerts.pronet.example.com>", "https://pronet.example.com/jobs/alerts/unsub?a=912"),
    "text": digest_text("Jobs you may be interested in", _items, _foot),
    "html": newsletter_html("Jobs you may be interested in", _items, _foot),
})

_items = [
    ("Market update: why M&E tender prices held their position in Q2",
     "Our quarterly cost survey, with interviews with five Scottish contractors.",
     "https://bsbulletin.example.co.uk/2026/q2-costs"),
    ("Heat networks: the skills gap nobody priced in",
     "Estimators who understand installation are in short supply, say consultants.",
     "https://bsbulletin.example.co.uk/2026/heat-network-skills"),
    ("Appointments", "Who has moved where in building services this month - including three new chief estimators.",
     "https://bsbulletin.example.co.uk/2026/appointments-july"),
    ("Events", "Register for the North of England Building Services Awards, Newcastle, 24 September.",
     "https://bsbulletin.example.co.uk/events"),
]
_foot = """Building Services Bulletin is published monthly.
Update preferences or unsubscribe: https://bsbulletin.example.co.uk/preferences"""
add({
    "kind": "other", "slug": "trade_bulletin_july", "lang": "en",
    "company": "", "contact": "",
    "from": ("Building Services Bulletin", "editor@bsbulletin.example.co.uk"),
    "subject": "Bulletin: tender prices, heat network skills gap, appointments",
    "date": "2026-07-02 05:45 +0100",
    "headers": _list("<monthly.bsbulletin.example.co.uk>", "https://bsbulletin.example.co.uk/preferences"),
    "text": digest_text("Building Services Bulletin - July 2026", _items, _foot),
    "html": newsletter_html("Building Services Bulletin - July 2026", _items, _foot),
    "cte": "quoted-printable",
})

_items = [
    ("Estimator - Merchant City Mechanical - Glasgow G1",
     "Shortlisting from 25 September; interviews week commencing 5 October.",
     "https://careerloch.example.co.uk/j/55120"),
    ("Graduate Estimator (Building Services) - Dalriada Building Services - Glasgow",
     "Posted 2 days ago.", "https://careerloch.example.co.uk/j/55141"),
    ("Facilities Estimator - Kelvin Facilities Group - Glasgow",
     "This job is no longer accepting applications.", "https://careerloch.example.co.uk/j/55002"),
    ("Assistant Estimator - Clydeside Building Services - Govan",
     "New: salary \u00a330,000 - \u00a334,000.", "https://careerloch.example.co.uk/j/55177"),
]
_foot = """CareerLoch job alert: estimator, Glasgow, within 15 miles.
Stop receiving this alert: https://careerloch.example.co.uk/alerts/stop/771"""
add({
    "kind": "other", "slug": "careerloch_glasgow_alert", "lang": "en",
    "company": "", "contact": "",
    "from": ("CareerLoch", "noreply@careerloch.example.co.uk"),
    "subject": "New jobs for you: estimator in Glasgow",
    "date": "2026-09-17 19:00 +0100",
    "headers": _list("<alerts.careerloch.example.co.uk>", "https://careerloch.example.co.uk/alerts/stop/771"),
    "text": digest_text("4 jobs matching your alert", _items, _foot),
    "html": newsletter_html("4 jobs matching your alert", _items, _foot),
})

_t = """Hi Callum,

You're invited: "From the tools to the tender: breaking into estimating"
Live webinar, Wednesday 13 May, 19:00-20:00 BST

Our panel - a chief estimator, a recruiter and a former gas engineer who moved into estimating three years ago - will cover:
- what interviewers look for when you have no office experience;
- how to build up a rate for a first-fix plumbing job;
- which courses actually help you get shortlisted.

Save your place: https://bscareershub.example.org.uk/webinars/tools-to-tender

See you there,
The Building Services Careers Hub team

Unsubscribe: https://bscareershub.example.org.uk/unsubscribe?u=cal8812
"""
add({
    "kind": "other", "slug": "webinar_tools_to_tender", "lang": "en",
    "company": "", "contact": "",
    "from": ("Building Services Careers Hub", "events@bscareershub.example.org.uk"),
    "subject": "Invitation: From the tools to the tender - live webinar",
    "date": "2026-04-29 12:00 +0100",
    "headers": _list("<events.bscareershub.example.org.uk>", "https://bscareershub.example.org.uk/unsubscribe?u=cal8812"),
    "text": _t, "html": plain_html(paras(_t)),
})

# ================================================================== people and services (English)

_t = """Hi Callum,

I host The Pipe Up Podcast, a fortnightly show about careers in plumbing and heating. A mutual contact at the CITB open evening mentioned you're making the move from the tools into estimating.

Would you be up for a 40-minute interview for the show? We record over Zoom, and I'd love to hear what the applications and interviews have been like from your side - the good, the bad and the ghosting.

Any weekday evening in May would work for me.

Cheers,
Marcus Doyle
The Pipe Up Podcast
https://pipeuppodcast.example.co.uk
"""
add({
    "kind": "other", "slug": "podcast_interview_request", "lang": "en",
    "company": "", "contact": "marcus@pipeuppodcast.example.co.uk",
    "from": ("Marcus Doyle", "marcus@pipeuppodcast.example.co.uk"),
    "subject": "Podcast interview - from the tools to estimating?",
    "date": "2026-04-24 20:33 +0100",
    "text": _t,
})

_t = """Hello Callum,

You recently used JobsScot to apply for jobs. We're redesigning how applicants track their applications and would like to learn from your experience.

Would you take part in a 30-minute remote research interview? There are no right or wrong answers - we just want to hear how you search and apply. As a thank-you you'll receive a \u00a325 voucher.

Choose a time: https://research.jobsscot.example.co.uk/book?p=cal-7731

Thanks,
Priya Raman
User Researcher, JobsScot

You can opt out of research invitations in your account settings.
"""
add({
    "kind": "other", "slug": "user_research_interview", "lang": "en",
    "company": "", "contact": "",
    "from": ("JobsScot Research", "research@jobsscot.example.co.uk"),
    "reply_to": ("JobsScot Research", "no-reply@jobsscot.example.co.uk"),
    "subject": "Share your experience: 30-minute research interview (\u00a325 voucher)",
    "date": "2026-06-26 10:15 +0100",
    "text": _t, "html": plain_html(paras(_t)),
})

_t = """Hi Callum,

Your parcel is delayed

Unfortunately your parcel from Screwfast (order SF-4471920) has been delayed at our Livingston hub due to high volumes. It is now expected on Thursday 19 February between 10:00 and 14:00.

Tracking number: PW81 7730 2219 GB
Track or change your delivery: https://track.parcelwise.example.co.uk/PW8177302219GB

We're sorry for the inconvenience.
Parcelwise
"""
add({
    "kind": "other", "slug": "parcel_delayed_unfortunately", "lang": "en",
    "company": "", "contact": "",
    "from": ("Parcelwise", "noreply@parcelwise.example.co.uk"),
    "subject": "Unfortunately your parcel is delayed",
    "date": "2026-02-17 07:48 +0000",
    "html": ats_card("Parcelwise", paras(_t), "Parcelwise Ltd, Livingston", accent="#ff6600"),
})

_t = """TrakVan daily report
Vehicle: SV19 XKP (Ford Transit Custom) - Cults Plumbing & Heating

Last known position: 57.1182 N, 2.1458 W (Great Western Road, Aberdeen AB10)
Status: Parked, ignition off since 17:42
Distance today: 61.4 miles
Harsh braking events: 1 (Anderson Drive, 08:17)

Position history and map: https://app.trakvan.example.co.uk/vehicles/SV19XKP

This is an automated message. Please do not reply.
"""
add({
    "kind": "other", "slug": "van_tracker_position", "lang": "en",
    "company": "", "contact": "",
    "from": ("TrakVan", "reports@trakvan.example.co.uk"),
    "subject": "Daily position report - SV19 XKP",
    "date": "2026-03-18 18:00 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "text": _t,
})

_t = """Callum mate,

Heard back from the Aberdeen Harbour job today - knocked back. They said they'd gone with someone already working there, which I reckon means they always had him in mind. Gutted, but the interview was good practice at least.

How's your search going? Did the Altens one come to anything?

Pint Saturday?

Kieran
"""
add({
    "kind": "other", "slug": "friend_own_knockback", "lang": "en",
    "company": "", "contact": "kieran.bain@example.co.uk",
    "from": ("Kieran Bain", "kieran.bain@example.co.uk"),
    "subject": "knocked back",
    "date": "2026-03-10 21:58 +0000",
    "text": _t,
})

_t = """Hi Callum,

I came across your profile while researching building services talent in the north-east. Your move from installation towards estimating is exactly the background several of my clients ask about.

I'm not working on a specific vacancy for you at the moment, but would you be open to a short introductory conversation so I understand what you're looking for? No pressure either way.

Best regards,

Fiona Keay
Director
Haar Search
Building Services & Infrastructure Recruitment
07700 900 884 | www.haarsearch.example.co.uk
"""
add({
    "kind": "other", "slug": "recruiter_cold_approach", "lang": "en",
    "company": "", "contact": "fiona.keay@haarsearch.example.co.uk",
    "from": ("Fiona Keay", "fiona.keay@haarsearch.example.co.uk"),
    "subject": "Building services estimating - introduction",
    "date": "2026-05-19 08:05 +0100",
    "text": _t, "html": outlook_html(mso(_t)),
})

_t = """Dear Mr Achterberg-Nwosu,

Your mortgage appointment is confirmed

Date: Saturday 14 March 2026
Time: 10:30
Adviser: Sana Qureshi
Where: Union Street branch, Aberdeen

Please bring photo ID, your last three payslips and your most recent P60. If your job position or income is about to change, let your adviser know at the appointment, as this may affect how much you can borrow.

Need to rearrange? Call 0345 555 0190.

Northern Lights Building Society
Your home may be repossessed if you do not keep up repayments on your mortgage.
"""
add({
    "kind": "other", "slug": "building_society_appointment", "lang": "en",
    "company": "", "contact": "",
    "from": ("Northern Lights Building Society", "appointments@nlbs.example.co.uk"),
    "reply_to": ("Northern Lights Building Society", "donotreply@nlbs.example.co.uk"),
    "subject": "Your mortgage appointment is confirmed",
    "date": "2026-03-05 12:02 +0000",
    "text": _t, "html": plain_html(paras(_t)),
})

_t = """Dear Callum,

Routine property inspection - Flat 2/R, 37 Holburn Street, Aberdeen

As part of our six-monthly checks, we will be carrying out an inspection of your flat on Wednesday 20 May between 11:00 and 13:00. You do not need to be present; we will use our key if nobody is home.

If this appointment is not convenient, please reply to let me know and we can reschedule.

Kind regards,
Gemma Forsyth
Property Manager
Silver City Lettings
0300 555 0177
"""
add({
    "kind": "other", "slug": "landlord_inspection_appointment", "lang": "en",
    "company": "", "contact": "gemma.forsyth@silvercitylettings.example.co.uk",
    "from": ("Gemma Forsyth", "gemma.forsyth@silvercitylettings.example.co.uk"),
    "subject": "Inspection appointment - 37 Holburn Street",
    "date": "2026-05-06 14:22 +0100",
    "text": _t,
})

_t = """Dear parents and carers,

The Parent Council is looking for a new treasurer, as Mhairi steps down in June after five years.

If you're interested in the position, please send a few lines about yourself by Friday 24 April. We'll hold short informal interviews - really just a chat over a cuppa - in the school library on the evening of Tuesday 28 April.

Thank you, as ever, for your support.

Joanne Milne
Chair, Brimmond Primary School Parent Council
"""
add({
    "kind": "other", "slug": "school_parent_council_position", "lang": "en",
    "company": "", "contact": "chair.pc@brimmondprimary.example.sch.uk",
    "from": ("Joanne Milne", "chair.pc@brimmondprimary.example.sch.uk"),
    "to": [("Brimmond Primary Parents", "parents@brimmondprimary.example.sch.uk")],
    "cc": [CAND],
    "subject": "Parent Council treasurer - interviews 28 April",
    "date": "2026-04-16 15:45 +0100",
    "text": _t,
})

_t = """Dear Callum Achterberg-Nwosu,

Unfortunately your appointment with Dr Hendry on Monday 8 June at 09:10 has been cancelled because the doctor is unwell.

We have rescheduled you to Wednesday 10 June at 16:40 with Dr Hendry. If you cannot attend, please call the practice on 01224 555 0400 or cancel online so the slot can be offered to another patient.

Rubislaw Medical Practice
This is an automated message; replies to this address are not read.
"""
add({
    "kind": "other", "slug": "gp_appointment_cancelled_rescheduled", "lang": "en",
    "company": "", "contact": "",
    "from": ("Rubislaw Medical Practice", "no-reply@rubislawmedical.example.nhs.uk"),
    "subject": "Your appointment has been cancelled and rescheduled",
    "date": "2026-06-05 16:31 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "text": _t,
})

_t = """Dear Callum,

Application for HNC Building Services Engineering (part-time, evening), January 2027 start

Thank you for applying to Granite Coast College. We have considered your application carefully.

I am sorry to let you know that we are unable to offer you a place on this course, as the January cohort is now full. You are welcome to apply for the September 2027 intake, when applications open on 1 March.

Admissions Team
Granite Coast College
"""
add({
    "kind": "other", "slug": "college_place_refused", "lang": "en",
    "company": "", "contact": "",
    "from": ("Granite Coast College Admissions", "admissions-noreply@granitecoast.example.ac.uk"),
    "subject": "Your application to Granite Coast College",
    "date": "2026-10-09 11:10 +0100",
    "text": _t, "html": plain_html(paras(_t)),
})

_t = """Hi Callum,

Just a reminder that your annual review meeting with me is on Friday 17 April at 3pm in the office.

We'll look at how the year has gone, your position on the pay scale, and your training plan - I know you're keen to do more pricing, so come with ideas for how we could use that here.

Cheers,
Douglas

Douglas Ironside
Owner, Cults Plumbing & Heating
"""
add({
    "kind": "other", "slug": "current_employer_annual_review", "lang": "en",
    "company": "", "contact": "douglas@cultsplumbing.example.co.uk",
    "from": ("Douglas Ironside", "douglas@cultsplumbing.example.co.uk"),
    "subject": "Your annual review - Friday",
    "date": "2026-04-13 08:02 +0100",
    "text": _t,
})

_t = """Dear Callum Achterberg-Nwosu,

Registration number: 604 118

We have received your application to renew your registration with the Safe Heat Register, together with your payment of \u00a3412.00.

Your application will be processed within 10 working days. Your new ID card will be posted to your registered address once your renewal is complete.

Safe Heat Register
This inbox is not monitored.
"""
add({
    "kind": "other", "slug": "trade_register_renewal_received", "lang": "en",
    "company": "", "contact": "",
    "from": ("Safe Heat Register", "noreply@safeheatregister.example.co.uk"),
    "subject": "We have received your renewal application",
    "date": "2026-01-14 09:33 +0000",
    "text": _t,
})

_t = """Dear Mr Achterberg-Nwosu,

Thank you for applying for a Thistle Rewards Credit Card.

Unfortunately, we're unable to approve your application at this time. This decision was based on information from credit reference agencies and our own lending criteria.

You can find out more about why applications are declined, and how to check your credit file, at thistlebank.example.co.uk/declined.

Thistle Bank
"""
add({
    "kind": "other", "slug": "credit_card_application_declined", "lang": "en",
    "company": "", "contact": "",
    "from": ("Thistle Bank", "no-reply@thistlebank.example.co.uk"),
    "subject": "Your credit card application",
    "date": "2026-08-21 13:06 +0100",
    "html": plain_html(paras(_t)),
})

_t = """Hi Callum,

Your place is booked!

Scottish Construction Careers Fair
Saturday 31 January 2026, 10:00-16:00
P&J Live, Aberdeen

Over 40 contractors, housing associations and councils will be there, many holding on-the-spot interviews for trainee and apprentice positions. Bring copies of your CV.

Show this email or your QR code at the entrance.

Scottish Construction Careers Fair
"""
add({
    "kind": "other", "slug": "careers_fair_place_confirmed", "lang": "en",
    "company": "", "contact": "",
    "from": ("Scottish Construction Careers Fair", "tickets@sccfair.example.co.uk"),
    "subject": "Booking confirmed: Scottish Construction Careers Fair",
    "date": "2026-01-09 13:20 +0000",
    "text": _t,
})

_t = """Hi Callum,

Granite City Mechanical would like to hear about your experience applying for Assistant Estimator (Mechanical).

The survey takes about two minutes and is anonymous - your answers won't affect any hiring decision.

Take the survey: https://survey.greenhouse.example.io/s/granite-7e21

Thank you!
"""
add({
    "kind": "other", "slug": "candidate_experience_survey", "lang": "en",
    "company": "", "contact": "",
    "from": ("Granite City Mechanical", "no-reply@us.greenhouse-mail.io"),
    "subject": "How was your application experience with Granite City Mechanical?",
    "date": "2026-03-20 14:00 +0000",
    "text": _t,
    "html": ats_card("Granite City Mechanical", paras(_t), "Sent via Greenhouse", accent="#5c6b73"),
})

# ================================================================== German

_items = [
    ("Kalkulator TGA (m/w/d) – Hamburg-Altona",
     "Mittelständischer Sanitär- und Heizungsbetrieb sucht Verstärkung. Vorstellungsgespräche ab Mai.",
     "https://jobhafen.example.de/stelle/31877"),
    ("Technischer Einkäufer / Kalkulator Haustechnik – Hamburg-Harburg",
     "Quereinsteiger aus dem Handwerk willkommen.", "https://jobhafen.example.de/stelle/31902"),
    ("Ratgeber: Absagen richtig deuten",
     "Was hinter Formulierungen wie „wir haben uns für eine andere Bewerberin entschieden“ steckt.",
     "https://jobhafen.example.de/ratgeber/absagen-deuten"),
    ("Ratgeber: Das Vorstellungsgespräch auf Deutsch",
     "Zehn typische Fragen – und wie Sie sie als Nicht-Muttersprachler souverän beantworten.",
     "https://jobhafen.example.de/ratgeber/gespraech-deutsch"),
]
_foot = """Sie erhalten diesen Newsletter, weil Sie sich bei JobHafen angemeldet haben.
Abmelden: https://jobhafen.example.de/newsletter/abmelden?id=77e1"""
add({
    "kind": "other", "slug": "jobhafen_newsletter", "lang": "de",
    "company": "", "contact": "",
    "from": ("JobHafen", "newsletter@jobhafen.example.de"),
    "subject": "Neue Jobs für Kalkulatoren + Absagen richtig deuten",
    "date": "2026-04-02 06:15 +0200",
    "headers": _list("<newsletter.jobhafen.example.de>", "https://jobhafen.example.de/newsletter/abmelden?id=77e1"),
    "text": digest_text("JobHafen Newsletter April", _items, _foot),
    "html": newsletter_html("JobHafen Newsletter April", _items, _foot),
    "cte": "quoted-printable",
})

_t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Mittwoch, 29. April, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 40 555 01 30.

Mit freundlichen Grüßen
Katrin Wendt
Elbe Haustechnik GmbH
"""
add({
    "kind": "other", "slug": "abwesenheit_elbe", "lang": "de",
    "company": "", "contact": "k.wendt@elbe-haustechnik.example.de",
    "from": ("Katrin Wendt", "k.wendt@elbe-haustechnik.example.de"),
    "subject": "Abwesenheitsnotiz: AW: Terminverschiebung: Vorstellungsgespräch – Kalkulator TGA (m/w/d)",
    "date": "2026-04-27 08:03 +0200", "thread": "elbe", "reply": True,
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": _t,
    "charset": "iso-8859-1",
})

_t = f"""Sehr geehrte Frau Krüger,

hiermit bewerbe ich mich um die Stelle als Kalkulator (m/w/d) in Ihrem Betrieb.

Ich bin gelernter Installateur (Plumbing and Heating, SVQ Level 3) und habe zehn Jahre Erfahrung mit Heizungs- und Sanitärinstallationen in Schottland. Seit vier Jahren erstelle ich die Angebote für unsere Privatkunden selbst. Ab Herbst ziehe ich mit meiner Partnerin nach Hamburg; mein Deutsch ist auf B1-Niveau und wird täglich besser.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch oder einem Probearbeitstag würde ich mich sehr freuen.

Mit freundlichen Grüßen
{SIG}
"""
add({
    "kind": "other", "slug": "own_bewerbung_bergedorf", "lang": "de",
    "company": "", "contact": "",
    "from": CAND, "to": [("Melanie Krüger", "m.krueger@klimatechnik-bergedorf.example.de")],
    "subject": "Bewerbung als Kalkulator (m/w/d)",
    "date": "2026-07-27 20:40 +0100", "thread": "bergedorf", "reply": False,
    "mid_domain": "mail.example.co.uk",
    "text": _t,
    "attach": [{"type": "pdf", "name": "Lebenslauf_Achterberg-Nwosu.pdf", "title": "Lebenslauf",
                "lines": ["Lebenslauf - Callum Achterberg-Nwosu", "Installateur Heizung/Sanitaer",
                          "Aberdeen, Schottland"]}],
})

_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihre Anmeldung zum Abendkurs Deutsch B1.2 (Kursnummer A-2611, Beginn 5. Oktober).

Leider können wir Ihnen keinen Platz in diesem Kurs anbieten, da alle Plätze bereits vergeben sind. Wir haben Sie auf die Warteliste gesetzt (Platz 4). Alternativ gibt es noch freie Plätze im Samstagskurs A-2618.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Altona
"""
add({
    "kind": "other", "slug": "sprachkurs_kein_platz", "lang": "de",
    "company": "", "contact": "",
    "from": ("Sprachschule Altona", "anmeldung@sprachschule-altona.example.de"),
    "reply_to": ("Sprachschule Altona", "noreply@sprachschule-altona.example.de"),
    "subject": "Ihre Anmeldung: Deutsch B1.2 - leider kein Platz frei",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-09-15 10:48 +0200",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hallo Herr Achterberg-Nwosu,

der Besichtigungstermin für die 2-Zimmer-Wohnung in der Bahrenfelder Straße 88 muss leider verschoben werden, da der Vormieter noch nicht ausgezogen ist.

Neuer Termin: Samstag, 24. Oktober, 11:30 Uhr. Bitte bestätigen Sie kurz, ob Sie kommen können; andernfalls vergeben wir den Termin an den nächsten Interessenten.

Freundliche Grüße
Dirk Hansen
Hansen & Partner Hausverwaltung
Tel. 040 555 03 66
"""
add({
    "kind": "other", "slug": "wohnungsbesichtigung_verschoben", "lang": "de",
    "company": "", "contact": "d.hansen@hansen-hausverwaltung.example.de",
    "from": ("Dirk Hansen", "d.hansen@hansen-hausverwaltung.example.de"),
    "subject": "Besichtigungstermin Bahrenfelder Straße – neuer Termin",
    "date": "2026-10-16 17:25 +0200",
    "text": _t,
    "cte": "base64",
})

_t = """Hallo Callum Achterberg-Nwosu,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1755 0193 22.

Grund: Die Sendung konnte im Paketzentrum Hamburg nicht rechtzeitig bearbeitet werden.
Neue voraussichtliche Zustellung: Dienstag, 20. Oktober

Sendungsverfolgung: https://paketblitz.example.de/verfolgen/003404341755019322

Ihr PaketBlitz-Team
"""
add({
    "kind": "other", "slug": "paket_verzoegert", "lang": "de",
    "company": "", "contact": "",
    "from": ("PaketBlitz", "benachrichtigung@paketblitz.example.de"),
    "subject": "Ihre Sendung verzögert sich leider",
    "date": "2026-10-18 09:02 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": ats_card("PaketBlitz", paras(_t), "PaketBlitz GmbH", accent="#ffcc00"),
})

# ================================================================== French

_items = [
    ("Métreur CVC H/F - Bordeaux Bastide", "CDI - entretiens prévus début juin.",
     "https://btpemploi-so.example.fr/offre/20931"),
    ("Chiffreur plomberie H/F - Mérignac", "Débutant accepté si expérience chantier.",
     "https://btpemploi-so.example.fr/offre/20947"),
    ("Conseil : réussir son entretien d'embauche dans le BTP", "Les questions qu'on vous posera à coup sûr.",
     "https://btpemploi-so.example.fr/conseils/entretien"),
    ("Témoignage : « Après dix refus, j'ai décroché mon poste de métreur »",
     "Karim raconte sa reconversion.", "https://btpemploi-so.example.fr/temoignages/karim"),
]
_foot = """Vous recevez cette lettre car vous êtes inscrit sur BTP Emploi Sud-Ouest.
Se désinscrire : https://btpemploi-so.example.fr/desinscription?u=c4410"""
add({
    "kind": "other", "slug": "btpemploi_lettre", "lang": "fr",
    "company": "", "contact": "",
    "from": ("BTP Emploi Sud-Ouest", "lettre@btpemploi-so.example.fr"),
    "subject": "Vos offres de la semaine et nos conseils pour l'entretien",
    "date": "2026-05-21 07:30 +0200",
    "headers": _list("<lettre.btpemploi-so.example.fr>", "https://btpemploi-so.example.fr/desinscription?u=c4410"),
    "text": digest_text("La lettre BTP Emploi Sud-Ouest", _items, _foot),
    "html": newsletter_html("La lettre BTP Emploi Sud-Ouest", _items, _foot),
})

_t = """Bonjour Madame Lacoste,

Je tenais à vous remercier, ainsi que M. Ferrand, pour l'entretien de ce matin. La présentation de vos études de prix pour le CHU m'a conforté dans mon envie de rejoindre votre bureau d'études.

Je reste à votre disposition pour tout complément.

Bien cordialement,
Callum Achterberg-Nwosu
"""
add({
    "kind": "other", "slug": "own_remerciement_atlantique", "lang": "fr",
    "company": "", "contact": "",
    "from": CAND, "to": [("Sandrine Lacoste", "s.lacoste@atlantique-fluides.example.fr")],
    "cc": [("Nicolas Ferrand", "n.ferrand@atlantique-fluides.example.fr")],
    "subject": "Merci pour l'entretien",
    "date": "2026-09-15 18:31 +0100", "thread": "atlantique", "reply": False,
    "mid_domain": "mail.example.co.uk",
    "text": _t,
})

_t = """Monsieur,

Nous avons bien étudié votre dossier de candidature à la formation « Métreur-Économiste de la construction » (session de janvier 2027).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue par la commission d'admission : le nombre de places financées par la Région étant limité, la priorité a été donnée aux demandeurs d'emploi résidant en Nouvelle-Aquitaine.

Vous pouvez candidater à nouveau pour la session de septembre 2027.

Le service des admissions
Institut de Formation BTP Aquitaine
"""
add({
    "kind": "other", "slug": "formation_metreur_refus", "lang": "fr",
    "company": "", "contact": "",
    "from": ("IFBTP Aquitaine - Admissions", "admissions@ifbtp-aquitaine.example.fr"),
    "reply_to": ("Ne pas répondre", "ne-pas-repondre@ifbtp-aquitaine.example.fr"),
    "subject": "Votre candidature à la formation Métreur-Économiste",
    "date": "2026-10-12 14:10 +0200",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Bonjour Monsieur Achterberg-Nwosu,

Votre rendez-vous avec votre conseiller est confirmé.

Objet : ouverture de compte - non-résident
Date : vendredi 14 août 2026 à 15h00
Agence : Bordeaux Chartrons, 72 cours de la Martinique
Conseiller : M. Julien Darrieux

Pensez à vous munir de votre passeport, d'un justificatif de domicile et, si possible, de votre promesse d'embauche ou contrat de travail.

Pour modifier ou annuler ce rendez-vous : espace client, rubrique « Mes rendez-vous ».

Banque Girondine
Ce message vous est adressé automatiquement, merci de ne pas y répondre.
"""
add({
    "kind": "other", "slug": "banque_rdv_conseiller", "lang": "fr",
    "company": "", "contact": "",
    "from": ("Banque Girondine", "ne-pas-repondre@banque-girondine.example.fr"),
    "subject": "Confirmation de votre rendez-vous",
    "date": "2026-08-05 09:15 +0200",
    "text": _t, "html": outlook_html(mso(_t)),
    "charset": "windows-1252", "cte": "quoted-printable",
})

_t = """Bonjour Callum,

Je suis journaliste à L'Écho de la Garonne et je prépare un article sur les artisans britanniques qui s'installent à Bordeaux depuis le Brexit.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou en visio, la semaine prochaine ? Je m'intéresse à votre parcours de plombier et à votre recherche d'un poste de métreur ici.

Bien à vous,
Claire Monfort
Journaliste - rubrique Économie
L'Écho de la Garonne
06 55 50 71 20
"""
add({
    "kind": "other", "slug": "presse_demande_interview", "lang": "fr",
    "company": "", "contact": "c.monfort@echodelagaronne.example.fr",
    "from": ("Claire Monfort", "c.monfort@echodelagaronne.example.fr"),
    "subject": "Demande d'interview - artisans britanniques à Bordeaux",
    "date": "2026-07-23 11:40 +0200",
    "text": _t,
    "cte": "8bit",
})

# ================================================================== Spanish

_items = [
    ("Técnico/a de estudios de instalaciones – Burdeos (Francia)",
     "Empresa instaladora española con obra en Burdeos. Entrevistas en septiembre.",
     "https://infoobra-empleo.example.es/oferta/77120"),
    ("Presupuestista de fontanería y climatización – Valencia",
     "Incorporación inmediata.", "https://infoobra-empleo.example.es/oferta/77134"),
    ("Consejo: cómo responder cuando te dicen que no",
     "Qué hacer después de un «lamentamos comunicarte que…».", "https://infoobra-empleo.example.es/blog/rechazo"),
]
_foot = """Recibes este boletín porque te suscribiste en InfoObra Empleo.
Darte de baja: https://infoobra-empleo.example.es/baja?u=cal-31"""
add({
    "kind": "other", "slug": "infoobra_boletin", "lang": "es",
    "company": "", "contact": "",
    "from": ("InfoObra Empleo", "boletin@infoobra-empleo.example.es"),
    "subject": "Ofertas de la semana y cómo encajar un «no»",
    "date": "2026-08-27 07:05 +0200",
    "headers": _list("<boletin.infoobra-empleo.example.es>", "https://infoobra-empleo.example.es/baja?u=cal-31"),
    "text": digest_text("Boletín InfoObra Empleo", _items, _foot),
    "html": newsletter_html("Boletín InfoObra Empleo", _items, _foot),
    "html_cte": "base64",
})

_t = """¡Hola Callum!

¿Qué tal por Aberdeen? Te cuento: al final la constructora de Bilbao me ha dicho que no. Me llamaron ayer para decirme que habían elegido a alguien con más años de experiencia en licitaciones públicas. Me ha sentado fatal, la verdad, después de tres entrevistas.

Bueno, sigo buscando. ¿Y tú qué tal con lo de Burdeos?

Un abrazo,
Iñaki
"""
add({
    "kind": "other", "slug": "amigo_cuenta_su_rechazo", "lang": "es",
    "company": "", "contact": "inaki.garmendia@example.es",
    "from": ("Iñaki Garmendia", "inaki.garmendia@example.es"),
    "subject": "Al final no",
    "date": "2026-06-30 22:14 +0200",
    "text": _t,
    "cte": "8bit",
})

_t = """Hola Ainhoa:

Perfecto, las 16:00 del martes me van bien. Gracias por avisar.

Un saludo,
Callum
"""
add({
    "kind": "other", "slug": "own_confirma_cambio_nervion", "lang": "es",
    "company": "", "contact": "",
    "from": CAND, "to": [("Ainhoa Etxeberria", "ainhoa.etxeberria@ingenieria-nervion.example.es")],
    "subject": "RE: Actualizado: Entrevista – Técnico de Ofertas de Instalaciones (Burdeos)",
    "date": "2026-08-14 13:30 +0200", "thread": "nervion",
    "mid_domain": "mail.example.co.uk",
    "text": _t,
})

_t = """Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 17 de agosto, sin acceso al correo. Para temas urgentes de selección, escribe a seleccion@ingenieria-nervion.example.es.

Ainhoa Etxeberria
Ingeniería Nervión
"""
add({
    "kind": "other", "slug": "fuera_oficina_nervion", "lang": "es",
    "company": "", "contact": "ainhoa.etxeberria@ingenieria-nervion.example.es",
    "from": ("Ainhoa Etxeberria", "ainhoa.etxeberria@ingenieria-nervion.example.es"),
    "subject": "Respuesta automática: RE: Actualizado: Entrevista – Técnico de Ofertas de Instalaciones (Burdeos)",
    "date": "2026-08-14 13:31 +0200", "thread": "nervion", "reply": True,
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": _t,
})

_t = """Estimado Callum:

Te agradecemos tu interés en el Máster en Gestión de Proyectos de Instalaciones (edición online 2026-2027).

Lamentamos informarte de que tu solicitud de admisión no ha sido aceptada, ya que el programa exige una titulación universitaria de grado o equivalente. Te invitamos a consultar nuestro Curso de Experto en Mediciones y Presupuestos, que no tiene este requisito.

Atentamente,
Oficina de Admisiones
Escuela de Ingeniería Aplicada del Norte
"""
add({
    "kind": "other", "slug": "master_admision_denegada", "lang": "es",
    "company": "", "contact": "",
    "from": ("Admisiones EIAN", "admisiones@eian.example.es"),
    "reply_to": ("Admisiones EIAN", "no-responder@eian.example.es"),
    "subject": "Resolución de tu solicitud de admisión",
    "date": "2026-09-08 12:00 +0200",
    "text": _t, "html": plain_html(paras(_t)),
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hola Callum:

Te invitamos a nuestro webinar gratuito «Cómo preparar una entrevista técnica en instalaciones», el jueves 24 de septiembre a las 18:30.

Hablaremos de las pruebas de medición que piden muchas empresas, de cómo explicar un presupuesto en la entrevista y de qué hacer si no te seleccionan.

Reserva tu plaza: https://infoobra-empleo.example.es/webinars/entrevista-tecnica

El equipo de InfoObra Empleo
Darte de baja: https://infoobra-empleo.example.es/baja?u=cal-31
"""
add({
    "kind": "other", "slug": "webinar_entrevista_tecnica", "lang": "es",
    "company": "", "contact": "",
    "from": ("InfoObra Empleo", "eventos@infoobra-empleo.example.es"),
    "subject": "Webinar: cómo preparar una entrevista técnica",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-09-10 10:00 +0200",
    "headers": _list("<eventos.infoobra-empleo.example.es>", "https://infoobra-empleo.example.es/baja?u=cal-31"),
    "text": _t,
})

_t = """Hola Callum:

Lamentablemente, tu envío con número de seguimiento ES2026-88412-BX sufre un retraso por una incidencia en el centro logístico de Irún.

Nueva fecha estimada de entrega: 3 de septiembre.

Puedes seguir tu envío aquí: https://envios-rapidos.example.es/seguimiento/ES202688412BX

Disculpa las molestias.
Envíos Rápidos del Norte
"""
add({
    "kind": "other", "slug": "envio_retrasado", "lang": "es",
    "company": "", "contact": "",
    "from": ("Envíos Rápidos del Norte", "avisos@envios-rapidos.example.es"),
    "from_enc": ("iso-8859-1", "B"),
    "subject": "Tu envío llega con retraso",
    "date": "2026-09-01 08:20 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "text": _t,
})

_t = """Hola Callum:

Soy Lucía Ferreiro, de Búsqueda Atlántica, una consultora de selección especializada en ingeniería de instalaciones.

He visto tu perfil y tu interés por los puestos de estimador en Francia. Ahora mismo no tengo una vacante concreta para ti, pero me gustaría conocerte y saber qué buscas, para tenerte en cuenta en próximos procesos. ¿Te apetecería que habláramos un rato por teléfono cuando te venga bien?

Un saludo,
Lucía Ferreiro
Búsqueda Atlántica
+34 981 555 062
"""
add({
    "kind": "other", "slug": "headhunter_contacto_frio", "lang": "es",
    "company": "", "contact": "lucia.ferreiro@busqueda-atlantica.example.es",
    "from": ("Lucía Ferreiro", "lucia.ferreiro@busqueda-atlantica.example.es"),
    "subject": "¿Hablamos?",
    "date": "2026-10-20 16:45 +0200",
    "text": _t, "html": plain_html(paras(_t)),
})

assert len(MESSAGES) == 52, len(MESSAGES)
