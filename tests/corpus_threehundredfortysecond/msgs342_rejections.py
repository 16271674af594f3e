"""Corpus 342: rejections outside the long threads (every 'no', however soft)."""

from __future__ import annotations

from msgs342_common import (
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    Spec,
    msg,
    sig,
)

EN: list[Spec] = [
    msg(
        "liffey_reject", "rejection", "en", ("Liffey Bank Careers", "liffeybank@taleo.net"),
        "2026-02-09 07:15 +0000",
        "Your application: Learning Designer, Liffey Bank Academy (Req 26-0193)",
        "Dear Siobhan,\n\n"
        "Thank you for applying for the role of Learning Designer with the Liffey Bank Academy.\n\n"
        "We have now reviewed all applications against the criteria for the role. On this\n"
        "occasion we regret to inform you that you have not been shortlisted for the next\n"
        "stage of the process.\n\n"
        "We would encourage you to continue to visit our careers site for future opportunities.\n\n"
        "Yours sincerely,\nTalent Acquisition\nLiffey Bank\n\n"
        "Liffey Bank p.l.c. is regulated by the Central Bank of Ireland.\n"
        "Please do not reply to this e-mail; this mailbox is not monitored.\n",
        company="Liffey Bank", cte="7bit",
    ),
    msg(
        "kinsale_reject", "rejection", "en",
        ("Kinsale Learning Labs", "notifications@bamboohr.com"), "2026-03-02 15:48 +0000",
        "Your application with Kinsale Learning Labs",
        "Hi Siobhán,\n\n"
        "Thank you so much for your interest in the E-Learning Developer role with Kinsale\n"
        "Learning Labs. We truly enjoyed reading your application.\n\n"
        "After careful consideration, we've decided to move forward with candidates whose\n"
        "experience more closely matches the needs of the position at this time. We were\n"
        "impressed by your background and wish you every success.\n\n"
        "Warmly,\nOrla Twomey\nStudio Manager, Kinsale Learning Labs\n",
        company="Kinsale Learning Labs", contact="orla.twomey@kinsalelearning.example.ie",
        reply_to=("Orla Twomey", "orla.twomey@kinsalelearning.example.ie"),
        fmt="alt", brand="Kinsale Learning Labs",
    ),
    msg(
        "quayside_reject", "rejection", "en",
        ("Dermot Creedon", "dermot.creedon@quaysidetemps.example.ie"), "2026-04-14 12:09 +0100",
        "Training coordinator assignment – client decision",
        "Hi Siobhan,\n\n"
        "Just a quick one to let you know the client came back to me this morning about the\n"
        "12-week training coordinator assignment. They've decided not to proceed with your\n"
        "profile – they went with someone who is available to start immediately.\n\n"
        "Don't be discouraged, I've more assignments coming in for the summer and I'll be in\n"
        "touch.\n\n"
        "Dermot\n\n"
        "Dermot Creedon | Recruitment Consultant\n"
        "Quayside Temps | 22 Lapp's Quay, Cork T12 F6W2 | 021 455 5180\n",
        company="Quayside Temps", contact="dermot.creedon@quaysidetemps.example.ie",
        cs="windows-1252", cte="quoted-printable",
    ),
    msg(
        "shannonside_cancel", "rejection", "en",
        ("Shannonside Medical Careers", "shannonside-noreply@icims.com"),
        "2026-05-20 10:31 +0100",
        "Update regarding requisition 2026-1187 – Training Specialist",
        "Dear Siobhán Rautenberg-Ní Bhriain,\n\n"
        "Thank you for your interest in the Training Specialist position (requisition\n"
        "2026-1187) at Shannonside Medical, Cork.\n\n"
        "Due to a change in business needs, this requisition has been cancelled and the\n"
        "position will not be filled. As a result, we will not proceed with your application.\n"
        "We apologise for any inconvenience and encourage you to apply for other roles.\n\n"
        "Sincerely,\nShannonside Medical Talent Acquisition\n",
        company="Shannonside Medical", fmt="alt", brand="Shannonside Medical",
    ),
    msg(
        "harbourview_internal", "rejection", "en",
        ("Sinéad Brophy", "sinead.brophy@harbourview.example.ie"), "2026-06-15 11:22 +0100",
        "RE: Digital Learning Designer – any update?",
        "Dear Siobhán,\n\n"
        "Thank you for your email and apologies for the delay in getting back to you. I'm\n"
        "sorry to say that the Digital Learning Designer post in the Centre for Digital\n"
        "Learning has been filled internally, through a secondment from our Library team.\n\n"
        "Thank you for the time and effort you put into your application and interview.\n\n"
        "Kind regards,\nSinéad\n\n"
        "Sinéad Brophy\nHR Business Partner | Harbourview University\n"
        "Belfield Road, Dublin 4 | +353 1 555 4471\n" + DISCLAIMER_EN,
        company="Harbourview University", contact="sinead.brophy@harbourview.example.ie",
        reply="harbourview_followup", quote="outlook_en", name_cs=("iso-8859-1", "Q"),
        cs="windows-1252", cte="quoted-printable",
    ),
    msg(
        "spreeleiter_reject", "rejection", "en",
        ("Spreeleiter Software Hiring Team", "no-reply@ashbyhq.com"), "2026-04-30 14:05 +0000",
        "Your Spreeleiter application – Learning & Enablement Designer",
        None,
        company="Spreeleiter Software", fmt="html",
        html=(
            "<p>Hi Siobhán,</p>\n"
            "<p>Thank you for taking the time to interview with us for the Learning &amp; "
            "Enablement Designer role. It was a close decision, and after our final debrief we "
            "have decided not to move forward with your candidacy.</p>\n"
            "<p>We know this isn't the news you were hoping for. If you'd like brief feedback on "
            "your interviews, simply let us know through the candidate portal.</p>\n"
            "<p>Thanks again, and all the best,<br>The Spreeleiter Hiring Team</p>\n"
            "<p style=\"color:#888;font-size:11px\">Sent via Ashby</p>"
        ),
        cte="quoted-printable",
    ),
    msg(
        "helvetron_en_reject", "rejection", "en",
        ("Helvetron Pharma", "noreply@smartrecruiters.com"), "2026-01-28 09:03 +0100",
        "Helvetron Pharma – Learning Experience Specialist (Zurich)",
        "Dear Siobhán,\n\n"
        "Thank you for applying to the Learning Experience Specialist position in Zurich.\n\n"
        "We received many strong applications. Unfortunately, your profile was not selected\n"
        "for the interview stage this time. Your data will be kept in our talent pool for\n"
        "six months unless you ask us to delete it.\n\n"
        "Kind regards,\nHelvetron Talent Acquisition\n",
        company="Helvetron Pharma",
    ),
    msg(
        "atlantic_suspend", "rejection", "en",
        ("Atlantic Learning Collective", "noreply@workablemail.com"), "2026-03-25 17:12 +0000",
        "Instructional Designer – recruitment suspended",
        "Dear Siobhán,\n\n"
        "Thank you for your interest in the Instructional Designer role and for the video\n"
        "screen last week.\n\n"
        "Following the loss of a major client contract, we have had to suspend recruitment\n"
        "for this position. We will therefore not be progressing any applications, including\n"
        "yours. We are very sorry, as we enjoyed getting to know you.\n\n"
        "Best regards,\nMáire Conneely\nOperations Lead, Atlantic Learning Collective, Galway\n",
        company="Atlantic Learning Collective", contact="maire@atlanticlearning.example.ie",
        reply_to=("Máire Conneely", "maire@atlanticlearning.example.ie"),
    ),
    msg(
        "tidewell_reject", "rejection", "en",
        ("Tidewell Health", "no-reply@recruitee.com"), "2026-08-05 16:40 +0200",
        "Your application for Clinical Education Content Designer",
        None,
        company="Tidewell Health", fmt="html", brand="Tidewell Health",
        html=(
            "<p>Dear Siobhán,</p>\n"
            "<p>Thank you for applying for the Clinical Education Content Designer role at "
            "Tidewell Health in Dublin, and for your patience while we reviewed applications.</p>\n"
            "<p>We have now completed our review. While your teaching background is impressive, "
            "we have decided to pursue other applicants whose clinical experience is more "
            "closely aligned with this role.</p>\n"
            "<p>We wish you all the best in your search.</p>\n"
            "<p>Kind regards,<br>Tidewell Health People Team</p>"
        ),
        cte="base64",
    ),
    msg(
        "brightlane_reject", "rejection", "en",
        ("Ella from Brightlane", "no-reply@teamtailor-mail.com"), "2026-09-03 10:00 +0100",
        "About your application at Brightlane",
        "Hi Siobhán!\n\n"
        "Thanks a lot for your interest in Brightlane and in the Learning Content Lead role.\n\n"
        "We won't be taking your application further at this time, but please don't let that\n"
        "stop you from keeping an eye on our career page – we're growing fast and new roles\n"
        "pop up all the time.\n\n"
        "Have a lovely day,\nElla & the Brightlane team\n",
        company="Brightlane", fmt="alt", brand="Brightlane",
    ),
    msg(
        "westbound_reject", "rejection", "en",
        ("Colm Hession", "colm@westboundsearch.example.ie"), "2026-10-02 13:37 +0100",
        "Oranmore Diagnostics – outcome of your interview",
        "Hi Siobhán,\n\n"
        "Thanks for making the trip out to Oranmore Diagnostics on Tuesday. I've had their\n"
        "feedback: they liked your energy and your storyboard, but they've offered the role to\n"
        "a candidate with Articulate Storyline experience in a regulated setting. So it's a\n"
        "no from them this time, I'm afraid.\n\n"
        "Congratulations again on the Corrib Medical role, by the way – well deserved.\n\n"
        "Colm Hession\nDirector, Westbound Search | Galway\n+353 91 555 8810\n",
        company="Oranmore Diagnostics", contact="colm@westboundsearch.example.ie",
    ),
    msg(
        "cobh_reject", "rejection", "en",
        ("Padraig Lynch", "padraig.lynch@cobhcloud.example.ie"), "2026-05-07 08:51 +0100",
        "RE: Application – Technical Trainer (Customer Academy)",
        "Hi Siobhán,\n\n"
        "Thanks for your application and for the detailed cover letter. Unfortunately we've\n"
        "decided not to move forward – for this role we really need someone with hands-on\n"
        "SaaS product experience. I'd encourage you to apply again when we advertise the\n"
        "Learning Coordinator position later in the year.\n\n"
        "Regards,\nPadraig\n\n"
        "Padraig Lynch | Customer Academy Manager | Cobh Cloud Systems\n\n"
        "-----Original Message-----\n"
        "From: Siobhán Rautenberg-Ní Bhriain <siobhan.rautenberg@example.ie>\n"
        "Sent: Monday, April 27, 2026 9:12 PM\n"
        "To: Padraig Lynch <padraig.lynch@cobhcloud.example.ie>\n"
        "Subject: Application – Technical Trainer (Customer Academy)\n\n"
        "Dear Mr Lynch,\n\n"
        "Please find attached my CV and cover letter for the Technical Trainer role in the\n"
        "Customer Academy. After twelve years of primary teaching, I am moving into\n"
        "corporate learning and would love to bring my experience to Cobh Cloud Systems.\n\n"
        "Kind regards,\nSiobhán Rautenberg-Ní Bhriain\n",
        company="Cobh Cloud Systems", contact="padraig.lynch@cobhcloud.example.ie",
        cs="windows-1252", cte="8bit",
    ),
]

