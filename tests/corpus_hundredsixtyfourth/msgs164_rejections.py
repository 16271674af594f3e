# ruff: noqa: C408
# (each message spec is written as a dict(...) call on purpose: it reads like a form)
"""Corpus 164: the 31 rejections, hand-written (18 en, 6 de, 4 fr, 3 es)."""

from __future__ import annotations

from msgs164_common import (
    ats_card,
    forwarded,
    mso,
    outlook_html,
    outlook_reply,
    paras,
    reply,
    simple_html,
)

K = "rejection"

# -------------------------------------------------------------- Harrowgate Foods (Leeds)
_hf_thanks = """Hi Gareth,

Thanks very much for taking the time to speak with me yesterday, and to Shona for setting it up. It was good to hear about the new palletiser line at Stourton and how you want the near-miss reporting to work on nights.

I came away even keener on the role. If there's anything else you need from me - references, my IOSH certificate - just shout.

All the best,
Declan"""

HF_REJ = dict(
    id="hf_rej", kind=K, slug="harrowgate_after_interview_quotes_thanks", lang="en",
    company="Harrowgate Foods", contact="gareth.illingworth@harrowgatefoods.example.co.uk",
    frm=("Gareth Illingworth", "gareth.illingworth@harrowgatefoods.example.co.uk"),
    subject="Re: Thank you - Health & Safety Advisor interview",
    date="2026-03-06 16:42 +0000", reply_of="hf_thanks",
    text=reply(
        """Hi Declan,

Appreciate the note, and it was a pleasure meeting you too. I'll be honest with you because you deserve a straight answer: we've offered the job to someone who has already run a site safety function on their own, and they've accepted. It was close, and your shop-floor knowledge came across really well with the shift leads.

If you get your NEBOSH General Certificate finished this year, please keep an eye on our vacancies - I'd be happy to see your name again.

Best regards,

Gareth Illingworth
SHEQ Manager | Harrowgate Foods Ltd
Unit 4, Cross Green Industrial Estate, Leeds LS9 0SG
T: 0113 496 0712 | M: 07700 900412""",
        "en", "Thu, 26 Feb 2026 at 19:03", "Declan Mbeki-Hartley <declan.mh@example.co.uk>",
        _hf_thanks),
)

# -------------------------------------------------------------- Aire Valley District Council
AV_REJ = dict(
    id="av_rej", kind=K, slug="council_after_assessment_centre_html_only", lang="en",
    company="Aire Valley District Council", contact="",
    frm=("Aire Valley District Council", "noreply@taleo.net"),
    subject="Outcome of your application: Health and Safety Officer (Ref AVDC-0418)",
    date="2026-02-20 11:05 +0000", reply_of="av_move",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card(
        "Aire Valley District Council - Careers", "#00594f",
        "<p>Dear Declan Mbeki-Hartley,</p>\n"
        "<p>Thank you for attending the assessment centre for the post of Health and Safety "
        "Officer (Ref AVDC-0418) and for the effort you put into the exercises.</p>\n"
        "<p>The panel has now scored all candidates against the person specification. "
        "We regret to tell you that your score did not reach the threshold for appointment "
        "and we are therefore unable to offer you this post.</p>\n"
        "<p>Feedback on the group exercise and the written risk assessment can be requested "
        "within 28 days through your candidate account.</p>\n"
        "<p>Yours sincerely,<br>Human Resources Service Centre<br>Aire Valley District Council</p>",
        "This message was sent from an unmonitored mailbox. Please do not reply. "
        "Aire Valley District Council, Civic Hall, Shipley Road, Leeds LS12 7AV."),
)

# -------------------------------------------------------------- Lagan Energy Networks (Belfast)
_le_text = """Dear Declan,

Thank you for applying for the Health, Safety & Environment Advisor position at Lagan Energy Networks and for your patience while we reviewed applications.

We received a large number of strong applications. After careful consideration we have decided to move forward with candidates whose experience more closely matches the requirements of this role, particularly in high-voltage and street-works environments.

We will retain your details in our talent community and may contact you about future opportunities.

Kind regards,
Talent Acquisition Team
Lagan Energy Networks"""

LE_REJ = dict(
    id="le_rej", kind=K, slug="lagan_energy_smartrecruiters_closer_match", lang="en",
    company="Lagan Energy Networks", contact="",
    frm=("Lagan Energy Networks", "no-reply@smartrecruiters.com"),
    subject="Your application for Health, Safety & Environment Advisor",
    date="2026-08-20 10:17 +0100", reply_of="le_ack", cte="quoted-printable",
    text=_le_text,
    html=ats_card("Lagan Energy Networks", "#0b3d91", paras(_le_text),
                  "Powered by SmartRecruiters. You are receiving this email because you "
                  "applied for a job. <a href=\"https://jobs.smartrecruiters.com/privacy\">"
                  "Privacy</a>"),
)

