"""interview_invitation, interview_reschedule_or_cancel and missed_interview_notice messages
for the threehundredtenth corpus."""

from __future__ import annotations

from msgs310_common import AUTO_GEN, DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, m

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

AOIFE = ("Aoife Brennan", "aoife.brennan@corranmedical.example.ie")
AOIFE_SIG = """Aoife Brennan
Senior Talent Acquisition Partner
Corran Medical | Model Farm Road, Cork T12 X2P4
+353 21 480 7712"""
NIAMH = ("Niamh Kearney", "niamh@chainlinktalent.example.ie")
NIAMH_SIG = """Niamh Kearney
Senior Consultant – Supply Chain & Procurement
Chainlink Talent | 14 Fitzwilliam Place, Dublin 2
+353 1 663 9021 | +353 86 203 4471"""
MARKUS = ("Markus Schäfer", "markus.schaefer@kesslerpharma.example.de")
JANA = ("Jana Petersen", "j.petersen@logistikpersonal-rhein.example.de")
CAMILLE = ("Camille Roux", "camille.roux@saone-logistique.example.fr")
HELENE = ("Hélène Garnier", "helene.garnier@medisol.example.fr", ("iso-8859-1", "q"))
BEGONA = ("Begoña Lázaro", "blazaro@destileriascierzo.example.es", ("utf-8", "b"))
ALVARO = ("Álvaro Pérez", "alvaro.perez@talentologistico.example.es")

