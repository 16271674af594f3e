"""Corpus 324: French mail that is not news about an application (28): her own mail,
digests, newsletters and the everyday traps (parcels, appointments, viewings, friends)."""

from __future__ import annotations

from msgs324_common import ME, MY_SIGNATURE

BULK_FR = {
    "Precedence": "bulk",
    "List-Unsubscribe": "<https://ouest-emploi-finance.example.fr/desabonnement?u=mq29>, "
                        "<mailto:unsubscribe@ouest-emploi-finance.example.fr>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": "Alertes emploi Ouest Emploi Finance <alertes.ouest-emploi-finance.example.fr>",
}

MESSAGES = [
    # --- her own mail ---------------------------------------------------------------------
    {
        "id": "bci_own_app", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-08T20:35:00+02:00", "frm": ME,
        "to": [("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr")],
        "subject": "Candidature – Analyste LCB-FT (réf. BCI-2026-114)",
        "text": (
            "Madame Le Gall,\n\n"
            "Je viens de déposer ma candidature sur votre site pour le poste d'Analyste LCB-FT "
            "(réf. BCI-2026-114) et me permets de vous l'adresser également directement.\n\n"
            "Guichetière depuis six ans au sein d'une agence brestoise, je traite au quotidien "
            "les ouvertures de compte, les opérations en espèces et les premières alertes sur "
            "les opérations inhabituelles. J'ai obtenu en 2025 la certification "
            "professionnelle en conformité bancaire et je souhaite aujourd'hui rejoindre une "
            "équipe LCB-FT.\n\n"
            "Vous trouverez mon CV et ma lettre de motivation en pièces jointes.\n\n"
            "Je vous prie d'agréer, Madame, mes salutations distinguées.\n\n" + MY_SIGNATURE
        ),
        "pdfs": [("CV_Maelle_Quemeneur.pdf",
               ["Maëlle Quéméneur - Brest", "Guichetière / conseillère accueil, 2020-2026",
                "Certification professionnelle conformité bancaire (2025)",
                "Objectif : analyste LCB-FT"])],
    },
    {
        "id": "cso_own_thanks", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-03-06T08:12:00+01:00", "frm": ME,
        "to": [("Hélène Bodin", "helene.bodin@caisse-solidaire-ouest.example.fr")],
        "subject": "Merci pour l'entretien du 4 mars",
        "quote": "cso_inv2",
        "text": (
            "Bonjour Madame Bodin,\n\n"
            "Je tenais à vous remercier, ainsi que Monsieur Guérin, pour l'accueil de mercredi. "
            "L'étude de cas sur les virements fractionnés m'a beaucoup plu et a confirmé mon "
            "envie de rejoindre une équipe LCB-FT.\n\n"
            "Je reste à votre disposition pour tout complément.\n\n"
            "Bien cordialement,\n" + MY_SIGNATURE
        ),
    },
    {
        "id": "ponant_own_apology", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-02-12T12:40:00+01:00", "frm": ME,
        "to": [("Loïc Kerbrat", "loic.kerbrat@assurances-ponant.example.fr")],
        "subject": "Re: Journée d'immersion de ce matin",
        "quote": "ponant_missed",
        "text": (
            "Bonjour Monsieur Kerbrat,\n\n"
            "Je suis sincèrement désolée : j'avais noté le jeudi 19 dans mon agenda au lieu du "
            "12, et mon téléphone était en mode avion à l'agence. Je serai ravie de venir le "
            "19 février à 8h45 si la proposition tient toujours.\n\n"
            "Avec toutes mes excuses,\nMaëlle Quéméneur"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "mbi_own_resch_request", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-01T19:02:00+02:00", "frm": ME,
        "to": [("Tiphaine Rault", "tiphaine.rault@mbi-rennes.example.fr")],
        "subject": "Demande de report – entretien du 8 avril",
        "quote": "mbi_inv",
        "text": (
            "Bonjour Madame Rault,\n\n"
            "Merci beaucoup pour cette invitation. Je suis de permanence à l'agence le 8 avril "
            "et ne peux pas me libérer ; serait-il possible de décaler l'entretien à la semaine "
            "suivante ?\n\nBien à vous,\nMaëlle Quéméneur"
        ),
    },
    {
        "id": "finesse_own_application", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-07T21:15:00+02:00", "frm": ME,
        "to": [("Julie Moreau", "julie.moreau@finesse-rh.example.fr")],
        "subject": "Poste analyste LCB-FT – établissement de paiement (Paris 9e)",
        "text": (
            "Bonjour Madame Moreau,\n\n"
            "J'ai vu votre annonce pour un poste d'analyste LCB-FT dans un établissement de "
            "paiement à Paris. Je vous joins mon CV : six ans au guichet, certification "
            "conformité bancaire, et une mission d'intérim en cours au service conformité du "
            "Crédit Finistérien.\n\n"
            "Je suis mobile sur Paris.\n\nCordialement,\n" + MY_SIGNATURE
        ),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "id": "lka_own_followup", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-30T09:30:00+02:00", "frm": ME,
        "to": [("Camille Fabre", "camille.fabre@lebrun-kessler.example.fr")],
        "subject": "Re: Report de votre entretien vidéo du 24 avril",
        "quote": "lka_resch",
        "text": (
            "Bonjour Madame Fabre,\n\n"
            "Je me permets de revenir vers vous : le lien de réservation n'affiche plus aucun "
            "créneau. Pourriez-vous m'indiquer vos disponibilités ?\n\n"
            "Bien cordialement,\nMaëlle Quéméneur"
        ),
    },
    {
        "id": "bci_own_thanks", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-03T07:55:00+02:00", "frm": ME,
        "to": [("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr")],
        "subject": "Re: Mise à jour : Entretien Analyste LCB-FT déplacé au jeudi 2 juillet",
        "quote": "bci_resch",
        "text": (
            "Bonjour Soizic,\n\n"
            "Un grand merci à vous et à Monsieur Prigent pour l'entretien d'hier. J'ai "
            "apprécié la présentation du dispositif de surveillance et la place laissée aux "
            "agences dans la remontée des alertes.\n\n"
            "Je reste très motivée par ce poste.\n\nBelle journée,\nMaëlle"
        ),
    },
    {
        "id": "bci_own_accept", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-09-07T18:20:00+02:00", "frm": ME,
        "to": [("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr")],
        "subject": "RE: Promesse d'embauche – Mme Quéméneur",
        "quote": "bci_offer_letter",
        "text": (
            "Bonjour Soizic,\n\n"
            "Je vous retourne ci-joint la promesse d'embauche signée. Je suis ravie de "
            "rejoindre la Direction de la Conformité le 2 novembre !\n\n"
            "Je pose ma démission à l'agence dès demain.\n\nMaëlle"
        ),
        "pdfs": [("Promesse_signee.pdf",
               ["Promesse d'embauche - bon pour accord", "Maëlle Quéméneur", "Brest, le 7/09/2026"])],
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # --- head-hunter, auto-replies, platform -------------------------------------------
    {
        "id": "arvor_cold", "kind": "other", "lang": "fr", "company": "", "contact": "erwan.cadiou@arvor-talents.example.fr",
        "date": "2026-02-23T12:48:00+01:00",
        "frm": ("Erwan Cadiou", "erwan.cadiou@arvor-talents.example.fr"),
        "subject": "Échange – poste conformité assurance",
        "subj_enc": ("b", "windows-1252"),
        "text": (
            "Bonjour Maëlle,\n\n"
            "Je me permets de vous contacter car votre parcours (guichet, puis mission en "
            "conformité) correspond à un type de profil que recherchent plusieurs de mes "
            "clients dans l'assurance et la banque en Bretagne.\n\n"
            "Seriez-vous ouverte à un échange téléphonique pour faire connaissance ? Rien "
            "d'urgent, c'est surtout pour comprendre votre projet.\n\n"
            "Erwan Cadiou | Consultant senior Banque & Assurance\nArvor Talents – Rennes\n"
            "06 72 14 90 38"
        ),
    },
    {
        "id": "cso_ooo", "kind": "other", "lang": "fr", "company": "",
        "contact": "helene.bodin@caisse-solidaire-ouest.example.fr",
        "date": "2026-03-06T08:12:30+01:00",
        "frm": ("Hélène Bodin", "helene.bodin@caisse-solidaire-ouest.example.fr"),
        "subject": "Réponse automatique : Merci pour l'entretien du 4 mars",
        "reply": "cso_own_thanks",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": (
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 16 mars inclus, sans accès à ma "
            "messagerie. Votre message sera traité à mon retour.\n\n"
            "Pour toute urgence, merci de contacter recrutement@caisse-solidaire-ouest.example.fr.\n\n"
            "Hélène Bodin"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "freelanzo_digest", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-25T07:00:00+02:00",
        "frm": ("Freelanzo", "newsletter@freelanzo.example.com"),
        "subject": "7 nouvelles missions conformité pour vous cette semaine",
        "headers": {"Precedence": "bulk",
                 "List-Id": "Freelanzo missions <missions.freelanzo.example.com>",
                 "List-Unsubscribe": "<https://www.freelanzo.example.com/unsubscribe/mq>"},
        "text": (
            "Bonjour Maëlle,\n\n"
            "Voici les missions qui correspondent à votre profil :\n\n"
            "- Analyste KYC – néobanque – Paris/remote – 25 jours\n"
            "- Revue de dossiers LCB-FT – assureur – Nantes – 3 mois\n"
            "- Rédaction de procédures conformité – fintech – remote\n\n"
            "Astuce de la semaine : après un refus, demandez toujours un retour au client. "
            "Les freelances qui relancent décrochent 30 % d'entretiens en plus.\n\n"
            "Vous ne souhaitez plus recevoir ces e-mails ? Désabonnez-vous."
        ),
        "html": True, "brand": "Freelanzo", "colour": "#ff5a3c",
    },
    {
        "id": "reseaupro_notif", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-29T19:12:00+02:00",
        "frm": ("Réseaupro", "notifications@reseaupro.example.com"),
        "name_enc": ("q", "utf-8"),
        "subject": "3 recruteurs ont consulté votre profil",
        "text": (
            "Maëlle, votre profil attire l'attention !\n\n"
            "3 recruteurs ont consulté votre profil cette semaine, dont un chargé de "
            "recrutement d'une banque mutualiste à Brest.\n\n"
            "Passez à Réseaupro Premium pour savoir qui et leur envoyer un message.\n\n"
            "Réseaupro – Paramètres de notification"
        ),
        "html": True, "colour": "#0b66c2", "brand": "Réseaupro",
    },
    # --- digests and newsletters --------------------------------------------------------
    {
        "id": "alerte_emploi_fr", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-01-22T06:30:00+01:00",
        "frm": ("Ouest Emploi Finance", "alertes@ouest-emploi-finance.example.fr"),
        "subject": "Votre alerte « conformité Bretagne » : 12 nouvelles offres",
        "subj_enc": ("q", "iso-8859-1"),
        "headers": BULK_FR,
        "text": (
            "Bonjour,\n\n"
            "12 nouvelles offres correspondent à votre alerte « conformité Bretagne » :\n\n"
            "• Analyste LCB-FT H/F – banque mutualiste – Brest – CDI\n"
            "• Chargé(e) de conformité – assurance – Rennes – CDI\n"
            "• Contrôleur permanent – Nantes – CDD 12 mois\n\n"
            "Le conseil de la semaine : « Entretien d'embauche : 5 questions pièges en "
            "conformité ». Malheureusement, beaucoup de candidats ne préparent pas la "
            "question du refus d'une opération suspecte.\n\n"
            "Pour modifier ou supprimer cette alerte, rendez-vous dans votre espace."
        ),
        "html": True, "brand": "Ouest Emploi Finance", "colour": "#154360",
    },
    {
        "id": "lettre_conformite", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-03-12T08:00:00+01:00",
        "frm": ("La Lettre Conformité & Carrières", "lettre@conformite-carrieres.example.fr"),
        "subject": "N° 47 – Rebondir après un refus, réussir son entretien, salaires 2026",
        "headers": {"Precedence": "list",
                 "List-Id": "La Lettre Conformite <lettre.conformite-carrieres.example.fr>",
                 "List-Unsubscribe": "<mailto:leave-47@conformite-carrieres.example.fr>"},
        "html": (
            "<html><body style=\"font-family:Georgia,serif;max-width:640px\">"
            "<h1>La Lettre Conformité &amp; Carrières – n° 47</h1>"
            "<h2>Rebondir après un refus</h2>"
            "<p>« Nous sommes au regret de ne pas donner suite à votre candidature » : la "
            "phrase est redoutée. Trois recruteurs expliquent comment transformer un refus en "
            "contact utile.</p>"
            "<h2>Entretien : la question de la déclaration de soupçon</h2>"
            "<p>Quand on vous invite à un entretien pour un poste d'analyste, préparez un "
            "exemple concret d'alerte traitée.</p>"
            "<h2>Baromètre des salaires 2026</h2>"
            "<p>Analyste LCB-FT junior en région : 33 à 38 k€.</p>"
            "<p style=\"font-size:11px\">Vous recevez cette lettre car vous y êtes abonnée. "
            "<a href=\"https://conformite-carrieres.example.fr/desinscription\">Se "
            "désinscrire</a></p></body></html>\n"
        ),
        "text": None, "cte": "quoted-printable",
    },
    {
        "id": "webinaire_entretien", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-14T12:00:00+02:00",
        "frm": ("Académie Conformité", "evenements@academie-conformite.example.fr"),
        "subject": "Webinaire gratuit jeudi : réussir son entretien d'analyste LCB-FT",
        "headers": {"Precedence": "bulk",
                 "List-Unsubscribe": "<https://academie-conformite.example.fr/u/8812>"},
        "text": (
            "Bonjour,\n\n"
            "Jeudi 21 mai à 12h30, notre webinaire « Décrocher son premier poste en "
            "conformité » : simulation d'entretien en direct, erreurs fréquentes, et comment "
            "réagir à un refus.\n\n"
            "Inscription : https://academie-conformite.example.fr/webinaires/entretien\n\n"
            "L'équipe de l'Académie Conformité"
        ),
        "html": True, "brand": "Académie Conformité", "colour": "#7a1f5c",
    },
    # --- everyday traps ------------------------------------------------------------------
    {
        "id": "radio_iroise", "kind": "other", "lang": "fr", "company": "",
        "contact": "pauline.guivarch@radio-iroise.example.fr",
        "date": "2026-02-18T15:20:00+01:00",
        "frm": ("Pauline Guivarc'h", "pauline.guivarch@radio-iroise.example.fr"),
        "subject": "Demande d'interview – émission « Métiers d'ici »",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Je prépare pour Radio Iroise une émission sur les métiers de la banque qui "
            "évoluent, et votre ancienne collègue m'a parlé de votre reconversion vers la "
            "conformité.\n\n"
            "Accepteriez-vous une interview d'une dizaine de minutes, enregistrée dans nos "
            "studios du port de commerce le mercredi 4 mars à 11h ? Elle serait diffusée le "
            "samedi suivant.\n\n"
            "Pauline Guivarc'h\nJournaliste – Radio Iroise\n02 98 80 54 12"
        ),
    },
    {
        "id": "podcast_reconversion", "kind": "other", "lang": "fr", "company": "",
        "contact": "theo@reconversions-podcast.example.fr",
        "date": "2026-08-27T10:45:00+02:00",
        "frm": ("Théo – Reconversion(s), le podcast", "theo@reconversions-podcast.example.fr"),
        "name_enc": ("b", "utf-8"),
        "subject": "Tu serais partante pour une interview ?",
        "text": (
            "Hello Maëlle,\n\n"
            "Je produis Reconversion(s), un podcast où des gens racontent leur changement de "
            "métier. Ton passage du guichet à la conformité m'intéresse beaucoup !\n\n"
            "L'interview se fait en visio, environ 40 minutes, quand tu veux en septembre. Pas "
            "besoin de préparer quoi que ce soit.\n\nThéo"
        ),
    },
    {
        "id": "kerys_user_research", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-16T11:00:00+02:00",
        "frm": ("Kerys Banque", "recherche-utilisateurs@kerys-banque.example.fr"),
        "subject": "Participez à un entretien utilisateur (30 min, bon d'achat 30 €)",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Vous utilisez l'application Kerys Banque ? Notre équipe produit recherche des "
            "clients pour des entretiens utilisateurs de 30 minutes en visio, afin d'améliorer "
            "la gestion des virements.\n\n"
            "Choisissez votre créneau : https://kerys-banque.example.fr/recherche/rdv\n"
            "Un bon d'achat de 30 € vous sera offert.\n\n"
            "L'équipe Design de Kerys Banque"
        ),
        "html": True, "brand": "Kerys Banque", "colour": "#ff7a00",
    },
    {
        "id": "colis_retarde", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-01-31T13:02:00+01:00",
        "frm": ("Colis Express", "ne-pas-repondre@colis-express.example.fr"),
        "subject": "Malheureusement, votre colis est retardé",
        "text": (
            "Bonjour,\n\n"
            "Malheureusement, votre colis n° CX 4471 0982 FR ne pourra pas être livré à la "
            "date prévue en raison des intempéries en Bretagne.\n\n"
            "Nouvelle date estimée : mardi 3 février. Nous vous prions de nous excuser pour "
            "ce contretemps.\n\nColis Express"
        ),
        "cte": "quoted-printable",
    },
    {
        "id": "position_compte", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-01T05:10:00+02:00",
        "frm": ("Banque Armor Particuliers", "service-client@banque-armor.example.fr"),
        "subject": "Votre position de compte au 31 mars 2026",
        "text": (
            "Madame Quéméneur,\n\n"
            "Votre relevé mensuel est disponible dans votre espace client.\n\n"
            "Position de votre compte courant au 31/03/2026 : 1 284,37 € (créditeur)\n"
            "Position de votre livret A : 6 120,00 €\n\n"
            "Banque Armor – Votre conseiller : agence de Brest Saint-Martin"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "partage_position", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-19T18:44:00+02:00",
        "frm": ("Famille Connect", "alertes@famille-connect.example.com"),
        "subject": "Jean-Yves partage sa position avec vous",
        "text": (
            "Jean-Yves Quéméneur partage sa position en temps réel avec vous pendant 2 heures.\n\n"
            "Dernière position : Crozon, presqu'île – il y a 3 minutes.\n"
            "Ouvrir la carte : https://famille-connect.example.com/map/jyq\n\n"
            "Famille Connect"
        ),
    },
    {
        "id": "visite_appart_rennes", "kind": "other", "lang": "fr", "company": "",
        "contact": "b.le-meur@immo-vilaine.example.fr",
        "date": "2026-03-28T10:05:00+01:00",
        "frm": ("Bertrand Le Meur", "b.le-meur@immo-vilaine.example.fr"),
        "subject": "Confirmation de visite – T2 rue de Saint-Malo, Rennes",
        "text": (
            "Bonjour Madame,\n\n"
            "Je vous confirme notre rendez-vous pour la visite de l'appartement T2 situé 37 "
            "rue de Saint-Malo, le samedi 4 avril à 10h30. Merci d'apporter votre dossier "
            "locataire (trois derniers bulletins de salaire, avis d'imposition).\n\n"
            "Si vous avez un empêchement, prévenez-moi la veille au plus tard.\n\n"
            "Bertrand Le Meur\nImmo Vilaine – Gestion locative\n02 99 31 08 66"
        ),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "id": "dentiste_deplace", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-06T17:30:00+02:00",
        "frm": ("Cabinet dentaire du Port", "rdv@dentaire-du-port.example.fr"),
        "subject": "Votre rendez-vous du 12 mai est déplacé",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Suite à l'absence du Dr Le Goff, votre rendez-vous du mardi 12 mai à 18h00 est "
            "déplacé au jeudi 14 mai à 17h30.\n\n"
            "Si ce nouvel horaire ne vous convient pas, merci d'appeler le secrétariat au "
            "02 98 44 71 20.\n\nCabinet dentaire du Port – Brest"
        ),
    },
    {
        "id": "medirdv_annulation", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-09-14T08:20:00+02:00",
        "frm": ("MediRDV", "no-reply@medirdv.example.fr"),
        "subject": "Annulation de votre rendez-vous avec Dr Sophie Abgrall",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Votre rendez-vous du mercredi 16 septembre à 9h15 avec Dr Sophie Abgrall "
            "(médecine générale) a été annulé par le cabinet.\n\n"
            "Vous pouvez reprendre rendez-vous en ligne à tout moment.\n\nMediRDV"
        ),
        "html": True, "brand": "MediRDV", "colour": "#107aca",
    },
    {
        "id": "amie_refus", "kind": "other", "lang": "fr", "company": "",
        "contact": "gwenaelle.tanguy@example.fr",
        "date": "2026-05-19T22:07:00+02:00",
        "frm": ("Gwenaëlle Tanguy", "gwenaelle.tanguy@example.fr"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "bon ben c'est non pour moi aussi",
        "text": (
            "Coucou Maëlle,\n\n"
            "Je viens de recevoir la réponse de la banque à Quimper : « nous avons le regret "
            "de ne pas donner suite à votre candidature ». Après deux entretiens, je suis un "
            "peu dégoûtée.\n\n"
            "Et toi, des nouvelles de Luxembourg ? On se fait un café samedi pour se remonter "
            "le moral ?\n\nBises,\nGwen"
        ),
    },
    {
        "id": "ami_transfert_convocation", "kind": "other", "lang": "fr", "company": "",
        "contact": "kevin.lhostis@example.fr",
        "date": "2026-08-20T13:33:00+02:00",
        "frm": ("Kévin L'Hostis", "kevin.lhostis@example.fr"),
        "subject": "Tr: Convocation entretien – Conseiller clientèle",
        "text": (
            "Salut Maëlle,\n\n"
            "Regarde ce que j'ai reçu ! Je passe un entretien chez eux la semaine prochaine, "
            "pour le poste de conseiller clientèle. Tu aurais deux minutes pour me donner "
            "des conseils, vu que tu en as passé plein cette année ?\n\nKévin"
        ),
        "fwd": {
            "id": "kevin_inner", "kind": "other", "lang": "fr", "company": "", "contact": "",
            "date": "2026-08-19T10:00:00+02:00",
            "frm": ("Recrutement Banque des Abers", "recrutement@banque-abers.example.fr"),
            "to": [("Kévin L'Hostis", "kevin.lhostis@example.fr")],
            "subject": "Convocation entretien – Conseiller clientèle",
            "text": (
                "Monsieur L'Hostis,\n\n"
                "Nous avons le plaisir de vous convier à un entretien le jeudi 27 août à 14h "
                "à notre agence de Lannilis pour le poste de conseiller clientèle.\n\n"
                "Le service recrutement – Banque des Abers"
            ),
        },
    },
    {
        "id": "du_conformite_refus", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-02T16:00:00+02:00",
        "frm": ("Scolarité Faculté de droit", "scolarite-droit@univ-brest.example.fr"),
        "subject": "DU Conformité bancaire et financière – décision d'admission",
        "text": (
            "Madame,\n\n"
            "La commission pédagogique du Diplôme d'Université « Conformité bancaire et "
            "financière » s'est réunie le 30 juin 2026.\n\n"
            "Nous avons le regret de vous informer que votre candidature n'a pas été retenue "
            "pour la rentrée 2026, le nombre de places étant limité à 20. Vous êtes placée en "
            "position 4 sur la liste complémentaire.\n\n"
            "Le service de scolarité"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "conseiller_emploi", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-02-02T09:00:00+01:00",
        "frm": ("Pôle Avenir Emploi", "ne-pas-repondre@pole-avenir-emploi.example.fr"),
        "subject": "Convocation à un entretien avec votre conseiller",
        "text": (
            "Madame QUÉMÉNEUR Maëlle,\n\n"
            "Dans le cadre de votre projet de transition professionnelle, vous êtes convoquée "
            "à un entretien avec votre conseillère, Mme Floch, le lundi 9 février à 10h00, "
            "agence de Brest Bellevue.\n\n"
            "Objet : point d'étape sur votre projet de formation en conformité.\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre."
        ),
        "cte": "base64",
    },
]
