"""Interview invitations (26), reschedules/cancellations (15) and missed-interview notices (10)."""

from __future__ import annotations

from msgs118_common import M, ats, gmail, outlook, simple

INVITES: list[dict] = []
add = INVITES.append

KESTREL_INVITE_ID = "<BY5PR11MB4021A7C3E0F1D2B9@BY5PR11MB4021.namprd11.prod.outlook.example.com>"
KESTREL_UID = "040000008200E00074C5B7101A82E0080000000090D1C0A4E2B5DC01000000000000000010000000A1F3"
NSPO_INVITE_ID = "<nspo-int-2026-07-0412.aa31@nspo.example.ie>"
NSPO_UID = "nspo-2026-07-board3-slot12@nspo.example.ie"

# ---------------------------------------------------------------- interview invitations

_t = """Hi Freya,

Great news - the hiring team for Commercial Contracts Analyst would like to invite you to a first-round interview.

It'll be a 45-minute video call with me and Declan Furey (Commercial Contracts Lead). We'll talk through your background and there'll be a short exercise where we ask you to review a supply-agreement extract on screen. No preparation needed beyond a quick look at who we are.

Please pick a time that works for you using the link below. Slots are open from Monday 16 to Wednesday 18 March.

https://app.greenhouse.io/scheduling/self/5b21c0e9d8

If none of the times suit, just reply to this email and we'll figure something out.

Looking forward to it,
Aoife Kenny
Talent Partner, Corrib Medical"""
add(M(
    kind="interview_invitation", name="greenhouse_self_schedule", company="Corrib Medical",
    contact="aoife.kenny@corribmedical.example.ie", lang="en",
    frm=("Aoife Kenny via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Aoife Kenny", "aoife.kenny@corribmedical.example.ie"),
    subject="Interview invitation: Commercial Contracts Analyst at Corrib Medical",
    date="2026-03-10 10:31 +0000", fmt="alt", cte="quoted-printable", body=_t,
    html=ats(_t, brand="Corrib Medical", logo="Corrib Medical", track="links.greenhouse-mail.io",
             accent="#2b6cb0", button=("Choose your interview time", "https://app.greenhouse.io/scheduling/self/5b21c0e9d8"),
             footer="Corrib Medical Ltd, Parkmore West, Galway H91 P2R4.\nThis email was sent via Greenhouse."),
))

