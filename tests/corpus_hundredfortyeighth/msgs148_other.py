"""Corpus 148, other mail: 52 hand-written messages (en 33, de 5, fr 7, es 7) - digests,
newsletters, notifications, the candidate's own mail, auto-replies and life admin."""

from msgs148_common import (
    CAND,
    CAND_SIG,
    ats_card,
    digest,
    digest_text,
    outlook_reply,
    plain_shell,
    reply,
    word_shell,
)

BULK = [("Precedence", "bulk")]
AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def listed(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a digest."""
    return [("List-Id", list_id), ("List-Unsubscribe", unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), *BULK]


FJ_ITEMS = [
    ("Inventory Analyst - Brannock's Grocers, Dublin 12",
     "https://freightjobs.example.ie/j/88120?utm_source=alert",
     "Full-time. Interviews will be held in early March. Excel and WMS experience needed."),
    ("Supply Chain Coordinator - Liffey Freight Solutions, Ballymun",
     "https://freightjobs.example.ie/j/88131?utm_source=alert",
     "Posted 2 days ago. 38 applicants."),
    ("Warehouse Team Lead (Nights) - Clondalkin Pharma Packaging",
     "https://freightjobs.example.ie/j/88144?utm_source=alert",
     "Shift allowance. Immediate start for the right candidate."),
    ("Transport Planner - Lee Valley Distribution, Little Island",
     "https://freightjobs.example.ie/j/88152?utm_source=alert",
     "Salary €36k-€40k. Closing date 30 January."),
    ("Graduate Logistics Analyst - State Supplies Agency",
     "https://freightjobs.example.ie/j/88160?utm_source=alert",
     "Public sector competition; panel may be formed for future vacancies."),
]
FJ_LINKS = [("Manage alerts", "https://freightjobs.example.ie/alerts?u=cwa41"),
            ("Unsubscribe", "https://freightjobs.example.ie/u/cwa41")]

SCW_ITEMS = [
    ("Rejected after the final interview? Read this before you reply",
     "https://supplychainweekly.example.co.uk/a/rejected-after-final",
     "Three hiring managers on what a good response to 'unfortunately' looks like."),
    ("Panel interviews: how planners are being tested in 2026",
     "https://supplychainweekly.example.co.uk/a/panel-interviews-2026",
     "Case studies, Excel tasks and the rise of the trial day."),
    ("Rotterdam port volumes dip as new berth opens",
     "https://supplychainweekly.example.co.uk/a/rotterdam-volumes",
     "Operators say the offer of new slots has not yet translated into bookings."),
    ("From forklift to forecasting: career changers share their stories",
     "https://supplychainweekly.example.co.uk/a/forklift-to-forecasting",
     "Why the shop floor is the best CV line you have."),
]
SCW_LINKS = [("Update preferences", "https://supplychainweekly.example.co.uk/prefs/8812"),
             ("Unsubscribe", "https://supplychainweekly.example.co.uk/unsub/8812")]

JA_ITEMS = [
    ("Disponent (m/w/d) Seefracht – Spedition Nordhafen, Hamburg-Waltershof",
     "https://jobhafen.example.de/stelle/44812",
     "Vollzeit, unbefristet. Vorstellungsgespräche laufen bereits."),
    ("Supply Chain Analyst (m/w/d) – Elbstrom Logistik, Billbrook",
     "https://jobhafen.example.de/stelle/44830",
     "Neu. Englisch verhandlungssicher, Deutsch von Vorteil."),
    ("Bestandsplaner (m/w/d) – Altona Pharma Werk",
     "https://jobhafen.example.de/stelle/44857",
     "Schichtfrei, Gleitzeit, Betriebsrente."),
]
JA_LINKS = [("Jobagent bearbeiten", "https://jobhafen.example.de/jobagent/7731"),
            ("Abmelden", "https://jobhafen.example.de/abmelden/7731")]

ELR_ITEMS = [
    ("Gestionnaire de stocks H/F – Corbas (69)", "https://emploi-logistique.example.fr/o/55120",
     "CDI, 2x8. Entretiens prévus dès la semaine prochaine."),
    ("Analyste supply chain junior H/F – Saint-Priest", "https://emploi-logistique.example.fr/o/55127",
     "Anglais courant apprécié."),
    ("Cariste CACES 5 H/F – Vénissieux", "https://emploi-logistique.example.fr/o/55133",
     "Mission intérim 3 mois, poste à pourvoir immédiatement."),
    ("Chef d'équipe réception H/F – Lyon 7e", "https://emploi-logistique.example.fr/o/55140",
     "Encadrement de 8 personnes."),
]
ELR_LINKS = [("Gérer mes alertes", "https://emploi-logistique.example.fr/alertes"),
             ("Se désabonner", "https://emploi-logistique.example.fr/desabo/k31")]

EV_ITEMS = [
    ("Analista de cadena de suministro – Riba-roja de Túria",
     "https://empleovalencia.example.es/oferta/90211",
     "Jornada completa. Incorporación inmediata. 14 candidatos inscritos."),
    ("Técnico/a de aprovisionamiento – Paterna", "https://empleovalencia.example.es/oferta/90218",
     "Se valorará experiencia en almacén y nivel alto de Excel."),
    ("Planificador/a de rutas – Puerto de València", "https://empleovalencia.example.es/oferta/90230",
     "Proceso rápido: una entrevista y prueba práctica."),
]
EV_LINKS = [("Gestionar alertas", "https://empleovalencia.example.es/alertas"),
            ("Darse de baja", "https://empleovalencia.example.es/baja/7q2")]

MESSAGES = [
    # ================================================================== English (33)
    {
        "kind": "other", "scenario": "freightjobs_alert_digest", "lang": "en",
        "company": "", "contact": "",
        "from": ("FreightJobs Ireland", "alerts@freightjobs.example.ie"),
        "subject": "5 new jobs matching 'supply chain analyst' in Dublin",
        "date": "2026-01-19 06:30 +0000",
        "headers": listed("FreightJobs job alerts <alerts.freightjobs.example.ie>",
                          "<https://freightjobs.example.ie/u/cwa41>, "
                          "<mailto:unsubscribe@freightjobs.example.ie?subject=cwa41>"),
        "text": digest_text("Your FreightJobs alert",
                            "Hi Ciarán, here are today's new jobs for your saved search.",
                            FJ_ITEMS, "You are receiving this because you created a job alert.",
                            FJ_LINKS),
        "html": digest("Your FreightJobs alert", "#0b7285",
                       "Hi Ciarán, here are today's new jobs for your saved search.",
                       FJ_ITEMS, "You are receiving this because you created a job alert.",
                       FJ_LINKS),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "supplychain_weekly_rejection_article", "lang": "en",
        "company": "", "contact": "",
        "from": ("Supply Chain Weekly", "newsletter@supplychainweekly.example.co.uk"),
        "subject": "This week: rejected after the final interview, and panel interview trends",
        "date": "2026-03-06 07:00 +0000",
        "headers": listed("Supply Chain Weekly <weekly.supplychainweekly.example.co.uk>",
                          "<https://supplychainweekly.example.co.uk/unsub/8812>"),
        "text": digest_text("Supply Chain Weekly - issue 214",
                            "Our most-read piece this week is about what to do after a no.",
                            SCW_ITEMS, "Supply Chain Weekly, 40 Chorlton Street, Manchester.",
                            SCW_LINKS),
        "html": digest("Supply Chain Weekly - issue 214", "#343a40",
                       "Our most-read piece this week is about what to do after a no.",
                       SCW_ITEMS, "Supply Chain Weekly, 40 Chorlton Street, Manchester.",
                       SCW_LINKS),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "shift_change_blog_dealing_with_no", "lang": "en",
        "company": "", "contact": "",
        "from": ("The Shift Change", "hello@theshiftchange.example.com"),
        "subject": "\"Unfortunately, we have decided...\" - how to read a rejection email",
        "date": "2026-05-14 12:00 +0100",
        "headers": listed("The Shift Change <list.theshiftchange.example.com>",
                          "<https://theshiftchange.example.com/unsubscribe?e=ciaran.wa>"),
        "html_only": True,
        "text": (
            "Hi there,\n\n"
            "This week's letter is for everyone who opened an email this month that began with "
            "'Unfortunately'.\n\n"
            "1. Read it twice. 'We have decided to move forward with other candidates' is a "
            "closed door; 'the role has been put on hold' might reopen in three months.\n\n"
            "2. Reply once, briefly. Thank them, ask for one piece of feedback, and say you'd "
            "like to hear about future openings.\n\n"
            "3. Log it. Keep a spreadsheet of applications, interview dates and outcomes - "
            "patterns appear after about twenty.\n\n"
            "4. If you missed an interview, own it quickly. Recruiters remember the apology more "
            "than the no-show.\n\n"
            "Next week: how to negotiate a first offer when you're changing careers.\n\n"
            "Mairéad\nThe Shift Change - career notes for people moving off the shop floor"
        ),
        "shell": plain_shell,
    },
    {
        "kind": "other", "scenario": "pallet_podcast_guest_request", "lang": "en",
        "company": "", "contact": "tadhg@thepalletpodcast.example.ie",
        "from": ("Tadhg Ryan", "tadhg@thepalletpodcast.example.ie"),
        "subject": "Guest on The Pallet Podcast?",
        "date": "2026-06-24 14:12 +0100",
        "text": (
            "Hi Ciarán,\n\n"
            "I host The Pallet Podcast, a small show about people who work in Irish warehouses "
            "and transport. A listener pointed me to your post about teaching yourself SQL "
            "between shifts on the reach truck.\n\n"
            "Would you be up for an interview on the podcast? About 40 minutes, recorded "
            "remotely any weekday evening in July. There's no fee, but we'll send you a hoodie "
            "and you get to plug whatever you like.\n\n"
            "Tadhg Ryan\nThe Pallet Podcast\nhttps://thepalletpodcast.example.ie"
        ),
    },
    {
        "kind": "other", "scenario": "northside_echo_press_interview", "lang": "en",
        "company": "", "contact": "eimear.coyle@northsideecho.example.ie",
        "from": ("Eimear Coyle", "eimear.coyle@northsideecho.example.ie"),
        "subject": "Interview request - feature on warehouse workers retraining",
        "date": "2026-02-05 10:48 +0000",
        "text": (
            "Dear Ciarán,\n\n"
            "I'm a reporter with the Northside Echo. We're running a feature next month on "
            "people in Dublin 7 and Dublin 11 who are retraining out of warehouse and "
            "logistics jobs, and the Springboard course coordinator suggested I contact you.\n\n"
            "Would you be willing to do a short interview, either by phone or over a coffee in "
            "Phibsborough? It would take about half an hour, and we'd like to take one photo. "
            "You could of course see your quotes before publication.\n\n"
            "Many thanks,\nEimear Coyle\nReporter, Northside Echo\n087 220 4187"
        ),
    },
    {
        "kind": "other", "scenario": "ferrylane_user_research_interview", "lang": "en",
        "company": "", "contact": "sinead.k@ferrylane.example.com",
        "from": ("Sinéad Kearns | Ferrylane Research", "sinead.k@ferrylane.example.com"),
        "from_enc": "utf-8/q",
        "subject": "Invitation: 30-minute research interview (€25 voucher)",
        "date": "2026-04-09 15:00 +0100",
        "text": (
            "Hi Ciarán,\n\n"
            "You recently booked a ferry to Holyhead with Ferrylane and said you'd be happy to "
            "help us improve the app.\n\n"
            "We're running user-research interviews next week: 30 minutes on a video call "
            "where we watch you book a trip and ask what is confusing. There are no right or "
            "wrong answers - we're testing the app, not you. As a thank-you you'll receive a "
            "€25 voucher.\n\n"
            "Book a slot: https://research.ferrylane.example.com/book/cw-3318\n\n"
            "Thanks,\nSinéad Kearns\nUX Researcher, Ferrylane"
        ),
        "shell": plain_shell,
    },
    {
        "kind": "other", "scenario": "swiftparcel_delayed_unfortunately", "lang": "en",
        "company": "", "contact": "",
        "from": ("SwiftParcel", "no-reply@swiftparcel.example.ie"),
        "subject": "Unfortunately your parcel is delayed",
        "date": "2026-03-27 18:44 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "text": (
            "Hi Ciarán,\n\n"
            "Unfortunately your parcel SP-IE-5518-2204 has been delayed at our Dublin hub "
            "because of high volumes. We're sorry for the inconvenience.\n\n"
            "New estimated delivery: Monday 30 March, between 10:00 and 14:00.\n\n"
            "Track your parcel: https://swiftparcel.example.ie/t/SP-IE-5518-2204\n\n"
            "SwiftParcel"
        ),
        "shell": ats_card("SwiftParcel", "#ff6f00", "This is an automated message."),
    },
    {
        "kind": "other", "scenario": "trackwell_vehicle_position_report", "lang": "en",
        "company": "", "contact": "",
        "from": ("TrackWell Telematics", "noreply@trackwell.example.ie"),
        "subject": "Daily position report - 06-KE-4471",
        "date": "2026-08-11 06:05 +0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": (
            "Daily position report for vehicle 06-KE-4471 (Tierney & Sons Haulage)\n\n"
            "Last position: 53.3472 N, 6.1989 W - Dublin Port, Alexandra Road\n"
            "Time of fix: 10/08/2026 23:58 IST\n"
            "Distance yesterday: 412 km\nIdle time: 1 h 47 min\n"
            "Geofence alerts: 0\n\n"
            "Log in to see the full trip: https://app.trackwell.example.ie/fleet/tierney\n\n"
            "You are receiving this report because you were added as a planner on this fleet."
        ),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "friend_donal_own_rejection", "lang": "en",
        "company": "", "contact": "donal.reidy@example.ie",
        "from": ("Donal Reidy", "donal.reidy@example.ie"),
        "subject": "well that's that",
        "date": "2026-04-10 22:31 +0100",
        "text": (
            "Ciarán,\n\n"
            "Got the 'unfortunately we will not be progressing your application' email from "
            "Aer Cargo Services this evening. After three interviews and a presentation! They "
            "said they went with someone with more airside experience.\n\n"
            "Anyway, pints Saturday? I need to moan and you can tell me how your interviews are "
            "going.\n\nDonal"
        ),
    },
    {
        "kind": "other", "scenario": "sent_thankyou_liffey_panel", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Niamh Gallagher", "niamh.gallagher@liffeyfreight.example.ie")],
        "subject": "Thank you - Supply Chain Analyst panel",
        "date": "2026-03-19 18:05 +0000",
        "key": "liffey-thanks", "refs": ["liffey-inv", "liffey-move"],
        "text": (
            "Hi Niamh,\n\n"
            "Thank you for having me in for the panel interview this afternoon, and please pass "
            "my thanks on to Declan and Ruth. I really enjoyed talking through the slotting "
            "exercise and hearing how the planning team works with the yard at Ballymun.\n\n"
            "If there is anything else you need from me, just let me know.\n\n"
            "Kind regards,\nCiarán"
        ),
    },
    {
        "kind": "other", "scenario": "sent_application_dockroad_cv", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Kwame Mensah", "k.mensah@dockroad.example.co.uk")],
        "subject": "Application - Warehouse Analyst (ref DRD-0426)",
        "date": "2026-04-21 20:17 +0100",
        "key": "dock-app",
        "text": (
            "Dear Mr Mensah,\n\n"
            "I would like to apply for the Warehouse Analyst position at your Irlam site, as "
            "advertised on FreightJobs (ref DRD-0426).\n\n"
            "I have six years' experience as a picker and counterbalance/reach truck driver in "
            "a 40,000-pallet ambient warehouse in Dublin, where for the last two years I have "
            "also produced the weekly pick-rate and cycle-count reports for my shift manager. "
            "I am completing a Springboard certificate in supply chain analytics and I am ready "
            "to relocate to Manchester.\n\n"
            "My CV is attached. I would welcome the chance of an interview.\n\n"
            "Yours sincerely,\n" + CAND_SIG
        ),
        "pdf": {"filename": "CV_Ciaran_Walsh-Adebayo.pdf",
                "title": "Ciarán Walsh-Adebayo - Curriculum Vitae",
                "lines": ["Dublin 7 | +353 87 412 9930 | ciaran.wa@example.ie",
                          "2020-2026 Picker / Forklift Driver, Northside Ambient DC, Dublin",
                          "2018-2020 Warehouse Operative, agency placements",
                          "2025-2026 Springboard Certificate in Supply Chain Analytics",
                          "Skills: Excel (pivot tables, Power Query), SQL basics, WMS"]},
    },
    {
        "kind": "other", "scenario": "sent_reschedule_request_cheetham", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Leah Okafor", "leah.okafor@cheethamhillpharma.example.co.uk")],
        "subject": "Re: Onsite interview: Supply Planner - Friday 11 September",
        "date": "2026-09-02 07:40 +0100",
        "key": "chp-resched-ask", "parent": "chp-inv", "refs": ["chp-app"],
        "text": reply(
            "Hi Leah,\n\n"
            "Thank you for the invitation - I'm really pleased to be asked in. Unfortunately I "
            "have been rostered for a shift I can't swap on Friday 11th. Would there be any "
            "chance of moving the onsite to Monday 14th or Tuesday 15th? I'm sorry for the "
            "trouble.\n\n"
            "Best regards,\nCiarán",
            "en", "Tue, 1 Sept 2026 at 11:20", "Leah Okafor via Greenhouse",
            "no-reply@us.greenhouse-mail.io",
            "Following your conversation with me last week, the hiring team would like to "
            "invite you to an onsite interview at our Cheetham Hill site. Friday 11 September, "
            "13:00-15:30."),
    },
    {
        "kind": "other", "scenario": "sent_apology_irwell_missed_call", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Priya Raman", "priya.raman@irwellhealth.example.co.uk")],
        "subject": "Re: Our interview today at 15:00",
        "date": "2026-05-21 18:02 +0100",
        "key": "irwell-sorry", "parent": "irwell-missed", "refs": ["irwell-screen"],
        "text": reply(
            "Dear Priya,\n\n"
            "I am very sorry. I had written the interview down for 16:00 by mistake, and "
            "that is entirely my fault. I know I wasted your time and the hiring manager's.\n\n"
            "If you are still willing, I would be grateful for another slot next week, at any "
            "time that suits you.\n\n"
            "Kind regards,\nCiarán Walsh-Adebayo",
            "en", "Thu, 21 May 2026 at 15:20", "Priya Raman",
            "priya.raman@irwellhealth.example.co.uk",
            "Hi Ciarán,\n\nWe waited on Teams for 15 minutes this afternoon, but you didn't "
            "join the 15:00 interview. I hope everything is ok.\n\nThanks,\nPriya Raman"),
    },
    {
        "kind": "other", "scenario": "sent_accepts_new_slot_maasvlakte", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Sanne de Vries", "sanne.devries@maasvlakte-ss.example.nl")],
        "subject": "Re: Interview for Container Flow Analyst - Maasvlakte Shipping Services",
        "date": "2026-03-09 09:03 +0000",
        "key": "maas-accept", "parent": "maas-ill", "refs": ["maas-inv"],
        "text": reply(
            "Hi Sanne,\n\n"
            "No problem at all, and I hope Bram feels better soon. Tuesday 17 March at 14:00 "
            "CET works for me.\n\nBest wishes,\nCiarán",
            "en", "Mon, 9 Mar 2026 at 08:12", "Sanne de Vries",
            "sanne.devries@maasvlakte-ss.example.nl",
            "Bram is ill at home this week, so we can't do tomorrow's interview at 14:00. "
            "Could you do Tuesday 17 March at the same time?"),
    },
    {
        "kind": "other", "scenario": "sent_confirms_tierney_chat", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Marian Tierney", "marian@tierneyhaulage.example.ie")],
        "subject": "Re: Planning job",
        "date": "2026-07-06 12:02 +0100",
        "key": "tierney-confirm", "parent": "tierney-chat",
        "text": (
            "Hi Marian,\n\nThursday at 11 is perfect, thank you. I'll get the 66 bus out and "
            "see you at the yard.\n\nCiarán"
        ),
    },
    {
        "kind": "other", "scenario": "sent_followup_ssa_result", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("State Supplies Agency - Recruitment", "recruitment@statesupplies.example.ie")],
        "subject": "SSA-26-041 - candidate 2611409 - query",
        "date": "2026-04-20 08:55 +0100",
        "key": "ssa-followup", "refs": ["ssa-ack", "ssa-ac", "ssa-move"],
        "text": (
            "Dear Ms Whelan,\n\n"
            "I attended the assessment centre for competition SSA-26-041 on 17 March. Could you "
            "let me know when candidates can expect to hear the outcome?\n\n"
            "Thank you,\nCiarán Walsh-Adebayo\nCandidate ID 2611409"
        ),
    },
    {
        "kind": "other", "scenario": "sent_declines_ringaskiddy_offer", "lang": "en",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Shane Mulvey", "shane.mulvey@harbourline.example.ie")],
        "subject": "Re: Good news from Ringaskiddy!",
        "date": "2026-02-26 21:14 +0000",
        "parent": "hl-offer", "refs": ["hl-inv"],
        "text": outlook_reply(
            "Hi Shane,\n\n"
            "Thanks a million for all your work on this. I've thought hard about it over the "
            "last two days, and I'm going to turn down the Ringaskiddy offer: a 12-month "
            "contract in Cork is too big a risk with the lease I've just signed in Dublin. "
            "Please thank Helen for me, and I'm sorry to let you down after you pushed for me.\n\n"
            "I'd still love to hear about permanent roles in Dublin.\n\nCiarán",
            "en", "Shane Mulvey <shane.mulvey@harbourline.example.ie>",
            "Tuesday, February 24, 2026 12:05 PM", "Ciarán Walsh-Adebayo",
            "Good news from Ringaskiddy!",
            "Just off the phone with Helen Cotter - the client wants to make you an offer for "
            "the Materials Analyst role!"),
    },
    {
        "kind": "other", "scenario": "keeling_search_cold_approach", "lang": "en",
        "company": "", "contact": "rob.keeling@keelingsearch.example.co.uk",
        "from": ("Rob Keeling", "rob.keeling@keelingsearch.example.co.uk"),
        "subject": "Supply chain opportunities - quick intro",
        "date": "2026-06-30 11:02 +0100",
        "text": (
            "Hi Ciarán,\n\n"
            "I came across your profile and was struck by the jump you're making from the "
            "warehouse floor into analysis - that mix is exactly what a few of my clients in "
            "the North West keep asking for.\n\n"
            "I don't have a specific position to put in front of you today, but I'd like to "
            "get to know you so I can move quickly when something comes up. Would you be open "
            "to a 15-minute call sometime?\n\n"
            "Rob Keeling\nDirector, Keeling Search\nLogistics & Supply Chain Recruitment\n"
            "07801 332 614 | keelingsearch.example.co.uk"
        ),
    },
    {
        "kind": "other", "scenario": "fintra_bank_mortgage_appointment", "lang": "en",
        "company": "", "contact": "",
        "from": ("Fintra Bank", "no-reply@fintrabank.example.ie"),
        "subject": "Your appointment with a mortgage adviser is confirmed",
        "date": "2026-02-13 09:30 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": (
            "Dear Ciarán,\n\n"
            "Your appointment with a Fintra Bank mortgage adviser is confirmed for Thursday 19 "
            "February at 17:30 in our Phibsborough branch.\n\n"
            "To get the most from the meeting, please bring your last three payslips, six months "
            "of bank statements and a statement of your current financial position. If you "
            "are changing jobs, your adviser will explain how this affects your application.\n\n"
            "To cancel or reschedule your appointment, use the Fintra app or call 1800 812 300.\n\n"
            "Fintra Bank DAC is regulated by the Central Bank of Ireland."
        ),
        "shell": ats_card("Fintra Bank", "#003a70"),
    },
    {
        "kind": "other", "scenario": "landlord_inspection_appointment", "lang": "en",
        "company": "", "contact": "brendan.furlong@example.ie",
        "from": ("Brendan Furlong", "brendan.furlong@example.ie"),
        "subject": "Flat 3, 14 Connaught St - inspection",
        "date": "2026-05-26 19:20 +0100",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Hi Ciarán,\n\n"
            "Just to let you know the letting agent needs to do the annual inspection of the "
            "flat. Would Tuesday 2 June at 6pm suit? If not, suggest another evening that week.\n\n"
            "Also - I've interviewed a couple of people for Flat 2 downstairs, so you may see "
            "a few viewings over the next fortnight. Sorry for the disruption.\n\n"
            "Regards,\nBrendan Furlong"
        ),
    },
    {
        "kind": "other", "scenario": "school_parent_teacher_interview", "lang": "en",
        "company": "", "contact": "office@stbrigidsns.example.ie",
        "from": ("St. Brigid's National School", "office@stbrigidsns.example.ie"),
        "subject": "Parent-teacher meetings - 2nd Class",
        "date": "2026-01-14 13:15 +0000",
        "text": (
            "Dear Parent/Guardian,\n\n"
            "Parent-teacher meetings for 2nd Class will take place on Wednesday 28 January. "
            "Your 10-minute interview slot with Ms Daly about Ife is at 15:40.\n\n"
            "If this time does not suit, please contact the school office by Friday so that we "
            "can offer you another slot. School will close at 12:00 on that day.\n\n"
            "Kind regards,\nMrs Cáit Brady\nSchool Secretary\n"
            "St. Brigid's National School, Cabra, Dublin 7\nRoll No. 17448D"
        ),
    },
    {
        "kind": "other", "scenario": "gp_surgery_appointment_cancelled", "lang": "en",
        "company": "", "contact": "reception@phibsboromedical.example.ie",
        "from": ("Phibsborough Medical Centre", "reception@phibsboromedical.example.ie"),
        "subject": "Your appointment on Thursday has been cancelled",
        "date": "2026-09-23 08:10 +0100",
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "Unfortunately Dr Nolan is unwell and we have had to cancel her surgery on Thursday "
            "24 September. Your 09:20 appointment will not go ahead.\n\n"
            "Please ring reception on 01 830 4421 to rebook. If your matter is urgent, the "
            "nurse can see you on Thursday morning.\n\n"
            "We apologise for any inconvenience.\n\n"
            "Phibsborough Medical Centre\n"
            "This email was sent from our appointments system; replies go to reception."
        ),
    },
    {
        "kind": "other", "scenario": "ooo_niamh_auto_reply", "lang": "en",
        "company": "", "contact": "niamh.gallagher@liffeyfreight.example.ie",
        "from": ("Niamh Gallagher", "niamh.gallagher@liffeyfreight.example.ie"),
        "subject": "Automatic reply: Thank you - Supply Chain Analyst panel",
        "date": "2026-03-19 18:05 +0000",
        "parent": "liffey-thanks",
        "headers": AUTO,
        "text": (
            "Thank you for your email. I am out of the office until Tuesday 24 March with "
            "limited access to email.\n\n"
            "For urgent queries about interviews or offers, please contact "
            "talent@liffeyfreight.example.ie.\n\n"
            "Niamh Gallagher\nTalent Acquisition Partner"
        ),
    },
    {
        "kind": "other", "scenario": "ooo_jamie_auto_reply", "lang": "en",
        "company": "", "contact": "jamie.holt@northgatetalent.example.co.uk",
        "from": ("Jamie Holt", "jamie.holt@northgatetalent.example.co.uk"),
        "subject": "Out of Office: Re: Demand Planner feedback",
        "date": "2026-04-16 08:01 +0100",
        "headers": AUTO,
        "text": (
            "Hi, I'm out interviewing candidates in Leeds today and tomorrow and will reply "
            "when I'm back on Monday. If you've been offered a role through us and need "
            "something urgently, please call the office on 0161 832 7700."
        ),
    },
    {
        "kind": "other", "scenario": "prolink_profile_views", "lang": "en",
        "company": "", "contact": "",
        "from": ("ProLink", "notifications-noreply@prolink.example.com"),
        "subject": "Ciarán, 4 recruiters viewed your profile this week",
        "date": "2026-05-03 16:20 +0000",
        "headers": listed("ProLink notifications <notifications.prolink.example.com>",
                          "<https://www.prolink.example.com/settings/email/unsub?t=nv8>"),
        "html_only": True,
        "text": (
            "Your profile is getting noticed\n\n"
            "4 recruiters viewed your profile this week, including someone from Northgate "
            "Talent and a Talent Partner at Pennine Retail Group.\n\n"
            "Candidates who list 'open to work' get up to 2x more interview invitations.\n\n"
            "See who viewed your profile: https://www.prolink.example.com/me/views\n\n"
            "You are receiving ProLink notification emails. Unsubscribe: "
            "https://www.prolink.example.com/settings/email/unsub?t=nv8"
        ),
        "shell": ats_card("ProLink", "#0a66c2"),
    },
    {
        "kind": "other", "scenario": "prolink_positions_you_may_like", "lang": "en",
        "company": "", "contact": "",
        "from": ("ProLink Jobs", "jobs-noreply@prolink.example.com"),
        "subject": "Inventory Analyst at Cheetham Hill Pharma and 7 more positions for you",
        "date": "2026-08-12 17:45 +0000",
        "headers": listed("ProLink job recommendations <jobs.prolink.example.com>",
                          "<https://www.prolink.example.com/jobs/alerts/unsub?t=jr2>"),
        "text": (
            "Positions you may be interested in\n\n"
            "Inventory Analyst - Cheetham Hill Pharma - Manchester (On-site)\n"
            "Be an early applicant - https://www.prolink.example.com/jobs/view/4471822\n\n"
            "Supply Chain Analyst - Van der Plas Cold Storage - Rotterdam (Hybrid)\n"
            "Actively recruiting - https://www.prolink.example.com/jobs/view/4471839\n\n"
            "Demand Planner - Ancoats Freight - Manchester\n"
            "Your profile matches 8 of 10 skills - https://www.prolink.example.com/jobs/view/4471850\n\n"
            "See all 8 jobs: https://www.prolink.example.com/jobs/collections/recommended\n\n"
            "Unsubscribe: https://www.prolink.example.com/jobs/alerts/unsub?t=jr2"
        ),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "disc_postgrad_place_refused", "lang": "en",
        "company": "", "contact": "admissions@disc.example.ie",
        "from": ("DISC Admissions", "admissions@disc.example.ie"),
        "subject": "Your application: Postgraduate Certificate in Supply Chain Analytics",
        "date": "2026-07-17 14:30 +0100",
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for applying to the Postgraduate Certificate in Supply Chain Analytics "
            "(part-time, September 2026 intake) at the Dublin Institute of Supply Chain "
            "Studies.\n\n"
            "We received many more applications than places this year. Regrettably, we are "
            "unable to offer you a place on the programme. Applicants without a level 7 degree "
            "were assessed through recognition of prior learning, and the places available "
            "under that route have been filled.\n\n"
            "You may wish to apply for the January intake, or for our Certificate in Logistics "
            "Data, which has no degree requirement.\n\n"
            "Admissions Office\nDublin Institute of Supply Chain Studies"
        ),
    },
    {
        "kind": "other", "scenario": "friend_forwards_job_ad_rfc822", "lang": "en",
        "company": "", "contact": "yemi.adebayo@example.co.uk",
        "from": ("Yemi Adebayo", "yemi.adebayo@example.co.uk"),
        "subject": "Fwd: Job alert: Stock Analyst, Salford",
        "date": "2026-03-01 10:55 +0000",
        "text": (
            "Cuz - saw this in my alerts and thought of you straight away. It's ten minutes "
            "from mine, so you could stay with us while you look for a flat. Original alert "
            "attached.\n\nYemi"
        ),
        "attach_eml": {
            "from": ("SalfordJobs", "alerts@salfordjobs.example.co.uk"),
            "to": [("Yemi Adebayo", "yemi.adebayo@example.co.uk")],
            "date": "2026-03-01 07:00 +0000",
            "subject": "Job alert: Stock Analyst, Salford",
            "text": (
                "New job matching your alert:\n\n"
                "Stock Analyst - Ordsall Wholesale, Salford M5\n"
                "£27,000-£30,000, Monday to Friday. Interviews w/c 16 March.\n"
                "https://salfordjobs.example.co.uk/job/55012\n"
            ),
        },
    },
    {
        "kind": "other", "scenario": "sci_webinar_interview_skills", "lang": "en",
        "company": "", "contact": "",
        "from": ("Supply Chain Ireland", "events-noreply@supplychainireland.example.ie"),
        "subject": "Webinar: nailing the competency interview when you're changing careers",
        "date": "2026-02-24 12:00 +0000",
        "headers": listed("SCI events <events.supplychainireland.example.ie>",
                          "<https://supplychainireland.example.ie/unsubscribe/ev/73311>"),
        "text": (
            "Members' webinar - Wednesday 11 March, 13:00-13:45\n\n"
            "Competency-based interviews are standard for public-sector and pharma supply chain "
            "roles. Our panel (a hiring manager, a recruiter and a career changer who was "
            "rejected four times before landing a planner role) will walk through STAR answers "
            "and the questions that trip candidates up.\n\n"
            "Register free: https://supplychainireland.example.ie/events/competency-webinar\n\n"
            "Supply Chain Ireland, 5 Merrion Square, Dublin 2\n"
            "Unsubscribe: https://supplychainireland.example.ie/unsubscribe/ev/73311"
        ),
        "shell": plain_shell,
    },
    {
        "kind": "other", "scenario": "workday_password_reset", "lang": "en",
        "company": "", "contact": "",
        "from": ("Liffey Freight Solutions", "liffeyfreight@myworkday.com"),
        "subject": "Reset your password",
        "date": "2026-03-05 22:41 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": (
            "We received a request to reset the password for your candidate account.\n\n"
            "Click the link below within 24 hours to choose a new password:\n"
            "https://liffeyfreight.wd3.myworkdayjobs.com/en-US/Careers/passwordReset?t=5c1f\n\n"
            "If you didn't request this, you can ignore this email."
        ),
    },
    {
        "kind": "other", "scenario": "staffview_interview_reviews_digest", "lang": "en",
        "company": "", "contact": "",
        "from": ("Staffview", "digest@staffview.example.com"),
        "subject": "New interview reviews for companies you follow",
        "date": "2026-04-26 15:00 +0000",
        "headers": listed("Staffview company digest <digest.staffview.example.com>",
                          "<https://www.staffview.example.com/unsubscribe?d=cf9>"),
        "text": (
            "Pennine Retail Group - Replenishment Analyst interview (Manchester)\n"
            "\"Phone screen, then a case study with the hiring manager. Friendly, but they "
            "rejected me a week later without feedback.\" - Experience: neutral\n"
            "https://www.staffview.example.com/interviews/pennine-retail-group/77120\n\n"
            "Liffey Freight Solutions - Supply Chain Analyst interview (Dublin)\n"
            "\"Panel of three plus a slotting exercise on paper. Received an offer after two "
            "weeks.\" - Experience: positive\n"
            "https://www.staffview.example.com/interviews/liffey-freight-solutions/77133\n\n"
            "Manage the companies you follow: https://www.staffview.example.com/following\n"
            "Unsubscribe: https://www.staffview.example.com/unsubscribe?d=cf9"
        ),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "credit_union_loan_meeting", "lang": "en",
        "company": "", "contact": "loans@navanroadcu.example.ie",
        "from": ("Navan Road Credit Union - Loans", "loans@navanroadcu.example.ie"),
        "subject": "Your loan application - meeting with a loans officer",
        "date": "2026-06-08 11:25 +0100",
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for your application for a personal loan of €6,000 towards relocation "
            "costs.\n\n"
            "Before the Credit Committee can make a decision, we would like you to come in for "
            "a short interview with one of our loans officers. Appointments are available on "
            "Tuesday and Thursday evenings; please reply with a time that suits or call us on "
            "01 838 2090. Please bring photo ID and proof of your current employment.\n\n"
            "Kind regards,\nLoans Department\nNavan Road Credit Union Limited"
        ),
    },
    {
        "kind": "other", "scenario": "harbourline_market_update_newsletter", "lang": "en",
        "company": "", "contact": "",
        "from": ("Harbourline Recruitment", "no-reply@harbourline.example.ie"),
        "subject": "Q2 market update: pharma hiring freeze, longer interview processes",
        "date": "2026-04-07 08:00 +0100",
        "headers": listed("Harbourline candidate updates <candidates.harbourline.example.ie>",
                          "<https://harbourline.example.ie/prefs/unsub?id=HL-26-0093>"),
        "text": (
            "Harbourline Market Update - Q2 2026\n\n"
            "Pharma: several Cork sites have paused hiring for planning roles until budgets are "
            "reset in July. Expect offers to be slower and some vacancies to be put on hold.\n\n"
            "Logistics: demand for transport planners in Dublin remains strong; interview "
            "processes now average 24 days from application to offer.\n\n"
            "Tip of the quarter: if a client rejects you, ask your consultant for the exact "
            "feedback. We always get it.\n\n"
            "Read the full report: https://harbourline.example.ie/insights/q2-2026\n"
            "Update your preferences: https://harbourline.example.ie/prefs?id=HL-26-0093"
        ),
        "shell": word_shell,
    },
    # ================================================================== German (5)
    {
        "kind": "other", "scenario": "jobhafen_jobagent_latin1", "lang": "de",
        "company": "", "contact": "",
        "from": ("JobHafen Jobagent", "jobagent@jobhafen.example.de"),
        "subject": "3 neue Jobs für „Supply Chain Analyst“ in Hamburg",
        "subject_enc": "utf-8/q",
        "date": "2026-03-16 07:15 +0100",
        "headers": listed("JobHafen Jobagent <jobagent.jobhafen.example.de>",
                          "<https://jobhafen.example.de/abmelden/7731>"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": digest_text("Ihr JobHafen-Jobagent",
                            "Guten Morgen! Diese Stellen passen zu Ihrem Suchauftrag.",
                            [(h.replace("–", "-"), u, b) for h, u, b in JA_ITEMS],
                            "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt "
                            "haben.", JA_LINKS),
        "html": digest("Ihr JobHafen-Jobagent", "#1b4965",
                       "Guten Morgen! Diese Stellen passen zu Ihrem Suchauftrag.", JA_ITEMS,
                       "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.",
                       JA_LINKS),
        "html_charset": "utf-8",
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "gesendet_bewerbung_alsterkauf", "lang": "de",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Alsterkauf Warenhaus – Personalabteilung", "bewerbung@alsterkauf.example.de")],
        "to_enc": "utf-8/q",
        "subject": "Bewerbung als Bestandsanalyst (m/w/d) – Kennziffer AK-2026-33",
        "date": "2026-05-28 21:36 +0100",
        "text": (
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit bewerbe ich mich um die Stelle als Bestandsanalyst (m/w/d) in Ihrem "
            "Zentrallager in Hamburg-Allermöhe.\n\n"
            "Seit sechs Jahren arbeite ich in Dublin als Kommissionierer und Staplerfahrer und "
            "erstelle seit zwei Jahren die wöchentlichen Bestands- und Inventurberichte meiner "
            "Schicht. Derzeit schließe ich ein Zertifikat in Supply-Chain-Analytik ab. Meine "
            "Deutschkenntnisse entsprechen dem Niveau B1, und ich lerne weiter.\n\n"
            "Anschreiben und Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem "
            "Gespräch freue ich mich.\n\n"
            "Mit freundlichen Grüßen\nCiarán Walsh-Adebayo"
        ),
        "pdf": {"filename": "Lebenslauf_Walsh-Adebayo.pdf",
                "title": "Lebenslauf - Ciarán Walsh-Adebayo",
                "lines": ["2020-2026 Kommissionierer / Staplerfahrer, Dublin",
                          "2025-2026 Zertifikat Supply Chain Analytics (Springboard)",
                          "Sprachen: Englisch (Muttersprache), Deutsch (B1)"]},
    },
    {
        "kind": "other", "scenario": "abwesenheitsnotiz_katrin", "lang": "de",
        "company": "", "contact": "katrin.behrens@elbstrom.example.de",
        "from": ("Katrin Behrens", "katrin.behrens@elbstrom.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage zur Absage",
        "subject_enc": "iso-8859-1/q",
        "date": "2026-03-16 10:12 +0100",
        "parent": "elb-rej",
        "headers": AUTO,
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 20. März nicht im Büro und habe keinen Zugriff auf "
            "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. Bei Fragen zu laufenden "
            "Bewerbungsverfahren wenden Sie sich bitte an personal@elbstrom.example.de.\n\n"
            "Katrin Behrens"
        ),
    },
    {
        "kind": "other", "scenario": "vhs_deutschkurs_kein_platz", "lang": "de",
        "company": "", "contact": "anmeldung@vhs-hh.example.de",
        "from": ("VHS Hamburg - Anmeldung", "anmeldung@vhs-hh.example.de"),
        "from_enc": "iso-8859-1/b",
        "subject": "Ihre Anmeldung: Deutsch B2 Intensiv (Kurs 26S-4412)",
        "date": "2026-02-20 09:48 +0100",
        "charset": "windows-1252", "cte": "8bit",
        "text": (
            "Sehr geehrter Herr Walsh-Adebayo,\n\n"
            "vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 Intensiv“ (26S-4412).\n\n"
            "Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen Platz "
            "anbieten. Sie stehen auf Platz 4 der Warteliste. Alternativ empfehlen wir den "
            "Abendkurs 26S-4419, in dem noch Plätze frei sind.\n\n"
            "Mit freundlichen Grüßen\nIhre Volkshochschule Hamburg – Anmeldung"
        ),
    },
    {
        "kind": "other", "scenario": "wg_casting_einladung", "lang": "de",
        "company": "", "contact": "lina.kraus@example.de",
        "from": ("Lina Kraus", "lina.kraus@example.de"),
        "subject": "WG-Zimmer Ottensen – Einladung zum Kennenlernen",
        "date": "2026-05-30 13:02 +0200",
        "text": (
            "Hey Ciarán,\n\n"
            "danke für deine nette Nachricht zum Zimmer! Wir machen am Sonntag ein kleines "
            "WG-Casting und würden dich gern kennenlernen – Sonntag, 7. Juni, 16 Uhr, bei uns "
            "in der Bahrenfelder Straße. Es kommen noch zwei andere Bewerber, also bring gern "
            "gute Laune und vielleicht ein Stück Kuchen mit :)\n\n"
            "Sag kurz Bescheid, ob es passt.\n\nLG Lina (und Jonas & Mehmet)"
        ),
    },
    # ================================================================== French (7)
    {
        "kind": "other", "scenario": "emploi_logistique_rhone_alerte", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Emploi Logistique Rhône", "alertes@emploi-logistique.example.fr"),
        "subject": "4 nouvelles offres pour votre alerte « logistique Lyon »",
        "subject_enc": "utf-8/b",
        "date": "2026-08-18 06:45 +0200",
        "headers": listed("Alertes Emploi Logistique <alertes.emploi-logistique.example.fr>",
                          "<https://emploi-logistique.example.fr/desabo/k31>"),
        "text": digest_text("Vos nouvelles offres", "Bonjour, voici les offres publiées hier.",
                            ELR_ITEMS, "Vous recevez ce message car vous avez créé une alerte.",
                            ELR_LINKS),
        "html": digest("Vos nouvelles offres", "#2b9348",
                       "Bonjour, voici les offres publiées hier.", ELR_ITEMS,
                       "Vous recevez ce message car vous avez créé une alerte.", ELR_LINKS),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "envoye_candidature_spontanee_saone", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Saône Distribution – Recrutement", "recrutement@saonedistrib.example.fr")],
        "subject": "Candidature spontanée – analyste / gestionnaire de stocks",
        "subject_enc": "utf-8/q",
        "date": "2026-08-24 21:40 +0100",
        "key": "saone-cand",
        "text": (
            "Madame, Monsieur,\n\n"
            "Cariste et préparateur de commandes depuis six ans à Dublin, je me forme à "
            "l'analyse de la chaîne logistique et je m'installe à Lyon cet automne. Je vous "
            "adresse ma candidature spontanée pour un poste d'analyste ou de gestionnaire de "
            "stocks.\n\n"
            "Vous trouverez mon CV en pièce jointe. Je serais heureux de vous rencontrer pour "
            "un entretien.\n\n"
            "Cordialement,\nCiarán Walsh-Adebayo"
        ),
        "pdf": {"filename": "CV_Ciarán_Walsh-Adebayo_FR.pdf",
                "title": "Ciarán Walsh-Adebayo - CV",
                "lines": ["Cariste / préparateur de commandes, Dublin (2020-2026)",
                          "Certificat en analyse de la supply chain (2026)",
                          "Langues : anglais (langue maternelle), français (B2)"]},
    },
    {
        "kind": "other", "scenario": "envoye_remerciement_saone", "lang": "fr",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Hélène Chabert", "helene.chabert@saonedistrib.example.fr")],
        "subject": "Merci pour l'entretien",
        "date": "2026-09-10 19:02 +0200",
        "key": "saone-merci", "refs": ["saone-cand", "saone-inv", "saone-move"],
        "text": (
            "Bonjour Madame Chabert,\n\n"
            "Merci encore pour l'entretien de cet après-midi et la visite du dépôt.\n\n"
            "Bien cordialement,\nCiarán Walsh-Adebayo"
        ),
    },
    {
        "kind": "other", "scenario": "isll_master_candidature_non_retenue", "lang": "fr",
        "company": "", "contact": "scolarite@isll.example.fr",
        "from": ("Scolarité ISLL", "scolarite@isll.example.fr"),
        "from_enc": "iso-8859-1/q",
        "subject": "Résultat de votre candidature – Master Supply Chain (alternance)",
        "date": "2026-06-12 16:00 +0200",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Monsieur,\n\n"
            "La commission pédagogique du Master Supply Chain en alternance de l'Institut "
            "Supérieur de la Logistique de Lyon s'est réunie le 10 juin.\n\n"
            "Nous avons le regret de vous informer que votre candidature n'a pas été retenue "
            "pour la rentrée de septembre 2026 : le nombre de places est limité à 28 et le "
            "jury a privilégié les candidats titulaires d'une licence.\n\n"
            "Vous pouvez candidater à notre Diplôme d'université «\u00a0Analyse des flux\u00a0», "
            "accessible par validation des acquis.\n\n"
            "Le service scolarité\nISLL - Institut Supérieur de la Logistique de Lyon"
        ),
    },
    {
        "kind": "other", "scenario": "reponse_automatique_camille", "lang": "fr",
        "company": "", "contact": "camille.roussel@rhonefret.example.fr",
        "from": ("Camille Roussel", "camille.roussel@rhonefret.example.fr"),
        "subject": "Réponse automatique : Entretien Analyste flux transport",
        "subject_enc": "utf-8/q",
        "date": "2026-05-20 08:14 +0200",
        "parent": "rhone-cancel",
        "headers": AUTO,
        "text": (
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 25 mai inclus. Pour toute question "
            "urgente concernant un recrutement, vous pouvez écrire à "
            "recrutement@rhonefret.example.fr.\n\n"
            "Cordialement,\nCamille Roussel"
        ),
    },
    {
        "kind": "other", "scenario": "banque_entretien_conseiller", "lang": "fr",
        "company": "", "contact": "thomas.perrin@banque-presquile.example.fr",
        "from": ("Thomas Perrin", "thomas.perrin@banque-presquile.example.fr"),
        "subject": "Ouverture de compte : votre rendez-vous à l'agence",
        "subject_enc": "iso-8859-1/b",
        "date": "2026-09-15 10:30 +0200",
        "text": (
            "Bonjour Monsieur Walsh-Adebayo,\n\n"
            "Suite à votre demande en ligne, je vous confirme notre entretien d'ouverture de "
            "compte le mardi 22 septembre à 11h à l'agence Cordeliers.\n\n"
            "Merci de vous munir de votre passeport, d'un justificatif de domicile à Lyon et, "
            "si vous l'avez déjà, de votre promesse d'embauche ou de votre contrat de travail.\n\n"
            "Bien à vous,\nThomas Perrin\nConseiller clientèle – Banque Presqu'île\n"
            "Agence Cordeliers, 8 rue Grenette, 69002 Lyon\n\n"
            "Ce message et ses pièces jointes sont confidentiels et établis à l'intention "
            "exclusive de leur destinataire."
        ),
        "shell": word_shell,
    },
    {
        "kind": "other", "scenario": "cadres_logistique_conseils_entretien", "lang": "fr",
        "company": "", "contact": "",
        "from": ("Cadres & Logistique", "lettre@cadres-logistique.example.fr"),
        "subject": "5 erreurs à éviter en entretien (et que faire après un refus)",
        "date": "2026-07-09 12:00 +0200",
        "headers": listed("La lettre Cadres & Logistique <lettre.cadres-logistique.example.fr>",
                          "<https://cadres-logistique.example.fr/desinscription?u=cw77>"),
        "html_only": True,
        "text": (
            "Bonjour,\n\n"
            "Cette semaine, nous avons interrogé des recruteurs de la logistique lyonnaise.\n\n"
            "1. Arriver sans connaître les volumes du site.\n"
            "2. Réciter son CV au lieu de raconter une situation.\n"
            "3. Ne pas poser de question sur l'équipe.\n"
            "4. Oublier le mail de remerciement.\n"
            "5. Prendre un refus personnellement : « nous ne donnerons pas suite » veut souvent "
            "dire « pas maintenant ».\n\n"
            "Lire l'article complet : https://cadres-logistique.example.fr/articles/5-erreurs\n\n"
            "Se désinscrire : https://cadres-logistique.example.fr/desinscription?u=cw77"
        ),
        "shell": ats_card("Cadres & Logistique", "#6a4c93"),
    },
    # ================================================================== Spanish (7)
    {
        "kind": "other", "scenario": "empleo_valencia_alerta", "lang": "es",
        "company": "", "contact": "",
        "from": ("EmpleoValencia", "alertas@empleovalencia.example.es"),
        "subject": "3 ofertas nuevas: analista logística en València",
        "subject_enc": "utf-8/q",
        "date": "2026-05-25 07:30 +0200",
        "headers": listed("Alertas EmpleoValencia <alertas.empleovalencia.example.es>",
                          "<https://empleovalencia.example.es/baja/7q2>"),
        "text": digest_text("Tus nuevas ofertas", "Hola, Ciarán: estas ofertas encajan con tu "
                            "búsqueda guardada.", EV_ITEMS,
                            "Recibes este correo porque creaste una alerta de empleo.", EV_LINKS),
        "html": digest("Tus nuevas ofertas", "#d62828",
                       "Hola, Ciarán: estas ofertas encajan con tu búsqueda guardada.", EV_ITEMS,
                       "Recibes este correo porque creaste una alerta de empleo.", EV_LINKS),
        "wrap": False,
    },
    {
        "kind": "other", "scenario": "enviado_gracias_levante", "lang": "es",
        "company": "", "contact": "",
        "from": CAND,
        "to": [("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es")],
        "to_enc": "iso-8859-1/q",
        "subject": "Gracias por la entrevista de hoy",
        "date": "2026-06-18 18:40 +0200",
        "key": "levante-thanks", "refs": ["levante-inv", "levante-move"],
        "text": (
            "Hola Lucía:\n\n"
            "Muchas gracias a ti y a Andreu por la entrevista de esta mañana y por enseñarme la "
            "terminal. Me gustó mucho conocer cómo planificáis los tráficos con Italia.\n\n"
            "Quedo a vuestra disposición para lo que necesitéis.\n\n"
            "Un saludo,\nCiarán Walsh-Adebayo"
        ),
    },
    {
        "kind": "other", "scenario": "amiga_paula_su_rechazo", "lang": "es",
        "company": "", "contact": "paula.gimeno@example.es",
        "from": ("Paula Gimeno", "paula.gimeno@example.es"),
        "subject": "Me han dicho que no :(",
        "date": "2026-07-03 23:10 +0200",
        "text": (
            "¡Hola Ciarán!\n\n"
            "¿Qué tal por Dublín? Te cuento: me acaba de llegar el correo de la naviera, "
            "'lamentamos comunicarte que no has sido seleccionada'. Después de dos entrevistas y "
            "una prueba en inglés… Estoy bastante chafada.\n\n"
            "Bueno, ¿y tú qué? ¿Al final te llamaron los de Levante Cargo? Si vienes a València "
            "en septiembre, te invito a una horchata para celebrar o para llorar, lo que toque.\n\n"
            "Besos,\nPaula"
        ),
    },
    {
        "kind": "other", "scenario": "universitat_turia_no_admitido", "lang": "es",
        "company": "", "contact": "posgrado@uturia.example.es",
        "from": ("Posgrado Universitat del Túria", "posgrado@uturia.example.es"),
        "from_enc": "iso-8859-1/b",
        "subject": "Resolución de admisión: Máster en Logística Portuaria",
        "subject_enc": "iso-8859-1/q",
        "date": "2026-07-22 13:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Estimado Ciarán Walsh-Adebayo:\n\n"
            "Le comunicamos que la Comisión Académica del Máster en Logística Portuaria ha "
            "resuelto su solicitud de preinscripción para el curso 2026-2027.\n\n"
            "Resultado: NO ADMITIDO (plazas cubiertas). Se encuentra en la posición 12 de la "
            "lista de espera.\n\n"
            "Contra esta resolución puede presentar recurso de alzada ante el Rectorado en el "
            "plazo de un mes.\n\n"
            "Servicio de Posgrado\nUniversitat del Túria"
        ),
    },
    {
        "kind": "other", "scenario": "respuesta_automatica_lucia", "lang": "es",
        "company": "", "contact": "lucia.ferrer@levantecargo.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es"),
        "subject": "Respuesta automática: Gracias por la entrevista de hoy",
        "subject_enc": "utf-8/b",
        "date": "2026-06-18 18:40 +0200",
        "parent": "levante-thanks",
        "headers": AUTO,
        "text": (
            "Hola:\n\n"
            "Estoy fuera de la oficina hasta el 22 de junio. Si tu consulta es sobre un proceso "
            "de selección abierto, escribe a seleccion@levantecargo.example.es.\n\n"
            "Gracias,\nLucía Ferrer"
        ),
    },
    {
        "kind": "other", "scenario": "inmobiliaria_cita_visita_piso", "lang": "es",
        "company": "", "contact": "jordi@fincasruzafa.example.es",
        "from": ("Jordi Climent | Fincas Ruzafa", "jordi@fincasruzafa.example.es"),
        "subject": "Cita para visitar el piso de la calle Sueca",
        "date": "2026-08-28 12:40 +0200",
        "charset": "windows-1252", "cte": "8bit",
        "text": (
            "Hola, Ciarán:\n\n"
            "Te confirmo la cita para visitar el piso de la calle Sueca, 31 – 4.º B, el "
            "sábado 5 de septiembre a las 10:30. El propietario pide una nómina o un contrato "
            "de trabajo y un mes de fianza; si todavía estás cerrando el puesto, tráenos la "
            "carta de oferta.\n\n"
            "Si no puedes venir, avísame con un día de antelación.\n\n"
            "Saludos,\nJordi Climent\nFincas Ruzafa · 963 74 22 19"
        ),
    },
    {
        "kind": "other", "scenario": "headhunter_contacto_en_frio", "lang": "es",
        "company": "", "contact": "nuria.bosch@boschexecutive.example.es",
        "from": ("Núria Bosch", "nuria.bosch@boschexecutive.example.es"),
        "subject": "Perfiles de supply chain en la Comunitat Valenciana",
        "date": "2026-09-29 10:10 +0200",
        "text": (
            "Hola, Ciarán:\n\n"
            "Soy Núria, de Bosch Executive. Trabajo con varias empresas de logística y "
            "alimentación de la zona de València que buscan perfiles con experiencia real de "
            "almacén y ganas de crecer en planificación.\n\n"
            "Ahora mismo no tengo una vacante concreta para ti, pero me gustaría conocerte y "
            "tener tu CV actualizado. ¿Te apetece que hablemos 15 minutos la semana que "
            "viene?\n\n"
            "Un saludo,\nNúria Bosch\nSocia – Bosch Executive Search\n+34 611 208 944"
        ),
    },
]
