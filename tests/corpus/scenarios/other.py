
"""Everything that is not a job-search trigger, above all the look-alikes.

Newsletters and job alerts that talk about rejections and interviews, other meanings of the
words (podcast, press and user-research interviews, a GPS position, a delayed package, a missed
doctor's appointment), friends' news, the user's own sent mail, calendar noise, bank mail, and
thread replies whose quoted chain holds a rejection while the new text is only a thank-you.
"""

import html as _html

from scenarios.common import (  # type: ignore[import-not-found]
    AUTO,
    DISCLAIMER_EN,
    GREENHOUSE,
    USER,
    Ics,
    Msg,
    Quote,
    d,
    list_headers,
    workday,
)

K = "other"


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], unsub: str) -> str:
    """A bulk-mail layout: header, teaser cards with links, social links, unsubscribe footer."""
    cards = "\n".join(
        f'<tr><td style="padding:12px 24px"><a href="{u}" style="font-size:18px;color:#1a4">'
        f"{_html.escape(t)}</a><p>{_html.escape(s)}</p>"
        f'<a href="{u}?utm_source=newsletter&amp;utm_medium=email">Read more &rarr;</a></td></tr>'
        for t, u, s in items
    )
    social = " | ".join(
        f'<a href="https://{n}.example.com/ourpage">{n.title()}</a>'
        for n in ("twitter", "linkedin", "instagram", "youtube")
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_html.escape(title)}</title></head>
<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center"><table width="600" style="background:#fff">
<tr><td style="padding:24px"><img src="https://cdn.example.com/logo.png" alt="logo" width="120">
<h1 style="font-family:Georgia,serif">{_html.escape(title)}</h1>
<p>{_html.escape(intro)}</p></td></tr>
{cards}
<tr><td style="padding:24px;font-size:11px;color:#777">{social}<br>
You are receiving this email because you subscribed. <a href="{unsub}">Unsubscribe</a> |
<a href="{unsub.rsplit('/', 1)[0]}/preferences">Manage preferences</a> |
<a href="https://www.example.com/privacy">Privacy policy</a><br>123 Example Street, Suite 400</td></tr>
</table></td></tr></table>
<img src="https://track.example.com/open.gif?id=88" width="1" height="1" alt=""></body></html>
"""


def plain_digest(intro: str, items: list[tuple[str, str, str]], unsub: str) -> str:
    lines = [intro, ""]
    for t, u, s in items:
        lines += [t, s, u, ""]
    lines.append(f"Unsubscribe: {unsub}")
    return "\n".join(lines)


_CAREER_ITEMS = [
    ("How to respond to a job rejection email (with templates)",
     "https://careerbrief.example.org/rejection-reply",
     "Unfortunately, rejection is part of every job search. Here is how to reply graciously and "
     "ask for feedback."),
    ("You missed an interview. Now what?",
     "https://careerbrief.example.org/missed-interview",
     "Apologize quickly, take responsibility and ask to reschedule: our 5-step guide."),
    ("Negotiating your offer: scripts that work",
     "https://careerbrief.example.org/offer-negotiation",
     "Recruiters expect you to negotiate. Here's what to say when the offer arrives."),
    ("Why you never heard back after applying",
     "https://careerbrief.example.org/ghosting",
     "Applicant tracking systems, hiring freezes and the black hole of 'we'll be in touch'."),
]

_JOB_ALERT = [
    ("Senior Data Engineer - Harborview Analytics - Remote",
     "https://jobs.example.com/view/4431290", "Posted 2 days ago · $150k-$180k · Easy Apply"),
    ("Data Platform Engineer - Kinnear Health - Chicago, IL",
     "https://jobs.example.com/view/4431877", "Posted 5 hours ago · Be an early applicant"),
    ("Analytics Engineer - Osprey Commerce - Hybrid",
     "https://jobs.example.com/view/4430012", "Posted 1 week ago · 87 applicants"),
    ("Staff Data Engineer - Moonrise Mobility - Remote (US)",
     "https://jobs.example.com/view/4429921", "Actively recruiting · Interviews this week"),
    ("Machine Learning Engineer - Tessellate AI - New York, NY",
     "https://jobs.example.com/view/4429550", "Promoted · Your profile matches 8 of 10 skills"),
]

MSGS = [
    # ---------------------------------------------------------------- newsletters and digests
    Msg(K, "en", "", "career_newsletter_rejection_html",
        "Career Brief: turning a rejection into your next offer",
        plain_digest("This week: rejections, missed interviews and offers.", _CAREER_ITEMS,
                     "https://careerbrief.example.org/u/8812"),
        ("Career Brief", "newsletter@careerbrief.example.org"), d("2026-02-08 13:00"),
        struct="alt", headers=list_headers("Career Brief <weekly.careerbrief.example.org>",
                                          "https://careerbrief.example.org/u/8812"),
        html=newsletter_html("Career Brief", "This week: rejections, missed interviews and "
                             "offers.", _CAREER_ITEMS, "https://careerbrief.example.org/u/8812")),
    Msg(K, "en", "", "job_alert_digest",
        "5 new Data Engineer jobs in Chicago, IL",
        plain_digest("Your job alert for Data Engineer in Chicago, IL. Apply now before "
                     "interviews fill up.", _JOB_ALERT, "https://jobs.example.com/alerts/unsub/77"),
        ("JobBoard Alerts", "alerts@jobs.example.com"), d("2026-03-02 12:00"),
        struct="alt", headers=list_headers("<jobalerts.jobs.example.com>",
                                          "https://jobs.example.com/alerts/unsub/77"),
        html=newsletter_html("New jobs for you", "Your job alert for Data Engineer in Chicago, "
                             "IL.", _JOB_ALERT, "https://jobs.example.com/alerts/unsub/77")),
    Msg(K, "en", "", "advice_article_plain_list",
        "Missed an interview? Don't panic",
        """THE JOB SEEKER'S DIGEST - Issue #142

Missed an interview? Don't panic.

It happens to more people than you'd think. We spoke to six recruiters about what candidates should do after a no-show. Their advice: write within the hour, don't invent an excuse, and offer two or three new times. "Unfortunately, most candidates just disappear," said one. "The ones who apologize and ask to reschedule often get a second chance."

Read the full article: https://jobseekersdigest.example.net/issues/142/missed-interview

ALSO IN THIS ISSUE
* 12 interview questions you should ask: https://jobseekersdigest.example.net/issues/142/questions
* Reader story: 40 applications, 39 rejections, one offer: https://jobseekersdigest.example.net/issues/142/story
* Webinar: beat the ATS: https://jobseekersdigest.example.net/webinars

