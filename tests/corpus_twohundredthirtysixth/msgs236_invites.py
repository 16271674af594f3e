"""Corpus 236: 26 interview invitations, 15 reschedules/cancellations, 10 missed-interview
notices, each written by hand."""

from __future__ import annotations

from msgs236_common import (
    M,
    ats_card,
    forwarded,
    ics,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    pdf,
)

LOWENNA = ("Lowenna Trethewey", "lowenna.trethewey@tamarvalley-nhs.example.uk")
SALLY = ("Sally Cundy", "sally.cundy@hoesidehospice.example.org.uk")
GWEN = ("Gwenaëlle Le Bihan", "g.lebihan@clinique-abers.example.fr")
BIRTE = ("Birte Oltmanns", "b.oltmanns@klinikum-weserbogen.example.de")
NEREA = ("Nerea Gómez Setién", "nerea.gomez@hospitalcostapas.example.es")
MORWENNA = ("Morwenna Hocking", "morwenna.hocking@carrickfal-council.example.uk")

# ====================================================================== invitations

_I1_TEXT = """Dear Oksana,

Occupational Therapy Assistant, Band 3 \u2013 Community Rehabilitation Team (TV-26-0031)

Thank you for your application. I am pleased to let you know that you have been shortlisted
and we would like to invite you to a panel interview.

Date: Tuesday 17 February 2026
Time: 10:00 (please arrive by 09:45)
Place: Meeting Room 2, Mount Gould Health Centre, Plymouth PL4 7PY
Panel: Ellie Sparkes (Lead OT), Mark Brimacombe (Team Manager) and a service user
representative

The interview will last about 45 minutes and will include a short scenario about a
discharge home visit. Please bring photographic ID and your original qualification
certificates.

I have attached a calendar invitation. Could you accept it or reply to confirm you can
attend?

Kind regards,
Lowenna

Lowenna Trethewey
Recruitment Officer | Tamar Valley NHS Trust
Derriford Business Park, Plymouth PL6 5WS | 01752 496 031"""

_I13_APPLICATION = """Dear Imogen,

I saw on the Kingsbridge community noticeboard that you're looking for a part-time therapy
assistant for home visits around the South Hams.

I've spent six years as a senior care worker in Plymouth, the last two in a reablement team
where I work closely with the OTs on equipment, transfers and kitchen assessments. I'm now
working towards a Level 3 in allied health support and would love to move into an OT
assistant role. I know small practices often fill roles by word of mouth, so I'll completely
understand if it's already taken.

My CV is attached. Thank you for reading.

Best wishes,
Oksana Fairweather-Ruiz
07700 900 264"""

_I13_TEXT = """Hi Oksana,

Thanks so much for getting in touch \u2013 your timing is perfect, it's not filled yet! Your
reablement background is exactly what we need for the home-visit side.

Would you be able to pop into the practice for an informal interview with me and our
physio, Alfie? We could do Wednesday 12 August at 10:30, or Thursday 13th any time after
2pm. It'll be relaxed, about an hour, and we'll show you round the equipment store.

Let me know which suits.

Imogen

Imogen Stentiford MRCOT
Director & Occupational Therapist
Kingsbridge Therapy Partners
The Quay Studio, Promenade, Kingsbridge TQ7 1JD | 01548 496 330

""" + on_wrote("en", "Mon, 3 Aug 2026 at 20:10", "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>",
               _I13_APPLICATION)

_I15_CLIENT = """Hi Gareth,

Thanks for sending Oksana's profile. We'd like to meet her.

First stage: a 30-minute video call with me and our clinical lead, Sian, on Tuesday
8 September at 11:00. If that goes well, a second stage in clinic with a practical task.

Teams link: https://teams.example.com/l/meetup-join/torquaybay-ota-0809

Cheers,
Dan Kingdon
Practice Manager, Torquay Bay Rehab"""

_I15_TEXT = """Hi Oksana,

Great news \u2013 Torquay Bay Rehab want to interview you for the Rehabilitation Assistant role.
Dan's email is below with the details and the Teams link. I've told them you can do Tuesday
8th at 11:00; shout if that's a problem.

A couple of tips: Dan likes concrete examples, so have your falls-prevention story ready, and
Sian will almost certainly ask about manual handling.

Gareth

Gareth Lillicrap
Director, Hartley & Moss Healthcare Search
Mobile 07700 900 552 | www.hartleymoss.example.co.uk

Hartley & Moss Healthcare Search is a trading name of H&M Search Ltd. This email and any files
transmitted with it are confidential. If you are not the intended recipient please notify
the sender and delete it.

""" + forwarded("en", "Dan Kingdon <dan.kingdon@torquaybayrehab.example.co.uk>",
                "Tue, 1 Sep 2026 at 10:41", "Oksana F-R - interview",
                "Gareth Lillicrap <gareth@hartleymoss.example.co.uk>", _I15_CLIENT)

_I16_TEXT = """Bonjour Madame Fairweather-Ruiz,

Suite à l'étude de votre candidature au poste d'aide-ergothérapeute (CDI, 80 %), nous
souhaitons vous rencontrer lors d'un entretien.

Date : jeudi 2 avril 2026 à 14h00 (heure de Paris)
Format : visioconférence, le lien figure dans l'invitation jointe
Durée : environ 40 minutes, avec Mme Le Bihan (RH) et M. Guivarc'h (ergothérapeute
référent)

Merci de confirmer votre disponibilité en acceptant l'invitation.

Cordialement,

Gwenaëlle Le Bihan
Chargée des ressources humaines
Clinique des Abers \u2013 14 route de Lannilis, 29870 Landéda
02 98 49 62 05"""

_I20_TEXT = """Sehr geehrte Frau Fairweather-Ruiz,

vielen Dank für Ihre Bewerbung als Therapiehelferin (m/w/d) für unsere Ergotherapie.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch
per Videokonferenz ein:

Termin: Dienstag, 26. Mai 2026, 11:00 Uhr
Teilnehmende: Frau Oltmanns (Personal), Herr Kückens (Leitung Ergotherapie)
Dauer: ca. 45 Minuten

Die Zugangsdaten finden Sie in der beigefügten Kalendereinladung. Das Gespräch kann auf
Wunsch teilweise auf Englisch geführt werden.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Birte Oltmanns
Personalabteilung
Klinikum Weserbogen gGmbH | Am Weserbogen 8 | 28199 Bremen
Telefon 0421 496 2210"""

_I24_TEXT = """Estimada Oksana:

Nos ponemos en contacto con usted en relación con su candidatura al puesto de Auxiliar de
Terapia Ocupacional en la Unidad de Rehabilitación de Hospital Costa Pas.

Nos gustaría invitarle a una entrevista presencial:

Fecha: martes 23 de junio de 2026
Hora: 10:30
Lugar: Edificio B, planta 2, sala de reuniones de Rehabilitación
Calle Alta 112, 39008 Santander

Le adjuntamos una convocatoria de calendario. Le rogamos que confirme su asistencia
respondiendo a este correo.

Atentamente,

Nerea Gómez Setién
Unidad de Selección
Hospital Costa Pas
942 49 62 88"""

