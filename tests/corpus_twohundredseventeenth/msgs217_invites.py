"""Corpus 217: `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written specs."""

from msgs217_common import (
    ME,
    ats_card,
    attribution,
    html_paras,
    outlook_header,
    quote,
    simple_html,
    word_html,
)

MESSAGES = []
add = MESSAGES.append
INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

# =================================================================== interview_invitation, en

_t = """Hi Oonagh,

Thanks so much for applying for the Clinical Trial Coordinator role here at Corrib Clinical Research. I've had a look through your application and I'd love to set up a 30-minute phone screen to hear more about your background and what's drawing you towards trials work.

Please pick whichever slot suits you best using the link below - you'll see times next week between Monday and Thursday:

https://app.greenhouse.io/scheduler/corribclinical/c217-ps-0121

If none of those work, just reply to this email and I'll find something else.

Talk soon,
Siobhán

Siobhán Keane
Talent Acquisition Specialist
Corrib Clinical Research
Galway Technology Park, Parkmore, Galway H91 X2K8
"""
add(dict(
    kind=INV, name="greenhouse_via_recruiter_phone_screen", lang="en",
    company="Corrib Clinical Research", contact="siobhan.keane@corribclinical.example.ie",
    key="t1_invite", parent="t1_ack",
    frm=("Siobhán Keane via Greenhouse", "no-reply@greenhouse-mail.io"), frm_enc=("utf-8", "B"),
    reply_to=("Siobhán Keane", "siobhan.keane@corribclinical.example.ie"),
    date="2026-01-21 10:14 +0000",
    subject="Phone screen - Clinical Trial Coordinator at Corrib Clinical Research",
    text=_t,
    html=ats_card("Corrib Clinical Research", "#0a9396", html_paras(_t),
                  button=("Choose a time", "https://app.greenhouse.io/scheduler/corribclinical/"
                          "c217-ps-0121")),
))

_t = """Dear Oonagh,

Following your application for the Clinical Trial Coordinator position, I'm delighted to invite you to a panel interview at our Dublin office.

Date: Tuesday 24 February 2026
Time: 11:00 - 11:45
Location: Liffey Orthodynamics, Unit 7, Grand Canal Quay, Dublin 2 (ask for me at reception)
Panel: Dr Kevin Nolan (Head of Clinical Affairs), Gráinne Daly (Senior CRA) and me

The panel would like you to prepare a ten-minute presentation on how you would keep patients engaged in a two-year post-market follow-up study. Please bring photo ID.

A calendar invitation is attached; please accept it so we know you're coming.

Kind regards,
Ruairí

Ruairí Brennan
Talent Partner | Liffey Orthodynamics
Unit 7, Grand Canal Quay, Dublin 2, D02 XK71
+353 1 555 0142
"""
add(dict(
    kind=INV, name="panel_invite_calendar_request", lang="en",
    company="Liffey Orthodynamics", contact="ruairi.brennan@liffeyortho.example.ie",
    key="t5_invite", parent="t5_ack",
    frm=("Ruairí Brennan", "ruairi.brennan@liffeyortho.example.ie"),
    date="2026-02-12 09:30 +0000",
    subject="Invitation: Panel interview - Clinical Trial Coordinator @ Tue 24 Feb 2026 11:00",
    text=_t, html=word_html(html_paras(_t)),
    ics=dict(method="REQUEST", uid="c217-liffey-panel-0224@liffeyortho.example.ie", seq=0,
             start="2026-02-24 11:00 +0000", end="2026-02-24 11:45 +0000",
             summary="Panel interview - Clinical Trial Coordinator (Oonagh Ferreira-Blake)",
             location="Liffey Orthodynamics, Unit 7, Grand Canal Quay, Dublin 2",
             organizer=("Ruairí Brennan", "ruairi.brennan@liffeyortho.example.ie"),
             attendees=[ME, ("Kevin Nolan", "kevin.nolan@liffeyortho.example.ie"),
                        ("Gráinne Daly", "grainne.daly@liffeyortho.example.ie")]),
    headers=[("Thread-Topic", "Panel interview - Clinical Trial Coordinator"),
             ("X-MS-Has-Attach", "yes")],
))

_t = """Dear Ms Ferreira-Blake,

Clinical Trials Assistant, Grade IV (Specified Purpose), HRB Clinical Research Facility - Competition CUH-2026-014

I refer to your application for the above post and am pleased to inform you that you have been shortlisted for interview.

Your interview will take place on Thursday 19 February 2026 at 10:15 in Meeting Room 2, Research & Education Building, Claddagh University Hospital, Newcastle Road, Galway. Please arrive 15 minutes before your time.

Please bring:
- photographic identification (passport or driving licence);
- original qualification certificates, including your dental nursing qualification;
- your registration certificate.

If you are unable to attend, please let me know as soon as possible by replying to this email.

Yours sincerely,

Eoin Fahy
Recruitment Officer, HR Department
Claddagh University Hospital
Tel: 091 555 210
"""
add(dict(
    kind=INV, name="hospital_shortlist_letter", lang="en",
    company="Claddagh University Hospital", contact="eoin.fahy@claddaghhospital.example.ie",
    key="t20_invite", parent="t20_ack",
    frm=("Eoin Fahy", "eoin.fahy@claddaghhospital.example.ie"),
    date="2026-02-05 14:50 +0000",
    subject="Interview - Clinical Trials Assistant, Competition CUH-2026-014",
    text=_t,
))

_t = """Dear Oonagh,

Thank you for your application for the post of Clinical Trial Coordinator (ref. LCTU-0426) at the Lothian Clinical Trials Unit.

I'm pleased to invite you to our assessment centre on Wednesday 1 July 2026, starting at 09:30 and finishing at about 14:00, at Nine Bioquarter, 9 Little France Road, Edinburgh EH16 4UX.

The day has three parts:
1. a short written exercise on a protocol deviation (30 minutes);
2. a group task with the other candidates;
3. a 40-minute interview with a panel of three.

Lunch is provided. Please confirm your attendance and let me know about any dietary requirements or adjustments you need by Friday 26 June.

Best wishes,
Morag

Morag Sinclair
Recruitment and Workforce Coordinator
Lothian Clinical Trials Unit, University of Lothian
0131 555 6012

The University of Lothian is a charitable body, registered in Scotland, with registration number SC012345.
"""
add(dict(
    kind=INV, name="assessment_centre_invite", lang="en",
    company="University of Lothian", contact="morag.sinclair@lothian-uni.example.ac.uk",
    key="t6_invite", parent="t6_ack",
    frm=("Morag Sinclair", "morag.sinclair@lothian-uni.example.ac.uk"),
    date="2026-06-17 16:22 +0100",
    subject="Invitation to assessment centre - Clinical Trial Coordinator (LCTU-0426)",
    text=_t, html=simple_html(html_paras(_t)),
))

_t = """Hi Oonagh,

Thank you for your application for the Trial Coordinator position. We'd like to get to know you better in a video interview with me and Jeroen Bakker, our Clinical Operations Manager.

When: Wednesday 15 April, 14:00-14:45 (Leiden time, CEST), so 13:00 for you in Galway
Where: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_c217rtp0415

We'll ask about your experience with patient scheduling and documentation, and give you plenty of time for your own questions. Please reply to confirm that the time works.

Kind regards,
Femke

Femke de Wit
Talent Acquisition | Rijnland Trial Partners B.V.
J.H. Oortweg 21, 2333 CH Leiden, the Netherlands
"""
add(dict(
    kind=INV, name="video_interview_teams", lang="en",
    company="Rijnland Trial Partners", contact="femke.dewit@rijnlandtrials.example.nl",
    key="t3_invite", parent="t3_ack",
    frm=("Femke de Wit", "femke.dewit@rijnlandtrials.example.nl"),
    date="2026-04-09 11:03 +0200",
    subject="Video interview - Trial Coordinator, Rijnland Trial Partners",
    text=_t, html=simple_html(html_paras(_t)),
))

