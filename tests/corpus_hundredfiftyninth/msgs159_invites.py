"""Corpus 159: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs159_common import CAND, M, ats_card, outlook, paras, reply, word_html

I = "interview_invitation"
R = "interview_reschedule_or_cancel"
X = "missed_interview_notice"

TAFF = ("Owain Jenkins", "owain.jenkins@taffmetro.example.co.uk")
SEVERN = ("Tomos Griffiths", "tomos.griffiths@severnlink.example.co.uk")
TRC = ("Claire Mercier", "claire.mercier@trc-lyon.example.fr")
NERVION = ("Itziar Etxeberria", "itziar.etxeberria@nervion.example.es")

TAFF_INVITE = """Hi Rhiannon,

Thanks for applying for the Scheduling Analyst post. We'd like to invite you to a panel interview at our Sloper Road depot.

When: Thursday 12 March 2026, 10:00-11:00
Where: Taff Metro Buses, Sloper Road, Cardiff CF11 8TB (ask for me at reception)
Panel: me, Nia Rees (Head of Service Planning) and Gareth Lloyd (Depot Manager)

We'll ask you to talk us through how you'd rebuild the Saturday schedule for route 61 after a frequency change - no slides needed, a pen and paper is fine. I've attached a calendar invite; please accept it so we know you're coming.

Diolch,
Owain Jenkins
Recruitment Partner | Taff Metro Buses
Sloper Road, Cardiff CF11 8TB | 029 2055 7100"""

MESSAGES = [
    # ================================================================ invitations (26)
    M(I, "taff_panel_ics", "en", "Taff Metro Buses", TAFF[1], TAFF,
      "Interview invitation - Scheduling Analyst", "2026-02-24 11:15", TAFF_INVITE,
      fmt="alt", key="taff_inv", parent="taff_ack",
      ics={"uid": "taff-sched-analyst-rpo@taffmetro.example.co.uk", "seq": 0,
           "start": "20260312T100000", "end": "20260312T110000",
           "summary": "Interview: Scheduling Analyst - Rhiannon Pryce-Okoro",
           "location": "Taff Metro Buses, Sloper Road, Cardiff"}),

    M(I, "greenhouse_scheduling_link", "en", "Severn Link Rail", SEVERN[1],
      ("Tomos Griffiths via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Invitation to interview: Timetable Development Planner", "2026-05-28 09:30",
      """Hi Rhiannon,

Good news - the hiring team would like to meet you for the Timetable Development Planner role.

The interview is a 45-minute video call on Microsoft Teams with Alun Price (Timetable Development Manager) and me. Please choose a slot that suits you using the link below:

https://app.greenhouse.io/scheduling/select/8b1f4c2e-severnlink

Once you've picked a time you'll get a calendar confirmation with the Teams link.

Thanks,
Tomos Griffiths
Talent Partner, Severn Link Rail""",
      reply_to=SEVERN, fmt="alt", key="severn_inv"),

    M(I, "phone_screen_recruiter", "en", "Kestrel Freight", "lucy.morgan@kestrelfreight.example.co.uk",
      ("Lucy Morgan", "lucy.morgan@kestrelfreight.example.co.uk"),
      "Quick call about the Transport Planner role?", "2026-01-20 14:02",
      """Hi Rhiannon,

I'm the in-house recruiter at Kestrel Freight. I've read your application for our Avonmouth Transport Planner vacancy and would love to have a 20-minute phone screen before I pass you to the hiring manager.

Would Wednesday 21st or Friday 23rd January, any time between 1 and 4pm, work for you? I'll ring you on the mobile number on your CV.

Thanks,
Lucy Morgan
Talent Acquisition Partner
Kestrel Freight | Avonmouth Way, Bristol BS11 9YA | 0117 496 0450"""),

    M(I, "casual_thursday_chat", "en", "Cardiff Bay Ferries", "huw@cardiffbayferries.example.co.uk",
      ("Huw Bevan", "huw@cardiffbayferries.example.co.uk"),
      "coffee thursday?", "2026-02-09 21:37",
      """Hi Rhiannon,

Saw your note about the rota planner vacancy - are you free Thursday to chat? I'm at the Mermaid Quay office all afternoon. Nothing formal, just a coffee and a look at how we build the crew rotas, and if it clicks we'll take it from there.

Say 3pm?

Huw
Cardiff Bay Ferries"""),

    M(I, "assessment_centre_council", "en", "Bristol City Transport Authority", "",
      ("BCTA Recruitment", "no-reply@bcta.example.gov.uk"),
      "Assessment centre invitation - Network Planning Trainee", "2026-03-03 10:00",
      """Dear Rhiannon Pryce-Okoro,

Network Planning Trainee (ref. BCTA/26/114)

We are pleased to invite you to our assessment centre, which will take place on Tuesday 24 March 2026 from 09:00 to 15:30 at City Hall, College Green, Bristol BS1 5TR.

The day includes a group exercise, a timetabling in-tray exercise and a competency-based interview. Lunch is provided. Please bring photo ID and your National Insurance number.

Confirm your attendance by following the link in your candidate portal: https://jobs.bcta.example.gov.uk/portal

This mailbox is not monitored. For questions please use the contact form in the portal.

BCTA Recruitment Team""",
      fmt="html", html=word_html(paras("""Dear Rhiannon Pryce-Okoro,

Network Planning Trainee (ref. BCTA/26/114)

We are pleased to invite you to our assessment centre, which will take place on Tuesday 24 March 2026 from 09:00 to 15:30 at City Hall, College Green, Bristol BS1 5TR.

The day includes a group exercise, a timetabling in-tray exercise and a competency-based interview. Lunch is provided. Please bring photo ID and your National Insurance number.

