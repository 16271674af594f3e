"""Corpus 179: everything that is not a job event for the candidate (hand-written specs).

Digests, newsletters, career advice, interview requests of other sorts, the candidate's
own sent mail, auto-replies, notifications, life admin that borrows the vocabulary.
"""

from msgs179_acks import _BP_OFFER, _BP_VERBAL
from msgs179_common import (
    ME,
    D,
    ats_card,
    button,
    esc,
    newsletter_html,
    paras,
    reply,
    simple_html,
)

LIST_UNSUB = "List-Unsubscribe"

# ------------------------------------------------------------------ own sent mail (en)

LVU_THANKS = D("""
    Dear Orla,

    I wanted to thank you and the board for the interview this afternoon. I really enjoyed
    the conversation about blended first-year teaching, and it was a pleasure to hear
    about the plans for the Centre for Digital Teaching.

    Please pass on my thanks to Prof. Crowley and Dr Ní Loingsigh. I look forward to
    hearing from you.

    Kind regards,
    Niamh Castellanos-Byrne
    087 555 0482
    """)

_HB_APOLOGY = D("""
    Hi Sinéad,

    I'm so sorry about this morning. My phone was on silent in my classroom and I only
    saw your missed calls at break time. I'm still very interested in the role. I'm free
    any afternoon next week after 15:00, or Monday or Friday morning.

    Apologies again,
    Niamh
    """)

_HB_MISSED_Q = D("""
    Hi Niamh,

    I tried calling you twice at 10:00 this morning and once more at 10:10 on the number
    ending 0482, for the introductory call we'd arranged, but I couldn't get through and
    wasn't able to leave a voicemail.
    """)

_OD_APPLICATION = D("""
    Dear Ruairí,

    I'm writing to apply for the Volunteer Training Coordinator position advertised on
    your website. I've been a primary teacher in Cork for nine years and for the last
    three I have organised our school's continuing professional development, including
    mentoring newly qualified teachers.

    I've attached my CV. I'd be glad to tell you more at any time.

    Kind regards,
    Niamh Castellanos-Byrne
    """)

_NQ_REQUEST = D("""
    Hi Hannah,

    Thank you for the invitation. I booked Monday 15 June at 11:00, but I've just been
    told I'm needed for our school's sports day that morning. Would it be possible to move
    the interview to later that week? Apologies for the bother.

    Best wishes,
    Niamh
    """)

_BP_ACCEPT = D("""
    Hi Fiona,

    I'm delighted to accept the offer - signed letter attached as a scan. Thank you for
    making the whole process so easy.

    I've told my principal and I can confirm Monday 1 June as my start date. My two
    referees are copied on the form in the letter.

    Looking forward to it!
    Niamh
    """)

_TIDE_SPEC = D("""
    Dear Mr Daly,

    I'm a primary teacher moving into learning and development, and I read in the
    Examiner that Tidewell is growing its technician workforce in Cork Harbour. I would
    welcome the opportunity to help build your onboarding and training programmes. My CV
    is attached.

    Kind regards,
    Niamh Castellanos-Byrne
    """)

_FOLLOWUP = D("""
    Dear Mark,

    I applied for the L&D Lead post at Kestrel Schools Trust on 20 February and wanted
    to check whether there is any update on the timeline for shortlisting or interviews.

    I remain very interested in the role and would be happy to provide anything further.

    Kind regards,
    Niamh Castellanos-Byrne
    """)

# ------------------------------------------------------------------ digests & newsletters

_JOBSNEST_ITEMS = [
    ("Learning & Development Specialist - Corrib Retail, Cork",
     "https://jobsnest.example.ie/j/88123?utm_source=alert",
     "Hybrid · €45k-€50k · Posted 2 days ago · Interviews this month"),
    ("Instructional Designer - Harlow Pharma Services, Dublin 24",
     "https://jobsnest.example.ie/j/88140?utm_source=alert",
     "Permanent · Storyline experience an advantage"),
    ("Training Coordinator (maternity cover) - Waterford City",
     "https://jobsnest.example.ie/j/88177?utm_source=alert",
     "Fixed term 12 months · Start ASAP"),
    ("Career advice: 7 things to do after a rejection email",
     "https://jobsnest.example.ie/advice/after-rejection?utm_source=alert",
     "Unfortunately most candidates hear 'no' far more often than 'yes'. Here's how to "
     "turn each one into feedback."),
    ("Interview tips: answering 'Why are you leaving teaching?'",
     "https://jobsnest.example.ie/advice/leaving-teaching?utm_source=alert",
     "Our recruiters share the answers that land well with hiring panels."),
]

_JOBSNEST_TEXT = D("""
    JobsNest.ie - your daily job alert: "learning and development" near Cork

    Hi Niamh, here are today's new positions matching your alert.

    1. Learning & Development Specialist - Corrib Retail, Cork
       https://jobsnest.example.ie/j/88123?utm_source=alert
    2. Instructional Designer - Harlow Pharma Services, Dublin 24
       https://jobsnest.example.ie/j/88140?utm_source=alert
    3. Training Coordinator (maternity cover) - Waterford City
       https://jobsnest.example.ie/j/88177?utm_source=alert

    From the advice hub:
    - 7 things to do after a rejection email
    - Interview tips: answering "Why are you leaving teaching?"

    You're receiving this because you set up a job alert on JobsNest.ie.
    Manage alerts: https://jobsnest.example.ie/alerts
    Unsubscribe: https://jobsnest.example.ie/u/4f7a9c
    """)

_LDW_ITEMS = [
    ("The offer stage: how L&D teams can win candidates over",
     "https://ldweekly.example.co.uk/2026/05/offer-stage",
     "Why your onboarding starts before the contract is signed."),
    ("Scenario-based learning that doesn't feel like a quiz",
     "https://ldweekly.example.co.uk/2026/05/scenarios",
     "Three branching designs we saw at the spring conference."),
    ("From classroom to corporate: five teachers on their first year in L&D",
     "https://ldweekly.example.co.uk/2026/05/teachers-to-ld",
     "'My first interview was a disaster, the second one got me the job.'"),
    ("Jobs board: 42 new learning roles this week",
     "https://ldweekly.example.co.uk/jobs",
     "London, Manchester, remote and beyond."),
]

_CAREER_ARTICLE = D("""
    THE CAREER SWITCH - issue #61

    "We regret to inform you..." - how to read a rejection email

    Hi there,

    This week's letter is about the email nobody wants. Some are a single line, some are
    three warm paragraphs, and some arrive months after the interview. Here's what they
    really tell you, and what they don't:

    1. "We have decided to move forward with other candidates" is a template. It says
       nothing about you. Don't reread it at midnight.
    2. A rejection that names a reason ("experience in a regulated setting") is gold.
       Write the reason down and look for the pattern across three or four.
    3. "The role has been put on hold" often really means on hold. Set a reminder to
       check back in eight weeks.
    4. Always reply with a short thank-you. I've seen two readers hired from the
       "second choice" slot within a month.

    Next week: negotiating your first offer outside teaching.

    Aisling
    The Career Switch, a newsletter for teachers moving into new careers
    Unsubscribe: https://thecareerswitch.example.ie/unsubscribe?u=ncb
    """)

_PODCAST = D("""
    Hi Niamh,

    I host "Chalk to Corporate", a podcast about teachers who move into learning and
    development. A listener pointed me to your LinkedIn post about designing CPD days for
    your school, and I'd love to interview you for an episode.

    It's a relaxed 40-minute conversation, recorded over Zoom. We're booking guests for
    recording on Thursday mornings in April, and the episode would go out in May. There's
    no preparation needed beyond having a think about your career story.

    Would you be up for it?

    Thanks,
    Declan Murray
    Host, Chalk to Corporate
    chalktocorporate.example.ie
    """)

