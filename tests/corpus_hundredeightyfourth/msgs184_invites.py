"""Corpus 184, kinds `interview_invitation` (26: 15 en, 4 de, 4 fr, 3 es),
`interview_reschedule_or_cancel` (15: 9 en, 2 de, 2 fr, 2 es) and `missed_interview_notice`
(10: 6 en, 2 de, 1 fr, 1 es). Hand-written."""

from __future__ import annotations

from msgs184_common import CANDIDATE_ADDR, CANDIDATE_NAME, outlook_block, quote, wrote

ME = CANDIDATE_NAME
ADDR = CANDIDATE_ADDR

PRIYA = ("Priya Raman", "priya.raman@novarix.example.co.uk")
ANNIKA = ("Annika Brunner", "annika.brunner@halvorsen.example.ch")
GARETH = ("Gareth Lomax", "gareth.lomax@pennineclinical.example.co.uk")
DAWN = ("PICKERSGILL, Dawn (OUSE VALLEY NHS FOUNDATION TRUST)",
        "dawn.pickersgill@ousevalley.example.nhs.uk")
REBECCA = ("Rebecca Thornton", "rebecca.thornton@airels.example.co.uk")
SIOBHAN = ("Siobhán Kavanagh", "siobhan.kavanagh@quirinal.example.ie")
CALLUM = ("Callum Reid", "callum.reid@holbeckbio.example.co.uk")
JO = ("Joanne Pryce", "j.pryce@fenland.example.ac.uk")
CIARAN = ("Ciarán Ó Súilleabháin", "ciaran.osuilleabhain@ardmore.example.ie")
TOMASZ = ("Tomasz Nowicki", "tomasz.nowicki@veridian-reg.example.co.uk")
JANA = ("Jana Hoffmeister", "jana.hoffmeister@neckarpharm.example.de")
UTE = ("Ute Brandt", "ute.brandt@hs-neckartal.example.de")
TOBIAS = ("Tobias Engelhardt", "t.engelhardt@kurpfalz-personal.example.de")
CAMILLE = ("Camille Dufresne", "camille.dufresne@verane.example.fr")
MARGAUX = ("Margaux Vidal", "margaux.vidal@saintclair-generiques.example.fr")
MARTA = ("Marta Puigdomènech", "marta.puigdomenech@miralbo.example.es")
NURIA = ("Núria Ferrer", "nuria.ferrer@tibidabo-farma.example.es")
JORDI = ("Jordi Casals", "jordi.casals@talentofarma.example.es")

GARETH_SIG = """Gareth Lomax
Talent Acquisition Lead
Pennine Clinical | 2 Wellington Place, Leeds LS1 4AP
0113 555 9082 | pennineclinical.example.co.uk"""

