"""Corpus 259: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

from msgs259_common import (
    AOIFE,
    CIARA,
    CLAIRE,
    CONOR,
    DARRAGH,
    EIMEAR,
    FIONNUALA,
    FRAUKE,
    GAELLE,
    GARETH,
    GEMMA,
    HENRIKE,
    JANA,
    KEVIN,
    LUCIA,
    MAELLE,
    MEIKE,
    NIAMH,
    PADRAIG,
    RORY,
    ROSA,
    SANDRINE,
    SINEAD,
    SIOBHAN,
    TADHG,
    TIMO,
    VICENT,
    YANNICK,
    ats_card,
)

MWUH_DESK = ("Mid-West University Hospital Recruitment", "recruitment@mwuh.example.ie")
KH_DESK = ("Klinikum Herrenhausen – Personalgewinnung", "bewerbung@klinikum-herrenhausen.example.de")
LORRAINE = ("Lorraine Fitzgerald", "lorraine.fitzgerald@abbeyfealepack.example.ie")
SVEN = ("Sven Hollmann", "sven.hollmann@calenberger-land.example.de")
GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"

MESSAGES = []

# =============================================================================================
# interview_invitation

MESSAGES.append(dict(
    kind="interview_invitation", slug="teams_panel_shannon", lang="en", key="A2",
    company="Shannon Payroll Services", contact=CIARA[1],
    frm=CIARA,
    date="2026-02-10 09:41",
    subject="Interview invitation - Payroll Administrator (maternity cover)",
    html="outlook",
    text="""Dear Blathnaid,

Thank you for applying for the Payroll Administrator (maternity cover) role with Shannon
Payroll Services.

I'd like to invite you to an interview on Microsoft Teams on Thursday 19 February at
10:00. You will meet me and Brian Kiely, our Payroll Team Lead. The interview lasts about
45 minutes: competency questions first, then a short Excel exercise that you'll do while
sharing your screen, so please have Excel open.

A calendar invitation is attached. Could you accept it, or let me know by reply if the
time doesn't suit?

Kind regards,

Ciara Hynes
Talent Acquisition Partner
Shannon Payroll Services | Block 2, Castletroy Park, Limerick V94 Y6K2
T: +353 61 555 301 | www.shannonpayroll.example.ie
""",
    ics=dict(uid="040000008200E00074C5B7101A82E00800000000SPS0219BKR", seq=0,
             start="2026-02-19 10:00", end="2026-02-19 10:45",
             summary="Interview: Payroll Administrator - Blathnaid Kowalczyk-Reyes",
             location="Microsoft Teams Meeting",
             description="Join on your computer or mobile app: "
                         "https://teams.example.com/l/meetup-join/19%3ameeting_SPS0219"),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="phone_screen_thursday_loughderg", lang="en", key="B2",
    company="Lough Derg Foods", contact=PADRAIG[1],
    frm=PADRAIG,
    date="2026-03-09 08:52",
    subject="Payroll Administrator - quick call?",
    text="""Hi Blathnaid,

Padraig here, HR at Lough Derg Foods in Ennis. Thanks for your application for the payroll
job.

Are you free Thursday morning for a quick call, 20 minutes or so? Just to run through your
background and the shift patterns we pay here before we line up a proper interview. Would
10:00 suit? I'd ring you on the 087 number on your CV.

Thanks,
Padraig Moloney
HR Manager, Lough Derg Foods
Gort Road Business Park, Ennis, Co. Clare V95 R6F1
065 555 4800
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="panel_ics_attachment_mwuh", lang="en", key="C1",
    company="Mid-West University Hospital", contact=SIOBHAN[1],
    frm=MWUH_DESK, reply_to=SIOBHAN,
    date="2026-04-07 12:05",
    subject="Invitation to interview - Clerical Officer (Payroll) - Campaign MW/CO/26/09",
    cte="quoted-printable",
    text="""Dear Ms Kowalczyk-Reyes,

Campaign: MW/CO/26/09 Clerical Officer (Payroll), Grade III

I am pleased to inform you that you have been shortlisted for the above post and are
invited to attend for interview as follows:

Date:      Thursday 16 April 2026
Time:      14:30 (please arrive 15 minutes early)
Venue:     Interview Room 2, HR Department, Block C, Mid-West University Hospital,
           Dooradoyle, Limerick
Board:     Three members, including the Payroll Manager

Please bring photographic ID, the originals of any qualifications listed in your
application, and the names and contact details of two referees, one of whom should be
your current or most recent employer.

Kindly confirm your attendance by replying to this email (replies go to Siobhan Culhane).
A calendar file is attached for your convenience.

Yours sincerely,

Recruitment Office, HR Department
Mid-West University Hospital

******************************************************************
This e-mail and any files transmitted with it are confidential and
may be legally privileged. If you are not the intended recipient,
any use, disclosure or copying is prohibited.
******************************************************************
""",
    ics=dict(mode="attach", uid="MWUH-MWCO2609-BKR-0416", seq=0,
             start="2026-04-16 14:30", end="2026-04-16 15:15",
             summary="Interview - Clerical Officer (Payroll)",
             location="Interview Room 2, HR Department, Block C, MWUH",
             organizer=SIOBHAN),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="agency_client_interview_barrack", lang="en", key="D2",
    company="Barrack Street Accountants", contact=DARRAGH[1],
    frm=DARRAGH,
    date="2026-01-27 16:20",
    subject="Interview with Barrack Street Accountants - Wed 4 Feb",
    text="""Hi Blathnaid,

Good news! Barrack Street Accountants have read your CV and want to meet you for the
Payroll Administrator role we talked about.

They've offered Wednesday 4 February at 11:00 at their office, 3rd floor, 9 Barrack
Street, Cork. You'll meet Maeve O'Callaghan, the Practice Manager, and one of the
partners. Expect about an hour, including a short Excel test (VLOOKUPs, a pivot table,
and a gross-to-net calculation).

Can you confirm by tomorrow lunchtime so I can lock it in with them? Ring me if you want
to prep beforehand.

Darragh

Darragh Twomey | Senior Consultant, Finance & Payroll
Rebel Recruitment | 21 South Mall, Cork T12 K8D3
M: +353 86 555 0177
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="assessment_centre_lagan", lang="en", key="H1",
    company="Lagan Borough Council", contact=GARETH[1],
    frm=GARETH,
    date="2026-07-06 10:15",
    subject="Assessment Centre Invitation - Payroll Assistant (Ref LBC/142/26)",
    text="""Dear Blathnaid,