_PRESS = D("""
    Dear Niamh,

    I'm a features writer with the Cork Chronicle and I'm working on a piece about primary
    teachers leaving the classroom for jobs in training, tech and the public service.
    Your name was passed on to me by the INTO branch secretary.

    Would you be willing to do a short interview, either by phone or over coffee in the
    city, some day next week? It would take around 30 minutes. I'm happy to use only your
    first name if you'd prefer, and I'd check any quotes with you before publication.

    Best regards,

    Gráinne Lucey
    Features, The Cork Chronicle
    Academy Street, Cork | 021 555 0191
    """)

_USER_RESEARCH = D("""
    Hi Niamh,

    I'm part of the research team at Quizlark, the classroom quiz app you've used with
    your class. We're redesigning how teachers build quizzes and would love to learn
    from you.

    Would you be open to a 30-minute user research interview over video? We'll ask you
    about how you plan lessons and show you a few early sketches. As a thank-you, we'll
    send a €40 One4All voucher.

    You can pick a time here: https://research.quizlark.example.com/book/teachers-2026
    Sessions run from 8 to 19 June.

    Thanks so much,
    Lotte Verbeek
    UX Researcher, Quizlark
    """)

_PARCEL_HTML = ats_card(
    "SwiftParcel",
    paras(D("""
        Hi Niamh,

        Unfortunately your parcel 7QX 4410 0928 IE has been delayed.

        Due to high volumes at our Little Island depot, it will now arrive in 1-2 working
        days. We're sorry for the inconvenience. You don't need to do anything; we'll send
        you a new delivery window on the morning of delivery.

        Sender: Bookshop of Munster
        Current position: Little Island depot, Cork
        """)) + button("Track your parcel", "https://track.swiftparcel.example.ie/7QX44100928IE",
                       "#dc2626"),
    esc("Please don't reply to this email; this mailbox isn't monitored."),
    "#dc2626",
)

_GPS = D("""
    RideLog weekly summary

    Hi Niamh,

    You rode 3 times this week for a total of 74 km. Nice work!

    Your last recorded position: 51.8985 N, 8.4756 W (Marina, Cork) at 07:42 on Sunday.
    Live location sharing is still switched on for "Marina loop". If you don't want your
    position shared with your followers after a ride ends, you can turn it off in
    Settings > Privacy.

    Leaderboard: you're in position 12 of 58 on the Blackrock Castle climb.

    Ride safe,
    The RideLog team
    Manage notifications: https://ridelog.example.com/settings/notifications
    """)

_FRIEND = D("""
    Hi Niamh,

    Well, I heard back from the Education Centre job. They said they'd "decided to move
    forward with other candidates whose experience more closely matches the role", which is
    code for the person who's been doing it on secondment for a year, I'd say. I had the
    interview last Tuesday and honestly thought it went well.

    Anyway, I'm grand, just a bit flat. How are your applications going? Did you ever
    hear back from the crowd in Waterford?

    Drinks on Friday? I need a distraction.

    Aoife x
    """)

_COLD = D("""
    Hi Niamh,

    I came across your profile on ProLink and your move from primary teaching into L&D
    caught my eye - a lot of my clients in Dublin value exactly that background.

    I specialise in learning, talent and HR roles across Ireland. I don't have a specific
    vacancy for you at the moment, but I'd be glad to keep in touch and share roles as
    they come in. If that's of interest, feel free to send me an up-to-date CV.

    Best regards,

    Ronan Hickey
    Manager, HR & Learning | Ceannt Recruitment
    Harcourt Street, Dublin 2 | +353 1 555 0125
    """)

_BANK = D("""
    Dear Ms Castellanos-Byrne,

    Your mortgage appointment is confirmed.

    Date: Thursday 5 March 2026
    Time: 17:30
    Where: Patrick Street branch, Cork (ask at the information desk)
    With: a Mortgage Adviser

    Please bring photo ID, proof of address, your last three payslips and six months of
    current account statements. If you need to change or cancel your appointment, you can
    do so in the app under "My appointments".

    Harbourline Bank DAC is regulated by the Central Bank of Ireland.
    This is an automated email. Please do not reply.
    """)

_LANDLORD = D("""
    Hi Niamh,

    Just to let you know the boiler service is booked for Tuesday 14 April between 8 and
    12. The engineer will need access to the hot press and the meter box, so if you could
    move the bikes from in front of it that'd be great. He said the position of the flue
    might need changing too, but he'll let us know.

    If Tuesday doesn't suit, let me know and I'll try to rearrange the appointment.

    Thanks,
    Brendan
    """)

_SCHOOL = D("""
    Dear all,

    A reminder that parent-teacher interviews take place next Tuesday and Wednesday,
    3 and 4 November, from 15:00 to 18:30. Each interview slot is 10 minutes; please keep
    to time, as parents are booked back to back. Your interview timetable is in the staff
    room and on the shared drive.

    Also, we have been approved for a substitute position to cover Ms Kiely's leave from
    January - if you know anyone suitable, please pass on my details.

    Thanks for everything you do,

    Máiréad Crowley
    Principal, Scoil Naomh Fionnbarra, Ballintemple, Cork
    021 555 0165
    """)

_GP = D("""
    Dear Niamh,

    Your appointment with Dr O'Driscoll on Monday 9 March at 09:10 has been cancelled
    because the doctor is unavailable.

    We are sorry for any inconvenience. Please call the surgery on 021 555 0172 or use
    the online booking page to make a new appointment.

    Douglas Road Medical Practice
    This is an automated message. Replies to this address are not read.
    """)

_OOO = D("""
    Thank you for your email. I am out of the office until Monday 6 April with limited
    access to email.

    For anything urgent regarding the Learning & Development Associate recruitment,
    please contact the Talent Acquisition team on +353 1 555 0199.

    Sinéad Moriarty
    Talent Acquisition Partner | Harbourline Bank
    """)

_PROLINK_HTML = ats_card(
    "ProLink",
    paras(D("""
        Hi Niamh,

        You appeared in 14 searches this week.

        Who's looking: recruiters from Shandon Talent Partners, Halden & Rook and 2 others.
        Top search keyword: "learning designer".

        3 people viewed your profile, including a Talent Partner at a Dublin e-learning
        company.
        """)) + button("See all views", "https://prolink.example.com/me/profile-views",
                       "#0a66c2")
    + paras("Jobs you may be interested in: Learning Experience Designer (Amsterdam), "
            "Training Coordinator (Manchester), Instructional Designer (remote)."),
    esc("You are receiving ProLink notification emails. Unsubscribe · Help"),
    "#0a66c2",
)

_PGDIP = D("""
    Dear Niamh,

    Application reference: PG26-LDT-00417
    Programme: Postgraduate Diploma in Learning Design and Technology (part-time)

    Thank you for your application to the above programme for the 2026/27 academic year.

    The programme received a very large number of applications for a limited number of
    places. We regret that we are unable to offer you a place on this occasion. You may
    wish to apply again for the January intake or consider our Certificate in Digital
    Learning, which has places remaining.

    Yours sincerely,

    Graduate Admissions Office
    Lee Valley University
    """)

