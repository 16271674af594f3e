"""Corpus 233, rejections: 31 hand-written messages (19 en, 4 de, 4 fr, 4 es)."""

from __future__ import annotations

from msgs233_common import (
    CAND_ADDR,
    CAND_NAME,
    add,
    ats_card,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    reply,
)

# R1 -- Workday, formal, plain text ------------------------------------------------------
add(kind="rejection", slug="workday_territory_manager_derby", lang="en",
    company="Corby & Weald Pharmaceuticals", contact="",
    frm=("Corby & Weald Pharmaceuticals", "corbyweald@myworkday.com"),
    subject="Corby & Weald \u2013 Territory Manager (Derby & Burton) \u2013 application update",
    date="2026-01-20 17:05", tz="+0000",
    text="""\
Dear Priyanka,

Thank you for applying for the Territory Manager (Derby & Burton) position, requisition R-20418.

We received a very high number of applications for this vacancy. Following a careful review against the essential criteria, we regret to inform you that your application will not be progressed to the next stage of our selection process.

Your candidate profile will be retained for twelve months and we may contact you should a suitable vacancy arise. You can update your profile or withdraw your data at any time from the candidate home page:
https://corbyweald.wd3.myworkday.com/corbyweald/d/home.htm

Kind regards,

Talent Acquisition
Corby & Weald Pharmaceuticals Ltd
Registered in England No. 04418822. Registered office: Unit 4, Pride Park, Derby DE24 8XX.

This message was sent from an unmonitored mailbox. Replies are not read.
""")

# R2 -- Greenhouse, after interview, quoting the candidate's thank-you ---------------------
_kes_thanks = """\
Hi Nadia,

Thank you for arranging Thursday's interview and please pass my thanks on to Owen and Farah as well. I really enjoyed hearing how the theatre teams at Heartlands use the stapler range, and it made me even keener on the Associate Territory Manager role.

I look forward to hearing about next steps.

Best wishes,
Priyanka"""
add(kind="rejection", slug="greenhouse_after_interview_quoting_thanks", lang="en",
    company="Kestrel Medtech", contact="nadia.brookes@kestrelmedtech.example.com",
    frm=("Nadia Brookes via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Nadia Brookes", "nadia.brookes@kestrelmedtech.example.com"),
    subject="Re: Thank you \u2013 Associate Territory Manager interview",
    date="2026-02-05 11:42", parent="kes_move", parent_ext="ext:kes_thanks",
    text=reply("""\
Hi Priyanka,

That's really kind of you, and Owen and Farah both said how much they enjoyed meeting you.

I'm sorry to be writing with disappointing news, though. The panel met on Tuesday and we've offered the Associate Territory Manager role to a candidate who has already sold into operating theatres, which tipped it for them. It was close, and your preparation on the stapler range was genuinely the best we saw.

If you'd like fuller feedback, just reply here and I'll set up fifteen minutes on the phone.

All the best,
Nadia

Nadia Brookes | Talent Partner, UK & Ireland
Kestrel Medtech | 3 Brindleyplace, Birmingham B1 2JB
+44 121 496 0382""", "en", CAND_NAME, CAND_ADDR, "Thu, 29 Jan 2026 at 18:03", _kes_thanks),
    headers=[("X-Mailer", "Greenhouse Mailer")])

# R3 -- Lever, soft wording, HTML only -----------------------------------------------------
add(kind="rejection", slug="lever_experience_closer_match_html", lang="en",
    company="Stannington Surgical", contact="",
    frm=("Stannington Surgical", "no-reply@hire.lever.co"),
    subject="Your application to Stannington Surgical",
    date="2026-04-14 15:20", tz="+0000",
    html=ats_card("Stannington Surgical", "#1d4f73", paras("""\
Hi Priyanka,

Thanks so much for your interest in the Clinical Sales Specialist \u2013 South Yorkshire opening and for the time you put into your application.

After reviewing everyone who applied, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We know that's not the news you were hoping for. We'd be glad to see your name again on future openings, which are always listed on our careers page.

Warmly,
The Stannington Surgical Talent Team"""),
        "Stannington Surgical \u00b7 Kelham Works, Sheffield S3 8RY \u00b7 "
        "Sent via Lever. Please do not reply to this email.",
        button=("See open roles", "https://jobs.lever.co/stannington-surgical")))

# R4 -- CSO, role put on hold, end of a thread -----------------------------------------------
add(kind="rejection", slug="cso_client_launch_on_hold", lang="en",
    company="Orison Contract Sales", contact="dean.whitlock@orison-cso.example.com",
    frm=("Dean Whitlock", "dean.whitlock@orison-cso.example.com"),
    subject="RE: Field Sales Representative \u2013 respiratory launch team",
    date="2026-03-03 13:10", parent="ori_move",
    text="""\
Hi Priyanka,

I wanted to update you myself rather than leave you waiting. Our pharma partner has pushed the launch of their new inhaler back to 2027, and the dedicated field team we were building for it has been put on hold. As a result we will not proceed with any of the appointments for this team, yours included.

This is entirely down to the client's timeline and nothing to do with how you came across on our call on 13 February, which went well. If the project is revived, you'll be one of the first people I ring.

Kind regards,

Dean Whitlock
Senior Resourcing Partner
Orison Contract Sales Ltd
Colmore Gate, 2 Colmore Row, Birmingham B3 2QD
Direct: 0121 496 0741 | Mobile: 07700 900213

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Orison Contract Sales Ltd is registered in England and Wales, company number 09921457.
""")