# -------------------------------------------------------------- Scheldt Port Services (Antwerp)
SP_REJ = dict(
    id="sp_rej", kind=K, slug="scheldt_port_after_second_round", lang="en",
    company="Scheldt Port Services", contact="liesbeth.vandamme@scheldtport.example.be",
    frm=("Liesbeth Van Damme", "liesbeth.vandamme@scheldtport.example.be"),
    cc=[("Jonas Peeters", "jonas.peeters@scheldtport.example.be")],
    subject="Safety Advisor Terminal 913 - update",
    date="2026-05-08 14:20 +0200", reply_of="sp_move",
    text="""Dear Declan,

Thank you again for the conversation on 29 April and for being flexible with the time. Jonas and I enjoyed hearing about your forklift incident investigations in Leeds.

We have thought about it carefully. For this position we need someone who can sign off on ISPS and ADR paperwork from the first week, and there is a candidate in the process who already holds those qualifications. So we will not take your application further this time.

I realise this is disappointing news after two rounds. If you would like a short call about the feedback from the terminal manager, reply to this mail and I will find a slot.

Met vriendelijke groeten / Kind regards,

Liesbeth Van Damme
HR Business Partner
Scheldt Port Services NV
Kaai 913, Haven 2030 Antwerpen, Belgium
+32 3 555 01 47

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Scheldt Port Services NV, RPR Antwerpen, BE 0400.000.913.""",
)

# -------------------------------------------------------------- Minster Rail Engineering (York)
MR_REJ = dict(
    id="mr_rej", kind=K, slug="minster_rail_lever_after_no_show", lang="en",
    company="Minster Rail Engineering", contact="hannah.wray@minsterrail.example.co.uk",
    frm=("Minster Rail Engineering", "no-reply@hire.lever.co"),
    reply_to=("Hannah Wray", "hannah.wray@minsterrail.example.co.uk"),
    subject="Minster Rail Engineering: Site Safety Advisor (York)",
    date="2026-04-03 09:31 +0100", reply_of="mr_missed",
    text="""Hi Declan,

Following on from last week, when we weren't able to connect for the scheduled interview, the hiring team has continued with the candidates already in the final stage, and we've now closed the shortlist for the Site Safety Advisor role. That means we won't be progressing your application.

Thanks for the interest you've shown in Minster Rail Engineering, and good luck with the search.

Hannah Wray
Talent Partner, Minster Rail Engineering

---
Sent via Lever. Replies to this email go to Hannah Wray.""",
)

# -------------------------------------------------------------- Kempen Chemicals (Antwerp)
_kc_text = """Dear Declan,

I am writing with news I had hoped not to send. Following a review of the 2026 headcount plan, the EHS Coordinator vacancy at our Zwijndrecht site has been put on hold, and we will not proceed with the recruitment, including the panel interview planned for 29 September. The calendar invitation is withdrawn with this message.

This decision is not a reflection of your application, which the panel rated highly. Because we cannot say whether or when the role will reopen, we are closing all open applications rather than keep candidates waiting.

With kind regards,

Annelies Claes
Talent Acquisition Lead EHS
Kempen Chemicals NV | Scheldelaan 400, 2040 Antwerpen
T +32 3 555 22 90"""

KC_REJ = dict(
    id="kc_rej", kind=K, slug="kempen_role_on_hold_calendar_cancel", lang="en",
    company="Kempen Chemicals", contact="annelies.claes@kempenchem.example.be",
    frm=("Annelies Claes", "annelies.claes@kempenchem.example.be"),
    subject="Cancelled: Panel interview - EHS Coordinator (Zwijndrecht)",
    date="2026-09-23 17:02 +0200", reply_of="kc_inv", cte="quoted-printable",
    text=_kc_text, html=outlook_html(mso(_kc_text)),
    ics=dict(method="CANCEL", uid="kc-panel-20260929@kempenchem.example.be", seq=1,
             start="20260929T100000", end="20260929T113000", tz="Europe/Brussels",
             summary="Panel interview - EHS Coordinator", location="Zwijndrecht site, room B2",
             organizer=("Annelies Claes", "annelies.claes@kempenchem.example.be")),
)

# -------------------------------------------------------------- Pennine Talent for Ebor Brewing
PT_REJ = dict(
    id="pt_rej", kind=K, slug="agency_relays_ebor_brewing_no", lang="en",
    company="Ebor Brewing", contact="callum.haigh@penninetalent.example.co.uk",
    frm=("Callum Haigh", "callum.haigh@penninetalent.example.co.uk"),
    subject="Ebor Brewing - their decision",
    date="2026-01-22 12:48 +0000", reply_of="pt_missed",
    text="""Hiya Declan,

Just come off the phone with Rachel at Ebor Brewing. I'm afraid it's not good news - after the mix-up on Tuesday they've had a think and they're going to stick with the two people they've already seen face to face. She did say your CV was one of the better ones they got.

Don't let it knock you. I've got a couple of other H&S bits coming through in Wakefield and Harrogate next week and I'll ring you about those.

Cheers,
Callum

Callum Haigh | Senior Consultant - Industrial & SHEQ
Pennine Talent Partners, 3rd Floor, 12 Park Row, Leeds LS1 5HD
0113 496 0388""",
)