HELVETRON_SIG = sig(
    "Helvetron Pharma AG · Talent Acquisition",
    "Hardturmstrasse 161 · 8005 Zürich",
)

DE: list[Spec] = [
    msg(
        "helvetron_de_reject", "rejection", "de",
        ("Helvetron Pharma", "noreply@smartrecruiters.com"), "2026-02-20 16:20 +0100",
        "Ihre Bewerbung als Fachspezialistin Schulungsentwicklung",
        "Sehr geehrte Frau Rautenberg-Ní Bhriain\n\n"
        "Besten Dank für Ihre Bewerbung als Fachspezialistin Schulungsentwicklung (80–100 %)\n"
        "und das Interesse an Helvetron Pharma.\n\n"
        "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung\n"
        "nicht weiter berücksichtigen können. Wir haben uns für Kandidierende entschieden,\n"
        "deren Profil noch besser auf die Anforderungen passt.\n\n"
        "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
        "Freundliche Grüsse\n" + HELVETRON_SIG,
        company="Helvetron Pharma",
    ),
    msg(
        "nordlicht_reject", "rejection", "de",
        ("Nordlicht Medizintechnik", "noreply@softgarden.io"), "2026-06-25 11:05 +0200",
        "Ihre Bewerbung bei Nordlicht Medizintechnik",
        "Sehr geehrte Frau Rautenberg-Ní Bhriain,\n\n"
        "vielen Dank für das angenehme Gespräch und Ihr Interesse an der Position\n"
        "„Trainerin / Instructional Designerin Produktschulung“.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir uns nach reiflicher Überlegung für eine\n"
        "andere Bewerberin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Nordlicht Medizintechnik GmbH\n",
        company="Nordlicht Medizintechnik", fmt="alt", brand="Nordlicht Medizintechnik",
        cs="utf-8", cte="base64",
    ),
    msg(
        "talentbruecke_reject", "rejection", "de",
        ("Friederike Asmussen", "f.asmussen@talentbruecke.example.de"), "2026-08-12 18:02 +0200",
        "Rückmeldung Elbbank Akademie",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "ich habe heute die Rückmeldung der Elbbank erhalten. Man war von Ihrem Gespräch mit\n"
        "der Akademieleitung angetan, hat sich aber für eine interne Kandidatin aus dem\n"
        "Bereich Personalentwicklung entschieden. Für Sie geht es in diesem Prozess daher\n"
        "leider nicht weiter.\n\n"
        "Ich melde mich, sobald ich ein passendes Mandat habe.\n\n"
        "Beste Grüße\nFriederike Asmussen\n"
        "Talentbrücke Personalberatung · Große Elbstraße 145 · 22767 Hamburg\n"
        + DISCLAIMER_DE,
        company="Elbbank", contact="f.asmussen@talentbruecke.example.de",
        cs="iso-8859-1", cte="quoted-printable", subj_cs=("iso-8859-1", "B"),
    ),
    msg(
        "zuercher_reject", "rejection", "de",
        ("Reto Zwicky", "reto.zwicky@lernfabrik.example.ch"), "2026-09-08 08:40 +0200",
        "Stelle Learning Designer – Rückmeldung",
        "Grüezi Frau Rautenberg-Ní Bhriain\n\n"
        "Ich danke Ihnen nochmals für den Probetag bei uns. Leider muss ich Ihnen mitteilen,\n"
        "dass wir die Stelle in der Zwischenzeit intern besetzen konnten: eine langjährige\n"
        "Mitarbeiterin wechselt aus dem Support ins Lerndesign.\n\n"
        "Es tut mir leid, Ihnen keinen positiveren Bescheid geben zu können.\n\n"
        "Freundliche Grüsse\nReto Zwicky\nCo-Leiter, Zürcher Lernfabrik\n"
        "Badenerstrasse 120, 8004 Zürich\n",
        company="Zürcher Lernfabrik", contact="reto.zwicky@lernfabrik.example.ch",
        cte="8bit",
    ),
    msg(
        "havelbank_stop", "rejection", "de",
        ("Havelbank Karriere", "havelbank@myworkday.com"), "2026-03-13 06:45 +0100",
        "Information zu Ihrer Bewerbung – Referentin Lernmedien (R-7730)",
        "Sehr geehrte Frau Rautenberg-Ní Bhriain,\n\n"
        "vielen Dank für Ihre Bewerbung auf die Position Referentin Lernmedien (w/m/d) in der\n"
        "Havelbank Akademie, Berlin.\n\n"
        "Aufgrund organisatorischer Veränderungen wurde das Auswahlverfahren für diese\n"
        "Position eingestellt. Wir werden Ihre Bewerbung daher nicht weiter verfolgen.\n\n"
        "Wir bedauern dies sehr und danken Ihnen für Ihr Interesse.\n\n"
        "Mit freundlichen Grüßen\nHavelbank, Talent Acquisition\n\n"
        "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n",
        company="Havelbank", cs="iso-8859-1", cte="quoted-printable",
    ),
    msg(
        "elbkontor_reject", "rejection", "de",
        ("Henrike Jessen", "henrike.jessen@elbkontor.example.de"), "2026-10-06 15:18 +0200",
        "AW: Telefoninterview Trainerin Kundenschulung",
        "Hallo Frau Rautenberg-Ní Bhriain,\n\n"
        "danke noch einmal für das nette Telefonat. Wir haben inzwischen alle Gespräche\n"
        "geführt und uns entschieden, die Stelle mit einer Kandidatin mit SAP-Erfahrung zu\n"
        "besetzen. Ich hätte Ihnen gern etwas anderes geschrieben.\n\n"
        "Alles Gute für Ihren Weg ins Corporate Learning!\n\n"
        "Henrike Jessen\nTeamlead Customer Training · Elbkontor Software\n\n"
        "Von: Siobhán Rautenberg-Ní Bhriain <siobhan.rautenberg@example.ie>\n"
        "Gesendet: Donnerstag, 24. September 2026 19:02\n"
        "An: Henrike Jessen <henrike.jessen@elbkontor.example.de>\n"
        "Betreff: Telefoninterview Trainerin Kundenschulung\n\n"
        "Liebe Frau Jessen,\n"
        "vielen Dank für das Gespräch heute. Ich freue mich auf Ihre Rückmeldung.\n"
        "Viele Grüße, Siobhán Rautenberg-Ní Bhriain\n",
        company="Elbkontor Software", contact="henrike.jessen@elbkontor.example.de",
        cs="iso-8859-1", cte="8bit",
    ),
]