You're receiving this because you signed up at jobseekersdigest.example.net.
Unsubscribe: https://jobseekersdigest.example.net/unsubscribe?u=ar-55""",
        ("The Job Seeker's Digest", "digest@jobseekersdigest.example.net"), d("2026-03-15 11:00"),
        struct="plain", headers=list_headers("<digest.jobseekersdigest.example.net>",
                                            "https://jobseekersdigest.example.net/unsubscribe")),
    Msg(K, "en", "", "recruiting_industry_newsletter",
        "Talent Weekly: 'We regret to inform you' is killing your employer brand",
        """Talent Weekly - for recruiters and hiring managers

This week's lead: candidate experience research shows that generic rejection emails ("we regret to inform you that we will not be moving forward") hurt referral rates. We look at five companies who rewrote their templates, and at why interview no-shows rose 20% last year.

-> Read: https://talentweekly.example.com/a/rejection-templates
-> Data: https://talentweekly.example.com/a/no-show-report
-> Job board: https://talentweekly.example.com/jobs

Manage subscription: https://talentweekly.example.com/account""",
        ("Talent Weekly", "hello@talentweekly.example.com"), d("2026-04-04 15:00"),
        struct="qp", headers=list_headers("Talent Weekly <talentweekly.example.com>",
                                         "https://talentweekly.example.com/account")),
    Msg(K, "en", "", "bootcamp_alumni_list",
        "[alumni] Offer negotiation AMA on Thursday + who's hiring",
        """Hi everyone,

Reminder that our offer negotiation AMA is this Thursday at 6pm. Bring your questions - especially if you've just received an offer or are waiting on one.

Also, a few alumni shared openings at their companies this week (Lattice Payments, Granite Data, Nimbus Cloud). See the #jobs channel.

And a reminder: rejections are normal. The median alum in our last cohort got 14 rejections before their first offer. Keep going!

Cheers,
Maria
Alumni Team

--
You received this message because you are subscribed to the Google Groups "Bootcamp Alumni" group.
To unsubscribe from this group and stop receiving emails from it, send an email to alumni+unsubscribe@groups.example.com.""",
        ("Maria Gomez", "alumni@groups.example.com"), d("2026-05-05 17:10"),
        struct="plain", headers={"List-Id": "<alumni.groups.example.com>",
                                 "List-Unsubscribe": "<mailto:alumni+unsubscribe@groups.example.com>",
                                 "Precedence": "list",
                                 "Mailing-list": "list alumni@groups.example.com"}),
    Msg(K, "en", "", "job_board_application_tips",
        "Your weekly job search report",
        """Hi Alex,

Here's your weekly job search report:

- You applied to 4 jobs this week
- 2 employers viewed your application
- 12 new jobs match your preferences

Tip of the week: following up after an interview increases your chances of getting an offer. Send a short thank-you note within 24 hours.

See your applications: https://jobs.example.com/myjobs
Browse new matches: https://jobs.example.com/matches
Update your preferences: https://jobs.example.com/settings/alerts

JobBoard, Inc.""",
        ("JobBoard", "no-reply@jobs.example.com"), d("2026-03-09 10:00"), struct="html",
        headers=list_headers("<weekly-report.jobs.example.com>",
                             "https://jobs.example.com/settings/alerts")),
    # ---------------------------------------------------------------- other meanings
    Msg(K, "en", "", "podcast_interview_request",
        "Podcast interview request - The Data Engineering Show",
        """Hi Alex,

I host The Data Engineering Show, a weekly podcast with about 20k listeners. I read your blog post on incremental materializations and would love to interview you for an upcoming episode.

Recording takes about 45 minutes over Riverside; we'd be flexible on timing - any weekday afternoon in the next three weeks works for us. Would you be interested?

Thanks,
Derek Olsen
Host, The Data Engineering Show
derek@dataengshow.example.com""",
        ("Derek Olsen", "derek@dataengshow.example.com"), d("2026-02-16 16:00"),
        contact="derek@dataengshow.example.com", struct="plain"),
    Msg(K, "en", "", "press_interview_request",
        "Interview request: article on tech layoffs",
        """Dear Alex,

I'm a reporter at the Lakeshore Tribune working on a piece about how engineers are navigating the job market after this year's layoffs. A mutual contact mentioned that you've been job hunting since March.

Would you be open to a 20-minute phone interview this week? We can keep your name out of the article if you prefer.

Best,
Nora Kim
Technology Reporter, Lakeshore Tribune
nora.kim@lakeshoretribune.example.com""",
        ("Nora Kim", "nora.kim@lakeshoretribune.example.com"), d("2026-05-12 14:30"),
        contact="nora.kim@lakeshoretribune.example.com", struct="qp"),
    Msg(K, "en", "", "user_research_interview",
        "Invitation: 30-minute user research interview ($50 gift card)",
        """Hi Alex,

Thanks for using Ledgerly! Our product team is running user research interviews to understand how people manage shared expenses, and we'd love to hear from you.

The interview is a 30-minute video call with one of our designers. As a thank-you, you'll receive a $50 gift card.

Pick a time that suits you: https://calendly.example.com/ledgerly-research/30min

No preparation needed. Thanks for helping us build a better product!

The Ledgerly Research Team""",
        ("Ledgerly Research", "research@ledgerly.example.com"), d("2026-03-18 18:00"),
        struct="alt", headers={"List-Unsubscribe": "<https://ledgerly.example.com/unsub>"}),
    Msg(K, "en", "", "gps_position_fleet",
        "Position report: vehicle TRK-114",
        """Automatic position report

Vehicle: TRK-114 (Ford Transit)
GPS position: 41.8781 N, 87.6298 W
Speed: 0 km/h (parked)
Last update: 2026-04-02 08:14 UTC
Address (approx.): W Jackson Blvd, Chicago, IL

View on map: https://fleet.example.com/map/TRK-114

You receive this report because you are the registered owner of this tracker.""",
        ("FleetTrack", "reports@fleet.example.com"), d("2026-04-02 08:15"),
        struct="plain", headers=AUTO),
    Msg(K, "en", "", "package_delayed",
        "Unfortunately, your package is delayed",
        """Hi Alex,

Unfortunately, your package is running late. Due to severe weather in the region, delivery of order #112-7734021 has been delayed.

New estimated delivery: Friday, January 16

We're sorry for the inconvenience. You can track your package at any time:
https://shop.example.com/orders/112-7734021/track

Thanks for shopping with us.""",
        ("Example Shop", "shipment-tracking@shop.example.com"), d("2026-01-13 07:00"),
        struct="html", headers=AUTO),
    Msg(K, "en", "", "doctor_missed_appointment",
        "We missed you at your appointment today",
        """Dear Alex Rivera,

Our records show that you missed your appointment with Dr. Elena Ruiz today, Tuesday March 24 at 9:40 AM.

Please call us at (312) 555-0100 or use the patient portal to reschedule. Please note that missed appointments without 24 hours' notice may incur a $25 fee.

Lakeview Family Medicine
This mailbox is not monitored.""",
        ("Lakeview Family Medicine", "noreply@lakeviewmed.example.com"), d("2026-03-24 15:00"),
        struct="plain", headers=AUTO),
    Msg(K, "en", "", "dentist_rescheduled",
        "Your appointment has been rescheduled",
        """Hi Alex,

Your dental cleaning with Dr. Shah has been rescheduled to Thursday, April 9 at 4:30 PM because of a change in the clinic's schedule.

If the new time doesn't work, reply to this email or call us at (312) 555-0199.

See you soon,
Bright Smile Dental""",
        ("Bright Smile Dental", "frontdesk@brightsmile.example.com"), d("2026-04-01 13:00"),
        struct="qp"),
    Msg(K, "en", "", "flight_cancelled",
        "Important: your flight UA 0000 has been cancelled",
        """Dear ALEX RIVERA,

We're sorry to let you know that your flight on March 14 from Chicago (ORD) to Austin (AUS) has been cancelled due to an operational issue. We have rebooked you on the next available flight:

New flight: March 14, departing 6:45 PM, arriving 9:50 PM

Confirmation number: QX7P2L

If the new itinerary doesn't work for you, you can change your flight or request a refund at https://airline.example.com/manage.

We apologize for the disruption to your travel plans.""",
        ("Example Airlines", "notifications@airline.example.com"), d("2026-03-13 05:30"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "", "apartment_application_declined",
        "Rental application update - 2140 N Halsted, Unit 3",
        """Hi Alex,

Thank you for applying for the apartment at 2140 N Halsted St, Unit 3. Unfortunately, the landlord has decided to move forward with another applicant.

We have other units available in the neighborhood that may interest you: https://rentals.example.com/search?near=lincoln-park

Best regards,
Lincoln Park Realty Leasing Team""",
        ("Lincoln Park Realty", "leasing@lprealty.example.com"), d("2026-01-19 16:00"),
        contact="leasing@lprealty.example.com", struct="plain"),
    Msg(K, "en", "", "conference_paper_rejected",
        "[DataSys 2026] Notification for submission #217",
        """Dear Alex Rivera,

We regret to inform you that your submission #217, "Incremental Materialization at Scale", was not accepted for presentation at DataSys 2026. This year we received 612 submissions and could accept only 94.

The reviews are appended below; we hope you find them useful.

Best regards,
DataSys 2026 Program Chairs

----- REVIEW 1 -----
The paper addresses an important problem but the evaluation is limited to a single workload...""",
        ("DataSys 2026", "datasys2026@conftool.example.org"), d("2026-05-20 12:00"),
        struct="plain", headers=AUTO),
    Msg(K, "en", "", "credit_card_declined_bank",
        "Your credit card application",
        """Dear Alex Rivera,

Thank you for applying for the Lakeshore Rewards Visa card. After careful review, we are unable to approve your application at this time.

You will receive a letter by post within 7-10 days explaining the main reasons for our decision and your right to a free copy of your credit report.

Sincerely,
Lakeshore Bank Card Services

Lakeshore Bank, N.A. Member FDIC. Please do not reply to this email.""",
        ("Lakeshore Bank", "alerts@lakeshorebank.example.com"), d("2026-02-02 09:00"),
        struct="html", headers=AUTO),
    Msg(K, "en", "", "bank_statement_ready",
        "Your February statement is ready",
        """Hi Alex,

Your statement for checking account ending in 4021 is now available in online banking.

Statement period: Feb 1 - Feb 28, 2026
Closing balance: $3,218.44

Sign in to view: https://online.lakeshorebank.example.com

Lakeshore Bank""",
        ("Lakeshore Bank", "alerts@lakeshorebank.example.com"), d("2026-03-02 08:00"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "", "special_offer_marketing",
        "An exclusive offer just for you, Alex: 40% off",
        """Hi Alex,

We've got an offer you won't want to miss: 40% off all annual plans until Sunday.

Upgrade now: https://app.example.com/upgrade?code=SPRING40

Offer valid until March 22, 2026. Terms apply.

Unsubscribe: https://app.example.com/email/unsub""",
        ("Focusly", "deals@focusly.example.com"), d("2026-03-18 15:00"),
        struct="html", headers=list_headers("<promo.focusly.example.com>",
                                           "https://app.example.com/email/unsub")),
    Msg(K, "en", "", "house_offer_accepted",
        "Great news on 1187 W Addison!",
        """Hi Alex and Jordan,

Great news - the sellers have accepted your offer on 1187 W Addison! I'll send over the signed contract this afternoon. Next steps are the inspection (I've pencilled in Tuesday) and getting the appraisal ordered with your lender.

Congratulations!
Karen Doyle
Realtor, North Side Homes
karen@northsidehomes.example.com""",
        ("Karen Doyle", "karen@northsidehomes.example.com"), d("2026-06-04 17:00"),
        contact="karen@northsidehomes.example.com", struct="plain"),
    Msg(K, "en", "", "interview_skills_webinar",
        "Tomorrow: Ace your next interview (free webinar)",
        """Hi Alex,

Just a reminder: our free live webinar "Ace Your Next Job Interview" starts tomorrow, Wednesday at 12:00 PM CT.

You'll learn:
- How to answer "Tell me about yourself"
- What to do if you are running late or miss an interview
- How to follow up after a rejection

Join here: https://webinars.example.com/join/ace-interview

See you there!
The CareerLab Team""",
        ("CareerLab", "events@careerlab.example.com"), d("2026-04-21 16:00"),
        struct="alt", headers=list_headers("<events.careerlab.example.com>",
                                          "https://careerlab.example.com/unsub")),
    Msg(K, "en", "", "scam_wfh_selected",
        "You have been selected for a remote position",
        """Dear Candidate,

Congratulations! Your resume was selected from an online database for a remote Data Entry Assistant position. Pay is $45/hour, 10 hours per week, no interview required.

To proceed, reply with your full name, phone number and bank details for direct deposit of your first week's salary and equipment check.

Regards,
HR Department""",
        ("HR Department", "hr.dept.hiring@freemail.example.org"), d("2026-05-03 03:00"),
        struct="plain"),
    Msg(K, "en", "", "meetup_invitation",
        "New event: Chicago Data Engineers - March meetup",
        """Chicago Data Engineers

New event: Lightning talks + hiring night
Thursday, March 26, 6:30 PM
Lakeshore Coworking, 300 W Adams St

Several local companies are hiring and will be doing informal interviews and CV reviews after the talks.

RSVP: https://meetup.example.com/chicago-data-engineers/events/301998

Unsubscribe from this group's emails: https://meetup.example.com/settings""",
        ("Meetup", "info@meetup.example.com"), d("2026-03-12 19:00"),
        struct="html", headers=list_headers("<chicago-data-engineers.meetup.example.com>",
                                           "https://meetup.example.com/settings")),
    # ---------------------------------------------------------------- friends and family
    Msg(K, "en", "", "friend_own_rejection",
        "ugh",
        """hey Alex,

so I heard back from Northbeam today... they rejected me after the final round. "We've decided to move forward with other candidates" - the usual. honestly kind of gutted, I thought the system design went well.

anyway, drinks on Friday? I need to vent, and I want to hear how your interviews are going.

Jamie""",
        ("Jamie Chen", "jamie.chen@mailbox.example.org"), d("2026-02-20 02:30"),
        contact="jamie.chen@mailbox.example.org", struct="plain"),
    Msg(K, "en", "", "friend_asks_how_interview_went",
        "how did it go??",
        """Hey!

How did the interview with Acme go yesterday? Did they say when you'd hear back? Fingers crossed for an offer!!

Also mom says call her this weekend.

Love,
Sofia""",
        ("Sofia Rivera", "sofia.rivera@mailbox.example.org"), d("2026-02-17 20:00"),
        contact="sofia.rivera@mailbox.example.org", struct="plain"),
    Msg(K, "en", "", "former_colleague_reference_request",
        "Reference for Jamie Chen",
        """Hi Alex,

Jamie Chen has applied for a Senior Engineer position with us and listed you as a reference from your time together at Cirrus. Would you have 15 minutes this week for a quick call, or alternatively could you answer a few questions by email?

Many thanks,
Paul Mercer
Talent Team, Northbeam""",
        ("Paul Mercer", "paul.mercer@northbeam.test"), d("2026-03-03 14:00"),
        contact="paul.mercer@northbeam.test", struct="qp"),
    Msg(K, "en", "", "current_job_interview_panel",
        "Can you join an interview panel on Thursday?",
        """Hi Alex,

We have a candidate for the Senior Analyst role coming in on Thursday at 2pm, and I'm one interviewer short. Would you be able to run the SQL exercise (45 min)? I'll send the scorecard and the candidate's CV beforehand.

Thanks!
Rob""",
        ("Rob Hughes", "rob.hughes@cirrus-corp.test"), d("2026-02-10 15:00"),
        contact="rob.hughes@cirrus-corp.test", struct="plain"),
    # ---------------------------------------------------------------- the user's own mail
    Msg(K, "en", "Northwind Analytics", "sent_reply_to_rejection",
        "Re: Data Engineer - next steps",
        """Hi Priya,

Thank you for letting me know, and for the kind words about the pipeline walkthrough. I'm of course disappointed, but I really enjoyed meeting the team.

I'd very much appreciate the feedback call you offered - would any time on Thursday work? And please do keep me in mind for future roles.

Best,
Alex""",
        USER, d("2026-02-11 15:00"), to=("Priya Nandakumar",
                                          "priya.nandakumar@northwind-analytics.test"),
        struct="plain",
        quotes=(Quote(("Priya Nandakumar", "priya.nandakumar@northwind-analytics.test"),
                      d("2026-02-10 19:40"),
                      """Hi Alex,

Unfortunately, we've decided to go with another candidate whose background in streaming systems is a closer fit for what the team needs right now.

Priya"""),)),
    Msg(K, "en", "Lattice Payments", "sent_missed_apology",
        "Re: Chat about the Backend Engineer role?",
        """Hi Ingrid,

I'm very sorry that I missed our interview this morning. It was entirely my mistake - I had the wrong time zone in my calendar - and I apologize for wasting your time.

I remain very interested in the role. Would any of these times work next week: Monday 10am, Tuesday 2pm or Wednesday 11am PT?

Best regards,
Alex Rivera""",
        USER, d("2026-08-21 18:30"), to=("Ingrid Solberg", "ingrid.solberg@latticepay.test"),
        struct="qp",
        quotes=(Quote(("Ingrid Solberg", "ingrid.solberg@latticepay.test"), d("2026-08-21 17:40"),
                      """I was on the Meet link at 10am PT today as planned, but didn't see you join.

Ingrid"""),)),
    Msg(K, "en", "Acme Robotics", "sent_cant_attend",
        "Interview on Friday - request to reschedule",
        """Hi Ben,

Unfortunately I won't be able to attend the interview on Friday at 11am due to a family matter. I apologize for the short notice.

I'm still very interested in the position and would be grateful if we could reschedule. I'm available Monday or Tuesday next week at any time between 9am and 3pm CT.

Thank you for your understanding,
Alex Rivera""",
        USER, d("2026-02-18 14:00"), to=("Ben Carter", "ben.carter@acmerobotics.test"),
        struct="plain"),
    Msg(K, "en", "Silverline Software", "sent_thank_you_note",
        "Thank you - Staff Engineer interview",
        """Hi Carla,

Thank you for taking the time to meet with me yesterday. I really enjoyed hearing about the team's plans for the storage layer, and our conversation about on-call culture left me even more excited about the role.

Please let me know if I can provide anything else.

Best regards,
Alex Rivera""",
        USER, d("2026-03-17 16:00"), to=("Carla Diaz", "carla.diaz@silverline.test"),
        struct="alt"),
    Msg(K, "en", "Granite Data", "sent_application_email",
        "Application: Analytics Engineer",
        """Dear Granite Data hiring team,

Please find attached my CV and cover letter for the Analytics Engineer position advertised on your website. I have five years of experience building data models in dbt and Snowflake, and I would love to bring that experience to Granite Data.

I look forward to hearing from you.

Kind regards,
Alex Rivera""",
        USER, d("2026-04-02 09:00"), to=("Granite Data Jobs", "jobs@granitedata.test"),
        struct="plain"),
    Msg(K, "en", "Cobalt Mobility", "sent_offer_acceptance",
        "Re: Your offer from Cobalt Mobility",
        """Hi Jess,

I'm delighted to accept the offer for the Senior Data Engineer position! I've signed the letter in DocuSign. May 4 works well as a start date.

Thank you for all your help throughout the process.

Best,
Alex""",
        USER, d("2026-04-21 15:00"), to=("Jess Moreno", "jess.moreno@cobaltmobility.test"),
        struct="plain",
        quotes=(Quote(("Jess Moreno", "jess.moreno@cobaltmobility.test"), d("2026-04-17 22:10"),
                      """As discussed, I'm delighted to formally offer you the position of Senior Data Engineer at Cobalt Mobility.

Jess"""),)),
    # ---------------------------------------------------------------- job threads with no trigger
    Msg(K, "en", "Tandem Bank", "recruiter_thanks_after_rejection_reply",
        "RE: RE: Risk Analyst interview feedback",
        """Dear Alex,

Thank you for your gracious reply - it is much appreciated. I'll certainly keep your details on file and will reach out if a suitable role comes up in the Risk team.

All the best,
Olivia""",
        ("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-02-25 09:15"),
        contact="olivia.grant@tandembank.test", struct="plain", footer=DISCLAIMER_EN,
        quotes=(
            Quote(("Alex Rivera", USER[1]), d("2026-02-24 13:00"),
                  """Dear Olivia,

Thank you for letting me know. While I'm disappointed, I appreciated the opportunity and would welcome being considered for future roles.

Kind regards,
Alex""", style="outlook", subject="RE: Risk Analyst interview feedback"),
            Quote(("Olivia Grant", "olivia.grant@tandembank.test"), d("2026-02-24 10:12"),
                  """Dear Alex,

I'm afraid that on this occasion we will not be taking your application further. The panel felt that other candidates had more direct experience with Basel III reporting.

Kind regards,
Olivia Grant""", style="outlook", subject="RE: Risk Analyst interview feedback"),
        )),
    Msg(K, "en", "Silverline Software", "recruiter_reply_to_thank_you",
        "Re: Thank you - Staff Engineer interview",
        """Hi Alex,

Carla forwarded your note - thank you, that was thoughtful. The panel is meeting on Monday to discuss all the candidates, and I'll be in touch with you after that.

Have a great weekend,
Tom""",
        ("Tom Lindqvist", "tom.lindqvist@silverline.test"), d("2026-03-20 21:00"),
        contact="tom.lindqvist@silverline.test", struct="qp",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-03-17 16:00"),
                      """Hi Carla,

Thank you for taking the time to meet with me yesterday. I really enjoyed hearing about the team's plans.

Best regards,
Alex Rivera"""),)),
    Msg(K, "en", "Meridian Health", "recruiter_requests_documents",
        "Documents needed for your background check",
        """Hi Alex,

To move forward with the background check, could you please upload the following documents to the secure portal by Wednesday:

1. A copy of your government-issued ID
2. Your degree certificate
3. Contact details for two professional references

Portal: https://meridian-onboarding.example.com/upload

Thanks,
Hannah Cole""",
        ("Hannah Cole", "hannah.cole@meridianhealth.test"), d("2026-04-27 14:00"),
        contact="hannah.cole@meridianhealth.test", struct="alt"),
    Msg(K, "en", "Sable Security", "candidate_experience_survey",
        "How was your interview experience with Sable Security?",
        """Hi Alex,

You recently interviewed with Sable Security. We'd love to hear how it went - whether you received an offer or not, your feedback helps us improve.

The survey takes 2 minutes and is anonymous: https://survey.example.com/s/sable-cx-2026

Thank you!
Sable Security Recruiting""",
        ("Sable Security via Greenhouse", GREENHOUSE), d("2026-06-12 15:00"),
        struct="html", headers=AUTO),
    Msg(K, "en", "Helio Grid", "workday_account_created",
        "Helio Grid: Your candidate account has been created",
        """Hello Alex Rivera,

Your candidate account with Helio Grid has been successfully created. You can use it to apply for jobs, track applications and update your profile.

Username: alex.rivera@example.net

If you did not create this account, please contact us.

Helio Grid Talent Acquisition""",
        ("Helio Grid Careers", workday("heliogrid")), d("2026-02-14 03:05"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "Quantum Harbor", "out_of_office_recruiter",
        "Automatic reply: Platform Engineer role - update",
        """Thank you for your email. I'm out of the office until Monday, March 16, with limited access to email.

For urgent recruiting matters, please contact talent@quantumharbor.test.

Best regards,
Marcus Webb""",
        ("Marcus Webb", "marcus.webb@quantumharbor.test"), d("2026-03-12 08:00"),
        struct="plain", headers={"Auto-Submitted": "auto-replied",
                                 "X-Auto-Response-Suppress": "All"}),
    Msg(K, "en", "", "delivery_failure_bounce",
        "Undeliverable: Application: Data Analyst",
        """Delivery has failed to these recipients or groups:

careers@oldcompany.test
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:
Subject: Application: Data Analyst
From: Alex Rivera <alex.rivera@example.net>""",
        ("Mail Delivery System", "mailer-daemon@example.net"), d("2026-01-28 10:00"),
        struct="plain", headers={"Auto-Submitted": "auto-replied"}),
    # ---------------------------------------------------------------- calendar noise
    Msg(K, "en", "", "standup_invite",
        "Invitation: Daily standup @ Weekly from 9:30am to 9:45am on weekdays (CST)",
        """You have been invited to the following event.

Daily standup
When: Weekly from 9:30am to 9:45am on weekdays (Central Time - Chicago)
Who:
* Rob Hughes - organizer
* Alex Rivera

Invitation from Google Calendar""",
        ("Rob Hughes", "rob.hughes@cirrus-corp.test"), d("2026-01-05 14:00"),
        contact="rob.hughes@cirrus-corp.test",
        ics=Ics(d("2026-01-06 15:30"), 15, "Daily standup",
                ("Rob Hughes", "rob.hughes@cirrus-corp.test"), location="Zoom")),
    Msg(K, "en", "", "calendar_reminder_1on1",
        "Reminder: 1:1 Alex / Rob @ Thu Feb 12, 2026 3pm - 3:30pm (CST)",
        """This is a reminder for the following event.

1:1 Alex / Rob
When: Thu Feb 12, 2026 3pm - 3:30pm (Central Time - Chicago)
Where: Room 4B

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.""",
        ("Google Calendar", "calendar-notification@calendar.example.com"), d("2026-02-12 20:50"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "", "team_offsite_moved",
        "Updated invitation: Team offsite planning (moved to Friday)",
        """This event has been changed.

Team offsite planning
When: Changed: Friday Mar 13, 2026 2pm - 3pm (CST)

Rob: moving this to Friday since half the team is out on Thursday.""",
        ("Rob Hughes", "rob.hughes@cirrus-corp.test"), d("2026-03-10 16:00"),
        contact="rob.hughes@cirrus-corp.test",
        ics=Ics(d("2026-03-13 20:00"), 60, "Team offsite planning",
                ("Rob Hughes", "rob.hughes@cirrus-corp.test"), sequence=1)),
    # ---------------------------------------------------------------- German
    Msg(K, "de", "", "stellenalarm_digest_de",
        "12 neue Jobs für „Data Engineer“ in Berlin",
        plain_digest("Ihre Jobsuche: Data Engineer in Berlin. Jetzt bewerben – viele "
                     "Unternehmen laden noch diese Woche zum Vorstellungsgespräch ein.",
                     [("Data Engineer (m/w/d) – Spreeblick Analytics GmbH",
                       "https://jobs.example.de/stelle/88120", "Berlin · Vollzeit · vor 2 Tagen"),
                      ("Senior Data Engineer – Hafenmeister Logistik",
                       "https://jobs.example.de/stelle/88141", "Hamburg/Remote · Neu"),
                      ("Dateningenieur – Lindenhof Versicherung",
                       "https://jobs.example.de/stelle/88177", "Berlin · Teilweise Homeoffice")],
                     "https://jobs.example.de/abmelden/551"),
        ("Jobportal Jobagent", "jobagent@jobs.example.de"), d("2026-02-03 06:00"),
        struct="alt", headers=list_headers("<jobagent.jobs.example.de>",
                                          "https://jobs.example.de/abmelden/551")),
    Msg(K, "de", "", "karriere_newsletter_absage",
        "Karriere-Tipps: So reagieren Sie richtig auf eine Absage",
        """Karriere-Newsletter | Ausgabe 9/2026

Leider gehört die Absage zu jeder Bewerbungsphase dazu. In unserem Leitartikel erklären Personalerinnen, wie Sie souverän auf eine Absage antworten und um Feedback bitten.

Außerdem:
- Vorstellungsgespräch verpasst? Was Sie jetzt tun sollten: https://karriere-magazin.example.de/verpasst
- Gehaltsverhandlung nach der Zusage: https://karriere-magazin.example.de/gehalt
- Die 10 häufigsten Fragen im Vorstellungsgespräch: https://karriere-magazin.example.de/fragen

Newsletter abbestellen: https://karriere-magazin.example.de/newsletter/abmelden""",
        ("Karriere-Magazin", "newsletter@karriere-magazin.example.de"), d("2026-04-11 07:00"),
        struct="latin1", headers=list_headers("<newsletter.karriere-magazin.example.de>",
                                             "https://karriere-magazin.example.de/newsletter/abmelden")),
    Msg(K, "de", "", "paket_verspaetet",
        "Ihre Sendung verzögert sich leider",
        """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094023456 aufgrund eines erhöhten Sendungsaufkommens.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 12.11.2026

Sendungsverfolgung: https://paket.example.de/track/00340434161094023456

Wir bitten um Ihr Verständnis.
Ihr Paketdienst""",
        ("Paketdienst", "noreply@paket.example.de"), d("2026-11-10 06:30"),
        struct="html", headers=AUTO),
    Msg(K, "de", "", "freund_absage_bekommen",
        "Absage von den Verkehrsbetrieben...",
        """Hey Alex,

kurzes Update: ich hab heute leider die Absage für die Stelle bei den Verkehrsbetrieben bekommen. Nach drei Runden! Die haben sich für jemanden mit mehr SAP-Erfahrung entschieden. Naja.

Wie läuft's bei Dir mit Nordlicht? Lass uns bald mal telefonieren.

Liebe Grüße
Lukas""",
        ("Lukas Meier", "lukas.meier@post.example.de"), d("2026-03-14 19:00"),
        contact="lukas.meier@post.example.de", struct="qp"),
    Msg(K, "de", "", "interview_fachzeitschrift",
        "Interviewanfrage für unser Magazin",
        """Hallo Herr Rivera,

ich bin Redakteurin bei der Fachzeitschrift „Daten & Praxis“ und plane einen Beitrag über moderne Datenplattformen im Mittelstand. Ihr Vortrag auf der DataConf hat mir sehr gefallen.

Hätten Sie Zeit für ein Interview von etwa 30 Minuten am Telefon? Das Gespräch würden wir in gekürzter Form abdrucken.

Viele Grüße
Petra Lang
Redaktion Daten & Praxis""",
        ("Petra Lang", "p.lang@datenundpraxis.example.de"), d("2026-05-06 10:00"),
        contact="p.lang@datenundpraxis.example.de", struct="latin1"),
    Msg(K, "de", "", "bank_kontoauszug",
        "Ihr neuer Kontoauszug ist da",
        """Sehr geehrter Herr Rivera,

in Ihrem Online-Banking steht ein neuer Kontoauszug für Ihr Girokonto bereit.

Aus Sicherheitsgründen enthalten unsere E-Mails keine Links. Bitte melden Sie sich wie gewohnt in der App oder im Online-Banking an.

Mit freundlichen Grüßen
Ihre Sparkasse Musterstadt""",
        ("Sparkasse Musterstadt", "info@sparkasse-musterstadt.example.de"), d("2026-03-01 05:00"),
        struct="b64", headers=AUTO),
    Msg(K, "de", "Nordlicht Software", "gesendet_absage_termin",
        "Gespräch am Dienstag",
        """Hallo Julia,

leider kann ich den Termin am Dienstag um 14 Uhr nicht wahrnehmen, da ich kurzfristig einen Arzttermin habe. Es tut mir leid, dass ich so spät absage.

Ich bin weiterhin sehr an der Stelle interessiert. Würde Dir Mittwoch oder Donnerstag Vormittag passen?

Viele Grüße
Alex""",
        USER, d("2026-03-01 18:00"), to=("Julia Hartmann", "julia.hartmann@nordlicht-software.test"),
        struct="qp"),
    Msg(K, "de", "", "gps_position_fahrrad",
        "Standort Ihres Fahrrads",
        """Hallo Alex,

Ihr Tracker hat eine neue GPS-Position gemeldet:

Position: 52.5200° N, 13.4050° E
Zeit: 14.06.2026, 21:14 Uhr
Genauigkeit: 8 m

Karte öffnen: https://tracker.example.de/karte

Diese Benachrichtigung wurde automatisch versendet.""",
        ("BikeTrack", "alarm@tracker.example.de"), d("2026-06-14 19:15"),
        struct="plain", headers=AUTO),
    Msg(K, "de", "Rheinwerk Digital", "recruiter_danke_nach_gespraech",
        "Re: Danke für das Gespräch",
        """Hallo Herr Rivera,

vielen Dank für Ihre nette Nachricht! Auch wir haben uns über das Gespräch sehr gefreut. Wir sprechen diese Woche noch mit zwei weiteren Kandidaten und melden uns danach bei Ihnen.

Beste Grüße
Tobias Brandt""",
        ("Tobias Brandt", "tobias.brandt@rheinwerk-digital.test"), d("2026-06-15 10:30"),
        contact="tobias.brandt@rheinwerk-digital.test", struct="alt",
        quotes=(Quote(("Alex Rivera", USER[1]), d("2026-06-12 14:00"),
                      """Hallo Herr Brandt,

vielen Dank für das angenehme Gespräch heute. Ich habe einen sehr guten Eindruck von Ihrem Team gewonnen.

Viele Grüße
Alex Rivera""", style="de"),)),
    # ---------------------------------------------------------------- French
    Msg(K, "fr", "", "alerte_emploi_fr",
        "Nouvelles offres : Data Engineer à Paris",
        plain_digest("Votre alerte emploi : Data Engineer, Paris. Postulez vite, les "
                     "entretiens commencent cette semaine !",
                     [("Data Engineer H/F – Saint-Germain Analytique",
                       "https://emplois.example.fr/offre/55120", "Paris 9e · CDI · il y a 1 jour"),
                      ("Ingénieur Data Senior – Mistral Logistique",
                       "https://emplois.example.fr/offre/55177", "Paris · Télétravail partiel"),
                      ("Analytics Engineer – Bastille Santé",
                       "https://emplois.example.fr/offre/55190", "Paris 11e · Nouvelle offre")],
                     "https://emplois.example.fr/alertes/desabonner/81"),
        ("Emplois.fr Alertes", "alertes@emplois.example.fr"), d("2026-02-18 06:00"),
        struct="alt", headers=list_headers("<alertes.emplois.example.fr>",
                                          "https://emplois.example.fr/alertes/desabonner/81")),
    Msg(K, "fr", "", "newsletter_conseils_refus",
        "Conseils carrière : rebondir après un refus",
        """La Lettre Carrière - n° 37

Malheureusement, un refus après un entretien n'est jamais agréable. Nos experts vous expliquent comment répondre avec élégance et demander un retour constructif.

À lire aussi :
- Entretien manqué : comment s'excuser et rebondir : https://lettre-carriere.example.fr/entretien-manque
- Offre d'emploi : comment négocier votre salaire : https://lettre-carriere.example.fr/negocier

Se désinscrire : https://lettre-carriere.example.fr/desinscription""",
        ("La Lettre Carrière", "newsletter@lettre-carriere.example.fr"), d("2026-03-21 08:00"),
        struct="cp1252", headers=list_headers("<lettre.lettre-carriere.example.fr>",
                                             "https://lettre-carriere.example.fr/desinscription")),
    Msg(K, "fr", "", "colis_retarde",
        "Votre colis a malheureusement du retard",
        """Bonjour,

Malheureusement, la livraison de votre colis n° 6A12345678901 a pris du retard en raison d'un incident sur notre plateforme logistique.

Nouvelle date de livraison estimée : mercredi 8 avril.

Suivre mon colis : https://colis.example.fr/suivi/6A12345678901

Nous vous prions de nous excuser pour la gêne occasionnée.""",
        ("Service Colis", "ne-pas-repondre@colis.example.fr"), d("2026-04-06 07:00"),
        struct="html", headers=AUTO),
    Msg(K, "fr", "", "entretien_podcast_fr",
        "Proposition d'entretien pour notre podcast",
        """Bonjour Alex,

J'anime le podcast « Les Bâtisseurs de Données » et j'aimerais beaucoup vous recevoir pour un entretien d'une quarantaine de minutes sur votre parcours et votre article sur l'observabilité des pipelines.

Seriez-vous disponible un après-midi dans les prochaines semaines ? L'enregistrement se fait à distance.

Belle journée,
Antoine Roux""",
        ("Antoine Roux", "antoine@batisseurs-donnees.example.fr"), d("2026-05-19 13:00"),
        contact="antoine@batisseurs-donnees.example.fr", struct="qp"),
    Msg(K, "fr", "", "amie_refus",
        "Pas de bonne nouvelle...",
        """Coucou Alex,

Bon, j'ai eu la réponse de l'agence : c'est un refus. Ils ont trouvé mon profil « trop junior ». Je suis un peu déçue mais bon, je continue à chercher.

Et toi, ton entretien chez Cap Horizon s'est bien passé ? On se fait un déj la semaine prochaine ?

Bises,
Claire""",
        ("Claire Dubois", "claire.dubois@courriel.example.fr"), d("2026-05-08 18:00"),
        contact="claire.dubois@courriel.example.fr", struct="latin1"),
    Msg(K, "fr", "", "etude_utilisateur_fr",
        "Participez à un entretien utilisateur (bon d'achat de 40 €)",
        """Bonjour Alex,

Vous utilisez notre application de budget depuis plus de six mois : votre avis nous intéresse ! Nous organisons des entretiens utilisateurs de 30 minutes en visio avec notre équipe produit.

Pour vous remercier, vous recevrez un bon d'achat de 40 €.

Réservez votre créneau : https://rdv.example.fr/etude-budget

L'équipe Produit""",
        ("Budgetto", "produit@budgetto.example.fr"), d("2026-06-02 09:00"),
        struct="alt", headers={"List-Unsubscribe": "<https://budgetto.example.fr/desinscription>"}),
    Msg(K, "fr", "Lumière Conseil", "envoye_remerciement",
        "Merci pour l'entretien",
        """Bonjour Julien,

Je tenais à vous remercier pour notre entretien de ce matin. J'ai beaucoup apprécié nos échanges sur les projets de l'équipe Data, et ce poste me motive encore davantage.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Alex Rivera""",
        USER, d("2026-02-02 13:00"), to=("Julien Morel", "julien.morel@lumiere-conseil.test"),
        struct="qp"),
    Msg(K, "fr", "", "banque_credit_refuse",
        "Votre demande de crédit",
        """Madame, Monsieur,

Nous avons bien étudié votre demande de prêt personnel. Nous sommes malheureusement au regret de ne pas pouvoir y donner une suite favorable.

Votre conseiller reste à votre disposition pour étudier d'autres solutions.

Banque Horizon - Service Crédit""",
        ("Banque Horizon", "service-credit@banque-horizon.example.fr"), d("2026-04-15 09:00"),
        struct="latin1", headers=AUTO),
    # ---------------------------------------------------------------- Spanish
    Msg(K, "es", "", "alerta_empleo_es",
        "Nuevas ofertas de empleo para ti: Ingeniero de Datos en Madrid",
        plain_digest("Tu alerta: Ingeniero de Datos en Madrid. ¡Inscríbete antes de que "
                     "empiecen las entrevistas!",
                     [("Ingeniero/a de Datos – Castellana Digital",
                       "https://empleo.example.es/oferta/77120", "Madrid · Indefinido · Hace 3 h"),
                      ("Data Engineer Senior – Retiro Analytics",
                       "https://empleo.example.es/oferta/77133", "Remoto · 45.000-55.000 €"),
                      ("Arquitecto/a de Datos – Seguros Cibeles",
                       "https://empleo.example.es/oferta/77140", "Madrid · Híbrido")],
                     "https://empleo.example.es/alertas/baja/12"),
        ("Empleo.es", "alertas@empleo.example.es"), d("2026-03-03 07:00"),
        struct="alt", headers=list_headers("<alertas.empleo.example.es>",
                                          "https://empleo.example.es/alertas/baja/12")),
    Msg(K, "es", "", "paquete_retrasado",
        "Lamentablemente tu pedido llegará con retraso",
        """Hola Alex,

Lamentablemente tu pedido n.º 408-1122334 se ha retrasado por una incidencia en el transporte.

Nueva fecha estimada de entrega: lunes 18 de mayo.

Consulta el estado de tu envío: https://tienda.example.es/pedidos/408-1122334

Disculpa las molestias.
El equipo de Tienda""",
        ("Tienda Online", "envios@tienda.example.es"), d("2026-05-14 08:00"),
        struct="html", headers=AUTO),
    Msg(K, "es", "", "amigo_rechazo",
        "me han dicho que no",
        """Hola Alex!

Te cuento: al final me han rechazado en la entrevista de la operadora, dicen que buscan a alguien con más experiencia en la nube. Un palo, la verdad.

¿Tú qué tal con lo de Grupo Mirador? ¡Cuéntame!

Un abrazo,
Diego""",
        ("Diego Navarro", "diego.navarro@correo.example.es"), d("2026-03-10 21:00"),
        contact="diego.navarro@correo.example.es", struct="plain"),
    Msg(K, "es", "", "entrevista_prensa_es",
        "Solicitud de entrevista - reportaje sobre empleo tecnológico",
        """Hola Alex:

Soy periodista en Diario Levante Digital y estoy preparando un reportaje sobre cómo buscan trabajo los profesionales tecnológicos en 2026. ¿Te importaría concederme una entrevista breve por teléfono esta semana?

Gracias de antemano,
Elena Castro
Redacción de Economía""",
        ("Elena Castro", "elena.castro@levante-digital.example.es"), d("2026-04-27 11:00"),
        contact="elena.castro@levante-digital.example.es", struct="qp"),
    Msg(K, "es", "", "newsletter_consejos_es",
        "Consejos de empleo: qué hacer si no te llaman tras la entrevista",
        """Boletín Empleo+ | Semana 16

Lamentablemente, muchas empresas no responden después de una entrevista. Te contamos cómo hacer un seguimiento educado, cómo responder a un rechazo y cómo negociar una oferta.

- Cómo responder a un correo de rechazo: https://empleomas.example.es/rechazo
- Llegué tarde a la entrevista, ¿y ahora?: https://empleomas.example.es/tarde
- Plantillas de agradecimiento: https://empleomas.example.es/plantillas

Darse de baja: https://empleomas.example.es/baja""",
        ("Empleo+", "boletin@empleomas.example.es"), d("2026-04-18 07:30"),
        struct="latin1", headers=list_headers("<boletin.empleomas.example.es>",
                                             "https://empleomas.example.es/baja")),
    Msg(K, "es", "Grupo Mirador", "enviado_aceptacion_entrevista",
        "Re: Entrevista para el puesto de Desarrollador Backend",
        """Hola Lucía,

¡Muchas gracias por la invitación! El jueves 5 de marzo a las 16:00 me viene perfecto.

Un saludo,
Alex""",
        USER, d("2026-02-26 14:00"), to=("Lucía Fernández", "lucia.fernandez@grupomirador.test"),
        struct="plain",
        quotes=(Quote(("Lucía Fernández", "lucia.fernandez@grupomirador.test"),
                      d("2026-02-26 12:00"),
                      """¿Te vendría bien el jueves 5 de marzo a las 16:00 (hora de Madrid)? Será por videollamada.

Lucía""", style="es"),)),
    Msg(K, "es", "", "cita_medica_cambiada",
        "Cambio en su cita médica",
        """Estimado/a paciente:

Le informamos de que su cita con la Dra. Morales prevista para el 22 de junio a las 10:15 ha sido modificada. Nueva fecha: 24 de junio a las 12:30.

Si no puede acudir, por favor cancele la cita a través de nuestra web.

Clínica Salud Norte""",
        ("Clínica Salud Norte", "citas@saludnorte.example.es"), d("2026-06-15 09:00"),
        struct="cp1252", headers=AUTO),
    Msg(K, "es", "Soluciones Altamar", "recruiter_gracias_tras_rechazo",
        "RE: Proceso de selección - Analista de Datos",
        """Hola Alex:

Muchas gracias a ti por tu amable respuesta. Te tendremos en cuenta para futuros procesos, sin duda.

Un saludo,
Marta Ruiz
Departamento de Recursos Humanos""",
        ("Marta Ruiz", "marta.ruiz@altamar-soluciones.test"), d("2026-02-21 09:30"),
        contact="marta.ruiz@altamar-soluciones.test", struct="latin1",
        quotes=(
            Quote(("Alex Rivera", USER[1]), d("2026-02-20 18:00"),
                  """Estimada Marta:

Gracias por comunicármelo. Aunque me apena, agradezco la oportunidad y me encantaría que me tuvieran en cuenta en el futuro.

Un saludo,
Alex""", style="es"),
            Quote(("RRHH Soluciones Altamar", "rrhh@altamar-soluciones.test"),
                  d("2026-02-19 11:45"),
                  """Lamentablemente, le comunicamos que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso.""",
                  style="es"),
        )),
]
