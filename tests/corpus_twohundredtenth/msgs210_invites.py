"""Corpus 210: interview invitations (26), reschedules and cancellations (15) and missed
interview notices (10), hand-written one by one."""

from __future__ import annotations

from msgs210_common import (
    ats_card,
    mso,
    outlook,
    outlook_html,
    paras,
    plain_html,
    quote,
    reply,
    wrote,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

GRANITE = ("Eilidh Grant", "eilidh.grant@granitecitymech.example.co.uk")
LAGAN = ("Ciara Devlin", "ciara.devlin@laganvalley.example.co.uk")
ELBE = ("Katrin Wendt", "k.wendt@elbe-haustechnik.example.de")
NERVION = ("Ainhoa Etxeberria", "ainhoa.etxeberria@ingenieria-nervion.example.es")

# ================================================================== invitations, English

_t = """Dear Callum,

Thank you for your application for the Assistant Estimator (Mechanical) role. We enjoyed reading about your ten years on the tools and would like to invite you to a panel interview.

Date: Thursday 5 March 2026
Time: 10:00 - 11:00
Place: Granite City Mechanical, 21 Wellington Circle, Altens, Aberdeen AB12 3JG
Panel: Eilidh Grant (HR Manager), Bruce Henderson (Chief Estimator), Kirsty Low (Commercial Manager)

Bruce will give you a one-page schedule of a small domestic heating job and ask you to talk through how you would price it - no calculator wizardry needed, we want to hear how you think.

Please accept the calendar invitation to confirm, or let me know if the time doesn't suit.

Kind regards,

Eilidh Grant
HR Manager
Granite City Mechanical Ltd
21 Wellington Circle, Altens, Aberdeen AB12 3JG
Direct: 01224 555 0321
"""
add({
    "kind": "interview_invitation", "slug": "granite_panel_calendar_request", "lang": "en",
    "company": "Granite City Mechanical", "contact": GRANITE[1],
    "from": GRANITE,
    "subject": "Interview invitation - Assistant Estimator (Mechanical)",
    "date": "2026-02-24 14:22 +0000", "thread": "granite",
    "text": _t, "html": outlook_html(mso(_t)),
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000012AB55GRANITE",
                "seq": 0, "start": "2026-03-05 10:00 +0000", "mins": 60,
                "summary": "Interview: Callum Achterberg-Nwosu - Assistant Estimator (Mechanical)",
                "location": "Granite City Mechanical, 21 Wellington Circle, Altens, Aberdeen",
                "organizer": GRANITE, "description": "Panel interview with pricing discussion."}],
})

_t = """Dear Callum,

Thank you for applying for the post of Trainee Estimator (Planned Maintenance) with Taybridge Housing Association.

I am pleased to invite you to an interview, which will be held on Microsoft Teams on Tuesday 10 February at 11:00. The panel will be Graeme Bell (Asset Manager) and myself, and the interview will last about 45 minutes.

Join the meeting here:
https://teams.example.com/l/meetup-join/19%3ameeting_TaybridgeHA_0210

Please reply to confirm you are able to attend, and let me know if you need any adjustments.

Kind regards,

Morag Lindsay
HR Business Partner
Taybridge Housing Association
14 Riverside Drive, Dundee DD1 4XB
01382 555 0147
"""
add({
    "kind": "interview_invitation", "slug": "taybridge_teams_interview", "lang": "en",
    "company": "Taybridge Housing Association", "contact": "morag.lindsay@taybridgeha.example.co.uk",
    "from": ("Morag Lindsay", "morag.lindsay@taybridgeha.example.co.uk"),
    "subject": "Trainee Estimator (Planned Maintenance) - your application",
    "date": "2026-02-03 12:08 +0000", "thread": "taybridge",
    "text": _t,
})

_t = """Hi Callum,

I'm Ingrid, and I look after recruitment at Fjordvarme in Oslo. Thanks for applying for our Estimator, HVAC and Plumbing position - your background installing heat pumps caught the eye of our estimating lead.

Could we have a 20-minute phone call this Wednesday, 13 May, at 10:00 UK time (11:00 here)? I'll ring you on the mobile number from your CV. If that doesn't work, just suggest another time on Wednesday or Thursday.

Best regards,
Ingrid Solberg
Recruiter | Fjordvarme AS
Drammensveien 130, 0277 Oslo
+47 22 55 50 19
"""
add({
    "kind": "interview_invitation", "slug": "fjordvarme_phone_screen", "lang": "en",
    "company": "Fjordvarme", "contact": "ingrid.solberg@fjordvarme.example.no",
    "from": ("Ingrid Solberg", "ingrid.solberg@fjordvarme.example.no"),
    "subject": "Phone call about the Estimator role in Oslo",
    "date": "2026-05-11 09:34 +0200", "thread": "fjord",
    "text": _t, "html": plain_html(paras(_t)),
})

_t = """Hi Callum,

Great news - Clydeside Building Services would like to meet you for the Estimator role. They've pencilled in Tuesday 7 April at 2pm at their Govan office with Hugh Lennox (Estimating Manager) and Priya Sandhu from HR.

Address: Clydeside Building Services, 310 Helen Street, Glasgow G51 3HR. Parking is in the yard at the back; sign in at reception.

Bring a copy of your CV and have a think about a recent job where you priced the materials yourself.

Give me a ring after and let me know how it went.

Cheers,
Declan

Declan Moffat
Senior Consultant - Building Services
Northstar Technical Recruitment
Suite 4, 90 West George Street, Glasgow G2 1PJ
M: 07700 900 612
"""
add({
    "kind": "interview_invitation", "slug": "northstar_sets_client_interview", "lang": "en",
    "company": "Clydeside Building Services", "contact": "declan.moffat@northstar-tr.example.co.uk",
    "from": ("Declan Moffat", "declan.moffat@northstar-tr.example.co.uk"),
    "subject": "Interview with Clydeside Building Services - Estimator",
    "date": "2026-04-01 16:02 +0100", "thread": "northstar",
    "text": _t,
})

_t = """Hi Callum,

Thanks for applying to the Trainee Estimator role at Dalriada Building Services. We'd love to set up a 45-minute video interview with Shona MacPhail, our Head of Estimating.

Please use the link below to pick a time that works for you. Slots are available over the next two weeks.

Choose your interview time:
https://app.greenhouse.example.io/scheduling/select/8f3a71c2-dalriada

If none of the times work, just reply to this email and we'll find another.

Thanks,
Kenny Baird
Recruiting Coordinator, Dalriada Building Services
"""
add({
    "kind": "interview_invitation", "slug": "dalriada_greenhouse_pick_a_time", "lang": "en",
    "company": "Dalriada Building Services", "contact": "kenny.baird@dalriada-bs.example.co.uk",
    "from": ("Kenny Baird via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Kenny Baird", "kenny.baird@dalriada-bs.example.co.uk"),
    "subject": "Schedule your interview with Dalriada Building Services",
    "date": "2026-05-04 10:19 +0100", "thread": "dalriada",
    "text": _t,
    "html": ats_card("Dalriada Building Services", paras(_t), "Sent via Greenhouse", accent="#24a47f"),
})