_t = """Hi Oonagh,

Thanks for the chat on the phone yesterday, great to put a voice to the CV!

Are you free Thursday to chat properly? Myself and Orla (she runs the site network) would love to meet you. We're in the Plassey office all day, so anytime between 10 and 3 works. It'd be informal, about an hour, a coffee and a look around the monitoring room. If Thursday's no good, Friday morning works too.

Just let me know what suits.

Cheers,
Barry

Barry Hogan
Operations Director, Shannon BioTrials
National Technology Park, Plassey, Limerick V94 E2N7
061 555 774
"""
add(dict(
    kind=INV, name="casual_free_thursday", lang="en",
    company="Shannon BioTrials", contact="barry.hogan@shannonbiotrials.example.ie",
    key="t10_invite", parent="t10_ack",
    frm=("Barry Hogan", "barry.hogan@shannonbiotrials.example.ie"),
    date="2026-07-21 17:42 +0100",
    subject="Thursday?",
    text=_t,
))

_t = """Hi Oonagh,

Great news - Lee Valley Medical Devices want to meet you for the Clinical Research Associate role!

Details:
- Wednesday 4 February at 14:00
- On site: Lee Valley Medical Devices, Building 3, Eastgate Business Park, Little Island, Cork
- With Paul Desmond (Clinical Manager) and someone from Quality
- About an hour, competency-based, plus a chat about their post-market follow-up studies

I'll ring you on Monday to prep. Worth reading up on the MDR and post-market clinical follow-up, as Paul will definitely go there.

Can you reply to confirm, and I'll lock it in with them?

Ciarán

Ciarán Twomey
Senior Consultant, Life Sciences
Westpoint Life Science Recruitment
M: +353 87 555 2291
"""
add(dict(
    kind=INV, name="agency_sets_up_client_interview", lang="en",
    company="Lee Valley Medical Devices", contact="ciaran.twomey@westpointrecruit.example.ie",
    key="t7_invite", parent="t7_reg",
    frm=("Ciarán Twomey", "ciaran.twomey@westpointrecruit.example.ie"),
    frm_enc=("utf-8", "Q"),
    date="2026-01-27 12:20 +0000",
    subject="Interview with Lee Valley Medical Devices - Wed 4 Feb",
    text=_t,
))

_t = """Hi Oonagh,

Thanks for applying for the Clinical Trial Assistant position at Mourne Clinical. We'd like to invite you to a 20-minute phone call with our hiring manager, Conor McAteer.

Please use this link to book a time that suits you next week:
https://mourneclinical.bamboohr.com/hiring/schedule/c217-cta-phone

Conor will call you on the number on your application.

Thanks,
Mourne Clinical People Team
"""
add(dict(
    kind=INV, name="ats_booking_link_phone_call", lang="en",
    company="Mourne Clinical", contact="", key="t17_invite",
    frm=("Mourne Clinical", "notifications@bamboohr.com"),
    date="2026-02-17 09:05 +0000",
    subject="Let's schedule a call - Clinical Trial Assistant",
    text=_t,
    html=ats_card("Mourne Clinical", "#73ac3e", html_paras(_t),
                  button=("Book a time", "https://mourneclinical.bamboohr.com/hiring/schedule/"
                          "c217-cta-phone")),
))

_t = """Dear Ms Ferreira-Blake

Post: Clinical Trials Coordinator, Research & Development Office (Ref LHSC/26/0412)

I am pleased to inform you that you have been shortlisted for interview for the above post.

Date:     Thursday 21 May 2026
Time:     10:30
Venue:    Room 1.14, Knockbracken House, Saintfield Road, Belfast BT8 8BH

The interview will last approximately 40 minutes and will be based on the criteria in the Job Specification. You’ll also be asked to give a 5-minute presentation on “The role of the trials coordinator in protecting participant safety”.

Please bring the original documents listed on the enclosed checklist. Travel expenses for candidates from outside Northern Ireland are not reimbursed.

Please confirm your attendance by return email.

Yours sincerely

Bronagh Kerr
Recruitment Officer, Human Resources
Lagan Health and Social Care Trust
Tel: 028 9555 3170

-----------------------------------------------------------------------
This message is intended for the addressee only. Any views or opinions expressed are those of the author and do not necessarily represent those of the Trust. If you are not the intended recipient, please notify the sender immediately and delete this email.
-----------------------------------------------------------------------
"""
add(dict(
    kind=INV, name="trust_letter_cp1252", lang="en",
    company="Lagan Health and Social Care Trust", contact="bronagh.kerr@laganhsc.example.co.uk",
    key="t9_invite",
    frm=("Kerr, Bronagh", "bronagh.kerr@laganhsc.example.co.uk"),
    date="2026-05-06 11:40 +0100",
    subject="Invitation to interview - Ref LHSC/26/0412",
    text=_t, charset="windows-1252", cte="8bit",
))

_t = """Hi Oonagh,

Thanks for your application for the Research Coordinator (Oncology) role. The team really enjoyed reading it!

Instead of a traditional interview, our second stage is a trial day. You'd spend Thursday 30 April (09:30 to about 15:30) with us in the oncology day ward at the Mercy site: shadowing a coordinator through a screening visit, helping with a source-data check, and finishing with a 30-minute conversation with Dr Aoife Hurley, our Clinical Lead, and Pádraig from HR.

We cover travel and lunch. Please bring ID, as the day ward needs a visitor badge.

Could you reply by Monday to let us know you can make it?

Warm regards,
Nuala Buckley
Operations Manager, Cork Cancer Trials Group
Mercy Clinical Research Building, Grenville Place, Cork
021 555 9032
"""
add(dict(
    kind=INV, name="charity_trial_day", lang="en",
    company="Cork Cancer Trials Group", contact="nuala.buckley@corkcancertrials.example.ie",
    key="t19_invite", parent="t19_ack",
    frm=("Nuala Buckley", "nuala.buckley@corkcancertrials.example.ie"),
    date="2026-04-22 13:18 +0100",
    subject="Trial day invitation - Research Coordinator (Oncology)",
    text=_t, html=simple_html(html_paras(_t)),
    cte="quoted-printable",
))

_t = """Hi Oonagh,

Good news! Sleutel Vaccines would like to interview you for the Trial Coordinator (Vaccine Studies) post in Leiden.

It'll be a first-round video call with Dr Marieke Smits, their Study Start-up Lead, on Monday 6 July at 10:00. Marieke will send the Teams link directly. Expect questions on informed consent, handling a cold-chain excursion, and why Leiden.

They're very keen that candidates understand the relocation package, so have a look at the PDF I sent last week before the call.

Chat tomorrow?
Niall

Niall Considine | Director
Harbour & Hale Search Ltd
+353 1 555 7730
"""
add(dict(
    kind=INV, name="headhunter_client_first_round", lang="en",
    company="Sleutel Vaccines", contact="niall@harbourhale.example.ie",
    key="t12_invite", parent="t12_ack",
    frm=("Niall Considine", "niall@harbourhale.example.ie"),
    date="2026-06-29 18:05 +0100",
    subject="Sleutel Vaccines - interview Monday 6 July",
    text=_t, html=word_html(html_paras(_t)),
))

_t = """Hi Oonagh,

I'm a recruiter at Caledonia Research Partners in Edinburgh. Thanks for applying for our Clinical Trial Associate opening; your mix of chairside patient care and admin is something our site-management team values.

Would you be up for a 20-minute phone screen with me this week or next? I'm free most mornings, 9:30 to 12:00 UK time. Send me a couple of options and a good number to call you on.

Cheers,
Callum

Callum Rennie
Talent Acquisition, Caledonia Research Partners
Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL
"""
add(dict(
    kind=INV, name="lever_recruiter_phone_screen_ask", lang="en",
    company="Caledonia Research Partners", contact="callum.rennie@caledoniarp.example.co.uk",
    key="t16_invite",
    frm=("Callum Rennie", "no-reply@hire.lever.co"),
    reply_to=("Callum Rennie", "callum.rennie@caledoniarp.example.co.uk"),
    date="2026-08-04 10:27 +0100",
    subject="Clinical Trial Associate at Caledonia Research Partners - quick call?",
    text=_t, html=simple_html(html_paras(_t)),
))

