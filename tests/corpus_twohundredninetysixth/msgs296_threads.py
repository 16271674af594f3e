"""Threads: one employer's mail over weeks, with replies quoting earlier messages."""

from __future__ import annotations

from msgs296_common import ME, ats, html_of, shell

CLAIRE = ("Claire Dumoulin", "claire.dumoulin@verdalys.example.fr")
SIG_CLAIRE = """Claire Dumoulin
Chargée de recrutement – Fonctions Finance
Groupe Verdalys
12 quai Perrache, 69002 Lyon
Tél. : +33 4 72 41 18 60"""

VERDALYS = [
    {
        "key": "verdalys_ack", "kind": "application_received", "lang": "fr",
        "company": "Groupe Verdalys", "contact": "",
        "date": "2026-02-09 07:41 +0000",
        "from": ("Groupe Verdalys", "verdalys@myworkday.com"),
        "subject": "Votre candidature – Contrôleur de gestion FP&A (H/F) – R-004517",
        "headers": ats("Workday"),
        "text": """Bonjour Amélie,

Nous vous remercions de l'intérêt que vous portez au Groupe Verdalys et accusons bonne réception de votre candidature au poste de Contrôleur de gestion FP&A (H/F), référence R-004517, basé à Lyon.

Notre équipe recrutement étudie actuellement l'ensemble des dossiers reçus. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les prochaines semaines.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.

Cordialement,
L'équipe Talent Acquisition
Groupe Verdalys

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
        "html": shell(
            "<p>Bonjour Amélie,</p>\n<p>Nous vous remercions de l'intérêt que vous portez au "
            "Groupe Verdalys et accusons bonne réception de votre candidature au poste de "
            "<b>Contrôleur de gestion FP&amp;A (H/F)</b>, référence R-004517, basé à Lyon.</p>\n"
            "<p>Notre équipe recrutement étudie actuellement l'ensemble des dossiers reçus. Si "
            "votre profil correspond à nos attentes, nous reviendrons vers vous dans les "
            "prochaines semaines.</p>\n<p>Vous pouvez suivre l'état de votre candidature à tout "
            "moment depuis votre <a href=\"https://verdalys.wd3.myworkday.com/careers\">espace "
            "candidat</a>.</p>\n<p>Cordialement,<br>L'équipe Talent Acquisition<br>Groupe "
            "Verdalys</p>\n<p style=\"font-size:11px;color:#888\">Ce message a été envoyé "
            "automatiquement, merci de ne pas y répondre.</p>",
            brand="VERDALYS", colour="#0b6e4f"),
        "cte": "quoted-printable",
    },
    {
        "key": "verdalys_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Verdalys", "contact": "claire.dumoulin@verdalys.example.fr",
        "date": "2026-02-24 16:05 +0100",
        "from": CLAIRE,
        "subject": "Entretien – Contrôleur de gestion FP&A – Groupe Verdalys",
        "text": f"""Bonjour Madame Kouassi,

Suite à l'étude de votre candidature pour le poste de Contrôleur de gestion FP&A, j'ai le plaisir de vous proposer un premier entretien avec Thomas Lacroix, Responsable du contrôle de gestion industriel, et moi-même.

Date : mercredi 4 mars 2026 à 10h00
Lieu : Groupe Verdalys, 12 quai Perrache, 69002 Lyon – accueil au rez-de-chaussée
Durée : environ 1h15 (dont un court cas pratique sur Excel)

Je vous envoie en parallèle une invitation dans votre agenda. Pourriez-vous me confirmer votre présence par retour de mail ?

Au plaisir d'échanger avec vous,

{SIG_CLAIRE}""",
        "ics": {"uid": "verdalys-ent-20260304-kouassi@verdalys.example.fr", "seq": 0,
                "start": "2026-03-04 10:00", "minutes": 75,
                "summary": "Entretien Amélie Kouassi – Contrôleur de gestion FP&A",
                "location": "Groupe Verdalys, 12 quai Perrache, 69002 Lyon",
                "organizer": CLAIRE},
        "cte": "8bit",
    },
    {
        "key": "verdalys_confirm_sent", "kind": "other", "lang": "fr",
        "date": "2026-02-24 18:32 +0100",
        "from": ME, "to": CLAIRE,
        "subject": "RE: Entretien – Contrôleur de gestion FP&A – Groupe Verdalys",
        "parent": "verdalys_invite", "quote": "fr",
        "text": """Bonjour Madame Dumoulin,

Je vous remercie pour votre message et vous confirme avec plaisir ma présence le mercredi 4 mars à 10h00 quai Perrache.

Bien cordialement,
Amélie Kouassi
06 48 22 71 05""",
        "cte": "8bit",
    },
    {
        "key": "verdalys_moved", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Groupe Verdalys", "contact": "claire.dumoulin@verdalys.example.fr",
        "date": "2026-03-02 11:47 +0100",
        "from": CLAIRE,
        "subject": "RE: Entretien – Contrôleur de gestion FP&A – Groupe Verdalys",
        "parent": "verdalys_confirm_sent", "quote": "fr",
        "text": f"""Bonjour Amélie,

Je suis désolée de devoir revenir vers vous : Thomas Lacroix doit se rendre en urgence sur notre site de Roussillon mercredi. Nous devons donc décaler notre entretien.

Je vous propose le vendredi 6 mars à 14h30, même lieu. L'invitation agenda a été mise à jour. Si ce créneau ne vous convient pas, dites-le-moi et nous trouverons une autre date.

Toutes mes excuses pour ce changement,

{SIG_CLAIRE}""",
        "ics": {"uid": "verdalys-ent-20260304-kouassi@verdalys.example.fr", "seq": 1,
                "start": "2026-03-06 14:30", "minutes": 75,
                "summary": "Entretien Amélie Kouassi – Contrôleur de gestion FP&A (décalé)",
                "location": "Groupe Verdalys, 12 quai Perrache, 69002 Lyon",
                "organizer": CLAIRE},
        "cte": "quoted-printable",
    },
    {
        "key": "verdalys_thanks_sent", "kind": "other", "lang": "fr",
        "date": "2026-03-06 19:10 +0100",
        "from": ME, "to": CLAIRE,
        "cc": [("Thomas Lacroix", "thomas.lacroix@verdalys.example.fr")],
        "subject": "Merci pour notre entretien de ce jour",
        "text": """Bonjour Madame Dumoulin, bonjour Monsieur Lacroix,

Je tenais à vous remercier pour le temps que vous m'avez consacré cet après-midi. La présentation du projet de refonte du reporting mensuel des sites de chimie m'a beaucoup intéressée, et le cas pratique m'a donné un bon aperçu des sujets de l'équipe.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Amélie Kouassi""",
        "cte": "8bit",
    },
    {
        "key": "verdalys_round2", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Verdalys", "contact": "claire.dumoulin@verdalys.example.fr",
        "date": "2026-03-13 09:22 +0100",
        "from": CLAIRE,
        "subject": "RE: Merci pour notre entretien de ce jour",
        "parent": "verdalys_thanks_sent", "quote": "outlook_fr",
        "text": f"""Bonjour Amélie,

Merci pour votre message. Bonne nouvelle : Thomas souhaite poursuivre le processus avec vous.

La prochaine étape serait un entretien avec Nathalie Ferrand, Directrice Administrative et Financière du groupe. Elle est disponible le mardi 24 mars à 9h00 ou à 17h00, en visioconférence (Teams). Le lien vous sera envoyé dès que vous m'aurez indiqué le créneau de votre choix.

Belle journée,

{SIG_CLAIRE}""",
        "html": html_of(f"""Bonjour Amélie,

Merci pour votre message. Bonne nouvelle : Thomas souhaite poursuivre le processus avec vous.

La prochaine étape serait un entretien avec Nathalie Ferrand, Directrice Administrative et Financière du groupe. Elle est disponible le mardi 24 mars à 9h00 ou à 17h00, en visioconférence (Teams). Le lien vous sera envoyé dès que vous m'aurez indiqué le créneau de votre choix.

Belle journée,

{SIG_CLAIRE}"""),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "verdalys_offer", "kind": "offer", "lang": "fr",
        "company": "Groupe Verdalys", "contact": "nathalie.ferrand@verdalys.example.fr",
        "date": "2026-09-10 18:03 +0200",
        "from": ("Nathalie Ferrand", "nathalie.ferrand@verdalys.example.fr"),
        "cc": [CLAIRE],
        "subject": "Proposition d'embauche – Contrôleuse de gestion FP&A",
        "text": """Chère Amélie,

Comme je vous l'ai annoncé ce matin par téléphone, le gel des embauches décidé au printemps est levé et le comité de direction a validé votre recrutement. J'ai donc le plaisir de vous confirmer que nous souhaitons vous accueillir au sein du Groupe Verdalys en qualité de Contrôleuse de gestion FP&A, en CDI, au statut cadre.

Vous trouverez ci-joint notre proposition détaillée : rémunération annuelle brute de 58 000 €, part variable cible de 8 %, 12 jours de RTT, prise de poste souhaitée le 2 novembre 2026.

Je vous remercie de nous faire part de votre réponse d'ici au 25 septembre. Claire reste à votre disposition pour toute question pratique, et je suis joignable au 04 72 41 18 02 si vous souhaitez en parler de vive voix.

Dans l'attente de vous compter parmi nous,

Nathalie Ferrand
Directrice Administrative et Financière
Groupe Verdalys""",
        "attach": [{"name": "Proposition_embauche_A_Kouassi.pdf",
                    "title": "Groupe Verdalys - Proposition d'embauche",
                    "lines": ["Madame Amélie Kouassi", "Poste : Contrôleuse de gestion FP&A (CDI)",
                              "Rémunération fixe : 58 000 € bruts annuels",
                              "Variable cible : 8 %", "Date d'entrée : 2 novembre 2026",
                              "Réponse attendue avant le 25 septembre 2026"]}],
        "cte": "base64",
    },
]

SANDRINE = ("Sandrine Pellerin", "s.pellerin@mutuelle-alpea.example.fr")
SIG_SANDRINE = """Sandrine Pellerin
Responsable recrutement
Mutuelle Alpéa, 8 avenue Alsace-Lorraine, 38000 Grenoble
04 76 55 30 12

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur."""

ALPEA = [
    {
        "key": "alpea_ack", "kind": "application_received", "lang": "fr",
        "company": "Mutuelle Alpéa", "contact": "s.pellerin@mutuelle-alpea.example.fr",
        "date": "2026-01-20 10:14 +0100",
        "from": SANDRINE,
        "subject": "Candidature contrôleuse de gestion - bien reçue",
        "text": f"""Bonjour Madame Kouassi,

J'accuse réception de votre candidature au poste de contrôleur de gestion pour notre direction financière à Grenoble, et je vous en remercie.

Je reviendrai vers vous d'ici la fin du mois, une fois la première sélection faite avec le manager.

Bien cordialement,

{SIG_SANDRINE}""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subj_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "alpea_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Mutuelle Alpéa", "contact": "s.pellerin@mutuelle-alpea.example.fr",
        "date": "2026-01-28 15:39 +0100",
        "from": SANDRINE,
        "subject": "RE: Candidature contrôleuse de gestion - bien reçue",
        "subj_enc": ("iso-8859-1", "Q"),
        "parent": "alpea_ack", "quote": "fr",
        "text": f"""Bonjour Madame Kouassi,

Votre profil a retenu notre attention. Je vous propose un premier échange téléphonique d'une trentaine de minutes le mardi 3 février à 14h00. Je vous appellerai au 06 48 22 71 05, le numéro indiqué sur votre CV.

Merci de me confirmer que ce créneau vous convient.

Bien cordialement,

{SIG_SANDRINE}""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "alpea_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Mutuelle Alpéa", "contact": "s.pellerin@mutuelle-alpea.example.fr",
        "date": "2026-02-03 14:26 +0100",
        "from": SANDRINE,
        "subject": "Notre échange téléphonique de 14h",
        "subj_enc": ("iso-8859-1", "B"),
        "text": f"""Bonjour Madame Kouassi,

J'ai essayé de vous joindre à deux reprises à 14h00 et 14h10, comme convenu, mais je suis tombée sur votre messagerie. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressée par le poste, pouvez-vous me proposer un autre moment cette semaine ? Je suis disponible jeudi matin.

Bien cordialement,

{SIG_SANDRINE}""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "alpea_apology_sent", "kind": "other", "lang": "fr",
        "date": "2026-02-03 15:02 +0100",
        "from": ME, "to": SANDRINE,
        "subject": "RE: Notre échange téléphonique de 14h",
        "parent": "alpea_missed", "quote": "fr",
        "text": """Bonjour Madame Pellerin,

Je suis sincèrement désolée : j'étais dans le tram et mon téléphone n'a pas capté au moment de votre appel. Je n'ai eu votre message qu'en sortant.

Jeudi matin me convient parfaitement, à l'heure qui vous arrange. Encore toutes mes excuses.

Bien cordialement,
Amélie Kouassi""",
        "cte": "quoted-printable",
    },
    {
        "key": "alpea_no", "kind": "rejection", "lang": "fr",
        "company": "Mutuelle Alpéa", "contact": "s.pellerin@mutuelle-alpea.example.fr",
        "date": "2026-02-27 17:51 +0100",
        "from": SANDRINE,
        "subject": "Votre candidature – Mutuelle Alpéa",
        "text": f"""Bonjour Madame Kouassi,

Je vous remercie à nouveau pour nos échanges et pour votre entretien avec Olivier Brunet la semaine dernière.

Après réflexion, nous avons fait le choix de poursuivre avec une candidate disposant d'une expérience plus longue du secteur de l'assurance et de la réglementation Solvabilité II. Ce choix ne remet pas en cause la qualité de votre parcours, que nous avons beaucoup apprécié.

Je me permets de conserver votre CV pour de futures opportunités au sein de notre direction financière.

Je vous souhaite une belle réussite dans vos recherches.

{SIG_SANDRINE}""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
]

RHODA_NOREPLY = ("Banque Rhodanienne – Recrutement", "banquerhodanienne@taleo.net")
MARC = ("Marc Vial", "marc.vial@banque-rhodanienne.example.fr")

RHODANIENNE = [
    {
        "key": "rhodanienne_ack", "kind": "application_received", "lang": "fr",
        "company": "Banque Rhodanienne", "contact": "",
        "date": "2026-03-05 06:12 +0000",
        "from": RHODA_NOREPLY,
        "subject": "Banque Rhodanienne – Confirmation de dépôt de candidature (réf. 2600318)",
        "subj_enc": ("windows-1252", "Q"),
        "from_enc": ("windows-1252", "Q"),
        "text": """Madame, Monsieur,

Nous avons bien reçu votre candidature pour l'offre « Analyste FP&A – Direction Financière (H/F) », réf. 2600318.

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu, un membre de l'équipe RH prendra contact avec vous sous trois semaines.

Nous vous remercions de votre confiance.

La Direction des Ressources Humaines
Banque Rhodanienne

Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "rhodanienne_ac", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Rhodanienne", "contact": "marc.vial@banque-rhodanienne.example.fr",
        "date": "2026-03-18 12:30 +0100",
        "from": MARC,
        "subject": "Invitation – journée d'évaluation Analyste FP&A",
        "text": """Madame Kouassi,

Votre candidature au poste d'Analyste FP&A a retenu notre attention. Nous avons le plaisir de vous inviter à notre journée d'évaluation (assessment center) qui réunira quatre candidats :

- jeudi 2 avril 2026, de 9h00 à 16h30
- siège de la Banque Rhodanienne, 40 rue de la République, 69002 Lyon, salle Confluence
- au programme : étude de cas budgétaire, mise en situation de présentation au comité, entretien individuel avec le directeur du contrôle de gestion

Le programme détaillé est joint à ce message. Le déjeuner est pris en charge.

Merci de confirmer votre participation avant le 25 mars.

Cordialement,

Marc Vial
Chargé de recrutement
Direction des Ressources Humaines
Banque Rhodanienne
Tél. 04 78 92 10 44""",
        "attach": [{"name": "Programme_journee_evaluation.pdf",
                    "title": "Journée d'évaluation - Analyste FP&A",
                    "lines": ["09:00 Accueil et présentation de la banque",
                              "09:45 Étude de cas budgétaire (individuel)",
                              "12:00 Déjeuner", "13:30 Présentation au comité (15 min)",
                              "15:00 Entretien individuel", "16:30 Fin de la journée"]}],
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "rhodanienne_postponed", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Banque Rhodanienne", "contact": "marc.vial@banque-rhodanienne.example.fr",
        "date": "2026-03-26 17:58 +0100",
        "from": MARC,
        "subject": "Report de la journée d'évaluation du 2 avril",
        "text": """Madame Kouassi,

En raison d'un mouvement social affectant notre siège le 2 avril, nous sommes contraints de reporter la journée d'évaluation. Elle aura lieu le jeudi 9 avril 2026, aux mêmes horaires et au même endroit.

Pourriez-vous me confirmer votre disponibilité à cette nouvelle date ? Nous vous prions de nous excuser pour ce contretemps.

Cordialement,

Marc Vial
Chargé de recrutement – Banque Rhodanienne""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "rhodanienne_no", "kind": "rejection", "lang": "fr",
        "company": "Banque Rhodanienne", "contact": "marc.vial@banque-rhodanienne.example.fr",
        "date": "2026-04-21 10:05 +0200",
        "from": MARC,
        "subject": "Suite de la journée d'évaluation",
        "text": """Madame Kouassi,

Nous vous remercions pour votre participation à la journée d'évaluation du 9 avril et pour la qualité de votre présentation.

Après délibération du jury, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Le jury a souligné votre rigueur sur l'étude de cas ; il a toutefois privilégié un profil ayant déjà exercé en établissement bancaire.

Nous vous souhaitons pleine réussite dans la suite de votre parcours.

Cordialement,

Marc Vial
Chargé de recrutement – Banque Rhodanienne""",
        "charset": "windows-1252", "cte": "base64",
    },
]

JORDAN = ("Jordan Pike", "jordan.pike@brumevent.example.com")

BRUMEVENT = [
    {
        "key": "brumevent_ack", "kind": "application_received", "lang": "en",
        "company": "Brumevent Games", "contact": "",
        "date": "2026-05-04 08:20 +0000",
        "from": ("Brumevent Games", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thanks for applying to Brumevent Games!",
        "text": """Hi Amélie,

Thanks for your interest in Brumevent Games! We've received your application for Senior FP&A Analyst (Lyon, hybrid) and our talent team will be reviewing it shortly.

We read every application ourselves, so it can take up to two weeks for us to get back to you. If your experience is a fit, we'll reach out to set up a first conversation.

In the meantime, feel free to check out what we're working on at brumevent.example.com/studio.

Cheers,
The Brumevent Talent Team""",
        "html": html_of("""Hi Amélie,

Thanks for your interest in Brumevent Games! We've received your application for Senior FP&A Analyst (Lyon, hybrid) and our talent team will be reviewing it shortly.

We read every application ourselves, so it can take up to two weeks for us to get back to you. If your experience is a fit, we'll reach out to set up a first conversation.

In the meantime, feel free to check out what we're working on at brumevent.example.com/studio.

Cheers,
The Brumevent Talent Team""", brand="BRUMEVENT GAMES", colour="#6a2c91", lang="en"),
        "cte": "quoted-printable",
    },
    {
        "key": "brumevent_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Brumevent Games", "contact": "jordan.pike@brumevent.example.com",
        "date": "2026-05-12 14:02 +0000",
        "from": ("Jordan Pike via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": JORDAN,
        "subject": "Brumevent Games – let's chat about the Senior FP&A Analyst role",
        "text": """Hi Amélie,

Thanks again for applying! I'm the recruiter for our Finance team and I'd love to set up a 30-minute video call to get to know you and tell you more about the role and the studio.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/brumevent/8c1f44e2a09b

All times are shown in your local time zone. The call will be on Google Meet; the link will be in the calendar invite once you've booked.

Looking forward to it!
Jordan

Jordan Pike | Talent Partner, G&A
Brumevent Games – 5 rue Bellecordière, 69002 Lyon""",
        "cte": "quoted-printable",
    },
    {
        "key": "brumevent_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Brumevent Games", "contact": "jordan.pike@brumevent.example.com",
        "date": "2026-05-19 09:15 +0200",
        "from": JORDAN,
        "subject": "Re: Brumevent Games – let's chat about the Senior FP&A Analyst role",
        "parent": "brumevent_invite", "quote": "en",
        "text": """Hi Amélie,

So sorry for the short notice — I'm out sick today and have to cancel our call this afternoon (3pm). I'll send you a fresh scheduling link as soon as I'm back, hopefully tomorrow.

Apologies again,
Jordan""",
        "cte": "8bit",
    },
    {
        "key": "brumevent_hm_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Brumevent Games", "contact": "sofia.marchetti@brumevent.example.com",
        "date": "2026-06-02 10:31 +0200",
        "from": ("Sofia Marchetti", "sofia.marchetti@brumevent.example.com"),
        "cc": [JORDAN],
        "subject": "Invitation: Amélie / Sofia – FP&A hiring manager interview @ Tue 9 Jun 2026 11:00 - 12:00 (CEST)",
        "subj_enc": ("utf-8", "B"),
        "text": """Hi Amélie,

Jordan shared your notes from your first call — great to hear you enjoyed it. I'd like to invite you to the next step: a one-hour conversation with me (Head of FP&A) covering your budgeting experience, how you'd approach our live-ops revenue forecasting, and your questions for us.

When: Tuesday 9 June, 11:00–12:00 (Paris time)
Where: Google Meet – meet.example.com/brv-fpna-kouassi

Please accept the calendar invite if that works, or reply with two alternatives.

Best,
Sofia Marchetti
Head of FP&A, Brumevent Games""",
        "ics": {"uid": "brv-hm-7731@brumevent.example.com", "seq": 0,
                "start": "2026-06-09 11:00", "minutes": 60,
                "summary": "Amélie / Sofia – FP&A hiring manager interview",
                "location": "Google Meet", "organizer":
                    ("Sofia Marchetti", "sofia.marchetti@brumevent.example.com"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        "ics_file": True,
        "cte": "quoted-printable",
    },
    {
        "key": "brumevent_waited", "kind": "missed_interview_notice", "lang": "en",
        "company": "Brumevent Games", "contact": "sofia.marchetti@brumevent.example.com",
        "date": "2026-06-09 11:19 +0200",
        "from": ("Sofia Marchetti", "sofia.marchetti@brumevent.example.com"),
        "subject": "Are you joining?",
        "text": """Hi Amélie,

I've been in the Meet room since 11:00 and haven't seen you join — is everything OK? I'll stay on until 11:30 in case you're having trouble with the link.

If today doesn't work any more, no worries, just let Jordan know and we'll find another slot.

Sofia

Sent from my phone""",
        "cte": "8bit",
    },
    {
        "key": "brumevent_sorry_sent", "kind": "other", "lang": "en",
        "date": "2026-06-09 11:34 +0200",
        "from": ME, "to": ("Sofia Marchetti", "sofia.marchetti@brumevent.example.com"),
        "cc": [JORDAN],
        "subject": "Re: Are you joining?",
        "parent": "brumevent_waited", "quote": "en",
        "text": """Hi Sofia,

I'm so sorry — I was waiting in a different Meet room: the link in the invite attached to the email pointed to an older room than the one in the message body. I only realised when I saw your email.

I'd be very grateful for another slot, any time this week or next. Apologies again for the mix-up.

Best regards,
Amélie""",
        "cte": "quoted-printable",
    },
    {
        "key": "brumevent_new_slot", "kind": "interview_invitation", "lang": "en",
        "company": "Brumevent Games", "contact": "jordan.pike@brumevent.example.com",
        "date": "2026-06-10 09:05 +0200",
        "from": JORDAN,
        "subject": "Re: Are you joining?",
        "parent": "brumevent_sorry_sent", "quote": "en",
        "text": """Hi Amélie,

No harm done — that was our mistake with the invite, sorry about that! Sofia can do Friday 12 June at 16:00. I've sent a new calendar invite with a single, correct link. Just hit accept and you're all set.

Cheers,
Jordan""",
        "cte": "8bit",
    },
    {
        "key": "brumevent_verbal", "kind": "offer", "lang": "en",
        "company": "Brumevent Games", "contact": "jordan.pike@brumevent.example.com",
        "date": "2026-09-17 17:45 +0200",
        "from": JORDAN,
        "subject": "Following up on our call – your offer from Brumevent",
        "text": """Hi Amélie,

It was a pleasure to share the good news on the phone earlier: we'd love you to join Brumevent Games as Senior FP&A Analyst!

To recap what we discussed:
- Base salary: €62,000 gross per year
- Annual bonus target: 10%
- Start date: Monday 2 November 2026 (flexible)
- Hybrid: 3 days in the Lyon studio

The formal offer letter and contract will come from our HR platform in the next day or two for e-signature. Take the time you need, and call me with any question at all.

Very happy about this one,
Jordan""",
        "html": html_of("""Hi Amélie,

It was a pleasure to share the good news on the phone earlier: we'd love you to join Brumevent Games as Senior FP&A Analyst!

To recap what we discussed:
- Base salary: €62,000 gross per year
- Annual bonus target: 10%
- Start date: Monday 2 November 2026 (flexible)
- Hybrid: 3 days in the Lyon studio

The formal offer letter and contract will come from our HR platform in the next day or two for e-signature. Take the time you need, and call me with any question at all.

Very happy about this one,
Jordan""", lang="en"),
        "cte": "quoted-printable",
    },
    {
        "key": "brumevent_contract", "kind": "offer", "lang": "en",
        "company": "Brumevent Games", "contact": "",
        "date": "2026-09-18 12:00 +0000",
        "from": ("Brumevent Games", "notifications@bamboohr.com"),
        "subject": "Brumevent Games has sent you an offer letter to sign",
        "headers": ats("BambooHR"),
        "html": shell(
            "<p>Hi Amélie,</p>\n<p><b>Brumevent Games</b> has sent you an offer letter for the "
            "position of <b>Senior FP&amp;A Analyst</b>.</p>\n<p>Please review the offer and your "
            "employment contract and sign them electronically before <b>25 September 2026</b>."
            "</p>\n<p style=\"text-align:center\"><a href=\"https://brumevent.bamboohr.com/"
            "offer/7f3a19\" style=\"background:#73c41d;color:#fff;padding:10px 18px;"
            "text-decoration:none;border-radius:4px\">Review &amp; Sign</a></p>\n"
            "<p>If you have questions about your offer, please contact Jordan Pike.</p>",
            brand="Brumevent Games", colour="#73c41d",
            foot="Sent via BambooHR. Please do not reply to this email.", lang="en"),
        "cte": "base64",
    },
]

HANNA = ("Hanna Vogt", "hanna.vogt@rheinwerk.example.de")

RHEINWERK = [
    {
        "key": "rheinwerk_ack", "kind": "application_received", "lang": "de",
        "company": "Rheinwerk Antriebstechnik", "contact": "",
        "date": "2026-04-07 09:48 +0200",
        "from": ("Rheinwerk Antriebstechnik GmbH", "noreply@softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung als Financial Controller (m/w/d)",
        "text": """Sehr geehrte Frau Kouassi,

vielen Dank für Ihre Bewerbung als Financial Controller (m/w/d) am Standort Luxemburg (Bettembourg) und Ihr Interesse an der Rheinwerk Antriebstechnik GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese nun sorgfältig und melden uns innerhalb von zwei bis drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinwerk Antriebstechnik GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""",
        "cte": "quoted-printable",
    },
    {
        "key": "rheinwerk_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Rheinwerk Antriebstechnik", "contact": "hanna.vogt@rheinwerk.example.de",
        "date": "2026-04-22 13:10 +0200",
        "from": ("Hanna Vogt über softgarden", "noreply@softgarden.io"),
        "reply_to": HANNA,
        "subject": "Einladung zum Videointerview – Financial Controller (m/w/d)",
        "from_enc": ("utf-8", "Q"),
        "text": """Sehr geehrte Frau Kouassi,

Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem Videointerview mit Herrn Jens Albrecht (Leiter Controlling) und mir ein:

Termin: Dienstag, 28. April 2026, 10:00 Uhr
Dauer: ca. 45 Minuten
Plattform: Microsoft Teams (den Link erhalten Sie mit der Kalendereinladung)

Das Gespräch führen wir auf Deutsch; einen Teil gerne auch auf Englisch oder Französisch.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Hanna Vogt
HR Business Partner
Rheinwerk Antriebstechnik GmbH
Zone Industrielle Krakelshaff, L-3290 Bettembourg
Tel. +352 26 51 77 30""",
        "cte": "quoted-printable",
    },
    {
        "key": "rheinwerk_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Rheinwerk Antriebstechnik", "contact": "hanna.vogt@rheinwerk.example.de",
        "date": "2026-04-24 16:40 +0200",
        "from": HANNA,
        "subject": "AW: Einladung zum Videointerview – Financial Controller (m/w/d)",
        "parent": "rheinwerk_invite", "quote": "de",
        "text": """Liebe Frau Kouassi,

leider muss Herr Albrecht am Dienstag kurzfristig zur Muttergesellschaft nach Duisburg. Wir müssen unser Videointerview daher verschieben.

Wäre Ihnen Donnerstag, der 30. April, um 14:00 Uhr recht? Die Kalendereinladung habe ich bereits angepasst.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Hanna Vogt""",
        "ics": {"uid": "rw-vi-2026-118@rheinwerk.example.de", "seq": 2,
                "start": "2026-04-30 14:00", "minutes": 45, "tz": "Europe/Luxembourg",
                "summary": "Videointerview Financial Controller – A. Kouassi",
                "location": "Microsoft Teams-Besprechung", "organizer": HANNA},
        "cte": "quoted-printable",
    },
    {
        "key": "rheinwerk_no", "kind": "rejection", "lang": "de",
        "company": "Rheinwerk Antriebstechnik", "contact": "hanna.vogt@rheinwerk.example.de",
        "date": "2026-05-15 11:02 +0200",
        "from": HANNA,
        "subject": "AW: Ihr Videointerview vom 30. April",
        "parent": "rheinwerk_moved", "quote": "outlook_de",
        "text": """Sehr geehrte Frau Kouassi,

nochmals vielen Dank für das angenehme Gespräch und Ihre Geduld.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu besetzen, die bereits Erfahrung mit SAP S/4HANA CO-PA im Konzernumfeld mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Hanna Vogt
HR Business Partner""",
        "cte": "8bit",
    },
]

LUCIA = ("Lucía Ferrer", "lucia.ferrer@alcaravan.example.es")

ALCARAVAN = [
    {
        "key": "alcaravan_ack", "kind": "application_received", "lang": "es",
        "company": "Grupo Alcaraván", "contact": "",
        "date": "2026-06-15 07:55 +0000",
        "from": ("Grupo Alcaraván", "no-reply@teamtailor-mail.com"),
        "subject": "Hemos recibido tu candidatura – Controller Financiero/a",
        "subj_enc": ("utf-8", "B"),
        "text": """Hola Amélie,

¡Gracias por tu interés en Grupo Alcaraván! Hemos recibido correctamente tu candidatura para el puesto de Controller Financiero/a en Madrid.

Nuestro equipo de Personas revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Talento
Grupo Alcaraván""",
        "html": html_of("""Hola Amélie,

¡Gracias por tu interés en Grupo Alcaraván! Hemos recibido correctamente tu candidatura para el puesto de Controller Financiero/a en Madrid.

Nuestro equipo de Personas revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Talento
Grupo Alcaraván""", brand="Grupo Alcaraván", colour="#d9822b", lang="es"),
        "cte": "base64",
    },
    {
        "key": "alcaravan_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Grupo Alcaraván", "contact": "lucia.ferrer@alcaravan.example.es",
        "date": "2026-06-24 12:18 +0200",
        "from": LUCIA,
        "subject": "Entrevista – Controller Financiero/a – Grupo Alcaraván",
        "text": """Hola Amélie:

Soy Lucía Ferrer, del equipo de Selección de Grupo Alcaraván. Tu candidatura nos ha parecido muy interesante y nos gustaría conocerte.

Te propongo una entrevista por videollamada con Álvaro Ibarra, director de Control de Gestión, el jueves 2 de julio a las 10:30 (hora de Madrid). Te adjunto la convocatoria para tu calendario.

¿Me confirmas si te viene bien?

Un saludo,

Lucía Ferrer
Técnica de Selección
Grupo Alcaraván
Paseo de la Castellana 141, 28046 Madrid
+34 913 45 78 20""",
        "ics": {"uid": "alc-entrev-0702-kouassi@alcaravan.example.es", "seq": 0,
                "start": "2026-07-02 10:30", "minutes": 60, "tz": "Europe/Madrid",
                "summary": "Entrevista Controller Financiero/a – Amélie Kouassi",
                "location": "Microsoft Teams", "organizer": LUCIA},
        "cte": "quoted-printable",
    },
    {
        "key": "alcaravan_move_request_sent", "kind": "other", "lang": "es",
        "date": "2026-06-24 21:03 +0200",
        "from": ME, "to": LUCIA,
        "subject": "RE: Entrevista – Controller Financiero/a – Grupo Alcaraván",
        "parent": "alcaravan_invite", "quote": "es",
        "text": """Hola Lucía:

Muchas gracias por la propuesta, me hace mucha ilusión. El jueves 2 de julio por la mañana tengo un cierre trimestral que no puedo mover; ¿sería posible el viernes 3 o el lunes 6 a cualquier hora?

Disculpa las molestias y gracias de nuevo.

Un saludo,
Amélie Kouassi""",
        "cte": "8bit",
    },
    {
        "key": "alcaravan_moved", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Grupo Alcaraván", "contact": "lucia.ferrer@alcaravan.example.es",
        "date": "2026-06-25 09:40 +0200",
        "from": LUCIA,
        "subject": "RE: Entrevista – Controller Financiero/a – Grupo Alcaraván",
        "parent": "alcaravan_move_request_sent", "quote": "es",
        "text": """Hola Amélie:

Sin problema. Hemos pasado la entrevista con Álvaro al lunes 6 de julio a las 16:00 (hora de Madrid). Te acabo de enviar la convocatoria actualizada; la del jueves queda anulada.

Un saludo,
Lucía""",
        "ics": {"uid": "alc-entrev-0702-kouassi@alcaravan.example.es", "seq": 1,
                "start": "2026-07-06 16:00", "minutes": 60, "tz": "Europe/Madrid",
                "summary": "Entrevista Controller Financiero/a – Amélie Kouassi",
                "location": "Microsoft Teams", "organizer": LUCIA},
        "cte": "8bit",
    },
    {
        "key": "alcaravan_offer", "kind": "offer", "lang": "es",
        "company": "Grupo Alcaraván", "contact": "lucia.ferrer@alcaravan.example.es",
        "date": "2026-07-21 13:27 +0200",
        "from": LUCIA,
        "subject": "Carta oferta – Controller Financiero/a",
        "text": """Hola Amélie:

¡Enhorabuena! Tras las entrevistas con Álvaro y con nuestra directora financiera, nos alegra mucho ofrecerte el puesto de Controller Financiero/a en Grupo Alcaraván.

Te adjunto la carta oferta con las condiciones: contrato indefinido, salario bruto anual de 54.000 €, retribución variable de hasta un 10 % y ayuda a la reubicación en Madrid. La incorporación sería el 1 de septiembre.

Te agradecería una respuesta antes del 31 de julio. Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo,

Lucía Ferrer
Técnica de Selección – Grupo Alcaraván""",
        "attach": [{"name": "Carta_oferta_Kouassi.pdf", "title": "Grupo Alcaraván - Carta oferta",
                    "lines": ["Puesto: Controller Financiero/a", "Contrato: indefinido",
                              "Salario bruto anual: 54.000 EUR", "Variable: hasta 10 %",
                              "Incorporación: 1 de septiembre de 2026"]}],
        "cte": "quoted-printable",
    },
    {
        "key": "alcaravan_decline_sent", "kind": "other", "lang": "es",
        "date": "2026-07-29 10:12 +0200",
        "from": ME, "to": LUCIA,
        "subject": "RE: Carta oferta – Controller Financiero/a",
        "parent": "alcaravan_offer", "quote": "outlook_es",
        "text": """Hola Lucía:

Muchas gracias por la oferta y por la confianza. Después de pensarlo mucho, he decidido no trasladarme a Madrid por motivos familiares, por lo que no puedo aceptarla.

Ha sido un proceso muy agradable y espero que nuestros caminos se crucen en el futuro.

Un saludo cordial,
Amélie""",
        "cte": "quoted-printable",
    },
]

JULIEN = ("Julien Barreau", "j.barreau@talentis-finance.example.fr")
SIG_JULIEN = """Julien Barreau
Manager – Division Finance & Comptabilité
Talentis Finance – Cabinet de recrutement
27 rue de la Part-Dieu, 69003 Lyon
06 11 84 29 73"""

TALENTIS = [
    {
        "key": "talentis_approach", "kind": "other", "lang": "fr",
        "date": "2026-01-13 11:08 +0100",
        "from": JULIEN,
        "subject": "Opportunités FP&A en région lyonnaise",
        "text": f"""Bonjour Amélie,

Je me permets de vous contacter après avoir consulté votre profil LinkedIn. J'accompagne plusieurs groupes industriels de la région lyonnaise sur leurs recrutements en contrôle de gestion et FP&A, et votre parcours d'expert-comptable en transition vers le contrôle m'intéresse.

Seriez-vous ouverte à ce que nous fassions connaissance, sans engagement, pour que je comprenne mieux vos attentes ? Je pourrai ensuite vous solliciter si une mission correspond.

Belle journée,

{SIG_JULIEN}""",
        "cte": "quoted-printable",
    },
    {
        "key": "talentis_reply_sent", "kind": "other", "lang": "fr",
        "date": "2026-01-13 20:44 +0100",
        "from": ME, "to": JULIEN,
        "subject": "RE: Opportunités FP&A en région lyonnaise",
        "parent": "talentis_approach", "quote": "fr",
        "text": """Bonjour Julien,

Merci pour votre message. Oui, je suis tout à fait ouverte à un échange. Je vous joins mon CV à jour ; je recherche un poste de contrôleuse de gestion ou d'analyste FP&A, idéalement dans l'industrie, à Lyon ou Grenoble.

Je suis disponible en fin de journée cette semaine.

Bien à vous,
Amélie Kouassi""",
        "attach": [{"name": "CV_Amelie_Kouassi_2026.pdf", "title": "Amélie Kouassi - CV",
                    "lines": ["Expert-comptable diplômée (DEC 2021)",
                              "Cabinet Soret & Vidal, Lyon - 2017-2025",
                              "Objectif : contrôle de gestion / FP&A"]}],
        "cte": "8bit",
    },
    {
        "key": "talentis_client_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Cartonneries du Forez", "contact": "j.barreau@talentis-finance.example.fr",
        "date": "2026-02-17 10:25 +0100",
        "from": JULIEN,
        "subject": "Cartonneries du Forez – rencontre avec le DAF",
        "text": f"""Bonjour Amélie,

Bonne nouvelle : mon client, les Cartonneries du Forez (emballage carton, 900 salariés, siège à Andrézieux-Bouthéon), a retenu votre candidature pour le poste de contrôleuse de gestion industrielle que nous avions évoqué.

Le DAF, M. Gilles Royer, vous propose un entretien sur site le lundi 23 février à 15h00. Adresse : 4 route de Saint-Just, 42160 Andrézieux-Bouthéon. Prévoyez 1h30, visite de l'usine comprise (chaussures fermées conseillées).

Je vous appelle demain pour vous préparer à l'entretien.

{SIG_JULIEN}""",
        "cte": "quoted-printable",
    },
    {
        "key": "talentis_client_no", "kind": "rejection", "lang": "fr",
        "company": "Cartonneries du Forez", "contact": "j.barreau@talentis-finance.example.fr",
        "date": "2026-03-03 18:12 +0100",
        "from": JULIEN,
        "subject": "RE: Cartonneries du Forez – rencontre avec le DAF",
        "parent": "talentis_client_invite", "quote": "outlook_fr",
        "text": f"""Bonjour Amélie,

J'ai eu le retour de M. Royer ce matin. Il a apprécié votre rigueur et votre aisance, mais il a finalement choisi un candidat qui connaît déjà le calcul des coûts de revient en papeterie. Ce n'est donc pas positif pour ce poste, j'en suis désolé.

Je garde évidemment votre dossier en tête : j'ai deux autres missions qui s'ouvrent en mars et je reviens vers vous très vite.

{SIG_JULIEN}""",
        "cte": "quoted-printable",
    },
]

NGO = [
    {
        "key": "clearwater_ack", "kind": "application_received", "lang": "en",
        "company": "Clearwater Relief Alliance", "contact": "",
        "date": "2026-07-06 15:30 +0000",
        "from": ("Clearwater Relief Alliance", "no-reply@ashbyhq.com"),
        "subject": "Application received: Finance Business Partner (Geneva)",
        "headers": ats("Ashby"),
        "text": """Dear Amélie,

Thank you for applying for the Finance Business Partner position at Clearwater Relief Alliance in Geneva. This note confirms that your application has been received.

Because we receive a very high number of applications, we are unable to respond to each applicant individually. Shortlisted candidates will be contacted within four weeks of the closing date (20 July 2026).

With thanks for your interest in our work,
People & Culture Team
Clearwater Relief Alliance""",
        "cte": "quoted-printable",
    },
    {
        "key": "clearwater_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Clearwater Relief Alliance", "contact": "mwangi@clearwater-relief.example.org",
        "date": "2026-08-04 10:02 +0200",
        "from": ("Grace Mwangi from Clearwater Relief Alliance", "no-reply@ashbyhq.com"),
        "reply_to": ("Grace Mwangi", "mwangi@clearwater-relief.example.org"),
        "subject": "Interview for Finance Business Partner – choose a time",
        "headers": ats("Ashby"),
        "text": """Dear Amélie,

We are pleased to let you know that you have been shortlisted for the Finance Business Partner role. We would like to invite you to a first interview with our Head of Finance, Peter Lindqvist, and myself. It will last around 45 minutes and include a short written exercise sent 30 minutes beforehand.

Please choose a time slot between 11 and 14 August here:
https://jobs.ashbyhq.com/clearwater/schedule/4b91d0

Kind regards,
Grace Mwangi
Talent Acquisition Officer
Clearwater Relief Alliance – Rue de Lausanne 64, 1202 Geneva""",
        "cte": "quoted-printable",
    },
    {
        "key": "clearwater_onhold", "kind": "rejection", "lang": "en",
        "company": "Clearwater Relief Alliance", "contact": "mwangi@clearwater-relief.example.org",
        "date": "2026-08-10 16:48 +0200",
        "from": ("Grace Mwangi", "mwangi@clearwater-relief.example.org"),
        "subject": "Finance Business Partner – update on the recruitment",
        "text": """Dear Amélie,

I am writing with an update that I am sorry to share. Following a significant cut in one of our institutional grants, our leadership has decided to freeze the Finance Business Partner position until further notice. As a result, we are cancelling all interviews scheduled for this week, including yours on 12 August, and we will not proceed with this recruitment.

If the position reopens, we will advertise it again and you would be very welcome to reapply.

Thank you for your understanding and for your interest in our mission.

Kind regards,
Grace Mwangi
Talent Acquisition Officer""",
        "cte": "8bit",
    },
]

MESSAGES = [*VERDALYS, *ALPEA, *RHODANIENNE, *BRUMEVENT, *RHEINWERK, *ALCARAVAN, *TALENTIS,
            *NGO]
