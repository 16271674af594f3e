"""Rejections: 31 messages, each written by hand (en 18, de 5, fr 5, es 3)."""

from __future__ import annotations

from msgs141_common import (
    apple_mid,
    ats_shell,
    card_shell,
    gmail_mid,
    gmail_shell,
    hannah_mid,
    outlook_mid,
    outlook_shell,
    paras,
    pixel,
    track,
)

REJECTIONS: list[dict] = []
add = REJECTIONS.append

# 001 -- Workday, soft wording, HTML only, no-reply
add({
    "scenario": "workday_soft", "kind": "rejection", "company": "Northern Larder", "contact": "", "lang": "en",
    "sender": ("Careers at Northern Larder", "northernlarder@myworkday.com"),
    "subject": "Your application for HR Business Partner – Retail Operations (North)",
    "date": "2026-02-11T16:04:12+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah,",
            "Thank you for your interest in the <b>HR Business Partner – Retail Operations (North)</b> "
            "position (Job Requisition R-20417) and for the time you put into your application.",
            "We received a large number of strong applications for this role. After careful review, "
            "we have decided to move forward with candidates whose experience more closely matches "
            "the requirements of the position at this time.",
            "We would encourage you to keep an eye on our careers site, where new roles are posted "
            "every week, and you can update your candidate profile whenever you like.",
            "With best wishes,<br>The Northern Larder Talent Team",
        ) + f'\n<p style="margin:18px 0 0 0;"><a href="{track("links.myworkday.com", "nl-home")}" '
            'style="background:#2e7d32;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px;">'
            'Go to Candidate Home</a></p>',
        title="Northern Larder Careers", logo_src="https://northernlarder.example.co.uk/img/nl-logo-green.png",
        logo_alt="Northern Larder – fresh from the North", accent="#2e7d32",
        footer="This message was sent from an unmonitored mailbox; please do not reply.<br>"
               "Northern Larder is a trading name of Northern Larder Stores Ltd. Registered in England "
               "and Wales No. 04418823. Registered office: Larder House, Pontefract Lane, Leeds LS9 0DX.<br>"
               f'<a href="{track("links.myworkday.com", "nl-privacy")}" style="color:#7a7a7a;">Candidate privacy notice</a>',
        pixel_src=pixel("links.myworkday.com", "nl-rej"),
    ),
    "headers": [("X-Mailer", "Workday Notification Service")],
})

# 002 -- Greenhouse after a second interview, reply goes to the recruiter
add({
    "scenario": "greenhouse_after_second_interview", "kind": "rejection", "company": "Halden & Pryce",
    "contact": "tamsin.oyelaran@haldenpryce.example.co.uk", "lang": "en",
    "sender": ("Halden & Pryce via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Tamsin Oyelaran", "tamsin.oyelaran@haldenpryce.example.co.uk"),
    "subject": "People Partner (London) – thank you",
    "date": "2026-04-22T17:41:09+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hi Hannah,

Thank you so much for coming in on Friday to meet Owen and Cressida for the
second-stage conversation. They both really enjoyed hearing about the
restructure you led across the Kirkgate stores, and the way you talked about
handling the TUPE transfer was a highlight.

I'm sorry to tell you that we won't be offering you the People Partner role.
It was genuinely close. In the end the panel went with a candidate who has
already partnered a professional-services practice, which is where most of
the first year's work will sit.

If it helps, I'd be glad to talk you through the panel's notes by phone -
just reply here and suggest a time. I'd also like to keep your details on
file for our retail advisory team, who are likely to hire in the autumn.

Warm wishes,

Tamsin Oyelaran
Talent Acquisition Lead
Halden & Pryce
30 Farringdon Road, London EC1M 3HE
""",
    "html": gmail_shell(
        "<div>Hi Hannah,</div><div><br></div>"
        "<div>Thank you so much for coming in on Friday to meet Owen and Cressida for the second-stage "
        "conversation. They both really enjoyed hearing about the restructure you led across the Kirkgate "
        "stores, and the way you talked about handling the TUPE transfer was a highlight.</div><div><br></div>"
        "<div>I'm sorry to tell you that we won't be offering you the People Partner role. It was genuinely "
        "close. In the end the panel went with a candidate who has already partnered a professional-services "
        "practice, which is where most of the first year's work will sit.</div><div><br></div>"
        "<div>If it helps, I'd be glad to talk you through the panel's notes by phone - just reply here and "
        "suggest a time. I'd also like to keep your details on file for our retail advisory team, who are "
        "likely to hire in the autumn.</div><div><br></div><div>Warm wishes,</div><div><br></div>"
        "<div><b>Tamsin Oyelaran</b><br>Talent Acquisition Lead<br>Halden &amp; Pryce<br>"
        "30 Farringdon Road, London EC1M 3HE</div>"
        '<img src="https://greenhouse-mail.io/o/6f1c2a9e3b.gif" width="1" height="1" alt="">'
    ),
    "headers": [("X-Greenhouse-Template", "candidate_rejection_custom")],
})

# 003 -- one terse line from a hiring manager's phone, Apple-style quote with "interview" in it
add({
    "scenario": "terse_one_line_iphone", "kind": "rejection", "company": "Brewhouse Collective",
    "contact": "dev@brewhousecollective.example.co.uk", "lang": "en",
    "sender": ("Dev Raghunathan", "dev@brewhousecollective.example.co.uk"),
    "subject": "Re: HR Advisor role",
    "date": "2026-03-09T21:17:40+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": apple_mid("brewhouse-terse"),
    "in_reply_to": hannah_mid("brewhouse-chase"),
    "body": """\
Hi Hannah – sorry, we've gone with someone else for this one. Thanks for your time. Dev

Sent from my iPhone

> On 3 Mar 2026, at 18:02, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> wrote:
>
> Hi Dev,
>
> Lovely to chat at the Northern Hospitality meet-up last week. As promised
> I've attached my CV for the HR Advisor role you mentioned. I'd really welcome
> the chance of an interview and could come in to the Holbeck site any day
> after 4pm.
>
> Best wishes,
> Hannah
""",
})

# 004 -- role put on hold; group people director via a role mailbox that invites replies
add({
    "scenario": "role_on_hold", "kind": "rejection", "company": "Steel City Inns",
    "contact": "recruitment@steelcityinns.example.co.uk", "lang": "en",
    "sender": ("Steel City Inns Recruitment", "recruitment@steelcityinns.example.co.uk"),
    "subject": "People Manager vacancy – an update",
    "date": "2026-03-18T11:26:55+00:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "body": """\
Dear Hannah

Thank you for applying for the People Manager position with Steel City Inns, and
apologies for the wait since the closing date.

Following a review of our management structure across the Sheffield and Rotherham
pubs, the board has decided that the People Manager role will be put on hold, and
we will not be proceeding with this recruitment. I know that's disappointing when
you've taken the time to put together such a thoughtful application – it was one of
the stronger ones we received.

We have kept your details and, if the role is re-opened later in the year, we’ll
be in touch directly. If you have any questions in the meantime, just reply to this
email and it will come straight to me.

Kind regards

Lorna Beckwith
Group People Director
Steel City Inns Ltd
The Cutlers’ Yard, 11 Arundel Street, Sheffield S1 4RE
Tel: 0114 496 0731
""",
})

# 005 -- NHS jobs system: vacancy withdrawn, filled internally
add({
    "scenario": "nhs_filled_internally", "kind": "rejection",
    "company": "Aire Valley Teaching Hospitals NHS Foundation Trust", "contact": "", "lang": "en",
    "sender": ("NHS Jobs", "no-reply@nhsjobs.example.org"),
    "subject": "Vacancy withdrawn: HR Business Partner (Band 7) - 331-AVT-7741",
    "date": "2026-02-26T09:02:00+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah Kowalczyk-Reid

Application reference: AVT-7741-0093
Vacancy: HR Business Partner (Band 7)
Employer: Aire Valley Teaching Hospitals NHS Foundation Trust

The employer has withdrawn this vacancy. The recruiting manager has advised that
the post has been filled by an internal candidate through the Trust's
redeployment process, and no further applications will be considered.

Your application will not be progressed. You do not need to do anything.

You can search for other vacancies at any time by signing in to your NHS Jobs
account.

This is an automated message. Replies to this address are not read.

NHS Jobs
""",
})