# -------------------------------------------------------------- Don Valley Steel Fabrications
DV_REJ = dict(
    id="dv_rej", kind=K, slug="don_valley_terse_from_phone", lang="en",
    company="Don Valley Steel Fabrications", contact="mick.froggatt@donvalleysteel.example.co.uk",
    frm=("Mick Froggatt", "mick.froggatt@donvalleysteel.example.co.uk"),
    subject="Re: Tuesday",
    date="2026-02-11 07:12 +0000", reply_of="dv_inv",
    text="""Declan - gone with someone else for the H&S job. Thanks for coming in. Mick

Sent from my iPhone""",
)

# -------------------------------------------------------------- Ouseburn Distribution (Newcastle)
OB_REJ = dict(
    id="ob_rej", kind=K, slug="ouseburn_filled_internally_teamtailor", lang="en",
    company="Ouseburn Distribution", contact="",
    frm=("Ouseburn Distribution", "no-reply@teamtailor-mail.com"),
    subject="About the Health & Safety Coordinator role at Ouseburn Distribution",
    date="2026-09-09 13:26 +0100", reply_of="ob_missed",
    text="""Hi Declan,

Thank you for your interest in the Health & Safety Coordinator role at our Team Valley depot.

We wanted to let you know that the position has now been filled by a colleague from within the business, who moved across from our transport compliance team. As a result the vacancy is closed and we will not be arranging further interviews for it.

We really appreciate the time you gave us. Your profile stays in our candidate pool unless you ask us to delete it.

Best wishes,
The People Team at Ouseburn Distribution

This email was sent by Teamtailor on behalf of Ouseburn Distribution. Manage your data: https://ouseburn.teamtailor.example.com/connect""",
)

# -------------------------------------------------------------- Hallam Housing Partnership
HH_REJ = dict(
    id="hh_rej", kind=K, slug="hallam_housing_post_withdrawn_cp1252", lang="en",
    company="Hallam Housing Partnership", contact="bev.oldroyd@hallamhousing.example.org.uk",
    frm=("Bev Oldroyd", "bev.oldroyd@hallamhousing.example.org.uk"),
    subject="Compliance & Safety Officer vacancy – withdrawn",
    subject_enc=("utf-8", "Q"),
    date="2026-06-30 15:55 +0100", charset="windows-1252", cte="quoted-printable",
    text="""Dear Declan,

I’m sorry to be writing with this. The board approved a restructure of the Asset Management directorate on Monday and, as part of that, the Compliance & Safety Officer post you applied for has been withdrawn. The duties are being absorbed by the existing fire-safety team, so there won’t be a recruitment for it – not now, and we don’t expect to re-advertise.

I know you’d already been through the telephone sift, and I appreciate the time that took. The £450 travel budget we mentioned for the second stage obviously no longer applies.

With best wishes,

Bev Oldroyd
Resourcing Adviser
Hallam Housing Partnership – “Homes that work”
Pinstone Chambers, Sheffield S1 2HN | 0114 496 0255""",
)

# -------------------------------------------------------------- Kelvinside Builders (Glasgow)
KB_REJ = dict(
    id="kb_rej", kind=K, slug="kelvinside_site_manager_scots_casual", lang="en",
    company="Kelvinside Builders", contact="stevie.mcgarrigle@kelvinside.example.co.uk",
    frm=("Stevie McGarrigle", "stevie.mcgarrigle@kelvinside.example.co.uk"),
    subject="that safety job",
    date="2026-07-02 18:34 +0100",
    text="""Alright Declan,

Gonnae be straight wi ye, the gaffer's went wi a lad fae Paisley that's got his NEBOSH construction cert and five year on housing sites, so that's you oot of it for the Maryhill job. Nae reflection on you big man, you came across sound.

If I hear of owt else on the Kelvinside side I'll gie ye a shout.

Stevie
Site Manager, Kelvinside Builders
07700 900631""",
)

# -------------------------------------------------------------- Lough Road Haulage (Belfast)
_lr_prev = """Hi Declan,

Thanks for the application for Transport Safety Lead. Would you be free for a 20-minute phone screen this week? Wednesday or Thursday after 2pm works for me.

Orla"""

