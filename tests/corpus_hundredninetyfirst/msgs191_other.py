"""Corpus 191, everything else: 52 hand-written specs labelled `other` (en 31, de 6, fr 7,
es 8) - digests, advice, look-alikes in another sense, auto-replies and the candidate's own
sent mail."""

from __future__ import annotations

from msgs191_common import (
    CAND,
    SIG_HAMISH,
    ats_card,
    button,
    gmail_html,
    mso,
    newsletter_html,
    outlook_html,
    paras,
)

M = dict


def list_headers(list_id, unsub_url, unsub_mail):
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


MESSAGES = [
    # 1 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="job_alert_digest_geocareers", lang="en",
        company="", contact="",
        frm=("GeoCareers Scotland", "alerts@geocareers-scotland.example.com"),
        subject="7 new GIS jobs near Aberdeen - plus: the interview question everyone dreads",
        date="2026-02-10 06:30", tz="utc",
        headers=list_headers("GeoCareers Scotland job alerts <alerts.geocareers-scotland.example.com>",
                             "https://geocareers-scotland.example.com/u/5d1e9a",
                             "unsubscribe@geocareers-scotland.example.com"),
        text=(
            "Your daily job alert: \"GIS technician\" within 40 miles of AB24\n\n"
            "NEW  GIS Officer - Aberdeenshire Roads, Inverurie - GBP 29k-32k\n"
            "     https://geocareers-scotland.example.com/j/88121\n"
            "NEW  Graduate Geospatial Analyst - Peterhead - GBP 26k\n"
            "     https://geocareers-scotland.example.com/j/88130\n"
            "NEW  Asset Records Technician - Dyce - contract, 6 months\n"
            "     https://geocareers-scotland.example.com/j/88133\n"
            "NEW  CAD/GIS Drafter - Westhill - GBP 27k\n"
            "     https://geocareers-scotland.example.com/j/88141\n"
            "     + 3 more: https://geocareers-scotland.example.com/alerts/5d1e9a\n\n"
            "Closing soon: applications for Survey Data Assistant (Stonehaven) close on "
            "Friday.\n\n"
            "Unfortunately, two jobs you saved have expired and were removed from your "
            "list.\n\n"
            "INTERVIEW CORNER\n"
            "\"Tell me about a time you made a mistake.\" Why panels ask it, and three "
            "honest answers that work for career changers:\n"
            "https://geocareers-scotland.example.com/advice/mistake-question\n\n"
            "You are receiving this because you created a job alert. Manage alerts or "
            "unsubscribe: https://geocareers-scotland.example.com/u/5d1e9a\n"
        ),
        html=newsletter_html(
            "GeoCareers Scotland", "#166534",
            [("GIS Officer - Aberdeenshire Roads, Inverurie",
              "https://geocareers-scotland.example.com/j/88121", "GBP 29k-32k - posted today"),
             ("Graduate Geospatial Analyst - Peterhead",
              "https://geocareers-scotland.example.com/j/88130", "GBP 26k - posted today"),
             ("Asset Records Technician - Dyce",
              "https://geocareers-scotland.example.com/j/88133", "Contract, 6 months"),
             ("CAD/GIS Drafter - Westhill",
              "https://geocareers-scotland.example.com/j/88141", "GBP 27k"),
             ("Closing soon: Survey Data Assistant (Stonehaven)",
              "https://geocareers-scotland.example.com/j/87990",
              "Applications close on Friday."),
             ("Interview corner: 'Tell me about a time you made a mistake'",
              "https://geocareers-scotland.example.com/advice/mistake-question",
              "Why panels ask it, and three honest answers that work for career changers."),
             ("Two saved jobs expired", "https://geocareers-scotland.example.com/saved",
              "Unfortunately, two jobs you saved have expired and were removed.")],
            'You created a job alert. <a href="https://geocareers-scotland.example.com/u/5d1e9a">'
            "Unsubscribe</a> | GeoCareers Scotland, 12 Thistle Street, Edinburgh",
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="newsletter_essay_on_rejection", lang="en",
        company="", contact="",
        frm=("The Career Switch", "newsletter@thecareerswitch.example.com"),
        subject="\"We regret to inform you\": reading between the lines of a rejection",
        date="2026-03-15 08:00", tz="utc",
        headers=list_headers("The Career Switch <thecareerswitch.example.com>",
                             "https://thecareerswitch.example.com/unsubscribe?u=hdo",
                             "leave@thecareerswitch.example.com"),
        html=(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"max-width:620px;margin:auto;font-family:Georgia,serif\">\n"
            "<h1>\"We regret to inform you\"</h1>\n"
            "<p><em>Issue 41 of The Career Switch - for people changing lanes mid-career.</em>"
            "</p>\n"
            + paras(
                "Most rejection emails are written from the same four or five templates. "
                "\"After careful consideration\", \"we have decided not to progress your "
                "application\", \"candidates whose experience more closely matches\" - once "
                "you've seen a few dozen, you start to read them like a weather forecast.\n\n"
                "This week a reader who moved from bus driving into data analysis shared "
                "her spreadsheet: 63 applications, 41 rejections, 9 interviews, 2 offers. "
                "The interesting column was the one where she wrote what she changed after "
                "each no.\n\n"
                "Three things worth doing after every rejection:\n"
                "1. Ask for feedback once, briefly, and don't argue with it.\n"
                "2. Write down the one question in the interview you'd answer differently.\n"
                "3. Apply for something else within 48 hours.\n\n"
                "Next week: salary negotiation when your offer comes from an agency."
            )
            + "\n<p><a href=\"https://thecareerswitch.example.com/p/regret-to-inform\">"
            "Read online</a> · <a href=\"https://thecareerswitch.example.com/unsubscribe?u=hdo\">"
            "Unsubscribe</a></p>\n</body></html>\n"
        ),
        html_cte="quoted-printable",
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="article_gis_interview_questions", lang="en",
        company="", contact="",
        frm=("Mapping Careers Weekly", "digest@mappingcareers.example.org"),
        subject="Mapping Careers Weekly #112: 10 interview questions for GIS technicians",
        date="2026-04-12 07:15", tz="uk",
        headers=list_headers("Mapping Careers Weekly <weekly.mappingcareers.example.org>",
                             "https://mappingcareers.example.org/unsub/hdo",
                             "unsub@mappingcareers.example.org"),
        text=(
            "MAPPING CAREERS WEEKLY - issue 112\n"
            "==================================\n\n"
            "10 INTERVIEW QUESTIONS FOR GIS TECHNICIANS (AND HOW TO ANSWER THEM)\n\n"
            "1. What's the difference between a geographic and a projected coordinate "
            "system? Keep it practical: mention British National Grid.\n"
            "2. How would you check a dataset before you publish it?\n"
            "3. Describe a time you explained a map to someone non-technical.\n"
            "4. Vector or raster for flood extents - and why?\n"
            "5. Which GIS software have you used, and for what?\n"
            "(questions 6-10 online: https://mappingcareers.example.org/112/questions)\n\n"
            "ALSO THIS WEEK\n"
            "- Open positions roundup: 38 technician roles across the UK and Ireland\n"
            "- \"I was invited to interview, then ghosted\": readers' stories\n"
            "- Free webinar: getting started with QField for fieldwork\n\n"
            "You're getting this because you subscribed at mappingcareers.example.org.\n"
            "Unsubscribe: https://mappingcareers.example.org/unsub/hdo\n"
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="podcast_interview_request", lang="en",
        company="", contact="kenny@mappingthenorth.example.co.uk",
        frm=("Kenny Baillie", "kenny@mappingthenorth.example.co.uk"),
        subject="Interview request - Mapping the North podcast",
        date="2026-05-19 20:22", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "I host Mapping the North, a wee podcast about geography and the people who "
            "make maps in Scotland. A friend from the Granite Mappers group told me you "
            "went from delivering post to GIS, and I'd love to interview you for an "
            "episode about career changers.\n\n"
            "It would be a relaxed 40-minute conversation, recorded over Zoom some "
            "evening in June. No preparation needed beyond a few anecdotes about knowing "
            "every close and lane in Torry.\n\n"
            "Would you be up for it?\n\n"
            "Kenny\n\n"
            "Kenny Baillie\nHost, Mapping the North\nmappingthenorth.example.co.uk\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="user_research_interview_invite", lang="en",
        company="", contact="priya.raman@wayfarermaps.example.com",
        frm=("Priya Raman", "priya.raman@wayfarermaps.example.com"),
        subject="Invitation: 45-minute research interview about Wayfarer Maps (GBP 30 voucher)",
        date="2026-06-16 14:10", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "You recently told us in the Wayfarer Maps app that you use our offline maps "
            "at work. I'm a user researcher on the team, and I'd like to invite you to a "
            "45-minute research interview over video.\n\n"
            "We'll ask how you plan routes, what you do when the map is wrong, and show "
            "you a couple of early designs. There are no right answers and this isn't a "
            "sales call. As a thank-you, we'll send a GBP 30 gift voucher.\n\n"
            "If you're interested, pick a slot here: "
            "https://research.wayfarermaps.example.com/book/hdo26\n\n"
            "Thanks,\n"
            "Priya Raman\n"
            "Senior User Researcher, Wayfarer Maps\n"
        ),
        html=gmail_html(
            "Hi Hamish,\n\n"
            "You recently told us in the Wayfarer Maps app that you use our offline maps "
            "at work. I'm a user researcher on the team, and I'd like to invite you to a "
            "45-minute research interview over video.\n\n"
            "We'll ask how you plan routes, what you do when the map is wrong, and show "
            "you a couple of early designs. There are no right answers and this isn't a "
            "sales call. As a thank-you, we'll send a GBP 30 gift voucher.\n\n"
            "If you're interested, pick a slot here: "
            "https://research.wayfarermaps.example.com/book/hdo26\n\n"
            "Thanks,\n"
            "Priya Raman\n"
            "Senior User Researcher, Wayfarer Maps"
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="gps_position_fix_lost", lang="en",
        company="", contact="",
        frm=("TrackTrail", "notifications@tracktrail.example.com"),
        subject="Position update: GPS fix lost on \"Bennachie loop\"",
        date="2026-07-04 15:47", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "TrackTrail", "#ea580c",
            paras(
                "Hi Hamish,\n\n"
                "Your tracker lost its GPS position at 16:21 near Mither Tap, and your last "
                "known position was shared with your emergency contact as you asked.\n\n"
                "Last fix: 57.2891 N, 2.5266 W (accuracy 12 m)\n"
                "Distance recorded: 9.4 km\n\n"
                "Unfortunately, tracks with gaps over 10 minutes can't be submitted to the "
                "monthly challenge."
            ) + "\n" + button("Open track", "https://app.tracktrail.example.com/t/bennachie-0704",
                              "#ea580c"),
            "TrackTrail notifications. Change your settings in the app.",
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="parcel_delayed_unfortunately", lang="en",
        company="", contact="",
        frm=("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
        subject="Unfortunately your package is delayed",
        date="2026-08-06 11:02", tz="uk",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hello Hamish,\n\n"
            "Unfortunately your package SP 4471 2290 8813 GB is delayed and won't arrive "
            "today as planned.\n\n"
            "Reason: the vehicle carrying your parcel is held at the Aberdeen depot.\n"
            "New estimated delivery: Friday 7 August, 08:00-12:00.\n\n"
            "You don't need to do anything. If you won't be in, you can choose a safe "
            "place or a collection point: https://swiftparcel.example.co.uk/m/4471\n\n"
            "We're sorry for the inconvenience.\n"
            "SwiftParcel\n"
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        kind="other", slug="friend_tells_of_own_rejection", lang="en",
        company="", contact="callum.f@postbox.example.co.uk",
        frm=("Callum Ferguson", "callum.f@postbox.example.co.uk"),
        subject="Well, that's that",
        date="2026-02-21 22:48", tz="uk",
        text=(
            "Alright Hamish,\n\n"
            "Got the email from Lothian Vale this afternoon - not shortlisted for the "
            "planning technician job. Same template as yours, I reckon: \"regret\", "
            "\"on this occasion\", the lot. Raging, but I'll survive.\n\n"
            "Heard your interview at the council went well though?? Fingers crossed for "
            "you, pal. If you get it, you're buying at the Grill.\n\n"
            "Callum\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        key="gcc-thanks",
        kind="other", slug="sent_thankyou_after_panel", lang="en",
        company="", contact="",
        frm=CAND,
        to=[("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk")],
        subject="Thank you - GIS Technician interview today",
        date="2026-02-19 19:05", tz="uk",
        parent="gcc-move",
        text=(
            "Dear Lorna\n\n"
            "Thank you for organising today's interview, and please pass my thanks to "
            "Graeme and Parveen. I enjoyed the practical exercise - especially tidying up "
            "the gritting routes layer - and came away even keener on the role.\n\n"
            "If the panel needs anything else from me, such as references, I'm happy to "
            "send them straight away.\n\n"
            "Kind regards\n"
            + SIG_HAMISH + "\n"
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        key="pen-app",
        kind="other", slug="sent_application_with_cv", lang="en",
        company="", contact="",
        frm=CAND,
        to=[("Neil Hutcheson", "neil.hutcheson@pentlandgeodata.example.co.uk")],
        subject="Application - GIS / Data Technician",
        date="2026-09-01 21:15", tz="uk",
        text=(
            "Dear Mr Hutcheson\n\n"
            "I'd like to apply for the GIS / Data Technician position advertised on your "
            "website. I've attached my CV.\n\n"
            "For the past nine years I've been a postman in Aberdeen, which has given me "
            "a close knowledge of addressing, access and how places change on the "
            "ground. Alongside that, I've completed a QGIS certificate and I now work "
            "part-time as a GIS technician on a fixed-term council contract, maintaining "
            "roads and gritting layers.\n\n"
            "I'd welcome the chance of an interview and can travel to Edinburgh at short "
            "notice.\n\n"
            "Yours sincerely\n"
            + SIG_HAMISH + "\n"
        ),
        pdfs=[M(filename="Hamish_Delacroix-Oyelowo_CV.pdf", title="CV",
                   lines=["Hamish Delacroix-Oyelowo", "GIS technician",
                          "14 Jute Street, Aberdeen AB24 3HT | hamish.do@example.co.uk", "",
                          "2026-    GIS Technician (fixed term), Granite Coast Council",
                          "2017-    Postman, Aberdeen delivery office",
                          "2025     QGIS certificate, OpenGeo Learning", "",
                          "Skills: QGIS, PostGIS basics, GNSS field capture, addressing"])],
    ),
    # 11 --------------------------------------------------------------------------------
    M(
        key="kls-ask",
        kind="other", slug="sent_reschedule_request", lang="en",
        company="", contact="",
        frm=CAND,
        to=[("Siobhán Ní Bhriain", "siobhan.nibhriain@kelvinlidar.example.co.uk")],
        to_enc=("utf-8", "Q"),
        subject="Re: Second interview - GIS / Point Cloud Technician",
        date="2026-06-09 07:30", tz="uk",
        parent="kls-inv", quote="gmail",
        text=(
            "Hi Siobhán,\n\n"
            "Thank you - I'm really pleased to be asked back.\n\n"
            "Unfortunately I've been put on a Wednesday shift I can't swap at short "
            "notice. Would it be possible to move the second interview to Thursday or "
            "Friday? Any time on Friday would be ideal.\n\n"
            "Sorry for the bother, and thanks.\n\n"
            "Hamish\n"
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    M(
        key="cor-cold",
        kind="other", slug="headhunter_cold_approach", lang="en",
        company="", contact="rory@corriesearch.example.co.uk",
        frm=("Rory Gillanders", "rory@corriesearch.example.co.uk"),
        subject="Confidential - GIS role, Perth area",
        date="2026-02-23 12:05", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "I came across your profile on Proflink and the combination of field "
            "knowledge and a fresh QGIS qualification caught my eye.\n\n"
            "I run searches for asset-heavy organisations in Scotland. I'm currently "
            "working on a confidential brief for an infrastructure client in the Perth "
            "area who need a GIS / asset information technician, and I'd like to find "
            "out whether you're open to a move. No commitment - just a 15-minute call so "
            "I can understand what you're looking for.\n\n"
            "Would any time this week suit?\n\n"
            "Best,\n"
            "Rory\n\n"
            "Rory Gillanders\nPartner, Corrie Search Partners\n"
            "Executive search for geospatial, energy and infrastructure\n"
            "m. 07700 900 271\n"
        ),
    ),
    # 13 --------------------------------------------------------------------------------
    M(
        kind="other", slug="bank_mortgage_appointment", lang="en",
        company="", contact="",
        frm=("Grampian Building Society", "no-reply@grampianbs.example.co.uk"),
        subject="Your mortgage appointment is confirmed",
        date="2026-05-07 09:12", tz="uk",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Dear Mr Delacroix-Oyelowo\n\n"
            "Your appointment with one of our mortgage advisers is confirmed.\n\n"
            "When: Thursday 14 May 2026, 17:30\n"
            "Where: Union Street branch, Aberdeen (or by video - reply in the app)\n"
            "Adviser: Kirsteen Rae\n\n"
            "To help us assess your position, please bring your last three payslips, "
            "your new contract of employment if you have recently changed job, and "
            "photo ID.\n\n"
            "If you need to reschedule, please call us on 0345 555 0199 at least 24 hours "
            "before.\n\n"
            "Grampian Building Society\n"
            "Your home may be repossessed if you do not keep up repayments on your "
            "mortgage.\n"
        ),
        cte="quoted-printable",
    ),
    # 14 --------------------------------------------------------------------------------
    M(
        kind="other", slug="landlord_inspection_visit", lang="en",
        company="", contact="gordon@ingram-lettings.example.co.uk",
        frm=("Gordon Ingram", "gordon@ingram-lettings.example.co.uk"),
        subject="Flat inspection - Tuesday?",
        date="2026-03-27 18:30", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "It's time for the six-monthly inspection of the flat. Would Tuesday 31 March "
            "at 10am suit? If you're on shift I can use my key and be in and out in "
            "twenty minutes.\n\n"
            "Also, good news on the rent account - after the boiler refund it's in a "
            "credit position of GBP 85, so I'll knock that off April.\n\n"
            "Thanks,\n"
            "Gordon\n"
            "07700 900 129\n"
        ),
    ),
    # 15 --------------------------------------------------------------------------------
    M(
        kind="other", slug="school_parents_evening", lang="en",
        company="", contact="e.strachan@sunnybank-primary.example.sch.uk",
        frm=("Mrs Eilidh Strachan", "e.strachan@sunnybank-primary.example.sch.uk"),
        subject="P4 parents' evening - appointment times",
        date="2026-10-01 15:45", tz="uk",
        text=(
            "Dear Mr Delacroix-Oyelowo\n\n"
            "Parents' evening for P4 will be on Wednesday 14 October. I have given you "
            "the 17:40 appointment to discuss Isla's progress; each appointment lasts "
            "ten minutes.\n\n"
            "Isla has asked to take the position of narrator in the class assembly next "
            "month, so we can talk about that too.\n\n"
            "If the time doesn't suit, let me know and I'll try to swap with another "
            "family.\n\n"
            "Kind regards\n"
            "Mrs Strachan\n"
            "P4 Class Teacher, Sunnybank Primary School\n"
        ),
    ),
    # 16 --------------------------------------------------------------------------------
    M(
        kind="other", slug="gp_appointment_rescheduled", lang="en",
        company="", contact="",
        frm=("Kittybrewster Medical Practice", "noreply@kittybrewster-practice.example.co.uk"),
        subject="Your appointment has been rescheduled",
        date="2026-04-08 08:05", tz="uk",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Your appointment with Dr Pirie on Thu 9 Apr at 09:10 has been rescheduled "
            "because the GP is unwell.\n\n"
            "New appointment: Mon 13 Apr 2026 at 11:20 with Dr Anand, Room 4.\n\n"
            "If you cannot attend, please cancel via the practice app or call 01224 555 "
            "300 so the slot can be offered to another patient.\n\n"
            "Kittybrewster Medical Practice. Do not reply to this message.\n"
        ),
    ),
    # 17 --------------------------------------------------------------------------------
    M(
        kind="other", slug="ooo_talent_partner", lang="en",
        company="", contact="ailsa.drummond@clydekelvinwater.example.co.uk",
        frm=("Ailsa Drummond", "ailsa.drummond@clydekelvinwater.example.co.uk"),
        subject="Automatic reply: GIS Technician (Network Records) - checking in",
        date="2026-02-09 08:11", tz="uk",
        parent="ckw-follow",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Thank you for your email. I am out of the office until Friday 13 February "
            "with limited access to email.\n\n"
            "For anything urgent about a live vacancy, please contact "
            "talent@clydekelvinwater.example.co.uk.\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
        ),
        html=outlook_html(mso(
            "Thank you for your email. I am out of the office until Friday 13 February "
            "with limited access to email.\n\n"
            "For anything urgent about a live vacancy, please contact "
            "talent@clydekelvinwater.example.co.uk.\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water"
        )),
    ),
    # 18 --------------------------------------------------------------------------------
    M(
        kind="other", slug="ooo_hr_officer_annual_leave", lang="en",
        company="", contact="lorna.bremner@granitecoast.example.co.uk",
        frm=("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk"),
        subject="Automatic reply: Thank you - GIS Technician interview today",
        date="2026-02-19 19:06", tz="uk",
        parent="gcc-thanks",
        headers=[("Auto-Submitted", "auto-replied")],
        text=(
            "I am on annual leave and will return on Wednesday 25 February. Your "
            "message will not be forwarded.\n\n"
            "For recruitment queries please call the HR Service Centre on 01224 496 700.\n\n"
            "Lorna Bremner | HR Officer (Recruitment) | Granite Coast Council\n"
        ),
    ),
    # 19 --------------------------------------------------------------------------------
    M(
        kind="other", slug="proflink_profile_views", lang="en",
        company="", contact="",
        frm=("Proflink", "notifications@proflink.example.com"),
        subject="Hamish, you appeared in 14 searches this week",
        date="2026-03-30 05:10", tz="utc",
        headers=list_headers("Proflink weekly stats <weekly-stats.proflink.example.com>",
                             "https://www.proflink.example.com/settings/email?e=ws",
                             "unsubscribe@proflink.example.com"),
        html=ats_card(
            "Proflink", "#0a66c2",
            paras(
                "Hamish, here's how your profile did this week.\n\n"
                "14 search appearances (up 40%)\n"
                "3 recruiters viewed your profile, including people from Energy and "
                "Utilities companies\n\n"
                "Tip: members with \"Open to work\" turned on get twice as many messages "
                "from recruiters. Add the positions you're looking for."
            ) + "\n" + button("See who's looking", "https://www.proflink.example.com/me/views",
                              "#0a66c2"),
            "You are receiving Proflink notification emails. "
            '<a href="https://www.proflink.example.com/settings/email?e=ws">Unsubscribe</a>',
        ),
    ),
    # 20 --------------------------------------------------------------------------------
    M(
        kind="other", slug="proflink_jobs_you_may_like", lang="en",
        company="", contact="",
        frm=("Proflink Jobs", "jobs-noreply@proflink.example.com"),
        subject="GIS Technician at Ythan Water Services and 9 more jobs for you",
        date="2026-08-31 06:02", tz="utc",
        headers=list_headers("Proflink job recommendations <jobs.proflink.example.com>",
                             "https://www.proflink.example.com/settings/email?e=jr",
                             "unsubscribe@proflink.example.com"),
        text=(
            "Jobs you may be interested in\n\n"
            "GIS Technician - Ythan Water Services - Ellon (on-site)\n"
            "Easy Apply - Be an early applicant\n"
            "https://www.proflink.example.com/jobs/view/4410021\n\n"
            "Geospatial Data Assistant - Caledon Rail Estates - Glasgow (hybrid)\n"
            "12 applicants - Actively recruiting\n"
            "https://www.proflink.example.com/jobs/view/4410388\n\n"
            "Survey Technician - Firth Marine Surveys - Inverness\n"
            "Your profile matches 7 of 9 skills\n"
            "https://www.proflink.example.com/jobs/view/4410912\n\n"
            "See all 10 jobs: https://www.proflink.example.com/jobs/collections/recommended\n\n"
            "This email was intended for Hamish Delacroix-Oyelowo (GIS Technician at Granite "
            "Coast Council).\n"
            "Unsubscribe: https://www.proflink.example.com/settings/email?e=jr\n"
        ),
    ),
    # 21 --------------------------------------------------------------------------------
    M(
        kind="other", slug="msc_admission_refused", lang="en",
        company="", contact="",
        frm=("Mearns University Admissions", "admissions-noreply@mearns.example.ac.uk"),
        subject="Your application to MSc Applied GIS (part-time) - decision",
        date="2026-04-24 16:30", tz="uk",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Dear Hamish\n\n"
            "Application ID 2611-0457: MSc Applied Geographical Information Systems "
            "(part-time, online), September 2026 entry\n\n"
            "Thank you for applying to study at Mearns University. The admissions "
            "selector has now considered your application. I am sorry to tell you that "
            "we are unable to offer you a place on this programme, because you do not "
            "yet meet the academic entry requirement of a 2:2 honours degree or "
            "equivalent.\n\n"
            "You may wish to consider our PgCert in GIS, for which relevant work "
            "experience can be taken into account.\n\n"
            "Yours sincerely\n"
            "Postgraduate Admissions Office\n"
            "Mearns University\n"
        ),
    ),
    # 22 --------------------------------------------------------------------------------
    M(
        kind="other", slug="friend_forwards_job_ad", lang="en",
        company="", contact="dougie.kynoch@mailbox.example.co.uk",
        frm=("Dougie Kynoch", "dougie.kynoch@mailbox.example.co.uk"),
        subject="Fwd: Vacancy: Mapping Assistant - Cairngorm Estates",
        date="2026-05-02 10:44", tz="uk",
        text=(
            "Saw this on the estate newsletter and thought of you straight away. Closing "
            "date is the 15th. Go for it! Original attached.\n\n"
            "Dougie\n"
        ),
        fwd=M(
            frm=("Cairngorm Estates Office", "office@cairngorm-estates.example.co.uk"),
            to=("Estate newsletter", "estate-newsletter@cairngorm-estates.example.co.uk"),
            subject="Vacancy: Mapping Assistant - Cairngorm Estates",
            date="2026-05-01 16:02", tz="uk",
            text=(
                "VACANCY: MAPPING ASSISTANT (full time, Braemar)\n\n"
                "We're looking for someone to help keep our estate maps up to date: "
                "footpaths, deer fences, hydro schemes and holiday cottages. Training in "
                "QGIS will be given. Interviews will be held in Braemar in early June.\n\n"
                "To apply, send a CV and covering letter to the Estates Office by 15 May.\n"
            ),
        ),
    ),
    # 23 --------------------------------------------------------------------------------
    M(
        kind="other", slug="union_branch_newsletter", lang="en",
        company="", contact="",
        frm=("PWU Aberdeen Branch", "branch-news@pwu-aberdeen.example.org.uk"),
        subject="Branch bulletin: delivery office review, committee positions, ballot result",
        date="2026-06-22 19:00", tz="uk",
        headers=list_headers("PWU Aberdeen branch bulletin <bulletin.pwu-aberdeen.example.org.uk>",
                             "https://pwu-aberdeen.example.org.uk/lists/bulletin/leave",
                             "bulletin-leave@pwu-aberdeen.example.org.uk"),
        charset="windows-1252", cte="quoted-printable",
        text=(
            "POSTAL WORKERS’ UNION – ABERDEEN BRANCH BULLETIN, JUNE 2026\n\n"
            "1. Delivery office review\n"
            "Management have confirmed “one-to-one interviews” for everyone affected by "
            "the Tullos walk revision. You are entitled to bring a rep. These are "
            "consultation meetings, not disciplinary ones.\n\n"
            "2. Committee positions\n"
            "Two positions on the branch committee are open: health & safety rep and "
            "young workers’ officer. Nominations close on 10 July.\n\n"
            "3. Ballot result\n"
            "Unfortunately the turnout in the pay ballot (46%) fell short of the legal "
            "threshold, so no action can be called. The national executive will meet "
            "again in August.\n\n"
            "In solidarity,\n"
            "Branch Secretary\n\n"
            "Leave this list: https://pwu-aberdeen.example.org.uk/lists/bulletin/leave\n"
        ),
    ),
    # 24 --------------------------------------------------------------------------------
    M(
        key="ckw-follow",
        kind="other", slug="sent_followup_status", lang="en",
        company="", contact="",
        frm=CAND,
        to=[("Ailsa Drummond", "ailsa.drummond@clydekelvinwater.example.co.uk")],
        subject="GIS Technician (Network Records) - checking in",
        date="2026-02-09 08:10", tz="uk",
        text=(
            "Hi Ailsa,\n\n"
            "I hope you're well. Thank you again for arranging my interview on 30 January "
            "- I really enjoyed meeting Gordon and seeing the network records office.\n\n"
            "I wondered whether there was any update on the panel's decision? I'm keen on "
            "the role and happy to provide anything else they need.\n\n"
            "Best wishes,\n"
            + SIG_HAMISH + "\n"
        ),
    ),
    # 25 --------------------------------------------------------------------------------
    M(
        kind="other", slug="proflink_new_message_notice", lang="en",
        company="", contact="",
        frm=("Proflink", "messages-noreply@proflink.example.com"),
        subject="Rory Gillanders sent you a new message",
        date="2026-02-22 17:41", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Proflink", "#0a66c2",
            paras(
                "Rory Gillanders, Partner at Corrie Search Partners, sent you a message:\n\n"
                "\"Hi Hamish - I'm working on a confidential GIS brief in Perthshire and "
                "your background stood out. Are you open to a quick chat about...\""
            ) + "\n" + button("Reply", "https://www.proflink.example.com/messaging/t/88120",
                              "#0a66c2"),
            "You are receiving messages notification emails from Proflink.",
        ),
    ),
    # 26 --------------------------------------------------------------------------------
    M(
        kind="other", slug="vendor_webinar_expert_interview", lang="en",
        company="", contact="",
        frm=("Cartoshape Academy", "events@cartoshape.example.com"),
        subject="Live: an interview with our lead cartographer + open positions in the community",
        date="2026-07-21 15:00", tz="utc",
        headers=list_headers("Cartoshape Academy events <events.cartoshape.example.com>",
                             "https://cartoshape.example.com/preferences?u=hdo",
                             "optout@cartoshape.example.com"),
        html=newsletter_html(
            "Cartoshape Academy", "#7c3aed",
            [("Live on 29 July: an interview with our lead cartographer",
              "https://cartoshape.example.com/live/lead-cartographer",
              "Join us at 17:00 BST for an hour of questions about label placement, "
              "colour and accessible maps."),
             ("Community board: 24 open positions",
              "https://cartoshape.example.com/community/jobs",
              "Partners are hiring GIS technicians and analysts across Europe."),
             ("New course: Web maps in a weekend",
              "https://cartoshape.example.com/courses/web-maps",
              "Publish your first interactive map with free tools.")],
            'You subscribed to Cartoshape events. <a href="https://cartoshape.example.com/'
            'preferences?u=hdo">Manage preferences</a>',
        ),
    ),
    # 27 --------------------------------------------------------------------------------
    M(
        kind="other", slug="volunteer_mapathon", lang="en",
        company="", contact="lesley@granitemappers.example.org",
        frm=("Lesley Thom", "lesley@granitemappers.example.org"),
        reply_to=("Lesley Thom", "lesley@granitemappers.example.org"),
        subject="Mapathon on Saturday - validators needed",
        date="2026-09-24 21:03", tz="uk",
        headers=[("List-Id", "Granite Mappers <members.granitemappers.example.org>")],
        text=(
            "Hi all,\n\n"
            "Our autumn mapathon is this Saturday from 10:00 in the Central Library "
            "(Rosemount Viaduct). We're tracing buildings for a flood-response project, "
            "so there'll be plenty to do for beginners.\n\n"
            "Hamish, as one of our more experienced members, could you take one of the "
            "validator positions for the morning session? It's mostly checking that "
            "building outlines are square and tagged.\n\n"
            "Tea, coffee and rowies provided.\n\n"
            "Lesley\n"
            "Granite Mappers - volunteer mapping in the North East\n"
        ),
    ),
    # 28 --------------------------------------------------------------------------------
    M(
        kind="other", slug="ooo_summer_holiday_bergen", lang="en",
        company="", contact="sindre.haugland@vestkyst-kartdata.example.no",
        frm=("Sindre Haugland", "sindre.haugland@vestkyst-kartdata.example.no"),
        subject="Automatic reply: Following up - GIS Technician vacancy",
        date="2026-07-08 10:14", tz="cet",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Thank you for your message. I am on summer holiday until 3 August and will "
            "not be reading email.\n\n"
            "For questions about vacancies and recruitment, please contact "
            "hr@vestkyst-kartdata.example.no.\n\n"
            "Sindre Haugland | HR Manager | Vestkyst Kartdata AS\n"
        ),
    ),
    # 29 --------------------------------------------------------------------------------
    M(
        kind="other", slug="sent_accepts_offer", lang="en",
        company="", contact="",
        frm=CAND,
        to=[("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk")],
        subject="Re: Offer of employment - GIS Technician (GCC/ENV/2291)",
        date="2026-03-02 18:20", tz="uk",
        parent="gcc-offer", quote="gmail",
        text=(
            "Dear Lorna\n\n"
            "Thank you very much - I'm delighted to accept the offer. I've signed the "
            "acceptance slip and attached a scan, and I'll post the original tomorrow.\n\n"
            "My referees are my delivery office manager and my QGIS course tutor; their "
            "details are on the form. I need to give Northpost four weeks' notice, so "
            "Monday 6 April would be my earliest start.\n\n"
            "Kind regards\n"
            "Hamish\n"
        ),
    ),
    # 30 --------------------------------------------------------------------------------
    M(
        kind="other", slug="exit_interview_current_employer", lang="en",
        company="", contact="gary.milne@northpost.example.co.uk",
        frm=("Gary Milne", "gary.milne@northpost.example.co.uk"),
        subject="Your notice - exit interview and last shift",
        date="2026-03-10 13:33", tz="uk",
        text=(
            "Hamish,\n\n"
            "Got your resignation letter, thanks, and congratulations on the council "
            "job - we'll miss you on walk 14.\n\n"
            "HR want everyone who leaves to have a short exit interview. I've booked "
            "ours for Friday 3 April at 13:00 in the office upstairs, after your last "
            "shift. It's 20 minutes, just feedback about working here.\n\n"
            "Your position will be advertised internally next week. If you fancy a few "
            "Saturday overtime shifts after you leave, let me know.\n\n"
            "Gary Milne\n"
            "Delivery Office Manager, Northpost Aberdeen North\n"
        ),
    ),
    # 31 --------------------------------------------------------------------------------
    M(
        kind="other", slug="course_certificate_module_failed", lang="en",
        company="", contact="",
        frm=("OpenGeo Learning", "no-reply@opengeo-learning.example.com"),
        subject="Your certificate is ready - QGIS Essentials",
        date="2026-01-15 12:00", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hi Hamish,\n\n"
            "Congratulations! You have completed QGIS Essentials and your certificate is "
            "ready to download:\n"
            "https://learn.opengeo-learning.example.com/certificates/QE-2026-11872\n\n"
            "Unfortunately your assessment for the optional module \"Georeferencing "
            "scanned maps\" was not accepted (score 54%, pass mark 60%). You can "
            "resubmit it within 30 days to add the module to your certificate.\n\n"
            "Happy mapping,\n"
            "OpenGeo Learning\n"
        ),
    ),
    # 32 --------------------------------------------------------------------------------
    M(
        kind="other", slug="jobalert_geojobs_nord", lang="de",
        company="", contact="",
        frm=("GeoJobs Nord", "newsletter@geojobs-nord.example.de"),
        subject="3 neue Stellen für „GIS Techniker“ in Hamburg",
        subj_enc=("utf-8", "B"),
        date="2026-05-05 05:45", tz="cet",
        headers=list_headers("GeoJobs Nord Stellenalarm <alarm.geojobs-nord.example.de>",
                             "https://geojobs-nord.example.de/abmelden?id=77123",
                             "abmelden@geojobs-nord.example.de"),
        text=(
            "Hallo Hamish,\n\n"
            "hier sind die neuen Stellenangebote zu Ihrem Suchauftrag „GIS Techniker“, "
            "Umkreis 30 km um Hamburg:\n\n"
            "* GIS-Techniker (m/w/d) Leitungsdokumentation – Harburg\n"
            "  https://geojobs-nord.example.de/stelle/55101\n"
            "* Vermessungstechniker (m/w/d) – Norderstedt\n"
            "  https://geojobs-nord.example.de/stelle/55117\n"
            "* Geodatenmanager (m/w/d), Teilzeit – Pinneberg\n"
            "  https://geojobs-nord.example.de/stelle/55120\n\n"
            "Leider ist die Stelle „Kartograf (m/w/d), Altona“ aus Ihrer Merkliste nicht "
            "mehr verfügbar.\n\n"
            "RATGEBER: So überzeugen Sie im Vorstellungsgespräch als Quereinsteiger\n"
            "https://geojobs-nord.example.de/ratgeber/vorstellungsgespraech\n\n"
            "Suchauftrag ändern oder abmelden: "
            "https://geojobs-nord.example.de/abmelden?id=77123\n"
        ),
        html=newsletter_html(
            "GeoJobs Nord", "#b91c1c",
            [("GIS-Techniker (m/w/d) Leitungsdokumentation – Harburg",
              "https://geojobs-nord.example.de/stelle/55101", "Neu seit gestern"),
             ("Vermessungstechniker (m/w/d) – Norderstedt",
              "https://geojobs-nord.example.de/stelle/55117", "Neu seit gestern"),
             ("Geodatenmanager (m/w/d), Teilzeit – Pinneberg",
              "https://geojobs-nord.example.de/stelle/55120", "Neu seit gestern"),
             ("Nicht mehr verfügbar: Kartograf (m/w/d), Altona",
              "https://geojobs-nord.example.de/merkliste",
              "Leider ist diese Stelle aus Ihrer Merkliste nicht mehr verfügbar."),
             ("Ratgeber: So überzeugen Sie im Vorstellungsgespräch als Quereinsteiger",
              "https://geojobs-nord.example.de/ratgeber/vorstellungsgespraech",
              "Fünf Tipps von Personalerinnen aus der Geobranche.")],
            '<a href="https://geojobs-nord.example.de/abmelden?id=77123">Abmelden</a> · '
            "GeoJobs Nord UG, Hamburg",
        ),
    ),
    # 33 --------------------------------------------------------------------------------
    M(
        kind="other", slug="studienplatz_ablehnung", lang="de",
        company="", contact="",
        frm=("TH Wandsbek Studierendenservice", "noreply@th-wandsbek.example.de"),
        subject="Bescheid über Ihren Antrag auf Zulassung - M.Sc. Geoinformatik",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-10 11:00", tz="cet",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
            "Ihr Antrag auf Zulassung zum Masterstudiengang Geoinformatik (M.Sc.) zum "
            "Wintersemester 2026/27 wurde geprüft. Leider können wir Ihnen keinen "
            "Studienplatz anbieten, da Sie keinen ersten berufsqualifizierenden "
            "Hochschulabschluss nachgewiesen haben.\n\n"
            "Den vollständigen Ablehnungsbescheid mit Rechtsbehelfsbelehrung finden Sie "
            "in Ihrem Bewerbungsportal.\n\n"
            "Mit freundlichen Grüßen\n"
            "Studierendenservice – Team Zulassung\n"
            "Technische Hochschule Wandsbek\n\n"
            "Diese Nachricht wurde automatisch versendet.\n"
        ),
    ),
    # 34 --------------------------------------------------------------------------------
    M(
        kind="other", slug="gesendet_bewerbung_bergedorf", lang="de",
        company="", contact="",
        frm=CAND,
        to=[("Dr. Katrin Ohlsen", "k.ohlsen@geoinformatik-bergedorf.example.de")],
        subject="Bewerbung als GIS-Techniker",
        date="2026-08-20 20:40", tz="uk",
        text=(
            "Sehr geehrte Frau Dr. Ohlsen,\n\n"
            "über die Seite GeoJobs Nord bin ich auf Ihre Stellenanzeige für einen "
            "GIS-Techniker aufmerksam geworden und bewerbe mich hiermit.\n\n"
            "Ich arbeite seit diesem Frühjahr als GIS-Techniker bei einer schottischen "
            "Kommunalverwaltung, davor neun Jahre als Briefzusteller. Meine "
            "Deutschkenntnisse liegen auf B2-Niveau, und ich plane, im Herbst nach Hamburg "
            "zu ziehen.\n\n"
            "Über die Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
            "Mit freundlichen Grüßen\n"
            + SIG_HAMISH + "\n"
        ),
    ),
    # 35 --------------------------------------------------------------------------------
    M(
        kind="other", slug="abwesenheitsnotiz_elbufer", lang="de",
        company="", contact="till.brodersen@elbufer-vermessung.example.de",
        frm=("Till Brodersen", "till.brodersen@elbufer-vermessung.example.de"),
        subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch am Mittwoch",
        subj_enc=("iso-8859-1", "B"),
        date="2026-05-06 19:42", tz="cet",
        headers=[("Auto-Submitted", "auto-replied")],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich Montag, 11. Mai, nicht im Büro. Ihre E-Mail wird "
            "nicht weitergeleitet. In dringenden Fällen erreichen Sie das Sekretariat "
            "unter 040 5550 1870.\n\n"
            "Mit freundlichen Grüßen\n"
            "Till Brodersen\n"
            "Elbufer Vermessung GmbH & Co. KG\n"
        ),
    ),
    # 36 --------------------------------------------------------------------------------
    M(
        kind="other", slug="paket_verspaetet_sich", lang="de",
        company="", contact="",
        frm=("Paketblitz", "noreply@paketblitz.example.de"),
        subject="Ihre Sendung verspätet sich leider",
        date="2026-06-18 09:20", tz="cet",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Paketblitz", "#facc15",
            paras(
                "Hallo Hamish Delacroix-Oyelowo,\n\n"
                "leider verspätet sich Ihre Sendung 00340 4471 2290 8813 vom Versender "
                "Buchladen Geographie & Karten.\n\n"
                "Grund: Verzögerung im internationalen Versand (Zollabfertigung).\n"
                "Neue voraussichtliche Zustellung: 23.-25. Juni.\n\n"
                "Sie müssen nichts weiter tun. Wir bitten um Entschuldigung."
            ) + "\n" + button("Sendung verfolgen",
                              "https://paketblitz.example.de/verfolgen/00340447122908813",
                              "#111827"),
            "Paketblitz · Dies ist eine automatisch erstellte Nachricht.",
        ),
    ),
    # 37 --------------------------------------------------------------------------------
    M(
        kind="other", slug="wohnungsbesichtigung_termin", lang="de",
        company="", contact="s.krueger@hv-eppendorf.example.de",
        frm=("Sabine Krüger", "s.krueger@hv-eppendorf.example.de"),
        name_enc=("iso-8859-1", "Q"),
        subject="Besichtigungstermin Wohnung Barmbek, Samstag 11 Uhr",
        date="2026-07-09 14:05", tz="cet",
        charset="windows-1252", cte="8bit",
        text=(
            "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
            "vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Fuhlsbüttler "
            "Straße. Gern bestätige ich Ihnen den Besichtigungstermin am Samstag, "
            "11. Juli, um 11:00 Uhr.\n\n"
            "Bitte bringen Sie – falls Sie Interesse haben – die ausgefüllte "
            "Mieterselbstauskunft, einen Einkommensnachweis bzw. Ihren neuen "
            "Arbeitsvertrag und eine Kopie Ihres Ausweises mit.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Krüger\n"
            "Hausverwaltung Eppendorf\n"
            "Tel. 040 5550 4410\n"
        ),
    ),
    # 38 --------------------------------------------------------------------------------
    M(
        kind="other", slug="alerte_emploi_romandie", lang="fr",
        company="", contact="",
        frm=("Emplois Romandie", "alertes@emplois-romandie.example.ch"),
        subject="5 nouvelles offres pour « technicien SIG » – Vaud",
        subj_enc=("utf-8", "Q"),
        date="2026-03-04 06:00", tz="cet",
        headers=list_headers("Alertes Emplois Romandie <alertes.emplois-romandie.example.ch>",
                             "https://emplois-romandie.example.ch/alertes/stop/ab12",
                             "stop@emplois-romandie.example.ch"),
        html=newsletter_html(
            "Emplois Romandie", "#be123c",
            [("Technicien·ne SIG 80-100 % – Yverdon-les-Bains",
              "https://emplois-romandie.example.ch/offre/30211", "Bureau d'ingénieurs, CDI"),
             ("Dessinateur·trice géomaticien·ne – Morges",
              "https://emplois-romandie.example.ch/offre/30218", "Commune, poste fixe"),
             ("Assistant·e cadastre (temporaire) – Lausanne",
              "https://emplois-romandie.example.ch/offre/30226", "Mission de 4 mois"),
             ("Opérateur·trice saisie SIG – Nyon",
              "https://emplois-romandie.example.ch/offre/30230", "Entreprise de réseaux"),
             ("Technicien·ne en mensuration – Vevey",
              "https://emplois-romandie.example.ch/offre/30241", "Bureau de géomètres"),
             ("Conseil de la semaine : réussir son entretien d'embauche en Suisse",
              "https://emplois-romandie.example.ch/conseils/entretien",
              "Ponctualité, certificats de travail et questions sur le salaire.")],
            '<a href="https://emplois-romandie.example.ch/alertes/stop/ab12">Se désabonner</a>'
            " · Emplois Romandie, Lausanne",
        ),
    ),
    # 39 --------------------------------------------------------------------------------
    M(
        kind="other", slug="refus_admission_cas_geomatique", lang="fr",
        company="", contact="",
        frm=("Université lémanique - Immatriculations", "no-reply@unileman.example.ch"),
        subject="Décision d'admission - CAS en géomatique appliquée",
        subj_enc=("iso-8859-1", "B"),
        date="2026-06-26 10:10", tz="cet",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Monsieur,\n\n"
            "Nous avons examiné votre demande d'admission au Certificate of Advanced "
            "Studies (CAS) en géomatique appliquée, volée 2026-2027.\n\n"
            "Nous avons le regret de vous informer que votre candidature n'a pas pu être "
            "retenue : le nombre de places est limité à 24 et la commission a donné la "
            "priorité aux personnes titulaires d'un diplôme d'ingénieur ou d'un "
            "bachelor.\n\n"
            "Vous pouvez présenter une nouvelle demande pour la volée suivante.\n\n"
            "Service des immatriculations et inscriptions\n"
            "Université lémanique\n"
        ),
    ),
    # 40 --------------------------------------------------------------------------------
    M(
        key="sir-thanks",
        kind="other", slug="envoye_remerciement_entretien", lang="fr",
        company="", contact="",
        frm=CAND,
        to=[("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch")],
        subject="Merci pour l'entretien de mardi",
        date="2026-04-28 18:20", tz="uk",
        parent="sir-move",
        text=(
            "Bonjour Monsieur Favre,\n\n"
            "Je tenais à vous remercier, ainsi que Mme Jaquier, pour l'entretien de ce "
            "matin. J'ai beaucoup apprécié la présentation du cadastre des conduites et "
            "je suis encore plus motivé par le poste.\n\n"
            "Je reste à votre disposition pour tout complément d'information.\n\n"
            "Avec mes meilleures salutations,\n"
            "Hamish Delacroix-Oyelowo\n"
            "+44 7700 900482\n"
        ),
    ),
    # 41 --------------------------------------------------------------------------------
    M(
        kind="other", slug="reponse_absence_bureau", lang="fr",
        company="", contact="nicolas.favre@sir-riponne.example.ch",
        frm=("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch"),
        subject="Réponse automatique : Merci pour l'entretien de mardi",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-04-28 19:21", tz="cet",
        parent="sir-thanks",
        headers=[("Auto-Submitted", "auto-replied")],
        text=(
            "Bonjour,\n\n"
            "Je suis absent jusqu'au lundi 4 mai inclus. Votre message sera traité à mon "
            "retour.\n\n"
            "Pour toute urgence concernant le réseau, merci de contacter la centrale au "
            "+41 21 555 34 00.\n\n"
            "Nicolas Favre\n"
            "Services industriels de la Riponne\n"
        ),
    ),
    # 42 --------------------------------------------------------------------------------
    M(
        kind="other", slug="regie_dossier_appartement_non_retenu", lang="fr",
        company="", contact="v.pasche@regie-montbenon.example.ch",
        frm=("Valérie Pasche", "v.pasche@regie-montbenon.example.ch"),
        name_enc=("utf-8", "B"),
        subject="Appartement 3,5 pièces, Avenue d'Echallens - votre dossier",
        date="2026-08-05 16:20", tz="cet",
        text=(
            "Monsieur,\n\n"
            "Nous vous remercions d'avoir visité l'appartement de 3,5 pièces à l'Avenue "
            "d'Echallens et de nous avoir transmis votre dossier de location.\n\n"
            "Nous avons le regret de vous informer que le propriétaire a choisi un autre "
            "locataire; votre dossier n'a donc pas été retenu. Nous le conservons "
            "volontiers pour d'autres objets si vous le souhaitez.\n\n"
            "Vous pouvez consulter nos offres actuelles sur notre site. La visite "
            "de l'appartement de Chailly est prévue le jeudi 13 août à 17h30.\n\n"
            "Meilleures salutations,\n"
            "Valérie Pasche\n"
            "Gérante, Régie Montbenon\n"
            "Rue de Genève 7, 1003 Lausanne\n"
        ),
    ),
    # 43 --------------------------------------------------------------------------------
    M(
        kind="other", slug="article_rebondir_apres_refus", lang="fr",
        company="", contact="",
        frm=("Carrières & Co", "newsletter@carrieres-co.example.fr"),
        subject="Comment rebondir après un refus (et préparer le prochain entretien)",
        date="2026-09-09 07:30", tz="cet",
        headers=list_headers("Carrières & Co <lettre.carrieres-co.example.fr>",
                             "https://carrieres-co.example.fr/desinscription?u=hdo",
                             "desinscription@carrieres-co.example.fr"),
        html=(
            "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;max-width:600px;margin:auto\">\n"
            "<h2>Comment rebondir après un refus</h2>\n"
            + paras(
                "« Nous avons le regret de vous informer que votre candidature n'a pas été "
                "retenue. » Cette phrase, tout le monde la reçoit un jour. Voici comment en "
                "faire un tremplin.\n\n"
                "1. Demandez un retour, poliment et une seule fois.\n"
                "2. Notez ce que vous changeriez lors du prochain entretien.\n"
                "3. Relancez votre réseau dans la semaine.\n\n"
                "Témoignage : Julie, ancienne caissière devenue dessinatrice en génie "
                "civil, raconte ses douze refus avant sa première offre.\n\n"
                "À lire aussi : « Les questions pièges de l'entretien d'embauche » et "
                "« Négocier son salaire en Suisse romande »."
            )
            + "\n<p><a href=\"https://carrieres-co.example.fr/articles/rebondir-refus\">Lire "
            "l'article</a> | <a href=\"https://carrieres-co.example.fr/desinscription?u=hdo\">"
            "Se désinscrire</a></p>\n</body></html>\n"
        ),
        html_cte="base64",
    ),
    # 44 --------------------------------------------------------------------------------
    M(
        kind="other", slug="amie_raconte_son_refus", lang="fr",
        company="", contact="amelie.dk@courriel.example.fr",
        frm=("Amélie Dubois-Keita", "amelie.dk@courriel.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Bon, c'est non pour Genève",
        date="2026-10-03 21:12", tz="cet",
        text=(
            "Coucou Hamish,\n\n"
            "Petite nouvelle : la banque à Genève m'a dit non. Après trois entretiens, "
            "ils ont pris « un profil plus senior ». J'avoue que ça pique.\n\n"
            "Et toi, ça avance avec tes histoires de cartes ? Si tu passes par Lausanne "
            "cet automne, on se fait une raclette pour se consoler (ou pour fêter ton "
            "nouveau poste !).\n\n"
            "Bises,\n"
            "Amélie\n"
        ),
    ),
    # 45 --------------------------------------------------------------------------------
    M(
        kind="other", slug="alerta_empleo_norte", lang="es",
        company="", contact="",
        frm=("EmpleoNorte", "alertas@empleonorte.example.es"),
        subject="Nuevas ofertas de «técnico SIG» en Cantabria",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-09-03 07:05", tz="cet",
        headers=list_headers("Alertas EmpleoNorte <alertas.empleonorte.example.es>",
                             "https://empleonorte.example.es/alertas/baja/9981",
                             "baja@empleonorte.example.es"),
        text=(
            "Hola, Hamish:\n\n"
            "Estas son las ofertas nuevas que coinciden con tu alerta «técnico SIG» en "
            "Cantabria:\n\n"
            "- Técnico/a SIG de redes - Torrelavega - 24.000-27.000 EUR\n"
            "  https://empleonorte.example.es/oferta/71120\n"
            "- Delineante con conocimientos GIS - Santander - jornada completa\n"
            "  https://empleonorte.example.es/oferta/71134\n"
            "- Topógrafo/a de obra - Castro Urdiales\n"
            "  https://empleonorte.example.es/oferta/71141\n\n"
            "Lamentablemente, 1 oferta que guardaste ha caducado.\n\n"
            "CONSEJO: 5 preguntas que te harán en una entrevista de trabajo y cómo "
            "responderlas - https://empleonorte.example.es/consejos/entrevista\n\n"
            "Darse de baja: https://empleonorte.example.es/alertas/baja/9981\n"
        ),
        html=newsletter_html(
            "EmpleoNorte", "#0f766e",
            [("Técnico/a SIG de redes - Torrelavega",
              "https://empleonorte.example.es/oferta/71120", "24.000-27.000 EUR"),
             ("Delineante con conocimientos GIS - Santander",
              "https://empleonorte.example.es/oferta/71134", "Jornada completa"),
             ("Topógrafo/a de obra - Castro Urdiales",
              "https://empleonorte.example.es/oferta/71141", "Contrato por obra"),
             ("Oferta caducada", "https://empleonorte.example.es/guardadas",
              "Lamentablemente, 1 oferta que guardaste ha caducado."),
             ("Consejo: 5 preguntas que te harán en una entrevista",
              "https://empleonorte.example.es/consejos/entrevista",
              "Y cómo responderlas sin nervios.")],
            '<a href="https://empleonorte.example.es/alertas/baja/9981">Darse de baja</a>',
        ),
    ),
    # 46 --------------------------------------------------------------------------------
    M(
        key="tb-app",
        kind="other", slug="enviada_candidatura_topografia", lang="es",
        company="", contact="",
        frm=CAND,
        to=[("Topografía Bahía", "pablo.setien@topobahia.example.es")],
        to_enc=("iso-8859-1", "Q"),
        subject="Candidatura - técnico de topografía y SIG",
        date="2026-09-21 20:10", tz="uk",
        text=(
            "Buenas tardes:\n\n"
            "Os escribo para presentar mi candidatura al puesto de técnico de topografía "
            "y SIG que habéis publicado en EmpleoNorte. Adjunto mi currículum.\n\n"
            "Trabajo como técnico SIG en un ayuntamiento escocés y antes fui cartero "
            "durante nueve años, así que conozco bien el trabajo de campo. Hablo español "
            "con soltura (nivel C1) y me mudo a Santander este otoño.\n\n"
            "Quedo a vuestra disposición para una entrevista cuando os venga bien.\n\n"
            "Un saludo,\n"
            "Hamish Delacroix-Oyelowo\n"
            "+44 7700 900482\n"
        ),
        pdfs=[M(filename="CV_Hamish_Delacroix-Oyelowo_ES.pdf", title="Curriculum vitae",
                   lines=["Hamish Delacroix-Oyelowo", "Técnico SIG",
                          "hamish.do@example.co.uk | +44 7700 900482", "",
                          "2026-  Técnico SIG, Granite Coast Council (Aberdeen)",
                          "2017-2026  Cartero, Aberdeen",
                          "Idiomas: inglés (nativo), español (C1), alemán (B2)"])],
    ),
    # 47 --------------------------------------------------------------------------------
    M(
        kind="other", slug="cita_previa_huellas_tie", lang="es",
        company="", contact="",
        frm=("Cita Previa Extranjería", "no-reply@citaprevia.example.gob.es"),
        subject="Confirmación de cita previa - toma de huellas (TIE)",
        date="2026-10-08 09:01", tz="cet",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text=(
            "Estimado/a HAMISH DELACROIX-OYELOWO:\n\n"
            "Su cita previa ha quedado confirmada.\n\n"
            "Trámite: POLICÍA - TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA)\n"
            "Oficina: Comisaría de Santander, C/ Alta\n"
            "Fecha: 22/10/2026  Hora: 10:12\n"
            "Puesto de atención: 7\n"
            "Número de justificante: 8XK2-41T9\n\n"
            "Debe presentarse con el justificante, el pasaporte y el resguardo de la "
            "tasa. Si no puede acudir, anule la cita para liberar la plaza.\n\n"
            "Este es un mensaje automático; no responda a esta dirección.\n"
        ),
    ),
    # 48 --------------------------------------------------------------------------------
    M(
        kind="other", slug="amiga_cuenta_su_rechazo", lang="es",
        company="", contact="nerea.v@correo.example.es",
        frm=("Nerea Villegas", "nerea.v@correo.example.es"),
        subject="Me han dicho que no",
        date="2026-08-15 23:02", tz="cet",
        text=(
            "¡Hola, Hamish!\n\n"
            "Te cuento: me ha llegado la carta del Ayuntamiento de Laredo y no me han "
            "cogido para la plaza de auxiliar de biblioteca. Ni siquiera pasé a la "
            "entrevista. Un palo, la verdad, después de tanto estudiar el temario.\n\n"
            "Bueno, ¿y tú qué tal? ¿Al final te vienes a Santander? Si te hacen alguna "
            "entrevista por aquí, quédate en casa, que hay sitio de sobra.\n\n"
            "Besos,\n"
            "Nerea\n"
        ),
        html=gmail_html(
            "¡Hola, Hamish!\n\n"
            "Te cuento: me ha llegado la carta del Ayuntamiento de Laredo y no me han "
            "cogido para la plaza de auxiliar de biblioteca. Ni siquiera pasé a la "
            "entrevista. Un palo, la verdad, después de tanto estudiar el temario.\n\n"
            "Bueno, ¿y tú qué tal? ¿Al final te vienes a Santander? Si te hacen alguna "
            "entrevista por aquí, quédate en casa, que hay sitio de sobra.\n\n"
            "Besos,\n"
            "Nerea"
        ),
    ),
    # 49 --------------------------------------------------------------------------------
    M(
        kind="other", slug="respuesta_automatica_vacaciones", lang="es",
        company="", contact="marcos.gandarillas@nortetalento.example.es",
        frm=("Marcos Gandarillas", "marcos.gandarillas@nortetalento.example.es"),
        subject="Respuesta automática: ¿Alguna novedad de Energías del Besaya?",
        subj_enc=("iso-8859-1", "B"),
        date="2026-08-03 10:15", tz="cet",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Gracias por tu mensaje.\n\n"
            "Estoy de vacaciones hasta el lunes 10 de agosto, sin acceso al correo. Para "
            "cualquier asunto urgente puedes escribir a mi compañera Elena Pereda en "
            "elena.pereda@nortetalento.example.es.\n\n"
            "Marcos Gandarillas\n"
            "Norte Talento Selección\n"
        ),
    ),
    # 50 --------------------------------------------------------------------------------
    M(
        kind="other", slug="master_no_admitido_lista_espera", lang="es",
        company="", contact="",
        frm=("Universidad de Peñacastillo - Posgrado", "posgrado-noreply@upenacastillo.example.es"),
        name_enc=("utf-8", "B"),
        subject="Resolución de admisión - Máster en Tecnologías de la Información Geográfica",
        subj_enc=("utf-8", "Q"),
        date="2026-07-30 13:40", tz="cet",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Estimado/a estudiante:\n\n"
            "Le comunicamos la resolución de su solicitud de preinscripción en el Máster "
            "Universitario en Tecnologías de la Información Geográfica para el curso "
            "2026-2027.\n\n"
            "Estado: NO ADMITIDO - LISTA DE ESPERA\n"
            "Posición en la lista de espera: 14\n\n"
            "Si se producen vacantes, se le notificará por este medio. Puede presentar "
            "reclamación en el plazo de diez días hábiles desde la publicación de esta "
            "resolución.\n\n"
            "Servicio de Gestión Académica de Posgrado\n"
            "Universidad de Peñacastillo\n"
        ),
    ),
    # 51 --------------------------------------------------------------------------------
    M(
        kind="other", slug="articulo_entrevista_videollamada", lang="es",
        company="", contact="",
        frm=("Blog Empleo Verde", "boletin@empleoverde.example.es"),
        subject="Cómo preparar una entrevista por videollamada (y qué hacer si te rechazan)",
        date="2026-05-20 08:00", tz="cet",
        headers=list_headers("Boletín Empleo Verde <boletin.empleoverde.example.es>",
                             "https://empleoverde.example.es/baja?u=hdo",
                             "baja@empleoverde.example.es"),
        text=(
            "BOLETÍN EMPLEO VERDE - n.º 58\n\n"
            "CÓMO PREPARAR UNA ENTREVISTA POR VIDEOLLAMADA\n\n"
            "1. Prueba el enlace y el micrófono el día antes.\n"
            "2. Ten a mano el CV y la oferta, pero no los leas en voz alta.\n"
            "3. Mira a la cámara cuando respondas, no a la pantalla.\n"
            "4. Si se corta la conexión, escribe enseguida a quien te entrevista.\n\n"
            "¿Y SI TE RECHAZAN? Pide una valoración breve y apunta qué cambiarías. Un "
            "\"no\" hoy no cierra la puerta a otros puestos en la misma empresa.\n\n"
            "Este mes: 120 ofertas de empleo en energías renovables y medio ambiente en "
            "el norte de España: https://empleoverde.example.es/ofertas\n\n"
            "Darse de baja: https://empleoverde.example.es/baja?u=hdo\n"
        ),
        cte="quoted-printable",
    ),
    # 52 --------------------------------------------------------------------------------
    M(
        key="cc-ask",
        kind="other", slug="enviado_pide_cambiar_hora", lang="es",
        company="", contact="",
        frm=CAND,
        to=[("Lucía Ruiz de la Peña", "lucia.ruizdelapena@cartocantabrica.example.es")],
        to_enc=("iso-8859-1", "B"),
        subject="Re: Entrevista técnico/a SIG",
        date="2026-05-05 21:00", tz="uk",
        parent="cc-inv", quote="gmail",
        text=(
            "Hola, Lucía:\n\n"
            "Muchas gracias por la invitación, me hace mucha ilusión.\n\n"
            "Te quería preguntar si sería posible hacer la entrevista por la tarde: mi "
            "vuelo desde Aberdeen llega a Santander a las 11:40 ese mismo miércoles. "
            "Cualquier hora a partir de las 15:00 me vendría perfecta.\n\n"
            "Un saludo y gracias,\n"
            "Hamish\n"
        ),
    ),
]