add(M(
    kind="interview_invitation", name="hr_phone_screen", company="Helix Orthopaedics",
    contact="sinead.hughes@helixortho.example.ie", lang="en",
    frm=("Sinéad Hughes", "sinead.hughes@helixortho.example.ie"),
    subject="Re: your application", date="2026-03-09 09:47 +0000",
    cte="quoted-printable", hcharset="utf-8", thread=1, thread_domain="example.ie",
    body="""Hi Freya,

Thanks for your application for the Supply Agreements Coordinator position. I'm the HR business partner looking after the role and I'd like to set up an initial phone conversation - about 20 minutes - to talk through your experience and what you're looking for.

Would any of these suit?
- Wed 11 March, 12:30
- Thu 12 March, 09:00
- Thu 12 March, 16:15

I'll call you on the mobile number on your CV unless you tell me otherwise.

Thanks,
Sinéad

Sinéad Hughes
HR Business Partner
Helix Orthopaedics Ltd.
Mervue Business Park, Galway
T +353 91 555 7288

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
))

add(M(
    kind="interview_invitation", name="outlook_calendar_request", company="Kestrel Medical Devices",
    contact="padraig.lynch@kestrelmed.example.ie", lang="en",
    frm=("Lynch, Pádraig", "padraig.lynch@kestrelmed.example.ie"), hcharset="iso-8859-1",
    subject="Interview: Contracts Specialist - Freya MacAllister-Osei",
    date="2026-04-08 14:20 +0100", msgid=KESTREL_INVITE_ID, fmt="alt", cte="quoted-printable",
    body="""Hi Freya,

Following your chat with our recruiter, I'd like to invite you to an in-person interview for the Contracts Specialist role.

When: Tuesday 14 April 2026, 10:00-11:00
Where: Kestrel Medical Devices, Building 3, Ballybrit Business Park, Galway (ask for me at reception)
Panel: myself and Orla Geraghty, Procurement Manager

Please accept the calendar invitation so it lands in your diary. Parking is available in the visitor spaces at the front of Building 3.

Best regards,
Pádraig Lynch
Senior Manager, Contracts & Compliance
Kestrel Medical Devices""",
    html=outlook("""Hi Freya,

Following your chat with our recruiter, I'd like to invite you to an in-person interview for the Contracts Specialist role.

When: Tuesday 14 April 2026, 10:00-11:00
Where: Kestrel Medical Devices, Building 3, Ballybrit Business Park, Galway (ask for me at reception)
Panel: myself and Orla Geraghty, Procurement Manager

Please accept the calendar invitation so it lands in your diary. Parking is available in the visitor spaces at the front of Building 3.

Best regards,
Pádraig Lynch
Senior Manager, Contracts & Compliance
Kestrel Medical Devices""", lang="EN-IE"),
    charset="iso-8859-1",
    ics=M(method="REQUEST", uid=KESTREL_UID, seq=0, tz="GMT Standard Time",
             start="20260414T100000", end="20260414T110000", stamp="20260408T132000Z",
             summary="Interview: Contracts Specialist - Freya MacAllister-Osei",
             location="Kestrel Medical Devices, Building 3, Ballybrit Business Park, Galway"),
))

add(M(
    kind="interview_invitation", name="agency_client_interview", company="Barrett Kingston Solicitors",
    contact="shauna@morriganrecruitment.example.ie", lang="en",
    frm=("Shauna Delaney", "shauna@morriganrecruitment.example.ie"),
    subject="Interview with Barrett Kingston - Thurs", date="2026-01-27 13:05 +0000", cte="8bit",
    body="""Hi Freya

Good news, Barrett Kingston Solicitors want to meet you for the Contracts Paralegal role! They've offered Thursday 29th at 3pm at their offices on South Mall. You'll be meeting Ronan Barrett (partner, commercial property) and Lisa from their practice management team.

Couple of pointers:
- They'll ask about your current caseload and how you manage deadlines across fee-earners
- Ronan likes specifics - have one example of a contract you tracked from draft to signature
- Dress is business but not stuffy

Can you confirm by reply that Thursday works? I'll send on the full address and who to ask for.

Shauna Delaney
Recruitment Consultant - Legal & Professional
Morrigan Recruitment | 12 Oliver Plunkett Street, Cork
021 455 0917 | morriganrecruitment.example.ie""",
))

add(M(
    kind="interview_invitation", name="hospital_group_formal", company="South Munster Hospitals Group",
    contact="recruitment.smhg@smhg.example.ie", lang="en",
    frm=("SMHG Recruitment", "recruitment.smhg@smhg.example.ie"),
    subject="Invitation to Interview - Grade VI Contracts Officer (Campaign SMHG-26-044)",
    date="2026-02-18 11:15 +0000", charset="iso-8859-1", cte="8bit",
    body="""Dear Ms MacAllister-Osei,

Campaign Ref: SMHG-26-044  Grade VI Contracts Officer, Procurement Services

Further to your application for the above post, I am pleased to invite you to attend for interview as follows:

Date:      Thursday 5th March 2026
Time:      10.00 a.m. (please arrive 15 minutes before this time)
Venue:     Board Room 2, Block C, Mercy Park, Cork T12 Y6K3

The interview will be competency-based and will last approximately 40 minutes. You will be asked to give a 5-minute presentation on "Managing contract compliance across multiple suppliers".

Please bring with you photographic identification (passport or driving licence) and originals of the qualifications listed in your application.

Kindly confirm your attendance by return email. Should you be unable to attend, please contact this office at least 48 hours in advance.

Yours sincerely,

Deirdre Ó Ceallaigh
HR Recruitment Officer
South Munster Hospitals Group
Tel: 021 555 4470""",
))

add(M(
    kind="interview_invitation", name="taleo_book_slot", company="St Aldhelm's NHS Foundation Trust",
    contact="", lang="en",
    frm=("St Aldhelm's NHS Foundation Trust", "no-reply@taleo.net"),
    subject="Interview invitation - 318-CORP-2271 Contracts Officer (Band 5)",
    date="2026-04-20 16:02 +0100", fmt="alt", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated"},
    html=ats("""Dear Freya,

Job reference: 318-CORP-2271 Contracts Officer (Band 5), Procurement Department

We are pleased to inform you that you have been shortlisted for interview for the above post.

Interviews will take place on Thursday 30 April 2026 at the Trust Headquarters, Aldhelm Road, London SE10. Please log in to your account and book one of the available interview slots within 72 hours.

Please bring photo ID and proof of your right to work in the UK (or your Share Code).

Recruitment Services""", brand="St Aldhelm's NHS Foundation Trust", logo="St Aldhelm's NHS Foundation Trust logo",
             track="trk.taleo.net", accent="#005eb8", button=("Book your interview slot", "https://staldhelms.taleo.net/careersection/iv/book"),
             footer="St Aldhelm's NHS Foundation Trust, Aldhelm Road, London SE10 9ZZ.\nThis message was sent from an unattended mailbox."),
))

_t = """Hi Freya,

Thanks so much for your application for Contract Manager, Clinical Operations. We'd love to get to know you better!

Next step is a 45-minute video interview with me and Maarten Visser, our Head of Clinical Outsourcing. We'll cover your background, how you approach negotiating with vendors, and anything you want to know about Amstel.

Could you let me know which of these work (all Amsterdam time, CET)?
Tuesday 10 March, 10:00 or 15:00
Wednesday 11 March, 11:30

The interview will be on Microsoft Teams; I'll send the link once we lock in a time.

Best,
Sanne de Vries
Talent Acquisition Lead | Amstel Therapeutics"""
add(M(
    kind="interview_invitation", name="lever_video_interview", company="Amstel Therapeutics",
    contact="sanne.devries@amsteltx.example.nl", lang="en",
    frm=("Sanne de Vries", "no-reply@hire.lever.co"),
    reply_to=("Sanne de Vries", "sanne.devries@amsteltx.example.nl"),
    subject="Next steps - Contract Manager, Clinical Operations", date="2026-03-04 09:08 +0100",
    fmt="alt", cte="base64", body=_t,
    html=ats(_t, brand="Amstel Therapeutics", logo="Amstel Therapeutics", track="jobs.lever.co",
             accent="#6b2fb3", pixel=False),
))

add(M(
    kind="interview_invitation", name="ashby_founder_chat", company="Tendrly",
    contact="ruairi@tendrly.example.com", lang="en",
    frm=("Tendrly Hiring", "no-reply@ashbyhq.com"),
    reply_to=("Ruairí Ó Sé", "ruairi@tendrly.example.com"),
    subject="Let's talk: Customer Contracts Lead at Tendrly", date="2026-02-13 16:40 +0000",
    fmt="html", cte="quoted-printable", hcharset="utf-8",
    html=ats("""Hi Freya,

Ruairí here, co-founder of Tendrly. I read your application over coffee this morning and I'd really like to talk.

The first conversation is an informal 30-minute interview over Google Meet - no whiteboard, no trick questions. I'll tell you what we're building, you tell me about the contracts you've wrangled, and we'll both see if there's a fit.

Grab any slot that suits you with the button below. If the calendar is a disaster, reply here and I'll make time.

Ruairí Ó Sé
Co-founder & CEO, Tendrly""", brand="Tendrly", logo="tendrly", track="jobs.ashbyhq.com",
             accent="#111111", button=("Pick a time", "https://jobs.ashbyhq.com/tendrly/interview/9c1b"),
             footer="Tendrly, The Guinness Enterprise Centre annexe, Albert Quay, Cork.\nSent with Ashby."),
))

add(M(
    kind="interview_invitation", name="teamtailor_case_interview", company="Zuidas Contract Services",
    contact="pieter.bakker@zuidascs.example.nl", lang="en",
    frm=("Zuidas Contract Services", "noreply@teamtailor-mail.com"),
    reply_to=("Pieter Bakker", "pieter.bakker@zuidascs.example.nl"),
    subject="Invitation: case interview for Contract Manager (English-speaking)",
    date="2026-06-03 13:55 +0200", fmt="alt", cte="quoted-printable",
    html=ats("""Dear Freya,

Thank you for your application for the position of Contract Manager (English-speaking). We were impressed by your motivation letter and would like to invite you to a case interview at our office.

Date: Friday 12 June 2026
Time: 13:30 - 15:00 CEST
Location: Zuidas Contract Services, Gustav Mahlerlaan 310, 1082 ME Amsterdam

During the first 45 minutes you will work on a short case (a supplier contract with a few problems hidden in it). Afterwards you'll discuss your findings with Pieter Bakker (Team Lead Contract Management) and Eva Jansen (HR).

Please confirm your attendance by replying to this email. If you are travelling from Ireland, we are happy to arrange a video interview instead.

Kind regards,
Pieter Bakker
Zuidas Contract Services""", brand="Zuidas Contract Services", logo="Zuidas Contract Services",
             track="link.teamtailor-mail.com", accent="#0f4c5c",
             footer="Zuidas Contract Services B.V. · KvK 71822990 · Gustav Mahlerlaan 310, Amsterdam\nYou're receiving this email because you applied for a job via our career site.",
             unsub="https://zuidascs.teamtailor.com/connect/unsubscribe/8f2a"),
))

add(M(
    kind="interview_invitation", name="gmail_chain_family_firm", company="O'Callaghan Brothers Contracting",
    contact="eoin@ocallaghanbros.example.ie", lang="en",
    frm=("Eoin O'Callaghan", "eoin@ocallaghanbros.example.ie"),
    subject="Re: Contracts administrator position", date="2026-03-02 21:37 +0000", fmt="alt",
    cte="quoted-printable", thread=2,
    body="""Not at all Freya, sorry for the silence - tender season, we've been flat out.

We'd like you to come in and meet myself and my brother Colm. Friday morning 10am at the yard in Little Island? It's informal, we'll show you round and talk through how we handle subcontractor agreements at the moment (badly!).

Eoin

On Mon, 2 Mar 2026 at 08:14, Freya MacAllister-Osei <freya.mo@example.ie> wrote:
> Dear Mr O'Callaghan,
>
> I applied for the contracts administrator position three weeks ago and wanted to check
> whether it is still open. Unfortunately I haven't heard back, and I completely understand
> if you have decided not to proceed with my application - but I would be grateful to know
> either way.
>
> Kind regards,
> Freya MacAllister-Osei""",
    html=gmail("""Not at all Freya, sorry for the silence - tender season, we've been flat out.

We'd like you to come in and meet myself and my brother Colm. Friday morning 10am at the yard in Little Island? It's informal, we'll show you round and talk through how we handle subcontractor agreements at the moment (badly!).

Eoin

On Mon, 2 Mar 2026 at 08:14, Freya MacAllister-Osei <freya.mo@example.ie> wrote:
> Dear Mr O'Callaghan,
>
> I applied for the contracts administrator position three weeks ago and wanted to check
> whether it is still open. Unfortunately I haven't heard back, and I completely understand
> if you have decided not to proceed with my application - but I would be grateful to know
> either way.
>
> Kind regards,
> Freya MacAllister-Osei"""),
))

add(M(
    kind="interview_invitation", name="icims_assessment_centre", company="Causeway Utilities",
    contact="careers@causewayutilities.example.co.uk", lang="en",
    frm=("Causeway Utilities Talent Acquisition", "causewayutilities+autoreply@talent.icims.com"),
    reply_to=("Causeway Utilities Careers", "careers@causewayutilities.example.co.uk"),
    subject="You're invited: Assessment Centre, Contract & Supplier Manager",
    date="2026-05-21 10:00 +0100", fmt="html", cte="quoted-printable",
    html=ats("""Dear Freya,

Congratulations! Following review of your application and online tests, we are delighted to invite you to our assessment centre for the role of Contract & Supplier Manager.

Thursday 4 June 2026, 09:00 - 16:30
Causeway Utilities, Lanyon Place, Belfast BT1 3LP

The day includes a group exercise, an in-tray exercise, a written exercise and a competency-based interview with two senior managers. Lunch is provided. Travel expenses from the Republic of Ireland will be reimbursed on production of receipts.

Please confirm your place using the button below, and let us know of any reasonable adjustments you require by replying to this email.

The Talent Team
Causeway Utilities""", brand="Causeway Utilities", logo="Causeway Utilities", track="click.icims.com",
             accent="#00838f", button=("Confirm my place", "https://careers-causewayutilities.icims.com/confirm/ac-0604"),
             footer="Causeway Utilities Ltd is registered in Northern Ireland No. NI604417. Registered office: Lanyon Place, Belfast BT1 3LP."),
))

add(M(
    kind="interview_invitation", name="london_borough_panel", company="London Borough of Hartsfield",
    contact="recruitment@hartsfield.example.gov.uk", lang="en",
    frm=("Hartsfield Council Recruitment", "recruitment@hartsfield.example.gov.uk"),
    subject="Invitation to interview: Contracts & Procurement Officer (HAR-0926)",
    date="2026-07-01 15:34 +0100", charset="windows-1252", cte="quoted-printable",
    body="""Dear Freya MacAllister-Osei

Post: Contracts & Procurement Officer, Scale PO2 – Ref HAR-0926

I am pleased to let you know that you have been shortlisted for the above post. The panel would like to invite you to interview on Wednesday 15 July 2026 at 11:15 at the Civic Centre, Hartsfield Road, London N22 8ZZ.

The interview will consist of a 20-minute written exercise followed by a panel interview of around 45 minutes. The panel will be chaired by Mr Kwame Asante, Head of Commercial Services.

Please reply to this email by Friday 3 July to confirm whether you are able to attend. If you have a disability and need any adjustments, please let us know and we’ll do our best to help.

Regards

Recruitment Team
London Borough of Hartsfield
Civic Centre, Hartsfield Road, London N22 8ZZ

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Views expressed are those of the sender and do not necessarily represent those of the London Borough of Hartsfield.""",
))

add(M(
    kind="interview_invitation", name="workday_select_time", company="Treaty City Medtech",
    contact="", lang="en",
    frm=("Treaty City Medtech Careers", "treatycity@myworkday.com"),
    subject="Action required: schedule your interview",
    date="2026-08-04 08:03 +0100", fmt="html", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated"},
    html=ats("""Hello Freya,

You have been invited to interview for Contracts Manager - Commercial Operations (JR-11290) in Raheen, Limerick.

Please select an interview time from the options provided by the hiring team. The interview will be held in person with the hiring manager, Liam Costigan, and a member of the Legal team, and will last approximately one hour.

Select a time in your candidate home account: https://treatycity.wd3.myworkday.com/en-US/Careers/userHome

Thank you,
Treaty City Medtech Talent Acquisition""", brand="Treaty City Medtech", logo="Treaty City Medtech", track="email.myworkday.com",
             accent="#5e2a84", footer="Treaty City Medtech Ltd., Raheen Business Park, Limerick V94 K2C7. Do not reply to this message."),
))

add(M(
    kind="interview_invitation", name="recruiter_mobile_terse", company="Fitzwilliam Hale",
    contact="grainne.walsh@sheehanbarr.example.ie", lang="en",
    frm=("Gráinne Walsh", "grainne.walsh@sheehanbarr.example.ie"), hcharset="utf-8",
    subject="FH", date="2026-05-08 07:58 +0100", cte="7bit",
    body="""Morning! Fitzwilliam Hale want to see you Tues 3pm for the knowledge & contracts exec role, first interview w/ Mark Doyle (partner). Can you do? Their office on Merrion Sq.

G

Sent from my iPhone""",
))

add(M(
    kind="interview_invitation", name="state_board_calendar_request", company="National Shared Purchasing Office",
    contact="interviews@nspo.example.ie", lang="en",
    frm=("NSPO Interview Scheduling", "interviews@nspo.example.ie"),
    subject="Interview - Competition NSPO-2026-07 Contracts Management Officer (HEO)",
    date="2026-05-27 12:00 +0100", msgid=NSPO_INVITE_ID, cte="quoted-printable",
    body="""Dear Freya,

Competition NSPO-2026-07: Contracts Management Officer (Higher Executive Officer)

Following the shortlisting process, you are invited to attend for interview before Board 3:

Date: Wednesday 10 June 2026
Time: 14:30 (arrive by 14:10)
Venue: National Shared Purchasing Office, 3rd Floor, Hatch Street House, Dublin 2

A calendar invitation is included with this email. Please confirm your attendance by replying to this email, quoting your candidate number (C-2207).

Interview Scheduling
National Shared Purchasing Office""",
    ics=M(method="REQUEST", uid=NSPO_UID, seq=0, tz="GMT Standard Time",
             start="20260610T143000", end="20260610T151500", stamp="20260527T110000Z",
             summary="Interview NSPO-2026-07 (Board 3) - C-2207",
             location="NSPO, 3rd Floor, Hatch Street House, Dublin 2"),
))

add(M(
    kind="interview_invitation", name="personio_termin_waehlen", company="Bahnhofsviertel Labs",
    contact="lea.hoffmann@bahnhofsviertel-labs.example.de", lang="de",
    frm=("Bahnhofsviertel Labs GmbH", "jobs-noreply@personio.de"),
    reply_to=("Lea Hoffmann", "lea.hoffmann@bahnhofsviertel-labs.example.de"),
    subject="Einladung zum Kennenlernen – Contract Manager (m/w/d)",
    date="2026-04-21 10:12 +0200", fmt="alt", cte="quoted-printable",
    html=ats("""Hallo Frau MacAllister-Osei,

vielen Dank für Ihre Bewerbung! Ihr Profil hat uns neugierig gemacht, und wir würden Sie gerne in einem ersten Videogespräch (ca. 45 Minuten) näher kennenlernen.

Teilnehmen werden Lea Hoffmann (People & Culture) und Tobias Kern (Head of Legal). Das Gespräch kann gerne auf Englisch oder Deutsch stattfinden – ganz wie Sie möchten.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus: https://bahnhofsviertel-labs.jobs.personio.de/schedule/73c1

Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Lea Hoffmann
People & Culture, Bahnhofsviertel Labs""", brand="Bahnhofsviertel Labs", logo="Bahnhofsviertel Labs",
             track="mail.personio.de", accent="#ff5a5f", lang="de",
             footer="Bahnhofsviertel Labs GmbH · Kaiserstraße 61 · 60329 Frankfurt am Main\nGeschäftsführer: Jonas Reuter, Dr. Mira Sayed · Amtsgericht Frankfurt am Main HRB 118420"),
))

add(M(
    kind="interview_invitation", name="kanzlei_einladung_sie", company="Hollweg Brandt Rechtsanwälte",
    contact="m.seidel@hollweg-brandt.example.de", lang="de",
    frm=("Seidel, Martina", "m.seidel@hollweg-brandt.example.de"),
    subject="Einladung zum Vorstellungsgespräch", date="2026-03-30 11:48 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrte Frau MacAllister-Osei,

vielen Dank für Ihre Bewerbung als Referentin Vertragsmanagement in unserem Frankfurter Büro.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am

Dienstag, den 7. April 2026, um 14:00 Uhr

in unsere Kanzleiräume am Opernplatz 4, 60313 Frankfurt am Main (5. OG), ein. An dem Gespräch werden Herr Dr. Konstantin Brandt (Partner) und ich teilnehmen.

Wir wissen, dass Sie derzeit in Irland leben. Ihre Reisekosten erstatten wir selbstverständlich im Rahmen unserer Reisekostenrichtlinie. Alternativ bieten wir Ihnen ein Gespräch per Videokonferenz an.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Martina Seidel
Leiterin Personal

Hollweg Brandt Rechtsanwälte Partnerschaft mbB
Opernplatz 4 · 60313 Frankfurt am Main
Tel. +49 69 555 2290""",
))