_ALERT2_TEXT = D("""
    CorkJobs alert - 4 new jobs for "training officer OR instructional designer"

    * Training Officer - Cork County Library Service (interviews w/c 20 July)
    * Instructional Designer - Fastnet Software, Cork (remote-first)
    * Learning Administrator - Bon Secours Training Hub (part-time)
    * Training & Quality Coordinator - Blackwater Medtech, Fermoy

    Unfortunately, 2 jobs you saved have now closed and can no longer be applied for.

    View all: https://corkjobs.example.ie/alerts/3310
    Stop these alerts: https://corkjobs.example.ie/alerts/3310/stop
    """)

_WEBINAR_HTML = newsletter_html(
    "Careers Connect Munster",
    paras(D("""
        Hi Niamh,

        Our next free webinar is "The Interview Masterclass: competency questions for
        career changers" on Wednesday 22 April at 19:00 (Irish time). You'll learn the
        STAR method, how to answer "why are you leaving teaching?", and what to do if you
        are rejected after a final interview.
        """)),
    [("Register for the Interview Masterclass", "https://careersconnect.example.ie/webinars/interview",
      "Wednesday 22 April, 19:00-20:15, online."),
     ("Replay: Writing a CV for L&D roles", "https://careersconnect.example.ie/replays/cv",
      "Watch last month's session on demand."),
     ("1:1 coaching slots", "https://careersconnect.example.ie/coaching",
      "Book a 30-minute appointment with a careers coach.")],
    esc("Careers Connect Munster · You receive this because you registered for a webinar. "
        "Unsubscribe at any time."),
    "#6d28d9",
)

_SURVEY_HTML = ats_card(
    "Liffey Insurance Group",
    paras(D("""
        Hello Niamh,

        You recently applied for a role with Liffey Insurance Group. Whatever the outcome,
        we'd like to hear about your experience as a candidate.

        The survey takes about three minutes and your answers are anonymous. They help us
        improve how we communicate with applicants.
        """)) + button("Share your feedback", "https://survey.liffeyinsurance.example.ie/"
                       "candidate?ref=JR-7731", "#004b87"),
    esc("Candidate Experience Team · This mailbox is not monitored."),
    "#004b87",
)

_POSTING_BODY = D("""
    New job matching your saved search

    Learning & Development Coordinator
    Ardfield Foods - Mallow, Co. Cork
    Permanent, hybrid

    We're looking for an L&D Coordinator to lead induction and skills training across our
    two Cork sites. Experience in teaching or training is essential.

    Apply by 28 August: https://jobsnest.example.ie/j/90211
    """)

_COLLEAGUE = D("""
    Hi Niamh,

    Saw this one this morning and thought of you straight away - my brother-in-law works
    in Ardfield's Mallow plant and says they're a decent crowd. The original email is
    attached.

    Good luck!
    Siobhán

    Siobhán Keane
    Deputy Principal, Scoil Naomh Fionnbarra
    """)

_PHYSIO = D("""
    Hi Niamh,

    This confirms your physiotherapy appointment for your shoulder:

    Tuesday 12 May 2026, 17:15 - 18:00
    Shandon Physio & Sports Injury Clinic, 21 John Redmond Street, Cork

    I've attached a calendar invite. If you need to reschedule, please give us 24 hours'
    notice so we can offer the slot to someone else.

    See you then,
    Eimear Walsh MISCP
    Chartered Physiotherapist
    """)

_VERIFY_HTML = ats_card(
    "SmartRecruiters",
    paras(D("""
        Hi Niamh,

        Please confirm your email address to finish creating your candidate account.
        Once confirmed, you can track all your applications in one place.

        This link will expire in 24 hours.
        """)) + button("Confirm email", "https://www.smartrecruiters.com/account/confirm?"
                       "t=a8c71d", "#1f2937"),
    esc("If you didn't create an account, you can ignore this email."),
    "#1f2937",
)

_REVIEWS_HTML = newsletter_html(
    "WorkVoice",
    paras("Hi Niamh, here's what people are saying about companies you follow."),
    [("Brightpath Learning - interview review",
      "https://workvoice.example.com/brightpath/interviews/1182",
      "'Phone screen with a talent partner, then a portfolio review and a panel. "
      "Got an offer two weeks later.' - Instructional Designer, Dublin"),
     ("Harbourline Bank - interview review",
      "https://workvoice.example.com/harbourline/interviews/981",
      "'Assessment centre was long but well run. I was rejected by email a week later "
      "with no feedback.' - L&D Associate"),
     ("Copperleaf Learning Studio - salary update",
      "https://workvoice.example.com/copperleaf/salaries",
      "Learning Designer: £38k-£44k (7 salaries)")],
    esc("WorkVoice · Unsubscribe from company updates · Privacy"),
    "#059669",
)

_LPNI = D("""
    Dear members,

    Our autumn Practitioner Evening takes place on Thursday 17 September at 18:30 in the
    Clarion Hotel, Cork. Our speaker, Dr Fiona Keogh, will talk about "Evaluating
    training beyond happy sheets".

    We're also looking for two volunteers to join the events committee - no interview,
    just enthusiasm! Reply to me directly if interested.

    Places are free for members but please book: https://lpni.example.ie/events/autumn26

    Deirdre Healy
    Events Officer, Learning Practitioners Network Ireland

    --
    You are subscribed to the members@lists.lpni.example.ie mailing list.
    To unsubscribe: https://lists.lpni.example.ie/mailman/options/members
    """)

# ------------------------------------------------------------------ German

_KW_ITEMS = [
    ("Trainer:in für Führungskräfteentwicklung – Wien 3",
     "https://karriere-wien.example.at/job/55102",
     "Vollzeit · ab EUR 3.400 brutto · Vorstellungsgespräche ab Juni"),
    ("E-Learning-Entwickler:in (m/w/d) – Wien-Alsergrund",
     "https://karriere-wien.example.at/job/55119",
     "Teilzeit möglich · Articulate-Kenntnisse von Vorteil"),
    ("Ratgeber: Absage erhalten – und jetzt?",
     "https://karriere-wien.example.at/ratgeber/absage",
     "Wie Sie aus einer Absage die richtigen Schlüsse ziehen."),
]

_ABWESEND = D("""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 21. August auf Urlaub und habe keinen Zugriff auf meine
    E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie
    sich bitte an office@hofer-lindner.example.at oder +43 1 555 0430.

    Mag. Lena Hofer
    Hofer & Lindner Personalberatung
    """)

_SPRACHKURS = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 (Juli 2026).

    Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen
    keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Position 4).
    Sollte ein Platz frei werden, melden wir uns umgehend. Alternativ gibt es im
    September noch freie Plätze im Abendkurs C1.

    Mit freundlichen Grüßen
    Mag. Petra Wurm
    Kursorganisation, Sprachinstitut Am Naschmarkt
    """)

_PAKET = D("""
    Hallo Niamh Castellanos-Byrne,

    leider verzögert sich die Zustellung Ihrer Sendung 00340 4417 2209 81.

    Grund: Verzögerung im internationalen Transport.
    Neuer voraussichtlicher Zustelltermin: Donnerstag, 16.04.2026.

    Wir entschuldigen uns für die Unannehmlichkeiten.

    Ihr Team von PaketPost Austria
    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
    """)

_WOHNUNG = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    gerne bestätige ich Ihnen den Besichtigungstermin für die Wohnung in der
    Rembrandtstraße 14/9, 1020 Wien:

    Samstag, 21. März 2026, um 11:30 Uhr

    Bitte bringen Sie einen Lichtbildausweis und, falls vorhanden, einen
    Einkommensnachweis oder Ihren Arbeitsvertrag mit. Sollten Sie den Termin nicht
    wahrnehmen können, sagen Sie bitte rechtzeitig ab, da mehrere Interessent:innen
    warten.

    Freundliche Grüße
    Stefan Kranzl
    Hausverwaltung Kranzl & Partner
    """)

