"""Kind `other` (52): alerts, newsletters, advice, press and research requests, parcels, bank,
landlord, school, doctor, out-of-office replies, notifications, course refusals, friends' mail
and the candidate's own sent mail. Every text is written here for its message."""

from __future__ import annotations

from msgs200_common import (
    CAND,
    CAND_SIG_EN,
    digest_html,
    digest_text,
    forwarded,
    plain_html,
    reply_chain,
)

# Texts that later messages quote.
ATL_THANKS_TEXT = """Dear Orla, dear Niamh,

Thank you both for the interview this afternoon. I really enjoyed working through the Athlone
diversion case with you, and hearing how the planning team splits the weekday and weekend
timetables made me even keener on the role.

I forgot to mention one thing: I have been keeping my own log of late running on the 409 for
eighteen months, which is how I got interested in recovery time in the first place. Happy to
share it if it is useful.

Kind regards,
Sinéad
"""

TTW_SORRY_TEXT = """Hi Ruairí,

I am mortified. My shift swap fell through at the last minute and I was stuck behind the wheel
on the 405 at half nine with no way of getting to a laptop. I should have emailed you before
10 to warn you and I didn't, which is on me.

If there is any chance of another slot I would be very grateful. I am off all day Monday and
Tuesday afternoon next week.

Sorry again,
Sinéad
"""

KIRK_APPLICATION_TEXT = """Dear Dr Ashworth,

I would like to apply for the Research Assistant (Bus Network Data) post advertised on the
Kirkgate University vacancies page, reference KU-0629.

For the past nine years I have driven city and regional services in Galway, and for the last
two I have also helped our depot supervisor build the duty board each period. Last year I
completed a Certificate in Data Analytics (evenings) and my final project compared scheduled
and actual running times on three routes using the operator's AVL exports.

My CV is attached. I could start from September and would be happy to relocate to Leeds.

Kind regards,
"""

EBRO_GRACIAS_TEXT = """Hola, Marta:

Muchas gracias por la entrevista del martes y por enseñarme la sala de regulación. Me quedé con
ganas de seguir hablando del cuadro de servicios de verano; si necesitáis cualquier dato más
sobre mi experiencia con turnos partidos, os lo envío encantada.

Un saludo,
Sinéad
"""

FPW_BEWERBUNG_TEXT = """Sehr geehrte Frau Lindqvist,

hiermit bewerbe ich mich auf die Stelle als Junior Fahrplananalystin (m/w/d) für Ihr Team in
Utrecht, die ich auf Ihrer Karriereseite gefunden habe.

Seit neun Jahren fahre ich Stadt- und Regionalbusse in Galway; davor war ich drei Jahre bei
einem Reisebusunternehmen in Rosenheim, wo ich auch Deutsch gelernt habe. Seit zwei Jahren
unterstütze ich unseren Betriebshof beim Erstellen der Dienstpläne. Meinen Abschluss im
Zertifikatskurs Datenanalyse habe ich im letzten Jahr gemacht.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich
sehr freuen.

Mit freundlichen Grüßen
Sinéad Kowalski-Mbatha
"""

ERDRE_CANDIDATURE_TEXT = """Madame, Monsieur,

Conductrice de bus depuis neuf ans à Galway (Irlande), je souhaite aujourd'hui mettre mon
expérience du terrain au service de la planification de l'offre. Je vous adresse donc ma
candidature spontanée pour un poste de technicienne ou chargée d'études au sein de la
direction des mobilités de la Métropole de l'Erdre.

J'ai participé à l'élaboration des roulements de mon dépôt et j'ai suivi une formation
certifiante en analyse de données. Je parle couramment français et je suis prête à
m'installer à Nantes.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour tout échange.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sinéad Kowalski-Mbatha
"""