# R5 -- terse human --------------------------------------------------------------------------
add(kind="rejection", slug="dental_supplies_terse", lang="en",
    company="Northgate Dental Supplies", contact="gavin@northgate-dental.example.co.uk",
    frm=("Gavin Roe", "gavin@northgate-dental.example.co.uk"),
    subject="Re: Sales rep vacancy",
    date="2026-01-14 08:51", parent="ext:northgate_cv",
    text="""\
Hi Priyanka,

Thanks for coming in on Friday. We've given the job to someone with dental trade experience, so it's a no from us this time.

All the best,
Gav

Sent from my iPhone
""")

# R6 -- agency relaying a named client's no ----------------------------------------------------
_r6 = """\
Hi Priyanka,

I've just come off the phone with Louise Tait, the hiring manager at Cavendale Respiratory, about your first interview last Thursday.

They won't be taking you through to the second stage. Louise said you were warm, well prepared and clearly know your inhaler technique inside out, but the other two shortlisted candidates have both already managed NHS formulary submissions, and that is the part of the role she needs from day one.

I know that stings after the effort you put in. For what it's worth I think it's a fair, specific reason, and it gives us something to work on. I've got two more respiratory briefs coming in next month and I'll be in touch about both.

Speak soon,
Joanne

Joanne Pickering
Principal Consultant \u2013 Life Sciences
Trentside Healthcare Recruitment
Castle Marina Park, Nottingham NG7 1TN
T: 0115 496 0627 | M: 07700 900865

Trentside Healthcare Recruitment Ltd is an employment agency and employment business. This email is confidential and may be legally privileged. If you are not the intended recipient please delete it and notify us."""
add(kind="rejection", slug="agency_relays_cavendale_no", lang="en",
    company="Cavendale Respiratory", contact="joanne.pickering@trentside-recruit.example.co.uk",
    frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
    subject="Cavendale Respiratory \u2013 feedback from Louise",
    date="2026-04-29 16:34",
    text=_r6 + "\n", html=outlook_html(paras(_r6)))

# R7 -- agency, unnamed client, after the missed interview -----------------------------------
add(kind="rejection", slug="agency_unnamed_client_closes", lang="en",
    company="Marlow & Pike Recruitment", contact="tariq@marlowpike.example.co.uk",
    frm=("Tariq Mahmood | Marlow & Pike", "tariq@marlowpike.example.co.uk"),
    subject="RE: Medical Sales Executive \u2013 Birmingham (our ref MP-3317)",
    date="2026-06-24 10:02", parent="mp_missed",
    text="""\
Morning Priyanka,

Thanks for explaining what happened with the Zoom link, I do appreciate you getting back to me.

I put the case for a second slot to my client yesterday, but they have a strong shortlist already and have decided not to carry on with your application for this one. They were clear that it's about timing and not a judgement on you.

I'll keep you on my list for the next wound-care and diagnostics vacancies.

Cheers,
Tariq

Tariq Mahmood
Senior Consultant, Medical Sales
Marlow & Pike Recruitment Ltd | 55 Newhall Street, Birmingham B3 3RB | 0121 496 0558
""")

# R8 -- filled internally, BambooHR with a human Reply-To -------------------------------------
add(kind="rejection", slug="bamboohr_filled_internally", lang="en",
    company="Hollybrook Generics", contact="sian.mellor@hollybrook.example.co.uk",
    frm=("Hollybrook Generics Hiring Team", "no-reply@bamboohr.com"),
    reply_to=("Sian Mellor", "sian.mellor@hollybrook.example.co.uk"),
    subject="Hospital Liaison Representative \u2013 an update from Hollybrook",
    date="2026-03-18 12:15",
    text="""\
Dear Priyanka,

Thank you for applying to be our Hospital Liaison Representative for the East Midlands.

Shortly after we advertised, a colleague from our own customer service team applied and has now been appointed, so the vacancy is filled and we are closing the external campaign. We will not be taking your application any further.

We were impressed by your community pharmacy background, and I would be happy to hear from you if another field role appears on our site.

With best wishes,

Sian Mellor
People Partner
Hollybrook Generics Ltd, Lenton Lane, Nottingham NG7 2PW
0115 496 0214
""")

