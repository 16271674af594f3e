"""Corpus 336, other: alerts, newsletters, look-alike words, private life and her own mail."""

from __future__ import annotations

from msgs336_common import CAND, M, bulk, html_page, html_table_digest

SPECS = [
    # ================================================================= French
    M(id="oth_alert_postes_publics", kind="other", lang="fr",
      frm=("Postes Publics Hauts-de-France", "alertes@postes-publics-hdf.example.fr"),
      subject="Votre alerte « archiviste » : 6 nouvelles offres", date="2026-01-19 06:00",
      headers=bulk("<alertes.postes-publics-hdf.example.fr>",
                   "https://postes-publics-hdf.example.fr/alertes/desabonner?u=88213"),
      text=(
          "Bonjour Mathilde,\n\n"
          "6 nouvelles offres correspondent à votre alerte « archiviste » :\n\n"
          "- Archiviste itinérant(e) – Centre de gestion du Pas-de-Calais – Arras\n"
          "- Chargé(e) de la gestion documentaire – Ville de Saint-Aybert\n"
          "- Records manager – Syndicat mixte des Archives de l'Escaut – Valenciennes\n"
          "- Assistant(e) de conservation – Archives du Pays d'Artois – Arras\n"
          "- Documentaliste – Lycée horticole – Lomme\n"
          "- Archiviste contractuel(le) – Agglomération des Deux Rives – Douai\n\n"
          "Astuce de la semaine : un refus n'est jamais définitif ! Préparez votre entretien "
          "avec notre fiche « 10 questions du jury ».\n\n"
          "Pour ne plus recevoir cette alerte, modifiez vos préférences dans votre espace."
      )),
    M(id="oth_newsletter_archivistes", kind="other", lang="fr",
      frm=("La Lettre des archivistes du Nord", "newsletter@archivistes-nord.example.org"),
      subject="La Lettre n°47 – Réussir sa reconversion vers l'archivage",
      date="2026-02-14 08:30",
      headers=bulk("La Lettre des archivistes du Nord <lettre.archivistes-nord.example.org>",
                   "mailto:desabonnement@archivistes-nord.example.org"),
      text=(
          "LA LETTRE DES ARCHIVISTES DU NORD – n°47 – février 2026\n\n"
          "À LA UNE\nReconversion : de la bibliothèque aux archives. Trois collègues racontent "
          "leur parcours, les refus essuyés et l'entretien qui a tout changé.\n\n"
          "CONSEILS\n« Malheureusement, nous ne pouvons donner suite… » : comment "
          "transformer un refus en retour utile ? Notre fiche pratique pour demander un "
          "feedback après un entretien.\n\n"
          "AGENDA\n12 mars : journée d'étude « Archivage électronique et SAE » à Lille.\n"
          "2 avril : atelier CV et lettre de motivation pour les métiers des archives.\n\n"
          "Vous recevez cette lettre en tant qu'adhérente de l'association."
      ),
      html=html_page(
          "<b>LA LETTRE DES ARCHIVISTES DU NORD – n°47 – février 2026</b>",
          "<b>À LA UNE</b><br>Reconversion : de la bibliothèque aux archives. Trois collègues "
          "racontent leur parcours, les refus essuyés et l'entretien qui a tout changé.",
          "<b>CONSEILS</b><br>« Malheureusement, nous ne pouvons donner suite… » : comment "
          "transformer un refus en retour utile ? Notre fiche pratique pour demander un "
          "feedback après un entretien.",
          "<b>AGENDA</b><br>12 mars : journée d'étude « Archivage électronique et SAE » à "
          "Lille.<br>2 avril : atelier CV et lettre de motivation pour les métiers des "
          "archives.",
          footer="Vous recevez cette lettre en tant qu'adhérente de l'association. "
                 "<a href=\"mailto:desabonnement@archivistes-nord.example.org\">Se "
                 "désabonner</a>",
      )),
    M(id="oth_radio", kind="other", lang="fr",
      contact="lea.fontaine@radio-metropole.example.fr",
      frm=("Léa Fontaine", "lea.fontaine@radio-metropole.example.fr"),
      subject="Demande d'interview – émission « Les gens du Nord »", date="2026-03-02 12:15",
      text=(
          "Bonjour Madame Vasseur-Kerbrat,\n\n"
          "Je suis journaliste à Radio Métropole Lille. Nous préparons une émission sur les "
          "métiers méconnus des bibliothèques et des archives, et votre nom nous a été donné "
          "par la médiathèque où vous travaillez.\n\n"
          "Accepteriez-vous de nous accorder une interview de 15 minutes, en direct ou "
          "enregistrée, la semaine du 16 mars ? Nous pouvons l'enregistrer par téléphone.\n\n"
          "Merci d'avance,\nLéa Fontaine\nJournaliste – Radio Métropole Lille\n06 33 18 27 40"
      )),
    M(id="oth_user_research", kind="other", lang="fr",
      contact="maxime.lenoir@classeo.example.fr",
      frm=("Maxime Lenoir", "maxime.lenoir@classeo.example.fr"),
      subject="30 minutes pour améliorer Classeo ? (entretien utilisateur)",
      date="2026-03-17 14:44",
      text=(
          "Bonjour Mathilde,\n\n"
          "Vous avez testé la version d'essai de Classeo le mois dernier. Nous menons une "
          "série d'entretiens utilisateurs avec des professionnel·les de la documentation "
          "pour améliorer notre module de plan de classement.\n\n"
          "Seriez-vous d'accord pour un entretien de 30 minutes en visio ? Pour vous "
          "remercier, nous offrons une carte cadeau de 40 €. Vous pouvez choisir un "
          "créneau ici : https://rdv.classeo.example.fr/ux-research\n\n"
          "Merci !\nMaxime Lenoir\nUX Researcher – Classeo"
      )),
    M(id="oth_colis", kind="other", lang="fr",
      frm=("Colis Express", "ne-pas-repondre@colis-express.example.fr"),
      subject="Malheureusement, votre colis est retardé", date="2026-03-25 07:12",
      html=html_page(
          "Bonjour,",
          "Malheureusement, votre colis n° <b>CE 4481 0932 7FR</b> a pris du retard en raison "
          "d'un incident sur notre plateforme de tri de Lesquin.",
          "Nouvelle date de livraison estimée : <b>vendredi 27 mars</b>. Aucune action n'est "
          "nécessaire de votre part.",
          "Nous vous prions de nous excuser pour ce désagrément.<br>Le service client Colis "
          "Express",
          footer="Ceci est un message automatique, merci de ne pas y répondre.",
      )),
    M(id="oth_banque_position", kind="other", lang="fr",
      frm=("Banque Flandre Épargne", "notifications@flandre-epargne.example.fr"),
      subject="Votre position de compte au 31/03/2026", date="2026-04-01 05:40",
      text=(
          "Bonjour Madame VASSEUR-KERBRAT,\n\n"
          "Votre relevé de position de compte au 31/03/2026 est disponible dans votre "
          "espace client.\n\n"
          "Compte courant : position créditrice\nLivret A : position créditrice\n\n"
          "Pour votre sécurité, nous ne vous demanderons jamais vos codes par courriel.\n\n"
          "Banque Flandre Épargne – message automatique"
      )),
    M(id="oth_gps", kind="other", lang="fr", system=True,
      frm=("Trackea", "notifications@trackea.example.com"),
      subject="Votre position a été partagée avec Julien", date="2026-04-04 19:58",
      text=(
          "Bonjour Mathilde,\n\n"
          "Votre position en temps réel est maintenant partagée avec Julien pour les "
          "prochaines 2 heures (trajet : Lille → Arras).\n\n"
          "Dernière position connue : A1, sortie 15 – Arras Centre.\n\n"
          "Vous pouvez arrêter le partage à tout moment dans l'application Trackea."
      )),
    M(id="oth_visite_appart", kind="other", lang="fr",
      contact="c.morel@immo-batignolles.example.fr",
      frm=("Cédric Morel", "c.morel@immo-batignolles.example.fr"),
      subject="Visite du T2 rue Legendre – confirmation", date="2026-04-21 10:26",
      text=(
          "Bonjour Madame,\n\n"
          "Je vous confirme la visite de l'appartement T2 situé 54 rue Legendre, Paris 17e, "
          "le samedi 25 avril à 11h30. Merci de prévoir votre dossier de location (trois "
          "derniers bulletins de salaire, avis d'imposition, pièce d'identité, et le cas "
          "échéant une promesse d'embauche).\n\n"
          "Cordialement,\nCédric Morel\nImmobilière des Batignolles\n01 42 63 77 10"
      )),
    M(id="oth_dentiste", kind="other", lang="fr", system=True,
      frm=("RDV Santé", "rappel@rdv-sante.example.fr"),
      subject="Rappel : votre rendez-vous avec le Dr Anne Vermeersch", date="2026-05-04 18:00",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous vous rappelons votre rendez-vous :\n"
          "Dr Anne Vermeersch – Chirurgien-dentiste\n"
          "Mercredi 6 mai 2026 à 08h45\n"
          "23 rue Nationale, 59000 Lille\n\n"
          "En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance depuis votre "
          "compte.\n\nL'équipe RDV Santé"
      )),
    M(id="oth_amie_refus", kind="other", lang="fr",
      contact="elodie.marchal@example.fr",
      frm=("Élodie Marchal", "elodie.marchal@example.fr"),
      subject="bon ben c'est non pour moi…", date="2026-05-11 21:47",
      text=(
          "Coucou Mathilde,\n\n"
          "Je viens de recevoir la réponse de la bibliothèque universitaire d'Amiens : "
          "« nous avons le regret de vous informer que votre candidature n'a pas été "
          "retenue ». Après deux entretiens, je suis dégoûtée.\n\n"
          "Et toi, des nouvelles de tes assureurs ? On se fait un café samedi pour se "
          "remonter le moral ?\n\nBises,\nÉlo"
      )),
    M(id="oth_ami_fwd_invite", kind="other", lang="fr",
      contact="arnaud.picavet@example.fr",
      frm=("Arnaud Picavet", "arnaud.picavet@example.fr"),
      subject="Fwd: Convocation à un entretien – Documentaliste", date="2026-05-19 13:02",
      text=(
          "Salut Mathilde,\n\n"
          "Regarde ce que j'ai reçu ce matin ! Mon premier entretien depuis des mois. Tu "
          "pourrais me faire réviser les questions sur l'archivage comme tu m'avais "
          "proposé ? Je t'ai mis le message en pièce jointe.\n\nMerci !!\nArnaud"
      ),
      fwd=M(id="oth_ami_fwd_inner",
            frm=("Service RH – Lycée Jean-Prouvé", "rh@lycee-prouve.example.fr"),
            to=[("Arnaud Picavet", "arnaud.picavet@example.fr")],
            subject="Convocation à un entretien – Documentaliste", date="2026-05-19 08:15",
            text=(
                "Monsieur,\n\nNous avons le plaisir de vous convier à un entretien pour le "
                "poste de documentaliste le mardi 26 mai à 10h00.\n\nService RH"
            ))),
    M(id="oth_formation_refus", kind="other", lang="fr",
      frm=("Institut d'archivistique – Scolarité", "scolarite-noreply@ia-lille.example.fr"),
      subject="Candidature au DU Records management – décision de la commission",
      date="2026-06-05 16:00",
      text=(
          "Madame,\n\n"
          "La commission pédagogique du diplôme d'université « Records management et "
          "archivage numérique » s'est réunie le 3 juin.\n\n"
          "Nous avons le regret de vous informer que votre candidature n'a pas été retenue "
          "pour la session 2026-2027, le nombre de places étant limité à 20. Vous êtes "
          "inscrite en position 4 sur la liste complémentaire.\n\n"
          "Le service Scolarité"
      )),
    M(id="oth_chasseur", kind="other", lang="fr",
      contact="v.gosselin@gosselin-executive.example.fr",
      frm=("Vincent Gosselin", "v.gosselin@gosselin-executive.example.fr"),
      subject="Échange confidentiel ?", date="2026-06-11 08:07",
      text=(
          "Bonjour Mathilde,\n\n"
          "J'ai découvert votre profil en préparant une cartographie des professionnels de "
          "la gestion documentaire dans les Hauts-de-France. Votre double culture "
          "bibliothèque / records management est rare.\n\n"
          "Je n'ai pas de mission précise à vous présenter aujourd'hui, mais je serais "
          "ravi d'échanger quelques minutes pour mieux connaître vos souhaits d'évolution. "
          "Seriez-vous ouverte à un appel dans les prochaines semaines ?\n\n"
          "Bien à vous,\nVincent Gosselin\nGosselin Executive – chasse de têtes"
      )),
    M(id="oth_own_application", kind="other", lang="fr",
      frm=CAND, to=[("Cabinet Lemaire Fontaine", "secretariat.general@lemaire-fontaine.example.fr")],
      subject="Candidature – Documentaliste-archiviste", date="2026-01-21 22:14",
      text=(
          "Madame, Monsieur,\n\n"
          "Bibliothécaire depuis huit ans à la médiathèque de Lille-Sud, je me forme depuis "
          "deux ans au records management et à l'archivage électronique. Votre annonce de "
          "documentaliste-archiviste a retenu toute mon attention.\n\n"
          "Vous trouverez ci-joint mon CV et ma lettre de motivation. Je serais heureuse de "
          "vous rencontrer pour un entretien à votre convenance.\n\n"
          "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
          "Mathilde Vasseur-Kerbrat\n06 71 24 88 13"
      ),
      pdfs=[("CV_Mathilde_Vasseur-Kerbrat.pdf", [
          "Mathilde Vasseur-Kerbrat - Bibliothecaire, records management",
          "Lille - mathilde.vasseur@example.fr",
          "2018-2026 : bibliothecaire, mediatheque de Lille-Sud",
          "2024-2025 : certificat en records management",
      ])]),
    M(id="oth_own_relance", kind="other", lang="fr", parent="ack_lambermont", quote="fr",
      frm=CAND, to=[("Pauline Dewitte", "pauline.dewitte@lambermont.example.be")],
      subject="Re: RE: Candidature Records Officer – Mathilde Vasseur-Kerbrat",
      date="2026-04-08 09:20",
      text=(
          "Bonjour Madame Dewitte,\n\n"
          "Je me permets de revenir vers vous au sujet de ma candidature au poste de Records "
          "Officer. Auriez-vous une idée du calendrier des entretiens ?\n\n"
          "Je vous remercie par avance et vous souhaite une bonne journée.\n\n"
          "Mathilde Vasseur-Kerbrat"
      )),
    M(id="oth_own_thanks_perrin", kind="other", lang="fr", parent="inv_verhaeghe",
      quote="fr", frm=CAND, to=[("Thibault Perrin", "t.perrin@perrin-associes.example.fr")],
      charset="windows-1252",
      subject="Re: Rencontre avec Verhaeghe Assurances", date="2026-05-06 18:31",
      text=(
          "Bonjour Thibault,\n\n"
          "Un petit mot pour vous dire que l'entretien chez Verhaeghe s'est bien passé, je "
          "crois. Le directeur juridique a beaucoup insisté sur l'archivage électronique à "
          "valeur probante. Merci encore pour la préparation, elle m'a été très utile.\n\n"
          "Bonne soirée,\nMathilde"
      )),
    M(id="oth_own_move_request", kind="other", lang="fr", parent="res_mutualite_iris",
      quote="fr", frm=CAND,
      to=[("Geoffrey Lambotte", "geoffrey.lambotte@mutualite-iris.example.be")],
      subject="Re: Annulation de l'épreuve du 20 mai", date="2026-05-19 08:03",
      text=(
          "Bonjour Monsieur Lambotte,\n\n"
          "Merci pour l'information. Pour la nouvelle date, serait-il possible d'éviter la "
          "semaine du 8 juin, pendant laquelle je suis en formation à Paris ? Je suis "
          "disponible toutes les autres journées de juin.\n\n"
          "Avec mes remerciements,\nMathilde Vasseur-Kerbrat"
      )),
    M(id="oth_ooo_talentis", kind="other", lang="fr",
      contact="camille.roy@talentis-conseil.example.fr",
      frm=("Camille Roy", "camille.roy@talentis-conseil.example.fr"),
      subject="Réponse automatique : Candidature Responsable GED", date="2026-05-25 10:01",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text=(
          "Bonjour,\n\n"
          "Je suis absente du bureau jusqu'au mercredi 27 mai inclus, avec un accès limité à "
          "mes mails. Pour toute urgence concernant un processus de recrutement en cours, "
          "vous pouvez contacter Julien Carré au 03 20 99 41 15.\n\n"
          "Camille Roy – Talentis Conseil"
      )),
    M(id="oth_prolien_digest", kind="other", lang="fr",
      frm=("ProLien Emplois", "jobs-noreply@prolien.example.com"),
      subject="Mathilde, 8 offres pour vous : records manager, archiviste…",
      date="2026-06-15 07:30",
      headers=bulk("<offres.prolien.example.com>",
                   "https://prolien.example.com/unsubscribe/alerts?id=5521"),
      html=html_table_digest(
          "Offres recommandées pour vous",
          [("Records manager H/F", "Assureur mutualiste", "Lille"),
           ("Archiviste numérique", "Collectivité territoriale", "Arras"),
           ("Chef de projet GED", "Éditeur de logiciels", "Paris"),
           ("Document controller", "Industrie ferroviaire", "Valenciennes"),
           ("Gestionnaire documentaire", "Cabinet d'avocats", "Paris 8e")],
          "Malheureusement, certaines offres que vous aviez sauvegardées ont expiré. Voici "
          "de nouvelles offres qui correspondent à vos critères. Conseil : préparez votre "
          "prochain entretien avec nos fiches pratiques.",
          "Vous recevez cet e-mail car vous avez activé les alertes emploi. Se désabonner.",
      )),
    M(id="oth_webinar", kind="other", lang="fr",
      frm=("Numérisis Événements", "newsletter@numerisis.example.fr"),
      subject="Invitation : webinaire « SAE et GED : ce qui change en 2026 »",
      date="2026-06-23 11:00",
      headers=bulk("<evenements.numerisis.example.fr>",
                   "https://numerisis.example.fr/preferences?u=mv33"),
      text=(
          "Bonjour,\n\n"
          "Vous êtes invité(e) à notre webinaire « SAE et GED : ce qui change en 2026 », le "
          "jeudi 2 juillet de 11h à 12h.\n\n"
          "Au programme : la norme NF Z42-013, l'archivage des courriels, et un retour "
          "d'expérience d'un groupe hospitalier.\n\n"
          "Inscription gratuite : https://numerisis.example.fr/webinaires/sae-2026\n\n"
          "L'équipe événements Numérisis"
      )),
    M(id="oth_conseiller_emploi", kind="other", lang="fr", system=True,
      frm=("Agence régionale pour l'emploi", "ne-pas-repondre@are-hdf.example.fr"),
      subject="Convocation : entretien de suivi avec votre conseillère", date="2026-07-08 09:00",
      text=(
          "Madame VASSEUR-KERBRAT,\n\n"
          "Vous êtes convoquée à un entretien de suivi de votre projet de reconversion avec "
          "votre conseillère, Mme Isabelle Dhainaut, le lundi 20 juillet 2026 à 14h00, "
          "agence Lille Euralille.\n\n"
          "Lors de cet entretien, nous ferons le point sur vos candidatures et votre "
          "demande de financement de formation.\n\n"
          "Ce message est envoyé automatiquement."
      )),
    M(id="oth_entretien_annuel", kind="other", lang="fr",
      contact="b.leclercq@mediatheque-lille-sud.example.fr",
      frm=("Bruno Leclercq", "b.leclercq@mediatheque-lille-sud.example.fr"),
      subject="Ton entretien annuel – date à caler", date="2026-01-14 15:22",
      text=(
          "Salut Mathilde,\n\n"
          "Il faut qu'on cale ton entretien professionnel annuel avant fin janvier. Je te "
          "propose le mardi 27 à 10h dans mon bureau. On parlera aussi de ta demande de "
          "formation en archivage électronique.\n\n"
          "Bruno\nResponsable – Médiathèque de Lille-Sud"
      )),
    M(id="oth_forum", kind="other", lang="fr",
      frm=("Forum Emploi Archives & Documentation", "noreply@forum-archives.example.fr"),
      subject="Votre inscription au Forum Emploi Archives est confirmée", date="2026-09-01 12:00",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous avons bien reçu votre inscription au Forum Emploi Archives & Documentation "
          "du 24 septembre à Lille Grand Palais.\n\n"
          "Votre badge nominatif est disponible dans votre espace. Pensez à apporter "
          "plusieurs exemplaires de votre CV : une trentaine d'employeurs seront présents "
          "et des mini-entretiens de 10 minutes seront proposés sur les stands.\n\n"
          "À bientôt !\nL'équipe du Forum"
      )),
    M(id="oth_maman", kind="other", lang="fr",
      contact="francoise.kerbrat@example.fr",
      frm=("Françoise Kerbrat", "francoise.kerbrat@example.fr"), charset="iso-8859-1",
      cte="8bit", subject="vu dans le journal", date="2026-02-21 10:48",
      text=(
          "Ma chérie,\n\n"
          "J'ai vu dans le journal de ce matin que la Ville de Saint-Aybert cherche un "
          "archiviste. Je te recopie l'annonce : \"poste à temps complet, candidature avant "
          "le 15 mars\". Ça pourrait t'intéresser, non ? Ce n'est pas loin.\n\n"
          "Tu viens dimanche ? Papa fait un pot-au-feu.\n\nBisous,\nMaman"
      )),
    M(id="oth_velo", kind="other", lang="fr",
      contact="atelier@cycles-wazemmes.example.fr",
      frm=("Cycles Wazemmes", "atelier@cycles-wazemmes.example.fr"),
      subject="Entretien de votre vélo terminé", date="2026-04-24 17:35",
      text=(
          "Bonjour Madame Vasseur,\n\n"
          "L'entretien de votre vélo est terminé : révision complète, changement des "
          "patins de frein et de la chaîne. Il vous attend à l'atelier, 45 place de la "
          "Nouvelle Aventure, du mardi au samedi de 10h à 19h.\n\n"
          "Montant : 89 €.\n\nÀ bientôt,\nKevin – Cycles Wazemmes"
      )),
    M(id="oth_own_application_musee", kind="other", lang="fr",
      frm=CAND, to=[("Musée des Filatures", "recrutement@musee-filatures.example.fr")],
      subject="Candidature spontanée – archives et documentation", date="2026-01-05 20:40",
      charset="utf-8", cte="base64",
      text=(
          "Madame, Monsieur,\n\n"
          "Passionnée par le patrimoine industriel de la métropole lilloise, je vous "
          "adresse ma candidature pour le poste de chargé·e des archives et de la "
          "documentation. Mon expérience en bibliothèque (catalogage, conservation "
          "préventive, accueil des chercheurs) et ma formation en records management me "
          "semblent pouvoir servir la valorisation de vos fonds.\n\n"
          "Je reste à votre disposition pour un entretien.\n\n"
          "Bien cordialement,\nMathilde Vasseur-Kerbrat"
      ),
      pdfs=[("CV_Vasseur-Kerbrat_2026.pdf", [
          "Mathilde Vasseur-Kerbrat",
          "Bibliothecaire - archives et records management",
          "Lille",
      ])]),
    # ================================================================= English
    M(id="oth_en_newsletter", kind="other", lang="en",
      frm=("Records Management Weekly", "newsletter@rmweekly.example.org"),
      subject="RM Weekly #212: How to bounce back from a rejection", date="2026-03-06 14:00 +0000",
      headers=bulk("RM Weekly <weekly.rmweekly.example.org>",
                   "https://rmweekly.example.org/unsubscribe?e=mv"),
      text=(
          "RM WEEKLY #212\n\n"
          "1. Rejected after the final interview? Five recruiters explain what "
          "\"unfortunately, we have decided to move forward with other candidates\" really "
          "means.\n"
          "2. Interview prep: the ten retention-schedule questions you will be asked.\n"
          "3. Job market: information governance roles up 12% in Benelux.\n"
          "4. Event: ARMA Europe conference, Ghent, 14–15 October.\n\n"
          "You are receiving this because you subscribed at rmweekly.example.org."
      ),
      html=html_page(
          "<b>RM WEEKLY #212</b>",
          "1. Rejected after the final interview? Five recruiters explain what "
          "&quot;unfortunately, we have decided to move forward with other candidates&quot; "
          "really means.",
          "2. Interview prep: the ten retention-schedule questions you will be asked.",
          "3. Job market: information governance roles up 12% in Benelux.",
          "4. Event: ARMA Europe conference, Ghent, 14–15 October.",
          footer="You are receiving this because you subscribed at rmweekly.example.org.",
      )),
    M(id="oth_en_podcast", kind="other", lang="en",
      contact="hello@archivesunboxed.example.com",
      frm=("Sam Whitfield", "hello@archivesunboxed.example.com"),
      subject="Guest interview on Archives Unboxed?", date="2026-07-30 16:20 +0100",
      text=(
          "Hi Mathilde,\n\n"
          "I host Archives Unboxed, a small podcast about people who work with records. I "
          "loved your talk at the Lille study day on moving from libraries to records "
          "management.\n\n"
          "Would you be up for a 40-minute interview for the podcast sometime in September? "
          "We record remotely, and I send the questions beforehand.\n\n"
          "Cheers,\nSam"
      )),
    M(id="oth_en_ooo", kind="other", lang="en", contact="tom.verbeke@docuvia.example.be",
      frm=("Tom Verbeke", "tom.verbeke@docuvia.example.be"),
      subject="Automatic reply: Re: Great news from Docuvia", date="2026-04-15 07:02",
      headers={"Auto-Submitted": "auto-replied"},
      text=(
          "Hi,\n\n"
          "Thanks for your message. I'm out of the office until Thursday 16 April with "
          "limited access to e-mail. For urgent matters, please contact "
          "ines.lambert@docuvia.example.be.\n\nTom"
      )),
    # ================================================================= German
    M(id="oth_de_jobalert", kind="other", lang="de", system=True,
      frm=("Jobbörse Rheinland", "jobagent@jobboerse-rheinland.example.de"),
      subject="Ihr Jobagent: 5 neue Stellen für „Archivar“ in Köln",
      date="2026-06-29 06:15",
      headers=bulk("<jobagent.jobboerse-rheinland.example.de>",
                   "https://jobboerse-rheinland.example.de/jobagent/abmelden?id=7731"),
      html=html_table_digest(
          "Neue Stellen für Sie",
          [("Archivar (m/w/d)", "Stadtwerke", "Köln"),
           ("Records Manager (m/w/d)", "Versicherung", "Köln"),
           ("Dokumentar/in", "Rundfunkanstalt", "Köln"),
           ("Sachbearbeitung Schriftgut", "Landesbehörde", "Düsseldorf"),
           ("Consultant DMS", "Softwarehaus", "Bonn")],
          "Leider passen nicht alle Angebote genau zu Ihrem Profil – prüfen Sie die Details. "
          "Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch, auch nach einer "
          "Absage.",
          "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden.",
      )),
    M(id="oth_de_own_decline", kind="other", lang="de", parent="akten_contract", quote="de",
      frm=CAND, to=[("Marie Hoffmann", "marie.hoffmann@aktenwerk.example.de")],
      cc=[("Jonas Pfeiffer", "jonas.pfeiffer@aktenwerk.example.de")],
      subject="AW: Arbeitsvertrag zur Unterschrift", date="2026-09-02 20:15",
      text=(
          "Liebe Marie, lieber Jonas,\n\n"
          "es fällt mir wirklich schwer, euch das zu schreiben: Nach langem Überlegen habe "
          "ich mich entschieden, das Angebot von Aktenwerk nicht anzunehmen. Aus familiären "
          "Gründen kann ich im Oktober nicht nach Köln ziehen.\n\n"
          "Ich danke euch sehr für das Vertrauen und die tollen Gespräche und hoffe, dass "
          "sich unsere Wege wieder kreuzen.\n\nHerzliche Grüße\nMathilde"
      )),
    M(id="oth_de_paket", kind="other", lang="de",
      frm=("Paketdienst Blitzpost", "noreply@blitzpost.example.de"),
      subject="Leider verzögert sich Ihre Sendung", date="2026-07-20 09:33",
      text=(
          "Guten Tag,\n\n"
          "leider verzögert sich die Zustellung Ihrer Sendung 00340434 5561 2208. Neuer "
          "voraussichtlicher Zustelltermin: Mittwoch, 22.07.2026.\n\n"
          "Wir bitten um Ihr Verständnis.\nIhr Blitzpost-Team"
      )),
    M(id="oth_de_wohnung", kind="other", lang="de",
      contact="h.brandt@hausverwaltung-brandt.example.de",
      frm=("Heike Brandt", "h.brandt@hausverwaltung-brandt.example.de"),
      subject="Besichtigungstermin Wohnung Ehrenfeld", date="2026-08-22 12:40",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "gern bestätige ich Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der "
          "Venloer Straße, Köln-Ehrenfeld, am Samstag, 29. August, um 11:00 Uhr. Bitte "
          "bringen Sie eine Selbstauskunft und, falls vorhanden, Ihren Arbeitsvertrag mit.\n\n"
          "Mit freundlichen Grüßen\nHeike Brandt\nHausverwaltung Brandt"
      )),
    M(id="oth_de_arzt", kind="other", lang="de",
      frm=("Praxis Dr. Weiland", "termine-noreply@praxis-weiland.example.de"),
      subject="Terminerinnerung: Vorsorgeuntersuchung", date="2026-08-30 18:00",
      text=(
          "Guten Tag Frau Vasseur-Kerbrat,\n\n"
          "wir erinnern Sie an Ihren Termin am Dienstag, 1. September 2026, um 08:30 Uhr in "
          "der Praxis Dr. Weiland, Aachener Straße 77, Köln.\n\n"
          "Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte spätestens 24 Stunden "
          "vorher.\n\nIhr Praxisteam"
      )),
    M(id="oth_de_freundin", kind="other", lang="de", contact="jana.koenig@example.de",
      frm=("Jana König", "jana.koenig@example.de"),
      subject="Absage bekommen…", date="2026-09-12 22:05",
      text=(
          "Hey Mathilde,\n\n"
          "stell dir vor, ich habe heute die Absage vom Stadtarchiv bekommen – nach drei "
          "Runden und einem Probetag! \"Wir haben uns für eine andere Bewerberin "
          "entschieden\", toll.\n\n"
          "Naja. Wie läuft es bei dir mit Köln? Hast du die Wohnung in Ehrenfeld noch "
          "angeschaut?\n\nLiebe Grüße\nJana"
      )),
    # ================================================================= Spanish
    M(id="oth_es_alerta", kind="other", lang="es",
      frm=("EmpleoNorte", "alertas@empleonorte.example.es"),
      subject="Nuevas ofertas de archivero/a en Bilbao", date="2026-07-27 07:00",
      headers=bulk("<alertas.empleonorte.example.es>",
                   "https://empleonorte.example.es/alertas/baja?u=33017"),
      text=(
          "Hola Mathilde:\n\n"
          "Estas son las nuevas ofertas que coinciden con tu alerta «archivero»:\n\n"
          "· Técnico/a de archivo – Diputación (Bilbao)\n"
          "· Responsable de gestión documental – Aseguradora (Bilbao)\n"
          "· Documentalista – Centro de investigación (Donostia)\n"
          "· Archivero/a – Empresa de ingeniería (Getxo)\n\n"
          "Consejo: ¿te han rechazado en una entrevista? Lamentablemente pasa a menudo; lee "
          "nuestra guía para preparar la siguiente.\n\n"
          "Para dejar de recibir estas alertas, gestiona tus preferencias."
      )),
    M(id="oth_es_paquete", kind="other", lang="es",
      frm=("EnvíaYa", "no-reply@enviaya.example.es"),
      subject="Lamentablemente tu paquete se ha retrasado", date="2026-08-06 11:20",
      text=(
          "Hola:\n\n"
          "Lamentablemente, tu paquete EY-77120439 no ha podido entregarse hoy por una "
          "incidencia en el centro logístico de Basauri. Lo recibirás el próximo día "
          "hábil.\n\nDisculpa las molestias.\nEquipo EnvíaYa"
      )),
    M(id="oth_es_piso", kind="other", lang="es",
      contact="inigo@inmoabando.example.es",
      frm=("Iñigo Larrañaga", "inigo@inmoabando.example.es"),
      subject="Visita al piso de la calle Licenciado Poza", date="2026-09-10 13:55",
      text=(
          "Hola Mathilde:\n\n"
          "Te confirmo la visita al piso de Licenciado Poza, 3.º izquierda, el sábado 12 de "
          "septiembre a las 12:00. Si al final te incorporas al nuevo trabajo en Bilbao, "
          "tráete el contrato o una carta de la empresa, que la propietaria lo pedirá.\n\n"
          "Un saludo,\nIñigo Larrañaga\nInmobiliaria Abando"
      )),
    M(id="oth_es_banco", kind="other", lang="es",
      frm=("Banco Cantábrico", "avisos-noreply@bancocantabrico.example.es"),
      subject="Tu posición global a 30 de septiembre", date="2026-10-01 06:10",
      html=html_page(
          "Hola, Mathilde:",
          "Ya puedes consultar tu <b>posición global</b> a 30 de septiembre de 2026 en la "
          "banca online: cuentas, tarjetas y la nueva cuenta nómina que abriste en Bilbao.",
          "Recuerda: nunca te pediremos tus claves por correo electrónico.",
          footer="Mensaje automático. No respondas a este correo.",
      )),
    M(id="oth_es_curso", kind="other", lang="es",
      contact="idazkaritza@euskaltegi-abando.example.es",
      frm=("Euskaltegi Abando", "idazkaritza@euskaltegi-abando.example.es"),
      subject="Matrícula curso intensivo de euskera", date="2026-09-18 12:30",
      charset="iso-8859-1", cte="quoted-printable",
      text=(
          "Egun on, Mathilde:\n\n"
          "Sentimos comunicarte que no has obtenido plaza en el curso intensivo de euskera "
          "A1 de octubre: el grupo se ha completado por orden de inscripción. Quedas en "
          "lista de espera con el número 6.\n\n"
          "Te avisaremos si se libera alguna plaza.\n\nSecretaría - Euskaltegi Abando"
      )),
    M(id="oth_es_own_application", kind="other", lang="es",
      frm=CAND, to=[("Museo de la Ría de Abando", "seleccion@museoriaabando.example.es")],
      subject="Candidatura a la plaza de archivero/a – documentalista",
      date="2026-08-17 21:30",
      text=(
          "Estimados señores:\n\n"
          "Les remito mi candidatura para la plaza de archivero/a – documentalista publicada "
          "en su web. Soy bibliotecaria en Lille desde hace ocho años y me he especializado "
          "en gestión documental y archivo electrónico. Hablo español con fluidez (nivel "
          "C1).\n\n"
          "Adjunto mi currículum. Quedo a su disposición para una entrevista.\n\n"
          "Atentamente,\nMathilde Vasseur-Kerbrat"
      ),
      pdfs=[("CV_Vasseur-Kerbrat_ES.pdf", [
          "Mathilde Vasseur-Kerbrat",
          "Bibliotecaria - gestion documental y archivo",
          "Lille, Francia",
      ])]),
    M(id="oth_es_own_thanks", kind="other", lang="es", parent="nervion_move", quote="es",
      frm=CAND, to=[("Itziar Goikoetxea", "itziar.goikoetxea@segurosnervion.example.es")],
      subject="RE: Entrevista – Responsable de Gestión Documental y Archivo",
      date="2026-09-08 14:10",
      text=(
          "Hola, Itziar:\n\n"
          "Muchas gracias a ti y a Jon por la entrevista de esta mañana. Me ha encantado "
          "conocer el proyecto de digitalización de pólizas y creo que puedo aportar mucho "
          "al equipo.\n\n"
          "Quedo pendiente de vuestras noticias.\n\nUn saludo,\nMathilde"
      )),
    M(id="oth_es_estudio", kind="other", lang="es",
      contact="paula.martin@documentia.example.es",
      frm=("Paula Martín", "paula.martin@documentia.example.es"),
      subject="¿Participas en una entrevista de investigación de usuarios?",
      date="2026-08-27 10:10",
      text=(
          "Hola Mathilde:\n\n"
          "Desde el equipo de diseño de Documentia estamos entrevistando a profesionales "
          "del archivo para mejorar nuestro módulo de calendarios de conservación. No tiene "
          "nada que ver con procesos de selección: es una entrevista de 45 minutos, "
          "remunerada con 50 €.\n\n"
          "¿Te apuntas? Puedes reservar hueco aquí: https://documentia.example.es/ux\n\n"
          "Gracias,\nPaula Martín\nUX Research – Documentia"
      )),
    M(id="oth_es_amiga", kind="other", lang="es", contact="carmen.rivas@example.es",
      frm=("Carmen Rivas", "carmen.rivas@example.es"),
      subject="RV: Invitación a entrevista", date="2026-09-03 19:44",
      text=(
          "¡Mathilde! Mira lo que me ha llegado, por fin me llaman de la Diputación. ¿Me "
          "ayudas a preparar la entrevista cuando vengas a Bilbao?\n\nBesos,\nCarmen\n\n"
          "---------- Mensaje reenviado ---------\n"
          "De: Selección Diputación <seleccion@diputacion-norte.example.es>\n"
          "Fecha: jue, 3 sept 2026 a las 12:02\n"
          "Asunto: Invitación a entrevista\n"
          "Para: Carmen Rivas <carmen.rivas@example.es>\n\n"
          "Estimada Carmen: le convocamos a una entrevista personal el día 15 de septiembre "
          "a las 10:00 horas en el Palacio Foral.\n"
      )),
    M(id="oth_es_headhunter", kind="other", lang="es",
      contact="begona.salazar@salazarexecutive.example.es",
      frm=("Begoña Salazar", "begona.salazar@salazarexecutive.example.es"),
      subject="Tu perfil en gestión documental", date="2026-10-13 11:35",
      text=(
          "Hola Mathilde:\n\n"
          "Soy headhunter especializada en perfiles de compliance y gobierno de la "
          "información en el País Vasco. He visto que te has trasladado a Bilbao y me "
          "encantaría conocerte.\n\n"
          "Ahora mismo no tengo ningún proceso abierto que encaje contigo, pero suelo "
          "trabajar con aseguradoras y despachos. ¿Tomamos un café un día de estos?\n\n"
          "Un saludo,\nBegoña Salazar\nSalazar Executive"
      )),
]
