# ruff: noqa: C408  (every message is written as a dict(...) spec on purpose)
"""Corpus 278, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), all hand-written."""

from msgs278_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    outlook_html,
    outlook_reply,
    reply,
    simple_html,
)

ORLA = ("Orla Keane", "orla.keane@suirvalleybus.example.ie")
GRAINNE = ("Gráinne Kehoe", "grainne.kehoe@slaneyharbour.example.ie")
CAMILLE = ("Camille Deschamps", "camille.deschamps@transports-deule.example.fr")
JUERGEN = ("Jürgen Albers", "juergen.albers@rheinufer-vb.example.de")
PILAR = ("Pilar Ezquerra", "pilar.ezquerra@unipilarense.example.es")
ROISIN = ("Róisín Barry", "roisin.barry@harbourline.example.ie")
SIOBHAN = ("Siobhán Dalton", "siobhan.dalton@norelink.example.ie")

SUIRVALLEY_SIG = (
    "Orla Keane\n"
    "HR Business Partner\n"
    "Suir Valley Bus\n"
    "Depot Road, Ballybeg, Waterford X91 D2F4\n"
    "T: +353 51 555 0100 | M: +353 87 555 0111\n"
)

INVITES = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="suirvalley_panel_ics", lang="en",
        company="Suir Valley Bus", contact="orla.keane@suirvalleybus.example.ie",
        frm=ORLA,
        subject="Interview invitation - Transport Scheduler, Suir Valley Bus",
        date="2026-02-03 11:20 +0000",
        refs=["suirvalley_workday_ack"],
        text=(
            "Dear Cormac,\n\n"
            "Thank you for applying for the Transport Scheduler position. I'm pleased to "
            "invite you to a panel interview at our Ballybeg depot on Tuesday 10 February at "
            "10:00. The panel will be Ray Moloney (Head of Operations), Lisa Kiely (Scheduling "
            "Manager) and myself, and the interview will last about 45 minutes.\n\n"
            "Part of it will be a short practical exercise: we will give you a simplified "
            "weekday timetable for two routes and ask you to suggest a duty pattern. No "
            "preparation is needed beyond bringing photo ID.\n\n"
            "A calendar invitation is attached. Please accept it or let me know if the time "
            "does not suit.\n\n"
            "Kind regards,\n\n" + SUIRVALLEY_SIG
        ),
        html=simple_html(
            "Dear Cormac,\n\n"
            "Thank you for applying for the Transport Scheduler position. I'm pleased to "
            "invite you to a panel interview at our Ballybeg depot on Tuesday 10 February at "
            "10:00. The panel will be Ray Moloney (Head of Operations), Lisa Kiely (Scheduling "
            "Manager) and myself, and the interview will last about 45 minutes.\n\n"
            "Part of it will be a short practical exercise: we will give you a simplified "
            "weekday timetable for two routes and ask you to suggest a duty pattern. No "
            "preparation is needed beyond bringing photo ID.\n\n"
            "A calendar invitation is attached. Please accept it or let me know if the time "
            "does not suit.\n\n"
            "Kind regards,\n\n" + SUIRVALLEY_SIG
        ),
        ics=dict(method="REQUEST", uid="sv-panel-0210-278@suirvalleybus.example.ie", seq=0,
                 start="2026-02-10 10:00 +0000", end="2026-02-10 10:45 +0000",
                 summary="Interview: Transport Scheduler - Cormac Lindqvist-Otieno",
                 location="Suir Valley Bus, Depot Road, Ballybeg, Waterford",
                 organizer=ORLA),
        ics_attach=True,
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="norelink_phone_screen", lang="en",
        company="Nore Link Rail", contact="siobhan.dalton@norelink.example.ie",
        frm=("Siobhán Dalton via Greenhouse", "no-reply@greenhouse-mail.io"),
        frm_enc="utf-8:B",
        reply_to=SIOBHAN, rt_enc="utf-8:Q",
        subject="Nore Link Rail - let's schedule a quick call",
        date="2026-01-29 15:05 +0000",
        refs=["norelink_greenhouse_ack"],
        text=(
            "Hi Cormac,\n\n"
            "I'm Siobhán from the talent team at Nore Link Rail. Thanks for applying for the "
            "Rail Operations Scheduler role. I'd love to have a 20-minute phone screen with "
            "you to talk through your background and what you're looking for.\n\n"
            "Please pick a time that suits you using the link below. I'll ring you on the "
            "mobile number in your application.\n\n"
            "https://app.greenhouse.io/scheduling/norelink/choose?token=Hq7Zr2\n\n"
            "Speak soon,\n"
            "Siobhán\n"
        ),
        html=ats_card(
            "Nore Link Rail", "#24a47f",
            "Hi Cormac,\n\n"
            "I'm Siobhán from the talent team at Nore Link Rail. Thanks for applying for the "
            "Rail Operations Scheduler role. I'd love to have a 20-minute phone screen with "
            "you to talk through your background and what you're looking for.\n\n"
            "Please pick a time that suits you using the button below. I'll ring you on the "
            "mobile number in your application.\n\n"
            "Speak soon,\nSiobhán",
            button=("Choose a time",
                    "https://app.greenhouse.io/scheduling/norelink/choose?token=Hq7Zr2"),
            footer="Sent via Greenhouse on behalf of Nore Link Rail.",
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="norelink_second_slot", lang="en",
        company="Nore Link Rail", contact="siobhan.dalton@norelink.example.ie",
        frm=SIOBHAN, frm_enc="utf-8:Q",
        subject="Re: Missed call this morning",
        date="2026-02-05 09:12 +0000",
        refs=["norelink_phone_screen", "norelink_tried_calling_twice",
              "own_reschedule_request_norelink"],
        text=reply(
            "Hi Cormac,\n\n"
            "No problem at all, these things happen. Let's try again: I'll call you on "
            "Thursday 12 February at 10:30 on 087 555 0142, the number you gave below. It will "
            "be the same 20-minute conversation about the scheduler role.\n\n"
            "If that doesn't work, just reply with two or three times that do.\n\n"
            "Siobhán\n",
            "en", "Wed, 4 Feb 2026 at 12:41", CAND_NAME, CAND_ADDR,
            "Hi Siobhán,\n\n"
            "I'm so sorry I missed your calls this morning. My shift was changed at the last "
            "minute and I was on the road with my phone in the locker. Would it be possible to "
            "rearrange the phone screen? My best number is 087 555 0142.\n\n"
            "Apologies again,\n"
            "Cormac\n\n"
            + "On Wed, 4 Feb 2026 at 10:17, Siobhán Dalton <siobhan.dalton@norelink.example.ie> "
              "wrote:\n"
              "> Hi Cormac, I tried calling you twice at 10:00 for our phone screen but couldn't\n"
              "> get through.\n",
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="comeragh_assessment_centre", lang="en",
        company="Comeragh County Council", contact="declan.furlong@comeraghcoco.example.ie",
        frm=("Furlong, Declan", "declan.furlong@comeraghcoco.example.ie"),
        subject="Competition 2026/HR/014 - invitation to interview and assessment",
        date="2026-03-02 10:00 +0000",
        refs=["comeragh_taleo_ack"],
        text=(
            "A Chara,\n\n"
            "Competition reference: 2026/HR/014 - Transport Scheduling Officer (Grade 5)\n\n"
            "Following the shortlisting process, I am pleased to invite you to the assessment "
            "stage of the above competition, which will take place on Tuesday 24 March 2026 at "
            "County Hall, Lismore Road, Dungarvan, starting at 09:30.\n\n"
            "The day will consist of:\n"
            "  09:30  Written scheduling exercise (60 minutes)\n"
            "  11:00  Competency-based interview (approx. 40 minutes)\n\n"
            "Please bring photographic identification and the original of your Leaving "
            "Certificate or equivalent qualification. Full details are in the attached "
            "information note.\n\n"
            "Please confirm your attendance by return email by Friday 13 March.\n\n"
            "Is mise le meas,\n\n"
            "Declan Furlong\n"
            "Staff Officer, Human Resources Department\n"
            "Comeragh County Council | Civic Offices | Davitt's Quay | Dungarvan | Co. Waterford\n"
            "T: 058 20 000\n\n"
            "This e-mail and any files transmitted with it are confidential and intended solely "
            "for the use of the addressee.\n"
        ),
        attach=[dict(filename="2026-HR-014_Assessment_Information_Note.pdf", lines=[
            "Comeragh County Council - Human Resources",
            "Competition 2026/HR/014 Transport Scheduling Officer",
            "Assessment day: Tuesday 24 March 2026, County Hall, Dungarvan",
            "09:30 Written scheduling exercise",
            "11:00 Competency-based interview",
            "Bring: photo ID, original qualifications",
        ])],
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="slaney_interview_ics", lang="en",
        company="Slaney Harbour Company", contact="grainne.kehoe@slaneyharbour.example.ie",
        frm=GRAINNE, frm_enc="iso-8859-1:Q",
        subject="Marine Operations Scheduler - interview Thursday 19 March",
        date="2026-03-10 12:30 +0000",
        text=(
            "Dear Cormac,\n\n"
            "Fergal Doyle, our Operations Manager, would like to meet you for an interview for "
            "the Marine Operations Scheduler role on Thursday 19 March at 14:00 in the Harbour "
            "Office on the Crescent Quay, Wexford.\n\n"
            "Please report to reception, where you will be signed in and given a visitor "
            "lanyard. Parking is available behind the building.\n\n"
            "I have sent a calendar invitation separately in this email. Do let me know if you "
            "need any adjustments.\n\n"
            "Kind regards,\n"
            "Gráinne Kehoe\n"
            "HR Administrator\n"
            "Slaney Harbour Company\n"
            "Harbour Office, Crescent Quay, Wexford Y35 N8V2\n"
            "053 555 0130\n"
        ),
        ics=dict(method="REQUEST", uid="slaney-int-0319-278@slaneyharbour.example.ie", seq=0,
                 start="2026-03-19 14:00 +0000", end="2026-03-19 15:00 +0000",
                 summary="Interview - Marine Operations Scheduler",
                 location="Harbour Office, Crescent Quay, Wexford",
                 organizer=GRAINNE),
        ics_cte="quoted-printable",
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="leefreight_lever_schedule", lang="en",
        company="Lee Freight Logistics", contact="aisling.murphy@leefreight.example.ie",
        frm=("Aisling Murphy", "no-reply@hire.lever.co"),
        reply_to=("Aisling Murphy", "aisling.murphy@leefreight.example.ie"),
        subject="Interview with Lee Freight Logistics: please choose a time",
        date="2026-03-12 16:44 +0000",
        refs=["leefreight_lever_ack"],
        text=(
            "Hi Cormac,\n\n"
            "Great news: the hiring team for Transport Planner would like to interview you. "
            "The interview is in person at our Tivoli office with Brian Coughlan (Transport "
            "Manager) and Joanne Hegarty (Warehouse Operations), and will take about an hour.\n\n"
            "Choose a slot next week here:\n"
            "https://hire.lever.co/interview-scheduling/leefreight/8f2a61c0\n\n"
            "Once you pick a time you'll receive a calendar invite with directions.\n\n"
            "Thanks,\n"
            "Aisling Murphy\n"
            "Lee Freight Logistics\n"
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="harbourline_ferrycarrig_interview", lang="en",
        company="Ferrycarrig Coaches", contact="roisin.barry@harbourline.example.ie",
        frm=ROISIN, frm_enc="utf-8:Q",
        subject="Interview confirmed with Ferrycarrig Coaches - Mon 11 May",
        date="2026-05-04 10:22 +0100",
        refs=["harbourline_registration"],
        text=(
            "Hi Cormac,\n\n"
            "Good news! Ferrycarrig Coaches have reviewed your CV and would like to meet you "
            "for the Fleet & Duty Scheduler position.\n\n"
            "Details:\n"
            "  When: Monday 11 May, 11:30\n"
            "  Where: Ferrycarrig Coaches, Drinagh Business Park, Wexford\n"
            "  Who: Paddy Rossiter (Managing Director) and Emer Codd (Operations)\n"
            "  Format: informal interview, about 45 minutes, followed by a walk around the yard\n\n"
            "They're a family firm with 38 coaches, mostly school contracts, tours and the "
            "Rosslare shuttle, and they want someone who can take the weekly duty planning off "
            "Paddy's desk. Your depot experience will go down well.\n\n"
            "Can you confirm you're good for this? Give me a call if you want to prep "
            "beforehand.\n\n"
            "Róisín\n\n"
            "Róisín Barry | Senior Consultant\n"
            "Harbourline Recruitment | 3 Lapp's Quay, Cork T12 RX66\n"
            "021 555 0166\n"
        ),
        cte="quoted-printable",
    ),
    # 8 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="barrow_free_thursday", lang="en",
        company="Barrow Valley Coaches", contact="pat@barrowvalleycoaches.example.ie",
        frm=("Pat Brophy", "pat@barrowvalleycoaches.example.ie"),
        subject="Re: Planner job",
        date="2026-06-02 20:15 +0100",
        refs=["barrow_own_application", "barrow_got_your_cv"],
        text=(
            "Cormac, are you free Thursday to chat about the planner job? Say 4 o'clock at the "
            "Bagenalstown depot, I'll show you the board we use for the school runs and we can "
            "have a cup of tea. Nothing formal.\n\n"
            "Pat\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="celticquay_icims_video", lang="en",
        company="Celtic Quay Logistics", contact="ciara.byrne@celticquay.example.ie",
        frm=("Celtic Quay Logistics Careers", "no-reply@icims.com"),
        reply_to=("Ciara Byrne", "ciara.byrne@celticquay.example.ie"),
        subject="Video Interview Invitation: Transport Planner (Req #2026-0419)",
        date="2026-06-12 08:31 +0000",
        refs=["celticquay_icims_ack"],
        html=ats_card(
            "Celtic Quay Logistics", "#003b71",
            "Dear Cormac,\n\n"
            "Thank you for your interest in the Transport Planner role (Req #2026-0419). We "
            "would like to invite you to a video interview with Paul Greene, Transport "
            "Operations Manager.\n\n"
            "Date: Friday 19 June 2026\n"
            "Time: 10:00 (Irish time)\n"
            "Duration: 45 minutes\n"
            "Platform: Microsoft Teams (the link will be active 10 minutes before the start)\n\n"
            "Please use the button below to confirm your attendance. If you need to "
            "reschedule, reply to this email and Ciara Byrne from our HR team will help.\n\n"
            "Best regards,\nCeltic Quay Logistics Talent Acquisition",
            button=("Confirm attendance",
                    "https://careers-celticquay.icims.com/jobs/2419/interview/confirm"),
            footer="This email was sent from an unmonitored address via iCIMS.",
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="fleetwise_ashby_schedule", lang="en",
        company="Fleetwise Routing", contact="tom.okafor@fleetwise.example.ie",
        frm=("Tom Okafor", "no-reply@ashbyhq.com"),
        reply_to=("Tom Okafor", "tom.okafor@fleetwise.example.ie"),
        subject="Fleetwise Routing: schedule your interview",
        date="2026-07-06 14:02 +0100",
        refs=["fleetwise_ashby_ack"],
        text=(
            "Hi Cormac,\n\n"
            "Thanks for applying to be an Implementation Specialist (Scheduling) at Fleetwise "
            "Routing. We'd like to invite you to a 45-minute video interview with Hannah Reidy, "
            "who leads our customer rollouts.\n\n"
            "Use this link to book a time that works for you this week or next:\n"
            "https://jobs.ashbyhq.com/fleetwise/interview/schedule/7c1d3e9b\n\n"
            "Looking forward to it,\n"
            "Tom\n"
        ),
        html=ats_card(
            "Fleetwise Routing", "#5b3cc4",
            "Hi Cormac,\n\n"
            "Thanks for applying to be an Implementation Specialist (Scheduling) at Fleetwise "
            "Routing. We'd like to invite you to a 45-minute video interview with Hannah Reidy, "
            "who leads our customer rollouts.\n\n"
            "Use the button to book a time that works for you this week or next.\n\n"
            "Looking forward to it,\nTom",
            button=("Book interview",
                    "https://jobs.ashbyhq.com/fleetwise/interview/schedule/7c1d3e9b"),
        ),
    ),
    # 11 --------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="marble_city_trial_day", lang="en",
        company="Marble City Logistics", contact="sinead.comerford@marblecitylogistics.example.ie",
        frm=("Sinéad Comerford", "sinead.comerford@marblecitylogistics.example.ie"),
        frm_enc="iso-8859-1:B",
        subject="Trial day in the planning office - Monday 20 July",
        date="2026-07-13 09:50 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hi Cormac,\n\n"
            "Thanks for the chat on the phone on Friday. As I mentioned, the next step for the "
            "Warehouse Transport Planner job is a paid trial day with us, so you can see how "
            "the planning office runs and we can see how you get on.\n\n"
            "Monday 20 July, 08:00 to 16:00, at our site on the Hebron Road, Kilkenny. Ask for "
            "me at the gatehouse. You'll sit beside Tadhg, who plans the outbound loads for the "
            "supermarket runs, and in the afternoon we'll give you a set of orders to plan "
            "yourself.\n\n"
            "Wear safety boots; we'll give you a hi-vis. Lunch is on us.\n\n"
            "Sinéad Comerford\n"
            "Warehouse Planning Lead\n"
            "Marble City Logistics\n"
            "Hebron Road, Kilkenny R95 P2W6\n"
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="fret_rail_artois_video_en", lang="en",
        company="Fret Rail Artois", contact="julien.vasseur@fretrailartois.example.fr",
        frm=("Julien Vasseur", "julien.vasseur@fretrailartois.example.fr"),
        subject="Interview for the Train Path Planner role (in English)",
        date="2026-05-06 15:28 +0200",
        refs=["fret_rail_workable_accuse"],
        text=(
            "Dear Cormac,\n\n"
            "Thank you for your application to Fret Rail Artois. Since you mentioned that your "
            "French is still developing, we will hold the first interview in English.\n\n"
            "I would like to invite you to a video interview with myself and our head of "
            "planning, Estelle Marchand, on Tuesday 12 May at 14:00 Paris time (13:00 in "
            "Ireland). You will find the calendar invitation with the link attached.\n\n"
            "We will ask about your experience with duty rostering and how you would "
            "approach a disrupted day on the network.\n\n"
            "Best regards,\n\n"
            "Julien Vasseur\n"
            "Responsable recrutement\n"
            "Fret Rail Artois SAS\n"
            "Parc d'activités du Bassin Minier, 62300 Lens\n"
            "+33 3 21 00 00 00\n"
        ),
        html=simple_html(
            "Dear Cormac,\n\n"
            "Thank you for your application to Fret Rail Artois. Since you mentioned that your "
            "French is still developing, we will hold the first interview in English.\n\n"
            "I would like to invite you to a video interview with myself and our head of "
            "planning, Estelle Marchand, on Tuesday 12 May at 14:00 Paris time (13:00 in "
            "Ireland). You will find the calendar invitation with the link attached.\n\n"
            "We will ask about your experience with duty rostering and how you would "
            "approach a disrupted day on the network.\n\n"
            "Best regards,\n\n"
            "Julien Vasseur\n"
            "Responsable recrutement\n"
            "Fret Rail Artois SAS\n"
            "Parc d'activités du Bassin Minier, 62300 Lens\n"
            "+33 3 21 00 00 00",
        ),
        ics=dict(method="REQUEST", uid="fra-0512-lindqvist@fretrailartois.example.fr", seq=0,
                 start="2026-05-12 14:00 +0200", end="2026-05-12 15:00 +0200",
                 summary="Interview Train Path Planner - C. Lindqvist-Otieno",
                 location="https://meet.fretrailartois.example.fr/planif-0512",
                 organizer=("Julien Vasseur", "julien.vasseur@fretrailartois.example.fr")),
    ),
    # 13 --------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="dublin_bay_assessment_invite", lang="en",
        company="Dublin Bay Shuttle", contact="leanne.carroll@dublinbayshuttle.example.ie",
        frm=("Leanne Carroll", "leanne.carroll@dublinbayshuttle.example.ie"),
        subject="Invitation: Service Scheduler assessment centre, Thursday 3 September",
        date="2026-08-24 11:40 +0100",
        refs=["dublin_bay_bamboohr_ack"],
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Dear Cormac,\n\n"
            "We’re delighted to invite you to the assessment centre for our Service Scheduler "
            "role, on Thursday 3 September from 09:00 to 13:30 at our Clontarf office.\n\n"
            "The morning has three parts:\n"
            "• a timetabling exercise using a sample airport shuttle network\n"
            "• an in-tray task (emails and phone messages from drivers and customers)\n"
            "• a group discussion with the other candidates\n\n"
            "Candidates who reach the required score will be invited to a final interview "
            "later in September.\n\n"
            "Please bring a calculator. Tea, coffee and a light lunch will be provided. We can "
            "reimburse your train fare from Waterford – just keep the receipt.\n\n"
            "Best regards,\n"
            "Leanne Carroll\n"
            "People Team, Dublin Bay Shuttle\n"
            "Unit 4, Clontarf Business Park, Dublin 3\n"
            "01 555 0155\n"
        ),
        attach=[dict(filename="Assessment_Centre_Guide_Service_Scheduler.pdf", lines=[
            "Dublin Bay Shuttle - Assessment Centre Guide",
            "Service Scheduler, Thursday 3 September 2026, 09:00-13:30",
            "1. Timetabling exercise (40 min)",
            "2. In-tray task (40 min)",
            "3. Group discussion (30 min)",
            "Venue: Unit 4, Clontarf Business Park, Dublin 3",
        ])],
    ),
    # 14 --------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="kestrel_phone_screen", lang="en",
        company="Kestrel Talent", contact="darragh.nolan@kestreltalent.example.ie",
        frm=("Darragh Nolan", "darragh.nolan@kestreltalent.example.ie"),
        subject="Phone interview with my client - Wed 20 May, 11am",
        date="2026-05-11 17:03 +0100",
        refs=["kestrel_registration"],
        text=(
            "Hi Cormac,\n\n"
            "As discussed, my client (a large distribution operator on the Naas Road - I can't "
            "name them yet as the role is confidential) would like to do a phone interview "
            "with you for the Scheduling Coordinator position.\n\n"
            "Their Head of Transport will ring you on Wednesday 20 May at 11:00 on your "
            "mobile. Plan for 30 minutes. They'll want to hear how you've handled rosters, "
            "overtime and sick cover, so have a couple of examples ready.\n\n"
            "Let me know you've got this.\n\n"
            "Cheers,\n"
            "Darragh\n\n"
            "Darragh Nolan | Senior Consultant, Supply Chain & Transport\n"
            "Kestrel Talent | 14 Fitzwilliam Place | Dublin 2\n"
            "M +353 87 555 0123\n"
        ),
    ),
    # 15 --------------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="poolbeg_teams_interview_outlook", lang="en",
        key="poolbeg_teams_interview",
        company="Poolbeg Marine Terminals", contact="gavin.kinsella@poolbegmarine.example.ie",
        frm=("Kinsella, Gavin", "gavin.kinsella@poolbegmarine.example.ie"),
        subject="Teams interview - Vessel and Berth Scheduler - Mon 10 Aug 10:00",
        date="2026-08-03 13:14 +0100",
        html=outlook_html(
            "Hi Cormac,\n\n"
            "Thanks for your application for the Vessel and Berth Scheduler role. I would like "
            "to invite you to an interview on Microsoft Teams on Monday 10 August at 10:00.\n\n"
            "The panel will be myself and Aoife Quinlan from the berth planning team. Expect "
            "about 40 minutes, including a short scenario about a late-running vessel and "
            "crane allocation.\n\n"
            "Join link: https://teams.example.ie/l/meetup-join/poolbeg-0810\n"
            "Meeting ID: 381 552 904 117   Passcode: Berth26\n\n"
            "Kind regards,\n"
            "Gavin\n\n"
            "Gavin Kinsella\n"
            "Port Operations Manager\n"
            "Poolbeg Marine Terminals\n"
            "Breakwater Road South, Dublin 1\n"
            "Direct: +353 1 555 0188\n"
        ),
    ),
    # 16 (de) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="rheinufer_vorstellungsgespraech_ics", lang="de",
        company="Rheinufer Verkehrsbetriebe", contact="juergen.albers@rheinufer-vb.example.de",
        frm=JUERGEN, frm_enc="utf-8:Q",
        subject="Einladung zum Vorstellungsgespräch – Dienstplaner/in Fahrdienst",
        subj_enc="utf-8:Q",
        date="2026-04-15 10:05 +0200",
        refs=["rheinufer_personio_eingang"],
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "vielen Dank für Ihre Bewerbung als Dienstplaner/in im Fahrdienst. Wir möchten Sie "
            "gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\n"
            "Mittwoch, 22. April 2026, 10:00 Uhr\n"
            "Betriebshof Lierenfeld, Verwaltungsgebäude, Raum 2.14\n"
            "Gesprächspartner: Jürgen Albers (Personal), Nadine Kowalski (Leitung "
            "Dienstplanung)\n\n"
            "Da Ihr Deutsch noch im Aufbau ist, können Teile des Gesprächs auf Englisch "
            "stattfinden. Eine Kalendereinladung ist beigefügt. Reisekosten erstatten wir "
            "Ihnen gern nach den Regeln unserer Reisekostenrichtlinie.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jürgen Albers\n"
            "Personalgewinnung\n"
            "Rheinufer Verkehrsbetriebe GmbH\n"
            "Am Rheinufer 7, 40213 Düsseldorf\n"
            "Tel. +49 211 000 0700\n"
        ),
        html=simple_html(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "vielen Dank für Ihre Bewerbung als Dienstplaner/in im Fahrdienst. Wir möchten Sie "
            "gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\n"
            "Mittwoch, 22. April 2026, 10:00 Uhr\n"
            "Betriebshof Lierenfeld, Verwaltungsgebäude, Raum 2.14\n"
            "Gesprächspartner: Jürgen Albers (Personal), Nadine Kowalski (Leitung "
            "Dienstplanung)\n\n"
            "Da Ihr Deutsch noch im Aufbau ist, können Teile des Gesprächs auf Englisch "
            "stattfinden. Eine Kalendereinladung ist beigefügt. Reisekosten erstatten wir "
            "Ihnen gern nach den Regeln unserer Reisekostenrichtlinie.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jürgen Albers\n"
            "Personalgewinnung\n"
            "Rheinufer Verkehrsbetriebe GmbH\n"
            "Am Rheinufer 7, 40213 Düsseldorf\n"
            "Tel. +49 211 000 0700",
            lang="de",
        ),
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="rvb-vg-0422-278@rheinufer-vb.example.de", seq=0,
                 start="2026-04-22 10:00 +0200", end="2026-04-22 11:00 +0200",
                 summary="Vorstellungsgespräch Dienstplanung – Lindqvist-Otieno",
                 location="Betriebshof Lierenfeld, Verwaltungsgebäude, Raum 2.14",
                 organizer=JUERGEN),
        ics_attach=True,
    ),
    # 17 (de) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="reisholz_probearbeitstag", lang="de",
        company="Reisholzer Hafenlogistik", contact="svenja.kraemer@reisholzer-hafen.example.de",
        frm=("Svenja Krämer", "svenja.kraemer@reisholzer-hafen.example.de"),
        frm_enc="iso-8859-1:B",
        subject="Probearbeitstag in der Disposition am 20.05.",
        date="2026-05-08 13:37 +0200",
        refs=["reisholz_softgarden_eingang", "reisholz_nicht_erreicht"],
        charset="iso-8859-1", cte="8bit",
        text=(
            "Hallo Herr Lindqvist-Otieno,\n\n"
            "schön, dass es mit dem Telefonat am Mittwoch doch noch geklappt hat. Wie "
            "besprochen laden wir Sie zu einem Probearbeitstag in unsere Disposition ein.\n\n"
            "Termin: Mittwoch, 20. Mai, 7:30 bis ca. 15:30 Uhr\n"
            "Ort: Am Reisholzer Hafen 12, Gebäude B, 1. OG (bitte an der Pforte melden)\n"
            "Ansprechpartner vor Ort: Herr Özdemir, Teamleiter Disposition\n\n"
            "Sie begleiten die Disponenten bei der Planung der Lkw-Abholungen und bekommen "
            "am Nachmittag eine kleine Aufgabe zur Slotplanung. Sicherheitsschuhe bringen Sie "
            "bitte mit; Warnweste und Mittagessen stellen wir.\n\n"
            "Bitte bestätigen Sie mir den Termin kurz per E-Mail.\n\n"
            "Viele Grüße\n"
            "Svenja Krämer\n"
            "Personalreferentin\n"
            "Reisholzer Hafenlogistik GmbH\n"
        ),
    ),
    # 18 (de) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="personalwerk_kunde_interview", lang="de",
        company="Spedition Kaiserswerth", contact="dennis.hoffmann@personalwerk-rhein.example.de",
        frm=("Dennis Hoffmann", "dennis.hoffmann@personalwerk-rhein.example.de"),
        subject="Termin Spedition Kaiserswerth",
        date="2026-06-16 09:18 +0200",
        text=(
            "Hallo Herr Lindqvist-Otieno,\n\n"
            "gute Nachrichten: Die Spedition Kaiserswerth möchte Sie kennenlernen! Ich habe "
            "für Sie ein erstes Gespräch per Video vereinbart:\n\n"
            "Mittwoch, 24. Juni, 10:00 Uhr\n"
            "mit Herrn Thomas Brandt, Niederlassungsleiter\n"
            "Link: https://video.spedition-kaiserswerth.example.de/raum/brandt\n\n"
            "Es geht um die Stelle als Disponent im Nahverkehr (Stückgut, ca. 25 Fahrzeuge). "
            "Herr Brandt spricht gut Englisch, Sie können also zwischen den Sprachen wechseln. "
            "Rufen Sie mich gern vorher an, dann gehen wir die Fragen gemeinsam durch.\n\n"
            "Beste Grüße\n"
            "Dennis Hoffmann\n"
            "Personalwerk Rhein GmbH | Personalberatung Logistik\n"
            "Königsallee 60, 40212 Düsseldorf | +49 211 000 1122\n\n"
            "Personalwerk Rhein GmbH, Sitz Düsseldorf, Registergericht Düsseldorf HRB 00000. "
            "Diese Nachricht ist vertraulich.\n"
        ),
        cte="8bit",
    ),
    # 19 (de) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="kreisverwaltung_auswahlgespraech", lang="de",
        company="Kreisverwaltung Rhein-Düssel", contact="b.schaefer@kreis-rheinduessel.example.de",
        frm=("Schäfer, Brigitte", "b.schaefer@kreis-rheinduessel.example.de"),
        frm_enc="iso-8859-1:Q",
        subject="Einladung zum Auswahlgespräch - Verfahren 2026-118",
        subj_enc="iso-8859-1:B",
        date="2026-08-05 14:10 +0200",
        refs=["kreisverwaltung_eingangsbestaetigung"],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "im Auswahlverfahren 2026-118 (Sachbearbeitung Verkehrsplanung ÖPNV) laden wir "
            "Sie zu einem strukturierten Auswahlgespräch ein.\n\n"
            "Datum: Mittwoch, 26. August 2026\n"
            "Uhrzeit: 13:30 Uhr\n"
            "Ort: Kreishaus, Sitzungsraum 3, Am Kreishaus 1\n\n"
            "Der Auswahlkommission gehören Vertreter des Fachamts, des Personalrats und die "
            "Gleichstellungsbeauftragte an. Das Gespräch dauert etwa 45 Minuten. Bitte "
            "bringen Sie einen gültigen Lichtbildausweis mit.\n\n"
            "Bitte teilen Sie uns bis zum 14. August mit, ob Sie den Termin wahrnehmen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n\n"
            "Brigitte Schäfer\n"
            "Amt 10 - Personal und Organisation\n"
            "Kreisverwaltung Rhein-Düssel\n"
        ),
    ),
    # 20 (fr) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="deule_entretien_visio", lang="fr",
        company="Transports de la Deûle", contact="camille.deschamps@transports-deule.example.fr",
        frm=CAMILLE,
        subject="Invitation à un entretien – Chargé(e) de planification des services",
        subj_enc="utf-8:B",
        date="2026-04-01 10:45 +0200",
        refs=["deule_teamtailor_accuse"],
        text=(
            "Bonjour Monsieur Lindqvist-Otieno,\n\n"
            "Votre candidature au poste de chargé(e) de planification des services a retenu "
            "toute notre attention. Je vous propose un entretien en visioconférence (Teams) "
            "le mardi 7 avril à 10 h, avec M. Olivier Caron, responsable du service "
            "méthodes, et moi-même.\n\n"
            "L'entretien durera environ une heure. Nous échangerons sur votre parcours, puis "
            "nous vous présenterons un cas pratique sur l'habillage d'une ligne de bus.\n\n"
            "Vous trouverez l'invitation Teams en pièce jointe. Merci de me confirmer votre "
            "disponibilité.\n\n"
            "Bien cordialement,\n\n"
            "Camille Deschamps\n"
            "Chargée de recrutement\n"
            "Transports de la Deûle\n"
            "12 rue du Molinel, 59800 Lille\n"
            "03 20 00 12 34\n"
        ),
        html=simple_html(
            "Bonjour Monsieur Lindqvist-Otieno,\n\n"
            "Votre candidature au poste de chargé(e) de planification des services a retenu "
            "toute notre attention. Je vous propose un entretien en visioconférence (Teams) "
            "le mardi 7 avril à 10 h, avec M. Olivier Caron, responsable du service "
            "méthodes, et moi-même.\n\n"
            "L'entretien durera environ une heure. Nous échangerons sur votre parcours, puis "
            "nous vous présenterons un cas pratique sur l'habillage d'une ligne de bus.\n\n"
            "Vous trouverez l'invitation Teams en pièce jointe. Merci de me confirmer votre "
            "disponibilité.\n\n"
            "Bien cordialement,\n\n"
            "Camille Deschamps\n"
            "Chargée de recrutement\n"
            "Transports de la Deûle\n"
            "12 rue du Molinel, 59800 Lille\n"
            "03 20 00 12 34",
            lang="fr",
        ),
        cte="base64",
        ics=dict(method="REQUEST", uid="tdd-entretien-278@transports-deule.example.fr", seq=0,
                 start="2026-04-07 10:00 +0200", end="2026-04-07 11:00 +0200",
                 summary="Entretien – Chargé(e) de planification – C. Lindqvist-Otieno",
                 location="Microsoft Teams",
                 description="Rejoindre : https://teams.example.fr/l/meetup-join/tdd-0407",
                 organizer=CAMILLE),
    ),
    # 21 (fr) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="beffroi_entretien_client", lang="fr",
        company="Entrepôts Lesquin", contact="sandrine.leroy@interim-beffroi.example.fr",
        frm=("Sandrine Leroy - Intérim Beffroi", "sandrine.leroy@interim-beffroi.example.fr"),
        frm_enc="iso-8859-1:Q",
        subject="Entretien chez notre client Entrepôts Lesquin - mardi 9 juin",
        subj_enc="iso-8859-1:Q",
        date="2026-05-26 16:05 +0200",
        refs=["beffroi_inscription"],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Bonjour Cormac,\n\n"
            "Comme je vous l'ai dit au téléphone, les Entrepôts Lesquin souhaitent vous "
            "rencontrer pour le poste d'agent d'ordonnancement transport (CDI, équipe de "
            "jour).\n\n"
            "Rendez-vous le mardi 9 juin à 14 h 30, ZI de Lesquin, 8 rue des Saules, "
            "bâtiment C. Vous serez reçu par M. Hennebert, responsable d'exploitation. "
            "Prévoyez une pièce d'identité pour l'accueil du site.\n\n"
            "Pensez à relire l'annonce que je vous ai transmise, et n'hésitez pas à "
            "m'appeler la veille si vous avez des questions.\n\n"
            "Bonne soirée,\n"
            "Sandrine Leroy\n"
            "Consultante recrutement - Intérim Beffroi\n"
            "5 place du Théâtre, 59000 Lille - 03 20 11 22 33\n"
        ),
    ),
    # 22 (fr) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="mobilites_escaut_epreuves", lang="fr",
        company="Syndicat des Mobilités Lille-Escaut",
        contact="helene.duboisravel@mobilites-escaut.example.fr",
        frm=("Hélène Dubois-Ravel", "helene.duboisravel@mobilites-escaut.example.fr"),
        frm_enc="utf-8:Q",
        subject="Convocation aux épreuves de sélection – Technicien(ne) exploitation réseau",
        subj_enc="utf-8:Q",
        date="2026-06-15 09:00 +0200",
        text=(
            "Monsieur,\n\n"
            "Suite à l'examen de votre dossier, j'ai le plaisir de vous convoquer aux épreuves "
            "de sélection pour le poste de technicien(ne) exploitation réseau, qui se "
            "dérouleront le jeudi 2 juillet 2026 au siège du Syndicat, 2 boulevard des Cités "
            "Unies à Lille :\n\n"
            "- 9 h 00 : épreuve écrite (étude de cas sur la construction d'une grille horaire, "
            "2 heures)\n"
            "- 14 h 00 : entretien avec le jury (30 minutes)\n\n"
            "La convocation officielle est jointe à ce message. Merci de vous présenter muni "
            "d'une pièce d'identité et de ce courriel.\n\n"
            "Je vous prie d'agréer, Monsieur, mes salutations distinguées.\n\n"
            "Hélène Dubois-Ravel\n"
            "Responsable du service recrutement et compétences\n"
            "Syndicat des Mobilités Lille-Escaut\n"
        ),
        cte="8bit",
        attach=[dict(filename="Convocation_epreuves_2026-07-02.pdf", lines=[
            "Syndicat des Mobilités Lille-Escaut",
            "CONVOCATION",
            "M. Cormac Lindqvist-Otieno",
            "Epreuves de sélection - Technicien(ne) exploitation réseau",
            "Jeudi 2 juillet 2026 - 9h00 épreuve écrite - 14h00 entretien",
            "2 boulevard des Cités Unies, 59000 Lille",
        ])],
    ),
    # 23 (fr) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="vauban_entretien_telephonique", lang="fr",
        company="Université Vauban du Nord", contact="patrice.lemaire@univ-vauban.example.fr",
        frm=("Patrice Lemaire", "patrice.lemaire@univ-vauban.example.fr"),
        subject="Entretien téléphonique - gestionnaire logistique et transports",
        subj_enc="iso-8859-1:Q",
        date="2026-07-01 15:12 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Monsieur,\n\n"
            "Nous avons bien étudié votre candidature au poste de gestionnaire logistique et "
            "transports (réf. BIATSS-26-112). Seriez-vous disponible pour un premier "
            "entretien téléphonique le mercredi 8 juillet à 11 h ? Il durera une trentaine de "
            "minutes et portera sur la gestion de la flotte de navettes inter-campus.\n\n"
            "Je vous appellerai au numéro figurant sur votre CV. Une invitation de calendrier "
            "suit ce message.\n\n"
            "Cordialement,\n"
            "Patrice Lemaire\n"
            "Direction des ressources humaines - Pôle recrutement\n"
            "Université Vauban du Nord\n"
        ),
        ics=dict(method="REQUEST", uid="uvn-biatss-26-112-tel@univ-vauban.example.fr", seq=0,
                 start="2026-07-08 11:00 +0200", end="2026-07-08 11:30 +0200",
                 summary="Entretien téléphonique BIATSS-26-112",
                 location="Téléphone",
                 organizer=("Patrice Lemaire", "patrice.lemaire@univ-vauban.example.fr")),
    ),
    # 24 (es) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="autobuses_ebro_entrevista", lang="es",
        company="Autobuses del Ebro", contact="begona.lasheras@autobusesebro.example.es",
        frm=("Begoña Lasheras", "begona.lasheras@autobusesebro.example.es"),
        frm_enc="utf-8:B",
        subject="Entrevista – Técnico/a de Planificación de Servicios",
        subj_enc="utf-8:Q",
        date="2026-03-02 12:48 +0100",
        refs=["autobuses_ebro_recruitee_acuse"],
        text=(
            "Hola Cormac:\n\n"
            "Te escribo de Autobuses del Ebro. Nos ha gustado tu perfil y queremos conocerte "
            "en una entrevista para el puesto de Técnico/a de Planificación de Servicios.\n\n"
            "Te proponemos el martes 10 de marzo a las 9:00 en nuestras oficinas de la "
            "avenida de Cataluña 280, Zaragoza (cocheras, edificio de administración). "
            "Estarán Álvaro Pueyo, jefe de tráfico, y yo. Si te resulta más cómodo, podemos "
            "hacerla por videollamada.\n\n"
            "¿Me confirmas si te viene bien?\n\n"
            "Un saludo,\n"
            "Begoña Lasheras\n"
            "Selección de Personal – Autobuses del Ebro\n"
            "976 00 11 22\n"
        ),
        html=simple_html(
            "Hola Cormac:\n\n"
            "Te escribo de Autobuses del Ebro. Nos ha gustado tu perfil y queremos conocerte "
            "en una entrevista para el puesto de Técnico/a de Planificación de Servicios.\n\n"
            "Te proponemos el martes 10 de marzo a las 9:00 en nuestras oficinas de la "
            "avenida de Cataluña 280, Zaragoza (cocheras, edificio de administración). "
            "Estarán Álvaro Pueyo, jefe de tráfico, y yo. Si te resulta más cómodo, podemos "
            "hacerla por videollamada.\n\n"
            "¿Me confirmas si te viene bien?\n\n"
            "Un saludo,\n"
            "Begoña Lasheras\n"
            "Selección de Personal – Autobuses del Ebro\n"
            "976 00 11 22",
            lang="es",
        ),
        cte="quoted-printable",
    ),
    # 25 (es) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="tranvia_jornada_prueba", lang="es",
        company="Tranvía Cesaraugusta", contact="javier.royo@tranviacesaraugusta.example.es",
        frm=("Javier Royo", "javier.royo@tranviacesaraugusta.example.es"),
        subject="Jornada de prueba en el puesto de mando - lunes 29 de junio",
        subj_enc="iso-8859-1:Q",
        date="2026-06-22 11:06 +0200",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Buenos días, Cormac:\n\n"
            "Tras la conversación de la semana pasada, nos gustaría invitarte a una jornada "
            "de prueba en nuestro puesto de mando central, como parte del proceso para el "
            "puesto de Planificador/a de Turnos.\n\n"
            "Fecha: lunes 29 de junio\n"
            "Horario: de 8:00 a 14:00\n"
            "Lugar: Cocheras de Valdespartera, edificio de control, 1.ª planta\n\n"
            "Pasarás la mañana con el equipo que elabora los cuadros de servicio de "
            "conductores y al final te pediremos que prepares un borrador de turnos para un "
            "fin de semana con evento en el estadio. La jornada está remunerada.\n\n"
            "Trae el DNI o pasaporte para la acreditación.\n\n"
            "Saludos cordiales,\n"
            "Javier Royo\n"
            "Jefe de Planificación - Tranvía Cesaraugusta\n"
            "Tel. 976 00 33 44\n"
        ),
    ),
    # 26 (es) ---------------------------------------------------------------------------
    dict(
        kind="interview_invitation", slug="pilarense_entrevista_panel", lang="es",
        company="Universidad Pilarense", contact="pilar.ezquerra@unipilarense.example.es",
        frm=PILAR,
        subject="Convocatoria de entrevista – Técnico de Movilidad (PAS-2026-31)",
        subj_enc="utf-8:B",
        date="2026-09-07 10:30 +0200",
        text=(
            "Estimado Sr. Lindqvist-Otieno:\n\n"
            "En relación con la convocatoria PAS-2026-31 (Técnico de Movilidad), le comunico "
            "que ha superado la fase de valoración de méritos y queda convocado a la "
            "entrevista ante la comisión de selección.\n\n"
            "Día: miércoles 16 de septiembre de 2026\n"
            "Hora: 10:00\n"
            "Lugar: Edificio Paraninfo, sala de juntas 2, Plaza del Pilar s/n\n\n"
            "La comisión estará formada por tres miembros. Le adjuntamos la citación en su "
            "calendario.\n\n"
            "Atentamente,\n\n"
            "Pilar Ezquerra\n"
            "Servicio de Personal de Administración y Servicios\n"
            "Universidad Pilarense\n"
        ),
        cte="base64",
        ics=dict(method="REQUEST", uid="pas-2026-31-entrevista-07@unipilarense.example.es",
                 seq=0, start="2026-09-16 10:00 +0200", end="2026-09-16 10:40 +0200",
                 summary="Entrevista PAS-2026-31 Técnico de Movilidad",
                 location="Edificio Paraninfo, sala de juntas 2",
                 organizer=PILAR),
        ics_attach=True,
    ),
]

