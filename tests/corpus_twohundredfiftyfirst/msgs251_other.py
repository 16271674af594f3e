"""Corpus 251: everything that is not a job event for the candidate (52), hand-written."""

from msgs251_common import (
    CAND,
    CAND_SIG_EN,
    item,
    mso,
    newsletter,
    outlook_block,
    outlook_word,
    paras,
    plain_html,
    reply_chain,
)


def X(**kw):
    kw.setdefault("kind", "other")
    kw.setdefault("company", "")
    kw.setdefault("contact", "")
    return kw


def listhdr(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsub),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "list"),
    ]


OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

MESSAGES = [
    # ---------------------------------------------------------------- English
    X(
        name="northern_events_jobs_weekly_digest",
        lang="en", date="2026-01-08 07:00",
        frm=("Northern Events Jobs", "alerts@northerneventsjobs.example.co.uk"),
        subject="This week: 9 events roles in Yorkshire & the North East",
        headers=listhdr(
            "Northern Events Jobs weekly <weekly.northerneventsjobs.example.co.uk>",
            "<https://northerneventsjobs.example.co.uk/u/8812?t=ab31>, "
            "<mailto:unsubscribe@northerneventsjobs.example.co.uk>",
        ),
        html=newsletter(
            "Northern Events Jobs", "#334155",
            "<p>Morning Philippa, here are this week's picks based on your saved search "
            "'events coordinator'.</p>\n"
            + item("Events Coordinator - city-centre conference venue, Leeds",
                   "https://northerneventsjobs.example.co.uk/j/4471",
                   "£26-28k. Interviews expected mid-February. Closing 30 January.")
            + item("Weddings & Functions Assistant - country house hotel, Ripon",
                   "https://northerneventsjobs.example.co.uk/j/4473",
                   "Live-in option. The employer says unsuccessful applicants will not be "
                   "contacted.")
            + item("Visitor Events Officer - heritage charity, Durham",
                   "https://northerneventsjobs.example.co.uk/j/4480",
                   "Fixed-term 12 months. Offer subject to DBS check.")
            + item("Conference Sales Coordinator - university, Newcastle",
                   "https://northerneventsjobs.example.co.uk/j/4482",
                   "Hybrid. Assessment centre on 26 February.")
            + "\n<p><a href=\"https://northerneventsjobs.example.co.uk/search?q=events\">"
            "See all 9 jobs</a></p>",
            'You get this because you set up a job alert. <a href="https://northerneventsjobs'
            '.example.co.uk/u/8812?t=ab31">Unsubscribe</a> · Northern Events Jobs, Leeds LS2 7EW',
        ),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="eventful_careers_newsletter_rejection_article",
        lang="en", date="2026-02-15 08:30",
        frm=("Eventful Careers", "newsletter@eventfulcareers.example.com"),
        subject="'Unfortunately...' - how to bounce back from a rejection",
        headers=listhdr(
            "Eventful Careers <news.eventfulcareers.example.com>",
            "<https://eventfulcareers.example.com/unsubscribe?id=55e1>",
        ),
        html=newsletter(
            "Eventful Careers", "#9d174d",
            "<h2>Rejected again? Read this first</h2>\n"
            + paras(
                "Every events professional we spoke to for this issue has a folder full of "
                "emails that begin 'Unfortunately, on this occasion...'. Our columnist, a "
                "former festival director, explains why a rejection after interview is often "
                "a sign you were close, how to ask for feedback without sounding bitter, and "
                "when to reapply.\n\n"
                "Also this week: what to do when an interview is cancelled at the last "
                "minute, and how to negotiate an offer when the salary is fixed."
            )
            + item("Read the full article", "https://eventfulcareers.example.com/a/bounce-back",
                   "8 minute read")
            + item("Podcast: my worst interview ever",
                   "https://eventfulcareers.example.com/p/worst-interview", "Episode 41"),
            'Eventful Careers · <a href="https://eventfulcareers.example.com/unsubscribe?id=55e1">'
            "Unsubscribe</a> · <a href=\"https://eventfulcareers.example.com/prefs\">"
            "Preferences</a>",
        ),
        text="auto", cte="base64",
    ),
    X(
        name="museum_careers_digest_interview_questions",
        lang="en", date="2026-03-03 12:00",
        frm=("The Museum Careers Digest", "digest@museumcareers.example.org.uk"),
        subject="Five questions interview panels always ask (and how to answer them)",
        headers=listhdr(
            "Museum Careers Digest <digest.museumcareers.example.org.uk>",
            "<mailto:leave-digest@museumcareers.example.org.uk>",
        ),
        text=(
            "THE MUSEUM CAREERS DIGEST - March 2026\n\n"
            "1. \"Tell us about a time you dealt with a difficult visitor.\"\n"
            "Panels want a real example, not a principle. Use the situation-task-action-"
            "result shape and finish with what you changed afterwards.\n\n"
            "2. \"Why are you moving from the gallery floor into events?\"\n"
            "Frame it as growth, not escape. Guides already plan, time-keep and read rooms.\n\n"
            "3. \"What would you do in your first 90 days?\"\n"
            "4. \"What is your experience of budgets?\"\n"
            "5. \"Do you have any questions for us?\" - always yes.\n\n"
            "JOBS IN BRIEF\n"
            "- Learning & Events Officer, regimental museum, York (closing 20 March)\n"
            "- Venue Hire Assistant, science museum, Manchester (interviews 2 April)\n\n"
            "Full listings: https://museumcareers.example.org.uk/jobs\n"
            "To leave this list, email leave-digest@museumcareers.example.org.uk"
        ),
        cte="quoted-printable",
    ),
    X(
        name="heritage_voices_podcast_request",
        lang="en", contact="tamsin@heritagevoices.example.co.uk",
        date="2026-03-19 13:25",
        frm=("Tamsin Clough", "tamsin@heritagevoices.example.co.uk"),
        subject="Podcast interview? Heritage Voices",
        text=(
            "Hi Philippa,\n\n"
            "I host Heritage Voices, a small podcast about the people who make museums "
            "work. A listener recommended your Viking-age ghost walk, and I'd love to "
            "interview you for an episode about front-of-house guiding.\n\n"
            "It'd be a relaxed 45-minute recorded conversation, either in York or over "
            "Zoom, some time in April. No preparation needed.\n\n"
            "Would you be up for it?\n\n"
            "Tamsin Clough\nHeritage Voices podcast\nheritagevoices.example.co.uk"
        ),
    ),
    X(
        name="ebor_evening_press_interview_request",
        lang="en", contact="k.dobson@eborpress.example.co.uk",
        date="2026-05-11 15:50",
        frm=("Kieran Dobson", "k.dobson@eborpress.example.co.uk"),
        subject="Ebor Evening Press - quick interview for a feature on York's guides?",
        text=(
            "Hello Philippa,\n\n"
            "I'm a features writer at the Ebor Evening Press. We're running a piece on the "
            "people behind York's tourist season and your museum suggested I get in touch.\n\n"
            "Could I interview you by phone for 15-20 minutes this week? We'd also like to "
            "send a photographer to one of your tours if the museum agrees.\n\n"
            "Thanks,\nKieran Dobson\nFeatures, Ebor Evening Press\n01904 496 0550"
        ),
    ),
    X(
        name="tickety_user_research_interview",
        lang="en", contact="noor.haddad@tickety.example.com",
        date="2026-06-09 11:00",
        frm=("Noor Haddad", "noor.haddad@tickety.example.com"),
        subject="Invitation: 30-minute research interview (£25 voucher)",
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "You recently bought tickets through Tickety, and you told us in our survey that "
            "you organise group visits. I'm a user researcher on the team and I'd love to "
            "interview you about how you book for groups.\n\n"
            "The interview is 30 minutes on Zoom and we'll send you a £25 voucher as a thank "
            "you. Pick a slot here: https://tickety.example.com/research/book?c=po71\n\n"
            "Thanks,\nNoor Haddad\nSenior User Researcher, Tickety"
        )),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="parcelpeak_delayed_unfortunately",
        lang="en", date="2026-02-05 14:03",
        frm=("ParcelPeak", "no-reply@parcelpeak.example.co.uk"),
        subject="Unfortunately your parcel is delayed",
        headers=[("Auto-Submitted", "auto-generated")],
        html=plain_html(paras(
            "Hi Philippa,\n\n"
            "Unfortunately your parcel from Minster Stationers (tracking PP40 5512 8870 GB) "
            "has been delayed because of severe weather at our Wakefield hub.\n\n"
            "New estimated delivery: Monday 9 February, 07:00-19:00.\n\n"
            "We're sorry for the inconvenience. You can change your delivery options here: "
            "https://parcelpeak.example.co.uk/t/PP4055128870GB\n\n"
            "ParcelPeak"
        )),
        text="auto", cte="8bit",
    ),
    X(
        name="trailtag_position_update",
        lang="en", date="2026-04-18 06:47",
        frm=("TrailTag", "notifications@trailtag.example.com"),
        subject="Position update: your bike has moved",
        headers=[("Auto-Submitted", "auto-generated")],
        html=plain_html(
            "<p>Your tracker <b>Blue Dawes</b> reported a new position.</p>\n"
            "<table><tr><td>Position</td><td>53.9576 N, 1.0827 W (Skeldergate, York)</td></tr>"
            "<tr><td>Time</td><td>06:45</td></tr><tr><td>Battery</td><td>62%</td></tr></table>\n"
            '<p><a href="https://trailtag.example.com/map/bd-2271">Open map</a></p>\n'
            "<p>If you didn't expect this movement, you can report the bike stolen in the "
            "app.</p>"
        ),
        cte="quoted-printable",
    ),
    X(
        name="friend_bex_own_rejection",
        lang="en", contact="bex.hartley@mailbox.example.co.uk",
        date="2026-03-08 20:33",
        frm=("Bex Hartley", "bex.hartley@mailbox.example.co.uk"),
        subject="ugh",
        text=(
            "P,\n\n"
            "So the railway museum job. Got the email this afternoon: 'we have decided to "
            "progress with other candidates whose experience more closely aligns'. After a "
            "two-hour interview AND a presentation. Not even a phone call.\n\n"
            "I know you've had a few of these too so I'm allowed to moan at you. Wine on "
            "Friday? You can tell me about your Leeds interview.\n\n"
            "B x"
        ),
    ),
    X(
        name="own_thank_you_aire_quay",
        key="airequay-thanks", parent="airequay-moved",
        lang="en", date="2026-06-02 18:30",
        frm=CAND,
        to=[("Nadia Sharif", "nadia.sharif@airequay.example.co.uk")],
        subject="Thank you - Events Coordinator interview",
        text=(
            "Dear Nadia,\n\n"
            "Thank you to you, Tom and Leanne for this afternoon's interview. I really "
            "enjoyed talking through the delegate welcome plan, and seeing the new riverside "
            "hall made me even more excited about the role.\n\n"
            "If there's anything else you need from me - references or right-to-work "
            "documents - just let me know.\n\n"
            "Best wishes,\n" + CAND_SIG_EN
        ),
    ),
    X(
        name="own_application_stockbridge_with_cv",
        key="stockbridge-application",
        lang="en", date="2026-08-03 21:12",
        frm=CAND,
        to=[("Stockbridge Arts Centre", "fiona.mcleish@stockbridgearts.example.co.uk")],
        subject="Application – Events Assistant (part-time)",
        subj_enc=("windows-1252", "B"),
        text=(
            "Dear Ms McLeish,\n\n"
            "I’d like to apply for the part-time Events Assistant role advertised on your "
            "website. I’ve attached my CV.\n\n"
            "For the past five years I’ve worked as a guide in York, leading tours for "
            "school groups, coach parties and evening visitors, and this summer I’ve been "
            "coordinating conferences at a Leeds venue. I would love to bring that mix of "
            "storytelling and logistics to Stockbridge.\n\n"
            "I’m available for interview at any time and happy to travel to Edinburgh.\n\n"
            "Kind regards,\n" + CAND_SIG_EN
        ),
        charset="windows-1252", cte="quoted-printable",
        attach=[{
            "pdf": "Philippa_Okafor-Grunwald_CV.pdf",
            "title": "CV - Philippa Okafor-Grünwald",
            "lines": [
                "Philippa Okafor-Grünwald - CV",
                "Museum guide, York (2021-2026)",
                "Events Coordinator (fixed term), Leeds (2026)",
                "Languages: English, German, French, Spanish",
            ],
        }],
    ),
    X(
        name="own_reschedule_request_canongate",
        key="canongate-resched-request", parent="canongate-invite",
        lang="en", date="2026-04-02 08:31",
        frm=CAND,
        to=[("Morag Baird", "morag.baird@canongatefest.example.org.uk")],
        subject="Re: Canongate Festival Society - second interview",
        text=(
            "Dear Morag,\n\nThank you so much for the invitation - I'm delighted to be "
            "invited to a second interview. Unfortunately I'm leading pre-booked school "
            "groups at the museum on both the 9th and 10th and can't get cover. Would "
            "any day the week of 20 April be possible?\n\nBest wishes,\nPhilippa\n\n"
            + reply_chain(
                "en", "2026-04-01 14:03", "Morag Baird via Greenhouse",
                "no-reply@greenhouse-mail.io",
                "Hi Philippa,\n\nThank you for the phone conversation last week. We'd love to "
                "take things to the next stage: a second interview (about an hour, in person "
                "at our Tolbooth Wynd office) with me and two of the venue managers.\n\n"
                "Please choose a time that suits you using the link below - slots are "
                "available on 9 and 10 April.",
            )
        ),
    ),
    X(
        name="own_thanks_canongate_after_second",
        key="canongate-thanks", parent="canongate-moved",
        lang="en", date="2026-04-22 19:48",
        frm=CAND,
        to=[("Morag Baird", "morag.baird@canongatefest.example.org.uk")],
        subject="Thank you - Festival Operations Coordinator interview",
        text=(
            "Dear Morag,\n\n"
            "Thank you for taking the time to see me this afternoon, and please pass my "
            "thanks on to Callum and Iona. I really enjoyed hearing how the team "
            "rebuilds the venue plan every August, and the second interview has made me "
            "even keener on the role.\n\n"
            "I'm available for anything else you need from me.\n\n"
            "Best wishes,\nPhilippa"
        ),
    ),
    X(
        name="coppergate_talent_cold_approach",
        lang="en", contact="imogen.speight@coppergatetalent.example.co.uk",
        date="2026-09-15 12:41",
        frm=("Imogen Speight", "imogen.speight@coppergatetalent.example.co.uk"),
        subject="Hello from Coppergate Talent",
        text=(
            "Hi Philippa,\n\n"
            "I hope you don't mind me reaching out out of the blue. I look after culture and "
            "visitor-attraction recruitment across Yorkshire, and your profile caught my eye "
            "- the combination of guiding and conference coordination isn't common.\n\n"
            "I don't have a specific vacancy to put to you today, but if you'd ever like to "
            "hear about what's coming up, just reply and I'll add you to my list.\n\n"
            "All the best,\nImogen Speight\nCoppergate Talent, 5 Fossgate, York YO1 9TA"
        ),
    ),
    X(
        name="moorgate_bs_mortgage_interview",
        lang="en", contact="gareth.lowe@moorgatebs.example.co.uk",
        date="2026-07-14 09:20",
        frm=("Gareth Lowe", "gareth.lowe@moorgatebs.example.co.uk"),
        subject="Your mortgage appointment on 21 July",
        html=outlook_word(mso(
            "Dear Ms Okafor-Grünwald,\n\n"
            "Thank you for booking a mortgage appointment with me at our Leeds Briggate "
            "branch on Tuesday 21 July at 17:30.\n\n"
            "The appointment is a fact-find interview of about 90 minutes, so that I can "
            "understand your financial position and your plans. Please bring your last three "
            "payslips, your new contract of employment and three months of bank statements. "
            "As you've recently changed position, a letter from your employer confirming "
            "your salary would also help.\n\n"
            "Kind regards\n\nGareth Lowe\nMortgage Adviser\nMoorgate Building Society\n"
            "44 Briggate, Leeds LS1 6HD | 0113 496 0910\n\n"
            "Moorgate Building Society is authorised by the Prudential Regulation Authority. "
            "Your home may be repossessed if you do not keep up repayments on your mortgage."
        )),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="landlord_gas_appointment",
        lang="en", contact="derek.pickersgill@fastmail.example.co.uk",
        date="2026-01-19 18:05",
        frm=("Derek Pickersgill", "derek.pickersgill@fastmail.example.co.uk"),
        subject="Gas safety check + smoke alarm",
        text=(
            "Hi Philippa,\n\n"
            "The gas engineer has an appointment to do the annual safety check on Thursday "
            "between 8 and 12. Can you let him in, or shall I come round with my key?\n\n"
            "While he's there I'll get him to look at the position of the smoke alarm in "
            "the hallway - the council inspector said it's too close to the kitchen door. "
            "Sorry, it'll mean another hole in the ceiling.\n\n"
            "Cheers,\nDerek"
        ),
    ),
    X(
        name="school_governor_interview_panel",
        lang="en", contact="head@clementhorpeprimary.example.sch.uk",
        date="2026-04-27 16:15",
        frm=("Mrs A. Rowntree-Hale", "head@clementhorpeprimary.example.sch.uk"),
        subject="Teaching assistant appointment - interview panel 14 May",
        text=(
            "Dear Philippa,\n\n"
            "Thank you again for agreeing to sit on the panel as our community governor. The "
            "interviews for the teaching assistant post will be on Thursday 14 May from "
            "1.15pm in the school library. We have four shortlisted candidates; I'll bring "
            "copies of the applications and the question sheet.\n\n"
            "Could you also lead the candidates' short tour of the school garden? It's the "
            "part of the day the children always want to show off.\n\n"
            "With thanks,\nAlison Rowntree-Hale\nHeadteacher, Clementhorpe Primary School\n"
            "Clementhorpe, York YO23 1AN"
        ),
    ),
    X(
        name="gp_appointment_rescheduled",
        lang="en", date="2026-08-11 08:03",
        frm=("Skeldergate Medical Practice", "no-reply@skeldergatemedical.example.nhs.uk"),
        subject="Your appointment has been rescheduled",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Skeldergate Medical Practice\n\n"
            "Dear Philippa Okafor-Grünwald,\n\n"
            "Your appointment with Dr Mensah on Wednesday 12 August at 09:10 has been "
            "rescheduled to Friday 14 August at 11:40, as the clinician is unavailable.\n\n"
            "If the new time does not suit you, please cancel it in the app or call "
            "reception on 01904 496 0600. Do not reply to this message.\n\n"
            "Skeldergate Medical Practice, 2 Bishophill, York YO1 6EN"
        ),
        cte="quoted-printable",
    ),
    X(
        name="nadia_out_of_office",
        key="airequay-ooo", parent="airequay-thanks",
        lang="en", contact="nadia.sharif@airequay.example.co.uk",
        date="2026-06-02 18:31",
        frm=("Nadia Sharif", "nadia.sharif@airequay.example.co.uk"),
        subject="Automatic reply: Thank you - Events Coordinator interview",
        headers=OOO,
        text=(
            "Thank you for your email. I am out of the office on site at a client event "
            "until Thursday 4 June with limited access to email.\n\n"
            "For urgent enquiries about an event booking please call the events desk on "
            "0113 496 0740.\n\n"
            "Nadia Sharif\nEvents Operations Manager, Aire Quay Conference Centre"
        ),
    ),
    X(
        name="prolinked_search_appearances",
        lang="en", date="2026-02-23 17:30",
        frm=("ProLinked", "notifications@prolinked.example.com"),
        subject="You appeared in 14 searches this week",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://prolinked.example.com/settings/email?u=po>")],
        html=plain_html(
            "<p>Hi Philippa,</p>\n"
            "<p>You appeared in <b>14 searches</b> this week. Recruiters from events agencies "
            "and universities were among the people who found you.</p>\n"
            '<p><a href="https://prolinked.example.com/me/search-appearances">See who\'s '
            "searching</a></p>\n"
            "<p>Tip: members with 'Open to work' are twice as likely to be invited to "
            "interview.</p>\n"
            '<p style="font-size:11px"><a href="https://prolinked.example.com/settings/email?u=po">'
            "Unsubscribe</a></p>"
        ),
        cte="base64",
    ),
    X(
        name="prolinked_congratulate_new_position",
        lang="en", date="2026-07-01 12:10",
        frm=("ProLinked", "notifications@prolinked.example.com"),
        subject="Congratulate Marcus on his new position",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://prolinked.example.com/settings/email?u=po>")],
        html=plain_html(
            "<p>Marcus Oyelaran started a new position as Director of Delegate Services at "
            "Leodis Congress Services.</p>\n"
            '<p><a href="https://prolinked.example.com/feed/update/9981">Say congrats</a></p>\n'
            "<p>Also new in your network: Saoirse Quinn was promoted, and 3 people you may "
            "know are hiring.</p>"
        ),
        cte="quoted-printable",
    ),
    X(
        name="medlock_ma_admission_refused",
        lang="en", date="2026-06-30 11:00",
        frm=("Medlock University Admissions", "pg-admissions-noreply@medlock.example.ac.uk"),
        subject="Your application for MA Arts and Events Management (part-time)",
        headers=[("Auto-Submitted", "auto-generated")],
        html=plain_html(paras(
            "Dear Philippa,\n\n"
            "Application ID: PGT-26-30418\n\n"
            "Thank you for applying to study MA Arts and Events Management (part-time) "
            "starting in September 2026.\n\n"
            "The admissions tutor has considered your application carefully. We regret that "
            "we are unable to offer you a place on this programme, as the part-time cohort "
            "is now full.\n\n"
            "You may wish to apply for the January 2027 intake.\n\n"
            "Postgraduate Admissions, Medlock University"
        )),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="iep_north_certificate_waiting_list",
        lang="en", date="2026-08-25 10:30",
        frm=("IEP North", "courses@iepnorth.example.org.uk"),
        subject="Certificate in Event Management - September cohort",
        text=(
            "Dear Philippa,\n\n"
            "Thank you for applying for the Certificate in Event Management (evening "
            "course, Leeds).\n\n"
            "Unfortunately, we were not able to offer you a place on the September cohort, "
            "which was oversubscribed and allocated by ballot. You have been added to the "
            "waiting list and will be offered a place on the February cohort first.\n\n"
            "Course Administration\nInstitute of Event Professionals North"
        ),
    ),
    X(
        name="charityjobs_north_newsletter",
        lang="en", date="2026-04-06 07:30",
        frm=("CharityJobs North", "hello@charityjobsnorth.example.org.uk"),
        subject="Interview season: what charities are asking in 2026",
        headers=listhdr(
            "CharityJobs North newsletter <newsletter.charityjobsnorth.example.org.uk>",
            "<https://charityjobsnorth.example.org.uk/unsub/po-7713>",
        ),
        html=newsletter(
            "CharityJobs North", "#0369a1",
            paras(
                "Hello,\n\nSpring is interview season in the sector. This month we asked five "
                "hiring managers what they wish candidates knew - and why they sometimes have "
                "to say 'unfortunately' to brilliant people."
            )
            + item("Why charities can't always give feedback",
                   "https://charityjobsnorth.example.org.uk/blog/feedback",
                   "Small HR teams, hundreds of applications.")
            + item("Events & Fundraising Officer - hospice, Harrogate",
                   "https://charityjobsnorth.example.org.uk/job/20311",
                   "Apply by 17 April. Interviews 28 April.")
            + item("Community Events Coordinator - food bank network, Bradford",
                   "https://charityjobsnorth.example.org.uk/job/20319",
                   "Part-time, 22.5 hours.")
            + item("Webinar: negotiating your first charity job offer",
                   "https://charityjobsnorth.example.org.uk/events/offer",
                   "Thursday 16 April, 12:30."),
            '<a href="https://charityjobsnorth.example.org.uk/unsub/po-7713">Unsubscribe</a>',
        ),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="museum_rota_current_manager",
        lang="en", contact="gwen.rawcliffe@micklegatemuseum.example.org.uk",
        date="2026-04-24 17:55",
        frm=("Gwen Rawcliffe", "gwen.rawcliffe@micklegatemuseum.example.org.uk"),
        to=[("Guides", "guides@micklegatemuseum.example.org.uk")],
        cc=CAND,
        subject="May tours rota + filming on Tuesday",
        text=(
            "Hi all,\n\n"
            "May rota attached to the staffroom board (and below). Philippa - you're on the "
            "west door position for the bank holiday Monday, and leading the 2pm family "
            "tour on the 9th.\n\n"
            "Heads up: Look North are filming on Tuesday morning and want to interview one "
            "of the guides on camera for two minutes. Volunteers gratefully received!\n\n"
            "Mon 4  west door: Philippa / east door: Harry\n"
            "Sat 9  14:00 family tour: Philippa\n"
            "Sun 17 evening ghost walk: Ruth\n\n"
            "Gwen\nFront of House Manager, Micklegate Museum"
        ),
    ),
    X(
        name="own_declines_ouse_valley_offer",
        key="ousevalley-decline", parent="ousevalley-contract",
        lang="en", date="2026-06-17 09:05",
        frm=CAND,
        to=[("Ade Oyebanji", "ade.oyebanji@ousevalley.example.org.uk")],
        cc=("Helen Brackenbury", "helen.brackenbury@ousevalley.example.org.uk"),
        subject="Re: Your contract - Events & Visitor Experience Assistant",
        text=(
            "Dear Ade,\n\n"
            "Thank you very much for the offer and for giving me time to think it over.\n\n"
            "After a lot of thought I've decided to decline. I've been offered a full-time "
            "events coordinator post in Leeds, and it's the step I've been working towards. "
            "It was a genuinely hard decision - the trial day at Bishopgate Mill was one of "
            "the best days I've had in this whole job search.\n\n"
            "I hope our paths cross again, and I'll certainly be visiting.\n\n"
            "With best wishes,\nPhilippa\n\n"
            + outlook_block(
                "en", "Ade Oyebanji <ade.oyebanji@ousevalley.example.org.uk>",
                "22 May 2026 12:02", "Philippa Okafor-Grünwald",
                "Your contract - Events & Visitor Experience Assistant",
                "Dear Philippa,\n\nFurther to Helen's call, please find attached your "
                "statement of terms and conditions for the Events & Visitor Experience "
                "Assistant post.\n\nIf you are happy to accept, please sign page 1 and return "
                "a scanned copy to me.",
            )
        ),
        cte="quoted-printable",
    ),
    X(
        name="own_forwards_castlegate_rejection_to_bex",
        lang="en", date="2026-05-08 12:44",
        frm=CAND,
        to=[("Bex Hartley", "bex.hartley@mailbox.example.co.uk")],
        subject="Fwd: Castlegate Hotel Group – Conference & Banqueting Coordinator",
        text=(
            "Your turn to buy the wine. At least they were quick about it! Original "
            "attached.\n\nP x\n"
        ),
        attach=[{"rfc822": {
            "kind": "rejection", "name": "castlegate_smartrecruiters_cp1252", "lang": "en",
            "date": "2026-05-08 07:15", "tz": "+0000",
            "frm": ("Castlegate Hotel Group", "noreply@smartrecruiters.com"),
            "subject": "Castlegate Hotel Group – Conference & Banqueting Coordinator",
            "subj_enc": ("windows-1252", "Q"),
            "text": (
                "Dear Philippa,\n\n"
                "We’re grateful for the interest you’ve shown in joining Castlegate Hotel "
                "Group as Conference & Banqueting Coordinator at The Castlegate, Newcastle.\n\n"
                "Having reviewed where things stand, we won’t be taking your application to "
                "the next stage.\n\n"
                "Talent Acquisition – Castlegate Hotel Group"
            ),
            "charset": "windows-1252", "cte": "quoted-printable",
        }}],
    ),
    X(
        name="ticketnorth_workshop_booking",
        lang="en", date="2026-01-28 19:10",
        frm=("TicketNorth", "no-reply@ticketnorth.example.co.uk"),
        subject="Booking confirmed: Interview Skills for Career Changers",
        headers=[("Auto-Submitted", "auto-generated")],
        html=plain_html(paras(
            "Your booking is confirmed!\n\n"
            "Event: Interview Skills for Career Changers (free workshop)\n"
            "Date: Saturday 7 February 2026, 10:30-12:30\n"
            "Venue: Leeds Central Library, Room 3\n"
            "Order: TN-771-20933 - 1 x General admission\n\n"
            "Show the QR code in the TicketNorth app at the door.\n\n"
            "Can't make it? Release your ticket so someone on the waiting list can go."
        )),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="iep_north_webinar_interview_qa",
        lang="en", date="2026-05-19 09:00",
        frm=("IEP North Events", "events@iepnorth.example.org.uk"),
        subject="Live Q&A: what hiring managers look for at interview",
        headers=listhdr(
            "IEP North members <members.iepnorth.example.org.uk>",
            "<https://iepnorth.example.org.uk/preferences?m=po-5521>",
        ),
        html=newsletter(
            "IEP North", "#4d7c0f",
            paras(
                "Join us on Wednesday 3 June at 18:00 for a live Q&A with three venue "
                "directors who between them have interviewed hundreds of coordinators.\n\n"
                "Bring your questions: how to talk about a gap, what to do if you're "
                "rejected after a second interview, and whether to accept the first offer."
            )
            + item("Register (free for members)",
                   "https://iepnorth.example.org.uk/events/qa-june",
                   "Online via Zoom. Recording available for 30 days."),
            '<a href="https://iepnorth.example.org.uk/preferences?m=po-5521">Email '
            "preferences</a>",
        ),
        text="auto", cte="base64",
    ),
    X(
        name="jobspotter_alert_leeds",
        lang="en", date="2026-10-12 06:15",
        frm=("JobSpotter", "alerts@jobspotter.example.com"),
        subject="6 new Events Coordinator jobs in Leeds",
        headers=listhdr(
            "JobSpotter alerts <alerts.jobspotter.example.com>",
            "<https://jobspotter.example.com/alerts/unsubscribe/5a9c>",
        ),
        text=(
            "JobSpotter - new jobs for 'events coordinator' near Leeds\n\n"
            "Senior Events Coordinator - arena, Leeds - £31k\n"
            "https://jobspotter.example.com/v/110283\n"
            "\"Interview dates: w/c 2 November\"\n\n"
            "Events & Partnerships Coordinator - university, Leeds - £29-32k\n"
            "https://jobspotter.example.com/v/110290\n\n"
            "Conference Coordinator - hotel, Wakefield - £25k\n"
            "https://jobspotter.example.com/v/110301\n"
            "\"Due to volume, only successful applicants will be contacted.\"\n\n"
            "+3 more: https://jobspotter.example.com/search?q=events+coordinator&l=Leeds\n\n"
            "Unsubscribe: https://jobspotter.example.com/alerts/unsubscribe/5a9c"
        ),
        cte="7bit",
    ),
    X(
        name="friend_jas_asks_referee",
        lang="en", contact="jas.sandhu@mailbox.example.co.uk",
        date="2026-09-29 13:02",
        frm=("Jas Sandhu", "jas.sandhu@mailbox.example.co.uk"),
        subject="favour?",
        text=(
            "Hey Philippa!\n\n"
            "Massive favour - I've got an interview on Friday for the learning officer job "
            "at the railway museum (third time lucky?) and they want two referees. Could I "
            "put you down as a character reference from our guiding days? They'd only email "
            "you a form if I get offered it.\n\n"
            "Hope Leeds is treating you well!\nJas"
        ),
    ),
    X(
        name="reference_request_for_ex_colleague",
        lang="en", contact="priti.shah@knaresboroughheritage.example.org.uk",
        date="2026-10-20 10:45",
        frm=("Knaresborough Heritage Collective", "no-reply@knaresboroughheritage.example.org.uk"),
        reply_to=("Priti Shah", "priti.shah@knaresboroughheritage.example.org.uk"),
        subject="Reference request: Harry Fothergill",
        html=outlook_word(mso(
            "Dear Ms Okafor-Grünwald,\n\n"
            "Harry Fothergill has applied for the position of Visitor Services Supervisor "
            "with Knaresborough Heritage Collective and has given your name as a referee. "
            "Following his interview, we would like to make him a conditional offer.\n\n"
            "I would be grateful if you could complete the attached form, or simply reply "
            "with your comments on his reliability, his work with the public and his "
            "suitability for a supervisory role.\n\n"
            "Kind regards\n\nPriti Shah\nHR Officer, Knaresborough Heritage Collective\n"
            "The Old Courthouse, Castle Yard, Knaresborough HG5 8AS"
        )),
        text="auto", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- German
    X(
        name="eventjobs_nord_newsletter",
        lang="de", date="2026-03-16 06:30",
        frm=("Eventjobs Nord", "newsletter@eventjobs-nord.example.de"),
        subject="Neue Jobs der Woche: Eventmanagement in Hamburg",
        headers=listhdr(
            "Eventjobs Nord <wochenjobs.eventjobs-nord.example.de>",
            "<https://eventjobs-nord.example.de/abmelden?u=4f21>",
        ),
        html=newsletter(
            "Eventjobs Nord", "#1e40af",
            paras("Moin Philippa,\n\nhier sind die neuen Stellen passend zu deinem Suchprofil.")
            + item("Projektleitung Messebau (m/w/d) – Hamburg-Wilhelmsburg",
                   "https://eventjobs-nord.example.de/job/33190",
                   "Vorstellungsgespräche ab KW 14. Absagen erfolgen per E-Mail.")
            + item("Veranstaltungskauffrau/-mann – Konzerthaus, Altona",
                   "https://eventjobs-nord.example.de/job/33201",
                   "Teilzeit möglich.")
            + item("Ratgeber: Wie du nach einer Absage nachfragst",
                   "https://eventjobs-nord.example.de/ratgeber/absage",
                   "Fünf Formulierungen, die nicht beleidigt klingen."),
            '<a href="https://eventjobs-nord.example.de/abmelden?u=4f21">Newsletter '
            "abbestellen</a> · Eventjobs Nord, Hamburg",
            lang="de",
        ),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="own_bewerbung_oevelgoenne",
        key="oevelgoenne-bewerbung",
        lang="de", date="2026-07-06 20:40",
        frm=CAND,
        to=[("Frauke Timm", "frauke.timm@tagungshaus-oevelgoenne.example.de")],
        subject="Bewerbung als Veranstaltungskoordinatorin",
        text=(
            "Sehr geehrte Frau Timm,\n\n"
            "mit großem Interesse habe ich Ihre Anzeige für die Stelle als "
            "Veranstaltungskoordinator:in gelesen. Anbei sende ich Ihnen meinen Lebenslauf.\n\n"
            "Ich arbeite seit fünf Jahren als Museumsführerin in York und koordiniere derzeit "
            "Tagungen in einem Konferenzzentrum in Leeds. Meine Mutter stammt aus Hamburg; "
            "Deutsch spreche ich fließend, und ich würde sehr gern in die Stadt ziehen.\n\n"
            "Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
            "Mit freundlichen Grüßen\nPhilippa Okafor-Grünwald"
        ),
        charset="iso-8859-1", cte="quoted-printable",
        attach=[{
            "pdf": "Lebenslauf_Okafor-Grünwald.pdf",
            "title": "Lebenslauf",
            "lines": ["Philippa Okafor-Grünwald - Lebenslauf", "Museumsführerin, York",
                      "Veranstaltungskoordination, Leeds"],
        }],
    ),
    X(
        name="personalwerk_abwesenheitsnotiz",
        lang="de", contact="sven.albers@personalwerk-nord.example.de",
        date="2026-03-28 10:14",
        frm=("Sven Albers | Personalwerk Nord", "sven.albers@personalwerk-nord.example.de"),
        subject="Automatische Antwort: Gesprächstermin bei der Hanseatischen Museumsstiftung",
        subj_enc=("iso-8859-1", "Q"),
        headers=OOO,
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich Montag, 30. März, nicht im Büro und habe nur "
            "eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich "
            "bitte an meine Kollegin Hanna Ruge (+49 40 5555 9121).\n\n"
            "Sven Albers\nPersonalwerk Nord"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    X(
        name="hausverwaltung_besichtigungstermin",
        lang="de", contact="k.schroeder@hv-elbblick.example.de",
        date="2026-08-27 11:32",
        frm=("Kerstin Schröder", "k.schroeder@hv-elbblick.example.de"),
        subject="Besichtigungstermin Wohnung Bahrenfelder Straße",
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Bahrenfelder "
            "Straße 112 (3. OG). Gern biete ich Ihnen einen Besichtigungstermin am Samstag, "
            "5. September, um 11:15 Uhr an.\n\n"
            "Bitte bringen Sie zur Besichtigung eine Kopie Ihres Arbeitsvertrags oder eine "
            "Einkommensbescheinigung sowie eine Mietschuldenfreiheitsbescheinigung mit.\n\n"
            "Mit freundlichen Grüßen\nKerstin Schröder\nHausverwaltung Elbblick\n"
            "Tel. +49 40 5555 7734"
        ),
        cte="base64",
    ),
    X(
        name="vhs_kurs_kein_platz",
        lang="de", date="2026-09-01 08:15",
        frm=("Volkshochschule Altona", "noreply@vhs-altona.example.de"),
        subject="Ihre Anmeldung: Kurs 26H-4410 Event- und Projektmanagement kompakt",
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Sehr geehrte Frau Okafor-Grünwald,\n\n"
            "leider können wir Ihnen für den Kurs 26H-4410 'Event- und Projektmanagement "
            "kompakt' keinen Platz anbieten, da der Kurs bereits ausgebucht ist. Sie stehen "
            "auf Platz 3 der Warteliste.\n\n"
            "Sollte ein Platz frei werden, informieren wir Sie umgehend.\n\n"
            "Ihre Volkshochschule Altona\n\n"
            "Diese E-Mail wurde automatisch erzeugt."
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    X(
        name="paket_verzoegert_leider",
        lang="de", date="2026-07-22 13:47",
        frm=("Paketblitz", "noreply@paketblitz.example.de"),
        subject="Ihre Sendung verzögert sich leider",
        subj_enc=("utf-8", "Q"),
        headers=[("Auto-Submitted", "auto-generated")],
        html=plain_html(paras(
            "Guten Tag,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 00340 4455 1207 8831 aus "
            "Hamburg nach York. Die Sendung befindet sich derzeit im internationalen "
            "Paketzentrum und wird voraussichtlich am 27. Juli zugestellt.\n\n"
            "Wir bitten um Entschuldigung.\n\n"
            "Ihr Paketblitz-Team"
        ), lang="de"),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="karriere_ratgeber_vorstellungsgespraech",
        lang="de", date="2026-05-04 07:00",
        frm=("Karriereflug Ratgeber", "redaktion@karriereflug.example.de"),
        subject="So überzeugen Sie im Vorstellungsgespräch – und nach einer Absage",
        subj_enc=("utf-8", "B"),
        headers=listhdr(
            "Karriereflug Ratgeber <ratgeber.karriereflug.example.de>",
            "<mailto:abmelden@karriereflug.example.de?subject=abmelden>",
        ),
        text=(
            "KARRIEREFLUG – Ihr Ratgeber im Mai\n\n"
            "1) Die zehn häufigsten Fragen im Vorstellungsgespräch – und was Personaler "
            "wirklich hören wollen.\n"
            "https://karriereflug.example.de/r/vorstellungsgespraech\n\n"
            "2) Absage erhalten? Warum Sie trotzdem um Feedback bitten sollten.\n"
            "https://karriereflug.example.de/r/absage-feedback\n\n"
            "3) Gehaltsverhandlung beim Jobangebot: drei Sätze, die helfen.\n"
            "https://karriereflug.example.de/r/angebot\n\n"
            "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: "
            "abmelden@karriereflug.example.de"
        ),
        cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- French
    X(
        name="emploinord_alertes_evenementiel",
        lang="fr", date="2026-02-09 06:45",
        frm=("EmploiNord", "alertes@emploinord.example.fr"),
        subject="5 nouvelles offres : événementiel à Lille",
        headers=listhdr(
            "Alertes EmploiNord <alertes.emploinord.example.fr>",
            "<https://emploinord.example.fr/desinscription?a=9931>",
        ),
        html=newsletter(
            "EmploiNord", "#b91c1c",
            paras("Bonjour Philippa,\n\nVoici les offres publiées depuis votre dernière alerte.")
            + item("Chargé(e) d'accueil événementiel - Lille Europe",
                   "https://emploinord.example.fr/o/55120", "CDD 6 mois. Entretiens fin février.")
            + item("Assistant(e) chef de projet séminaires - Marcq-en-Barœul",
                   "https://emploinord.example.fr/o/55131", "CDI. Réponse sous 15 jours.")
            + item("Coordinateur(trice) salons professionnels - Villeneuve-d'Ascq",
                   "https://emploinord.example.fr/o/55140",
                   "Sans réponse de notre part sous un mois, considérez que votre candidature "
                   "n'a pas été retenue."),
            '<a href="https://emploinord.example.fr/desinscription?a=9931">Se désinscrire</a>',
            lang="fr",
        ),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="own_merci_beffroi",
        key="beffroi-merci", parent="beffroi-invite",
        lang="fr", date="2026-02-19 20:11",
        frm=CAND,
        to=[("Élodie Carpentier", "elodie.carpentier@fondation-beffroi.example.fr")],
        subject="Merci pour l'entretien",
        text=(
            "Chère Élodie,\n\n"
            "Je tenais à vous remercier pour l'entretien de cet après-midi et pour la "
            "visite de la Fondation. J'ai beaucoup aimé découvrir vos projets pour le "
            "gala et je serais ravie de mettre mon expérience d'accueil des publics au "
            "service de l'équipe.\n\n"
            "Bien à vous,\nPhilippa"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    X(
        name="mehdi_reponse_automatique",
        lang="fr", contact="mehdi.bouzid@talents-hdf.example.fr",
        date="2026-04-14 09:02",
        frm=("Mehdi Bouzid", "mehdi.bouzid@talents-hdf.example.fr"),
        subject="Réponse automatique : point sur mes candidatures",
        headers=OOO,
        text=(
            "Bonjour,\n\n"
            "Je suis absent du cabinet jusqu'au lundi 20 avril inclus. Pour toute demande "
            "urgente concernant une mission en cours, merci de contacter Julie Masson au "
            "03 20 55 51 70.\n\n"
            "Cordialement,\nMehdi Bouzid"
        ),
    ),
    X(
        name="vauban_master_refus_admission",
        lang="fr", date="2026-07-03 14:00",
        frm=("eCandidat - Université Vauban", "ecandidat-noreply@univ-vauban.example.fr"),
        subject="Décision sur votre candidature - Master Management de la culture",
        subj_enc=("iso-8859-1", "Q"),
        headers=[("Auto-Submitted", "auto-generated")],
        text=(
            "Madame Okafor-Grünwald,\n\n"
            "La commission pédagogique du Master Management de la culture et des "
            "événements (parcours en alternance) a examiné votre dossier.\n\n"
            "Nous sommes au regret de vous informer que nous ne pouvons donner une suite "
            "favorable à votre candidature : avis défavorable - capacité d'accueil "
            "atteinte.\n\n"
            "Vous pouvez consulter le détail de la décision sur la plateforme eCandidat.\n\n"
            "Le service de la scolarité"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    X(
        name="banque_entretien_conseiller",
        lang="fr", contact="luc.dupuis@banque-flandres.example.fr",
        date="2026-09-10 10:20",
        frm=("Luc Dupuis", "luc.dupuis@banque-flandres.example.fr"),
        subject="Votre rendez-vous d'entretien annuel",
        text=(
            "Madame,\n\n"
            "En tant que votre conseiller, je vous propose notre entretien annuel pour faire "
            "le point sur votre situation et sur votre projet d'installation dans la "
            "métropole lilloise. Seriez-vous disponible le jeudi 24 septembre à 17h30 en "
            "agence, ou en visio si vous êtes encore au Royaume-Uni ?\n\n"
            "Je vous remercie de me confirmer ce rendez-vous.\n\n"
            "Bien cordialement,\nLuc Dupuis\nConseiller clientèle - Banque des Flandres, "
            "agence Lille Grand Place\n\n"
            "Ce message et toutes les pièces jointes sont confidentiels et établis à "
            "l'intention exclusive de ses destinataires."
        ),
        cte="quoted-printable",
    ),
    X(
        name="camille_son_propre_refus",
        lang="fr", contact="camille.lemaire@courriel.example.fr",
        date="2026-05-26 22:40",
        frm=("Camille Lemaire", "camille.lemaire@courriel.example.fr"),
        subject="devine quoi...",
        text=(
            "Coucou Phil,\n\n"
            "Refus du musée de Roubaix ce matin. « Malgré la qualité de votre candidature, "
            "nous avons retenu un profil plus proche de nos attentes. » Après trois "
            "entretiens, quand même !\n\n"
            "Bref, je me console en préparant ta venue à Lille. Tu m'appelles quand tu "
            "as deux minutes ?\n\n"
            "Bisous,\nCamille"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    X(
        name="radio_deule_interview_request",
        lang="fr", contact="ines.morel@radiodeule.example.fr",
        date="2026-10-01 11:05",
        frm=("Inès Morel", "ines.morel@radiodeule.example.fr"),
        subject="Demande d'interview - Radio Deûle",
        subj_enc=("utf-8", "Q"),
        text=(
            "Bonjour Madame,\n\n"
            "Je suis journaliste à Radio Deûle. Nous préparons une émission sur les "
            "Britanniques qui viennent travailler dans la métropole lilloise, et l'on m'a "
            "parlé de votre parcours de guide à York.\n\n"
            "Accepteriez-vous de répondre à une courte interview (10 minutes, en direct ou "
            "enregistrée) le mardi 13 octobre ?\n\n"
            "Merci d'avance,\nInès Morel\nRadio Deûle - 06 55 58 12 04"
        ),
    ),
    # ---------------------------------------------------------------- Spanish
    X(
        name="empleosur_alertas_eventos",
        lang="es", date="2026-05-25 07:10",
        frm=("EmpleoSur", "alertas@empleosur.example.es"),
        subject="Nuevas ofertas: eventos en Málaga",
        headers=listhdr(
            "Alertas EmpleoSur <alertas.empleosur.example.es>",
            "<https://empleosur.example.es/baja?id=7c2e>",
        ),
        html=newsletter(
            "EmpleoSur", "#c2410c",
            paras("Hola Philippa,\n\nEstas son las ofertas nuevas que coinciden con tu alerta.")
            + item("Coordinador/a de eventos corporativos - Málaga centro",
                   "https://empleosur.example.es/o/88120",
                   "Entrevistas durante la primera semana de junio.")
            + item("Técnico/a de congresos - Torremolinos",
                   "https://empleosur.example.es/o/88127",
                   "Si no recibes respuesta en 15 días, entiende que tu candidatura no ha "
                   "sido seleccionada.")
            + item("Guía turístico/a bilingüe - Ronda", "https://empleosur.example.es/o/88133",
                   "Temporada de verano."),
            '<a href="https://empleosur.example.es/baja?id=7c2e">Darse de baja</a>',
            lang="es",
        ),
        text="auto", cte="base64",
    ),
    X(
        name="own_gracias_malagueta",
        key="malagueta-thanks", parent="malagueta-moved",
        lang="es", date="2026-07-02 19:30",
        frm=CAND,
        to=[("Lucía Benítez", "lucia.benitez@congresos-malagueta.example.es")],
        subject="Gracias por la entrevista",
        text=(
            "Hola Lucía:\n\n"
            "Muchas gracias a Antonio y a ti por la entrevista de esta mañana y por "
            "enseñarme la sala de exposiciones. Me ha encantado conocer cómo trabajáis los "
            "congresos internacionales.\n\n"
            "Quedo a vuestra disposición para lo que necesitéis.\n\n"
            "Un saludo,\nPhilippa Okafor-Grünwald"
        ),
    ),
    X(
        name="lucia_respuesta_automatica",
        parent="malagueta-thanks",
        lang="es", contact="lucia.benitez@congresos-malagueta.example.es",
        date="2026-07-02 19:31",
        frm=("Lucía Benítez", "lucia.benitez@congresos-malagueta.example.es"),
        subject="Respuesta automática: Gracias por la entrevista",
        subj_enc=("iso-8859-1", "Q"),
        headers=OOO,
        text=(
            "Hola:\n\n"
            "Estoy fuera de la oficina hasta el 9 de julio. Para cualquier asunto urgente, "
            "escribe a personas@congresos-malagueta.example.es.\n\n"
            "Gracias,\nLucía Benítez"
        ),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    X(
        name="casero_malaga_ver_piso",
        lang="es", contact="paco.jimenez@correo.example.es",
        date="2026-06-20 12:10",
        frm=("Paco Jiménez", "paco.jimenez@correo.example.es"),
        subject="Piso en calle Victoria",
        text=(
            "Hola Philippa,\n\n"
            "Te confirmo la cita para ver el piso de calle Victoria el lunes 29 a las 18:00. "
            "Te espera mi hija en el portal.\n\n"
            "Ya te aviso de que la posición del contador de la luz es un poco rara, está "
            "dentro del armario de la entrada, pero funciona todo bien.\n\n"
            "Un saludo,\nPaco"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    X(
        name="pedido_retrasado_lamentablemente",
        lang="es", date="2026-09-16 09:32",
        frm=("EnvíoYa", "noreply@envioya.example.es"),
        frm_enc=("utf-8", "B"),
        subject="Lamentablemente tu pedido se retrasa",
        headers=[("Auto-Submitted", "auto-generated")],
        html=plain_html(paras(
            "Hola Philippa:\n\n"
            "Lamentablemente tu pedido ES-55190-22 no podrá entregarse en la fecha prevista "
            "por una incidencia en el centro logístico de Antequera.\n\n"
            "Nueva fecha estimada: viernes 18 de septiembre.\n\n"
            "Sigue el envío en https://envioya.example.es/seguimiento/ES5519022"
        ), lang="es"),
        text="auto", cte="quoted-printable",
    ),
    X(
        name="revista_eventos_sur_consejos_entrevista",
        lang="es", date="2026-08-04 08:00",
        frm=("Revista Eventos Sur", "boletin@eventossur.example.es"),
        subject="7 errores que te pueden costar la entrevista",
        headers=listhdr(
            "Boletin Revista Eventos Sur <boletin.eventossur.example.es>",
            "<https://eventossur.example.es/baja?s=po31>",
        ),
        html=newsletter(
            "Revista Eventos Sur", "#a16207",
            paras(
                "Este mes hablamos con responsables de selección de hoteles y palacios de "
                "congresos de la Costa del Sol: qué les hace descartar a un candidato en la "
                "entrevista, cómo responder a un rechazo y cuándo negociar una oferta."
            )
            + item("Leer el artículo", "https://eventossur.example.es/art/errores-entrevista",
                   "Lectura de 6 minutos")
            + item("Agenda: Feria de Empleo Turístico, Málaga, 24 de septiembre",
                   "https://eventossur.example.es/agenda/feria-empleo", "Entrada gratuita"),
            '<a href="https://eventossur.example.es/baja?s=po31">Darse de baja</a>',
            lang="es",
        ),
        text="auto", cte="quoted-printable",
    ),
]
