# ruff: noqa: C408  (specs are written as dict(...) calls: keyword style reads like a form)
"""Corpus 214, rejections: 31 hand-written specs (18 en, 5 de, 4 fr, 4 es)."""

from __future__ import annotations

from msgs214_common import (
    ats_card,
    forwarded,
    mso,
    outlook,
    outlook_html,
    paras,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# --- English -----------------------------------------------------------------------------------

_kirkstall = """Dear Kwame,

Thank you for applying for the Stock Planning Analyst position (REQ-20418) at Kirkstall Home & Garden and for the time you put into your application.

We have now reviewed all applications against the requirements of the role. After careful consideration, we will not be progressing your application any further on this occasion.

We will keep your details on file for six months in line with our privacy notice, and we would encourage you to keep an eye on our careers site for future vacancies.

Kind regards,
Talent Acquisition Team
Kirkstall Home & Garden
"""
add(dict(
    kind="rejection", slug="workday_stock_planning_analyst", lang="en",
    company="Kirkstall Home & Garden", contact="",
    frm=("Kirkstall Home & Garden", "kirkstallhg@myworkday.com"),
    subject="Update on your application for Stock Planning Analyst (REQ-20418)",
    date="2026-01-23 17:02", tz="utc",
    text=_kirkstall,
    html=ats_card("Kirkstall Home & Garden", "#2f5d3a", "Your application", paras(_kirkstall),
                  "This email was sent from an unmonitored mailbox. Powered by Workday."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_lumen_no = """Hi Kwame,

Thanks so much for your interest in the Replenishment Planner role here at Lumen Home, and for your patience while we worked through a really big response.

We've now decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly around forecasting in a pure e-commerce setting. I know that's not the news you were hoping for.

Your warehouse background really stood out, so please don't be put off from applying again as we grow the planning function later in the year.

All the best,
Tasha Whitcombe
Talent Partner, Lumen Home
"""
add(dict(
    kind="rejection", slug="greenhouse_closer_matches", lang="en",
    company="Lumen Home", contact="tasha.whitcombe@lumenhome.example.co.uk",
    frm=("Tasha Whitcombe via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Tasha Whitcombe", "tasha.whitcombe@lumenhome.example.co.uk"),
    subject="Your application to Lumen Home",
    date="2026-01-27 15:44", tz="utc",
    text=_lumen_no,
    html=ats_card("Lumen Home", "#111827", "Replenishment Planner", paras(_lumen_no),
                  "Sent via Greenhouse on behalf of Lumen Home."),
    key="lumen-no", parent="lumen-ack",
))

_maas_hold_old = """Dear Kwame,

I'm sorry to do this at short notice, but we have to cancel Thursday's interview for the Demand Planner vacancy. Nothing to do with you - a couple of internal changes need settling first. I'll come back to you with a new date as soon as I can.

Best regards,
Marieke van der Linde
Talent Acquisition | Maasgate Container Terminal B.V.
"""
add(dict(
    kind="rejection", slug="maasgate_role_on_hold", lang="en",
    company="Maasgate Container Terminal", contact="m.vanderlinde@maasgate.example.nl",
    frm=("Marieke van der Linde", "m.vanderlinde@maasgate.example.nl"),
    subject="Re: Demand Planner - interview Thursday 19 March",
    date="2026-04-03 09:30", tz="cet",
    text=reply("""Dear Kwame,

As promised, an update on the Demand Planner vacancy. Following the budget review I mentioned, the role has been put on hold for the rest of 2026 and we will not proceed with any of the candidates in the process, yourself included. I'm genuinely sorry, because I was looking forward to our conversation.

If the position is reopened I will contact you first, and I hope you'll still be interested then.

Kind regards,
Marieke van der Linde
Talent Acquisition | Maasgate Container Terminal B.V.
Europaweg 910, 3199 LC Maasvlakte Rotterdam
+31 10 555 0142
""", "en", "Tue, 17 Mar 2026 at 16:55", "Marieke van der Linde", "m.vanderlinde@maasgate.example.nl", _maas_hold_old),
    key="maas-no", parent="maas-cancel",
))

_brack_missed = """Hi Kwame,

I tried calling you twice at 10:00 this morning for our phone screen but it went to voicemail both times. Hope everything's OK. Let me know if you'd still like to chat and I'll see what I can do.

Thanks,
Jodie

Jodie Marsh
HR Advisor | Brackwater Foods Ltd
0114 496 0200
"""
add(dict(
    kind="rejection", slug="brackwater_terse_manager", lang="en",
    company="Brackwater Foods", contact="gary.hollins@brackwaterfoods.example.co.uk",
    frm=("Gary Hollins", "gary.hollins@brackwaterfoods.example.co.uk"),
    cc=[("Jodie Marsh", "jodie.marsh@brackwaterfoods.example.co.uk")],
    subject="RE: Production Planner - phone screen",
    date="2026-01-29 08:12",
    text=f"""Kwame,

Thanks for getting back to Jodie. We've filled the planner post now so won't be taking things further with you.

Gary

Gary Hollins | Planning Manager | Brackwater Foods Ltd
Unit 4, Neepsend Lane, Sheffield S3 8AT | 0114 496 0217

{outlook("en", "Jodie Marsh", "19 January 2026 10:25", "Kwame Lindgren-Osorio", "Production Planner - phone screen", _brack_missed)}""",
    key="brack-no", parent="brack-missed",
))

add(dict(
    kind="rejection", slug="agency_relays_tennant", lang="en",
    company="Tennant Cable Works", contact="nadia.okafor@stirlingrowe.example.co.uk",
    frm=("Nadia Okafor", "nadia.okafor@stirlingrowe.example.co.uk"),
    subject="Tennant Cable Works - feedback",
    date="2026-02-10 11:30",
    text="""Hi Kwame,

I've heard back from the hiring manager at Tennant Cable Works about the Materials Planner role. Unfortunately they've decided not to take you through to interview. Their feedback was that they need someone who has run MRP in a make-to-order factory, and most of your planning has been on the warehouse side.

It's frustrating, I know, but it's useful to hear and I'll bear it in mind when I put you forward again. I've got a couple of 3PL roles coming in next week that I think suit you better, so I'll give you a ring.

Speak soon,
Nadia

Nadia Okafor
Senior Consultant - Supply Chain & Logistics
Stirling & Rowe Recruitment
3rd Floor, 14 Park Row, Leeds LS1 5HU
Tel: 0113 496 0788 | Mob: 07700 900612

Stirling & Rowe Recruitment Ltd is registered in England and Wales (No. 08812345) and acts as an employment agency. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
    key="sr-tennant", parent="sr-reg",
))

_redfern_thanks = """Hi Ella,

Thank you for taking the time to interview me this afternoon, and please pass my thanks to Martin as well. I really enjoyed hearing how the team is moving from weekly to daily replenishment, and it made me even keener on the Inventory Planner role.

If there's anything else you need from me, just let me know.

Best wishes,
Kwame
"""
_redfern_no_html = outlook_html(mso("""Hi Kwame,

Thanks for your lovely note, and for the time you gave us last Thursday.

Martin and I talked it through at length. We've offered the Inventory Planner role to another candidate who has already run a daily replenishment cycle in pharmacy distribution, which tipped it for us. You were a very close second, and Martin asked me to say that your answer on the cycle-count question was the best we heard.

I'd like to keep in touch if that's alright with you, as we expect to recruit again in the autumn.

Kind regards,
Ella

Ella Barraclough
Talent Acquisition Partner
Redfern Pharmacy Distribution
Westinghouse Road, Trafford Park, Manchester M17 1PY
""") + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
    + mso("""From: Kwame Lindgren-Osorio <kwame.lo@example.com>
Sent: 05 March 2026 18:22
To: Ella Barraclough <ella.barraclough@redfernpd.example.co.uk>
Subject: Thank you - Inventory Planner interview""") + "\n</div>\n" + mso(_redfern_thanks))
add(dict(
    kind="rejection", slug="redfern_after_interview_thanks", lang="en",
    company="Redfern Pharmacy Distribution", contact="ella.barraclough@redfernpd.example.co.uk",
    frm=("Ella Barraclough", "ella.barraclough@redfernpd.example.co.uk"),
    subject="RE: Thank you - Inventory Planner interview",
    date="2026-03-12 10:47",
    text="""Hi Kwame,

Thanks for your lovely note, and for the time you gave us last Thursday.

Martin and I talked it through at length. We've offered the Inventory Planner role to another candidate who has already run a daily replenishment cycle in pharmacy distribution, which tipped it for us. You were a very close second, and Martin asked me to say that your answer on the cycle-count question was the best we heard.

I'd like to keep in touch if that's alright with you, as we expect to recruit again in the autumn.

Kind regards,
Ella

Ella Barraclough
Talent Acquisition Partner
Redfern Pharmacy Distribution
Westinghouse Road, Trafford Park, Manchester M17 1PY

""" + outlook("en", "Kwame Lindgren-Osorio <kwame.lo@example.com>", "05 March 2026 18:22",
              "Ella Barraclough <ella.barraclough@redfernpd.example.co.uk>",
              "Thank you - Inventory Planner interview", _redfern_thanks),
    html=_redfern_no_html,
    cte="quoted-printable",
    key="redfern-no", parent="redfern-thanks",
))

_calder_no = """Dear Kwame Lindgren-Osorio

Post: Stores and Logistics Planning Officer (Ref CVC/ENV/0311)

Thank you for your interest in working for Calder Vale Council.

We are writing to let you know that this post has now been filled through the Council's redeployment process, which gives priority to existing employees whose roles are at risk. As a result the external recruitment for this post has closed and your application will not be considered further.

We recognise the effort involved in applying and we are sorry not to have better news.

Yours sincerely

Recruitment Team
Calder Vale Council

Please do not reply to this message. Replies to this address are not monitored.
"""
add(dict(
    kind="rejection", slug="council_filled_by_redeployment", lang="en",
    company="Calder Vale Council", contact="",
    frm=("Calder Vale Council Recruitment", "noreply@taleo.net"),
    subject="Stores and Logistics Planning Officer (Ref CVC/ENV/0311) - outcome",
    date="2026-05-06 13:15", tz="utc",
    text=_calder_no,
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    key="calder-no", parent="calder-missed",
))

add(dict(
    kind="rejection", slug="ironbridge_role_withdrawn", lang="en",
    company="Ironbridge Packaging", contact="s.whiteley@ironbridgepack.example.co.uk",
    frm=("Stuart Whiteley", "s.whiteley@ironbridgepack.example.co.uk"),
    subject="Inventory Controller vacancy",
    date="2026-06-16 13:05",
    html=outlook_html(mso("""Dear Kwame,

I'm writing to everyone who applied for the Inventory Controller vacancy at our Sheffield site.

Since the advert went out we've reorganised the materials team, and the work will now be shared between two existing colleagues. That means we've taken the decision not to recruit to the role at all, so there won't be any interviews for it.

I appreciate you taking the time to apply and I'm sorry it hasn't come to anything. Your CV will stay on our file for a year unless you'd like us to delete it.

Regards,

Stuart Whiteley
Operations Director
Ironbridge Packaging Ltd
Parkway Drive, Sheffield S9 4WU
T: 0114 496 0350
""")),
    cte="base64",
))

add(dict(
    kind="rejection", slug="castleford_mate_style", lang="en",
    company="Castleford Cold Chain", contact="dan.pryce@castlefordcoldchain.example.co.uk",
    frm=("Dan Pryce", "dan.pryce@castlefordcoldchain.example.co.uk"),
    subject="planner job",
    date="2026-07-22 21:37",
    text="""Alright Kwame,

Wanted you to hear it from me rather than HR. They've given the planner job to a lad from the Doncaster site - he's been covering it since Easter so it was always going to be hard to beat him. Honestly you were in the last two and the regional boss liked you.

Gutted for you mate. If anything else comes up here I'll shout.

Dan

Dan Pryce | Site Operations Manager | Castleford Cold Chain
Sent from my iPhone
""",
))

_fellside = """Hi Kwame,

We really appreciate you taking the time to apply for the Supply Planner position at Fellside Outdoor.

Our team has looked carefully at your application, and we won't be moving ahead with it. We received a large number of applications and had to make some difficult choices.

We wish you every success in your search.

The Fellside Outdoor team
"""
add(dict(
    kind="rejection", slug="lever_fellside", lang="en",
    company="Fellside Outdoor", contact="",
    frm=("Fellside Outdoor", "no-reply@hire.lever.co"),
    subject="Thank you for your interest in Fellside Outdoor",
    date="2026-04-13 08:58", tz="utc",
    text=_fellside,
    html=ats_card("Fellside Outdoor", "#7c2d12", "Supply Planner", paras(_fellside),
                  "Fellside Outdoor uses Lever for recruiting. "
                  '<a href="https://jobs.lever.co/fellside-example/privacy">Privacy</a>'),
))

_marlowe = """Dear Kwame,

Merchandise Replenishment Analyst, Manchester

Thank you for completing your recorded video interview with Marlowe & Finch.

We have now reviewed every interview submitted for this vacancy. We regret to tell you that, on this occasion, you have not been shortlisted for the next stage of the process.

Thank you again for the interest you have shown in Marlowe & Finch.

Yours sincerely,
Marlowe & Finch Resourcing
"""
add(dict(
    kind="rejection", slug="smartrecruiters_marlowe", lang="en",
    company="Marlowe & Finch", contact="",
    frm=("Marlowe & Finch", "noreply@smartrecruiters.com"),
    subject="Marlowe & Finch: your application for Merchandise Replenishment Analyst",
    date="2026-02-02 11:11", tz="utc",
    html=ats_card("Marlowe & Finch", "#1e3a8a", "Your application", paras(_marlowe),
                  "You received this email because you applied through SmartRecruiters."),
    cte="base64",
    key="marlowe-no", parent="marlowe-video",
))

_parcelwise = """Hi Kwame,

Thanks for applying to the Supply Planner role at Parcelwise, and for your patience.

We're going to pass on your application for now. This was a tough call: we had 400+ applicants for one seat and the hiring team went with people who have Python or SQL forecasting experience, which we should probably have said more clearly in the job post.

Good luck with the search,
Parcelwise Hiring
"""
add(dict(
    kind="rejection", slug="ashby_parcelwise_pass", lang="en",
    company="Parcelwise", contact="",
    frm=("Parcelwise Hiring", "no-reply@ashbyhq.com"),
    subject="Your Parcelwise application",
    date="2026-07-09 16:20", tz="utc",
    text=_parcelwise,
    html=ats_card("Parcelwise", "#4f46e5", "Supply Planner", paras(_parcelwise),
                  "Powered by Ashby"),
))

add(dict(
    kind="rejection", slug="icims_humbergate_cp1252", lang="en",
    company="Humbergate Terminals", contact="",
    frm=("Humbergate Terminals Careers", "humbergate-careers@icims.com"),
    subject="Your application \u2013 Port Logistics Planner (Job ID 2026-1184)",
    subj_enc=("utf-8", "Q"),
    date="2026-03-20 12:00", tz="utc",
    text="""Dear Kwame,

Re: Port Logistics Planner \u2013 Job ID 2026-1184

Thank you for the interest you\u2019ve shown in Humbergate Terminals and in the \u201cPort Logistics Planner\u201d vacancy at our Alexandra Dock site.

We have had a very strong response and, having compared every application against the shortlisting criteria, we must tell you that yours has been unsuccessful. Candidates invited to interview all held a current CPC or port operations qualification.

The salary for the role was advertised at \u00a334,000 \u2013 \u00a338,500; similar roles will appear on our careers portal throughout the year.

Kind regards,

Humbergate Terminals People Team
Alexandra Dock, Hull HU9 1TA

This message was sent automatically. Please do not reply.
""",
    charset="windows-1252", cte="quoted-printable",
    key="humber-no", parent="humber-ack",
))

_kroon = """Dear Kwame,

Thank you for applying for the position of Inbound Planner at Kroonhaven Logistics and for the conversation we had on the phone last week.

We have chosen to continue with another candidate, whose profile better fits the Dutch language requirement that the role turned out to need for carrier contact. It was not an easy decision, and your experience leading shifts in a busy DC was clear.

Of course you are welcome to reply to this message if you would like more feedback.

Kind regards,

Femke Bos
Recruiter, Kroonhaven Logistics
"""
add(dict(
    kind="rejection", slug="teamtailor_kroonhaven", lang="en",
    company="Kroonhaven Logistics", contact="femke.bos@kroonhaven.example.nl",
    frm=("Kroonhaven Logistics", "no-reply@teamtailor-mail.com"),
    reply_to=("Femke Bos", "femke.bos@kroonhaven.example.nl"),
    subject="Inbound Planner at Kroonhaven Logistics",
    date="2026-02-26 14:18", tz="cet",
    text=_kroon,
    html=ats_card("Kroonhaven Logistics", "#0e7490", "Inbound Planner", paras(_kroon),
                  "Kroonhaven Logistics recruits with Teamtailor.",),
    key="kroon-no", parent="kroon-ack",
))

add(dict(
    kind="rejection", slug="saltmarsh_after_assessment", lang="en",
    company="Saltmarsh Distribution", contact="leanne.cawood@saltmarshdistribution.example.co.uk",
    frm=("Leanne Cawood", "leanne.cawood@saltmarshdistribution.example.co.uk"),
    subject="Assessment day outcome - Stock & Replenishment Planner",
    date="2026-04-30 16:20",
    text="""Dear Kwame,

Thank you for attending our assessment day on 22 April. It was a long day, and the assessors commented on how calmly you handled the group exercise.

I'm afraid I am writing with disappointing news. Your scores in the planning simulation were strong, but overall they fell just short of the two candidates we are now taking to final interview, and I'm sorry to say we can't offer you a place at that stage.

If you would like a feedback call with one of the assessors, reply to this email and I will arrange it.

Best wishes,

Leanne Cawood
Resourcing Coordinator
Saltmarsh Distribution
Priory Park East, Hull HU4 7DY
Tel: 01482 496 022

-----
This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it. Saltmarsh Distribution Ltd, registered in England No. 04411223. Registered office as above.
""",
    cte="quoted-printable",
    key="salt-no", parent="salt-invite",
))

add(dict(
    kind="rejection", slug="blue_crane_unnamed_client", lang="en",
    company="Blue Crane Talent", contact="shauna.reilly@bluecranetalent.example.co.uk",
    frm=("Shauna Reilly", "shauna.reilly@bluecranetalent.example.co.uk"),
    subject="Re: the grocer role",
    date="2026-03-04 10:20",
    text=reply("""Morning Kwame,

Glad to hear the internet's sorted now. I passed on your apology, but my client (the national grocer I mentioned) has come back this morning and they're not going to take your application any further for the Availability Planner job. They've got three people through to second stage and didn't want to add another.

I'm sorry, I know you'd have done well there. I'll keep you front of mind for anything else in the North West.

Shauna
Blue Crane Talent | Manchester
""", "en", "Thu, 26 Feb 2026 at 15:02", "Kwame Lindgren-Osorio", "kwame.lo@example.com",
        """Hi Shauna,

I'm so sorry about the video call - our broadband went down at 1:45 and my phone hotspot wouldn't hold the connection. Could you apologise to them for me and ask whether we could rearrange the interview?

Kwame"""),
    key="bc-no", parent="bc-missed",
))

add(dict(
    kind="rejection", slug="agency_forwards_noordpier", lang="en",
    company="Noordpier Chemicals", contact="rik.hendriks@cargopeople.example.nl",
    frm=("Rik Hendriks", "rik.hendriks@cargopeople.example.nl"),
    subject="Fwd: Candidate K. Lindgren-Osorio - Supply Planner",
    date="2026-04-23 15:12", tz="cet",
    text="""Hi Kwame,

See the note below from Noordpier - I'm sorry, it's a no this time. I think the chemicals (ADR/ADN) side counted against you more than anything. Let's talk on Monday about the two forwarding roles.

Rik

""" + forwarded("Anouk Verbeek <a.verbeek@noordpier.example.nl>", "Thu, 23 Apr 2026 at 14:40",
                "Candidate K. Lindgren-Osorio - Supply Planner",
                "Rik Hendriks <rik.hendriks@cargopeople.example.nl>",
                """Hi Rik,

Thanks for introducing Kwame. We've reviewed his CV with the site planning lead and have decided not to invite him for an interview. His warehouse supervision is good, but for this position we need hands-on experience planning dangerous goods flows.

Please thank him for his interest.

Best,
Anouk Verbeek
HR Business Partner | Noordpier Chemicals
Botlek, Rotterdam"""),
))

_oakworth = """Hello Kwame,

Thank you for applying for the role of Planning Coordinator at Oakworth Bakeries.

Shortlisting for this vacancy is now complete and we regret that you have not been selected for interview. We had over 120 applicants and the panel was looking in particular for experience of planning short-life chilled products.

We hope this won't put you off applying to Oakworth Bakeries in future.

Best regards,
People Team
Oakworth Bakeries
"""
add(dict(
    kind="rejection", slug="bamboohr_oakworth", lang="en",
    company="Oakworth Bakeries", contact="",
    frm=("Oakworth Bakeries", "notifications@app.bamboohr.com"),
    subject="Planning Coordinator - Oakworth Bakeries",
    date="2026-04-01 10:26",
    text=_oakworth,
    html=ats_card("Oakworth Bakeries", "#92400e", "Planning Coordinator", paras(_oakworth),
                  "Sent from BambooHR on behalf of Oakworth Bakeries."),
    key="oak-no", parent="oak-ack",
))

# --- Deutsch -----------------------------------------------------------------------------------

_ruhrort_thanks = """Liebe Frau Kötter,

vielen Dank für das angenehme Gespräch heute Nachmittag mit Ihnen und Herrn Albers. Die Einblicke in die Disposition am Terminal waren sehr spannend, und ich bin nach dem Interview noch überzeugter, dass ich gut zu Ihrem Team passen würde.

Mit freundlichen Grüßen
Kwame Lindgren-Osorio
"""
add(dict(
    kind="rejection", slug="ruhrort_absage_nach_gespraech", lang="de",
    company="Ruhrort Hafenlogistik", contact="sabine.koetter@ruhrort-hafenlogistik.example.de",
    frm=("Sabine Kötter", "sabine.koetter@ruhrort-hafenlogistik.example.de"),
    name_enc=("iso-8859-1", "Q"),
    subject="AW: Vielen Dank für das Gespräch",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-03-09 09:15",
    text=reply("""Sehr geehrter Herr Lindgren-Osorio,

herzlichen Dank für Ihre freundliche Nachricht und Ihr Interesse an der Position als Disponent Supply Chain.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer Bewerberin zu besetzen, die bereits mehrere Jahre in der Containerdisposition an einem Binnenhafen gearbeitet hat. Diese Entscheidung ist uns nicht leichtgefallen, denn Ihr Gespräch hat Herrn Albers und mir sehr gut gefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Sabine Kötter
Personalreferentin
Ruhrort Hafenlogistik GmbH
Dammstraße 21, 47119 Duisburg
Tel. +49 203 555 3140

Ruhrort Hafenlogistik GmbH, Sitz Duisburg, Amtsgericht Duisburg HRB 55512, Geschäftsführer: Dr. Frank Imhoff
""", "de", "26.02.2026 um 17:41", "Kwame Lindgren-Osorio", "kwame.lo@example.com", _ruhrort_thanks),
    charset="iso-8859-1", cte="quoted-printable",
    key="ruhr-no", parent="ruhr-moved",
))

_brenner = """Sehr geehrter Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung als Materialdisponent (m/w/d) und das damit verbundene Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung aller Unterlagen für andere Bewerberinnen und Bewerber entschieden haben, deren Qualifikationen noch besser zu den Anforderungen passen.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brenner Stahlhandel GmbH
"""
add(dict(
    kind="rejection", slug="personio_brenner_absage", lang="de",
    company="Brenner Stahlhandel", contact="",
    frm=("Brenner Stahlhandel GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als Materialdisponent (m/w/d)",
    date="2026-03-30 08:45",
    text=_brenner,
    html=ats_card("Brenner Stahlhandel GmbH", "#374151", "Ihre Bewerbung", paras(_brenner),
                  "Diese E-Mail wurde automatisch über Personio versendet.", lang="de"),
    key="brenner-no", parent="brenner-ack",
))

_nieder = """Guten Tag Herr Lindgren-Osorio,

Sie haben sich bei uns auf die Stelle „Supply Chain Planner Kontraktlogistik (m/w/d)“ beworben. Dafür danken wir Ihnen.

Aufgrund einer Neuausrichtung unseres Kunden im Bereich Chemie wird diese Stelle nicht mehr besetzt. Das Auswahlverfahren ist damit beendet, und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Freundliche Grüße
Niederrhein Kontraktlogistik
Personalabteilung
"""
add(dict(
    kind="rejection", slug="softgarden_stelle_entfaellt", lang="de",
    company="Niederrhein Kontraktlogistik", contact="",
    frm=("Niederrhein Kontraktlogistik", "noreply@softgarden.io"),
    subject="Information zu Ihrer Bewerbung – Supply Chain Planner (m/w/d)",
    subj_enc=("utf-8", "B"),
    date="2026-04-01 14:02",
    text=_nieder,
    html=ats_card("Niederrhein Kontraktlogistik", "#065f46", "Ihre Bewerbung", paras(_nieder),
                  "Versendet mit softgarden", lang="de"),
    cte="base64",
    key="nieder-no", parent="nieder-ack",
))

_kessler_cancel = """Guten Tag Herr Lindgren-Osorio,

leider muss ich den Termin bei Lohmann Chemielogistik am Mittwoch absagen. Der Standortleiter ist kurzfristig verhindert. Ich melde mich, sobald ich einen neuen Termin habe.

Beste Grüße
Timo Brandt
"""
add(dict(
    kind="rejection", slug="kessler_kunde_sagt_ab", lang="de",
    company="Lohmann Chemielogistik", contact="t.brandt@kessler-personal.example.de",
    frm=("Timo Brandt | Kessler Personalberatung", "t.brandt@kessler-personal.example.de"),
    subject="Rückmeldung Lohmann Chemielogistik",
    subj_enc=("iso-8859-1", "B"),
    date="2026-05-14 11:00",
    text=reply("""Guten Tag Herr Lindgren-Osorio,

ich hatte Ihnen ja einen neuen Termin bei Lohmann Chemielogistik in Aussicht gestellt. Gestern hat mich der Standortleiter angerufen: Man hat sich inzwischen für einen internen Kandidaten aus dem Lager Krefeld entschieden und wird Sie daher nicht mehr zum Gespräch einladen. Ihr Profil wird beim Kunden nicht weiter berücksichtigt.

Das tut mir leid, zumal der erste Termin von Kundenseite geplatzt ist. Ich behalte Sie für weitere Projekte im Raum Duisburg im Blick.

Beste Grüße
Timo Brandt
Senior Consultant Logistik
Kessler Personalberatung
Königstraße 48, 47051 Duisburg
Mobil +49 170 555 2281
""", "de", "27.04.2026 um 17:20", "Timo Brandt", "t.brandt@kessler-personal.example.de",
        _kessler_cancel),
    key="kessler-no", parent="kessler-cancel",
))

_rheinkamp_missed = """Hallo Kwame,

wir haben heute ab 7 Uhr am Tor 3 auf dich gewartet. Ist alles in Ordnung?

Jörg

--
Jörg Wessel
Teamleiter Logistik
Rheinkamp Getränke GmbH & Co. KG
"""
add(dict(
    kind="rejection", slug="rheinkamp_kurz_und_knapp", lang="de",
    company="Rheinkamp Getränke", contact="joerg.wessel@rheinkamp-getraenke.example.de",
    frm=("Jörg Wessel", "joerg.wessel@rheinkamp-getraenke.example.de"),
    name_enc=("windows-1252", "Q"),
    subject="Re: Probearbeitstag",
    date="2026-07-06 12:48",
    text=reply("""Hallo Kwame,

danke für deine Erklärung mit dem Zug, das kann passieren. Ich mach's kurz: Wir nehmen jemanden, der das Lager schon kennt. Für dich wird's bei uns also nichts.

Trotzdem danke und alles Gute!
Jörg

--
Jörg Wessel
Teamleiter Logistik
Rheinkamp Getränke GmbH & Co. KG
Moerser Straße 230, 47475 Kamp-Lintfort
""", "de", "Do., 25. Juni 2026 um 08:10", "Jörg Wessel", "joerg.wessel@rheinkamp-getraenke.example.de",
        _rheinkamp_missed),
    charset="windows-1252", cte="quoted-printable",
    key="rheinkamp-no", parent="rheinkamp-missed",
))

# --- Français ----------------------------------------------------------------------------------

_flandre = """Bonjour Kwame Lindgren-Osorio,

Nous vous remercions de l'intérêt que vous portez à Flandre Distribution et de votre candidature au poste d'Approvisionneur (H/F) basé à Lesquin.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Flandre Distribution
"""
add(dict(
    kind="rejection", slug="successfactors_flandre", lang="fr",
    company="Flandre Distribution", contact="",
    frm=("Flandre Distribution Recrutement", "careers@successfactors.eu"),
    subject="Votre candidature au poste d'Approvisionneur (H/F)",
    date="2026-03-26 18:30",
    text=_flandre,
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    key="flandre-no", parent="flandre-ack",
))

_vanhove_merci = """Bonjour Pauline,

Merci encore pour l'échange de ce matin, c'était très agréable. Je suis d'autant plus motivé par le poste de planificateur après avoir entendu parler du projet de nouvelle ligne d'emballage.

Bien cordialement,
Kwame Lindgren-Osorio
"""
add(dict(
    kind="rejection", slug="vanhove_apres_entretien", lang="fr",
    company="Biscuiterie Vanhove", contact="p.dewulf@biscuiterie-vanhove.example.fr",
    frm=("Pauline Dewulf", "p.dewulf@biscuiterie-vanhove.example.fr"),
    subject="Re: Merci pour notre échange",
    date="2026-09-18 11:20",
    text=reply("""Bonjour Kwame,

Merci pour votre message, qui m'a fait plaisir.

Après un dernier tour de table avec la direction industrielle, nous avons retenu un autre profil pour le poste de planificateur, une personne qui connaît déjà bien notre ERP et qui peut démarrer début octobre. Ce n'est donc pas une suite favorable pour vous cette fois-ci, et j'en suis sincèrement désolée.

Je garde vos coordonnées et je me permettrai de vous recontacter si un besoin similaire se présente.

Belle journée,
Pauline Dewulf
Responsable supply chain
Biscuiterie Vanhove
12 rue des Meuniers, 59200 Tourcoing
03 20 55 48 10
""", "fr", "jeu. 10 sept. 2026 à 17:30", "Kwame Lindgren-Osorio", "kwame.lo@example.com", _vanhove_merci),
    cte="8bit",
    key="vanhove-no", parent="vanhove-thanks",
))

add(dict(
    kind="rejection", slug="roussel_client_interne", lang="fr",
    company="Verrerie de l'Escaut", contact="j.roussel@cabinet-roussel.example.fr",
    frm=("Julien Roussel", "j.roussel@cabinet-roussel.example.fr"),
    subject="Verrerie de l'Escaut : retour sur votre candidature",
    date="2026-07-22 09:05",
    html=paras("""Bonjour Kwame,

Je reviens vers vous au sujet du poste de planificateur logistique chez notre client la Verrerie de l'Escaut, dont le rendez-vous avait été annulé début juillet.

Mon client a finalement choisi de poursuivre avec une candidate en interne, qui occupait déjà le poste par intérim. Il ne donnera donc pas suite à votre candidature et ne reprogrammera pas l'entretien.

Je suis navré de cette issue, d'autant que votre profil avait beaucoup plu sur le papier. Je reste attentif aux opportunités dans la métropole lilloise et je vous tiens informé.

Bien à vous,

Julien Roussel
Consultant associé
Cabinet Roussel RH
45 boulevard de la Liberté, 59000 Lille
06 55 12 48 90"""),
    cte="quoted-printable",
    key="roussel-no", parent="roussel-cancel",
))

add(dict(
    kind="rejection", slug="lesage_poste_gele", lang="fr",
    company="Entrepôts Lesage", contact="o.caron@entrepots-lesage.example.fr",
    frm=("Olivier Caron", "o.caron@entrepots-lesage.example.fr"),
    subject="Poste de responsable planification - information",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-06-08 16:45",
    text="""Monsieur,

Vous avez postulé au poste de responsable planification de notre entrepôt de Seclin, et je vous en remercie.

Suite à la perte d'un contrat client important, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre. Nous ne donnerons donc pas suite aux candidatures reçues, dont la vôtre.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Olivier Caron
Directeur des ressources humaines
Entrepôts Lesage SAS
ZI de Seclin, 59113 Seclin
""",
    charset="iso-8859-1", cte="base64",
))

# --- Español -----------------------------------------------------------------------------------

_alb_missed = """Hola Kwame:

Te estuvimos esperando en la videollamada de las 12:30 hasta casi la una, pero no llegaste a conectarte. ¿Ha pasado algo?

Un saludo,
Lucía

Lucía Ferrer
Técnica de Selección · Puerto Albufera Terminales
"""
add(dict(
    kind="rejection", slug="albufera_otros_candidatos", lang="es",
    company="Puerto Albufera Terminales", contact="lucia.ferrer@albuferaterminales.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@albuferaterminales.example.es"),
    name_enc=("utf-8", "B"),
    subject="RE: Entrevista – Planificador/a de operaciones portuarias",
    subj_enc=("utf-8", "Q"),
    date="2026-03-11 13:10",
    text=reply("""Hola Kwame:

Gracias por tu explicación sobre el problema de conexión del otro día.

Te escribo para contarte que, tras valorar todas las entrevistas, hemos decidido continuar el proceso con otros candidatos que tienen experiencia directa en terminales de contenedores. Sentimos no poder darte una respuesta positiva esta vez.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,

Lucía Ferrer
Técnica de Selección
Puerto Albufera Terminales, S.A.
Muelle de Poniente s/n, 46024 València
Tel. +34 963 55 21 07

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""", "es", "mié, 25 feb 2026 a las 12:55", "Lucía Ferrer", "lucia.ferrer@albuferaterminales.example.es",
        _alb_missed),
    cte="quoted-printable",
    key="alb-no", parent="alb-missed",
))

_mislata = """Hola Kwame,

Gracias por tu interés en el puesto de Técnico/a de Planificación de Producción en Envases Mislata.

Lamentablemente, en esta ocasión no podemos seguir adelante con tu candidatura. Buscamos un perfil con experiencia previa en planificación de líneas de inyección de plástico.

Guardaremos tu CV por si surge otra vacante que encaje contigo.

Saludos cordiales,
Equipo de Personas de Envases Mislata
"""
add(dict(
    kind="rejection", slug="workable_mislata", lang="es",
    company="Envases Mislata", contact="",
    frm=("Envases Mislata", "noreply@candidates.workablemail.com"),
    subject="Tu candidatura en Envases Mislata",
    date="2026-04-20 10:05",
    text=_mislata,
    html=ats_card("Envases Mislata", "#b91c1c", "Técnico/a de Planificación de Producción",
                  paras(_mislata), "Enviado con Workable", lang="es"),
))

_serrano_call = """Hola Kwame:

Gracias por tu candidatura para el puesto de responsable de almacén y planificación. ¿Te viene bien una llamada el martes 23 a las 10:00?

Marta Llorens
Recursos Humanos · Muebles Serrano
"""
add(dict(
    kind="rejection", slug="serrano_cubierta_internamente", lang="es",
    company="Muebles Serrano", contact="marta.llorens@mueblesserrano.example.es",
    frm=("Marta Llorens", "marta.llorens@mueblesserrano.example.es"),
    subject="Re: Responsable de almacén y planificación",
    date="2026-07-03 09:40",
    text=reply("""Hola Kwame:

Muchas gracias por la llamada del martes pasado, fue muy agradable.

Quería decírtelo cuanto antes: al final la vacante se ha cubierto internamente. Nuestro encargado de la tienda de Alfafar ha pedido el traslado al almacén y la dirección ha preferido darle la oportunidad. Por tanto no seguimos con el proceso.

Lo siento de verdad. Gracias por tu tiempo y mucha suerte.

Marta Llorens
Recursos Humanos
Muebles Serrano
Polígono Fuente del Jarro, Paterna (València)
""", "es", "mié, 17 jun 2026 a las 11:02", "Marta Llorens", "marta.llorens@mueblesserrano.example.es",
        _serrano_call),
    charset="iso-8859-1", cte="base64",
    key="serrano-no", parent="serrano-call",
))

add(dict(
    kind="rejection", slug="talento_cliente_no_avanza", lang="es",
    company="Azahar Alimentación", contact="alvaro.quiles@talentologistico.example.es",
    frm=("Álvaro Quiles", "alvaro.quiles@talentologistico.example.es"),
    name_enc=("iso-8859-1", "B"),
    subject="Azahar Alimentación – novedades",
    subj_enc=("utf-8", "B"),
    date="2026-05-28 18:02",
    text="""Buenas tardes, Kwame:

Ya tengo respuesta de Azahar Alimentación tras la entrevista aplazada que por fin hiciste el día 20. El cliente ha decidido no avanzar con tu perfil: valoran mucho tu experiencia en almacén, pero para este puesto necesitan un nivel de español más alto para negociar con proveedores locales.

Sé que no es lo que esperabas. Si te parece, hablamos la semana que viene y revisamos juntos otras posiciones en la zona de Sagunto donde el inglés pesa más.

Un abrazo,

Álvaro Quiles
Consultor de Selección – Logística
Talento Logístico Mediterráneo
Av. del Puerto 180, 46023 València
+34 655 12 34 98
""",
    key="talento-no", parent="talento-moved",
))
