"""`other` mail of the threehundredsixteenth corpus: traps full of job words, the candidate's
own mail, auto-replies, newsletters, appointments, friends."""

from __future__ import annotations

from msgs316_common import (
    BULK,
    CAND_SIG,
    CANDIDATE,
    OOO,
    listhdr,
    page,
    sig,
)

OPAL = "Baptiste Lenoir <baptiste.lenoir@opaline.example.fr>"
FEDEB = "Charles Vigneron <c.vigneron@fedebeton-ge.example.fr>"
KESTREL = "Yannick Weber <yannick.weber@kestrel.example.lu>"
LUMI = "Maja Lindqvist <maja.lindqvist@lumivox.example.lu>"
SWK = "Till Brandauer <t.brandauer@stadtwerke-kerlingen.example.de>"
THSA = "Ole Martens <martens@theater-saarufer.example.de>"
SIERRA = "Nuria Belmonte <nbelmonte@sierraoeste.example.es>"
ARNICHES = "Irene Soto <irene.soto@teatroarniches.example.es>"
DATACANTO = "Laura Pizarro <laura.pizarro@datacanto.example.es>"

JULIEN_INVITE = {
    "id": "oth_fwd_inner_julien",
    "kind": "other",
    "lang": "fr",
    "frm": "Hugo Lafargue <hugo.lafargue@sidero-conseil.example.fr>",
    "to": "Julien Marchand <julien.marchand@example.org>",
    "subj": "Invitation à un entretien - Consultant relations presse",
    "date": "2026-05-12 10:20",
    "text": (
        "Bonjour Julien,\n\n"
        "Nous avons le plaisir de vous inviter à un entretien pour le poste de consultant "
        "relations presse, le lundi 18 mai à 15h dans nos bureaux de la rue de Metz.\n\n"
        "Merci de confirmer votre présence.\n\nHugo Lafargue\nSidero Conseil"
    ),
    "cs": "iso-8859-1",
    "cte": "qp",
}

CARMEN_REJECTION = {
    "id": "oth_fwd_inner_carmen",
    "kind": "other",
    "lang": "es",
    "frm": "Selección Aurora Viajes <seleccion@auroraviajes.example.es>",
    "to": "Carmen Rubio <carmen.rubio@example.net>",
    "subj": "Su candidatura en Aurora Viajes",
    "date": "2026-06-22 09:00",
    "text": (
        "Estimada Carmen:\n\n"
        "Lamentamos comunicarle que su candidatura no ha sido seleccionada para la "
        "siguiente fase del proceso. Le deseamos mucha suerte.\n\nAurora Viajes"
    ),
    "cte": "qp",
}