_quoted = """Hi Oonagh,

Thanks for applying for Study Coordinator at Brigid's Children's Research Foundation. We've received your application and our team will review it carefully.

If your profile matches what we're looking for, we'll be in touch within three weeks. Unfortunately, because of the number of applications, we can't reply to every applicant personally.

Brigid's Children's Research Foundation"""
_t = """Hi Oonagh,

Following on from the automatic email below - I'm glad to say the team would like to meet you!

Could you come in for an interview on Wednesday 25 March at 14:00? It'll be with me and Dr Fionnuala Walsh, who leads the paediatric asthma study, at our offices at 14 Herbert Street, Dublin 2. It will take about 45 minutes. We'll ask about working with children and families, and about how you keep track of appointments across a busy list.

If that time doesn't suit, send me two or three alternatives.

Best,
Róisín

Róisín Carey
HR & Operations Officer
Brigid's Children's Research Foundation (CHY 19876)
14 Herbert Street, Dublin 2 | 01 555 6650

""" + attribution("en", "2026-03-09 08:02", "Brigid's Children's Research Foundation",
                  "no-reply@teamtailor-mail.com") + "\n" + quote(_quoted)
add(dict(
    kind=INV, name="invite_quoting_ats_ack", lang="en",
    company="Brigid's Children's Research Foundation",
    contact="roisin.carey@brigidfoundation.example.ie",
    key="t15_invite", parent="t15_ack",
    frm=("Róisín Carey", "roisin.carey@brigidfoundation.example.ie"), frm_enc=("utf-8", "B"),
    date="2026-03-18 12:45 +0000",
    subject="Re: Thanks for applying to Brigid's Children's Research Foundation",
    text=_t,
))

_t = """Dear Oonagh,

Thank you for sending your CV. Professor Hynes would like to meet you to talk about the Clinical Research Nurse / Coordinator post in the CRF.

I have sent a calendar invitation for Thursday 8 October at 11:00 in Room 2.041, Clinical Research Facility, Mara University Hospital campus. The meeting will be about half an hour, and a senior research nurse will join.

Please accept the invitation or let me know if the time is a problem.

Is mise le meas,
Aisling Ní Fhlatharta
Research Administrator, Clinical Research Facility
Mara University, Galway
T: +353 91 555 318
"""
add(dict(
    kind=INV, name="university_meeting_ics_attachment", lang="en",
    company="Mara University", contact="aisling.niflatharta@marauni.example.ie",
    key="t18_invite", parent="t18_ack",
    frm=("Aisling Ní Fhlatharta", "aisling.niflatharta@marauni.example.ie"),
    date="2026-09-28 15:02 +0100",
    subject="Meeting with Prof. Hynes - CRF Clinical Research Nurse / Coordinator",
    text=_t,
    ics=dict(method="REQUEST", uid="c217-mara-crf-1008@marauni.example.ie", seq=0,
             start="2026-10-08 11:00 +0100", end="2026-10-08 11:30 +0100",
             summary="CRF post: Prof. Hynes / O. Ferreira-Blake",
             location="Room 2.041, Clinical Research Facility, Mara University",
             organizer=("Aisling Ní Fhlatharta", "aisling.niflatharta@marauni.example.ie"),
             placement="attach", filename="meeting.ics", cte="quoted-printable"),
))

_t = """Dear Oonagh,

Thank you for applying to the Clinical Research Coordinator (Band 5) post, requisition UICS-2026-114.

You have been selected to continue to the next stage of our selection process, which has two steps:

1. Online situational judgement assessment: complete by 23:59 on Sunday 22 March 2026 using the link in your candidate account. It takes about 35 minutes.
2. Panel interview: Tuesday 31 March 2026, 11:20, by video. The link will appear in your candidate account 48 hours beforehand.

Please confirm your interview slot in your candidate account within three working days.

Human Resources Directorate
Ulster Institute of Clinical Science

This is an automatically generated message. Please do not reply to this email address.
"""
add(dict(
    kind=INV, name="taleo_assessment_and_panel", lang="en",
    company="Ulster Institute of Clinical Science", contact="", key="t26_invite",
    frm=("Ulster Institute of Clinical Science", "noreply@taleo.net"),
    date="2026-03-16 08:15 +0000",
    subject="UICS-2026-114: next stage - assessment and panel interview",
    text=_t,
    html=ats_card("Ulster Institute of Clinical Science", "#00594f", html_paras(_t),
                  button=("Open my candidate account", "https://uics.taleo.net/careersection/"
                          "c217/mysubmissions.ftl")),
    cte="quoted-printable",
))

# =================================================================== interview_invitation, de

_t = """Sehr geehrte Frau Ferreira-Blake,

vielen Dank für Ihre Bewerbung als Clinical Study Coordinator (m/w/d) für unseren Standort in Cork. Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:

Termin: Dienstag, 14. April 2026, 10:00 Uhr (MESZ), also 09:00 Uhr irischer Zeit
Gesprächspartner: Dr. Jens Kowalski (Leitung Clinical Affairs) und ich
Dauer: ca. 60 Minuten
Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_c217elbtal

Das Gespräch findet auf Englisch statt; einzelne Fragen stellen wir gern auf Deutsch, da Sie Deutschkenntnisse angegeben haben.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Vogelsang
HR Business Partner

Elbtal Medizintechnik GmbH | Königsbrücker Str. 96 | 01099 Dresden
Tel. +49 351 555 4420
Sitz der Gesellschaft: Dresden | Registergericht: Amtsgericht Dresden HRB 31 555
"""
add(dict(
    kind=INV, name="einladung_videogespraech", lang="de",
    company="Elbtal Medizintechnik", contact="k.vogelsang@elbtal-mt.example.de",
    key="t8_invite", parent="t8_ack",
    frm=("Katrin Vogelsang", "k.vogelsang@elbtal-mt.example.de"),
    date="2026-04-01 14:11 +0200",
    subject="Einladung zum Vorstellungsgespräch – Clinical Study Coordinator (m/w/d)",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "de"),
))

_t = """Hallo Frau Ferreira-Blake,

danke für Ihre Bewerbung als Clinical Trial Assistant (m/w/d) für unser neues Team in Dublin.

Ich würde mich gern in einem ersten Telefoninterview (ca. 30 Minuten) mit Ihnen austauschen, vor allem über Ihre Erfahrung in der Terminplanung mit Patientinnen und Patienten und über Ihre Vorstellungen zum Start.

Passt Ihnen Dienstag, der 18. August, um 14:00 Uhr unserer Zeit (13:00 Uhr in Irland)? Ich rufe Sie dann unter der Nummer aus Ihrem Lebenslauf an.

Viele Grüße
Maximilian Huber

--
Maximilian Huber
Talent Acquisition Partner
Isar Clinical Operations GmbH
Leopoldstraße 158, 80804 München
Tel. +49 89 555 2147
"""
add(dict(
    kind=INV, name="telefoninterview_vorschlag", lang="de",
    company="Isar Clinical Operations", contact="m.huber@isar-clinops.example.de",
    key="t11_invite", parent="t11_ack",
    frm=("Maximilian Huber", "m.huber@isar-clinops.example.de"),
    date="2026-08-10 09:48 +0200",
    subject="Telefoninterview Clinical Trial Assistant (Dublin)",
    text=_t, cte="8bit",
))

_t = """Liebe Frau Ferreira-Blake,

wie gestern am Telefon angekündigt: Rheinauen Pharma möchte Sie kennenlernen!

Unser Mandant sucht für das Studienzentrum in Dublin eine Clinical Trial Coordinator (m/w/d). Das erste Gespräch führen Sie mit Frau Dr. Sabine Költzsch (Site Lead Dublin) und einem Kollegen aus der Qualitätssicherung:

Donnerstag, 28. Mai 2026, 15:00 Uhr MESZ (14:00 Uhr in Irland)
per Microsoft Teams, der Link kommt direkt von Rheinauen

Das Gespräch wird überwiegend auf Englisch geführt. Rechnen Sie mit Fragen zu ICH-GCP, zu Ihrem Umgang mit Patientendaten und zu Ihrer Motivation für den Wechsel in die Forschung.

Geben Sie mir bitte kurz Bescheid, dass der Termin passt. Ich rufe Sie am Mittwoch zur Vorbereitung an.

Herzliche Grüße
Tobias Reinhardt
Senior Consultant Life Science
Brückner Life Science Personal GmbH
Telefon +49 69 555 8814
"""
add(dict(
    kind=INV, name="agency_client_interview_named", lang="de",
    company="Rheinauen Pharma", contact="t.reinhardt@brueckner-personal.example.de",
    key="t24_invite_rheinauen", parent="t24_reg",
    frm=("Tobias Reinhardt", "t.reinhardt@brueckner-personal.example.de"),
    date="2026-05-20 16:30 +0200",
    subject="Gesprächstermin bei Rheinauen Pharma",
    subject_enc=("utf-8", "Q"),
    text=_t, html=word_html(html_paras(_t), "de-DE"),
))