_t = """Dear Callum,

Estimator (Building Services) - ref SC/PR/0412

I am pleased to let you know that you have been shortlisted for the above post and I would like to invite you to our assessment centre on Wednesday 22 April 2026 at Council Headquarters, Glenurquhart Road, Inverness.

The day will run from 09:30 to 15:00 and will include:
- a 40-minute numerical reasoning test;
- a measurement and take-off exercise from a set of mechanical drawings;
- a group exercise on prioritising a planned maintenance programme;
- a competency-based interview with the Property Services Manager.

Please bring photographic identification and your calculator. Lunch will be provided.

Please confirm your attendance by replying to this email by Friday 10 April.

Yours sincerely,

Lorna Urquhart
Recruitment Adviser
Strathnairn Council | Council Headquarters, Glenurquhart Road, Inverness IV3 5NX
Tel: 01463 555 0283

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error please notify the sender and delete it. Strathnairn Council may monitor email traffic data and content.
"""
add({
    "kind": "interview_invitation", "slug": "strathnairn_assessment_centre", "lang": "en",
    "company": "Strathnairn Council", "contact": "lorna.urquhart@strathnairn.example.gov.uk",
    "from": ("Lorna Urquhart", "lorna.urquhart@strathnairn.example.gov.uk"),
    "subject": "Assessment centre - Estimator (Building Services)",
    "date": "2026-04-08 14:51 +0100", "thread": "strathnairn",
    "text": _t,
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "sc-ac-20260422-estimator@strathnairn.example.gov.uk",
                "seq": 0, "start": "2026-04-22 09:30 +0100", "mins": 330,
                "summary": "Assessment centre - Estimator (Building Services)",
                "location": "Council Headquarters, Glenurquhart Road, Inverness",
                "organizer": ("Lorna Urquhart", "lorna.urquhart@strathnairn.example.gov.uk"),
                "inline": False, "file": True}],
})

_t = """Hi Callum,

Good to get your email and CV last week. Before we sit down for a formal chat, I'd like you to come and spend a day with Fiona in our estimating office - a paid trial day, so you see what the job really is and we see how you get on.

How about Tuesday 10 February, 8:30 to 4:30, at the yard in Ellon (Unit 12, Cromleybank Industrial Estate, AB41 9EE)? Fiona will have you pricing a boiler swap and a small commercial washroom from real enquiries. We'll pay the day at £120.

Let me know if that date works.

Regards,
Graham Will
Director
Ythan Heating Contractors
01358 555 0276
"""
add({
    "kind": "interview_invitation", "slug": "ythan_paid_trial_day", "lang": "en",
    "company": "Ythan Heating Contractors", "contact": "graham.will@ythanheating.example.co.uk",
    "from": ("Graham Will", "graham.will@ythanheating.example.co.uk"),
    "subject": "Re: Application - Trainee Estimator",
    "date": "2026-02-02 07:58 +0000", "thread": "ythan",
    "text": _t,
})

_t = """Hi Callum,

Rob here from Kerr & Stewart - we spoke briefly at the CITB open evening. Your CV's come through to me from Jill.

Are you free Thursday to chat? Nothing formal, just a coffee at our place on South Tay Street and a look at what the estimating side involves. Say 4pm?

Rob

Rob Kerr
Estimating Director
Kerr & Stewart Building Services
6 South Tay Street, Dundee DD1 1NU
07700 900 559
"""
add({
    "kind": "interview_invitation", "slug": "kerr_free_thursday_chat", "lang": "en",
    "company": "Kerr & Stewart Building Services", "contact": "rob.kerr@kerrstewart.example.co.uk",
    "from": ("Rob Kerr", "rob.kerr@kerrstewart.example.co.uk"),
    "subject": "Thursday?",
    "date": "2026-03-09 13:27 +0000", "thread": "kerr",
    "text": _t,
    "cte": "quoted-printable",
})

_t = """Hi Callum,

Thank you for applying for the Assistant Estimator role. We'd like to invite you to an interview at our Lisburn office:

When: Thursday 11 June 2026, 10:00 - 11:00 (BST)
Where: Lagan Valley Contractors, Unit 7 Ballinderry Road Business Park, Lisburn BT28 2SA
Who: Conor Magee (Senior Estimator) and me

There's a calendar invite attached - please accept it or let me know if the time is difficult.

Kind regards,
Ciara Devlin
People Team Lead | Lagan Valley Contractors
T: 028 9555 0164
"""
add({
    "kind": "interview_invitation", "slug": "lagan_invite_google_ics", "lang": "en",
    "company": "Lagan Valley Contractors", "contact": LAGAN[1],
    "from": LAGAN,
    "subject": "Invitation: Interview - Assistant Estimator @ Thu 11 Jun 2026 10:00 - 11:00 (BST)",
    "date": "2026-06-02 15:30 +0100", "thread": "lagan",
    "text": _t, "html": plain_html(paras(_t)),
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "7kq2ob1l9lagan0611@google.com",
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
                "seq": 0, "start": "2026-06-11 10:00 +0100", "mins": 60,
                "summary": "Interview - Assistant Estimator",
                "location": "Lagan Valley Contractors, Unit 7 Ballinderry Road Business Park, Lisburn",
                "organizer": LAGAN, "file": True, "cte": "7bit"}],
})

_t = """Hi Callum,

Quayside Facilities Management would like to invite you to an interview for the Building Services Estimator position.

Please select a time using the link below. The interview will take place in person at our Newcastle office and will last approximately one hour.

Select an interview slot:
https://jobs.smartrecruiters.example.com/QuaysideFM/interview/3b91f

If you have any questions, reply to this message and Lewis Armstrong from our talent team will get back to you.

Kind regards,
Quayside Facilities Management
"""
add({
    "kind": "interview_invitation", "slug": "quayside_smartrecruiters_select_slot", "lang": "en",
    "company": "Quayside Facilities Management", "contact": "lewis.armstrong@quaysidefm.example.co.uk",
    "from": ("Quayside Facilities Management", "noreply@smartrecruiters.com"),
    "reply_to": ("Lewis Armstrong", "lewis.armstrong@quaysidefm.example.co.uk"),
    "subject": "Interview request: Building Services Estimator",
    "date": "2026-07-15 11:45 +0100", "thread": "quayside",
    "html": ats_card("Quayside Facilities Management", paras(_t), "Powered by SmartRecruiters", accent="#3a3a8c"),
})

_t = """Dear Callum,

Thank you for your interest in Junior Estimator - Mechanical Services (req 2026-1187) at Hadrian Energy Services.

The hiring team would like you to complete a recorded video interview as the next step. It consists of five questions; you will have two minutes to prepare and three minutes to answer each one.

Please complete the video interview by Monday 1 June 2026, 23:59 BST:
https://careers-hadrianenergy.icims.com/jobs/video/2026-1187

Good luck!
Hadrian Energy Services Talent Acquisition
"""
add({
    "kind": "interview_invitation", "slug": "hadrian_icims_video_interview", "lang": "en",
    "company": "Hadrian Energy Services", "contact": "",
    "from": ("Hadrian Energy Services Careers", "do-not-reply@icims.com"),
    "subject": "Next step: video interview for Junior Estimator - Mechanical Services",
    "date": "2026-05-26 10:00 -0400", "thread": "hadrian",
    "text": _t,
    "html": ats_card("Hadrian Energy Services", paras(_t), "This message was sent by iCIMS on behalf of Hadrian Energy Services.", accent="#7a1f1f"),
})