# R9 -- role withdrawn after territory merge, multipart ----------------------------------------
_r9 = """\
Hi Priyanka,

I owe you a proper explanation after having to push our chat last week.

We've had the sales structure for next year confirmed and the Birmingham South patch is being folded into two neighbouring territories. That means the Cardiac Rhythm Sales Associate vacancy no longer exists, and I have withdrawn it. I'm sorry to close things off before we even got to talk properly; I had been looking forward to it.

If anything opens up in the new structure I will drop you a line directly.

Best regards,
Marcus

Marcus Eady
Regional Sales Manager, Midlands
Sentinel Cardio UK
07700 900377"""
add(kind="rejection", slug="vacancy_withdrawn_territory_merged", lang="en",
    company="Sentinel Cardio", contact="marcus.eady@sentinelcardio.example.com",
    frm=("Marcus Eady", "marcus.eady@sentinelcardio.example.com"),
    subject="Re: Catch-up about the Birmingham South role",
    date="2026-06-08 19:22", parent="sen_push",
    text=_r9 + "\n", html=plain_html(paras(_r9)))

# R10 -- casual, an ex-colleague now at the company --------------------------------------------
add(kind="rejection", slug="ex_colleague_casual_bad_news", lang="en",
    company="Peakland Medical Supplies", contact="becky.hollis@peakland-medical.example.co.uk",
    frm=("Becky Hollis", "becky.hollis@peakland-medical.example.co.uk"),
    subject="the account manager job",
    date="2026-02-25 21:47",
    text="""\
Ay up duck,

Wanted you to hear it from me before the formal email lands. Dave's gone with the lad from the wholesaler who already knows half the care homes in Sheffield, so you're not getting the account manager job this time round. I'm gutted, I'd told everyone in the office you'd be brilliant.

Honestly though he said your interview was miles better than the lad's, it was just the contacts thing. Don't be mardy with yourself about it!

Pint and a cob at the Trip next week? My shout.

Becks x
""")

# R11 -- SmartRecruiters, base64, no video received ---------------------------------------------
_r11 = """\
Dear Priyanka,

We recently invited you to record a short video interview for the Healthcare Development Manager position. The recording window has now closed and we have not received a video from you.

As the video stage is a required part of our process for this campaign, we are unable to consider your application further and it has now been closed.

Should you wish to be considered for future opportunities with Fosse Healthcare Partners, you are welcome to apply again through our careers site.

Kind regards,
Fosse Healthcare Partners Recruitment"""
add(kind="rejection", slug="smartrecruiters_closed_no_video_b64", lang="en",
    company="Fosse Healthcare Partners", contact="",
    frm=("Fosse Healthcare Partners", "noreply@smartrecruiters.com"),
    subject="Healthcare Development Manager \u2013 your application has been closed",
    date="2026-04-09 07:30", tz="+0000", cte="base64", parent="fosse_missed",
    text=_r11 + "\n",
    html=ats_card("Fosse Healthcare Partners", "#5b2a86", paras(_r11),
                  "Powered by SmartRecruiters \u00b7 Fosse Healthcare Partners, "
                  "Grove Park, Leicester LE19 1SA"))

# R12 -- iCIMS, windows-1252 body, long disclaimer ----------------------------------------------
add(kind="rejection", slug="icims_cp1252_disclaimer", lang="en",
    company="Veltra Medical", contact="",
    frm=("Veltra Medical Careers", "veltramedical@talent.icims.com"),
    subject="Veltra Medical: Product Specialist (Endoscopy), Job ID 2026-1187",
    date="2026-07-07 14:48", tz="-0400", charset="windows-1252", cte="quoted-printable",
    text="""\
Dear Priyanka Delacroix-Hughes,

Thank you for the interest you\u2019ve shown in Veltra Medical and in the Product Specialist (Endoscopy) role covering Leicester, Nottingham and Derby (base salary \u00a338,000\u2013\u00a342,000 plus bonus).

We\u2019ve now reviewed all applications. On this occasion we have chosen not to invite you to interview, as we\u2019re looking for candidates with direct experience of endoscopy suites or sterile services departments.

We appreciate the time you invested and wish you every success in your search.

Sincerely,
Veltra Medical Talent Acquisition

\u2014
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorised review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please destroy all copies of the original message. Veltra Medical UK Ltd, registered in England No. 07766120, 1 Triton Square, London NW1 3DX. Please do not reply to this automated message.
""")

# R13 -- Ashby, after phone screen, human Reply-To ------------------------------------------------
add(kind="rejection", slug="ashby_after_phone_screen", lang="en",
    company="Veridian Orthopaedics", contact="ellie.tranter@veridian-ortho.example.com",
    frm=("Ellie Tranter", "no-reply@ashbyhq.com"),
    reply_to=("Ellie Tranter", "ellie.tranter@veridian-ortho.example.com"),
    subject="Following up on our call",
    date="2026-05-12 17:58",
    text="""\
Hi Priyanka,

Thank you again for making time for our call on Monday. I enjoyed hearing about how you set up the flu clinic rota at the pharmacy.

I've discussed your profile with Jamie, our area manager, and we've agreed not to progress to the technical interview. The trauma and orthopaedics role involves a lot of time supporting surgeons in theatre, and without some clinical theatre exposure Jamie felt the first year would be very tough. I'm sorry it's not better news.

I'd genuinely encourage you to look at our associate programme when it reopens in the autumn.

Best,
Ellie Tranter
Talent Acquisition Lead, Veridian Orthopaedics
""")

