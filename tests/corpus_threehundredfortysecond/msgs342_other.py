"""Corpus 342: everything that is not job news for the candidate (kind `other`): her own
mail, digests and newsletters, and traps that use job words for something else."""

from __future__ import annotations

from msgs342_common import CAND, DISCLAIMER_EN, Spec, msg

BULK = [("Precedence", "bulk")]


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsubscribe),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        *BULK,
    ]


CIARAN = ("Ciarán Ó Dálaigh", "ciaran@clearpathtalent.example.ie")
SINEAD = ("Sinéad Brophy", "sinead.brophy@harbourview.example.ie")
NADIA = ("Nadia Keller", "nadia.keller@limmat-medtech.example.ch")
THIBAULT = ("Thibault Garnier", "thibault.garnier@lumen-rh.example.fr")
MARTA = ("Marta Solís", "marta.solis@bioandaluza.example.es")

EDUROLES_HTML = """<h2 style="font-size:18px">7 new jobs matching "instructional design"</h2>
<table cellpadding="6" style="border-collapse:collapse;width:100%">
<tr><td><a href="https://eduroles.example.ie/j/44120">Learning Designer</a><br>
Financial services academy &middot; Dublin &middot; &euro;48k&ndash;55k</td></tr>
<tr><td><a href="https://eduroles.example.ie/j/44187">E-Learning Developer (12-month contract)</a>
<br>Software company &middot; Cork &middot; Hybrid</td></tr>
<tr><td><a href="https://eduroles.example.ie/j/44203">Training Coordinator</a><br>
Medical devices &middot; Galway</td></tr>
</table>
<h3>Career corner: bouncing back from rejection</h3>
<p>Unfortunately, most applicants hear "no" far more often than "yes". Our guide explains how
to ask for feedback after an interview, and how to prepare for your next interview invitation
with confidence.</p>
<p style="font-size:11px;color:#888">You receive this alert because you created a job alert on
EduRoles. <a href="https://eduroles.example.ie/alerts/unsubscribe?u=8812">Unsubscribe</a>.</p>"""

LEDGER_HTML = """<h1 style="font-size:22px">The L&amp;D Ledger &ndash; April 2026</h1>
<p><strong>Rejected again? Why "unfortunately" is not the end</strong><br>
Career-changers into learning design told us about their first 40 applications: the polite
rejection e-mails, the interviews that went nowhere, and the offer that finally came.</p>
<p><strong>Interview prep:</strong> five portfolio pieces hiring managers want to see.</p>
<p><strong>Event:</strong> Dublin L&amp;D meetup, 14 May, Guinness Enterprise Centre.</p>
<p style="font-size:11px;color:#888">The L&amp;D Ledger is sent monthly to subscribers.
<a href="https://ldledger.example.com/unsubscribe">Unsubscribe</a> &middot;
<a href="https://ldledger.example.com/preferences">Preferences</a></p>"""

WEBINAR_HTML = """<p>Hi Siobhán,</p>
<p>Join our free 45-minute webinar <strong>"Interviewing subject-matter experts for better
e-learning"</strong> on Wednesday 14 October at 13:00 (Irish time).</p>
<ul><li>How to run the SME interview so it doesn't overrun</li>
<li>What to do when the expert cancels or reschedules at the last minute</li>
<li>Templates to download</li></ul>
<p><a href="https://storyform.example.com/webinars/sme-interviews">Save my seat</a></p>
<p style="font-size:11px;color:#888">Storyform Academy &middot; You are subscribed to product
news. <a href="https://storyform.example.com/unsub">Unsubscribe</a></p>"""

LERNJOBS_HTML = """<h2>Neue Jobs für „Instructional Design“ in Hamburg und remote</h2>
<ol>
<li><a href="https://lernjobs.example.de/job/99812">Instructional Designer (m/w/d)</a> –
E-Learning-Agentur, Hamburg</li>
<li><a href="https://lernjobs.example.de/job/99840">Referent*in Personalentwicklung</a> –
Versicherung, Hamburg-City Nord</li>
<li><a href="https://lernjobs.example.de/job/99851">Trainer*in Softwareschulung</a> – remote</li>
</ol>
<h3>Tipp der Woche: Nach der Absage ist vor dem Vorstellungsgespräch</h3>
<p>Leider gehört die Absage zum Bewerbungsalltag. So bitten Sie höflich um Feedback und
bereiten sich auf die nächste Einladung zum Interview vor.</p>
<p style="font-size:11px">Sie erhalten diesen Job-Alert, weil Sie ihn auf Lernjobs angelegt
haben. <a href="https://lernjobs.example.de/alert/abmelden">Abmelden</a></p>"""

