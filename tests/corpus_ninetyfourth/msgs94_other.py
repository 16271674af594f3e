"""Everything else of the ninety-fourth corpus: newsletters, alerts, the candidate's own mail,
friends, banks, couriers, out-of-office replies, outreach and the other meanings of the words.
One hand-written spec per message."""

from __future__ import annotations

from msgs94_common import (
    ME,
    ats_card,
    digest_html,
    gmail_html,
    outlook_html,
    simple_html,
    text_of,
    trk,
)

SPECS: list[dict] = []
add = SPECS.append


def _list(list_id: str, unsub_url: str, mailto: str | None = None, one_click: bool = True) -> list[tuple[str, str]]:
    value = f"<{unsub_url}>" if mailto is None else f"<mailto:{mailto}>, <{unsub_url}>"
    out = [("List-Id", list_id), ("List-Unsubscribe", value)]
    if one_click:
        out.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    out.append(("Precedence", "bulk"))
    return out


# === English ==================================================================================

add({
    "key": "newsletter_bounce_back_rejection", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Civil Careers Weekly", "newsletter@civilcareersweekly.example.com"),
    "subject": "5 ways to bounce back after a job rejection (and what hiring managers wish you knew)",
    "date": "2026-02-03 11:00 -0500", "mid": "civilcareersweekly.example.com",
    "headers": _list("Civil Careers Weekly <weekly.civilcareersweekly.example.com>",
                  "https://civilcareersweekly.example.com/unsubscribe?e=ZGVjbGFu&l=weekly"),
    "html": digest_html(
        lang="en", brand="Civil Careers Weekly", logo_src="https://civilcareersweekly.example.com/img/ccw-logo-white.png",
        heading="Rejected? Here's your comeback plan",
        intro="Hi Declan - this week we asked 40 hiring managers at consultancies, contractors and transit agencies what they wish candidates did after hearing \"unfortunately, we have decided to move forward with other candidates\".",
        items=[
            ("1. Ask for feedback - once, and briefly", "Most managers will give two sentences of honest feedback if you ask within a week. Few will after a month.",
             trk("https://click.civilcareersweekly.example.com/c/", "ccw-1")),
            ("2. Don't burn the bridge", "One in four of our panel had rehired a rejected candidate within a year. Your reply to a rejection email is an audition.",
             trk("https://click.civilcareersweekly.example.com/c/", "ccw-2")),
            ("3. Missed an interview? Own it fast", "What to write when you no-showed, and why a same-day apology saves more applications than you'd think.",
             trk("https://click.civilcareersweekly.example.com/c/", "ccw-3")),
            ("4. Track your pipeline", "Free spreadsheet template: applications, interviews, offers and follow-up dates.",
             trk("https://click.civilcareersweekly.example.com/c/", "ccw-4")),
            ("5. This week's openings", "Transit PMs in Ottawa and Calgary, water resources leads in Vancouver, and a port authority role you shouldn't miss.",
             trk("https://click.civilcareersweekly.example.com/c/", "ccw-5")),
        ],
        outro="Until next Tuesday,\nThe CCW editors",
        footer=["You're receiving this because you subscribed to Civil Careers Weekly at civilcareersweekly.example.com.",
                "Civil Careers Weekly, 318 Richmond St W, Toronto, ON M5V 1X2, Canada"],
        unsubscribe="https://civilcareersweekly.example.com/unsubscribe?e=ZGVjbGFu&l=weekly",
        pixel=trk("https://click.civilcareersweekly.example.com/o/", "ccw-px"), accent="#1b4965"),
})

add({
    "key": "civiljobs_alert_twelve_pm", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("CivilJobs.ca Job Alerts", "alerts@civiljobs.example.ca"),
    "subject": "12 new Project Manager jobs in Toronto, ON",
    "date": "2026-03-02 06:15 -0500",
    "headers": _list("CivilJobs alerts <alerts.civiljobs.example.ca>", "https://civiljobs.example.ca/alerts/unsubscribe?a=55120"),
    "html": digest_html(
        lang="en", brand="CivilJobs.ca", logo_src="https://civiljobs.example.ca/static/img/civiljobs-logo-white.png",
        heading="12 new jobs match your alert",
        intro="Alert: \"project manager\" within 50 km of Toronto, ON. Here are the newest ones:",
        items=[
            ("Project Manager, Transit - Corvane Infrastructure Group", "Toronto, ON · Full-time · Posted 1 day ago",
             trk("https://civiljobs.example.ca/r/", "cj-a1")),
            ("Senior PM, Watermain Rehabilitation - Brantwood & Keele Consulting Engineers", "Toronto, ON · Easy apply",
             trk("https://civiljobs.example.ca/r/", "cj-a2")),
            ("Construction Manager - Ridgeback Civil Constructors", "Vaughan, ON · $120k-$140k",
             trk("https://civiljobs.example.ca/r/", "cj-a3")),
            ("Project Manager, Capital Works - Regional Municipality of Halden", "Halden, ON · Closes Feb 27",
             trk("https://civiljobs.example.ca/r/", "cj-a4")),
            ("+ 8 more jobs", "See all results for your alert", trk("https://civiljobs.example.ca/r/", "cj-a5")),
        ],
        outro="Tip: candidates who apply in the first 72 hours are up to 3x more likely to hear back.",
        footer=["You're getting this email because you created a job alert on CivilJobs.ca.",
                "[[Manage alerts|" + trk("https://civiljobs.example.ca/r/", "cj-manage") + "]] · CivilJobs.ca, 77 Bloor St W, Toronto, ON"],
        unsubscribe="https://civiljobs.example.ca/alerts/unsubscribe?a=55120",
        pixel=trk("https://civiljobs.example.ca/o/", "cj-a-px"), accent="#0a7d3e"),
})

add({
    "key": "podcast_pipes_and_tracks", "kind": "other", "lang": "en",
    "company": "", "contact": "nora@pipesandtracks.example.com",
    "frm": ("Nora Lindgren", "nora@pipesandtracks.example.com"),
    "subject": "Guest interview on Pipes & Tracks?",
    "date": "2026-03-11 13:40 -0400",
    "text": """\
Hi Declan,

I host Pipes & Tracks, a small podcast about the people who actually build Canadian infrastructure (about 4,000 listeners, mostly engineers and planners). A mutual friend, Oksana Petrenko, told me about your talk on utility relocations for LRT projects at the OPWA conference.

Would you be up for a 45-minute interview for an episode in April? We record remotely over Riverside, and I send questions a week ahead. No prep beyond that, and you'd get to review the edit.

Let me know if you're interested and I'll send a few dates.

Cheers,
Nora

Nora Lindgren
Host & producer, Pipes & Tracks
pipesandtracks.example.com
""",
})

add({
    "key": "reporter_interview_request", "kind": "other", "lang": "en",
    "company": "", "contact": "madeyemi@torontoledger.example.ca",
    "frm": ("Marcus Adeyemi", "madeyemi@torontoledger.example.ca"),
    "subject": "Interview request: LRT construction delays story",
    "date": "2026-06-08 15:22 -0400", "mid": "outlook",
    "text": """\
Hello Mr. Okonkwo-Tremblay,

I'm a reporter with the Toronto Ledger working on a story about why light rail projects in Ontario keep running years behind schedule. Your name came up as someone who has managed utility relocation packages and could speak to the practical side, in general terms rather than about any one project.

Would you have 20 minutes for a phone interview this week? I'm on deadline for Friday. I'm happy to discuss attribution first, including speaking on background.

Thank you,

Marcus Adeyemi
Transportation & Urban Affairs Reporter
The Toronto Ledger
416-555-0104 | @madeyemi_ledger
""",
})

