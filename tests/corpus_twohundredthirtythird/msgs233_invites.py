"""Corpus 233, interviews: 26 invitations, 15 reschedules/cancellations, 10 missed-interview notes."""

from __future__ import annotations

from msgs233_common import (
    CAND_ADDR,
    CAND_NAME,
    add,
    ats_card,
    outlook_html,
    paras,
    plain_html,
    reply,
)

INV = "interview_invitation"
RS = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

HAL = ("Gemma Sutcliffe", "gemma.sutcliffe@halvernpharma.example.co.uk")
HAL_SIG = """\
Gemma Sutcliffe
Talent Acquisition Advisor
Halvern Pharma Ltd | Halvern House, 40 Castle Boulevard, Nottingham NG7 1FT
T: 0115 496 0733 | www.halvernpharma.example.co.uk"""

# =========================================================================================
# interview_invitation (15 en, 4 de, 4 fr, 3 es)
# =========================================================================================

# I1 -- Halvern: panel invite from Outlook with an inline METHOD:REQUEST part -----------
_i1 = f"""\
Dear Priyanka,

Thank you for your application for the Medical Sales Representative \u2013 Nottingham & Derby role. I'm delighted to let you know that the hiring team would like to invite you to a first-stage interview.

Date: Wednesday 16 September 2026
Time: 10:00 \u2013 11:00
Place: Halvern House, 40 Castle Boulevard, Nottingham NG7 1FT (ask for me at reception)
Panel: Alistair Moyo (Area Sales Manager, East Midlands) and myself

The conversation will be competency based, and Alistair will also ask you to talk us through a recent example of persuading a GP or pharmacist to change a habit. There is visitor parking behind the building.

Please accept the calendar invitation to confirm, or let me know if the time doesn't suit.

Kind regards,

{HAL_SIG}"""
add(kind=INV, slug="halvern_panel_outlook_ics_request", lang="en", key="hal_inv",
    company="Halvern Pharma", contact=HAL[1], frm=HAL,
    subject="Interview invitation \u2013 Medical Sales Representative, Nottingham & Derby",
    date="2026-09-08 11:20", parent="hal_ack",
    text=_i1 + "\n", html=outlook_html(paras(_i1)),
    attach=[dict(type="ics", method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000hal0916",
                 seq=0, start="2026-09-16 10:00", end="2026-09-16 11:00", zone="uk",
                 summary="Interview: Priyanka Delacroix-Hughes \u2013 Medical Sales Representative",
                 location="Halvern House, 40 Castle Boulevard, Nottingham NG7 1FT",
                 organizer=HAL, mode="alt")],
    headers=[("X-MS-Has-Attach", "no"), ("X-MS-TNEF-Correlator", "")])

# I2 -- Kestrel via Greenhouse: self-scheduling link ------------------------------------------
_i2 = """\
Hi Priyanka,

Thanks for your application to Kestrel Medtech! We'd love to get you in for a 45-minute video interview for the Associate Territory Manager (West Midlands) role with Owen Hartley, our Regional Manager, and Farah Siddiqui from the clinical team.

Please pick a time that suits you using the link below. Slots are available from Tuesday 27 January.

https://app.greenhouse.io/scheduling/selection/8f41c2de7a0b4b7e9d0e?interview=45min

If none of the times work, just reply to this email and I'll find something else.

Best,
Nadia Brookes
Talent Partner, Kestrel Medtech"""
add(kind=INV, slug="greenhouse_pick_a_slot", lang="en", key="kes_inv",
    company="Kestrel Medtech", contact="nadia.brookes@kestrelmedtech.example.com",
    frm=("Nadia Brookes via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Nadia Brookes", "nadia.brookes@kestrelmedtech.example.com"),
    subject="Kestrel Medtech: let's schedule your interview",
    date="2026-01-20 14:02", parent="kes_ack",
    text=_i2 + "\n",
    html=ats_card("Kestrel Medtech", "#1e3a8a", paras(_i2),
                  "Kestrel Medtech Ltd \u00b7 3 Brindleyplace, Birmingham B1 2JB",
                  button=("Choose a time", "https://app.greenhouse.io/scheduling/selection/"
                          "8f41c2de7a0b4b7e9d0e?interview=45min")))

# I3 -- CSO recruiter phone-screen ask -----------------------------------------------------------
add(kind=INV, slug="cso_phone_screen_tomorrow_ten", lang="en", key="ori_inv",
    company="Orison Contract Sales", contact="dean.whitlock@orison-cso.example.com",
    frm=("Dean Whitlock", "dean.whitlock@orison-cso.example.com"),
    subject="Field Sales Representative \u2013 respiratory launch team",
    date="2026-02-10 15:37",
    text="""\
Hi Priyanka,

Thanks for sending your CV through for the respiratory launch team. I'd like to do a quick screening call to talk through your background and the territory (Birmingham north and Walsall).

Could I give you a ring tomorrow, Wednesday 11th, at 10:00? It should take about 20 minutes. I'll call the mobile number on your CV unless you tell me otherwise.

Kind regards,

Dean Whitlock
Senior Resourcing Partner
Orison Contract Sales Ltd
Colmore Gate, 2 Colmore Row, Birmingham B3 2QD
Direct: 0121 496 0741 | Mobile: 07700 900213
""")

# I4 -- agency sets up an interview with a named client --------------------------------------------
add(kind=INV, slug="agency_books_brindle_interview", lang="en", key="tre_inv",
    company="Brindle Diagnostics", contact="joanne.pickering@trentside-recruit.example.co.uk",
    frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
    subject="Brindle Diagnostics \u2013 interview confirmed for Tuesday 10th",
    date="2026-03-02 09:48", parent="tre_reg",
    text="""\
Hi Priyanka,

Great news \u2013 Brindle Diagnostics loved your CV and want to meet you for the Point-of-Care Sales Representative role.

I've provisionally booked you in for Tuesday 10 March at 2pm at their Leicester site (4 Bede Island Road, LE2 7EA). You'll meet Kieran Lowe, the Sales Manager, and it'll be about an hour. Expect questions on why diagnostics, how you'd handle a practice manager who says they're happy with their current supplier, and your experience running in-pharmacy testing for blood pressure and cholesterol.

Can you confirm you can make it? I'll send over some notes on Brindle's analyser range later this week.

Thanks,
Joanne

Joanne Pickering
Principal Consultant \u2013 Life Sciences
Trentside Healthcare Recruitment
Castle Marina Park, Nottingham NG7 1TN
T: 0115 496 0627 | M: 07700 900865
""")

# I5 -- Sheffield medtech, human invite ------------------------------------------------------------
add(kind=INV, slug="loxley_interview_attercliffe", lang="en", key="lox_inv",
    company="Loxley Medical", contact="craig.dunmore@loxleymedical.example.co.uk",
    frm=("Craig Dunmore", "craig.dunmore@loxleymedical.example.co.uk"),
    subject="Interview \u2013 Territory Sales Executive (South Yorkshire & Derbyshire)",
    date="2026-06-10 16:11", parent="lox_ack",
    text="""\
Hello Priyanka,

Thank you for your application. I'd like to invite you to interview for the Territory Sales Executive position covering South Yorkshire and north Derbyshire.

We'd see you on Wednesday 17 June at 11:00 at our office at Unit 3, Don Valley Works, Attercliffe Road, Sheffield S9 3RS. The interview will be with me and our Clinical Support Nurse, Amira Khan, and will last around an hour, including a short role-play on our catheter securement range. No presentation needed.

Please reply to confirm you can attend.

Regards,

Craig Dunmore
Sales Director
Loxley Medical Ltd
0114 496 0352
""")

