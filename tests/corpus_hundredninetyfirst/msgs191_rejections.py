"""Corpus 191, rejections: 31 hand-written specs (en 18, de 5, fr 4, es 4)."""

from __future__ import annotations

import datetime as _dt

from msgs191_common import (
    ats_card,
    button,
    forward_header,
    gmail_html,
    mso,
    outlook_header,
    outlook_html,
    paras,
    quote,
)

M = dict

MESSAGES = [
    # 1 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="icims_formal_lothianvale", lang="en",
        company="Lothian Vale Council", contact="",
        frm=("Lothian Vale Council Recruitment", "lothianvale+autoreply@talent.icims.com"),
        subject="Your application for GIS Assistant (Ref LVC/PL/0417)",
        date="2026-02-02 08:03", tz="utc",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        html=ats_card(
            "Lothian Vale Council", "#5b2a86",
            paras(
                "Dear Hamish\n\n"
                "Reference: LVC/PL/0417 - GIS Assistant, Planning and Building Standards\n\n"
                "Thank you for the time you put into applying for this post. The shortlisting "
                "panel has now met and assessed every application against the essential "
                "criteria in the person specification.\n\n"
                "I regret to tell you that your application has not been shortlisted for "
                "interview on this occasion.\n\n"
                "Because of the number of applications received, the panel is unable to give "
                "individual feedback at the shortlisting stage.\n\n"
                "You can see other opportunities with the Council on our careers site. We hope "
                "you will consider applying again.\n\n"
                "Yours sincerely\n"
                "Recruitment Team\nLothian Vale Council"
            ) + "\n" + button("View current vacancies",
                              "https://careers-lothianvale.icims.com/jobs", "#5b2a86"),
            "This message was sent from an unmonitored mailbox. Lothian Vale Council, "
            "Civic Centre, Bathgate Road, Livingston EH54 6XX.",
        ),
    ),
    # 2 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="taleo_soft_closer_match", lang="en",
        company="Strathdee University", contact="",
        frm=("Strathdee University", "strathdee@taleo.net"),
        subject="Strathdee University: Research Data Technician (GIS) - application update",
        date="2026-07-10 16:42", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="quoted-printable",
        text=(
            "Dear Hamish Delacroix-Oyelowo,\n\n"
            "Requisition 26/0611 - Research Data Technician (GIS), School of Geosciences\n\n"
            "Thank you for your interest in working at Strathdee University and for the "
            "effort that went into your application.\n\n"
            "After careful review, the recruiting panel has decided to move forward with "
            "candidates whose experience more closely matches the requirements of this "
            "particular post, notably hands-on work with PostGIS and research data "
            "management plans.\n\n"
            "We appreciate that this is not the news you were hoping for. Your candidate "
            "profile remains active, and you are welcome to apply for future vacancies at "
            "https://strathdee.taleo.net/careersection/ext/jobsearch.ftl\n\n"
            "Kind regards,\n\n"
            "People Services\nStrathdee University\n"
            "King's Walk, Aberdeen AB24 9ZZ\n\n"
            "Strathdee University is a charity registered in Scotland, No SC099001.\n"
        ),
        html=ats_card(
            "Strathdee University - People Services", "#004b87",
            paras(
                "Dear Hamish Delacroix-Oyelowo,\n\n"
                "Requisition 26/0611 - Research Data Technician (GIS), School of Geosciences\n\n"
                "Thank you for your interest in working at Strathdee University and for the "
                "effort that went into your application.\n\n"
                "After careful review, the recruiting panel has decided to move forward with "
                "candidates whose experience more closely matches the requirements of this "
                "particular post, notably hands-on work with PostGIS and research data "
                "management plans.\n\n"
                "We appreciate that this is not the news you were hoping for. Your candidate "
                "profile remains active, and you are welcome to apply for future vacancies.\n\n"
                "Kind regards,\nPeople Services"
            ),
            "Strathdee University is a charity registered in Scotland, No SC099001.",
        ),
    ),
    # 3 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="role_on_hold_morven", lang="en",
        company="Morven Offshore Power", contact="craig.esson@morvenpower.example.co.uk",
        frm=("Craig Esson", "craig.esson@morvenpower.example.co.uk"),
        subject="RE: GIS Technician interview - new date",
        date="2026-06-10 13:27", tz="uk",
        parent="mor-move", quote="outlook",
        text=(
            "Hi Hamish,\n\n"
            "I'm sorry to be coming back with this rather than with a confirmed time.\n\n"
            "Following the budget review at the end of last week, the GIS Technician "
            "requisition has been frozen. The role has been put on hold and we will not "
            "proceed with any of the interviews that were still outstanding, including "
            "yours. I genuinely don't know whether it will reopen this year, and I didn't "
            "want to leave you waiting on a date that isn't coming.\n\n"
            "If the position is re-advertised, I'll drop you a line personally.\n\n"
            "Best regards,\n"
            "Craig\n\n"
            "Craig Esson | Talent Acquisition Partner\n"
            "Morven Offshore Power Ltd\n"
            "Harbour House, 3 Regent Quay, Aberdeen AB11 5XX\n"
            "T: +44 1224 496 031 | M: +44 7700 900 913\n\n"
            "This email and any attachments are confidential and intended solely for the "
            "addressee. If you have received it in error please notify the sender and "
            "delete it. Morven Offshore Power Ltd, registered in Scotland SC712345.\n"
        ),
    ),
    # 4 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="terse_human_pentland", lang="en",
        company="Pentland Geodata", contact="neil.hutcheson@pentlandgeodata.example.co.uk",
        frm=("Neil Hutcheson", "neil.hutcheson@pentlandgeodata.example.co.uk"),
        subject="Re: Application - GIS / Data Technician",
        date="2026-09-21 17:58", tz="uk",
        parent="pen-app", quote="gmail",
        text=(
            "Hamish - thanks, but we're not taking this one further with you. Best of luck.\n\n"
            "Neil\n\n"
            "Sent from my phone\n"
        ),
    ),
    # 5 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="agency_relays_client_buchan", lang="en",
        company="Buchan Pipelines", contact="shona.ritchie@thistlequay.example.co.uk",
        frm=("Shona Ritchie", "shona.ritchie@thistlequay.example.co.uk"),
        subject="RE: Buchan Pipelines - Wednesday",
        date="2026-02-18 11:09", tz="uk",
        parent="tq-miss", quote="outlook",
        text=(
            "Morning Hamish,\n\n"
            "Thanks for calling me back yesterday and explaining the mix-up with the "
            "reception at Ellon.\n\n"
            "I put your side to the hiring manager at Buchan Pipelines, but I'm afraid "
            "they've come back to say they won't be rescheduling and are closing your "
            "application. They had two other people through on the Wednesday and are "
            "happy to choose between them.\n\n"
            "Honestly, this one is on their process as much as anything, so please don't "
            "let it knock you. I have two pipeline-records roles coming through next month "
            "and I'll put you forward for both if you're still keen.\n\n"
            "Shona\n\n"
            "Shona Ritchie\nSenior Consultant, Engineering & Technical\n"
            "Thistle & Quay Recruitment\n"
            "41 Union Terrace, Aberdeen AB10 1XX | 01224 496 220\n"
        ),
        html=outlook_html(mso(
            "Morning Hamish,\n\n"
            "Thanks for calling me back yesterday and explaining the mix-up with the "
            "reception at Ellon.\n\n"
            "I put your side to the hiring manager at Buchan Pipelines, but I'm afraid "
            "they've come back to say they won't be rescheduling and are closing your "
            "application. They had two other people through on the Wednesday and are "
            "happy to choose between them.\n\n"
            "Honestly, this one is on their process as much as anything, so please don't "
            "let it knock you. I have two pipeline-records roles coming through next month "
            "and I'll put you forward for both if you're still keen.\n\n"
            "Shona\n\n"
            "Shona Ritchie\nSenior Consultant, Engineering & Technical\n"
            "Thistle & Quay Recruitment\n"
            "41 Union Terrace, Aberdeen AB10 1XX | 01224 496 220"
        )),
    ),
    # 6 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="after_interview_quotes_thanks_clyde", lang="en",
        company="Clyde & Kelvin Water", contact="ailsa.drummond@clydekelvinwater.example.co.uk",
        frm=("Ailsa Drummond", "ailsa.drummond@clydekelvinwater.example.co.uk"),
        subject="RE: GIS Technician (Network Records) - checking in",
        date="2026-02-16 15:31", tz="uk",
        parent="ckw-follow", quote="outlook",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Dear Hamish,\n\n"
            "Thank you for your patience, and for the kind note after your interview on the "
            "30th – the panel did read it.\n\n"
            "I’ve now had the panel’s decision. They were impressed by how well you know "
            "the streets and networks of the area from your delivery rounds, and they "
            "enjoyed the discussion about asset tagging. In the end, though, they have "
            "offered the post to a candidate who has already worked with our telemetry "
            "data, and so we won’t be able to take your application forward.\n\n"
            "If it’s useful, Gordon Reid (who chaired the panel) is happy to give you ten "
            "minutes of feedback over the phone. Just let me know a couple of times that "
            "suit.\n\n"
            "Kind regards\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
            "Dalmarnock Works, 200 Swanston Street, Glasgow G40 4XX\n"
            "0141 496 0375\n\n"
            "Clyde & Kelvin Water is a public body. This e-mail is intended for the "
            "addressee only; if you are not the intended recipient please delete it and "
            "tell us. Messages may be monitored.\n"
        ),
        html_charset="windows-1252",
        html=outlook_html(mso(
            "Dear Hamish,\n\n"
            "Thank you for your patience, and for the kind note after your interview on the "
            "30th – the panel did read it.\n\n"
            "I’ve now had the panel’s decision. They were impressed by how well you know "
            "the streets and networks of the area from your delivery rounds, and they "
            "enjoyed the discussion about asset tagging. In the end, though, they have "
            "offered the post to a candidate who has already worked with our telemetry "
            "data, and so we won’t be able to take your application forward.\n\n"
            "If it’s useful, Gordon Reid (who chaired the panel) is happy to give you ten "
            "minutes of feedback over the phone. Just let me know a couple of times that "
            "suit.\n\n"
            "Kind regards\n\n"
            "Ailsa Drummond\n"
            "Talent Partner | Clyde & Kelvin Water\n"
            "Dalmarnock Works, 200 Swanston Street, Glasgow G40 4XX\n"
            "0141 496 0375\n\n"
            "Clyde & Kelvin Water is a public body. This e-mail is intended for the "
            "addressee only; if you are not the intended recipient please delete it and "
            "tell us. Messages may be monitored."
        )).replace("charset=utf-8", "charset=windows-1252"),
    ),
    # 7 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="greenhouse_filled_internally", lang="en",
        company="Taybridge Geomatics", contact="morag.finnie@taybridgegeo.example.co.uk",
        frm=("Morag Finnie via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Morag Finnie", "morag.finnie@taybridgegeo.example.co.uk"),
        subject="Update on the Junior GIS Technician role at Taybridge Geomatics",
        date="2026-04-14 02:12", tz="-0700",
        text=(
            "Hi Hamish,\n\n"
            "I wanted to let you know before the announcement goes round: the Junior GIS "
            "Technician vacancy has been filled internally. One of our survey assistants "
            "applied late in the process and, given that she already knows our "
            "workflows, the directors decided to appoint her.\n\n"
            "That means we are closing the other applications, yours included. I'm sorry "
            "- you were well liked after your conversation with Pawel, and the timing "
            "here is unlucky rather than anything you did.\n\n"
            "All the best,\n"
            "Morag\n\n"
            "Morag Finnie\nPeople & Culture Lead, Taybridge Geomatics\n"
            "Unit 4, Technology Park, Dundee DD2 1XX\n"
        ),
        html=(
            "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + paras(
                "Hi Hamish,\n\n"
                "I wanted to let you know before the announcement goes round: the Junior GIS "
                "Technician vacancy has been filled internally. One of our survey assistants "
                "applied late in the process and, given that she already knows our "
                "workflows, the directors decided to appoint her.\n\n"
                "That means we are closing the other applications, yours included. I'm sorry "
                "- you were well liked after your conversation with Pawel, and the timing "
                "here is unlucky rather than anything you did.\n\n"
                "All the best,\nMorag\n\n"
                "Morag Finnie\nPeople & Culture Lead, Taybridge Geomatics\n"
                "Unit 4, Technology Park, Dundee DD2 1XX"
            )
            + "\n<p style=\"color:#999;font-size:11px\">Sent via Greenhouse</p>\n"
            "</body></html>\n"
        ),
    ),
    # 8 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="ashby_role_withdrawn", lang="en",
        company="Inchkeith Harbour Trust", contact="",
        frm=("Inchkeith Harbour Trust", "no-reply@ashbyhq.com"),
        subject="GIS & Asset Data Technician - vacancy withdrawn",
        date="2026-09-08 09:47", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Hello Hamish,\n\n"
            "We are writing to everyone who applied for the GIS & Asset Data Technician "
            "vacancy at Inchkeith Harbour Trust.\n\n"
            "Following a restructure of our Estates and Marine Operations teams, the post "
            "no longer exists in its advertised form and the vacancy has been withdrawn. "
            "No appointment will be made and the selection process has ended for all "
            "applicants.\n\n"
            "Thank you for your interest in the Trust. Any new posts will appear at "
            "https://jobs.ashbyhq.com/inchkeith-harbour-trust\n\n"
            "Inchkeith Harbour Trust\nOcean Drive, Edinburgh EH6 6XX\n\n"
            "Please do not reply to this email; replies are not monitored.\n"
        ),
    ),
    # 9 ---------------------------------------------------------------------------------
    M(
        kind="rejection", slug="casual_after_missed_nordhav", lang="en",
        company="Nordhav Energi", contact="ingrid.solheim@nordhav.example.no",
        frm=("Ingrid Solheim", "ingrid.solheim@nordhav.example.no"),
        subject="Re: Video interview - GIS Technician, Bergen",
        date="2026-04-22 14:05", tz="cet",
        parent="nor-miss", quote="gmail",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for the explanation about the broadband - these things happen.\n\n"
            "I'll be straight with you though: the team met yesterday and we've gone "
            "another way for this one. Someone local who could start in May, which "
            "mattered more than we expected. Not a reflection on your CV, which the "
            "geodata folks liked.\n\n"
            "Good luck with the move, and maybe our paths cross again.\n\n"
            "Ingrid\n"
            "--\n"
            "Ingrid Solheim | HR Business Partner\n"
            "Nordhav Energi AS | Kong Oscars gate 60, 5017 Bergen | +47 55 00 41 17\n"
        ),
        html=gmail_html(
            "Hi Hamish,\n\n"
            "Thanks for the explanation about the broadband - these things happen.\n\n"
            "I'll be straight with you though: the team met yesterday and we've gone "
            "another way for this one. Someone local who could start in May, which "
            "mattered more than we expected. Not a reflection on your CV, which the "
            "geodata folks liked.\n\n"
            "Good luck with the move, and maybe our paths cross again.\n\n"
            "Ingrid\n"
            "--\n"
            "Ingrid Solheim | HR Business Partner\n"
            "Nordhav Energi AS | Kong Oscars gate 60, 5017 Bergen | +47 55 00 41 17"
        ),
    ),
    # 10 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="workable_base64_cromarty", lang="en",
        company="Cromarty Firth Energy", contact="",
        frm=("Cromarty Firth Energy", "cromarty-firth-energy@workablemail.com"),
        subject="Your application to Cromarty Firth Energy",
        date="2026-09-17 10:20", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text=(
            "Hi Hamish,\n\n"
            "Thanks again for applying for the GIS Technician (Renewables) role in "
            "Invergordon.\n\n"
            "We've reviewed where things stand, including the interview slot that was "
            "booked for you, and we won't be taking your application any further.\n\n"
            "We keep applicant data for six months in line with our privacy notice, after "
            "which it is deleted automatically.\n\n"
            "Best wishes,\n"
            "The Cromarty Firth Energy hiring team\n\n"
            "--\nPowered by Workable\n"
        ),
    ),
    # 11 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="headhunter_unnamed_client", lang="en",
        company="Corrie Search Partners", contact="rory@corriesearch.example.co.uk",
        frm=("Rory Gillanders", "rory@corriesearch.example.co.uk"),
        subject="Re: Confidential - GIS role, Perth area",
        date="2026-03-20 18:40", tz="uk",
        parent="cor-inv", quote="gmail",
        text=(
            "Hamish,\n\n"
            "Feedback in from my client. They've thanked you for the time you gave them on "
            "Tuesday, but they've chosen not to progress you to the final stage - their "
            "words were that they need someone who can run the FME side from day one.\n\n"
            "For what it's worth, the field-data knowledge came across really well. I've "
            "got a couple of other briefs where that counts for more; I'll call you next "
            "week.\n\n"
            "Rory\n\n"
            "Rory Gillanders\nPartner, Corrie Search Partners\n"
            "Executive search for geospatial, energy and infrastructure\n"
            "m. 07700 900 271\n"
        ),
    ),
    # 12 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="after_assessment_centre_housing", lang="en",
        company="Dundee & Angus Housing Partnership",
        contact="kirsty.lowden@dahp.example.co.uk",
        frm=("Kirsty Lowden", "kirsty.lowden@dahp.example.co.uk"),
        subject="Assessment centre, 16 July - outcome",
        date="2026-07-24 12:15", tz="uk",
        text=(
            "Dear Hamish\n\n"
            "Thank you for attending our assessment centre for the Asset Data & GIS Officer "
            "post on Thursday 16 July.\n\n"
            "The assessors scored all four exercises independently and then met to agree "
            "final marks. Your in-tray exercise was among the strongest on the day, but "
            "your overall score fell just short of the candidates we are now inviting to "
            "the final interview, mainly because of the mapping exercise in QGIS.\n\n"
            "Written feedback on each exercise is attached to your applicant record and "
            "you can download it whenever you like.\n\n"
            "We know how much preparation an assessment day takes and we are grateful for "
            "yours.\n\n"
            "Best wishes\n\n"
            "Kirsty Lowden\nHR Adviser (Resourcing)\n"
            "Dundee & Angus Housing Partnership\n"
            "Seagate House, 12 Seagate, Dundee DD1 2XX\n"
            "01382 496 118\n\n"
            "Dundee & Angus Housing Partnership is a registered Scottish charity (SC044321) "
            "and a registered social landlord.\n"
        ),
    ),
    # 13 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="cp1252_after_trial_day_brae", lang="en",
        company="Brae Survey Services", contact="alison.cowie@braesurvey.example.co.uk",
        frm=("Alison Cowie", "alison.cowie@braesurvey.example.co.uk"),
        subject="Trial day - thanks and our decision",
        date="2026-08-28 16:50", tz="uk",
        charset="windows-1252", cte="8bit",
        text=(
            "Hi Hamish,\n\n"
            "Thanks for coming out with Stuart and the crew on the 19th – he said you "
            "picked up the GNSS rover quicker than most and didn’t complain about the "
            "rain once.\n\n"
            "We’ve thought hard about it, but we’re going to offer the job to someone who "
            "has their CSCS card and a couple of seasons on site already. With the "
            "Peterhead contract starting straight away we just can’t carry the training "
            "time at the moment. So it’s a “not now” rather than a “never”.\n\n"
            "Keep in touch – if we win the Stonehaven framework we’ll be hiring again "
            "in the spring.\n\n"
            "Alison\n\n"
            "Alison Cowie | Office Manager\n"
            "Brae Survey Services\n"
            "Unit 7, Denmore Road, Bridge of Don, Aberdeen AB23 8XX\n"
            "01224 496 545\n"
        ),
    ),
    # 14 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="university_panel_decision", lang="en",
        company="Royal Caledon University",
        contact="recruitment.hr@royalcaledon.example.ac.uk",
        frm=("Royal Caledon University - HR Recruitment", "recruitment.hr@royalcaledon.example.ac.uk"),
        subject="Vacancy 4471 GIS Technician (Estates) - interview outcome",
        date="2026-05-29 10:02", tz="uk",
        cte="quoted-printable",
        text=(
            "Dear Mr Delacroix-Oyelowo\n\n"
            "Vacancy 4471 - GIS Technician (Estates), Grade 5\n\n"
            "Further to your interview on 12 May, I am writing on behalf of the selection "
            "panel.\n\n"
            "The panel considered each candidate against the criteria set out in the "
            "further particulars, taking into account the presentation, the technical "
            "exercise and the interview itself. I am sorry to inform you that you have "
            "not been successful on this occasion.\n\n"
            "Should you wish to receive feedback, please reply to this email within 28 "
            "days and we will arrange for the panel chair, Dr Aonghas Peat, to contact "
            "you.\n\n"
            "Thank you for your interest in working at Royal Caledon University.\n\n"
            "Yours sincerely\n\n"
            "Elspeth Baird\n"
            "HR Recruitment Team\n"
            "Royal Caledon University, Old Infirmary Building, 1 Lauriston Place, "
            "Edinburgh EH3 9XX\n\n"
            "The Royal Caledon University is a charitable body, registered in Scotland, with "
            "registration number SC005678.\n"
            "This email may contain confidential information. If you are not the "
            "intended recipient, you must not disclose, copy or use it; please tell the "
            "sender and delete it.\n"
        ),
    ),
    # 15 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="speculative_no_opening_northesk", lang="en",
        company="North Esk Energy Networks", contact="talent@northesk-networks.example.co.uk",
        frm=("North Esk Energy Networks - Talent", "talent@northesk-networks.example.co.uk"),
        subject="RE: Speculative application - GIS / network records",
        date="2026-03-03 09:36", tz="uk",
        text=(
            "Dear Hamish,\n\n"
            "Thanks for getting in touch and for sending your CV on spec.\n\n"
            "We've looked at it alongside our workforce plan, and we don't have a network "
            "records or GIS opening that your background would fit for the foreseeable "
            "future. Rather than hold your details on file without a purpose, we've "
            "deleted them, as our privacy notice requires.\n\n"
            "Our vacancies are always advertised on our website, so that is the best place "
            "to keep an eye on.\n\n"
            "Regards,\n"
            "Talent Team\n"
            "North Esk Energy Networks\n"
            "Brechin Road, Montrose DD10 9XX\n\n"
            + outlook_header(
                "en", "Hamish Delacroix-Oyelowo", "hamish.do@example.co.uk",
                _dt.datetime(2026, 2, 24, 21, 14), "talent@northesk-networks.example.co.uk",
                "Speculative application - GIS / network records")
            + "\n\n"
            "Hello,\n\n"
            "I'm a postman in Aberdeen, currently finishing a QGIS certificate, and I'd love "
            "to move into network records or GIS work. I know every cable route marker on "
            "three delivery walks by heart! I've attached my CV in case you ever have an "
            "opening - I'd be delighted to come in for an interview or even a chat.\n\n"
            "Kind regards,\nHamish Delacroix-Oyelowo\n"
        ),
    ),
    # 16 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="smartrecruiters_bergen_formal", lang="en",
        company="Vestkyst Kartdata", contact="",
        frm=("Vestkyst Kartdata", "noreply@smartrecruiters.com"),
        subject="Vestkyst Kartdata - GIS Technician (Bergen)",
        date="2026-06-03 07:31", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Dear Hamish,\n\n"
            "Thank you for interviewing with us for the GIS Technician position in Bergen.\n\n"
            "Unfortunately we will not be offering you the position. We had many strong "
            "candidates and the final choice was difficult.\n\n"
            "We wish you every success with your job search.\n\n"
            "Best regards,\n"
            "Vestkyst Kartdata AS\n"
            "Damsgårdsveien 131, 5160 Laksevåg\n\n"
            "This is an automated message. Please do not reply.\n"
        ),
        html=ats_card(
            "Vestkyst Kartdata", "#0f766e",
            paras(
                "Dear Hamish,\n\n"
                "Thank you for interviewing with us for the GIS Technician position in "
                "Bergen.\n\n"
                "Unfortunately we will not be offering you the position. We had many strong "
                "candidates and the final choice was difficult.\n\n"
                "We wish you every success with your job search.\n\n"
                "Best regards,\nVestkyst Kartdata AS"
            ),
            "Damsgårdsveien 131, 5160 Laksevåg. This is an automated message. "
            "Please do not reply. Powered by SmartRecruiters.",
        ),
    ),
    # 17 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="agency_forwards_client_feedback", lang="en",
        company="Spey Valley Water", contact="zoe.abernethy@deverontalent.example.co.uk",
        frm=("Zoë Abernethy", "zoe.abernethy@deverontalent.example.co.uk"),
        name_enc=("utf-8", "B"),
        subject="Fwd: Spey Valley Water - GIS Technician feedback",
        date="2026-04-30 17:22", tz="uk",
        text=(
            "Hi Hamish,\n\n"
            "Sorry, not the outcome we wanted. Spey Valley Water have decided not to offer "
            "you the role - their note is below, word for word, as I think the feedback is "
            "genuinely useful. Have a read and give me a shout tomorrow; there's a "
            "Highland Council-adjacent contract I'd like to talk you through.\n\n"
            "Zoë\n\n"
            "Zoë Abernethy | Consultant | Deveron Talent\n"
            "07700 900 664\n\n"
            + forward_header("en", "Iain Stoddart", "iain.stoddart@speyvalleywater.example.co.uk",
                             _dt.datetime(2026, 4, 30, 15, 48),
                             "Zoë Abernethy <zoe.abernethy@deverontalent.example.co.uk>",
                             "GIS Technician - candidate H. Delacroix-Oyelowo")
            + "\n\n"
            "Hi Zoë,\n\n"
            "Thanks for sending Hamish along on Monday afternoon. We liked him - he was "
            "well prepared for the interview and his questions about the leak-detection "
            "data were sharp.\n\n"
            "We've decided to go with the other shortlisted candidate, who has two years "
            "on ArcGIS Utility Network. For Hamish, I'd suggest getting some exposure to "
            "a utility data model, even through a course; with that he'd be very "
            "competitive.\n\n"
            "Please pass on our thanks.\n\n"
            "Iain Stoddart\nNetwork Data Manager, Spey Valley Water\n"
        ),
    ),
    # 18 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="encoded_subject_second_round_kelvin", lang="en",
        company="Kelvin Lidar Solutions", contact="siobhan.nibhriain@kelvinlidar.example.co.uk",
        frm=("Siobhán Ní Bhriain", "siobhan.nibhriain@kelvinlidar.example.co.uk"),
        name_enc=("utf-8", "Q"),
        subject="Re: Second interview – Friday 12 June – outcome",
        subj_enc=("utf-8", "B"),
        date="2026-06-26 11:44", tz="uk",
        parent="kls-move", quote="gmail",
        text=(
            "Hi Hamish,\n\n"
            "Thank you for coming back in for the second round and for being so flexible "
            "about the time.\n\n"
            "It was a close call between you and one other person. The point cloud "
            "classification task tipped it: the other candidate had already built "
            "similar pipelines in PDAL. So we're offering them the job, and I'm sorry to "
            "say that means there isn't a place for you on the team this time.\n\n"
            "I'd be glad to keep your details and get in touch first if we open the second "
            "technician post we're hoping for next year. Just tell me if you'd rather we "
            "didn't.\n\n"
            "Warm wishes,\n"
            "Siobhán\n\n"
            "Siobhán Ní Bhriain\n"
            "Operations Director, Kelvin Lidar Solutions\n"
            "Suite 3/2, 58 Kelvinhaugh Street, Glasgow G3 8XX\n"
            "+44 141 496 0722\n"
        ),
    ),
    # 19 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="personio_absage_formal", lang="de",
        company="Hanseatische Geodatendienste", contact="",
        frm=("Hanseatische Geodatendienste GmbH", "no-reply@personio.de"),
        subject="Ihre Bewerbung als GIS-Techniker (m/w/d)",
        date="2026-03-27 10:05", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Hanseatische Geodatendienste", "#00457c",
            paras(
                "Sehr geehrter Herr Delacroix-Oyelowo,\n\n"
                "vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.\n\n"
                "Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider "
                "mitteilen, dass wir Ihre Bewerbung für die Position GIS-Techniker (m/w/d) "
                "nicht weiter berücksichtigen können. Diese Entscheidung ist keine "
                "Bewertung Ihrer Person.\n\n"
                "Ihre Daten löschen wir gemäß DSGVO sechs Monate nach Abschluss des "
                "Verfahrens.\n\n"
                "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
                "Mit freundlichen Grüßen\n"
                "Ihr Recruiting-Team\n"
                "Hanseatische Geodatendienste GmbH"
            ),
            "Hanseatische Geodatendienste GmbH · Am Sandtorkai 12 · 20457 Hamburg · "
            "Amtsgericht Hamburg HRB 123456 · Geschäftsführung: Dr. Henrike Abels",
        ),
        html_cte="base64",
    ),
    # 20 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="nach_gespraech_latin1_elbufer", lang="de",
        company="Elbufer Vermessung", contact="till.brodersen@elbufer-vermessung.example.de",
        frm=("Till Brodersen", "till.brodersen@elbufer-vermessung.example.de"),
        subject="AW: Vielen Dank für das Gespräch am Mittwoch",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-13 15:12", tz="cet",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hallo Herr Delacroix-Oyelowo,\n\n"
            "danke für Ihre freundliche Nachricht nach unserem Termin in Wilhelmsburg.\n\n"
            "Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns "
            "für einen Bewerber entschieden, der bereits als Vermessungstechniker "
            "gearbeitet hat und die Liegenschaftskarte aus dem Alltag kennt. Für Sie "
            "haben wir deshalb leider keine Zusage.\n\n"
            "Ihr Deutsch und Ihre Ortskenntnis aus der Zustellung haben uns beeindruckt "
            "- bleiben Sie dran.\n\n"
            "Viele Grüße aus dem Hafen\n"
            "Till Brodersen\n\n"
            "--\n"
            "Elbufer Vermessung GmbH & Co. KG\n"
            "Öffentlich bestellte Vermessungsingenieure\n"
            "Veringstraße 45, 21107 Hamburg\n"
            "Tel. 040 5550 1873\n"
            "Sitz Hamburg, Registergericht Hamburg HRA 98765\n\n"
            "Am 06.05.2026 um 19:41 schrieb Hamish Delacroix-Oyelowo "
            "<hamish.do@example.co.uk>:\n"
            + quote(
                "Sehr geehrter Herr Brodersen,\n\n"
                "vielen Dank für das angenehme Gespräch am Mittwoch und den Rundgang durch "
                "das Büro. Die Aufgabe mit den Gebäudeeinmessungen hat mich sehr gereizt, "
                "und ich würde mich freuen, wieder von Ihnen zu hören.\n\n"
                "Mit freundlichen Grüßen\n"
                "Hamish Delacroix-Oyelowo"
            )
            + "\n"
        ),
    ),
    # 21 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="successfactors_intern_besetzt", lang="de",
        company="Wilhelmsburger Wasserwerke", contact="",
        frm=("Wilhelmsburger Wasserwerke Karriere", "noreply@successfactors.eu"),
        subject="Stelle 26-0193 Techniker/in Geoinformation – Stand Ihrer Bewerbung",
        subj_enc=("utf-8", "Q"),
        date="2026-08-18 06:55", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Guten Tag Hamish Delacroix-Oyelowo,\n\n"
            "Sie haben sich bei uns auf die Stelle 26-0193 Techniker/in Geoinformation "
            "(Netzdokumentation) beworben. Dafür danken wir Ihnen.\n\n"
            "Die Position wurde zwischenzeitlich mit einer internen Kandidatin besetzt. "
            "Das Auswahlverfahren ist damit beendet, und wir können Ihre Bewerbung nicht "
            "mehr berücksichtigen.\n\n"
            "Neue Ausschreibungen finden Sie jederzeit in unserem Karriereportal.\n\n"
            "Freundliche Grüße\n"
            "Personalgewinnung\n"
            "Wilhelmsburger Wasserwerke AöR\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.\n"
        ),
    ),
    # 22 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="agentur_kunde_sagt_ab", lang="de",
        company="Nordlicht Netze", contact="f.voss@brinkmann-voss.example.de",
        frm=("Frederike Voss", "f.voss@brinkmann-voss.example.de"),
        subject="AW: Vorstellung bei Nordlicht Netze am 3. Juni",
        date="2026-06-12 09:48", tz="cet",
        parent="bv-inv", quote="outlook",
        text=(
            "Lieber Herr Delacroix-Oyelowo,\n\n"
            "ich habe gestern Abend mit der Teamleitung bei Nordlicht Netze telefoniert. "
            "Das Feedback zum Gespräch war freundlich, aber eindeutig: Man wird Ihnen "
            "kein Angebot machen. Ausschlaggebend war, dass die Stelle sehr viel "
            "Abstimmung mit Tiefbaufirmen auf Deutsch am Telefon verlangt und man sich "
            "jemanden mit mehr Routine darin wünscht.\n\n"
            "Ich weiß, dass das ärgerlich ist, nachdem Sie extra nach Hamburg gekommen "
            "sind. Ich halte Ihr Profil aktiv und melde mich, sobald etwas Passendes mit "
            "englischsprachigem Umfeld hereinkommt.\n\n"
            "Herzliche Grüße\n"
            "Frederike Voss\n\n"
            "Brinkmann & Voss Personalberatung GmbH\n"
            "Ballindamm 17 · 20095 Hamburg\n"
            "T +49 40 5550 2290\n"
            "Geschäftsführer: Jens Brinkmann, Frederike Voss · HRB 145566\n"
        ),
    ),
    # 23 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="du_form_startup_cp1252", lang="de",
        company="Kartenwerk Ottensen", contact="jonas@kartenwerk-ottensen.example.de",
        frm=("Jonas | Kartenwerk", "jonas@kartenwerk-ottensen.example.de"),
        subject="Kurzes Update zu deiner Bewerbung",
        date="2026-07-29 18:21", tz="cet",
        charset="windows-1252", cte="8bit",
        text=(
            "Hey Hamish,\n\n"
            "danke dir, dass du dir bei uns so viel Mühe gegeben hast – die kleine "
            "Karte von deinem alten Zustellbezirk fanden wir im Team echt cool.\n\n"
            "Wir haben uns jetzt aber für jemanden entschieden, der schon in Hamburg "
            "wohnt und direkt mit den Drohnenflügen loslegen kann. Deshalb wird’s "
            "diesmal nichts mit uns beiden.\n\n"
            "Falls du im Herbst sowieso herziehst: Schreib mir gern, dann trinken wir "
            "mal einen Kaffee am Spritzenplatz.\n\n"
            "Liebe Grüße\n"
            "Jonas\n\n"
            "Kartenwerk Ottensen · Bahrenfelder Str. 201 · 22765 Hamburg\n"
        ),
    ),
    # 24 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="smartrecruiters_refus_encoded_name", lang="fr",
        company="Géomatique Léman", contact="",
        frm=("Géomatique Léman SA", "noreply@smartrecruiters.com"),
        name_enc=("iso-8859-1", "Q"),
        subject="Votre candidature – Technicien·ne SIG (80-100 %)",
        subj_enc=("utf-8", "Q"),
        date="2026-03-12 13:30", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Bonjour Hamish,\n\n"
            "Nous vous remercions de l'intérêt que vous portez à Géomatique Léman et du "
            "temps consacré à nos échanges.\n\n"
            "Après avoir comparé les profils rencontrés en entretien, nous avons décidé "
            "de ne pas donner suite à votre candidature pour le poste de technicien·ne SIG. "
            "Cette décision a été difficile à prendre.\n\n"
            "Nous vous souhaitons plein succès dans la suite de vos démarches.\n\n"
            "Meilleures salutations,\n\n"
            "L'équipe Ressources humaines\n"
            "Géomatique Léman SA\n"
            "Avenue de Rhodanie 58, 1007 Lausanne\n\n"
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.\n"
        ),
        html=ats_card(
            "Géomatique Léman", "#c2410c",
            paras(
                "Bonjour Hamish,\n\n"
                "Nous vous remercions de l'intérêt que vous portez à Géomatique Léman et du "
                "temps consacré à nos échanges.\n\n"
                "Après avoir comparé les profils rencontrés en entretien, nous avons décidé "
                "de ne pas donner suite à votre candidature pour le poste de technicien·ne "
                "SIG. Cette décision a été difficile à prendre.\n\n"
                "Nous vous souhaitons plein succès dans la suite de vos démarches.\n\n"
                "Meilleures salutations,\nL'équipe Ressources humaines"
            ),
            "Géomatique Léman SA, Avenue de Rhodanie 58, 1007 Lausanne. "
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
        ),
    ),
    # 25 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="apres_entretien_cite_remerciements", lang="fr",
        company="Services industriels de la Riponne",
        contact="nicolas.favre@sir-riponne.example.ch",
        frm=("Nicolas Favre", "nicolas.favre@sir-riponne.example.ch"),
        subject="Re: Merci pour l'entretien de mardi",
        date="2026-05-07 16:38", tz="cet",
        parent="sir-thanks", quote="gmail",
        text=(
            "Bonjour Monsieur Delacroix-Oyelowo,\n\n"
            "Merci pour votre message, qui a été apprécié par toute la commission.\n\n"
            "Je dois malheureusement vous annoncer que nous avons retenu une autre "
            "personne pour le poste de dessinateur·trice SIG réseaux. Elle maîtrise déjà "
            "notre logiciel de gestion des conduites, ce qui a pesé dans la balance.\n\n"
            "Votre parcours de facteur nous a réellement intéressés, et je vous "
            "encourage à postuler à nouveau si un poste similaire se libère chez nous.\n\n"
            "Avec mes meilleures salutations,\n\n"
            "Nicolas Favre\n"
            "Responsable géomatique\n"
            "Services industriels de la Riponne\n"
            "Place de la Riponne 10, 1005 Lausanne\n"
            "+41 21 555 34 12\n"
        ),
    ),
    # 26 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="agence_client_refuse", lang="fr",
        company="Commune de Praz-Motty", contact="l.bonvin@talents-romands.example.ch",
        frm=("Laure Bonvin", "l.bonvin@talents-romands.example.ch"),
        subject="RE: Entretien manqué - Commune de Praz-Motty",
        date="2026-07-28 10:14", tz="cet",
        parent="tr-miss", quote="outlook",
        text=(
            "Bonjour Hamish,\n\n"
            "J'ai transmis vos explications à la Commune de Praz-Motty, comme promis.\n\n"
            "Le chef du service technique m'a répondu ce matin : ils ne proposeront pas "
            "de nouvelle date et ont clos votre candidature. Le poste d'assistant SIG "
            "sera attribué parmi les personnes déjà rencontrées.\n\n"
            "Je suis désolée de ce dénouement. Votre dossier reste actif chez nous et je "
            "vous recontacte dès qu'une mission adaptée se présente.\n\n"
            "Belle journée,\n"
            "Laure Bonvin\n"
            "Consultante | Talents Romands Intérim SA\n"
            "Rue du Petit-Chêne 18, 1003 Lausanne | +41 21 555 80 40\n"
        ),
    ),
    # 27 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="poste_gele_html_only", lang="fr",
        company="Haute École d'ingénierie de Sauvabelin",
        contact="rh.recrutement@heis.example.ch",
        frm=("HEIS - Ressources humaines", "rh.recrutement@heis.example.ch"),
        subject="Poste de technicien·ne en géoinformation (réf. 26-118)",
        date="2026-09-16 11:00", tz="cet",
        html=(
            "<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Georgia,serif;font-size:15px\">\n"
            + paras(
                "Monsieur,\n\n"
                "Nous revenons vers vous au sujet du poste de technicien·ne en "
                "géoinformation (référence 26-118) au sein de l'Institut de géomatique.\n\n"
                "Suite à l'adoption du budget 2027 par le Conseil de direction, ce poste a "
                "été gelé pour une durée indéterminée. La procédure de recrutement est "
                "donc interrompue et nous ne pourrons pas y donner suite, ni pour vous ni "
                "pour les autres personnes candidates.\n\n"
                "Nous regrettons ce contretemps, indépendant de la qualité de votre "
                "dossier.\n\n"
                "Veuillez agréer, Monsieur, nos salutations distinguées.\n\n"
                "Service des ressources humaines\n"
                "Haute École d'ingénierie de Sauvabelin\n"
                "Route de la Clochatte 4, 1052 Le Mont-sur-Lausanne"
            )
            + "\n</body></html>\n"
        ),
        html_cte="quoted-printable",
    ),
    # 28 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="tras_entrevista_cartografia", lang="es",
        company="Cartografía Cantábrica", contact="lucia.ruizdelapena@cartocantabrica.example.es",
        frm=("Lucía Ruiz de la Peña", "lucia.ruizdelapena@cartocantabrica.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Re: Entrevista técnico/a SIG - nueva hora",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-26 13:07", tz="cet",
        parent="cc-move", quote="gmail",
        text=(
            "Hola Hamish:\n\n"
            "Gracias de nuevo por la entrevista del día 13 y por adaptarte al cambio de "
            "hora.\n\n"
            "Te escribo para contarte que finalmente el puesto se lo hemos ofrecido a "
            "otra persona, que ya había trabajado con catastro y con el visor de la "
            "Confederación Hidrográfica. Sentimos no poder darte mejores noticias.\n\n"
            "Nos gustó mucho tu forma de explicar cómo organizabas las rutas de reparto; "
            "si vuelve a salir una vacante, contaremos contigo.\n\n"
            "Un saludo cordial,\n"
            "Lucía\n\n"
            "Lucía Ruiz de la Peña\n"
            "Directora técnica\n"
            "Cartografía Cantábrica S.L. · C/ Castelar 21, 39004 Santander\n"
            "Tel. 942 555 318\n"
        ),
    ),
    # 29 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="formal_aguas_del_pas", lang="es",
        company="Aguas del Pas", contact="",
        frm=("Aguas del Pas - Selección", "noreply@successfactors.eu"),
        subject="Resolución de su candidatura: Técnico/a GIS de redes",
        subj_enc=("iso-8859-1", "B"),
        date="2026-06-23 08:10", tz="utc",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text=(
            "Estimado/a Hamish Delacroix-Oyelowo:\n\n"
            "Le agradecemos su participación en el proceso de selección para la plaza de "
            "Técnico/a GIS de redes (ref. ADP-2026-14).\n\n"
            "Lamentamos comunicarle que su candidatura no ha resultado seleccionada. El "
            "proceso continúa con las personas cuyo perfil se ajusta en mayor medida a lo "
            "solicitado.\n\n"
            "Conservaremos sus datos durante doce meses conforme a nuestra política de "
            "privacidad, salvo que nos indique lo contrario.\n\n"
            "Atentamente,\n"
            "Departamento de Personas\n"
            "Aguas del Pas, S.A.\n\n"
            "Este mensaje se ha generado automáticamente. Por favor, no responda a esta "
            "dirección.\n"
        ),
    ),
    # 30 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="agencia_cliente_besaya", lang="es",
        company="Energías del Besaya", contact="marcos.gandarillas@nortetalento.example.es",
        frm=("Marcos Gandarillas", "marcos.gandarillas@nortetalento.example.es"),
        subject="RE: Energías del Besaya - entrevista aplazada",
        date="2026-08-07 12:33", tz="cet",
        parent="nt-cancel", quote="outlook",
        text=(
            "Hola Hamish,\n\n"
            "Por fin tengo respuesta de Energías del Besaya. Han reorganizado el área de "
            "ingeniería y, al final, no van a seguir con tu candidatura: van a cubrir el "
            "puesto de técnico SIG con alguien de su planta de Torrelavega.\n\n"
            "Siento que haya sido así después de tanto esperar. Tu perfil sigue activo "
            "con nosotros y ya te he apuntado para dos procesos de topografía que "
            "abrimos en septiembre.\n\n"
            "Un abrazo,\n"
            "Marcos\n\n"
            "Marcos Gandarillas\n"
            "Consultor de selección · Norte Talento Selección\n"
            "Paseo de Pereda 32, 39004 Santander · 942 555 607\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen "
            "exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos "
            "que lo comunique al remitente y lo elimine.\n"
        ),
    ),
    # 31 --------------------------------------------------------------------------------
    M(
        kind="rejection", slug="tuteo_startup_latin1", lang="es",
        company="Geodatos Sardinero", contact="ines@geodatos-sardinero.example.es",
        frm=("Inés Bolado", "ines@geodatos-sardinero.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Lo del puesto de técnico SIG",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-10-02 19:50", tz="cet",
        charset="iso-8859-1", cte="8bit",
        text=(
            "¡Hola, Hamish!\n\n"
            "Perdona que haya tardado tanto en escribirte. Al final nos quedamos con otra "
            "persona para el puesto: alguien de aquí que ya conocía el proyecto de las "
            "playas y podía empezar el lunes.\n\n"
            "Me dio pena, porque la charla contigo fue de las mejores. Si te animas a "
            "venir a Santander de todas formas, avísame y te presento a la gente del "
            "meetup de QGIS.\n\n"
            "¡Mucha suerte!\n"
            "Inés\n\n"
            "Geodatos Sardinero · Av. de los Castros 51, 39005 Santander\n"
        ),
    ),
]