INVITES: list[dict] = [
    # ------------------------------------------------------------------ English
    dict(
        kind="interview_invitation", slug="novarix_greenhouse_scheduling_link", lang="en",
        company="Novarix Therapeutics", contact=PRIYA[1], key="novarix-invite",
        frm=("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=PRIYA,
        subject="Interview invitation: Regulatory Affairs Assistant (CMC) at Novarix",
        date="2026-01-28 10:03 +0000",
        refs=["novarix-ack"],
        layout=("plain",),
        text="""Hi Eleanor,

Thanks for applying to Novarix Therapeutics. The hiring team enjoyed reading your
application and we would like to invite you to a 45-minute video interview with Martin
Hale (Associate Director, Regulatory CMC) and Dr Kwame Osei (Senior Regulatory Scientist).

Please choose a time that suits you using the link below. Slots are available from Monday
2 to Friday 6 February:

https://app.greenhouse.io/scheduling/invite/7f3c2a91-novarix-ra-cmc

Once you've picked a slot you'll receive a calendar invitation with the Teams details. If
none of the times work, just reply to this email and I'll find another.

Best,
Priya

Priya Raman | Talent Partner, R&D
Novarix Therapeutics
""",
    ),
    dict(
        kind="interview_invitation", slug="halvorsen_panel_ics_request", lang="en",
        company="Halvorsen Pharma", contact=ANNIKA[1], key="halvorsen-invite",
        frm=ANNIKA,
        subject="Panel interview – Junior Regulatory Affairs Associate (Labelling)",
        date="2026-03-03 09:30 +0100",
        refs=["halvorsen-ack"],
        layout=("outlook",),
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="halvorsen-panel-8841@halvorsen.example.ch", seq=0,
                 start="2026-03-17 14:00 +0100", end="2026-03-17 15:30 +0100",
                 summary="Panel interview: Eleanor Wójcik-Adeyemi – Jr RA Associate (Labelling)",
                 location="Halvorsen Pharma, Building 4, Room 4.210, Hochbergerstrasse 60, 4057 Basel",
                 organizer=ANNIKA,
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Dear Eleanor,

Following your application for the Junior Regulatory Affairs Associate (Labelling) position,
I am pleased to invite you to a panel interview at our Basel site.

Date: Tuesday, 17 March 2026
Time: 14:00 – 15:30 CET
Place: Building 4, Room 4.210, Hochbergerstrasse 60, 4057 Basel

The panel will be Dr Lukas Meier (Head of Labelling), Sophie Grant (Regulatory Affairs
Manager, UK & Ireland) and me. The interview is in English. We will also ask you to review
a short patient information leaflet and comment on it (20 minutes, no preparation needed).

Please accept the attached calendar invitation to confirm. We will reimburse a return
flight from Leeds Bradford or Manchester and one night in Basel.

Kind regards,

Annika Brunner
Talent Acquisition Partner, Global Regulatory
Halvorsen Pharma AG | Hochbergerstrasse 60 | 4057 Basel | Switzerland
+41 61 555 44 10
""",
    ),
    dict(
        kind="interview_invitation", slug="pennine_phone_screen_ask", lang="en",
        company="Pennine Clinical", contact=GARETH[1], key="pennine-screen",
        frm=GARETH,
        subject="Regulatory Affairs Assistant - quick call?",
        date="2026-06-01 11:20 +0100",
        text=f"""Hi Eleanor,

I'm the recruiter looking after our Regulatory Affairs Assistant vacancy. I liked your
application, especially the work you did on the FMD verification process at Kirkgate.

Before we go further, could we do a 20-minute phone screen? I have Thursday 4 June at
10:00 free. I'd ring the mobile number on your CV, and it would just be a conversation
about your experience, notice period and salary expectations.

Let me know if that works or suggest another time.

Thanks,

{GARETH_SIG}
""",
    ),
    dict(
        kind="interview_invitation", slug="ouse_valley_assessment_centre_pdf", lang="en",
        company="Ouse Valley NHS Foundation Trust", contact=DAWN[1], key="ousevalley-invite",
        frm=DAWN,
        subject="Invitation to assessment day - Medicines Information & Regulatory Assistant",
        date="2026-03-19 14:02 +0000",
        refs=["ousevalley-ack"],
        charset="windows-1252",
        cte="quoted-printable",
        pdf=[dict(file="Assessment_Day_Agenda_1_April.pdf", title="Assessment day agenda", lines=[
            "Ouse Valley NHS Foundation Trust - Pharmacy Directorate",
            "Assessment day: Medicines Information & Regulatory Assistant (Band 4)",
            "Wednesday 1 April 2026, Education Centre, York Hospital",
            "",
            "09:00  Arrival, ID and document checks",
            "09:20  Welcome from the Chief Pharmacist",
            "09:40  Written exercise: summarising a Drug Safety Update (40 min)",
            "10:30  Group exercise: prioritising a shortage notification",
            "11:30  Individual interview (30 min)",
            "12:15  Close",
        ])],
        text="""Dear Eleanor,

Thank you for applying for the above post. I am delighted to let you know that you have
been shortlisted and we would like to invite you to our assessment day.

Date: Wednesday 1 April 2026
Arrival: 08:50 for a 09:00 start, finishing by 12:30
Venue: Education Centre, York Hospital, Wigginton Road, York YO31 8HE

The agenda is attached. The day includes a written exercise, a group exercise and a
30-minute interview with the panel. Please bring photo ID, proof of your right to work and
the original of your NVQ Level 3 certificate.

Could you please confirm by reply that you will attend.

Kind regards,

Dawn Pickersgill
Recruitment Advisor – Workforce Services
Ouse Valley NHS Foundation Trust
Tel: 01904 726 118
""",
    ),
    dict(
        kind="interview_invitation", slug="meanwood_trial_day", lang="en",
        company="Meanwood Specials", contact="owen.fairclough@meanwoodspecials.example.co.uk",
        key="meanwood-trial",
        frm=("Owen Fairclough", "owen.fairclough@meanwoodspecials.example.co.uk"),
        subject="Trial day at Meanwood Specials",
        date="2026-09-08 16:30 +0100",
        text="""Hello Eleanor,

Thanks for coming to see us last week, it was good to put a face to the CV.

As promised, we'd like you to come in for a paid trial day before we make any decisions.
You'd spend Tuesday 15 September with Harriet, our Regulatory & QA Officer, working
through how we keep our specials licence paperwork in order: batch records, the import
notifications and the product specification files.

Arrive 08:30 at Unit 6, Meanwood Road Works, LS7 2AR. Wear flat closed shoes; we'll give
you a lab coat. Finish about 16:00. Lunch is on us.

Can you let me know you're OK for the 15th?

Cheers,
Owen

Owen Fairclough
Operations Director, Meanwood Specials
0113 555 2266
""",
    ),
    dict(
        kind="interview_invitation", slug="ardent_casual_free_thursday", lang="en",
        company="Ardent Regulatory Partners", contact="sam.whitlock@ardent-rp.example.co.uk",
        key="ardent-chat",
        frm=("Sam Whitlock", "sam.whitlock@ardent-rp.example.co.uk"),
        subject="chat next week?",
        date="2026-10-01 08:55 +0100",
        text="""Hi Eleanor

Sam here from Ardent. Leanne passed your CV over after the RAPS meet-up, and I'm looking
for someone to help with our MAH clients' labelling updates.

Are you free next Thursday (8th) to chat? Nothing formal, half an hour on Zoom around
12:30 so I can tell you about the team and hear what you're after.

https://zoom.us/j/5550192834?pwd=ardentchat

Sam
--
Sam Whitlock | Director
Ardent Regulatory Partners | Spinningfields, Manchester
""",
    ),
    dict(
        kind="interview_invitation", slug="aire_sets_up_marstone_interview", lang="en",
        company="Marstone Generics", contact=REBECCA[1], key="aire-marstone-invite",
        frm=REBECCA,
        subject="Interview confirmed - Marstone Generics, Wed 11 Feb",
        date="2026-02-04 15:15 +0000",
        refs=["aire-registration"],
        layout=("outlook",),
        text="""Hi Eleanor,

Great news: Marstone Generics would like to meet you for the Regulatory Affairs Assistant
role we discussed.

When: Wednesday 11 February, 10:30 (allow an hour)
Where: Marstone Generics, Sharston Industrial Estate, Wythenshawe, Manchester M22 4SN
Who: Grace Abimbola (Regulatory Affairs Manager) and Paul Kenning (QA Lead)

They'll want to hear about how you handle product recalls and supply issues in the
pharmacy, and why regulatory. Have a look at their generics range on the website
beforehand. I'll ring you on Monday for a prep call.

Please reply to confirm and I'll let them know.

Rebecca

Rebecca Thornton
Senior Consultant – Regulatory & Quality
Aire Life Sciences Recruitment
T: 0113 496 0732 | M: 07700 900661
""",
    ),
    dict(
        kind="interview_invitation", slug="quirinal_smartrecruiters_reply_to", lang="en",
        company="Quirinal Biologics", contact=SIOBHAN[1], key="quirinal-invite",
        frm=("Siobhán Kavanagh via SmartRecruiters", "no-reply@smartrecruiters.com"),
        frm_cs=("iso-8859-1", "Q"),
        reply_to=SIOBHAN,
        reply_to_cs=("utf-8", "B"),
        subject="Next step: interview for Regulatory Affairs Assistant (REQ-2291)",
        date="2026-04-27 10:00 +0100",
        refs=["quirinal-ack"],
        layout=("card", "Quirinal Biologics", "#00665e", "Sent via SmartRecruiters"),
        text="""Dear Eleanor,

Good news: we would like to invite you to a video interview for the Regulatory Affairs
Assistant role in our Grange Castle regulatory team.

The interview will last around 45 minutes with Dr Fiona Hegarty, Regulatory Affairs
Manager, and myself. Please select a time between Tuesday 5 and Friday 8 May:

https://www.smartrecruiters.com/app/interview/select/QB-2291-ewa

If you need any adjustments for the interview, reply to this email and let me know.

Kind regards,
Siobhán Kavanagh
Talent Acquisition, Quirinal Biologics
""",
    ),
    dict(
        kind="interview_invitation", slug="holbeck_lever_video_interview", lang="en",
        company="Holbeck Biologics", contact=CALLUM[1], key="holbeck-invite",
        frm=("Holbeck Biologics", "no-reply@hire.lever.co"),
        reply_to=CALLUM,
        subject="Holbeck Biologics: video interview for Regulatory Submissions Assistant",
        date="2026-07-13 11:00 +0100",
        layout=("plain",),
        text="""Hi Eleanor,

Thank you for your application for Regulatory Submissions Assistant. We'd like to invite
you to a video interview on Friday 17 July at 11:00 (UK time) on Microsoft Teams.

You'll meet Callum Reid (Regulatory Operations Manager) and Deepa Mistry (Submissions
Publisher). Expect questions on attention to detail and document control, plus a short
exercise spotting errors in a mock eCTD folder structure.

Join link:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_holbeck_ra_0717

Please reply to confirm you can make it.

Holbeck Biologics Recruiting
""",
    ),
    dict(
        kind="interview_invitation", slug="clinova_icims_interview", lang="en",
        company="Clinova Research", contact="beth.lowther@clinova.example.co.uk",
        key="clinova-invite",
        frm=("Clinova Research Careers", "clinova-careers@talent.icims.com"),
        reply_to=("Beth Lowther", "beth.lowther@clinova.example.co.uk"),
        subject="Interview invitation - Regulatory Affairs Assistant (req 4471)",
        date="2026-06-15 13:30 +0100",
        refs=["clinova-ack"],
        cte="quoted-printable",
        text="""Dear Eleanor Wójcik-Adeyemi,

Thank you for your application for Regulatory Affairs Assistant (req 4471).

We are pleased to invite you to an interview at our York office:

Monday 22 June 2026, 10:00 – 11:00
Clinova Research, Clifton Moor Business Park, York YO30 4XL
Interviewers: Beth Lowther (Regulatory Start-Up Manager), Amir Farouk (Senior RA Associate)

Please use the link below to confirm your attendance:
https://careers-clinova.icims.com/jobs/4471/confirm?ca=ewa

Parking is available on site. Ask for Beth at reception.

Regards,
Clinova Research – People Services
""",
    ),
    dict(
        kind="interview_invitation", slug="veridian_ashby_self_schedule", lang="en",
        company="Veridian Regulatory", contact=TOMASZ[1], key="veridian-invite",
        frm=("Veridian Regulatory", "no-reply@ashbyhq.com"),
        reply_to=TOMASZ,
        subject="Let's find a time: Veridian Regulatory interview",
        date="2026-09-07 08:10 -0700",
        layout=("card", "Veridian Regulatory", "#3b2f80", "Powered by Ashby"),
        text="""Hi Eleanor,

Tomasz from Veridian here. Thanks for applying for the Regulatory Affairs Assistant role,
we'd love to set up a first interview (45 minutes, video) with me and Clara, our head of
regulatory operations.

Book a slot that suits you here:
https://jobs.ashbyhq.com/veridian/schedule/2b9d-ra-assistant

Slots run from 14 to 18 September. Any questions, hit reply.

Tomasz Nowicki
Talent Lead, Veridian Regulatory
""",
    ),
    dict(
        kind="interview_invitation", slug="saltaire_invite_quotes_application", lang="en",
        company="Saltaire Clinical", contact="hannah.booth@saltaireclinical.example.co.uk",
        key="saltaire-invite",
        frm=("Hannah Booth", "hannah.booth@saltaireclinical.example.co.uk"),
        subject="Interview - Regulatory Affairs Assistant",
        date="2026-07-20 15:47 +0100",
        refs=["saltaire-apply"],
        layout=("outlook",),
        cte="quoted-printable",
        text="""Hi Eleanor,

Thank you for your application. We'd like to invite you to interview for the Regulatory
Affairs Assistant role. Could you do Thursday 30 July at 2pm or Friday 31 July at 10am?
It will be about an hour with me and our Head of Regulatory.

Kind regards,
Hannah

Hannah Booth
Resourcing Manager
Saltaire Clinical Ltd | Unit 4, Salts Mill Road, Shipley BD17 7EF
01274 555 310

""" + outlook_block("en", f"{ME} <{ADDR}>", "17 July 2026 21:14",
                    "Hannah Booth <hannah.booth@saltaireclinical.example.co.uk>",
                    "Application - Regulatory Affairs Assistant (SC-RA-07)", """Dear Hannah,

Please find attached my application and CV for the Regulatory Affairs Assistant vacancy
(ref SC-RA-07). I have six years' experience as a dispenser and have just completed the
TOPRA introductory certificate in regulatory affairs.

I would welcome the chance to discuss my application with you.

Kind regards,
Eleanor Wójcik-Adeyemi
"""),
    ),
    dict(
        kind="interview_invitation", slug="lindqvist_unnamed_client_first_call", lang="en",
        company="Lindqvist Moreau Executive Search",
        contact="h.lindqvist@lindqvist-moreau.example.ch", key="lm-invite",
        frm=("Henrik Lindqvist", "h.lindqvist@lindqvist-moreau.example.ch"),
        subject="Confidential search – first conversation with my client",
        date="2026-06-22 10:45 +0200",
        text="""Dear Eleanor,

Thank you for the call on Friday. As I mentioned, my client is a mid-sized pharmaceutical
company in Basel which I am not yet able to name; they are strengthening their regulatory
coordination team and English is the working language.

The hiring manager would like to meet you for a first conversation: a 45-minute video
interview on Monday 29 June at 16:00 CEST (15:00 in Leeds). I will send the link the day
before. If that time is difficult, give me two alternatives that week.

Kind regards,

Henrik Lindqvist
Partner, Lindqvist Moreau Executive Search
Aeschenvorstadt 48, 4051 Basel · +41 61 555 02 18
""",
    ),
    dict(
        kind="interview_invitation", slug="fenland_panel_ics_attached_cp1252", lang="en",
        company="Fenland University", contact=JO[1], key="fenland-invite",
        frm=JO,
        subject="Research Governance Assistant - panel interview",
        date="2026-05-12 12:00 +0100",
        charset="windows-1252",
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="fenland-rga-0521-ewa@fenland.example.ac.uk", seq=0,
                 start="2026-05-21 10:00 +0100", end="2026-05-21 10:45 +0100",
                 summary="Interview – Research Governance Assistant (ref RIS-2026-114)",
                 location="Room 2.14, Hauser Building, Fenland University, Cambridge",
                 organizer=JO, only_attached=True, file="interview.ics"),
        text="""Dear Eleanor

Research Governance Assistant, Research & Innovation Services (ref RIS-2026-114)

I am pleased to invite you to a panel interview on Thursday 21 May at 10:00 in Room 2.14,
Hauser Building. The interview will last 45 minutes. Before it, you will be given 15
minutes to read a short case about an amendment to an approved study and prepare three
points to discuss.

Panel: Dr Alan Whitby (Head of Research Governance), Ms Carys Lloyd (Senior Governance
Officer) and an HR representative.

A calendar invitation is attached. Please let me know by Friday whether you will attend
and whether you need any adjustments.

Regards
Joanne Pryce
HR Administrator, Research & Innovation Services
Fenland University · Trumpington Road, Cambridge CB2 1QA · 01223 555 840
""",
    ),
    dict(
        kind="interview_invitation", slug="ardmore_competency_interview_latin1", lang="en",
        company="Ardmore Pharmaceuticals", contact=CIARAN[1], key="ardmore-invite",
        frm=CIARAN,
        frm_cs=("iso-8859-1", "Q"),
        subject="Interview: Regulatory Affairs Assistant (26-0412)",
        date="2026-08-03 09:12 +0100",
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Dear Eleanor,

Thank you for your application for the Regulatory Affairs Assistant role (26-0412).

I am pleased to invite you to a competency-based interview at our Dublin campus on
Thursday 13 August at 11:00. The panel will be Dr Aoife Geraghty (Regulatory Affairs
Manager) and me, and it will last about one hour.

Venue: Block 3, Ardmore Business Campus, Dublin 24 (the Red Line Luas stops at the gate).

Please prepare examples that show how you manage competing deadlines, how you check your
own work, and a time you dealt with a difficult stakeholder.

Please confirm by return.

Is mise le meas,
Ciarán Ó Súilleabháin
Talent Acquisition Specialist, Ardmore Pharmaceuticals
""",
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="interview_invitation", slug="neckarpharm_personio_einladung", lang="de",
        company="Neckarpharm", contact=JANA[1], key="neckarpharm-invite",
        frm=("Jana Hoffmeister über Personio", "noreply@personio.de"),
        reply_to=JANA,
        subject="Einladung zum Vorstellungsgespräch – Regulatory Affairs Assistant (m/w/d)",
        date="2026-03-20 14:00 +0100",
        refs=["neckarpharm-ack"],
        layout=("card", "Neckarpharm", "#c0392b", "Gesendet über Personio"),
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie gern
persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Donnerstag, 2. April 2026, 10:00 Uhr
Neckarpharm GmbH, Im Neuenheimer Feld 582, 69120 Heidelberg
Gesprächspartner: Dr. Stefan Albrecht (Leitung Regulatory Affairs) und Jana Hoffmeister

Das Gespräch findet auf Englisch statt; ein kurzer Teil auf Deutsch wäre schön, ist aber
keine Voraussetzung. Bitte bestätigen Sie den Termin über den folgenden Link:

https://neckarpharm.jobs.personio.de/appointment/confirm/88213

Mit freundlichen Grüßen
Jana Hoffmeister
Talent Acquisition
""",
    ),
    dict(
        kind="interview_invitation", slug="kurpfalz_telefoninterview", lang="de",
        company="Kurpfalz Arznei", contact="melanie.straub@kurpfalz-arznei.example.de",
        key="kurpfalz-phone",
        frm=("Melanie Straub", "melanie.straub@kurpfalz-arznei.example.de"),
        subject="Telefoninterview – Junior Regulatory Affairs (2026-117)",
        date="2026-06-29 09:40 +0200",
        refs=["kurpfalz-own-application", "kurpfalz-ack"],
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

vielen Dank für Ihre Bewerbung als Junior Regulatory Affairs Spezialist (m/w/d).

Gern möchten wir Sie in einem ersten Telefoninterview näher kennenlernen. Passt Ihnen
Freitag, der 3. Juli, um 14:00 Uhr (deutscher Zeit)? Wir würden Sie unter der in Ihrem
Lebenslauf angegebenen Mobilnummer anrufen. Das Gespräch dauert etwa 30 Minuten und kann
gern auf Englisch geführt werden.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Freundliche Grüße

Melanie Straub
Personalreferentin
Kurpfalz Arznei GmbH · Bergheimer Straße 140 · 69115 Heidelberg
Telefon +49 6221 555 2040
""",
    ),
    dict(
        kind="interview_invitation", slug="neckartal_auswahlgespraech_ics", lang="de",
        company="Hochschule Neckartal", contact=UTE[1], key="neckartal-invite",
        frm=UTE,
        subject="Einladung zum Auswahlgespräch – Ausschreibung Nr. 2026/041",
        subj_cs=("utf-8", "B"),
        date="2026-06-01 10:30 +0200",
        layout=("plain",),
        ics=dict(method="REQUEST", uid="hsn-2026-041-ewa@hs-neckartal.example.de", seq=0,
                 start="2026-06-16 10:00 +0200", end="2026-06-16 11:00 +0200",
                 summary="Auswahlgespräch Sachbearbeitung Regulatory Affairs (2026/041)",
                 location="Raum 3.12, Czernyring 22, 69115 Heidelberg",
                 organizer=UTE),
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle Sachbearbeitung Regulatory
Affairs im Zentrum für klinische Studien (Ausschreibung Nr. 2026/041) einzuladen.

Termin: Dienstag, 16. Juni 2026, 10:00 Uhr
Ort: Raum 3.12, Czernyring 22, 69115 Heidelberg

Der Auswahlkommission gehören die Leiterin des Zentrums, ein Mitglied des Personalrats und
die Beauftragte für Chancengleichheit an. Reisekosten können leider nicht erstattet werden.

Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie Ihre Teilnahme bis zum 8. Juni.

Mit freundlichen Grüßen
Ute Brandt
Personalsachbearbeitung
Hochschule Neckartal
""",
    ),
    dict(
        kind="interview_invitation", slug="kurpfalz_personal_odenwald_termin", lang="de",
        company="Odenwald Biotech", contact=TOBIAS[1], key="kp-odenwald-invite",
        frm=TOBIAS,
        subject="Vorstellungstermin bei Odenwald Biotech",
        date="2026-07-08 16:20 +0200",
        refs=["kp-registration"],
        charset="windows-1252",
        cte="8bit",
        text="""Hallo Frau Wójcik-Adeyemi,

wie telefonisch besprochen: Odenwald Biotech möchte Sie kennenlernen!

Termin: Dienstag, 14. Juli, 9:30 Uhr
Format: Microsoft Teams (der Link kommt direkt vom Kunden)
Gesprächspartner: Herr Baumgartner, Leiter Qualität & Zulassung

Es geht um die Position „Regulatory Affairs Assistant“ am Standort Eberbach. Herr
Baumgartner spricht gut Englisch, freut sich aber, wenn Sie ein paar Sätze auf Deutsch
sagen. Ich rufe Sie am Montag zur Vorbereitung an.

Beste Grüße
Tobias Engelhardt

Kurpfalz Personal – Life Sciences
Hauptstraße 97 · 69117 Heidelberg
Tel. 06221 555 418
""",
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="interview_invitation", slug="verane_entretien_visio", lang="fr",
        company="Laboratoires Vérane", contact=CAMILLE[1], key="verane-invite",
        frm=CAMILLE,
        subject="Invitation à un entretien – Assistante Affaires Réglementaires",
        date="2026-04-21 11:10 +0200",
        refs=["verane-ack"],
        layout=("outlook",),
        cte="quoted-printable",
        text="""Bonjour Eleanor,

Suite à l'étude de votre candidature pour le poste d'Assistante Affaires Réglementaires,
nous souhaiterions vous rencontrer en visioconférence.

Je vous propose le mardi 28 avril à 10h00 (heure de Paris), sur Microsoft Teams, avec
Mme Hélène Caradec, Pharmacienne responsable des Affaires Réglementaires, et moi-même.
L'entretien durera environ une heure et pourra se dérouler en partie en anglais.

Lien de connexion :
https://teams.microsoft.com/l/meetup-join/19%3averane_ar_0428

Merci de me confirmer votre disponibilité.

Bien cordialement,

Camille Dufresne
Chargée de recrutement
Laboratoires Vérane – 118 avenue Jean Jaurès – 69007 Lyon
04 72 55 30 12
""",
    ),
    dict(
        kind="interview_invitation", slug="saint_clair_entretien_ics", lang="fr",
        company="Génériques Saint-Clair", contact=MARGAUX[1], key="saintclair-invite",
        frm=MARGAUX,
        subject="Entretien – Assistant(e) Affaires Réglementaires",
        date="2026-05-18 09:00 +0200",
        refs=["saintclair-ack"],
        layout=("plain",),
        ics=dict(method="REQUEST", uid="stclair-ar-20260528-ewa@saintclair-generiques.example.fr",
                 seq=0, start="2026-05-28 15:00 +0200", end="2026-05-28 16:00 +0200",
                 summary="Entretien Eleanor Wójcik-Adeyemi – Assistant(e) AR",
                 location="Génériques Saint-Clair, 20 quai Saint-Clair, 69001 Lyon",
                 organizer=MARGAUX, attach=True, file="entretien.ics"),
        text="""Bonjour Madame Wójcik-Adeyemi,

Votre profil a retenu notre attention et nous avons le plaisir de vous convier à un
entretien pour le poste d'Assistant(e) Affaires Réglementaires.

Il aura lieu le jeudi 28 mai à 15h00 dans nos locaux du 20 quai Saint-Clair, à Lyon, avec
M. Julien Perrot, responsable du service réglementaire.

Vous trouverez ci-joint l'invitation à ajouter à votre agenda. En cas d'empêchement, merci
de nous prévenir au plus tôt.

Cordialement,
Margaux Vidal
Ressources Humaines, Génériques Saint-Clair
""",
    ),
    dict(
        kind="interview_invitation", slug="rhone_talents_confluence_rdv", lang="fr",
        company="Laboratoires Confluence", contact="chloe.barbier@rhonetalents.example.fr",
        key="rt-confluence-invite",
        frm=("Chloé Barbier", "chloe.barbier@rhonetalents.example.fr"),
        subject="Rendez-vous chez Laboratoires Confluence lundi 8 juin",
        date="2026-06-02 17:30 +0200",
        refs=["rt-inscription"],
        charset="windows-1252",
        cte="quoted-printable",
        text="""Bonjour Eleanor,

Bonne nouvelle : les Laboratoires Confluence souhaitent vous rencontrer pour le poste
d’assistante réglementaire dont nous avons parlé !

Rendez-vous : lundi 8 juin à 14h30
Adresse : 7 rue du Vercors, 69007 Lyon (quartier Gerland), accueil du bâtiment B
Vous verrez : Mme Anaïs Roche, responsable réglementaire, et son adjoint

Prévoyez une heure. Elle vous posera sans doute des questions sur la gestion des
ruptures de stock en officine ; c’est un vrai atout pour eux. Je vous appelle vendredi pour
préparer l’entretien ensemble.

Merci de me confirmer votre présence.

Chloé Barbier – Consultante Life Sciences
Rhône Talents · 45 rue de la République · 69002 Lyon
""",
    ),
    dict(
        kind="interview_invitation", slug="fourviere_journee_immersion", lang="fr",
        company="Institut Fourvière de Recherche Clinique",
        contact="sebastien.morel@fourviere-rc.example.fr", key="fourviere-invite",
        frm=("Sébastien Morel", "sebastien.morel@fourviere-rc.example.fr"),
        frm_cs=("utf-8", "B"),
        subject="Proposition de journée d'immersion le 15 juillet",
        date="2026-07-06 10:00 +0200",
        text="""Bonjour Madame Wójcik-Adeyemi,

Merci pour notre échange téléphonique de jeudi. Comme convenu, nous aimerions vous
proposer une journée d'immersion au sein de l'équipe réglementaire, qui fera office de
second entretien.

Date : mercredi 15 juillet, de 9h00 à 17h00
Lieu : 12 montée Saint-Barthélemy, 69005 Lyon

Au programme : présentation des études en cours, participation à la revue d'un dossier de
soumission au CPP et un entretien de 30 minutes avec notre directrice des opérations en fin
de journée.

Merci de me confirmer votre venue.

Bien à vous,
Sébastien Morel
Responsable des Affaires Réglementaires
""",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="interview_invitation", slug="miralbo_entrevista_ics", lang="es",
        company="Laboratorios Miralbo", contact=MARTA[1], key="miralbo-invite",
        frm=MARTA,
        subject="Convocatoria de entrevista: Técnico/a de Asuntos Regulatorios",
        subj_cs=("iso-8859-1", "Q"),
        date="2026-05-25 10:15 +0200",
        refs=["miralbo-ack"],
        layout=("outlook",),
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="miralbo-mir0326-ewa@miralbo.example.es", seq=0,
                 start="2026-06-04 11:00 +0200", end="2026-06-04 12:00 +0200",
                 summary="Entrevista – Eleanor Wójcik-Adeyemi (MIR-0326)",
                 location="Laboratorios Miralbo, Carrer de Pujades 77, 08005 Barcelona",
                 organizer=MARTA,
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Hola Eleanor:

Gracias por tu candidatura al puesto de Técnico/a de Asuntos Regulatorios (ref. MIR-0326).
Nos gustaría conocerte en persona.

Fecha: jueves 4 de junio de 2026
Hora: 11:00
Lugar: Carrer de Pujades 77, 08005 Barcelona (metro Llacuna, L4)
Entrevistadoras: Laia Vidal (responsable de Registros) y yo misma

La entrevista será en castellano y en inglés. Te envío la convocatoria en el calendario;
acéptala para confirmar tu asistencia.

Un saludo,
Marta Puigdomènech
Talent Acquisition · Laboratorios Miralbo
""",
    ),
    dict(
        kind="interview_invitation", slug="tibidabo_te_va_bien_el_jueves", lang="es",
        company="Farmacéutica Tibidabo", contact=NURIA[1], key="tibidabo-call",
        frm=NURIA,
        subject="¿Hablamos el jueves?",
        subj_cs=("utf-8", "Q"),
        date="2026-07-13 18:20 +0200",
        refs=["tibidabo-ack"],
        text="""Hola Eleanor,

Soy Núria, de Personas en Farmacéutica Tibidabo. He visto tu candidatura para el puesto de
asistente de registros y me ha encantado tu experiencia en farmacia.

¿Te va bien el jueves 16 para charlar un rato? Sería sobre las 10:00 por Google Meet, una
media hora, sin nada que preparar. Así te cuento cómo es el equipo y tú me cuentas qué
buscas.

https://meet.google.com/tbd-farm-016

¡Dime algo!
Núria
""",
    ),
    dict(
        kind="interview_invitation", slug="talento_farma_montjuic_entrevista", lang="es",
        company="Laboratorios Montjuïc", contact=JORDI[1], key="tf-montjuic-invite",
        frm=JORDI,
        subject="Entrevista con Laboratorios Montjuïc – lunes 31 de agosto",
        date="2026-08-24 12:00 +0200",
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Hola Eleanor,

¡Buenas noticias! Laboratorios Montjuïc quiere entrevistarte para el puesto de Asistente de
Asuntos Regulatorios en su planta de la Zona Franca.

Día: lunes 31 de agosto
Hora: 10:00
Dirección: Carrer 60, 23, Polígono Zona Franca, 08040 Barcelona
Con: Sra. Rosa Bertran, directora técnica, y una persona de RR. HH.

Lleva el DNI o pasaporte para el control de acceso. Te llamo el viernes para prepararla.

Confírmame que te va bien, por favor.

Jordi Casals
Consultor Senior, Pharma & Healthcare
Talento Farma Barcelona · +34 93 555 18 40
""",
    ),
]

RESCHEDULES: list[dict] = [
    dict(
        kind="interview_reschedule_or_cancel", slug="novarix_greenhouse_moved", lang="en",
        company="Novarix Therapeutics", contact=PRIYA[1], key="novarix-move",
        frm=("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=PRIYA,
        subject="Updated: your Novarix interview has moved to Thu 5 Feb, 11:00",
        date="2026-01-30 16:45 +0000",
        refs=["novarix-invite"],
        layout=("plain",),
        ics=dict(method="REQUEST", uid="gh-iv-55120-novarix@greenhouse.io", seq=1,
                 start="2026-02-05 11:00 +0000", end="2026-02-05 11:45 +0000",
                 summary="Interview: Eleanor Wójcik-Adeyemi <> Novarix (RA Assistant, CMC)",
                 location="Microsoft Teams", organizer=PRIYA,
                 prodid="-//Greenhouse Software//Scheduler//EN"),
        text="""Hi Eleanor,

Martin has been pulled into a regulator meeting on Wednesday afternoon, so I've moved your
interview:

Was: Wednesday 4 February, 14:00 – 14:45
Now: Thursday 5 February, 11:00 – 11:45

Same Teams link and same interviewers. The updated calendar invitation is attached; if the
new time doesn't work, reply and I'll sort something else.

Sorry for the shuffle!
Priya
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="halvorsen_sequence_bump", lang="en",
        company="Halvorsen Pharma", contact=ANNIKA[1], key="halvorsen-move",
        frm=ANNIKA,
        subject="Updated invitation: Panel interview moved to Thursday 19 March",
        date="2026-03-10 08:15 +0100",
        refs=["halvorsen-invite"],
        layout=("outlook",),
        ics=dict(method="REQUEST", uid="halvorsen-panel-8841@halvorsen.example.ch", seq=1,
                 start="2026-03-19 09:30 +0100", end="2026-03-19 11:00 +0100",
                 summary="Panel interview: Eleanor Wojcik-Adeyemi - Jr RA Associate (Labelling)",
                 location="Halvorsen Pharma, Building 4, Room 4.108, Hochbergerstrasse 60, 4057 Basel",
                 organizer=ANNIKA,
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_cte="8bit",
        text="""Dear Eleanor,

Dr Meier has to attend a Swissmedic meeting on the 17th, so we have moved your panel
interview to Thursday 19 March, 09:30 – 11:00, now in Room 4.108. Everything else stays the
same, and we will rebook your flight and hotel for the new date.

Please accept the updated invitation. My apologies for the change.

Best regards,
Annika Brunner
Talent Acquisition Partner, Global Regulatory
Halvorsen Pharma AG
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ouse_valley_interviewer_ill", lang="en",
        company="Ouse Valley NHS Foundation Trust", contact=DAWN[1], key="ousevalley-postponed",
        frm=DAWN,
        subject="RE: Invitation to assessment day - Medicines Information & Regulatory Assistant",
        date="2026-03-30 17:20 +0100",
        refs=["ousevalley-invite", "ousevalley-confirm"],
        charset="windows-1252",
        cte="quoted-printable",
        layout=("outlook",),
        text="""Dear Eleanor,

I’m sorry to be writing so close to the day. Our Chief Pharmacist, who chairs the panel, is
unwell and will be off for the rest of the week, so we have had to postpone Wednesday’s
assessment day.

Please don’t travel on Wednesday. I will contact you with a new date as soon as the panel’s
diaries allow – hopefully within the next fortnight. Your place on the shortlist is not
affected.

Kind regards,
Dawn

Dawn Pickersgill
Recruitment Advisor – Workforce Services
Ouse Valley NHS Foundation Trust
""" + "\n" + outlook_block("en", f"{ME} <{ADDR}>", "19 March 2026 18:55",
                           "PICKERSGILL, Dawn (OUSE VALLEY NHS FOUNDATION TRUST)",
                           "RE: Invitation to assessment day", """Dear Dawn,

Thank you – I'm delighted to be shortlisted and I confirm I'll attend on 1 April.

Best wishes,
Eleanor
"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="quirinal_method_cancel", lang="en",
        company="Quirinal Biologics", contact=SIOBHAN[1], key="quirinal-cancel",
        frm=SIOBHAN,
        frm_cs=("utf-8", "B"),
        subject="Cancelled: Interview – Regulatory Affairs Assistant (Fri 8 May)",
        date="2026-05-06 15:30 +0100",
        refs=["quirinal-invite"],
        layout=("plain",),
        ics=dict(method="CANCEL", uid="sr-iv-2291-ewa@quirinal.example.ie", seq=1,
                 start="2026-05-08 14:00 +0100", end="2026-05-08 14:45 +0100",
                 summary="Interview – Regulatory Affairs Assistant (REQ-2291)",
                 location="Microsoft Teams", organizer=SIOBHAN, attach=True),
        text="""Hi Eleanor,

I'm afraid we need to cancel Friday's interview: Fiona has been called in to support an
unannounced inspection at Grange Castle and won't be free this week.

To be clear, this is about diaries only; your application is very much still live and
we'd like to meet you. I'll come back to you with new slots early next week.

Apologies for the inconvenience.

Siobhán
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="pennine_rebooked_after_missed_call", lang="en",
        company="Pennine Clinical", contact=GARETH[1], key="pennine-rebooked",
        frm=GARETH,
        subject="RE: Regulatory Affairs Assistant - quick call?",
        date="2026-06-05 09:05 +0100",
        refs=["pennine-screen", "pennine-missed", "pennine-own-reschedule"],
        text=f"""Hi Eleanor,

No problem at all, these things happen with shift work. I've rebooked us for Tuesday 9 June
at 11:00 instead; I'll call the new number you gave me (07700 900418).

Speak then,

{GARETH_SIG}

{wrote("en", "Thu, 4 Jun 2026 at 19:32", ME, ADDR)}
{quote('''Hi Gareth,

I'm so sorry about this morning. I was called onto the counter when a colleague went home
ill and my phone was in the staff room. I'd still very much like to talk. Could we try
again early next week? I'm off on Tuesday.

Best wishes,
Eleanor''')}
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="fenland_sequence_bump_room_change", lang="en",
        company="Fenland University", contact=JO[1], key="fenland-move",
        frm=JO,
        subject="UPDATED: Research Governance Assistant interview - new date 26 May",
        date="2026-05-18 11:40 +0100",
        refs=["fenland-invite"],
        cte="base64",
        layout=("plain",),
        ics=dict(method="REQUEST", uid="fenland-rga-0521-ewa@fenland.example.ac.uk", seq=1,
                 start="2026-05-26 14:00 +0100", end="2026-05-26 14:45 +0100",
                 summary="Interview – Research Governance Assistant (ref RIS-2026-114)",
                 location="Room G.03, Hauser Building, Fenland University, Cambridge",
                 organizer=JO),
        text="""Dear Eleanor

Because of a clash with the University's research ethics committee, we have had to move
the interview for the Research Governance Assistant post.

New date: Tuesday 26 May at 14:00 (was Thursday 21 May at 10:00)
New room: G.03, Hauser Building (ground floor, step-free)

The updated calendar invitation replaces the earlier one. Everything else, including the
15-minute preparation exercise, is unchanged. Please confirm you can attend.

Regards
Jo Pryce
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="holbeck_lever_moved_a_week", lang="en",
        company="Holbeck Biologics", contact=CALLUM[1], key="holbeck-move",
        frm=("Holbeck Biologics", "no-reply@hire.lever.co"),
        reply_to=CALLUM,
        subject="Change to your Holbeck Biologics interview",
        date="2026-07-15 10:20 +0100",
        refs=["holbeck-invite"],
        layout=("plain",),
        text="""Hi Eleanor,

We need to move your video interview for Regulatory Submissions Assistant. The new time is
Friday 24 July at 11:00 (UK time), one week later than planned.

The Teams link stays the same:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_holbeck_ra_0717

Sorry for any inconvenience; please reply if the new date doesn't suit.

Holbeck Biologics Recruiting
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="aire_marstone_moved_afternoon", lang="en",
        company="Marstone Generics", contact=REBECCA[1], key="aire-marstone-move",
        frm=REBECCA,
        subject="RE: Interview confirmed - Marstone Generics, Wed 11 Feb",
        date="2026-02-09 12:30 +0000",
        refs=["aire-marstone-invite", "aire-marstone-confirm"],
        text=f"""Hi Eleanor,

Small change: Grace at Marstone has a supplier audit overrunning on Wednesday morning, so
they've asked to push your interview to 14:00 the same day. Same place, same people.

Does that still work around your shift? If not, they've offered Friday 13th at 09:30.

Rebecca

{wrote("en", "Wed, 4 Feb 2026 at 18:20", ME, ADDR)}
{quote('''Thanks Rebecca, that's brilliant news. Confirming Wednesday 11th at 10:30, I've
swapped my shift.

Eleanor''')}
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ardmore_strike_cancel_outlook", lang="en",
        company="Ardmore Pharmaceuticals", contact=CIARAN[1], key="ardmore-cancel",
        frm=CIARAN,
        frm_cs=("utf-8", "Q"),
        subject="Cancelled: Interview – Regulatory Affairs Assistant (Thu 13 Aug)",
        date="2026-08-10 16:00 +0100",
        refs=["ardmore-invite"],
        layout=("outlook",),
        cte="quoted-printable",
        ics=dict(method="CANCEL", uid="ardmore-26-0412-ewa@ardmore.example.ie", seq=2,
                 start="2026-08-13 11:00 +0100", end="2026-08-13 12:00 +0100",
                 summary="Interview – Regulatory Affairs Assistant (26-0412)",
                 location="Block 3, Ardmore Business Campus, Dublin 24",
                 organizer=CIARAN,
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Dear Eleanor,

Because of the public transport strike announced for Thursday, we have taken the decision
to cancel all on-site interviews that day, including yours at 11:00.

This is a cancellation of the meeting only. We will be in touch shortly to arrange a new
date, which may be online if that suits you better.

My apologies for the disruption.

Ciarán Ó Súilleabháin
Talent Acquisition Specialist, Ardmore Pharmaceuticals
""",
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="interview_reschedule_or_cancel", slug="neckarpharm_termin_cancel_ics", lang="de",
        company="Neckarpharm", contact=JANA[1], key="neckarpharm-cancel",
        frm=JANA,
        subject="Abgesagt: Vorstellungsgespräch Regulatory Affairs Assistant (2. April)",
        date="2026-04-01 08:05 +0200",
        refs=["neckarpharm-invite"],
        layout=("outlook",),
        cte="quoted-printable",
        ics=dict(method="CANCEL", uid="personio-appt-88213@neckarpharm.example.de", seq=1,
                 start="2026-04-02 10:00 +0200", end="2026-04-02 11:00 +0200",
                 summary="Vorstellungsgespräch Eleanor Wójcik-Adeyemi",
                 location="Im Neuenheimer Feld 582, 69120 Heidelberg", organizer=JANA),
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

leider müssen wir das für morgen, Donnerstag, 10:00 Uhr, vereinbarte Gespräch absagen, da
Dr. Albrecht kurzfristig zu einer Inspektion nach Bonn reisen muss.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir melden uns in den nächsten Tagen
mit einem neuen Terminvorschlag.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Jana Hoffmeister
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="neckartal_terminverschiebung_ics", lang="de",
        company="Hochschule Neckartal", contact=UTE[1], key="neckartal-move",
        frm=UTE,
        subject="Terminverschiebung: Auswahlgespräch Nr. 2026/041",
        date="2026-06-08 13:15 +0200",
        refs=["neckartal-invite"],
        charset="iso-8859-1",
        cte="quoted-printable",
        ics=dict(method="REQUEST", uid="hsn-2026-041-ewa@hs-neckartal.example.de", seq=1,
                 start="2026-07-02 13:30 +0200", end="2026-07-02 14:30 +0200",
                 summary="Auswahlgespräch Sachbearbeitung Regulatory Affairs (2026/041)",
                 location="Raum 3.12, Czernyring 22, 69115 Heidelberg",
                 organizer=UTE),
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

wegen einer Terminüberschneidung in der Auswahlkommission müssen wir Ihr Gespräch
verschieben.

Neuer Termin: Donnerstag, 2. Juli 2026, 13:30 Uhr (statt Dienstag, 16. Juni, 10:00 Uhr)
Ort unverändert: Raum 3.12, Czernyring 22

Die aktualisierte Kalendereinladung ersetzt die bisherige. Bitte bestätigen Sie kurz, ob
Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Ute Brandt
Personalsachbearbeitung, Hochschule Neckartal
""",
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="interview_reschedule_or_cancel", slug="verane_entretien_reprogramme", lang="fr",
        company="Laboratoires Vérane", contact=CAMILLE[1], key="verane-rebook",
        frm=CAMILLE,
        subject="RE: Entretien du 28 avril",
        date="2026-05-04 10:00 +0200",
        refs=["verane-invite", "verane-missed", "verane-own-reschedule"],
        cte="quoted-printable",
        text=f"""Bonjour Eleanor,

Merci pour votre message et vos explications, nous comprenons tout à fait.

Nous reprogrammons donc votre entretien au mercredi 6 mai à 14h00, toujours sur Teams et
avec Mme Caradec. Voici le nouveau lien :
https://teams.microsoft.com/l/meetup-join/19%3averane_ar_0506

Bien cordialement,
Camille Dufresne
Chargée de recrutement – Laboratoires Vérane

{wrote("fr", "mar. 28 avr. 2026 à 21:17", ME, ADDR)}
{quote('''Bonjour Camille,

Je suis vraiment désolée pour ce matin : une coupure de courant dans mon quartier m'a
privée d'internet et de téléphone jusqu'à midi. Serait-il possible de fixer un nouvel
entretien ? Je suis disponible toute la semaine prochaine.

Bien cordialement,
Eleanor''')}
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="saint_clair_entretien_decale", lang="fr",
        company="Génériques Saint-Clair", contact=MARGAUX[1], key="saintclair-move",
        frm=MARGAUX,
        subject="Changement d'horaire de votre entretien",
        date="2026-05-22 16:10 +0200",
        refs=["saintclair-invite"],
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Bonjour Madame Wójcik-Adeyemi,

M. Perrot étant retenu par un audit le jeudi 28 mai, votre entretien est décalé au
vendredi 29 mai à 11h00, au même endroit (20 quai Saint-Clair).

Si ce nouvel horaire ne vous convient pas, je vous remercie de me le faire savoir afin que
nous trouvions une autre date.

Cordialement,
Margaux Vidal
Ressources Humaines, Génériques Saint-Clair
""",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="interview_reschedule_or_cancel", slug="miralbo_anulada_ics_cancel", lang="es",
        company="Laboratorios Miralbo", contact=MARTA[1], key="miralbo-cancel",
        frm=MARTA,
        subject="Cancelada: Entrevista – Eleanor Wójcik-Adeyemi (MIR-0326)",
        subj_cs=("utf-8", "B"),
        date="2026-06-03 09:30 +0200",
        refs=["miralbo-invite"],
        layout=("outlook",),
        cte="quoted-printable",
        ics=dict(method="CANCEL", uid="miralbo-mir0326-ewa@miralbo.example.es", seq=1,
                 start="2026-06-04 11:00 +0200", end="2026-06-04 12:00 +0200",
                 summary="Entrevista – Eleanor Wójcik-Adeyemi (MIR-0326)",
                 location="Laboratorios Miralbo, Carrer de Pujades 77, 08005 Barcelona",
                 organizer=MARTA,
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Hola Eleanor:

Siento avisarte con tan poco margen: tenemos que anular la entrevista de mañana jueves a
las 11:00 porque Laia está de baja médica.

Tu candidatura sigue adelante; te propondré una nueva fecha en cuanto sepamos cuándo se
reincorpora.

Disculpa las molestias.
Marta
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="talento_farma_cambio_hora", lang="es",
        company="Laboratorios Montjuïc", contact=JORDI[1], key="tf-montjuic-move",
        frm=JORDI,
        subject="RE: Entrevista con Laboratorios Montjuïc – lunes 31 de agosto",
        date="2026-08-27 13:40 +0200",
        refs=["tf-montjuic-invite", "tf-montjuic-confirm"],
        text=f"""Hola Eleanor,

Cambio de última hora: Laboratorios Montjuïc me pide pasar tu entrevista del lunes de las
10:00 a las 16:30, porque la directora técnica tiene una auditoría por la mañana. El lugar
es el mismo.

¿Te va bien? Si no, proponen el martes 1 a las 9:00.

Jordi

{wrote("es", "lun, 24 ago 2026 a las 12:41", ME, ADDR)}
{quote('''Hola Jordi, ¡qué buena noticia! Confirmo el lunes 31 a las 10:00. Gracias.

Eleanor''')}
""",
    ),
]

MISSED: list[dict] = [
    dict(
        kind="missed_interview_notice", slug="pennine_tried_calling_twice", lang="en",
        company="Pennine Clinical", contact=GARETH[1], key="pennine-missed",
        frm=GARETH,
        subject="RE: Regulatory Affairs Assistant - quick call?",
        date="2026-06-04 10:25 +0100",
        refs=["pennine-screen", "pennine-screen-confirm"],
        text=f"""Hi Eleanor,

I tried calling you twice at 10:00 as arranged and again at 10:10, but it went straight to
voicemail both times, and I left a message.

If something came up, no problem, just let me know and we can see about another time.

Thanks,

{GARETH_SIG}
""",
    ),
    dict(
        kind="missed_interview_notice", slug="holbeck_waited_on_teams", lang="en",
        company="Holbeck Biologics", contact=CALLUM[1], key="holbeck-noshow",
        frm=CALLUM,
        subject="Today's interview",
        date="2026-07-24 11:35 +0100",
        refs=["holbeck-invite", "holbeck-move"],
        layout=("outlook",),
        text="""Hi Eleanor,

Deepa and I were on Teams for your 11:00 interview and waited until about 11:20, but we
didn't see you join and couldn't reach you.

I hope everything is all right. If you had technical trouble or something unexpected came
up, reply to me today and I'll see what we can do.

Best regards,
Callum Reid
Regulatory Operations Manager | Holbeck Biologics
Holbeck Urban Village, Leeds LS11 9DX
""",
    ),
    dict(
        kind="missed_interview_notice", slug="castlefield_haworth_no_answer", lang="en",
        company="Haworth Healthcare", contact="imran.qureshi@castlefield.example.co.uk",
        key="castlefield-haworth-missed",
        frm=("Imran Qureshi", "imran.qureshi@castlefield.example.co.uk"),
        subject="Haworth call this morning?",
        date="2026-03-26 12:10 +0000",
        refs=["castlefield-cv-received"],
        text="""Hi Eleanor,

I've just had Nadia Shah at Haworth Healthcare on the phone. She rang you at 11:00 for the
phone interview as agreed and got no answer, then tried again at 11:15.

Can you give me a call as soon as you see this? If there's a good reason I'll do my best to
smooth things over, but I need to get back to her today.

Imran

--
Imran Qureshi | Principal Consultant, Life Sciences
Castlefield Scientific Recruitment, 9 Quay Street, Manchester M3 3JE
0161 555 0190
""",
    ),
    dict(
        kind="missed_interview_notice", slug="ardent_sat_in_zoom_room", lang="en",
        company="Ardent Regulatory Partners", contact="sam.whitlock@ardent-rp.example.co.uk",
        key="ardent-missed",
        frm=("Sam Whitlock", "sam.whitlock@ardent-rp.example.co.uk"),
        subject="Re: chat next week?",
        date="2026-10-08 13:05 +0100",
        refs=["ardent-chat", "ardent-chat-yes"],
        text=f"""Hi Eleanor

I sat in the Zoom room from 12:30 until about quarter to one but no sign of you. Maybe I
got the time wrong?

Drop me a line if you still want to talk.

Sam

{wrote("en", "Thu, 1 Oct 2026 at 21:02", ME, ADDR)}
{quote('''Hi Sam, thanks for getting in touch! Thursday 8th at 12:30 is great, speak then.
Eleanor''')}
""",
    ),
    dict(
        kind="missed_interview_notice", slug="irwell_not_at_reception", lang="en",
        company="Irwell Health NHS Foundation Trust",
        contact="patrick.mensah@irwellhealth.example.nhs.uk", key="irwell-missed",
        frm=("Patrick Mensah", "patrick.mensah@irwellhealth.example.nhs.uk"),
        subject="Pharmacy Procurement Assistant (ref 321-PH-2207) - today's assessment",
        date="2026-04-22 10:15 +0100",
        text="""Dear Eleanor,

You were booked for the 09:30 assessment and interview today for the post of Pharmacy
Procurement Assistant, ref 321-PH-2207. Unfortunately you were not at reception when the
panel came down, and we could not reach you on the number we hold.

If circumstances prevented you from attending, please contact me by the end of Friday.

Yours sincerely,

Patrick Mensah
Recruitment Assistant
Irwell Health NHS Foundation Trust
Trust Headquarters, Stott Lane, Salford M6 8HD
Telephone: 0161 555 4426
""",
    ),
    dict(
        kind="missed_interview_notice", slug="veridian_ashby_no_show", lang="en",
        company="Veridian Regulatory", contact=TOMASZ[1], key="veridian-noshow",
        frm=("Tomasz Nowicki via Ashby", "no-reply@ashbyhq.com"),
        reply_to=TOMASZ,
        subject="We missed you today",
        date="2026-09-15 06:45 -0700",
        refs=["veridian-invite"],
        html_only=True,
        layout=("card", "Veridian Regulatory", "#3b2f80", "Powered by Ashby"),
        text="""Hi Eleanor,

You were booked in for an interview with Tomasz Nowicki and Clara Fenwick today at 14:00
(BST), but it looks like you weren't able to join. They waited in the video room for
fifteen minutes.

If something went wrong, reply to this email to let Tomasz know.

Veridian Regulatory
""",
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="missed_interview_notice", slug="kurpfalz_zweimal_angerufen", lang="de",
        company="Kurpfalz Arznei", contact="melanie.straub@kurpfalz-arznei.example.de",
        key="kurpfalz-missed",
        frm=("Melanie Straub", "melanie.straub@kurpfalz-arznei.example.de"),
        subject="Unser Telefontermin heute um 14:00 Uhr",
        date="2026-07-03 14:25 +0200",
        refs=["kurpfalz-phone"],
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

wir haben Sie heute um 14:00 Uhr wie vereinbart zweimal unter Ihrer Mobilnummer angerufen,
Sie aber leider nicht erreicht. Auch um 14:15 Uhr lief nur die Mailbox.

Bitte melden Sie sich kurz bei mir, wenn Sie weiterhin Interesse an der Stelle haben.

Freundliche Grüße
Melanie Straub
Personalreferentin, Kurpfalz Arznei GmbH
""",
    ),
    dict(
        kind="missed_interview_notice", slug="kurpfalz_personal_teams_gewartet", lang="de",
        company="Odenwald Biotech", contact=TOBIAS[1], key="kp-odenwald-missed",
        frm=TOBIAS,
        subject="Was ist passiert? Termin Odenwald Biotech",
        date="2026-07-14 10:05 +0200",
        refs=["kp-odenwald-invite"],
        text="""Hallo Frau Wójcik-Adeyemi,

Herr Baumgartner hat mich eben angerufen: Er hat ab 9:30 Uhr rund 15 Minuten im
Teams-Raum auf Sie gewartet, aber Sie haben sich nicht eingewählt.

Ist alles in Ordnung? Bitte rufen Sie mich so bald wie möglich an, dann kläre ich mit dem
Kunden, ob ein Ersatztermin möglich ist.

Beste Grüße
Tobias Engelhardt
Kurpfalz Personal – Life Sciences · Tel. 06221 555 418
""",
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="missed_interview_notice", slug="verane_attendue_sur_teams", lang="fr",
        company="Laboratoires Vérane", contact=CAMILLE[1], key="verane-missed",
        frm=CAMILLE,
        subject="Votre entretien de ce matin",
        date="2026-04-28 10:35 +0200",
        refs=["verane-invite"],
        layout=("outlook",),
        cte="quoted-printable",
        text="""Bonjour Eleanor,

Mme Caradec et moi-même vous avons attendue sur Teams ce matin à partir de 10h00, pendant
une vingtaine de minutes, sans parvenir à vous joindre. J'ai également essayé de vous
appeler.

J'espère que tout va bien de votre côté. Pouvez-vous me tenir informée ?

Bien cordialement,
Camille Dufresne
Chargée de recrutement – Laboratoires Vérane
""",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="missed_interview_notice", slug="tibidabo_te_esperamos_videollamada", lang="es",
        company="Farmacéutica Tibidabo", contact=NURIA[1], key="tibidabo-missed",
        frm=NURIA,
        frm_cs=("iso-8859-1", "Q"),
        subject="Te esperamos en la videollamada",
        date="2026-07-16 10:30 +0200",
        refs=["tibidabo-call"],
        text="""Hola Eleanor,

Te estuvimos esperando en la videollamada de las 10:00 hasta las 10:20, pero no te has
conectado. ¿Ha pasado algo?

Si quieres, buscamos otro momento esta semana o la que viene.

Núria
""",
    ),
]

MESSAGES: list[dict] = [*INVITES, *RESCHEDULES, *MISSED]