LR_REJ = dict(
    id="lr_rej", kind=K, slug="lough_road_after_phone_screen_disclaimer", lang="en",
    company="Lough Road Haulage", contact="orla.devlin@loughroad.example.co.uk",
    frm=("Orla Devlin", "orla.devlin@loughroad.example.co.uk"),
    subject="RE: Transport Safety Lead - phone screen",
    date="2026-07-29 11:09 +0100", reply_of="lr_inv", cte="quoted-printable",
    text=outlook_reply(
        """Hi Declan,

Thanks for your time on the phone last Thursday. Having spoken with all the shortlisted people, I'm sorry to say we won't be inviting you forward to the depot interview. Our operation runs heavy on tachograph and driver-hours compliance and we need someone who has managed that directly.

I genuinely wish you well - your enthusiasm came through.

Orla Devlin
HR Manager
Lough Road Haulage Ltd | 22 Duncrue Street, Belfast BT3 9AR | 028 9049 6011

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Lough Road Haulage Ltd is registered in Northern Ireland, company number NI600123. Any views expressed are those of the author and not necessarily those of the company.""",
        "en", "Orla Devlin <orla.devlin@loughroad.example.co.uk>",
        "20 July 2026 09:44", "Declan Mbeki-Hartley <declan.mh@example.co.uk>",
        "Transport Safety Lead - phone screen", _lr_prev),
)

# -------------------------------------------------------------- NHS Clyde Valley (Glasgow)
NC_REJ = dict(
    id="nc_rej", kind=K, slug="nhs_clyde_valley_not_shortlisted_base64", lang="en",
    company="NHS Clyde Valley", contact="",
    frm=("NHS Clyde Valley Recruitment", "noreply@nhsclydevalley.example.scot"),
    subject="Application update: Health and Safety Advisor, Band 6 (CV-26-0147)",
    date="2026-02-16 08:02 +0000", reply_of="nc_ack", cte="base64",
    text="""Dear Declan Mbeki-Hartley

Job reference: CV-26-0147
Post: Health and Safety Advisor, Band 6
Location: Gartnavel Support Services, Glasgow

The recruiting manager has now completed shortlisting for the above post. On this occasion you have not been shortlisted for interview.

Shortlisting was carried out against the essential criteria in the person specification; the panel noted that applicants needed to evidence a NEBOSH Diploma or equivalent (SCQF level 10).

Thank you for your interest in working for NHS Clyde Valley. You can view other vacancies at any time.

This is an automated message. Replies to this address are not read.""",
)

