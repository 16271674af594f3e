"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices (10),
written one by one, with three text/calendar messages (a REQUEST, a SEQUENCE update, a CANCEL)."""

from __future__ import annotations

from msgs131_common import ats_card, gmail_html, outlook_html

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- interview invitations

add({
    "name": "greenhouse_panel_invite", "kind": "interview_invitation", "company": "Tidewell",
    "contact": "corrin.haughey@tidewell.example.com", "lang": "en",
    "frm": ("Corrin Haughey via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Corrin Haughey", "corrin.haughey@tidewell.example.com"),
    "subject": "Next steps with Tidewell: pick a time for your panel",
    "date": "2026-02-10 10:26 +0000", "structure": "html",
    "html": ats_card("""<p>Hi Aoife,</p>
<p>Thanks for chatting with me on Friday &ndash; I really enjoyed hearing about the reading programme you built
for your fifth class. I'm delighted to say the team would like to move you forward to a
<strong>panel interview</strong> for the Instructional Designer (Curriculum) role.</p>
<p><b>What to expect</b><br>
&bull; 60 minutes on Google Meet with Ruth Okonjo (Head of Learning) and Declan Fahy (Senior Designer)<br>
&bull; 20 minutes of that is you walking us through a piece of learning you've designed &ndash; a lesson
plan or a Rise module is perfect, nothing needs to be polished<br>
&bull; the rest is a conversation, plus time for your questions</p>
<p style="margin:24px 0"><a href="https://app.greenhouse.io/scheduling/candidate/9c51e0b2?utm_medium=email" style="background:#00857c;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px;font-weight:bold">Choose your interview time</a></p>
<p>Slots are open from 17 to 20 February. If none of them work, just reply to this email and I'll sort something out.</p>
<p>Talk soon,<br>Corrin<br><span style="color:#7b8794">Talent Partner, Tidewell</span></p>""",
        brand="Tidewell", accent="#00857c",
        logo="https://s3.amazonaws.com/grnhse-email/tidewell/logo_tidewell_280.png",
        footer="""Tidewell, The Digital Hub, Thomas Street, Dublin 8.<br>
Powered by <a href="https://www.greenhouse.io/?utm_source=candidate_email" style="color:#7b8794">Greenhouse</a>.
<a href="https://app.greenhouse.io/privacy/tidewell" style="color:#7b8794">Privacy policy</a>""",
        track="https://links.greenhouse-mail.io/wf/open?upn=u001.Q2hY7zX0c4"),
})

add({
    "name": "phone_screen_in_house", "kind": "interview_invitation", "company": "Lumen Skills",
    "contact": "grainne.foley@lumenskills.example.ie", "lang": "en",
    "frm": ("Gráinne Foley", "grainne.foley@lumenskills.example.ie"), "hcharset": "iso-8859-1",
    "subject": "Learning Designer role - quick call?",
    "date": "2026-01-15 09:12 +0000", "structure": "plain",
    "text": """Hi Aoife,

Thanks for applying for our Learning Designer role through Jobnest. I've had a look at your CV
and portfolio and I'd love to have a first chat.

It'd be a 20-30 minute phone call with me, nothing too formal: a bit about your move out of
teaching, what you've built so far, and what you're looking for. Then I'll tell you more about
Lumen and how the team works.

Would any of these suit?
 - Monday 19 Jan, 10:00 or 14:30
 - Tuesday 20 Jan, 11:00

If so, just let me know the best number to reach you on.

Thanks,
Gráinne

Gráinne Foley
Talent Acquisition Lead
Lumen Skills | 28 Fitzwilliam Place, Dublin 2
M: +353 87 555 1932
""",
})

add({
    "name": "outlook_calendar_request", "kind": "interview_invitation", "company": "Harbourline Energy",
    "contact": "mark.devlin@harbourline.example.ie", "lang": "en",
    "frm": ("Mark Devlin", "mark.devlin@harbourline.example.ie"),
    "subject": "Interview: Learning & Development Specialist - Aoife Nakamura-Byrne",
    "date": "2026-04-14 15:48 +0100", "structure": "cal",
    "msgid": "<DU0PR02MB9961E0A3C1B84FAA9C7E3B1DB96A2@DU0PR02MB9961.eurprd02.prod.example.com>",
    "text": """Hi Aoife,

Following your application for the Learning & Development Specialist post, we'd like to invite you
to interview. I've sent this as a calendar invitation so it lands in your diary.

Tuesday 21 April 2026, 10:00 - 11:00 (Irish time)
Harbourline Energy, Penrose Wharf, Cork (ask for me at reception)
Panel: Mark Devlin (L&D Manager) and Yvonne Crowley (HR Business Partner)

We'll ask you to spend the first ten minutes talking us through how you would turn a dry
safety procedure into a short e-learning module. No slides needed.

Please accept the invitation or let me know if the time doesn't work.

Regards,
Mark

Mark Devlin
Learning & Development Manager
Harbourline Energy
Penrose Wharf, Cork T23 XK62 | +353 21 555 4410
Harbourline Energy DAC, registered in Ireland No. 598812.
""",
    "calendar": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000080F1B2C3D4CA01000000000000000010000000AB17F",
                  "organizer": ("Mark Devlin", "mark.devlin@harbourline.example.ie"),
                  "attendees": [("Yvonne Crowley", "yvonne.crowley@harbourline.example.ie")],
                  "summary": "Interview: L&D Specialist - Aoife Nakamura-Byrne",
                  "start": "20260421T090000Z", "end": "20260421T100000Z", "stamp": "20260414T144800Z",
                  "location": "Harbourline Energy, Penrose Wharf, Cork - Meeting Room 3",
                  "description": "Interview for the Learning & Development Specialist post.\nPanel: Mark Devlin, Yvonne Crowley.",
                  "sequence": 0},
})

add({
    "name": "workday_teams_video", "kind": "interview_invitation", "company": "Kilbride Foods", "contact": "", "lang": "en",
    "frm": ("Kilbride Foods Careers", "kilbridefoods@myworkday.com"),
    "subject": "Invitation to interview - Learning Content Designer",
    "date": "2026-01-26 12:03 +0000", "structure": "html", "html_cte": "quoted-printable",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>We are pleased to invite you to a video interview for the position of <b>Learning Content Designer</b>
(R-1907) within our Group Learning &amp; Development team.</p>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d9e2ec;margin:12px 0;font-size:14px">
<tr><td style="color:#7b8794">Date</td><td><b>Wednesday 4 February 2026</b></td></tr>
<tr><td style="color:#7b8794">Time</td><td><b>14:00 &ndash; 14:45 (GMT)</b></td></tr>
<tr><td style="color:#7b8794">Format</td><td>Microsoft Teams (link below)</td></tr>
<tr><td style="color:#7b8794">Interviewers</td><td>Aisling Murray, L&amp;D Lead; Conor Walsh, Talent Acquisition</td></tr>
</table>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_kilbride_r1907/0?context=candidate" style="color:#c1121f">Join the Microsoft Teams meeting</a></p>
<p>Please confirm your attendance by clicking <a href="https://kilbridefoods.wd3.myworkday.com/en-US/Kilbride/confirm?ev=44519" style="color:#c1121f">Confirm interview</a>
in your candidate home. You will be asked competency-based questions about planning, stakeholder management and
evaluating learning.</p>
<p>We look forward to speaking with you.</p>
<p>Kind regards,<br>Kilbride Foods Talent Acquisition</p>""",
        brand="Kilbride Foods", accent="#c1121f",
        logo="https://kilbridefoods.wd3.myworkday.com/kilbride/assets/logo/kf_email.png",
        footer="""Kilbride Foods plc, Kilbride Business Park, Naas Road, Dublin 22. Registered in Ireland No. 187770.<br>
This is an automated email from an unattended mailbox. For assistance use the Help link in your candidate home.""",
        track="https://kilbridefoods.wd3.myworkday.com/wday/email/open?id=c0ffee1907"),
})

add({
    "name": "agency_exclamations_named_client", "kind": "interview_invitation", "company": "Oakridge College",
    "contact": "danny@sparkrecruitment.example.co.uk", "lang": "en",
    "frm": ("Danny Costello - Spark Recruitment", "danny@sparkrecruitment.example.co.uk"),
    "subject": "GREAT NEWS - Oakridge College want to meet you!!",
    "date": "2026-05-05 16:34 +0100", "structure": "plain",
    "text": """Aoife!!

Fantastic news - Oakridge College LOVED your CV and want to interview you for the Digital Learning
Developer role!! I knew your Storyline portfolio would do it!!

Details:
*** Tuesday 12th May, 11am ***
Oakridge College, Whitworth Street campus, Manchester - ask for Helen Park at main reception
Format: 45 mins with Helen (Head of Digital Learning) + one of the curriculum managers
They'll want you to show them ONE e-learning piece you're proud of - bring it on a laptop

Can you confirm by tomorrow lunchtime?? I'll call you Monday evening to prep - we'll go through
their values and the questions they always ask!!

Speak soon,
Danny

Danny Costello
Senior Consultant - Education
Spark Recruitment | Manchester | Leeds
0161 555 0346
Spark Recruitment Ltd. Registered in England & Wales No. 10443212.
""",
})

