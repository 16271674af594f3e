"""Mail that is not an employer's answer about an application (hundred-and-second corpus):
newsletters, alerts, other meanings of the words, friends, the candidate's own mail,
out-of-office replies, cold outreach. Written one by one."""

from __future__ import annotations

from msgs102_common import CAND, ME, ats_html, card_html, msg, newsletter_html, simple_html


def bulk(list_id: str, unsubscribe: str, post: bool = True) -> list[tuple[str, str]]:
    """The mailing-list headers a newsletter tool adds."""
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsubscribe), ("Precedence", "bulk")]
    if post:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return headers


COMPASS_INTRO = """Hi Ciarán,

This week's issue is about the email nobody wants: "Unfortunately, we have decided not to proceed with your application." We asked 400 readers how they handle rejection, and three hiring managers what they wish candidates did next.

Also inside: why your interview invitation might be sitting in your spam folder, and a checklist for the week before an offer."""

MISSED_INTRO = """Hey friends,

Last month a reader wrote in: "I completely missed a video interview. Wrong time zone. The recruiter wrote 'we waited for you at 10:00' and I wanted to disappear." Today's post is for everyone who has been there, and for the recruiters on the other side of the empty Zoom call."""

MESSAGES = [
    # ------------------------------------------------------------------ English
    msg(
        kind="other", scenario="newsletter_rejection_advice", lang="en",
        frm=("The Career Compass", "newsletter@careercompass.example.com"),
        subject="Rejected again? Here's what the hiring managers said",
        date="2026-01-15 07:00 +0000",
        text=COMPASS_INTRO + """

1. How to bounce back after a rejection email
What 400 readers told us about the days after a "no" - and the one habit that helped most.
https://careercompass.example.com/p/bounce-back-after-rejection

2. "We regret to inform you": decoding the rejection templates
Soft rejections, holds, "filled internally" - what each one really means.
https://careercompass.example.com/p/decoding-rejection-templates

3. Is your interview invitation in spam?
A surprising number of ATS emails never reach the inbox. Here's how to check.
https://careercompass.example.com/p/invitation-in-spam

4. The week before an offer
Ten questions to have ready when the offer call comes.
https://careercompass.example.com/p/week-before-offer

--
You're receiving The Career Compass because you subscribed at careercompass.example.com.
Unsubscribe: https://careercompass.example.com/unsubscribe?e=ciaran.dm%40example.ie
The Career Compass, 1 Castle Street, Cork, Ireland
""",
        html=newsletter_html(
            brand="The Career Compass", logo="https://cdn.careercompass.example.com/logo-white.png",
            intro=COMPASS_INTRO,
            items=[("How to bounce back after a rejection email",
                    "What 400 readers told us about the days after a \"no\" - and the one habit that helped most.",
                    "https://careercompass.example.com/p/bounce-back-after-rejection"),
                   ("\"We regret to inform you\": decoding the rejection templates",
                    "Soft rejections, holds, \"filled internally\" - what each one really means.",
                    "https://careercompass.example.com/p/decoding-rejection-templates"),
                   ("Is your interview invitation in spam?",
                    "A surprising number of ATS emails never reach the inbox. Here's how to check.",
                    "https://careercompass.example.com/p/invitation-in-spam"),
                   ("The week before an offer", "Ten questions to have ready when the offer call comes.",
                    "https://careercompass.example.com/p/week-before-offer")],
            footer="""You're receiving The Career Compass because you subscribed at careercompass.example.com.
[Unsubscribe](https://careercompass.example.com/unsubscribe?e=ciaran.dm%40example.ie) · [View in browser](https://careercompass.example.com/issues/112)
The Career Compass, 1 Castle Street, Cork, Ireland""",
            tracker="https://email.careercompass.example.com/c/", pixel="https://email.careercompass.example.com/o/112.gif",
            accent="#264653"),
        cte="quoted-printable",
        headers=bulk("The Career Compass <weekly.careercompass.example.com>",
                     "<https://careercompass.example.com/unsubscribe?e=ciaran.dm%40example.ie>, <mailto:unsubscribe@careercompass.example.com>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="job_alert_digest", lang="en",
        frm=("JobsNest Job Alerts", "alerts@alerts.jobsnest.example.ie"),
        subject="12 new Site Reliability Engineer jobs in Dublin",
        date="2026-02-09 06:30 +0000",
        html=newsletter_html(
            brand="JobsNest.ie", logo="https://static.jobsnest.example.ie/email/logo-white.png",
            intro="""Hi Ciarán, here are the latest jobs matching your alert "Site Reliability Engineer - Dublin". Apply early: jobs posted in the last 24 hours get 3x more interviews.""",
            items=[("Site Reliability Engineer - Kestrel Analytics", "Dublin 2 · Hybrid · €70k-€85k · Posted today",
                    "https://www.jobsnest.example.ie/job/sre-kestrel-118821"),
                   ("Platform Engineer (Kubernetes) - Glasnevin Data", "Dublin 9 · On-site · Posted yesterday",
                    "https://www.jobsnest.example.ie/job/platform-glasnevin-118790"),
                   ("DevOps Engineer - Shannonside Bank", "Limerick / Dublin · Hybrid · Posted 2 days ago",
                    "https://www.jobsnest.example.ie/job/devops-shannonside-118702"),
                   ("Junior SRE - Harbourline Payments", "Dublin 2 · Hybrid · Interviews this month",
                    "https://www.jobsnest.example.ie/job/junior-sre-harbourline-118677"),
                   ("Test Automation Engineer - Corrib Medical Technologies", "Galway · On-site",
                    "https://www.jobsnest.example.ie/job/test-automation-corrib-118650")],
            footer="""You're receiving this alert because you created it on JobsNest.ie. [Edit alert](https://www.jobsnest.example.ie/alerts/44120) · [Unsubscribe from this alert](https://www.jobsnest.example.ie/alerts/44120/unsubscribe)
JobsNest Ltd, 25 Fenian Street, Dublin 2""",
            tracker="https://links.jobsnest.example.ie/c/", pixel="https://links.jobsnest.example.ie/o/a44120.gif",
            accent="#f28c28", cta="View & apply"),
        cte="quoted-printable",
        headers=bulk("<jobalerts.jobsnest.example.ie>", "<https://www.jobsnest.example.ie/alerts/44120/unsubscribe>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="podcast_interview_request", lang="en",
        frm=("Dara Moynihan", "dara@greenbuildpodcast.example.ie"),
        subject="Interview for Green Build? (testing → SRE episode)",
        date="2026-02-18 13:22 +0000",
        text="""Hi Ciarán,

I host Green Build, a small podcast about software delivery in Ireland (about 2,000 listeners an episode, mostly engineers). A friend sent me your blog post "What a tester sees in an incident review" and I loved it.

Would you be up for an interview on the show? We're planning a mini-series on people moving from QA into SRE and platform roles, and your story would be perfect. It's about 45 minutes, recorded remotely, and I send questions in advance. No pressure to talk about your current job search - we'd keep it to the craft.

We're recording through March. Let me know if you're interested and I'll send a few dates.

Thanks,
Dara Moynihan
Green Build Podcast
greenbuildpodcast.example.ie
""",
        charset="utf-8", cte="8bit",
        company="", contact="dara@greenbuildpodcast.example.ie",
    ),
    msg(
        kind="other", scenario="user_research_interview", lang="en",
        frm=("Maeve Sheridan", "maeve.sheridan@ledgerly.example.com"),
        subject="30-minute research interview? (€40 voucher)",
        date="2026-03-05 11:47 +0000",
        html=simple_html("""Hi Ciarán,

I'm a user researcher at Ledgerly. You signed up for our beta of the incident-timeline tool last year, and we're now running research interviews with engineers who are on call.

Would you be willing to take part in a 30-minute user research interview over Zoom? We'd ask about how you currently write up incidents and show you a couple of early prototypes. There are no right or wrong answers, and as a thank-you we'll send you a €40 One4All voucher.

If you're interested, just reply with a couple of times that suit you next week, or [book directly here](https://calendly.com/ledgerly-research/30min).

Thanks so much,
Maeve Sheridan
Senior User Researcher, Ledgerly

You're receiving this because you opted in to research invitations. [Opt out](https://ledgerly.example.com/research/optout)""", font="Segoe UI"),
        cte="quoted-printable",
        company="", contact="maeve.sheridan@ledgerly.example.com",
    ),
    msg(
        kind="other", scenario="gps_position_shared", lang="en",
        frm=("Trackwise", "no-reply@notify.trackwise.example.com"),
        subject="Aoife is now sharing her live position with you",
        date="2026-03-21 18:04 +0000",
        html=card_html(
            """Aoife shared her live position with you for the next 2 hours.

Current position: N11 near Kilmacanogue, Co. Wicklow
Estimated arrival at your location: 18:52

Your position is not shared unless you choose to share it back.

[Open map](https://trackwise.example.com/live/s/9c1f0e)""",
            brand="Trackwise", accent="#34a853", logo="https://trackwise.example.com/static/mail-logo.png",
            tracker="https://notify.trackwise.example.com/l/",
            footer="""You're receiving this because someone shared their location with you on Trackwise.
[Notification settings](https://trackwise.example.com/settings/notifications) · Trackwise Inc."""),
        cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="queue_position_nct", lang="en",
        frm=("NCT Bookings", "noreply@bookings.nct-test.example.ie"),
        subject="Your position in the booking queue",
        date="2026-04-03 09:15 +0100",
        text="""Dear Customer,

Thank you for your request to book a National Car Test for vehicle 191-D-40812.

Due to high demand, your request has been placed in our booking queue. Your current position in the queue is 214. We expect to offer you an appointment at your selected centre (Deansgrange) within 9 working days.

You do not need to do anything. You will receive an email with your appointment time once one becomes available. Unfortunately we cannot prioritise requests made by phone.

National Car Testing Service
This is an automated message, please do not reply.
""",
        cte="7bit",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="package_delayed", lang="en",
        frm=("Parcelo", "tracking@updates.parcelo.example.ie"),
        subject="Unfortunately, your package is delayed",
        date="2026-04-15 07:41 +0100",
        html=card_html(
            """Hi Ciarán,

Unfortunately your package from Keyboard Kingdom (tracking number PRC 4481 2207 31IE) is delayed due to severe weather affecting our Athlone hub.

New estimated delivery: Friday 17 April, between 10:00 and 14:00.

We're sorry for the inconvenience. You can choose to collect from a Parcelo Point instead.

[Track your parcel](https://parcelo.example.ie/t/PRC4481220731IE)""",
            brand="Parcelo", accent="#6a1b9a", tracker="https://updates.parcelo.example.ie/ls/",
            footer="""Parcelo Ireland Ltd, Ballycoolin Business Park, Dublin 15. This email was sent automatically - replies are not read.
[Privacy](https://parcelo.example.ie/privacy)"""),
        cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="bank_loan_application_received", lang="en",
        frm=("Ardán Bank", "loans@notifications.ardanbank.example.ie"),
        subject="We've received your loan application",
        date="2026-05-02 12:10 +0100",
        text="""Dear Ciarán,

Thank you for your personal loan application (reference PL-2026-558104) for €12,000 over 48 months.

Your application has been received and is now being assessed by our lending team. We'll be in touch within 2 working days. You may be asked to upload recent payslips or bank statements through the Ardán app.

Please do not reply to this email. If you have any questions, call us on 0818 555 100 or use secure messaging in the app.

Ardán Bank

Ardán Bank DAC is regulated by the Central Bank of Ireland. Lending criteria, terms and conditions apply.
""",
        html=card_html(
            """Dear Ciarán,

Thank you for your personal loan application (reference PL-2026-558104) for €12,000 over 48 months.

Your application has been received and is now being assessed by our lending team. We'll be in touch within 2 working days. You may be asked to upload recent payslips or bank statements through the Ardán app.

[Check your application](https://www.ardanbank.example.ie/loans/status)""",
            brand="Ardán Bank", accent="#00524c", logo="https://www.ardanbank.example.ie/img/email-logo.png",
            footer="""Please do not reply to this email. If you have any questions, call us on 0818 555 100 or use secure messaging in the app.
Ardán Bank DAC is regulated by the Central Bank of Ireland. Lending criteria, terms and conditions apply."""),
        cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="credit_union_loan_declined", lang="en",
        frm=("Rathmines Credit Union Loans", "loans@rathminescu.example.ie"),
        subject="Your loan application",
        date="2026-05-08 15:30 +0100",
        text="""Dear Member,

Thank you for applying for a car loan of €9,500 with Rathmines Credit Union.

We have carefully considered your application. Unfortunately, we are unable to approve it at this time, as your current repayment capacity does not meet our lending policy while you are between employments.

You are welcome to reapply once your circumstances change. You have the right to request a review of this decision by writing to the Credit Committee at the address below.

Yours sincerely,
Lending Department
Rathmines Credit Union Ltd
276 Lower Rathmines Road, Dublin 6

Rathmines Credit Union is regulated by the Central Bank of Ireland.
""",
        cte="7bit",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="flat_application_refused", lang="en",
        frm=("Colm Geraghty", "colm.geraghty@quaylettings.example.ie"),
        subject="Apartment 4, 12 Manor Street, Stoneybatter",
        date="2026-05-21 17:55 +0100",
        text="""Hi Ciarán,

Thanks for viewing the apartment on Manor Street last Saturday and for sending on your references so quickly.

I'm sorry to let you know the landlord has decided to go with another applicant. There was a lot of interest (over 60 people viewed it) and they went with a couple who could move in immediately.

I'll keep your details on file and let you know if anything similar comes up in Dublin 7.

Regards,
Colm Geraghty
Lettings Negotiator
Quay Lettings | 40 Arran Quay, Dublin 7 | PSRA Licence 004417
""",
        cte="7bit",
        company="", contact="colm.geraghty@quaylettings.example.ie",
    ),
    msg(
        kind="other", scenario="friend_own_rejection", lang="en",
        frm=("Siobhán Keane", "siobhan.keane@example.com"),
        to=[CAND],
        subject="well that's that",
        date="2026-02-12 22:40 +0000",
        text="""Ciarán,

Got the no from Harbourline today. "We have decided to move forward with candidates whose experience more closely matches..." - you know the one, you got it too! After FOUR rounds. I'm raging.

Pints Friday to commiserate? My treat since you listened to me rehearse that system design answer about 40 times.

S x
""",
        charset="utf-8", cte="8bit",
        company="", contact="siobhan.keane@example.com",
    ),
    msg(
        kind="other", scenario="friend_own_interview", lang="en",
        frm=("Tunde Adeyemi", "tunde.adeyemi@example.co.uk"),
        subject="Guess who's got a second interview",
        date="2026-06-05 19:18 +0100",
        text="""Alright mate,

Quick one - my interview at that Manchester games studio went really well! They've invited me back for a second round next Thursday, onsite this time. The take-home you helped me debug was apparently "the cleanest they'd seen", so you deserve some of the credit.

How's your search going? Any news from the Cork lot?

Catch up at the weekend?
Tunde
""",
        cte="7bit",
        company="", contact="tunde.adeyemi@example.co.uk",
    ),
    msg(
        kind="other", scenario="own_sent_thank_you", lang="en",
        frm=ME,
        to=[("Mark McAleese", "mark.mcaleese@lagandiagnostics.example.co.uk")],
        subject="Thank you - second interview",
        date="2026-06-29 18:12 +0100",
        text="""Hi Mark,

Thank you for your time today, and please pass my thanks to Gillian as well. I really enjoyed the conversation about release processes for regulated software, and seeing the device lab made the role much more concrete for me.

I'm very interested in the position and happy to provide anything else you need, including references.

Best regards,
Ciarán Delacroix-Mwangi
087 555 0148
""",
        charset="utf-8", cte="quoted-printable",
        headers=[("User-Agent", "Mozilla Thunderbird 128.3")],
        company="", contact="",
    ),
    msg(
        kind="other", scenario="own_sent_following_up", lang="en",
        frm=ME,
        to=[("Conor Whelan", "conor.whelan@lansdownetech.example.ie")],
        subject="Following up",
        date="2026-03-16 09:05 +0000",
        text="""Hi Conor,

Just following up on the Glasnevin Data role - have you heard anything since the first interview last Tuesday? No rush, I just want to plan around the two other processes I have going.

Thanks,
Ciarán
""",
        cte="7bit",
        msgid="<CAO8f2+glasnevin-followup@mail.gmail.com>",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="out_of_office_recruiter", lang="en",
        frm=("Aoife Brennan", "aoife.brennan@kestrelanalytics.example.com"),
        subject="Automatic reply: Platform Engineer - thank you",
        date="2026-02-06 15:33 +0000",
        in_reply_to="<CAO8f2+kestrel-thanks@mail.gmail.com>",
        text="""Thank you for your email. I am out of the office until Monday 16 February with limited access to email.

For urgent recruitment queries please contact talent@kestrelanalytics.example.com and a member of the team will get back to you.

Kind regards,
Aoife
""",
        cte="7bit",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "aoife.brennan@kestrelanalytics.example.com")],
        company="", contact="aoife.brennan@kestrelanalytics.example.com",
    ),
    msg(
        kind="other", scenario="cold_outreach_recruiter", lang="en",
        frm=("Ollie Grant", "ollie.grant@vantagepeople.example.co.uk"),
        subject="SRE opportunity - fintech, remote UK/IE",
        date="2026-07-01 08:47 +0100",
        text="""Hi Ciarán,

I came across your profile and your move from test engineering into SRE caught my eye.

I'm working with a fast-growing fintech (Series B, ~150 people) looking for a Site Reliability Engineer to join a newly formed platform team. Fully remote across the UK and Ireland, £65-80k, with a real focus on testing infrastructure and release safety - which seems right up your street.

Would you be open to a quick 10-minute call this week to hear more? No obligation at all.

Best,
Ollie Grant
Senior Consultant | Vantage People
+44 161 555 0190

If you'd prefer not to hear from me again, just reply STOP.
""",
        cte="7bit",
        company="", contact="ollie.grant@vantagepeople.example.co.uk",
    ),
    msg(
        kind="other", scenario="platform_inmail_notification", lang="en",
        frm=("Careerloom", "messages-noreply@careerloom.example.com"),
        subject="Priya Raman sent you a message",
        date="2026-06-09 12:02 +0100",
        html=card_html(
            """You have a new message

Priya Raman · Senior Consultant at Kinetic Talent Partners
"Hi Ciarán, hope you're well! Quick question about the Fenwick Row interview..."

[Reply](https://www.careerloom.example.com/messaging/thread/2-ZmE3Y2)

You're receiving this email because you have message notifications turned on.""",
            brand="Careerloom", accent="#0a66c2", tracker="https://www.careerloom.example.com/comm/redirect?u=",
            footer="""[Unsubscribe](https://www.careerloom.example.com/comm/psettings/email-unsubscribe) · [Help](https://www.careerloom.example.com/help)
© 2026 Careerloom Corporation, 1 Mill Street, Dublin 8."""),
        cte="quoted-printable",
        headers=[("List-Unsubscribe", "<https://www.careerloom.example.com/comm/psettings/email-unsubscribe>")],
        company="", contact="",
    ),
    msg(
        kind="other", scenario="press_interview_request", lang="en",
        frm=("Niall Brophy", "niall.brophy@dublintechweekly.example.ie"),
        subject="Press interview request - tech job market piece",
        date="2026-04-24 14:18 +0100",
        text="""Hi Ciarán,

I'm a reporter with Dublin Tech Weekly. I'm working on a feature about how engineers are navigating the 2026 job market after last year's layoffs, and I saw your comment in the Platform Engineering Ireland Slack about applying for 60+ roles.

Would you be willing to do a short interview (20 minutes by phone) for the piece? I'm happy to keep you anonymous if you prefer - many people do. My deadline is Thursday 30 April.

Thanks for considering it,
Niall Brophy
Reporter, Dublin Tech Weekly
+353 86 555 0277
""",
        cte="7bit",
        company="", contact="niall.brophy@dublintechweekly.example.ie",
    ),
    msg(
        kind="other", scenario="cfp_talk_not_selected", lang="en",
        frm=("PlatformCon Dublin", "noreply@sessionhub.example.com"),
        subject="PlatformCon Dublin 2026: decision on your session proposal",
        date="2026-05-29 10:00 +0100",
        html=ats_html(
            """Hi Ciarán,

Thank you for submitting "Testing the Platform: what QA taught me about SLOs" to PlatformCon Dublin 2026.

We received 412 proposals for 36 slots this year. Unfortunately, your talk was not selected for the programme. This was a really tough call and many excellent proposals didn't make it.

As a thank-you, here is a 30% discount code for your ticket: CFP-THANKS-30. We'd also love to see you at the lightning talks on day two - sign-ups open on the day.

The PlatformCon Dublin programme committee""",
            brand="PlatformCon Dublin", logo="https://sessionhub.example.com/img/events/platformcon-dublin.png",
            accent="#ff006e", tracker="https://sessionhub.example.com/t/",
            footer="Sent via SessionHub on behalf of PlatformCon Dublin. [Manage notifications](https://sessionhub.example.com/settings)"),
        cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="meetup_invite", lang="en",
        frm=("Dublin SRE & Platform Meetup", "info@meetup-mail.example.com"),
        subject="New event: June meetup - Incident reviews that actually change things",
        date="2026-06-01 17:30 +0100",
        text="""Dublin SRE & Platform Meetup

New event: Incident reviews that actually change things
Thursday 18 June 2026, 18:30 - 21:00
Host: Kilmainham Data, 8 Bow Lane, Dublin 8

Talks:
- "The five whys are lying to you" - Ruth Geraghty
- "From tester to on-call: a survival guide" - lightning talk slot open!
Pizza and drinks kindly sponsored by our hosts.

RSVP: https://www.meetup.example.com/dublin-sre/events/301998/

--
Never miss an event: https://www.meetup.example.com/dublin-sre/
Unsubscribe from this group's emails: https://www.meetup.example.com/unsubscribe/dublin-sre
""",
        html=ats_html(
            """New event: Incident reviews that actually change things

Thursday 18 June 2026, 18:30 - 21:00
Host: Kilmainham Data, 8 Bow Lane, Dublin 8

- "The five whys are lying to you" - Ruth Geraghty
- "From tester to on-call: a survival guide" - lightning talk slot open!

Pizza and drinks kindly sponsored by our hosts.

[RSVP](https://www.meetup.example.com/dublin-sre/events/301998/)""",
            brand="Dublin SRE & Platform Meetup", logo="https://secure.meetupstatic.example.com/photos/dublin-sre.png",
            accent="#f64060", tracker="https://www.meetup.example.com/r/",
            pixel="https://www.meetup.example.com/o/301998.gif",
            footer="""[Unsubscribe from this group's emails](https://www.meetup.example.com/unsubscribe/dublin-sre)
Meetup, PO Box 4668 #37895, New York, NY 10163"""),
        cte="quoted-printable",
        headers=bulk("<dublin-sre.meetup-mail.example.com>", "<https://www.meetup.example.com/unsubscribe/dublin-sre>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="course_application_received", lang="en",
        frm=("Upskill Ireland Admissions", "admissions-noreply@upskillireland.example.ie"),
        subject="Application received: Certificate in Cloud Native Engineering (Level 8)",
        date="2026-01-08 11:25 +0000",
        html=ats_html(
            """Dear Ciarán,

Thank you for applying for the Certificate in Cloud Native Engineering (NFQ Level 8, part-time, online) starting in February 2026.

Your application has been received. Our admissions team will assess your eligibility and you will hear from us within 10 working days. Places are funded for jobseekers and those returning to work.

Application number: UI-26-CNE-01933

Best wishes,
Admissions Office
Upskill Ireland""",
            brand="Upskill Ireland", logo="https://www.upskillireland.example.ie/img/logo.png",
            accent="#009639", tracker=None,
            footer="Upskill Ireland is funded under the Human Capital Initiative. Please do not reply to this automated email."),
        cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="agency_salary_guide_newsletter", lang="en",
        frm=("Lansdowne Tech Recruitment", "marketing@lansdownetech.example.ie"),
        subject="The 2026 Tech Salary Guide is here 📊",
        date="2026-03-03 10:00 +0000",
        text="""The 2026 Lansdowne Tech Salary Guide

SRE and platform salaries in Dublin rose 6% last year, while demand for test engineers stayed flat. Download the full guide for role-by-role figures for Dublin, Cork, Galway and Belfast.

Download the guide: https://www.lansdownetech.example.ie/salary-guide-2026

Also this month:
- Hot jobs: Platform Engineer (Dublin 4), Senior SRE (remote IE)
- How to negotiate your offer without losing it

Lansdowne Tech Recruitment, 14 Baggot Street Upper, Dublin 4
You are receiving this because you registered with us. Unsubscribe: https://www.lansdownetech.example.ie/unsubscribe
""",
        html=newsletter_html(
            brand="Lansdowne Tech Recruitment", logo="https://www.lansdownetech.example.ie/img/mail-logo.png",
            intro="""SRE and platform salaries in Dublin rose 6% last year, while demand for test engineers stayed flat. Download the full guide for role-by-role figures for Dublin, Cork, Galway and Belfast.""",
            items=[("The 2026 Tech Salary Guide", "Role-by-role salary bands across Ireland and Northern Ireland.",
                    "https://www.lansdownetech.example.ie/salary-guide-2026"),
                   ("Hot jobs this month", "Platform Engineer (Dublin 4), Senior SRE (remote IE) and more.",
                    "https://www.lansdownetech.example.ie/jobs"),
                   ("How to negotiate your offer without losing it", "Our consultants on counter-offers, equity and timing.",
                    "https://www.lansdownetech.example.ie/blog/negotiate-offer")],
            footer="""Lansdowne Tech Recruitment, 14 Baggot Street Upper, Dublin 4
You are receiving this because you registered with us. [Unsubscribe](https://www.lansdownetech.example.ie/unsubscribe)""",
            tracker="https://lansdownetech.mailsender.example.com/c/", pixel="https://lansdownetech.mailsender.example.com/o/sg26.gif",
            accent="#1d3557", cta="Download"),
        charset="utf-8", cte="quoted-printable",
        headers=bulk("<news.lansdownetech.example.ie>", "<https://www.lansdownetech.example.ie/unsubscribe>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="webinar_missed_recording", lang="en",
        frm=("Observa Events", "events@observa.example.com"),
        subject="Sorry we missed you! Here's the recording",
        date="2026-04-09 16:45 +0100",
        text="""Hi Ciarán,

We noticed you registered for yesterday's webinar "SLOs in 45 minutes" but couldn't make it live. No problem - the full recording and slides are ready for you.

Watch the recording: https://observa.example.com/webinars/slos-in-45/recording

Want to try it yourself? Start a free 14-day trial of Observa.

The Observa team
Observa Inc., 548 Market St, San Francisco, CA 94104
Unsubscribe: https://observa.example.com/preferences
""",
        html=ats_html(
            """Hi Ciarán,

We noticed you registered for yesterday's webinar "SLOs in 45 minutes" but couldn't make it live. No problem - the full recording and slides are ready for you.

[Watch the recording](https://observa.example.com/webinars/slos-in-45/recording)

Want to try it yourself? Start a free 14-day trial of Observa.

The Observa team""",
            brand="Observa", logo="https://observa.example.com/img/email/observa-logo.png",
            accent="#6f42c1", tracker="https://go.observa.example.com/c/",
            pixel="https://go.observa.example.com/o/web-0408.gif",
            footer="Observa Inc., 548 Market St, San Francisco, CA 94104 · [Unsubscribe](https://observa.example.com/preferences)"),
        cte="quoted-printable",
        headers=bulk("<webinars.observa.example.com>", "<https://observa.example.com/preferences>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="dentist_rescheduled", lang="en",
        frm=("Smile Lane Dental", "reception@smilelanedental.example.ie"),
        subject="Your appointment has been rescheduled",
        date="2026-07-13 09:12 +0100",
        text="""Dear Ciarán,

Due to Dr. Ryan's unexpected absence, your hygiene appointment on Wednesday 15 July has been rescheduled to Monday 20 July at 08:30.

If this new time does not suit, please call the practice on 01 555 0812. Cancellations with less than 24 hours' notice may be charged.

Smile Lane Dental
23 Camden Street Lower, Dublin 2
""",
        cte="7bit",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="library_hold_queue", lang="en",
        frm=("Dublin City Libraries", "noreply@libraries.dublincity.example.ie"),
        subject="Reservation update",
        date="2026-08-06 06:10 +0100",
        text="""Dear Borrower,

Your reservation for the following item has been updated:

Title: Site Reliability Engineering: How Google Runs Production Systems
Your position in the queue: 3
Pickup library: Cabra Library

You will be notified when the item is ready for collection.

Dublin City Libraries
This is an automated message. Please do not reply.
""",
        cte="7bit",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="ats_account_verify", lang="en",
        frm=("Workday", "wd-noreply@myworkday.com"),
        subject="Verify your email address for your candidate account",
        date="2026-09-14 21:03 +0100",
        html=ats_html(
            """Hello,

You've created a candidate account on the careers site of Lee Biomedical. Please verify your email address to activate your account.

[Verify email address](https://leebiomedical.wd3.myworkday.com/LeeBiomedical/verify?token=5a1c9e)

This link expires in 24 hours. If you did not create an account, you can ignore this email.

Please do not reply to this message.""",
            brand="Workday", logo="https://www.myworkday.com/assets/workday_logo.png",
            accent="#f38b00", tracker=None,
            footer="© 2026 Workday, Inc. All rights reserved."),
        cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="job_alert_plain_text", lang="en",
        frm=("IrishTechJobs alerts", "jobalert@irishtechjobs.example.ie"),
        subject="Your daily job alert: platform engineer (5 new)",
        date="2026-09-21 07:00 +0100",
        text="""IrishTechJobs - daily alert "platform engineer"

5 new jobs match your search:

1. Platform Engineer - Sruth Energy Networks - Dublin - Hybrid
   https://irishtechjobs.example.ie/j/90211
2. Senior Platform Engineer - Kilmainham Data - Dublin 8
   https://irishtechjobs.example.ie/j/90214
3. Platform Engineer (Azure) - Lisk Insurance Group - Dublin 2
   https://irishtechjobs.example.ie/j/90230
4. Junior Platform Engineer - Cobh Maritime Software - Cork
   https://irishtechjobs.example.ie/j/90231
5. Platform / Build Engineer - Claddagh Games - Galway
   https://irishtechjobs.example.ie/j/90244

Apply today - the interview could be next week!

Manage alerts: https://irishtechjobs.example.ie/alerts
Unsubscribe: https://irishtechjobs.example.ie/alerts/unsubscribe?id=7781
""",
        cte="7bit",
        headers=bulk("<alerts.irishtechjobs.example.ie>", "<https://irishtechjobs.example.ie/alerts/unsubscribe?id=7781>", post=False),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="friend_referral_offer", lang="en",
        frm=("Karolina Nowak", "karolina.nowak@example.com"),
        subject="referral?",
        date="2026-01-21 20:31 +0000",
        text="""Hey Ciarán,

Saw on the group chat that you're looking. We're hiring two SREs in my team at Quayside Robotics (Belfast, but remote is fine). If you want, I can refer you - referrals get looked at first and I get a bonus, so win-win :)

Send me your latest CV and I'll put it in this week.

K.
""",
        cte="7bit",
        company="", contact="karolina.nowak@example.com",
    ),
    msg(
        kind="other", scenario="mentor_mock_interview", lang="en",
        frm=("Gerry Lacey", "gerry.lacey@example.ie"),
        subject="Mock interview Thursday",
        date="2026-03-30 12:20 +0100",
        text="""Ciarán,

Happy to do a mock SRE interview with you before the Lisk one. How about Thursday at 7pm on a call? I'll play the grumpy hiring manager: one troubleshooting scenario (I'm thinking a disk filling up on a database node at 3am), then the "tell me about a time" questions.

Have a think about your story for moving from testing into operations - that's the question everyone will ask you, and you want it crisp.

Gerry
""",
        cte="7bit",
        company="", contact="gerry.lacey@example.ie",
    ),
    msg(
        kind="other", scenario="candidate_experience_survey", lang="en",
        frm=("Kestrel Analytics Candidate Survey", "surveys@candidatepulse.example.com"),
        subject="How was your interview experience with Kestrel Analytics?",
        date="2026-02-10 10:30 +0000",
        text="""Hi Ciarán,

You recently interviewed with Kestrel Analytics. Whatever the outcome, they'd like to hear about your experience. The survey takes 2 minutes and your answers are anonymous.

How likely are you to recommend applying to Kestrel Analytics to a friend? (0-10)
Answer here: https://candidatepulse.example.com/s/ka-7731

Thank you!
CandidatePulse, on behalf of Kestrel Analytics
Unsubscribe: https://candidatepulse.example.com/unsub/ka-7731
""",
        html=ats_html(
            """Hi Ciarán,

You recently interviewed with Kestrel Analytics. Whatever the outcome, they'd like to hear about your experience. The survey takes 2 minutes and your answers are anonymous.

How likely are you to recommend applying to Kestrel Analytics to a friend?

[Take the 2-minute survey](https://candidatepulse.example.com/s/ka-7731)

Thank you!""",
            brand="CandidatePulse", logo="https://candidatepulse.example.com/img/cp-logo.png",
            accent="#3a86ff", tracker="https://candidatepulse.example.com/c/",
            pixel="https://candidatepulse.example.com/o/ka-7731.gif",
            footer="Sent by CandidatePulse on behalf of Kestrel Analytics. [Unsubscribe](https://candidatepulse.example.com/unsub/ka-7731)"),
        cte="quoted-printable",
        headers=[("List-Unsubscribe", "<https://candidatepulse.example.com/unsub/ka-7731>")],
        company="", contact="",
    ),
    msg(
        kind="other", scenario="own_sent_accept_offer", lang="en",
        frm=ME,
        to=[("Niamh Kelleher", "niamh.kelleher@fastnetcloud.example.ie")],
        subject="Re: Offer - Site Reliability Engineer, Fastnet Cloud",
        date="2026-04-17 11:40 +0100",
        in_reply_to="<e4b1c9a2d0f6.fastnet-offer@fastnetcloud.example.ie>",
        text="""Hi Niamh,

I'm delighted to accept the offer for the Site Reliability Engineer role - signed letter attached as a scan, original in the post today.

1 June works well for me. Could you let me know what I need for the relocation support claim?

Thanks again to you and Eoin for a really good process.

Ciarán

On Tue, 14 Apr 2026 at 17:26, Niamh Kelleher <niamh.kelleher@fastnetcloud.example.ie> wrote:
> Hi Ciarán,
> Following on from my call with you this afternoon, I'm delighted to attach your
> formal offer for the role of Site Reliability Engineer at Fastnet Cloud.
""",
        charset="utf-8", cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="reference_request_as_referee", lang="en",
        frm=("Hannah Whitcombe", "hannah.whitcombe@southbankstreaming.example.co.uk"),
        subject="Reference request - Tomás Ryan",
        date="2026-08-13 14:05 +0100",
        text="""Dear Ciarán,

Tomás Ryan has applied for a QA Engineer position with us at Southbank Streaming and has given your name as a referee from your time together at Liffeyside Software.

We would be grateful if you could let us know, in confidence, in what capacity and for how long you worked with Tomás, and your view of his strengths and areas for development. A short reply to this email is perfectly fine, or I'm happy to call at a time that suits you.

Many thanks,
Hannah Whitcombe
Head of Infrastructure
Southbank Streaming
""",
        cte="7bit",
        company="", contact="hannah.whitcombe@southbankstreaming.example.co.uk",
    ),
    msg(
        kind="other", scenario="newsletter_missed_interview_article", lang="en",
        frm=("Offer Letter (a newsletter by Jess Okoro)", "offerletter@substackish.example.com"),
        reply_to="reply+3kq9@substackish.example.com",
        subject="I missed an interview. Now what?",
        date="2026-10-08 13:00 +0100",
        text=MISSED_INTRO + """

The short version: write within the hour, don't over-explain, offer two concrete new times, and accept that some companies will say no. Recruiters told me they treat a same-day apology very differently from silence.

Read the full post: https://offerletter.substackish.example.com/p/i-missed-an-interview

Also this week: a reader's template for declining an offer politely, and the job boards that still show "position filled" adverts months later.

Jess

Unsubscribe https://offerletter.substackish.example.com/action/disable_email
""",
        html=newsletter_html(
            brand="Offer Letter", logo="https://substackish.example.com/img/offerletter-logo.png",
            intro=MISSED_INTRO + "\n\nThe short version: write within the hour, don't over-explain, offer two concrete new times, and accept that some companies will say no.",
            items=[("I missed an interview. Now what?", "Recruiters told me they treat a same-day apology very differently from silence.",
                    "https://offerletter.substackish.example.com/p/i-missed-an-interview"),
                   ("How to decline an offer politely", "A reader's template, annotated.",
                    "https://offerletter.substackish.example.com/p/decline-politely")],
            footer="""© 2026 Jess Okoro · [Unsubscribe](https://offerletter.substackish.example.com/action/disable_email)""",
            tracker="https://substackish.example.com/redirect/", pixel="https://substackish.example.com/o/ol-88.gif",
            accent="#e07a5f", cta="Read"),
        cte="quoted-printable",
        headers=bulk("<offerletter.substackish.example.com>", "<https://offerletter.substackish.example.com/action/disable_email>"),
        company="", contact="",
    ),
    # ------------------------------------------------------------------ German
    msg(
        kind="other", scenario="newsletter_karriere_absage", lang="de",
        frm=("karrierekompass.de Newsletter", "newsletter@karrierekompass.example.de"),
        subject="Absage erhalten? 5 Tipps, wie es weitergeht",
        date="2026-02-26 08:00 +0100",
        text="""Hallo Ciarán,

eine Absage tut weh – besonders nach einem guten Vorstellungsgespräch. In dieser Ausgabe zeigen wir dir, wie du Absagen richtig einordnest und was du aus ihnen lernen kannst.

1. Was eine Standardabsage wirklich bedeutet
https://karrierekompass.example.de/artikel/standardabsage

2. Feedback nach einer Absage einholen – so geht's
https://karrierekompass.example.de/artikel/feedback-einholen

3. Einladung zum Vorstellungsgespräch: die 10 häufigsten Fragen
https://karrierekompass.example.de/artikel/haeufigste-fragen

Viel Erfolg!
Dein Team von karrierekompass.de

Abmelden: https://karrierekompass.example.de/newsletter/abmelden
karrierekompass.de · Medienhaus Nord GmbH · Große Elbstraße 145 · 22767 Hamburg · HRB 99120
""",
        html=newsletter_html(
            brand="karrierekompass.de", logo="https://karrierekompass.example.de/img/newsletter-logo.png",
            intro="""Hallo Ciarán,

eine Absage tut weh – besonders nach einem guten Vorstellungsgespräch. In dieser Ausgabe zeigen wir dir, wie du Absagen richtig einordnest und was du aus ihnen lernen kannst.""",
            items=[("Was eine Standardabsage wirklich bedeutet", "Zwischen den Zeilen lesen: Formulierungen und ihre Bedeutung.",
                    "https://karrierekompass.example.de/artikel/standardabsage"),
                   ("Feedback nach einer Absage einholen – so geht's", "Mit dieser Vorlage bekommst du eher eine Antwort.",
                    "https://karrierekompass.example.de/artikel/feedback-einholen"),
                   ("Einladung zum Vorstellungsgespräch: die 10 häufigsten Fragen", "Und wie du souverän antwortest.",
                    "https://karrierekompass.example.de/artikel/haeufigste-fragen")],
            footer="""[Abmelden](https://karrierekompass.example.de/newsletter/abmelden) · [Impressum](https://karrierekompass.example.de/impressum)
karrierekompass.de · Medienhaus Nord GmbH · Große Elbstraße 145 · 22767 Hamburg · Geschäftsführer: Jan Petersen · HRB 99120""",
            tracker="https://nl.karrierekompass.example.de/c/", pixel="https://nl.karrierekompass.example.de/o/0226.gif",
            accent="#005f73", cta="Weiterlesen"),
        charset="utf-8", cte="quoted-printable",
        headers=bulk("<newsletter.karrierekompass.example.de>", "<https://karrierekompass.example.de/newsletter/abmelden>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="jobagent_neue_jobs", lang="de",
        frm=("Jobbörse Stellenwerk Jobagent", "jobagent@stellenwerk.example.de"),
        subject="3 neue Jobs für Sie: DevOps Engineer (remote)",
        date="2026-04-20 06:45 +0200",
        text="""Guten Tag Herr Delacroix-Mwangi,

Ihr Jobagent "DevOps Engineer (remote)" hat 3 neue passende Stellenangebote gefunden:

» DevOps Engineer (m/w/d) - Kiezcloud - Berlin / remote
  https://www.stellenwerk.example.de/stellen/88123
» Site Reliability Engineer (m/w/d) - Hafenkran Systems GmbH - Hamburg / remote
  https://www.stellenwerk.example.de/stellen/88140
» Cloud Platform Engineer (m/w/d) - Alpenblick Versicherung AG - München
  https://www.stellenwerk.example.de/stellen/88152

Jetzt bewerben und schon bald zum Vorstellungsgespräch eingeladen werden!

Jobagent bearbeiten oder abbestellen: https://www.stellenwerk.example.de/jobagent/5521

Stellenwerk GmbH · Friedrichstraße 68 · 10117 Berlin · Geschäftsführerin: Anja Vollmer
""",
        charset="iso-8859-1", cte="quoted-printable",
        headers=bulk("<jobagent.stellenwerk.example.de>", "<https://www.stellenwerk.example.de/jobagent/5521>", post=False),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="paket_verspaetet", lang="de",
        frm=("Paketblitz Sendungsverfolgung", "benachrichtigung@paketblitz.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        date="2026-05-15 13:20 +0200",
        text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094015902 aus Leipzig.

Grund: Verzögerung im internationalen Transport
Neue voraussichtliche Zustellung: 19.05.2026

Wir bitten um Ihr Verständnis. Den aktuellen Status finden Sie jederzeit unter:
https://www.paketblitz.example.de/sendung/00340434161094015902

Ihr Paketblitz-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Paketblitz GmbH · Sitz Leipzig · Amtsgericht Leipzig HRB 31177
""",
        charset="utf-8", cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="wohnung_absage_portal", lang="de",
        frm=("WohnFinder", "noreply@wohnfinder.example.de"),
        subject="Absage: Ihre Anfrage zur Wohnung in Berlin-Neukölln",
        date="2026-07-10 10:02 +0200",
        text="""Hallo Ciarán Delacroix-Mwangi,

die Hausverwaltung Lindemann & Partner hat Ihre Anfrage zur 2-Zimmer-Wohnung in der Weserstraße 44 beantwortet:

"Vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche."

Weitere passende Wohnungen finden Sie in Ihrer Suche:
https://www.wohnfinder.example.de/suche/gespeichert/301

Ihr WohnFinder-Team
Bitte antworten Sie nicht direkt auf diese E-Mail.
""",
        charset="windows-1252", cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="abwesenheitsnotiz", lang="de",
        frm=("Katrin Schäfer", "katrin.schaefer@rheinhafen-logistik.example.de"),
        subject="Abwesenheitsnotiz: Rückfrage zur Absage",
        date="2026-03-18 09:14 +0100",
        in_reply_to="<CAO8f2+rhein-rueck@mail.gmail.com>",
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@rheinhafen-logistik.example.de.

Mit freundlichen Grüßen
Katrin Schäfer
""",
        charset="iso-8859-1", cte="8bit",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        company="", contact="katrin.schaefer@rheinhafen-logistik.example.de",
    ),
    msg(
        kind="other", scenario="freund_vorstellungsgespraech", lang="de",
        frm=("Felix Hartmann", "felix.hartmann@example.de"),
        subject="Daumen drücken!",
        date="2026-09-03 21:48 +0200",
        text="""Servus Ciarán,

kurzes Update von mir: Mein Vorstellungsgespräch bei dem Versicherer in München lief richtig gut! Die haben mich direkt zur zweiten Runde nächste Woche eingeladen, diesmal vor Ort. Falls das klappt, ziehen wir im Januar tatsächlich nach München.

Und bei dir? Hast du von den Leuten in Cork schon was gehört? Drück dir die Daumen!

Grüße an Aoife,
Felix
""",
        charset="utf-8", cte="8bit",
        company="", contact="felix.hartmann@example.de",
    ),
    msg(
        kind="other", scenario="kreditantrag_abgelehnt", lang="de",
        frm=("Nordbank Direkt", "service-noreply@nordbank-direkt.example.de"),
        subject="Ihr Kreditantrag Nr. 7781-2026",
        date="2026-08-21 11:30 +0200",
        text="""Sehr geehrter Herr Delacroix-Mwangi,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 EUR.

Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihrem Kreditantrag derzeit nicht entsprechen können. Die Entscheidung beruht unter anderem auf Ihrem Wohnsitz außerhalb Deutschlands.

Mit freundlichen Grüßen
Ihre Nordbank Direkt

Nordbank Direkt AG · Ballindamm 8 · 20095 Hamburg · Vorstand: Dr. Heike Brandes, Sven Ohlsen
""",
        html=card_html(
            """Sehr geehrter Herr Delacroix-Mwangi,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 EUR.

Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihrem Kreditantrag derzeit nicht entsprechen können. Die Entscheidung beruht unter anderem auf Ihrem Wohnsitz außerhalb Deutschlands.

Mit freundlichen Grüßen
Ihre Nordbank Direkt""",
            brand="Nordbank Direkt", accent="#003366", logo="https://www.nordbank-direkt.example.de/img/logo-mail.png",
            footer="Nordbank Direkt AG · Ballindamm 8 · 20095 Hamburg · Vorstand: Dr. Heike Brandes, Sven Ohlsen · Amtsgericht Hamburg HRB 70012"),
        charset="utf-8", cte="base64",
        company="", contact="",
    ),
    # ------------------------------------------------------------------ Spanish
    msg(
        kind="other", scenario="boletin_rechazo", lang="es",
        frm=("Talentia Blog", "boletin@talentia-blog.example.es"),
        subject="Cómo superar un rechazo laboral (y 3 ofertas para ti)",
        date="2026-03-12 08:30 +0100",
        text="""¡Hola, Ciarán!

Recibir un "lamentamos comunicarle que no ha sido seleccionado" nunca es agradable. Esta semana te contamos cómo gestionar el rechazo y preparar la siguiente entrevista con más confianza.

- Cómo superar un rechazo laboral: https://talentia-blog.example.es/superar-rechazo
- 7 preguntas que te harán en una entrevista de SRE: https://talentia-blog.example.es/preguntas-sre
- Ofertas destacadas en Barcelona: https://talentia-blog.example.es/ofertas/barcelona

¡Mucho ánimo!
El equipo de Talentia

Darse de baja: https://talentia-blog.example.es/baja
""",
        html=newsletter_html(
            brand="Talentia", logo="https://talentia-blog.example.es/img/logo-mail.png",
            intro="""¡Hola, Ciarán!

Recibir un "lamentamos comunicarle que no ha sido seleccionado" nunca es agradable. Esta semana te contamos cómo gestionar el rechazo y preparar la siguiente entrevista con más confianza.""",
            items=[("Cómo superar un rechazo laboral", "Cinco pasos para recuperar la motivación.",
                    "https://talentia-blog.example.es/superar-rechazo"),
                   ("7 preguntas que te harán en una entrevista de SRE", "Y cómo responderlas con ejemplos reales.",
                    "https://talentia-blog.example.es/preguntas-sre"),
                   ("Ofertas destacadas en Barcelona", "Plataforma, DevOps y SRE, actualizadas cada semana.",
                    "https://talentia-blog.example.es/ofertas/barcelona")],
            footer="""[Darse de baja](https://talentia-blog.example.es/baja) · Talentia Media S.L., Calle Mayor 12, 28013 Madrid""",
            tracker="https://t.talentia-blog.example.es/c/", pixel="https://t.talentia-blog.example.es/o/0312.gif",
            accent="#e76f51", cta="Leer más"),
        charset="utf-8", cte="quoted-printable",
        headers=bulk("<boletin.talentia-blog.example.es>", "<https://talentia-blog.example.es/baja>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="alerta_empleo_texto", lang="es",
        frm=("Alertas EmpleoRed", "alertas@notificaciones.empleored.example.es"),
        subject="Nuevas ofertas: Ingeniero DevOps en Barcelona",
        date="2026-06-29 07:15 +0200",
        text="""Hola Ciarán,

Tenemos 4 ofertas nuevas que encajan con tu alerta "Ingeniero DevOps - Barcelona":

* Ingeniero/a SRE - Ona Fintech - Barcelona (híbrido)
  https://www.empleored.example.es/oferta/551203
* DevOps Engineer - Pixelmar - Barcelona
  https://www.empleored.example.es/oferta/551219
* Técnico/a de Plataforma Cloud - Nauta Seguros - Barcelona
  https://www.empleored.example.es/oferta/551240
* Platform Engineer - Sardana Tech - Barcelona / remoto
  https://www.empleored.example.es/oferta/551266

¡Inscríbete hoy y consigue tu entrevista!

Gestionar alertas: https://www.empleored.example.es/alertas
Darse de baja de esta alerta: https://www.empleored.example.es/alertas/baja?id=3381
""",
        charset="utf-8", cte="8bit",
        headers=bulk("<alertas.empleored.example.es>", "<https://www.empleored.example.es/alertas/baja?id=3381>", post=False),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="prestamo_solicitud_recibida", lang="es",
        frm=("Banco Meridiano", "avisos@comunicaciones.bancomeridiano.example.es"),
        subject="Hemos recibido tu solicitud de préstamo",
        date="2026-07-22 12:48 +0200",
        text="""Hola Ciarán:

Hemos recibido correctamente tu solicitud de Préstamo Personal por importe de 6.000 euros (ref. PP-2026-11873).

Nuestro equipo la está estudiando y te responderemos en un plazo máximo de 48 horas laborables. Si necesitamos documentación adicional, te la pediremos a través de la app.

Gracias por confiar en nosotros.
Banco Meridiano

Este correo es informativo; por favor, no respondas a este mensaje.
""",
        html=card_html(
            """Hola Ciarán:

Hemos recibido correctamente tu solicitud de Préstamo Personal por importe de 6.000 euros (ref. PP-2026-11873).

Nuestro equipo la está estudiando y te responderemos en un plazo máximo de 48 horas laborables. Si necesitamos documentación adicional, te la pediremos a través de la app.

[Consultar mi solicitud](https://www.bancomeridiano.example.es/particulares/prestamos/estado)""",
            brand="Banco Meridiano", accent="#c1121f", logo="https://www.bancomeridiano.example.es/img/logo-email.png",
            footer="""Este correo es informativo; por favor, no respondas a este mensaje.
Banco Meridiano, S.A. · Paseo de la Castellana 95, 28046 Madrid · Inscrito en el Registro de Entidades del Banco de España"""),
        charset="iso-8859-1", cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="piso_solicitud_denegada", lang="es",
        frm=("Pisofácil", "no-responder@pisofacil.example.es"),
        subject="Tu solicitud para el piso de Gràcia",
        date="2026-08-03 18:26 +0200",
        text="""Hola Ciarán,

Lamentamos informarte de que el propietario del piso en Carrer de Verdi 58, Gràcia (Barcelona) no ha aceptado tu solicitud de alquiler. Ha elegido a otro inquilino.

No te desanimes: hay 37 pisos nuevos en Gràcia que coinciden con tu búsqueda.
https://www.pisofacil.example.es/busqueda/gracia-2hab

El equipo de Pisofácil
(Este mensaje se ha enviado desde una dirección que no acepta respuestas.)
""",
        charset="utf-8", cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="amiga_entrevista", lang="es",
        frm=("Lucía Ferrándiz", "lucia.ferrandiz@example.es"),
        subject="¡¡Me han llamado!!",
        date="2026-05-06 23:05 +0200",
        text="""¡Ciarán!

¿A que no sabes qué? Me han llamado de la startup de Valencia para una segunda entrevista. Estaba convencida de que me iban a decir que no después de la prueba técnica, que me salió fatal, pero parece que les gustó cómo razoné.

Es el lunes. ¿Me ayudas a preparar lo de diseño de sistemas como hiciste la otra vez? Te invito a un vermut cuando vengas a Barcelona.

Besos,
Lucía
""",
        charset="utf-8", cte="8bit",
        company="", contact="lucia.ferrandiz@example.es",
    ),
    msg(
        kind="other", scenario="podcast_entrevista_es", lang="es",
        frm=("Sergio Navarro", "sergio@podcastdespliegue.example.es"),
        subject="Propuesta de entrevista para el podcast Despliegue Continuo",
        date="2026-09-17 11:35 +0200",
        text="""Hola Ciarán:

Soy Sergio, presento Despliegue Continuo, un podcast en español sobre DevOps y SRE. Vimos tu charla en el meetup de Barcelona sobre pruebas de caos y nos encantaría hacerte una entrevista para un episodio.

Grabamos en remoto, dura unos 50 minutos y la puedes hacer en inglés si te resulta más cómodo (ponemos subtítulos en YouTube). ¿Te animas? Estamos cerrando fechas para octubre.

Un abrazo,
Sergio Navarro
Despliegue Continuo · podcastdespliegue.example.es
""",
        charset="utf-8", cte="quoted-printable",
        company="", contact="sergio@podcastdespliegue.example.es",
    ),
    msg(
        kind="other", scenario="reclutador_contacto_frio", lang="es",
        frm=("Marina Solé", "marina.sole@techhunters-bcn.example.es"),
        subject="Oportunidad SRE en Barcelona",
        date="2026-04-13 10:22 +0200",
        text="""Hola Ciarán,

Espero que estés bien. Soy Marina, headhunter en TechHunters BCN. He visto tu perfil y creo que encajarías muy bien en un proyecto que estoy llevando: una empresa de movilidad eléctrica en el 22@ que busca un/a SRE con experiencia en automatización de pruebas.

Salario entre 55 y 65k, modelo híbrido y ayuda para la reubicación.

¿Te apetecería que habláramos 10 minutos esta semana? Sin ningún compromiso.

Un saludo,
Marina Solé
Senior Tech Recruiter · TechHunters BCN
+34 655 555 218
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="", contact="marina.sole@techhunters-bcn.example.es",
    ),
    msg(
        kind="other", scenario="enviado_propio_es", lang="es",
        frm=ME,
        to=[("Beatriz Lozano", "blozano@huntingsur.example.es")],
        subject="Re: Entrevista con Grupo Sanitario Llevant",
        date="2026-04-22 08:55 +0200",
        in_reply_to="<20260421174002.hunting.sur.3381@huntingsur.example.es>",
        text="""Hola Beatriz:

Muchas gracias por la noticia. Confirmo la entrevista del martes 28 de abril a las 16:00 por Teams con Montse Vidal.

Me vendría muy bien la llamada del lunes para prepararla; ¿te va bien a las 10:00?

Un saludo,
Ciarán
""",
        charset="utf-8", cte="quoted-printable",
        company="", contact="",
    ),
    # ------------------------------------------------------------------ French
    msg(
        kind="other", scenario="newsletter_rebondir", lang="fr",
        frm=("Cadremploi Hebdo", "hebdo@lettre.cadrehebdo.example.fr"),
        subject="Rebondir après un refus : nos conseils de la semaine",
        date="2026-05-28 07:30 +0200",
        text="""Bonjour Ciarán,

« Nous avons le regret de vous informer... » : ce message, tout le monde l'a reçu un jour. Cette semaine, nos experts vous expliquent comment rebondir après un refus, et comment préparer votre prochain entretien d'embauche.

- Rebondir après un refus : 6 réflexes à adopter
  https://www.cadrehebdo.example.fr/conseils/rebondir-apres-refus
- Entretien d'embauche : les questions pièges
  https://www.cadrehebdo.example.fr/conseils/questions-pieges
- Les offres de la semaine en Île-de-France
  https://www.cadrehebdo.example.fr/offres

Se désinscrire : https://www.cadrehebdo.example.fr/desinscription
""",
        html=newsletter_html(
            brand="Cadre Hebdo", logo="https://www.cadrehebdo.example.fr/img/logo-lettre.png",
            intro="""Bonjour Ciarán,

« Nous avons le regret de vous informer... » : ce message, tout le monde l'a reçu un jour. Cette semaine, nos experts vous expliquent comment rebondir après un refus, et comment préparer votre prochain entretien d'embauche.""",
            items=[("Rebondir après un refus : 6 réflexes à adopter", "Analyser, demander un retour, relancer.",
                    "https://www.cadrehebdo.example.fr/conseils/rebondir-apres-refus"),
                   ("Entretien d'embauche : les questions pièges", "Et comment y répondre sans se déstabiliser.",
                    "https://www.cadrehebdo.example.fr/conseils/questions-pieges"),
                   ("Les offres de la semaine", "Plus de 2 000 offres cadres en Île-de-France.",
                    "https://www.cadrehebdo.example.fr/offres")],
            footer="""[Se désinscrire](https://www.cadrehebdo.example.fr/desinscription) · Cadre Hebdo SAS, 10 boulevard Haussmann, 75009 Paris""",
            tracker="https://lettre.cadrehebdo.example.fr/c/", pixel="https://lettre.cadrehebdo.example.fr/o/0528.gif",
            accent="#3d405b", cta="Lire l'article"),
        charset="utf-8", cte="quoted-printable",
        headers=bulk("<hebdo.cadrehebdo.example.fr>", "<https://www.cadrehebdo.example.fr/desinscription>"),
        company="", contact="",
    ),
    msg(
        kind="other", scenario="colis_retarde", lang="fr",
        frm=("ColisExpress", "suivi@info.colisexpress.example.fr"),
        subject="Votre colis est retardé",
        date="2026-06-17 15:02 +0200",
        text="""Bonjour,

Malheureusement, la livraison de votre colis n° CX 8821 4410 7FR est retardée en raison d'un incident sur notre plateforme de Roissy.

Nouvelle date de livraison estimée : vendredi 19 juin 2026.

Suivre mon colis : https://www.colisexpress.example.fr/suivi/CX882144107FR

Nous vous prions de nous excuser pour ce désagrément.
ColisExpress
Merci de ne pas répondre à cet e-mail.
""",
        html=card_html(
            """Bonjour,

Malheureusement, la livraison de votre colis n° CX 8821 4410 7FR est retardée en raison d'un incident sur notre plateforme de Roissy.

Nouvelle date de livraison estimée : vendredi 19 juin 2026.

[Suivre mon colis](https://www.colisexpress.example.fr/suivi/CX882144107FR)

Nous vous prions de nous excuser pour ce désagrément.""",
            brand="ColisExpress", accent="#ffb703", tracker="https://info.colisexpress.example.fr/r/",
            footer="ColisExpress SAS · 5 rue de la Logistique, 95700 Roissy-en-France · Merci de ne pas répondre à cet e-mail."),
        charset="iso-8859-1", cte="quoted-printable",
        company="", contact="",
    ),
    msg(
        kind="other", scenario="interview_presse_fr", lang="fr",
        frm=("Léa Fontaine", "lea.fontaine@lejournaldutech.example.fr"),
        subject="Demande d'interview – article sur les reconversions vers le SRE",
        date="2026-07-30 10:40 +0200",
        text="""Bonjour Ciarán,

Je suis journaliste au Journal du Tech et je prépare un article sur les ingénieurs qui passent du test logiciel à l'ingénierie de fiabilité (SRE). Un contact commun, Maxime Tardieu, m'a donné votre nom.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou en visio, dans les deux prochaines semaines ? L'entretien peut se faire en anglais.

Bien cordialement,
Léa Fontaine
Journaliste – Le Journal du Tech
06 55 12 40 87
""",
        charset="utf-8", cte="8bit",
        company="", contact="lea.fontaine@lejournaldutech.example.fr",
    ),
    msg(
        kind="other", scenario="reponse_automatique_absence", lang="fr",
        frm=("Sophie Marchand", "sophie.marchand@banqueazur.example.fr"),
        subject="Réponse automatique : Confirmation entretien",
        date="2026-10-13 08:02 +0200",
        in_reply_to="<CAO8f2+azur-confirm@mail.gmail.com>",
        text="""Bonjour,

Je suis absente du bureau jusqu'au jeudi 15 octobre inclus, avec un accès limité à mes e-mails. Je traiterai votre message à mon retour.

Pour toute urgence, vous pouvez contacter l'équipe recrutement au 04 72 55 18 00.

Cordialement,
Sophie Marchand
""",
        charset="windows-1252", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        company="", contact="sophie.marchand@banqueazur.example.fr",
    ),
]