_old = """Hi Callum,

Thanks for applying for the Estimator (Mechanical & Plumbing) position at Kessock Building Services. We've received your application and our team will review it. If your experience matches what we're looking for, someone will be in touch.

Kessock Building Services"""
_t = reply("""Hi Callum,

I've had a look through your application and I'd like to have a chat with you on the phone - half an hour, mostly about the jobs you've done and what draws you to estimating.

Would Thursday 27 August at 9am work? I'll call you on 07700 900 418 unless you'd like me to use another number.

Thanks,
Donald Fraser
Operations Manager
Kessock Building Services
Longman Drive, Inverness IV1 1SU
01463 555 0390
""", "en", "Mon, 17 Aug 2026 at 08:15", "Kessock Building Services", "noreply@workablemail.com", _old)
add({
    "kind": "interview_invitation", "slug": "kessock_phone_chat_quoted_ack", "lang": "en",
    "company": "Kessock Building Services", "contact": "donald.fraser@kessockbs.example.co.uk",
    "from": ("Donald Fraser - Kessock Building Services", "kessock-building-services@workablemail.com"),
    "reply_to": ("Donald Fraser", "donald.fraser@kessockbs.example.co.uk"),
    "subject": "Re: Estimator (Mechanical & Plumbing) - Kessock Building Services",
    "date": "2026-08-24 14:40 +0100", "thread": "kessock",
    "text": _t,
})

_t = """Dear Callum,

Thank you for meeting Eilean Rutherford and me last week. We'd like to invite you back for a second interview for the Building Services Estimator role.

Thursday 9 July 2026, 13:30 to 15:30, at Seabraes House, 18 Greenmarket, Dundee.

The first hour will be a take-off exercise: we'll give you the mechanical drawings and specification for a small leisure centre refurbishment and ask you to prepare a priced summary. The second hour is a discussion of your pricing with me and Mhairi Kemp, our commercial director.

Please let Eilean know by return whether you can attend.

Best wishes,

Alasdair Finnie CEng MCIBSE
Associate Director \u2013 Building Services
Forth & Tay Consulting Engineers
Seabraes House, 18 Greenmarket, Dundee DD1 4QB
T 01382 555 0661
"""
add({
    "kind": "interview_invitation", "slug": "forthtay_second_interview", "lang": "en",
    "company": "Forth & Tay Consulting Engineers", "contact": "eilean.rutherford@forthtay.example.co.uk",
    "from": ("Alasdair Finnie", "alasdair.finnie@forthtay.example.co.uk"),
    "reply_to": ("Eilean Rutherford", "eilean.rutherford@forthtay.example.co.uk"),
    "cc": [("Eilean Rutherford", "eilean.rutherford@forthtay.example.co.uk")],
    "subject": "Second interview \u2013 Building Services Estimator",
    "subj_enc": ("windows-1252", "Q"),
    "date": "2026-06-29 10:22 +0100", "thread": "forthtay",
    "text": _t, "html": outlook_html(mso(_t)),
    "charset": "windows-1252", "cte": "quoted-printable",
})

_t = """Hi Callum,

Thanks for sending your CV through to Pentland Talent. I'm working on an Estimator (Mechanical) vacancy for a well-established building services contractor in Aberdeen - I can't name them just yet, but they're keen on people who have come up through the trade.

Could I give you a quick call tomorrow (Thursday) around 12:30 to run through your experience and what you're looking for? It would take about 15 minutes. If that's awkward on site, send me a better time.

Many thanks,
Isla Cameron
Recruitment Consultant - Construction & Engineering
Pentland Talent
16 Melville Street, Edinburgh EH3 7NS
0131 555 0827
"""
add({
    "kind": "interview_invitation", "slug": "pentland_phone_screen_unnamed_client", "lang": "en",
    "company": "Pentland Talent", "contact": "isla.cameron@pentlandtalent.example.co.uk",
    "from": ("Isla Cameron", "isla.cameron@pentlandtalent.example.co.uk"),
    "subject": "Quick call about the Estimator (Mechanical) role?",
    "date": "2026-09-16 17:31 +0100", "thread": "pentland",
    "text": _t,
    "html": plain_html(paras(_t)),
})

_t = """Hi Callum,

Thank you for applying for the Estimator - Planned Works position with Stonehaven Property Services. We would like to invite you to an interview with our Property Manager, Euan Duncan.

Date: Tuesday 8 September 2026
Time: 3:30pm
Location: 2 Allardice Street, Stonehaven AB39 2BU

Please reply to confirm or let Euan know if you need a different time.

Best regards,
Stonehaven Property Services Hiring Team
"""
add({
    "kind": "interview_invitation", "slug": "stonehaven_bamboohr_interview", "lang": "en",
    "company": "Stonehaven Property Services", "contact": "euan.duncan@stonehavenps.example.co.uk",
    "from": ("Stonehaven Property Services", "notifications@bamboohr.com"),
    "reply_to": ("Euan Duncan", "euan.duncan@stonehavenps.example.co.uk"),
    "subject": "Interview invitation: Estimator - Planned Works",
    "date": "2026-09-01 09:05 +0100", "thread": "stonehaven",
    "text": _t,
    "html": ats_card("Stonehaven Property Services", paras(_t), "Sent with BambooHR", accent="#73c41d"),
})

# ================================================================== invitations, German

_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Kalkulator TGA (m/w/d). Ihr Werdegang vom Anlagenmechaniker in die Kalkulation hat uns neugierig gemacht, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Mittwoch, 29. April 2026, 10:00 Uhr
Elbe Haustechnik GmbH, Große Elbstraße 145, 22767 Hamburg
Gesprächspartner: Jens Dahlke (Geschäftsführer) und Katrin Wendt (Personal)

Das Gespräch kann auf Englisch beginnen; ein Teil wird auf Deutsch stattfinden. Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung.

Mit freundlichen Grüßen

Katrin Wendt
Personalreferentin
Elbe Haustechnik GmbH
Große Elbstraße 145, 22767 Hamburg
Tel. +49 40 555 01 38
"""
add({
    "kind": "interview_invitation", "slug": "elbe_einladung_kalender", "lang": "de",
    "company": "Elbe Haustechnik", "contact": ELBE[1],
    "from": ELBE,
    "subject": "Einladung zum Vorstellungsgespräch – Kalkulator TGA (m/w/d)",
    "date": "2026-04-21 11:17 +0200", "thread": "elbe",
    "text": _t, "html": outlook_html(mso(_t)),
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000ELBE0429",
                "seq": 0, "start": "2026-04-29 10:00 +0200", "mins": 75,
                "summary": "Vorstellungsgespräch Callum Achterberg-Nwosu – Kalkulator TGA",
                "location": "Elbe Haustechnik, Große Elbstraße 145, Hamburg",
                "organizer": ELBE}],
})

_t = """Hallo Herr Achterberg-Nwosu,

wie besprochen habe ich Ihr Profil an Wärmewerk Nord weitergeleitet, und der Kunde möchte Sie kennenlernen!

Termin: Montag, 15. Juni 2026, 14:00 Uhr
Ort: Wärmewerk Nord, Hammerbrookstraße 90, 20097 Hamburg (Empfang im 3. OG)
Gesprächspartner: Frau Sievers (Leitung Kalkulation) und Herr Okafor (Personal)

Planen Sie etwa eine Stunde ein. Ich rufe Sie am Freitag noch einmal zur Vorbereitung an.