_NETZWERK_HTML = ats_card(
    "Berufsnetz",
    paras(D("""
        Hallo Niamh,

        Ihr Profil wurde diese Woche 9-mal besucht.

        Neu: 2 Personalberater:innen aus Wien haben Ihr Profil angesehen, und
        "Donaukanal Lernwerk" hat eine neue Stelle veröffentlicht, die zu Ihnen passen
        könnte.
        """)) + button("Besucher:innen ansehen", "https://berufsnetz.example.at/besucher",
                       "#00796b"),
    esc("Benachrichtigungseinstellungen ändern · Abmelden"),
    "#00796b",
)

# ------------------------------------------------------------------ French

_AE_TEXT = D("""
    Vos alertes emploi – Toulouse et alentours

    Bonjour Niamh,

    12 nouvelles offres correspondent à votre recherche « formatrice OR ingénieur
    pédagogique ».

    - Formatrice FLE – Centre Langues Garonne, Toulouse (CDD 6 mois)
    - Ingénieur pédagogique e-learning – Sud Aéro Services, Colomiers (CDI)
    - Chargée de formation – Mutuelle Pyrénées, Toulouse (entretiens en juin)

    Conseil de la semaine : comment rebondir après un refus ? Nos conseillers vous
    répondent.

    Voir toutes les offres : https://emploi-occitanie.example.fr/alertes/8810
    Se désabonner : https://emploi-occitanie.example.fr/desabonnement?id=8810
    """)

_MASTER_FR = D("""
    Madame,

    Nous avons bien examiné votre dossier de candidature au Master 2 Ingénierie de la
    formation (formation continue) pour la rentrée 2026.

    Après délibération, la commission pédagogique a émis un avis défavorable : votre
    candidature n'a pas été retenue. Ce refus est lié au nombre limité de places et au
    profil des candidatures reçues.

    Vous pouvez demander le motif détaillé de cette décision auprès du secrétariat
    pédagogique dans un délai d'un mois.

    Le service de la scolarité
    Université Toulouse Sud, Faculté des sciences de l'éducation
    Ce message est envoyé automatiquement ; merci de ne pas y répondre.
    """)

_OWN_FR = D("""
    Madame, Monsieur,

    Je me permets de vous adresser ma candidature pour le poste de Chargée de formation
    – réseau d'agences publié sur votre site.

    Enseignante en école primaire depuis neuf ans en Irlande, j'ai conçu et animé des
    formations pour mes collègues et accompagné des enseignants débutants. Je m'installe
    à Toulouse à l'automne et je serais ravie de mettre ces compétences au service de
    vos équipes.

    Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

    Bien cordialement,
    Niamh Castellanos-Byrne
    +353 87 555 0482
    """)

_ABSENCE_FR = D("""
    Bonjour,

    Je suis absent du bureau jusqu'au lundi 17 août inclus, avec un accès limité à mes
    courriels. Je traiterai votre message à mon retour.

    Pour toute demande urgente concernant le recrutement, merci de contacter
    Karine Dupuy au 05 61 55 04 30.

    Julien Castaing
    Aéroformation Blagnac
    """)

_WEBINAIRE_FR_HTML = newsletter_html(
    "Cap Reconversion",
    paras(D("""
        Bonjour Niamh,

        Jeudi 11 juin à 18h30, rejoignez notre webinaire gratuit « Réussir son entretien
        quand on quitte l'enseignement ». Au programme : préparer ses réponses, gérer le
        stress et savoir rebondir après un refus.
        """)),
    [("Je m'inscris au webinaire", "https://capreconversion.example.fr/webinaires/entretien",
      "Jeudi 11 juin, 18h30-19h30, en ligne."),
     ("Témoignage : « Ma première offre d'emploi hors de l'école »",
      "https://capreconversion.example.fr/blog/premiere-offre",
      "Sandrine, ancienne professeure des écoles, raconte."),
     ("Atelier CV du samedi", "https://capreconversion.example.fr/ateliers/cv",
      "Places limitées.")],
    esc("Cap Reconversion – Vous recevez ce message car vous êtes inscrite à notre lettre. "
        "Se désinscrire."),
    "#be123c",
)

_BANQUE = D("""
    Bonjour Madame Castellanos-Byrne,

    Je vous confirme notre rendez-vous du mardi 13 octobre à 16h00 à l'agence de
    Saint-Cyprien pour l'ouverture de votre compte et la présentation de nos offres
    d'assurance habitation.

    Merci de vous munir de votre passeport, d'un justificatif de domicile en France et,
    si possible, de votre promesse d'embauche ou contrat de travail.

    En cas d'empêchement, vous pouvez me joindre directement au 05 61 55 07 12.

    Bien cordialement,
    Laurent Bézian
    Conseiller clientèle – Banque Populaire du Sud-Ouest, agence Saint-Cyprien
    """)

_CAMILLE = D("""
    Coucou Niamh,

    Petite nouvelle pas terrible : j'ai reçu un refus pour le poste au rectorat. Ils ont
    « retenu une candidature plus adaptée au poste », bref, la formule classique. J'avais
    pourtant eu un bon feeling à l'entretien...

    Bon, je ne vais pas me laisser abattre. Et toi, ton entretien à Blagnac, ça a donné
    quoi ? Raconte-moi tout !

    On se fait une visio ce week-end ?

    Bises,
    Camille
    """)

# ------------------------------------------------------------------ Spanish

_AL_ES_ITEMS = [
    ("Formador/a de formadores – Sevilla Este",
     "https://empleosur.example.es/oferta/44102",
     "Jornada completa · Entrevistas la semana que viene"),
    ("Técnico/a de e-learning – Dos Hermanas",
     "https://empleosur.example.es/oferta/44117",
     "Contrato indefinido · Moodle imprescindible"),
    ("Consejo: ¿Te han rechazado? Tres formas de pedir feedback",
     "https://empleosur.example.es/blog/rechazo-feedback",
     "Cómo pedir una valoración después de una entrevista sin resultar pesada."),
]

_ES_REQUEST = D("""
    Hola Lucía:

    He reservado la entrevista del martes 28 a las 10:00, pero me acaban de convocar a
    una reunión de evaluación en el colegio justo a esa hora. ¿Sería posible cambiarla a
    otro día de esa semana, preferiblemente por la tarde o a mediodía?

    Muchas gracias y perdona las molestias,
    Niamh
    """)

_FUERA_OFICINA = D("""
    Hola,

    Estoy fuera de la oficina hasta el lunes 3 de agosto sin acceso al correo. Responderé
    a tu mensaje a mi vuelta.

    Si se trata de un proceso de selección en curso, puedes escribir a
    personas@giralda-elearning.example.es.

    Lucía Ferrer
    Giralda eLearning
    """)

_MASTER_ES = D("""
    Estimada solicitante:

    Le informamos de que, una vez resuelto el proceso de preinscripción del Máster
    Universitario en Tecnología Educativa (modalidad semipresencial), su solicitud ha
    quedado en situación de NO ADMITIDA por haberse cubierto la totalidad de las plazas
    ofertadas.

    Su número en la lista de espera es el 23. Podrá consultar la evolución de la lista en
    la sede electrónica.

    Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.

    Área de Estudios de Posgrado
    Universidad de la Vega del Guadalquivir
    """)