# -------------------------------------------------------------- Wansbeck Water (Newcastle, iCIMS)
WW_REJ = dict(
    id="ww_rej", kind=K, slug="wansbeck_water_icims_latin1_keep_on_file", lang="en",
    company="Wansbeck Water", contact="",
    frm=("Wansbeck Water Careers", "wansbeckwater@icims.com"),
    subject="Health & Safety Advisor (Operations) - Req 26-3318",
    date="2026-05-12 15:40 +0100", reply_of="ww_chase",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Declan,

Thanks for your patience, and for your follow-up email last week.

We've now reviewed every application for Health & Safety Advisor (Operations). Yours was read in full by the hiring manager, but it won't be progressing to the next stage. The role carries a £4,000 confined-spaces allowance and we've prioritised people who already hold a City & Guilds 6150 ticket.

We'll keep your CV on file for twelve months and may be in touch if something suitable comes up in the Northumberland operations teams.

Regards,
Recruitment Team, Wansbeck Water
Abbey Road, Morpeth NE61 2AW

Wansbeck Water is a trading name of Wansbeck Water Services plc. Registered in England & Wales No. 09876543.""",
)

# -------------------------------------------------------------- Tyneside HSE Recruitment (unnamed client)
TH_REJ = dict(
    id="th_rej", kind=K, slug="agency_unnamed_client_gateshead", lang="en",
    company="Tyneside HSE Recruitment", contact="jo.armstrong@tynesidehse.example.co.uk",
    frm=("Jo Armstrong", "jo.armstrong@tynesidehse.example.co.uk"),
    subject="Gateshead infrastructure role - feedback",
    date="2026-04-28 17:18 +0100", reply_of="th_ack",
    text="""Hi Declan,

I put your profile forward to my client, the infrastructure contractor in Gateshead I mentioned on the phone. Their HSE director has come back this afternoon and they've decided not to take you to interview - they're after someone with CDM principal-contractor experience on live highway schemes, and without that they felt it'd be too big a jump from warehouse.

Don't read too much into it. Your CV is strong for logistics and manufacturing safety roles and I'll keep sending you those.

Speak soon,
Jo

Jo Armstrong
Principal Consultant
Tyneside HSE Recruitment | The Toffee Factory, Lower Steenbergs Yard, Newcastle NE1 2DF
0191 496 0550""",
)

# -------------------------------------------------------------- Fenwick Cold Store (York, BambooHR)
FC_REJ = dict(
    id="fc_rej", kind=K, slug="fenwick_bamboohr_not_inviting_to_interview", lang="en",
    company="Fenwick Cold Store", contact="lucy.bainbridge@fenwickcold.example.co.uk",
    frm=("Fenwick Cold Store", "notifications@bamboohr.com"),
    reply_to=("Lucy Bainbridge", "lucy.bainbridge@fenwickcold.example.co.uk"),
    subject="Your application - Health and Safety Advisor, York",
    date="2026-10-02 10:02 +0100",
    text="""Hello Declan,

Thank you for applying to Fenwick Cold Store. We had a lot of interest in the Health and Safety Advisor post at our Clifton Moor site and the standard of applicants was high.

Having compared applications against the shortlist criteria, we won't be inviting you to interview for this vacancy. Interviews take place next week with a small group of candidates who have temperature-controlled warehouse safety experience.

We wish you every success.

Lucy Bainbridge
HR Officer, Fenwick Cold Store

Please reply to this email if you have any questions - it will reach Lucy directly.""",
)

# -------------------------------------------------------------- Sheaf Street Precast (forwarded note)
_ss_fwd_body = """Hi Tom,

Had a read of the H&S advisor CV you sent (Declan M-H). Decent lad by the look of it but not for this one - we need somebody who can run the crane and lifting-ops side on their own from day one and he's never done LOLER inspections. Can you let him down gently?

Karen

Karen Staniforth
Operations Director, Sheaf Street Precast"""

SS_REJ = dict(
    id="ssp_rej", kind=K, slug="sheaf_precast_forwarded_director_note", lang="en",
    company="Sheaf Street Precast", contact="tom.ashworth@sheafprecast.example.co.uk",
    frm=("Tom Ashworth", "tom.ashworth@sheafprecast.example.co.uk"),
    subject="Fwd: H&S advisor CV",
    date="2026-06-12 09:47 +0100", reply_of="ssp_ack",
    text="""Morning Declan,

Rather than paraphrase, I've forwarded Karen's note below - I think you'd rather have it straight. It's a no for the advisor role, I'm afraid. She's right that lifting operations are a big part of the job here.

Sorry it's not better news. All the best,
Tom
HR Administrator, Sheaf Street Precast, Attercliffe Road, Sheffield S9 3RS

""" + forwarded("en", "Karen Staniforth <karen.staniforth@sheafprecast.example.co.uk>",
                "Wed, 10 Jun 2026 at 16:21", "H&S advisor CV",
                "Tom Ashworth <tom.ashworth@sheafprecast.example.co.uk>", _ss_fwd_body),
)

# -------------------------------------------------------------- Kirkgate Packaging (Workable)
_kp_text = """Hi Declan,

Thanks for coming in for the trial day on Friday and getting stuck in with the fire-warden walk-round and the COSHH audit on the glue store.

We've had a proper discussion as a team. We would have loved to offer you the role, but the person we've chosen has already led an ISO 45001 certification, which is where we're headed next year. So this time it's not a yes from us.

We'd be glad to offer you feedback on the audit exercise if that would help - just hit reply.

Best,
Nadia Qureshi
Operations Manager, Kirkgate Packaging
Kirkgate Mills, Leeds LS2 7DJ"""

KP_REJ = dict(
    id="kp_rej", kind=K, slug="kirkgate_after_trial_day_offer_words", lang="en",
    company="Kirkgate Packaging", contact="nadia.qureshi@kirkgatepack.example.co.uk",
    frm=("Nadia Qureshi via Workable", "noreply@workablemail.com"),
    reply_to=("Nadia Qureshi", "nadia.qureshi@kirkgatepack.example.co.uk"),
    subject="Trial day follow-up - Kirkgate Packaging",
    date="2026-09-18 16:05 +0100", reply_of="kp_inv",
    text=_kp_text,
    html=simple_html(paras(_kp_text) + '\n<p style="color:#999;font-size:11px">Sent with '
                     "Workable on behalf of Kirkgate Packaging.</p>"),
)

# ============================================================== German

_rh_sorry = """Guten Tag Frau Brandt,

es tut mir sehr leid, dass ich heute um 10 Uhr nicht im Teams-Termin war. Ich hatte die Uhrzeit in britischer Zeit eingetragen und war eine Stunde zu spät. Wäre ein neuer Termin in dieser oder der nächsten Woche möglich?

Mit freundlichen Grüßen
Declan Mbeki-Hartley"""

RH_REJ = dict(
    id="rh_rej", kind=K, slug="rheinauen_no_new_slot_after_missed", lang="de",
    company="Rheinauen Logistik", contact="sabine.brandt@rheinauen.example.de",
    frm=("Sabine Brandt", "sabine.brandt@rheinauen.example.de"),
    subject="AW: Verpasster Termin – Fachkraft für Arbeitssicherheit",
    date="2026-04-24 13:12 +0200", reply_of="rh_sorry", cte="quoted-printable",
    text=reply(
        """Sehr geehrter Herr Mbeki-Hartley,

danke für Ihre Nachricht und die Erklärung – Zeitzonen sind tückisch, das verstehe ich.

Leider ist das Auswahlverfahren inzwischen so weit fortgeschritten, dass ich Ihnen keinen weiteren Gesprächstermin mehr anbieten kann. Die Fachbereichsleitung hat sich gestern für eine Kandidatin entschieden. Ihre Bewerbung wird damit nicht weiter berücksichtigt.

Für Ihre berufliche Zukunft wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen

Sabine Brandt
Personalreferentin
Rheinauen Logistik GmbH · Niehler Damm 120 · 50735 Köln
Tel. +49 221 555 4410
Geschäftsführer: Dr. Tobias Wendt · Amtsgericht Köln HRB 99123""",
        "de", "21.04.2026 um 11:47", "Declan Mbeki-Hartley <declan.mh@example.co.uk>",
        _rh_sorry),
)

DB_REJ = dict(
    id="db_rej", kind=K, slug="domblick_bau_softgarden_latin1", lang="de",
    company="Domblick Bau", contact="juergen.schaefer@domblick-bau.example.de",
    frm=("Jürgen Schäfer", "juergen.schaefer@domblick-bau.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung als Sicherheitsfachkraft: Rückmeldung nach dem Gespräch",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-07-09 10:30 +0200", reply_of="db_move",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Mbeki-Hartley,

vielen Dank für das offene Gespräch am 2. Juli in unserem Büro in Ehrenfeld.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende fiel unsere Wahl auf einen Bewerber, der bereits als SiGeKo nach Baustellenverordnung tätig war und die Koordination unserer Großbaustellen sofort übernehmen kann. Für Sie können wir deshalb leider kein Angebot aussprechen.

Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.

Mit freundlichen Grüßen

Jürgen Schäfer
Leiter Arbeitssicherheit
Domblick Bau AG · Venloer Straße 601 · 50827 Köln""",
)