MESSAGES = [
    # ============================================================== French
    {
        "id": "oth_alert_emploiest",
        "kind": "other",
        "lang": "fr",
        "frm": "EmploiEst Alertes <alertes@emploiest.example.fr>",
        "sys": True,
        "subj": "12 nouvelles offres : chargé(e) de communication - Grand Est",
        "date": "2026-02-10 07:00",
        "hdr": {
            **listhdr(
                "<alertes-quotidiennes.emploiest.example.fr>",
                "https://emploiest.example.fr/desabonnement?u=cv8812",
            ),
            "Auto-Submitted": "auto-generated",
        },
        "text": (
            "Bonjour Clémence,\n\n"
            "Voici les nouvelles offres correspondant à votre alerte « chargé(e) de "
            "communication » :\n\n"
            "- Chargé(e) de communication interne - Groupe industriel - Metz - CDI\n"
            "- Responsable éditorial - Agence - Nancy - CDI (entretien dès la semaine "
            "prochaine !)\n"
            "- Community manager - Collectivité - Épinal - CDD\n\n"
            "Conseil de la semaine : un refus n'est jamais définitif. Relancez poliment "
            "après un entretien, et transformez chaque rejet en retour d'expérience.\n\n"
            "Se désabonner : https://emploiest.example.fr/desabonnement?u=cv8812"
        ),
        "html": page(
            "Bonjour Clémence,\n\n"
            "Voici les nouvelles offres correspondant à votre alerte « chargé(e) de "
            "communication » :\n\n"
            "Chargé(e) de communication interne - Groupe industriel - Metz - CDI\n"
            "Responsable éditorial - Agence - Nancy - CDI (entretien dès la semaine "
            "prochaine !)\nCommunity manager - Collectivité - Épinal - CDD\n\n"
            "Conseil de la semaine : un refus n'est jamais définitif. Relancez poliment "
            "après un entretien, et transformez chaque rejet en retour d'expérience.",
            "Se désabonner de cette alerte",
            "#2f9e44",
        ),
        "cte": "qp",
    },
    {
        "id": "oth_news_cadres",
        "kind": "other",
        "lang": "fr",
        "frm": "Cadres & Carrières <newsletter@cadres-carrieres.example.fr>",
        "sys": True,
        "subj": "Candidature refusée ? 5 réflexes pour rebondir",
        "date": "2026-03-14 08:30",
        "hdr": listhdr(
            "<hebdo.cadres-carrieres.example.fr>",
            "mailto:desinscription@cadres-carrieres.example.fr",
        ),
        "html": page(
            "LA LETTRE DU SAMEDI\n\n"
            "Candidature refusée ? Malheureusement, cela arrive à tout le monde. Voici cinq "
            "réflexes pour rebondir : demander un retour, analyser l'entretien, ajuster "
            "votre pitch, activer votre réseau et... ne pas baisser les bras.\n\n"
            "À lire aussi : « Nous avons le regret de vous informer » - décrypter les "
            "lettres de refus ; Entretien d'embauche : les 10 questions pièges ; "
            "Reconversion : de journaliste à responsable communication, témoignages.\n\n"
            "Offre du moment : notre atelier « Réussir son entretien » à 49 euros.",
            "Vous recevez cette lettre car vous êtes inscrite sur cadres-carrieres. "
            "Se désinscrire.",
            "#6741d9",
        ),
        "cte": "b64",
    },
    {
        "id": "oth_radio_interview",
        "kind": "other",
        "lang": "fr",
        "frm": "Mélanie Grosjean <melanie.grosjean@radiolorrainecoeur.example.fr>",
        "subj": "Interview en direct jeudi matin ?",
        "date": "2026-03-24 18:12",
        "text": (
            "Bonjour Clémence,\n\n"
            "Je prépare la matinale de jeudi sur les travailleurs frontaliers et j'ai "
            "adoré votre enquête parue en février. Seriez-vous d'accord pour une interview "
            "en direct de 7 minutes, par téléphone, vers 7h40 ?\n\n"
            "Dites-moi si c'est possible, je vous appelle mercredi pour caler les "
            "questions.\n\n"
            "Mélanie Grosjean\nProgrammatrice - Radio Lorraine Cœur"
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "oth_podcast_reconversions",
        "kind": "other",
        "lang": "fr",
        "frm": "Podcast Reconversions <bonjour@podcast-reconversions.example.fr>",
        "rt": "Élise Carrel <elise@podcast-reconversions.example.fr>",
        "subj": "Invitation à témoigner dans le podcast Reconversions",
        "date": "2026-07-09 10:40",
        "text": (
            "Bonjour Clémence,\n\n"
            "Je m'appelle Élise et j'anime « Reconversions », un podcast où des personnes "
            "racontent leur changement de métier. Votre passage du journalisme à la "
            "communication d'entreprise intéresserait beaucoup nos auditeurs.\n\n"
            "L'enregistrement (une heure d'entretien) peut se faire à distance, à la date "
            "de votre choix en septembre.\n\n"
            "Au plaisir de vous lire,\nÉlise Carrel"
        ),
        "cte": "8bit",
    },
    {
        "id": "oth_ux_interview",
        "kind": "other",
        "lang": "fr",
        "frm": "Équipe Recherche Mesdocs <recherche@mesdocs.example.fr>",
        "sys": "role",
        "subj": "30 minutes pour améliorer Mesdocs ? (bon d'achat de 30 euros)",
        "date": "2026-04-07 14:00",
        "text": (
            "Bonjour,\n\n"
            "Vous utilisez Mesdocs pour gérer vos documents administratifs. Notre équipe "
            "produit recherche des utilisateurs pour des entretiens de 30 minutes en visio "
            "afin de comprendre vos usages.\n\n"
            "En remerciement, vous recevrez un bon d'achat de 30 euros. Réservez votre "
            "créneau : https://mesdocs.example.fr/recherche/creneaux\n\n"
            "Merci !\nL'équipe Recherche utilisateurs"
        ),
        "cte": "qp",
    },
    {
        "id": "oth_colis_retard",
        "kind": "other",
        "lang": "fr",
        "frm": "Colis Express <ne-pas-repondre@colisexpress.example.fr>",
        "sys": True,
        "subj": "Malheureusement, votre colis est retardé",
        "date": "2026-05-02 16:05",
        "hdr": BULK,
        "html": page(
            "Bonjour,\n\n"
            "Malheureusement, votre colis n° CE4471209FR a pris du retard sur notre "
            "plateforme de Ludres. Nous sommes désolés pour ce contretemps.\n\n"
            "Nouvelle date de livraison estimée : mardi 5 mai. Vous pouvez reprogrammer la "
            "livraison ou choisir un point relais depuis votre espace.",
            "Colis Express - Ne pas répondre à ce message.",
            "#f08c00",
        ),
    },
    {
        "id": "oth_bank_position",
        "kind": "other",
        "lang": "fr",
        "frm": "Kalio Banque <notifications@kalio.example.fr>",
        "sys": True,
        "subj": "Position de vos comptes au 30 avril",
        "date": "2026-05-01 06:15",
        "hdr": BULK,
        "text": (
            "Bonjour Clémence,\n\n"
            "La position de vos comptes au 30/04/2026 est disponible dans votre espace "
            "client :\n\n"
            "Compte courant : 2 318,40 EUR\nLivret : 6 050,00 EUR\n\n"
            "Aucune opération refusée ce mois-ci.\n\nKalio Banque"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_gps_position",
        "kind": "other",
        "lang": "fr",
        "frm": "Trakr <no-reply@trakr.example.com>",
        "sys": True,
        "subj": "Antoine a partagé sa position avec vous",
        "date": "2026-06-13 19:47",
        "tz": "utc",
        "text": (
            "Antoine a commencé à partager sa position en temps réel avec vous pendant 1 "
            "heure.\n\n"
            "Position actuelle : Place Stanislas, Nancy.\n\n"
            "Ouvrez l'application Trakr pour suivre son trajet."
        ),
        "cte": "7bit",
        "cs": "utf-8",
    },
    {
        "id": "oth_visite_appart",
        "kind": "other",
        "lang": "fr",
        "frm": "Agence Immobilière Gambetta <location@immo-gambetta.example.fr>",
        "rt": "Franck Husson <f.husson@immo-gambetta.example.fr>",
        "subj": "Visite de l'appartement rue de la Ravinelle - samedi 10h",
        "date": "2026-08-26 12:30",
        "text": (
            "Madame Vautrin,\n\n"
            "Je vous confirme la visite du T3 situé 14 rue de la Ravinelle samedi 29 août "
            "à 10h. Le propriétaire souhaite rencontrer les candidats locataires sur place ; "
            "pensez à apporter votre dossier (trois derniers bulletins de salaire ou, le cas "
            "échéant, votre promesse d'embauche).\n\n"
            "Cordialement,\nFranck Husson\nAgence Immobilière Gambetta"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "oth_medecin_rdv",
        "kind": "other",
        "lang": "fr",
        "frm": "SantéRDV <rappels@santerdv.example.fr>",
        "sys": "role",
        "subj": "Rappel : rendez-vous demain avec Dr Sylvie Mangin",
        "date": "2026-03-02 18:00",
        "hdr": {"Auto-Submitted": "auto-generated"},
        "henc": "b",
        "text": (
            "Bonjour Clémence,\n\n"
            "Rappel de votre rendez-vous : mardi 3 mars 2026 à 17h15\n"
            "Dr Sylvie Mangin - Médecin généraliste\n9 rue des Dominicains, 54000 Nancy\n\n"
            "En cas d'empêchement, pensez à annuler votre rendez-vous pour libérer le "
            "créneau. Les annulations moins de 24 h à l'avance peuvent être facturées.\n\n"
            "SantéRDV"
        ),
        "cte": "qp",
    },
    {
        "id": "oth_dentiste_deplace",
        "kind": "other",
        "lang": "fr",
        "frm": "Cabinet dentaire du Parc <secretariat.dentaire-parc@example.fr>",
        "subj": "Votre rendez-vous du 16 septembre est déplacé",
        "date": "2026-09-09 11:25",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Le Dr Royer étant absent le 16 septembre, votre rendez-vous de détartrage est "
            "déplacé au mercredi 23 septembre à 8h45. Merci de nous appeler au 03 83 96 12 "
            "40 si cet horaire ne vous convient pas.\n\n"
            "Le secrétariat du Cabinet dentaire du Parc"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_ami_refus",
        "kind": "other",
        "lang": "fr",
        "frm": "Manon Léger <manon.leger@example.net>",
        "subj": "bon ben c'est non pour moi...",
        "date": "2026-04-21 22:41",
        "text": (
            "Coucou Clémence,\n\n"
            "Je viens de recevoir le refus de l'agence de Strasbourg, après trois "
            "entretiens ! « Nous avons décidé de poursuivre avec un autre candidat », "
            "classique. Je suis dégoûtée.\n\n"
            "Et toi, ton entretien à Épinal c'était quand déjà ? Raconte-moi, ça me "
            "changera les idées. On se fait un verre vendredi ?\n\nBisous,\nManon"
        ),
        "cte": "8bit",
    },
    {
        "id": "oth_ami_fwd_invite",
        "kind": "other",
        "lang": "fr",
        "frm": "Julien Marchand <julien.marchand@example.org>",
        "subj": "TR: Invitation à un entretien - Consultant relations presse",
        "date": "2026-05-12 21:03",
        "text": (
            "Salut Clémence,\n\n"
            "Regarde ce que j'ai reçu ce matin ! Tu connais Sidero Conseil ? Tu aurais des "
            "conseils pour un entretien en agence de RP, toi qui en as passé plein cette "
            "année ?\n\nMerci d'avance,\nJulien"
        ),
        "fwd": JULIEN_INVITE,
        "cte": "qp",
    },
    {
        "id": "oth_formation_refus",
        "kind": "other",
        "lang": "fr",
        "frm": "Institut Lorrain de Formation Continue <admissions@ilfc.example.fr>",
        "subj": "Admission - Certificat Communication digitale et stratégie de contenus",
        "date": "2026-01-27 15:10",
        "text": (
            "Madame,\n\n"
            "Nous avons bien étudié votre demande d'inscription au certificat "
            "« Communication digitale et stratégie de contenus » (session de mars).\n\n"
            "Nous sommes au regret de vous informer que nous ne pouvons pas vous proposer "
            "de place dans cette session, le nombre de demandes ayant largement dépassé "
            "les 18 places disponibles. Vous êtes inscrite sur liste d'attente pour la "
            "session de septembre.\n\n"
            "Le service des admissions\nInstitut Lorrain de Formation Continue"
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "oth_headhunter_altitude",
        "kind": "other",
        "lang": "fr",
        "frm": "Thibault Mercier <thibault.mercier@altitude-search.example.fr>",
        "subj": "Votre profil - échange confidentiel ?",
        "date": "2026-09-29 08:17",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Je suis chasseur de têtes chez Altitude Search, spécialisé dans les fonctions "
            "communication et affaires publiques. Votre double compétence journalisme / "
            "communication corporate est rare, et plusieurs de nos clients recherchent ce "
            "type de profil en ce moment.\n\n"
            "Je n'ai pas de poste précis à vous présenter aujourd'hui, mais je serais ravi "
            "de faire votre connaissance pour mieux cerner vos envies.\n\n"
            "Bien à vous,"
            + sig(
                "Thibault Mercier",
                "Associé - Altitude Search",
                "18 avenue Hoche, 75008 Paris",
                "+33 1 84 60 22 71",
            )
        ),
        "cte": "qp",
    },
    {
        "id": "oth_own_application_opaline",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": OPAL,
        "subj": "Candidature - Responsable contenu & marque",
        "date": "2026-08-18 09:42",
        "text": (
            "Bonjour Monsieur Lenoir,\n\n"
            "Journaliste depuis douze ans à Nancy, dont six en rubrique économie, je "
            "souhaite mettre mon expérience de l'écriture et de l'enquête au service de la "
            "marque Opaline. Vous trouverez ci-joint mon CV et une lettre de motivation "
            "pour le poste de responsable contenu & marque.\n\n"
            "Je serais heureuse d'échanger avec vous sur vos projets éditoriaux.\n\n"
            "Bien cordialement,\n" + CAND_SIG
        ),
        "att": [
            (
                "CV_Clemence_Vautrin.pdf",
                [
                    "Clemence Vautrin - Journaliste / Communication",
                    "Nancy - 06 41 27 83 90",
                    "2014-2026 : journaliste, rubrique economie",
                ],
            ),
            (
                "Lettre_motivation_Opaline.pdf",
                ["Lettre de motivation - Responsable contenu & marque"],
            ),
        ],
        "cte": "qp",
    },
    {
        "id": "oth_own_reschedule_fedebeton",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": FEDEB,
        "subj": "Demande de report de notre rendez-vous",
        "date": "2026-02-24 07:58",
        "text": (
            "Bonjour Monsieur Vigneron,\n\n"
            "Merci pour la nouvelle date proposée. Je suis malheureusement en reportage à "
            "Bruxelles le 26 février : serait-il possible de décaler notre entretien au "
            "lundi 2 mars, à l'heure qui vous arrange ?\n\n"
            "Avec mes excuses pour ce contretemps,\nClémence Vautrin"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_ooo_fr",
        "kind": "other",
        "lang": "fr",
        "frm": "Charles Vigneron <c.vigneron@fedebeton-ge.example.fr>",
        "subj": "Réponse automatique : Demande de report de notre rendez-vous",
        "date": "2026-02-24 07:58",
        "hdr": OOO,
        "parent": "oth_own_reschedule_fedebeton",
        "text": (
            "Bonjour,\n\n"
            "Je suis absent du bureau jusqu'au mercredi 25 février inclus, avec un accès "
            "limité à ma messagerie. Pour toute urgence, merci de contacter le secrétariat "
            "au 03 83 27 60 10.\n\nCharles Vigneron"
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "oth_portalis_webinaire",
        "kind": "other",
        "lang": "fr",
        "frm": "Portalis <newsletter@portalis.example.fr>",
        "sys": True,
        "subj": "Webinaire : le portage salarial pour les communicants indépendants",
        "date": "2026-07-15 11:00",
        "hdr": listhdr("<actus.portalis.example.fr>", "https://portalis.example.fr/unsub/ab12"),
        "html": page(
            "Bonjour Clémence,\n\n"
            "Vous hésitez entre salariat et freelance ? Rejoignez notre webinaire gratuit "
            "jeudi 23 juillet à 12h30 : statut, simulation de revenus, témoignages de "
            "consultantes en communication portées.\n\n"
            "Inscription en un clic, replay envoyé à tous les inscrits.",
            "Portalis - portage salarial. Se désinscrire.",
            "#0ca678",
        ),
        "cte": "qp",
    },
    {
        "id": "oth_redaction_interview",
        "kind": "other",
        "lang": "fr",
        "frm": "Patrice Hennequin <p.hennequin@lestafette.example.fr>",
        "subj": "Ton interview du maire décalée à lundi",
        "date": "2026-01-16 17:55",
        "text": (
            "Clémence,\n\n"
            "Le cabinet du maire vient d'appeler : l'interview prévue demain est décalée à "
            "lundi 14h, même lieu. Ça nous arrange, on la passera dans l'édition de mardi.\n\n"
            "Pense à m'envoyer ta pige sur la foire aux vins d'ici ce soir.\n\n"
            "Patrice\nChef d'édition - L'Estafette de l'Est"
        ),
        "cte": "8bit",
    },
    {
        "id": "oth_reseaupro_vues",
        "kind": "other",
        "lang": "fr",
        "frm": "RéseauPro <notifications@reseaupro.example.com>",
        "sys": True,
        "subj": "Votre profil a été consulté 14 fois cette semaine",
        "date": "2026-04-13 09:00",
        "tz": "utc",
        "hdr": BULK,
        "html": page(
            "Bonjour Clémence,\n\n"
            "Votre profil a été consulté 14 fois cette semaine, notamment par des "
            "recruteurs de Metz et du Luxembourg.\n\n"
            "Astuce : ajoutez la mention « Ouverte aux opportunités » pour apparaître dans "
            "plus de recherches et recevoir des invitations à postuler.",
            "Se désabonner de ces e-mails",
            "#0a66c2",
        ),
    },
    {
        "id": "oth_own_followup_pont",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": "Lou Ferrandi <lou.ferrandi@pontlevis.example.fr>",
        "subj": "Nouvelle date pour notre rencontre ?",
        "date": "2026-03-17 09:30",
        "text": (
            "Bonjour Lou,\n\n"
            "J'espère que la générale s'est bien passée ! Je me permets de revenir vers toi "
            "pour caler une nouvelle date de rencontre avec Paul. Je suis disponible toute "
            "la semaine prochaine, sauf mercredi matin.\n\nÀ bientôt,\nClémence"
        ),
        "cte": "qp",
    },
    # ============================================================== English
    {
        "id": "oth_alert_jobradar",
        "kind": "other",
        "lang": "en",
        "frm": "JobRadar Europe <alerts@jobradar.example.com>",
        "sys": True,
        "subj": "Your weekly digest: 8 new Content Marketing jobs in Luxembourg",
        "date": "2026-06-01 05:00",
        "tz": "utc",
        "hdr": listhdr(
            "<weekly-digest.jobradar.example.com>",
            "https://jobradar.example.com/unsubscribe?id=77c1",
        ),
        "text": (
            "Hi Clémence,\n\n"
            '8 new jobs match your saved search "content marketing - Luxembourg":\n\n'
            "* Content Marketing Manager - fintech - Luxembourg City\n"
            "* Communications Officer - EU agency - Kirchberg (interview process: 3 rounds)\n"
            "* Copywriter (FR/EN) - retail - Bertrange\n\n"
            "Career tip: Rejection stings. Unfortunately most applicants hear nothing at "
            "all - so if you got an interview, ask for feedback!\n\n"
            "Unsubscribe: https://jobradar.example.com/unsubscribe?id=77c1"
        ),
        "cte": "7bit",
    },
    {
        "id": "oth_podcast_newsroom",
        "kind": "other",
        "lang": "en",
        "frm": "Daniel Okafor <dan@newsroomtoboardroom.example.com>",
        "subj": "Podcast interview request - Newsroom to Boardroom",
        "date": "2026-09-17 15:12",
        "tz": "uk",
        "text": (
            "Hi Clémence,\n\n"
            "I host Newsroom to Boardroom, a podcast about journalists who moved into "
            "corporate communications. A mutual contact mentioned your journey and I'd "
            "love to interview you for an episode - about 45 minutes, recorded remotely "
            "whenever suits you in October.\n\n"
            "No pressure at all; just reply if you're interested.\n\nCheers,\nDan Okafor"
        ),
    },
    {
        "id": "oth_own_application_kestrel",
        "kind": "other",
        "lang": "en",
        "frm": CANDIDATE,
        "to": KESTREL,
        "subj": "Application: Brand Storyteller",
        "date": "2026-07-10 08:05",
        "text": (
            "Dear Mr Weber,\n\n"
            "Please find attached my application for the Brand Storyteller role. After "
            "twelve years as a journalist in north-eastern France, covering business and "
            "cross-border affairs, I would love to help Kestrel turn its customer successes "
            "into stories people actually read.\n\n"
            "Kind regards,\nClémence Vautrin\n+33 6 41 27 83 90"
        ),
        "att": [
            (
                "Clemence_Vautrin_CV_EN.pdf",
                [
                    "Clemence Vautrin - Journalist turned content strategist",
                    "Nancy, France - clemence.vautrin@example.fr",
                ],
            )
        ],
    },
    {
        "id": "oth_ooo_en",
        "kind": "other",
        "lang": "en",
        "frm": LUMI,
        "subj": "Automatic reply: Re: Your offer from Lumivox",
        "date": "2026-10-08 21:14",
        "hdr": OOO,
        "parent": "lumi_counter_own",
        "text": (
            "Hi,\n\n"
            "Thanks for your email. I'm out of the office until Monday 12 October with no "
            "access to email. For anything urgent please contact talent@lumivox.example.lu."
            "\n\nBest,\nMaja"
        ),
    },
    # ============================================================== German
    {
        "id": "oth_news_jobfinder",
        "kind": "other",
        "lang": "de",
        "frm": "Jobfinder Saar <newsletter@jobfinder-saar.example.de>",
        "sys": True,
        "subj": "Absage erhalten? So bereiten Sie das nächste Vorstellungsgespräch vor",
        "date": "2026-05-09 07:30",
        "hdr": listhdr(
            "<karriere-news.jobfinder-saar.example.de>",
            "https://jobfinder-saar.example.de/abmelden?k=4410",
        ),
        "html": page(
            "Karriere-Newsletter Mai\n\n"
            "Absage erhalten? Leider gehört das zur Jobsuche dazu. Wir zeigen Ihnen, wie "
            "Sie aus jeder Absage lernen und sich optimal auf das nächste "
            "Vorstellungsgespräch vorbereiten.\n\n"
            "Außerdem: 30 neue Stellen in Kommunikation und Marketing im Saarland - "
            "Einladung zu unserer Jobmesse am 20. Mai in Saarbrücken.",
            "Newsletter abbestellen",
            "#1864ab",
        ),
        "cte": "qp",
    },
    {
        "id": "oth_paket_verspaetet",
        "kind": "other",
        "lang": "de",
        "frm": "PaketBlitz <keine-antwort@paketblitz.example.de>",
        "sys": "role",
        "subj": "Leider verzögert sich Ihre Sendung",
        "date": "2026-09-01 13:13",
        "hdr": BULK,
        "text": (
            "Guten Tag,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 00340434 1191 8834 aufgrund "
            "eines erhöhten Paketaufkommens. Neuer voraussichtlicher Zustelltermin: "
            "Donnerstag, 3. September.\n\n"
            "Wir bitten um Entschuldigung.\nIhr PaketBlitz-Team"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_arzt_termin",
        "kind": "other",
        "lang": "de",
        "frm": "Praxis Dr. Weinmann <praxis@dr-weinmann.example.de>",
        "subj": "Terminbestätigung Hautarztpraxis",
        "date": "2026-06-18 08:20",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "hiermit bestätigen wir Ihren Termin am Montag, 29. Juni 2026, um 8:40 Uhr in "
            "unserer Praxis, Bahnhofstraße 9, Saarbrücken. Bitte bringen Sie Ihre "
            "Europäische Krankenversicherungskarte mit.\n\n"
            "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 "
            "Stunden vorher ab.\n\nIhr Praxisteam Dr. Weinmann"
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "oth_wohnung_besichtigung",
        "kind": "other",
        "lang": "de",
        "frm": "Hausverwaltung Kaltenbach <vermietung@hv-kaltenbach.example.de>",
        "rt": "Petra Lindner <p.lindner@hv-kaltenbach.example.de>",
        "subj": "Besichtigungstermin Wohnung Nauwieser Straße",
        "date": "2026-07-01 14:45",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "gern können Sie die 2-Zimmer-Wohnung in der Nauwieser Straße 21 am Samstag, "
            "4. Juli, um 11 Uhr besichtigen. Es handelt sich um eine Sammelbesichtigung; "
            "bitte bringen Sie eine Selbstauskunft und einen Einkommensnachweis mit.\n\n"
            "Mit freundlichen Grüßen\nPetra Lindner\nHausverwaltung Kaltenbach"
        ),
        "cte": "qp",
    },
    {
        "id": "oth_freundin_absage",
        "kind": "other",
        "lang": "de",
        "frm": "Katrin Böhm <katrin.boehm@example.de>",
        "subj": "Absage vom Verlag :(",
        "date": "2026-04-26 20:17",
        "text": (
            "Hallo Clémence,\n\n"
            "kurzes Update von mir: Der Verlag in Trier hat mir heute abgesagt. Nach zwei "
            'Vorstellungsgesprächen! Sie hätten sich "für eine Kandidatin mit mehr '
            'Erfahrung im Digitalbereich entschieden". Na ja.\n\n'
            "Wie läuft es bei dir mit dem Theater in Saarbrücken? Drück dir die Daumen!\n\n"
            "Liebe Grüße\nKatrin"
        ),
        "cs": "utf-8",
        "cte": "8bit",
    },
    {
        "id": "oth_radio_saarwelle",
        "kind": "other",
        "lang": "de",
        "frm": "Jonas Reiter <j.reiter@saarwelle.example.de>",
        "subj": "Interviewanfrage: Grenzgänger-Reportage",
        "date": "2026-02-19 11:35",
        "text": (
            "Liebe Frau Vautrin,\n\n"
            'für unsere Sendung "Grenzenlos" auf Radio Saarwelle suchen wir eine '
            "französische Journalistin, die über Pendler zwischen Lothringen und dem "
            "Saarland berichtet hat. Hätten Sie Zeit für ein kurzes Interview (ca. 15 "
            "Minuten) am Telefon, gern auch auf Französisch?\n\n"
            "Beste Grüße\nJonas Reiter\nRedaktion Grenzenlos, Radio Saarwelle"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_own_bewerbung_thsa",
        "kind": "other",
        "lang": "de",
        "frm": CANDIDATE,
        "to": THSA,
        "subj": "Bewerbung als Referentin für Presse- und Öffentlichkeitsarbeit",
        "date": "2026-06-05 10:20",
        "text": (
            "Sehr geehrter Herr Martens,\n\n"
            "mit großem Interesse habe ich Ihre Ausschreibung gelesen. Als Kulturjournalistin "
            "aus Nancy kenne ich die Theaterlandschaft der Großregion gut und würde mich "
            "freuen, Ihr Haus in der Presse- und Öffentlichkeitsarbeit zu unterstützen.\n\n"
            "Meine Unterlagen finden Sie im Anhang.\n\n"
            "Mit freundlichen Grüßen\nClémence Vautrin"
        ),
        "att": [
            ("Bewerbung_Vautrin.pdf", ["Clemence Vautrin - Lebenslauf", "Journalistin, Nancy"])
        ],
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_ooo_de",
        "kind": "other",
        "lang": "de",
        "frm": SWK,
        "subj": "Abwesenheitsnotiz: Re: Einladung zum Telefoninterview",
        "date": "2026-01-23 18:40",
        "hdr": OOO,
        "text": (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 26. Januar nicht im "
            "Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie "
            "sich bitte an presse@stadtwerke-kerlingen.example.de.\n\n"
            "Mit freundlichen Grüßen\nTill Brandauer"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "oth_sprachkurs_ausgebucht",
        "kind": "other",
        "lang": "de",
        "frm": "Volkshochschule Saarbrücken-Mitte <anmeldung@vhs-sbmitte.example.de>",
        "subj": "Ihre Anmeldung: Deutsch C1 Beruf (Kurs 26B-114)",
        "date": "2026-08-12 09:05",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "leider können wir Ihre Anmeldung für den Kurs Deutsch C1 Beruf (26B-114) nicht "
            "berücksichtigen, da der Kurs bereits ausgebucht ist. Wir haben Sie auf die "
            "Warteliste gesetzt und informieren Sie, falls ein Platz frei wird.\n\n"
            "Mit freundlichen Grüßen\nIhre Volkshochschule"
        ),
        "cte": "qp",
    },
    # ============================================================== Spanish
    {
        "id": "oth_alert_empleoradar",
        "kind": "other",
        "lang": "es",
        "frm": "EmpleoRadar <alertas@empleoradar.example.es>",
        "sys": True,
        "subj": "5 ofertas nuevas para ti: comunicación corporativa en Madrid",
        "date": "2026-04-27 07:10",
        "hdr": listhdr(
            "<alertas.empleoradar.example.es>", "https://empleoradar.example.es/baja?t=q81"
        ),
        "text": (
            "Hola Clémence:\n\n"
            "Estas son las nuevas ofertas de tu alerta:\n\n"
            "- Técnico/a de comunicación corporativa - Grupo energético - Madrid\n"
            "- Redactor/a de contenidos bilingüe - Startup - Madrid (entrevista online)\n"
            "- Responsable de prensa - Fundación cultural - Alcalá de Henares\n\n"
            "Consejo: si recibes un rechazo, lamentablemente no siempre te dirán por qué. "
            "Pide feedback con educación.\n\n"
            "Darse de baja: https://empleoradar.example.es/baja?t=q81"
        ),
        "html": page(
            "Hola Clémence:\n\n"
            "Estas son las nuevas ofertas de tu alerta:\n\n"
            "Técnico/a de comunicación corporativa - Grupo energético - Madrid\n"
            "Redactor/a de contenidos bilingüe - Startup - Madrid (entrevista online)\n"
            "Responsable de prensa - Fundación cultural - Alcalá de Henares\n\n"
            "Consejo: si recibes un rechazo, lamentablemente no siempre te dirán por qué. "
            "Pide feedback con educación.",
            "Darse de baja",
            "#fd7e14",
        ),
        "cte": "qp",
    },
    {
        "id": "oth_pedido_retraso",
        "kind": "other",
        "lang": "es",
        "frm": "Librería Quimera <pedidos@libreriaquimera.example.es>",
        "sys": "role",
        "subj": "Lamentablemente tu pedido llega con retraso",
        "date": "2026-05-28 12:00",
        "hdr": BULK,
        "text": (
            "Hola Clémence:\n\n"
            "Lamentablemente, tu pedido n.º 55821 (3 libros) sufrirá un retraso de unos "
            "días por problemas con la distribuidora. Lo recibirás, como muy tarde, el 5 de "
            "junio.\n\nDisculpa las molestias,\nLibrería Quimera"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_amiga_rechazo",
        "kind": "other",
        "lang": "es",
        "frm": "Carmen Rubio <carmen.rubio@example.net>",
        "subj": "RV: Su candidatura en Aurora Viajes",
        "date": "2026-06-22 20:55",
        "text": (
            "Clémence, mira lo que me han mandado hoy... Otro rechazo más. Ya van cuatro "
            "este mes. ¿Tú cómo lo llevas con lo de Madrid? Cuéntame algo bueno, porfa.\n\n"
            "Besos,\nCarmen"
        ),
        "fwd": CARMEN_REJECTION,
        "cte": "8bit",
    },
    {
        "id": "oth_revista_entrevista",
        "kind": "other",
        "lang": "es",
        "frm": "Sergio Lanza <slanza@revistameseta.example.es>",
        "subj": "Entrevista para Revista Meseta",
        "date": "2026-03-19 13:37",
        "text": (
            "Hola Clémence:\n\n"
            "Soy periodista de Revista Meseta. Estamos preparando un reportaje sobre "
            "periodistas europeos que trabajan entre varios países y me encantaría "
            "entrevistarte. Serían unos 30 minutos por videollamada, cuando te venga "
            "bien la semana que viene.\n\n"
            "Un saludo,\nSergio Lanza"
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "oth_own_confirm_arniches",
        "kind": "other",
        "lang": "es",
        "frm": CANDIDATE,
        "to": ARNICHES,
        "subj": "Re: ¿Te vienes a una jornada de prueba?",
        "date": "2026-09-15 21:12",
        "parent": "inv_arniches_prueba",
        "quote": "gmail",
        "text": (
            "¡Hola Irene!\n\n"
            "Muchísimas gracias, me hace mucha ilusión. El lunes 21 me viene perfecto, allí "
            "estaré a las 10:00.\n\nUn abrazo,\nClémence"
        ),
        "cte": "qp",
    },
    {
        "id": "oth_ooo_es",
        "kind": "other",
        "lang": "es",
        "frm": SIERRA,
        "subj": "Respuesta automática: Re: Convocatoria a entrevista personal",
        "date": "2026-05-19 19:02",
        "hdr": OOO,
        "parent": "sierra_ask_own",
        "text": (
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de mayo. Lo "
            "atenderé a mi regreso.\n\nNuria Belmonte"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "oth_curso_denegado",
        "kind": "other",
        "lang": "es",
        "frm": "Escuela de Comunicación del Retiro <admisiones@ecretiro.example.es>",
        "subj": "Resolución de admisión: Curso de Marketing de Contenidos",
        "date": "2026-01-14 17:40",
        "text": (
            "Estimada Clémence:\n\n"
            "Lamentamos informarle de que no ha obtenido plaza en el Curso de Marketing de "
            "Contenidos (edición de primavera). Las 25 plazas se han adjudicado por orden "
            "de puntuación. Puede volver a solicitarlo en la edición de otoño.\n\n"
            "Atentamente,\nSecretaría de Admisiones"
        ),
        "cte": "b64",
    },
    {
        "id": "oth_own_thanks_datacanto",
        "kind": "other",
        "lang": "es",
        "frm": CANDIDATE,
        "to": DATACANTO,
        "subj": "Gracias por la respuesta",
        "date": "2026-03-26 09:15",
        "text": (
            "Hola Laura:\n\n"
            "Gracias por avisarme, aunque la noticia no sea la que esperaba. Si en algún "
            "momento buscáis a alguien para contenidos en francés, me encantaría que "
            "pensarais en mí.\n\nUn saludo,\nClémence Vautrin"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
]