# R14 -- Teamtailor, after a field ride-along day, quoted-printable ---------------------------------
add(kind="rejection", slug="teamtailor_after_field_day", lang="en",
    company="Lindqvist Wound Care", contact="",
    frm=("Lindqvist Wound Care", "no-reply@teamtailor-mail.com"),
    subject="Thank you for spending a day in the field with us",
    date="2026-08-04 09:40", cte="quoted-printable",
    text="""\
Hi Priyanka,

Thank you for joining Mateo on the road last Wednesday and for your energy throughout a long day of district-nurse visits across Solihull \u2013 he mentioned how naturally you got chatting with the tissue-viability team.

Having now completed all the field days, we\u2019ve reached our decision and we\u2019re sorry to tell you that we won\u2019t be offering you the Wound Care Specialist position. It was a difficult call between very strong people.

Your details will remain in our talent community, and we hope our paths cross again.

Varma h\u00e4lsningar / Warm regards,
The Lindqvist Wound Care recruitment team

You received this email because you applied for a job at Lindqvist Wound Care. Manage your data: https://lindqvist-woundcare.teamtailor.com/connect/privacy
""")

# R15 -- Taleo, iso-8859-1 body ----------------------------------------------------------------------
add(kind="rejection", slug="taleo_iso8859_otc_role", lang="en",
    company="Brightwater Consumer Health", contact="",
    frm=("Brightwater Consumer Health", "brightwater@taleo.net"),
    subject="Field Sales Executive - OTC, East Midlands (Req. 26-0412)",
    date="2026-07-21 06:12", tz="+0000", charset="iso-8859-1", cte="8bit",
    text="""\
Dear Priyanka,

Re: Field Sales Executive - OTC, East Midlands (Req. 26-0412)
Salary: £31,500 + car + bonus

We are writing to let you know the outcome of your application for the above requisition.

Your application has been carefully considered by the hiring team. We are sorry to say that on this occasion you have not been selected for further consideration. Please be aware that this decision relates only to this requisition; any other applications you have made to Brightwater remain open.

Thank you for your interest in Brightwater Consumer Health.

Brightwater Talent Services
This is an automated message. Please do not respond to this e-mail address.
""")

# R16 -- Workable, after the assessment centre, human Reply-To ------------------------------------------
_r16 = """\
Dear Priyanka,

Thank you for attending our assessment centre at the Derby office last Friday, and for taking part so fully in the role-play with our optometrist actor and the group territory exercise.

We have now scored all eight candidates. I'm sorry to say that your scores did not place you among those we are taking to final interview for the Ophthalmic Sales Representative role. Your presentation was one of the strongest of the day; the gap was in the business-planning exercise, where we were looking for a clearer prioritisation of accounts.

I'm happy to go through the scoring with you if that would help.

Kind regards,
Harriet Obi
HR Business Partner, Sorrel Ophthalmics"""
add(kind="rejection", slug="workable_after_assessment_centre", lang="en",
    company="Sorrel Ophthalmics", contact="harriet.obi@sorrel-ophthalmics.example.co.uk",
    frm=("Sorrel Ophthalmics", "noreply@workablemail.com"),
    reply_to=("Harriet Obi", "harriet.obi@sorrel-ophthalmics.example.co.uk"),
    subject="Your assessment centre outcome \u2013 Ophthalmic Sales Representative",
    date="2026-03-27 15:05", parent="sor_inv",
    text=_r16 + "\n",
    html=ats_card("Sorrel Ophthalmics", "#0f766e", paras(_r16),
                  "Sent with Workable on behalf of Sorrel Ophthalmics Ltd, Derby DE1 3QT."))

# R17 -- Recruitee, role now filled, HTML only, short -------------------------------------------------------
add(kind="rejection", slug="recruitee_appointed_short_html", lang="en",
    company="Quenby Dermatology", contact="",
    frm=("Quenby Dermatology", "no-reply@jobs.recruitee.com"),
    subject="Key Account Executive, Dermatology",
    date="2026-05-20 10:31",
    html=ats_card("Quenby Dermatology", "#b45309", paras("""\
Hello Priyanka,

We've now appointed to the Key Account Executive, Dermatology vacancy, so we're closing all remaining applications, including yours.

Thanks for thinking of Quenby.

Quenby Dermatology People Team"""),
        "Quenby Dermatology, Meridian Business Park, Leicester LE19 1WZ \u00b7 via Recruitee"))