_RADIO = D("""
    Hola Niamh:

    Soy Javier Ortega, de "Mañanas en Sevilla", el magacín de Radio Triana. La semana
    próxima preparamos un especial sobre profesionales extranjeros que se instalan en
    Sevilla y nos han hablado de ti en la asociación irlandesa.

    ¿Te animarías a una entrevista en directo de unos diez minutos? Sería el jueves 15 de
    octubre a las 12:20, por teléfono o en el estudio de la calle Pureza, como prefieras.

    Un saludo y gracias,
    Javier Ortega
    Redactor · Radio Triana · 954 55 09 31
    """)

_CASERO = D("""
    Hola Niamh:

    Te confirmo la cita para entregarte las llaves del piso de la calle Feria: el sábado
    29 de agosto a las 10:30. Te enseño cómo va el aire acondicionado y dónde está la
    posición del contador del agua, que siempre cuesta encontrarlo.

    Trae por favor el justificante de la fianza. Si cambias de hora de vuelo dímelo y
    quedamos otro día.

    Un saludo,
    Paco Gálvez
    """)

_RRHH_ES_ITEMS = [
    ("Cómo comunicar una oferta de empleo que el candidato no pueda rechazar",
     "https://rrhhsur.example.es/boletin/47/oferta",
     "Claves para cerrar procesos de selección con éxito."),
    ("El rechazo bien comunicado: guía para reclutadores",
     "https://rrhhsur.example.es/boletin/47/rechazo",
     "Plantillas y ejemplos para responder a todos los candidatos."),
    ("Agenda: jornada sobre formación interna en Sevilla, 5 de noviembre",
     "https://rrhhsur.example.es/agenda/formacion-interna",
     "Inscripción gratuita para suscriptores."),
]


