"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices (10)
for Ingrid Solberg-Achebe. Each written by hand."""

# ruff: noqa: C408  (each message is a dict(...) call: a spec written by hand)

from __future__ import annotations

from msgs113_common import (
    OUTLOOK_ES,
    OUTLOOK_FR,
    ats_page,
    gmail_quote,
    mso,
    original_message,
    outlook_page,
    outlook_quote,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

KU_UID = "040000008200E00074C5B7101A82E00800000000D0F1C2A9B4C7DC01000000000000000010000000E4A61B7F3C2D9E48A5B0F1C7D2E3A4B5"
HUBER_UID = "a3f9c2e1-7b44-4d1a-9e0f-5c6d7e8f9a01@archivsysteme-huber.example.at"

# ================================================================ invitations: English

add(dict(
    kind="interview_invitation", scen="calendar_kingsbridge_panel", lang="en",
    company="Kingsbridge University", contact="recruitment@kingsbridge.example.co.uk",
    frm=("Kingsbridge University Recruitment", "recruitment@kingsbridge.example.co.uk"),
    subject="Interview invitation: Assistant Archivist (Digital) - Ref KU-04519",
    date="2026-04-09 15:20 +0100", mailer="outlook",
    text="""Dear Ingrid,

Thank you for your application for the post of Assistant Archivist (Digital) in Library & Archives, reference KU-04519.

I am pleased to invite you to interview on Wednesday 22 April 2026 at 10:00. The interview will take place in the Seminar Room, Maughan Reading Room, Kingsbridge University, Strand Lane, London WC2R 2LS.

The panel will be:
- Dr Esther Adeyemi, Head of Archives and Records Management
- Mr Tom Whitcombe, Digital Preservation Manager
- Ms Hannah Pryce, HR Services (observer)

The interview will last 45 minutes and will begin with a 15-minute practical exercise in which you will appraise a small deposit of born-digital records. No preparation is required.

A calendar invitation is attached. Please reply to this email to confirm that you can attend, and let us know if you require any reasonable adjustments.

Kind regards,

Hannah Pryce
Recruitment Coordinator, HR Services
Kingsbridge University
""",
    html=outlook_page(mso(
        "Dear Ingrid,", "",
        "Thank you for your application for the post of <b>Assistant Archivist (Digital)</b> in Library &amp; Archives, reference KU-04519.", "",
        "I am pleased to invite you to interview on <b>Wednesday 22 April 2026 at 10:00</b>. The interview will take place in the Seminar Room, Maughan Reading Room, Kingsbridge University, Strand Lane, London WC2R 2LS.", "",
        "The panel will be:",
        "&middot; Dr Esther Adeyemi, Head of Archives and Records Management",
        "&middot; Mr Tom Whitcombe, Digital Preservation Manager",
        "&middot; Ms Hannah Pryce, HR Services (observer)", "",
        "The interview will last 45 minutes and will begin with a 15-minute practical exercise in which you will appraise a small deposit of born-digital records. No preparation is required.", "",
        "A calendar invitation is attached. Please reply to this email to confirm that you can attend, and let us know if you require any reasonable adjustments.", "",
        "Kind regards,", "",
        "<b>Hannah Pryce</b>", "Recruitment Coordinator, HR Services",
        '<span style="color:#7a0019">Kingsbridge University</span>')),
    cal=dict(method="REQUEST", uid=KU_UID, seq=0, tzid="Europe/London", std="+0000", dst="+0100",
             start="20260422T100000", end="20260422T104500",
             summary="Interview: Assistant Archivist (Digital) - Ingrid Solberg-Achebe",
             location="Seminar Room, Maughan Reading Room, Strand Lane, London WC2R 2LS",
             description="Panel interview with practical exercise (45 minutes). Ref KU-04519.",
             organizer=("Kingsbridge University Recruitment", "recruitment@kingsbridge.example.co.uk")),
))

add(dict(
    kind="interview_invitation", scen="greenhouse_harcourt_scheduling", lang="en",
    company="Harcourt & Vane", contact="tamsin.okafor@harcourtvane.example.co.uk",
    frm=("Harcourt & Vane via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Tamsin Okafor", "tamsin.okafor@harcourtvane.example.co.uk"),
    subject="Next steps with Harcourt & Vane",
    date="2026-02-05 10:12 +0000",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#1a1a1a;max-width:600px">
<p>Hi Ingrid,</p>
<p>Thanks for applying for the <b>Archive &amp; Rights Coordinator</b> role. Rupert Ashdown (Head of Archive) and I enjoyed reading your application, and we'd like to invite you to an interview at our Bloomsbury office.</p>
<p>The interview will be about an hour: a conversation with the two of us, followed by a short permissions exercise using some real (anonymised!) correspondence from our backlist.</p>
<p>Please pick a time that suits you using the link below &mdash; slots are available on 19 and 20 February.</p>
<table role="presentation" cellspacing="0" cellpadding="0"><tr><td style="border-radius:4px;background:#24a47f"><a href="https://u3361011.ct.greenhouse-mail.io/ls/click?upn=Xb7-2FqW3PjR9sLk0aE4yHtV1m-2BNcZ8dQf5gU2rOiT6-3D-3Dk4Wm_schedule" style="display:inline-block;padding:10px 20px;color:#ffffff;text-decoration:none">Choose your interview time</a></td></tr></table>
<p>If none of the times work, just reply to this email and I'll find another.</p>
<p>Best,<br>Tamsin Okafor<br>Talent Partner, Harcourt &amp; Vane<br>12 Bedford Square, London WC1B 3JA</p>
</div>
<img width="1" height="1" alt="" src="https://u3361011.ct.greenhouse-mail.io/wf/open?upn=aQ4nL8-2BzX0pR7tY1kV9s-3D">
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", scen="agency_phone_screen_exclaims", lang="en",
    company="Kinetoscope Film Archive", contact="josh.pemberton@callowayrecruitment.example.co.uk",
    frm=("Josh Pemberton", "josh.pemberton@callowayrecruitment.example.co.uk"),
    subject="GREAT NEWS - Kinetoscope!!",
    date="2026-03-11 12:03 +0000",
    text="""Hi Ingrid!!

GREAT news - the Kinetoscope Film Archive loved your CV and want to get you in for a first interview for the Collections & Records Officer role!

It'll be a 30 minute video call with Dana Whitlock (Head of Collections) and someone from their HR team. They've offered Friday 20th March at 10am or 2:30pm - can you let me know ASAP which works best and I'll lock it in?

Quick tips: they are BIG on their move to a new collections management system next year, so have a think about data migration and any clean-up projects you've done. Happy to jump on a call before to prep you!

Fingers crossed!!!
Josh

Josh Pemberton
Senior Consultant - Heritage & Information
Calloway Recruitment
M: 07700 900431
""",
    cte="7bit",
))

add(dict(
    kind="interview_invitation", scen="clydeside_invite", lang="en",
    company="Clydeside Maritime Museum", contact="callum.reid@clydesidemaritime.example.co.uk",
    frm=("Callum Reid", "callum.reid@clydesidemaritime.example.co.uk"),
    subject="Interview - Digital Archive Assistant",
    date="2026-03-10 16:40 +0000",
    mid="<CAHx7Lw0p4Qm1Z@mail.clydesidemaritime.example.co.uk>",
    text="""Dear Ingrid,

We'd be delighted to invite you to interview for the Digital Archive Assistant post. Interviews will be held at the museum on 24 and 25 March. Could you let me know which slot works? Morning or afternoon both fine.

The interview will be with me and Lorna Gallacher, our Archive Manager, and will last around 40 minutes. We will also ask you to talk us through two or three catalogue records you have created, so please bring some examples (printed or on a laptop is fine).

The museum is a short walk from Partick subway. Ask for me at the front desk.

Kind regards
Callum Reid
Collections Manager
Clydeside Maritime Museum
100 Pointhouse Place, Glasgow G3 8RS
""",
    cte="7bit",
))

add(dict(
    kind="interview_invitation", scen="council_formal_first_interview", lang="en",
    company="Forth Valley Council", contact="recruitment@forthvalleycouncil.example.co.uk",
    frm=("Forth Valley Council Recruitment", "recruitment@forthvalleycouncil.example.co.uk"),
    subject="Invitation to Interview - Records Officer (Information Governance) - FVC/IG/0326",
    date="2026-05-12 09:30 +0100",
    text="""Dear Ms Solberg-Achebe

POST: RECORDS OFFICER (INFORMATION GOVERNANCE)
REFERENCE: FVC/IG/0326

Following the shortlisting process, I am pleased to invite you to attend an interview for the above post.

Date: Wednesday 20 May 2026
Time: 11:15
Venue: Meeting Room 4, Municipal Buildings, Bank Street, Falkirk FK1 5RS

The interview will be competency based and will last approximately 40 minutes. The panel will be Mr Graham Urquhart (Information Governance Manager) and Ms Kirsty Boyle (HR Adviser).

Please bring with you original documents confirming your right to work in the UK (e.g. passport or share code) and proof of any qualifications listed on your application.

Please confirm your attendance by replying to this email no later than 5pm on Friday 15 May. If you have a disability and require any adjustments to the interview arrangements, please let us know.

Yours sincerely

