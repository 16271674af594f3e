# ruff: noqa: C408  (every message is written as a dict(...) spec on purpose)
"""Corpus 278, kind `other`: 52 hand-written messages (33 en, 6 de, 6 fr, 7 es).

Digests, newsletters, notifications, personal and household mail, auto-replies and the
candidate's own sent mail: none of them is an event of his job search."""

from msgs278_common import (
    CAND_ADDR,
    CAND_NAME,
    CANDIDATE,
    ats_card,
    digest_text,
    forwarded,
    newsletter_html,
    outlook_html,
    quote,
    reply,
    simple_html,
    wrote,
)


def digest(title, intro, items, outro, footer, lang="en", accent="#1d5c8c"):
    """The text and HTML twins of one newsletter (same words, two layouts)."""
    return dict(text=digest_text(title, intro, items, outro, footer),
                html=newsletter_html(title, intro, items, outro, footer, lang, accent))


def list_headers(list_id, unsubscribe, post=True):
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsubscribe)]
    if post:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    headers.append(("Precedence", "bulk"))
    return headers


JOBSBORD_ITEMS = [
    ("Transport Scheduler - Waterford (permanent)",
     "https://www.jobsbord.example.ie/jobs/88121?src=alert",
     "Regional bus operator. Build duty schedules and rosters for 140 drivers."),
    ("Logistics Planner - Wexford",
     "https://www.jobsbord.example.ie/jobs/88133?src=alert",
     "Port-side haulage firm, day shift, immediate start."),
    ("Rail Operations Controller - Dublin",
     "https://www.jobsbord.example.ie/jobs/88140?src=alert",
     "Shift-based role in a 24/7 control room. Interviews held on a rolling basis."),
    ("Careers advice: why a rejection email is not the end of the road",
     "https://www.jobsbord.example.ie/advice/after-a-rejection",
     "Our editor on what to do when the answer is 'unfortunately not this time'."),
    ("Interview tips: the STAR method for competency questions",
     "https://www.jobsbord.example.ie/advice/star-method",
     "Public-sector interview boards love it. Here's how to use it."),
]