_sp_html = (
    "<p>Sehr geehrter Herr Mbeki-Hartley,</p>\n"
    "<p>herzlichen Dank für Ihr Interesse an der Position <b>Fachkraft für Arbeitssicherheit "
    "(m/w/d) Netzbetrieb</b> und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p>\n"
    "<p>Nach Abschluss der Vorauswahl müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht "
    "weiter berücksichtigen können. Unsere Wahl fiel auf Profile, die bereits eine Ausbildung zur "
    "Sifa nach DGUV Vorschrift 2 abgeschlossen haben.</p>\n"
    "<p>Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.</p>\n"
    "<p>Freundliche Grüße<br>Ihr Recruiting-Team der Stadtwerke Porz</p>"
)

SPZ_REJ = dict(
    id="spz_rej", kind=K, slug="stadtwerke_porz_successfactors_html_only", lang="de",
    company="Stadtwerke Porz", contact="",
    frm=("Stadtwerke Porz Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung bei den Stadtwerken Porz (Job-ID 4471)",
    date="2026-03-19 08:45 +0100", reply_of="spz_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Stadtwerke Porz", "#c8102e", _sp_html,
                  "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. "
                  "Stadtwerke Porz GmbH · Hauptstraße 300 · 51143 Köln", lang="de"),
)

KK_REJ = dict(
    id="kk_rej", kind=K, slug="koelner_kunststoff_terse_cp1252", lang="de",
    company="Kölner Kunststoffwerke", contact="m.oezdemir@koelner-kunststoff.example.de",
    frm=("Mehmet Özdemir", "m.oezdemir@koelner-kunststoff.example.de"),
    name_enc=("utf-8", "B"),
    subject="Re: Bewerbung Sicherheitsbeauftragter",
    date="2026-05-29 16:51 +0200", charset="windows-1252", cte="8bit",
    text="""Hallo Herr Mbeki-Hartley,

die Stelle ist schon vergeben – sorry für die späte Info. Trotzdem danke für Ihr Interesse.

Gruß
M. Özdemir
Kölner Kunststoffwerke GmbH – Werk Merkenich""",
)

AP_REJ = dict(
    id="ap_rej", kind=K, slug="agency_relays_klinikum_no", lang="de",
    company="Klinikum Rheinufer", contact="lena.hoffmann@as-personal-rhein.example.de",
    frm=("Lena Hoffmann", "lena.hoffmann@as-personal-rhein.example.de"),
    subject="Klinikum Rheinufer – Rückmeldung zu Ihrem Profil",
    date="2026-06-18 11:27 +0200",
    text="""Hallo Herr Mbeki-Hartley,

ich habe heute mit der Personalabteilung des Klinikums Rheinufer telefoniert. Man hat sich dort gegen Ihr Profil entschieden: Für die Stelle im Arbeitsschutz der Klinik wird Erfahrung mit Biostoffverordnung und Gefährdungsbeurteilungen im Krankenhaus erwartet, und die fehlt Ihnen bisher.

Schade – ich hatte mir für Sie gute Chancen ausgerechnet. Ich melde mich, sobald ich eine passende Stelle in Logistik oder Produktion habe.

Viele Grüße
Lena Hoffmann
Personalberaterin Arbeitsschutz & HSE
Arbeitsschutz Personal Rhein GmbH · Hohenzollernring 58 · 50672 Köln · 0221 555 8830""",
)