# I6 -- Workable: assessment centre invite with a PDF pack --------------------------------------------
_i6 = """\
Dear Priyanka,

Thank you for your application for the Ophthalmic Sales Representative role. We are pleased to invite you to our assessment centre.

When: Friday 20 March 2026, 09:00 to 15:30 (lunch provided)
Where: Sorrel Ophthalmics, Friar Gate Studios, Derby DE1 1DA

The day includes a group territory-planning exercise, a role-play with an actor playing an optometrist, a 10-minute presentation (topic in the attached pack) and a short interview.

Please confirm your attendance by replying to this email by Monday 16 March and let me know about any adjustments you need.

Kind regards,
Harriet Obi
HR Business Partner, Sorrel Ophthalmics"""
add(kind=INV, slug="workable_assessment_centre_pdf", lang="en", key="sor_inv",
    company="Sorrel Ophthalmics", contact="harriet.obi@sorrel-ophthalmics.example.co.uk",
    frm=("Sorrel Ophthalmics", "noreply@workablemail.com"),
    reply_to=("Harriet Obi", "harriet.obi@sorrel-ophthalmics.example.co.uk"),
    subject="Invitation to our assessment centre \u2013 Friday 20 March",
    date="2026-03-11 10:27",
    text=_i6 + "\n",
    html=ats_card("Sorrel Ophthalmics", "#0f766e", paras(_i6),
                  "Sent with Workable on behalf of Sorrel Ophthalmics Ltd, Derby DE1 3QT."),
    attach=[dict(type="pdf", filename="Sorrel_Assessment_Centre_Pack.pdf",
                 title="Sorrel Ophthalmics - Assessment Centre Pack",
                 lines=["Friday 20 March 2026, 09:00 - 15:30, Friar Gate Studios, Derby",
                        "Presentation topic: launching a dry-eye product to independents",
                        "Timetable: 09:00 welcome; 09:30 group exercise; 11:00 role-play;",
                        "12:30 lunch; 13:15 presentations; 14:30 interviews."])])

# I7 -- Teamtailor: field ride-along trial day, human Reply-To -------------------------------------------
_i7 = """\
Hi Priyanka,

Thanks for your time on the phone last week. As the next step for the Wound Care Specialist role, we'd like to invite you to spend a day in the field with Mateo Ruiz, one of our specialists in the West Midlands.

Date: Wednesday 29 July
Start: 08:00 at Solihull railway station (Mateo will pick you up)
Finish: around 16:30

You'll shadow visits to district-nurse teams and a tissue-viability clinic. Please wear smart, comfortable shoes and bring photo ID. We'll reimburse your travel.

Just reply to let me know you can make it.

Freya Marsh
Talent Acquisition, Lindqvist Wound Care UK"""
add(kind=INV, slug="teamtailor_field_day_invite", lang="en", key="lind_inv",
    company="Lindqvist Wound Care", contact="freya.marsh@lindqvist-woundcare.example.se",
    frm=("Freya Marsh via Teamtailor", "no-reply@teamtailor-mail.com"),
    reply_to=("Freya Marsh", "freya.marsh@lindqvist-woundcare.example.se"),
    subject="Next step: a day in the field with Lindqvist",
    date="2026-07-14 13:03",
    text=_i7 + "\n",
    html=ats_card("Lindqvist Wound Care", "#334155", paras(_i7),
                  "Lindqvist Wound Care UK \u00b7 Blythe Valley Park, Solihull B90 8AJ"))

# I8 -- casual chat ask ------------------------------------------------------------------------------------
add(kind=INV, slug="casual_free_thursday_to_chat", lang="en", key="sen_chat",
    company="Sentinel Cardio", contact="marcus.eady@sentinelcardio.example.com",
    frm=("Marcus Eady", "marcus.eady@sentinelcardio.example.com"),
    subject="Catch-up about the Birmingham South role",
    date="2026-05-26 18:40",
    text="""\
Hi Priyanka,

Your CV landed on my desk via our careers page and I liked what I saw. Are you free Thursday to chat? Nothing formal, half an hour on the phone or a coffee at Grand Central if you're in Birmingham, whichever's easier. Anytime after 2 works for me.

Cheers,
Marcus

Marcus Eady
Regional Sales Manager, Midlands
Sentinel Cardio UK
07700 900377
""")

# I9 -- Ashby: phone screen scheduling, system sender only ---------------------------------------------------
_i9 = """\
Hi Priyanka,

Thanks for applying to the Associate Sales Representative, Trauma & Orthopaedics role at Veridian Orthopaedics.

Ellie Tranter from our Talent team would like to schedule a 30-minute phone screen with you. Please choose a time that works for you:

https://app.ashbyhq.com/interview-scheduling/veridian/6c1e0d5b-77a2-4f3e-9d13

Times are shown in your local time zone.

Veridian Orthopaedics Recruiting"""
add(kind=INV, slug="ashby_schedule_phone_screen", lang="en", key="vdn_inv",
    company="Veridian Orthopaedics", contact="",
    frm=("Veridian Orthopaedics", "no-reply@ashbyhq.com"),
    subject="Schedule your phone screen with Veridian Orthopaedics",
    date="2026-04-20 08:15", tz="+0000",
    text=_i9 + "\n",
    html=ats_card("Veridian Orthopaedics", "#7c3aed", paras(_i9),
                  "Sent via Ashby. This mailbox is not monitored.",
                  button=("Pick a time", "https://app.ashbyhq.com/interview-scheduling/"
                          "veridian/6c1e0d5b-77a2-4f3e-9d13")))

# I10 -- Hartwell: panel invite, Outlook calendar REQUEST as an attachment --------------------------------------
_i10 = """\
Dear Priyanka,

I'm pleased to invite you to a panel interview for the Territory Sales Representative role on Thursday 2 July at 10:30 at our Nottingham office (Unit 9, Nottingham Business Park, NG8 6PY).

The panel will be myself, our Head of Sales, Ruth Camm, and a senior optometrist, Dev Mistry. Please prepare a ten-minute presentation on how you would introduce a daily disposable lens to an independent practice. A screen and clicker will be available; please bring your slides on a USB stick.

The calendar invitation is attached. Do let me know if you need anything.

Kind regards,

Simon Achebe
Sales Operations Manager
Hartwell Vision UK | Unit 9, Nottingham Business Park, NG8 6PY
T 0115 496 0990"""
add(kind=INV, slug="hartwell_panel_ics_attached", lang="en", key="hart_inv",
    company="Hartwell Vision", contact="simon.achebe@hartwellvision.example.co.uk",
    frm=("Simon Achebe", "simon.achebe@hartwellvision.example.co.uk"),
    subject="Panel interview \u2013 Territory Sales Representative, Contact Lenses",
    date="2026-06-22 09:14",
    text=_i10 + "\n", html=outlook_html(paras(_i10)),
    attach=[dict(type="ics", method="REQUEST", uid="hartwell-panel-2026-07-02-tsr",
                 seq=0, start="2026-07-02 10:30", end="2026-07-02 11:30", zone="uk",
                 summary="Panel interview \u2013 P. Delacroix-Hughes",
                 location="Hartwell Vision UK, Unit 9, Nottingham Business Park",
                 organizer=("Simon Achebe", "simon.achebe@hartwellvision.example.co.uk"),
                 description="Ten-minute presentation followed by panel questions.",
                 mode="attach", filename="Panel interview.ics")])

# I11 -- SmartRecruiters one-way video interview ----------------------------------------------------------------
_i11 = """\
Dear Priyanka,

Thank you for applying for the Healthcare Development Manager role. We would like to invite you to the next stage: a short recorded video interview.

You'll be asked four questions and will have up to three minutes to answer each one. You can practise as many times as you like before recording.

Please complete your video interview by 23:59 on Thursday 2 April 2026:
https://fosse.smartrecruiters.com/video-interview/start?token=af91c0e2b6

Good luck!
Fosse Healthcare Partners Recruitment"""
add(kind=INV, slug="smartrecruiters_video_interview", lang="en", key="fosse_video",
    company="Fosse Healthcare Partners", contact="",
    frm=("Fosse Healthcare Partners", "noreply@smartrecruiters.com"),
    subject="Next step: your video interview for Healthcare Development Manager",
    date="2026-03-25 12:00", tz="+0000",
    text=_i11 + "\n",
    html=ats_card("Fosse Healthcare Partners", "#5b2a86", paras(_i11),
                  "Powered by SmartRecruiters \u00b7 Fosse Healthcare Partners, Grove Park, "
                  "Leicester LE19 1SA",
                  button=("Start video interview",
                          "https://fosse.smartrecruiters.com/video-interview/start?token=af91c0e2b6")))

