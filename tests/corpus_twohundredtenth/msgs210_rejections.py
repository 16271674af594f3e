"""Corpus 210: rejections, hand-written one by one (31)."""

from __future__ import annotations

from msgs210_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    forwarded,
    mso,
    outlook,
    outlook_html,
    paras,
    plain_html,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ English

_t = """Hi Callum,

Following on from last Tuesday, I've now spoken with the panel about where things stand with the Trainee Estimator (Planned Maintenance) post.

As you didn't manage to join the Teams call and we weren't able to find another slot before the panel finalised its shortlist, we won't be taking your application any further this time. I know that's not the news you were hoping for.

Please do keep an eye on our vacancies page; we recruit for the planned maintenance team most springs.

Kind regards,

Morag Lindsay
HR Business Partner
Taybridge Housing Association
14 Riverside Drive, Dundee DD1 4XB
01382 555 0147
"""
add({
    "kind": "rejection", "slug": "taybridge_after_missed_teams", "lang": "en",
    "company": "Taybridge Housing Association", "contact": "morag.lindsay@taybridgeha.example.co.uk",
    "from": ("Morag Lindsay", "morag.lindsay@taybridgeha.example.co.uk"),
    "subject": "Re: Trainee Estimator (Planned Maintenance) - your application",
    "date": "2026-02-17 15:41 +0000", "thread": "taybridge",
    "text": _t,
})

_t = """Dear Callum Achterberg-Nwosu,

Requisition R-20418: Building Services Estimator (Property and Housing)

Thank you for the time you took to apply to Dee Valley Council. The recruiting manager has now completed the shortlisting for this vacancy and we regret to tell you that you have not been shortlisted for interview.

Your candidate home remains active, so you can still apply for other vacancies and track their progress there.

Dee Valley Council Recruitment Team
This mailbox is not monitored. Please do not reply to this email.
"""
add({
    "kind": "rejection", "slug": "deevalley_workday_not_shortlisted", "lang": "en",
    "company": "Dee Valley Council", "contact": "",
    "from": ("Dee Valley Council", "deevalleycouncil@myworkday.com"),
    "subject": "Update on your application: Building Services Estimator (Property and Housing)",
    "date": "2026-02-20 07:12 +0000", "thread": "deevalley",
    "html": ats_card("Dee Valley Council - Careers", paras(_t),
                     "Powered by Workday. You are receiving this because you applied for a job.",
                     accent="#005a70"),
})

_t = """Hi Callum,

Thanks for your interest in the Junior Estimator (Building Services) role at Cairngorm Engineering Consultants, and for taking the time to go through our application questions.

We've had a strong response, and after reviewing everything we have decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly on the commercial side of tendering.

We'd be glad to see your name again in future openings.

Best,
Fraser Nicol
Talent Partner, Cairngorm Engineering Consultants
"""
add({
    "kind": "rejection", "slug": "cairngorm_greenhouse_move_forward", "lang": "en",
    "company": "Cairngorm Engineering Consultants", "contact": "fraser.nicol@cairngorm-eng.example.co.uk",
    "from": ("Fraser Nicol via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Fraser Nicol", "fraser.nicol@cairngorm-eng.example.co.uk"),
    "subject": "Your application to Cairngorm Engineering Consultants",
    "date": "2026-04-27 17:03 +0100",
    "text": _t,
    "html": plain_html(paras(_t)),
})

_old = """Dear Callum,

Because of a clash with the council's budget-setting meeting, we have had to cancel the assessment centre planned for Wednesday 22 April. This does not affect your application: we will write to you with a new date as soon as one is agreed.

Apologies for the short notice.

Lorna Urquhart
Recruitment Adviser, Strathnairn Council"""
_t = reply("""Dear Callum,

I promised to come back to you with a new assessment centre date for the Estimator (Building Services) vacancy. I'm afraid I can't do that: following the budget meeting, the role has been put on hold and we will not proceed with the recruitment this financial year.

I realise this is disappointing after you had already cleared your diary once. If the post is re-advertised we would be pleased to receive an application from you again.

Yours sincerely,

Lorna Urquhart
Recruitment Adviser
Strathnairn Council | Council Headquarters, Glenurquhart Road, Inverness IV3 5NX
Tel: 01463 555 0283

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error please notify the sender and delete it. Strathnairn Council may monitor email traffic data and content.
""", "en", "Fri, 17 Apr 2026 at 11:20", "Lorna Urquhart", "lorna.urquhart@strathnairn.example.gov.uk", _old)
add({
    "kind": "rejection", "slug": "strathnairn_on_hold", "lang": "en",
    "company": "Strathnairn Council", "contact": "lorna.urquhart@strathnairn.example.gov.uk",
    "from": ("Lorna Urquhart", "lorna.urquhart@strathnairn.example.gov.uk"),
    "subject": "RE: Assessment centre - Estimator (Building Services)",
    "date": "2026-05-06 10:14 +0100", "thread": "strathnairn",
    "text": _t,
})