OTHER_EN = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="jobsbord_weekly_digest", lang="en", company="", contact="",
        frm=("JobsBord.ie Alerts", "alerts@jobsbord.example.ie"),
        subject="5 new jobs for 'scheduler' near Waterford + interview tips",
        date="2026-01-12 06:30 +0000",
        headers=list_headers("JobsBord job alerts <alerts.jobsbord.example.ie>",
                             "<https://www.jobsbord.example.ie/alerts/unsubscribe?u=cl8812>, "
                             "<mailto:unsubscribe@jobsbord.example.ie?subject=alert-cl8812>"),
        **digest(
            "Your weekly job alert",
            "Hi Cormac,\n\nHere are this week's new jobs matching your alert 'scheduler' "
            "within 80 km of Waterford, plus two reads from our careers desk.",
            JOBSBORD_ITEMS,
            "Good luck with your applications!",
            "You are receiving this because you created a job alert on JobsBord.ie. "
            "Manage alerts: https://www.jobsbord.example.ie/alerts\n"
            "JobsBord.ie, 1 Grand Canal Square, Dublin 2.",
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="suirvalley_workday_job_alert", lang="en", company="", contact="",
        frm=("Suir Valley Bus Careers", "suirvalleybus@myworkday.com"),
        subject="New jobs posted that match your job alert",
        date="2026-01-08 07:00 +0000",
        html=ats_card(
            "Suir Valley Bus", "#005b96",
            "Hello Cormac,\n\n"
            "New jobs have been posted that match your saved search 'Waterford - Operations':\n\n"
            "Transport Scheduler (R-0142) - Waterford - Full time\n"
            "Bus Driver, Route 4 (R-0139) - Waterford - Part time\n"
            "Depot Cleaner (R-0140) - Waterford - Full time\n\n"
            "Sign in to Candidate Home to view the full job descriptions and apply.",
            button=("View jobs",
                    "https://suirvalleybus.wd3.myworkdayjobs.com/en-IE/careers/jobs"),
            footer="You are receiving this email because you set up a job alert. To stop "
                   "receiving job alerts, manage your alerts in Candidate Home.",
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="busandcoach_weekly_newsletter", lang="en", company="", contact="",
        frm=("Bus & Coach Ireland Weekly", "newsletter@busandcoachireland.example.ie"),
        subject="This week: depot manager interview, operators reject tender terms",
        date="2026-03-06 07:15 +0000",
        headers=list_headers("Bus and Coach Ireland Weekly <weekly.busandcoachireland.example.ie>",
                             "<https://busandcoachireland.example.ie/u/cl-9921>"),
        **digest(
            "Bus & Coach Ireland Weekly - Issue 412",
            "Welcome to this week's round-up from the Irish bus and coach industry.",
            [
                ("The interview: 30 years running a rural depot",
                 "https://busandcoachireland.example.ie/2026/03/interview-depot-manager",
                 "We sat down with a depot manager in Co. Clare to talk rosters, recruitment "
                 "and why drivers make the best schedulers."),
                ("Private operators reject NTA tender terms",
                 "https://busandcoachireland.example.ie/2026/03/operators-reject-terms",
                 "The operators' association has formally rejected the proposed contract "
                 "conditions for the 2027 rural network."),
                ("Positions vacant: 40 new listings this week",
                 "https://busandcoachireland.example.ie/jobs",
                 "From driver trainers to network planners - see who's hiring."),
                ("Electric fleet update: Cork depot trials",
                 "https://busandcoachireland.example.ie/2026/03/cork-electric",
                 "How the first winter went for the battery-electric single-deckers."),
            ],
            "See you next Friday.",
            "You subscribed to Bus & Coach Ireland Weekly. Unsubscribe: "
            "https://busandcoachireland.example.ie/u/cl-9921",
            accent="#b5121b",
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="shift_ahead_after_rejection_article", lang="en", company="",
        contact="",
        frm=("Shift Ahead Careers", "hello@shiftahead.example.com"),
        subject="Rejected? Five things to do in the next 48 hours",
        date="2026-04-16 18:00 +0100",
        headers=list_headers("Shift Ahead newsletter <news.shiftahead.example.com>",
                             "<https://shiftahead.example.com/unsubscribe?id=55102>"),
        html=newsletter_html(
            "Shift Ahead: careers for frontline workers",
            "Getting a 'we regret to inform you' email stings, especially after a good "
            "interview. This week's article walks through what to do next, from asking for "
            "feedback to deciding whether to apply again.",
            [
                ("Rejected? Five things to do in the next 48 hours",
                 "https://shiftahead.example.com/blog/after-rejection",
                 "1. Reply graciously. 2. Ask for specific feedback. 3. Write down the "
                 "interview questions while you remember them. 4. Keep the contact warm. "
                 "5. Apply for two more roles."),
                ("From the driver's seat to the planning office",
                 "https://shiftahead.example.com/blog/driver-to-planner",
                 "Three former drivers on how they moved into scheduling and dispatch."),
                ("Template: a feedback request that gets answered",
                 "https://shiftahead.example.com/templates/feedback-request",
                 "Copy, paste, personalise."),
            ],
            "Until next week,\nThe Shift Ahead team",
            "Shift Ahead, 22 Pearse Street, Dublin 2. You're getting this because you "
            "signed up at shiftahead.example.com.",
            accent="#2f7d32",
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="webinar_ace_the_panel_interview", lang="en", company="",
        contact="",
        frm=("CareerHub Events", "events@careerhub.example.ie"),
        subject="Free webinar Thursday: Ace the panel interview",
        date="2026-05-14 12:00 +0100",
        headers=list_headers("CareerHub events <events.careerhub.example.ie>",
                             "<mailto:leave-events@careerhub.example.ie>", post=False),
        text=(
            "Hi Cormac,\n\n"
            "Panel interviews are standard for public-sector and transport jobs, and they can "
            "feel like an interrogation. Join our free one-hour webinar on Thursday 21 May at "
            "19:30 and learn how to read the panel, structure your answers and handle the "
            "dreaded 'tell us about a time you failed'.\n\n"
            "Register: https://careerhub.example.ie/webinars/panel-interview\n\n"
            "You'll get the recording even if you can't attend live.\n\n"
            "CareerHub Events\n"
            "To stop receiving event invitations, reply with 'unsubscribe'.\n"
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="depot_talk_podcast_request", lang="en", company="",
        contact="fiachra@depottalk.example.ie",
        frm=("Fiachra Mulcahy", "fiachra@depottalk.example.ie"),
        subject="Would you come on Depot Talk?",
        date="2026-07-22 20:40 +0100",
        text=(
            "Hi Cormac,\n\n"
            "I host Depot Talk, a small podcast about the people who keep Ireland's buses "
            "and trains moving. A listener told me you've been driving in Waterford for over "
            "a decade and are now moving into scheduling, which is exactly the kind of story "
            "we like.\n\n"
            "Would you be up for being interviewed for an episode? It's a relaxed "
            "45-minute conversation, recorded remotely whenever suits you in August. No "
            "company names needed if you'd rather keep it general.\n\n"
            "Past episodes are at https://depottalk.example.ie if you want a listen first.\n\n"
            "Cheers,\n"
            "Fiachra Mulcahy\n"
            "Depot Talk podcast\n"
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="quay_echo_press_request", lang="en", company="",
        contact="nuala.hearne@quayecho.example.ie",
        frm=("Nuala Hearne", "nuala.hearne@quayecho.example.ie"),
        subject="Media request: new city bus timetable - a driver's view",
        date="2026-08-26 11:15 +0100",
        text=(
            "Dear Cormac,\n\n"
            "I'm a reporter with the Waterford Quay Echo. We're preparing a feature on the "
            "new city bus timetable that starts in September and I'd love to include the "
            "perspective of someone who has actually driven the routes.\n\n"
            "Would you be willing to do a short interview, by phone or over a coffee, some "
            "time next week? I'm happy to use only your first name, or no name at all.\n\n"
            "Many thanks,\n"
            "Nuala Hearne\n"
            "Reporter, Waterford Quay Echo\n"
            "087 555 0199\n"
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="routewise_user_research_interview", lang="en", company="",
        contact="amara.osei@routewise.example.ie",
        frm=("RouteWise Research", "research@routewise.example.ie"),
        reply_to=("Amara Osei", "amara.osei@routewise.example.ie"),
        subject="Invitation: 30-minute research interview (EUR 25 voucher)",
        date="2026-03-18 14:30 +0000",
        text=(
            "Hi Cormac,\n\n"
            "Thanks for using the RouteWise journey planner. We're redesigning how the app "
            "shows live bus positions and we'd like to hear from people who know buses well.\n\n"
            "Would you take part in a 30-minute user research interview over video? You'll "
            "try a prototype and tell us what you think. There are no right or wrong answers, "
            "and as a thank-you we'll send a EUR 25 One4All voucher.\n\n"
            "Book a slot: https://routewise.example.ie/research/book?p=7741\n\n"
            "Amara Osei\n"
            "User Researcher, RouteWise\n"
        ),
        html=simple_html(
            "Hi Cormac,\n\n"
            "Thanks for using the RouteWise journey planner. We're redesigning how the app "
            "shows live bus positions and we'd like to hear from people who know buses well.\n\n"
            "Would you take part in a 30-minute user research interview over video? You'll "
            "try a prototype and tell us what you think. There are no right or wrong answers, "
            "and as a thank-you we'll send a EUR 25 One4All voucher.\n\n"
            "Book a slot: https://routewise.example.ie/research/book?p=7741\n\n"
            "Amara Osei\n"
            "User Researcher, RouteWise",
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    dict(
        kind="other", slug="fleettrack_position_report", lang="en", company="", contact="",
        frm=("FleetTrack", "noreply@fleettrack.example.ie"),
        subject="Daily position report - vehicle 141-WD-2207",
        date="2026-02-02 05:00 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "FleetTrack daily report for driver C. LINDQVIST-OTIENO\n"
            "Vehicle: 141-WD-2207   Depot: Waterford\n\n"
            "Last known GPS position: 52.2593 N, 7.1101 W (Plunkett Station bus bay 3)\n"
            "Position recorded: 01/02/2026 23:47\n"
            "Ignition off: 23:49\n\n"
            "Idling events: 2 (total 6 min)\n"
            "Harsh braking events: 0\n"
            "Position updates lost: 1 (Kilmeaden, 21:12 - poor signal)\n\n"
            "This is an automated report. Unfortunately we are unable to answer replies to "
            "this address. Contact your depot supervisor about any discrepancy.\n"
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="parcel_delayed_unfortunately", lang="en", company="", contact="",
        frm=("SwiftParcel Ireland", "no-reply@swiftparcel.example.ie"),
        subject="Unfortunately, your parcel is delayed",
        date="2026-04-29 08:12 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hi Cormac,\n\n"
            "Unfortunately your parcel SP-44819-IE from Depot Workwear is delayed due to a "
            "sorting problem at our Portlaoise hub. We're sorry about this.\n\n"
            "Your delivery appointment has been moved to Thursday 30 April, between 12:00 and "
            "16:00. If this new slot doesn't suit, you can rearrange delivery or choose a "
            "collection point: https://swiftparcel.example.ie/track/SP-44819-IE\n\n"
            "SwiftParcel Ireland\n"
        ),
        html=simple_html(
            "Hi Cormac,\n\n"
            "Unfortunately your parcel SP-44819-IE from Depot Workwear is delayed due to a "
            "sorting problem at our Portlaoise hub. We're sorry about this.\n\n"
            "Your delivery appointment has been moved to Thursday 30 April, between 12:00 and "
            "16:00. If this new slot doesn't suit, you can rearrange delivery or choose a "
            "collection point: https://swiftparcel.example.ie/track/SP-44819-IE\n\n"
            "SwiftParcel Ireland",
        ),
    ),
    # 11 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="friend_niamh_own_rejection", lang="en", company="",
        contact="niamh.kiely88@example.ie",
        frm=("Niamh Kiely", "niamh.kiely88@example.ie"),
        subject="well that's that",
        date="2026-02-19 21:55 +0000",
        text=forwarded(
            "en", "Harbour City Couriers <careers@harbourcitycouriers.example.ie>",
            "Thu, 19 Feb 2026 at 16:02", "Your application - Dispatcher",
            "niamh.kiely88@example.ie",
            "Dear Niamh,\n\n"
            "Thank you for attending interview for the Dispatcher position. We regret to "
            "inform you that on this occasion you have not been successful.\n\n"
            "Harbour City Couriers\n",
            note=(
                "Cormac,\n\n"
                "Got the 'we regret to inform you' email from the Cork courier crowd today, "
                "see below. After two interviews! Not even a phone call. I'm raging but I'll "
                "live.\n\n"
                "How are your ones going? Did you hear back from the bus company in "
                "Waterford yet? Pint on Saturday either way.\n\n"
                "N x"
            ),
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="own_thanks_suirvalley", lang="en", company="", contact="",
        frm=CANDIDATE,
        to=[("Orla Keane", "orla.keane@suirvalleybus.example.ie")],
        subject="Thank you - Transport Scheduler interview",
        date="2026-02-13 18:30 +0000",
        refs=["suirvalley_panel_ics", "suirvalley_moved_seq1"],
        text=(
            "Dear Orla,\n\n"
            "Thank you, and Ray and Lisa, for the interview this morning. I enjoyed the duty "
            "pattern exercise, and it was good to hear how the planning team is changing with "
            "the new Route 4 timetable.\n\n"
            "I'm very interested in the role and I look forward to hearing from you.\n\n"
            "Kind regards,\n"
            "Cormac Lindqvist-Otieno\n"
            "087 555 0142\n"
        ),
    ),
    # 13 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="barrow_own_application", lang="en", company="", contact="",
        frm=CANDIDATE,
        to=[("Pat Brophy", "pat@barrowvalleycoaches.example.ie")],
        subject="Planner job",
        date="2026-06-01 21:40 +0100",
        text=(
            "Hi Pat,\n\n"
            "Ger Walsh in the Waterford depot told me you're looking for someone to take over "
            "the planning for the school and private hire work. I've attached my CV. I've been "
            "driving for eleven years and I've covered the duty board at Suirside for the "
            "last two.\n\n"
            "Would be great to have a chat if you think it's worth it.\n\n"
            "Cormac\n"
        ),
        attach=[dict(filename="CV_Cormac_Lindqvist-Otieno.pdf", lines=[
            "Cormac Lindqvist-Otieno - Curriculum Vitae",
            "Waterford | 087 555 0142 | cormac.lo@example.ie",
            "2015-2026 Bus driver, scheduled and private hire services",
            "2024-2026 Relief duty board clerk, Waterford depot",
            "D and D1 licences, Driver CPC, Manual Handling",
            "Languages: English (native), Swedish (basic), German (A2), French (A2)",
        ])],
    ),
    # 14 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="own_reschedule_request_norelink", lang="en", company="",
        contact="",
        frm=CANDIDATE,
        to=[("Siobhán Dalton", "siobhan.dalton@norelink.example.ie")], to_enc="utf-8:Q",
        subject="Re: Missed call this morning",
        date="2026-02-04 12:41 +0000",
        refs=["norelink_phone_screen", "norelink_tried_calling_twice"],
        text=reply(
            "Hi Siobhán,\n\n"
            "I'm so sorry I missed your calls this morning. My shift was changed at the last "
            "minute and I was on the road with my phone in the locker. Would it be possible to "
            "rearrange the phone screen? My best number is 087 555 0142.\n\n"
            "Apologies again,\n"
            "Cormac\n",
            "en", "Wed, 4 Feb 2026 at 10:17", "Siobhán Dalton",
            "siobhan.dalton@norelink.example.ie",
            "Hi Cormac, I tried calling you twice at 10:00 for our phone screen but couldn't\n"
            "get through.\n",
        ),
        cte="quoted-printable",
    ),
    # 15 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="own_offer_questions_suirvalley", lang="en", company="",
        contact="",
        frm=CANDIDATE,
        to=[("Orla Keane", "orla.keane@suirvalleybus.example.ie")],
        subject="Re: Offer of employment - Transport Scheduler",
        date="2026-02-25 20:14 +0000",
        refs=["suirvalley_formal_offer_pdf"],
        charset="windows-1252", cte="quoted-printable",
        text=reply(
            "Dear Orla,\n\n"
            "Thank you very much for the offer – I’m delighted. Before I sign, could I ask "
            "two quick questions?\n\n"
            "1. Would a start date of 20 April be possible? I need to give four weeks’ notice "
            "on my current roster.\n"
            "2. Does the Saturday rota come with a day off in lieu during the following "
            "week?\n\n"
            "Kind regards,\n"
            "Cormac\n",
            "en", "Tue, 24 Feb 2026 at 15:15", "Orla Keane",
            "orla.keane@suirvalleybus.example.ie",
            "Dear Cormac,\n\n"
            "Following your interview on 13 February, I am delighted to offer you the "
            "position of Transport Scheduler with Suir Valley Bus.\n"
            "[...]\n",
        ),
    ),
    # 16 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="own_status_check_leefreight", lang="en", company="", contact="",
        frm=CANDIDATE,
        to=[("Aisling Murphy", "aisling.murphy@leefreight.example.ie")],
        subject="Transport Planner - any update?",
        date="2026-03-30 09:05 +0100",
        refs=["leefreight_lever_schedule", "leefreight_thanks_sent@example.ie"],
        text=(
            "Hi Aisling,\n\n"
            "I hope you're well. I just wanted to check in on the Transport Planner role, as "
            "it's been ten days since the interview. I'm still very interested, and I have "
            "another process moving along, so it would help to know your timeline.\n\n"
            "Thanks,\n"
            "Cormac\n"
        ),
    ),
    # 17 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="kestrel_cold_approach", lang="en", company="",
        contact="darragh.nolan@kestreltalent.example.ie",
        frm=("Darragh Nolan", "darragh.nolan@kestreltalent.example.ie"),
        subject="Transport scheduling roles in Dublin and the south-east",
        date="2026-05-05 08:47 +0100",
        text=(
            "Hi Cormac,\n\n"
            "I came across your profile on Linkway and noticed you're moving from driving "
            "into scheduling. I recruit for transport and distribution companies across "
            "Leinster and Munster and I regularly see planner and coordinator roles where "
            "hands-on depot experience is exactly what employers want.\n\n"
            "Nothing specific to put in front of you today, but if you'd like to hear about "
            "roles as they come up, send me an up-to-date CV and I'll add you to my list.\n\n"
            "Best,\n"
            "Darragh\n\n"
            "Darragh Nolan | Senior Consultant, Supply Chain & Transport\n"
            "Kestrel Talent | 14 Fitzwilliam Place | Dublin 2\n"
            "M +353 87 555 0123\n"
        ),
    ),
    # 18 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="bank_mortgage_appointment", lang="en", company="", contact="",
        frm=("Decies Bank", "appointments@deciesbank.example.ie"),
        subject="Your appointment with a Mortgage Advisor is confirmed",
        date="2026-03-27 10:01 +0000",
        html=simple_html(
            "Dear Mr Lindqvist-Otieno,\n\n"
            "Your appointment with a Mortgage Advisor is confirmed:\n"
            "Date: Thursday 2 April 2026\n"
            "Time: 17:30\n"
            "Branch: The Quay, Waterford\n\n"
            "Please bring your last three payslips, six months of bank statements and a "
            "letter from your employer confirming your position and salary. If you have "
            "recently changed position, please bring your new contract.\n\n"
            "To reschedule or cancel your appointment, call 051 555 0000.\n\n"
            "Decies Bank\n\n"
            "Decies Bank is regulated by the Central Bank of Ireland. This is an automated "
            "email; please do not reply.",
        ),
        html_cte="quoted-printable",
    ),
    # 19 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="landlord_inspection_and_rent", lang="en", company="",
        contact="tom.hayes.lettings@example.ie",
        frm=("Tom Hayes", "tom.hayes.lettings@example.ie"),
        subject="Apt 3, Johnstown - inspection next Tuesday",
        date="2026-05-21 13:22 +0100",
        text=(
            "Hi Cormac,\n\n"
            "Just a note that I'll be doing the six-monthly inspection of the apartment on "
            "Tuesday 26 May at 10am, and the boiler service man is coming at the same time. "
            "If that appointment doesn't suit, let me know and we'll move it.\n\n"
            "Also, your rent position is all up to date, thanks - I had a query from the "
            "bank but it's sorted.\n\n"
            "Regards,\n"
            "Tom Hayes\n"
            "087 555 0155\n"
        ),
    ),
    # 20 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="school_parent_teacher_interviews", lang="en", company="",
        contact="",
        frm=("Scoil Naomh Déaglán Office", "office@scoilnaomhdeaglan.example.ie"),
        frm_enc="iso-8859-1:Q",
        subject="Parent-Teacher Interviews - 5th Class - booking now open",
        date="2026-10-01 14:10 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Dear Parent/Guardian,\n\n"
            "Parent-teacher interviews for 5th Class will take place on Tuesday 13 and "
            "Wednesday 14 October from 15:00 to 18:00. Each interview is 10 minutes.\n\n"
            "Please book your slot through the school app by Friday. If none of the times "
            "suit, contact the office and Ms Ní Bhriain will arrange a phone call instead.\n\n"
            "Unfortunately we are unable to offer interviews on other dates this term.\n\n"
            "Le meas,\n"
            "Scoil Naomh Déaglán\n"
            "Ballytruckle, Waterford\n"
        ),
    ),
    # 21 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="gp_appointment_rescheduled", lang="en", company="", contact="",
        frm=("Johnstown Medical Centre", "noreply@johnstownmedical.example.ie"),
        subject="Your appointment has been rescheduled",
        date="2026-06-29 08:40 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Dear Cormac,\n\n"
            "Your appointment with Dr Moran on Wednesday 1 July at 09:20 has been "
            "rescheduled, as Dr Moran is unavailable that morning.\n\n"
            "New appointment: Thursday 2 July at 17:40 with Dr Moran.\n\n"
            "Reason for visit: Driver medical (D licence renewal). Please bring your "
            "glasses and the D501 form.\n\n"
            "If you cannot attend, please cancel at least 24 hours in advance by calling "
            "051 555 0133.\n\n"
            "Johnstown Medical Centre\n"
        ),
    ),
    # 22 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="ooo_harbourline_annual_leave", lang="en", company="",
        contact="roisin.barry@harbourline.example.ie",
        frm=("Róisín Barry", "roisin.barry@harbourline.example.ie"),
        frm_enc="utf-8:Q",
        subject="Automatic reply: Ferrycarrig interview - travel question",
        date="2026-05-08 18:02 +0100",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Thank you for your email. I am on annual leave until Monday 11 May with "
            "limited access to email.\n\n"
            "For anything urgent, please contact my colleague Conor Hurley at "
            "conor.hurley@harbourline.example.ie or on 021 555 0160.\n\n"
            "Róisín Barry\n"
            "Harbourline Recruitment\n\n"
            + wrote("en", "Fri, 8 May 2026 at 18:01", CAND_NAME, CAND_ADDR) + "\n"
            + quote(
                "Hi Róisín,\n\n"
                "Quick question about Wednesday's interview at Ferrycarrig: is there "
                "parking at Drinagh, or should I get the bus from the station?\n\n"
                "Cormac\n"
            )
        ),
    ),
    # 23 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="linkway_profile_views", lang="en", company="", contact="",
        frm=("Linkway", "notifications@linkway.example.com"),
        subject="You appeared in 14 searches this week",
        date="2026-03-12 09:30 +0000",
        headers=list_headers("Linkway notifications <notifications.linkway.example.com>",
                             "<https://www.linkway.example.com/settings/email?u=cl>"),
        text=(
            "Cormac, you appeared in 14 searches this week.\n\n"
            "Searchers came from: Suir Valley Bus, Kestrel Talent, a logistics company in "
            "Cork and 3 others.\n"
            "Their job titles: Recruiter, HR Business Partner, Operations Manager.\n\n"
            "3 people viewed your profile, including a Talent Partner at a rail company.\n\n"
            "Jobs you may be interested in:\n"
            "- Scheduling Coordinator, Dublin 12 (Easy Apply)\n"
            "- Transport Planner, Kilkenny\n\n"
            "See all: https://www.linkway.example.com/me/search-appearances\n\n"
            "You are receiving Linkway notification emails. Unsubscribe: "
            "https://www.linkway.example.com/settings/email?u=cl\n"
        ),
        html=simple_html(
            "Cormac, you appeared in 14 searches this week.\n\n"
            "Searchers came from: Suir Valley Bus, Kestrel Talent, a logistics company in "
            "Cork and 3 others.\n"
            "Their job titles: Recruiter, HR Business Partner, Operations Manager.\n\n"
            "3 people viewed your profile, including a Talent Partner at a rail company.\n\n"
            "Jobs you may be interested in:\n"
            "- Scheduling Coordinator, Dublin 12 (Easy Apply)\n"
            "- Transport Planner, Kilkenny\n\n"
            "See all: https://www.linkway.example.com/me/search-appearances\n\n"
            "You are receiving Linkway notification emails. Unsubscribe: "
            "https://www.linkway.example.com/settings/email?u=cl",
        ),
    ),
    # 24 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="linkway_congratulate_new_position", lang="en", company="",
        contact="",
        frm=("Linkway", "notifications@linkway.example.com"),
        subject="Congratulate Niamh Kiely on her new position",
        date="2026-07-27 08:05 +0100",
        headers=list_headers("Linkway notifications <notifications.linkway.example.com>",
                             "<https://www.linkway.example.com/settings/email?u=cl>"),
        html=simple_html(
            "Niamh Kiely started a new position as Dispatch Team Lead at Rebel Freight.\n\n"
            "Say congrats: https://www.linkway.example.com/feed/update/niamh-kiely-new-role\n\n"
            "Also in your network: Aidan Roche celebrates 10 years at Suirside Coaches.\n\n"
            "You are receiving Linkway notification emails. Unsubscribe: "
            "https://www.linkway.example.com/settings/email?u=cl",
        ),
    ),
    # 25 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="college_certificate_no_place", lang="en", company="",
        contact="",
        frm=("Suirside College of Further Education - Admissions",
             "admissions@suirsidecfe.example.ie"),
        subject="Your application: Certificate in Transport Operations (evening), 2026/27",
        date="2026-08-07 12:00 +0100",
        text=(
            "Dear Cormac,\n\n"
            "Thank you for applying for the part-time Certificate in Transport Operations "
            "(QQI Level 6, evening), starting in September 2026.\n\n"
            "We received far more applications than there are places on this course, which "
            "is limited to 20 learners. We regret that we are unable to offer you a place on "
            "this intake. You have been placed on the waiting list at position 7, and we will "
            "contact you if a place becomes available before 25 September.\n\n"
            "You may wish to consider our online Certificate in Logistics Fundamentals, which "
            "still has places.\n\n"
            "Admissions Office\n"
            "Suirside College of Further Education\n"
        ),
    ),
    # 26 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="greenhouse_candidate_survey", lang="en", company="", contact="",
        frm=("Nore Link Rail", "no-reply@greenhouse-mail.io"),
        subject="How was your interview experience with Nore Link Rail?",
        date="2026-02-18 10:00 +0000",
        html=ats_card(
            "Nore Link Rail", "#24a47f",
            "Hi Cormac,\n\n"
            "You recently interviewed with Nore Link Rail. We'd love to know how it went from "
            "your side: was the process clear, were you treated with respect, and did you get "
            "the information you needed?\n\n"
            "The survey takes two minutes and your answers are anonymous. They are not shared "
            "with the hiring team and have no effect on any application.",
            button=("Take the survey",
                    "https://survey.greenhouse.io/norelink/c/5f0a2b"),
            footer="Powered by Greenhouse. Please do not reply to this email.",
        ),
    ),
    # 27 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="workday_account_created", lang="en", company="", contact="",
        frm=("Suir Valley Bus Careers", "suirvalleybus@myworkday.com"),
        subject="Verify your candidate account",
        date="2026-01-13 22:41 +0000",
        text=(
            "Hello,\n\n"
            "A candidate account was created for cormac.lo@example.ie on the Suir Valley Bus "
            "careers site. Please verify your email address by clicking the link below. The "
            "link expires in 24 hours.\n\n"
            "https://suirvalleybus.wd3.myworkdayjobs.com/en-IE/careers/activate/1f9c27\n\n"
            "If you did not create this account, you can ignore this email.\n\n"
            "This is an automated message from Workday. Please do not reply.\n"
        ),
    ),
    # 28 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="smartrecruiters_password_reset", lang="en", company="",
        contact="",
        frm=("SmartRecruiters", "noreply@smartrecruiters.com"),
        subject="Reset your password",
        date="2026-01-25 22:03 +0000",
        text=(
            "Hi Cormac,\n\n"
            "We received a request to reset the password for your SmartRecruiters candidate "
            "account. Use the link below to choose a new password:\n\n"
            "https://my.smartrecruiters.com/reset-password?token=Rk2pV9\n\n"
            "If you didn't ask for this, you can safely ignore this email; your password "
            "won't change.\n\n"
            "The SmartRecruiters Team\n"
        ),
    ),
    # 29 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="union_branch_bulletin", lang="en", company="", contact="",
        frm=("NBWU Waterford Branch", "branch.waterford@nbwu.example.ie"),
        subject="Branch Bulletin April: rep elections, pay claim, roster review",
        date="2026-04-02 19:00 +0100",
        headers=list_headers("NBWU Waterford members <waterford.members.nbwu.example.ie>",
                             "<mailto:waterford-members-leave@nbwu.example.ie>", post=False),
        text=(
            "NATIONAL BUS WORKERS' UNION - WATERFORD BRANCH BULLETIN, APRIL 2026\n\n"
            "1. Rep elections\n"
            "Nominations for workplace rep positions close on 17 April. Candidates will be "
            "interviewed by the branch committee on 22 April, and the hustings will be held "
            "in the canteen.\n\n"
            "2. Pay claim\n"
            "Management has rejected our claim for a 4% increase and a shift allowance for "
            "split duties. The claim now goes to the Workplace Relations Commission.\n\n"
            "3. Roster review\n"
            "The company will present the new summer rosters on 6 May. Members with concerns "
            "about split shifts should speak to their rep before then.\n\n"
            "In solidarity,\n"
            "Branch Secretary\n\n"
            "To leave this list, email waterford-members-leave@nbwu.example.ie\n"
        ),
    ),
    # 30 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="friend_kevin_forwards_job_ad", lang="en", company="",
        contact="kevin.foley.wd@example.ie",
        frm=("Kevin Foley", "kevin.foley.wd@example.ie"),
        subject="Fwd: New role - Network Planner (Kilkenny)",
        date="2026-09-02 13:33 +0100",
        text=(
            "Saw this on the Kilkenny business list and thought of you straight away. Might "
            "be worth a shot? Deadline is the 18th.\n\n"
            "Kev\n"
        ),
        fwd=dict(
            frm=("Kilkenny Business Network", "list@kilkennybiz.example.ie"),
            to=[("Members", "members@kilkennybiz.example.ie")],
            subject="New role - Network Planner (Kilkenny)",
            date="2026-09-01 09:00 +0100",
            headers=list_headers("Kilkenny Business Network <members.kilkennybiz.example.ie>",
                                 "<mailto:leave@kilkennybiz.example.ie>", post=False),
            text=(
                "Member vacancy: Network Planner\n\n"
                "Our member Castlecomer Connect is looking for a Network Planner to design "
                "timetables for its demand-responsive rural bus services. Experience of bus "
                "operations essential; scheduling software an advantage.\n\n"
                "Apply by 18 September with CV to careers@castlecomerconnect.example.ie.\n"
            ),
        ),
    ),
    # 31 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="former_colleague_reference_request", lang="en", company="",
        contact="aidan.roche@example.ie",
        frm=("Aidan Roche", "aidan.roche@example.ie"),
        subject="Favour to ask - reference",
        date="2026-07-08 22:17 +0100",
        text=(
            "Hi Cormac,\n\n"
            "Hope the job hunt is going well! A favour: I've an interview next week for a "
            "driver trainer position in Clonmel, and they've asked for two referees. Would you "
            "mind if I put your name down, since we worked the Tramore route together for "
            "years? They might ring you after my interview, probably the week after.\n\n"
            "No bother if you'd rather not.\n\n"
            "Aidan\n"
        ),
    ),
    # 32 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="cpc_training_booking", lang="en", company="", contact="",
        frm=("Driver Training Ireland Bookings", "bookings@drivertraining.example.ie"),
        subject="Booking confirmed: Driver CPC Periodic Training - Module 3",
        date="2026-03-04 16:25 +0000",
        text=(
            "Dear Cormac Lindqvist-Otieno,\n\n"
            "Your place on the following course is confirmed:\n\n"
            "Course: Driver CPC Periodic Training - Module 3 (Passenger Safety)\n"
            "Date: Saturday 14 March 2026, 08:30-16:00\n"
            "Venue: Tower Hotel, The Mall, Waterford\n"
            "Your position on the list: 11 of 18\n\n"
            "Please bring your driving licence and Driver CPC card. Latecomers cannot be "
            "admitted, as the full seven hours must be recorded.\n\n"
            "Driver Training Ireland\n"
        ),
    ),
    # 33 --------------------------------------------------------------------------------
    dict(
        kind="other", slug="careers_fair_invitation_rds", lang="en", company="", contact="",
        frm=("Transport & Logistics Careers Fair", "info@tlcareersfair.example.ie"),
        subject="You're invited: Transport & Logistics Careers Fair, RDS Dublin, 3 October",
        date="2026-09-10 11:00 +0100",
        headers=list_headers("TL Careers Fair <invites.tlcareersfair.example.ie>",
                             "<https://tlcareersfair.example.ie/unsubscribe?e=cl>"),
        **digest(
            "Transport & Logistics Careers Fair 2026",
            "Saturday 3 October, RDS Dublin, 10:00-16:00. Free entry for jobseekers.",
            [
                ("Meet 60+ employers",
                 "https://tlcareersfair.example.ie/exhibitors",
                 "Bus and rail operators, ports, hauliers and 3PLs are recruiting."),
                ("On-the-spot interviews",
                 "https://tlcareersfair.example.ie/interviews",
                 "Several exhibitors will hold interviews on the day - bring printed CVs."),
                ("CV clinic and talks",
                 "https://tlcareersfair.example.ie/programme",
                 "Free CV reviews and talks on moving from frontline roles into planning."),
            ],
            "Register for free to skip the queue.",
            "You are receiving this because you attended a previous fair. "
            "Unsubscribe: https://tlcareersfair.example.ie/unsubscribe?e=cl",
            accent="#00796b",
        ),
    ),
]

