"""Corpus 291 - interview invitations (26), reschedules/cancellations (15), missed interviews (10).

Hand-written; every message writes its own words.
"""

from msgs291_common import (
    CAND_ADDR,
    M,
    ats_card,
    attribution,
    forwarded_block,
    ics,
    outlook_block,
    outlook_html,
    pdf,
    quote,
    simple_html,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

SHONA = ("Shona Beattie", "shona.beattie@graniteharbour.example.co.uk")
RHONA = ("Rhona Keiller", "rhona.keiller@cairdbank.example.co.uk")
INGRID = ("Ingrid Haugland", "ingrid.haugland@nordsjo-energi.example.no")
KIRSTY = ("Kirsty Mair", "kirsty.mair@thistleandtide.example.co.uk")
EILIDH = ("Eilidh Fraser", "eilidh.fraser@canongatebank.example.co.uk")
NIAMH = ("Dr Niamh Calder", "niamh.calder@pentland-uni.example.ac.uk")
HAZEL = ("Hazel Cowie", "hazel.cowie@grampiancoast.example.gov.uk")
ALISON = ("Alison McBride", "alison.mcbride@clydevalley.example.gov.uk")
MARTE = ("Marte Eik", "marte.eik@solasubsea.example.no")
KENNA = ("Kenna Ross", "kenna@morayledger.example.com")
JANNE = ("Janne Petersen", "janne.petersen@elbwind.example.de")
SOPHIE = ("Sophie Hinrichsen", "sophie.hinrichsen@alsterbank.example.de")
FRAUKE = ("Frauke Jessen", "f.jessen@speicherstadt-akademie.example.de")
JUERGEN = ("Jürgen Böttcher", "j.boettcher@nordlicht-personal.example.de")
MAELLE = ("Maëlle Girard", "maelle.girard@fourviere-energies.example.fr")
CAMILLE = ("Camille Berthier", "camille.berthier@croixrousse-formation.example.fr")
HUGO = ("Hugo Lambert", "hugo.lambert@talents-traboules.example.fr")
SANDRINE = ("Sandrine Vidal", "sandrine.vidal@univ-confluence.example.fr")
LUCIA = ("Lucía Montero", "lucia.montero@bancogiralda.example.es")
PABLO = ("Pablo Ruiz Carmona", "pablo.ruiz@fundaciontrianajoven.example.es")
INMA = ("Inmaculada Ortega", "iortega@usjusta.example.es")
RACHEL = ("Rachel Gow", "rachel.gow@dunnottardistillers.example.co.uk")
HAMISH = ("Hamish Doig", "hamish@riversidelearning.example.co.uk")

# =================================================================== invitations

_granite_invite = """Dear Callum,

Thank you for your application for the Learning & Development Partner (Operations) role. I'm pleased to invite you to a panel interview:

Date: Thursday 27 August 2026
Time: 10:00 - 11:15
Venue: Harbour House, 40 Waterloo Quay, Aberdeen AB11 5DB (report to main reception)

The panel will be Dr Alasdair Munro (Head of Operational Learning), Kerry Duthie (HR Business Partner) and me.

We'd like you to open with a 10-minute presentation on the following question: "How would you design the first 90 days for a newly recruited control-room technician?" No slides are needed, but you are welcome to bring handouts. The rest of the time will be a competency-based interview.

Please bring photo ID, as you'll receive a short site induction at reception. A calendar invitation is attached - please accept it to confirm, or let me know if the time doesn't suit.

Kind regards,

Shona Beattie
Talent Acquisition Advisor
Granite Harbour Energy
Harbour House, 40 Waterloo Quay, Aberdeen AB11 5DB
T: +44 1224 555 880

Granite Harbour Energy Limited is registered in Scotland (SC512907). This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
"""

_caird_invite = """Hi Callum,

Thanks for applying for the Learning Designer position in our Colleague Academy - I've read your CV and supporting statement and would love to find out a bit more.

Would you have 20 minutes for an initial phone conversation on Thursday 12 February at 10:00? I'd ring you on the mobile number on your application (07700 900 233). It's informal: your move from teaching, what you're looking for, and the practical side of the role (hybrid, two days a week at Nethergate).

If Thursday doesn't work, just reply with a couple of alternatives.

Best,
Rhona

Rhona Keiller
Talent Partner | People Team
Caird Bank
Caird House, 21 Nethergate, Dundee DD1 4DH
T: 01382 604 117 | M: 07700 900 418
"""

_nordsjo_invite = """Hi Callum,

Thanks for applying to Nordsjø Energi. We've reviewed your application for Competence & Training Advisor and would like to invite you to a 45-minute video interview with me and Tor Arne Vik, our Head of Competence Management.

Please choose a time that suits you using the link below. Slots are available from Tuesday 27 to Thursday 29 January, and all times are shown in your local time zone.

Book your interview: https://hire.lever.co/interviews/schedule/nordsjoenergi/8b41c2e7-56aa

The interview will be held in English on Microsoft Teams. You'll receive a calendar confirmation once you've picked a slot.

Looking forward to speaking with you,
Ingrid Haugland
Senior Recruiter, Nordsjø Energi
"""

_brodie_invite = """Hi Callum,

Good news - Brodie Subsea would like to meet you for the Training & Development Coordinator role!

When: Tuesday 9 June, 14:00 (allow an hour and a half)
Where: Brodie Subsea, Unit 7 Howe Moss Drive, Dyce AB21 0GL - free parking at the front
Who: Gail Robertson (HR Director) and Iain Shand (Training Manager)

Format: a competency interview, then they'll ask you to "teach us something in five minutes" - anything you like, it's about how you explain things. Smart casual is fine; they're a jeans-on-Friday kind of place.

Let me know you're OK with the time and I'll confirm with Gail. I'll give you a ring on Monday evening to prep.

Cheers,
Kirsty

Kirsty Mair
Senior Consultant - HR & Training
Thistle & Tide Recruitment
3rd Floor, 41 Union Terrace, Aberdeen AB10 1NJ
Direct: 01224 555 0193
"""

_canongate_invite = """Hi Callum,

Thanks for your application for Onboarding & Induction Lead at Canongate Bank. The hiring team would like to invite you to a 60-minute interview at our Calton Square office.

Please use the link below to choose a time that works for you. Slots are open on Thursday 23 and Friday 24 April.

Select a time: https://app.greenhouse.io/scheduling/canongatebank/7c2a91/select

The interview will include a 15-minute practical task: you'll be given a short brief and asked to outline an induction session. No preparation is needed.

Best wishes,
Eilidh Fraser
Talent Acquisition Partner, Canongate Bank
"""

_pentland_invite = """Dear Callum,

Staff Development Adviser (Ref. PU-2026-0142)

I am delighted to invite you to interview for the above post. The interview will take place on Tuesday 31 March 2026 at the Swanston Campus, Hillend Building, Room 2.14.

10:00  Micro-teaching session (15 minutes). Please deliver a short session on a topic of your choice to a small group of staff as if it were part of our new-staff programme. A projector and flipchart are available.
10:30  Panel interview (45 minutes) with myself, Professor Iain Baird (Dean of Learning and Teaching) and Morag Finlay (HR Partner).

Please let us know by Friday 20 March if you require any adjustments. A calendar file is attached for your convenience.

With best wishes,

Dr Niamh Calder
Head of Organisational Development
Pentland University
Swanston Campus, Colinton Road, Edinburgh EH10 7DX
0131 496 0345
"""

_grampian_invite = """Dear Mr Nakamura-Reid

Post: Organisational Development Officer (Ref GCC/OD/26/03)

Following shortlisting, I am pleased to invite you to attend an assessment centre for the above post on Tuesday 10 February 2026 from 09:00 to 15:30 at Harbourside House, 2 Mearns Street, Aberdeen AB11 5AT.

The day will consist of:
- a group exercise (45 minutes)
- a written in-tray exercise (60 minutes)
- a 10-minute training delivery on "Welcoming new colleagues to the Council"
- a competency-based interview with the panel

Lunch will be provided. Full joining instructions, including the travel and expenses policy, are attached. Please confirm your attendance by replying to this email no later than Friday 30 January.

Yours sincerely

Hazel Cowie
Recruitment Officer
People & Organisational Development
Grampian Coast Council
Harbourside House, 2 Mearns Street, Aberdeen AB11 5AT
01224 555 610
"""

_riverside_invite = """Hi Callum,

Hamish here - I run Riverside Learning, a wee team of four in Dundee building training for care homes and nurseries. I saw your post in the L&D Scotland group about moving out of teaching.

We're about to hire our first learning designer and, honestly, someone who has stood in front of thirty teenagers is exactly who I want. Are you free Thursday 8th to chat? I could do 3pm at the Roastery on Exchange Street, coffee's on me. Totally informal, but it is about the job.

Hamish
07700 900 871
"""

_clyde_invite = """Dear Mr Nakamura-Reid

Invitation to interview - Workforce Development Officer - Ref CVC/HR/0611

Thank you for your application. I am pleased to invite you to interview for the above post on Wednesday 8 July 2026 at 14:00. The interview will last approximately 45 minutes and will be held on Microsoft Teams.

Join the meeting: https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_CVC0611

The panel will consist of David Kerr, Learning & Development Manager, and me. You will be asked to give a five-minute presentation on "How would you encourage front-line staff to take up e-learning?", after which there will be a structured interview.

Please accept the calendar invitation to confirm your attendance.

Yours sincerely

Alison McBride
HR Adviser (Recruitment)
Clyde Valley Council
Council Offices, 40 Cadogan Street, Glasgow G2 7HF
Tel: 0141 496 0200
"""

_bressay_html = ats_card(
    "Bressay Power",
    "Please schedule your interview",
    """Hi Callum,

Congratulations! You've been selected to move forward to an interview for the position of Learning Specialist - Competence Assurance (R-22871).

Please sign in to your candidate home and pick one of the available interview times within the next 48 hours. Interviews will take place on Microsoft Teams between 19 and 23 October.

If none of the offered times work for you, contact the recruiting team through the candidate home.

Best regards,
Bressay Power Recruiting""",
    "This email was sent by Workday on behalf of Bressay Power.\nPlease do not reply to this message.",
    accent="#0a6b8a",
    button=("Schedule my interview", "https://bressaypower.wd3.myworkday.com/bressay/d/task/2997$8812.htmld"),
)

_kelvin_invite = """Hi Callum,

Thanks for applying for the L&D Advisor role. As a first step we use a short recorded interview so you can answer in your own time rather than juggling a call around the school timetable.

There are four questions and you'll have up to three minutes for each. Please complete it by 23:59 on Sunday 25 January using this link:

https://kelvinmutual.example.co.uk/careers/video/9f3c-22aa

If the link gives you any trouble, reply here and I'll sort it.

Cheers,
Gregor Baillie
Head of Learning & Development
Kelvin Mutual Assurance
110 St Vincent Street, Glasgow G2 5ER
"""

_bonaccord_invite = """Dear Callum,

Following your first interview with Struan Ogilvie and me on 24 September, I am pleased to invite you to the final stage of the selection process for the Sports & Wellbeing Development Lead role.

Thursday 1 October 2026
13:30  Presentation (15 minutes) to the Active Campus steering group: "A staff wellbeing offer that people actually use"
14:15  Conversation with the Vice-Principal (People), 30 minutes

Both will take place in the Boardroom, Elphinstone Building, King Street campus. Please let me know if you require any reasonable adjustments.

Kind regards,

Fiona Ritchie
HR Partner, Bon Accord University
01224 555 467
"""

_moray_invite = """Hi Callum,

Kenna from Moray Ledger has invited you to book an interview for the Learning Experience Designer role.

Interview: 45 minutes on Zoom with Kenna Ross (People Lead) and Andrew Mackintosh (Head of Customer Education)
Available times: Wednesday 8 April, between 10:00 and 16:00 (UK time)

Book a time: https://jobs.ashbyhq.com/morayledger/interview/1d7e60b2

Have questions? Reply to this email to reach Kenna directly.

Powered by Ashby
"""

_sola_invite = """Hi Callum,

Thank you for applying for the Learning Partner position at Sola Subsea. We enjoyed reading about your work with young athletes, and we'd like to invite you to a first interview.

Date: Tuesday 22 September 2026
Time: 10:00 CEST (09:00 UK time)
Where: Microsoft Teams - the link is in the attached calendar invitation
With: Marte Eik (Talent Acquisition) and Øystein Rasmussen (Operations Training Manager)

The conversation will be in English and last about 45 minutes. If the time doesn't suit, just reply and we'll find another one.

Best regards,
Marte Eik
Sola Subsea AS
"""

_dunnottar_fwd = """Hi Rachel,

Happy to see Callum for the Training & Skills Lead job - the stuff about coaching the school's under-16s is just the sort of thing I want for our apprentices.

I can do Thursday 28 May at 10:00 or Friday 29 May at 14:00, here at the distillery. Tour first, then a proper chat in the meeting room above the still house. About an hour and a half.

Murray

Murray Chalmers
Distillery Manager, Dunnottar Distillers
"""

_dunnottar_invite = """Hi Callum,

See below from Murray, our Distillery Manager - he'd like to meet you for the Training & Skills Lead role. Could you let me know which of his two times suits? The distillery is on the coast road two miles south of Stonehaven; there's parking by the visitor centre.

Thanks,
Rachel

Rachel Gow
HR Manager | Dunnottar Distillers
Mains of Dunnottar, Stonehaven AB39 2TL | 01569 555 120

""" + forwarded_block("en", "Murray Chalmers <murray.chalmers@dunnottardistillers.example.co.uk>",
                      "Mon, 18 May 2026 at 08:52", "Re: Training & Skills Lead - shortlist",
                      "Rachel Gow <rachel.gow@dunnottardistillers.example.co.uk>") + _dunnottar_fwd

_elbwind_invite = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihre Bewerbung als Referent Personalentwicklung (m/w/d). Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern zu einem ersten Gespräch einladen.

Termin: Donnerstag, 26. März 2026, 10:00 bis 11:00 Uhr
Format: Microsoft Teams (der Link folgt mit der Kalendereinladung)
Gesprächspartner: Dr. Hauke Lorenzen (Geschäftsführung) und ich

Das Gespräch können wir gern auf Englisch führen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Janne Petersen
Recruiting & Talent Management
Elbwind Energie GmbH
Am Sandtorkai 58, 20457 Hamburg
Tel. +49 40 555 271 30
"""

_alster_invite = """Sehr geehrter Herr Nakamura-Reid,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position Learning & Development Specialist (m/w/d) einzuladen.

Datum: Donnerstag, 18. Juni 2026
Uhrzeit: 11:00 - 12:30 Uhr
Ort: Alsterbank AG, Neuer Jungfernstieg 17, 20354 Hamburg, Empfang 2. OG

Sie sprechen mit Herrn Ole Brandt (Leiter Learning & Development) und mir. Bitte bereiten Sie eine zehnminütige Präsentation zum Thema "Blended Learning für Filialmitarbeitende" vor; ein Beamer steht zur Verfügung. Reisekosten erstatten wir gemäß unserer Richtlinie.

Die Kalendereinladung erhalten Sie mit dieser E-Mail.

Mit freundlichen Grüßen
Sophie Hinrichsen
HR Business Partner Recruiting
Alsterbank AG
Neuer Jungfernstieg 17, 20354 Hamburg
Telefon +49 40 555 388 20

Alsterbank AG | Sitz Hamburg | Registergericht Hamburg HRB 99817 | Vorstand: Dr. Karin Oltmanns (Vors.), Henrik Wessel | Vorsitzender des Aufsichtsrats: Bernd Tiedemann
"""

_speicher_invite = """Hallo Herr Nakamura-Reid,

nach unserem netten Telefonat möchten wir Sie gern zu einem Probearbeitstag in die Akademie einladen.

Wann: Mittwoch, 15. Juli 2026, 9:00 bis ca. 16:00 Uhr
Wo: Speicherstadt Akademie, Kehrwieder 4, 20457 Hamburg (Eingang über die Brücke, 3. Boden)

Vormittags hospitieren Sie in unserem Führungskräfte-Workshop "Feedback geben", nachmittags gestalten Sie eine 30-minütige Übungseinheit mit unserem Team. Sie können die Einheit auf Englisch halten. Für Mittagessen ist gesorgt, Fahrtkosten übernehmen wir.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Herzliche Grüße aus der Speicherstadt
Frauke Jessen
Leitung Programme & Trainerpool
Speicherstadt Akademie gGmbH
Tel. 040 555 61 09
"""

NORDLICHT_INVITE = """Lieber Herr Nakamura-Reid,

wie gestern am Telefon besprochen, hat die Reederei Kehrwieder großes Interesse an Ihrem Profil und möchte Sie gern kennenlernen.

Termin: Dienstag, 24. Februar, 14:00 Uhr
Format: Microsoft Teams, ca. 60 Minuten
Gesprächspartnerin: Frau Claußen (Leitung Personalentwicklung)

Die Stelle ist die "Trainerin/Trainer Bordpersonal & Führung" - schwerpunktmäßig Schulungen für Offiziere und Crew in Englisch, aber auch einige interne Formate auf Deutsch. Ich schicke Ihnen morgen noch ein kurzes Briefing zur Reederei.

Bitte bestätigen Sie mir den Termin, dann gebe ich ihn an den Kunden weiter.

Beste Grüße
Jürgen Böttcher

Nordlicht Personal GmbH
Personalberatung für HR & Training
Große Elbstraße 145, 22767 Hamburg
Mobil +49 170 5550 418
"""

_fourviere_invite = """Bonjour Monsieur Nakamura-Reid,

Suite à l'examen de votre candidature pour le poste de Chargé de formation / Learning Partner (H/F), nous avons le plaisir de vous convier à notre centre d'évaluation :

Date : mardi 19 mai 2026
Horaires : de 9h00 à 13h00
Lieu : Fourvière Énergies, site de Gerland, 11 allée d'Italie, 69007 Lyon (accueil bâtiment B)

Au programme :
- une mise en situation d'animation de 20 minutes devant un groupe de techniciens ;
- une étude de cas sur un plan de formation annuel ;
- un entretien avec Mme Hélène Marchetti, DRH, et moi-même.

Les échanges peuvent se dérouler en anglais ou en français. Merci de confirmer votre présence en acceptant l'invitation jointe.

Bien cordialement,

Maëlle Girard
Chargée de recrutement
Fourvière Énergies
11 allée d'Italie, 69007 Lyon
+33 4 72 55 31 08
"""

_croix_invite = """Bonjour Monsieur Nakamura-Reid,

Merci pour votre candidature au poste de Formateur consultant. Votre parcours d'enseignant d'EPS nous intéresse beaucoup, en particulier pour nos formations au management de proximité.

Nous vous proposons un entretien le mercredi 17 juin à 10h00, dans nos locaux du 8 rue d'Austerlitz (Lyon 4e, métro Croix-Rousse). Vous rencontrerez Thomas Roux, directeur, et moi-même. Prévoyez environ une heure.

Pourriez-vous me confirmer votre disponibilité ?

Bien à vous,
Camille Berthier
Responsable pédagogique
Croix-Rousse Formation
04 78 55 12 60
"""

_saone_invite = """Bonjour Callum,

Comme évoqué au téléphone la semaine dernière, j'ai présenté votre profil à mon client Saône Logistique pour le poste de Responsable formation (CDI, Vénissieux). Bonne nouvelle : la DRH, Mme Nathalie Faure, souhaite vous rencontrer.

Entretien en visio (Teams) le mardi 3 mars à 10h00, durée 45 minutes environ. Elle vous enverra elle-même le lien dans la journée.

L'échange se fera en français, avec une partie en anglais puisque le groupe a des sites au Royaume-Uni. Je vous appelle lundi soir pour vous préparer.

Bien à vous,
Hugo Lambert
Consultant senior
Talents & Traboules - Cabinet de recrutement
27 rue de la République, 69002 Lyon
06 55 41 27 90
"""

_confluence_invite = """Bonjour Monsieur Nakamura-Reid,

Votre candidature au poste d'ingénieur·e pédagogique (service Formation continue, CDD de 18 mois) a retenu l'attention du jury. Nous vous proposons un entretien en visioconférence le jeudi 10 septembre à 14h00.

Lien Zoom : https://univ-confluence.example.fr/zoom/j/84412290
Durée : 40 minutes, dont 10 minutes de présentation d'un dispositif de formation que vous avez conçu.

Le jury sera composé de la directrice du service Formation continue, d'un enseignant-chercheur en sciences de l'éducation et de moi-même.

Merci de nous confirmer votre participation par retour de mail.

Cordialement,
Sandrine Vidal
Responsable du recrutement - DRH
Université Confluence
"""

_giralda_invite = """Estimado Callum:

En relación con su candidatura al puesto de Técnico de Formación y Desarrollo, nos gustaría invitarle a una entrevista por videoconferencia.

Día: jueves 21 de mayo de 2026
Hora: 11:00 (hora peninsular española)
Plataforma: Microsoft Teams - recibirá el enlace en una convocatoria aparte
Entrevistadores: Marta Sanz (Responsable de Formación) y yo misma

La entrevista será en español y en inglés, y durará unos 45 minutos. Le agradeceríamos que nos confirmara su asistencia respondiendo a este correo.

Un saludo cordial,

Lucía Montero
Selección y Talento
Banco Giralda
Avenida de la Constitución 22, 41004 Sevilla
Tel. +34 954 55 21 90

Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
"""

_triana_invite = """¡Hola Callum!

Soy Pablo, de la Fundación Triana Joven. Hemos leído tu candidatura para el puesto de coordinador de formación del voluntariado y nos ha encantado lo del club de atletismo que montaste en tu colegio.

¿Te vendría bien pasarte el martes 11 de agosto a las 10:30 por la sede (calle Pureza 58, Triana) para tomar un café y charlar sobre el puesto? Estaremos Carmen, nuestra directora, y yo. Nada formal, pero nos gustaría conocerte antes de decidir.

Si te viene mejor por videollamada, también podemos.

Un abrazo,
Pablo Ruiz Carmona
Responsable de Voluntariado
Fundación Triana Joven
+34 655 55 09 12
"""

_santajusta_invite = """Estimado Sr. Nakamura-Reid:

Por encargo del Dr. Álvaro Quintero, Director del Servicio de Formación del Profesorado, le convocamos a la entrevista personal correspondiente al proceso de selección de la plaza de Técnico de Desarrollo Profesional (ref. PAS-2026-07).

Fecha: martes 3 de marzo de 2026
Hora: 10:00
Lugar: Edificio de Servicios Centrales, sala de juntas (2.ª planta), Campus de la Cartuja, Sevilla

La entrevista incluirá una breve exposición (10 minutos) sobre una experiencia formativa que haya diseñado. Adjuntamos la convocatoria en formato de calendario.

Atentamente,

Inmaculada Ortega
Secretaría del Servicio de Formación del Profesorado
Universidad de Santa Justa
Tel. 954 55 77 20
"""

# =================================================================== reschedules / cancellations

_granite_resched = """Dear Callum,

I'm afraid we need to move your panel interview. Alasdair has been asked to lead an incident review offshore next week and won't be back on the beach until the weekend.

New date: Tuesday 1 September 2026, 14:00 - 15:15
Venue: unchanged - Harbour House, 40 Waterloo Quay

Everything else stays the same, including the presentation question. I've sent an updated calendar invitation which should replace the original one in your diary. Apologies for the change, and please let me know if the new time is a problem.

Kind regards,
Shona

Shona Beattie
Talent Acquisition Advisor
Granite Harbour Energy
T: +44 1224 555 880

""" + attribution("en", "Mon, 17 Aug 2026 at 09:05", "Shona Beattie", SHONA[1]) + quote(
    "Dear Callum,\n\nThank you for your application for the Learning & Development Partner "
    "(Operations) role. I'm pleased to invite you to a panel interview:\n\nDate: Thursday 27 "
    "August 2026\nTime: 10:00 - 11:15\n[...]")

_nordsjo_cancel = """Hi Callum,

I'm sorry to do this at short notice: Tor Arne has been taken ill and is off for the rest of the week, so we have to cancel tomorrow's interview at 13:00. The calendar entry has been withdrawn.

I don't want to reschedule without him, so I'll come back to you with a new time as soon as I know when he's back. This is only about the timing - your application is still very much live.

Apologies again,
Ingrid

Ingrid Haugland
Senior Recruiter
Nordsjø Energi AS
Forusbeen 44, 4033 Stavanger
+47 51 55 20 14
"""

_canongate_resched = """Hi Callum,

Your interview for Onboarding & Induction Lead has been rescheduled.

New time: Thursday 30 April 2026, 14:00 - 15:00 (BST)
Previously: Friday 24 April 2026, 10:00 - 11:00
Location: Canongate Bank, 1 Calton Square, Edinburgh EH1 3AD - ask for Eilidh Fraser at reception

Fraser from the hiring team has a clash on the original date, and we're sorry for the change. If the new time doesn't work, reply to this email and we'll find an alternative.

Best,
Eilidh
"""

_pentland_resched = """Dear Callum,

Staff Development Adviser - change of date and room

Owing to a clash with the University Court meeting, we need to move your interview from Tuesday 31 March to Thursday 2 April 2026. The format is unchanged, but the timings and room are different:

11:00  Micro-teaching session (15 minutes)
11:30  Panel interview (45 minutes)
Room: Hillend Building, Room 1.05 (ground floor, next to the library café)

An updated calendar file is attached; please discard the earlier one. I'm sorry for any inconvenience, and do let me know as soon as possible if the new date is not possible for you.

Best wishes,
Niamh

Dr Niamh Calder
Head of Organisational Development
Pentland University
"""

CLYDE_REQUEST = """Dear Ms McBride,

I'm very sorry about this afternoon. I joined the Teams link at 13:55 from the school staffroom, but the council network there blocks Teams and I only got a "we can't connect you" page. By the time I had moved to my phone's data it was after 14:20 and the meeting had ended.

I would be very grateful for the chance to rearrange. I can make any time on 13, 14 or 15 July, in person if that is easier.

Kind regards,
Callum Nakamura-Reid
"""

_clyde_resched = """Dear Mr Nakamura-Reid

Thank you for your email explaining the connection problems on Wednesday - that's understood, and we'd rather see you than lose a good application to a firewall.

We have rearranged your interview for Tuesday 14 July 2026 at 10:30. To avoid the same problem, it will now be in person at the Council Offices, 40 Cadogan Street, Glasgow G2 7HF (4th floor, meeting room 4B). Please report to the main reception 10 minutes early. The presentation topic is unchanged.

A new calendar invitation is attached.

Yours sincerely

Alison McBride
HR Adviser (Recruitment)
Clyde Valley Council
Tel: 0141 496 0200

""" + attribution("en", "Wed, 8 Jul 2026 at 15:10", "Callum Nakamura-Reid", CAND_ADDR) + quote(CLYDE_REQUEST)

_brodie_resched = """Hi Callum,

Slight change of plan: Brodie have asked to push tomorrow's interview back by a week. Gail has been pulled into a client audit all day and doesn't want to rush you.

New time: Tuesday 16 June, 14:00, same place (Howe Moss Drive, Dyce) and same format.

Sorry for the late notice - I know you'd arranged cover at school. Can you let me know you can still make the 16th?

Cheers,
Kirsty

Kirsty Mair | Thistle & Tide Recruitment | 01224 555 0193

""" + attribution("en", "Tue, 2 Jun 2026 at 12:40", "Kirsty Mair", KIRSTY[1]) + quote(_brodie_invite)

_grampian_cancel = """Dear Mr Nakamura-Reid

Assessment centre - Organisational Development Officer - Tuesday 10 February

The Met Office has issued an amber warning for heavy snow across Aberdeen and Aberdeenshire for tomorrow, and the Council has closed non-essential buildings, including Harbourside House. We have therefore cancelled tomorrow's assessment centre.

Please be assured that this is not a decision about your application. All six shortlisted candidates are affected, and we will rearrange the assessment centre as soon as possible. I will contact you by Friday with a new date.

Please stay safe and do not travel.

Yours sincerely

Hazel Cowie
Recruitment Officer
Grampian Coast Council
01224 555 610
"""

_dunnottar_resched = """Hi Callum,

Thanks for confirming Thursday 28 May at 10:00.

Unfortunately Murray has had to take a couple of weeks of unexpected leave for family reasons, so we're putting the interview on hold for now. I'm very sorry, I know you'd booked the morning off.

You are still very much in the running and we'll come back to you with new dates for the week beginning 8 June. I hope that's OK.

Best wishes,
Rachel

Rachel Gow
HR Manager
Dunnottar Distillers
Mains of Dunnottar, Stonehaven AB39 2TL
01569 555 120

Dunnottar Distillers Ltd. Registered in Scotland SC288104. The contents of this e-mail are confidential and intended solely for the addressee.
""" + outlook_block("en", "Callum Nakamura-Reid <callum.nr@example.co.uk>", "19 May 2026 07:12",
                    "Rachel Gow <rachel.gow@dunnottardistillers.example.co.uk>",
                    "RE: Fwd: Training & Skills Lead - interview") + """Hi Rachel,

Thanks very much - Thursday 28 May at 10:00 suits me well. I'll arrange cover for the morning. Looking forward to meeting Murray and seeing the distillery.

Best wishes,
Callum
"""

_sola_resched = """Hi Callum,

Change of plan, in a good way: instead of the Teams call on 22 September, Øystein would like to meet you in person. Could you come to our office at Flyplassvegen 230, Sola, on Tuesday 29 September at 10:00? We'd show you the training simulator hall and then do the interview there, about three hours in total.

We'll book and pay for your flights from Aberdeen and a night at the airport hotel - Sigrid from our travel desk will be in touch. The updated invitation is attached and replaces the Teams meeting.

Best regards,
Marte

Marte Eik
Talent Acquisition
Sola Subsea AS
+47 51 55 64 30
"""

_alster_resched = """Sehr geehrter Herr Nakamura-Reid,

leider müssen wir unser Gespräch am Donnerstag, 18. Juni, verschieben, da Herr Brandt kurzfristig an einer Vorstandssitzung teilnehmen muss.

Wir schlagen Ihnen als neuen Termin Dienstag, 23. Juni 2026, 15:00 - 16:30 Uhr vor. Ort und Ablauf bleiben unverändert. Die aktualisierte Kalendereinladung ersetzt den bisherigen Eintrag.

Bitte entschuldigen Sie die Umstände und geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Sophie Hinrichsen
HR Business Partner Recruiting
Alsterbank AG
Telefon +49 40 555 388 20
"""

_speicher_resched = """Hallo Herr Nakamura-Reid,

leider muss ich Ihren Probearbeitstag am Mittwoch verschieben: Unser Trainer für den Führungskräfte-Workshop ist krank geworden und der Workshop fällt aus. Ohne Workshop macht der Vormittag wenig Sinn.

Neuer Vorschlag: Dienstag, 21. Juli, gleiche Zeiten (9:00 bis ca. 16:00 Uhr), gleicher Ablauf. Würde Ihnen das passen? Falls nicht, schicken Sie mir gern zwei, drei Alternativen in der Woche danach.

Entschuldigen Sie die Planänderung!

Herzliche Grüße
Frauke Jessen
Speicherstadt Akademie
"""

_fourviere_resched = """Bonjour Monsieur Nakamura-Reid,

En raison d'un mouvement social annoncé sur le site de Gerland le 19 mai, nous sommes contraints d'annuler la session du centre d'évaluation prévue ce jour-là. L'annulation de l'invitation est jointe à ce message.

Rassurez-vous, votre candidature reste bien entendu en cours : la session est reportée au mercredi 27 mai, de 9h00 à 13h00, au même endroit. Vous recevrez une nouvelle invitation dans la journée.

Merci de votre compréhension et à bientôt,

Maëlle Girard
Chargée de recrutement
Fourvière Énergies
+33 4 72 55 31 08
"""

_confluence_resched = """Bonjour Monsieur Nakamura-Reid,

Un membre du jury ayant un empêchement le 10 septembre, nous devons reporter votre entretien.

Nouvelle date : mardi 15 septembre 2026 à 14h00, même lien Zoom.

Nous vous prions de nous excuser pour ce changement et vous remercions de nous confirmer que ce nouveau créneau vous convient.

Cordialement,
Sandrine Vidal
Responsable du recrutement - DRH
Université Confluence
"""

_santajusta_resched = """Estimado Sr. Nakamura-Reid:

Le escribimos para comunicarle un cambio de hora en su entrevista del martes 3 de marzo. Debido a la coincidencia con la Junta de Gobierno, la entrevista se celebrará a las 12:30 en lugar de a las 10:00. El lugar no cambia.

Le enviamos la convocatoria actualizada; la anterior queda sin efecto.

Disculpe las molestias.

Atentamente,
Inmaculada Ortega
Secretaría del Servicio de Formación del Profesorado
Universidad de Santa Justa
"""

_triana_resched = """Hola Callum:

Perdona el cambio: Carmen tiene que ir el martes a una reunión con el Ayuntamiento que se ha convocado de un día para otro, y quiere estar sí o sí en la charla contigo. ¿Podemos aplazar el café al jueves 13 a las 10:00, mismo sitio?

Si el jueves no te viene bien, dime qué día te cuadra esa semana y lo movemos.

Un abrazo y gracias por la paciencia,
Pablo
"""

# =================================================================== missed interviews

_caird_missed = """Hi Callum,

I tried calling you twice at 10:00 for our chat and once more at 10:10, but it went straight to voicemail each time. I left a short message.

I hope everything is OK. Could you let me know when would be a good time to try again?

Thanks,
Rhona

Rhona Keiller | Talent Partner | Caird Bank | 01382 604 117
"""

_clyde_missed = """Dear Mr Nakamura-Reid

We were due to meet on Microsoft Teams at 14:00 today for your interview for the post of Workforce Development Officer. The panel waited on Teams from 14:00 until 14:20, but you did not join the meeting, and we were unable to reach you by phone.

If there was a problem, please contact me by 12 noon on Friday 10 July. If I do not hear from you, we will assume that you no longer wish to be considered.

Yours sincerely

Alison McBride
HR Adviser (Recruitment)
Clyde Valley Council
Tel: 0141 496 0200
"""

GIRDLE_MISSED = """Hi Callum,

Just had a call from Shirley at Girdle Ness Marine. She and their operations director waited in reception at Regent Quay from 9:30 for the 9:45 interview and tried the mobile number on your CV, but nothing. They left it at ten past ten.

Can you let me know what happened? If it was a mix-up on our side with the time I'll own that with them.

Kirsty

Kirsty Mair
Senior Consultant - HR & Training
Thistle & Tide Recruitment
Direct: 01224 555 0193
"""

_moray_missed = """Hi Callum,

The Zoom room for your interview has been open since 14:00 and Andrew and I have been waiting, but we haven't seen you come in. Is everything alright?

We'll hang on until 14:30 in case it's a connection issue. After that, drop me a line and we'll see what we can do.

Kenna

Kenna Ross
People Lead, Moray Ledger
Inverness Campus, IV2 5NA
"""

_haymarket_missed = """Hi Callum,

I rang at 9:30 as arranged for our screening call about the People Development Specialist role, and again at 9:40, but both calls went to voicemail.

No problem if something came up at school - let me know if you'd still like to go ahead and I'll see what I can do. I'm in interviews for most of this week, so please reply by Wednesday.

Best,
Jamie

Jamie Sutherland
Senior Talent Partner
Haymarket Pay
18 Haymarket Yards, Edinburgh EH12 5BH
"""

_riverside_missed = """Hi Callum,

I was at the Roastery from 3 till about twenty to four - did I get the wrong day? No bother at all if something came up at school, I know what Thursdays can be like.

Give me a shout and we'll find another time.

Hamish
"""

_nordlicht_missed = """Sehr geehrter Herr Nakamura-Reid,

wir waren heute um 16:00 Uhr zu einem kurzen Telefongespräch verabredet, um Ihre Wechselmotivation und Ihre Vorstellungen zu besprechen. Ich habe Sie zweimal unter der angegebenen Nummer (+44 7700 900233) angerufen, Sie aber leider nicht erreicht.

Vielleicht hat es mit der Zeitverschiebung nicht gepasst? Bitte melden Sie sich, wenn Sie weiterhin Interesse an einer Zusammenarbeit haben; dann vereinbaren wir gern einen neuen Termin.

Mit freundlichen Grüßen
Jürgen Böttcher

Nordlicht Personal GmbH
Personalberatung für HR & Training
Große Elbstraße 145, 22767 Hamburg
Tel. +49 40 555 902 11
"""

SAONE_MISSED = """Bonjour Callum,

Le client m'informe que Mme Faure vous a attendu hier à 10h sur la visio prévue, sans nouvelles de votre part. Elle est restée connectée un quart d'heure.

Pouvez-vous me dire ce qu'il s'est passé ? Je dois lui faire un retour aujourd'hui.

Hugo
"""

_rhone_missed = """Bonjour Monsieur Nakamura-Reid,

Nous avions rendez-vous ce matin à 9h30 pour un entretien téléphonique concernant votre candidature au poste de Chargé de développement des compétences. J'ai essayé de vous joindre à deux reprises, à 9h30 puis à 9h40, sans succès, et je vous ai laissé un message vocal.

Je vous remercie de me recontacter si vous souhaitez convenir d'un nouveau créneau.

Cordialement,

Claire Dumas
Chargée de recrutement
Banque Rhône-Saône
12 quai Saint-Antoine, 69002 Lyon
04 72 55 80 16
"""

_giralda_missed = """Estimado Callum:

Le hemos estado esperando en la reunión de Teams desde las 11:00 para la entrevista del puesto de Técnico de Formación y Desarrollo, pero no se ha conectado. También hemos intentado llamarle al móvil, sin respuesta.

Si ha tenido algún problema, le rogamos que nos lo indique lo antes posible respondiendo a este correo.

Un saludo,
Lucía Montero
Selección y Talento
Banco Giralda
"""


MESSAGES = [
    # ------------------------------------------------------------ invitations (26)
    M(INV, "panel_with_calendar_granite", "en", "Granite Harbour Energy", SHONA[1], SHONA,
      "Interview invitation \u2013 Learning & Development Partner (Operations)",
      "2026-08-17 09:05 uk", text=_granite_invite, html=outlook_html(_granite_invite),
      cte="quoted-printable", key="granite_invite",
      attach=[ics("REQUEST", "GHE-7731-panel@graniteharbour.example.co.uk",
                  "2026-08-27 10:00", "2026-08-27 11:15",
                  "Panel interview - L&D Partner (Operations) - Callum Nakamura-Reid",
                  "Harbour House, 40 Waterloo Quay, Aberdeen", SHONA)]),
    M(INV, "phone_screen_ask_caird", "en", "Caird Bank", RHONA[1], RHONA,
      "Learning Designer - quick call?", "2026-02-10 16:12 uk",
      text=_caird_invite, key="caird_invite", reply="caird_ack"),
    M(INV, "lever_scheduling_link_nordsjo", "en", "Nordsjø Energi", INGRID[1],
      ("Ingrid Haugland", "no-reply@hire.lever.co"),
      "Schedule your interview with Nordsjø Energi", "2026-01-21 11:30 cet",
      text=_nordsjo_invite, html=simple_html(_nordsjo_invite), cte="quoted-printable",
      reply_to=INGRID, key="nordsjo_invite", reply="nordsjo_ack", subj_enc=("iso-8859-1", "B")),
    M(INV, "agency_sets_up_client_brodie", "en", "Brodie Subsea", KIRSTY[1], KIRSTY,
      "Interview with Brodie Subsea - Tues 9th June", "2026-06-02 12:40 uk",
      text=_brodie_invite, key="brodie_invite", reply="<CAKx7Rp9aa01Bq@mail.example.co.uk>"),
    M(INV, "greenhouse_via_self_schedule_canongate", "en", "Canongate Bank", EILIDH[1],
      ("Eilidh Fraser via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview availability: Onboarding & Induction Lead at Canongate Bank",
      "2026-04-13 10:02 uk", text=_canongate_invite,
      html=ats_card("Canongate Bank", "Choose your interview time", _canongate_invite,
                    "Sent by Greenhouse on behalf of Canongate Bank.", accent="#173f5f",
                    button=("Select a time", "https://app.greenhouse.io/scheduling/canongatebank/7c2a91/select")),
      reply_to=EILIDH, key="canongate_invite"),
    M(INV, "trial_session_and_panel_pentland", "en", "Pentland University", NIAMH[1], NIAMH,
      "Invitation to interview: Staff Development Adviser (PU-2026-0142)", "2026-03-16 14:25 uk",
      text=_pentland_invite, key="pentland_invite", reply="pentland_ack",
      attach=[ics("REQUEST", "pu-0142-cnr@pentland-uni.example.ac.uk", "2026-03-31 10:00",
                  "2026-03-31 11:15", "Interview: Staff Development Adviser",
                  "Swanston Campus, Hillend Building, Room 2.14", NIAMH, inline=False,
                  filename="Interview_PU-2026-0142.ics")]),
    M(INV, "assessment_centre_grampian", "en", "Grampian Coast Council", HAZEL[1], HAZEL,
      "Assessment centre invitation - Organisational Development Officer", "2026-01-26 11:40 uk",
      text=_grampian_invite, key="grampian_invite",
      attach=[pdf("Joining_instructions_GCC-OD-26-03.pdf", [
          "Grampian Coast Council - Assessment Centre Joining Instructions",
          "Post: Organisational Development Officer (GCC/OD/26/03)",
          "Date: Tuesday 10 February 2026, 09:00 - 15:30",
          "Venue: Harbourside House, 2 Mearns Street, Aberdeen AB11 5AT",
          "Please bring: photo ID, proof of right to work, two referee contacts",
          "Travel: standard class rail or 45p per mile, claim form on the day",
      ])]),
    M(INV, "casual_free_thursday_riverside", "en", "Riverside Learning", HAMISH[1], HAMISH,
      "Coffee and a chat about a job?", "2026-10-01 21:14 uk",
      text=_riverside_invite, key="riverside_invite"),
    M(INV, "teams_with_calendar_council", "en", "Clyde Valley Council", ALISON[1], ALISON,
      "Invitation to interview - Workforce Development Officer - Ref CVC/HR/0611",
      "2026-06-29 10:31 uk", text=_clyde_invite, html=outlook_html(_clyde_invite),
      cte="quoted-printable", key="clyde_invite", reply="clyde_ack",
      attach=[ics("REQUEST", "040000008200E00074C5B7101A82E008000000009C1F@clydevalley",
                  "2026-07-08 14:00", "2026-07-08 14:45",
                  "Interview - Workforce Development Officer (CVC/HR/0611)",
                  "Microsoft Teams Meeting", ALISON)]),
    M(INV, "workday_schedule_task_bressay", "en", "Bressay Power", "",
      ("Bressay Power", "bressaypower@myworkday.com"),
      "Action required: schedule your interview for Learning Specialist", "2026-10-12 15:22 +0000",
      html=_bressay_html, html_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(INV, "recorded_video_interview_kelvin", "en", "Kelvin Mutual",
      "gregor.baillie@kelvinmutual.example.co.uk",
      ("Gregor Baillie", "gregor.baillie@kelvinmutual.example.co.uk"),
      "Recorded interview - L&D Advisor", "2026-01-19 12:07 uk",
      text=_kelvin_invite, key="kelvin_invite"),
    M(INV, "final_stage_bonaccord", "en", "Bon Accord University",
      "f.ritchie@bonaccord-uni.example.ac.uk",
      ("Fiona Ritchie", "f.ritchie@bonaccord-uni.example.ac.uk"),
      "Final stage - Sports & Wellbeing Development Lead", "2026-09-25 13:58 uk",
      text=_bonaccord_invite, cc=[("Struan Ogilvie", "s.ogilvie@bonaccord-uni.example.ac.uk")],
      key="bonaccord_invite", reply="bonaccord_ack"),
    M(INV, "ashby_booking_link_moray_ledger", "en", "Moray Ledger", KENNA[1],
      ("Moray Ledger", "no-reply@ashbyhq.com"),
      "Book your interview with Moray Ledger", "2026-04-01 09:44 uk",
      text=_moray_invite, html=simple_html(_moray_invite), reply_to=KENNA,
      key="moray_invite", reply="moray_ack"),
    M(INV, "teamtailor_teams_sola", "en", "Sola Subsea", MARTE[1],
      ("Sola Subsea", "notifications@teamtailor-mail.com"),
      "Interview invitation - Learning Partner", "2026-09-14 10:10 cet",
      text=_sola_invite, html=simple_html(_sola_invite), cte="quoted-printable",
      reply_to=MARTE, key="sola_invite",
      attach=[ics("REQUEST", "tt-interview-55120@teamtailor-mail.com", "2026-09-22 10:00",
                  "2026-09-22 10:45", "Interview: Learning Partner (Sola Subsea)",
                  "Microsoft Teams", MARTE, zone="cet")]),
    M(INV, "forwarded_hiring_manager_times_dunnottar", "en", "Dunnottar Distillers", RACHEL[1],
      RACHEL, "Fwd: Training & Skills Lead - interview", "2026-05-18 10:20 uk",
      text=_dunnottar_invite, key="dunnottar_invite"),
    M(INV, "einladung_teams_elbwind", "de", "Elbwind Energie", JANNE[1], JANNE,
      "Einladung zum Kennenlernen \u2013 Referent Personalentwicklung (m/w/d)",
      "2026-03-18 15:47 cet", text=_elbwind_invite, html=outlook_html(_elbwind_invite, "DE"),
      cte="quoted-printable", key="elbwind_invite", reply="elbwind_ack"),
    M(INV, "einladung_vor_ort_kalender_alsterbank", "de", "Alsterbank", SOPHIE[1], SOPHIE,
      "Einladung zum Vorstellungsgespräch am 18.06.2026", "2026-06-10 10:15 cet",
      text=_alster_invite, html=outlook_html(_alster_invite, "DE"), cte="quoted-printable",
      key="alster_invite", reply="alster_ack",
      attach=[ics("REQUEST", "alster-2026-0618-cnr@alsterbank.example.de", "2026-06-18 11:00",
                  "2026-06-18 12:30", "Vorstellungsgespräch L&D Specialist - Nakamura-Reid",
                  "Alsterbank AG, Neuer Jungfernstieg 17, Hamburg", SOPHIE, zone="cet",
                  cte="quoted-printable")]),
    M(INV, "einladung_probetag_speicherstadt", "de", "Speicherstadt Akademie", FRAUKE[1], FRAUKE,
      "Einladung zum Probearbeitstag", "2026-07-06 13:33 cet",
      text=_speicher_invite, charset="iso-8859-1", cte="8bit", key="speicher_invite"),
    M(INV, "einladung_agentur_kunde_reederei", "de", "Reederei Kehrwieder", JUERGEN[1], JUERGEN,
      "Vorstellungsgespräch Reederei Kehrwieder", "2026-02-16 11:05 cet",
      text=NORDLICHT_INVITE, cte="quoted-printable", name_enc=("iso-8859-1", "B"),
      key="nordlicht_invite", reply="nordlicht_missed"),
    M(INV, "convocation_centre_evaluation_fourviere", "fr", "Fourvière Énergies", MAELLE[1],
      MAELLE, "Convocation \u2013 centre d'évaluation du 19 mai", "2026-05-04 14:02 cet",
      text=_fourviere_invite, html=simple_html(_fourviere_invite, "fr"), cte="quoted-printable",
      name_enc=("utf-8", "Q"), key="fourviere_invite", reply="fourviere_ack",
      attach=[ics("REQUEST", "fe-ce-20260519-cnr@fourviere-energies.example.fr",
                  "2026-05-19 09:00", "2026-05-19 13:00",
                  "Centre d'évaluation - Chargé de formation", "Site de Gerland, 11 allée d'Italie, Lyon",
                  MAELLE, zone="cet", cte="base64")]),
    M(INV, "entretien_locaux_croix_rousse", "fr", "Croix-Rousse Formation", CAMILLE[1], CAMILLE,
      "Votre candidature - proposition d'entretien", "2026-06-08 09:37 cet",
      text=_croix_invite, cte="quoted-printable", key="croix_invite"),
    M(INV, "entretien_client_par_cabinet_saone", "fr", "Saône Logistique", HUGO[1], HUGO,
      "Entretien Saône Logistique", "2026-02-18 17:55 cet",
      text=_saone_invite, cte="quoted-printable", key="saone_invite", reply="traboules_ack"),
    M(INV, "entretien_visio_confluence", "fr", "Université Confluence", SANDRINE[1], SANDRINE,
      "Convocation à un entretien \u2013 ingénieur·e pédagogique", "2026-09-02 11:26 cet",
      text=_confluence_invite, html=simple_html(_confluence_invite, "fr"), cte="quoted-printable",
      subj_enc=("utf-8", "B"), key="confluence_invite"),
    M(INV, "entrevista_teams_giralda", "es", "Banco Giralda", LUCIA[1], LUCIA,
      "Entrevista - Técnico de Formación y Desarrollo", "2026-05-14 12:48 cet",
      text=_giralda_invite, html=outlook_html(_giralda_invite, "ES"), cte="quoted-printable",
      name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q"), key="giralda_invite",
      reply="giralda_ack"),
    M(INV, "cafe_informal_triana", "es", "Fundación Triana Joven", PABLO[1], PABLO,
      "¿Un café el martes?", "2026-08-05 19:21 cet",
      text=_triana_invite, cte="8bit", key="triana_invite"),
    M(INV, "convocatoria_calendario_santa_justa", "es", "Universidad de Santa Justa", INMA[1], INMA,
      "Convocatoria de entrevista - plaza PAS-2026-07", "2026-02-20 10:03 cet",
      text=_santajusta_invite, cte="quoted-printable", key="santajusta_invite",
      attach=[ics("REQUEST", "usj-pas-2026-07-ent-04@usjusta.example.es", "2026-03-03 10:00",
                  "2026-03-03 11:00", "Entrevista plaza PAS-2026-07",
                  "Edificio de Servicios Centrales, sala de juntas", INMA, zone="cet",
                  inline=False, filename="convocatoria.ics")]),
    # ------------------------------------------------------------ reschedules / cancellations (15)
    M(RES, "panel_moved_sequence_granite", "en", "Granite Harbour Energy", SHONA[1], SHONA,
      "Updated: interview moved to Tuesday 1 September", "2026-08-21 15:44 uk",
      text=_granite_resched, key="granite_resched", reply="granite_invite",
      attach=[ics("REQUEST", "GHE-7731-panel@graniteharbour.example.co.uk", "2026-09-01 14:00",
                  "2026-09-01 15:15",
                  "Panel interview - L&D Partner (Operations) - Callum Nakamura-Reid",
                  "Harbour House, 40 Waterloo Quay, Aberdeen", SHONA, seq=1)]),
    M(RES, "interviewer_ill_cancel_nordsjo", "en", "Nordsjø Energi", INGRID[1], INGRID,
      "Cancelled: Interview - Competence & Training Advisor", "2026-01-28 16:03 cet",
      text=_nordsjo_cancel, key="nordsjo_cancel", reply="nordsjo_invite",
      attach=[ics("CANCEL", "lever-iv-3f9a21@hire.lever.co", "2026-01-29 13:00",
                  "2026-01-29 13:45", "Interview: Callum Nakamura-Reid / Nordsjø Energi",
                  "Microsoft Teams", INGRID, seq=1, zone="cet")]),
    M(RES, "greenhouse_new_slot_canongate", "en", "Canongate Bank", EILIDH[1],
      ("Eilidh Fraser via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Rescheduled: Onboarding & Induction Lead interview at Canongate Bank",
      "2026-04-16 16:30 uk", text=_canongate_resched, reply_to=EILIDH, key="canongate_resched",
      reply="canongate_invite"),
    M(RES, "date_and_room_change_pentland", "en", "Pentland University", NIAMH[1], NIAMH,
      "Staff Development Adviser - change of interview date", "2026-03-24 12:10 uk",
      text=_pentland_resched, key="pentland_resched", reply="pentland_invite",
      attach=[ics("REQUEST", "pu-0142-cnr@pentland-uni.example.ac.uk", "2026-04-02 11:00",
                  "2026-04-02 12:15", "Interview: Staff Development Adviser (rescheduled)",
                  "Swanston Campus, Hillend Building, Room 1.05", NIAMH, seq=1, inline=False,
                  filename="Interview_PU-2026-0142_updated.ics")]),
    M(RES, "rearranged_after_teams_failure_council", "en", "Clyde Valley Council", ALISON[1],
      ALISON, "RE: Interview this afternoon - Workforce Development Officer",
      "2026-07-10 09:18 uk", text=_clyde_resched, html=outlook_html(_clyde_resched),
      cte="quoted-printable", key="clyde_resched", reply="clyde_resched_req",
      attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A2D4@clydevalley",
                  "2026-07-14 10:30", "2026-07-14 11:15",
                  "Interview (in person) - Workforce Development Officer",
                  "Council Offices, 40 Cadogan Street, Glasgow, room 4B", ALISON)]),
    M(RES, "client_postponed_via_agency_brodie", "en", "Brodie Subsea", KIRSTY[1], KIRSTY,
      "Re: Interview with Brodie Subsea - Tues 9th June", "2026-06-08 17:26 uk",
      text=_brodie_resched, key="brodie_resched", reply="brodie_invite"),
    M(RES, "snow_cancelled_assessment_grampian", "en", "Grampian Coast Council", HAZEL[1], HAZEL,
      "CANCELLED - assessment centre Tuesday 10 February", "2026-02-09 13:05 uk",
      text=_grampian_cancel, key="grampian_cancel", reply="grampian_invite"),
    M(RES, "manager_leave_on_hold_dunnottar", "en", "Dunnottar Distillers", RACHEL[1], RACHEL,
      "RE: Fwd: Training & Skills Lead - interview", "2026-05-22 11:47 uk",
      text=_dunnottar_resched, html=outlook_html(_dunnottar_resched), charset="windows-1252",
      cte="quoted-printable", key="dunnottar_resched", reply="<291.dunnottar.ok.0c2f@example.co.uk>",
      refs=["dunnottar_invite"]),
    M(RES, "teams_to_onsite_update_sola", "en", "Sola Subsea", MARTE[1], MARTE,
      "Updated invitation: Learning Partner interview, now in Sola", "2026-09-18 09:55 cet",
      text=_sola_resched, cte="quoted-printable", key="sola_resched", reply="sola_invite",
      attach=[ics("REQUEST", "tt-interview-55120@teamtailor-mail.com", "2026-09-29 10:00",
                  "2026-09-29 13:00", "Interview: Learning Partner (Sola Subsea) - on site",
                  "Sola Subsea, Flyplassvegen 230, Sola", MARTE, seq=1, zone="cet")]),
    M(RES, "verschiebung_kalender_alsterbank", "de", "Alsterbank", SOPHIE[1], SOPHIE,
      "Terminänderung: Vorstellungsgespräch jetzt am 23.06.2026", "2026-06-15 08:58 cet",
      text=_alster_resched, cte="quoted-printable", subj_enc=("iso-8859-1", "B"),
      key="alster_resched", reply="alster_invite",
      attach=[ics("REQUEST", "alster-2026-0618-cnr@alsterbank.example.de", "2026-06-23 15:00",
                  "2026-06-23 16:30", "Vorstellungsgespräch L&D Specialist - Nakamura-Reid",
                  "Alsterbank AG, Neuer Jungfernstieg 17, Hamburg", SOPHIE, seq=1, zone="cet",
                  cte="quoted-printable")]),
    M(RES, "probetag_verschoben_speicherstadt", "de", "Speicherstadt Akademie", FRAUKE[1], FRAUKE,
      "Re: Einladung zum Probearbeitstag", "2026-07-13 08:20 cet",
      text=_speicher_resched, cte="quoted-printable", key="speicher_resched",
      reply="<291.speicher.zusage.e41a@example.co.uk>", refs=["speicher_invite"]),
    M(RES, "annulation_ics_report_fourviere", "fr", "Fourvière Énergies", MAELLE[1], MAELLE,
      "Annulation : centre d'évaluation du 19 mai \u2013 report au 27 mai", "2026-05-12 17:40 cet",
      text=_fourviere_resched, cte="quoted-printable", name_enc=("utf-8", "Q"),
      key="fourviere_resched", reply="fourviere_invite",
      attach=[ics("CANCEL", "fe-ce-20260519-cnr@fourviere-energies.example.fr",
                  "2026-05-19 09:00", "2026-05-19 13:00",
                  "Centre d'évaluation - Chargé de formation",
                  "Site de Gerland, 11 allée d'Italie, Lyon", MAELLE, seq=1, zone="cet",
                  inline=False, filename="annulation.ics", cte="base64")]),
    M(RES, "entretien_reporte_confluence", "fr", "Université Confluence", SANDRINE[1], SANDRINE,
      "Report de votre entretien du 10 septembre", "2026-09-08 15:02 cet",
      text=_confluence_resched, cte="quoted-printable", key="confluence_resched",
      reply="confluence_invite"),
    M(RES, "cambio_hora_calendario_santa_justa", "es", "Universidad de Santa Justa", INMA[1], INMA,
      "Cambio de hora - entrevista 3 de marzo", "2026-02-25 09:31 cet",
      text=_santajusta_resched, cte="quoted-printable", key="santajusta_resched",
      reply="santajusta_invite",
      attach=[ics("REQUEST", "usj-pas-2026-07-ent-04@usjusta.example.es", "2026-03-03 12:30",
                  "2026-03-03 13:30", "Entrevista plaza PAS-2026-07 (nueva hora)",
                  "Edificio de Servicios Centrales, sala de juntas", INMA, seq=1, zone="cet",
                  inline=False, filename="convocatoria_actualizada.ics")]),
    M(RES, "aplazamos_cafe_triana", "es", "Fundación Triana Joven", PABLO[1], PABLO,
      "Re: ¿Un café el martes?", "2026-08-10 08:47 cet",
      text=_triana_resched, cte="quoted-printable", subj_enc=("utf-8", "B"),
      key="triana_resched", reply="<291.triana.si.9be3@example.co.uk>", refs=["triana_invite"]),
    # ------------------------------------------------------------ missed interviews (10)
    M(MIS, "tried_calling_twice_caird", "en", "Caird Bank", RHONA[1], RHONA,
      "Our call this morning", "2026-02-12 10:24 uk",
      text=_caird_missed, key="caird_missed", reply="caird_invite"),
    M(MIS, "waited_on_teams_council", "en", "Clyde Valley Council", ALISON[1], ALISON,
      "Interview this afternoon - Workforce Development Officer", "2026-07-08 14:31 uk",
      text=_clyde_missed, html=outlook_html(_clyde_missed), cte="quoted-printable",
      key="clyde_missed", reply="clyde_invite"),
    M(MIS, "client_waited_in_reception_girdle", "en", "Girdle Ness Marine", KIRSTY[1], KIRSTY,
      "Girdle Ness Marine - this morning", "2026-04-15 10:31 uk",
      text=GIRDLE_MISSED, key="girdle_missed", reply="<CAKx7Rp2m9q1Wd@mail.example.co.uk>"),
    M(MIS, "zoom_no_join_moray_ledger", "en", "Moray Ledger", KENNA[1], KENNA,
      "Are you joining?", "2026-04-08 14:12 uk",
      text=_moray_missed, key="moray_missed", reply="moray_invite"),
    M(MIS, "screening_call_voicemail_haymarket", "en", "Haymarket Pay", "jamie.s@haymarketpay.example.com",
      ("Jamie Sutherland", "jamie.s@haymarketpay.example.com"),
      "Missed you this morning", "2026-07-20 09:52 uk",
      text=_haymarket_missed, html=simple_html(_haymarket_missed), cte="quoted-printable"),
    M(MIS, "cafe_no_show_riverside", "en", "Riverside Learning", HAMISH[1], HAMISH,
      "Re: Coffee and a chat about a job?", "2026-10-08 15:47 uk",
      text=_riverside_missed, key="riverside_missed", reply="riverside_invite"),
    M(MIS, "telefontermin_nicht_erreicht_nordlicht", "de", "Nordlicht Personal", JUERGEN[1],
      JUERGEN, "Unser Telefontermin heute um 16 Uhr", "2026-01-27 16:26 cet",
      text=_nordlicht_missed, cte="quoted-printable", name_enc=("utf-8", "B"),
      key="nordlicht_missed"),
    M(MIS, "client_attendu_en_visio_saone", "fr", "Saône Logistique", HUGO[1], HUGO,
      "Entretien Saône Logistique d'hier", "2026-03-04 09:12 cet",
      text=SAONE_MISSED, cte="quoted-printable", key="saone_missed", reply="saone_invite"),
    M(MIS, "deux_appels_sans_reponse_banque_rhone", "fr", "Banque Rhône-Saône",
      "claire.dumas@banque-rhone-saone.example.fr",
      ("Claire Dumas", "claire.dumas@banque-rhone-saone.example.fr"),
      "Notre entretien téléphonique de ce matin", "2026-01-26 09:58 cet",
      text=_rhone_missed, html=simple_html(_rhone_missed, "fr"), cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q")),
    M(MIS, "no_se_conecto_teams_giralda", "es", "Banco Giralda", LUCIA[1], LUCIA,
      "Entrevista 21 de mayo", "2026-05-21 11:24 cet",
      text=_giralda_missed, cte="base64", name_enc=("iso-8859-1", "Q"),
      key="giralda_missed", reply="giralda_invite"),
]