_ux_paras = [
    "Hi Declan,",
    "I'm a UX researcher at Mapleway, the navigation app you use for cycling and transit trips. We're redesigning how Mapleway shows construction detours, and we'd love to learn from commuters like you.",
    "Would you join a 30-minute research interview over video next week? There are no right or wrong answers - we just want to hear how you plan your trips. As a thank-you, you'll receive a $50 gift card.",
    "If you're interested, pick a time here: [[Book a session|" + trk("https://research.mapleway.example.com/book/", "mw-book") + "]] or simply reply to this email.",
    "Thanks!\nPriscilla Wong\nSenior UX Researcher, Mapleway",
]
add({
    "key": "mapleway_user_research_interview", "kind": "other", "lang": "en",
    "company": "", "contact": "priscilla.wong@mapleway.example.com",
    "frm": ("Priscilla Wong", "priscilla.wong@mapleway.example.com"),
    "subject": "Quick research interview about detours? ($50 gift card)",
    "date": "2026-05-05 14:06 -0400",
    "text": text_of(_ux_paras),
    "html": gmail_html(_ux_paras),
})

add({
    "key": "routemate_position_shared", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("RouteMate", "no-reply@routemate.example.com"),
    "subject": "Your position is now shared with Amara",
    "date": "2026-04-18 18:31 -0400",
    "html": ats_card(lang="en", title="RouteMate", logo_src="https://cdn.routemate.example.com/email/logo.png",
                  logo_alt="RouteMate", accent="#16a34a",
                  paras=["Hi Declan,",
                         "You started sharing your live position with Amara O. Your position will update every 2 minutes until you arrive at Union Station or until 8:30 PM, whichever comes first.",
                         "Didn't mean to share? You can stop sharing at any time in the app under Trips > Sharing.",
                         "Safe travels,\nRouteMate"],
                  button=("Open RouteMate", "https://routemate.example.com/app/trips"),
                  footer=["RouteMate Inc., 200 University Ave, Toronto, ON", "[[Notification settings|https://routemate.example.com/settings/notifications]]"],
                  pixel=trk("https://em.routemate.example.com/o/", "rm-px")),
})

add({
    "key": "driveon_queue_position", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("DriveOntario Virtual Queue", "no-reply@queue.driveon.example.ca"),
    "subject": "You're in line - current position: 14",
    "date": "2026-01-24 09:47 -0500",
    "text": """\
DriveOntario Centre - Yonge & Eglinton

Hello,

You have joined the virtual queue for: Licence renewal / Address change.

Your current position: 14
Estimated wait: 35 - 50 minutes

We will text you when you are 3rd in line. Please be at the centre within 10 minutes of that message or your spot will be released.

To leave the queue, visit https://queue.driveon.example.ca/leave?t=KX7-2291

This is an automated message. Replies are not monitored.
""",
})

_northpost_package_paras = [
    "Hi Declan,",
    "Unfortunately, your package is delayed due to winter weather affecting our network in Eastern Ontario.",
    "Tracking number: 7315 2290 0447 1186\nFrom: Mountain Outfitters Co-op\nNew expected delivery: Monday, February 16",
    "We're sorry for the inconvenience. No action is needed; we'll keep you posted.",
]
add({
    "key": "northpost_package_delayed", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Northpost", "notifications@northpost.example.ca"),
    "subject": "Unfortunately, your package is delayed",
    "date": "2026-02-12 07:02 -0500",
    "text": text_of(_northpost_package_paras, "angle"),
    "html": ats_card(lang="en", title="Delivery update", logo_src="https://www.northpost.example.ca/img/email/np-logo.png",
                  logo_alt="Northpost", accent="#c8102e",
                  paras=_northpost_package_paras,
                  button=("Track package", "https://www.northpost.example.ca/track?pin=7315229004471186"),
                  footer=["Please do not reply to this message.", "Northpost Canada · [[Privacy|https://www.northpost.example.ca/privacy]]"],
                  pixel=trk("https://mail.northpost.example.ca/o/", "np-px")),
})

add({
    "key": "harbourline_loc_application_received", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Harbourline Credit Union", "noreply@harbourline.example.ca"),
    "subject": "We've received your application",
    "date": "2026-03-21 10:15 -0400",
    "text": """\
Hi Declan,

Thanks for applying for a Harbourline Personal Line of Credit. We've received your application (reference HL-2026-0318-7745).

What happens next:
1. A lending specialist will review your application within 2 business days.
2. We may ask you for proof of income, such as recent pay stubs or a letter of employment.
3. You'll receive our decision by email and in online banking.

Please note: because you recently changed employers, we may need additional documents.

Harbourline Credit Union
1-800-555-0199

Harbourline will never ask for your password or PIN by email. This is an automated message; please do not reply.
""",
})

add({
    "key": "northernmaple_card_declined", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Northern Maple Bank", "alerts@northernmaplebank.example.ca"),
    "subject": "An update on your credit card application",
    "date": "2026-04-03 16:40 -0400",
    "html": ats_card(lang="en", title="Northern Maple Bank", logo_src="https://www.northernmaplebank.example.ca/img/nmb-logo.png",
                  logo_alt="Northern Maple Bank", accent="#8b0000", font="Georgia,serif",
                  paras=["Dear Declan Okonkwo-Tremblay,",
                         "Thank you for applying for the Northern Maple Travel Rewards Visa Infinite card.",
                         "After careful review, we regret that we are unable to approve your application at this time. This decision was based in part on information obtained from a credit reporting agency, Equifax Canada. You have the right to request a free copy of your credit report from the agency.",
                         "You may be eligible for other Northern Maple cards with different income requirements. Visit a branch or call us to learn more."],
                  footer=["Northern Maple Bank, 1 First Canadian Place, Toronto, ON. Member CDIC.",
                          "This email was sent to you because you applied for a Northern Maple product. Please do not reply."],
                  pixel=trk("https://e.northernmaplebank.example.ca/o/", "nmb-px")),
})

add({
    "key": "rental_application_not_selected", "kind": "other", "lang": "en",
    "company": "", "contact": "tomas@lisgarproperties.example.ca",
    "frm": ("Tomás Herrera", "tomas@lisgarproperties.example.ca"),
    "subject": "Rental application - 88 Lisgar St, Unit 4",
    "date": "2026-08-31 17:55 -0400",
    "text": """\
Hi Declan,

Thanks for viewing 88 Lisgar and for sending your application so quickly. Unfortunately the landlord has selected another applicant for Unit 4.

We have a one-bedroom on Dovercourt coming up for October 1 that might suit you, similar price. Let me know if you want to see it this week.

Tomás Herrera
Leasing Agent, Lisgar Properties
416-555-0186
""",
})

add({
    "key": "friend_kofi_got_rejected", "kind": "other", "lang": "en",
    "company": "", "contact": "kofi.mensah@example.com",
    "frm": ("Kofi Mensah", "kofi.mensah@example.com"),
    "subject": "well that's that",
    "date": "2026-03-28 22:17 -0400", "mid": "gmail",
    "text": """\
Dec,

Got the rejection from Lakeshore Transit today. "We have decided to move forward with other candidates." After FOUR rounds. Didn't even get a call, just the automated email.

Anyway. Beers Thursday? I need to complain to someone who understands what a systems integration manager does. Also want to hear how your interview with the Brantwood people went.

K
""",
})

add({
    "key": "declan_thanks_fraserbasin", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ME,
    "to": ("Gill, Harjit", "harjit.gill@fraserbasinwater.example.ca"),
    "subject": "Thank you - Capital Projects Manager interview",
    "date": "2026-06-09 19:41 -0700", "mid": "gmail",
    "text": """\
Hi Harjit,

Thank you for this afternoon's interview. I enjoyed the discussion about sequencing the reservoir seismic upgrades while keeping supply online, and I'm very interested in the position. Even if it doesn't work out, I appreciated the candour about the challenges.

Best regards,
Declan

--
Declan Okonkwo-Tremblay, P.Eng., PMP
416-555-0177
""",
})

