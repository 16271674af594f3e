"""Corpus 251: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

from msgs251_common import (
    CAND,
    ats_card,
    forwarded,
    mso,
    outlook_word,
    paras,
    plain_html,
    reply_chain,
)

AUTO = [("Auto-Submitted", "auto-generated")]

AIREQUAY_SIG = (
    "Nadia Sharif\n"
    "Events Operations Manager\n"
    "Aire Quay Conference Centre\n"
    "Clarence Dock Road, Leeds LS10 1LT\n"
    "T: 0113 496 0745\n"
)
AIREQUAY_LEGAL = (
    "Aire Quay Conference Centre is a trading name of Aire Quay Venues Ltd, registered in "
    "England no. 08812274. This e-mail is confidential and may be privileged. If you are not "
    "the intended recipient, please delete it and tell the sender."
)


def I(**kw):
    kw.setdefault("kind", "interview_invitation")
    return kw


def S(**kw):
    kw.setdefault("kind", "interview_reschedule_or_cancel")
    return kw


def Mi(**kw):
    kw.setdefault("kind", "missed_interview_notice")
    return kw


INVITES = [
    # ---------------------------------------------------------------- English
    I(
        name="aire_quay_panel_ics_request",
        key="airequay-invite", parent="airequay-ack",
        lang="en", company="Aire Quay Conference Centre",
        contact="nadia.sharif@airequay.example.co.uk",
        date="2026-05-18 09:22",
        frm=("Nadia Sharif", "nadia.sharif@airequay.example.co.uk"),
        cc=("Tom Ackroyd", "tom.ackroyd@airequay.example.co.uk"),
        subject="Interview invitation: Events Coordinator - Thursday 28 May",
        html=outlook_word(mso(
            "Dear Philippa,\n\n"
            "Thank you for applying for the Events Coordinator role. We were impressed by "
            "your application and would like to invite you to a panel interview.\n\n"
            "Date: Thursday 28 May 2026\nTime: 10:00-11:00\n"
            "Place: Aire Quay Conference Centre, Boardroom 2 (ask at main reception)\n"
            "Panel: me, Tom Ackroyd (HR Business Partner) and Leanne Firth (Head of Sales)\n\n"
            "We'll ask you to spend the first ten minutes walking us through how you would "
            "welcome 400 delegates on the first morning of a two-day medical conference. No "
            "slides needed - a sheet of notes is fine.\n\n"
            "I've sent a calendar invitation; please accept it or let me know if the time "
            "doesn't work.\n\n"
            "Kind regards,\n\n" + AIREQUAY_SIG + "\n" + AIREQUAY_LEGAL
        )),
        text="auto", cte="quoted-printable",
        ics=dict(
            uid="AQ-EC-2026-0528-PO@airequay.example.co.uk",
            start="2026-05-28 10:00", end="2026-05-28 11:00",
            summary="Interview: Events Coordinator - Philippa Okafor-Grünwald",
            location="Aire Quay Conference Centre, Boardroom 2, Leeds",
            description="Panel interview (Nadia Sharif, Tom Ackroyd, Leanne Firth).",
            organizer=("Nadia Sharif", "nadia.sharif@airequay.example.co.uk"),
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    I(
        name="canongate_greenhouse_second_round_link",
        key="canongate-invite", parent="canongate-ack",
        lang="en", company="Canongate Festival Society",
        contact="morag.baird@canongatefest.example.org.uk",
        date="2026-04-01 14:03",
        frm=("Morag Baird via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Morag Baird", "morag.baird@canongatefest.example.org.uk"),
        subject="Canongate Festival Society - second interview",
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "Thank you for the phone conversation last week. We'd love to take things to the "
            "next stage: a second interview (about an hour, in person at our Tolbooth Wynd "
            "office) with me and two of the venue managers.\n\n"
            "Please choose a time that suits you using the link below - slots are available "
            "on 9 and 10 April.\n\n"
            "https://app.greenhouse.io/scheduling/candidate/8f3b21c0d7\n\n"
            "If none of those work, just reply to this email and we'll find another time.\n\n"
            "Best,\nMorag Baird\nHead of Programme Operations, Canongate Festival Society"
        )),
        text="auto", cte="quoted-printable",
    ),
    I(
        name="pennine_talent_client_interview_tyne_quayside",
        key="pennine-tyne-invite", parent="pennine-registered",
        lang="en", company="Tyne Quayside Venues",
        contact="liam.dunwell@penninetalent.example.co.uk",
        date="2026-03-16 12:48",
        frm=("Liam Dunwell", "liam.dunwell@penninetalent.example.co.uk"),
        subject="Interview confirmed - Tyne Quayside Venues, Thu 26 March",
        text=(
            "Hi Philippa,\n\n"
            "Great news - Tyne Quayside Venues would like to meet you for the Venue Events "
            "Coordinator role.\n\n"
            "When: Thursday 26 March, 1.30pm (allow an hour)\n"
            "Where: The Boiler House, Quayside, Newcastle NE1 3DX - ask for Claire Robson, "
            "Venue Manager\n"
            "Format: a chat with Claire and a walk round the two event spaces\n\n"
            "Claire is keen to hear about how you handle large groups and anything you've done "
            "around corporate hires. I'll give you a ring on Wednesday to prep.\n\n"
            "Can you confirm you're good for this?\n\n"
            "Cheers,\nLiam\n\n"
            "Liam Dunwell | Senior Consultant - Hospitality & Events\n"
            "Pennine Talent Partners | 22 Park Row, Leeds LS1 5JF | 0113 496 0188"
        ),
        cte="7bit",
    ),
    I(
        name="brightgate_phone_screen_ask",
        key="brightgate-screen", parent="brightgate-registered",
        lang="en", company="Brightgate Recruitment",
        contact="priya.menon@brightgate.example.co.uk",
        date="2026-01-21 15:32",
        frm=("Priya Menon", "priya.menon@brightgate.example.co.uk"),
        subject="Quick call re events roles?",
        text=(
            "Hi Philippa,\n\n"
            "Thanks for registering with us. Before I send your CV anywhere I like to have a "
            "20-minute call with everyone - it's basically a screening interview so I can "
            "understand what you're after and what you'd be brilliant at.\n\n"
            "Would Friday at 10:00 work? I'll ring you on the mobile number on your CV.\n\n"
            "Thanks,\nPriya\n\n"
            "Priya Menon\nRecruitment Consultant, Events & Conferences\n"
            "Brightgate Recruitment, 1 Piccadilly Place, Manchester M1 3BN\n"
            "0161 496 0377"
        ),
    ),
    I(
        name="calton_icims_assessment_centre",
        key="calton-invite",
        lang="en", company="Calton University", contact="",
        date="2026-05-13 10:00",
        frm=("Calton University Careers", "donotreply@icims.com"),
        subject="Invitation to assessment centre - Events and Hospitality Coordinator",
        headers=AUTO,
        html=ats_card(
            "Calton University", "#5b2a86",
            paras(
                "Dear Philippa,\n\n"
                "Requisition 2026-1187 - Events and Hospitality Coordinator\n\n"
                "We are pleased to invite you to an assessment centre, which will take place "
                "on Tuesday 2 June 2026 from 09:30 to 15:00 at the Old Infirmary building, "
                "Calton University, 1 Regent Road, Edinburgh.\n\n"
                "The day will include a group exercise, an in-tray exercise and a panel "
                "interview. Lunch is provided. Please bring photo ID and your right-to-work "
                "documents.\n\n"
                "Please confirm your attendance through the candidate portal by 20 May. If you "
                "require any adjustments, tell us in the portal.\n\n"
                "Resourcing Team"
            ) + '\n<p><a href="https://careers-calton.icims.com/jobs/candidate/confirm">'
            "Confirm attendance</a></p>",
            "Please do not reply to this automated message.",
        ),
        text="auto", cte="quoted-printable",
    ),
    I(
        name="ouse_valley_trial_day",
        key="ousevalley-trial",
        lang="en", company="Ouse Valley Heritage Trust",
        contact="helen.brackenbury@ousevalley.example.org.uk",
        date="2026-04-20 11:14",
        frm=("Helen Brackenbury", "helen.brackenbury@ousevalley.example.org.uk"),
        subject="Trial day at Bishopgate Mill - events assistant role",
        text=(
            "Dear Philippa,\n\n"
            "Thanks for your application for the Events & Visitor Experience Assistant "
            "post. Rather than a formal interview, we'd like you to spend a paid trial day "
            "with us at Bishopgate Mill on Thursday 7 May, 9am to 4pm.\n\n"
            "You'll shadow our events team setting up for a wedding reception, help with the "
            "afternoon school visit, and we'll have a sit-down conversation at about 2pm "
            "with me and our director, Ade.\n\n"
            "Wear comfortable shoes! Lunch is on us. Could you let me know by Friday whether "
            "you can make it?\n\n"
            "Best wishes,\n"
            "Helen Brackenbury\n"
            "Visitor Experience & Events Manager\n"
            "Ouse Valley Heritage Trust\n"
            "Bishopgate Mill, Skeldergate, York YO1 6DH\n"
            "01904 496 0231\n"
            "Registered charity no. 1145529"
        ),
        cte="quoted-printable",
    ),
    I(
        name="kirkgate_free_thursday_to_chat",
        key="kirkgate-chat", parent="kirkgate-received",
        lang="en", company="Kirkgate Arts Trust",
        contact="saoirse@kirkgatearts.example.org.uk",
        date="2026-02-03 12:15",
        frm=("Saoirse Quinn", "saoirse@kirkgatearts.example.org.uk"),
        subject="Re: events coordinator application",
        text=(
            "Are you free Thursday to chat about the events coordinator job? Nothing "
            "formal, just me and Anwar from the board, 4ish at the Corn Exchange cafe?\n\n"
            "S\n\n"
            + reply_chain(
                "en", "2026-01-26 09:02", "Saoirse Quinn", "saoirse@kirkgatearts.example.org.uk",
                "Hi Philippa - lovely to see your name pop up! We've received your CV and "
                "cover letter for the coordinator post, I'll share with the panel once the "
                "advert closes on the 30th.\n\nSaoirse",
            )
        ),
    ),
    I(
        name="nsummit_ashby_scheduling",
        key="nsummit-invite", parent="nsummit-ack",
        lang="en", company="Northern Sustainability Summit", contact="",
        date="2026-02-02 16:20", tz="+0000",
        frm=("Northern Sustainability Summit Hiring Team", "no-reply@ashbyhq.com"),
        subject="Schedule your interview with Northern Sustainability Summit",
        headers=AUTO,
        html=ats_card(
            "Northern Sustainability Summit", "#166534",
            paras(
                "Hi Philippa,\n\n"
                "Good news - we'd like to invite you to a 30-minute video interview with "
                "Oliver Pratt, our Programme Lead, for the Speaker & Programme Coordinator "
                "role.\n\n"
                "Pick a slot that works for you below. The call will be on Microsoft Teams; "
                "a link will be in your calendar invitation once you've booked."
            ) + '\n<p><a href="https://jobs.ashbyhq.com/nsummit/interview/schedule/ab12cd"'
            ' style="background:#166534;color:#fff;padding:10px 16px;text-decoration:none">'
            "Choose a time</a></p>",
            "Sent via Ashby",
        ),
        text="auto", cte="quoted-printable",
    ),
    I(
        name="grainger_joel_via_lever",
        key="grainger-invite",
        lang="en", company="Grainger Conferences",
        contact="joel.hepworth@graingerconf.example.co.uk",
        date="2026-02-16 10:05",
        frm=("Joel Hepworth via Lever", "no-reply@hire.lever.co"),
        reply_to=("Joel Hepworth", "joel.hepworth@graingerconf.example.co.uk"),
        subject="Grainger Conferences - Delegate Services Coordinator interview",
        text=(
            "Hi Philippa,\n\n"
            "I'm the hiring manager for Delegate Services Coordinator here at Grainger "
            "Conferences. I'd like to set up a 45-minute video interview.\n\n"
            "I've pencilled in Tuesday 24 February at 11:00 on Google Meet: "
            "https://meet.google.com/kqv-rmsp-tad - if that's no good, reply with a couple of "
            "alternatives and I'll move it.\n\n"
            "We'll talk about your guiding work, and I'll ask you about a time something went "
            "wrong in front of a group and how you handled it.\n\n"
            "Speak soon,\nJoel\n\n"
            "Joel Hepworth - Head of Delegate Services, Grainger Conferences\n"
            "Grey Street, Newcastle upon Tyne NE1 6EE"
        ),
    ),
    I(
        name="headrow_invite_bring_plan",
        key="headrow-invite",
        lang="en", company="Headrow Events Group",
        contact="kerry.lumb@headrowevents.example.co.uk",
        date="2026-03-09 11:20",
        frm=("Kerry Lumb", "kerry.lumb@headrowevents.example.co.uk"),
        subject="Interview - Events Coordinator (Leeds)",
        html=outlook_word(mso(
            "Hi Philippa\n\n"
            "We'd like to invite you to interview for the Events Coordinator role. We're "
            "holding interviews on Tuesday 17 March at our Headrow office; could you do 2pm? "
            "Please bring a one-page plan for a 200-guest product launch - we'll talk it "
            "through with you.\n\n"
            "Kerry\n\n"
            "Kerry Lumb\nOperations Director | Headrow Events Group\n"
            "The Arcade Building, 9 Headrow, Leeds LS1 6PU\nt. 0113 496 0271"
        )),
        text="auto", cte="base64",
    ),
    I(
        name="vale_of_ebor_workday_ics_attachment",
        key="ebor-invite", parent="ebor-ack",
        lang="en", company="Vale of Ebor Council", contact="",
        date="2026-02-27 13:30", tz="+0000",
        frm=("Vale of Ebor Council", "valeofebor@myworkday.com"),
        subject="Interview: Civic Events & Engagement Officer (REQ-04418)",
        headers=AUTO,
        html=ats_card(
            "Vale of Ebor Council", "#004b6b",
            paras(
                "Dear Philippa,\n\n"
                "We are pleased to tell you that you have been shortlisted for the post of "
                "Civic Events & Engagement Officer.\n\n"
                "Your interview is arranged for Tuesday 10 March 2026 at 14:30 in Committee "
                "Room 3, West Offices, Station Rise, York. It will last around 45 minutes and "
                "will include a ten-minute presentation on the topic: 'How would you increase "
                "attendance at the Council's Remembrance and civic events among under-30s?'\n\n"
                "A calendar file is attached. Please confirm through your candidate home "
                "page.\n\n"
                "People Services, Vale of Ebor Council"
            ),
            "This message was sent from an unmonitored mailbox.",
        ),
        text="auto", cte="quoted-printable",
        ics=dict(
            inline=False, filename="Interview.ics",
            uid="REQ-04418-INT-77120@valeofebor.myworkday.com",
            start="2026-03-10 14:30", end="2026-03-10 15:15",
            summary="Interview - Civic Events & Engagement Officer",
            location="Committee Room 3, West Offices, Station Rise, York",
            organizer=("Vale of Ebor Council", "valeofebor@myworkday.com"),
        ),
    ),
    I(
        name="hadrian_forwards_swaledale_invite",
        key="hadrian-swaledale",
        lang="en", company="Swaledale Conference Hotels",
        contact="fraser.nicol@hadriansearch.example.co.uk",
        date="2026-04-08 08:51",
        frm=("Fraser Nicol", "fraser.nicol@hadriansearch.example.co.uk"),
        subject="Fwd: Meeting Philippa Okafor-Grünwald - Conference Coordinator",
        text=(
            "Morning Philippa,\n\n"
            "Good news on the Swaledale application - see below from their HR lead. They'd "
            "like to meet you at the Richmond hotel next Wednesday at 11:00. Dress is smart "
            "casual; they'll give you a tour of the conference suite first. Let me know you "
            "can make it and I'll confirm back.\n\n"
            "Fraser\n\n"
            + forwarded(
                "en", "Rachel Thwaite <r.thwaite@swaledalehotels.example.co.uk>",
                "Tue, 7 Apr 2026 at 17:40",
                "Meeting Philippa Okafor-Grünwald - Conference Coordinator",
                "Fraser Nicol <fraser.nicol@hadriansearch.example.co.uk>",
                "Hi Fraser,\n\nThanks for sending Philippa's details over. Her guiding "
                "background is interesting for us. Could she come to The Frenchgate, "
                "Richmond on Wednesday 15 April at 11am for an interview with me and our "
                "Conference & Banqueting Manager?\n\nMany thanks,\nRachel Thwaite\n"
                "HR Manager, Swaledale Conference Hotels",
            )
        ),
    ),
    I(
        name="castlegate_smartrecruiters_phone_screen",
        key="castlegate-invite", parent="castlegate-ack",
        lang="en", company="Castlegate Hotel Group",
        contact="gemma.holt@castlegatehotels.example.co.uk",
        date="2026-04-23 09:40",
        frm=("Castlegate Hotel Group", "noreply@smartrecruiters.com"),
        reply_to=("Gemma Holt", "gemma.holt@castlegatehotels.example.co.uk"),
        subject="Next step: phone interview for Conference & Banqueting Coordinator",
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "Thanks for applying to Castlegate Hotel Group. I'd like to arrange a short phone "
            "interview (around 20 minutes) to learn more about you.\n\n"
            "I'll call you on Wednesday 29 April at 10:30. If you need a different time, "
            "reply to this message and I'll sort it.\n\n"
            "Gemma Holt\nTalent Partner, Castlegate Hotel Group\n"
            "gemma.holt@castlegatehotels.example.co.uk"
        )),
        text="auto", cte="quoted-printable",
    ),
    I(
        name="tyneside_panel_teams",
        key="tyneside-invite",
        lang="en", company="Tyneside Borough Council",
        contact="andrew.forster@tynesidebc.example.gov.uk",
        date="2026-05-06 14:12",
        frm=("Andrew Forster", "andrew.forster@tynesidebc.example.gov.uk"),
        subject="Shortlisting outcome - TBC/0614 Events and Cultural Programme Officer",
        text=(
            "Dear Ms Okafor-Grünwald,\n\n"
            "I am pleased to let you know that you have been shortlisted for interview for "
            "the post of Events and Cultural Programme Officer.\n\n"
            "The interview panel will be held on Microsoft Teams on Wednesday 20 May 2026 at "
            "10:15. The panel will be me (Cultural Programme Manager), Cllr Joanne Reay and a "
            "representative from HR. You will be asked to give a five-minute presentation on "
            "'One free event that would bring a new audience to our riverside'.\n\n"
            "A Teams invitation will follow separately. Please confirm your attendance by "
            "replying to this email.\n\n"
            "Yours sincerely\n\n"
            "Andrew Forster\nCultural Programme Manager\nTyneside Borough Council\n"
            "Civic Centre, Wallsend NE28 7RR\nTel: 0191 496 0841\n\n"
            "This e-mail and any attachments are confidential. The Council may monitor "
            "e-mail for security and compliance."
        ),
        cte="quoted-printable",
    ),
    I(
        name="irwell_interview_in_person",
        key="irwell-invite",
        lang="en", company="Irwell Science Festival",
        contact="ruth.abernethy@irwellfest.example.org.uk",
        date="2026-02-04 13:47",
        frm=("Ruth Abernethy", "ruth.abernethy@irwellfest.example.org.uk"),
        subject="Irwell Science Festival - interview invitation",
        text=(
            "Dear Philippa,\n\n"
            "Thank you for applying for our Events Coordinator post. We'd like to invite you "
            "to an interview on Thursday 12 February at 09:30 at our office (Unit 6, Chapel "
            "Street Works, Salford M3 5DW). It's a short walk from Salford Central.\n\n"
            "The interview will be 40 minutes with me and our volunteer coordinator, and "
            "we'll ask you to respond to a short scenario on the day.\n\n"
            "Do reply to confirm, and tell me if you need any adjustments.\n\n"
            "With best wishes,\nRuth\n\n"
            "Ruth Abernethy\nProgramme Director, Irwell Science Festival\n0161 496 0415"
        ),
    ),
    # ---------------------------------------------------------------- German
    I(
        name="elbkongress_einladung_ics",
        key="elbkongress-invite", parent="elbkongress-ack",
        lang="de", company="Elbkongress Hamburg",
        contact="jana.brettschneider@elbkongress.example.de",
        date="2026-03-25 10:37",
        frm=("Jana Brettschneider", "jana.brettschneider@elbkongress.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Projektkoordination Kongresse",
        subj_enc=("utf-8", "Q"),
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten "
            "Sie gern zu einem ersten Gespräch per Videokonferenz einladen:\n\n"
            "Mittwoch, 1. April 2026, 10:00 bis 10:45 Uhr\n"
            "Microsoft Teams (der Link steht in der beigefügten Einladung)\n"
            "Gesprächspartnerinnen: Jana Brettschneider und Ulrike Samland (Personal)\n\n"
            "Das Gespräch führen wir auf Deutsch; einige Fragen stellen wir auf Englisch.\n\n"
            "Bitte nehmen Sie die Kalendereinladung an oder schlagen Sie uns einen anderen "
            "Termin vor.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jana Brettschneider\nLeitung Kongressorganisation\n"
            "Elbkongress Hamburg GmbH · Große Elbstraße 148 · 22767 Hamburg\n"
            "Tel. +49 40 5555 2381"
        ),
        charset="iso-8859-1", cte="quoted-printable",
        ics=dict(
            uid="040000008200E00074C5B7101A82E0080000000061C2@elbkongress.example.de",
            start="2026-04-01 10:00", end="2026-04-01 10:45", region="cet",
            summary="Vorstellungsgespräch Projektkoordination Kongresse (Teams)",
            location="Microsoft Teams-Besprechung",
            description="Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_elbk42",
            organizer=("Jana Brettschneider", "jana.brettschneider@elbkongress.example.de"),
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE",
        ),
    ),
    I(
        name="personalwerk_kundentermin_museumsstiftung",
        key="personalwerk-invite", parent="personalwerk-registered",
        lang="de", company="Hanseatische Museumsstiftung",
        contact="sven.albers@personalwerk-nord.example.de",
        date="2026-03-27 11:50",
        frm=("Sven Albers | Personalwerk Nord", "sven.albers@personalwerk-nord.example.de"),
        subject="Gesprächstermin bei der Hanseatischen Museumsstiftung",
        text=(
            "Hallo Frau Okafor-Grünwald,\n\n"
            "wie telefonisch angekündigt: Die Hanseatische Museumsstiftung möchte Sie "
            "kennenlernen. Ich habe folgenden Termin für Sie reserviert:\n\n"
            "Donnerstag, 2. April, 14:00 Uhr\n"
            "Museum am Sandtorkai, Verwaltung 3. OG, Sandtorkai 50, 20457 Hamburg\n"
            "Ansprechpartner vor Ort: Dr. Hauke Rickmers (Leitung Vermittlung)\n\n"
            "Es geht um die Koordination der Besucherveranstaltungen (Museumsnacht, "
            "Familiensonntage, Firmenevents). Bitte bestätigen Sie mir kurz, dann gebe ich "
            "dem Kunden Bescheid.\n\n"
            "Beste Grüße\nSven Albers\nPersonalwerk Nord · +49 40 5555 9120"
        ),
        charset="windows-1252", cte="8bit",
    ),
    I(
        name="speicherstadt_personio_terminbuchung",
        key="speicherstadt-invite",
        lang="de", company="Speicherstadt Veranstaltungen", contact="",
        date="2026-03-04 09:05",
        frm=("Speicherstadt Veranstaltungen", "no-reply@personio.de"),
        subject="Buche dein Telefoninterview",
        headers=AUTO,
        html=ats_card(
            "Speicherstadt Veranstaltungen", "#7c2d12",
            paras(
                "Hallo Philippa,\n\n"
                "vielen Dank für deine Bewerbung als Eventmanager:in! Wir möchten dich gern "
                "in einem kurzen Telefoninterview (ca. 20 Minuten) mit Malte Heesch aus "
                "unserem Team kennenlernen.\n\n"
                "Über den folgenden Link kannst du dir selbst einen passenden Termin "
                "aussuchen:"
            ) + '\n<p><a href="https://speicherstadt-events.jobs.personio.de/scheduling/9f1e">'
            "Termin auswählen</a></p>\n<p>Bis bald!<br>Dein Team der Speicherstadt "
            "Veranstaltungen</p>",
            "Diese E-Mail wurde automatisch über Personio versendet.",
            lang="de",
        ),
        text="auto", cte="quoted-printable",
    ),
    I(
        name="alsterufer_einladung_sekretariat",
        key="alsterufer-invite", parent="alsterufer-ack",
        lang="de", company="Hochschule am Alsterufer",
        contact="birte.lorenzen@hs-alsterufer.example.de",
        date="2026-04-27 13:25",
        frm=("Personalabteilung HAU", "noreply@hs-alsterufer.example.de"),
        reply_to=("Birte Lorenzen", "birte.lorenzen@hs-alsterufer.example.de"),
        subject="Einladung zum Auswahlgespräch (Kennziffer 26-041)",
        html=outlook_word(mso(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle "
            "Veranstaltungsreferent/in (Kennziffer 26-041) einzuladen.\n\n"
            "Termin: Freitag, 8. Mai 2026, 11:30 Uhr\n"
            "Ort: Hochschule am Alsterufer, Haus B, Raum B 2.14, Alsterufer 12, 20354 Hamburg\n\n"
            "Der Auswahlkommission gehören die Präsidiumsreferentin, ein Mitglied des "
            "Personalrats und die Gleichstellungsbeauftragte an. Bitte bereiten Sie eine "
            "Kurzpräsentation (10 Minuten) zum Thema 'Ein Tag der offenen Tür für "
            "internationale Studieninteressierte' vor.\n\n"
            "Reisekosten können leider nicht erstattet werden. Bitte bestätigen Sie den "
            "Termin per Antwort an Frau Lorenzen.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\n\nBirte Lorenzen\n"
            "Personalabteilung – Sachgebiet Personalgewinnung\n"
            "Hochschule am Alsterufer · Tel. +49 40 5555 6612"
        ), lang="DE"),
        text="auto", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- French
    I(
        name="deule_convocation_ics",
        key="deule-invite",
        lang="fr", company="Palais des Congrès de la Deûle",
        contact="s.delattre@congres-deule.example.fr",
        date="2026-04-14 16:02",
        frm=("Sandrine Delattre", "s.delattre@congres-deule.example.fr"),
        subject="Entretien - Chargée de projets événementiels",
        text=(
            "Bonjour Madame Okafor-Grünwald,\n\n"
            "Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à "
            "un entretien pour le poste de chargée de projets événementiels.\n\n"
            "L'entretien aura lieu le mardi 28 avril 2026 à 14h00 dans nos locaux, 1 "
            "boulevard des Cités Unies à Lille (accueil Hall A), en présence de M. Olivier "
            "Desmet, directeur commercial, et de moi-même. Prévoyez environ une heure.\n\n"
            "Vous trouverez ci-joint l'invitation à ajouter à votre agenda. Merci de nous "
            "confirmer votre présence.\n\n"
            "Cordialement,\n\n"
            "Sandrine Delattre\nResponsable Ressources Humaines\n"
            "Palais des Congrès de la Deûle\nTél. : +33 3 20 55 51 18"
        ),
        cte="quoted-printable",
        ics=dict(
            uid="deule-rh-2026-0428-1400@congres-deule.example.fr",
            start="2026-04-28 14:00", end="2026-04-28 15:00", region="cet",
            summary="Entretien Philippa Okafor-Grünwald - chargée de projets",
            location="Palais des Congrès de la Deûle, Hall A, Lille",
            organizer=("Sandrine Delattre", "s.delattre@congres-deule.example.fr"),
        ),
    ),
    I(
        name="beffroi_entretien_mecenat",
        key="beffroi-invite", parent="beffroi-received",
        lang="fr", company="Fondation Beffroi",
        contact="elodie.carpentier@fondation-beffroi.example.fr",
        date="2026-02-10 10:31",
        frm=("Élodie Carpentier", "elodie.carpentier@fondation-beffroi.example.fr"),
        subject="Rencontre pour le poste de coordinatrice événements",
        text=(
            "Bonjour Philippa,\n\n"
            "Votre parcours de guide-conférencière nous a beaucoup plu. Seriez-vous "
            "disponible le jeudi 19 février à 15h pour un entretien à la Fondation (place "
            "Rihour) ? Nous vous présenterons le programme de mécénat et nous aimerions "
            "vous entendre sur l'organisation d'une soirée donateurs d'environ 120 "
            "personnes.\n\n"
            "Si la date ne vous convient pas, proposez-moi un autre créneau en fin de "
            "semaine.\n\n"
            "Au plaisir,\nÉlodie Carpentier\nDirectrice du développement\n"
            "Fondation Beffroi - 03 20 55 56 02"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    I(
        name="talents_hdf_rdv_client",
        key="talents-invite", parent="talents-registered",
        lang="fr", company="Agence Nord Événements",
        contact="mehdi.bouzid@talents-hdf.example.fr",
        date="2026-03-05 11:44",
        frm=("Mehdi Bouzid", "mehdi.bouzid@talents-hdf.example.fr"),
        subject="RDV avec Agence Nord Événements jeudi 12/03",
        text=(
            "Salut Philippa,\n\n"
            "Comme promis, j'ai présenté ton profil à Agence Nord Événements et ils veulent "
            "te rencontrer pour le poste d'assistante chef de projet.\n\n"
            "Jeudi 12 mars à 9h30, en visio (lien Zoom : "
            "https://zoom.us/j/95550112233), avec Caroline Vermeulen, directrice de "
            "production.\n\n"
            "Je t'appelle demain pour te briefer. Tu me confirmes ?\n\n"
            "Mehdi\nTalents Hauts-de-France - 06 55 51 28 90"
        ),
    ),
    I(
        name="vauban_convocation_jury_cp1252",
        key="vauban-invite", parent="vauban-ack",
        lang="fr", company="Université Vauban",
        contact="jerome.vandamme@univ-vauban.example.fr",
        date="2026-06-05 14:40",
        frm=("Jérôme Vandamme", "jerome.vandamme@univ-vauban.example.fr"),
        frm_enc=("windows-1252", "Q"),
        subject="Convocation à un entretien – chargé(e) d’événements institutionnels",
        subj_enc=("windows-1252", "Q"),
        text=(
            "Madame,\n\n"
            "J’ai le plaisir de vous informer que votre candidature a été retenue pour un "
            "entretien devant le jury de recrutement.\n\n"
            "Date : mardi 16 juin 2026 à 10 h 30\n"
            "Lieu : Présidence de l’Université Vauban, salle du Conseil, 42 rue Paul "
            "Duez, Lille\n"
            "Durée : 40 minutes, dont 10 minutes de présentation « Organiser une cérémonie "
            "de remise des diplômes pour 2 000 personnes »\n\n"
            "Merci de confirmer votre présence par retour de courriel.\n\n"
            "Bien cordialement,\n"
            "Jérôme Vandamme\nGestionnaire recrutement – Direction des ressources humaines\n"
            "Université Vauban – 03 20 55 57 31"
        ),
        charset="windows-1252", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- Spanish
    I(
        name="malagueta_entrevista",
        key="malagueta-invite", parent="malagueta-ack",
        lang="es", company="Centro de Congresos La Malagueta",
        contact="lucia.benitez@congresos-malagueta.example.es",
        date="2026-06-15 12:10",
        frm=("Lucía Benítez", "lucia.benitez@congresos-malagueta.example.es"),
        subject="Entrevista para Coordinador/a de eventos",
        html=plain_html(paras(
            "Hola Philippa:\n\n"
            "Te escribo del Centro de Congresos La Malagueta. Nos ha gustado mucho tu "
            "candidatura y queremos conocerte en persona.\n\n"
            "Te proponemos una entrevista el martes 30 de junio a las 11:00 en nuestras "
            "oficinas (Paseo de Reding 3, Málaga). Estarán Antonio Ferrer, jefe de "
            "operaciones, y yo. Si vienes desde Reino Unido y prefieres hacerla por "
            "videollamada, dímelo y lo organizamos.\n\n"
            "¿Nos confirmas?\n\n"
            "Un saludo,\nLucía Benítez\nResponsable de Personas\n"
            "Centro de Congresos La Malagueta · 952 55 52 20"
        ), lang="es"),
        text="auto", cte="quoted-printable",
    ),
    I(
        name="talentosur_entrevista_fundacion_alcazaba",
        key="alcazaba-invite", parent="talentosur-registered",
        lang="es", company="Fundación Alcazaba Cultura",
        contact="marta.ordonez@talentosur.example.es",
        date="2026-06-08 10:02",
        frm=("Marta Ordóñez", "marta.ordonez@talentosur.example.es"),
        frm_enc=("utf-8", "B"),
        subject="Entrevista con Fundación Alcazaba Cultura",
        text=(
            "¡Hola Philippa!\n\n"
            "Ya puedo contártelo: el cliente del puesto de coordinación de actividades "
            "culturales es la Fundación Alcazaba Cultura, y quieren entrevistarte.\n\n"
            "Sería el martes 16 de junio a las 17:30, por Teams, con su directora de "
            "programación, Carmen Villalobos. Dura unos 45 minutos y una parte será en "
            "inglés porque trabajan mucho con público británico.\n\n"
            "Confírmame y te mando el enlace.\n\n"
            "Un abrazo,\nMarta\n\n"
            "Marta Ordóñez · Consultora de Selección\nTalento Sur Selección · 952 55 53 61"
        ),
        cte="base64",
    ),
    I(
        name="guadalmedina_te_viene_bien_jueves",
        key="guadalmedina-invite",
        lang="es", company="Eventos Guadalmedina",
        contact="javi@eventosguadalmedina.example.es",
        date="2026-09-08 18:44",
        frm=("Javi Castillo", "javi@eventosguadalmedina.example.es"),
        subject="¿Hablamos el jueves?",
        text=(
            "Hola Philippa, soy Javi de Eventos Guadalmedina.\n\n"
            "He visto tu CV para lo de coordinadora de eventos de empresa y me encaja "
            "bastante. ¿Te viene bien el jueves por la mañana una llamada de media hora "
            "para conocernos? Dime a qué hora y te llamo al móvil.\n\n"
            "Saludos,\nJavi\nEventos Guadalmedina · C/ Carretería 41 · Málaga"
        ),
    ),
]

RESCHEDULES = [
    S(
        name="aire_quay_moved_sequence_1",
        key="airequay-moved", parent="airequay-invite",
        lang="en", company="Aire Quay Conference Centre",
        contact="nadia.sharif@airequay.example.co.uk",
        date="2026-05-22 15:05",
        frm=("Nadia Sharif", "nadia.sharif@airequay.example.co.uk"),
        subject="Updated: Interview: Events Coordinator - now Tuesday 2 June",
        html=outlook_word(mso(
            "Dear Philippa,\n\n"
            "Apologies for the change - we've had a client walkthrough booked into "
            "Boardroom 2 on the 28th that I can't move. Could we move your interview to "
            "Tuesday 2 June at 14:00? Same place, same panel.\n\n"
            "I've updated the calendar invitation. If the new time is a problem, give me a "
            "ring.\n\n"
            "Kind regards,\n\n" + AIREQUAY_SIG + "\n" + AIREQUAY_LEGAL
        )),
        text="auto", cte="quoted-printable",
        ics=dict(
            uid="AQ-EC-2026-0528-PO@airequay.example.co.uk", sequence=1,
            start="2026-06-02 14:00", end="2026-06-02 15:00",
            summary="Interview: Events Coordinator - Philippa Okafor-Grünwald",
            location="Aire Quay Conference Centre, Boardroom 2, Leeds",
            organizer=("Nadia Sharif", "nadia.sharif@airequay.example.co.uk"),
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    S(
        name="canongate_greenhouse_new_time",
        key="canongate-moved", parent="canongate-resched-request",
        lang="en", company="Canongate Festival Society",
        contact="morag.baird@canongatefest.example.org.uk",
        date="2026-04-07 09:58",
        frm=("Morag Baird via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Morag Baird", "morag.baird@canongatefest.example.org.uk"),
        subject="Re: Canongate Festival Society - second interview",
        text=(
            "Hi Philippa,\n\n"
            "No problem at all - tours season comes first! We've moved your second interview "
            "to Wednesday 22 April at 2pm, same place (14 Tolbooth Wynd). A fresh calendar "
            "invitation is on its way from Greenhouse.\n\n"
            "Best,\nMorag\n\n"
            + reply_chain(
                "en", "2026-04-02 08:31", CAND[0], CAND[1],
                "Dear Morag,\n\nThank you so much for the invitation - I'm delighted to be "
                "invited to a second interview. Unfortunately I'm leading pre-booked school "
                "groups at the museum on both the 9th and 10th and can't get cover. Would "
                "any day the week of 20 April be possible?\n\nBest wishes,\nPhilippa"
            )
        ),
    ),
    S(
        name="ouse_valley_trial_day_moved",
        key="ousevalley-moved", parent="ousevalley-trial",
        lang="en", company="Ouse Valley Heritage Trust",
        contact="helen.brackenbury@ousevalley.example.org.uk",
        date="2026-05-01 08:12",
        frm=("Helen Brackenbury", "helen.brackenbury@ousevalley.example.org.uk"),
        subject="Re: Trial day at Bishopgate Mill - change of date",
        text=(
            "Morning Philippa,\n\n"
            "Bit of a curveball: the wedding on the 7th has been moved by the couple, so "
            "there won't be much to shadow that day. Could we switch your trial day to "
            "Thursday 14 May instead? Same times, 9 till 4.\n\n"
            "Sorry to mess you about - let me know.\n\n"
            "Helen\n\n"
            "Helen Brackenbury | Visitor Experience & Events Manager\n"
            "Ouse Valley Heritage Trust | 01904 496 0231"
        ),
    ),
    S(
        name="calton_cancel_postponed",
        key="calton-postponed", parent="calton-invite",
        lang="en", company="Calton University",
        contact="euan.strachan@calton.example.ac.uk",
        date="2026-05-27 17:25",
        frm=("Euan Strachan", "euan.strachan@calton.example.ac.uk"),
        subject="Cancelled: Assessment centre - Events and Hospitality Coordinator (2 June)",
        html=outlook_word(mso(
            "Dear Philippa,\n\n"
            "I'm sorry to let you know that the assessment centre planned for Tuesday 2 June "
            "has had to be cancelled, as two members of the panel are required at an "
            "unexpected University Court meeting that day.\n\n"
            "Your application is still very much live. We expect to re-run the day in the "
            "week of 15 June and I'll send new details as soon as the room is confirmed.\n\n"
            "Best regards\n\nEuan Strachan\nRecruitment Adviser, Human Resources\n"
            "Calton University, 1 Regent Road, Edinburgh EH7 5BL\n0131 496 0266"
        )),
        text="auto", cte="base64",
        ics=dict(
            method="CANCEL", sequence=1,
            uid="calton-ac-2026-0602@calton.example.ac.uk",
            start="2026-06-02 09:30", end="2026-06-02 15:00",
            summary="Assessment centre - Events and Hospitality Coordinator",
            location="Old Infirmary building, Calton University",
            organizer=("Euan Strachan", "euan.strachan@calton.example.ac.uk"),
        ),
    ),
    S(
        name="headrow_interviewer_ill",
        key="headrow-moved", parent="headrow-invite",
        lang="en", company="Headrow Events Group",
        contact="kerry.lumb@headrowevents.example.co.uk",
        date="2026-03-16 07:48",
        frm=("Kerry Lumb", "kerry.lumb@headrowevents.example.co.uk"),
        subject="Tomorrow's interview - need to move it",
        text=(
            "Hi Philippa,\n\n"
            "I'm really sorry - I've come down with a nasty bug and won't be in tomorrow. "
            "Rather than have you interviewed by someone who's not on the panel, can we do "
            "Tuesday 24 March at the same time, 2pm? Your plan for the launch can stay as it "
            "is.\n\n"
            "Let me know if that works and apologies again.\n\n"
            "Kerry\n\nSent from Outlook for iOS"
        ),
    ),
    S(
        name="vale_of_ebor_workday_rescheduled",
        key="ebor-moved", parent="ebor-invite",
        lang="en", company="Vale of Ebor Council", contact="",
        date="2026-03-04 11:02", tz="+0000",
        frm=("Vale of Ebor Council", "valeofebor@myworkday.com"),
        subject="Interview rescheduled: Civic Events & Engagement Officer (REQ-04418)",
        headers=AUTO,
        html=ats_card(
            "Vale of Ebor Council", "#004b6b",
            paras(
                "Dear Philippa,\n\n"
                "Please note that your interview for Civic Events & Engagement Officer has "
                "been rescheduled.\n\n"
                "Previous time: Tuesday 10 March 2026, 14:30\n"
                "New time: Thursday 12 March 2026, 10:00\n"
                "Location: Committee Room 3, West Offices, Station Rise, York (unchanged)\n\n"
                "This change is due to a clash with a full Council meeting. If you cannot "
                "attend at the new time, please let us know via your candidate home page.\n\n"
                "People Services, Vale of Ebor Council"
            ),
            "This message was sent from an unmonitored mailbox.",
        ),
        text="auto", cte="8bit",
        ics=dict(
            inline=False, filename="Interview_updated.ics", sequence=1,
            uid="REQ-04418-INT-77120@valeofebor.myworkday.com",
            start="2026-03-12 10:00", end="2026-03-12 10:45",
            summary="Interview - Civic Events & Engagement Officer",
            location="Committee Room 3, West Offices, Station Rise, York",
            organizer=("Vale of Ebor Council", "valeofebor@myworkday.com"),
        ),
    ),
    S(
        name="tyneside_cancel_meeting",
        key="tyneside-cancel", parent="tyneside-invite",
        lang="en", company="Tyneside Borough Council",
        contact="andrew.forster@tynesidebc.example.gov.uk",
        date="2026-05-15 16:40",
        frm=("Andrew Forster", "andrew.forster@tynesidebc.example.gov.uk"),
        subject="Canceled: Interview - Events and Cultural Programme Officer",
        text=(
            "Dear Ms Okafor-Grünwald,\n\n"
            "I have had to cancel the interview on Wednesday 20 May. The Council has paused "
            "all recruitment decisions in my directorate pending an in-year budget review, "
            "and I can't hold interviews until that is resolved.\n\n"
            "This isn't a decision about your application. HR will write to you once we know "
            "how we can proceed.\n\n"
            "Regards\n\nAndrew Forster\nCultural Programme Manager\nTyneside Borough Council"
        ),
        ics=dict(
            method="CANCEL", sequence=2,
            uid="TBC-0614-int-PO-20260520@tynesidebc.example.gov.uk",
            start="2026-05-20 10:15", end="2026-05-20 11:00",
            summary="Interview - Events and Cultural Programme Officer",
            location="Microsoft Teams Meeting",
            organizer=("Andrew Forster", "andrew.forster@tynesidebc.example.gov.uk"),
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        ),
    ),
    S(
        name="brightgate_client_moved_afternoon",
        key="brightgate-moved",
        lang="en", company="Brightgate Recruitment",
        contact="priya.menon@brightgate.example.co.uk",
        date="2026-02-18 09:03",
        frm=("Priya Menon", "priya.menon@brightgate.example.co.uk"),
        subject="Change of time for Friday's interview",
        text=(
            "Hi Philippa,\n\n"
            "My client has asked if we can push Friday's interview from 10am to 3.30pm - the "
            "MD's flight from Dublin has been moved. Same venue in Spinningfields. Can you "
            "still make it at the later time?\n\n"
            "Thanks and sorry for the shuffle,\nPriya\n\n"
            "Priya Menon | Brightgate Recruitment | 0161 496 0377"
        ),
        charset="windows-1252", cte="7bit",
    ),
    S(
        name="medlock_moved_online_new_date",
        key="medlock-moved", parent="medlock-ack",
        lang="en", company="Medlock University",
        contact="s.farrelly@medlock.example.ac.uk",
        date="2026-04-08 14:26",
        frm=("Farrelly, Sinead", "s.farrelly@medlock.example.ac.uk"),
        subject="Conference & Events Officer interview - change of date and format",
        html=outlook_word(mso(
            "Dear Philippa,\n\n"
            "Due to building works in the Sackville Street building, we have had to change "
            "the arrangements for your interview for the Conference & Events Officer post "
            "(ref. MU-2231).\n\n"
            "Original: Tuesday 14 April, 11:00, in person\n"
            "Revised: Tuesday 21 April, 11:00, via Microsoft Teams\n\n"
            "The Teams link will follow from the panel chair. Please let me know if you are "
            "unable to attend at the revised time.\n\n"
            "Kind regards\n\nSinead Farrelly\nHR Adviser (Recruitment)\nMedlock University\n"
            "Tel: 0161 496 0930"
        )),
        text="auto", cte="quoted-printable",
    ),
    S(
        name="elbkongress_neuer_termin_nach_verpasst",
        key="elbkongress-newslot", parent="elbkongress-missed",
        lang="de", company="Elbkongress Hamburg",
        contact="jana.brettschneider@elbkongress.example.de",
        date="2026-04-02 09:14",
        frm=("Jana Brettschneider", "jana.brettschneider@elbkongress.example.de"),
        subject="AW: Vorstellungsgespräch - neuer Termin",
        subj_enc=("iso-8859-1", "Q"),
        text=(
            "Liebe Frau Okafor-Grünwald,\n\n"
            "danke für Ihre Erklärung, so etwas kann passieren. Wir geben Ihnen gern eine "
            "zweite Chance und verlegen das Gespräch auf Mittwoch, den 15. April, 14:00 Uhr - "
            "diesmal gern hier bei uns in der Großen Elbstraße, dann gibt es keine "
            "Technikprobleme.\n\n"
            "Die aktualisierte Einladung folgt.\n\n"
            "Viele Grüße\nJana Brettschneider\n\n"
            + reply_chain(
                "de", "2026-04-01 13:02", CAND[0], CAND[1],
                "Liebe Frau Brettschneider,\n\nes tut mir sehr leid, dass ich heute nicht "
                "im Teams-Meeting war. Der Link hat auf meinem Laptop nicht funktioniert "
                "und mein Telefon war im Spind im Museum. Könnten wir einen neuen Termin "
                "finden?\n\nMit freundlichen Grüßen\nPhilippa Okafor-Grünwald"
            )
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    S(
        name="alsterufer_absage_termin_cancel",
        key="alsterufer-cancel", parent="alsterufer-invite",
        lang="de", company="Hochschule am Alsterufer",
        contact="birte.lorenzen@hs-alsterufer.example.de",
        date="2026-05-05 10:10",
        frm=("Birte Lorenzen", "birte.lorenzen@hs-alsterufer.example.de"),
        subject="Abgesagt: Auswahlgespräch 26-041 am 08.05.2026",
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "leider müssen wir das für Freitag, den 8. Mai, vereinbarte Auswahlgespräch "
            "absagen. Das Präsidium berät in dieser Woche kurzfristig über den Stellenplan, "
            "und bis zu einer Entscheidung führen wir keine Gespräche.\n\n"
            "Wir melden uns unaufgefordert bei Ihnen, sobald feststeht, wie es weitergeht.\n\n"
            "Mit freundlichen Grüßen\nBirte Lorenzen\nPersonalabteilung"
        ),
        cte="quoted-printable",
        ics=dict(
            method="CANCEL", sequence=1, region="cet",
            uid="hau-26-041-bewerbung-PO@hs-alsterufer.example.de",
            start="2026-05-08 11:30", end="2026-05-08 12:30",
            summary="Auswahlgespräch Veranstaltungsreferent/in",
            location="Haus B, Raum B 2.14",
            organizer=("Birte Lorenzen", "birte.lorenzen@hs-alsterufer.example.de"),
        ),
    ),
    S(
        name="deule_entretien_annule_cancel",
        key="deule-cancel", parent="deule-invite",
        lang="fr", company="Palais des Congrès de la Deûle",
        contact="s.delattre@congres-deule.example.fr",
        date="2026-04-24 11:56",
        frm=("Sandrine Delattre", "s.delattre@congres-deule.example.fr"),
        subject="Annulé : Entretien - Chargée de projets événementiels",
        subj_enc=("utf-8", "B"),
        text=(
            "Madame,\n\n"
            "Je suis contrainte d'annuler notre entretien prévu le mardi 28 avril à 14h00. "
            "La direction doit arbitrer cette semaine sur l'organisation du pôle commercial "
            "et M. Desmet n'est plus disponible.\n\n"
            "Je reviendrai vers vous dès que possible pour vous tenir informée de la "
            "suite.\n\n"
            "Cordialement,\nSandrine Delattre"
        ),
        cte="8bit",
        ics=dict(
            method="CANCEL", sequence=1, region="cet",
            uid="deule-rh-2026-0428-1400@congres-deule.example.fr",
            start="2026-04-28 14:00", end="2026-04-28 15:00",
            summary="Entretien Philippa Okafor-Grünwald - chargée de projets",
            location="Palais des Congrès de la Deûle, Hall A, Lille",
            organizer=("Sandrine Delattre", "s.delattre@congres-deule.example.fr"),
        ),
    ),
    S(
        name="vauban_report_sequence",
        key="vauban-moved", parent="vauban-invite",
        lang="fr", company="Université Vauban",
        contact="jerome.vandamme@univ-vauban.example.fr",
        date="2026-06-10 09:12",
        frm=("Jérôme Vandamme", "jerome.vandamme@univ-vauban.example.fr"),
        subject="Mise à jour : report de votre entretien au 23 juin",
        text=(
            "Madame,\n\n"
            "En raison d'un mouvement social annoncé le 16 juin dans les transports, le jury "
            "a souhaité reporter votre entretien au mardi 23 juin 2026, toujours à 10 h 30, "
            "salle du Conseil. Vous recevrez une invitation mise à jour.\n\n"
            "Merci de m'indiquer si cette nouvelle date vous convient.\n\n"
            "Bien cordialement,\nJérôme Vandamme\nDirection des ressources humaines"
        ),
        charset="iso-8859-1", cte="quoted-printable",
        ics=dict(
            sequence=3, region="cet",
            uid="vauban-drh-evt-inst-2026-PO@univ-vauban.example.fr",
            start="2026-06-23 10:30", end="2026-06-23 11:10",
            summary="Entretien jury - chargé(e) d'événements institutionnels",
            location="Présidence, salle du Conseil, 42 rue Paul Duez, Lille",
            organizer=("Jérôme Vandamme", "jerome.vandamme@univ-vauban.example.fr"),
        ),
    ),
    S(
        name="malagueta_cambio_hora",
        key="malagueta-moved", parent="malagueta-invite",
        lang="es", company="Centro de Congresos La Malagueta",
        contact="lucia.benitez@congresos-malagueta.example.es",
        date="2026-06-24 13:30",
        frm=("Lucía Benítez", "lucia.benitez@congresos-malagueta.example.es"),
        subject="Cambio de fecha de tu entrevista",
        text=(
            "Hola Philippa:\n\n"
            "Tenemos montaje de un congreso médico el día 30 y Antonio no va a poder "
            "escaparse. ¿Te importaría que pasáramos la entrevista al jueves 2 de julio a "
            "las 10:00? Mantenemos la opción de videollamada si te viene mejor.\n\n"
            "Perdona las molestias.\n\nLucía"
        ),
        cte="quoted-printable",
    ),
    S(
        name="guadalmedina_aplazamos_enferma",
        key="guadalmedina-moved", parent="guadalmedina-invite",
        lang="es", company="Eventos Guadalmedina",
        contact="javi@eventosguadalmedina.example.es",
        date="2026-09-09 21:15",
        frm=("Javi Castillo", "javi@eventosguadalmedina.example.es"),
        subject="Re: ¿Hablamos el jueves?",
        text=(
            "Philippa, perdona el cambio: Rocío, la coordinadora que iba a estar en la "
            "llamada, está con fiebre. ¿Lo pasamos al martes 15 a la misma hora, las 10:30? "
            "Si no, dime otro hueco.\n\nJavi\n\n"
            + reply_chain(
                "es", "2026-09-09 08:20", CAND[0], CAND[1],
                "¡Hola Javi! Sí, el jueves a las 10:30 me viene perfecto. Gracias.\n\n"
                "Philippa",
            )
        ),
        charset="iso-8859-1", cte="8bit",
    ),
]

MISSED = [
    Mi(
        name="nsummit_waited_on_teams",
        key="nsummit-missed", parent="nsummit-invite",
        lang="en", company="Northern Sustainability Summit",
        contact="oliver.pratt@nsummit.example.co.uk",
        date="2026-02-10 11:22",
        frm=("Oliver Pratt", "oliver.pratt@nsummit.example.co.uk"),
        subject="Our call this morning",
        text=(
            "Hi Philippa,\n\n"
            "We had a call booked for 11:00 today and I waited on Teams for about fifteen "
            "minutes but didn't see you come through. I hope everything's OK.\n\n"
            "If something went wrong, reply and let me know - I can probably find another "
            "half hour later this week.\n\n"
            "Oliver Pratt\nProgramme Lead, Northern Sustainability Summit\n"
            "The Sheaf, Leeds LS10 1AB"
        ),
    ),
    Mi(
        name="brightgate_tried_calling_twice",
        key="brightgate-missed", parent="brightgate-screen",
        lang="en", company="Brightgate Recruitment",
        contact="priya.menon@brightgate.example.co.uk",
        date="2026-01-23 10:31",
        frm=("Priya Menon", "priya.menon@brightgate.example.co.uk"),
        subject="Re: Quick call re events roles?",
        text=(
            "Hi Philippa - I tried calling you twice at 10:00 for our screening chat but it "
            "went straight to voicemail. No worries if something came up; just let me know "
            "another time today or Monday and I'll try again.\n\n"
            "Priya\n\n"
            + reply_chain(
                "en", "2026-01-21 18:02", CAND[0], CAND[1],
                "Hi Priya, Friday at 10 is perfect - speak then.\nPhilippa",
            )
        ),
    ),
    Mi(
        name="irwell_missed_you_this_morning",
        key="irwell-missed-followup", parent="irwell-invite",
        lang="en", company="Irwell Science Festival",
        contact="ruth.abernethy@irwellfest.example.org.uk",
        date="2026-02-12 10:24",
        frm=("Ruth Abernethy", "ruth.abernethy@irwellfest.example.org.uk"),
        subject="Re: Irwell Science Festival - interview invitation",
        text=(
            "Dear Philippa,\n\n"
            "We missed you this morning - we were ready for your interview at 9.30 and held "
            "the room until ten. I wondered whether the trains from York had let you down?\n\n"
            "Could you give me a call on 0161 496 0415 when you get this?\n\n"
            "Ruth"
        ),
    ),
    Mi(
        name="grainger_joel_no_show_lever",
        key="grainger-missed", parent="grainger-invite",
        lang="en", company="Grainger Conferences",
        contact="joel.hepworth@graingerconf.example.co.uk",
        date="2026-02-24 11:19",
        frm=("Joel Hepworth via Lever", "no-reply@hire.lever.co"),
        reply_to=("Joel Hepworth", "joel.hepworth@graingerconf.example.co.uk"),
        subject="Re: Grainger Conferences - Delegate Services Coordinator interview",
        text=(
            "Hi Philippa,\n\n"
            "I was on the Meet link from 11:00 until 11:15 but you didn't join. I'm assuming "
            "something got in the way.\n\n"
            "I'm wrapping up first interviews at the end of next week, so if you're still "
            "interested please reply in the next couple of days.\n\n"
            "Joel"
        ),
    ),
    Mi(
        name="castlegate_not_reachable_phone",
        key="castlegate-missed", parent="castlegate-invite",
        lang="en", company="Castlegate Hotel Group",
        contact="gemma.holt@castlegatehotels.example.co.uk",
        date="2026-04-29 10:52",
        frm=("Gemma Holt", "gemma.holt@castlegatehotels.example.co.uk"),
        subject="Missed phone interview - Conference & Banqueting Coordinator",
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "I rang you at 10:30 as arranged and again at 10:40, but wasn't able to get "
            "through, and your voicemail box is full.\n\n"
            "Please reply to let me know if you'd still like to be considered.\n\n"
            "Thanks,\nGemma Holt\nTalent Partner, Castlegate Hotel Group"
        )),
        text="auto", cte="base64",
    ),
    Mi(
        name="hadrian_client_says_no_show",
        key="hadrian-missed", parent="hadrian-swaledale",
        lang="en", company="Swaledale Conference Hotels",
        contact="fraser.nicol@hadriansearch.example.co.uk",
        date="2026-04-15 12:06",
        frm=("Fraser Nicol", "fraser.nicol@hadriansearch.example.co.uk"),
        subject="Swaledale - did you get there?",
        text=(
            "Philippa,\n\n"
            "I've just had Rachel at Swaledale on the phone. They were expecting you at "
            "The Frenchgate at 11 and you didn't arrive - nobody at reception had heard "
            "from you either. Is everything all right?\n\n"
            "I need to give them an explanation this afternoon, so please call me on "
            "+44 191 496 0550.\n\n"
            "Fraser"
        ),
        cte="7bit",
    ),
    Mi(
        name="elbkongress_vergeblich_gewartet",
        key="elbkongress-missed", parent="elbkongress-invite",
        lang="de", company="Elbkongress Hamburg",
        contact="jana.brettschneider@elbkongress.example.de",
        date="2026-04-01 10:41",
        frm=("Jana Brettschneider", "jana.brettschneider@elbkongress.example.de"),
        subject="Unser Termin heute um 10 Uhr",
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "wir haben Sie heute um 10:00 Uhr vergeblich im Teams-Meeting erwartet und bis "
            "10:20 Uhr gewartet. Auch telefonisch konnten wir Sie nicht erreichen.\n\n"
            "Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Stelle "
            "haben.\n\n"
            "Mit freundlichen Grüßen\nJana Brettschneider\nElbkongress Hamburg"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    Mi(
        name="speicherstadt_nicht_erreicht",
        key="speicherstadt-missed", parent="speicherstadt-invite",
        lang="de", company="Speicherstadt Veranstaltungen",
        contact="malte.heesch@speicherstadt-events.example.de",
        date="2026-03-11 15:18",
        frm=("Malte Heesch", "malte.heesch@speicherstadt-events.example.de"),
        subject="Telefoninterview heute 15 Uhr",
        text=(
            "Hallo Philippa,\n\n"
            "ich habe dich heute um 15 Uhr für unser Telefoninterview angerufen, zweimal, "
            "aber leider nicht erreicht. Magst du dir über den Link aus der ersten Mail "
            "einfach einen neuen Termin buchen?\n\n"
            "Viele Grüße\nMalte\n\n"
            "Malte Heesch · Teamlead Events\n"
            "Speicherstadt Veranstaltungen GmbH · Kehrwieder 8 · 20457 Hamburg"
        ),
        charset="windows-1252", cte="quoted-printable",
    ),
    Mi(
        name="talents_hdf_client_vous_a_attendue",
        key="talents-missed", parent="talents-invite",
        lang="fr", company="Agence Nord Événements",
        contact="mehdi.bouzid@talents-hdf.example.fr",
        date="2026-03-12 10:15",
        frm=("Mehdi Bouzid", "mehdi.bouzid@talents-hdf.example.fr"),
        subject="Visio de 9h30 avec Agence Nord Événements",
        subj_enc=("iso-8859-1", "Q"),
        text=(
            "Philippa,\n\n"
            "Caroline Vermeulen vient de m'appeler : elle t'a attendue sur Zoom de 9h30 à "
            "9h50 et tu ne t'es pas connectée. Je n'arrive pas à te joindre sur ton "
            "portable non plus.\n\n"
            "Rappelle-moi vite, je vais essayer de leur demander un autre créneau.\n\n"
            "Mehdi"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    Mi(
        name="axarquia_no_se_conecto",
        key="axarquia-missed", parent="axarquia-ack",
        lang="es", company="Universidad de la Axarquía",
        contact="rmoyano@uaxarquia.example.es",
        date="2026-03-24 12:40",
        frm=("Rafael Moyano Gálvez", "rmoyano@uaxarquia.example.es"),
        subject="Entrevista de hoy a las 11:00",
        text=(
            "Estimada Sra. Okafor-Grünwald:\n\n"
            "La comisión de selección estuvo esperándola en la sala virtual de Google Meet "
            "a las 11:00 (hora peninsular) y no llegó a conectarse. También intentamos "
            "llamarla al número facilitado, sin respuesta.\n\n"
            "Le ruego que nos indique a la mayor brevedad si sigue interesada en el proceso.\n\n"
            "Atentamente,\nRafael Moyano Gálvez\nServicio de Personal"
        ),
        cte="quoted-printable",
    ),
]

MESSAGES = INVITES + RESCHEDULES + MISSED