FRIEND_INVITE = msg(
    "tadhg_inner", "other", "en", ("Aisling Quirke", "aisling.quirke@fernhillsoftware.example.ie"),
    "2026-05-26 16:10 +0100",
    "Interview invitation – Customer Trainer, Fernhill Software",
    "Dear Tadhg,\n\n"
    "Thank you for applying for the Customer Trainer role. We would like to invite you to an\n"
    "interview on Wednesday 3 June at 14:00 at our office on Lapp's Quay, Cork.\n\n"
    "Please bring a 5-minute demo of how you would train a new customer on our app.\n\n"
    "Kind regards,\nAisling Quirke\nPeople Team, Fernhill Software\n",
    to=[("Tadhg Buckley", "tadhg.buckley@example.ie")],
)

AMELIE_REJECT = msg(
    "amelie_inner", "other", "fr", ("Recrutement Soierie Conseil", "rh@soierie-conseil.example.fr"),
    "2026-07-01 09:00 +0200",
    "Votre candidature – Formatrice consultante",
    "Madame,\n\n"
    "Nous vous remercions pour votre candidature au poste de formatrice consultante.\n"
    "Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.\n\n"
    "Nous vous souhaitons bonne chance dans vos recherches.\n\nLe service RH\n",
    to=[("Amélie Perrin", "amelie.perrin@example.fr")],
)

