"""Corpus 222: invitations (26), reschedules/cancellations (15) and missed-interview notices
(10), each written by hand."""

from __future__ import annotations

from msgs222_common import (AOIFE, AUTO, CAMILLE, CAND, CLODAGH, CONOR, DEIRDRE, DIRK, DONAL,
                            GARETH, GEAROID, JANA, JORGE, LUCIA, MARTA, NIAMH, ORLA, PRIYA,
                            RUAIRI, SEBASTIAN, SOLENE, THOMOND_HR, YANNICK, ats_card, html_quote,
                            m, mso, outlook_block, outlook_html, outlook_reply, paras, reply,
                            simple_html)

MESSAGES: list[dict] = []
add = MESSAGES.append

# =========================================================================== invitations
# --------------------------------------------------------------------------- en

_aer_screen = """Hi Ailbhe,

Thanks so much for applying for the HR Generalist role at Aerlinn Regional. I've had a
look through your application and I'd love to set up a 30-minute phone screen to talk
through your experience and what you're looking for next.

Please use the link below to choose a time that works for you over the next week:
https://app.greenhouse.io/scheduling/aerlinn/4c8e21b7

If none of the times suit, just reply to this email and I'll sort something out.

Talk soon,
Orla Brennan
Talent Acquisition Lead, Aerlinn Regional
Shannon Airport House, Shannon, Co. Clare V14 E370"""

add(m("interview_invitation", "aerlinn_greenhouse_phone_screen", "en", "Aerlinn Regional",
      ORLA[1],
      key="aer_screen", parent="aer_ack",
      frm=("Orla Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=ORLA,
      date="2026-06-16 10:05 +0100",
      subject="Aerlinn Regional – let's schedule a call",
      cte="qp",
      text=_aer_screen,
      html=ats_card("Aerlinn Regional", paras(_aer_screen), accent="#00695c",
                    button=("Choose a time", "https://app.greenhouse.io/scheduling/aerlinn/4c8e21b7"),
                    footer="Sent via Greenhouse")))

_aer_panel = """Hi Ailbhe,

Great speaking with you last week. Following the phone screen, we'd like to invite you to
a panel interview for the HR Generalist role.

When: Monday 6 July, 10:00-11:15
Where: Shannon Airport House, 2nd floor (ask for me at reception)
Panel: Conor Whelan (Head of People Operations), Siobhán Tierney (Ground Ops Manager)
and myself

The first part is a competency-based interview; for the last 20 minutes we'll ask you to
talk us through how you'd approach the absence problem in a 60-person station team
(no slides needed).

I've sent a calendar invitation with this email - please accept it so that reception has
your name.

Orla"""

add(m("interview_invitation", "aerlinn_panel_calendar_request", "en", "Aerlinn Regional",
      ORLA[1],
      key="aer_panel", parent="aer_screen",
      frm=ORLA, date="2026-06-30 15:30 +0100",
      subject="Panel interview – HR Generalist, Aerlinn Regional",
      cte="qp",
      text=_aer_panel,
      html=outlook_html(mso(_aer_panel)),
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-aer-panel-0706",
           "seq": 0, "start": "2026-07-06 10:00", "end": "2026-07-06 11:15",
           "tz": "Europe/Dublin", "summary": "Panel interview – Ailbhe Moreau-Okonkwo",
           "location": "Shannon Airport House, 2nd floor", "organizer": ORLA,
           "attendees": [CAND, CONOR]}))

_corrib_screen = """Hi Ailbhe,

Thanks for applying for the HR Generalist post in our Galway Support Office. Could we
have a 20-minute call this Thursday, 29 January, at 10:00? I'll ring you on the mobile
number in your application.

It's an informal first chat about your background and the role, no preparation needed.

Thanks,
Deirdre Kilbane
Talent Acquisition Partner | Corrib Retail Group
T: +353 91 555 0142"""

add(m("interview_invitation", "corrib_phone_call_ask", "en", "Corrib Retail Group",
      DEIRDRE[1],
      key="corrib_screen", parent="corrib_ack",
      frm=DEIRDRE, date="2026-01-27 14:20 +0000",
      subject="HR Generalist – quick call on Thursday?",
      cte="7bit",
      text=_corrib_screen))

_lacken_ac = """Dear Ailbhe,

Thank you for your application for the HR Generalist (Site HR) role. I'm pleased to
invite you to our assessment centre at the Ringaskiddy site on Thursday 5 March 2026,
from 09:00 to 14:00.

The day includes a site tour, a group exercise, a 15-minute presentation (topic in the
attached agenda) and a one-to-one interview with the Site HR Lead. Lunch is provided.

Please bring photo ID and wear flat, closed shoes for the tour of the packaging hall.
Reply to this email to confirm your place by Friday.

Kind regards,
Ruairí Daly
Talent Acquisition Specialist
Lacken Biologics | Ringaskiddy, Co. Cork P43 KX20 | +353 21 555 0880"""

add(m("interview_invitation", "lacken_assessment_centre_pdf", "en", "Lacken Biologics",
      RUAIRI[1],
      key="lacken_ac", parent="lacken_ack",
      frm=RUAIRI, name_enc=("utf-8", "B"), date="2026-02-23 11:00 +0000",
      subject="Assessment centre invitation – HR Generalist (Site HR)",
      cte="qp",
      text=_lacken_ac,
      html=simple_html(paras(_lacken_ac)),
      pdf=[{"filename": "Lacken_Assessment_Centre_Agenda.pdf",
            "title": "Assessment Centre - HR Generalist (Site HR)",
            "lines": ["Thursday 5 March 2026, Ringaskiddy site", "",
                      "09:00  Welcome and site tour",
                      "10:00  Group exercise: shift-pattern change",
                      "11:15  Presentation (15 min): 'Your first 90 days in Site HR'",
                      "12:00  Lunch", "12:45  One-to-one interview with Site HR Lead",
                      "14:00  Close"]}]))

_thomond_invite = """Dear Ms Moreau-Okonkwo,

Competition Ref: 2026/HR/04 – Grade IV Staff Officer (Human Resources)

Further to your application for the above competition, I am pleased to inform you that you
have been shortlisted for interview.

Your interview will take place on Wednesday 22 April 2026 at 11:15 in the Council
Chamber Meeting Room, Áras Thuamhumhan, Dooradoyle Road, Limerick.

The interview will be competency-based and will assess the key competencies for the
role as set out in the candidate information booklet. Please bring original documentation
of your qualifications and two forms of photo identification.

Kindly confirm your attendance by reply to this e-mail no later than Wednesday
15 April 2026.

Is mise le meas,

Máire Ní Bhriain
HR Recruitment Unit
Thomond County Council
Tel: 061 555 0400"""

add(m("interview_invitation", "thomond_council_competency_interview", "en",
      "Thomond County Council", THOMOND_HR[1],
      key="thomond_invite", parent="thomond_ack",
      frm=THOMOND_HR, date="2026-04-08 12:00 +0100",
      subject="Competition 2026/HR/04 – Invitation to Interview",
      subj_enc=("utf-8", "Q"),
      charset="windows-1252", cte="qp",
      text=_thomond_invite))