_t = """Liebe Frau Ferreira-Blake,

ich habe ein spannendes Mandat für Sie: Ein mittelständischer Medizintechnikhersteller mit Produktionsstandort in Cork baut sein Team für klinische Prüfungen aus und möchte Sie gern in einem ersten Gespräch kennenlernen. Den Namen darf ich erst nach dem Termin nennen, das Unternehmen ist in Irland noch nicht öffentlich als Arbeitgeber aufgetreten.

Vorschlag: Dienstag, 8. September, 11:00 Uhr irischer Zeit, per Video (ca. 45 Minuten) mit der Leiterin Clinical Affairs.

Würde Ihnen das passen? Wenn nicht, schicken Sie mir gern zwei Alternativen in derselben Woche.

Herzliche Grüße
Tobias Reinhardt
Brückner Life Science Personal GmbH
Kaiserstraße 61, 60329 Frankfurt am Main
"""
add(dict(
    kind=INV, name="agency_unnamed_client_interview", lang="de",
    company="Brückner Life Science Personal", contact="t.reinhardt@brueckner-personal.example.de",
    key="t24_invite_unnamed",
    frm=("Tobias Reinhardt", "t.reinhardt@brueckner-personal.example.de"),
    date="2026-09-01 10:12 +0200",
    subject="Vertrauliches Gespräch: Medizintechnik in Cork",
    subject_enc=("iso-8859-1", "B"),
    text=_t, charset="iso-8859-1", cte="8bit",
))

# =================================================================== interview_invitation, fr

_t = """Bonjour Madame Ferreira-Blake,

Votre candidature au poste de coordinatrice d'études cliniques a retenu toute notre attention, et nous souhaiterions vous rencontrer.

Je vous propose un entretien le jeudi 19 mars 2026 à 10h00 (heure de Lyon), en visioconférence, avec le Dr Bastien Morel, médecin coordonnateur du CIC, et moi-même. L'entretien durera environ 45 minutes et se déroulera en français et en anglais.

Vous trouverez ci-joint une invitation de calendrier. Merci de me confirmer votre disponibilité en l'acceptant ou par retour de mail.

Bien cordialement,

Mathilde Reynaud
Chargée de recrutement
Centre d'Investigation Clinique Confluence
12 quai Perrache, 69002 Lyon
Tél. : +33 4 72 55 01 44
"""
add(dict(
    kind=INV, name="convocation_entretien_ics", lang="fr",
    company="Centre d'Investigation Clinique Confluence",
    contact="mathilde.reynaud@cic-confluence.example.fr",
    key="t2_invite", parent="t2_ack",
    frm=("Mathilde Reynaud", "mathilde.reynaud@cic-confluence.example.fr"),
    date="2026-03-10 11:26 +0100",
    subject="Invitation : entretien – coordinatrice d'études cliniques (jeu. 19 mars 10h)",
    subject_enc=("utf-8", "B"),
    text=_t, html=word_html(html_paras(_t), "fr-FR"),
    ics=dict(method="REQUEST", uid="c217-cic-entretien-0319@cic-confluence.example.fr", seq=0,
             start="2026-03-19 10:00 +0100", end="2026-03-19 10:45 +0100",
             summary="Entretien - coordinatrice d'études cliniques (O. Ferreira-Blake)",
             location="Visioconférence (lien Teams dans la description)",
             description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_c217cic",
             organizer=("Mathilde Reynaud", "mathilde.reynaud@cic-confluence.example.fr"),
             attendees=[ME, ("Bastien Morel", "bastien.morel@cic-confluence.example.fr")]),
))

_t = """Madame,

Nous avons le plaisir de vous informer que votre candidature au poste de Technicienne d'études cliniques – Pôle de recherche (réf. HF-2026-027) a été présélectionnée.

Vous êtes conviée à un entretien avec la commission de recrutement :

Date : jeudi 5 février 2026
Heure : 14h00
Lieu : Hospices de Fourvière, bâtiment Saint-Irénée, 2e étage, salle du conseil, 8 place de Fourvière, 69005 Lyon

Merci de vous munir d'une pièce d'identité et de vos diplômes. Pour confirmer votre présence, connectez-vous à votre espace candidat.

La Direction des Ressources Humaines
Hospices de Fourvière

Merci de ne pas répondre à ce message automatique.
"""
add(dict(
    kind=INV, name="taleo_convocation_commission", lang="fr",
    company="Hospices de Fourvière", contact="", key="t22_invite",
    frm=("Hospices de Fourvière - Recrutement", "noreply@taleo.net"),
    frm_enc=("utf-8", "B"),
    date="2026-01-26 16:40 +0100",
    subject="Convocation à un entretien – réf. HF-2026-027",
    subject_enc=("utf-8", "Q"),
    text=_t,
    html=ats_card("Hospices de Fourvière", "#8d0801", html_paras(_t),
                  button=("Confirmer ma présence", "https://hospices-fourviere.taleo.net/"
                          "careersection/c217/mysubmissions.ftl"),
                  footer="Hospices de Fourvière, 8 place de Fourvière, 69005 Lyon", lang="fr"),
    cte="quoted-printable",
))

_t = """Bonjour Oonagh,

Merci pour votre message et votre CV, très parlants !

Seriez-vous dispo vendredi à 11h pour qu'on en discute en visio, une petite demi-heure ? Rien de formel : je vous présente l'équipe et nos études en cours (surtout de la dermatologie et de l'ophtalmo), et vous me racontez votre parcours de l'assistance dentaire vers la recherche.

Si vendredi ne va pas, proposez-moi un autre créneau la semaine prochaine.

À bientôt,
Julien

Julien Marchetti
Directeur des opérations – Saône Recherche Clinique
45 rue de Gerland, 69007 Lyon
06 55 20 77 31
"""
add(dict(
    kind=INV, name="casual_visio_vendredi", lang="fr",
    company="Saône Recherche Clinique", contact="julien.marchetti@saonerc.example.fr",
    key="t13_invite", parent="t13_ack",
    frm=("Julien Marchetti", "julien.marchetti@saonerc.example.fr"),
    date="2026-06-09 18:12 +0200",
    subject="Re: Candidature spontanée – coordinatrice / ARC junior",
    subject_enc=("utf-8", "Q", "Re: "),
    text=_t,
))

_t = """Bonjour Madame Ferreira-Blake,

Suite à notre échange téléphonique, je vous confirme votre journée d'immersion au sein de notre service Affaires cliniques, dans le cadre de votre candidature au poste de Chargée d'études cliniques – dispositifs médicaux.

Jeudi 23 juillet 2026, de 9h00 à 16h30
Rhône Dispositifs Médicaux, 8 avenue Tony Garnier, 69007 Lyon

Au programme : matinée avec l'équipe qui suit notre registre post-commercialisation, mise en situation sur un dossier de déviation l'après-midi, puis entretien de 45 minutes avec Mme Claire Dufresne, responsable Affaires cliniques.

Merci de vous présenter à l'accueil à 8h50. Le déjeuner est pris en charge.

Cordialement,

Sandrine Lapierre
Ressources Humaines
Rhône Dispositifs Médicaux
04 78 55 62 10
"""
add(dict(
    kind=INV, name="journee_immersion", lang="fr",
    company="Rhône Dispositifs Médicaux", contact="sandrine.lapierre@rhonedm.example.fr",
    key="t21_invite", parent="t21_ack",
    frm=("Sandrine Lapierre", "sandrine.lapierre@rhonedm.example.fr"),
    date="2026-07-15 10:02 +0200",
    subject="Confirmation de votre journée d'immersion du 23 juillet",
    subject_enc=("windows-1252", "B"),
    text=_t, html=simple_html(html_paras(_t), "fr"), charset="windows-1252",
    cte="quoted-printable",
))