EN: list[Spec] = [
    msg(
        "clearpath_cv", "other", "en", CAND, "2026-03-04 20:31 +0000",
        "CV – Learning & Development roles",
        "Hi Ciarán,\n\n"
        "Lovely to speak with you at the L&D meetup last week. As promised, I've attached my\n"
        "CV. I'm a primary teacher with twelve years' experience, now moving into instructional\n"
        "design, and open to roles in Cork, Galway or remote.\n\n"
        "Many thanks,\nSiobhán Rautenberg-Ní Bhriain\n+353 86 555 7731\n",
        to=[CIARAN],
        pdfs=[("CV_Siobhan_Rautenberg-Ni_Bhriain.pdf", [
            "Siobhan Rautenberg-Ni Bhriain - Curriculum Vitae",
            "Primary teacher (2014-2026), Scoil Naomh Fionnbarra, Cork",
            "Certificate in Instructional Design, 2025",
            "Skills: storyboarding, Articulate Rise, Canva, Moodle",
        ])],
    ),
    msg(
        "harbourview_followup", "other", "en", CAND, "2026-06-10 09:14 +0100",
        "Digital Learning Designer – any update?",
        "Dear Sinéad,\n\n"
        "I hope you're well. I interviewed for the Digital Learning Designer post on 13 May and\n"
        "wondered whether there was any update on the board's decision.\n\n"
        "Kind regards,\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[SINEAD],
    ),
    msg(
        "limmat_request", "other", "en", CAND, "2026-06-03 07:55 +0100",
        "Re: Invitation: Assessment Centre – Learning Experience Designer",
        "Dear Nadia,\n\n"
        "Thank you very much for the invitation! Unfortunately 16 June is the last week of the\n"
        "school year here and I am supervising our sixth-class tour that day. Would there be\n"
        "any possibility of attending a later session? I'm sorry for the trouble.\n\n"
        "Kind regards,\nSiobhán\n",
        to=[NADIA], reply="limmat_assessment", quote="en",
    ),
    msg(
        "eduroles_digest", "other", "en", ("EduRoles Job Alerts", "alerts@eduroles.example.ie"),
        "2026-02-03 06:30 +0000",
        "7 new jobs for \"instructional design\" – and how to handle rejection",
        "7 new jobs matching \"instructional design\"\n\n"
        "- Learning Designer – Financial services academy, Dublin – €48k–55k\n"
        "- E-Learning Developer (12-month contract) – Software company, Cork – Hybrid\n"
        "- Training Coordinator – Medical devices, Galway\n\n"
        "Career corner: bouncing back from rejection\n"
        "Unfortunately, most applicants hear \"no\" far more often than \"yes\". Our guide\n"
        "explains how to ask for feedback after an interview, and how to prepare for your\n"
        "next interview invitation with confidence.\n\n"
        "You receive this alert because you created a job alert on EduRoles.\n"
        "Unsubscribe: https://eduroles.example.ie/alerts/unsubscribe?u=8812\n",
        fmt="alt", html=EDUROLES_HTML, brand="EduRoles",
        headers=list_headers("EduRoles job alerts <jobalerts.eduroles.example.ie>",
                             "<https://eduroles.example.ie/alerts/unsubscribe?u=8812>"),
    ),
    msg(
        "ld_ledger", "other", "en", ("The L&D Ledger", "news@ldledger.example.com"),
        "2026-04-16 07:00 +0000",
        "Rejected again? Why \"unfortunately\" is not the end | The L&D Ledger",
        None,
        fmt="html", html=LEDGER_HTML, brand="The L&D Ledger", cte="base64",
        headers=list_headers("The L&D Ledger <monthly.ldledger.example.com>",
                             "<mailto:unsubscribe@ldledger.example.com?subject=unsubscribe>, "
                             "<https://ldledger.example.com/unsubscribe>"),
    ),
    msg(
        "podcast_invite", "other", "en",
        ("Gavin Prendergast", "gavin@teachingoutloud.example.com"), "2026-05-20 13:05 +0100",
        "Podcast interview request – Teaching Out Loud",
        "Hi Siobhán,\n\n"
        "I host Teaching Out Loud, a podcast about teachers who move into other careers. A\n"
        "listener pointed me to your blog post about leaving the classroom for instructional\n"
        "design – would you be up for a 40-minute interview on the show?\n\n"
        "We record remotely; any Tuesday or Wednesday evening in June works for us. No\n"
        "preparation needed beyond a decent microphone.\n\n"
        "Cheers,\nGavin Prendergast\nHost, Teaching Out Loud\n",
    ),
    msg(
        "radio_interview", "other", "en", ("Nuala Cotter", "nuala.cotter@leevalleyfm.example.ie"),
        "2026-09-29 11:48 +0100",
        "Interview on Thursday's Morning Show?",
        "Hi Siobhán,\n\n"
        "I'm a producer on the Morning Show on Lee Valley FM. We're doing a segment on\n"
        "teachers leaving the profession and would love to interview you live on Thursday at\n"
        "8:40am – about six minutes, by phone.\n\n"
        "Could you let me know if you're available and the best number to ring?\n\n"
        "Thanks a million,\nNuala Cotter\nProducer, Lee Valley FM\n",
    ),
    msg(
        "user_research", "other", "en", ("Quillmark Research", "research@quillmark.example.com"),
        "2026-06-24 14:00 +0000",
        "Share your feedback in a 30-minute user interview (€40 voucher)",
        "Hi Siobhán,\n\n"
        "You recently signed up for a Quillmark LMS trial. Our product team is running user\n"
        "research interviews to understand how course designers build their first module.\n\n"
        "Book a 30-minute video interview at a time that suits you and receive a €40 voucher\n"
        "as a thank-you: https://quillmark.example.com/research/book\n\n"
        "The Quillmark UX Research team\n",
        fmt="alt", brand="Quillmark",
    ),
    msg(
        "parcel_delayed", "other", "en", ("ParcelWave", "no-reply@parcelwave.example.ie"),
        "2026-03-19 18:22 +0000",
        "Unfortunately your parcel is delayed",
        "Hello Siobhán,\n\n"
        "Unfortunately your parcel PW 4471 2290 IE is delayed because of high volumes at our\n"
        "Cork depot. New estimated delivery: Monday 23 March, 09:00–13:00.\n\n"
        "You can reschedule the delivery or choose a collection point in the app.\n\n"
        "ParcelWave Customer Care\n",
        fmt="alt", brand="ParcelWave", headers=[("Auto-Submitted", "auto-generated")],
    ),
    msg(
        "bank_position", "other", "en",
        ("Munster Credit Union", "statements@munstercu.example.ie"), "2026-07-01 05:12 +0100",
        "Your account position at 30 June 2026",
        "Dear Member,\n\n"
        "Your half-yearly account position is now available in online banking:\n\n"
        "Share account: position at 30 June 2026 available\n"
        "Loan account: no outstanding balance\n\n"
        "Log in to view your full statement. Munster Credit Union will never ask for your PIN\n"
        "by e-mail.\n\n"
        "Munster Credit Union Limited is regulated by the Central Bank of Ireland.\n",
        cte="7bit",
    ),
    msg(
        "gps_position", "other", "en", ("Stridely", "hello@stridely.example.com"),
        "2026-04-25 08:41 +0100",
        "We couldn't get a GPS position for your run",
        "Hi Siobhán,\n\n"
        "Your watch couldn't determine a GPS position for the first 2.3 km of this morning's\n"
        "run along the Marina, so your pace and distance may be inaccurate. Tip: wait for the\n"
        "green GPS icon before you press start.\n\n"
        "Keep moving,\nThe Stridely team\n",
        fmt="html", brand="Stridely",
    ),
    msg(
        "landlord_viewing", "other", "en", ("Brendan Joyce", "brendan@joycelettings.example.ie"),
        "2026-09-26 10:33 +0100",
        "Viewing confirmed – 2-bed apartment, Salthill",
        "Hi Siobhán,\n\n"
        "Thanks for your enquiry. I've scheduled a viewing of the 2-bed apartment at 14 Seapoint\n"
        "Court, Salthill, for Saturday 3 October at 11:00. Please bring references from your\n"
        "current landlord and your employer.\n\n"
        "If you need to reschedule, just ring the office.\n\n"
        "Brendan Joyce\nJoyce Lettings, Galway\n091 555 312\n",
    ),
    msg(
        "dentist_moved", "other", "en", ("Marina Dental Cork", "reception@marinadental.example.ie"),
        "2026-08-18 09:00 +0100",
        "Your appointment has been rescheduled",
        "Dear Siobhán,\n\n"
        "Unfortunately Dr O'Mahony is unavailable on Thursday 20 August. Your check-up and\n"
        "cleaning have been rescheduled to Tuesday 25 August at 16:15.\n\n"
        "If this time doesn't suit, please call us on 021 555 0910.\n\nMarina Dental Cork\n",
        cte="quoted-printable",
    ),
    msg(
        "friend_rejection", "other", "en", ("Méabh Ní Fhloinn", "meabh.nifhloinn@example.ie"),
        "2026-03-06 21:47 +0000",
        "well that's that 😩",
        "Hiya Siobhán,\n\n"
        "Just got the email – I didn't get the job at the museum. \"Unfortunately we have\n"
        "decided to progress with other candidates\", the usual. After three interviews!\n\n"
        "Anyway, how are your applications going? Did you hear back from the bank one? Pints\n"
        "on Friday to drown our sorrows?\n\nMéabh x\n",
        name_cs=("iso-8859-1", "Q"), subj_cs=("utf-8", "B"),
    ),
    msg(
        "friend_forward_invite", "other", "en", ("Tadhg Buckley", "tadhg.buckley@example.ie"),
        "2026-05-27 19:02 +0100",
        "Fwd: Interview invitation – Customer Trainer, Fernhill Software",
        "Hey Siobhán,\n\n"
        "Look what landed in my inbox! You're the expert in training people now – any tips for\n"
        "the 5-minute demo they want? I've never done anything like this. Coffee this week?\n\n"
        "Tadhg\n",
        forward=FRIEND_INVITE,
    ),
    msg(
        "course_refused", "other", "en",
        ("Learning Design Institute Ireland", "admissions@ldii.example.ie"),
        "2026-01-19 12:15 +0000",
        "Your application – Professional Certificate in Learning Design (Spring 2026)",
        "Dear Siobhán,\n\n"
        "Thank you for applying for the Professional Certificate in Learning Design, Spring\n"
        "2026 intake. Unfortunately, the course is fully subscribed and we are unable to offer\n"
        "you a place on this intake. We have placed you on the waiting list and will give you\n"
        "priority for the Autumn 2026 intake.\n\n"
        "Admissions Office\nLearning Design Institute Ireland\n",
    ),
    msg(
        "headhunter_cold", "other", "en",
        ("Rowan Talbot", "rowan.talbot@talbotfinch.example.co.uk"), "2026-06-30 15:02 +0100",
        "Learning leadership – open to a conversation?",
        "Hi Siobhán,\n\n"
        "I lead the Learning & Talent practice at Talbot & Finch Executive Search. I came across\n"
        "your profile and was struck by your move from teaching into learning design.\n\n"
        "I'm not working on a specific role for you right now, but I like to build relationships\n"
        "early. Would you be open to hearing about opportunities in the future?\n\n"
        "Best regards,\nRowan Talbot\nPartner, Talbot & Finch Executive Search, London\n"
        + DISCLAIMER_EN,
    ),
    msg(
        "ooo_aoife", "other", "en", ("Aoife Kilbride", "aoife.kilbride@corribmedical.example.ie"),
        "2026-08-20 17:21 +0100",
        "Automatic reply: Thank you – Learning Experience Designer interview",
        "Thank you for your email. I am out of the office until Monday 24 August with limited\n"
        "access to email. For urgent recruitment queries, please contact\n"
        "talent@corribmedical.example.ie.\n\n"
        "Aoife Kilbride\nTalent Acquisition Partner, Corrib Medical\n",
        reply="corrib_thanks",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    msg(
        "temp_newsletter", "other", "en", ("Quayside Temps", "news@quaysidetemps.example.ie"),
        "2026-05-04 08:00 +0100",
        "Summer assignments are here – register your availability",
        "Hi there,\n\n"
        "Summer is our busiest season! We have admin, events and training support assignments\n"
        "across Cork city and county. Update your availability in the Quayside app so our\n"
        "consultants can match you quickly.\n\n"
        "This month's tip: how to make a great first impression on day one of an assignment.\n\n"
        "Quayside Temps | 22 Lapp's Quay, Cork\n"
        "You're receiving this because you registered with Quayside Temps. Unsubscribe:\n"
        "https://quaysidetemps.example.ie/unsubscribe\n",
        fmt="alt", brand="Quayside Temps",
        headers=list_headers("Quayside Temps news <news.quaysidetemps.example.ie>",
                             "<https://quaysidetemps.example.ie/unsubscribe>"),
    ),
    msg(
        "webinar_sme", "other", "en", ("Storyform Academy", "academy@storyform.example.com"),
        "2026-10-07 16:00 +0000",
        "Free webinar: Interviewing SMEs for better e-learning",
        None,
        fmt="html", html=WEBINAR_HTML, brand="Storyform Academy",
        headers=list_headers("Storyform product news <news.storyform.example.com>",
                             "<https://storyform.example.com/unsub>"),
    ),
]

DE: list[Spec] = [
    msg(
        "lernjobs_alert", "other", "de", ("Lernjobs Job-Alert", "alert@lernjobs.example.de"),
        "2026-04-01 06:00 +0200",
        "3 neue Jobs für „Instructional Design“ – plus: Nach der Absage",
        None,
        fmt="html", html=LERNJOBS_HTML, brand="Lernjobs", cs="utf-8", cte="quoted-printable",
        headers=list_headers("Lernjobs Job-Alert <jobalert.lernjobs.example.de>",
                             "<https://lernjobs.example.de/alert/abmelden>"),
    ),
    msg(
        "katrin_absage", "other", "de", ("Katrin Vogelsang", "katrin.vogelsang@example.de"),
        "2026-06-02 22:10 +0200",
        "Absage :(",
        "Hallo Siobhán,\n\n"
        "kurzes Update von mir: Ich habe heute die Absage von der Versicherung bekommen, bei\n"
        "der ich letzte Woche das zweite Vorstellungsgespräch hatte. „Leider haben wir uns für\n"
        "eine andere Kandidatin entschieden …“ – na toll.\n\n"
        "Wie läuft es bei dir mit Lernwerk? Erzähl mal!\n\n"
        "Liebe Grüße aus Hamburg\nKatrin\n",
        cte="8bit",
    ),
    msg(
        "ooo_henrike", "other", "de", ("Henrike Jessen", "henrike.jessen@elbkontor.example.de"),
        "2026-09-24 19:03 +0200",
        "Automatische Antwort: Telefoninterview Trainerin Kundenschulung",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Oktober nicht im Büro\n"
        "und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte\n"
        "an training@elbkontor.example.de.\n\n"
        "Mit freundlichen Grüßen\nHenrike Jessen\n",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        cs="iso-8859-1", cte="quoted-printable",
    ),
]

FR: list[Spec] = [
    msg(
        "alertes_formation", "other", "fr",
        ("Alertes Emploi Formation", "alertes@emploi-formation.example.fr"),
        "2026-03-10 07:15 +0100",
        "Vos alertes : 5 offres « ingénieur pédagogique » à Lyon",
        "5 nouvelles offres correspondent à votre alerte « ingénieur pédagogique » (Lyon)\n\n"
        "- Ingénieur pédagogique multimodal (H/F) – organisme de formation – Lyon 3e\n"
        "- Concepteur e-learning – start-up edtech – Villeurbanne\n"
        "- Chargé de formation – industrie pharmaceutique – Lyon Gerland\n\n"
        "Le conseil de la semaine : malheureusement, un refus arrive souvent sans explication.\n"
        "Découvrez comment relancer après un entretien et préparer le suivant.\n\n"
        "Pour ne plus recevoir ces alertes : https://emploi-formation.example.fr/desinscription\n",
        fmt="alt", brand="Emploi Formation",
        headers=list_headers("Alertes emploi <alertes.emploi-formation.example.fr>",
                             "<https://emploi-formation.example.fr/desinscription>"),
    ),
    msg(
        "magazine_interview", "other", "fr",
        ("Sophie Lamarque", "s.lamarque@pedagogies-plurielles.example.fr"),
        "2026-07-15 10:05 +0200",
        "Demande d'interview – Pédagogies Plurielles",
        "Bonjour Madame Rautenberg-Ní Bhriain,\n\n"
        "Je suis journaliste pour le magazine Pédagogies Plurielles et je prépare un dossier\n"
        "sur les enseignants européens qui se reconvertissent dans l'ingénierie pédagogique.\n\n"
        "Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par\n"
        "téléphone ou en visio, d'ici la fin du mois ?\n\n"
        "Bien cordialement,\nSophie Lamarque\nJournaliste, Pédagogies Plurielles\n",
        cs="iso-8859-1", cte="quoted-printable",
    ),
    msg(
        "colis_retard", "other", "fr", ("Expédio", "ne-pas-repondre@expedio.example.fr"),
        "2026-02-14 11:30 +0100",
        "Malheureusement, votre colis est retardé",
        "Bonjour,\n\n"
        "Malheureusement, votre colis n° EX 8831 0047 FR (expéditeur : Librairie du Griffon,\n"
        "Lyon) a pris du retard lors de son acheminement vers l'Irlande. Nouvelle date de\n"
        "livraison estimée : 20 février.\n\n"
        "Nous vous prions de nous excuser pour ce contretemps.\n\nLe service client Expédio\n",
        fmt="html", brand="Expédio", cte="base64",
    ),
    msg(
        "hotel_modif", "other", "fr", ("Hôtel des Canuts", "reservation@hotel-canuts.example.fr"),
        "2026-09-01 15:40 +0200",
        "Modification de votre réservation n° 55120",
        "Madame,\n\n"
        "Suite à votre demande, votre réservation a été modifiée : arrivée le jeudi\n"
        "3 septembre, départ le samedi 5 septembre (2 nuits, chambre simple, petit-déjeuner\n"
        "inclus).\n\n"
        "Au plaisir de vous accueillir à Lyon,\nLa réception, Hôtel des Canuts\n"
        "8 rue d'Austerlitz, 69004 Lyon\n",
        name_cs=("iso-8859-1", "B"), cs="iso-8859-1", cte="8bit",
    ),
    msg(
        "own_candidature_fr", "other", "fr", CAND, "2026-05-29 21:05 +0100",
        "Candidature spontanée – conceptrice pédagogique",
        "Madame, Monsieur,\n\n"
        "Enseignante en école primaire depuis douze ans en Irlande, je me reconvertis dans la\n"
        "conception pédagogique et je suis très intéressée par les projets de votre studio.\n"
        "Vous trouverez ci-joint mon CV.\n\n"
        "Je reste à votre disposition pour un entretien.\n\n"
        "Bien cordialement,\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[("Studio Pixelpente", "contact@pixelpente.example.fr")],
        pdfs=[("CV_Rautenberg-Ni_Bhriain_FR.pdf", [
            "Siobhan Rautenberg-Ni Bhriain - CV",
            "Enseignante (2014-2026), Cork, Irlande",
            "Certificat en conception pedagogique, 2025",
        ])],
    ),
    msg(
        "amelie_forward", "other", "fr", ("Amélie Perrin", "amelie.perrin@example.fr"),
        "2026-07-02 12:44 +0200",
        "TR: Votre candidature – Formatrice consultante",
        "Coucou Siobhán,\n\n"
        "Regarde ce que j'ai reçu ce matin… encore un refus, sans même un entretien. Je\n"
        "commence à me demander si ma lettre est mauvaise. Tu veux bien la relire ?\n\n"
        "Bises,\nAmélie\n",
        forward=AMELIE_REJECT, name_cs=("utf-8", "Q"),
    ),
    msg(
        "du_refuse", "other", "fr",
        ("Scolarité – DU Ingénierie pédagogique", "scolarite-du@univ-rhodanie.example.fr"),
        "2026-06-26 14:00 +0200",
        "Résultat de votre candidature au DU Ingénierie pédagogique numérique",
        "Madame,\n\n"
        "Nous avons le regret de vous informer que votre candidature au Diplôme d'université\n"
        "« Ingénierie pédagogique numérique » (formation à distance, rentrée 2026) n'a pas\n"
        "été retenue par la commission pédagogique, le nombre de places étant limité à 25.\n\n"
        "Vous pourrez candidater de nouveau pour la session 2027.\n\n"
        "Le service de la scolarité\n",
        name_cs=("utf-8", "B"),
    ),
    msg(
        "chasseur_fr", "other", "fr",
        ("Bérénice Olivier", "b.olivier@cabinet-olivier.example.fr"), "2026-08-04 09:20 +0200",
        "Prise de contact",
        "Bonjour Siobhán,\n\n"
        "Je dirige un cabinet de chasse spécialisé dans les métiers de la formation. Votre\n"
        "parcours d'enseignante devenue conceptrice pédagogique m'a interpellée.\n\n"
        "Je n'ai pas de poste précis à vous présenter aujourd'hui, mais seriez-vous ouverte à\n"
        "ce que nous restions en contact pour de futures opportunités en région lyonnaise ?\n\n"
        "Bien à vous,\nBérénice Olivier\nCabinet Olivier – Conseil en recrutement\n",
        cs="windows-1252", cte="quoted-printable",
    ),
    msg(
        "own_report_fr", "other", "fr", CAND, "2026-08-26 08:02 +0100",
        "Re: Entretien Laboratoires Sornay – mercredi 2 septembre",
        "Bonjour Thibault,\n\n"
        "Merci beaucoup ! Je confirme ma présence. Serait-il possible, le cas échéant, de\n"
        "décaler l'entretien à 11h plutôt qu'à 10h ? Mon vol depuis Cork atterrit à 8h40.\n\n"
        "Bien à toi,\nSiobhán\n",
        to=[THIBAULT], reply="lumen_invite", quote="fr",
    ),
]

ES: list[Spec] = [
    msg(
        "alerta_empleo", "other", "es", ("EmpleoFormación", "alertas@empleoformacion.example.es"),
        "2026-02-24 07:00 +0100",
        "Nuevas ofertas: diseño instruccional en Sevilla",
        "Hola, Siobhán:\n\n"
        "Estas son las nuevas ofertas que coinciden con tu alerta «diseño instruccional»:\n\n"
        "- Diseñador/a instruccional e-learning – consultora de formación – Sevilla\n"
        "- Técnico/a de formación – sector bancario – Sevilla\n"
        "- Formador/a en competencias digitales – teletrabajo\n\n"
        "Consejo: lamentablemente, muchas entrevistas terminan sin respuesta o con un rechazo.\n"
        "Aprende a hacer seguimiento tras una entrevista en nuestro blog.\n\n"
        "Darse de baja: https://empleoformacion.example.es/alertas/baja\n",
        fmt="alt", brand="EmpleoFormación",
        headers=list_headers("Alertas EmpleoFormacion <alertas.empleoformacion.example.es>",
                             "<https://empleoformacion.example.es/alertas/baja>"),
    ),
    msg(
        "posicion_global", "other", "es", ("Caja Bética", "avisos@cajabetica.example.es"),
        "2026-06-01 06:30 +0200",
        "Tu posición global a 31 de mayo",
        "Hola, Siobhán:\n\n"
        "Ya puedes consultar tu posición global a 31 de mayo de 2026 en la banca online:\n"
        "cuentas, tarjetas y depósitos en un solo vistazo.\n\n"
        "Recuerda que Caja Bética nunca te pedirá tus claves por correo electrónico.\n",
        fmt="html", brand="Caja Bética", cs="windows-1252", cte="quoted-printable",
    ),
    msg(
        "paquete_retraso", "other", "es", ("EnvíaYa", "notificaciones@enviaya.example.es"),
        "2026-07-14 19:12 +0200",
        "Lamentablemente, tu paquete llegará con retraso",
        "Hola:\n\n"
        "Lamentablemente, tu paquete EY-20931-SE no podrá entregarse en la fecha prevista por\n"
        "una incidencia en el centro logístico. La nueva fecha estimada es el 17 de julio.\n\n"
        "Disculpa las molestias.\nEnvíaYa\n",
        subj_cs=("iso-8859-1", "Q"), name_cs=("utf-8", "B"),
    ),
    msg(
        "cita_previa", "other", "es", ("Cita Previa Extranjería", "no-reply@citaprevia.example.es"),
        "2026-09-15 08:00 +0200",
        "Su cita ha sido reprogramada",
        "Estimada Sra. Rautenberg-Ní Bhriain:\n\n"
        "Le informamos de que su cita para el certificado de registro de ciudadano de la UE\n"
        "en la oficina de Sevilla ha sido reprogramada al 29 de septiembre a las 10:20.\n\n"
        "Recuerde traer su pasaporte y el justificante de la cita.\n",
        cte="8bit",
    ),
    msg(
        "own_candidatura_es", "other", "es", CAND, "2026-07-25 20:50 +0100",
        "Candidatura: diseñadora instruccional",
        "Buenas tardes:\n\n"
        "Me llamo Siobhán y soy maestra de primaria en Irlanda. Estoy haciendo la transición\n"
        "al diseño instruccional y me encantaría formar parte de Sevilla Learning Hub. Adjunto\n"
        "mi currículum.\n\n"
        "Muchas gracias por su tiempo.\n\nUn saludo,\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[("Sevilla Learning Hub", "empleo@sevillalearninghub.example.es")],
        pdfs=[("CV_Siobhan_Rautenberg_ES.pdf", [
            "Siobhan Rautenberg-Ni Bhriain - Curriculum",
            "Maestra de primaria (2014-2026), Cork, Irlanda",
            "Certificado en diseno instruccional, 2025",
        ])],
    ),
    msg(
        "ines_rechazo", "other", "es", ("Inés Caballero", "ines.caballero@example.es"),
        "2026-06-12 23:05 +0200",
        "Me han dicho que no 😞",
        "¡Hola, guapa!\n\n"
        "Nada, que al final no me han cogido en la academia de idiomas. Me han mandado el típico\n"
        "correo de «lamentablemente hemos seleccionado a otra persona». Después de dos\n"
        "entrevistas…\n\n"
        "¿Tú qué tal con los procesos? ¿Sigue lo del banco?\n\nBesos,\nInés\n",
        subj_cs=("utf-8", "B"), name_cs=("utf-8", "Q"),
    ),
    msg(
        "radio_entrevista", "other", "es",
        ("Pilar Montes", "pilar.montes@radioguadalquivir.example.es"), "2026-10-09 12:30 +0200",
        "Entrevista en Radio Guadalquivir",
        "Hola, Siobhán:\n\n"
        "Soy Pilar, de «La Mañana del Guadalquivir». Estamos preparando un programa sobre la\n"
        "educación bilingüe y nos encantaría hacerte una entrevista telefónica de diez minutos\n"
        "el próximo martes a las 10:15 sobre el sistema educativo irlandés.\n\n"
        "¿Te animas?\n\nPilar Montes\nRedactora, Radio Guadalquivir\n",
        cs="iso-8859-1", cte="8bit",
    ),
    msg(
        "master_no_admitida", "other", "es",
        ("Máster en Tecnología Educativa", "master.tecnoedu@univ-atlantica.example.es"),
        "2026-07-22 13:00 +0200",
        "Resolución de admisión – Máster en Tecnología Educativa",
        "Estimada Siobhán:\n\n"
        "Lamentamos comunicarle que no ha sido admitida en el Máster Universitario en\n"
        "Tecnología Educativa (modalidad online) para el curso 2026-2027, al haberse cubierto\n"
        "todas las plazas. Ha quedado en la posición 12 de la lista de espera.\n\n"
        "Secretaría del Máster\n",
        name_cs=("iso-8859-1", "Q"),
    ),
    msg(
        "own_cambio_es", "other", "es", CAND, "2026-07-06 09:40 +0100",
        "Consulta sobre la entrevista del 10 de julio",
        "Hola, Marta:\n\n"
        "Gracias por la convocatoria para el 10 de julio. ¿Sería posible cambiar la hora de la\n"
        "entrevista a la tarde? Por la mañana tengo la última reunión del claustro del curso.\n\n"
        "Muchas gracias,\nSiobhán\n",
        to=[MARTA],
    ),
]

MESSAGES: list[Spec] = [*EN, *DE, *FR, *ES]
