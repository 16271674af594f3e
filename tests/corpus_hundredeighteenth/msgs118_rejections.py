"""Rejections (31), written one by one for Freya MacAllister-Osei."""

from __future__ import annotations

from msgs118_common import M, ats, gmail, outlook, simple

REJECTIONS: list[dict] = []
add = REJECTIONS.append

# 1 -- Workday, soft wording, no-reply, HTML only
add(M(
    kind="rejection", name="workday_soft", company="Lee Valley Biologics", contact="", lang="en",
    frm=("Careers at Lee Valley Biologics", "leevalleybio@myworkday.com"),
    subject="Contracts Coordinator (R-04417) - application update",
    date="2026-02-11 16:42 +0000", fmt="alt", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Workday Notifications"},
    html=ats("""Dear Freya,

Thank you for taking the time to apply for the Contracts Coordinator position (R-04417) at our Ringaskiddy campus.

We received a very strong response to this vacancy. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.

We would encourage you to keep an eye on our careers site, as new opportunities across Quality, Supply Chain and Commercial open regularly: https://leevalleybio.wd3.myworkday.com/careers

Kind regards,
Talent Acquisition Team
Lee Valley Biologics""",
             brand="Lee Valley Biologics", logo="Lee Valley Biologics - Science for Life",
             track="email.myworkday.com", accent="#00695c",
             footer="Lee Valley Biologics Limited, Ringaskiddy, Co. Cork, P43 XK20. Registered in Ireland No. 548812.\nThis is a system-generated message from Workday. Please do not reply to this email."),
))

# 2 -- Greenhouse, after a first interview, recruiter reachable through Reply-To
add(M(
    kind="rejection", name="greenhouse_after_interview", company="Corrib Medical",
    contact="aoife.kenny@corribmedical.example.ie", lang="en",
    frm=("Aoife Kenny via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Aoife Kenny", "aoife.kenny@corribmedical.example.ie"),
    subject="Your interview for Commercial Contracts Analyst",
    date="2026-03-20 11:05 +0000", fmt="alt", cte="quoted-printable",
    body="""Hi Freya,

Thanks again for meeting Declan and me on Tuesday, and for the thought you put into the supplier-agreement exercise. We both enjoyed the conversation.

I'm sorry to say that we won't be taking your application to the next stage. The panel felt that for this particular role we need someone who has already run medical-device supply contracts end to end, and another candidate had more of that hands-on history.

That is a reflection of where this team is right now rather than of your potential. Your notes on the indemnity clause were genuinely sharp. If you'd like a few minutes of feedback, just reply here and I'll set up a call.

All the best,
Aoife

Aoife Kenny
Talent Partner, Corrib Medical
Parkmore West, Galway""",
    html=ats("""Hi Freya,

Thanks again for meeting Declan and me on Tuesday, and for the thought you put into the supplier-agreement exercise. We both enjoyed the conversation.

I'm sorry to say that we won't be taking your application to the next stage. The panel felt that for this particular role we need someone who has already run medical-device supply contracts end to end, and another candidate had more of that hands-on history.

That is a reflection of where this team is right now rather than of your potential. Your notes on the indemnity clause were genuinely sharp. If you'd like a few minutes of feedback, just reply here and I'll set up a call.

All the best,
Aoife

Aoife Kenny
Talent Partner, Corrib Medical
Parkmore West, Galway""", brand="Corrib Medical", logo="Corrib Medical", track="links.greenhouse-mail.io",
             accent="#2b6cb0", pixel=True),
))

# 3 -- one line from a partner's phone
add(M(
    kind="rejection", name="one_line_mobile", company="O'Leary Fenn Solicitors",
    contact="niamh.crowley@olearyfenn.example.ie", lang="en",
    frm=("Niamh Crowley", "niamh.crowley@olearyfenn.example.ie"),
    subject="Re: Practice support / contracts role",
    date="2026-01-23 19:48 +0000", cte="7bit", thread=2, thread_domain="olearyfenn.example.ie",
    body="""Freya - we've gone with someone else on this one, sorry. Best of luck.

Niamh
O'Leary Fenn Solicitors

Sent from my iPhone""",
))