FR: list[Spec] = [
    msg(
        "medivance_reject", "rejection", "fr", ("Médivance Recrutement", "medivance@taleo.net"),
        "2026-04-03 08:00 +0200",
        "Votre candidature – Concepteur·rice de formations (réf. MDV-2611)",
        "Madame,\n\n"
        "Nous vous remercions de l'intérêt que vous portez à Médivance et du temps consacré\n"
        "à votre candidature.\n\n"
        "Nous avons le regret de vous informer que celle-ci n'a pas été retenue. Votre profil\n"
        "a néanmoins retenu toute notre attention et nous nous permettons de le conserver\n"
        "dans notre vivier.\n\n"
        "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\n"
        "La Direction des Talents, Médivance\n",
        company="Médivance", name_cs=("iso-8859-1", "Q"), subj_cs=("utf-8", "Q"),
        cs="iso-8859-1", cte="quoted-printable",
    ),
    msg(
        "ondine_reject", "rejection", "fr",
        ("Camille de Ondine E-Learning", "no-reply@teamtailor-mail.com"),
        "2026-06-30 10:12 +0200",
        "Suite à votre entretien chez Ondine",
        "Bonjour Siobhán,\n\n"
        "Merci encore pour ton entretien avec l'équipe la semaine dernière, c'était un vrai\n"
        "plaisir d'échanger avec toi.\n\n"
        "Après beaucoup d'hésitation, nous avons choisi de poursuivre avec une autre personne\n"
        "dont l'expérience en motion design correspond davantage au poste. Ce n'est donc pas\n"
        "une suite favorable cette fois-ci.\n\n"
        "Belle continuation,\nCamille Roux\nResponsable studio, Ondine E-Learning\n",
        company="Ondine E-Learning", contact="camille.roux@ondine-elearning.example.fr",
        reply_to=("Camille Roux", "camille.roux@ondine-elearning.example.fr"),
        fmt="alt", brand="Ondine E-Learning",
    ),
    msg(
        "lumen_reject", "rejection", "fr",
        ("Thibault Garnier", "thibault.garnier@lumen-rh.example.fr"), "2026-09-10 18:25 +0200",
        "Laboratoires Sornay – retour",
        "Bonjour Siobhán,\n\n"
        "Je viens d'avoir le retour des Laboratoires Sornay après ton entretien avec la\n"
        "responsable formation. Malheureusement, ils ont décidé de ne pas donner suite : ils\n"
        "privilégient un profil ayant déjà travaillé en environnement BPF.\n\n"
        "Je reste à ton écoute pour les prochaines opportunités.\n\n"
        "Bien à toi,\nThibault\n\n"
        "Thibault Garnier · Consultant senior Formation & RH · Lumen RH\n"
        "27 rue de la République, 69002 Lyon · 06 55 55 12 48\n",
        company="Laboratoires Sornay", contact="thibault.garnier@lumen-rh.example.fr",
        cs="windows-1252", cte="8bit",
    ),
    msg(
        "fourviere_reject", "rejection", "fr",
        ("Hélène Mercier-Dubost", "helene.mercier-dubost@banque-fourviere.example.fr"),
        "2026-10-01 09:34 +0200",
        "Poste de concepteur pédagogique – Académie Fourvière",
        "Madame,\n\n"
        "Je vous remercie pour votre candidature au poste de concepteur pédagogique au sein\n"
        "de l'Académie Fourvière.\n\n"
        "Je suis au regret de vous annoncer que le poste a été pourvu en interne. Nous ne\n"
        "sommes donc pas en mesure de poursuivre le processus avec vous.\n\n"
        "Je vous souhaite une pleine réussite dans votre reconversion.\n\n"
        "Hélène Mercier-Dubost\nResponsable recrutement – Banque Fourvière\n"
        + DISCLAIMER_FR,
        company="Banque Fourvière",
        contact="helene.mercier-dubost@banque-fourviere.example.fr",
        name_cs=("utf-8", "B"),
    ),
]

