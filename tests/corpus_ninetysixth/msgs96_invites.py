"""Interview invitations (26), reschedules or cancellations (15) and missed-interview notices (10)
of the ninety-sixth corpus, each written by hand."""

from __future__ import annotations

from msgs96_common import spec

KINETICA_UID = "7kq2m0d3b9v1h5s8e4r6t0y2u1@google.com"
LUMENAUTS_UID = "3f9a1c2e8b7d4e60a5c1@google.com"

INVITATIONS = [
    # 1 -- Greenhouse scheduling request, HTML only, Reply-To the talent partner
    spec(
        kind="interview_invitation", scen="greenhouse_pick_times", lang="en",
        company="Brightloop Learning", contact="hannah.okafor@brightloop.example.co.uk",
        frm=("Brightloop Learning via Greenhouse", "no-reply@greenhouse-mail.io"),
        rto=("Hannah Okafor", "hannah.okafor@brightloop.example.co.uk"),
        subj="Interview availability – Learning Experience Designer at Brightloop Learning",
        date="2026-03-05 10:12 +0000",
        mid="<65e6f08c3a2d1_4b7a1c9e03@greenhouse-mail.io>",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;background:#f6f6f4;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:28px 12px;">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222222;font-size:14px;line-height:22px;">
<tr><td style="padding:24px 30px 0 30px;"><img src="https://s3.amazonaws.com/grnhse-logos/brightloop/logo-dark.png" alt="Brightloop Learning" width="140" style="display:block;"></td></tr>
<tr><td style="padding:20px 30px;">
<p>Hi Gareth,</p>
<p>Thanks so much for applying for the <strong>Learning Experience Designer</strong> role &ndash; we really enjoyed reading your application and would love to invite you to a first interview.</p>
<p>It will be a 45-minute video call with me and Priya Desai, our Head of Learning Design. We'll talk about your background, how you approach designing for learners who are short on time, and we'll leave plenty of room for your questions.</p>
<p>Please use the button below to let us know when you're available over the next two weeks:</p>
<p style="text-align:center;margin:26px 0;"><a href="https://app.greenhouse.io/ls/click?upn=avail-7Hq2-2Fbrightloop-2Fgareth" style="background:#ff6a3d;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:4px;font-weight:bold;">Select your availability</a></p>
<p>If none of the times work, just reply to this email and we'll sort something out.</p>
<p>Speak soon,<br>Hannah Okafor<br>Talent Partner, Brightloop Learning</p>
</td></tr>
<tr><td style="padding:12px 30px 22px 30px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">Brightloop Learning Ltd &middot; 3 Piccadilly Place, Manchester M1 3BN &middot; Powered by Greenhouse</td></tr>
</table></td></tr></table>
<img src="https://app.greenhouse.io/email_tracking/open/65e6f08c3a2d1.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 2 -- law firm HR, a quick phone screen, LLP footer and disclaimer
    spec(
        kind="interview_invitation", scen="phone_screen_law_firm", lang="en",
        company="Oldfield & Marsh", contact="rachel.dunphy@oldfieldmarsh.example.co.uk",
        frm=("Rachel Dunphy", "rachel.dunphy@oldfieldmarsh.example.co.uk"),
        subj="Learning & Development Officer – quick call?",
        date="2026-02-16 09:47 +0000",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Thank you for your application for the Learning & Development Officer role here at
Oldfield & Marsh.

Would you be free for a 20-minute telephone conversation on Thursday 19th, either at
12:30 or at 16:00? It would be an informal first chat: I'll tell you more about the firm
and our trainee and paralegal programmes, and I'd like to hear a bit more about why
you're looking to move from the classroom into L&D.

If neither time works, let me know a couple that do and I'll fit around you. I'll call
the mobile number on your CV unless you tell me otherwise.

Best wishes,

Rachel Dunphy
HR Business Partner
Oldfield & Marsh LLP
Brazennose House, Lincoln Square, Manchester M2 5AD
DD: 0161 555 0187

Oldfield & Marsh LLP is a limited liability partnership registered in England and Wales
(OC398112), authorised and regulated by the Solicitors Regulation Authority (SRA No
612207). This email and any attachments are confidential and may be legally privileged.
If you have received it in error, please notify the sender and delete it.
""",
    ),
    # 3 -- multi-academy trust, an interview day, Windows-1252
    spec(
        kind="interview_invitation", scen="trust_interview_day", lang="en",
        company="Irwell Valley Academies Trust", contact="l.beckett@irwellvalley.example.co.uk",
        frm=("Lorraine Beckett", "l.beckett@irwellvalley.example.co.uk"),
        subj="Invitation to interview – Trust Lead for Science CPD",
        date="2026-01-22 14:30 +0000",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Dear Gareth

Trust Lead for Science CPD (0.8 FTE)

I am delighted to let you know that you have been shortlisted for the above post and to
invite you to our interview day on Wednesday 4 February 2026 at our central office,
Irwell House, 14 Bury New Road, Prestwich M25 1AB.

The day will run from 09:30 to approximately 15:00 and will include:

  • a tour of Prestwich Fields Academy with the Head of Science;
  • a 20-minute session in which you deliver CPD to a small group of early-career
    science teachers on “Making practical work count”;
  • a task on planning a term’s CPD calendar across our five secondary academies;
  • a panel interview with the Director of Education, the Trust’s HR Lead and a Trustee.

Lunch will be provided. Please bring photographic ID and the originals of your degree and
QTS certificates for our safer recruitment checks.

Please confirm by reply that you are able to attend and let me know of any access
requirements.

Kind regards

Lorraine Beckett
HR Officer
Irwell Valley Academies Trust
T: 0161 555 0162

Irwell Valley Academies Trust is a charitable company limited by guarantee registered in
England No 08123456 and an exempt charity. Registered office: Irwell House, 14 Bury New
Road, Prestwich M25 1AB.
""",
    ),
    # 4 -- Google Calendar invitation with METHOD:REQUEST and an invite.ics attachment
    spec(
        kind="interview_invitation", scen="google_calendar_request", lang="en",
        company="Kinetica Labs", contact="noor.bakker@kineticalabs.example.nl",
        frm=("Noor Bakker", "noor.bakker@kineticalabs.example.nl"),
        subj="Invitation: Learning Designer – first interview (Gareth Nwosu-Whitfield) @ Tue 14 Apr 2026 10:00 - 10:45 (CEST) (gareth.nw@example.co.uk)",
        date="2026-04-07 13:05 +0200",
        mid="<calendar-5b7c2e91-4a0d-4f8e-9c33-1e7a6d2f0b85@google.com>",
        cs="utf-8", cte="qp",
        text="""You have been invited to the following event.

Learning Designer – first interview (Gareth Nwosu-Whitfield)

Hi Gareth, thanks for applying! This is a 45-minute conversation with me and Daan
(Head of Product). No preparation needed beyond having a look at our app. Noor

When: Tuesday 14 Apr 2026 10:00 – 10:45 (Central European Time - Amsterdam)
Joining info: meet.google.com/kpx-wqrt-zna
Calendar: gareth.nw@example.co.uk
Who:
  * noor.bakker@kineticalabs.example.nl - organiser
  * daan.visser@kineticalabs.example.nl
  * gareth.nw@example.co.uk

Going (gareth.nw@example.co.uk)? Yes - Maybe - No
https://calendar.google.com/calendar/event?action=RESPOND&eid=N2txMm0wZDNiOXYx&rst=1

Invitation from Google Calendar
""",
        html="""<div style="font-family:Roboto,Arial,sans-serif;color:#3c4043;font-size:14px;">
<div style="border:1px solid #dadce0;border-radius:8px;padding:20px;max-width:560px;">
<p style="font-size:12px;color:#70757a;margin:0 0 8px 0;">You have been invited to the following event.</p>
<h2 style="font-weight:400;font-size:20px;color:#3c4043;margin:0 0 12px 0;">Learning Designer &ndash; first interview (Gareth Nwosu-Whitfield)</h2>
<p>Hi Gareth, thanks for applying! This is a 45-minute conversation with me and Daan (Head of Product). No preparation needed beyond having a look at our app. Noor</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><td style="color:#70757a;padding-right:12px;">When</td><td>Tuesday 14 Apr 2026 10:00 &ndash; 10:45 (Central European Time - Amsterdam)</td></tr>
<tr><td style="color:#70757a;padding-right:12px;">Joining info</td><td><a href="https://meet.google.com/kpx-wqrt-zna">meet.google.com/kpx-wqrt-zna</a></td></tr>
<tr><td style="color:#70757a;padding-right:12px;">Who</td><td>noor.bakker@kineticalabs.example.nl &ndash; organiser<br>daan.visser@kineticalabs.example.nl<br>gareth.nw@example.co.uk</td></tr>
</table>
<p style="margin-top:18px;">Going? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2txMm0wZDNiOXYx&amp;rst=1">Yes</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2txMm0wZDNiOXYx&amp;rst=3">Maybe</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2txMm0wZDNiOXYx&amp;rst=2">No</a></p>
</div>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.</p>
</div>
""",
        cal={"method": "REQUEST", "uid": KINETICA_UID, "seq": 0, "tzid": "Europe/Amsterdam",
             "start": "20260414T100000", "end": "20260414T104500",
             "summary": "Learning Designer – first interview (Gareth Nwosu-Whitfield)",
             "location": "https://meet.google.com/kpx-wqrt-zna",
             "organizer": ("Noor Bakker", "noor.bakker@kineticalabs.example.nl"),
             "description": "Hi Gareth\\, thanks for applying! 45-minute conversation with Noor and Daan."},
        ics_file=True,
    ),
    # 5 -- NHS job platform: shortlisted, book a slot
    spec(
        kind="interview_invitation", scen="nhs_shortlisted_book_slot", lang="en",
        company="Aire Valley Teaching Hospitals NHS Trust", contact="",
        frm=("NHS Jobs", "no-reply@nhsjobs.example.co.uk"),
        subj="Invitation to interview: Learning and Development Facilitator",
        date="2026-03-26 08:30 +0000",
        cs="utf-8", cte="7bit",
        text="""Dear Gareth Nwosu-Whitfield

Job reference: 180-LD-2026-087
Job title: Learning and Development Facilitator (Band 5)
Employer: Aire Valley Teaching Hospitals NHS Trust

Congratulations, you have been shortlisted for interview.

Interviews will take place on Tuesday 14 April 2026 at the Education Centre, Airedale
House, Skipton Road, Keighley BD20 6TD.

You must sign in to your NHS Jobs account to choose an interview time. Interview slots
are allocated on a first come, first served basis and the booking link will close at
23:59 on Tuesday 31 March 2026.

The interview will include a 10-minute presentation: "How would you evaluate whether a
mandatory training programme has changed practice on the wards?"

Please bring proof of identity and of your right to work in the UK.

Aire Valley Teaching Hospitals NHS Trust

Do not reply to this email. This mailbox is not monitored.
""",
    ),
    # 6 -- exclamation-heavy agency mail naming the client, emoji in the subject
    spec(
        kind="interview_invitation", scen="agency_caps_named_client", lang="en",
        company="Harpurhey Learning Trust", contact="becky.sharples@greenfield-edu.example.co.uk",
        frm=("Becky Sharples", "becky.sharples@greenfield-edu.example.co.uk"),
        subj="GREAT NEWS!!! Interview with Harpurhey Learning Trust 🎉",
        date="2026-03-24 16:51 +0000",
        cs="utf-8", cte="8bit",
        text="""Hiya Gareth!!!

AMAZING news – Harpurhey Learning Trust LOVED your CV and want to meet you for the
Digital Learning Lead role!!! 🙌

Details:
THURSDAY 2nd APRIL, 1.30pm
Harpurhey Learning Trust central office, 120 Rochdale Road, Manchester M9 4AF
Panel: CEO (Mrs Adebayo) + Director of Teaching & Learning
They'd like a 10 min presentation on "how you'd roll out a new learning platform across
3 primaries and 2 secondaries" – no need for slides if you don't want

Let me know ASAP that you can make it and I'll confirm with them!! Can we have a quick
prep call Monday??

Becky x

Becky Sharples | Senior Consultant | Greenfield Education Recruitment
T: 0161 555 0142 | M: 07700 900 231
""",
    ),
    # 7 -- iCIMS live video interview invitation, HTML only
    spec(
        kind="interview_invitation", scen="icims_video_interview", lang="en",
        company="Northgate Building Society", contact="",
        frm=("Northgate Building Society Careers", "noreply@talent.icims.com"),
        subj="Next step: your video interview for Learning Design Consultant",
        date="2026-06-10 11:22 +0100",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;padding:0;">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f4f6f8"><tr><td align="center" style="padding:20px;">
<table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="border:1px solid #d9dee3;">
<tr><td style="padding:22px 30px;"><img src="https://careers-northgatebs.icims.com/images/ngbs_logo.png" alt="Northgate Building Society" width="200" height="40" border="0"></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-family:Verdana,Geneva,sans-serif;font-size:13px;line-height:20px;color:#1f2a36;">
<p>Dear Gareth,</p>
<p>Thank you for your application for <b>Learning Design Consultant (Req 2026-1187)</b>. We are pleased to invite you to a video interview with the hiring team.</p>
<table cellpadding="6" cellspacing="0" border="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;background:#eef3f7;width:100%;">
<tr><td width="110"><b>Date</b></td><td>Tuesday 16 June 2026</td></tr>
<tr><td><b>Time</b></td><td>14:00 &ndash; 15:00 (UK time)</td></tr>
<tr><td><b>Format</b></td><td>Microsoft Teams &ndash; a link will be sent by the hiring manager</td></tr>
<tr><td><b>Panel</b></td><td>Head of Colleague Learning; Senior Learning Designer</td></tr>
</table>
<p>Please confirm your attendance using the button below by Friday 12 June.</p>
<p><a href="https://careers-northgatebs.icims.com/jobs/1187/interview/confirm?hashed=-7731&amp;mode=apply" style="background:#00796b;color:#ffffff;padding:10px 20px;text-decoration:none;display:inline-block;">Confirm attendance</a></p>
<p>Yours sincerely,<br>Resourcing Team<br>Northgate Building Society</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#1f2a36;font-family:Verdana,Geneva,sans-serif;font-size:10px;line-height:15px;color:#c9d1d9;">
Northgate Building Society, Northgate House, Park Row, Leeds LS1 5HD. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.<br>Please do not reply to this message.
</td></tr>
</table>
<img src="https://careers-northgatebs.icims.com/icims2/servlet/icims2?module=Email&amp;action=track&amp;id=f02b19" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
    ),
    # 8 -- council HR officer, presentation task, asks for a reply
    spec(
        kind="interview_invitation", scen="council_presentation", lang="en",
        company="Calderbrook Metropolitan Borough Council", contact="janet.illingworth@calderbrook.example.co.uk",
        frm=("Janet Illingworth", "janet.illingworth@calderbrook.example.co.uk"),
        subj="Interview - Workforce Development Officer (Ref CMBC-2026-077)",
        date="2026-02-20 12:05 +0000",
        cs="windows-1252", cte="qp",
        text="""Dear Gareth,

Workforce Development Officer – Ref CMBC-2026-077

Further to your application for the above post, I am pleased to invite you for interview on
Monday 2 March 2026 at 10:00 at Calderbrook Town Hall, Market Street, Calderbrook HX7 1AA.
Please report to main reception and ask for me.

You will be asked to give a 10-minute presentation on the following topic:

“How would you engage frontline care staff who are reluctant to complete mandatory
e-learning?”

This will be followed by a competency-based interview of approximately 40 minutes. The
panel will be Mark Sutcliffe (Workforce Development Manager), Shazia Akhtar (HR
Business Partner) and myself.

Please confirm your attendance by replying to this email, and let me know if you require
any reasonable adjustments.

Yours sincerely,

Janet Illingworth
HR Officer – Recruitment
Calderbrook Metropolitan Borough Council
Tel: 01422 555 031

Calderbrook Council – working for a greener, fairer borough. Email disclaimer: this message
is intended for the addressee only and may contain information that is privileged.
""",
    ),
    # 9 -- college recruitment mailbox with a personal Reply-To, multipart/alternative
    spec(
        kind="interview_invitation", scen="college_micro_teach", lang="en",
        company="Don Valley College", contact="m.rafiq@donvalley.example.co.uk",
        frm=("Don Valley College Recruitment", "recruitment@donvalley.example.co.uk"),
        rto=("Mohammed Rafiq", "m.rafiq@donvalley.example.co.uk"),
        subj="Invitation to interview: Digital Learning Developer",
        date="2026-05-14 15:40 +0100",
        cs="utf-8", cte="qp",
        text="""Dear Gareth,

Thank you for applying for the post of Digital Learning Developer (ref DVC/157).

I'm pleased to invite you to interview on Wednesday 27 May 2026 at our Eastbank campus,
Hadfield Street, Sheffield S9 3TY. The day has two parts:

09:30  Micro-teach (15 minutes): please build a short Moodle activity that teaches one
       concept from an FE science or health course, and walk the panel through it.
       A laptop and projector will be available.
10:30  Panel interview with Mohammed Rafiq (Head of Digital Learning), Karen Stead (HR)
       and a student governor.

Please reply to this email to confirm you can attend. If you need any adjustments, let me
know and we'll be happy to help.

Best wishes,

Mohammed Rafiq
Head of Digital Learning
Don Valley College
""",
        html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000;">
<p>Dear Gareth,</p>
<p>Thank you for applying for the post of Digital Learning Developer (ref DVC/157).</p>
<p>I&rsquo;m pleased to invite you to interview on <b>Wednesday 27 May 2026</b> at our Eastbank campus, Hadfield Street, Sheffield S9 3TY. The day has two parts:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<tr><td>09:30</td><td>Micro-teach (15 minutes): please build a short Moodle activity that teaches one concept from an FE science or health course, and walk the panel through it. A laptop and projector will be available.</td></tr>
<tr><td>10:30</td><td>Panel interview with Mohammed Rafiq (Head of Digital Learning), Karen Stead (HR) and a student governor.</td></tr>
</table>
<p>Please reply to this email to confirm you can attend. If you need any adjustments, let me know and we&rsquo;ll be happy to help.</p>
<p>Best wishes,</p>
<p><b>Mohammed Rafiq</b><br>Head of Digital Learning<br>Don Valley College<br><img src="https://www.donvalley.example.co.uk/email/dvc-logo-small.png" alt="Don Valley College" width="120"></p>
</div>
""",
    ),
    # 10 -- start-up co-founder, "coffee?", informal but about the role applied for
    spec(
        kind="interview_invitation", scen="founder_coffee", lang="en",
        company="Tidewater Learning", contact="liam@tidewater.example.co.uk",
        frm=("Liam Costigan", "liam@tidewater.example.co.uk"),
        subj="coffee?",
        date="2026-07-01 22:08 +0100",
        cs="utf-8", cte="7bit",
        text="""Hi Gareth,

Liam here, co-founder at Tidewater Learning. Loved your application for the learning
designer role, especially the bit about rebuilding the Year 10 electricity unit around
misconceptions.

Fancy a coffee next week to chat properly about the role? It'd be me and Sarah (our other
founder), about an hour, fairly relaxed but we'll want to hear how you'd approach our
apprenticeship content. We're in the Baltic Triangle most days - Tue 7th or Wed 8th,
10ish, work for you?

Cheers,
Liam
""",
    ),
    # 11 -- Lever scheduling link, Reply-To the recruiter
    spec(
        kind="interview_invitation", scen="lever_schedule", lang="en",
        company="Quizzard", contact="tomasz.wilk@quizzard.example.com",
        frm=("Quizzard", "no-reply@hire.lever.co"),
        rto=("Tomasz Wilk", "tomasz.wilk@quizzard.example.com"),
        subj="Quizzard: let's find a time to chat",
        date="2026-05-11 09:03 +0100",
        cs="utf-8", cte="base64",
        html="""<html><body style="background:#fafafa;margin:0;">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1f;background:#ffffff;">
<img src="https://lever-client-logos.s3.amazonaws.com/quizzard-logo.png" alt="Quizzard" height="36" style="margin-bottom:24px;">
<p>Hi Gareth,</p>
<p>I'm Tomasz, and I look after hiring for our content team. Thanks for applying for <b>Instructional Designer (Science)</b> &mdash; the team would like to invite you to a 30-minute video interview with me to talk through your experience and the role.</p>
<p>Pick any slot that suits you here:</p>
<p><a href="https://hire.lever.co/interview-scheduling/quizzard/8c1f7e2a?utm_source=email" style="display:inline-block;background:#6c3cf0;color:#ffffff;padding:11px 22px;border-radius:6px;text-decoration:none;">Choose a time</a></p>
<p>If nothing works, reply to this email and I'll find another time.</p>
<p>Cheers,<br>Tomasz Wilk<br>Talent Partner, Quizzard</p>
<p style="font-size:11px;color:#8a8a8a;margin-top:28px;">Quizzard Technologies Ltd &middot; 2 Hardman Street, Manchester M3 3HF</p>
</div>
<img src="https://hire.lever.co/email/open?id=4d7e11a0b2&amp;u=gareth" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 12 -- Dublin publisher, Irish register, in person or Zoom
    spec(
        kind="interview_invitation", scen="publisher_dublin", lang="en",
        company="Ashgrove Educational Publishing", contact="niamh.gallagher@ashgrove.example.ie",
        frm=("Niamh Gallagher", "niamh.gallagher@ashgrove.example.ie"),
        subj="Curriculum Content Editor – interview",
        date="2026-06-18 12:16 +0100",
        cs="utf-8", cte="8bit",
        text="""Hi Gareth,

Thanks a million for your application for the Curriculum Content Editor (Science) role -
we were very taken with the sample worksheets you sent.

We'd like to invite you to an interview on Thursday 25 June at 11am. You're very welcome
to come to us at 40 Baggot Street Lower, Dublin 2, but if travelling over isn't practical
we can do it on Zoom, no bother at all. It'll be myself and Conor Ó Briain, our Head of
Digital, for about an hour, and we'll ask you to edit a short piece of Junior Cycle
science text beforehand (I'll send it on Monday).

Let me know which you'd prefer and I'll send on the details.

Kind regards,
Niamh

Niamh Gallagher
Editorial Director, Science & Maths
Ashgrove Educational Publishing
40 Baggot Street Lower, Dublin 2, D02 XY45
+353 1 555 0173

Ashgrove Educational Publishing Limited, registered in Ireland No. 512877.
Directors: N. Gallagher, P. Walsh, R. Keogh (UK).
""",
    ),
    # 13 -- university panel interview on Teams, Outlook HTML only
    spec(
        kind="interview_invitation", scen="university_teams_panel", lang="en",
        company="Mersey Metropolitan University", contact="g.hollins@merseymet.example.co.uk",
        frm=("Gemma Hollins", "g.hollins@merseymet.example.co.uk"),
        subj="Interview invitation – Educational Technologist (MMU-2291)",
        date="2026-03-31 11:48 +0100",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style></head>
<body lang="EN-GB" link="#467886" vlink="#96607D">
<div class="WordSection1">
<p class="MsoNormal">Dear Gareth,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your application for the post of Educational Technologist (MMU-2291). I am pleased to invite you to a panel interview on <b>Thursday 9 April 2026 at 14:15</b>, to be held on Microsoft Teams.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The panel will be Dr Alan Pryce (Associate Dean, Learning &amp; Teaching), Sue Grady (Digital Education Manager) and me. Please prepare a 10-minute presentation on “Supporting lecturers who are new to active learning online”, which you can share on screen.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kindly reply to confirm your attendance.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best wishes,</p>
<p class="MsoNormal">Gemma</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#6b1d5e;">Gemma Hollins</span></b> (she/her)<br>Recruitment Adviser | People Services<br>Mersey Metropolitan University</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border-top:1px solid #cccccc;padding-top:8px;">
<p class="MsoNormal"><span style="font-size:10.5pt;">________________________________________________________________________________</span></p>
<p class="MsoNormal"><b><span style="font-size:14pt;color:#252424;">Microsoft Teams meeting</span></b></p>
<p class="MsoNormal"><b>Join on your computer, mobile app or room device</b></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTM4ZDk1ZjIt%40thread.v2/0?context=%7b%22Tid%22%3a%22merseymet%22%7d"><b>Click here to join the meeting</b></a></p>
<p class="MsoNormal">Meeting ID: 362 118 904 551<br>Passcode: Yt7qPa</p>
<p class="MsoNormal"><span style="font-size:10.5pt;">________________________________________________________________________________</span></p>
</div>
</div>
</body></html>
""",
    ),
    # 14 -- second interview; the Outlook quote is the candidate fearing a rejection (misleading)
    spec(
        kind="interview_invitation", scen="second_interview_quote_fears_rejection", lang="en",
        company="Kestrel Logistics", contact="craig.whitely@kestrel-logistics.example.co.uk",
        frm=("Craig Whitely", "craig.whitely@kestrel-logistics.example.co.uk"),
        subj="RE: Your application - Learning Designer",
        date="2026-04-16 09:22 +0100",
        mid="<AM9PR03MB7118E4F0D2C1A9B3@AM9PR03MB7118.eurprd03.prod.outlook.com>",
        irt="<CAGnw7=KES0415@mail.example.co.uk>",
        cs="utf-8", cte="qp",
        text="""Not at all, Gareth – quite the opposite!

Sorry for the silence; our hiring manager, Debbie Lang, has been on leave. She's now
been through the first-round notes and would like to see you for a second interview on
Wednesday 22 April at 2pm at our Trafford Park site (Kestrel House, Westinghouse Road,
M17 1PY). It'll be Debbie and our Ops Training Manager, and they'll ask you to walk them
through how you'd turn our forklift induction into a blended programme.

Does that work? Parking is free on site, just give your name at the gatehouse.

Kind regards,

Craig Whitely
Talent Acquisition Advisor
Kestrel Logistics
T: 0161 555 0178 | M: 07700 900 412
kestrel-logistics.example.co.uk

Kestrel Logistics Ltd. Registered office: Kestrel House, Westinghouse Road, Trafford Park,
Manchester M17 1PY. Registered in England No 03321456.

From: Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Sent: 15 April 2026 19:03
To: Craig Whitely <craig.whitely@kestrel-logistics.example.co.uk>
Subject: Your application - Learning Designer

Hi Craig,

I hope you don't mind me chasing. It's been three weeks since my first interview and I
haven't heard anything. If unfortunately the role has been filled or you've decided not
to proceed with my application, I'd be grateful to know either way.

Many thanks,
Gareth
""",
    ),
    # 15 -- Personio, Zurich ed-tech, German, HTML only, Reply-To the recruiter
    spec(
        kind="interview_invitation", scen="personio_videointerview", lang="de",
        company="Lernwerk", contact="sabine.kaelin@lernwerk.example.ch",
        frm=("Lernwerk AG", "noreply@personio.de"),
        rto=("Sabine Kälin", "sabine.kaelin@lernwerk.example.ch"),
        subj="Einladung zum Videointerview – Learning Experience Designer (m/w/d)",
        date="2026-03-10 10:31 +0100",
        cs="utf-8", cte="qp",
        html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;color:#24292f;">
<tr><td style="padding:26px 34px 6px 34px;"><img src="https://lernwerk.jobs.personio.de/assets/company/logo-lernwerk.png" alt="Lernwerk AG" width="150"></td></tr>
<tr><td style="padding:12px 34px 24px 34px;font-size:14px;line-height:22px;">
<p>Guten Tag Herr Nwosu-Whitfield</p>
<p>Herzlichen Dank für Ihre Bewerbung als Learning Experience Designer (m/w/d). Ihr Profil hat uns überzeugt, und wir möchten Sie gerne näher kennenlernen.</p>
<p>Wir laden Sie deshalb zu einem Videointerview (ca. 45 Minuten) mit Sabine Kälin (HR) und Reto Brunner (Lead Learning Design) ein:</p>
<p style="background:#f0f4f8;padding:12px 16px;"><b>Dienstag, 17. März 2026, 14:00 Uhr (MEZ)</b><br>Microsoft Teams – den Link erhalten Sie am Vortag</p>
<p>Das Gespräch findet auf Englisch statt. Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail oder schlagen Sie eine Alternative vor.</p>
<p>Wir freuen uns auf das Gespräch!</p>
<p>Freundliche Grüsse<br>Sabine Kälin<br>HR Business Partner</p>
</td></tr>
<tr><td style="padding:14px 34px;border-top:1px solid #e1e4e8;font-size:11px;line-height:16px;color:#6a737d;">
Lernwerk AG · Hardturmstrasse 161 · 8005 Zürich · <a href="https://lernwerk.jobs.personio.de/privacy-policy?language=de" style="color:#6a737d;">Datenschutz</a>
</td></tr>
</table></td></tr></table>
<img src="https://lernwerk.jobs.personio.de/t/o/a04b6e2c.png" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 16 -- Zurich foundation, Sie, Latin-1 QP
    spec(
        kind="interview_invitation", scen="stiftung_sie_einladung", lang="de",
        company="Stiftung Bildungsbrücke", contact="urs.meierhofer@bildungsbruecke.example.ch",
        frm=("Urs Meierhofer", "urs.meierhofer@bildungsbruecke.example.ch"),
        subj="Einladung zum Gespräch – Projektleitung Weiterbildung (80 %)",
        date="2026-05-19 16:02 +0200",
        mid="<ZR0P278MB0815A1E3C7D2F9B0@ZR0P278MB0815.CHEP278.PROD.OUTLOOK.COM>",
        cs="iso-8859-1", cte="qp", hcs="utf-8",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Vielen Dank für Ihre Bewerbung als Projektleiter Weiterbildung (80 %) und für Ihr
Interesse an der Stiftung Bildungsbrücke.

Gerne laden wir Sie zu einem ersten Gespräch ein:

Datum:  Dienstag, 2. Juni 2026
Zeit:   14.00 bis ca. 15.15 Uhr
Ort:    Stiftung Bildungsbrücke, Hohlstrasse 86, 8004 Zürich (2. OG)
        alternativ per MS Teams, falls die Anreise aus Manchester nicht möglich ist

Am Gespräch nehmen Frau Dr. Corinne Vogt (Geschäftsleiterin) und ich teil. Wir würden
Sie bitten, in ca. zehn Minuten zu skizzieren, wie Sie ein Weiterbildungsangebot für
Lehrpersonen zum Thema «Naturwissenschaften handlungsorientiert unterrichten» aufbauen
würden. Das Gespräch kann auf Englisch oder Deutsch geführt werden.

Für eine kurze Bestätigung bis Freitag danke ich Ihnen.

Freundliche Grüsse

Urs Meierhofer
Leiter Personal & Finanzen
Stiftung Bildungsbrücke
Hohlstrasse 86, 8004 Zürich
T +41 44 555 37 12
""",
    ),
    # 17 -- Google Calendar invitation in German, du, METHOD:REQUEST, multipart/alternative
    spec(
        kind="interview_invitation", scen="google_calendar_de_du", lang="de",
        company="Lumenauts", contact="jonas@lumenauts.example.com",
        frm=("Jonas Reuter", "jonas@lumenauts.example.com"),
        subj="Einladung: Kennenlernen Gareth / Lumenauts @ Do. 26. März 2026 15:00 - 15:45 (MEZ) (gareth.nw@example.co.uk)",
        date="2026-03-19 11:27 +0100",
        mid="<calendar-9e3d0a57-b8c1-4a21-8f6e-2c4b7d1e9a30@google.com>",
        cs="utf-8", cte="qp",
        text="""Du wurdest zu folgendem Termin eingeladen.

Kennenlernen Gareth / Lumenauts

Hi Gareth, wie besprochen hier die Einladung für unser erstes Gespräch zur Rolle
"Learning Designer (Schwerpunkt Schule)". Wir sind zu zweit (Mira und ich) und wollen vor
allem verstehen, wie du Unterrichtseinheiten aufbaust. Bis dann! Jonas

Wann: Donnerstag, 26. März 2026 15:00 – 15:45 (Mitteleuropäische Zeit - Berlin)
Teilnahmeinformationen: meet.google.com/fbq-xmtr-vke
Kalender: gareth.nw@example.co.uk
Wer:
  * jonas@lumenauts.example.com – Organisator
  * mira@lumenauts.example.com
  * gareth.nw@example.co.uk

Teilnehmen (gareth.nw@example.co.uk)? Ja – Vielleicht – Nein
https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Y5YTFjMmU4Yjdk&rst=1

Einladung von Google Kalender
""",
        html="""<div style="font-family:Roboto,Arial,sans-serif;color:#3c4043;font-size:14px;">
<div style="border:1px solid #dadce0;border-radius:8px;padding:20px;max-width:560px;">
<p style="font-size:12px;color:#70757a;margin:0 0 8px 0;">Du wurdest zu folgendem Termin eingeladen.</p>
<h2 style="font-weight:400;font-size:20px;margin:0 0 12px 0;">Kennenlernen Gareth / Lumenauts</h2>
<p>Hi Gareth, wie besprochen hier die Einladung für unser erstes Gespräch zur Rolle &bdquo;Learning Designer (Schwerpunkt Schule)&ldquo;. Wir sind zu zweit (Mira und ich) und wollen vor allem verstehen, wie du Unterrichtseinheiten aufbaust. Bis dann! Jonas</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><td style="color:#70757a;padding-right:12px;">Wann</td><td>Donnerstag, 26. März 2026 15:00 &ndash; 15:45 (Mitteleuropäische Zeit - Berlin)</td></tr>
<tr><td style="color:#70757a;padding-right:12px;">Teilnahme</td><td><a href="https://meet.google.com/fbq-xmtr-vke">meet.google.com/fbq-xmtr-vke</a></td></tr>
<tr><td style="color:#70757a;padding-right:12px;">Wer</td><td>jonas@lumenauts.example.com &ndash; Organisator<br>mira@lumenauts.example.com<br>gareth.nw@example.co.uk</td></tr>
</table>
<p style="margin-top:18px;">Teilnehmen? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y5YTFjMmU4Yjdk&amp;rst=1">Ja</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y5YTFjMmU4Yjdk&amp;rst=3">Vielleicht</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=M2Y5YTFjMmU4Yjdk&amp;rst=2">Nein</a></p>
</div>
<p style="font-size:11px;color:#70757a;">Einladung von Google Kalender</p>
</div>
""",
        cal={"method": "REQUEST", "uid": LUMENAUTS_UID, "seq": 0, "tzid": "Europe/Berlin",
             "start": "20260326T150000", "end": "20260326T154500",
             "summary": "Kennenlernen Gareth / Lumenauts",
             "location": "https://meet.google.com/fbq-xmtr-vke",
             "organizer": ("Jonas Reuter", "jonas@lumenauts.example.com"),
             "description": "Erstes Gespräch zur Rolle Learning Designer (Schwerpunkt Schule)."},
    ),
    # 18 -- softgarden telephone interview booking, HTML only, no reply
    spec(
        kind="interview_invitation", scen="softgarden_telefoninterview", lang="de",
        company="Kinderleicht Lernsysteme", contact="",
        frm=("Kinderleicht Lernsysteme GmbH", "noreply@softgarden.io"),
        subj="Ihre Bewerbung bei Kinderleicht Lernsysteme: Einladung zum Telefoninterview",
        date="2026-06-03 14:12 +0200",
        cs="utf-8", cte="base64",
        html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="background:#ffcc00;padding:16px 28px;"><img src="https://kinderleicht.softgarden.io/assets/logo_kl.png" alt="Kinderleicht Lernsysteme" width="170"></td></tr>
<tr><td style="padding:26px 28px;line-height:22px;">
<p>Sehr geehrter Herr Nwosu-Whitfield,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Learning Designer (m/w/d) – Standort Amsterdam</strong>. Wir möchten Sie gerne in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin aus unserem Kalender aus:</p>
<p><a href="https://kinderleicht.softgarden.io/interview/select?token=9f2c1e7b3a&amp;lang=de" style="background:#1a5fb4;color:#ffffff;padding:10px 18px;text-decoration:none;display:inline-block;">Termin auswählen</a></p>
<p>Das Gespräch führt Frau Lea Hofbauer aus unserem Recruiting-Team. Sie ruft Sie zum gewählten Zeitpunkt unter der in Ihrer Bewerbung angegebenen Telefonnummer an.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kinderleicht Lernsysteme GmbH</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f7f7f7;font-size:11px;color:#777777;line-height:16px;">
Kinderleicht Lernsysteme GmbH · Leopoldstraße 31 · 80802 München · Geschäftsführer: Dr. Bernhard Kloiber, Anja Seidl · Registergericht München HRB 214455<br>
Diese Nachricht wurde über softgarden versendet. Antworten auf diese E-Mail können nicht bearbeitet werden.
</td></tr>
</table></td></tr></table>
<img src="https://kinderleicht.softgarden.io/mail/open/9f2c1e7b3a.gif" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 19 -- French publisher, vous, video interview, Latin-1 QP
    spec(
        kind="interview_invitation", scen="editeur_visio_vous", lang="fr",
        company="Éditions Vauclair", contact="c.desrosiers@vauclair.example.com",
        frm=("Claire Desrosiers", "c.desrosiers@vauclair.example.com"),
        subj="Entretien – Chef de projet pédagogique numérique (Dublin)",
        date="2026-03-20 17:45 +0100",
        mid="<PR1P264MB2034D9A1B7C3E5F2@PR1P264MB2034.FRAP264.PROD.OUTLOOK.COM>",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Bonjour Monsieur Nwosu-Whitfield,

Nous avons bien reçu votre candidature au poste de chef de projet pédagogique numérique
pour notre pôle de Dublin, et nous vous en remercions.

Votre parcours d'enseignant de sciences et votre intérêt pour la conception de ressources
numériques ont retenu notre attention. Nous souhaiterions donc vous rencontrer lors d'un
entretien en visioconférence le mardi 7 avril à 15 h (heure de Paris), soit 14 h à
Dublin. L'entretien durera environ une heure, en présence de Mathieu Lenoir, directeur
éditorial, et de moi-même. Il se déroulera en français et en anglais.

Pourriez-vous me confirmer votre disponibilité ? Le lien de connexion vous sera envoyé
la veille.

Bien cordialement,

Claire Desrosiers
Responsable RH - Pôle international
Éditions Vauclair SAS
12, rue Jacob - 75006 Paris
""",
    ),
    # 20 -- Geneva institute, sentence-case name, multipart/alternative, "convocation"
    spec(
        kind="interview_invitation", scen="institut_convocation", lang="fr",
        company="Institut romand de pédagogie numérique", contact="valerie.chatelain@irpn.example.ch",
        frm=("Valérie Châtelain", "valerie.chatelain@irpn.example.ch"),
        subj="Convocation à un entretien – Conseiller·ère pédagogique e-learning",
        date="2026-06-22 09:55 +0200",
        cs="utf-8", cte="qp",
        text="""Monsieur,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien
pour le poste de conseiller·ère pédagogique e-learning (80 %), rattaché à notre antenne
de Zurich.

Date : mardi 30 juin 2026
Heure : 10 h 00 – 11 h 15
Lieu : visioconférence (Zoom) – le lien vous parviendra 48 heures avant

La commission sera composée de Mme Anne-Laure Python, directrice, de M. Samuel Rochat,
responsable du pôle e-learning, et de moi-même. Nous vous demanderons de présenter en
10 minutes un module de formation en ligne que vous avez conçu.

Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.

Avec nos meilleures salutations,

Valérie Châtelain
Responsable RH
Institut romand de pédagogie numérique (IRPN)
Boulevard Carl-Vogt 12 – 1205 Genève
""",
        html="""<html><body style="font-family:Georgia,serif;font-size:14px;color:#222;">
<p>Monsieur,</p>
<p>Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien pour le poste de <b>conseiller·ère pédagogique e-learning (80&nbsp;%)</b>, rattaché à notre antenne de Zurich.</p>
<table cellpadding="4" style="font-family:Georgia,serif;font-size:14px;">
<tr><td><i>Date</i></td><td>mardi 30 juin 2026</td></tr>
<tr><td><i>Heure</i></td><td>10&nbsp;h&nbsp;00 – 11&nbsp;h&nbsp;15</td></tr>
<tr><td><i>Lieu</i></td><td>visioconférence (Zoom) – le lien vous parviendra 48&nbsp;heures avant</td></tr>
</table>
<p>La commission sera composée de Mme Anne-Laure Python, directrice, de M. Samuel Rochat, responsable du pôle e-learning, et de moi-même. Nous vous demanderons de présenter en 10&nbsp;minutes un module de formation en ligne que vous avez conçu.</p>
<p>Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.</p>
<p>Avec nos meilleures salutations,</p>
<p>Valérie Châtelain<br>Responsable RH<br><span style="color:#0b5d7a;">Institut romand de pédagogie numérique (IRPN)</span><br>Boulevard Carl-Vogt 12 – 1205 Genève</p>
<p><img src="https://www.irpn.example.ch/signature/irpn-logo.png" alt="IRPN – Institut romand de pédagogie numérique" width="110"></p>
</body></html>
""",
    ),
    # 21 -- founder, tu, emoji subject, "ça te dit un call ?"
    spec(
        kind="interview_invitation", scen="fondateur_tu_call", lang="fr",
        company="Tribu Pédago", contact="max@tribupedago.example.com",
        frm=("Maxime Roux", "max@tribupedago.example.com"),
        subj="Ton profil 👀",
        date="2026-05-26 13:20 +0200",
        mid="<CAMxR0ux=7QpL2dFv@mail.tribupedago.example.com>",
        cs="utf-8", cte="8bit",
        text="""Hello Gareth !

J'ai lu ta candidature pour le poste de concepteur pédagogique, ça m'a bien plu (surtout
ton portfolio sur les TP de chimie, super malin).

Ça te dit qu'on s'appelle jeudi 28 à 17h pour en parler ? 30 min en visio, rien de
formel, je te présente Tribu Pédago et tu me racontes ton parcours. Je t'envoie le lien
Meet si c'est ok pour toi.

À jeudi j'espère,
Max

--
Maxime Roux
Cofondateur – Tribu Pédago
""",
    ),
    # 22 -- Taleo, Swiss bank, French, HTML only, personal Reply-To
    spec(
        kind="interview_invitation", scen="taleo_banque_entretien", lang="fr",
        company="Banque Lémanique", contact="patrick.favre@banque-lemanique.example.ch",
        frm=("Banque Lémanique – Recrutement", "banque-lemanique@taleo.net"),
        rto=("Patrick Favre", "patrick.favre@banque-lemanique.example.ch"),
        subj="Invitation à un entretien – Learning Partner (Zurich)",
        date="2026-08-18 10:08 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#f3f1ee;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:13px;color:#2a2a2a;">
<tr><td style="padding:18px 26px;border-bottom:3px solid #8c6d3f;"><img src="https://banquelemanique.taleo.net/careersection/theme/88/logo_bl.png" alt="Banque Lémanique" width="180"></td></tr>
<tr><td style="padding:24px 26px;line-height:20px;">
<p>Monsieur,</p>
<p>Nous vous remercions de votre candidature au poste de <b>Learning Partner</b> au sein de notre succursale de Zurich.</p>
<p>Nous avons le plaisir de vous inviter à un entretien le <b>jeudi 27 août 2026 à 9 h 30</b> dans nos locaux, Bahnhofstrasse 45, 8001 Zurich (réception, 4e étage). Vous rencontrerez M. Patrick Favre, responsable Formation &amp; Développement, ainsi qu'un membre de la direction de la succursale.</p>
<p>Nous vous saurions gré de confirmer votre venue en répondant à ce message. Pour toute question, M. Favre se tient à votre disposition.</p>
<p>Veuillez agréer, Monsieur, nos salutations distinguées.</p>
<p>Ressources humaines<br>Banque Lémanique</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:10px;color:#8a8a8a;border-top:1px solid #e5e1da;">Banque Lémanique SA · Quai des Bergues 9 · 1201 Genève · Succursale de Zurich<br>Ce message et ses annexes sont confidentiels. <a href="https://banquelemanique.taleo.net/careersection/privacy?lang=fr" style="color:#8a8a8a;">Protection des données</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    ),
    # 23 -- Teamtailor, Madrid, tú, HTML only, Reply-To the recruiter
    spec(
        kind="interview_invitation", scen="teamtailor_es_conocerte", lang="es",
        company="Aprende Más", contact="lucia.navarro@aprendemas.example.es",
        frm=("Aprende Más", "no-reply@teamtailor-mail.com"),
        rto=("Lucía Navarro", "lucia.navarro@aprendemas.example.es"),
        subj="¡Queremos conocerte! – Diseñador/a instruccional",
        date="2026-05-20 11:34 +0200",
        cs="utf-8", cte="qp",
        html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f3ff;"><tr><td align="center" style="padding:28px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Arial,sans-serif;color:#2e2440;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://assets.teamtailor-cdn.com/aprendemas/logo-morado.png" alt="Aprende Más" width="130"></td></tr>
<tr><td style="padding:18px 32px 26px 32px;font-size:15px;line-height:23px;">
<p>¡Hola, Gareth!</p>
<p>Soy Lucía, del equipo de personas de Aprende Más. Hemos leído tu candidatura para <strong>Diseñador/a instruccional</strong> y nos encantaría conocerte.</p>
<p>Te proponemos una videollamada de 45 minutos con Pablo (Head of Product) y conmigo. Elige el hueco que mejor te venga:</p>
<p style="text-align:center;"><a href="https://aprendemas.teamtailor.com/meetings/b71e2c?candidate=gareth" style="background:#6b3fd4;color:#ffffff;padding:12px 24px;border-radius:20px;text-decoration:none;display:inline-block;">Reservar entrevista</a></p>
<p>Si ninguna hora te encaja, contéstame a este correo y lo cuadramos.</p>
<p>¡Hasta pronto!<br>Lucía Navarro<br>People &amp; Culture</p>
</td></tr>
<tr><td style="padding:12px 32px;font-size:11px;color:#8f86a0;border-top:1px solid #eee;">Aprende Más S.L. · Calle de Fuencarral 96, 28004 Madrid · <a href="https://aprendemas.teamtailor.com/privacy" style="color:#8f86a0;">Política de privacidad</a></td></tr>
</table></td></tr></table>
<img src="https://tracking.teamtailor-mail.com/o/b71e2c/open.gif" width="1" height="1" alt="">
""",
    ),
    # 24 -- SuccessFactors, Spanish bank, usted, alternative, role mailbox as Reply-To
    spec(
        kind="interview_invitation", scen="banco_convocatoria_usted", lang="es",
        company="Banco Meseta", contact="seleccion@bancomeseta.example.es",
        frm=("Banco Meseta – Selección", "bancomeseta@successfactors.eu"),
        rto=("Selección Banco Meseta", "seleccion@bancomeseta.example.es"),
        subj="Convocatoria a entrevista – Especialista en Formación Corporativa",
        date="2026-06-29 12:40 +0200",
        cs="utf-8", cte="qp",
        text="""Estimado Sr. Nwosu-Whitfield:

Nos complace comunicarle que ha sido preseleccionado para el puesto de Especialista en
Formación Corporativa (ref. BM-RRHH-2026-219).

Le convocamos a una entrevista presencial:

  Fecha: miércoles, 8 de julio de 2026
  Hora: 10:00 h
  Lugar: Paseo de la Castellana 140, planta 9 (Dirección de Talento), 28046 Madrid

La entrevista tendrá una duración aproximada de 60 minutos y se realizará en español e
inglés. Le rogamos que traiga su documento de identidad.

Para cualquier duda o para confirmar su asistencia, puede responder a este correo.

Atentamente,
Dirección de Talento
Banco Meseta
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333;">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#7a1f2b;padding:14px 20px;"><img src="https://performancemanager.successfactors.eu/public/ui-resource/bancomeseta/logo.png" alt="Banco Meseta" height="30"></td></tr>
<tr><td style="padding:20px;line-height:19px;">
<p>Estimado Sr. Nwosu-Whitfield:</p>
<p>Nos complace comunicarle que ha sido preseleccionado para el puesto de <b>Especialista en Formación Corporativa</b> (ref. BM-RRHH-2026-219).</p>
<p>Le convocamos a una entrevista presencial:</p>
<ul><li>Fecha: miércoles, 8 de julio de 2026</li><li>Hora: 10:00 h</li><li>Lugar: Paseo de la Castellana 140, planta 9 (Dirección de Talento), 28046 Madrid</li></ul>
<p>La entrevista tendrá una duración aproximada de 60 minutos y se realizará en español e inglés. Le rogamos que traiga su documento de identidad.</p>
<p>Para cualquier duda o para confirmar su asistencia, puede responder a este correo.</p>
<p>Atentamente,<br>Dirección de Talento<br>Banco Meseta</p>
</td></tr>
</table>
</body></html>
""",
    ),
    # 25 -- start-up CEO, tú, "¿Charla?"
    spec(
        kind="interview_invitation", scen="startup_ceo_charla", lang="es",
        company="Pizarra Digital", contact="diego@pizarradigital.example.es",
        frm=("Diego Almansa", "diego@pizarradigital.example.es"),
        subj="¿Charla?",
        date="2026-07-20 13:02 +0200",
        mid="<CAD1eG0=Alm7xRt2@mail.pizarradigital.example.es>",
        cs="utf-8", cte="8bit",
        text="""¡Hola Gareth!

Soy Diego, CEO de Pizarra Digital. Vimos tu candidatura para Learning Designer y nos ha
gustado mucho, sobre todo lo de las prácticas de laboratorio en formato vídeo.

¿Te vendría bien pasarte por la oficina (calle del Pez 21, Malasaña) el martes 28 a las
11:00? Sería una entrevista con Irene (nuestra directora pedagógica) y conmigo, una hora
más o menos. Si estás todavía en Manchester lo hacemos por videollamada, sin problema.

Un abrazo,
Diego

Diego Almansa · CEO · Pizarra Digital
""",
    ),
    # 26 -- Spanish university, usted, formal "citación", Windows-1252
    spec(
        kind="interview_invitation", scen="universidad_citacion", lang="es",
        company="Universidad Abierta de Madrid", contact="personal.pas@uamadrid.example.es",
        frm=("Servicio de Personal – Universidad Abierta de Madrid", "personal.pas@uamadrid.example.es"),
        subj="Citación para entrevista personal – Plaza de Técnico/a en Diseño Instruccional (Ref. PAS-L-2026-14)",
        date="2026-09-08 09:10 +0200",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Estimado Sr. Nwosu-Whitfield:

Una vez concluida la fase de valoración de méritos del proceso selectivo de referencia,
por la presente se le cita para la realización de la entrevista personal, que tendrá
lugar el día 17 de septiembre de 2026, a las 10:30 horas, en el Edificio Rectorado,
Sala de Juntas (2.ª planta), Calle de Toledo 42, 28005 Madrid.

La comisión de selección valorará la adecuación del perfil a las funciones del puesto
(diseño de asignaturas en línea, formación del profesorado en herramientas digitales y
accesibilidad). Deberá acudir provisto de DNI, NIE o pasaporte.

En caso de no poder asistir, le rogamos que lo comunique a la mayor brevedad
respondiendo a este correo.

Atentamente,

Servicio de Personal de Administración y Servicios
Universidad Abierta de Madrid
personal.pas@uamadrid.example.es · Tel. 91 555 80 44
""",
    ),
]

RESCHEDULES = [
    # 1 -- new time, same link, Gmail quote
    spec(
        kind="interview_reschedule_or_cancel", scen="move_to_friday", lang="en",
        company="Brightloop Learning", contact="hannah.okafor@brightloop.example.co.uk",
        frm=("Hannah Okafor", "hannah.okafor@brightloop.example.co.uk"),
        subj="Re: Interview – Thursday",
        date="2026-03-16 16:44 +0000",
        irt="<CAGnw7=BL0310@mail.example.co.uk>",
        refs=["<CAHo4kF=brightloop0309@mail.brightloop.example.co.uk>", "<CAGnw7=BL0310@mail.example.co.uk>"],
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

Really sorry to do this – Priya's been pulled into a board meeting on Thursday afternoon.
Could we move your interview to Friday 20th at 11:00 instead? Same Google Meet link as
before.

If Friday doesn't work, let me know and I'll find another slot early next week.

Thanks for being flexible!
Hannah

Hannah Okafor
Talent Partner · Brightloop Learning

On Tue, 10 Mar 2026 at 08:31, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> wrote:
> Hi Hannah, Thursday 19th at 14:00 is perfect, thank you. Looking forward to it.
> Gareth
""",
    ),
    # 2 -- in-person day switched to Teams because of a rail strike; Outlook quote
    spec(
        kind="interview_reschedule_or_cancel", scen="switched_to_teams_strike", lang="en",
        company="Irwell Valley Academies Trust", contact="l.beckett@irwellvalley.example.co.uk",
        frm=("Lorraine Beckett", "l.beckett@irwellvalley.example.co.uk"),
        subj="RE: Invitation to interview – Trust Lead for Science CPD – CHANGE TO ARRANGEMENTS",
        date="2026-02-02 08:15 +0000",
        irt="<CAGnw7=IVAT0123@mail.example.co.uk>",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Dear Gareth

Due to the planned rail strike on Wednesday 4 February, and as two of our candidates are
travelling from outside Greater Manchester, we have taken the decision to hold all
interviews remotely via Microsoft Teams. Your slot remains at 10:00.

The tour will not take place, and instead of delivering CPD to a live group we will ask
you to give the same session as a 10-minute presentation via screen share. The planning
task will be emailed to you at 09:00 and should be returned by 09:45.

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_IVAT-interviews-0402

Apologies for the change and thank you for your understanding.

Kind regards

Lorraine Beckett
HR Officer
Irwell Valley Academies Trust

From: Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Sent: 23 January 2026 07:52
To: Lorraine Beckett <l.beckett@irwellvalley.example.co.uk>
Subject: Re: Invitation to interview – Trust Lead for Science CPD

Dear Lorraine,
Thank you – I’m delighted to accept and will see you on 4 February at 09:30.
Best wishes, Gareth
""",
    ),
    # 3 -- panel member unwell, postponed, new dates to follow
    spec(
        kind="interview_reschedule_or_cancel", scen="panel_member_ill_postponed", lang="en",
        company="Mersey Metropolitan University", contact="g.hollins@merseymet.example.co.uk",
        frm=("Gemma Hollins", "g.hollins@merseymet.example.co.uk"),
        subj="Educational Technologist interview – postponed",
        date="2026-04-08 17:12 +0100",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Dear Gareth,

I’m very sorry for the short notice, but one of our panel members is unwell and we have
had to postpone tomorrow’s interviews for the Educational Technologist post (MMU-2291).

We are looking at dates in the week of 20 April and I will be in touch as soon as the
panel’s diaries are confirmed. Your presentation brief stays the same.

Apologies again for any inconvenience.

Best wishes,
Gemma

Gemma Hollins (she/her)
Recruitment Adviser | People Services
Mersey Metropolitan University
""",
    ),
    # 4 -- Google Calendar CANCEL with the invitation's UID; the interview will be re-sent
    spec(
        kind="interview_reschedule_or_cancel", scen="calendar_cancel_same_uid", lang="en",
        company="Kinetica Labs", contact="noor.bakker@kineticalabs.example.nl",
        frm=("Noor Bakker", "noor.bakker@kineticalabs.example.nl"),
        subj="Canceled event: Learning Designer – first interview (Gareth Nwosu-Whitfield) @ Tue 14 Apr 2026 10:00 - 10:45 (CEST) (gareth.nw@example.co.uk)",
        date="2026-04-09 15:22 +0200",
        mid="<calendar-0c4f1a88-6e3b-4d12-a7b5-93e2c81f6d07@google.com>",
        cs="utf-8", cte="qp",
        text="""This event has been canceled.

Learning Designer – first interview (Gareth Nwosu-Whitfield)

Sorry Gareth – Daan has to travel to a client on the 14th. I'll send you a new invite
for early next week straight away, the interview itself is very much still on. Noor

When: Tuesday 14 Apr 2026 10:00 – 10:45 (Central European Time - Amsterdam)
Calendar: gareth.nw@example.co.uk
Who:
  * noor.bakker@kineticalabs.example.nl - organiser
  * daan.visser@kineticalabs.example.nl
  * gareth.nw@example.co.uk

Invitation from Google Calendar
""",
        html="""<div style="font-family:Roboto,Arial,sans-serif;color:#3c4043;font-size:14px;">
<div style="border:1px solid #dadce0;border-radius:8px;padding:20px;max-width:560px;">
<p style="color:#d93025;margin:0 0 8px 0;">This event has been canceled.</p>
<h2 style="font-weight:400;font-size:20px;margin:0 0 12px 0;text-decoration:line-through;">Learning Designer &ndash; first interview (Gareth Nwosu-Whitfield)</h2>
<p>Sorry Gareth &ndash; Daan has to travel to a client on the 14th. I'll send you a new invite for early next week straight away, the interview itself is very much still on. Noor</p>
<p><span style="color:#70757a;">When</span> Tuesday 14 Apr 2026 10:00 &ndash; 10:45 (Central European Time - Amsterdam)</p>
</div>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar</p>
</div>
""",
        cal={"method": "CANCEL", "uid": KINETICA_UID, "seq": 1, "status": "CANCELLED", "tzid": "Europe/Amsterdam",
             "start": "20260414T100000", "end": "20260414T104500",
             "summary": "Learning Designer – first interview (Gareth Nwosu-Whitfield)",
             "location": "https://meet.google.com/kpx-wqrt-zna",
             "organizer": ("Noor Bakker", "noor.bakker@kineticalabs.example.nl")},
    ),
    # 5 -- Google Calendar update in German: same UID, SEQUENCE:1, new time
    spec(
        kind="interview_reschedule_or_cancel", scen="calendar_update_sequence", lang="de",
        company="Lumenauts", contact="jonas@lumenauts.example.com",
        frm=("Jonas Reuter", "jonas@lumenauts.example.com"),
        subj="Aktualisierte Einladung: Kennenlernen Gareth / Lumenauts @ Fr. 27. März 2026 10:00 - 10:45 (MEZ) (gareth.nw@example.co.uk)",
        date="2026-03-23 09:41 +0100",
        mid="<calendar-51b7e0c2-3d9f-4e6a-b180-7f2a94c5d3e1@google.com>",
        cs="utf-8", cte="qp",
        text="""Dieser Termin wurde geändert.

Kennenlernen Gareth / Lumenauts

Geändert: Uhrzeit und Datum
Vorher: Donnerstag, 26. März 2026 15:00 – 15:45
Jetzt:  Freitag, 27. März 2026 10:00 – 10:45 (Mitteleuropäische Zeit - Berlin)

Sorry Gareth, Mira hat am Donnerstag einen Kundentermin reinbekommen – passt dir Freitag
früh? Sonst sag Bescheid. Jonas

Teilnahmeinformationen: meet.google.com/fbq-xmtr-vke

Einladung von Google Kalender
""",
        html="""<div style="font-family:Roboto,Arial,sans-serif;color:#3c4043;font-size:14px;">
<div style="border:1px solid #dadce0;border-radius:8px;padding:20px;max-width:560px;">
<p style="font-size:12px;color:#70757a;margin:0 0 8px 0;">Dieser Termin wurde geändert.</p>
<h2 style="font-weight:400;font-size:20px;margin:0 0 12px 0;">Kennenlernen Gareth / Lumenauts</h2>
<p><span style="color:#70757a;">Vorher</span> <s>Donnerstag, 26. März 2026 15:00 &ndash; 15:45</s><br>
<span style="color:#70757a;">Jetzt</span> <b>Freitag, 27. März 2026 10:00 &ndash; 10:45</b> (Mitteleuropäische Zeit - Berlin)</p>
<p>Sorry Gareth, Mira hat am Donnerstag einen Kundentermin reinbekommen &ndash; passt dir Freitag früh? Sonst sag Bescheid. Jonas</p>
<p><a href="https://meet.google.com/fbq-xmtr-vke">meet.google.com/fbq-xmtr-vke</a></p>
</div>
<p style="font-size:11px;color:#70757a;">Einladung von Google Kalender</p>
</div>
""",
        cal={"method": "REQUEST", "uid": LUMENAUTS_UID, "seq": 1, "tzid": "Europe/Berlin",
             "start": "20260327T100000", "end": "20260327T104500",
             "summary": "Kennenlernen Gareth / Lumenauts",
             "location": "https://meet.google.com/fbq-xmtr-vke",
             "organizer": ("Jonas Reuter", "jonas@lumenauts.example.com"),
             "description": "Neue Uhrzeit: Freitag 10:00."},
    ),
    # 6 -- agency moves the client's interview, client named
    spec(
        kind="interview_reschedule_or_cancel", scen="agency_date_change", lang="en",
        company="Harpurhey Learning Trust", contact="becky.sharples@greenfield-edu.example.co.uk",
        frm=("Becky Sharples", "becky.sharples@greenfield-edu.example.co.uk"),
        subj="Harpurhey - change of date!!",
        date="2026-03-30 12:03 +0100",
        cs="utf-8", cte="7bit",
        text="""Hiya,

Bit of a change I'm afraid - Harpurhey Learning Trust need to move your interview from
this Thursday to next Tuesday (7th April) at 2pm, same place (Rochdale Road). Mrs
Adebayo has been called to a DfE meeting on Thursday.

Presentation brief is the same. Can you still make it?? Let me know asap and I'll
confirm!!

Becky

Becky Sharples | Senior Consultant | Greenfield Education Recruitment
T: 0161 555 0142 | M: 07700 900 231
""",
    ),
    # 7 -- iCIMS automated reschedule, HTML only
    spec(
        kind="interview_reschedule_or_cancel", scen="icims_rescheduled", lang="en",
        company="Northgate Building Society", contact="",
        frm=("Northgate Building Society Careers", "noreply@talent.icims.com"),
        subj="Your interview has been rescheduled – Learning Design Consultant",
        date="2026-06-15 10:02 +0100",
        cs="utf-8", cte="qp",
        html="""<html><body style="margin:0;padding:0;">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f4f6f8"><tr><td align="center" style="padding:20px;">
<table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="border:1px solid #d9dee3;">
<tr><td style="padding:22px 30px;"><img src="https://careers-northgatebs.icims.com/images/ngbs_logo.png" alt="Northgate Building Society" width="200" height="40" border="0"></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-family:Verdana,Geneva,sans-serif;font-size:13px;line-height:20px;color:#1f2a36;">
<p>Dear Gareth,</p>
<p>Please note that your interview for <b>Learning Design Consultant (Req 2026-1187)</b> has been rescheduled at the request of the hiring team.</p>
<table cellpadding="6" cellspacing="0" border="0" style="font-family:Verdana,Geneva,sans-serif;font-size:13px;width:100%;">
<tr style="background:#fbeaea;"><td width="130"><b>Previous time</b></td><td><s>Tuesday 16 June 2026, 14:00</s></td></tr>
<tr style="background:#e8f5e9;"><td><b>New time</b></td><td>Thursday 18 June 2026, 09:30 &ndash; 10:30 (UK time)</td></tr>
<tr><td><b>Format</b></td><td>Microsoft Teams (unchanged)</td></tr>
</table>
<p>If the new time is not convenient, please use the link below to request an alternative.</p>
<p><a href="https://careers-northgatebs.icims.com/jobs/1187/interview/reschedule?hashed=-7731" style="color:#00796b;">Request a different time</a></p>
<p>Yours sincerely,<br>Resourcing Team<br>Northgate Building Society</p>
</td></tr>
<tr><td style="padding:14px 30px;background:#1f2a36;font-family:Verdana,Geneva,sans-serif;font-size:10px;line-height:15px;color:#c9d1d9;">Northgate Building Society, Northgate House, Park Row, Leeds LS1 5HD. Please do not reply to this message.</td></tr>
</table>
<img src="https://careers-northgatebs.icims.com/icims2/servlet/icims2?module=Email&amp;action=track&amp;id=c5d802" width="1" height="1" alt="">
</td></tr></table>
</body></html>
""",
    ),
    # 8 -- terse cancellation from Outlook for iOS, new times to follow
    spec(
        kind="interview_reschedule_or_cancel", scen="cancel_tomorrow_outlook_ios", lang="en",
        company="Ashgrove Educational Publishing", contact="niamh.gallagher@ashgrove.example.ie",
        frm=("Niamh Gallagher", "niamh.gallagher@ashgrove.example.ie"),
        subj="Tomorrow",
        date="2026-06-24 19:31 +0100",
        cs="utf-8", cte="qp",
        text="""Gareth – apologies, I have to cancel tomorrow's interview, I've been called down to
our printers in Cork at short notice. I'll send you a couple of new times first thing
Monday. Really sorry about this.

N

Get Outlook for iOS
""",
    ),
    # 9 -- "Following up": later start and a different room
    spec(
        kind="interview_reschedule_or_cancel", scen="following_up_room_and_time", lang="en",
        company="Don Valley College", contact="m.rafiq@donvalley.example.co.uk",
        frm=("Mohammed Rafiq", "m.rafiq@donvalley.example.co.uk"),
        subj="Following up",
        date="2026-05-22 13:58 +0100",
        cs="utf-8", cte="7bit",
        text="""Hi Gareth,

Just a quick one about Wednesday: we've had to move the micro-teach to room B14 in the
Hadfield building and start 30 minutes later, so 10:00 rather than 09:30. The panel
interview now follows at 11:00 in the same room.

Everything else stays as in my earlier email. Sorry for the shuffle!

Mo

Mohammed Rafiq
Head of Digital Learning
Don Valley College
""",
    ),
    # 10 -- German Outlook quote, Sie, date moved
    spec(
        kind="interview_reschedule_or_cancel", scen="terminverschiebung_sie", lang="de",
        company="Stiftung Bildungsbrücke", contact="urs.meierhofer@bildungsbruecke.example.ch",
        frm=("Urs Meierhofer", "urs.meierhofer@bildungsbruecke.example.ch"),
        subj="AW: Einladung zum Gespräch – Projektleitung Weiterbildung (80 %)",
        date="2026-05-28 11:19 +0200",
        irt="<CAGnw7=BB0520@mail.example.co.uk>",
        refs=["<ZR0P278MB0815A1E3C7D2F9B0@ZR0P278MB0815.CHEP278.PROD.OUTLOOK.COM>", "<CAGnw7=BB0520@mail.example.co.uk>"],
        cs="iso-8859-1", cte="qp",
        text="""Sehr geehrter Herr Nwosu-Whitfield

Leider müssen wir den Termin vom Dienstag, 2. Juni, verschieben, da unsere
Geschäftsleiterin kurzfristig an eine Sitzung des Stiftungsrats muss.

Wäre es Ihnen möglich, stattdessen am Donnerstag, 4. Juni 2026, um 9.00 Uhr zu uns zu
kommen? Ort und Ablauf bleiben unverändert. Falls das nicht passt, schlagen Sie mir
gerne zwei, drei Alternativen in der Woche vom 8. Juni vor.

Entschuldigen Sie die Umstände.

Freundliche Grüsse

Urs Meierhofer
Leiter Personal & Finanzen
Stiftung Bildungsbrücke

Von: Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Gesendet: Mittwoch, 20. Mai 2026 08:14
An: Urs Meierhofer <urs.meierhofer@bildungsbruecke.example.ch>
Betreff: AW: Einladung zum Gespräch - Projektleitung Weiterbildung (80 %)

Sehr geehrter Herr Meierhofer

Vielen Dank für die Einladung. Ich bestätige gerne den Termin am 2. Juni um 14.00 Uhr
und werde persönlich nach Zürich kommen.

Freundliche Grüsse
Gareth Nwosu-Whitfield
""",
    ),
    # 11 -- French Outlook quote "De : / Envoyé :", "je suis au regret" but it is a new date
    spec(
        kind="interview_reschedule_or_cancel", scen="report_entretien_vous", lang="fr",
        company="Éditions Vauclair", contact="c.desrosiers@vauclair.example.com",
        frm=("Claire Desrosiers", "c.desrosiers@vauclair.example.com"),
        subj="RE: Entretien – Chef de projet pédagogique numérique (Dublin)",
        date="2026-04-03 12:06 +0200",
        irt="<CAGnw7=VAU0321@mail.example.co.uk>",
        refs=["<PR1P264MB2034D9A1B7C3E5F2@PR1P264MB2034.FRAP264.PROD.OUTLOOK.COM>", "<CAGnw7=VAU0321@mail.example.co.uk>"],
        cs="utf-8", cte="qp",
        text="""Bonjour Monsieur Nwosu-Whitfield,

Je suis au regret de devoir reporter notre entretien prévu le mardi 7 avril : Mathieu
Lenoir sera retenu au Salon du livre de Londres toute la semaine.

Seriez-vous disponible le jeudi 9 avril à 10 h ou le vendredi 10 avril à 14 h (heure
de Paris) ? Le format reste le même (visioconférence, environ une heure).

Je vous prie de nous excuser pour ce changement.

Bien cordialement,

Claire Desrosiers
Responsable RH – Pôle international
Éditions Vauclair SAS

De : Gareth Nwosu-Whitfield <gareth.nw@example.co.uk>
Envoyé : samedi 21 mars 2026 10:02
À : Claire Desrosiers <c.desrosiers@vauclair.example.com>
Objet : RE: Entretien – Chef de projet pédagogique numérique (Dublin)

Bonjour Madame Desrosiers,

Je vous remercie pour votre message et vous confirme avec plaisir ma disponibilité le
mardi 7 avril à 15 h.

Bien cordialement,
Gareth Nwosu-Whitfield
""",
    ),
    # 12 -- video interview becomes an in-person one in Geneva, multipart/alternative
    spec(
        kind="interview_reschedule_or_cancel", scen="visio_devient_presentiel", lang="fr",
        company="Institut romand de pédagogie numérique", contact="valerie.chatelain@irpn.example.ch",
        frm=("Valérie Châtelain", "valerie.chatelain@irpn.example.ch"),
        subj="Modification – entretien du 30 juin",
        date="2026-06-25 14:31 +0200",
        cs="utf-8", cte="qp",
        text="""Monsieur,

Nous revenons vers vous concernant votre entretien du mardi 30 juin.

La commission souhaite finalement rencontrer les candidat·e·s en personne : l'entretien
aura donc lieu dans nos locaux, Boulevard Carl-Vogt 12 à Genève, salle Rousseau
(1er étage), et débutera à 11 h 00 au lieu de 10 h 00. Nous prendrons en charge vos
frais de déplacement depuis Zurich ou depuis l'aéroport de Genève sur présentation des
justificatifs.

Si ce changement vous pose problème, merci de nous le faire savoir au plus vite ; nous
maintiendrions alors la visioconférence pour vous.

Avec nos meilleures salutations,

Valérie Châtelain
Responsable RH
Institut romand de pédagogie numérique (IRPN)
""",
        html="""<html><body style="font-family:Georgia,serif;font-size:14px;color:#222;">
<p>Monsieur,</p>
<p>Nous revenons vers vous concernant votre entretien du mardi 30 juin.</p>
<p>La commission souhaite finalement rencontrer les candidat·e·s en personne&nbsp;: l'entretien aura donc lieu <b>dans nos locaux, Boulevard Carl-Vogt 12 à Genève</b>, salle Rousseau (1er étage), et débutera à <b>11&nbsp;h&nbsp;00</b> au lieu de 10&nbsp;h&nbsp;00. Nous prendrons en charge vos frais de déplacement depuis Zurich ou depuis l'aéroport de Genève sur présentation des justificatifs.</p>
<p>Si ce changement vous pose problème, merci de nous le faire savoir au plus vite&nbsp;; nous maintiendrions alors la visioconférence pour vous.</p>
<p>Avec nos meilleures salutations,</p>
<p>Valérie Châtelain<br>Responsable RH<br><span style="color:#0b5d7a;">Institut romand de pédagogie numérique (IRPN)</span></p>
</body></html>
""",
    ),
    # 13 -- founder, tu, from an iPhone, moves the call
    spec(
        kind="interview_reschedule_or_cancel", scen="decale_lundi_iphone", lang="fr",
        company="Tribu Pédago", contact="max@tribupedago.example.com",
        frm=("Maxime Roux", "max@tribupedago.example.com"),
        subj="Re: Ton profil 👀",
        date="2026-05-27 08:02 +0200",
        irt="<CAGnw7=TRIBU0526@mail.example.co.uk>",
        refs=["<CAMxR0ux=7QpL2dFv@mail.tribupedago.example.com>", "<CAGnw7=TRIBU0526@mail.example.co.uk>"],
        cs="utf-8", cte="8bit",
        text="""Hello, petit contretemps de mon côté jeudi (rdv investisseur 🙄). On peut décaler à
lundi 1er juin même heure ? Dis-moi.

Max

Envoyé de mon iPhone

> Le 26 mai 2026 à 19:40, Gareth Nwosu-Whitfield <gareth.nw@example.co.uk> a écrit :
>
> Super, jeudi 17h c'est parfait pour moi ! À jeudi.
""",
    ),
    # 14 -- Spanish bank moves the date, usted, Windows-1252
    spec(
        kind="interview_reschedule_or_cancel", scen="cambio_fecha_usted", lang="es",
        company="Banco Meseta", contact="elena.prieto@bancomeseta.example.es",
        frm=("Elena Prieto Galindo", "elena.prieto@bancomeseta.example.es"),
        subj="Cambio de fecha de su entrevista",
        date="2026-07-03 10:47 +0200",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Estimado Sr. Nwosu-Whitfield:

Le escribo en relación con la entrevista para el puesto de Especialista en Formación
Corporativa (ref. BM-RRHH-2026-219).

Por motivos de agenda del comité, su entrevista prevista para el miércoles 8 de julio se
traslada al miércoles 15 de julio a las 12:00 h, en el mismo lugar (Paseo de la
Castellana 140, planta 9). Le pido disculpas por las molestias.

Le agradecería que me confirmara si le viene bien la nueva fecha.

Un cordial saludo,

Elena Prieto Galindo
Técnica de Selección – Dirección de Talento
Banco Meseta
Tel. +34 91 555 62 18

Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y
proceda a su eliminación.
""",
    ),
    # 15 -- start-up switches to Google Meet, "El ... escribió:" quote
    spec(
        kind="interview_reschedule_or_cancel", scen="cambio_a_meet", lang="es",
        company="Pizarra Digital", contact="diego@pizarradigital.example.es",
        frm=("Diego Almansa", "diego@pizarradigital.example.es"),
        subj="Re: ¿Charla?",
        date="2026-07-26 20:15 +0200",
        irt="<CAGnw7=PIZ0720@mail.example.co.uk>",
        refs=["<CAD1eG0=Alm7xRt2@mail.pizarradigital.example.es>", "<CAGnw7=PIZ0720@mail.example.co.uk>"],
        cs="utf-8", cte="8bit",
        text="""Oye Gareth, al final lo hacemos por Google Meet en vez de en la ofi, que el martes
tenemos obras y no se oye nada 🙃. Misma hora (11:00 de aquí, 10:00 tuya).

Enlace: https://meet.google.com/pzd-qwer-tyu

Un abrazo
Diego

El lun, 20 jul 2026 a las 18:05, Gareth Nwosu-Whitfield (<gareth.nw@example.co.uk>)
escribió:

> ¡Hola Diego! Muchas gracias, el martes 28 a las 11:00 me viene perfecto. Justo estaré
> en Madrid esa semana, así que me paso por la oficina.
> Un saludo,
> Gareth
>
> El lun, 20 jul 2026 a las 13:02, Diego Almansa (<diego@pizarradigital.example.es>)
> escribió:
>> ¡Hola Gareth!
>> Soy Diego, CEO de Pizarra Digital. Vimos tu candidatura para Learning Designer y nos
>> ha gustado mucho. ¿Te vendría bien pasarte por la oficina (calle del Pez 21,
>> Malasaña) el martes 28 a las 11:00?
>> Diego Almansa · CEO · Pizarra Digital
""",
    ),
]

MISSED = [
    # 1 -- "we were expecting you at 10:00"
    spec(
        kind="missed_interview_notice", scen="waited_at_town_hall", lang="en",
        company="Calderbrook Metropolitan Borough Council", contact="janet.illingworth@calderbrook.example.co.uk",
        frm=("Janet Illingworth", "janet.illingworth@calderbrook.example.co.uk"),
        subj="Interview today - Workforce Development Officer",
        date="2026-03-02 11:07 +0000",
        cs="windows-1252", cte="qp",
        text="""Dear Gareth,

We were expecting you at 10:00 this morning at Calderbrook Town Hall for your interview
for the post of Workforce Development Officer (CMBC-2026-077). The panel waited until
10:30 but you did not arrive, and we have not received any message from you.

If there has been an emergency, please let me know by the end of tomorrow (Tuesday 3
March) and we will consider whether it is possible to offer another slot. Otherwise we
will assume that you have withdrawn your application.

Yours sincerely,

Janet Illingworth
HR Officer – Recruitment
Calderbrook Metropolitan Borough Council
Tel: 01422 555 031
""",
    ),
    # 2 -- "you did not join the call"
    spec(
        kind="missed_interview_notice", scen="did_not_join_teams", lang="en",
        company="Irwell Valley Academies Trust", contact="l.beckett@irwellvalley.example.co.uk",
        frm=("Lorraine Beckett", "l.beckett@irwellvalley.example.co.uk"),
        subj="Today's interview",
        date="2026-02-04 10:41 +0000",
        cs="utf-8", cte="qp",
        text="""Dear Gareth

The panel were ready for your interview at 10:00 this morning on Teams, but you did not
join the call, and we were unable to reach you on the mobile number on your application
form (it went straight to voicemail).

I hope everything is all right. If you are still interested in the post, please contact
me today: the panel is sitting until 15:30 and may be able to see you at the end of the
day. After that we will have to proceed without you.

Kind regards

Lorraine Beckett
HR Officer
Irwell Valley Academies Trust
T: 0161 555 0162
""",
    ),
    # 3 -- "I tried calling you"
    spec(
        kind="missed_interview_notice", scen="tried_to_call", lang="en",
        company="Oldfield & Marsh", contact="rachel.dunphy@oldfieldmarsh.example.co.uk",
        frm=("Rachel Dunphy", "rachel.dunphy@oldfieldmarsh.example.co.uk"),
        subj="Missed call",
        date="2026-02-19 16:20 +0000",
        cs="utf-8", cte="7bit",
        text="""Hi Gareth,

I tried calling you at 4pm as we'd arranged but it went to voicemail - I left a message.
Could you let me know whether you're still interested in the L&D Officer role? I can try
again tomorrow afternoon if that helps.

Thanks,
Rachel

Rachel Dunphy | HR Business Partner | Oldfield & Marsh LLP | DD: 0161 555 0187
""",
    ),
    # 4 -- a trial session not turned up to
    spec(
        kind="missed_interview_notice", scen="trial_session_no_show", lang="en",
        company="Bright Sparks Tutoring", contact="donna@brightsparks-tutoring.example.co.uk",
        frm=("Donna Kirkby", "donna@brightsparks-tutoring.example.co.uk"),
        subj="Saturday",
        date="2026-01-25 10:32 +0000",
        cs="utf-8", cte="qp",
        text="""Hi Gareth,

You were down for a trial session with our GCSE chemistry group yesterday at 9.30 and
didn't turn up. We tried ringing you twice. The parents had been told there'd be a new
tutor so it was a bit awkward!

If you're still interested in weekend tutoring with us, let me know and we can look at
another Saturday, but I will need to know what happened.

Thanks
Donna

Donna Kirkby
Centre Manager
Bright Sparks Tutoring – Ecclesall Road, Sheffield
07700 900 664
""",
    ),
    # 5 -- scheduling tool notice: you missed your interview, HTML only
    spec(
        kind="missed_interview_notice", scen="lever_no_show_automated", lang="en",
        company="Quizzard", contact="",
        frm=("Quizzard", "no-reply@hire.lever.co"),
        subj="You missed your scheduled interview with Quizzard",
        date="2026-05-19 14:35 +0100",
        cs="utf-8", cte="qp",
        html="""<html><body style="background:#fafafa;margin:0;">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1f;background:#ffffff;">
<img src="https://lever-client-logos.s3.amazonaws.com/quizzard-logo.png" alt="Quizzard" height="36" style="margin-bottom:24px;">
<p>Hi Gareth,</p>
<p>It looks like you didn't join your video interview with <b>Tomasz Wilk</b>, scheduled for <b>Tuesday 19 May, 14:00&ndash;14:30 (BST)</b>. The interviewer waited in the call for 15 minutes.</p>
<p>If something came up, you can request a new time below. Requests are reviewed by the hiring team and can't be guaranteed.</p>
<p><a href="https://hire.lever.co/interview-scheduling/quizzard/8c1f7e2a/reschedule?utm_source=email" style="display:inline-block;background:#6c3cf0;color:#ffffff;padding:11px 22px;border-radius:6px;text-decoration:none;">Request a new time</a></p>
<p style="font-size:11px;color:#8a8a8a;margin-top:28px;">This is an automated message from Quizzard's hiring system. Please don't reply.</p>
</div>
<img src="https://hire.lever.co/email/open?id=91ac0e3f7d&amp;u=gareth" width="1" height="1" alt="">
</body></html>
""",
    ),
    # 6 -- agency, where were you?? from a phone
    spec(
        kind="missed_interview_notice", scen="agency_where_are_you", lang="en",
        company="Harpurhey Learning Trust", contact="becky.sharples@greenfield-edu.example.co.uk",
        frm=("Becky Sharples", "becky.sharples@greenfield-edu.example.co.uk"),
        subj="?",
        date="2026-04-07 14:22 +0100",
        cs="utf-8", cte="7bit",
        text="""Gareth where are you?? Harpurhey Learning Trust waited 20 mins for you and theyve now gone into there
next candidate. Call me asap pls.

Becky

Sent from my iPhone
""",
    ),
    # 7 -- German, Sie, did not dial in
    spec(
        kind="missed_interview_notice", scen="nicht_eingewaehlt", lang="de",
        company="Lernwerk", contact="sabine.kaelin@lernwerk.example.ch",
        frm=("Sabine Kälin", "sabine.kaelin@lernwerk.example.ch"),
        subj="Videointerview heute, 14:00 Uhr",
        date="2026-03-17 14:35 +0100",
        cs="utf-8", cte="qp",
        text="""Guten Tag Herr Nwosu-Whitfield

Wir haben Sie heute um 14:00 Uhr zum vereinbarten Videointerview erwartet. Leider haben
Sie sich nicht in das Teams-Meeting eingewählt, und wir haben auch keine Nachricht von
Ihnen erhalten. Reto Brunner und ich haben eine Viertelstunde gewartet.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Donnerstag bei mir. Wir
prüfen dann, ob wir einen neuen Termin finden können.

Freundliche Grüsse

Sabine Kälin
HR Business Partner
Lernwerk AG · Hardturmstrasse 161 · 8005 Zürich
+41 44 555 19 30
""",
    ),
    # 8 -- German, could not reach you by phone
    spec(
        kind="missed_interview_notice", scen="telefonisch_nicht_erreicht", lang="de",
        company="Kinderleicht Lernsysteme", contact="lea.hofbauer@kinderleicht.example.com",
        frm=("Lea Hofbauer", "lea.hofbauer@kinderleicht.example.com"),
        subj="Telefoninterview heute",
        date="2026-06-09 11:20 +0200",
        cs="iso-8859-1", cte="qp", hcs="iso-8859-1",
        text="""Sehr geehrter Herr Nwosu-Whitfield,

leider konnten wir Sie heute um 10:30 Uhr zum vereinbarten Telefoninterview nicht
erreichen. Ich habe es zweimal unter der Nummer +44 7700 900 815 versucht und Ihnen
eine Nachricht auf der Mailbox hinterlassen.

Wenn Sie weiterhin Interesse an der Stelle als Learning Designer in Amsterdam haben,
antworten Sie mir bitte kurz mit zwei, drei Terminvorschlägen für diese Woche.

Mit freundlichen Grüßen

Lea Hofbauer
Recruiting
Kinderleicht Lernsysteme GmbH
Leopoldstraße 31, 80802 München
""",
    ),
    # 9 -- French, you did not show up this morning
    spec(
        kind="missed_interview_notice", scen="absent_ce_matin", lang="fr",
        company="Banque Lémanique", contact="patrick.favre@banque-lemanique.example.ch",
        frm=("Patrick Favre", "patrick.favre@banque-lemanique.example.ch"),
        subj="Entretien de ce matin",
        date="2026-08-27 11:04 +0200",
        cs="utf-8", cte="8bit",
        text="""Monsieur,

Nous vous attendions ce matin à 9 h 30 dans nos locaux de la Bahnhofstrasse pour votre
entretien au poste de Learning Partner. Vous ne vous êtes pas présenté et nous n'avons
reçu aucun message de votre part ; j'ai également tenté de vous joindre par téléphone.

Si un empêchement sérieux est survenu, je vous remercie de me contacter d'ici vendredi.
Sans nouvelles de votre part, nous considérerons que vous retirez votre candidature.

Meilleures salutations,

Patrick Favre
Responsable Formation & Développement
Banque Lémanique – Succursale de Zurich
+41 44 555 72 40
""",
    ),
    # 10 -- Spanish university, formal "incomparecencia"
    spec(
        kind="missed_interview_notice", scen="incomparecencia_entrevista", lang="es",
        company="Universidad Abierta de Madrid", contact="personal.pas@uamadrid.example.es",
        frm=("Servicio de Personal – Universidad Abierta de Madrid", "personal.pas@uamadrid.example.es"),
        subj="Incomparecencia a la entrevista – Ref. PAS-L-2026-14",
        date="2026-09-17 12:30 +0200",
        cs="windows-1252", cte="qp", hcs="windows-1252",
        text="""Estimado Sr. Nwosu-Whitfield:

Se le comunica que no se presentó a la entrevista personal a la que fue citado para el
día de hoy, 17 de septiembre de 2026, a las 10:30 horas, en el Edificio Rectorado, dentro
del proceso selectivo de referencia.

Dispone de un plazo de dos días hábiles, a contar desde la recepción de este correo, para
justificar documentalmente la causa de su ausencia respondiendo a este mensaje. Si no se
recibe justificación en dicho plazo, se le tendrá por desistido del proceso.

Atentamente,

Servicio de Personal de Administración y Servicios
Universidad Abierta de Madrid
""",
    ),
]

SPECS = [*INVITATIONS, *RESCHEDULES, *MISSED]

assert (len(INVITATIONS), len(RESCHEDULES), len(MISSED)) == (26, 15, 10)