# =================================================================== interview_invitation, es

_t = """Estimada Oonagh:

Gracias por presentar tu candidatura al puesto de Coordinadora de Ensayos Clínicos de la Fundación Manzanares para la Investigación Clínica.

Nos gustaría conocerte en una entrevista presencial el miércoles 20 de mayo a las 10:00 en nuestra sede (Paseo de la Florida 12, 28008 Madrid). Estarán el Dr. Gonzalo Prieto, director científico, y yo misma. Calcula alrededor de una hora.

¿Nos confirmas tu asistencia respondiendo a este correo? Si te viene mejor por videollamada, dímelo y lo organizamos.

Un saludo cordial,

Lucía Benítez
Responsable de Personas
Fundación Manzanares para la Investigación Clínica
Tel. 91 555 40 12
"""
add(dict(
    kind=INV, name="fundacion_entrevista_presencial", lang="es",
    company="Fundación Manzanares para la Investigación Clínica",
    contact="lucia.benitez@fmic.example.es",
    key="t4_invite", parent="t4_ack",
    frm=("Lucía Benítez", "lucia.benitez@fmic.example.es"), frm_enc=("iso-8859-1", "B"),
    date="2026-05-12 12:30 +0200",
    subject="Entrevista – Coordinadora de Ensayos Clínicos",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "es"),
))

_t = """Estimada Sra. Ferreira-Blake:

En relación con el proceso de selección HUR-UEC-09/26 para el puesto de Coordinadora de Ensayos Clínicos, le comunicamos que ha sido seleccionada para la fase de entrevista.

La entrevista se realizará ante la comisión de selección el martes 15 de septiembre de 2026 a las 9:30, en la Sala de Juntas de la Unidad de Ensayos Clínicos (pabellón C, 2ª planta), Hospital Universitario Retiro, calle de O'Donnell 48, Madrid.

Le rogamos que confirme su asistencia respondiendo a este correo y que acuda con su DNI o pasaporte.

Atentamente,

Marta Ortega Villalba
Unidad de Selección – Recursos Humanos
Hospital Universitario Retiro
Tel. 91 555 37 20
"""
add(dict(
    kind=INV, name="hospital_comision_latin1", lang="es",
    company="Hospital Universitario Retiro", contact="marta.ortega@huretiro.example.es",
    key="t14_invite",
    frm=("Marta Ortega Villalba", "marta.ortega@huretiro.example.es"),
    date="2026-09-07 09:55 +0200",
    subject="Citación a entrevista – proceso HUR-UEC-09/26",
    subject_enc=("utf-8", "B"),
    text=_t.replace("–", "-"), charset="iso-8859-1", cte="8bit",
))

_t = """Hola Oonagh,

¡Buenas noticias! Castellana Trials quiere entrevistarte para el puesto de Clinical Trial Assistant.

Te paso los detalles:
- Martes 24 de febrero a las 16:00 (hora de Madrid)
- Por Google Meet: https://meet.google.com/c217-cast-ella
- Con Beatriz Lozano, responsable de operaciones clínicas
- Unos 40 minutos, parte en inglés y parte en español

Beatriz va a preguntarte por la gestión de visitas de pacientes y por cómo organizas la documentación. Te recomiendo repasar las BPC (ICH E6).

Confírmame en cuanto puedas y se lo digo.

Un abrazo,
Iñaki

Iñaki Zubiri
Consultor sénior | Talento Sanitario
+34 655 55 19 03
"""
add(dict(
    kind=INV, name="agency_client_interview_meet", lang="es",
    company="Castellana Trials", contact="inaki.zubiri@talentosanitario.example.es",
    key="t23_invite", parent="t27_reg",
    frm=("Iñaki Zubiri", "inaki.zubiri@talentosanitario.example.es"),
    date="2026-02-18 13:22 +0100",
    subject="Entrevista con Castellana Trials (martes 24)",
    text=_t,
))

# ============================================================ interview_reschedule_or_cancel, en

_t = """Hi Oonagh,

No problem at all, thanks for the heads-up. I've moved your phone screen to Thursday 29 January at 13:30, and you should get an updated confirmation from Greenhouse shortly. I'll call you on the mobile number ending 418.

Best of luck with the clinic on Tuesday!

Siobhán

Siobhán Keane
Talent Acquisition Specialist
Corrib Clinical Research

""" + attribution("en", "2026-01-22 19:48", *ME) + "\n" + quote("""Hi Siobhán,

Thank you so much for the invitation. I booked Tuesday 27th at 10:00 through the link, but I've just been rostered onto the orthodontic clinic that morning. Would it be possible to move the call to Thursday 29th any time after 13:00?

Apologies for the hassle, and thanks again.

Oonagh""")
add(dict(
    kind=MOVE, name="recruiter_moves_after_request", lang="en",
    company="Corrib Clinical Research", contact="siobhan.keane@corribclinical.example.ie",
    key="t1_moved", parent="t1_own_move",
    frm=("Siobhán Keane", "siobhan.keane@corribclinical.example.ie"),
    date="2026-01-23 09:11 +0000",
    subject="Re: Phone screen - Clinical Trial Coordinator",
    text=_t,
))

_t = """Hi Oonagh,

Dr Nolan has a clash with a notified-body audit on the 24th, so we've moved your panel interview to Thursday 26 February, 15:00-15:45. Same place, same panel, same presentation topic.

The calendar entry below has been updated; please accept the new time. If the 26th doesn't work, let me know and we'll look at the following week.

Apologies for the change,
Ruairí

Ruairí Brennan
Talent Partner | Liffey Orthodynamics
+353 1 555 0142
"""
add(dict(
    kind=MOVE, name="calendar_update_sequence_bump", lang="en",
    company="Liffey Orthodynamics", contact="ruairi.brennan@liffeyortho.example.ie",
    key="t5_update", parent="t5_invite",
    frm=("Ruairí Brennan", "ruairi.brennan@liffeyortho.example.ie"),
    date="2026-02-18 16:05 +0000",
    subject="Updated invitation: Panel interview - Clinical Trial Coordinator @ Thu 26 Feb 2026 15:00",
    text=_t, html=word_html(html_paras(_t)),
    ics=dict(method="REQUEST", uid="c217-liffey-panel-0224@liffeyortho.example.ie", seq=1,
             start="2026-02-26 15:00 +0000", end="2026-02-26 15:45 +0000",
             summary="Panel interview - Clinical Trial Coordinator (Oonagh Ferreira-Blake)",
             location="Liffey Orthodynamics, Unit 7, Grand Canal Quay, Dublin 2",
             organizer=("Ruairí Brennan", "ruairi.brennan@liffeyortho.example.ie"),
             attendees=[ME, ("Kevin Nolan", "kevin.nolan@liffeyortho.example.ie"),
                        ("Gráinne Daly", "grainne.daly@liffeyortho.example.ie")]),
    headers=[("Thread-Topic", "Panel interview - Clinical Trial Coordinator")],
))

_t = """Dear Ms Ferreira-Blake

Ref LHSC/26/0412 Clinical Trials Coordinator

I am sorry to let you know at short notice that the chair of the interview panel is unwell, and the interviews arranged for Thursday 21 May cannot go ahead.

The interviews have been re-arranged for Tuesday 2 June 2026. Your new time is 14:00, in the same venue (Room 1.14, Knockbracken House). Your presentation topic is unchanged.

Please confirm by return email that you are able to attend on the new date. I apologise for any inconvenience, particularly if you had made travel arrangements.

Yours sincerely

Bronagh Kerr
Recruitment Officer, Human Resources
Lagan Health and Social Care Trust
Tel: 028 9555 3170
"""
add(dict(
    kind=MOVE, name="panel_chair_ill_new_date", lang="en",
    company="Lagan Health and Social Care Trust", contact="bronagh.kerr@laganhsc.example.co.uk",
    key="t9_ill", parent="t9_invite",
    frm=("Kerr, Bronagh", "bronagh.kerr@laganhsc.example.co.uk"),
    date="2026-05-19 15:26 +0100",
    subject="RE: Invitation to interview - Ref LHSC/26/0412 - CHANGE OF DATE",
    text=_t, html=word_html(html_paras(_t)),
    cc=[("HR Recruitment", "recruitment@laganhsc.example.co.uk")],
))