_northmill_inv = """Hi Ailbhe,

Thanks for applying for our People Advisor role at Manchester Arndale. We'd love to
get to know you better in a 45-minute video interview with me and Tom Ellery, the
Regional Operations Manager.

Please pick a slot that suits you here:
https://hire.lever.co/interviews/northmill/schedule/7f3a9c

The call will be on Microsoft Teams; the link will be in your confirmation.

Cheers,
Priya"""

add(m("interview_invitation", "northmill_lever_pick_a_slot", "en", "Northmill Stores",
      PRIYA[1],
      key="northmill_invite", parent="northmill_ack",
      frm=("Priya Chauhan (Northmill Stores)", "no-reply@hire.lever.co"), reply_to=PRIYA,
      date="2026-03-16 13:10 +0000",
      subject="Interview for People Advisor at Northmill Stores",
      cte="qp",
      text=_northmill_inv,
      html=ats_card("Northmill Stores", paras(_northmill_inv), accent="#ef6c00",
                    button=("Schedule interview",
                            "https://hire.lever.co/interviews/northmill/schedule/7f3a9c"),
                    footer="Sent with Lever")))

_pennine_inv = """Dear Ailbhe,

You are invited to the Pennine Air HR assessment day on Tuesday 28 April at our
Manchester Airport office (Building 3, Ringway Road). The day runs 09:00-15:30 and
includes an in-tray exercise, a role play and an interview with the People team.

Please bring photo ID for the security desk.

Pennine Air Talent Acquisition"""

add(m("interview_invitation", "pennine_icims_assessment_day", "en", "Pennine Air", GARETH[1],
      key="pennine_invite", parent="pennine_ack",
      frm=("Pennine Air Talent Acquisition", "pennineair@icims.com"), reply_to=GARETH,
      date="2026-04-15 10:03 +0100",
      subject="HR Advisor – Ground Operations: assessment day",
      headers=AUTO,
      cte="qp",
      text=_pennine_inv + """

Questions? Reply to this message and it will reach Gareth Lowe, Senior Recruiter.
""",
      html=ats_card("Pennine Air Careers", paras(_pennine_inv), accent="#4527a0",
                    button=("Confirm attendance",
                            "https://careers-pennineair.icims.com/jobs/2210/confirm"))))

_sbu_inv = """Dear Ailbhe,

Thank you for your application for the post of HR Officer (Recruitment & Onboarding).
The shortlisting board has met and I am pleased to invite you to an interview via Microsoft
Teams on Tuesday 26 May 2026 at 10:00.

The board will consist of the Deputy Director of HR, a Head of School and an external
member. You will be asked to give a 5-minute presentation on "Making a new employee's
first week count", followed by competency-based questions.

A calendar invitation with the Teams link is attached. Please accept it or reply to
confirm.

Kind regards,
Niamh Cusack
HR Officer, Recruitment
Shannonbridge University, Plassey Road, Limerick V94 T9PX
+353 61 555 0217"""

add(m("interview_invitation", "shannonbridge_teams_ics_attached", "en",
      "Shannonbridge University", NIAMH[1],
      key="sbu_invite", parent="sbu_ack",
      frm=NIAMH, date="2026-05-13 09:40 +0100",
      subject="Invitation to interview: HR Officer (Recruitment & Onboarding)",
      cte="8bit",
      text=_sbu_inv,
      ics_mode="attach",
      ics={"method": "REQUEST", "uid": "sbu-hr-2026-07-ailbhe@shannonbridge.example.ie",
           "seq": 0, "start": "2026-05-26 10:00", "end": "2026-05-26 10:45",
           "tz": "Europe/Dublin", "summary": "Interview: HR Officer (Recruitment & Onboarding)",
           "location": "Microsoft Teams Meeting", "organizer": NIAMH,
           "description": "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_sbu07"}))

add(m("interview_invitation", "harbourside_client_interview", "en", "Brennock Pharmacy Group",
      "fiachra.moloney@harbourside.example.ie",
      key="harbour_brennock", parent="harbour_reg",
      frm=("Fiachra Moloney", "fiachra.moloney@harbourside.example.ie"), date="2026-02-10 17:02 +0000",
      subject="Interview confirmed – Brennock Pharmacy Group, HR Generalist",
      cte="8bit",
      text="""Hi Ailbhe,

Good news — Brennock Pharmacy Group would like to meet you for the HR Generalist job
we discussed.

Date: Thursday 19 February
Time: 11:00 (allow an hour)
Where: Brennock support office, Unit 6, Sandyford Business Centre, Dublin 18
Who: Maeve Hurley (Head of People) and Colm Rafferty (Retail Operations Director)

They'll want to hear about the staffing changes you made when your store moved to
seven-day trading, so have that story ready. Give me a ring tomorrow and we'll prep.

Fiachra

Fiachra Moloney
Senior Consultant – HR & Business Support
Harbourside Recruitment | +353 1 555 0177"""))

_burren_chat = """Hiya Ailbhe,

Are you free Thursday to chat about the people & ops job? Nothing formal, coffee in the
Quay Street shop around 11 if that suits.

Dónal"""

add(m("interview_invitation", "burren_free_thursday_to_chat", "en", "Burren Outdoor Retail",
      DONAL[1],
      key="burren_chat", parent="burren_ack",
      frm=DONAL, date="2026-01-26 19:40 +0000",
      subject="chat Thursday",
      cte="8bit",
      text=_burren_chat + "\n\nSent from my iPhone\n"))

_ps_trial = """Hi Ailbhe,

Thanks for coming in for the first chat. We'd like you to spend a trial day with us:

Saturday 28 February, 09:30-17:00
Morning on the shop floor at Patrick Street with the store team (you'll shadow the
floor manager through opening, deliveries and the lunchtime rush), then an afternoon in
head office with me looking at our onboarding and rota process.

The day is paid at our standard rate. Please wear something comfortable, and reply to
let me know you can make it.

Aoife Cronin
Head of People, Patrick Street Outfitters"""

add(m("interview_invitation", "patrickst_trial_day", "en", "Patrick Street Outfitters",
      AOIFE[1],
      key="patrickst_trial",
      frm=("Patrick Street Outfitters", "no-reply@teamtailor-mail.com"), reply_to=AOIFE,
      date="2026-02-17 12:12 +0000",
      subject="Trial day – People & Culture Coordinator",
      cte="qp",
      text=_ps_trial,
      html=ats_card("Patrick Street Outfitters", paras(_ps_trial), accent="#37474f",
                    footer="Sent with Teamtailor")))

_liff_inv = """Hi Ailbhe,

The hiring team for HR Generalist – Store Network at Liffeyside Stores would like to
invite you to a 45-minute video interview.

Use the link below to pick a time that suits you. Times are shown in your local time zone.
https://jobs.ashbyhq.com/liffeyside/interview/9b2d51

Interviewers: Ronan Kavanagh (People Lead) and Jess Doyle (Area Manager, Dublin South)

If you have any questions, reply to this email to reach Ronan."""

add(m("interview_invitation", "liffeyside_ashby_self_schedule", "en", "Liffeyside Stores",
      "ronan.kavanagh@liffeyside.example.ie",
      key="liffeyside_invite",
      frm=("Liffeyside Stores Recruiting", "no-reply@ashbyhq.com"),
      reply_to=("Ronan Kavanagh", "ronan.kavanagh@liffeyside.example.ie"),
      date="2026-03-09 16:30 +0000",
      subject="Schedule your interview with Liffeyside Stores",
      cte="qp",
      text=_liff_inv,
      html=ats_card("Liffeyside Stores", paras(_liff_inv), accent="#b71c1c",
                    button=("Schedule now", "https://jobs.ashbyhq.com/liffeyside/interview/9b2d51"),
                    footer="Powered by Ashby")))

