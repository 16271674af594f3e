"""Corpus 322, English-language employers in Dublin, Belfast, Glasgow and London: hospitals
(iCIMS, an NHS-jobs-style board), a university research centre, a charity (Workable), a health
software vendor (Lever), a health-analytics start-up (Ashby) and smaller research groups."""

from __future__ import annotations

from msgs322_common import html_from_text, html_page, ics, para_html, t

ICIMS = ("St Kevin's University Hospital Careers", "stkevins-noreply@icims.com")
BOARD = ("CareerPath HSC", "no-reply@careerpath-hsc.example.uk")
WORKABLE = ("The Hartwell Patient Trust", "noreply@workablemail.com")
LEVER = "no-reply@hire.lever.co"
ASHBY = ("Vitalis Data Recruiting", "no-reply@ashbyhq.com")
ROISIN = ("Róisín Gallagher", "roisin.gallagher@liffeysidehealth.example.ie")
EWAN = ("Dr Ewan McCreadie", "ewan.mccreadie@strathkelvin.example.ac.uk")
FIONA = ("Fiona Baird", "f.baird@kelvinhdl.example.org.uk")
MORAG = ("Morag Sinclair", "morag.sinclair@westclyde.example.ac.uk")
BOARD_LIST = {"List-Unsubscribe": "<https://careerpath-hsc.example.uk/unsubscribe>"}