add({
    "name": "headhunter_confidential_client", "kind": "interview_invitation", "company": "Pennine Search",
    "contact": "priya.raman@penninesearch.example.co.uk", "lang": "en",
    "frm": ("Priya Raman", "priya.raman@penninesearch.example.co.uk"),
    "subject": "Confidential - first conversation",
    "date": "2026-03-23 08:55 +0000", "structure": "plain",
    "text": """Dear Aoife,

Thank you for sending over your CV on Friday.

I'm running a confidential search for a fast-growing edtech business in Manchester (I can't share
the name until the first stage, I'm afraid - they're replacing someone who doesn't know yet). I
would like to set up a first-stage interview for you with me, on their behalf, which is part of
their formal process: roughly 40 minutes by video, covering your design approach and a
competency section they've written themselves.

I have availability on Wednesday 25 March at 12:30 or Thursday 26 March at 09:00 (UK time).
Please let me know which suits and I'll send a Zoom link.

Kind regards,

Priya Raman
Principal Consultant, Learning & Talent Practice
Pennine Search
Bridgewater House, 58 Whitworth Street, Manchester M1 6LT
+44 161 555 0790 | penninesearch.example.co.uk
LinkedIn: linkedin.com/in/priyaraman-example
""",
})

add({
    "name": "university_panel_presentation", "kind": "interview_invitation", "company": "Lagan Valley University",
    "contact": "recruitment@laganvalley.example.co.uk", "lang": "en",
    "frm": ("Lagan Valley University Recruitment", "recruitment@laganvalley.example.co.uk"),
    "subject": "Invitation to Interview - Ref LVU/2026/118 Learning Technologist",
    "date": "2026-06-22 11:40 +0100", "structure": "alt",
    "msgid": "<LVU.2026.118.inv.3391@laganvalley.example.co.uk>",
    "text": """Dear Ms Nakamura-Byrne

Ref: LVU/2026/118 - Learning Technologist, Centre for Educational Development

I am pleased to inform you that you have been shortlisted for interview for the above post.

Date:     Thursday 2 July 2026
Time:     10:45 (please arrive by 10:30)
Venue:    Room 2.14, The Ashby Building, Stranmillis Road, Belfast BT9 5AH

Presentation: You are asked to give a 10-minute presentation on "How would you support academic
staff who are new to designing online courses?" A laptop and projector will be provided; please
bring your slides on a USB stick and email a copy to this address by 12 noon on 1 July.

Please bring with you original documents confirming your right to work in the UK and the
qualifications listed on your application.

Please reply to this email to confirm that you will attend, or to let us know of any reasonable
adjustments you require.

Yours sincerely

Recruitment Team
Human Resources
Lagan Valley University
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#003865;padding:12px 18px">
<img src="https://www.laganvalley.example.co.uk/media/brand/lvu-crest-white.png" alt="Lagan Valley University" height="40"></td></tr></table>
<p>Dear Ms Nakamura-Byrne</p>
<p><b>Ref: LVU/2026/118 - Learning Technologist, Centre for Educational Development</b></p>
<p>I am pleased to inform you that you have been shortlisted for interview for the above post.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td><b>Date:</b></td><td>Thursday 2 July 2026</td></tr>
<tr><td><b>Time:</b></td><td>10:45 (please arrive by 10:30)</td></tr>
<tr><td><b>Venue:</b></td><td>Room 2.14, The Ashby Building, Stranmillis Road, Belfast BT9 5AH</td></tr></table>
<p><b>Presentation:</b> You are asked to give a 10-minute presentation on &ldquo;How would you support academic
staff who are new to designing online courses?&rdquo; A laptop and projector will be provided; please
bring your slides on a USB stick and email a copy to this address by 12 noon on 1 July.</p>
<p>Please bring with you original documents confirming your right to work in the UK and the
qualifications listed on your application.</p>
<p>Please reply to this email to confirm that you will attend, or to let us know of any reasonable
adjustments you require.</p>
<p>Yours sincerely<br><br>Recruitment Team<br>Human Resources<br>Lagan Valley University</p>
<p style="font-size:11px;color:#777">Lagan Valley University is an exempt charity (NIC100932). This email may contain confidential information.
<a href="https://www.laganvalley.example.co.uk/jobs?utm_source=hr_email">jobs.laganvalley</a></p>
</body></html>
""",
})

add({
    "name": "council_competency_interview", "kind": "interview_invitation", "company": "Muskerry County Council",
    "contact": "s.nibhriain@muskerrycoco.example.ie", "lang": "en",
    "frm": ("Siobhán Ní Bhriain", "s.nibhriain@muskerrycoco.example.ie"), "hcharset": "iso-8859-1",
    "subject": "Competition MCC/26/14 - Training Officer (Digital Learning) - Interview",
    "date": "2026-07-01 14:05 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "msgid": "<4f1e9b2a7c0d4e55b1aa@muskerrycoco.example.ie>",
    "text": """A Chara,

Competition: MCC/26/14 Training Officer (Digital Learning) - Grade 5

I am directed by the Chief Executive to inform you that you have been shortlisted for
interview for the above position. Your interview will be held as follows:

   Date:   Friday, 10 July 2026
   Time:   11.30 a.m.
   Venue:  Council Chamber Annex, County Hall, Macroom, Co. Cork

The interview will be competency based and will last approximately 40 minutes. The
competencies assessed are those set out in the candidate information booklet (Delivery of
Results, Performance through People, Personal Effectiveness and Knowledge & Experience).

You will be required to produce photographic identification, original qualifications and
evidence of registration with the Teaching Council on the day.

Please confirm your attendance by reply to this email by Monday 6 July.

Is mise le meas,

Siobhán Ní Bhriain
Staff Officer, Human Resources
Muskerry County Council
County Hall, Macroom, Co. Cork P12 RK72
Tel: 026 55 40021
""",
})

add({
    "name": "charity_informal_chat", "kind": "interview_invitation", "company": "Second Chance Literacy Trust",
    "contact": "amara.okafor@secondchanceliteracy.example.org", "lang": "en",
    "frm": ("Amara Okafor", "amara.okafor@secondchanceliteracy.example.org"),
    "subject": "Hello from Second Chance - let's talk",
    "date": "2026-07-14 13:22 +0100", "structure": "plain",
    "text": """Dear Aoife,

Thank you so much for your application for our Digital Learning Coordinator post. Your letter
about teaching adult literacy evening classes in Limerick really struck a chord with us -- it's
exactly the learner we design for.

We'd like to invite you to an informal interview with me and our Programme Director, Ben
Sutherland. It's a relaxed conversation (about 45 minutes on Zoom) rather than a grilling, but
it is the first stage of our selection process, so do come ready to talk about one learning
resource you've made and how you knew whether it worked.

Could you do Tuesday 21 July at 2pm or Wednesday 22 July at 10am (UK time)?

Warm wishes,
Amara

Amara Okafor (she/her)
Head of Learning, Second Chance Literacy Trust
Unit 9, 14 Cambridge Heath Road, London E1 5QH
Registered charity no. 1188402 | Company limited by guarantee no. 11904472
""",
})

add({
    "name": "ashby_self_schedule", "kind": "interview_invitation", "company": "Quillmark",
    "contact": "tom.hartigan@quillmark.example.co.uk", "lang": "en",
    "frm": ("Quillmark Recruiting", "no-reply@ashbyhq.com"),
    "reply_to": ("Tom Hartigan", "tom.hartigan@quillmark.example.co.uk"),
    "subject": "Schedule your interview with Quillmark",
    "date": "2026-03-02 09:40 +0000", "structure": "html",
    "msgid": "<ashby.3f7e1c0a-9b2d-4c7a-8e55-quillmark-inv@ashbyhq.com>",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f7f7f8;margin:0;padding:28px 0">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,sans-serif;font-size:15px;line-height:1.55;color:#1c1c1e">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/quillmark.png" alt="Quillmark" height="30" style="margin-bottom:22px">
<p>Hi Aoife,</p>
<p>Tom here from Quillmark. Thanks for applying for the <b>Learning Experience Designer</b> role &mdash; we'd like
to invite you to a first interview with our Head of Content, Imogen Reyes.</p>
<p>It's a 45-minute video call. Please use the link below to choose a time that suits you; the calendar
shows times in your own time zone.</p>
<p style="text-align:center;margin:28px 0"><a href="https://jobs.ashbyhq.com/quillmark/interview/schedule/7c1e55?utm_source=ashby_email" style="display:inline-block;background:#4338ca;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:6px;font-weight:600">Select a time</a></p>
<p>Any questions, just hit reply.</p>
<p>Best,<br>Tom Hartigan<br><span style="color:#6b7280">Talent, Quillmark</span></p>
<p style="font-size:12px;color:#9ca3af;border-top:1px solid #eee;padding-top:16px;margin-top:28px">Quillmark Ltd &middot; 71 Shoreditch High Street, London E1 6JJ &middot; Registered in England No 12877310<br>
Sent with <a href="https://www.ashbyhq.com/?utm_source=candidate_email" style="color:#9ca3af">Ashby</a> &middot; <a href="https://jobs.ashbyhq.com/quillmark/privacy" style="color:#9ca3af">Privacy</a></p>
</div>
<img src="https://app.ashbyhq.com/email-tracking/open/7c1e55a0d2.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "mobile_terse_call", "kind": "interview_invitation", "company": "Fettle Learning",
    "contact": "dave@fettlelearning.example.co.uk", "lang": "en",
    "frm": ("Dave Pryce", "dave@fettlelearning.example.co.uk"),
    "subject": "ID role",
    "date": "2026-03-18 21:47 +0000", "structure": "plain",
    "msgid": "<A9F30C1B-5E2D-4D8B-B7C4-2F1E0D9C8B7A@fettlelearning.example.co.uk>",
    "text": """Hi Aoife - loved your portfolio. Can you do an interview call tmrw at 2 (UK)? 30 mins, me + Sam. Will send a Meet link.

Dave

Sent from my iPhone
""",
})