add(M(
    kind="interview_invitation", name="agentur_du_kunde_will_kennenlernen", company="Mainufer Pharma",
    contact="kai.brenner@hessen-personal.example.de", lang="de",
    frm=("Kai Brenner", "kai.brenner@hessen-personal.example.de"),
    subject="Mainufer Pharma will dich kennenlernen!", date="2026-05-11 17:22 +0200", cte="8bit",
    body="""Hi Freya,

gute Nachrichten: Mainufer Pharma möchte dich kennenlernen! Erste Runde wäre ein Teams-Call mit Frau Albrecht aus dem HR und Dr. Lenz (Leiter Einkauf & Verträge), ca. 1 Stunde.

Vorgeschlagen sind:
• Mittwoch, 13.05., 11:00 Uhr
• Freitag, 15.05., 09:30 Uhr

Gib mir bitte kurz bescheid, welcher Termin dir besser passt. Ich schick dir vorher noch ein paar Infos zur Firma und zu Dr. Lenz – der fragt gern sehr konkret nach Lieferantenverträgen.

Viele Grüße
Kai

--
Kai Brenner
Senior Consultant Life Sciences
Hessen Personal Consulting GmbH · Taunusanlage 9 · 60329 Frankfurt
Mobil +49 171 555 0834""",
))