add(m("interview_invitation", "irk_valley_workday_interview_scheduled", "en",
      "Irk Valley Pharmaceuticals", "",
      key="irk_invite", parent="irk_ack",
      frm=("Irk Valley Pharmaceuticals", "irkvalley@myworkday.com"),
      date="2026-03-19 08:45 +0000",
      subject="Interview Scheduled: HR Business Support Partner (R-10382)",
      headers=AUTO,
      html_cte="qp",
      html=ats_card("Irk Valley Pharmaceuticals", """<p>Hello Ailbhe,</p>
<p>Your interview for <b>HR Business Support Partner (R-10382)</b> has been scheduled.</p>
<table cellpadding="4">
<tr><td><b>Date</b></td><td>Wednesday, 1 April 2026</td></tr>
<tr><td><b>Time</b></td><td>13:30 - 14:30 (UK time)</td></tr>
<tr><td><b>Location</b></td><td>Irk Valley Pharmaceuticals, Westinghouse Road, Trafford Park,
Manchester M17 1PY - Reception B</td></tr>
<tr><td><b>Interviewers</b></td><td>Helen Brookes (HR Manager), Dev Patel (Production
Manager)</td></tr>
</table>
<p>A calendar file is attached. If you need to change this appointment, use the
Candidate Home page in Workday.</p>""", accent="#283593",
                    footer="This is an automated message from Workday. Please do not reply."),
      ics_mode="attach",
      ics={"method": "REQUEST", "uid": "WD-INT-R10382-88213@myworkday.com", "seq": 0,
           "start": "2026-04-01 13:30", "end": "2026-04-01 14:30", "tz": "Europe/London",
           "summary": "Interview: HR Business Support Partner (R-10382)",
           "location": "Westinghouse Road, Trafford Park, Manchester - Reception B",
           "organizer": ("Irk Valley Talent Acquisition", "irkvalley@myworkday.com"),
           "prodid": "-//Workday//Interview Scheduling//EN", "filename": "interview.ics"}))

add(m("interview_invitation", "thomondtalent_client_zoom", "en", "Shannon Freight Logistics",
      GEAROID[1],
      key="tt_sfl_invite", parent="tt_cv",
      frm=GEAROID, date="2026-01-21 11:48 +0000",
      subject="Shannon Freight Logistics want to meet you!",
      cte="qp",
      text="""Hi Ailbhe,

Delighted to say Shannon Freight Logistics have read your CV and want to talk to you
about the HR & Payroll Administrator job at their Smithstown depot.

It's a first-round Zoom interview with Breda Kiely, their Operations Director:
Tuesday 27 January at 15:00, 40 minutes.
Zoom: https://zoom.us/j/85520117734 (passcode 442187)

She'll be interested in how you handle rosters for a mostly part-time team and in your
experience of disciplinary meetings. Call me before if you want a run-through.

Gearóid Hanrahan | Director
Thomond Talent | 2 Henry Street, Limerick V94 R2F3 | 061 555 0118""",
      name_enc=("iso-8859-1", "Q")))

_cladd_inv = """Hi Ailbhe,

Thanks again for the call last week. The hiring panel would like to meet you for the
HR Generalist position at our Parkmore site.

Tuesday 14 April 2026, 10:30-11:30
Claddagh Medical Devices, Building 2, Parkmore West Business Park, Galway
Panel: Clodagh Furlong (HR Business Partner), Peter Mannion (Value Stream Manager,
Catheters)

I've included a meeting request so the time lands in your calendar. Please park in the
visitor spaces at the front of Building 2.

Best regards,
Clodagh

Clodagh Furlong | HR Business Partner
Claddagh Medical Devices | Parkmore West, Galway H91 D6Y2
M: +353 87 555 0619"""

add(m("interview_invitation", "claddagh_outlook_meeting_request", "en",
      "Claddagh Medical Devices", CLODAGH[1],
      key="claddagh_invite",
      frm=CLODAGH, date="2026-04-06 09:14 +0100",
      subject="Panel interview – HR Generalist (Parkmore)",
      cte="qp",
      text=_cladd_inv,
      html=outlook_html(mso(_cladd_inv)),
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000031cdd0a1",
           "seq": 0, "start": "2026-04-14 10:30", "end": "2026-04-14 11:30",
           "tz": "Europe/Dublin", "summary": "Panel interview – HR Generalist (Parkmore)",
           "location": "Building 2, Parkmore West Business Park, Galway",
           "organizer": CLODAGH}))

# --------------------------------------------------------------------------- de

_rk_inv = """Sehr geehrte Frau Moreau-Okonkwo,

vielen Dank für Ihre Bewerbung als HR Generalist (m/w/d). Ihr Profil hat uns
angesprochen, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:
Dienstag, 10. März 2026, 14:00 Uhr
Rheinkauf Warenhaus, Verwaltung, 5. OG, Schadowstraße 41, 40212 Düsseldorf

Am Gespräch nehmen Frau Dr. Keller (Leitung Personal) und ich teil. Das Gespräch kann auf
Englisch geführt werden. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Jana Hoffmeister
Personalreferentin
Rheinkauf Warenhaus · Schadowstraße 41 · 40212 Düsseldorf · Tel. 0211 5550 3310"""

add(m("interview_invitation", "rheinkauf_vorstellungsgespraech", "de", "Rheinkauf Warenhaus",
      JANA[1],
      key="rheinkauf_invite", parent="rheinkauf_ack",
      frm=JANA, date="2026-03-03 09:55 +0100",
      subject="Einladung zum Vorstellungsgespräch – HR Generalist (m/w/d)",
      cte="qp",
      text=_rk_inv))

_koe_inv = """Sehr geehrte Frau Moreau-Okonkwo,

wir freuen uns über Ihr Interesse an der Position HR Business Partner Produktion und
möchten Sie zu einem ersten Gespräch per Microsoft Teams einladen.

Termin: Mittwoch, 29. April 2026, 9:30–10:15 Uhr (MESZ)
Teilnehmende: Sebastian Krämer (Talent Acquisition), Ulrike Brandt (Werkleitung)

Die Einladung mit dem Teams-Link ist dieser E-Mail als Kalendereintrag beigefügt. Bei
Fragen antworten Sie einfach auf diese Nachricht.

Viele Grüße
Ihr Recruiting-Team von Kö-Pharma Werke"""

add(m("interview_invitation", "koepharma_softgarden_teams", "de", "Kö-Pharma Werke",
      SEBASTIAN[1],
      key="koe_invite", parent="koe_ack",
      frm=("Kö-Pharma Werke via softgarden", "noreply@softgarden.io"), reply_to=SEBASTIAN,
      name_enc=("iso-8859-1", "B"),
      date="2026-04-22 14:10 +0200",
      subject="Einladung: Teams-Gespräch am 29.04.2026",
      cte="qp",
      text=_koe_inv,
      html=ats_card("Kö-Pharma Werke", paras(_koe_inv), accent="#1565c0", lang="de",
                    footer="Versendet über softgarden"),
      ics={"method": "REQUEST", "uid": "sg-interview-55120-koepharma", "seq": 0,
           "start": "2026-04-29 09:30", "end": "2026-04-29 10:15", "tz": "Europe/Berlin",
           "summary": "Gespräch HR Business Partner Produktion – Moreau-Okonkwo",
           "location": "Microsoft Teams-Besprechung", "organizer": SEBASTIAN,
           "prodid": "-//softgarden//Interview//DE"}))