OTHER_DE = [
    # 34 (de) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="stellenradar_jobalert", lang="de", company="", contact="",
        frm=("StellenRadar", "jobalert@stellenradar.example.de"),
        subject="7 neue Jobs für „Disponent“ in Düsseldorf",
        subj_enc="utf-8:Q",
        date="2026-02-23 06:45 +0100",
        headers=list_headers("StellenRadar Jobalert <jobalert.stellenradar.example.de>",
                             "<https://www.stellenradar.example.de/abmelden?id=ab77>"),
        charset="windows-1252", cte="quoted-printable",
        html_cte="quoted-printable",
        **digest(
            "Ihr StellenRadar-Jobalert",
            "Guten Morgen Cormac,\n\nhier sind die neuen Stellen zu Ihrem Suchauftrag "
            "„Disponent“ im Umkreis von 30 km um Düsseldorf.",
            [
                ("Disponent Nahverkehr (m/w/d) – Düsseldorf",
                 "https://www.stellenradar.example.de/job/41102",
                 "Verkehrsunternehmen, Vollzeit, Vorstellungsgespräche laufend."),
                ("Tourenplaner Lebensmittellogistik (m/w/d) – Neuss",
                 "https://www.stellenradar.example.de/job/41117",
                 "Schichtdienst, Einstieg sofort möglich."),
                ("Sachbearbeitung Dienstplanung (m/w/d) – Ratingen",
                 "https://www.stellenradar.example.de/job/41120",
                 "Öffentlicher Dienst, TVöD."),
                ("Ratgeber: Was tun nach einer Absage?",
                 "https://www.stellenradar.example.de/ratgeber/absage",
                 "So bleiben Sie motiviert und lernen aus dem Bewerbungsprozess."),
            ],
            "Viel Erfolg bei Ihrer Bewerbung!",
            "Sie erhalten diese E-Mail, weil Sie einen Jobalert angelegt haben. Abmelden: "
            "https://www.stellenradar.example.de/abmelden?id=ab77",
            lang="de", accent="#ff6600",
        ),
    ),
    # 35 (de) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="karriere_newsletter_absage_tipps", lang="de", company="",
        contact="",
        frm=("Karrierekompass", "newsletter@karrierekompass.example.de"),
        subject="Absage bekommen? So machen Sie weiter",
        date="2026-08-12 17:00 +0200",
        headers=list_headers("Karrierekompass Newsletter <news.karrierekompass.example.de>",
                             "<https://karrierekompass.example.de/newsletter/abmelden?u=3391>"),
        html=newsletter_html(
            "Karrierekompass – Ihr Newsletter",
            "Hallo Cormac,\n\neine Absage nach dem Vorstellungsgespräch tut weh. In dieser "
            "Ausgabe zeigen wir, wie Sie Feedback einholen und was Sie beim nächsten "
            "Gespräch anders machen können.",
            [
                ("Absage nach dem Vorstellungsgespräch: 5 Schritte",
                 "https://karrierekompass.example.de/artikel/absage-5-schritte",
                 "Warum eine freundliche Antwort auf die Absage Türen öffnen kann."),
                ("Probearbeitstag: Ihre Rechte",
                 "https://karrierekompass.example.de/artikel/probearbeit",
                 "Muss ein Probearbeitstag bezahlt werden? Was gilt beim Unfallschutz?"),
                ("Deutsch im Job: Fachbegriffe der Disposition",
                 "https://karrierekompass.example.de/artikel/disposition-vokabeln",
                 "Von der Tourenplanung bis zum Zeitfenstermanagement."),
            ],
            "Bis zum nächsten Mal!",
            "Karrierekompass, Postfach 10 20 30, 40011 Düsseldorf. Abmelden: "
            "https://karrierekompass.example.de/newsletter/abmelden?u=3391",
            lang="de", accent="#004d99",
        ),
        html_cte="base64",
    ),
    # 36 (de) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="paket_verspaetet_leider", lang="de", company="", contact="",
        frm=("Rheinpost Paket", "noreply@rheinpost-paket.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        subj_enc="utf-8:Q",
        date="2026-03-11 09:12 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Guten Tag,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 00340434 1234 5678 90 aus "
            "Düsseldorf nach Irland. Grund ist ein erhöhtes Sendungsaufkommen im "
            "internationalen Drehkreuz.\n\n"
            "Neuer voraussichtlicher Zustelltermin: 16.03.2026.\n\n"
            "Den aktuellen Status sehen Sie hier: "
            "https://www.rheinpost-paket.example.de/sendung/00340434123456789\n\n"
            "Wir bitten um Ihr Verständnis.\n"
            "Ihr Rheinpost-Team\n\n"
            "Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.\n"
        ),
        cte="quoted-printable",
    ),
    # 37 (de) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="sprachschule_einstufung_verschoben", lang="de", company="",
        contact="c.weber@sprachschule-rheinblick.example.de",
        frm=("Claudia Weber – Sprachschule Rheinblick",
             "c.weber@sprachschule-rheinblick.example.de"),
        frm_enc="utf-8:Q",
        subject="Ihr Einstufungsgespräch wurde verschoben",
        subj_enc="utf-8:B",
        date="2026-01-22 16:30 +0100",
        text=(
            "Lieber Herr Lindqvist-Otieno,\n\n"
            "wegen einer Erkrankung unserer Lehrkraft müssen wir Ihr mündliches "
            "Einstufungsgespräch für den Online-Kurs „Deutsch B1 für den Beruf“ verschieben. "
            "Neuer Termin: Dienstag, 27. Januar, 18:30 Uhr (deutsche Zeit) per Zoom.\n\n"
            "Der schriftliche Einstufungstest, den Sie schon gemacht haben, bleibt gültig "
            "(Ergebnis: A2.2). Der Kurs beginnt wie geplant am 9. Februar.\n\n"
            "Herzliche Grüße\n"
            "Claudia Weber\n"
            "Kursorganisation, Sprachschule Rheinblick\n"
        ),
        cte="base64",
    ),
    # 38 (de) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="ooo_personalwerk_abwesenheit", lang="de", company="",
        contact="dennis.hoffmann@personalwerk-rhein.example.de",
        frm=("Dennis Hoffmann", "dennis.hoffmann@personalwerk-rhein.example.de"),
        subject="Abwesenheitsnotiz: Frage zum Termin bei der Spedition Kaiserswerth",
        date="2026-06-20 10:14 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich Montag, 22. Juni, nicht im Büro. Ihre E-Mail wird "
            "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "info@personalwerk-rhein.example.de oder 0211 000 1100.\n\n"
            "Mit freundlichen Grüßen\n"
            "Dennis Hoffmann\n\n"
            + wrote("de", "Sa., 20. Juni 2026 um 10:13", CAND_NAME, CAND_ADDR) + "\n"
            + quote(
                "Hallo Herr Hoffmann,\n\n"
                "eine kurze Frage zum Vorstellungsgespräch am Mittwoch: Soll ich meine "
                "Zeugnisse vorher an Herrn Brandt schicken?\n\n"
                "Viele Grüße\n"
                "Cormac Lindqvist-Otieno\n"
            )
        ),
        cte="8bit",
    ),
    # 39 (de) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="own_terminverschiebung_rheinufer", lang="de", company="",
        contact="",
        frm=CANDIDATE,
        to=[("Jürgen Albers", "juergen.albers@rheinufer-vb.example.de")], to_enc="utf-8:B",
        subject="Bitte um Terminverschiebung – Vorstellungsgespräch 22.04.",
        subj_enc="utf-8:Q",
        date="2026-04-17 19:02 +0100",
        refs=["rheinufer_vorstellungsgespraech_ics"],
        text=(
            "Sehr geehrter Herr Albers,\n\n"
            "leider ist mein Flug nach Düsseldorf am 22. April gestrichen worden. Wäre es "
            "möglich, das Gespräch auf den 24. April zu verschieben?\n\n"
            "Entschuldigen Sie bitte die Umstände.\n\n"
            "Mit freundlichen Grüßen\n"
            "Cormac Lindqvist-Otieno\n"
            "+353 87 555 0142\n"
        ),
    ),
]