add({
    "name": "second_round_outlook_chain", "kind": "interview_invitation", "company": "Stonebridge Publishing",
    "contact": "ian.mcbride@stonebridgepub.example.co.uk", "lang": "en",
    "frm": ("Ian McBride", "ian.mcbride@stonebridgepub.example.co.uk"),
    "subject": "Following up",
    "date": "2026-02-20 12:18 +0000", "structure": "plain",
    "in_reply_to": "<CAOa9nB+stb0212aoife@mail.example.ie>",
    "text": """Hi Aoife,

Good to hear from you, and sorry for the silence - half the team was at the Bologna fair.

We'd like you to come back for a second-round interview for the Digital Resources Editor post.
This round is with me and our publisher, Kate Vaughan, and will run for about an hour at our
Edinburgh office (Canongate Venture, 5 New Street). Monday 2 March at 2pm or Tuesday 3 March at
10am - which would work better? We'll cover travel from Ireland, just keep receipts.

Please bring the phonics activity you mentioned at the first interview.

Best wishes,
Ian

Ian McBride | Commissioning Editor, Digital | Stonebridge Publishing
0131 555 0276

-----Original Message-----
From: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Sent: 12 February 2026 19:40
To: Ian McBride <ian.mcbride@stonebridgepub.example.co.uk>
Subject: Following up

Dear Ian,

I hope you're keeping well. I'm just following up on my interview for the Digital Resources
Editor role on 2 February. Unfortunately I was told by another publisher this week that they
have decided not to proceed with me, so I'm keen to know where things stand with Stonebridge
and whether any decision has been made.

Kind regards,
Aoife Nakamura-Byrne
""",
})

add({
    "name": "presentation_task_health", "kind": "interview_invitation", "company": "Tern Health Academy",
    "contact": "gemma.pryor@ternhealth.example.co.uk", "lang": "en",
    "frm": ("Gemma Pryor", "gemma.pryor@ternhealth.example.co.uk"),
    "subject": "Interview invitation – Digital Learning Designer",
    "date": "2026-08-03 16:10 +0100", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "msgid": "<LO2P265MB5104A1E97C3D2B8F7A6F4E12BBC07@LO2P265MB5104.GBRP265.PROD.example.com>",
    "text": """Dear Aoife,

Thank you for your application for the role of Digital Learning Designer at Tern Health Academy.
I’m pleased to invite you to interview on Wednesday 12 August at 13:30, at our office at
Tern House, 2 Hardman Boulevard, Manchester M3 3AQ.

The interview will have two parts:
1. A 15-minute presentation: “Design a 20-minute e-learning module to help newly qualified
   healthcare assistants recognise sepsis.” Please bring a storyboard or a short prototype.
2. A 45-minute interview with me and our Clinical Education Lead, Dr Farah Siddiqui.

Please confirm that you can attend and let me know if you need any adjustments.

Kind regards,

Gemma Pryor
Learning Operations Manager
Tern Health Academy
T: 0161 555 0912
www.ternhealth.example.co.uk
""",
    "html": outlook_html("""<p class="MsoNormal">Dear Aoife,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your application for the role of Digital Learning Designer at Tern Health Academy.
I’m pleased to invite you to interview on <b>Wednesday 12 August at 13:30</b>, at our office at
Tern House, 2 Hardman Boulevard, Manchester M3 3AQ.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The interview will have two parts:</p>
<ol style="margin-top:0cm"><li class="MsoNormal">A 15-minute presentation: “Design a 20-minute e-learning module to help newly qualified
healthcare assistants recognise sepsis.” Please bring a storyboard or a short prototype.</li>
<li class="MsoNormal">A 45-minute interview with me and our Clinical Education Lead, Dr Farah Siddiqui.</li></ol>
<p class="MsoNormal">Please confirm that you can attend and let me know if you need any adjustments.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#0F4C5C">Gemma Pryor</span></b><br>Learning Operations Manager<br>Tern Health Academy<br>
T: 0161 555 0912<br><a href="https://www.ternhealth.example.co.uk">www.ternhealth.example.co.uk</a></p>
<p class="MsoNormal"><img width="120" src="cid:image001.png@01DCF8A1.2B7E4C10" alt="Tern Health Academy logo"></p>""", charset="windows-1252"),
})

add({
    "name": "micro_teach_adult_learning", "kind": "interview_invitation", "company": "Clarion Adult Learning",
    "contact": "paddy.ryan@clarionlearning.example.ie", "lang": "en",
    "frm": ("Paddy Ryan", "paddy.ryan@clarionlearning.example.ie"),
    "subject": "Interview + micro-teach, Thurs 12th",
    "date": "2026-02-05 17:02 +0000", "structure": "plain",
    "text": """Aoife,

Good news on the Blended Learning Tutor post - we'd like to see you for interview.

Thursday 12 Feb, 3.15pm, Clarion Adult Learning, O'Connell Avenue, Limerick.

There are two bits to it. First a 10 minute micro-teach: teach us (three staff pretending to be
adult learners, God help you) something using one digital tool of your choice. Then a normal
interview, maybe 30 mins. Wifi is grand and there's a projector.

Text or ring me on 086 555 3321 if you're stuck, otherwise see you then.

Paddy Ryan
Centre Manager
Clarion Adult Learning CLG
""",
})

add({
    "name": "personio_berlin_in_english", "kind": "interview_invitation", "company": "Klarwerk Learning",
    "contact": "jana.wolff@klarwerk.example.de", "lang": "en",
    "frm": ("Klarwerk Learning", "no-reply@klarwerk.jobs.personio.de"),
    "reply_to": ("Jana Wolff", "jana.wolff@klarwerk.example.de"),
    "subject": "Klarwerk: let's meet! (Instructional Designer, remote)",
    "date": "2026-07-21 10:58 +0200", "structure": "html",
    "html": ats_card("""<p>Hi Aoife,</p>
<p>thank you for your application to Klarwerk! We read it with real interest and would like to invite you to a
first interview for the <b>Instructional Designer (English content, remote EU)</b> position.</p>
<p>The interview takes place via Google Meet and lasts about 45 minutes. You'll meet me and Henrik, our Lead
Learning Designer. We'll talk about your experience, how you approach a new topic you know nothing about,
and how you'd work with our German-speaking subject matter experts.</p>
<p>Please book a slot that suits you here:<br>
<a href="https://klarwerk.jobs.personio.de/interview-slots/4418?language=en" style="color:#0f766e">Book your interview slot</a></p>
<p>If none of the slots fit, simply reply to this email.</p>
<p>Best regards from Berlin,<br>Jana Wolff<br>People &amp; Culture | Klarwerk Learning</p>""",
        brand="Klarwerk Learning", accent="#0f766e",
        logo="https://klarwerk.jobs.personio.de/assets/company-logo/klarwerk.png",
        footer="""Klarwerk Learning GmbH · Torstraße 109 · 10119 Berlin · Amtsgericht Charlottenburg HRB 223104 B<br>
Geschäftsführer: Henrik Albers, Dr. Nora Esch ·
<a href="https://klarwerk.jobs.personio.de/privacy-policy?language=en" style="color:#7b8794">Privacy policy</a>""",
        track="https://klarwerk.jobs.personio.de/email/track/open/6a1f90.png"),
})

add({
    "name": "madrid_remote_english", "kind": "interview_invitation", "company": "Nubeaula",
    "contact": "lucia.ferrer@nubeaula.example.es", "lang": "en",
    "frm": ("Lucía Ferrer", "lucia.ferrer@nubeaula.example.es"), "hcharset": "utf-8",
    "subject": "Interview - Learning Designer (remote, English courses)",
    "date": "2026-08-25 12:36 +0200", "structure": "plain",
    "text": """Hi Aoife,

I'm Lucía, I lead the English-language course team at Nubeaula in Madrid. Thanks for your
application! We're building a catalogue of short teacher-training courses for Irish and UK
schools, so your profile caught our eye immediately.

I'd like to invite you to a video interview with me and Álvaro, our product manager. It will take
about an hour: 20 minutes on your experience, then we'll show you a draft module and ask you to
critique it live (don't prepare anything for that part).

Would Thursday 3 September at 11:00 Irish time (12:00 here) work? If not, send me two or three
options and we'll adapt.

Un saludo,
Lucía

--
Lucía Ferrer
Head of English Content
Nubeaula · Calle de Bravo Murillo 38, 28015 Madrid
""",
})

add({
    "name": "calendar_request_insurer", "kind": "interview_invitation", "company": "Kestrel Assurance",
    "contact": "owen.price@kestrelassurance.example.co.uk", "lang": "en",
    "frm": ("Owen Price", "owen.price@kestrelassurance.example.co.uk"),
    "subject": "Invitation: Interview - Aoife Nakamura-Byrne / Learning Designer @ Thu 11 Jun 2026 14:00 - 15:00 (BST)",
    "date": "2026-06-03 11:14 +0100", "structure": "cal",
    "msgid": "<calendar-8a6d2c1f-44b0-4f9e-b1d3-kestrel0611@google.example.com>",
    "text": """Owen Price has invited you to an event.

Interview - Aoife Nakamura-Byrne / Learning Designer
Thursday 11 June 2026 · 14:00 – 15:00 (British Summer Time)
Google Meet: https://meet.google.com/kst-rlbq-xpw

Hi Aoife, as discussed on the phone: this is your first interview for the Learning Designer role
in our Academy team. You'll meet me and Siân Hughes (Academy Lead). Looking forward to it!
Owen Price, Talent Acquisition Partner, Kestrel Assurance, Cardiff

Organizer: owen.price@kestrelassurance.example.co.uk
Guests: Siân Hughes, Aoife Nakamura-Byrne

Reply for aoife.nb@example.ie: Yes / No / Maybe

Invitation from Google Calendar
""",
    "calendar": {"method": "REQUEST", "uid": "4q8n1v0c2kestrel0611interview@google.example.com",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
                  "organizer": ("Owen Price", "owen.price@kestrelassurance.example.co.uk"),
                  "attendees": [("Siân Hughes", "sian.hughes@kestrelassurance.example.co.uk")],
                  "summary": "Interview - Aoife Nakamura-Byrne / Learning Designer",
                  "start": "20260611T130000Z", "end": "20260611T140000Z", "stamp": "20260603T101400Z",
                  "location": "Google Meet: https://meet.google.com/kst-rlbq-xpw",
                  "description": "First interview for the Learning Designer role (Academy team).\nWith Owen Price and Siân Hughes.",
                  "sequence": 0, "attach": True},
})