_t = """Callum - thanks but we've gone another way with the estimating job. Good luck.

Gav
"""
add({
    "kind": "rejection", "slug": "broughty_terse", "lang": "en",
    "company": "Broughty Ferry Mechanical", "contact": "gavin@broughtymech.example.co.uk",
    "from": ("Gavin Soutar", "gavin@broughtymech.example.co.uk"),
    "subject": "Re: Estimator vacancy",
    "date": "2026-02-25 21:47 +0000",
    "extra_refs": ["<CAJ8x2mK-callum-broughty-01@mail.example.co.uk>"],
    "text": _t + "\n" + "Sent from my iPhone\n",
})

_old = """Hi Callum,

Great news - Clydeside Building Services would like to meet you for the Estimator role. They've pencilled in Tuesday 7 April at 2pm at their Govan office with Hugh Lennox (Estimating Manager) and Priya Sandhu from HR.

Bring a copy of your CV and have a think about a recent job where you priced the materials yourself.

Cheers,
Declan"""
_t = reply("""Hi Callum,

I've had the feedback from Clydeside this morning. Hugh liked your site knowledge a lot, but they've offered the job to someone who's been running take-offs in a QS practice for three years, so it's a no from them this time.

Please don't let that put you off. You came across really well and I'll be putting you forward for the next building services estimating role that lands on my desk - there are a couple in the pipeline for the summer.

Speak soon,

Declan Moffat
Senior Consultant - Building Services
Northstar Technical Recruitment
Suite 4, 90 West George Street, Glasgow G2 1PJ
M: 07700 900 612
""", "en", "Wed, 1 Apr 2026 at 16:02", "Declan Moffat", "declan.moffat@northstar-tr.example.co.uk", _old)
add({
    "kind": "rejection", "slug": "northstar_relays_clydeside_no", "lang": "en",
    "company": "Clydeside Building Services", "contact": "declan.moffat@northstar-tr.example.co.uk",
    "from": ("Declan Moffat", "declan.moffat@northstar-tr.example.co.uk"),
    "subject": "Re: Interview with Clydeside Building Services - Estimator",
    "date": "2026-04-15 11:26 +0100", "thread": "northstar",
    "text": _t,
})

_old = """Dear Ciara,

Thank you and Ruair\u00ed for taking the time to meet me this afternoon. I really enjoyed hearing about the Lisburn schools framework, and talking through how you price mechanical packages gave me a clear picture of the role.

I'm keen on the position and look forward to hearing from you.

Best regards,
Callum Achterberg-Nwosu"""
_t = reply("""Dear Callum,

Thank you for your kind note, and for coming to see us last week.

The panel has now met to make its decision. While we were impressed with your practical knowledge, we have offered the Assistant Estimator position to another applicant whose tendering experience fitted the framework work more closely. I'm sorry to be writing with this outcome.

If you would like feedback on your interview, I'd be happy to arrange a short call.

Kind regards,
Ciara Devlin
People Team Lead | Lagan Valley Contractors
Unit 7 Ballinderry Road Business Park, Lisburn BT28 2SA
T: 028 9555 0164
""", "en", "Tue, 16 Jun 2026 at 19:10", CAND_NAME, CAND_ADDR, _old)
add({
    "kind": "rejection", "slug": "lagan_after_interview_quotes_thanks", "lang": "en",
    "company": "Lagan Valley Contractors", "contact": "ciara.devlin@laganvalley.example.co.uk",
    "from": ("Ciara Devlin", "ciara.devlin@laganvalley.example.co.uk"),
    "subject": "Re: Thank you - Assistant Estimator interview",
    "date": "2026-06-23 09:48 +0100", "thread": "lagan",
    "text": _t,
    "html": outlook_html(mso(_t)),
})

_t = """Dear Callum

Re: Estimator (Repairs and Voids), ref TWH/26/114

Thank you for applying for this role with Tyne & Wear Homes.

Before the closing date we received an expression of interest from a member of our repairs team, and following an internal assessment we have appointed an existing colleague to the post. The external recruitment has therefore closed and no further interviews will be held.

We appreciate the time you put into your application and wish you well with your search.

Yours sincerely

Harriet Ogunleye
Resourcing Officer
Tyne & Wear Homes, Rutherford House, Quayside, Newcastle upon Tyne NE1 3PE
0191 555 0390

Tyne & Wear Homes is a charitable housing association registered with the Regulator of Social Housing.
"""
add({
    "kind": "rejection", "slug": "tynewear_filled_internally", "lang": "en",
    "company": "Tyne & Wear Homes", "contact": "harriet.ogunleye@tynewearhomes.example.org.uk",
    "from": ("Harriet Ogunleye", "harriet.ogunleye@tynewearhomes.example.org.uk"),
    "subject": "Estimator (Repairs and Voids) - TWH/26/114",
    "date": "2026-07-31 14:02 +0100",
    "text": _t,
    "cte": "quoted-printable",
})