Payroll Assistant (Ref LBC/142/26)

Thank you for your application. I am pleased to invite you to the assessment centre for
this post on Tuesday 14 July 2026 at 09:30 in the Lagan Civic Centre, Cromac Street,
Belfast BT7 2JA.

The assessment centre runs until approximately 13:00 and consists of:
  1. an in-tray exercise (45 minutes);
  2. a payroll calculation test, calculators provided (30 minutes);
  3. a competency-based interview with a panel of three (40 minutes).

Further details, including what to bring and accessibility arrangements, are in the
attached information pack. If you require a reasonable adjustment, please let me know by
10 July.

Yours sincerely,

Gareth McCausland
HR Officer (Resourcing)
Lagan Borough Council, Lagan Civic Centre, Cromac Street, Belfast BT7 2JA
Tel: 028 9555 0641
""",
    pdf=[dict(filename="LBC-142-26_Assessment_Centre_Information.pdf",
              title="Assessment Centre Information Pack - LBC/142/26",
              lines=["Lagan Borough Council", "Assessment Centre Information Pack",
                     "Post: Payroll Assistant (Ref LBC/142/26)",
                     "Date: Tuesday 14 July 2026, 09:30", "Venue: Lagan Civic Centre",
                     "Please bring: photographic ID, this letter, a black pen.",
                     "Exercises: in-tray, payroll calculation, competency interview."])],
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="greenhouse_scheduling_fitzwilliam", lang="en", key="I2",
    company="Fitzwilliam Payroll Bureau", contact=AOIFE[1],
    frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
    date="2026-08-07 13:22 +0000",
    subject="Let's schedule your interview with Fitzwilliam Payroll Bureau",
    text="""Hi Blathnaid,

Thanks for your interest in the Payroll Administrator role! We'd love to set up a
30-minute video interview with me and Declan Foy, our Client Payroll Manager.

Please use the link below to choose a time that works for you next week:

https://app.greenhouse.io/scheduling/self_schedule/4f7c1b29e0d8?token=aH72kQ

Once you've picked a slot you'll get a calendar invite with the Teams link.

Speak soon,
Aoife Brennan
Talent Acquisition, Fitzwilliam Payroll Bureau
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="trial_day_kilrush", lang="en", key="KR1",
    company="Kilrush Creamery", contact=TADHG[1],
    frm=TADHG,
    date="2026-05-06 12:10",
    subject="Trial day in the wages office",
    text="""Hi Blathnaid,

Thanks for coming in to meet myself and Bernie last week. We'd like to take things a step
further and have you in for a paid trial day in the wages office on Thursday 14 May,
8:30 to 4:30.

You'd sit with Bernie for the morning, and in the afternoon we'd ask you to reconcile a
week of clocking data against the hours on the payroll run. Nothing you haven't seen the
likes of in the call centre, just a different system.

Canteen's on us. Let me know if the date works.

Tadhg

Tadhg Keane | Financial Controller | Kilrush Creamery
Cappa Road, Kilrush, Co. Clare V15 H2X0 | 065 555 2211
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="outlook_invite_odea", lang="en", key="OD1",
    parent="OD0", quote="outlook",
    company="O'Dea Mulcahy & Partners", contact=FIONNUALA[1],
    frm=FIONNUALA,
    date="2026-06-10 09:03",
    subject="RE: Application: Payroll Administrator (ref OMP-14)",
    html="outlook",
    text="""Dear Blathnaid,

Thank you for your application and CV.

We would like to invite you to interview at our offices at 7 Glentworth Street on Tuesday
16 June at 2.30pm. You will meet me and our payroll manager, Ger Hartigan. The interview
will take around 40 minutes and there is no test.

Please let me know if this time suits.

Kind regards,

Fionnuala Mulcahy FCA
Partner
O'Dea Mulcahy & Partners, Chartered Accountants
7 Glentworth Street, Limerick V94 K4P1
T: +353 61 555 870
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="lever_scheduling_leevalley", lang="en", key="LV1",
    company="Lee Valley Precision", contact=SINEAD[1],
    frm=("Sinéad Ahern", "no-reply@hire.lever.co"), name_enc="q-utf-8", reply_to=SINEAD,
    date="2026-06-03 10:40 +0000",
    subject="Interview invitation: Payroll & HR Administrator at Lee Valley Precision",
    text="""Hi Blathnaid,

Thank you for applying for the Payroll & HR Administrator position. The team enjoyed
reading your application and would like to meet you in person at our Little Island
facility.

Please choose a 45-minute slot for your onsite interview here:
https://hire.lever.co/interview-scheduling/leevalleyprecision/8d1e2f3a

You'll meet our Finance Director, Colm Murphy, and me. Free parking is available at the
front of Building A.

Best,
Sinéad Ahern
People & Culture Lead, Lee Valley Precision
""",
    html=ats_card(
        "Lee Valley Precision", "#2d6a4f",
        "Hi Blathnaid,\n\nThank you for applying for the Payroll & HR Administrator position. "
        "The team enjoyed reading your application and would like to meet you in person at "
        "our Little Island facility.\n\nPlease choose a 45-minute slot for your onsite "
        "interview using the button below.\n\nYou'll meet our Finance Director, Colm Murphy, "
        "and me. Free parking is available at the front of Building A.\n\n"
        "Best,\nSinéad Ahern\nPeople & Culture Lead, Lee Valley Precision",
        button=("Pick a time",
                "https://hire.lever.co/interview-scheduling/leevalleyprecision/8d1e2f3a"),
        footer="Sent via Lever on behalf of Lee Valley Precision."),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="agency_client_teams_treaty", lang="en", key="TT2",
    company="Treaty Talent", contact=NIAMH[1],
    frm=NIAMH,
    date="2026-03-04 10:20",
    subject="Client interview - Tuesday 10 March, 9:30 (Teams)",
    text="""Hi Blathnaid,

As promised! The manufacturer in the Shannon Free Zone I told you about (I can't name
them until they're happy to go further, sorry) would like to interview you for the
payroll administrator vacancy.

When: Tuesday 10 March, 9:30 to 10:15
Where: Microsoft Teams, the link will come from their HR team
Who: their Payroll Supervisor and an HR Business Partner

They'll go through your CV, ask a few "tell me about a time" questions and talk about
their fortnightly and weekly payrolls. Shout if you want to do a practice run with me on
Monday.

Niamh

Niamh Cusack
Recruitment Consultant | Treaty Talent
Henry Street, Limerick V94 R2C6 | 061 555 093
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="smartrecruiters_video_abbeyfeale", lang="en", key="AB2",
    company="Abbeyfeale Packaging", contact=LORRAINE[1],
    frm=("Abbeyfeale Packaging", "noreply@smartrecruiters.com"), reply_to=LORRAINE,
    date="2026-08-11 09:30",
    subject="Interview invitation: Payroll Administrator - Friday 14 August",
    text="""Dear Blathnaid,