# 006 -- speculative letter declined by the owner of a family department store, Outlook quote
add({
    "scenario": "speculative_family_store", "kind": "rejection", "company": "Fairweather & Sons",
    "contact": "margaret@fws.example.co.uk", "lang": "en",
    "sender": ("Margaret Fairweather", "margaret@fws.example.co.uk"),
    "subject": "RE: Speculative enquiry - HR / people roles",
    "date": "2026-01-20T10:48:31+00:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "mid": outlook_mid("fws-spec", "LO2P265MB0342"),
    "in_reply_to": hannah_mid("fws-letter"),
    "body": """\
Dear Hannah,

Thank you for your kind letter and for thinking of us. It is always nice to hear
from someone who has shopped with us since childhood!

I'm afraid we are a small business - a little over ninety staff across the two
shops - and our people work is shared between myself and our payroll bureau, so
we do not have an HR post and are not in a position to create one this year. We
also don't keep CVs on file, for data protection reasons, so I'm returning yours
with thanks rather than holding on to it.

I'm sorry not to be able to help, and I wish you every success with the move.

With kind regards,

Margaret Fairweather
Director
Fairweather & Sons Ltd
Est. 1889 · 22-24 Stonegate, York YO1 8AS
01904 496 218

From: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Sent: 14 January 2026 19:55
To: Margaret Fairweather <margaret@fws.example.co.uk>
Subject: Speculative enquiry - HR / people roles

Dear Mrs Fairweather,

I am a store manager in Leeds with eleven years in retail and I am completing
my CIPD Level 5. I am writing speculatively in case you have, or expect to
have, an opening in your people team. I would welcome the chance of an
interview or even an informal conversation at a time that suits you.

Yours sincerely,
Hannah Kowalczyk-Reid
""",
})

# 007 -- Lever, start-up in sentence case, casual, HTML only, no reply-to
add({
    "scenario": "lever_startup_casual", "kind": "rejection", "company": "Okapi payroll", "contact": "", "lang": "en",
    "sender": ("Okapi payroll", "no-reply@hire.lever.co"),
    "subject": "Your application to Okapi payroll",
    "date": "2026-05-06T14:12:44+01:00", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": card_shell(
        paras(
            "Hey Hannah,",
            "Thanks so much for applying to be our People Ops Lead – we loved reading about your "
            "move from the shop floor into HR, it's a story a lot of our customers will recognise.",
            "We're a team of 14, so we have to be really picky about timing, and right now we need "
            "someone who has already run payroll and benefits for a software team. That means we're "
            "not going to take your application further this time round.",
            "We'll be hiring again once we close our next round, so do check back on our jobs page.",
            "Cheers,<br>Fran, Ade and the rest of Okapi payroll",
        ),
        footer='Okapi payroll · 2nd floor, 41 Tib Street, Manchester M4 1LS · '
               f'<a href="{track("hire.lever.co", "okapi-jobs")}" style="color:#8a8a99;">jobs.okapipayroll.example.com</a>'
               '<br>Powered by Lever',
        accent="#f29d38",
        pixel_src=pixel("hire.lever.co", "okapi-rej"),
    ),
})

# 008 -- SmartRecruiters after an online assessment; legal entity with plc in the footer
add({
    "scenario": "smartrecruiters_after_assessment", "kind": "rejection", "company": "Brightwater Foods",
    "contact": "", "lang": "en",
    "sender": ("Brightwater Foods Talent Acquisition", "brightwaterfoods@smartrecruiters.com"),
    "subject": "Update on your application – Regional HR Manager (Yorkshire & Humber)",
    "date": "2026-06-02T08:33:19+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah,",
            "Thank you for completing the online situational judgement assessment for the Regional HR "
            "Manager (Yorkshire &amp; Humber) role.",
            "We have now reviewed the results together with your application. Unfortunately, on this "
            "occasion your application has not been successful and we will not be inviting you to the "
            "next stage.",
            "Because of the number of candidates we are unable to provide individual feedback on the "
            "assessment, but your scores remain valid for six months should you apply for another role "
            "with us.",
            "Kind regards,<br>Brightwater Foods Talent Acquisition",
        ),
        title="Brightwater Foods", logo_src="https://brightwaterfoods.example.co.uk/brand/bwf-wave.png",
        logo_alt="Brightwater Foods", accent="#0077b6",
        footer="Brightwater Foods plc, registered in England No. 01938840. Registered office: "
               "Wharf Road, Hull HU1 2BQ.<br>You are receiving this email because you applied for a job "
               f'through our careers site. <a href="{track("smrtr.io", "bwf-prefs")}" style="color:#7a7a7a;">Manage your data</a>',
        pixel_src=pixel("smrtr.io", "bwf-rej"),
    ),
})