OTHER_FR = [
    # 40 (fr) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="emploi_nord_alertes", lang="fr", company="", contact="",
        frm=("Emploi Nord", "alertes@emploi-nord.example.fr"),
        subject="Vos nouvelles offres : planificateur transport – Lille",
        subj_enc="utf-8:Q",
        date="2026-02-02 07:10 +0100",
        headers=list_headers("Alertes Emploi Nord <alertes.emploi-nord.example.fr>",
                             "<https://www.emploi-nord.example.fr/alertes/stop?k=55e1>"),
        cte="quoted-printable", html_cte="base64",
        **digest(
            "Vos alertes Emploi Nord",
            "Bonjour Cormac,\n\nVoici les offres publiées depuis votre dernière alerte.",
            [
                ("Planificateur transport H/F – Lille",
                 "https://www.emploi-nord.example.fr/offre/2291",
                 "Réseau de bus urbain, CDI, entretiens dès février."),
                ("Agent d'exploitation logistique H/F – Lesquin",
                 "https://www.emploi-nord.example.fr/offre/2298",
                 "Entrepôt multi-clients, horaires en équipes."),
                ("Conseil : comment rebondir après un refus ?",
                 "https://www.emploi-nord.example.fr/conseils/rebondir",
                 "Refus après entretien : nos conseils pour transformer l'échec en "
                 "tremplin."),
            ],
            "Bonne recherche !",
            "Vous recevez ce courriel car vous avez créé une alerte. Se désabonner : "
            "https://www.emploi-nord.example.fr/alertes/stop?k=55e1",
            lang="fr", accent="#6a1b9a",
        ),
    ),
    # 41 (fr) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="conseils_entretien_article", lang="fr", company="", contact="",
        frm=("Le Mag Carrières", "lemag@carrieres-hdf.example.fr"),
        subject="7 conseils pour réussir votre entretien d'embauche",
        subj_enc="iso-8859-1:Q",
        date="2026-03-15 10:00 +0100",
        headers=list_headers("Le Mag Carrieres <lemag.carrieres-hdf.example.fr>",
                             "<https://carrieres-hdf.example.fr/desinscription?u=9912>"),
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "LE MAG CARRIÈRES - N° 88\n\n"
            "7 conseils pour réussir votre entretien d'embauche\n\n"
            "1. Renseignez-vous sur l'entreprise et son réseau.\n"
            "2. Préparez trois exemples concrets tirés de votre expérience.\n"
            "3. Entraînez-vous à présenter votre parcours en deux minutes.\n"
            "4. Arrivez dix minutes en avance (ou connectez-vous en avance en visio).\n"
            "5. Posez au moins deux questions au recruteur.\n"
            "6. Envoyez un message de remerciement dans les 24 heures.\n"
            "7. Si la réponse est négative, demandez un retour : un refus n'est jamais "
            "définitif.\n\n"
            "Lire l'article complet : https://carrieres-hdf.example.fr/mag/entretien-7-conseils\n\n"
            "Se désinscrire : https://carrieres-hdf.example.fr/desinscription?u=9912\n"
        ),
    ),
    # 42 (fr) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="master_logistique_refus_admission", lang="fr", company="",
        contact="",
        frm=("Institut Supérieur de Logistique de Lille", "scolarite@isll.example.fr"),
        frm_enc="iso-8859-1:Q",
        subject="Votre candidature au Master Management de la logistique – décision",
        subj_enc="utf-8:Q",
        date="2026-06-30 14:00 +0200",
        text=(
            "Monsieur,\n\n"
            "La commission pédagogique a examiné votre dossier de candidature en première "
            "année du Master Management de la logistique et des transports (formation "
            "continue) pour la rentrée 2026.\n\n"
            "Nous avons le regret de vous informer que votre candidature n'a pas été "
            "retenue : le nombre de places est limité à 24 et la commission a privilégié les "
            "candidats titulaires d'une licence dans le domaine.\n\n"
            "Vous pouvez consulter le détail de la décision sur la plateforme de "
            "candidature. Une procédure de validation des acquis de l'expérience (VAE) "
            "pourrait vous permettre de candidater à nouveau l'an prochain.\n\n"
            "Le service de scolarité\n"
            "Institut Supérieur de Logistique de Lille\n"
        ),
        html=simple_html(
            "Monsieur,\n\n"
            "La commission pédagogique a examiné votre dossier de candidature en première "
            "année du Master Management de la logistique et des transports (formation "
            "continue) pour la rentrée 2026.\n\n"
            "Nous avons le regret de vous informer que votre candidature n'a pas été "
            "retenue : le nombre de places est limité à 24 et la commission a privilégié les "
            "candidats titulaires d'une licence dans le domaine.\n\n"
            "Vous pouvez consulter le détail de la décision sur la plateforme de "
            "candidature. Une procédure de validation des acquis de l'expérience (VAE) "
            "pourrait vous permettre de candidater à nouveau l'an prochain.\n\n"
            "Le service de scolarité\n"
            "Institut Supérieur de Logistique de Lille",
            lang="fr",
        ),
        cte="base64",
    ),
    # 43 (fr) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="salon_emploi_transport_lille", lang="fr", company="", contact="",
        frm=("Forum Emploi Transport & Logistique", "contact@forum-tl-lille.example.fr"),
        subject="Invitation : Forum de l'emploi Transport & Logistique – Lille Grand Palais",
        subj_enc="utf-8:B",
        date="2026-09-03 09:30 +0200",
        headers=list_headers("Forum TL Lille <invitations.forum-tl-lille.example.fr>",
                             "<https://forum-tl-lille.example.fr/desabonnement?c=cl>"),
        html=newsletter_html(
            "Forum de l'emploi Transport & Logistique",
            "Jeudi 8 octobre 2026, Lille Grand Palais, de 9 h à 17 h. Entrée libre.",
            [
                ("Plus de 80 recruteurs présents",
                 "https://forum-tl-lille.example.fr/exposants",
                 "Réseaux de transport, transporteurs routiers, logisticiens, ports "
                 "fluviaux."),
                ("Entretiens sur place",
                 "https://forum-tl-lille.example.fr/job-dating",
                 "Job dating de 10 minutes : venez avec plusieurs CV imprimés."),
                ("Ateliers",
                 "https://forum-tl-lille.example.fr/ateliers",
                 "Réussir un entretien en français quand ce n'est pas sa langue "
                 "maternelle."),
            ],
            "Inscription gratuite recommandée.",
            "Vous recevez cette invitation car vous vous êtes inscrit à l'édition 2025. "
            "Se désabonner : https://forum-tl-lille.example.fr/desabonnement?c=cl",
            lang="fr", accent="#0057a8",
        ),
        html_cte="quoted-printable",
    ),
    # 44 (fr) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="ooo_deule_reponse_automatique", lang="fr", company="",
        contact="camille.deschamps@transports-deule.example.fr",
        frm=("Camille Deschamps", "camille.deschamps@transports-deule.example.fr"),
        subject="Réponse automatique : Entretien - Chargé(e) de planification des services",
        subj_enc="iso-8859-1:Q",
        date="2026-04-09 15:21 +0200",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Bonjour,\n\n"
            "Je suis absente cet après-midi et demain vendredi 10 avril. Je traiterai votre "
            "message à mon retour le lundi 13 avril.\n\n"
            "Pour toute urgence, vous pouvez contacter le service RH au 03 20 00 12 00.\n\n"
            "Camille Deschamps\n"
            "Transports de la Deûle\n"
        ),
    ),
    # 45 (fr) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="own_candidature_spontanee_lnf", lang="fr", company="",
        contact="",
        frm=CANDIDATE,
        to=[("Logistique Nord Flandre - Recrutement", "recrutement@lnf-logistique.example.fr")],
        subject="Candidature spontanée – planificateur transport",
        subj_enc="utf-8:Q",
        date="2026-08-24 21:10 +0100",
        text=(
            "Madame, Monsieur,\n\n"
            "Conducteur de bus depuis onze ans en Irlande, je souhaite évoluer vers un poste "
            "de planificateur transport et m'installer dans la métropole lilloise. Je me "
            "permets donc de vous adresser ma candidature spontanée.\n\n"
            "Je connais très bien les contraintes du terrain (temps de conduite, pauses, "
            "remplacements de dernière minute) et j'ai tenu pendant deux ans le tableau de "
            "service de mon dépôt. Mon français est de niveau A2 et je suis des cours "
            "intensifs.\n\n"
            "Vous trouverez mon CV en pièce jointe. Je serais heureux de vous rencontrer.\n\n"
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
            "Cormac Lindqvist-Otieno\n"
            "+353 87 555 0142\n"
        ),
        cte="8bit",
        attach=[dict(filename="CV_Lindqvist-Otieno_FR.pdf", lines=[
            "Cormac Lindqvist-Otieno - CV",
            "Waterford, Irlande | +353 87 555 0142",
            "2015-2026 : conducteur de bus, lignes régulières et occasionnelles",
            "2024-2026 : tenue du tableau de service, dépôt de Waterford",
            "Permis D, FIMO/CPC",
        ])],
    ),
]