Confirm your attendance by following the link in your candidate portal: https://jobs.bcta.example.gov.uk/portal

This mailbox is not monitored. For questions please use the contact form in the portal.

BCTA Recruitment Team"""))),

    M(I, "agency_client_interview", "en", "Irwell Network Planning", "priya.shah@northernmovers.example.co.uk",
      ("Priya Shah", "priya.shah@northernmovers.example.co.uk"),
      "Interview confirmed - Irwell Network Planning, Tuesday", "2026-03-26 17:20",
      """Hi Rhiannon,

Great news - Irwell Network Planning loved your CV and want to meet you for the Bus Network Planner role!

I've booked you in for Tuesday 31 March at 14:00 at their office: 4th Floor, 1 Spinningfields, Manchester M3 3EB. You'll meet Rob Ashworth (Associate Director) and Fiona Lee (Senior Planner). It's about an hour, competency questions plus a chat about the Bee Network franchising work.

I'll give you a ring tomorrow to prep. Train times from Cardiff are on me if you keep the tickets.

Priya

Priya Shah | Senior Consultant, Transport & Infrastructure
Northern Movers Recruitment | 3 Piccadilly Place, Manchester M1 3BN
Mobile: 07700 900 318""", key="irwell_inv"),

    M(I, "liffey_panel_invite", "en", "Liffey Transit Authority", "orla.kavanagh@liffeytransit.example.ie",
      ("Orla Kavanagh", "orla.kavanagh@liffeytransit.example.ie"),
      "Network Planner - competition 2026/07 - invitation to interview", "2026-03-27 12:00",
      """Dear Rhiannon,

Further to your application for the post of Network Planner (competition 2026/07), I am pleased to let you know that you have been shortlisted for interview.

Your interview will take place on Thursday 9 April 2026 at 14:30 in our offices at Amiens Street, Dublin 1, before a panel of three. It will last approximately 50 minutes and will include a 10-minute presentation on "Improving evening connectivity between suburban routes".

Please confirm by return whether you can attend. If you need any reasonable accommodation, let me know.

Kind regards,
Orla Kavanagh
HR Business Partner
Liffey Transit Authority | Dublin 1 | +353 1 555 0142

Tá an ríomhphost seo faoi rún. This email is confidential.""",
      fmt="alt", key="liffey_inv", zone="ist",
      ics={"uid": "lta-2026-07-rpo@liffeytransit.example.ie", "start": "20260409T143000",
           "end": "20260409T152000", "tzid": "Europe/Dublin",
           "summary": "Interview - Network Planner (2026/07)", "location": "Amiens Street, Dublin 1"}),

    M(I, "teams_invite_consultancy", "en", "Arden Mobility Partners", "hannah.clarke@ardenmobility.example.co.uk",
      ("Hannah Clarke", "hannah.clarke@ardenmobility.example.co.uk"),
      "Invitation: Arden Mobility - first interview (Rhiannon Pryce-Okoro)", "2026-04-01 15:10",
      """Dear Rhiannon,

Thank you for your application for Transport Planner (Bus Services). We'd like to invite you to a first interview via Microsoft Teams on Wednesday 8 April at 11:00.

The calendar invitation with the joining link is attached. The interview is with James Whitfield, Principal Consultant, and will last around 40 minutes.

Best regards,
Hannah Clarke
Resourcing Coordinator, Arden Mobility Partners
Temple Quay House, Bristol BS1 6DZ

________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.example.com/l/meetup-join/arden-20260408
Meeting ID: 381 922 004 117  Passcode: x7Qm2p""",
      fmt="alt", cte="quoted-printable", key="arden_inv",
      ics={"uid": "arden-tp-bus-rpo-0408@ardenmobility.example.co.uk", "start": "20260408T110000",
           "end": "20260408T114000", "summary": "Arden Mobility - first interview (Rhiannon Pryce-Okoro)",
           "location": "Microsoft Teams Meeting", "inline": False}),

    M(I, "amsterdam_video", "en", "Grachten Logistics", "sanne.devries@grachten.example.nl",
      ("Sanne de Vries", "sanne.devries@grachten.example.nl"),
      "Interview for Route Planner (English-speaking team)", "2026-04-15 10:40",
      """Hi Rhiannon,

Thank you for applying to our Route Planner opening in the English-speaking planning team. I'd like to invite you to a video interview with our Planning Lead, Mark Jansen.

Could you let me know which of these works?
- Monday 20 April, 13:00 CEST
- Tuesday 21 April, 09:30 CEST
- Wednesday 22 April, 16:00 CEST

We'll use Google Meet; I'll send the link once we've agreed a time.

Met vriendelijke groet / kind regards,
Sanne de Vries
Recruiter | Grachten Logistics B.V.
Westerdoksdijk 40, 1013 AE Amsterdam | +31 20 555 0193""", zone="cet"),

    M(I, "trial_shift_control", "en", "Rhondda Valley Buses", "gareth.t@rhonddabuses.example.co.uk",
      ("Gareth Thomas", "gareth.t@rhonddabuses.example.co.uk"),
      "Trial day in the control room", "2026-04-22 07:45",
      """Morning Rhiannon,

Following our call, I'd like to invite you for a paid trial day in the Porth control room on Monday 27 April, 07:00 to 15:00, shadowing our duty scheduler. You'll see how we handle cover for sickness and the school contracts. Wear something comfortable and bring your driving licence for the site pass.

If that date doesn't work, ring me and we'll find another.

Gareth Thomas
Operations Manager
Rhondda Valley Buses Ltd | Depot Road, Porth CF39 9BA | 01443 555 220"""),

    M(I, "lever_second_round", "en", "Tramway Data Labs", "",
      ("Tramway Data Labs", "no-reply@hire.lever.co"),
      "Next step: on-site with the Tramway Data Labs team", "2026-05-06 16:55",
      """Hi Rhiannon,