add(m("interview_invitation", "rheinpersonal_kundentermin", "de", "Lohausen Airport Services",
      DIRK[1],
      key="rp_lohausen", parent="rp_reg",
      frm=DIRK, date="2026-03-12 16:25 +0100",
      subject="Termin bei Lohausen Airport Services am Montag",
      cte="8bit",
      text="""Hallo Frau Moreau-Okonkwo,

wie telefonisch besprochen: Lohausen Airport Services möchte Sie für die Stelle
Personalreferentin Bodenverkehrsdienste kennenlernen.

Montag, 16. März, 11:00 Uhr
Verwaltungsgebäude Terminal-Ring 3, Empfang Ebene 2, Flughafen Düsseldorf
Gesprächspartner: Herr Oliver Stiens (Leiter Personal)

Bitte planen Sie für die Sicherheitskontrolle 15 Minuten extra ein und bringen Sie
Ihren Ausweis mit. Das Gespräch beginnt auf Deutsch; Herr Stiens wechselt gern ins
Englische.

Ich rufe Sie am Freitag zur Vorbereitung an.

Viele Grüße
Dirk Albers
Rheinpersonal Partner · Königsallee 92a · 40212 Düsseldorf"""))

add(m("interview_invitation", "kreisverwaltung_auswahlgespraech", "de",
      "Rheinauen Kreisverwaltung", "personalamt@rheinauen-kreis.example.de",
      key="kreis_invite",
      frm=("Personalamt Rheinauen", "personalamt@rheinauen-kreis.example.de"),
      date="2026-04-14 10:20 +0200",
      subject="Einladung zum Auswahlgespräch, Kennziffer 26/114",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="qp",
      text="""Sehr geehrte Frau Moreau-Okonkwo,

Sie haben sich auf die Stelle "Sachbearbeitung Personalgewinnung" (Kennziffer 26/114)
beworben. Wir freuen uns, Sie zu einem Auswahlgespräch einladen zu können.

Datum: Dienstag, 28. April 2026
Uhrzeit: 09:00 Uhr
Ort: Kreishaus, Rheinallee 2, 41460 Rheinauen, Raum 214 (2. Obergeschoss)

Das Gespräch dauert etwa 45 Minuten. Die Auswahlkommission besteht aus Vertreterinnen
und Vertretern des Personalamts, des Personalrats und der Gleichstellungsstelle.
Reisekosten können leider nicht erstattet werden.

Bitte teilen Sie uns bis zum 21. April mit, ob Sie den Termin wahrnehmen.

Mit freundlichen Grüßen
Im Auftrag
Petra Lindemann
Personalamt, Rheinauen Kreisverwaltung"""))

# --------------------------------------------------------------------------- fr

_fv_inv = """Bonjour Madame Moreau-Okonkwo,

Suite à l'étude de votre candidature au poste de chargée RH généraliste, nous
souhaiterions échanger avec vous lors d'un entretien en visioconférence.

Date : mercredi 25 mars 2026, de 14h00 à 14h45
Outil : Microsoft Teams (lien dans l'invitation ci-jointe)
Participants : Camille Berthelot (responsable recrutement) et Arnaud Vidal (RRH du site
de Gerland)

Merci de bien vouloir accepter l'invitation pour confirmer votre présence.

Bien cordialement,
Camille Berthelot
Laboratoires Fourvière – Direction des ressources humaines"""

add(m("interview_invitation", "fourviere_visio_invitation", "fr", "Laboratoires Fourvière",
      CAMILLE[1],
      key="fourviere_invite", parent="fourviere_ack",
      frm=CAMILLE, date="2026-03-18 11:32 +0100",
      subject="Invitation à un entretien – Chargée RH généraliste",
      subj_enc=("utf-8", "B"),
      cte="qp",
      text=_fv_inv,
      html=outlook_html(mso(_fv_inv), lang="FR"),
      ics={"method": "REQUEST", "uid": "fv-rh-2026-0325-moreau", "seq": 0,
           "start": "2026-03-25 14:00", "end": "2026-03-25 14:45", "tz": "Europe/Paris",
           "summary": "Entretien – Chargée RH généraliste",
           "location": "Réunion Microsoft Teams", "organizer": CAMILLE}))

add(m("interview_invitation", "bellecour_entretien_magasin", "fr", "Maison Bellecour",
      SOLENE[1],
      key="bellecour_invite", parent="bellecour_ack",
      frm=SOLENE, date="2026-03-04 15:05 +0100",
      subject="Rencontre pour le poste d'assistante RH",
      cte="8bit",
      text="""Bonjour Ailbhe,

Votre candidature a retenu notre attention ! Pourriez-vous passer nous voir le
mercredi 11 mars à 10h ? Nous échangerons pendant une heure environ, d'abord avec moi,
puis avec Marc, le directeur du magasin.

Présentez-vous à l'accueil du personnel, entrée rue Gasparin.

À bientôt,
Solène Marchetti
Responsable RH – Maison Bellecour"""))

add(m("interview_invitation", "confluence_client_rhone_air", "fr", "Rhône Air Services",
      YANNICK[1],
      key="confluence_rhone", parent="confluence_reg",
      frm=YANNICK, date="2026-03-24 18:40 +0100",
      subject="Entretien chez Rhône Air Services – lundi 30 mars",
      cte="qp",
      text="""Bonjour Ailbhe,

Très bonne nouvelle : Rhône Air Services souhaite vous rencontrer pour le poste de
chargée RH de proximité (assistance aéroportuaire).

Lundi 30 mars à 9h30
Aéroport Lyon Saint-Exupéry, bâtiment Gamma, 2e étage – demandez Mme Faure (DRH)

Prévoyez une pièce d'identité pour le badge visiteur. Je vous appelle demain pour
préparer l'entretien ensemble.

Yannick Roussel
Confluence RH Conseil · 06 55 50 18 42"""))

_univ_inv = """Madame,

J'ai le plaisir de vous informer que votre candidature au poste de gestionnaire RH
(recrutement et intégration) a été retenue pour un entretien.

Celui-ci se déroulera le mardi 19 mai 2026 à 9h30, au bâtiment administratif, salle du
conseil, 15 quai Claude-Bernard, 69007 Lyon. Le jury sera composé de trois personnes.
Vous disposerez de dix minutes pour présenter votre parcours, suivies d'un échange.

Je vous remercie de me confirmer votre présence par retour de courriel.

Hélène Garnier
Direction des ressources humaines
Université Rhône-Presqu'île"""

add(m("interview_invitation", "universite_convocation_jury", "fr", "Université Rhône-Presqu'île",
      "helene.garnier@univ-rhone-presquile.example.fr",
      key="univ_invite",
      frm=("Hélène Garnier", "helene.garnier@univ-rhone-presquile.example.fr"),
      date="2026-05-11 16:00 +0200",
      subject="Convocation à un entretien – gestionnaire RH",
      charset="iso-8859-1", cte="qp",
      text=_univ_inv))