add({
    "key": "declan_cv_to_keystone", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ME,
    "to": ("Brent Oduya", "brent.oduya@keystonestaffing.example.ca"),
    "subject": "Project Manager - Water (Hamilton)",
    "date": "2026-05-27 21:32 -0400", "mid": "gmail",
    "text": """\
Hi Brent,

Further to our call, please find my resume attached for the Project Manager - Water role in Hamilton. I've highlighted the watermain and pumping station projects on page 2, since you said those were what your client cares about.

I'm available for interviews any day next week except Tuesday.

Thanks,
Declan

--
Declan Okonkwo-Tremblay, P.Eng., PMP
416-555-0177
""",
    "attachments": [{"filename": "Declan_Okonkwo-Tremblay_Resume_2026.pdf", "title": "Declan Okonkwo-Tremblay, P.Eng., PMP",
                      "lines": ["Toronto, ON | declan.ot@example.ca | 416-555-0177", "",
                             "Project Manager, Transit & Linear Infrastructure (2019-present)",
                             "- Utility relocations and civil works for an LRT line, $180M",
                             "- Watermain replacement program, 14 km, $62M",
                             "Project Engineer (2016-2019)", "",
                             "B.A.Sc. Civil Engineering; exchange year, RWTH-style programme, Aachen"]}],
})