add(M(
    kind="interview_invitation", name="softgarden_vorstellungsgespraech", company="Nordend Medizintechnik",
    contact="", lang="de",
    frm=("Nordend Medizintechnik GmbH", "nordend-medizintechnik-noreply@softgarden.io"),
    subject="Einladung zum Vorstellungsgespräch: Vertragsmanager (m/w/d)",
    date="2026-07-14 09:00 +0200", fmt="html", cte="base64",
    html=ats("""Sehr geehrte Frau MacAllister-Osei,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position Vertragsmanager (m/w/d) einladen zu dürfen.

Termin: Donnerstag, 23. Juli 2026, 10:00 Uhr
Ort: Nordend Medizintechnik GmbH, Eckenheimer Landstraße 140, 60318 Frankfurt am Main, Empfang Gebäude A

Bitte bestätigen Sie den Termin über den untenstehenden Button. Sollte Ihnen der Termin nicht passen, können Sie dort auch einen Alternativtermin vorschlagen.

Wir freuen uns auf Sie!

Ihr Recruiting-Team
Nordend Medizintechnik""", brand="Nordend Medizintechnik", logo="Nordend Medizintechnik", track="link.softgarden.io",
             accent="#0072bc", lang="de", button=("Termin bestätigen", "https://nordend.softgarden.io/interview/confirm/88a1"),
             footer="Nordend Medizintechnik GmbH · Eckenheimer Landstraße 140 · 60318 Frankfurt am Main\nGeschäftsführung: Dr. Ralf Engelmann · HRB 104552 Amtsgericht Frankfurt am Main\nDiese E-Mail wurde automatisch versendet."),
))

add(M(
    kind="interview_invitation", name="hochschule_am_schrieb", company="Hochschule Westend Frankfurt",
    contact="drittmittel-personal@hs-westend.example.de", lang="de",
    frm=("Drittmittelverwaltung – Personal", "drittmittel-personal@hs-westend.example.de"),
    subject="AW: Nachfrage Bewerbung Kennziffer 2026-DM-09", date="2026-03-16 14:27 +0100",
    charset="iso-8859-1", cte="quoted-printable", thread=1, thread_domain="example.ie",
    body="""Sehr geehrte Frau MacAllister-Osei,

vielen Dank für Ihre Nachfrage. Das Auswahlverfahren hat sich durch die Semesterferien etwas verzögert, bitte entschuldigen Sie.

Wir möchten Sie gerne zu einem Auswahlgespräch per Zoom einladen, und zwar am Montag, 23. März 2026, 9:30 Uhr. Den Zugangslink erhalten Sie einen Tag vorher. Die Auswahlkommission besteht aus drei Personen, zusätzlich nimmt die Gleichstellungsbeauftragte teil.

Bitte bestätigen Sie uns den Termin per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
im Auftrag
Anja Reinhold
Referat Drittmittelverwaltung
Hochschule Westend Frankfurt

Am 12.03.2026 um 09:41 schrieb Freya MacAllister-Osei <freya.mo@example.ie>:
> Sehr geehrte Damen und Herren,
>
> ich habe mich am 10. Februar auf die Stelle als Sachbearbeiterin Vertragsmanagement
> (Kennziffer 2026-DM-09) beworben. Da ich bisher nichts gehört habe, wollte ich fragen,
> ob das Verfahren noch läuft. Falls es schon eine Absage gibt, wäre ich für eine kurze
> Rückmeldung dankbar.
>
> Mit freundlichen Grüßen
> Freya MacAllister-Osei""",
))

