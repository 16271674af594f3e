"""Corpus 191, interviews: 26 invitations, 15 reschedules/cancellations, 10 missed-interview
notices, all hand-written specs."""

from __future__ import annotations

from msgs191_common import (
    CAND,
    ats_card,
    button,
    gmail_html,
    mso,
    outlook_html,
    paras,
)

M = dict

HAMISH = [CAND]

INVITATIONS = [
    # 1 ---------------------------------------------------------------------------------
    M(
        key="gcc-inv",
        kind="interview_invitation", slug="panel_ics_granitecoast", lang="en",
        company="Granite Coast Council", contact="lorna.bremner@granitecoast.example.co.uk",
        frm=("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk"),
        subject="Interview invitation - GIS Technician (Ref GCC/ENV/2291)",
        date="2026-02-04 10:15", tz="uk",
        text=(
            "Dear Hamish\n\n"
            "GIS Technician, Environment and Infrastructure - Ref GCC/ENV/2291\n\n"
            "I am pleased to invite you to a panel interview for the above post on "
            "Tuesday 17 February 2026 at 10:00, in Committee Room 3, Granite Coast House, "
            "Broad Street, Aberdeen AB10 1XX. Please report to the main reception ten "
            "minutes beforehand.\n\n"
            "The panel will be Graeme Wishart (GIS Team Leader), Parveen Akhtar (Roads "
            "Asset Manager) and me. The interview will last about 45 minutes, including a "
            "short practical exercise on a council laptop - you won't need to bring "
            "anything except photo ID and proof of your right to work.\n\n"
            "A calendar invitation is attached. Please accept it, or reply to me, to "
            "confirm you can attend, and let me know if you need any adjustments.\n\n"
            "Kind regards\n\n"
            "Lorna Bremner\n"
            "HR Officer (Recruitment)\n"
            "Granite Coast Council\n"
            "Granite Coast House, Broad Street, Aberdeen AB10 1XX\n"
            "01224 496 702\n"
        ),
        html=outlook_html(mso(
            "Dear Hamish\n\n"
            "GIS Technician, Environment and Infrastructure - Ref GCC/ENV/2291\n\n"
            "I am pleased to invite you to a panel interview for the above post on "
            "Tuesday 17 February 2026 at 10:00, in Committee Room 3, Granite Coast House, "
            "Broad Street, Aberdeen AB10 1XX. Please report to the main reception ten "
            "minutes beforehand.\n\n"
            "The panel will be Graeme Wishart (GIS Team Leader), Parveen Akhtar (Roads "
            "Asset Manager) and me. The interview will last about 45 minutes, including a "
            "short practical exercise on a council laptop - you won't need to bring "
            "anything except photo ID and proof of your right to work.\n\n"
            "A calendar invitation is attached. Please accept it, or reply to me, to "
            "confirm you can attend, and let me know if you need any adjustments.\n\n"
            "Kind regards\n\n"
            "Lorna Bremner\n"
            "HR Officer (Recruitment)\n"
            "Granite Coast Council\n"
            "Granite Coast House, Broad Street, Aberdeen AB10 1XX\n"
            "01224 496 702"
        )),
        cal=M(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000091C4GCC2291",
                 seq=0, summary="Interview: GIS Technician (GCC/ENV/2291)",
                 start="2026-02-17 10:00", end="2026-02-17 10:45", tz="uk",
                 organizer=("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk"),
                 location="Committee Room 3, Granite Coast House, Broad Street, Aberdeen",
                 description="Panel interview with practical exercise. Bring photo ID."),
        cal_mode="alt",
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        key="ckw-inv",
        kind="interview_invitation", slug="phone_screen_clyde", lang="en",
        company="Clyde & Kelvin Water", contact="ailsa.drummond@clydekelvinwater.example.co.uk",
        frm=("Ailsa Drummond", "ailsa.drummond@clydekelvinwater.example.co.uk"),
        subject="GIS Technician (Network Records) - quick phone call?",
        date="2026-01-20 14:02", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "I look after recruitment for our Network Records team and I've been reading "
            "your application with interest.\n\n"
            "Before we put shortlists to the panel, I'd like a 20-minute phone screen with "
            "you - mainly to talk through your QGIS course, your availability and the "
            "shift pattern on the role. Would Friday 23 January at 10:00 work? I'll call "
            "you on 07700 900482 unless you'd prefer another number.\n\n"
            "If Friday is no good, give me two or three other slots this week or next.\n\n"
            "Thanks,\n"
            "Ailsa\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
            "0141 496 0375\n"
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        key="ckw-reinv",
        kind="interview_invitation", slug="reinvite_after_missed_call_clyde", lang="en",
        company="Clyde & Kelvin Water", contact="ailsa.drummond@clydekelvinwater.example.co.uk",
        frm=("Ailsa Drummond", "ailsa.drummond@clydekelvinwater.example.co.uk"),
        subject="RE: Missed call this morning - GIS Technician",
        date="2026-01-23 15:40", tz="uk",
        parent="ckw-miss", quote="outlook",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for ringing back at lunchtime - no harm done, a sorting-office shift "
            "running over is a perfectly good excuse.\n\n"
            "We covered what I needed on the call, so I've skipped the screen and put you "
            "straight onto the panel shortlist. You're invited to interview on Friday 30 "
            "January at 11:00 at Dalmarnock Works, 200 Swanston Street, Glasgow G40 4XX. "
            "It'll be Gordon Reid (Network Records Manager) and one of his senior "
            "technicians, about an hour, including a map-reading exercise.\n\n"
            "Can you reply to confirm? Parking is available on site; just give your name "
            "at the barrier.\n\n"
            "Best,\n"
            "Ailsa\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
            "0141 496 0375\n"
        ),
        html=outlook_html(mso(
            "Hi Hamish,\n\n"
            "Thanks for ringing back at lunchtime - no harm done, a sorting-office shift "
            "running over is a perfectly good excuse.\n\n"
            "We covered what I needed on the call, so I've skipped the screen and put you "
            "straight onto the panel shortlist. You're invited to interview on Friday 30 "
            "January at 11:00 at Dalmarnock Works, 200 Swanston Street, Glasgow G40 4XX. "
            "It'll be Gordon Reid (Network Records Manager) and one of his senior "
            "technicians, about an hour, including a map-reading exercise.\n\n"
            "Can you reply to confirm? Parking is available on site; just give your name "
            "at the barrier.\n\n"
            "Best,\nAilsa\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
            "0141 496 0375"
        )),
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        key="hss-inv",
        kind="interview_invitation", slug="casual_thursday_chat_highland", lang="en",
        company="Highland Spatial Surveys", contact="euan@highlandspatial.example.co.uk",
        frm=("Euan Macrae", "euan@highlandspatial.example.co.uk"),
        subject="Your CV - fancy a chat?",
        date="2026-03-02 19:12", tz="uk",
        text=(
            "Evening Hamish,\n\n"
            "Saw your CV come through from the Inverness jobs board. A postie who has "
            "taught himself QGIS is exactly the kind of person we like - we're a wee team "
            "of five and most of us came into mapping sideways.\n\n"
            "Are you free Thursday to chat? Around 4pm suits me. I can ring you, or we "
            "can do a video call if you'd rather put a face to the name. Nothing formal, "
            "I'll tell you about the job and you can tell me what you're after.\n\n"
            "Cheers,\n"
            "Euan\n\n"
            "Euan Macrae\n"
            "Director, Highland Spatial Surveys\n"
            "Longman Drive, Inverness IV1 1XX | 01463 496 300\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        key="tay-inv",
        kind="interview_invitation", slug="greenhouse_scheduling_link", lang="en",
        company="Taybridge Geomatics", contact="morag.finnie@taybridgegeo.example.co.uk",
        frm=("Morag Finnie via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Morag Finnie", "morag.finnie@taybridgegeo.example.co.uk"),
        subject="Interview availability - Junior GIS Technician at Taybridge Geomatics",
        date="2026-03-17 03:30", tz="-0700",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for applying for the Junior GIS Technician role. We'd like to invite "
            "you to a 45-minute interview with Pawel Nowak, our Geospatial Lead, at our "
            "Dundee office.\n\n"
            "Please choose a time that suits you using the link below. Slots are "
            "available from Monday 23 to Thursday 26 March.\n\n"
            "https://app.greenhouse.io/scheduling/self/9f3c2a7e41d0\n\n"
            "Once you book, you'll get a calendar invitation with directions.\n\n"
            "Looking forward to meeting you,\n"
            "Morag\n"
        ),
        html=(
            "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + paras(
                "Hi Hamish,\n\n"
                "Thanks for applying for the Junior GIS Technician role. We'd like to invite "
                "you to a 45-minute interview with Pawel Nowak, our Geospatial Lead, at our "
                "Dundee office.\n\n"
                "Please choose a time that suits you using the link below. Slots are "
                "available from Monday 23 to Thursday 26 March."
            )
            + "\n" + button("Choose your interview time",
                            "https://app.greenhouse.io/scheduling/self/9f3c2a7e41d0", "#24a47f")
            + "\n" + paras("Once you book, you'll get a calendar invitation with directions."
                           "\n\nLooking forward to meeting you,\nMorag")
            + "\n<p style=\"color:#999;font-size:11px\">Sent via Greenhouse</p>\n"
            "</body></html>\n"
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        key="tay-inv2",
        kind="interview_invitation", slug="new_invite_after_cancel_ics", lang="en",
        company="Taybridge Geomatics", contact="morag.finnie@taybridgegeo.example.co.uk",
        frm=("Morag Finnie", "morag.finnie@taybridgegeo.example.co.uk"),
        subject="New interview time - Junior GIS Technician",
        date="2026-03-26 10:30", tz="uk",
        parent="tay-cancel", quote="outlook",
        text=(
            "Hi Hamish,\n\n"
            "Good news - Pawel is back on his feet. I've sent a fresh invitation for "
            "Wednesday 1 April at 14:00, same place (Unit 4, Technology Park). Please "
            "accept it if that works, or reply with another afternoon that week.\n\n"
            "Thanks for being so understanding.\n\n"
            "Morag\n\n"
            "Morag Finnie\nPeople & Culture Lead, Taybridge Geomatics\n"
            "Unit 4, Technology Park, Dundee DD2 1XX\n"
        ),
        cal=M(method="REQUEST", uid="tgeo-int-hdo-20260401@taybridgegeo.example.co.uk",
                 seq=0, summary="Interview - Junior GIS Technician (Hamish Delacroix-Oyelowo)",
                 start="2026-04-01 14:00", end="2026-04-01 14:45", tz="uk",
                 organizer=("Morag Finnie", "morag.finnie@taybridgegeo.example.co.uk"),
                 location="Taybridge Geomatics, Unit 4, Technology Park, Dundee",
                 attendees=[("Hamish Delacroix-Oyelowo", "hamish.do@example.co.uk"),
                            ("Pawel Nowak", "pawel.nowak@taybridgegeo.example.co.uk")]),
        cal_mode="alt", cal_cte="7bit",
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        key="nor-inv",
        kind="interview_invitation", slug="teamtailor_video_booking", lang="en",
        company="Nordhav Energi", contact="",
        frm=("Nordhav Energi", "nordhav@teamtailor-mail.com"),
        subject="Book your video interview with Nordhav Energi",
        date="2026-04-09 08:15", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Nordhav Energi", "#0b3d91",
            paras(
                "Hi Hamish,\n\n"
                "Great news - the team behind the GIS Technician role in Bergen would like to "
                "get to know you in a 30-minute video interview on Microsoft Teams.\n\n"
                "Pick a time that works for you. Your interviewers will be Ingrid Solheim "
                "(HR) and Torstein Aase (Head of Geodata). The interview is held in "
                "English."
            ) + "\n" + button("Book a time", "https://nordhav.teamtailor.com/meetings/b7e21",
                              "#0b3d91")
            + "\n" + paras("See you soon!\nNordhav Energi"),
            "You received this email because you applied for a job at Nordhav Energi. "
            "Powered by Teamtailor.",
            preheader="Choose a slot for your video interview",
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        key="dev-inv",
        kind="interview_invitation", slug="agency_client_interview_spey", lang="en",
        company="Spey Valley Water", contact="zoe.abernethy@deverontalent.example.co.uk",
        frm=("Zoë Abernethy", "zoe.abernethy@deverontalent.example.co.uk"),
        name_enc=("utf-8", "B"),
        subject="Interview confirmed - Spey Valley Water, Mon 27 April",
        date="2026-04-14 12:20", tz="uk",
        parent="dev-reg",
        text=(
            "Hi Hamish,\n\n"
            "Spey Valley Water loved your CV and want to meet you! Details:\n\n"
            "Role: GIS Technician (Network Data), permanent, Aviemore\n"
            "When: Monday 27 April, 10:00\n"
            "Where: Spey Valley Water, Dalfaber Road depot, Aviemore PH22 1XX\n"
            "Who: Iain Stoddart, Network Data Manager, plus someone from HR\n"
            "Format: competency interview and a short look at some network plans\n\n"
            "I'll call you on Thursday to go through prep. Bring your driving licence - "
            "they'll want to see it because the role covers the depots.\n\n"
            "Zoë\n\n"
            "Zoë Abernethy | Consultant | Deveron Talent\n"
            "Bank Street, Huntly AB54 8XX | 07700 900 664\n"
        ),
        html=gmail_html(
            "Hi Hamish,\n\n"
            "Spey Valley Water loved your CV and want to meet you! Details:\n\n"
            "Role: GIS Technician (Network Data), permanent, Aviemore\n"
            "When: Monday 27 April, 10:00\n"
            "Where: Spey Valley Water, Dalfaber Road depot, Aviemore PH22 1XX\n"
            "Who: Iain Stoddart, Network Data Manager, plus someone from HR\n"
            "Format: competency interview and a short look at some network plans\n\n"
            "I'll call you on Thursday to go through prep. Bring your driving licence - "
            "they'll want to see it because the role covers the depots.\n\n"
            "Zoë\n\n"
            "Zoë Abernethy | Consultant | Deveron Talent\n"
            "Bank Street, Huntly AB54 8XX | 07700 900 664"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        key="dah-inv",
        kind="interview_invitation", slug="assessment_centre_pdf_bamboohr", lang="en",
        company="Dundee & Angus Housing Partnership", contact="kirsty.lowden@dahp.example.co.uk",
        frm=("Dundee & Angus Housing Partnership", "no-reply@bamboohr.com"),
        reply_to=("Kirsty Lowden", "kirsty.lowden@dahp.example.co.uk"),
        subject="Invitation to our assessment centre - Asset Data & GIS Officer",
        date="2026-07-06 09:00", tz="utc",
        text=(
            "Dear Hamish,\n\n"
            "Congratulations - you have been shortlisted for the Asset Data & GIS Officer "
            "post and we would like to invite you to our assessment centre.\n\n"
            "Date: Thursday 16 July 2026\n"
            "Time: 09:30 to 15:30 (lunch provided)\n"
            "Venue: Seagate House, 12 Seagate, Dundee DD1 2XX\n\n"
            "The day includes an in-tray exercise, a mapping exercise in QGIS, a group "
            "discussion and a short interview. The attached timetable explains each part.\n\n"
            "Please reply to Kirsty Lowden by Friday 10 July to confirm your place and to "
            "tell us about any adjustments you need. Travel expenses over GBP 20 can be "
            "claimed.\n\n"
            "Kind regards,\n"
            "Kirsty Lowden\n"
            "HR Adviser (Resourcing), Dundee & Angus Housing Partnership\n"
        ),
        pdfs=[M(filename="DAHP_assessment_centre_timetable.pdf",
                   title="Assessment centre timetable",
                   lines=["Dundee & Angus Housing Partnership",
                          "Assessment centre - Asset Data & GIS Officer",
                          "Thursday 16 July 2026, Seagate House, Dundee",
                          "", "09:30  Welcome and introductions",
                          "10:00  In-tray exercise (60 min)",
                          "11:15  Mapping exercise in QGIS (60 min)",
                          "12:30  Lunch", "13:15  Group discussion (45 min)",
                          "14:15  Interview with two assessors (30 min)",
                          "15:30  Close"])],
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        key="brae-inv",
        kind="interview_invitation", slug="trial_day_field_brae", lang="en",
        company="Brae Survey Services", contact="alison.cowie@braesurvey.example.co.uk",
        frm=("Alison Cowie", "alison.cowie@braesurvey.example.co.uk"),
        subject="Re: CV - survey / CAD technician",
        date="2026-08-12 12:05", tz="uk",
        parent="brae-ack", quote="gmail",
        text=(
            "Hi Hamish,\n\n"
            "Stuart has had a look at your CV and would like you to come out for a paid "
            "trial day with one of the site crews before we decide anything.\n\n"
            "Wednesday 19 August, meet at our yard (Unit 7, Denmore Road) at 07:30. You'll "
            "spend the morning on a topographic survey at Portlethen and the afternoon "
            "back in the office drawing it up in CAD. Wear boots and bring waterproofs - "
            "we'll supply the hi-vis and hard hat.\n\n"
            "Can you make that? A quick reply is fine.\n\n"
            "Alison\n\n"
            "Alison Cowie | Office Manager\n"
            "Brae Survey Services | 01224 496 545\n"
        ),
    ),
    # 11 --------------------------------------------------------------------------------
    M(
        key="cla-inv",
        kind="interview_invitation", slug="lever_pick_a_time", lang="en",
        company="Clachnaharry Engineering", contact="fraser.urquhart@clachnaharry.example.co.uk",
        frm=("Fraser Urquhart", "no-reply@hire.lever.co"),
        reply_to=("Fraser Urquhart", "fraser.urquhart@clachnaharry.example.co.uk"),
        subject="Clachnaharry Engineering - next step for GIS Technician",
        date="2026-08-17 08:41", tz="utc",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for your application for GIS Technician at Clachnaharry Engineering.\n\n"
            "I'd like to set up a 45-minute video interview with me and our civils team "
            "lead. Please pick whichever slot suits you here:\n"
            "https://hire.lever.co/interviews/schedule/clachnaharry/3d9be0\n\n"
            "If none of the times work, reply to this email and we'll find another.\n\n"
            "Best,\n"
            "Fraser Urquhart\n"
            "Talent Coordinator, Clachnaharry Engineering\n"
            "Canal Road, Inverness IV3 8XX\n"
        ),
        html=ats_card(
            "Clachnaharry Engineering", "#334155",
            paras(
                "Hi Hamish,\n\n"
                "Thanks for your application for GIS Technician at Clachnaharry "
                "Engineering.\n\n"
                "I'd like to set up a 45-minute video interview with me and our civils team "
                "lead. Please pick whichever slot suits you."
            ) + "\n" + button("Pick a time",
                              "https://hire.lever.co/interviews/schedule/clachnaharry/3d9be0",
                              "#334155")
            + "\n" + paras(
                "If none of the times work, reply to this email and we'll find another.\n\n"
                "Best,\nFraser Urquhart\n"
                "Talent Coordinator, Clachnaharry Engineering"),
            "Clachnaharry Engineering, Canal Road, Inverness IV3 8XX. Sent with Lever.",
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    M(
        key="rcu-inv",
        kind="interview_invitation", slug="university_panel_presentation", lang="en",
        company="Royal Caledon University", contact="elspeth.baird@royalcaledon.example.ac.uk",
        frm=("Elspeth Baird", "elspeth.baird@royalcaledon.example.ac.uk"),
        subject="Vacancy 4471 GIS Technician (Estates) - invitation to interview",
        date="2026-04-20 11:48", tz="uk",
        text=(
            "Dear Mr Delacroix-Oyelowo\n\n"
            "Vacancy 4471 - GIS Technician (Estates), Grade 5\n\n"
            "Thank you for your application. I am delighted to invite you to interview on "
            "Tuesday 5 May 2026 at 10:30 in Room G.14, Old Infirmary Building, 1 Lauriston "
            "Place, Edinburgh.\n\n"
            "The panel will ask you to give a ten-minute presentation on: \"How would you "
            "keep the University's building and room data accurate as the estate "
            "changes?\" You may bring slides on a memory stick or use paper. The "
            "presentation will be followed by a 40-minute interview.\n\n"
            "I attach a calendar entry. Please confirm your attendance by replying to "
            "this email.\n\n"
            "Yours sincerely\n\n"
            "Elspeth Baird\n"
            "HR Recruitment Team, Royal Caledon University\n"
            "0131 496 0215\n\n"
            "The Royal Caledon University is a charitable body, registered in Scotland, with "
            "registration number SC005678.\n"
        ),
        cal=M(method="REQUEST", uid="RCU-4471-INT-HDO@royalcaledon.example.ac.uk", seq=0,
                 summary="Interview: GIS Technician (Estates) - vacancy 4471",
                 start="2026-05-05 10:30", end="2026-05-05 11:30", tz="uk",
                 organizer=("Elspeth Baird", "elspeth.baird@royalcaledon.example.ac.uk"),
                 location="Room G.14, Old Infirmary Building, 1 Lauriston Place, Edinburgh",
                 description="10-minute presentation followed by a 40-minute interview."),
        cal_mode="both",
    ),
    # 13 --------------------------------------------------------------------------------
    M(
        key="cor-inv",
        kind="interview_invitation", slug="headhunter_client_wants_meeting", lang="en",
        company="Corrie Search Partners", contact="rory@corriesearch.example.co.uk",
        frm=("Rory Gillanders", "rory@corriesearch.example.co.uk"),
        subject="Re: Confidential - GIS role, Perth area",
        date="2026-03-05 13:22", tz="uk",
        parent="cor-cold", quote="gmail",
        text=(
            "Hamish,\n\n"
            "Good to speak yesterday. I've shared your profile (anonymised) and my client "
            "would like to meet you. They're still keeping the search confidential, so "
            "I can't name them in writing yet - I'll tell you on the phone.\n\n"
            "Proposed: Tuesday 17 March, 14:00, at their offices just off the A9 in "
            "Perth. First-stage interview with the head of asset information, roughly an "
            "hour, fairly conversational.\n\n"
            "Can you let me know today or tomorrow whether that works?\n\n"
            "Rory\n\n"
            "Rory Gillanders\nPartner, Corrie Search Partners\nm. 07700 900 271\n"
        ),
    ),
    # 14 --------------------------------------------------------------------------------
    M(
        key="vkd-inv",
        kind="interview_invitation", slug="teams_outlook_bergen", lang="en",
        company="Vestkyst Kartdata", contact="sindre.haugland@vestkyst-kartdata.example.no",
        frm=("Sindre Haugland", "sindre.haugland@vestkyst-kartdata.example.no"),
        subject="Interview for GIS Technician - Microsoft Teams",
        date="2026-05-12 09:05", tz="cet",
        text=(
            "Hi Hamish,\n\n"
            "Thank you for your application to Vestkyst Kartdata. We would like to invite "
            "you to a first interview on Microsoft Teams on Wednesday 20 May at 10:00 "
            "Norwegian time (09:00 in Aberdeen).\n\n"
            "You will meet me and Marte Lie from our cadastral mapping team. We will talk "
            "about your background, the role, and relocation to Bergen. The meeting link "
            "is in the calendar invitation.\n\n"
            "Join the meeting: https://teams.example.no/l/meetup-join/19%3ameeting_vkd0520\n\n"
            "Best regards,\n"
            "Sindre Haugland\n"
            "HR Manager | Vestkyst Kartdata AS\n"
            "Damsgårdsveien 131, 5160 Laksevåg | +47 55 00 72 40\n"
        ),
        html=outlook_html(mso(
            "Hi Hamish,\n\n"
            "Thank you for your application to Vestkyst Kartdata. We would like to invite "
            "you to a first interview on Microsoft Teams on Wednesday 20 May at 10:00 "
            "Norwegian time (09:00 in Aberdeen).\n\n"
            "You will meet me and Marte Lie from our cadastral mapping team. We will talk "
            "about your background, the role, and relocation to Bergen. The meeting link "
            "is in the calendar invitation.\n\n"
            "Join the meeting: https://teams.example.no/l/meetup-join/19%3ameeting_vkd0520\n\n"
            "Best regards,\n"
            "Sindre Haugland\n"
            "HR Manager | Vestkyst Kartdata AS\n"
            "Damsgårdsveien 131, 5160 Laksevåg | +47 55 00 72 40"
        ), lang_tag="NO-BOK"),
        cal=M(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000VKD0520", seq=0,
                 summary="Interview GIS Technician - Hamish Delacroix-Oyelowo",
                 start="2026-05-20 10:00", end="2026-05-20 11:00", tz="cet",
                 organizer=("Sindre Haugland", "sindre.haugland@vestkyst-kartdata.example.no"),
                 location="Microsoft Teams Meeting",
                 description="Join: https://teams.example.no/l/meetup-join/19%3ameeting_vkd0520"),
        cal_mode="alt",
    ),
    # 15 --------------------------------------------------------------------------------
    M(
        key="kls-inv",
        kind="interview_invitation", slug="second_round_kelvin_lidar", lang="en",
        company="Kelvin Lidar Solutions", contact="siobhan.nibhriain@kelvinlidar.example.co.uk",
        frm=("Siobhán Ní Bhriain", "siobhan.nibhriain@kelvinlidar.example.co.uk"),
        name_enc=("utf-8", "Q"),
        subject="Second interview - GIS / Point Cloud Technician",
        date="2026-06-08 10:10", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for your time last Tuesday - Callum and I both enjoyed the "
            "conversation.\n\n"
            "We'd like you to come back for a second interview at the office on Wednesday "
            "10 June at 14:00. This round is more hands-on: you'll spend about an hour "
            "classifying a small point cloud in CloudCompare with one of our "
            "technicians, then we'll have a chat with the two directors.\n\n"
            "Let me know if that suits.\n\n"
            "Siobhán\n\n"
            "Siobhán Ní Bhriain\n"
            "Operations Director, Kelvin Lidar Solutions\n"
            "Suite 3/2, 58 Kelvinhaugh Street, Glasgow G3 8XX\n"
        ),
        cte="quoted-printable",
    ),
    # 16 --------------------------------------------------------------------------------
    M(
        key="hgd-inv",
        kind="interview_invitation", slug="personio_telefoninterview", lang="de",
        company="Hanseatische Geodatendienste",
        contact="jana.petersen@hanseatische-geodaten.example.de",
        frm=("Hanseatische Geodatendienste GmbH", "no-reply@personio.de"),
        reply_to=("Jana Petersen", "jana.petersen@hanseatische-geodaten.example.de"),
        subject="Einladung zum Telefoninterview – GIS-Techniker (m/w/d)",
        subj_enc=("utf-8", "B"),
        date="2026-03-10 12:40", tz="utc",
        text=(
            "Hallo Herr Delacroix-Oyelowo,\n\n"
            "vielen Dank für Ihre Bewerbung als GIS-Techniker (m/w/d). Ihr Profil hat uns "
            "neugierig gemacht, und wir möchten Sie gern in einem ersten Telefoninterview "
            "kennenlernen.\n\n"
            "Termin: Dienstag, 17. März 2026, 10:00 Uhr (MEZ)\n"
            "Dauer: ca. 30 Minuten\n"
            "Gesprächspartnerin: Jana Petersen, Recruiting\n\n"
            "Wir rufen Sie unter der in Ihrer Bewerbung angegebenen Nummer an. Das "
            "Gespräch führen wir gern auf Englisch oder Deutsch.\n\n"
            "Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.\n\n"
            "Viele Grüße\n"
            "Jana Petersen\n"
            "Hanseatische Geodatendienste GmbH\n"
        ),
        html=ats_card(
            "Hanseatische Geodatendienste", "#00457c",
            paras(
                "Hallo Herr Delacroix-Oyelowo,\n\n"
                "vielen Dank für Ihre Bewerbung als GIS-Techniker (m/w/d). Ihr Profil hat "
                "uns neugierig gemacht, und wir möchten Sie gern in einem ersten "
                "Telefoninterview kennenlernen.\n\n"
                "Termin: Dienstag, 17. März 2026, 10:00 Uhr (MEZ)\n"
                "Dauer: ca. 30 Minuten\n"
                "Gesprächspartnerin: Jana Petersen, Recruiting\n\n"
                "Wir rufen Sie unter der in Ihrer Bewerbung angegebenen Nummer an. Das "
                "Gespräch führen wir gern auf Englisch oder Deutsch.\n\n"
                "Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.\n\n"
                "Viele Grüße\nJana Petersen"
            ),
            "Hanseatische Geodatendienste GmbH · Am Sandtorkai 12 · 20457 Hamburg",
        ),
    ),
    # 17 --------------------------------------------------------------------------------
    M(
        key="elb-inv",
        kind="interview_invitation", slug="vor_ort_outlook_ics", lang="de",
        company="Elbufer Vermessung", contact="till.brodersen@elbufer-vermessung.example.de",
        frm=("Till Brodersen", "till.brodersen@elbufer-vermessung.example.de"),
        subject="Einladung zum Vorstellungsgespräch am 29. April",
        date="2026-04-20 08:55", tz="cet",
        text=(
            "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
            "vielen Dank für Ihre Bewerbung als Vermessungs- und GIS-Techniker. Wir würden "
            "Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch "
            "in unser Büro ein:\n\n"
            "Mittwoch, 29. April 2026, 10:00 Uhr\n"
            "Elbufer Vermessung, Veringstraße 45, 21107 Hamburg (S-Bahn Wilhelmsburg)\n\n"
            "Im Gespräch sind Herr Dipl.-Ing. Kai Ahlers und ich. Planen Sie bitte etwa "
            "90 Minuten ein; wir zeigen Ihnen auch unsere Messausrüstung.\n\n"
            "Eine Kalendereinladung liegt bei. Reisekosten erstatten wir nach "
            "Rücksprache.\n\n"
            "Mit freundlichen Grüßen\n"
            "Till Brodersen\n"
            "Büroleitung\n\n"
            "Elbufer Vermessung GmbH & Co. KG\n"
            "Veringstraße 45, 21107 Hamburg · Tel. 040 5550 1873\n"
        ),
        html=outlook_html(mso(
            "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
            "vielen Dank für Ihre Bewerbung als Vermessungs- und GIS-Techniker. Wir würden "
            "Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch "
            "in unser Büro ein:\n\n"
            "Mittwoch, 29. April 2026, 10:00 Uhr\n"
            "Elbufer Vermessung, Veringstraße 45, 21107 Hamburg (S-Bahn Wilhelmsburg)\n\n"
            "Im Gespräch sind Herr Dipl.-Ing. Kai Ahlers und ich. Planen Sie bitte etwa "
            "90 Minuten ein; wir zeigen Ihnen auch unsere Messausrüstung.\n\n"
            "Eine Kalendereinladung liegt bei. Reisekosten erstatten wir nach "
            "Rücksprache.\n\n"
            "Mit freundlichen Grüßen\n"
            "Till Brodersen\nBüroleitung\n\n"
            "Elbufer Vermessung GmbH & Co. KG\n"
            "Veringstraße 45, 21107 Hamburg · Tel. 040 5550 1873"
        ), lang_tag="DE"),
        cal=M(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000ELB0429HDO", seq=0,
                 summary="Vorstellungsgespräch Hamish Delacroix-Oyelowo",
                 start="2026-04-29 10:00", end="2026-04-29 11:30", tz="cet",
                 organizer=("Till Brodersen", "till.brodersen@elbufer-vermessung.example.de"),
                 location="Elbufer Vermessung, Veringstraße 45, 21107 Hamburg"),
        cal_mode="both",
    ),
    # 18 --------------------------------------------------------------------------------
    M(
        key="alw-inv",
        kind="interview_invitation", slug="telefontermin_alsterwerke", lang="de",
        company="Alsterwerke Hamburg", contact="merle.johannsen@alsterwerke.example.de",
        frm=("Merle Johannsen", "merle.johannsen@alsterwerke.example.de"),
        subject="Ihre Bewerbung: GIS-Sachbearbeiter Netzdokumentation - Telefontermin für Dienstag",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-03 14:17", tz="cet",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Guten Tag Herr Delacroix-Oyelowo,\n\n"
            "danke für Ihre Unterlagen. Wir möchten gern mit Ihnen sprechen und schlagen "
            "ein Telefonat am Dienstag, 9. Juni, um 14:00 Uhr vor. Ich habe Ihnen dafür "
            "eine Terminanfrage geschickt.\n\n"
            "Themen: Ihre Erfahrungen mit QGIS, Ihre Deutschkenntnisse im Arbeitsalltag "
            "und der mögliche Umzug nach Hamburg. Etwa 45 Minuten.\n\n"
            "Passt Ihnen der Termin nicht, nennen Sie mir bitte zwei Alternativen.\n\n"
            "Freundliche Grüße\n"
            "Merle Johannsen\n"
            "Personalreferentin\n"
            "Alsterwerke Hamburg GmbH, Überseering 9, 22297 Hamburg\n"
        ),
        cal=M(method="REQUEST", uid="ALW-GIS-ND-HDO-0609@alsterwerke.example.de", seq=0,
                 summary="Telefoninterview GIS-Sachbearbeiter (Delacroix-Oyelowo)",
                 start="2026-06-09 14:00", end="2026-06-09 14:45", tz="cet",
                 organizer=("Merle Johannsen", "merle.johannsen@alsterwerke.example.de"),
                 location="Telefon"),
        cal_mode="attach",
    ),
    # 19 --------------------------------------------------------------------------------
    M(
        key="bv-inv",
        kind="interview_invitation", slug="agentur_kundentermin_nordlicht", lang="de",
        company="Nordlicht Netze", contact="f.voss@brinkmann-voss.example.de",
        frm=("Frederike Voss", "f.voss@brinkmann-voss.example.de"),
        subject="Vorstellung bei Nordlicht Netze am 3. Juni",
        date="2026-05-27 17:02", tz="cet",
        parent="bv-reg",
        text=(
            "Lieber Herr Delacroix-Oyelowo,\n\n"
            "wie telefonisch besprochen: Nordlicht Netze möchte Sie für die Stelle "
            "GIS-Techniker Leitungsdokumentation kennenlernen.\n\n"
            "Wann: Mittwoch, 3. Juni 2026, 11:00 Uhr\n"
            "Wo: Nordlicht Netze, Hammerbrookstraße 90, 20097 Hamburg, Empfang EG\n"
            "Mit: Herrn Ole Thiessen (Teamleitung Dokumentation) und Frau Aylin Kaya (HR)\n\n"
            "Bitte bringen Sie Ihren Lebenslauf ausgedruckt sowie Ihre Zeugnisse mit. "
            "Sagen Sie mir Bescheid, falls Sie bei der Anreise Unterstützung brauchen.\n\n"
            "Herzliche Grüße und viel Erfolg!\n"
            "Frederike Voss\n\n"
            "Brinkmann & Voss Personalberatung GmbH\n"
            "Ballindamm 17 · 20095 Hamburg · T +49 40 5550 2290\n"
        ),
    ),
    # 20 --------------------------------------------------------------------------------
    M(
        key="gl-inv",
        kind="interview_invitation", slug="smartrecruiters_entretien", lang="fr",
        company="Géomatique Léman", contact="celine.margot@geomatique-leman.example.ch",
        frm=("Céline Margot", "noreply@smartrecruiters.com"),
        reply_to=("Céline Margot", "celine.margot@geomatique-leman.example.ch"),
        name_enc=("iso-8859-1", "B"),
        subject="Invitation à un entretien - Technicien·ne SIG",
        date="2026-02-20 09:12", tz="utc",
        text=(
            "Bonjour Hamish,\n\n"
            "Merci pour votre candidature au poste de technicien·ne SIG. Nous aimerions "
            "vous rencontrer lors d'un entretien dans nos locaux :\n\n"
            "jeudi 26 février 2026 à 14h00\n"
            "Géomatique Léman, Avenue de Rhodanie 58, 1007 Lausanne\n\n"
            "L'entretien durera environ une heure, avec notre responsable de "
            "production, M. Pascal Rey, et moi-même. Il se déroulera en français; nous "
            "pourrons passer à l'anglais pour les questions techniques si besoin.\n\n"
            "Merci de me confirmer votre présence en répondant à ce message.\n\n"
            "Meilleures salutations,\n"
            "Céline Margot\n"
            "Chargée RH, Géomatique Léman SA\n"
        ),
        html=ats_card(
            "Géomatique Léman", "#c2410c",
            paras(
                "Bonjour Hamish,\n\n"
                "Merci pour votre candidature au poste de technicien·ne SIG. Nous aimerions "
                "vous rencontrer lors d'un entretien dans nos locaux :\n\n"
                "jeudi 26 février 2026 à 14h00\n"
                "Géomatique Léman, Avenue de Rhodanie 58, 1007 Lausanne\n\n"
                "L'entretien durera environ une heure, avec notre responsable de "
                "production, M. Pascal Rey, et moi-même. Il se déroulera en français; nous "
                "pourrons passer à l'anglais pour les questions techniques si besoin.\n\n"
                "Merci de me confirmer votre présence en répondant à ce message.\n\n"
                "Meilleures salutations,\nCéline Margot\nChargée RH, Géomatique Léman SA"
            ),
            "Envoyé via SmartRecruiters pour Géomatique Léman SA.",
        ),
    ),
    # 21 --------------------------------------------------------------------------------
    M(
        key="sir-inv",
        kind="interview_invitation", slug="visio_ics_riponne", lang="fr",
        company="Services industriels de la Riponne",
        contact="nicolas.favre@sir-riponne.example.ch",
        frm=("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch"),
        subject="Entretien en visioconférence - dessinateur·trice SIG réseaux",
        date="2026-04-13 16:30", tz="cet",
        text=(
            "Bonjour Monsieur Delacroix-Oyelowo,\n\n"
            "Votre dossier a retenu notre attention et nous vous proposons un premier "
            "entretien en visioconférence le mardi 21 avril à 10h00 (heure suisse).\n\n"
            "Vous trouverez l'invitation et le lien de connexion dans le fichier joint. "
            "Prévoyez 45 minutes; la commission sera composée de Mme Sandrine Jaquier "
            "(RH) et de moi-même.\n\n"
            "Je vous remercie de bien vouloir accepter l'invitation ou de me proposer un "
            "autre créneau.\n\n"
            "Avec mes meilleures salutations,\n\n"
            "Nicolas Favre\n"
            "Responsable géomatique\n"
            "Services industriels de la Riponne\n"
            "Place de la Riponne 10, 1005 Lausanne · +41 21 555 34 12\n"
        ),
        cal=M(method="REQUEST", uid="sir-2026-0421-hdo@sir-riponne.example.ch", seq=0,
                 summary="Entretien SIG réseaux - H. Delacroix-Oyelowo",
                 start="2026-04-21 10:00", end="2026-04-21 10:45", tz="cet",
                 organizer=("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch"),
                 location="Visioconférence",
                 description="Lien: https://visio.sir-riponne.example.ch/r/entretien-sig"),
        cal_mode="both",
    ),
    # 22 --------------------------------------------------------------------------------
    M(
        key="rp-inv",
        kind="interview_invitation", slug="journee_essai_latin1", lang="fr",
        company="Rochat & Perrin Géomètres", contact="s.rochat@rochat-perrin.example.ch",
        frm=("Sébastien Rochat", "s.rochat@rochat-perrin.example.ch"),
        name_enc=("iso-8859-1", "Q"),
        subject="Journée d'essai chez Rochat & Perrin",
        date="2026-06-15 07:58", tz="cet",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Bonjour Hamish,\n\n"
            "Suite à notre échange téléphonique de vendredi, je vous propose de venir "
            "passer une journée d'essai au bureau le lundi 22 juin.\n\n"
            "Rendez-vous à 8h00 au Chemin de Montelly 33, à Lausanne. Le matin, vous "
            "accompagnerez notre équipe sur un levé de mutation parcellaire à "
            "Prilly; l'après-midi, vous travaillerez sur la mise à jour du plan "
            "cadastral avec Mme Perrin.\n\n"
            "La journée est rémunérée. Prévoyez de bonnes chaussures et un vêtement de "
            "pluie.\n\n"
            "Pouvez-vous me confirmer votre venue ?\n\n"
            "Cordialement,\n"
            "Sébastien Rochat\n"
            "Ingénieur géomètre breveté\n"
            "Rochat & Perrin Géomètres Sàrl\n"
            "Chemin de Montelly 33, 1007 Lausanne · 021 555 61 90\n"
        ),
    ),
    # 23 --------------------------------------------------------------------------------
    M(
        key="tr-inv",
        kind="interview_invitation", slug="agence_rdv_client_teams", lang="fr",
        company="Commune de Praz-Motty", contact="l.bonvin@talents-romands.example.ch",
        frm=("Laure Bonvin", "l.bonvin@talents-romands.example.ch"),
        subject="Entretien avec la Commune de Praz-Motty - lundi 20 juillet",
        date="2026-07-14 11:26", tz="cet",
        parent="tr-reg",
        text=(
            "Bonjour Hamish,\n\n"
            "Bonne nouvelle : la Commune de Praz-Motty souhaite vous rencontrer pour le "
            "poste d'assistant SIG au service technique (mission de 6 mois, possibilité "
            "de reprise en fixe).\n\n"
            "L'entretien aura lieu sur Teams le lundi 20 juillet à 9h00. Vous parlerez "
            "avec M. Jérôme Cuendet, chef du service technique. Voici le lien :\n"
            "https://teams.example.ch/l/meetup-join/praz-motty-0720\n\n"
            "Pensez à tester votre connexion la veille. Appelez-moi après l'entretien "
            "pour me dire comment ça s'est passé !\n\n"
            "Belle journée,\n"
            "Laure Bonvin\n"
            "Consultante | Talents Romands Intérim SA\n"
            "Rue du Petit-Chêne 18, 1003 Lausanne | +41 21 555 80 40\n"
        ),
        html=outlook_html(mso(
            "Bonjour Hamish,\n\n"
            "Bonne nouvelle : la Commune de Praz-Motty souhaite vous rencontrer pour le "
            "poste d'assistant SIG au service technique (mission de 6 mois, possibilité "
            "de reprise en fixe).\n\n"
            "L'entretien aura lieu sur Teams le lundi 20 juillet à 9h00. Vous parlerez "
            "avec M. Jérôme Cuendet, chef du service technique. Voici le lien :\n"
            "https://teams.example.ch/l/meetup-join/praz-motty-0720\n\n"
            "Pensez à tester votre connexion la veille. Appelez-moi après l'entretien "
            "pour me dire comment ça s'est passé !\n\n"
            "Belle journée,\n"
            "Laure Bonvin\n"
            "Consultante | Talents Romands Intérim SA\n"
            "Rue du Petit-Chêne 18, 1003 Lausanne | +41 21 555 80 40"
        ), lang_tag="FR-CH"),
    ),
    # 24 --------------------------------------------------------------------------------
    M(
        key="cc-inv",
        kind="interview_invitation", slug="entrevista_presencial_ics", lang="es",
        company="Cartografía Cantábrica", contact="lucia.ruizdelapena@cartocantabrica.example.es",
        frm=("Lucía Ruiz de la Peña", "lucia.ruizdelapena@cartocantabrica.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Entrevista técnico/a SIG",
        date="2026-05-04 10:44", tz="cet",
        text=(
            "Hola Hamish:\n\n"
            "Gracias por tu candidatura para el puesto de técnico/a SIG. Nos gustaría "
            "conocerte en persona y te proponemos una entrevista el miércoles 13 de mayo "
            "a las 10:00 en nuestra oficina de la calle Castelar 21, en Santander.\n\n"
            "Estaremos Álvaro Sainz, jefe de proyectos, y yo. Dura alrededor de una hora "
            "e incluye una pequeña prueba práctica con QGIS.\n\n"
            "Te envío la convocatoria en el calendario. Si la hora no te viene bien, "
            "dímelo y buscamos otra.\n\n"
            "Un saludo,\n"
            "Lucía Ruiz de la Peña\n"
            "Directora técnica · Cartografía Cantábrica\n"
            "Tel. 942 555 318\n"
        ),
        cal=M(method="REQUEST", uid="cc-entrevista-sig-hdo@cartocantabrica.example.es",
                 seq=0, summary="Entrevista técnico/a SIG - Hamish Delacroix-Oyelowo",
                 start="2026-05-13 10:00", end="2026-05-13 11:00", tz="cet",
                 organizer=("Lucía Ruiz de la Peña",
                            "lucia.ruizdelapena@cartocantabrica.example.es"),
                 location="C/ Castelar 21, 39004 Santander",
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        cal_mode="alt",
    ),
    # 25 --------------------------------------------------------------------------------
    M(
        key="nt-inv",
        kind="interview_invitation", slug="agencia_cliente_besaya", lang="es",
        company="Energías del Besaya", contact="marcos.gandarillas@nortetalento.example.es",
        frm=("Marcos Gandarillas", "marcos.gandarillas@nortetalento.example.es"),
        subject="Entrevista con Energías del Besaya - viernes 24",
        date="2026-07-20 13:15", tz="cet",
        parent="nt-reg",
        text=(
            "Hola Hamish,\n\n"
            "¡Buenas noticias! Energías del Besaya quiere entrevistarte para el puesto de "
            "técnico SIG en su departamento de ingeniería.\n\n"
            "Día: viernes 24 de julio\n"
            "Hora: 12:00\n"
            "Lugar: oficinas de Energías del Besaya, Avenida de Bilbao 8, Torrelavega\n"
            "Con: Raquel Cuesta (responsable de ingeniería) y una persona de RR. HH.\n\n"
            "Llévate el DNI o el pasaporte y, si puedes, algún mapa que hayas hecho tú. "
            "Te llamo el jueves para prepararla juntos.\n\n"
            "Un abrazo,\n"
            "Marcos\n\n"
            "Marcos Gandarillas\n"
            "Consultor de selección · Norte Talento Selección\n"
            "Paseo de Pereda 32, 39004 Santander · 942 555 607\n"
        ),
        html=outlook_html(mso(
            "Hola Hamish,\n\n"
            "¡Buenas noticias! Energías del Besaya quiere entrevistarte para el puesto de "
            "técnico SIG en su departamento de ingeniería.\n\n"
            "Día: viernes 24 de julio\n"
            "Hora: 12:00\n"
            "Lugar: oficinas de Energías del Besaya, Avenida de Bilbao 8, Torrelavega\n"
            "Con: Raquel Cuesta (responsable de ingeniería) y una persona de RR. HH.\n\n"
            "Llévate el DNI o el pasaporte y, si puedes, algún mapa que hayas hecho tú. "
            "Te llamo el jueves para prepararla juntos.\n\n"
            "Un abrazo,\nMarcos\n\n"
            "Marcos Gandarillas\n"
            "Consultor de selección · Norte Talento Selección\n"
            "Paseo de Pereda 32, 39004 Santander · 942 555 607"
        ), lang_tag="ES"),
    ),
    # 26 --------------------------------------------------------------------------------
    M(
        key="uml-inv",
        kind="interview_invitation", slug="comision_seleccion_videollamada", lang="es",
        company="Universidad Marítima de Liencres", contact="beatriz.cobo@umliencres.example.es",
        frm=("Beatriz Cobo Ceballos", "beatriz.cobo@umliencres.example.es"),
        subject="Convocatoria a entrevista - Técnico/a de apoyo SIG (ref. PTGAS-26-07)",
        date="2026-09-07 09:30", tz="cet",
        cte="quoted-printable",
        text=(
            "Estimado Sr. Delacroix-Oyelowo:\n\n"
            "En relación con el proceso de selección de personal técnico de apoyo en SIG "
            "(ref. PTGAS-26-07), la comisión de selección le convoca a la fase de "
            "entrevista personal.\n\n"
            "Fecha y hora: lunes 14 de septiembre de 2026, 11:00 h\n"
            "Modalidad: videollamada (recibirá el enlace el día anterior)\n"
            "Duración estimada: 30 minutos\n\n"
            "Le rogamos que confirme su asistencia respondiendo a este correo antes del "
            "jueves 10 de septiembre.\n\n"
            "Atentamente,\n\n"
            "Beatriz Cobo Ceballos\n"
            "Secretaria de la comisión de selección\n"
            "Servicio de Personal Técnico, de Gestión y de Administración y Servicios\n"
            "Universidad Marítima de Liencres · Campus de la Costa Quebrada, 39120 Liencres\n"
        ),
    ),
]

RESCHEDULES = [
    # 1 ---------------------------------------------------------------------------------
    M(
        key="gcc-move",
        kind="interview_reschedule_or_cancel", slug="sequence_bump_granitecoast", lang="en",
        company="Granite Coast Council", contact="lorna.bremner@granitecoast.example.co.uk",
        frm=("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk"),
        subject="Updated: Interview: GIS Technician (GCC/ENV/2291) - now Thu 19 Feb 14:00",
        date="2026-02-12 16:20", tz="uk",
        parent="gcc-inv", quote="outlook",
        text=(
            "Dear Hamish\n\n"
            "Apologies for the change. Committee Room 3 has been requisitioned for a "
            "licensing hearing on Tuesday morning, so I have moved your interview to "
            "Thursday 19 February at 14:00, same room and the same panel.\n\n"
            "The updated calendar entry replaces the original one. If Thursday afternoon "
            "is a problem, please let me know as soon as you can and I will look for an "
            "alternative.\n\n"
            "Kind regards\n\n"
            "Lorna Bremner\n"
            "HR Officer (Recruitment), Granite Coast Council\n"
            "01224 496 702\n"
        ),
        cal=M(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000091C4GCC2291",
                 seq=1, summary="Interview: GIS Technician (GCC/ENV/2291)",
                 start="2026-02-19 14:00", end="2026-02-19 14:45", tz="uk",
                 organizer=("Lorna Bremner", "lorna.bremner@granitecoast.example.co.uk"),
                 location="Committee Room 3, Granite Coast House, Broad Street, Aberdeen",
                 description="Panel interview with practical exercise. Bring photo ID."),
        cal_mode="alt",
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        key="tay-cancel",
        kind="interview_reschedule_or_cancel", slug="method_cancel_interviewer_ill", lang="en",
        company="Taybridge Geomatics", contact="morag.finnie@taybridgegeo.example.co.uk",
        frm=("Morag Finnie", "morag.finnie@taybridgegeo.example.co.uk"),
        subject="Cancelled: Interview - Junior GIS Technician (Tue 24 Mar 11:00)",
        date="2026-03-23 08:05", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "I'm afraid Pawel has come down with flu and won't be in this week, so I've "
            "had to cancel tomorrow's interview. Very sorry for the short notice.\n\n"
            "Your application is very much still live. As soon as I know when he's back "
            "I'll send you a new invitation.\n\n"
            "Morag\n\n"
            "Morag Finnie\nPeople & Culture Lead, Taybridge Geomatics\n"
        ),
        html=outlook_html(mso(
            "Hi Hamish,\n\n"
            "I'm afraid Pawel has come down with flu and won't be in this week, so I've "
            "had to cancel tomorrow's interview. Very sorry for the short notice.\n\n"
            "Your application is very much still live. As soon as I know when he's back "
            "I'll send you a new invitation.\n\n"
            "Morag\n\n"
            "Morag Finnie\nPeople & Culture Lead, Taybridge Geomatics"
        )),
        cal=M(method="CANCEL", uid="gh-sched-9f3c2a7e41d0-hdo@greenhouse.example", seq=1,
                 summary="Interview - Junior GIS Technician",
                 start="2026-03-24 11:00", end="2026-03-24 11:45", tz="uk",
                 organizer=("Morag Finnie", "morag.finnie@taybridgegeo.example.co.uk"),
                 location="Taybridge Geomatics, Unit 4, Technology Park, Dundee"),
        cal_mode="alt",
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        key="kls-move",
        kind="interview_reschedule_or_cancel", slug="moved_to_friday_kelvin", lang="en",
        company="Kelvin Lidar Solutions", contact="siobhan.nibhriain@kelvinlidar.example.co.uk",
        frm=("Siobhán Ní Bhriain", "siobhan.nibhriain@kelvinlidar.example.co.uk"),
        name_enc=("iso-8859-1", "Q"),
        subject="Re: Second interview - GIS / Point Cloud Technician",
        date="2026-06-09 16:03", tz="uk",
        parent="kls-ask", quote="gmail",
        text=(
            "No problem at all, Hamish. Let's move it to Friday 12 June at 10:00 instead - "
            "same format, same place. I've let the directors know.\n\n"
            "Siobhán\n"
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        key="rcu-cancel",
        kind="interview_reschedule_or_cancel", slug="university_cancels_meeting", lang="en",
        company="Royal Caledon University", contact="elspeth.baird@royalcaledon.example.ac.uk",
        frm=("Elspeth Baird", "elspeth.baird@royalcaledon.example.ac.uk"),
        subject="Cancelled: Interview: GIS Technician (Estates) - vacancy 4471",
        date="2026-04-30 15:10", tz="uk",
        parent="rcu-inv", quote="outlook",
        text=(
            "Dear Mr Delacroix-Oyelowo\n\n"
            "I am sorry to tell you that we have had to cancel the interviews arranged "
            "for Tuesday 5 May, because the chair of the panel has been called to an "
            "urgent estates matter at our Dumfries campus.\n\n"
            "Please be assured that this is not a decision about your application, which "
            "remains under consideration. I will be in touch within the next few days "
            "with new dates.\n\n"
            "With apologies for the inconvenience,\n\n"
            "Elspeth Baird\n"
            "HR Recruitment Team, Royal Caledon University\n\n"
            "The Royal Caledon University is a charitable body, registered in Scotland, with "
            "registration number SC005678.\n"
        ),
        cal=M(method="CANCEL", uid="RCU-4471-INT-HDO@royalcaledon.example.ac.uk", seq=1,
                 summary="Cancelled: Interview: GIS Technician (Estates) - vacancy 4471",
                 start="2026-05-05 10:30", end="2026-05-05 11:30", tz="uk",
                 organizer=("Elspeth Baird", "elspeth.baird@royalcaledon.example.ac.uk"),
                 location="Room G.14, Old Infirmary Building, 1 Lauriston Place, Edinburgh"),
        cal_mode="attach", cal_file="cancel.ics",
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        key="dev-move",
        kind="interview_reschedule_or_cancel", slug="agency_client_moved_afternoon", lang="en",
        company="Spey Valley Water", contact="zoe.abernethy@deverontalent.example.co.uk",
        frm=("Zoë Abernethy", "zoe.abernethy@deverontalent.example.co.uk"),
        name_enc=("utf-8", "Q"),
        subject="Re: Interview confirmed - Spey Valley Water, Mon 27 April",
        date="2026-04-17 09:14", tz="uk",
        parent="dev-inv", quote="gmail",
        text=(
            "Hi Hamish,\n\n"
            "Small change from Spey Valley Water: Iain has a board meeting on Monday "
            "morning, so they've asked to move you to 14:30 the same day. Everything else "
            "stays as it was. Can you confirm that still works with your shifts?\n\n"
            "Zoë\n"
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        key="vkd-move",
        kind="interview_reschedule_or_cancel", slug="calendar_update_bergen", lang="en",
        company="Vestkyst Kartdata", contact="sindre.haugland@vestkyst-kartdata.example.no",
        frm=("Sindre Haugland", "sindre.haugland@vestkyst-kartdata.example.no"),
        subject="Updated invitation: Interview GIS Technician - Thu 21 May 13:00",
        date="2026-05-18 12:47", tz="cet",
        text=(
            "Hi Hamish,\n\n"
            "Marte has to be in the field on Wednesday, so I have moved our Teams "
            "interview to Thursday 21 May at 13:00 Norwegian time (12:00 UK). The link "
            "stays the same. Please accept the updated invitation.\n\n"
            "Best regards,\n"
            "Sindre\n"
        ),
        html=outlook_html(mso(
            "Hi Hamish,\n\n"
            "Marte has to be in the field on Wednesday, so I have moved our Teams "
            "interview to Thursday 21 May at 13:00 Norwegian time (12:00 UK). The link "
            "stays the same. Please accept the updated invitation.\n\n"
            "Best regards,\nSindre"
        ), lang_tag="NO-BOK"),
        cal=M(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000VKD0520", seq=2,
                 summary="Interview GIS Technician - Hamish Delacroix-Oyelowo",
                 start="2026-05-21 13:00", end="2026-05-21 14:00", tz="cet",
                 organizer=("Sindre Haugland", "sindre.haugland@vestkyst-kartdata.example.no"),
                 location="Microsoft Teams Meeting",
                 description="Join: https://teams.example.no/l/meetup-join/19%3ameeting_vkd0520"),
        cal_mode="alt",
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        key="mor-move",
        kind="interview_reschedule_or_cancel", slug="panel_offshore_postponed", lang="en",
        company="Morven Offshore Power", contact="craig.esson@morvenpower.example.co.uk",
        frm=("Craig Esson", "craig.esson@morvenpower.example.co.uk"),
        subject="GIS Technician interview - new date",
        date="2026-05-26 17:31", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "Apologies - I need to postpone your interview on Thursday 28 May. Two of the "
            "panel have been sent offshore to the Buchan Deep platform at short notice "
            "and won't be back until the following week.\n\n"
            "I'll come back to you with a new date once I have their return rota. Nothing "
            "else has changed on our side.\n\n"
            "Best regards,\n"
            "Craig\n\n"
            "Craig Esson | Talent Acquisition Partner\n"
            "Morven Offshore Power Ltd\n"
            "Harbour House, 3 Regent Quay, Aberdeen AB11 5XX\n"
            "T: +44 1224 496 031\n\n"
            "This email and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and "
            "delete it. Morven Offshore Power Ltd, registered in Scotland SC712345.\n"
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        kind="interview_reschedule_or_cancel", slug="lever_system_rescheduled", lang="en",
        company="Clachnaharry Engineering", contact="",
        frm=("Clachnaharry Engineering", "no-reply@hire.lever.co"),
        subject="Your interview with Clachnaharry Engineering has been rescheduled",
        date="2026-08-20 13:02", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Clachnaharry Engineering", "#334155",
            paras(
                "Hi Hamish,\n\n"
                "Your interview for GIS Technician has been rescheduled.\n\n"
                "Previous time: Tuesday 25 August 2026, 10:00 BST\n"
                "New time: Wednesday 26 August 2026, 15:30 BST\n"
                "Where: Video call (link below)\n\n"
                "If the new time doesn't work, use the link to choose another slot."
            ) + "\n" + button("View interview details",
                              "https://hire.lever.co/interviews/clachnaharry/3d9be0", "#334155"),
            "This is an automated message from Lever on behalf of Clachnaharry Engineering.",
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        key="hss-move",
        kind="interview_reschedule_or_cancel", slug="push_to_monday_highland", lang="en",
        company="Highland Spatial Surveys", contact="euan@highlandspatial.example.co.uk",
        frm=("Euan Macrae", "euan@highlandspatial.example.co.uk"),
        subject="Re: Your CV - fancy a chat?",
        date="2026-03-04 07:48", tz="uk",
        parent="hss-inv", quote="gmail",
        text=(
            "Morning Hamish,\n\n"
            "Bit of a change - I'm stuck in Ullapool finishing a harbour survey and the "
            "signal up here is rubbish. Can we push our chat to Monday, same time (4pm)? "
            "I'll phone you then.\n\n"
            "Sorry for the faff,\n"
            "Euan\n\n"
            "Sent from my iPhone\n"
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        key="elb-move",
        kind="interview_reschedule_or_cancel", slug="terminverschiebung_sequence", lang="de",
        company="Elbufer Vermessung", contact="till.brodersen@elbufer-vermessung.example.de",
        frm=("Till Brodersen", "till.brodersen@elbufer-vermessung.example.de"),
        subject="Aktualisiert: Vorstellungsgespräch – neuer Termin 6. Mai",
        subj_enc=("utf-8", "Q"),
        date="2026-04-24 11:20", tz="cet",
        parent="elb-inv", quote="outlook",
        text=(
            "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
            "leider müssen wir unser Gespräch verschieben: Herr Ahlers ist am 29. April "
            "kurzfristig bei einer Grenzfeststellung in Harburg gebunden.\n\n"
            "Neuer Termin: Mittwoch, 6. Mai 2026, 10:00 Uhr, gleicher Ort. Die "
            "Kalendereinladung habe ich entsprechend aktualisiert.\n\n"
            "Ich hoffe, der neue Termin passt Ihnen. Sonst melden Sie sich gern.\n\n"
            "Mit freundlichen Grüßen\n"
            "Till Brodersen\n"
            "Elbufer Vermessung GmbH & Co. KG\n"
        ),
        cal=M(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000ELB0429HDO", seq=1,
                 summary="Vorstellungsgespräch Hamish Delacroix-Oyelowo",
                 start="2026-05-06 10:00", end="2026-05-06 11:30", tz="cet",
                 organizer=("Till Brodersen", "till.brodersen@elbufer-vermessung.example.de"),
                 location="Elbufer Vermessung, Veringstraße 45, 21107 Hamburg"),
        cal_mode="alt", cal_cte="quoted-printable",
    ),
    # 11 --------------------------------------------------------------------------------
    M(
        key="alw-cancel",
        kind="interview_reschedule_or_cancel", slug="termin_abgesagt_cancel", lang="de",
        company="Alsterwerke Hamburg", contact="merle.johannsen@alsterwerke.example.de",
        frm=("Merle Johannsen", "merle.johannsen@alsterwerke.example.de"),
        subject="Abgesagt: Telefoninterview GIS-Sachbearbeiter (Delacroix-Oyelowo)",
        date="2026-06-08 16:45", tz="cet",
        parent="alw-inv",
        text=(
            "Guten Tag Herr Delacroix-Oyelowo,\n\n"
            "ich muss unser Telefonat morgen um 14:00 Uhr leider absagen, da der "
            "Fachbereichsleiter zu einer Störungsbesprechung muss.\n\n"
            "Das Verfahren läuft selbstverständlich weiter. Ich schicke Ihnen bis Ende "
            "der Woche neue Terminvorschläge.\n\n"
            "Freundliche Grüße\n"
            "Merle Johannsen\n"
            "Personalreferentin, Alsterwerke Hamburg GmbH\n"
        ),
        cal=M(method="CANCEL", uid="ALW-GIS-ND-HDO-0609@alsterwerke.example.de", seq=1,
                 summary="Telefoninterview GIS-Sachbearbeiter (Delacroix-Oyelowo)",
                 start="2026-06-09 14:00", end="2026-06-09 14:45", tz="cet",
                 organizer=("Merle Johannsen", "merle.johannsen@alsterwerke.example.de"),
                 location="Telefon"),
        cal_mode="alt",
    ),
    # 12 --------------------------------------------------------------------------------
    M(
        key="sir-move",
        kind="interview_reschedule_or_cancel", slug="report_malade_riponne", lang="fr",
        company="Services industriels de la Riponne",
        contact="nicolas.favre@sir-riponne.example.ch",
        frm=("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch"),
        subject="Mise à jour : Entretien SIG réseaux reporté au mardi 28 avril",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-04-20 07:52", tz="cet",
        parent="sir-inv", quote="gmail",
        text=(
            "Bonjour Monsieur Delacroix-Oyelowo,\n\n"
            "Je suis malheureusement malade et ne pourrai pas assurer notre entretien de "
            "demain. Je vous propose de le reporter au mardi 28 avril, même heure (10h00), "
            "avec le même lien.\n\n"
            "L'invitation du calendrier a été mise à jour. Merci de votre compréhension.\n\n"
            "Nicolas Favre\n"
            "Services industriels de la Riponne\n"
        ),
        cal=M(method="REQUEST", uid="sir-2026-0421-hdo@sir-riponne.example.ch", seq=1,
                 summary="Entretien SIG réseaux - H. Delacroix-Oyelowo",
                 start="2026-04-28 10:00", end="2026-04-28 10:45", tz="cet",
                 organizer=("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch"),
                 location="Visioconférence",
                 description="Lien: https://visio.sir-riponne.example.ch/r/entretien-sig"),
        cal_mode="attach",
    ),
    # 13 --------------------------------------------------------------------------------
    M(
        key="gl-move",
        kind="interview_reschedule_or_cancel", slug="nouvel_horaire_leman", lang="fr",
        company="Géomatique Léman", contact="celine.margot@geomatique-leman.example.ch",
        frm=("Céline Margot", "celine.margot@geomatique-leman.example.ch"),
        subject="RE: Invitation à un entretien - Technicien·ne SIG",
        date="2026-02-24 17:05", tz="cet",
        parent="gl-inv", quote="outlook",
        text=(
            "Bonjour Hamish,\n\n"
            "M. Rey doit se rendre sur un chantier jeudi après-midi. Serait-il possible "
            "de décaler notre rencontre au vendredi 27 février à 9h30 ? Le lieu ne change "
            "pas.\n\n"
            "Dites-moi si ce nouvel horaire vous convient.\n\n"
            "Meilleures salutations,\n"
            "Céline Margot\n"
            "Chargée RH, Géomatique Léman SA\n"
            "+41 21 555 27 03\n"
        ),
        html=outlook_html(mso(
            "Bonjour Hamish,\n\n"
            "M. Rey doit se rendre sur un chantier jeudi après-midi. Serait-il possible "
            "de décaler notre rencontre au vendredi 27 février à 9h30 ? Le lieu ne change "
            "pas.\n\n"
            "Dites-moi si ce nouvel horaire vous convient.\n\n"
            "Meilleures salutations,\n"
            "Céline Margot\n"
            "Chargée RH, Géomatique Léman SA\n"
            "+41 21 555 27 03"
        ), lang_tag="FR-CH"),
    ),
    # 14 --------------------------------------------------------------------------------
    M(
        key="cc-move",
        kind="interview_reschedule_or_cancel", slug="cambio_hora_sequence", lang="es",
        company="Cartografía Cantábrica", contact="lucia.ruizdelapena@cartocantabrica.example.es",
        frm=("Lucía Ruiz de la Peña", "lucia.ruizdelapena@cartocantabrica.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Re: Entrevista técnico/a SIG - nueva hora",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-06 09:25", tz="cet",
        parent="cc-ask", quote="gmail",
        text=(
            "Hola Hamish:\n\n"
            "Sin problema con el vuelo. Pasamos la entrevista a las 16:30 del mismo "
            "miércoles 13 de mayo; ya he actualizado la convocatoria del calendario.\n\n"
            "Nos vemos en Castelar 21.\n\n"
            "Lucía\n"
        ),
        cal=M(method="REQUEST", uid="cc-entrevista-sig-hdo@cartocantabrica.example.es",
                 seq=1, summary="Entrevista técnico/a SIG - Hamish Delacroix-Oyelowo",
                 start="2026-05-13 16:30", end="2026-05-13 17:30", tz="cet",
                 organizer=("Lucía Ruiz de la Peña",
                            "lucia.ruizdelapena@cartocantabrica.example.es"),
                 location="C/ Castelar 21, 39004 Santander",
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        cal_mode="alt",
    ),
    # 15 --------------------------------------------------------------------------------
    M(
        key="nt-cancel",
        kind="interview_reschedule_or_cancel", slug="cliente_aplaza_viernes", lang="es",
        company="Energías del Besaya", contact="marcos.gandarillas@nortetalento.example.es",
        frm=("Marcos Gandarillas", "marcos.gandarillas@nortetalento.example.es"),
        subject="Energías del Besaya - entrevista aplazada",
        date="2026-07-23 18:02", tz="cet",
        text=(
            "Hola Hamish,\n\n"
            "Te escribo deprisa: Energías del Besaya me acaba de llamar para anular la "
            "entrevista de mañana viernes. La responsable de ingeniería tiene una "
            "incidencia en la subestación y no puede atenderte.\n\n"
            "No es un 'no': siguen interesados y me darán nueva fecha la semana que "
            "viene. Te aviso en cuanto la tenga.\n\n"
            "Marcos\n\n"
            "Marcos Gandarillas\n"
            "Consultor de selección · Norte Talento Selección · 942 555 607\n"
        ),
    ),
]

MISSED = [
    # 1 ---------------------------------------------------------------------------------
    M(
        key="nor-miss",
        kind="missed_interview_notice", slug="waited_on_teams_nordhav", lang="en",
        company="Nordhav Energi", contact="ingrid.solheim@nordhav.example.no",
        frm=("Ingrid Solheim", "ingrid.solheim@nordhav.example.no"),
        subject="Video interview - GIS Technician, Bergen",
        date="2026-04-15 09:27", tz="cet",
        text=(
            "Hi Hamish,\n\n"
            "Torstein and I were on Teams at 09:00 for your interview and waited about "
            "fifteen minutes, but you didn't join and we couldn't reach you on the phone "
            "number in your application.\n\n"
            "I hope everything is OK. If something went wrong on your side, send me a "
            "line today and let me know what happened.\n\n"
            "Ingrid\n"
            "--\n"
            "Ingrid Solheim | HR Business Partner\n"
            "Nordhav Energi AS | Kong Oscars gate 60, 5017 Bergen | +47 55 00 41 17\n"
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        key="ckw-miss",
        kind="missed_interview_notice", slug="tried_calling_twice_clyde", lang="en",
        company="Clyde & Kelvin Water", contact="ailsa.drummond@clydekelvinwater.example.co.uk",
        frm=("Ailsa Drummond", "ailsa.drummond@clydekelvinwater.example.co.uk"),
        subject="Missed call this morning - GIS Technician",
        date="2026-01-23 10:25", tz="uk",
        parent="ckw-inv",
        text=(
            "Hi Hamish,\n\n"
            "I tried calling you twice at 10:00 for our phone screen, and again at 10:15, "
            "but it went straight to voicemail each time.\n\n"
            "Could you give me a ring back on 0141 496 0375 when you get this? I'm at my "
            "desk until 4.\n\n"
            "Ailsa\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
        ),
        html=outlook_html(mso(
            "Hi Hamish,\n\n"
            "I tried calling you twice at 10:00 for our phone screen, and again at 10:15, "
            "but it went straight to voicemail each time.\n\n"
            "Could you give me a ring back on 0141 496 0375 when you get this? I'm at my "
            "desk until 4.\n\n"
            "Ailsa\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water"
        )),
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        key="tq-miss",
        kind="missed_interview_notice", slug="agency_client_no_show_buchan", lang="en",
        company="Buchan Pipelines", contact="shona.ritchie@thistlequay.example.co.uk",
        frm=("Shona Ritchie", "shona.ritchie@thistlequay.example.co.uk"),
        subject="Buchan Pipelines - Wednesday",
        date="2026-02-11 14:10", tz="uk",
        parent="tq-reg",
        text=(
            "Hamish,\n\n"
            "I've just had Buchan Pipelines on the phone. They were expecting you at "
            "their Ellon office at 11:00 this morning for the records technician "
            "interview and say you never arrived. Reception have no record of you "
            "signing in.\n\n"
            "Can you call me as soon as you can? I'd like to understand what happened "
            "before I go back to them.\n\n"
            "Shona\n\n"
            "Shona Ritchie\nSenior Consultant, Engineering & Technical\n"
            "Thistle & Quay Recruitment | 01224 496 220\n"
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        key="sdu-miss",
        kind="missed_interview_notice", slug="zoom_panel_no_join_strathdee", lang="en",
        company="Strathdee University", contact="fiona.keir@strathdee.example.ac.uk",
        frm=("Dr Fiona Keir", "fiona.keir@strathdee.example.ac.uk"),
        subject="Today's interview - Research Data Technician (GIS)",
        date="2026-07-01 14:25", tz="uk",
        cte="quoted-printable",
        text=(
            "Dear Hamish,\n\n"
            "The panel was ready on Zoom at 14:00 for your interview for the Research "
            "Data Technician post, and we kept the meeting open until 14:20, but you did "
            "not join.\n\n"
            "We have two more candidates this afternoon, so I can't promise another "
            "slot. If there was a technical problem, please email me by tomorrow "
            "morning and I'll speak to the panel.\n\n"
            "Best wishes,\n\n"
            "Dr Fiona Keir\n"
            "Senior Lecturer in Geographical Information Science\n"
            "School of Geosciences, Strathdee University\n"
            "King's Walk, Aberdeen AB24 9ZZ\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        kind="missed_interview_notice", slug="workable_system_no_show", lang="en",
        company="Cromarty Firth Energy", contact="",
        frm=("Cromarty Firth Energy", "cromarty-firth-energy@workablemail.com"),
        subject="You missed your interview with Cromarty Firth Energy",
        date="2026-09-15 11:05", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Cromarty Firth Energy", "#15803d",
            paras(
                "Hi Hamish,\n\n"
                "It looks like you missed your scheduled video interview for GIS "
                "Technician (Renewables) today at 11:00 BST. Your interviewer was "
                "waiting in the meeting room.\n\n"
                "If something came up, you can let the hiring team know below."
            ) + "\n" + button("Message the hiring team",
                              "https://apply.workable.com/cromarty-firth-energy/messages",
                              "#15803d"),
            "Cromarty Firth Energy, Invergordon. Powered by Workable.",
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        key="pen-miss",
        kind="missed_interview_notice", slug="phone_unreachable_pentland", lang="en",
        company="Pentland Geodata", contact="neil.hutcheson@pentlandgeodata.example.co.uk",
        frm=("Neil Hutcheson", "neil.hutcheson@pentlandgeodata.example.co.uk"),
        subject="Call at 11:30",
        date="2026-09-10 11:52", tz="uk",
        text=(
            "Hamish,\n\n"
            "Rang you at 11:30 as agreed for the phone interview, on the mobile on your "
            "CV. No answer, and no voicemail set up either. Tried again at 11:40.\n\n"
            "Neil Hutcheson\n"
            "Technical Director, Pentland Geodata\n"
            "0131 496 0884\n"
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        key="hgd-miss",
        kind="missed_interview_notice", slug="telefonisch_nicht_erreicht", lang="de",
        company="Hanseatische Geodatendienste",
        contact="jana.petersen@hanseatische-geodaten.example.de",
        frm=("Jana Petersen", "jana.petersen@hanseatische-geodaten.example.de"),
        subject="Unser Telefontermin heute um 10 Uhr",
        date="2026-03-17 10:40", tz="cet",
        text=(
            "Hallo Herr Delacroix-Oyelowo,\n\n"
            "wir hatten heute um 10:00 Uhr unser Telefoninterview vereinbart. Ich habe "
            "Sie zweimal unter +44 7700 900482 angerufen, Sie aber leider nicht "
            "erreicht.\n\n"
            "Vielleicht gab es ein Missverständnis mit der Zeitzone? Bei uns war es "
            "10 Uhr MEZ, bei Ihnen also 9 Uhr. Melden Sie sich gern kurz bei mir.\n\n"
            "Viele Grüße\n"
            "Jana Petersen\n"
            "Recruiting | Hanseatische Geodatendienste GmbH\n"
            "Am Sandtorkai 12 · 20457 Hamburg · Tel. 040 5550 7731\n"
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        key="tr-miss",
        kind="missed_interview_notice", slug="pas_connecte_client_teams", lang="fr",
        company="Commune de Praz-Motty", contact="l.bonvin@talents-romands.example.ch",
        frm=("Laure Bonvin", "l.bonvin@talents-romands.example.ch"),
        subject="Entretien manqué - Commune de Praz-Motty",
        date="2026-07-20 10:05", tz="cet",
        text=(
            "Bonjour Hamish,\n\n"
            "M. Cuendet vient de m'appeler : il vous a attendu sur Teams de 9h00 à 9h20 "
            "et vous ne vous êtes pas connecté. Il n'a pas non plus reçu de message de "
            "votre part.\n\n"
            "Pouvez-vous me rappeler rapidement ? J'aimerais pouvoir lui donner une "
            "explication.\n\n"
            "Laure Bonvin\n"
            "Consultante | Talents Romands Intérim SA | +41 21 555 80 40\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        key="heis-miss",
        kind="missed_interview_notice", slug="absent_entretien_9h", lang="fr",
        company="Haute École d'ingénierie de Sauvabelin",
        contact="anne-laure.chappuis@heis.example.ch",
        frm=("Anne-Laure Chappuis", "anne-laure.chappuis@heis.example.ch"),
        subject="Entretien du 2 septembre - poste 26-118",
        date="2026-09-02 09:48", tz="cet",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Monsieur,\n\n"
            "Nous vous attendions ce matin à 9h00 à la Route de la Clochatte pour "
            "l'entretien relatif au poste de technicien en géoinformation (réf. 26-118). "
            "Vous ne vous êtes pas présenté et nous n'avons reçu aucun message.\n\n"
            "Je vous saurais gré de me faire savoir si vous maintenez votre "
            "candidature.\n\n"
            "Prof. Anne-Laure Chappuis\n"
            "Responsable de l'Institut de géomatique\n"
            "Haute École d'ingénierie de Sauvabelin\n"
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        key="uml-miss",
        kind="missed_interview_notice", slug="no_se_conecto_videollamada", lang="es",
        company="Universidad Marítima de Liencres", contact="beatriz.cobo@umliencres.example.es",
        frm=("Beatriz Cobo Ceballos", "beatriz.cobo@umliencres.example.es"),
        subject="Re: Convocatoria a entrevista - Técnico/a de apoyo SIG (ref. PTGAS-26-07)",
        date="2026-09-14 11:40", tz="cet",
        parent="uml-inv", quote="outlook",
        text=(
            "Estimado Sr. Delacroix-Oyelowo:\n\n"
            "La comisión de selección le ha esperado en la videollamada desde las 11:00 "
            "hasta las 11:25, pero usted no se conectó.\n\n"
            "Conforme a las bases de la convocatoria, la incomparecencia puede suponer "
            "la exclusión del proceso. Si ha existido una causa justificada, le rogamos "
            "que nos la comunique por escrito en un plazo de dos días hábiles.\n\n"
            "Atentamente,\n"
            "Beatriz Cobo Ceballos\n"
            "Secretaria de la comisión de selección\n"
        ),
    ),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED
