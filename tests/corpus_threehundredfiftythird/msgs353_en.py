"""English job mail (Edinburgh): Thistle & Quill Books, Inkwell Search (Bramble Lane Press and
an unnamed client), Lothian Reading Network, Canny Learning Toys, Scottish Story Trust,
Greyfriars Bookshops."""

from __future__ import annotations

from msgs353_common import CAND, CAND_SIG_EN, Spec, m

FIONA = ("Fiona MacLeod", "fiona.macleod@thistlequill.example.co.uk")
CALLUM = ("Callum Reid", "callum@inkwellsearch.example.co.uk")
PRIYA = ("Priya Raman", "priya.raman@lothianreading.example.org.uk")
EILIDH = ("Eilidh Fraser", "eilidh.fraser@storytrust.example.org.uk")
TOM = ("Tom Beattie", "tom.beattie@greyfriarsbooks.example.co.uk")

INKWELL_SIG = (
    "Callum Reid\nDirector | Inkwell Search\nChildren's & Educational Publishing Recruitment\n"
    "12 Thistle Street, Edinburgh EH2 1EN | +44 131 496 0718\n\n"
    "This email and any attachments are confidential and intended solely for the addressee. "
    "Inkwell Search is a trading name registered in Scotland.\n"
)
THISTLE_ICS = {"uid": "ashby-5521-thistle@thistlequill.example.co.uk", "tz": "Europe/London",
               "summary": "Interview: Marisol Etxeberria Quaye - Editorial Assistant (Picture "
                          "Books)", "location": "Zoom (link in description)",
               "organizer": FIONA, "prodid": "-//Ashby//Scheduling//EN",
               "description": "Panel: Fiona MacLeod, Duncan Stewart"}

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- Thistle & Quill
    m("thistle_ack", "application_received", "en",
      ("Thistle & Quill Books", "no-reply@ashbyhq.com"),
      "Thanks for applying to Thistle & Quill Books", "2026-05-04 09:12 +0000",
      "Hi Marisol,\n\n"
      "Thanks for applying for the Editorial Assistant (Picture Books) role at Thistle & Quill "
      "Books. We have received your application and our team will review it shortly.\n\n"
      "We read every application ourselves, so it can take up to three weeks to hear back.\n\n"
      "All the best,\nThe Thistle & Quill team\n",
      company="Thistle & Quill Books", fmt="alt", cte="7bit"),
    m("thistle_invite", "interview_invitation", "en",
      ("Fiona MacLeod via Ashby", "no-reply@ashbyhq.com"),
      "Interview invitation: Editorial Assistant (Picture Books)", "2026-05-19 14:03 +0000",
      "Hi Marisol,\n\n"
      "Great news: we'd love to invite you to a first-round interview for the Editorial "
      "Assistant (Picture Books) role. It will be a 45-minute video call with me and Duncan "
      "Stewart, our Publisher.\n\n"
      "Please pick a time that suits you using the link below:\n"
      "https://app.ashbyhq.example/schedule/thistle/ea-picture-books\n\n"
      "If none of the times work, just reply and I'll sort something out.\n\n"
      "Best,\nFiona MacLeod\nPeople & Culture, Thistle & Quill Books\n",
      company="Thistle & Quill Books", contact=FIONA[1], reply_to=FIONA, fmt="alt"),
    m("thistle_moved", "interview_reschedule_or_cancel", "en", FIONA,
      "Updated invitation: Interview - Editorial Assistant (Picture Books)",
      "2026-05-26 08:47 +0100",
      "Hi Marisol,\n\n"
      "Apologies for the shuffle. Duncan has been called to a sales conference in London on "
      "Thursday, so I've moved our interview from Thursday 28 May, 10:00 to Friday 29 May, "
      "11:30 (UK time). The updated calendar invitation is attached and the Zoom link stays "
      "the same.\n\nThanks for bearing with us,\nFiona\n",
      company="Thistle & Quill Books", contact=FIONA[1], fmt="alt", cte="7bit",
      ics={**THISTLE_ICS, "method": "REQUEST", "start": "20260529T113000",
           "end": "20260529T121500", "seq": 1}),
    m("thistle_own_thanks", "other", "en", CAND,
      "Thank you - Editorial Assistant interview", "2026-05-29 15:02 +0200",
      "Dear Fiona,\n\nThank you for the conversation this morning, and please pass my thanks "
      "to Duncan. I especially enjoyed hearing about the dual-language board books.\n\n"
      + CAND_SIG_EN,
      to=FIONA, cte="7bit"),
    m("thistle_no", "rejection", "en", FIONA,
      "Re: Thank you - Editorial Assistant interview", "2026-06-09 16:30 +0100",
      "Dear Marisol,\n\n"
      "Thank you again for your time and for your lovely note. We really enjoyed meeting you.\n"
      "\nI'm sorry to say that we won't be taking your application further on this occasion. "
      "We had a very strong shortlist and decided to offer the role to a candidate with "
      "several years' UK publishing experience.\n\n"
      "I hope our paths cross again, perhaps at the Book Festival in August.\n\n"
      "Kind regards,\nFiona MacLeod\nPeople & Culture | Thistle & Quill Books\n"
      "3 Dean Path, Edinburgh EH4 3BG\n",
      company="Thistle & Quill Books", contact=FIONA[1], parent="thistle_own_thanks",
      quote="reply", cte="7bit", flowed=True),
    # ---------------------------------------------------------------- Inkwell Search
    m("bramble_invite", "interview_invitation", "en", CALLUM,
      "Bramble Lane Press - meeting with the Publisher", "2026-06-22 11:05 +0100",
      "Hi Marisol,\n\n"
      "Good news from Bramble Lane Press. Having read your CV and the reader's report you "
      "wrote for me, their Publisher, Agnes Whyte, would like to meet you for an interview "
      "for the Junior Editor (Early Readers) role.\n\n"
      "She has suggested Wednesday 1 July at 2pm UK time, on Teams. Could you let me know "
      "today or tomorrow if that works?\n\nBest,\n" + INKWELL_SIG,
      company="Bramble Lane Press", contact=CALLUM[1], fmt="alt", cte="quoted-printable"),
    m("bramble_no", "rejection", "en", CALLUM,
      "RE: Bramble Lane Press - meeting with the Publisher", "2026-07-08 17:51 +0100",
      "Hi Marisol,\n\n"
      "I've had feedback from Agnes. She liked you a great deal and thought your classroom "
      "insight was unusual, but they've decided to go with a candidate who already works in "
      "an Edinburgh imprint and can start immediately. So it's a no this time, I'm afraid.\n\n"
      "I'll keep you in mind - something in educational publishing is coming up in the "
      "autumn.\n\n" + INKWELL_SIG,
      company="Bramble Lane Press", contact=CALLUM[1], parent="bramble_invite",
      quote="outlook", cte="quoted-printable"),
    m("inkwell_missed", "missed_interview_notice", "en", CALLUM,
      "Missed you on our call", "2026-09-10 10:24 +0100",
      "Hi Marisol,\n\n"
      "I tried you on +34 645 218 907 at 10:00 as we'd arranged, to talk through the "
      "children's non-fiction role with my client (a well-known independent publisher here - "
      "I can share the name once we've spoken), but it went straight to voicemail.\n\n"
      "Shall we try again tomorrow at the same time?\n\nCallum\n\n" + INKWELL_SIG,
      company="Inkwell Search", contact=CALLUM[1], cte="7bit"),
    # ---------------------------------------------------------------- Lothian Reading Network
    m("lothian_ack", "application_received", "en",
      ("Lothian Reading Network Careers", "noreply@icims.com"),
      "Application received - Children's Reading Development Officer (Req 2026-0311)",
      "2026-02-02 18:22 +0000",
      "Dear Marisol,\n\n"
      "Thank you for your interest in the Children's Reading Development Officer position "
      "(Req 2026-0311). This email confirms that your application was received.\n\n"
      "Due to the volume of applications we receive, we are unable to respond to every "
      "applicant individually. If your skills and experience match our requirements, a member "
      "of the recruitment team will contact you.\n\n"
      "Lothian Reading Network\nThis is an automated message; please do not reply.\n",
      company="Lothian Reading Network", fmt="html", cte="quoted-printable"),
    m("lothian_assessment", "interview_invitation", "en",
      ("Lothian Reading Network Careers", "noreply@icims.com"),
      "Invitation to assessment centre - Children's Reading Development Officer",
      "2026-02-24 12:00 +0000",
      "Dear Marisol,\n\n"
      "We are pleased to invite you to the assessment centre for the Children's Reading "
      "Development Officer post.\n\n"
      "Date: Tuesday 10 March 2026\nTime: 09:30 - 15:00\n"
      "Venue: Central Children's Library, 7 George IV Bridge, Edinburgh\n\n"
      "The day includes a group exercise, a short storytelling session with a Primary 1 "
      "class and a panel interview. Remote attendance for the panel interview is possible "
      "for candidates based abroad; please tell Priya Raman by reply.\n\n"
      "Lothian Reading Network Recruitment\n",
      company="Lothian Reading Network", contact=PRIYA[1], reply_to=PRIYA, fmt="alt"),
    m("lothian_postponed", "interview_reschedule_or_cancel", "en", PRIYA,
      "Assessment centre postponed", "2026-03-05 15:40 +0000",
      "Dear Marisol,\n\n"
      "I am writing to let you know that the assessment centre scheduled for Tuesday 10 March "
      "has been postponed because of planned industrial action affecting the Central "
      "Library. We expect to hold it in the week of 23 March and will confirm the new date as "
      "soon as possible.\n\n"
      "Your application remains active and no action is needed from you.\n\n"
      "Kind regards,\nPriya Raman\nRecruitment Adviser | Lothian Reading Network\n",
      company="Lothian Reading Network", contact=PRIYA[1], charset="iso-8859-1",
      cte="quoted-printable"),
    m("lothian_no", "rejection", "en",
      ("Lothian Reading Network Careers", "noreply@icims.com"),
      "Your application - Children's Reading Development Officer", "2026-04-07 09:00 +0000",
      "Dear Marisol,\n\n"
      "Thank you for attending the assessment centre. After careful consideration the panel "
      "has decided not to progress your application further. The post has been offered to "
      "another candidate.\n\n"
      "We appreciate the time you invested and wish you every success.\n\n"
      "Lothian Reading Network Recruitment\n",
      company="Lothian Reading Network", fmt="alt", cte="base64"),
    # ---------------------------------------------------------------- Canny Learning Toys
    m("canny_ack", "application_received", "en",
      ("Canny Learning Toys", "noreply@workablemail.com"),
      "Canny Learning Toys: we've got your application", "2026-03-16 07:31 +0000",
      "Hi Marisol,\n\n"
      "Thanks for applying for Early Years Content Designer at Canny Learning Toys. Your "
      "application has been received, and our hiring team will take a look.\n\n"
      "Cheers,\nCanny Learning Toys Hiring Team\n",
      company="Canny Learning Toys", fmt="html"),
    m("canny_no", "rejection", "en",
      ("Canny Learning Toys", "noreply@workablemail.com"),
      "Your application for Early Years Content Designer", "2026-03-30 10:12 +0000",
      "Hi Marisol,\n\n"
      "Thank you for your interest in Canny Learning Toys. Unfortunately we will not be "
      "moving forward with your application, as we have decided to proceed with candidates "
      "whose experience more closely matches our current needs.\n\n"
      "We wish you the very best in your search.\n\nCanny Learning Toys Hiring Team\n",
      company="Canny Learning Toys", fmt="alt", cte="quoted-printable"),
    # ---------------------------------------------------------------- Scottish Story Trust
    m("storytrust_ack", "application_received", "en",
      ("Scottish Story Trust", "notifications@bamboohr.com"),
      "Scottish Story Trust received your application", "2026-07-13 13:00 +0000",
      "Hello Marisol,\n\nThank you for applying for Family Learning Programme Officer. We have "
      "received your application and will be in touch if you are selected for the next "
      "stage.\n\nWarmly,\nScottish Story Trust\n",
      company="Scottish Story Trust", fmt="alt"),
    m("storytrust_invite", "interview_invitation", "en", EILIDH,
      "Interview - Family Learning Programme Officer", "2026-07-27 10:18 +0100",
      "Dear Marisol,\n\n"
      "Thank you for your application. We would like to invite you to interview on Thursday "
      "6 August at 14:00 (UK time) by video. The panel will be Morag Kerr (Chief Executive) "
      "and me. We will ask you to talk for five minutes about a family reading session you "
      "have led.\n\nPlease confirm by replying to this email.\n\n"
      "With best wishes,\nEilidh Fraser\nProgrammes Manager\nScottish Story Trust, "
      "Edinburgh\nScottish Charity No. SC0XXXXX\n",
      company="Scottish Story Trust", contact=EILIDH[1], cte="8bit"),
    m("storytrust_cancel", "interview_reschedule_or_cancel", "en", EILIDH,
      "Re: Interview - Family Learning Programme Officer", "2026-08-04 17:09 +0100",
      "Dear Marisol,\n\n"
      "I'm very sorry, but we have to cancel Thursday's interview: Morag is unwell this "
      "week. We will be back in touch to rearrange as soon as she is back - we're still very "
      "keen to speak to you.\n\nApologies again,\nEilidh\n",
      company="Scottish Story Trust", contact=EILIDH[1], parent="storytrust_invite",
      quote="reply", cte="7bit"),
    m("storytrust_no", "rejection", "en", EILIDH,
      "Family Learning Programme Officer - update", "2026-08-25 12:30 +0100",
      "Dear Marisol,\n\n"
      "I'm writing with an update that I'm sorry to send. Following a funding review by our "
      "board, the Family Learning Programme Officer post has been withdrawn for this year, "
      "and so we will not proceed with the rearranged interviews.\n\n"
      "Thank you for your patience and interest in the Trust.\n\nEilidh\n",
      company="Scottish Story Trust", contact=EILIDH[1], fmt="alt", cte="7bit"),
    # ---------------------------------------------------------------- Greyfriars Bookshops
    m("greyfriars_invite", "interview_invitation", "en", TOM,
      "Children's Bookseller - trial shift and chat", "2026-09-01 13:44 +0100",
      "Hi Marisol,\n\n"
      "Thanks for applying through our careers site. I manage the children's floor at our "
      "Grassmarket shop. Would you be able to come in for a two-hour trial shift and an "
      "informal interview on Tuesday 8 September at 10am? You mentioned you'll be in "
      "Edinburgh that week.\n\nCheers,\nTom Beattie\nChildren's Manager, Greyfriars "
      "Bookshops\n",
      company="Greyfriars Bookshops", contact=TOM[1], cte="7bit"),
    m("greyfriars_missed", "missed_interview_notice", "en", TOM,
      "Trial shift this morning", "2026-09-08 11:15 +0100",
      "Hi Marisol,\n\n"
      "We were expecting you at 10 this morning for the trial shift, but there was no sign of "
      "you, and I couldn't get through on your mobile. Hope all is OK.\n\n"
      "Let me know what happened.\n\nTom\n",
      company="Greyfriars Bookshops", contact=TOM[1], parent="greyfriars_invite",
      quote="reply", cte="7bit"),
    m("greyfriars_no", "rejection", "en",
      ("Greyfriars Bookshops Recruitment", "greyfriars@taleo.net"),
      "Greyfriars Bookshops - Children's Bookseller (Grassmarket)", "2026-09-22 08:00 +0000",
      "Dear Marisol Etxeberria Quaye,\n\n"
      "Thank you for your interest in the Children's Bookseller position. We regret to "
      "inform you that we have filled the position and your application will not be "
      "considered further.\n\n"
      "Sincerely,\nGreyfriars Bookshops Recruitment\n",
      company="Greyfriars Bookshops", fmt="html", cte="base64"),
]
