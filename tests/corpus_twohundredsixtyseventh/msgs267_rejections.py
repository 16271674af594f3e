"""Corpus 267: the 31 rejections, each written by hand."""

from __future__ import annotations

from msgs267_common import (
    M,
    ats_card,
    mso,
    mso_quote_block,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# r01 -- Workday, formal, Lakeside Hotels Group (Guest Services Coordinator)
_t = """Dear Saoirse,

Thank you for your interest in the Guest Services Coordinator position (REQ-20418) at Lakeside Hotels Group.

We have now completed our review of applications for this vacancy. After careful consideration, we regret to inform you that your application has not been successful on this occasion.

We received a very high volume of applications and the standard was strong. Your candidate profile will remain active in our careers site, and you are welcome to apply for any future vacancies that match your skills.

With best wishes for your job search,

Talent Acquisition
Lakeside Hotels Group

This email was sent from an unmonitored mailbox. Please do not reply.
"""
add(M(
    kind="rejection", name="workday_lakeside_formal", company="Lakeside Hotels Group",
    contact="", lang="en", parent="lakeside_ack",
    date="2026-01-29 16:02 +0000",
    frm=("Lakeside Hotels Group", "lakesidehotels@myworkday.com"),
    subject="Update on your application: Guest Services Coordinator (REQ-20418)",
    text=_t, text_cte="qp",
    html=ats_card("Lakeside Hotels Group", paras(_t), color="#2c5f2d",
                  footer="Powered by Workday. Lakeside Hotels Group, Muckross Road, Killarney, Co. Kerry."),
    headers=[("X-Mailer", "Workday Notifications")],
))

# r02 -- Corrib Cloud via Greenhouse, after interview, quoting her thank-you
add(M(
    kind="rejection", name="greenhouse_corrib_after_thanks", company="Corrib Cloud",
    contact="fiona.desmond@corribcloud.example.ie", lang="en", parent="corrib_thanks",
    date="2026-02-26 11:47 +0000",
    frm=("Fiona Desmond via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Fiona Desmond", "fiona.desmond@corribcloud.example.ie"),
    subject="Re: Thank you - Office Coordinator interview",
    text="""Hi Saoirse,

Thanks so much for your lovely note after last Tuesday, and apologies that it has taken me over a week to come back to you.

I wanted you to hear it from me rather than from the portal: the panel met on Monday and we're offering the Office Coordinator role to another candidate who has run a multi-site office before. It was genuinely close, and the way you described managing the linen and rota chaos during the Rose of Tralee week stuck with everyone.

If you'd be open to it, I'd like to keep your details for the Operations Assistant role we expect to open in the summer.

All the best,
Fiona

Fiona Desmond | Talent Partner
Corrib Cloud | 4 Lapp's Quay, Cork T12 X2V8
+353 21 555 0143

""" + on_wrote("2026-02-17 18:21", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Hi Fiona,

Thank you for taking the time to interview me this afternoon with Darragh and Lucy. I really enjoyed hearing how the Cork office is growing, and I'm even more excited about the Office Coordinator role now.

If there's anything else you need from me, such as references, just let me know.

Best wishes,
Saoirse"""),
))

# r03 -- Ashby, Liffey Ledger, role put on hold
_t = """Hi Saoirse,

We're writing with an update on the Office Manager (Dublin) role you applied for.

Following a review of our hiring plan for this year, the role has been put on hold and we will not proceed with any of the current applications, including yours. This is a business decision and not a reflection of your application.

We're sorry to bring this news after the time you have invested with us. If the position reopens, we'll post it on our careers page and you're very welcome to apply again.

The Liffey Ledger People Team"""
add(M(
    kind="rejection", name="ashby_liffey_on_hold", company="Liffey Ledger",
    contact="", lang="en", parent="liffey_cancel",
    date="2026-04-08 09:30 +0100",
    frm=("Liffey Ledger", "no-reply@ashbyhq.com"),
    subject="Your application to Liffey Ledger",
    html=ats_card("Liffey Ledger", paras(_t), color="#5b3cc4",
                  footer="Sent with Ashby on behalf of Liffey Ledger, 22 Sir John Rogerson's Quay, Dublin 2."),
    html_cte="base64",
))

# r04 -- Portobello Talent relays Tara Street Properties' no (after the missed call)
add(M(
    kind="rejection", name="agency_grafton_client_no", company="Tara Street Properties",
    contact="conor.brady@portobellotalent.example.ie", lang="en", parent="grafton_missed",
    date="2026-03-18 14:12 +0000",
    frm=("Conor Brady", "conor.brady@portobellotalent.example.ie"),
    subject="RE: Tara Street Properties - Friday's interview",
    text="""Hi Saoirse,

I went back to Tara Street Properties yesterday to ask if they'd give you another slot, given the broadband trouble you told me about.

Unfortunately they've come back with a no. Their view is that they saw two strong people on Friday and they'd rather move quickly with one of them, so they won't be taking your application any further. I did push, for what it's worth.

I don't want this one to knock you. I have a property management firm in Sandyford looking for an office manager from April and I think you'd suit them well. Can I send your CV over?

Conor

Conor Brady
Senior Consultant, Office Support
Portobello Talent | 3rd Floor, 71 Harcourt Street, Dublin 2
T: +353 1 555 7720 | M: +353 86 555 3190

""" + outlook_block("Conor Brady", "2026-03-13 11:26", "Saoirse Nakamura-Boyle",
                    "Tara Street Properties - Friday's interview",
                    """Hi Saoirse,

Orla from Tara Street has just been on to me. They had you down for 11:00 on Teams and nobody joined, and they couldn't get you on your mobile either. Is everything ok? Give me a shout when you see this."""),
))

# r05 -- St Brendan's Regional Hospital, filled internally, with disclaimer
_t = """Dear Ms Nakamura-Boyle,

Re: Clerical Officer / Office Manager, Outpatients Department (Competition Ref. SBH-0226)

I refer to your recent interview for the above post.

I wish to advise you that the post has been filled by way of an internal transfer under the hospital's redeployment arrangements, and the competition has therefore been closed. As a result, no panel will be formed from this campaign, and your candidacy in it has now ended.

Thank you for attending on 5 March and for the interest you have shown in St Brendan's. Future competitions are advertised on our website.

Yours sincerely,

Máire Ní Chonaill
HR Officer, Recruitment
St Brendan's Regional Hospital, Rathass, Tralee, Co. Kerry V92 KX03
Tel: 066 555 4120

--\u0020
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. St Brendan's Regional Hospital accepts no liability for any views expressed that are not those of the hospital.
"""
add(M(
    kind="rejection", name="hospital_filled_internally", company="St Brendan's Regional Hospital",
    contact="maire.nichonaill@stbrendans-hospital.example.ie", lang="en",
    parent="brendan_update",
    date="2026-03-20 15:40 +0000",
    frm=("Máire Ní Chonaill", "maire.nichonaill@stbrendans-hospital.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Competition SBH-0226 - outcome",
    text=_t, text_cs="iso-8859-1", text_cte="qp",
))

# r06 -- Bells Field Lettings, terse human
add(M(
    kind="rejection", name="shandon_terse", company="Bells Field Lettings",
    contact="ger.murphy@bellsfieldlettings.example.ie", lang="en", parent="shandon_missed",
    date="2026-04-15 17:55 +0100",
    frm=("Ger Murphy", "ger.murphy@bellsfieldlettings.example.ie"),
    subject="Office admin role",
    text="""Saoirse - we've gone another way on the admin job. Thanks for applying and best of luck.

Ger

Sent from my iPhone
""",
))

# r07 -- Reeks Country Tours, casual after the trial day
add(M(
    kind="rejection", name="tours_casual_after_trial", company="Reeks Country Tours",
    contact="donal@reekscountrytours.example.ie", lang="en", parent="rok_inv",
    date="2026-05-18 20:14 +0100",
    frm=("Donal Cronin", "donal@reekscountrytours.example.ie"),
    subject="Re: Trial day Wednesday",
    text="""Hiya Saoirse,

Just a quick one after Wednesday. You were a star with the Americans who turned up without a booking, and Bríd said you had the bookings board sorted before eleven.

Look, I'll be straight with you: we've given the office job to Deirdre. She did the season with us two years ago and knows the coach operators, and with the summer landing on top of us that swung it. It's no reflection on you at all.

If you fancy some weekend hours on the desk in July and August, the offer is there. Otherwise I hope you land something great soon.

Donal
Reeks Country Tours, College Street, Killarney
087 555 2214

""" + on_wrote("2026-05-05 09:02", "Donal Cronin <donal@reekscountrytours.example.ie>",
               """Hi Saoirse, would you be able to come in for a trial day on Wednesday 13th? 9 till 4, the office over the shop. Lunch is on us."""),
))

# r08 -- SmartRecruiters, Wild Atlantic Voyages, formal "more closely matches"
_t = """Dear Saoirse,

Thank you for applying for the role of Reservations Office Lead at Wild Atlantic Voyages.

We have reviewed your application carefully. On this occasion we have decided to move forward with candidates whose experience more closely matches the requirements of the position, in particular previous management of a reservations team.

We appreciate your interest and encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Wild Atlantic Voyages Recruitment"""
add(M(
    kind="rejection", name="smartrecruiters_wav_formal", company="Wild Atlantic Voyages",
    contact="", lang="en",
    date="2026-06-08 07:05 +0000",
    frm=("Wild Atlantic Voyages", "noreply@smartrecruiters.com"),
    subject="Wild Atlantic Voyages - Reservations Office Lead",
    text=_t, text_cte="7bit",
    html=ats_card("Wild Atlantic Voyages", paras(_t), color="#0a4f70",
                  footer="This message was sent via SmartRecruiters. Please do not reply to this email."),
    html_cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

# r09 -- iCIMS, Ardmore Private Hospital
_t = """Dear Saoirse,

Thank you for taking part in the recruitment process for Ward Administrator (Req ID 2026-1187) at Ardmore Private Hospital, including your interview on 19 June.

Having reviewed all candidates against the criteria for the post, we will not be progressing your application to the next stage. We know this is not the news you were hoping for.

We would encourage you to create a job alert on our careers portal so that you hear about suitable roles as soon as they are advertised.

Yours sincerely,
Ardmore Private Hospital Recruitment Team
Ardmore Road, Dublin 4"""
add(M(
    kind="rejection", name="icims_ardmore_after_interview", company="Ardmore Private Hospital",
    contact="", lang="en",
    date="2026-07-02 12:20 +0100",
    frm=("Ardmore Private Hospital Careers", "ardmorehospital-noreply@talent.icims.com"),
    subject="Ward Administrator (2026-1187): application status",
    text=_t, text_cte="base64",
    html=ats_card("Ardmore Private Hospital", paras(_t), color="#7a1f3d",
                  footer="Please do not reply to this message. This mailbox is not monitored."),
    html_cte="base64",
))

# r10 -- Muckross Lake Lodge, role cancelled in restructuring (windows-1252)
add(M(
    kind="rejection", name="lodge_role_cancelled", company="Muckross Lake Lodge",
    contact="p.oleary@muckrosslodge.example.ie", lang="en",
    date="2026-02-19 10:08 +0000",
    frm=("Pádraig O'Leary", "p.oleary@muckrosslodge.example.ie"),
    frm_enc=("utf-8", "B"),
    subject="Front Office Administrator – update",
    subj_enc=("utf-8", "Q"),
    text="""Dear Saoirse,

I’m sorry to be writing with this, especially as we had pencilled you in for a chat next week.

Following the sale of the lodge to new owners, the front office and accounts teams are being merged and the Front Office Administrator role no longer exists. We have withdrawn the vacancy, so sadly there is no longer a job to offer you – or anyone else.

You clearly know the hotel side inside out, and I’d be happy to act as an informal referee if that’s ever useful.

Warm regards,

Pádraig O’Leary
General Manager
Muckross Lake Lodge · Muckross Road · Killarney · Co. Kerry
+353 64 555 3801
""",
    text_cs="windows-1252", text_cte="qp",
))

# r11 -- Fitzwilliam Keane Solicitors, Outlook HTML, soft wording, disclaimer
_t = """Dear Saoirse,

Many thanks for coming in to meet Eimear and me on Tuesday regarding the Practice Office Manager vacancy.

We enjoyed our conversation and were impressed by how you have organised rotas and supplies for a busy hotel. Having weighed everything up, however, we feel the role needs someone who has already worked inside a legal practice, with file management and AML checks as part of the daily routine, and we have offered the position on that basis.

Please don’t take this as a judgment on your abilities. I would be glad to hear how you get on.

Kind regards,

Rachel Keane
Partner
Fitzwilliam Keane Solicitors
14 Fitzwilliam Place, Dublin 2, D02 Y623
T: +353 1 555 8841

This email and any attachments may contain legally privileged and confidential information intended solely for the named recipient. If you are not the intended recipient, please notify us immediately and delete it. Fitzwilliam Keane Solicitors is regulated by the Law Society of Ireland."""
add(M(
    kind="rejection", name="solicitors_outlook_soft", company="Fitzwilliam Keane Solicitors",
    contact="rkeane@fitzkeane.example.ie", lang="en",
    date="2026-04-23 16:33 +0100",
    frm=("Rachel Keane", "rkeane@fitzkeane.example.ie"),
    subject="Practice Office Manager",
    text=_t, text_cs="windows-1252", text_cte="qp",
    html=outlook_html(mso(_t)), html_cs="windows-1252", html_cte="qp",
    headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Practice Office Manager")],
))

# r12 -- Lever, Blarney Analytics, Reply-To the recruiter
_t = """Hi Saoirse,

Thank you for speaking with us about the Workplace Experience Coordinator position at Blarney Analytics.

We've now finished first-round conversations and have decided not to advance your candidacy to the onsite stage. The team felt that the role's facilities and vendor-management side calls for more direct experience than your background shows today.

We're grateful for your time and wish you every success.

Aisling Kiely
Recruiting, Blarney Analytics"""
add(M(
    kind="rejection", name="lever_blarney_not_advancing", company="Blarney Analytics",
    contact="aisling.kiely@blarneyanalytics.example.ie", lang="en",
    date="2026-02-06 13:51 +0000",
    frm=("Blarney Analytics", "no-reply@hire.lever.co"),
    reply_to=("Aisling Kiely", "aisling.kiely@blarneyanalytics.example.ie"),
    subject="Blarney Analytics: Workplace Experience Coordinator",
    text=_t,
))

# r13 -- Taleo, Marina Quay Clinic, after the assessment centre
_t = """Dear Saoirse Nakamura-Boyle,

Requisition: 26-0412 Medical Secretary / Office Lead

Thank you for attending the assessment centre on 9 June. Each candidate was scored on the in-tray exercise, the scheduling task and the structured interview.

Your overall score did not reach the threshold needed for the next stage, so your application will not go further in this recruitment campaign. Should you wish to receive feedback on your scores, please use the link in your candidate profile within 14 days.

Regards,
Human Resources
Marina Quay Clinic, Cork"""
add(M(
    kind="rejection", name="taleo_mercy_after_assessment", company="Marina Quay Clinic",
    contact="", lang="en", parent="mercy_postpone",
    date="2026-06-19 08:44 +0100",
    frm=("Marina Quay Clinic Careers", "marinaquay@taleo.net"),
    subject="Your application - Medical Secretary / Office Lead (26-0412)",
    text=_t,
    html=plain_html(paras(_t) + '\n<p><a href="https://marinaquay.taleo.net/careersection/profile">View my candidate profile</a></p>'),
    html_cte="qp",
))

# r14 -- Maine Valley Staffing, unnamed client
add(M(
    kind="rejection", name="agency_kerry_unnamed_client", company="Maine Valley Staffing",
    contact="michelle@mainevalleystaffing.example.ie", lang="en", parent="kss_reg",
    date="2026-02-02 12:03 +0000",
    frm=("Michelle Foley - Maine Valley Staffing", "michelle@mainevalleystaffing.example.ie"),
    subject="The Tralee office role",
    text="""Hi Saoirse,

Quick update on the office manager job I put you forward for last week, the law firm on Denny Street.

My client came back to me this morning. They liked your CV but have decided to interview only people who have worked with case-management software already, so they've passed on you this time. I'm sorry, I know you were keen on that one.

I've two more roles coming in next month (a medical practice and an engineering firm), both in Tralee, and you'd be first on my list. Are you still only looking at full-time?

Michelle Foley
Recruitment Consultant
Maine Valley Staffing | Unit 4, Ashe Street, Tralee | 066 555 9023
""",
))

# r15 -- Ballyseedy Digital, long Outlook chain; new text is the no
_new = """Hi Saoirse,

Thanks for checking in, and sorry for the radio silence; we've had half the team out with the flu.

We've reached a decision on the Office & Events Coordinator role and it isn't good news for you this time. We had two finalists and chose the person who has organised conferences of 300+ people, since the events side will be half the job this year.

You asked for feedback, so briefly: your answers on budgets and suppliers were very strong, and the panel would have liked a bit more detail on how you'd handle the IT onboarding side. I hope that helps for the next one.

Best,
Niall

Niall Horgan
Head of Operations
Ballyseedy Digital | The Tech Hub, Dan Spring Road, Tralee, V92 C9F4
+353 66 555 6607"""
_q1 = """Hi Niall,

I hope you're keeping well. I was just wondering whether there was any update on the Office & Events Coordinator role since my interview on the 10th? I'm still very interested.

Many thanks,
Saoirse"""
_q2 = """Hi Saoirse,

Thanks for applying for the Office & Events Coordinator role. We'd love to invite you to an interview at our Tralee office on Tuesday 10 February at 14:30. You'll meet me and Gráinne from our events team; it should take about 45 minutes.

Let me know if that works.

Niall"""
_chain = (outlook_block("Saoirse Nakamura-Boyle <saoirse.nb@example.ie>", "2026-02-18 09:12",
                        "Niall Horgan <n.horgan@ballyseedy.example.ie>",
                        "RE: Interview - Office & Events Coordinator", _q1)
          + "\n" + outlook_block("Niall Horgan <n.horgan@ballyseedy.example.ie>",
                                 "2026-02-03 15:47", "Saoirse Nakamura-Boyle",
                                 "Interview - Office & Events Coordinator", _q2))
_html = (mso(_new) + "\n"
         + mso_quote_block(["From: Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
                            "Sent: Wednesday, 18 February 2026 09:12",
                            "To: Niall Horgan <n.horgan@ballyseedy.example.ie>",
                            "Subject: RE: Interview - Office & Events Coordinator"], _q1) + "\n"
         + mso_quote_block(["From: Niall Horgan <n.horgan@ballyseedy.example.ie>",
                            "Sent: Tuesday, 3 February 2026 15:47",
                            "To: Saoirse Nakamura-Boyle",
                            "Subject: Interview - Office & Events Coordinator"], _q2))
add(M(
    kind="rejection", name="ballyseedy_outlook_chain_feedback", company="Ballyseedy Digital",
    contact="n.horgan@ballyseedy.example.ie", lang="en", parent="ballyseedy_inv",
    date="2026-02-20 12:31 +0000",
    frm=("Niall Horgan", "n.horgan@ballyseedy.example.ie"),
    subject="RE: Interview - Office & Events Coordinator",
    text=_new + "\n\n" + _chain,
    html=outlook_html(_html, charset="utf-8"), html_cte="qp",
    headers=[("Thread-Topic", "Interview - Office & Events Coordinator"),
             ("X-MS-Exchange-Organization-SCL", "-1")],
))

# r16 -- Workable, Inch Beach Holidays, short
_t = """Hi Saoirse,

Thanks for your application for Bookings Office Supervisor at Inch Beach Holidays.

On this occasion you haven't been selected for the next round. We hope you'll consider us again in the future.

Inch Beach Holidays"""
add(M(
    kind="rejection", name="workable_inch_short", company="Inch Beach Holidays",
    contact="", lang="en",
    date="2026-01-22 18:26 +0000",
    frm=("Inch Beach Holidays", "noreply@workablemail.com"),
    subject="Your application for Bookings Office Supervisor",
    html=ats_card("Inch Beach Holidays", paras(_t), color="#e07a1f",
                  footer="Sent by Workable on behalf of Inch Beach Holidays. Unsubscribe from candidate emails."),
    html_cte="qp",
))

# r17 -- Dunloe Estates, iso-8859-1 quoted-printable, encoded display name
add(M(
    kind="rejection", name="estate_agent_local_experience", company="Dunloe Estates",
    contact="sean.obriain@dunloe-estates.example.ie", lang="en",
    date="2026-03-11 11:15 +0000",
    frm=("Seán Ó Briain", "sean.obriain@dunloe-estates.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Your application - Sales & Lettings Administrator",
    text="""Hello Saoirse,

Thank you for calling in with your CV and for the follow-up email.

We have gone with an applicant who has handled conveyancing paperwork for an estate agent in Kenmare, which is the part of the job we cannot train up quickly before the spring market. I'm sorry it's not better news.

I have kept your CV on file, and I would not be surprised if we are hiring again in the autumn.

Kind regards,

Seán Ó Briain MIPAV
Dunloe Estates, 27 High Street, Killarney, Co. Kerry
Tel. 064 555 1190 | PSRA Licence No. 00xxxx
""",
    text_cs="iso-8859-1", text_cte="qp",
))

# r18 -- Recruitee, Munich firm writing in English, Reply-To the recruiter
_t = """Dear Saoirse,

Many thanks for your interest in the Office Manager (English-speaking) role at our Munich headquarters and for the time you spent on the video call with me.

I'm afraid we have decided to continue with another applicant whose German is at business level, as the position involves a lot of contact with local authorities and landlords. We understand this will be disappointing.

If you have any questions, simply reply to this email.

Best regards,
Hannah Vogt
People & Culture | Tollwood Mobility
Landsberger Straße 110, 80339 München"""
add(M(
    kind="rejection", name="recruitee_munich_english", company="Tollwood Mobility",
    contact="hannah.vogt@tollwood.example.de", lang="en",
    date="2026-07-21 10:48 +0200",
    frm=("Tollwood Mobility", "tollwood-mobility@jobs.recruitee.com"),
    reply_to=("Hannah Vogt", "hannah.vogt@tollwood.example.de"),
    subject="Office Manager (English-speaking) – your application",
    subj_enc=("utf-8", "B"),
    text=_t,
    html=plain_html(paras(_t)), html_cte="base64",
))

# r19 -- Personio, Isarblick Reisen, after interview (de)
_t = """Liebe Frau Nakamura-Boyle,

vielen Dank für das angenehme Gespräch am 23. Juni und Ihr Interesse an der Stelle als Office Managerin (m/w/d) in unserem Büro am Viktualienmarkt.

Nach reiflicher Überlegung haben wir uns für eine Bewerberin entschieden, die bereits Erfahrung mit Gruppenreisen und Reiseveranstalter-Software mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Herzliche Grüße
Katrin Oberhuber
Personal, Isarblick Reisen GmbH"""
add(M(
    kind="rejection", name="personio_isarblick_nach_gespraech", company="Isarblick Reisen",
    contact="k.oberhuber@isarblick.example.de", lang="de", parent="isar_inv",
    date="2026-07-07 14:05 +0200",
    frm=("Isarblick Reisen GmbH", "noreply@personio.de"),
    reply_to=("Katrin Oberhuber", "k.oberhuber@isarblick.example.de"),
    subject="Ihre Bewerbung als Office Managerin (m/w/d)",
    text=_t,
    html=ats_card("Isarblick Reisen", paras(_t), color="#00857c", lang="de",
                  footer="Diese E-Mail wurde über Personio versendet."),
    html_cte="qp",
))

# r20 -- Kanzlei Brandl & Seidl, after the missed interview (de), iso-8859-1 qp
add(M(
    kind="rejection", name="kanzlei_absage_nach_termin", company="Kanzlei Brandl & Seidl",
    contact="j.seidl@brandl-seidl.example.de", lang="de", parent="brandl_missed",
    date="2026-06-26 09:20 +0200",
    frm=("Dr. Johanna Seidl", "j.seidl@brandl-seidl.example.de"),
    subject="AW: Vorstellungsgespräch am 18. Juni",
    text="""Sehr geehrte Frau Nakamura-Boyle,

danke für Ihre Nachricht und die Erklärung zu Ihrem Flug. Wir haben dafür Verständnis.

Da wir die Stelle der Büroleitung zum 1. August besetzen müssen, haben wir das Auswahlverfahren inzwischen mit den übrigen Kandidatinnen abgeschlossen. Einen neuen Gesprächstermin können wir Ihnen deshalb nicht mehr anbieten, und wir müssen Ihnen für diese Stelle leider absagen.

Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.

Mit freundlichen Grüßen

Dr. Johanna Seidl
Rechtsanwältin | Partnerin
Kanzlei Brandl & Seidl Rechtsanwälte PartG mbB
Prinzregentenstraße 54, 80538 München
Tel. +49 89 5550 2231

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.

""" + on_wrote("2026-06-18 17:40", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Sehr geehrte Frau Dr. Seidl,

es tut mir sehr leid, dass ich heute nicht zum Gespräch erscheinen konnte. Mein Flug aus Cork wurde gestrichen und ich habe Sie telefonisch nicht erreicht. Wäre ein neuer Termin möglich?

Mit freundlichen Grüßen
Saoirse Nakamura-Boyle""", "de"),
    text_cs="iso-8859-1", text_cte="qp",
))

# r21 -- softgarden, Westpark Immobilien (de), formal
_t = """Sehr geehrte Frau Nakamura-Boyle,

wir bedanken uns für Ihre Bewerbung als Büroleitung (m/w/d) und das Vertrauen, das Sie uns damit entgegengebracht haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Die Entscheidung ist uns angesichts der vielen qualifizierten Zuschriften nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Westpark Immobilien GmbH

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."""
add(M(
    kind="rejection", name="softgarden_westpark_formal", company="Westpark Immobilien",
    contact="", lang="de",
    date="2026-08-14 07:30 +0200",
    frm=("Westpark Immobilien GmbH", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Büroleitung (m/w/d)",
    subj_enc=("iso-8859-1", "Q"),
    text=_t, text_cs="iso-8859-1", text_cte="base64",
    html=ats_card("Westpark Immobilien", paras(_t), color="#294a7a", charset="iso-8859-1",
                  lang="de", footer="Versendet mit softgarden"),
    html_cs="iso-8859-1", html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

# r22 -- Personalberatung Huber relays the client's no (de)
add(M(
    kind="rejection", name="personalberatung_kunde_absage", company="Augenklinik Nordbad",
    contact="m.huber@huber-personal.example.de", lang="de",
    date="2026-07-28 16:10 +0200",
    frm=("Markus Huber", "m.huber@huber-personal.example.de"),
    subject="Rückmeldung Augenklinik Nordbad",
    text="""Hallo Frau Nakamura-Boyle,

ich habe heute mit der Verwaltungsleitung der Augenklinik Nordbad telefoniert.

Die Klinik hat sich gegen eine Einladung entschieden. Ausschlaggebend war, dass im Patientenempfang fließendes Deutsch am Telefon Voraussetzung ist und man die Einarbeitung nicht auf Englisch leisten kann. Ihr Profil fand man ansonsten sehr passend.

Ich melde mich, sobald ich eine Position habe, in der Englisch als Arbeitssprache gefragt ist. Da kommt im Herbst erfahrungsgemäß einiges.

Viele Grüße
Markus Huber
Geschäftsführer
Personalberatung Huber | Leopoldstraße 31 | 80802 München
+49 89 5551 4400
""",
    text_cte="qp",
))

# r23 -- Maxvorstadt Medien, position withdrawn, HTML only (de)
_t = """Liebe Saoirse,

kurze, leider unerfreuliche Nachricht: Wir haben die Stelle Teamassistenz / Office im Zuge unserer Budgetplanung für das zweite Halbjahr gestrichen. Das Verfahren ist damit für alle Bewerberinnen beendet, also leider auch für dich.

Danke, dass du dir Zeit für uns genommen hast. Ich hätte dich gern kennengelernt.

Beste Grüße aus der Türkenstraße
Lena Wachter
Maxvorstadt Medien"""
add(M(
    kind="rejection", name="stelle_gestrichen_html", company="Maxvorstadt Medien",
    contact="lena.wachter@maxvorstadt-medien.example.de", lang="de",
    date="2026-09-02 12:42 +0200",
    frm=("Lena Wachter", "lena.wachter@maxvorstadt-medien.example.de"),
    subject="Teamassistenz / Office – Stelle entfällt",
    subj_enc=("utf-8", "B"),
    html=plain_html(paras(_t), lang="de"), html_cte="8bit",
))

# r24 -- Teamtailor, Garonne Vins & Voyages, after the trial day (fr)
_t = """Bonjour Saoirse,

Merci encore pour votre journée d'essai du 7 mai à l'agence des Quinconces. L'équipe a apprécié votre calme au téléphone et votre sens de l'accueil.

Après réflexion, nous avons choisi de poursuivre avec une autre candidate, dont le niveau de français écrit correspond davantage aux échanges quotidiens avec nos prestataires. Nous sommes conscients que ce n'est pas la réponse que vous attendiez.

Nous vous souhaitons une belle continuation.

Élodie Marchand
Responsable administrative, Garonne Vins & Voyages"""
add(M(
    kind="rejection", name="teamtailor_garonne_apres_essai", company="Garonne Vins & Voyages",
    contact="elodie.marchand@garonne-voyages.example.fr", lang="fr", parent="garonne_inv",
    date="2026-05-15 10:02 +0200",
    frm=("Garonne Vins & Voyages", "no-reply@teamtailor-mail.com"),
    reply_to=("Élodie Marchand", "elodie.marchand@garonne-voyages.example.fr"),
    reply_enc=("utf-8", "B"),
    subject="Votre candidature – Assistante d'agence polyvalente",
    subj_enc=("utf-8", "Q"),
    text=_t,
    html=ats_card("Garonne Vins & Voyages", paras(_t), color="#8c1c3a", lang="fr",
                  footer="Envoyé avec Teamtailor"),
    html_cte="base64",
))

# r25 -- Cabinet Lefèvre-Martin, formal refusal after interview, disclaimer (fr)
add(M(
    kind="rejection", name="cabinet_avocats_refus", company="Cabinet Lefèvre-Martin",
    contact="c.lefevre@lefevre-martin.example.fr", lang="fr", parent="lefevre_move",
    date="2026-10-02 18:17 +0200",
    frm=("Claire Lefèvre", "c.lefevre@lefevre-martin.example.fr"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Suite à notre entretien du 24 septembre",
    text="""Madame,

Je vous remercie d'être venue au cabinet le 24 septembre pour le poste d'office manager.

Nous avons rencontré plusieurs profils de qualité. Notre choix s'est finalement porté sur une personne ayant déjà exercé en cabinet d'avocats, notamment pour la facturation des honoraires et le suivi des audiences. Je ne suis donc pas en mesure de donner une suite favorable à votre candidature.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Me Claire Lefèvre
Avocate associée
Cabinet Lefèvre-Martin Avocats - 18, cours de l'Intendance - 33000 Bordeaux
Tél. : 05 56 55 21 40

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.
""",
    text_cs="windows-1252", text_cte="8bit",
))

# r26 -- Immobilière des Chartrons, filled internally, Outlook HTML (fr)
_t = """Bonjour Madame Nakamura-Boyle,

Nous vous remercions pour votre candidature au poste d'assistante de gestion locative.

Nous tenions à vous informer que le poste a finalement été pourvu en interne : une collaboratrice de notre agence de Mérignac a souhaité rejoindre l'équipe des Chartrons. Le recrutement externe est donc clôturé.

Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se présente.

Cordialement,

Sophie Darrieux
Responsable d’agence
Immobilière des Chartrons – 42, rue Notre-Dame – 33000 Bordeaux
05 56 55 87 12"""
add(M(
    kind="rejection", name="agence_pourvu_interne", company="Immobilière des Chartrons",
    contact="s.darrieux@chartrons-immo.example.fr", lang="fr",
    date="2026-08-26 11:05 +0200",
    frm=("Sophie Darrieux", "s.darrieux@chartrons-immo.example.fr"),
    subject="Votre candidature : assistante de gestion locative",
    subj_enc=("iso-8859-1", "Q"),
    text=_t.replace("’", "'").replace("–", "-"), text_cs="iso-8859-1", text_cte="qp",
    html=outlook_html(mso(_t), lang="FR"), html_cs="windows-1252", html_cte="qp",
))

# r27 -- Bacalan Talents, unnamed client (fr)
add(M(
    kind="rejection", name="agence_client_non_nomme", company="Bacalan Talents",
    contact="julien.ferrand@bacalan-talents.example.fr", lang="fr", parent="aquitaine_reg",
    date="2026-09-10 17:48 +0200",
    frm=("Julien Ferrand", "julien.ferrand@bacalan-talents.example.fr"),
    subject="Retour de notre client – poste d'office manager",
    subj_enc=("utf-8", "Q"),
    text="""Bonjour Saoirse,

J'ai eu un retour de mon client, l'éditeur de logiciels de la zone Bordeaux-Lac dont je vous avais parlé.

Ils ne retiennent pas votre profil pour le poste d'office manager : ils cherchent finalement quelqu'un avec une expérience en paie, ce qui n'était pas dans l'annonce au départ. Je trouve ça dommage, votre dossier était solide.

Je garde votre candidature active chez nous et je vous appelle dès qu'un poste plus adapté arrive.

Bonne soirée,
Julien

Julien Ferrand
Consultant recrutement – Fonctions support
Bacalan Talents | 9, quai de Bacalan, 33300 Bordeaux
06 55 41 22 90
""",
))

# r28 -- SuccessFactors, Hospital Marítimo del Sol (es)
_t = """Estimada Saoirse:

Le agradecemos su participación en el proceso de selección para el puesto de Coordinadora Administrativa de Consultas Externas (ref. HMS-2026-077).

Tras valorar todas las candidaturas, le comunicamos que no ha sido seleccionada para continuar en el proceso. Sus datos se conservarán en nuestra base de candidatos durante doce meses, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Hospital Marítimo del Sol, Málaga

Este mensaje se ha generado automáticamente. Por favor, no responda."""
add(M(
    kind="rejection", name="successfactors_maritimo", company="Hospital Marítimo del Sol",
    contact="", lang="es", parent="maritimo_cancel",
    date="2026-07-20 09:15 +0200",
    frm=("Hospital Marítimo del Sol – Empleo", "hms-empleo@successfactors.eu"),
    frm_enc=("utf-8", "B"),
    subject="Resolución de su candidatura HMS-2026-077",
    subj_enc=("utf-8", "B"),
    text=_t,
    html=ats_card("Hospital Marítimo del Sol", paras(_t), color="#006d77", lang="es",
                  footer="SAP SuccessFactors"),
    html_cte="qp",
))

# r29 -- Inmobiliaria Alameda, after she missed the interview (es)
add(M(
    kind="rejection", name="inmobiliaria_tras_ausencia", company="Inmobiliaria Alameda",
    contact="rocio.benitez@inmoalameda.example.es", lang="es", parent="alameda_missed",
    date="2026-09-18 13:27 +0200",
    frm=("Rocío Benítez", "rocio.benitez@inmoalameda.example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="RE: Entrevista martes 8",
    text="""Hola Saoirse:

Gracias por tu correo y me alegro de que ya estés bien.

Te cuento: como no pudimos vernos el martes y el puesto tenía que estar cubierto antes de octubre, hemos cerrado el proceso con otra persona que ya estaba en la última fase. Así que esta vez no podemos seguir contigo.

Si más adelante abrimos otra plaza en la oficina de Soho, te escribo.

Un abrazo,
Rocío Benítez
Inmobiliaria Alameda
Alameda Principal 21, 29005 Málaga
952 55 40 18
""",
    text_cs="iso-8859-1", text_cte="8bit",
))

# r30 -- Bufete Ruiz Arjona, iso-8859-1 base64 (es)
add(M(
    kind="rejection", name="bufete_otras_candidaturas", company="Bufete Ruiz Arjona",
    contact="t.arjona@ruizarjona.example.es", lang="es",
    date="2026-10-06 12:00 +0200",
    frm=("Teresa Arjona", "t.arjona@ruizarjona.example.es"),
    subject="Su candidatura para el puesto de Office Manager",
    text="""Estimada Sra. Nakamura-Boyle:

Hemos recibido y estudiado con atención su currículum para el puesto de Office Manager de nuestro despacho en la calle Larios.

Lamentamos comunicarle que hemos decidido continuar con otras candidaturas que se ajustan mejor al perfil, en especial por su experiencia previa en la gestión de agendas judiciales.

Le deseamos mucha suerte en su búsqueda.

Atentamente,

Teresa Arjona
Socia directora
Bufete Ruiz Arjona Abogados
C/ Marqués de Larios 8, 3.º - 29005 Málaga
Tel. 952 55 11 73

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""",
    text_cs="iso-8859-1", text_cte="base64",
))

# r31 -- Axarquía Digital, vacancy cancelled (es)
_t = """Hola Saoirse,

Te escribo para cerrar el proceso de Office Manager en Axarquía Digital.

Al final la dirección ha decidido no cubrir el puesto este año: vamos a repartir las tareas de oficina entre el equipo actual y la vacante queda anulada. Siento mucho no traerte mejores noticias después de la prueba que hiciste.

Gracias por tu interés y mucho ánimo.

Pablo Serrano
Operaciones | Axarquía Digital
Calle Trinidad Grund 5, Málaga"""
add(M(
    kind="rejection", name="vacante_anulada", company="Axarquía Digital",
    contact="pablo.serrano@axarquiadigital.example.es", lang="es",
    date="2026-10-13 19:40 +0200",
    frm=("Pablo Serrano", "pablo.serrano@axarquiadigital.example.es"),
    subject="Proceso Office Manager – cierre",
    text=_t, text_cte="qp",
    html=plain_html(paras(_t), lang="es"), html_cte="qp",
))