# --------------------------------------------------------------------------- es

_alb_inv = """Hola Ailbhe:

Gracias por tu interés en el puesto de Responsable de RR. HH. para nuestras tiendas de
Irlanda. Nos gustaría conocerte en una videollamada.

Fecha: martes 12 de mayo
Hora: 10:00 (hora de Irlanda) / 11:00 (hora peninsular)
Plataforma: Google Meet – https://meet.google.com/alb-ucxq-rrh
Con: Marta Vidal (Dirección de Personas) y Enric Soler (Director de Expansión)

La entrevista será en inglés y en español. ¿Me confirmas si te va bien?

Un saludo,
Marta Vidal Peris
Dirección de Personas · Modas Albufera
Polígono Fuente del Jarro, 46988 Paterna (Valencia)"""

add(m("interview_invitation", "albufera_videollamada", "es", "Modas Albufera", MARTA[1],
      key="albufera_invite", parent="albufera_ack",
      frm=MARTA, date="2026-05-04 12:30 +0200",
      subject="Entrevista – Responsable de RR. HH. Irlanda",
      cte="qp",
      text=_alb_inv,
      html=simple_html(paras(_alb_inv), lang="es")))

_cz_inv = """Hola, Ailbhe:

Te escribo de parte del equipo de Personas de Aerolíneas Cierzo. Nos encantaría
charlar contigo sobre la posición de Técnica de RR. HH. en nuestra base de Dublín.

Te propongo el miércoles 27 de mayo a las 11:00 (hora de Madrid, 10:00 en Dublín) por
Google Meet. Te adjunto la convocatoria; acéptala y te llegará el enlace.

¡Hasta pronto!
Jorge Lanza Ortiz
Talent Acquisition · Aerolíneas Cierzo
Aeropuerto de Zaragoza, Edificio Terminal, 50197 Zaragoza"""

add(m("interview_invitation", "cierzo_convocatoria_meet", "es", "Aerolíneas Cierzo", JORGE[1],
      key="cierzo_invite", parent="cierzo_ack",
      frm=JORGE, date="2026-05-20 13:15 +0200",
      subject="Entrevista con Aerolíneas Cierzo",
      cte="b64",
      text=_cz_inv,
      ics={"method": "REQUEST", "uid": "cierzo-rrhh-dub-0527@cierzo.example.es", "seq": 0,
           "start": "2026-05-27 11:00", "end": "2026-05-27 11:45", "tz": "Europe/Madrid",
           "summary": "Entrevista – Técnica de RR. HH. (Dublín)",
           "location": "Google Meet", "organizer": JORGE,
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}))

add(m("interview_invitation", "talento_levante_calzados_ribera", "es", "Calzados Ribera",
      LUCIA[1],
      key="tl_ribera_invite", parent="tl_cv",
      frm=LUCIA, date="2026-02-16 10:10 +0100",
      subject="Entrevista con Calzados Ribera (Dublín)",
      charset="iso-8859-1", cte="qp",
      text="""Hola Ailbhe:

¡Buenas noticias! Calzados Ribera quiere entrevistarte para el puesto de Coordinadora
de Personal de sus tiendas en Irlanda.

Cuándo: jueves 26 de febrero, a las 10:00
Dónde: tienda de Grafton Street, Dublín 2 (pregunta por Iván Cortés, Country Manager)
Duración: una hora aproximadamente

Iván hablará contigo en inglés, pero le encantará que le cuentes algo en español.
Llámame el martes y repasamos juntas el perfil del cliente.

Un abrazo,
Lucía Ferrer
Talento Levante""",
      name_enc=("iso-8859-1", "Q")))

assert len(MESSAGES) == 26, len(MESSAGES)

# =========================================================================== reschedules
# --------------------------------------------------------------------------- en

_aer_moved = """Hi Ailbhe,

Apologies for the change at short notice: Conor is off sick this week, and we'd rather
wait for him than go ahead without him.

Could we move your panel interview from Monday 6 July at 10:00 to Wednesday 8 July at
14:00? Same venue and same format. The calendar invitation has been updated, so please
accept the new time. If Wednesday doesn't work, let me know and we'll find another slot.

Thanks for your flexibility,
Orla"""

add(m("interview_reschedule_or_cancel", "aerlinn_panel_moved_sequence1", "en",
      "Aerlinn Regional", ORLA[1],
      key="aer_panel_moved", parent="aer_panel",
      frm=ORLA, date="2026-07-03 09:12 +0100",
      subject="Updated: Panel interview – HR Generalist, Aerlinn Regional",
      cte="qp",
      text=_aer_moved,
      html=outlook_html(mso(_aer_moved)),
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-aer-panel-0706",
           "seq": 1, "start": "2026-07-08 14:00", "end": "2026-07-08 15:15",
           "tz": "Europe/Dublin", "summary": "Panel interview – Ailbhe Moreau-Okonkwo",
           "location": "Shannon Airport House, 2nd floor", "organizer": ORLA,
           "attendees": [CAND, CONOR]}))

_corrib_sorry = """Hi Deirdre,

I'm so sorry about this morning. My phone was on silent after a night shift stock-take and
I only saw your missed calls now. Is there any chance we could try again? I'm free any
time tomorrow or Monday afternoon.

Apologies again,
Ailbhe"""

add(m("interview_reschedule_or_cancel", "corrib_new_slot_after_missed", "en",
      "Corrib Retail Group", DEIRDRE[1],
      key="corrib_newslot", parent="corrib_sorry",
      frm=DEIRDRE, date="2026-01-30 09:05 +0000",
      subject="RE: Missed call – HR Generalist",
      cte="qp",
      text=reply("""Hi Ailbhe,

No bother at all, these things happen. Let's do Monday 2 February at 15:30 instead.
I'll ring the same number, and if it's easier, you can ring me on 091 555 0142 at that time.

Deirdre""", "en", "Thu, 29 Jan 2026 at 13:05", CAND, _corrib_sorry)))

add(m("interview_reschedule_or_cancel", "lacken_assessment_moved_audit", "en",
      "Lacken Biologics", RUAIRI[1],
      key="lacken_ac_moved", parent="lacken_ac",
      frm=RUAIRI, name_enc=("utf-8", "B"), date="2026-02-27 16:40 +0000",
      subject="RE: Assessment centre invitation – HR Generalist (Site HR)",
      cte="qp",
      text=reply("""Hi Ailbhe,

A change to next week, I'm afraid. We have a regulatory inspection on site from 4 to 6
March, and visitor access will be restricted, so the assessment centre is moving to
Thursday 12 March. Timings (09:00-14:00) and the agenda stay exactly the same.

Could you confirm you can still make it on the new date?

Thanks,
Ruairí""", "en", "Mon, 23 Feb 2026 at 11:00", RUAIRI,
                 """Dear Ailbhe,

Thank you for your application for the HR Generalist (Site HR) role. I'm pleased to
invite you to our assessment centre at the Ringaskiddy site on Thursday 5 March 2026,
from 09:00 to 14:00.""")))