add({
    "name": "de_sie_bildungswerk", "kind": "interview_invitation", "company": "Bildungswerk Rhein-Main",
    "contact": "k.maurer@bildungswerk-rm.example.de", "lang": "de",
    "frm": ("Dr. Kerstin Maurer", "k.maurer@bildungswerk-rm.example.de"),
    "subject": "Einladung zum Vorstellungsgespräch – Referentin digitale Bildung", "hcharset": "iso-8859-1",
    "date": "2026-09-01 09:30 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "msgid": "<20260901073012.4C1A2F0B88@mail.bildungswerk-rm.example.de>",
    "text": """Sehr geehrte Frau Nakamura-Byrne,

vielen Dank für Ihre Bewerbung als Referentin für digitale Bildung (50 %, überwiegend remote).
Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.

Termin: Mittwoch, 9. September 2026, 14:00 Uhr (MESZ)
Ort: per Videokonferenz (Zoom), den Link erhalten Sie am Vortag
Gesprächspartnerinnen: Dr. Kerstin Maurer (Bereichsleitung), Anja Roth (Betriebsrat)

Bitte bereiten Sie eine kurze Vorstellung (ca. 10 Minuten) vor, wie Sie ein Präsenzseminar für
Ehrenamtliche in ein Blended-Learning-Format überführen würden. Das Gespräch führen wir auf
Deutsch, einzelne Teile gern auch auf Englisch.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Dr. Kerstin Maurer
Bereichsleitung Erwachsenenbildung

Bildungswerk Rhein-Main e.V.
Mainzer Landstraße 211, 60326 Frankfurt am Main
Telefon 069 5550 7214
Vereinsregister Frankfurt VR 11873 | Vorstand: Elke Hartmann, Georg Yilmaz
""",
})

add({
    "name": "de_du_softgarden_startup", "kind": "interview_invitation", "company": "Moduli",
    "contact": "tobias.brandt@moduli.example.de", "lang": "de",
    "frm": ("Moduli via softgarden", "noreply@moduli.softgarden.io"),
    "reply_to": ("Tobias Brandt", "tobias.brandt@moduli.example.de"),
    "subject": "Lass uns sprechen! 👋",
    "date": "2026-06-09 15:05 +0200", "structure": "html", "html_cte": "base64",
    "msgid": "<sg.moduli.2026-06-09.88312@softgarden.io>",
    "html": ats_card("""<p>Hallo Aoife,</p>
<p>vielen Dank für deine Bewerbung als <b>Instructional Designer:in (Remote, EN/DE)</b>! Dein Portfolio &ndash;
vor allem das Storyline-Modul zur Bruchrechnung &ndash; hat uns richtig gut gefallen.</p>
<p>Wir würden dich gern in einem ersten Video-Interview kennenlernen. Dabei sind Tobias (Head of Learning)
und Pia aus dem Content-Team. Plan ca. 45 Minuten ein, wir sprechen gern Englisch, wenn dir das lieber ist.</p>
<p><a href="https://moduli.softgarden.io/de/interview/select?token=2b88e1" style="background:#ff6b35;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Termin auswählen</a></p>
<p>Wenn keiner der Termine passt, antworte einfach auf diese Mail.</p>
<p>Bis bald!<br>Tobias &amp; das Moduli-Team</p>""",
        brand="Moduli", accent="#ff6b35", lang="de",
        logo="https://moduli.softgarden.io/assets/moduli_logo_mail.png",
        footer="""Moduli GmbH · Gerberstraße 7 · 04105 Leipzig · HRB 38821 (Amtsgericht Leipzig) · Geschäftsführung: Tobias Brandt, Kemal Aksoy<br>
<a href="https://moduli.softgarden.io/de/privacy" style="color:#7b8794">Datenschutz</a>""",
        track="https://moduli.softgarden.io/mail/pixel/2b88e1.gif"),
})

add({
    "name": "de_agency_named_client", "kind": "interview_invitation", "company": "Campus Digital Services",
    "contact": "m.lindner@brueckner-personal.example.de", "lang": "de",
    "frm": ("Markus Lindner", "m.lindner@brueckner-personal.example.de"), "hcharset": "utf-8",
    "subject": "Vorstellungsgespräch Campus Digital Services – Termin",
    "date": "2026-02-24 10:44 +0100", "structure": "plain", "cte": "8bit",
    "msgid": "<FR2P281MB1520D3E7B9A94C11A0E9A63CB4C2A@FR2P281MB1520.DEUP281.PROD.example.com>",
    "text": """Hallo Frau Nakamura-Byrne,

gute Nachrichten: Die Campus Digital Services GmbH möchte Sie gern kennenlernen!

Das erste Gespräch findet am Dienstag, 3. März 2026, um 10:00 Uhr (deutscher Zeit) per Microsoft
Teams statt. Teilnehmen werden Herr Dr. Fabian Roeder (Leitung E-Learning) und Frau Ivanova
aus der Personalabteilung. Das Gespräch wird auf Englisch geführt, ein paar Sätze auf Deutsch
wären aber sicher ein Pluspunkt.

Den Teams-Link schicke ich Ihnen am Montag. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Markus Lindner

Markus Lindner | Personalberater IT & Bildung
Brückner Personal GmbH
Friedrichstraße 95, 10117 Berlin
Tel. +49 30 5557 2290 | Mobil +49 170 5550 128
Sitz der Gesellschaft: Berlin | HRB 150442 B | Geschäftsführer: Frank Brückner
""",
})