SPECS = [
    # ================================================================== Corran Medical (en)
    m(INV, "en", "corran_phone_invite", AOIFE,
      "Demand Planner – initial phone conversation", "2026-03-10 11:18 +0000",
      """Hi Tomasz,

Thanks for your application for the Demand Planner role here in Cork. I'd love to set up an
initial 30-minute phone call to talk through your background and the role.

Would Friday 13 March at 10:00 work for you? If not, let me know a couple of times that suit
early next week and I'll work around you.

Speak soon,
""" + AOIFE_SIG, company="Corran Medical", contact="aoife.brennan@corranmedical.example.ie",
      html="alt", style="outlook", parent="corran_ack_demand_planner"),
    m(RES, "en", "corran_phone_moved", AOIFE,
      "RE: Demand Planner – initial phone conversation", "2026-03-12 08:52 +0000",
      """Hi Tomasz,

Apologies - something has come up on my side for tomorrow morning. Could we move our call to
Tuesday 17 March at 10:00 instead? Same number, I'll ring you on your mobile.

Sorry for the shuffle!

Aoife
""", company="Corran Medical", contact="aoife.brennan@corranmedical.example.ie",
      parent="corran_phone_invite", quote="outlook-en"),
    m(INV, "en", "corran_panel_invite", AOIFE,
      "Invitation: Panel interview – Demand Planner @ Thu 23 Apr 2026 10:00 – 11:30 (IST)",
      "2026-04-14 14:03 +0100",
      """Hi Tomasz,

Great news - following your call with Ger, we'd like to invite you to a panel interview for the
Demand Planner role.

When: Thursday 23 April, 10:00 - 11:30
Where: Corran Medical, Model Farm Road, Cork (ask for me at main reception)
Panel: Ger Horgan (Planning Manager), Siobhán Daly (Supply Chain Director) and myself

The second half will be a short case study: we'll give you a simplified monthly demand history
and ask you to talk us through a forecast. No preparation needed, and Excel is available.

Please accept the calendar invitation to confirm.

""" + AOIFE_SIG, company="Corran Medical", contact="aoife.brennan@corranmedical.example.ie",
      cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000052A1@corran",
           "seq": 0, "start": "20260423T100000", "end": "20260423T113000",
           "tz": "Europe/Dublin", "summary": "Panel interview – Demand Planner – T. Wróblewski",
           "location": "Corran Medical\\, Model Farm Road\\, Cork"},
      html="alt", style="outlook", ics_file="invite.ics"),
    m(RES, "en", "corran_panel_moved", AOIFE,
      "Updated invitation: Panel interview – Demand Planner @ Tue 28 Apr 2026 14:00 – 15:30 (IST)",
      "2026-04-20 09:27 +0100",
      """Hi Tomasz,

Siobhán has been called to our Galway site on Thursday, so we need to move your panel interview.
The new time is Tuesday 28 April, 14:00 - 15:30, same place and same format. The updated
calendar invitation is attached.

Apologies for the change, and let me know if the new time is a problem.

Aoife
""", company="Corran Medical", contact="aoife.brennan@corranmedical.example.ie",
      cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000052A1@corran",
           "seq": 1, "start": "20260428T140000", "end": "20260428T153000",
           "tz": "Europe/Dublin", "summary": "Panel interview – Demand Planner – T. Wróblewski",
           "location": "Corran Medical\\, Model Farm Road\\, Cork"},
      parent="corran_panel_invite"),
    # ================================================================== Lee Valley (en)
    m(INV, "en", "leevalley_invite",
      ("Ciara Lynch via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview availability – Supply Planner at Lee Valley Distillers",
      "2026-02-12 10:06 +0000",
      """Hi Tomasz,

Thanks for your interest in the Supply Planner role! We'd love to set up a 45-minute video
interview with Donal Crowley, our Head of Supply Chain, and me.

Please use the link below to choose a time that suits you over the next two weeks:

https://app.greenhouse.example/schedule/leevalley/8d41c2

Once you pick a slot you'll receive a Microsoft Teams link.

Best,
Ciara Lynch
People Partner, Lee Valley Distillers
""", reply_to=("Ciara Lynch", "ciara.lynch@leevalleydistillers.example.ie"),
      company="Lee Valley Distillers", contact="ciara.lynch@leevalleydistillers.example.ie",
      html="alt", style="ats", brand="Lee Valley Distillers", parent="leevalley_ack"),
    m(MISS, "en", "leevalley_missed",
      ("Ciara Lynch via Greenhouse", "no-reply@greenhouse-mail.io"),
      "We missed you today", "2026-02-26 14:24 +0000",
      """Hi Tomasz,

Donal and I were on the Teams call at 14:00 for your interview but it looks like you weren't
able to join. We waited about 15 minutes.

No worries if something came up - just reply to this email and let me know if you'd still like
to go ahead, and I'll send a fresh scheduling link.

Thanks,
Ciara
""", reply_to=("Ciara Lynch", "ciara.lynch@leevalleydistillers.example.ie"),
      company="Lee Valley Distillers", contact="ciara.lynch@leevalleydistillers.example.ie",
      cte="7bit", parent="leevalley_invite"),
    # ================================================================== Blackwater (en)
    m(INV, "en", "blackwater_ac_invite",
      ("Blackwater Dairy Co-op Careers", "donotreply@successfactors.eu"),
      "Invitation to Assessment Centre – Req. 4471", "2026-03-20 09:00 +0000",
      """Dear Tomasz Wróblewski,

Job Requisition: 4471 – Demand & Supply Planning Analyst (Mitchelstown)

We are pleased to invite you to attend an assessment centre for the above position.

Date: Thursday 9 April 2026
Time: 09:30 – 13:30
Location: Blackwater Dairy Co-op, Training Room 2, Main Office, Mitchelstown

The assessment centre will include a competency-based interview, a numerical reasoning test and
a group planning exercise. Please bring photo identification.

Kindly confirm your attendance through the candidate portal by 27 March.

HR Department
Blackwater Dairy Co-op
""", company="Blackwater Dairy Co-op", html="alt", style="ats",
      brand="Blackwater Dairy Co-op", parent="blackwater_ack", headers=AUTO_GEN),
    m(RES, "en", "blackwater_ac_new_date",
      ("Gráinne Ó Súilleabháin", "grainne.osullivan@blackwaterdairy.example.ie",
       ("iso-8859-1", "b")),
      "Assessment Centre – Demand & Supply Planning Analyst – change of date",
      "2026-04-01 15:33 +0100",
      """Dear Tomasz,

Due to the milk intake peak arriving earlier than expected this year, several of our assessors
are needed on site on 9 April. We have therefore postponed the assessment centre to Thursday
16 April 2026, same time (09:30) and location.

Please reply to confirm that you can still attend on the new date.

Kind regards,
Gráinne Ó Súilleabháin
HR Officer
Blackwater Dairy Co-op
""", company="Blackwater Dairy Co-op",
      contact="grainne.osullivan@blackwaterdairy.example.ie", charset="iso-8859-1",
      cte="8bit"),
    # ================================================================== Havenlink (en)
    m(INV, "en", "havenlink_video_invite",
      ("Sanne de Vries", "no-reply@hire.lever.co"),
      "Video interview – S&OP Analyst at Havenlink", "2026-03-04 13:40 +0100",
      """Hi Tomasz,

Thanks for applying! Pieter van Dam (S&OP Lead) and I would like to invite you to a 45-minute
video interview.

Proposed slot: Wednesday 18 March, 11:00 CET (10:00 Irish time) on Google Meet.

Please confirm using the link below or reply to this email with an alternative.

https://hire.lever.example/interviews/havenlink/confirm?c=71b3

Best,
Sanne
""", reply_to=("Sanne de Vries", "sanne.devries@havenlink.example.nl"),
      company="Havenlink Logistics", contact="sanne.devries@havenlink.example.nl",
      html="alt", style="ats", brand="Havenlink Logistics", parent="havenlink_ack"),
    m(RES, "en", "havenlink_video_moved",
      ("Sanne de Vries", "no-reply@hire.lever.co"),
      "Change of time: your interview with Havenlink", "2026-03-16 17:05 +0100",
      """Hi Tomasz,

Pieter is stuck at a client site in Venlo on Wednesday, so we need to push your interview. Could
you do Friday 20 March at 14:00 CET (13:00 in Cork)? The Google Meet link stays the same.

Sorry about this and thanks for your flexibility.

Sanne
""", reply_to=("Sanne de Vries", "sanne.devries@havenlink.example.nl"),
      company="Havenlink Logistics", contact="sanne.devries@havenlink.example.nl",
      parent="havenlink_video_invite", cte="base64"),
    # ================================================================== Maasvlakte (en)
    m(INV, "en", "maasvlakte_invite",
      ("Maasvlakte Terminal Services", "mail@smartrecruiters.com"),
      "Next step: schedule your online interview", "2026-03-11 10:30 +0100",
      """Dear Tomasz,

Good news! The hiring team for the Planning Analyst – Container Flow role would like to get to
know you better.

Please select a time for a 30-minute online interview with our Planning Manager using the link
below. Slots are available between 16 and 27 March.

Schedule my interview: https://careers.smartrecruiters.example/maasvlakte/interview/5512

Kind regards,
Talent Team, Maasvlakte Terminal Services
""", company="Maasvlakte Terminal Services", html="only", style="ats",
      brand="Maasvlakte Terminal Services", parent="maasvlakte_ack"),
    # ================================================================== Tidal Freight (en)
    m(INV, "en", "tidal_invite",
      ("Tidal Freight", "no-reply@ashbyhq.com"),
      "Interview with Tidal Freight – Demand Planning Analyst", "2026-03-10 15:12 +0100",
      """Hi Tomasz,

You're invited to a 45-minute interview with Joris Bakker (Head of Operations) for the Demand
Planning Analyst role.

Tuesday, March 17, 2026
10:00 – 10:45 CET
Zoom: https://zoom.example/j/88301220

A calendar invitation is attached. If you need to reschedule, use the link in the invite.

Tidal Freight Talent
""", company="Tidal Freight",
      cal={"method": "REQUEST", "uid": "ashby-int-9f2e61@ashbyhq.com", "seq": 0,
           "start": "20260317T100000", "end": "20260317T104500", "tz": "Europe/Amsterdam",
           "summary": "Tomasz Wróblewski <> Tidal Freight – Interview",
           "location": "https://zoom.example/j/88301220",
           "prodid": "-//Ashby//Scheduling//EN", "cte": "7bit"},
      parent="tidal_ack"),
    m(MISS, "en", "tidal_missed",
      ("Joris Bakker", "joris@tidalfreight.example.nl"),
      "Our interview this morning", "2026-03-17 10:41 +0100",
      """Hi Tomasz,

I was in the Zoom room from 10:00 and waited until 10:20, but didn't see you join. Maybe the
time zone caught you out (10:00 CET is 9:00 in Ireland)?

Happy to try again - I'll ask our recruiting coordinator to send you a new time.

Joris
--
Joris Bakker | Head of Operations | Tidal Freight
Keilestraat 9, Rotterdam
""", company="Tidal Freight", contact="joris@tidalfreight.example.nl", cte="7bit",
      flowed=True),
    m(RES, "en", "tidal_moved",
      ("Tidal Freight", "no-reply@ashbyhq.com"),
      "Rescheduled: Interview with Tidal Freight", "2026-03-18 09:02 +0100",
      """Hi Tomasz,

Your interview has been rescheduled.

New time: Thursday, March 26, 2026, 15:00 – 15:45 CET (14:00 – 14:45 Irish time)
Interviewer: Joris Bakker
Zoom: https://zoom.example/j/88301220

The updated calendar invitation is attached.

Tidal Freight Talent
""", company="Tidal Freight",
      cal={"method": "REQUEST", "uid": "ashby-int-9f2e61@ashbyhq.com", "seq": 1,
           "start": "20260326T150000", "end": "20260326T154500", "tz": "Europe/Amsterdam",
           "summary": "Tomasz Wróblewski <> Tidal Freight – Interview",
           "location": "https://zoom.example/j/88301220",
           "prodid": "-//Ashby//Scheduling//EN"},
      parent="tidal_missed", html="alt", style="ats", brand="Tidal Freight"),
    # ================================================================== Atlantic Drinks (en)
    m(INV, "en", "atlantic_invite",
      ("Atlantic Drinks", "notifications@bamboohr.com"),
      "Interview – Supply Chain Coordinator", "2026-04-01 11:47 +0100",
      """Hi Tomasz,

Thanks for applying for the Supply Chain Coordinator position. We'd like to invite you to an
in-person interview at our brewery in Oranmore, Galway, with our Operations Director Seán
Fahy and myself.

Wednesday 15 April at 11:00. It should take about an hour, followed by a short tour of the
packaging line.

Could you reply to let me know if that suits?

Thanks,
Orla Keane
People & Culture, Atlantic Drinks
""", reply_to=("Orla Keane", "orla.keane@atlanticdrinks.example.ie"),
      company="Atlantic Drinks", contact="orla.keane@atlanticdrinks.example.ie",
      html="alt", style="ats", brand="Atlantic Drinks"),
    m(RES, "en", "atlantic_cancel_storm",
      ("Orla Keane", "orla.keane@atlanticdrinks.example.ie"),
      "Cancelled: Interview – Supply Chain Coordinator (16 April)", "2026-04-15 16:20 +0100",
      """Hi Tomasz,

With Storm Fionn due to hit the west coast tonight and Met Éireann issuing a red warning for
Galway, we have to cancel tomorrow's interview - please don't travel.

I'll be in touch early next week to find a new date. Sorry for the late notice.

Orla
""", company="Atlantic Drinks", contact="orla.keane@atlanticdrinks.example.ie",
      cal={"method": "CANCEL", "uid": "bamboohr-intv-22871@atlanticdrinks", "seq": 1,
           "start": "20260416T110000", "end": "20260416T120000", "tz": "Europe/Dublin",
           "summary": "Interview: Tomasz Wróblewski – Supply Chain Coordinator",
           "location": "Atlantic Drinks Brewery\\, Oranmore"},
      parent="own_atlantic_move_request", quote="en"),
    # ================================================================== Midland (en)
    m(MISS, "en", "midland_missed_phone",
      ("Liam Daly", "liam.daly@midlandcoldchain.example.ie"),
      "Tried calling you", "2026-03-19 15:09 +0000",
      """Hi Tomasz,

I tried calling you at 3pm as agreed for the phone screen but it went straight to voicemail
twice. Let me know when suits to try again - I'm around Friday morning.

Liam
Sent from Outlook for iOS
""", company="Midland Cold Chain", contact="liam.daly@midlandcoldchain.example.ie",
      cte="7bit"),
    m(INV, "en", "midland_trial_day",
      ("Liam Daly from Midland Cold Chain", "noreply@workablemail.com"),
      "Trial day at Midland Cold Chain", "2026-04-20 12:15 +0100",
      """Hi Tomasz,

Good to finally talk on Friday. As the next step we'd like you to spend a paid trial day with
us at the Rathbane depot on Tuesday 28 April, 8:00 - 16:00: a morning with the planning team on
replenishment and the afternoon on the floor with the shift lead.

Please wear safety boots; hi-vis and a jacket for the chill store will be provided.

Reply here to confirm.

Liam Daly
Operations Manager, Midland Cold Chain
""", reply_to=("Liam Daly", "liam.daly@midlandcoldchain.example.ie"),
      company="Midland Cold Chain", contact="liam.daly@midlandcoldchain.example.ie",
      html="alt", style="ats", brand="Midland Cold Chain", parent="midland_missed_phone"),
    # ================================================================== Shannon (en)
    m(INV, "en", "shannon_invite",
      ("Eimear Walsh", "ewalsh@shannonestuaryports.example.ie"),
      "RE: Application – Logistics Planning Officer", "2026-05-05 10:44 +0100",
      """Dear Tomasz,

Thank you for your application. We would like to invite you to interview for the Logistics
Planning Officer role on Thursday 14 May at 11:30 at our offices in Foynes. The interview
will last approximately 45 minutes with a panel of three.

Please confirm your attendance by reply.

Kind regards,

Eimear Walsh
HR Manager
Shannon Estuary Ports
Foynes, Co. Limerick, V94 E2K8
T: +353 69 65 108

""" + DISCLAIMER_EN, company="Shannon Estuary Ports",
      contact="ewalsh@shannonestuaryports.example.ie", charset="windows-1252",
      cte="quoted-printable", html="alt", style="outlook",
      parent="own_shannon_application", quote="outlook-en"),
    # ================================================================== Chainlink (en)
    m("other", "en", "glanmire_inner_invite",
      ("Eoin Cotter", "eoin.cotter@glanmirepharma.example.ie"),
      "Interview – Production Planner – T. Wróblewski", "2026-04-29 16:02 +0100",
      """Hi Niamh,

Thanks for sending Tomasz's CV. We'd like to meet him for a first interview for the Production
Planner role: Friday 8 May at 11:00 at the Glanmire site, with myself and Karen from QA.

Could you pass on the details and confirm?

Thanks,
Eoin Cotter
Planning Manager, Glanmire Pharma
""", to=NIAMH, ghost=True),
    m(INV, "en", "chainlink_glanmire_invite", NIAMH,
      "Fwd: Interview – Production Planner – T. Wróblewski", "2026-04-30 09:14 +0100",
      """Hi Tomasz,

Great news - Glanmire Pharma would like to meet you! See Eoin's email attached: Friday 8 May at
11:00 at their Glanmire site. Can you confirm you're free and I'll lock it in?

I'll send you some prep notes on the site and the team tomorrow.

""" + NIAMH_SIG, company="Glanmire Pharma", contact="niamh@chainlinktalent.example.ie",
      fwd="glanmire_inner_invite"),
    m(RES, "en", "chainlink_glanmire_moved", NIAMH,
      "Glanmire – interview moved to Wed 13th", "2026-05-06 12:30 +0100",
      """Hi Tomasz,

Eoin has a regulatory audit landing on Friday so Glanmire need to move your interview to
Wednesday 13 May, 11:00. They've switched it to a phone interview so you won't need to travel -
Eoin will call your mobile.

Can you confirm that works?

Niamh
""", company="Glanmire Pharma", contact="niamh@chainlinktalent.example.ie",
      parent="chainlink_glanmire_invite", cte="8bit"),
    m(MISS, "en", "chainlink_glanmire_missed", NIAMH,
      "Glanmire call - did you get it?", "2026-05-13 11:25 +0100",
      """Tomasz,

Eoin from Glanmire Pharma has just been on to me - he rang you at 11 as agreed and again at
11:10 but there was no answer. Is everything OK?

Give me a shout as soon as you see this and I'll try to salvage it. He's open to another slot
next week.

Niamh
""", company="Glanmire Pharma", contact="niamh@chainlinktalent.example.ie",
      parent="chainlink_glanmire_moved", cte="quoted-printable"),
    # ================================================================== ShiftReady (en)
    m(INV, "en", "shiftready_registration",
      ("Declan Murphy", "declan@shiftready.example.ie"),
      "Registration interview - ShiftReady Cork", "2026-04-23 14:02 +0100",
      """Hi Tomasz,

Thanks for registering online. To get you set up for temp and contract roles I'll need to meet
you for a quick registration interview (20 mins) - could you pop into the branch on Tuesday 28
April at 10am? Please bring photo ID, proof of address and your Safe Pass / forklift cert if you
have them.

Thanks,
Declan Murphy
Branch Consultant | ShiftReady Staffing Cork
021 496 3010
""", company="ShiftReady Staffing", contact="declan@shiftready.example.ie", cte="7bit"),
    m(MISS, "en", "shiftready_missed",
      ("Declan Murphy", "declan@shiftready.example.ie"),
      "Missed registration today", "2026-04-28 11:05 +0100",
      """Hi Tomasz,

You were booked in with me at 10am today for your registration interview but didn't make it in.
I've a few warehouse planning assignments coming up so I'd like to get you registered asap.

I'm free Thursday at 9.30 or Friday at 2 - just let me know.

Declan
""", company="ShiftReady Staffing", contact="declan@shiftready.example.ie",
      parent="shiftready_registration", cte="7bit"),
    # ================================================================== Meridian (en)
    m(INV, "en", "meridian_quayside_invite",
      ("Rob Fennelly", "rob.fennelly@meridiansearch.example.com"),
      "Quayside Retail – first-round Teams interview", "2026-06-22 08:38 +0100",
      """Morning Tomasz,

As discussed, Quayside Retail want to go ahead with a first-round interview for the S&OP Analyst
role. It's a 45-minute Teams call with Ruth Callaghan (Head of Merchandise Planning) on Monday
29 June at 15:00. I've sent the calendar invite separately - please accept it so they know
you're confirmed.

Call me beforehand and I'll brief you on Ruth and the team.

Rob Fennelly
Principal Consultant, Meridian Search Partners
M: +353 87 661 0934
""", company="Quayside Retail", contact="rob.fennelly@meridiansearch.example.com",
      html="alt", style="simple"),
    # ================================================================== Kessler Pharma (de)
    m(INV, "de", "kessler_einladung",
      ("Kessler Pharma via softgarden", "noreply@softgarden.io"),
      "Einladung zum Vorstellungsgespräch – Demand Planner (m/w/d)", "2026-04-13 09:40 +0200",
      """Sehr geehrter Herr Wróblewski,

vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu
einem ersten Videointerview (ca. 45 Minuten) über Microsoft Teams ein.

Termin: Mittwoch, 22. April 2026, 14:00 Uhr (MESZ)
Gesprächspartner: Markus Schäfer (Talent Acquisition), Dr. Anja Vogt (Leitung Supply Chain)

Das Gespräch kann auf Englisch geführt werden. Bitte bestätigen Sie den Termin kurz über Ihr
Bewerberkonto oder per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Markus Schäfer
Kessler Pharma
""", reply_to=MARKUS, company="Kessler Pharma",
      contact="markus.schaefer@kesslerpharma.example.de", html="alt", style="ats",
      brand="Kessler Pharma Karriere", parent="kessler_ack"),
    m(INV, "de", "kessler_zweite_runde", MARKUS,
      "Einladung: Zweites Gespräch vor Ort – Demand Planner", "2026-05-18 15:55 +0200",
      """Sehr geehrter Herr Wróblewski,

vielen Dank für das angenehme erste Gespräch. Frau Dr. Vogt und ich würden Sie gerne zu einem
zweiten Gespräch an unseren Standort in Düsseldorf-Reisholz einladen.

Termin: Donnerstag, 4. Juni 2026, 10:00–13:00 Uhr
Ort: Kessler Pharma, Henkelstraße 210, 40589 Düsseldorf, Empfang Gebäude C

Vorgesehen sind ein Fachgespräch mit einer kurzen Fallstudie zur Absatzplanung sowie ein
Rundgang durch Produktion und Lager. Die Reisekosten übernehmen wir selbstverständlich.

Die Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen

Markus Schäfer
Talent Acquisition Manager
Kessler Pharma GmbH | Henkelstraße 210 | 40589 Düsseldorf
Tel.: +49 211 7409 330

""" + DISCLAIMER_DE, company="Kessler Pharma",
      contact="markus.schaefer@kesslerpharma.example.de",
      cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000KESS01",
           "seq": 0, "start": "20260604T100000", "end": "20260604T130000",
           "tz": "Europe/Berlin", "summary": "Zweitgespräch Demand Planner – Hr. Wróblewski",
           "location": "Kessler Pharma\\, Henkelstraße 210\\, Düsseldorf"},
      html="alt", style="outlook", charset="windows-1252", cte="quoted-printable",
      parent="kessler_einladung"),
    m(RES, "de", "kessler_verschoben", MARKUS,
      "Aktualisiert: Zweitgespräch Demand Planner – neuer Termin 11. Juni",
      "2026-05-27 08:14 +0200",
      """Sehr geehrter Herr Wróblewski,

leider müssen wir unser Gespräch am 4. Juni verschieben, da Frau Dr. Vogt an diesem Tag ein
Audit der Aufsichtsbehörde begleitet. Wir schlagen als neuen Termin Donnerstag, den 11. Juni,
ebenfalls 10:00 Uhr vor. Die aktualisierte Einladung liegt bei.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Markus Schäfer
""", company="Kessler Pharma", contact="markus.schaefer@kesslerpharma.example.de",
      cal={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000KESS01",
           "seq": 1, "start": "20260611T100000", "end": "20260611T130000",
           "tz": "Europe/Berlin", "summary": "Zweitgespräch Demand Planner – Hr. Wróblewski",
           "location": "Kessler Pharma\\, Henkelstraße 210\\, Düsseldorf"},
      charset="windows-1252", cte="8bit", parent="kessler_zweite_runde", quote="de"),
    # ================================================================== Rheinhafen (de)
    m(INV, "de", "rheinhafen_einladung",
      ("Katrin Hoffmann", "katrin.hoffmann@rheinhafen-logistik.example.de"),
      "Einladung Videointerview – S&OP Analyst (m/w/d)", "2026-04-02 11:00 +0200",
      """Hallo Tomasz,

danke nochmal für deine Bewerbung! Wir würden dich gern in einem Videointerview näher
kennenlernen. Wie wäre es mit Donnerstag, 9. April, um 15 Uhr? Dabei sind Jörg (Teamlead
Planung) und ich. Das Gespräch dauert etwa eine Stunde, gern auf Englisch.

Den Link schicke ich dir nach deiner Bestätigung.

Viele Grüße
Katrin
People & Culture
Rheinhafen Logistik · Hammer Dorfstraße 7 · 40221 Düsseldorf
""", company="Rheinhafen Logistik", contact="katrin.hoffmann@rheinhafen-logistik.example.de",
      parent="rheinhafen_ack", cte="quoted-printable"),
    m(RES, "de", "rheinhafen_verschoben",
      ("Katrin Hoffmann", "katrin.hoffmann@rheinhafen-logistik.example.de"),
      "Unser Termin am Donnerstag", "2026-04-07 17:41 +0200",
      """Hallo Tomasz,

leider muss ich unseren Termin am Donnerstag absagen – Jörg ist die ganze Woche krank. Ich melde
mich, sobald wir einen neuen Termin festlegen können, voraussichtlich für die Woche nach Ostern.

Sorry für die Umstände!

Katrin
""", company="Rheinhafen Logistik", contact="katrin.hoffmann@rheinhafen-logistik.example.de",
      parent="rheinhafen_einladung", quote="de", cte="8bit"),
    m(MISS, "de", "rheinhafen_nachholtermin",
      ("Katrin Hoffmann", "katrin.hoffmann@rheinhafen-logistik.example.de"),
      "Heute 15 Uhr – nicht erreicht", "2026-04-21 15:26 +0200",
      """Hallo Tomasz,

Jörg und ich waren heute um 15 Uhr im Teams-Meeting, du warst aber leider nicht dabei und
telefonisch haben wir dich auch nicht erreicht. Ist alles in Ordnung?

Falls du weiterhin Interesse hast, können wir das Gespräch gern am Donnerstag um 10 Uhr
nachholen. Gib mir einfach kurz Bescheid.

Viele Grüße
Katrin
""", company="Rheinhafen Logistik", contact="katrin.hoffmann@rheinhafen-logistik.example.de",
      parent="rheinhafen_verschoben", charset="iso-8859-1", cte="quoted-printable"),
    # ================================================================== Logistikpersonal (de)
    m(INV, "de", "logistikpersonal_niederrhein_invite", JANA,
      "Telefoninterview bei Niederrhein Getränke", "2026-04-28 10:12 +0200",
      """Hallo Herr Wróblewski,

ich habe gute Nachrichten: Niederrhein Getränke in Neuss möchte Sie gern kennenlernen. Herr
Dohmen, Leiter Supply Chain, würde Sie am Dienstag, 5. Mai, um 9:30 Uhr für ein etwa
30-minütiges Telefoninterview anrufen.

Passt Ihnen der Termin? Dann gebe ich die Bestätigung weiter.

Beste Grüße
Jana Petersen
Personalberaterin · Logistikpersonal Rhein
Königsallee 92a, 40212 Düsseldorf · Tel. 0211 8630 4410
""", company="Niederrhein Getränke", contact="j.petersen@logistikpersonal-rhein.example.de",
      charset="iso-8859-1", cte="quoted-printable", senc=("iso-8859-1", "q")),
    m(RES, "de", "logistikpersonal_niederrhein_moved", JANA,
      "AW: Telefoninterview bei Niederrhein Getränke – neue Uhrzeit", "2026-05-04 16:50 +0200",
      """Hallo Herr Wróblewski,

kleine Änderung: Herr Dohmen hat morgen früh einen Termin mit einem Großkunden und bittet
darum, das Telefoninterview auf Mittwoch, 6. Mai, 14:00 Uhr zu verschieben. Geht das bei Ihnen?

Beste Grüße
Jana Petersen
""", company="Niederrhein Getränke", contact="j.petersen@logistikpersonal-rhein.example.de",
      charset="iso-8859-1", cte="8bit", parent="logistikpersonal_niederrhein_invite",
      quote="outlook-de"),
    m(MISS, "de", "logistikpersonal_missed", JANA,
      "Telefonat heute nicht zustande gekommen", "2026-05-15 11:32 +0200",
      """Hallo Herr Wróblewski,

mein Kunde aus Krefeld hat mich gerade angerufen: Er hat heute um 11:00 Uhr wie vereinbart zweimal
versucht, Sie zu erreichen, leider ohne Erfolg. Können Sie mir kurz sagen, was passiert ist?
Vielleicht lässt sich noch ein neuer Termin finden.

Beste Grüße
Jana Petersen
""", company="Logistikpersonal Rhein", contact="j.petersen@logistikpersonal-rhein.example.de",
      cte="base64"),
    m(INV, "de", "rheinruhr_einladung",
      ("Thomas Lenz", "t.lenz@rheinruhr-distribution.example.de"),
      "Einladung zum Vorstellungsgespräch", "2026-06-08 13:20 +0200",
      """Sehr geehrter Herr Wróblewski,

vielen Dank für Ihre Bewerbung als Supply Chain Planner. Wir möchten Sie gern zu einem
persönlichen Gespräch in unsere Niederlassung in Duisburg einladen:

Mittwoch, 24. Juni 2026, 10:30 Uhr
Rhein-Ruhr Distribution, Logport I, Tor 3, 47229 Duisburg

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Parkplätze finden Sie vor dem
Verwaltungsgebäude.

Mit freundlichen Grüßen
Thomas Lenz
Leiter Personal
Rhein-Ruhr Distribution
""", company="Rhein-Ruhr Distribution", contact="t.lenz@rheinruhr-distribution.example.de",
      charset="windows-1252", cte="8bit"),
    # ================================================================== Saône Logistique (fr)
    m(INV, "fr", "saone_visio_invite",
      ("Camille Roux via Recruitee", "no-reply@recruitee.com"),
      "Entretien visio – Analyste S&OP", "2026-04-03 10:25 +0200",
      """Bonjour Tomasz,

Merci pour votre candidature ! Votre profil a retenu notre attention et nous aimerions échanger
avec vous lors d'un premier entretien en visio (45 min, en anglais ou en français).

Je vous propose le mardi 14 avril à 10h00. Vous pouvez aussi choisir un autre créneau via ce
lien : https://saone-logistique.recruitee.example/book/8812

Bien à vous,
Camille Roux
Chargée de recrutement – Saône Logistique
""", reply_to=CAMILLE, company="Saône Logistique",
      contact="camille.roux@saone-logistique.example.fr", html="alt", style="ats",
      brand="Saône Logistique", parent="saone_ack"),
    m(RES, "fr", "saone_deplace", CAMILLE,
      "Report de notre entretien du 14 avril", "2026-04-10 18:12 +0200",
      """Bonjour Tomasz,

Un imprévu m'oblige à décaler notre entretien de mardi. Seriez-vous disponible le jeudi 16 avril
à 14h00 ? Le lien de connexion reste inchangé.

Toutes mes excuses pour ce changement.

Camille
""", company="Saône Logistique", contact="camille.roux@saone-logistique.example.fr",
      charset="iso-8859-1", cte="quoted-printable", parent="saone_visio_invite"),
    m(INV, "fr", "saone_site_invite", CAMILLE,
      "Invitation : entretien sur site – Saône Logistique", "2026-05-26 11:40 +0200",
      """Bonjour Tomasz,

Suite à votre échange avec moi puis avec Jérôme Baptiste (responsable planification), nous
souhaitons vous rencontrer sur notre site de Saint-Priest pour un entretien final.

Date : mercredi 10 juin 2026, de 9h30 à 12h00
Lieu : Saône Logistique, 8 avenue des Frères Lumière, 69800 Saint-Priest

Au programme : présentation de notre processus S&OP, cas pratique et visite de l'entrepôt.
Nous prenons en charge votre déplacement depuis Cork. L'invitation est jointe à ce message.

Au plaisir de vous rencontrer,

Camille Roux
Chargée de recrutement
Saône Logistique

""" + DISCLAIMER_FR, company="Saône Logistique",
      contact="camille.roux@saone-logistique.example.fr",
      cal={"method": "REQUEST", "uid": "saone-entretien-final-tw-20260610", "seq": 0,
           "start": "20260610T093000", "end": "20260610T120000", "tz": "Europe/Paris",
           "summary": "Entretien final – Tomasz Wróblewski",
           "location": "Saône Logistique\\, Saint-Priest"},
      html="alt", style="outlook", parent="saone_deplace"),
    # ================================================================== Médisol (fr)
    m(INV, "fr", "medisol_invite", HELENE,
      "Convocation à un entretien – Planificateur supply chain", "2026-05-20 09:08 +0200",
      """Bonjour Tomasz,

Nous avons bien étudié votre candidature au poste de Planificateur supply chain et souhaiterions
vous rencontrer en visioconférence le mercredi 27 mai à 9h00, avec Marc Lefèvre, directeur des
opérations.

Merci de me confirmer votre disponibilité.

Cordialement,
Hélène Garnier
Responsable RH - Médisol
""", company="Médisol", contact="helene.garnier@medisol.example.fr", charset="iso-8859-1",
      cte="8bit"),
    m(MISS, "fr", "medisol_missed", HELENE,
      "Entretien de ce matin", "2026-05-27 09:35 +0200",
      """Bonjour Tomasz,

Marc et moi vous avons attendu ce matin à 9h00 sur Teams, en vain. Nous avons également essayé
de vous joindre par téléphone.

Si vous êtes toujours intéressé par le poste, nous pouvons vous proposer un nouveau créneau le
mardi 2 juin à 15h00. Merci de me tenir informée.

Cordialement,
Hélène Garnier
""", company="Médisol", contact="helene.garnier@medisol.example.fr", charset="windows-1252",
      cte="quoted-printable", parent="medisol_invite", quote="fr"),
    m(RES, "fr", "medisol_annule", HELENE,
      "Annulé : Entretien Tomasz Wróblewski – 2 juin", "2026-06-01 17:02 +0200",
      """Bonjour Tomasz,

Je suis contrainte d'annuler notre rendez-vous de demain, Marc devant se rendre en urgence sur
notre site de production. Je reviens vers vous très vite pour fixer une nouvelle date.

Avec toutes mes excuses,
Hélène
""", company="Médisol", contact="helene.garnier@medisol.example.fr",
      cal={"method": "CANCEL", "uid": "medisol-rdv-wroblewski-0602", "seq": 2,
           "start": "20260602T150000", "end": "20260602T160000", "tz": "Europe/Paris",
           "summary": "Entretien Tomasz Wróblewski", "location": "Microsoft Teams"},
      parent="medisol_missed"),
    # ================================================================== Altamira (fr)
    m(INV, "fr", "altamira_vercors_invite",
      ("Julien Mercier", "j.mercier@altamira-conseil.example.fr"),
      "Laiterie du Vercors – entretien avec la directrice supply chain",
      "2026-06-23 14:47 +0200",
      """Bonjour Tomasz,

Bonne nouvelle : la Laiterie du Vercors souhaite vous rencontrer pour le poste de Responsable
prévisions. L'entretien aurait lieu le lundi 6 juillet à 10h00, en visio, avec Mme Perrin,
directrice supply chain.

Pouvez-vous me confirmer rapidement ? Je vous appelle demain pour vous préparer.

Bien à vous,
Julien Mercier
Consultant senior – Altamira Conseil
24 quai Saint-Antoine, 69002 Lyon
""", company="Laiterie du Vercors", contact="j.mercier@altamira-conseil.example.fr",
      html="alt", style="simple", cte="quoted-printable"),
    m(RES, "fr", "altamira_vercors_reporte",
      ("Julien Mercier", "j.mercier@altamira-conseil.example.fr"),
      "Re: Laiterie du Vercors – entretien avec la directrice supply chain",
      "2026-07-02 12:05 +0200",
      """Bonjour Tomasz,

Mme Perrin me demande de reporter l'entretien de lundi : elle sera en déplacement sur leur site
de Die. Elle propose le jeudi 9 juillet à 16h00, toujours en visio. Cela vous convient-il ?

Julien
""", company="Laiterie du Vercors", contact="j.mercier@altamira-conseil.example.fr",
      parent="altamira_vercors_invite", quote="fr", cte="base64"),
    # ================================================================== Logística Moncayo (es)
    m(INV, "es", "moncayo_invite",
      ("Logística Moncayo", "no-reply@teamtailor-mail.com"),
      "Entrevista – Planificador/a de Demanda", "2026-04-27 12:30 +0200",
      """¡Hola, Tomasz!

Nos ha gustado mucho tu perfil y queremos conocerte. Te proponemos una entrevista por Google
Meet con Irene Sanz (Responsable de Personas) y Raúl Ortiz (Jefe de Planificación).

Elige el horario que mejor te venga aquí: https://logisticamoncayo.teamtailor.example/meetings/41ab

Si tienes cualquier duda, responde a este correo.

¡Hasta pronto!
Equipo de Personas – Logística Moncayo
""", reply_to=("Irene Sanz", "irene.sanz@logisticamoncayo.example.es"),
      company="Logística Moncayo", contact="irene.sanz@logisticamoncayo.example.es",
      html="alt", style="ats", brand="Logística Moncayo", parent="moncayo_ack"),
    # ================================================================== Destilerías Cierzo (es)
    m(INV, "es", "cierzo_invite", BEGONA,
      "Entrevista para el puesto de Técnico de Planificación", "2026-06-10 10:18 +0200",
      """Hola Tomasz:

Hemos revisado tu candidatura para el puesto de Técnico de Planificación y nos gustaría tener
una primera entrevista contigo por videollamada.

Te propongo el miércoles 17 de junio a las 12:00 (hora de Madrid). ¿Te viene bien?

Un saludo,
Begoña Lázaro
RRHH - Destilerías Cierzo
""", company="Destilerías Cierzo", contact="blazaro@destileriascierzo.example.es",
      charset="iso-8859-1", cte="quoted-printable", senc=("iso-8859-1", "q")),
    m(MISS, "es", "cierzo_missed", BEGONA,
      "No pudimos conectar contigo", "2026-06-17 12:31 +0200",
      """Hola Tomasz:

Te estuvimos esperando en la videollamada de las 12:00 y también te hemos llamado al móvil,
pero no hemos podido contactar contigo.

Si sigues interesado, dime qué día de la semana que viene te va bien y lo volvemos a intentar.

Un saludo,
Begoña
""", company="Destilerías Cierzo", contact="blazaro@destileriascierzo.example.es",
      charset="iso-8859-1", cte="8bit", parent="cierzo_invite", quote="es"),
    m(RES, "es", "cierzo_cambio_hora", BEGONA,
      "Cambio de fecha de la entrevista", "2026-06-26 09:44 +0200",
      """Hola Tomasz:

Perdona, pero tenemos que mover la entrevista del lunes 29: el director de operaciones estará
en la feria de Alimentaria. ¿Podrías el jueves 2 de julio a las 10:00? El enlace sería el
mismo.

Gracias por tu comprensión,
Begoña
""", company="Destilerías Cierzo", contact="blazaro@destileriascierzo.example.es",
      parent="own_cierzo_nuevo_dia", quote="es", cte="quoted-printable"),
    # ================================================================== Talento Logístico (es)
    m(INV, "es", "talento_lacteos_invite", ALVARO,
      "Entrevista con Lácteos del Moncayo", "2026-07-14 11:02 +0200",
      """Hola Tomasz:

¡Buenas noticias! Lácteos del Moncayo quiere entrevistarte para el puesto de Planificador de
Producción y Demanda en su planta de Tarazona. La entrevista sería presencial el martes 21 de
julio a las 9:30 con el director de planta.

¿Me confirmas si puedes asistir? Te paso después la dirección exacta y algunos consejos.

Saludos,
Álvaro Pérez
Consultor – Talento Logístico Aragón
Paseo de la Independencia 24, 50004 Zaragoza · 976 20 33 18
""", company="Lácteos del Moncayo", contact="alvaro.perez@talentologistico.example.es",
      charset="windows-1252", cte="8bit", senc=("windows-1252", "q")),
    m(RES, "es", "talento_lacteos_aplaza", ALVARO,
      "Aplazamiento entrevista Lácteos del Moncayo", "2026-07-17 16:40 +0200",
      """Hola Tomasz:

Te escribo porque Lácteos del Moncayo me pide aplazar la entrevista del martes: tienen una
inspección sanitaria en planta esa semana. Me dicen que te propondrán nueva fecha para finales
de julio; en cuanto la tenga te aviso.

Disculpa las molestias.

Álvaro
""", company="Lácteos del Moncayo", contact="alvaro.perez@talentologistico.example.es",
      parent="talento_lacteos_invite", quote="outlook-es", html="alt", style="outlook"),
    # ================================================================== Tempora (es)
    m(INV, "es", "tempora_registro",
      ("Tempora Empleo Zaragoza", "zaragoza@tempora-empleo.example.es"),
      "Cita para entrevista – Tempora Empleo", "2026-05-29 13:15 +0200",
      """Hola Tomasz:

Gracias por inscribirte en nuestra web. Te citamos para una entrevista personal en nuestra
oficina de Zaragoza el jueves 4 de junio a las 11:00 (Calle Coso 86, 2.º). Trae tu DNI/NIE,
tu CV actualizado y, si lo tienes, el carné de carretillero.

Para cualquier cambio, contesta a este correo o llama a Lucía al 976 39 41 20.

Un saludo,
Lucía Navarro
Consultora de selección – Tempora Empleo
""", reply_to=("Lucía Navarro", "lucia.navarro@tempora-empleo.example.es"),
      company="Tempora Empleo", contact="lucia.navarro@tempora-empleo.example.es",
      charset="windows-1252", cte="quoted-printable"),
    m(MISS, "es", "tempora_missed",
      ("Lucía Navarro", "lucia.navarro@tempora-empleo.example.es"),
      "No te presentaste a la entrevista", "2026-06-04 12:20 +0200",
      """Hola Tomasz:

Hoy a las 11:00 tenías cita con nosotros en la oficina y no te has presentado. Si fue un
imprevisto, no pasa nada: llámame o contesta a este correo y buscamos otro hueco esta semana o
la que viene.

Un saludo,
Lucía Navarro
Tempora Empleo
""", company="Tempora Empleo", contact="lucia.navarro@tempora-empleo.example.es",
      cte="base64", parent="tempora_registro"),
]