add(M(
    kind="interview_invitation", name="bufete_entrevista_usted", company="Moreno & Iriarte Abogados",
    contact="paloma.gil@morenoiriarte.example.es", lang="es",
    frm=("Paloma Gil", "paloma.gil@morenoiriarte.example.es"),
    subject="Convocatoria de entrevista – Gestor/a de contratos", date="2026-05-29 12:34 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Estimada Sra. MacAllister-Osei:

En relación con su candidatura al puesto de Gestor/a de contratos en nuestro despacho, nos complace convocarle a una entrevista personal con Dña. Lucía Iriarte, socia del área de contratación.

Fecha: jueves, 4 de junio de 2026
Hora: 10:00 h
Lugar: Paseo de la Castellana 91, planta 7, 28046 Madrid

Si le resulta imposible desplazarse desde Irlanda, podemos organizar la entrevista por videoconferencia. Le rogamos que nos confirme su asistencia respondiendo a este correo.

Atentamente,

Paloma Gil
Recursos Humanos
Moreno & Iriarte Abogados
Tel. 91 555 02 77""",
))

add(M(
    kind="interview_invitation", name="energia_videollamada_tu", company="Energía Castellana",
    contact="seleccion@energiacastellana.example.es", lang="es",
    frm=("Selección Energía Castellana", "seleccion@energiacastellana.example.es"),
    subject="Entrevista por videollamada – Gestor/a de Contratos de Suministro",
    date="2026-06-18 16:20 +0200", fmt="html", cte="quoted-printable",
    html=simple("""Hola Freya:

¡Gracias por tu interés en Energía Castellana! Hemos revisado tu candidatura y nos gustaría conocerte en una primera entrevista por videollamada (Microsoft Teams) de unos 40 minutos.

Te proponemos el martes 23 de junio a las 12:00 (hora de Madrid, las 11:00 en Irlanda). Estarán Marta Salcedo, responsable de Compras, y una persona de nuestro equipo de Selección.

¿Nos confirmas si te viene bien respondiendo a este correo? Si no, dinos qué otros huecos tienes esa semana.

Un saludo,
Equipo de Selección
Energía Castellana
Calle de Méndez Álvaro 56, 28045 Madrid""", font="Segoe UI, Arial, sans-serif"),
))

add(M(
    kind="interview_invitation", name="agencia_cliente_confidencial", company="Talento Ibérico Consultores",
    contact="alvaro.mendez@talentoiberico.example.es", lang="es",
    frm=("Álvaro Méndez", "alvaro.mendez@talentoiberico.example.es"), hcharset="utf-8",
    subject="Entrevista con nuestro cliente", date="2026-08-20 13:02 +0200", cte="8bit",
    body="""Hola Freya,

¿Qué tal? Te escribo porque nuestro cliente, una multinacional farmacéutica con sede en Alcobendas, quiere entrevistarte para la posición de Contract Manager (inglés imprescindible). Por confidencialidad todavía no puedo decirte el nombre, te lo cuento en cuanto lo autoricen.

La entrevista sería con la directora de Compras y yo estaría también, por Teams, el miércoles 26 a las 11:00 h (hora peninsular). Dura unos 45 minutos.

¿Te va bien? Contéstame a este correo o llámame al móvil.

Un saludo,
Álvaro

Álvaro Méndez
Senior Consultant | Talento Ibérico Consultores
C/ Velázquez 27, 28001 Madrid | +34 655 50 21 90""",
))

add(M(
    kind="interview_invitation", name="helios_entretien_visio", company="Groupe Hélios Énergie",
    contact="recrutement@groupe-helios.example.fr", lang="fr",
    frm=("Hélios Recrutement", "recrutement@groupe-helios.example.fr"),
    subject="Invitation à un entretien – Contract Manager (Hélios Energy Ireland, Dublin)",
    date="2026-07-22 10:06 +0200", charset="windows-1252", cte="quoted-printable", hcharset="utf-8",
    body="""Madame,

Nous avons bien étudié votre candidature au poste de Contract Manager pour notre filiale Hélios Energy Ireland à Dublin et nous souhaitons vous rencontrer.

Nous vous proposons un premier entretien en visioconférence (Teams) le mardi 28 juillet 2026 à 10h30, heure de Paris (9h30 à Dublin), avec Mme Nathalie Perrin, Directrice juridique adjointe, et M. Kevin Doyle, Country Manager Irlande. L’entretien se déroulera en anglais et en partie en français.

Merci de nous confirmer votre disponibilité en répondant à ce message.

Bien cordialement,

L’équipe Recrutement
Groupe Hélios Énergie
Tour Hélios – 20 rue de la Défense, 92800 Puteaux""",
))

add(M(
    kind="interview_invitation", name="cabinet_proposition_entretien", company="Delorme Vasseur Avocats",
    contact="c.vasseur@delormevasseur.example.fr", lang="fr",
    frm=("Claire Vasseur", "c.vasseur@delormevasseur.example.fr"),
    subject="Entretien - Chargée de gestion des contrats (bureau de Dublin)",
    date="2026-05-15 17:40 +0200", fmt="alt", charset="windows-1252", cte="quoted-printable",
    body="""Madame,

Votre candidature pour le poste de chargée de gestion des contrats au sein de notre futur bureau de Dublin a retenu toute notre attention.

Nous avons le plaisir de vous proposer un entretien le jeudi 21 mai à 14h00 par visioconférence, avec mon associé Me Antoine Delorme et moi-même. Il durera environ une heure et se tiendra principalement en français, avec une partie en anglais.

Pourriez-vous me confirmer que ce créneau vous convient ?

Bien cordialement,

Claire Vasseur
Avocate associée
Delorme Vasseur Avocats – 38 avenue Hoche, 75008 Paris
Tél. : +33 1 55 50 42 18""",
    html=outlook("""Madame,

Votre candidature pour le poste de chargée de gestion des contrats au sein de notre futur bureau de Dublin a retenu toute notre attention.

Nous avons le plaisir de vous proposer un entretien le jeudi 21 mai à 14h00 par visioconférence, avec mon associé Me Antoine Delorme et moi-même. Il durera environ une heure et se tiendra principalement en français, avec une partie en anglais.

Pourriez-vous me confirmer que ce créneau vous convient ?

Bien cordialement,

Claire Vasseur
Avocate associée
Delorme Vasseur Avocats – 38 avenue Hoche, 75008 Paris
Tél. : +33 1 55 50 42 18""", lang="FR", font="Garamond"),
))

add(M(
    kind="interview_invitation", name="startup_tutoiement_call", company="Médiane Santé",
    contact="hugo@mediane-sante.example.nl", lang="fr",
    frm=("Hugo Lemaire", "hugo@mediane-sante.example.nl"),
    subject="Un call mardi ?", date="2026-09-03 19:12 +0200", cte="8bit",
    body="""Salut Freya,

Merci pour ta candidature ! On a adoré ton parcours (et ton français, franchement pas mal pour une Irlandaise de Cork 😉).

Chez Médiane Santé on est 22, basés à Amsterdam, et on cherche quelqu'un pour reprendre en main nos contrats avec les hôpitaux et les distributeurs. Est-ce que tu serais dispo pour un premier entretien en visio mardi 8 septembre à 16h (heure d'Amsterdam) ? 30-40 minutes, avec moi et Sarah, notre COO.

Dis-moi si ça te va, sinon propose-moi un autre créneau.

À bientôt,
Hugo
—
Hugo Lemaire · CEO & co-fondateur · Médiane Santé
Keizersgracht 241, Amsterdam""",
))

# ---------------------------------------------------------------- reschedules and cancellations

add(M(
    kind="interview_reschedule_or_cancel", name="calendar_sequence_update", company="Kestrel Medical Devices",
    contact="padraig.lynch@kestrelmed.example.ie", lang="en",
    frm=("Lynch, Pádraig", "padraig.lynch@kestrelmed.example.ie"), hcharset="iso-8859-1",
    subject="Updated: Interview: Contracts Specialist - Freya MacAllister-Osei",
    date="2026-04-10 17:45 +0100", thread=[KESTREL_INVITE_ID], fmt="alt", charset="iso-8859-1",
    cte="quoted-printable",
    body="""Hi Freya,

Apologies - Orla has been called to a supplier audit in Athlone on Tuesday, so I've moved our interview to Thursday 16 April, same time (10:00-11:00), same place. The calendar invite below has been updated.

If Thursday doesn't work for you, let me know and we'll find another slot next week.

Regards,
Pádraig""",
    html=outlook("""Hi Freya,

Apologies - Orla has been called to a supplier audit in Athlone on Tuesday, so I've moved our interview to Thursday 16 April, same time (10:00-11:00), same place. The calendar invite below has been updated.

If Thursday doesn't work for you, let me know and we'll find another slot next week.

Regards,
Pádraig""", lang="EN-IE"),
    ics=M(method="REQUEST", uid=KESTREL_UID, seq=1, tz="GMT Standard Time",
             start="20260416T100000", end="20260416T110000", stamp="20260410T164500Z",
             summary="Interview: Contracts Specialist - Freya MacAllister-Osei",
             location="Kestrel Medical Devices, Building 3, Ballybrit Business Park, Galway"),
))

add(M(
    kind="interview_reschedule_or_cancel", name="calendar_cancel_board_member_ill",
    company="National Shared Purchasing Office", contact="interviews@nspo.example.ie", lang="en",
    frm=("NSPO Interview Scheduling", "interviews@nspo.example.ie"),
    subject="Cancelled: Interview - Competition NSPO-2026-07 Contracts Management Officer (HEO)",
    date="2026-06-09 08:12 +0100", thread=[NSPO_INVITE_ID], cte="7bit",
    body="""Dear Freya,

Due to the illness of a member of Interview Board 3, we have had to cancel your interview scheduled for Wednesday 10 June at 14:30. We apologise for the short notice.

Your candidature is not affected. A new interview date will be offered to you within the next two weeks and you will receive a fresh invitation from this office.

If you have any questions in the meantime, please reply to this email quoting candidate number C-2207.

Interview Scheduling
National Shared Purchasing Office""",
    ics=M(method="CANCEL", uid=NSPO_UID, seq=1, tz="GMT Standard Time",
             start="20260610T143000", end="20260610T151500", stamp="20260609T071200Z",
             summary="Cancelled: Interview NSPO-2026-07 (Board 3) - C-2207",
             location="NSPO, 3rd Floor, Hatch Street House, Dublin 2"),
))

add(M(
    kind="interview_reschedule_or_cancel", name="switched_to_teams_storm", company="Treaty City Medtech",
    contact="liam.costigan@treatycitymed.example.ie", lang="en",
    frm=("Liam Costigan", "liam.costigan@treatycitymed.example.ie"),
    subject="Tomorrow's interview - moving to Teams", date="2026-08-12 16:48 +0100",
    cte="quoted-printable",
    body="""Hi Freya,

With the orange wind warning for Limerick and Clare tomorrow morning, we don't want you driving up from Cork. Let's keep the same time (11:00) but do the interview on Teams instead. Same panel, same format - just from our kitchens.

Link: https://teams.example.com/l/meetup-join/19%3ameeting_TCM_JR11290

Drop me a line if there's any problem.

Liam Costigan
Director, Commercial Operations
Treaty City Medtech | Raheen Business Park | Limerick""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="lever_move_to_afternoon", company="Amstel Therapeutics",
    contact="sanne.devries@amsteltx.example.nl", lang="en",
    frm=("Sanne de Vries", "no-reply@hire.lever.co"),
    reply_to=("Sanne de Vries", "sanne.devries@amsteltx.example.nl"),
    subject="Re: Next steps - Contract Manager, Clinical Operations", date="2026-03-09 18:03 +0100",
    cte="base64", thread=2, thread_domain="hire.lever.co",
    body="""Hi Freya,

Small change of plan, sorry! Maarten has a board call that just landed on tomorrow morning. Could we move your video interview from 10:00 to 14:00 CET (13:00 Irish time)? Same Teams link.

If the afternoon doesn't work, Wednesday 11:30 is still open.

Thanks for your flexibility,
Sanne""",
))