RC_REJ = dict(
    id="rc_rej", kind=K, slug="rheinchem_personio_on_hold_process_ended", lang="de",
    company="Rheinchem Service", contact="",
    frm=("Rheinchem Service GmbH", "noreply@personio.de"),
    subject="Information zu Ihrer Bewerbung: HSE-Koordinator Chempark",
    date="2026-08-27 09:14 +0200", cte="base64",
    text="""Guten Tag Herr Mbeki-Hartley,

wir möchten Sie über den Stand der Ausschreibung „HSE-Koordinator Chempark (m/w/d)“ informieren.

Aufgrund einer geänderten Budgetplanung wird die Stelle vorerst nicht besetzt. Das Auswahlverfahren ist damit beendet, und wir werden Ihre Bewerbung nicht weiterverfolgen. Sollte die Position zu einem späteren Zeitpunkt erneut ausgeschrieben werden, freuen wir uns über eine neue Bewerbung.

Vielen Dank für Ihr Verständnis.

Ihr Personalteam
Rheinchem Service GmbH

Diese Nachricht wurde automatisch über Personio versendet.""",
)

# ============================================================== French

GE_REJ = dict(
    id="ge_rej", kind=K, slug="garonne_eaux_suite_defavorable", lang="fr",
    company="Garonne Eaux", contact="",
    frm=("Garonne Eaux - Recrutement", "ne-pas-repondre@garonne-eaux.example.fr"),
    subject="Votre candidature au poste de Préventeur HSE - réf. GE-2026-071",
    date="2026-09-01 14:03 +0200", reply_of="ge_ack", cte="quoted-printable",
    text="""Monsieur,

Nous avons bien étudié votre candidature au poste de Préventeur HSE (réf. GE-2026-071) pour notre usine de traitement de Ginestous.

Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Le poste requiert une habilitation électrique et une expérience des ATEX que votre parcours ne fait pas encore apparaître.

Nous vous remercions de l'intérêt porté à Garonne Eaux et vous prions d'agréer, Monsieur, nos salutations distinguées.

La Direction des Ressources Humaines
Garonne Eaux SAS - 12 chemin de Ginestous - 31200 Toulouse

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
)

_bl_thanks = """Bonjour Madame Cazeneuve,

Merci encore pour l'entretien de ce matin sur le chantier de Balma. J'ai beaucoup apprécié la visite et les échanges avec votre conducteur de travaux.

Bien cordialement,
Declan Mbeki-Hartley"""

BL_REJ = dict(
    id="bdl_rej", kind=K, slug="batiments_lauragais_quotes_thanks", lang="fr",
    company="Bâtiments du Lauragais", contact="c.cazeneuve@batlauragais.example.fr",
    frm=("Claire Cazeneuve", "c.cazeneuve@batlauragais.example.fr"),
    subject="RE: Merci pour l'entretien",
    date="2026-04-16 18:20 +0200", reply_of="bdl_thanks",
    text=reply(
        """Bonjour Declan,

Merci pour votre message, ça fait toujours plaisir.

Je vais être directe : on est finalement partis sur un profil qui a déjà fait de la coordination SPS sur des chantiers de logements collectifs. Votre candidature n'est donc pas retenue pour ce poste-ci, même si l'équipe a apprécié votre sérieux et votre regard de terrain.

Bonne continuation, et n'hésitez pas à repostuler si un poste d'animateur sécurité s'ouvre chez nous.

Claire Cazeneuve
Responsable RH - Bâtiments du Lauragais
ZA de la Masquère, 31450 Ayguesvives - 05 61 55 02 40""",
        "fr", "mar. 14 avr. 2026 à 12:31", "Declan Mbeki-Hartley <declan.mh@example.co.uk>",
        _bl_thanks),
)

OI_REJ = dict(
    id="oi_rej", kind=K, slug="agency_relays_transports_pyrene_no", lang="fr",
    company="Transports Pyrène", contact="karim.benali@occitanie-interim.example.fr",
    frm=("Karim Benali", "karim.benali@occitanie-interim.example.fr"),
    subject="Retour de Transports Pyrène",
    date="2026-07-07 10:41 +0200",
    text="""Bonjour Declan,

J'ai eu ce matin le responsable QSE de Transports Pyrène au téléphone. Ils ne donneront pas suite : ils cherchent finalement quelqu'un qui parle couramment français pour animer les quarts d'heure sécurité avec les chauffeurs, et ils ont estimé que ce serait trop juste pour vous dans un premier temps.

Je suis désolé, je sais que la mission vous plaisait. Je garde votre dossier actif chez nous.

Cordialement,
Karim Benali
Chargé de recrutement - Occitanie Intérim Sécurité
45 avenue des États-Unis, 31200 Toulouse - 05 34 55 11 80""",
)

MP_REJ = dict(
    id="mp_rej", kind=K, slug="mecanique_portet_pourvu_en_interne_latin1", lang="fr",
    company="Mécanique Portet", contact="",
    frm=("Mécanique Portet", "noreply@myworkday.com"),
    subject="Mise à jour de votre candidature - Technicien HSE",
    subject_enc=("iso-8859-1", "B"),
    date="2026-10-07 09:00 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Declan,

Nous vous remercions pour votre candidature au poste de Technicien HSE sur notre site de Portet-sur-Garonne.

Ce poste vient d'être pourvu en interne par un collaborateur de notre service maintenance. Le processus de recrutement est donc clos et votre candidature ne sera pas poursuivie.

Nous conservons votre profil dans notre base pendant deux ans, sauf opposition de votre part.

L'équipe Talents
Mécanique Portet""",
)

