"""Corpus 165, meetings: 26 invitations (en 15, de 4, fr 4, es 3), 15 reschedules or
cancellations (en 9, de 2, fr 2, es 2) and 10 missed-interview notices (en 6, de 1, fr 2, es 1)."""

from __future__ import annotations

from msgs165_common import M, ats_card, esc, mso, outlook, outlook_html, paras, quoted

MESSAGES: list[dict] = []
add = MESSAGES.append

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

NIAMH = ("Niamh Cotter", "niamh.cotter@leequay.example.ie")
GRAINNE = ("Gráinne Walsh", "grainne.walsh@mercyvale.example.ie")
AOIFE = ("Aoife Kearney", "aoife.kearney@shandonfs.example.ie")
ORLA = ("Orla Fennelly", "o.fennelly@liffey-uni.example.ie")
PRIYA = ("Priya Raman", "priya.raman@thamesreach.example.co.uk")
FEMKE = ("Femke de Wit", "femke.dewit@oosterdokmc.example.nl")
BEN = ("Ben Hollins", "ben@hollinsmarr.example.co.uk")
CIARAN = ("Ciarán Nolan", "ciaran.nolan@phoenixparkhosp.example.ie")
KATRIN = ("Katrin Vogt", "katrin.vogt@rheinufer-hotels.example.de")
SABINE = ("Sabine Kurz", "sabine.kurz@hs-rheinbogen.example.de")
ELODIE = ("Élodie Garnier", "elodie.garnier@confluence-hotels.example.fr")
NADIA = ("Nadia Benali", "n.benali@clinique-tetedor.example.fr")
PAULA = ("Paula Navarro", "paula.navarro@hotelesturia.example.es")
BENIMAR = ("Departamento de Personal - Ayuntamiento de Benimar", "personal@benimar.example.es")
OKSANA = "Oksana Duarte-Brennan <oksana.db@example.ie>"

# =========================================================================== invitations, English

_lq_inv = """Dear Oksana,

Thank you for your application for the Facilities Coordinator role with Lee Quay Hotel Group. We were impressed with your experience leading housekeeping teams at the Ardmore and we'd like to invite you to a panel interview.

Date: Wednesday 4 March 2026
Time: 10:00 – 10:45
Where: Lee Quay Hotel, Lapp's Quay, Cork – Boardroom, 2nd floor
Panel: Niamh Cotter (HR), Brendan Fitzgibbon (Group Facilities Manager), Ana Lucas (Rooms Division Manager)

The interview will be competency-based and will include a short discussion of a maintenance-scheduling scenario, which we'll give you on the day. Please bring photo ID.

A calendar invitation is attached – please accept it or reply to this email to confirm.

Kind regards,
Niamh Cotter
HR Business Partner
Lee Quay Hotel Group
Lapp's Quay, Cork T12 RX62
+353 21 555 0190"""
_lq_disc = """Lee Quay Hotel Group DAC, registered in Ireland no. 555123, registered office Lapp's Quay, Cork. This email and any files transmitted with it are confidential and intended solely for the use of the addressee."""
add(M(kind=INV, slug="panel_interview_outlook_ics", lang="en",
      company="Lee Quay Hotel Group", contact="niamh.cotter@leequay.example.ie",
      frm=NIAMH, subject="Interview invitation – Facilities Coordinator, Lee Quay Hotel Group",
      date="2026-02-20 11:05 +0000", text=_lq_inv + "\n\n" + _lq_disc,
      html=outlook_html(mso(_lq_inv) + '\n<p class="MsoNormal" style="font-size:8pt;color:gray">'
                        + esc(_lq_disc) + "</p>"),
      cte="quoted-printable",
      ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000010b7f3a4lqhg",
               seq=0, start="2026-03-04 10:00", end="2026-03-04 10:45", offset="+0000",
               summary="Interview: Facilities Coordinator – Oksana Duarte-Brennan",
               location="Lee Quay Hotel, Boardroom, 2nd floor", organizer=NIAMH,
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", mode="alt"),
      id="lq_inv", parent="lq_ack"))

add(M(kind=INV, slug="phone_screen_ask", lang="en",
      company="Mercy Vale University Hospital", contact="grainne.walsh@mercyvale.example.ie",
      frm=GRAINNE, subject="Facilities Coordinator – phone screen",
      date="2026-03-05 14:20 +0000", cte="quoted-printable",
      text="""Hi Oksana,

Thanks for applying for the Facilities Coordinator post (Estates Department, ref. MV-EST-0226). I'm handling the first stage of recruitment and would like to set up a short phone screen with you – roughly 20 minutes covering your background, availability and salary expectations.

Could I give you a ring on Tuesday 10 March at 10:00? If that doesn't suit, send me two or three times that work for you next week.

Kind regards,
Gráinne Walsh
HR Officer – Recruitment
Mercy Vale University Hospital
+353 21 555 7730""", id="mv_inv", parent="mv_ack"))

