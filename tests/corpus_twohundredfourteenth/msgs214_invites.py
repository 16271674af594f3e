# ruff: noqa: C408  (specs are written as dict(...) calls: keyword style reads like a form)
"""Corpus 214, interviews: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices, all hand-written specs."""

from __future__ import annotations

from msgs214_common import ats_card, mso, outlook, outlook_html, paras, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

HALDEN_PRIYA = ("Priya Raman", "priya.raman@haldenfreight.example.co.uk")
HALDEN_SIG = """Priya Raman
Talent Partner | Halden Freight
Halden House, Pontefract Road, Stourton, Leeds LS10 1SW
M: 07700 900218 | haldenfreight.example.co.uk"""

# ============================ interview_invitation ===========================================

# --- English ---------------------------------------------------------------------------------

_halden_invite = f"""Hi Kwame,

Thank you for your application for the Supply Chain Planner role. Steve and the team enjoyed reading your CV and we'd like to invite you to a panel interview.

When: Tuesday 8 September, 14:00 - 15:15
Where: Halden House, Pontefract Road, Stourton, Leeds LS10 1SW (ask for me at reception; visitor parking is on the left as you come in)
Panel: Steve Gaunt (Head of Planning), Aisha Noor (Network Planning Lead) and me

The first 45 minutes will be a competency-based interview. After that we'll give you a short case study - a week of inbound volumes for one of our retail customers - and ask you to talk us through how you'd plan labour and trailers. No preparation needed, and you won't need a laptop.

I've sent a calendar invitation with this email. Please accept it, or let me know if the time doesn't work and we'll find another.

Best wishes,

{HALDEN_SIG}
"""
add(dict(
    kind="interview_invitation", slug="halden_panel_calendar", lang="en",
    company="Halden Freight", contact="priya.raman@haldenfreight.example.co.uk",
    frm=HALDEN_PRIYA,
    subject="Interview invitation - Supply Chain Planner, Halden Freight",
    date="2026-08-24 11:05",
    text=_halden_invite,
    html=outlook_html(mso(_halden_invite)),
    ics=dict(uid="HF-INT-2026-0917-KLO@haldenfreight.example.co.uk", seq=0,
             start="2026-09-08 14:00", end="2026-09-08 15:15",
             summary="Interview: Supply Chain Planner - Kwame Lindgren-Osorio",
             location="Halden House, Pontefract Road, Stourton, Leeds LS10 1SW",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", mode="alt"),
    key="halden-invite", parent="halden-ack",
))

add(dict(
    kind="interview_invitation", slug="brackwater_phone_screen", lang="en",
    company="Brackwater Foods", contact="jodie.marsh@brackwaterfoods.example.co.uk",
    frm=("Jodie Marsh", "jodie.marsh@brackwaterfoods.example.co.uk"),
    subject="Production Planner - phone screen",
    date="2026-01-14 16:40",
    text="""Hi Kwame,

Gary has had a look at your CV for the Production Planner job and would like me to do an initial phone screen with you before he decides on interviews.

Could I give you a ring on Monday 19 January at 10:00? It'll take about 20 minutes - mainly your current role, your notice period and what you're looking for salary-wise. I'll call the mobile number on your CV unless you tell me otherwise.

Thanks,
Jodie

Jodie Marsh
HR Advisor | Brackwater Foods Ltd
Unit 4, Neepsend Lane, Sheffield S3 8AT
0114 496 0200
""",
    key="brack-screen", parent="brack-ack",
))

_maas_invite = """Dear Kwame,

Thank you for applying for the Demand Planner (English-speaking) vacancy at Maasgate Container Terminal.

I am pleased to invite you to a first interview via Microsoft Teams on Thursday 19 March from 15:00 to 16:00 Rotterdam time (14:00 UK time). You will speak with me and with Bram Kool, our Planning Manager. We would like to hear about your experience with volume forecasting and with planning staff around peak days.

The Teams link is in the attached calendar invitation:
https://teams.example.nl/l/meetup-join/maasgate-demand-planner-0319

Could you confirm by replying to this email?

Kind regards,

Marieke van der Linde
Talent Acquisition | Maasgate Container Terminal B.V.
Europaweg 910, 3199 LC Maasvlakte Rotterdam
+31 10 555 0142
"""
add(dict(
    kind="interview_invitation", slug="maasgate_teams_invite", lang="en",
    company="Maasgate Container Terminal", contact="m.vanderlinde@maasgate.example.nl",
    frm=("Marieke van der Linde", "m.vanderlinde@maasgate.example.nl"),
    subject="Demand Planner - interview Thursday 19 March",
    date="2026-03-09 10:12", tz="cet",
    text=_maas_invite,
    ics=dict(uid="040000008200E00074C5B7101A82E008-maasgate-dp-0319", seq=0,
             start="2026-03-19 15:00", end="2026-03-19 16:00", tz="cet",
             summary="Interview Demand Planner - K. Lindgren-Osorio (Teams)",
             location="Microsoft Teams Meeting", mode="attach", filename="invite.ics",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    key="maas-invite",
))

_redfern_sched = """Hi Kwame,

Thanks for applying for the Inventory Planner role at Redfern Pharmacy Distribution. Martin Coyle (Inventory Manager) and I would like to invite you to a 60-minute video interview.

Please use the link below to choose a time that suits you. Slots are available between Monday 2 March and Friday 6 March:

https://app.greenhouse.io/scheduling/redfern-example/7Qk2fVd9

Once you've picked a slot you'll get a calendar invite with the video link. If none of the times work, just reply to this email.

Thanks,
Ella
"""
add(dict(
    kind="interview_invitation", slug="greenhouse_redfern_pick_slot", lang="en",
    company="Redfern Pharmacy Distribution", contact="ella.barraclough@redfernpd.example.co.uk",
    frm=("Ella Barraclough via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Ella Barraclough", "ella.barraclough@redfernpd.example.co.uk"),
    subject="Interview availability: Inventory Planner at Redfern Pharmacy Distribution",
    date="2026-02-24 13:20", tz="utc",
    text=_redfern_sched,
    html=ats_card("Redfern Pharmacy Distribution", "#0f766e", "Pick your interview time",
                  paras(_redfern_sched), "Sent via Greenhouse"),
    key="redfern-invite",
))

_salt_text = """Dear Kwame,

Stock & Replenishment Planner - assessment day

Congratulations - following your application, we would like to invite you to our assessment day.

Date: Wednesday 22 April 2026
Time: 09:00 to approximately 15:30 (lunch provided)
Venue: Saltmarsh Distribution, Priory Park East, Hull HU4 7DY - Training Room 1

The day includes:
- a welcome and site tour
- a group exercise on handling a supplier shortfall
- a spreadsheet-based planning simulation (about 75 minutes)
- a 30-minute interview with two managers

Please bring photo ID and your right-to-work documents. Wear flat, closed-toe shoes for the warehouse tour.

Reply to confirm you can attend, and let us know of any adjustments you need.

Kind regards,

Leanne Cawood
Resourcing Coordinator
Saltmarsh Distribution
Tel: 01482 496 022
"""
add(dict(
    kind="interview_invitation", slug="saltmarsh_assessment_day", lang="en",
    company="Saltmarsh Distribution", contact="leanne.cawood@saltmarshdistribution.example.co.uk",
    frm=("Leanne Cawood", "leanne.cawood@saltmarshdistribution.example.co.uk"),
    subject="Invitation to assessment day - Stock & Replenishment Planner",
    date="2026-04-13 11:00",
    text=_salt_text,
    html=paras(_salt_text),
    cte="quoted-printable",
    key="salt-invite",
))

add(dict(
    kind="interview_invitation", slug="wolds_trial_day", lang="en",
    company="Wolds Fresh Produce", contact="rob.ainsley@woldsfresh.example.co.uk",
    frm=("Rob Ainsley", "rob.ainsley@woldsfresh.example.co.uk"),
    subject="Trial day on the planning desk",
    date="2026-05-05 19:02",
    text="""Evening Kwame,

Good to speak earlier. As discussed, I'd like you to come in for a paid trial day on the planning desk so you can see how we work and we can see how you get on with the pack plan.

Tuesday 12 May, 7am start, finish about 3pm. Come to the gatehouse on Beverley Road and they'll ring me. Hi-vis and boots provided, just bring something warm as the chillers are cold.

Any problems, ring me on 07700 900734.

Cheers,
Rob Ainsley
Planning Manager, Wolds Fresh Produce
Cottingham, East Yorkshire
""",
    key="wolds-trial",
))

add(dict(
    kind="interview_invitation", slug="aire_valley_free_thursday", lang="en",
    company="Aire Valley Distribution", contact="lorraine.haigh@airevalleydist.example.co.uk",
    frm=("Lorraine Haigh", "lorraine.haigh@airevalleydist.example.co.uk"),
    subject="Coffee?",
    date="2026-06-22 07:12",
    text="""Morning Kwame,

Sam Holroyd passed me your CV - he says you ran nights at his old place better than anyone he's worked with. We're about to create a planning role at Cross Green and I'd rather talk to good people before it goes on the website.

Are you free Thursday to chat? Say 8:30 in the site canteen, it'll be informal - an hour at most, and I'll show you round after.

Lorraine

Lorraine Haigh
Operations Director
Aire Valley Distribution
Cross Green Industrial Estate, Leeds LS9 0SG
07700 900127
""",
    key="aire-chat",
))

add(dict(
    kind="interview_invitation", slug="agency_sets_up_greystone", lang="en",
    company="Greystone Beverages", contact="nadia.okafor@stirlingrowe.example.co.uk",
    frm=("Nadia Okafor", "nadia.okafor@stirlingrowe.example.co.uk"),
    subject="Interview confirmed - Greystone Beverages, Tuesday 9 June",
    date="2026-06-03 12:15",
    text="""Hi Kwame,

Great news - Greystone Beverages loved your CV and want to meet you for the Supply & Demand Planner role.

Interview details:
Date: Tuesday 9 June
Time: 11:00 (allow about 90 minutes)
Where: Greystone Beverages, Sculcoates Lane, Hull HU5 1RU - report to the main office
With: Phil Dunwell (Head of Supply Chain) and Claire Ashby (HR Manager)

Format is a standard competency interview, then Phil will want to go through a S&OP example with you, so have a think about a time you balanced a forecast against capacity.

I'll call you on Monday evening to prep. Good luck!

Nadia

Nadia Okafor
Senior Consultant - Supply Chain & Logistics
Stirling & Rowe Recruitment
3rd Floor, 14 Park Row, Leeds LS1 5HU
Tel: 0113 496 0788 | Mob: 07700 900612

Stirling & Rowe Recruitment Ltd is registered in England and Wales (No. 08812345) and acts as an employment agency. This email and any attachments are confidential and intended solely for the addressee.
""",
    key="sr-greystone-invite", parent="sr-reg",
))

_tally = """Hi Kwame,

Thanks for applying to be a Junior Supply Planner at Tallyho Grocery! The team would like to meet you for a 45-minute video interview with Rhys (Supply Lead) and Nkechi (Senior Planner).

Pick a time that works for you here:
https://jobs.ashbyhq.com/tallyho-example/interview/schedule/3c9e1f

The link will show available times over the next week. If nothing fits, reply and let us know.

Cheers,
The Tallyho Talent team
"""
add(dict(
    kind="interview_invitation", slug="ashby_tallyho_schedule", lang="en",
    company="Tallyho Grocery", contact="",
    frm=("Tallyho Grocery", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Tallyho Grocery",
    date="2026-04-15 14:00", tz="utc",
    text=_tally,
    html=ats_card("Tallyho Grocery", "#15803d", "Let's find a time", paras(_tally),
                  "Sent with Ashby"),
    key="tally-invite",
))

_mill = """Hi Kwame,

Thanks again for applying for the Stock & Allocation Planner role. I'd love to set up a video call with you to talk about your experience and tell you more about Millrace.

I've booked Wednesday 18 February at 2pm (30 minutes) on Zoom:
https://zoom.example.com/j/84120933571

If that time doesn't suit, hit reply and we'll move it.

Hannah Sykes
Talent Acquisition, Millrace Homewares
"""
add(dict(
    kind="interview_invitation", slug="lever_millrace_zoom", lang="en",
    company="Millrace Homewares", contact="hannah.sykes@millrace.example.co.uk",
    frm=("Hannah Sykes", "no-reply@hire.lever.co"),
    reply_to=("Hannah Sykes", "hannah.sykes@millrace.example.co.uk"),
    subject="Millrace Homewares - let's talk!",
    date="2026-02-12 10:03", tz="utc",
    text=_mill,
    html=ats_card("Millrace Homewares", "#be185d", "Stock & Allocation Planner", paras(_mill),
                  "Sent via Lever"),
    key="mill-invite", parent="mill-ack",
))

_pennine = """Hi Kwame,

Thanks for sending your CV over. I'd like to invite you in for an interview for the Network Planner position.

Thursday 2 April, 10:00 - 11:00
Pennine Parcel Logistics, Hub 2, Mosley Road, Trafford Park, Manchester M17 1FQ

It'll be me and Joanne from our Central Planning team. We'll ask about how you currently plan shifts around inbound volumes and what you'd change about the way your site runs. I've attached a calendar invite.

Parking is free in the visitor bays opposite Hub 2.

Regards,
Dev Mistry
Operations Manager
Pennine Parcel Logistics
0161 496 0455
"""
add(dict(
    kind="interview_invitation", slug="pennine_hub_interview", lang="en",
    company="Pennine Parcel Logistics", contact="dev.mistry@pennineparcel.example.co.uk",
    frm=("Dev Mistry", "dev.mistry@pennineparcel.example.co.uk"),
    subject="Interview - Network Planner",
    date="2026-03-27 15:10",
    text=_pennine,
    html=outlook_html(mso(_pennine)),
    ics=dict(uid="pennine-np-interview-0402@pennineparcel.example.co.uk", seq=0,
             start="2026-04-02 10:00", end="2026-04-02 11:00",
             summary="Interview - Network Planner (Kwame Lindgren-Osorio)",
             location="Hub 2, Mosley Road, Trafford Park, Manchester M17 1FQ", mode="alt",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    key="pennine-invite",
))

add(dict(
    kind="interview_invitation", slug="council_letter_pdf", lang="en",
    company="Wharfe & Nidd Council", contact="angela.pickersgill@wharfenidd-council.example.uk",
    frm=("Angela Pickersgill", "angela.pickersgill@wharfenidd-council.example.uk"),
    subject="Fleet and Stores Planning Officer (WNC-2026-044) - invitation to interview",
    date="2026-02-03 12:00",
    text="""Dear Mr Lindgren-Osorio

Fleet and Stores Planning Officer (WNC-2026-044), Grade 7

I am pleased to tell you that you have been shortlisted for the above post. Please find attached a letter with the full details of your interview, which will take place on Wednesday 11 February 2026 at 10:30 at the Civic Centre, Bridge Street, Wetherby.

The panel will ask you to give a 10-minute presentation on the following topic: "How would you reduce stock-outs of winter maintenance materials across three depots?" You may bring notes or slides on a memory stick.

Please confirm your attendance by replying to this email by Friday 6 February.

Yours sincerely

Angela Pickersgill
HR Officer (Recruitment)
Wharfe & Nidd Council
Civic Centre, Bridge Street, Wetherby LS22 6RT
Tel: 01937 496 310

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Views expressed are those of the author and do not necessarily represent the views of Wharfe & Nidd Council. The Council may monitor email traffic.
""",
    pdfs=[dict(filename="WNC-2026-044_interview_letter.pdf",
               title="Invitation to interview - WNC-2026-044",
               lines=["Wharfe & Nidd Council - Human Resources",
                      "Civic Centre, Bridge Street, Wetherby LS22 6RT", "",
                      "Mr K Lindgren-Osorio", "", "3 February 2026", "",
                      "Post: Fleet and Stores Planning Officer (WNC-2026-044)", "",
                      "Interview: Wednesday 11 February 2026, 10:30",
                      "Venue: Committee Room B, Civic Centre",
                      "Panel: Head of Fleet Services, Stores Manager, HR Officer", "",
                      "Please bring: passport or birth certificate, proof of address,",
                      "and original certificates of any qualifications listed.", "",
                      "Presentation (10 minutes) followed by questions (35 minutes).", "",
                      "Angela Pickersgill, HR Officer (Recruitment)"])],
    key="wn-invite",
))

_marlowe_video = """Dear Kwame,

Thank you for your application for Merchandise Replenishment Analyst in Manchester.

We are pleased to invite you to the next stage: a recorded video interview. You will be shown five questions on screen, one at a time, and will have up to three minutes to record each answer. It takes about 25 minutes in total.

Please complete your interview by 23:59 on Wednesday 21 January using this link:
https://www.smartrecruiters.com/video-interview/marlowe-finch-example/8812-2210

Top tips: use a quiet room, check your camera and microphone first, and have a copy of the job description to hand.

Good luck!
Marlowe & Finch Resourcing
"""
add(dict(
    kind="interview_invitation", slug="smartrecruiters_video_interview", lang="en",
    company="Marlowe & Finch", contact="",
    frm=("Marlowe & Finch", "noreply@smartrecruiters.com"),
    subject="Next step: your video interview with Marlowe & Finch",
    date="2026-01-15 09:00", tz="utc",
    text=_marlowe_video,
    html=ats_card("Marlowe & Finch", "#1e3a8a", "Your video interview", paras(_marlowe_video),
                  "You received this email because you applied through SmartRecruiters."),
    key="marlowe-video", parent="marlowe-ack",
))

_eem_ack = """Dear Kwame,

We have received your application for Operations Planner. Thank you!

Our team will review it carefully and we aim to get back to you within two weeks.

Eemhaven Reefer Services"""
add(dict(
    kind="interview_invitation", slug="eemhaven_onsite_outlook", lang="en",
    company="Eemhaven Reefer Services", contact="sanne.kuipers@eemhaven-reefer.example.nl",
    frm=("Sanne Kuipers", "sanne.kuipers@eemhaven-reefer.example.nl"),
    subject="RE: Application received: Operations Planner",
    date="2026-05-19 11:15", tz="cet",
    text="""Dear Kwame,

Thank you for your patience. Joost de Wit (Head of Operations) and I would like to meet you at our terminal for an interview.

Tuesday 2 June, 10:00-11:30
Eemhaven Reefer Services, Waalhaven Zuidzijde 42, Rotterdam
Please report to the gate office with your passport; I'll collect you there.

We will also walk through the reefer yard, so please bring sturdy shoes. A calendar invitation is attached. If you are travelling from the UK we can reimburse a reasonable train or ferry fare.

Met vriendelijke groet / Kind regards,

Sanne Kuipers
HR Advisor
Eemhaven Reefer Services
+31 10 555 7720

""" + outlook("en", "Eemhaven Reefer Services <noreply@jobs.recruitee.com>", "Monday, May 11, 2026 8:30 AM",
              "Kwame Lindgren-Osorio", "Application received: Operations Planner", _eem_ack),
    ics=dict(uid="eemhaven-opsplanner-0602-klo@eemhaven-reefer.example.nl", seq=0,
             start="2026-06-02 10:00", end="2026-06-02 11:30", tz="cet",
             summary="Interview Operations Planner - Kwame Lindgren-Osorio",
             location="Waalhaven Zuidzijde 42, Rotterdam (gate office)", mode="attach"),
    key="eem-invite", parent="eem-ack",
))

_att_chase = """Hi Kerry,

I applied for the Planning Coordinator role three weeks ago and wondered whether there was any update on timescales?

Many thanks,
Kwame Lindgren-Osorio
07700 900431"""
add(dict(
    kind="interview_invitation", slug="attercliffe_reply_to_chaser", lang="en",
    company="Attercliffe Metals", contact="kerry.walsh@attercliffemetals.example.co.uk",
    frm=("Kerry Walsh", "kerry.walsh@attercliffemetals.example.co.uk"),
    subject="Re: Planning Coordinator - update?",
    date="2026-05-05 12:40",
    text=reply("""Hi Kwame,

Sorry for the silence - we've had a few people off. Good news though: Graham Tully, our Supply Chain Manager, would like to meet you. Are you able to come to our Attercliffe site on Thursday 14 May at 2pm? It'll be about an hour, and Graham will send you a calendar invite once you confirm.

Address: Attercliffe Metals, 210 Effingham Road, Sheffield S9 3QA. Ring the bell at the office door.

Kerry

Kerry Walsh
HR & Payroll Officer
Attercliffe Metals Ltd
0114 496 0481
""", "en", "Mon, 4 May 2026 at 19:26", "Kwame Lindgren-Osorio", "kwame.lo@example.com", _att_chase),
    key="att-invite", parent_id="<CAK1w9Lq3vZ-att.chaser.0504@mail.example.com>",
))

# --- Deutsch -----------------------------------------------------------------------------------

_ruhr_invite = """Sehr geehrter Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung als Disponent Supply Chain (m/w/d) bei der Ruhrort Hafenlogistik GmbH. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Datum: Dienstag, 24. Februar 2026
Uhrzeit: 10:00 bis ca. 11:30 Uhr
Ort: Dammstraße 21, 47119 Duisburg, Verwaltungsgebäude, 2. OG

Gesprächspartner sind Herr Albers (Leiter Disposition) und ich. Das Gespräch können wir gern auf Englisch beginnen und auf Deutsch fortsetzen.

Eine Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Sabine Kötter
Personalreferentin
Ruhrort Hafenlogistik GmbH
Tel. +49 203 555 3140
"""
add(dict(
    kind="interview_invitation", slug="ruhrort_einladung_kalender", lang="de",
    company="Ruhrort Hafenlogistik", contact="sabine.koetter@ruhrort-hafenlogistik.example.de",
    frm=("Sabine Kötter", "sabine.koetter@ruhrort-hafenlogistik.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="Einladung zum Vorstellungsgespräch - Disponent Supply Chain (m/w/d)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-16 10:05",
    text=_ruhr_invite,
    charset="iso-8859-1", cte="quoted-printable",
    ics=dict(uid="ruhrort-vg-0224-lindgren@ruhrort-hafenlogistik.example.de", seq=0,
             start="2026-02-24 10:00", end="2026-02-24 11:30", tz="cet",
             summary="Vorstellungsgespräch Disponent Supply Chain – K. Lindgren-Osorio",
             location="Dammstraße 21, 47119 Duisburg, Verwaltung 2. OG", mode="both"),
    key="ruhr-invite", parent="ruhr-ack",
))

add(dict(
    kind="interview_invitation", slug="kessler_kundentermin_lohmann", lang="de",
    company="Lohmann Chemielogistik", contact="t.brandt@kessler-personal.example.de",
    frm=("Timo Brandt | Kessler Personalberatung", "t.brandt@kessler-personal.example.de"),
    subject="Vorstellungstermin bei Lohmann Chemielogistik am 29.04.",
    date="2026-04-21 10:30",
    text="""Guten Tag Herr Lindgren-Osorio,

wie telefonisch besprochen habe ich Ihr Profil unserem Kunden Lohmann Chemielogistik vorgestellt, und der Kunde möchte Sie gern kennenlernen.

Termin: Mittwoch, 29.04.2026, 13:00 Uhr
Ort: Lohmann Chemielogistik, Rheinpreußenstraße 9, 47198 Duisburg-Homberg
Ansprechpartner vor Ort: Herr Rademacher, Standortleiter

Dauer ca. eine Stunde, anschließend kurzer Rundgang durch das Gefahrstofflager. Bitte bringen Sie Sicherheitsschuhe mit, falls vorhanden.

Ich rufe Sie am Dienstagabend noch einmal zur Vorbereitung an.

Beste Grüße
Timo Brandt
Senior Consultant Logistik
Kessler Personalberatung
Königstraße 48, 47051 Duisburg
Mobil +49 170 555 2281
""",
    cte="8bit",
    key="kessler-invite", parent="kessler-reg",
))

_homb = """Sehr geehrter Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) bei der Homberger Verpackung.

Gerne möchten wir Sie in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:

https://homberger-verpackung.softgarden.io/de/interview/booking/5520771

Nach der Buchung erhalten Sie eine Bestätigung mit allen Details.

Freundliche Grüße
Ihr Recruiting-Team der Homberger Verpackung
"""
add(dict(
    kind="interview_invitation", slug="softgarden_telefoninterview_buchen", lang="de",
    company="Homberger Verpackung", contact="",
    frm=("Homberger Verpackung", "noreply@softgarden.io"),
    subject="Ihre Bewerbung: Terminvereinbarung Telefoninterview",
    date="2026-05-18 09:12",
    text=_homb,
    html=ats_card("Homberger Verpackung", "#1d4ed8", "Telefoninterview", paras(_homb),
                  "Versendet mit softgarden", lang="de"),
    key="homb-invite",
))

add(dict(
    kind="interview_invitation", slug="rheinkamp_probearbeitstag", lang="de",
    company="Rheinkamp Getränke", contact="joerg.wessel@rheinkamp-getraenke.example.de",
    frm=("Jörg Wessel", "joerg.wessel@rheinkamp-getraenke.example.de"),
    name_enc=("windows-1252", "Q"),
    subject="Probearbeitstag",
    date="2026-06-15 15:30",
    text="""Hallo Kwame,

schön, dass du dich bei uns als Schichtleiter Disposition beworben hast. Bei uns duzen sich alle, ich hoffe, das ist okay.

Hast du Lust, am Donnerstag, 25. Juni, einen Probearbeitstag bei uns zu machen? Start ist um 7 Uhr an Tor 3, Ende gegen 15 Uhr. Du läufst mit unserer Tourenplanung mit und wir setzen uns mittags zusammen und reden über die Stelle. Sicherheitsschuhe haben wir da, sag mir nur deine Größe.

Gib mir kurz Bescheid, ob das passt.

Viele Grüße
Jörg

--
Jörg Wessel
Teamleiter Logistik
Rheinkamp Getränke GmbH & Co. KG
Moerser Straße 230, 47475 Kamp-Lintfort
""",
    charset="windows-1252", cte="quoted-printable",
    key="rheinkamp-trial",
))

# --- Français ----------------------------------------------------------------------------------

_del_invite = """Bonjour Monsieur Lindgren-Osorio,

Suite à l'étude de votre candidature au poste de Planificateur transport (H/F), nous avons le plaisir de vous convier à un entretien.

Date : mardi 12 mai 2026
Heure : 10h00 (durée prévue : 1h15)
Lieu : Transports Delaunoy, 8 rue de la Haie Plouvier, 59810 Lesquin – accueil du bâtiment A

Vous rencontrerez M. Thierry Delaunoy, directeur d'exploitation, ainsi que moi-même. L'entretien pourra se dérouler en partie en anglais.

Vous trouverez ci-joint une invitation calendrier. Merci de bien vouloir nous confirmer votre présence par retour de mail.

Cordialement,

Camille Vasseur
Chargée de recrutement
Transports Delaunoy
03 20 55 61 30
"""
add(dict(
    kind="interview_invitation", slug="delaunoy_convocation", lang="fr",
    company="Transports Delaunoy", contact="camille.vasseur@transports-delaunoy.example.fr",
    frm=("Camille Vasseur", "camille.vasseur@transports-delaunoy.example.fr"),
    subject="Convocation à un entretien – Planificateur transport (H/F)",
    subj_enc=("utf-8", "Q"),
    date="2026-05-06 14:30",
    text=_del_invite,
    html=outlook_html(mso(_del_invite), lang="fr-FR"),
    ics=dict(uid="delaunoy-entretien-20260512-klo@transports-delaunoy.example.fr", seq=0,
             start="2026-05-12 10:00", end="2026-05-12 11:15", tz="cet",
             summary="Entretien Planificateur transport – K. Lindgren-Osorio",
             location="Transports Delaunoy, 8 rue de la Haie Plouvier, 59810 Lesquin",
             mode="alt", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR"),
    key="del-invite", parent="del-ack",
))

add(dict(
    kind="interview_invitation", slug="roussel_rdv_client_verrerie", lang="fr",
    company="Verrerie de l'Escaut", contact="j.roussel@cabinet-roussel.example.fr",
    frm=("Julien Roussel", "j.roussel@cabinet-roussel.example.fr"),
    subject="RDV chez la Verrerie de l'Escaut - mardi 7 juillet",
    subj_enc=("iso-8859-1", "B"),
    date="2026-07-02 10:00",
    text="""Bonjour Kwame,

Bonne nouvelle : la Verrerie de l'Escaut souhaite vous rencontrer pour le poste de planificateur logistique dont nous avons parlé.

Le rendez-vous est fixé au mardi 7 juillet à 14h, sur le site d'Anzin (avenue Anatole France). Vous serez reçu par M. Lefebvre, responsable logistique, puis par la RRH. Prévoyez environ 1h30.

Je vous appelle lundi en fin de journée pour préparer l'entretien ensemble.

Bien à vous,

Julien Roussel
Consultant associé
Cabinet Roussel RH
45 boulevard de la Liberté, 59000 Lille
06 55 12 48 90
""",
    charset="iso-8859-1", cte="quoted-printable",
    key="roussel-invite",
))

add(dict(
    kind="interview_invitation", slug="vanhove_visio_jeudi", lang="fr",
    company="Biscuiterie Vanhove", contact="p.dewulf@biscuiterie-vanhove.example.fr",
    frm=("Pauline Dewulf", "p.dewulf@biscuiterie-vanhove.example.fr"),
    subject="Votre candidature – planificateur",
    subj_enc=("utf-8", "B"),
    date="2026-09-08 09:20",
    text="""Bonjour Kwame,

J'ai bien lu votre candidature pour le poste de planificateur, merci !

Seriez-vous disponible jeudi matin pour un premier échange en visio ? Je vous propose 9h30, une petite demi-heure, histoire de faire connaissance et de vous présenter l'usine. Si ça ne vous convient pas, dites-moi simplement ce qui vous arrange.

Lien Teams : https://teams.example.fr/l/meetup-join/vanhove-planif-0910

À jeudi j'espère,
Pauline Dewulf
Responsable supply chain – Biscuiterie Vanhove
""",
    cte="base64",
    key="vanhove-invite",
))

add(dict(
    kind="interview_invitation", slug="froid_lillois_mise_en_situation", lang="fr",
    company="Froid Lillois", contact="s.carpentier@froid-lillois.example.fr",
    frm=("Sébastien Carpentier", "s.carpentier@froid-lillois.example.fr"),
    name_enc=("windows-1252", "Q"),
    subject="Journée de mise en situation – mardi 27 janvier",
    subj_enc=("windows-1252", "Q"),
    date="2026-01-19 14:00",
    text="""Bonjour Monsieur,

Votre candidature au poste d’adjoint au responsable d’entrepôt frigorifique a retenu toute notre attention.

Nous vous proposons une demi-journée de mise en situation sur notre site de Lomme le mardi 27 janvier à 9h00 : découverte des quais, exercice de planification des préparations sur une journée type, puis entretien d’une heure avec le responsable d’exploitation. C’est le cœur de métier du poste, nous tenons donc à vous voir « en vrai ».

Prévoyez une tenue chaude (nous fournissons veste grand froid et chaussures de sécurité).

Merci de me confirmer votre venue.

Cordialement,
Sébastien Carpentier
Responsable d’exploitation adjoint – Froid Lillois
Rue du Grand But, 59160 Lomme – 03 20 55 90 14
""",
    charset="windows-1252", cte="quoted-printable",
    key="froid-invite",
))

# --- Español -----------------------------------------------------------------------------------

_alb_invite = """Hola Kwame:

Gracias por tu interés en el puesto de Planificador/a de operaciones portuarias en Puerto Albufera Terminales.

Nos gustaría conocerte en una entrevista por videollamada (Microsoft Teams):

Fecha: miércoles 25 de febrero de 2026
Hora: 11:00 (hora peninsular española)
Duración: 45 minutos aproximadamente
Entrevistadores: Jordi Sanchis (jefe de planificación) y yo misma

Te adjuntamos la convocatoria de calendario con el enlace. La entrevista será en inglés y en castellano.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Un saludo,

Lucía Ferrer
Técnica de Selección
Puerto Albufera Terminales, S.A.
Muelle de Poniente s/n, 46024 València
"""
add(dict(
    kind="interview_invitation", slug="albufera_convocatoria_teams", lang="es",
    company="Puerto Albufera Terminales", contact="lucia.ferrer@albuferaterminales.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@albuferaterminales.example.es"),
    name_enc=("utf-8", "B"),
    subject="Entrevista – Planificador/a de operaciones portuarias",
    subj_enc=("utf-8", "Q"),
    date="2026-02-19 10:00",
    text=_alb_invite,
    html=paras(_alb_invite),
    ics=dict(uid="albufera-entrevista-0225-klo@albuferaterminales.example.es", seq=0,
             start="2026-02-25 11:00", end="2026-02-25 11:45", tz="cet",
             summary="Entrevista Planificador/a de operaciones – Kwame Lindgren-Osorio",
             location="Microsoft Teams", mode="attach"),
    key="alb-invite", parent="alb-ack",
))

add(dict(
    kind="interview_invitation", slug="talento_entrevista_azahar", lang="es",
    company="Azahar Alimentación", contact="alvaro.quiles@talentologistico.example.es",
    frm=("Álvaro Quiles", "alvaro.quiles@talentologistico.example.es"),
    name_enc=("iso-8859-1", "B"),
    subject="Entrevista con Azahar Alimentación - lunes 11 de mayo",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-05-04 12:00",
    text="""Hola Kwame:

¡Buenas noticias! Azahar Alimentación quiere entrevistarte para el puesto de Técnico de Planificación de la Demanda.

Día: lunes 11 de mayo
Hora: 10:00
Lugar: Azahar Alimentación, Polígono Industrial Camí la Mar, parcela 14, Sagunto
Te recibirá: Inma Castelló, directora de cadena de suministro

La entrevista será presencial y durará alrededor de una hora. Inma hablará contigo en inglés al principio y después cambiará al castellano.

Llámame si tienes cualquier duda.

Un abrazo,

Álvaro Quiles
Consultor de Selección - Logística
Talento Logístico Mediterráneo
+34 655 12 34 98
""",
    charset="iso-8859-1", cte="quoted-printable",
    key="talento-invite", parent="talento-reg",
))

add(dict(
    kind="interview_invitation", slug="serrano_te_llamo_martes", lang="es",
    company="Muebles Serrano", contact="marta.llorens@mueblesserrano.example.es",
    frm=("Marta Llorens", "marta.llorens@mueblesserrano.example.es"),
    subject="Re: Candidatura – Responsable de almacén y planificación",
    subj_enc=("utf-8", "Q"),
    date="2026-06-17 11:02",
    text=reply("""Hola Kwame:

Gracias por tu candidatura para el puesto de responsable de almacén y planificación. ¿Te viene bien una llamada el martes 23 a las 10:00?

Marta Llorens
Recursos Humanos · Muebles Serrano
""", "es", "lun, 15 jun 2026 a las 20:14", "Kwame Lindgren-Osorio", "kwame.lo@example.com",
        """Buenas tardes:

Les escribo para presentar mi candidatura al puesto de responsable de almacén y planificación publicado en su web. Adjunto mi CV.

Un saludo,
Kwame Lindgren-Osorio"""),
    key="serrano-call", parent="serrano-app",
))

# ============================ interview_reschedule_or_cancel =================================

# --- English ---------------------------------------------------------------------------------

_halden_move = f"""Hi Kwame,

I'm really sorry to do this, but Steve has been pulled into a customer meeting on Tuesday afternoon that we can't move. Could we switch your panel interview to Thursday 10 September at 10:30 instead? Same place, same panel, same format.

I've sent an updated invitation - if you accept it, the old one will disappear from your calendar. If Thursday doesn't work, give me a call and we'll sort something.

Apologies again,

{HALDEN_SIG}
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="halden_moved_updated_invite", lang="en",
    company="Halden Freight", contact="priya.raman@haldenfreight.example.co.uk",
    frm=HALDEN_PRIYA,
    subject="Updated: Interview invitation - Supply Chain Planner, Halden Freight",
    date="2026-09-02 09:20",
    text=_halden_move,
    html=outlook_html(mso(_halden_move)),
    ics=dict(uid="HF-INT-2026-0917-KLO@haldenfreight.example.co.uk", seq=1,
             start="2026-09-10 10:30", end="2026-09-10 11:45",
             summary="Interview: Supply Chain Planner - Kwame Lindgren-Osorio",
             location="Halden House, Pontefract Road, Stourton, Leeds LS10 1SW",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", mode="alt"),
    key="halden-moved", parent="halden-invite",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="maasgate_cancel_calendar", lang="en",
    company="Maasgate Container Terminal", contact="m.vanderlinde@maasgate.example.nl",
    frm=("Marieke van der Linde", "m.vanderlinde@maasgate.example.nl"),
    subject="Canceled: Interview Demand Planner - K. Lindgren-Osorio (Teams)",
    date="2026-03-17 16:55", tz="cet",
    text="""Dear Kwame,

I'm sorry to do this at short notice, but we have to cancel Thursday's interview for the Demand Planner vacancy. Nothing to do with you - a couple of internal changes need settling first. I'll come back to you with a new date as soon as I can.

Best regards,
Marieke van der Linde
Talent Acquisition | Maasgate Container Terminal B.V.
""",
    ics=dict(uid="040000008200E00074C5B7101A82E008-maasgate-dp-0319", seq=1, method="CANCEL",
             start="2026-03-19 15:00", end="2026-03-19 16:00", tz="cet",
             summary="Canceled: Interview Demand Planner - K. Lindgren-Osorio (Teams)",
             location="Microsoft Teams Meeting", mode="alt",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    headers=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA=")],
    key="maas-cancel", parent="maas-invite",
))

_pennine_req = """Hi Dev,

Thank you for the invitation - I'm really pleased to be asked in. Unfortunately I've just been told I'm covering a stock take at work on Thursday morning and can't get out of it. Would it be possible to move the interview to any time early next week?

Sorry for the hassle,
Kwame"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="pennine_new_slot_confirmed", lang="en",
    company="Pennine Parcel Logistics", contact="dev.mistry@pennineparcel.example.co.uk",
    frm=("Dev Mistry", "dev.mistry@pennineparcel.example.co.uk"),
    subject="RE: Interview - Network Planner",
    date="2026-03-30 11:36",
    text=reply("""Hi Kwame,

No problem at all, stock takes wait for no one. I've moved you to Tuesday 7 April at 11:00, same place. Updated invite attached.

Dev Mistry
Operations Manager, Pennine Parcel Logistics
""", "en", "Mon, 30 Mar 2026 at 08:02", "Kwame Lindgren-Osorio", "kwame.lo@example.com", _pennine_req),
    ics=dict(uid="pennine-np-interview-0402@pennineparcel.example.co.uk", seq=1,
             start="2026-04-07 11:00", end="2026-04-07 12:00",
             summary="Interview - Network Planner (Kwame Lindgren-Osorio)",
             location="Hub 2, Mosley Road, Trafford Park, Manchester M17 1FQ", mode="alt",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    key="pennine-moved", parent="pennine-req",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="eemhaven_interviewer_ill", lang="en",
    company="Eemhaven Reefer Services", contact="sanne.kuipers@eemhaven-reefer.example.nl",
    frm=("Sanne Kuipers", "sanne.kuipers@eemhaven-reefer.example.nl"),
    subject="Tomorrow's interview - postponed",
    date="2026-06-01 17:50", tz="cet",
    text="""Dear Kwame,

I am afraid Joost has been sent home ill today and will not be back tomorrow, so we have to postpone your interview of Tuesday 2 June. I'm very sorry, especially if you had already planned your travel - please send me your receipts and we'll reimburse them.

To avoid another trip, we could do the interview on Teams instead. Would Monday 8 June at 10:00 (9:00 UK time) work for you? I'll send the link once you confirm.

Kind regards,

Sanne Kuipers
HR Advisor
Eemhaven Reefer Services
""",
    key="eem-ill", parent="eem-invite",
))

_redfern_moved = """Hi Kwame,

Your interview for Inventory Planner at Redfern Pharmacy Distribution has been rescheduled.

New time: Thursday 5 March 2026, 15:00 - 16:00 (GMT)
Previous time: Wednesday 4 March 2026, 10:00 - 11:00 (GMT)
Interviewers: Ella Barraclough, Martin Coyle
Video link: https://meet.example.com/redfern-inv-planner-5m

An updated calendar invitation is attached.
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="greenhouse_interview_rescheduled", lang="en",
    company="Redfern Pharmacy Distribution", contact="",
    frm=("Redfern Pharmacy Distribution", "no-reply@greenhouse-mail.io"),
    subject="Interview rescheduled: Inventory Planner at Redfern Pharmacy Distribution",
    date="2026-03-02 08:05", tz="utc",
    text=_redfern_moved,
    html=ats_card("Redfern Pharmacy Distribution", "#0f766e", "Interview rescheduled",
                  paras(_redfern_moved), "Sent via Greenhouse"),
    ics=dict(uid="gh-interview-51277301@greenhouse-mail.io", seq=1,
             start="2026-03-05 15:00", end="2026-03-05 16:00",
             summary="Interview: Inventory Planner (Redfern Pharmacy Distribution)",
             location="https://meet.example.com/redfern-inv-planner-5m", mode="attach",
             organizer=("Ella Barraclough", "ella.barraclough@redfernpd.example.co.uk"),
             prodid="-//Greenhouse//Interview Scheduling//EN"),
    headers=[("Auto-Submitted", "auto-generated")],
    key="redfern-moved", parent="redfern-invite",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="agency_greystone_day_moved", lang="en",
    company="Greystone Beverages", contact="nadia.okafor@stirlingrowe.example.co.uk",
    frm=("Nadia Okafor", "nadia.okafor@stirlingrowe.example.co.uk"),
    subject="Greystone - change of day",
    date="2026-06-05 09:40",
    text="""Hi Kwame,

Quick one - Greystone have asked to move your interview from Tuesday to Wednesday (10 June), same time, 11:00, same people. Phil has a board meeting that's been brought forward. Can you still make it? Let me know and I'll confirm with Claire.

Thanks,
Nadia

Sent from Outlook for Android
""",
    key="sr-greystone-moved", parent="sr-greystone-invite",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="council_interviews_postponed", lang="en",
    company="Wharfe & Nidd Council", contact="angela.pickersgill@wharfenidd-council.example.uk",
    frm=("Angela Pickersgill", "angela.pickersgill@wharfenidd-council.example.uk"),
    subject="POSTPONED: Fleet and Stores Planning Officer interviews, 11 February",
    date="2026-02-09 16:10",
    text="""Dear Mr Lindgren-Osorio

Fleet and Stores Planning Officer (WNC-2026-044)

I am sorry to tell you that, because of a heating failure at the Civic Centre, the building will be closed for the rest of this week and the interviews arranged for Wednesday 11 February cannot go ahead.

Your application is not affected. I will contact you by the end of this week with a new date, which is likely to be in the week beginning 23 February.

Please accept our apologies for any inconvenience.

Yours sincerely

Angela Pickersgill
HR Officer (Recruitment)
Wharfe & Nidd Council
Tel: 01937 496 310
""",
    key="wn-postponed", parent="wn-invite",
))

_att_update = """Hi Kwame,

Small change for Thursday: we've moved you to 15:30 and to the Boardroom on the first floor, as the meeting room downstairs is being rewired. Everything else is as before.

Graham

Graham Tully
Supply Chain Manager
Attercliffe Metals Ltd
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="attercliffe_calendar_update", lang="en",
    company="Attercliffe Metals", contact="graham.tully@attercliffemetals.example.co.uk",
    frm=("Graham Tully", "graham.tully@attercliffemetals.example.co.uk"),
    cc=[("Kerry Walsh", "kerry.walsh@attercliffemetals.example.co.uk")],
    subject="Updated invitation: Interview - Planning Coordinator @ Thu 14 May 2026 15:30 - 16:30",
    date="2026-05-11 09:10",
    text=_att_update,
    html=outlook_html(mso(_att_update)),
    ics=dict(uid="att-pc-interview-0514@attercliffemetals.example.co.uk", seq=2,
             start="2026-05-14 15:30", end="2026-05-14 16:30",
             summary="Interview - Planning Coordinator",
             location="Boardroom (1st floor), 210 Effingham Road, Sheffield S9 3QA",
             mode="alt", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    key="att-moved", parent="att-invite",
))

_tally_cancel = """Hi Kwame,

Your interview with Tallyho Grocery scheduled for Tuesday 21 April at 13:00 has been cancelled.

Rhys is no longer available at this time. The hiring team will be in touch shortly to find a new slot - there's nothing you need to do for now.

The Tallyho Talent team
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="ashby_tallyho_cancelled", lang="en",
    company="Tallyho Grocery", contact="",
    frm=("Tallyho Grocery", "no-reply@ashbyhq.com"),
    subject="Cancelled: Interview with Tallyho Grocery",
    date="2026-04-20 09:31", tz="utc",
    text=_tally_cancel,
    html=ats_card("Tallyho Grocery", "#15803d", "Interview cancelled", paras(_tally_cancel),
                  "Sent with Ashby"),
    ics=dict(uid="ashby-ivw-0421-tallyho-9f2c@ashbyhq.com", seq=1, method="CANCEL",
             start="2026-04-21 13:00", end="2026-04-21 13:45",
             summary="Interview: Junior Supply Planner (Tallyho Grocery)",
             location="Google Meet", mode="attach", filename="cancel.ics",
             organizer=("Tallyho Grocery", "no-reply@ashbyhq.com"),
             prodid="-//Ashby//Scheduling//EN"),
    key="tally-cancel", parent="tally-invite",
))

# --- Deutsch -----------------------------------------------------------------------------------

_ruhr_move = """Sehr geehrter Herr Lindgren-Osorio,

leider muss Herr Albers am kommenden Dienstag kurzfristig zu einem Kunden nach Antwerpen reisen. Wir würden unser Gespräch daher gern auf Donnerstag, 26. Februar 2026, 14:00 Uhr verlegen. Ort und Ablauf bleiben unverändert.

Die aktualisierte Kalendereinladung liegt bei. Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen

Sabine Kötter
Personalreferentin
Ruhrort Hafenlogistik GmbH
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="ruhrort_terminverschiebung", lang="de",
    company="Ruhrort Hafenlogistik", contact="sabine.koetter@ruhrort-hafenlogistik.example.de",
    frm=("Sabine Kötter", "sabine.koetter@ruhrort-hafenlogistik.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="Terminverschiebung: Vorstellungsgespräch am 24.02.",
    date="2026-02-20 13:40",
    text=_ruhr_move,
    charset="iso-8859-1", cte="quoted-printable",
    ics=dict(uid="ruhrort-vg-0224-lindgren@ruhrort-hafenlogistik.example.de", seq=1,
             start="2026-02-26 14:00", end="2026-02-26 15:30", tz="cet",
             summary="Vorstellungsgespräch Disponent Supply Chain – K. Lindgren-Osorio",
             location="Dammstraße 21, 47119 Duisburg, Verwaltung 2. OG", mode="both"),
    key="ruhr-moved", parent="ruhr-invite",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="kessler_termin_abgesagt", lang="de",
    company="Lohmann Chemielogistik", contact="t.brandt@kessler-personal.example.de",
    frm=("Timo Brandt | Kessler Personalberatung", "t.brandt@kessler-personal.example.de"),
    subject="AW: Vorstellungstermin bei Lohmann Chemielogistik am 29.04.",
    date="2026-04-27 17:20",
    text="""Guten Tag Herr Lindgren-Osorio,

leider muss ich den Termin bei Lohmann Chemielogistik am Mittwoch absagen. Der Standortleiter ist kurzfristig verhindert. Ich melde mich, sobald ich einen neuen Termin habe.

Beste Grüße
Timo Brandt
""",
    cte="base64",
    key="kessler-cancel", parent="kessler-invite",
))

# --- Français ----------------------------------------------------------------------------------

_del_move = """Bonjour Monsieur Lindgren-Osorio,

M. Delaunoy étant retenu par un audit client le 12 mai, nous sommes contraints de reporter votre entretien. Nous vous proposons le jeudi 21 mai à 10h00, au même endroit.

L'invitation a été mise à jour en conséquence. Merci de nous confirmer que ce nouveau créneau vous convient.

Avec toutes nos excuses,

Camille Vasseur
Chargée de recrutement
Transports Delaunoy
"""
add(dict(
    kind="interview_reschedule_or_cancel", slug="delaunoy_report_entretien", lang="fr",
    company="Transports Delaunoy", contact="camille.vasseur@transports-delaunoy.example.fr",
    frm=("Camille Vasseur", "camille.vasseur@transports-delaunoy.example.fr"),
    subject="Report de votre entretien du 12 mai",
    date="2026-05-11 08:45",
    text=_del_move,
    html=outlook_html(mso(_del_move), lang="fr-FR"),
    ics=dict(uid="delaunoy-entretien-20260512-klo@transports-delaunoy.example.fr", seq=1,
             start="2026-05-21 10:00", end="2026-05-21 11:15", tz="cet",
             summary="Entretien Planificateur transport – K. Lindgren-Osorio",
             location="Transports Delaunoy, 8 rue de la Haie Plouvier, 59810 Lesquin",
             mode="alt", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR"),
    key="del-moved", parent="del-invite",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="roussel_rdv_annule", lang="fr",
    company="Verrerie de l'Escaut", contact="j.roussel@cabinet-roussel.example.fr",
    frm=("Julien Roussel", "j.roussel@cabinet-roussel.example.fr"),
    subject="Annulation RDV de demain – Verrerie de l'Escaut",
    subj_enc=("utf-8", "Q"),
    date="2026-07-06 18:10",
    text="""Bonsoir Kwame,

Je viens d'avoir la RRH de la Verrerie de l'Escaut : M. Lefebvre est en arrêt maladie depuis ce matin et le client annule donc le rendez-vous de demain 14h.

Rien de négatif vous concernant, le poste reste ouvert. Je reviens vers vous dès que nous avons une nouvelle date.

Désolé pour ce contretemps,
Julien
""",
    key="roussel-cancel", parent="roussel-invite",
))

# --- Español -----------------------------------------------------------------------------------

add(dict(
    kind="interview_reschedule_or_cancel", slug="albufera_cambio_de_hora", lang="es",
    company="Puerto Albufera Terminales", contact="lucia.ferrer@albuferaterminales.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@albuferaterminales.example.es"),
    name_enc=("utf-8", "B"),
    subject="Cambio de hora – entrevista del miércoles 25",
    subj_enc=("utf-8", "B"),
    date="2026-02-23 09:30",
    text="""Hola Kwame:

Te escribo porque Jordi tiene una reunión con la Autoridad Portuaria el miércoles por la mañana. ¿Podríamos pasar la entrevista de las 11:00 a las 12:30 del mismo día? El enlace de Teams sigue siendo el mismo; te envío la convocatoria actualizada.

Perdona las molestias.

Lucía Ferrer
Técnica de Selección · Puerto Albufera Terminales
""",
    ics=dict(uid="albufera-entrevista-0225-klo@albuferaterminales.example.es", seq=1,
             start="2026-02-25 12:30", end="2026-02-25 13:15", tz="cet",
             summary="Entrevista Planificador/a de operaciones – Kwame Lindgren-Osorio",
             location="Microsoft Teams", mode="attach"),
    key="alb-moved", parent="alb-invite",
))

add(dict(
    kind="interview_reschedule_or_cancel", slug="talento_entrevista_aplazada", lang="es",
    company="Azahar Alimentación", contact="alvaro.quiles@talentologistico.example.es",
    frm=("Álvaro Quiles", "alvaro.quiles@talentologistico.example.es"),
    name_enc=("iso-8859-1", "B"),
    subject="Aplazada la entrevista con Azahar",
    date="2026-05-08 13:00",
    text="""Hola Kwame:

Me acaban de llamar de Azahar Alimentación: Inma tiene que viajar a Murcia por un problema con un proveedor y la entrevista del lunes 11 queda aplazada.

Me proponen el miércoles 20 de mayo a las 10:00, en el mismo sitio. ¿Te viene bien? Si me dices que sí, se lo confirmo hoy mismo.

Un abrazo,
Álvaro
""",
    charset="iso-8859-1", cte="8bit",
    key="talento-moved", parent="talento-invite",
))

# ============================ missed_interview_notice ========================================

# --- English ---------------------------------------------------------------------------------

add(dict(
    kind="missed_interview_notice", slug="brackwater_tried_calling_twice", lang="en",
    company="Brackwater Foods", contact="jodie.marsh@brackwaterfoods.example.co.uk",
    frm=("Jodie Marsh", "jodie.marsh@brackwaterfoods.example.co.uk"),
    subject="Production Planner - phone screen",
    date="2026-01-19 10:25",
    text="""Hi Kwame,

I tried calling you twice at 10:00 this morning for our phone screen but it went to voicemail both times. Hope everything's OK. Let me know if you'd still like to chat and I'll see what I can do.

Thanks,
Jodie

Jodie Marsh
HR Advisor | Brackwater Foods Ltd
0114 496 0200
""",
    key="brack-missed", parent="brack-screen",
))

add(dict(
    kind="missed_interview_notice", slug="eemhaven_waited_on_teams", lang="en",
    company="Eemhaven Reefer Services", contact="sanne.kuipers@eemhaven-reefer.example.nl",
    frm=("Sanne Kuipers", "sanne.kuipers@eemhaven-reefer.example.nl"),
    subject="RE: Tomorrow's interview - postponed",
    date="2026-06-08 10:35", tz="cet",
    html=outlook_html(mso("""Dear Kwame,

Joost and I waited on Teams for 15 minutes this morning but you didn't join the call. I also tried your mobile at 10:10 with no answer.

I hope nothing has happened. Could you let me know what went wrong? Joost is on leave from Wednesday, so if we want to rearrange it would need to be tomorrow.

Kind regards,

Sanne Kuipers
HR Advisor
Eemhaven Reefer Services
+31 10 555 7720""")),
    key="eem-missed", parent="eem-ill",
))

add(dict(
    kind="missed_interview_notice", slug="wolds_no_show_gatehouse", lang="en",
    company="Wolds Fresh Produce", contact="rob.ainsley@woldsfresh.example.co.uk",
    frm=("Rob Ainsley", "rob.ainsley@woldsfresh.example.co.uk"),
    subject="Re: Trial day on the planning desk",
    date="2026-05-12 08:05",
    text="""Kwame,

Gatehouse says you haven't arrived for the trial day - we were expecting you at 7. I've rung your mobile a couple of times. If you're stuck somewhere let me know, otherwise I'll assume it's off.

Rob Ainsley
Planning Manager, Wolds Fresh Produce
""",
    key="wolds-missed", parent="wolds-trial",
))

add(dict(
    kind="missed_interview_notice", slug="blue_crane_client_waited", lang="en",
    company="Blue Crane Talent", contact="shauna.reilly@bluecranetalent.example.co.uk",
    frm=("Shauna Reilly", "shauna.reilly@bluecranetalent.example.co.uk"),
    subject="the grocer role",
    date="2026-02-26 14:35",
    text="""Hi Kwame,

My client has just rung me to say you didn't dial in to the 2pm video call with their availability manager. They waited ten minutes before giving up. Is everything OK?

Give me a call when you get this - I'd like to explain to them before the end of today.

Shauna
Blue Crane Talent | Manchester
0161 496 0910
""",
    key="bc-missed", parent="bc-reg",
))

add(dict(
    kind="missed_interview_notice", slug="council_did_not_attend", lang="en",
    company="Calder Vale Council", contact="imran.shah@caldervale.example.uk",
    frm=("Imran Shah", "imran.shah@caldervale.example.uk"),
    subject="Non-attendance at interview - CVC/ENV/0311",
    date="2026-04-17 15:00",
    text="""Dear Mr Lindgren-Osorio

Stores and Logistics Planning Officer (Ref CVC/ENV/0311)

Our records show that you did not attend your interview, which was arranged for Thursday 16 April 2026 at 11:00 at the Halifax Road depot.

If there were exceptional circumstances that prevented you from attending or letting us know, please contact me within five working days of the date of this email. Otherwise your application will be closed.

Yours sincerely

Imran Shah
Recruitment Officer
Calder Vale Council
""",
    headers=[("Importance", "High")],
    key="calder-missed", parent="calder-ack",
))

add(dict(
    kind="missed_interview_notice", slug="millrace_missed_you_on_zoom", lang="en",
    company="Millrace Homewares", contact="hannah.sykes@millrace.example.co.uk",
    frm=("Hannah Sykes", "hannah.sykes@millrace.example.co.uk"),
    subject="Missed you today",
    date="2026-02-18 14:40",
    text="""Hi Kwame,

I was on the Zoom at 2pm for our chat but didn't see you come through - I stayed on until about 2:20. No worries if something came up, these things happen.

If you're still interested in the Stock & Allocation Planner role, reply and let me know a couple of times that suit you this week or next.

Hannah Sykes
Talent Acquisition, Millrace Homewares
""",
    key="mill-missed", parent="mill-invite",
))

# --- Deutsch -----------------------------------------------------------------------------------

add(dict(
    kind="missed_interview_notice", slug="homberger_nicht_erreicht", lang="de",
    company="Homberger Verpackung", contact="m.jansen@homberger-verpackung.example.de",
    frm=("Melanie Jansen", "m.jansen@homberger-verpackung.example.de"),
    subject="Unser Telefoninterview heute um 14 Uhr",
    date="2026-05-28 14:20",
    text="""Sehr geehrter Herr Lindgren-Osorio,

wir haben Sie heute um 14 Uhr zum vereinbarten Telefoninterview zweimal unter der angegebenen Nummer angerufen, Sie aber leider nicht erreicht. Auf die Mailbox habe ich Ihnen eine kurze Nachricht gesprochen.

Sollten Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Mittwoch nächster Woche bei mir.

Mit freundlichen Grüßen
Melanie Jansen
Personalabteilung
Homberger Verpackung GmbH
Tel. +49 2066 555 418
""",
    charset="iso-8859-1", cte="quoted-printable",
    key="homb-missed", parent="homb-invite",
))

add(dict(
    kind="missed_interview_notice", slug="rheinkamp_am_tor_gewartet", lang="de",
    company="Rheinkamp Getränke", contact="joerg.wessel@rheinkamp-getraenke.example.de",
    frm=("Jörg Wessel", "joerg.wessel@rheinkamp-getraenke.example.de"),
    name_enc=("windows-1252", "Q"),
    subject="Re: Probearbeitstag",
    date="2026-06-25 08:10",
    text="""Hallo Kwame,

wir haben heute ab 7 Uhr am Tor 3 auf dich gewartet. Ist alles in Ordnung?

Jörg

--
Jörg Wessel
Teamleiter Logistik
Rheinkamp Getränke GmbH & Co. KG
""",
    cte="8bit",
    key="rheinkamp-missed", parent="rheinkamp-trial",
))

# --- Français ----------------------------------------------------------------------------------

add(dict(
    kind="missed_interview_notice", slug="froid_lillois_attendu_ce_matin", lang="fr",
    company="Froid Lillois", contact="s.carpentier@froid-lillois.example.fr",
    frm=("Sébastien Carpentier", "s.carpentier@froid-lillois.example.fr"),
    name_enc=("windows-1252", "Q"),
    subject="Mise en situation de ce matin",
    date="2026-01-27 10:05",
    text=reply("""Bonjour Monsieur,

Nous vous avons attendu ce matin à 9h00 à l'accueil de Lomme pour la mise en situation, sans nouvelles de votre part. J'ai tenté de vous joindre sur votre portable à 9h20, en vain.

Pouvez-vous me dire ce qu'il s'est passé ? Sans retour de votre part d'ici vendredi, nous considérerons que vous ne donnez pas suite.

Cordialement,
Sébastien Carpentier
Froid Lillois
""", "fr", "lun. 19 janv. 2026 à 14:00", "Sébastien Carpentier", "s.carpentier@froid-lillois.example.fr",
        """Bonjour Monsieur,

Nous vous proposons une demi-journée de mise en situation sur notre site de Lomme le mardi 27 janvier à 9h00 [...]

Merci de me confirmer votre venue."""),
    key="froid-missed", parent="froid-invite",
))

# --- Español -----------------------------------------------------------------------------------

add(dict(
    kind="missed_interview_notice", slug="albufera_no_te_conectaste", lang="es",
    company="Puerto Albufera Terminales", contact="lucia.ferrer@albuferaterminales.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@albuferaterminales.example.es"),
    name_enc=("utf-8", "B"),
    subject="Entrevista de hoy",
    date="2026-02-25 12:55",
    text="""Hola Kwame:

Te estuvimos esperando en la videollamada de las 12:30 hasta casi la una, pero no llegaste a conectarte. ¿Ha pasado algo?

Un saludo,
Lucía

Lucía Ferrer
Técnica de Selección · Puerto Albufera Terminales
""",
    key="alb-missed", parent="alb-moved",
))