_t = """Dear Oonagh,

I'm afraid I have to cancel Thursday's meeting with Professor Hynes. He has been called to a funder's review in Brussels that week. The cancellation notice is below so the entry comes out of your calendar.

This isn't a decision about your application. I'll be back in touch to find a new time once we know more about his diary.

Is mise le meas,
Aisling Ní Fhlatharta
Research Administrator, Clinical Research Facility
Mara University, Galway
"""
add(dict(
    kind=MOVE, name="method_cancel_meeting", lang="en",
    company="Mara University", contact="aisling.niflatharta@marauni.example.ie",
    key="t18_cancel", parent="t18_invite",
    frm=("Aisling Ní Fhlatharta", "aisling.niflatharta@marauni.example.ie"),
    date="2026-10-05 09:40 +0100",
    subject="Cancelled: Meeting with Prof. Hynes - CRF Clinical Research Nurse / Coordinator",
    text=_t,
    ics=dict(method="CANCEL", uid="c217-mara-crf-1008@marauni.example.ie", seq=1,
             start="2026-10-08 11:00 +0100", end="2026-10-08 11:30 +0100",
             summary="Cancelled: CRF post: Prof. Hynes / O. Ferreira-Blake",
             location="Room 2.041, Clinical Research Facility, Mara University",
             organizer=("Aisling Ní Fhlatharta", "aisling.niflatharta@marauni.example.ie")),
))

_t = """Hi Oonagh,

Small change from Lee Valley: Paul's been pulled into a site visit in Belfast on Wednesday, so they've asked to push your interview to next Tuesday, 10 February, at 11:00. Same place, and Paul and Deirdre from Quality are still the panel.

I've said yes provisionally on your behalf as you told me Tuesdays are usually free, but shout if that's wrong and I'll go back to them.

Ciarán

Ciarán Twomey
Senior Consultant, Life Sciences
Westpoint Life Science Recruitment
M: +353 87 555 2291
"""
add(dict(
    kind=MOVE, name="agency_client_moves_interview", lang="en",
    company="Lee Valley Medical Devices", contact="ciaran.twomey@westpointrecruit.example.ie",
    key="t7_moved", parent="t7_invite",
    frm=("Ciarán Twomey", "ciaran.twomey@westpointrecruit.example.ie"),
    date="2026-02-02 08:55 +0000",
    subject="Re: Interview with Lee Valley Medical Devices - now Tue 10 Feb",
    text=_t,
))

_t = """Hi Oonagh,

Your phone screen for Clinical Trial Associate at Caledonia Research Partners has been rescheduled.

New time: Tuesday, 11 August 2026, 10:00 - 10:20 BST
Interviewer: Callum Rennie
Format: phone call to the number you provided

Previous time (cancelled): Friday, 7 August 2026, 11:30 BST

Need to make a change? Reply to Callum directly.

Caledonia Research Partners, via Lever
"""
add(dict(
    kind=MOVE, name="lever_system_rescheduled", lang="en",
    company="Caledonia Research Partners", contact="", key="t16_moved", parent="t16_invite",
    frm=("Caledonia Research Partners", "no-reply@hire.lever.co"),
    date="2026-08-07 08:02 +0100",
    subject="Rescheduled: Phone screen with Caledonia Research Partners",
    text=_t,
    html=ats_card("Caledonia Research Partners", "#264653", html_paras(_t)),
))

_t = """Hi Oonagh,

I'm sorry to do this so close to the day. A pipe burst on the second floor of the Mercy research building last night, and the day ward where we were going to host the trial days is closed for at least a week while it dries out.

We'd like to move your trial day to Thursday 7 May, same times (09:30 to about 15:30). Everything else, including the conversation with Dr Hurley, stays the same.

Could you let me know whether the 7th works? If not, Friday the 8th is our fallback.

Apologies again,
Nuala

Nuala Buckley
Operations Manager, Cork Cancer Trials Group
021 555 9032
"""
add(dict(
    kind=MOVE, name="trial_day_postponed_burst_pipe", lang="en",
    company="Cork Cancer Trials Group", contact="nuala.buckley@corkcancertrials.example.ie",
    key="t19_postponed", parent="t19_invite",
    frm=("Nuala Buckley", "nuala.buckley@corkcancertrials.example.ie"),
    date="2026-04-28 08:15 +0100",
    subject="Change of date - your trial day",
    text=_t,
))

_t = """Hi Oonagh,

Quick correction, and it's my mistake. In my last email I wrote that your Sleutel call on Monday is at 10:00 - that's 10:00 Leiden time, which is 09:00 here in Ireland. Marieke's invitation will show 10:00 CEST.

So please be ready at 9 our time. Sorry for the confusion!

Niall

""" + outlook_header("en", ("Niall Considine", "niall@harbourhale.example.ie"), "2026-06-29 18:05",
                     "Oonagh Ferreira-Blake", "Sleutel Vaccines - interview Monday 6 July") + """

Hi Oonagh,

Good news! Sleutel Vaccines would like to interview you for the Trial Coordinator (Vaccine Studies) post in Leiden. It'll be a first-round video call with Dr Marieke Smits on Monday 6 July at 10:00..."""
add(dict(
    kind=MOVE, name="headhunter_time_zone_correction", lang="en",
    company="Sleutel Vaccines", contact="niall@harbourhale.example.ie",
    key="t12_tz", parent="t12_invite",
    frm=("Niall Considine", "niall@harbourhale.example.ie"),
    date="2026-07-03 12:40 +0100",
    subject="RE: Sleutel Vaccines - interview Monday 6 July (time correction)",
    text=_t, html=word_html(html_paras(_t)),
))

_t = """Hi Oonagh,

Your phone call with Conor McAteer for the Clinical Trial Assistant role, booked for Tuesday 24 February at 11:00, has been cancelled by Mourne Clinical.

Conor is on unexpected leave this week. This doesn't affect your application: we'll send a new booking link as soon as he is back.

Questions? Reply to this email and it will reach Ellen in our People team.

Mourne Clinical People Team
"""
add(dict(
    kind=MOVE, name="ats_cancelled_by_employer", lang="en",
    company="Mourne Clinical", contact="ellen.mcconville@mourneclinical.example.co.uk",
    key="t17_cancel", parent="t17_invite",
    frm=("Mourne Clinical", "notifications@bamboohr.com"),
    reply_to=("Ellen McConville", "ellen.mcconville@mourneclinical.example.co.uk"),
    date="2026-02-23 07:58 +0000",
    subject="Cancelled: Phone call - Clinical Trial Assistant",
    text=_t,
    html=ats_card("Mourne Clinical", "#73ac3e", html_paras(_t)),
))

# ======================================================= interview_reschedule_or_cancel, de/fr/es

_t = """Sehr geehrte Frau Ferreira-Blake,

leider muss ich unser Gespräch am Dienstag, 14. April, verschieben: Dr. Kowalski ist an diesem Tag kurzfristig bei einem Audit in Cork gebunden.

Neuer Termin: Donnerstag, 16. April 2026, 15:00 Uhr MESZ (14:00 Uhr in Irland), gleicher Teams-Link.

Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt. Entschuldigen Sie die Umstände!

Mit freundlichen Grüßen
Katrin Vogelsang
HR Business Partner
Elbtal Medizintechnik GmbH
Tel. +49 351 555 4420
"""
add(dict(
    kind=MOVE, name="terminverschiebung_latin1", lang="de",
    company="Elbtal Medizintechnik", contact="k.vogelsang@elbtal-mt.example.de",
    key="t8_moved", parent="t8_invite",
    frm=("Katrin Vogelsang", "k.vogelsang@elbtal-mt.example.de"),
    date="2026-04-09 08:44 +0200",
    subject="Terminverschiebung: Ihr Gespräch am 14.04.",
    subject_enc=("iso-8859-1", "Q"),
    text=_t, charset="iso-8859-1", cte="8bit",
))

