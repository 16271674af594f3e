"""English 'other' mail for the 84th corpus: job-adjacent noise and ordinary life admin (data only)."""

_UNSUB = {"List-Unsubscribe": "<https://example.com/unsubscribe?u=fergus>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

MESSAGES = [
    {"kind": "other", "slug": "linkedin_job_alert", "lang": "en",
         "frm": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
         "subj": "\"finance business partner\": 24 new jobs in London",
         "fmt": "html", "hdrs": dict(_UNSUB, **{"List-Id": "<jobalerts.linkedin.example.com>"}), "contact": "",
         "body": """Your job alert for finance business partner in London, England, United Kingdom

Finance Business Partner - Harrowgate Building Society - London (Hybrid) - Easy Apply
Senior Finance Business Partner - Quillon - London - Actively recruiting
Commercial Finance Business Partner - Fettle - London - Be an early applicant
FP&A Business Partner - Northwind Pay - London - 3 connections work here

See all jobs: https://linkedin.example.com/jobs/search?alert=8812

You are receiving Job Alert emails. Unsubscribe | Help
"""},
    {"kind": "other", "slug": "indeed_digest_interview_words", "lang": "en",
         "frm": "Indeed <alert@indeed.example.com>",
         "subj": "Treasury Analyst jobs in Edinburgh - interview this week!",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """New jobs for treasury analyst in Edinburgh

Treasury Analyst - Kelpie Analytics - Edinburgh - £45,000 - £52,000 a year - Urgently hiring - Interviewing candidates this week
Cash Management Analyst - Tayside Water - Dundee - Hiring multiple candidates
Treasury Operations Associate - Albion Mutual - Edinburgh - Responsive employer

Unfortunately, some jobs in your last alert have expired.

Manage alerts - Unsubscribe
Indeed Ltd, Blackfriars, London
"""},
    {"kind": "other", "slug": "efinancial_careers_digest", "lang": "en",
         "frm": "eFinancialCareers <newsletters@efinancialcareers.example.com>",
         "subj": "Why you didn't get the job: 7 reasons banks reject FP&A candidates",
         "fmt": "html", "hdrs": dict(_UNSUB, **{"List-Id": "Weekly Careers Digest <digest.efc.example.com>"}), "contact": "",
         "body": """THIS WEEK ON eFINANCIALCAREERS

Why you didn't get the job: 7 reasons banks reject FP&A candidates
"We regret to inform you..." - we asked hiring managers what really happens after the final interview and why strong candidates get rejected.

Missed your interview slot? How to recover gracefully
A no-show doesn't have to be the end. Here's what to write to the recruiter.

Salary survey 2026: treasury pay up 6%

Read more | Manage your preferences | Unsubscribe
"""},
    {"kind": "other", "slug": "reed_newsletter_offer_tips", "lang": "en",
         "frm": "Reed.co.uk <news@reed.example.co.uk>",
         "subj": "Got an offer? Here's how to negotiate",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """Hi Fergus,

Congratulations might be in order! If you've been offered a new role recently, this week's guide shows you how to negotiate salary, benefits and start dates without losing the offer.

Also inside: how to prepare for a competency-based interview (STAR method), and the 10 most common assessment centre exercises.

Happy job hunting,
The Reed team
You're receiving this because you subscribed to Reed career tips. Unsubscribe.
"""},
    {"kind": "other", "slug": "cold_outreach_headhunter", "lang": "en",
         "frm": "Oliver Strand <oliver.strand@lindqvist-search.example.com>",
         "subj": "Finance transformation - confidential",
         "body": """Hi Fergus,

I lead the finance practice at Lindqvist Search. I came across your profile and your work on the S/4 migration looks very relevant to a few conversations I'm having with FTSE 250 clients about Finance Transformation Director roles (£110-130k).

Nothing specific to put in front of you today, but I'd like to stay in touch. Feel free to connect on LinkedIn or send me an up-to-date CV whenever suits.

Best,
Oliver Strand
Partner, Lindqvist Search
"""},
    {"kind": "other", "slug": "inmail_style_agency", "lang": "en",
         "frm": "Chloe Barnes via LinkedIn <inmail-hit-reply@linkedin.example.com>",
         "subj": "Fergus, exciting Big Four opportunity?",
         "fmt": "html", "contact": "",
         "body": """Chloe Barnes
Senior Recruiter at Peakstone Partners

Hi Fergus! Hope you're well! I'm currently partnering with a Top 10 accountancy firm who are growing their internal audit team in Manchester!! Amazing culture, hybrid working and clear path to Director!

Would you be open to hearing more? If not, do you know anyone who might be?

Reply | Not interested
This is an InMail from a LinkedIn member. LinkedIn Corporation, Sunnyvale.
"""},
    {"kind": "other", "slug": "podcast_interview_request", "lang": "en",
         "frm": "Maya Cheng <maya@numbersnotnoise.example.fm>",
         "subj": "Interview for Numbers Not Noise podcast?",
         "body": """Hi Fergus,

I host Numbers Not Noise, a small podcast for finance people moving into strategy roles. I loved your LinkedIn post on rolling forecasts in housing associations and wondered if you'd be up for a 40-minute interview for an upcoming episode.

We record remotely - would any afternoon in the week of 14 September work?

Thanks!
Maya Cheng
Host, Numbers Not Noise
"""},
    {"kind": "other", "slug": "radio_interview_local", "lang": "en",
         "frm": "Gareth Lloyd <gareth.lloyd@radio-caledonia.example.co.uk>",
         "subj": "Radio Caledonia - cost of living segment",
         "body": """Hi Fergus,

Thanks for replying on the community forum. We're putting together a segment on household budgeting for Thursday's Drivetime show and would love to do a short live interview with you (about 5 minutes, by phone) at around 5.20pm.

Can you let me know if that's doable and a good number to call?

Gareth Lloyd
Producer, Radio Caledonia
"""},
    {"kind": "other", "slug": "user_research_interview", "lang": "en",
         "frm": "Pennybank Research <research@pennybank.example.com>",
         "subj": "Take part in a 45-min research interview (£40 voucher)",
         "fmt": "html", "contact": "",
         "body": """Hi Fergus,

We're talking to customers about how they use Pots and budgeting features. Would you be up for a 45-minute user research interview over video? You'll get a £40 voucher as a thank you.

Pick a time: https://research.pennybank.example.com/book

The Pennybank Research team
You're receiving this because you opted into research. Opt out any time.
"""},
    {"kind": "other", "slug": "survey_about_recruitment", "lang": "en",
         "frm": "Candidate Experience <survey@candidate-pulse.example.com>",
         "subj": "How was your interview with Harlow Street?",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """Hi Fergus,

You recently interviewed with Harlow Street Asset Management. We'd love to hear about your candidate experience - the survey takes 2 minutes and your answers are anonymous.

Start survey: https://candidate-pulse.example.com/s/hsam-4412

Thank you!
"""},
    {"kind": "other", "slug": "friend_own_rejection", "lang": "en",
         "frm": "Tunde Bakare <tunde.bakare@example.net>",
         "subj": "pint?",
         "body": """Mate, fancy a pint Friday? Got the rejection from Deloitte-ish place today ("we've decided to move forward with candidates whose experience more closely matches") after FOUR rounds. Gutted. Need to moan at someone who gets it lol

How's your search going? Any joy with the water company?

T
"""},
    {"kind": "other", "slug": "amazon_delayed", "lang": "en",
         "frm": "Amazon.co.uk <shipment-tracking@amazon.example.co.uk>",
         "subj": "Unfortunately, your order is delayed",
         "fmt": "html", "contact": "",
         "body": """Hello Fergus,

Unfortunately, your package is running late. We're sorry for the inconvenience.

Order #204-5511820-1193344
Casio FX-83GT calculator
New estimated delivery: Thursday 16 April

Track package: https://amazon.example.co.uk/track

We hope to see you again soon.
"""},
    {"kind": "other", "slug": "evri_position_update", "lang": "en",
         "frm": "Evri <noreply@evri.example.com>",
         "subj": "Your parcel's position has changed",
         "fmt": "html", "contact": "",
         "body": """Your parcel is on its way

Your courier is nearby. Current position: 3 stops away.

Estimated delivery window: 14:15 - 15:15 today.
Tracking number: H01HYA0012345678

Can't be in? Choose a safe place or a ParcelShop.
"""},
    {"kind": "other", "slug": "find_my_location", "lang": "en",
         "frm": "Strava <no-reply@strava.example.com>",
         "subj": "Beacon: Fergus's live position shared",
         "fmt": "html", "contact": "",
         "body": """Your Beacon is active

Your safety contacts can now see your real-time position during your activity "Arthur's Seat morning run".

Last known position: 55.9442 N, 3.1618 W (Holyrood Park)
"""},
    {"kind": "other", "slug": "loan_application_received", "lang": "en",
         "frm": "Northgate Bank <applications@northgate-bank.example.co.uk>",
         "subj": "We've received your credit card application",
         "fmt": "html", "contact": "",
         "body": """Dear Mr Adeyemi-Walsh,

Thank you for applying for a Northgate Platinum Credit Card. We've received your application and will let you know our decision within 2 working days.

Application reference: CC-88214573

Unfortunately we are unable to discuss the outcome of your application by phone.

Northgate Bank plc. Authorised by the Prudential Regulation Authority.
"""},
    {"kind": "other", "slug": "apartment_rejection", "lang": "en",
         "frm": "Sarah Donnelly <sarah@donnellylettings.example.ie>",
         "subj": "Re: Viewing - 14 Ranelagh Road",
         "quote": ("gmail", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "Sat, 11 Apr 2026 at 12:30",
                "Hi Sarah, thanks for the viewing this morning. I'd love to apply for the flat.\nFergus"),
         "body": """Hi Fergus,

Thanks for your interest in the apartment. Unfortunately the landlord has decided to proceed with another applicant. We had over 60 applications for this one, I'm afraid.

I'll let you know if anything similar comes up in Dublin 6.

Sarah
Donnelly Lettings
"""},
    {"kind": "other", "slug": "university_admission_decision", "lang": "en",
         "frm": "Admissions <admissions@edinburgh-business-school.example.ac.uk>",
         "subj": "Your application for the MSc Sustainable Finance (part-time)",
         "fmt": "alt", "contact": "",
         "body": """Dear Fergus,

Thank you for your application to the MSc Sustainable Finance (part-time, 2026 entry).

We regret to inform you that we are unable to offer you a place on this programme. Competition for places was exceptionally strong this year.

We wish you every success.
Postgraduate Admissions Office
"""},
    {"kind": "other", "slug": "own_sent_thankyou", "lang": "en",
         "frm": "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>",
         "to": "Fiona McAllister <fiona.mcallister@tayside-water.example.org.uk>",
         "subj": "Thank you - Treasury Manager interview", "contact": "",
         "body": """Hi Fiona,

Thank you for today - I really enjoyed the interview and hearing about the refinancing programme. I'm very keen on the role and look forward to hearing about next steps.

Kind regards,
Fergus
"""},
    {"kind": "other", "slug": "own_sent_withdraw", "lang": "en",
         "frm": "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>",
         "to": "Harriet Quinn <harriet.quinn@morrowfield.example.co.uk>",
         "subj": "Re: Interim roles", "contact": "",
         "quote": ("outlook", "Harriet Quinn", "02 July 2026 08:30",
                "Hi Fergus, are you still available for interim work from August?\nHarriet"),
         "body": """Hi Harriet,

Thanks for thinking of me - I've accepted a permanent offer, so please withdraw me from the interim roles for now. Sorry I can't make the interview on Thursday with the Bradford client.

Best,
Fergus

Sent from my iPhone
"""},
    {"kind": "other", "slug": "recruiter_out_of_office", "lang": "en",
         "frm": "Jess Marlow <jess@brightpathfinance.example.co.uk>",
         "subj": "Automatic reply: Halden Group - interview feedback?",
         "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         "body": """Hi, thanks for your email! I'm on annual leave until Monday 16th February with limited access to email. For anything urgent please contact my colleague Sam Idowu on sam@brightpathfinance.example.co.uk.

Jess
"""},
    {"kind": "other", "slug": "standup_calendar_notification", "lang": "en",
         "frm": "Google Calendar <calendar-notification@google.example.com>",
         "subj": "Notification: Finance team stand-up @ Mon 2 Mar 2026 9:30am - 9:45am (GMT)",
         "fmt": "alt", "contact": "",
         "ics": {"method": "PUBLISH", "summary": "Finance team stand-up", "start": "20260302T093000Z", "end": "20260302T094500Z",
                  "organizer": "calendar-notification@google.example.com", "location": "Teams", "rrule": "FREQ=WEEKLY;BYDAY=MO,WE,FR"},
         "body": """This is a reminder for:

Finance team stand-up
When: Mon 2 Mar 2026 9:30am - 9:45am (GMT)
Joining info: Microsoft Teams
Calendar: fergus.aw@example.co.uk

Invitation from Google Calendar. You are receiving this email because you set a reminder.
"""},
    {"kind": "other", "slug": "hmrc_self_assessment", "lang": "en",
         "frm": "HMRC <noreply@tax.service.example.gov.uk>",
         "subj": "Your Self Assessment tax return is due soon", "contact": "",
         "body": """Dear Fergus Adeyemi-Walsh

This is a reminder that you need to file your Self Assessment tax return for the 2024 to 2025 tax year by 31 January 2026.

Sign in to your HMRC online account to file. We will never ask for your bank details by email.

HM Revenue and Customs
"""},
    {"kind": "other", "slug": "octopus_bill", "lang": "en",
         "frm": "Octopus Energy <hello@octopus.example.energy>",
         "subj": "Your latest bill is ready, Fergus", "fmt": "html", "contact": "",
         "body": """Hey Fergus,

Your bill for March is ready. Balance: £71.40 in credit.

Your next Direct Debit of £65.00 will be taken on 1 April.

Octopus Energy - Registered in England and Wales No. 09263424
"""},
    {"kind": "other", "slug": "ryanair_booking", "lang": "en",
         "frm": "Ryanair <itinerary@ryanair.example.com>",
         "subj": "Your Travel Itinerary - DUB to EDI",
         "fmt": "html", "contact": "",
         "body": """Booking reference: KX4RQ2

Fri 24 Apr 2026  DUB 18:05 - EDI 19:15  FR812
Passenger: Mr Fergus Adeyemi-Walsh

Check-in opens 24 hours before departure. Priority & 2 Cabin Bags: not included.
"""},
    {"kind": "other", "slug": "gym_membership", "lang": "en",
         "frm": "PureForm Gym <members@pureform.example.co.uk>",
         "subj": "Your membership is frozen until 1 June", "fmt": "html", "contact": "",
         "body": """Hi Fergus,

As requested, your membership at PureForm Leith has been frozen from 1 May to 1 June 2026. No payments will be taken during this period.

See you soon!
PureForm
"""},
    {"kind": "other", "slug": "alumni_event", "lang": "en",
         "frm": "Queen's Alumni Office <alumni@qub-alumni.example.ac.uk>",
         "subj": "Belfast alumni drinks - and our careers panel",
         "fmt": "html", "hdrs": _UNSUB, "contact": "",
         "body": """Dear Fergus,

Join fellow graduates at our Belfast alumni drinks on 3 October. This year's careers panel features three alumni talking frankly about rejection, resilience and landing their first CFO role.

RSVP: https://alumni.example.ac.uk/events/belfast-2026

Alumni Relations Office
"""},
    {"kind": "other", "slug": "spotify_style", "lang": "en",
         "frm": "Streamly <no-reply@streamly.example.com>",
         "subj": "Your payment didn't go through",
         "fmt": "html", "contact": "",
         "body": """Hi Fergus,

We tried to charge your card for Streamly Premium but the payment was declined. Update your payment details to keep listening without interruption.

Update payment: https://streamly.example.com/account
"""},
]
