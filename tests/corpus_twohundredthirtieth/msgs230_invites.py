"""Corpus 230: interview invitations, reschedules/cancellations and missed-interview notices."""

from __future__ import annotations

from msgs230_common import (
    CAND,
    CAND_NAME,
    ats_card,
    m,
    mso,
    outlook_block,
    paras,
    quote,
    reply_quote,
    word_html,
)

AUTO = [("Auto-Submitted", "auto-generated")]

# ---------------------------------------------------------------------------------------------
# Words that later messages quote.

KB_INVITE = """Hi Tadeusz,

Thanks for applying for the Workplace Coordinator role on our Grand Canal Dock campus. I've had a read of your CV and I'd love to set up a first conversation: about 45 minutes over Google Meet with me and Rory Teehan, who leads the Workplace team.

Please pick a slot that suits you using the link below. Times are shown in Irish time; if none of them work, just reply to this email and I'll sort something out.

Choose a time: https://app.greenhouse.io/scheduling/self/kestrelbyte/8f31c0d2

What we'll cover: how you've run the busy side of a bar (stock, suppliers, contractors, opening and closing a venue), what pulls you towards workplace operations, and whatever you want to ask us about the team.

Talk soon,
Aoife

Aoife Brennan
Talent Partner | Kestrelbyte
Kestrelbyte House, 4 Hanover Quay, Dublin 2, D02 XK70
+353 1 555 0143"""

EB_INVITE = """Dear Mr Ó Briain,

Thank you for your application for the post of Facilities Coordinator (Estates Office), reference EU-EST-0412.

I am pleased to invite you to interview on Thursday 19 March 2026 at 10:00. The interview will take place in person in Room G.14, Estates Office, Eblana University, Cabra Campus, Dublin 7, and will last approximately 45 minutes.

The interview panel will be:
- Declan Furlong, Estates Manager (Chair)
- Emer Costigan, Health & Safety Officer
- Orla Kinsella, HR Officer

At the start of the interview you will be asked to give a five-minute presentation, without slides, on the following topic: "The first 30 days: how would you get to know a campus of 40 buildings?"

Please bring photographic identification and the original of your highest qualification. A calendar invitation is attached; kindly accept it or reply to this email to confirm your attendance.

If you require any reasonable accommodation in order to attend, please let me know in confidence.

Kind regards,

Orla Kinsella
HR Officer, Human Resources
Eblana University, Cabra Campus, Dublin 7
T: +353 1 555 7710"""

LQ_INVITE = """Hi Tadeusz,

Thanks for getting your application in for the Facilities Coordinator post with our Titanic Quarter portfolio. Before I put anything in front of the hiring manager, I like to have a quick chat with people myself.

Would you have 20 minutes on Thursday 22nd or Friday 23rd? Any time between 9 and 4 works on my side. I'd ring you on the mobile number on your CV.

Cheers,
Ruairí

Ruairí McAteer
Talent Partner
Lagan Quays Estates
Clarendon Building, 12 Donegall Quay, Belfast BT1 3EA
+44 28 9555 0921"""

FW_INVITE = """Dear Tadeusz,

Thank you for sending on your CV for the Facilities Coordinator vacancy covering our residential blocks in Dublin 4 and Dublin 6.

We would like to meet you over Microsoft Teams on Wednesday 4 March at 11:30. The call will be with me and with our Operations Director, Peter Sheahan, and should take around 40 minutes. We will ask about contractor management, dealing with residents and owners' management companies, and how you would handle an out-of-hours emergency such as a water leak.

Join the meeting: https://teams.example.ie/l/meetup-join/fbm-0304-1130

Could you reply to confirm you are available?

Kind regards,

Deirdre Halpin
Office Manager
Fitzwilliam Block Management
22 Upper Fitzwilliam Street, Dublin 2, D02 TY68
Tel: 01 555 3380"""

ER_INVITE = """Bonjour Monsieur Ó Briain,

Nous avons bien étudié votre candidature au poste de coordinateur·rice logistique et services généraux au sein de la Direction du patrimoine immobilier, et nous souhaitons vous rencontrer.

Nous vous proposons un premier entretien en visioconférence le mercredi 27 mai 2026 à 14h00 (heure de Paris), d'une durée d'environ 45 minutes, avec :
- M. Hervé Quéméner, directeur adjoint du patrimoine immobilier ;
- Mme Gaëlle Le Floch, chargée de recrutement.

L'entretien pourra se dérouler en anglais et en français, selon votre préférence. Le lien de connexion figure dans l'invitation ci-jointe.

Merci de bien vouloir confirmer votre présence en répondant à ce message.

Bien cordialement,

Gaëlle Le Floch
Chargée de recrutement – Direction des ressources humaines
Université de l'Erdre
2 chemin de la Censive, 44300 Nantes
Tél. : +33 2 55 00 41 87"""

HM_INVITE = """Estimado Tadeusz:

Gracias por tu interés en el puesto de Coordinador/a de Servicios Generales del Hospital Universitario Manzanares.

Nos gustaría conocerte en una entrevista por videollamada el martes 23 de junio a las 10:00 (hora de Madrid). La entrevista será en inglés y en español, y participarán Íñigo Ballesteros, jefe de Servicios Generales, y yo misma. Calculamos unos 40 minutos.

Enlace a la videollamada: https://meet.hmanzanares.example.es/sg-entrevista-2306

Te agradeceríamos que nos confirmaras tu asistencia respondiendo a este correo.

Un saludo cordial,

Lucía Ferrándiz
Técnica de Selección – Recursos Humanos
Hospital Universitario Manzanares
Paseo de la Ribera 118, 28019 Madrid
Tel. +34 91 555 62 40"""

EL_INVITE = """Sehr geehrter Herr Ó Briain,

vielen Dank für Ihre Bewerbung als Objektkoordinator Facility Management (m/w/d) und Ihr Interesse an der Elbufer Immobilien GmbH.

Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem ersten Gespräch über Microsoft Teams ein:

Termin: Dienstag, 28. April 2026, 10:00 Uhr (deutsche Zeit)
Dauer: ca. 45 Minuten
Gesprächspartner: Herr Sönke Petersen (Leitung Objektbetreuung) und ich

Den Link zum Teams-Meeting finden Sie hier:
https://teams.example.de/l/meetup-join/elbufer-2804-1000

Das Gespräch können wir gern auf Englisch führen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Jana Timmermann
Personalreferentin

Elbufer Immobilien GmbH
Große Elbstraße 141, 22767 Hamburg
Telefon: +49 40 555 318 20

Geschäftsführer: Henning Claußen, Dr. Wiebke Sander
Amtsgericht Hamburg, HRB 987654"""

HB_INVITE = """Moin Tadeusz,

danke für deine Bewerbung als Campus Coordinator bei Hafenbyte! Dein Weg von der Bar ins Facility Management gefällt uns, und wir würden gern mehr darüber hören.

Lass uns zuerst ein kurzes Telefonat machen, so 30 Minuten, ganz locker:
Dienstag, 14. Juli, 11:00 Uhr (Hamburger Zeit)
Ich rufe dich unter +353 87 415 2290 an.

Passt dir das? Wenn nicht, schreib mir einfach eine Alternative.

Viele Grüße aus der Speicherstadt
Mats

Mats Oldenburg
People & Places Lead
Hafenbyte GmbH
Am Sandtorkai 71, 20457 Hamburg"""

# ---------------------------------------------------------------------------------------------