Beste Grüße
Timo Reuter
Senior Personalberater Technik
Alster Personal GmbH
Ballindamm 27, 20095 Hamburg
Mobil +49 160 555 0147
"""
add({
    "kind": "interview_invitation", "slug": "alster_kundentermin_waermewerk", "lang": "de",
    "company": "Wärmewerk Nord", "contact": "t.reuter@alster-personal.example.de",
    "from": ("Timo Reuter", "t.reuter@alster-personal.example.de"),
    "subject": "Ihr Vorstellungstermin bei Wärmewerk Nord",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-06-08 10:44 +0200", "thread": "alster",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hallo Callum,

danke für Deine Bewerbung! Bei uns läuft es so: Bevor wir über einen Vertrag reden, kommst Du einen Tag zum Probearbeiten ins Büro und schaust unserem Kalkulator Sven über die Schulter.

Wie wäre Mittwoch, der 12. August? Wir fangen um 7 Uhr an, Ende gegen 15:30 Uhr. Adresse: Klimatechnik Bergedorf, Curslacker Neuer Deich 38, 21029 Hamburg. Arbeitsschuhe brauchst Du nicht, wir gehen nachmittags nur kurz auf eine Baustelle in Lohbrügge.

Gib kurz Bescheid, ob das passt.

Viele Grüße
Melanie Krüger
Büroleitung
Klimatechnik Bergedorf GmbH
Tel. 040 555 02 17
"""
add({
    "kind": "interview_invitation", "slug": "bergedorf_probearbeitstag", "lang": "de",
    "company": "Klimatechnik Bergedorf", "contact": "m.krueger@klimatechnik-bergedorf.example.de",
    "from": ("Melanie Krüger", "m.krueger@klimatechnik-bergedorf.example.de"),
    "from_enc": ("iso-8859-1", "Q"),
    "subject": "Re: Bewerbung als Kalkulator (m/w/d)",
    "date": "2026-08-04 08:12 +0200", "thread": "bergedorf",
    "text": _t,
    "cte": "8bit",
})

_t = """Hallo Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Kalkulator Facility Services (m/w/d) bei der Hafencity Facility Services GmbH.

Wir möchten Sie gern zu einem ersten Videointerview (ca. 30 Minuten) mit Herrn Lars Petersen, Leiter Technisches Gebäudemanagement, einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://hafencity-fs.jobs.personio.example.de/interview/slot/5521

Bei Fragen erreichen Sie mich direkt unter dieser Adresse.

Viele Grüße
Jana Oltmanns
HR Recruiting
"""
add({
    "kind": "interview_invitation", "slug": "hafencity_personio_videointerview", "lang": "de",
    "company": "Hafencity Facility Services", "contact": "jana.oltmanns@hafencity-fs.example.de",
    "from": ("Jana Oltmanns | Hafencity Facility Services", "no-reply@personio.de"),
    "reply_to": ("Jana Oltmanns", "jana.oltmanns@hafencity-fs.example.de"),
    "subject": "Einladung zum Videointerview",
    "date": "2026-09-07 13:02 +0200", "thread": "hafencity",
    "text": _t,
    "html": ats_card("Hafencity Facility Services", paras(_t), "Versendet über Personio", accent="#0d3b66"),
})

# ================================================================== invitations, French

_t = """Bonjour Monsieur Achterberg-Nwosu,

Suite à l'examen de votre candidature pour le poste de Chiffreur CVC - Plomberie, nous avons le plaisir de vous convier à un entretien.

Date : mercredi 8 juillet 2026 à 10h00
Lieu : Garonne Génie Climatique, 27 rue Lucien Faure, 33300 Bordeaux
Interlocuteurs : M. Olivier Duprat, responsable du bureau d'études, et moi-même

L'entretien durera environ une heure et pourra se dérouler en partie en anglais. Merci de bien vouloir me confirmer votre présence.

Bien cordialement,

Camille Vidal
Chargée de recrutement
Garonne Génie Climatique
27 rue Lucien Faure, 33300 Bordeaux
05 56 55 02 46
"""
add({
    "kind": "interview_invitation", "slug": "garonne_convocation_entretien", "lang": "fr",
    "company": "Garonne Génie Climatique", "contact": "c.vidal@garonne-gc.example.fr",
    "from": ("Camille Vidal", "c.vidal@garonne-gc.example.fr"),
    "subject": "Entretien - Chiffreur CVC / Plomberie",
    "date": "2026-07-01 16:20 +0200", "thread": "garonne",
    "text": _t, "html": plain_html(paras(_t)),
    "cte": "quoted-printable",
})

_t = """Bonjour Callum,

Votre profil a retenu notre attention pour le poste de Métreur - Économiste fluides. Comme pour tous nos recrutements au bureau d'études, nous vous proposons une demi-journée en deux temps :

1. une épreuve de chiffrage (2 h) : métré et estimation d'un lot plomberie-sanitaire à partir de plans d'un petit collège ;
2. un entretien avec Mme Aurélie Castaing, directrice technique.

Rendez-vous le jeudi 25 juin à 9h00 à notre agence de Mérignac, 14 avenue de Magudas. Pensez à apporter une calculatrice ; un poste avec le logiciel de métré sera mis à disposition.

Pourriez-vous me confirmer votre venue ?

Cordialement,
Thomas Bergès
Assistant RH - Bastide Énergies
06 55 50 33 91
"""
add({
    "kind": "interview_invitation", "slug": "bastide_epreuve_chiffrage", "lang": "fr",
    "company": "Bastide Énergies", "contact": "thomas.berges@bastide-energies.example.fr",
    "from": ("Thomas Bergès", "thomas.berges@bastide-energies.example.fr"),
    "from_enc": ("utf-8", "B"),
    "subject": "Épreuve de chiffrage et entretien - Métreur",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-06-15 11:05 +0200", "thread": "bastide",
    "text": _t, "html": outlook_html(mso(_t)),
    "cte": "base64",
})

_t = """Bonjour Callum,

Bonne nouvelle : Médoc Climatisation souhaite vous rencontrer pour le poste de métreur-chiffreur que je vous ai présenté.

L'entretien aura lieu en visio (Teams) le mardi 6 octobre à 10h00 avec M. Guilhem Sarrazin, directeur technique. Le lien vous sera envoyé directement par leur assistante la veille.

Je vous appelle lundi pour le préparer ensemble.

Bonne journée,

Élodie Marchand
Consultante Bâtiment & Énergie
Recrutaquitaine Conseil
06 55 50 12 83
"""
add({
    "kind": "interview_invitation", "slug": "recrutaquitaine_entretien_client", "lang": "fr",
    "company": "Médoc Climatisation", "contact": "elodie.marchand@recrutaquitaine.example.fr",
    "from": ("Élodie Marchand", "elodie.marchand@recrutaquitaine.example.fr"),
    "subject": "Entretien avec Médoc Climatisation",
    "date": "2026-09-29 12:41 +0200", "thread": "recrutaquitaine",
    "text": _t,
})

_t = """Salut Callum,

Sandrine m'a transmis ton CV. Tu es dispo jeudi 3 septembre vers 14h pour un petit appel d'une demi-heure ? Je voudrais qu'on parle de ton expérience chantier et de ce que tu cherches côté chiffrage. Si c'est bon, je t'appelle sur ton portable.

À jeudi j'espère,
Nicolas Ferrand
Responsable bureau d'études
Atlantique Fluides Ingénierie
"""
add({
    "kind": "interview_invitation", "slug": "atlantique_petit_appel", "lang": "fr",
    "company": "Atlantique Fluides Ingénierie", "contact": "n.ferrand@atlantique-fluides.example.fr",
    "from": ("Nicolas Ferrand", "n.ferrand@atlantique-fluides.example.fr"),
    "subject": "Petit appel jeudi ?",
    "date": "2026-08-31 18:09 +0200", "thread": "atlantique",
    "text": _t,
    "cte": "8bit",
})

# ================================================================== invitations, Spanish

