# ruff: noqa: C408  (every message is written as a dict(...) spec on purpose)
"""Corpus 278, kind `rejection`: 31 hand-written messages (18 en, 5 de, 4 fr, 4 es)."""

from msgs278_common import (
    CAND_ADDR,
    CAND_NAME,
    CANDIDATE,
    ats_card,
    outlook_html,
    outlook_reply,
    quote,
    reply,
    simple_html,
    wrote,
)

BEFFROI_NO = reply(
    "Bonjour Cormac,\n\n"
    "J'ai eu ce matin le retour des Entrepôts Lesquin après votre entretien de "
    "mardi avec M. Hennebert.\n\n"
    "Malheureusement, ils ne retiennent pas votre profil pour le poste "
    "d'ordonnancement transport : ils ont préféré un candidat déjà formé à leur "
    "logiciel de gestion d'entrepôt, disponible immédiatement.\n\n"
    "Je garde votre dossier actif chez nous et je vous rappelle dès qu'une mission "
    "de planification se présente sur la métropole.\n\n"
    "Belle journée,\n"
    "Sandrine Leroy\n"
    "Consultante recrutement – Intérim Beffroi\n"
    "5 place du Théâtre, 59000 Lille – 03 20 11 22 33\n",
    "fr", "mar. 26 mai 2026 à 16:05", "Sandrine Leroy - Intérim Beffroi",
    "sandrine.leroy@interim-beffroi.example.fr",
    "Bonjour Cormac,\n\n"
    "Comme je vous l'ai dit au téléphone, les Entrepôts Lesquin souhaitent vous "
    "rencontrer pour le poste d'agent d'ordonnancement transport (CDI, équipe de "
    "jour).\n\n"
    "Rendez-vous le mardi 9 juin à 14 h 30, ZI de Lesquin, 8 rue des Saules, "
    "bâtiment C. Vous serez reçu par M. Hennebert, responsable d'exploitation.\n",
)