# 009 -- agency recruiter relays the named client's decision; pipe signature and social links
add({
    "scenario": "agency_relays_named_client", "kind": "rejection", "company": "Harrowgate & Lune Hospitality",
    "contact": "jade.murphy@redferntalent.example.co.uk", "lang": "en",
    "sender": ("Jade Murphy", "jade.murphy@redferntalent.example.co.uk"),
    "subject": "Feedback from Harrowgate & Lune",
    "date": "2026-03-27T12:05:02+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
Hi Hannah,

Hope you're well! I've just come off the phone with Siobhan at Harrowgate & Lune
Hospitality and unfortunately they've decided to go with another candidate for the
HR Business Partner job. I'm gutted for you as I really thought you'd nailed the
second interview.

Their feedback was really positive on your ER casework and your energy, but the
other candidate has done HR across a multi-site hotel group already and that's
what tipped it. They did say they'd happily see you again for future roles.

Don't be disheartened – I've got two other hospitality clients I want to put you
forward to, can I give you a call tomorrow morning?

Speak soon,
Jade

Jade Murphy | Senior Consultant – HR & Business Support | Redfern Talent
M: 07700 900 418 | T: 0113 496 0288
LinkedIn: linkedin.example.com/in/jademurphy-redfern | Instagram: @redferntalent
Redfern Talent Ltd is an employment agency and employment business. Registered in England No. 09126675.
""",
})

# 010 -- head-hunter, client never named; "-----Original Message-----" chain with misleading words
add({
    "scenario": "headhunter_unnamed_client", "kind": "rejection", "company": "Castlegate Search",
    "contact": "r.ellwood@castlegatesearch.example.co.uk", "lang": "en",
    "sender": ("Richard Ellwood", "r.ellwood@castlegatesearch.example.co.uk"),
    "subject": "RE: Head of People - confidential search",
    "date": "2026-04-09T18:22:47+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "mid": outlook_mid("castlegate-rej", "CWLP123MB4410"),
    "in_reply_to": hannah_mid("castlegate-thanks"),
    "body": """\
Hannah,

Thank you for your patience. My client has now completed the first round
and I'm afraid they have decided to proceed with other candidates for the
Head of People position. They were clear that it was a question of scale -
they want someone who has led the people function for an organisation of
2,000+ - rather than any concern about your ability.

I'd like to stay in touch. I place a handful of HRBP and people-operations
roles in the North each year and I think you'll be a strong fit for several
of them over the next twelve months.

Best regards,
Richard

Richard Ellwood
Partner
Castlegate Search
+44 (0)1904 496 550

-----Original Message-----
From: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Sent: 30 March 2026 08:14
To: Richard Ellwood <r.ellwood@castlegatesearch.example.co.uk>
Subject: RE: Head of People - confidential search

Hi Richard,

Thank you for the interview invitation and for the briefing pack - I'm
delighted to be put forward. I can confirm I'm available for the first
interview with your client on 7 April as suggested.

Kind regards,
Hannah
""",
})

# 011 -- university after interview; feedback person is named but the sender is a no-reply
add({
    "scenario": "university_after_interview", "kind": "rejection", "company": "Pennine Metropolitan University",
    "contact": "", "lang": "en",
    "sender": ("PMU Recruitment", "donotreply@pmu.example.co.uk"),
    "subject": "Outcome of interview: HR Partner (Faculty of Arts & Humanities) – Ref PMU-0512",
    "date": "2026-03-31T15:50:26+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Ms Kowalczyk-Reid

HR Partner (Faculty of Arts & Humanities) – Ref PMU-0512

Thank you for attending interview on Thursday 26 March. The panel very much
appreciated the time you took to prepare the presentation on absence
management.

I am sorry to let you know that on this occasion you have not been successful.
The panel has offered the post to a candidate with substantial experience of
HR in a higher education setting.

If you would like feedback on your interview, please contact the chair of the
panel, Dr Aisling Breen, at a.breen@pmu.example.co.uk, who will be happy to
arrange a short call.

We thank you for your interest in working at Pennine Metropolitan University.

Yours sincerely

Recruitment Team
People & Organisational Development
Pennine Metropolitan University

Please do not reply to this email; this mailbox is not monitored.
""",
    "html": ats_shell(
        '<p style="margin:0 0 14px 0;">Dear Ms Kowalczyk-Reid</p>'
        '<p style="margin:0 0 14px 0;font-weight:bold;">HR Partner (Faculty of Arts &amp; Humanities) – Ref PMU-0512</p>'
        + paras(
            "Thank you for attending interview on Thursday 26 March. The panel very much appreciated the "
            "time you took to prepare the presentation on absence management.",
            "I am sorry to let you know that on this occasion you have not been successful. The panel has "
            "offered the post to a candidate with substantial experience of HR in a higher education setting.",
            'If you would like feedback on your interview, please contact the chair of the panel, Dr Aisling '
            'Breen, at <a href="mailto:a.breen@pmu.example.co.uk">a.breen@pmu.example.co.uk</a>, who will be '
            "happy to arrange a short call.",
            "We thank you for your interest in working at Pennine Metropolitan University.",
            "Yours sincerely<br><br>Recruitment Team<br>People &amp; Organisational Development<br>"
            "Pennine Metropolitan University",
        ),
        title="PMU Recruitment", logo_src="https://www.pmu.example.co.uk/assets/pmu-crest.png",
        logo_alt="Pennine Metropolitan University crest", accent="#6a1b4d",
        footer="Please do not reply to this email; this mailbox is not monitored.<br>"
               "Pennine Metropolitan University, Queen's Road, Halifax HX1 3QT. "
               "An exempt charity.",
    ),
})