_t = """Hi Freya,

I'm really sorry to do this, but we need to push your panel interview for Commercial Contracts Analyst back by a week. Declan has had a family emergency and is out of the office until next Monday.

Could you choose a new slot for the week of 23 March using the link below? Your original booking has been released.

https://app.greenhouse.io/scheduling/self/5b21c0e9d8?reschedule=1

Thanks for understanding,
Aoife"""
add(M(
    kind="interview_reschedule_or_cancel", name="greenhouse_push_back_week", company="Corrib Medical",
    contact="aoife.kenny@corribmedical.example.ie", lang="en",
    frm=("Aoife Kenny via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Aoife Kenny", "aoife.kenny@corribmedical.example.ie"),
    subject="Rescheduling your interview", date="2026-03-13 12:20 +0000", fmt="alt",
    cte="quoted-printable", body=_t,
    html=ats(_t, brand="Corrib Medical", logo="Corrib Medical", track="links.greenhouse-mail.io",
             accent="#2b6cb0", button=("Pick a new time", "https://app.greenhouse.io/scheduling/self/5b21c0e9d8?reschedule=1")),
))

add(M(
    kind="interview_reschedule_or_cancel", name="assessment_centre_postponed", company="Causeway Utilities",
    contact="careers@causewayutilities.example.co.uk", lang="en",
    frm=("Causeway Utilities Talent Acquisition", "causewayutilities+autoreply@talent.icims.com"),
    reply_to=("Causeway Utilities Careers", "careers@causewayutilities.example.co.uk"),
    subject="IMPORTANT: change to your assessment centre date", date="2026-05-28 15:30 +0100",
    fmt="html", cte="quoted-printable",
    html=ats("""Dear Freya,

Due to flood damage at our Lanyon Place training suite, the assessment centre for Contract & Supplier Manager planned for Thursday 4 June has been postponed to Friday 5 June 2026. Timings (09:00 - 16:30) are unchanged, and the venue will be the Titanic Quarter Conference Centre, Queen's Road, Belfast BT3 9DT.

Please confirm that you can attend on the new date. If you cannot, reply to this email and we'll do our best to offer an alternative.

We're sorry for any inconvenience.

The Talent Team
Causeway Utilities""", brand="Causeway Utilities", logo="Causeway Utilities", track="click.icims.com", accent="#00838f",
             button=("Confirm new date", "https://careers-causewayutilities.icims.com/confirm/ac-0605"),
             footer="Causeway Utilities Ltd is registered in Northern Ireland No. NI604417."),
))