LIST = "List-Unsubscribe"

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- English
    {
        "name": "jobalert_transportjobs_digest",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("TransportJobs.ie Alerts", "alerts@transportjobs.example.ie"),
        "subject": "7 new scheduling jobs in Galway & Dublin (and how to handle a rejection)",
        "date": "2026-01-08 07:00 +0000",
        "headers": [
            ("List-Id", "TransportJobs daily alert <daily-alert.transportjobs.example.ie>"),
            (LIST, "<https://transportjobs.example.ie/unsub?u=88213>, "
                   "<mailto:unsub-88213@transportjobs.example.ie>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        "text": digest_text(
            "Your TransportJobs alert: scheduling, Galway + Dublin",
            "Good morning Sinéad, here are this morning's matches for 'scheduling analyst'.",
            [
                ("Roster Planner, Dublin Airport bus operations",
                 "Shift pattern design for a 24/7 coach fleet. Closing 30 January.",
                 "https://transportjobs.example.ie/j/40211"),
                ("Junior Transport Scheduler, Galway",
                 "Regional operator; training provided; driving background welcome.",
                 "https://transportjobs.example.ie/j/40219"),
                ("Timetable Data Officer, Dublin 8",
                 "Rail operator, 12-month contract with possibility of extension.",
                 "https://transportjobs.example.ie/j/40230"),
                ("Read: 'We regret to inform you...' - turning a rejection into feedback",
                 "Three recruiters on what to ask after you are turned down.",
                 "https://transportjobs.example.ie/blog/rejection-feedback"),
                ("Read: the night-before checklist for a panel interview",
                 "What to print, what to bring, what to leave out.",
                 "https://transportjobs.example.ie/blog/panel-checklist"),
            ],
            "You get this because you set up an alert on TransportJobs.ie.\n"
            "Change frequency: https://transportjobs.example.ie/alerts\n"
            "Unsubscribe: https://transportjobs.example.ie/unsub?u=88213",
        ),
        "html": digest_html(
            "Your TransportJobs alert: scheduling, Galway + Dublin",
            "Good morning Sinéad, here are this morning's matches for 'scheduling analyst'.",
            [
                ("Roster Planner, Dublin Airport bus operations",
                 "Shift pattern design for a 24/7 coach fleet. Closing 30 January.",
                 "https://transportjobs.example.ie/j/40211"),
                ("Junior Transport Scheduler, Galway",
                 "Regional operator; training provided; driving background welcome.",
                 "https://transportjobs.example.ie/j/40219"),
                ("Timetable Data Officer, Dublin 8",
                 "Rail operator, 12-month contract with possibility of extension.",
                 "https://transportjobs.example.ie/j/40230"),
                ("Read: 'We regret to inform you...' - turning a rejection into feedback",
                 "Three recruiters on what to ask after you are turned down.",
                 "https://transportjobs.example.ie/blog/rejection-feedback"),
                ("Read: the night-before checklist for a panel interview",
                 "What to print, what to bring, what to leave out.",
                 "https://transportjobs.example.ie/blog/panel-checklist"),
            ],
            "You get this because you set up an alert on TransportJobs.ie.\n"
            "Unsubscribe: https://transportjobs.example.ie/unsub?u=88213",
        ),
    },
    {
        "name": "newsletter_rostering_review_html",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("The Rostering Review", "newsletter@rosteringreview.example.co.uk"),
        "subject": "The Rostering Review #38: why planners get their proposals rejected",
        "date": "2026-02-12 12:30 +0000",
        "headers": [
            ("List-Id", "The Rostering Review <review.rosteringreview.example.co.uk>"),
            (LIST, "<https://rosteringreview.example.co.uk/u/5521>"),
            ("Precedence", "list"),
        ],
        "html": digest_html(
            "The Rostering Review - issue 38",
            "This month: the union side of duty scheduling, a long interview with a Leeds "
            "network planner, and the jobs board.",
            [
                ("Feature: 'Rejected at the depot door'",
                 "Why drivers' reps turn down two in three new rota proposals, and what the "
                 "planners who get a yes do differently.",
                 "https://rosteringreview.example.co.uk/38/rejected"),
                ("Interview: twenty years of Yorkshire bus timetables",
                 "We sat down with a retired network planner to talk punctuality targets.",
                 "https://rosteringreview.example.co.uk/38/interview"),
                ("Jobs board: 11 openings this month",
                 "Scheduling analysts, crew controllers, a data lead in Utrecht.",
                 "https://rosteringreview.example.co.uk/jobs"),
            ],
            "The Rostering Review is free. You subscribed at a webinar in 2025.\n"
            "Unsubscribe: https://rosteringreview.example.co.uk/u/5521",
        ),
        "cte": "b64",
    },
    {
        "name": "career_advice_invitation_now_what",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("CareerLadder Weekly", "weekly@careerladder.example.com"),
        "subject": "Your interview invitation has arrived. Now what?",
        "date": "2026-03-04 06:45 +0000",
        "headers": [
            ("List-Id", "CareerLadder Weekly <weekly.careerladder.example.com>"),
            (LIST, "<https://careerladder.example.com/unsubscribe/ZK19>"),
        ],
        "text": """CAREERLADDER WEEKLY - issue 112

Your interview invitation has arrived. Now what?

Most people read the invitation once, panic, and start rehearsing answers. Slow down.

1. Read the invite again for the format. "A conversation with the hiring manager" and
   "a competency-based panel" are two different days out.
2. Reply within 24 hours, confirm the time in writing, and ask who will be on the panel.
3. If the slot doesn't work, ask to reschedule straight away. Nobody minds on day one;
   everybody minds on the morning itself.
4. Prepare four stories, not forty answers.

And if the answer afterwards is a no? Ask for feedback within a week, while they still
remember you.

Read the full piece: https://careerladder.example.com/a/invitation-now-what

You are receiving CareerLadder Weekly because you signed up at careerladder.example.com.
Unsubscribe: https://careerladder.example.com/unsubscribe/ZK19
""",
        "cte": "7bit",
    },
    {
        "name": "podcast_guest_request",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Fionnuala Reddan", "fionnuala@offthebus.example.ie"),
        "subject": "Podcast: would you come on 'Off the Bus' for an interview?",
        "date": "2026-05-21 14:12 +0100",
        "text": """Hi Sinéad,

I host 'Off the Bus', a small podcast about people who work in Irish public transport (we're
at about 3,000 listeners an episode, mostly drivers and depot staff, so friendly ears).

A mutual friend, Tomasz, told me you're moving from driving into scheduling and that you've
kept your own running-time logs for years. I'd love to have you on for an interview: about
40 minutes, recorded over Zoom whenever suits, no preparation needed.

No pressure at all - and if the timing's wrong while you're job hunting, we can do it later
in the year.

Thanks,
Fionnuala

Fionnuala Reddan
Host, Off the Bus
https://offthebus.example.ie
""",
        "cte": "8bit",
    },
    {
        "name": "press_interview_local_paper",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Declan Furey | Corrib Courier", "d.furey@corribcourier.example.ie"),
        "subject": "Interview request - women behind the wheel feature",
        "date": "2026-03-12 10:05 +0000",
        "text": """Dear Ms Kowalski-Mbatha,

I'm a features writer with the Corrib Courier. For our International Women's Day follow-up
we're running a piece on women working in transport across Connacht, and your name came up
through the Salthill residents' association.

Would you be willing to do a short interview, either by phone or over a coffee in town? It
would take half an hour and we'd like a photo at the depot if your employer agrees.

Our deadline is the 24th. Let me know if you'd like to take part.

Best regards,
Declan Furey
Features, Corrib Courier
091 555 0199
""",
        "html": plain_html("""Dear Ms Kowalski-Mbatha,

I'm a features writer with the Corrib Courier. For our International Women's Day follow-up
we're running a piece on women working in transport across Connacht, and your name came up
through the Salthill residents' association.

Would you be willing to do a short interview, either by phone or over a coffee in town? It
would take half an hour and we'd like a photo at the depot if your employer agrees.

Our deadline is the 24th. Let me know if you'd like to take part.

Best regards,
Declan Furey
Features, Corrib Courier
091 555 0199"""),
    },
    {
        "name": "user_research_interview_voucher",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Hopwise Research", "research@hopwise.example.com"),
        "subject": "Help shape Hopwise: 30-minute research interview, €30 voucher",
        "date": "2026-04-16 16:40 +0100",
        "headers": [(LIST, "<https://hopwise.example.com/prefs>")],
        "text": """Hi Sinéad,

You use Hopwise to plan journeys around Galway, and we'd like to learn from you.

We're running user-research interviews about real-time departures: what you trust, what you
ignore, what made you miss a bus. Each session is a 30-minute video call with one of our
designers. There are no right answers and we're not selling anything.

As a thank-you you'll get a €30 One4All voucher.

Pick a time that suits: https://hopwise.example.com/research/book?p=77120

If you'd rather not hear about research, update your preferences:
https://hopwise.example.com/prefs

Cheers,
The Hopwise research team
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "name": "parcel_delayed_unfortunately",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("ParcelHop", "no-reply@parcelhop.example.ie"),
        "subject": "Unfortunately your parcel is delayed",
        "date": "2026-02-27 18:22 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Your parcel PH-IE-5531-0087 is running late.

Unfortunately, due to a missed connection at our Athlone hub, your delivery will not arrive
today as planned. Its current position is: in transit, Athlone sorting centre.

New expected delivery: Monday 2 March, between 09:00 and 13:00.

You don't need to do anything. If you'd like to change the delivery slot or collect from a
ParcelHop point, visit https://parcelhop.example.ie/track/PH-IE-5531-0087

We're sorry for the inconvenience.
ParcelHop Customer Care
""",
        "html": plain_html("""Your parcel PH-IE-5531-0087 is running late.

Unfortunately, due to a missed connection at our Athlone hub, your delivery will not arrive
today as planned. Its current position is: in transit, Athlone sorting centre.

New expected delivery: Monday 2 March, between 09:00 and 13:00.

You don't need to do anything. To change the delivery slot visit
https://parcelhop.example.ie/track/PH-IE-5531-0087

We're sorry for the inconvenience.
ParcelHop Customer Care"""),
    },
    {
        "name": "telematics_vehicle_position_report",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("FleetTrack Notifications", "notifications@fleettrack.example.com"),
        "subject": "Position report: vehicle GY-2317 off route (07:42)",
        "date": "2026-01-22 07:43 +0000",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-FleetTrack-Rule", "offroute-5min")],
        "text": """FleetTrack alert - Claddagh Citybus depot

Vehicle: GY-2317 (driver login: S. KOWALSKI-MBATHA)
Rule: off planned route for more than 5 minutes
Last position: 53.2707 N, 9.0568 W (Seamus Quirke Road, outbound)
Speed: 18 km/h  Heading: W
Service: 405 Rahoon, trip 07:20

Controller note: diversion in place since 06:50 (water main). No action needed if the
diversion is confirmed.

This message was generated automatically. Do not reply.
""",
        "cte": "7bit",
    },
    {
        "name": "friend_own_rejection_news",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Aoife Kearney", "aoife.kearney@example.ie"),
        "subject": "well that's that",
        "date": "2026-04-10 21:17 +0100",
        "text": """Sinéad,

Heard back from Westlink Rail today. It's a no. "After careful consideration we have decided
to progress with other applicants" - two lines, not even my name spelled right. After three
rounds! I'm raging.

Anyway. How did yours go last week? Tell me at least one of us is getting out of the cab this
year.

Drink Saturday? I need one.

A x
""",
        "cte": "8bit",
    },
    {
        "name": "sent_thankyou_atlanticrail",
        "key": "atl-thanks",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": CAND,
        "to": [("Orla Brennan", "orla.brennan@atlanticrail.example.ie")],
        "cc": [("Niamh Gallagher", "niamh.gallagher@atlanticrail.example.ie")],
        "subject": "Thank you – Timetable Planning Analyst interview",
        "date": "2026-03-26 19:40 +0000",
        "text": ATL_THANKS_TEXT + "\n" + CAND_SIG_EN,
        "cte": "qp",
    },
    {
        "name": "sent_application_kirkgate_with_cv",
        "key": "kirk-apply",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": CAND,
        "to": [("Dr Helen Ashworth", "h.ashworth@kirkgate.example.ac.uk")],
        "subject": "Application: Research Assistant (Bus Network Data), ref KU-0629",
        "date": "2026-06-15 22:05 +0100",
        "text": KIRK_APPLICATION_TEXT + "Sinéad Kowalski-Mbatha\n" + CAND_SIG_EN,
        "attach": [{"pdf": "Sinead_Kowalski-Mbatha_CV.pdf", "title": "Sinéad Kowalski-Mbatha - CV",
                     "lines": ["Galway, Ireland  |  sinead.km@example.ie  |  +353 87 555 0142",
                            "", "EXPERIENCE",
                            "2017-now  Bus driver, city and regional routes, Galway",
                            "2024-now  Duty board support for depot supervisor",
                            "2014-2017 Coach driver, Rosenheim (Germany)", "",
                            "EDUCATION",
                            "2025  Certificate in Data Analytics (part-time)",
                            "", "LANGUAGES  English, Polish, German, French, Spanish"]}],
        "cte": "8bit",
    },
    {
        "name": "sent_reschedule_request_limerick",
        "key": "lim-ask",
        "reply_of": "lim-inv",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": CAND,
        "to": [("Gráinne Hartigan", "grainne.hartigan@limerickcc.example.ie")],
        "subject": "RE: Interview – Senior Executive Technician (Transport Scheduling)",
        "date": "2026-09-02 07:55 +0100",
        "text": """Dear Gráinne,

Thank you very much for the invitation, I'm delighted to be called.

Would it be possible to move my slot on the 15th to the afternoon? I'm rostered on an early
shift that morning and the depot can't release me before 12:30. Any time after 14:00 would
work, or any time at all on the 16th.

Apologies for the bother, and thanks again.

Kind regards,
Sinéad Kowalski-Mbatha
""",
        "cte": "qp",
    },
    {
        "name": "sent_apology_missed_call",
        "key": "ttw-sorry",
        "reply_of": "ttw-miss",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": CAND,
        "to": [("Ruairí Ó Dálaigh", "ruairi.odalaigh@timetableworks.example.com")],
        "to_enc": "iso-8859-1/q",
        "subject": "Re: We missed you this morning",
        "date": "2026-03-20 12:10 +0000",
        "text": TTW_SORRY_TEXT,
        "cte": "8bit",
    },
    {
        "name": "recruiter_cold_approach_no_event",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Gareth Pryce", "gareth.pryce@keystonesearch.example.co.uk"),
        "subject": "Scheduling roles in the North of England",
        "date": "2026-05-27 09:31 +0100",
        "text": """Hello Sinéad,

I hope you don't mind the unsolicited email - I found your profile while researching people
who have moved from the driver's seat into planning, and yours stood out.

I'm a specialist recruiter for bus and rail operators across Yorkshire and the North West.
I don't have a specific vacancy for you today, but I place three or four scheduling analysts
a quarter, and operators increasingly ask for people who have actually driven the duties.

If a move to England is ever on your radar, feel free to keep my details, and send me an
updated CV whenever suits.

Best wishes,
Gareth

Gareth Pryce
Principal Consultant, Transport & Logistics
Keystone Search, 3 Park Row, Leeds LS1 5HN
+44 113 555 0466
""",
        "html": plain_html("""Hello Sinéad,

I hope you don't mind the unsolicited email - I found your profile while researching people
who have moved from the driver's seat into planning, and yours stood out.

I'm a specialist recruiter for bus and rail operators across Yorkshire and the North West.
I don't have a specific vacancy for you today, but I place three or four scheduling analysts
a quarter, and operators increasingly ask for people who have actually driven the duties.

If a move to England is ever on your radar, feel free to keep my details, and send me an
updated CV whenever suits.

Best wishes,
Gareth

Gareth Pryce
Principal Consultant, Transport & Logistics
Keystone Search, 3 Park Row, Leeds LS1 5HN
+44 113 555 0466"""),
    },
    {
        "name": "credit_union_mortgage_appointment",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Corrib Credit Union", "appointments@corribcu.example.ie"),
        "subject": "Your mortgage appointment is confirmed",
        "date": "2026-06-30 11:02 +0100",
        "text": """Dear Sinéad,

Your appointment with our mortgage adviser, Brendan Lally, is confirmed for Thursday 9 July at
17:30 in our Shop Street branch.

Please bring:
- your last three payslips and your P60
- six months of current account statements
- photo ID and proof of address

Your pre-approval position will be reviewed at the meeting. If you are changing job in the
next few months, please tell Brendan, as a new position with probation can affect the
assessment.

To rearrange, call 091 555 0110.

Corrib Credit Union Ltd is regulated by the Central Bank of Ireland.
""",
        "cte": "qp",
    },
    {
        "name": "landlord_boiler_visit",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Maura Kenny", "maura.kenny@example.ie"),
        "subject": "Boiler man - change of day",
        "date": "2026-02-18 20:48 +0000",
        "text": """Hi Sinéad,

Unfortunately the plumber can't make Tuesday after all, so I've moved him to Thursday
morning, around 10. He wants to look at the position of the flue before he quotes for moving
the boiler into the hot press.

If Thursday doesn't suit, text me and I'll let him in myself with the spare key.

Thanks a mil,
Maura
""",
        "cte": "8bit",
    },
    {
        "name": "school_parent_teacher_meetings",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Scoil Bhríde Salthill", "oifig@scoilbhride.example.ie"),
        "name_enc": "utf-8/b",
        "subject": "Parent-teacher meetings – 3rd class – booking now open",
        "date": "2026-02-03 13:15 +0000",
        "text": """Dear Parent/Guardian,

Parent-teacher meetings for 3rd class will take place on Tuesday 17 February from 15:00 to
18:30. Each meeting lasts ten minutes.

Please book a slot for Zofia with Ms Ní Fhlatharta using the school app before Friday. If
none of the times suit, contact the office and we will arrange a phone call instead.

Go raibh maith agaibh,
Oifig na Scoile
Scoil Bhríde, Salthill, Galway
""",
        "cte": "b64",
    },
    {
        "name": "gp_appointment_cancelled",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Salthill Medical Centre", "noreply@salthillmedical.example.ie"),
        "subject": "Your appointment on 16 September has been cancelled",
        "date": "2026-09-15 17:05 +0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Sinéad Kowalski-Mbatha,

Unfortunately Dr Keane is unwell and all of her appointments for Wednesday 16 September have
been cancelled, including yours at 08:40 (driver medical - D licence renewal).

Please call reception on 091 555 0123 from 8:30 tomorrow to rebook, or book online at
https://salthillmedical.example.ie/book

We apologise for the inconvenience.
Salthill Medical Centre
""",
        "cte": "7bit",
    },
    {
        "name": "out_of_office_kirkgate_hr",
        "reply_of": "kirk-apply",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Helen Ashworth", "h.ashworth@kirkgate.example.ac.uk"),
        "subject": "Automatic reply: Application: Research Assistant (Bus Network Data), ref KU-0629",
        "date": "2026-06-15 22:06 +0100",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I am on fieldwork in Sheffield until Monday 22 June with
limited access to email.

For recruitment queries about KU-0629 please contact the Institute office at
its-office@kirkgate.example.ac.uk. Applications received by the closing date will all be
considered; there is no need to resend.

Helen
""",
        "cte": "7bit",
    },
    {
        "name": "network_site_profile_views",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("ProLink", "notifications@prolink.example.com"),
        "subject": "Sinéad, you appeared in 14 searches this week",
        "date": "2026-03-13 08:10 +0000",
        "headers": [(LIST, "<https://prolink.example.com/settings/email>"),
                 ("List-Id", "weekly.prolink.example.com")],
        "text": """You appeared in 14 searches this week

Niamh Gallagher (Talent Partner at Atlantic Rail) viewed your profile.
2 recruiters from Utrecht looked at your profile.

Jobs you may be interested in:
- Transport Scheduling Analyst - Kanaal Mobility - Utrecht (hybrid)
- Junior Planner - Lee Valley Transit - Cork
- Operations Analyst - Munster Parcel Network - Cork

Your application to 'Timetable Planning Analyst' was viewed by the employer.

See all activity: https://prolink.example.com/me/activity
Unsubscribe: https://prolink.example.com/settings/email
""",
        "html": digest_html(
            "You appeared in 14 searches this week",
            "Niamh Gallagher (Talent Partner at Atlantic Rail) viewed your profile.",
            [("Transport Scheduling Analyst - Kanaal Mobility", "Utrecht (hybrid)",
              "https://prolink.example.com/jobs/77812"),
             ("Junior Planner - Lee Valley Transit", "Cork",
              "https://prolink.example.com/jobs/77840"),
             ("Operations Analyst - Munster Parcel Network", "Cork",
              "https://prolink.example.com/jobs/77851")],
            "Unsubscribe: https://prolink.example.com/settings/email"),
    },
    {
        "name": "pgcert_place_refused",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("DITS Admissions", "admissions@dits.example.ie"),
        "subject": "Your application: Postgraduate Certificate in Transport Planning",
        "date": "2026-06-05 15:30 +0100",
        "text": """Dear Sinéad,

Thank you for applying for the part-time Postgraduate Certificate in Transport Planning
(September 2026 intake).

The programme was heavily oversubscribed this year. Having reviewed your application against
our entry criteria, we regret that we are unable to offer you a place. Applicants without a
level 8 degree are considered through recognition of prior learning, and this year all RPL
places were filled by applicants with longer planning experience.

You are welcome to apply again for the January 2027 intake, when additional places will be
available.

Yours sincerely,
Admissions Office
Dublin Institute of Transport Studies
""",
        "html": plain_html("""Dear Sinéad,

Thank you for applying for the part-time Postgraduate Certificate in Transport Planning
(September 2026 intake).

The programme was heavily oversubscribed this year. Having reviewed your application against
our entry criteria, we regret that we are unable to offer you a place. Applicants without a
level 8 degree are considered through recognition of prior learning, and this year all RPL
places were filled by applicants with longer planning experience.

You are welcome to apply again for the January 2027 intake, when additional places will be
available.

Yours sincerely,
Admissions Office
Dublin Institute of Transport Studies"""),
        "cte": "b64",
    },
    {
        "name": "jobalert_yorkshire_weekly",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Yorkshire Jobs Weekly", "jobs-weekly@yorkshirejobs.example.co.uk"),
        "subject": "12 transport planning jobs near Leeds this week",
        "date": "2026-06-24 06:00 +0100",
        "headers": [("List-Id", "<weekly.yorkshirejobs.example.co.uk>"),
                 (LIST, "<https://yorkshirejobs.example.co.uk/u?e=sinead.km%40example.ie>"),
                 ("Precedence", "bulk")],
        "html": digest_html(
            "12 transport planning jobs near Leeds",
            "New this week for 'scheduling' within 25 miles of Leeds.",
            [("Scheduling Analyst - bus operator, Leeds", "GBP 31-34k, hybrid",
              "https://yorkshirejobs.example.co.uk/j/1"),
             ("Research Assistant, bus network data - university, Leeds",
              "Fixed term 18 months", "https://yorkshirejobs.example.co.uk/j/2"),
             ("Crew Scheduler - rail, York", "Interviews held on a rolling basis",
              "https://yorkshirejobs.example.co.uk/j/3"),
             ("Graduate Transport Planner - consultancy, Bradford",
              "Assessment centre in August", "https://yorkshirejobs.example.co.uk/j/4")],
            "Unsubscribe: https://yorkshirejobs.example.co.uk/u?e=sinead.km%40example.ie"),
        "cte": "qp",
    },
    {
        "name": "webinar_competency_interview",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Galway Adult Guidance Service", "events@galwayguidance.example.ie"),
        "subject": "Free webinar: cracking the competency-based interview (Wed 25 Feb)",
        "date": "2026-02-20 10:00 +0000",
        "headers": [(LIST, "<mailto:events-leave@galwayguidance.example.ie>")],
        "text": """Free webinar for adult learners and career changers

CRACKING THE COMPETENCY-BASED INTERVIEW
Wednesday 25 February, 19:00-20:15, online

Public-sector and council jobs in Ireland almost always use competency-based interviews. In
this session our guidance counsellor walks through the STAR method with real questions from
local authority panels, and shows what to do when you are invited at short notice.

Register: https://galwayguidance.example.ie/events/cbi-feb

You received this because you attended one of our courses. To stop receiving event emails,
reply with 'leave'.
""",
        "cte": "7bit",
    },
    {
        "name": "union_members_reject_pay_offer",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Transport Workers' Alliance", "bulletin@twa-union.example.ie"),
        "subject": "Bulletin: members reject pay offer by 71%",
        "date": "2026-04-29 18:00 +0100",
        "headers": [("List-Id", "TWA members bulletin <bulletin.twa-union.example.ie>"),
                 (LIST, "<https://twa-union.example.ie/bulletin/leave>")],
        "text": """TWA MEMBERS' BULLETIN - 29 April 2026

BALLOT RESULT: PAY OFFER REJECTED

Members in the regional bus section have rejected the company's offer of 2.5% over two years
by 71% to 29% on a turnout of 64%. The executive will meet management on 6 May; the meeting
has been rescheduled from 5 May at the company's request.

Branch secretaries are asked to hold depot meetings before then.

ALSO IN THIS BULLETIN
- New rostering agreement: consultation interviews with drivers begin next week
- Positions vacant: branch equality officer (Galway), health & safety rep (Limerick)

Transport Workers' Alliance
Unsubscribe from the bulletin: https://twa-union.example.ie/bulletin/leave
""",
        "cte": "qp",
    },
    {
        "name": "sent_status_query_flexpoint",
        "key": "flex-ask",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": CAND,
        "to": [("Joost van Leeuwen", "joost.vanleeuwen@flexpoint.example.nl")],
        "subject": "Any news on the planning analyst role?",
        "date": "2026-03-19 20:02 +0000",
        "text": """Hi Joost,

Hope you're well. I just wanted to check whether there's been any news from your client on the
planning analyst role you put me forward for at the start of the month.

No rush, I know these things take time. I'm still very interested.

Thanks,
Sinéad
""",
        "cte": "qp",
    },
    {
        "name": "friend_tips_before_interview",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Tomasz Wiśniewski", "tomasz.w@example.ie"),
        "subject": "Re: panel on Thursday - help!",
        "date": "2026-03-22 22:31 +0000",
        "text": """Sinéad,

Relax, you'll be grand. Three things from my side of the table (I've sat on four of these
panels now):

- They will ask about a time you disagreed with a supervisor. Use the Christmas roster story.
- Bring one printed page with a duty you'd redesign. Nobody else does it.
- When they ask about salary, say you'd expect the middle of the band. Don't undersell.

If you get the offer I'm buying the pints. If you don't, I'm still buying them.

T.

""" + reply_chain("en", "2026-03-22 21:05", CAND[0], CAND[1], """Tomasz, the Atlantic Rail panel is on Thursday and I'm a wreck. Any tips?
What do they actually ask? S."""),
        "cte": "8bit",
    },
    {
        "name": "depot_roster_change",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Claddagh Citybus Rostering", "rostering@claddaghbus.example.ie"),
        "subject": "Roster change w/c 11 May - duty 214 cancelled",
        "date": "2026-05-08 14:20 +0100",
        "text": """Hi Sinéad,

Due to the city marathon traffic plan, Saturday's duty 214 (06:05-14:35) is cancelled.
You have been moved to Sunday duty 231 (05:50-13:40) instead.

If the swap doesn't work for you, please see Padraig in the depot office before Monday.

Thanks,
Rostering Office
Claddagh Citybus, Liosbán Depot, Tuam Road, Galway
""",
        "cte": "8bit",
    },
    {
        "name": "out_of_office_agency_consultant",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Ciarán Moloney", "ciaran.moloney@harbourtalent.example.ie"),
        "name_enc": "iso-8859-1/b",
        "subject": "Automatic reply: CV update - July",
        "date": "2026-07-21 09:14 +0100",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Hi,

Thanks for your email. I'm on annual leave until Monday 3 August and won't be checking
mail. If you're due to interview with one of our clients this week, my colleague Sorcha
Bergin (sorcha.bergin@harbourtalent.example.ie) can help.

Ciarán
""",
        "cte": "qp",
    },
    {
        "name": "reviews_site_interview_experiences",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("WorkVoice", "digest@workvoice.example.com"),
        "subject": "New interview reviews for companies you follow",
        "date": "2026-04-02 19:00 +0100",
        "headers": [(LIST, "<https://workvoice.example.com/unsubscribe?t=a91>"),
                 ("List-Id", "workvoice-follow-digest")],
        "html": digest_html(
            "New interview reviews for companies you follow",
            "Here's what candidates said this week.",
            [("Atlantic Rail - Timetable Planning Analyst",
              "'Two-stage process. Panel of three, one case study. Got the rejection email two "
              "weeks later, but the feedback call was genuinely useful.'",
              "https://workvoice.example.com/r/atlantic-rail/5512"),
             ("Liffey Metro - Operations Planner",
              "'Interview was rescheduled twice. Friendly people, offer came within a week.'",
              "https://workvoice.example.com/r/liffey-metro/5520"),
             ("TimetableWorks - Scheduling Data Analyst",
              "'Recruiter phone screen, then a take-home task. Salary below market.'",
              "https://workvoice.example.com/r/timetableworks/5531")],
            "You follow 3 companies. Manage: https://workvoice.example.com/following\n"
            "Unsubscribe: https://workvoice.example.com/unsubscribe?t=a91"),
        "cte": "b64",
    },
    {
        "name": "friend_forwards_cork_job_ad",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Aoife Kearney", "aoife.kearney@example.ie"),
        "subject": "Fwd: Scheduling Analyst - Cork - apply by 11 Sept",
        "date": "2026-08-28 12:44 +0100",
        "text": """Saw this and thought of you straight away. They want someone who's driven the
routes! Go on.

A

""" + forwarded("en", "Cork Harbour Shuttle Careers <careers@harbourshuttle.example.ie>",
                "Thu, 27 Aug 2026 at 09:00", "Scheduling Analyst - Cork - apply by 11 Sept",
                "aoife.kearney@example.ie", """We're hiring a Scheduling Analyst to join our
planning team in Ringaskiddy.

You'll build vehicle and crew schedules for our airport and ferry shuttles, and work with
drivers to make rosters that actually run. Experience as a PSV driver is a real plus.

Interviews will take place in the week of 21 September. Apply with a CV and short cover note
by 11 September: https://harbourshuttle.example.ie/careers/sa-2026"""),
        "cte": "qp",
    },
    {
        "name": "sent_decline_offer_timetableworks",
        "key": "ttw-decline",
        "reply_of": "ttw-offer",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": CAND,
        "to": [("Ruairí Ó Dálaigh", "ruairi.odalaigh@timetableworks.example.com")],
        "to_enc": "utf-8/b",
        "subject": "Re: Your offer from TimetableWorks",
        "date": "2026-05-04 09:12 +0100",
        "text": """Hi Ruairí,

Thank you so much for the offer, and for giving me the weekend to think about it.

After a lot of back and forth I've decided not to accept. The salary is below what I'd need
to make the move to Dublin work with my daughter's school, and I don't think it would be fair
to start the job already half-looking elsewhere.

I really enjoyed the process (second attempt included!) and I'd be glad to stay in touch.

Best wishes,
Sinéad
""",
        "cte": "qp",
    },
    {
        "name": "mentoring_scheme_application_received",
        "kind": "other", "company": "", "contact": "", "lang": "en",
        "frm": ("Women in Transport Ireland", "mentoring@wit-ireland.example.ie"),
        "subject": "We've received your application to the 2026 mentoring scheme",
        "date": "2026-01-30 17:25 +0000",
        "text": """Dear Sinéad,

Thank you for applying to the Women in Transport Ireland mentoring scheme for 2026. We've
received your application and your statement about moving into scheduling.

Mentees and mentors are matched in February. We'll be in touch by the end of the month with
your match, or to let you know if we could not find a suitable mentor this round.

Best wishes,
The WiT Ireland mentoring team
""",
        "html": plain_html("""Dear Sinéad,

Thank you for applying to the Women in Transport Ireland mentoring scheme for 2026. We've
received your application and your statement about moving into scheduling.

Mentees and mentors are matched in February. We'll be in touch by the end of the month with
your match, or to let you know if we could not find a suitable mentor this round.

Best wishes,
The WiT Ireland mentoring team"""),
    },
    # ---------------------------------------------------------------- German
    {
        "name": "stellenalert_verkehrskarriere",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Verkehrskarriere Jobalarm", "jobalarm@verkehrskarriere.example.de"),
        "subject": "5 neue Jobs für „Fahrplanung“ – Utrecht, Leeds, remote",
        "subj_enc": "utf-8/b",
        "date": "2026-03-05 06:30 +0100",
        "headers": [("List-Id", "Jobalarm <jobalarm.verkehrskarriere.example.de>"),
                 (LIST, "<https://verkehrskarriere.example.de/abmelden?id=20931>"),
                 ("Precedence", "bulk")],
        "text": digest_text(
            "Ihr Jobalarm: Fahrplanung",
            "Guten Morgen, hier sind die neuen Stellen zu Ihrem Suchauftrag.",
            [("Junior Fahrplananalyst (m/w/d) - Utrecht", "Softwarehaus, Teilzeit möglich",
              "https://verkehrskarriere.example.de/s/77120"),
             ("Disponent*in Schienengüterverkehr - remote", "Bewerbungsgespräche ab April",
              "https://verkehrskarriere.example.de/s/77131"),
             ("Ratgeber: Absage erhalten? So fragen Sie nach Feedback",
              "Fünf Formulierungen, die Personaler gern lesen",
              "https://verkehrskarriere.example.de/ratgeber/absage")],
            "Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben.\n"
            "Abmelden: https://verkehrskarriere.example.de/abmelden?id=20931"),
        "html": digest_html(
            "Ihr Jobalarm: Fahrplanung",
            "Guten Morgen, hier sind die neuen Stellen zu Ihrem Suchauftrag.",
            [("Junior Fahrplananalyst (m/w/d) - Utrecht", "Softwarehaus, Teilzeit möglich",
              "https://verkehrskarriere.example.de/s/77120"),
             ("Disponent*in Schienengüterverkehr - remote", "Bewerbungsgespräche ab April",
              "https://verkehrskarriere.example.de/s/77131"),
             ("Ratgeber: Absage erhalten? So fragen Sie nach Feedback",
              "Fünf Formulierungen, die Personaler gern lesen",
              "https://verkehrskarriere.example.de/ratgeber/absage")],
            "Abmelden: https://verkehrskarriere.example.de/abmelden?id=20931", lang="de"),
    },
    {
        "name": "karriere_newsletter_absage_html",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Karrierebrief", "redaktion@karrierebrief.example.de"),
        "subject": "Karrierebrief: Nach der Absage ist vor dem Vorstellungsgespräch",
        "date": "2026-04-23 17:00 +0200",
        "headers": [("List-Id", "Karrierebrief <brief.karrierebrief.example.de>"),
                 (LIST, "<https://karrierebrief.example.de/abbestellen>")],
        "html": digest_html(
            "Karrierebrief - Ausgabe April",
            "Liebe Leserinnen und Leser, diesmal geht es um Rückschläge und Neustarts.",
            [("Absage erhalten - was jetzt?",
              "Warum eine Absage selten etwas über Sie persönlich aussagt.",
              "https://karrierebrief.example.de/april/absage"),
             ("Die Einladung zum Vorstellungsgespräch richtig beantworten",
              "Terminbestätigung, Rückfragen, Verschiebung: ein Musterschreiben.",
              "https://karrierebrief.example.de/april/einladung"),
             ("Quereinstieg in die Verkehrsplanung",
              "Drei ehemalige Fahrerinnen erzählen.",
              "https://karrierebrief.example.de/april/quereinstieg")],
            "Abbestellen: https://karrierebrief.example.de/abbestellen", lang="de"),
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "sent_bewerbung_fahrplanwerk",
        "key": "fpw-bewerbung",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": CAND,
        "to": [("Karin Lindqvist", "karin.lindqvist@fahrplanwerk.example.de")],
        "subject": "Bewerbung als Junior Fahrplananalystin (Utrecht) - Sinéad Kowalski-Mbatha",
        "subj_enc": "iso-8859-1/q",
        "date": "2026-02-02 07:40 +0000",
        "text": FPW_BEWERBUNG_TEXT,
        "attach": [{"pdf": "Lebenslauf_Kowalski-Mbatha.pdf", "title": "Lebenslauf",
                     "lines": ["Sinéad Kowalski-Mbatha, Galway (Irland)",
                            "2017-heute  Busfahrerin Stadt- und Regionalverkehr",
                            "2014-2017   Reisebusfahrerin, Rosenheim",
                            "2025        Zertifikat Datenanalyse"]}],
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "name": "weiterbildung_kein_platz",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Verkehrsakademie Süd", "zulassung@verkehrsakademie.example.de"),
        "subject": "Ihre Anmeldung zum Zertifikatslehrgang Verkehrsplanung",
        "date": "2026-07-14 11:20 +0200",
        "text": """Sehr geehrte Frau Kowalski-Mbatha,

vielen Dank für Ihr Interesse an unserem berufsbegleitenden Zertifikatslehrgang
„Verkehrsplanung und Angebotsgestaltung“ (Herbst 2026, online).

Leider können wir Ihnen keinen Platz im Lehrgang anbieten. Die Teilnehmerzahl ist auf 24
begrenzt, und vorrangig wurden Beschäftigte unserer Mitgliedsunternehmen berücksichtigt.

Sie stehen auf der Warteliste auf Platz 7. Sollte ein Platz frei werden, melden wir uns bis
spätestens 15. September.

Mit freundlichen Grüßen
Zulassungsstelle der Verkehrsakademie Süd
""",
        "cte": "qp",
    },
    {
        "name": "abwesenheit_nordstern_recruiterin",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Jana Brüggemann", "jana.brueggemann@nordstern-logistik.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage zum Termin",
        "date": "2026-08-12 08:01 +0200",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.08.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Personalteam unter +49 40 555 0180.

Beste Grüße
Jana Brüggemann
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "paket_verzoegert",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Paketblitz", "keine-antwort@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung",
        "date": "2026-10-13 19:45 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo,

Ihre Sendung 00340 4431 2207 an S. Kowalski-Mbatha, Galway, ist leider später dran als
geplant. Wegen eines Streiks im Verteilzentrum Köln kann sie erst am 16.10. an unseren
irischen Partner übergeben werden.

Aktuelle Position: Paketzentrum Köln-Eifeltor.

Sendung verfolgen: https://paketblitz.example.de/verfolgen/0034044312207

Ihr Paketblitz-Team
""",
        "html": plain_html("""Hallo,

Ihre Sendung 00340 4431 2207 an S. Kowalski-Mbatha, Galway, ist leider später dran als
geplant. Wegen eines Streiks im Verteilzentrum Köln kann sie erst am 16.10. an unseren
irischen Partner übergeben werden.

Aktuelle Position: Paketzentrum Köln-Eifeltor.

Ihr Paketblitz-Team""", lang="de"),
    },
    {
        "name": "karrierenetz_benachrichtigung",
        "kind": "other", "company": "", "contact": "", "lang": "de",
        "frm": ("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
        "subject": "Neue Kontaktanfrage und 3 Jobs, die zu Ihnen passen",
        "date": "2026-05-29 07:15 +0200",
        "headers": [(LIST, "<https://karrierenetz.example.de/einstellungen/mail>")],
        "text": """Hallo Sinéad,

Jana Brüggemann (Talent Acquisition, Nordstern Logistik) möchte sich mit Ihnen vernetzen.
Anfrage ansehen: https://karrierenetz.example.de/k/88121

Jobs, die zu Ihrem Profil passen:
- Fahrplanerin (w/m/d), Fahrplanwerk, Utrecht
- Dispositionsanalystin, Nordstern Logistik, Leeds
- Werkstudentin Verkehrsdaten, Linienwerk Software, remote

Ihr Profil wurde diese Woche 12-mal angesehen.

E-Mail-Einstellungen: https://karrierenetz.example.de/einstellungen/mail
""",
        "cte": "qp",
    },
    # ---------------------------------------------------------------- French
    {
        "name": "alerte_emploi_nantes",
        "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ("EmploiOuest", "alertes@emploiouest.example.fr"),
        "subject": "Vos nouvelles offres : planification transport à Nantes",
        "date": "2026-03-30 07:10 +0200",
        "headers": [("List-Id", "Alertes EmploiOuest <alertes.emploiouest.example.fr>"),
                 (LIST, "<https://emploiouest.example.fr/desinscription?a=4410>")],
        "text": digest_text(
            "4 nouvelles offres pour « planification transport »",
            "Bonjour Sinéad, voici les offres publiées depuis votre dernière alerte.",
            [("Chargé(e) d'études offre de transport - Nantes", "CDI, réseau urbain",
              "https://emploiouest.example.fr/o/9921"),
             ("Technicien(ne) planification logistique - Saint-Herblain",
              "Entretiens prévus début mai", "https://emploiouest.example.fr/o/9934"),
             ("Conseil : comment rebondir après un refus",
              "Un refus n'est pas un verdict : nos conseils pour la suite",
              "https://emploiouest.example.fr/conseils/refus")],
            "Se désinscrire : https://emploiouest.example.fr/desinscription?a=4410"),
        "html": digest_html(
            "4 nouvelles offres pour « planification transport »",
            "Bonjour Sinéad, voici les offres publiées depuis votre dernière alerte.",
            [("Chargé(e) d'études offre de transport - Nantes", "CDI, réseau urbain",
              "https://emploiouest.example.fr/o/9921"),
             ("Technicien(ne) planification logistique - Saint-Herblain",
              "Entretiens prévus début mai", "https://emploiouest.example.fr/o/9934"),
             ("Conseil : comment rebondir après un refus",
              "Un refus n'est pas un verdict : nos conseils pour la suite",
              "https://emploiouest.example.fr/conseils/refus")],
            "Se désinscrire : https://emploiouest.example.fr/desinscription?a=4410",
            lang="fr"),
    },
    {
        "name": "refus_admission_master",
        "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ("Scolarité Master TMT", "scolarite-master@loire-ocean.example.fr"),
        "subject": "Résultat de votre candidature : Master Transports, Mobilités, Territoires",
        "subj_enc": "iso-8859-1/q",
        "date": "2026-06-12 16:00 +0200",
        "text": """Madame,

La commission pédagogique du Master Transports, Mobilités, Territoires (formation
continue) s'est réunie le 10 juin 2026.

Nous avons le regret de vous informer que votre candidature à cette formation n'a pas été
retenue. La commission a privilégié les dossiers justifiant d'une licence dans le domaine.

Vous pouvez solliciter une validation des acquis (VAPP) pour la rentrée 2027 auprès du
service de formation continue.

Le service de scolarité
Université de Loire-Océan
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "sent_candidature_spontanee_erdre",
        "key": "erdre-cand",
        "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": CAND,
        "to": [("Service recrutement", "recrutement@erdre-metropole.example.fr")],
        "subject": "Candidature spontanée – planification de l'offre de transport",
        "date": "2026-05-04 20:30 +0100",
        "text": ERDRE_CANDIDATURE_TEXT,
        "attach": [{"pdf": "CV_Sinead_Kowalski-Mbatha.pdf", "title": "CV - Sinéad Kowalski-Mbatha",
                     "lines": ["Conductrice de bus, Galway (2017 - aujourd'hui)",
                            "Appui à la construction des roulements du dépôt (2024 -)",
                            "Certificat en analyse de données (2025)"]}],
        "cte": "qp",
    },
    {
        "name": "banque_entretien_conseiller",
        "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ("Crédit de l'Estuaire", "conseil@credit-estuaire.example.fr"),
        "subject": "Confirmation de votre entretien avec votre conseiller",
        "date": "2026-09-18 10:30 +0200",
        "text": """Bonjour Madame Kowalski-Mbatha,

Nous vous confirmons votre entretien avec Monsieur Hervé Le Guen, conseiller
clientèle, le mardi 29 septembre à 11 h 00, par téléphone.

Objet : ouverture d'un compte et étude de votre projet d'installation à Nantes.

Merci de préparer une pièce d'identité, un justificatif de domicile et, si vous avez
accepté un poste en France, votre contrat de travail ou votre promesse d'embauche.

Pour déplacer ce rendez-vous, répondez simplement à ce message.

Crédit de l'Estuaire - Agence Nantes Commerce
""",
        "html": plain_html("""Bonjour Madame Kowalski-Mbatha,

Nous vous confirmons votre entretien avec Monsieur Hervé Le Guen, conseiller
clientèle, le mardi 29 septembre à 11 h 00, par téléphone.

Objet : ouverture d'un compte et étude de votre projet d'installation à Nantes.

Merci de préparer une pièce d'identité, un justificatif de domicile et, si vous avez
accepté un poste en France, votre contrat de travail ou votre promesse d'embauche.

Crédit de l'Estuaire - Agence Nantes Commerce""", lang="fr"),
        "cte": "b64",
    },
    {
        "name": "podcast_mobilite_demande_entretien",
        "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ("Camille Rousseau", "camille@bougerdemain.example.fr"),
        "subject": "Demande d'entretien pour le podcast « Bouger demain »",
        "date": "2026-07-07 15:48 +0200",
        "text": """Bonjour Sinéad,

Je produis « Bouger demain », un podcast sur les métiers des transports publics. Une
auditrice irlandaise m'a parlé de votre parcours : conductrice, puis planificatrice en
devenir, en plusieurs langues.

Accepteriez-vous de m'accorder un entretien d'une trentaine de minutes, en français, à
distance ? Nous enregistrons en septembre, à la date qui vous convient.

Bien cordialement,
Camille Rousseau
Productrice - Bouger demain
""",
        "cte": "qp",
    },
    {
        "name": "reponse_automatique_conge",
        "kind": "other", "company": "", "contact": "", "lang": "fr",
        "frm": ("Élodie Marchand", "elodie.marchand@atlantique-interim.example.fr"),
        "name_enc": "iso-8859-1/q",
        "subject": "Réponse automatique : disponibilités septembre",
        "date": "2026-08-10 09:02 +0200",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Bonjour,

Je suis en congés jusqu'au 24 août inclus. Votre message sera traité à mon retour.

Pour toute urgence concernant une mission ou un entretien client, merci de contacter
l'agence au 02 40 55 01 30.

Élodie Marchand
Atlantique Intérim - Nantes
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "name": "alerta_empleo_zaragoza",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("EmpleoEbro", "alertas@empleoebro.example.es"),
        "subject": "Nuevas ofertas para «planificación» en Zaragoza",
        "date": "2026-05-14 08:00 +0200",
        "headers": [("List-Id", "Alertas EmpleoEbro <alertas.empleoebro.example.es>"),
                 (LIST, "<https://empleoebro.example.es/baja?c=30122>"),
                 ("Precedence", "bulk")],
        "html": digest_html(
            "3 ofertas nuevas para tu búsqueda",
            "Hola Sinéad, estas son las ofertas publicadas hoy.",
            [("Técnico/a de planificación de servicios - transporte urbano",
              "Zaragoza, contrato indefinido", "https://empleoebro.example.es/o/5510"),
             ("Planificador/a de rutas - operador logístico", "Plaza, turno de mañana",
              "https://empleoebro.example.es/o/5517"),
             ("Blog: ¿Te han rechazado? Cómo pedir una valoración",
              "Cinco frases para pedir feedback tras una entrevista",
              "https://empleoebro.example.es/blog/rechazo")],
            "Darte de baja: https://empleoebro.example.es/baja?c=30122", lang="es"),
        "cte": "qp",
    },
    {
        "name": "newsletter_consejos_entrevista",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("Carrera Plus", "boletin@carreraplus.example.es"),
        "subject": "Boletín: 6 preguntas que te harán en tu próxima entrevista",
        "date": "2026-06-03 18:30 +0200",
        "headers": [("List-Id", "Boletin Carrera Plus <boletin.carreraplus.example.es>"),
                 (LIST, "<https://carreraplus.example.es/baja>")],
        "html": digest_html(
            "Boletín Carrera Plus",
            "Esta semana: cómo preparar la entrevista, qué hacer si te cambian la fecha y cómo "
            "negociar una oferta.",
            [("6 preguntas que te harán en tu próxima entrevista",
              "Y cómo responderlas sin sonar ensayada.",
              "https://carreraplus.example.es/6-preguntas"),
             ("Me han aplazado la entrevista: ¿mala señal?",
              "Casi nunca. Te explicamos por qué.",
              "https://carreraplus.example.es/aplazada"),
             ("Negociar la oferta sin miedo", "Salario, horario, teletrabajo.",
              "https://carreraplus.example.es/negociar")],
            "Recibes este boletín porque te suscribiste en carreraplus.example.es.\n"
            "Baja: https://carreraplus.example.es/baja", lang="es"),
        "charset": "iso-8859-1", "cte": "b64",
    },
    {
        "name": "sent_agradecimiento_autobuses_ebro",
        "key": "ebro-gracias",
        "reply_of": "ebro-aplaza",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": CAND,
        "to": [("Marta Lasheras", "marta.lasheras@autobusesebro.example.es")],
        "subject": "Gracias por la entrevista",
        "date": "2026-06-12 19:15 +0100",
        "text": EBRO_GRACIAS_TEXT,
        "cte": "8bit",
    },
    {
        "name": "amiga_cuenta_su_rechazo",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("Lucía Gimeno", "lucia.gimeno@example.es"),
        "subject": "Pues nada, me han dicho que no",
        "date": "2026-07-20 22:40 +0200",
        "text": """¡Hola, guapa!

Te cuento: al final los del almacén de Plaza me han rechazado. Me llamó la de recursos
humanos, muy maja, pero que han elegido a alguien con carnet de carretillera. Tres semanas
esperando para eso.

Bueno, yo sigo. ¿Y lo tuyo con los autobuses? ¿Ya te han dicho algo? Si te vienes a Zaragoza
te busco piso en el Actur, que ahí vivo yo.

Un beso enorme,
Lucía
""",
        "cte": "qp",
    },
    {
        "name": "curso_gratuito_sin_plaza",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("Formación Aragón Digital", "inscripciones@formacionaragon.example.es"),
        "subject": "Resultado de la selección: curso de Planificación de Transporte",
        "subj_enc": "iso-8859-1/b",
        "date": "2026-02-25 12:00 +0100",
        "text": """Estimada Sinéad:

Te escribimos en relación con tu solicitud para el curso gratuito online «Planificación
de Transporte y Logística» (150 horas), convocatoria de marzo.

Lamentamos comunicarte que no has obtenido plaza para el curso. El número de solicitudes
ha superado ampliamente las 30 plazas disponibles y se ha dado prioridad a personas
empadronadas en Aragón.

Quedas en lista de reserva con el número 12.

Un saludo,
Equipo de Formación Aragón Digital
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "cita_previa_nie",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("Cita Previa Extranjería", "no-responder@citaprevia.example.es"),
        "subject": "Confirmación de cita previa – Toma de huellas (TIE)",
        "date": "2026-09-28 09:05 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Su cita ha sido confirmada.

Trámite: toma de huellas (TIE) y asignación de NIE
Oficina: Zaragoza, Paseo de Ejemplo 12
Fecha: 14/10/2026  Hora: 09:40
Localizador: ZGZ-TIE-558120

Deberá presentar pasaporte, justificante de la cita y, en su caso, contrato de trabajo o
documento que acredite la oferta de empleo.

Para anular la cita utilice el localizador en la sede electrónica. Este mensaje se ha
generado automáticamente; no responda a esta dirección.
""",
        "cte": "b64",
    },
    {
        "name": "respuesta_automatica_vacaciones",
        "kind": "other", "company": "", "contact": "", "lang": "es",
        "frm": ("Íñigo Zubiri", "inigo.zubiri@talentoaragon.example.es"),
        "name_enc": "utf-8/b",
        "subject": "Respuesta automática: Re: disponibilidad septiembre",
        "date": "2026-08-06 11:11 +0200",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        "text": """Hola:

Estoy de vacaciones hasta el 24 de agosto. Si es urgente, escribe a mi compañera Pilar en
pilar.andres@talentoaragon.example.es.

Gracias,
Íñigo Zubiri
Talento Aragón
""",
        "cte": "8bit",
    },
]