_nm_cancel = """Hi Ailbhe,

I'm really sorry, but we need to cancel tomorrow's video interview (Tuesday 24 March,
10:00). Tom has been pulled into an urgent store-support review and I don't want you to
have a shortened conversation.

This is not a reflection on your application in any way. I'll be back to you with new
times as soon as I have clarity on his diary.

Apologies again,
Priya Chauhan
Talent Partner, Northmill Stores"""

add(m("interview_reschedule_or_cancel", "northmill_meeting_cancelled_ics", "en",
      "Northmill Stores", PRIYA[1],
      key="northmill_cancel", parent="northmill_invite",
      frm=PRIYA, date="2026-03-23 17:45 +0000",
      subject="Cancelled: People Advisor interview – Ailbhe Moreau-Okonkwo",
      cte="qp",
      text=_nm_cancel,
      html=outlook_html(mso(_nm_cancel), lang="EN-GB"),
      ics={"method": "CANCEL", "uid": "lever-int-7f3a9c-20260324", "seq": 1,
           "start": "2026-03-24 10:00", "end": "2026-03-24 10:45", "tz": "Europe/London",
           "summary": "People Advisor interview – Ailbhe Moreau-Okonkwo",
           "location": "Microsoft Teams", "organizer": PRIYA}))

add(m("interview_reschedule_or_cancel", "pennine_interviewer_ill", "en", "Pennine Air",
      GARETH[1],
      key="pennine_ill", parent="pennine_invite",
      frm=GARETH, date="2026-04-27 08:15 +0100",
      subject="Assessment day tomorrow – postponed",
      charset="windows-1252", cte="qp",
      text="""Hi Ailbhe,

I'm sorry to be getting in touch so late. Our Head of HR, who leads the role play and
the interview, has been taken ill, and we can’t run tomorrow’s assessment day properly
without her.

We're postponing it to Tuesday 12 May, same time and place. I'll send a fresh
confirmation once she's back, but please pencil the date in now.

Regards,
Gareth

Gareth Lowe | Senior Recruiter – Ground Operations
Pennine Air | +44 161 555 0190"""))

add(m("interview_reschedule_or_cancel", "shannonbridge_taleo_time_change", "en",
      "Shannonbridge University", "",
      key="sbu_move", parent="sbu_invite",
      frm=("Shannonbridge University HR", "shannonbridge@taleo.net"),
      date="2026-05-18 12:00 +0100",
      subject="Change to your interview time – HR Officer (Recruitment & Onboarding)",
      headers=AUTO,
      cte="qp",
      text="""Dear Ailbhe Moreau-Okonkwo,

Please note the following change to your scheduled interview.

Position: HR Officer (Recruitment & Onboarding) - SBU-HR-2026-07
Previous time: Tuesday 26 May 2026, 10:00
New time: Tuesday 26 May 2026, 11:00
Format: Microsoft Teams (the link is unchanged)

No action is required if you can attend at the new time. If you cannot, please contact
the HR Office at the phone number in your original invitation.

This is an automatically generated message. Replies to this address are not read.

Human Resources Office
Shannonbridge University"""))

add(m("interview_reschedule_or_cancel", "harbourside_client_moved_interview", "en",
      "Brennock Pharmacy Group", "fiachra.moloney@harbourside.example.ie",
      key="harbour_brennock_move", parent="harbour_brennock",
      frm=("Fiachra Moloney", "fiachra.moloney@harbourside.example.ie"),
      date="2026-02-13 12:31 +0000",
      subject="Change of time – Brennock interview",
      cte="8bit",
      text="""Ailbhe,

Brennock have been on: Colm has to be in Cork on the 19th, so they've asked to move
your interview to Tuesday 24 February at 09:30, same place in Sandyford. Maeve was
apologetic, it's purely a diary thing.

Can you let me know today if that works? If not, I'll go back to them with alternatives.

Fiachra"""))

_cl_cancel = """Hi Ailbhe,

I'm cancelling this meeting request for Tuesday 14 April: Peter has been called to a
customer audit in Minneapolis that week. We still very much want to meet you, so I'll send
a new invitation for the week of 20 April as soon as I can confirm his return.

Sorry for the inconvenience.

Clodagh"""

add(m("interview_reschedule_or_cancel", "claddagh_canceled_new_invite_to_follow", "en",
      "Claddagh Medical Devices", CLODAGH[1],
      key="claddagh_cancel", parent="claddagh_invite",
      frm=CLODAGH, date="2026-04-09 17:20 +0100",
      subject="Canceled: Panel interview – HR Generalist (Parkmore)",
      cte="qp",
      text=_cl_cancel,
      html=outlook_html(mso(_cl_cancel)),
      ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E0080000000031cdd0a1",
           "seq": 1, "start": "2026-04-14 10:30", "end": "2026-04-14 11:30",
           "tz": "Europe/Dublin", "summary": "Canceled: Panel interview – HR Generalist (Parkmore)",
           "location": "Building 2, Parkmore West Business Park, Galway",
           "organizer": CLODAGH}))

add(m("interview_reschedule_or_cancel", "thomondtalent_client_moved_day", "en",
      "Shannon Freight Logistics", GEAROID[1],
      key="tt_sfl_move", parent="tt_sfl_invite",
      frm=GEAROID, name_enc=("iso-8859-1", "Q"), date="2026-01-23 09:02 +0000",
      subject="RE: Shannon Freight Logistics want to meet you!",
      cte="qp",
      text=reply("""Ailbhe - small change. Breda is stuck at a customer site on Tuesday, so
the Zoom is moving to Wednesday 28 January, same time (15:00), same link and passcode.
Shout if that's a problem.

G.""", "en", "Wed, 21 Jan 2026 at 11:48", GEAROID,
                 """Hi Ailbhe,

Delighted to say Shannon Freight Logistics have read your CV and want to talk to you
about the HR & Payroll Administrator job at their Smithstown depot.""")))

# --------------------------------------------------------------------------- de

add(m("interview_reschedule_or_cancel", "rheinkauf_terminverschiebung", "de",
      "Rheinkauf Warenhaus", JANA[1],
      key="rheinkauf_move", parent="rheinkauf_invite",
      frm=JANA, date="2026-03-09 13:30 +0100",
      subject="Neuer Termin für unser Gespräch",
      cte="qp",
      text="""Liebe Frau Moreau-Okonkwo,

ich bin wieder zurück im Büro und habe Ihre Bestätigung gesehen, vielen Dank.

Leider muss ich unser Gespräch von morgen verlegen, da Frau Dr. Keller kurzfristig zu
einer Filialbegehung nach Köln muss. Wäre Ihnen Dienstag, der 17. März, um 10:00 Uhr
recht? Ort und Ablauf bleiben unverändert.

Ich bitte um Entschuldigung und freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Jana Hoffmeister
Personalreferentin, Rheinkauf Warenhaus"""))