# 4 -- role on hold, SuccessFactors
add(M(
    kind="rejection", name="role_on_hold", company="Gridline Energy Networks", contact="", lang="en",
    frm=("Gridline Energy Networks Recruitment", "recruitment-noreply@successfactors.eu"),
    subject="Procurement Contracts Specialist - Req 21987",
    date="2026-04-02 09:30 +0100", cte="8bit",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Dear Freya MacAllister-Osei,

Requisition 21987 - Procurement Contracts Specialist (Dublin 2, hybrid)

We are writing to let you know that, following a review of our 2026 resourcing plan, this position has been put on hold. As a result we will not be proceeding with the recruitment campaign and your application will not progress any further.

We appreciate the time you invested in applying and we are sorry we could not bring better news. Your candidate profile will remain active, and you are welcome to apply for other vacancies that interest you.

Yours sincerely,

Resourcing Team
Gridline Energy Networks

Gridline Energy Networks DAC, Registered Office: 2 Pembroke Row, Dublin 2. Registered in Ireland No. 612003.
This mailbox is not monitored.""",
))

# 5 -- filled internally, windows-1252 from a university HR officer
add(M(
    kind="rejection", name="filled_internally", company="Dublin Institute of Applied Sciences",
    contact="recruitment@dias.example.ie", lang="en",
    frm=("DIAS Recruitment", "recruitment@dias.example.ie"),
    subject="Contracts & Research Agreements Officer (Ref. HR-26-031)",
    date="2026-03-06 14:12 +0000", charset="windows-1252", cte="quoted-printable",
    body="""Dear Ms MacAllister-Osei,

Re: Contracts & Research Agreements Officer – Grade 5 (Ref. HR-26-031)

Thank you for your application for the above post.

I wish to inform you that the position has been filled internally through the Institute’s redeployment scheme, and the external competition has therefore been closed. We will not be proceeding to shortlisting.

I apologise for any disappointment this may cause. Should you have any queries, please do not hesitate to contact this office by return.

Yours sincerely,

Máire Ó Dúill
Human Resources Office
Dublin Institute of Applied Sciences
Kevin Street Lower, Dublin 8
T: +353 1 402 7700""",
))

# 6 -- speculative application refused by a London firm
add(M(
    kind="rejection", name="speculative_no_vacancy", company="Pemberton Sayle",
    contact="graduate.recruitment@pembertonsayle.example.co.uk", lang="en",
    frm=("Pemberton Sayle Recruitment", "graduate.recruitment@pembertonsayle.example.co.uk"),
    subject="Your speculative application",
    date="2026-01-14 10:02 +0000", cte="quoted-printable", fmt="alt",
    body="""Dear Freya

Thank you for your email of 6 January and for sending us your CV. We were interested to read about your move from legal secretarial work towards contract management.

We do not, however, have a suitable opening in our Commercial Contracts support team at present, and we are not in a position to take your application further. We do not hold CVs on file, so please do look at our vacancies page in future and apply for any role that appeals.

With best wishes

Harriet Oduya
Recruitment Adviser
Pemberton Sayle LLP
1 Fetter Yard, London EC4A 1AB
+44 20 7946 0321

Pemberton Sayle LLP is a limited liability partnership registered in England and Wales with registered number OC318442. It is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be privileged.""",
    html=outlook("""Dear Freya

Thank you for your email of 6 January and for sending us your CV. We were interested to read about your move from legal secretarial work towards contract management.

We do not, however, have a suitable opening in our Commercial Contracts support team at present, and we are not in a position to take your application further. We do not hold CVs on file, so please do look at our vacancies page in future and apply for any role that appeals.

With best wishes

Harriet Oduya
Recruitment Adviser
Pemberton Sayle LLP
1 Fetter Yard, London EC4A 1AB
+44 20 7946 0321

Pemberton Sayle LLP is a limited liability partnership registered in England and Wales with registered number OC318442. It is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be privileged.""", lang="EN-GB"),
))

# 7 -- head-hunter, client not named
add(M(
    kind="rejection", name="headhunter_client_unnamed", company="Ravensworth Search",
    contact="tom.hadley@ravensworthsearch.example.co.uk", lang="en",
    frm=("Tom Hadley", "tom.hadley@ravensworthsearch.example.co.uk"),
    subject="Contract Manager - London (confidential)",
    date="2026-05-19 18:21 +0100", cte="quoted-printable",
    body="""Hi Freya,

Hope the week's been kind. I've had feedback from my client on the Contract Manager shortlist and I'm afraid they've decided not to progress your application. They were clear that the CV was strong on process and drafting, but they're leaning towards people who've sat on the buyer side of a formal tender before.

I know that's frustrating when the brief originally said "or equivalent experience". For what it's worth I pushed back, but it's their call.

I've got two other mandates coming through in June that could suit you better. Let's catch up properly next week?

Tom

Tom Hadley | Principal Consultant | Ravensworth Search
m: +44 7700 900412
Ravensworth Search Ltd. Registered in England No 10442871.""",
))

# 8 -- agency names the client
add(M(
    kind="rejection", name="agency_named_client", company="Shannonside Engineering Group",
    contact="ciara@anchorandoak.example.ie", lang="en",
    frm=("Ciara Breen - Anchor & Oak", "ciara@anchorandoak.example.ie"),
    subject="Shannonside Engineering - feedback",
    date="2026-04-15 12:40 +0100", cte="8bit",
    body="""Hi Freya,

Just off the phone with HR at Shannonside Engineering Group. Unfortunately they're not going to progress you for the Contracts Administrator job in Shannon – they've gone for someone who's already working in engineering procurement and knows the FIDIC forms inside out.

They did say your application was one of the better-written ones, if that's any consolation!

I'll keep you in mind for the Limerick roles I mentioned. Chat soon.

Ciara Breen
Senior Consultant
Anchor & Oak Recruitment
Henry Street, Limerick
061 555 0192""",
))

# 9 -- public competition, not placed on panel
add(M(
    kind="rejection", name="state_panel_not_placed", company="National Shared Purchasing Office",
    contact="", lang="en",
    frm=("StateRoles Notifications", "donotreply@stateroles.example.ie"),
    subject="Competition NSPO-2026-07: Result of interview",
    date="2026-06-24 15:00 +0100", cte="7bit",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Dear Candidate,

Competition: NSPO-2026-07 Contracts Management Officer (Higher Executive Officer)

Thank you for attending interview for the above competition.

The interview board has now completed its work. I regret to inform you that on this occasion you have not been placed on the panel from which appointments will be made.

Feedback on your performance can be requested within 10 working days by logging into your StateRoles account and using the Feedback link beside this competition.

We thank you for your interest and wish you every success in the future.

Yours sincerely,

Recruitment Unit
National Shared Purchasing Office

Please do not reply to this email. Messages sent to this address are not read.""",
))

