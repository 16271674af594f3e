"""Corpus 179: interview invitations, reschedules/cancellations and missed-interview notices."""

from msgs179_common import (
    D,
    ats_card,
    button,
    esc,
    outlook_block,
    outlook_html,
    paras,
    reply,
    simple_html,
)
from msgs179_other import (
    _ES_REQUEST as _GI_REQUEST,
)
from msgs179_other import (
    _HB_APOLOGY,
    _NQ_REQUEST,
    _OD_APPLICATION,
    _TIDE_SPEC,
)

CANDIDATE_LINE = "Niamh Castellanos-Byrne <niamh.cb@example.ie>"

# ------------------------------------------------------------------ interview_invitation

_LVU_INVITE = D("""
    Dear Niamh,

    Thank you for your application for the post of Learning Designer in the Centre for
    Digital Teaching. I am pleased to let you know that you have been shortlisted, and
    the selection board would like to meet you.

      Date:   Tuesday 17 February 2026
      Time:   10:30 (please arrive 15 minutes early)
      Place:  Room 2.07, Kane Quadrangle, Lee Valley University, Cork

    The board will be Prof. Aidan Crowley (Director, Centre for Digital Teaching),
    Dr Máire Ní Loingsigh (School of Education) and myself. At the start you will be
    asked to give a ten-minute presentation on "Designing a blended first-year module
    for 300 students". A laptop and projector will be available; please bring your
    slides on a USB key as well.

    A calendar invitation is attached. I would be grateful if you could confirm by
    reply that you will attend.

    Le gach dea-ghuí,

    Orla Hegarty
    HR Officer, Recruitment & Selection
    Lee Valley University, College Road, Cork T12 YN60
    T: +353 21 555 0140
    """)

_BP_SCREEN = D("""
    Hi Niamh,

    I'm a Talent Partner here at Brightpath Learning and I've just finished reading your
    application for the Instructional Designer (Corporate Academy) role - the staff
    training days you designed at your school caught the team's eye.

    I'd love to set up a 30-minute video call to learn more about you and tell you about
    the team. Please use the link below to pick a time that suits you over the next week:

    https://app.greenhouse.io/scheduling/brightpath/8f3c1a7e-62d4/availability

    Talk soon,
    Ciarán Breen
    Talent Partner, Brightpath Learning
    """)

_HB_SCREEN = D("""
    Hi Niamh,

    Thanks for applying for the Learning & Development Associate role with Harbourline.
    I'd like to have a short introductory conversation with you before we decide on the
    next stage.

    Would you be available for a 20-minute phone call on Thursday 12 March at 10:00?
    I'll ring the mobile number on your CV (ending 0482). If that time doesn't work,
    just suggest two or three alternatives.

    Kind regards,

    Sinéad Moriarty
    Talent Acquisition Partner | Harbourline Bank
    1 Spencer Dock, North Wall Quay, Dublin 1
    +353 1 555 0199

    Harbourline Bank DAC is regulated by the Central Bank of Ireland. This e-mail is
    confidential and may be legally privileged. If you are not the intended recipient,
    please notify us and delete it.
    """)


_HB_AC = reply(D("""
    Hi Niamh,

    Thanks for making the time for our call on Monday, it was good to talk. I'm pleased to
    invite you to the assessment centre for the Learning & Development Associate role.

      Thursday 2 April 2026, 09:15 - 14:30
      Harbourline Bank, 1 Spencer Dock, Dublin 1 (ask for Talent Acquisition at reception)

    The day includes a group exercise, a 15-minute training delivery on a topic of your
    choice, and a competency-based interview with two members of the Group Learning
    team. The attached agenda has the details. Lunch is provided.

    Please confirm your place by replying to this email by Wednesday 25 March.

    Kind regards,
    Sinéad
    """), "en", "Thu 12 Mar 2026 at 11:02", CANDIDATE_LINE, _HB_APOLOGY)

_GL_INVITE = D("""
    Hi Niamh,

    Thank you for your interest in the Training Specialist (GMP) role. I'd like to invite
    you to a first interview with myself and Rachel Kenneally from our Quality team.

    The interview will take place on Microsoft Teams on Thursday 30 April at 14:00 and
    will last around 45 minutes. We'll talk about your experience of designing and
    delivering training and how you'd approach onboarding new operators onto our GMP
    curriculum. An invitation with the Teams link is attached.

    Best regards,

    Declan O'Mahony
    Learning & Development Manager
    Glanmire Therapeutics Ltd, Little Island, Co. Cork, T45 HX82
    +353 21 555 0162

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting
    Meeting ID: 381 552 004 917  Passcode: gT4qP8

    CONFIDENTIALITY: This e-mail and any attachments are confidential and may be
    privileged. Glanmire Therapeutics Ltd is registered in Ireland, no. 512288.
    """)

_SV_INVITE = D("""
    A Chara,

    Competition: Training Officer (Temporary), ref. SV/HR/26/07

    I am pleased to inform you that, following the shortlisting process, you have been
    invited to attend for interview for the above post.

    Your interview will take place on Tuesday 16 June 2026 at 11.15 a.m. in the
    Council Chamber Annex, Civic Offices, The Quay, Waterford. The interview will be
    competency based, and the board will also ask you to speak for five minutes on how you
    would plan a training needs analysis for outdoor staff.

    Please bring photographic identification and the originals of your qualifications.
    The formal letter is attached. Kindly confirm your attendance by return e-mail.

    Is mise le meas,

    Gráinne Phelan
    Recruitment Unit, Human Resources Department
    Suir Valley County Council
    Tel: +353 51 555 0190
    """)

_TS_CHAT = D("""
    Hi Niamh,

    Priya here, I head up programmes at Thameside. I really enjoyed reading your
    application - the way you set up peer coaching between the teachers at your school is
    exactly the sort of thing we'd like to do with our volunteer tutors.

    Are you free next Thursday (28th) at 3pm UK time for a relaxed chat on Teams? Nothing
    formal, about half an hour, just to get to know each other and tell you more about the
    role. If Thursday is no good, let me know what would suit.

    Best,
    Priya

    Priya Raman
    Head of Programmes, Thameside Skills Trust
    """)

_NQ_INVITE = D("""
    Hi Niamh,

    Thanks for your interest in the Digital Learning Producer role at Northern Quill
    Learning! We'd like to invite you to a 45-minute video interview with me and James
    Whitworth, our Head of Content.

    Please choose a time that works for you using the link below. Slots are available
    between Monday 15 and Wednesday 17 June:

    https://hire.lever.co/interviews/schedule/northernquill/5d2e7b10-aa41

    If none of the times work, just reply to this email and I'll find another.

    Best wishes,
    Hannah Okafor
    Talent Coordinator, Northern Quill Learning, Ancoats, Manchester
    """)

_CA_TRIAL = D("""
    Hi Niamh,

    Thanks again for the conversation on Friday. The team loved your portfolio, and we'd
    like to invite you to the final step of our process: a paid trial day in our studio.

    You'd spend the day with two of our learning designers, building a short
    microlearning unit from a brief we'll give you in the morning, and present it to the
    team at 16:00. We'll cover your flights from Cork and a night in a hotel near the
    office.

    Would Tuesday 21 July or Thursday 23 July work for you?

    Hartelijke groet,

    Sanne de Vries
    Talent Partner | Canalside Digital Academy
    Keizersgracht 401, 1016 EK Amsterdam | +31 20 555 0163
    """)

_SH_BW_INVITE = D("""
    Hi Niamh,

    Good news! Blackwater Medtech would like to meet you for the Training & Competency
    Lead role we discussed.

    Details:
    - Wednesday 18 February at 2pm
    - Their Fermoy site (Unit 7, Duntaheen Business Park) - free parking at the front
    - Panel: Karen Lynch (Quality Director) and Tom Barry (HR Business Partner)
    - Format: about an hour, competency questions plus a chat about how you'd redesign
      their operator induction

    Can you confirm you're OK for that time? I'll ring you on Monday evening with some
    prep notes on the people and the site.

    Eoin

    Eoin Kiely
    Senior Consultant, Learning & HR | Shandon Talent Partners
    M: +353 87 555 0144
    """)

