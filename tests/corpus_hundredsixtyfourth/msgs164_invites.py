# ruff: noqa: C408
# (each message spec is written as a dict(...) call on purpose: it reads like a form)
"""Corpus 164: invitations (26), reschedules/cancellations (15) and missed interviews (10)."""

from __future__ import annotations

from msgs164_common import (
    ats_card,
    mso,
    outlook_html,
    outlook_reply,
    paras,
    reply,
    simple_html,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

CAND = "Declan Mbeki-Hartley <declan.mh@example.co.uk>"

# ====================================================================== invitations, English

HF_INV = dict(
    id="hf_inv", kind=INV, slug="harrowgate_phone_screen_ask", lang="en",
    company="Harrowgate Foods", contact="shona.pickersgill@harrowgatefoods.example.co.uk",
    frm=("Shona Pickersgill", "shona.pickersgill@harrowgatefoods.example.co.uk"),
    subject="Health & Safety Advisor - quick call?",
    date="2026-02-17 10:05 +0000", reply_of="hf_ack", parent_domain="myworkday.com",
    text="""Hi Declan,

I'm the talent partner looking after the Health & Safety Advisor vacancy at our Stourton site. I've read your application and I'd like to have a 30-minute phone conversation with you to talk through your background and the role before we put anyone in front of Gareth, our SHEQ Manager.

Could you do Friday 20 February at 11:00 or Monday 23rd at 14:30? I'll ring the mobile number on your CV.

Thanks,
Shona

Shona Pickersgill
Talent Partner | Harrowgate Foods Ltd
Unit 4, Cross Green Industrial Estate, Leeds LS9 0SG
0113 496 0740""",
)

_cv_text = """Hi Declan,

Thanks for your application for Site Health & Safety Advisor (Sheffield) at Calder Vale Construction. We'd like to invite you to a panel interview with:

- Priya Lomax, Talent Acquisition Partner
- Rob Hinchliffe, Regional SHEQ Manager
- Dawn Kershaw, Project Manager, Kelham Riverside

When: Wednesday 18 March 2026, 13:30-14:30 (UK time)
Where: Calder Vale site office, Kelham Riverside, Alma Street, Sheffield S3 8SA - please bring photo ID and safety boots, as we'll finish with a short site walk.

A calendar invitation is attached. Please accept it or reply to let us know if the time doesn't work.

Best,
Priya"""

CV_INV = dict(
    id="cv_inv", kind=INV, slug="calder_vale_greenhouse_panel_ics", lang="en",
    company="Calder Vale Construction", contact="priya.lomax@caldervale.example.co.uk",
    frm=("Priya Lomax via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
    subject="Interview invitation: Site Health & Safety Advisor (Sheffield)",
    date="2026-03-10 09:22 +0000", reply_of="cv_ack",
    text=_cv_text,
    html=simple_html(paras(_cv_text)),
    ics=dict(method="REQUEST", uid="gh-7731902-panel@greenhouse-mail.io", seq=0,
             start="20260318T133000", end="20260318T143000",
             summary="Panel interview: Declan Mbeki-Hartley - Site H&S Advisor",
             location="Kelham Riverside site office, Alma Street, Sheffield",
             organizer=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
             where="attach"),
)

_av_inv = (
    "<p>Dear Declan,</p>\n"
    "<p>Following shortlisting, we are pleased to invite you to the assessment centre for "
    "<b>Health and Safety Officer (Ref AVDC-0418)</b>.</p>\n"
    "<table cellpadding=\"4\"><tr><td><b>Date</b></td><td>Thursday 5 February 2026</td></tr>\n"
    "<tr><td><b>Time</b></td><td>09:15 arrival for a 09:30 start, finishing around 15:00</td>"
    "</tr>\n<tr><td><b>Venue</b></td><td>Civic Hall, Shipley Road, Leeds, Committee Room 3"
    "</td></tr></table>\n"
    "<p>The day includes a group exercise, a written risk assessment of a depot scenario and a "
    "competency-based interview with the panel. The attached brief explains each exercise.</p>\n"
    "<p>Please confirm your attendance to recruitment.panel@airevalley.example.gov.uk by 30 "
    "January and tell us about any adjustments you need.</p>\n"
    "<p>Kind regards,<br>Asif Rahman<br>Recruitment Officer, Aire Valley District Council</p>"
)

AV_INV = dict(
    id="av_inv", kind=INV, slug="council_assessment_centre_pdf_brief", lang="en",
    company="Aire Valley District Council", contact="recruitment.panel@airevalley.example.gov.uk",
    frm=("Aire Valley District Council", "noreply@taleo.net"),
    reply_to=("Recruitment Panel", "recruitment.panel@airevalley.example.gov.uk"),
    subject="Invitation to assessment centre - Health and Safety Officer (AVDC-0418)",
    date="2026-01-28 14:10 +0000", reply_of="av_ack", cte="quoted-printable",
    text="""Dear Declan,

Following shortlisting, we are pleased to invite you to the assessment centre for Health and Safety Officer (Ref AVDC-0418).

Date: Thursday 5 February 2026
Time: 09:15 arrival for a 09:30 start, finishing around 15:00
Venue: Civic Hall, Shipley Road, Leeds, Committee Room 3

The day includes a group exercise, a written risk assessment of a depot scenario and a competency-based interview with the panel. The attached brief explains each exercise.

Please confirm your attendance to recruitment.panel@airevalley.example.gov.uk by 30 January and tell us about any adjustments you need.

Kind regards,
Asif Rahman
Recruitment Officer, Aire Valley District Council""",
    html=ats_card("Aire Valley District Council - Careers", "#00594f", _av_inv,
                  "Aire Valley District Council, Civic Hall, Shipley Road, Leeds LS12 7AV."),
    pdfs=[("AVDC-0418_assessment_centre_brief.pdf", [
        "Aire Valley District Council - Assessment centre brief",
        "Post: Health and Safety Officer (AVDC-0418)",
        "Exercise 1: group discussion on winter gritting depot risks (45 minutes)",
        "Exercise 2: written risk assessment, depot loading bay scenario (60 minutes)",
        "Exercise 3: competency-based interview with the panel (45 minutes)",
        "Please bring photo ID and your certificates."])],
)

_tv_text = """Dear Declan

Thank you for your application for the post of Health and Safety Advisor (Band 5), Estates and Facilities, reference 316-EF-2291.

I am pleased to invite you to interview on Wednesday 10 June 2026 at 10:00. The interview will be by telephone with Fiona Rutherford (Head of Health, Safety and Security) and will last about 40 minutes. We will call you on the number in your application.

Please reply to confirm, and let me know if you need any reasonable adjustments.

Kind regards

Gemma Laidler
Recruitment Coordinator
Tyne Valley NHS Foundation Trust
Freeman Road, Newcastle upon Tyne NE7 7DN
Tel: 0191 496 0873"""

TV_INV = dict(
    id="tv_inv", kind=INV, slug="nhs_trust_telephone_interview_ics_attach", lang="en",
    company="Tyne Valley NHS Foundation Trust", contact="gemma.laidler@tynevalleynhs.example.uk",
    frm=("Gemma Laidler", "gemma.laidler@tynevalleynhs.example.uk"),
    subject="Invitation to interview - Health and Safety Advisor Band 5 (316-EF-2291)",
    date="2026-06-02 12:30 +0100",
    text=_tv_text, html=outlook_html(mso(_tv_text)),
    ics=dict(method="REQUEST", uid="tvnhs-316EF2291-dmh@tynevalleynhs.example.uk", seq=0,
             start="20260610T100000", end="20260610T104000",
             summary="Telephone interview - H&S Advisor Band 5", location="Telephone",
             organizer=("Gemma Laidler", "gemma.laidler@tynevalleynhs.example.uk"),
             where="attach"),
)

SP_INV = dict(
    id="sp_inv", kind=INV, slug="scheldt_port_ashby_self_schedule", lang="en",
    company="Scheldt Port Services", contact="jonas.peeters@scheldtport.example.be",
    frm=("Scheldt Port Services", "no-reply@ashbyhq.com"),
    reply_to=("Jonas Peeters", "jonas.peeters@scheldtport.example.be"),
    subject="Schedule your interview with Scheldt Port Services",
    date="2026-04-20 15:47 +0200", cte="quoted-printable",
    html=ats_card(
        "Scheldt Port Services", "#14325c",
        "<p>Hi Declan,</p>\n"
        "<p>Great news - the team would like to meet you for the <b>Safety Advisor, Terminal "
        "913</b> role. The next step is a 45-minute video interview with Jonas Peeters (Terminal "
        "Safety Manager) and Liesbeth Van Damme (HR).</p>\n"
        "<p>Please choose a time that suits you using the link below. Slots are shown in your "
        "local time zone.</p>\n"
        '<p style="text-align:center"><a href="https://app.ashbyhq.com/interview-scheduling/'
        'c1e8f0d2-scheldt" style="background:#14325c;color:#fff;padding:12px 20px;'
        'border-radius:4px;text-decoration:none">Pick an interview time</a></p>\n'
        "<p>If none of the times work, just reply to this email.</p>\n"
        "<p>Talk soon,<br>Jonas</p>",
        "Sent with Ashby on behalf of Scheldt Port Services NV."),
)

MR_INV = dict(
    id="mr_inv", kind=INV, slug="minster_rail_lever_video_interview", lang="en",
    company="Minster Rail Engineering", contact="hannah.wray@minsterrail.example.co.uk",
    frm=("Hannah Wray", "no-reply@hire.lever.co"),
    reply_to=("Hannah Wray", "hannah.wray@minsterrail.example.co.uk"),
    subject="Interview with Minster Rail Engineering - Site Safety Advisor",
    date="2026-03-24 11:12 +0000", reply_of="mr_ack", parent_domain="hire.lever.co",
    text="""Hi Declan,

Thanks for applying for Site Safety Advisor at our Holgate depot. I'd like to set up a first interview on Microsoft Teams with our Depot Safety Lead, Craig Lund.

Date: Wednesday 1 April
Time: 10:00 - 10:45 (UK)
Join: https://teams.example.com/l/meetup-join/19%3Aminsterrail-holgate-sitesafety

The conversation will cover your experience with workplace transport, near-miss reporting and toolbox talks. No presentation needed.

Could you reply to confirm?

Hannah Wray
Talent Partner, Minster Rail Engineering

---
Sent via Lever. Replies to this email go to Hannah Wray.""",
)

SS_INV = dict(
    id="ss_inv", kind=INV, slug="agency_sets_up_clydeside_water", lang="en",
    company="Clydeside Water", contact="fraser.mcleod@safestaffscot.example.co.uk",
    frm=("Fraser McLeod", "fraser.mcleod@safestaffscot.example.co.uk"),
    subject="Clydeside Water want to meet you!",
    date="2026-05-19 16:26 +0100", reply_of="ss_reg",
    text="""Hi Declan,

Brilliant news - Clydeside Water have read your CV for the Health & Safety Advisor (Networks) post and want to see you. I've pencilled in:

Tuesday 26 May, 11:00
Clydeside Water, Daldowie Operations Centre, Glasgow G71 7RU
With: Eilidh Baird (H&S Business Partner) and Ross Gallacher (Network Operations Manager)

It's a competency interview, about an hour, and they'll ask you to talk through a risk assessment you've written - bring one with the company names taken off. Smart casual is fine.

Can you give me a wee ring or reply to confirm, and I'll lock it in with them the now.

Cheers,
Fraser

Fraser McLeod | Recruitment Consultant - SHEQ
SafeStaff Scotland | 140 West George Street, Glasgow G2 2HG | 0141 496 0210""",
)

PT_INV = dict(
    id="pt_inv", kind=INV, slug="agency_sets_up_ebor_brewing_phone", lang="en",
    company="Ebor Brewing", contact="callum.haigh@penninetalent.example.co.uk",
    frm=("Callum Haigh", "callum.haigh@penninetalent.example.co.uk"),
    subject="Ebor Brewing - interview Tuesday",
    date="2026-01-14 17:40 +0000", reply_of="pt_reg",
    text="""Evening Declan,

Good news - Ebor Brewing in York want to talk to you about the Health & Safety Coordinator job at the brewery. Rachel Dunwell (Operations Manager) will phone you on Tuesday 20 January at 2pm for a first interview, about half an hour.

She'll want to hear about your forklift and warehouse experience and any accident investigations you've been involved in. I'll send you a bit of background on the brewery tomorrow.

Let me know that's OK.

Ta,
Callum

Callum Haigh | Senior Consultant - Industrial & SHEQ
Pennine Talent Partners | 0113 496 0388""",
)

FF_INV = dict(
    id="ff_inv", kind=INV, slug="fulford_freight_casual_thursday_chat", lang="en",
    company="Fulford Freight", contact="dave.cussons@fulfordfreight.example.co.uk",
    frm=("Dave Cussons", "dave.cussons@fulfordfreight.example.co.uk"),
    subject="are you free Thursday?",
    date="2026-07-13 08:54 +0100",
    text="""Morning Declan,

Dave here, transport manager at Fulford Freight in York. Your CV landed on my desk via our website for the SHE advisor job. Are you free Thursday to come over for a chat? Nothing formal - a brew, a walk round the yard and the cross-dock, and we can talk about what we need. Say 10ish?

Bring your FLT licence if you've got it handy.

Dave
Fulford Freight, Naburn Lane, York YO19 4RA
07700 900719""",
)

_kc_inv = """Dear Declan,

Thank you for your application for EHS Coordinator at our Zwijndrecht site. We would like to invite you to a panel interview.

Date: Tuesday 29 September 2026
Time: 10:00-11:30 (Brussels time)
Location: Kempen Chemicals, Zwijndrecht site, visitor centre, room B2

Panel: Annelies Claes (Talent Acquisition), Wouter Janssens (Site EHS Manager), Sofie Maes (Production Manager).

The interview will include a 10-minute case study on contractor management during a shutdown. Please accept the calendar invitation to confirm.

With kind regards,
Annelies Claes
Talent Acquisition Lead EHS, Kempen Chemicals NV"""

KC_INV = dict(
    id="kc_inv", kind=INV, slug="kempen_panel_outlook_ics", lang="en",
    company="Kempen Chemicals", contact="annelies.claes@kempenchem.example.be",
    frm=("Annelies Claes", "annelies.claes@kempenchem.example.be"),
    subject="Panel interview - EHS Coordinator (Zwijndrecht)",
    date="2026-09-15 10:20 +0200", reply_of="kc_ack", parent_domain="successfactors.eu",
    text=_kc_inv, html=outlook_html(mso(_kc_inv)),
    ics=dict(method="REQUEST", uid="kc-panel-20260929@kempenchem.example.be", seq=0,
             start="20260929T100000", end="20260929T113000", tz="Europe/Brussels",
             summary="Panel interview - EHS Coordinator", location="Zwijndrecht site, room B2",
             organizer=("Annelies Claes", "annelies.claes@kempenchem.example.be")),
)

KP_INV = dict(
    id="kp_inv", kind=INV, slug="kirkgate_trial_day_workable", lang="en",
    company="Kirkgate Packaging", contact="nadia.qureshi@kirkgatepack.example.co.uk",
    frm=("Nadia Qureshi via Workable", "noreply@workablemail.com"),
    reply_to=("Nadia Qureshi", "nadia.qureshi@kirkgatepack.example.co.uk"),
    subject="Trial day invitation - H&S Advisor, Kirkgate Packaging",
    date="2026-09-08 13:15 +0100",
    html=simple_html(
        "<p>Hi Declan,</p>\n<p>Thanks for your application. Rather than a traditional interview "
        "we'd like you to spend a <strong>paid trial day</strong> with us on <strong>Friday 11 "
        "September, 08:00-15:30</strong> at Kirkgate Mills, Leeds LS2 7DJ.</p>\n"
        "<ul><li>08:00 site induction and PPE</li><li>09:00 fire-warden walk-round with our "
        "maintenance lead</li><li>11:00 COSHH audit of the adhesive store</li><li>13:30 "
        "present your findings to me and the production manager</li></ul>\n"
        "<p>You'll be paid for the day at &pound;14.50 an hour. Let me know you can make it.</p>\n"
        "<p>Best,<br>Nadia Qureshi<br>Operations Manager</p>\n"
        '<p style="color:#999;font-size:11px">Sent with Workable on behalf of Kirkgate '
        "Packaging.</p>"),
)

LR_INV = dict(
    id="lr_inv", kind=INV, slug="lough_road_phone_screen_ask", lang="en",
    company="Lough Road Haulage", contact="orla.devlin@loughroad.example.co.uk",
    frm=("Orla Devlin", "orla.devlin@loughroad.example.co.uk"),
    subject="Transport Safety Lead - phone screen",
    date="2026-07-20 09:44 +0100", reply_of="lr_app",
    text="""Hi Declan,

Thanks for the application for Transport Safety Lead. Would you be free for a 20-minute phone screen this week? Wednesday or Thursday after 2pm works for me.

Orla""",
)

DV_INV = dict(
    id="dv_inv", kind=INV, slug="don_valley_brew_and_chat", lang="en",
    company="Don Valley Steel Fabrications", contact="mick.froggatt@donvalleysteel.example.co.uk",
    frm=("Mick Froggatt", "mick.froggatt@donvalleysteel.example.co.uk"),
    subject="Tuesday",
    date="2026-02-02 12:02 +0000",
    text="""Declan,

Got your CV for the H&S job off Indeed. Can you come in Tuesday 10th at 2 for an interview? It'll be me and our works manager, an hour at most, then we'll show you the fab shop.

Don Valley Steel Fabrications, Unit 9 Sheffield Road, Tinsley S9 1RL. Park on the left by the gatehouse.

Mick Froggatt
Director
0114 496 0917""",
)

_gs_text = """Hi Declan,

Thanks for applying for SHEQ Advisor at Gosforth Scaffolding. We'd love to get to know you in a 30-minute Teams interview with our Contracts Director, Lee Charlton.

Monday 5 October 2026, 15:00-15:30 (UK)
The Teams link is in the calendar invitation attached.

Looking forward to it,
Amy Hedley
People & Culture, Gosforth Scaffolding"""

GS_INV = dict(
    id="gs_inv", kind=INV, slug="gosforth_scaffolding_teamtailor_teams", lang="en",
    company="Gosforth Scaffolding", contact="amy.hedley@gosforthscaffolding.example.co.uk",
    frm=("Amy Hedley", "no-reply@teamtailor-mail.com"),
    reply_to=("Amy Hedley", "amy.hedley@gosforthscaffolding.example.co.uk"),
    subject="Let's talk! Interview for SHEQ Advisor",
    date="2026-10-01 14:38 +0100",
    text=_gs_text, html=simple_html(paras(_gs_text)),
    ics=dict(method="REQUEST", uid="tt-interview-55120@teamtailor-mail.com", seq=0,
             start="20261005T150000", end="20261005T153000",
             summary="Interview: SHEQ Advisor - Declan Mbeki-Hartley",
             location="Microsoft Teams",
             organizer=("Amy Hedley", "amy.hedley@gosforthscaffolding.example.co.uk")),
)

_lv_text = """Dear Declan,

Further to your application for the post of Health and Safety Adviser (Band 6), ref LVHSC-8812, I am delighted to invite you to interview.

Date: Tuesday 18 August 2026
Time: 14:00
Venue: Lagan Valley Health and Social Care Trust, Knockbracken Estate, Admin Building 2, Belfast BT8 8BH

The panel will ask you to give a 10-minute presentation on "Reducing manual handling injuries in a hospital logistics team". Please bring your passport or driving licence and original certificates.

Please reply to confirm your attendance.

Yours sincerely

Ciara Mulholland
HR Officer - Recruitment
Lagan Valley Health and Social Care Trust
Tel: 028 9049 6530"""

LV_INV = dict(
    id="lv_inv", kind=INV, slug="belfast_trust_invite_base64_presentation", lang="en",
    company="Lagan Valley Health and Social Care Trust", contact="ciara.mulholland@laganhsc.example.co.uk",
    frm=("Ciara Mulholland", "ciara.mulholland@laganhsc.example.co.uk"),
    subject="Interview invitation - Health and Safety Adviser Band 6 (LVHSC-8812)",
    date="2026-08-11 11:55 +0100", cte="base64",
    text=_lv_text,
)

# ====================================================================== invitations, German

RH_INV = dict(
    id="rh_inv", kind=INV, slug="rheinauen_personio_teams_einladung", lang="de",
    company="Rheinauen Logistik", contact="sabine.brandt@rheinauen.example.de",
    frm=("Rheinauen Logistik GmbH", "noreply@personio.de"),
    reply_to=("Sabine Brandt", "sabine.brandt@rheinauen.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Fachkraft für Arbeitssicherheit",
    date="2026-04-14 09:40 +0200", reply_of="rh_ack", parent_domain="personio.de",
    cte="quoted-printable",
    text="""Sehr geehrter Herr Mbeki-Hartley,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Datum: Dienstag, 21. April 2026
Uhrzeit: 10:00–11:00 Uhr (MESZ, Kölner Zeit)
Teilnehmende: Sabine Brandt (Personal), Frank Wirtz (Standortleiter Niehl)
Link: https://teams.example.com/l/meetup-join/19%3Arheinauen-sifa-0421

Das Gespräch führen wir auf Deutsch; einzelne Fragen zu Ihrer Erfahrung in England gern auch auf Englisch.

Bitte bestätigen Sie den Termin kurz per Antwort an mich.

Mit freundlichen Grüßen
Sabine Brandt
Personalreferentin, Rheinauen Logistik GmbH""",
)

_db_inv = """Sehr geehrter Herr Mbeki-Hartley,

Ihre Unterlagen für die Stelle als Sicherheitsfachkraft (m/w/d) Hochbau haben uns überzeugt. Gern möchten wir Sie zu einem persönlichen Gespräch in unser Büro einladen:

Montag, 29. Juni 2026, 14:00 Uhr
Domblick Bau AG, Venloer Straße 601, 50827 Köln, 3. OG, Besprechungsraum „Rhein“

Gesprächspartner sind Jürgen Schäfer (Leiter Arbeitssicherheit) und Petra Kaya (Personal). Eine Kalendereinladung liegt bei.

Mit freundlichen Grüßen
Jürgen Schäfer
Leiter Arbeitssicherheit
Domblick Bau AG"""

DB_INV = dict(
    id="db_inv", kind=INV, slug="domblick_bau_outlook_ics_request", lang="de",
    company="Domblick Bau", contact="juergen.schaefer@domblick-bau.example.de",
    frm=("Jürgen Schäfer", "juergen.schaefer@domblick-bau.example.de"),
    subject="Einladung zum Gespräch: Sicherheitsfachkraft Hochbau",
    date="2026-06-22 15:04 +0200", reply_of="db_ack", parent_domain="softgarden.io",
    cte="quoted-printable",
    text=_db_inv, html=outlook_html(mso(_db_inv), "de-DE"),
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-db-0629", seq=0,
             start="20260629T140000", end="20260629T150000", tz="Europe/Berlin",
             summary="Vorstellungsgespräch Mbeki-Hartley (Sifa Hochbau)",
             location="Venloer Straße 601, 3. OG, Raum Rhein",
             organizer=("Jürgen Schäfer", "juergen.schaefer@domblick-bau.example.de")),
)

RE_INV = dict(
    id="re_inv", kind=INV, slug="rheinische_entsorgung_auswahltag", lang="de",
    company="Rheinische Entsorgung", contact="t.kessler@rhein-entsorgung.example.de",
    frm=("Tanja Keßler", "t.kessler@rhein-entsorgung.example.de"),
    name_enc=("iso-8859-1", "B"),
    subject="Einladung zum Auswahltag am 10. September",
    date="2026-09-01 08:25 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Herr Mbeki-Hartley,

wir freuen uns, Sie zu unserem Auswahltag für die Position »Fachkraft Arbeits- und Umweltschutz Betriebshöfe« einzuladen.

Termin: Donnerstag, 10. September 2026, 8:30 bis ca. 15:00 Uhr
Ort: Betriebshof Köln-Niehl, Geestemünder Straße 40, Verwaltungsgebäude, Raum 1.12

Ablauf: kurze Vorstellung des Unternehmens, Rundgang mit Gefährdungsbeurteilung an einem Sammelfahrzeug, Einzelgespräch mit der Abteilungsleitung. Für das Mittagessen ist gesorgt. Bitte bringen Sie Sicherheitsschuhe mit.

Über eine kurze Zusage bis zum 5. September freue ich mich.

Freundliche Grüße
Tanja Keßler
Personalentwicklung
Rheinische Entsorgung GmbH · Geestemünder Straße 40 · 50735 Köln""",
)

AP_INV = dict(
    id="ap_inv", kind=INV, slug="agency_sets_up_deutzer_geruestbau", lang="de",
    company="Deutzer Gerüstbau", contact="lena.hoffmann@as-personal-rhein.example.de",
    frm=("Lena Hoffmann", "lena.hoffmann@as-personal-rhein.example.de"),
    subject="Vorstellungstermin bei Deutzer Gerüstbau",
    date="2026-05-26 17:02 +0200", reply_of="ap_reg",
    text="""Hallo Herr Mbeki-Hartley,

gute Nachrichten: Deutzer Gerüstbau möchte Sie kennenlernen. Ich habe folgenden Termin für Sie vereinbart:

Dienstag, 2. Juni, 9:30 Uhr, telefonisch
Gesprächspartner: Herr Ralf Odenthal, Geschäftsführer

Er ruft Sie auf Ihrer britischen Handynummer an. Es geht um die Stelle als Sicherheitsbeauftragter für die Montagekolonnen; fragen wird er vor allem nach Absturzsicherung und Unterweisungen.

Bitte geben Sie mir kurz Bescheid, ob das passt.

Viele Grüße
Lena Hoffmann
Arbeitsschutz Personal Rhein GmbH · 0221 555 8830""",
)

PH_INV = dict(
    id="ph_inv", kind=INV, slug="porzer_holzbau_kurzes_telefonat", lang="de",
    company="Porzer Holzbau", contact="jan.grevenbroich@porzer-holzbau.example.de",
    frm=("Jan Grevenbroich", "jan.grevenbroich@porzer-holzbau.example.de"),
    subject="Kurzes Telefonat diese Woche?",
    date="2026-10-05 12:48 +0200",
    text="""Hallo Herr Mbeki-Hartley,

danke für Ihre Bewerbung auf unsere Stelle im Arbeitsschutz. Hätten Sie Donnerstag gegen 16 Uhr Zeit für ein erstes Gespräch am Telefon? Dauert etwa 20 Minuten, ganz locker – ich erzähle Ihnen etwas über unsere Zimmerei und die Abbundhalle, und Sie mir etwas über sich.

Beste Grüße aus Porz
Jan Grevenbroich
Inhaber, Porzer Holzbau GmbH & Co. KG
Frankfurter Straße 700 · 51145 Köln · 02203 555 610""",
)

# ====================================================================== invitations, French

_ag_inv = """Bonjour Monsieur Mbeki-Hartley,

Suite à l'étude de votre candidature au poste d'Animateur Santé Sécurité Environnement (H/F) sur notre site de Blagnac, nous avons le plaisir de vous convier à un entretien.

Date : jeudi 21 mai 2026
Heure : 10h00 - 11h15
Lieu : Aéro-Garonne Maintenance, bâtiment B, 3 rue de l'Aéroport, 31700 Blagnac
Interlocuteurs : Mme Hélène Sarrail (Responsable HSE) et M. Baptiste Roques (Chargé de recrutement)

Merci de vous munir d'une pièce d'identité pour l'accès au site. Une invitation calendrier est jointe à ce message.

Bien cordialement,
Baptiste Roques
Chargé de recrutement
Aéro-Garonne Maintenance"""

AG_INV = dict(
    id="ag_inv", kind=INV, slug="aero_garonne_entretien_ics", lang="fr",
    company="Aéro-Garonne Maintenance", contact="baptiste.roques@aerogaronne.example.fr",
    frm=("Baptiste Roques", "baptiste.roques@aerogaronne.example.fr"),
    name_enc=("utf-8", "Q"),
    subject="Convocation à un entretien - Animateur HSE (Blagnac)",
    date="2026-05-12 11:30 +0200", reply_of="ag_ack", parent_domain="myworkday.com",
    cte="quoted-printable",
    text=_ag_inv, html=outlook_html(mso(_ag_inv), "fr-FR"),
    ics=dict(method="REQUEST", uid="ag-entretien-hse-0521@aerogaronne.example.fr", seq=0,
             start="20260521T100000", end="20260521T111500", tz="Europe/Paris",
             summary="Entretien Animateur HSE - D. Mbeki-Hartley",
             location="Bâtiment B, 3 rue de l'Aéroport, Blagnac",
             organizer=("Baptiste Roques", "baptiste.roques@aerogaronne.example.fr")),
)

BL_INV = dict(
    id="bl_inv", kind=INV, slug="blagnac_levage_echange_telephonique", lang="fr",
    company="Blagnac Levage", contact="s.fabre@blagnac-levage.example.fr",
    frm=("Sandrine Fabre", "s.fabre@blagnac-levage.example.fr"),
    subject="Votre candidature - échange téléphonique",
    date="2026-02-10 14:22 +0100",
    text="""Bonjour Monsieur,

J'ai bien lu votre CV pour le poste de chargé de prévention sur nos chantiers de levage. Pourriez-vous m'accorder un premier échange téléphonique d'une trentaine de minutes ? Je vous propose mardi 17 février à 9h30 ou mercredi 18 à 14h.

Nous parlerons de votre expérience des chariots élévateurs (CACES en équivalence ?) et de vos motivations pour venir à Toulouse.

Bien à vous,
Sandrine Fabre
Responsable QHSE - Blagnac Levage
ZI de Pahin, 31170 Tournefeuille - 05 61 55 47 12""",
)

OI_INV = dict(
    id="oi_inv", kind=INV, slug="agency_sets_up_beton_saint_orens", lang="fr",
    company="Béton Saint-Orens", contact="karim.benali@occitanie-interim.example.fr",
    frm=("Karim Benali", "karim.benali@occitanie-interim.example.fr"),
    subject="Entretien chez Béton Saint-Orens vendredi",
    date="2026-08-24 16:10 +0200", reply_of="oi_reg",
    text="""Bonjour Declan,

Bonne nouvelle : Béton Saint-Orens (centrale à béton et préfabrication) souhaite vous rencontrer pour la mission de technicien sécurité de 6 mois.

Rendez-vous vendredi 28 août à 8h30 à la centrale, 14 chemin de la Saudrune, 31650 Saint-Orens-de-Gameville. Vous verrez M. Olivier Dedieu, chef de centrale. Prévoyez chaussures de sécurité et gilet.

Confirmez-moi par retour de mail, je préviens le client.

Karim Benali
Occitanie Intérim Sécurité - 05 34 55 11 80""",
)

# ====================================================================== invitations, Spanish

IB_INV = dict(
    id="ib_inv", kind=INV, slug="iberbelt_videoentrevista_belfast", lang="es",
    company="Iberbelt", contact="lucia.navarro@iberbelt.example.es",
    frm=("Lucía Navarro", "lucia.navarro@iberbelt.example.es"),
    name_enc=("iso-8859-1", "Q"),
    subject="Entrevista para Técnico de Seguridad y Salud - obra de Belfast",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-07-08 10:15 +0200", reply_of="ib_ack", parent_domain="iberbelt.example.es",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Declan:

Gracias por tu candidatura al puesto de Técnico de Seguridad y Salud para nuestra obra del nuevo hospital de Belfast.

Nos gustaría conocerte en una videoentrevista con el jefe de obra, Álvaro Gil, y conmigo. Te propongo el martes 14 de julio a las 11:00 (hora de Madrid; 10:00 en Belfast) por Teams. La entrevista será en inglés y en castellano, unos 45 minutos.

¿Te viene bien? Si no, dime otro hueco esa semana.

Un saludo,
Lucía Navarro
Selección - Constructora Iberbelt, S.A.
Paseo de la Castellana 95, 28046 Madrid""",
)

LM_INV = dict(
    id="lm_inv", kind=INV, slug="logistica_meseta_prueba_practica", lang="es",
    company="Logística Meseta", contact="rrhh.toulouse@logisticameseta.example.es",
    frm=("RRHH Logística Meseta", "rrhh.toulouse@logisticameseta.example.es"),
    subject="Convocatoria: jornada de pruebas - Técnico PRL plataforma Toulouse",
    date="2026-03-03 13:00 +0100",
    text="""Estimado Declan:

Has superado la fase de preselección para el puesto de Técnico de Prevención en nuestra plataforma de Toulouse-Eurocentre. Te convocamos a la jornada de pruebas:

Fecha: miércoles 11 de marzo de 2026
Hora: 9:00 (presentarse en recepción a las 8:45)
Lugar: Logística Meseta, Plateforme Eurocentre, 31620 Castelnau-d'Estrétefonds (Francia)

La jornada incluye una prueba práctica de inspección de estanterías y carretillas, un caso escrito y una entrevista personal con la responsable de plataforma.

Por favor, confirma tu asistencia respondiendo a este correo.

Departamento de Recursos Humanos
Logística Meseta, S.L.""",
)

TS_INV = dict(
    id="ts_inv", kind=INV, slug="headhunter_sets_up_almacenes_escalda", lang="es",
    company="Almacenes Escalda", contact="marta.quiroga@talentoseguro.example.es",
    frm=("Marta Quiroga", "marta.quiroga@talentoseguro.example.es"),
    subject="Entrevista con Almacenes Escalda (Amberes)",
    date="2026-10-08 12:20 +0200",
    text="""Hola Declan:

¡Buenas noticias! Almacenes Escalda, el centro de distribución en el puerto de Amberes del que te hablé, quiere entrevistarte para el puesto de responsable de seguridad (la entrevista será en inglés).

He cerrado la cita para el lunes 19 de octubre a las 15:00, por videollamada, con Pieter Wouters, director del centro. Te mando el enlace en cuanto me lo pasen.

Confírmame que te encaja y te preparo un resumen de la empresa.

Un abrazo,
Marta
Talento Seguro Selección · +34 915 550 231""",
)

# ====================================================================== reschedules

_hf_inv_quote = """Could you do Friday 20 February at 11:00 or Monday 23rd at 14:30? I'll ring the mobile number on your CV."""

HF_MOVE = dict(
    id="hf_move", kind=RES, slug="harrowgate_call_moved", lang="en",
    company="Harrowgate Foods", contact="shona.pickersgill@harrowgatefoods.example.co.uk",
    frm=("Shona Pickersgill", "shona.pickersgill@harrowgatefoods.example.co.uk"),
    subject="Re: Health & Safety Advisor - quick call?",
    date="2026-02-19 17:05 +0000", reply_of="hf_inv",
    text=reply(
        """Hi Declan,

Sorry to do this - Gareth wants to sit in on the first call and he's at an audit on Friday. Can we move our chat from Friday 11:00 to Wednesday 25 February at 13:00 instead? It'll be on Teams now rather than phone, with Gareth joining; I'll send a link.

If Wednesday's no good let me know and I'll find another slot.

Shona""",
        "en", "Tue, 17 Feb 2026 at 10:05", "Shona Pickersgill <shona.pickersgill@harrowgatefoods.example.co.uk>",
        _hf_inv_quote),
)

CV_UPD = dict(
    id="cv_upd", kind=RES, slug="calder_vale_updated_invitation_sequence", lang="en",
    company="Calder Vale Construction", contact="priya.lomax@caldervale.example.co.uk",
    frm=("Priya Lomax via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
    subject="Updated invitation: Site Health & Safety Advisor panel - new time",
    date="2026-03-12 11:48 +0000", reply_of="cv_inv",
    text="""Hi Declan,

A quick change: Rob has been called to a RIDDOR investigation on another site on the 18th, so we've moved your panel interview to Friday 20 March 2026, 10:00-11:00, same place (Kelham Riverside site office). Dawn and I are unchanged.

The updated calendar invitation is attached and replaces the previous one. Please accept it if the new time works, or reply and we'll look again.

Thanks for your flexibility,
Priya""",
    ics=dict(method="REQUEST", uid="gh-7731902-panel@greenhouse-mail.io", seq=1,
             start="20260320T100000", end="20260320T110000",
             summary="Panel interview: Declan Mbeki-Hartley - Site H&S Advisor",
             location="Kelham Riverside site office, Alma Street, Sheffield",
             organizer=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
             where="attach"),
)

_sp_req = """Hi Jonas,

Thanks for the invitation. All the slots in the scheduling tool fall on the Thursday I'm on a night shift at the warehouse. Would it be possible to do Wednesday 29 April in the afternoon instead?

Kind regards,
Declan"""

SP_MOVE = dict(
    id="sp_move", kind=RES, slug="scheldt_port_new_slot_confirmed", lang="en",
    company="Scheldt Port Services", contact="jonas.peeters@scheldtport.example.be",
    frm=("Jonas Peeters", "jonas.peeters@scheldtport.example.be"),
    subject="Re: Interview slot - Safety Advisor Terminal 913",
    date="2026-04-22 08:31 +0200", reply_of="sp_req",
    text=reply(
        """Hi Declan,

No problem at all. I've moved your video interview to Wednesday 29 April at 15:00 Antwerp time (14:00 for you in Leeds). Liesbeth will send the new Teams link from Ashby; the old Thursday booking is released.

Best regards,
Jonas Peeters
Terminal Safety Manager, Scheldt Port Services""",
        "en", "Tue, 21 Apr 2026 at 22:10", CAND, _sp_req),
)

_tv_sorry = """Dear Gemma,

I'm so sorry - my phone died on the night shift and I didn't see the missed calls until gone eleven. Is there any chance of another slot? I'm free any day next week.

Declan"""

TV_REBOOK = dict(
    id="tv_rebook", kind=RES, slug="nhs_trust_rebooked_after_missed_call", lang="en",
    company="Tyne Valley NHS Foundation Trust", contact="gemma.laidler@tynevalleynhs.example.uk",
    frm=("Gemma Laidler", "gemma.laidler@tynevalleynhs.example.uk"),
    subject="RE: Missed telephone interview - 316-EF-2291",
    date="2026-06-11 09:20 +0100", reply_of="tv_sorry",
    text=outlook_reply(
        """Dear Declan

Thank you for getting back to me so quickly. Fiona has agreed to rebook, so your telephone interview is now on Tuesday 16 June 2026 at 14:00 - please keep your phone charged this time!

Kind regards

Gemma Laidler
Recruitment Coordinator
Tyne Valley NHS Foundation Trust""",
        "en", "Declan Mbeki-Hartley <declan.mh@example.co.uk>", "10 June 2026 21:14",
        "Gemma Laidler <gemma.laidler@tynevalleynhs.example.uk>",
        "Re: Missed telephone interview - 316-EF-2291", _tv_sorry),
)

LV_POSTPONE = dict(
    id="lv_postpone", kind=RES, slug="belfast_trust_panel_member_ill_postponed", lang="en",
    company="Lagan Valley Health and Social Care Trust", contact="ciara.mulholland@laganhsc.example.co.uk",
    frm=("Ciara Mulholland", "ciara.mulholland@laganhsc.example.co.uk"),
    subject="Postponement - interview 18 August (LVHSC-8812)",
    date="2026-08-17 08:10 +0100", reply_of="lv_inv",
    text="""Dear Declan,

I'm sorry for the short notice. Our panel chair, the Head of Health and Safety, is off sick this week, and we need to postpone tomorrow's interviews, including yours at 14:00.

Your application is still very much in the process - this is purely a postponement. I will contact you by Friday with a new date, which is likely to be in the week of 24 August.

Apologies again for any inconvenience, particularly if you had booked travel.

Yours sincerely

Ciara Mulholland
HR Officer - Recruitment
Lagan Valley Health and Social Care Trust""",
)

GS_CANCEL = dict(
    id="gs_cancel", kind=RES, slug="gosforth_method_cancel_new_times_to_follow", lang="en",
    company="Gosforth Scaffolding", contact="amy.hedley@gosforthscaffolding.example.co.uk",
    frm=("Amy Hedley", "amy.hedley@gosforthscaffolding.example.co.uk"),
    subject="Cancelled: Interview: SHEQ Advisor - Declan Mbeki-Hartley",
    date="2026-10-05 09:02 +0100", reply_of="gs_inv",
    text="""Hi Declan,

Lee has had to go up to a job in Morpeth this afternoon after a scaffold collapse on a neighbouring site, so I'm cancelling today's 15:00 Teams call. This isn't a no - we're still keen to speak with you. I'll send a couple of alternative times once he's back in the office.

Sorry for the late notice.

Amy Hedley
People & Culture Advisor | Gosforth Scaffolding Ltd
Airport Industrial Estate, Newcastle NE3 2EF | 0191 496 0344""",
    ics=dict(method="CANCEL", uid="tt-interview-55120@teamtailor-mail.com", seq=1,
             start="20261005T150000", end="20261005T153000",
             summary="Interview: SHEQ Advisor - Declan Mbeki-Hartley",
             location="Microsoft Teams",
             organizer=("Amy Hedley", "amy.hedley@gosforthscaffolding.example.co.uk")),
)

SS_MOVE = dict(
    id="ss_move", kind=RES, slug="agency_moves_clydeside_interview", lang="en",
    company="Clydeside Water", contact="fraser.mcleod@safestaffscot.example.co.uk",
    frm=("Fraser McLeod", "fraser.mcleod@safestaffscot.example.co.uk"),
    subject="Re: Clydeside Water want to meet you!",
    date="2026-05-21 10:12 +0100", reply_of="ss_inv",
    text="""Morning Declan,

Slight change of plan. Ross at Clydeside Water has a network incident review on Tuesday, so they've asked to shift your interview to Wednesday 27 May at 14:00, same venue and same panel. Hope that's still alright for you - if not, tell me and I'll go back to them.

Fraser

Fraser McLeod | SafeStaff Scotland | 0141 496 0210""",
)

FF_CANCEL = dict(
    id="ff_cancel", kind=RES, slug="fulford_calls_off_chat_still_keen", lang="en",
    company="Fulford Freight", contact="dave.cussons@fulfordfreight.example.co.uk",
    frm=("Dave Cussons", "dave.cussons@fulfordfreight.example.co.uk"),
    subject="Re: are you free Thursday?",
    date="2026-07-15 18:22 +0100", reply_of="ff_inv",
    text="""Declan,

Bad news on Thursday I'm afraid - we've got the DVSA in for an unannounced audit and I'll be stuck with them all day, so I'll have to call off our chat. Nowt to do with you, I'm still very much interested. I'll ring you next week to sort another day.

Dave""",
)

_av_move = """Dear Declan,

Because of flood damage to the Civic Hall basement, the assessment centre on Thursday 5 February cannot go ahead at that venue. We have rearranged it for Tuesday 10 February 2026, same times, at Pudsey Town Hall, Lowtown, Leeds LS28 7BH (Room 2).

Your place is held. Please reply to confirm you can attend the new date.

Kind regards,
Asif Rahman
Recruitment Officer, Aire Valley District Council
Civic Hall, Shipley Road, Leeds LS12 7AV"""

AV_MOVE = dict(
    id="av_move", kind=RES, slug="council_assessment_centre_new_date_venue", lang="en",
    company="Aire Valley District Council", contact="asif.rahman@airevalley.example.gov.uk",
    frm=("Asif Rahman", "asif.rahman@airevalley.example.gov.uk"),
    subject="Change of date and venue: assessment centre AVDC-0418",
    date="2026-02-03 12:40 +0000", reply_of="av_inv",
    text=_av_move, html=outlook_html(mso(_av_move)),
)

DB_MOVE = dict(
    id="db_move", kind=RES, slug="domblick_bau_verschoben_sequence", lang="de",
    company="Domblick Bau", contact="juergen.schaefer@domblick-bau.example.de",
    frm=("Jürgen Schäfer", "juergen.schaefer@domblick-bau.example.de"),
    subject="Aktualisiert: Vorstellungsgespräch Mbeki-Hartley (Sifa Hochbau)",
    date="2026-06-24 07:55 +0200", reply_of="db_inv",
    text="""Guten Morgen Herr Mbeki-Hartley,

leider muss ich unseren Termin am Montag verschieben, da ich kurzfristig zu einer Baustellenbegehung der Berufsgenossenschaft muss. Neuer Termin: Donnerstag, 2. Juli 2026, 14:00 Uhr, gleicher Ort. Die Kalendereinladung ist entsprechend aktualisiert.

Ich bitte um Entschuldigung für die Umstände.

Mit freundlichen Grüßen
Jürgen Schäfer""",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-db-0629", seq=2,
             start="20260702T140000", end="20260702T150000", tz="Europe/Berlin",
             summary="Vorstellungsgespräch Mbeki-Hartley (Sifa Hochbau)",
             location="Venloer Straße 601, 3. OG, Raum Rhein",
             organizer=("Jürgen Schäfer", "juergen.schaefer@domblick-bau.example.de")),
)

RE_CANCEL = dict(
    id="re_cancel", kind=RES, slug="rheinische_entsorgung_auswahltag_abgesagt", lang="de",
    company="Rheinische Entsorgung", contact="t.kessler@rhein-entsorgung.example.de",
    frm=("Tanja Keßler", "t.kessler@rhein-entsorgung.example.de"),
    subject="Absage des Auswahltags am 10. September",
    date="2026-09-04 16:45 +0200", reply_of="re_inv",
    text="""Guten Tag Herr Mbeki-Hartley,

wegen eines Warnstreiks im öffentlichen Dienst, der auch unsere Betriebshöfe betrifft, müssen wir den Auswahltag am 10. September absagen.

Bitte verstehen Sie das nicht als Absage Ihrer Bewerbung – Sie bleiben selbstverständlich im Verfahren. Statt des Auswahltags bieten wir Ihnen ein Einzelgespräch an; die Terminvorschläge schicke ich Ihnen Anfang nächster Woche.

Freundliche Grüße
Tanja Keßler
Rheinische Entsorgung GmbH""",
    ics=dict(method="CANCEL", uid="re-auswahltag-20260910@rhein-entsorgung.example.de", seq=1,
             start="20260910T083000", end="20260910T150000", tz="Europe/Berlin",
             summary="Auswahltag Fachkraft Arbeits- und Umweltschutz",
             location="Betriebshof Köln-Niehl, Raum 1.12",
             organizer=("Tanja Keßler", "t.kessler@rhein-entsorgung.example.de")),
)

PH_MOVE = dict(
    id="ph_move", kind=RES, slug="porzer_holzbau_telefonat_auf_freitag", lang="de",
    company="Porzer Holzbau", contact="jan.grevenbroich@porzer-holzbau.example.de",
    frm=("Jan Grevenbroich", "jan.grevenbroich@porzer-holzbau.example.de"),
    subject="AW: Kurzes Telefonat diese Woche?",
    date="2026-10-06 19:30 +0200", reply_of="ph_inv",
    text=reply(
        """Hallo Herr Mbeki-Hartley,

kleine Änderung: Donnerstag bin ich doch auf einer Dachbaustelle in Bensberg. Können wir das Telefonat auf Freitag, 9. Oktober, 10 Uhr legen? Ich rufe Sie dann an.

Beste Grüße
Jan Grevenbroich""",
        "de", "Mo., 5. Okt. 2026 um 12:48", "Jan Grevenbroich <jan.grevenbroich@porzer-holzbau.example.de>",
        "Hätten Sie Donnerstag gegen 16 Uhr Zeit für ein erstes Gespräch am Telefon?"),
)

AG_CANCEL = dict(
    id="ag_cancel", kind=RES, slug="aero_garonne_annulation_method_cancel", lang="fr",
    company="Aéro-Garonne Maintenance", contact="baptiste.roques@aerogaronne.example.fr",
    frm=("Baptiste Roques", "baptiste.roques@aerogaronne.example.fr"),
    subject="Annulé : Entretien Animateur HSE - D. Mbeki-Hartley",
    date="2026-05-18 08:50 +0200", reply_of="ag_inv",
    text="""Bonjour Monsieur Mbeki-Hartley,

Mme Sarrail est malheureusement en arrêt maladie cette semaine ; nous sommes donc contraints d'annuler l'entretien prévu jeudi 21 mai à 10h.

Votre candidature reste bien entendu à l'étude. Je reviendrai vers vous dès son retour pour fixer une nouvelle date.

Avec toutes nos excuses,
Baptiste Roques
Chargé de recrutement - Aéro-Garonne Maintenance""",
    ics=dict(method="CANCEL", uid="ag-entretien-hse-0521@aerogaronne.example.fr", seq=1,
             start="20260521T100000", end="20260521T111500", tz="Europe/Paris",
             summary="Entretien Animateur HSE - D. Mbeki-Hartley",
             location="Bâtiment B, 3 rue de l'Aéroport, Blagnac",
             organizer=("Baptiste Roques", "baptiste.roques@aerogaronne.example.fr")),
)

BL_MOVE = dict(
    id="bl_move", kind=RES, slug="blagnac_levage_report_echange", lang="fr",
    company="Blagnac Levage", contact="s.fabre@blagnac-levage.example.fr",
    frm=("Sandrine Fabre", "s.fabre@blagnac-levage.example.fr"),
    subject="Re: Votre candidature - échange téléphonique",
    date="2026-02-12 09:05 +0100", reply_of="bl_inv", charset="windows-1252",
    cte="quoted-printable",
    text="""Bonjour Monsieur,

Petit contretemps de mon côté : un audit MASE a été avancé au mardi 17. Je vous propose de décaler notre échange au jeudi 19 février, même heure (9h30). Je vous appellerai sur votre portable britannique.

Merci de votre compréhension et à jeudi,
Sandrine Fabre
Responsable QHSE – Blagnac Levage""",
)

IB_MOVE = dict(
    id="ib_move", kind=RES, slug="iberbelt_cambio_de_hora", lang="es",
    company="Iberbelt", contact="lucia.navarro@iberbelt.example.es",
    frm=("Lucía Navarro", "lucia.navarro@iberbelt.example.es"),
    subject="Cambio de hora: videoentrevista del martes",
    date="2026-07-10 17:33 +0200", reply_of="ib_inv",
    text="""Hola Declan:

Álvaro tiene una reunión con la propiedad del hospital el martes por la mañana, así que tenemos que mover la videoentrevista. ¿Te va bien el mismo martes 14 a las 16:30 (hora de Madrid; 15:30 en Belfast)? El enlace de Teams sigue siendo el mismo.

Disculpa el cambio.

Lucía Navarro
Selección - Constructora Iberbelt""",
)

# ====================================================================== missed interviews

TV_MISSED = dict(
    id="tv_missed", kind=MIS, slug="nhs_trust_tried_calling_twice", lang="en",
    company="Tyne Valley NHS Foundation Trust", contact="gemma.laidler@tynevalleynhs.example.uk",
    frm=("Gemma Laidler", "gemma.laidler@tynevalleynhs.example.uk"),
    subject="Missed telephone interview - 316-EF-2291",
    date="2026-06-10 10:52 +0100", reply_of="tv_inv",
    text="""Dear Declan

Fiona tried calling you twice at 10:00 this morning for your telephone interview and again at 10:15, but there was no answer and the voicemail was full.

If there has been a problem, please let me know by the end of tomorrow and we will see whether another time can be arranged.

Kind regards

Gemma Laidler
Recruitment Coordinator
Tyne Valley NHS Foundation Trust
Tel: 0191 496 0873""",
)

MR_MISSED = dict(
    id="mr_missed", kind=MIS, slug="minster_rail_we_waited_on_teams", lang="en",
    company="Minster Rail Engineering", contact="hannah.wray@minsterrail.example.co.uk",
    frm=("Hannah Wray", "no-reply@hire.lever.co"),
    reply_to=("Hannah Wray", "hannah.wray@minsterrail.example.co.uk"),
    subject="Re: Interview with Minster Rail Engineering - Site Safety Advisor",
    date="2026-04-01 10:34 +0100", reply_of="mr_inv",
    text="""Hi Declan,

Craig and I waited on Teams from 10:00 until 10:20 this morning but you didn't join the call, and we couldn't reach you on the phone number in your application.

I hope everything is OK. Could you let me know what happened?

Hannah

---
Sent via Lever. Replies to this email go to Hannah Wray.""",
)

OB_MISSED = dict(
    id="ob_missed", kind=MIS, slug="ouseburn_no_answer_at_screening_call", lang="en",
    company="Ouseburn Distribution", contact="kerry.robson@ouseburn.example.co.uk",
    frm=("Kerry Robson", "kerry.robson@ouseburn.example.co.uk"),
    subject="Our call today",
    date="2026-08-25 14:41 +0100",
    text="""Hi Declan,

I rang at 2pm as arranged for our screening call about the Health & Safety Coordinator role but it went straight to voicemail, and again at 2.10. I left a message both times.

Give me a shout when you get this and we'll see where we go from here.

Thanks,
Kerry Robson
Talent Acquisition, Ouseburn Distribution
Team Valley Trading Estate, Gateshead NE11 0QD | 0191 496 0617""",
)

PT_MISSED = dict(
    id="pt_missed", kind=MIS, slug="agency_client_rang_no_answer", lang="en",
    company="Ebor Brewing", contact="callum.haigh@penninetalent.example.co.uk",
    frm=("Callum Haigh", "callum.haigh@penninetalent.example.co.uk"),
    subject="Re: Ebor Brewing - interview Tuesday",
    date="2026-01-20 14:37 +0000", reply_of="pt_inv",
    text="""Declan, where were you mate?

Rachel at Ebor rang you bang on 2 o'clock for the interview and twice more after that - no answer. She's not best pleased, she'd blocked out the afternoon for it.

Ring me as soon as you see this. If there's a good reason I'll try and smooth it over, but I can't promise.

Callum
Pennine Talent Partners | 0113 496 0388""",
)

_cc_text = """Dear Mr Mbeki-Hartley

POST: HEALTH AND SAFETY OFFICER (ROADS AND NEIGHBOURHOOD SERVICES) - REF CCC/0932

You were invited to attend an interview on Thursday 14 May 2026 at 11.30am at Clyde Coast Council Headquarters, Greenock Road, Glasgow. Our records show that you did not attend.

If you wish to remain a candidate for this post, please contact the Recruitment Team within five working days of the date of this email, explaining the reason for your non-attendance. If we do not hear from you, your application will be withdrawn.

Yours sincerely

Morag Kennedy
Recruitment Team, Human Resources
Clyde Coast Council
0141 496 0199 | morag.kennedy@clydecoast.example.gov.uk"""

CC_MISSED = dict(
    id="cc_missed", kind=MIS, slug="council_non_attendance_letter", lang="en",
    company="Clyde Coast Council", contact="morag.kennedy@clydecoast.example.gov.uk",
    frm=("Morag Kennedy", "morag.kennedy@clydecoast.example.gov.uk"),
    subject="Non-attendance at interview - CCC/0932",
    date="2026-05-14 15:20 +0100", cte="quoted-printable",
    text=_cc_text, html=outlook_html(mso(_cc_text)),
)

SM_MISSED = dict(
    id="sm_missed", kind=MIS, slug="shankill_waited_at_gate", lang="en",
    company="Shankill Mechanical Services", contact="ruairi.oneill@shankillmech.example.co.uk",
    frm=("Ruairí O'Neill", "ruairi.oneill@shankillmech.example.co.uk"),
    name_enc=("utf-8", "B"),
    subject="This morning",
    date="2026-09-29 09:12 +0100",
    text="""Declan,

Myself and the contracts manager were at the gate on Duncrue Road from 8 for your interview and site walk this morning and there was no sign of you. Tried your mobile a couple of times too.

Not sure if something came up. Let me know.

Ruairí O'Neill
Operations Manager
Shankill Mechanical Services | Unit 7, Duncrue Industrial Park, Belfast BT3 9BP | 028 9049 6702""",
)

RH_MISSED = dict(
    id="rh_missed", kind=MIS, slug="rheinauen_im_teams_raum_gewartet", lang="de",
    company="Rheinauen Logistik", contact="sabine.brandt@rheinauen.example.de",
    frm=("Sabine Brandt", "sabine.brandt@rheinauen.example.de"),
    subject="Verpasster Termin – Fachkraft für Arbeitssicherheit",
    date="2026-04-21 10:38 +0200", reply_of="rh_inv", cte="quoted-printable",
    text="""Sehr geehrter Herr Mbeki-Hartley,

Herr Wirtz und ich haben heute ab 10:00 Uhr im Teams-Raum auf Sie gewartet, leider haben Sie sich nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte geben Sie mir kurz Bescheid, was passiert ist.

Mit freundlichen Grüßen
Sabine Brandt
Personalreferentin, Rheinauen Logistik GmbH
Tel. +49 221 555 4410""",
)

AP_MISSED = dict(
    id="ap_missed", kind=MIS, slug="agency_client_nicht_erreicht", lang="de",
    company="Deutzer Gerüstbau", contact="lena.hoffmann@as-personal-rhein.example.de",
    frm=("Lena Hoffmann", "lena.hoffmann@as-personal-rhein.example.de"),
    subject="Telefontermin Deutzer Gerüstbau – nicht erreicht",
    date="2026-06-02 10:15 +0200", reply_of="ap_inv",
    text="""Hallo Herr Mbeki-Hartley,

Herr Odenthal hat sich eben bei mir gemeldet: Er hat Sie um 9:30 Uhr zweimal angerufen, Sie waren aber nicht erreichbar. Er war etwas irritiert.

Melden Sie sich bitte bei mir, damit ich ihm erklären kann, was los war.

Viele Grüße
Lena Hoffmann
Arbeitsschutz Personal Rhein GmbH · 0221 555 8830""",
)

BL_MISSED = dict(
    id="bl_missed", kind=MIS, slug="blagnac_levage_injoignable", lang="fr",
    company="Blagnac Levage", contact="s.fabre@blagnac-levage.example.fr",
    frm=("Sandrine Fabre", "s.fabre@blagnac-levage.example.fr"),
    subject="Notre échange de ce matin",
    date="2026-02-19 10:02 +0100", reply_of="bl_move",
    text="""Bonjour Monsieur,

Je vous ai appelé ce matin à 9h30 comme convenu, puis à 9h45, sans réussir à vous joindre ; je suis tombée deux fois sur votre messagerie.

Pouvez-vous me dire ce qu'il s'est passé ?

Cordialement,
Sandrine Fabre
Responsable QHSE - Blagnac Levage - 05 61 55 47 12""",
)

LM_MISSED = dict(
    id="lm_missed", kind=MIS, slug="logistica_meseta_no_se_presento", lang="es",
    company="Logística Meseta", contact="rrhh.toulouse@logisticameseta.example.es",
    frm=("RRHH Logística Meseta", "rrhh.toulouse@logisticameseta.example.es"),
    subject="Jornada de pruebas del 11 de marzo",
    date="2026-03-11 12:30 +0100", reply_of="lm_inv",
    html=simple_html(paras("""Estimado Declan:

Te esperábamos esta mañana a las 8:45 en la recepción de la plataforma de Toulouse-Eurocentre para la jornada de pruebas, pero no te presentaste y no hemos recibido ningún aviso.

Si ha habido algún problema, escríbenos antes del viernes.

Un saludo,
Departamento de Recursos Humanos
Logística Meseta, S.L."""), "es"),
)

MESSAGES = [
    # invitations
    HF_INV, CV_INV, AV_INV, TV_INV, SP_INV, MR_INV, SS_INV, PT_INV, FF_INV, KC_INV, KP_INV,
    LR_INV, DV_INV, GS_INV, LV_INV,
    RH_INV, DB_INV, RE_INV, AP_INV, PH_INV,
    AG_INV, BL_INV, OI_INV,
    IB_INV, LM_INV, TS_INV,
    # reschedules and cancellations
    HF_MOVE, CV_UPD, SP_MOVE, TV_REBOOK, LV_POSTPONE, GS_CANCEL, SS_MOVE, FF_CANCEL, AV_MOVE,
    DB_MOVE, RE_CANCEL, PH_MOVE,
    AG_CANCEL, BL_MOVE,
    IB_MOVE,
    # missed
    TV_MISSED, MR_MISSED, OB_MISSED, PT_MISSED, CC_MISSED, SM_MISSED,
    RH_MISSED, AP_MISSED,
    BL_MISSED,
    LM_MISSED,
]