# 10 -- NHS trust after interview via Taleo
add(M(
    kind="rejection", name="nhs_trust_after_interview", company="St Aldhelm's NHS Foundation Trust",
    contact="", lang="en",
    frm=("St Aldhelm's NHS Foundation Trust", "no-reply@taleo.net"),
    subject="Outcome of your interview - Contracts Officer (Band 5)",
    date="2026-05-07 17:10 +0100", fmt="alt", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated"},
    html=ats("""Dear Freya,

Job reference: 318-CORP-2271 Contracts Officer (Band 5), Procurement Department

Thank you for attending interview on 30 April 2026.

We are sorry to tell you that you have not been successful on this occasion. The panel were impressed with your organisational skills, but the successful candidate demonstrated more experience of NHS Standard Contract variations.

If you would like feedback, please contact the recruiting manager, Gareth Pryce, through the Trust switchboard on 020 7946 0800 within four weeks.

Thank you for your interest in working with St Aldhelm's.

Recruitment Services""", brand="St Aldhelm's NHS Foundation Trust", logo="St Aldhelm's NHS Foundation Trust logo",
             track="trk.taleo.net", accent="#005eb8",
             footer="St Aldhelm's NHS Foundation Trust, Aldhelm Road, London SE10 9ZZ.\nThis message was sent from an unattended mailbox."),
))

# 11 -- Belfast utility after the assessment centre, iCIMS, multipart/alternative
_t11 = """Dear Freya,

Assessment Centre - Contract & Supplier Manager (Belfast)

Many thanks for taking part in our assessment centre on Thursday. We know it was a long day, and we appreciated the energy you brought to the group exercise.

Having considered the results of all exercises, we regret that we will not be offering you a position on this occasion. Your written exercise scored well; the in-tray exercise was where the gap to the successful candidates was widest.

We'd welcome an application from you in future and would be glad to provide more detailed feedback if you contact us at careers@causewayutilities.example.co.uk.

Kind regards

The Talent Team
Causeway Utilities
Lanyon Place, Belfast BT1 3LP"""
add(M(
    kind="rejection", name="assessment_centre_outcome", company="Causeway Utilities",
    contact="careers@causewayutilities.example.co.uk", lang="en",
    frm=("Causeway Utilities Talent Acquisition", "causewayutilities+autoreply@talent.icims.com"),
    reply_to=("Causeway Utilities Careers", "careers@causewayutilities.example.co.uk"),
    subject="Your assessment centre result", date="2026-06-05 13:22 +0100", fmt="alt",
    cte="quoted-printable", body=_t11,
    html=ats(_t11, brand="Causeway Utilities", logo="Causeway Utilities", track="click.icims.com",
             accent="#00838f", footer="Causeway Utilities Ltd is registered in Northern Ireland No. NI604417."),
))

# 12 -- rejection after interview as an Outlook reply; the quoted invitation is misleading
add(M(
    kind="rejection", name="outlook_chain_after_interview", company="Helix Orthopaedics",
    contact="brendan.moloney@helixortho.example.ie", lang="en",
    frm=("Moloney, Brendan", "brendan.moloney@helixortho.example.ie"),
    subject="RE: Interview - Supply Agreements Coordinator",
    date="2026-03-27 08:55 +0000", charset="windows-1252", cte="quoted-printable",
    thread=3, thread_domain="EUR03.prod.outlook.example.com",
    body="""Freya,

Thank you for coming in to Mervue last week. I have now spoken with the rest of the panel and I’m sorry to let you know we won’t be offering you the role. It was close; the deciding factor was SAP Ariba experience, which our successful candidate already has.

I’d be happy to keep your details for the maternity cover we expect later in the year.

Regards,
Brendan

Brendan Moloney
Head of Commercial Operations
Helix Orthopaedics | Mervue Business Park | Galway
+353 91 555 7301

From: Freya MacAllister-Osei <freya.mo@example.ie>
Sent: Wednesday, March 18, 2026 7:41 PM
To: Moloney, Brendan <brendan.moloney@helixortho.example.ie>
Subject: RE: Interview - Supply Agreements Coordinator

Hi Brendan, thanks – Thursday at 11 suits perfectly. See you then.
Freya

From: Moloney, Brendan <brendan.moloney@helixortho.example.ie>
Sent: Wednesday, March 18, 2026 4:02 PM
To: Freya MacAllister-Osei <freya.mo@example.ie>
Subject: Interview - Supply Agreements Coordinator

Dear Freya,
We are delighted to invite you to interview for the Supply Agreements Coordinator role. Would Thursday 19 March at 11:00 suit? The interview will last about 45 minutes and will include a short case study.
Regards,
Brendan""",
))