_t = """Hola Callum:

Gracias por tu candidatura al puesto de Técnico de Ofertas de Instalaciones para nuestra obra de Burdeos. Nos gustaría conocerte en una entrevista por Teams.

Fecha: martes 18 de agosto de 2026
Hora: 11:00 (hora peninsular) / 10:00 en Reino Unido
Con: Ainhoa Etxeberria (Selección) e Iker Zubizarreta (Jefe de Estudios)

Te adjuntamos la convocatoria de calendario con el enlace. La entrevista será en inglés y en castellano.

Un saludo,

Ainhoa Etxeberria
Técnica de Selección
Ingeniería Nervión, S.A.
Alameda de Urquijo 28, 48008 Bilbao
+34 944 555 027
"""
add({
    "kind": "interview_invitation", "slug": "nervion_entrevista_teams", "lang": "es",
    "company": "Ingeniería Nervión", "contact": NERVION[1],
    "from": NERVION,
    "subject": "Entrevista – Técnico de Ofertas de Instalaciones (Burdeos)",
    "date": "2026-08-10 09:30 +0200", "thread": "nervion",
    "text": _t, "html": outlook_html(mso(_t)),
    "cte": "base64",
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000NERVION0818",
                "seq": 0, "start": "2026-08-18 11:00 +0200", "mins": 45,
                "summary": "Entrevista Callum Achterberg-Nwosu – Técnico de Ofertas",
                "location": "Microsoft Teams",
                "organizer": NERVION}],
})

_t = """Hola Callum:

Soy Begoña, de Personas en Estudios Técnicos Ebro. Hemos visto tu CV para la plaza de técnico de presupuestos en nuestra oficina de Burdeos y nos encantaría hablar contigo.

¿Te vendría bien una videollamada el lunes 20 de julio a las 10:00 (hora de Madrid)? Sería con Álvaro Gimeno, el responsable de la oficina, y conmigo. Unos 40 minutos.

Si te cuadra, te mando el enlace de Google Meet.

Un saludo,
Begoña Larrañaga
Responsable de Personas · Estudios Técnicos Ebro
Tel. 976 555 014
"""
add({
    "kind": "interview_invitation", "slug": "ebro_videollamada", "lang": "es",
    "company": "Estudios Técnicos Ebro", "contact": "blarranaga@estudiosebro.example.es",
    "from": ("Begoña Larrañaga", "blarranaga@estudiosebro.example.es"),
    "from_enc": ("iso-8859-1", "Q"),
    "subject": "Videollamada plaza técnico de presupuestos",
    "date": "2026-07-13 17:02 +0200", "thread": "ebro",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hola Callum,

¡Gracias por aplicar a Estimador/a de Instalaciones – Proyecto Burdeos en Tecnoclima Levante!

Nos gustaría que pasaras a la siguiente fase: una prueba técnica corta (medición de un plano de fontanería, 45 minutos) seguida de una entrevista con nuestro equipo de estudios.

Fecha propuesta: jueves 8 de octubre, 10:00 (CEST), por videollamada.

Confirma tu asistencia o propón otra hora respondiendo a este correo; lo recibirá directamente Raquel Moll.

¡Hasta pronto!
El equipo de Tecnoclima Levante
"""
add({
    "kind": "interview_invitation", "slug": "tecnoclima_teamtailor_prueba_entrevista", "lang": "es",
    "company": "Tecnoclima Levante", "contact": "raquel.moll@tecnoclima-levante.example.es",
    "from": ("Tecnoclima Levante", "no-reply@teamtailor-mail.com"),
    "reply_to": ("Raquel Moll", "raquel.moll@tecnoclima-levante.example.es"),
    "subject": "Siguiente fase: prueba técnica y entrevista",
    "date": "2026-10-01 12:15 +0200", "thread": "tecnoclima",
    "text": _t,
    "html": ats_card("Tecnoclima Levante", paras(_t), "Enviado con Teamtailor", accent="#e76f51"),
})

# ================================================================== reschedules and cancellations

_t = """Dear Callum,

I'm afraid we need to move your interview. Bruce has been called to a tender clarification meeting with a client on Thursday morning that we can't shift.

Could you do Friday 6 March at 14:00 instead? Same place and same panel. I've updated the calendar invitation - please accept the new time if it suits, or let me know and we'll find an alternative.

Apologies for the change.

Kind regards,

Eilidh Grant
HR Manager
Granite City Mechanical Ltd
Direct: 01224 555 0321
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "granite_moved_sequence_bump", "lang": "en",
    "company": "Granite City Mechanical", "contact": GRANITE[1],
    "from": GRANITE,
    "subject": "Updated invitation: Interview - Assistant Estimator (Mechanical) - now Fri 6 March 14:00",
    "date": "2026-03-02 09:10 +0000", "thread": "granite",
    "text": _t, "html": outlook_html(mso(_t)),
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000012AB55GRANITE",
                "seq": 1, "start": "2026-03-06 14:00 +0000", "mins": 60,
                "summary": "Interview: Callum Achterberg-Nwosu - Assistant Estimator (Mechanical)",
                "location": "Granite City Mechanical, 21 Wellington Circle, Altens, Aberdeen",
                "organizer": GRANITE}],
})

_t = """Dear Callum,

Because of a clash with the council's budget-setting meeting, we have had to cancel the assessment centre planned for Wednesday 22 April. This does not affect your application: we will write to you with a new date as soon as one is agreed.

Apologies for the short notice.

Lorna Urquhart
Recruitment Adviser, Strathnairn Council
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "strathnairn_calendar_cancel", "lang": "en",
    "company": "Strathnairn Council", "contact": "lorna.urquhart@strathnairn.example.gov.uk",
    "from": ("Lorna Urquhart", "lorna.urquhart@strathnairn.example.gov.uk"),
    "subject": "Cancelled: Assessment centre - Estimator (Building Services)",
    "date": "2026-04-17 11:20 +0100", "thread": "strathnairn", "reply": False,
    "text": _t,
    "attach": [{"type": "ics", "method": "CANCEL", "uid": "sc-ac-20260422-estimator@strathnairn.example.gov.uk",
                "seq": 1, "start": "2026-04-22 09:30 +0100", "mins": 330,
                "summary": "Cancelled: Assessment centre - Estimator (Building Services)",
                "location": "Council Headquarters, Glenurquhart Road, Inverness",
                "organizer": ("Lorna Urquhart", "lorna.urquhart@strathnairn.example.gov.uk")}],
})

_t = """Hi Callum,

Sorry for the late notice - Conor is off sick this week and won't be back in time for your interview on Thursday. Rather than do it without him, we'd like to move it to Tuesday 16 June at 14:00, which also suits the afternoon you asked about. Ruairí Quinn from our estimating team will join us as well.

I'll send an updated invite. Just reply to confirm.

Kind regards,
Ciara Devlin
People Team Lead | Lagan Valley Contractors
T: 028 9555 0164
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "lagan_interviewer_off_sick", "lang": "en",
    "company": "Lagan Valley Contractors", "contact": LAGAN[1],
    "from": LAGAN,
    "subject": "Interview on Thursday - change of date",
    "date": "2026-06-09 08:51 +0100", "thread": "lagan",
    "text": _t, "html": plain_html(paras(_t)),
})

_old = """Hi Callum,

I tried calling you twice at 10:00 UK time as agreed but couldn't get through - it went straight to voicemail both times. I hope everything is OK.

Ingrid"""
_t = reply("""Hi Callum,

No problem at all - a dead phone battery on site can happen to anyone, and thanks for letting me know so quickly.

Let's try again: I'll call you on Friday 15 May at 14:00 UK time (15:00 in Oslo) on the same number. If that doesn't suit, give me two or three other times and I'll fit in.

Best regards,
Ingrid Solberg
Recruiter | Fjordvarme AS
+47 22 55 50 19
""", "en", "Wed, 13 May 2026 at 11:25", "Ingrid Solberg", "ingrid.solberg@fjordvarme.example.no", _old)
add({
    "kind": "interview_reschedule_or_cancel", "slug": "fjordvarme_new_slot_after_missed", "lang": "en",
    "company": "Fjordvarme", "contact": "ingrid.solberg@fjordvarme.example.no",
    "from": ("Ingrid Solberg", "ingrid.solberg@fjordvarme.example.no"),
    "subject": "Re: Our call this morning",
    "date": "2026-05-14 08:47 +0200", "thread": "fjord",
    "text": _t,
})