_t = """Hi Oksana,

Thanks for your application for the Facilities Coordinator role. Our hiring manager, Kevin Murphy, would like to meet you for a 45-minute interview at our Little Island office.

Please use the link below to choose a time that works for you:
https://app.greenhouse.io/scheduling/candidate/8d6f0c2e/availability

Slots are available from 23 to 27 March. If none of them work, just reply to this email and I'll find another option.

Best,
Aoife Kearney
Talent Partner, Shandon Facility Services"""
add(M(kind=INV, slug="greenhouse_self_schedule", lang="en",
      company="Shandon Facility Services", contact="aoife.kearney@shandonfs.example.ie",
      frm=("Aoife Kearney via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=AOIFE,
      subject="Interview with Shandon Facility Services – please pick a time",
      date="2026-03-12 10:14 +0000", text=_t,
      html=ats_card("Shandon Facility Services", "#24a47f", paras(_t),
                    button=("Choose your interview time",
                            "https://app.greenhouse.io/scheduling/candidate/8d6f0c2e/availability")),
      cte="quoted-printable", id="sh_inv", parent="sh_ack"))

add(M(kind=INV, slug="assessment_day_ics_attachment", lang="en",
      company="University of the Liffey", contact="o.fennelly@liffey-uni.example.ie",
      frm=ORLA, subject="Invitation to assessment day – Estates Services Coordinator (UL-EST-031)",
      date="2026-04-08 15:40 +0100", cte="quoted-printable",
      text="""Dear Oksana,

I am pleased to let you know that you have been shortlisted for the post of Estates Services Coordinator. We would like to invite you to an assessment day on Tuesday 21 April 2026, from 09:30 to 15:00, at the Estates Office, Belfield Lane, Dublin 4.

The day will consist of:
- 09:30 welcome and a walk through three of our buildings with the Estates team
- 11:00 a 45-minute in-tray exercise (work orders, contractor emails and a complaint)
- 13:30 a competency-based interview with a panel of three

Please confirm your attendance by replying to this email by Friday 10 April. Reasonable travel expenses from Cork will be reimbursed – keep your receipts.

A calendar file is attached for your convenience.

Kind regards,
Orla Fennelly
Senior HR Executive, Recruitment
University of the Liffey | Estates Office, Belfield Lane, Dublin 4
T: +353 1 555 4410""",
      ics=dict(method="REQUEST", uid="ul-est-031-assessment-oksana@liffey-uni.example.ie", seq=0,
               start="2026-04-21 09:30", end="2026-04-21 15:00", offset="+0100",
               summary="Assessment day – Estates Services Coordinator",
               location="Estates Office, Belfield Lane, Dublin 4", organizer=ORLA,
               mode="attach", filename="assessment-day.ics"),
      id="ul_inv", parent="ul_ack"))

_t = """Dear Oksana,

Good news – the hiring team for Site Services Coordinator (Canary Wharf) would like to invite you to a first-stage video interview with Priya Raman, Recruitment Partner.

Please choose a 30-minute slot through the scheduling page below. The interview will take place on Microsoft Teams; the joining link will be sent once you have booked.

Schedule my interview: https://careers-thamesreach.icims.com/jobs/4471/site-services-coordinator/candidate/schedule

If you have any questions, reply to this message and it will reach Priya directly.

Thamesreach Facilities Talent Team"""
add(M(kind=INV, slug="icims_schedule_link", lang="en",
      company="Thamesreach Facilities", contact="priya.raman@thamesreach.example.co.uk",
      frm=("Thamesreach Facilities Talent Team", "thamesreach-talent@icims.com"), reply_to=PRIYA,
      subject="Thamesreach Facilities: schedule your first-stage interview",
      date="2026-04-10 12:00 +0100", text=_t,
      html=ats_card("Thamesreach Facilities", "#0d3b66", paras(_t)),
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")],
      id="tr_inv", parent="tr_ack"))

add(M(kind=INV, slug="agency_client_interview_confirmed", lang="en",
      company="Fitzgerald Park Hotel", contact="colm@blackwaterrec.example.ie",
      frm=("Colm Hegarty", "colm@blackwaterrec.example.ie"),
      subject="Fitzgerald Park Hotel – interview confirmed",
      date="2026-01-28 17:05 +0000", charset="windows-1252", cte="quoted-printable",
      text="""Hi Oksana,

Great news – Fitzgerald Park Hotel want to meet you for the Housekeeping & Facilities Manager role!

Here’s what I’ve agreed with them:
Wednesday 4 February at 14:00
Fitzgerald Park Hotel, Western Road, Cork – ask for Mairéad Crowley, Hotel Manager
About an hour, with Mairéad and the head of maintenance, Pat.

They’ll want to talk through how you’d run the spring deep-clean programme alongside occupancy, and how you handle contractors. I’ll give you a call Monday evening to prep – 15 minutes should do it.

Can you confirm you’re good for Wednesday?

Colm

Colm Hegarty | Senior Consultant, Facilities & Hospitality
Blackwater Recruitment | 14 South Mall, Cork
M: +353 86 555 2231""", id="bw_inv", parent="bw_reg"))

_t = """Hi Oksana,

Thanks for your interest in the Accommodation & Facilities Supervisor role. As the next step we'd love you to join us for a paid trial shift at Corrib Bay Salthill.

When: Thursday 7 May, 08:00 – 14:00
Where: Corrib Bay Salthill, Seapoint Promenade, Galway – staff entrance at the back, ask for me
What to bring: flat black shoes and your PPS number for the payroll form

You'll work alongside the morning housekeeping team, do a room-inspection round with me and sit in on the 12:00 maintenance handover.

Please confirm by replying to this email.

Sinéad Mulkerrin
Accommodation Manager, Corrib Bay Salthill"""
add(M(kind=INV, slug="teamtailor_trial_shift", lang="en",
      company="Corrib Bay Hotels", contact="sinead.mulkerrin@corribbay.example.ie",
      frm=("Corrib Bay Hotels", "no-reply@teamtailor-mail.com"),
      reply_to=("Sinéad Mulkerrin", "sinead.mulkerrin@corribbay.example.ie"),
      subject="Trial shift at Corrib Bay Salthill", date="2026-04-29 10:30 +0100",
      text=_t, html=ats_card("Corrib Bay Hotels", "#c8553d", paras(_t)), cte="base64",
      id="cb_inv", parent="cb_ack"))

add(M(kind=INV, slug="casual_free_thursday", lang="en",
      company="Atlantic Edge Facilities", contact="darragh@atlanticedge.example.ie",
      frm=("Darragh Keane", "darragh@atlanticedge.example.ie"), subject="Coordinator job",
      date="2026-03-09 17:44 +0000",
      text="""Hi Oksana,

Got your CV through the website. Are you free Thursday around 11 for a chat? Nothing formal, just a coffee in the Parkmore office or a call if you're still in Cork.

Darragh

Darragh Keane
Operations Manager | Atlantic Edge Facilities
Parkmore West, Galway
087 555 6120""", id="ae_inv"))

_bk = """Hi Oksana,

Lovely to speak earlier. As promised, here are the details for your trial day for the Community & Facilities Coordinator role:

Wednesday 15 July, 08:30 to 16:00
Bankside House, 61 Southwark Street, SE1 (ask for me at reception)

You'll shadow our morning walk-round, sit in on the supplier meeting and spend the afternoon with the members' desk. Lunch is on us. Wear something comfortable - there are a lot of stairs!

Best,
Hannah

Hannah Okoro
Operations Manager
Bankside Serviced Offices | 61 Southwark Street, London SE1 0HL
+44 20 5550 3390"""
add(M(kind=INV, slug="trial_day_outlook", lang="en",
      company="Bankside Serviced Offices", contact="hannah.okoro@banksideso.example.co.uk",
      frm=("Hannah Okoro", "hannah.okoro@banksideso.example.co.uk"),
      subject="Trial day - Community & Facilities Coordinator", date="2026-07-06 15:12 +0100",
      text=_bk, html=outlook_html(mso(_bk)), id="bk_inv", parent="bk_app"))

add(M(kind=INV, slug="video_interview_teams", lang="en",
      company="Grachtenhuis Hotels", contact="sanne.visser@grachtenhuis.example.nl",
      frm=("Sanne Visser", "sanne.visser@grachtenhuis.example.nl"),
      subject="Interview invitation: Facilities & Housekeeping Coordinator (Amsterdam)",
      date="2026-09-01 11:20 +0200",
      text="""Dear Oksana,

Thank you for applying to Grachtenhuis Hotels. We have reviewed your application for the Facilities & Housekeeping Coordinator position at our Keizersgracht property, and we would like to invite you for a first interview by video.

Proposed time: Tuesday 8 September, 10:00 Amsterdam time (09:00 in Ireland)
Platform: Microsoft Teams – https://teams.example.nl/l/meetup-join/19%3ameeting_grachtenhuis_0908
With: Sanne Visser (HR) and Joost Bakker (Technical Manager)

We'll talk about your experience, your plans for moving to Amsterdam and the practical side of working in our historic canal houses. Please let me know if this time works for you.

Met vriendelijke groet / Kind regards,
Sanne Visser
HR Advisor | Grachtenhuis Hotels
Keizersgracht 410, 1016 GC Amsterdam""", id="gh_inv"))

_t = """Dear Oksana,

Thank you for your application for the Facility Coordinator position at Oosterdok Medical Centre. We would like to invite you to a panel interview.

Tuesday 2 June 2026, 14:00–15:00 (CEST)
Oosterdok Medical Centre, main entrance B, 4th floor, room B4.12
Panel: Pieter Jansen (Head of Facility Services) and Femke de Wit (Recruiter)

If you prefer to join online because of travel from Ireland, let me know and I'll send a Teams link instead. A calendar invitation is included.

With kind regards,
Femke de Wit
Recruiter, Oosterdok Medical Centre
Oosterdokskade 300, 1011 Amsterdam"""
add(M(kind=INV, slug="panel_ics_both", lang="en",
      company="Oosterdok Medical Centre", contact="femke.dewit@oosterdokmc.example.nl",
      frm=FEMKE, subject="Invitation: panel interview Facility Coordinator – 2 June",
      date="2026-05-20 16:02 +0200", text=_t, html=paras(_t), cte="quoted-printable",
      ics=dict(method="REQUEST", uid="omc-fc-panel-2026-oksana@oosterdokmc.example.nl", seq=0,
               start="2026-06-02 14:00", end="2026-06-02 15:00", offset="+0200",
               summary="Panel interview Facility Coordinator - O. Duarte-Brennan",
               location="Oosterdok Medical Centre, room B4.12", organizer=FEMKE, mode="both"),
      id="oo_inv"))

_t = """Hi Oksana,

Ben Hollins from Hollins & Marr Property Management has invited you to an interview for the Block Management Assistant position.

Interview type: Video call (Google Meet)
Date: Thursday 6 August 2026
Time: 15:00 – 15:45 BST

Join: https://meet.example.co.uk/hmr-bma-0806

Please confirm your attendance using the buttons below, or reply to this email to contact Ben directly.

Confirm | Decline | Propose another time

Sent via Workable"""
add(M(kind=INV, slug="workable_video_invite", lang="en",
      company="Hollins & Marr Property Management", contact="ben@hollinsmarr.example.co.uk",
      frm=("Hollins & Marr Property Management", "noreply@workablemail.com"), reply_to=BEN,
      subject="Interview invitation from Hollins & Marr Property Management",
      date="2026-07-29 09:40 +0100", text=_t,
      html=ats_card("Hollins & Marr Property Management", "#1b998b", paras(_t),
                    button=("Confirm", "https://apply.workable.com/hollins-marr/i/confirm/71c")),
      cte="quoted-printable", id="hm_inv"))

add(M(kind=INV, slug="competency_interview_letter_pdf", lang="en",
      company="University of the Shannon", contact="deirdre.moloney@ushannon.example.ie",
      frm=("Deirdre Moloney", "deirdre.moloney@ushannon.example.ie"),
      subject="Interview - Facilities Administrator (Grade 4), Ref. US-HR-2026-014",
      date="2026-02-02 12:30 +0000", charset="iso-8859-1",
      text="""Dear Ms Duarte-Brennan,

Further to your application for the above post, I am pleased to invite you to attend for interview on Thursday 12 February 2026 at 11:30. Interviews will be held remotely via Microsoft Teams; a joining link will be sent to you the day before.

The interview will last approximately 40 minutes and will be competency based, focusing on the competencies outlined in the candidate information booklet. Please find attached your formal letter of invitation together with information on the interview format.

Kindly confirm your attendance by return email.

Yours sincerely,

Deirdre Moloney
Human Resources Division
University of the Shannon
Plassey Road, Limerick V94 T9PX
Tel: +353 61 555 3020""",
      pdfs=[dict(filename="Interview_letter_US-HR-2026-014.pdf", lines=[
          "University of the Shannon - Human Resources Division",
          "Facilities Administrator (Grade 4) - Ref. US-HR-2026-014",
          "",
          "Dear Ms Duarte-Brennan,",
          "You are invited to attend for interview on Thursday 12 February 2026 at 11:30.",
          "The interview will be held via Microsoft Teams and will last about 40 minutes.",
          "Yours sincerely, Deirdre Moloney"])],
      id="us_inv"))

_t = """Ciarán Nolan has invited you to an event.

Interview – Oksana Duarte-Brennan
When: Thursday 3 September 2026 · 11:00 – 11:45 (Irish Standard Time)
Where: Phoenix Park Hospitality, Chesterfield Avenue gate lodge, Dublin 8
Organiser: ciaran.nolan@phoenixparkhosp.example.ie

Hi Oksana – following our chat last week, this is the formal interview for the Facilities & Events Coordinator role. You'll meet me and Lisa from Operations. Looking forward to it. – Ciarán

Going? Yes - Maybe - No
Invitation from the Phoenix Park Hospitality calendar"""
add(M(kind=INV, slug="calendar_invitation_email", lang="en",
      company="Phoenix Park Hospitality", contact="ciaran.nolan@phoenixparkhosp.example.ie",
      frm=CIARAN,
      subject="Invitation: Interview – Oksana Duarte-Brennan @ Thu 3 Sep 2026 11:00 - 11:45 (IST)",
      date="2026-08-24 10:00 +0100", text=_t, html=paras(_t), cte="base64",
      ics=dict(method="REQUEST", uid="7q1d0c4s2p9h0r@phoenixparkhosp.example.ie", seq=0,
               start="2026-09-03 11:00", end="2026-09-03 11:45", offset="+0100",
               summary="Interview – Oksana Duarte-Brennan",
               location="Phoenix Park Hospitality, Chesterfield Avenue gate lodge, Dublin 8",
               organizer=CIARAN, mode="both"),
      id="pp_inv"))

add(M(kind=INV, slug="agency_client_teams_interview", lang="en",
      company="Wapping Wharf Hotel", contact="tom.ashworth@hhstaffing.example.co.uk",
      frm=("Tom Ashworth", "tom.ashworth@hhstaffing.example.co.uk"),
      subject="Client interview – Wapping Wharf Hotel, Tuesday 16th",
      date="2026-06-10 14:48 +0100", cte="quoted-printable",
      text="""Hi Oksana,

Good news on the Facilities Supervisor role at the Wapping Wharf Hotel – the GM, Rachel Dunmore, would like to interview you on Teams.

Tuesday 16 June, 10:00 London time (same as Cork)
Teams link: https://teams.example.co.uk/l/meetup-join/wwh-0616
About 45 minutes: Rachel plus their Chief Engineer, Marcus.

They're keen on your night-team experience and will ask about planned room maintenance at 92% occupancy. Let me know you're in and I'll send over a one-page briefing on the hotel.

Cheers,
Tom

Tom Ashworth
Principal Consultant - Hospitality Operations
Harbour & Hearth Staffing
T +44 20 5550 7723""", id="hh_inv", parent="hh_reg"))

# =========================================================================== invitations, German

_t = """Liebe Frau Duarte-Brennan,

vielen Dank für Ihre Bewerbung und Ihr Interesse an den Rheinufer Hotels. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videocall ein:

Termin: Donnerstag, 23. April 2026, 11:00 Uhr (MESZ)
Teilnehmende: Katrin Vogt (Personal), Markus Lehmann (Technischer Leiter)
Dauer: ca. 45 Minuten

Den Link zum Gespräch erhalten Sie nach Ihrer Bestätigung. Bitte geben Sie uns über den Button unten oder per Antwort auf diese E-Mail kurz Bescheid.

Herzliche Grüße
Katrin Vogt
Personalreferentin, Rheinufer Hotels"""
add(M(kind=INV, slug="personio_einladung", lang="de",
      company="Rheinufer Hotels", contact="katrin.vogt@rheinufer-hotels.example.de",
      frm=("Rheinufer Hotels", "no-reply@personio.de"), reply_to=KATRIN,
      subject="Einladung zum Vorstellungsgespräch – Facility Coordinator (m/w/d)",
      date="2026-04-14 09:20 +0200", text=_t,
      html=ats_card("Rheinufer Hotels", "#28536b", paras(_t),
                    button=("Termin bestätigen", "https://rheinufer-hotels.jobs.personio.de/confirm/55ac")),
      cte="quoted-printable", id="rh_inv", parent="rh_ack"))

add(M(kind=INV, slug="agency_kundentermin", lang="de",
      company="Medienhafen Office Campus", contact="j.brueckner@personalwerk-rhein.example.de",
      frm=("Jonas Brückner", "j.brueckner@personalwerk-rhein.example.de"),
      name_enc=("iso-8859-1", "Q"),
      subject="Vorstellungsgespräch beim Medienhafen Office Campus",
      date="2026-04-22 13:10 +0200", cte="quoted-printable",
      text="""Hallo Frau Duarte-Brennan,

wie am Telefon besprochen, hat der Medienhafen Office Campus großes Interesse an Ihrem Profil für die Stelle als Community & Facility Coordinator. Ich habe folgenden Termin für ein Kennenlernen vor Ort vereinbart:

Mittwoch, 6. Mai 2026, 15:30 Uhr
Medienhafen Office Campus, Speditionstraße 15, 40221 Düsseldorf, Empfang im Erdgeschoss
Gesprächspartnerin: Frau Elena Schäfer, Leitung Campus Services

Das Gespräch findet auf Englisch statt, ein paar Sätze auf Deutsch zur Begrüßung kommen aber sicher gut an. Bitte bestätigen Sie mir den Termin kurz, dann gebe ich dem Kunden Bescheid.

Viele Grüße
Jonas Brückner
Personalwerk Rhein
Tel. +49 211 555 8840""", id="pw_inv", parent="pw_reg"))

_t = """Sehr geehrte Frau Duarte-Brennan,

wir freuen uns, Ihnen mitteilen zu können, dass Sie im Auswahlverfahren für die Stelle „Koordination Gebäudebewirtschaftung“ (Kennziffer 26/114) in die engere Wahl gekommen sind. Wir laden Sie daher zu unserem Auswahltag ein.

Datum: Donnerstag, 27. August 2026
Uhrzeit: 09:00 bis ca. 14:00 Uhr
Ort: Hochschule Rheinbogen, Campus Nord, Gebäude C, Raum C 1.07

Der Tag umfasst eine Präsentation (10 Minuten) zum Thema „Reinigungsqualität messbar machen“, eine Gruppenübung sowie ein strukturiertes Interview. Eine Kalendereinladung liegt bei.

Bitte bestätigen Sie Ihre Teilnahme bis zum 17. August.

Mit freundlichen Grüßen
Sabine Kurz
Personalabteilung
Hochschule Rheinbogen
Rheinbogen 3, 40489 Düsseldorf"""
add(M(kind=INV, slug="auswahltag_ics", lang="de",
      company="Hochschule Rheinbogen", contact="sabine.kurz@hs-rheinbogen.example.de",
      frm=SABINE, subject="Einladung zum Auswahltag am 27. August 2026",
      date="2026-08-10 10:45 +0200", text=_t, html=paras(_t), cte="base64",
      ics=dict(method="REQUEST", uid="auswahltag-26-114-07@hs-rheinbogen.example.de", seq=0,
               start="2026-08-27 09:00", end="2026-08-27 14:00", offset="+0200",
               summary="Auswahltag Koordination Gebäudebewirtschaftung",
               location="Campus Nord, Gebäude C, Raum C 1.07", organizer=SABINE, mode="alt"),
      id="hr_inv"))

add(M(kind=INV, slug="casual_telefonat_latin1", lang="de",
      company="Kö-Residenz Serviced Apartments", contact="t.wendt@koe-residenz.example.de",
      frm=("Tobias Wendt", "t.wendt@koe-residenz.example.de"),
      subject="Kurzes Telefonat diese Woche?", date="2026-07-06 18:02 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hallo Frau Duarte-Brennan,

danke für Ihre Bewerbung als Hausdame / Facility-Koordinatorin. Haben Sie am Donnerstag gegen 14 Uhr kurz Zeit für ein Telefonat? Ich würde Sie gern unter der Nummer aus Ihrem Lebenslauf anrufen, so etwa 20 Minuten, ganz locker.

Falls das nicht passt, schlagen Sie mir gern eine andere Zeit vor.

Beste Grüße
Tobias Wendt
Betriebsleiter
Kö-Residenz Serviced Apartments
Königsallee 92, 40212 Düsseldorf""", id="kr_inv"))

# =========================================================================== invitations, French

_t = """Bonjour Madame Duarte-Brennan,

Suite à l'étude de votre candidature au poste de coordinatrice des services généraux pour nos trois hôtels lyonnais, nous avons le plaisir de vous proposer un entretien en visioconférence.

Date : jeudi 2 avril 2026 à 10h00 (heure de Paris)
Durée : 45 minutes environ
Lien Teams : https://teams.example.fr/l/meetup-join/ghc-entretien-0204
Interlocuteurs : Élodie Garnier (RH) et Marc Delorme (directeur technique)

L'entretien pourra se dérouler en anglais pour la première partie ; nous aborderons ensuite quelques situations pratiques en français.

Merci de bien vouloir me confirmer votre disponibilité.

Cordialement,
Élodie Garnier
Responsable Ressources Humaines
Groupe Hôtelier Confluence
18 quai Perrache, 69002 Lyon"""
add(M(kind=INV, slug="visio_entretien", lang="fr",
      company="Groupe Hôtelier Confluence", contact="elodie.garnier@confluence-hotels.example.fr",
      frm=ELODIE, name_enc=("utf-8", "Q"),
      subject="Invitation à un entretien – Coordinatrice services généraux",
      date="2026-03-25 11:12 +0100", text=_t, html=paras(_t), cte="quoted-printable",
      id="gc_inv", parent="gc_ack"))

add(M(kind=INV, slug="agency_entretien_client", lang="fr",
      company="Résidences Bellecour", contact="mathilde.roux@talentis-lyon.example.fr",
      frm=("Mathilde Roux", "mathilde.roux@talentis-lyon.example.fr"),
      subject="Entretien client – Résidences Bellecour mardi 30 juin",
      date="2026-06-24 17:30 +0200", cte="quoted-printable",
      text="""Bonjour Oksana,

Bonne nouvelle : Résidences Bellecour souhaite vous rencontrer pour le poste de responsable hébergement et maintenance !

J'ai calé le rendez-vous suivant :
mardi 30 juin à 9h30, en visio (lien Google Meet : https://meet.example.fr/rbx-oksana)
avec Mme Sophie Barral, directrice d'exploitation.

Prévoyez trois quarts d'heure. Elle vous interrogera surtout sur la gestion des prestataires de ménage et sur les états des lieux. Je vous appelle lundi pour préparer l'entretien ensemble.

Pouvez-vous me confirmer ?

Belle soirée,
Mathilde Roux
Consultante Hôtellerie & Services
Talentis Lyon – 06 55 12 34 56""", id="ta_inv", parent="ta_reg"))

_t = """Madame,

Nous avons le plaisir de vous convier à un entretien pour le poste de responsable hôtellerie et logistique de la Clinique Tête-d'Or Sud.

L'entretien aura lieu le jeudi 24 septembre 2026 à 14h30, dans nos locaux (bâtiment administratif, 2e étage), en présence de Mme Bernard, directrice des soins, et de moi-même. Il sera suivi d'une courte visite des services.

Vous trouverez ci-joint une invitation de calendrier. Nous vous remercions de nous confirmer votre présence par retour de mail.

Veuillez agréer, Madame, nos salutations distinguées.

Nadia Benali
Responsable du recrutement
Clinique Tête-d'Or Sud – 41 boulevard des Belges, 69006 Lyon"""
add(M(kind=INV, slug="convocation_ics", lang="fr",
      company="Clinique Tête-d'Or Sud", contact="n.benali@clinique-tetedor.example.fr",
      frm=NADIA, subject="Convocation à un entretien - Responsable hôtellerie",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-09-14 09:50 +0200", text=_t, cte="quoted-printable",
      ics=dict(method="REQUEST", uid="cts-rh-entretien-0924@clinique-tetedor.example.fr", seq=0,
               start="2026-09-24 14:30", end="2026-09-24 15:30", offset="+0200",
               summary="Entretien - Responsable hotellerie et logistique",
               location="Clinique Tete-d'Or Sud, batiment administratif", organizer=NADIA,
               mode="alt"),
      id="ct_inv"))

add(M(kind=INV, slug="premier_echange_telephone", lang="fr",
      company="Rhodanie Facility Management", contact="j.perrin@rhodanie-fm.example.fr",
      frm=("Julien Perrin", "j.perrin@rhodanie-fm.example.fr"),
      subject="Poste coordinateur multitechnique", date="2026-04-13 12:10 +0200",
      text="""Bonjour Madame Duarte-Brennan,

J'ai bien reçu votre CV pour le poste de coordinateur multitechnique. Êtes-vous disponible jeudi vers 10h pour un premier échange téléphonique d'une vingtaine de minutes ?

Julien Perrin
Chef d'agence
Rhodanie Facility Management
06 55 98 76 54""", charset="iso-8859-1", id="rd_inv"))

# =========================================================================== invitations, Spanish

add(M(kind=INV, slug="videollamada", lang="es",
      company="Hoteles Turia", contact="paula.navarro@hotelesturia.example.es",
      frm=PAULA, subject="Entrevista – Coordinadora de Pisos y Mantenimiento",
      date="2026-05-12 10:05 +0200", cte="quoted-printable",
      text="""Hola Oksana:

Gracias por tu interés en Hoteles Turia. Hemos revisado tu candidatura para el puesto de Coordinadora de Pisos y Mantenimiento en nuestro hotel de la Ciudad de las Artes y nos gustaría conocerte.

Te proponemos una entrevista por videollamada el miércoles 20 de mayo a las 12:00 (hora de Valencia, las 11:00 en Irlanda). Estaremos Vicente Soler, director del hotel, y yo.

¿Te va bien? Si no, dime qué franja te encaja mejor esa semana.

Un saludo,
Paula Navarro
Técnica de Selección
Hoteles Turia
Av. de Francia 12, 46023 València""", id="ht_inv", parent="ht_ack"))

add(M(kind=INV, slug="llamada_viernes", lang="es",
      company="Servicios Integrales Levante", contact="andres.cano@silevante.example.es",
      frm=("Andrés Cano", "andres.cano@silevante.example.es"), name_enc=("iso-8859-1", "B"),
      subject="Llamada – coordinadora de servicios (contrato puerto)",
      date="2026-06-22 13:40 +0200", cte="base64",
      text="""Buenas tardes, Oksana:

He visto tu currículum para la coordinación de servicios de limpieza y mantenimiento del contrato del puerto. Me gustaría hablar contigo por teléfono este viernes 26 a las 10:00, unos veinte minutos, para contarte el proyecto y conocer tu experiencia.

Te llamaré al número que aparece en tu CV. Si no puedes a esa hora, contéstame a este correo y lo cambiamos.

Saludos,
Andrés Cano
Responsable de Operaciones
Servicios Integrales Levante
Tel. 960 55 77 10""", id="sl_inv"))

add(M(kind=INV, slug="convocatoria_prueba_practica_pdf", lang="es",
      company="Ayuntamiento de Benimar", contact="personal@benimar.example.es",
      frm=BENIMAR, subject="Convocatoria prueba práctica – Encargado/a de Instalaciones Municipales",
      date="2026-10-01 12:00 +0200", cte="quoted-printable",
      text="""Estimada Sra. Duarte-Brennan:

Le comunicamos que ha sido admitida al proceso selectivo para la provisión de una plaza de Encargado/a de Instalaciones Municipales (bolsa de trabajo) y queda convocada a la prueba práctica, que se celebrará el jueves 15 de octubre de 2026 a las 9:30 horas en el Polideportivo Municipal de Benimar (C/ del Mar, 3).

Deberá presentarse con DNI, NIE o pasaporte en vigor. La prueba consistirá en la resolución de dos supuestos prácticos sobre mantenimiento y limpieza de instalaciones deportivas, con una duración máxima de 90 minutos.

Adjuntamos la resolución de convocatoria.

Atentamente,
Departamento de Personal
Ayuntamiento de Benimar
Plaça de l'Ajuntament, 1 – 46191 Benimar (València)""",
      pdfs=[dict(filename="Resolucion_convocatoria_prueba_practica.pdf", lines=[
          "Ayuntamiento de Benimar - Departamento de Personal",
          "Bolsa de trabajo: Encargado/a de Instalaciones Municipales",
          "Relacion de personas admitidas y convocatoria a la prueba practica",
          "Fecha: 15 de octubre de 2026, 9:30 h, Polideportivo Municipal",
          "DUARTE-BRENNAN, OKSANA - admitida"])],
      id="ab_inv"))

# =========================================================================== reschedules, English

_t = """Dear Oksana,

Apologies for the change. Brendan, our Group Facilities Manager, has been called to a site inspection in Killarney on Wednesday, so we've had to move your panel interview.

New date: Friday 6 March 2026
New time: 11:30 – 12:15
Venue unchanged: Lee Quay Hotel, Boardroom, 2nd floor

The updated calendar invitation below replaces the original one. If the new time is a problem, let me know and we'll work around you.

Kind regards,
Niamh Cotter
HR Business Partner, Lee Quay Hotel Group"""
_ob = outlook("en", "Niamh Cotter <niamh.cotter@leequay.example.ie>", "2026-02-20 11:05", OKSANA,
              "Interview invitation – Facilities Coordinator, Lee Quay Hotel Group",
              _lq_inv.split("\n\nKind regards")[0])
add(M(kind=RES, slug="moved_panel_sequence_bump", lang="en",
      company="Lee Quay Hotel Group", contact="niamh.cotter@leequay.example.ie",
      frm=NIAMH, subject="Updated: Interview – Facilities Coordinator (now Friday 6 March, 11:30)",
      date="2026-02-27 09:30 +0000", text=_t + "\n\n" + _ob,
      html=outlook_html(mso(_t) + '\n<div style="border-top:solid #E1E1E1 1.0pt">' + mso(_ob)
                        + "</div>"),
      cte="quoted-printable",
      ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000010b7f3a4lqhg",
               seq=1, start="2026-03-06 11:30", end="2026-03-06 12:15", offset="+0000",
               summary="Interview: Facilities Coordinator – Oksana Duarte-Brennan",
               location="Lee Quay Hotel, Boardroom, 2nd floor", organizer=NIAMH,
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", mode="alt"),
      id="lq_move", parent="lq_inv"))

add(M(kind=RES, slug="cancel_ics_role_under_review", lang="en",
      company="Shandon Facility Services", contact="aoife.kearney@shandonfs.example.ie",
      frm=AOIFE, subject="Cancelled: Interview – Facilities Coordinator (Thu 26 Mar)",
      date="2026-03-20 16:45 +0000", cte="quoted-printable",
      text="""Hi Oksana,

I'm sorry to do this at short notice. We need to cancel your interview with Kevin on Thursday 26 March. The business is reviewing the scope of the Facilities Coordinator role after a change with one of our client contracts, and we don't want to bring you in until we know exactly what the job will look like.

This isn't a decision about your application – you're still very much in the process. I'll be back to you within the next two to three weeks with an update and, I hope, a new date.

The calendar cancellation is attached so the slot drops out of your diary.

Aoife Kearney
Talent Partner, Shandon Facility Services
+353 21 555 6604""",
      ics=dict(method="CANCEL", uid="gh-int-5521873-shandonfs@greenhouse.io", seq=1,
               start="2026-03-26 14:00", end="2026-03-26 14:45", offset="+0000",
               summary="Interview: Oksana Duarte-Brennan / Kevin Murphy",
               location="Shandon Facility Services, Little Island", organizer=AOIFE, mode="alt"),
      id="sh_cancel", parent="sh_inv"))

add(M(kind=RES, slug="interviewer_ill_from_phone", lang="en",
      company="Thamesreach Facilities", contact="priya.raman@thamesreach.example.co.uk",
      frm=PRIYA, subject="Today's interview – need to move it, sorry",
      date="2026-04-21 08:05 +0100", cte="quoted-printable",
      text="""Hi Oksana,

I'm really sorry for the late notice – I've come down with a nasty flu overnight and I'm not going to be in a fit state to run your interview at 11:00 today.

Could we move it to next Tuesday, 28 April, at the same time? I've held the slot for you in iCIMS and you should get an updated Teams link shortly. If Tuesday doesn't work, reply with a couple of alternatives and I'll make it happen.

Apologies again,
Priya

Priya Raman
Recruitment Partner - Thamesreach Facilities
+44 20 5550 1184

Sent from my iPhone""", id="tr_move", parent="tr_inv"))

_t = """Dear Oksana,

Pieter has to attend a tender meeting on 2 June, so we need to move your panel interview by one week.

New time: Tuesday 9 June 2026, 14:00–15:00 (CEST), same room B4.12. As you requested, you may also join via Teams – the link is in the updated invitation.

Please accept the new invitation; the old one will be replaced automatically.

With kind regards,
Femke de Wit
Recruiter, Oosterdok Medical Centre"""
add(M(kind=RES, slug="moved_one_week_ics_seq1", lang="en",
      company="Oosterdok Medical Centre", contact="femke.dewit@oosterdokmc.example.nl",
      frm=FEMKE, subject="Updated invitation: panel interview Facility Coordinator – now 9 June",
      date="2026-05-27 12:40 +0200", text=_t, cte="quoted-printable",
      ics=dict(method="REQUEST", uid="omc-fc-panel-2026-oksana@oosterdokmc.example.nl", seq=1,
               start="2026-06-09 14:00", end="2026-06-09 15:00", offset="+0200",
               summary="Panel interview Facility Coordinator - O. Duarte-Brennan",
               location="Room B4.12 / Microsoft Teams", organizer=FEMKE, mode="alt",
               description="Join online: https://teams.example.nl/l/meetup-join/omc-fc-0609"),
      id="oo_move", parent="oo_inv"))

_t = """Hi Oksana,

Your interview for Block Management Assistant has been rescheduled at your request.

Previous time: Thursday 6 August 2026, 15:00 BST
New time: Monday 17 August 2026, 10:00 – 10:45 BST
Interview type: Video call (Google Meet) – https://meet.example.co.uk/hmr-bma-0817

Message from Ben: "No problem at all about the holiday – enjoy Kerry, and talk on the 17th."

Add to calendar | Reply to Ben

Sent via Workable"""
add(M(kind=RES, slug="workable_rescheduled_at_request", lang="en",
      company="Hollins & Marr Property Management", contact="ben@hollinsmarr.example.co.uk",
      frm=("Hollins & Marr Property Management", "noreply@workablemail.com"), reply_to=BEN,
      subject="Your interview with Hollins & Marr Property Management has been rescheduled",
      date="2026-08-03 11:22 +0100", text=_t,
      html=ats_card("Hollins & Marr Property Management", "#1b998b", paras(_t)),
      cte="base64", id="hm_move", parent="hm_own_move"))

add(M(kind=RES, slug="assessment_day_new_date_venue", lang="en",
      company="University of the Liffey", contact="o.fennelly@liffey-uni.example.ie",
      frm=ORLA, subject="Change of date – assessment day, Estates Services Coordinator",
      date="2026-04-14 14:10 +0100", cte="quoted-printable",
      text="""Dear Oksana,

Thank you for confirming your attendance. Unfortunately the Estates Office will be closed on Tuesday 21 April for emergency works on the heating system, so we have had to reschedule the assessment day.

The assessment day will now take place on Thursday 23 April 2026, same times (09:30 to 15:00). Please note the new venue: Room G.14, Newman Building, main campus – signposted from the Belfield Lane entrance.

I've attached an updated calendar file. Please reply to let me know whether you can make the new date. If you have already booked travel, we'll cover reasonable change fees.

Kind regards,
Orla Fennelly
Senior HR Executive, Recruitment
University of the Liffey""",
      ics=dict(method="REQUEST", uid="ul-est-031-assessment-oksana@liffey-uni.example.ie", seq=1,
               start="2026-04-23 09:30", end="2026-04-23 15:00", offset="+0100",
               summary="Assessment day – Estates Services Coordinator (NEW DATE)",
               location="Room G.14, Newman Building", organizer=ORLA,
               mode="attach", filename="assessment-day-updated.ics"),
      id="ul_move", parent="ul_inv"))

_t = """This event has been changed.

Interview – Oksana Duarte-Brennan
When: CHANGED Friday 4 September 2026 · 14:00 – 14:45 (Irish Standard Time)
Where: Phoenix Park Hospitality, Chesterfield Avenue gate lodge, Dublin 8
Organiser: ciaran.nolan@phoenixparkhosp.example.ie

Oksana – we have a wedding walk-through that landed on Thursday morning, so I've pushed us to Friday afternoon. Same place. Shout if that's a problem. – C

Going? Yes - Maybe - No"""
add(M(kind=RES, slug="updated_calendar_invitation_seq2", lang="en",
      company="Phoenix Park Hospitality", contact="ciaran.nolan@phoenixparkhosp.example.ie",
      frm=CIARAN,
      subject="Updated invitation: Interview – Oksana Duarte-Brennan @ Fri 4 Sep 2026 14:00 - 14:45 (IST)",
      date="2026-08-28 16:20 +0100", text=_t, html=paras(_t), cte="base64",
      ics=dict(method="REQUEST", uid="7q1d0c4s2p9h0r@phoenixparkhosp.example.ie", seq=2,
               start="2026-09-04 14:00", end="2026-09-04 14:45", offset="+0100",
               summary="Interview – Oksana Duarte-Brennan",
               location="Phoenix Park Hospitality, Chesterfield Avenue gate lodge, Dublin 8",
               organizer=CIARAN, mode="both"),
      id="pp_move", parent="pp_inv"))

_sorry = """Hi Gráinne,

I'm so sorry I missed your call this morning. My phone was in my locker during a room inspection and I only saw the two missed calls at lunch. Would Friday afternoon suit for another try?

Oksana"""
add(M(kind=RES, slug="new_time_after_missed_call", lang="en",
      company="Mercy Vale University Hospital", contact="grainne.walsh@mercyvale.example.ie",
      frm=GRAINNE, subject="RE: Facilities Coordinator – phone screen",
      date="2026-03-11 09:15 +0000", cte="quoted-printable",
      text="""Grand, Friday at 14:00 it is. I'll ring you on the mobile number on your CV, and it should take about twenty minutes.

No harm done about Tuesday - these things happen.

Gráinne

Gráinne Walsh | HR Officer – Recruitment | Mercy Vale University Hospital

""" + quoted("en", OKSANA, "2026-03-10 19:22", _sorry),
      id="mv_move", parent="mv_sorry"))

add(M(kind=RES, slug="cancelled_not_rejected", lang="en",
      company="Grachtenhuis Hotels", contact="sanne.visser@grachtenhuis.example.nl",
      frm=("Sanne Visser", "sanne.visser@grachtenhuis.example.nl"),
      subject="Tomorrow's interview – cancelled, new date to follow",
      date="2026-09-07 17:55 +0200", charset="windows-1252", cte="quoted-printable",
      text="""Dear Oksana,

I’m afraid we have to cancel tomorrow’s video interview at 10:00. Joost has been asked to cover an urgent inspection at our Herengracht property and won’t be available.

We are still very interested in speaking with you. I’ll send you two or three new options by the end of this week – please don’t read anything else into it.

Apologies for the inconvenience.

Met vriendelijke groet,
Sanne Visser
HR Advisor | Grachtenhuis Hotels""", id="gh_cancel", parent="gh_inv"))

# =========================================================================== reschedules, German

_t = """Liebe Frau Duarte-Brennan,

leider müssen wir Ihr Vorstellungsgespräch am Donnerstag, 23. April, verschieben, da Herr Lehmann kurzfristig an einer Eigentümerversammlung teilnehmen muss.

Neuer Termin: Donnerstag, 30. April 2026, 11:00 Uhr (MESZ), ebenfalls per Videocall.

Der neue Einladungslink folgt automatisch. Sollte Ihnen der neue Termin nicht passen, antworten Sie bitte einfach auf diese Nachricht.

Wir bitten um Ihr Verständnis.

Herzliche Grüße
Katrin Vogt
Rheinufer Hotels"""
add(M(kind=RES, slug="personio_terminaenderung_ics", lang="de",
      company="Rheinufer Hotels", contact="katrin.vogt@rheinufer-hotels.example.de",
      frm=("Rheinufer Hotels", "no-reply@personio.de"), reply_to=KATRIN,
      subject="Terminänderung: Ihr Vorstellungsgespräch bei den Rheinufer Hotels",
      subj_enc=("utf-8", "B"),
      date="2026-04-20 14:30 +0200", text=_t, html=paras(_t), cte="quoted-printable",
      ics=dict(method="REQUEST", uid="personio-interview-88213@rheinufer-hotels", seq=1,
               start="2026-04-30 11:00", end="2026-04-30 11:45", offset="+0200",
               summary="Vorstellungsgespräch Facility Coordinator (m/w/d)",
               location="Videocall", organizer=KATRIN, mode="alt"),
      id="rh_move", parent="rh_confirm"))

add(M(kind=RES, slug="auswahltag_abgesagt_cancel_ics", lang="de",
      company="Hochschule Rheinbogen", contact="sabine.kurz@hs-rheinbogen.example.de",
      frm=SABINE, subject="Absage: Auswahltag am 27. August 2026 – neuer Termin folgt",
      date="2026-08-20 08:40 +0200", cte="quoted-printable",
      text="""Sehr geehrte Frau Duarte-Brennan,

leider müssen wir den Auswahltag am 27. August 2026 absagen. Ein Mitglied der Auswahlkommission ist längerfristig erkrankt, und nach unserer Verfahrensordnung kann der Auswahltag nur in vollständiger Besetzung stattfinden.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald ein Ersatztermin feststeht – voraussichtlich Mitte September –, erhalten Sie eine neue Einladung.

Den Kalendereintrag haben wir storniert.

Mit freundlichen Grüßen
Sabine Kurz
Personalabteilung, Hochschule Rheinbogen""",
      ics=dict(method="CANCEL", uid="auswahltag-26-114-07@hs-rheinbogen.example.de", seq=1,
               start="2026-08-27 09:00", end="2026-08-27 14:00", offset="+0200",
               summary="Auswahltag Koordination Gebäudebewirtschaftung",
               location="Campus Nord, Gebäude C, Raum C 1.07", organizer=SABINE, mode="alt"),
      id="hr_cancel", parent="hr_inv"))

# =========================================================================== reschedules, French

_own = """Bonjour Madame Garnier,

Je suis vraiment désolée pour ce matin : le lien ne s'ouvrait pas depuis mon téléphone et je n'ai vu votre e-mail qu'après 10h30. Serait-il possible de convenir d'un autre créneau ?

Bien cordialement,
Oksana"""
add(M(kind=RES, slug="nouveau_creneau_apres_absence", lang="fr",
      company="Groupe Hôtelier Confluence", contact="elodie.garnier@confluence-hotels.example.fr",
      frm=ELODIE, subject="RE: Entretien du 2 avril – nouveau créneau",
      date="2026-04-03 09:25 +0200", cte="quoted-printable",
      text="""Bonjour Madame Duarte-Brennan,

Merci pour votre message et vos explications, ce sont des choses qui arrivent avec les liens Teams.

Je vous propose de reprogrammer l'entretien le mercredi 8 avril à 14h00 (heure de Paris), avec les mêmes interlocuteurs. Le nouveau lien est le suivant : https://teams.example.fr/l/meetup-join/ghc-entretien-0804

Pourriez-vous me confirmer que ce créneau vous convient ?

Cordialement,
Élodie Garnier
Groupe Hôtelier Confluence

""" + quoted("fr", OKSANA, "2026-04-02 12:40", _own), id="gc_move", parent="gc_missed"))

add(M(kind=RES, slug="report_entretien_maladie_ics", lang="fr",
      company="Clinique Tête-d'Or Sud", contact="n.benali@clinique-tetedor.example.fr",
      frm=NADIA, subject="Report de votre entretien du 24 septembre",
      date="2026-09-21 11:05 +0200", cte="base64",
      text="""Madame,

En raison de l'absence pour maladie de Mme Bernard, nous sommes contraints de reporter l'entretien prévu le jeudi 24 septembre.

Nous vous proposons de vous recevoir le mardi 29 septembre 2026 à 10h00, au même endroit. L'invitation de calendrier ci-jointe remplace la précédente.

Nous vous prions de nous excuser pour ce contretemps et vous remercions de nous confirmer votre disponibilité.

Nadia Benali
Responsable du recrutement
Clinique Tête-d'Or Sud""",
      ics=dict(method="REQUEST", uid="cts-rh-entretien-0924@clinique-tetedor.example.fr", seq=1,
               start="2026-09-29 10:00", end="2026-09-29 11:00", offset="+0200",
               summary="Entretien - Responsable hôtellerie et logistique (REPORTÉ)",
               location="Clinique Tête-d'Or Sud, bâtiment administratif", organizer=NADIA,
               mode="alt"),
      id="ct_move", parent="ct_inv"))

# =========================================================================== reschedules, Spanish

_own = """Hola Paula:

¡Muchas gracias! El miércoles 20 a las 12:00 (hora de Valencia) me va perfecto. Quedo atenta al enlace.

Un saludo,
Oksana"""
add(M(kind=RES, slug="cambio_de_dia", lang="es",
      company="Hoteles Turia", contact="paula.navarro@hotelesturia.example.es",
      frm=PAULA, subject="RE: Entrevista – Coordinadora de Pisos y Mantenimiento",
      date="2026-05-15 16:10 +0200", cte="quoted-printable",
      text="""Hola Oksana:

Te escribo porque a Vicente le ha surgido una auditoría de la cadena el miércoles. ¿Podríamos pasar la videollamada al jueves 21 de mayo a la misma hora, 12:00 (11:00 en Irlanda)? El enlace de Teams sería el mismo.

Perdona el cambio y gracias por la flexibilidad.

Un saludo,
Paula

""" + quoted("es", OKSANA, "2026-05-12 13:30", _own), id="ht_move", parent="ht_own"))

add(M(kind=RES, slug="aplazamiento_prueba_latin1", lang="es",
      company="Ayuntamiento de Benimar", contact="personal@benimar.example.es",
      frm=BENIMAR, subject="Aplazamiento de la prueba práctica – Encargado/a de Instalaciones",
      date="2026-10-08 13:15 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Estimada Sra. Duarte-Brennan:

Por la presente le comunicamos que, debido a las obras de reparación de la cubierta del Polideportivo Municipal, la prueba práctica prevista para el 15 de octubre queda aplazada.

La nueva fecha será el jueves 22 de octubre de 2026 a las 9:30 horas, en el Centro Cívico de Benimar (Av. de la Constitució, 18). Se mantienen el resto de las condiciones indicadas en la convocatoria.

Atentamente,
Departamento de Personal
Ayuntamiento de Benimar""", id="ab_move", parent="ab_inv"))

# =========================================================================== missed, English

add(M(kind=MIS, slug="tried_calling_twice", lang="en",
      company="Mercy Vale University Hospital", contact="grainne.walsh@mercyvale.example.ie",
      frm=GRAINNE, subject="Phone screen this morning", date="2026-03-10 10:25 +0000",
      cte="quoted-printable",
      text="""Hi Oksana,

I tried calling you twice at 10:00 this morning for our phone screen, on 087 555 0142, but there was no answer and the voicemail was full so I couldn't leave a message.

Could you let me know if you're still interested in the Facilities Coordinator post, and if so, when would be a good time to try again? I have some availability on Thursday and Friday afternoon.

Thanks,
Gráinne Walsh
HR Officer – Recruitment
Mercy Vale University Hospital""", id="mv_missed", parent="mv_inv"))

add(M(kind=MIS, slug="trial_shift_no_show", lang="en",
      company="Corrib Bay Hotels", contact="sinead.mulkerrin@corribbay.example.ie",
      frm=("Sinéad Mulkerrin", "sinead.mulkerrin@corribbay.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Trial shift today", date="2026-05-07 09:32 +0100",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hi Oksana,

We were expecting you at 08:00 this morning for your trial shift at Corrib Bay Salthill, and there's been no sign of you so far. I rang the number on your application at 08:20 but it went straight to voicemail.

I hope everything is OK. If something came up, drop me a line today and we'll see what we can do - the team has gone ahead with the morning rooms without you.

Sinéad Mulkerrin
Accommodation Manager
Corrib Bay Salthill | +353 91 555 2870""", id="cb_missed", parent="cb_inv"))

add(M(kind=MIS, slug="agency_client_waited_on_teams", lang="en",
      company="Wapping Wharf Hotel", contact="tom.ashworth@hhstaffing.example.co.uk",
      frm=("Tom Ashworth", "tom.ashworth@hhstaffing.example.co.uk"),
      subject="Wapping Wharf – are you OK?", date="2026-06-16 10:24 +0100",
      cte="quoted-printable",
      text="""Hi Oksana,

Rachel and Marcus from the Wapping Wharf Hotel have been waiting in the Teams meeting since 10:00 and you haven't joined. I've also tried your mobile a couple of times.

Can you give me a call as soon as you see this? If it's a tech problem they might be able to hold on a few more minutes, otherwise I'll need to explain to them and see whether they'll offer another slot – no promises though.

Tom
Sent from my phone""", id="hh_missed", parent="hh_inv"))

add(M(kind=MIS, slug="board_waited_on_teams", lang="en",
      company="University of the Shannon", contact="deirdre.moloney@ushannon.example.ie",
      frm=("Deirdre Moloney", "deirdre.moloney@ushannon.example.ie"),
      subject="Interview today at 11:30 – Facilities Administrator (Grade 4)",
      subj_enc=("utf-8", "Q"), date="2026-02-12 12:05 +0000",
      text="""Dear Ms Duarte-Brennan,

The interview board convened on Microsoft Teams at 11:30 today for your scheduled interview for the post of Facilities Administrator (Grade 4). We waited until 11:50 but you did not join the meeting, and we were unable to reach you by phone.

If there were exceptional circumstances that prevented you from attending, please contact me by close of business on Monday 16 February, outlining the circumstances. The board will then consider whether an alternative time can be offered.

Yours sincerely,

Deirdre Moloney
Human Resources Division
University of the Shannon""", id="us_missed", parent="us_inv"))

add(M(kind=MIS, slug="rang_at_three_voicemail", lang="en",
      company="Docklands Workplace Solutions", contact="eimear.cassidy@docklandsws.example.ie",
      frm=("Eimear Cassidy", "eimear.cassidy@docklandsws.example.ie"),
      subject="Missed you – our call at 3", date="2026-03-24 15:14 +0000",
      cte="quoted-printable",
      text="""Hi Oksana,

I rang you at 3pm as agreed for our chat about the Facilities Coordinator role but it went to voicemail – I left a quick message.

I'm tied up for the rest of the week with a client move, so let me know if you'd still like to talk and I'll see what I can do next week.

Thanks,
Eimear

Eimear Cassidy | Talent Acquisition
Docklands Workplace Solutions | North Wall Quay, Dublin 1""", id="dw_missed"))

_t = """Hello Oksana,

We were all set up in the Zoom room for your interview at 14:00 today for the Venue Operations Coordinator position, and waited for about twenty minutes, but you didn't come online. I also sent a text to the number on your CV.

I appreciate things come up. If you'd like us to consider another slot, please get back to me by Friday with a short explanation and your availability next week.

Regards,
Rory Dineen
Venue Operations Manager
Cork Harbour Conference Centre
Monahan Road, Cork T12 H1XY
+353 21 555 9041"""
add(M(kind=MIS, slug="zoom_no_show_html", lang="en",
      company="Cork Harbour Conference Centre", contact="rory.dineen@corkharbourcc.example.ie",
      frm=("Rory Dineen", "rory.dineen@corkharbourcc.example.ie"),
      subject="Zoom interview at 14:00 today", date="2026-08-13 14:40 +0100",
      text=_t, html=outlook_html(mso(_t))))

# =========================================================================== missed, other languages

add(M(kind=MIS, slug="telefonisch_nicht_erreicht", lang="de",
      company="Kö-Residenz Serviced Apartments", contact="t.wendt@koe-residenz.example.de",
      frm=("Tobias Wendt", "t.wendt@koe-residenz.example.de"),
      subject="Unser Telefonat heute um 14 Uhr", date="2026-07-09 14:22 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hallo Frau Duarte-Brennan,

wie verabredet habe ich Sie heute um 14 Uhr angerufen, Sie aber leider nicht erreicht – auch ein zweiter Versuch um 14:10 Uhr lief ins Leere.

Vielleicht ist etwas dazwischengekommen. Melden Sie sich gern, wenn Sie weiterhin Interesse an der Stelle haben, dann finden wir einen neuen Termin.

Beste Grüße
Tobias Wendt
Kö-Residenz Serviced Apartments""".replace("–", "-"), id="kr_missed", parent="kr_inv"))

add(M(kind=MIS, slug="attendue_sur_teams", lang="fr",
      company="Groupe Hôtelier Confluence", contact="elodie.garnier@confluence-hotels.example.fr",
      frm=ELODIE, subject="Entretien de ce matin", date="2026-04-02 10:21 +0200",
      cte="quoted-printable",
      text="""Bonjour Madame Duarte-Brennan,

Nous vous avons attendue sur Teams ce matin à 10h00 pour notre entretien, M. Delorme et moi-même, pendant une quinzaine de minutes, sans vous voir vous connecter.

J'espère qu'il ne s'agit que d'un problème technique. N'hésitez pas à me recontacter si vous souhaitez convenir d'un autre moment.

Cordialement,
Élodie Garnier
Responsable Ressources Humaines
Groupe Hôtelier Confluence""", id="gc_missed", parent="gc_inv"))

add(M(kind=MIS, slug="agence_cliente_a_attendu", lang="fr",
      company="Résidences Bellecour", contact="mathilde.roux@talentis-lyon.example.fr",
      frm=("Mathilde Roux", "mathilde.roux@talentis-lyon.example.fr"),
      subject="Entretien Résidences Bellecour – vous n'étiez pas connectée",
      subj_enc=("utf-8", "B"), date="2026-06-30 10:05 +0200", cte="base64",
      text="""Oksana,

Mme Barral vient de m'appeler : elle vous a attendue sur Google Meet à 9h30 et vous ne vous êtes pas connectée. J'ai essayé de vous joindre deux fois sur votre portable, sans succès.

Pouvez-vous me rappeler dès que possible ? Je vais essayer d'obtenir un nouveau créneau, mais la cliente était un peu contrariée, il faudra que je lui donne une explication.

Mathilde
Talentis Lyon – 06 55 12 34 56""", id="ta_missed", parent="ta_inv"))

add(M(kind=MIS, slug="llamamos_dos_veces", lang="es",
      company="Servicios Integrales Levante", contact="andres.cano@silevante.example.es",
      frm=("Andrés Cano", "andres.cano@silevante.example.es"),
      subject="Llamada de esta mañana", date="2026-06-26 10:18 +0200", cte="quoted-printable",
      text="""Hola Oksana:

Te he llamado dos veces a las 10:00, como quedamos, pero no has contestado. Te he dejado un mensaje en el buzón de voz.

Si sigues interesada en el puesto, dime cuándo podemos hablar. Esta semana lo tengo complicado, pero algo encontraremos.

Saludos,
Andrés Cano
Servicios Integrales Levante""", id="sl_missed", parent="sl_inv"))