add({
    "name": "de_video_role_mailbox", "kind": "interview_invitation", "company": "Akademie Nordlicht",
    "contact": "karriere@akademie-nordlicht.example.de", "lang": "de",
    "frm": ("Akademie Nordlicht Karriere", "karriere@akademie-nordlicht.example.de"),
    "subject": "Einladung: Videointerview am 12. Mai", "hcharset": "utf-8",
    "date": "2026-05-04 13:15 +0200", "structure": "alt", "cte": "base64",
    "msgid": "<a3b1f0e8.karriere.20260504@akademie-nordlicht.example.de>",
    "text": """Guten Tag Frau Nakamura-Byrne,

herzlichen Dank für Ihre Bewerbung als E-Learning-Entwicklerin, die uns über Karriereweg erreicht hat.

Gern möchten wir Sie näher kennenlernen und laden Sie zu einem Videointerview ein:

Dienstag, 12. Mai 2026, 11:30 Uhr (MESZ), Dauer ca. 60 Minuten
Plattform: Microsoft Teams – der Link folgt nach Ihrer Bestätigung

Ihre Gesprächspartner sind Herr Ole Hansen (Leitung Digitale Lernformate) und Frau Birte Claussen (Personal).

Bitte bestätigen Sie uns den Termin mit einer kurzen Antwort auf diese E-Mail. Sollte er Ihnen nicht
passen, schlagen Sie uns gern Alternativen vor.

Freundliche Grüße aus Hamburg

Birte Claussen
Personal & Organisation
Akademie Nordlicht gGmbH
Große Elbstraße 145, 22767 Hamburg
""",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1d2b3a">
<p>Guten Tag Frau Nakamura-Byrne,</p>
<p>herzlichen Dank für Ihre Bewerbung als E-Learning-Entwicklerin, die uns über Karriereweg erreicht hat.</p>
<p>Gern möchten wir Sie näher kennenlernen und laden Sie zu einem Videointerview ein:</p>
<p style="background:#eef4fa;padding:12px;border-left:4px solid #1b4f8a"><b>Dienstag, 12. Mai 2026, 11:30 Uhr (MESZ)</b>, Dauer ca. 60 Minuten<br>
Plattform: Microsoft Teams – der Link folgt nach Ihrer Bestätigung</p>
<p>Ihre Gesprächspartner sind Herr Ole Hansen (Leitung Digitale Lernformate) und Frau Birte Claussen (Personal).</p>
<p>Bitte bestätigen Sie uns den Termin mit einer kurzen Antwort auf diese E-Mail. Sollte er Ihnen nicht
passen, schlagen Sie uns gern Alternativen vor.</p>
<p>Freundliche Grüße aus Hamburg</p>
<p>Birte Claussen<br>Personal &amp; Organisation<br><b>Akademie Nordlicht gGmbH</b><br>Große Elbstraße 145, 22767 Hamburg</p>
<p><img src="https://www.akademie-nordlicht.example.de/mail/signatur-logo.png" alt="Akademie Nordlicht" width="140"></p>
</body></html>
""",
})

add({
    "name": "es_tu_academy", "kind": "interview_invitation", "company": "Clase Abierta",
    "contact": "paula.herrero@claseabierta.example.es", "lang": "es",
    "frm": ("Paula Herrero", "paula.herrero@claseabierta.example.es"),
    "subject": "¿Hablamos? Entrevista para diseñadora de contenidos", "hcharset": "utf-8",
    "date": "2026-09-08 17:50 +0200", "structure": "plain",
    "msgid": "<CAJ7m2p+claseabierta0908@mail.claseabierta.example.es>",
    "text": """¡Hola Aoife!

Soy Paula, de Clase Abierta. Hemos leído tu candidatura para diseñadora de contenidos e-learning
y nos ha encantado, sobre todo la parte en la que cuentas cómo adaptaste las clases durante los
cierres de colegios.

Nos gustaría hacerte una entrevista por videollamada (Google Meet) con Sergio, nuestro director
pedagógico. Durará unos 45 minutos y la haremos en castellano, aunque si en algún momento te
resulta más cómodo pasar al inglés no hay problema.

¿Te va bien el miércoles 16 a las 10:00 (hora de Madrid)? Si no, dime qué días tienes libres.

¡Un saludo!
Paula

Paula Herrero | Talento y Cultura | Clase Abierta
""",
})

add({
    "name": "es_usted_smartrecruiters", "kind": "interview_invitation", "company": "Grupo Editorial Meseta",
    "contact": "", "lang": "es",
    "frm": ("Grupo Editorial Meseta", "noreply@smartrecruiters.com"),
    "subject": "Convocatoria de entrevista - Diseñador/a instruccional", "hcharset": "iso-8859-1",
    "date": "2026-07-20 09:05 +0200", "structure": "html", "html_charset": "iso-8859-1", "html_cte": "quoted-printable",
    "msgid": "<sr.2026-07-20.meseta.inv.55120@smartrecruiters.com>",
    "html": ats_card("""<p>Estimada Aoife:</p>
<p>En relación con su candidatura al puesto de <strong>Diseñador/a instruccional - Formación del profesorado</strong>,
nos complace convocarle a una entrevista con el equipo de selección.</p>
<p><b>Fecha:</b> martes, 28 de julio de 2026<br>
<b>Hora:</b> 12:00 (hora peninsular)<br>
<b>Lugar:</b> oficinas de Grupo Editorial Meseta, Paseo de la Castellana 95, planta 7, Madrid</p>
<p>Le rogamos que confirme su asistencia a través del siguiente enlace:
<a href="https://jobs.smartrecruiters.com/GrupoEditorialMeseta/confirm?ev=55120&amp;lang=es" style="color:#b23a48">Confirmar asistencia</a></p>
<p>Atentamente,<br>Departamento de Recursos Humanos<br>Grupo Editorial Meseta</p>""",
        brand="Grupo Editorial Meseta", accent="#b23a48", lang="es", charset="iso-8859-1",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod/grupo-editorial-meseta.png",
        footer="""Grupo Editorial Meseta, S.A. - Paseo de la Castellana 95, 28046 Madrid - Inscrita en el Registro Mercantil de Madrid, Tomo 12.441, Folio 88.<br>
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""",
        track="https://email.smartrecruiters.com/o/meseta55120"),
})

add({
    "name": "fr_vous_convocation", "kind": "interview_invitation", "company": "Institut Francophone de Formation",
    "contact": "n.verbeke@iff-formation.example.org", "lang": "fr",
    "frm": ("Nathalie Verbeke", "n.verbeke@iff-formation.example.org"),
    "subject": "Convocation à un entretien – Ingénieur·e pédagogique", "hcharset": "iso-8859-1",
    "date": "2026-10-05 11:20 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "msgid": "<7e2d0c91a4f3$iff$20261005@iff-formation.example.org>",
    "text": """Madame,

Suite à l’examen de votre candidature au poste d’ingénieur·e pédagogique (formation à distance),
nous avons le plaisir de vous convier à un entretien.

Celui-ci aura lieu le mardi 13 octobre 2026 à 14 h 30 (heure de Bruxelles), en visioconférence
via Teams. Vous rencontrerez Mme Verbeke (responsable du pôle digital) et M. Thys (directeur
pédagogique). L’entretien se déroulera en français.

Nous vous saurions gré de bien vouloir nous confirmer votre disponibilité par retour de courriel.

Veuillez agréer, Madame, l’expression de nos sentiments distingués.

Nathalie Verbeke
Responsable du pôle digital
Institut Francophone de Formation
Boulevard d’Avroy 38 – 4000 Liège
+32 4 555 21 80
""",
})

add({
    "name": "fr_tu_founder_html", "kind": "interview_invitation", "company": "Quiztopia",
    "contact": "hugo@quiztopia.example.com", "lang": "fr",
    "frm": ("Hugo Lambert", "hugo@quiztopia.example.com"),
    "subject": "On se fait un visio ?",
    "date": "2026-02-02 18:12 +0100", "structure": "html",
    "html": gmail_html("""<div>Hello Aoife,</div><div><br></div>
<div>Merci pour ta candidature chez Quiztopia, ton portfolio est top&nbsp;! 🎉</div><div><br></div>
<div>Est-ce que tu serais dispo pour un premier entretien en visio avec moi et Inès (notre responsable contenus)&nbsp;?
On prévoit 45 min, en français si tu veux bien (ton CV dit B2, on sera indulgents 😉).</div><div><br></div>
<div>Je te propose <b>mardi 10 février à 17h</b> (heure de Paris) ou <b>mercredi 11 à 9h30</b>. Tu me dis&nbsp;?</div><div><br></div>
<div>À très vite,</div><div>Hugo</div><div><br></div>
<div>--&nbsp;</div><div><span style="color:#888">Hugo Lambert · Co-fondateur &amp; CEO · <a href="https://quiztopia.example.com">Quiztopia</a></span></div>"""),
})

add({
    "name": "fr_cabinet_client_named", "kind": "interview_invitation", "company": "Éditions du Quai",
    "contact": "claire.dumont@talentis-conseil.example.com", "lang": "fr",
    "frm": ("Claire Dumont", "claire.dumont@talentis-conseil.example.com"),
    "subject": "Entretien Éditions du Quai", "hcharset": "utf-8",
    "date": "2026-03-10 10:02 +0100", "structure": "plain",
    "text": """Bonjour Aoife,

Comme évoqué au téléphone, les Éditions du Quai souhaitent vous rencontrer pour le poste de
cheffe de projet éditorial numérique (collection primaire, télétravail partiel).

L'entretien aura lieu le mercredi 18 mars à 15 h, en visio, avec Mme Hélène Garnier, directrice
éditoriale. Comptez une heure ; elle vous demandera probablement de commenter deux ou trois
écrans de leur application de lecture.

Pouvez-vous me confirmer votre présence ? Je vous appellerai la veille pour vous briefer.

Belle journée,

Claire Dumont
Consultante senior – Éducation & Édition
Talentis Conseil · 24 rue de Mogador, 75009 Paris
""",
})

# ---------------------------------------------------------- reschedules and cancellations

add({
    "name": "calendar_sequence_update", "kind": "interview_reschedule_or_cancel", "company": "Harbourline Energy",
    "contact": "mark.devlin@harbourline.example.ie", "lang": "en",
    "frm": ("Mark Devlin", "mark.devlin@harbourline.example.ie"),
    "subject": "Updated: Interview: L&D Specialist - Aoife Nakamura-Byrne",
    "date": "2026-04-16 09:03 +0100", "structure": "cal",
    "in_reply_to": "<DU0PR02MB9961E0A3C1B84FAA9C7E3B1DB96A2@DU0PR02MB9961.eurprd02.prod.example.com>",
    "text": """Hi Aoife,

Apologies - Yvonne has been called to a site audit in Whitegate on Tuesday morning, so I've had
to move your interview. New time: Tuesday 21 April, 14:30 - 15:30, same place (Meeting Room 3,
Penrose Wharf). The updated invitation is attached.

If the afternoon is a problem, give me a shout and we'll find another slot this week.

Thanks,
Mark
""",
    "calendar": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000080F1B2C3D4CA01000000000000000010000000AB17F",
                  "organizer": ("Mark Devlin", "mark.devlin@harbourline.example.ie"),
                  "attendees": [("Yvonne Crowley", "yvonne.crowley@harbourline.example.ie")],
                  "summary": "Interview: L&D Specialist - Aoife Nakamura-Byrne",
                  "start": "20260421T133000Z", "end": "20260421T143000Z", "stamp": "20260416T080300Z",
                  "location": "Harbourline Energy, Penrose Wharf, Cork - Meeting Room 3",
                  "description": "Interview moved to the afternoon.\nPanel: Mark Devlin, Yvonne Crowley.",
                  "sequence": 1},
})

add({
    "name": "calendar_cancel_interviewer_ill", "kind": "interview_reschedule_or_cancel", "company": "Kestrel Assurance",
    "contact": "owen.price@kestrelassurance.example.co.uk", "lang": "en",
    "frm": ("Owen Price", "owen.price@kestrelassurance.example.co.uk"),
    "subject": "Cancelled event: Interview - Aoife Nakamura-Byrne / Learning Designer @ Thu 11 Jun 2026 14:00 - 15:00 (BST)",
    "date": "2026-06-10 17:31 +0100", "structure": "cal",
    "in_reply_to": "<calendar-8a6d2c1f-44b0-4f9e-b1d3-kestrel0611@google.example.com>",
    "text": """This event has been cancelled and removed from your calendar.

Interview - Aoife Nakamura-Byrne / Learning Designer
Thursday 11 June 2026 · 14:00 – 15:00 (British Summer Time)

Message from Owen Price:
Hi Aoife, so sorry - Siân is off sick and won't be back before next week. I'm cancelling
tomorrow's slot rather than doing it without her. The role is very much still open; I'll send a
new invitation as soon as I have her diary. Apologies again! Owen

Invitation from Google Calendar
""",
    "calendar": {"method": "CANCEL", "uid": "4q8n1v0c2kestrel0611interview@google.example.com",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
                  "organizer": ("Owen Price", "owen.price@kestrelassurance.example.co.uk"),
                  "attendees": [("Siân Hughes", "sian.hughes@kestrelassurance.example.co.uk")],
                  "summary": "Interview - Aoife Nakamura-Byrne / Learning Designer",
                  "start": "20260611T130000Z", "end": "20260611T140000Z", "stamp": "20260610T163100Z",
                  "location": "Google Meet: https://meet.google.com/kst-rlbq-xpw", "sequence": 1},
})

add({
    "name": "agency_switch_to_zoom", "kind": "interview_reschedule_or_cancel", "company": "Oakridge College",
    "contact": "danny@sparkrecruitment.example.co.uk", "lang": "en",
    "frm": ("Danny Costello - Spark Recruitment", "danny@sparkrecruitment.example.co.uk"),
    "subject": "Change of plan for Tuesday",
    "date": "2026-05-07 12:10 +0100", "structure": "plain",
    "text": """Hi Aoife,

Small change!! Oakridge have asked to do Tuesday's interview on Zoom instead of in person - there's
building work at Whitworth Street and they've lost the meeting rooms. Same time (11am UK), same
people. Helen will send the Zoom link directly on Monday.

Good news is you don't need to fly over now :) Still bring that Storyline piece, you'll just share
your screen.

Danny
Spark Recruitment
""",
})

add({
    "name": "terse_push_to_three", "kind": "interview_reschedule_or_cancel", "company": "Fettle Learning",
    "contact": "dave@fettlelearning.example.co.uk", "lang": "en",
    "frm": ("Dave Pryce", "dave@fettlelearning.example.co.uk"),
    "subject": "Re: ID role",
    "date": "2026-03-19 10:02 +0000", "structure": "plain",
    "msgid": "<5C1D7E90-2B3A-4F61-9E08-7D4C3B2A1F0E@fettlelearning.example.co.uk>",
    "in_reply_to": "<CAOa9nB+fettle0318reply@mail.example.ie>",
    "references": ["<A9F30C1B-5E2D-4D8B-B7C4-2F1E0D9C8B7A@fettlelearning.example.co.uk>",
                "<CAOa9nB+fettle0318reply@mail.example.ie>"],
    "text": """Can we push to 3 instead of 2? Sam's stuck in another meeting. Same link. Sorry!

D

Sent from my iPhone

> On 18 Mar 2026, at 22:05, Aoife Nakamura-Byrne <aoife.nb@example.ie> wrote:
>
> Hi Dave, 2pm tomorrow is perfect, talk then! Aoife
""",
})

add({
    "name": "ashby_rescheduled_notice", "kind": "interview_reschedule_or_cancel", "company": "Quillmark",
    "contact": "tom.hartigan@quillmark.example.co.uk", "lang": "en",
    "frm": ("Quillmark Recruiting", "no-reply@ashbyhq.com"),
    "reply_to": ("Tom Hartigan", "tom.hartigan@quillmark.example.co.uk"),
    "subject": "Your interview with Quillmark has been rescheduled",
    "date": "2026-03-04 14:27 +0000", "structure": "html",
    "in_reply_to": "<ashby.3f7e1c0a-9b2d-4c7a-8e55-quillmark-inv@ashbyhq.com>",
    "html": """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f7f7f8;margin:0;padding:28px 0">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,sans-serif;font-size:15px;line-height:1.55;color:#1c1c1e">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/quillmark.png" alt="Quillmark" height="30" style="margin-bottom:22px">
<p>Hi Aoife,</p>
<p>Imogen has had a clash come up, so your interview for <b>Learning Experience Designer</b> has moved.</p>
<table cellpadding="0" cellspacing="0" style="width:100%;border:1px solid #e5e7eb;border-radius:6px;margin:16px 0"><tr><td style="padding:14px 18px">
<span style="color:#9ca3af;text-decoration:line-through">Friday, 6 March &middot; 10:00&ndash;10:45 GMT</span><br>
<b>Monday, 9 March &middot; 15:30&ndash;16:15 GMT</b><br>
Video call &middot; <a href="https://meet.google.com/qmk-hrtg-imr" style="color:#4338ca">meet.google.com/qmk-hrtg-imr</a></td></tr></table>
<p>If the new time doesn't work, <a href="https://jobs.ashbyhq.com/quillmark/interview/reschedule/7c1e55?utm_source=ashby_email" style="color:#4338ca">pick another slot</a> or reply to Tom.</p>
<p>Thanks for your flexibility!</p>
<p style="font-size:12px;color:#9ca3af;border-top:1px solid #eee;padding-top:16px;margin-top:28px">Quillmark Ltd &middot; 71 Shoreditch High Street, London E1 6JJ<br>
Sent with <a href="https://www.ashbyhq.com/?utm_source=candidate_email" style="color:#9ca3af">Ashby</a></p>
</div>
<img src="https://app.ashbyhq.com/email-tracking/open/7c1e55b9f1.gif" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "name": "university_postponed", "kind": "interview_reschedule_or_cancel", "company": "Lagan Valley University",
    "contact": "recruitment@laganvalley.example.co.uk", "lang": "en",
    "frm": ("Lagan Valley University Recruitment", "recruitment@laganvalley.example.co.uk"),
    "subject": "RE: Invitation to Interview - Ref LVU/2026/118 Learning Technologist",
    "date": "2026-06-29 16:52 +0100", "structure": "plain",
    "in_reply_to": "<LVU.2026.118.inv.3391@laganvalley.example.co.uk>",
    "text": """Dear Ms Nakamura-Byrne

Ref: LVU/2026/118 - Learning Technologist

Further to our email of 22 June, I regret that we have to postpone the interviews scheduled for
Thursday 2 July, as a member of the panel is no longer available and University regulations do
not allow us to proceed with a reduced panel.

The interviews will now take place on Tuesday 14 July 2026. Your new interview time is 11:15
(please arrive by 11:00) in the same venue, Room 2.14, The Ashby Building. The presentation
topic and the deadline for sending your slides (now 12 noon on 13 July) are otherwise unchanged.

We apologise for any inconvenience, particularly as we know you are travelling from Limerick.
Please reply to confirm that you can attend on the new date.

Yours sincerely

Recruitment Team
Human Resources
Lagan Valley University
""",
})