SPECS = [
    # ------------------------------------------------------------ St Kevin's (iCIMS)
    {
        "slug": "stkevins_ack_icims",
        "kind": "application_received", "lang": "en",
        "company": "St Kevin's University Hospital", "contact": "",
        "date": "2026-01-26 09:40 +0000",
        "frm": ICIMS,
        "subject": "We have received your application – Clinical Research Nurse (Req 2026-1180)",
        "text": t("""
            Dear Siobhán Ní Bhriain,

            Thank you for your application for the position of Clinical Research Nurse,
            Haematology Trials (Req 2026-1180) at St Kevin's University Hospital, Dublin.

            This email confirms we have received your application. Our recruitment team will
            review all applications after the closing date of 6 February 2026. Shortlisted
            candidates will be contacted by email.

            Kind regards,
            Human Resources Department
            St Kevin's University Hospital

            Please do not reply to this message; this mailbox is not monitored.
            """),
    },
    {
        "slug": "stkevins_not_shortlisted",
        "kind": "rejection", "lang": "en",
        "company": "St Kevin's University Hospital", "contact": "",
        "date": "2026-02-20 14:15 +0000",
        "frm": ICIMS,
        "subject": "Your application – Clinical Research Nurse (Req 2026-1180)",
        "html": html_page(para_html([
            "Dear Siobhán,",
            "Thank you for applying for the position of Clinical Research Nurse, Haematology "
            "Trials. We received a very high number of applications for this post.",
            "Having reviewed your application against the shortlisting criteria, we regret to "
            "inform you that you have not been shortlisted for interview on this occasion. "
            "The shortlisting panel placed particular weight on experience of haematology "
            "trials and bone-marrow sampling.",
            "We thank you for your interest in St Kevin's University Hospital and wish you "
            "every success in the future.",
            "Yours sincerely,<br>Human Resources Department<br>St Kevin's University Hospital",
        ]), brand="St Kevin's University Hospital", colour="#2d6a4f",
            footer="Powered by iCIMS. This mailbox is not monitored."),
        "html_cte": "quoted-printable",
    },
    # ------------------------------------------------------------ CareerPath HSC board (Belfast)
    {
        "slug": "careerpath_ack_lagan",
        "kind": "application_received", "lang": "en",
        "company": "Lagan & Ards Health and Social Care Trust", "contact": "",
        "date": "2026-03-03 10:00 +0000",
        "frm": BOARD,
        "subject": "Application submitted: Research Nurse Band 6 – Lagan & Ards HSC Trust",
        "text": t("""
            Dear Siobhán

            Your application for the post below has been successfully submitted.

              Employer:  Lagan & Ards Health and Social Care Trust
              Post:      Research Nurse (Band 6), Northern Ireland Cancer Trials Network
              Reference: LA/26/0412
              Closing:   17 March 2026

            The employer will contact you directly about the outcome of shortlisting. Please
            keep an eye on your CareerPath HSC account and your junk mail folder.

            CareerPath HSC – jobs in health and social care across Northern Ireland
            This is an automated message. Replies to this address are not read.
            """),
        "headers": BOARD_LIST,
    },
    {
        "slug": "lagan_filled_internally",
        "kind": "rejection", "lang": "en",
        "company": "Lagan & Ards Health and Social Care Trust",
        "contact": "c.mcilroy@laganards-hsc.example.uk",
        "date": "2026-04-02 11:26 +0100",
        "frm": ("Colette McIlroy", "c.mcilroy@laganards-hsc.example.uk"),
        "subject": "LA/26/0412 Research Nurse Band 6",
        "text": t("""
            Dear Ms Ní Bhriain

            Re: LA/26/0412 – Research Nurse (Band 6), NI Cancer Trials Network

            I am writing to let you know that this post has now been filled by a
            redeployment from within the Trust under our organisational change procedures,
            and the external recruitment process has therefore been closed. Your application
            will not be taken forward.

            I apologise for any inconvenience and thank you for your interest in working with
            the Lagan & Ards Health and Social Care Trust.

            Yours sincerely

            Colette McIlroy
            Recruitment Officer
            Lagan & Ards Health and Social Care Trust | Ards Road | Newtownards BT23 4XX
            """),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "careerpath_northern_lough_assessment",
        "kind": "interview_invitation", "lang": "en",
        "company": "Northern Lough Health and Social Care Trust", "contact": "",
        "date": "2026-04-16 08:30 +0100",
        "frm": BOARD,
        "subject": "Invitation to assessment centre – NL/26/0133 Clinical Data Coordinator",
        "text": t("""
            Dear Siobhán

            Northern Lough Health and Social Care Trust is pleased to invite you to an
            assessment centre for the post of Clinical Data Coordinator (NL/26/0133).

            Date:     Wednesday 29 April 2026
            Arrive:   09:15 for a 09:30 start (finishes approx. 13:00)
            Venue:    Training Suite, Antrim Road Health Centre, Belfast BT15
            Format:   data accuracy exercise (40 min), in-tray exercise, panel interview

            Please log in to CareerPath HSC and confirm your attendance by 22 April. Bring
            photo ID, your NMC/NMBI PIN and original qualification certificates.

            CareerPath HSC on behalf of Northern Lough Health and Social Care Trust
            This is an automated message. Replies to this address are not read.
            """),
        "headers": BOARD_LIST,
    },
    {
        "slug": "careerpath_northern_lough_dna",
        "kind": "missed_interview_notice", "lang": "en",
        "company": "Northern Lough Health and Social Care Trust", "contact": "",
        "date": "2026-04-29 15:02 +0100",
        "frm": BOARD,
        "subject": "Non-attendance recorded – NL/26/0133 Clinical Data Coordinator",
        "text": t("""
            Dear Siobhán

            Our records show that you did not attend the assessment centre for Clinical Data
            Coordinator (NL/26/0133) at Antrim Road Health Centre today, 29 April 2026, and
            the Trust did not receive notice that you were unable to attend.

            If there were exceptional circumstances, please contact the Trust's recruitment
            team within 5 working days quoting the reference above. Otherwise your
            application for this post will be closed.

            CareerPath HSC on behalf of Northern Lough Health and Social Care Trust
            This is an automated message. Replies to this address are not read.
            """),
        "headers": BOARD_LIST,
    },
    # ------------------------------------------------------------ Strathkelvin (Glasgow)
    {
        "slug": "strathkelvin_ack_human",
        "kind": "application_received", "lang": "en",
        "company": "Strathkelvin University",
        "contact": "ewan.mccreadie@strathkelvin.example.ac.uk",
        "date": "2026-02-02 13:58 +0000",
        "frm": EWAN,
        "subject": "RE: Research Assistant (Health Data Linkage) application",
        "text": t("""
            Dear Siobhán,

            Many thanks for sending your application for the Research Assistant post in the
            Centre for Health Data Research – it's arrived safely and I've passed it to the
            panel. We expect to shortlist in the second half of February.

            Best wishes,
            Ewan

            Dr Ewan McCreadie
            Senior Lecturer in Health Informatics
            Centre for Health Data Research, Strathkelvin University
            Level 5, Sir James Black Building, Glasgow G12 8XX
            """),
    },
    {
        "slug": "strathkelvin_on_hold",
        "kind": "rejection", "lang": "en",
        "company": "Strathkelvin University",
        "contact": "ewan.mccreadie@strathkelvin.example.ac.uk",
        "date": "2026-03-11 17:10 +0000",
        "frm": EWAN, "reply_to": EWAN,
        "subject": "Research Assistant (Health Data Linkage) – post on hold",
        "text": t("""
            Dear Siobhán,

            I'm sorry to write with disappointing news. The research council has delayed the
            second tranche of funding for our data-linkage programme, and the University has
            put the Research Assistant post on hold indefinitely. This means we will not be
            proceeding with any of the applications we received, including yours.

            I genuinely enjoyed reading your application. If the post is re-advertised later
            in the year I would encourage you to apply again.

            With best wishes,
            Ewan

            Dr Ewan McCreadie
            Centre for Health Data Research, Strathkelvin University
            """),
    },
    # ------------------------------------------------------------ Hartwell Patient Trust (Workable)
    {
        "slug": "hartwell_ack_workable",
        "kind": "application_received", "lang": "en",
        "company": "The Hartwell Patient Trust", "contact": "",
        "date": "2026-02-11 19:33 +0000",
        "frm": WORKABLE,
        "subject": "Thanks for applying to The Hartwell Patient Trust",
        "html": html_page(para_html([
            "Hi Siobhán,",
            "Thank you for applying for the <b>Patient Research Engagement Officer</b> role "
            "at The Hartwell Patient Trust. Your application has been received.",
            "As a small charity we receive many applications and, regretfully, we cannot reply "
            "to every applicant individually. If you have not heard from us within four weeks "
            "of the closing date, please assume that your application has not been taken "
            "forward this time.",
            "Thank you for your support of our work with people living with rare lung "
            "conditions.",
            "Warm regards,<br>The Hartwell Patient Trust",
        ]), brand="The Hartwell Patient Trust", colour="#6a4c93",
            footer="Registered charity no. 1199999 (England &amp; Wales). Sent with Workable."),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "hartwell_reject_workable",
        "kind": "rejection", "lang": "en",
        "company": "The Hartwell Patient Trust", "contact": "",
        "date": "2026-03-16 12:00 +0000",
        "frm": WORKABLE,
        "subject": "Your application for Patient Research Engagement Officer",
        "text": t("""
            Hi Siobhán,

            Thank you for your interest in the Patient Research Engagement Officer role and
            for taking the time to apply.

            We have now reviewed all applications and we will be moving forward with
            candidates whose experience more closely matches the needs of the role at this
            time.

            We really appreciate your interest in The Hartwell Patient Trust and hope you
            will consider us again in the future.

            Warm regards,
            The Hartwell Patient Trust
            """),
        "html": html_from_text(t("""
            Hi Siobhán,

            Thank you for your interest in the Patient Research Engagement Officer role and
            for taking the time to apply.

            We have now reviewed all applications and we will be moving forward with
            candidates whose experience more closely matches the needs of the role at this
            time.

            We really appreciate your interest in The Hartwell Patient Trust and hope you
            will consider us again in the future.

            Warm regards,
            The Hartwell Patient Trust
            """), brand="The Hartwell Patient Trust", colour="#6a4c93"),
    },
    # ------------------------------------------------------------ Liffeyside Health (Lever)
    {
        "slug": "liffeyside_ack_lever",
        "kind": "application_received", "lang": "en",
        "company": "Liffeyside Health", "contact": "",
        "date": "2026-04-27 08:12 +0000",
        "frm": ("Liffeyside Health", LEVER),
        "subject": "Liffeyside Health – application received",
        "text": t("""
            Hi Siobhán,

            Thanks for applying to the Clinical Safety Analyst role at Liffeyside Health!
            We've received your application and the hiring team will review it shortly.

            Liffeyside Health builds medication-management software used in over 40 Irish
            and UK hospitals. We're a team of 120 across Dublin and Manchester.

            Best,
            Liffeyside Health Recruiting
            """),
    },
    {
        "slug": "liffeyside_screen_invite",
        "kind": "interview_invitation", "lang": "en",
        "company": "Liffeyside Health", "contact": "roisin.gallagher@liffeysidehealth.example.ie",
        "date": "2026-05-04 14:27 +0100",
        "frm": ("Róisín Gallagher from Liffeyside Health", LEVER), "reply_to": ROISIN,
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Liffeyside Health: let's schedule a phone screen",
        "text": t("""
            Hi Siobhán,

            I'm Róisín, a recruiter at Liffeyside Health. Thanks for your application for
            Clinical Safety Analyst – we'd like to set up a 30-minute phone screen.

            Please choose a time that suits you here:
            https://hire.lever.co/interviews/schedule/6f2b1d9a-liffeyside

            Slots are available from Thursday 7 May to Wednesday 13 May. I'll call you on
            the number in your CV.

            Thanks,
            Róisín Gallagher
            Talent Acquisition, Liffeyside Health
            """),
        "html": html_page(para_html([
            "Hi Siobhán,",
            "I'm Róisín, a recruiter at Liffeyside Health. Thanks for your application for "
            "Clinical Safety Analyst – we'd like to set up a 30-minute phone screen.",
            "Please choose a time that suits you here:<br>"
            '<a href="https://hire.lever.co/interviews/schedule/6f2b1d9a-liffeyside">'
            "https://hire.lever.co/interviews/schedule/6f2b1d9a-liffeyside</a>",
            "Slots are available from Thursday 7 May to Wednesday 13 May. I'll call you on the "
            "number in your CV.",
            "Thanks,<br>Róisín Gallagher<br>Talent Acquisition, Liffeyside Health",
        ])),
    },
    {
        "slug": "liffeyside_reject",
        "kind": "rejection", "lang": "en",
        "company": "Liffeyside Health", "contact": "roisin.gallagher@liffeysidehealth.example.ie",
        "date": "2026-05-25 10:40 +0100",
        "frm": ("Róisín Gallagher from Liffeyside Health", LEVER), "reply_to": ROISIN,
        "subject": "Update on your Liffeyside Health application",
        "text": t("""
            Hi Siobhán,

            Thanks for chatting with me and with Conor from our clinical safety team. We've
            now completed the first round and, while we enjoyed the conversations, we've
            decided not to move forward with your application for Clinical Safety Analyst.
            The team is looking for someone with hands-on DCB0129 hazard-log experience.

            We'll keep your details on file and would be happy to hear from you again.

            Best,
            Róisín
            """),
    },
    # ------------------------------------------------------------ Clydeside Health Board
    {
        "slug": "clydeside_suspended",
        "kind": "rejection", "lang": "en",
        "company": "Clydeside Health Board", "contact": "",
        "date": "2026-05-19 16:45 +0100",
        "frm": ("Clydeside Health Board Recruitment", "recruitment@clydesidehb.example.scot"),
        "subject": "Recruitment suspended: Research Governance Officer (CHB-2604-RG)",
        "text": t("""
            Dear Applicant,

            Following a review of the Board's financial recovery plan, recruitment to the
            post of Research Governance Officer (CHB-2604-RG) has been suspended with
            immediate effect. All applications received will be withdrawn and we will not
            be taking your application any further.

            Should the post be re-advertised, you would need to submit a new application.
            We apologise for any disappointment this may cause.

            Recruitment Services
            Clydeside Health Board, 1 Admiral Street, Glasgow G41 1XX
            """),
    },
    # ------------------------------------------------------------ Vitalis Data (Ashby)
    {
        "slug": "vitalis_ack_ashby",
        "kind": "application_received", "lang": "en",
        "company": "Vitalis Data", "contact": "",
        "date": "2026-06-04 17:51 +0000",
        "frm": ASHBY,
        "subject": "Thanks for applying to Vitalis Data!",
        "text": t("""
            Hi Siobhán,

            Thanks for applying for Clinical Data Specialist at Vitalis Data. We've got your
            application and we'll be in touch after the team has had a look.

            We try to get back to everyone within 10 working days.

            The Vitalis Data team
            """),
    },
    {
        "slug": "vitalis_scheduling_link",
        "kind": "interview_invitation", "lang": "en",
        "company": "Vitalis Data", "contact": "",
        "date": "2026-06-12 09:03 +0000",
        "frm": ASHBY,
        "subject": "Vitalis Data – schedule your interview with Sam Okonjo",
        "html": html_page(para_html([
            "Hi Siobhán,",
            "Good news – the Vitalis Data team would like to move forward with a 45-minute "
            "video interview with <b>Sam Okonjo, Head of Clinical Data</b>.",
            "Please pick a time that works for you:",
            '<a href="https://app.ashbyhq.com/interview-scheduling/vitalis/3c9e" '
            'style="background:#222;color:#fff;padding:10px 16px;text-decoration:none">'
            "Choose a time</a>",
            "Times are shown in your local time zone. You'll receive a calendar invitation "
            "once you've booked.",
            "Thanks,<br>Vitalis Data Recruiting",
        ]), brand="Vitalis Data", colour="#111111",
            footer="Sent via Ashby. Replies to this email are not monitored."),
        "html_cte": "base64",
    },
    {
        "slug": "vitalis_cancel_and_rebook",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Vitalis Data", "contact": "",
        "date": "2026-06-16 07:45 +0000",
        "frm": ASHBY,
        "subject": "Cancelled: Interview with Sam Okonjo (Vitalis Data)",
        "text": t("""
            Hi Siobhán,

            Unfortunately Sam Okonjo is no longer available for your interview on Wednesday
            17 June at 14:00 BST, and it has been cancelled. We're sorry for the change.

            Please use the link below to pick a new time – your application is still active:
            https://app.ashbyhq.com/interview-scheduling/vitalis/3c9e-r1

            Vitalis Data Recruiting
            Sent via Ashby. Replies to this email are not monitored.
            """),
        "ics": {"method": "CANCEL", "body": ics(
            method="CANCEL", uid="ashby-int-3c9e@ashbyhq.com", seq=2,
            start="20260617T140000", end="20260617T144500", tz="Europe/London",
            summary="Interview: Siobhán Ní Bhriain <> Sam Okonjo (Vitalis Data)",
            organizer=("Vitalis Data Recruiting", "no-reply@ashbyhq.com"),
            location="Google Meet", stamp="20260616T074500Z", prodid="-//Ashby//Scheduling//EN")},
    },
    {
        "slug": "vitalis_reject_ashby",
        "kind": "rejection", "lang": "en",
        "company": "Vitalis Data", "contact": "",
        "date": "2026-07-08 15:20 +0000",
        "frm": ASHBY,
        "subject": "Your application to Vitalis Data",
        "text": t("""
            Hi Siobhán,

            Thank you for interviewing with Sam for the Clinical Data Specialist role. We
            appreciated the time you put into the process.

            We've decided not to move forward with your candidacy at this stage. This was a
            hard decision and it isn't a reflection on your clinical background – we're
            prioritising candidates with SQL and CDISC mapping experience for this hire.

            Best of luck with your search,
            The Vitalis Data team
            """),
    },
    # ------------------------------------------------------------ Dublin Cancer Trials Group
    {
        "slug": "dctg_missed_screen",
        "kind": "missed_interview_notice", "lang": "en",
        "company": "Dublin Cancer Trials Group", "contact": "grace.nolan@dctg.example.ie",
        "date": "2026-03-26 10:22 +0000",
        "frm": ("Grace Nolan", "grace.nolan@dctg.example.ie"),
        "subject": "Phone screen this morning",
        "text": t("""
            Hi Siobhán,

            I tried to call you at 10:00 this morning for our scheduled phone screen for the
            Trial Coordinator role but couldn't reach you – it rang out twice. I hope all is
            well.

            If you're still interested, let me know and we can see whether another time
            works next week.

            Thanks,
            Grace Nolan
            Operations Manager, Dublin Cancer Trials Group
            """),
    },
    {
        "slug": "dctg_rejection",
        "kind": "rejection", "lang": "en",
        "company": "Dublin Cancer Trials Group", "contact": "grace.nolan@dctg.example.ie",
        "date": "2026-04-10 15:55 +0100",
        "frm": ("Grace Nolan", "grace.nolan@dctg.example.ie"),
        "subject": "Trial Coordinator – outcome",
        "text": t("""
            Hi Siobhán,

            Thanks for the call on Tuesday and apologies for the slow reply. After careful
            consideration we've decided to progress with candidates whose experience more
            closely matches the requirements of the role, particularly in multi-site
            cooperative-group trials.

            We wish you every success and hope our paths cross again.

            Kind regards,
            Grace

            Grace Nolan | Operations Manager | Dublin Cancer Trials Group
            """),
        "charset": "iso-8859-1", "cte": "base64",
    },
    # ------------------------------------------------------------ Kelvin Health Data Lab
    {
        "slug": "kelvin_lab_invite",
        "kind": "interview_invitation", "lang": "en",
        "company": "Kelvin Health Data Lab", "contact": "f.baird@kelvinhdl.example.org.uk",
        "date": "2026-07-01 09:12 +0100",
        "frm": FIONA,
        "subject": "Interview invitation – Data Quality Coordinator",
        "text": t("""
            Dear Siobhán,

            Thank you for applying to the Kelvin Health Data Lab. We'd like to invite you to
            interview for the Data Quality Coordinator post on Thursday 9 July at 13:00
            (UK time) via Microsoft Teams. The panel is Prof. Alasdair Grieve and me.

            Please let me know if that works. We'll send the Teams link the day before.

            Kind regards,
            Fiona Baird
            Lab Manager, Kelvin Health Data Lab
            University Avenue, Glasgow G12 8XX | 0141 555 3370

            Kelvin Health Data Lab is a partnership of Strathkelvin University and Clydeside
            Health Board. This email is confidential.
            """),
    },
    {
        "slug": "kelvin_lab_cancelled",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Kelvin Health Data Lab", "contact": "f.baird@kelvinhdl.example.org.uk",
        "date": "2026-07-08 18:05 +0100",
        "frm": FIONA, "parent": "kelvin_lab_invite", "quote": "en",
        "subject": "Re: Interview invitation – Data Quality Coordinator",
        "text": t("""
            Dear Siobhán,

            I'm really sorry, but we need to cancel tomorrow's interview – Prof. Grieve has
            been taken ill. We'll be in touch in the next few days to rearrange it.

            Apologies for the short notice,
            Fiona
            """),
    },
    {
        "slug": "kelvin_lab_reject",
        "kind": "rejection", "lang": "en",
        "company": "Kelvin Health Data Lab", "contact": "f.baird@kelvinhdl.example.org.uk",
        "date": "2026-08-03 11:48 +0100",
        "frm": FIONA, "parent": "kelvin_lab_cancelled", "quote": "outlook",
        "subject": "RE: Interview invitation – Data Quality Coordinator",
        "text": t("""
            Dear Siobhán,

            Thanks again for interviewing with us last Tuesday once we had finally managed to
            rearrange it. The panel was impressed by your understanding of source data
            verification, but I'm sorry to let you know we have offered the post to another
            candidate who has more experience with NHS Scotland data systems.

            We would be glad to keep you in mind for future posts.

            Kind regards,
            Fiona
            """),
    },
    # ------------------------------------------------------------ University of West Clyde
    {
        "slug": "westclyde_teams_invite",
        "kind": "interview_invitation", "lang": "en",
        "company": "University of West Clyde", "contact": "morag.sinclair@westclyde.example.ac.uk",
        "date": "2026-08-17 10:30 +0100",
        "frm": MORAG,
        "subject": "Invitation to interview: Clinical Trials Administrator (REF 05512)",
        "html": html_page(para_html([
            "Dear Siobhán,",
            "Thank you for your application for the post of <b>Clinical Trials Administrator "
            "(REF 05512)</b> in the School of Health and Life Sciences.",
            "I am pleased to invite you to an interview via Microsoft Teams on "
            "<b>Wednesday 26 August 2026 at 10:00 (UK time)</b>. The interview will last "
            "about 40 minutes and the panel will be Dr Rhona Ferguson, Mr Iain Dalgleish and "
            "myself.",
            '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_westclyde05512">'
            "Join the meeting</a>",
            "Please reply to confirm that you are able to attend.",
            "Kind regards,<br>Morag Sinclair<br>HR Assistant (Recruitment)<br>University of "
            "West Clyde, Paisley Road, Glasgow G51 1XX",
        ]), footer="The University of West Clyde is a registered Scottish charity, SC099999."),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "westclyde_moved",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "University of West Clyde", "contact": "morag.sinclair@westclyde.example.ac.uk",
        "date": "2026-08-21 14:02 +0100",
        "frm": MORAG, "parent": "westclyde_teams_invite", "quote": "outlook",
        "subject": "RE: Invitation to interview: Clinical Trials Administrator (REF 05512)",
        "text": t("""
            Dear Siobhán,

            I'm afraid Dr Ferguson has a clash with an ethics committee meeting on 26 August.
            Would you be able to do Friday 28 August at 14:30 instead? The Teams link will be
            re-sent with the new time.

            Kind regards,
            Morag
            """),
    },
]
