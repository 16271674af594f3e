"""Eightieth corpus: everything else in the inbox (alerts, newsletters, life admin, look-alikes)."""

ME = ("Callum Ng-Hargreaves", "callum.nh@example.com.au")
LIST = {"Precedence": "bulk"}


def _list(list_id: str, unsub: str) -> dict[str, str]:
    return {**LIST, "List-Id": f"<{list_id}>", "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{list_id}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


JOB_ADJACENT = [
    {
        "kind": "other", "slug": "linkedin_job_alert", "lang": "en", "contact": "",
        "frm": ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), "date": "2026-01-06 07:30 +1100",
        "subject": "“facilities manager”: 24 opportunities in Greater Sydney", "fmt": "html", "skin": "news", "enc_subject": True,
        "headers": _list("jobalerts.linkedin.com", "https://www.linkedin.com/jobs/alerts/unsub?x=1"),
        "body": """Your job alert for facilities manager in Greater Sydney

Facilities Manager - Health
Kestrel Property Group · Parramatta (Hybrid)
Actively recruiting · 3 connections work here
https://www.linkedin.com/jobs/view/3812201

Senior Facilities Manager
Oakfield Partners · Sydney CBD
Easy Apply
https://www.linkedin.com/jobs/view/3812288

Asset & Facilities Lead
Tidewater Ports · Port Botany
https://www.linkedin.com/jobs/view/3812410

See all jobs: https://www.linkedin.com/jobs/search?alert=99

You are receiving Job Alert emails. Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    },
    {
        "kind": "other", "slug": "seek_recommended_jobs", "lang": "en", "contact": "",
        "frm": ("SEEK", "noreply@s.seek.com.au"), "date": "2026-01-22 18:00 +1100",
        "subject": "Callum, 12 new jobs for Project Manager in All Melbourne VIC", "fmt": "html", "skin": "news",
        "headers": _list("jobmail.seek.com.au", "https://www.seek.com.au/unsub?t=2"),
        "body": """New jobs matching your saved search

Project Manager - Mechanical Services
Greyfield Group · Richmond VIC · $150k - $175k + super
"Lead a team delivering mechanical packages on health and education projects..."
https://www.seek.com.au/job/81234501

Construction Project Manager
Confidential · Melbourne CBD · Contract
https://www.seek.com.au/job/81234577

Your application to Copperline Builders was viewed? Check your applications in SEEK.

Manage your saved searches: https://www.seek.com.au/my-activity/saved-searches""",
    },
    {
        "kind": "other", "slug": "indeed_digest_interviews_word", "lang": "en", "contact": "",
        "frm": ("Indeed", "alert@indeed.example.com"), "date": "2026-02-14 06:12 +1100",
        "subject": "Employers are interviewing now: 9 Sustainability Consultant jobs", "fmt": "html", "skin": "news",
        "headers": _list("alerts.indeed.example.com", "https://au.indeed.example.com/unsub?id=3"),
        "body": """Hiring now - some of these employers are interviewing this week.

Sustainability Consultant (Net Zero)
Greenfold Advisory - Sydney NSW
Urgently hiring · Responds within 1 day
https://au.indeed.example.com/viewjob?jk=ab12

Senior ESD Engineer
Arbor Consulting Group - North Sydney NSW
https://au.indeed.example.com/viewjob?jk=ab13

Don't miss out - apply today. If you don't hear back, don't take it as a rejection: hiring timelines vary.

Unsubscribe from these emails.""",
    },
    {
        "kind": "other", "slug": "jora_alert_plain", "lang": "en", "contact": "",
        "frm": ("Jora Job Alerts", "alerts@jora.example.com"), "date": "2026-03-08 08:00 +1100",
        "subject": "New jobs for building services engineer in Brisbane QLD",
        "headers": _list("alerts.jora.example.com", "https://au.jora.example.com/unsubscribe/44"),
        "body": """Jora - 7 new jobs for building services engineer in Brisbane QLD

1. Building Services Engineer - Lumen Property Services - Brisbane City
   https://au.jora.example.com/j/1
2. Senior Hydraulic / Mechanical Engineer - Confidential - Fortitude Valley
   https://au.jora.example.com/j/2
3. Maintenance Planner - Vantage Rail Systems - Bowen Hills
   https://au.jora.example.com/j/3

Change alert frequency or unsubscribe: https://au.jora.example.com/alerts""",
    },
    {
        "kind": "other", "slug": "career_newsletter_rejection_topic", "lang": "en", "contact": "",
        "frm": ("The Site Diary", "newsletter@sitediary.example.com"), "date": "2026-02-21 06:00 +1100",
        "subject": "Why you got rejected after the final interview (and what to do next)", "fmt": "alt", "skin": "news",
        "headers": _list("sitediary.example.com", "https://sitediary.example.com/unsubscribe?u=77"),
        "body": """THE SITE DIARY · Careers in the built environment · Issue #112

Why you got rejected after the final interview

You made it to the last round, met the GM, nailed the case study - and then the email arrives: "Unfortunately, we've decided to proceed with another candidate." We asked six hiring managers across tier-1 builders what really happens in that final decision.

Also this week:
- How to follow up after an interview without being annoying
- Missed an interview? Here's how to recover it
- Salary guide: project managers in Sydney vs Melbourne

Read online: https://sitediary.example.com/issues/112

You're receiving this because you subscribed at sitediary.example.com. Unsubscribe.""",
    },
    {
        "kind": "other", "slug": "recruiter_cold_outreach", "lang": "en", "contact": "ben.hollis@granitepartners.example.com.au",
        "frm": ("Ben Hollis", "ben.hollis@granitepartners.example.com.au"), "date": "2026-03-14 09:32 +1100",
        "subject": "Exciting Asset Management opportunity!", "body": """Hi Callum,

Hope you're well! I came across your profile on LinkedIn and was really impressed by your experience across building services and facilities.

I'm currently partnering with a number of leading property owners in Melbourne who are building out their asset management teams. I'd love to add you to my network and keep you in mind for opportunities as they come up.

Feel free to send through an updated resume when you get a chance!

Cheers,
Ben Hollis
Consultant | Granite Partners
M 0421 555 337""",
    },
    {
        "kind": "other", "slug": "inmail_style_pitch", "lang": "en", "contact": "",
        "frm": ("Chloe Marsden via LinkedIn", "inmail-hit-reply@linkedin.com"), "date": "2026-04-10 12:14 +1000",
        "subject": "Chloe Marsden sent you a message", "fmt": "html", "skin": "news",
        "headers": {"Precedence": "bulk"},
        "body": """Chloe Marsden
Director at Beacon Executive · Brisbane

Hi Callum - I lead our infrastructure practice and we're seeing strong demand for engineers who can bridge delivery and sustainability. No specific role to discuss right now, but I'd value connecting for the future.

Reply: https://www.linkedin.com/messaging/thread/2-ab12

This message was sent to Callum Ng-Hargreaves. Unsubscribe.""",
    },
    {
        "kind": "other", "slug": "podcast_interview_request", "lang": "en", "contact": "zara@netzerobuilt.example.com",
        "frm": ("Zara Quinn", "zara@netzerobuilt.example.com"), "date": "2026-04-18 14:20 +1000",
        "subject": "Interview for the Net Zero Built podcast?", "body": """Hi Callum,

I host the Net Zero Built podcast (about 8k listeners, mostly facilities and sustainability folk in ANZ). A friend of yours, Ravi, said you did some great work on the hospital electrification project and might be up for an interview on the show.

Recording is about 40 minutes over Riverside, any time in May. No prep needed beyond a quick chat about topics.

Would you be keen?

Zara
Host, Net Zero Built""",
    },
    {
        "kind": "other", "slug": "user_research_interview", "lang": "en", "contact": "",
        "frm": ("Sitewise Research", "research@sitewise.example.com"), "date": "2026-05-02 10:00 +1000",
        "subject": "Invitation: 45-min research interview about maintenance software ($100 gift card)", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

We're improving Sitewise, the maintenance planning tool you trialled last year, and we'd love to learn how facilities teams schedule preventive maintenance.

Would you join a 45-minute user research interview over Zoom? As a thank-you we'll send a $100 gift card.

Book a time: https://research.sitewise.example.com/book

Thanks,
The Sitewise Research team""",
    },
    {
        "kind": "other", "slug": "radio_press_interview", "lang": "en", "contact": "d.kerr@abcradio.example.net.au",
        "frm": ("Dana Kerr", "d.kerr@abcradio.example.net.au"), "date": "2026-07-02 08:05 +1000",
        "subject": "Radio interview re: heat pumps - this Thursday?", "body": """Hi Callum,

I'm a producer on Mornings with Jack. We're doing a segment on households switching to heat pumps and Engineers Australia suggested you. Would you be free for a 7-minute live phone interview on Thursday at 10.20am?

Thanks very much,
Dana Kerr
Producer, Mornings
0405 555 661""",
    },
    {
        "kind": "other", "slug": "friend_own_rejection", "lang": "en", "contact": "josh.rahman@example.net",
        "frm": ("Josh Rahman", "josh.rahman@example.net"), "date": "2026-03-29 20:44 +1100",
        "subject": "ugh", "fmt": "alt", "skin": "gmail",
        "body": """Mate,

Got the rejection from Harbourline today. Same line they probably sent you - "decided to pursue other candidates whose background more closely aligns". After three interviews!! Not even a phone call.

Beers Friday? I need to whinge about it properly.

Josh""",
    },
    {
        "kind": "other", "slug": "own_sent_followup", "lang": "en", "contact": "",
        "frm": ME, "to": [("Marco De Luca", "marco.deluca@sterlingquarter.example.com")], "date": "2026-03-31 09:02 +1000",
        "subject": "Re: Director of Engineering - Gold Coast", "fmt": "alt", "skin": "gmail", "mid_domain": "mail.gmail.com",
        "body": """Hi Marco,

Just checking in on timing for next steps - still very keen on the role and happy to come up to the Gold Coast whenever suits the GM for an interview.

Cheers,
Callum""",
    },
    {
        "kind": "other", "slug": "own_sent_thank_you", "lang": "en", "contact": "",
        "frm": ME, "to": [("Hamish Reid", "hamish.reid@northgatehp.example.com.au")], "date": "2026-04-14 17:50 +1000",
        "subject": "Thank you - interview today", "mid_domain": "mail.gmail.com",
        "body": """Hi Hamish,

Thank you for the interview today and for introducing me to Sandra. I really enjoyed the discussion on lifecycle costing for the PPP hospitals.

If you need anything further before a decision, including referee details or my working rights documentation, please let me know.

Kind regards,
Callum Ng-Hargreaves
0412 555 884""",
    },
    {
        "kind": "other", "slug": "ooo_recruiter_autoreply", "lang": "en", "contact": "",
        "frm": ("Priscilla Wong", "priscilla.wong@tallowsearch.example.com.au"), "date": "2026-04-21 09:03 +1000",
        "subject": "Automatic reply: Asset Lifecycle Manager - Northgate",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """Thank you for your email. I am on annual leave from 20 April, returning Monday 4 May, with limited access to email.

For urgent matters please contact our office on 02 5550 1188.

Kind regards,
Priscilla""",
    },
    {
        "kind": "other", "slug": "ooo_hr_rejection_words", "lang": "en", "contact": "",
        "frm": ("Bao Nguyen", "b.nguyen@portaldridge.example.gov.au"), "date": "2026-07-06 08:00 +1000",
        "subject": "Out of Office: Thank you - referee details",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """I'm currently out of the office until 13 July. If your query relates to a current recruitment, please email recruitment@portaldridge.example.gov.au. If your enquiry is about an unsuccessful application, feedback can be requested once I return.

Bao Nguyen | Recruitment Officer""",
    },
    {
        "kind": "other", "slug": "standup_calendar_notification", "lang": "en", "contact": "",
        "frm": ("Google Calendar", "calendar-notification@google.com"), "date": "2026-09-21 08:45 +1000",
        "subject": "Notification: Daily stand-up - Projects @ Mon 21 Sep 2026 9am - 9:15am (AEST) (callum.nh@example.com.au)",
        "fmt": "alt", "skin": "ats",
        "body": """Daily stand-up - Projects
When: Mon 21 Sep 2026 9am - 9:15am Australian Eastern Standard Time
Joining info: meet.google.example.com/xyz-abcd-efg
Calendar: callum.nh@example.com.au

Invitation from Google Calendar. You are receiving this email because you have notifications enabled for this calendar.""",
    },
    {
        "kind": "other", "slug": "alumni_mentoring_newsletter", "lang": "en", "contact": "",
        "frm": ("UNSW-style Alumni", "alumni@unialumni.example.edu.au"), "date": "2026-05-27 12:00 +1000",
        "subject": "Alumni Update: mentoring, careers panel and your reunion", "fmt": "html", "skin": "news",
        "headers": _list("alumni.unialumni.example.edu.au", "https://unialumni.example.edu.au/unsub"),
        "body": """Alumni Update - May 2026

Careers panel: "From engineer to project leader" - hear from graduates now at tier-1 builders and consultancies. Tuesday 9 June, 6pm, Scientia Building.
https://unialumni.example.edu.au/events/careers-panel

Become a mentor: share how you handled interviews, rejections and career pivots with final-year students.

Class of 2016 reunion - save the date.

Update your details | Unsubscribe""",
    },
    {
        "kind": "other", "slug": "ei_webinar_invite", "lang": "en", "contact": "",
        "frm": ("Engineers Institute Events", "events@engineersinst.example.org.au"), "date": "2026-06-11 10:00 +1000",
        "subject": "Webinar: Interviewing for project leadership roles", "fmt": "html", "skin": "news",
        "headers": _list("events.engineersinst.example.org.au", "https://engineersinst.example.org.au/prefs"),
        "body": """Members' webinar - free

Interviewing for project leadership roles: what panels really look for
Thursday 25 June, 12:30pm AEST

Our panel of hiring managers will run mock interview questions live and share how they shortlist. Register now: https://engineersinst.example.org.au/events/8812

CPD hours: 1""",
    },
    {
        "kind": "other", "slug": "telstra_bill", "lang": "en", "contact": "",
        "frm": ("Telstra", "noreply@online.telstra.example.com"), "date": "2026-01-15 04:10 +1100",
        "subject": "Your Telstra bill is ready", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

Your latest bill is ready.

Account: 2004 5555 1123
Amount due: $89.00
Due date: 29 Jan 2026

View your bill in the My Telstra app.

Telstra Corporation""",
    },
    {
        "kind": "other", "slug": "agl_bill_energy", "lang": "en", "contact": "",
        "frm": ("AGL", "noreply@agl.example.com.au"), "date": "2026-02-02 09:00 +1100",
        "subject": "Your electricity bill for 14 Oct - 13 Jan", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

Your electricity bill for 14 Oct 2025 - 13 Jan 2026 is now available.

Amount due: $412.36 by 16 Feb 2026

Tip: your usage was 18% lower than the same time last year. Nice work!

AGL Energy""",
    },
    {
        "kind": "other", "slug": "auspost_delayed", "lang": "en", "contact": "",
        "frm": ("Australia Post", "noreply@notifications.auspost.example.com.au"), "date": "2026-02-11 15:20 +1100",
        "subject": "Update on your delivery", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

Unfortunately your parcel is delayed. Due to severe weather affecting our Sydney facility, delivery will be later than expected.

Tracking number: 33XYZ5550011
New estimated delivery: Mon 16 Feb

Sorry for any inconvenience. Track your parcel: https://auspost.example.com.au/track/33XYZ5550011""",
    },
    {
        "kind": "other", "slug": "amazon_order_delayed", "lang": "en", "contact": "",
        "frm": ("Amazon.com.au", "shipment-tracking@amazon.example.com.au"), "date": "2026-05-19 11:11 +1000",
        "subject": "Your order is delayed", "fmt": "html", "skin": "ats",
        "body": """Hello Callum,

Unfortunately your order of "Laser distance meter, 60m" has been delayed. We're sorry for the inconvenience. Your new delivery estimate is Friday, 22 May.

Order #249-5550123-4417

Thanks for shopping with us.
Amazon.com.au""",
    },
    {
        "kind": "other", "slug": "commbank_loan_application", "lang": "en", "contact": "",
        "frm": ("CommBank", "noreply@cba-notify.example.com.au"), "date": "2026-02-25 13:00 +1100",
        "subject": "We've received your home loan application", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

Thanks for submitting your home loan pre-approval application (Ref HL-55502211). We've received your application and a lending specialist will review it within 2 business days.

We may contact you for additional documents such as your latest payslips or an employment contract.

CommBank""",
    },
    {
        "kind": "other", "slug": "credit_card_declined_application", "lang": "en", "contact": "",
        "frm": ("Up", "hello@up.example.com.au"), "date": "2026-08-06 10:45 +1000",
        "subject": "About your credit limit application", "fmt": "html", "skin": "ats",
        "body": """Hey Callum,

Thanks for applying to increase your limit. Unfortunately we're unable to approve your application at this time, based on our assessment of your current income.

You can reapply in 3 months.

The Up team""",
    },
    {
        "kind": "other", "slug": "apartment_application_unsuccessful", "lang": "en", "contact": "leasing@brightstonerealty.example.com.au",
        "frm": ("Brightstone Realty Leasing", "leasing@brightstonerealty.example.com.au"), "date": "2026-03-03 16:30 +1100",
        "subject": "Application for 4/22 Bayview St, Bronte", "body": """Hi Callum,

Thank you for your application for 4/22 Bayview St, Bronte. Unfortunately on this occasion the landlord has selected another applicant.

We have a number of similar properties coming up - would you like us to keep you on our list?

Kind regards,
Jade Morrison
Leasing Consultant
Brightstone Realty""",
    },
    {
        "kind": "other", "slug": "university_admission_offer", "lang": "en", "contact": "",
        "frm": ("Graduate Admissions", "admissions-noreply@melbuni.example.edu.au"), "date": "2026-01-30 12:00 +1100",
        "subject": "Your application outcome - Master of Construction Project Management", "fmt": "html", "skin": "ats",
        "body": """Dear Callum,

Congratulations! We are pleased to offer you a place in the Master of Construction Project Management (part-time), commencing Semester 1, 2026.

Please accept your offer by 13 February via the student portal.

Graduate Admissions""",
    },
    {
        "kind": "other", "slug": "uni_admission_unsuccessful", "lang": "en", "contact": "",
        "frm": ("Admissions Office", "no-reply@admissions.aucklanduni.example.ac.nz"), "date": "2026-10-02 14:00 +1300",
        "subject": "Outcome of your application: Graduate Certificate in Infrastructure Asset Management", "fmt": "alt", "skin": "ats",
        "body": """Dear Callum,

Thank you for applying. We regret to inform you that we are unable to offer you a place in the Graduate Certificate in Infrastructure Asset Management for 2027, as the programme is full.

You are welcome to apply again for the following intake.

Admissions Office""",
    },
    {
        "kind": "other", "slug": "gps_position_strava", "lang": "en", "contact": "",
        "frm": ("Garmin Connect", "noreply@garmin.example.com"), "date": "2026-06-21 07:40 +1000",
        "subject": "Your LiveTrack position has been shared", "fmt": "html", "skin": "ats",
        "body": """Callum Ng-Hargreaves is sharing their current position with you.

Activity: Morning Ride
Last position: -33.8915, 151.2767 (near Bondi Junction)
Follow live: https://livetrack.garmin.example.com/session/abc123

This link expires when the activity ends.""",
    },
    {
        "kind": "other", "slug": "medibank_claim", "lang": "en", "contact": "",
        "frm": ("Medibank", "noreply@medibank.example.com.au"), "date": "2026-04-08 09:30 +1000",
        "subject": "Your claim has been processed", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

Good news - your claim for physiotherapy on 2 April has been processed. $48.00 will be paid to your nominated account within 2 business days.

Medibank""",
    },
    {
        "kind": "other", "slug": "ato_notice_assessment", "lang": "en", "contact": "",
        "frm": ("Australian Taxation Office", "noreply@ato.example.gov.au"), "date": "2026-08-20 10:00 +1000",
        "subject": "You have new mail in your myGov inbox", "fmt": "alt", "skin": "ats",
        "body": """You have a new message from the Australian Taxation Office in your myGov inbox.

Sign in to myGov to read it. For your security, we don't include links in emails.""",
    },
    {
        "kind": "other", "slug": "qantas_flight_change", "lang": "en", "contact": "",
        "frm": ("Qantas", "qantas@e.qantas.example.com"), "date": "2026-07-10 18:15 +1000",
        "subject": "Important: Your flight time has changed - QF 123 SYD-AKL", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

There's been a change to your upcoming flight.

QF 123 Sydney (SYD) to Auckland (AKL)
Original departure: 24 Jul, 7:00am
New departure: 24 Jul, 9:45am

No action is needed if the new time suits you. If not, you can change or cancel your booking online.

Qantas Airways""",
    },
    {
        "kind": "other", "slug": "opal_auto_topup", "lang": "en", "contact": "",
        "frm": ("Opal", "noreply@opal.example.nsw.gov.au"), "date": "2026-03-17 06:55 +1100",
        "subject": "Opal card auto top-up", "body": """Hi Callum,

Your Opal card ending 4412 was automatically topped up with $40.00 on 17/03/2026.

Opal Customer Care""",
    },
    {
        "kind": "other", "slug": "rent_receipt", "lang": "en", "contact": "",
        "frm": ("Bayside Rentals", "accounts-noreply@baysiderentals.example.com.au"), "date": "2026-05-01 09:00 +1000",
        "subject": "Rent receipt - 12/8 Ocean St", "body": """Rent receipt

Tenant: Callum Ng-Hargreaves
Property: 12/8 Ocean St, Bondi
Amount received: $1,480.00 (2 weeks)
Paid to: 14/05/2026

Bayside Rentals Trust Accounting""",
    },
    {
        "kind": "other", "slug": "gym_class_cancelled", "lang": "en", "contact": "",
        "frm": ("Anytime Strong Gym", "noreply@anytimestrong.example.com"), "date": "2026-06-03 05:30 +1000",
        "subject": "Your 6am HIIT class has been cancelled", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

Unfortunately today's 6am HIIT class with Kez has been cancelled due to instructor illness. You have not been charged. Book another class in the app.

See you soon!""",
    },
    {
        "kind": "other", "slug": "netflix_new_device", "lang": "en", "contact": "",
        "frm": ("Netflix", "info@account.netflix.example.com"), "date": "2026-09-12 22:10 +1000",
        "subject": "A new device is using your account", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

A new device signed in to your Netflix account, Callum.

Device: Smart TV
Location: New South Wales, Australia

If this was you, you can ignore this email.""",
    },
    {
        "kind": "other", "slug": "car_insurance_renewal", "lang": "en", "contact": "",
        "frm": ("Coastal Insurance", "renewals@coastalinsure.example.com.au"), "date": "2026-10-01 09:00 +1000",
        "subject": "Your car insurance renewal is coming up", "fmt": "html", "skin": "news",
        "body": """Hi Callum,

Your comprehensive car insurance for your 2019 Mazda CX-5 renews on 15 October. Your new premium is $1,126.40 per year.

Nothing to do if you want to keep your cover.

Coastal Insurance""",
    },
]

FOREIGN = [
    {
        "kind": "other", "slug": "fr_wttj_newsletter", "lang": "fr", "contact": "",
        "frm": ("Welcome to the Jungle", "hello@news.welcometothejungle.example.com"), "date": "2026-03-12 08:00 +0100",
        "subject": "5 erreurs à éviter en entretien (et comment rebondir après un refus)", "fmt": "html", "skin": "news", "enc_subject": True,
        "headers": _list("news.welcometothejungle.example.com", "https://www.welcometothejungle.example.com/unsub"),
        "body": """Cette semaine dans la newsletter

5 erreurs à éviter en entretien d'embauche
Arriver en retard, ne pas connaître l'entreprise... On fait le point avec trois recruteurs.

« Nous ne donnerons pas suite à votre candidature » : comment rebondir après un refus

Les offres de la semaine : Ingénieur CVC chez Thermiq Conseil, Chef de projet énergie chez Watt&Co...

Se désinscrire""",
    },
    {
        "kind": "other", "slug": "fr_cours_espagnol_tutoiement", "lang": "fr", "contact": "sofia@escuelasol.example.fr",
        "frm": ("Sofía - Escuela Sol", "sofia@escuelasol.example.fr"), "date": "2026-02-06 19:30 +0100",
        "subject": "Cours de jeudi annulé", "body": """Bonsoir à tous,

Je suis malade, le cours d'espagnol de jeudi est annulé. On rattrapera la séance la semaine prochaine, je vous envoie un nouveau créneau.

Désolée !
Sofía""",
    },
    {
        "kind": "other", "slug": "fr_apec_alerte", "lang": "fr", "contact": "",
        "frm": ("Alerte emploi", "alertes-noreply@emploi-cadres.example.fr"), "date": "2026-04-14 07:00 +0200",
        "subject": "8 nouvelles offres correspondent à votre recherche « ingénieur maintenance »", "fmt": "alt", "skin": "news", "enc_subject": True,
        "headers": _list("alertes.emploi-cadres.example.fr", "https://emploi-cadres.example.fr/desabonnement"),
        "body": """Bonjour,

8 nouvelles offres correspondent à votre alerte « ingénieur maintenance - Lyon ».

Responsable maintenance multi-sites - Groupe Altéa Immobilier - Lyon 3e
https://emploi-cadres.example.fr/offre/1

Ingénieur fiabilité - Confidentiel - Villeurbanne
https://emploi-cadres.example.fr/offre/2

Gérer mes alertes | Se désabonner""",
    },
    {
        "kind": "other", "slug": "fr_ami_refus_voyage", "lang": "fr", "contact": "lea.dumas@example.org",
        "frm": ("Léa Dumas", "lea.dumas@example.org"), "date": "2026-07-19 23:02 +0200",
        "subject": "Re: nouvelles !", "fmt": "alt", "skin": "gmail", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Coucou Callum !

Alors de mon côté, refus pour le poste à Bordeaux... ils ont pris quelqu'un en interne, classique. Mais bon, je pars trois semaines au Vietnam en août donc je ne vais pas trop me plaindre !

Et toi, ça avance à Sydney ?

Bises,
Léa""",
        "quote": [("fr", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "ven. 17 juil. 2026 à 08:14",
                "Salut Léa, ça fait longtemps ! Des nouvelles de ta candidature ?")],
    },
    {
        "kind": "other", "slug": "fr_entretien_chaudiere", "lang": "fr", "contact": "",
        "frm": ("Service Client Thermoconfort", "service-client@thermoconfort.example.fr"), "date": "2026-09-08 10:00 +0200",
        "subject": "Rappel : entretien annuel de votre chaudière", "fmt": "html", "skin": "ats",
        "body": """Bonjour M. Ng-Hargreaves,

Nous vous rappelons que l'entretien annuel de la chaudière de votre logement de Lyon (mis en location) est prévu le mardi 15 septembre entre 8h et 12h. Le technicien contactera votre locataire.

Service Client Thermoconfort""",
    },
    {
        "kind": "other", "slug": "es_clase_espanol", "lang": "es", "contact": "profe.ana@academiahola.example.com",
        "frm": ("Ana Ruiz", "profe.ana@academiahola.example.com"), "date": "2026-03-20 17:00 +1100",
        "subject": "Deberes para el martes", "body": """¡Hola clase!

Para el martes, por favor escribid un correo formal de 150 palabras respondiendo a una oferta de trabajo (inventada). Practicad el condicional: «me gustaría», «estaría encantado de...».

Nos vemos,
Ana
Academia Hola - Bondi Junction""",
    },
    {
        "kind": "other", "slug": "es_infojobs_alerta", "lang": "es", "contact": "",
        "frm": ("Alertas de empleo", "alertas@empleo-portal.example.es"), "date": "2026-05-25 08:30 +0200",
        "subject": "Nuevas ofertas: Project Manager Renovables", "fmt": "html", "skin": "news",
        "headers": _list("alertas.empleo-portal.example.es", "https://empleo-portal.example.es/baja"),
        "body": """Hola Callum, tenemos nuevas ofertas para ti:

Project Manager Renovables - Grupo Solenco - Madrid
Inscritos: 84 · Publicada hace 2 días
https://empleo-portal.example.es/oferta/1

Jefe de Proyecto Eficiencia Energética - Consultora Verdemar - Barcelona
https://empleo-portal.example.es/oferta/2

Darse de baja de esta alerta""",
    },
    {
        "kind": "other", "slug": "es_banco_solicitud", "lang": "es", "contact": "",
        "frm": ("Banco Austral", "no-responder@bancoaustral.example.cl"), "date": "2026-06-30 12:00 -0400",
        "subject": "Hemos recibido tu solicitud de cuenta", "fmt": "alt", "skin": "ats", "cte": "base64",
        "body": """Hola Callum,

Hemos recibido tu solicitud de apertura de cuenta corriente para extranjeros. Un ejecutivo revisará tus antecedentes y te contactará en un plazo de 5 días hábiles.

Banco Austral""",
    },
    {
        "kind": "other", "slug": "es_amigo_entrevista_radio", "lang": "es", "contact": "diego.fuentes@example.net",
        "frm": ("Diego Fuentes", "diego.fuentes@example.net"), "date": "2026-08-09 21:40 -0400",
        "subject": "jaja mira esto", "fmt": "alt", "skin": "gmail",
        "body": """Weón, me hicieron una entrevista en la radio por lo del proyecto solar en Atacama. Sale el sábado a las 10 en Radio Norte, escúchala si puedes (aunque sea en diferido desde Sídney jaja).

Abrazo,
Diego""",
    },
    {
        "kind": "other", "slug": "es_pedido_retrasado", "lang": "es", "contact": "",
        "frm": ("Tienda Online", "pedidos-noreply@tiendaonline.example.es"), "date": "2026-10-07 09:15 +0200",
        "subject": "Lamentablemente tu pedido se retrasa", "fmt": "html", "skin": "ats",
        "body": """Hola Callum,

Lamentablemente, tu pedido n.º 55021 (diccionario bilingüe + cuaderno de ejercicios) sufre un retraso en el envío internacional. La nueva fecha estimada de entrega es el 20 de octubre.

Disculpa las molestias.""",
    },
    {
        "kind": "other", "slug": "de_stepstone_jobagent", "lang": "de", "contact": "",
        "frm": ("StepStone Jobagent", "jobagent@stepstone.example.de"), "date": "2026-04-02 06:30 +0200",
        "subject": "12 neue Jobs für „Projektleiter TGA“", "fmt": "html", "skin": "news", "enc_subject": True,
        "headers": _list("jobagent.stepstone.example.de", "https://www.stepstone.example.de/abmelden"),
        "body": """Hallo Callum,

hier sind deine neuen Jobs:

Projektleiter TGA (m/w/d) - Rheinhold Gebäudetechnik - Düsseldorf
https://www.stepstone.example.de/job/1

Bauleiter HLS (m/w/d) - Kessler Haustechnik - Leipzig
https://www.stepstone.example.de/job/2

Tipp der Woche: So meisterst du das Vorstellungsgespräch per Video.

Jobagent bearbeiten | Abmelden""",
    },
    {
        "kind": "other", "slug": "de_karriere_newsletter_absage", "lang": "de", "contact": "",
        "frm": ("Karriere-Briefing", "redaktion@karrierebriefing.example.de"), "date": "2026-05-16 07:00 +0200",
        "subject": "Absage bekommen? So geht es weiter", "fmt": "alt", "skin": "news",
        "headers": _list("karrierebriefing.example.de", "https://karrierebriefing.example.de/abmelden"),
        "body": """Karriere-Briefing - Ausgabe 19/2026

Absage bekommen? So geht es weiter
„Leider müssen wir Ihnen mitteilen...“ - kaum ein Satz tut im Bewerbungsprozess mehr weh. Unsere Expertin erklärt, wie Sie Feedback einholen und die nächste Bewerbung verbessern.

Außerdem: Vorstellungsgespräch verpasst - was nun?

Newsletter abbestellen""",
    },
    {
        "kind": "other", "slug": "de_freund_vorstellungsgespraech", "lang": "de", "contact": "jonas.becker@example.org",
        "frm": ("Jonas Becker", "jonas.becker@example.org"), "date": "2026-06-14 20:20 +0200",
        "subject": "AW: Melbourne?", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hey Callum,

bei mir gibt's nix Neues, hatte letzte Woche ein Vorstellungsgespräch bei einem Ingenieurbüro in München, aber die haben mir heute abgesagt. Naja. Wie läuft's bei dir in Melbourne?

Grüße aus Berlin
Jonas""",
        "quote": [("de", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "10.06.2026 um 09:30",
                "Hallo Jonas, lange nichts gehört! Wie geht's dir?")],
    },
    {
        "kind": "other", "slug": "de_paket_verspaetet", "lang": "de", "contact": "",
        "frm": ("Paketdienst", "noreply@paketdienst.example.de"), "date": "2026-07-28 13:00 +0200",
        "subject": "Ihre Sendung verzögert sich", "fmt": "html", "skin": "ats",
        "body": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434555 nach Australien. Wir bitten um Entschuldigung.

Ihr Paketdienst""",
    },
    {
        "kind": "other", "slug": "de_versicherung_antrag", "lang": "de", "contact": "",
        "frm": ("Alpina Versicherung", "service@alpina-vers.example.de"), "date": "2026-09-25 11:00 +0200",
        "subject": "Eingangsbestätigung Ihres Antrags", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Sehr geehrter Herr Ng-Hargreaves,

wir bestätigen den Eingang Ihres Antrags auf eine Auslandskrankenversicherung. Wir prüfen Ihre Angaben und melden uns innerhalb von 10 Werktagen.

Mit freundlichen Grüßen
Ihre Alpina Versicherung

Diese E-Mail wurde automatisch erstellt.""",
    },
]

MESSAGES = JOB_ADJACENT + FOREIGN
