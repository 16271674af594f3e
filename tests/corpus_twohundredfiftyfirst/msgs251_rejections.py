"""Corpus 251: rejections (31), hand-written."""

from msgs251_common import (
    CAND,
    ats_card,
    esc,
    mso,
    outlook_block,
    outlook_word,
    paras,
    plain_html,
    reply_chain,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]


def R(**kw):
    kw.setdefault("kind", "rejection")
    return kw


MESSAGES = [
    # ---------------------------------------------------------------- English
    R(
        name="vale_of_ebor_workday_after_interview",
        lang="en", company="Vale of Ebor Council", contact="",
        date="2026-03-20 16:41", tz="+0000",
        frm=("Vale of Ebor Council", "valeofebor@myworkday.com"),
        subject="Your application: Civic Events & Engagement Officer (REQ-04418)",
        parent="ebor-invite",
        headers=AUTO,
        html=ats_card(
            "Vale of Ebor Council", "#004b6b",
            paras(
                "Dear Philippa,\n\n"
                "Thank you for attending interview for the post of Civic Events & Engagement "
                "Officer on 12 March and for the time you gave to the presentation exercise.\n\n"
                "The panel met on Wednesday to consider all of the candidates. I am sorry to "
                "tell you that on this occasion you have not been successful.\n\n"
                "If you would like feedback on your interview, please log in to your candidate "
                "home page and raise a request within 20 working days; a member of the panel "
                "will arrange a short call.\n\n"
                "We wish you well in your career.\n\n"
                "People Services\nVale of Ebor Council"
            ),
            'This message was sent from an unmonitored mailbox. '
            '<a href="https://valeofebor.wd3.myworkday.com/valeofebor/d/home.htmld">'
            "Candidate home</a>",
        ),
        text="auto", cte="quoted-printable",
    ),
    R(
        name="canongate_after_interview_quotes_thanks",
        lang="en", company="Canongate Festival Society",
        contact="morag.baird@canongatefest.example.org.uk",
        date="2026-04-29 11:05",
        frm=("Morag Baird via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Morag Baird", "morag.baird@canongatefest.example.org.uk"),
        subject="Re: Thank you - Festival Operations Coordinator interview",
        parent="canongate-thanks",
        text=(
            "Hi Philippa,\n\n"
            "Thanks so much for your kind note - the panel enjoyed meeting you too, and the "
            "story about the school group and the fire alarm got a laugh from everyone.\n\n"
            "It was an incredibly close call, but we've offered the role to someone who has "
            "already run a festival box office through an August season, and she's accepted. "
            "I know that's not the news you were hoping for after two rounds.\n\n"
            "If you'd find it useful, I'm very happy to spend fifteen minutes on the phone "
            "going through where you were strongest. And do keep an eye on our seasonal "
            "contracts in the spring.\n\n"
            "Warmly,\nMorag\n\n"
            "Morag Baird | Head of Programme Operations\n"
            "Canongate Festival Society, 14 Tolbooth Wynd, Edinburgh EH8 8BN\n"
            "0131 496 0772\n\n"
            + reply_chain(
                "en", "2026-04-22 19:48", CAND[0], CAND[1],
                "Dear Morag,\n\n"
                "Thank you for taking the time to see me this afternoon, and please pass my "
                "thanks on to Callum and Iona. I really enjoyed hearing how the team "
                "rebuilds the venue plan every August, and the second interview has made me "
                "even keener on the role.\n\n"
                "I'm available for anything else you need from me.\n\n"
                "Best wishes,\nPhilippa",
            )
        ),
    ),
    R(
        name="grainger_lever_closer_match",
        lang="en", company="Grainger Conferences", contact="",
        date="2026-03-06 09:30", tz="-0800",
        frm=("Grainger Conferences", "no-reply@hire.lever.co"),
        subject="Update on your application to Grainger Conferences",
        parent="grainger-missed",
        headers=AUTO,
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "Thank you for your interest in the Delegate Services Coordinator position and for "
            "the time you've spent with us.\n\n"
            "After careful review, we have decided to move forward with candidates whose "
            "experience more closely matches the requirements of the role at this time.\n\n"
            "We'll keep your details on file and may reach out if something suitable comes "
            "up.\n\n"
            "Best regards,\nThe Grainger Conferences Talent Team"
        ) + '\n<p style="font-size:11px;color:#888">Powered by Lever</p>'),
        text="auto", cte="base64",
    ),
    R(
        name="irwell_role_on_hold",
        lang="en", company="Irwell Science Festival",
        contact="ruth.abernethy@irwellfest.example.org.uk",
        date="2026-02-26 17:12",
        frm=("Ruth Abernethy", "ruth.abernethy@irwellfest.example.org.uk"),
        subject="Events Coordinator vacancy - an update",
        parent="irwell-missed-followup",
        text=(
            "Dear Philippa,\n\n"
            "I wanted to write personally rather than let this come through as a form "
            "letter.\n\n"
            "Our board met last night to review the festival's budget for 2027 after one of "
            "our two main funders confirmed a reduced grant. As a result the Events "
            "Coordinator role has been put on hold and we will not proceed with the "
            "recruitment at this stage. That means I can't take your application any further, "
            "and I'm sorry - you were one of the people we were genuinely excited about.\n\n"
            "If the post is re-advertised I will let you know directly.\n\n"
            "With best wishes,\n"
            "Ruth Abernethy\n"
            "Programme Director, Irwell Science Festival\n"
            "Unit 6, Chapel Street Works, Salford M3 5DW | 0161 496 0415\n\n"
            "Irwell Science Festival is a registered charity in England and Wales (no. 1190442)."
        ),
    ),
    R(
        name="shambles_hall_terse",
        lang="en", company="Shambles Hall",
        contact="dan.whitaker@shambleshall.example.co.uk",
        date="2026-01-22 21:47",
        frm=("Dan Whitaker", "dan.whitaker@shambleshall.example.co.uk"),
        subject="Re: Weddings & events assistant",
        text=(
            "Philippa - thanks for coming in. We've gone with someone else in the end. "
            "All the best.\n\nDan\n\nSent from my phone"
        ),
    ),
    R(
        name="pennine_talent_relays_tyne_quayside_no",
        lang="en", company="Tyne Quayside Venues",
        contact="liam.dunwell@penninetalent.example.co.uk",
        date="2026-03-31 14:20",
        frm=("Liam Dunwell", "liam.dunwell@penninetalent.example.co.uk"),
        subject="Tyne Quayside Venues - feedback from Thursday",
        parent="pennine-tyne-invite",
        html=outlook_word(mso(
            "Hi Philippa,\n\n"
            "I've just come off the phone with Claire at Tyne Quayside Venues. I'm afraid "
            "they won't be taking things forward for the Venue Events Coordinator job.\n\n"
            "Her feedback was really positive about your warmth with visitors and the way you "
            "talked through the evening-tour example. Where they felt the gap was on the "
            "commercial side - they need someone who has already handled corporate bookings "
            "and supplier contracts on their own, and they've found a candidate from a hotel "
            "background who ticks that box.\n\n"
            "Don't be disheartened - you interviewed well and I've got two more venues in "
            "the North East I'd like to put you forward for. Can we catch up on Friday?\n\n"
            "Cheers,\nLiam\n\n"
            "Liam Dunwell\nSenior Consultant - Hospitality & Events\n"
            "Pennine Talent Partners\n3rd Floor, 22 Park Row, Leeds LS1 5JF\n"
            "T: 0113 496 0188 | M: 07700 900 614\n\n"
            "Pennine Talent Partners is acting as an employment agency. This email and any "
            "attachments are confidential and intended solely for the addressee. If you have "
            "received it in error, please notify the sender and delete it."
        )),
        text="auto", cte="quoted-printable",
    ),
    R(
        name="medlock_filled_internally",
        lang="en", company="Medlock University",
        contact="s.farrelly@medlock.example.ac.uk",
        date="2026-04-16 10:02",
        frm=("Farrelly, Sinead", "s.farrelly@medlock.example.ac.uk"),
        subject="Conference & Events Officer (ref. MU-2231)",
        parent="medlock-moved",
        html=outlook_word(mso(
            "Dear Philippa,\n\n"
            "I am writing with regard to the Conference & Events Officer post, for which you "
            "were due to attend interview next Tuesday.\n\n"
            "Following an internal restructure in the Campus Services directorate, the "
            "vacancy has now been filled by redeployment of an existing member of staff, "
            "under the University's redeployment policy. The interviews scheduled for 21 April "
            "will therefore not go ahead and the recruitment exercise is closed.\n\n"
            "I appreciate this is disappointing, particularly at such a late stage, and I "
            "apologise for the inconvenience. Thank you for your interest in working at "
            "Medlock.\n\n"
            "Kind regards\n\n"
            "Sinead Farrelly\nHR Adviser (Recruitment)\nMedlock University\n"
            "Oxford Road, Manchester M13 9QQ\nTel: 0161 496 0930\n\n"
            "This email and any files transmitted with it are confidential and intended "
            "solely for the use of the individual to whom they are addressed. Any views or "
            "opinions expressed are those of the author and do not necessarily represent those "
            "of Medlock University. If you have received this email in error please notify "
            "the sender immediately."
        )),
        text="auto", cte="base64",
    ),
    R(
        name="kirkgate_arts_casual_no",
        lang="en", company="Kirkgate Arts Trust",
        contact="saoirse@kirkgatearts.example.org.uk",
        date="2026-02-13 18:26",
        frm=("Saoirse Quinn", "saoirse@kirkgatearts.example.org.uk"),
        subject="Re: chat about the events job",
        parent="kirkgate-chat",
        text=(
            "Hiya P,\n\n"
            "Gutted to be the one telling you this, but the trustees went for the other "
            "shortlisted person - she's been doing our Light Night stuff as a freelancer for "
            "two years so it was a bit of a foregone conclusion, between you and me.\n\n"
            "Honestly loved our chat on Thursday and I'm going to nag you to come and "
            "volunteer at the spring fair anyway. Pint soon?\n\n"
            "S x\n\n"
            + reply_chain(
                "en", "2026-02-03 12:15", "Saoirse Quinn", "saoirse@kirkgatearts.example.org.uk",
                "Are you free Thursday to chat about the events coordinator job? Nothing "
                "formal, just me and Anwar from the board, 4ish at the Corn Exchange cafe?",
            )
        ),
    ),
    R(
        name="castlegate_smartrecruiters_cp1252",
        lang="en", company="Castlegate Hotel Group", contact="",
        date="2026-05-08 07:15", tz="+0000",
        frm=("Castlegate Hotel Group", "noreply@smartrecruiters.com"),
        subject="Castlegate Hotel Group – Conference & Banqueting Coordinator",
        subj_enc=("windows-1252", "Q"),
        parent="castlegate-missed",
        headers=AUTO,
        text=(
            "Dear Philippa,\n\n"
            "We’re grateful for the interest you’ve shown in joining Castlegate Hotel Group "
            "as Conference & Banqueting Coordinator at The Castlegate, Newcastle.\n\n"
            "Having reviewed where things stand, we won’t be taking your application to the "
            "next stage. Competition for this position was strong – we received more than "
            "140 applications.\n\n"
            "You’re welcome to set up job alerts on our careers site so you hear about new "
            "roles first.\n\n"
            "Kind regards,\n"
            "Talent Acquisition – Castlegate Hotel Group\n\n"
            "Please do not reply to this email; replies are not monitored."
        ),
        charset="windows-1252", cte="quoted-printable",
    ),
    R(
        name="calton_icims_after_assessment_centre",
        lang="en", company="Calton University", contact="",
        date="2026-06-19 15:58",
        frm=("Calton University Careers", "donotreply@icims.com"),
        subject="Calton University: outcome of assessment centre",
        parent="calton-postponed",
        headers=AUTO,
        html=ats_card(
            "Calton University", "#5b2a86",
            paras(
                "Dear Philippa Okafor-Grünwald,\n\n"
                "Job title: Events and Hospitality Coordinator (Requisition 2026-1187)\n\n"
                "Thank you for taking part in our assessment centre on 16 June. The selection "
                "panel has now reviewed the results of the group exercise, the in-tray task "
                "and the interviews.\n\n"
                "We regret to inform you that your application has been unsuccessful and you "
                "will not be offered the post.\n\n"
                "Individual feedback on the exercises is not available, but the panel asked "
                "us to pass on that your in-tray prioritisation scored well.\n\n"
                "Yours sincerely,\nResourcing Team, Calton University"
            ),
            "Calton University is a charitable body registered in Scotland, SC0XXXX. "
            "Please do not reply to this automated message.",
        ),
        cte="quoted-printable",
    ),
    R(
        name="nsummit_ashby_feedback_offer",
        lang="en", company="Northern Sustainability Summit", contact="",
        date="2026-02-20 12:40", tz="+0000",
        frm=("Northern Sustainability Summit Hiring Team", "no-reply@ashbyhq.com"),
        subject="Following up on your Northern Sustainability Summit interview",
        headers=AUTO,
        html=ats_card(
            "Northern Sustainability Summit", "#166534",
            paras(
                "Hi Philippa,\n\n"
                "Thanks again for making time to speak with Oliver after the mix-up with the "
                "first call.\n\n"
                "We've now completed the interviews for Speaker & Programme Coordinator. This "
                "time the team will not be progressing your application - we've prioritised "
                "people who have managed speaker logistics at a multi-track conference "
                "before.\n\n"
                "We'd genuinely like to hear from you again for next year's summit team.\n\n"
                "All the best,\nNorthern Sustainability Summit"
            ),
            '<a href="https://jobs.ashbyhq.com/nsummit">Careers at NSS</a> · Sent via Ashby',
        ),
        text="auto", cte="quoted-printable",
    ),
    R(
        name="pennine_food_festival_teamtailor_already_filled",
        lang="en", company="Pennine Food Festival", contact="",
        date="2026-01-14 10:10", tz="+0100",
        frm=("Pennine Food Festival", "no-reply@teamtailor-mail.com"),
        subject="Festival Site Coordinator",
        headers=AUTO,
        html=ats_card(
            "Pennine Food Festival", "#b45309",
            paras(
                "Hello Philippa,\n\n"
                "Many thanks for applying to be our Festival Site Coordinator for the Hebden "
                "Bridge weekend.\n\n"
                "We had hoped to get back to you sooner, but the position has now been filled "
                "and so your application has been closed.\n\n"
                "We'd love to see you at the festival in July!\n\n"
                "The Pennine Food Festival team"
            ),
            "Sent with Teamtailor",
        ),
        text="auto", cte="8bit",
    ),
    R(
        name="hadrian_search_unnamed_client",
        lang="en", company="Hadrian Search",
        contact="fraser.nicol@hadriansearch.example.co.uk",
        date="2026-03-13 13:37",
        frm=("Fraser Nicol", "fraser.nicol@hadriansearch.example.co.uk"),
        subject="Event manager brief - client decision",
        text=(
            "Philippa,\n\n"
            "A quick one, as promised. My client (the private members' club in Jesmond we "
            "talked about - I still can't name them, sorry) has reviewed the three profiles "
            "I sent and decided not to meet you. The reason given was purely the lack of "
            "licensed-premises experience; nothing about your CV otherwise.\n\n"
            "I'll keep you front of mind for anything in heritage or culture.\n\n"
            "Regards,\n"
            "Fraser Nicol | Associate Director\n"
            "Hadrian Search | Executive & Mid-Level Hospitality Search\n"
            "Collingwood House, Newcastle upon Tyne NE1 1JF | +44 191 496 0550"
        ),
        cte="7bit",
    ),
    R(
        name="forth_assembly_bamboohr",
        lang="en", company="Forth Assembly Rooms", contact="",
        date="2026-02-09 08:02", tz="-0700",
        frm=("Forth Assembly Rooms", "notifications@bamboohr.com"),
        subject="Thank you for your interest in Forth Assembly Rooms",
        parent="forth-ack",
        headers=AUTO,
        text=(
            "Hi Philippa,\n\n"
            "Thank you for the time you put into your application for the Events Sales "
            "Coordinator position.\n\n"
            "We have reviewed every application carefully and, after consideration, we will "
            "not be inviting you to interview for this role.\n\n"
            "We appreciate you thinking of Forth Assembly Rooms and wish you luck in your "
            "search.\n\n"
            "Forth Assembly Rooms | 54 George Street, Edinburgh EH2 2LR\n\n"
            "This email was sent by BambooHR on behalf of Forth Assembly Rooms."
        ),
    ),
    R(
        name="headrow_reply_after_invite_chain",
        lang="en", company="Headrow Events Group",
        contact="kerry.lumb@headrowevents.example.co.uk",
        date="2026-03-27 16:55",
        frm=("Kerry Lumb", "kerry.lumb@headrowevents.example.co.uk"),
        subject="RE: Interview - Events Coordinator (Leeds)",
        parent="headrow-moved",
        html=outlook_word(mso(
            "Hi Philippa\n\n"
            "Thanks again for coming in on Tuesday (and for your patience while I was off "
            "sick and we moved things around).\n\n"
            "We had a really strong field and I'm sorry to say that we've decided not to "
            "offer you the role. The person we've appointed has three years of agency-side "
            "event delivery, and with our autumn calendar as packed as it is we need someone "
            "who can hit the ground running on production schedules.\n\n"
            "You came across brilliantly with people and I'd be happy to be a sounding board "
            "if you'd like some pointers.\n\n"
            "Best\nKerry\n\n"
            "Kerry Lumb\nOperations Director | Headrow Events Group\n"
            "The Arcade Building, 9 Headrow, Leeds LS1 6PU\nt. 0113 496 0271"
        )).replace("</div>\n</body>", (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            "\n<pre>" + esc(outlook_block(
                "en", "Kerry Lumb <kerry.lumb@headrowevents.example.co.uk>",
                "09 March 2026 11:20", "Philippa Okafor-Grünwald",
                "Interview - Events Coordinator (Leeds)",
                "Hi Philippa\n\nWe'd like to invite you to interview for the Events "
                "Coordinator role. We're holding interviews on Tuesday 17 March at our Headrow "
                "office; could you do 2pm? Please bring a one-page plan for a 200-guest "
                "product launch - we'll talk it through with you.\n\nKerry",
            )) + "</pre>\n</div>\n</div>\n</body>"
        )),
        text=(
            "Hi Philippa\n\n"
            "Thanks again for coming in on Tuesday (and for your patience while I was off "
            "sick and we moved things around).\n\n"
            "We had a really strong field and I'm sorry to say that we've decided not to "
            "offer you the role. The person we've appointed has three years of agency-side "
            "event delivery, and with our autumn calendar as packed as it is we need someone "
            "who can hit the ground running on production schedules.\n\n"
            "You came across brilliantly with people and I'd be happy to be a sounding board "
            "if you'd like some pointers.\n\n"
            "Best\nKerry\n\n"
            "Kerry Lumb\nOperations Director | Headrow Events Group\n"
            "The Arcade Building, 9 Headrow, Leeds LS1 6PU\nt. 0113 496 0271\n\n"
            + outlook_block(
                "en", "Kerry Lumb <kerry.lumb@headrowevents.example.co.uk>",
                "09 March 2026 11:20", "Philippa Okafor-Grünwald",
                "Interview - Events Coordinator (Leeds)",
                "Hi Philippa\n\nWe'd like to invite you to interview for the Events "
                "Coordinator role. We're holding interviews on Tuesday 17 March at our Headrow "
                "office; could you do 2pm? Please bring a one-page plan for a 200-guest "
                "product launch - we'll talk it through with you.\n\nKerry",
            )
        ),
        cte="quoted-printable",
    ),
    R(
        name="guild_makers_workable",
        lang="en", company="Guild of Yorkshire Makers", contact="",
        date="2026-01-30 09:48", tz="+0000",
        frm=("Guild of Yorkshire Makers", "noreply@candidates.workablemail.com"),
        subject="Your application for Maker Markets Coordinator",
        parent="guild-ack",
        headers=AUTO + [("List-Unsubscribe", "<https://apply.workable.com/unsubscribe/x81k2>")],
        html=plain_html(paras(
            "Dear Philippa,\n\n"
            "We've now shortlisted for the Maker Markets Coordinator role and we're sorry "
            "that your application wasn't among those selected for interview.\n\n"
            "Because the markets run on weekends across the county, we were looking for "
            "people who drive and have their own transport, which we should have made "
            "clearer in the advert.\n\n"
            "Thanks for applying, and we hope to see you at a market soon.\n\n"
            "Guild of Yorkshire Makers"
        )),
        text="auto", cte="quoted-printable",
    ),
    R(
        name="tyneside_taleo_post_withdrawn",
        lang="en", company="Tyneside Borough Council", contact="",
        date="2026-05-27 12:00", tz="+0000",
        frm=("Tyneside Borough Council Recruitment", "noreply@taleo.net"),
        subject="Vacancy TBC/0614 Events and Cultural Programme Officer - post withdrawn",
        parent="tyneside-cancel",
        headers=AUTO,
        text=(
            "Dear Candidate,\n\n"
            "Re: Events and Cultural Programme Officer, TBC/0614\n\n"
            "Further to the postponement of the interview arranged for you, we write to "
            "inform you that, following the Council's in-year budget review, the above post "
            "has been withdrawn from the establishment and will not be filled.\n\n"
            "Your application will therefore not be progressed. This decision is not a "
            "reflection on your application.\n\n"
            "Yours faithfully\n\n"
            "HR Resourcing\nTyneside Borough Council\n\n"
            "This is an automatically generated message from the Council's recruitment "
            "system. Please do not reply."
        ),
        cte="7bit",
    ),
    R(
        name="leodis_congress_personal_base64",
        lang="en", company="Leodis Congress Services",
        contact="marcus.oyelaran@leodiscongress.example.co.uk",
        date="2026-02-17 09:14",
        frm=("Marcus Oyelaran", "marcus.oyelaran@leodiscongress.example.co.uk"),
        subject="Your application to Leodis Congress Services",
        html=plain_html(paras(
            "Dear Philippa,\n\n"
            "I'm Marcus, the hiring manager for the Registration & Delegate Coordinator role. "
            "I read your application myself and wanted to reply properly.\n\n"
            "Your cover letter was one of the best we had - the way you described managing "
            "a coach party of 60 through the Minster with a tour running late made me smile. "
            "But the role sits inside our registration platform all day, and the people on "
            "our shortlist have worked with delegate-management systems before, so I'm not "
            "taking you forward this time.\n\n"
            "If you pick up some registration-desk experience (our autumn congresses always "
            "need temporary staff), please apply again.\n\n"
            "Marcus Oyelaran\nHead of Delegate Services\nLeodis Congress Services\n"
            "Wellington Place, Leeds LS1 4AP · 0113 496 0632"
        )),
        text="auto", cte="base64",
    ),
    # ---------------------------------------------------------------- German
    R(
        name="elbkongress_after_second_slot",
        lang="de", company="Elbkongress Hamburg",
        contact="jana.brettschneider@elbkongress.example.de",
        date="2026-04-24 15:31",
        frm=("Jana Brettschneider", "jana.brettschneider@elbkongress.example.de"),
        subject="Ihre Bewerbung als Projektkoordinatorin Kongresse",
        subj_enc=("iso-8859-1", "Q"),
        parent="elbkongress-newslot",
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "vielen Dank, dass Sie sich nach dem verpassten ersten Termin noch einmal Zeit "
            "für das Gespräch mit uns genommen haben.\n\n"
            "Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für "
            "eine Bewerberin entschieden, die bereits mehrere internationale Fachkongresse "
            "in Hamburg eigenverantwortlich betreut hat und sofort verfügbar ist.\n\n"
            "Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach sechs Monaten "
            "gemäß Datenschutz gelöscht.\n\n"
            "Für Ihren weiteren Weg wünsche ich Ihnen viel Erfolg.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jana Brettschneider\n"
            "Leitung Kongressorganisation\n"
            "Elbkongress Hamburg GmbH\n"
            "Große Elbstraße 148, 22767 Hamburg\n"
            "Tel. +49 40 5555 2381\n\n"
            "Amtsgericht Hamburg HRB 155 402 · Geschäftsführung: Dr. Tobias Kähler"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    R(
        name="speicherstadt_personio_html_only",
        lang="de", company="Speicherstadt Veranstaltungen", contact="",
        date="2026-03-18 08:45",
        frm=("Speicherstadt Veranstaltungen", "no-reply@personio.de"),
        subject="Absage: Eventmanager:in (m/w/d)",
        headers=AUTO,
        html=ats_card(
            "Speicherstadt Veranstaltungen", "#7c2d12",
            paras(
                "Hallo Philippa,\n\n"
                "danke für dein Interesse an der Position Eventmanager:in und für das nette "
                "Telefonat mit Malte.\n\n"
                "Nach reiflicher Überlegung müssen wir dir leider mitteilen, dass wir dich im "
                "weiteren Auswahlverfahren nicht berücksichtigen können. Für die Rolle sind "
                "fließende Deutschkenntnisse auf Muttersprachniveau im Kundenkontakt "
                "entscheidend.\n\n"
                "Wir wünschen dir alles Gute!\n\n"
                "Dein Team der Speicherstadt Veranstaltungen"
            ),
            "Diese E-Mail wurde automatisch über Personio versendet.",
            lang="de",
        ),
        cte="base64",
    ),
    R(
        name="alsterufer_softgarden_stelle_entfaellt",
        lang="de", company="Hochschule am Alsterufer", contact="",
        date="2026-05-12 11:20",
        frm=("Hochschule am Alsterufer", "noreply@softgarden.io"),
        subject="Ausschreibung Kennziffer 26-041 - Veranstaltungsreferent/in",
        parent="alsterufer-cancel",
        headers=AUTO,
        html=ats_card(
            "Hochschule am Alsterufer", "#0e7490",
            paras(
                "Sehr geehrte Frau Okafor-Grünwald,\n\n"
                "wir beziehen uns auf Ihre Bewerbung auf die oben genannte Stelle sowie auf "
                "unsere Nachricht zur Absage des vereinbarten Gesprächstermins.\n\n"
                "Aufgrund einer Änderung im Stellenplan der Hochschule wird die Stelle nicht "
                "besetzt. Das Auswahlverfahren ist damit beendet; eine Berücksichtigung Ihrer "
                "Bewerbung ist nicht mehr möglich.\n\n"
                "Wir danken Ihnen für Ihr Interesse an der Hochschule am Alsterufer.\n\n"
                "Mit freundlichen Grüßen\nPersonalabteilung"
            ),
            "Diese Nachricht wurde über softgarden versendet. Antworten auf diese E-Mail "
            "werden nicht gelesen.",
            lang="de",
        ),
        text="auto", cte="quoted-printable",
    ),
    R(
        name="personalwerk_relays_museumsstiftung",
        lang="de", company="Hanseatische Museumsstiftung",
        contact="sven.albers@personalwerk-nord.example.de",
        date="2026-04-09 17:04",
        frm=("Sven Albers | Personalwerk Nord", "sven.albers@personalwerk-nord.example.de"),
        subject="Rückmeldung Hanseatische Museumsstiftung – Koordination Besucherveranstaltungen",
        subj_enc=("utf-8", "B"),
        parent="personalwerk-invite",
        text=(
            "Hallo Frau Okafor-Grünwald,\n\n"
            "die Hanseatische Museumsstiftung hat sich heute bei mir gemeldet. Leider "
            "möchte man die Zusammenarbeit mit Ihnen nicht weiterverfolgen – die Stiftung "
            "hat sich für eine interne Lösung mit einer Kollegin aus dem Altonaer Haus "
            "entschieden, die bisher die Museumsnacht betreut hat.\n\n"
            "Der Eindruck aus dem Gespräch war ausdrücklich gut: Ihre Führungserfahrung und "
            "Ihr Englisch wurden hervorgehoben. Ich melde mich, sobald ich ein passendes "
            "Mandat habe – aktuell sehe ich zwei Optionen im Messeumfeld.\n\n"
            "Beste Grüße\n"
            "Sven Albers\n"
            "Senior Consultant Events & Kultur\n"
            "Personalwerk Nord GmbH · Ballindamm 27 · 20095 Hamburg\n"
            "T +49 40 5555 9120 · M +49 170 5555 442\n\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese "
            "E-Mail."
        ),
        charset="windows-1252", cte="base64",
    ),
    R(
        name="kontorhaus_terse_de",
        lang="de", company="Kontorhaus Events",
        contact="nils@kontorhaus-events.example.de",
        date="2026-06-03 20:12",
        frm=("Nils Petersen", "nils@kontorhaus-events.example.de"),
        subject="Re: Bewerbung Junior Eventplanerin",
        text=(
            "Hallo Philippa,\n\n"
            "danke dir, passt leider nicht - wir brauchen jemanden mit Führerschein und "
            "Hamburger Netzwerk. Viel Glück!\n\n"
            "Nils\n\n"
            "-- \nKontorhaus Events | Mönckebergstraße 7 | 20095 Hamburg"
        ),
    ),
    # ---------------------------------------------------------------- French
    R(
        name="deule_poste_gele",
        lang="fr", company="Palais des Congrès de la Deûle",
        contact="s.delattre@congres-deule.example.fr",
        date="2026-05-05 10:42",
        frm=("Sandrine Delattre", "s.delattre@congres-deule.example.fr"),
        subject="Votre candidature - Chargée de projets événementiels",
        parent="deule-cancel",
        text=(
            "Madame,\n\n"
            "Je reviens vers vous suite à l'annulation de notre entretien du 28 avril.\n\n"
            "La direction a décidé de geler ce recrutement jusqu'à nouvel ordre, dans "
            "l'attente de la réorganisation du pôle commercial. Nous ne donnerons donc pas "
            "suite à votre candidature pour ce poste, et j'en suis sincèrement désolée.\n\n"
            "Nous conservons votre CV dans notre vivier avec votre accord et ne manquerons "
            "pas de vous recontacter si le poste est rouvert.\n\n"
            "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
            "Sandrine Delattre\n"
            "Responsable Ressources Humaines\n"
            "Palais des Congrès de la Deûle\n"
            "1 boulevard des Cités Unies, 59777 Lille\n"
            "Tél. : +33 3 20 55 51 18"
        ),
        cte="quoted-printable",
    ),
    R(
        name="vauban_successfactors_non_retenue",
        lang="fr", company="Université Vauban", contact="",
        date="2026-06-26 09:00",
        frm=("Université Vauban - Recrutement", "noreply@successfactors.eu"),
        frm_enc=("iso-8859-1", "B"),
        subject="Réponse à votre candidature - Chargé(e) d'événements institutionnels",
        subj_enc=("iso-8859-1", "Q"),
        parent="vauban-moved",
        headers=AUTO,
        html=ats_card(
            "Université Vauban", "#1e3a8a",
            paras(
                "Madame Okafor-Grünwald,\n\n"
                "Nous vous remercions pour l'intérêt que vous portez à l'Université Vauban "
                "et pour votre participation à l'entretien du 23 juin.\n\n"
                "Après examen attentif, le jury a retenu une autre candidature. Nous sommes "
                "au regret de vous informer que votre candidature n'a pas été retenue pour le "
                "poste de chargé(e) d'événements institutionnels.\n\n"
                "Nous vous souhaitons pleine réussite dans vos démarches.\n\n"
                "La Direction des ressources humaines"
            ),
            "Message automatique, merci de ne pas répondre.",
            lang="fr",
        ),
        text="auto", charset="iso-8859-1", cte="quoted-printable",
    ),
    R(
        name="talents_hdf_relays_client",
        lang="fr", company="Agence Nord Événements",
        contact="mehdi.bouzid@talents-hdf.example.fr",
        date="2026-03-24 18:03",
        frm=("Mehdi Bouzid", "mehdi.bouzid@talents-hdf.example.fr"),
        subject="Retour d'Agence Nord Événements",
        parent="talents-missed",
        text=(
            "Bonsoir Philippa,\n\n"
            "J'ai enfin eu le retour d'Agence Nord Événements après ton entretien de "
            "rattrapage. Malheureusement, ils ont choisi de poursuivre avec un autre profil, "
            "plus orienté salons professionnels B2B.\n\n"
            "Ils ont apprécié ton aisance à l'oral et ton trilinguisme, donc je garde ton "
            "dossier actif chez nous. On se rappelle la semaine prochaine pour faire le "
            "point ?\n\n"
            "Bonne soirée,\n"
            "Mehdi Bouzid\n"
            "Consultant recrutement Événementiel & Tourisme\n"
            "Talents Hauts-de-France - 18 rue Faidherbe, 59000 Lille\n"
            "06 55 51 28 90"
        ),
        cte="8bit",
    ),
    R(
        name="beffroi_after_interview_quoting_merci",
        lang="fr", company="Fondation Beffroi",
        contact="elodie.carpentier@fondation-beffroi.example.fr",
        date="2026-02-27 12:18",
        frm=("Élodie Carpentier", "elodie.carpentier@fondation-beffroi.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Re: Merci pour l'entretien",
        parent="beffroi-merci",
        text=(
            "Chère Philippa,\n\n"
            "Merci pour votre message, très apprécié par toute l'équipe.\n\n"
            "Je dois malheureusement vous annoncer que nous avons proposé le poste de "
            "coordinatrice des événements de mécénat à une autre personne, qui connaît déjà "
            "bien nos donateurs. Ce choix s'est joué à peu de choses.\n\n"
            "Nous serions ravis de vous compter parmi nos bénévoles lors de la soirée de "
            "gala de juin, si le coeur vous en dit.\n\n"
            "Bien cordialement,\n"
            "Élodie Carpentier\n"
            "Directrice du développement - Fondation Beffroi\n"
            "Place Rihour, 59800 Lille\n\n"
            + reply_chain(
                "fr", "2026-02-19 20:11", CAND[0], CAND[1],
                "Chère Élodie,\n\n"
                "Je tenais à vous remercier pour l'entretien de cet après-midi et pour la "
                "visite de la Fondation. J'ai beaucoup aimé découvrir vos projets pour le "
                "gala et je serais ravie de mettre mon expérience d'accueil des publics au "
                "service de l'équipe.\n\n"
                "Bien à vous,\nPhilippa",
            )
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    # ---------------------------------------------------------------- Spanish
    R(
        name="malagueta_teamtailor_tras_entrevista",
        lang="es", company="Centro de Congresos La Malagueta", contact="",
        date="2026-07-10 13:15",
        frm=("Centro de Congresos La Malagueta", "no-reply@teamtailor-mail.com"),
        subject="Proceso de selección: Coordinador/a de eventos",
        parent="malagueta-thanks",
        headers=AUTO,
        html=ats_card(
            "Centro de Congresos La Malagueta", "#0f766e",
            paras(
                "Hola Philippa:\n\n"
                "Gracias por participar en la entrevista del pasado 2 de julio y por el "
                "interés mostrado en el Centro de Congresos La Malagueta.\n\n"
                "Lamentamos comunicarte que hemos seleccionado a otra persona cuyo perfil se "
                "ajusta mejor a lo que necesitamos en este momento, sobre todo en la gestión "
                "de proveedores audiovisuales.\n\n"
                "Guardaremos tu candidatura para futuras vacantes, salvo que nos indiques lo "
                "contrario.\n\n"
                "Un saludo,\nEquipo de Personas - La Malagueta"
            ),
            "Enviado con Teamtailor",
            lang="es",
        ),
        text="auto", cte="quoted-printable",
    ),
    R(
        name="axarquia_plaza_interna",
        lang="es", company="Universidad de la Axarquía",
        contact="rmoyano@uaxarquia.example.es",
        date="2026-04-03 09:27",
        frm=("Rafael Moyano Gálvez", "rmoyano@uaxarquia.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Plaza de Técnico/a de Protocolo y Eventos",
        subj_enc=("iso-8859-1", "B"),
        parent="axarquia-missed",
        text=(
            "Estimada Sra. Okafor-Grünwald:\n\n"
            "Tras la entrevista que no pudo realizarse el día 24, le escribo para "
            "informarle de que la plaza de Técnico/a de Protocolo y Eventos ha quedado "
            "cubierta mediante promoción interna de un miembro del personal de la "
            "Universidad. En consecuencia, el proceso externo se da por concluido y no "
            "procede convocarla a una nueva entrevista.\n\n"
            "Le agradecemos el interés mostrado.\n\n"
            "Atentamente,\n\n"
            "Rafael Moyano Gálvez\n"
            "Servicio de Personal de Administración y Servicios\n"
            "Universidad de la Axarquía\n"
            "Avda. de Andalucía s/n, 29700 Vélez-Málaga\n"
            "Tel. 952 55 51 40"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    R(
        name="talentosur_cliente_sin_nombre",
        lang="es", company="Talento Sur Selección",
        contact="marta.ordonez@talentosur.example.es",
        date="2026-05-20 19:40",
        frm=("Marta Ordóñez", "marta.ordonez@talentosur.example.es"),
        subject="Novedades sobre la posición de coordinadora de bodas",
        text=(
            "Hola Philippa,\n\n"
            "Te escribo rápido porque ya tengo respuesta: nuestro cliente (el grupo de "
            "fincas para bodas del que te hablé, todavía no puedo darte el nombre) ha "
            "decidido no seguir adelante con tu candidatura. Buscan a alguien que ya haya "
            "coordinado bodas de más de 150 invitados en la zona de Marbella.\n\n"
            "No te desanimes, ¿vale? Sigo moviendo tu perfil para el puesto de la fundación.\n\n"
            "Un abrazo,\n"
            "Marta Ordóñez\n"
            "Consultora de Selección · Talento Sur Selección S.L.\n"
            "C/ Larios 12, 3º · 29005 Málaga · 952 55 53 61"
        ),
        cte="base64",
    ),
    R(
        name="atarazanas_casual",
        lang="es", company="Hotel Atarazanas",
        contact="inma.ruiz@hotelatarazanas.example.es",
        date="2026-06-12 22:03",
        frm=("Inma Ruiz", "inma.ruiz@hotelatarazanas.example.es"),
        subject="Lo del puesto de eventos",
        text=(
            "Oye Philippa, ¡qué tal!\n\n"
            "Te cuento antes de que te enteres por otro lado: al final hemos tirado por otra "
            "chica que lleva años montando bodas aquí en el hotel como extra, así que lo "
            "tuyo no va a poder ser. Me sabe fatal porque me caíste genial.\n\n"
            "Si vuelves por Málaga, te invito a un café en la terraza.\n\n"
            "Besos,\nInma"
        ),
    ),
]