# 13 -- start-up founder, casual, Ashby with Reply-To
add(M(
    kind="rejection", name="startup_founder_honest", company="Tendrly",
    contact="ruairi@tendrly.example.com", lang="en",
    frm=("Ruairí at Tendrly", "no-reply@ashbyhq.com"),
    reply_to=("Ruairí Ó Sé", "ruairi@tendrly.example.com"),
    subject="Tendrly <> Freya", date="2026-02-27 22:14 +0000", cte="8bit", hcharset="utf-8",
    body="""Hey Freya,

Straight answer, because you deserve one: we're not going to move forward with you for the Customer Contracts Lead role.

Honestly it came down to SaaS. We're 14 people, we're about to sell into NHS procurement teams, and I need someone who has already lived through a SaaS subscription agreement negotiation from the vendor side. You'd learn it fast, I've no doubt, but we don't have the slack right now to let anyone learn on the job.

Really enjoyed our chat about framework agreements - you know that world better than most people I've spoken to. Stay in touch, and ping me if you want an intro to a couple of Cork founders who might be a better fit.

Ruairí
Co-founder, Tendrly
tendrly.example.com""",
))

# 14 -- Lever: requisition closed, role will not be filled
add(M(
    kind="rejection", name="lever_requisition_closed", company="Amstel Therapeutics",
    contact="", lang="en",
    frm=("Amstel Therapeutics", "no-reply@hire.lever.co"),
    subject="An update on the Contract Manager, Clinical Operations role",
    date="2026-04-22 10:18 +0200", fmt="html", cte="base64",
    html=ats("""Hi Freya,

We wanted to let you know personally (well, as personally as an email allows) that we have decided to close the Contract Manager, Clinical Operations requisition. After a restructuring of our clinical outsourcing model, the role will not be filled this year, so we will not be continuing with your application or with the scheduled next steps.

We're sorry to end things here, especially as you had already invested time with our team. We hope our paths cross again.

Warm regards,
People Team, Amstel Therapeutics
Zuidplein 118, 1077 XV Amsterdam""", brand="Amstel Therapeutics", logo="Amstel Therapeutics",
             track="jobs.lever.co", accent="#6b2fb3",
             footer="You are receiving this email because you applied for a position at Amstel Therapeutics B.V.\nReplies to this address are not monitored."),
))

# 15 -- university, not shortlisted, ISO-8859-1, 8bit
add(M(
    kind="rejection", name="university_not_shortlisted", company="Atlantic University Galway",
    contact="hr-recruit@aug.example.ie", lang="en",
    frm=("HR Recruitment, Atlantic University Galway", "hr-recruit@aug.example.ie"),
    subject="Competition 026-114: Contracts Officer, Research Office",
    date="2026-04-09 12:00 +0100", charset="iso-8859-1", cte="8bit",
    body="""Dear Applicant,

Competition 026-114 - Contracts Officer (Fixed-term, 3 years), Research Office

Thank you for applying for the above competition. The shortlisting committee has now met and considered all applications against the published criteria.

I regret to advise that you have not been shortlisted for interview on this occasion. Given the volume of applications received, we are unable to provide individual feedback at the shortlisting stage.

We would like to thank you for your interest in Atlantic University Galway and wish you well in your career.

Is mise le meas,

Siobhán Ní Fhlatharta
Recruitment Officer, Human Resources
Atlantic University Galway, University Road, Galway H91 XW83
Tel: 091 555 2011""",
))

# 16 -- SmartRecruiters, short HTML
add(M(
    kind="rejection", name="smartrecruiters_regret", company="Kestrel Medical Devices",
    contact="", lang="en",
    frm=("Kestrel Medical Devices", "notifications@smartrecruiters.com"),
    subject="Kestrel Medical Devices: Your application for Contracts Specialist",
    date="2026-04-28 07:45 +0100", fmt="html", cte="quoted-printable",
    html=ats("""Dear Freya,

Thank you for interviewing with us for the Contracts Specialist position in Ballybrit.

We regret to inform you that we have selected another candidate for this role.

We appreciate your interest in Kestrel Medical Devices and encourage you to follow us for future openings.

Sincerely,
Kestrel Medical Devices Recruiting""", brand="Kestrel Medical Devices", logo="KESTREL MEDICAL",
             track="t.smartrecruiters.com", accent="#d35400",
             footer="Powered by SmartRecruiters. Kestrel Medical Devices Ltd, Ballybrit Business Park, Galway.",
             unsub="https://t.smartrecruiters.com/unsubscribe/kmd-7d1e2"),
))

# 17 -- "Following up": agency after a call, names the client
add(M(
    kind="rejection", name="agency_following_up_after_call", company="Fitzwilliam Hale",
    contact="grainne.walsh@sheehanbarr.example.ie", lang="en",
    frm=("Gráinne Walsh", "grainne.walsh@sheehanbarr.example.ie"),
    subject="Following up", date="2026-05-29 17:33 +0100", cte="quoted-printable", hcharset="utf-8",
    body="""Hi Freya,

Following up on our call this afternoon, and just so you have it in writing: Fitzwilliam Hale have decided not to offer you the Knowledge & Contracts Executive position after the second interview. They went with an internal paralegal in the end.

As I said on the phone, the partner was very complimentary about how you handled the redlining exercise, and he has asked me to put you forward if the Cork office opens the equivalent role in Q3.

Please don't let this knock you. Two second interviews in a month is a very good run.

Speak next week,
Gráinne

Gráinne Walsh | Director, Legal Support Division | Sheehan Barr Legal Recruitment
Fitzwilliam Square, Dublin 2 | 01 555 8840""",
))