add(M(
    kind="interview_reschedule_or_cancel", name="recruiter_mobile_push", company="Fitzwilliam Hale",
    contact="grainne.walsh@sheehanbarr.example.ie", lang="en",
    frm=("Gráinne Walsh", "grainne.walsh@sheehanbarr.example.ie"), hcharset="utf-8",
    subject="Re: FH", date="2026-05-11 12:09 +0100", cte="7bit", thread=2, thread_domain="sheehanbarr.example.ie",
    body="""Hi F, FH need to push tmrw to Weds same time 3pm, Mark stuck in court. Ok?? G

Sent from my iPhone""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="council_strike_cancelled", company="London Borough of Hartsfield",
    contact="recruitment@hartsfield.example.gov.uk", lang="en",
    frm=("Hartsfield Council Recruitment", "recruitment@hartsfield.example.gov.uk"),
    subject="HAR-0926 interviews on 15 July - cancelled", date="2026-07-13 09:20 +0100",
    charset="windows-1252", cte="quoted-printable",
    body="""Dear Freya

Contracts & Procurement Officer – Ref HAR-0926

I am sorry to tell you that, because of the industrial action announced for 15 July, the Civic Centre will be closed and all interviews for this post planned for that day have been cancelled.

The post is still open and your interview will be rearranged. We expect to offer new dates in the week beginning 27 July and will contact you as soon as they are confirmed.

Apologies for the inconvenience.

Regards

Recruitment Team
London Borough of Hartsfield""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="outlook_chain_move_to_monday", company="Zuidas Contract Services",
    contact="pieter.bakker@zuidascs.example.nl", lang="en",
    frm=("Pieter Bakker", "pieter.bakker@zuidascs.example.nl"),
    subject="RE: Invitation: case interview for Contract Manager (English-speaking)",
    date="2026-06-09 08:41 +0200", cte="quoted-printable", thread=2, thread_domain="AM0PR02.prod.outlook.example.com",
    body="""Hi Freya,

No problem at all. Let's move your case interview to Monday 15 June at 09:30, and we'll do it by video so you don't need to fly over twice in one month. I'll send you the case document 45 minutes before we start, by email.

Best regards,

Pieter Bakker
Team Lead Contract Management
Zuidas Contract Services | Gustav Mahlerlaan 310 | 1082 ME Amsterdam
T +31 20 555 8812

-----Original Message-----
From: Freya MacAllister-Osei <freya.mo@example.ie>
Sent: Monday, 8 June 2026 21:16
To: Pieter Bakker <pieter.bakker@zuidascs.example.nl>
Subject: RE: Invitation: case interview for Contract Manager (English-speaking)

Dear Pieter,

Unfortunately I have a clash on Friday 12 June: my current employer has a trial starting that day and I can't be away. I'm so sorry to ask, but would another day be possible? I would hate to have to withdraw.

Kind regards,
Freya""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="termin_verschieben", company="Bahnhofsviertel Labs",
    contact="lea.hoffmann@bahnhofsviertel-labs.example.de", lang="de",
    frm=("Lea Hoffmann", "lea.hoffmann@bahnhofsviertel-labs.example.de"),
    subject="Unser Termin am Donnerstag", date="2026-04-28 08:50 +0200", cte="quoted-printable",
    body="""Liebe Frau MacAllister-Osei,

leider müssen wir unseren Termin am Donnerstag verschieben – Tobias ist kurzfristig auf einer Konferenz in Berlin. Würde Ihnen stattdessen Montag, der 4. Mai, um 15:00 Uhr passen? Der Teams-Link bleibt derselbe.

Entschuldigen Sie bitte die Umstände!

Viele Grüße
Lea Hoffmann
People & Culture
Bahnhofsviertel Labs GmbH · Kaiserstraße 61 · 60329 Frankfurt am Main""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="termin_abgesagt_partner_krank", company="Hollweg Brandt Rechtsanwälte",
    contact="m.seidel@hollweg-brandt.example.de", lang="de",
    frm=("Seidel, Martina", "m.seidel@hollweg-brandt.example.de"),
    subject="Absage des Termins am 7. April – neuer Terminvorschlag", date="2026-04-03 12:15 +0200",
    charset="iso-8859-1", cte="8bit",
    body="""Sehr geehrte Frau MacAllister-Osei,

leider müssen wir unseren Gesprächstermin am Dienstag, 7. April, absagen, da Herr Dr. Brandt erkrankt ist.

An Ihrer Bewerbung sind wir weiterhin sehr interessiert. Wir schlagen als neuen Termin Dienstag, den 14. April 2026, um 14:00 Uhr vor, wahlweise in unseren Räumen oder per Videokonferenz. Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt.

Mit freundlichen Grüßen

Martina Seidel
Leiterin Personal
Hollweg Brandt Rechtsanwälte Partnerschaft mbB""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="bahnstreik_auf_video", company="Nordend Medizintechnik",
    contact="j.kowalski@nordend-mt.example.de", lang="de",
    frm=("Kowalski, Jana", "j.kowalski@nordend-mt.example.de"),
    subject="Vorstellungsgespräch 23.07. – Umstellung auf Video", date="2026-07-21 15:33 +0200",
    cte="quoted-printable",
    body="""Sehr geehrte Frau MacAllister-Osei,

wegen des angekündigten Bahnstreiks und der Lage am Flughafen stellen wir Ihr Vorstellungsgespräch am Donnerstag, 23.07., um 10:00 Uhr auf ein Videogespräch um. Uhrzeit und Gesprächspartner bleiben gleich.

Den Teams-Link finden Sie hier: https://teams.example.com/l/meetup-join/19%3ameeting_NMT_VM2607

Freundliche Grüße

Jana Kowalski
Recruiting
Nordend Medizintechnik GmbH
Eckenheimer Landstraße 140 · 60318 Frankfurt am Main
Tel. +49 69 555 71 40""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="cambio_de_hora", company="Moreno & Iriarte Abogados",
    contact="paloma.gil@morenoiriarte.example.es", lang="es",
    frm=("Paloma Gil", "paloma.gil@morenoiriarte.example.es"),
    subject="RE: Convocatoria de entrevista – Gestor/a de contratos", date="2026-06-02 09:05 +0200",
    charset="iso-8859-1", cte="8bit", thread=2, thread_domain="morenoiriarte.example.es",
    body="""Estimada Sra. MacAllister-Osei:

Le escribo para comunicarle un cambio en la entrevista del jueves 4 de junio. Por un señalamiento judicial de última hora, Dña. Lucía Iriarte no podrá estar a las 10:00 h. ¿Le vendría bien a las 12:30 h del mismo día, por videoconferencia?

Disculpe las molestias.

Atentamente,
Paloma Gil
Recursos Humanos
Moreno & Iriarte Abogados

De: Freya MacAllister-Osei <freya.mo@example.ie>
Enviado: lunes, 1 de junio de 2026 8:31
Para: Paloma Gil <paloma.gil@morenoiriarte.example.es>
Asunto: RE: Convocatoria de entrevista - Gestor/a de contratos

Estimada Paloma:

Muchas gracias por la convocatoria. Confirmo mi asistencia el jueves 4 de junio a las 10:00 h; viajaré a Madrid el día anterior.

Un saludo cordial,
Freya MacAllister-Osei""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="entrevista_aplazada", company="Energía Castellana",
    contact="marta.salcedo@energiacastellana.example.es", lang="es",
    frm=("Marta Salcedo", "marta.salcedo@energiacastellana.example.es"),
    subject="Aplazamos la entrevista del martes", date="2026-06-22 18:30 +0200", cte="quoted-printable",
    body="""Hola Freya,

Soy Marta Salcedo, de Compras. Te escribo directamente porque mañana tenemos el cierre de una licitación que se nos ha complicado y no voy a poder hacer la entrevista a las 12:00.

¿Podemos aplazarla al jueves 25 a la misma hora? Si no te va bien, dime qué te encaja y lo cuadramos.

Perdona el cambio tan tarde.

Marta Salcedo
Responsable de Compras | Energía Castellana
Tel. 91 555 38 44""",
))

add(M(
    kind="interview_reschedule_or_cancel", name="report_entretien", company="Groupe Hélios Énergie",
    contact="recrutement@groupe-helios.example.fr", lang="fr",
    frm=("Hélios Recrutement", "recrutement@groupe-helios.example.fr"),
    subject="Report de votre entretien du 28 juillet", date="2026-07-27 11:40 +0200",
    charset="windows-1252", cte="quoted-printable",
    body="""Madame,

Nous sommes contraints de reporter votre entretien prévu demain, mardi 28 juillet à 10h30, Mme Perrin étant retenue par une négociation en cours.

Nous vous proposons de le décaler au jeudi 30 juillet à la même heure, toujours par Teams. Pourriez-vous nous confirmer votre disponibilité ?

Avec toutes nos excuses pour ce changement,

L’équipe Recrutement
Groupe Hélios Énergie""",
))

# ---------------------------------------------------------------- missed-interview notices

add(M(
    kind="missed_interview_notice", name="board_waited_at_ten", company="South Munster Hospitals Group",
    contact="recruitment.smhg@smhg.example.ie", lang="en",
    frm=("SMHG Recruitment", "recruitment.smhg@smhg.example.ie"),
    subject="Campaign SMHG-26-044 - non-attendance at interview", date="2026-03-05 12:40 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Dear Ms MacAllister-Osei,

Campaign Ref: SMHG-26-044  Grade VI Contracts Officer

The interview board waited for you at 10.00 a.m. this morning in Board Room 2, Mercy Park, but you did not attend, and we did not receive any notification from you.

If there were exceptional circumstances which prevented you from attending, please let this office know in writing by close of business on Monday 9th March. Otherwise your application for this campaign will be treated as withdrawn.

Yours sincerely,

Deirdre Ó Ceallaigh
HR Recruitment Officer
South Munster Hospitals Group""",
))

add(M(
    kind="missed_interview_notice", name="did_not_join_teams", company="Grachtenhuis Legal",
    contact="m.verbeek@grachtenhuis.example.nl", lang="en",
    frm=("Marloes Verbeek", "m.verbeek@grachtenhuis.example.nl"),
    subject="We missed you this morning", date="2026-02-24 10:12 +0100", fmt="alt",
    cte="quoted-printable",
    body="""Dear Freya,

We had your interview for the Legal Contracts Coordinator role in the diary for 09:30 this morning (Amsterdam time). Joost and I waited in the Teams meeting until 09:50, but you did not join the call and we couldn't reach you by phone.

I hope everything is all right. Perhaps the time difference caused a mix-up? If you are still interested in the role, please let me know today or tomorrow and I'll see whether we can offer another slot.

Kind regards,

Marloes Verbeek
HR Advisor
Grachtenhuis Legal | Herengracht 433 | 1017 BR Amsterdam""",
    html=outlook("""Dear Freya,

We had your interview for the Legal Contracts Coordinator role in the diary for 09:30 this morning (Amsterdam time). Joost and I waited in the Teams meeting until 09:50, but you did not join the call and we couldn't reach you by phone.

I hope everything is all right. Perhaps the time difference caused a mix-up? If you are still interested in the role, please let me know today or tomorrow and I'll see whether we can offer another slot.

Kind regards,

Marloes Verbeek
HR Advisor
Grachtenhuis Legal | Herengracht 433 | 1017 BR Amsterdam""", lang="EN-GB", font="Aptos"),
))

