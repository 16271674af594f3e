"""Corpus 230: everything that is not an event in the candidate's own job search (kind `other`).

Job alerts and newsletters, advice articles, press/podcast/user-research requests, parcels and
trackers, friends and family, bank/landlord/doctor/school mail, auto-replies, network
notifications, course refusals and the candidate's own sent mail.
"""

from __future__ import annotations

from msgs230_common import (
    CAND,
    CAND_SIG,
    ats_card,
    digest_html,
    digest_text,
    m,
    paras,
    reply_quote,
)
from msgs230_invites import EL_INVITE, HM_INVITE, LQ_INVITE

BULK = [("Precedence", "bulk"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
AUTO = [("Auto-Submitted", "auto-generated")]

EB_THANKS = """Dear Orla,

Many thanks to you, Declan and Emer for the interview this morning. I enjoyed the conversation, especially hearing about the plans for the new library building, and I came away even keener on the Facilities Coordinator post.

Please pass on my thanks to the panel.

Kind regards,
Tadeusz Ó Briain"""

EL_SORRY = """Sehr geehrte Frau Timmermann,

bitte entschuldigen Sie vielmals, dass ich heute Morgen nicht im Teams-Meeting war. Ich habe die Uhrzeit in meinem Kalender fälschlich als 10:00 Uhr irischer Zeit eingetragen und wäre erst um 11:00 Uhr Ihrer Zeit dabei gewesen. Das ist mein Fehler, und es tut mir sehr leid.

Ich bin weiterhin sehr an der Stelle interessiert und würde mich über einen neuen Termin freuen. Ich bin in dieser Woche jederzeit erreichbar.

Mit freundlichen Grüßen
Tadeusz Ó Briain"""

KB_THANKS = """Hi Aoife,

Thanks a million for this morning, and please thank Rory for me as well. I really enjoyed hearing how the Workplace team runs the campus – the story about the rooftop beehives will stay with me.

It confirmed for me that this is the kind of job I want to be doing. If there's anything else you need from me (references, certificates), just let me know.

All the best,
Tadeusz"""

CV_LINES = ["Tadeusz Ó Briain - Dublin 8 - +353 87 415 2290 - tadeusz.ob@example.ie", "",
            "Profile: bar manager with ten years in high-volume Dublin venues, moving into",
            "facilities coordination. Safe Pass, manual handling, first aid (PHECC).", "",
            "Experience:",
            "2019-2026  Bar Manager, The Brazen Lantern, Camden Street, Dublin 2",
            "  - contractor and supplier management, cellar and plant upkeep",
            "  - rota for 14 staff, opening/closing, licensing and HSA inspections",
            "2016-2019  Barman, various venues, Dublin", "",
            "Languages: English, Polish, working German, basic French and Spanish"]

JH_ITEMS = [
    ("Facilities Coordinator", "Liffeyside Property Management · Dublin 1 · €40k–€45k",
     "https://jobsharbour.example.ie/j/88213",
     "Coordinate contractors across a portfolio of 11 office buildings on the north quays."),
    ("Building Services Coordinator", "Eblana University · Dublin 7 · Fixed-term 2 years",
     "https://jobsharbour.example.ie/j/88240",
     "Support the Estates Office with planned maintenance and room bookings."),
    ("Front of House & Facilities Assistant", "Docklands co-working · Dublin 2",
     "https://jobsharbour.example.ie/j/88251",
     "Be the first face members see and keep the building running smoothly."),
    ("Facilities Administrator (maternity cover)", "Private hospital · Dublin 6",
     "https://jobsharbour.example.ie/j/88277",
     "Log helpdesk calls, raise purchase orders, schedule porters and cleaners."),
]

LJ_ITEMS = [
    ("Facilities Coordinator – Titanic Quarter", "Belfast · £28,000–£31,000",
     "https://laganjobs.example.co.uk/v/55120",
     "Property company seeks organised coordinator. Interviews to be held w/c 9 February."),
    ("Estates Assistant", "University, Belfast · £26,100",
     "https://laganjobs.example.co.uk/v/55131",
     "Support the estates team with contractor access and compliance records."),
    ("Hotel Maintenance Coordinator", "Liverpool city centre · £30,000",
     "https://laganjobs.example.co.uk/v/55144",
     "Four-star hotel. Immediate interviews for the right candidate."),
]

HJ_ITEMS = [
    ("Objektmanager:in Gewerbe (m/w/d)", "Hamburg-Altona · Vollzeit",
     "https://hafenjobs.example.de/stelle/40112",
     "Betreuung von drei Bürogebäuden, Steuerung der Dienstleister."),
    ("Facility Coordinator (English speaking)", "Hamburg HafenCity · Tech-Unternehmen",
     "https://hafenjobs.example.de/stelle/40128",
     "Campusbetrieb, Empfang, Events – Vorstellungsgespräche auf Englisch möglich."),
    ("Haustechniker:in Hotel", "Hamburg St. Pauli · ab sofort",
     "https://hafenjobs.example.de/stelle/40133",
     "Kleinreparaturen, Wartungsplanung, Zusammenarbeit mit Housekeeping."),
]

EO_ITEMS = [
    ("Coordinateur services généraux H/F", "Nantes (44) · CDI · 30-34 k€",
     "https://emploiouest.example.fr/offre/77102",
     "Gestion des prestataires, sécurité, aménagement des espaces de travail."),
    ("Assistant technique de copropriété H/F", "Nantes (44) · CDI",
     "https://emploiouest.example.fr/offre/77118",
     "Suivi des interventions dans un parc de 40 immeubles."),
    ("Responsable logistique événementielle H/F", "Saint-Herblain (44) · CDD 12 mois",
     "https://emploiouest.example.fr/offre/77125",
     "Organisation technique des salons et congrès."),
]

EM_ITEMS = [
    ("Coordinador/a de mantenimiento – hotel 4*", "Madrid centro · Jornada completa",
     "https://empleomeseta.example.es/oferta/31207",
     "Buscamos perfil con inglés alto. Incorporación inmediata."),
    ("Técnico/a de servicios generales", "Madrid – Las Tablas · Indefinido",
     "https://empleomeseta.example.es/oferta/31219",
     "Gestión de proveedores, salas y mantenimiento preventivo."),
    ("Facility Coordinator (English)", "Madrid – Campo de las Naciones",
     "https://empleomeseta.example.es/oferta/31224",
     "Multinacional tecnológica. Entrevistas en inglés."),
]

MESSAGES = [
    # ======================= English =====================================================
    m(kind="other", slug="job_alert_digest", company="", contact="", lang="en",
      date="2026-01-19 07:00", tz="IE",
      frm=("JobsHarbour Alerts", "alerts@jobsharbour.example.ie"),
      subject="4 new jobs for \"facilities coordinator\" in Dublin",
      headers=[("List-Id", "JobsHarbour job alerts <alerts.jobsharbour.example.ie>"),
               ("List-Unsubscribe", "<https://jobsharbour.example.ie/alerts/unsubscribe?u=7731>, "
                "<mailto:unsubscribe@jobsharbour.example.ie?subject=7731>"), *BULK],
      text=digest_text("""Hi Tadeusz,

Here are this week's new jobs matching your alert "facilities coordinator" within 20 km of Dublin.

Tip of the week: most employers now run a short phone interview before inviting you in. Keep your phone on and a copy of the job ad to hand.""",
                       JH_ITEMS,
                       "You're receiving this because you created a job alert on JobsHarbour. "
                       "Manage alerts: https://jobsharbour.example.ie/alerts"),
      html=digest_html("JobsHarbour", "#0e7490", """Hi Tadeusz,

Here are this week's new jobs matching your alert "facilities coordinator" within 20 km of Dublin.

Tip of the week: most employers now run a short phone interview before inviting you in. Keep your phone on and a copy of the job ad to hand.""",
                       JH_ITEMS,
                       'You\'re receiving this because you created a job alert on JobsHarbour. '
                       '<a href="https://jobsharbour.example.ie/alerts">Manage alerts</a>'),
      cte="quoted-printable"),

    m(kind="other", slug="fm_newsletter_html_only", company="", contact="", lang="en",
      date="2026-02-26 06:30", tz="UK",
      frm=("Facilities Weekly", "newsletter@facilitiesweekly.example.co.uk"),
      subject="Facilities Weekly: rejected after the final interview? + CAFM on a budget",
      headers=[("List-Id", "Facilities Weekly <weekly.facilitiesweekly.example.co.uk>"),
               ("List-Unsubscribe", "<https://facilitiesweekly.example.co.uk/u/5521ab>"), *BULK],
      html=digest_html("Facilities Weekly", "#9a3412", """This week: what to do when the rejection email arrives after a final-round interview, why small FM teams are ditching spreadsheets, and the new fire-door rules for residential blocks.""",
                       [("\"We've decided not to proceed\" – what hiring managers actually mean",
                         "Careers · 6 min read",
                         "https://facilitiesweekly.example.co.uk/a/rejection-after-final",
                         "Five FM directors explain how they choose between two good candidates, "
                         "and how to ask for feedback that helps."),
                        ("CAFM on a budget: four tools compared", "Technology · 9 min read",
                         "https://facilitiesweekly.example.co.uk/a/cafm-budget",
                         "From free helpdesk apps to full planned-maintenance suites."),
                        ("Fire doors in residential blocks: the 2026 changes", "Compliance",
                         "https://facilitiesweekly.example.co.uk/a/fire-doors-2026",
                         "Quarterly checks are now required in buildings over 11 metres."),
                        ("Jobs board: 38 new coordinator roles", "Jobs",
                         "https://facilitiesweekly.example.co.uk/jobs",
                         "Including interviews this month in Liverpool, Manchester and Leeds.")],
                       'Facilities Weekly, 9 Rodney Street, Liverpool. '
                       '<a href="https://facilitiesweekly.example.co.uk/u/5521ab">Unsubscribe</a>'),
      cte="quoted-printable"),

    m(kind="other", slug="career_change_article", company="", contact="", lang="en",
      date="2026-03-05 12:00", tz="IE",
      frm=("Second Act Careers", "hello@secondact.example.ie"),
      subject="From pints to PPM: what bar work really teaches you about facilities",
      headers=[("List-Id", "Second Act Careers <secondact.example.ie>"),
               ("List-Unsubscribe", "<https://secondact.example.ie/unsubscribe/c81f>"), *BULK],
      text="""SECOND ACT CAREERS – issue 37

From pints to PPM: what bar work really teaches you about facilities

Every week someone writes in asking whether ten years in hospitality counts for anything when you apply for an office job. This week we asked three facilities managers who came from bars and restaurants.

1. You already do planned maintenance. Line cleaning, cellar cooling, the glass-washer service: it's the same logic as a planned preventive maintenance (PPM) schedule, just with smaller numbers.

2. You already manage contractors. The brewery technician, the pest-control visit, the fire-alarm engineer who turns up on a Saturday – put them on your CV as vendor management.

3. Expect a lot of "no" at first. One of our contributors sent 60 applications, got 9 interviews and 7 rejections before landing a coordinator job with a property company. Rejections are not a verdict on you; they're a numbers game, and each interview makes the next one easier.

4. Ask for feedback, every time. Not every employer replies, but the ones who do will tell you exactly which certificate or system to learn next.

Next week: how to talk about salary when you're changing sector.

Reply to this email to share your own career change story – we read everything.

Second Act Careers · Dublin
Unsubscribe: https://secondact.example.ie/unsubscribe/c81f"""),

    m(kind="other", slug="podcast_interview_request", company="",
      contact="rachel@backofhouse.example.ie", lang="en",
      date="2026-10-08 14:26", tz="IE",
      frm=("Rachel Geoghegan", "rachel@backofhouse.example.ie"),
      subject="Podcast interview? The Back of House – career changers episode",
      text="""Hi Tadeusz,

I host The Back of House, a podcast about people who work (or used to work) in Irish hospitality. A friend of yours, Ciarán, told me you've just made the jump from behind the bar to a facilities job in a tech company, and I'd love to interview you for our episode on career changers.

It would be a relaxed 40-minute conversation, recorded in our studio in Smithfield or over Zoom, whichever you prefer. We'd talk about what made you leave, how the job hunt went (the good, the bad and the rejections), and what you miss about the bar.

We're recording the series in the first two weeks of November. Would you be up for it? No pressure at all either way.

Thanks,
Rachel

Rachel Geoghegan
Host & Producer, The Back of House podcast
backofhouse.example.ie"""),

    m(kind="other", slug="press_interview_request", company="",
      contact="f.mccrann@libertiesgazette.example.ie", lang="en",
      date="2026-04-16 11:08", tz="IE",
      frm=("Fionnuala McCrann", "f.mccrann@libertiesgazette.example.ie"),
      enc={"to": ("utf-8", "B")}, to=[CAND],
      subject="Interview request – Liberties Gazette feature on hospitality workers",
      text="""Dear Tadeusz,

I'm a reporter with the Liberties Gazette. We're putting together a feature on bar and restaurant staff in Dublin 8 who are leaving hospitality for other careers, and the manager at the Brazen Lantern suggested I get in touch with you.

Would you be willing to do a short interview, in person or by phone, sometime in the next fortnight? It would take about half an hour, and we'd like to take a photo if you're comfortable with that. You'd be able to check your quotes before publication.

Many thanks,

Fionnuala McCrann
Reporter, Liberties Gazette
Unit 3, Thomas Street, Dublin 8
087 555 6103"""),

    m(kind="other", slug="user_research_interview", company="",
      contact="ux-research@jobsharbour.example.ie", lang="en",
      date="2026-05-07 10:15", tz="IE",
      frm=("Siobhra at JobsHarbour", "ux-research@jobsharbour.example.ie"),
      subject="Help us improve JobsHarbour – 30-minute interview, €25 voucher",
      text="""Hi Tadeusz,

I'm Siobhra, a user researcher at JobsHarbour. You've been using our job alerts for a few months, and we'd love to hear how you find them.

We're running 30-minute video interviews between 18 and 29 May. There are no right or wrong answers – we want to understand how you search for jobs, what you do when you hear nothing back from an application, and what would make the site more useful. As a thank-you, you'll receive a €25 One4All voucher.

If you're interested, please pick a time here: https://calendly.example.com/jobsharbour-research/30min

Your answers will only be used to improve JobsHarbour and won't be shared with employers.

Thanks,
Siobhra Ní Mhurchú
User Research, JobsHarbour""",
      headers=[("X-Campaign", "research-may-2026")]),

    m(kind="other", slug="parcel_delayed_unfortunately", company="", contact="", lang="en",
      date="2026-03-18 08:42", tz="IE",
      frm=("SwiftParcel", "no-reply@swiftparcel.example.ie"),
      subject="Unfortunately your parcel is delayed",
      headers=AUTO,
      text="""Hi Tadeusz,

Unfortunately your parcel SP-IE-4471-2093 is delayed and will not arrive today as planned.

Reason: the vehicle was unable to complete its route because of a road closure.
New estimated delivery: Thursday 19 March, 09:00–13:00

You don't need to do anything. If you won't be at home, you can choose a safe place or a parcel locker here: https://swiftparcel.example.ie/track/SP-IE-4471-2093

We're sorry for the inconvenience.

SwiftParcel Customer Care""",
      html=ats_card("SwiftParcel", "#f59e0b", paras("""Hi Tadeusz,

Unfortunately your parcel SP-IE-4471-2093 is delayed and will not arrive today as planned.

Reason: the vehicle was unable to complete its route because of a road closure.
New estimated delivery: Thursday 19 March, 09:00–13:00

You don't need to do anything. If you won't be at home, you can choose a safe place or a parcel locker here: https://swiftparcel.example.ie/track/SP-IE-4471-2093

We're sorry for the inconvenience.

SwiftParcel Customer Care"""), "SwiftParcel Ireland · Do not reply to this email.")),

    m(kind="other", slug="tracker_position_update", company="", contact="", lang="en",
      date="2026-06-30 23:12", tz="IE",
      frm=("TagTrail", "notifications@tagtrail.example.com"),
      subject="Your tag \"Bike\" has a new position",
      headers=AUTO,
      text="""TagTrail

Your tag "Bike" reported a new position at 23:09.

Last known position: South Circular Road, Dublin 8 (accuracy ±15 m)
Previous position: Camden Street Lower, Dublin 2 – 22:41

If you didn't move this item, open the app to turn on Lost Mode and get alerts when its position changes again.

Open TagTrail: https://app.tagtrail.example.com/tags/bike

You're receiving this because position alerts are on for this tag."""),

    m(kind="other", slug="friend_own_rejection", company="",
      contact="ciaran.mulvey@example.ie", lang="en",
      date="2026-10-13 21:47", tz="IE",
      frm=("Ciarán Mulvey", "ciaran.mulvey@example.ie"),
      enc={"from": ("iso-8859-1", "Q")},
      subject="well that's that",
      text="""Tadhg,

Got the email from the Mespil Grand tonight. "After careful consideration we have decided to move forward with other candidates whose experience more closely matches our requirements." Three interviews and a trial shift for that. Not even a phone call.

Anyway. You're the success story now, so pints are on you Friday and you can tell me how it's done. I'll bring my CV and you can fix it.

C.

Sent from my phone"""),

    m(kind="other", slug="own_thank_you_after_interview", key="eb-thanks", parent="eb-move",
      company="", contact="", lang="en", date="2026-03-24 18:05", tz="IE",
      frm=CAND, to=[("Orla Kinsella", "orla.kinsella@eblana.example.ie")],
      enc={"from": ("utf-8", "Q")},
      subject="Thank you – Facilities Coordinator interview",
      text=EB_THANKS),

    m(kind="other", slug="own_application_with_cv", key="fw-app", company="", contact="",
      lang="en", date="2026-02-12 20:33", tz="IE",
      frm=CAND, to=[("Deirdre Halpin", "deirdre.halpin@fitzwilliambm.example.ie")],
      enc={"from": ("iso-8859-1", "Q")},
      subject="Application – Facilities Coordinator (residential blocks)",
      text="""Dear Ms Halpin,

I would like to apply for the Facilities Coordinator position advertised on JobsHarbour, covering your residential blocks in Dublin 4 and 6. My CV is attached.

For the last seven years I have managed the Brazen Lantern on Camden Street, where I look after the building as much as the bar: I organise contractors (refrigeration, fire safety, pest control), handle landlord and neighbour issues, and deal with emergencies at any hour – a burst pipe at 2am on a Saturday is not new to me.

I am now looking to use those skills full-time in facilities, and residential block management appeals to me because it is so much about people. I am available for interview at your convenience.

Yours sincerely,

""" + CAND_SIG,
      pdf=[{"filename": "Tadeusz_OBriain_CV.pdf", "title": "Tadeusz Ó Briain - Curriculum Vitae",
                "lines": CV_LINES}]),

    m(kind="other", slug="own_reschedule_request", key="lq-resched", parent="lq-inv",
      company="", contact="", lang="en", date="2026-01-20 21:40", tz="IE",
      frm=CAND, to=[("Ruairí McAteer", "ruairi.mcateer@laganquays.example.co.uk")],
      enc={"from": ("utf-8", "B"), "to": ("utf-8", "B")},
      subject="Re: Facilities Coordinator – quick call?",
      text="""Hi Ruairí,

Thanks very much for getting in touch. I'm rostered on both Thursday and Friday this week and I wouldn't be able to talk properly from the bar. Would early next week suit, ideally Monday around lunchtime?

Best regards,
Tadeusz

""" + reply_quote("en", "Tue, 20 Jan 2026 at 16:02", "Ruairí McAteer",
                  "ruairi.mcateer@laganquays.example.co.uk", LQ_INVITE)),

    m(kind="other", slug="own_thank_you_kestrelbyte", key="kb-thanks", parent="kb-move",
      company="", contact="", lang="en", date="2026-08-21 17:12", tz="IE",
      frm=CAND, to=[("Aoife Brennan", "aoife.brennan@kestrelbyte.example.ie")],
      subject="Thanks for today",
      text=KB_THANKS),

    m(kind="other", slug="headhunter_cold_approach", company="",
      contact="gavin.ashe@northstarsearch.example.ie", lang="en",
      date="2026-04-28 09:32", tz="IE",
      frm=("Gavin Ashe", "gavin.ashe@northstarsearch.example.ie"),
      subject="Your background – a quick hello",
      text="""Hi Tadeusz,

I came across your profile on ProLink and noticed you're moving from hospitality management into facilities. I specialise in workplace and FM hires for tech and financial services firms in Dublin, and people with your mix of operations and customer-facing experience are increasingly in demand.

I don't have a specific role to put to you today, but I'd like to get to know you so that I can think of you when the right one comes along. If you're open to it, let me know a good time for a 15-minute chat in the next few weeks.

Best regards,

Gavin Ashe
Director, Northstar Search
The Academy, 42 Pearse Street, Dublin 2
+353 1 555 6219"""),

    m(kind="other", slug="credit_union_appointment", company="", contact="", lang="en",
      date="2026-02-03 12:00", tz="IE",
      frm=("Liffey Credit Union", "no-reply@liffeycu.example.ie"),
      subject="Your appointment with our lending officer",
      headers=AUTO,
      text="""Dear Member,

This is a reminder of your appointment with one of our lending officers.

Date: Friday 6 February 2026
Time: 11:30
Branch: Meath Street, Dublin 8

Please bring your last three payslips, three months of bank statements and photo ID. If your employment position has changed recently, please also bring your new contract or a letter from your employer.

To change or cancel your appointment, call us on 01 555 4800.

Liffey Credit Union Limited is regulated by the Central Bank of Ireland."""),

    m(kind="other", slug="landlord_inspection_smoke_alarms", company="",
      contact="maura.kenny@kennylettings.example.ie", lang="en",
      date="2026-05-20 13:50", tz="IE",
      frm=("Maura Kenny", "maura.kenny@kennylettings.example.ie"),
      subject="Annual inspection – Flat 3, 27 Lennox Street",
      text="""Hi Tadeusz,

Just a heads-up that I'll be doing the annual inspection of the flat next Thursday, 28 May, at around 10am. I need to check the position of the smoke alarms (the fire officer wants one moved away from the kitchen door), test the carbon monoxide alarm and have a look at the damp patch in the bathroom you mentioned.

If the time doesn't suit, let me know and we'll arrange another appointment – otherwise I'll let myself in with the spare key.

Thanks,
Maura

Maura Kenny
Kenny Lettings
086 555 3317"""),

    m(kind="other", slug="course_place_refused_pdf", company="", contact="", lang="en",
      date="2026-08-26 15:00", tz="IE",
      frm=("Liffey College Admissions", "admissions-noreply@liffeycollege.example.ie"),
      subject="Your application – Certificate in Facilities Management (evening)",
      headers=AUTO,
      text="""Dear Tadeusz Ó Briain,

Thank you for your application for the QQI Level 6 Certificate in Facilities Management (evening course, September 2026 intake).

We regret that we are unable to offer you a place on the course this year. The course was heavily oversubscribed, and places were offered in order of application date following the interviews for applicants without a Level 5 award.

You have been placed on the waiting list at position 7. Should a place become available before 21 September, we will contact you.

Our decision letter is attached for your records.

Admissions Office
Liffey College of Further Education, Ushers Quay, Dublin 8""",
      pdf=[{"filename": "LCFE_decision_letter.pdf", "title": "Liffey College - Admissions decision",
                "lines": ["Applicant: Tadeusz Ó Briain",
                       "Course: Certificate in Facilities Management (QQI Level 6), evening",
                       "Decision: no place offered - waiting list position 7",
                       "Date: 26 August 2026"]}]),

    m(kind="other", slug="gp_appointment_rescheduled", company="", contact="", lang="en",
      date="2026-07-06 08:05", tz="IE",
      frm=("Camden Medical Practice", "noreply@camdenmedical.example.ie"),
      subject="Your appointment has been rescheduled",
      headers=AUTO,
      text="""Dear Tadeusz,

Unfortunately Dr Nolan is unavailable on Wednesday 8 July. Your appointment has been rescheduled to:

Friday 10 July 2026 at 09:20 with Dr Aylward

If this new time does not suit, please phone reception on 01 555 2088 to arrange another appointment. Please do not reply to this message.

Camden Medical Practice
14 Camden Row, Dublin 8"""),

    m(kind="other", slug="recruiter_out_of_office", key="kb-ooo", parent="kb-thanks",
      company="", contact="aoife.brennan@kestrelbyte.example.ie", lang="en",
      date="2026-08-21 17:13", tz="IE",
      frm=("Aoife Brennan", "aoife.brennan@kestrelbyte.example.ie"),
      subject="Automatic reply: Thanks for today",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Hi,

Thanks for your email. I'm out of the office until Monday 24 August with limited access to email.

If your message is about an interview scheduled for next week, please contact talent@kestrelbyte.example.ie and one of the team will help. Otherwise I'll get back to you when I'm back.

Aoife Brennan
Talent Partner | Kestrelbyte"""),

    m(kind="other", slug="prolink_application_viewed", company="", contact="", lang="en",
      date="2026-08-07 12:31", tz="UTC",
      frm=("ProLink", "notifications@prolink.example.com"),
      subject="Your application was viewed by Kestrelbyte",
      headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/email?t=app_view>"),
               *AUTO],
      html=ats_card("ProLink", "#0a66c2", """<p>Hi Tadeusz,</p>
<p>Good news – your application for <b>Workplace Coordinator</b> at <b>Kestrelbyte</b> was viewed by the hiring team.</p>
<p>Applicants who follow up with a short message are 20% more likely to hear back.</p>
<p><a href="https://prolink.example.com/jobs/applied">See your applications</a></p>
<p>Other jobs you might like: Facilities Coordinator at Liffeyside Property Management · Office Manager at Orbitfold</p>""",
                    "You are receiving job application notifications. "
                    '<a href="https://prolink.example.com/settings/email">Unsubscribe</a>'),
      cte="base64"),

    m(kind="other", slug="prolink_new_message_notification", company="", contact="",
      lang="en", date="2026-09-15 18:02", tz="UTC",
      frm=("ProLink", "messages-noreply@prolink.example.com"),
      subject="Declan sent you a message",
      headers=AUTO,
      text="""You have a new message

Declan Furlong – Estates Manager at Eblana University
"Hi Tadeusz, hope all's well. We met in March when you interviewed with us. A Building Services post is about to open in the Estates Office and I thought..."

Reply on ProLink: https://prolink.example.com/messaging/t/9910022

This is an automated notification. Replies to this email are not delivered."""),

    m(kind="other", slug="belfast_liverpool_alert_text", company="", contact="", lang="en",
      date="2026-01-23 06:45", tz="UK",
      frm=("Lagan Jobs", "jobmail@laganjobs.example.co.uk"),
      subject="Job alert: 3 new facilities jobs in Belfast & Liverpool",
      headers=[("List-Id", "<jobalerts.laganjobs.example.co.uk>"),
               ("List-Unsubscribe", "<mailto:leave-4421@laganjobs.example.co.uk>"), *BULK],
      text=digest_text("Hello Tadeusz, here are the latest jobs matching your saved search.",
                       LJ_ITEMS, "Lagan Jobs – stop these emails: "
                       "https://laganjobs.example.co.uk/alerts/4421/stop")),

    m(kind="other", slug="agency_market_update", company="", contact="", lang="en",
      date="2026-04-30 08:00", tz="IE",
      frm=("Clarion Talent Partners", "insights@clariontalent.example.ie"),
      subject="Clarion Insights Q2: FM salaries, interview trends and the hiring slow-down",
      headers=[("List-Id", "Clarion Insights <insights.clariontalent.example.ie>"),
               ("List-Unsubscribe", "<https://clariontalent.example.ie/prefs?u=tob>"), *BULK],
      text="""CLARION INSIGHTS – Q2 2026 – Facilities & Property

1. Salaries
Facilities coordinator salaries in Dublin rose 4% year on year, to a typical €38k–€46k. Belfast and Liverpool remain 20–25% lower.

2. Interview trends
Two-stage processes are now the norm: a 20-minute screening call, then a panel interview, often with a practical exercise (PPM scheduling or a helpdesk scenario). Trial days are increasingly common in hotels.

3. Longer silences, more "no" emails
Time-to-hire has grown to 41 days. Several clients have put coordinator roles on hold pending budget reviews, so candidates are seeing more rejections and cancelled processes than last year – it's the market, not you.

4. What gets people hired
CAFM experience, IOSH Managing Safely and a clean driving licence come up in almost every brief.

Talk to your consultant about where you stand.

Clarion Talent Partners · 40 Mount Street Lower, Dublin 2
Update your preferences: https://clariontalent.example.ie/prefs?u=tob"""),

    m(kind="other", slug="interview_reviews_digest", company="", contact="", lang="en",
      date="2026-05-30 16:10", tz="UTC",
      frm=("InterviewIntel", "digest@interviewintel.example.com"),
      subject="New interview reviews: Mercy Vale Hospital, Kestrelbyte",
      headers=[("List-Unsubscribe", "<https://interviewintel.example.com/unsub/tob>"), *BULK],
      text="""Companies you follow have new reviews

Mercy Vale Hospital – Facilities Services Coordinator
"Assessment centre with an in-tray exercise and a group task. Panel was friendly. Got the rejection two weeks later by email, no feedback." – Interview candidate, Dublin

Kestrelbyte – Workplace Associate
"Recruiter phone screen, then a 45-minute interview with the Workplace Lead. Offer within a week." – Interview candidate, Dublin

Read all reviews: https://interviewintel.example.com/companies/followed

You follow 2 companies. Manage alerts: https://interviewintel.example.com/settings"""),

    m(kind="other", slug="pub_manager_rota", company="",
      contact="sile.brannigan@brazenlantern.example.ie", lang="en",
      date="2026-02-16 15:22", tz="IE",
      frm=("Síle Brannigan", "sile.brannigan@brazenlantern.example.ie"),
      enc={"from": ("utf-8", "Q")},
      subject="Rota w/c 23 Feb + lounge interviews",
      text="""Hi all,

Rota for next week is up on the board and attached to the WhatsApp. Tadeusz – you're on lates Thursday to Saturday, and opening on Sunday.

We're interviewing for the new lounge position on Tuesday afternoon. Tadeusz, can you sit in on those with me from 3? You know better than anyone what the Saturday shift needs.

Also, the keg cooler engineer is coming Wednesday morning. Whoever's opening, please let him in.

Thanks,
Síle

Síle Brannigan
General Manager, The Brazen Lantern
Camden Street Lower, Dublin 2""",
      to=[("Lantern Staff", "staff@brazenlantern.example.ie")]),

    m(kind="other", slug="own_application_coliving", key="lk-app", company="", contact="",
      lang="en", date="2026-06-21 22:18", tz="IE",
      frm=CAND, to=[("Larkspur Careers", "careers@larkspur.example.co.uk")],
      enc={"from": ("iso-8859-1", "B")},
      subject="Building Coordinator, Baltic Triangle – Tadeusz Ó Briain",
      text="""Hello Larkspur team,

I've just submitted my application through your website for the Building Coordinator role, but I wanted to send a short note as well, since your ad said you read every one.

I run a busy bar in Dublin, and a big part of my job is making a building work for the people in it: fixing what breaks, keeping contractors honest and making regulars feel at home. Co-living sounds like the same job with a longer stay. I'd happily relocate to Liverpool.

My CV is attached again in case it's easier.

Thanks for reading,

""" + CAND_SIG,
      pdf=[{"filename": "TOBriain_CV_2026.pdf", "title": "Tadeusz Ó Briain - CV",
                "lines": CV_LINES}]),

    m(kind="other", slug="own_offer_acceptance", key="kb-accept", parent="kb-offer",
      company="", contact="", lang="en", date="2026-09-04 09:02", tz="IE",
      frm=CAND, to=[("Aoife Brennan", "aoife.brennan@kestrelbyte.example.ie")],
      cc=[("Rory Teehan", "rory.teehan@kestrelbyte.example.ie")],
      subject="Re: Your offer from Kestrelbyte – Workplace Coordinator",
      text="""Hi Aoife,

I'm delighted to accept the offer – signed letter attached. Starting on Monday 5 October suits me perfectly; I've given my notice at the bar today.

Thanks to you and Rory for making the whole process so easy, even with the interview being moved.

See you in October!
Tadeusz

""" + reply_quote("en", "Wed, 2 Sep 2026 at 15:30", "Aoife Brennan",
                  "aoife.brennan@kestrelbyte.example.ie", """Hi Tadeusz,

I'm delighted to confirm what Rory told you on the phone this afternoon: we'd love you to join Kestrelbyte as Workplace Coordinator on our Grand Canal Dock campus.
[...]"""),
      pdf=[{"filename": "Kestrelbyte_Offer_Letter_TOBriain_signed.pdf",
                "title": "Kestrelbyte - Offer of Employment (signed)",
                "lines": ["Accepted: Tadeusz Ó Briain", "Date: 4 September 2026"]}]),

    m(kind="other", slug="own_offer_decline", key="sm-decline", parent="sm-offer",
      company="", contact="", lang="en", date="2026-06-03 19:30", tz="IE",
      frm=CAND, to=[("Owen Laffan", "owen.laffan@smithfieldhall.example.ie")],
      subject="Re: Job offer – Operations & Facilities Coordinator",
      text="""Dear Owen,

Thank you very much for the offer, and for the time you and Maeve spent with me last week.

After a lot of thought I've decided not to accept. I've been offered another role with a bigger facilities team, and I think that's the right step for me at this stage of my move out of hospitality. It was a hard decision, as I really liked the hall and the people.

I hope we'll cross paths again – I'll certainly be at the Saturday market.

Kind regards,
Tadeusz Ó Briain"""),

    m(kind="other", slug="webinar_interview_skills", company="", contact="", lang="en",
      date="2026-03-02 10:00", tz="UK",
      frm=("Upskill Hub Events", "events@upskillhub.example.co.uk"),
      subject="Free webinar: Interview Skills Masterclass – Thursday 12 March",
      headers=[("List-Id", "Upskill Hub events <events.upskillhub.example.co.uk>"),
               ("List-Unsubscribe", "<https://upskillhub.example.co.uk/unsubscribe?e=88a1>"),
               *BULK],
      text="""Interview Skills Masterclass – free live webinar

Thursday 12 March, 19:00–20:00 (UK & Ireland)

Got an interview coming up? Been rejected after a panel interview and don't know why? Join career coach Lorraine Devaney for an hour of practical advice:

- answering competency questions with the STAR method
- handling video interviews and technical hiccups
- what to say when you're asked "why are you leaving your current position?"
- following up after an interview, and turning a rejection into feedback

Register here: https://upskillhub.example.co.uk/events/interview-masterclass

Can't make it live? Register anyway and we'll send you the recording.

Upskill Hub · Unsubscribe: https://upskillhub.example.co.uk/unsubscribe?e=88a1""",
      html=paras("""Interview Skills Masterclass – free live webinar

Thursday 12 March, 19:00–20:00 (UK & Ireland)

Got an interview coming up? Been rejected after a panel interview and don't know why? Join career coach Lorraine Devaney for an hour of practical advice.

Register here: https://upskillhub.example.co.uk/events/interview-masterclass

Upskill Hub · Unsubscribe: https://upskillhub.example.co.uk/unsubscribe?e=88a1""")),

    m(kind="other", slug="workday_password_reset", company="", contact="", lang="en",
      date="2026-04-15 21:40", tz="UTC",
      frm=("Cavehill University", "cavehill@myworkday.com"),
      subject="Reset your Candidate Home password",
      headers=AUTO,
      text="""Hello,

We received a request to reset the password for your Cavehill University Candidate Home account (tadeusz.ob@example.ie).

Use the link below within 30 minutes to choose a new password:
https://wd3.myworkdayjobs.com/cavehill/passwordreset?token=f83a2c

If you did not request this, you can ignore this email and your password will not change.

Cavehill University – Candidate Home"""),

    m(kind="other", slug="candidate_experience_survey", company="", contact="", lang="en",
      date="2026-07-17 14:00", tz="UTC",
      frm=("Northgate Digital", "no-reply@greenhouse-mail.io"),
      subject="How was your interview experience with Northgate Digital?",
      headers=AUTO,
      text="""Hi Tadeusz,

You recently interviewed with Northgate Digital. Whatever the outcome, we'd like to know how the process felt from your side.

The survey has five questions and takes about two minutes. Your answers are anonymous and are never shared with the interviewers.

Take the survey: https://survey.greenhouse.io/s/northgate/4c0f9e

Thank you,
Talent Acquisition, Northgate Digital"""),

    m(kind="other", slug="sister_how_did_it_go", company="",
      contact="zofia.obriain@example.pl", lang="en",
      date="2026-03-25 08:17", tz="IE",
      frm=("Zofia Ó Briain", "zofia.obriain@example.pl"),
      enc={"from": ("utf-8", "B")},
      subject="so??",
      text="""Hey little brother,

Mam says you had the university interview yesterday and you haven't rung her yet – she's convinced you got the job and are too modest to say. How did it go? Was the presentation OK?

Also, are you still on for Kraków in August? Flights are going up.

Z."""),

    # ======================= German ======================================================
    m(kind="other", slug="jobalert_hamburg", company="", contact="", lang="de",
      date="2026-04-06 06:15", tz="DE",
      frm=("Hafenjobs Job-Agent", "jobagent@hafenjobs.example.de"),
      subject="3 neue Jobs für „Facility Coordinator“ in Hamburg",
      enc={"subject": ("utf-8", "Q")},
      headers=[("List-Id", "Hafenjobs Job-Agent <jobagent.hafenjobs.example.de>"),
               ("List-Unsubscribe", "<https://hafenjobs.example.de/jobagent/abmelden?id=9921>"),
               *BULK],
      text=digest_text("""Hallo Tadeusz,

Ihr Job-Agent hat 3 neue Stellen gefunden. Tipp: Viele Arbeitgeber laden inzwischen direkt zum Videointerview ein – prüfen Sie Kamera und Mikrofon vorab!""",
                       HJ_ITEMS, "Job-Agent verwalten oder abmelden: "
                       "https://hafenjobs.example.de/jobagent/abmelden?id=9921"),
      html=digest_html("Hafenjobs", "#1e3a8a", """Hallo Tadeusz,

Ihr Job-Agent hat 3 neue Stellen gefunden. Tipp: Viele Arbeitgeber laden inzwischen direkt zum Videointerview ein – prüfen Sie Kamera und Mikrofon vorab!""",
                       HJ_ITEMS,
                       '<a href="https://hafenjobs.example.de/jobagent/abmelden?id=9921">'
                       'Job-Agent abmelden</a>'),
      cte="quoted-printable"),

    m(kind="other", slug="eigene_entschuldigung", key="el-sorry", parent="el-miss",
      company="", contact="", lang="de", date="2026-04-28 12:10", tz="IE",
      frm=CAND, to=[("Jana Timmermann", "jana.timmermann@elbufer.example.de")],
      enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
      subject="Entschuldigung - unser Termin am 28. April",
      charset="iso-8859-1", cte="quoted-printable",
      text=EL_SORRY + """

""" + reply_quote("de", "28.04.2026 um 10:31", "Jana Timmermann",
                  "jana.timmermann@elbufer.example.de", """Sehr geehrter Herr Ó Briain,

Herr Petersen und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind jedoch leider nicht erschienen. Auch eine kurze Nachricht haben wir nicht erhalten.

Sollte etwas dazwischengekommen sein, melden Sie sich gern bis Donnerstag bei mir. Gegebenenfalls können wir einen neuen Termin vereinbaren.

""" + reply_quote("de", "20.04.2026 um 13:15", "Jana Timmermann",
                  "jana.timmermann@elbufer.example.de",
                  EL_INVITE.split("Mit freundlichen")[0].strip()))),

    m(kind="other", slug="abwesenheitsnotiz", company="",
      contact="kerstin.vogt@klinikum-alsterblick.example.de", lang="de",
      date="2026-03-24 19:31", tz="DE",
      frm=("Kerstin Vogt", "kerstin.vogt@klinikum-alsterblick.example.de"),
      subject="Abwesenheitsnotiz: Ihre Bewerbung als Koordinator Technik & Infrastruktur",
      enc={"subject": ("iso-8859-1", "B")},
      headers=[("Auto-Submitted", "auto-replied")],
      charset="iso-8859-1", cte="8bit",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. März 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@klinikum-alsterblick.example.de oder telefonisch an 040 555 71 - 300.

Mit freundlichen Grüßen
Kerstin Vogt
Personalabteilung, Klinikum Alsterblick"""),

    m(kind="other", slug="wohnung_absage_vermieter", company="",
      contact="gesa.luehrs@elbblick-hausverwaltung.example.de", lang="de",
      date="2026-06-28 10:04", tz="DE",
      frm=("Hausverwaltung Elbblick", "vermietung@elbblick-hausverwaltung.example.de"),
      reply_to=("Frau Gesa Lührs", "gesa.luehrs@elbblick-hausverwaltung.example.de"),
      subject="Ihre Anfrage: 2-Zimmer-Wohnung Ottensen, Bahrenfelder Straße",
      text="""Sehr geehrter Herr Ó Briain,

vielen Dank für Ihr Interesse an der Wohnung in der Bahrenfelder Straße und Ihre Teilnahme an der Besichtigung am vergangenen Dienstag.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Aufgrund der hohen Nachfrage konnten wir nicht alle Bewerbungen berücksichtigen.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Gesa Lührs
Hausverwaltung Elbblick GmbH
Max-Brauer-Allee 88, 22765 Hamburg"""),

    m(kind="other", slug="sprachkurs_kein_platz", company="", contact="", lang="de",
      date="2026-05-04 09:12", tz="DE",
      frm=("Sprachforum Hamburg", "kurse-noreply@sprachforum-hh.example.de"),
      subject="Ihre Anmeldung zum Intensivkurs Deutsch B2",
      headers=AUTO,
      text="""Sehr geehrter Herr Ó Briain,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (1. Juni bis 26. Juni 2026).

Leider können wir Ihnen keinen Platz in diesem Kurs anbieten. Der Kurs war innerhalb weniger Tage ausgebucht, und auch die Warteliste ist bereits voll.

Der nächste Intensivkurs auf diesem Niveau beginnt am 3. August 2026. Wenn Sie möchten, reservieren wir Ihnen dort gern einen Platz – antworten Sie dazu einfach über unser Kontaktformular.

Mit freundlichen Grüßen
Ihr Team vom Sprachforum Hamburg"""),

    m(kind="other", slug="karriere_newsletter", company="", contact="", lang="de",
      date="2026-07-02 07:30", tz="DE",
      frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
      subject="Karriere-Kompass: Absagen richtig deuten & Vorstellungsgespräche per Video",
      headers=[("List-Id", "Karriere-Kompass Newsletter <news.karriere-kompass.example.de>"),
               ("List-Unsubscribe", "<https://karriere-kompass.example.de/abmelden?k=ob>"),
               *BULK],
      html=digest_html("Karriere-Kompass", "#065f46", """Liebe Leserinnen und Leser,

in dieser Ausgabe geht es um das Lesen zwischen den Zeilen: Was bedeutet eigentlich „Wir haben uns für einen anderen Kandidaten entschieden“? Außerdem: So meistern Sie das Vorstellungsgespräch per Video.""",
                       [("Absagen richtig deuten", "Bewerbung · 5 Min.",
                         "https://karriere-kompass.example.de/absagen-deuten",
                         "Standardabsage oder echtes Feedback? Fünf Formulierungen erklärt."),
                        ("Das Videointerview: Technik, Licht, Blickkontakt", "Interview · 7 Min.",
                         "https://karriere-kompass.example.de/videointerview",
                         "Checkliste für Ihr nächstes Gespräch über Teams oder Zoom."),
                        ("Quereinstieg ins Facility Management", "Branchen · 8 Min.",
                         "https://karriere-kompass.example.de/quereinstieg-fm",
                         "Warum Gastronomie-Erfahrung Personaler überzeugt.")],
                       '<a href="https://karriere-kompass.example.de/abmelden?k=ob">Abmelden</a> · '
                       'Karriere-Kompass Medien GmbH, Hamburg'),
      cte="base64"),

    m(kind="other", slug="berufsnetz_profilbesuche", company="", contact="", lang="de",
      date="2026-06-12 17:45", tz="DE",
      frm=("Berufsnetz", "benachrichtigung@berufsnetz.example.de"),
      subject="Ihr Profil wurde 7-mal besucht",
      headers=AUTO,
      text="""Hallo Tadeusz,

Ihr Profil wurde in den letzten 7 Tagen 7-mal besucht, unter anderem von:

- einer Personalreferentin bei einem Hamburger Klinikum
- einem Recruiter einer Personalberatung in Hamburg
- jemandem aus der Branche Immobilien

Mit Berufsnetz Premium sehen Sie alle Besucher: https://berufsnetz.example.de/premium

Ihr Berufsnetz-Team

Sie erhalten diese E-Mail, weil Benachrichtigungen zu Profilbesuchen aktiviert sind."""),

    # ======================= French ======================================================
    m(kind="other", slug="alerte_emploi_nantes", company="", contact="", lang="fr",
      date="2026-02-16 07:05", tz="FR",
      frm=("EmploiOuest", "alertes@emploiouest.example.fr"),
      subject="Alerte emploi : 3 nouvelles offres « services généraux » à Nantes",
      enc={"subject": ("iso-8859-1", "Q")},
      headers=[("List-Id", "Alertes EmploiOuest <alertes.emploiouest.example.fr>"),
               ("List-Unsubscribe", "<https://emploiouest.example.fr/alertes/stop/6610>"), *BULK],
      text=digest_text("""Bonjour Tadeusz,

3 nouvelles offres correspondent à votre alerte. Conseil : relancez poliment le recruteur si vous n'avez pas de réponse deux semaines après un entretien.""",
                       EO_ITEMS, "Gérer mes alertes : https://emploiouest.example.fr/alertes"),
      html=digest_html("EmploiOuest", "#b91c1c", """Bonjour Tadeusz,

3 nouvelles offres correspondent à votre alerte. Conseil : relancez poliment le recruteur si vous n'avez pas de réponse deux semaines après un entretien.""",
                       EO_ITEMS,
                       '<a href="https://emploiouest.example.fr/alertes/stop/6610">'
                       'Se désabonner</a>')),

    m(kind="other", slug="propre_refus_offre", key="er-decline", parent="er-offer",
      company="", contact="", lang="fr", date="2026-06-26 21:15", tz="IE",
      frm=CAND, to=[("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr")],
      enc={"to": ("iso-8859-1", "Q"), "from": ("utf-8", "B")},
      subject="Re: Proposition d'engagement – coordinateur logistique et services généraux",
      text="""Bonjour Madame Le Floch,

Je vous remercie sincèrement pour cette proposition, ainsi que M. Quéméner pour la qualité des échanges lors des deux entretiens.

Après mûre réflexion, et pour des raisons familiales, j'ai le regret de ne pas pouvoir accepter le poste : un déménagement à Nantes en septembre n'est finalement pas possible pour moi.

Je garde un excellent souvenir du campus de la Censive et j'espère que nos chemins se recroiseront.

Bien cordialement,
Tadeusz Ó Briain

""" + reply_quote("fr", "ven. 19 juin 2026 à 17:10", "Gaëlle Le Floch",
                  "gaelle.lefloch@univ-erdre.example.fr", """Bonjour Monsieur Ó Briain,

J'ai le plaisir de vous annoncer que, à l'issue de votre second entretien, le jury a retenu votre candidature pour le poste de coordinateur logistique et services généraux à la Direction du patrimoine immobilier.

Vous trouverez ci-joint notre proposition d'engagement [...]

Gaëlle Le Floch
Chargée de recrutement - DRH""")),

    m(kind="other", slug="refus_admission_master", company="", contact="", lang="fr",
      date="2026-07-10 10:00", tz="FR",
      frm=("ISFM Nantes – Admissions", "admissions-noreply@isfm-nantes.example.fr"),
      enc={"from": ("utf-8", "Q"), "subject": ("utf-8", "Q")},
      subject="Décision d'admission – Bachelor Facility Management (alternance)",
      headers=AUTO,
      text="""Monsieur,

Nous avons le regret de vous informer que la commission d'admission n'a pas pu donner une suite favorable à votre candidature au Bachelor Facility Management en alternance (rentrée de septembre 2026).

La commission a notamment relevé l'absence d'entreprise d'accueil pour l'alternance à la date de l'entretien d'admission.

Vous pouvez présenter une nouvelle candidature pour la session de janvier 2027.

Le service des admissions
Institut supérieur du Facility Management – Nantes"""),

    m(kind="other", slug="banque_rdv_conseiller_latin1", company="", contact="", lang="fr",
      date="2026-06-01 09:30", tz="FR",
      frm=("Banque Ligérienne", "ne-pas-repondre@banque-ligerienne.example.fr"),
      subject="Confirmation de votre rendez-vous avec votre conseiller",
      headers=AUTO, charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Ó Briain,

Nous vous confirmons votre rendez-vous téléphonique avec Mme Estelle Jaouen, votre conseillère, le lundi 8 juin à 17h30, au sujet de l'ouverture de votre compte non-résident.

Pour préparer cet entretien, merci de déposer dans votre espace client une pièce d'identité, un justificatif de domicile et, le cas échéant, votre promesse d'embauche.

Pour consulter la position de votre compte ou modifier ce rendez-vous, rendez-vous sur votre espace client.

Banque Ligérienne - Agence Nantes Graslin
Ceci est un message automatique, merci de ne pas y répondre."""),

    m(kind="other", slug="reponse_automatique_absence", company="",
      contact="yannick.legoff@loireinterim.example.fr", lang="fr",
      date="2026-08-03 08:12", tz="FR",
      frm=("Yannick Le Goff – Loire Intérim", "yannick.legoff@loireinterim.example.fr"),
      subject="Réponse automatique : Disponibilités septembre",
      headers=[("Auto-Submitted", "auto-replied")],
      text="""Bonjour,

Je suis en congés jusqu'au 21 août inclus, sans accès à ma messagerie.

Pour toute question concernant une mission, un entretien ou un contrat en cours, merci de contacter l'agence Nantes Centre au 02 55 00 62 30 ou à l'adresse nantes-centre@loireinterim.example.fr.

Cordialement,
Yannick Le Goff"""),

    m(kind="other", slug="demande_interview_radio", company="",
      contact="a.kervella@radio-erdre.example.fr", lang="fr",
      date="2026-03-20 15:40", tz="FR",
      frm=("Anaïs Kervella", "a.kervella@radio-erdre.example.fr"),
      enc={"from": ("utf-8", "Q")},
      subject="Demande d'interview – émission « Ailleurs, autrement »",
      text="""Bonjour Tadeusz,

Je suis journaliste à Radio Erdre, à Nantes. Je prépare un épisode de notre émission « Ailleurs, autrement » consacré aux Européens qui changent de métier et de pays, et j'ai lu votre témoignage sur un forum de reconversion.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou en visio, en français ou en anglais ? L'enregistrement aurait lieu début avril et l'épisode serait diffusé en mai.

Merci d'avance pour votre réponse,

Anaïs Kervella
Journaliste – Radio Erdre
06 55 72 18 40"""),

    m(kind="other", slug="newsletter_conseils_entretien", company="", contact="", lang="fr",
      date="2026-09-09 06:00", tz="FR",
      frm=("Cadres & Carrières Ouest", "lettre@cadres-carrieres-ouest.example.fr"),
      subject="La lettre du mercredi : réussir son entretien… et rebondir après un refus",
      enc={"subject": ("utf-8", "B")},
      headers=[("List-Id", "Lettre Cadres & Carrieres Ouest <lettre.cadres-carrieres-ouest.example.fr>"),
               ("List-Unsubscribe", "<mailto:desinscription@cadres-carrieres-ouest.example.fr>"),
               *BULK],
      text="""LA LETTRE DU MERCREDI

Réussir son entretien d'embauche
Préparez trois exemples concrets, renseignez-vous sur les interlocuteurs et arrivez dix minutes en avance. En visio, testez votre connexion la veille.

Rebondir après un refus
« Nous sommes au regret de ne pas donner suite » : la formule est rude, mais elle ne dit rien de votre valeur. Demandez un retour, notez ce qui peut s'améliorer, et passez à la candidature suivante.

Reconversion : les services généraux recrutent
Les entreprises de la région nantaise cherchent des coordinateurs capables de gérer prestataires, sécurité et accueil.

Se désinscrire : desinscription@cadres-carrieres-ouest.example.fr"""),

    # ======================= Spanish =====================================================
    m(kind="other", slug="alerta_empleo_cp1252", company="", contact="", lang="es",
      date="2026-05-14 07:20", tz="ES",
      frm=("EmpleoMeseta", "alertas@empleomeseta.example.es"),
      subject="Tu alerta: 3 ofertas nuevas de «coordinador de mantenimiento» en Madrid",
      enc={"subject": ("iso-8859-1", "Q")},
      headers=[("List-Id", "Alertas EmpleoMeseta <alertas.empleomeseta.example.es>"),
               ("List-Unsubscribe", "<https://empleomeseta.example.es/alertas/baja/5530>"), *BULK],
      charset="windows-1252", cte="quoted-printable",
      text=digest_text("""Hola Tadeusz:

Hemos encontrado 3 ofertas nuevas que encajan con tu alerta. Consejo: si te llaman para una entrevista, ten a mano el anuncio y tu CV en español e inglés.""",
                       EM_ITEMS, "Darte de baja: https://empleomeseta.example.es/alertas/baja/5530")),

    m(kind="other", slug="paquete_retrasado", company="", contact="", lang="es",
      date="2026-07-21 11:05", tz="ES",
      frm=("RutaExprés", "no-responder@rutaexpres.example.es"),
      enc={"from": ("utf-8", "B")},
      subject="Lamentablemente tu paquete se ha retrasado",
      headers=AUTO,
      text="""Hola, Tadeusz:

Lamentablemente, tu envío RX-88201734-ES no podrá entregarse hoy. El paquete ha quedado retenido en nuestro centro logístico de Coslada por una incidencia en la ruta.

Nueva fecha estimada de entrega: jueves 23 de julio, entre las 9:00 y las 14:00.

Puedes consultar la posición de tu envío en tiempo real aquí: https://rutaexpres.example.es/seguimiento/RX-88201734-ES

Disculpa las molestias.
Atención al cliente RutaExprés"""),

    m(kind="other", slug="amigo_cuenta_su_rechazo", company="",
      contact="javi.montero@example.es", lang="es",
      date="2026-05-02 23:40", tz="ES",
      frm=("Javi Montero", "javi.montero@example.es"),
      subject="me han dado calabazas",
      text="""Tadeo, tío:

¿Te acuerdas de la entrevista en el hotel de Chamberí que te conté? Pues hoy me han mandado el típico correo: «agradecemos tu interés, pero hemos decidido seguir adelante con otros candidatos». Después de dos entrevistas y una prueba de cocina. Ni una llamada.

En fin, que sigo en el bar de la plaza de momento. ¿Tú qué tal con lo de Madrid? Si vienes para alguna entrevista, avísame y te quedas en mi sofá.

Un abrazo,
Javi"""),

    m(kind="other", slug="propia_disculpa", key="hm-sorry", parent="hm-miss",
      company="", contact="", lang="es", date="2026-06-23 11:40", tz="IE",
      frm=CAND, to=[("Lucía Ferrándiz", "lucia.ferrandiz@hmanzanares.example.es")],
      enc={"to": ("utf-8", "Q"), "from": ("iso-8859-1", "Q")},
      subject="Re: Entrevista – Coordinador/a de Servicios Generales (ref. SG-2026-07)",
      text="""Hola Lucía:

Te pido mil disculpas. Ha habido un corte de luz en todo mi barrio de Dublín esta mañana, me quedé sin internet y con el móvil sin batería, y no he podido avisaros hasta ahora.

Sigo muy interesado en el puesto. Si podéis buscar otro hueco, me adapto a cualquier día y hora de esta semana o la próxima.

Un saludo,
Tadeusz Ó Briain

""" + reply_quote("es", "mar, 23 jun 2026 a las 10:25", "Lucía Ferrándiz",
                  "lucia.ferrandiz@hmanzanares.example.es", """Hola Tadeusz:

Te hemos estado esperando en la videollamada desde las 10:00 y, al ver que no te conectabas, te hemos llamado dos veces al móvil sin respuesta.

¿Ha pasado algo? Si sigues interesado en el puesto, escríbeme hoy o mañana y vemos si podemos buscar otro hueco esta semana.

Un saludo,
Lucía

""" + reply_quote("es", "lun, 15 jun 2026 a las 12:10", "Lucía Ferrándiz",
                  "lucia.ferrandiz@hmanzanares.example.es",
                  HM_INVITE.split("Un saludo cordial")[0].strip()))),

    m(kind="other", slug="academia_curso_sin_plaza", company="", contact="", lang="es",
      date="2026-08-31 12:30", tz="ES",
      frm=("Academia Lavapiés Idiomas", "secretaria-noreply@lavapiesidiomas.example.es"),
      subject="Curso intensivo de español C1 – sin plazas disponibles",
      headers=AUTO,
      text="""Hola, Tadeusz:

Gracias por tu solicitud para el curso intensivo de español C1 de septiembre.

Sentimos comunicarte que no podemos admitirte en este grupo: tras la prueba de nivel, las plazas se han cubierto con alumnos que ya estaban en lista de espera.

Te hemos reservado una plaza provisional en el grupo de octubre (del 5 al 30 de octubre, de 9:00 a 13:00). Si te interesa, confírmalo en tu área de alumno antes del 15 de septiembre.

Secretaría – Academia Lavapiés Idiomas
Calle del Ave María 21, 28012 Madrid"""),

    m(kind="other", slug="newsletter_consejos_rechazo", company="", contact="", lang="es",
      date="2026-10-20 08:00", tz="ES",
      frm=("Empleo Hoy", "boletin@empleohoy.example.es"),
      subject="Cómo responder a un rechazo (y por qué deberías hacerlo)",
      enc={"subject": ("utf-8", "Q")},
      headers=[("List-Id", "Boletin Empleo Hoy <boletin.empleohoy.example.es>"),
               ("List-Unsubscribe", "<https://empleohoy.example.es/baja?s=tob>"), *BULK],
      text="""EMPLEO HOY – Boletín semanal

Cómo responder a un rechazo (y por qué deberías hacerlo)
Recibir un «lamentamos comunicarte que no has sido seleccionado» duele, pero contestar con dos líneas de agradecimiento deja la puerta abierta. Muchos reclutadores vuelven a llamar a candidatos que respondieron con elegancia.

Entrevistas por videollamada: cinco errores que debes evitar
Fondo desordenado, mala luz, mirar la pantalla en vez de la cámara…

Ofertas destacadas de la semana
Coordinador/a de mantenimiento, técnico/a de servicios generales y recepcionista bilingüe en Madrid.

Darte de baja: https://empleohoy.example.es/baja?s=tob""",
      html=paras("""EMPLEO HOY – Boletín semanal

Cómo responder a un rechazo (y por qué deberías hacerlo)
Recibir un «lamentamos comunicarte que no has sido seleccionado» duele, pero contestar con dos líneas de agradecimiento deja la puerta abierta.

Entrevistas por videollamada: cinco errores que debes evitar

Darte de baja: https://empleohoy.example.es/baja?s=tob"""),
      cte="quoted-printable"),
]