_t = """Hi Callum,

Quick one - Hugh at Clydeside has to be at a site meeting in Paisley on Tuesday afternoon, so they've asked to move your interview to Thursday 9 April at 10:30. Same office, same people.

Can you let me know today if that works? If not I'll go back to them with your availability.

Cheers,
Declan

Declan Moffat
Senior Consultant - Building Services
Northstar Technical Recruitment
M: 07700 900 612
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "northstar_client_moves_interview", "lang": "en",
    "company": "Clydeside Building Services", "contact": "declan.moffat@northstar-tr.example.co.uk",
    "from": ("Declan Moffat", "declan.moffat@northstar-tr.example.co.uk"),
    "subject": "Clydeside - change of interview time",
    "date": "2026-04-03 09:02 +0100", "thread": "northstar",
    "text": _t,
})

_t = """Hi Callum,

Your interview with Dalriada Building Services has been rescheduled.

Previous time: Monday, May 11, 2026 at 11:00 AM BST
New time: Tuesday, May 12, 2026 at 3:00 PM BST
Interviewer: Shona MacPhail
Location: Video call (link below)

https://meet.example.com/dalriada-shona-0512

If the new time doesn't work for you, please use the link in your original scheduling email to choose another slot.

Dalriada Building Services
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "dalriada_greenhouse_rescheduled", "lang": "en",
    "company": "Dalriada Building Services", "contact": "",
    "from": ("Dalriada Building Services", "no-reply@us.greenhouse-mail.io"),
    "subject": "Interview rescheduled: Trainee Estimator - Dalriada Building Services",
    "date": "2026-05-07 15:33 +0100", "thread": "dalriada",
    "text": _t,
    "html": ats_card("Dalriada Building Services", paras(_t), "Sent via Greenhouse", accent="#24a47f"),
})

_old = """Hi Callum,

Rob here from Kerr & Stewart - we spoke briefly at the CITB open evening. Your CV's come through to me from Jill.

Are you free Thursday to chat? Nothing formal, just a coffee at our place on South Tay Street and a look at what the estimating side involves. Say 4pm?

Rob"""
_t = reply("""Callum, sorry - can we push Thursday to Friday morning, 9ish? Had a burst main on the Perth Road job and I'll be there most of Thursday.

Same place.

Rob
""", "en", "Mon, 9 Mar 2026 at 13:27", "Rob Kerr", "rob.kerr@kerrstewart.example.co.uk", _old)
add({
    "kind": "interview_reschedule_or_cancel", "slug": "kerr_push_to_friday", "lang": "en",
    "company": "Kerr & Stewart Building Services", "contact": "rob.kerr@kerrstewart.example.co.uk",
    "from": ("Rob Kerr", "rob.kerr@kerrstewart.example.co.uk"),
    "subject": "Re: Thursday?",
    "date": "2026-03-11 07:14 +0000", "thread": "kerr",
    "text": _t + "\nSent from Outlook for Android\n",
})

_t = """Dear Callum,

I'm sorry to tell you that we have to cancel your interview on Tuesday 28 July. Our Head of Estimating, who was due to lead the panel, has had to take unexpected leave.

To be clear, the Building Services Estimator vacancy is still open and your application is very much still under consideration. I'll be in touch as soon as he's back to arrange a new date, which I expect to be in the second week of August.

Thank you for your patience.

Lewis Armstrong
Talent Partner
Quayside Facilities Management
Milburn House, Dean Street, Newcastle upon Tyne NE1 1LF
0191 555 0618

This e-mail is confidential and may be legally privileged. If you are not the intended recipient please notify the sender immediately and delete it.
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "quayside_cancelled_still_open", "lang": "en",
    "company": "Quayside Facilities Management", "contact": "lewis.armstrong@quaysidefm.example.co.uk",
    "from": ("Lewis Armstrong", "lewis.armstrong@quaysidefm.example.co.uk"),
    "subject": "Canceled: Interview - Building Services Estimator - Tue 28/07/2026 10:00",
    "date": "2026-07-22 17:40 +0100", "thread": "quayside", "reply": False,
    "text": _t, "html": outlook_html(mso(_t)),
})

_old = """Hi Callum,

Thank you for applying for the Estimator - Planned Works position with Stonehaven Property Services. We would like to invite you to an interview with our Property Manager, Euan Duncan.

Date: Tuesday 8 September 2026
Time: 3:30pm
Location: 2 Allardice Street, Stonehaven AB39 2BU"""
_t = reply("""Hi Callum,

Euan here. I've got a tribunal hearing on one of our leases land on the 8th, so I need to move you. Would Thursday 10 September, still 3:30pm, work? Same address.

Let me know.

Euan Duncan
Property Manager
Stonehaven Property Services
2 Allardice Street, Stonehaven AB39 2BU
01569 555 0730
""", "en", "Tue, 1 Sep 2026 at 09:05", "Stonehaven Property Services", "notifications@bamboohr.com", _old)
add({
    "kind": "interview_reschedule_or_cancel", "slug": "stonehaven_moved_quoted_invite", "lang": "en",
    "company": "Stonehaven Property Services", "contact": "euan.duncan@stonehavenps.example.co.uk",
    "from": ("Euan Duncan", "euan.duncan@stonehavenps.example.co.uk"),
    "subject": "Re: Interview invitation: Estimator - Planned Works",
    "date": "2026-09-04 12:26 +0100", "thread": "stonehaven",
    "text": _t,
})

_t = """Sehr geehrter Herr Achterberg-Nwosu,

leider muss Herr Dahlke am 29. April kurzfristig zu einer Bauabnahme nach Lüneburg. Wir möchten unser Gespräch daher auf Donnerstag, 30. April 2026, 13:00 Uhr verschieben. Ort und Gesprächspartner bleiben gleich.

Die aktualisierte Kalendereinladung ist beigefügt. Bitte geben Sie mir kurz Bescheid, ob der neue Termin für Sie passt.

Mit freundlichen Grüßen

Katrin Wendt
Personalreferentin
Elbe Haustechnik GmbH
Tel. +49 40 555 01 38
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "elbe_terminverschiebung", "lang": "de",
    "company": "Elbe Haustechnik", "contact": ELBE[1],
    "from": ELBE,
    "subject": "Terminverschiebung: Vorstellungsgespräch – Kalkulator TGA (m/w/d)",
    "date": "2026-04-24 15:36 +0200", "thread": "elbe",
    "text": _t, "html": outlook_html(mso(_t)),
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000ELBE0429",
                "seq": 2, "start": "2026-04-30 13:00 +0200", "mins": 75,
                "summary": "Vorstellungsgespräch Callum Achterberg-Nwosu – Kalkulator TGA",
                "location": "Elbe Haustechnik, Große Elbstraße 145, Hamburg",
                "organizer": ELBE}],
})

_t = """Hallo Herr Achterberg-Nwosu,

leider müssen wir Ihren Termin für das Videointerview am Freitag, 11. September, absagen – Herr Petersen ist kurzfristig auf einer Objektbegehung in Bremen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sie erhalten in den nächsten Tagen einen neuen Link zur Terminauswahl.

Viele Grüße
Jana Oltmanns
HR Recruiting
Hafencity Facility Services GmbH
Am Sandtorkai 48, 20457 Hamburg
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "hafencity_termin_abgesagt_neuer_folgt", "lang": "de",
    "company": "Hafencity Facility Services", "contact": "jana.oltmanns@hafencity-fs.example.de",
    "from": ("Jana Oltmanns", "jana.oltmanns@hafencity-fs.example.de"),
    "subject": "Absage Ihres Termins am 11.09. – neuer Termin folgt",
    "date": "2026-09-10 16:58 +0200", "thread": "hafencity", "reply": False,
    "text": _t,
    "charset": "windows-1252",
})

_old = """Bonjour Monsieur Achterberg-Nwosu,