MESSAGES = [
    # ======================= interview_invitation =========================================
    m(kind="interview_invitation", slug="greenhouse_scheduling_link", key="kb-inv", parent="kb-ack",
      company="Kestrelbyte", contact="aoife.brennan@kestrelbyte.example.ie", lang="en",
      date="2026-08-11 11:05", tz="IE",
      frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Aoife Brennan", "aoife.brennan@kestrelbyte.example.ie"),
      subject="Kestrelbyte – let's find a time to talk about the Workplace Coordinator role",
      text=KB_INVITE,
      html=ats_card("Kestrelbyte", "#0f766e", paras(KB_INVITE),
                    "Sent via Greenhouse on behalf of Kestrelbyte."),
      cte="quoted-printable"),

    m(kind="interview_invitation", slug="university_panel_ics", key="eb-inv",
      company="Eblana University", contact="orla.kinsella@eblana.example.ie", lang="en",
      date="2026-03-09 14:20", tz="IE",
      frm=("Orla Kinsella", "orla.kinsella@eblana.example.ie"),
      cc=[("Declan Furlong", "declan.furlong@eblana.example.ie")],
      to=[CAND], enc={"to": ("iso-8859-1", "Q")},
      subject="Interview invitation – Facilities Coordinator, Estates Office (Ref EU-EST-0412)",
      text=EB_INVITE + """

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error please notify the sender and delete it. Eblana University accepts no liability for any views expressed in this message which are not those of the University.""",
      ics={"method": "REQUEST", "seq": 0, "uid": "eb-est-0412-ob@eblana.example.ie",
               "summary": "Interview: Facilities Coordinator (EU-EST-0412) – T. Ó Briain",
               "start": "2026-03-19 10:00", "end": "2026-03-19 10:45",
               "location": "Room G.14, Estates Office, Cabra Campus, Dublin 7",
               "organizer": ("Orla Kinsella", "orla.kinsella@eblana.example.ie")}),

    m(kind="interview_invitation", slug="recruiter_phone_screen_ask", key="lq-inv",
      company="Lagan Quays Estates", contact="ruairi.mcateer@laganquays.example.co.uk",
      lang="en", date="2026-01-20 16:02", tz="UK",
      frm=("Ruairí McAteer", "ruairi.mcateer@laganquays.example.co.uk"),
      enc={"from": ("iso-8859-1", "Q")},
      subject="Facilities Coordinator – quick call?",
      text=LQ_INVITE + """

--
Lagan Quays Estates Limited, registered in Northern Ireland no. NI654321. Registered office: Clarendon Building, 12 Donegall Quay, Belfast BT1 3EA. This message may contain confidential information; if it reached you by mistake please tell us and delete it.""",
      cte="8bit"),

    m(kind="interview_invitation", slug="agency_client_interview", key="cl-inv", parent="cl-reg",
      company="Mersey Docklands Estates", contact="sadhbh.nolan@clariontalent.example.ie",
      lang="en", date="2026-02-18 10:12", tz="IE",
      frm=("Sadhbh Nolan", "sadhbh.nolan@clariontalent.example.ie"),
      subject="Interview with Mersey Docklands Estates – Thursday 26th",
      text="""Hi Tadeusz,

Good news: Mersey Docklands Estates liked your profile and want to meet you for the Facilities Coordinator job at their Princes Dock offices in Liverpool.

First stage is a video interview:
  When: Thursday 26 February, 14:00 Irish/UK time
  With: Helen Critchley, Head of Estates, and Marcus Aldred, Senior Facilities Manager
  Where: Teams, link below (they sent it to me, so it's their meeting)
  https://teams.example.co.uk/l/meetup-join/mde-2602-1400

Helen is very practical. Expect questions on planned versus reactive maintenance, how you'd keep contractors to their service levels, and a scenario about a lift breaking down in a building with 300 staff. Your licensing and stock-control stories will land well, so use them.

Can you confirm by return that you're good for the 26th? Give me a ring afterwards and tell me how it went.

Best,
Sadhbh

Sadhbh Nolan
Senior Consultant, Facilities & Property
Clarion Talent Partners
3rd Floor, 40 Mount Street Lower, Dublin 2
+353 1 555 2276 | +353 86 555 8812

Clarion Talent Partners Ltd is a licensed employment agency (licence no. EA-4471)."""),

    m(kind="interview_invitation", slug="hotel_trial_day", key="hg-inv",
      company="Halfpenny Grand Hotel", contact="grainne.doyle@halfpennygrand.example.ie",
      lang="en", date="2026-03-31 09:30", tz="IE",
      frm=("Gráinne Doyle", "grainne.doyle@halfpennygrand.example.ie"),
      enc={"from": ("utf-8", "B"), "to": ("utf-8", "B")},
      subject="Trial day at the Halfpenny Grand – Thursday 9 April",
      text="""Hi Tadeusz,

Lovely to chat on Friday. As promised, here are the details for your trial day for the Facilities & Maintenance Coordinator position.

Thursday 9 April, 08:00 to roughly 15:00
Staff entrance on Lotts Lane – ask security for me and they'll ring up.

You'll spend the morning shadowing our Chief Engineer, Fergal Byrne: the daily plant-room checks, the defects list from housekeeping, and whatever the day throws at him. After lunch (on us, in the staff canteen) you'll sit with me and plan a week of room-out-of-order works around a full house. We'll finish with a half-hour chat with our General Manager, Mr. Tomasz Wiśniewski.

Please wear comfortable shoes and smart casual clothes. We'll give you a hi-vis and a radio for the day. Bring photo ID for the security desk.

Let me know that Thursday works and if you have any dietary requirements.

Warm regards,
Gráinne

Gráinne Doyle
Rooms Division Manager
The Halfpenny Grand Hotel
31 Ormond Quay Upper, Dublin 7
+353 1 555 9040""",
      html="""<div style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Hi Tadeusz,</p>
<p>Lovely to chat on Friday. As promised, here are the details for your trial day for the Facilities &amp; Maintenance Coordinator position.</p>
<p><b>Thursday 9 April, 08:00 to roughly 15:00</b><br>
Staff entrance on Lotts Lane – ask security for me and they'll ring up.</p>
<p>You'll spend the morning shadowing our Chief Engineer, Fergal Byrne: the daily plant-room checks, the defects list from housekeeping, and whatever the day throws at him. After lunch (on us, in the staff canteen) you'll sit with me and plan a week of room-out-of-order works around a full house. We'll finish with a half-hour chat with our General Manager, Mr. Tomasz Wiśniewski.</p>
<p>Please wear comfortable shoes and smart casual clothes. We'll give you a hi-vis and a radio for the day. Bring photo ID for the security desk.</p>
<p>Let me know that Thursday works and if you have any dietary requirements.</p>
<p>Warm regards,<br>Gráinne</p>
<p style="color:#7a5c2e;font-size:13px">Gráinne Doyle<br>Rooms Division Manager<br>The Halfpenny Grand Hotel<br>31 Ormond Quay Upper, Dublin 7<br>+353 1 555 9040</p>
</div>""",
      cte="base64"),

    m(kind="interview_invitation", slug="icims_assessment_centre", key="mv-inv", parent="mv-ack",
      company="Mercy Vale Hospital", contact="", lang="en", date="2026-05-25 07:00", tz="UTC",
      frm=("Mercy Vale Hospital Careers", "careers-mercyvale@icims.com"),
      subject="Assessment Centre Invitation: Facilities Services Coordinator (Req 2026-0311)",
      headers=AUTO,
      text="""Dear Tadeusz,

Following the shortlisting for Facilities Services Coordinator (Req 2026-0311), we are pleased to invite you to our assessment centre.

Date: Wednesday 10 June 2026
Time: 09:00 – 13:30
Venue: Education Centre, Level 1, Mercy Vale Hospital, Rathgar Road, Dublin 6

The morning consists of:
1. An in-tray exercise (45 minutes) based on a typical Monday in the Facilities office
2. A group task with other candidates (30 minutes)
3. A competency-based interview with a panel of three (40 minutes)

Please confirm your place by logging in to your candidate portal and choosing "Accept invitation" before 3 June:
https://careers-mercyvale.icims.com/jobs/candidate/dashboard

Please bring two forms of identification for Garda vetting purposes.

Mercy Vale Hospital Recruitment Team

This is an automated message. Please do not reply directly to this email.""",
      html=ats_card("Mercy Vale Hospital", "#1d4ed8", """<p>Dear Tadeusz,</p>
<p>Following the shortlisting for <b>Facilities Services Coordinator (Req 2026-0311)</b>, we are pleased to invite you to our assessment centre.</p>
<table cellpadding="4"><tr><td><b>Date</b></td><td>Wednesday 10 June 2026</td></tr>
<tr><td><b>Time</b></td><td>09:00 – 13:30</td></tr>
<tr><td><b>Venue</b></td><td>Education Centre, Level 1, Mercy Vale Hospital, Rathgar Road, Dublin 6</td></tr></table>
<p>The morning consists of:</p>
<ol><li>An in-tray exercise (45 minutes) based on a typical Monday in the Facilities office</li>
<li>A group task with other candidates (30 minutes)</li>
<li>A competency-based interview with a panel of three (40 minutes)</li></ol>
<p>Please confirm your place by logging in to your candidate portal and choosing "Accept invitation" before 3 June:</p>
<p><a href="https://careers-mercyvale.icims.com/jobs/candidate/dashboard">Go to my dashboard</a></p>
<p>Please bring two forms of identification for Garda vetting purposes.</p>
<p>Mercy Vale Hospital Recruitment Team</p>""",
                    "This is an automated message. Please do not reply directly to this email.")),

    m(kind="interview_invitation", slug="casual_free_thursday", key="gg-inv",
      company="Grangegorman Works", contact="barry@grangegormanworks.example.ie", lang="en",
      date="2026-01-27 13:48", tz="IE",
      frm=("Barry Kehoe", "barry@grangegormanworks.example.ie"),
      subject="Re: Community & facilities coordinator",
      text="""Hey Tadeusz,

Your email made me laugh – anyone who's done ten years of Saturday nights on Camden Street can probably handle our members when the coffee machine dies.

Are you free Thursday to chat? Say 3ish, here at the space? Nothing formal, we'll grab a coffee, I'll show you round the three floors and you can tell me what you'd do with the place.

If Thursday's no good, Friday morning works too.

Barry

--
Barry Kehoe | Co-founder, Grangegorman Works
Unit 4, Grangegorman Lower, Dublin 7 | 087 555 1290

""" + reply_quote("en", "Mon, 26 Jan 2026 at 22:17", CAND_NAME, CAND[1], """Hi Barry,

I saw your post about the community & facilities coordinator role. I've been running the floor and the cellar in a busy Dublin bar for ten years and I'm looking to move into facilities. CV attached – would love to hear from you.

Tadeusz""")),

    m(kind="interview_invitation", slug="workday_schedule_action", key="cv-inv", parent="cv-ack",
      company="Cavehill University", contact="", lang="en", date="2026-04-14 08:31", tz="UK",
      frm=("Cavehill University", "cavehill@myworkday.com"),
      subject="Action required: schedule your interview – Facilities Coordinator (R-20817)",
      headers=AUTO,
      text="""Dear Tadeusz,

Congratulations – you have been shortlisted for interview for Facilities Coordinator (R-20817), Estates Directorate.

Please sign in to your Candidate Home account and choose one of the available interview times under "My Tasks" by 17 April 2026. Interviews will be held on Microsoft Teams on 21 and 22 April; the link will be sent once you have booked.

Sign in: https://wd3.myworkdayjobs.com/cavehill/login

If none of the times suit, please contact the Recruitment Team at the number on our careers site.

Kind regards,
Recruitment Team, People & Culture
Cavehill University

This email was generated by Workday. Replies to this address are not monitored.""",
      cte="8bit"),

    m(kind="interview_invitation", slug="ashby_book_phone_screen", key="ob-inv",
      company="Orbitfold", contact="keelin.farrell@orbitfold.example.com", lang="en",
      date="2026-05-04 15:22", tz="IE",
      frm=("Orbitfold Recruiting", "no-reply@ashbyhq.com"),
      reply_to=("Keelin Farrell", "keelin.farrell@orbitfold.example.com"),
      subject="Orbitfold: book your phone screen for Office Experience Coordinator",
      text="""Hi Tadeusz,

Thanks for your interest in the Office Experience Coordinator role at Orbitfold! I'm Keelin, and I look after hiring for our Dublin office on Sir John Rogerson's Quay.

The next step is a 30-minute phone screen with me. Use the link to grab a time that works for you:

https://app.ashbyhq.com/interview-scheduling/orbitfold/3c1e-77aa

Nothing to prepare – I'll tell you more about the office, how we work with our landlord and vendors, and I'd like to hear about your background.

Speak soon,
Keelin Farrell
Recruiting, Orbitfold""",
      html=ats_card("Orbitfold", "#6d28d9", """<p>Hi Tadeusz,</p>
<p>Thanks for your interest in the Office Experience Coordinator role at Orbitfold! I'm Keelin, and I look after hiring for our Dublin office on Sir John Rogerson's Quay.</p>
<p>The next step is a 30-minute phone screen with me. Use the button to grab a time that works for you:</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/orbitfold/3c1e-77aa" style="background:#6d28d9;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Pick a time</a></p>
<p>Nothing to prepare – I'll tell you more about the office, how we work with our landlord and vendors, and I'd like to hear about your background.</p>
<p>Speak soon,<br>Keelin Farrell<br>Recruiting, Orbitfold</p>""", "Powered by Ashby")),

    m(kind="interview_invitation", slug="lever_video_interview", key="px-inv", parent="px-ack",
      company="Pixelhaven", contact="conall.devlin@pixelhaven.example.com", lang="en",
      date="2026-06-09 12:40", tz="UK",
      frm=("Conall Devlin", "no-reply@hire.lever.co"),
      reply_to=("Conall Devlin", "conall.devlin@pixelhaven.example.com"),
      subject="Pixelhaven – interview for Campus Facilities Coordinator (Belfast)",
      text="""Hi Tadeusz,

Thanks again for applying to Pixelhaven. The team enjoyed reading your application and we'd like to invite you to a video interview with Gemma Lowry (Head of Workplace) and me.

Monday 15 June, 10:00–10:45 (UK time)
Zoom: https://zoom.example.com/j/84420193377

We'll talk through a normal week on our Gasworks campus: visitors, deliveries, the odd flood in the server corridor. We'll also ask you to walk us through how you'd prioritise a list of ten open jobs – we'll share it on screen, no prep needed.

Reply here if that time doesn't work.

Best,
Conall

Conall Devlin | Talent Acquisition | Pixelhaven
Gasworks Campus, Ormeau Road, Belfast BT7 2JA"""),

    m(kind="interview_invitation", slug="outlook_html_teams_invite", key="fw-inv", parent="fw-ack",
      company="Fitzwilliam Block Management", contact="deirdre.halpin@fitzwilliambm.example.ie",
      lang="en", date="2026-02-24 16:05", tz="IE",
      frm=("Deirdre Halpin", "deirdre.halpin@fitzwilliambm.example.ie"),
      subject="Interview - Facilities Coordinator (residential blocks)",
      html=word_html(mso(FW_INVITE)), charset="windows-1252", cte="quoted-printable",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

    m(kind="interview_invitation", slug="video_plus_written_exercise", key="mf-inv",
      company="Meridian Facilities Services", contact="joanne.platt@meridianfs.example.co.uk",
      lang="en", date="2026-03-17 11:26", tz="UK",
      frm=("Joanne Platt", "joanne.platt@meridianfs.example.co.uk"),
      subject="Next stage – Facilities Coordinator, Liverpool Knowledge Quarter contract",
      text="""Dear Tadeusz,

I'm pleased to let you know you've been shortlisted for the Facilities Coordinator vacancy on our Liverpool Knowledge Quarter contract.

The next stage has two parts, both on the same video call on Tuesday 24 March at 13:00 (UK time):

  1. A 20-minute written exercise. We'll email you a short brief at 13:00: a week's worth of planned preventive maintenance tasks, three reactive call-outs and a staff shortage. You'll put together a schedule and send it back.
  2. A 40-minute interview with Andy Rimmer, Contract Manager, and myself, including a discussion of your schedule.

Video link: https://meet.meridianfs.example.co.uk/knowledge-quarter/2403

Please confirm your attendance by replying to this email by Friday.

Kind regards,

Joanne Platt
Resourcing Advisor
Meridian Facilities Services
Exchange Flags House, Liverpool L2 3PF
0151 555 7702

Meridian Facilities Services Ltd. Registered in England and Wales No. 04455667."""),

    m(kind="interview_invitation", slug="phone_screen_win1252", key="bv-inv",
      company="Boyne Valley Business Park", contact="colm.reddan@boynevalleybp.example.ie",
      lang="en", date="2026-02-05 17:44", tz="IE",
      frm=("Colm Reddan", "colm.reddan@boynevalleybp.example.ie"),
      subject="Site Coordinator role – call next Tuesday",
      charset="windows-1252", cte="quoted-printable",
      text="""Hi Tadeusz,

Thanks for your application for the Site Coordinator job here at the park. Ten years running a bar is the kind of “keep everything moving” experience we’re after.

I’d like to do a first interview over the phone. I’ll ring you on Tuesday 10 February at 10:00 – should take about half an hour. We’ll talk about the park (14 tenants, 2 car parks, a €1.2m service-charge budget) and about how you’d get on with the tenants’ facilities people.

If 10:00 Tuesday doesn’t suit, let me know and we’ll find another slot.

Regards,
Colm

Colm Reddan
Estate Manager – Boyne Valley Business Park
Donore Road, Drogheda, Co. Louth, A92 H7K2
041 555 6620"""),

    m(kind="interview_invitation", slug="onsite_tour_ics", key="ng-inv", parent="ng-ack",
      company="Northgate Digital", contact="hannah.quigley@northgate.example.ie", lang="en",
      date="2026-06-29 10:02", tz="IE",
      frm=("Hannah Quigley", "hannah.quigley@northgate.example.ie"),
      subject="Northgate Digital – on-site interview & campus tour, Wed 8 July",
      text="""Hi Tadeusz,

Following your call with our recruiter last week, we'd like to invite you to our Dundalk campus for an in-person interview for the Facilities Coordinator (Data Centre Campus) role.

Wednesday 8 July, 11:00–13:00
Northgate Digital, Ardee Road Campus, Dundalk, Co. Louth – Building A reception

Plan for the day:
11:00 Security induction and campus tour with Shane Mullen, Critical Facilities Manager
11:45 Interview with Shane and me
12:45 Informal chat with two of the current coordinators

The campus is a secure site, so please bring a passport or driving licence – we can't admit anyone without photo ID. Parking is in the visitor car park at gate 2. Steel-toe boots are not needed; we'll keep to the walkways.

A calendar invite is attached. Accept it and we're set.

Best regards,
Hannah

Hannah Quigley
Talent Acquisition Partner, Northgate Digital
Ardee Road Campus, Dundalk, Co. Louth, A91 N2P8
+353 42 555 1180""",
      ics={"method": "REQUEST", "seq": 0, "uid": "ng-fc-onsite-0708@northgate.example.ie",
               "summary": "On-site interview – Facilities Coordinator (Tadeusz Ó Briain)",
               "start": "2026-07-08 11:00", "end": "2026-07-08 13:00",
               "location": "Northgate Digital, Ardee Road Campus, Building A reception, Dundalk",
               "organizer": ("Hannah Quigley", "hannah.quigley@northgate.example.ie")},
      ics_attach=True),

    m(kind="interview_invitation", slug="agency_unnamed_client", key="ff-inv", parent="ff-reg",
      company="FacilityFirst Recruitment", contact="dean.whitfield@facilityfirst.example.co.uk",
      lang="en", date="2026-09-08 09:17", tz="UK",
      frm=("Dean Whitfield", "dean.whitfield@facilityfirst.example.co.uk"),
      subject="Interview lined up – Soft FM Coordinator, south Liverpool",
      text="""Morning Tadeusz,

Got you an interview! My client is a large hospital group in south Liverpool – I can't give you the name until they've met you, that's their rule not mine. The role is the Soft FM Coordinator we talked about: cleaning, portering, waste and catering contracts across two sites.

Interview: Monday 14 September, 10:30, by Teams
Panel: their Soft FM Manager and someone from their HR team
I'll send the Teams link on Friday once they release it.

Dress as you would in person. They like STAR answers, so have two or three solid stories ready (the night the cellar flooded is a good one).

Let me know you're in and I'll confirm back to them.

Cheers,
Dean

Dean Whitfield
Principal Consultant – FacilityFirst Recruitment
Tithebarn Street 88, Liverpool L2 2SF
07700 555 418"""),

    m(kind="interview_invitation", slug="teams_einladung_personio", key="el-inv", parent="el-ack",
      company="Elbufer Immobilien", contact="jana.timmermann@elbufer.example.de", lang="de",
      date="2026-04-20 13:15", tz="DE",
      frm=("Jana Timmermann", "jana.timmermann@elbufer.example.de"),
      subject="Einladung zum Vorstellungsgespräch – Objektkoordinator Facility Management (m/w/d)",
      enc={"subject": ("utf-8", "Q")},
      text=EL_INVITE),

    m(kind="interview_invitation", slug="workable_telefonat_du", key="hb-inv",
      company="Hafenbyte", contact="mats@hafenbyte.example.de", lang="de",
      date="2026-07-06 16:40", tz="DE",
      frm=("Mats Oldenburg - Hafenbyte", "noreply@workablemail.com"),
      reply_to=("Mats Oldenburg", "mats@hafenbyte.example.de"),
      subject="Hafenbyte: Lass uns telefonieren!",
      text=HB_INVITE, html=paras(HB_INVITE)),

    m(kind="interview_invitation", slug="klinikum_einladung_ics", key="ka-inv", parent="ka-ack",
      company="Klinikum Alsterblick", contact="kerstin.vogt@klinikum-alsterblick.example.de",
      lang="de", date="2026-03-23 10:48", tz="DE",
      frm=("Kerstin Vogt", "kerstin.vogt@klinikum-alsterblick.example.de"),
      subject="Ihre Bewerbung als Koordinator Technik & Infrastruktur - Einladung",
      enc={"subject": ("iso-8859-1", "Q"), "to": ("iso-8859-1", "Q")},
      charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrter Herr Ó Briain,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch in unser Haus einzuladen.

Datum: Donnerstag, 2. April 2026
Uhrzeit: 13:30 Uhr
Ort: Klinikum Alsterblick, Verwaltungsgebäude Haus C, 2. OG, Raum 2.07
Gesprächspartner: Dr. Birte Ohlsen (Leitung Technik & Infrastruktur), Herr Malte Schröder (Betriebsrat), Frau Kerstin Vogt (Personalabteilung)

Bitte planen Sie etwa eine Stunde ein. Im Anschluss zeigt Ihnen Herr Schröder gern die Technikzentrale.

Reisekosten können wir leider nicht übernehmen. Eine Kalendereinladung liegt bei.

Mit freundlichen Grüßen
i. A. Kerstin Vogt
Personalabteilung

Klinikum Alsterblick gGmbH
Alsterkrugchaussee 410, 22297 Hamburg
Tel. 040 555 71 - 302""",
      ics={"method": "REQUEST", "seq": 0, "uid": "ka-tech-infra-0204@klinikum-alsterblick.example.de",
               "summary": "Vorstellungsgespräch Ó Briain - Koordinator Technik & Infrastruktur",
               "start": "2026-04-02 13:30", "end": "2026-04-02 14:30",
               "location": "Haus C, 2. OG, Raum 2.07",
               "organizer": ("Kerstin Vogt", "kerstin.vogt@klinikum-alsterblick.example.de")}),

    m(kind="interview_invitation", slug="agentur_kundentermin", key="ht-inv", parent="ht-reg",
      company="Hotel Nordlicht am Hafen", contact="timo.brandes@hansetalent.example.de",
      lang="de", date="2026-05-26 09:05", tz="DE",
      frm=("Timo Brandes | HanseTalent", "timo.brandes@hansetalent.example.de"),
      subject="Gesprächstermin beim Hotel Nordlicht am Hafen",
      text="""Hallo Herr Ó Briain,

wie am Telefon besprochen: Das Hotel Nordlicht am Hafen möchte Sie für die Position Haustechnik-Koordinator kennenlernen.

Termin: Mittwoch, 3. Juni, 15:00 Uhr
Ort: Hotel Nordlicht am Hafen, Van-der-Smissen-Straße 9, 22767 Hamburg – bitte an der Rezeption nach Frau Annika Rohwer (Director of Operations) fragen
Alternativ per Video, falls Sie nicht nach Hamburg kommen können – geben Sie mir dann bitte bis Freitag Bescheid.

Das Gespräch findet auf Englisch statt, Frau Rohwer freut sich aber, wenn Sie ein paar Sätze Deutsch einstreuen.

Kurzes Briefing vorab: Das Haus hat 186 Zimmer, die Haustechnik ist teilweise an einen Dienstleister vergeben. Man sucht jemanden, der zwischen Rezeption, Housekeeping und Technik vermittelt – also genau Ihr Thekenprofil.

Beste Grüße
Timo Brandes
Senior Consultant Hotellerie

HanseTalent Personalberatung GmbH
Ballindamm 27, 20095 Hamburg
+49 40 555 902 14"""),

    m(kind="interview_invitation", slug="universite_visio_ics", key="er-inv", parent="er-ack",
      company="Université de l'Erdre", contact="gaelle.lefloch@univ-erdre.example.fr",
      lang="fr", date="2026-05-18 11:32", tz="FR",
      frm=("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr"),
      enc={"from": ("iso-8859-1", "Q"), "subject": ("utf-8", "B")},
      subject="Convocation à un entretien – Coordinateur·rice logistique et services généraux",
      text=ER_INVITE,
      ics={"method": "REQUEST", "seq": 0, "uid": "erdre-dpi-2705-obriain@univ-erdre.example.fr",
               "summary": "Entretien – coordinateur·rice logistique (T. Ó Briain)",
               "start": "2026-05-27 14:00", "end": "2026-05-27 14:45",
               "location": "Visioconférence : https://visio.univ-erdre.example.fr/dpi-recrutement",
               "organizer": ("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr")},
      ics_cte="base64"),

    m(kind="interview_invitation", slug="universite_second_tour", key="er-inv2", parent="er-move",
      company="Université de l'Erdre", contact="gaelle.lefloch@univ-erdre.example.fr",
      lang="fr", date="2026-06-02 16:50", tz="FR",
      frm=("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr"),
      enc={"from": ("utf-8", "Q")},
      subject="Second entretien sur le campus de la Censive",
      text="""Bonjour Monsieur Ó Briain,

Merci encore pour l'échange de jeudi dernier. M. Quéméner a apprécié votre approche très concrète, et nous aimerions poursuivre avec un second entretien, cette fois sur place.

Jeudi 11 juin 2026, de 10h00 à 12h30
Bâtiment de la Direction du patrimoine immobilier, campus de la Censive, Nantes (accès par l'entrée Tertre)

Au programme : une visite de trois bâtiments avec la responsable de la maintenance, puis un entretien avec M. Quéméner et la directrice générale des services adjointe. Vous serez ensuite invité à déjeuner avec l'équipe.

L'université prend en charge votre déplacement (vol Dublin–Nantes et une nuit d'hôtel) ; notre service des missions vous contactera pour les réservations.

Pourriez-vous me confirmer rapidement vos disponibilités ?

Bien à vous,

Gaëlle Le Floch
Chargée de recrutement – DRH
Université de l'Erdre
Tél. : +33 2 55 00 41 87"""),

    m(kind="interview_invitation", slug="appel_telephonique_latin1", key="ag-inv",
      company="Atlantique Gestion Immobilière", contact="solene.guerin@atlantique-gestion.example.fr",
      lang="fr", date="2026-02-26 18:02", tz="FR",
      frm=("Solène Guérin", "solene.guerin@atlantique-gestion.example.fr"),
      enc={"from": ("iso-8859-1", "B"), "subject": ("iso-8859-1", "Q")},
      subject="Votre candidature - échange téléphonique mardi 3 mars",
      charset="iso-8859-1", cte="8bit",
      text="""Bonjour Monsieur Ó Briain,

Votre candidature pour le poste de gestionnaire technique de copropriétés (services généraux) a retenu notre attention.

Je vous propose un premier échange téléphonique le mardi 3 mars à 14h00, heure française (13h00 à Dublin). Je vous appellerai au numéro indiqué sur votre CV. Comptez une trentaine de minutes.

Nous parlerons de votre parcours, de votre niveau de français et de votre projet d'installation à Nantes.

Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre.

Cordialement,

Solène Guérin
Responsable ressources humaines
Atlantique Gestion Immobilière
14 quai de Versailles, 44000 Nantes
02 55 00 17 63"""),

    m(kind="interview_invitation", slug="interim_entretien_client", key="li-inv", parent="li-reg",
      company="Campus Numérique Beaulieu", contact="yannick.legoff@loireinterim.example.fr",
      lang="fr", date="2026-03-04 10:20", tz="FR",
      frm=("Yannick Le Goff – Loire Intérim", "yannick.legoff@loireinterim.example.fr"),
      subject="Entretien avec le Campus Numérique Beaulieu – lundi 9 mars",
      text="""Bonjour Tadeusz,

Bonne nouvelle : le Campus Numérique Beaulieu souhaite vous rencontrer pour la mission d'assistant services généraux (CDD de 6 mois, possibilité de CDI ensuite).

Rendez-vous : lundi 9 mars à 9h30, en visio
Interlocutrice : Mme Clémence Aubry, responsable de l'exploitation du site
Lien : https://visio.beaulieu-campus.example.fr/rdv/aubry-0903

Le site accueille 60 entreprises sur 4 bâtiments, avec un espace événementiel : votre expérience du service et des soirées chargées les intéresse beaucoup. Préparez-vous à parler de gestion des prestataires (ménage, sécurité, accueil).

Merci de me confirmer par retour de mail, et appelez-moi après l'entretien pour me faire un retour.

À bientôt,
Yannick

Yannick Le Goff
Chargé de recrutement – Agence Nantes Centre
Loire Intérim
7 rue de Strasbourg, 44000 Nantes
06 55 41 20 98"""),

    m(kind="interview_invitation", slug="hospital_videollamada", key="hm-inv", parent="hm-ack",
      company="Hospital Universitario Manzanares", contact="lucia.ferrandiz@hmanzanares.example.es",
      lang="es", date="2026-06-15 12:10", tz="ES",
      frm=("Lucía Ferrándiz", "lucia.ferrandiz@hmanzanares.example.es"),
      enc={"from": ("utf-8", "Q"), "subject": ("utf-8", "B")},
      subject="Entrevista – Coordinador/a de Servicios Generales (ref. SG-2026-07)",
      text=HM_INVITE + """

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al Reglamento (UE) 2016/679."""),

    m(kind="interview_invitation", slug="agencia_entrevista_cliente", key="ti-inv", parent="ti-reg",
      company="Hotel Mirador del Retiro", contact="marta.olmedo@talentoiberico.example.es",
      lang="es", date="2026-04-08 17:35", tz="ES",
      frm=("Marta Olmedo", "marta.olmedo@talentoiberico.example.es"),
      subject="Entrevista con el Hotel Mirador del Retiro – jueves 16",
      text="""Hola Tadeusz:

¡Tenemos entrevista! El Hotel Mirador del Retiro quiere conocerte para el puesto de coordinador de mantenimiento y servicios (equipo internacional, trabajan en inglés).

- Día: jueves 16 de abril
- Hora: 12:00 (hora de Madrid; las 11:00 en Dublín)
- Formato: videollamada con Rafael Segura, director de operaciones
- Enlace: https://meet.miradorretiro.example.es/entrevista-ob

El hotel tiene 142 habitaciones, spa y una terraza que en verano funciona como bar. Les ha encantado que vengas de la barra: quieren a alguien que entienda cómo se vive un servicio desde dentro.

Confírmame, por favor, que te viene bien y te paso un par de consejos por teléfono.

Un abrazo,
Marta

Marta Olmedo
Consultora senior – Hostelería y Facility Management
Talento Ibérico Selección
Calle de Alcalá 93, 28009 Madrid
+34 600 555 731"""),

    m(kind="interview_invitation", slug="lever_entrevista_video", key="td-inv", parent="td-ack",
      company="Tablas Digital", contact="alvaro.saiz@tablasdigital.example.es", lang="es",
      date="2026-09-14 13:02", tz="ES",
      frm=("Álvaro Saiz", "no-reply@hire.lever.co"),
      reply_to=("Álvaro Saiz", "alvaro.saiz@tablasdigital.example.es"),
      enc={"from": ("iso-8859-1", "Q"), "reply_to": ("iso-8859-1", "Q")},
      subject="Tablas Digital – entrevista para Workplace Coordinator",
      text="""Hola Tadeusz,

Gracias por presentar tu candidatura a Workplace Coordinator en nuestro campus de Las Tablas. Nos gustaría hacerte una entrevista por vídeo con Nerea Villalba (Workplace Manager) y conmigo.

Te propongo el lunes 21 de septiembre a las 16:00 (hora de Madrid). Dura unos 45 minutos y la haremos en inglés, aunque puedes cambiar al español cuando quieras.

Enlace: https://meet.tablasdigital.example.es/ws-coord-2109

Si ese horario no te encaja, contesta a este correo y buscamos otro.

Saludos,
Álvaro Saiz
Talent Acquisition – Tablas Digital"""),

    # ======================= interview_reschedule_or_cancel ===============================
    m(kind="interview_reschedule_or_cancel", slug="greenhouse_slot_moved", key="kb-move",
      parent="kb-inv", company="Kestrelbyte", contact="aoife.brennan@kestrelbyte.example.ie",
      lang="en", date="2026-08-17 09:40", tz="IE",
      frm=("Aoife Brennan", "aoife.brennan@kestrelbyte.example.ie"),
      subject="Re: Kestrelbyte – let's find a time to talk about the Workplace Coordinator role",
      text="""Hi Tadeusz,

Apologies for the shuffle. Rory has been pulled onto a site visit in Cork on Wednesday, so we need to move your interview. Would Friday 21 August at 10:30 work instead? Same Google Meet link, same 45 minutes. I've updated the calendar invite on my side – if Friday is a problem, tell me and I'll find another slot early next week.

Thanks for your patience,
Aoife

""" + reply_quote("en", "Wed, 12 Aug 2026 at 08:55", CAND_NAME, CAND[1], """Hi Aoife,

Thanks a million – I've booked Wednesday 19th at 14:00 through the link. Looking forward to it.

Tadeusz

""" + reply_quote("en", "Tue, 11 Aug 2026 at 11:05", "Aoife Brennan via Greenhouse",
                  "no-reply@greenhouse-mail.io", KB_INVITE))),

    m(kind="interview_reschedule_or_cancel", slug="ics_update_sequence1", key="eb-move",
      parent="eb-inv", company="Eblana University", contact="orla.kinsella@eblana.example.ie",
      lang="en", date="2026-03-13 12:04", tz="IE",
      frm=("Orla Kinsella", "orla.kinsella@eblana.example.ie"),
      subject="Updated: Interview – Facilities Coordinator (EU-EST-0412) now Tuesday 24 March",
      text="""Dear Mr Ó Briain,

Due to a change in the availability of the interview panel, we need to move your interview from Thursday 19 March to Tuesday 24 March 2026 at 11:15. The location (Room G.14, Estates Office) and the presentation topic remain the same.

The updated calendar entry is attached and will replace the previous one. I apologise for any inconvenience, and please let me know if the new time causes difficulty.

Kind regards,

Orla Kinsella
HR Officer, Human Resources
Eblana University, Cabra Campus, Dublin 7
T: +353 1 555 7710""",
      ics={"method": "REQUEST", "seq": 1, "uid": "eb-est-0412-ob@eblana.example.ie",
               "summary": "Interview: Facilities Coordinator (EU-EST-0412) – T. Ó Briain",
               "start": "2026-03-24 11:15", "end": "2026-03-24 12:00",
               "location": "Room G.14, Estates Office, Cabra Campus, Dublin 7",
               "organizer": ("Orla Kinsella", "orla.kinsella@eblana.example.ie")}),

    m(kind="interview_reschedule_or_cancel", slug="new_time_after_request", key="lq-move",
      parent="lq-resched", company="Lagan Quays Estates",
      contact="ruairi.mcateer@laganquays.example.co.uk", lang="en",
      date="2026-01-21 08:47", tz="UK",
      frm=("Ruairí McAteer", "ruairi.mcateer@laganquays.example.co.uk"),
      enc={"from": ("utf-8", "B")},
      subject="Re: Facilities Coordinator – quick call?",
      text="""Morning Tadeusz,

No bother at all, I know what Thursday and Friday nights look like behind a bar. Let's move the call to Monday 26th at 12:15 instead. I'll ring you then – it'll come up as a 028 number.

Ruairí

""" + reply_quote("en", "Tue, 20 Jan 2026 at 21:40", CAND_NAME, CAND[1], """Hi Ruairí,

Thanks very much for getting in touch. I'm rostered on both Thursday and Friday this week and I wouldn't be able to talk properly from the bar. Would early next week suit, ideally Monday around lunchtime?

Best regards,
Tadeusz""") + "\n>\n" + quote(reply_quote("en", "Tue, 20 Jan 2026 at 16:02", "Ruairí McAteer",
                                         "ruairi.mcateer@laganquays.example.co.uk",
                                         LQ_INVITE))),

    m(kind="interview_reschedule_or_cancel", slug="engineer_ill_trial_moved", key="hg-move",
      parent="hg-inv", company="Halfpenny Grand Hotel",
      contact="grainne.doyle@halfpennygrand.example.ie", lang="en",
      date="2026-04-07 19:12", tz="IE",
      frm=("Gráinne Doyle", "grainne.doyle@halfpennygrand.example.ie"),
      enc={"from": ("iso-8859-1", "Q")},
      subject="Change of plan for Thursday – trial day moved",
      text="""Hi Tadeusz,

I'm so sorry to do this at short notice. Fergal has come down with a nasty flu and is off for the rest of the week, and there's no point in you shadowing an empty plant room.

Could we move your trial day to Wednesday 15 April, same times (08:00, staff entrance on Lotts Lane)? Everything else stays as planned.

Just drop me a line to say whether that works – and apologies again.

Gráinne"""),

    m(kind="interview_reschedule_or_cancel", slug="assessment_postponed_cancel_ics",
      key="mv-cancel", parent="mv-inv", company="Mercy Vale Hospital",
      contact="philippa.okafor@mercyvale.example.ie", lang="en",
      date="2026-06-02 15:36", tz="IE",
      frm=("Philippa Okafor", "philippa.okafor@mercyvale.example.ie"),
      subject="Assessment centre on 10 June postponed – Facilities Services Coordinator",
      text="""Dear Tadeusz,

I'm writing to let you know that we have had to postpone the assessment centre for the Facilities Services Coordinator role that was planned for Wednesday 10 June. The Education Centre is needed that week for an unannounced HIQA inspection, and we could not find another room large enough for the group exercise.

Please note that your application is still very much active and you remain on the shortlist. We expect to run the assessment centre in the second half of June and will send a new invitation with the date as soon as it is confirmed. The calendar entry for 10 June has been withdrawn.

With apologies for the disruption,

Philippa Okafor
Facilities Manager
Mercy Vale Hospital, Rathgar Road, Dublin 6
Tel: +353 1 555 4470 | Bleep 612

Mercy Vale Hospital is a registered charity (RCN 20055512). The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.""",
      ics={"method": "CANCEL", "seq": 1, "uid": "mv-ac-2026-0311-1006@mercyvale.example.ie",
               "summary": "Assessment Centre – Facilities Services Coordinator",
               "start": "2026-06-10 09:00", "end": "2026-06-10 13:30",
               "location": "Education Centre, Level 1, Mercy Vale Hospital",
               "organizer": ("Philippa Okafor", "philippa.okafor@mercyvale.example.ie")}),

    m(kind="interview_reschedule_or_cancel", slug="lever_new_time", key="px-move",
      parent="px-inv", company="Pixelhaven", contact="conall.devlin@pixelhaven.example.com",
      lang="en", date="2026-06-12 17:25", tz="UK",
      frm=("Conall Devlin", "no-reply@hire.lever.co"),
      reply_to=("Conall Devlin", "conall.devlin@pixelhaven.example.com"),
      subject="Updated time: Pixelhaven interview now Wednesday 17 June",
      text="""Hi Tadeusz,

Gemma has been asked to present at our all-hands on Monday morning, so we need to push your interview back by a couple of days. New time:

Wednesday 17 June, 14:30–15:15 (UK time)
New Zoom link: https://zoom.example.com/j/84420551902

The old Monday link won't work any more. Sorry for the change, and shout if Wednesday is a problem.

Conall""",
      html=ats_card("Pixelhaven", "#ea580c", paras("""Hi Tadeusz,

Gemma has been asked to present at our all-hands on Monday morning, so we need to push your interview back by a couple of days. New time:

Wednesday 17 June, 14:30–15:15 (UK time)
New Zoom link: https://zoom.example.com/j/84420551902

The old Monday link won't work any more. Sorry for the change, and shout if Wednesday is a problem.

Conall"""), "Sent with Lever")),

    m(kind="interview_reschedule_or_cancel", slug="site_closed_moved_to_video_ics",
      key="ng-move", parent="ng-inv", company="Northgate Digital",
      contact="hannah.quigley@northgate.example.ie", lang="en",
      date="2026-07-06 14:18", tz="IE",
      frm=("Hannah Quigley", "hannah.quigley@northgate.example.ie"),
      subject="Change to Wednesday: interview now by video, 11:30",
      text="""Hi Tadeusz,

A change for Wednesday, I'm afraid. The campus is going into a restricted-access window this week while a new data hall is energised, and we can't bring visitors on site until the end of the month.

Rather than postpone, we'd like to hold your interview by video on the same day, starting a little later at 11:30 and finishing by 12:30. Shane will still be there, and we'll do the campus tour in person if you go further in the process. The updated invite (with the Teams link) replaces the earlier one.

Thanks for being flexible,
Hannah""",
      ics={"method": "REQUEST", "seq": 2, "uid": "ng-fc-onsite-0708@northgate.example.ie",
               "summary": "Video interview – Facilities Coordinator (Tadeusz Ó Briain)",
               "start": "2026-07-08 11:30", "end": "2026-07-08 12:30",
               "location": "Microsoft Teams: https://teams.example.ie/l/meetup-join/ng-0807",
               "organizer": ("Hannah Quigley", "hannah.quigley@northgate.example.ie")}),

    m(kind="interview_reschedule_or_cancel", slug="agency_client_moved_week", key="cl-move",
      parent="cl-inv", company="Mersey Docklands Estates",
      contact="sadhbh.nolan@clariontalent.example.ie", lang="en",
      date="2026-02-23 13:51", tz="IE",
      frm=("Sadhbh Nolan", "sadhbh.nolan@clariontalent.example.ie"),
      subject="RE: Interview with Mersey Docklands Estates - Thursday 26th",
      text="""Hi Tadeusz,

Quick one - Mersey Docklands have asked to push Thursday's interview out by a week. Helen's been called into a board meeting on the 26th. They've offered Thursday 5 March at the same time, 14:00, same Teams link.

I've pencilled you in - can you confirm? They were apologetic and it's nothing to do with you, they're still very keen.

Sadhbh

Sadhbh Nolan
Senior Consultant, Facilities & Property
Clarion Talent Partners
+353 1 555 2276""",
      cte="7bit"),

    m(kind="interview_reschedule_or_cancel", slug="ashby_cancelled_ics", key="ob-cancel",
      parent="ob-inv", company="Orbitfold", contact="", lang="en",
      date="2026-05-11 09:03", tz="UTC",
      frm=("Orbitfold Recruiting", "no-reply@ashbyhq.com"),
      subject="Cancelled: Phone screen – Office Experience Coordinator (Wed 13 May)",
      headers=AUTO,
      text="""Hi Tadeusz,

Your phone screen for Office Experience Coordinator on Wednesday 13 May at 11:00 (Europe/Dublin) has been cancelled by Orbitfold.

Your recruiter will be in touch to arrange a new time. You don't need to do anything right now.

— Orbitfold Recruiting

This message was sent by Ashby on behalf of Orbitfold.""",
      ics={"method": "CANCEL", "seq": 1, "uid": "ashby-3c1e77aa-0513@ashbyhq.com",
               "summary": "Phone screen: Orbitfold – Office Experience Coordinator",
               "start": "2026-05-13 11:00", "end": "2026-05-13 11:30", "tz": "IE",
               "organizer": ("Orbitfold Recruiting", "no-reply@ashbyhq.com"),
               "prodid": "-//Ashby//Scheduling//EN"}),

    m(kind="interview_reschedule_or_cancel", slug="klinikum_verschoben_ics", key="ka-move",
      parent="ka-inv", company="Klinikum Alsterblick",
      contact="kerstin.vogt@klinikum-alsterblick.example.de", lang="de",
      date="2026-03-30 08:12", tz="DE",
      frm=("Kerstin Vogt", "kerstin.vogt@klinikum-alsterblick.example.de"),
      subject="Terminverschiebung: Ihr Vorstellungsgespräch am 2. April",
      enc={"subject": ("utf-8", "B")},
      charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrter Herr Ó Briain,

leider ist Frau Dr. Ohlsen kurzfristig erkrankt. Wir müssen Ihr Vorstellungsgespräch daher verschieben und schlagen als neuen Termin

Dienstag, 14. April 2026, 10:00 Uhr

am selben Ort (Haus C, Raum 2.07) vor. Die aktualisierte Kalendereinladung ersetzt den bisherigen Eintrag.

Bitte geben Sie uns kurz Bescheid, ob Ihnen der neue Termin passt. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Kerstin Vogt
Personalabteilung, Klinikum Alsterblick""",
      ics={"method": "REQUEST", "seq": 1, "uid": "ka-tech-infra-0204@klinikum-alsterblick.example.de",
               "summary": "Vorstellungsgespräch Ó Briain – Koordinator Technik & Infrastruktur",
               "start": "2026-04-14 10:00", "end": "2026-04-14 11:00",
               "location": "Haus C, 2. OG, Raum 2.07",
               "organizer": ("Kerstin Vogt", "kerstin.vogt@klinikum-alsterblick.example.de")}),

    m(kind="interview_reschedule_or_cancel", slug="agentur_termin_abgesagt", key="ht-cancel",
      parent="ht-inv", company="Hotel Nordlicht am Hafen",
      contact="timo.brandes@hansetalent.example.de", lang="de",
      date="2026-06-01 11:44", tz="DE",
      frm=("Timo Brandes | HanseTalent", "timo.brandes@hansetalent.example.de"),
      subject="AW: Gesprächstermin beim Hotel Nordlicht am Hafen",
      text="""Hallo Herr Ó Briain,

kurze Info vorab, bevor Sie Flüge buchen: Frau Rohwer musste den Termin am Mittwoch absagen. Im Hotel steht diese Woche kurzfristig ein Audit der Hotelgruppe an, und sie ist komplett eingebunden.

Das Interesse an Ihnen besteht ausdrücklich weiter – das hat sie mir am Telefon noch einmal bestätigt. Sie meldet sich Anfang nächster Woche mit neuen Terminvorschlägen bei mir, und ich gebe sie sofort an Sie weiter.

Beste Grüße
Timo Brandes

""" + outlook_block("de", "Timo Brandes | HanseTalent <timo.brandes@hansetalent.example.de>",
                    "Dienstag, 26. Mai 2026 09:05", "Tadeusz Ó Briain <tadeusz.ob@example.ie>",
                    "Gesprächstermin beim Hotel Nordlicht am Hafen",
                    """Hallo Herr Ó Briain,

wie am Telefon besprochen: Das Hotel Nordlicht am Hafen möchte Sie für die Position Haustechnik-Koordinator kennenlernen.

Termin: Mittwoch, 3. Juni, 15:00 Uhr
[...]""")),

    m(kind="interview_reschedule_or_cancel", slug="universite_horaire_modifie_ics",
      key="er-move", parent="er-inv", company="Université de l'Erdre",
      contact="gaelle.lefloch@univ-erdre.example.fr", lang="fr",
      date="2026-05-22 09:14", tz="FR",
      frm=("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr"),
      enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
      subject="Modification de l'horaire de votre entretien",
      text="""Bonjour Monsieur Ó Briain,

En raison d'un conseil d'administration convoqué mercredi après-midi, M. Quéméner ne pourra pas être présent à l'horaire prévu.

Votre entretien est donc déplacé au jeudi 28 mai 2026 à 9h30 (heure de Paris), toujours en visioconférence, avec le même lien. L'invitation mise à jour remplace la précédente.

Je vous remercie de votre compréhension et reste à votre disposition si ce nouvel horaire pose problème.

Bien cordialement,

Gaëlle Le Floch
Chargée de recrutement – DRH, Université de l'Erdre""",
      ics={"method": "REQUEST", "seq": 1, "uid": "erdre-dpi-2705-obriain@univ-erdre.example.fr",
               "summary": "Entretien – coordinateur·rice logistique (T. Ó Briain)",
               "start": "2026-05-28 09:30", "end": "2026-05-28 10:15",
               "location": "Visioconférence : https://visio.univ-erdre.example.fr/dpi-recrutement",
               "organizer": ("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr")}),

    m(kind="interview_reschedule_or_cancel", slug="hotel_rdv_annule_cancel_ics", key="qf-cancel",
      company="Hôtel Quai de la Fosse", contact="benedicte.morvan@hotelquaifosse.example.fr",
      lang="fr", date="2026-04-27 12:30", tz="FR",
      frm=("Bénédicte Morvan", "benedicte.morvan@hotelquaifosse.example.fr"),
      enc={"from": ("utf-8", "B"), "subject": ("utf-8", "Q")},
      subject="Annulation : rendez-vous du mardi 5 mai",
      text="""Bonjour Tadeusz,

Je suis contrainte d'annuler notre rendez-vous de mardi prochain au sujet du poste de responsable technique et services. Nous accueillons un séminaire imprévu toute la semaine et je ne serai pas disponible.

Je reviendrai vers vous dès que possible pour fixer une nouvelle date ; je vous prie de m'excuser pour ce contretemps.

Bien à vous,

Bénédicte Morvan
Directrice d'exploitation
Hôtel Quai de la Fosse ****
52 quai de la Fosse, 44000 Nantes
02 55 00 88 10""",
      ics={"method": "CANCEL", "seq": 1, "uid": "qf-rdv-0505-obriain@hotelquaifosse.example.fr",
               "summary": "Rendez-vous T. Ó Briain – responsable technique",
               "start": "2026-05-05 15:00", "end": "2026-05-05 16:00",
               "location": "Hôtel Quai de la Fosse, salon Anne de Bretagne",
               "organizer": ("Bénédicte Morvan", "benedicte.morvan@hotelquaifosse.example.fr")}),

    m(kind="interview_reschedule_or_cancel", slug="lever_cambio_fecha", key="td-move",
      parent="td-inv", company="Tablas Digital", contact="alvaro.saiz@tablasdigital.example.es",
      lang="es", date="2026-09-17 10:26", tz="ES",
      frm=("Álvaro Saiz", "no-reply@hire.lever.co"),
      reply_to=("Álvaro Saiz", "alvaro.saiz@tablasdigital.example.es"),
      enc={"from": ("utf-8", "Q"), "reply_to": ("utf-8", "Q")},
      subject="Cambio de fecha: entrevista Workplace Coordinator",
      text="""Hola Tadeusz,

Nerea tiene que viajar a Lisboa el lunes, así que tenemos que mover tu entrevista. ¿Te vendría bien el miércoles 23 de septiembre a las 17:00 (hora de Madrid)? El enlace sigue siendo el mismo.

Perdona el cambio de planes. Si el miércoles no te cuadra, dime qué días tienes libres.

Saludos,
Álvaro"""),

    m(kind="interview_reschedule_or_cancel", slug="cambio_hora_latin1", key="ic-move",
      company="Castellana Gestión Inmobiliaria",
      contact="beatriz.cuesta@castellanagestion.example.es", lang="es",
      date="2026-08-24 09:58", tz="ES",
      frm=("Beatriz Cuesta", "beatriz.cuesta@castellanagestion.example.es"),
      enc={"subject": ("iso-8859-1", "Q"), "to": ("iso-8859-1", "B")},
      subject="Cambio de hora - entrevista del jueves",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Buenos días, Tadeusz:

Te escribo porque tenemos que cambiar la hora de la entrevista del jueves 27. En lugar de a las 10:00, ¿podrías conectarte a las 12:30? Nuestro director técnico, Gonzalo Prieto, tiene una visita a una obra a primera hora y no llegaría a tiempo.

El enlace de Teams es el mismo que te envié la semana pasada.

Gracias y disculpa las molestias.

Beatriz Cuesta
Responsable de Personas
Castellana Gestión Inmobiliaria
Paseo de la Castellana 171, 28046 Madrid
Tel. 91 555 38 02"""),

    # ======================= missed_interview_notice ======================================
    m(kind="missed_interview_notice", slug="tried_calling_twice", key="bv-miss", parent="bv-inv",
      company="Boyne Valley Business Park", contact="colm.reddan@boynevalleybp.example.ie",
      lang="en", date="2026-02-10 10:24", tz="IE",
      frm=("Colm Reddan", "colm.reddan@boynevalleybp.example.ie"),
      subject="Missed you this morning",
      charset="windows-1252", cte="8bit",
      text="""Hi Tadeusz,

I tried calling you twice at 10:00 for our phone interview and again at 10:15, but it rang out each time and there was no voicemail.

Hopefully everything’s OK. If you’re still interested in the Site Coordinator role, drop me a note with a couple of times that suit and we’ll try again.

Regards,
Colm

Colm Reddan
Estate Manager – Boyne Valley Business Park
041 555 6620"""),

    m(kind="missed_interview_notice", slug="waited_on_teams", key="cv-miss",
      company="Cavehill University", contact="siobhan.gilmartin@cavehill.example.ac.uk",
      lang="en", date="2026-04-21 14:52", tz="UK",
      frm=("Siobhán Gilmartin", "siobhan.gilmartin@cavehill.example.ac.uk"),
      enc={"from": ("utf-8", "Q")},
      subject="Facilities Coordinator (R-20817) – interview this afternoon",
      text="""Dear Tadeusz,

The panel waited on Teams for 15 minutes from 14:15 this afternoon for your interview for the Facilities Coordinator post, but you didn't join and we weren't able to reach you.

I appreciate that connection problems or a mix-up about the time can happen. If there was a reason you couldn't attend, please let me know by the end of tomorrow (Wednesday), as the panel finishes interviewing on Wednesday afternoon.

Kind regards,

Siobhán Gilmartin
Recruitment Officer, People & Culture
Cavehill University, University Road, Belfast BT7 1PQ
028 9555 3304"""),

    m(kind="missed_interview_notice", slug="agency_client_no_show", key="ff-miss",
      parent="ff-inv", company="FacilityFirst Recruitment",
      contact="dean.whitfield@facilityfirst.example.co.uk", lang="en",
      date="2026-09-14 11:09", tz="UK",
      frm=("Dean Whitfield", "dean.whitfield@facilityfirst.example.co.uk"),
      subject="Re: Interview lined up – Soft FM Coordinator, south Liverpool",
      text="""Tadeusz,

Just had my client on the phone – they were on the Teams call from 10:30 and you didn't appear. They gave it 20 minutes before closing the meeting.

Not like you, so I'm guessing something's happened. Can you call me as soon as you see this? I might be able to get you another slot, but I need to go back to them today with an explanation.

Dean
07700 555 418"""),

    m(kind="missed_interview_notice", slug="expected_at_reception", key="hs-miss",
      parent="hs-ack", company="Harbourview Student Living",
      contact="niall.brophy@harbourview.example.ie", lang="en",
      date="2026-07-28 14:41", tz="IE",
      frm=("Niall Brophy", "niall.brophy@harbourview.example.ie"),
      subject="Your interview today at 2pm",
      html="""<div dir="ltr"><p>Hi Tadeusz,</p>
<p>We were expecting you at reception in Harbourview House for your interview at 2pm today (Residence Facilities Coordinator). I checked with the front desk and there's no sign of you, and your phone went to voicemail.</p>
<p>If you got delayed or something came up, just let me know. We are interviewing until Thursday and I could possibly fit you in on Thursday morning.</p>
<p>Thanks,<br>Niall</p>
<p style="color:#555">Niall Brophy<br>Residence Operations Manager<br>Harbourview Student Living<br>Harbourview House, North Wall Quay, Dublin 1<br>+353 1 555 6630</p></div>"""),

    m(kind="missed_interview_notice", slug="hotel_video_no_show", key="la-miss",
      company="Lanyon Arms Hotel", contact="ciara.mcconville@lanyonarms.example.co.uk",
      lang="en", date="2026-05-19 15:33", tz="UK",
      frm=("Ciara McConville", "ciara.mcconville@lanyonarms.example.co.uk"),
      subject="We missed you on the video call",
      text="""Hi Tadeusz,

We had you down for a video chat at 3pm today about the Facilities Supervisor job, and our GM and I sat on the call until about 3:20 without seeing you come in.

It's no disaster. Reply with a couple of times that suit over the next few days and I'll see what I can do.

Ciara

Ciara McConville | HR & Training Manager
The Lanyon Arms Hotel | 2 Lanyon Place, Belfast BT1 3LP | 028 9555 4100"""),

    m(kind="missed_interview_notice", slug="panel_waited_zoom", key="ml-miss",
      company="Millmount Logistics Park", contact="pauline.carolan@millmount.example.ie",
      lang="en", date="2026-09-22 10:41", tz="IE",
      frm=("Pauline Carolan", "pauline.carolan@millmount.example.ie"),
      cc=[("Frank Duignan", "frank.duignan@millmount.example.ie")],
      subject="Facilities Coordinator interview – 10:00 today",
      text="""Dear Tadeusz,

The interview panel was on Zoom this morning at 10:00 as arranged, but you did not join the meeting. We waited until 10:25 and tried the mobile number on your application once, without an answer.

Could you let us know whether you are still interested in the role? We would appreciate hearing from you before Friday, as we are finalising the shortlist.

Regards,

Pauline Carolan
HR Administrator
Millmount Logistics Park, Marsh Road, Drogheda, Co. Louth
041 555 2290"""),

    m(kind="missed_interview_notice", slug="teams_gewartet", key="el-miss", parent="el-inv",
      company="Elbufer Immobilien", contact="jana.timmermann@elbufer.example.de", lang="de",
      date="2026-04-28 10:31", tz="DE",
      frm=("Jana Timmermann", "jana.timmermann@elbufer.example.de"),
      subject="Unser Gesprächstermin heute um 10:00 Uhr",
      text="""Sehr geehrter Herr Ó Briain,

Herr Petersen und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind jedoch leider nicht erschienen. Auch eine kurze Nachricht haben wir nicht erhalten.

Sollte etwas dazwischengekommen sein, melden Sie sich gern bis Donnerstag bei mir. Gegebenenfalls können wir einen neuen Termin vereinbaren.

Mit freundlichen Grüßen

Jana Timmermann
Personalreferentin
Elbufer Immobilien GmbH
Telefon: +49 40 555 318 20

""" + reply_quote("de", "20.04.2026 um 13:15", "Jana Timmermann",
                  "jana.timmermann@elbufer.example.de", EL_INVITE)),

    m(kind="missed_interview_notice", slug="zweimal_angerufen_du", key="hb-miss",
      parent="hb-inv", company="Hafenbyte", contact="mats@hafenbyte.example.de", lang="de",
      date="2026-07-14 11:26", tz="DE",
      frm=("Mats Oldenburg", "mats@hafenbyte.example.de"),
      subject="Re: Hafenbyte: Lass uns telefonieren!",
      text="""Hi Tadeusz,

ich hab dich heute um 11 Uhr zweimal angerufen (11:00 und 11:10), aber leider nicht erreicht – ging direkt auf die Mailbox.

Alles gut bei dir? Sag Bescheid, wenn du noch Interesse hast, dann suchen wir einen neuen Slot.

Mats

""" + reply_quote("de", "Mo., 6. Juli 2026 um 16:40", "Mats Oldenburg",
                  "mats@hafenbyte.example.de", HB_INVITE)),

    m(kind="missed_interview_notice", slug="tente_de_joindre", key="ag-miss", parent="ag-inv",
      company="Atlantique Gestion Immobilière",
      contact="solene.guerin@atlantique-gestion.example.fr", lang="fr",
      date="2026-03-03 14:38", tz="FR",
      frm=("Solène Guérin", "solene.guerin@atlantique-gestion.example.fr"),
      enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "B")},
      subject="Notre échange téléphonique de 14h",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Ó Briain,

J'ai tenté de vous joindre à 14h00 comme convenu, puis à nouveau à 14h15, mais je suis tombée sur votre messagerie à chaque fois.

Si vous souhaitez toujours donner suite à votre candidature, merci de me proposer un autre créneau cette semaine.

Cordialement,

Solène Guérin
Responsable ressources humaines
Atlantique Gestion Immobilière"""),

    m(kind="missed_interview_notice", slug="llamamos_dos_veces", key="hm-miss", parent="hm-inv",
      company="Hospital Universitario Manzanares",
      contact="lucia.ferrandiz@hmanzanares.example.es", lang="es",
      date="2026-06-23 10:25", tz="ES",
      frm=("Lucía Ferrándiz", "lucia.ferrandiz@hmanzanares.example.es"),
      enc={"from": ("utf-8", "B")},
      subject="Re: Entrevista – Coordinador/a de Servicios Generales (ref. SG-2026-07)",
      text="""Hola Tadeusz:

Te hemos estado esperando en la videollamada desde las 10:00 y, al ver que no te conectabas, te hemos llamado dos veces al móvil sin respuesta.

¿Ha pasado algo? Si sigues interesado en el puesto, escríbeme hoy o mañana y vemos si podemos buscar otro hueco esta semana.

Un saludo,
Lucía

""" + reply_quote("es", "lun, 15 jun 2026 a las 12:10", "Lucía Ferrándiz",
                  "lucia.ferrandiz@hmanzanares.example.es", HM_INVITE)),
]