_t = """Hallo Frau Ferreira-Blake,

ich muss unser Telefoninterview morgen um 14:00 Uhr leider absagen. Unsere Teamleitung in Dublin ist kurzfristig ausgefallen, und ich möchte das Gespräch nicht ohne sie führen.

Ihre Bewerbung bleibt selbstverständlich im Prozess. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Viele Grüße
Maximilian Huber
Isar Clinical Operations GmbH
"""
add(dict(
    kind=MOVE, name="teams_absage_method_cancel", lang="de",
    company="Isar Clinical Operations", contact="m.huber@isar-clinops.example.de",
    key="t11_cancel", parent="t11_invite",
    frm=("Maximilian Huber", "m.huber@isar-clinops.example.de"),
    date="2026-08-17 16:20 +0200",
    subject="Abgesagt: Telefoninterview Clinical Trial Assistant (Dublin)",
    text=_t, html=word_html(html_paras(_t), "de-DE"),
    ics=dict(method="CANCEL", uid="c217-isar-phone-0818@isar-clinops.example.de", seq=2,
             start="2026-08-18 14:00 +0200", end="2026-08-18 14:30 +0200",
             summary="Abgesagt: Telefoninterview O. Ferreira-Blake",
             organizer=("Maximilian Huber", "m.huber@isar-clinops.example.de")),
))

_t = """Bonjour Madame Ferreira-Blake,

Je suis au regret de devoir annuler notre entretien de jeudi 19 mars à 10h : le Dr Morel est mobilisé toute la journée par une inspection de l'ANSM, décidée cette semaine.

Il ne s'agit en aucun cas d'une décision sur votre candidature. Je reviendrai vers vous dès que possible pour fixer un nouveau créneau.

Vous trouverez ci-joint l'annulation de l'invitation pour votre agenda.

Bien cordialement,

Mathilde Reynaud
Chargée de recrutement
Centre d'Investigation Clinique Confluence
"""
add(dict(
    kind=MOVE, name="annulation_ics_cancel", lang="fr",
    company="Centre d'Investigation Clinique Confluence",
    contact="mathilde.reynaud@cic-confluence.example.fr",
    key="t2_cancel", parent="t2_invite",
    frm=("Mathilde Reynaud", "mathilde.reynaud@cic-confluence.example.fr"),
    date="2026-03-17 17:55 +0100",
    subject="Annulé : entretien – coordinatrice d'études cliniques (jeu. 19 mars 10h)",
    subject_enc=("utf-8", "Q"),
    text=_t,
    ics=dict(method="CANCEL", uid="c217-cic-entretien-0319@cic-confluence.example.fr", seq=1,
             start="2026-03-19 10:00 +0100", end="2026-03-19 10:45 +0100",
             summary="Annulé : Entretien - coordinatrice d'études cliniques",
             organizer=("Mathilde Reynaud", "mathilde.reynaud@cic-confluence.example.fr"),
             placement="attach", filename="annulation.ics"),
))

_t = """Madame,

Pour des raisons d'organisation, votre entretien avec la commission de recrutement pour le poste de Technicienne d'études cliniques (réf. HF-2026-027), initialement prévu le jeudi 5 février 2026 à 14h00, est reporté au :

jeudi 12 février 2026 à 9h30
même lieu : bâtiment Saint-Irénée, salle du conseil

Merci de confirmer votre disponibilité depuis votre espace candidat. Pour toute question, contactez M. Rachid Benali, gestionnaire recrutement.

La Direction des Ressources Humaines
Hospices de Fourvière
"""
add(dict(
    kind=MOVE, name="taleo_report_entretien", lang="fr",
    company="Hospices de Fourvière", contact="rachid.benali@hospices-fourviere.example.fr",
    key="t22_moved", parent="t22_invite",
    frm=("Hospices de Fourvière - Recrutement", "noreply@taleo.net"), frm_enc=("utf-8", "B"),
    reply_to=("Rachid Benali", "rachid.benali@hospices-fourviere.example.fr"),
    date="2026-02-02 12:04 +0100",
    subject="Report de votre entretien – réf. HF-2026-027",
    subject_enc=("utf-8", "Q"),
    text=_t + "\nRéponses : rachid.benali@hospices-fourviere.example.fr\n",
    html=ats_card("Hospices de Fourvière", "#8d0801",
                  html_paras(_t + "\nRéponses : rachid.benali@hospices-fourviere.example.fr\n"),
                  footer="Hospices de Fourvière, 8 place de Fourvière, 69005 Lyon", lang="fr"),
))

_t = """Hola Oonagh:

Te escribo porque el Dr. Prieto tiene comité ético el miércoles por la mañana y no llega a las 10:00. ¿Podríamos pasar la entrevista al mismo miércoles 20 de mayo a las 12:30? Sería en el mismo sitio, Paseo de la Florida 12.

Si te complica, dime y buscamos otra opción esa semana.

Un saludo,
Lucía

Lucía Benítez
Responsable de Personas
Fundación Manzanares para la Investigación Clínica

""" + attribution("es", "2026-05-12 21:03", *ME) + "\n" + quote("""Hola Lucía:

Muchas gracias por la invitación. Confirmo mi asistencia el miércoles 20 de mayo a las 10:00 en la Fundación.

Un saludo,
Oonagh""")
add(dict(
    kind=MOVE, name="cambio_de_hora", lang="es",
    company="Fundación Manzanares para la Investigación Clínica",
    contact="lucia.benitez@fmic.example.es",
    key="t4_moved", parent="t4_invite",
    frm=("Lucía Benítez", "lucia.benitez@fmic.example.es"), frm_enc=("iso-8859-1", "B"),
    date="2026-05-18 10:07 +0200",
    subject="RE: Entrevista – Coordinadora de Ensayos Clínicos",
    subject_enc=("utf-8", "Q", "RE: "),
    text=_t,
))

_t = """Estimada Sra. Ferreira-Blake:

Por motivos de agenda de la comisión de selección, la entrevista del proceso HUR-UEC-09/26 prevista para el martes 15 de septiembre queda aplazada al martes 22 de septiembre de 2026, a las 11:00, en la misma sala.

Le rogamos que nos confirme su disponibilidad para la nueva fecha.

Disculpe las molestias.

Atentamente,

Marta Ortega Villalba
Unidad de Selección – Recursos Humanos
Hospital Universitario Retiro
"""
add(dict(
    kind=MOVE, name="aplazamiento_comision", lang="es",
    company="Hospital Universitario Retiro", contact="marta.ortega@huretiro.example.es",
    key="t14_moved", parent="t14_invite",
    frm=("Marta Ortega Villalba", "marta.ortega@huretiro.example.es"),
    date="2026-09-14 13:30 +0200",
    subject="Aplazamiento de entrevista - HUR-UEC-09/26",
    subject_enc=("iso-8859-1", "B"),
    text=_t.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable",
))

# ================================================================= missed_interview_notice

_t = """Hi Oonagh,

We had you down for a video interview at 14:00 today and waited on Teams for about 20 minutes, but you didn't join. I also tried your mobile once.

Could you let me know what happened? If something came up, reply and we'll see what we can do.

Femke

Femke de Wit
Talent Acquisition | Rijnland Trial Partners B.V.
"""
add(dict(
    kind=MISS, name="waited_on_teams", lang="en",
    company="Rijnland Trial Partners", contact="femke.dewit@rijnlandtrials.example.nl",
    key="t3_missed", parent="t3_invite",
    frm=("Femke de Wit", "femke.dewit@rijnlandtrials.example.nl"),
    date="2026-04-15 14:31 +0200",
    subject="Your interview today",
    text=_t,
))