Suite à l'examen de votre candidature pour le poste de Chiffreur CVC - Plomberie, nous avons le plaisir de vous convier à un entretien le mercredi 8 juillet 2026 à 10h00."""
_t = f"""Bonjour Monsieur Achterberg-Nwosu,

M. Duprat étant retenu sur un chantier à Arcachon mercredi, nous devons reporter votre entretien au jeudi 9 juillet à 15h00, à la même adresse.

Pouvez-vous me confirmer que ce nouvel horaire vous convient ?

Avec toutes nos excuses pour ce changement,

Camille Vidal
Chargée de recrutement
Garonne Génie Climatique
05 56 55 02 46

{outlook("fr", "Camille Vidal <c.vidal@garonne-gc.example.fr>", "mercredi 1 juillet 2026 16:20", "Callum Achterberg-Nwosu <callum.an@example.co.uk>", "Entretien - Chiffreur CVC / Plomberie", _old)}"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "garonne_report_entretien", "lang": "fr",
    "company": "Garonne Génie Climatique", "contact": "c.vidal@garonne-gc.example.fr",
    "from": ("Camille Vidal", "c.vidal@garonne-gc.example.fr"),
    "subject": "RE: Entretien - Chiffreur CVC / Plomberie - report",
    "date": "2026-07-06 10:12 +0200", "thread": "garonne",
    "text": _t, "html": outlook_html(mso(_t)),
    "charset": "windows-1252", "cte": "quoted-printable",
})

_t = """Bonjour Callum,

Nous sommes contraints d'annuler l'épreuve de chiffrage et l'entretien prévus le jeudi 25 juin : Mme Castaing doit remplacer au pied levé un collègue sur une réception de travaux.

Votre candidature reste bien entendu d'actualité. Je reviens vers vous d'ici la fin de semaine avec une nouvelle date, probablement début juillet.

Cordialement,
Thomas Bergès
Assistant RH - Bastide Énergies
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "bastide_annulation_calendrier", "lang": "fr",
    "company": "Bastide Énergies", "contact": "thomas.berges@bastide-energies.example.fr",
    "from": ("Thomas Bergès", "thomas.berges@bastide-energies.example.fr"),
    "subject": "Annulé : Épreuve de chiffrage et entretien - Métreur",
    "date": "2026-06-19 14:03 +0200", "thread": "bastide", "reply": False,
    "text": _t, "html": plain_html(paras(_t)),
    "attach": [{"type": "ics", "method": "CANCEL", "uid": "bastide-merignac-0625-metreur@bastide-energies.example.fr",
                "seq": 1, "start": "2026-06-25 09:00 +0200", "mins": 180,
                "summary": "Épreuve de chiffrage et entretien - Callum Achterberg-Nwosu",
                "location": "Bastide Énergies, 14 avenue de Magudas, Mérignac",
                "organizer": ("Thomas Bergès", "thomas.berges@bastide-energies.example.fr")}],
})

_t = """Hola Callum:

Te escribo porque Iker tiene una visita de obra en Burdeos el martes por la mañana. ¿Podríamos pasar la entrevista del martes 18 de agosto a las 16:00 (hora peninsular) en lugar de las 11:00? El enlace de Teams sigue siendo el mismo; te envío la convocatoria actualizada.

Disculpa las molestias.

Un saludo,
Ainhoa Etxeberria
Técnica de Selección · Ingeniería Nervión
+34 944 555 027
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "nervion_cambio_hora", "lang": "es",
    "company": "Ingeniería Nervión", "contact": NERVION[1],
    "from": NERVION,
    "subject": "Actualizado: Entrevista – Técnico de Ofertas de Instalaciones (Burdeos)",
    "date": "2026-08-14 12:48 +0200", "thread": "nervion", "reply": False,
    "text": _t, "html": outlook_html(mso(_t)),
    "attach": [{"type": "ics", "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000NERVION0818",
                "seq": 1, "start": "2026-08-18 16:00 +0200", "mins": 45,
                "summary": "Entrevista Callum Achterberg-Nwosu – Técnico de Ofertas",
                "location": "Microsoft Teams",
                "organizer": NERVION}],
})

_t = """Hola Callum,

Te escribo para avisarte de que tenemos que aplazar la entrevista de mañana jueves 8 de octubre. Jordi, que iba a hacer la prueba técnica contigo, está enfermo.

Te proponemos el martes 13 de octubre a la misma hora (10:00 CEST), con el mismo enlace. ¿Te va bien?

Gracias por tu comprensión,

Raquel Moll
Técnica de RR. HH. · Tecnoclima Levante
Av. del Puerto 112, 46023 Valencia
"""
add({
    "kind": "interview_reschedule_or_cancel", "slug": "tecnoclima_aplazada_enfermo", "lang": "es",
    "company": "Tecnoclima Levante", "contact": "raquel.moll@tecnoclima-levante.example.es",
    "from": ("Raquel Moll", "raquel.moll@tecnoclima-levante.example.es"),
    "subject": "Aplazamos tu entrevista de mañana",
    "date": "2026-10-07 13:22 +0200", "thread": "tecnoclima", "reply": False,
    "text": _t,
    "cte": "8bit",
})

# ================================================================== missed interview notices

_t = """Hi Callum,

We had you booked in for your interview for the Trainee Estimator (Planned Maintenance) post at 11:00 this morning. Graeme and I waited on Teams until 11:20, but you didn't join and we couldn't reach you on the phone number on your application.

I hope everything is all right. If something unexpected came up, please let me know today.

Kind regards,
Morag Lindsay
HR Business Partner
Taybridge Housing Association
01382 555 0147
"""
add({
    "kind": "missed_interview_notice", "slug": "taybridge_waited_on_teams", "lang": "en",
    "company": "Taybridge Housing Association", "contact": "morag.lindsay@taybridgeha.example.co.uk",
    "from": ("Morag Lindsay", "morag.lindsay@taybridgeha.example.co.uk"),
    "subject": "Your interview this morning",
    "date": "2026-02-10 11:32 +0000", "thread": "taybridge", "reply": False,
    "text": _t,
})

_t = """Hi Callum,

I tried calling you twice at 10:00 UK time as agreed but couldn't get through - it went straight to voicemail both times. I hope everything is OK.

Let me know if you'd still like to talk about the role.

Ingrid
--
Ingrid Solberg
Recruiter | Fjordvarme AS
+47 22 55 50 19
"""
add({
    "kind": "missed_interview_notice", "slug": "fjordvarme_called_twice", "lang": "en",
    "company": "Fjordvarme", "contact": "ingrid.solberg@fjordvarme.example.no",
    "from": ("Ingrid Solberg", "ingrid.solberg@fjordvarme.example.no"),
    "subject": "Our call this morning",
    "date": "2026-05-13 11:25 +0200", "thread": "fjord", "reply": False,
    "text": _t, "html": plain_html(paras(_t)),
})

_t = """Hello Callum,

We had you down for an interview at 11:00 today at our Dyce office for the Junior Estimator role. Reception tell me they didn't see you, and there was no message on the office line.

If you were held up or have changed your mind, could you drop me a line either way so I can let the estimating manager know?