_HR_INVITE = D("""
    Hi Niamh,

    Following our call last week, I'm pleased to say my client would like to interview you
    for the Learning & Development Partner role. As I mentioned, they're a fast-growing
    payments business based in Shoreditch and I can't share their name in writing just
    yet - I'll tell you everything on the phone.

    Interview: Wednesday 1 April, 11:00-11:45 (UK time), Zoom
    With: Head of L&D and a Senior Talent Partner
    Focus: your approach to onboarding, and a short discussion of a learning programme
    you're proud of

    I'll send the Zoom link once you confirm. Do let me know by Friday.

    Best regards,

    Tobias Grant
    Principal Consultant - Learning, Talent & OD
    Halden & Rook Recruitment | 22 Bevis Marks, London EC3A 7JB | 020 7946 0572

    Halden & Rook Recruitment Ltd acts as an employment agency. This message is
    confidential; if you received it in error please tell us and delete it.
    """)

_CL_INVITE = D("""
    Hi Niamh,

    Maya Lindqvist would like to schedule an interview with you for the Learning Designer
    (Client Programmes) role at Copperleaf Learning Studio.

    Interview: 45 minutes, video call
    Interviewers: Maya Lindqvist (Design Lead), Tom Achebe (Client Director)

    Choose a time here:
    https://app.ashbyhq.com/interview-scheduling/copperleaf/2b8e41c9-7f1a

    Questions? Reply to this email to reach Maya.
    """)

_IW_INVITE_HTML = ats_card(
    "Irwell Health Partnership",
    paras(D("""
        Dear Niamh,

        Thank you for applying for the post of Learning & Development Facilitator
        (Band 5). We are pleased to tell you that you have been selected to attend our
        assessment centre.

        Date: Wednesday 12 August 2026
        Time: 09:30 - 13:00
        Venue: Irwell House, 3 The Quays, Salford M50 3AZ

        The morning will include a short written exercise, a 10-minute facilitation
        of a topic we will send you in advance, and a panel interview.

        Please book your place using the button below by Friday 7 August.
        """)) + button("Book my place", "https://irwellhealth.teamtailor.com/jobs/"
                       "assessment/booking/55a1", "#005eb8")
    + paras(D("""
        Kind regards,
        Recruitment Team
        Irwell Health Partnership
        """)),
    esc("You received this email because you applied for a job at Irwell Health Partnership."),
    "#005eb8",
)


_OD_COFFEE = reply(D("""
    Hi Niamh,

    Thanks a million for this, your CV is great. Are you free Thursday to chat? Could do
    coffee in Dublin if you're up for the day, or a call if that's handier - around 11ish?

    Ruairí
    Open Doors Learning Trust
    """), "en", "Sat, 10 Jan 2026 at 14:03", CANDIDATE_LINE, _OD_APPLICATION)


_TIDE_INVITE_NEW = D("""
    Hi Niamh,

    Thanks for reaching out - good timing. We're actually building an onboarding academy
    for our wind-farm technicians this year and I'm looking for someone with a teaching
    background.

    Could I give you a call on Thursday 24 September at 10:30 for an initial conversation?
    20-30 minutes should do. If that doesn't suit, send me a couple of times that do.

    Regards,
    Marcus

    Marcus Daly
    Head of People Development | Tidewell Energy
    Ringaskiddy, Co. Cork | +353 21 555 0186
    """)

_TIDE_INVITE = _TIDE_INVITE_NEW + "\n" + outlook_block(
    "en", "Niamh Castellanos-Byrne <niamh.cb@example.ie>", "Friday, September 18, 2026 9:12 PM",
    "Marcus Daly <marcus.daly@tidewell.example.ie>",
    "Speculative application - L&D / onboarding", _TIDE_SPEC)

_DK_INVITE = D("""
    Hallo Niamh,

    vielen Dank für Ihre Bewerbung! Ihr Profil hat uns neugierig gemacht und wir würden
    Sie gerne in einem ersten Gespräch kennenlernen.

    Termin: Dienstag, 10. März 2026, 14:00 bis 14:45 Uhr
    Ort: Google Meet (der Link steht in der angehängten Kalendereinladung)
    Gesprächspartner: Katharina Pichler (People & Culture) und Florian Steindl (Lead
    Learning Design)

    Gerne können wir das Gespräch auf Englisch führen, wenn Ihnen das lieber ist. Bitte
    bestätigen Sie den Termin kurz per Antwort.

    Beste Grüße
    Katharina Pichler
    People & Culture, Donaukanal Lernwerk GmbH
    """)

_PV_AC = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    wir freuen uns, Sie zu unserem Assessment Center für die Position Trainer:in Good
    Manufacturing Practice einzuladen.

    Datum: Dienstag, 2. Juni 2026
    Uhrzeit: 8:30 bis ca. 15:00 Uhr
    Ort: Pharmavia Austria GmbH, Brünner Straße 188, 1210 Wien, Gebäude C

    Ablauf: Fallstudie in Kleingruppen, Präsentation einer 15-minütigen
    Trainingssequenz zu einem GMP-Thema Ihrer Wahl, Einzelinterview mit der
    Fachabteilung.

    Bitte bestätigen Sie Ihre Teilnahme bis 25. Mai über den Link in Ihrem
    Kandidatenkonto. Für Rückfragen steht Ihnen Dr. Bernhard Aigner gerne zur Verfügung.

    Mit freundlichen Grüßen
    Pharmavia Austria GmbH – Human Resources
    """)

_BW_INVITE = D("""
    Hallo Niamh,

    danke für deine Bewerbung für die Koordination unserer Fortbildungen für
    Kursleiter:innen. Wir duzen uns hier alle, ich hoffe, das passt.

    Hättest du nächste Woche Mittwoch Zeit für ein kurzes Gespräch per Zoom, so gegen
    17 Uhr? Dauert ca. eine halbe Stunde. Wenn nicht, schlag einfach einen anderen Tag vor.

    Liebe Grüße aus der Leopoldstadt
    Jakob

    Jakob Hubmayr
    Pädagogische Leitung, Bildungswerk Leopoldstadt
    Taborstraße 24a, 1020 Wien
    """)

_HL_INVITE = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    wie heute Vormittag telefonisch angekündigt: Unser Mandant, die Alpenglas
    Versicherung, möchte Sie für die Position Learning & Development Specialist
    (Vollzeit, Wien-Landstraße) näher kennenlernen.

    Als ersten Schritt ist ein telefonisches Interview mit Frau Mag. Eva Weninger
    (HR Business Partnerin) vorgesehen:

    Donnerstag, 3. September 2026, 10:00 Uhr
    Frau Weninger ruft Sie unter +353 87 555 0482 an. Dauer: ca. 30 Minuten.

    Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

    Freundliche Grüße

    Mag. Lena Hofer
    Senior Beraterin
    Hofer & Lindner Personalberatung GmbH
    Schottenring 16, 1010 Wien · +43 1 555 0433
    """)

_GF_INVITE = D("""
    Bonjour Niamh,

    Élodie Fabre, responsable pédagogique chez Garonne Formation, aimerait échanger avec
    vous au sujet de votre candidature au poste de Concepteur·rice pédagogique digital.

    L'entretien durera environ 45 minutes et se déroulera en visio. Choisissez le créneau
    qui vous convient :

    https://app.teamtailor.com/garonne-formation/meetings/9a61c2

    Pour toute question, répondez simplement à ce message.

    À bientôt,
    L'équipe Garonne Formation
    """)

_AF_INVITE = D("""
    Bonjour Niamh,

    Votre candidature au poste d'Ingénieur(e) pédagogique a retenu toute notre attention
    et je souhaiterais vous proposer un premier entretien en visioconférence.

    Jeudi 28 mai 2026 de 10h00 à 11h00, sur Teams (lien dans l'invitation ci-jointe).
    Seront présents : moi-même et Karine Dupuy, chargée de développement RH.

    Nous échangerons sur votre parcours, votre pratique de l'enseignement et la manière
    dont vous aborderiez la conception d'un module de formation pour nos techniciens.

    Merci de me confirmer votre disponibilité.

    Bien cordialement,

    Julien Castaing
    Responsable du pôle ingénierie pédagogique
    Aéroformation Blagnac – 2 avenue Didier Daurat, 31700 Blagnac
    """)

_TD_INVITE = D("""
    Bonjour Niamh,

    Bonne nouvelle : l'Institut Pastel, organisme de formation pour adultes basé à Labège,
    souhaite vous rencontrer pour le poste de Responsable pédagogique que je vous ai
    présenté la semaine dernière.

    Rendez-vous le mardi 8 septembre à 14h30, dans leurs locaux (3 rue de l'Innovation,
    31670 Labège). Vous serez reçue par Mme Anne Cazals, directrice, et par la
    coordinatrice des formations. Comptez une heure environ.

    Je vous appelle lundi pour vous préparer. Pouvez-vous me confirmer votre présence ?

    Bien cordialement,

    Mathilde Roux
    Talents d'Oc Recrutement – 05 61 55 02 19
    """)