We are delighted to invite you to a video interview for the Payroll Administrator role at
Abbeyfeale Packaging.

Date and time: Friday 14 August 2026, 11:00 - 11:45 (Irish time)
Format: Microsoft Teams video call
Interviewers: Lorraine Fitzgerald (HR Generalist) and Eamon Collins (Financial Controller)

Please confirm your attendance using the link below, or reply to this email if you need
to change the time:
https://jobs.smartrecruiters.com/AbbeyfealePackaging/interview/confirm/77215

Kind regards,
Lorraine Fitzgerald
HR Generalist, Abbeyfeale Packaging
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="casual_chat_harland", lang="en", key="HA2",
    company="Harland Payroll Solutions", contact=GEMMA[1],
    frm=GEMMA,
    date="2026-03-25 17:05",
    subject="Coffee and a chat?",
    text="""Hi Blathnaid,

Thanks for your application to us. Rather than a formal interview to start with, are you
free Thursday week (2 April) to chat over a coffee at our office? 2pm would suit us best.
I'd have our senior payroll lead, Paula, with me, and we can show you what a bureau
payroll day actually looks like.

I'll send a calendar invite once you say yes. We're at 40 Adelaide Street, 2nd floor,
buzz for Harland.

Gemma

Gemma Quinn
Operations Manager | Harland Payroll Solutions
40 Adelaide Street, Belfast BT2 8FE | 028 9555 1173
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="ashby_phone_interview_quayside", lang="en", key="QS1",
    company="Quayside Accounting Group", contact=RORY[1],
    frm=("Quayside Accounting Group", "no-reply@ashbyhq.com"), reply_to=RORY,
    date="2026-04-02 12:00 +0000",
    subject="Phone interview confirmed: Payroll Administrator at Quayside Accounting Group",
    text="""Hi Blathnaid,

Rory Deasy has scheduled a phone interview with you for the Payroll Administrator role.

Wednesday, 8 April 2026
14:00 - 14:30 (Europe/Dublin)
Rory will call you on +353 87 555 0142.

An invitation is attached so you can add it to your calendar. If you need to change the
time, reply to this email and it will reach Rory.

Quayside Accounting Group, via Ashby
""",
    html="auto",
    ics=dict(mode="attach", uid="ashby-int-5b2e91c7@ashbyhq.com", seq=0,
             prodid="-//Ashby//Interview Scheduling//EN",
             start="2026-04-08 14:00", end="2026-04-08 14:30",
             summary="Phone interview: Blathnaid Kowalczyk-Reyes <> Quayside Accounting Group",
             location="Phone call: +353 87 555 0142", organizer=RORY),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="agency_first_interview_dockland", lang="en", key="DL1",
    company="Dockland Payroll", contact=CONOR[1],
    frm=CONOR,
    date="2026-09-07 12:45",
    subject="First interview - Dockland Payroll, Thu 17 Sept 10am",
    text="""Hi Blathnaid,

Dockland Payroll would like to see you for a first interview for the Payroll
Administrator job on Thursday 17 September at 10:00, at their office on Sir John
Rogerson's Quay (number 52, 4th floor, sign in at the front desk).

You'll meet Ruth Kinsella, Head of Client Services. Roughly 45 minutes. She'll be
interested in how you handled difficult callers, since the role is very client-facing,
so have two or three examples ready.

Let me know you're good for it and I'll confirm.

Conor

Conor Hegarty
Principal Consultant | Liffey People
Grand Canal Quay, Dublin 2, D02 WK30 | +353 1 555 4410
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="onsite_interview_ballycasey", lang="en", key="BC1",
    company="Ballycasey Components", contact=KEVIN[1],
    frm=KEVIN,
    date="2026-05-05 15:30",
    subject="Interview - Payroll Clerk, Shannon",
    html="outlook",
    text="""Hi Blathnaid,

Following your application for the Payroll Clerk role at our Shannon plant, I'd like to
invite you to an interview on Tuesday 12 May at 9:30.

Please report to reception in Building 3, Ballycasey Business Park, Shannon, and ask for
me. The panel will be myself and our Payroll & Benefits Manager, Olivia Ryan. Allow an hour.

Kind regards,
Kevin Broderick
Talent Acquisition Specialist
Ballycasey Components, Building 3, Ballycasey Business Park, Shannon, Co. Clare V14 P2W8
Tel: +353 61 555 7402
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="entretien_visio_atlantique", lang="fr", key="E2",
    company="Atlantique Paie", contact=MAELLE[1],
    frm=MAELLE, name_enc="q-utf-8",
    date="2026-04-28 10:05",
    subject="Invitation à un entretien – Gestionnaire de paie (CDI)",
    subject_enc="q-utf-8",
    html="auto",
    text="""Bonjour Blathnaid,

Nous avons étudié votre candidature au poste de gestionnaire de paie avec beaucoup
d'intérêt, et nous souhaitons vous rencontrer.

Je vous propose un entretien en visioconférence (Microsoft Teams) le mercredi 6 mai à
14h00, d'une durée de 45 minutes environ, avec Thomas Rialland, responsable du pôle paie,
et moi-même. Vous recevrez l'invitation Teams dans ce message.

Merci de me confirmer votre disponibilité.

Bien à vous,