Thanks,
Lynsey Paterson
Office & HR Administrator
Dyce Building Services
Kirkhill Place, Dyce, Aberdeen AB21 0GU
01224 555 0845
"""
add({
    "kind": "missed_interview_notice", "slug": "dyce_reception_did_not_see_you", "lang": "en",
    "company": "Dyce Building Services", "contact": "lynsey.paterson@dycebs.example.co.uk",
    "from": ("Lynsey Paterson", "lynsey.paterson@dycebs.example.co.uk"),
    "subject": "Interview today - Junior Estimator",
    "date": "2026-10-08 12:05 +0100",
    "text": _t,
})

_t = """Hi Callum,

I rang at 9 this morning as we'd arranged and it went to voicemail; I left a message and tried again at twenty past. Perhaps you were held up on a job?

If you're still interested, reply with a couple of times that suit you and I'll try again.

Donald Fraser
Operations Manager
Kessock Building Services
01463 555 0390
"""
add({
    "kind": "missed_interview_notice", "slug": "kessock_voicemail_twice", "lang": "en",
    "company": "Kessock Building Services", "contact": "donald.fraser@kessockbs.example.co.uk",
    "from": ("Donald Fraser - Kessock Building Services", "kessock-building-services@workablemail.com"),
    "reply_to": ("Donald Fraser", "donald.fraser@kessockbs.example.co.uk"),
    "subject": "Re: Estimator (Mechanical & Plumbing) - Kessock Building Services",
    "date": "2026-08-27 09:24 +0100", "thread": "kessock",
    "text": _t,
})

_t = """Hi Callum,

I've just had a call from the client. They were on Zoom for your interview at 9:30 this morning and waited for fifteen minutes, but you didn't come through. They were understanding about it, but they've asked me to find out what happened before they decide whether to offer another slot.

Could you give me a ring as soon as you see this?

Isla Cameron
Recruitment Consultant - Construction & Engineering
Pentland Talent
0131 555 0827
"""
add({
    "kind": "missed_interview_notice", "slug": "pentland_client_waited_zoom", "lang": "en",
    "company": "Pentland Talent", "contact": "isla.cameron@pentlandtalent.example.co.uk",
    "from": ("Isla Cameron", "isla.cameron@pentlandtalent.example.co.uk"),
    "subject": "This morning's interview",
    "date": "2026-09-24 10:12 +0100", "thread": "pentland", "reply": False,
    "text": _t,
})

_old = """Hi Callum,

Euan here. I've got a tribunal hearing on one of our leases land on the 8th, so I need to move you. Would Thursday 10 September, still 3:30pm, work? Same address."""
_t = reply("""Hi Callum,

I kept the 3:30 slot free this afternoon as we agreed, but you didn't arrive and I've had no word. I'm in the office until 5 if there's been a mix-up.

Euan Duncan
Property Manager
Stonehaven Property Services
01569 555 0730
""", "en", "Fri, 4 Sep 2026 at 12:26", "Euan Duncan", "euan.duncan@stonehavenps.example.co.uk", _old)
add({
    "kind": "missed_interview_notice", "slug": "stonehaven_no_show_after_move", "lang": "en",
    "company": "Stonehaven Property Services", "contact": "euan.duncan@stonehavenps.example.co.uk",
    "from": ("Euan Duncan", "euan.duncan@stonehavenps.example.co.uk"),
    "subject": "Re: Interview invitation: Estimator - Planned Works",
    "date": "2026-09-10 16:02 +0100", "thread": "stonehaven",
    "text": _t,
})

_t = """Hallo Herr Achterberg-Nwosu,

wir hatten Sie heute um 7 Uhr zum Probearbeiten erwartet. Leider sind Sie nicht erschienen, und unter Ihrer Handynummer erreichen wir nur die Mailbox.

Bitte melden Sie sich kurz bei mir, damit wir wissen, ob Sie noch Interesse an der Stelle haben.

Viele Grüße
Melanie Krüger
Büroleitung
Klimatechnik Bergedorf GmbH
Tel. 040 555 02 17
"""
add({
    "kind": "missed_interview_notice", "slug": "bergedorf_nicht_erschienen", "lang": "de",
    "company": "Klimatechnik Bergedorf", "contact": "m.krueger@klimatechnik-bergedorf.example.de",
    "from": ("Melanie Krüger", "m.krueger@klimatechnik-bergedorf.example.de"),
    "from_enc": ("iso-8859-1", "Q"),
    "subject": "Probearbeiten heute",
    "date": "2026-08-12 09:15 +0200", "thread": "bergedorf", "reply": False,
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Bonjour Callum,

M. Sarrazin vient de m'appeler : il vous a attendu sur Teams ce matin de 10h00 à 10h20 sans vous voir arriver, et son assistante n'a pas réussi à vous joindre.

Pouvez-vous me rappeler rapidement ? Je vais essayer de lui proposer un autre créneau, mais j'ai besoin de savoir ce qui s'est passé.

Élodie Marchand
Recrutaquitaine Conseil
06 55 50 12 83
"""
add({
    "kind": "missed_interview_notice", "slug": "recrutaquitaine_client_attendu_visio", "lang": "fr",
    "company": "Médoc Climatisation", "contact": "elodie.marchand@recrutaquitaine.example.fr",
    "from": ("Élodie Marchand", "elodie.marchand@recrutaquitaine.example.fr"),
    "subject": "Votre entretien de ce matin avec Médoc Climatisation",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-10-06 10:31 +0200", "thread": "recrutaquitaine", "reply": False,
    "text": _t, "html": plain_html(paras(_t)),
})

_old = """Salut Callum,

Sandrine m'a transmis ton CV. Tu es dispo jeudi 3 septembre vers 14h pour un petit appel d'une demi-heure ?"""
_t = f"""Callum,

J'ai essayé de te joindre à 14h comme prévu, puis à 14h10 : je tombe directement sur ta messagerie. Je suis au bureau jusqu'à 17h ; rappelle-moi si tu peux, sinon propose-moi un autre moment.

Nicolas

{wrote("fr", "lun. 31 août 2026 à 18:09", "Nicolas Ferrand", "n.ferrand@atlantique-fluides.example.fr")}
{quote(_old)}
"""
add({
    "kind": "missed_interview_notice", "slug": "atlantique_messagerie", "lang": "fr",
    "company": "Atlantique Fluides Ingénierie", "contact": "n.ferrand@atlantique-fluides.example.fr",
    "from": ("Nicolas Ferrand", "n.ferrand@atlantique-fluides.example.fr"),
    "subject": "Re: Petit appel jeudi ?",
    "date": "2026-09-03 14:16 +0200", "thread": "atlantique",
    "text": _t,
    "cte": "8bit",
})

_t = """Hola Callum,

Te esperábamos hoy a las 10:00 para la prueba técnica y la entrevista, pero no te has conectado a la videollamada. Jordi y yo estuvimos en la sala hasta las 10:20.

¿Ha pasado algo? Escríbenos cuando puedas y vemos si es posible buscar otro hueco.

Raquel Moll
Técnica de RR. HH. · Tecnoclima Levante
"""
add({
    "kind": "missed_interview_notice", "slug": "tecnoclima_no_te_conectaste", "lang": "es",
    "company": "Tecnoclima Levante", "contact": "raquel.moll@tecnoclima-levante.example.es",
    "from": ("Raquel Moll", "raquel.moll@tecnoclima-levante.example.es"),
    "subject": "No te hemos visto en la videollamada",
    "date": "2026-10-13 10:24 +0200", "thread": "tecnoclima", "reply": False,
    "text": _t,
    "charset": "iso-8859-1", "cte": "base64",
})

assert len(MESSAGES) == 51, len(MESSAGES)