MESSAGES = [
    # -------------------------------------------------------------- own mail (en)
    {"kind": "other", "name": "own_thanks_after_lvu_interview", "lang": "en", "company": "",
         "contact": "", "key": "lvu-thanks", "parent": "lvu-moved",
         "frm": ME, "to": [("Orla Hegarty", "orla.hegarty@lvu.example.ie")],
         "date": "2026-02-18 19:52 +0000",
         "subject": "Thank you – Learning Designer interview",
         "text": LVU_THANKS, "html": simple_html(paras(LVU_THANKS))},
    {"kind": "other", "name": "own_apology_missed_call", "lang": "en", "company": "", "contact": "",
         "key": "hb-apology", "parent": "hb-missed",
         "frm": ME, "to": [("Sinéad Moriarty", "sinead.moriarty@harbourline.example.ie")],
         "date": "2026-03-12 11:02 +0000",
         "subject": "Re: Missed call - our 10:00 chat",
         "text": reply(_HB_APOLOGY, "en", "Thu, 12 Mar 2026 at 10:24",
                    "Sinéad Moriarty <sinead.moriarty@harbourline.example.ie>", _HB_MISSED_Q)},
    {"kind": "other", "name": "own_application_with_cv", "lang": "en", "company": "", "contact": "",
         "key": "od-apply",
         "frm": ME, "to": [("Ruairí Nolan", "ruairi@opendoors.example.ie")],
         "date": "2026-01-10 14:03 +0000",
         "subject": "Application - Volunteer Training Coordinator",
         "text": _OD_APPLICATION,
         "pdfs": [{"filename": "Niamh_Castellanos-Byrne_CV.pdf",
                    "title": "Niamh Castellanos-Byrne - Curriculum Vitae",
                    "lines": ["Cork, Ireland | niamh.cb@example.ie | +353 87 555 0482",
                           "2017-present  Primary teacher, Scoil Naomh Fionnbarra, Cork",
                           "2023-present  CPD coordinator and NQT mentor",
                           "Education: B.Ed., Mary Immaculate College; PME",
                           "Languages: English, Spanish (native), French B2, German B2"]}]},
    {"kind": "other", "name": "own_request_to_move_interview", "lang": "en", "company": "",
         "contact": "", "key": "nq-request", "parent": "nq-invite",
         "frm": ME, "to": [("Hannah Okafor", "hannah.okafor@northernquill.example.co.uk")],
         "date": "2026-06-09 19:40 +0100",
         "subject": "Interview on Monday - could we move it?",
         "text": _NQ_REQUEST},
    {"kind": "other", "name": "own_accepting_offer", "lang": "en", "company": "", "contact": "",
         "parent": "bp-offer",
         "frm": ME, "to": [("Fiona Walsh", "fiona.walsh@brightpath.example.ie")],
         "date": "2026-04-20 08:15 +0100",
         "subject": "Re: Offer of employment - Instructional Designer (Corporate Academy)",
         "text": reply(_BP_ACCEPT, "en", "Thu, 16 Apr 2026 at 10:05",
                    "Fiona Walsh <fiona.walsh@brightpath.example.ie>",
                    reply(_BP_OFFER, "en", "Tue, 14 Apr 2026 at 17:40",
                          "Fiona Walsh <fiona.walsh@brightpath.example.ie>", _BP_VERBAL)),
         "html": simple_html(paras(_BP_ACCEPT)),
         "pdfs": [{"filename": "Signed_offer_NCB.pdf", "title": "Signed offer - scan",
                    "lines": ["I accept the offer of employment.",
                           "Signed: Niamh Castellanos-Byrne, 19 April 2026"]}]},
    {"kind": "other", "name": "own_speculative_application", "lang": "en", "company": "",
         "contact": "", "key": "tide-spec",
         "frm": ME, "to": [("Marcus Daly", "marcus.daly@tidewell.example.ie")],
         "date": "2026-09-18 21:12 +0100",
         "subject": "Speculative application - L&D / onboarding",
         "text": _TIDE_SPEC, "html": simple_html(paras(_TIDE_SPEC))},
    {"kind": "other", "name": "own_followup_on_status", "lang": "en", "company": "", "contact": "",
         "frm": ME, "to": [("Mark Sutcliffe", "m.sutcliffe@kestrelschools.example.org.uk")],
         "date": "2026-03-16 07:55 +0000",
         "subject": "Application for L&D Lead - any update?",
         "text": _FOLLOWUP},
    # -------------------------------------------------------------- digests, notices (en)
    {"kind": "other", "name": "jobsnest_daily_alert", "lang": "en", "company": "", "contact": "",
         "frm": ("JobsNest.ie", "alerts@mail.jobsnest.example.ie"),
         "date": "2026-02-26 06:30 +0000",
         "subject": "3 new jobs for \"learning and development\" near Cork",
         "text": _JOBSNEST_TEXT,
         "html": newsletter_html("JobsNest.ie", paras("Hi Niamh, here are today's new positions "
                                                   "matching your alert."),
                              _JOBSNEST_ITEMS, esc("Manage alerts · Unsubscribe"), "#0f766e"),
         "headers": [(LIST_UNSUB, "<https://jobsnest.example.ie/u/4f7a9c>, "
                               "<mailto:unsubscribe@mail.jobsnest.example.ie?subject=4f7a9c>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("List-Id", "JobsNest daily alerts <alerts.jobsnest.example.ie>"),
                  ("Precedence", "bulk")]},
    {"kind": "other", "name": "ld_weekly_newsletter", "lang": "en", "company": "", "contact": "",
         "frm": ("L&D Weekly", "newsletter@ldweekly.example.co.uk"),
         "date": "2026-05-15 07:00 +0100",
         "subject": "L&D Weekly: the offer stage, branching scenarios, teachers in L&D",
         "html": newsletter_html("L&D Weekly", paras("This week in workplace learning."),
                              _LDW_ITEMS, esc("L&D Weekly, 3 Fitzroy Sq, London · "
                                              "Unsubscribe · View in browser"), "#1e3a8a"),
         "cte": "quoted-printable",
         "headers": [("List-Id", "L&D Weekly <weekly.ldweekly.example.co.uk>"),
                  (LIST_UNSUB, "<https://ldweekly.example.co.uk/unsubscribe/ncb>")]},
    {"kind": "other", "name": "career_switch_rejection_article", "lang": "en", "company": "",
         "contact": "",
         "frm": ("Aisling at The Career Switch", "aisling@thecareerswitch.example.ie"),
         "date": "2026-03-08 08:00 +0000",
         "subject": "\"We regret to inform you...\" - how to read a rejection email",
         "text": _CAREER_ARTICLE,
         "headers": [("List-Id", "The Career Switch <careerswitch.thecareerswitch.example.ie>"),
                  (LIST_UNSUB, "<https://thecareerswitch.example.ie/unsubscribe?u=ncb>"),
                  ("Precedence", "list")]},
    {"kind": "other", "name": "podcast_guest_interview_request", "lang": "en", "company": "",
         "contact": "declan@chalktocorporate.example.ie",
         "frm": ("Declan Murray", "declan@chalktocorporate.example.ie"),
         "date": "2026-03-19 21:30 +0000",
         "subject": "Interview request - Chalk to Corporate podcast",
         "text": _PODCAST},
    {"kind": "other", "name": "press_feature_interview_request", "lang": "en", "company": "",
         "contact": "glucey@corkchronicle.example.ie",
         "frm": ("Gráinne Lucey", "glucey@corkchronicle.example.ie"),
         "frm_enc": ("utf-8", "B"),
         "date": "2026-09-29 11:47 +0100",
         "subject": "Interview for a feature on teachers changing careers",
         "text": _PRESS, "html": simple_html(paras(_PRESS))},
    {"kind": "other", "name": "user_research_interview_invite", "lang": "en", "company": "",
         "contact": "lotte@quizlark.example.com",
         "frm": ("Lotte Verbeek", "lotte@quizlark.example.com"),
         "date": "2026-06-02 14:20 +0200",
         "subject": "Invitation: 30-minute research interview (+ €40 voucher)",
         "text": _USER_RESEARCH, "html": simple_html(paras(_USER_RESEARCH))},
    {"kind": "other", "name": "parcel_delayed_unfortunately", "lang": "en", "company": "",
         "contact": "",
         "frm": ("SwiftParcel", "no-reply@notify.swiftparcel.example.ie"),
         "date": "2026-04-27 07:12 +0100",
         "subject": "Unfortunately your parcel is delayed",
         "html": _PARCEL_HTML, "cte": "quoted-printable",
         "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "ridelog_position_summary", "lang": "en", "company": "", "contact": "",
         "frm": ("RideLog", "notifications@ridelog.example.com"),
         "date": "2026-06-15 08:00 +0100",
         "subject": "Your week on RideLog: 74 km and your last position",
         "text": _GPS,
         "headers": [(LIST_UNSUB, "<https://ridelog.example.com/settings/notifications>")]},
    {"kind": "other", "name": "friend_tells_own_rejection", "lang": "en", "company": "",
         "contact": "aoife.mccarthy@example.ie",
         "frm": ("Aoife McCarthy", "aoife.mccarthy@example.ie"),
         "date": "2026-05-22 22:14 +0100",
         "subject": "well that's that then",
         "text": _FRIEND},
    {"kind": "other", "name": "recruiter_cold_approach", "lang": "en", "company": "",
         "contact": "ronan.hickey@ceanntrecruitment.example.ie",
         "frm": ("Ronan Hickey", "ronan.hickey@ceanntrecruitment.example.ie"),
         "date": "2026-08-12 12:05 +0100",
         "subject": "Your background in teaching and L&D",
         "text": _COLD, "html": simple_html(paras(_COLD))},
    {"kind": "other", "name": "bank_mortgage_appointment", "lang": "en", "company": "", "contact": "",
         "frm": ("Harbourline Bank", "no-reply@appointments.harbourline.example.ie"),
         "date": "2026-02-27 13:40 +0000",
         "subject": "Your appointment is confirmed: Thursday 5 March, 17:30",
         "text": _BANK, "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "landlord_boiler_appointment", "lang": "en", "company": "",
         "contact": "brendan.foley@example.ie",
         "frm": ("Brendan Foley", "brendan.foley@example.ie"),
         "date": "2026-04-08 18:22 +0100",
         "subject": "Boiler service Tuesday",
         "text": _LANDLORD},
    {"kind": "other", "name": "school_parent_teacher_interviews", "lang": "en", "company": "",
         "contact": "principal@scoilfionnbarra.example.ie",
         "frm": ("Máiréad Crowley", "principal@scoilfionnbarra.example.ie"),
         "frm_enc": ("iso-8859-1", "Q"),
         "date": "2026-10-23 16:05 +0100",
         "subject": "Parent-teacher interviews next week + substitute position",
         "text": _SCHOOL, "charset": "iso-8859-1", "cte": "8bit"},
    {"kind": "other", "name": "gp_appointment_cancelled", "lang": "en", "company": "", "contact": "",
         "frm": ("Douglas Road Medical Practice", "noreply@douglasroadmedical.example.ie"),
         "date": "2026-03-04 08:10 +0000",
         "subject": "Appointment cancelled - Monday 9 March 09:10",
         "text": _GP, "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "recruiter_out_of_office", "lang": "en", "company": "",
         "contact": "sinead.moriarty@harbourline.example.ie", "parent": "hb-ac",
         "frm": ("Sinéad Moriarty", "sinead.moriarty@harbourline.example.ie"),
         "date": "2026-03-26 09:14 +0000",
         "subject": "Automatic reply: Re: Missed call - our 10:00 chat",
         "text": _OOO,
         "headers": [("Auto-Submitted", "auto-replied"),
                  ("X-Auto-Response-Suppress", "All")]},
    {"kind": "other", "name": "prolink_search_appearances", "lang": "en", "company": "", "contact": "",
         "frm": ("ProLink", "notifications-noreply@prolink.example.com"),
         "date": "2026-04-13 10:02 +0000",
         "subject": "Niamh, you appeared in 14 searches this week",
         "html": _PROLINK_HTML,
         "headers": [(LIST_UNSUB, "<https://prolink.example.com/unsubscribe/notif>")]},
    {"kind": "other", "name": "pgdip_no_place_offered", "lang": "en", "company": "", "contact": "",
         "frm": ("Lee Valley University Graduate Admissions", "pg-admissions-noreply@lvu.example.ie"),
         "date": "2026-07-03 16:00 +0100",
         "subject": "Your application PG26-LDT-00417 - decision",
         "text": _PGDIP},
    {"kind": "other", "name": "corkjobs_alert_saved_closed", "lang": "en", "company": "", "contact": "",
         "frm": ("CorkJobs", "alerts@corkjobs.example.ie"),
         "date": "2026-07-09 06:45 +0100",
         "subject": "4 new jobs for training officer OR instructional designer",
         "text": _ALERT2_TEXT,
         "headers": [("List-Id", "CorkJobs alerts <alerts.corkjobs.example.ie>"),
                  (LIST_UNSUB, "<https://corkjobs.example.ie/alerts/3310/stop>")]},
    {"kind": "other", "name": "webinar_interview_masterclass", "lang": "en", "company": "",
         "contact": "",
         "frm": ("Careers Connect Munster", "no-reply@careersconnect.example.ie"),
         "date": "2026-04-10 12:00 +0100",
         "subject": "Free webinar: The Interview Masterclass for career changers",
         "html": _WEBINAR_HTML, "cte": "base64",
         "headers": [("List-Id", "Careers Connect events <events.careersconnect.example.ie>"),
                  (LIST_UNSUB, "<https://careersconnect.example.ie/unsubscribe>")]},
    {"kind": "other", "name": "candidate_experience_survey", "lang": "en", "company": "",
         "contact": "", "parent": "li-rej",
         "frm": ("Liffey Insurance Group", "liffeyinsurance@myworkday.com"),
         "date": "2026-02-21 02:00 -0800",
         "subject": "How was your experience applying to Liffey Insurance Group?",
         "html": _SURVEY_HTML, "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "colleague_forwards_posting_attached", "lang": "en", "company": "",
         "contact": "skeane@scoilfionnbarra.example.ie",
         "frm": ("Siobhán Keane", "skeane@scoilfionnbarra.example.ie"),
         "date": "2026-08-18 08:12 +0100",
         "subject": "Fwd: New job matching your saved search",
         "text": _COLLEAGUE,
         "rfc822": {"frm": ("JobsNest.ie", "alerts@mail.jobsnest.example.ie"),
                     "to": [("Siobhán Keane", "skeane@scoilfionnbarra.example.ie")],
                     "date": "2026-08-18 06:30 +0100",
                     "subject": "New job matching your saved search",
                     "text": _POSTING_BODY, "attach_name": "New job matching your saved search.eml"}},
    {"kind": "other", "name": "physio_calendar_request", "lang": "en", "company": "",
         "contact": "eimear@shandonphysio.example.ie",
         "frm": ("Eimear Walsh", "eimear@shandonphysio.example.ie"),
         "date": "2026-05-07 12:30 +0100",
         "subject": "Appointment confirmed: Tuesday 12 May, 17:15",
         "text": _PHYSIO,
         "ics": {"uid": "appt-55120@shandonphysio.example.ie", "start": "20260512T161500Z",
                  "end": "20260512T170000Z", "summary": "Physiotherapy appointment - Eimear Walsh",
                  "organizer": ("Eimear Walsh", "eimear@shandonphysio.example.ie"),
                  "location": "21 John Redmond Street, Cork", "mode": "alt+file"}},
    {"kind": "other", "name": "ats_account_confirm_email", "lang": "en", "company": "", "contact": "",
         "frm": ("SmartRecruiters", "noreply@smartrecruiters.com"),
         "date": "2026-05-06 15:58 +0200",
         "subject": "Confirm your email address",
         "html": _VERIFY_HTML, "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "workvoice_interview_reviews", "lang": "en", "company": "",
         "contact": "",
         "frm": ("WorkVoice", "updates@workvoice.example.com"),
         "date": "2026-03-30 09:00 +0100",
         "subject": "New interview reviews at Brightpath Learning and Harbourline Bank",
         "html": _REVIEWS_HTML, "cte": "quoted-printable",
         "headers": [("List-Id", "WorkVoice company updates <companies.workvoice.example.com>"),
                  (LIST_UNSUB, "<https://workvoice.example.com/unsubscribe/company>")]},
    {"kind": "other", "name": "lpni_mailing_list_event", "lang": "en", "company": "",
         "contact": "deirdre.healy@lpni.example.ie",
         "frm": ("Deirdre Healy", "deirdre.healy@lpni.example.ie"),
         "to": [("LPNI members", "members@lists.lpni.example.ie")],
         "date": "2026-08-27 19:30 +0100",
         "subject": "[LPNI members] Autumn Practitioner Evening - 17 September",
         "text": _LPNI,
         "headers": [("List-Id", "LPNI members <members.lists.lpni.example.ie>"),
                  ("List-Post", "<mailto:members@lists.lpni.example.ie>"),
                  (LIST_UNSUB, "<https://lists.lpni.example.ie/mailman/options/members>"),
                  ("Sender", "members-bounces@lists.lpni.example.ie"),
                  ("Precedence", "list")]},
    # -------------------------------------------------------------- German
    {"kind": "other", "name": "karriere_wien_newsletter", "lang": "de", "company": "", "contact": "",
         "frm": ("Karriereportal Wien", "newsletter@karriere-wien.example.at"),
         "date": "2026-05-12 07:30 +0200",
         "subject": "Neue Jobs für Sie: Trainer:in, E-Learning und mehr",
         "html": newsletter_html("Karriereportal Wien", paras("Guten Morgen, Niamh! Diese "
                                                           "Stellen passen zu Ihrem Suchprofil."),
                              _KW_ITEMS, esc("Abmelden · Impressum · Datenschutz"), "#b91c1c"),
         "cte": "quoted-printable",
         "headers": [("List-Id", "Job-Newsletter <jobs.karriere-wien.example.at>"),
                  (LIST_UNSUB, "<https://karriere-wien.example.at/abmelden?u=ncb>")]},
    {"kind": "other", "name": "abwesenheitsnotiz_beraterin", "lang": "de", "company": "",
         "contact": "lena.hofer@hofer-lindner.example.at",
         "frm": ("Mag. Lena Hofer", "lena.hofer@hofer-lindner.example.at"),
         "date": "2026-08-11 09:03 +0200",
         "subject": "Abwesenheitsnotiz: Unterlagen für die Alpenglas-Position",
         "text": _ABWESEND,
         "headers": [("Auto-Submitted", "auto-replied")]},
    {"kind": "other", "name": "sprachkurs_kein_platz", "lang": "de", "company": "",
         "contact": "p.wurm@sprachinstitut-naschmarkt.example.at",
         "frm": ("Mag. Petra Wurm", "p.wurm@sprachinstitut-naschmarkt.example.at"),
         "date": "2026-06-05 14:10 +0200",
         "subject": "Ihre Anmeldung zum Intensivkurs Deutsch C1",
         "text": _SPRACHKURS, "charset": "iso-8859-1", "cte": "quoted-printable"},
    {"kind": "other", "name": "paket_verspaetet", "lang": "de", "company": "", "contact": "",
         "frm": ("PaketPost Austria", "keine-antwort@paketpost.example.at"),
         "date": "2026-04-14 06:55 +0200",
         "subject": "Ihre Sendung verzögert sich leider",
         "text": _PAKET, "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "wohnung_besichtigungstermin", "lang": "de", "company": "",
         "contact": "kranzl@hv-kranzl.example.at",
         "frm": ("Stefan Kranzl", "kranzl@hv-kranzl.example.at"),
         "date": "2026-03-17 17:25 +0100",
         "subject": "Bestätigung Besichtigungstermin Rembrandtstraße 14/9",
         "subj_enc": ("iso-8859-1", "B"),
         "text": _WOHNUNG, "html": simple_html(paras(_WOHNUNG)), "cte": "base64"},
    {"kind": "other", "name": "berufsnetz_profilbesuche", "lang": "de", "company": "", "contact": "",
         "frm": ("Berufsnetz", "benachrichtigung@mail.berufsnetz.example.at"),
         "date": "2026-02-23 18:00 +0100",
         "subject": "Niamh, Ihr Profil wurde 9-mal besucht",
         "html": _NETZWERK_HTML,
         "headers": [(LIST_UNSUB, "<https://berufsnetz.example.at/abmelden>")]},
    # -------------------------------------------------------------- French
    {"kind": "other", "name": "alerte_emploi_toulouse", "lang": "fr", "company": "", "contact": "",
         "frm": ("Emploi Occitanie", "alertes@emploi-occitanie.example.fr"),
         "date": "2026-05-29 07:10 +0200",
         "subject": "12 nouvelles offres pour « formatrice OR ingénieur pédagogique »",
         "subj_enc": ("utf-8", "Q"),
         "text": _AE_TEXT,
         "headers": [("List-Id", "Alertes emploi <alertes.emploi-occitanie.example.fr>"),
                  (LIST_UNSUB, "<https://emploi-occitanie.example.fr/desabonnement?id=8810>")]},
    {"kind": "other", "name": "master_ingenierie_refus_admission", "lang": "fr", "company": "",
         "contact": "",
         "frm": ("Scolarité – Sciences de l'éducation", "ne-pas-repondre@univ-toulouse-sud.example.fr"),
         "date": "2026-06-26 17:30 +0200",
         "subject": "Décision de la commission – Master 2 Ingénierie de la formation",
         "text": _MASTER_FR, "charset": "iso-8859-1", "cte": "quoted-printable",
         "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "own_candidature_spontanee_fr", "lang": "fr", "company": "",
         "contact": "",
         "frm": ME, "to": [("Crédit Occitan – Recrutement", "recrutement@creditoccitan.example.fr")],
         "date": "2026-06-08 20:45 +0200",
         "subject": "Candidature – Chargée de formation réseau d'agences",
         "text": _OWN_FR, "html": simple_html(paras(_OWN_FR)),
         "pdfs": [{"filename": "CV_Niamh_Castellanos-Byrne_FR.pdf",
                    "title": "Niamh Castellanos-Byrne - CV",
                    "lines": ["Enseignante (école primaire), Cork, depuis 2017",
                           "Coordinatrice de la formation continue de l'école",
                           "Langues : anglais, espagnol, français (B2), allemand (B2)"]}]},
    {"kind": "other", "name": "reponse_automatique_absence", "lang": "fr", "company": "",
         "contact": "julien.castaing@aeroformation.example.fr",
         "frm": ("Julien Castaing", "julien.castaing@aeroformation.example.fr"),
         "date": "2026-08-03 10:02 +0200",
         "subject": "Réponse automatique : Date d'arrivée et documents",
         "text": _ABSENCE_FR,
         "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]},
    {"kind": "other", "name": "webinaire_reussir_entretien", "lang": "fr", "company": "",
         "contact": "",
         "frm": ("Cap Reconversion", "lettre@capreconversion.example.fr"),
         "date": "2026-06-01 09:00 +0200",
         "subject": "Webinaire gratuit : réussir son entretien après l'enseignement",
         "html": _WEBINAIRE_FR_HTML, "cte": "quoted-printable",
         "headers": [("List-Id", "Lettre Cap Reconversion <lettre.capreconversion.example.fr>"),
                  (LIST_UNSUB, "<mailto:desinscription@capreconversion.example.fr>")]},
    {"kind": "other", "name": "banque_rendez_vous_conseiller", "lang": "fr", "company": "",
         "contact": "laurent.bezian@bpso.example.fr",
         "frm": ("Laurent Bézian", "laurent.bezian@bpso.example.fr"),
         "date": "2026-10-05 11:30 +0200",
         "subject": "Confirmation de notre rendez-vous du 13 octobre",
         "text": _BANQUE, "charset": "windows-1252", "cte": "quoted-printable"},
    {"kind": "other", "name": "amie_raconte_son_refus", "lang": "fr", "company": "",
         "contact": "camille.durand@example.fr",
         "frm": ("Camille Durand", "camille.durand@example.fr"),
         "date": "2026-06-05 22:40 +0200",
         "subject": "bof bof",
         "text": _CAMILLE},
    # -------------------------------------------------------------- Spanish
    {"kind": "other", "name": "alerta_empleo_sevilla", "lang": "es", "company": "", "contact": "",
         "frm": ("EmpleoSur", "alertas@empleosur.example.es"),
         "date": "2026-07-14 08:00 +0200",
         "subject": "Nuevas ofertas de empleo para ti en Sevilla",
         "html": newsletter_html("EmpleoSur", paras("Hola Niamh, estas son las ofertas nuevas "
                                                 "que coinciden con tu alerta."),
                              _AL_ES_ITEMS, esc("Darse de baja · Gestionar alertas"),
                              "#ea580c"),
         "cte": "base64",
         "headers": [("List-Id", "Alertas EmpleoSur <alertas.empleosur.example.es>"),
                  (LIST_UNSUB, "<https://empleosur.example.es/baja?u=ncb>")]},
    {"kind": "other", "name": "own_pide_cambiar_hora", "lang": "es", "company": "", "contact": "",
         "key": "gi-request", "parent": "gi-invite",
         "frm": ME, "to": [("Lucía Ferrer", "lucia.ferrer@giralda-elearning.example.es")],
         "date": "2026-04-23 21:12 +0200",
         "subject": "Cambio de hora de la entrevista",
         "text": _ES_REQUEST},
    {"kind": "other", "name": "fuera_de_oficina", "lang": "es", "company": "",
         "contact": "lucia.ferrer@giralda-elearning.example.es",
         "frm": ("Lucía Ferrer", "lucia.ferrer@giralda-elearning.example.es"),
         "date": "2026-07-27 09:30 +0200",
         "subject": "Respuesta automática: Documentación para la incorporación",
         "text": _FUERA_OFICINA,
         "headers": [("Auto-Submitted", "auto-replied")]},
    {"kind": "other", "name": "master_no_admitida", "lang": "es", "company": "", "contact": "",
         "frm": ("Área de Posgrado", "no-responder@uvg.example.es"),
         "date": "2026-07-17 13:00 +0200",
         "subject": "Resolución de preinscripción: Máster en Tecnología Educativa",
         "subj_enc": ("iso-8859-1", "Q"),
         "text": _MASTER_ES, "charset": "iso-8859-1", "cte": "8bit",
         "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "other", "name": "entrevista_radio", "lang": "es", "company": "",
         "contact": "javier.ortega@radiotriana.example.es",
         "frm": ("Javier Ortega", "javier.ortega@radiotriana.example.es"),
         "date": "2026-10-07 10:15 +0200",
         "subject": "¿Una entrevista en Radio Triana?",
         "text": _RADIO, "html": simple_html(paras(_RADIO))},
    {"kind": "other", "name": "casero_entrega_llaves", "lang": "es", "company": "",
         "contact": "pacogalvez@example.es",
         "frm": ("Paco Gálvez", "pacogalvez@example.es"),
         "date": "2026-08-20 19:48 +0200",
         "subject": "Cita para las llaves del piso",
         "text": _CASERO, "charset": "iso-8859-1", "cte": "quoted-printable"},
    {"kind": "other", "name": "boletin_rrhh_oferta_rechazo", "lang": "es", "company": "",
         "contact": "",
         "frm": ("Boletín RRHH Sur", "boletin@rrhhsur.example.es"),
         "date": "2026-10-14 07:45 +0200",
         "subject": "Boletín nº 47: ofertas que enamoran y rechazos bien comunicados",
         "html": newsletter_html("Boletín RRHH Sur", paras("Las claves de la semana para "
                                                        "profesionales de personas."),
                              _RRHH_ES_ITEMS, esc("Cancelar suscripción"), "#0369a1"),
         "headers": [("List-Id", "Boletin RRHH Sur <boletin.rrhhsur.example.es>"),
                  (LIST_UNSUB, "<https://rrhhsur.example.es/baja>")]},
]