Maëlle Guérin
Chargée RH – Atlantique Paie
14 quai Ernest-Renaud, 44100 Nantes – 02 40 55 90 12
""",
    ics=dict(uid="AP-ENT-20260506-BKR", seq=0, start="2026-05-06 14:00",
             end="2026-05-06 14:45",
             summary="Entretien – Gestionnaire de paie – B. Kowalczyk-Reyes",
             location="Réunion Microsoft Teams"),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="entretien_drh_chel", lang="fr", key="K1",
    company="Centre Hospitalier Erdre et Loire", contact=SANDRINE[1],
    frm=SANDRINE, name_enc="q-iso-8859-1",
    date="2026-05-14 09:20",
    subject="Entretien – gestionnaire paie (DRH)",
    subject_enc="q-utf-8",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Suite à l'examen de votre candidature au poste de gestionnaire paie (contractuel, 12
mois), j'ai le plaisir de vous convier à un entretien le jeudi 21 mai 2026 à 10h30.

Lieu : Direction des ressources humaines, bâtiment B, 2e étage, Centre Hospitalier Erdre
et Loire, 12 boulevard Jacques-Cartier, Nantes. Un entretien en visioconférence est
possible si vous ne pouvez pas vous déplacer depuis l'Irlande : merci de me le préciser.

Le jury sera composé de la directrice adjointe des ressources humaines et de la
responsable de la cellule paie.

Je vous remercie de bien vouloir me confirmer votre présence.

Sandrine Ménard
Chargée de recrutement - Direction des ressources humaines
Centre Hospitalier Erdre et Loire
Tél. : 02 40 55 12 80
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="entretien_telephonique_papeteries", lang="fr",
    key="TO2",
    company="Papeteries de l'Erdre", contact=YANNICK[1],
    frm=YANNICK,
    date="2026-07-02 15:10",
    subject="Entretien téléphonique – Papeteries de l'Erdre",
    subject_enc="q-utf-8",
    html="outlook",
    text="""Bonjour Blathnaid,

Bonne nouvelle : les Papeteries de l'Erdre, à Sucé-sur-Erdre, souhaitent échanger avec
vous pour la mission de gestionnaire paie (intérim de 6 mois, possibilité d'embauche).

Anne Chauvin, leur responsable RH, vous appellera le mardi 7 juillet à 11h00 sur votre
portable (+353 87 555 0142). Comptez une demi-heure. Elle vous parlera de l'équipe, du
logiciel (Silae) et du calendrier de clôture.

Pouvez-vous me confirmer que le créneau vous convient ?

Yannick Le Bihan
Chargé de recrutement – Tertiaire
Talents Ouest Intérim – Agence de Nantes Centre
8 rue de Strasbourg, 44000 Nantes – 02 40 55 63 10
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="mise_en_situation_conserverie", lang="fr", key="CS1",
    company="Conserverie des Salorges", contact=GAELLE[1],
    frm=GAELLE, name_enc="b-utf-8",
    date="2026-06-01 11:48",
    subject="Entretien et mise en situation – assistant(e) paie",
    subject_enc="b-utf-8",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Blathnaid,

Merci pour votre candidature au poste d’assistant(e) paie.

Nous aimerions vous rencontrer sur notre site du quai de la Fosse le jeudi 11 juin à
9h00 pour un entretien suivi d’une courte mise en situation (saisie de variables de paie
et contrôle d’un bulletin). Prévoyez environ deux heures.

Vous trouverez l’invitation dans votre agenda. Si le créneau ne vous convient pas,
dites-le-moi simplement.

Cordialement,
Gaëlle Prigent
Responsable administration du personnel
Conserverie des Salorges – quai de la Fosse, 44000 Nantes
""",
    ics=dict(uid="CDS-MES-0611-BKR", seq=0, start="2026-06-11 09:00",
             end="2026-06-11 11:00", summary="Entretien + mise en situation – assistant(e) paie",
             location="Conserverie des Salorges, quai de la Fosse, Nantes"),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="einladung_video_leinetal", lang="de", key="G2",
    company="Leinetal Lohnservice", contact=JANA[1],
    frm=JANA,
    date="2026-06-15 10:30",
    subject="Einladung zum Vorstellungsgespräch – Lohnbuchhalter (m/w/d)",
    subject_enc="q-utf-8",
    html="outlook",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

vielen Dank für Ihre Bewerbung als Lohnbuchhalterin bei der Leinetal Lohnservice GmbH.
Ihre Unterlagen haben uns gefallen, und wir möchten Sie gern kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Montag, 22. Juni 2026, 10:00 Uhr (deutscher Zeit), Dauer ca. 60 Minuten
Gesprächspartner: Ralf Meinecke (Geschäftsführer) und ich

Die Einladung mit dem Teams-Link finden Sie im Anhang. Bitte bestätigen Sie kurz den
Termin.

Mit freundlichen Grüßen
Jana Brandt
Personalreferentin

Leinetal Lohnservice GmbH
Hildesheimer Straße 212, 30519 Hannover
Tel. 0511 555 4470
""",
    ics=dict(uid="LLS-VG-20260622-KR", seq=0, start="2026-06-22 10:00",
             end="2026-06-22 11:00", summary="Vorstellungsgespräch Kowalczyk-Reyes",
             location="Microsoft Teams-Besprechung"),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="einladung_klinikum_ics", lang="de", key="J1",
    company="Klinikum Herrenhausen", contact=MEIKE[1],
    frm=KH_DESK, name_enc="b-utf-8", reply_to=MEIKE,
    date="2026-07-01 14:00",
    subject="Einladung: Vorstellungsgespräch Lohn- und Gehaltsbuchhaltung (Kennziffer 26-118)",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle in der Lohn- und
Gehaltsbuchhaltung (Kennziffer 26-118) einzuladen.

Termin: Mittwoch, 15. Juli 2026, 13:00 bis 13:45 Uhr
Form: Videokonferenz (Zugangsdaten in der beigefügten Kalenderdatei)
Teilnehmende: Dr. Matthias Kühn (Leitung Personalabrechnung), Meike Oltmanns
(Personalgewinnung), ein Mitglied des Personalrats

Bitte antworten Sie auf diese E-Mail, um den Termin zu bestätigen; Ihre Antwort erreicht
Frau Oltmanns direkt.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Herrenhausen gGmbH, Herrenhäuser Kirchweg 5, 30167 Hannover
""",
    ics=dict(mode="attach", uid="KH-26-118-VG-KOWALCZYK", seq=0,
             start="2026-07-15 13:00", end="2026-07-15 13:45",
             summary="Vorstellungsgespräch 26-118 – Kowalczyk-Reyes",
             location="Videokonferenz", organizer=MEIKE, filename="Einladung.ics"),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="einladung_brandes_voss", lang="de", key="KB1",
    company="Brandes & Voss", contact=HENRIKE[1],
    frm=HENRIKE,
    date="2026-08-05 09:15",
    subject="Einladung zum Vorstellungsgespräch – Lohnbuchhalterin",
    subject_enc="q-utf-8",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

vielen Dank für Ihre Bewerbung um die Stelle als Lohnbuchhalterin in unserer Kanzlei.

Gern würden wir Sie in einem Video-Gespräch näher kennenlernen. Passt Ihnen Montag, der
17. August, um 9:00 Uhr? Den Zoom-Link schicke ich Ihnen nach Ihrer Bestätigung.

Das Gespräch führen mein Kollege Herr Brandes und ich; planen Sie bitte etwa eine Stunde
ein. Wir würden gern auch ein paar Minuten auf Deutsch sprechen.

Mit freundlichen Grüßen
Henrike Voss

Dr. Henrike Voss | Steuerberaterin
Brandes & Voss Steuerberatungsgesellschaft mbH
Podbielskistraße 33, 30163 Hannover | Tel. 0511 555 0933
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="auswahlverfahren_region", lang="de", key="RC2",
    company="Region Calenberger Land", contact=SVEN[1],
    frm=("Region Calenberger Land – Karriere", "noreply@successfactors.eu"),
    name_enc="b-utf-8", reply_to=SVEN,
    date="2026-09-10 08:40",
    subject="Einladung zum Auswahlverfahren – Sachbearbeitung Bezügeabrechnung (EG 8)",
    subject_enc="b-utf-8",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

Sie haben sich auf die Stelle „Sachbearbeitung Bezügeabrechnung (EG 8 TVöD)“ beworben.
Wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Auswahlverfahren eingeladen
werden.

Datum: Donnerstag, 24. September 2026
Beginn: 9:00 Uhr, Dauer bis ca. 12:30 Uhr
Ort: Regionshaus, Hildesheimer Straße 20, 30169 Hannover, Raum 2.114

Ablauf: schriftliche Arbeitsprobe zur Entgeltabrechnung (60 Minuten), anschließend
strukturiertes Interview mit der Auswahlkommission.

Bitte bestätigen Sie Ihre Teilnahme bis zum 17. September, indem Sie auf diese Nachricht
antworten (die Antwort geht an Herrn Hollmann).

Mit freundlichen Grüßen
Sven Hollmann
Team Personalgewinnung, Region Calenberger Land
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="entrevista_meet_turia", lang="es", key="F2",
    company="Nóminas Turia", contact=LUCIA[1],
    frm=LUCIA, name_enc="q-utf-8",
    date="2026-05-18 10:12",
    subject="Invitación: Entrevista – Técnico/a de nóminas @ vie 22 may 2026 9:30 - 10:15",
    subject_enc="b-utf-8",
    text="""Hola, Blathnaid:

Gracias por tu candidatura para el puesto de técnico/a de nóminas. Nos gustaría hacerte
una entrevista por videollamada el viernes 22 de mayo a las 9:30 (hora de Valencia), con
Jordi Mas, nuestro coordinador de nóminas, y conmigo.

Te envío la invitación de calendario con el enlace de Google Meet:
https://meet.example.com/xqt-hvbn-pro

Serán unos 45 minutos. Si la hora no te va bien, dímelo y buscamos otra.

Un saludo,
Lucía Ferrer Climent
Responsable de Personas · Nóminas Turia
""",
    html="auto",
    ics=dict(mode="both", uid="5m0qk1v7r2tq8l3s9b4d0c6e1a@google.com", seq=0,
             prodid=GOOGLE_PRODID, start="2026-05-22 09:30", end="2026-05-22 10:15",
             summary="Entrevista – Técnico/a de nóminas",
             location="https://meet.example.com/xqt-hvbn-pro"),
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="entrevista_video_hmlevante", lang="es", key="L1",
    company="Hospital Marítimo de Levante", contact=VICENT[1],
    frm=VICENT,
    date="2026-08-10 11:00",
    subject="Entrevista - Técnico/a de nóminas (ref. HML-RRHH-26-31)",
    subject_enc="q-iso-8859-1",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimada Blathnaid:

Tras revisar su candidatura, nos complace invitarle a una entrevista por
videoconferencia para el puesto de técnico/a de nóminas (ref. HML-RRHH-26-31).

Fecha: martes, 18 de agosto de 2026
Hora: 10:00 (hora peninsular)
Enlace: https://video.hmlevante.example.es/sala/rrhh-0818
Duración aproximada: 40 minutos

En la entrevista participarán la jefa de Administración de Personal y un servidor.
Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Vicent Roig
Técnico de Selección – Recursos Humanos
Hospital Marítimo de Levante · Av. del Port 112, 46023 València
Tel. 96 555 70 20
""",
))