Kirsty Boyle
HR Adviser
Forth Valley Council
""",
    cte="7bit",
))

add(dict(
    kind="interview_invitation", scen="lever_marginalia_video", lang="en",
    company="Marginalia", contact="priya@marginalia.example.com",
    frm=("Priya Raman", "no-reply@hire.lever.co"),
    reply_to=("Priya Raman", "priya@marginalia.example.com"),
    subject="Marginalia <> Ingrid - let's chat!",
    date="2026-05-19 13:58 +0100",
    html="""<div style="font-family:Georgia,serif;font-size:16px;line-height:1.55;color:#2a2a2a;max-width:560px">
<p>Hi Ingrid,</p>
<p>I'm Priya, co-founder at Marginalia &mdash; we build tools for transcribing and linking medieval and early-modern manuscripts. Your application for the <i>Collections Data Specialist</i> role jumped out at us, especially the work you did on the Dean Village Museum's provenance data.</p>
<p>Would you be up for a 30-minute video interview with me next week? It's a first conversation: a bit about us, a bit about you, and one or two questions about messy metadata.</p>
<p><a href="https://hire.lever.co/interviews/schedule/9c1f7e2a-44b3-4d0e-8f61-2a7b3c9d1e05?src=email" style="color:#7b3f00">Grab a slot on my calendar here</a> &mdash; or reply with what works for you.</p>
<p>Looking forward to it,<br>Priya</p>
<p style="font-size:13px;color:#777">Priya Raman &middot; Co-founder, Marginalia<br>Unit 5, Tileyard Road, London N7 9AH</p>
</div>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", scen="irish_records_phone_chat", lang="en",
    company="Ardmore Records Management", contact="declan.moriarty@ardmorerecords.example.ie",
    frm=("Declan Moriarty", "declan.moriarty@ardmorerecords.example.ie"),
    subject="Records Management Analyst - chat?",
    date="2026-06-03 15:33 +0100", mailer="outlook",
    text="""Hi Ingrid,

Thanks a million for your application for the Records Management Analyst role. We'd love to have a chat with you about it.

Would you be free for an interview over the phone or on Teams on Thursday the 11th? I've 10am or 3pm open. It'd be myself and Niamh from our client services team, and it'll take about 45 minutes - nothing too formal, we'll talk through your experience and the sort of projects we run for councils and hospitals around the country.

Let me know what suits and I'll send on a link.

Thanks,
Declan

Declan Moriarty
Operations Director
Ardmore Records Management Ltd.
Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X9T4
T: +353 1 555 0977 | www.ardmorerecords.example.ie
Registered in Ireland No. 298765
""",
    cte="7bit",
))

add(dict(
    kind="interview_invitation", scen="oslo_teams_first_interview", lang="en",
    company="Nordlys Arkiv", contact="kari.nordvik@nordlysarkiv.example.no",
    frm=("Kari Nordvik", "kari.nordvik@nordlysarkiv.example.no"),
    subject="Interview - Implementation Consultant (Archives)",
    date="2026-07-21 09:05 +0200", mailer="outlook",
    alt_auto=True,
    html=outlook_page(mso(
        "Hi Ingrid,", "",
        "Thank you for your application for the position as Implementation Consultant (Archives) at Nordlys Arkiv. We have read it with great interest.", "",
        "We would like to invite you to a first interview on Microsoft Teams on <b>Tuesday 28 July at 13:00 Oslo time (12:00 in Edinburgh)</b>. You will meet me and our Head of Delivery, Anders Bakke. The interview will take about one hour and will be in English.", "",
        "In the second round we usually ask candidates to visit us in Oslo, but we will come back to that.", "",
        'Please confirm if the time suits you. The Teams link: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3ZjE4Yj">Join the meeting now</a>', "",
        "Best regards", "",
        "<b>Kari Nordvik</b>", "HR Manager | Nordlys Arkiv AS",
        "Sandakerveien 24C, 0473 Oslo | +47 22 55 51 80",
        '<span style="font-size:8pt;color:gray">Org. nr. 912 345 678 MVA</span>'), lang="en-GB"),
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", scen="terse_iphone_merchant_city", lang="en",
    company="Merchant City Print Archive", contact="sanjay@merchantcityprint.example.co.uk",
    frm=("Sanjay Mistry", "sanjay@merchantcityprint.example.co.uk"),
    subject="Re: Archive Assistant post",
    date="2026-08-04 07:51 +0100", mailer="iphone",
    irt="<CAK9vQp2m3oLrXfT@mail.example.no>",
    text="""Hi Ingrid can you do Thursday 2pm for a chat at the archive? Interview is informal, just me and Ailsa. 37 Albion St, buzzer 2.
S

Sent from my iPhone

""" + gmail_quote("Mon, 3 Aug 2026 at 21:40", "Ingrid Solberg-Achebe", "ingrid.sa@example.no", """Dear Mr Mistry,

I'm writing to apply for the Archive Assistant post at Merchant City Print Archive, advertised on the Scottish Council on Archives jobs board. I attach my CV and a short covering letter.

I realise the closing date was last Friday, so I quite understand if the post has already been filled or if you are unable to consider a late application.

Kind regards,
Ingrid Solberg-Achebe"""),
    cte="7bit",
))

add(dict(
    kind="interview_invitation", scen="london_borough_pdf_brief", lang="en",
    company="London Borough of Hawksmoor", contact="olivia.grant@hawksmoor.example.co.uk",
    frm=("Olivia Grant", "olivia.grant@hawksmoor.example.co.uk"),
    subject="Invitation to interview – Records Management Officer – Ref HW2611",
    date="2026-06-18 11:47 +0100", mailer="outlook", cte="quoted-printable",
    text="""Dear Ingrid,

Thank you for applying for the post of Records Management Officer (Scale PO1, ref HW2611).

I am pleased to let you know that you have been shortlisted and we would like to invite you to an interview on Thursday 2 July 2026 at 14:30 at Hawksmoor Civic Centre, 1 Church Row, London E14 7QJ.

The selection process has two parts:
1. a 30-minute written exercise (drafting a retention recommendation for a set of planning files), and
2. a 45-minute panel interview.

Full details, including directions and the documents you need to bring for pre-employment checks, are in the attached information pack. Please read it carefully before the day.

Could you confirm by reply that you are able to attend?

Kind regards,

Olivia Grant
HR Business Partner – Resident Services
London Borough of Hawksmoor
T: 020 7946 0561
""",
    attach=[dict(filename="Interview_Information_HW2611.pdf", lines=[
        "London Borough of Hawksmoor - Interview Information Pack",
        "Post: Records Management Officer (PO1)   Reference: HW2611",
        "Date: Thursday 2 July 2026, 14:30   Venue: Civic Centre, 1 Church Row, London E14 7QJ",
        "",
        "Part 1 - Written exercise (30 minutes): retention recommendation for planning files.",
        "Part 2 - Panel interview (45 minutes): Head of Information Management, HR Business Partner.",
        "",
        "Please bring: passport or share code, proof of address, original certificates.",
        "Report to main reception 15 minutes before your interview time.",
        "Nearest stations: Limehouse (DLR), Westferry (DLR).",
    ])],
))