_t = """Hello Callum,

I wanted to let you know personally that Kelvin Facilities Group has withdrawn the Mechanical Estimator vacancy you applied for in July. Following the loss of the hospital maintenance contract the estimating team is being restructured, and the post no longer exists in the new structure.

This is no reflection on your application, which the hiring manager had marked for interview. We are not able to take it further, though.

With best wishes,

Niall Brodie
Talent Acquisition Manager
Kelvin Facilities Group
200 Bath Street, Glasgow G2 4HT | 0141 555 0752
"""
add({
    "kind": "rejection", "slug": "kelvin_role_withdrawn", "lang": "en",
    "company": "Kelvin Facilities Group", "contact": "niall.brodie@kelvinfg.example.co.uk",
    "from": ("Niall Brodie", "niall.brodie@kelvinfg.example.co.uk"),
    "subject": "Mechanical Estimator - vacancy withdrawn",
    "date": "2026-08-19 12:37 +0100",
    "text": _t,
    "html": plain_html(paras(_t)),
})

_t = """Alright Callum,

Bad news I'm afraid. I put your name in front of Alan for the estimating job like I said I would, and he was keen, but in the end he's gone for a lad from a QS practice in Stonehaven with the degree and all that. Not a reflection on you mate, he just wanted someone who can hit the ground running on the tender returns.

Drinks on me Friday if you're about.

Stuart
--
Stuart McRae | Contracts Manager
Deeside Mechanical Services
Unit 3, Peterculter Industrial Estate, Aberdeen AB14 0QT
07700 900 233
"""
add({
    "kind": "rejection", "slug": "deeside_colleague_casual", "lang": "en",
    "company": "Deeside Mechanical Services", "contact": "stuart.mcrae@deesidemech.example.co.uk",
    "from": ("Stuart McRae", "stuart.mcrae@deesidemech.example.co.uk"),
    "subject": "Re: that estimating job",
    "date": "2026-01-29 18:22 +0000", "thread": "deeside",
    "text": _t,
})