Thanks for chatting with Ellie last week! The team would like to invite you to a second-round interview at our Manchester office (Ancoats, M4 6DE).

Please book a 90-minute slot here: https://jobs.lever.co/tramwaydatalabs/schedule/4f1c9

The session includes a case study on demand-responsive transport and a chat with two of the engineers.

See you soon,
Tramway Data Labs Recruiting""", zone="uk", fmt="alt"),

    M(I, "workday_video_assessment", "en", "Pennine Rail Operations", "",
      ("Pennine Rail Operations", "pennine-rail@myworkday.com"),
      "Action required: complete your video interview", "2026-05-14 08:00",
      """Dear Rhiannon,

Congratulations - your application for Train Planning Assistant (R-33102) has progressed to the next stage.

The next step is a recorded video interview with four questions about planning and safety. You can complete it at any time before 23:59 on 21 May 2026 using this link:

https://pennine-rail.wd3.myworkdayjobs.example.com/interview/R-33102

It takes about 25 minutes. You will have one practice question before you begin.

Pennine Rail Operations Talent Acquisition""", zone="utc"),

    M(I, "bristol_reply_chain", "en", "Avon Demand Transit", "ed.fairbairn@avondt.example.co.uk",
      ("Ed Fairbairn", "ed.fairbairn@avondt.example.co.uk"),
      "Re: Application - Scheduling Coordinator", "2026-06-03 12:18",
      reply("""Hi Rhiannon,