add(dict(
    kind="interview_invitation", scen="ashby_vellum_self_schedule", lang="en",
    company="Vellum Labs", contact="",
    frm=("Vellum Labs", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Vellum Labs",
    date="2026-03-31 16:25 +0100",
    html=ats_page(
        """<p style="margin:0 0 14px">Hi Ingrid,</p>
<p style="margin:0 0 14px">Great news &mdash; we'd love to move you forward for the <b>Digital Collections Analyst</b> role! The next step is a <b>45-minute portfolio review</b> with Jess (Product) and Femi (Engineering) over Google Meet.</p>
<p style="margin:0 0 18px">Please choose a time that works for you:</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#111827;border-radius:6px"><a href="https://app.ashbyhq.com/interview-scheduling/7b2c4e1f-9a3d-4f60-b1e8-0c5d2a6f8e93?utm_source=email" style="display:inline-block;padding:12px 22px;color:#ffffff;font-weight:600;text-decoration:none">Select a time</a></td></tr></table>
<p style="margin:18px 0 14px">Before the call, pick one or two pieces of work you're proud of &mdash; a catalogue, a data clean-up, a migration &mdash; and be ready to walk us through how you approached it.</p>
<p style="margin:0">Talk soon,<br>The Vellum Labs team</p>""",
        brand="Vellum Labs", logo="https://app.ashbyhq.com/api/images/org-theme-logo/vellum-labs.png",
        logo_alt="Vellum Labs", colour="#111827",
        footer="Vellum Labs Inc. &middot; 20 Eastbourne Terrace, London W2 6LG<br>This email was sent by Ashby on behalf of Vellum Labs. Replies to this address are not monitored."),
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", scen="headhunter_meet_client_nda", lang="en",
    company="Hartley Search", contact="eleanor@hartleysearch.example.co.uk",
    frm=("Eleanor Hartley", "eleanor@hartleysearch.example.co.uk"),
    subject="Head of Archive & Provenance",
    date="2026-05-05 08:40 +0100", mailer="outlook",
    text="""Dear Ingrid,

Good news - my client would like to meet you. They have asked me to arrange an interview with their Director of Collections and the Head of Legal next week at their St James's offices. Could you let me have your availability for Tuesday 12 or Wednesday 13 May? Allow 90 minutes.

As discussed, please keep the name of the house to yourself for now; I'll send the address and a short briefing note once the time is fixed. Expect questions on provenance research for twentieth-century consignments and on how you would structure a small archive team.

Best,
Eleanor

Eleanor Hartley | Founding Partner | Hartley Search
14 Cork Street, London W1S 3NS | +44 20 7946 0022
""",
    cte="7bit",
))

add(dict(
    kind="interview_invitation", scen="antiquaries_outlook_invite", lang="en",
    company="Society of Antiquaries of the North", contact="h.leckie@antiquariesnorth.example.org",
    frm=("Dr Hamish Leckie", "h.leckie@antiquariesnorth.example.org"),
    subject="Digital Records Officer - interview",
    date="2026-08-11 14:02 +0100", mailer="outlook",
    text="""Dear Ingrid,

Thank you for your application for the post of Digital Records Officer. The panel would like to invite you to interview at the Society's rooms, 52 Queen Street, Edinburgh, on Tuesday 25 August at 10:30.

The interview will last about an hour. We would like you to give a ten-minute presentation on "What should a learned society keep?" - no slides necessary, though you may bring notes. The panel will be myself, our Librarian Mrs Isobel Rintoul, and our Treasurer, Mr Alasdair Gow.

I should be grateful if you would confirm by return.

Yours sincerely,

Hamish Leckie
Dr Hamish Leckie FSA Scot
Honorary Secretary
Society of Antiquaries of the North
52 Queen Street, Edinburgh EH2 3NS
Scottish Charity No SC004412
""",
    html=outlook_page(mso(
        "Dear Ingrid,", "",
        "Thank you for your application for the post of Digital Records Officer. The panel would like to invite you to interview at the Society&#8217;s rooms, 52 Queen Street, Edinburgh, on <b>Tuesday 25 August at 10:30</b>.", "",
        "The interview will last about an hour. We would like you to give a ten-minute presentation on &#8220;What should a learned society keep?&#8221; &#8211; no slides necessary, though you may bring notes. The panel will be myself, our Librarian Mrs Isobel Rintoul, and our Treasurer, Mr Alasdair Gow.", "",
        "I should be grateful if you would confirm by return.", "",
        "Yours sincerely,", "", "Hamish Leckie", "",
        '<span style="font-size:9pt;font-family:Garamond,serif">Dr Hamish Leckie FSA Scot<br>Honorary Secretary<br>Society of Antiquaries of the North<br>52 Queen Street, Edinburgh EH2 3NS<br>Scottish Charity No SC004412</span>')),
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", scen="second_interview_original_message_chain", lang="en",
    company="University of Strathkelvin", contact="priti.nair@strathkelvin.example.co.uk",
    frm=("Priti Nair", "priti.nair@strathkelvin.example.co.uk"),
    subject="RE: Records Manager (Grade 7) - next stage",
    date="2026-09-08 12:19 +0100", mailer="outlook",
    irt="<7d20a1b9f3.strathkelvin@example.no>",
    text="""Dear Ingrid,

Many thanks for your note and for your patience. I'm pleased to say the panel would like to invite you to a second interview for the Records Manager post.

This stage will be on Tuesday 15 September at 13:00 in the Learning Hub, Room 3.12, University of Strathkelvin (Rottenrow campus). It will consist of a 15-minute presentation followed by questions from the panel, which will include the University Secretary, Professor Alan McAteer.

Presentation topic: "The University's first three years with a corporate records management system: priorities and risks."

Please let me know that you can make it and whether you will need a laptop or will bring your own.

Best wishes,
Priti

Dr Priti Nair
Head of Information Governance
University of Strathkelvin
16 Richmond Street, Glasgow G1 1XQ
The University of Strathkelvin is a charitable body, registered in Scotland, number SC015263

""" + original_message("Ingrid Solberg-Achebe [mailto:ingrid.sa@example.no]", "04 September 2026 17:48",
                       "Nair, Priti", "Records Manager (Grade 7) - next stage",
                       """Dear Dr Nair,

Thank you again for last week's interview. Unfortunately I will be in Oslo from 9 to 11 September for family reasons, so I wanted to let you know in advance in case the next stage falls in that window.

Best regards,
Ingrid""") + "\n" + original_message("Recruitment Team", "24 August 2026 09:00", "Ingrid Solberg-Achebe",
                                      "Records Manager (Grade 7) - interview",
                                      """Dear Applicant,

We are writing to confirm your interview on 1 September at 10:00. Applicants who are not successful at this stage will be notified by email. Unfortunately we are unable to reimburse travel expenses for first-stage interviews.

Recruitment Team
University of Strathkelvin"""),
    cte="7bit",
))

# ================================================================ invitations: German

add(dict(
    kind="interview_invitation", scen="berlin_museum_einladung", lang="de",
    company="Museum für Alltagskultur Berlin", contact="j.brandt@alltagskultur-berlin.example.de",
    frm=("Jutta Brandt", "j.brandt@alltagskultur-berlin.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Wissenschaftliche Dokumentarin (Sammlungsdatenbank)",
    date="2026-02-24 14:10 +0100", cte="quoted-printable",
    text="""Sehr geehrte Frau Solberg-Achebe,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Wissenschaftliche Dokumentarin (Sammlungsdatenbank, E 11 TV-L, befristet auf zwei Jahre) einzuladen.

Termin: Dienstag, 10. März 2026, 10:00 Uhr
Ort: Museum für Alltagskultur Berlin, Verwaltungsgebäude, Raum 2.04, Lehrter Straße 57, 10557 Berlin

Das Gespräch dauert etwa eine Stunde. Im Anschluss möchten wir Ihnen gerne unsere Depots in Moabit zeigen. Reisekosten können leider nicht erstattet werden.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Dr. Jutta Brandt
Sammlungsleitung
Museum für Alltagskultur Berlin
Lehrter Straße 57 · 10557 Berlin
Tel. 030 555 19 42
""",
))

add(dict(
    kind="interview_invitation", scen="calendar_vienna_vendor_teams", lang="de",
    company="Archivsysteme Huber & Partner", contact="m.huber@archivsysteme-huber.example.at",
    frm=("Martina Huber", "m.huber@archivsysteme-huber.example.at"),
    subject="Einladung: Kennenlerngespräch Consultant Archivlösungen",
    date="2026-07-01 10:48 +0200", mailer="outlook", cte="quoted-printable",
    text="""Sehr geehrte Frau Solberg-Achebe,

vielen Dank für Ihre Bewerbung als Consultant für Archivlösungen. Ihr Profil hat uns sehr angesprochen und wir würden Sie gerne in einem ersten Gespräch kennenlernen.

Vorschlag: Dienstag, 14. Juli 2026, 10:00–11:00 Uhr, per Microsoft Teams. Teilnehmen werden unser technischer Leiter DI Florian Weiß und ich.

Die Einladung mit dem Teams-Link ist diesem Mail als Termin beigefügt. Sollte der Termin nicht passen, geben Sie mir bitte einfach Bescheid.

Mit freundlichen Grüßen aus Wien

Martina Huber
Geschäftsführerin

Archivsysteme Huber & Partner GmbH
Lassallestraße 7b, 1020 Wien
T +43 1 555 84 60
FN 412345 d, Handelsgericht Wien
""",
    html=outlook_page(mso(
        "Sehr geehrte Frau Solberg-Achebe,", "",
        "vielen Dank für Ihre Bewerbung als Consultant für Archivlösungen. Ihr Profil hat uns sehr angesprochen und wir würden Sie gerne in einem ersten Gespräch kennenlernen.", "",
        "Vorschlag: <b>Dienstag, 14. Juli 2026, 10:00–11:00 Uhr</b>, per Microsoft Teams. Teilnehmen werden unser technischer Leiter DI Florian Weiß und ich.", "",
        "Die Einladung mit dem Teams-Link ist diesem Mail als Termin beigefügt. Sollte der Termin nicht passen, geben Sie mir bitte einfach Bescheid.", "",
        "Mit freundlichen Grüßen aus Wien", "",
        "<b>Martina Huber</b>", "Geschäftsführerin", "",
        "Archivsysteme Huber &amp; Partner GmbH", "Lassallestraße 7b, 1020 Wien", "T +43 1 555 84 60",
        '<span style="font-size:8pt;color:#808080">FN 412345 d, Handelsgericht Wien</span>'), lang="de-AT"),
    html_cte="quoted-printable",
    cal=dict(method="REQUEST", uid=HUBER_UID, seq=0, tzid="Europe/Vienna", std="+0100", dst="+0200",
             start="20260714T100000", end="20260714T110000",
             summary="Kennenlerngespräch Consultant Archivlösungen – Solberg-Achebe",
             location="Microsoft Teams-Besprechung",
             description="Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Huber0714",
             organizer=("Martina Huber", "m.huber@archivsysteme-huber.example.at"), cte="quoted-printable"),
))

add(dict(
    kind="interview_invitation", scen="personio_verbund_termin_waehlen", lang="de",
    company="Bibliotheksverbund Mitte", contact="",
    frm=("Bibliotheksverbund Mitte", "noreply@personio.de"),
    subject="Einladung zum Interview: Koordinator*in Digitalisierung",
    date="2026-04-20 08:33 +0200",
    html=ats_page(
        """<p style="margin:0 0 14px">Sehr geehrte Frau Solberg-Achebe,</p>
<p style="margin:0 0 14px">vielen Dank für Ihre Bewerbung als <strong>Koordinator*in Digitalisierung</strong>. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Interview (ca. 60 Minuten) in unsere Geschäftsstelle in Berlin-Mitte ein.</p>
<p style="margin:0 0 18px">Bitte wählen Sie über den folgenden Link einen passenden Termin aus:</p>
<p style="margin:0 0 18px"><a href="https://bibliotheksverbund-mitte.jobs.personio.de/interview-slots/3b8f2c?token=eyJhbGciOiJIUzI1NiJ9.c2xvdA" style="background:#004b87;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Termin auswählen</a></p>
<p style="margin:0 0 14px">Das Gespräch führen Frau Dr. Annika Sommer (Leitung Digitale Dienste) und Herr Malte Jürgens (Personal).</p>
<p style="margin:0">Mit freundlichen Grüßen<br>Ihr Team vom Bibliotheksverbund Mitte</p>""",
        brand="Bibliotheksverbund Mitte", logo="https://bibliotheksverbund-mitte.jobs.personio.de/logo.png",
        logo_alt="Bibliotheksverbund Mitte", colour="#004b87", lang="de",
        footer="Bibliotheksverbund Mitte e. V. · Charlottenstraße 33 · 10117 Berlin · Vereinsregister VR 31245 B<br>Diese Nachricht wurde automatisch über Personio versendet."),
    html_cte="base64",
))

add(dict(
    kind="interview_invitation", scen="swiss_dms_einladung", lang="de",
    company="Bernoulli Dokumentenmanagement", contact="reto.gasser@bernoulli-dms.example.ch",
    frm=("Reto Gasser", "reto.gasser@bernoulli-dms.example.ch"),
    subject="Einladung zum Gespräch – Records Manager",
    date="2026-06-10 16:15 +0200", cte="8bit",
    text="""Grüezi Frau Solberg-Achebe

Vielen Dank für Ihre Bewerbung als Records Manager. Gerne laden wir Sie zu einem persönlichen Gespräch bei uns in Zürich Oerlikon ein.

Datum: Dienstag, 30. Juni 2026
Zeit: 14.00 – ca. 15.30 Uhr
Ort: Bernoulli Dokumentenmanagement AG, Thurgauerstrasse 40, 8050 Zürich, 3. Stock (bitte am Empfang melden)

Am Gespräch nehmen neben mir Frau Corinne Steiner (HR) und Herr Beat Zollinger (Teamleiter Digitalisierung) teil. Sollten Sie aus dem Ausland anreisen und den Termin nicht wahrnehmen können, ist auch ein Gespräch per Video möglich.

Wir freuen uns auf Ihre Bestätigung.

Freundliche Grüsse

Reto Gasser
Leiter Records Management Services
Bernoulli Dokumentenmanagement AG
Thurgauerstrasse 40 | 8050 Zürich
""",
))

add(dict(
    kind="interview_invitation", scen="vienna_museum_anfahrt_pdf", lang="de",
    company="Donaustadt Museumsverbund", contact="e.proell@donaustadt-museen.example.at",
    frm=("Mag. Elisabeth Pröll", "e.proell@donaustadt-museen.example.at"),
    subject="Einladung Bewerbungsgespräch am 6. Mai",
    date="2026-04-15 13:02 +0200", charset="iso-8859-1", cte="quoted-printable", mailer="outlook",
    text="""Sehr geehrte Frau Solberg-Achebe,

herzlichen Dank für Ihre Bewerbung für die Stelle im Bereich Sammlungsmanagement / Digitalisierung.

Wir würden Sie gerne zu einem Bewerbungsgespräch einladen, und zwar am Mittwoch, den 6. Mai 2026 um 9:30 Uhr in unserem Depot in Kagran. Das Gespräch wird ca. eine Stunde dauern; anschließend zeigen wir Ihnen gerne die Räumlichkeiten.

Eine Anfahrtsbeschreibung finden Sie im Anhang. Mit der U1 sind Sie von der Innenstadt aus in ca. 20 Minuten bei uns.

Bitte geben Sie uns kurz Bescheid, ob Ihnen der Termin passt.

Mit freundlichen Grüßen

Mag. Elisabeth Pröll
Leitung Sammlungen
Donaustadt Museumsverbund
Wagramer Straße 110, 1220 Wien
T +43 1 555 2210
""",
    attach=[dict(filename="Anfahrt_Depot_Kagran.pdf", lines=[
        "Donaustadt Museumsverbund - Anfahrt Depot Kagran",
        "Adresse: Wagramer Straße 110, 1220 Wien (Eingang Hof 2, Tür 4)",
        "U-Bahn: U1 bis Station Kagran, dann 5 Minuten zu Fuß Richtung Donauzentrum.",
        "Bus: 26A bis Haltestelle Kagraner Platz.",
        "Parkplätze sind leider nicht vorhanden.",
        "Bitte läuten Sie bei 'Sammlungen'. Bei Fragen: +43 1 555 2210.",
    ])],
))

# ================================================================ invitations: French

add(dict(
    kind="interview_invitation", scen="startup_tu_rencontre", lang="fr",
    company="Palimpseste", contact="theo@palimpseste.example.fr",
    frm=("Théo Marchand", "theo@palimpseste.example.fr"),
    subject="On se rencontre ?",
    date="2026-06-16 11:26 +0200", mailer="gmail", cte="quoted-printable",
    text="""Salut Ingrid,

Merci pour ta candidature sur le poste de data curator ! Ton parcours nous a bien plu, surtout la partie migration de base collections.

On aimerait te rencontrer pour un entretien mardi 7 juillet, dans nos locaux (c'est au 14 rue de Nantes, 19e, on partage un atelier avec une coopérative de graphistes, sonne à "Palimpseste"). Compte 1h30 : une heure d'échange avec Inès (notre CTO) et moi, puis une petite démo de ton choix sur 20 min, par exemple la façon dont tu décrirais un fonds photo.

Ça te va ? Si tu ne peux pas venir à Paris on peut le faire en visio.

À bientôt,
Théo
cofondateur · Palimpseste
""",
))

add(dict(
    kind="interview_invitation", scen="musee_typo_html_reply_to", lang="fr",
    company="Musée des Arts Typographiques", contact="helene.garnier@musee-typographie.example.fr",
    frm=("Musée des Arts Typographiques", "no-reply@musee-typographie.example.fr"),
    reply_to=("Hélène Garnier", "helene.garnier@musee-typographie.example.fr"),
    subject="Convocation à un entretien – Régisseur·se des collections",
    date="2026-02-12 17:04 +0100",
    html="""<html><body style="margin:0;background:#fbf8f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;line-height:23px;color:#2b2118">
<tr><td style="padding:26px 34px;border-bottom:1px solid #e4dccf"><img src="https://www.musee-typographie.example.fr/img/mat-logo.png" alt="Musée des Arts Typographiques" width="200"></td></tr>
<tr><td style="padding:28px 34px">
<p>Madame,</p>
<p>Suite à l'examen de votre candidature au poste de <b>régisseuse / régisseur des collections</b>, nous avons le plaisir de vous convier à un entretien avec le jury le <b>jeudi 26 février 2026 à 15 h 00</b>, au musée (salle du conseil, 2e étage), 57 rue du Cherche-Midi, 75006 Paris.</p>
<p>L'entretien durera environ quarante-cinq minutes. Le jury sera composé de Mme Isabelle Duret, conservatrice en chef, de M. Karim Belkacem, responsable de la documentation, et de moi-même.</p>
<p>Nous vous remercions de bien vouloir confirmer votre présence en répondant à ce message.</p>
<p>Veuillez agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>Hélène Garnier<br>Chargée des ressources humaines<br>Musée des Arts Typographiques</p>
</td></tr>
<tr><td style="padding:14px 34px;font-size:11px;color:#8a7f72;border-top:1px solid #e4dccf">Musée des Arts Typographiques – 57 rue du Cherche-Midi, 75006 Paris – <a href="https://www.musee-typographie.example.fr">musee-typographie.example.fr</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_invitation", scen="geneva_ngo_visio", lang="fr",
    company="Fondation pour la Mémoire Humanitaire", contact="laurent.favre@memoire-humanitaire.example.ch",
    frm=("Laurent Favre", "laurent.favre@memoire-humanitaire.example.ch"),
    subject="Entretien – Archiviste (CDD 18 mois)",
    date="2026-03-16 09:41 +0100", charset="windows-1252", cte="quoted-printable", mailer="outlook",
    text="""Chère Madame Solberg-Achebe,

Nous vous remercions pour votre dossier de candidature au poste d’archiviste (CDD de 18 mois, taux d’activité 100 %), qui a retenu toute notre attention.

Nous aurions le plaisir de nous entretenir avec vous par visioconférence le jeudi 26 mars à 14 h 00 (heure de Genève). L’entretien, d’une durée d’environ une heure, se déroulera en français et en partie en anglais ; y participeront Mme Amina Diallo, directrice des archives, et moi-même.

Le lien Zoom vous sera transmis la veille. Merci de nous confirmer votre disponibilité.

Avec nos meilleures salutations,

Laurent Favre
Ressources humaines
Fondation pour la Mémoire Humanitaire
Chemin des Crêts 17 – 1209 Genève
+41 22 555 09 72
""",
))

add(dict(
    kind="interview_invitation", scen="editions_outlook_fr_chain", lang="fr",
    company="Éditions du Pont-Neuf", contact="s.lemaire@editionsdupontneuf.example.fr",
    frm=("Sophie Lemaire", "s.lemaire@editionsdupontneuf.example.fr"),
    subject="RE: Candidature – Archiviste / chargée du fonds éditorial",
    date="2026-05-25 10:18 +0200", mailer="outlook", cte="quoted-printable",
    irt="<5a9e0d13c7.pontneuf@example.no>",
    text="""Bonjour Madame Solberg-Achebe,

Merci pour votre message et pour ces précisions sur votre expérience.

Je vous propose de nous rencontrer le jeudi 4 juin à 10 h 30 dans nos bureaux, 9 rue Dauphine, 75006 Paris (3e étage, sans ascenseur, désolée !). Vous rencontrerez notre directeur éditorial, M. Olivier Mercier, et moi-même. Nous souhaiterions notamment parler du classement des archives d'auteurs et de la numérisation des contrats anciens.

Pouvez-vous me confirmer que ce créneau vous convient ?

Bien cordialement,

Sophie Lemaire
Responsable administrative et RH
Éditions du Pont-Neuf
9 rue Dauphine – 75006 Paris
01 55 55 42 18

""" + outlook_quote("Ingrid Solberg-Achebe <ingrid.sa@example.no>", "vendredi 22 mai 2026 19:37",
                     "Sophie Lemaire <s.lemaire@editionsdupontneuf.example.fr>",
                     "Candidature – Archiviste / chargée du fonds éditorial",
                     """Madame,

Je me permets de revenir vers vous au sujet de ma candidature envoyée via le site d'emploi le 11 mai. Je travaille actuellement au Dean Village Museum à Édimbourg et je serai à Paris début juin.

Je comprendrais tout à fait que ma candidature ne soit pas retenue, le poste demandant une bonne connaissance du droit d'auteur français, mais je serais ravie d'en discuter.

Bien cordialement,
Ingrid Solberg-Achebe""", labels=OUTLOOK_FR),
    alt_auto=False,
    html=outlook_page(mso(
        "Bonjour Madame Solberg-Achebe,", "",
        "Merci pour votre message et pour ces précisions sur votre expérience.", "",
        "Je vous propose de nous rencontrer le <b>jeudi 4 juin à 10&nbsp;h&nbsp;30</b> dans nos bureaux, 9 rue Dauphine, 75006 Paris (3e étage, sans ascenseur, désolée&nbsp;!). Vous rencontrerez notre directeur éditorial, M. Olivier Mercier, et moi-même. Nous souhaiterions notamment parler du classement des archives d'auteurs et de la numérisation des contrats anciens.", "",
        "Pouvez-vous me confirmer que ce créneau vous convient&nbsp;?", "",
        "Bien cordialement,", "",
        "<b>Sophie Lemaire</b>", "Responsable administrative et RH", "Éditions du Pont-Neuf",
        "9 rue Dauphine – 75006 Paris", "01 55 55 42 18", "",
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De :</b> Ingrid Solberg-Achebe &lt;ingrid.sa@example.no&gt;<br><b>Envoyé :</b> vendredi 22 mai 2026 19:37<br><b>À :</b> Sophie Lemaire<br><b>Objet :</b> Candidature – Archiviste / chargée du fonds éditorial</p></div>',
        "Madame,", "",
        "Je me permets de revenir vers vous au sujet de ma candidature envoyée via le site d'emploi le 11 mai. Je travaille actuellement au Dean Village Museum à Édimbourg et je serai à Paris début juin.", "",
        "Je comprendrais tout à fait que ma candidature ne soit pas retenue, le poste demandant une bonne connaissance du droit d'auteur français, mais je serais ravie d'en discuter.", "",
        "Bien cordialement,", "Ingrid Solberg-Achebe"), lang="fr-FR"),
    html_cte="quoted-printable",
))

# ================================================================ invitations: Spanish

add(dict(
    kind="interview_invitation", scen="universidad_usted_entrevista", lang="es",
    company="Universidad de Chamberí", contact="jortega@uchamberi.example.es",
    frm=("Javier Ortega Sanz", "jortega@uchamberi.example.es"),
    subject="Convocatoria de entrevista – Técnico/a de Gestión Documental",
    date="2026-06-05 12:44 +0200", cte="quoted-printable",
    text="""Estimada Sra. Solberg-Achebe:

En relación con su candidatura a la plaza de Técnico/a de Gestión Documental (contrato laboral, Servicio de Archivo General), me complace comunicarle que ha sido seleccionada para la fase de entrevista.

La entrevista tendrá lugar el martes 16 de junio de 2026 a las 10:00 horas en el Edificio Rectorado, sala de juntas de la 2.ª planta, calle de Fernández de los Ríos 42, Madrid. Tendrá una duración aproximada de 45 minutos. Si lo prefiere, puede realizarse por videoconferencia.

Le rogamos que confirme su asistencia respondiendo a este correo.

Reciba un cordial saludo,

Javier Ortega Sanz
Jefe del Servicio de Archivo General
Universidad de Chamberí
Tel. 91 555 87 10
""",
))

add(dict(
    kind="interview_invitation", scen="editorial_familiar_bamboohr", lang="es",
    company="Editorial Alcalá & Hijos", contact="carmen.alcala@alcalaehijos.example.es",
    frm=("Editorial Alcalá & Hijos", "notifications@app.bamboohr.com"),
    reply_to=("Carmen Alcalá", "carmen.alcala@alcalaehijos.example.es"),
    subject="Invitación a entrevista – Archivera (fondo histórico)",
    date="2026-09-22 17:35 +0200",
    html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2efe9"><tr><td align="center" style="padding:22px 0">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Lato,Arial,sans-serif;font-size:15px;line-height:22px;color:#3b3430">
<tr><td style="padding:22px 28px"><img src="https://alcalaehijos.bamboohr.com/logos/logo.png" alt="Editorial Alcalá &amp; Hijos" width="170"></td></tr>
<tr><td style="padding:0 28px 24px">
<p>Hola, Ingrid:</p>
<p>Muchas gracias por tu candidatura para el puesto de <b>Archivera del fondo histórico</b>. Nos ha encantado tu experiencia con correspondencia y manuscritos.</p>
<p>Nos gustaría invitarte a una entrevista en nuestra sede de la calle Libreros, 7, en Alcalá de Henares, el <b>martes 6 de octubre a las 12:00</b>. Estaremos mi padre, Fernando Alcalá (director de la editorial), y yo. Después te enseñaremos el sótano donde está el archivo, ¡prepárate para mucho polvo!</p>
<p>¿Te viene bien? Responde a este correo y lo dejamos cerrado.</p>
<p>Un saludo,<br>Carmen Alcalá<br>Editorial Alcalá &amp; Hijos · desde 1921</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#9a918a;border-top:1px solid #eee">Este mensaje se ha enviado a través de BambooHR en nombre de Editorial Alcalá &amp; Hijos.</td></tr>
</table></td></tr></table>
""",
    html_cte="base64",
))

add(dict(
    kind="interview_invitation", scen="museo_tu_invitacion", lang="es",
    company="Museo de Artes Gráficas de Madrid", contact="lferrer@museoartesgraficas.example.es",
    frm=("Lucía Ferrer", "lferrer@museoartesgraficas.example.es"),
    subject="Plaza Conservadora de fondos gráficos",
    date="2026-09-15 13:27 +0200", mailer="outlook", cte="8bit",
    mid="<AM9PR02MB7741E3C0A5@AM9PR02MB7741.eurprd02.prod.outlook.com>",
    text="""Hola Ingrid:

Soy Lucía Ferrer, jefa de Conservación del museo. Hemos revisado las candidaturas para la plaza de Conservadora de fondos gráficos y nos gustaría mucho conocerte.

¿Te vendría bien una entrevista el martes 22 de septiembre a las 11:00 aquí en el museo? Sería con el director, Ramón Ibarra, y conmigo, y duraría una hora más o menos. Si vienes desde fuera de Madrid también podemos hacerla por Teams.

Dime algo cuando puedas.

Un saludo,
Lucía

Lucía Ferrer Gil
Jefa de Conservación
Museo de Artes Gráficas de Madrid
Calle del Doctor Fourquet 8, 28012 Madrid
""",
))

# ================================================================ reschedules and cancellations

add(dict(
    kind="interview_reschedule_or_cancel", scen="calendar_kingsbridge_sequence_update", lang="en",
    company="Kingsbridge University", contact="recruitment@kingsbridge.example.co.uk",
    frm=("Kingsbridge University Recruitment", "recruitment@kingsbridge.example.co.uk"),
    subject="Updated: Interview: Assistant Archivist (Digital) - now Thursday 23 April, 14:00",
    date="2026-04-16 11:05 +0100", mailer="outlook",
    text="""Dear Ingrid,

Thank you for confirming your attendance. Unfortunately Dr Adeyemi has been called to give evidence at a records inquiry on 22 April, and we need to move your interview.

The new time is Thursday 23 April 2026 at 14:00, in the same room (Seminar Room, Maughan Reading Room). The format is unchanged. The updated calendar invitation is attached and replaces the earlier one.

If the new time is not possible for you, please reply and we will do our best to find an alternative.

With apologies for the change,

Hannah Pryce
Recruitment Coordinator, HR Services
Kingsbridge University
""",
    cal=dict(method="REQUEST", uid=KU_UID, seq=1, tzid="Europe/London", std="+0000", dst="+0100",
             start="20260423T140000", end="20260423T144500",
             summary="Interview: Assistant Archivist (Digital) - Ingrid Solberg-Achebe (RESCHEDULED)",
             location="Seminar Room, Maughan Reading Room, Strand Lane, London WC2R 2LS",
             description="Moved from 22 April 10:00. Panel interview with practical exercise.",
             organizer=("Kingsbridge University Recruitment", "recruitment@kingsbridge.example.co.uk")),
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="antiquaries_switched_to_video", lang="en",
    company="Society of Antiquaries of the North", contact="morag.finlayson@antiquariesnorth.example.org",
    frm=("Morag Finlayson", "morag.finlayson@antiquariesnorth.example.org"),
    cc=[("Dr Hamish Leckie", "h.leckie@antiquariesnorth.example.org")],
    subject="Tuesday's interview - now on Zoom",
    date="2026-08-17 10:26 +0100",
    text="""Dear Ingrid,

I'm writing on behalf of Dr Leckie about your interview on Tuesday 25 August at 10:30.

Scaffolding goes up on the Queen Street building on Monday for the roof repairs and we've been told the rooms will be out of use all week, so the panel have decided to hold the interviews on Zoom instead. The time and the presentation topic are unchanged.

Zoom link: https://zoom.us/j/85512340987?pwd=QW50aXF1YXJpZXM
Meeting ID: 855 1234 0987 / Passcode: 1780

Sorry for the change. Do let me know if you have any trouble connecting - I'll be on the call five minutes early.

Best wishes,
Morag

Morag Finlayson
Office Administrator
Society of Antiquaries of the North
""",
    cte="7bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="interviewer_ill_harcourt", lang="en",
    company="Harcourt & Vane", contact="tamsin.okafor@harcourtvane.example.co.uk",
    frm=("Tamsin Okafor", "tamsin.okafor@harcourtvane.example.co.uk"),
    subject="Thursday - change of plan",
    date="2026-02-16 08:12 +0000", mailer="gmail",
    irt="<e3a90b77d1.hv@example.no>",
    text="""Hi Ingrid,

Apologies for the short notice - Rupert has come down with flu and won't be back this week, so we need to move your interview on Thursday.

Would Thursday 5 March at 14:00 work instead? Same place, same format. If not, let me know what does and I'll sort it.

Sorry again,
Tamsin

""" + gmail_quote("Fri, 6 Feb 2026 at 09:31", "Ingrid Solberg-Achebe", "ingrid.sa@example.no", """Hi Tamsin,

Thank you - I've booked the 14:00 slot on Thursday 19 February through the link. Looking forward to meeting you both.

Best,
Ingrid"""),
    cte="7bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="ashby_vellum_rescheduled", lang="en",
    company="Vellum Labs", contact="",
    frm=("Vellum Labs", "no-reply@ashbyhq.com"),
    subject="Your interview with Vellum Labs has been rescheduled",
    date="2026-04-03 12:40 +0100",
    html=ats_page(
        """<p style="margin:0 0 14px">Hi Ingrid,</p>
<p style="margin:0 0 14px">Your <b>Portfolio Review</b> for the Digital Collections Analyst role has been moved to a new time:</p>
<table role="presentation" cellpadding="8" cellspacing="0" style="border:1px solid #e5e7eb;border-radius:6px;margin:0 0 16px;font-size:14px">
<tr><td style="color:#6b7280">Previously</td><td><s>Monday 6 April 2026, 11:00 &ndash; 11:45 BST</s></td></tr>
<tr><td style="color:#6b7280">New time</td><td><b>Tuesday 7 April 2026, 16:00 &ndash; 16:45 BST</b></td></tr>
<tr><td style="color:#6b7280">Where</td><td>Google Meet &middot; <a href="https://meet.google.com/vlm-qrst-uvw">meet.google.com/vlm-qrst-uvw</a></td></tr>
<tr><td style="color:#6b7280">With</td><td>Jess Okonjo, Femi Adebayo</td></tr>
</table>
<p style="margin:0 0 14px">An updated calendar invite has been sent. If the new time doesn't work, <a href="https://app.ashbyhq.com/interview-scheduling/reschedule/7b2c4e1f?utm_source=email">pick another slot</a>.</p>
<p style="margin:0">Thanks,<br>The Vellum Labs team</p>""",
        brand="Vellum Labs", logo="https://app.ashbyhq.com/api/images/org-theme-logo/vellum-labs.png",
        logo_alt="Vellum Labs", colour="#111827",
        footer="Vellum Labs Inc. &middot; 20 Eastbourne Terrace, London W2 6LG<br>Sent by Ashby. Replies to this address are not monitored."),
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="terse_iphone_push_call", lang="en",
    company="Marginalia", contact="priya@marginalia.example.com",
    frm=("Priya Raman", "priya@marginalia.example.com"),
    subject="today",
    date="2026-05-26 12:58 +0100", mailer="iphone",
    text="""Hi Ingrid - so sorry, need to push our call to 3:30 today, investor thing ran over. Same link. Does that work? P

Sent from my iPhone
""",
    cte="7bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="agency_client_cancelled_tomorrow", lang="en",
    company="Kinetoscope Film Archive", contact="josh.pemberton@callowayrecruitment.example.co.uk",
    frm=("Josh Pemberton", "josh.pemberton@callowayrecruitment.example.co.uk"),
    subject="Tomorrow's interview",
    date="2026-03-19 16:55 +0000",
    text="""Hi Ingrid,

Bit of a pain I'm afraid - Kinetoscope have had to cancel tomorrow's 10am interview. Dana (Head of Collections) has been pulled into an emergency meeting about a flood in one of their film vaults, of all things!

Don't worry, the role is still very much live and they're keen to see you. They've promised me new dates early next week and I'll come straight back to you.

Sorry for the faff!
Josh

Josh Pemberton
Senior Consultant - Heritage & Information
Calloway Recruitment
M: 07700 900431
""",
    cte="7bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="council_strike_postponed", lang="en",
    company="London Borough of Hawksmoor", contact="",
    frm=("London Borough of Hawksmoor", "no-reply@hawksmoor.example.co.uk"),
    subject="IMPORTANT: your interview on Thursday 2 July has been postponed",
    date="2026-06-29 15:00 +0100",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#00594f;padding:14px 24px"><img src="https://www.hawksmoor.example.co.uk/images/lbh-logo-white.png" alt="London Borough of Hawksmoor" height="40"></td></tr></table>
<div style="padding:24px;max-width:620px">
<p>Dear Ingrid Solberg-Achebe,</p>
<p><b>Records Management Officer &ndash; Ref HW2611</b></p>
<p>Due to planned industrial action on Thursday 2 July 2026, all interviews scheduled at Hawksmoor Civic Centre on that day have been postponed.</p>
<p>We are sorry for any inconvenience. Your application remains active and a member of the HR team will contact you within the next seven working days to arrange a new date and time.</p>
<p>You do not need to take any action now.</p>
<p>HR Recruitment Team<br>London Borough of Hawksmoor</p>
<hr style="border:none;border-top:1px solid #b1b4b6">
<p style="font-size:12px;color:#505a5f">This is an automated message from an unmonitored mailbox. <a href="https://www.hawksmoor.example.co.uk/privacy">Privacy notice</a></p>
</div></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="irish_move_to_friday", lang="en",
    company="Ardmore Records Management", contact="declan.moriarty@ardmorerecords.example.ie",
    frm=("Declan Moriarty", "declan.moriarty@ardmorerecords.example.ie"),
    subject="RE: Records Management Analyst - chat?",
    date="2026-06-08 17:41 +0100", mailer="outlook",
    irt="<aa43f1c08e.ardmore@example.no>",
    text="""Hi Ingrid,

Sorry to do this to you - something's after landing on me for Thursday (an audit at one of our hospital clients) so I won't make our 10am.

Could we move it to Friday morning instead, same time? Same Teams link, I'll update the invite. If Friday's no good, Monday 15th any time after 11 works too.

Thanks for your patience,
Declan

Declan Moriarty
Operations Director
Ardmore Records Management Ltd.
T: +353 1 555 0977
""",
    cte="7bit",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="calendar_cancel_interviewer_ill", lang="de",
    company="Archivsysteme Huber & Partner", contact="m.huber@archivsysteme-huber.example.at",
    frm=("Martina Huber", "m.huber@archivsysteme-huber.example.at"),
    subject="Abgesagt: Kennenlerngespräch Consultant Archivlösungen",
    date="2026-07-06 08:20 +0200", mailer="outlook", cte="quoted-printable",
    text="""Sehr geehrte Frau Solberg-Achebe,

leider muss ich unseren Termin am Dienstag, 14. Juli, absagen: Herr Weiß ist erkrankt und voraussichtlich bis Ende nächster Woche im Krankenstand, und wir möchten das Gespräch gerne gemeinsam führen.

Ich melde mich in den nächsten Tagen mit zwei, drei neuen Terminvorschlägen für die Woche ab 20. Juli. Ihre Bewerbung ist davon selbstverständlich nicht betroffen.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Martina Huber
Archivsysteme Huber & Partner GmbH
""",
    cal=dict(method="CANCEL", uid=HUBER_UID, seq=1, tzid="Europe/Vienna", std="+0100", dst="+0200",
             start="20260714T100000", end="20260714T110000",
             summary="Abgesagt: Kennenlerngespräch Consultant Archivlösungen – Solberg-Achebe",
             location="Microsoft Teams-Besprechung", description="Termin abgesagt (Erkrankung).",
             organizer=("Martina Huber", "m.huber@archivsysteme-huber.example.at"), cte="quoted-printable"),
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="berlin_museum_terminverschiebung", lang="de",
    company="Museum für Alltagskultur Berlin", contact="j.brandt@alltagskultur-berlin.example.de",
    frm=("Jutta Brandt", "j.brandt@alltagskultur-berlin.example.de"),
    subject="Terminverschiebung",
    date="2026-03-02 11:38 +0100", cte="quoted-printable",
    text="""Sehr geehrte Frau Solberg-Achebe,

wegen des Warnstreiks im öffentlichen Dienst am 10. März müssen wir unser Gespräch leider verschieben. Wäre Ihnen stattdessen Dienstag, der 17. März, um 13:00 Uhr recht? Ort und Ablauf bleiben gleich (Raum 2.04, anschließend Depotführung).

Ich bitte um eine kurze Rückmeldung.

Mit freundlichen Grüßen
Jutta Brandt

Dr. Jutta Brandt
Sammlungsleitung
Museum für Alltagskultur Berlin
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="personio_termin_verschoben", lang="de",
    company="Bibliotheksverbund Mitte", contact="",
    frm=("Bibliotheksverbund Mitte", "noreply@personio.de"),
    subject="Ihr Interviewtermin wurde verschoben",
    date="2026-04-23 14:52 +0200",
    html=ats_page(
        """<p style="margin:0 0 14px">Sehr geehrte Frau Solberg-Achebe,</p>
<p style="margin:0 0 14px">Ihr Interviewtermin für die Stelle <strong>Koordinator*in Digitalisierung</strong> wurde geändert.</p>
<table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;margin:0 0 16px;background:#f4f7fa;width:100%">
<tr><td width="140" style="color:#5f6b7a">Alter Termin</td><td><s>Dienstag, 28.04.2026, 10:00 Uhr</s></td></tr>
<tr><td style="color:#5f6b7a">Neuer Termin</td><td><b>Donnerstag, 30.04.2026, 14:00 Uhr</b></td></tr>
<tr><td style="color:#5f6b7a">Ort</td><td>Charlottenstraße 33, 10117 Berlin, 4. OG</td></tr>
</table>
<p style="margin:0 0 14px">Grund: Terminkonflikt im Auswahlgremium. Falls Ihnen der neue Termin nicht passt, können Sie ihn <a href="https://bibliotheksverbund-mitte.jobs.personio.de/interview-slots/3b8f2c/reschedule">hier ändern</a>.</p>
<p style="margin:0">Mit freundlichen Grüßen<br>Ihr Team vom Bibliotheksverbund Mitte</p>""",
        brand="Bibliotheksverbund Mitte", logo="https://bibliotheksverbund-mitte.jobs.personio.de/logo.png",
        logo_alt="Bibliotheksverbund Mitte", colour="#004b87", lang="de",
        footer="Bibliotheksverbund Mitte e. V. · Charlottenstraße 33 · 10117 Berlin<br>Diese Nachricht wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail."),
    html_cte="base64",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="geneva_ngo_report", lang="fr",
    company="Fondation pour la Mémoire Humanitaire", contact="laurent.favre@memoire-humanitaire.example.ch",
    frm=("Laurent Favre", "laurent.favre@memoire-humanitaire.example.ch"),
    subject="Report de votre entretien du 26 mars",
    date="2026-03-23 16:10 +0100", charset="windows-1252", cte="quoted-printable", mailer="outlook",
    text="""Chère Madame Solberg-Achebe,

Je suis au regret de devoir reporter notre entretien prévu jeudi 26 mars à 14 h : Mme Diallo doit se rendre à Nairobi cette semaine pour une mission de sauvegarde d’archives qui ne pouvait être différée.

Pourriez-vous vous rendre disponible le jeudi 2 avril à la même heure ? Le déroulé reste identique et le lien Zoom vous parviendra la veille.

En vous priant de nous excuser pour ce contretemps, je vous adresse mes meilleures salutations.

Laurent Favre
Ressources humaines
Fondation pour la Mémoire Humanitaire
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="editions_finalement_visio", lang="fr",
    company="Éditions du Pont-Neuf", contact="s.lemaire@editionsdupontneuf.example.fr",
    frm=("Sophie Lemaire", "s.lemaire@editionsdupontneuf.example.fr"),
    subject="Entretien de jeudi",
    date="2026-06-02 18:06 +0200", mailer="outlook", cte="8bit",
    text="""Bonjour Ingrid,

Petit changement pour jeudi : M. Mercier sera finalement à la Foire du livre de Bruxelles, l'entretien se fera donc en visio (Teams) et non dans nos bureaux. L'horaire ne change pas, 10 h 30.

Voici le lien : https://teams.microsoft.com/l/meetup-join/19%3ameeting_PontNeuf0604

Toutes mes excuses si vous aviez déjà organisé votre venue rue Dauphine. Je reste joignable au 01 55 55 42 18.

Bien cordialement,
Sophie Lemaire
Éditions du Pont-Neuf
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="universidad_cambio_fecha", lang="es",
    company="Universidad de Chamberí", contact="jortega@uchamberi.example.es",
    frm=("Javier Ortega Sanz", "jortega@uchamberi.example.es"),
    subject="RE: Convocatoria de entrevista – Técnico/a de Gestión Documental",
    date="2026-06-11 09:14 +0200", cte="quoted-printable", mailer="outlook",
    irt="<c71e02a9b4.chamberi@example.no>",
    text="""Estimada Sra. Solberg-Achebe:

Lamento comunicarle que, por coincidir con la reunión del Consejo de Gobierno, debemos cambiar la fecha de su entrevista. Le propongo el jueves 18 de junio a las 12:30, en el mismo lugar.

Le agradecería que me confirmara si le viene bien.

Un cordial saludo,

Javier Ortega Sanz
Jefe del Servicio de Archivo General
Universidad de Chamberí

""" + outlook_quote("Ingrid Solberg-Achebe <ingrid.sa@example.no>", "sábado, 6 de junio de 2026 10:02",
                     "Javier Ortega Sanz <jortega@uchamberi.example.es>",
                     "RE: Convocatoria de entrevista – Técnico/a de Gestión Documental",
                     """Estimado Sr. Ortega:

Muchas gracias por la convocatoria. Confirmo mi asistencia el martes 16 de junio a las 10:00 en el Rectorado.

Atentamente,
Ingrid Solberg-Achebe""", labels=OUTLOOK_ES),
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="editorial_aplazar_enfermo", lang="es",
    company="Editorial Alcalá & Hijos", contact="carmen.alcala@alcalaehijos.example.es",
    frm=("Carmen Alcalá", "carmen.alcala@alcalaehijos.example.es"),
    subject="Aplazamos el martes",
    date="2026-09-29 20:12 +0200", mailer="apple", cte="8bit",
    text="""Hola Ingrid:

Siento mucho tener que escribirte esto: mi padre está con una bronquitis fuerte y el médico le ha mandado reposo, así que tenemos que aplazar la entrevista del martes 6.

¿Te vendría bien el martes 13 a la misma hora? Si no, dime qué día de esa semana te encaja y lo cuadramos. Él insiste en estar, el archivo es su niño mimado.

Perdona las molestias.

Carmen
""",
))

# ================================================================ missed-interview notices

add(dict(
    kind="missed_interview_notice", scen="estate_waited_at_ten", lang="en",
    company="Cairngorm Estates Archive", contact="e.macpherson@cairngormestates.example.co.uk",
    frm=("Euan Macpherson", "e.macpherson@cairngormestates.example.co.uk"),
    subject="This morning",
    date="2026-02-17 12:06 +0000",
    text="""Dear Ingrid,

We waited for you at 10:00 this morning at the estate office for your interview for the Estate Archivist post, but you didn't arrive and we weren't able to reach you on the mobile number on your application.

I do hope everything is all right. The road over from Aviemore was closed for a spell with snow, so if you were caught in that, please let me know. If you are still interested in the post, get in touch and we will see whether we can find another slot before the end of the month.

Regards,
Euan Macpherson
Factor
Cairngorm Estates Archive
Estate Office, Kincraig PH21 1NA
""",
    cte="7bit",
))

add(dict(
    kind="missed_interview_notice", scen="did_not_join_teams", lang="en",
    company="Lantern Digital Heritage", contact="rhiannon.price@lanterndigital.example.co.uk",
    frm=("Rhiannon Price", "rhiannon.price@lanterndigital.example.co.uk"),
    subject="Missed you on Teams",
    date="2026-03-05 11:47 +0000", mailer="outlook",
    text="""Hi Ingrid,

We had you down for an 11:00 interview on Teams today for the Digital Archives Consultant role, but you didn't join the call. We waited until 11:20.

It's possible the invitation went to your junk folder - it came from our scheduling system. If you would still like to be considered, reply to me today or tomorrow and I'll see if the panel can find another time next week. After that we'll need to close the shortlist.

Kind regards,
Rhiannon

Rhiannon Price | Talent Lead | Lantern Digital Heritage
2nd Floor, 41 Great Sutton Street, London EC1V 0DX
Lantern Digital Heritage Ltd is registered in England and Wales No 11223344.
""",
    cte="7bit",
))

add(dict(
    kind="missed_interview_notice", scen="lever_no_show_notice", lang="en",
    company="Brightwater Records", contact="",
    frm=("Brightwater Records", "no-reply@hire.lever.co"),
    subject="We missed you today",
    date="2026-07-16 15:31 +0100",
    html=ats_page(
        """<p style="margin:0 0 14px">Hi Ingrid,</p>
<p style="margin:0 0 14px">You were scheduled to meet with our team today at <b>14:00 BST</b> for the <b>Records Analyst</b> position, but it looks like you weren't able to join the video interview.</p>
<p style="margin:0 0 14px">We understand that things come up. If you'd still like to be considered, please request a new time using the link below within the next 3 days. After that, we'll assume you are no longer interested and close your application.</p>
<p style="margin:0 0 18px"><a href="https://hire.lever.co/interviews/reschedule/5f0a2d18-6e73-4b9c-a1d2-8c3e7f904b61?src=noshow" style="background:#1d4ed8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Request a new time</a></p>
<p style="margin:0">Best,<br>Brightwater Records Talent Team</p>""",
        brand="Brightwater Records", logo="https://lever-client-logos.s3.amazonaws.com/brightwater-records.png",
        logo_alt="Brightwater Records", colour="#1d4ed8",
        pixel="https://hire.lever.co/email/open/5f0a2d18.png",
        footer="Brightwater Records Ltd &middot; Harbour Exchange, 1 Marsh Wall, London E14 9YJ<br>This message was sent from an address that cannot accept replies."),
    html_cte="quoted-printable",
))

add(dict(
    kind="missed_interview_notice", scen="agency_tried_to_call", lang="en",
    company="Dublin Port Heritage Archive", contact="ronan@brannigantalent.example.ie",
    frm=("Ronan Brannigan", "ronan@brannigantalent.example.ie"),
    subject="Tried calling you!",
    date="2026-08-26 14:18 +0100",
    text="""Hi Ingrid,

The hiring manager at Dublin Port Heritage Archive tried to call you at 2pm for your phone interview - no answer, and it went to voicemail twice. I tried you as well, same thing.

Are you OK? If something came up, no bother, but give me a shout ASAP and I'll try to rearrange with them. They're interviewing through Friday so there's still time!!

Ronan

Ronan Brannigan
Director, Brannigan Talent
Heritage | Libraries | Information
+353 87 555 2231
""",
    cte="7bit",
))

add(dict(
    kind="missed_interview_notice", scen="trial_shift_no_show", lang="en",
    company="Leith Harbour Museum", contact="kirsty@leithharbourmuseum.example.co.uk",
    frm=("Kirsty Aitken", "kirsty@leithharbourmuseum.example.co.uk"),
    subject="Saturday",
    date="2026-10-05 09:02 +0100", mailer="iphone",
    text="""Hiya Ingrid,

You were down for a trial shift in the shop and archive room on Saturday from 10 but you didn't turn up, and we didn't hear from you. Hope all ok?

If you still want the weekend post let me know by Wednesday and we can book another trial, otherwise I'll offer it to the next person.

Kirsty
Visitor Services, Leith Harbour Museum

Sent from my iPhone
""",
    cte="7bit",
))

add(dict(
    kind="missed_interview_notice", scen="vienna_vergeblich_gewartet", lang="de",
    company="Galerie & Archiv Brunnhofer", contact="office@brunnhofer.example.at",
    frm=("Galerie & Archiv Brunnhofer", "office@brunnhofer.example.at"),
    subject="Ihr Termin heute 10 Uhr",
    date="2026-05-08 11:30 +0200", charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Solberg-Achebe,

wir haben heute um 10 Uhr vergeblich auf Sie zu unserem vereinbarten Vorstellungsgespräch gewartet. Leider konnten wir Sie auch telefonisch nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Mittwoch bei uns unter dieser Adresse oder unter +43 1 555 33 12. Andernfalls gehen wir davon aus, dass Sie an der Stelle als Archivassistenz nicht mehr interessiert sind.

Mit freundlichen Grüßen

Ulrike Brunnhofer
Galerie & Archiv Brunnhofer
Dorotheergasse 11, 1010 Wien
""",
))

add(dict(
    kind="missed_interview_notice", scen="softgarden_video_nicht_teilgenommen", lang="de",
    company="Berliner Zeitungsarchiv", contact="",
    frm=("Berliner Zeitungsarchiv über softgarden", "noreply@softgarden.io"),
    subject="Sie haben Ihr Video-Interview verpasst",
    date="2026-09-17 16:44 +0200",
    html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef1f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333">
<tr><td style="padding:20px 28px;border-bottom:2px solid #222"><img src="https://zeitungsarchiv.softgarden.io/assets/logo.png" alt="Berliner Zeitungsarchiv" height="40"></td></tr>
<tr><td style="padding:24px 28px">
<p>Guten Tag Frau Solberg-Achebe,</p>
<p>für heute, 17.09.2026, 14:00 Uhr, war Ihr Video-Interview für die Position <b>Dokumentar*in Pressearchiv</b> geplant. Leider haben Sie an dem Gespräch nicht teilgenommen.</p>
<p>Wenn Sie weiterhin Interesse an der Stelle haben, können Sie innerhalb von fünf Tagen über Ihr Bewerberkonto einen neuen Termin anfragen:</p>
<p><a href="https://zeitungsarchiv.softgarden.io/de/candidate/appointments?ref=noshow_91c2" style="color:#c8102e">Neuen Termin anfragen</a></p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team<br>Berliner Zeitungsarchiv</p>
</td></tr>
<tr><td style="padding:12px 28px;background:#f7f7f7;font-size:11px;color:#888">Berliner Zeitungsarchiv gGmbH · Alte Jakobstraße 105 · 10969 Berlin · Geschäftsführung: Dr. Holger Stahl<br>Automatisch versendet über softgarden – bitte nicht antworten.</td></tr>
</table></td></tr></table>
<img src="https://zeitungsarchiv.softgarden.io/track/open/91c2.gif" width="1" height="1" alt="">
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="missed_interview_notice", scen="horlogerie_attendue_ce_matin", lang="fr",
    company="Horlogerie Vautier", contact="c.vautier@vautier-horlogerie.example.ch",
    frm=("Claire Vautier", "c.vautier@vautier-horlogerie.example.ch"),
    subject="Entretien de ce matin",
    date="2026-04-24 11:15 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous vous avons attendue ce matin à 9 h 30 à la manufacture pour l'entretien concernant le poste d'archiviste du patrimoine horloger, sans nouvelles de votre part.

Peut-être un empêchement de dernière minute ? Si vous souhaitez toujours être considérée pour ce poste, je vous remercie de me le faire savoir d'ici lundi afin que nous puissions convenir d'une nouvelle date.

Meilleures salutations,

Claire Vautier
Direction du patrimoine
Horlogerie Vautier SA, maison familiale depuis 1886
Rue du Rhône 48, 1204 Genève
""",
))

add(dict(
    kind="missed_interview_notice", scen="startup_pas_connectee_tu", lang="fr",
    company="Mnémo", contact="jeanne@mnemo.example.fr",
    frm=("Jeanne Roux", "jeanne@mnemo.example.fr"),
    subject="?",
    date="2026-07-28 10:41 +0200", mailer="gmail", cte="8bit",
    text="""Hello Ingrid,

On t'attendait à 10h sur Google Meet pour l'entretien (poste de chargée de projet archives orales) mais tu ne t'es pas connectée. J'espère que tout va bien !

Si c'était un souci de fuseau horaire (10h Paris = 9h Édimbourg, je sais que ça piège tout le monde), dis-moi et on recale un créneau cette semaine.

Jeanne
Mnémo – les archives orales, autrement
""",
))

add(dict(
    kind="missed_interview_notice", scen="ateneo_te_llamamos", lang="es",
    company="Biblioteca Ateneo de Lavapiés", contact="biblioteca@ateneolavapies.example.es",
    frm=("Biblioteca Ateneo de Lavapiés", "biblioteca@ateneolavapies.example.es"),
    subject="Entrevista telefónica de ayer",
    date="2026-10-08 10:22 +0200", cte="quoted-printable",
    text="""Hola Ingrid:

Te llamamos ayer a las 12 para la entrevista telefónica del puesto de auxiliar de biblioteca y archivo, tal y como habíamos quedado, pero no contestaste (lo intentamos tres veces).

Si sigues interesada, contesta a este correo y te proponemos otro día. Tenemos previsto cerrar la selección a finales de la semana que viene.

Saludos,
Pilar Moreno
Biblioteca Ateneo de Lavapiés
C/ del Ave María 21, Madrid
""",
))

assert len(MESSAGES) == 51, len(MESSAGES)