# 012 -- council, not shortlisted, unmonitored role mailbox
add({
    "scenario": "council_not_shortlisted", "kind": "rejection", "company": "Ouse Valley District Council",
    "contact": "", "lang": "en",
    "sender": ("OVDC HR Recruitment", "hr.recruitment@ousevalley.example.org"),
    "subject": "Application OVDC/2026/118 - HR Officer",
    "date": "2026-02-17T13:30:00+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Applicant

Post: HR Officer (Grade 7), People Services
Reference: OVDC/2026/118

Thank you for your application for the above post.

We regret to inform you that you have not been shortlisted for interview.
Shortlisting was carried out against the essential and desirable criteria
in the person specification.

We are unable to provide feedback at the shortlisting stage.

Thank you for your interest in working for Ouse Valley District Council.

People Services
Ouse Valley District Council
Civic Centre, Market Place, Selby YO8 4ZZ

This mailbox is not monitored. Please do not reply to this email.
""",
})

# 013 -- Dublin hotel group via Teamtailor, Irish English, role mailbox that invites replies
add({
    "scenario": "teamtailor_dublin_irish", "kind": "rejection", "company": "Ballast Quay Hotels",
    "contact": "careers@ballastquay.example.ie", "lang": "en",
    "sender": ("Ballast Quay Hotels", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Ballast Quay Hotels Careers", "careers@ballastquay.example.ie"),
    "subject": "Your application – HR Manager, The Ballast Quay Dublin",
    "date": "2026-05-14T10:02:37+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<img src="https://ballastquay.example.ie/logo-navy.png" alt="Ballast Quay Hotels" width="150" '
        'style="display:block;margin-bottom:20px;">\n'
        + paras(
            "Hi Hannah,",
            "Thanks a million for your interest in the HR Manager role at The Ballast Quay Dublin "
            "and for taking the time to apply.",
            "We've had a great response and, having gone through everything carefully, we won't be "
            "progressing your application on this occasion. We were looking for someone who has "
            "already worked under Irish employment law and with the WRC, and that was the deciding "
            "factor.",
            "If you've any questions at all, just hit reply and one of the team will get back to you.",
            "All the best with the search,<br>Gráinne &amp; the People Team<br>Ballast Quay Hotels",
        ),
        footer="Ballast Quay Hotels, Sir John Rogerson's Quay, Dublin 2, D02 X576 · "
               f'<a href="{track("teamtailor-mail.com", "bq-unsub")}" style="color:#8a8a99;">Remove my data</a>'
               " · Sent with Teamtailor",
        accent="#12355b", pixel_src=pixel("teamtailor-mail.com", "bq-open"),
    ),
})

# 014 -- Amsterdam HR-tech via Ashby, recruiter in Reply-To, after a first call
add({
    "scenario": "ashby_amsterdam_after_call", "kind": "rejection", "company": "Tulpwerk",
    "contact": "noor.vandijk@tulpwerk.example.nl", "lang": "en",
    "sender": ("Tulpwerk Talent", "no-reply@ashbyhq.com"),
    "reply_to": ("Noor van Dijk", "noor.vandijk@tulpwerk.example.nl"),
    "subject": "Following up on our chat",
    "date": "2026-06-17T16:48:03+02:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Hi Hannah,

Thanks again for the call on Monday - it was great to hear how you rolled out
the new rota tool across twelve stores; that's exactly the kind of customer we
build for.

After talking it through with Joost, we've decided not to move forward with your
application for the People Operations Specialist role. We're looking for someone
who can own our Dutch payroll and works council relationship from day one, and
we don't think it would be fair to ask you to pick that up cold.

I'm sorry it's not better news. If you'd like to stay on our radar for our UK
customer success team, reply to this email and I'll make sure your profile goes
to the right person.

Best,
Noor

Noor van Dijk
Talent Partner, Tulpwerk
Keizersgracht 241, 1016 EA Amsterdam
""",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "Thanks again for the call on Monday - it was great to hear how you rolled out the new rota "
            "tool across twelve stores; that's exactly the kind of customer we build for.",
            "After talking it through with Joost, we've decided not to move forward with your application "
            "for the People Operations Specialist role. We're looking for someone who can own our Dutch "
            "payroll and works council relationship from day one, and we don't think it would be fair to "
            "ask you to pick that up cold.",
            "I'm sorry it's not better news. If you'd like to stay on our radar for our UK customer success "
            "team, reply to this email and I'll make sure your profile goes to the right person.",
            "Best,<br>Noor",
            "<b>Noor van Dijk</b><br>Talent Partner, Tulpwerk<br>Keizersgracht 241, 1016 EA Amsterdam",
        ),
        footer="Sent by Tulpwerk via Ashby", accent="#e4572e",
    ),
})

# 015 -- interview cancelled because the role will not be filled: a rejection; Gmail chain with "invite"
add({
    "scenario": "interview_cancelled_role_closed", "kind": "rejection", "company": "Forge Fitness Group",
    "contact": "kelly.armitage@forgefitness.example.co.uk", "lang": "en",
    "sender": ("Kelly Armitage", "kelly.armitage@forgefitness.example.co.uk"),
    "subject": "Re: Interview – HR Advisor",
    "date": "2026-04-15T19:03:12+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("forge-cancel"),
    "in_reply_to": hannah_mid("forge-confirm"),
    "references": [gmail_mid("forge-invite"), hannah_mid("forge-confirm")],
    "body": """\
Hi Hannah,

I'm really sorry to do this at short notice, but I need to cancel Thursday's
interview. We found out this afternoon that the business has decided not to
replace the HR Advisor role after all - the work is being absorbed into the
regional ops team - so there is no longer a vacancy to interview for.

I appreciate you've probably already started preparing, and I'm sorry for
the wasted effort. I'll keep your CV and let you know directly if anything
comes up in the people team later in the year.

Kelly

Kelly Armitage
Head of Operations, Forge Fitness Group

On Tue, 14 Apr 2026 at 09:30, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> wrote:
> Hi Kelly, Thursday at 11 is perfect, see you then. Hannah
>
> On Mon, 13 Apr 2026 at 16:12, Kelly Armitage <kelly.armitage@forgefitness.example.co.uk> wrote:
>> Hi Hannah, I'd like to invite you to interview for the HR Advisor role
>> on Thursday 16 April at 11:00 at our Kirkstall gym. Does that work?
>> Kelly
""",
    "html": gmail_shell(
        "<div>Hi Hannah,</div><div><br></div><div>I'm really sorry to do this at short notice, but I need "
        "to cancel Thursday's interview. We found out this afternoon that the business has decided not to "
        "replace the HR Advisor role after all - the work is being absorbed into the regional ops team - so "
        "there is no longer a vacancy to interview for.</div><div><br></div><div>I appreciate you've probably "
        "already started preparing, and I'm sorry for the wasted effort. I'll keep your CV and let you know "
        "directly if anything comes up in the people team later in the year.</div><div><br></div>"
        "<div>Kelly</div><div><br></div><div>Kelly Armitage<br>Head of Operations, Forge Fitness Group</div>",
        quote='<div dir="ltr" class="gmail_attr">On Tue, 14 Apr 2026 at 09:30, Hannah Kowalczyk-Reid &lt;'
              '<a href="mailto:hannah.kr@example.co.uk">hannah.kr@example.co.uk</a>&gt; wrote:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">Hi Kelly, Thursday at 11 is perfect, see you then. Hannah'
              '<br><br>On Mon, 13 Apr 2026 at 16:12, Kelly Armitage wrote:<blockquote class="gmail_quote">'
              "Hi Hannah, I'd like to invite you to interview for the HR Advisor role on Thursday 16 April at "
              "11:00 at our Kirkstall gym. Does that work?<br>Kelly</blockquote></blockquote>",
    ),
})