# 18 -- "Update": BambooHR, no reply possible
add(M(
    kind="rejection", name="bamboohr_update_subject", company="Contractly", contact="", lang="en",
    frm=("Contractly", "notifications@app.bamboohr.com"),
    subject="Update", date="2026-07-03 15:51 +0100", fmt="html", cte="7bit",
    html="""<html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<img src="https://contractly.bamboohr.com/logos/contractly.png" alt="Contractly" height="32">
<p>Hi Freya,</p>
<p>Thank you for your interest in the Legal Operations Associate role at Contractly. We have decided not to move forward with your application at this time.</p>
<p>We wish you the best of luck in your search.</p>
<p>The Contractly Team</p>
<p style="font-size:11px;color:#888;">Sent via BambooHR. Please do not reply directly to this email.</p>
</td></tr></table>
<img src="https://app.bamboohr.com/t/o/3f1e99c0b2.gif" width="1" height="1" alt="">
</body></html>""",
))

# 19 -- Personio, German, Sie
add(M(
    kind="rejection", name="personio_absage", company="Bahnhofsviertel Labs", contact="", lang="de",
    frm=("Bahnhofsviertel Labs GmbH", "jobs-noreply@personio.de"),
    subject="Ihre Bewerbung als Contract Manager (m/w/d)",
    date="2026-05-12 09:14 +0200", fmt="html", cte="quoted-printable",
    html=ats("""Sehr geehrte Frau MacAllister-Osei,

vielen Dank für das nette Gespräch und Ihr Interesse an der Position als Contract Manager (m/w/d) bei Bahnhofsviertel Labs.

Leider müssen wir Ihnen mitteilen, dass wir uns nach reiflicher Überlegung für eine andere Kandidatin entschieden haben, deren Erfahrung mit deutschem Vertragsrecht besser zu unseren aktuellen Anforderungen passt.

Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr People-Team von Bahnhofsviertel Labs""", brand="Bahnhofsviertel Labs", logo="Bahnhofsviertel Labs",
             track="mail.personio.de", accent="#ff5a5f", lang="de",
             footer="Bahnhofsviertel Labs GmbH · Kaiserstraße 61 · 60329 Frankfurt am Main\nGeschäftsführer: Jonas Reuter, Dr. Mira Sayed · Amtsgericht Frankfurt am Main HRB 118420"),
))

# 20 -- law firm, after interview, ISO-8859-1 8bit, Partnerschaft mbB footer
add(M(
    kind="rejection", name="kanzlei_nach_gespraech", company="Hollweg Brandt Rechtsanwälte",
    contact="m.seidel@hollweg-brandt.example.de", lang="de",
    frm=("Seidel, Martina", "m.seidel@hollweg-brandt.example.de"),
    subject="Ihre Bewerbung - Referentin Vertragsmanagement", date="2026-04-17 16:02 +0200",
    charset="iso-8859-1", cte="8bit",
    body="""Sehr geehrte Frau MacAllister-Osei,

haben Sie nochmals herzlichen Dank für das angenehme Gespräch am vergangenen Dienstag in unseren Räumen am Opernplatz.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns jedoch für eine Bewerberin entschieden, die bereits über mehrjährige Erfahrung im deutschen Gewerberaummietrecht verfügt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Ihre Unterlagen werden wir entsprechend den datenschutzrechtlichen Vorgaben nach sechs Monaten löschen.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Martina Seidel
Leiterin Personal

Hollweg Brandt Rechtsanwälte Partnerschaft mbB
Opernplatz 4 · 60313 Frankfurt am Main
Tel. +49 69 555 2290 · www.hollweg-brandt.example.de
Partnerschaftsregister: Amtsgericht Frankfurt am Main PR 2214""",
))

# 21 -- utility via SuccessFactors, HTML only, better-suited candidates
add(M(
    kind="rejection", name="successfactors_profil_passt_besser", company="Rheinmain Versorgung",
    contact="", lang="de",
    frm=("Rheinmain Versorgung AG – Recruiting", "recruiting-noreply@successfactors.eu"),
    subject="Absage: Sachbearbeiter*in Einkauf & Vertragsmanagement (Job-ID 50173)",
    date="2026-02-19 13:40 +0100", fmt="html", cte="base64", hcharset="utf-8",
    html=ats("""Guten Tag Frau MacAllister-Osei,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an der Rheinmain Versorgung.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für Bewerberinnen und Bewerber entschieden, deren Profil noch besser zu den Anforderungen der ausgeschriebenen Stelle passt. Wir bitten um Ihr Verständnis.

Gerne können Sie sich über unser Karriereportal auch zukünftig auf passende Stellen bewerben: https://karriere.rheinmain-versorgung.example.de

Freundliche Grüße
Ihr Recruiting-Team
Rheinmain Versorgung""", brand="Rheinmain Versorgung", logo="Rheinmain Versorgung AG – Energie für die Region",
             track="performancemanager.successfactors.eu", accent="#004b87", lang="de",
             footer="Rheinmain Versorgung AG · Solmsstraße 38 · 60486 Frankfurt am Main\nVorsitzender des Aufsichtsrats: Dr. Heinz Kolbe · Vorstand: Ulrike Marx (Vors.), Stefan Brück\nSitz der Gesellschaft: Frankfurt am Main · Registergericht: Amtsgericht Frankfurt am Main HRB 72291\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."),
))