MESSAGES.append(dict(
    kind="interview_invitation", slug="entrevista_cliente_levante_talento", lang="es",
    key="LT2",
    company="Cerámicas Albufera", contact=ROSA[1],
    frm=ROSA, name_enc="q-utf-8",
    date="2026-09-09 16:30",
    subject="Entrevista con Cerámicas Albufera",
    subject_enc="q-utf-8",
    html="outlook",
    text="""¡Hola, Blathnaid!

Buenas noticias: el cliente del que te hablé, Cerámicas Albufera, quiere conocerte para
el puesto de administrativa de nóminas en su fábrica de Catarroja.

Te proponen el miércoles 16 de septiembre a las 12:00, por Teams (si ya estás en Valencia
para entonces, podría ser en persona). Estarán la directora financiera, Maite Ortells, y
el responsable de RR. HH.

Confírmame si te encaja y les paso tus datos para que te envíen el enlace.

Un abrazo,
Rosa Martí Peris
Consultora de Selección · Levante Talento
Gran Vía Marqués del Turia 23, 46005 València · 96 555 88 41
""",
))

# =============================================================================================
# interview_reschedule_or_cancel

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="moved_slot_seq1_shannon", lang="en",
    key="A4", parent="A3", quote="outlook",
    company="Shannon Payroll Services", contact=CIARA[1],
    frm=CIARA,
    date="2026-02-12 15:02",
    subject="RE: Interview invitation - Payroll Administrator (maternity cover)",
    html="outlook",
    text="""Hi Blathnaid,

Thanks for confirming. Unfortunately Brian has been pulled into a client's year-end
audit on the 19th, so we need to move your interview. Would Friday 20 February at 11:30
work instead? Same format, same Teams link.

I've sent an updated invitation for the new time, which replaces the original one.

Apologies for the change,
Ciara

Ciara Hynes
Talent Acquisition Partner
Shannon Payroll Services | T: +353 61 555 301
""",
    ics=dict(uid="040000008200E00074C5B7101A82E00800000000SPS0219BKR", seq=1,
             start="2026-02-20 11:30", end="2026-02-20 12:15",
             summary="Interview: Payroll Administrator - Blathnaid Kowalczyk-Reyes",
             location="Microsoft Teams Meeting",
             description="Updated time. Join: "
                         "https://teams.example.com/l/meetup-join/19%3ameeting_SPS0219"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="rebooked_call_loughderg", lang="en",
    key="B5", parent="B4", quote="gmail",
    company="Lough Derg Foods", contact=PADRAIG[1],
    frm=PADRAIG,
    date="2026-03-13 08:14",
    subject="Re: Missed call this morning",
    text="""Hi Blathnaid,

No bother at all, these things happen. Let's try again on Tuesday the 17th at 11:30. I'll
ring the same number, and if there's no answer I'll try the landline you gave.

Padraig
""",
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="cancel_ill_board_member_mwuh", lang="en",
    key="C2", parent="C1",
    company="Mid-West University Hospital", contact=SIOBHAN[1],
    frm=MWUH_DESK, reply_to=SIOBHAN,
    date="2026-04-14 16:45",
    subject="Cancelled: Interview - Clerical Officer (Payroll)",
    cte="quoted-printable",
    text="""Dear Ms Kowalczyk-Reyes,

Campaign: MW/CO/26/09 Clerical Officer (Payroll)

Regrettably, due to the illness of a member of the interview board, the interviews
scheduled for Thursday 16 April, including yours at 14:30, will not go ahead. A
cancellation notice for the calendar entry is attached.

Please note that this does not affect your application in any way. We will contact you
in the coming days with a new date.

We apologise for the inconvenience.

Recruitment Office, HR Department
Mid-West University Hospital
""",
    ics=dict(mode="attach", method="CANCEL", uid="MWUH-MWCO2609-BKR-0416", seq=1,
             start="2026-04-16 14:30", end="2026-04-16 15:15",
             summary="Cancelled: Interview - Clerical Officer (Payroll)",
             location="Interview Room 2, HR Department, Block C, MWUH",
             organizer=SIOBHAN, filename="cancel.ics"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="new_date_after_cancel_mwuh", lang="en",
    key="C3", parent="C2",
    company="Mid-West University Hospital", contact=SIOBHAN[1],
    frm=MWUH_DESK, reply_to=SIOBHAN,
    date="2026-04-16 11:30",
    subject="Rescheduled: Interview - Clerical Officer (Payroll) - Tuesday 21 April",
    text="""Dear Ms Kowalczyk-Reyes,

Further to our email of 14 April, your interview for the Clerical Officer (Payroll) post
has been rescheduled to Tuesday 21 April 2026 at 10:00, in the same venue (Interview Room
2, HR Department, Block C).

An updated calendar entry is attached. Please reply to confirm that you can attend; if
the new time is not possible for you, let us know and we will try to accommodate you.

Recruitment Office, HR Department
Mid-West University Hospital
""",
    ics=dict(mode="attach", uid="MWUH-MWCO2609-BKR-0416", seq=2,
             start="2026-04-21 10:00", end="2026-04-21 10:45",
             summary="Interview - Clerical Officer (Payroll)",
             location="Interview Room 2, HR Department, Block C, MWUH",
             organizer=SIOBHAN),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="assessment_moved_lagan", lang="en", key="H3",
    parent="H2", quote="outlook", rule="original",
    company="Lagan Borough Council", contact=GARETH[1],
    frm=GARETH,
    date="2026-07-09 11:50",
    subject="RE: Assessment Centre 14 July - request to change date",
    text="""Dear Blathnaid,

Thank you for letting us know. We are able to accommodate you at the second assessment
session, which takes place on Thursday 16 July 2026, again starting at 09:30 in the Lagan
Civic Centre. Everything else in the information pack stays the same.

Your place on 14 July has been released. Please confirm the new date by reply.

Regards,
Gareth McCausland
HR Officer (Resourcing), Lagan Borough Council
Tel: 028 9555 0641
""",
    ics=dict(mode="alt", uid="LBC-142-26-AC-BKR", seq=1, start="2026-07-16 09:30",
             end="2026-07-16 13:00",
             summary="Assessment Centre - Payroll Assistant (LBC/142/26)",
             location="Lagan Civic Centre, Cromac Street, Belfast"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="agency_client_moved_barrack", lang="en",
    key="D2b", parent="D2", quote="gmail",
    company="Barrack Street Accountants", contact=DARRAGH[1],
    frm=DARRAGH,
    date="2026-01-29 13:12",
    subject="Barrack Street - interview moved to Friday",
    text="""Hi Blathnaid,

Maeve from Barrack Street has been on. One of the partners is tied up with a Revenue
audit on Wednesday, so they've asked to push your interview to Friday 6 February, same
time (11:00), same place.

Sorry for the shuffle. Can you do Friday?

Darragh
""",
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="employer_cancels_keeps_open_castletroy",
    lang="en", key="CT2", parent="CT1",
    company="Castletroy Outsourcing", contact=EIMEAR[1],
    frm=EIMEAR,
    date="2026-09-16 18:20",
    subject="Tomorrow's interview - Payroll Administrator",
    text="""Hi Blathnaid,

I'm really sorry to do this so late in the day, but we need to cancel tomorrow's 11:00
interview. Nothing to do with you at all: a change with one of our biggest clients has
the leadership team tied up for the rest of the week.

Your application is still very much live and I'll come back to you with a new date as
soon as I can.

Apologies again,
Eimear

Eimear Quilty
Talent Partner | Castletroy Outsourcing
T: +353 61 555 0290
""",
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_update_harland", lang="en",
    key="HA3", parent="HA2",
    company="Harland Payroll Solutions", contact=GEMMA[1],
    frm=GEMMA,
    date="2026-03-27 09:26",
    subject="Updated: Coffee & chat - Payroll Administrator @ Thu 2 Apr 2026 15:30",
    text="""Hi Blathnaid, small change: Paula has a client call at two, so I've moved our chat
on Thursday to 15:30. Same place. The updated invite should replace the old one in your
calendar.

Gemma
""",
    html="outlook",
    ics=dict(uid="HPS-20260402-BKR-CHAT", seq=1, start="2026-04-02 15:30",
             end="2026-04-02 16:15",
             summary="Coffee & chat - Payroll Administrator (Blathnaid)",
             location="Harland Payroll Solutions, 40 Adelaide Street, Belfast"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="lever_new_time_leevalley", lang="en",
    key="LV2", parent="LV1",
    company="Lee Valley Precision", contact=SINEAD[1],
    frm=("Sinéad Ahern", "no-reply@hire.lever.co"), name_enc="q-utf-8", reply_to=SINEAD,
    date="2026-06-08 08:10 +0000",
    subject="Change of time: your interview at Lee Valley Precision",
    text="""Hi Blathnaid,

Colm, our Finance Director, has to be in Dublin on Wednesday, so we need to change your
onsite interview from Wednesday 10 June at 10:00 to Thursday 11 June at 14:00. It will be
the same panel at the same place.

A new calendar invitation will follow. Could you reply to confirm the new time works?

Thanks for your flexibility,
Sinéad
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="report_entretien_atlantique", lang="fr",
    key="E3", parent="E2", quote="gmail",
    company="Atlantique Paie", contact=MAELLE[1],
    frm=MAELLE, name_enc="q-utf-8",
    date="2026-05-04 17:22",
    subject="Re: Invitation à un entretien – Gestionnaire de paie (CDI)",
    subject_enc="q-utf-8",
    text="""Bonjour Blathnaid,

Je suis désolée de devoir modifier notre rendez-vous : Thomas sera en formation toute la
journée de mercredi. Pouvons-nous décaler l'entretien au jeudi 7 mai à 16h00 ? Le lien
Teams reste le même, et l'invitation mise à jour est jointe.

Merci de votre compréhension,
Maëlle
""",
    ics=dict(uid="AP-ENT-20260506-BKR", seq=1, start="2026-05-07 16:00",
             end="2026-05-07 16:45",
             summary="Entretien – Gestionnaire de paie – B. Kowalczyk-Reyes",
             location="Réunion Microsoft Teams"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="annulation_mise_en_situation", lang="fr",
    key="CS2", parent="CS1",
    company="Conserverie des Salorges", contact=GAELLE[1],
    frm=GAELLE, name_enc="b-utf-8",
    date="2026-06-09 08:30",
    subject="Annulé : Entretien + mise en situation – assistant(e) paie",
    subject_enc="q-utf-8",
    text="""Bonjour Blathnaid,

À la suite d'un incident sur une ligne de production, toute l'équipe administrative est
mobilisée cette semaine et nous devons annuler l'entretien et la mise en situation prévus
jeudi 11 juin.

Votre candidature reste bien sûr d'actualité : je reviens vers vous en début de semaine
prochaine pour vous proposer une nouvelle date.

Toutes mes excuses pour ce contretemps.

Gaëlle Prigent
Responsable administration du personnel
""",
    ics=dict(method="CANCEL", uid="CDS-MES-0611-BKR", seq=1, start="2026-06-11 09:00",
             end="2026-06-11 11:00",
             summary="Annulé : Entretien + mise en situation – assistant(e) paie",
             location="Conserverie des Salorges, quai de la Fosse, Nantes"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="verschiebung_leinetal", lang="de", key="G3",
    parent="G2b", quote="gmail",
    company="Leinetal Lohnservice", contact=JANA[1],
    frm=JANA,
    date="2026-06-17 09:05",
    subject="AW: Verschiebung unseres Gesprächs",
    subject_enc="q-iso-8859-1",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Kowalczyk-Reyes,

das ist überhaupt kein Problem. Wir verschieben unser Gespräch auf Mittwoch, 24. Juni,
14:00 Uhr (deutscher Zeit). Der Teams-Link bleibt gleich; die aktualisierte Einladung
kommt gleich separat.

Viele Grüße
Jana Brandt
""",
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="termin_abgesagt_krankheit_klinikum",
    lang="de", key="J2", parent="J1",
    company="Klinikum Herrenhausen", contact=MEIKE[1],
    frm=KH_DESK, name_enc="b-utf-8", reply_to=MEIKE,
    date="2026-07-08 15:55",
    subject="Abgesagt: Vorstellungsgespräch 26-118 am 15.07.2026",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

leider müssen wir das für Mittwoch, den 15. Juli, vereinbarte Vorstellungsgespräch
absagen, da Herr Dr. Kühn kurzfristig erkrankt ist. Die Terminabsage für Ihren Kalender
ist beigefügt.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Frau Oltmanns meldet sich in den
nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Herrenhausen
""",
    ics=dict(mode="attach", method="CANCEL", uid="KH-26-118-VG-KOWALCZYK", seq=1,
             start="2026-07-15 13:00", end="2026-07-15 13:45",
             summary="Abgesagt: Vorstellungsgespräch 26-118", location="Videokonferenz",
             organizer=MEIKE, filename="Absage.ics"),
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="cambio_hora_hmlevante", lang="es", key="L2",
    parent="L1", quote="gmail",
    company="Hospital Marítimo de Levante", contact=VICENT[1],
    frm=VICENT,
    date="2026-08-13 12:40",
    subject="RE: Entrevista - Técnico/a de nóminas (ref. HML-RRHH-26-31)",
    subject_enc="q-iso-8859-1",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimada Blathnaid:

Le escribo porque tenemos que cambiar la hora de su entrevista del martes 18: por un
comité que se ha convocado a última hora, pasaría de las 10:00 a las 12:30. El enlace de
la videoconferencia es el mismo.

Le ruego que me confirme si le viene bien el nuevo horario.

Un cordial saludo,
Vicent Roig
""",
))

MESSAGES.append(dict(
    kind="interview_reschedule_or_cancel", slug="aplazamiento_cliente_levante", lang="es",
    key="LT3", parent="LT2", quote="outlook",
    company="Cerámicas Albufera", contact=ROSA[1],
    frm=ROSA, name_enc="q-utf-8",
    date="2026-09-14 10:05",
    subject="RE: Entrevista con Cerámicas Albufera",
    subject_enc="q-utf-8",
    text="""Hola de nuevo, Blathnaid:

Me acaba de llamar Cerámicas Albufera: Maite Ortells está de viaje en una feria en Italia
toda la semana y me piden aplazar la entrevista del miércoles. Te proponen el lunes 21 de
septiembre a las 10:00, también por Teams.

¿Te va bien? En cuanto me digas, se lo confirmo.

Rosa
""",
))

# =============================================================================================
# missed_interview_notice

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="tried_calling_twice_loughderg", lang="en",
    key="B3", parent="B2", quote="gmail",
    company="Lough Derg Foods", contact=PADRAIG[1],
    frm=PADRAIG,
    date="2026-03-12 10:24",
    subject="Missed call this morning",
    text="""Hi Blathnaid,

I tried calling you twice at 10:00 and again at ten past, but it went straight to
voicemail each time. Is everything ok?

Let me know if you'd still like to have the chat.

Padraig
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="waited_on_teams_fitzwilliam", lang="en", key="I3",
    parent="I2",
    company="Fitzwilliam Payroll Bureau", contact=AOIFE[1],
    frm=AOIFE,
    date="2026-08-12 10:21",
    subject="Today's interview",
    text="""Hi Blathnaid,

Declan and I waited on Teams from 10:00 until about 10:15 this morning but didn't see
you join. I hope everything is alright.

If something came up, just reply and let me know. I can't promise we'll be able to find
another slot this week, as the shortlist closes on Friday.

Best,
Aoife

Aoife Brennan
Talent Acquisition | Fitzwilliam Payroll Bureau
Fitzwilliam Place, Dublin 2, D02 T292 | +353 1 555 2960
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="no_show_video_abbeyfeale", lang="en", key="AB3",
    parent="AB2",
    company="Abbeyfeale Packaging", contact=LORRAINE[1],
    frm=LORRAINE,
    date="2026-08-14 11:35",
    subject="Your interview at 11:00 today",
    html="outlook",
    text="""Hi Blathnaid,

You were booked in for 11:00 today on Teams with myself and our Financial Controller. We
stayed on the call until 11:20, but you didn't join, and I haven't had any message from
you.

Could you let me know whether you're still interested in the role?

Regards,
Lorraine Fitzgerald
HR Generalist | Abbeyfeale Packaging
Killarney Road, Abbeyfeale, Co. Limerick V94 A9C3 | 068 555 3190
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="agency_client_waited_treaty", lang="en", key="TT3",
    parent="TT2", quote="gmail",
    company="Treaty Talent", contact=NIAMH[1],
    frm=NIAMH,
    date="2026-03-10 10:02",
    subject="Client interview this morning",
    text="""Blathnaid, the client has just rung me. They were on the Teams call at 9:30 and waited
about 15 minutes, with no sign of you. They're not happy, as you can imagine, and
neither am I.

Can you ring me as soon as you see this? If there was a problem with the link I need to
know so I can explain to them.

Niamh
061 555 093
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="phone_unreachable_quayside", lang="en", key="QS2",
    parent="QS1",
    company="Quayside Accounting Group", contact=RORY[1],
    frm=RORY,
    date="2026-04-08 14:18",
    subject="Sorry we missed each other",
    text="""Hi Blathnaid,

I rang you at 2 on the dot as scheduled, and again at 2:10, but it went to voicemail both
times. I left a message.

If you're still keen, let me know when you'd be free and we'll try again. I'm around
Thursday and Friday.

Rory Deasy
Practice Manager | Quayside Accounting Group
Custom House Quay, Dublin 1 | 01 555 8814
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="did_not_arrive_ballycasey", lang="en", key="BC2",
    parent="BC1", quote="outlook",
    company="Ballycasey Components", contact=KEVIN[1],
    frm=KEVIN,
    date="2026-05-12 10:20",
    subject="RE: Interview - Payroll Clerk, Shannon",
    html="outlook",
    text="""Hi Blathnaid,

We had you down for 9:30 at reception in Building 3 this morning, and Olivia and I waited
until ten, but you didn't arrive. I tried your mobile at 9:45 and couldn't get through.

I hope you're ok. Please let me know what happened.

Kevin Broderick
Talent Acquisition Specialist, Ballycasey Components
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="absence_entretien_metropole", lang="fr", key="ME1",
    company="Métropole Estuaire Loire", contact=CLAIRE[1],
    frm=CLAIRE,
    date="2026-09-08 10:40",
    subject="Votre entretien de ce matin – gestionnaire carrière-paie",
    subject_enc="q-utf-8",
    text="""Madame,

Nous vous attendions ce matin à 9h30 pour votre entretien en visioconférence pour le
poste de gestionnaire carrière-paie. Le jury a patienté vingt minutes sur la
plateforme, sans que vous vous connectiez, et nous n'avons reçu aucun message de votre
part.

Pourriez-vous nous indiquer ce qui s'est passé ?

Cordialement,

Claire Fouquet
Responsable du pôle recrutement – Direction des ressources humaines
Métropole Estuaire Loire
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="nicht_erschienen_maschsee", lang="de", key="MA2",
    company="Maschsee Antriebstechnik", contact=FRAUKE[1],
    frm=FRAUKE, name_enc="q-iso-8859-1",
    date="2026-07-14 10:32",
    subject="Unser Videointerview heute um 10:00 Uhr",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

wir waren heute um 10:00 Uhr zum Videointerview für die Stelle als Sachbearbeiterin
Entgeltabrechnung verabredet. Leider haben wir bis 10:20 Uhr vergeblich auf Sie
gewartet, und telefonisch konnten wir Sie ebenfalls nicht erreichen.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Frauke Düvel
Personalabteilung

Maschsee Antriebstechnik GmbH
Bemeroder Straße 71, 30559 Hannover
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="nicht_erreicht_personalwerk", lang="de", key="PW1",
    company="Calenberger Verkehrsbetriebe", contact=TIMO[1],
    frm=TIMO,
    date="2026-09-15 14:45",
    subject="Telefontermin Calenberger Verkehrsbetriebe",
    text="""Hallo Frau Kowalczyk-Reyes,

Frau Lindemann von den Calenberger Verkehrsbetrieben hat heute um 14:00 Uhr, wie
vereinbart, für das Telefoninterview zweimal versucht, Sie anzurufen. Sie waren leider
nicht erreichbar, und die Mailbox war voll.

Bitte rufen Sie mich kurz zurück, damit wir klären können, wie es weitergeht.

Beste Grüße
Timo Kasprzak
Personalberater | Personalwerk Niedersachsen
Georgstraße 18, 30159 Hannover | 0511 555 2290
""",
))

MESSAGES.append(dict(
    kind="missed_interview_notice", slug="no_se_conecto_turia", lang="es", key="F3",
    parent="F2", quote="gmail",
    company="Nóminas Turia", contact=LUCIA[1],
    frm=LUCIA, name_enc="q-utf-8",
    date="2026-05-22 10:05",
    subject="Re: Invitación: Entrevista – Técnico/a de nóminas @ vie 22 may 2026 9:30 - 10:15",
    subject_enc="b-utf-8",
    text="""Hola, Blathnaid:

Te estuvimos esperando en la videollamada de las 9:30 hasta las 9:50 y no llegaste a
conectarte. Tampoco hemos recibido ningún aviso.

¿Ha pasado algo? Cuéntanos cuando puedas.

Lucía
""",
))