# 016 -- Taleo status update with a subject that says nothing
add({
    "scenario": "taleo_status_update", "kind": "rejection", "company": "Marlow & Finch", "contact": "", "lang": "en",
    "sender": ("Marlow & Finch Careers", "careers-noreply@taleo.net"),
    "subject": "Update regarding your application",
    "date": "2026-01-29T07:15:48+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah,

Requisition: 26-0147 Store People Partner - Manchester Arndale

Thank you for your recent application to Marlow & Finch.

We have now reviewed all applications for this role and we will not be taking
your application further. This decision is final for this requisition.

Your profile remains in our talent community and you will continue to receive
job alerts that match your preferences. You can change these preferences or
withdraw your profile at any time from the Marlow & Finch careers section.

Best regards,
Marlow & Finch Resourcing Team

*** This is an automatically generated email. Please do not reply. ***
""",
})

# 017 -- managing director of a small consultancy, long and warm, after a final interview
add({
    "scenario": "consultancy_md_after_final", "kind": "rejection", "company": "Aspley HR Consulting",
    "contact": "ruth@aspleyhr.example.co.uk", "lang": "en",
    "sender": ("Ruth Okonkwo", "ruth@aspleyhr.example.co.uk"),
    "subject": "Thank you – and some feedback",
    "date": "2026-07-03T12:40:19+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "body": """\
Dear Hannah,

I wanted to write to you myself rather than send a standard email, because you
put so much into the final stage.

We have decided to offer the Associate HR Consultant role to another candidate. I
know that is not what you hoped to hear. It was a very close decision between two
people and I went back and forth on it over the weekend.

Some feedback, in case it is useful:

– Your case study was the best we saw. The way you structured the grievance
  investigation, with a clear timeline and separate notes for each witness,
  was exactly how we would want it done for a client.
– Where the other candidate edged ahead was in advising senior leaders. She
  has spent two years as an in-house HRBP to a board, and our client base
  is mostly owner-managed firms where you are in the room with the MD on day
  one.
– I would encourage you to look for an in-house generalist role for a year or
  two. With that behind you, I’d be very keen to talk again.

Thank you again for the time you gave us, and for the flowers you sent to
Dorothy after she showed you round – she was touched.

Warmest regards,

Ruth

Ruth Okonkwo FCIPD
Managing Director
Aspley HR Consulting Ltd
Unit 4, Calder Mill, Huddersfield HD1 6QJ
01484 496 117 | www.aspleyhr.example.co.uk
Registered in England No 08814432
""",
})

# 018 -- supermarket regional HR replying to a chase, Outlook chain with an older invitation in it
add({
    "scenario": "outlook_chain_after_chase", "kind": "rejection", "company": "Mayfield Market",
    "contact": "stuart.haworth@mayfieldmarket.example.co.uk", "lang": "en",
    "sender": ("Haworth, Stuart", "stuart.haworth@mayfieldmarket.example.co.uk"),
    "subject": "RE: Following up",
    "date": "2026-05-28T09:14:02+01:00", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("mayfield-rej", "AS8PR10MB6612"),
    "in_reply_to": hannah_mid("mayfield-chase"),
    "references": [outlook_mid("mayfield-invite", "AS8PR10MB6612"), hannah_mid("mayfield-chase")],
    "body": """\
Morning Hannah,

Thanks for chasing, and sorry you had to. I'm afraid we've offered the Area People
Partner role to another candidate, who has accepted. I should have let you know
sooner – the decision was made last Thursday and it slipped through the net.

You interviewed well and it was close. The successful candidate has worked in
food retail HR for several years, which in the end was what swung it for our
Regional Director.

Best of luck with everything.

Stuart

Stuart Haworth
Regional HR Manager – North West
Mayfield Market
M: 07700 900 731

From: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Sent: 26 May 2026 18:40
To: Haworth, Stuart <stuart.haworth@mayfieldmarket.example.co.uk>
Subject: Following up

Hi Stuart,

I hope you're well. I was delighted to be invited to interview for the Area
People Partner role on the 12th and wondered whether there was any news?

Many thanks,
Hannah

From: Haworth, Stuart <stuart.haworth@mayfieldmarket.example.co.uk>
Sent: 05 May 2026 11:02
To: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Subject: Area People Partner - interview

Hi Hannah,

We'd like to invite you for an interview on Tuesday 12 May at 2pm at our
Trafford Park support centre. Please bring photo ID.

Stuart
""",
    "html": outlook_shell(
        '<p class="MsoNormal">Morning Hannah,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Thanks for chasing, and sorry you had to. I’m afraid we’ve offered the Area '
        "People Partner role to another candidate, who has accepted. I should have let you know sooner – the "
        "decision was made last Thursday and it slipped through the net.<o:p></o:p></p>"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">You interviewed well and it was '
        "close. The successful candidate has worked in food retail HR for several years, which in the end was "
        "what swung it for our Regional Director.<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
        '<p class="MsoNormal">Best of luck with everything.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Stuart<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal"><b><span style="color:#00543C">Stuart Haworth</span></b><br>Regional HR Manager – '
        "North West<br>Mayfield Market<br>M: 07700 900 731<o:p></o:p></p>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>From:</b> Hannah Kowalczyk-Reid &lt;hannah.kr@example.co.uk&gt;<br>'
        "<b>Sent:</b> 26 May 2026 18:40<br><b>To:</b> Haworth, Stuart<br><b>Subject:</b> Following up</p></div>"
        '<p class="MsoNormal">Hi Stuart,<br>I hope you’re well. I was delighted to be invited to interview for '
        "the Area People Partner role on the 12th and wondered whether there was any news?<br>Many thanks,"
        "<br>Hannah</p>"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>From:</b> Haworth, Stuart<br><b>Sent:</b> 05 May 2026 11:02<br>'
        "<b>To:</b> Hannah Kowalczyk-Reid<br><b>Subject:</b> Area People Partner - interview</p></div>"
        '<p class="MsoNormal">Hi Hannah,<br>We’d like to invite you for an interview on Tuesday 12 May at 2pm '
        "at our Trafford Park support centre. Please bring photo ID.<br>Stuart</p>"
    ),
    "headers": [("X-MS-Has-Attach", ""), ("Thread-Topic", "Following up")],
})

# ------------------------------------------------------------------ German
# 019 -- Personio, Sie, legal footer, role mailbox in Reply-To that invites questions
add({
    "scenario": "personio_absage", "kind": "rejection", "company": "Kessler Feinkost",
    "contact": "bewerbung@kessler-feinkost.example.de", "lang": "de",
    "sender": ("Kessler Feinkost GmbH", "no-reply@kessler-feinkost.jobs.personio.de"),
    "reply_to": ("Kessler Feinkost Bewerbermanagement", "bewerbung@kessler-feinkost.example.de"),
    "subject": "Ihre Bewerbung als HR Business Partner (m/w/d)",
    "date": "2026-03-05T10:21:14+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Sehr geehrte Frau Kowalczyk-Reid,",
            "vielen Dank für Ihre Bewerbung als HR Business Partner (m/w/d) an unserem Standort "
            "Frankfurt-Fechenheim und das damit verbundene Interesse an Kessler Feinkost.",
            "Wir haben uns Ihre Unterlagen sorgfältig angesehen. Leider müssen wir Ihnen mitteilen, "
            "dass wir uns für Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser "
            "zu den Anforderungen der Position passt – insbesondere im Hinblick auf Erfahrung mit "
            "deutschem Arbeits- und Betriebsverfassungsrecht.",
            "Diese Entscheidung ist keine Bewertung Ihrer Person. Für Ihre weitere berufliche Zukunft "
            "wünschen wir Ihnen alles Gute und viel Erfolg.",
            "Bei Fragen stehen wir Ihnen gerne zur Verfügung – antworten Sie einfach auf diese E-Mail.",
            "Mit freundlichen Grüßen<br>Ihr Recruiting-Team von Kessler Feinkost",
        ),
        title="Kessler Feinkost Karriere", logo_src="https://www.kessler-feinkost.example.de/media/logo.svg",
        logo_alt="Kessler Feinkost seit 1954", accent="#8b1e2d",
        footer="Kessler Feinkost GmbH · Orber Straße 22 · 60386 Frankfurt am Main<br>"
               "Geschäftsführer: Dr. Matthias Kessler, Annette Kessler-Brandl · Amtsgericht Frankfurt am Main "
               "HRB 98231 · USt-IdNr. DE 814 227 509<br>"
               f'<a href="{track("kessler-feinkost.jobs.personio.de", "kf-ds")}" style="color:#7a7a7a;">Datenschutzhinweise für Bewerber</a>',
        pixel_src=pixel("kessler-feinkost.jobs.personio.de", "kf-rej"),
    ),
})

# 020 -- softgarden after an interview, recruiter in Reply-To, ISO-8859-1
add({
    "scenario": "softgarden_nach_gespraech", "kind": "rejection", "company": "Rheinmain Hotels",
    "contact": "katrin.albers@rheinmain-hotels.example.de", "lang": "de",
    "sender": ("Rheinmain Hotels Karriere", "noreply@softgarden.io"),
    "reply_to": ("Katrin Albers", "katrin.albers@rheinmain-hotels.example.de"),
    "subject": "Rückmeldung zu Ihrem Vorstellungsgespräch",
    "date": "2026-05-19T15:07:33+02:00", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

nochmals herzlichen Dank für das angenehme Gespräch am vergangenen Dienstag in
unserem Haus am Main und für Ihre ausführliche Präsentation.

Nach reiflicher Überlegung haben wir uns entschieden, die Position als
Personalreferentin (m/w/d) mit einer anderen Bewerberin zu besetzen, die bereits
Erfahrung in der Hotellerie in Deutschland mitbringt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und würden uns
freuen, wenn Sie unsere Stellenangebote weiterhin verfolgen.

Mit freundlichen Grüßen

Katrin Albers
Leiterin Personal
Rheinmain Hotels AG
Mainkai 7, 60311 Frankfurt am Main
Vorstand: Thomas Vierling (Vors.), Dr. Ines Hagedorn
Aufsichtsratsvorsitzender: Peter Gundlach
Amtsgericht Frankfurt am Main HRB 55120
""",
    "html": ats_shell(
        paras(
            "Sehr geehrte Frau Kowalczyk-Reid,",
            "nochmals herzlichen Dank für das angenehme Gespräch am vergangenen Dienstag in unserem Haus "
            "am Main und für Ihre ausführliche Präsentation.",
            "Nach reiflicher Überlegung haben wir uns entschieden, die Position als Personalreferentin "
            "(m/w/d) mit einer anderen Bewerberin zu besetzen, die bereits Erfahrung in der Hotellerie in "
            "Deutschland mitbringt.",
            "Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und würden uns freuen, wenn "
            "Sie unsere Stellenangebote weiterhin verfolgen.",
            "Mit freundlichen Grüßen<br><br>Katrin Albers<br>Leiterin Personal<br>Rheinmain Hotels AG",
        ),
        title="Rheinmain Hotels", logo_src="https://rheinmain-hotels.example.de/img/rmh.png",
        logo_alt="Rheinmain Hotels", accent="#b08d57",
        footer="Rheinmain Hotels AG · Mainkai 7 · 60311 Frankfurt am Main<br>Vorstand: Thomas Vierling "
               "(Vors.), Dr. Ines Hagedorn · Aufsichtsratsvorsitzender: Peter Gundlach · Amtsgericht "
               "Frankfurt am Main HRB 55120<br>Diese E-Mail wurde über softgarden versendet.",
        pixel_src=pixel("t.softgarden.io", "rmh-rej"),
    ),
})