add(m("interview_reschedule_or_cancel", "rheinpersonal_termin_entfaellt", "de",
      "Lohausen Airport Services", DIRK[1],
      key="rp_lohausen_cancel", parent="rp_lohausen",
      frm=DIRK, date="2026-03-16 07:50 +0100",
      subject="AW: Termin bei Lohausen Airport Services am Montag",
      charset="iso-8859-1", cte="qp",
      text=reply("""Guten Morgen Frau Moreau-Okonkwo,

bitte nicht losfahren: Der Termin heute um 11:00 Uhr bei Lohausen Airport Services
entfällt. Herr Stiens ist über Nacht erkrankt. Der Kunde hat mir bereits Mittwoch, den
25. März, um 14:00 Uhr als Ersatz angeboten - gleicher Ort.

Passt Ihnen das? Dann bestätige ich es sofort.

Viele Grüße
Dirk Albers""", "de", "12.03.2026 um 16:25", DIRK,
                 """Hallo Frau Moreau-Okonkwo,

wie telefonisch besprochen: Lohausen Airport Services möchte Sie für die Stelle
Personalreferentin Bodenverkehrsdienste kennenlernen.

Montag, 16. März, 11:00 Uhr""")))

# --------------------------------------------------------------------------- fr

add(m("interview_reschedule_or_cancel", "confluence_entretien_decale", "fr",
      "Rhône Air Services", YANNICK[1],
      key="confluence_rhone_move", parent="confluence_rhone",
      frm=YANNICK, date="2026-03-27 12:14 +0100",
      subject="Re: Entretien chez Rhône Air Services – lundi 30 mars",
      cte="qp",
      text=reply("""Ailbhe,

Petit changement : Mme Faure doit accompagner un audit de la DGAC lundi matin.
L'entretien est décalé au jeudi 2 avril à 16h, même lieu (bâtiment Gamma).
Pouvez-vous me confirmer que ce nouveau créneau vous convient ?

Merci et bon week-end,
Yannick""", "fr", "mar. 24 mars 2026 à 18:40", YANNICK,
                 """Bonjour Ailbhe,

Très bonne nouvelle : Rhône Air Services souhaite vous rencontrer pour le poste de
chargée RH de proximité (assistance aéroportuaire).""")))

_bc_cancel = """Bonjour Ailbhe,

Je suis obligée d'annuler notre rendez-vous de demain matin : nous avons un contrôle
de l'inspection du travail imprévu au magasin. Je vous propose une nouvelle date dans
les prochains jours, dès que j'aurai revu l'agenda de Marc.

Toutes mes excuses,
Solène"""

add(m("interview_reschedule_or_cancel", "bellecour_annulation_calendrier", "fr",
      "Maison Bellecour", SOLENE[1],
      key="bellecour_cancel", parent="bellecour_invite",
      frm=SOLENE, date="2026-03-10 18:05 +0100",
      subject="Annulé : Entretien Ailbhe Moreau-Okonkwo (Assistante RH)",
      subj_enc=("iso-8859-1", "Q"),
      cte="qp",
      text=_bc_cancel,
      html=simple_html(paras(_bc_cancel), lang="fr"),
      ics={"method": "CANCEL", "uid": "bellecour-entretien-20260311-1000", "seq": 2,
           "start": "2026-03-11 10:00", "end": "2026-03-11 11:00", "tz": "Europe/Paris",
           "summary": "Entretien Ailbhe Moreau-Okonkwo – Assistante RH",
           "location": "Maison Bellecour, accueil du personnel", "organizer": SOLENE}))

# --------------------------------------------------------------------------- es

_cz_ask = """Hola Jorge:

Muchas gracias por la convocatoria. Lamentablemente, el miércoles 27 tengo una
inspección de la tienda que no puedo mover. ¿Sería posible cambiar la entrevista a
otro día de esa semana o de la siguiente?

Gracias y un saludo,
Ailbhe"""