# ============================================================== Spanish

_ac_text = """Estimado Declan:

Le agradecemos sinceramente su interés en el puesto de Técnico de Prevención para nuestra acería de Tinsley (Sheffield).

Tras revisar todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta mejor a los requisitos de la posición, en especial la experiencia con hornos de arco eléctrico.

Le deseamos mucha suerte en su búsqueda.

Atentamente,
Departamento de Personas
Aceros del Cantábrico, S.A. - Polígono de Raos, 39011 Santander"""

AC_REJ = dict(
    id="ac_rej", kind=K, slug="aceros_cantabrico_otros_perfiles_html", lang="es",
    company="Aceros del Cantábrico", contact="",
    frm=("Aceros del Cantábrico", "no-reply@acerocantabrico.example.es"),
    subject="Su candidatura: Técnico de Prevención (Sheffield)",
    subject_enc=("utf-8", "B"),
    date="2026-05-20 12:00 +0200", cte="base64",
    text=_ac_text, html=simple_html(paras(_ac_text), "es"),
)

TS_REJ = dict(
    id="ts_rej", kind=K, slug="headhunter_unnamed_client_no", lang="es",
    company="Talento Seguro Selección", contact="marta.quiroga@talentoseguro.example.es",
    frm=("Marta Quiroga", "marta.quiroga@talentoseguro.example.es"),
    subject="Novedades sobre el proceso en Toulouse",
    date="2026-08-13 19:05 +0200", reply_of="ts_ack",
    text="""Hola Declan:

Te escribo para contarte cómo ha quedado lo del operador logístico de Toulouse. El cliente ha revisado las cuatro candidaturas que le presenté y ha decidido no seguir adelante con la tuya; prefieren a alguien con el título de técnico superior en PRL español o francés homologado.

Sé que te hacía ilusión. Sigo buscando y te aviso en cuanto salga algo que encaje mejor.

Un abrazo,
Marta Quiroga
Consultora senior · Talento Seguro Selección
Calle de Alcalá 155, 28009 Madrid · +34 915 550 231""",
)

_en_prev = """Hola Declan:

Nos gustaría invitarte a una entrevista por videollamada para el puesto de coordinador de seguridad en nuestras obras de tendido eléctrico en Irlanda del Norte. ¿Te vendría bien el jueves 17 a las 10:00 (hora de Madrid)?

Un saludo,
Iñaki Etxeberria"""

EN_REJ = dict(
    id="en_rej", kind=K, slug="energia_norte_proceso_cancelado_quotes_invite", lang="es",
    company="Energía Norte Servicios", contact="inaki.etxeberria@energianorte.example.es",
    frm=("Iñaki Etxeberria", "inaki.etxeberria@energianorte.example.es"),
    subject="RE: Entrevista coordinador de seguridad",
    date="2026-09-15 08:37 +0200", reply_of="en_inv_old", parent_domain="energianorte.example.es",
    cte="quoted-printable",
    text=reply(
        """Hola Declan:

Lamento escribirte con esto antes de la entrevista del jueves: la dirección ha cancelado el proyecto de Irlanda del Norte y, con él, el proceso de selección para el puesto de coordinador. No vamos a cubrir la vacante, así que la entrevista queda anulada y tu candidatura no continúa.

Siento mucho las molestias.

Iñaki Etxeberria
Responsable de Selección
Energía Norte Servicios, S.L. · Bilbao""",
        "es", "lun, 7 sept 2026 a las 9:15", "Iñaki Etxeberria <inaki.etxeberria@energianorte.example.es>",
        _en_prev),
)

MESSAGES = [
    HF_REJ, AV_REJ, LE_REJ, SP_REJ, MR_REJ, KC_REJ, PT_REJ, DV_REJ, OB_REJ, HH_REJ, KB_REJ,
    LR_REJ, NC_REJ, WW_REJ, TH_REJ, FC_REJ, SS_REJ, KP_REJ,
    RH_REJ, DB_REJ, SPZ_REJ, KK_REJ, AP_REJ, RC_REJ,
    GE_REJ, BL_REJ, OI_REJ, MP_REJ,
    AC_REJ, TS_REJ, EN_REJ,
]