_t = """Hi Callum,

Thank you for the phone interview last week and for your patience after our first attempt at a call didn't work out.

We have now concluded the first round for the Estimator, HVAC and Plumbing role in Oslo. The team has settled on applicants who have already priced projects to Norwegian standards, which means the process ends here for you.

Thanks again for your interest in Fjordvarme, and good luck with the move into estimating.

Ingrid Solberg
Recruiter, Fjordvarme
"""
add({
    "kind": "rejection", "slug": "fjordvarme_teamtailor_next_stage_no", "lang": "en",
    "company": "Fjordvarme", "contact": "ingrid.solberg@fjordvarme.example.no",
    "from": ("Fjordvarme", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Ingrid Solberg", "ingrid.solberg@fjordvarme.example.no"),
    "subject": "Estimator, HVAC and Plumbing - Fjordvarme",
    "date": "2026-05-29 13:15 +0200", "thread": "fjord",
    "text": _t,
    "html": ats_card("Fjordvarme", paras(_t), "Sent with Teamtailor", accent="#12355b"),
})

_t = """Hi Callum,

Thank you for applying to the Building Services Estimator (Graduate/Career Changer) position at Solway Building Services Consultants.

After careful consideration, we won't be progressing your application at this time. We've kept your details so that our team can reach out should a suitable role come up.

All the best,
The Solway Building Services Consultants Hiring Team
"""
add({
    "kind": "rejection", "slug": "solway_lever_not_progressing", "lang": "en",
    "company": "Solway Building Services Consultants", "contact": "",
    "from": ("Solway Building Services Consultants", "no-reply@hire.lever.co"),
    "subject": "Building Services Estimator (Graduate/Career Changer) at Solway Building Services Consultants",
    "date": "2026-03-03 16:51 +0000", "thread": "solway",
    "text": _t,
    "html": plain_html(paras(_t)),
})

_old = outlook("en", "Rhona Cowie <rhona.cowie@bonaccordfm.example.co.uk>",
               "25 August 2026 10:03", "Callum Achterberg-Nwosu <callum.an@example.co.uk>",
               "Interview - Estimator (Hard Services)",
               """Hi Callum,

We would like to invite you to interview for the Estimator (Hard Services) role on Thursday 3 September at 10:00 at our Bridge of Don office. The interview will last around an hour and will include a short pricing exercise.

Please confirm you can attend.

Rhona""")
_t = f"""Hi Callum,

Thank you for coming in on the 3rd and for tackling the pricing exercise - we know it was a tight brief.

Having met all the candidates, we've chosen someone else for the role. Your interview was strong on the practical side; where others were ahead was on measuring from drawings and building up rates from first principles. That's very learnable and I'd encourage you to keep going with it.

Thanks again, and all the best.

Rhona Cowie
Recruitment Coordinator
Bon Accord Facilities
Bridge of Don Business Centre, Aberdeen AB23 8BL
Tel 01224 555 0119

{_old}"""
add({
    "kind": "rejection", "slug": "bonaccord_outlook_chain_after_interview", "lang": "en",
    "company": "Bon Accord Facilities", "contact": "rhona.cowie@bonaccordfm.example.co.uk",
    "from": ("Rhona Cowie", "rhona.cowie@bonaccordfm.example.co.uk"),
    "subject": "RE: Interview - Estimator (Hard Services)",
    "date": "2026-09-09 11:58 +0100",
    "extra_refs": ["<AM9PR03MB7144.bonaccord.interview@bonaccordfm.example.co.uk>"],
    "text": _t,
    "html": outlook_html(mso(_t)),
    "charset": "windows-1252", "cte": "quoted-printable",
})

_t = """Hadrian Energy Services

Application status update

Dear Callum,

The status of your application for Junior Estimator - Mechanical Services (req 2026-1187) has changed.

New status: Not selected - position filled

Thank you for the interest you have shown in joining Hadrian Energy Services. You can view all of your applications by signing in to the careers portal.

https://careers-hadrianenergy.icims.com/jobs/candidate
"""
add({
    "kind": "rejection", "slug": "hadrian_icims_status_not_selected", "lang": "en",
    "company": "Hadrian Energy Services", "contact": "",
    "from": ("Hadrian Energy Services Careers", "do-not-reply@icims.com"),
    "subject": "Your application status has been updated",
    "date": "2026-06-09 08:30 -0400", "thread": "hadrian",
    "text": _t,
    "html": ats_card("Hadrian Energy Services", paras(_t), "This message was sent by iCIMS on behalf of Hadrian Energy Services.", accent="#7a1f1f"),
})

_t = """Dear Callum,

Many thanks for your application for the role of Assistant Estimator with Carrick Housing Trust.

On this occasion your application was not successful. The shortlisting panel had a large number of applications and was looking particularly for experience of pricing kitchen and bathroom replacement programmes.

We will keep your details on file for six months and may contact you about future estimating roles, unless you tell us you would prefer we did not.

Regards

Aoife McCann
HR Officer
Carrick Housing Trust
3 Donegall Quay, Belfast BT1 3EA
028 9555 0432
"""
add({
    "kind": "rejection", "slug": "carrick_not_successful_on_file", "lang": "en",
    "company": "Carrick Housing Trust", "contact": "aoife.mccann@carrickht.example.org.uk",
    "from": ("Aoife McCann", "aoife.mccann@carrickht.example.org.uk"),
    "subject": "Your application - Assistant Estimator",
    "date": "2026-05-20 10:05 +0100", "thread": "carrick",
    "text": _t,
})

_t = """Dear Callum,

Thank you for attending the second interview on Thursday 9 July and for preparing the take-off exercise for the Perth leisure centre refurbishment.

I\u2019m sorry to tell you we won\u2019t be offering you the position. It was a close decision. Some feedback from Eilean and me, which I hope is useful:

\u2022 Your understanding of how pipework and plant actually go in on site was the best of anyone we saw \u2013 that\u2019s a real asset for an estimator.
\u2022 The take-off was accurate, but the preliminaries and labour allowances were light; we\u2019d expect roughly 15\u201320% more on a job of that size.
\u2022 In the commercial questions we wanted more on how you would qualify a tender.

If you get more pricing under your belt over the next year, please do apply to us again.

Best wishes,

Alasdair Finnie CEng MCIBSE
Associate Director \u2013 Building Services
Forth & Tay Consulting Engineers
Seabraes House, 18 Greenmarket, Dundee DD1 4QB
T 01382 555 0661

CONFIDENTIALITY NOTICE: This e\u2011mail is intended only for the addressee. If you are not the intended recipient you must not disclose, copy or use it. Forth & Tay Consulting Engineers LLP is registered in Scotland, no. SO305551.
""".replace("e\u2011mail", "e-mail")
add({
    "kind": "rejection", "slug": "forthtay_feedback_cp1252", "lang": "en",
    "company": "Forth & Tay Consulting Engineers", "contact": "alasdair.finnie@forthtay.example.co.uk",
    "from": ("Alasdair Finnie", "alasdair.finnie@forthtay.example.co.uk"),
    "subject": "Second interview \u2013 Building Services Estimator",
    "subj_enc": ("windows-1252", "Q"),
    "date": "2026-07-14 16:44 +0100", "thread": "forthtay",
    "text": _t,
    "html": outlook_html(mso(_t)),
    "charset": "windows-1252", "cte": "quoted-printable",
})

_t = """Hi Callum,

Thanks for applying for Estimator - Heat Networks. Having read your application carefully, we've concluded it isn't the right match for this role, so we'll be closing it on our side.

We know job hunting takes effort and we're grateful you considered Beauly Heat Networks.

Beauly Heat Networks Talent
"""
add({
    "kind": "rejection", "slug": "beauly_ashby_not_taking_forward", "lang": "en",
    "company": "Beauly Heat Networks", "contact": "",
    "from": ("Beauly Heat Networks", "no-reply@ashbyhq.com"),
    "subject": "Update from Beauly Heat Networks",
    "date": "2026-04-13 09:02 +0100", "thread": "beauly",
    "text": _t,
    "html": ats_card("Beauly Heat Networks", paras(_t), "Powered by Ashby", accent="#2d6a4f"),
    "cte": "base64",
})

_t = """Dear Mr Achterberg-Nwosu,

Estimator (Building Services) - reference MCM-0926

We have now completed shortlisting for the above post, and I am writing to let you know that your name is not among those invited to interview. We will not be in contact further about this vacancy.

With thanks for your interest,

Aileen Drummond
Office Manager, Merchant City Mechanical
45 Candleriggs, Glasgow G1 1LE
"""
add({
    "kind": "rejection", "slug": "merchantcity_no_sorry_word", "lang": "en",
    "company": "Merchant City Mechanical", "contact": "aileen.drummond@merchantcitymech.example.co.uk",
    "from": ("Aileen Drummond", "aileen.drummond@merchantcitymech.example.co.uk"),
    "subject": "Estimator (Building Services) - MCM-0926",
    "date": "2026-10-05 08:57 +0100",
    "text": _t,
})

# ------------------------------------------------------------------ German

_old = """Sehr geehrte Frau Wendt,

vielen Dank für das angenehme Gespräch heute mit Ihnen und Herrn Dahlke. Die Einblicke in die Kalkulation Ihrer Sanierungsprojekte in Altona waren sehr interessant, und ich würde mich freuen, Teil Ihres Teams zu werden.

Mit freundlichen Grüßen
Callum Achterberg-Nwosu"""
_t = reply("""Sehr geehrter Herr Achterberg-Nwosu,

herzlichen Dank für Ihre freundliche Nachricht und nochmals für Ihren Besuch bei uns.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle als Kalkulator TGA (m/w/d) mit einer Bewerberin zu besetzen, die bereits mehrere Jahre Erfahrung mit deutschen Leistungsverzeichnissen und VOB-Ausschreibungen mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg in Hamburg alles Gute.

Mit freundlichen Grüßen

Katrin Wendt
Personalreferentin
Elbe Haustechnik GmbH
Große Elbstraße 145, 22767 Hamburg
Tel. +49 40 555 01 38

Elbe Haustechnik GmbH · Sitz: Hamburg · Amtsgericht Hamburg HRB 155512 · Geschäftsführer: Jens Dahlke
""", "de", "Do., 30. Apr. 2026 um 17:52", CAND_NAME, CAND_ADDR, _old)
add({
    "kind": "rejection", "slug": "elbe_absage_nach_gespraech", "lang": "de",
    "company": "Elbe Haustechnik", "contact": "k.wendt@elbe-haustechnik.example.de",
    "from": ("Katrin Wendt", "k.wendt@elbe-haustechnik.example.de"),
    "subject": "AW: Vielen Dank für das Gespräch",
    "date": "2026-05-08 14:20 +0200", "thread": "elbe",
    "text": _t,
    "cte": "base64",
})

_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihr Interesse an der Position Kalkulator Heizung/Sanitär (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Bitte haben Sie Verständnis dafür, dass wir aus Gründen der Vertraulichkeit keine individuellen Gründe nennen.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hanseatische Gebäudetechnik GmbH & Co. KG
"""
add({
    "kind": "rejection", "slug": "hanseatische_softgarden_absage", "lang": "de",
    "company": "Hanseatische Gebäudetechnik", "contact": "",
    "from": ("Hanseatische Gebäudetechnik", "noreply@softgarden.io"),
    "from_enc": ("iso-8859-1", "Q"),
    "subject": "Ihre Bewerbung als Kalkulator Heizung/Sanitär (m/w/d)",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-03-02 10:31 +0100", "thread": "hanseatische",
    "text": _t,
    "html": plain_html(paras(_t)),
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hallo Herr Achterberg-Nwosu,

ich habe heute Rückmeldung von Wärmewerk Nord zu Ihrem Gespräch am 15. Juni bekommen.

Der Kunde war von Ihrer praktischen Erfahrung angetan, hat sich aber für einen Kandidaten entschieden, der schon als Kalkulator in einem Ingenieurbüro tätig war. Für diese Stelle geht es also nicht weiter – das tut mir leid, zumal das Gespräch aus Ihrer Sicht gut lief.

Ich habe Ihr Profil bei uns aktiv gelassen und melde mich, sobald ich eine passende Position habe.

Beste Grüße
Timo Reuter
Senior Personalberater Technik
Alster Personal GmbH
Ballindamm 27, 20095 Hamburg
Mobil +49 160 555 0147
"""
add({
    "kind": "rejection", "slug": "alster_relays_waermewerk_absage", "lang": "de",
    "company": "Wärmewerk Nord", "contact": "t.reuter@alster-personal.example.de",
    "from": ("Timo Reuter", "t.reuter@alster-personal.example.de"),
    "subject": "Rückmeldung Wärmewerk Nord",
    "date": "2026-06-24 16:05 +0200", "thread": "alster",
    "text": _t,
    "cte": "8bit",
})

_t = """Sehr geehrter Herr Achterberg-Nwosu,

Sie hatten sich bei uns als Technischer Kalkulator für die Modernisierung unseres Wohnungsbestands beworben.

Wir möchten Sie darüber informieren, dass die Stelle intern besetzt wurde. Ein langjähriger Mitarbeiter aus unserer Instandhaltung übernimmt die Aufgabe. Das externe Verfahren ist damit beendet.

Wir bedanken uns für Ihr Interesse an unserer Genossenschaft.

Freundliche Grüße

i. A. Birgit Thießen
Personalabteilung
Bauverein Wilhelmsburg eG
Veringstraße 60, 21107 Hamburg
"""
add({
    "kind": "rejection", "slug": "bauverein_intern_besetzt", "lang": "de",
    "company": "Bauverein Wilhelmsburg", "contact": "b.thiessen@bauverein-wilhelmsburg.example.de",
    "from": ("Birgit Thießen", "b.thiessen@bauverein-wilhelmsburg.example.de"),
    "from_enc": ("utf-8", "B"),
    "subject": "Ihre Bewerbung – Technischer Kalkulator",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-05-27 11:40 +0200",
    "text": _t,
    "html": plain_html(paras(_t)),
})

_t = """Moin Callum,

leider wird das mit uns nix. Ich brauch doch jemanden, der die deutschen Normen aus dem Effeff kennt und gleich loslegen kann. Hätte ich dir gern anders gesagt.

Mach's gut
Hauke

--
Sanitär Brodersen · Meisterbetrieb · Fuhlsbüttler Str. 412, 22309 Hamburg · 040 555 0193
"""
add({
    "kind": "rejection", "slug": "brodersen_kurz_du", "lang": "de",
    "company": "Sanitär Brodersen", "contact": "hauke@sanitaer-brodersen.example.de",
    "from": ("Hauke Brodersen", "hauke@sanitaer-brodersen.example.de"),
    "subject": "Re: Bewerbung Kalkulation",
    "date": "2026-09-18 19:02 +0200",
    "extra_refs": ["<CAK4r-callum-brodersen-0918@mail.example.co.uk>"],
    "text": _t,
    "cte": "8bit",
})

# ------------------------------------------------------------------ French

_t = """Bonjour Monsieur Achterberg-Nwosu,

Nous vous remercions de l'intérêt que vous portez au Groupe Estuaire Bâtiment et de votre candidature au poste de Métreur-Chiffreur CVC/Plomberie (réf. 2600341).

Après une étude attentive de votre dossier, nous sommes au regret de ne pouvoir y donner une suite favorable.

Nous conservons néanmoins votre candidature dans notre vivier et nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Estuaire Bâtiment

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
add({
    "kind": "rejection", "slug": "estuaire_taleo_suite_defavorable", "lang": "fr",
    "company": "Groupe Estuaire Bâtiment", "contact": "",
    "from": ("Groupe Estuaire Bâtiment - Recrutement", "estuaire-batiment@taleo.net"),
    "from_enc": ("iso-8859-1", "Q"),
    "subject": "Votre candidature - Métreur-Chiffreur CVC/Plomberie (2600341)",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-06-12 09:14 +0200", "thread": "estuaire",
    "text": _t,
    "html": ats_card("Groupe Estuaire Bâtiment", paras(_t), "Taleo", accent="#003b5c"),
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_old = """Bonjour Madame Lacoste,

Je tenais à vous remercier, ainsi que M. Ferrand, pour l'entretien de ce matin. La présentation de vos études de prix pour le CHU m'a conforté dans mon envie de rejoindre votre bureau d'études.

Je reste à votre disposition pour tout complément.

Bien cordialement,
Callum Achterberg-Nwosu"""
_t = reply("""Bonjour Callum,

Merci pour votre message et pour le temps que vous nous avez consacré.

Nous avons finalement retenu un profil plus expérimenté en chiffrage de lots techniques, qui pourra être autonome dès la rentrée sur les appels d'offres publics. Votre parcours de terrain nous a vraiment plu, mais le timing de nos projets ne nous permet pas d'accompagner une montée en compétence pour le moment.

Je vous souhaite une belle réussite dans votre projet bordelais.

Cordialement,

Sandrine Lacoste
Responsable RH
Atlantique Fluides Ingénierie
12 quai de Bacalan, 33300 Bordeaux
Tél. : 05 56 55 01 74
""", "fr", "mar. 15 sept. 2026 à 18:31", CAND_NAME, CAND_ADDR, _old)
add({
    "kind": "rejection", "slug": "atlantique_apres_entretien", "lang": "fr",
    "company": "Atlantique Fluides Ingénierie", "contact": "s.lacoste@atlantique-fluides.example.fr",
    "from": ("Sandrine Lacoste", "s.lacoste@atlantique-fluides.example.fr"),
    "subject": "Re: Merci pour l'entretien",
    "date": "2026-09-25 15:12 +0200", "thread": "atlantique",
    "text": _t,
    "html": plain_html(paras(_t)),
    "cte": "quoted-printable",
})

_t = """Bonjour Callum,

J'ai eu le retour de Médoc Climatisation cet après-midi. Ils ne donneront pas suite : le directeur technique préfère un candidat déjà en poste dans la région et qui connaît les fournisseurs locaux.

Je sais que le rendez-vous manqué de la semaine dernière n'a pas aidé, même si vous l'avez finalement passé le lendemain. Je garde votre dossier actif et je vous rappelle dès qu'un poste de métreur se libère chez un autre client.

Bonne soirée,

Élodie Marchand
Consultante Bâtiment & Énergie
Recrutaquitaine Conseil
45 cours de l'Intendance, 33000 Bordeaux
06 55 50 12 83
"""
add({
    "kind": "rejection", "slug": "recrutaquitaine_relays_medoc", "lang": "fr",
    "company": "Médoc Climatisation", "contact": "elodie.marchand@recrutaquitaine.example.fr",
    "from": ("Élodie Marchand", "elodie.marchand@recrutaquitaine.example.fr"),
    "from_enc": ("iso-8859-1", "B"),
    "subject": "Médoc Climatisation - retour",
    "date": "2026-10-14 17:48 +0200", "thread": "recrutaquitaine",
    "text": _t,
})

_t = """Monsieur,

Vous avez postulé en août à l'offre de technicien métreur pour notre service patrimoine.

À la suite de la révision de notre plan pluriannuel de travaux, le recrutement est suspendu jusqu'à nouvel ordre et nous ne donnerons pas suite aux candidatures reçues. Nous vous remercions pour l'intérêt porté à notre organisme.

Veuillez agréer, Monsieur, nos salutations les meilleures.

Pascale Roudier
Chargée de recrutement - Service Ressources Humaines
Habitat Entre-Deux-Mers
8 avenue de la Libération, 33500 Libourne
05 57 55 04 12
"""
add({
    "kind": "rejection", "slug": "e2m_recrutement_suspendu", "lang": "fr",
    "company": "Habitat Entre-Deux-Mers", "contact": "p.roudier@habitat-e2m.example.fr",
    "from": ("Pascale Roudier", "p.roudier@habitat-e2m.example.fr"),
    "subject": "Offre technicien métreur - suspension du recrutement",
    "date": "2026-10-02 10:03 +0200",
    "html": outlook_html(mso(_t)),
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

# ------------------------------------------------------------------ Spanish

_t = """Hola Callum:

Gracias por tu interés en Cierzo Instalaciones y por presentar tu candidatura al puesto de Técnico/a de Estudios y Presupuestos – Delegación Burdeos.

Hemos revisado tu perfil con atención. Lamentamos comunicarte que en esta ocasión no has sido seleccionado para continuar en el proceso.

Te animamos a seguir consultando nuestras ofertas en el portal de empleo.

Un saludo,
Equipo de Selección
Cierzo Instalaciones, S.L.

Este es un mensaje automático. Por favor, no respondas a este correo.
"""
add({
    "kind": "rejection", "slug": "cierzo_successfactors_no_seleccionado", "lang": "es",
    "company": "Cierzo Instalaciones", "contact": "",
    "from": ("Cierzo Instalaciones - Empleo", "noreply@successfactors.eu"),
    "subject": "Tu candidatura: Técnico/a de Estudios y Presupuestos",
    "date": "2026-05-15 08:45 +0200", "thread": "cierzo",
    "text": _t,
    "html": ats_card("Cierzo Instalaciones", paras(_t), "SAP SuccessFactors", accent="#8a1c1c"),
})

_old = """Hola Begoña:

Muchas gracias por la videollamada de esta mañana. Me ha gustado mucho conocer cómo preparáis las ofertas para las obras de Burdeos y Toulouse.

Quedo a vuestra disposición.

Un saludo,
Callum"""
_t = reply("""Hola Callum:

Gracias a ti por tu interés y por tu mensaje tan amable.

Te escribo para contarte que hemos cerrado el proceso y nos hemos decantado por otra persona que ya trabajaba con presupuestos de climatización en Francia. Sé que no es la respuesta que esperabas; tu experiencia en obra nos pareció muy valiosa.

Si más adelante abrimos otra plaza en la oficina de Burdeos, me acordaré de ti.

Un abrazo,

Begoña Larrañaga
Responsable de Personas
Estudios Técnicos Ebro
Paseo de la Independencia 21, 50001 Zaragoza
Tel. 976 555 014
""", "es", "lun, 20 jul 2026 a las 12:05", "Callum Achterberg-Nwosu", CAND_ADDR, _old)
add({
    "kind": "rejection", "slug": "ebro_tras_videollamada", "lang": "es",
    "company": "Estudios Técnicos Ebro", "contact": "blarranaga@estudiosebro.example.es",
    "from": ("Begoña Larrañaga", "blarranaga@estudiosebro.example.es"),
    "subject": "Re: Gracias por la entrevista",
    "date": "2026-07-28 13:36 +0200", "thread": "ebro",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hola Callum,

Te escribo desde Talento Cantábrico para darte el feedback sobre el puesto de estimador de instalaciones que te presentamos el mes pasado.

Nuestro cliente ha decidido seguir adelante con otros perfiles que encajan mejor con lo que buscan en esta fase del proyecto, así que tu candidatura no continúa. Quiero agradecerte tu disponibilidad durante todo el proceso.

Seguimos teniendo tu CV en nuestra base de datos.

Saludos cordiales,

Marta Gutiérrez Solana
Consultora Senior · Ingeniería e Instalaciones
Talento Cantábrico
C/ Hernán Cortés 39, 39003 Santander
+34 942 555 031
"""
add({
    "kind": "rejection", "slug": "talento_cliente_sin_nombre", "lang": "es",
    "company": "Talento Cantábrico", "contact": "marta.gutierrez@talentocantabrico.example.es",
    "from": ("Marta Gutiérrez Solana", "marta.gutierrez@talentocantabrico.example.es"),
    "subject": "Feedback proceso estimador de instalaciones",
    "date": "2026-04-09 12:20 +0200", "thread": "talento",
    "text": _t,
    "html": plain_html(paras(_t)),
    "cte": "base64",
})

_fwd = forwarded("es", "Vicente Soler <vsoler@montajesturia.example.es>", "lun, 19 oct 2026, 9:12",
                 "vacante estimador", "Nuria Peris <nuria.peris@montajesturia.example.es>",
                 """Nuria, dile a tu amigo el escocés que la plaza de estimador se queda en el aire, que este año no se abre.""")
_t = f"""Oye Callum,

te reenvío lo que me ha dicho Vicente esta mañana. Al final no abren la vacante de estimador este año, así que lo tuyo con nosotros se queda aquí. Una pena, porque te veía encajando genial en la oficina.

Si me entero de algo en otra empresa te aviso.

Besos,
Nuria

{_fwd}"""
add({
    "kind": "rejection", "slug": "turia_colega_reenvio", "lang": "es",
    "company": "Montajes Turia", "contact": "nuria.peris@montajesturia.example.es",
    "from": ("Nuria Peris", "nuria.peris@montajesturia.example.es"),
    "subject": "Fwd: vacante estimador",
    "date": "2026-10-19 10:03 +0200",
    "text": _t,
    "cte": "8bit",
})

assert len(MESSAGES) == 31, len(MESSAGES)