# 22 -- softgarden, position filled internally
add(M(
    kind="rejection", name="stelle_intern_besetzt", company="Universitätsklinikum Main-Taunus",
    contact="", lang="de",
    frm=("Universitätsklinikum Main-Taunus", "ukmt-noreply@softgarden.io"),
    subject="Ihre Bewerbung bei uns – Stelle intern besetzt", date="2026-06-16 08:20 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrte Frau MacAllister-Osei,

wir danken Ihnen für Ihre Bewerbung als Referentin (w/m/d) für Vertrags- und Beschaffungsmanagement im Geschäftsbereich Einkauf.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern besetzt werden konnte. Das Auswahlverfahren ist damit abgeschlossen, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen

i. A. Petra Wolligandt
Personalmanagement
Universitätsklinikum Main-Taunus
Anstalt des öffentlichen Rechts

Diese Nachricht wurde über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.""",
))

# 23 -- agency, du, names the client
add(M(
    kind="rejection", name="agentur_du_kunde_genannt", company="Mainufer Pharma",
    contact="kai.brenner@hessen-personal.example.de", lang="de",
    frm=("Kai Brenner", "kai.brenner@hessen-personal.example.de"),
    subject="AW: Mainufer Pharma will dich kennenlernen!", date="2026-06-02 18:47 +0200", cte="8bit",
    hcharset="utf-8", thread=2, thread_domain="hessen-personal.example.de",
    body="""Hi Freya,

kurzes Update von mir: Mainufer Pharma hat sich leider gegen dich entschieden. Die Fachabteilung wollte am Ende doch jemanden mit Erfahrung in Qualitätssicherungsvereinbarungen (QAA) nach GMP – das war im Gespräch mit Herrn Dr. Lenz offenbar der Knackpunkt.

Ich weiß, das ist ärgerlich, gerade nach zwei Runden. Dein Deutsch war übrigens überhaupt kein Thema, das haben sie ausdrücklich gelobt.

Ich melde mich, sobald ich was Neues im Bereich Vertragsmanagement habe. Wird nicht lange dauern, versprochen.

Viele Grüße
Kai

--
Kai Brenner
Senior Consultant Life Sciences
Hessen Personal Consulting GmbH · Taunusanlage 9 · 60329 Frankfurt
Mobil +49 171 555 0834
Geschäftsführerin: Sabine Otte · HRB 99121 Amtsgericht Frankfurt

Von: Kai Brenner <kai.brenner@hessen-personal.example.de>
Gesendet: Montag, 11. Mai 2026 17:22
An: Freya MacAllister-Osei <freya.mo@example.ie>
Betreff: Mainufer Pharma will dich kennenlernen!

Hi Freya,

gute Nachrichten: Mainufer Pharma möchte dich kennenlernen! Erste Runde wäre ein Teams-Call mit Frau Albrecht aus dem HR und Dr. Lenz (Leiter Einkauf & Verträge), ca. 1 Stunde.

Gib mir bitte kurz bescheid, welcher Termin dir besser passt.

Viele Grüße
Kai""",
))

# 24 -- speculative application declined by a municipal utility
add(M(
    kind="rejection", name="initiativbewerbung_keine_vakanz", company="Stadtwerke Niddatal",
    contact="personal@stadtwerke-niddatal.example.de", lang="de",
    frm=("Personalabteilung Stadtwerke Niddatal", "personal@stadtwerke-niddatal.example.de"),
    subject="Ihre Initiativbewerbung vom 03.03.2026", date="2026-03-18 11:30 +0100",
    charset="iso-8859-1", cte="quoted-printable", fmt="alt",
    body="""Sehr geehrte Frau MacAllister-Osei,

wir haben Ihre Initiativbewerbung vom 3. März 2026 erhalten und mit Interesse gelesen.

Derzeit können wir Ihnen leider keine passende Stelle anbieten. Im Bereich Einkauf und Vertragswesen sind alle Positionen besetzt, und eine Erweiterung ist in diesem Jahr nicht vorgesehen. Ihre Unterlagen senden wir Ihnen daher nicht zurück, sondern löschen sie fristgerecht.

Wir danken Ihnen für Ihr Interesse an den Stadtwerken Niddatal. Für Rückfragen stehen wir Ihnen unter dieser Adresse gerne zur Verfügung.

Mit freundlichen Grüßen

Stadtwerke Niddatal
Personalabteilung
Am Mühlgraben 12 · 61194 Niddatal
Telefon 06034 555-120""",
    html=simple("""Sehr geehrte Frau MacAllister-Osei,

wir haben Ihre Initiativbewerbung vom 3. März 2026 erhalten und mit Interesse gelesen.

Derzeit können wir Ihnen leider keine passende Stelle anbieten. Im Bereich Einkauf und Vertragswesen sind alle Positionen besetzt, und eine Erweiterung ist in diesem Jahr nicht vorgesehen. Ihre Unterlagen senden wir Ihnen daher nicht zurück, sondern löschen sie fristgerecht.

Wir danken Ihnen für Ihr Interesse an den Stadtwerken Niddatal. Für Rückfragen stehen wir Ihnen unter dieser Adresse gerne zur Verfügung.

Mit freundlichen Grüßen

Stadtwerke Niddatal
Personalabteilung
Am Mühlgraben 12 · 61194 Niddatal
Telefon 06034 555-120""", font="Verdana, sans-serif"),
))

# 25 -- one terse German line from a department head's phone
add(M(
    kind="rejection", name="kurz_vom_handy", company="Opernplatz Vermögensverwaltung",
    contact="f.hartung@opernplatz-vv.example.de", lang="de",
    frm=("Frank Hartung", "f.hartung@opernplatz-vv.example.de"),
    subject="AW: Bewerbung Assistenz Vertragswesen", date="2026-02-06 07:12 +0100",
    cte="quoted-printable", thread=1, thread_domain="opernplatz-vv.example.de",
    body="""Sehr geehrte Frau MacAllister-Osei, die Stelle ist bereits vergeben. Trotzdem danke. MfG F. Hartung, Opernplatz Vermögensverwaltung

Von meinem iPhone gesendet""",
))

# 26 -- Spanish pharma, usted
add(M(
    kind="rejection", name="candidatura_no_seleccionada", company="Laboratorios Alcázar Farma",
    contact="", lang="es",
    frm=("Laboratorios Alcázar Farma - Talento", "no-reply@successfactors.eu"),
    subject="Su candidatura: Técnico/a de Contratos y Licitaciones", date="2026-05-05 12:10 +0200",
    fmt="html", cte="quoted-printable", hcharset="utf-8",
    html=ats("""Estimada Sra. MacAllister-Osei:

Le agradecemos sinceramente el interés mostrado por formar parte de Laboratorios Alcázar Farma y el tiempo dedicado al proceso de selección para el puesto de Técnico/a de Contratos y Licitaciones (Ref. 2026-MAD-118).

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, su perfil no ha sido seleccionado para continuar en el proceso. Hemos optado por candidatos con experiencia previa en licitaciones del sector público sanitario español.

Conservaremos sus datos en nuestra base de candidatos durante doce meses, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Personas
Laboratorios Alcázar Farma""", brand="Laboratorios Alcázar Farma", logo="Laboratorios Alcázar Farma",
             track="career5.successfactors.eu", accent="#a3122a", lang="es",
             footer="Laboratorios Alcázar Farma, S.A. · Calle de Alcalá 402, 28027 Madrid · Inscrita en el Registro Mercantil de Madrid, Tomo 30112, Folio 45, Hoja M-541120.\nEste mensaje se ha generado automáticamente; por favor, no responda."),
))

# 27 -- Madrid law firm, tú, after interview; quoted chain (El ... escribió) holds an invitation
add(M(
    kind="rejection", name="bufete_tu_tras_entrevista", company="Moreno & Iriarte Abogados",
    contact="lucia.iriarte@morenoiriarte.example.es", lang="es",
    frm=("Lucía Iriarte", "lucia.iriarte@morenoiriarte.example.es"),
    subject="Re: Entrevista puesto gestora de contratos", date="2026-06-12 20:05 +0200",
    cte="8bit", hcharset="iso-8859-1", thread=2,
    body="""Hola Freya:

Te escribo para contarte cómo ha quedado lo del puesto. Al final nos hemos decidido por otra persona que ya venía de un despacho en Madrid y conoce bien la Ley de Contratos del Sector Público. Ha sido una decisión difícil, de verdad; tu entrevista nos gustó mucho a Javier y a mí.

Si en otoño abrimos la vacante de apoyo al área mercantil, te escribo la primera.

Un abrazo y mucha suerte,
Lucía

Lucía Iriarte
Socia – Área de Contratación
Moreno & Iriarte Abogados
Paseo de la Castellana 91, 28046 Madrid

El mar, 2 jun 2026 a las 9:17, Freya MacAllister-Osei (<freya.mo@example.ie>) escribió:
> Hola Lucía, muchas gracias por la invitación. El jueves a las 10:00 me viene perfecto.
> Un saludo,
> Freya
>
> El lun, 1 jun 2026 a las 18:40, Lucía Iriarte escribió:
>> Hola Freya, nos gustaría invitarte a una entrevista el jueves 4 de junio a las 10:00 en
>> nuestra oficina de Castellana. ¿Te encaja?""",
))

# 28 -- process cancelled and vacancy will not be filled
add(M(
    kind="rejection", name="proceso_cancelado_sin_cubrir", company="Energía Castellana",
    contact="seleccion@energiacastellana.example.es", lang="es",
    frm=("Selección Energía Castellana", "seleccion@energiacastellana.example.es"),
    subject="Proceso de selección Gestor/a de Contratos de Suministro", date="2026-07-09 10:45 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Estimada Freya:

Nos ponemos en contacto contigo en relación con el proceso de selección para el puesto de Gestor/a de Contratos de Suministro en nuestras oficinas de Méndez Álvaro.

Por motivos de reorganización interna, la compañía ha decidido cancelar el proceso y la vacante no se va a cubrir este año. Por tanto, no podemos continuar con tu candidatura ni con la segunda entrevista prevista.

Sentimos mucho las molestias y te agradecemos el tiempo y el interés que has dedicado. Si tienes cualquier duda, puedes responder a este mismo correo.

Un saludo cordial,

Equipo de Selección
Energía Castellana
Calle de Méndez Álvaro 56, 28045 Madrid
Tel. 91 555 38 20""",
))