RESCHEDULES = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="suirvalley_moved_seq1", lang="en",
        company="Suir Valley Bus", contact="orla.keane@suirvalleybus.example.ie",
        frm=ORLA,
        subject="Updated invitation: Interview - Transport Scheduler @ Fri 13 Feb 11:00",
        date="2026-02-06 09:02 +0000",
        refs=["suirvalley_workday_ack", "suirvalley_panel_ics"],
        text=(
            "Hi Cormac,\n\n"
            "Ray Moloney has been called to a meeting with the NTA on Tuesday, so we need to "
            "move your interview. The new time is Friday 13 February at 11:00, same place "
            "(Ballybeg depot) and same panel otherwise.\n\n"
            "The calendar entry below has been updated. Sorry for the change.\n\n"
            "Orla\n\n" + SUIRVALLEY_SIG
        ),
        ics=dict(method="REQUEST", uid="sv-panel-0210-278@suirvalleybus.example.ie", seq=1,
                 start="2026-02-13 11:00 +0000", end="2026-02-13 11:45 +0000",
                 summary="Interview: Transport Scheduler - Cormac Lindqvist-Otieno",
                 location="Suir Valley Bus, Depot Road, Ballybeg, Waterford",
                 organizer=ORLA),
        ics_cte="7bit",
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="slaney_cancel_interviewer_ill", lang="en",
        company="Slaney Harbour Company", contact="grainne.kehoe@slaneyharbour.example.ie",
        frm=GRAINNE, frm_enc="utf-8:Q",
        subject="Cancelled: Interview - Marine Operations Scheduler",
        date="2026-03-17 13:40 +0000",
        refs=["slaney_interview_ics"],
        text=(
            "Dear Cormac,\n\n"
            "I'm sorry to say that Fergal is unwell and we have had to cancel Thursday's "
            "interview. The calendar entry has been withdrawn. We will be in touch about a "
            "new date once he is back.\n\n"
            "Kind regards,\n"
            "Gráinne Kehoe\n"
            "HR Administrator\n"
        ),
        ics=dict(method="CANCEL", uid="slaney-int-0319-278@slaneyharbour.example.ie", seq=1,
                 start="2026-03-19 14:00 +0000", end="2026-03-19 15:00 +0000",
                 summary="Cancelled: Interview - Marine Operations Scheduler",
                 location="Harbour Office, Crescent Quay, Wexford",
                 organizer=GRAINNE),
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="harbourline_client_moved", lang="en",
        company="Ferrycarrig Coaches", contact="roisin.barry@harbourline.example.ie",
        frm=ROISIN, frm_enc="iso-8859-1:B",
        subject="Re: Interview confirmed with Ferrycarrig Coaches - Mon 11 May",
        date="2026-05-07 14:55 +0100",
        refs=["harbourline_ferrycarrig_interview"],
        text=reply(
            "Hi Cormac,\n\n"
            "Small change: Paddy has a coach in for its DOE test on Monday morning and needs "
            "to be there, so Ferrycarrig have asked to push your interview to Wednesday 13 May "
            "at 10:00. Same place, same people. I've told them that should be fine, but shout "
            "if it isn't.\n\n"
            "Róisín\n",
            "en", "Thu, 7 May 2026 at 08:30", CAND_NAME, CAND_ADDR,
            "Hi Róisín,\n\n"
            "Confirmed for Monday at 11:30, thanks a million. I'll ring you Friday to go "
            "through it.\n\n"
            "Cormac\n",
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="celticquay_interviewer_ill", lang="en",
        company="Celtic Quay Logistics", contact="ciara.byrne@celticquay.example.ie",
        frm=("Ciara Byrne", "ciara.byrne@celticquay.example.ie"),
        subject="Transport Planner interview - new time",
        date="2026-06-18 16:12 +0100",
        refs=["celticquay_icims_video"],
        text=(
            "Hi Cormac,\n\n"
            "Unfortunately Paul, who was due to interview you tomorrow, is out sick. I will "
            "send a new invitation for next week as soon as I have his diary.\n\n"
            "Apologies for the late notice.\n\n"
            "Ciara\n"
        ),
        html=outlook_html(
            "Hi Cormac,\n\n"
            "Unfortunately Paul, who was due to interview you tomorrow, is out sick. I will "
            "send a new invitation for next week as soon as I have his diary.\n\n"
            "Apologies for the late notice.\n\n"
            "Ciara\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="comeragh_venue_change", lang="en",
        company="Comeragh County Council", contact="declan.furlong@comeraghcoco.example.ie",
        frm=("Furlong, Declan", "declan.furlong@comeraghcoco.example.ie"),
        subject="RE: Competition 2026/HR/014 - CHANGE OF VENUE AND TIME",
        date="2026-03-09 15:20 +0000",
        refs=["comeragh_taleo_ack", "comeragh_assessment_centre"],
        text=outlook_reply(
            "A Chara,\n\n"
            "Please note that, owing to works in County Hall, the assessment day on Tuesday "
            "24 March has been moved to the Council Chamber, Civic Offices, Davitt's Quay, "
            "Dungarvan. The written exercise will now begin at 13:00 and your interview is "
            "scheduled for 14:40. The date is unchanged.\n\n"
            "I apologise for any inconvenience. Please confirm receipt of this email.\n\n"
            "Is mise le meas,\n"
            "Declan Furlong\n"
            "Staff Officer, Human Resources Department\n"
            "Comeragh County Council\n",
            "en", "Furlong, Declan <declan.furlong@comeraghcoco.example.ie>",
            "02 March 2026 10:00", "cormac.lo@example.ie",
            "Competition 2026/HR/014 - invitation to interview and assessment",
            "A Chara,\n\n"
            "Following the shortlisting process, I am pleased to invite you to the assessment "
            "stage of the above competition, which will take place on Tuesday 24 March 2026 "
            "at County Hall, Lismore Road, Dungarvan, starting at 09:30.\n"
            "[...]\n",
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="leefreight_moved_later", lang="en",
        company="Lee Freight Logistics", contact="aisling.murphy@leefreight.example.ie",
        frm=("Aisling Murphy", "aisling.murphy@leefreight.example.ie"),
        subject="Can we move Friday's interview to 14:30?",
        date="2026-03-16 10:07 +0000",
        refs=["leefreight_lever_schedule"],
        text=(
            "Hi Cormac,\n\n"
            "You booked Friday 20 March at 11:00 for your interview. Brian now has a "
            "customer audit that morning; would 14:30 the same day work instead? Everything "
            "else stays the same.\n\n"
            "If that's fine I'll update the invite in Lever and you'll get a new calendar "
            "entry.\n\n"
            "Thanks for your flexibility,\n"
            "Aisling\n\n"
            "Aisling Murphy\n"
            "Recruitment Lead | Lee Freight Logistics\n"
            "M: +353 86 555 0177\n"
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="fleetwise_cancel_no_reject", lang="en",
        company="Fleetwise Routing", contact="tom.okafor@fleetwise.example.ie",
        frm=("Tom Okafor", "no-reply@ashbyhq.com"),
        reply_to=("Tom Okafor", "tom.okafor@fleetwise.example.ie"),
        subject="Canceled: Interview with Fleetwise Routing",
        date="2026-07-09 18:20 +0100",
        refs=["fleetwise_ashby_ack", "fleetwise_ashby_schedule"],
        text=(
            "Hi Cormac,\n\n"
            "I'm cancelling our interview on Monday 13 July. Our board is revisiting the "
            "hiring plan for the second half of the year and we have paused every open "
            "process until the headcount is confirmed.\n\n"
            "This isn't a decision about your application, which stays open. I'll come back "
            "to you as soon as I know more, most likely in August.\n\n"
            "Tom Okafor\n"
            "Talent, Fleetwise Routing\n"
        ),
        ics=dict(method="CANCEL", uid="ashby-fw-impl-7c1d3e9b@ashbyhq.com", seq=2,
                 start="2026-07-13 15:00 +0100", end="2026-07-13 15:45 +0100",
                 summary="Interview: Implementation Specialist (Scheduling)",
                 location="Google Meet", organizer=("Tom Okafor", "no-reply@ashbyhq.com")),
        ics_attach=True,
    ),
    # 8 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="dublin_bay_postponed_weather", lang="en",
        key="dublin_bay_postponed",
        company="Dublin Bay Shuttle", contact="leanne.carroll@dublinbayshuttle.example.ie",
        frm=("Leanne Carroll", "leanne.carroll@dublinbayshuttle.example.ie"),
        subject="POSTPONED: Service Scheduler assessment centre",
        date="2026-08-31 17:45 +0100",
        refs=["dublin_bay_bamboohr_ack", "dublin_bay_assessment_invite"],
        charset="windows-1252", cte="8bit",
        text=(
            "Dear Cormac,\n\n"
            "With Met Éireann’s orange wind warning for Thursday, and our operations team "
            "needed on the road, we have postponed this week’s assessment centre.\n\n"
            "It will now take place on Thursday 17 September, same times and same venue. "
            "Please reply to let me know you can still attend; if the new date is a problem "
            "we will do our best to find an alternative.\n\n"
            "Best regards,\n"
            "Leanne Carroll\n"
            "People Team, Dublin Bay Shuttle\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="barrow_friday_instead", lang="en",
        company="Barrow Valley Coaches", contact="pat@barrowvalleycoaches.example.ie",
        frm=("Pat Brophy", "pat@barrowvalleycoaches.example.ie"),
        subject="Re: Planner job",
        date="2026-06-03 07:10 +0100",
        refs=["barrow_own_application", "barrow_got_your_cv", "barrow_free_thursday"],
        text=reply(
            "Change of plan, I've a wedding run Thursday. Can we do Friday instead, same time? "
            "Come to the yard in Royal Oak this time, not Bagenalstown.\n\n"
            "Pat\n",
            "en", "Tue, 2 Jun 2026, 20:15", "Pat Brophy", "pat@barrowvalleycoaches.example.ie",
            "Cormac, are you free Thursday to chat about the planner job? Say 4 o'clock at the "
            "Bagenalstown depot, I'll show you the board we use for the school runs and we can "
            "have a cup of tea. Nothing formal.\n\n"
            "Pat\n",
        ),
    ),
    # 10 (de) ---------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="rheinufer_verschoben_seq", lang="de",
        company="Rheinufer Verkehrsbetriebe", contact="juergen.albers@rheinufer-vb.example.de",
        frm=JUERGEN, frm_enc="iso-8859-1:Q",
        subject="Aktualisiert: Vorstellungsgespräch am Freitag, 24.04., 14:00 Uhr",
        subj_enc="utf-8:Q",
        date="2026-04-18 08:40 +0200",
        refs=["rheinufer_personio_eingang", "rheinufer_vorstellungsgespraech_ics",
              "own_terminverschiebung_rheinufer"],
        text=reply(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "kein Problem – wir verschieben das Gespräch auf Freitag, den 24. April, 14:00 Uhr. "
            "Ort und Gesprächspartner bleiben gleich. Die Kalendereinladung habe ich "
            "entsprechend aktualisiert.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jürgen Albers\n"
            "Rheinufer Verkehrsbetriebe GmbH\n",
            "de", "Fr., 17. Apr. 2026 um 19:02", CAND_NAME, CAND_ADDR,
            "Sehr geehrter Herr Albers,\n\n"
            "leider ist mein Flug nach Düsseldorf am 22. April gestrichen worden. Wäre es "
            "möglich, das Gespräch auf den 24. April zu verschieben?\n\n"
            "Mit freundlichen Grüßen\n"
            "Cormac Lindqvist-Otieno\n",
        ),
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="rvb-vg-0422-278@rheinufer-vb.example.de", seq=1,
                 start="2026-04-24 14:00 +0200", end="2026-04-24 15:00 +0200",
                 summary="Vorstellungsgespräch Dienstplanung – Lindqvist-Otieno",
                 location="Betriebshof Lierenfeld, Verwaltungsgebäude, Raum 2.14",
                 organizer=JUERGEN),
    ),
    # 11 (de) ---------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="kreisverwaltung_abgesagt", lang="de",
        company="Kreisverwaltung Rhein-Düssel", contact="b.schaefer@kreis-rheinduessel.example.de",
        frm=("Schäfer, Brigitte", "b.schaefer@kreis-rheinduessel.example.de"),
        frm_enc="utf-8:Q",
        subject="Absage des Termins am 26.08. – Verfahren 2026-118",
        subj_enc="utf-8:Q",
        date="2026-08-19 12:02 +0200",
        refs=["kreisverwaltung_eingangsbestaetigung", "kreisverwaltung_auswahlgespraech"],
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "leider müssen wir den Termin für das Auswahlgespräch am 26. August absagen, da "
            "die Auswahlkommission an diesem Tag nicht vollständig besetzt werden kann.\n\n"
            "Ihre Bewerbung bleibt selbstverständlich im Verfahren. Einen neuen Termin, "
            "voraussichtlich in der zweiten Septemberwoche, teilen wir Ihnen in den nächsten "
            "Tagen mit.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n"
            "Brigitte Schäfer\n"
            "Kreisverwaltung Rhein-Düssel – Amt 10\n"
        ),
        cte="base64",
    ),
    # 12 (fr) ---------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="deule_nouveau_creneau", lang="fr",
        company="Transports de la Deûle", contact="camille.deschamps@transports-deule.example.fr",
        frm=CAMILLE,
        subject="Mise à jour : Entretien - Chargé(e) de planification - jeudi 9 avril",
        subj_enc="iso-8859-1:B",
        date="2026-04-06 17:20 +0200",
        refs=["deule_teamtailor_accuse", "deule_entretien_visio"],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Bonjour Monsieur Lindqvist-Otieno,\n\n"
            "M. Caron étant retenu demain par une réunion de crise sur le réseau, nous devons "
            "décaler notre entretien. Je vous propose le jeudi 9 avril à 9 h 30, toujours sur "
            "Teams ; le lien reste le même et l'invitation a été mise à jour.\n\n"
            "Toutes nos excuses pour ce changement tardif.\n\n"
            "Bien cordialement,\n"
            "Camille Deschamps\n"
            "Transports de la Deûle\n"
        ),
        ics=dict(method="REQUEST", uid="tdd-entretien-278@transports-deule.example.fr", seq=1,
                 start="2026-04-09 09:30 +0200", end="2026-04-09 10:30 +0200",
                 summary="Entretien - Chargé(e) de planification - C. Lindqvist-Otieno",
                 location="Microsoft Teams",
                 description="Rejoindre : https://teams.example.fr/l/meetup-join/tdd-0407",
                 organizer=CAMILLE),
    ),
    # 13 (fr) ---------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="vauban_annulation", lang="fr",
        company="Université Vauban du Nord", contact="patrice.lemaire@univ-vauban.example.fr",
        frm=("Patrice Lemaire", "patrice.lemaire@univ-vauban.example.fr"),
        subject="Annulé : Entretien téléphonique BIATSS-26-112",
        subj_enc="utf-8:Q",
        date="2026-07-06 08:55 +0200",
        refs=["vauban_entretien_telephonique"],
        text=(
            "Monsieur,\n\n"
            "Je suis contraint d'annuler l'entretien téléphonique prévu mercredi 8 juillet. "
            "Le recrutement sur ce poste est suspendu quelques jours, le temps d'examiner une "
            "demande de mobilité interne. Je reviendrai vers vous dès que la situation sera "
            "clarifiée.\n\n"
            "Avec mes excuses,\n"
            "Patrice Lemaire\n"
            "Université Vauban du Nord – DRH\n"
        ),
        cte="8bit",
        ics=dict(method="CANCEL", uid="uvn-biatss-26-112-tel@univ-vauban.example.fr", seq=1,
                 start="2026-07-08 11:00 +0200", end="2026-07-08 11:30 +0200",
                 summary="Annulé : Entretien téléphonique BIATSS-26-112",
                 organizer=("Patrice Lemaire", "patrice.lemaire@univ-vauban.example.fr")),
    ),
    # 14 (es) ---------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="autobuses_ebro_cambio_hora", lang="es",
        company="Autobuses del Ebro", contact="begona.lasheras@autobusesebro.example.es",
        frm=("Begoña Lasheras", "begona.lasheras@autobusesebro.example.es"),
        frm_enc="iso-8859-1:Q",
        subject="RE: Entrevista - cambio de hora",
        subj_enc="iso-8859-1:Q",
        date="2026-03-05 09:31 +0100",
        refs=["autobuses_ebro_recruitee_acuse", "autobuses_ebro_entrevista"],
        charset="iso-8859-1", cte="quoted-printable",
        text=outlook_reply(
            "Hola de nuevo, Cormac:\n\n"
            "Álvaro tiene que estar a primera hora en la inspección de los vehículos nuevos, "
            "así que necesitamos cambiar la hora de la entrevista del martes 10: pasaría de "
            "las 9:00 a las 12:30. El lugar sigue siendo el mismo.\n\n"
            "¿Te sigue encajando?\n\n"
            "Gracias,\n"
            "Begoña\n",
            "es", "Begoña Lasheras <begona.lasheras@autobusesebro.example.es>",
            "lunes, 2 de marzo de 2026 12:48", "Cormac Lindqvist-Otieno",
            "Entrevista - Técnico/a de Planificación de Servicios",
            "Hola Cormac:\n\n"
            "Te proponemos el martes 10 de marzo a las 9:00 en nuestras oficinas de la "
            "avenida de Cataluña 280, Zaragoza.\n",
        ),
    ),
    # 15 (es) ---------------------------------------------------------------------------
    dict(
        kind="interview_reschedule_or_cancel", slug="pilarense_aplazada", lang="es",
        company="Universidad Pilarense", contact="pilar.ezquerra@unipilarense.example.es",
        frm=PILAR,
        subject="Aplazamiento de la entrevista – Técnico de Movilidad",
        subj_enc="utf-8:B",
        date="2026-09-14 09:02 +0200",
        refs=["pilarense_entrevista_panel"],
        text=(
            "Estimado Sr. Lindqvist-Otieno:\n\n"
            "Por enfermedad de uno de los miembros de la comisión, la entrevista prevista "
            "para el 16 de septiembre queda aplazada al martes 22 a las 10:00 en el mismo "
            "lugar.\n\n"
            "Disculpe las molestias.\n"
        ),
        cte="base64",
        ics=dict(method="REQUEST", uid="pas-2026-31-entrevista-07@unipilarense.example.es",
                 seq=1, start="2026-09-22 10:00 +0200", end="2026-09-22 10:40 +0200",
                 summary="Entrevista PAS-2026-31 Técnico de Movilidad (aplazada)",
                 location="Edificio Paraninfo, sala de juntas 2",
                 organizer=PILAR),
    ),
]

