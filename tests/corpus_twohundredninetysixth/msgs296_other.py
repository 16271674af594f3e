"""Everything else: the candidate's own mail, alerts, newsletters and look-alike traps."""

from __future__ import annotations

from msgs296_common import ME, auto_headers, html_of, list_headers, shell

PASCALE = ("Pascale Meylan", "pmeylan@fondation-aiguilles.example.ch")

CV = {"name": "CV_Amelie_Kouassi.pdf", "title": "Amélie Kouassi - Contrôle de gestion / FP&A",
      "lines": ["Expert-comptable diplômée (DEC 2021)", "8 ans d'audit et d'expertise comptable",
                "Excel avancé, Power BI, SAP FI/CO, Cegid", "Français, anglais (C1), espagnol (B2)"]}

OWN = [
    {
        "key": "aiguilles_application_sent", "kind": "other", "lang": "fr",
        "date": "2026-07-08 22:14 +0200",
        "from": ME, "to": PASCALE,
        "subject": "Candidature – Contrôleuse financière (80-100 %)",
        "text": """Madame,

Votre annonce pour le poste de Contrôleuse financière a retenu toute mon attention. Expert-comptable de formation, j'ai accompagné pendant huit ans des associations et des fondations dans la région lyonnaise, et je souhaite aujourd'hui mettre ces compétences au service d'une organisation comme la Fondation des Aiguilles.

Vous trouverez ci-joint mon CV. Je serais ravie de vous exposer mes motivations lors d'un entretien.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Amélie Kouassi
12 rue Chevreul, 69007 Lyon
06 48 22 71 05""",
        "attach": [CV],
        "cte": "quoted-printable",
    },
    {
        "key": "aiguilles_thanks_sent", "kind": "other", "lang": "fr",
        "date": "2026-08-27 20:40 +0200",
        "from": ME, "to": PASCALE,
        "subject": "Merci – entretien du 27 août",
        "text": """Chère Madame Meylan,

Je vous remercie, ainsi que M. Aubert, pour ce second entretien. J'ai particulièrement apprécié notre discussion sur le suivi des fonds affectés et la préparation des rapports aux bailleurs.

Mon intérêt pour le poste est encore plus fort après notre échange. Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Amélie Kouassi""",
        "cte": "8bit",
    },
    {
        "key": "sarrazin_reschedule_request_sent", "kind": "other", "lang": "fr",
        "date": "2026-06-12 08:20 +0200",
        "from": ME, "to": ("Nadia Benali", "n.benali@groupe-sarrazin.example.fr"),
        "subject": "RE: Journée d'immersion – Contrôle de gestion travaux",
        "parent": "sarrazin_immersion", "quote": "outlook_fr",
        "text": """Bonjour Madame Benali,

Merci beaucoup pour cette proposition, je suis ravie de pouvoir découvrir l'équipe sur le terrain.

Je confirme ma présence le 18 juin. Serait-il toutefois possible de commencer à 9h00 plutôt qu'à 8h30 ? Je dépose ma fille à l'école ce jour-là. Si ce n'est pas possible, je m'organiserai.

Bien cordialement,
Amélie Kouassi""",
        "cte": "quoted-printable",
    },
    {
        "key": "alplait_application_sent", "kind": "other", "lang": "fr",
        "date": "2026-09-03 07:55 +0200",
        "from": ME, "to": ("RH Coopérative Alpine Lait", "rh@alpinelait.example.fr"),
        "to_enc": ("utf-8", "Q"),
        "subject": "Candidature spontanée – Contrôle de gestion",
        "text": """Madame, Monsieur,

Passionnée par l'agroalimentaire et attachée aux Savoie, je me permets de vous adresser ma candidature spontanée pour un poste en contrôle de gestion au sein de votre coopérative.

Expert-comptable diplômée, je souhaite évoluer vers le contrôle de gestion industriel : suivi des coûts de production, budget, analyse des marges par filière.

Je joins mon CV et reste à votre disposition pour un entretien.

Bien cordialement,
Amélie Kouassi""",
        "attach": [CV],
        "cte": "base64",
    },
    {
        "key": "alplait_apology_sent", "kind": "other", "lang": "fr",
        "date": "2026-09-24 17:12 +0200",
        "from": ME, "to": ("RH Coopérative Alpine Lait", "rh@alpinelait.example.fr"),
        "subject": "RE: Absence à votre entretien du 24 septembre",
        "parent": "alplait_reception", "quote": "fr",
        "text": """Madame, Monsieur,

Je vous présente toutes mes excuses. J'avais noté l'entretien au 25 septembre dans mon agenda : c'est une erreur de ma part et je le regrette vivement.

Je souhaite bien sûr maintenir ma candidature et je me rendrai disponible au moment qui conviendra à M. Perrin.

Avec mes excuses renouvelées,
Amélie Kouassi""",
        "cte": "quoted-printable",
    },
    {
        "key": "meridian_thanks_sent", "kind": "other", "lang": "en",
        "date": "2026-08-20 19:02 +0200",
        "from": ME, "to": ("Katrin Weber", "k.weber@meridianfs.example.lu"),
        "subject": "Thank you – second interview",
        "text": """Dear Katrin,

Thank you for organising yesterday's second interview, and please pass my thanks on to Laurent and Sam. I enjoyed learning about the NAV oversight project and the plans for the new management reporting.

I remain very interested in the role and look forward to hearing from you.

Best regards,
Amélie Kouassi""",
        "cte": "quoted-printable",
    },
    {
        "key": "rheinwerk_bewerbung_sent", "kind": "other", "lang": "de",
        "date": "2026-04-06 21:37 +0200",
        "from": ME, "to": ("Hanna Vogt", "hanna.vogt@rheinwerk.example.de"),
        "subject": "Bewerbung als Financial Controller (m/w/d) – Amélie Kouassi",
        "text": """Sehr geehrte Frau Vogt,

anbei sende ich Ihnen, wie am Telefon besprochen, meine Bewerbungsunterlagen für die Position als Financial Controller in Bettembourg. Parallel habe ich mich auch über Ihr Bewerberportal beworben.

Ich bin französische Expert-comptable und möchte mich in Richtung Controlling weiterentwickeln. Deutsch spreche ich auf Niveau B2, Englisch fließend.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Amélie Kouassi""",
        "attach": [CV],
        "cte": "quoted-printable",
    },
    {
        "key": "kellermann_danke_sent", "kind": "other", "lang": "de",
        "date": "2026-03-31 20:15 +0200",
        "from": ME, "to": ("Dr. Petra Lenz", "petra.lenz@kellermann.example.lu"),
        "subject": "Vielen Dank für das Gespräch",
        "text": """Sehr geehrte Frau Dr. Lenz,

herzlichen Dank für das offene Gespräch heute und die Werksführung in Foetz. Die Einblicke in die Kostenstellenrechnung der Spritzgussfertigung waren sehr spannend.

Ich bin von der Stelle überzeugt und würde mich freuen, Teil Ihres Teams zu werden.

Mit freundlichen Grüßen
Amélie Kouassi""",
        "cte": "8bit",
    },
    {
        "key": "puentes_solicitud_sent", "kind": "other", "lang": "es",
        "date": "2026-08-12 23:05 +0200",
        "from": ME, "to": ("Fundación Puentes Abiertos", "empleo@puentesabiertos.example.org"),
        "subject": "Solicitud: Responsable de Control Financiero",
        "text": """Estimado equipo de Personas:

Os escribo para presentar mi candidatura al puesto de Responsable de Control Financiero publicado en vuestra web, que también he registrado en vuestro portal de empleo.

Soy experta contable en Francia, con ocho años de experiencia en auditoría de entidades sin ánimo de lucro, y me encantaría contribuir a la gestión de los fondos de la Fundación.

Adjunto mi currículum. Quedo a vuestra disposición para cualquier aclaración.

Un saludo cordial,
Amélie Kouassi""",
        "attach": [CV],
        "cte": "quoted-printable",
    },
]