# 021 -- start-up founder, du-form, short
add({
    "scenario": "startup_du_absage", "kind": "rejection", "company": "Teamkompass",
    "contact": "jonas@teamkompass.example.de", "lang": "de",
    "sender": ("Jonas Weidlich", "jonas@teamkompass.example.de"),
    "subject": "Deine Bewerbung bei Teamkompass",
    "date": "2026-06-24T22:41:50+02:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": gmail_mid("teamkompass-absage"),
    "body": """\
Hey Hannah,

danke dir für deine Bewerbung als People & Culture Lead und sorry, dass du so
lange auf eine Antwort warten musstest – bei uns war die letzten Wochen einiges los.

Wir haben uns jetzt für jemand anderen entschieden, der schon ein Team in einem
deutschen Start-up aufgebaut hat und vor allem fließend Deutsch im Arbeitsalltag
spricht. Das war am Ende der Knackpunkt, nicht dein Profil.

Ich wünsch dir ganz viel Erfolg beim Wechsel ins HR – dein Anschreiben war
eines der besten, die ich dieses Jahr gelesen habe.

Viele Grüße aus Sachsenhausen
Jonas

--
Jonas Weidlich · Co-Founder & CEO
Teamkompass GmbH · Schweizer Str. 76 · 60594 Frankfurt
Amtsgericht Frankfurt HRB 127744 · GF: Jonas Weidlich, Mira Aksoy
""",
})

# 022 -- SuccessFactors: Stelle intern besetzt, ISO-8859-1 8bit, no-reply
add({
    "scenario": "stelle_intern_besetzt", "kind": "rejection", "company": "Klinikum Nidda-Taunus", "contact": "",
    "lang": "de",
    "sender": ("Klinikum Nidda-Taunus Karriere", "noreply@successfactors.eu"),
    "subject": "Information zu Ihrer Bewerbung (Stellen-ID 4471)",
    "date": "2026-04-02T07:55:10+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

wir bedanken uns für Ihre Bewerbung auf die Stelle

    Referent/in Personalentwicklung (m/w/d), Vollzeit, Stellen-ID 4471

und für das Interesse an unserem Klinikum.

Wir möchten Sie darüber informieren, dass die Position zwischenzeitlich intern
besetzt wurde. Das Auswahlverfahren ist damit abgeschlossen; Ihre Bewerbung kann
leider nicht weiter berücksichtigt werden.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen sechs Monate nach
Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen

Ihr Team Personalgewinnung
Klinikum Nidda-Taunus gGmbH
Zum Klinikum 1, 61169 Friedberg (Hessen)

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
})