add({
    "name": "council_new_date_original_message", "kind": "interview_reschedule_or_cancel", "company": "Muskerry County Council",
    "contact": "s.nibhriain@muskerrycoco.example.ie", "lang": "en",
    "frm": ("Siobhán Ní Bhriain", "s.nibhriain@muskerrycoco.example.ie"), "hcharset": "iso-8859-1",
    "subject": "RE: Competition MCC/26/14 - Training Officer (Digital Learning) - Interview",
    "date": "2026-07-06 10:26 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "in_reply_to": "<CAOa9nB+mcc0703aoife@mail.example.ie>",
    "references": ["<4f1e9b2a7c0d4e55b1aa@muskerrycoco.example.ie>", "<CAOa9nB+mcc0703aoife@mail.example.ie>"],
    "text": """Dear Aoife,

Thank you for letting us know. The board can accommodate you on the afternoon instead: your
interview is now rescheduled to Friday 10 July at 3.00 p.m., same venue. All other
arrangements in the original letter stand.

Kind regards,
Siobhán

Siobhán Ní Bhriain
Staff Officer, Human Resources
Muskerry County Council

-----Original Message-----
From: Aoife Nakamura-Byrne <aoife.nb@example.ie>
Sent: 03 July 2026 21:14
To: Ní Bhriain, Siobhán <s.nibhriain@muskerrycoco.example.ie>
Subject: Re: Competition MCC/26/14 - Training Officer (Digital Learning) - Interview

Dear Siobhán,

Thank you for the invitation, I'm delighted to accept. One difficulty: I've been offered a
place on a Teaching Council CPD day that morning and I'm supervising the offer of places on
our summer camp, which runs until 1 p.m. Would it be at all possible to have a later slot on
the 10th?

Many thanks,
Aoife
""",
})

add({
    "name": "charity_cancel_manager_leave", "kind": "interview_reschedule_or_cancel", "company": "Second Chance Literacy Trust",
    "contact": "amara.okafor@secondchanceliteracy.example.org", "lang": "en",
    "frm": ("Amara Okafor", "amara.okafor@secondchanceliteracy.example.org"),
    "subject": "Tuesday - need to rearrange, sorry",
    "date": "2026-07-17 08:14 +0100", "structure": "plain",
    "text": """Dear Aoife,

I'm so sorry to do this. Ben has had a family emergency and is on compassionate leave from today,
so we need to cancel our interview on Tuesday 21 July. We don't want to do it without him as he'll
be your line manager.

The role is still open and you're still very much on our list. I'll be in touch as soon as he's
back (probably early August) to rearrange. In the meantime, please don't hesitate to email me with
any questions.

Warmly,
Amara

Amara Okafor (she/her)
Head of Learning, Second Chance Literacy Trust
""",
})