FR = [
    {
        "key": "alerte_emploi_finance", "kind": "other", "lang": "fr",
        "date": "2026-02-02 06:30 +0100",
        "from": ("Emploi Finance Hebdo", "alertes@emploifinance-hebdo.example.fr"),
        "subject": "12 nouvelles offres pour « contrôleur de gestion Lyon »",
        "headers": list_headers("Alertes emploi <alertes.emploifinance-hebdo.example.fr>",
                                "https://emploifinance-hebdo.example.fr/desabo/a81c",
                                "desabonnement@emploifinance-hebdo.example.fr"),
        "text": """Bonjour Amélie,

Voici les nouvelles offres correspondant à votre alerte « contrôleur de gestion Lyon » :

- Contrôleur de gestion industriel H/F – Groupe agroalimentaire – Lyon 7e – 50-55 k€
- Analyste FP&A – Éditeur de logiciels – Villeurbanne – 48-52 k€
- Contrôleur financier junior – Distribution – Vénissieux
- Business Analyst Finance – Banque – Lyon Part-Dieu

Le conseil de la semaine : un refus n'est pas une fin ! Malheureusement, 8 candidats sur 10 ne demandent jamais de retour après un entretien. Demander un feedback vous aidera à préparer le prochain entretien d'embauche.

Voir toutes les offres : https://emploifinance-hebdo.example.fr/alertes/a81c

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : https://emploifinance-hebdo.example.fr/desabo/a81c""",
        "html": html_of("""Bonjour Amélie,

Voici les nouvelles offres correspondant à votre alerte « contrôleur de gestion Lyon » :

- Contrôleur de gestion industriel H/F – Groupe agroalimentaire – Lyon 7e – 50-55 k€
- Analyste FP&A – Éditeur de logiciels – Villeurbanne – 48-52 k€
- Contrôleur financier junior – Distribution – Vénissieux
- Business Analyst Finance – Banque – Lyon Part-Dieu

Le conseil de la semaine : un refus n'est pas une fin ! Malheureusement, 8 candidats sur 10 ne demandent jamais de retour après un entretien. Demander un feedback vous aidera à préparer le prochain entretien d'embauche.""", brand="Emploi Finance Hebdo", colour="#e76f51",
                        foot="Vous recevez cet e-mail car vous avez créé une alerte."),
        "cte": "quoted-printable",
    },
    {
        "key": "newsletter_rebondir", "kind": "other", "lang": "fr",
        "date": "2026-03-05 07:00 +0100",
        "from": ("Le Mag des Cadres Financiers", "newsletter@magcadresfi.example.fr"),
        "subject": "Refus après entretien : 5 façons de rebondir",
        "headers": list_headers("Le Mag des Cadres Financiers <lettre.magcadresfi.example.fr>",
                                "https://magcadresfi.example.fr/u/77b2",
                                "unsubscribe@magcadresfi.example.fr"),
        "html": shell(
            "<h2>Refus après entretien : 5 façons de rebondir</h2>\n<p>« Nous sommes au regret "
            "de vous informer que votre candidature n'a pas été retenue… » Qui n'a jamais reçu ce "
            "message ? Nos experts vous expliquent comment transformer une réponse négative en "
            "tremplin pour votre prochain entretien.</p>\n<h3>Aussi dans ce numéro</h3>\n<ul><li>"
            "Salaires 2026 : le contrôle de gestion toujours en tension</li><li>Interview : la "
            "DAF d'un groupe de chimie raconte sa reconversion</li><li>Entretien vidéo différé : "
            "les pièges à éviter</li></ul>\n<p><a href=\"https://magcadresfi.example.fr/n/112\">"
            "Lire la lettre en ligne</a></p>",
            brand="Le Mag des Cadres Financiers", colour="#264653",
            foot="Vous êtes inscrite à la lettre hebdomadaire. <a href=\"https://magcadresfi."
                 "example.fr/u/77b2\">Se désinscrire</a>"),
        "cte": "quoted-printable",
    },
    {
        "key": "podcast_chiffres", "kind": "other", "lang": "fr",
        "date": "2026-04-02 12:48 +0200",
        "from": ("Mathilde Carrel", "mathilde@chiffresetlettres-podcast.example.fr"),
        "subject": "Interview pour le podcast « Chiffres & Lettres »",
        "text": """Bonjour Amélie,

Je produis « Chiffres & Lettres », un podcast qui donne la parole aux femmes qui travaillent dans la finance. Une amie commune, Inès Dufour, m'a parlé de votre reconversion de l'expertise comptable vers le contrôle de gestion.

Accepteriez-vous de venir en parler au micro ? L'interview dure environ 40 minutes et s'enregistre dans notre studio de la Croix-Rousse. Je vous propose le jeudi 16 avril à 18h, mais nous pouvons adapter.

Bien à vous,
Mathilde Carrel
Productrice – Chiffres & Lettres""",
        "cte": "quoted-printable",
    },
    {
        "key": "colis_retard", "kind": "other", "lang": "fr",
        "date": "2026-02-11 14:03 +0100",
        "from": ("Colivia", "suivi@colivia.example.fr"),
        "subject": "Votre colis est retardé",
        "text": """Bonjour Amélie Kouassi,

Malheureusement, votre colis n° CV 8820 1145 7FR ne pourra pas être livré à la date prévue en raison de conditions météorologiques difficiles sur notre plateforme de Saint-Priest.

Nouvelle date de livraison estimée : vendredi 13 février 2026.

Vous pouvez modifier votre rendez-vous de livraison ou choisir un point relais depuis votre espace de suivi.

Nous vous prions de nous excuser pour ce retard.

L'équipe Colivia
Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.""",
        "html": html_of("""Bonjour Amélie Kouassi,

Malheureusement, votre colis n° CV 8820 1145 7FR ne pourra pas être livré à la date prévue en raison de conditions météorologiques difficiles sur notre plateforme de Saint-Priest.

Nouvelle date de livraison estimée : vendredi 13 février 2026.

Vous pouvez modifier votre rendez-vous de livraison ou choisir un point relais depuis votre espace de suivi.

Nous vous prions de nous excuser pour ce retard.""", brand="Colivia", colour="#ffb703"),
        "cte": "quoted-printable",
    },
    {
        "key": "banque_position", "kind": "other", "lang": "fr",
        "date": "2026-05-01 05:10 +0200",
        "from": ("Caisse Lyonnaise d'Épargne", "info@caisse-lyonnaise.example.fr"),
        "from_enc": ("windows-1252", "Q"),
        "subject": "Votre position de compte au 30 avril 2026",
        "text": """Madame Kouassi,

Votre relevé mensuel est disponible dans votre espace client.

Position de votre compte courant au 30/04/2026 : 2 418,37 € créditeur
Position de votre livret A : 11 250,00 €

Pour toute question, votre conseillère, Mme Bellamy, reste à votre écoute.

Caisse Lyonnaise d'Épargne
Ce message est envoyé automatiquement. Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail.""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "visite_appartement", "kind": "other", "lang": "fr",
        "date": "2026-07-16 18:22 +0200",
        "from": ("Gérard Pinet", "gerard.pinet@wanadoo.example.fr"),
        "subject": "Visite de l'appartement rue Chevreul – changement d'heure",
        "text": """Bonjour Madame Kouassi,

Je dois faire visiter l'appartement à de futurs locataires samedi, puisque vous partez fin septembre. La visite prévue à 10h est décalée à 11h30, l'agence ne pouvant pas venir plus tôt.

Pouvez-vous me confirmer que quelqu'un sera présent, ou que je peux utiliser mon double des clés ?

Merci d'avance,
Gérard Pinet""",
        "cte": "8bit",
    },
    {
        "key": "dentiste_deplace", "kind": "other", "lang": "fr",
        "date": "2026-03-16 09:14 +0100",
        "from": ("Cabinet dentaire des Brotteaux", "rdv@dentaire-brotteaux.example.fr"),
        "subject": "Votre rendez-vous a été déplacé",
        "text": """Bonjour Mme Kouassi,

Le Dr Sabatier étant absent, votre rendez-vous du mercredi 18 mars à 17h15 a été déplacé au lundi 23 mars à 17h45.

Si ce nouvel horaire ne vous convient pas, merci d'appeler le secrétariat au 04 78 24 61 10 ou de choisir un autre créneau en ligne.

Cabinet dentaire des Brotteaux
48 boulevard des Brotteaux, 69006 Lyon""",
        "cte": "quoted-printable",
    },
    {
        "key": "rappel_medecin", "kind": "other", "lang": "fr",
        "date": "2026-06-04 18:00 +0200",
        "from": ("MédiRendez-vous", "no-reply@medirendezvous.example.fr"),
        "subject": "Rappel : rendez-vous demain à 8h40 avec le Dr Lemoine",
        "html": shell(
            "<p>Bonjour Amélie,</p>\n<p>Nous vous rappelons votre rendez-vous :</p>\n<p><b>"
            "Vendredi 5 juin 2026 à 08:40</b><br>Dr Jeanne Lemoine – Médecin généraliste<br>"
            "Maison de santé Jean Macé, 7 rue Jaboulay, 69007 Lyon</p>\n<p>En cas "
            "d'empêchement, pensez à annuler votre rendez-vous pour libérer le créneau.</p>",
            brand="MédiRendez-vous", colour="#107e7d",
            foot="Cet e-mail est envoyé automatiquement."),
        "cte": "base64",
    },
    {
        "key": "amie_refus", "kind": "other", "lang": "fr",
        "date": "2026-05-19 21:47 +0200",
        "from": ("Inès Dufour", "ines.dufour@example.fr"),
        "from_enc": ("utf-8", "B"),
        "subject": "Bon ben… c'est non pour moi",
        "text": """Coucou Amélie,

Je viens de recevoir la réponse de la Banque Rhodanienne pour le poste en audit interne : « nous avons le regret de vous informer que votre candidature n'a pas été retenue ». Après trois entretiens et un test de logique, j'avoue que ça pique.

Et toi, des nouvelles de Verdalys depuis leur gel des recrutements ? Et du studio de jeux vidéo ?

On se fait un apéro jeudi pour que je me console ?

Bises,
Inès""",
        "cte": "8bit",
    },
    {
        "key": "amie_transfert_invitation", "kind": "other", "lang": "fr",
        "date": "2026-09-14 12:31 +0200",
        "from": ("Sophie Garnier", "sophie.garnier@example.fr"),
        "subject": "TR: Convocation entretien – Contrôleur de gestion",
        "text": """Salut Amélie,

Je te transfère la convocation que j'ai reçue ce matin de Norelec pour leur poste de contrôleur de gestion à Grenoble ! Tu les avais eus au printemps, non ? Tu as des conseils sur leur DAF et le type de questions qu'ils posent ?

Merci d'avance, je te dois un café (ou deux).

Sophie""",
        "forward": {
            "key": "amie_transfert_inner",
            "date": "2026-09-14 09:05 +0200",
            "from": ("Clément Vasseur", "c.vasseur@norelec.example.fr"),
            "to": ("Sophie Garnier", "sophie.garnier@example.fr"),
            "subject": "Convocation entretien – Contrôleur de gestion",
            "text": """Madame Garnier,

Nous avons le plaisir de vous convier à un entretien pour le poste de contrôleur de gestion, le lundi 21 septembre à 10h00, dans nos locaux de Grenoble (12 avenue des Martyrs).

Merci de confirmer votre présence par retour de mail.

Clément Vasseur
Responsable recrutement – Norelec Industrie""",
            "cte": "quoted-printable",
        },
        "cte": "quoted-printable",
    },
    {
        "key": "formation_refusee", "kind": "other", "lang": "fr",
        "date": "2026-06-26 10:30 +0200",
        "from": ("Institut Supérieur de Gestion de Lyon", "admissions@isgl.example.fr"),
        "subject": "Certificat « Contrôle de gestion et pilotage » – décision d'admission",
        "text": """Madame,

Nous vous remercions pour votre candidature au certificat « Contrôle de gestion et pilotage de la performance » (session d'automne 2026, formation continue).

Le jury d'admission s'est réuni le 24 juin. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour cette session, le nombre de places étant limité à 25 participants. Vous êtes inscrite en liste complémentaire (rang 6).

Nous vous invitons à candidater de nouveau pour la session de printemps 2027.

Le service des admissions
Institut Supérieur de Gestion de Lyon""",
        "cte": "quoted-printable",
    },
    {
        "key": "chasseur_altair", "kind": "other", "lang": "fr",
        "date": "2026-08-24 09:02 +0200",
        "from": ("Vincent Lagarde", "v.lagarde@altair-search.example.fr"),
        "subject": "Votre parcours – échange confidentiel ?",
        "text": """Bonjour Madame Kouassi,

Je suis consultant au sein d'Altair Search, cabinet d'approche directe spécialisé dans les fonctions financières. Votre double compétence expertise comptable / contrôle de gestion a retenu mon attention.

Je travaille régulièrement pour des ETI industrielles de la région Auvergne-Rhône-Alpes. Si vous êtes ouverte à de nouvelles perspectives, même à moyen terme, je serais heureux de faire votre connaissance lors d'un échange confidentiel.

Au plaisir de vous lire,

Vincent Lagarde
Consultant senior – Altair Search
+33 6 72 18 40 55""",
        "cte": "quoted-printable",
    },
    {
        "key": "ooo_julien", "kind": "other", "lang": "fr",
        "date": "2026-08-03 09:41 +0200",
        "from": ("Julien Barreau", "j.barreau@talentis-finance.example.fr"),
        "subject": "Réponse automatique : Point sur mes candidatures",
        "headers": auto_headers(),
        "text": """Bonjour,

Je suis absent du bureau jusqu'au lundi 24 août inclus, avec un accès limité à mes e-mails.

Pour toute demande urgente concernant un recrutement en cours, vous pouvez contacter ma collègue Émilie Charvet : e.charvet@talentis-finance.example.fr – 04 72 60 18 33.

Cordialement,
Julien Barreau
Talentis Finance""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "etude_utilisateur", "kind": "other", "lang": "fr",
        "date": "2026-04-23 16:10 +0200",
        "from": ("Léo de l'équipe Budgetto", "research@budgetto.example.fr"),
        "from_enc": ("utf-8", "Q"),
        "subject": "Participez à un entretien utilisateur (bon d'achat de 40 €)",
        "text": """Bonjour Amélie,

Vous utilisez Budgetto pour suivre vos finances personnelles et nous vous en remercions !

Notre équipe produit prépare une nouvelle fonctionnalité de prévisions budgétaires et cherche des utilisateurs pour un entretien de 30 minutes en visio. En remerciement, vous recevrez un bon d'achat de 40 €.

Réservez un créneau ici : https://budgetto.example.fr/recherche/entretiens

Merci d'avance !
Léo, UX Researcher chez Budgetto

Vous ne souhaitez plus être sollicitée pour nos études ? Répondez STOP.""",
        "cte": "quoted-printable",
    },
    {
        "key": "webinaire_entretien", "kind": "other", "lang": "fr",
        "date": "2026-01-22 11:00 +0100",
        "from": ("Réseau Cadres Rhône", "evenements@reseaucadres-rhone.example.fr"),
        "subject": "Webinaire : réussir son entretien d'embauche en finance – 29 janvier",
        "headers": list_headers("Evenements Reseau Cadres <evenements.reseaucadres-rhone.example.fr>",
                                "https://reseaucadres-rhone.example.fr/desinscription",
                                "desinscription@reseaucadres-rhone.example.fr"),
        "text": """Bonjour,

Le Réseau Cadres Rhône vous invite à son prochain webinaire gratuit :

« Réussir son entretien d'embauche en finance : études de cas, questions pièges et négociation salariale »
Jeudi 29 janvier 2026, 12h30 – 13h30

Intervenante : Agnès Morin, ancienne DRH d'un groupe industriel.

Inscription : https://reseaucadres-rhone.example.fr/webinaires/entretien-finance

À très vite,
L'équipe du Réseau Cadres Rhône""",
        "cte": "8bit",
    },
    {
        "key": "radio_interview", "kind": "other", "lang": "fr",
        "date": "2026-10-06 10:12 +0200",
        "from": ("Radio Confluence", "redaction@radioconfluence.example.fr"),
        "reply_to": ("Karim Belkacem", "k.belkacem@radioconfluence.example.fr"),
        "subject": "Demande d'interview – émission « Carrières »",
        "text": """Bonjour Madame Kouassi,

Je suis journaliste à Radio Confluence et je prépare pour l'émission « Carrières » un sujet sur les reconversions au sein des métiers du chiffre. Votre témoignage dans le podcast « Chiffres & Lettres » m'a beaucoup intéressé.

Seriez-vous d'accord pour une interview enregistrée par téléphone, d'une quinzaine de minutes, la semaine du 12 octobre ? Elle serait diffusée le 20 octobre.

Bien cordialement,
Karim Belkacem
Journaliste – Radio Confluence
06 03 27 81 44""",
        "cte": "quoted-printable",
    },
]

EN = [
    {
        "key": "jobs_digest_en", "kind": "other", "lang": "en",
        "date": "2026-04-13 06:00 +0100",
        "from": ("FinanceCareers Weekly", "digest@financecareers.example.co.uk"),
        "subject": "Your weekly jobs digest: 9 new FP&A roles in London",
        "headers": list_headers("FinanceCareers Weekly <weekly.financecareers.example.co.uk>",
                                "https://financecareers.example.co.uk/unsubscribe?u=5521",
                                "unsubscribe@financecareers.example.co.uk"),
        "text": """Hi Amélie,

Here are this week's new roles matching "FP&A London":

* FP&A Manager – Insurance – City of London – £75k–£85k
* Senior Financial Analyst – Gaming studio – Guildford – £60k
* Finance Business Partner – NGO – Remote/London – £58k
* Head of Planning & Analysis – Logistics – Canary Wharf – £110k

Career tip of the week: "Unfortunately, we won't be moving forward" — how to ask for feedback after a rejection, and why it can land you your next interview invitation.

Read more and manage your alerts: https://financecareers.example.co.uk/alerts

You're receiving this because you signed up for job alerts. Unsubscribe anytime.""",
        "cte": "quoted-printable",
    },
    {
        "key": "podcast_controllers_corner", "kind": "other", "lang": "en",
        "date": "2026-09-22 17:35 +0100",
        "from": ("Daniel Frost", "dan@controllerscorner.example.com"),
        "subject": "Interview request – The Controller's Corner podcast",
        "text": """Hi Amélie,

I host The Controller's Corner, a podcast for finance professionals across Europe. I caught your episode on Chiffres & Lettres (my French is rusty but good enough!) and would love to interview you about moving from public practice into FP&A.

We record remotely, it takes about 45 minutes, and I send all questions in advance. Would any afternoon in the week of 5 October work?

Cheers,
Dan Frost
Host, The Controller's Corner""",
        "cte": "8bit",
    },
    {
        "key": "friend_rejected_en", "kind": "other", "lang": "en",
        "date": "2026-06-21 22:08 +0100",
        "from": ("Hannah Price", "hannah.price@example.co.uk"),
        "subject": "ugh, rejected again",
        "text": """Amé!

Just got the "we have decided to move forward with other candidates whose experience more closely matches" email from Thistlebank. Same one you got in March I think? Word for word, ha. At least I got to the final round this time.

Anyway — how did the Brumevent interview go?? Tell me everything.

H x""",
        "cte": "quoted-printable",
    },
    {
        "key": "headhunter_london", "kind": "other", "lang": "en",
        "date": "2026-02-05 13:14 +0000",
        "from": ("Oliver Grant", "oliver.grant@northbridge-exec.example.co.uk"),
        "subject": "FP&A opportunities in London – open to a conversation?",
        "text": """Hello Amélie,

I lead the finance practice at Northbridge Executive and came across your profile while mapping bilingual FP&A talent for a few clients who are building out European finance teams.

No specific role to discuss just yet, but I'd value a brief introductory call to understand what you're looking for, so I can think of you when the right brief lands.

Would 20 minutes next week suit?

Best wishes,
Oliver Grant
Partner, Finance Practice
Northbridge Executive, 30 Fenchurch Street, London EC3M 3BD""",
        "cte": "quoted-printable",
    },
    {
        "key": "ooo_jordan", "kind": "other", "lang": "en",
        "date": "2026-08-10 08:00 +0200",
        "from": ("Jordan Pike", "jordan.pike@brumevent.example.com"),
        "subject": "Automatic reply: Checking in on the FP&A role",
        "headers": auto_headers(),
        "text": """Hi there,

Thanks for your email! I'm on holiday until Monday 24 August with no access to email.

For anything urgent regarding recruitment at Brumevent Games, please contact talent@brumevent.example.com.

Jordan""",
        "cte": "quoted-printable",
    },
]

DE = [
    {
        "key": "stellenalarm_de", "kind": "other", "lang": "de",
        "date": "2026-05-04 06:15 +0200",
        "from": ("Jobwelle Stellenalarm", "alarm@jobwelle.example.de"),
        "subject": "8 neue Jobs für „Controller Luxemburg“",
        "subj_enc": ("utf-8", "B"),
        "headers": list_headers("Jobwelle Stellenalarm <stellenalarm.jobwelle.example.de>",
                                "https://jobwelle.example.de/abmelden/77aa",
                                "abmelden@jobwelle.example.de"),
        "text": """Hallo Amélie,

für Ihren Suchauftrag „Controller Luxemburg“ gibt es 8 neue Stellenangebote:

- Financial Controller (m/w/d) – Automobilzulieferer – Foetz
- Senior Controller FP&A (m/w/d) – Logistik – Contern
- Konzerncontroller (m/w/d) – Versicherung – Luxemburg-Stadt

Ratgeber der Woche: Absage erhalten? So bereiten Sie Ihr nächstes Vorstellungsgespräch besser vor – und warum ein Telefoninterview oft unterschätzt wird.

Alle Jobs ansehen: https://jobwelle.example.de/suche/77aa

Sie erhalten diese E-Mail, weil Sie einen Stellenalarm eingerichtet haben.""",
        "cte": "quoted-printable",
    },
    {
        "key": "paket_verspaetet", "kind": "other", "lang": "de",
        "date": "2026-04-18 10:02 +0200",
        "from": ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
        "subject": "Ihre Sendung verspätet sich leider",
        "text": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1609 2281 77. Aufgrund eines erhöhten Sendungsaufkommens im internationalen Verteilzentrum konnte Ihr Paket nicht wie geplant weitergeleitet werden.

Neuer voraussichtlicher Zustelltermin: Dienstag, 21. April 2026.

Wir bitten um Ihr Verständnis.

Ihr Paketblitz-Team""",
        "cte": "quoted-printable",
    },
    {
        "key": "sprachkurs_ausgebucht", "kind": "other", "lang": "de",
        "date": "2026-02-20 14:40 +0100",
        "from": ("Sprachzentrum Rhône-Alpes", "kurse@sprachzentrum-lyon.example.fr"),
        "subject": "Ihre Anmeldung: Deutsch B2 Intensiv – leider ausgebucht",
        "text": """Sehr geehrte Frau Kouassi,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 Intensiv für den Beruf“ ab dem 9. März.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und informieren Sie, sobald ein Platz frei wird.

Alternativ können wir Ihnen den Abendkurs B2 ab dem 13. April anbieten.

Mit freundlichen Grüßen
Kursbüro""",
        "cte": "8bit",
    },
    {
        "key": "ooo_hanna", "kind": "other", "lang": "de",
        "date": "2026-04-07 08:10 +0200",
        "from": ("Hanna Vogt", "hanna.vogt@rheinwerk.example.de"),
        "subject": "Abwesenheitsnotiz: Bewerbung als Financial Controller (m/w/d) – Amélie Kouassi",
        "parent": "rheinwerk_bewerbung_sent",
        "headers": auto_headers(),
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@rheinwerk.example.de.

Mit freundlichen Grüßen
Hanna Vogt""",
        "cte": "quoted-printable",
    },
    {
        "key": "newsletter_controlling_de", "kind": "other", "lang": "de",
        "date": "2026-07-01 07:30 +0200",
        "from": ("Controlling-Praxis Newsletter", "newsletter@controlling-praxis.example.de"),
        "subject": "Absagen richtig deuten & Einladung zum Online-Forum",
        "headers": list_headers("Controlling-Praxis <news.controlling-praxis.example.de>",
                                "https://controlling-praxis.example.de/newsletter/abmelden",
                                "abmelden@controlling-praxis.example.de"),
        "html": shell(
            "<h2>Absagen richtig deuten</h2>\n<p>„Leider müssen wir Ihnen mitteilen …“ – was "
            "Standardabsagen wirklich bedeuten und wann sich ein Nachfassen lohnt.</p>\n<h3>"
            "Außerdem</h3>\n<ul><li>Rolling Forecast in der Praxis</li><li>Interview mit einer "
            "CFO aus dem Mittelstand</li><li>Einladung: Online-Forum Controlling am 16. Juli</li>"
            "</ul>\n<p><a href=\"https://controlling-praxis.example.de/ausgabe/27\">Zur Ausgabe"
            "</a></p>",
            brand="Controlling-Praxis", colour="#5a189a",
            foot="Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.", lang="de"),
        "cte": "quoted-printable",
    },
    {
        "key": "nutzerinterview_de", "kind": "other", "lang": "de",
        "date": "2026-05-20 11:45 +0200",
        "from": ("Tabellix Research", "research@tabellix.example.de"),
        "subject": "Nutzerinterview: 45 Minuten, 50 € Gutschein",
        "text": """Hallo Amélie,

Sie nutzen Tabellix seit einigen Monaten für Ihre Finanzmodelle – danke dafür!

Wir möchten unser Planungsmodul verbessern und suchen Controllerinnen und Controller für ein Nutzerinterview (45 Minuten per Video). Als Dankeschön erhalten Sie einen Gutschein über 50 €.

Termin auswählen: https://tabellix.example.de/research/interview

Viele Grüße
Jana vom Tabellix UX-Team""",
        "cte": "quoted-printable",
    },
    {
        "key": "depot_positionen", "kind": "other", "lang": "de",
        "date": "2026-07-31 22:00 +0200",
        "from": ("Mosel Direktbank", "service@moseldirekt.example.lu"),
        "subject": "Ihre Depotübersicht zum 31.07.2026",
        "text": """Sehr geehrte Frau Kouassi,

Ihre Depotübersicht zum Stichtag 31.07.2026 steht in Ihrem Online-Postfach bereit.

Anzahl Positionen: 4
Gesamtwert: 18.742,15 EUR
Veränderung zum Vormonat: +1,8 %

Mit freundlichen Grüßen
Ihre Mosel Direktbank""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
]

ES = [
    {
        "key": "alertas_empleo_es", "kind": "other", "lang": "es",
        "date": "2026-06-29 07:05 +0200",
        "from": ("Empleo Finanzas", "alertas@empleofinanzas.example.es"),
        "subject": "Nuevas ofertas: Controller Madrid (7)",
        "headers": list_headers("Alertas Empleo Finanzas <alertas.empleofinanzas.example.es>",
                                "https://empleofinanzas.example.es/baja/3f0e",
                                "baja@empleofinanzas.example.es"),
        "text": """Hola Amélie:

Tenemos 7 nuevas ofertas que encajan con tu alerta «Controller Madrid»:

- Controller Financiero/a – Energía – Madrid – 50.000-55.000 €
- FP&A Analyst – Videojuegos – Madrid (híbrido)
- Jefe/a de Control de Gestión – Industria – Toledo

Consejo de la semana: ¿te han rechazado tras la entrevista? Lamentablemente es lo más habitual; te contamos cómo pedir feedback y preparar mejor la próxima entrevista de trabajo.

Ver todas las ofertas: https://empleofinanzas.example.es/alertas/3f0e

Recibes este correo porque creaste una alerta de empleo.""",
        "cte": "quoted-printable",
    },
    {
        "key": "pedido_retraso", "kind": "other", "lang": "es",
        "date": "2026-07-07 09:33 +0200",
        "from": ("Mercadalia", "pedidos@mercadalia.example.es"),
        "subject": "Tu pedido llegará con retraso",
        "html": shell(
            "<p>Hola Amélie:</p>\n<p>Lamentablemente, tu pedido <b>#ES-448201</b> (guía de "
            "Madrid y adaptador de enchufe) sufrirá un retraso en la entrega debido a una "
            "incidencia en nuestro almacén de Getafe.</p>\n<p>Nueva fecha estimada: <b>10 de "
            "julio</b>.</p>\n<p>Sentimos las molestias.</p>",
            brand="Mercadalia", colour="#e63946", foot="No respondas a este correo.",
            lang="es"),
        "cte": "quoted-printable",
    },
    {
        "key": "amiga_rechazo", "kind": "other", "lang": "es",
        "date": "2026-07-22 23:14 +0200",
        "from": ("Carmen Ortega", "carmen.ortega@example.es"),
        "subject": "¡Enhorabuena! (y mis penas)",
        "text": """¡Amélie!

¡Qué alegría lo de la oferta de Alcaraván! Te lo mereces muchísimo.

Yo, en cambio, recibí ayer un «lamentamos comunicarte que no has sido seleccionada» de Editorial Miradero después de dos entrevistas. Qué le vamos a hacer, seguiré buscando.

Si al final te vienes a Madrid, ¡te enseño el barrio!

Besos,
Carmen""",
        "cte": "8bit",
    },
    {
        "key": "radio_castellana", "kind": "other", "lang": "es",
        "date": "2026-10-08 11:20 +0200",
        "from": ("Nuria Vidal", "nvidal@radiocastellana.example.es"),
        "subject": "Entrevista en Radio Castellana – mujeres en finanzas",
        "text": """Hola Amélie:

Soy Nuria Vidal, productora del programa «Economía en Femenino» de Radio Castellana. Estamos preparando un especial sobre profesionales europeas de las finanzas que trabajan entre varios países y nos han hablado de ti.

¿Te apetecería participar en una entrevista telefónica de unos diez minutos, en directo, el martes 20 de octubre a las 12:15?

Gracias y un saludo,
Nuria Vidal
Radio Castellana""",
        "cte": "quoted-printable",
    },
    {
        "key": "visita_piso", "kind": "other", "lang": "es",
        "date": "2026-07-18 13:02 +0200",
        "from": ("Inmobiliaria Retiro Norte", "visitas@retironorte.example.es"),
        "subject": "Confirmación de visita – piso calle Ibiza 34",
        "text": """Hola Amélie:

Te confirmamos la visita al piso de la calle Ibiza 34, 3.º B (2 dormitorios, 1.450 €/mes), el sábado 25 de julio a las 11:00. Te acompañará nuestro agente Sergio.

Si no puedes acudir, avísanos con 24 horas de antelación para cambiar la cita.

Un saludo,
Inmobiliaria Retiro Norte""",
        "cte": "quoted-printable",
    },
    {
        "key": "master_no_admitida", "kind": "other", "lang": "es",
        "date": "2026-06-05 12:00 +0200",
        "from": ("Admisiones Escuela de Negocios Castellana", "admisiones@enc.example.es"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Resolución de admisión – Programa Executive en Dirección Financiera",
        "text": """Estimada Amélie:

Gracias por tu interés en el Programa Executive en Dirección Financiera (modalidad online, edición octubre 2026).

Tras valorar tu solicitud, lamentamos comunicarte que no has obtenido plaza en esta edición, ya que el número de solicitudes ha superado ampliamente las plazas disponibles. Te animamos a presentar tu candidatura para la edición de febrero de 2027.

Atentamente,
Departamento de Admisiones
Escuela de Negocios Castellana""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "boletin_carrera_es", "kind": "other", "lang": "es",
        "date": "2026-09-15 08:00 +0200",
        "from": ("Boletín Carrera Financiera", "boletin@carrerafinanciera.example.es"),
        "subject": "Cómo preparar una entrevista por competencias",
        "headers": list_headers("Boletin Carrera Financiera <boletin.carrerafinanciera.example.es>",
                                "https://carrerafinanciera.example.es/baja",
                                "baja@carrerafinanciera.example.es"),
        "text": """Hola:

En el boletín de este mes:

1. Cómo preparar una entrevista por competencias (método STAR)
2. Ofertas rechazadas: cuándo negociar y cuándo decir que no
3. Entrevista con la directora financiera de una ONG internacional

Leer el boletín completo: https://carrerafinanciera.example.es/boletin/septiembre

Para darte de baja, pulsa aquí: https://carrerafinanciera.example.es/baja""",
        "cte": "quoted-printable",
    },
]

MESSAGES = [*OWN, *FR, *EN, *DE, *ES]