# R18 -- after interview, quoting the candidate's thank-you, Gmail style ---------------------------------
_tol_thanks = """\
Dear Rachel,

Thank you very much for this afternoon. It was lovely to meet you and Mr Kaur, and the tour of the warehouse really brought the catalogue to life for me.

I'm very excited about the Sales Representative role and hope to hear from you soon.

Kind regards,
Priyanka"""
add(kind="rejection", slug="after_interview_reply_to_thanks", lang="en",
    company="Tollerton Medical", contact="rachel.ng@tollerton-medical.example.co.uk",
    frm=("Rachel Ng", "rachel.ng@tollerton-medical.example.co.uk"),
    subject="Re: Thank you for today",
    date="2026-03-13 11:26", parent="tol_move", parent_ext="ext:tol_thanks",
    text=reply("""\
Dear Priyanka,

What a thoughtful note, thank you, and it was a pleasure to show you round.

I'm afraid I have to let you know that Mr Kaur has decided to appoint another candidate to the Sales Representative role. He was torn, and asked me to pass on that your knowledge of the products pharmacies actually order was impressive. The successful candidate simply had several years of selling to GP practices, which is where most of the growth has to come from this year.

Thank you again for your interest in Tollerton, and please do keep an eye on our vacancies.

Kind regards,
Rachel

Rachel Ng
Office & HR Manager
Tollerton Medical Ltd, 8 Ascot Drive, Derby DE24 8GW
01332 496 015""", "en", CAND_NAME, CAND_ADDR, "Wed, 11 Mar 2026 at 17:40", _tol_thanks))

# R19 -- Outlook chain; quoted part is the old panel invitation ----------------------------------------------
_hart_old = outlook_block(
    "en", "Simon Achebe <simon.achebe@hartwellvision.example.co.uk>",
    "22 June 2026 09:14", "Priyanka Delacroix-Hughes <priyanka.dh@example.co.uk>",
    "Panel interview \u2013 Territory Sales Representative, Contact Lenses",
    """\
Dear Priyanka,

I'm pleased to invite you to a panel interview for the Territory Sales Representative role on Thursday 2 July at 10:30 at our Nottingham office. The panel will be myself, our Head of Sales and a senior optometrist. Please prepare a ten-minute presentation on how you would introduce a daily disposable lens to an independent practice.

A calendar invitation follows separately.

Kind regards,
Simon""")
_r19 = """\
Dear Priyanka,

Thank you for presenting to us on the 14th, and for your patience after we had to move the date.

I'm sorry to tell you that the panel has decided not to offer you the Territory Sales Representative position. Your presentation was clear and well structured; the deciding factor was that the appointed candidate has an optical dispensing qualification, which our independent practices value highly.

I've enjoyed getting to know you through the process and wish you every success.

Kind regards,

Simon Achebe
Sales Operations Manager
Hartwell Vision UK | Unit 9, Nottingham Business Park, NG8 6PY
T 0115 496 0990

Hartwell Vision UK Ltd. Registered in England and Wales No. 06633121. This email may contain confidential information; if you are not the intended recipient please delete it and inform the sender."""
add(kind="rejection", slug="outlook_chain_after_panel", lang="en",
    company="Hartwell Vision", contact="simon.achebe@hartwellvision.example.co.uk",
    frm=("Simon Achebe", "simon.achebe@hartwellvision.example.co.uk"),
    subject="RE: Panel interview \u2013 Territory Sales Representative, Contact Lenses",
    date="2026-07-30 16:02", parent="hart_cancel",
    text=_r19 + "\n\n" + _hart_old,
    html=outlook_html(paras(_r19) + '\n<div style="border-top:solid #E1E1E1 1.0pt">'
                      + paras(_hart_old.split("\n", 1)[1]) + "</div>"),
    headers=[("X-MS-Has-Attach", "no"), ("Thread-Topic", "Panel interview - Territory Sales Representative, Contact Lenses")])