_t = """Dear Oonagh,

We were expecting you at 09:30 this morning for the assessment centre for the Clinical Trial Coordinator post. We started the written exercise at 09:45 with the other candidates, and by the time the group task began at 10:30 you hadn't arrived. We couldn't reach you on the mobile number on your application.

I hope everything is all right. Please get in touch when you can.

Best wishes,
Morag

Morag Sinclair
Recruitment and Workforce Coordinator
Lothian Clinical Trials Unit, University of Lothian
0131 555 6012
"""
add(dict(
    kind=MISS, name="assessment_centre_no_arrival", lang="en",
    company="University of Lothian", contact="morag.sinclair@lothian-uni.example.ac.uk",
    key="t6_missed", parent="t6_invite",
    frm=("Morag Sinclair", "morag.sinclair@lothian-uni.example.ac.uk"),
    date="2026-07-01 10:52 +0100",
    subject="Assessment centre today - are you OK?",
    text=_t, html=simple_html(html_paras(_t)),
))

_t = """Hi Oonagh,

I tried calling you twice at 10:00 this morning for our phone screen (10:00 and again at 10:08) but it went straight to voicemail both times.

No harm done. If you're still interested in the Clinical Trial Associate role, drop me a line with a couple of times later this week and I'll try again.

Cheers,
Callum

Callum Rennie
Talent Acquisition, Caledonia Research Partners
"""
add(dict(
    kind=MISS, name="tried_calling_twice", lang="en",
    company="Caledonia Research Partners", contact="callum.rennie@caledoniarp.example.co.uk",
    key="t16_missed", parent="t16_moved",
    frm=("Callum Rennie", "callum.rennie@caledoniarp.example.co.uk"),
    date="2026-08-11 10:24 +0100",
    subject="Missed you this morning",
    text=_t,
))

_t = """Hi Oonagh,

Blarney Diagnostics have just been on to me. Their lab manager dialled in to the Teams call at 2pm as arranged and sat there until 2:20, but there was no sign of you. I've tried your mobile a couple of times since.

Can you give me a shout as soon as you see this? If it was a tech problem or a mix-up over the time, I can probably smooth it over, but I need to get back to them today.

Sinéad

Sinéad O'Mahony
Consultant, Life Sciences | Westpoint Life Science Recruitment
3 Lapps Quay, Cork | M: +353 86 555 0617
"""
add(dict(
    kind=MISS, name="agency_client_waited", lang="en",
    company="Blarney Diagnostics", contact="sinead.omahony@westpointrecruit.example.ie",
    frm=("Sinéad O'Mahony", "sinead.omahony@westpointrecruit.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    date="2026-08-19 14:41 +0100",
    subject="Blarney Diagnostics - what happened at 2?",
    text=_t,
))

_t = """Dear Oonagh,

The interview panel for the Clinical Research Coordinator post (UICS-2026-114) was ready for your video interview at 11:20 this morning. The link was open until 11:40, but you did not join, and we have no message from you in your candidate account.

If you had a technical problem, please reply today with a short explanation. The panel has a small amount of time on Thursday afternoon, but we can't promise a new slot.

Regards,
Deirdre Magee
Recruitment Team, Ulster Institute of Clinical Science
028 9555 0880
"""
add(dict(
    kind=MISS, name="panel_link_open_not_joined", lang="en",
    company="Ulster Institute of Clinical Science",
    contact="deirdre.magee@uics.example.co.uk", key="t26_missed", parent="t26_invite",
    frm=("Deirdre Magee", "deirdre.magee@uics.example.co.uk"),
    date="2026-03-31 11:58 +0100",
    subject="UICS-2026-114 - your interview this morning",
    text=_t,
))

_t = """Hi Oonagh,

I rang at 3pm as we'd booked for the phone screen but didn't get an answer. I left a voicemail too. I'll hold the slot open for the next half-hour in case you're just running late: ring me on 028 9555 7712.

Conor

""" + attribution("en", "2026-03-02 12:10", *ME) + "\n" + quote("""Hi Conor,

Thursday at 3pm is perfect, thank you. Talk then.

Oonagh""")
add(dict(
    kind=MISS, name="rang_left_voicemail", lang="en",
    company="Mourne Clinical", contact="conor.mcateer@mourneclinical.example.co.uk",
    key="t17_missed", parent="t17_cancel",
    frm=("Conor McAteer", "conor.mcateer@mourneclinical.example.co.uk"),
    date="2026-03-05 15:12 +0000",
    subject="Re: Phone screen - Clinical Trial Assistant",
    text=_t,
))

_t = """Hallo Frau Ferreira-Blake,

wir waren heute um 14:00 Uhr zum Telefoninterview verabredet (Ihr Vorschlag vom 18. August). Ich habe Sie zweimal angerufen, um 14:00 und um 14:10 Uhr, Sie aber leider nicht erreicht. Auf der Mailbox habe ich eine Nachricht hinterlassen.

Bitte melden Sie sich kurz, ob bei Ihnen alles in Ordnung ist.

Viele Grüße
Maximilian Huber
Isar Clinical Operations GmbH
Tel. +49 89 555 2147
"""
add(dict(
    kind=MISS, name="nicht_erreicht", lang="de",
    company="Isar Clinical Operations", contact="m.huber@isar-clinops.example.de",
    key="t11_missed", parent="t11_own_times",
    frm=("Maximilian Huber", "m.huber@isar-clinops.example.de"),
    date="2026-08-26 14:35 +0200",
    subject="Telefoninterview heute 14 Uhr – nicht erreicht",
    subject_enc=("utf-8", "Q"),
    text=_t,
))

_t = """Bonjour Oonagh,

On s'était donné rendez-vous en visio ce matin à 11h : je vous ai attendue sur Teams jusqu'à 11h25, sans nouvelles. J'espère que tout va bien de votre côté !

Dites-moi si vous voulez qu'on reprogramme. J'ai encore des disponibilités mardi et mercredi prochains.

Julien
"""
add(dict(
    kind=MISS, name="attendue_sur_teams", lang="fr",
    company="Saône Recherche Clinique", contact="julien.marchetti@saonerc.example.fr",
    key="t13_missed", parent="t13_invite",
    frm=("Julien Marchetti", "julien.marchetti@saonerc.example.fr"),
    date="2026-06-12 11:31 +0200",
    subject="Notre visio de ce matin",
    text=_t,
))

_t = """Madame,

Vous étiez attendue ce mardi 8 septembre à 14h30 à la Clinique des Brotteaux pour votre entretien avec l'unité de recherche clinique. Nous ne vous avons pas vue et n'avons reçu aucun message de votre part. Notre secrétariat a tenté de vous joindre à 14h45.

Merci de nous indiquer rapidement si vous souhaitez maintenir votre candidature.

Cordialement,

Dr Alain Perrichon
Responsable de l'unité de recherche clinique
Clinique des Brotteaux
"""
add(dict(
    kind=MISS, name="clinique_absente_latin1", lang="fr",
    company="Clinique des Brotteaux", contact="a.perrichon@clinique-brotteaux.example.fr",
    key="t25_missed",
    frm=("Dr Alain Perrichon", "a.perrichon@clinique-brotteaux.example.fr"),
    date="2026-09-08 16:02 +0200",
    subject="Entretien du 8 septembre",
    text=_t, charset="iso-8859-1", cte="8bit",
))

_t = """Hola Oonagh,

Beatriz, de Castellana Trials, me acaba de escribir: te estuvo esperando en el Meet de las 16:00 un cuarto de hora y no llegaste a conectarte. Yo te he llamado dos veces al móvil y salta el buzón.

¿Ha pasado algo? Escríbeme o llámame en cuanto puedas, a ver si todavía podemos recuperarlo.

Iñaki
+34 655 55 19 03
"""
add(dict(
    kind=MISS, name="agency_cliente_esperando", lang="es",
    company="Castellana Trials", contact="inaki.zubiri@talentosanitario.example.es",
    key="t23_missed", parent="t23_invite",
    frm=("Iñaki Zubiri", "inaki.zubiri@talentosanitario.example.es"),
    date="2026-02-24 16:28 +0100",
    subject="¿Todo bien? La entrevista de las 16:00",
    subject_enc=("utf-8", "B"),
    text=_t,
))
