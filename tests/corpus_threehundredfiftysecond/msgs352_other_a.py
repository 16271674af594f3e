"""Corpus 352: French `other` mail — traps (digests, newsletters, podcasts, parcels, bank,
doctors, landlords, friends' news, courses) and the candidate's own sent mail. Hand-written,
blind."""

from __future__ import annotations

from msgs352_common import CANDIDATE, html_shell, reply

ME = CANDIDATE

VINOJOBS_LIST = [
    ("List-Id", "Alertes VinoJobs <alertes.vinojobs.example.com>"),
    ("List-Unsubscribe", "<https://www.vinojobs.example.com/alertes/desabonner?u=88213>, "
                         "<mailto:desabonnement@vinojobs.example.com>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
]

ALERT_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Voici les 6 nouvelles offres qui correspondent à votre alerte « export vins – "
    "Nouvelle-Aquitaine » :\n\n"
    "1. Chargé(e) d'affaires export Chine – négoce bordelais – Bordeaux (CDI)\n"
    "2. Area Manager Europe de l'Est – maison de cognac – Jarnac (CDI)\n"
    "3. Assistant(e) export ADV – coopérative – Saint-Émilion (CDD 6 mois)\n"
    "4. Commercial grands comptes CHR – spiritueux – Bordeaux (CDI)\n"
    "5. Brand Ambassador – champagne – télétravail / Paris (CDI)\n"
    "6. Responsable œnotourisme bilingue – château – Pauillac (CDI)\n\n"
    "Le conseil de la semaine : « Refus après entretien ? Malheureusement, c'est le lot de "
    "tout chercheur d'emploi. Demandez systématiquement un retour : 4 recruteurs sur 10 "
    "acceptent d'expliquer leur décision. »\n\n"
    "Vous recevez cet e-mail car vous avez créé une alerte sur VinoJobs. Pour ne plus "
    "recevoir ces alertes, cliquez sur « Se désabonner ».\n"
)
LETTRE_TEXT = (
    "LA LETTRE DU NÉGOCE – n° 212 – avril 2026\n\n"
    "À LA UNE\n"
    "Primeurs 2025 : une campagne sous tension, les négociants prudents.\n\n"
    "CARRIÈRES\n"
    "« J'ai essuyé douze refus avant mon premier poste export » : témoignage d'une ancienne "
    "caviste devenue area manager Asie. Ses conseils pour réussir l'entretien d'embauche, "
    "préparer la dégustation commentée et négocier son variable.\n\n"
    "MARCHÉS\n"
    "Chine : les importations de vins français reculent de 9 %. Le Japon, en revanche, "
    "confirme sa position de premier marché asiatique pour les grands crus.\n\n"
    "AGENDA\n"
    "Salon des vins de Loire, Angers – Vinexposium – Rencontres du Négoce, Bordeaux.\n\n"
    "Vous êtes abonné(e) à La Lettre du Négoce avec l'adresse baptiste.kerherve@example.fr. "
    "Se désinscrire.\n"
)
PODCAST_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je produis « Sommeliers en liberté », un podcast qui donne la parole aux sommeliers "
    "qui changent de voie. Un ami commun, Julien du Bistrot des Chartrons, m'a parlé de "
    "votre projet de passer à l'export.\n\n"
    "Accepteriez-vous d'être interviewé pour un épisode ? L'enregistrement dure environ une "
    "heure, dans notre petit studio à Bordeaux ou à distance. Nous pourrions caler ça fin "
    "mai ou début juin, selon vos disponibilités.\n\n"
    "Merci d'avance et belle journée,\nAnaïs Lherbier\nProductrice – Sommeliers en liberté\n"
)
RADIO_TEXT = (
    "Bonjour Monsieur Kerhervé-Nakamura,\n\n"
    "Je suis journaliste à Radio Garonne, dans l'émission « Terroirs du samedi ». Nous "
    "préparons un sujet sur les accords mets-vins dans la cuisine japonaise et votre nom "
    "nous a été recommandé par l'Association des sommeliers d'Aquitaine.\n\n"
    "Seriez-vous disponible pour une interview enregistrée d'une quinzaine de minutes, par "
    "téléphone, la semaine prochaine ? Diffusion prévue le 18 avril.\n\n"
    "Bien cordialement,\nMathieu Sarrail\nJournaliste, Radio Garonne\n05 57 00 90 14\n"
)
UX_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Vous utilisez VinoJobs depuis quelques mois et votre avis nous intéresse ! Notre équipe "
    "produit organise des entretiens utilisateurs de 30 minutes en visio pour améliorer la "
    "recherche d'offres et les alertes.\n\n"
    "En remerciement, nous vous offrons un bon d'achat de 25 € chez un caviste partenaire. "
    "Réservez votre créneau ici : https://calendly.example.com/vinojobs-ux/entretien\n\n"
    "Merci !\nCamille, UX Researcher chez VinoJobs\n"
)
PARCEL_TEXT = (
    "Bonjour,\n\n"
    "Malheureusement, votre colis n° 6A 184 220 957 31 a pris du retard en raison d'un "
    "incident sur notre plateforme de tri de Mérignac.\n\n"
    "Nouvelle date de livraison estimée : jeudi 23 avril 2026.\n\n"
    "Nous vous prions de nous excuser pour ce contretemps. Vous pouvez suivre votre colis "
    "à tout moment depuis notre site.\n\n"
    "Le service client ColiRapide\n"
)
BANK_TEXT = (
    "Bonjour M. KERHERVE-NAKAMURA,\n\n"
    "Votre relevé de position mensuel est disponible dans votre espace client.\n\n"
    "Position de vos comptes au 31/05/2026 :\n"
    "  Compte courant ........ 2 184,36 EUR\n"
    "  Livret A .............. 8 950,00 EUR\n"
    "  PEA ................... position titres 4 312,80 EUR\n\n"
    "Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail.\n\n"
    "Crédit Girondin – Votre agence de Bordeaux Saint-Seurin\n"
)
GPS_TEXT = (
    "Alerte de position – Balise Vélo #2\n\n"
    "Votre vélo « Gravel bleu » a quitté la zone définie « Domicile » le 07/07/2026 à 08:12.\n"
    "Dernière position connue : Quai de Bacalan, 33300 Bordeaux (précision 12 m).\n\n"
    "Si ce déplacement est normal, vous pouvez ignorer ce message.\n\n"
    "TrackMyRide – application de suivi GPS\n"
)
VISIT_TEXT = (
    "Bonjour Monsieur,\n\n"
    "Suite à votre demande, je vous confirme la visite de l'appartement T2 situé 14 rue "
    "Notre-Dame (Chartrons) le jeudi 16 avril à 18h00. Merci de vous munir de votre "
    "dossier locataire complet (trois derniers bulletins de salaire, avis d'imposition, "
    "pièce d'identité).\n\n"
    "En cas d'empêchement, merci de me prévenir au moins 24 heures à l'avance.\n\n"
    "Cordialement,\nSandra Petit\nImmobilière des Quais – Gestion locative\n"
)
DOCTOR_TEXT = (
    "Rappel de rendez-vous\n\n"
    "Baptiste KERHERVÉ-NAKAMURA, vous avez rendez-vous demain :\n"
    "mardi 12 mai 2026 à 09:20\n"
    "Dr Hélène Castagnet – médecin généraliste\n"
    "Cabinet médical des Chartrons, 7 rue Ravez, 33000 Bordeaux\n\n"
    "Pensez à vous munir de votre carte Vitale. En cas d'empêchement, annulez votre "
    "rendez-vous en ligne pour libérer le créneau.\n\n"
    "MédiRDV – ce message est envoyé automatiquement\n"
)
DENTIST_TEXT = (
    "Bonjour,\n\n"
    "Le cabinet dentaire du Dr Lafargue nous informe que votre rendez-vous du vendredi 24 "
    "juillet à 16h30 est annulé (absence du praticien). Merci de reprendre rendez-vous en "
    "ligne ou par téléphone au 05 56 00 44 80.\n\n"
    "MédiRDV\n"
)
FRIEND_REJECTION = (
    "Salut Baptiste,\n\n"
    "Bon, je voulais te le dire avant que tu l'apprennes par Thibault : Castelroux m'a "
    "envoyé un refus ce matin pour le poste travel retail. Même pas d'entretien, un mail "
    "automatique à 3h du mat'. Ça pique un peu.\n\n"
    "On se fait un verre jeudi pour se remonter le moral ? Toi au moins t'as des pistes "
    "sérieuses chez Duhamel !\n\n"
    "Bises,\nLéa\n"
)
FRIEND_FWD_NOTE = (
    "Regarde ce que je viens de recevoir !!! Un entretien chez Harlin-Roussel pour le poste "
    "de chef de caves adjoint. Tu connais quelqu'un là-bas ? Des conseils ?\n\n"
    "Thomas\n"
)
FRIEND_FWD_INNER = (
    "Bonjour Monsieur Guillemot,\n\n"
    "Nous avons le plaisir de vous inviter à un entretien pour le poste de chef de caves "
    "adjoint, le lundi 27 avril à 14h00, à la Maison, 24 rue des Moissons à Reims.\n\n"
    "Bien cordialement,\nBérénice Harlin\nDirectrice des ressources humaines\n"
    "Champagne Harlin-Roussel\n"
)
COURSE_TEXT = (
    "Bonjour Monsieur Kerhervé-Nakamura,\n\n"
    "Nous vous remercions pour votre candidature à la session d'automne du Diplôme "
    "supérieur de commerce international des vins (DSCIV).\n\n"
    "Nous avons malheureusement reçu plus de demandes que de places disponibles et nous "
    "ne sommes pas en mesure de vous proposer une place pour cette session. Votre dossier "
    "est placé en liste d'attente (rang 7) ; vous serez prioritaire pour la session de "
    "printemps 2027.\n\n"
    "Bien cordialement,\nLe secrétariat pédagogique\nÉcole du Vin de Gironde\n"
)
BARRIQUE_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Je me permets de vous contacter car votre profil de sommelier trilingue a retenu mon "
    "attention. Chez Barrique RH, nous accompagnons les maisons de vins et spiritueux dans "
    "leurs recrutements commerciaux en France et à l'international.\n\n"
    "Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais je serais heureuse "
    "d'échanger pour mieux comprendre votre projet et vous intégrer à notre vivier.\n\n"
    "Belle journée,\nÉmilie Castaing\nFondatrice – Barrique RH\n"
)
OWN_APPLICATION = (
    "Madame, Monsieur,\n\n"
    "Sommelier depuis neuf ans, dont quatre au sein d'un restaurant étoilé bordelais, je "
    "souhaite aujourd'hui mettre ma connaissance des vins et des clientèles "
    "internationales au service d'une maison de négoce, sur un poste de commercial export.\n\n"
    "Je parle couramment anglais et japonais, et j'ai un bon niveau d'espagnol. Vous "
    "trouverez ci-joint mon CV ; je serais heureux de vous présenter ma candidature lors "
    "d'un entretien.\n\n"
    "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
    "Baptiste Kerhervé-Nakamura\n06 71 22 34 58\n"
)
OWN_RESCHEDULE = (
    "Bonjour Nathalie,\n\n"
    "Merci pour la nouvelle date. Je suis vraiment désolé, mais mardi 9 à 17h je serai "
    "encore en service au restaurant (remplacement de dernière minute). Serait-il possible "
    "de décaler notre échange à mercredi 10 juin, à partir de 15h, ou jeudi matin ?\n\n"
    "Merci de votre compréhension,\nBaptiste\n"
)
OWN_DECLINE = (
    "Bonjour Claire, bonjour Marc-Antoine,\n\n"
    "Après beaucoup d'hésitation, je dois vous annoncer que je ne signerai pas le contrat : "
    "j'ai accepté une autre proposition, à Londres, qui correspond davantage à mon projet "
    "familial.\n\n"
    "Je mesure la confiance que vous m'avez témoignée et je suis sincèrement désolé de "
    "revenir sur mon accord de principe. J'espère que nos chemins se recroiseront.\n\n"
    "Avec toute ma gratitude,\nBaptiste Kerhervé-Nakamura\n"
)
OOO_TEXT = (
    "Bonjour,\n\n"
    "Je suis absente du bureau jusqu'au lundi 27 avril inclus, avec un accès limité à ma "
    "messagerie. Pour toute question urgente relative au recrutement, vous pouvez "
    "contacter le standard au 05 56 00 41 00.\n\n"
    "Cordialement,\nClaire Bonnefon\n"
)
ATELIER_TEXT = (
    "Bonjour,\n\n"
    "La Maison de l'Emploi de Bordeaux Métropole vous invite à son atelier collectif "
    "« Réussir son entretien d'embauche » le jeudi 5 février de 9h30 à 12h00 (salle 3, "
    "127 avenue Thiers).\n\n"
    "Au programme : se présenter en deux minutes, répondre aux questions pièges, gérer un "
    "refus et rebondir. Inscription obligatoire, 12 places.\n\n"
    "L'équipe Accompagnement\nMaison de l'Emploi de Bordeaux Métropole\n"
)
CONCOURS_TEXT = (
    "Chères et chers candidats,\n\n"
    "Merci à tous pour votre participation aux épreuves de présélection du Concours du "
    "Meilleur Sommelier d'Aquitaine 2026.\n\n"
    "Les résultats sont en ligne. Malheureusement, seuls six candidats peuvent être "
    "retenus pour la finale ; si votre nom ne figure pas dans la liste, nous vous "
    "remercions chaleureusement et espérons vous revoir l'an prochain.\n\n"
    "Finale le 14 juin au Palais de la Bourse, ouverte au public.\n\n"
    "Association des sommeliers d'Aquitaine\n"
)
PROVINUM_TEXT = (
    "Baptiste, votre profil attire l'attention !\n\n"
    "Un recruteur de Groupe Fougerolles a consulté votre profil cette semaine.\n"
    "Vous êtes apparu dans 14 recherches de recruteurs.\n\n"
    "Passez à ProVinum Premium pour savoir qui vous a vu et recevoir des conseils "
    "personnalisés pour vos entretiens.\n\n"
    "ProVinum – le réseau des pros du vin\n"
)
TRAIN_TEXT = (
    "Bonjour Baptiste,\n\n"
    "Malheureusement, votre train TER n° 864512 Bordeaux Saint-Jean → Cognac du mardi 31 "
    "mars (départ 06:14) est supprimé en raison d'un mouvement social.\n\n"
    "Nous vous proposons un autocar de substitution au départ de la gare routière à 06:05, "
    "arrivée prévue à Cognac à 08:40. Vous pouvez également échanger ou vous faire "
    "rembourser votre billet sans frais.\n\n"
    "Le service voyageurs TER Nouvelle-Aquitaine\n"
)
DINNER_TEXT = (
    "Coucou !\n\n"
    "Je t'envoie l'invitation pour samedi : dégustation à l'aveugle chez nous, thème "
    "« Loire vs Nouvelle-Zélande ». Chacun apporte une bouteille masquée et un truc à "
    "grignoter.\n\nÀ samedi,\nJulien\n"
)
OWN_THANKS_AUBONNE = (
    "Madame Dufaux,\n\n"
    "Je tenais à vous remercier, ainsi que M. Chappuis, pour l'entretien de cet "
    "après-midi. La présentation de vos marchés en Suisse romande m'a beaucoup appris, et "
    "je suis plus que jamais motivé par le poste.\n\n"
    "Je reste à votre disposition pour toute information complémentaire.\n\n"
    "Veuillez agréer, Madame, mes salutations respectueuses.\n\n"
    "Baptiste Kerhervé-Nakamura\n"
)
CLAIRE = ("Claire Bonnefon", "claire.bonnefon@duhamel-negoce.example.fr")