# I12 -- SuccessFactors Teams interview, iso-8859-1 body -----------------------------------------------------------
add(kind=INV, slug="successfactors_teams_interview_iso", lang="en", key="amb_inv",
    company="Amberleigh Biologics", contact="",
    frm=("Amberleigh Biologics Careers", "noreply@successfactors.eu"),
    subject="Amberleigh Biologics - interview invitation (Req 7731)",
    date="2026-05-05 09:00", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Dear Priyanka Delacroix-Hughes,

We are pleased to invite you to an interview for the position of Specialty Representative - Immunology (Birmingham & Black Country), salary £36,000 - £40,000.

Date: Wednesday 13 May 2026
Time: 14:00 - 14:45 (UK time)
Format: Microsoft Teams video call
Interviewer: Connor Blake, Regional Business Manager
Join link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_amb7731/0

Please join five minutes early and make sure your camera and microphone work. A copy of your CV is not required.

Yours sincerely,
Amberleigh Biologics Talent Acquisition
Amberleigh Biologics Ltd · Raynesway, Derby DE21 7BE

Please do not reply to this e-mail. This mailbox is not monitored.
""")

# I13 -- Málaga role in English, Google Calendar style (inline + attached .ics) ---------------------------------------
_i13 = """\
Hi Priyanka,

Good to hear from you, and thanks for the detail on your pharmacy experience. I'd like to set up a video interview for the Sales Representative \u2013 Andalucía Oriental role, which works in English with our UK and Irish distributor accounts as well as with Spanish hospitals.

How about Wednesday 26 August at 10:00 Málaga time (09:00 in the UK)? It'll be on Teams, about 45 minutes, with me and our country manager, Inés Carmona. I've sent a calendar invitation; please accept it if the time works.

Best,
Daniel

Daniel Whitfield
Sales Manager, Southern Spain
Costasol Medtech \u00b7 Parque Tecnológico de Andalucía, Málaga
+34 952 96 04 66"""
add(kind=INV, slug="costasol_english_teams_invite", lang="en", key="cos_inv",
    company="Costasol Medtech", contact="daniel.whitfield@costasol-medtech.example.es",
    frm=("Daniel Whitfield", "daniel.whitfield@costasol-medtech.example.es"),
    subject="Video interview \u2013 Sales Representative, Andalucía Oriental",
    date="2026-08-17 12:31", tz="cet",
    text=_i13 + "\n", html=plain_html(paras(_i13)),
    attach=[dict(type="ics", method="REQUEST", uid="7kq2v0fj3m1lq8costasol@google.com",
                 seq=0, start="2026-08-26 10:00", end="2026-08-26 10:45", zone="cet",
                 summary="Interview \u2013 Priyanka Delacroix-Hughes (Sales Rep AO)",
                 location="Microsoft Teams",
                 organizer=("Daniel Whitfield", "daniel.whitfield@costasol-medtech.example.es"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN", mode="both")])

# I14 -- Google Calendar invitation from the hiring office ---------------------------------------------------------
_i14 = """\
Rachel Ng has invited you to an event.

Interview \u2013 Sales Representative (Tollerton Medical)
When: Wednesday 11 March 2026 \u22c5 14:00 \u2013 15:00 (Greenwich Mean Time - London)
Where: Tollerton Medical, 8 Ascot Drive, Derby DE24 8GW
Organiser: rachel.ng@tollerton-medical.example.co.uk

Hi Priyanka, as discussed on the phone, here's the invite for your interview with Mr Kaur and me. Please bring your driving licence as the role includes a company car. Rachel

Reply for priyanka.dh@example.co.uk: Yes / No / Maybe

Invitation from Google Calendar"""
add(kind=INV, slug="google_calendar_invitation_tollerton", lang="en", key="tol_inv",
    company="Tollerton Medical", contact="rachel.ng@tollerton-medical.example.co.uk",
    frm=("Rachel Ng", "rachel.ng@tollerton-medical.example.co.uk"),
    subject="Invitation: Interview \u2013 Sales Representative (Tollerton Medical) @ Wed 11 Mar 2026 14:00 - 15:00 (GMT)",
    date="2026-02-27 10:05",
    text=_i14 + "\n", html=plain_html(paras(_i14)),
    attach=[dict(type="ics", method="REQUEST", uid="1v9d0u6fn2tollerton@google.com",
                 seq=0, start="2026-03-11 14:00", end="2026-03-11 15:00", zone="uk",
                 summary="Interview \u2013 Sales Representative (Tollerton Medical)",
                 location="Tollerton Medical, 8 Ascot Drive, Derby DE24 8GW",
                 organizer=("Rachel Ng", "rachel.ng@tollerton-medical.example.co.uk"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN", mode="both")])

# I15 -- Taleo with recruiter Reply-To: second-stage telephone interview ---------------------------------------------
add(kind=INV, slug="taleo_second_stage_phone", lang="en", key="bw_inv",
    company="Brightwater Consumer Health", contact="owen.pryce@brightwater-health.example.co.uk",
    frm=("Brightwater Consumer Health", "brightwater@taleo.net"),
    reply_to=("Owen Pryce", "owen.pryce@brightwater-health.example.co.uk"),
    subject="Key Account Manager - Pharmacy Chains (Req. 26-0388): telephone interview",
    date="2026-06-29 16:20",
    text="""\
Dear Priyanka,

Thank you for completing the online assessment for the Key Account Manager - Pharmacy Chains (Midlands) position. We would like to invite you to a telephone interview with Owen Pryce, Recruitment Partner.

Date and time: Monday 6 July 2026, 14:00 (UK time)
Duration: approximately 30 minutes
Owen will call you on 07700 900418.

If this time is not convenient, please reply to this message and Owen will offer an alternative.

Kind regards,
Brightwater Talent Services
""")

# I16 -- German: Rheinmedic, ics attached (Outlook) -----------------------------------------------------------------
_i16 = """\
Sehr geehrte Frau Delacroix-Hughes,

vielen Dank für Ihre Bewerbung als Medizinprodukteberaterin (m/w/d) für die Region Köln/Düsseldorf. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 28. April 2026, 10:00 bis 11:30 Uhr
Ort: Rheinmedic GmbH, Vogelsanger Straße 104, 50823 Köln (Ehrenfeld), 3. OG
Gesprächspartner: Herr Markus Thelen (Vertriebsleiter West) und ich

Das Gespräch kann auf Deutsch oder Englisch geführt werden. Bitte bestätigen Sie uns den Termin kurz per E-Mail; die Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen

Sabine Brück
Personalreferentin
Rheinmedic GmbH | Vogelsanger Straße 104 | 50823 Köln
Tel. +49 221 4960 2207
Amtsgericht Köln HRB 71230 | Geschäftsführung: Dr. Helmut Kranz"""
add(kind=INV, slug="rheinmedic_einladung_ics", lang="de", key="rhe_inv",
    company="Rheinmedic", contact="sabine.brueck@rheinmedic.example.de",
    frm=("Sabine Brück", "sabine.brueck@rheinmedic.example.de"), from_enc=("iso-8859-1", "Q"),
    subject="Einladung zum Vorstellungsgespräch am 28. April",
    date="2026-04-20 13:45", parent="rhe_ack",
    text=_i16 + "\n", html=outlook_html(paras(_i16)),
    attach=[dict(type="ics", method="REQUEST", uid="rheinmedic-vg-20260428-pdh",
                 seq=0, start="2026-04-28 10:00", end="2026-04-28 11:30", zone="cet",
                 summary="Vorstellungsgespräch Frau Delacroix-Hughes",
                 location="Rheinmedic GmbH, Vogelsanger Straße 104, 50823 Köln",
                 organizer=("Sabine Brück", "sabine.brueck@rheinmedic.example.de"),
                 mode="attach", filename="Einladung.ics")])

# I17 -- German: phone interview ask ------------------------------------------------------------------------------------
add(kind=INV, slug="vitafield_telefoninterview_anfrage", lang="de", key="vita_inv",
    company="VitaField Vertrieb", contact="jana.kreuzer@vitafield.example.de",
    frm=("Jana Kreuzer", "jana.kreuzer@vitafield.example.de"),
    subject="Ihre Bewerbung – kurzes Telefonat diese Woche?",
    date="2026-06-22 09:33",
    text="""\
Hallo Priyanka,

vielen Dank für Ihre Bewerbung als Medizinprodukteberaterin im Außendienst. Ihr Werdegang aus der Apotheke passt gut zu unseren Kunden.

Hätten Sie am Donnerstag, 25. Juni, um 15 Uhr Zeit für ein etwa 30-minütiges Telefoninterview? Ich würde Sie unter der Nummer aus Ihrem Lebenslauf anrufen. Falls es nicht passt, schlagen Sie mir gern einen anderen Zeitpunkt vor.

Viele Grüße
Jana Kreuzer
Personalreferentin | VitaField Vertrieb GmbH
Hohenzollernring 57, 50672 Köln | +49 221 4960 3318
""")

# I18 -- German agency arranges an interview at the client ------------------------------------------------------------------
add(kind=INV, slug="agentur_termin_bei_agrippa", lang="de", key="agr_inv",
    company="Agrippa Medizintechnik", contact="katrin.severin@severin-lutz.example.de",
    frm=("Katrin Severin", "katrin.severin@severin-lutz.example.de"),
    subject="Vorstellungsgespräch bei Agrippa Medizintechnik am 25.08.",
    date="2026-08-14 11:50", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Liebe Frau Delacroix-Hughes,

wie eben telefonisch besprochen, bestätige ich Ihnen gern das Vorstellungsgespräch bei unserem Mandanten Agrippa Medizintechnik:

Dienstag, 25. August 2026, 10:00 Uhr
Agrippa Medizintechnik, Butzweilerhofallee 3, 50829 Köln
Ansprechpartner vor Ort: Herr Stefan Vogt, Leiter Vertrieb Klinik

Herr Vogt möchte mit Ihnen über Ihre Erfahrung in der Kundenberatung sprechen und Ihnen das Sortiment für Infusionstherapie vorstellen. Planen Sie bitte etwa 90 Minuten ein. Die Anreise mit der Bahn aus Nottingham sollten wir vorher noch einmal kurz durchgehen.

Herzliche Grüße
Katrin Severin

Severin & Lutz Personalberatung GmbH
Mediapark 8, 50670 Köln
Tel. +49 221 4960 7710
""")