_INVITES = [
    # ---------------------------------------------------------------- English (15)
    M(kind="interview_invitation", slug="tamar_panel_invite_ics", lang="en",
      company="Tamar Valley NHS Trust", contact=LOWENNA[1], frm=LOWENNA,
      subject="Interview invitation \u2013 Occupational Therapy Assistant (TV-26-0031)",
      date="2026-02-03 11:20 +0000", text=_I1_TEXT,
      html=outlook_html(mso(_I1_TEXT)),
      inline_ics=ics("REQUEST", "tv-26-0031-panel-oksana@tamarvalley-nhs.example.uk",
                     "Interview: OT Assistant Band 3 (Tamar Valley NHS Trust)",
                     "2026-02-17 10:00", "2026-02-17 10:45", LOWENNA,
                     location="Meeting Room 2, Mount Gould Health Centre, Plymouth",
                     stamp="20260203T112000Z")),

    M(kind="interview_invitation", slug="clifton_greenhouse_schedule_link", lang="en",
      company="Clifton Rehab Partners", contact="megan.hollis@cliftonrehab.example.co.uk",
      frm=("Megan Hollis via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Megan Hollis", "megan.hollis@cliftonrehab.example.co.uk"),
      subject="Clifton Rehab Partners: let's find a time to talk",
      date="2026-04-14 10:00 +0100",
      text="""Hi Oksana,

Thanks for applying for the Rehabilitation Assistant role at Clifton Rehab Partners. We'd
like to invite you to a 45-minute interview with me and Tom Aldous, our Lead OT, at our
Whiteladies Road clinic.

Please pick a slot that works for you using the link below:
https://app.greenhouse.example.com/scheduling/self/clifton-rehab/8f3k2q

Slots are available between 21 and 24 April. If none of them suit, just reply to this email.

Best,
Megan Hollis
People & Recruitment Partner, Clifton Rehab Partners""",
      html=ats_card("Clifton Rehab Partners", "#3d5a80", paras("""Hi Oksana,

Thanks for applying for the Rehabilitation Assistant role at Clifton Rehab Partners. We'd
like to invite you to a 45-minute interview with me and Tom Aldous, our Lead OT, at our
Whiteladies Road clinic.""") + '\n<p><a href="https://app.greenhouse.example.com/scheduling/'
        'self/clifton-rehab/8f3k2q" style="background:#3d5a80;color:#fff;padding:10px 18px;'
        'text-decoration:none;border-radius:4px">Choose your interview time</a></p>\n'
        + paras("""Slots are available between 21 and 24 April. If none of them suit, just reply
to this email.

Best,
Megan Hollis
People & Recruitment Partner, Clifton Rehab Partners"""), "Sent via Greenhouse")),

    M(kind="interview_invitation", slug="harbourlight_free_thursday", lang="en",
      company="Harbourlight Care", contact="dave.pascoe@harbourlightcare.example.co.uk",
      frm=("Dave Pascoe", "dave.pascoe@harbourlightcare.example.co.uk"),
      subject="wellbeing assistant job",
      date="2026-04-13 08:55 +0100",
      text="""Morning Oksana,

Got your CV from Lorraine. Are you free Thursday afternoon to come in and have a chat about
the wellbeing assistant job? 2pm at the Peverell home would suit me, takes about half an hour.
Just ask for me at reception.

Cheers
Dave Pascoe
Home Manager, Harbourlight Care - Peverell
07700 900 161"""),

    M(kind="interview_invitation", slug="westcountry_riviera_client_interview", lang="en",
      company="Riviera Therapy Rooms", contact="jasmine.carne@westcountrycare.example.co.uk",
      frm=("Jasmine Carne", "jasmine.carne@westcountrycare.example.co.uk"),
      subject="Interview arranged - Riviera Therapy Rooms, Torquay",
      date="2026-03-04 15:20 +0000", parent="westcountry_registration",
      cte="quoted-printable",
      text="""Hi Oksana,

Lovely speaking earlier. As promised, here are the details for your interview with my client:

Client: Riviera Therapy Rooms (private OT and physio clinic)
Role: Therapy Assistant, 30 hrs, \u00a324,100 pro rata
When: Wednesday 11 March, 11:00
Where: 7 Braddons Hill Road East, Torquay TQ1 1HF
Meeting: Lisa Cole (Clinic Lead OT) and Phil Harvey (Owner)

It'll be a competency interview plus a short role-play with a 'client' who needs help
planning their morning routine after a hip replacement. Dress smart-casual.

Please reply to confirm and I'll let Lisa know.

Jasmine

Jasmine Carne
Recruitment Consultant - Therapy & Care
Westcountry Care Recruitment
Suite 3, Derry's Cross House, Plymouth PL1 2SW
Mobile 07700 900 418"""),

    M(kind="interview_invitation", slug="teign_exe_assessment_centre", lang="en",
      company="Teign & Exe District Council", contact="rachel.widdicombe@teignexe-council.example.uk",
      frm=("Rachel Widdicombe", "rachel.widdicombe@teignexe-council.example.uk"),
      subject="Assessment centre invitation \u2013 Occupational Therapy Assistant (Reablement)",
      subject_enc=("windows-1252", "Q"),
      date="2026-06-02 14:00 +0100", charset="windows-1252", cte="quoted-printable",
      html=outlook_html(mso("""Dear Oksana,

I\u2019m delighted to invite you to the assessment centre for the post of Occupational Therapy
Assistant (Reablement), ref. TED-0612.

Date: Tuesday 16 June 2026
Time: 09:30 \u2013 13:00
Venue: Forde House, Brunel Road, Newton Abbot TQ12 4XX

The morning includes a group exercise, a short written task on equipment provision and a
panel interview. A timetable is attached.

Please confirm your attendance by Friday 5 June and let me know about any reasonable
adjustments you need.

Kind regards,

Rachel Widdicombe
Recruitment Adviser, HR Services
Teign & Exe District Council
01626 496 420""")),
      attachments=[pdf("TED-0612_assessment_timetable.pdf", "Assessment centre - TED-0612",
                       ["Tuesday 16 June 2026, Forde House, Newton Abbot",
                        "09:30  Welcome and introductions",
                        "09:45  Group exercise (30 minutes)",
                        "10:30  Written task: equipment provision (40 minutes)",
                        "11:30  Panel interview (45 minutes)",
                        "12:45  Questions and close"])]),

    M(kind="interview_invitation", slug="moorland_minds_phone_screen", lang="en",
      company="Moorland Minds", contact="tamsin.yeo@moorlandminds.example.org.uk",
      frm=("Tamsin Yeo", "tamsin.yeo@moorlandminds.example.org.uk"),
      subject="Quick Teams call about the Community Activities Assistant role?",
      date="2026-07-06 10:30 +0100",
      text="""Dear Oksana,

Thanks for your application for the Community Activities Assistant post. Before we set up
formal interviews I'm doing short 20-minute screening calls with everyone on the longlist.

Would Thursday 9 July at 3pm work for a Teams call? The link is:
https://teams.example.com/l/meetup-join/moorlandminds-screen-0907

If that time doesn't work, suggest another and I'll do my best.

Kind regards,
Tamsin

Tamsin Yeo
Services Coordinator, Moorland Minds
The Old Bakery, 3 Fore Street, Exeter EX4 3AN
01392 496 118"""),

    M(kind="interview_invitation", slug="plym_bridge_ashby_schedule", lang="en",
      company="Plym Bridge Neuro Rehab", contact="",
      frm=("Plym Bridge Neuro Rehab", "no-reply@ashbyhq.com"),
      subject="Schedule your interview with Plym Bridge Neuro Rehab",
      date="2026-07-14 09:00 +0100", cte="base64",
      html=ats_card("Plym Bridge Neuro Rehab", "#4a4e69", paras("""Hi Oksana,

Good news! The hiring team for Rehabilitation Support Worker (Neuro) would like to interview
you.

Interview: 60 minutes, on site at Plym Bridge Neuro Rehab, Estover, Plymouth
Interviewers: Dr Nia Okonjo (Clinical Director), Sam Pethick (Senior OT)""")
        + '\n<p><a href="https://jobs.ashby.example.com/plymbridge/schedule/7d2e">Pick a time'
          "</a></p>\n" + paras("""Available times are shown in your local time zone.

Plym Bridge Neuro Rehab Recruiting"""), "Powered by Ashby")),

    M(kind="interview_invitation", slug="hoe_side_panel_ics", lang="en",
      company="Hoe Side Hospice", contact=SALLY[1], frm=SALLY,
      subject="Interview \u2013 Therapy Assistant (Day Services)",
      date="2026-09-02 10:10 +0100", cte="base64",
      text="""Dear Oksana,

Thank you for applying to join Hoe Side Hospice. The shortlisting panel would like to meet
you for an interview for the Therapy Assistant (Day Services) post.

Thursday 17 September 2026, 13:30
Hoe Side Hospice, Education Room, 2 Lockyer Street, Plymouth PL1 2QD

The panel will be Dr Amy Reynolds (Head of Therapies), me, and one of our volunteers. We'll
ask you to talk for five minutes about how you would help a patient with fatigue keep up
an activity they love. No slides are needed.

An invitation is attached for your calendar.

With best wishes,
Sally Cundy
HR Officer, Hoe Side Hospice
01752 496 907

Hoe Side Hospice is a registered charity (no. 1099123). The information in this email is
confidential and may be legally privileged.""",
      attachments=[ics("REQUEST", "hsh-ta-ds-17sep-oksana@hoesidehospice.example.org.uk",
                       "Interview - Therapy Assistant (Day Services)",
                       "2026-09-17 13:30", "2026-09-17 14:30", SALLY,
                       location="Education Room, Hoe Side Hospice, Plymouth",
                       stamp="20260902T091000Z", filename="interview.ics")]),

    M(kind="interview_invitation", slug="brightwater_phone_screen", lang="en",
      company="Brightwater Health Staffing", contact="callum.reed@brightwaterstaffing.example.co.uk",
      frm=("Callum Reed", "callum.reed@brightwaterstaffing.example.co.uk"),
      subject="\U0001f4de Quick screening call - Thursday 10am?",
      subject_enc=("utf-8", "B"),
      date="2026-05-12 11:30 +0100", parent="brightwater_registration_pack",
      text="""Hi Oksana,

Thanks for registering with us. Before I put you forward to any of our clients I do a
20-minute phone screen with every candidate - your experience, what you're looking for,
right to work, availability, that sort of thing.

Can I call you on Thursday 14 May at 10:00 on 07700 900 264? If not, give me a couple of
times that suit.

Best,
Callum

Callum Reed | Principal Consultant
Brightwater Health Staffing | Temple Quay, Bristol BS1 6DZ | 0117 496 0190"""),

    M(kind="interview_invitation", slug="cathedral_close_trial_shift", lang="en",
      company="Cathedral Close Care", contact="pete.vosper@cathedralclosecare.example.co.uk",
      frm=("Pete Vosper", "pete.vosper@cathedralclosecare.example.co.uk"),
      subject="Trial shift \u2013 Thursday 8th",
      date="2026-10-05 16:12 +0100", charset="windows-1252", cte="8bit",
      text="""Hi Oksana,

Following our phone call, we\u2019d like you to come and do a paid trial shift with our
activities and therapy team so you can see what the job\u2019s really like and we can see you
in action.

Thursday 8 October, 07:30 \u2013 13:30
Cathedral Close Care, 19 Southernhay East, Exeter EX1 1QG
Wear comfortable shoes; we\u2019ll give you a tunic. Lunch is on us.

Ask for Hayley on arrival.

Pete

Pete Vosper
Deputy Manager
Cathedral Close Care
01392 496 775"""),

    M(kind="interview_invitation", slug="carrick_fal_icims_interview", lang="en",
      company="Carrick & Fal Council", contact=MORWENNA[1],
      frm=("Carrick & Fal Council Careers", "donotreply@icims.com"),
      reply_to=MORWENNA,
      subject="Interview: Occupational Therapy Assistant, Adult Social Care (Req 2026-1187)",
      date="2026-09-21 11:00 +0100",
      text="""Dear Oksana,

We are pleased to invite you to interview for Occupational Therapy Assistant, Adult Social
Care (requisition 2026-1187).

Date: Monday 5 October 2026
Time: 10:15
Location: Lys Kernow House, Treyew Road, Truro TR1 3AY, Room 2.14

Please confirm your attendance by replying to Morwenna Hocking, copied in as the reply
address on this email. Bring your passport or other right-to-work documents.

Carrick & Fal Council Recruitment

This email was sent from a notification-only address via iCIMS.""",
      html=ats_card("Carrick & Fal Council \u2013 Careers", "#006a4e", paras("""Dear Oksana,

We are pleased to invite you to interview for Occupational Therapy Assistant, Adult Social
Care (requisition 2026-1187).

Date: Monday 5 October 2026
Time: 10:15
Location: Lys Kernow House, Treyew Road, Truro TR1 3AY, Room 2.14

Please confirm your attendance by replying to Morwenna Hocking, copied in as the reply
address on this email. Bring your passport or other right-to-work documents.

Carrick & Fal Council Recruitment"""), "This email was sent from a notification-only "
                                       "address via iCIMS.")),

    M(kind="interview_invitation", slug="hanseatic_video_interview_ics", lang="en",
      company="Hanseatic International Therapy Centre",
      contact="jonas.feldkamp@hanseatic-therapy.example.de",
      frm=("Jonas Feldkamp", "jonas.feldkamp@hanseatic-therapy.example.de"),
      subject="Video interview - OT Assistant (English-speaking)",
      date="2026-02-16 14:30 +0100",
      text="""Dear Oksana,

Thank you for your application to the Hanseatic International Therapy Centre. We would be
glad to invite you to a first video interview.

Tuesday, 24 February 2026, 09:30 Bremen time (08:30 in Plymouth)
Microsoft Teams - the link is in the attached invitation
With me and Dr Femke de Groot, head of our therapy department

The interview will be held in English. As most of our clients are expatriate families, we
would also like to hear about any experience you have with children.

Kind regards,
Jonas Feldkamp
Talent Partner
Hanseatic International Therapy Centre, Konsul-Smidt-Str. 76, 28217 Bremen
+49 421 496 5510""",
      attachments=[ics("REQUEST", "hitc-ota-240226-oksana@hanseatic-therapy.example.de",
                       "Video interview Oksana Fairweather-Ruiz / HITC",
                       "2026-02-24 09:30", "2026-02-24 10:15",
                       ("Jonas Feldkamp", "jonas.feldkamp@hanseatic-therapy.example.de"),
                       tz="Europe/Berlin", location="Microsoft Teams",
                       stamp="20260216T133000Z", filename="invite.ics")]),

    M(kind="interview_invitation", slug="kingsbridge_reply_chain_chat", lang="en",
      company="Kingsbridge Therapy Partners", contact="imogen@kingsbridgetherapy.example.co.uk",
      frm=("Imogen Stentiford", "imogen@kingsbridgetherapy.example.co.uk"),
      subject="Re: Therapy assistant - home visits (application)",
      date="2026-08-05 09:05 +0100", parent="own_application_kingsbridge",
      text=_I13_TEXT),

    M(kind="interview_invitation", slug="avon_vale_smartrecruiters_interview", lang="en",
      company="Avon Vale Council", contact="kezia.broom@avonvale-council.example.uk",
      frm=("Avon Vale Council", "noreply@smartrecruiters.com"),
      reply_to=("Kezia Broom", "kezia.broom@avonvale-council.example.uk"),
      subject="Invitation to interview - Reablement Therapy Assistant",
      date="2026-01-13 12:00 +0000",
      text="""Dear Oksana,

Thank you for applying for Reablement Therapy Assistant with Avon Vale Council's Redland
Reablement Service.

We would like to invite you for an interview on Thursday 22 January 2026 at 10:30 at
Redland Reablement Hub, 2 Cotham Hill, Bristol BS6 6LA.

The interview will be with Kezia Broom (Reablement Team Leader) and an OT from the hospital
discharge team. It will last around 40 minutes.

Please reply to Kezia to confirm, or if you need a different time.

Avon Vale Council Recruitment Team""",
      html=ats_card("Avon Vale Council", "#7b2d26", paras("""Dear Oksana,

Thank you for applying for Reablement Therapy Assistant with Avon Vale Council's Redland
Reablement Service.

We would like to invite you for an interview on Thursday 22 January 2026 at 10:30 at
Redland Reablement Hub, 2 Cotham Hill, Bristol BS6 6LA.

The interview will be with Kezia Broom (Reablement Team Leader) and an OT from the hospital
discharge team. It will last around 40 minutes.

Please reply to Kezia to confirm, or if you need a different time.

Avon Vale Council Recruitment Team"""), "SmartRecruiters")),

    M(kind="interview_invitation", slug="hartley_moss_forwards_torquay_bay", lang="en",
      company="Torquay Bay Rehab", contact="gareth@hartleymoss.example.co.uk",
      frm=("Gareth Lillicrap", "gareth@hartleymoss.example.co.uk"),
      subject="Fwd: Oksana F-R - interview",
      date="2026-09-01 12:00 +0100", text=_I15_TEXT),

    # ---------------------------------------------------------------- French (4)
    M(kind="interview_invitation", slug="abers_invitation_visio_ics", lang="fr",
      company="Clinique des Abers", contact=GWEN[1], frm=GWEN, name_enc=("utf-8", "Q"),
      subject="Invitation à un entretien \u2013 aide-ergothérapeute",
      date="2026-03-18 10:25 +0100", text=_I16_TEXT, html=paras(_I16_TEXT),
      inline_ics=ics("REQUEST", "abers-entretien-0204-ofr@clinique-abers.example.fr",
                     "Entretien aide-ergothérapeute \u2013 O. Fairweather-Ruiz",
                     "2026-04-02 14:00", "2026-04-02 14:40", GWEN, tz="Europe/Paris",
                     location="Visioconférence", stamp="20260318T092500Z",
                     description="Lien : https://visio.example.fr/abers/erg-0204")),

    M(kind="interview_invitation", slug="armor_goemons_entretien", lang="fr",
      company="Résidence Les Goémons", contact="m.kerbrat@armor-interim-sante.example.fr",
      frm=("Maëlys Kerbrat", "m.kerbrat@armor-interim-sante.example.fr"),
      name_enc=("utf-8", "B"),
      subject="Entretien à la Résidence Les Goémons",
      date="2026-02-04 11:00 +0100", parent="armor_interim_inscription",
      text="""Bonjour Oksana,

Bonne nouvelle : la Résidence Les Goémons, un EHPAD du Relecq-Kerhuon que j'accompagne
depuis longtemps, souhaite vous rencontrer pour le poste d'assistante en animation
thérapeutique (CDD de 6 mois, renouvelable).

L'entretien aurait lieu le jeudi 12 février à 15h, sur place, avec la directrice et la
psychomotricienne. Comme vous serez encore à Plymouth, elles acceptent de le faire en visio
si vous préférez : dites-moi ce qui vous arrange.

Bien à vous,
Maëlys

Maëlys Kerbrat
Chargée de recrutement \u2013 Armor Intérim Santé
8 rue de Siam, 29200 Brest \u2013 02 98 49 61 40"""),

    M(kind="interview_invitation", slug="ccas_rade_convocation", lang="fr",
      company="CCAS Rade de Brest", contact="s.abgrall@ccas-radedebrest.example.fr",
      frm=("Solenn Abgrall", "s.abgrall@ccas-radedebrest.example.fr"),
      subject="Convocation à un entretien de recrutement",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-06-08 09:40 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Votre candidature au poste d'agent d'accompagnement en ergothérapie (service de maintien à
domicile) a retenu notre attention.

J'ai le plaisir de vous convoquer à un entretien devant un jury de recrutement le :

jeudi 18 juin 2026 à 9h30
CCAS Rade de Brest, 5 rue Frézier, 29200 Brest, salle du conseil (2e étage)

Le jury sera composé de la directrice du CCAS, de l'ergothérapeute coordinatrice et d'un
représentant du service des ressources humaines. Vous trouverez la convocation officielle
en pièce jointe.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Solenn Abgrall
Service des ressources humaines
CCAS Rade de Brest
02 98 49 63 30""",
      attachments=[pdf("convocation_entretien.pdf", "Convocation a un entretien",
                       ["CCAS Rade de Brest - Service des ressources humaines",
                        "Madame Oksana Fairweather-Ruiz",
                        "Poste : agent d'accompagnement en ergothérapie",
                        "Date : jeudi 18 juin 2026 à 9h30",
                        "Lieu : 5 rue Frézier, 29200 Brest, salle du conseil",
                        "Pièces à apporter : pièce d'identité, diplômes"])]),

    M(kind="interview_invitation", slug="kerlaouen_journee_immersion", lang="fr",
      company="Centre de Kerlaouen", contact="y.creach@kerlaouen.example.fr",
      frm=("Yann Créac'h", "y.creach@kerlaouen.example.fr"),
      subject="Journée d'immersion au centre de Kerlaouen",
      subject_enc=("utf-8", "B"),
      date="2026-05-05 16:20 +0200",
      text="""Bonjour Oksana,

Merci pour votre candidature spontanée. Plutôt qu'un entretien classique, nous proposons
aux candidats une journée d'immersion dans le service de rééducation : vous suivez
l'équipe d'ergothérapie le matin, et nous faisons un point ensemble l'après-midi.

Seriez-vous disponible le mardi 19 mai ? Arrivée à 8h30, fin vers 16h. Le repas est pris
en charge. Pensez à une tenue confortable et à des chaussures fermées.

Merci de me confirmer par retour de mail.

Yann Créac'h
Cadre de rééducation \u2013 Centre de Kerlaouen
Route de Kerlaouen, 29280 Plouzané
02 98 49 64 17"""),

    # ---------------------------------------------------------------- German (4)
    M(kind="interview_invitation", slug="weserbogen_einladung_ics", lang="de",
      company="Klinikum Weserbogen", contact=BIRTE[1], frm=BIRTE,
      cc=[("Ole Kückens", "o.kueckens@klinikum-weserbogen.example.de")],
      subject="Einladung zum Vorstellungsgespräch \u2013 Therapiehelfer/in Ergotherapie",
      date="2026-05-12 09:40 +0200", parent="weserbogen_recruitee_eingang",
      text=_I20_TEXT, html=paras(_I20_TEXT), cte="quoted-printable",
      attachments=[ics("REQUEST", "kwb-ergo-260526-ofr@klinikum-weserbogen.example.de",
                       "Vorstellungsgespräch Therapiehelfer/in Ergotherapie",
                       "2026-05-26 11:00", "2026-05-26 11:45", BIRTE, tz="Europe/Berlin",
                       location="Videokonferenz", stamp="20260512T074000Z",
                       filename="Einladung.ics")]),

    M(kind="interview_invitation", slug="hansekogge_telefoninterview", lang="de",
      company="Pflegedienst Hansekogge", contact="a.thielemann@hansekogge-pflege.example.de",
      frm=("Anke Thielemann", "a.thielemann@hansekogge-pflege.example.de"),
      subject="Telefoninterview am Dienstag?",
      date="2026-06-19 09:00 +0200", charset="windows-1252", cte="quoted-printable",
      text="""Hallo Frau Fairweather-Ruiz,

danke für Ihre Bewerbung als Betreuungsassistenz! Ich würde gern ein erstes
Telefoninterview mit Ihnen führen, ca. 20\u201330 Minuten.

Passt Ihnen Dienstag, der 23. Juni, um 10:00 Uhr (deutsche Zeit)? Ich würde Sie unter der
Nummer aus Ihrem Lebenslauf anrufen, +44 7700 900264.

Falls nicht, schlagen Sie mir gern zwei, drei andere Zeiten vor.

Viele Grüße
Anke Thielemann
Pflegedienstleitung
Pflegedienst Hansekogge \u2022 Hemelinger Heerstr. 112 \u2022 28309 Bremen
Tel. 0421 496 3380"""),

    M(kind="interview_invitation", slug="nordlicht_vorstellung_ueberseestadt", lang="de",
      company="Reha-Zentrum Überseestadt", contact="h.bruening@nordlicht-personal.example.de",
      frm=("Hauke Brüning", "h.bruening@nordlicht-personal.example.de"),
      name_enc=("iso-8859-1", "Q"),
      subject="Vorstellungsgespräch Reha-Zentrum Überseestadt \u2013 Termin steht",
      date="2026-03-24 14:45 +0100", parent="nordlicht_registrierung",
      text="""Hallo Oksana,

wie am Telefon besprochen, habe ich dich beim Reha-Zentrum Überseestadt für die Stelle als
Ergotherapie-Assistenz vorgestellt \u2013 und sie wollen dich kennenlernen!

Termin: Mittwoch, 1. April, 14:00 Uhr
Ort: Reha-Zentrum Überseestadt, Konsul-Smidt-Straße 8, 28217 Bremen, 3. OG, Empfang
Gesprächspartnerin: Frau Dr. Imke Lührs, Leitung Ergotherapie

Plan ungefähr eine Stunde ein, es gibt auch eine kurze Hospitation in der Handtherapie.
Wenn du mit dem Flieger kommst, sag Bescheid, dann schicke ich dir die Anfahrt vom
Flughafen.

Viel Erfolg!
Hauke

Hauke Brüning
Personalberater Gesundheit & Soziales
Nordlicht Personal GmbH | Schlachte 21 | 28195 Bremen
Tel. +49 421 496 7730"""),

    M(kind="interview_invitation", slug="findorff_softgarden_terminwahl", lang="de",
      company="Ergotherapie Findorff", contact="f.meyerdierks@ergo-findorff.example.de",
      frm=("Ergotherapie Findorff", "noreply@softgarden.io"),
      reply_to=("Frauke Meyerdierks", "f.meyerdierks@ergo-findorff.example.de"),
      subject="Ihre Bewerbung bei Ergotherapie Findorff: Bitte wählen Sie einen Gesprächstermin",
      subject_enc=("utf-8", "Q"),
      date="2026-08-11 10:00 +0200",
      text="""Guten Tag Frau Fairweather-Ruiz,

wir freuen uns über Ihr Interesse an der Stelle \u201eAssistenz in der ergotherapeutischen
Praxis (Teilzeit)\u201c und möchten Sie gern zu einem Kennenlerngespräch per Video einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://ergo-findorff.softgarden.example.io/termin/ab81c7

Fragen beantwortet Ihnen Frau Meyerdierks gern direkt (Antwort auf diese E-Mail).

Freundliche Grüße
Ihr Team der Ergotherapie Findorff""",
      html=ats_card("Ergotherapie Findorff", "#2a9d8f", paras("""Guten Tag Frau Fairweather-Ruiz,

wir freuen uns über Ihr Interesse an der Stelle \u201eAssistenz in der ergotherapeutischen
Praxis (Teilzeit)\u201c und möchten Sie gern zu einem Kennenlerngespräch per Video einladen.""")
        + '\n<p><a href="https://ergo-findorff.softgarden.example.io/termin/ab81c7">Termin '
          "auswählen</a></p>\n" + paras("""Fragen beantwortet Ihnen Frau Meyerdierks gern direkt
(Antwort auf diese E-Mail).

Freundliche Grüße
Ihr Team der Ergotherapie Findorff"""), "softgarden e-recruiting")),

    # ---------------------------------------------------------------- Spanish (3)
    M(kind="interview_invitation", slug="costa_pas_entrevista_ics", lang="es",
      company="Hospital Costa Pas", contact=NEREA[1], frm=NEREA, name_enc=("iso-8859-1", "Q"),
      subject="Convocatoria de entrevista \u2013 Auxiliar de Terapia Ocupacional",
      date="2026-06-10 09:15 +0200", parent="costa_pas_icims_recibida",
      text=_I24_TEXT, charset="iso-8859-1", cte="quoted-printable",
      inline_ics=ics("REQUEST", "hcp-ato-230626-ofr@hospitalcostapas.example.es",
                     "Entrevista Auxiliar de Terapia Ocupacional", "2026-06-23 10:30",
                     "2026-06-23 11:15", NEREA, tz="Europe/Madrid",
                     location="Edificio B, planta 2, Hospital Costa Pas, Santander",
                     stamp="20260610T071500Z")),

    M(kind="interview_invitation", slug="magdalena_tienes_un_rato", lang="es",
      company="Clínica Magdalena Rehab", contact="inigo.sainz@clinicamagdalena.example.es",
      frm=("Íñigo Sainz", "inigo.sainz@clinicamagdalena.example.es"),
      name_enc=("utf-8", "B"),
      subject="¿Hablamos el jueves?",
      date="2026-09-07 12:30 +0200",
      text="""¡Hola Oksana!

Soy Íñigo, el terapeuta ocupacional responsable de Clínica Magdalena Rehab. He visto tu
candidatura para el puesto de auxiliar y me ha encantado lo de tu experiencia en
reablement en Inglaterra.

¿Tienes un rato el jueves 10 para hablar por teléfono? Había pensado a las 11:00, unos
20 minutos, para conocernos un poco y contarte cómo trabajamos.

Si te va mejor otra hora, dímelo sin problema.

Un saludo,
Íñigo
Clínica Magdalena Rehab \u00b7 Avda. de la Magdalena 9, Santander \u00b7 942 49 63 90"""),

    M(kind="interview_invitation", slug="cantabro_los_arcos_entrevista", lang="es",
      company="Centro de Día Los Arcos", contact="lucia.ortiz@cantabrotalento.example.es",
      frm=("Lucía Ortiz Bedia", "lucia.ortiz@cantabrotalento.example.es"),
      subject="Entrevista con Centro de Día Los Arcos",
      date="2026-04-28 13:00 +0200", parent="cantabro_talento_alta",
      cte="quoted-printable",
      text="""Hola, Oksana:

¡Buenas noticias! El Centro de Día Los Arcos, en El Sardinero, quiere entrevistarte para
el puesto de auxiliar de terapia ocupacional (jornada de mañana).

Día: jueves 7 de mayo
Hora: 12:00 (hora peninsular)
Formato: videollamada por Google Meet; te enviarán el enlace la víspera
Con: Belén Arce, terapeuta ocupacional y coordinadora del centro

Te recomiendo preparar algún ejemplo de actividades de estimulación cognitiva en grupo.

Confírmame, por favor, que te viene bien.

Un abrazo,
Lucía

Lucía Ortiz Bedia
Consultora de Selección \u2013 Sanidad
Cántabro Talento Sanitario S.L.
Paseo de Pereda 28, 39004 Santander \u00b7 +34 942 49 61 75

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine. Sus datos se tratan conforme al RGPD."""),
]

# ====================================================================== reschedules

_S3_REQUEST = """Dear Rachel,

Thank you very much for the invitation. Unfortunately 16 June is the day of my Level 3
practical assessment, which I can't move. Would there be any possibility of attending on
another date?

I'm so sorry for the inconvenience.

Kind regards,
Oksana"""

_S7_INVITE = """Hi Oksana,

Lovely \u2013 Wednesday 12 August at 10:30 it is. The practice is the white building on the
quay; there's parking behind the Co-op.

Imogen"""

_S7_TEXT = """Hi Oksana,

Sorry to do this \u2013 Alfie has a home visit in Salcombe that's had to move to Wednesday
morning, and I'd really like him there. Could we move our chat to the same day at 3pm
instead of 10:30? Same place.

If the afternoon is no good, Thursday 13th at 2pm also works.

Thanks, and sorry again!
Imogen

Imogen Stentiford MRCOT
Director & Occupational Therapist
Kingsbridge Therapy Partners | 01548 496 330"""

_S10_TEXT = """Bonjour Madame Fairweather-Ruiz,

Nous sommes contraints d'annuler l'entretien prévu ce jeudi 2 avril à 14h00 : M. Guivarc'h,
qui devait y participer, est absent pour une durée indéterminée.

Votre candidature reste bien entendu à l'étude. Je reviendrai vers vous dans les prochains
jours avec une nouvelle proposition de date.

Veuillez nous excuser pour ce contretemps.

Cordialement,
Gwenaëlle Le Bihan
Chargée des ressources humaines \u2013 Clinique des Abers"""

_S12_TEXT = """Sehr geehrte Frau Fairweather-Ruiz,

leider müssen wir unser Gespräch am Dienstag, 26. Mai, verschieben, da Herr Kückens an
diesem Tag kurzfristig eine Fortbildung leiten muss.

Neuer Termin: Donnerstag, 28. Mai 2026, 13:00 Uhr (deutsche Zeit), ebenfalls per Video.
Die aktualisierte Kalendereinladung liegt bei. Der Zugangslink bleibt gleich.

Bitte geben Sie uns kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Birte Oltmanns
Personalabteilung, Klinikum Weserbogen"""

_S14_TEXT = """Estimada Oksana:

Por un cambio en la agenda de la supervisora de Rehabilitación, necesitamos mover su
entrevista del martes 23 de junio.

Nueva hora: martes 23 de junio, 12:30 (en lugar de las 10:30). El lugar no cambia.

Le adjuntamos la convocatoria actualizada. Disculpe las molestias.

Atentamente,
Nerea Gómez Setién
Unidad de Selección, Hospital Costa Pas"""

_RESCHEDULES = [
    # ---------------------------------------------------------------- English (9)
    M(kind="interview_reschedule_or_cancel", slug="tamar_panel_moved_seq1", lang="en",
      company="Tamar Valley NHS Trust", contact=LOWENNA[1], frm=LOWENNA,
      subject="Updated: Interview: OT Assistant Band 3 (Tamar Valley NHS Trust)",
      date="2026-02-10 16:45 +0000", parent="tamar_panel_invite_ics",
      text="""Dear Oksana,

I'm sorry to have to change your interview. Ellie Sparkes has been called to cover a ward
on the 17th, so the panel is now meeting on Thursday 19 February at 14:30, same room at
Mount Gould. The updated calendar entry replaces the earlier one.

Please let me know if the new time is a problem.

Kind regards,
Lowenna

Lowenna Trethewey
Recruitment Officer | Tamar Valley NHS Trust | 01752 496 031""",
      inline_ics=ics("REQUEST", "tv-26-0031-panel-oksana@tamarvalley-nhs.example.uk",
                     "Interview: OT Assistant Band 3 (Tamar Valley NHS Trust)",
                     "2026-02-19 14:30", "2026-02-19 15:15", LOWENNA, seq=1,
                     location="Meeting Room 2, Mount Gould Health Centre, Plymouth",
                     stamp="20260210T164500Z")),

    M(kind="interview_reschedule_or_cancel", slug="clifton_interviewer_ill", lang="en",
      company="Clifton Rehab Partners", contact="megan.hollis@cliftonrehab.example.co.uk",
      frm=("Megan Hollis via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Megan Hollis", "megan.hollis@cliftonrehab.example.co.uk"),
      subject="Change to your interview on Wednesday",
      date="2026-04-21 08:05 +0100", parent="clifton_greenhouse_schedule_link",
      text="""Hi Oksana,

I'm really sorry for the short notice. Tom has come down with flu and won't be in this week,
so we can't go ahead with your interview tomorrow (Wednesday 22 April, 2pm).

I've moved it to Tuesday 28 April at 2pm, same place. If that doesn't work, reply and we'll
find something else. Your application is very much still in the running.

Apologies again,
Megan"""),

    M(kind="interview_reschedule_or_cancel", slug="teign_exe_assessment_moved", lang="en",
      company="Teign & Exe District Council", contact="rachel.widdicombe@teignexe-council.example.uk",
      frm=("Rachel Widdicombe", "rachel.widdicombe@teignexe-council.example.uk"),
      subject="RE: Assessment centre \u2013 TED-0612 \u2013 date change request",
      date="2026-06-04 12:45 +0100", parent="own_reschedule_request_teign",
      text="""Dear Oksana,

No problem at all, and good luck with your practical. We're running a second assessment
centre for this post, so I've moved you to Tuesday 23 June, same times (09:30 \u2013 13:00) and
same venue at Forde House. Everything in the timetable I sent still applies.

Please reply to confirm the new date.

Kind regards,
Rachel

""" + on_wrote("en", "3 Jun 2026, at 08:20", "Oksana Fairweather-Ruiz", _S3_REQUEST)),

    M(kind="interview_reschedule_or_cancel", slug="westcountry_riviera_postponed", lang="en",
      company="Riviera Therapy Rooms", contact="jasmine.carne@westcountrycare.example.co.uk",
      frm=("Jasmine Carne", "jasmine.carne@westcountrycare.example.co.uk"),
      subject="Riviera interview - new date",
      date="2026-03-09 09:10 +0000", parent="westcountry_riviera_client_interview",
      text="""Morning Oksana,

Lisa at Riviera has asked to push Wednesday's interview back by a week - one of their
physios is off and she's covering clinics. New time: Wednesday 18 March, 11:00, same
address. Phil will still be there.

Sorry for the faff! Can you confirm 18th works?

Jasmine"""),

    M(kind="interview_reschedule_or_cancel", slug="hoe_side_cancel_ics", lang="en",
      company="Hoe Side Hospice", contact=SALLY[1], frm=SALLY,
      subject="Cancelled: Interview - Therapy Assistant (Day Services)",
      date="2026-09-09 08:30 +0100", parent="hoe_side_panel_ics",
      text="""Dear Oksana,

I'm afraid we have to cancel the interview on Thursday 17 September. Dr Reynolds has been
called to an inspection visit that day and we don't want to interview without her.

This is not a decision about your application. I'll be in touch next week with a new date
as soon as the panel's diaries are settled.

With apologies,
Sally Cundy
HR Officer, Hoe Side Hospice""",
      attachments=[ics("CANCEL", "hsh-ta-ds-17sep-oksana@hoesidehospice.example.org.uk",
                       "Interview - Therapy Assistant (Day Services)",
                       "2026-09-17 13:30", "2026-09-17 14:30", SALLY, seq=1,
                       location="Education Room, Hoe Side Hospice, Plymouth",
                       stamp="20260909T073000Z", filename="cancel.ics")]),

    M(kind="interview_reschedule_or_cancel", slug="plym_bridge_ashby_rescheduled", lang="en",
      company="Plym Bridge Neuro Rehab", contact="",
      frm=("Plym Bridge Neuro Rehab", "no-reply@ashbyhq.com"),
      subject="Your interview has been rescheduled",
      date="2026-07-17 12:00 +0100",
      text="""Hi Oksana,

Your interview for Rehabilitation Support Worker (Neuro) at Plym Bridge Neuro Rehab has been
rescheduled.

Previous time: Tuesday, 21 July 2026, 10:00 - 11:00 BST
New time: Friday, 24 July 2026, 13:00 - 14:00 BST
Location: Plym Bridge Neuro Rehab, Estover, Plymouth

Need a different time? Use the link in your original invitation to pick another slot.

Plym Bridge Neuro Rehab Recruiting""",
      html=ats_card("Plym Bridge Neuro Rehab", "#4a4e69", paras("""Hi Oksana,

Your interview for Rehabilitation Support Worker (Neuro) at Plym Bridge Neuro Rehab has been
rescheduled.""") + """
<table style="font-size:14px"><tr><td><s>Tuesday, 21 July 2026, 10:00 - 11:00 BST</s></td></tr>
<tr><td><b>Friday, 24 July 2026, 13:00 - 14:00 BST</b></td></tr>
<tr><td>Plym Bridge Neuro Rehab, Estover, Plymouth</td></tr></table>
""" + paras("""Need a different time? Use the link in your original invitation to pick another
slot.

Plym Bridge Neuro Rehab Recruiting"""), "Powered by Ashby"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="interview_reschedule_or_cancel", slug="kingsbridge_moved_afternoon_outlook", lang="en",
      company="Kingsbridge Therapy Partners", contact="imogen@kingsbridgetherapy.example.co.uk",
      frm=("Imogen Stentiford", "imogen@kingsbridgetherapy.example.co.uk"),
      subject="RE: Therapy assistant - home visits (application)",
      date="2026-08-10 13:12 +0100", parent="kingsbridge_reply_chain_chat",
      text=_S7_TEXT + "\n\n" + outlook_block(
          "en", "Imogen Stentiford <imogen@kingsbridgetherapy.example.co.uk>",
          "05 August 2026 16:31", "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>",
          "RE: Therapy assistant - home visits (application)", _S7_INVITE),
      html=outlook_html(mso(_S7_TEXT) + '\n<div style="border-top:solid #E1E1E1 1.0pt">'
                        + mso(outlook_block(
                            "en", "Imogen Stentiford <imogen@kingsbridgetherapy.example.co.uk>",
                            "05 August 2026 16:31",
                            "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>",
                            "RE: Therapy assistant - home visits (application)", _S7_INVITE))
                        + "</div>")),

    M(kind="interview_reschedule_or_cancel", slug="carrick_fal_time_and_venue_change", lang="en",
      company="Carrick & Fal Council", contact=MORWENNA[1], frm=MORWENNA,
      subject="Interview 5 October \u2013 change of time and room",
      date="2026-09-28 09:45 +0100", parent="carrick_fal_icims_interview",
      text="""Dear Oksana,

Because of building works at Lys Kernow House, the OT assistant interviews on Monday
5 October have moved to New County Hall annexe, Room G.03, and we've had to shift your slot
to 11:45 (previously 10:15). I've updated the calendar invitation.

Everything else \u2013 panel, format, documents to bring \u2013 stays the same.

Kind regards,
Morwenna Hocking
Senior Practitioner, Adult Social Care
Carrick & Fal Council | 01872 496 640""",
      inline_ics=ics("REQUEST", "cfc-2026-1187-int-ofr@carrickfal-council.example.uk",
                     "Interview: OT Assistant (Req 2026-1187)", "2026-10-05 11:45",
                     "2026-10-05 12:30", MORWENNA, seq=2,
                     location="New County Hall annexe, Room G.03, Truro",
                     stamp="20260928T084500Z")),

    M(kind="interview_reschedule_or_cancel", slug="brightwater_screen_cancelled_sick", lang="en",
      company="Brightwater Health Staffing",
      contact="aisha.mensah-blake@brightwaterstaffing.example.co.uk",
      frm=("Aisha Mensah-Blake", "aisha.mensah-blake@brightwaterstaffing.example.co.uk"),
      cc=[("Callum Reed", "callum.reed@brightwaterstaffing.example.co.uk")],
      subject="Tomorrow's call with Callum",
      date="2026-05-13 17:05 +0100", parent="brightwater_phone_screen",
      text="""Hi Oksana,

I'm picking up Callum's diary as he's off sick, so I'm afraid tomorrow's 10am screening call
won't go ahead.

I'd be happy to do it myself instead on Tuesday 19 May at 10:00 - same number, same
format. Does that work?

Thanks for bearing with us,
Aisha

Aisha Mensah-Blake | Consultant
Brightwater Health Staffing | 0117 496 0191"""),

    # ---------------------------------------------------------------- French (2)
    M(kind="interview_reschedule_or_cancel", slug="abers_annulation_cancel_ics", lang="fr",
      company="Clinique des Abers", contact=GWEN[1], frm=GWEN, name_enc=("iso-8859-1", "Q"),
      subject="Annulé : Entretien aide-ergothérapeute \u2013 O. Fairweather-Ruiz",
      date="2026-03-30 17:50 +0200", parent="abers_invitation_visio_ics",
      text=_S10_TEXT,
      inline_ics=ics("CANCEL", "abers-entretien-0204-ofr@clinique-abers.example.fr",
                     "Entretien aide-ergothérapeute \u2013 O. Fairweather-Ruiz",
                     "2026-04-02 14:00", "2026-04-02 14:40", GWEN, tz="Europe/Paris", seq=1,
                     location="Visioconférence", stamp="20260330T155000Z")),

    M(kind="interview_reschedule_or_cancel", slug="armor_goemons_reporte", lang="fr",
      company="Résidence Les Goémons", contact="m.kerbrat@armor-interim-sante.example.fr",
      frm=("Maëlys Kerbrat", "m.kerbrat@armor-interim-sante.example.fr"),
      name_enc=("utf-8", "B"),
      subject="Report de votre entretien aux Goémons",
      date="2026-02-09 16:00 +0100", parent="armor_goemons_entretien",
      text="""Bonjour Oksana,

Petit changement : la directrice des Goémons doit accueillir une inspection jeudi, elle
me demande de décaler votre entretien (en visio) au mardi 17 février, même heure, 15h.

Je vous renvoie le lien dès qu'elle me l'a transmis. Est-ce que cela vous convient ?

Maëlys"""),

    # ---------------------------------------------------------------- German (2)
    M(kind="interview_reschedule_or_cancel", slug="weserbogen_termin_verschoben", lang="de",
      company="Klinikum Weserbogen", contact=BIRTE[1], frm=BIRTE,
      subject="Aktualisiert: Vorstellungsgespräch Therapiehelfer/in Ergotherapie",
      date="2026-05-20 15:05 +0200", parent="weserbogen_einladung_ics",
      text=_S12_TEXT, charset="iso-8859-1", cte="quoted-printable",
      attachments=[ics("REQUEST", "kwb-ergo-260526-ofr@klinikum-weserbogen.example.de",
                       "Vorstellungsgespräch Therapiehelfer/in Ergotherapie",
                       "2026-05-28 13:00", "2026-05-28 13:45", BIRTE, tz="Europe/Berlin",
                       seq=1, location="Videokonferenz", stamp="20260520T130500Z",
                       filename="Einladung-aktualisiert.ics")]),

    M(kind="interview_reschedule_or_cancel", slug="findorff_termin_abgesagt", lang="de",
      company="Ergotherapie Findorff", contact="f.meyerdierks@ergo-findorff.example.de",
      frm=("Frauke Meyerdierks", "f.meyerdierks@ergo-findorff.example.de"),
      subject="Absage unseres Termins morgen",
      date="2026-08-17 07:50 +0200", parent="findorff_softgarden_terminwahl",
      text="""Guten Morgen Frau Fairweather-Ruiz,

ich muss unser Videogespräch morgen um 10 Uhr leider absagen \u2013 mein Sohn ist krank und ich
bin heute und morgen nicht in der Praxis.

An Ihrer Bewerbung ändert das nichts! Ich schicke Ihnen bis Ende der Woche einen neuen
Terminvorschlag, voraussichtlich für Dienstag, den 25. August.

Herzliche Grüße
Frauke Meyerdierks
Ergotherapie Findorff \u2013 Praxisinhaberin
Hemmstraße 201, 28215 Bremen"""),

    # ---------------------------------------------------------------- Spanish (2)
    M(kind="interview_reschedule_or_cancel", slug="costa_pas_cambio_hora", lang="es",
      company="Hospital Costa Pas", contact=NEREA[1], frm=NEREA, name_enc=("utf-8", "B"),
      subject="Cambio de hora de su entrevista \u2013 23 de junio",
      date="2026-06-15 13:30 +0200", parent="costa_pas_entrevista_ics",
      text=_S14_TEXT,
      attachments=[ics("REQUEST", "hcp-ato-230626-ofr@hospitalcostapas.example.es",
                       "Entrevista Auxiliar de Terapia Ocupacional", "2026-06-23 12:30",
                       "2026-06-23 13:15", NEREA, tz="Europe/Madrid", seq=1,
                       location="Edificio B, planta 2, Hospital Costa Pas, Santander",
                       stamp="20260615T113000Z", filename="convocatoria.ics")]),

    M(kind="interview_reschedule_or_cancel", slug="cantabro_los_arcos_aplazada", lang="es",
      company="Centro de Día Los Arcos", contact="lucia.ortiz@cantabrotalento.example.es",
      frm=("Lucía Ortiz Bedia", "lucia.ortiz@cantabrotalento.example.es"),
      subject="Entrevista con Los Arcos aplazada",
      date="2026-05-04 09:30 +0200", parent="cantabro_los_arcos_entrevista",
      text="""Hola, Oksana:

Me acaba de llamar Belén, de Los Arcos: esta semana tienen inspección de la Consejería y
no puede hacer la videollamada del jueves. La aplazamos al martes 12 de mayo a las 12:00.
Sigue en pie todo lo demás.

¿Te cuadra? Si no, le propongo otro día.

Lucía"""),
]

# ====================================================================== missed

_MISSED = [
    # ---------------------------------------------------------------- English (6)
    M(kind="missed_interview_notice", slug="harbourlight_waited_reception", lang="en",
      company="Harbourlight Care", contact="dave.pascoe@harbourlightcare.example.co.uk",
      frm=("Dave Pascoe", "dave.pascoe@harbourlightcare.example.co.uk"),
      subject="Re: wellbeing assistant job",
      date="2026-04-16 14:40 +0100", parent="harbourlight_free_thursday",
      text="""Oksana,

I had you down for 2pm today but you didn't turn up and reception had no message from you.
I hung on till half past. Everything ok?

Dave

""" + on_wrote("en", "13 Apr 2026, at 08:55", "Dave Pascoe", """Morning Oksana,

Got your CV from Lorraine. Are you free Thursday afternoon to come in and have a chat about
the wellbeing assistant job? 2pm at the Peverell home would suit me, takes about half an hour.""")),

    M(kind="missed_interview_notice", slug="moorland_teams_waited", lang="en",
      company="Moorland Minds", contact="tamsin.yeo@moorlandminds.example.org.uk",
      frm=("Tamsin Yeo", "tamsin.yeo@moorlandminds.example.org.uk"),
      subject="Our call at 3pm",
      date="2026-07-09 15:25 +0100", parent="moorland_minds_phone_screen",
      text="""Hi Oksana,

We waited on Teams for about 15 minutes for our 3pm screening call but didn't see you join.
I hope everything is alright.

I'm finishing the screening calls tomorrow, so if you're still interested please reply by
midday and let me know what happened.

Tamsin"""),

    M(kind="missed_interview_notice", slug="brightwater_called_twice", lang="en",
      company="Brightwater Health Staffing",
      contact="aisha.mensah-blake@brightwaterstaffing.example.co.uk",
      frm=("Aisha Mensah-Blake", "aisha.mensah-blake@brightwaterstaffing.example.co.uk"),
      subject="Tried to reach you this morning",
      date="2026-05-19 10:22 +0100", parent="brightwater_screen_cancelled_sick",
      text="""Hi Oksana,

I tried calling you twice at 10:00 for your screening call, on 07700 900 264, but it went to
voicemail both times. I left a message.

Can you let me know a good time to try again, or whether there's a better number?

Thanks,
Aisha

Aisha Mensah-Blake | Consultant
Brightwater Health Staffing | 0117 496 0191"""),

    M(kind="missed_interview_notice", slug="avon_vale_did_not_attend", lang="en",
      company="Avon Vale Council", contact="kezia.broom@avonvale-council.example.uk",
      frm=("Kezia Broom", "kezia.broom@avonvale-council.example.uk"),
      subject="Interview today 10:30 \u2013 Reablement Therapy Assistant",
      date="2026-01-22 11:15 +0000",
      html=outlook_html(mso("""Dear Oksana,

We had you booked for interview at 10:30 this morning at the Redland Reablement Hub, but you
didn\u2019t arrive and we couldn\u2019t get through on the number on your application.

If something came up, please let me know by Monday. We may be able to offer a slot in our
reserve session on 29 January, but I can\u2019t promise it.

Regards,

Kezia Broom
Reablement Team Leader
Redland Reablement Service | Avon Vale Council
0117 496 0455""")), charset="windows-1252", cte="quoted-printable"),

    M(kind="missed_interview_notice", slug="cathedral_close_trial_no_show", lang="en",
      company="Cathedral Close Care", contact="pete.vosper@cathedralclosecare.example.co.uk",
      frm=("Pete Vosper", "pete.vosper@cathedralclosecare.example.co.uk"),
      subject="Re: Trial shift \u2013 Thursday 8th",
      date="2026-10-08 09:00 +0100", parent="cathedral_close_trial_shift",
      charset="windows-1252", cte="8bit",
      text="""Hi Oksana,

Hayley tells me you weren\u2019t here for the 07:30 start of your trial shift this morning. I\u2019ve
rung your mobile and it went straight to answerphone.

We\u2019d still like to see you work with the team. Give me a call when you get this.

Pete"""),

    M(kind="missed_interview_notice", slug="hartley_moss_client_call_missed", lang="en",
      company="Torquay Bay Rehab", contact="gareth@hartleymoss.example.co.uk",
      frm=("Gareth Lillicrap", "gareth@hartleymoss.example.co.uk"),
      subject="Torquay Bay - you weren't on the call?",
      date="2026-09-08 11:40 +0100", parent="hartley_moss_forwards_torquay_bay",
      text="""Oksana,

Dan from Torquay Bay Rehab has just been on to me - he and Sian were on the Teams call at
11:00 and waited a good ten minutes, and Sian rang your mobile twice without an answer.

They're understanding and would rebook, but I need to hear from you today to keep it alive.
Ring me on 07700 900 552.

Gareth"""),

    # ---------------------------------------------------------------- French (1)
    M(kind="missed_interview_notice", slug="ccas_rade_absente", lang="fr",
      company="CCAS Rade de Brest", contact="s.abgrall@ccas-radedebrest.example.fr",
      frm=("Solenn Abgrall", "s.abgrall@ccas-radedebrest.example.fr"),
      subject="Entretien du 18 juin \u2013 absence",
      date="2026-06-18 10:30 +0200", parent="ccas_rade_convocation",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Le jury de recrutement vous attendait ce matin à 9h30 pour votre entretien. Vous ne vous
êtes pas présentée, et nous n'avons pu vous joindre par téléphone.

Si votre absence est due à un empêchement, merci de nous le faire savoir avant le 22 juin.
Passé ce délai, nous considérerons que vous renoncez à votre candidature.

Solenn Abgrall
Service des ressources humaines, CCAS Rade de Brest"""),

    # ---------------------------------------------------------------- German (2)
    M(kind="missed_interview_notice", slug="hansekogge_nicht_erreicht", lang="de",
      company="Pflegedienst Hansekogge", contact="a.thielemann@hansekogge-pflege.example.de",
      frm=("Anke Thielemann", "a.thielemann@hansekogge-pflege.example.de"),
      subject="Telefoninterview heute \u2013 leider nicht erreicht",
      date="2026-06-23 10:40 +0200", parent="hansekogge_telefoninterview",
      text="""Hallo Frau Fairweather-Ruiz,

ich habe heute um 10:00 Uhr und noch einmal um 10:15 Uhr versucht, Sie für unser
Telefoninterview anzurufen, konnte Sie aber leider nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich gern bis Freitag bei mir.

Viele Grüße
Anke Thielemann
Pflegedienst Hansekogge"""),

    M(kind="missed_interview_notice", slug="findorff_videoraum_gewartet", lang="de",
      company="Ergotherapie Findorff", contact="f.meyerdierks@ergo-findorff.example.de",
      frm=("Frauke Meyerdierks", "f.meyerdierks@ergo-findorff.example.de"),
      subject="Unser Gespräch heute um 10 Uhr",
      date="2026-08-25 10:35 +0200", parent="findorff_termin_abgesagt",
      text="""Liebe Frau Fairweather-Ruiz,

ich war heute ab 10 Uhr im Videoraum und habe eine gute Viertelstunde auf Sie gewartet,
leider vergeblich. Vielleicht hat der Zeitunterschied zu England für Verwirrung gesorgt?

Schreiben Sie mir doch kurz, ob Sie weiterhin Interesse haben.

Herzliche Grüße
Frauke Meyerdierks"""),

    # ---------------------------------------------------------------- Spanish (1)
    M(kind="missed_interview_notice", slug="magdalena_no_contestaste", lang="es",
      company="Clínica Magdalena Rehab", contact="inigo.sainz@clinicamagdalena.example.es",
      frm=("Íñigo Sainz", "inigo.sainz@clinicamagdalena.example.es"),
      name_enc=("utf-8", "B"),
      subject="Te he llamado a las 11",
      date="2026-09-10 11:20 +0200", parent="magdalena_tienes_un_rato",
      text="""Hola Oksana:

Te he llamado dos veces a las 11:00 como quedamos, pero no lo has cogido. ¿Te ha surgido
algo? Acuérdate de que aquí es una hora más que en Plymouth.

Escríbeme y buscamos otro momento.

Íñigo"""),
]

MESSAGES = [*_INVITES, *_RESCHEDULES, *_MISSED]

