"""English mail of kind `other` in Luc's inbox: alerts, newsletters, other meanings of the words."""

from __future__ import annotations

from msgs70_build import Ics, M, Quote

K = "other"

LIST = {"List-Unsubscribe": "<https://lists.example.net/u/77aa1>, <mailto:unsubscribe@lists.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
    M(K, "linkedin_alert_aml", "en", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "30+ new jobs for \"AML Analyst\" in Luxembourg", "2026-01-19 07:05",
      """Your job alert for AML Analyst in Luxembourg

AML / KYC Analyst - Kestrel Depositary Services - Luxembourg (Hybrid)
Actively recruiting - 3 connections work here
https://www.linkedin.com/comm/jobs/view/4101928311

Senior Financial Crime Analyst - Nordhafen Bank - Luxembourg
Be an early applicant
https://www.linkedin.com/comm/jobs/view/4101877102

Transaction Monitoring Officer - Brightwell Payments - Leudelange
Promoted - Easy Apply
https://www.linkedin.com/comm/jobs/view/4101333548

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=AML+Analyst

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", shape="html", headers=LIST),

    M(K, "indeed_digest_regrep", "en", "", "",
      "Indeed <alert@indeed.com>",
      "Regulatory Reporting Analyst jobs in Luxembourg - 14 new", "2026-03-16 06:40",
      """14 new jobs match your search: regulatory reporting analyst, Luxembourg

Regulatory Reporting Specialist (CSSF / ECB)
Banque Hollerich - Luxembourg
€65,000 - €80,000 a year - Easily apply
https://lu.indeed.com/rc/clk?jk=8a71c2

COREP/FINREP Analyst
Mosel Rück - Senningerberg
Responsive employer
https://lu.indeed.com/rc/clk?jk=93bd01

Regulatory Reporting Officer - 12 month fixed term
Interim agency listing - Strassen
https://lu.indeed.com/rc/clk?jk=11fe4a

Manage alerts | Unsubscribe | Indeed, 6433 Champion Grandview Way, Austin, TX
""", shape="html", headers=LIST),

    M(K, "newsletter_rejection_advice", "en", "", "",
      "The Compliance Careers Brief <brief@compliancecareers.example.org>",
      "Rejected after the final round? Read this before you reply", "2026-02-17 08:00",
      """THE COMPLIANCE CAREERS BRIEF - Issue 112

This week: getting rejected after a final-round interview stings. We asked five hiring managers what they actually want to read when a candidate replies to "we've decided to move forward with other candidates". Short version: thank them, ask for one concrete piece of feedback, and keep the door open.

Also inside:
- Missed an interview? How to apologise without grovelling
- Why your application received email says "we cannot respond to every applicant"
- 12 AML roles open in Luxembourg and Dublin this month

Read online: https://compliancecareers.example.org/brief/112

You're receiving this because you subscribed at compliancecareers.example.org. Unsubscribe: https://compliancecareers.example.org/unsub
""", shape="alt", headers={**LIST, "List-Id": "Compliance Careers Brief <brief.compliancecareers.example.org>"}),

    M(K, "inmail_castlegate", "en", "", "ollie@castlegatepartners.example.com",
      "Ollie Pearce <ollie@castlegatepartners.example.com>",
      "Following up", "2026-01-08 09:12",
      """Hi Luc,

Happy new year! Hope you had a good break!!

I came across your profile on LinkedIn - really interesting background in fund accounting and compliance. I specialise in AML/KYC and regulatory roles across Luxembourg and Dublin and I'm seeing loads of demand in 2026.

Nothing specific right now but would be great to have your latest CV on file so I can flag the right roles to you as they come in. Feel free to send it over whenever!

Cheers,
Ollie

Ollie Pearce
Senior Consultant - Financial Services
Castlegate Partners | Luxembourg - London
M: +352 621 555 870
"""),

    M(K, "podcast_interview", "en", "", "hello@fundopsunfiltered.example.com",
      "Dana Whitfield <hello@fundopsunfiltered.example.com>",
      "Podcast interview request - Fund Ops Unfiltered", "2026-05-21 14:10",
      """Hi Luc,

I host Fund Ops Unfiltered, a small podcast about the unglamorous side of fund administration. A listener pointed me to your post on the new CSSF AML questionnaire and I'd love to interview you for an episode.

We record remotely, about 40 minutes, and you'd get to approve the edit. Would you be interested? No pressure at all.

Thanks,
Dana Whitfield
Host, Fund Ops Unfiltered
"""),

    M(K, "user_research_bankapp", "en", "", "",
      "Kaleido Bank Research <research-noreply@kaleidobank.example.com>",
      "Share your thoughts in a 30-min interview (EUR 50 voucher)", "2026-04-24 12:00",
      """Hi Luc,

We're redesigning the savings area of the Kaleido Bank app and we'd love to hear from customers like you.

Book a 30-minute video interview with one of our user researchers and receive a EUR 50 voucher as a thank-you. No preparation needed - we just want to watch how you use the app.

Pick a time: https://research.kaleidobank.example.com/book/savings-2026

Kaleido Bank UX Research
You received this because you agreed to be contacted for research. Opt out in Settings > Privacy.
""", shape="html", headers=LIST),

    M(K, "friend_rejected", "en", "", "tom.reilly84@example.com",
      "Tom Reilly <tom.reilly84@example.com>",
      "ugh", "2026-03-27 22:31",
      """Mate,

Got the email from the Big Four place this afternoon - after FOUR rounds and a case study they've "decided to pursue other candidates whose experience more closely aligns". Absolutely gutted. Two months of my life.

Pints on Friday? I need to moan at someone who gets it. How are your applications going?

Tom
"""),

    M(K, "order_delayed", "en", "", "",
      "Northwind Home <orders@northwindhome.example.com>",
      "Unfortunately your order is delayed", "2026-06-12 10:45",
      """Hi Luc,

Unfortunately your order #NW-448120 (standing desk, oak) is delayed. Our carrier has informed us of a backlog at the Bettembourg hub and your new estimated delivery date is 19-22 June.

We're sorry for the inconvenience. You can track your parcel here: https://northwindhome.example.com/track/NW-448120

Northwind Home Customer Care
""", shape="alt"),

    M(K, "credit_card_application", "en", "", "",
      "Crest Bank Luxembourg <no-reply@crestbank.example.lu>",
      "We've received your credit card application", "2026-02-03 19:20",
      """Dear Mr Hoffmann-Nakamura,

Thank you for applying for a Crest Visa Platinum credit card. Your application reference is CC-2026-019934.

We will review your application within 5 business days. If we need any further documents, such as a recent payslip or proof of address, we will contact you through your online banking inbox.

Crest Bank Luxembourg
This email was sent automatically. Please do not reply.
"""),

    M(K, "ooo_recruiter_carrington", "en", "Carrington Webb", "emma.schmit@carringtonwebb.example.lu",
      "Emma Schmit <emma.schmit@carringtonwebb.example.lu>",
      "Automatic reply: Referees - Luc Hoffmann-Nakamura", "2026-03-11 08:03",
      """Thank you for your email. I am out of the office until Monday 16 March with limited access to email. For urgent matters please contact talent.lux@carringtonwebb.example.lu.

Kind regards,
Emma Schmit
Carrington Webb Luxembourg
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    M(K, "own_sent_thank_you", "en", "Gresham Lane Advisory", "",
      "Luc Hoffmann-Nakamura <luc.hn@example.lu>",
      "Re: Today's interview", "2026-04-28 17:02",
      """Dear Tara,

I am very sorry - I was stuck on a CFL train between Thionville and Bettembourg with no signal and could not join at 14:30. I should have warned you as soon as I knew I'd be late.

I remain very interested in the role and would be grateful for another slot if the team can accommodate it.

Kind regards,
Luc Hoffmann-Nakamura
+352 691 555 204
""", to="Tara O'Keefe <t.okeefe@greshamlane.example.com>",
      quote=Quote("gmail", "Tara O'Keefe <t.okeefe@greshamlane.example.com>", "Tue, 28 Apr 2026 at 15:20",
                  "Dear Luc,\n\nYou did not join the Teams meeting at 14:30 today for your interview with our Risk & Regulatory team.\n\nRegards,\nTara O'Keefe\nGresham Lane Advisory")),

    M(K, "standup_invite", "en", "", "j.meyer@fundserv-current.example.lu",
      "Julia Meyer <j.meyer@fundserv-current.example.lu>",
      "Invitation: Fund Accounting daily standup @ Weekdays 09:15 - 09:30", "2026-01-05 08:30",
      """Julia Meyer has invited you to a recurring meeting.

Fund Accounting daily standup
Weekdays 09:15 - 09:30 (CET)
Teams: join link in the calendar item

Agenda: NAV breaks, overnight TA items, blockers.
""", ics=Ics("Fund Accounting daily standup", "2026-01-06 09:15", 15,
              organizer="Julia Meyer <j.meyer@fundserv-current.example.lu>", location="Microsoft Teams",
              rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")),

    M(K, "luxair_booking", "en", "", "",
      "Luxair <noreply@luxair.example.lu>",
      "Your booking confirmation LG4597 - Luxembourg to Dublin", "2026-02-06 21:14",
      """Booking reference: 7KQ2XA

Passenger: Mr Luc Hoffmann-Nakamura
Outbound: LG 4597, Luxembourg (LUX) 07:05 - Dublin (DUB) 08:05, Wed 11 Feb 2026
Return: LG 4598, Dublin (DUB) 19:10 - Luxembourg (LUX) 22:00, Wed 11 Feb 2026

Check-in opens 30 hours before departure. Manage your booking at luxair.example.lu.

Luxair - Luxembourg Airlines
""", shape="html"),

    M(K, "streaming_plan_change", "en", "", "",
      "Streamly <info@account.streamly.example.com>",
      "An update to your Streamly plan", "2026-07-01 03:12",
      """Hi Luc,

We're writing to let you know that the price of your Standard plan will change from EUR 13.99 to EUR 14.99 per month, starting with your billing date on or after 1 August 2026.

If you'd like to change your plan, visit your Account page.

The Streamly team
""", shape="html", headers=LIST),

    M(K, "alumni_mentoring", "en", "", "",
      "Alumni Relations - Grande Région School of Finance <alumni@grsf.example.org>",
      "Alumni news: mentoring circles & interview prep evening", "2026-09-02 12:30",
      """Dear alumni,

Our autumn mentoring circles start on 1 October. This year's themes: moving from operations into risk, preparing for panel interviews, and negotiating your first offer.

Join us on 24 September at the Kirchberg campus for an interview preparation evening with recruiters from three Luxembourg banks. Drinks provided.

Register: https://alumni.grsf.example.org/events/2026-interview-prep

To stop receiving alumni news, update your preferences.
""", shape="alt", headers={**LIST, "List-Id": "GRSF alumni news <news.alumni.grsf.example.org>"}),

    M(K, "car_position_app", "en", "", "",
      "MyCar Connect <notifications@mycarconnect.example.com>",
      "Your vehicle's position has been updated", "2026-05-02 23:50",
      """Your vehicle (LU-AB 1234) has been parked.

Last known position: Rue de Strasbourg, Luxembourg-Gare
Recorded at 23:48. Fuel level 22%.

Open the app to see the position on the map or to share it with another driver.
"""),

    M(K, "press_interview_crossborder", "en", "", "s.kowalski@luxweekly.example.lu",
      "Sara Kowalski <s.kowalski@luxweekly.example.lu>",
      "Interview for our cross-border workers feature?", "2026-08-10 11:05",
      """Hello Luc,

I'm a reporter at Lux Weekly. We're preparing a feature on cross-border workers and the new telework thresholds, and a colleague mentioned you commute from Thionville and have strong views on it.

Would you be available for a short interview (by phone, 20 minutes) this week or next? We can quote you by first name only if you prefer.

Best,
Sara Kowalski
Reporter, Lux Weekly
+352 26 555 190
"""),

    M(K, "candidate_survey_ledgerly", "en", "Ledgerly", "",
      "Ledgerly Hiring Team <no-reply@us.greenhouse-mail.io>",
      "How was your interview experience with Ledgerly?", "2026-05-13 10:00",
      """Hi Luc,

Thanks for recently interviewing with Ledgerly. We're always trying to improve our hiring process and would appreciate your honest feedback - it takes less than 2 minutes and is completely anonymous.

Take the survey: https://survey.greenhouse.example.io/ledgerly/8841

Thanks,
The Ledgerly Recruiting Team
""", shape="html"),
]