# I19 -- German softgarden: selection day, iso-8859-1 Q subject -----------------------------------------------------------------
_i19 = """\
Guten Tag Frau Delacroix-Hughes,

herzlichen Dank für Ihre Bewerbung als Fachberater/in Medizinprodukte Klinik. Wir freuen uns, Sie zu unserem Auswahltag einzuladen.

Datum: Donnerstag, 6. August 2026
Uhrzeit: 09:30 bis ca. 15:00 Uhr
Ort: Medivent GmbH, Deutz-Mülheimer Str. 30, 51063 Köln

Der Tag besteht aus einer Unternehmenspräsentation, einer Fallstudie in Kleingruppen, einem Rollenspiel mit einer OP-Pflegekraft und einem Einzelgespräch. Bitte bestätigen Sie Ihre Teilnahme über den folgenden Link:

https://medivent.softgarden.io/de/application/confirm/5530921

Freundliche Grüße
Ihr Medivent Team"""
add(kind=INV, slug="softgarden_auswahltag", lang="de", key="medi_ac",
    company="Medivent", contact="",
    frm=("Medivent GmbH", "noreply@softgarden.io"),
    subject="Einladung zu unserem Auswahltag am 6. August", subject_enc=("iso-8859-1", "Q"),
    date="2026-07-27 15:02",
    text=_i19 + "\n",
    html=ats_card("Medivent", "#0369a1", paras(_i19),
                  "Medivent GmbH \u00b7 Deutz-Mülheimer Str. 30 \u00b7 51063 Köln \u00b7 "
                  "versendet über softgarden",
                  button=("Teilnahme bestätigen",
                          "https://medivent.softgarden.io/de/application/confirm/5530921")))

# I20 -- French: Vermandois Teams interview -------------------------------------------------------------------------------------
add(kind=INV, slug="vermandois_entretien_visio", lang="fr", key="ver_inv",
    company="Laboratoires Vermandois", contact="claire.dufresne@vermandois.example.fr",
    frm=("Claire Dufresne", "claire.dufresne@vermandois.example.fr"),
    subject="Entretien pour le poste de déléguée pharmaceutique \u2013 Lille Métropole",
    date="2026-03-23 10:40", parent="ver_ack",
    text="""\
Bonjour Priyanka,

Suite à l'examen de votre candidature, nous serions heureux d'échanger avec vous pour le poste de déléguée pharmaceutique sur le secteur Lille Métropole.

Je vous propose un entretien en visioconférence (Microsoft Teams) le mercredi 1er avril à 10h00 (heure de Paris), d'une durée d'environ 45 minutes, avec M. Olivier Deram, directeur régional des ventes, et moi-même.

Lien de connexion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_vermandois0401/0

Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,

Claire Dufresne
Responsable Ressources Humaines
Laboratoires Vermandois SAS
12 rue de la Monnaie, 59800 Lille
Tél. : +33 3 20 96 04 11
""")

# I21 -- French: field immersion (trial) day -------------------------------------------------------------------------------------
add(kind=INV, slug="journee_immersion_terrain", lang="fr", key="pf_inv",
    company="Pharmaflandres", contact="t.lemaire@pharmaflandres.example.fr",
    frm=("Thomas Lemaire", "t.lemaire@pharmaflandres.example.fr"),
    subject="Journée d'immersion",
    date="2026-02-18 17:55",
    text="""\
Bonjour Priyanka,

Comme convenu lors de notre échange téléphonique, je vous propose de passer une journée d'immersion terrain avec Julien Caron, délégué médical sur le secteur Lille-Roubaix-Tourcoing, le mardi 3 mars.

Rendez-vous à 8h30 devant la gare Lille-Flandres (sortie place des Buisses). Vous suivrez ses visites chez les médecins généralistes et en pharmacie, puis nous ferons un point ensemble à 17h au bureau.

C'est l'étape avant la décision finale pour le CDI de délégué(e) médical(e). Vos frais de train depuis l'Angleterre seront remboursés sur justificatif.

Merci de me confirmer votre présence.

Thomas Lemaire
Directeur régional \u2013 Pharmaflandres
06 21 96 04 90
""")

# I22 -- French agency sets up the client's interview ----------------------------------------------------------------------------
add(kind=INV, slug="cabinet_entretien_opaline", lang="fr", key="art_inv",
    company="Opaline Santé", contact="mathilde.roussel@artois-talents.example.fr",
    frm=("Mathilde Roussel", "mathilde.roussel@artois-talents.example.fr"),
    subject="Entretien chez Opaline Santé vendredi 29 mai",
    date="2026-05-22 12:14", parent="art_reg",
    text="""\
Bonjour Priyanka,

Bonne nouvelle : Opaline Santé souhaite vous rencontrer pour le poste de Chargée de clientèle dispositifs médicaux (Hauts-de-France).

L'entretien aura lieu le vendredi 29 mai à 14h00 dans leurs locaux, Tour Lilleurope, 11 parvis de Rotterdam, Euralille (7e étage), avec Mme Sandrine Vasseur, directrice commerciale. Comptez une heure environ.

Je vous envoie ce soir une fiche sur leur gamme stomie et incontinence, et je vous appelle lundi pour préparer l'entretien ensemble.

Bien à vous,

Mathilde Roussel
Consultante senior \u2013 Santé & Medtech
Cabinet Artois Talents
45 boulevard de la Liberté, 59000 Lille
06 12 96 04 77
""")