OTHER_ES = [
    # 46 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="empleo_ebro_boletin", lang="es", company="", contact="",
        frm=("EmpleoEbro", "boletin@empleoebro.example.es"),
        subject="Nuevas ofertas: planificación de transporte en Zaragoza",
        subj_enc="utf-8:Q",
        date="2026-04-13 08:00 +0200",
        headers=list_headers("Boletin EmpleoEbro <boletin.empleoebro.example.es>",
                             "<https://www.empleoebro.example.es/baja?u=cl-41>"),
        cte="base64",
        **digest(
            "Tu boletín de EmpleoEbro",
            "Hola Cormac:\n\nEstas son las ofertas nuevas que encajan con tu búsqueda.",
            [
                ("Técnico/a de tráfico – Zaragoza",
                 "https://www.empleoebro.example.es/oferta/7781",
                 "Empresa de autobuses interurbanos. Entrevistas a partir de mayo."),
                ("Planificador/a logístico – PLAZA",
                 "https://www.empleoebro.example.es/oferta/7790",
                 "Operador logístico, turno de mañana."),
                ("Consejos: qué hacer si te descartan en un proceso",
                 "https://www.empleoebro.example.es/consejos/descartado",
                 "Un 'no' no es el final: pide feedback y sigue adelante."),
            ],
            "¡Mucha suerte!",
            "Recibes este boletín porque te suscribiste en EmpleoEbro. Darse de baja: "
            "https://www.empleoebro.example.es/baja?u=cl-41",
            lang="es", accent="#d35400",
        ),
    ),
    # 47 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="amigo_jorge_su_entrevista", lang="es", company="",
        contact="jorge.lacasa@example.es",
        frm=("Jorge Lacasa", "jorge.lacasa@example.es"),
        subject="¿Qué tal por Irlanda?",
        subj_enc="utf-8:B",
        date="2026-06-05 22:48 +0200",
        text=(
            "¡Hola Cormac!\n\n"
            "¿Cómo va todo? Te cuento: la semana pasada tuve la entrevista en la empresa de "
            "mensajería de Plaza de la que te hablé y hoy me han dicho que no, que han "
            "elegido a alguien de dentro. Una pena, pero bueno, ya saldrá otra cosa.\n\n"
            "Me dijo Marta que tú también estás mirando cosas aquí en Zaragoza. Si vienes "
            "para alguna entrevista, avísame y te quedas en casa, que hay sitio de sobra.\n\n"
            "Un abrazo fuerte,\n"
            "Jorge\n"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    # 48 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="inmobiliaria_visita_piso", lang="es", company="",
        contact="elena.marin@inmoactur.example.es",
        frm=("Elena Marín - Inmobiliaria Actur", "elena.marin@inmoactur.example.es"),
        frm_enc="iso-8859-1:Q",
        subject="Cita para visitar el piso de la calle Pablo Ruiz Picasso",
        date="2026-05-25 12:30 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola Cormac:\n\n"
            "Te confirmo la cita para visitar el piso de dos habitaciones en la calle Pablo "
            "Ruiz Picasso (Actur) por videollamada el jueves 28 a las 18:00, ya que todavía "
            "estás en Irlanda. Te enseñaré la vivienda con el móvil.\n\n"
            "El alquiler es de 780 euros al mes más gastos de comunidad. El propietario pide "
            "contrato de trabajo en España o un aval bancario, así que lo podemos ver según "
            "cómo avance tu búsqueda de empleo.\n\n"
            "Un saludo,\n"
            "Elena Marín\n"
            "Inmobiliaria Actur - 976 00 55 66\n"
        ),
    ),
    # 49 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="banco_cita_previa_modificada", lang="es", company="",
        contact="",
        frm=("Banco del Moncayo", "avisos@bancomoncayo.example.es"),
        subject="Su cita previa ha sido modificada",
        date="2026-07-15 09:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=simple_html(
            "Estimado cliente:\n\n"
            "Le informamos de que su cita previa para la apertura de cuenta de no residente "
            "en la oficina de Paseo Independencia, 15 ha sido modificada por necesidades "
            "del servicio.\n\n"
            "Nueva fecha: martes 28 de julio a las 10:30.\n\n"
            "Recuerde traer su pasaporte y el NIE. Si la nueva hora no le conviene, puede "
            "cambiarla desde la app o en el 976 00 00 00.\n\n"
            "Banco del Moncayo\n\n"
            "Este es un mensaje automático; por favor, no responda.",
            lang="es",
        ),
        html_charset="iso-8859-1", html_cte="quoted-printable",
    ),
    # 50 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="academia_prueba_nivel", lang="es", company="",
        contact="secretaria.ana@academiasalduba.example.es",
        frm=("Ana Gracia (Academia Salduba)", "secretaria.ana@academiasalduba.example.es"),
        subject="Prueba de nivel y entrevista oral – curso intensivo de español",
        subj_enc="utf-8:Q",
        date="2026-01-29 17:45 +0100",
        text=(
            "Hola Cormac:\n\n"
            "Gracias por tu interés en el curso intensivo de español online. Antes de "
            "asignarte un grupo necesitamos que hagas la prueba de nivel escrita (enlace "
            "abajo) y una breve entrevista oral de 15 minutos con una profesora.\n\n"
            "Prueba escrita: https://academiasalduba.example.es/prueba-nivel\n"
            "Entrevista oral: lunes 2 de febrero a las 19:00 (hora de Madrid) por Zoom.\n\n"
            "Si no te viene bien la hora, dime otra y la cambiamos.\n\n"
            "Saludos,\n"
            "Ana Gracia\n"
            "Secretaría – Academia Salduba\n"
        ),
        cte="quoted-printable",
    ),
    # 51 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="own_gracias_entrevista_ebro", lang="es", company="",
        contact="",
        frm=CANDIDATE,
        to=[("Begoña Lasheras", "begona.lasheras@autobusesebro.example.es")],
        to_enc="iso-8859-1:Q",
        subject="Gracias por la entrevista",
        date="2026-03-10 19:30 +0000",
        refs=["autobuses_ebro_entrevista", "autobuses_ebro_cambio_hora"],
        text=(
            "Hola Begoña:\n\n"
            "Muchas gracias a ti y a Álvaro por la entrevista de hoy. Me ha gustado mucho "
            "conocer cómo organizáis los servicios de las líneas a los polígonos, y sigo muy "
            "interesado en el puesto.\n\n"
            "Perdona mi español, ¡todavía estoy aprendiendo!\n\n"
            "Un saludo,\n"
            "Cormac Lindqvist-Otieno\n"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    # 52 (es) ---------------------------------------------------------------------------
    dict(
        kind="other", slug="linkway_es_invitaciones", lang="es", company="", contact="",
        frm=("Linkway", "notificaciones@linkway.example.com"),
        subject="Tienes 3 invitaciones pendientes y 2 nuevos empleos",
        date="2026-09-18 08:20 +0200",
        headers=list_headers("Linkway notificaciones <notificaciones.linkway.example.com>",
                             "<https://www.linkway.example.com/settings/email?u=cl&l=es>"),
        text=(
            "Hola, Cormac:\n\n"
            "Tienes 3 invitaciones para conectar pendientes:\n"
            "- Raúl Gimeno, Consultor Senior en Talento Aragón Selección\n"
            "- Javier Royo, Jefe de Planificación\n"
            "- Marta Gil, People & Culture\n\n"
            "Empleos que te pueden interesar:\n"
            "- Coordinador/a de tráfico – Zaragoza (Solicitud sencilla)\n"
            "- Técnico/a de planificación – Huesca\n\n"
            "Ver todo: https://www.linkway.example.com/notificaciones\n\n"
            "Recibes correos de notificaciones de Linkway. Darse de baja: "
            "https://www.linkway.example.com/settings/email?u=cl&l=es\n"
        ),
        html=simple_html(
            "Hola, Cormac:\n\n"
            "Tienes 3 invitaciones para conectar pendientes:\n"
            "- Raúl Gimeno, Consultor Senior en Talento Aragón Selección\n"
            "- Javier Royo, Jefe de Planificación\n"
            "- Marta Gil, People & Culture\n\n"
            "Empleos que te pueden interesar:\n"
            "- Coordinador/a de tráfico – Zaragoza (Solicitud sencilla)\n"
            "- Técnico/a de planificación – Huesca\n\n"
            "Ver todo: https://www.linkway.example.com/notificaciones\n\n"
            "Recibes correos de notificaciones de Linkway. Darse de baja: "
            "https://www.linkway.example.com/settings/email?u=cl&l=es",
            lang="es",
        ),
        cte="base64",
    ),
]

MESSAGES = OTHER_EN + OTHER_DE + OTHER_FR + OTHER_ES

assert len(OTHER_EN) == 33 and len(OTHER_DE) == 6 and len(OTHER_FR) == 6
assert len(OTHER_ES) == 7
_ = outlook_html