MESSAGES = [
    # 1 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="liffey_smartrecruiters_card", lang="en",
        company="Liffey Transit Partners", contact="",
        frm=("Liffey Transit Partners", "noreply@smartrecruiters.com"),
        subject="Your application for Network Scheduling Analyst (Ref. LTP-2026-031)",
        date="2026-02-11 16:42 +0000",
        refs=["liffey_smartrecruiters_ack"],
        html=ats_card(
            "Liffey Transit Partners", "#0b6e4f",
            "Dear Cormac,\n\n"
            "Thank you for applying for the Network Scheduling Analyst position in our Dublin "
            "planning team and for the time you put into your application.\n\n"
            "Every application was read by the hiring manager. On this occasion your "
            "application has not been shortlisted, and it will not be progressed further.\n\n"
            "We keep our vacancies page up to date, and you are welcome to apply again for any "
            "future role that suits your experience.\n\n"
            "Kind regards,\nTalent Acquisition\nLiffey Transit Partners",
            footer="This message was sent by SmartRecruiters on behalf of Liffey Transit "
                   "Partners. Please do not reply to this email; the mailbox is not "
                   "monitored.\nPrivacy policy: https://careers.liffeytransit.example.ie/privacy",
            title="Application update",
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="blackwater_post_on_hold", lang="en",
        company="Blackwater University", contact="eimear.walsh@blackwater-uni.example.ie",
        frm=("Blackwater University Recruitment", "blackwateruni@successfactors.eu"),
        reply_to=("Eimear Walsh", "eimear.walsh@blackwater-uni.example.ie"),
        subject="Campus Mobility Scheduling Coordinator (Job Req 40871) - update",
        date="2026-05-20 11:05 +0100",
        refs=["blackwater_successfactors_ack"],
        cte="quoted-printable",
        text=(
            "Dear Cormac Lindqvist-Otieno,\n\n"
            "I am writing about your application for the post of Campus Mobility Scheduling "
            "Coordinator (Job Req 40871) in the Estates and Transport Office.\n\n"
            "Following a review of the 2026/27 estates budget, the University has placed this "
            "post on hold. The competition is therefore closed and we will not proceed with "
            "shortlisting or interviews for it. If the post is approved again it will be "
            "re-advertised as a new competition and a fresh application would be needed.\n\n"
            "I am sorry to bring this news after the time you gave to the application. If you "
            "have questions, you can reply to this email and it will reach me directly.\n\n"
            "Yours sincerely,\n\n"
            "Eimear Walsh\n"
            "Recruitment Officer, Human Resources\n"
            "Blackwater University, Western Road Campus, Cork T12 X8P3\n"
            "+353 21 490 0000\n\n"
            "--\n"
            "This email and any files transmitted with it are confidential and intended solely "
            "for the addressee. If you have received it in error please notify the sender and "
            "delete it. Blackwater University accepts no liability for any loss or damage "
            "caused by software viruses.\n"
        ),
        html=simple_html(
            "Dear Cormac Lindqvist-Otieno,\n\n"
            "I am writing about your application for the post of Campus Mobility Scheduling "
            "Coordinator (Job Req 40871) in the Estates and Transport Office.\n\n"
            "Following a review of the 2026/27 estates budget, the University has placed this "
            "post on hold. The competition is therefore closed and we will not proceed with "
            "shortlisting or interviews for it. If the post is approved again it will be "
            "re-advertised as a new competition and a fresh application would be needed.\n\n"
            "I am sorry to bring this news after the time you gave to the application. If you "
            "have questions, you can reply to this email and it will reach me directly.\n\n"
            "Yours sincerely,\n\n"
            "Eimear Walsh\n"
            "Recruitment Officer, Human Resources\n"
            "Blackwater University, Western Road Campus, Cork T12 X8P3\n"
            "+353 21 490 0000\n\n"
            "This email and any files transmitted with it are confidential and intended solely "
            "for the addressee. If you have received it in error please notify the sender and "
            "delete it. Blackwater University accepts no liability for any loss or damage "
            "caused by software viruses.",
            title="Job Req 40871",
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="norelink_greenhouse_closer_match", lang="en",
        company="Nore Link Rail", contact="siobhan.dalton@norelink.example.ie",
        frm=("Siobhán Dalton via Greenhouse", "no-reply@greenhouse-mail.io"),
        frm_enc="utf-8:Q",
        reply_to=("Siobhán Dalton", "siobhan.dalton@norelink.example.ie"),
        rt_enc="utf-8:B",
        subject="Following up on your Rail Operations Scheduler application",
        date="2026-02-16 14:20 +0000",
        refs=["norelink_greenhouse_ack", "norelink_phone_screen", "norelink_second_slot"],
        text=(
            "Hi Cormac,\n\n"
            "Thanks again for making time for the call last Thursday, and for being so "
            "understanding about the mix-up with the first slot.\n\n"
            "We've now spoken with everyone on the shortlist for the Rail Operations Scheduler "
            "role in Kilkenny. We have decided to move forward with candidates whose experience "
            "more closely matches what the role needs right now, in particular hands-on use of "
            "rail crew diagramming software.\n\n"
            "Your knowledge of the regional bus network came across really well, so please do "
            "keep an eye on our careers page.\n\n"
            "All the best,\n"
            "Siobhán\n\n"
            "Siobhán Dalton | Talent Partner | Nore Link Rail\n"
            "Station House, Dublin Road, Kilkenny R95 K2C8\n"
        ),
        html=simple_html(
            "Hi Cormac,\n\n"
            "Thanks again for making time for the call last Thursday, and for being so "
            "understanding about the mix-up with the first slot.\n\n"
            "We've now spoken with everyone on the shortlist for the Rail Operations Scheduler "
            "role in Kilkenny. We have decided to move forward with candidates whose experience "
            "more closely matches what the role needs right now, in particular hands-on use of "
            "rail crew diagramming software.\n\n"
            "Your knowledge of the regional bus network came across really well, so please do "
            "keep an eye on our careers page.\n\n"
            "All the best,\n"
            "Siobhán\n\n"
            "Siobhán Dalton | Talent Partner | Nore Link Rail\n"
            "Station House, Dublin Road, Kilkenny R95 K2C8",
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="comeragh_council_not_on_panel", lang="en",
        company="Comeragh County Council", contact="declan.furlong@comeraghcoco.example.ie",
        frm=("Furlong, Declan", "declan.furlong@comeraghcoco.example.ie"),
        subject="Competition 2026/HR/014 - Transport Scheduling Officer - outcome",
        date="2026-04-07 15:31 +0100",
        refs=["comeragh_taleo_ack", "comeragh_assessment_centre", "comeragh_venue_change"],
        charset="windows-1252", cte="quoted-printable",
        text=(
            "A Chara,\n\n"
            "Competition reference: 2026/HR/014 – Transport Scheduling Officer (Grade 5)\n\n"
            "I refer to the competitive interview you attended at the Civic Offices, "
            "Dungarvan, on 24 March 2026.\n\n"
            "The interview board has now completed its work. I regret to inform you that you "
            "did not attain the qualifying mark required for placement on the panel from which "
            "appointments will be made, and your candidature in this competition has ended.\n\n"
            "Should you wish to receive feedback on your performance at interview, please "
            "request it in writing within 10 working days of the date of this email.\n\n"
            "The Council thanks you for your interest in this position.\n\n"
            "Is mise le meas,\n\n"
            "Declan Furlong\n"
            "Staff Officer, Human Resources Department\n"
            "Comeragh County Council | Civic Offices | Davitt’s Quay | Dungarvan | Co. Waterford\n"
            "T: 058 20 000 | www.comeraghcoco.example.ie\n\n"
            "**********************************************************************\n"
            "This e-mail and any files transmitted with it are confidential and intended solely "
            "for the use of the individual or entity to whom they are addressed. Any views or "
            "opinions presented are solely those of the author and do not necessarily represent "
            "those of Comeragh County Council. If you have received this e-mail in error please "
            "notify the sender.\n"
            "**********************************************************************\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="leefreight_reply_to_thank_you", lang="en",
        company="Lee Freight Logistics", contact="aisling.murphy@leefreight.example.ie",
        frm=("Aisling Murphy", "aisling.murphy@leefreight.example.ie"),
        subject="Re: Thank you - Transport Planner interview",
        date="2026-04-03 09:48 +0100",
        refs=["leefreight_lever_schedule", "leefreight_thanks_sent@example.ie"],
        text=reply(
            "Hi Cormac,\n\n"
            "Thanks so much for your note, and sorry it has taken me a while to come back to "
            "you.\n\n"
            "The panel enjoyed meeting you, and Brian in particular liked your answer on "
            "covering driver absences at short notice. In the end we've offered the Transport "
            "Planner job to someone who has already run multi-drop routing for a chilled "
            "warehouse, and they have accepted, so I'm afraid we won't be taking your "
            "application any further.\n\n"
            "I'd genuinely be glad to hear from you again when our next planning vacancy "
            "opens.\n\n"
            "Warm regards,\n"
            "Aisling\n\n"
            "Aisling Murphy\n"
            "Recruitment Lead | Lee Freight Logistics\n"
            "Unit 7, Tivoli Industrial Estate, Cork T23 E6P1\n"
            "M: +353 86 555 0177\n",
            "en", "Fri, 20 Mar 2026 at 17:02", CAND_NAME, CAND_ADDR,
            "Hi Aisling,\n\n"
            "Thank you for the interview this afternoon, and please pass my thanks on to Brian "
            "and Joanne as well. I really enjoyed hearing how the planning desk works across "
            "the two shifts.\n\n"
            "I'm very keen on the role and I'm looking forward to hearing about the next "
            "steps.\n\n"
            "Best wishes,\n"
            "Cormac\n",
        ),
    ),
    # 6 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="kestrel_client_feedback_no", lang="en",
        company="Kestrel Talent", contact="darragh.nolan@kestreltalent.example.ie",
        frm=("Darragh Nolan", "darragh.nolan@kestreltalent.example.ie"),
        subject="Re: Scheduling Coordinator - client feedback",
        date="2026-06-03 12:14 +0100",
        refs=["kestrel_phone_screen", "kestrel_client_rang"],
        text=reply(
            "Cormac,\n\n"
            "Quick update as promised. I had the client on the phone this morning about the "
            "Scheduling Coordinator job. They've reviewed everyone and have told me they won't "
            "be taking you forward to the next round. Their main concern was that the role "
            "leans heavily on Excel modelling and they want someone who has built rosters in a "
            "tool rather than by hand.\n\n"
            "Not the answer either of us wanted. I still think your depot background is a real "
            "strength and I'll be in touch as soon as something closer to that comes across my "
            "desk.\n\n"
            "Cheers,\n"
            "Darragh\n\n"
            "Darragh Nolan | Senior Consultant, Supply Chain & Transport\n"
            "Kestrel Talent | 14 Fitzwilliam Place | Dublin 2 | D02 YX65\n"
            "T +353 1 555 0190 | M +353 87 555 0123\n\n"
            "Kestrel Talent is a trading name of Kestrel Talent Solutions Limited, registered in "
            "Ireland No. 000000. This email is confidential and may be privileged.\n",
            "en", "Wed, 20 May 2026 at 11:26", "Darragh Nolan",
            "darragh.nolan@kestreltalent.example.ie",
            "Hi Cormac,\n\n"
            "The client tried you at 11:00 for the phone interview but it rang out. Can you "
            "give me a shout when you get this?\n\n"
            "Darragh\n",
        ),
    ),
    # 7 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="barrow_went_with_mick", lang="en",
        company="Barrow Valley Coaches", contact="pat@barrowvalleycoaches.example.ie",
        frm=("Pat Brophy", "pat@barrowvalleycoaches.example.ie"),
        subject="the planner job",
        date="2026-06-15 19:37 +0100",
        refs=["barrow_own_application", "barrow_got_your_cv", "barrow_free_thursday"],
        text=(
            "Cormac,\n\n"
            "Pat here. I'll be straight with you, we've given the planner job to Mick from the "
            "yard. He knows the school runs inside out and it made sense for us to keep it in "
            "house. No reflection on you at all, and sorry again about the mix-up over which "
            "depot.\n\n"
            "If you're ever looking for weekend driving on the private hire side, you know "
            "where I am.\n\n"
            "Pat\n\n"
            "Sent from my Galaxy\n"
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="celticquay_filled_internally", lang="en",
        company="Celtic Quay Logistics", contact="ciara.byrne@celticquay.example.ie",
        frm=("Ciara Byrne", "ciara.byrne@celticquay.example.ie"),
        subject="RE: Transport Planner interview - new time",
        date="2026-07-01 10:03 +0100",
        refs=["celticquay_icims_video", "celticquay_interviewer_ill"],
        text=outlook_reply(
            "Hi Cormac,\n\n"
            "I wanted to let you know before you hear it anywhere else: the Transport Planner "
            "vacancy has been filled through an internal transfer from our Ballycoolin site, "
            "so we are closing the external recruitment and the rescheduled interview will "
            "not go ahead.\n\n"
            "I know that is frustrating after the earlier postponement, and I apologise for "
            "the back and forth.\n\n"
            "Kind regards,\n"
            "Ciara\n\n"
            "Ciara Byrne\n"
            "HR Generalist\n"
            "Celtic Quay Logistics\n"
            "North Wall Quay, Dublin 1, D01 H104\n"
            "Tel: +353 1 555 0144\n",
            "en", "Ciara Byrne <ciara.byrne@celticquay.example.ie>",
            "Thursday, June 18, 2026 4:12 PM", "Cormac Lindqvist-Otieno <cormac.lo@example.ie>",
            "Transport Planner interview - new time",
            "Hi Cormac,\n\n"
            "Unfortunately Paul, who was due to interview you tomorrow, is out sick. I will "
            "send a new invitation for next week as soon as I have his diary.\n\n"
            "Apologies for the late notice.\n\n"
            "Ciara\n",
        ),
        html=outlook_html(outlook_reply(
            "Hi Cormac,\n\n"
            "I wanted to let you know before you hear it anywhere else: the Transport Planner "
            "vacancy has been filled through an internal transfer from our Ballycoolin site, "
            "so we are closing the external recruitment and the rescheduled interview will "
            "not go ahead.\n\n"
            "I know that is frustrating after the earlier postponement, and I apologise for "
            "the back and forth.\n\n"
            "Kind regards,\n"
            "Ciara\n\n"
            "Ciara Byrne\n"
            "HR Generalist\n"
            "Celtic Quay Logistics\n"
            "North Wall Quay, Dublin 1, D01 H104\n"
            "Tel: +353 1 555 0144\n",
            "en", "Ciara Byrne <ciara.byrne@celticquay.example.ie>",
            "Thursday, June 18, 2026 4:12 PM", "Cormac Lindqvist-Otieno <cormac.lo@example.ie>",
            "Transport Planner interview - new time",
            "Hi Cormac,\n\n"
            "Unfortunately Paul, who was due to interview you tomorrow, is out sick. I will "
            "send a new invitation for next week as soon as I have his diary.\n\n"
            "Apologies for the late notice.\n\n"
            "Ciara\n",
        )),
    ),
    # 9 ---------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="slaney_terse_after_cancel", lang="en",
        company="Slaney Harbour Company", contact="fergal.doyle@slaneyharbour.example.ie",
        frm=("Fergal Doyle", "fergal.doyle@slaneyharbour.example.ie"),
        subject="Re: Marine Operations Scheduler - interview cancelled",
        date="2026-04-02 08:11 +0100",
        refs=["slaney_interview_ics", "slaney_cancel_interviewer_ill"],
        text=reply(
            "Cormac,\n\n"
            "We won't be progressing your application for this role.\n\n"
            "Regards,\n"
            "Fergal Doyle\n"
            "Operations Manager, Slaney Harbour Company\n",
            "en", "Tue, 17 Mar 2026 at 13:40", "Gráinne Kehoe",
            "grainne.kehoe@slaneyharbour.example.ie",
            "Dear Cormac,\n\n"
            "I'm sorry to say that Fergal is unwell and we have had to cancel Thursday's "
            "interview. The calendar entry has been withdrawn. We will be in touch about a "
            "new date once he is back.\n\n"
            "Kind regards,\n"
            "Gráinne Kehoe\n"
            "HR Administrator\n",
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="harbourline_tramore_ferries_no", lang="en",
        company="Tramore Bay Ferries", contact="roisin.barry@harbourline.example.ie",
        frm=("Róisín Barry", "roisin.barry@harbourline.example.ie"),
        frm_enc="iso-8859-1:Q",
        subject="Tramore Bay Ferries - crew rostering role",
        date="2026-06-02 17:25 +0100",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Hi Cormac,\n\n"
            "I've heard back from Tramore Bay Ferries about the crew rostering role you let me "
            "put you forward for last week. Sadly it's a no from them this time. Their "
            "operations director said he was impressed by your CV but needs someone who already "
            "holds STCW certification, since the rosterer also covers as relief deckhand in "
            "summer.\n\n"
            "I know that's a frustrating reason to miss out on, and it doesn't change anything "
            "on the Ferrycarrig side, which is still going really well.\n\n"
            "Talk soon,\n"
            "Róisín\n\n"
            "Róisín Barry | Senior Consultant\n"
            "Harbourline Recruitment | 3 Lapp's Quay, Cork T12 RX66\n"
            "021 555 0166 | harbourline.example.ie\n"
        ),
    ),
    # 11 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="fleetwise_ashby_with_feedback", lang="en",
        company="Fleetwise Routing", contact="tom.okafor@fleetwise.example.ie",
        frm=("Fleetwise Routing Hiring Team", "no-reply@ashbyhq.com"),
        reply_to=("Tom Okafor", "tom.okafor@fleetwise.example.ie"),
        subject="An update on your Fleetwise Routing application",
        date="2026-08-20 13:57 +0100",
        refs=["fleetwise_ashby_ack", "fleetwise_ashby_schedule", "fleetwise_cancel_no_reject"],
        text=(
            "Hi Cormac,\n\n"
            "When we paused the Implementation Specialist (Scheduling) process in July I "
            "promised to come back to you once headcount was confirmed.\n\n"
            "The role has now been approved, but at a more senior level: the person will lead "
            "customer rollouts of our crew-scheduling product on their own from day one. Having "
            "looked at your application again against that brief, we don't think it is the "
            "right match, and we are closing your application for this opening.\n\n"
            "Some feedback from the team, in case it helps: your operational knowledge of "
            "duty rules and driver breaks was strong; what we would want to see for this level "
            "is experience configuring a scheduling system for someone else.\n\n"
            "Thanks for your patience through the summer.\n\n"
            "Tom Okafor\n"
            "Talent, Fleetwise Routing\n"
        ),
        html=ats_card(
            "Fleetwise Routing", "#5b3cc4",
            "Hi Cormac,\n\n"
            "When we paused the Implementation Specialist (Scheduling) process in July I "
            "promised to come back to you once headcount was confirmed.\n\n"
            "The role has now been approved, but at a more senior level: the person will lead "
            "customer rollouts of our crew-scheduling product on their own from day one. Having "
            "looked at your application again against that brief, we don't think it is the "
            "right match, and we are closing your application for this opening.\n\n"
            "Some feedback from the team, in case it helps: your operational knowledge of "
            "duty rules and driver breaks was strong; what we would want to see for this level "
            "is experience configuring a scheduling system for someone else.\n\n"
            "Thanks for your patience through the summer.\n\n"
            "Tom Okafor\nTalent, Fleetwise Routing",
            footer="Sent with Ashby. Replies go to Tom Okafor.",
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="marble_city_workable_decision", lang="en",
        company="Marble City Logistics", contact="",
        frm=("Marble City Logistics", "noreply@workablemail.com"),
        subject="Warehouse Transport Planner at Marble City Logistics",
        date="2026-07-28 10:30 +0000",
        refs=["marble_city_trial_day", "marble_city_no_show_trial"],
        text=(
            "Dear Cormac,\n\n"
            "Thanks for your interest in the Warehouse Transport Planner opening at Marble "
            "City Logistics in Kilkenny.\n\n"
            "We've reached a decision on this opening, and it isn't the news you were hoping "
            "for: we are continuing with other applicants.\n\n"
            "We appreciate the effort you made and wish you well in your search.\n\n"
            "The Marble City Logistics hiring team\n\n"
            "---\n"
            "Powered by Workable. You are receiving this email because you applied for a job "
            "at Marble City Logistics.\n"
        ),
        html=ats_card(
            "Marble City Logistics", "#1f8a70",
            "Dear Cormac,\n\n"
            "Thanks for your interest in the Warehouse Transport Planner opening at Marble "
            "City Logistics in Kilkenny.\n\n"
            "We've reached a decision on this opening, and it isn't the news you were hoping "
            "for: we are continuing with other applicants.\n\n"
            "We appreciate the effort you made and wish you well in your search.\n\n"
            "The Marble City Logistics hiring team",
            footer="Powered by Workable. You are receiving this email because you applied for "
                   "a job at Marble City Logistics.",
        ),
    ),
    # 13 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="poolbeg_taleo_requisition", lang="en",
        company="Poolbeg Marine Terminals", contact="",
        frm=("Poolbeg Marine Terminals Careers", "poolbegmarine@taleo.net"),
        subject="Requisition 26-0413 Vessel and Berth Scheduler - status of your candidacy",
        date="2026-08-14 07:02 +0000",
        refs=["poolbeg_teams_interview", "poolbeg_waited_teams"],
        cte="quoted-printable",
        text=(
            "Dear Cormac Lindqvist-Otieno,\n\n"
            "Requisition: 26-0413 Vessel and Berth Scheduler, Dublin Port\n\n"
            "Your candidacy for the position above has been assessed against the selection "
            "criteria for the role. We regret that it has been unsuccessful, and the "
            "requisition has now been closed to further candidates.\n\n"
            "Your candidate profile remains active in our careers portal, where you can view "
            "the status of all your submissions and set up job alerts.\n\n"
            "Regards,\n"
            "Human Resources\n"
            "Poolbeg Marine Terminals\n\n"
            "=====================================================================\n"
            "This is a system-generated message. Please do not respond to this address.\n"
            "Poolbeg Marine Terminals DAC, Breakwater Road South, Dublin 1.\n"
            "=====================================================================\n"
        ),
    ),
    # 14 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="lough_mahon_one_liner", lang="en",
        company="Lough Mahon Coach Hire", contact="ger@loughmahoncoaches.example.ie",
        frm=("Ger O'Callaghan", "ger@loughmahoncoaches.example.ie"),
        subject="Re: Dispatcher / scheduler position",
        date="2026-09-08 21:06 +0100",
        refs=["lough_mahon_application_sent@example.ie"],
        text=reply(
            "Hi Cormac, sorry, we're going with someone else for this one. Thanks for applying. "
            "Ger\n\n"
            "Sent from my iPhone\n",
            "en", "1 Sep 2026, at 08:15", CAND_NAME, CAND_ADDR,
            "Dear Mr O'Callaghan,\n\n"
            "Please find my CV attached for the dispatcher / scheduler position advertised on "
            "your website. I have eleven years' experience driving scheduled and private hire "
            "services and would welcome the chance to talk about the role.\n\n"
            "Kind regards,\n"
            "Cormac Lindqvist-Otieno\n",
        ),
    ),
    # 15 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="niederrhein_english_german_needed", lang="en",
        company="Niederrhein Regionalbahn", contact="katrin.vogt@niederrhein-regiobahn.example.de",
        frm=("Niederrhein Regionalbahn", "noreply@jobs.recruitee.com"),
        reply_to=("Katrin Vogt", "katrin.vogt@niederrhein-regiobahn.example.de"),
        subject="Your application: Dispatcher Timetable Planning (m/f/d), Düsseldorf",
        subj_enc="utf-8:Q",
        date="2026-06-24 09:15 +0200",
        text=(
            "Dear Mr Lindqvist-Otieno,\n\n"
            "Thank you for your application for the position of Dispatcher Timetable Planning "
            "(m/f/d) at our Düsseldorf operations centre. I am writing in English as your "
            "documents were in English.\n\n"
            "The role involves constant contact with train drivers, signallers and the control "
            "centre, all of which happens in German, and we ask for German at C1 level. As "
            "your application lists German at A2, we are unfortunately unable to consider it "
            "further for this position.\n\n"
            "Should your German improve, we would be glad to see your name again.\n\n"
            "With kind regards\n\n"
            "Katrin Vogt\n"
            "Human Resources\n"
            "Niederrhein Regionalbahn GmbH\n"
            "Am Hauptbahnhof 3, 40210 Düsseldorf\n"
            "Geschäftsführung: Dr. Andreas Wiemers | Amtsgericht Düsseldorf HRB 00000\n"
        ),
        html=simple_html(
            "Dear Mr Lindqvist-Otieno,\n\n"
            "Thank you for your application for the position of Dispatcher Timetable Planning "
            "(m/f/d) at our Düsseldorf operations centre. I am writing in English as your "
            "documents were in English.\n\n"
            "The role involves constant contact with train drivers, signallers and the control "
            "centre, all of which happens in German, and we ask for German at C1 level. As "
            "your application lists German at A2, we are unfortunately unable to consider it "
            "further for this position.\n\n"
            "Should your German improve, we would be glad to see your name again.\n\n"
            "With kind regards\n\n"
            "Katrin Vogt\n"
            "Human Resources\n"
            "Niederrhein Regionalbahn GmbH\n"
            "Am Hauptbahnhof 3, 40210 Düsseldorf\n"
            "Geschäftsführung: Dr. Andreas Wiemers | Amtsgericht Düsseldorf HRB 00000",
        ),
        html_cte="base64",
    ),
    # 16 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="ebro_intermodal_english_spanish_footer", lang="en",
        company="Ebro Intermodal Terminal", contact="marta.gil@ebrointermodal.example.es",
        frm=("Marta Gil", "marta.gil@ebrointermodal.example.es"),
        subject="Rail Slot Planner - Zaragoza",
        date="2026-06-10 18:40 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Dear Cormac,\n\n"
            "Thank you for applying to the Rail Slot Planner vacancy at our terminal in "
            "Zaragoza. I'm sorry to tell you that we have chosen another candidate, mainly "
            "because the planners deal every day with Spanish rail infrastructure staff and "
            "hauliers, and fluent Spanish turned out to be decisive.\n\n"
            "I hope you find the right move soon. Your cover letter was one of the best we "
            "received.\n\n"
            "Best regards,\n"
            "Marta Gil\n"
            "People & Culture\n"
            "Ebro Intermodal Terminal S.L.\n"
            "Carretera de Cogullada 20, 50014 Zaragoza\n"
            "Tel. +34 976 000 000\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos "
            "exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos "
            "que lo comunique al remitente y proceda a su eliminación. De acuerdo con el "
            "Reglamento (UE) 2016/679, sus datos serán tratados con la finalidad de gestionar "
            "los procesos de selección.\n"
        ),
    ),
    # 17 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="ossory_post_not_filled_funding", lang="en",
        company="Ossory Community Transport", contact="brid.fitzpatrick@ossoryct.example.ie",
        frm=("Bríd Fitzpatrick", "brid.fitzpatrick@ossoryct.example.ie"),
        frm_enc="windows-1252:Q",
        subject="Rural Transport Scheduler post – an update from Ossory Community Transport",
        subj_enc="windows-1252:Q",
        date="2026-09-15 12:45 +0100",
        charset="windows-1252", cte="8bit",
        text=(
            "Dear Cormac,\n\n"
            "I’m sorry to be writing with disappointing news. Our funding allocation for next "
            "year came through last week about €80,000 short of what we had budgeted, and the "
            "board has decided that the Rural Transport Scheduler post will not be filled. The "
            "recruitment is cancelled and no one will be appointed.\n\n"
            "This is “no reflection on you whatsoever”, as our chairperson put it at the "
            "meeting – your application was one of the three we had hoped to interview.\n\n"
            "With best wishes,\n\n"
            "Bríd Fitzpatrick\n"
            "Manager, Ossory Community Transport CLG\n"
            "The Old Courthouse, Castlecomer, Co. Kilkenny\n"
            "056 444 0000\n"
        ),
    ),
    # 18 --------------------------------------------------------------------------------
    dict(
        kind="rejection", slug="dublin_bay_assessment_scores", lang="en",
        company="Dublin Bay Shuttle", contact="leanne.carroll@dublinbayshuttle.example.ie",
        frm=("Leanne Carroll", "leanne.carroll@dublinbayshuttle.example.ie"),
        subject="Assessment centre result - Service Scheduler",
        date="2026-09-22 16:18 +0100",
        refs=["dublin_bay_bamboohr_ack", "dublin_bay_assessment_invite", "dublin_bay_postponed"],
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Dear Cormac,\n\n"
            "Thank you for attending our assessment centre for the Service Scheduler role on "
            "17 September.\n\n"
            "Candidates needed a combined score of 70 across the timetabling exercise, the "
            "in-tray task and the group discussion to go through to final interview. Your "
            "combined score was 64 (timetabling 27/35, in-tray 21/35, group 16/30), so we "
            "won’t be inviting you to the final interview stage.\n\n"
            "Your timetabling exercise was one of the stronger ones on the day. I’m happy to "
            "arrange a short call if you’d like more detail on the in-tray task.\n\n"
            "Best regards,\n"
            "Leanne Carroll\n"
            "People Team, Dublin Bay Shuttle\n"
            "Unit 4, Clontarf Business Park, Dublin 3\n"
        ),
        html=simple_html(
            "Dear Cormac,\n\n"
            "Thank you for attending our assessment centre for the Service Scheduler role on "
            "17 September.\n\n"
            "Candidates needed a combined score of 70 across the timetabling exercise, the "
            "in-tray task and the group discussion to go through to final interview. Your "
            "combined score was 64 (timetabling 27/35, in-tray 21/35, group 16/30), so we "
            "won’t be inviting you to the final interview stage.\n\n"
            "Your timetabling exercise was one of the stronger ones on the day. I’m happy to "
            "arrange a short call if you’d like more detail on the in-tray task.\n\n"
            "Best regards,\n"
            "Leanne Carroll\n"
            "People Team, Dublin Bay Shuttle\n"
            "Unit 4, Clontarf Business Park, Dublin 3",
        ),
    ),
    # 19 (de) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="reisholz_softgarden_nach_probetag", lang="de",
        company="Reisholzer Hafenlogistik", contact="svenja.kraemer@reisholzer-hafen.example.de",
        frm=("Svenja Krämer über softgarden", "noreply@softgarden.io"),
        frm_enc="iso-8859-1:Q",
        reply_to=("Svenja Krämer", "svenja.kraemer@reisholzer-hafen.example.de"),
        rt_enc="iso-8859-1:Q",
        subject="Ihre Bewerbung als Disponent Hafenverkehre (m/w/d)",
        date="2026-05-29 14:02 +0200",
        refs=["reisholz_softgarden_eingang", "reisholz_nicht_erreicht", "reisholz_probearbeitstag"],
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "herzlichen Dank, dass Sie sich am 20. Mai einen ganzen Tag Zeit für den "
            "Probearbeitstag in unserer Disposition genommen haben.\n\n"
            "Nach Rücksprache mit dem Team haben wir uns entschieden, die Stelle mit einer "
            "Kollegin zu besetzen, die bereits Erfahrung mit Kranslot-Planung im Containerumschlag "
            "mitbringt. Wir können Ihnen daher leider keine Zusage geben.\n\n"
            "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Svenja Krämer\n"
            "Personalreferentin\n"
            "Reisholzer Hafenlogistik GmbH\n"
            "Am Reisholzer Hafen 12, 40589 Düsseldorf\n"
            "Tel. +49 211 000 0000\n"
        ),
    ),
    # 20 (de) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="hochschule_intern_besetzt", lang="de",
        company="Hochschule Düsseltal", contact="heike.lorenz@hs-duesseltal.example.de",
        frm=("Dr. Heike Lorenz", "heike.lorenz@hs-duesseltal.example.de"),
        subject="Ausschreibung 2026-27 Mobilitätsmanagement: Abschluss des Verfahrens",
        subj_enc="iso-8859-1:Q",
        date="2026-09-09 10:27 +0200",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "vielen Dank für Ihr Interesse an der Stelle „Sachbearbeitung "
            "Mobilitätsmanagement und Fahrdienstplanung“ (Kennziffer 2026-27).\n\n"
            "Die Stelle konnte inzwischen intern besetzt werden. Das Auswahlverfahren ist damit "
            "abgeschlossen, und wir werden Ihre Bewerbung nicht weiter berücksichtigen. Ihre "
            "Unterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht.\n\n"
            "Mit freundlichen Grüßen\n"
            "im Auftrag\n\n"
            "Dr. Heike Lorenz\n"
            "Dezernat Personal\n"
            "Hochschule Düsseltal\n"
            "Universitätsstraße 80, 40225 Düsseldorf\n"
        ),
    ),
    # 21 (de) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="personalwerk_kaiserswerth_absage", lang="de",
        company="Spedition Kaiserswerth", contact="dennis.hoffmann@personalwerk-rhein.example.de",
        frm=("Dennis Hoffmann", "dennis.hoffmann@personalwerk-rhein.example.de"),
        subject="AW: Termin Spedition Kaiserswerth",
        date="2026-07-03 16:50 +0200",
        refs=["personalwerk_kunde_interview", "personalwerk_kunde_gewartet"],
        text=reply(
            "Hallo Herr Lindqvist-Otieno,\n\n"
            "ich habe heute mit der Spedition Kaiserswerth gesprochen. Nach dem nachgeholten "
            "Gespräch am Dienstag hat sich der Kunde leider gegen Sie entschieden. Ausschlag "
            "gab, dass dort ab dem ersten Tag Touren mit Gefahrgut disponiert werden und man "
            "jemanden mit ADR-Kenntnissen sucht.\n\n"
            "Ich weiß, dass das nach dem holprigen Start mit dem ersten Termin doppelt "
            "ärgerlich ist. Ich melde mich, sobald ich eine passendere Stelle im Personenverkehr "
            "habe.\n\n"
            "Beste Grüße\n"
            "Dennis Hoffmann\n"
            "Personalwerk Rhein GmbH | Personalberatung Logistik\n"
            "Königsallee 60, 40212 Düsseldorf | +49 211 000 1122\n",
            "de", "Mi., 24. Juni 2026 um 11:05", "Dennis Hoffmann",
            "dennis.hoffmann@personalwerk-rhein.example.de",
            "Hallo Herr Lindqvist-Otieno,\n\n"
            "Herr Brandt von der Spedition Kaiserswerth hat heute um 10 Uhr eine halbe Stunde "
            "im Videocall auf Sie gewartet. Ist etwas dazwischengekommen?\n\n"
            "Gruß\n"
            "Dennis Hoffmann\n",
        ),
    ),
    # 22 (de) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="kreisverwaltung_absage_schreiben", lang="de",
        company="Kreisverwaltung Rhein-Düssel", contact="b.schaefer@kreis-rheinduessel.example.de",
        frm=("Schäfer, Brigitte", "b.schaefer@kreis-rheinduessel.example.de"),
        frm_enc="utf-8:B",
        subject="Auswahlverfahren 2026-118 Verkehrsplanung ÖPNV",
        subj_enc="utf-8:B",
        date="2026-09-30 08:54 +0200",
        refs=["kreisverwaltung_eingangsbestaetigung", "kreisverwaltung_auswahlgespraech",
              "kreisverwaltung_abgesagt"],
        cte="base64",
        text=(
            "Sehr geehrter Herr Lindqvist-Otieno,\n\n"
            "wie angekündigt erhalten Sie anbei unser Schreiben zum Ausgang des "
            "Auswahlverfahrens 2026-118 (Sachbearbeitung Verkehrsplanung ÖPNV, EG 9b TVöD).\n\n"
            "Wie Sie dem Schreiben entnehmen können, konnten wir Sie bei der Besetzung der "
            "Stelle leider nicht berücksichtigen. Die Auswahlkommission hat sich nach dem "
            "nachgeholten Gespräch am 10. September für eine andere Bewerberin entschieden.\n\n"
            "Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens "
            "datenschutzgerecht vernichtet.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n\n"
            "Brigitte Schäfer\n"
            "Amt 10 – Personal und Organisation\n"
            "Kreisverwaltung Rhein-Düssel\n"
            "Kreishaus, Am Kreishaus 1, 40822 Mettmann-Süd\n"
            "Telefon: 02104 00 0000\n\n"
            "Hinweis: Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie "
            "nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen "
            "Sie diese Nachricht.\n"
        ),
        attach=[dict(filename="Mitteilung_Auswahlverfahren_2026-118.pdf", lines=[
            "Kreisverwaltung Rhein-Düssel - Amt 10 Personal und Organisation",
            "",
            "Herrn Cormac Lindqvist-Otieno",
            "",
            "Auswahlverfahren 2026-118, Sachbearbeitung Verkehrsplanung ÖPNV",
            "",
            "Sehr geehrter Herr Lindqvist-Otieno,",
            "nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass",
            "wir Sie bei der Besetzung der Stelle nicht berücksichtigen konnten.",
            "",
            "Mit freundlichen Grüßen",
            "Im Auftrag, B. Schäfer",
        ])],
    ),
    # 23 (de) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="lastenrad_personio_kurz", lang="de",
        company="Lastenrad Logistik Flingern", contact="",
        frm=("Lastenrad Logistik Flingern", "no-reply@personio.de"),
        subject="Rückmeldung zu deiner Bewerbung: Tourenplaner*in",
        subj_enc="utf-8:Q",
        date="2026-10-07 11:11 +0200",
        text=(
            "Hallo Cormac,\n\n"
            "danke, dass du dich bei uns als Tourenplaner*in beworben hast!\n\n"
            "Wir haben sehr viele Bewerbungen bekommen und uns am Ende für jemanden "
            "entschieden, der schon bei einem anderen Lastenrad-Dienst die Touren geplant hat. "
            "Deshalb wird es mit uns dieses Mal leider nichts.\n\n"
            "Wir drücken dir die Daumen für die weitere Suche.\n\n"
            "Dein Team von Lastenrad Logistik Flingern\n\n"
            "Diese E-Mail wurde automatisch über Personio versendet. Antworten auf diese "
            "Adresse werden nicht gelesen.\n"
        ),
        html=ats_card(
            "Lastenrad Logistik Flingern", "#e07a1f",
            "Hallo Cormac,\n\n"
            "danke, dass du dich bei uns als Tourenplaner*in beworben hast!\n\n"
            "Wir haben sehr viele Bewerbungen bekommen und uns am Ende für jemanden "
            "entschieden, der schon bei einem anderen Lastenrad-Dienst die Touren geplant hat. "
            "Deshalb wird es mit uns dieses Mal leider nichts.\n\n"
            "Wir drücken dir die Daumen für die weitere Suche.\n\n"
            "Dein Team von Lastenrad Logistik Flingern",
            lang="de",
            footer="Diese E-Mail wurde automatisch über Personio versendet. Antworten auf "
                   "diese Adresse werden nicht gelesen.",
        ),
    ),
    # 24 (fr) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="deule_apres_entretien", lang="fr",
        company="Transports de la Deûle", contact="camille.deschamps@transports-deule.example.fr",
        frm=("Camille Deschamps", "camille.deschamps@transports-deule.example.fr"),
        subject="RE: Entretien - Chargé(e) de planification des services",
        subj_enc="iso-8859-1:Q",
        date="2026-04-24 17:33 +0200",
        refs=["deule_entretien_visio", "deule_nouveau_creneau", "deule_attendu_teams",
              "deule_own_excuses@example.ie"],
        charset="iso-8859-1", cte="quoted-printable",
        text=outlook_reply(
            "Bonjour Monsieur Lindqvist-Otieno,\n\n"
            "Merci encore pour l'entretien du 14 avril, et pour la souplesse dont vous avez "
            "fait preuve après le rendez-vous manqué.\n\n"
            "Après avoir rencontré l'ensemble des candidats, nous avons fait le choix de ne "
            "pas donner suite à votre candidature pour le poste de chargé de planification des "
            "services. Le jury a apprécié votre connaissance du terrain, mais le poste exige "
            "une pratique courante du français pour animer les réunions avec les dépôts.\n\n"
            "Je vous souhaite une belle réussite dans vos projets.\n\n"
            "Bien cordialement,\n\n"
            "Camille Deschamps\n"
            "Chargée de recrutement\n"
            "Transports de la Deûle\n"
            "12 rue du Molinel, 59800 Lille\n",
            "fr", "Cormac Lindqvist-Otieno <cormac.lo@example.ie>",
            "jeudi 9 avril 2026 15:20", "Camille Deschamps",
            "Entretien - Chargé(e) de planification des services",
            "Bonjour Madame Deschamps,\n\n"
            "Je suis vraiment désolé pour ce matin : l'invitation Teams était arrivée dans mes "
            "courriers indésirables. Serait-il possible de convenir d'un autre créneau "
            "d'entretien ?\n\n"
            "Cordialement,\n"
            "Cormac Lindqvist-Otieno\n",
        ),
    ),
    # 25 (fr) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="vauban_pourvu_en_interne", lang="fr",
        company="Université Vauban du Nord", contact="patrice.lemaire@univ-vauban.example.fr",
        frm=("Patrice Lemaire", "patrice.lemaire@univ-vauban.example.fr"),
        subject="Poste de gestionnaire logistique et transports (réf. BIATSS-26-112)",
        date="2026-07-17 12:09 +0200",
        refs=["vauban_entretien_telephonique", "vauban_annulation"],
        cte="base64",
        text=(
            "Monsieur,\n\n"
            "Suite à l'annulation de notre entretien téléphonique du 8 juillet, je reviens "
            "vers vous comme promis.\n\n"
            "Le poste de gestionnaire logistique et transports a finalement été pourvu par "
            "une mobilité interne au sein de l'université. Le recrutement externe est donc "
            "clos, et votre candidature ne pourra pas être retenue.\n\n"
            "Je vous remercie sincèrement de l'intérêt que vous avez porté à notre "
            "établissement.\n\n"
            "Patrice Lemaire\n"
            "Direction des ressources humaines – Pôle recrutement\n"
            "Université Vauban du Nord\n"
            "42 boulevard Vauban, 59000 Lille\n"
            "03 20 00 00 00\n"
        ),
    ),
    # 26 (fr) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="beffroi_retour_client_lesquin", lang="fr",
        company="Entrepôts Lesquin", contact="sandrine.leroy@interim-beffroi.example.fr",
        frm=("Sandrine Leroy - Intérim Beffroi", "sandrine.leroy@interim-beffroi.example.fr"),
        frm_enc="utf-8:Q",
        subject="Retour des Entrepôts Lesquin",
        subj_enc="utf-8:Q",
        date="2026-06-12 11:44 +0200",
        refs=["beffroi_entretien_client"],
        text=BEFFROI_NO,
        html=simple_html(BEFFROI_NO, lang="fr"),
        cte="base64",
    ),
    # 27 (fr) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="mobilites_escaut_courrier_officiel", lang="fr",
        company="Syndicat des Mobilités Lille-Escaut",
        contact="helene.duboisravel@mobilites-escaut.example.fr",
        frm=("Hélène Dubois-Ravel", "helene.duboisravel@mobilites-escaut.example.fr"),
        frm_enc="windows-1252:B",
        subject="Suite donnée à votre candidature – Technicien(ne) exploitation réseau",
        subj_enc="windows-1252:Q",
        date="2026-07-20 09:30 +0200",
        refs=["mobilites_escaut_epreuves"],
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Monsieur,\n\n"
            "Vous avez participé le 2 juillet dernier aux épreuves de sélection pour le poste "
            "de technicien(ne) exploitation réseau (cadre d’emplois des techniciens "
            "territoriaux).\n\n"
            "Nous sommes au regret de vous informer qu’à l’issue de ces épreuves, le jury ne "
            "vous a pas retenu. Cette décision ne remet pas en cause la qualité de votre "
            "parcours.\n\n"
            "Nous vous prions d’agréer, Monsieur, l’expression de nos salutations "
            "distinguées.\n\n"
            "Hélène Dubois-Ravel\n"
            "Responsable du service recrutement et compétences\n"
            "Syndicat des Mobilités Lille-Escaut\n"
            "2 boulevard des Cités Unies – 59000 Lille\n\n"
            "« Pensez à l’environnement avant d’imprimer ce courriel. »\n"
        ),
    ),
    # 28 (es) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="autobuses_ebro_recruitee_descarte", lang="es",
        company="Autobuses del Ebro", contact="begona.lasheras@autobusesebro.example.es",
        frm=("Autobuses del Ebro", "noreply@jobs.recruitee.com"),
        reply_to=("Begoña Lasheras", "begona.lasheras@autobusesebro.example.es"),
        rt_enc="iso-8859-1:B",
        subject="Tu candidatura a Técnico/a de Planificación de Servicios",
        subj_enc="utf-8:B",
        date="2026-03-25 13:16 +0100",
        refs=["autobuses_ebro_recruitee_acuse", "autobuses_ebro_entrevista",
              "autobuses_ebro_cambio_hora", "own_gracias_entrevista_ebro"],
        text=(
            "Hola Cormac:\n\n"
            "Gracias por el tiempo que dedicaste a la entrevista del día 10 y por tu correo "
            "posterior.\n\n"
            "Lamentamos comunicarte que en esta ocasión no vamos a seguir adelante con tu "
            "candidatura. Hemos optado por un perfil con experiencia previa en la "
            "planificación de líneas interurbanas en Aragón.\n\n"
            "Guardaremos tus datos, si nos das tu consentimiento, para futuros procesos.\n\n"
            "Un saludo,\n"
            "Begoña Lasheras\n"
            "Selección de Personal – Autobuses del Ebro\n"
        ),
        html=ats_card(
            "Autobuses del Ebro", "#c0392b",
            "Hola Cormac:\n\n"
            "Gracias por el tiempo que dedicaste a la entrevista del día 10 y por tu correo "
            "posterior.\n\n"
            "Lamentamos comunicarte que en esta ocasión no vamos a seguir adelante con tu "
            "candidatura. Hemos optado por un perfil con experiencia previa en la "
            "planificación de líneas interurbanas en Aragón.\n\n"
            "Guardaremos tus datos, si nos das tu consentimiento, para futuros procesos.\n\n"
            "Un saludo,\n"
            "Begoña Lasheras\n"
            "Selección de Personal – Autobuses del Ebro",
            lang="es",
            button=("Dar consentimiento", "https://autobusesebro.recruitee.example.es/consent"),
            footer="Enviado con Recruitee.",
        ),
        cte="base64",
    ),
    # 29 (es) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="moncayo_proceso_cancelado", lang="es",
        company="Plataforma Logística Moncayo", contact="lucia.sancho@plmoncayo.example.es",
        frm=("Lucía Sancho", "lucia.sancho@plmoncayo.example.es"),
        frm_enc="iso-8859-1:Q",
        subject="Proceso de selección Planificador/a de Rutas",
        date="2026-05-06 10:02 +0200",
        refs=["moncayo_acuse", "moncayo_no_contesta"],
        charset="iso-8859-1", cte="8bit",
        text=(
            "Estimado Cormac:\n\n"
            "Te escribo para informarte de que el proceso de selección para el puesto de "
            "Planificador/a de Rutas ha quedado cancelado. La dirección ha decidido "
            "reorganizar el departamento de tráfico y el puesto desaparece, así que no "
            "continuaremos con las entrevistas pendientes ni se cubrirá la vacante.\n\n"
            "Siento que no llegáramos a hablar por teléfono. Te agradezco el interés.\n\n"
            "Atentamente,\n"
            "Lucía Sancho\n"
            "Responsable de RR. HH.\n"
            "Plataforma Logística Moncayo\n"
            "Calle de los Enebros 14, 50197 Zaragoza\n"
            "Tel. 976 00 00 00\n"
        ),
    ),
    # 30 (es) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="talento_aragon_cliente_descarta", lang="es",
        company="Talento Aragón Selección", contact="raul.gimeno@talentoaragon.example.es",
        frm=("Raúl Gimeno", "raul.gimeno@talentoaragon.example.es"),
        frm_enc="utf-8:B",
        subject="Re: Candidatura coordinador de flota",
        date="2026-08-28 19:12 +0200",
        refs=["talento_aragon_registro"],
        text=reply(
            "Hola Cormac,\n\n"
            "Te cuento: mi cliente ya ha cerrado la terna final para el puesto de coordinador "
            "de flota y tu perfil se ha quedado fuera. Me han dicho que buscan a alguien con "
            "carné C+E en vigor en España, y la homologación del tuyo todavía tardaría.\n\n"
            "Sé que no es lo que esperabas. Sigo atento a otras posiciones.\n\n"
            "Un abrazo,\n"
            "Raúl\n\n"
            "Raúl Gimeno · Consultor Senior\n"
            "Talento Aragón Selección\n"
            "Paseo de Sagasta 20, 50006 Zaragoza · 876 00 00 00\n",
            "es", "lun, 17 ago 2026 a las 9:40", CAND_NAME, CAND_ADDR,
            "Hola Raúl:\n\n"
            "¿Sabes algo del cliente sobre el puesto de coordinador de flota? Si quieren "
            "hacer una entrevista por videollamada, estoy disponible cualquier mañana.\n\n"
            "Saludos,\n"
            "Cormac\n",
        ),
        cte="8bit",
    ),
    # 31 (es) ---------------------------------------------------------------------------
    dict(
        kind="rejection", slug="pilarense_comision_otra_persona", lang="es",
        company="Universidad Pilarense", contact="pilar.ezquerra@unipilarense.example.es",
        frm=("Pilar Ezquerra", "pilar.ezquerra@unipilarense.example.es"),
        subject="RE: Aplazamiento de la entrevista – Técnico de Movilidad",
        subj_enc="utf-8:Q",
        date="2026-10-09 14:25 +0200",
        refs=["pilarense_entrevista_panel", "pilarense_aplazada"],
        cte="base64",
        text=outlook_reply(
            "Estimado Sr. Lindqvist-Otieno:\n\n"
            "Una vez celebrada la entrevista el pasado 22 de septiembre, la comisión de "
            "selección ha elevado la propuesta de contratación a favor de otra persona "
            "candidata. Su candidatura, por tanto, no ha sido seleccionada.\n\n"
            "Le agradecemos la paciencia tras el aplazamiento y le deseamos mucho éxito.\n\n"
            "Reciba un cordial saludo,\n\n"
            "Pilar Ezquerra\n"
            "Servicio de Personal de Administración y Servicios\n"
            "Universidad Pilarense\n"
            "Plaza del Pilar s/n, 50003 Zaragoza\n",
            "es", "Pilar Ezquerra <pilar.ezquerra@unipilarense.example.es>",
            "lunes, 14 de septiembre de 2026 9:02", "Cormac Lindqvist-Otieno",
            "Aplazamiento de la entrevista – Técnico de Movilidad",
            "Estimado Sr. Lindqvist-Otieno:\n\n"
            "Por enfermedad de uno de los miembros de la comisión, la entrevista prevista "
            "para el 16 de septiembre queda aplazada al martes 22 a las 10:00 en el mismo "
            "lugar.\n\n"
            "Disculpe las molestias.\n",
        ),
    ),
]

assert len(MESSAGES) == 31
_ = (CANDIDATE, quote, wrote)