# I23 -- French Teamtailor: booking link only ----------------------------------------------------------------------------------------
_i23 = """\
Bonjour Priyanka,

Merci pour votre candidature au poste de Technico-commercial(e) matériel médical (Lille / Douai).

Nous aimerions en savoir plus sur vous lors d'un entretien téléphonique de 20 minutes avec notre chargée de recrutement. Choisissez le créneau qui vous convient :

https://nordmed.teamtailor.com/meetings/book/3f0c1a

À très bientôt,
L'équipe recrutement Nordmed Distribution"""
add(kind=INV, slug="teamtailor_reservez_creneau", lang="fr", key="nord_book",
    company="Nordmed Distribution", contact="",
    frm=("Nordmed Distribution", "no-reply@teamtailor-mail.com"),
    subject="Réservez votre entretien téléphonique", subject_enc=("utf-8", "B"),
    date="2026-04-22 14:30",
    text=_i23 + "\n",
    html=ats_card("Nordmed Distribution", "#be123c", paras(_i23),
                  "Nordmed Distribution \u00b7 Parc de la Haute Borne, 59650 Villeneuve-d'Ascq",
                  button=("Choisir un créneau", "https://nordmed.teamtailor.com/meetings/book/3f0c1a")))

# I24 -- Spanish: Alborán interview in person -------------------------------------------------------------------------------------------
add(kind=INV, slug="alboran_entrevista_presencial", lang="es", key="alb_inv",
    company="Distribuciones Sanitarias Alborán",
    contact="lucia.ortega@alboran-sanitaria.example.es",
    frm=("Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es"),
    from_enc=("iso-8859-1", "Q"),
    subject="Entrevista para el puesto de delegada comercial",
    date="2026-05-18 11:05", parent="alb_ack",
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Hola Priyanka:

Gracias por tu interés en Distribuciones Sanitarias Alborán. Nos gustaría conocerte en persona para el puesto de delegada comercial en la Costa del Sol.

Te proponemos el miércoles 27 de mayo a las 10:00 en nuestras oficinas del Polígono Industrial Trévenez (C/ Diderot 14, Málaga). Estarás con Jorge Palma, director comercial, y conmigo; la entrevista durará aproximadamente una hora y podrá hacerse en inglés si lo prefieres.

¿Nos confirmas si te viene bien?

Un saludo,
Lucía

Lucía Ortega Marín
Responsable de Personas
Distribuciones Sanitarias Alborán S.L.
Tel. 952 96 04 21
""")

# I25 -- Spanish Workday panel invite with calendar attachment ---------------------------------------------------------------------------
_i25 = """\
Estimada Priyanka:

Nos complace invitarle a una entrevista con panel para el puesto de Visitador/a Médico/a – Atención Primaria (Málaga Oriental).

Fecha: miércoles, 17 de junio de 2026
Hora: 11:00 – 12:15 (hora peninsular)
Lugar: Laboratorios Guadalmedina, Av. de Velázquez 210, 29004 Málaga
Panel: Gerente de Área, Responsable de Formación y un miembro del equipo de Talento

Encontrará adjunta la convocatoria de calendario. Puede confirmar su asistencia desde la página de candidato de Workday.

Atentamente,
Equipo de Talento
Laboratorios Guadalmedina, S.A."""
add(kind=INV, slug="workday_es_entrevista_panel_ics", lang="es", key="gua_inv",
    company="Laboratorios Guadalmedina", contact="",
    frm=("Laboratorios Guadalmedina", "guadalmedina@myworkday.com"),
    subject="Convocatoria de entrevista: Visitador/a Médico/a – Atención Primaria",
    subject_enc=("utf-8", "B"),
    date="2026-06-08 10:00", tz="+0000",
    text=_i25 + "\n",
    html=ats_card("Laboratorios Guadalmedina", "#15803d", paras(_i25),
                  "Mensaje automático enviado a través de Workday. No responda a este correo."),
    attach=[dict(type="ics", method="REQUEST", uid="WD-GUA-INT-000418-20260617",
                 seq=0, start="2026-06-17 11:00", end="2026-06-17 12:15", zone="cet",
                 summary="Entrevista panel – Visitador/a Médico/a",
                 location="Av. de Velázquez 210, 29004 Málaga",
                 organizer=("Laboratorios Guadalmedina", "guadalmedina@myworkday.com"),
                 prodid="-//Workday//Calendar//EN", mode="attach", filename="entrevista.ics")])

# I26 -- Spanish agency: "¿tienes 10 minutos el jueves?" -----------------------------------------------------------------------------------
add(kind=INV, slug="agencia_llamada_jueves", lang="es", key="tfs_call",
    company="Talento Farma Sur", contact="alvaro.benitez@talentofarmasur.example.es",
    frm=("Álvaro Benítez", "alvaro.benitez@talentofarmasur.example.es"),
    from_enc=("utf-8", "B"),
    subject="¿Hablamos el jueves?",
    date="2026-07-06 19:02",
    text="""\
Hola Priyanka,

Estoy llevando un proceso para un laboratorio cliente que busca delegado hospitalario en Málaga capital, y tu perfil me encaja para una primera conversación.

¿Tienes 10 minutos el jueves para una llamada? Te propongo las 11:00 (hora de aquí). Si te va mejor otra hora, dímelo y lo movemos.

Un saludo,
Álvaro

Álvaro Benítez
Consultor de Selección \u2013 Sector Salud
Talento Farma Sur
Tel. 951 96 04 18
""")

# =========================================================================================
# interview_reschedule_or_cancel (9 en, 2 de, 2 fr, 2 es)
# =========================================================================================

# RS1 -- Halvern: updated invite, SEQUENCE 1 ------------------------------------------------
_rs1 = f"""\
Dear Priyanka,

I'm sorry for the change at short notice. Alistair has been called to a regional meeting on Wednesday, so we need to move your interview.

New date: Friday 18 September 2026
New time: 14:00 \u2013 15:00
Location and panel are unchanged.

I've updated the calendar invitation. If Friday afternoon is difficult, reply and I'll look at the following week.

Kind regards,

{HAL_SIG}"""
add(kind=RS, slug="halvern_updated_invite_sequence1", lang="en", key="hal_move",
    company="Halvern Pharma", contact=HAL[1], frm=HAL,
    subject="Updated invitation: Interview \u2013 Medical Sales Representative (now Fri 18 Sep, 14:00)",
    date="2026-09-11 08:52", parent="hal_inv",
    text=_rs1 + "\n", html=outlook_html(paras(_rs1)),
    attach=[dict(type="ics", method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000hal0916",
                 seq=1, start="2026-09-18 14:00", end="2026-09-18 15:00", zone="uk",
                 summary="Interview: Priyanka Delacroix-Hughes \u2013 Medical Sales Representative",
                 location="Halvern House, 40 Castle Boulevard, Nottingham NG7 1FT",
                 organizer=HAL, mode="alt")])

# RS2 -- Greenhouse: system notice of a new time -------------------------------------------
_rs2 = """\
Hi Priyanka,

Your interview with Kestrel Medtech has been rescheduled.

Previous time: Tuesday, January 27, 2026, 11:00 AM \u2013 11:45 AM GMT
New time: Thursday, January 29, 2026, 3:00 PM \u2013 3:45 PM GMT
Interviewers: Owen Hartley, Farah Siddiqui
Location: Google Meet (link in your calendar invitation)

An updated calendar invitation has been sent to you.

Kestrel Medtech"""
add(kind=RS, slug="greenhouse_interview_rescheduled_notice", lang="en", key="kes_move",
    company="Kestrel Medtech", contact="",
    frm=("Kestrel Medtech", "no-reply@greenhouse-mail.io"),
    subject="Your interview with Kestrel Medtech has been rescheduled",
    date="2026-01-23 16:45", tz="+0000", parent="kes_inv",
    text=_rs2 + "\n",
    html=ats_card("Kestrel Medtech", "#1e3a8a", paras(_rs2),
                  "This email was sent by Greenhouse on behalf of Kestrel Medtech. "
                  "Please do not reply."))

# RS3 -- Orison: new slot after the missed call ------------------------------------------------
add(kind=RS, slug="cso_rebooked_friday_call", lang="en", key="ori_move",
    company="Orison Contract Sales", contact="dean.whitlock@orison-cso.example.com",
    frm=("Dean Whitlock", "dean.whitlock@orison-cso.example.com"),
    subject="RE: Field Sales Representative \u2013 respiratory launch team",
    date="2026-02-12 09:05", parent="ori_missed", parent_ext="ext:ori_sorry",
    text="""\
Hi Priyanka,

No harm done, phones on silent at work happen to the best of us! Let's go again: I've moved our call to Friday 13th at 11:30. I'll ring the same mobile number.

Kind regards,
Dean

Dean Whitlock | Senior Resourcing Partner | Orison Contract Sales Ltd
Direct: 0121 496 0741 | Mobile: 07700 900213
""")

# RS4 -- Loxley: confirms the candidate's requested new time, quoting her --------------------------
_lox_req = """\
Dear Craig,

Thank you very much for the invitation. I'm really pleased to have been selected.

Unfortunately I'm the only accredited pharmacy technician rostered at work on Wednesday 17th and can't get cover at this short notice. Would it be possible to come in on Thursday 18th or Friday 19th instead? I'm free at any time on either day.

Apologies for the inconvenience.

Kind regards,
Priyanka"""
add(kind=RS, slug="loxley_confirms_new_time_quoting_request", lang="en", key="lox_move",
    company="Loxley Medical", contact="craig.dunmore@loxleymedical.example.co.uk",
    frm=("Craig Dunmore", "craig.dunmore@loxleymedical.example.co.uk"),
    subject="Re: Interview \u2013 Territory Sales Executive (South Yorkshire & Derbyshire)",
    date="2026-06-11 14:26", parent="lox_req",
    text=reply("""\
Hello Priyanka,

Not a problem at all. Let's move it to Friday 19 June at 9:30, same place. Amira can do the morning too.

Regards,
Craig""", "en", CAND_NAME, CAND_ADDR, "Thu, 11 Jun 2026 at 07:58", _lox_req))

# RS5 -- Hartwell: METHOD:CANCEL, interviewer ill, not a rejection -----------------------------------
_rs5 = """\
Dear Priyanka,

I'm afraid Ruth Camm, our Head of Sales, is unwell and won't be back before the end of the week, so we have had to cancel Thursday's panel interview. I've withdrawn the calendar entry.

To be clear, this is only about the date: your application is still very much live and we want to see your presentation. I'll come back to you in the next few days with a new date, most likely in the week of 13 July.

Apologies for the disruption.

Kind regards,
Simon

Simon Achebe
Sales Operations Manager
Hartwell Vision UK | T 0115 496 0990"""
add(kind=RS, slug="hartwell_panel_cancelled_illness", lang="en", key="hart_cancel",
    company="Hartwell Vision", contact="simon.achebe@hartwellvision.example.co.uk",
    frm=("Simon Achebe", "simon.achebe@hartwellvision.example.co.uk"),
    subject="Cancelled: Panel interview \u2013 P. Delacroix-Hughes",
    date="2026-06-30 12:40", parent="hart_inv",
    text=_rs5 + "\n", html=outlook_html(paras(_rs5)),
    attach=[dict(type="ics", method="CANCEL", uid="hartwell-panel-2026-07-02-tsr",
                 seq=1, start="2026-07-02 10:30", end="2026-07-02 11:30", zone="uk",
                 summary="Cancelled: Panel interview \u2013 P. Delacroix-Hughes",
                 location="Hartwell Vision UK, Unit 9, Nottingham Business Park",
                 organizer=("Simon Achebe", "simon.achebe@hartwellvision.example.co.uk"),
                 mode="alt")],
    headers=[("Importance", "high")])

# RS6 -- Tollerton: 30 minutes later, short plain text ----------------------------------------------
add(kind=RS, slug="tollerton_half_an_hour_later", lang="en", key="tol_move",
    company="Tollerton Medical", contact="rachel.ng@tollerton-medical.example.co.uk",
    frm=("Rachel Ng", "rachel.ng@tollerton-medical.example.co.uk"),
    subject="Wednesday \u2013 small change of time",
    date="2026-03-09 12:02", parent="tol_inv",
    text="""\
Hi Priyanka,

Could we start at 14:30 on Wednesday rather than 14:00? Mr Kaur's delivery meeting has been moved and runs until then. I've updated the invite. Everything else stays the same.

Thanks,
Rachel
01332 496 015
""")

# RS7 -- Sentinel: push the chat to next week ---------------------------------------------------------
add(kind=RS, slug="sentinel_push_chat_next_week", lang="en", key="sen_push",
    company="Sentinel Cardio", contact="marcus.eady@sentinelcardio.example.com",
    frm=("Marcus Eady", "marcus.eady@sentinelcardio.example.com"),
    subject="Re: Catch-up about the Birmingham South role",
    date="2026-05-27 21:15", parent="sen_chat", parent_ext="ext:sen_yes",
    text=reply("""\
Hi Priyanka,

Sorry to do this \u2013 can we push Thursday's chat to next week? I've got a pacing clinic at City Hospital that's just been moved onto Thursday afternoon. I'll send you a couple of times on Monday.

Marcus""", "en", CAND_NAME, CAND_ADDR, "Tue, 26 May 2026 at 19:58", """\
Hi Marcus,

Thanks for getting in touch! Thursday at 3pm on the phone would be perfect.

Best wishes,
Priyanka"""))

# RS8 -- agency: client moves the interview ------------------------------------------------------------
add(kind=RS, slug="agency_brindle_moves_to_monday", lang="en", key="tre_move",
    company="Brindle Diagnostics", contact="joanne.pickering@trentside-recruit.example.co.uk",
    frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
    subject="RE: Brindle Diagnostics \u2013 interview confirmed for Tuesday 10th",
    date="2026-03-06 15:58", parent="tre_inv",
    text="""\
Hi Priyanka,

Slight change of plan: Kieran at Brindle has a product training day land on Tuesday, so they've asked to move your interview to Monday 16 March at 9:30, same address. He apologised and said it's purely a diary clash.

Can you do Monday morning? Let me know and I'll confirm with them.

Thanks,
Joanne
M: 07700 900865
""")

# RS9 -- Ashby: scheduled phone screen cancelled (METHOD:CANCEL), system sender -----------------------------
_rs9 = """\
Hi Priyanka,

Your phone screen with Ellie Tranter on Monday, April 27, 2026 at 2:00 PM BST has been cancelled.

Ellie will be in touch to arrange a new time. You don't need to do anything for now.

Veridian Orthopaedics Recruiting"""
add(kind=RS, slug="ashby_phone_screen_cancelled", lang="en", key="vdn_cancel",
    company="Veridian Orthopaedics", contact="",
    frm=("Veridian Orthopaedics", "no-reply@ashbyhq.com"),
    subject="Cancelled: Phone screen with Veridian Orthopaedics",
    date="2026-04-24 10:10", tz="+0000", parent="vdn_inv",
    text=_rs9 + "\n", html=ats_card("Veridian Orthopaedics", "#7c3aed", paras(_rs9),
                                    "Sent via Ashby. This mailbox is not monitored."),
    attach=[dict(type="ics", method="CANCEL", uid="ashby-veridian-screen-77a2",
                 seq=1, start="2026-04-27 14:00", end="2026-04-27 14:30", zone="uk",
                 summary="Phone screen: Priyanka Delacroix-Hughes / Veridian",
                 organizer=("Veridian Orthopaedics", "no-reply@ashbyhq.com"),
                 prodid="-//Ashby//Scheduling//EN", mode="both")])

# RS10 -- German: appointment cancelled (METHOD:CANCEL), application remains open ---------------------------
_rs10 = """\
Sehr geehrte Frau Delacroix-Hughes,

leider muss ich Ihnen mitteilen, dass unser Gesprächstermin am Dienstag, 28. April, entfallen muss. Herr Thelen ist kurzfristig für eine Kundenschulung in Hamburg eingeplant worden.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich in der kommenden Woche mit zwei neuen Terminvorschlägen bei Ihnen. Die Kalendereinladung habe ich storniert.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen

Sabine Brück
Personalreferentin
Rheinmedic GmbH | Vogelsanger Straße 104 | 50823 Köln
Tel. +49 221 4960 2207"""
add(kind=RS, slug="rheinmedic_termin_entfaellt_cancel", lang="de", key="rhe_cancel",
    company="Rheinmedic", contact="sabine.brueck@rheinmedic.example.de",
    frm=("Sabine Brück", "sabine.brueck@rheinmedic.example.de"), from_enc=("iso-8859-1", "Q"),
    subject="Abgesagt: Vorstellungsgespräch Frau Delacroix-Hughes",
    date="2026-04-24 16:03", parent="rhe_inv",
    text=_rs10 + "\n", html=outlook_html(paras(_rs10)),
    attach=[dict(type="ics", method="CANCEL", uid="rheinmedic-vg-20260428-pdh",
                 seq=1, start="2026-04-28 10:00", end="2026-04-28 11:30", zone="cet",
                 summary="Abgesagt: Vorstellungsgespräch Frau Delacroix-Hughes",
                 location="Rheinmedic GmbH, Vogelsanger Straße 104, 50823 Köln",
                 organizer=("Sabine Brück", "sabine.brueck@rheinmedic.example.de"),
                 mode="alt")])

# RS11 -- German: phone interview moved ----------------------------------------------------------------------
add(kind=RS, slug="vitafield_telefonat_verschoben", lang="de", key="vita_move",
    company="VitaField Vertrieb", contact="jana.kreuzer@vitafield.example.de",
    frm=("Jana Kreuzer", "jana.kreuzer@vitafield.example.de"),
    subject="AW: Ihre Bewerbung – kurzes Telefonat diese Woche?",
    date="2026-06-24 17:48", parent="vita_inv", parent_ext="ext:vita_yes",
    text="""\
Hallo Priyanka,

ich muss unser Telefonat morgen leider verschieben, bei uns steht kurzfristig eine Vertriebstagung an. Passt Ihnen stattdessen Dienstag, 7. Juli, um 14 Uhr? Ich rufe Sie dann wie besprochen an.

Entschuldigen Sie die Umplanung!

Viele Grüße
Jana Kreuzer
VitaField Vertrieb GmbH | +49 221 4960 3318
""")

# RS12 -- French: new slot after the missed visio -------------------------------------------------------------
add(kind=RS, slug="vermandois_nouveau_creneau", lang="fr", key="ver_move",
    company="Laboratoires Vermandois", contact="claire.dufresne@vermandois.example.fr",
    frm=("Claire Dufresne", "claire.dufresne@vermandois.example.fr"),
    subject="RE: Entretien de ce matin",
    date="2026-04-02 09:31", parent="ver_missed", parent_ext="ext:ver_sorry",
    text="""\
Bonjour Priyanka,

Merci pour vos explications, le décalage horaire avec l'Angleterre nous a déjà joué des tours à nous aussi.

M. Deram peut vous recevoir en visio le mercredi 8 avril à 14h00, heure de Paris (13h00 chez vous). Le lien Teams reste le même. Pouvez-vous me confirmer ce nouveau créneau ?

Bien cordialement,

Claire Dufresne
Responsable Ressources Humaines
Laboratoires Vermandois SAS
Tél. : +33 3 20 96 04 11
""")

# RS13 -- French agency: client moves the interview -----------------------------------------------------------
add(kind=RS, slug="cabinet_opaline_decale_entretien", lang="fr", key="art_move",
    company="Opaline Santé", contact="mathilde.roussel@artois-talents.example.fr",
    frm=("Mathilde Roussel", "mathilde.roussel@artois-talents.example.fr"),
    subject="Changement de date : entretien Opaline Santé", subject_enc=("iso-8859-1", "Q"),
    date="2026-05-27 08:47", parent="art_inv",
    text="""\
Bonjour Priyanka,

Mme Vasseur doit se rendre au CHU vendredi après-midi et m'a demandé de déplacer votre entretien au mardi 2 juin à 9h30, même adresse à Euralille. Rien de changé par ailleurs.

Est-ce que cela vous convient ? Je confirme au client dès votre retour.

Bien à vous,
Mathilde
06 12 96 04 77
""")

# RS14 -- Spanish: Alborán moves the interview at her request, updated calendar ---------------------------------
_rs14 = """\
Hola Priyanka:

Sin problema. Hemos pasado la entrevista al viernes 29 de mayo a las 10:00, en el mismo sitio. Te adjunto la invitación de calendario actualizada.

Un saludo,
Lucía

Lucía Ortega Marín
Responsable de Personas
Distribuciones Sanitarias Alborán S.L.
Tel. 952 96 04 21"""
add(kind=RS, slug="alboran_cambio_a_viernes_ics", lang="es", key="alb_move",
    company="Distribuciones Sanitarias Alborán",
    contact="lucia.ortega@alboran-sanitaria.example.es",
    frm=("Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es"),
    from_enc=("iso-8859-1", "Q"),
    subject="Re: Entrevista para el puesto de delegada comercial",
    date="2026-05-20 09:12", parent="alb_req",
    text=_rs14 + "\n",
    attach=[dict(type="ics", method="REQUEST", uid="alboran-entrevista-pdh-2026",
                 seq=1, start="2026-05-29 10:00", end="2026-05-29 11:00", zone="cet",
                 summary="Entrevista Priyanka Delacroix-Hughes",
                 location="C/ Diderot 14, Polígono Trévenez, Málaga",
                 organizer=("Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es"),
                 mode="attach", filename="entrevista.ics")])

# RS15 -- Spanish Workday: interview cancelled (METHOD:CANCEL) -------------------------------------------------
_rs15 = """\
Estimada Priyanka:

Le informamos de que la entrevista programada para el miércoles, 17 de junio de 2026 a las 11:00 ha sido cancelada.

El equipo de selección se pondrá en contacto con usted para informarle de los siguientes pasos. Su candidatura sigue activa.

Atentamente,
Equipo de Talento
Laboratorios Guadalmedina, S.A."""
add(kind=RS, slug="workday_es_entrevista_cancelada", lang="es", key="gua_cancel",
    company="Laboratorios Guadalmedina", contact="",
    frm=("Laboratorios Guadalmedina", "guadalmedina@myworkday.com"),
    subject="Cancelación: Entrevista panel – Visitador/a Médico/a",
    date="2026-06-15 07:45", tz="+0000", parent="gua_inv",
    text=_rs15 + "\n",
    html=ats_card("Laboratorios Guadalmedina", "#15803d", paras(_rs15),
                  "Mensaje automático enviado a través de Workday. No responda a este correo."),
    attach=[dict(type="ics", method="CANCEL", uid="WD-GUA-INT-000418-20260617",
                 seq=1, start="2026-06-17 11:00", end="2026-06-17 12:15", zone="cet",
                 summary="Entrevista panel – Visitador/a Médico/a",
                 organizer=("Laboratorios Guadalmedina", "guadalmedina@myworkday.com"),
                 prodid="-//Workday//Calendar//EN", mode="attach", filename="cancelacion.ics")])

# =========================================================================================
# missed_interview_notice (6 en, 1 de, 2 fr, 1 es)
# =========================================================================================

# M1 -- "tried calling you twice" ---------------------------------------------------------
add(kind=MISS, slug="cso_tried_calling_twice", lang="en", key="ori_missed",
    company="Orison Contract Sales", contact="dean.whitlock@orison-cso.example.com",
    frm=("Dean Whitlock", "dean.whitlock@orison-cso.example.com"),
    subject="RE: Field Sales Representative \u2013 respiratory launch team",
    date="2026-02-11 10:24", parent="ori_inv", parent_ext="ext:ori_confirm",
    text="""\
Hi Priyanka,

I tried calling you twice at 10:00 for our screening call but it went to voicemail both times, so I left a short message.

Drop me a line when you get this.

Kind regards,
Dean

Dean Whitlock | Senior Resourcing Partner | Orison Contract Sales Ltd
Direct: 0121 496 0741 | Mobile: 07700 900213
""")

# M2 -- "we waited on Teams" -----------------------------------------------------------------
add(kind=MISS, slug="waited_on_teams_immunology", lang="en", key="amb_missed",
    company="Amberleigh Biologics", contact="connor.blake@amberleigh-bio.example.co.uk",
    frm=("Connor Blake", "connor.blake@amberleigh-bio.example.co.uk"),
    subject="Today's interview \u2013 Specialty Representative, Immunology",
    date="2026-05-13 14:22", parent="amb_inv",
    text="""\
Hi Priyanka,

We waited on Teams for about fifteen minutes from 14:00 for your interview for the Specialty Representative role, but you didn't join and I couldn't see a message from you.

I hope everything is alright. If something went wrong on the day, please let me know by the end of the week.

Best regards,

Connor Blake
Regional Business Manager \u2013 Immunology
Amberleigh Biologics Ltd
Mobile 07700 900520
""")

# M3 -- system: video interview window expired -------------------------------------------------
_m3 = """\
Dear Priyanka,

The deadline for your recorded video interview for Healthcare Development Manager passed at 23:59 on Thursday 2 April 2026, and we haven't received a recording from you.

Your link has now expired. If you experienced a technical problem, please let us know within 3 working days through the candidate portal.

Fosse Healthcare Partners Recruitment"""
add(kind=MISS, slug="smartrecruiters_video_not_completed", lang="en", key="fosse_missed",
    company="Fosse Healthcare Partners", contact="",
    frm=("Fosse Healthcare Partners", "noreply@smartrecruiters.com"),
    subject="We didn't receive your video interview",
    date="2026-04-03 08:00", tz="+0000", parent="fosse_video",
    text=_m3 + "\n",
    html=ats_card("Fosse Healthcare Partners", "#5b2a86", paras(_m3),
                  "Powered by SmartRecruiters \u00b7 Fosse Healthcare Partners, Grove Park, "
                  "Leicester LE19 1SA"))

# M4 -- recruiter called, no answer ---------------------------------------------------------------
add(kind=MISS, slug="called_at_two_no_answer", lang="en", key="bw_missed",
    company="Brightwater Consumer Health", contact="owen.pryce@brightwater-health.example.co.uk",
    frm=("Owen Pryce", "owen.pryce@brightwater-health.example.co.uk"),
    subject="Our telephone interview this afternoon",
    date="2026-07-06 14:31", parent="bw_inv",
    text="""\
Hi Priyanka,

I called you at 14:00 as arranged for the Key Account Manager telephone interview, and again at 14:10, but there was no answer. I've left a voicemail.

I'm at my desk until 17:00 today if you want to call me back on 0115 496 0188.

Thanks,
Owen Pryce
Recruitment Partner, Brightwater Consumer Health
""")

# M5 -- agency: client waited on Zoom (client not named) --------------------------------------------
add(kind=MISS, slug="agency_client_waited_on_zoom", lang="en", key="mp_missed",
    company="Marlow & Pike Recruitment", contact="tariq@marlowpike.example.co.uk",
    frm=("Tariq Mahmood | Marlow & Pike", "tariq@marlowpike.example.co.uk"),
    subject="Medical Sales Executive \u2013 Birmingham (our ref MP-3317)",
    date="2026-06-18 11:48", parent="ext:mp_brief",
    text="""\
Hi Priyanka,

My client has just been on to me: they were on the Zoom from 11:00 this morning and waited a good quarter of an hour, but you didn't come on. I've tried your mobile a couple of times as well.

Can you give me a call as soon as you see this so I can explain to them what happened?

Cheers,
Tariq
07700 900641

Tariq Mahmood
Senior Consultant, Medical Sales
Marlow & Pike Recruitment Ltd | 55 Newhall Street, Birmingham B3 3RB | 0121 496 0558
""")

# M6 -- Costasol, English: waited on Teams, HTML + text -------------------------------------------------
_m6 = """\
Hi Priyanka,

Inés and I were on Teams at 10:00 this morning (Málaga time) for your interview and waited until about 10:20, but you didn't connect.

I wonder whether the time difference caught you out \u2013 it would have been 09:00 in the UK. Let me know what happened when you can.

Best,
Daniel

Daniel Whitfield
Sales Manager, Southern Spain
Costasol Medtech \u00b7 +34 952 96 04 66"""
add(kind=MISS, slug="costasol_no_show_teams", lang="en", key="cos_missed",
    company="Costasol Medtech", contact="daniel.whitfield@costasol-medtech.example.es",
    frm=("Daniel Whitfield", "daniel.whitfield@costasol-medtech.example.es"),
    subject="Re: Video interview \u2013 Sales Representative, Andalucía Oriental",
    date="2026-08-26 10:34", tz="cet", parent="cos_inv",
    text=_m6 + "\n", html=plain_html(paras(_m6)))

# M7 -- German agency: the client waited in vain -------------------------------------------------------
add(kind=MISS, slug="agentur_herr_vogt_hat_gewartet", lang="de", key="agr_missed",
    company="Agrippa Medizintechnik", contact="katrin.severin@severin-lutz.example.de",
    frm=("Katrin Severin", "katrin.severin@severin-lutz.example.de"),
    subject="Ihr Gespräch bei Agrippa heute um 10 Uhr",
    date="2026-08-25 11:07", parent="agr_inv",
    text="""\
Liebe Frau Delacroix-Hughes,

Herr Vogt von Agrippa Medizintechnik hat heute um 10 Uhr im Besprechungsraum auf Sie gewartet, Sie sind aber leider nicht erschienen. Ich habe zweimal versucht, Sie auf dem Handy zu erreichen.

Ist alles in Ordnung? Bitte melden Sie sich kurz bei mir, damit ich Herrn Vogt Bescheid geben kann.

Beste Grüße
Katrin Severin
Severin & Lutz Personalberatung | Tel. +49 221 4960 7710
""")

# M8 -- French: "nous vous avons attendue sur Teams" -------------------------------------------------------
add(kind=MISS, slug="vermandois_attendue_sur_teams", lang="fr", key="ver_missed",
    company="Laboratoires Vermandois", contact="claire.dufresne@vermandois.example.fr",
    frm=("Claire Dufresne", "claire.dufresne@vermandois.example.fr"),
    subject="Entretien de ce matin",
    date="2026-04-01 10:27",
    parent="ver_inv",
    text="""\
Bonjour Priyanka,

M. Deram et moi-même vous avons attendue sur Teams ce matin à partir de 10h00, mais vous ne vous êtes pas connectée.

J'espère que tout va bien de votre côté. Pouvez-vous me tenir informée ?

Bien cordialement,

Claire Dufresne
Responsable Ressources Humaines
Laboratoires Vermandois SAS
Tél. : +33 3 20 96 04 11
""")

# M9 -- French: nobody at the station for the immersion day, windows-1252 ----------------------------------------
add(kind=MISS, slug="immersion_personne_a_la_gare_cp1252", lang="fr", key="pf_missed",
    company="Pharmaflandres", contact="t.lemaire@pharmaflandres.example.fr",
    frm=("Thomas Lemaire", "t.lemaire@pharmaflandres.example.fr"),
    subject="Re: Journée d'immersion",
    date="2026-03-03 09:12", parent="pf_inv", parent_ext="ext:pf_confirm",
    charset="windows-1252", cte="8bit",
    text="""\
Bonjour Priyanka,

Julien vous a attendue devant la gare Lille-Flandres de 8h30 à 8h55 et a essayé de vous appeler, sans réponse. Il a dû partir pour son premier rendez-vous de la journée.

Que s’est-il passé ? Merci de me rappeler dès que possible.

Thomas Lemaire
06 21 96 04 90
""")

# M10 -- Spanish agency: called twice --------------------------------------------------------------------------------
add(kind=MISS, slug="agencia_te_llame_dos_veces", lang="es", key="tfs_missed",
    company="Talento Farma Sur", contact="alvaro.benitez@talentofarmasur.example.es",
    frm=("Álvaro Benítez", "alvaro.benitez@talentofarmasur.example.es"),
    from_enc=("utf-8", "B"),
    subject="Re: ¿Hablamos el jueves?",
    date="2026-07-09 11:21", parent="tfs_call", parent_ext="ext:tfs_ok",
    text="""\
Hola Priyanka,

Te he llamado dos veces a las 11:00, como quedamos, y no he podido localizarte; te he dejado un mensaje en el buzón de voz.

Cuando puedas, dime algo.

Álvaro
Tel. 951 96 04 18
""")