add({
    "key": "ooo_lauren_interview_subject", "kind": "other", "lang": "en",
    "company": "", "contact": "lfitzgerald@portalder.example.ca",
    "frm": ("Lauren Fitzgerald", "lfitzgerald@portalder.example.ca"),
    "subject": "Automatic reply: Re: Competition #2026-114 - today's interview",
    "date": "2026-05-21 07:12 -0700",
    "thread": ["portalder_did_not_join", "pa-sorry"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """\
Thank you for your email. I am out of the office on Thursday, May 21 and will return on Friday, May 22. I will have limited access to email.

For urgent matters regarding recruitment, please call Human Resources at 604-555-0110.

Lauren Fitzgerald
Human Resources Consultant
City of Port Alder
""",
})

add({
    "key": "stratum_cold_outreach", "kind": "other", "lang": "en",
    "company": "", "contact": "alicia@stratumsearch.example.com",
    "frm": ("Alicia Moreau", "alicia@stratumsearch.example.com"),
    "subject": "Water infrastructure leadership - open to a conversation?",
    "date": "2026-01-13 12:33 -0500",
    "text": """\
Hi Declan,

I came across your profile while researching project leaders with both transit and water experience - a rarer combination than you might think.

I work with a handful of utilities and consultancies across Canada that are building up their capital delivery teams over the next 12-18 months. Nothing specific to put in front of you today, but I'd like to understand what you'd be looking for in a next move so I can keep you in mind.

If you're open to it, just reply with a couple of times that suit you for a short call, or send me your latest CV.

Best,

Alicia Moreau
Principal Consultant - Infrastructure
Stratum Search Partners
www.stratumsearch.example.com
""",
})

add({
    "key": "prolink_search_appearances", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("ProLink", "notifications-noreply@prolink.example.com"),
    "subject": "Declan, you appeared in 9 searches this week",
    "date": "2026-02-22 14:00 +0000",
    "headers": [("List-Unsubscribe", "<https://www.prolink.example.com/comm/unsubscribe?t=search_appearances>")],
    "html": ats_card(lang="en", title="ProLink", logo_src="https://static.prolink.example.com/email/prolink-logo.png",
                  logo_alt="ProLink", accent="#0a66c2",
                  paras=["Declan, you appeared in 9 searches this week.",
                         "People who searched for you work at: Halvorsen Marsh Engineering, Bellcastle Port Authority, Stratum Search Partners and 4 others.",
                         "Their job titles include Talent Acquisition Partner, Recruiter and Director, Infrastructure.",
                         "Tip: members with an Open to Work profile get up to 40% more recruiter messages."],
                  button=("See all searches", trk("https://www.prolink.example.com/comm/me/search-appearances?t=", "pl-see")),
                  footer=["This email was intended for Declan Okonkwo-Tremblay (Project Manager | Transit & Water Infrastructure).",
                          "[[Unsubscribe|https://www.prolink.example.com/comm/unsubscribe?t=search_appearances]] · [[Help|https://www.prolink.example.com/help]]",
                          "© 2026 ProLink Corporation"],
                  pixel=trk("https://www.prolink.example.com/emimp/", "pl-px")),
})

add({
    "key": "ctic_webinar_p3_transit", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Canadian Transit Infrastructure Council", "events@ctic.example.ca"),
    "subject": "Webinar, March 26: Lessons from a decade of P3 transit delivery",
    "date": "2026-03-10 10:30 -0400",
    "headers": _list("CTIC events <events.ctic.example.ca>", "https://ctic.example.ca/preferences/unsubscribe?m=88120", mailto="leave-events@ctic.example.ca"),
    "html": digest_html(
        lang="en", brand="Canadian Transit Infrastructure Council", logo_src="https://ctic.example.ca/img/ctic-logo.png",
        heading="Lessons from a decade of P3 transit delivery",
        intro="Thursday, March 26, 2026 · 12:00-1:15 p.m. ET · Online · Free for members, $45 for non-members",
        items=[
            ("Panel", "Owners, contractors and lenders on what the first generation of Canadian LRT P3s got right - and wrong - on risk transfer, interface management and handover.",
             trk("https://ctic.example.ca/t/", "ctic-1")),
            ("Register now", "Seats are limited to 500 participants. 1.25 PDH available.", trk("https://ctic.example.ca/t/", "ctic-2")),
            ("Also this spring", "Site tour of a tunnel boring launch shaft (Toronto, May) and our annual Careers in Transit evening.",
             trk("https://ctic.example.ca/t/", "ctic-3")),
        ],
        outro="We look forward to seeing you online.",
        footer=["Canadian Transit Infrastructure Council, 55 Metcalfe St, Ottawa, ON K1P 6L5",
                "You are receiving this email as a subscriber to CTIC event announcements."],
        unsubscribe="https://ctic.example.ca/preferences/unsubscribe?m=88120",
        pixel=trk("https://ctic.example.ca/o/", "ctic-px"), accent="#4a266a"),
})

add({
    "key": "pego_annual_fee_reminder", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("PEGO Member Services", "memberservices-noreply@pego.example.ca"),
    "subject": "Reminder: your 2026 annual fee is due April 30",
    "date": "2026-04-07 08:00 -0400",
    "text": """\
Dear Declan Okonkwo-Tremblay, P.Eng.,

Licence number: 100 555 418

This is a reminder that your annual licence fee for 2026 is due on April 30, 2026. Members who have not paid by the due date will be subject to a late fee and, after 90 days, suspension of their licence.

You can pay online through the Member Portal. If you have recently changed employers, please also update your employment information so that your record remains accurate.

Member Services
Professional Engineers Guild of Ontario

Do not reply to this message. For assistance, use the contact form on the Member Portal.
""",
})

add({
    "key": "pmq_exam_application_received", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("PMQ Institute Certification", "certification-noreply@pmqinstitute.example.org"),
    "subject": "Application received: Risk Management Professional (PMQ-RMP) exam",
    "date": "2026-06-01 03:40 +0000",
    "text": """\
Dear Declan,

Thank you for submitting your application for the Risk Management Professional (PMQ-RMP) certification exam. Your application ID is RMP-2026-0601-33018.

Your application is now under review. This typically takes 5 business days. Approximately 10% of applications are randomly selected for audit; you will be notified by email if your application is selected.

Once approved, you will receive instructions to pay the exam fee and schedule your exam at a test centre or online.

Sincerely,
Certification Operations
PMQ Institute

This mailbox is not monitored.
""",
})

add({
    "key": "hiringdesk_missed_interview_article", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("The Hiring Desk", "hello@thehiringdesk.example.com"),
    "subject": "Missed an interview? Here's exactly what to write",
    "date": "2026-05-14 07:30 -0400", "mid": "thehiringdesk.example.com",
    "headers": _list("The Hiring Desk <weekly.thehiringdesk.example.com>", "https://thehiringdesk.example.com/u/9d3ab120"),
    "html": digest_html(
        lang="en", brand="The Hiring Desk", logo_src="https://thehiringdesk.example.com/logo-white.png",
        heading="You missed the interview. Now what?",
        intro="It happens more than you think: time zones, a calendar invite that never arrived, a flat tire. This week: the three-line email that gets you a second chance, and the one that doesn't.",
        items=[
            ("Read: the same-day apology template", "\"I'm very sorry I missed our interview this morning at 10:00...\" Why specifics and no excuses work.",
             trk("https://thehiringdesk.example.com/go/", "hd-1")),
            ("Read: when the employer no-shows on you", "Interviewer didn't join the call? How long to wait and what to send afterwards.",
             trk("https://thehiringdesk.example.com/go/", "hd-2")),
            ("Listen: recruiter Q&A", "A recruiter on rejections, reschedules and the offers that fall through.",
             trk("https://thehiringdesk.example.com/go/", "hd-3")),
        ],
        outro="See you next Thursday,\nMira at The Hiring Desk",
        footer=["The Hiring Desk is a free weekly newsletter. You signed up at thehiringdesk.example.com.",
                "The Hiring Desk Media, 2150 Bloor St W, Toronto, ON"],
        unsubscribe="https://thehiringdesk.example.com/u/9d3ab120",
        pixel=trk("https://thehiringdesk.example.com/px/", "hd-px"), accent="#e07a5f"),
})

_meetup_water_paras = [
    "You're going!",
    "Toronto Water Professionals: Trenchless Tech Night\nWednesday, March 18, 2026, 6:30 PM\nThe Rex Room, 194 Queen St W, Toronto",
    "42 people are going, including Oksana P. and 3 others you may know.",
    "Can't make it anymore? Update your RSVP so someone on the waitlist can take your spot.",
]
add({
    "key": "meetup_water_professionals_rsvp", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Meetup", "info@meetup.example.com"),
    "subject": "You're going to \"Toronto Water Professionals: Trenchless Tech Night\"",
    "date": "2026-02-27 19:04 -0500",
    "text": text_of(_meetup_water_paras, "angle"),
    "html": ats_card(lang="en", title="Meetup", logo_src="https://secure.meetupstatic.example.com/img/email/logo.png",
                  logo_alt="Meetup", accent="#f65858",
                  paras=_meetup_water_paras,
                  button=("View event", trk("https://www.meetup.example.com/e/", "mu-ev")),
                  footer=["Meetup LLC, POB 4668 #37895, New York, NY 10163",
                          "[[Unsubscribe from this type of email|" + trk("https://www.meetup.example.com/u/", "mu-un") + "]]"],
                  pixel=trk("https://www.meetup.example.com/o/", "mu-px")),
})

add({
    "key": "greenhouse_candidate_survey", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("TransitLoop", "no-reply@greenhouse-mail.io"),
    "subject": "How was your interview experience with TransitLoop?",
    "date": "2026-04-02 16:00 +0000", "mid": "greenhouse-mail.io",
    "html": ats_card(lang="en", title="Candidate survey", logo_src="https://s3.amazonaws.com/grnhse-prod/logos/transitloop.png",
                  logo_alt="TransitLoop", accent="#5b3df5",
                  paras=["Hi Declan,",
                         "You recently interviewed with TransitLoop. We'd love to hear about your experience - whatever the outcome of your application.",
                         "This anonymous survey takes about 2 minutes. Your answers are shared with TransitLoop only in aggregate and won't affect any current or future applications."],
                  button=("Take the survey", trk("https://app.greenhouse-mail.io/survey/", "gh-survey")),
                  footer=["Powered by Greenhouse · [[Opt out of surveys|" + trk("https://app.greenhouse-mail.io/survey/optout/", "gh-optout") + "]]"],
                  pixel=trk("https://greenhouse-mail.io/wf/open?upn=", "gh-survey-px")),
})

add({
    "key": "mailer_daemon_bounce", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Mail Delivery System", "MAILER-DAEMON@mail.example.ca"),
    "subject": "Undelivered Mail Returned to Sender",
    "date": "2026-01-22 07:41 -0500",
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": """\
This is the mail system at host mail.example.ca.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<careers@aldergrove-tunnel.example.ca>: host mx.aldergrove-tunnel.example.ca
    said: 550 5.1.1 <careers@aldergrove-tunnel.example.ca>: Recipient address
    rejected: User unknown in virtual mailbox table

--- Returned message (headers and first lines) ---

From: Declan Okonkwo-Tremblay <declan.ot@example.ca>
To: careers@aldergrove-tunnel.example.ca
Subject: Speculative application - Project Manager (tunnels / transit)
Date: Thu, 22 Jan 2026 07:40:58 -0500

Dear Aldergrove team,

I'm a civil engineer and project manager in Toronto (P.Eng., PMP) with eight
years on transit and linear infrastructure, and I'm relocating to Vancouver in
the spring. I'd welcome the chance to discuss any upcoming project manager
openings, and would be glad to come in for an interview at your convenience.
""",
})

add({
    "key": "brother_thanksgiving_apple", "kind": "other", "lang": "en",
    "company": "", "contact": "chidi.ot@example.com",
    "frm": ("Chidi Okonkwo-Tremblay", "chidi.ot@example.com"),
    "subject": "Re: Thanksgiving",
    "date": "2026-10-06 20:26 -0400", "mid": "apple",
    "thread": ["dec-thanksgiving"],
    "text": """\
Ha, good luck with the interview!! You'll crush it. Mom says if you're driving up Sunday you're in charge of the pie, no excuses this year. Dad wants to hear all about the tunnel job, be warned.

Ch.

> On Oct 6, 2026, at 7:58 PM, Declan Okonkwo-Tremblay <declan.ot@example.ca> wrote:
>
> Hey,
>
> I can make Thanksgiving but I have to leave Monday morning - I've got a final
> interview on Tuesday at 9 and they already rescheduled once, so I can't ask to
> move it again. Also the offer from the Calgary startup came through, so lots to
> talk about.
>
> D
""",
})

add({
    "key": "elena_reference_request", "kind": "other", "lang": "en",
    "company": "", "contact": "elena.volkova@example.com",
    "frm": ("Elena Volkova", "elena.volkova@example.com"),
    "subject": "Favour - would you be a reference?",
    "date": "2026-07-17 12:09 -0400", "mid": "gmail",
    "text": """\
Hi Declan,

Hope the search is going well! I have a favour to ask. I had my final interview with the Region yesterday for the senior water resources engineer position, and they asked for three references they can call next week. Would you be willing to be one of them? You're the person who saw the most of my work on the Finch West stormwater package.

If yes, I'll send them your number and email. It'd be a 15-minute call. No worries at all if the timing is bad.

Thanks so much,
Elena
""",
})

_lakeport_hydro_paras = [
    "Hello Declan,",
    "Your bill for the period of April 30 to May 29, 2026 is now available.",
    "Account: ****4471\nAmount due: $87.42\nDue date: June 22, 2026",
    "You are enrolled in pre-authorized payments; no action is needed.",
]
add({
    "key": "lakeport_hydro_ebill", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Lakeport Hydro", "ebilling@lakeporthydro.example.ca"),
    "subject": "Your Lakeport Hydro e-bill is ready",
    "date": "2026-06-03 05:10 -0400",
    "text": text_of(_lakeport_hydro_paras, "angle"),
    "html": ats_card(lang="en", title="Lakeport Hydro", logo_src="https://www.lakeporthydro.example.ca/img/lh-logo.png",
                  logo_alt="Lakeport Hydro", accent="#005eb8",
                  paras=_lakeport_hydro_paras,
                  button=("View my bill", trk("https://myaccount.lakeporthydro.example.ca/r/", "lh-bill")),
                  footer=["Lakeport Hydro, 14 Carlton St, Toronto, ON. Do not reply to this email.",
                          "[[Manage email preferences|https://myaccount.lakeporthydro.example.ca/preferences]]"],
                  pixel=trk("https://e.lakeporthydro.example.ca/o/", "lh-px")),
})

add({
    "key": "workday_job_alert_halvorsen", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ("Halvorsen Marsh Engineering", "halvorsenmarsh@myworkday.com"),
    "to": ("", "declan.ot@example.ca"),
    "subject": "Job Alert: 3 new jobs at Halvorsen Marsh Engineering",
    "date": "2026-08-09 11:00 +0000", "mid": "ses",
    "html": ats_card(lang="en", title="Job Alert", logo_src="https://halvorsenmarsh.wd10.myworkdaysite.com/assets/hm-logo.png",
                  logo_alt="Halvorsen Marsh Engineering", accent="#7a1f3d",
                  paras=["Hello Declan,",
                         "New jobs matching your saved search \"project manager\" have been posted:",
                         "[[Project Manager, Transit Systems - Ottawa, ON|" + trk("https://halvorsenmarsh.wd10.myworkdayjobs.com/HM_Careers/job/", "hm-j1") + "]]\n"
                         "[[Senior Project Manager, Wastewater Treatment - Calgary, AB|" + trk("https://halvorsenmarsh.wd10.myworkdayjobs.com/HM_Careers/job/", "hm-j2") + "]]\n"
                         "[[Project Manager, Linear Infrastructure - Vancouver, BC|" + trk("https://halvorsenmarsh.wd10.myworkdayjobs.com/HM_Careers/job/", "hm-j3") + "]]",
                         "Apply before the positions close."],
                  footer=["You are receiving this email because you created a job alert on the Halvorsen Marsh careers site.",
                          "[[Manage job alerts|" + trk("https://halvorsenmarsh.wd10.myworkdayjobs.com/HM_Careers/userHome?alerts=", "hm-alerts") + "]]"],
                  pixel="https://halvorsenmarsh.wd10.myworkday.com/email/open/a8e44b10.gif"),
})

add({
    "key": "declan_followup_transitloop", "kind": "other", "lang": "en",
    "company": "", "contact": "",
    "frm": ME,
    "to": ("Maya Chen", "maya@transitloop.example.com"),
    "subject": "Following up",
    "date": "2026-03-30 09:12 -0400", "mid": "gmail",
    "text": """\
Hi Maya,

Just following up on our phone screen from the 10th. Happy to do a second interview whenever suits you and the team.

Best,
Declan
""",
    "html": gmail_html(["Hi Maya,", "Just following up on our phone screen from the 10th. Happy to do a second interview whenever suits you and the team.", "Best,\nDeclan"]),
})

add({
    "key": "student_informational_interview", "kind": "other", "lang": "en",
    "company": "", "contact": "yfarah@student.queensbridge.example.ca",
    "frm": ("Yasmin Farah", "yfarah@student.queensbridge.example.ca"),
    "subject": "Informational interview request - 4th year civil student",
    "date": "2026-09-21 10:48 -0400",
    "text": """\
Dear Mr. Okonkwo-Tremblay,

My name is Yasmin Farah and I'm a fourth-year civil engineering student at Queensbridge University. I found your profile through the OPWA young professionals directory.

I'm very interested in a career in transit project delivery, and I was wondering whether you'd be willing to do a 20-minute informational interview with me, by phone or video, sometime in the next few weeks. I'd love to hear how you got into project management and what you'd recommend for someone starting out.

I completely understand if you're busy. Thank you for considering it!

Best regards,
Yasmin Farah
B.A.Sc. Candidate, Civil Engineering, Queensbridge University
""",
})

# === French ===================================================================================

add({
    "key": "infolettre_rebondir_refus", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Génie Québec - Carrières", "infolettre@geniequebec.example.ca"),
    "subject": "Infolettre | Comment rebondir après un refus",
    "date": "2026-03-17 07:00 -0400",
    "headers": _list("Infolettre Carrières <carrieres.geniequebec.example.ca>", "https://www.geniequebec.example.ca/infolettre/desabonnement?i=41882"),
    "html": digest_html(
        lang="fr", brand="Génie Québec", logo_src="https://www.geniequebec.example.ca/img/gq-logo-blanc.png",
        heading="Refusé? Voici comment rebondir",
        intro="Bonjour Declan, « Nous avons le regret de vous informer que votre candidature n'a pas été retenue » : une phrase que tous les ingénieurs ont reçue un jour. Ce mois-ci, nos conseils pour transformer un refus en prochaine offre.",
        items=[
            ("Demander une rétroaction sans froisser", "Trois formulations qui obtiennent une vraie réponse des comités de sélection.",
             trk("https://www.geniequebec.example.ca/l/", "gq-1")),
            ("Entrevue manquée : que faire?", "Retard, oubli, problème de connexion : comment écrire au recruteur dans l'heure qui suit.",
             trk("https://www.geniequebec.example.ca/l/", "gq-2")),
            ("Offres de la semaine", "Chargé(e) de projets à Laval, ingénieur(e) municipal(e) à Sherbrooke, directeur(trice) de travaux à Québec.",
             trk("https://www.geniequebec.example.ca/l/", "gq-3")),
        ],
        outro="Bonne semaine!\nL'équipe Carrières de Génie Québec",
        footer=["Vous recevez ce courriel parce que vous êtes abonné à l'infolettre Carrières de Génie Québec.",
                "Génie Québec, 1801, avenue McGill College, Montréal (Québec)"],
        unsubscribe="https://www.geniequebec.example.ca/infolettre/desabonnement?i=41882",
        pixel=trk("https://www.geniequebec.example.ca/o/", "gq-px"), accent="#00529b"),
})

add({
    "key": "emploisgenie_alerte_quinze", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Alertes EmploisGénie", "alertes@emploisgenie.example.ca"),
    "subject": "15 nouvelles offres : chargé de projet - Montréal et environs",
    "date": "2026-05-18 06:30 -0400",
    "headers": _list("Alertes EmploisGénie <alertes.emploisgenie.example.ca>", "https://www.emploisgenie.example.ca/alertes/desabonnement?a=7781",
                  mailto="desabonnement@emploisgenie.example.ca"),
    "html": digest_html(
        lang="fr", brand="EmploisGénie", logo_src="https://www.emploisgenie.example.ca/img/logo-emploisgenie-blanc.png",
        heading="15 nouvelles offres pour vous",
        intro="Votre alerte « chargé de projet » - Montréal (50 km) :",
        items=[
            ("Chargé(e) de projets - Infrastructures municipales · Tessier Lavoie Experts-conseils", "Montréal · Permanent · Publié hier",
             trk("https://www.emploisgenie.example.ca/r/", "eg-a1")),
            ("Gestionnaire de projets - Ouvrages d'art · Consortium Rive-Nord Mobilité", "Laval · Contrat 3 ans",
             trk("https://www.emploisgenie.example.ca/r/", "eg-a2")),
            ("Chargé de projet - Aqueduc et égouts · Dufresne-Gauthier Construction", "Terrebonne · Véhicule fourni",
             trk("https://www.emploisgenie.example.ca/r/", "eg-a3")),
            ("+ 12 autres offres", "Voir toutes les offres de votre alerte", trk("https://www.emploisgenie.example.ca/r/", "eg-a4")),
        ],
        outro="Postulez rapidement : les premières candidatures sont souvent les plus lues.",
        footer=["EmploisGénie inc. · 400, boul. de Maisonneuve Ouest, Montréal",
                "[[Modifier mon alerte|" + trk("https://www.emploisgenie.example.ca/r/", "eg-mod") + "]]"],
        unsubscribe="https://www.emploisgenie.example.ca/alertes/desabonnement?a=7781",
        pixel=trk("https://www.emploisgenie.example.ca/o/", "eg-a-px"), accent="#ff7f11"),
})

add({
    "key": "radio_rivesud_entrevue", "kind": "other", "lang": "fr",
    "company": "", "contact": "s.caron@radiorivesud.example.ca",
    "frm": ("Sylvain Caron", "s.caron@radiorivesud.example.ca"),
    "subject": "Demande d'entrevue - bris d'aqueduc",
    "date": "2026-07-28 09:16 -0400", "charset": "windows-1252", "cte": "quoted-printable", "mid": "outlook",
    "text": """\
Bonjour M. Okonkwo-Tremblay,

Je suis recherchiste à l’émission « Le Retour », sur les ondes de Radio Rive-Sud (103,7). Nous préparons un segment sur la multiplication des bris d’aqueduc cet été et sur l’état des conduites dans les villes de banlieue.

Votre nom nous a été suggéré par l’Ordre comme ingénieur ayant géré des programmes de remplacement de conduites. Accepteriez-vous de nous accorder une courte entrevue téléphonique en ondes, jeudi vers 16 h 40? L’entrevue durerait environ sept minutes.

Merci de me revenir dès que possible.

Sylvain Caron
Recherchiste, « Le Retour »
Radio Rive-Sud 103,7
450 555-0137
""",
})

add({
    "key": "amie_melodie_entrevue_ville", "kind": "other", "lang": "fr",
    "company": "", "contact": "melodie.lapointe@example.ca",
    "frm": ("Mélodie Lapointe", "melodie.lapointe@example.ca"),
    "subject": "j'ai eu mon entrevue!!",
    "date": "2026-04-16 21:05 -0400", "mid": "gmail",
    "text": """\
Allo Declan!!

Je voulais te dire, j'ai eu mon entrevue à la Ville de Laval hier pour le poste d'ingénieure en circulation. Je pense que ça a bien été?? Ils étaient quatre au comité, j'étais tellement stressée que j'ai oublié la moitié de ce que je voulais dire sur le projet de SRB, mais la dame des RH souriait beaucoup donc je prends ça comme un bon signe lol.

Ils doivent donner des nouvelles d'ici deux semaines. Croise les doigts pour moi!

Et toi, ça avance tes recherches? On se fait un souper bientôt?

Mélo xx
""",
})

add({
    "key": "caisse_plateau_pret_recu", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Caisse populaire du Plateau", "ne-pas-repondre@caisseplateau.example.ca"),
    "subject": "Votre demande de prêt a bien été reçue",
    "date": "2026-06-15 11:22 -0400", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Bonjour Declan Okonkwo-Tremblay,

Nous avons bien reçu votre demande de prêt auto (numéro de dossier PA-2026-118204).

Un conseiller ou une conseillère analysera votre demande dans un délai de deux jours ouvrables. Il est possible que nous communiquions avec vous pour obtenir une preuve de revenu ou une lettre d'emploi.

Vous pouvez suivre l'évolution de votre demande dans AccèsCaisse, sous Mes demandes.

Caisse populaire du Plateau
4200, rue Saint-Denis, Montréal

Ce message a été envoyé automatiquement. Veuillez ne pas y répondre.
""",
})

add({
    "key": "logisquebec_location_refusee", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Logis-Québec", "notifications@logisquebec.example.ca"),
    "subject": "Votre demande de location n'a pas été retenue",
    "date": "2026-08-11 13:48 -0400",
    "html": ats_card(lang="fr", title="Logis-Québec", logo_src="https://www.logisquebec.example.ca/img/logo.png",
                  logo_alt="Logis-Québec", accent="#e85d04",
                  paras=["Bonjour Declan,",
                         "Le propriétaire du logement 4 ½ au 5120, rue Fabre, Montréal a choisi une autre candidature. Votre demande de location n'a donc pas été retenue.",
                         "Ne vous découragez pas : 23 nouveaux logements correspondent à vos critères cette semaine."],
                  button=("Voir les logements", trk("https://www.logisquebec.example.ca/r/", "lq-see")),
                  footer=["Logis-Québec inc. · Ne pas répondre à ce courriel.",
                          "[[Se désabonner des notifications|" + trk("https://www.logisquebec.example.ca/u/", "lq-un") + "]]"],
                  pixel=trk("https://www.logisquebec.example.ca/o/", "lq-px")),
})

add({
    "key": "declan_excuses_tessier", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ME,
    "to": ("Isabelle Gagnon", "igagnon@tessierlavoie.example.ca"),
    "subject": "RE: Entrevue de ce matin",
    "date": "2026-05-13 12:30 -0400", "mid": "gmail",
    "thread": ["tessier_convocation", "tl-confirm", "tessier_attendu_ce_matin"],
    "text": """\
Bonjour Madame Gagnon,

Je suis sincèrement désolé d'avoir manqué l'entrevue de ce matin. J'étais convaincu qu'elle avait lieu le 14 : j'ai mal reporté la date dans mon agenda, et je n'ai vu votre message qu'à 11 h. Je comprends tout à fait le dérangement que cela a causé à M. Lavoie et à vous-même.

Je demeure très intéressé par le poste de chargé de projets, infrastructures urbaines, et je serais disponible à votre convenance cette semaine ou la suivante si une nouvelle rencontre était possible.

Avec toutes mes excuses,

Declan Okonkwo-Tremblay, ing., PMP
416 555-0177

-----Message d'origine-----
De : Isabelle Gagnon <igagnon@tessierlavoie.example.ca>
Envoyé : 13 mai 2026 10:48
À : Declan Okonkwo-Tremblay <declan.ot@example.ca>
Objet : Entrevue de ce matin

Nous vous avons attendu ce matin à 9 h 30 pour l'entrevue prévue à nos bureaux. Si vous souhaitez toujours poursuivre le processus, merci de me contacter d'ici vendredi.
""",
})

add({
    "key": "ooo_julie_absente", "kind": "other", "lang": "fr",
    "company": "", "contact": "julie.bergeron@hydro-rivieres.example.ca",
    "frm": ("Julie Bergeron", "julie.bergeron@hydro-rivieres.example.ca"),
    "subject": "Réponse automatique : Suivi - entrevue du 9 juin",
    "date": "2026-06-19 08:02 -0400", "mid": "outlook",
    "thread": ["hr-suivi"],
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "html": outlook_html(
        ["Bonjour,",
         "Je serai absente du bureau du 19 au 29 juin inclusivement, sans accès à mes courriels. Pour toute question urgente concernant un processus de dotation, veuillez écrire à l'équipe Acquisition de talents.",
         "Merci,"],
        ["Julie Bergeron, CRHA", "Conseillère principale, acquisition de talents", "Hydro-Rivières"], lang="FR-CA"),
})

add({
    "key": "talentsgc_ton_profil", "kind": "other", "lang": "fr",
    "company": "", "contact": "kdubuc@talentsgc.example.ca",
    "frm": ("Karine Dubuc", "kdubuc@talentsgc.example.ca"),
    "subject": "Ton profil m'intéresse",
    "date": "2026-02-19 14:51 -0500",
    "text": """\
Salut Declan,

Je me permets de t'écrire directement : je suis recruteuse spécialisée en génie-conseil et ton parcours en transport collectif et en infrastructures d'eau m'a sauté aux yeux.

Je n'ai pas de mandat précis à te proposer aujourd'hui, mais plusieurs firmes de Montréal et de Québec me parlent de leurs besoins pour 2026-2027. Si tu es ouvert à jaser de tes attentes (type de projets, salaire, télétravail), envoie-moi ton CV à jour ou réponds-moi avec tes disponibilités pour un appel de 15 minutes.

Au plaisir,

Karine Dubuc
Conseillère principale en recrutement
Talents Génie-Conseil
514 555-0153
""",
})

add({
    "key": "postes_rapides_colis_retarde", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Postes Rapides", "avis@postesrapides.example.ca"),
    "subject": "Malheureusement, votre colis est retardé",
    "date": "2026-09-09 08:45 -0400", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Bonjour,

Malheureusement, votre colis no 4017 8822 5510 est retardé en raison d'un volume exceptionnel à notre centre de tri de Montréal.

Nouvelle date de livraison prévue : vendredi 11 septembre

Aucune action n'est requise de votre part. Pour suivre votre colis : https://www.postesrapides.example.ca/suivi?no=401788225510

Nous nous excusons de ce contretemps.

Postes Rapides
Ceci est un message automatique. Merci de ne pas y répondre.
""",
})

_trj = [
    "Bonjour Declan,",
    "Je suis Inès, chercheuse UX chez Trajetto, l'appli de trajets en transports en commun que vous avez utilisée lors de votre séjour à Paris.",
    "Nous cherchons des usagers occasionnels pour un entretien utilisateur de 45 minutes en visio, afin de comprendre comment vous préparez un trajet dans une ville que vous ne connaissez pas. Il n'y a pas de bonne ou de mauvaise réponse. En remerciement, nous vous offrons un bon d'achat de 30 €.",
    "Si cela vous intéresse, répondez simplement à ce mail avec vos disponibilités la semaine prochaine.",
    "Merci d'avance !\nInès Belkacem\nUX Researcher - Trajetto",
]
add({
    "key": "trajetto_entretien_utilisateur", "kind": "other", "lang": "fr",
    "company": "", "contact": "ines@trajetto.example.fr",
    "frm": ("Inès Belkacem", "ines@trajetto.example.fr"),
    "subject": "Un entretien de 45 min pour améliorer Trajetto ?",
    "date": "2026-09-29 10:03 +0200",
    "text": text_of(_trj),
    "html": simple_html(_trj, font="Helvetica", size="14px", color="#1f2937"),
})

add({
    "key": "prefecture_file_attente", "kind": "other", "lang": "fr",
    "company": "", "contact": "",
    "frm": ("Portail Titres de séjour", "ne-pas-repondre@titres-sejour.example.fr"),
    "subject": "Votre position dans la file d'attente",
    "date": "2026-09-22 09:00 +0200",
    "text": """\
Bonjour,

Vous êtes inscrit(e) dans la file d'attente pour la prise de rendez-vous « Remise de titre - Talent ».

Votre position dans la file d'attente : 2 417
Temps d'attente estimé : plus d'une heure

Ne fermez pas la page de votre navigateur. Lorsque votre tour arrivera, vous disposerez de 10 minutes pour choisir un créneau.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
})

# === Spanish ==================================================================================

add({
    "key": "empleomx_boletin_competencias", "kind": "other", "lang": "es",
    "company": "", "contact": "",
    "frm": ("EmpleoMX", "boletin@empleomx.example.mx"),
    "subject": "Cómo preparar una entrevista por competencias (sin memorizar respuestas)",
    "date": "2026-04-09 09:00 -0600",
    "headers": _list("Boletín EmpleoMX <boletin.empleomx.example.mx>", "https://www.empleomx.example.mx/boletin/baja?u=20931"),
    "html": digest_html(
        lang="es", brand="EmpleoMX", logo_src="https://www.empleomx.example.mx/img/logo-blanco.png",
        heading="Tu próxima entrevista, mejor preparada",
        intro="Hola Declan: las empresas constructoras y de ingeniería en México usan cada vez más entrevistas por competencias. Te contamos cómo prepararte.",
        items=[
            ("El método STAR explicado con ejemplos de obra", "Situación, tarea, acción y resultado: cómo contar un retraso en obra sin culparte ni culpar al contratista.",
             trk("https://www.empleomx.example.mx/c/", "emx-1")),
            ("¿Te rechazaron? Pide retroalimentación así", "Un correo corto y cordial que casi siempre obtiene respuesta.",
             trk("https://www.empleomx.example.mx/c/", "emx-2")),
            ("Vacantes destacadas", "Gerente de obra en Monterrey, residente de obra hidráulica en Querétaro y más.",
             trk("https://www.empleomx.example.mx/c/", "emx-3")),
        ],
        outro="¡Éxito en tu búsqueda!\nEl equipo de EmpleoMX",
        footer=["Recibes este boletín porque te registraste en EmpleoMX.", "EmpleoMX, Paseo de la Reforma 296, Ciudad de México"],
        unsubscribe="https://www.empleomx.example.mx/boletin/baja?u=20931",
        pixel=trk("https://www.empleomx.example.mx/o/", "emx-px"), accent="#00796b"),
})

add({
    "key": "trabajoandino_alerta_residente", "kind": "other", "lang": "es",
    "company": "", "contact": "",
    "frm": ("TrabajoAndino Alertas", "alertas@trabajoandino.example.co"),
    "subject": "8 nuevas vacantes de Ingeniero Residente en Bogotá",
    "date": "2026-06-29 06:00 -0500",
    "headers": _list("Alertas TrabajoAndino <alertas.trabajoandino.example.co>", "https://www.trabajoandino.example.co/alertas/cancelar?id=4410"),
    "html": digest_html(
        lang="es", brand="TrabajoAndino", logo_src="https://www.trabajoandino.example.co/img/logo.png",
        heading="8 nuevas vacantes para ti",
        intro="Tu alerta: «ingeniero residente» en Bogotá D.C.",
        items=[
            ("Ingeniero Residente de Obra - Acueducto · Ingeniería Cordillera", "Bogotá · Término indefinido",
             trk("https://www.trabajoandino.example.co/v/", "ta-1")),
            ("Residente de Interventoría - Troncal · Concesionaria Vial del Norte", "Chía · Por obra o labor",
             trk("https://www.trabajoandino.example.co/v/", "ta-2")),
            ("Director de Obra Civil · Empresa confidencial", "Bogotá · Salario a convenir",
             trk("https://www.trabajoandino.example.co/v/", "ta-3")),
            ("Ver las 8 vacantes", "", trk("https://www.trabajoandino.example.co/v/", "ta-4")),
        ],
        outro="Consejo: actualiza tu hoja de vida para aparecer primero en las búsquedas de las empresas.",
        footer=["TrabajoAndino S.A.S. · Bogotá, Colombia"],
        unsubscribe="https://www.trabajoandino.example.co/alertas/cancelar?id=4410",
        pixel=trk("https://www.trabajoandino.example.co/o/", "ta-px"), accent="#f2a900"),
})

add({
    "key": "amiga_valeria_me_rechazaron", "kind": "other", "lang": "es",
    "company": "", "contact": "vale.montes@example.mx",
    "frm": ("Valeria Montes", "vale.montes@example.mx"),
    "subject": "ay no",
    "date": "2026-06-05 23:11 -0600", "mid": "gmail",
    "text": """\
Declan!!

Me rechazaron de la constructora, la de Santa Fe que te conté. Después de tres entrevistas y un examen psicométrico eterno me mandaron un correo de dos líneas: "lamentamos informarle que su perfil no fue seleccionado". Ni siquiera me llamaron. Qué coraje.

Bueno, ya se me pasará. ¿Cómo te fue a ti con los de la Línea 6? Cuéntame todo. Y si vienes a la CDMX en julio te invito unos tacos para olvidar las penas jaja.

Besos,
Vale
""",
})

add({
    "key": "banco_valle_credito_declinado", "kind": "other", "lang": "es",
    "company": "", "contact": "",
    "frm": ("Banco Valle de México", "notificaciones@bancovalle.example.mx"),
    "subject": "Resultado de su solicitud de crédito",
    "date": "2026-07-02 12:30 -0600",
    "html": ats_card(lang="es", title="Banco Valle de México", logo_src="https://www.bancovalle.example.mx/img/bvm-logo.png",
                  logo_alt="Banco Valle de México", accent="#004481",
                  paras=["Estimado(a) DECLAN OKONKWO TREMBLAY:",
                         "Le agradecemos su interés en nuestra Tarjeta de Crédito Oro. Después de evaluar su solicitud folio 66120-4471, le informamos que en esta ocasión su solicitud ha sido declinada, debido a que no cuenta con historial crediticio en México.",
                         "Podrá presentar una nueva solicitud transcurridos seis meses. Para más información, acuda a cualquiera de nuestras sucursales."],
                  footer=["Banco Valle de México, S.A., Institución de Banca Múltiple. Este correo es informativo; favor de no responder.",
                          "[[Aviso de privacidad|https://www.bancovalle.example.mx/privacidad]]"],
                  pixel=trk("https://e.bancovalle.example.mx/o/", "bvm-px")),
})

add({
    "key": "revista_obras_entrevista", "kind": "other", "lang": "es",
    "company": "", "contact": "jcardenas@obraseinfra.example.co",
    "frm": ("Julián Cárdenas", "jcardenas@obraseinfra.example.co"),
    "subject": "Solicitud de entrevista - revista Obras & Infraestructura",
    "date": "2026-08-24 15:40 -0500", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Estimado ingeniero Okonkwo-Tremblay:

Le escribo desde la revista Obras & Infraestructura, publicación especializada del sector en Colombia. Estamos preparando un especial sobre la experiencia internacional en proyectos de metro ligero y nos gustaría contar con su visión desde Canadá.

¿Tendría disponibilidad para una entrevista de unos 30 minutos por videollamada la próxima semana? Las preguntas se las enviaríamos con anticipación y usted podría revisar las citas antes de la publicación.

Quedo atento a su respuesta.

Cordialmente,

Julián Cárdenas
Editor - Obras & Infraestructura
Bogotá D.C.
""",
})

add({
    "key": "declan_confirma_cordillera", "kind": "other", "lang": "es",
    "company": "", "contact": "",
    "frm": ME,
    "to": ("Andrés Felipe Mejía", "amejia@ingcordillera.example.co"),
    "subject": "RE: Entrevista con Gerencia - Director de Proyectos Acueducto",
    "date": "2026-07-29 08:05 -0400", "mid": "gmail",
    "thread": ["cordillera_entrevista_gerencia"],
    "text": """\
Buenos días Andrés Felipe,

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista con la Gerencia General el martes 4 de agosto a las 9:00 a.m. Si no es molestia, preferiría hacerla de manera virtual por Teams, ya que estaré en Toronto esa semana.

Quedo atento al enlace.

Saludos cordiales,
Declan Okonkwo-Tremblay

El mar, 28 jul 2026 a las 17:25, Andrés Felipe Mejía (<amejia@ingcordillera.example.co>) escribió:
> Buenas tardes Ingeniero Declan,
>
> Reciba un cordial saludo. Después de revisar su hoja de vida y la entrevista
> telefónica con nuestra área de Gestión Humana, queremos invitarlo a una
> entrevista con la Gerencia General para el cargo de Director de Proyectos -
> Acueducto.
>
> La entrevista sería el martes 4 de agosto a las 9:00 a.m. en nuestras oficinas
> de la Calle 93 No. 13-24, piso 6, Bogotá. Si le queda más fácil, podemos
> hacerla virtual por Teams.
""",
})

# === German ===================================================================================

add({
    "key": "ingenieurkarriere_nach_absage", "kind": "other", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Ingenieur-Karriere Newsletter", "newsletter@ingenieur-karriere.example.com"),
    "subject": "Karriere-Tipps: Was tun nach einer Absage?",
    "date": "2026-05-26 08:00 +0200",
    "headers": _list("Ingenieur-Karriere <news.ingenieur-karriere.example.com>", "https://www.ingenieur-karriere.example.com/newsletter/abmelden?k=77120"),
    "html": digest_html(
        lang="de", brand="Ingenieur-Karriere", logo_src="https://www.ingenieur-karriere.example.com/img/logo-weiss.png",
        heading="Absage erhalten - und jetzt?",
        intro="Hallo Declan, „Leider müssen wir Ihnen mitteilen ...\" - diesen Satz kennt jeder. In dieser Ausgabe zeigen wir, wie Sie aus einer Absage das Beste machen.",
        items=[
            ("Feedback einholen - aber richtig", "Warum ein kurzer Anruf mehr bringt als eine lange E-Mail.", trk("https://www.ingenieur-karriere.example.com/t/", "ik-1")),
            ("Vorstellungsgespräch verpasst?", "So entschuldigen Sie sich professionell und retten vielleicht noch den Termin.",
             trk("https://www.ingenieur-karriere.example.com/t/", "ik-2")),
            ("Gehaltsreport 2026: Bauingenieure", "Was Projektleiter im Tunnel- und Wasserbau verdienen.", trk("https://www.ingenieur-karriere.example.com/t/", "ik-3")),
        ],
        outro="Viel Erfolg wünscht Ihnen\nIhre Redaktion Ingenieur-Karriere",
        footer=["Ingenieur-Karriere Verlags GmbH · Friedrichstraße 95 · 10117 Berlin",
                "Geschäftsführer: Thomas Lindner · Amtsgericht Charlottenburg HRB 190221 B"],
        unsubscribe="https://www.ingenieur-karriere.example.com/newsletter/abmelden?k=77120",
        pixel=trk("https://www.ingenieur-karriere.example.com/o/", "ik-px"), accent="#003d7a"),
})

add({
    "key": "paketblitz_verzoegerung", "kind": "other", "lang": "de",
    "company": "", "contact": "",
    "frm": ("Paketblitz", "benachrichtigung@paketblitz.example.com"),
    "subject": "Ihre Sendung verzögert sich leider",
    "date": "2026-03-04 10:20 +0100", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1612 2291 77 (Absender: Fachbuchhandlung Lehmann, Aachen).

Grund: Verzögerung bei der internationalen Verzollung
Neue voraussichtliche Zustellung: 12.03.2026

Sie müssen nichts weiter tun. Den aktuellen Status finden Sie unter:
https://www.paketblitz.example.com/sendungsverfolgung?id=00340434161222917

Mit freundlichen Grüßen
Ihr Paketblitz-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
})

add({
    "key": "freund_jonas_vorstellungsgespraech", "kind": "other", "lang": "de",
    "company": "", "contact": "jonas.wendt@example.com",
    "frm": ("Jonas Wendt", "jonas.wendt@example.com"),
    "subject": "Stadtwerke!",
    "date": "2026-08-07 22:40 +0200", "mid": "gmail",
    "text": """\
Hey Declan,

kurzes Update aus Aachen: ich hatte gestern mein Vorstellungsgespräch bei den Stadtwerken Rheinfeld, für die Teamleitung Netzplanung Wasser. Lief richtig gut, glaube ich! Zwei Stunden, mit Fallstudie und allem. Die Personalerin meinte, ich höre bis Ende nächster Woche was.

Falls das klappt, musst du unbedingt mal wieder rüberkommen, dann gehen wir wie früher im Labyrinth ein Bier trinken.

Und wie läuft's bei dir mit der Jobsuche? Hast du dich für Calgary oder Montréal entschieden?

Liebe Grüße
Jonas
""",
})

add({
    "key": "hartmann_partner_ansprache", "kind": "other", "lang": "de",
    "company": "", "contact": "f.hartmann@hartmann-partner.example.com",
    "frm": ("Dr. Felix Hartmann", "f.hartmann@hartmann-partner.example.com"),
    "subject": "Spannende Perspektive im internationalen Tunnelbau?",
    "date": "2026-09-03 10:14 +0200", "mid": "outlook",
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

ich bin auf Ihr Profil aufmerksam geworden und möchte Sie kurz ansprechen: Als Personalberatung begleiten wir mehrere europäische Bau- und Ingenieurunternehmen, die ihr Nordamerika-Geschäft ausbauen. Ihre Kombination aus Projektleitung im Verkehrswegebau und Deutschkenntnissen ist dabei besonders interessant.

Ein konkretes Mandat kann ich Ihnen heute noch nicht nennen. Ich würde mich aber freuen, Ihre Vorstellungen in einem unverbindlichen Telefonat kennenzulernen. Wenn Sie offen dafür sind, antworten Sie mir gerne mit zwei, drei Terminvorschlägen.

Mit freundlichen Grüßen

Dr. Felix Hartmann
Partner
Hartmann & Partner Personalberatung GmbH
Königsallee 60 | 40212 Düsseldorf
Tel. +49 211 555 0188
""",
})