_CN_INVITE = D("""
    Madame,

    Nous avons le plaisir de vous informer que votre candidature au poste de Chargée de
    projets pédagogiques a été retenue pour la phase d'entretiens.

    Vous êtes conviée à un entretien devant un jury de trois personnes le jeudi 8 octobre
    2026 à 9h30, dans nos locaux du 18 rue Bayard à Toulouse (2e étage, salle Œnone).
    L'entretien débutera par une mise en situation de dix minutes : vous présenterez une
    séquence de formation destinée à des enseignants débutant avec les outils numériques.

    Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel.

    Veuillez agréer, Madame, l'expression de nos salutations distinguées.

    Hélène Sabatier
    Responsable des ressources humaines
    Campus Numérique Occitanie – 18 rue Bayard, 31000 Toulouse
    """)

_GI_INVITE = D("""
    Hola Niamh:

    ¡Gracias por tu interés en Giralda eLearning! Lucía Ferrer, nuestra responsable de
    Personas, quiere conocerte en una entrevista por videollamada de unos 40 minutos
    para el puesto de Diseñador/a Instruccional.

    Elige el día y la hora que mejor te vengan en este enlace:
    https://apply.workable.com/giralda-elearning/interview/7c5d2e

    Si tienes cualquier duda, responde a este correo y le llegará directamente a Lucía.

    ¡Hasta pronto!
    Equipo de Personas de Giralda eLearning
    """)

_BT_INVITE = D("""
    Estimada Sra. Castellanos-Byrne:

    Tras revisar su candidatura para el puesto de Formador/a Interno/a en el área de
    Desarrollo de Personas, nos complace convocarle a nuestra jornada de evaluación.

    Fecha: jueves, 10 de septiembre de 2026
    Hora: de 9:00 a 12:30
    Formato: en remoto, a través de Microsoft Teams (recibirá el enlace el día anterior)

    La jornada incluye una dinámica de grupo, una breve exposición formativa de diez
    minutos y una entrevista por competencias con el equipo de Formación.

    Le rogamos que confirme su asistencia respondiendo a este correo.

    Atentamente,

    Álvaro Rincón
    Técnico de Selección · Desarrollo de Personas
    Banco Triana, S.A. · Avda. de la República Argentina, 21 · 41011 Sevilla
    Tel. 954 55 03 40

    AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente
    a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al
    remitente y proceda a su eliminación.
    """)

_AD_INVITE = D("""
    ¡Hola Niamh!

    Te escribo con buenas noticias: Hoteles Guadaíra quiere conocerte para el puesto de
    Responsable de Formación que te comenté.

    La entrevista sería el martes 4 de agosto a las 11:00 en su hotel de la Plaza Nueva
    (pregunta en recepción por Manuel Cordero, director de RR. HH.). Será una charla de
    una hora más o menos, con él y con la directora de operaciones.

    ¿Me confirmas que te viene bien? Te llamo el lunes para prepararla juntas.

    Un abrazo,
    Rocío

    Rocío Maldonado · Consultora de Selección · Adelante Talento · 954 55 01 88
    """)

# ------------------------------------------------------------------ reschedule / cancel

_LVU_MOVED = D("""
    Dear Niamh,

    I am sorry to have to change the arrangements for your interview. One of the board
    members is no longer available on Tuesday morning, so we have moved your interview
    to Wednesday 18 February 2026 at 14:00. The room and the presentation topic are
    unchanged.

    An updated calendar invitation is attached and replaces the earlier one. Please let me
    know if the new time causes any difficulty.

    Kind regards,

    Orla Hegarty
    HR Officer, Recruitment & Selection, Lee Valley University
    T: +353 21 555 0140
    """)

_GL_CANCEL = D("""
    Hi Niamh,

    I'm afraid I have to cancel Thursday's interview. We've been notified of an
    unannounced regulatory inspection on site that week and the whole Quality team is tied
    up with it.

    This isn't a reflection on your application in any way. I'll come back to you with a
    new date as soon as the inspection is behind us, and apologies for the short notice.

    Best regards,
    Declan O'Mahony
    Learning & Development Manager, Glanmire Therapeutics

    CONFIDENTIALITY: This e-mail and any attachments are confidential and may be
    privileged. Glanmire Therapeutics Ltd is registered in Ireland, no. 512288.
    """)

_TS_MISSED = D("""
    Hi Niamh,

    I hope everything's OK. I was on Teams from 3pm until about twenty past but didn't see
    you join our chat, so I'm guessing something came up or the link didn't reach you.

    No worries at all - just let me know if you'd still like to talk.

    Best,
    Priya
    """)

_TS_MOVED = reply(D("""
    Hi Niamh,

    Thanks for explaining - annoying that the link went to your old work address! I've
    moved our chat to Thursday 4 June at 4pm UK time and sent a fresh Teams link to this
    address. Same format as before, half an hour, very informal.

    See you then,
    Priya
    """), "en", "Thu, 28 May 2026 at 15:25",
    "Priya Raman <priya.raman@thamesideskills.example.org.uk>", _TS_MISSED)


_NQ_MOVED = reply(D("""
    Hi Niamh,

    No problem at all. As it happens James is off sick this week, so moving it suits us
    too. Shall we say Friday 19 June at 11:00 instead? The Zoom link stays the same and
    I've updated the booking on our side.

    Hope sports day goes well!
    Hannah

    Hannah Okafor | Talent Coordinator | Northern Quill Learning
    """), "en", "Tue, 9 Jun 2026 at 19:40", CANDIDATE_LINE, _NQ_REQUEST)

_IW_MOVED = D("""
    Dear Niamh,

    We are sorry to let you know that Irwell House will be closed for building works on
    12 August, so the assessment centre for the Learning & Development Facilitator post
    has been moved to Wednesday 19 August 2026, same time (09:30 - 13:00) and same venue.

    Your booking has been transferred automatically. If you can no longer make the new
    date, please reply to this email and Danielle Price will look at alternatives with you.

    Recruitment Team
    Irwell Health Partnership
    """)

_LL_MOVED_HTML = ats_card(
    "Lantern Learning",
    paras(D("""
        Hi Niamh,

        Your interview for Senior Learning Designer with Joost Bakker has been rescheduled.

        New time: Monday 12 October 2026, 15:00 - 15:45 CEST
        Location: Zoom (same link as before)

        The previous time on Thursday 8 October no longer applies. If the new time does
        not work, reply to this email to reach Joost.
        """)),
    esc("Lantern Learning B.V. · Overhoeksplein 2, Amsterdam · Scheduling by Ashby"),
    "#111827",
)

_SH_BW_MOVED = D("""
    Hi Niamh,

    Small change of plan from Blackwater: Karen has been called to their Galway plant for
    an audit this week, so they've asked to push your interview to Monday 23 February,
    still 2pm at Fermoy, same panel.

    Really sorry for the shuffle. Let me know if Monday works and I'll confirm it with Tom.

    Eoin
    """) + "\n" + outlook_block(
    "en", "Eoin Kiely", "11 February 2026 12:20", "Niamh Castellanos-Byrne",
    "Blackwater Medtech - interview Wednesday 18th", _SH_BW_INVITE)

_PW_CANCEL = D("""
    Dear Niamh,

    I'm writing to let you know that we need to cancel Thursday's second-stage
    conversation for the Learning & Development Partner role. Our hiring manager has been
    asked to lead an urgent regulatory project at short notice and won't be available for
    the next fortnight.

    Your application remains very much live and we still want to meet you. I'll be in
    touch within two weeks with a new date.

    With apologies,

    Gareth Ellison
    Resourcing Adviser
    Pennywell Building Society, Pennywell House, 8 St Peter's Square, Manchester M2 3DE
    0161 555 0123

    Pennywell Building Society is authorised by the Prudential Regulation Authority and
    regulated by the Financial Conduct Authority and the PRA. This email is confidential.
    """)

_CL_UPDATE = D("""
    This event has been changed.

    Interview - Niamh Castellanos-Byrne / Copperleaf
    Changed: Thursday 23 Apr 2026 14:00 - 14:45 (British Summer Time)
    (previously Wednesday 22 Apr 2026 10:00 - 10:45)

    Joining info: Join with Meet - meet.copperleaf.example.co.uk/qpv-rtzx-kwd

    Organizer: Maya Lindqvist, maya@copperleaf.example.co.uk
    Guests: Maya Lindqvist, Tom Achebe, Niamh Castellanos-Byrne

    Note from Maya: Tom's flight back from Lisbon was moved, so we've shifted this by a day.
    Hope that still works!

    Reply for niamh.cb@example.ie: Yes / Maybe / No
    """)