MESSAGES = [
    {
        "key": "vinojobs_alert_digest", "kind": "other", "lang": "fr",
        "frm": ("VinoJobs Alertes", "alertes@vinojobs.example.com"),
        "date": "2026-03-09 06:00 +0100",
        "subject": "6 nouvelles offres pour « export vins – Nouvelle-Aquitaine »",
        "text": ALERT_TEXT, "html": html_shell(ALERT_TEXT, brand="VinoJobs", color="#8c1c3c"),
        "headers": VINOJOBS_LIST,
    },
    {
        "key": "lettre_du_negoce", "kind": "other", "lang": "fr",
        "frm": ("La Lettre du Négoce", "newsletter@lettredunegoce.example.fr"),
        "date": "2026-04-02 07:30 +0200",
        "subject": "La Lettre du Négoce n° 212 – Primeurs, carrières, Chine",
        "html": html_shell(LETTRE_TEXT, brand="La Lettre du Négoce", color="#3c2415"),
        "headers": [
            ("List-Id", "La Lettre du Negoce <lettre.lettredunegoce.example.fr>"),
            ("List-Unsubscribe", "<https://lettredunegoce.example.fr/desinscription?id=5521>"),
            ("Precedence", "bulk"),
        ],
    },
    {
        "key": "podcast_interview_request", "kind": "other", "lang": "fr",
        "contact": "anais@sommeliers-en-liberte.example.fr",
        "frm": ("Anaïs Lherbier", "anais@sommeliers-en-liberte.example.fr"),
        "date": "2026-05-05 14:22 +0200",
        "subject": "Interview pour le podcast « Sommeliers en liberté » ?", "text": PODCAST_TEXT,
    },
    {
        "key": "radio_garonne_interview", "kind": "other", "lang": "fr",
        "contact": "m.sarrail@radiogaronne.example.fr",
        "frm": ("Mathieu Sarrail", "m.sarrail@radiogaronne.example.fr"),
        "date": "2026-04-03 11:50 +0200",
        "subject": "Demande d'interview – émission Terroirs du samedi", "text": RADIO_TEXT,
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "vinojobs_user_research", "kind": "other", "lang": "fr",
        "contact": "camille.ux@vinojobs.example.com",
        "frm": ("Camille de VinoJobs", "camille.ux@vinojobs.example.com"),
        "date": "2026-06-18 10:05 +0200",
        "subject": "30 minutes pour améliorer VinoJobs ? (entretien utilisateur)",
        "text": UX_TEXT, "html": html_shell(UX_TEXT, brand="VinoJobs", color="#8c1c3c"),
    },
    {
        "key": "colis_retarde", "kind": "other", "lang": "fr",
        "frm": ("ColiRapide", "suivi@colirapide.example.fr"), "date": "2026-04-21 18:02 +0200",
        "subject": "Malheureusement, votre colis est retardé", "html": html_shell(
            PARCEL_TEXT, brand="ColiRapide", color="#e36b00"),
        "html_cte": "quoted-printable",
    },
    {
        "key": "banque_position", "kind": "other", "lang": "fr",
        "frm": ("Crédit Girondin", "ne-pas-repondre@creditgirondin.example.fr"),
        "date": "2026-06-02 05:45 +0200",
        "subject": "Votre relevé de position au 31/05/2026", "text": BANK_TEXT,
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "gps_position_alert", "kind": "other", "lang": "fr",
        "frm": ("TrackMyRide", "alertes@trackmyride.example.com"), "date": "2026-07-07 08:13 +0200",
        "subject": "Alerte : nouvelle position de votre balise", "text": GPS_TEXT,
    },
    {
        "key": "visite_appartement", "kind": "other", "lang": "fr",
        "contact": "s.petit@immo-des-quais.example.fr",
        "frm": ("Sandra Petit", "s.petit@immo-des-quais.example.fr"),
        "date": "2026-04-13 12:30 +0200",
        "subject": "Confirmation visite T2 rue Notre-Dame – jeudi 18h", "text": VISIT_TEXT,
    },
    {
        "key": "medirdv_rappel", "kind": "other", "lang": "fr",
        "frm": ("MédiRDV", "no-reply@medirdv.example.fr"), "name_cs": ("utf-8", "b"),
        "date": "2026-05-11 09:00 +0200",
        "subject": "Rappel : votre rendez-vous demain à 09:20", "text": DOCTOR_TEXT,
    },
    {
        "key": "dentiste_annule", "kind": "other", "lang": "fr",
        "frm": ("MédiRDV", "no-reply@medirdv.example.fr"), "name_cs": ("iso-8859-1", "q"),
        "date": "2026-07-20 17:33 +0200",
        "subject": "Rendez-vous annulé – Cabinet dentaire du Dr Lafargue", "text": DENTIST_TEXT,
        "html": html_shell(DENTIST_TEXT, brand="MédiRDV", color="#0b7a75"),
    },
    {
        "key": "ami_refus_castelroux", "kind": "other", "lang": "fr",
        "contact": "lea.dumoulin@example.net",
        "frm": ("Léa Dumoulin", "lea.dumoulin@example.net"), "date": "2026-02-05 12:41 +0100",
        "subject": "devine qui s'est fait recaler…", "text": FRIEND_REJECTION, "cte": "8bit",
    },
    {
        "key": "ami_fwd_invitation", "kind": "other", "lang": "fr",
        "contact": "thomas.guillemot@example.org",
        "frm": ("Thomas Guillemot", "thomas.guillemot@example.org"),
        "date": "2026-04-10 20:15 +0200",
        "subject": "Fwd: Invitation à un entretien – Champagne Harlin-Roussel",
        "text": FRIEND_FWD_NOTE,
        "fwd": {
            "key": "ami_fwd_invitation_inner",
            "frm": ("Bérénice Harlin", "b.harlin@champagne-harlin-roussel.example.fr"),
            "to": [("Thomas Guillemot", "thomas.guillemot@example.org")],
            "date": "2026-04-10 16:02 +0200",
            "subject": "Invitation à un entretien – Champagne Harlin-Roussel",
            "text": FRIEND_FWD_INNER,
        },
    },
    {
        "key": "formation_liste_attente", "kind": "other", "lang": "fr",
        "frm": ("École du Vin de Gironde", "scolarite@ecoleduvin-gironde.example.fr"),
        "date": "2026-07-01 15:00 +0200",
        "subject": "Votre candidature au DSCIV – session d'automne", "text": COURSE_TEXT,
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "barrique_rh_approche", "kind": "other", "lang": "fr",
        "contact": "emilie@barrique-rh.example.fr",
        "frm": ("Émilie Castaing", "emilie@barrique-rh.example.fr"), "name_cs": ("utf-8", "b"),
        "date": "2026-08-27 09:48 +0200", "subject": "Votre profil de sommelier trilingue",
        "text": BARRIQUE_TEXT,
    },
    {
        "key": "own_candidature_spontanee", "kind": "other", "lang": "fr", "frm": ME,
        "to": [("Service Recrutement", "recrutement@maison-jallerat.example.fr")],
        "date": "2026-09-14 21:47 +0200",
        "subject": "Candidature spontanée – commercial export", "text": OWN_APPLICATION,
        "attach": [("CV_Baptiste_Kerherve-Nakamura.pdf", [
            "Baptiste Kerherve-Nakamura - Sommelier", "Bordeaux - 06 71 22 34 58",
            "Experience : 9 ans de sommellerie, dont 4 en restaurant etoile",
            "Langues : francais, anglais, japonais, espagnol",
        ])],
    },
    {
        "key": "own_report_demande", "kind": "other", "lang": "fr", "frm": ME,
        "to": [("Nathalie Rouquette", "n.rouquette@cepages-conseil.example.fr")],
        "refs_extra": ["cepages-move-0604@cepages-conseil.example.fr"],
        "date": "2026-06-05 07:55 +0200",
        "subject": "Re: Rendez-vous lundi 8 juin – poste export Europe du Nord",
        "text": reply(OWN_RESCHEDULE, "Le jeu. 4 juin 2026 à 19:08, Nathalie Rouquette "
                   "<n.rouquette@cepages-conseil.example.fr> a écrit :",
                   "Pouvons-nous décaler notre rendez-vous au mardi 9 juin, même heure, en "
                   "visio cette fois ?"),
    },
    {
        "key": "own_declin_duhamel", "kind": "other", "lang": "fr", "frm": ME,
        "to": [CLAIRE, ("Marc-Antoine Lacoste", "ma.lacoste@duhamel-negoce.example.fr")],
        "date": "2026-04-20 08:30 +0200", "subject": "Contrat – ma décision",
        "text": OWN_DECLINE, "html": html_shell(OWN_DECLINE),
    },
    {
        "key": "absence_claire_auto", "kind": "other", "lang": "fr", "frm": CLAIRE,
        "contact": "claire.bonnefon@duhamel-negoce.example.fr",
        "refs_extra": ["own-declin-duhamel-0420@example.fr"], "date": "2026-04-20 08:30 +0200",
        "subject": "Réponse automatique : Contrat – ma décision", "text": OOO_TEXT,
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "key": "atelier_entretien_embauche", "kind": "other", "lang": "fr",
        "frm": ("Maison de l'Emploi Bordeaux Métropole", "ateliers@mde-bordeaux.example.fr"),
        "name_cs": ("windows-1252", "q"), "date": "2026-01-26 14:10 +0100",
        "subject": "Atelier « Réussir son entretien d'embauche » – jeudi 5 février",
        "subj_cs": ("windows-1252", "q"), "text": ATELIER_TEXT, "cs": "windows-1252",
        "cte": "quoted-printable",
    },
    {
        "key": "concours_sommelier_resultats", "kind": "other", "lang": "fr",
        "frm": ("Association des sommeliers d'Aquitaine", "bureau@sommeliers-aquitaine.example.fr"),
        "date": "2026-05-25 19:00 +0200",
        "subject": "Concours du Meilleur Sommelier d'Aquitaine – résultats des présélections",
        "text": CONCOURS_TEXT,
        "headers": [("List-Id", "Adherents ASA <adherents.sommeliers-aquitaine.example.fr>"),
                 ("Precedence", "list")],
    },
    {
        "key": "provinum_vues_profil", "kind": "other", "lang": "fr",
        "frm": ("ProVinum", "notifications@provinum.example.com"), "date": "2026-03-15 10:00 +0100",
        "subject": "Un recruteur de Groupe Fougerolles a consulté votre profil",
        "html": html_shell(PROVINUM_TEXT, brand="ProVinum", color="#004d40"),
        "headers": [("List-Unsubscribe", "<https://provinum.example.com/settings/emails>"),
                 ("Precedence", "bulk")],
    },
    {
        "key": "ter_train_supprime", "kind": "other", "lang": "fr",
        "frm": ("TER Nouvelle-Aquitaine", "info-trafic@ter-na.example.fr"),
        "date": "2026-03-30 19:12 +0200",
        "subject": "Malheureusement, votre train du 31/03 est supprimé", "text": TRAIN_TEXT,
    },
    {
        "key": "ami_degustation_invite", "kind": "other", "lang": "fr",
        "contact": "julien.barateau@example.com",
        "frm": ("Julien Barateau", "julien.barateau@example.com"), "date": "2026-05-27 22:10 +0200",
        "subject": "Invitation : Dégustation à l'aveugle – sam. 30 mai 19h", "text": DINNER_TEXT,
        "ical": {"uid": "8c1f0b2e4d@google.example.com", "start": "20260530T190000",
                  "end": "20260530T233000", "summary": "Dégustation à l'aveugle Loire vs NZ",
                  "location": "Chez Julien et Marie, Bordeaux",
                  "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "key": "own_merci_aubonne", "kind": "other", "lang": "fr", "frm": ME,
        "to": [("Marianne Dufaux", "m.dufaux@aubonne-trading.example.ch")],
        "date": "2026-04-14 19:05 +0200", "subject": "Merci pour l'entretien de ce jour",
        "text": OWN_THANKS_AUBONNE, "cs": "iso-8859-1", "cte": "8bit",
    },
]