add(M(
    kind="missed_interview_notice", name="agency_tried_to_call", company="Harbour Street Recruitment",
    contact="conor.mcilroy@harbourstreet.example.co.uk", lang="en",
    frm=("Conor McIlroy", "conor.mcilroy@harbourstreet.example.co.uk"),
    subject="?", date="2026-08-18 14:26 +0100", cte="8bit",
    body="""Hi Freya,

I tried to call you twice at 2pm for our screening call about the Contracts Administrator role (the Belfast client I mentioned) but it went straight to voicemail both times. I left a message.

Not to worry if something came up - just let me know when suits and I'll ring you back. The client wants a shortlist by Friday, so sooner is better.

Cheers,
Conor

Conor McIlroy
Harbour Street Recruitment
Donegall Quay, Belfast BT1 3EA | 028 9555 0133""",
))

add(M(
    kind="missed_interview_notice", name="trial_day_no_show", company="Lagan Mills Legal",
    contact="office@laganmillslegal.example.co.uk", lang="en",
    frm=("Lagan Mills Legal", "office@laganmillslegal.example.co.uk"),
    subject="Trial day today", date="2026-09-14 11:02 +0100", cte="7bit",
    body="""Dear Freya,

You were booked in for your paid trial day with our contracts team starting at 9.00am today. We have not seen you and have not been able to reach you on the number we have on file.

Please ring the office on 028 9555 0410 or reply to this email to let us know what happened. If we do not hear from you by Wednesday we will offer the trial to the next candidate.

Regards,

Hazel Kerr
Practice Manager
Lagan Mills Legal
Lagan Mills, Ravenhill Road, Belfast BT6 8DN""",
))

add(M(
    kind="missed_interview_notice", name="council_did_not_attend", company="London Borough of Hartsfield",
    contact="recruitment@hartsfield.example.gov.uk", lang="en",
    frm=("Hartsfield Council Recruitment", "recruitment@hartsfield.example.gov.uk"),
    subject="HAR-0926 - you did not attend your interview", date="2026-07-29 16:05 +0100",
    charset="windows-1252", cte="quoted-printable",
    body="""Dear Freya

Contracts & Procurement Officer – Ref HAR-0926

You were due to attend the rearranged interview for the above post today, Wednesday 29 July, at 11:15 at the Civic Centre. Our records show that you did not attend.

If you were unable to attend because of circumstances outside your control, please contact us within five working days and explain what happened. The panel will then decide whether another interview can be offered. If we do not hear from you, we will assume you no longer wish to be considered.

Regards

Recruitment Team
London Borough of Hartsfield""",
))

add(M(
    kind="missed_interview_notice", name="greenhouse_missed_each_other", company="Titanic Quarter Analytics",
    contact="rachel@tqanalytics.example.co.uk", lang="en",
    frm=("Rachel Boyd via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Rachel Boyd", "rachel@tqanalytics.example.co.uk"),
    subject="Looks like we missed each other", date="2026-09-22 15:41 +0100", fmt="html",
    cte="quoted-printable",
    html=ats("""Hi Freya,

Looks like we missed each other today! I was on the Zoom link for our 15:00 recruiter screen for the Commercial Contracts Manager role and waited about 15 minutes.

No stress - these things happen. If you'd still like to chat, you can rebook using the button below, or just reply and let me know a couple of times that work.

Rachel Boyd
Talent Lead, Titanic Quarter Analytics""", brand="Titanic Quarter Analytics", logo="TQ Analytics",
             track="links.greenhouse-mail.io", accent="#1b998b",
             button=("Rebook the call", "https://app.greenhouse.io/scheduling/self/tq-21c7")),
))

add(M(
    kind="missed_interview_notice", name="nicht_erschienen", company="Nordend Medizintechnik",
    contact="j.kowalski@nordend-mt.example.de", lang="de",
    frm=("Kowalski, Jana", "j.kowalski@nordend-mt.example.de"),
    subject="Ihr Vorstellungsgespräch heute", date="2026-07-23 11:15 +0200", cte="quoted-printable",
    charset="iso-8859-1",
    body="""Sehr geehrte Frau MacAllister-Osei,

zu unserem vereinbarten Videogespräch heute um 10:00 Uhr sind Sie leider nicht erschienen. Herr Dr. Engelmann und ich haben bis 10:20 Uhr im Teams-Meeting gewartet.

Falls es technische Probleme gab oder etwas dazwischengekommen ist, melden Sie sich bitte bis Montag bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Freundliche Grüße

Jana Kowalski
Recruiting
Nordend Medizintechnik GmbH""",
))

add(M(
    kind="missed_interview_notice", name="zoom_nicht_teilgenommen", company="Hochschule Westend Frankfurt",
    contact="drittmittel-personal@hs-westend.example.de", lang="de",
    frm=("Drittmittelverwaltung – Personal", "drittmittel-personal@hs-westend.example.de"),
    subject="Auswahlgespräch Kennziffer 2026-DM-09", date="2026-03-23 10:31 +0100",
    charset="iso-8859-1", cte="8bit",
    body="""Sehr geehrte Frau MacAllister-Osei,

die Auswahlkommission hatte Sie heute um 9:30 Uhr zum Auswahlgespräch per Zoom erwartet. Leider haben Sie nicht an dem Gespräch teilgenommen, und auch eine Nachricht von Ihnen lag uns nicht vor.

Sollten Sie weiterhin Interesse an der Stelle haben, teilen Sie uns bitte bis zum 25. März mit, was passiert ist. Ob ein Ersatztermin möglich ist, entscheidet die Kommission.

Mit freundlichen Grüßen
im Auftrag
Anja Reinhold
Referat Drittmittelverwaltung
Hochschule Westend Frankfurt""",
))

add(M(
    kind="missed_interview_notice", name="no_pudimos_contactar", company="Talento Ibérico Consultores",
    contact="alvaro.mendez@talentoiberico.example.es", lang="es",
    frm=("Álvaro Méndez", "alvaro.mendez@talentoiberico.example.es"), hcharset="utf-8",
    subject="¿Todo bien? Entrevista de esta mañana", date="2026-08-26 12:20 +0200", cte="8bit",
    body="""Hola Freya,

Te esperábamos a las 11:00 en el Teams con la directora de Compras de nuestro cliente y no llegaste a conectarte. Te llamé dos veces al móvil pero no hubo respuesta.

Espero que no haya pasado nada. Si sigue interesándote el puesto, escríbeme hoy mismo e intento recolocar la entrevista, aunque no te prometo nada porque el cliente va con prisa.

Un saludo,
Álvaro

Álvaro Méndez
Senior Consultant | Talento Ibérico Consultores""",
))

add(M(
    kind="missed_interview_notice", name="on_ta_attendue", company="Médiane Santé",
    contact="hugo@mediane-sante.example.nl", lang="fr",
    frm=("Hugo Lemaire", "hugo@mediane-sante.example.nl"),
    subject="On t'a attendue", date="2026-09-08 16:35 +0200", cte="quoted-printable",
    body="""Salut Freya,

On t'a attendue sur le lien Google Meet à 16h avec Sarah, mais tu ne t'es pas connectée. Pas grave, ca arrive, surtout avec le decalage horaire !

Si tu es toujours partante, dis-moi quand tu es libre cette semaine et on refait un créneau.

Hugo""",
))