_DK_MOVED = D("""
    Hallo Niamh,

    leider müssen wir unser Gespräch am Dienstag verschieben: Florian ist kurzfristig auf
    einer Konferenz in Graz eingesprungen.

    Würde Ihnen stattdessen Donnerstag, 12. März, um 10:00 Uhr passen? Die aktualisierte
    Einladung hängt an, der Meet-Link bleibt gleich. Falls das nicht geht, schicken Sie
    mir gerne zwei, drei Alternativen.

    Entschuldigen Sie die Umstände!
    Katharina
    """)

_PV_CANCEL = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    das Assessment Center am 2. Juni muss leider entfallen, da die Fachabteilung
    aufgrund eines Audits nicht zur Verfügung steht.

    Ihre Bewerbung bleibt selbstverständlich im Verfahren. Als nächsten Schritt möchten
    wir Sie zu einem Vorgespräch per Teams einladen; einen Terminvorschlag erhalten Sie in
    den nächsten Tagen.

    Mit freundlichen Grüßen
    Dr. Bernhard Aigner
    Head of Training & Qualification, Pharmavia Austria GmbH
    """)

_GF_CANCEL = D("""
    Bonjour Niamh,

    Je suis malheureusement souffrante et je dois annuler notre entretien de jeudi
    26 mars à 11h. J'en suis désolée.

    Je reviens vers vous dès mon retour, a priori en début de semaine prochaine, pour
    fixer un nouveau créneau. Votre candidature reste bien sûr à l'étude.

    Bien à vous,

    Élodie Fabre
    Responsable pédagogique, Garonne Formation
    """)

_AF_MOVED = D("""
    Bonjour Niamh,

    Un imprévu m'oblige à décaler notre entretien du jeudi 28 mai. Je vous propose le
    jeudi 4 juin, toujours de 10h00 à 11h00 sur Teams. L'invitation mise à jour est
    jointe à ce message.

    Merci de votre compréhension, et n'hésitez pas à me dire si ce nouvel horaire ne vous
    convient pas.

    Julien Castaing
    Aéroformation Blagnac
    """)


_GI_MOVED = reply(D("""
    Hola Niamh:

    ¡Sin problema! Te he cambiado la entrevista al miércoles 29 de abril a las 12:30
    (hora de Madrid). El enlace de Google Meet es el mismo que tenías.

    Nos vemos el miércoles,
    Lucía
    """), "es", "jue, 23 abr 2026 a las 21:12", CANDIDATE_LINE, _GI_REQUEST)

_AD_CANCEL = D("""
    Hola Niamh:

    Te escribo con prisa: el director de RR. HH. de Hoteles Guadaíra ha tenido un
    imprevisto familiar y han cancelado todas las entrevistas de esta semana, incluida la
    tuya de mañana a las 11:00.

    Tranquila, que no es un no: siguen interesados en tu perfil y me han dicho que en
    septiembre me dan nueva fecha. En cuanto la tenga te aviso.

    Rocío
    """)

# ------------------------------------------------------------------ missed_interview_notice

_HB_MISSED = D("""
    Hi Niamh,

    I tried calling you twice at 10:00 this morning and once more at 10:10 on the number
    ending 0482, for the introductory call we'd arranged, but I couldn't get through and
    wasn't able to leave a voicemail.

    If you're still interested in the Learning & Development Associate role, please let me
    know and we can find another time.

    Kind regards,

    Sinéad Moriarty
    Talent Acquisition Partner | Harbourline Bank
    +353 1 555 0199

    Harbourline Bank DAC is regulated by the Central Bank of Ireland. This e-mail is
    confidential and may be legally privileged.
    """)

_IW_MISSED = D("""
    Dear Niamh,

    We were expecting you at Irwell House at 09:30 this morning for the assessment centre
    for the Learning & Development Facilitator post. You did not arrive, and we were not
    able to reach you on the phone number we hold.

    I hope nothing is wrong. If there was a problem with travel or the new date, please
    contact me by Friday so we can see what is possible.

    Kind regards,

    Danielle Price
    Recruitment Officer, Irwell Health Partnership
    0161 555 0149
    """)

_TIDE_MISSED_NEW = D("""
    Hi Niamh,

    Rang you at 10:30 as arranged but it went to voicemail both times. Are you still free
    to talk? I'm around until 1pm today or tomorrow morning.

    Marcus
    """)

_TIDE_MISSED = _TIDE_MISSED_NEW + "\n" + outlook_block(
    "en", "Marcus Daly <marcus.daly@tidewell.example.ie>", "Monday, September 21, 2026 8:30 AM",
    "Niamh Castellanos-Byrne <niamh.cb@example.ie>",
    "RE: Speculative application - L&D / onboarding", _TIDE_INVITE_NEW)

_HR_MISSED = D("""
    Hi Niamh,

    My client's Head of L&D and Senior Talent Partner were in the Zoom room from 11:00
    this morning and waited for around 15 minutes, but you didn't join. I've also left you
    a voicemail.

    Could you give me a quick call when you get this? If something went wrong with the
    link, I'd like to explain that to them today.

    Thanks,
    Tobias

    Tobias Grant | Halden & Rook Recruitment | 020 7946 0572
    """)

_LL_MISSED_HTML = simple_html(paras(D("""
    Hi Niamh,

    Hanneke and I were in the Zoom room at 15:00 for your interview and stayed on until
    about 15:15, but we didn't see you come in.

    Perhaps something came up - if you'd still like to talk, reply here and we'll look at
    the calendar again.

    Best,
    Joost Bakker
    Lead Learning Designer, Lantern Learning
    """)))

_PV_MISSED = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    leider konnten wir Sie heute zum vereinbarten Vorgespräch um 10:00 Uhr nicht im
    Teams-Meeting antreffen. Wir haben bis 10:20 Uhr gewartet und Ihnen zusätzlich eine
    Nachricht über den Chat geschickt.

    Sollten technische Probleme aufgetreten sein, melden Sie sich bitte bis Freitag bei
    mir.

    Mit freundlichen Grüßen
    Dr. Bernhard Aigner
    Head of Training & Qualification, Pharmavia Austria GmbH
    Brünner Straße 188, 1210 Wien
    """)