add({
    "name": "workday_interview_cancelled", "kind": "interview_reschedule_or_cancel", "company": "Kilbride Foods",
    "contact": "", "lang": "en",
    "frm": ("Kilbride Foods Careers", "kilbridefoods@myworkday.com"),
    "subject": "Interview cancelled - Learning Content Designer",
    "date": "2026-01-29 18:22 +0000", "structure": "html",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>Your interview for <b>Learning Content Designer</b> (R-1907) scheduled for
<b>Wednesday 4 February 2026 at 14:00</b> has been cancelled.</p>
<p>This is due to a change in the availability of the interview panel. A member of our Talent Acquisition team
will contact you shortly to arrange a new date and time. Your application remains active and no action is required
from you at this time.</p>
<p>We apologise for any inconvenience.</p>
<p>Kind regards,<br>Kilbride Foods Talent Acquisition</p>""",
        brand="Kilbride Foods", accent="#c1121f",
        logo="https://kilbridefoods.wd3.myworkday.com/kilbride/assets/logo/kf_email.png",
        footer="""Kilbride Foods plc, Kilbride Business Park, Naas Road, Dublin 22. Registered in Ireland No. 187770.<br>
This is an automated email from an unattended mailbox.""",
        track="https://kilbridefoods.wd3.myworkday.com/wday/email/open?id=c0ffee1907x"),
})

add({
    "name": "moved_earlier_new_room", "kind": "interview_reschedule_or_cancel", "company": "Tern Health Academy",
    "contact": "gemma.pryor@ternhealth.example.co.uk", "lang": "en",
    "frm": ("Gemma Pryor", "gemma.pryor@ternhealth.example.co.uk"),
    "subject": "RE: Interview invitation – Digital Learning Designer",
    "date": "2026-08-06 11:45 +0100", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "in_reply_to": "<LO2P265MB5104A1E97C3D2B8F7A6F4E12BBC07@LO2P265MB5104.GBRP265.PROD.example.com>",
    "text": """Hi Aoife,

A quick change to next Wednesday, 12 August: Dr Siddiqui now has clinic in the afternoon, so
we’ve brought your interview forward to 10:00 (arrive 09:45). We’ve also moved to the Training
Suite on the ground floor, which has a bigger screen for your presentation.

Everything else is the same. Could you reply to confirm 10:00 works?

Thanks so much,
Gemma

Gemma Pryor
Learning Operations Manager | Tern Health Academy
""",
    "html": outlook_html("""<p class="MsoNormal">Hi Aoife,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A quick change to next Wednesday, 12 August: Dr Siddiqui now has clinic in the afternoon, so
we’ve brought your interview forward to <b>10:00</b> (arrive 09:45). We’ve also moved to the <b>Training
Suite on the ground floor</b>, which has a bigger screen for your presentation.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Everything else is the same. Could you reply to confirm 10:00 works?</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks so much,<br>Gemma</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Gemma Pryor</b><br>Learning Operations Manager | Tern Health Academy</p>""", charset="windows-1252"),
})

add({
    "name": "de_terminverschiebung_sie", "kind": "interview_reschedule_or_cancel", "company": "Bildungswerk Rhein-Main",
    "contact": "k.maurer@bildungswerk-rm.example.de", "lang": "de",
    "frm": ("Dr. Kerstin Maurer", "k.maurer@bildungswerk-rm.example.de"),
    "subject": "Terminverschiebung: Vorstellungsgespräch 9. September", "hcharset": "iso-8859-1",
    "date": "2026-09-03 16:40 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": "<20260901073012.4C1A2F0B88@mail.bildungswerk-rm.example.de>",
    "text": """Sehr geehrte Frau Nakamura-Byrne,

leider muss ich unser Gespräch am 9. September verschieben, da an diesem Nachmittag kurzfristig
eine Vorstandssitzung angesetzt wurde.

Können Sie stattdessen am Freitag, 11. September 2026, um 10:00 Uhr (MESZ)? Der Ablauf bleibt
unverändert, den Zoom-Link schicke ich Ihnen am Vortag.

Ich bitte um Ihr Verständnis und freue mich auf das Gespräch.

Mit freundlichen Grüßen
Kerstin Maurer

Bildungswerk Rhein-Main e.V. | Mainzer Landstraße 211 | 60326 Frankfurt am Main
""",
})

add({
    "name": "de_du_verschieben_startup", "kind": "interview_reschedule_or_cancel", "company": "Moduli",
    "contact": "tobias.brandt@moduli.example.de", "lang": "de",
    "frm": ("Tobias Brandt", "tobias.brandt@moduli.example.de"),
    "subject": "Re: Interview Donnerstag",
    "date": "2026-06-11 08:07 +0200", "structure": "plain",
    "in_reply_to": "<CAOa9nB+mod0610aoife@mail.example.ie>",
    "references": ["<sg.moduli.2026-06-09.88312@softgarden.io>", "<CAOa9nB+mod0610aoife@mail.example.ie>"],
    "text": """Hi Aoife,

sorry für die kurzfristige Änderung: Pia ist krank und ich hätte sie wirklich gern dabei. Können
wir unser Gespräch von Donnerstag auf Montag, 15.6., 14 Uhr (deine Zeit: 13 Uhr) verschieben?
Der Meet-Link bleibt derselbe.

Gib mir kurz Bescheid, ob das passt!

Liebe Grüße
Tobias

Moduli GmbH · Head of Learning

Am 10.06.2026 um 21:14 schrieb Aoife Nakamura-Byrne <aoife.nb@example.ie>:
> Hallo Tobias,
>
> vielen Dank für die Einladung! Donnerstag um 14 Uhr passt mir super. Ich habe gestern
> übrigens eine Absage von einer anderen Firma bekommen, umso mehr freue ich mich auf unser
> Gespräch.
>
> Viele Grüße
> Aoife
""",
})

add({
    "name": "es_cambio_hora", "kind": "interview_reschedule_or_cancel", "company": "Clase Abierta",
    "contact": "paula.herrero@claseabierta.example.es", "lang": "es",
    "frm": ("Paula Herrero", "paula.herrero@claseabierta.example.es"),
    "subject": "Re: ¿Hablamos? Entrevista para diseñadora de contenidos", "hcharset": "utf-8",
    "date": "2026-09-10 13:28 +0200", "structure": "plain", "cte": "8bit",
    "in_reply_to": "<CAOa9nB+ca0909aoife@mail.example.ie>",
    "references": ["<CAJ7m2p+claseabierta0908@mail.claseabierta.example.es>", "<CAOa9nB+ca0909aoife@mail.example.ie>"],
    "text": """Hola Aoife,

Te escribo porque Sergio tiene que estar en una reunión con el Ministerio el miércoles por la
mañana. ¿Podemos pasar la entrevista al jueves 17 a las 16:00 (hora de Madrid, las 15:00 en
Irlanda)? Te mando el nuevo enlace de Meet en cuanto me confirmes.

¡Perdona el cambio!
Paula

El mié, 9 sept 2026 a las 9:15, Aoife Nakamura-Byrne (<aoife.nb@example.ie>) escribió:
> ¡Hola Paula! Muchas gracias, el miércoles 16 a las 10:00 me va perfecto. ¡Hasta entonces!
> Aoife
""",
})

add({
    "name": "es_ahora_videollamada", "kind": "interview_reschedule_or_cancel", "company": "Grupo Editorial Meseta",
    "contact": "", "lang": "es",
    "frm": ("Grupo Editorial Meseta", "noreply@smartrecruiters.com"),
    "subject": "Modificación de su entrevista", "hcharset": "iso-8859-1",
    "date": "2026-07-22 12:40 +0200", "structure": "html", "html_charset": "iso-8859-1", "html_cte": "quoted-printable",
    "in_reply_to": "<sr.2026-07-20.meseta.inv.55120@smartrecruiters.com>",
    "html": ats_card("""<p>Estimada Aoife:</p>
<p>Le informamos de que su entrevista para el puesto de <strong>Diseñador/a instruccional - Formación del profesorado</strong>
del martes 28 de julio a las 12:00 se realizará finalmente <b>por videollamada</b> y no en nuestras oficinas.</p>
<p>La fecha y la hora no cambian. Recibirá el enlace de Microsoft Teams el día anterior a la entrevista.</p>
<p>Disculpe las molestias.</p>
<p>Atentamente,<br>Departamento de Recursos Humanos<br>Grupo Editorial Meseta</p>""",
        brand="Grupo Editorial Meseta", accent="#b23a48", lang="es", charset="iso-8859-1",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod/grupo-editorial-meseta.png",
        footer="""Grupo Editorial Meseta, S.A. - Paseo de la Castellana 95, 28046 Madrid.<br>
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""",
        track="https://email.smartrecruiters.com/o/meseta55120b"),
})

add({
    "name": "fr_report_entretien", "kind": "interview_reschedule_or_cancel", "company": "Institut Francophone de Formation",
    "contact": "n.verbeke@iff-formation.example.org", "lang": "fr",
    "frm": ("Nathalie Verbeke", "n.verbeke@iff-formation.example.org"),
    "subject": "Report de votre entretien du 13 octobre", "hcharset": "iso-8859-1",
    "date": "2026-10-07 15:55 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "in_reply_to": "<7e2d0c91a4f3$iff$20261005@iff-formation.example.org>",
    "text": """Madame,

En raison d'une grève annoncée dans les transports qui empêchera M. Thys de se rendre à
l'Institut, nous sommes contraints de reporter votre entretien prévu le mardi 13 octobre.

Nous vous proposons le jeudi 15 octobre à 10 h 00, toujours en visioconférence. Pourriez-vous
nous indiquer si ce créneau vous convient ?

Avec nos excuses pour ce contretemps, nous vous prions d'agréer, Madame, nos salutations
distinguées.

Nathalie Verbeke
Responsable du pôle digital
Institut Francophone de Formation
""",
})

# ------------------------------------------------------------------ missed interviews

add({
    "name": "waited_at_reception", "kind": "missed_interview_notice", "company": "Lumen Skills",
    "contact": "grainne.foley@lumenskills.example.ie", "lang": "en",
    "frm": ("Gráinne Foley", "grainne.foley@lumenskills.example.ie"), "hcharset": "iso-8859-1",
    "subject": "Today's interview",
    "date": "2026-01-22 10:41 +0000", "structure": "plain",
    "text": """Hi Aoife,

We were expecting you at 10:00 this morning for your second interview with Orla and me, and we
waited for you in reception until about 10:30. I also tried your mobile but it went to voicemail.

I hope everything is OK. Can you let me know what happened? If it was a mix-up on our side with
the time, we can see whether another slot is possible next week.

Thanks,
Gráinne

Gráinne Foley
Talent Acquisition Lead | Lumen Skills
""",
})

add({
    "name": "workday_did_not_join", "kind": "missed_interview_notice", "company": "Pembroke Financial Services",
    "contact": "", "lang": "en",
    "frm": ("Pembroke Financial Services Careers", "pembroke@myworkday.com"),
    "subject": "We missed you at your video interview",
    "date": "2026-04-23 15:07 +0100", "structure": "html",
    "html": ats_card("""<p>Dear Aoife,</p>
<p>You were scheduled to attend a video interview for the role of <b>Digital Learning Specialist</b> (R-22081)
today, <b>Thursday 23 April at 14:00</b>. Our records show that you did not join the call, and the interviewers
were unable to reach you.</p>
<p>If you are still interested in this position, please let us know within <b>3 working days</b> using the
<a href="https://pembroke.wd3.myworkday.com/en-US/PFS_Careers/userHome?task=reschedule_request" style="color:#004b87">reschedule request</a>
in your candidate home. If we do not hear from you, we will assume you have withdrawn your application.</p>
<p>Kind regards,<br>Pembroke Financial Services Talent Acquisition</p>""",
        brand="Pembroke Financial Services", accent="#004b87",
        logo="https://pembroke.wd3.myworkday.com/pfs/assets/logo/pfs_email.png",
        footer="""Pembroke Financial Services Limited is regulated by the Central Bank of Ireland. Registered in Ireland No. 334120.
Registered office: 1 Pembroke Row, Dublin 2.<br>This mailbox is not monitored.""",
        track="https://pembroke.wd3.myworkday.com/wday/email/open?id=22081ab"),
})

add({
    "name": "tried_to_call_twice", "kind": "missed_interview_notice", "company": "Cuan Education",
    "contact": "ruairi.power@cuaneducation.example.ie", "lang": "en",
    "frm": ("Ruairí Power", "ruairi.power@cuaneducation.example.ie"), "hcharset": "utf-8",
    "subject": "Missed call - phone interview",
    "date": "2026-02-12 14:22 +0000", "structure": "plain",
    "text": """Hi Aoife,

I tried to call you twice at 2pm for our phone interview (the Instructional Designer role) but
couldn't get through - the number on your CV (087 555 0419) rang out both times. I also left a
voicemail.

Could you reply with a number that works and a couple of times that suit over the next few days?

Regards,
Ruairí

Ruairí Power | Recruitment Partner
Cuan Education | Galway & Limerick
""",
})

add({
    "name": "trial_tutoring_no_show", "kind": "missed_interview_notice", "company": "Bright sparks tuition",
    "contact": "maeve@brightsparks.example.ie", "lang": "en",
    "frm": ("Maeve Hickey", "maeve@brightsparks.example.ie"),
    "subject": "Saturday",
    "date": "2026-09-27 12:48 +0100", "structure": "plain",
    "text": """Hi Aoife,

We had you down for the trial tutoring session this morning at 9.30 (the Junior Cycle maths
group, as part of the interview for the online tutor lead job) but you didn't turn up and we
didn't hear from you. The kids and one of the parents were waiting.

I'm sure there's a reason. Could you let me know by Tuesday whether you still want to go ahead?
I do need to fill the role before the October mid-term.

Maeve

Maeve Hickey
Owner, Bright sparks tuition
Castletroy, Limerick | 061 555 8810
""",
})

add({
    "name": "agency_no_show_client", "kind": "missed_interview_notice", "company": "Oakridge College",
    "contact": "danny@sparkrecruitment.example.co.uk", "lang": "en",
    "frm": ("Danny Costello - Spark Recruitment", "danny@sparkrecruitment.example.co.uk"),
    "subject": "??? Oakridge",
    "date": "2026-05-12 11:28 +0100", "structure": "plain",
    "text": """Aoife - Helen from Oakridge College just rang me, they were on the Zoom at 11 and you never
joined?! They waited 15 mins. Is everything OK?? Ring me asap and I'll see if I can save it.

Danny
07700 900 776

Sent from my iPhone
""",
})

add({
    "name": "waited_on_the_call", "kind": "missed_interview_notice", "company": "Fettle Learning",
    "contact": "dave@fettlelearning.example.co.uk", "lang": "en",
    "frm": ("Dave Pryce", "dave@fettlelearning.example.co.uk"),
    "subject": "Re: ID role",
    "date": "2026-03-19 15:21 +0000", "structure": "plain",
    "in_reply_to": "<5C1D7E90-2B3A-4F61-9E08-7D4C3B2A1F0E@fettlelearning.example.co.uk>",
    "references": ["<A9F30C1B-5E2D-4D8B-B7C4-2F1E0D9C8B7A@fettlelearning.example.co.uk>",
                "<CAOa9nB+fettle0318reply@mail.example.ie>",
                "<5C1D7E90-2B3A-4F61-9E08-7D4C3B2A1F0E@fettlelearning.example.co.uk>"],
    "text": """Sam and I waited on the Meet for 15 mins at 3 but no sign of you. Guess something came up? Let me know if you still want to chat.

D

Sent from my iPhone
""",
})

add({
    "name": "de_nicht_erschienen", "kind": "missed_interview_notice", "company": "Akademie Nordlicht",
    "contact": "karriere@akademie-nordlicht.example.de", "lang": "de",
    "frm": ("Akademie Nordlicht Karriere", "karriere@akademie-nordlicht.example.de"),
    "subject": "Ihr Videointerview am 12. Mai", "hcharset": "utf-8",
    "date": "2026-05-12 12:35 +0200", "structure": "plain",
    "in_reply_to": "<a3b1f0e8.karriere.20260504@akademie-nordlicht.example.de>",
    "text": """Guten Tag Frau Nakamura-Byrne,

heute um 11:30 Uhr war unser Videointerview verabredet. Herr Hansen und ich haben bis etwa
11:50 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich jedoch leider nicht eingewählt.

Vielleicht gab es technische Schwierigkeiten oder ein Missverständnis bei der Uhrzeit (deutsche
Zeit!). Wenn Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei
uns, dann versuchen wir, einen neuen Termin zu finden.

Freundliche Grüße
Birte Claussen
Personal & Organisation
Akademie Nordlicht gGmbH
""",
})

add({
    "name": "de_agency_client_waited", "kind": "missed_interview_notice", "company": "Campus Digital Services",
    "contact": "m.lindner@brueckner-personal.example.de", "lang": "de",
    "frm": ("Markus Lindner", "m.lindner@brueckner-personal.example.de"), "hcharset": "utf-8",
    "subject": "Gespräch heute 10 Uhr – alles in Ordnung?",
    "date": "2026-03-03 10:37 +0100", "structure": "html",
    "in_reply_to": "<FR2P281MB1520D3E7B9A94C11A0E9A63CB4C2A@FR2P281MB1520.DEUP281.PROD.example.com>",
    "html": outlook_html("""<p class="MsoNormal">Hallo Frau Nakamura-Byrne,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Herr Dr. Roeder hat sich gerade bei mir gemeldet: Sie waren heute um 10:00 Uhr nicht im Teams-Gespräch,
er und Frau Ivanova haben eine Viertelstunde gewartet. Ich habe Sie auch telefonisch nicht erreicht.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Ist etwas passiert? Bitte melden Sie sich kurz bei mir – wenn es ein technisches Problem war, versuche ich,
beim Kunden einen Ersatztermin zu bekommen.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Viele Grüße<br>Markus Lindner</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9pt;color:#595959">Markus Lindner | Personalberater IT &amp; Bildung<br>
Brückner Personal GmbH · Friedrichstraße 95 · 10117 Berlin<br>Tel. +49 30 5557 2290 · Mobil +49 170 5550 128<br>
Sitz der Gesellschaft: Berlin · HRB 150442 B · Geschäftsführer: Frank Brückner</span></p>"""),
})

add({
    "name": "es_te_esperamos", "kind": "missed_interview_notice", "company": "Academia Ponte al Día",
    "contact": "direccion@pontealdia.example.es", "lang": "es",
    "frm": ("Rocío Santamaría", "direccion@pontealdia.example.es"), "hcharset": "iso-8859-1",
    "subject": "entrevista de hoy", "date": "2026-06-30 18:05 +0200", "structure": "plain",
    "charset": "iso-8859-1", "cte": "8bit",
    "text": """Hola Aoife,

Te estuvimos esperando a las 17:00 en la videollamada para la entrevista de coordinadora de
cursos online, pero no te conectaste. Te mandé un whatsapp también.

No pasa nada, a veces hay líos con la diferencia horaria. Si sigues interesada dime algo esta
semana y buscamos otro hueco.

Saludos,
Rocío Santamaría
Directora
Academia Ponte al Día - Valencia
""",
})

add({
    "name": "fr_nous_vous_avons_attendue", "kind": "missed_interview_notice", "company": "Savoirs Partagés",
    "contact": "recrutement@savoirspartages.example.org", "lang": "fr",
    "frm": ("Savoirs Partagés - Recrutement", "recrutement@savoirspartages.example.org"), "hcharset": "iso-8859-1",
    "subject": "Entretien du 16 juin", "date": "2026-06-16 11:02 +0200", "structure": "plain",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bonjour Madame Nakamura-Byrne,

Nous vous avons attendue ce matin à 10 h pour votre entretien en visioconférence pour le poste de
chargée de projets e-learning, mais vous ne vous êtes pas connectée.

Nous espérons qu'il ne s'agit que d'un souci technique. Si vous êtes toujours intéressée par le
poste, merci de nous répondre d'ici vendredi afin que nous puissions convenir d'un nouveau
rendez-vous.

Bien cordialement,

Élise Faure
Chargée de recrutement
Savoirs Partagés - 12 quai Saint-Vincent, 69001 Lyon
""",
})