# 29 -- French pharma via Taleo, vous
add(M(
    kind="rejection", name="taleo_refus_vous", company="Laboratoires Vérandel", contact="", lang="fr",
    frm=("Laboratoires Vérandel - Recrutement", "ne-pas-repondre@taleo.net"),
    subject="Votre candidature - Gestionnaire Contrats Fournisseurs (Cork)",
    date="2026-03-31 15:25 +0200", fmt="html", cte="quoted-printable", hcharset="iso-8859-1",
    charset="iso-8859-1",
    html=ats("""Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vérandel et de votre candidature au poste de Gestionnaire Contrats Fournisseurs pour notre site de Little Island (Cork).

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature. Le poste requiert en effet une expérience confirmée des achats de matières premières pharmaceutiques.

Nous conservons votre candidature dans notre vivier pendant deux ans, sauf opposition de votre part.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Laboratoires Vérandel""", brand="Laboratoires Vérandel", logo="Laboratoires Vérandel", track="vrd.taleo.net",
             accent="#003e7e", lang="fr",
             footer="Laboratoires Vérandel SAS - 12 quai Perrache, 69002 Lyon - RCS Lyon 402 118 330\nMerci de ne pas répondre à ce message automatique."),
))

# 30 -- Paris law firm after interview; Outlook French chain quoting an invitation
add(M(
    kind="rejection", name="cabinet_refus_apres_entretien", company="Delorme Vasseur Avocats",
    contact="c.vasseur@delormevasseur.example.fr", lang="fr",
    frm=("Claire Vasseur", "c.vasseur@delormevasseur.example.fr"),
    subject="RE: Entretien - Chargée de gestion des contrats (bureau de Dublin)",
    date="2026-05-26 18:02 +0200", charset="windows-1252", cte="quoted-printable",
    thread=2, thread_domain="PAR01.prod.outlook.example.com",
    body="""Chère Madame,

Je vous remercie encore pour notre échange de jeudi dernier, qui a été très agréable.

Après réflexion avec mon associé, nous avons décidé de ne pas donner suite à votre candidature. Nous avons retenu une candidate bilingue qui a déjà travaillé dans un cabinet d’affaires à Paris, ce qui correspond mieux à nos besoins immédiats pour l’ouverture du bureau de Dublin.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous convient.

Bien cordialement,

Claire Vasseur
Avocate associée
Delorme Vasseur Avocats – 38 avenue Hoche, 75008 Paris
Tél. : +33 1 55 50 42 18

De : Freya MacAllister-Osei <freya.mo@example.ie>
Envoyé : lundi 18 mai 2026 09:12
À : Claire Vasseur <c.vasseur@delormevasseur.example.fr>
Objet : RE: Entretien - Chargée de gestion des contrats (bureau de Dublin)

Bonjour Maître,
Merci beaucoup, je confirme ma présence jeudi à 14h en visio.
Bien à vous,
Freya

De : Claire Vasseur <c.vasseur@delormevasseur.example.fr>
Envoyé : vendredi 15 mai 2026 17:40
Objet : Entretien - Chargée de gestion des contrats (bureau de Dublin)

Madame, nous avons le plaisir de vous proposer un entretien le jeudi 21 mai à 14h00 par visioconférence.""",
))