_HL_MISSED = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    Frau Weninger von der Alpenglas Versicherung hat Sie heute wie vereinbart um 10:00
    Uhr angerufen und es um 10:15 Uhr noch einmal versucht, konnte Sie aber leider nicht
    erreichen.

    Bitte melden Sie sich bei mir, damit ich den Mandanten informieren und gegebenenfalls
    einen neuen Termin abstimmen kann.

    Freundliche Grüße
    Mag. Lena Hofer
    Hofer & Lindner Personalberatung · +43 1 555 0433
    """)

_CO_MISSED = D("""
    Madame,

    Nous vous attendions ce matin à 10h00 à notre siège de Compans-Caffarelli pour votre
    entretien concernant le poste de Chargée de formation – réseau d'agences. Nous
    n'avons pas eu de nouvelles de votre part et n'avons pas réussi à vous joindre au
    téléphone.

    Si un empêchement vous a retenue, merci de nous en informer rapidement.

    Cordialement,

    Sophie Marty
    Chargée de recrutement – Direction des Ressources Humaines
    Crédit Occitan – 4 esplanade Compans-Caffarelli, 31000 Toulouse

    Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive
    de leur destinataire. Toute utilisation non conforme est interdite.
    """)

_BT_MISSED = D("""
    Estimada Sra. Castellanos-Byrne:

    La jornada de evaluación ha comenzado hoy a las 9:00 y no se ha conectado a la sesión
    de Teams. Le hemos esperado hasta las 9:20 y le hemos llamado al móvil en dos
    ocasiones, sin respuesta.

    Si ha tenido algún problema técnico o personal, le agradecería que me lo indicara hoy
    mismo respondiendo a este correo.

    Atentamente,

    Álvaro Rincón
    Técnico de Selección · Banco Triana
    Tel. 954 55 03 40
    """)


def _ics(uid, start, end, summary, organizer, seq=0, method="REQUEST", location="",
         description="", mode="alt"):
    return {"uid": uid, "start": start, "end": end, "summary": summary, "organizer": organizer, "seq": seq,
                "method": method, "location": location, "description": description, "mode": mode}


_LVU_ORG = ("Orla Hegarty", "orla.hegarty@lvu.example.ie")
_GL_ORG = ("Declan O'Mahony", "declan.omahony@glanmire.example.ie")
_CL_ORG = ("Maya Lindqvist", "maya@copperleaf.example.co.uk")
_DK_ORG = ("Katharina Pichler", "k.pichler@donaukanal-lernwerk.example.at")
_PV_ORG = ("Dr. Bernhard Aigner", "bernhard.aigner@pharmavia.example.at")
_AF_ORG = ("Julien Castaing", "julien.castaing@aeroformation.example.fr")

MESSAGES = [
    # -------------------------------------------------------------- interview_invitation
    {"kind": "interview_invitation", "name": "lvu_panel_calendar_request", "lang": "en",
         "company": "Lee Valley University", "contact": "orla.hegarty@lvu.example.ie",
         "key": "lvu-invite", "parent": "lvu-ack",
         "frm": _LVU_ORG, "date": "2026-02-05 11:20 +0000",
         "subject": "Invitation to interview – Learning Designer, Centre for Digital Teaching",
         "text": _LVU_INVITE, "html": outlook_html(paras(_LVU_INVITE)), "cte": "quoted-printable",
         "ics": _ics("lvu-ld-r02219-ncb@lvu.example.ie", "20260217T103000Z", "20260217T113000Z",
                  "Interview: Learning Designer (R-02219)", _LVU_ORG,
                  location="Room 2.07, Kane Quadrangle, Lee Valley University",
                  mode="alt+file")},
    {"kind": "interview_invitation", "name": "brightpath_greenhouse_screen", "lang": "en",
         "company": "Brightpath Learning", "contact": "ciaran.breen@brightpath.example.ie",
         "key": "bp-screen", "parent": "bp-ack",
         "frm": ("Ciarán Breen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
         "frm_enc": ("utf-8", "Q"),
         "reply_to": ("Ciarán Breen", "ciaran.breen@brightpath.example.ie"),
         "date": "2026-03-10 14:03 +0000",
         "subject": "Brightpath Learning: let's find a time to talk",
         "text": _BP_SCREEN,
         "html": ats_card("Brightpath Learning", paras(_BP_SCREEN).replace(
             "https://app.greenhouse.io/scheduling/brightpath/8f3c1a7e-62d4/availability",
             '<a href="https://app.greenhouse.io/scheduling/brightpath/8f3c1a7e-62d4/'
             'availability">Choose a time</a>'), "", "#f97316")},
    {"kind": "interview_invitation", "name": "harbourline_phone_screen_ask", "lang": "en",
         "company": "Harbourline Bank", "contact": "sinead.moriarty@harbourline.example.ie",
         "key": "hb-screen", "parent": "hb-ack",
         "frm": ("Sinéad Moriarty", "sinead.moriarty@harbourline.example.ie"),
         "frm_enc": ("iso-8859-1", "Q"),
         "date": "2026-03-05 09:48 +0000",
         "subject": "Learning & Development Associate - quick phone call?",
         "text": _HB_SCREEN, "html": outlook_html(paras(_HB_SCREEN)), "charset": "windows-1252",
         "cte": "quoted-printable"},
    {"kind": "interview_invitation", "name": "harbourline_assessment_centre_pdf", "lang": "en",
         "company": "Harbourline Bank", "contact": "sinead.moriarty@harbourline.example.ie",
         "key": "hb-ac", "parent": "hb-apology",
         "frm": ("Sinéad Moriarty", "sinead.moriarty@harbourline.example.ie"),
         "date": "2026-03-20 16:12 +0000",
         "subject": "Re: Missed call - our 10:00 chat",
         "text": _HB_AC,
         "pdfs": [{"filename": "Assessment_Centre_Agenda_2April.pdf",
                    "title": "Harbourline Bank - Assessment Centre Agenda",
                    "lines": ["Thursday 2 April 2026, 1 Spencer Dock, Dublin 1",
                           "09:15  Welcome and introductions",
                           "09:45  Group exercise",
                           "11:00  Training delivery (15 minutes)",
                           "12:00  Lunch",
                           "13:00  Competency-based interview",
                           "14:30  Close"]}]},
    {"kind": "interview_invitation", "name": "glanmire_teams_invite", "lang": "en",
         "company": "Glanmire Therapeutics", "contact": "declan.omahony@glanmire.example.ie",
         "key": "gl-invite", "parent": "gl-ack",
         "frm": _GL_ORG, "date": "2026-04-20 10:15 +0100",
         "subject": "Interview: Training Specialist (GMP) - Thursday 30 April",
         "text": _GL_INVITE, "html": outlook_html(paras(_GL_INVITE)),
         "ics": _ics("040000008200E00074C5B7101A82E0080000000051A4C2@glanmire", "20260430T130000Z",
                  "20260430T134500Z", "Interview: Training Specialist (GMP)", _GL_ORG,
                  location="Microsoft Teams Meeting")},
    {"kind": "interview_invitation", "name": "suirvalley_competency_interview", "lang": "en",
         "company": "Suir Valley County Council", "contact": "recruitment@suirvalleycoco.example.ie",
         "key": "sv-invite", "parent": "sv-ack",
         "frm": ("Recruitment Unit, Suir Valley County Council",
              "recruitment@suirvalleycoco.example.ie"),
         "date": "2026-06-02 15:30 +0100",
         "subject": "SV/HR/26/07 Training Officer - Invitation to Interview",
         "text": _SV_INVITE, "charset": "windows-1252", "cte": "quoted-printable",
         "pdfs": [{"filename": "Interview_Letter_SV-HR-26-07.pdf",
                    "title": "Suir Valley County Council - Invitation to Interview",
                    "lines": ["Competition: Training Officer (Temporary), SV/HR/26/07",
                           "Candidate: Niamh Castellanos-Byrne",
                           "Date: Tuesday 16 June 2026, 11.15 a.m.",
                           "Venue: Council Chamber Annex, Civic Offices, The Quay, Waterford",
                           "Please bring photographic ID and original qualifications."]}]},
    {"kind": "interview_invitation", "name": "thameside_free_thursday_chat", "lang": "en",
         "company": "Thameside Skills Trust", "contact": "priya.raman@thamesideskills.example.org.uk",
         "key": "ts-chat", "parent": "ts-ack",
         "frm": ("Priya Raman", "priya.raman@thamesideskills.example.org.uk"),
         "date": "2026-05-20 13:02 +0100",
         "subject": "Fancy a chat about the coordinator role?",
         "text": _TS_CHAT},
    {"kind": "interview_invitation", "name": "northernquill_lever_scheduling", "lang": "en",
         "company": "Northern Quill Learning",
         "contact": "hannah.okafor@northernquill.example.co.uk", "key": "nq-invite",
         "frm": ("Hannah Okafor (Northern Quill Learning)", "no-reply@hire.lever.co"),
         "reply_to": ("Hannah Okafor", "hannah.okafor@northernquill.example.co.uk"),
         "date": "2026-06-08 10:30 +0000",
         "subject": "Interview with Northern Quill Learning - Digital Learning Producer",
         "text": _NQ_INVITE, "html": simple_html(paras(_NQ_INVITE))},
    {"kind": "interview_invitation", "name": "canalside_trial_day", "lang": "en",
         "company": "Canalside Digital Academy", "contact": "sanne@canalside.example.nl",
         "key": "ca-trial", "parent": "ca-ack",
         "frm": ("Sanne de Vries", "sanne@canalside.example.nl"),
         "date": "2026-07-15 11:40 +0200",
         "subject": "Final step: a trial day at Canalside?",
         "text": _CA_TRIAL},
    {"kind": "interview_invitation", "name": "shandon_blackwater_client_interview", "lang": "en",
         "company": "Blackwater Medtech", "contact": "eoin.kiely@shandontalent.example.ie",
         "key": "sh-bw-invite", "parent": "sh-reg",
         "frm": ("Eoin Kiely", "eoin.kiely@shandontalent.example.ie"),
         "date": "2026-02-11 12:20 +0000",
         "subject": "Blackwater Medtech - interview Wednesday 18th",
         "text": _SH_BW_INVITE},
    {"kind": "interview_invitation", "name": "haldenrook_unnamed_client_zoom", "lang": "en",
         "company": "Halden & Rook", "contact": "tobias.grant@haldenrook.example.co.uk",
         "key": "hr-invite", "parent": "hr-reg",
         "frm": ("Tobias Grant", "tobias.grant@haldenrook.example.co.uk"),
         "date": "2026-03-25 17:05 +0000",
         "subject": "Interview - L&D Partner role (my payments client)",
         "text": _HR_INVITE, "html": outlook_html(paras(_HR_INVITE), "EN-GB")},
    {"kind": "interview_invitation", "name": "copperleaf_ashby_schedule", "lang": "en",
         "company": "Copperleaf Learning Studio", "contact": "maya@copperleaf.example.co.uk",
         "key": "cl-invite", "parent": "cl-ack",
         "frm": ("Copperleaf Learning Studio", "no-reply@ashbyhq.com"),
         "reply_to": _CL_ORG,
         "date": "2026-04-15 09:12 +0000",
         "subject": "Invitation to interview: Learning Designer (Client Programmes)",
         "text": _CL_INVITE, "html": ats_card("Copperleaf Learning Studio", paras(_CL_INVITE), "",
                                        "#92400e")},
    {"kind": "interview_invitation", "name": "irwell_assessment_centre_booking", "lang": "en",
         "company": "Irwell Health Partnership", "contact": "", "key": "iw-invite",
         "frm": ("Irwell Health Partnership", "no-reply@teamtailor-mail.com"),
         "date": "2026-08-03 08:55 +0100",
         "subject": "Assessment centre invitation - Learning & Development Facilitator",
         "html": _IW_INVITE_HTML, "cte": "quoted-printable"},
    {"kind": "interview_invitation", "name": "opendoors_free_thursday", "lang": "en",
         "company": "Open Doors Learning Trust", "contact": "ruairi@opendoors.example.ie",
         "key": "od-coffee", "parent": "od-apply",
         "frm": ("Ruairí Nolan", "ruairi@opendoors.example.ie"), "frm_enc": ("utf-8", "B"),
         "date": "2026-01-15 20:41 +0000",
         "subject": "Re: Application - Volunteer Training Coordinator",
         "text": _OD_COFFEE},
    {"kind": "interview_invitation", "name": "tidewell_call_outlook_chain", "lang": "en",
         "company": "Tidewell Energy", "contact": "marcus.daly@tidewell.example.ie",
         "key": "tide-invite", "parent": "tide-spec",
         "frm": ("Marcus Daly", "marcus.daly@tidewell.example.ie"),
         "date": "2026-09-21 08:30 +0100",
         "subject": "RE: Speculative application - L&D / onboarding",
         "text": _TIDE_INVITE, "html": outlook_html(paras(_TIDE_INVITE)), "charset": "windows-1252",
         "cte": "quoted-printable"},
    {"kind": "interview_invitation", "name": "donaukanal_einladung_meet", "lang": "de",
         "company": "Donaukanal Lernwerk", "contact": "k.pichler@donaukanal-lernwerk.example.at",
         "key": "dk-invite", "parent": "dk-ack",
         "frm": _DK_ORG, "date": "2026-03-02 09:40 +0100",
         "subject": "Einladung zum Kennenlerngespräch – Learning Designer (m/w/d)",
         "text": _DK_INVITE, "html": simple_html(paras(_DK_INVITE)), "cte": "quoted-printable",
         "ics": _ics("dk-ld-ncb-0310@donaukanal-lernwerk.example.at", "20260310T130000Z",
                  "20260310T134500Z", "Kennenlerngespräch Donaukanal Lernwerk / "
                  "Niamh Castellanos-Byrne", _DK_ORG, location="Google Meet",
                  mode="alt+file")},
    {"kind": "interview_invitation", "name": "pharmavia_assessment_center", "lang": "de",
         "company": "Pharmavia Austria", "contact": "bernhard.aigner@pharmavia.example.at",
         "key": "pv-ac", "parent": "pv-ack",
         "frm": ("Pharmavia Austria GmbH", "noreply@softgarden.io"),
         "reply_to": _PV_ORG,
         "date": "2026-05-18 14:25 +0200",
         "subject": "Einladung zum Assessment Center am 2. Juni 2026",
         "text": _PV_AC, "html": ats_card("Pharmavia Austria", paras(_PV_AC), "", "#0f766e"),
         "cte": "base64"},
    {"kind": "interview_invitation", "name": "bildungswerk_kurzes_gespraech", "lang": "de",
         "company": "Bildungswerk Leopoldstadt",
         "contact": "jakob.hubmayr@bildungswerk-leopoldstadt.example.at", "key": "bw-invite",
         "frm": ("Jakob Hubmayr", "jakob.hubmayr@bildungswerk-leopoldstadt.example.at"),
         "date": "2026-07-07 19:02 +0200",
         "subject": "Kurzes Gespräch nächste Woche?",
         "text": _BW_INVITE, "charset": "iso-8859-1", "cte": "8bit"},
    {"kind": "interview_invitation", "name": "hoferlindner_alpenglas_telefon", "lang": "de",
         "company": "Alpenglas Versicherung", "contact": "lena.hofer@hofer-lindner.example.at",
         "key": "hl-invite",
         "frm": ("Mag. Lena Hofer", "lena.hofer@hofer-lindner.example.at"),
         "date": "2026-08-25 11:11 +0200",
         "subject": "Telefoninterview mit Alpenglas Versicherung am 3. September",
         "text": _HL_INVITE, "html": outlook_html(paras(_HL_INVITE), "DE-AT"),
         "cte": "quoted-printable"},
    {"kind": "interview_invitation", "name": "garonne_teamtailor_creneau", "lang": "fr",
         "company": "Garonne Formation", "contact": "elodie.fabre@garonne-formation.example.fr",
         "key": "gf-invite", "parent": "gf-ack",
         "frm": ("Garonne Formation", "no-reply@teamtailor-mail.com"),
         "reply_to": ("Élodie Fabre", "elodie.fabre@garonne-formation.example.fr"),
         "reply_to_enc": ("utf-8", "Q"),
         "date": "2026-03-18 10:05 +0100",
         "subject": "Entretien pour le poste de Concepteur·rice pédagogique digital",
         "text": _GF_INVITE, "html": ats_card("Garonne Formation", paras(_GF_INVITE), "",
                                        "#b45309")},
    {"kind": "interview_invitation", "name": "aeroformation_visio_teams", "lang": "fr",
         "company": "Aéroformation Blagnac", "contact": "julien.castaing@aeroformation.example.fr",
         "key": "af-invite", "parent": "af-ack",
         "frm": _AF_ORG, "date": "2026-05-20 09:30 +0200",
         "subject": "Invitation : entretien visio – Ingénieur(e) pédagogique",
         "text": _AF_INVITE, "html": outlook_html(paras(_AF_INVITE), "FR"),
         "ics": _ics("040000008200E00074C5B7101A82E00800000000AF28@aeroformation",
                  "20260528T080000Z", "20260528T090000Z",
                  "Entretien – Ingénieur(e) pédagogique – N. Castellanos-Byrne", _AF_ORG,
                  location="Réunion Microsoft Teams")},
    {"kind": "interview_invitation", "name": "talentsdoc_institut_pastel", "lang": "fr",
         "company": "Institut Pastel", "contact": "m.roux@talentsdoc.example.fr",
         "key": "td-invite", "parent": "td-reg",
         "frm": ("Mathilde Roux", "m.roux@talentsdoc.example.fr"),
         "date": "2026-09-02 17:45 +0200",
         "subject": "Entretien avec l'Institut Pastel mardi 8 septembre",
         "text": _TD_INVITE},
    {"kind": "interview_invitation", "name": "campusnum_convocation_jury", "lang": "fr",
         "company": "Campus Numérique Occitanie",
         "contact": "h.sabatier@campusnum-occitanie.example.fr", "key": "cn-invite",
         "frm": ("Hélène Sabatier", "h.sabatier@campusnum-occitanie.example.fr"),
         "frm_enc": ("iso-8859-1", "B"),
         "date": "2026-10-01 14:20 +0200",
         "subject": "Convocation à un entretien – Chargée de projets pédagogiques",
         "text": _CN_INVITE, "charset": "windows-1252", "cte": "quoted-printable"},
    {"kind": "interview_invitation", "name": "giralda_workable_elige_horario", "lang": "es",
         "company": "Giralda eLearning", "contact": "lucia.ferrer@giralda-elearning.example.es",
         "key": "gi-invite", "parent": "gi-ack",
         "frm": ("Giralda eLearning", "noreply@workablemail.com"),
         "reply_to": ("Lucía Ferrer", "lucia.ferrer@giralda-elearning.example.es"),
         "date": "2026-04-22 10:10 +0200",
         "subject": "Entrevista con Giralda eLearning: elige tu horario",
         "text": _GI_INVITE, "html": ats_card("Giralda eLearning", paras(_GI_INVITE), "",
                                        "#7c3aed")},
    {"kind": "interview_invitation", "name": "bancotriana_jornada_evaluacion", "lang": "es",
         "company": "Banco Triana", "contact": "alvaro.rincon@bancotriana.example.es",
         "key": "bt-invite",
         "frm": ("Álvaro Rincón", "alvaro.rincon@bancotriana.example.es"),
         "date": "2026-08-31 12:00 +0200",
         "subject": "Convocatoria: jornada de evaluación – Formador/a Interno/a",
         "text": _BT_INVITE, "html": outlook_html(paras(_BT_INVITE), "ES"),
         "cte": "quoted-printable"},
    {"kind": "interview_invitation", "name": "adelante_hoteles_guadaira", "lang": "es",
         "company": "Hoteles Guadaíra", "contact": "rocio.maldonado@adelantetalento.example.es",
         "key": "ad-invite", "parent": "ad-reg",
         "frm": ("Rocío Maldonado", "rocio.maldonado@adelantetalento.example.es"),
         "date": "2026-07-28 13:40 +0200",
         "subject": "Entrevista con Hoteles Guadaíra el martes 4",
         "text": _AD_INVITE},
    # -------------------------------------------------------------- reschedule / cancel
    {"kind": "interview_reschedule_or_cancel", "name": "lvu_moved_sequence_bump", "lang": "en",
         "company": "Lee Valley University", "contact": "orla.hegarty@lvu.example.ie",
         "key": "lvu-moved", "parent": "lvu-invite",
         "frm": _LVU_ORG, "date": "2026-02-09 16:05 +0000",
         "subject": "Updated: interview now Wednesday 18 February at 14:00",
         "text": _LVU_MOVED, "html": outlook_html(paras(_LVU_MOVED)),
         "ics": _ics("lvu-ld-r02219-ncb@lvu.example.ie", "20260218T140000Z", "20260218T150000Z",
                  "Interview: Learning Designer (R-02219)", _LVU_ORG, seq=1,
                  location="Room 2.07, Kane Quadrangle, Lee Valley University",
                  mode="alt+file")},
    {"kind": "interview_reschedule_or_cancel", "name": "glanmire_method_cancel", "lang": "en",
         "company": "Glanmire Therapeutics", "contact": "declan.omahony@glanmire.example.ie",
         "key": "gl-cancel", "parent": "gl-invite",
         "frm": _GL_ORG, "date": "2026-04-27 08:50 +0100",
         "subject": "Canceled: Interview: Training Specialist (GMP) - Thursday 30 April",
         "text": _GL_CANCEL, "html": outlook_html(paras(_GL_CANCEL)),
         "ics": _ics("040000008200E00074C5B7101A82E0080000000051A4C2@glanmire", "20260430T130000Z",
                  "20260430T134500Z", "Canceled: Interview: Training Specialist (GMP)",
                  _GL_ORG, seq=1, method="CANCEL", location="Microsoft Teams Meeting")},
    {"kind": "interview_reschedule_or_cancel", "name": "thameside_moved_after_missed", "lang": "en",
         "company": "Thameside Skills Trust", "contact": "priya.raman@thamesideskills.example.org.uk",
         "key": "ts-moved", "parent": "ts-missed",
         "frm": ("Priya Raman", "priya.raman@thamesideskills.example.org.uk"),
         "date": "2026-06-01 10:20 +0100",
         "subject": "Re: Sorry we missed each other today",
         "text": _TS_MOVED},
    {"kind": "interview_reschedule_or_cancel", "name": "northernquill_interviewer_ill",
         "lang": "en", "company": "Northern Quill Learning",
         "contact": "hannah.okafor@northernquill.example.co.uk",
         "key": "nq-moved", "parent": "nq-request",
         "frm": ("Hannah Okafor", "hannah.okafor@northernquill.example.co.uk"),
         "date": "2026-06-12 12:15 +0100",
         "subject": "Re: Interview on Monday - could we move it?",
         "text": _NQ_MOVED, "html": simple_html(paras(_NQ_MOVED))},
    {"kind": "interview_reschedule_or_cancel", "name": "irwell_assessment_moved", "lang": "en",
         "company": "Irwell Health Partnership",
         "contact": "danielle.price@irwellhealth.example.org.uk",
         "key": "iw-moved", "parent": "iw-invite",
         "frm": ("Irwell Health Partnership", "no-reply@teamtailor-mail.com"),
         "reply_to": ("Danielle Price", "danielle.price@irwellhealth.example.org.uk"),
         "date": "2026-08-10 15:45 +0100",
         "subject": "Change of date: assessment centre now Wednesday 19 August",
         "text": _IW_MOVED, "html": ats_card("Irwell Health Partnership", paras(_IW_MOVED), "",
                                       "#005eb8")},
    {"kind": "interview_reschedule_or_cancel", "name": "lantern_ashby_rescheduled", "lang": "en",
         "company": "Lantern Learning", "contact": "joost@lanternlearning.example.nl",
         "key": "ll-moved",
         "frm": ("Lantern Learning", "no-reply@ashbyhq.com"),
         "reply_to": ("Joost Bakker", "joost@lanternlearning.example.nl"),
         "date": "2026-10-05 09:00 +0200",
         "subject": "Your interview with Lantern Learning has been rescheduled",
         "html": _LL_MOVED_HTML, "cte": "base64"},
    {"kind": "interview_reschedule_or_cancel", "name": "shandon_blackwater_pushed", "lang": "en",
         "company": "Blackwater Medtech", "contact": "eoin.kiely@shandontalent.example.ie",
         "key": "sh-bw-moved", "parent": "sh-bw-invite",
         "frm": ("Eoin Kiely", "eoin.kiely@shandontalent.example.ie"),
         "date": "2026-02-16 09:10 +0000",
         "subject": "RE: Blackwater Medtech - interview Wednesday 18th",
         "text": _SH_BW_MOVED, "html": outlook_html(paras(_SH_BW_MOVED))},
    {"kind": "interview_reschedule_or_cancel", "name": "pennywell_second_stage_cancelled",
         "lang": "en", "company": "Pennywell Building Society",
         "contact": "gareth.ellison@pennywell.example.co.uk", "key": "pw-cancel",
         "frm": ("Gareth Ellison", "gareth.ellison@pennywell.example.co.uk"),
         "date": "2026-09-14 11:30 +0100",
         "subject": "Thursday's second-stage conversation",
         "text": _PW_CANCEL},
    {"kind": "interview_reschedule_or_cancel", "name": "copperleaf_calendar_updated", "lang": "en",
         "company": "Copperleaf Learning Studio", "contact": "maya@copperleaf.example.co.uk",
         "key": "cl-update", "parent": "cl-invite",
         "frm": _CL_ORG, "date": "2026-04-21 13:05 +0100",
         "subject": "Updated invitation: Interview - Niamh Castellanos-Byrne / Copperleaf @ "
                 "Thu 23 Apr 2026 14:00 - 14:45 (BST)",
         "text": _CL_UPDATE, "html": simple_html(paras(_CL_UPDATE)),
         "ics": _ics("5q1v0c8kd2@copperleaf.example.co.uk", "20260423T130000Z",
                  "20260423T134500Z", "Interview - Niamh Castellanos-Byrne / Copperleaf",
                  _CL_ORG, seq=2, location="meet.copperleaf.example.co.uk/qpv-rtzx-kwd",
                  mode="alt+file")},
    {"kind": "interview_reschedule_or_cancel", "name": "donaukanal_verschoben", "lang": "de",
         "company": "Donaukanal Lernwerk", "contact": "k.pichler@donaukanal-lernwerk.example.at",
         "key": "dk-moved", "parent": "dk-invite",
         "frm": _DK_ORG, "date": "2026-03-06 12:30 +0100",
         "subject": "Verschiebung unseres Gesprächs am Dienstag",
         "subj_enc": ("iso-8859-1", "Q"),
         "text": _DK_MOVED, "charset": "iso-8859-1", "cte": "quoted-printable",
         "ics": _ics("dk-ld-ncb-0310@donaukanal-lernwerk.example.at", "20260312T090000Z",
                  "20260312T094500Z", "Kennenlerngespräch Donaukanal Lernwerk / "
                  "Niamh Castellanos-Byrne", _DK_ORG, seq=1, location="Google Meet",
                  mode="file")},
    {"kind": "interview_reschedule_or_cancel", "name": "pharmavia_ac_abgesagt", "lang": "de",
         "company": "Pharmavia Austria", "contact": "bernhard.aigner@pharmavia.example.at",
         "key": "pv-cancel", "parent": "pv-ac",
         "frm": _PV_ORG, "date": "2026-05-26 16:40 +0200",
         "subject": "Abgesagt: Assessment Center Pharmavia Austria – 2. Juni",
         "text": _PV_CANCEL, "html": outlook_html(paras(_PV_CANCEL), "DE-AT"),
         "ics": _ics("pv-ac-20260602-ncb@pharmavia.example.at", "20260602T063000Z",
                  "20260602T130000Z", "Assessment Center Trainer:in GMP", _PV_ORG, seq=1,
                  method="CANCEL", location="Brünner Straße 188, 1210 Wien")},
    {"kind": "interview_reschedule_or_cancel", "name": "garonne_annulation_malade", "lang": "fr",
         "company": "Garonne Formation", "contact": "elodie.fabre@garonne-formation.example.fr",
         "key": "gf-cancel", "parent": "gf-invite",
         "frm": ("Élodie Fabre", "elodie.fabre@garonne-formation.example.fr"),
         "frm_enc": ("iso-8859-1", "Q"),
         "date": "2026-03-24 08:15 +0100",
         "subject": "Annulation de notre entretien de jeudi",
         "text": _GF_CANCEL, "charset": "iso-8859-1", "cte": "8bit"},
    {"kind": "interview_reschedule_or_cancel", "name": "aeroformation_decale_4juin", "lang": "fr",
         "company": "Aéroformation Blagnac", "contact": "julien.castaing@aeroformation.example.fr",
         "key": "af-moved", "parent": "af-invite",
         "frm": _AF_ORG, "date": "2026-05-26 17:05 +0200",
         "subject": "Mis à jour : Entretien – Ingénieur(e) pédagogique – N. Castellanos-Byrne",
         "text": _AF_MOVED, "html": outlook_html(paras(_AF_MOVED), "FR"),
         "ics": _ics("040000008200E00074C5B7101A82E00800000000AF28@aeroformation",
                  "20260604T080000Z", "20260604T090000Z",
                  "Entretien – Ingénieur(e) pédagogique – N. Castellanos-Byrne", _AF_ORG,
                  seq=1, location="Réunion Microsoft Teams")},
    {"kind": "interview_reschedule_or_cancel", "name": "giralda_reprogramada", "lang": "es",
         "company": "Giralda eLearning", "contact": "lucia.ferrer@giralda-elearning.example.es",
         "key": "gi-moved", "parent": "gi-request",
         "frm": ("Lucía Ferrer", "lucia.ferrer@giralda-elearning.example.es"),
         "date": "2026-04-24 09:25 +0200",
         "subject": "Re: Cambio de hora de la entrevista",
         "text": _GI_MOVED},
    {"kind": "interview_reschedule_or_cancel", "name": "adelante_cliente_cancela", "lang": "es",
         "company": "Hoteles Guadaíra", "contact": "rocio.maldonado@adelantetalento.example.es",
         "parent": "ad-invite",
         "frm": ("Rocío Maldonado", "rocio.maldonado@adelantetalento.example.es"),
         "frm_enc": ("iso-8859-1", "B"),
         "date": "2026-08-03 10:15 +0200",
         "subject": "Cancelada la entrevista de mañana con Hoteles Guadaíra",
         "text": _AD_CANCEL, "html": simple_html(paras(_AD_CANCEL))},
    # -------------------------------------------------------------- missed_interview_notice
    {"kind": "missed_interview_notice", "name": "harbourline_tried_calling_twice", "lang": "en",
         "company": "Harbourline Bank", "contact": "sinead.moriarty@harbourline.example.ie",
         "key": "hb-missed", "parent": "hb-screen",
         "frm": ("Sinéad Moriarty", "sinead.moriarty@harbourline.example.ie"),
         "date": "2026-03-12 10:24 +0000",
         "subject": "Missed call - our 10:00 chat",
         "text": _HB_MISSED, "html": outlook_html(paras(_HB_MISSED))},
    {"kind": "missed_interview_notice", "name": "thameside_waited_on_teams", "lang": "en",
         "company": "Thameside Skills Trust", "contact": "priya.raman@thamesideskills.example.org.uk",
         "key": "ts-missed", "parent": "ts-chat",
         "frm": ("Priya Raman", "priya.raman@thamesideskills.example.org.uk"),
         "date": "2026-05-28 15:25 +0100",
         "subject": "Sorry we missed each other today",
         "text": _TS_MISSED},
    {"kind": "missed_interview_notice", "name": "irwell_did_not_attend", "lang": "en",
         "company": "Irwell Health Partnership",
         "contact": "danielle.price@irwellhealth.example.org.uk",
         "key": "iw-missed", "parent": "iw-moved",
         "frm": ("Danielle Price", "danielle.price@irwellhealth.example.org.uk"),
         "date": "2026-08-19 14:30 +0100",
         "subject": "Today's assessment centre",
         "html": outlook_html(paras(_IW_MISSED), "EN-GB"), "cte": "quoted-printable"},
    {"kind": "missed_interview_notice", "name": "tidewell_voicemail_twice", "lang": "en",
         "company": "Tidewell Energy", "contact": "marcus.daly@tidewell.example.ie",
         "parent": "tide-invite",
         "frm": ("Marcus Daly", "marcus.daly@tidewell.example.ie"),
         "date": "2026-09-24 10:48 +0100",
         "subject": "RE: Speculative application - L&D / onboarding",
         "text": _TIDE_MISSED},
    {"kind": "missed_interview_notice", "name": "haldenrook_client_waited_zoom", "lang": "en",
         "company": "Halden & Rook", "contact": "tobias.grant@haldenrook.example.co.uk",
         "parent": "hr-invite",
         "frm": ("Tobias Grant", "tobias.grant@haldenrook.example.co.uk"),
         "date": "2026-04-01 11:35 +0100",
         "subject": "Today's 11:00 Zoom",
         "text": _HR_MISSED},
    {"kind": "missed_interview_notice", "name": "lantern_zoom_room", "lang": "en",
         "company": "Lantern Learning", "contact": "joost@lanternlearning.example.nl",
         "parent": "ll-moved",
         "frm": ("Joost Bakker", "joost@lanternlearning.example.nl"),
         "date": "2026-10-12 15:26 +0200",
         "subject": "We were in the Zoom room",
         "html": _LL_MISSED_HTML},
    {"kind": "missed_interview_notice", "name": "pharmavia_teams_nicht_angetroffen", "lang": "de",
         "company": "Pharmavia Austria", "contact": "bernhard.aigner@pharmavia.example.at",
         "key": "pv-missed", "parent": "pv-cancel",
         "frm": _PV_ORG, "date": "2026-06-10 10:40 +0200",
         "subject": "Unser Teams-Termin heute um 10:00 Uhr",
         "text": _PV_MISSED, "charset": "iso-8859-1", "cte": "quoted-printable"},
    {"kind": "missed_interview_notice", "name": "hoferlindner_nicht_erreichbar", "lang": "de",
         "company": "Alpenglas Versicherung", "contact": "lena.hofer@hofer-lindner.example.at",
         "key": "hl-missed", "parent": "hl-invite",
         "frm": ("Mag. Lena Hofer", "lena.hofer@hofer-lindner.example.at"),
         "date": "2026-09-03 11:05 +0200",
         "subject": "Telefoninterview Alpenglas – Sie waren leider nicht erreichbar",
         "subj_enc": ("utf-8", "B"),
         "text": _HL_MISSED},
    {"kind": "missed_interview_notice", "name": "creditoccitan_absente_entretien", "lang": "fr",
         "company": "Crédit Occitan", "contact": "sophie.marty@creditoccitan.example.fr",
         "key": "co-missed",
         "frm": ("Sophie Marty", "sophie.marty@creditoccitan.example.fr"),
         "date": "2026-07-02 14:50 +0200",
         "subject": "Votre entretien de ce matin",
         "text": _CO_MISSED, "charset": "windows-1252", "cte": "8bit"},
    {"kind": "missed_interview_notice", "name": "bancotriana_no_se_conecto", "lang": "es",
         "company": "Banco Triana", "contact": "alvaro.rincon@bancotriana.example.es",
         "key": "bt-missed", "parent": "bt-invite",
         "frm": ("Álvaro Rincón", "alvaro.rincon@bancotriana.example.es"),
         "date": "2026-09-10 09:45 +0200",
         "subject": "Jornada de evaluación: no ha podido conectarse",
         "text": _BT_MISSED, "html": outlook_html(paras(_BT_MISSED), "ES")},
]