add(m("interview_reschedule_or_cancel", "cierzo_cancelada_nueva_fecha", "es",
      "Aerolíneas Cierzo", JORGE[1],
      key="cierzo_cancel", parent="cierzo_ask",
      frm=JORGE, date="2026-05-22 10:48 +0200",
      subject="Cancelada: Entrevista – Técnica de RR. HH. (Dublín)",
      cte="qp",
      text=reply("""¡Hola, Ailbhe!

Sin problema. He cancelado la convocatoria del miércoles 27 (te llegará la cancelación
en el calendario) y te propongo el martes 2 de junio a la misma hora, las 11:00 de
Madrid. Te mando la nueva invitación en cuanto me confirmes.

Un saludo,
Jorge""", "es", "jue, 21 may 2026 a las 8:55", CAND, _cz_ask),
      ics={"method": "CANCEL", "uid": "cierzo-rrhh-dub-0527@cierzo.example.es", "seq": 1,
           "start": "2026-05-27 11:00", "end": "2026-05-27 11:45", "tz": "Europe/Madrid",
           "summary": "Entrevista – Técnica de RR. HH. (Dublín)", "location": "Google Meet",
           "organizer": JORGE, "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}))

add(m("interview_reschedule_or_cancel", "albufera_cambio_de_hora", "es", "Modas Albufera",
      MARTA[1],
      key="albufera_move", parent="albufera_invite",
      refs_after=["<20260505080200.confirma.ailbhe@example.ie>"],
      frm=MARTA, date="2026-05-08 09:20 +0200",
      subject="RE: Entrevista – Responsable de RR. HH. Irlanda",
      charset="windows-1252", cte="qp",
      text=outlook_reply("""Hola de nuevo, Ailbhe:

Ya estoy de vuelta y he visto tu confirmación, ¡gracias! Te escribo porque a Enric le
ha surgido un viaje a Cork el martes. ¿Podríamos pasar la entrevista al miércoles 13 de
mayo a las 12:30 (hora de Irlanda)? El enlace de Meet sigue siendo el mismo.

Perdona el cambio.

Marta Vidal Peris
Dirección de Personas · Modas Albufera""", "es", ("Ailbhe Moreau-Okonkwo", "ailbhe.mo@example.ie"),
                         "martes, 5 de mayo de 2026 8:02", MARTA,
                         "RE: Entrevista – Responsable de RR. HH. Irlanda",
                         """Hi Marta / Hola Marta,

Confirmo la videollamada del martes 12 de mayo a las 10:00 (hora de Irlanda).
¡Muchas gracias!

Ailbhe""")))

assert len(MESSAGES) == 26 + 15, len(MESSAGES)

# =========================================================================== missed
# --------------------------------------------------------------------------- en

add(m("missed_interview_notice", "corrib_tried_calling_twice", "en", "Corrib Retail Group",
      DEIRDRE[1],
      key="corrib_missed", parent="corrib_screen",
      frm=DEIRDRE, date="2026-01-29 10:24 +0000",
      subject="Missed call – HR Generalist",
      cte="7bit",
      text=reply("""Hi Ailbhe,

I tried calling you twice at 10:00 for our chat but it went straight to voicemail both
times. I hope everything is OK.

Let me know if you'd still like to talk about the role.

Deirdre""", "en", "Tue, 27 Jan 2026 at 14:20", DEIRDRE, _corrib_screen)))

add(m("missed_interview_notice", "shannonbridge_waited_on_teams", "en",
      "Shannonbridge University", NIAMH[1],
      key="sbu_missed", parent="sbu_move",
      frm=NIAMH, date="2026-05-26 11:22 +0100",
      subject="Your interview this morning",
      cte="qp",
      text="""Dear Ailbhe,

The interview board was ready for you at 11:00 this morning and we waited on Teams until
11:15, but you didn't join the meeting and we had no message from you.

If there was a technical difficulty or an emergency, please let me know by the end of
tomorrow and I will ask the chair whether the board can consider a late slot. Otherwise,
I'm afraid the board will complete its assessment without an interview from you.

Kind regards,
Niamh Cusack
HR Officer, Recruitment
Shannonbridge University | +353 61 555 0217"""))

add(m("missed_interview_notice", "thomondtalent_client_waited_zoom", "en",
      "Shannon Freight Logistics", GEAROID[1],
      key="tt_sfl_missed", parent="tt_sfl_move",
      frm=GEAROID, name_enc=("iso-8859-1", "Q"), date="2026-01-28 15:31 +0000",
      subject="Are you OK? Breda waited on Zoom",
      cte="qp",
      text="""Ailbhe,

Breda from Shannon Freight Logistics has just been on. She sat in the Zoom from 15:00
until 15:15 and you didn't come on, and I tried your mobile at 15:10 with no answer.

Hopefully it's just a mix-up with the new day. Ring me as soon as you get this and I'll
see if I can smooth it over with her.

Gearóid
061 555 0118"""))

add(m("missed_interview_notice", "aerglas_no_show_video", "en", "Aer Glas",
      "ciara.nolan@aerglas.example.ie",
      key="aerglas_missed",
      frm=("Ciara Nolan", "ciara.nolan@aerglas.example.ie"),
      date="2026-02-18 14:20 +0000",
      subject="Missed video interview – People Coordinator",
      cte="qp",
      text="""Hi Ailbhe,

We had you scheduled for a video interview at 14:00 today for the People Coordinator
role. Our hiring manager and I were in the call until 14:15, but you didn't join.

Could you let us know what happened? If you're still interested in the role, reply to
this email and I'll see what can be done.

Thanks,
Ciara Nolan
Talent Acquisition Specialist, Aer Glas""",
      html=simple_html(paras("""Hi Ailbhe,

We had you scheduled for a video interview at 14:00 today for the People Coordinator
role. Our hiring manager and I were in the call until 14:15, but you didn't join.

Could you let us know what happened? If you're still interested in the role, reply to
this email and I'll see what can be done.

Thanks,
Ciara Nolan
Talent Acquisition Specialist, Aer Glas"""))))

add(m("missed_interview_notice", "irwell_rang_voicemail", "en", "Irwell Borough Council",
      "hannah.okafor@irwell.example.org.uk",
      key="irwell_missed",
      frm=("Hannah Okafor", "hannah.okafor@irwell.example.org.uk"),
      date="2026-06-03 11:10 +0100",
      subject="Telephone interview today - HR Officer (PS/0419)",
      charset="iso-8859-1", cte="qp",
      text="""Dear Ailbhe,

Our interviewing manager, Mr Rahman, rang you at 11:00 this morning on +353 87 555 0463
for your telephone interview, and again at 11:05. Both calls went to voicemail.

Please contact me by Friday 5 June if you would like us to try to rearrange. After that
date the panel will proceed with the candidates it has interviewed.

Yours sincerely

Hannah Okafor
Recruitment Adviser, People Services
Irwell Borough Council · 0161 555 0233"""))

add(m("missed_interview_notice", "galway_atlantic_uni_teams_wait", "en",
      "Galway Atlantic University", "eimear.walsh@galwayatlantic.example.ie",
      frm=("Eimear Walsh", "eimear.walsh@galwayatlantic.example.ie"),
      date="2026-04-16 15:47 +0100",
      subject="Interview for HR Assistant (Temporary) – today at 15:00",
      cte="b64",
      text="""Hi Ailbhe,

We waited on Teams for you from 15:00 until about 15:20 this afternoon for your interview
for the temporary HR Assistant post, but unfortunately you didn't join us.

I'd appreciate it if you could let me know whether you still wish to be considered.

Regards,
Eimear Walsh
HR Administrator
Galway Atlantic University, University Road, Galway H91 AW7E"""))

# --------------------------------------------------------------------------- de

add(m("missed_interview_notice", "koepharma_im_teams_gewartet", "de", "Kö-Pharma Werke",
      SEBASTIAN[1],
      key="koe_missed", parent="koe_invite",
      frm=SEBASTIAN, date="2026-04-29 10:05 +0200",
      subject="Unser Termin heute um 9:30 Uhr",
      cte="qp",
      text="""Sehr geehrte Frau Moreau-Okonkwo,

Frau Brandt und ich haben heute ab 9:30 Uhr bis etwa 9:50 Uhr im Teams-Meeting auf Sie
gewartet, leider ohne dass Sie sich eingewählt haben. Ich habe Sie zudem einmal unter der
angegebenen Mobilnummer angerufen.

Bitte geben Sie mir kurz Bescheid, ob etwas dazwischengekommen ist.

Freundliche Grüße
Sebastian Krämer
Talent Acquisition, Kö-Pharma Werke"""))

# --------------------------------------------------------------------------- fr

add(m("missed_interview_notice", "fourviere_attendue_sur_teams", "fr",
      "Laboratoires Fourvière", CAMILLE[1],
      key="fourviere_missed", parent="fourviere_invite",
      frm=CAMILLE, date="2026-03-25 14:35 +0100",
      subject="Entretien de 14h – vous n'avez pas pu vous connecter ?",
      cte="qp",
      text="""Bonjour Madame Moreau-Okonkwo,

Arnaud Vidal et moi vous avons attendue sur Teams de 14h00 à 14h20 pour notre entretien,
mais vous ne nous avez pas rejoints.

Pouvez-vous me dire ce qui s'est passé ? Nous voulons nous assurer qu'il ne s'agit pas
d'un problème technique de notre côté.

Cordialement,
Camille Berthelot
Responsable recrutement – Laboratoires Fourvière"""))

add(m("missed_interview_notice", "confluence_client_vous_a_attendue", "fr",
      "Galeries Saint-Jean", YANNICK[1],
      key="confluence_missed",
      frm=YANNICK, date="2026-05-06 10:41 +0200",
      subject="Galeries Saint-Jean – rendez-vous de 10h",
      charset="windows-1252", cte="qp",
      text="""Ailbhe,

Mme Perret, la DRH des Galeries Saint-Jean, vient de m’appeler : elle vous a attendue
à l’accueil du magasin de 10h à 10h25 pour votre entretien et vous n’êtes pas venue. J’ai
essayé de vous joindre deux fois sur votre portable, sans succès.

Rappelez-moi dès que possible, s’il vous plaît, que je sache quoi lui répondre.

Yannick Roussel
Confluence RH Conseil · 06 55 50 18 42"""))

# --------------------------------------------------------------------------- es

add(m("missed_interview_notice", "cierzo_te_esperamos_en_meet", "es", "Aerolíneas Cierzo",
      JORGE[1],
      key="cierzo_missed", parent="cierzo_cancel",
      frm=JORGE, date="2026-06-02 11:25 +0200",
      subject="No pudimos conectar a las 11:00",
      cte="8bit",
      text="""Hola, Ailbhe:

Te esperamos en Google Meet desde las 11:00 y te llamé dos veces al móvil hacia las
11:10, pero no conseguimos hablar contigo.

¿Ha pasado algo? Escríbeme cuando puedas.

Jorge Lanza Ortiz
Talent Acquisition · Aerolíneas Cierzo"""))

assert len(MESSAGES) == 26 + 15 + 10, len(MESSAGES)
_unused = (AOIFE, outlook_block, html_quote)