ES: list[Spec] = [
    msg(
        "bioandaluza_reject", "rejection", "es",
        ("Bioandaluza Farma - Talento", "bioandaluza-noreply@icims.com"),
        "2026-07-20 09:10 +0200",
        "Estado de tu candidatura: Técnica de Formación GMP",
        "Hola, Siobhán:\n\n"
        "Gracias por tu interés en Bioandaluza Farma y por participar en la videoentrevista.\n\n"
        "Lamentablemente, en esta ocasión no has sido seleccionada para continuar en el\n"
        "proceso. Hemos optado por perfiles con experiencia en la industria farmacéutica.\n\n"
        "Te animamos a seguir atenta a nuestras ofertas.\n\n"
        "Equipo de Talento – Bioandaluza Farma\n",
        company="Bioandaluza Farma", fmt="alt", brand="Bioandaluza Farma",
    ),
    msg(
        "giralda_reject", "rejection", "es",
        ("Manuel Ortega Vidal", "manuel.ortega@aulagiralda.example.es"),
        "2026-09-21 13:02 +0200",
        "Sobre el puesto de diseñadora instruccional",
        "Hola, Siobhán:\n\n"
        "Te escribo con una noticia que no me gusta dar. El cliente para el que íbamos a\n"
        "ampliar el equipo ha cancelado el proyecto, así que hemos cerrado la vacante y no\n"
        "seguiremos adelante con tu candidatura.\n\n"
        "Siento mucho el tiempo invertido, sobre todo después de la prueba práctica.\n\n"
        "Un saludo,\nManuel Ortega Vidal\nDirector de Aula Giralda\n"
        "C/ San Fernando 4, 41004 Sevilla\n",
        company="Aula Giralda", contact="manuel.ortega@aulagiralda.example.es",
        cs="iso-8859-1", cte="quoted-printable", subj_cs=("iso-8859-1", "B"),
    ),
    msg(
        "triana_suspend", "rejection", "es",
        ("Universidad de Triana", "noreply@workablemail.com"), "2026-09-29 12:00 +0200",
        "Proceso de selección suspendido – Técnico/a de Innovación Docente",
        "Estimada Siobhán:\n\n"
        "Le informamos de que el proceso de selección para la plaza de Técnico/a de Innovación\n"
        "Docente del Servicio de Docencia Digital ha quedado suspendido por razones\n"
        "presupuestarias. En consecuencia, su candidatura no seguirá adelante.\n\n"
        "Agradecemos sinceramente su participación.\n\n"
        "Servicio de Recursos Humanos\nUniversidad de Triana\n",
        company="Universidad de Triana",
    ),
]

MESSAGES: list[Spec] = [*EN, *DE, *FR, *ES]