Thanks for following up - it's my fault for sitting on this. Yes, we'd very much like to interview you. Could you come to our St Philips office on Friday 12 June at 10:30? It'll be me and our ops director, about 45 minutes.""", "en",
            "Tue, 2 Jun 2026 at 09:10", "Rhiannon Pryce-Okoro", CAND[1],
            """Hi Ed,

I applied for the Scheduling Coordinator role three weeks ago and wondered whether you'd had a chance to review my application. I understand if I haven't been successful, but it would be good to know either way.

Many thanks,
Rhiannon"""), key="avon_inv"),

    M(I, "swansea_council_iso", "en", "Swansea Bay Council", "recruitment.officer@swanseabay.example.gov.uk",
      ("Gwenllian Harries", "recruitment.officer@swanseabay.example.gov.uk"),
      "Invitation to interview - Passenger Transport Officer", "2026-07-07 10:25",
      """Dear Ms Pryce-Okoro,

Post: Passenger Transport Officer (SBC-PT-1044)

I am pleased to inform you that you have been shortlisted. Interviews will be held on Thursday 16 July 2026 in Committee Room 2, Civic Centre, Swansea. Your interview time is 13:45.

You will be asked to complete a 30-minute written exercise on school transport routing before the interview. Please reply to confirm attendance and let us know if you would prefer to be interviewed in Welsh.

Yours sincerely,
Gwenllian Harries
Recruitment Officer | Swansea Bay Council
Civic Centre, Oystermouth Road, Swansea SA1 3SN
01792 636 000""", cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"), key="sbc_inv"),

    M(I, "teamtailor_manchester", "en", "Salford Quays Shuttle", "",
      ("Salford Quays Shuttle", "no-reply@teamtailor-mail.com"),
      "Book your interview with Salford Quays Shuttle", "2026-08-25 13:13",
      "", fmt="html",
      html=ats_card("Salford Quays Shuttle", paras("""Hi Rhiannon!

We've looked at your application for Service Scheduler and we'd like to get to know you better.

Please book a 30 minute video interview with Jack from our operations team - choose any free slot in the calendar:
https://salfordquaysshuttle.teamtailor.example.com/meetings/book/71a2

Talk soon!
Salford Quays Shuttle"""), "Sent with Teamtailor", "#ff5a5f")),

    # ---- German invitations (4)
    M(I, "einladung_hafenbus", "de", "Hamburger Hafenbus", "m.petersen@hafenbus.example.de",
      ("Malte Petersen", "m.petersen@hafenbus.example.de"),
      "Einladung zum Vorstellungsgespräch – Disponent*in Fahrplanung", "2026-03-05 10:30",
      """Sehr geehrte Frau Pryce-Okoro,

vielen Dank für Ihre Bewerbung. Wir würden Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Donnerstag, 19. März 2026, 11:00 Uhr
Ort: Hamburger Hafenbus GmbH, Bei den St. Pauli-Landungsbrücken 3, 20359 Hamburg
Gesprächspartner: Malte Petersen (Leitung Fahrplanung), Svenja Ohm (Personal)

Da Sie aus Cardiff anreisen, können wir das Gespräch alternativ auch per Videokonferenz führen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Malte Petersen
Leitung Fahrplanung
Hamburger Hafenbus GmbH
Tel. +49 40 555 8810""", key="hafen_inv", parent="hafen_ack", cs="iso-8859-1", cte="8bit",
      ics={"uid": "hhb-fp-2026-rpo@hafenbus.example.de", "start": "20260319T110000",
           "end": "20260319T120000", "tzid": "Europe/Berlin",
           "summary": "Vorstellungsgespräch Pryce-Okoro", "location": "Landungsbrücken 3, Hamburg"}),

    M(I, "einladung_telefon", "de", "Elbe Regionalverkehr", "j.voss@elbe-regional.example.de",
      ("Jana Voß", "j.voss@elbe-regional.example.de"),
      "Telefoninterview nächste Woche?", "2026-02-17 14:50",
      """Hallo Frau Pryce-Okoro,

danke für Ihre Bewerbung auf die Stelle in der Netzplanung. Bevor wir Sie zu einem Termin vor Ort einladen, würde ich gern ein kurzes Telefoninterview (ca. 30 Minuten, gerne auf Englisch) mit Ihnen führen.

Passt Ihnen Dienstag, 24.02., um 15 Uhr deutscher Zeit? Falls nicht, nennen Sie mir gern zwei Alternativen.

Viele Grüße
Jana Voß
Personalreferentin
Elbe Regionalverkehr GmbH · Billstraße 82 · 20539 Hamburg""", cte="quoted-printable"),

    M(I, "einladung_assessment", "de", "Hanse Güterbahn", "",
      ("Hanse Güterbahn Recruiting", "hanse-gueterbahn@successfactors.eu"),
      "Einladung: Auswahltag Trainee Betriebsplanung", "2026-06-22 08:15",
      "", fmt="html", from_enc=("utf-8", "b"),
      html=ats_card("Hanse Güterbahn", paras("""Sehr geehrte Frau Pryce-Okoro,

wir freuen uns, Sie zu unserem Auswahltag für das Traineeprogramm Betriebsplanung einzuladen.

Datum: Mittwoch, 8. Juli 2026, 9:00 bis 16:00 Uhr
Ort: Hanse Güterbahn, Ausbildungszentrum Maschen, Hamburg

Der Tag umfasst eine Gruppenübung, eine Fallstudie zur Zugplanung und ein Einzelgespräch. Bitte bestätigen Sie Ihre Teilnahme über das Bewerberportal.

Ihr Recruiting-Team"""), "Automatisch erzeugte Nachricht – bitte nicht antworten.", "#c8102e")),

    M(I, "einladung_probetag_alster", "de", "Alster Mobil", "k.brandt@alster-mobil.example.de",
      ("Katrin Brandt", "k.brandt@alster-mobil.example.de"),
      "Probetag in der Leitstelle", "2026-06-29 16:20",
      """Liebe Frau Pryce-Okoro,

nach unserem Videogespräch möchten wir Sie herzlich zu einem Probetag in unserer Leitstelle einladen: Freitag, 10. Juli, ab 8 Uhr, Wendenstraße 130, Hamburg-Hammerbrook.

Sie begleiten die Disposition einen Tag lang und lernen das Team kennen. Reisekosten erstatten wir Ihnen selbstverständlich.

Herzliche Grüße
Katrin Brandt
Teamleitung Leitstelle, Alster Mobil GmbH""", key="alster_inv"),

    # ---- French invitations (4)
    M(I, "invitation_trc", "fr", "Transports Rhône Confluence", TRC[1], TRC,
      "Invitation à un entretien – Chargée d'études offre de transport", "2026-04-09 09:40",
      """Bonjour Rhiannon,

Suite à votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste de chargée d'études offre de transport.

L'entretien aura lieu le jeudi 23 avril 2026 à 10h00, en visioconférence (Teams), avec Laurent Fabre, responsable du service Offre, et moi-même. Vous trouverez l'invitation en pièce jointe.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Claire Mercier
Responsable recrutement – Transports Rhône Confluence
12 quai Perrache, 69002 Lyon – 04 72 55 01 09""",
      fmt="alt", key="trc_inv", subj_enc=("utf-8", "b"),
      ics={"uid": "trc-entretien-rpo-0423@trc-lyon.example.fr", "start": "20260423T100000",
           "end": "20260423T110000", "tzid": "Europe/Paris",
           "summary": "Entretien – Rhiannon Pryce-Okoro", "location": "Microsoft Teams"}),

    M(I, "invitation_cabinet_client", "fr", "Lyon Fret Express", "thomas.roux@saone-rh.example.fr",
      ("Thomas Roux", "thomas.roux@saone-rh.example.fr"),
      "Entretien avec notre client Lyon Fret Express", "2026-05-04 17:45",
      """Bonjour Rhiannon,

Bonne nouvelle : notre client Lyon Fret Express souhaite vous rencontrer pour le poste de planificatrice transport.

Je vous propose le mardi 12 mai à 14h30 dans leurs locaux, 45 rue de Gerland, 69007 Lyon. Vous serez reçue par Mme Nadia Belkacem, directrice des opérations. Pouvez-vous me confirmer que cela vous convient ? Je vous appellerai la veille pour préparer l'échange.

Bien à vous,
Thomas Roux
Consultant – Cabinet Saône RH
06 12 34 56 78""", cs="windows-1252", cte="quoted-printable"),

    M(I, "invitation_appel_decouverte", "fr", "Mobilités Croix-Rousse", "",
      ("Mobilités Croix-Rousse", "no-reply@jobs.recruitee.com"),
      "Planifiez votre appel découverte", "2026-08-11 11:11",
      """Bonjour Rhiannon,

Merci pour votre candidature au poste de graphiqueur / planificateur horaires.

Nous aimerions échanger avec vous lors d'un appel découverte de 20 minutes. Choisissez le créneau qui vous arrange : https://mobilites-croix-rousse.recruitee.example.com/o/graphiqueur/book

À très vite,
L'équipe Mobilités Croix-Rousse""", fmt="alt", cte="base64"),

    M(I, "invitation_journee_essai", "fr", "Autocars du Val de Saône", "s.lambert@autocars-vds.example.fr",
      ("Sophie Lambert", "s.lambert@autocars-vds.example.fr"),
      "Re: Candidature exploitation", "2026-09-14 08:20",
      reply("""Bonjour Madame Pryce-Okoro,

Merci pour ces précisions. Nous vous proposons de venir passer une demi-journée au dépôt de Neuville le lundi 21 septembre à 8h pour découvrir le poste de régulatrice et rencontrer l'équipe, suivie d'un entretien avec notre directeur d'exploitation.

Cordialement,
Sophie Lambert
Assistante RH – Autocars du Val de Saône""", "fr", "jeu. 10 sept. 2026 à 21:15", "Rhiannon Pryce-Okoro", CAND[1],
      """Bonjour Madame Lambert,

Pour répondre à votre question : je serai installée à Lyon à partir du 15 septembre et je peux commencer dès octobre.

Bien cordialement,
Rhiannon Pryce-Okoro"""), cs="windows-1252", cte="8bit"),

    # ---- Spanish invitations (3)
    M(I, "invitacion_nervion", "es", "Autobuses Nervión", NERVION[1], NERVION,
      "Invitación a entrevista – Técnica/o de planificación", "2026-06-05 13:30",
      """Hola Rhiannon:

Gracias por tu candidatura al puesto de técnica/o de planificación. Nos gustaría conocerte en una entrevista presencial el jueves 18 de junio a las 10:00 en nuestras oficinas de Calle Uribitarte 7, Bilbao.

Estarán Jon Arrieta, responsable de planificación de la red, y yo. Calcula una hora aproximadamente.

¿Me confirmas si te va bien?

Un saludo,
Itziar Etxeberria
Selección de personal – Autobuses Nervión S.A.
Calle Uribitarte 7, 48001 Bilbao · 944 55 01 20""", key="nervion_inv", from_enc=("iso-8859-1", "q"),
      fmt="alt",
      ics={"uid": "nervion-plan-rpo@nervion.example.es", "start": "20260618T100000",
           "end": "20260618T110000", "tzid": "Europe/Madrid",
           "summary": "Entrevista Rhiannon Pryce-Okoro", "location": "Calle Uribitarte 7, Bilbao"}),

    M(I, "invitacion_llamada", "es", "Logística Abando", "marta.ruiz@logisticaabando.example.es",
      ("Marta Ruiz", "marta.ruiz@logisticaabando.example.es"),
      "¿Hablamos el lunes?", "2026-03-13 18:05",
      """Hola Rhiannon,

He visto tu CV para el puesto de planificadora de rutas y me ha encantado tu experiencia como conductora. ¿Te viene bien que hablemos por teléfono el lunes 16 sobre las 11:00? Serán unos 20 minutos para conocerte y contarte el puesto.

Si no puedes, dime otra hora.

Marta Ruiz
Responsable de RRHH · Logística Abando""", cs="windows-1252", cte="8bit"),

    M(I, "invitacion_smartrecruiters", "es", "Ferrocarriles del Cantábrico", "",
      ("Ferrocarriles del Cantábrico", "noreply@smartrecruiters.com"),
      "Siguiente fase: entrevista por videollamada", "2026-09-21 09:45",
      "", fmt="html",
      html=ats_card("Ferrocarriles del Cantábrico", paras("""Hola Rhiannon,

Tu candidatura para Técnico/a de Mallas y Turnos ha pasado a la siguiente fase.

Te invitamos a una entrevista por videollamada con el equipo de Planificación. Selecciona la fecha y hora que prefieras en el siguiente enlace: https://jobs.smartrecruiters.example.com/ferrocantabrico/interview/3391

Un saludo,
Equipo de Selección"""), "Powered by SmartRecruiters", "#004b87")),

    # ================================================================ reschedules / cancels (15)
    M(R, "taff_moved_seq1", "en", "Taff Metro Buses", TAFF[1], TAFF,
      "Updated: Interview - Scheduling Analyst (now 10:00 Friday 13 March)", "2026-03-09 16:02",
      """Hi Rhiannon,

Apologies for the change - Nia has been called into a timetable review with the council on Thursday morning, so we need to move your interview by a day.

New time: Friday 13 March 2026, 10:00-11:00, same place (Sloper Road depot).

The updated calendar invite is attached; it replaces the previous one. Everything else, including the route 61 exercise, stays the same.

Diolch,
Owain""",
      fmt="alt", key="taff_move", parent="taff_inv",
      ics={"uid": "taff-sched-analyst-rpo@taffmetro.example.co.uk", "seq": 1,
           "start": "20260313T100000", "end": "20260313T110000",
           "summary": "Interview: Scheduling Analyst - Rhiannon Pryce-Okoro",
           "location": "Taff Metro Buses, Sloper Road, Cardiff"}),

    M(R, "trc_cancel_ics", "fr", "Transports Rhône Confluence", TRC[1], TRC,
      "Annulé : Entretien – Rhiannon Pryce-Okoro", "2026-04-21 10:02",
      """Bonjour Rhiannon,

Je suis contrainte d'annuler notre entretien de jeudi. Je reviens vers vous la semaine prochaine.

Claire""",
      fmt="alt", key="trc_cancel", parent="trc_inv",
      ics={"uid": "trc-entretien-rpo-0423@trc-lyon.example.fr", "seq": 1, "method": "CANCEL",
           "start": "20260423T100000", "end": "20260423T110000", "tzid": "Europe/Paris",
           "summary": "Entretien – Rhiannon Pryce-Okoro", "location": "Microsoft Teams"}),

    M(R, "nervion_cambio_hora", "es", "Autobuses Nervión", NERVION[1], NERVION,
      "Re: Invitación a entrevista – cambio de fecha", "2026-06-12 11:20",
      reply("""Hola Rhiannon:

Perdona el lío. Jon tiene que estar ese jueves en una reunión con el Consorcio, así que tenemos que mover la entrevista al martes 23 de junio a las 12:30, en el mismo sitio. ¿Te viene bien?

Un saludo,
Itziar""", "es", "vie, 5 jun 2026 a las 13:30", "Itziar Etxeberria", NERVION[1],
            """Hola Rhiannon:

Gracias por tu candidatura al puesto de técnica/o de planificación. Nos gustaría conocerte en una entrevista presencial el jueves 18 de junio a las 10:00 en nuestras oficinas."""),
      key="nervion_resched", parent="nervion_inv", fmt="alt",
      ics={"uid": "nervion-plan-rpo@nervion.example.es", "seq": 1, "start": "20260623T123000",
           "end": "20260623T133000", "tzid": "Europe/Madrid",
           "summary": "Entrevista Rhiannon Pryce-Okoro", "location": "Calle Uribitarte 7, Bilbao"}),

    M(R, "arden_interviewer_ill", "en", "Arden Mobility Partners", "hannah.clarke@ardenmobility.example.co.uk",
      ("Hannah Clarke", "hannah.clarke@ardenmobility.example.co.uk"),
      "Re: Invitation: Arden Mobility - first interview (Rhiannon Pryce-Okoro)", "2026-04-07 17:30",
      """Dear Rhiannon,

I'm sorry for the short notice: James is unwell and won't be able to interview tomorrow. Rather than have you meet someone unfamiliar with the role, we'd like to postpone.

I'll be in touch by Friday with a couple of new dates once I know when he's back. Your application is still very much live.

Best regards,
Hannah Clarke
Resourcing Coordinator, Arden Mobility Partners""", parent="arden_inv", key="arden_postpone"),

    M(R, "irwell_new_time_agency", "en", "Irwell Network Planning", "priya.shah@northernmovers.example.co.uk",
      ("Priya Shah", "priya.shah@northernmovers.example.co.uk"),
      "Irwell - change of time on Tuesday", "2026-03-29 19:02",
      """Hi Rhiannon,

Small change for Tuesday: Rob has a client call that's overrunning into the afternoon, so Irwell have asked if you can come at 11:30 instead of 14:00. Same office, same people. That should actually work better with the 07:50 train from Cardiff Central.

Let me know you're OK with that and I'll confirm.

Priya""", parent="irwell_inv", key="irwell_move"),

    M(R, "liffey_room_change_seq", "en", "Liffey Transit Authority", "",
      ("Liffey Transit Authority Calendar", "calendar-noreply@liffeytransit.example.ie"),
      "Updated invitation: Interview - Network Planner (2026/07) @ Thu 9 Apr 2026 15:00 - 15:50", "2026-04-06 09:12",
      """This event has been updated.

Changed: time (was 14:30 - 15:20, now 15:00 - 15:50)

Interview - Network Planner (2026/07)
Thursday 9 April 2026, 15:00 - 15:50 (Irish Standard Time)
Amiens Street, Dublin 1

Organiser: Orla Kavanagh

Invitation from the Liffey Transit Authority calendar system. You are receiving this because you are an attendee of this event.""",
      fmt="alt", parent="liffey_inv", zone="ist",
      ics={"uid": "lta-2026-07-rpo@liffeytransit.example.ie", "seq": 2, "start": "20260409T150000",
           "end": "20260409T155000", "tzid": "Europe/Dublin",
           "organizer": ("Orla Kavanagh", "orla.kavanagh@liffeytransit.example.ie"),
           "summary": "Interview - Network Planner (2026/07)", "location": "Amiens Street, Dublin 1"}),

    M(R, "avon_cancel_no_decision", "en", "Avon Demand Transit", "ed.fairbairn@avondt.example.co.uk",
      ("Ed Fairbairn", "ed.fairbairn@avondt.example.co.uk"),
      "Friday - need to cancel", "2026-06-10 22:05",
      """Hi Rhiannon,

I'm really sorry but I have to cancel Friday's interview. We've had a major contract change land on us this week and the ops director and I are both tied up with it.

This isn't a no - I still want to meet you. Can I come back to you in a fortnight with a new date when the dust settles?

Ed""", parent="avon_inv", key="avon_cancel"),

    M(R, "sbc_moved_outlook", "en", "Swansea Bay Council", "recruitment.officer@swanseabay.example.gov.uk",
      ("Gwenllian Harries", "recruitment.officer@swanseabay.example.gov.uk"),
      "RE: Invitation to interview – Passenger Transport Officer", "2026-07-13 09:55",
      outlook("""Dear Ms Pryce-Okoro,

Due to a clash with a full council meeting, the interviews for this post have been moved from Thursday 16 July to Monday 20 July 2026. Your new interview time is 11:15, with the written exercise starting at 10:30 in Committee Room 2.

Please confirm you can attend the new date.

Gwenllian Harries
Recruitment Officer | Swansea Bay Council""", "Gwenllian Harries", "07 July 2026 10:25", "Rhiannon Pryce-Okoro",
              "Invitation to interview – Passenger Transport Officer",
              """Dear Ms Pryce-Okoro,

I am pleased to inform you that you have been shortlisted. Interviews will be held on Thursday 16 July 2026 in Committee Room 2, Civic Centre, Swansea. Your interview time is 13:45."""),
      parent="sbc_inv", fmt="html", html=None, cs="windows-1252", cte="quoted-printable"),

    M(R, "greenhouse_reschedule_link", "en", "Severn Link Rail", SEVERN[1],
      ("Tomos Griffiths via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Please pick a new interview time - Severn Link Rail", "2026-06-04 15:40",
      """Hi Rhiannon,

Alun has had to move some commitments around, so the slot you picked for Wednesday is no longer available. Sorry about that!

Please use this link to choose a new time for your Timetable Development Planner interview:
https://app.greenhouse.io/scheduling/reschedule/8b1f4c2e-severnlink

Thanks,
Tomos""", reply_to=SEVERN, parent="severn_inv", key="severn_move"),

    M(R, "grachten_move_video", "en", "Grachten Logistics", "sanne.devries@grachten.example.nl",
      ("Sanne de Vries", "sanne.devries@grachten.example.nl"),
      "Change: interview now Thursday 23 April", "2026-04-19 20:15",
      """Hi Rhiannon,

Mark has to fly to Rotterdam for a client on Tuesday morning, so we'd like to move your video interview from Tuesday 21 April 09:30 to Thursday 23 April at 10:00 CEST (09:00 in Cardiff).

The Google Meet link stays the same: https://meet.example.com/grk-wqpt-ycz

Let me know if that's a problem.

Sanne""", zone="cet"),

    M(R, "rhondda_postponed_strike", "en", "Rhondda Valley Buses", "gareth.t@rhonddabuses.example.co.uk",
      ("Gareth Thomas", "gareth.t@rhonddabuses.example.co.uk"),
      "Trial day - postponed", "2026-04-24 12:40",
      """Rhiannon,

We need to postpone Monday's trial day - there's industrial action planned at the depot and the control room will be all hands on deck. I don't want you to spend the day watching us firefight.

I'll ring you next week to fix another date. Sorry for the hassle.

Gareth""", cte="base64"),

    M(R, "verschoben_hafenbus", "de", "Hamburger Hafenbus", "m.petersen@hafenbus.example.de",
      ("Malte Petersen", "m.petersen@hafenbus.example.de"),
      "Terminverschiebung: Vorstellungsgespräch am 19.03.", "2026-03-12 13:10",
      """Sehr geehrte Frau Pryce-Okoro,

leider müssen wir unser Gespräch verschieben, da Frau Ohm an diesem Tag verhindert ist. Wir schlagen stattdessen Montag, den 23. März 2026, um 14:00 Uhr vor – wie besprochen per Videokonferenz (Microsoft Teams). Die aktualisierte Einladung finden Sie im Anhang.

Mit freundlichen Grüßen
Malte Petersen""",
      parent="hafen_inv", key="hafen_move", cs="windows-1252", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q"),
      ics={"uid": "hhb-fp-2026-rpo@hafenbus.example.de", "seq": 1, "start": "20260323T140000",
           "end": "20260323T150000", "tzid": "Europe/Berlin",
           "summary": "Vorstellungsgespräch Pryce-Okoro (Teams)", "location": "Microsoft Teams"}),

    M(R, "abgesagt_termin_elbe", "de", "Elbe Regionalverkehr", "j.voss@elbe-regional.example.de",
      ("Jana Voß", "j.voss@elbe-regional.example.de"),
      "Abgesagt: Telefoninterview Netzplanung", "2026-02-23 08:40",
      """Hallo Frau Pryce-Okoro,

ich muss unser Telefonat morgen leider absagen – ich bin krank geschrieben. Ihre Bewerbung läuft selbstverständlich weiter; ich melde mich, sobald ich zurück bin, mit einem neuen Termin.

Viele Grüße
Jana Voß""", fmt="alt",
      ics={"uid": "elbe-tel-rpo@elbe-regional.example.de", "method": "CANCEL", "seq": 1,
           "start": "20260224T150000", "end": "20260224T153000", "tzid": "Europe/Berlin",
           "summary": "Telefoninterview Pryce-Okoro", "location": "Telefon"}),

    M(R, "report_entretien_cabinet", "fr", "Lyon Fret Express", "thomas.roux@saone-rh.example.fr",
      ("Thomas Roux", "thomas.roux@saone-rh.example.fr"),
      "Report de votre entretien chez Lyon Fret Express", "2026-05-11 12:05",
      """Bonjour Rhiannon,

Mme Belkacem doit se rendre en urgence sur la plateforme de Corbas demain ; l'entretien de 14h30 est donc reporté au jeudi 14 mai à 9h30, même adresse. Elle s'en excuse.

Pouvez-vous me confirmer ce nouveau créneau ?

Bien à vous,
Thomas Roux
Consultant – Cabinet Saône RH""", cs="windows-1252", cte="8bit"),

    M(R, "cancelacion_llamada_abando", "es", "Logística Abando", "marta.ruiz@logisticaabando.example.es",
      ("Marta Ruiz", "marta.ruiz@logisticaabando.example.es"),
      "Cambio: llamada del lunes", "2026-03-15 19:30",
      """Hola Rhiannon,

Me ha surgido un imprevisto y el lunes no podré llamarte a las 11:00. ¿Podemos pasarlo al miércoles 18 a la misma hora? Sigo muy interesada en hablar contigo.

Marta""", cte="quoted-printable"),

    # ================================================================ missed interviews (10)
    M(X, "severn_waited_teams", "en", "Severn Link Rail", SEVERN[1], SEVERN,
      "We missed you this morning", "2026-06-12 11:05",
      """Hi Rhiannon,

Alun and I were on Teams for your 10:00 interview for the Timetable Development Planner role and waited for about fifteen minutes, but you didn't join. I also tried the number on your CV and it went to voicemail.

I hope everything is OK. Could you let me know what happened?

Tomos Griffiths
Talent Partner, Severn Link Rail""", key="severn_missed", parent="severn_move", refs=["severn_inv"]),

    M(X, "kestrel_called_twice", "en", "Kestrel Freight", "lucy.morgan@kestrelfreight.example.co.uk",
      ("Lucy Morgan", "lucy.morgan@kestrelfreight.example.co.uk"),
      "Our call today", "2026-01-23 16:10",
      """Hi Rhiannon,

I tried calling you twice at 14:00 for our phone screen but couldn't get through - no answer and no voicemail set up.

If you're still interested in the Transport Planner role, just reply with a couple of times that suit you next week and I'll try again.

Lucy Morgan
Talent Acquisition Partner, Kestrel Freight"""),

    M(X, "irwell_no_show_agency", "en", "Irwell Network Planning", "priya.shah@northernmovers.example.co.uk",
      ("Priya Shah", "priya.shah@northernmovers.example.co.uk"),
      "Where are you? Irwell waiting", "2026-03-31 11:52",
      """Rhiannon - Rob's just rung me, they've been in reception since 11:30 and there's no sign of you. I've called your mobile three times. Are you OK? Did the train get cancelled?

Call me as soon as you see this.

P""", parent="irwell_move", refs=["irwell_inv"]),

    M(X, "tramway_empty_zoom", "en", "Tramway Data Labs", "ellie.nakamura@tramwaydata.example.co.uk",
      ("Ellie Nakamura", "ellie.nakamura@tramwaydata.example.co.uk"),
      "Missed you on Zoom", "2026-04-28 10:35",
      """Hi Rhiannon,

I was in our Zoom room at 10:00 for your intro chat but didn't see you come through. No worries if something came up - these things happen.

Do you want to grab another slot? Here's my calendar: https://cal.example.com/ellie-tdl/intro

Ellie
Talent, Tramway Data Labs"""),

    M(X, "council_did_not_attend", "en", "Vale of Glamorgan Transport Unit", "",
      ("Vale Transport Unit Recruitment", "no-reply@valetransport.example.gov.uk"),
      "Non-attendance: interview for Transport Coordinator", "2026-07-22 15:00",
      """Dear Ms Pryce-Okoro,

Our records show that you did not attend your interview for the post of Transport Coordinator (ref. VTU-2231) scheduled for 14:00 today at the Civic Offices, Barry.

If there were exceptional circumstances that prevented you attending, please contact the recruiting manager through the applicant portal within five working days. Otherwise your application will be withdrawn from this campaign.

Recruitment Services
This is an automated message. Replies to this address are not read.""", fmt="alt"),

    M(X, "grachten_no_dialin", "en", "Grachten Logistics", "sanne.devries@grachten.example.nl",
      ("Sanne de Vries", "sanne.devries@grachten.example.nl"),
      "Re: Change: interview now Thursday 23 April", "2026-04-23 10:25",
      reply("""Hi Rhiannon,

Mark and I have been in the Meet room since 10:00 CEST and you haven't joined yet. Might there have been a mix-up with the time difference? We can hang on until 10:30, otherwise let's find a new slot.

Sanne""", "en", "Sun, 19 Apr 2026 at 20:15", "Sanne de Vries", "sanne.devries@grachten.example.nl",
            """Hi Rhiannon,

Mark has to fly to Rotterdam for a client on Tuesday morning, so we'd like to move your video interview from Tuesday 21 April 09:30 to Thursday 23 April at 10:00 CEST (09:00 in Cardiff)."""),
      zone="cet"),

    M(X, "nicht_erschienen_hanse", "de", "Hanse Güterbahn", "lea.schuster@hanse-gueterbahn.example.de",
      ("Lea Schuster", "lea.schuster@hanse-gueterbahn.example.de"),
      "Auswahltag heute – Sie waren nicht da", "2026-07-08 10:15",
      """Guten Tag Frau Pryce-Okoro,

Sie waren für den heutigen Auswahltag ab 9 Uhr in Maschen angemeldet, sind aber nicht erschienen. Telefonisch konnten wir Sie leider auch nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir. Ein Nachholtermin ist im August möglich.

Freundliche Grüße
Lea Schuster
Recruiting, Hanse Güterbahn GmbH
Tel. +49 40 555 7712""", cs="windows-1252", cte="quoted-printable"),

    M(X, "telefonat_nicht_erreicht", "de", "Elbe Regionalverkehr", "j.voss@elbe-regional.example.de",
      ("Jana Voß", "j.voss@elbe-regional.example.de"),
      "Unser Telefonat um 15 Uhr", "2026-03-03 15:25",
      """Hallo Frau Pryce-Okoro,

ich habe Sie heute um 15 Uhr wie vereinbart zweimal unter Ihrer Mobilnummer angerufen, Sie aber leider nicht erreicht. Vielleicht ist bei der Zeitverschiebung etwas durcheinandergeraten?

Geben Sie mir gern Bescheid, wann ich es noch einmal versuchen soll.

Viele Grüße
Jana Voß""", from_enc=("iso-8859-1", "b")),

    M(X, "absence_visio", "fr", "Mobilités Croix-Rousse", "julie.perrin@mobilites-cr.example.fr",
      ("Julie Perrin", "julie.perrin@mobilites-cr.example.fr"),
      "Notre appel de ce matin", "2026-08-18 09:50",
      """Bonjour Rhiannon,

Je vous ai attendue sur Google Meet ce matin à 9h15 pour notre appel découverte, mais vous ne vous êtes pas connectée. J'espère que tout va bien.

Si vous êtes toujours intéressée par le poste, vous pouvez reprendre un créneau avec le même lien.

Belle journée,
Julie Perrin
Talent Acquisition – Mobilités Croix-Rousse""", cte="base64"),

    M(X, "no_se_conecto", "es", "Ferrocarriles del Cantábrico", "javier.ortiz@ferrocantabrico.example.es",
      ("Javier Ortiz", "javier.ortiz@ferrocantabrico.example.es"),
      "Entrevista de hoy a las 12:00", "2026-09-29 12:40",
      """Hola Rhiannon:

Te hemos estado esperando en la videollamada de las 12:00 con el equipo de Planificación, pero no te has conectado. Te he llamado al móvil dos veces sin respuesta.

Si ha sido un problema técnico, respóndeme a este correo y vemos si podemos buscar otro hueco esta semana.

Saludos,
Javier Ortiz
Selección - Ferrocarriles del Cantábrico
Bilbao · 944 55 07 30""", cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q")),
]