# 31 -- French agency, client not named, tutoiement
add(M(
    kind="rejection", name="agence_client_non_nomme", company="Alpes Talents",
    contact="julien.roche@alpestalents.example.fr", lang="fr",
    frm=("Julien Roche | Alpes Talents", "julien.roche@alpestalents.example.fr"),
    subject="Retour de mon client", date="2026-08-27 11:16 +0200", fmt="alt", cte="quoted-printable",
    body="""Salut Freya,

Comme promis je reviens vers toi : mon client (le groupe medtech dont je t'ai parlé, basé à Amsterdam) a finalement décidé de ne pas retenir ta candidature pour le poste de Contract Manager EMEA. Ils ont privilégié un profil avec une expérience des contrats de distribution en Allemagne.

Je sais que c'est décevant, surtout que le premier échange s'était bien passé. Je garde ton CV sous le coude, j'ai régulièrement des postes de ce type.

Belle journée,
Julien

Julien Roche
Consultant senior – Achats & Juridique
Alpes Talents · 4 place Grenette, 38000 Grenoble
06 55 41 20 87 · linkedin.example.com/in/julienroche""",
    html=gmail("""Salut Freya,

Comme promis je reviens vers toi : mon client (le groupe medtech dont je t'ai parlé, basé à Amsterdam) a finalement décidé de ne pas retenir ta candidature pour le poste de Contract Manager EMEA. Ils ont privilégié un profil avec une expérience des contrats de distribution en Allemagne.

Je sais que c'est décevant, surtout que le premier échange s'était bien passé. Je garde ton CV sous le coude, j'ai régulièrement des postes de ce type.

Belle journée,
Julien

Julien Roche
Consultant senior – Achats & Juridique
Alpes Talents · 4 place Grenette, 38000 Grenoble
06 55 41 20 87 · linkedin.example.com/in/julienroche"""),
))