MISSED = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="norelink_tried_calling_twice", lang="en",
        company="Nore Link Rail", contact="siobhan.dalton@norelink.example.ie",
        frm=SIOBHAN, frm_enc="utf-8:Q",
        subject="Missed call this morning",
        date="2026-02-04 10:17 +0000",
        refs=["norelink_phone_screen"],
        text=(
            "Hi Cormac, I tried calling you twice at 10:00 for our phone screen but couldn't\n"
            "get through.\n\n"
            "Hopefully everything is OK. Let me know if you'd still like to chat and we can "
            "find another time.\n\n"
            "Siobhán Dalton\n"
            "Talent Partner, Nore Link Rail\n"
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="barrow_waited_at_depot", lang="en",
        company="Barrow Valley Coaches", contact="pat@barrowvalleycoaches.example.ie",
        frm=("Pat Brophy", "pat@barrowvalleycoaches.example.ie"),
        subject="Re: Planner job",
        date="2026-06-05 16:48 +0100",
        refs=["barrow_own_application", "barrow_got_your_cv", "barrow_free_thursday",
              "barrow_friday_instead"],
        text=(
            "Cormac, we waited for you at the yard in Royal Oak from 4 till nearly half 4 and "
            "no sign of you. Tried your phone, went to voicemail. Did you go to "
            "Bagenalstown?\n\n"
            "Pat\n\n"
            "Sent from my Galaxy\n"
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="poolbeg_waited_teams", lang="en",
        company="Poolbeg Marine Terminals", contact="gavin.kinsella@poolbegmarine.example.ie",
        frm=("Kinsella, Gavin", "gavin.kinsella@poolbegmarine.example.ie"),
        subject="RE: Teams interview - Vessel and Berth Scheduler - Mon 10 Aug 10:00",
        date="2026-08-10 10:24 +0100",
        refs=["poolbeg_teams_interview"],
        text=outlook_reply(
            "Hi Cormac,\n\n"
            "Aoife and I waited on Teams for 15 minutes this morning but you didn't join, and "
            "we couldn't reach you on the number on your CV.\n\n"
            "If there was a technical problem please let me know today.\n\n"
            "Gavin\n",
            "en", "Kinsella, Gavin <gavin.kinsella@poolbegmarine.example.ie>",
            "03 August 2026 13:14", "Cormac Lindqvist-Otieno",
            "Teams interview - Vessel and Berth Scheduler - Mon 10 Aug 10:00",
            "Hi Cormac,\n\n"
            "Thanks for your application for the Vessel and Berth Scheduler role. I would like "
            "to invite you to an interview on Microsoft Teams on Monday 10 August at 10:00.\n",
        ),
        html=outlook_html(outlook_reply(
            "Hi Cormac,\n\n"
            "Aoife and I waited on Teams for 15 minutes this morning but you didn't join, and "
            "we couldn't reach you on the number on your CV.\n\n"
            "If there was a technical problem please let me know today.\n\n"
            "Gavin\n",
            "en", "Kinsella, Gavin <gavin.kinsella@poolbegmarine.example.ie>",
            "03 August 2026 13:14", "Cormac Lindqvist-Otieno",
            "Teams interview - Vessel and Berth Scheduler - Mon 10 Aug 10:00",
            "Hi Cormac,\n\n"
            "Thanks for your application for the Vessel and Berth Scheduler role. I would like "
            "to invite you to an interview on Microsoft Teams on Monday 10 August at 10:00.\n",
        )),
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="kestrel_client_rang", lang="en",
        company="Kestrel Talent", contact="darragh.nolan@kestreltalent.example.ie",
        frm=("Darragh Nolan", "darragh.nolan@kestreltalent.example.ie"),
        subject="Client call at 11",
        date="2026-05-20 11:26 +0100",
        refs=["kestrel_registration", "kestrel_phone_screen"],
        text=(
            "Hi Cormac,\n\n"
            "The client tried you at 11:00 for the phone interview but it rang out. Can you "
            "give me a shout when you get this?\n\n"
            "Darragh\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="marble_city_no_show_trial", lang="en",
        company="Marble City Logistics", contact="sinead.comerford@marblecitylogistics.example.ie",
        frm=("Sinéad Comerford", "sinead.comerford@marblecitylogistics.example.ie"),
        frm_enc="utf-8:B",
        subject="Re: Trial day in the planning office - Monday 20 July",
        date="2026-07-20 09:35 +0100",
        refs=["marble_city_trial_day"],
        text=reply(
            "Hi Cormac,\n\n"
            "We were expecting you at the gatehouse at 8 this morning for your trial day. "
            "Tadhg has been waiting since then and there's been no word from you. I've left a "
            "voicemail too.\n\n"
            "Sinéad\n",
            "en", "Mon, 13 Jul 2026 at 09:50", "Sinéad Comerford",
            "sinead.comerford@marblecitylogistics.example.ie",
            "Monday 20 July, 08:00 to 16:00, at our site on the Hebron Road, Kilkenny. Ask for "
            "me at the gatehouse.\n",
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="hook_head_no_show_video", lang="en",
        company="Hook Head Ferries", contact="colm.whelan@hookheadferries.example.ie",
        frm=("Colm Whelan", "colm.whelan@hookheadferries.example.ie"),
        subject="Our video call today",
        date="2026-09-24 15:40 +0100",
        text=(
            "Dear Cormac,\n\n"
            "I was on the video link at 15:00 today for our conversation about the Crossing "
            "Schedules Coordinator job, as agreed last week, but you didn't appear. I stayed "
            "on for twenty minutes in case you had trouble connecting.\n\n"
            "I'll assume something came up. Please let me know by Friday if you want to "
            "continue with your application.\n\n"
            "Regards,\n"
            "Colm Whelan\n"
            "Operations Manager\n"
            "Hook Head Ferries\n"
            "Ballyhack Quay, New Ross, Co. Wexford\n"
            "051 555 0109\n\n"
            "Hook Head Ferries Ltd is registered in Ireland. This email and any attachments "
            "are intended only for the named recipient.\n"
        ),
        html=simple_html(
            "Dear Cormac,\n\n"
            "I was on the video link at 15:00 today for our conversation about the Crossing "
            "Schedules Coordinator job, as agreed last week, but you didn't appear. I stayed "
            "on for twenty minutes in case you had trouble connecting.\n\n"
            "I'll assume something came up. Please let me know by Friday if you want to "
            "continue with your application.\n\n"
            "Regards,\n"
            "Colm Whelan\n"
            "Operations Manager\n"
            "Hook Head Ferries\n"
            "Ballyhack Quay, New Ross, Co. Wexford\n"
            "051 555 0109\n\n"
            "Hook Head Ferries Ltd is registered in Ireland. This email and any attachments "
            "are intended only for the named recipient.",
        ),
    ),
    # 7 (de) ----------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="reisholz_nicht_erreicht", lang="de",
        company="Reisholzer Hafenlogistik", contact="svenja.kraemer@reisholzer-hafen.example.de",
        frm=("Svenja Krämer", "svenja.kraemer@reisholzer-hafen.example.de"),
        frm_enc="utf-8:Q",
        subject="Unser Telefontermin heute um 10 Uhr",
        date="2026-05-05 10:41 +0200",
        refs=["reisholz_softgarden_eingang"],
        text=(
            "Hallo Herr Lindqvist-Otieno,\n\n"
            "wir hatten heute um 10:00 Uhr unser telefonisches Interview vereinbart. Ich habe "
            "Sie zweimal unter der angegebenen Nummer angerufen, Sie aber leider nicht "
            "erreicht.\n\n"
            "Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich gern bei mir, "
            "dann suchen wir einen neuen Termin.\n\n"
            "Viele Grüße\n"
            "Svenja Krämer\n"
            "Reisholzer Hafenlogistik GmbH\n"
        ),
        cte="quoted-printable",
    ),
    # 8 (de) ----------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="personalwerk_kunde_gewartet", lang="de",
        company="Spedition Kaiserswerth", contact="dennis.hoffmann@personalwerk-rhein.example.de",
        frm=("Dennis Hoffmann", "dennis.hoffmann@personalwerk-rhein.example.de"),
        subject="Termin heute mit Herrn Brandt",
        date="2026-06-24 11:05 +0200",
        refs=["personalwerk_kunde_interview"],
        text=(
            "Hallo Herr Lindqvist-Otieno,\n\n"
            "Herr Brandt von der Spedition Kaiserswerth hat heute um 10 Uhr eine halbe Stunde "
            "im Videocall auf Sie gewartet. Ist etwas dazwischengekommen?\n\n"
            "Gruß\n"
            "Dennis Hoffmann\n"
        ),
        cte="8bit",
    ),
    # 9 (fr) ----------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="deule_attendu_teams", lang="fr",
        company="Transports de la Deûle", contact="camille.deschamps@transports-deule.example.fr",
        frm=CAMILLE,
        subject="Entretien de ce matin",
        date="2026-04-09 10:05 +0200",
        refs=["deule_entretien_visio", "deule_nouveau_creneau"],
        text=(
            "Bonjour Monsieur Lindqvist-Otieno,\n\n"
            "M. Caron et moi-même vous avons attendu sur Teams ce matin à 9 h 30, mais vous "
            "ne vous êtes pas connecté. J'ai également essayé de vous joindre par téléphone, "
            "sans succès.\n\n"
            "Pouvez-vous me dire ce qu'il s'est passé ?\n\n"
            "Cordialement,\n"
            "Camille Deschamps\n"
            "Transports de la Deûle\n"
        ),
        cte="quoted-printable",
    ),
    # 10 (es) ---------------------------------------------------------------------------
    dict(
        kind="missed_interview_notice", slug="moncayo_no_contesta", lang="es",
        company="Plataforma Logística Moncayo", contact="lucia.sancho@plmoncayo.example.es",
        frm=("Lucía Sancho", "lucia.sancho@plmoncayo.example.es"),
        frm_enc="utf-8:Q",
        subject="Entrevista telefónica de hoy",
        subj_enc="utf-8:Q",
        date="2026-04-20 12:18 +0200",
        refs=["moncayo_acuse"],
        text=(
            "Hola Cormac:\n\n"
            "Te he llamado a las 12:00, como habíamos quedado, para la entrevista telefónica, "
            "y no has contestado. He vuelto a intentarlo a las 12:10.\n\n"
            "Si sigues interesado en el puesto, escríbeme y buscamos otro momento.\n\n"
            "Un saludo,\n"
            "Lucía Sancho\n"
            "RR. HH. – Plataforma Logística Moncayo\n"
        ),
        cte="base64",
    ),
]

MESSAGES = INVITES + RESCHEDULES + MISSED

assert len(INVITES) == 26 and len(RESCHEDULES) == 15 and len(MISSED) == 10