# 023 -- speculative application declined by a family brewery, German Outlook chain
add({
    "scenario": "initiativbewerbung_brauerei", "kind": "rejection", "company": "Brauerei Hainbach",
    "contact": "s.roth@brauerei-hainbach.example.de", "lang": "de",
    "sender": ("Roth, Sabine", "s.roth@brauerei-hainbach.example.de"),
    "subject": "AW: Initiativbewerbung – Personalwesen",
    "date": "2026-02-04T14:19:27+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("hainbach-aw", "FR2P281MB1187"),
    "in_reply_to": hannah_mid("hainbach-initiativ"),
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

vielen Dank für Ihre Initiativbewerbung und Ihr Interesse an unserer Brauerei.

Wir sind ein Familienunternehmen mit rund 60 Mitarbeitenden; die Personalarbeit
liegt bei mir und unserem Steuerbüro. Eine Stelle im Personalbereich ist bei uns
derzeit nicht vorgesehen, und wir können Ihnen daher leider kein Angebot machen.

Ihre Unterlagen sende ich Ihnen hiermit zurück bzw. lösche sie aus unserem System.

Für Ihre Zukunft alles Gute – und vielleicht besuchen Sie uns ja einmal im Bräustüberl!

Freundliche Grüße

Sabine Roth
Kaufmännische Leitung

Brauerei Hainbach GmbH & Co. KG
Hainbacher Str. 12 · 63165 Mühlheim am Main
Tel. 06108 49 60 12
Persönlich haftende Gesellschafterin: Hainbach Verwaltungs-GmbH
Geschäftsführer: Georg Hainbach, Lukas Hainbach · Amtsgericht Offenbach HRA 4127

Von: Hannah Kowalczyk-Reid <hannah.kr@example.co.uk>
Gesendet: Montag, 26. Januar 2026 20:11
An: info@brauerei-hainbach.example.de
Betreff: Initiativbewerbung – Personalwesen

Sehr geehrte Damen und Herren,

ich bin Filialleiterin im Einzelhandel in Leeds und ziehe im Sommer nach
Frankfurt. Gerne möchte ich mich initiativ für eine Tätigkeit im
Personalwesen bewerben. Über die Einladung zu einem persönlichen Gespräch
würde ich mich sehr freuen.

Mit freundlichen Grüßen
Hannah Kowalczyk-Reid
""",
})

# ------------------------------------------------------------------ French
# 024 -- Paris consultancy, vous, ISO-8859-1, encoded display name and subject
add({
    "scenario": "cabinet_refus_vous", "kind": "rejection", "company": "Cabinet Lemaire & Associés",
    "contact": "e.marchal@lemaire-associes.example.fr", "lang": "fr",
    "sender": ("Élodie Marchal", "e.marchal@lemaire-associes.example.fr"),
    "subject": "Votre candidature : Chargée de relations sociales",
    "date": "2026-03-12T11:08:45+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Madame,

Nous vous remercions de l'intérêt que vous avez porté à notre cabinet et de la
candidature que vous nous avez adressée pour le poste de Chargée de relations
sociales.

Après une étude attentive de votre dossier, nous avons le regret de vous informer
que votre candidature n'a pas été retenue. Le poste requiert en effet une
pratique confirmée du droit social français et des instances représentatives du
personnel (CSE), que votre parcours, par ailleurs très intéressant, ne couvre pas
encore.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité plus en adéquation avec votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Élodie Marchal
Consultante senior
Cabinet Lemaire & Associés
14, rue de Châteaudun - 75009 Paris
Tél. : 01 84 96 02 31
""",
})

# 025 -- Teamtailor for a Paris retailer (SAS), HTML only
add({
    "scenario": "maison_retail_refus_html", "kind": "rejection", "company": "Maison Vautrin", "contact": "", "lang": "fr",
    "sender": ("Maison Vautrin Recrutement", "no-reply@teamtailor-mail.com"),
    "subject": "Suite à votre candidature chez Maison Vautrin",
    "date": "2026-04-28T09:40:12+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<img src="https://maisonvautrin.example.fr/static/mv-monogramme.png" alt="Maison Vautrin – Paris" '
        'width="120" style="display:block;margin-bottom:18px;">\n'
        + paras(
            "Bonjour Hannah,",
            "Merci pour votre candidature au poste de <b>HR Business Partner Boutiques</b> et pour "
            "l'intérêt que vous portez à Maison Vautrin.",
            "Après examen attentif de votre profil, nous sommes au regret de vous annoncer que nous "
            "ne donnerons pas suite à votre candidature. Nous avons privilégié des profils ayant déjà "
            "accompagné un réseau de boutiques en France.",
            "Nous vous souhaitons une belle continuation dans vos recherches.",
            "L'équipe Talents<br>Maison Vautrin",
        ),
        footer="Maison Vautrin SAS au capital de 2 400 000 € · 8, rue Saint-Florentin, 75001 Paris · "
               "RCS Paris 512 889 304<br>"
               f'<a href="{track("teamtailor-mail.com", "mv-rgpd")}" style="color:#8a8a99;">Gérer mes données (RGPD)</a>',
        accent="#1b1b1b", pixel_src=pixel("teamtailor-mail.com", "mv-open"),
    ),
})

# 026 -- start-up, tu, after an interview, missing accents in places
add({
    "scenario": "startup_tu_apres_entretien", "kind": "rejection", "company": "Peoplix",
    "contact": "bastien@peoplix.example.fr", "lang": "fr",
    "sender": ("Bastien Roux", "bastien@peoplix.example.fr"),
    "subject": "Re: Entretien People Ops",
    "date": "2026-06-05T18:56:31+02:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "mid": gmail_mid("peoplix-refus"),
    "in_reply_to": hannah_mid("peoplix-merci"),
    "body": """\
Salut Hannah,

Merci encore pour l'echange de mardi, c'etait vraiment sympa et Lea a adore ton
exemple sur la gestion des plannings en periode de soldes.

On a finalement decide de continuer avec un·e autre candidat·e, qui a deja gere
la paie et les DPAE en France — c'est un point qu'on ne peut pas former en
interne pour l'instant. Je prefere te le dire franchement plutot que de te
laisser sans nouvelles.

Si tu repasses par Paris, on t'offre un cafe avec plaisir.

Bonne continuation !
Bastien

Le mer. 3 juin 2026 à 08:12, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> a écrit :
> Bonjour Bastien,
> Merci pour l'entretien d'hier, j'ai beaucoup apprécié d'échanger avec vous deux.
> Hannah
""",
})