# R20 -- SuccessFactors, German, iso-8859-1 subject (Q) and body ---------------------------------------------
add(kind="rejection", slug="successfactors_absage_iso", lang="de",
    company="Domblick Pharma", contact="",
    frm=("Domblick Pharma Recruiting", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung als Pharmareferentin (m/w/d) für das Gebiet Köln/Bonn",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-06-03 14:00", charset="iso-8859-1", cte="quoted-printable",
    text="""\
Sehr geehrte Frau Delacroix-Hughes,

vielen Dank für Ihr Interesse an der Domblick Pharma AG und für die Zusendung Ihrer Bewerbungsunterlagen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren für die Position Pharmareferentin (m/w/d) im Gebiet Köln/Bonn nicht berücksichtigen können. Für diese Stelle setzen wir die Sachkenntnis nach § 75 AMG sowie mehrjährige Außendiensterfahrung voraus.

Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Domblick Pharma AG
Am Domhof 12, 50667 Köln
Sitz der Gesellschaft: Köln, Amtsgericht Köln HRB 88812

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""")

# R21 -- Personio "über Personio", human Reply-To --------------------------------------------------------------
add(kind="rejection", slug="personio_andere_kandidatin", lang="de",
    company="VitaField Vertrieb", contact="jana.kreuzer@vitafield.example.de",
    frm=("Jana Kreuzer über Personio", "noreply@personio.de"),
    reply_to=("Jana Kreuzer", "jana.kreuzer@vitafield.example.de"),
    subject="Rückmeldung nach unserem Telefonat",
    subject_enc=("utf-8", "B"), from_enc=("utf-8", "Q"),
    date="2026-07-10 10:18", parent="vita_move",
    text="""\
Hallo Priyanka,

danke nochmal für das offene Gespräch am Dienstag. Mir hat gefallen, wie anschaulich Sie von der Beratung am HV-Tisch erzählt haben.

Wir haben uns inzwischen entschieden: Die Stelle als Medizinprodukteberaterin im Außendienst geht an eine Bewerberin, die das Gebiet rund um Köln bereits aus einer früheren Vertriebstätigkeit kennt. Ich hätte Ihnen gern etwas anderes geschrieben.

Wenn Sie möchten, behalten wir Ihr Profil für künftige Projekte im Rheinland im Blick; ein kurzes "ja" als Antwort genügt.

Viele Grüße
Jana Kreuzer
Personalreferentin | VitaField Vertrieb GmbH
Hohenzollernring 57, 50672 Köln | +49 221 4960 3318
""")

# R22 -- German agency relaying Agrippa's decision, quoting the missed-interview mail ---------------------------
_r22_old = outlook_block(
    "de", "Katrin Severin <katrin.severin@severin-lutz.example.de>",
    "Dienstag, 25. August 2026 11:07", "Priyanka Delacroix-Hughes",
    "Ihr Gespräch bei Agrippa heute um 10 Uhr",
    """\
Liebe Frau Delacroix-Hughes,

Herr Vogt von Agrippa Medizintechnik hat heute um 10 Uhr im Besprechungsraum auf Sie gewartet, Sie sind aber leider nicht erschienen. Ich konnte Sie telefonisch nicht erreichen. Ist alles in Ordnung?

Beste Grüße
Katrin Severin""")
_r22 = """\
Liebe Frau Delacroix-Hughes,

danke für Ihre Nachricht und die Erklärung mit der Zugverspätung, das kann passieren.

Ich habe mit Herrn Vogt gesprochen und mich für einen Ersatztermin eingesetzt. Agrippa hat sich jedoch entschieden, den Prozess mit Ihnen nicht fortzusetzen; man hat inzwischen zwei Kandidaten in der finalen Runde und möchte die Stelle zum 1. Oktober besetzen.

Ich bedaure das sehr und melde mich, sobald ich ein neues passendes Mandat im Raum Köln habe.

Herzliche Grüße
Katrin Severin

Severin & Lutz Personalberatung GmbH
Mediapark 8, 50670 Köln
Tel. +49 221 4960 7710
Geschäftsführer: Katrin Severin, Dr. Jonas Lutz | HRB 102233 Amtsgericht Köln"""
add(kind="rejection", slug="agency_agrippa_not_continuing", lang="de",
    company="Agrippa Medizintechnik", contact="katrin.severin@severin-lutz.example.de",
    frm=("Katrin Severin", "katrin.severin@severin-lutz.example.de"),
    subject="AW: Ihr Gespräch bei Agrippa heute um 10 Uhr",
    date="2026-09-02 15:44", parent="agr_missed", parent_ext="ext:agr_sorry",
    text=_r22 + "\n\n" + _r22_old,
    html=outlook_html(paras(_r22) + "<hr>" + paras(_r22_old.split("\n", 1)[1])))

# R23 -- softgarden, position filled internally, base64 ---------------------------------------------------------
_r23 = """\
Guten Tag Frau Delacroix-Hughes,

vielen Dank, dass Sie an unserem Auswahltag teilgenommen haben.

Wir möchten Sie darüber informieren, dass die Position „Fachberater/in Medizinprodukte Klinik“ zwischenzeitlich mit einer internen Bewerberin aus unserem Innendienst besetzt wurde. Das externe Verfahren ist damit abgeschlossen, und wir können Ihre Bewerbung nicht weiter berücksichtigen.

Wir danken Ihnen für Ihr Engagement und wünschen Ihnen viel Erfolg.

Freundliche Grüße
Ihr Medivent Team"""
add(kind="rejection", slug="softgarden_intern_besetzt_b64", lang="de",
    company="Medivent", contact="",
    frm=("Medivent GmbH", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei Medivent: Fachberater/in Medizinprodukte Klinik",
    date="2026-08-18 08:05", cte="base64", parent="medi_ac",
    text=_r23 + "\n",
    html=ats_card("Medivent", "#0369a1", paras(_r23),
                  "Medivent GmbH \u00b7 Deutz-Mülheimer Str. 30 \u00b7 51063 Köln \u00b7 "
                  "versendet über softgarden"))

# R24 -- French, after the rescheduled interview, iso-8859-1 ------------------------------------------------------
add(kind="rejection", slug="vermandois_autre_candidature_iso", lang="fr",
    company="Laboratoires Vermandois", contact="claire.dufresne@vermandois.example.fr",
    frm=("Claire Dufresne", "claire.dufresne@vermandois.example.fr"),
    subject="Suite à notre entretien du 8 avril",
    subject_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="8bit",
    date="2026-04-21 17:30", parent="ver_move",
    text="""\
Bonjour Priyanka,

Je vous remercie encore pour l'entretien du 8 avril et pour votre souplesse après le contretemps de la première date.

Après avoir rencontré l'ensemble des candidats, nous avons retenu une autre candidature pour le poste de déléguée pharmaceutique sur le secteur Lille Métropole. La personne choisie connaît déjà les officines du secteur, ce qui a pesé dans notre choix.

Votre parcours en officine et votre aisance à l'oral restent de vrais atouts ; je me permettrai de revenir vers vous si un secteur se libère dans la région.

Bien cordialement,

Claire Dufresne
Responsable Ressources Humaines
Laboratoires Vermandois SAS
12 rue de la Monnaie, 59800 Lille
Tél. : +33 3 20 96 04 11
""")

# R25 -- French Teamtailor, recruitment frozen --------------------------------------------------------------------
_r25 = """\
Bonjour Priyanka,

Nous vous remercions de l'intérêt que vous portez à Nordmed Distribution et au poste de Technico-commercial(e) matériel médical (Lille / Douai).

Suite à une réorganisation de notre force de vente, ce recrutement est suspendu jusqu'à nouvel ordre et nous ne donnerons pas suite aux candidatures en cours, dont la vôtre.

Nous conservons votre profil dans notre vivier avec votre accord et ne manquerons pas de vous recontacter si le poste est rouvert.

Cordialement,
L'équipe recrutement Nordmed Distribution"""
add(kind="rejection", slug="teamtailor_recrutement_suspendu", lang="fr",
    company="Nordmed Distribution", contact="",
    frm=("Nordmed Distribution", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature chez Nordmed Distribution",
    date="2026-05-06 09:12", parent="nord_book",
    text=_r25 + "\n",
    html=ats_card("Nordmed Distribution", "#be123c", paras(_r25),
                  "Nordmed Distribution \u00b7 Parc de la Haute Borne, 59650 Villeneuve-d'Ascq"
                  " \u00b7 Ne pas répondre à cet e-mail."))

# R26 -- French agency relays Opaline Santé's no, windows-1252 ------------------------------------------------------
add(kind="rejection", slug="cabinet_relaie_refus_opaline_cp1252", lang="fr",
    company="Opaline Santé", contact="mathilde.roussel@artois-talents.example.fr",
    frm=("Mathilde Roussel", "mathilde.roussel@artois-talents.example.fr"),
    subject="Retour d\u2019Opaline Santé",
    subject_enc=("utf-8", "B"), charset="windows-1252", cte="quoted-printable",
    date="2026-06-05 18:20", parent="art_move",
    text="""\
Bonjour Priyanka,

J\u2019ai eu ce matin le retour de la directrice commerciale d\u2019Opaline Santé après votre entretien de mardi.

Elle a apprécié votre présentation, mais elle a choisi de poursuivre avec une candidate qui a déjà vendu des dispositifs de stomie en milieu hospitalier. Votre candidature n\u2019est donc pas retenue pour ce poste, et j\u2019en suis sincèrement désolée.

Ses remarques, pour la suite : travailler davantage les objections liées au prix et citer des chiffres concrets de votre officine. Je vous propose qu\u2019on en parle dix minutes au téléphone la semaine prochaine.

Bien à vous,

Mathilde Roussel
Consultante senior \u2013 Santé & Medtech
Cabinet Artois Talents
45 boulevard de la Liberté, 59000 Lille
06 12 96 04 77
""")

# R27 -- French, terse human -------------------------------------------------------------------------------------------
add(kind="rejection", slug="terse_pas_pour_cette_fois", lang="fr",
    company="Pharmaflandres", contact="t.lemaire@pharmaflandres.example.fr",
    frm=("Thomas Lemaire", "t.lemaire@pharmaflandres.example.fr"),
    subject="Re: Journée d'immersion",
    date="2026-03-10 08:14", parent="pf_missed",
    text="""\
Bonjour Priyanka,

Merci pour votre message. Ce ne sera pas pour cette fois, nous finalisons avec un autre profil.

Bonne continuation,
Thomas

Envoyé de mon téléphone
""")

# R28 -- Spanish, after interview, quoting the candidate's thanks --------------------------------------------------------
_alb_thanks = """\
Hola Lucía:

Muchas gracias por la entrevista de ayer y por enseñarme el almacén de Campanillas. Me quedé con muchas ganas de formar parte del equipo comercial.

Quedo a la espera de noticias.

Un saludo,
Priyanka"""
add(kind="rejection", slug="alboran_responde_agradecimiento", lang="es",
    company="Distribuciones Sanitarias Alborán",
    contact="lucia.ortega@alboran-sanitaria.example.es",
    frm=("Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es"),
    from_enc=("iso-8859-1", "Q"),
    subject="Re: Gracias por la entrevista",
    date="2026-06-15 13:05", parent="alb_move", parent_ext="ext:alb_thanks",
    text=reply("""\
Hola Priyanka:

Gracias a ti por tu mensaje tan amable.

Te escribo para contarte que, tras valorar a todas las personas finalistas, hemos decidido seguir adelante con otra candidata para el puesto de delegada comercial en la Costa del Sol. Ella ya trabaja con las farmacias de la zona, y eso nos permite arrancar antes de la campaña de verano.

Nos gustó mucho conocerte, y guardamos tu CV por si surge otra oportunidad.

Un abrazo,
Lucía

Lucía Ortega Marín
Responsable de Personas
Distribuciones Sanitarias Alborán S.L.
Polígono Industrial Trévenez, C/ Diderot 14, 29196 Málaga
Tel. 952 96 04 21""", "es", CAND_NAME, CAND_ADDR, "sáb, 30 may 2026 a las 10:12", _alb_thanks))

# R29 -- Workday in Spanish, iso-8859-1 B subject, base64 body ----------------------------------------------------------
_r29 = """\
Estimada Priyanka:

Le agradecemos el tiempo dedicado al proceso de selección para el puesto de Visitador/a Médico/a – Atención Primaria (Málaga Oriental).

Tras revisar de nuevo las candidaturas finalistas, lamentamos comunicarle que no vamos a avanzar con su candidatura en esta ocasión. Esta decisión no afecta a otras candidaturas que pueda tener abiertas con nosotros.

Atentamente,
Equipo de Talento
Laboratorios Guadalmedina, S.A.

Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección."""
add(kind="rejection", slug="workday_es_no_avanzar_b64", lang="es",
    company="Laboratorios Guadalmedina", contact="",
    frm=("Laboratorios Guadalmedina", "guadalmedina@myworkday.com"),
    subject="Actualización de su candidatura - Visitador/a Médico/a",
    subject_enc=("iso-8859-1", "B"), cte="base64",
    date="2026-07-01 12:00", tz="+0000", parent="gua_cancel",
    text=_r29 + "\n", html=plain_html(paras(_r29)))

# R30 -- Spanish agency, client not named ----------------------------------------------------------------------------------
add(kind="rejection", slug="agencia_cliente_cierra_vacante", lang="es",
    company="Talento Farma Sur", contact="alvaro.benitez@talentofarmasur.example.es",
    frm=("Álvaro Benítez", "alvaro.benitez@talentofarmasur.example.es"),
    from_enc=("utf-8", "B"),
    subject="Novedades sobre la vacante de delegado hospitalario",
    date="2026-08-12 12:47",
    text="""\
Hola Priyanka,

Te cuento cómo ha quedado lo de la vacante de delegado hospitalario que te presenté en julio.

Mi cliente ha cerrado el proceso con una persona que ya llevaba los hospitales del Clínico y del Regional, así que tu candidatura se queda fuera esta vez. Lo siento de verdad, porque tu perfil les gustó.

Sigo moviendo tu CV para puestos de atención primaria, que encajan mejor con tu experiencia en farmacia. Te llamo en cuanto tenga algo.

Un saludo,
Álvaro

Álvaro Benítez
Consultor de Selección \u2013 Sector Salud
Talento Farma Sur
Av. de Andalucía 23, 4.º B, 29002 Málaga
Tel. 951 96 04 18
""")

# R31 -- Spanish SmartRecruiters, whole process cancelled --------------------------------------------------------------------
_r31 = """\
Hola Priyanka:

Queremos informarte de que el proceso de selección para el puesto de Sales Representative – Andalucía Oriental se ha cancelado debido a una reorganización interna del área comercial.

Por este motivo, cerramos todas las candidaturas abiertas, incluida la tuya. Si en el futuro volvemos a publicar la posición, te animamos a presentarte de nuevo.

Gracias por tu interés en Costasol Medtech.

Equipo de Selección
Costasol Medtech"""
add(kind="rejection", slug="smartrecruiters_proceso_cancelado", lang="es",
    company="Costasol Medtech", contact="",
    frm=("Costasol Medtech", "noreply@smartrecruiters.com"),
    subject="Actualización sobre el proceso: Sales Representative \u2013 Andalucía Oriental",
    date="2026-09-09 11:15",
    text=_r31 + "\n",
    html=ats_card("Costasol Medtech", "#0e7490", paras(_r31),
                  "Costasol Medtech S.L. \u00b7 Parque Tecnológico de Andalucía, 29590 Málaga"
                  " \u00b7 Enviado con SmartRecruiters"))