# 027 -- hotel group, no accents at all, plain ASCII
add({
    "scenario": "poste_pourvu_sans_accents", "kind": "rejection", "company": "Groupe Hotelier Vauban",
    "contact": "rh.recrutement@hotels-vauban.example.fr", "lang": "fr",
    "sender": ("RH Groupe Vauban", "rh.recrutement@hotels-vauban.example.fr"),
    "subject": "Candidature Responsable RH - Lille / Paris",
    "date": "2026-02-23T16:31:09+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Bonjour Madame Kowalczyk-Reid,

Nous accusons reception de votre candidature et vous en remercions.

Malheureusement le poste de Responsable RH a ete pourvu la semaine derniere et
nous ne sommes pas en mesure de donner une suite favorable a votre demande.

Nous gardons votre CV dans notre vivier et n'hesiterons pas a vous recontacter.
Pour toute question vous pouvez repondre directement a ce message.

Cordialement,

Nathalie Brevet
Service Recrutement
Groupe Hotelier Vauban
3 place du Concert - 59800 Lille
""",
})

# 028 -- recruitment suspended, SmartRecruiters, windows-1252, alternative
add({
    "scenario": "gel_recrutement", "kind": "rejection", "company": "Fromageries Delorme", "contact": "", "lang": "fr",
    "sender": ("Fromageries Delorme - Talents", "fromageriesdelorme@smartrecruiters.com"),
    "subject": "Poste de Chargée RH – information",
    "date": "2026-07-16T12:02:44+02:00", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Madame,",
            "Vous avez postulé au poste de <b>Chargé(e) RH – site de Rungis</b> et nous vous en remercions.",
            "Nous sommes au regret de vous informer qu’à la suite d’une réorganisation interne, le "
            "recrutement pour ce poste est suspendu et nous ne poursuivrons pas le processus de "
            "sélection. Votre candidature est donc close.",
            "Nous vous remercions de votre compréhension et vous souhaitons pleine réussite dans vos "
            "projets professionnels.",
            "La Direction des Ressources Humaines<br>Fromageries Delorme",
        ),
        title="Fromageries Delorme", logo_src="https://delorme.example.fr/logo-delorme-1921.png",
        logo_alt="Fromageries Delorme depuis 1921", accent="#c8a24a",
        footer="Fromageries Delorme SA · 2, avenue des Halles · 94150 Rungis · RCS Créteil 330 147 882<br>"
               "Ne répondez pas à ce message, cette adresse n’est pas consultée.<br>"
               f'<a href="{track("smrtr.io", "fd-unsub")}" style="color:#7a7a7a;">Se désinscrire des alertes</a>',
        pixel_src=pixel("smrtr.io", "fd-open"),
    ),
})

# ------------------------------------------------------------------ Spanish
# 029 -- Spanish hotel group with hotels in London and Dublin; usted; ISO-8859-1
add({
    "scenario": "hotelera_usted_descartada", "kind": "rejection", "company": "Grupo Alcaraz Hoteles",
    "contact": "seleccion@grupoalcaraz.example.com", "lang": "es",
    "sender": ("Selección Grupo Alcaraz", "seleccion@grupoalcaraz.example.com"),
    "subject": "Proceso de selección: Responsable de RR. HH. (Londres)",
    "date": "2026-05-21T13:44:56+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Estimada Sra. Kowalczyk-Reid:

Le agradecemos el interés mostrado en formar parte de Grupo Alcaraz Hoteles y el
tiempo dedicado a su candidatura para el puesto de Responsable de RR. HH. en
nuestro hotel de Londres (Southwark).

Lamentamos comunicarle que, tras valorar detenidamente todos los perfiles, su
candidatura no ha sido seleccionada para continuar en el proceso. Hemos optado
por perfiles con experiencia previa en la gestión de personas en el sector
hotelero.

Guardaremos sus datos durante doce meses para futuros procesos, salvo que nos
indique lo contrario. Si tiene cualquier duda, no dude en escribirnos a esta
misma dirección.

Reciba un cordial saludo,

Departamento de Selección
Grupo Alcaraz Hoteles, S.L.
Passeig Mallorca 18, 07012 Palma
""",
})

# 030 -- Madrid HR-tech start-up, tú, base64 UTF-8
add({
    "scenario": "startup_tu_es", "kind": "rejection", "company": "Plantilla",
    "contact": "marta.iglesias@plantilla.example.com", "lang": "es",
    "sender": ("Marta Iglesias", "marta.iglesias@plantilla.example.com"),
    "subject": "Tu candidatura para Customer People Partner",
    "date": "2026-07-08T10:26:18+02:00", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "body": """\
¡Hola, Hannah!

Muchas gracias por tu tiempo la semana pasada y por contarnos con tanto detalle
cómo organizaste las plantillas de verano en tus tiendas de Leeds.

Te escribo para decirte que hemos decidido seguir con otros perfiles para el
puesto de Customer People Partner. Buscamos a alguien que ya haya trabajado con
clientes de hostelería en España y eso ha pesado mucho en la decisión final.

Nos ha encantado conocerte y ojalá coincidamos más adelante. Te dejo abierta la
puerta para cuando abramos oficina en Londres.

Un abrazo,
Marta

Marta Iglesias · Talent & Culture · Plantilla
Calle de Fuencarral 121, 28010 Madrid
""",
})

# 031 -- one line from a phone, Spanish "El ... escribió" quote; company only in the domain
add({
    "scenario": "una_linea_movil_es", "kind": "rejection", "company": "Calzados Iturbe",
    "contact": "aitor@calzadositurbe.example.com", "lang": "es",
    "sender": ("Aitor", "aitor@calzadositurbe.example.com"),
    "subject": "Re: Entrevista",
    "date": "2026-05-16T20:11:05+02:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "mid": apple_mid("iturbe-linea"),
    "in_reply_to": hannah_mid("iturbe-pregunta"),
    "body": """\
Hannah, al final nos quedamos con otra candidata. Gracias y mucha suerte!!

Enviado desde mi iPhone

> El 12 may 2026, a las 10:14, Hannah Kowalczyk-Reid <hannah.kr@example.co.uk> escribió:
>
> Hola Aitor:
> Muchas gracias por la entrevista del lunes para la tienda de Regent Street.
> Quedo a la espera de vuestras noticias.
> Un saludo,
> Hannah
""",
})
