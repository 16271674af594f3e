"""Corpus 158, `other`: the candidate's own mail, digests, notices and mail in other senses."""
from msgs158_common import (
    CAND,
    CAND_SIG_EN,
    CAND_SIG_FR,
    M,
    ats_card,
    newsletter_html,
    newsletter_text,
    quote,
)


def lst(list_id, unsub):
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

ALERT_FR = [
    ("Planificateur de la demande H/F – Négoce de vins – Bordeaux",
     "https://emploivin.example.fr/offre/88412", "CDI · 35-40 k€ · entretiens dès la semaine prochaine"),
    ("Approvisionneur matières sèches – Cognac",
     "https://emploivin.example.fr/offre/88377", "Maison de spiritueux · CDI"),
    ("Technicien logistique chai – Saint-Émilion",
     "https://emploivin.example.fr/offre/88350", "CDD vendanges · démarrage immédiat"),
    ("Assistant ADV export – Libourne",
     "https://emploivin.example.fr/offre/88301", "Anglais courant · CDI"),
    ("Conseil : que répondre quand on vous demande vos prétentions ?",
     "https://emploivin.example.fr/conseils/pretentions", "Notre fiche pratique avant l'entretien"),
]

ALERT_EN = [
    ("Demand Planner – Spirits – Brussels", "https://planningjobs.example.com/j/55102",
     "Apply in 2 clicks · interviews start next week"),
    ("Supply Planning Analyst – FMCG – Porto (English)", "https://planningjobs.example.com/j/55087",
     "Hybrid · relocation support"),
    ("Inventory Planner – Cold chain – Geneva", "https://planningjobs.example.com/j/55040",
     "80–100% · German a plus"),
    ("S&OP Coordinator – Retail – Frankfurt", "https://planningjobs.example.com/j/55013",
     "English-speaking team"),
    ("Rejected after the final round? Here's what recruiters say",
     "https://planningjobs.example.com/blog/final-round", "Five hiring managers explain their no"),
]

OTHER = [
    # ================================================================== fr (27)
    M("own_application_castelbrun", "fr", CAND,
      "Candidature – Planificateur supply (R-2207)", "2026-02-20 22:58 +0100",
      "Madame, Monsieur,\n\n"
      "Je vous adresse ma candidature au poste de Planificateur supply publié sur votre site. "
      "Caviste puis chef d'équipe en chai depuis six ans, je gère déjà les besoins en matières "
      "sèches et le calendrier des mises en bouteille de la propriété.\n\n"
      "Je serais ravi de vous présenter mon parcours lors d'un entretien.\n\n"
      "Veuillez agréer mes salutations distinguées.\n\n" + CAND_SIG_FR + "\n",
      to="Recrutement Maison Castelbrun <recrutement@castelbrun.example.fr>",
      pdf=("CV_Theo_Lacombe-Mendes.pdf",
           ["Theo Lacombe-Mendes", "Chef d'equipe chai - Saint-Emilion (2020-2026)",
            "Formation : BTS Viticulture-Oenologie", "Langues : francais, portugais, anglais"]),
      key="cast_apply"),

    M("own_apology_missed_call", "fr", CAND,
      "Re: Notre échange téléphonique de ce matin", "2026-03-18 11:47 +0100",
      "Bonjour Madame Kerhervé,\n\n"
      "Je suis vraiment désolé pour l'entretien de ce matin : mon téléphone était en mode avion et "
      "je n'ai pas vu l'heure.\nSerait-il possible de convenir d'un nouveau rendez-vous cette "
      "semaine ?\n\nBien cordialement,\nThéo\n\n"
      + quote("fr", "mer. 18 mars 2026 à 10:32",
              "Sophie Kerhervé <s.kerherve@biscuiterie-ondine.example.fr>",
              "Bonjour Théo,\n\nJ'ai essayé de vous joindre deux fois à 10h00 comme convenu, sans "
              "réponse, et je suis tombée sur votre messagerie."),
      to="Sophie Kerhervé <s.kerherve@biscuiterie-ondine.example.fr>",
      key="ond_apology", parent="ond_miss"),

    M("own_thank_you_valmont", "fr", CAND,
      "Merci pour l'échange – consultant junior S&OP", "2026-06-10 18:02 +0200",
      "Bonjour Monsieur Royer,\n\nMerci encore pour l'entretien de cet après-midi et pour la "
      "présentation du cas client. J'ai beaucoup apprécié l'échange et je reste très motivé "
      "par le poste.\n\nBien cordialement,\nThéo Lacombe-Mendes\n",
      to="Bastien Royer <b.royer@valmont-conseil.example.fr>", key="val_ty", parent="val_move"),

    M("own_reschedule_request", "fr", CAND,
      "Re: Journée d'essai à Libourne ?", "2026-08-27 20:10 +0200",
      "Bonjour Lucie,\n\n"
      "Merci beaucoup pour la proposition. Le 3 septembre, je suis engagé au chai jusqu'à midi : "
      "serait-il possible de décaler la journée d'essai à un autre jour de la semaine suivante ? "
      "Sinon je m'arrangerai.\n\nBien à vous,\n" + CAND_SIG_FR + "\n",
      to="Lucie Brisseau <lucie@maison-brisseau.example.fr>", parent="bri_inv"),

    M("own_accepts_offer", "fr", CAND,
      "Re: Proposition d'embauche – Planificateur supply", "2026-03-30 08:21 +0200",
      "Bonjour Agathe,\n\n"
      "J'ai bien étudié votre proposition et j'ai le plaisir de l'accepter. Je vous retourne le "
      "document signé dans la journée. Je donnerai ma démission au château cette semaine pour une "
      "arrivée le 4 mai comme prévu.\n\nÀ très bientôt,\nThéo\n\n"
      + quote("fr", "ven. 27 mars 2026 à 16:30",
              "Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>",
              "Bonjour Théo,\n\nSuite à nos échanges et à votre entretien du 19 mars, j'ai le plaisir "
              "de vous proposer le poste de Planificateur supply en CDI au sein de Maison "
              "Castelbrun."),
      to="Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>", parent="cast_offer"),

    M("job_alert_emploivin", "fr",
      "EmploiVin Alertes <alertes@emploivin.example.fr>",
      "5 nouvelles offres pour « planificateur » près de Bordeaux", "2026-02-09 06:30 +0100",
      newsletter_text("Vos alertes EmploiVin",
                      "Voici les offres publiées depuis hier qui correspondent à votre recherche.",
                      ALERT_FR, "Se désinscrire : https://emploivin.example.fr/alertes/stop?u=9911"),
      html=newsletter_html("Vos alertes EmploiVin",
                           "Voici les offres publiées depuis hier qui correspondent à votre recherche.",
                           ALERT_FR, "Vous recevez cet e-mail car vous avez créé une alerte. "
                           "Se désinscrire : https://emploivin.example.fr/alertes/stop?u=9911"),
      headers=lst("<alertes.emploivin.example.fr>",
                  "https://emploivin.example.fr/alertes/stop?u=9911")),

    M("newsletter_rebondir_refus", "fr",
      "La Lettre Cadres & Supply <lettre@cadres-supply.example.fr>",
      "Rebondir après un refus · Les salaires des planificateurs 2026", "2026-04-07 07:00 +0200",
      "LA LETTRE CADRES & SUPPLY – n° 142\n\n"
      "1. « Nous ne donnerons pas suite » : comment rebondir après un refus\n"
      "Trois recruteurs expliquent ce que cache la formule et comment demander un retour utile.\n"
      "https://cadres-supply.example.fr/articles/rebondir-refus\n\n"
      "2. Étude : les salaires des planificateurs de la demande en 2026\n"
      "De 32 k€ en début de carrière à plus de 55 k€ pour un responsable S&OP.\n"
      "https://cadres-supply.example.fr/etudes/salaires-2026\n\n"
      "3. Agenda : webinaire « Réussir son entretien en anglais », jeudi 16 avril à 12h30\n"
      "https://cadres-supply.example.fr/webinaires/entretien-anglais\n\n"
      "Vous recevez cette lettre car vous êtes abonné. Se désabonner : "
      "https://cadres-supply.example.fr/desabonnement\n",
      headers=lst("Lettre Cadres et Supply <lettre.cadres-supply.example.fr>",
                  "https://cadres-supply.example.fr/desabonnement")),

    M("career_advice_article", "fr",
      "Blog Carrières Logistiques <blog@carrieres-logistiques.example.fr>",
      "Les 7 questions qu'on vous posera en entretien de planificateur", "2026-05-19 08:15 +0200",
      None,
      html="<html><body style=\"font-family:Georgia\"><h1>Les 7 questions qu'on vous posera en "
           "entretien de planificateur</h1><p>Vous avez décroché un entretien ? Bravo. Voici les "
           "questions qui reviennent le plus souvent, et comment y répondre.</p><ol><li>Comment "
           "mesurez-vous la fiabilité d'une prévision ?</li><li>Racontez un arbitrage entre "
           "rupture et surstock.</li><li>Quel est votre niveau sur Excel et sur un ERP ?</li><li>"
           "Comment travaillez-vous avec les commerciaux ?</li><li>Pourquoi quitter la production "
           "?</li><li>Un exemple d'échec et ce que vous en avez tiré.</li><li>Vos questions pour "
           "nous ?</li></ol><p><a href=\"https://carrieres-logistiques.example.fr/blog/7-questions"
           "\">Lire l'article complet</a></p><p style=\"font-size:11px\">Se désabonner : "
           "https://carrieres-logistiques.example.fr/stop</p></body></html>\n",
      headers=lst("<blog.carrieres-logistiques.example.fr>",
                  "https://carrieres-logistiques.example.fr/stop")),

    M("podcast_interview_request", "fr",
      "Aurélie Ducasse <aurelie@vignes-et-flux.example.fr>",
      "Invitation au podcast « Vignes & Flux »", "2026-06-16 10:20 +0200",
      "Bonjour Théo,\n\n"
      "J'anime « Vignes & Flux », un podcast sur les métiers de la logistique du vin. Un ami commun "
      "m'a parlé de votre reconversion du chai vers la planification, et j'aimerais beaucoup vous "
      "interviewer pour un épisode d'une quarantaine de minutes.\n\n"
      "L'enregistrement peut se faire à distance, à la date de votre choix en juillet. Rien à "
      "préparer, on discute simplement de votre parcours.\n\n"
      "Au plaisir,\nAurélie Ducasse\nVignes & Flux – le podcast\n"),

    M("user_research_invitation", "fr",
      "Léa de Talentis <recherche-utilisateur@talentis.example.fr>",
      "Participez à un entretien utilisateur (bon d'achat de 30 €)", "2026-03-23 14:00 +0100",
      "Bonjour Théo,\n\n"
      "Vous utilisez Talentis pour votre recherche d'emploi. Notre équipe produit aimerait mieux "
      "comprendre comment vous suivez vos candidatures. Seriez-vous disponible pour un entretien "
      "utilisateur de 30 minutes en visio la semaine prochaine ? Un bon d'achat de 30 € vous sera "
      "offert.\n\n"
      "Réservez un créneau ici : https://talentis.example.fr/recherche/creneaux\n\n"
      "Merci !\nLéa, équipe Recherche utilisateur – Talentis\n",
      headers={"Reply-To": "recherche-utilisateur@talentis.example.fr"}),

    M("package_delayed", "fr",
      "ColisRapide <ne-pas-repondre@colisrapide.example.fr>",
      "Votre colis est retardé", "2026-01-16 18:44 +0100",
      "Bonjour,\n\n"
      "Malheureusement, votre colis n° CR 4471 0922 FR ne pourra pas être livré à la date prévue "
      "en raison d'un incident sur notre plateforme de tri. Nous vous prions de nous excuser pour "
      "ce contretemps.\n\n"
      "Nouvelle date estimée : mardi 20 janvier.\n"
      "Suivre mon colis : https://colisrapide.example.fr/suivi/CR44710922FR\n\n"
      "Le service client ColisRapide\n",
      cs="iso-8859-1"),

    M("friend_own_rejection", "fr",
      "Manon Etcheverry <manon.etch@example.fr>",
      "bon ben c'est mort pour moi", "2026-04-30 22:41 +0200",
      "Coucou Théo,\n\n"
      "Je voulais te dire : j'ai reçu la réponse pour le poste chez le négociant de Pauillac, "
      "c'est un refus. « Votre candidature n'a pas été retenue », trois lignes, même pas signé. "
      "Après deux entretiens, ça pique.\n\n"
      "Et toi, tu as des nouvelles de Castelbrun ? Tu commences bientôt, non ?\n\n"
      "Bises,\nManon\n"),

    M("bank_appointment", "fr",
      "Banque Aquitaine Mutuelle <conseiller@banque-aquitaine.example.fr>",
      "Confirmation de votre rendez-vous avec votre conseiller", "2026-05-04 09:00 +0200",
      "Bonjour Monsieur Lacombe-Mendes,\n\n"
      "Nous vous confirmons votre rendez-vous avec Mme Lafargue, votre conseillère, pour votre "
      "entretien annuel et l'étude de votre projet de prêt immobilier :\n\n"
      "Jeudi 7 mai 2026 à 17h30 – Agence de Libourne, 3 place Abel Surchamp.\n\n"
      "Pensez à apporter vos trois derniers bulletins de salaire et, le cas échéant, votre nouvelle "
      "promesse d'embauche.\n\n"
      "Banque Aquitaine Mutuelle\n",
      html=ats_card("Banque Aquitaine Mutuelle", "#004a8f", "Votre rendez-vous",
                    ["Bonjour Monsieur Lacombe-Mendes,",
                     "Nous vous confirmons votre rendez-vous avec Mme Lafargue, votre conseillère, "
                     "pour votre entretien annuel et l'étude de votre projet de prêt immobilier.",
                     "Jeudi 7 mai 2026 à 17h30 – Agence de Libourne, 3 place Abel Surchamp."],
                    "Ce message est envoyé automatiquement.")),

    M("landlord_dossier_refused", "fr",
      "Agence Immobilière des Quais <location@immo-quais.example.fr>",
      "Votre dossier pour l'appartement rue Notre-Dame", "2026-04-14 11:36 +0200",
      "Bonjour Monsieur,\n\n"
      "Nous vous remercions pour votre dossier de location concernant le T2 de la rue Notre-Dame "
      "(Bordeaux, Chartrons).\n\n"
      "Le propriétaire a malheureusement retenu une autre candidature, dont les garanties étaient "
      "plus anciennes. Votre dossier n'a donc pas été retenu pour ce logement.\n\n"
      "Nous restons à votre disposition pour d'autres biens.\n\n"
      "Service location – Agence Immobilière des Quais\n"),

    M("school_admission_refused", "fr",
      "Institut Supérieur de Logistique de Nantes <admissions@isl-nantes.example.fr>",
      "Résultat de votre candidature – Bachelor Supply Chain en alternance",
      "2026-06-26 15:00 +0200",
      "Monsieur,\n\n"
      "Le jury d'admission s'est réuni le 24 juin pour examiner les candidatures au Bachelor "
      "Supply Chain en alternance (rentrée 2026).\n\n"
      "Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour cette "
      "session : les places disponibles ont été attribuées à des candidats disposant déjà d'un "
      "contrat d'alternance signé.\n\n"
      "Vous pouvez candidater à la session de février 2027.\n\n"
      "Le service des admissions\nInstitut Supérieur de Logistique de Nantes\n",
      cs="windows-1252", cte="quoted-printable"),

    M("doctor_appointment_moved", "fr",
      "MédiRDV <rappel@medirdv.example.fr>",
      "Votre rendez-vous du 12 février a été déplacé", "2026-02-10 07:45 +0100",
      "Bonjour Théo Lacombe-Mendes,\n\n"
      "Le Dr Pascale Ribeiro a dû modifier son planning. Votre rendez-vous du jeudi 12 février à "
      "9h15 est déplacé au vendredi 13 février à 11h00, au cabinet de Saint-Émilion.\n\n"
      "Si ce nouvel horaire ne vous convient pas, vous pouvez l'annuler depuis l'application.\n\n"
      "MédiRDV – ne pas répondre à ce message\n",
      headers={"Auto-Submitted": "auto-generated"}),

    M("out_of_office_recruiter", "fr",
      "Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>",
      "Réponse automatique : Re: Proposition d'embauche – Planificateur supply",
      "2026-03-30 08:21 +0200",
      "Bonjour,\n\n"
      "Je suis absente du bureau jusqu'au 3 avril inclus, sans accès à mes e-mails. Pour toute "
      "question urgente concernant un recrutement ou un entretien en cours, vous pouvez contacter "
      "Vincent Ardouin (v.ardouin@castelbrun.example.fr).\n\n"
      "Agathe Lamarque\n",
      headers=AUTO),

    M("prolink_notification_fr", "fr",
      "ProLink <notifications@prolink.example.com>",
      "Théo, un recruteur a consulté votre profil", "2026-07-28 12:00 +0200",
      "Bonjour Théo,\n\n"
      "Votre profil a été consulté par un recruteur de la société Vinexport Atlantique cette "
      "semaine, et il est apparu dans 14 recherches.\n\n"
      "Voir qui a consulté votre profil : https://prolink.example.com/me/profile-views\n\n"
      "Offres recommandées pour vous :\n"
      "- Planificateur supply H/F – Bordeaux : https://prolink.example.com/jobs/771002\n"
      "- Approvisionneur – Nantes : https://prolink.example.com/jobs/770988\n\n"
      "Se désabonner de ces e-mails : https://prolink.example.com/settings/email\n",
      headers=lst("<profile-views.prolink.example.com>",
                  "https://prolink.example.com/settings/email")),

    M("cold_approach_no_event", "fr",
      "Thomas Vidal <thomas.vidal@supplytalents.example.fr>",
      "Votre profil – planification / supply", "2026-09-03 11:15 +0200",
      "Bonjour Théo,\n\n"
      "Je suis consultant chez Supply Talents, cabinet spécialisé dans les fonctions supply chain "
      "dans le Sud-Ouest. Je suis tombé sur votre profil et votre parcours en chai m'a interpellé.\n\n"
      "Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je serais heureux de vous "
      "compter dans mon réseau. Si vous le souhaitez, vous pouvez m'envoyer votre CV à jour.\n\n"
      "Bonne journée,\nThomas Vidal\nSupply Talents\n"),

    M("gps_position_alert", "fr",
      "VitiTrack <alertes@vititrack.example.fr>",
      "Alerte position : tracteur T4 hors zone", "2026-08-19 06:12 +0200",
      "Alerte automatique VitiTrack\n\n"
      "Véhicule : tracteur enjambeur T4 (Château Larcis-Peyraud)\n"
      "Position : 44.8921 N, 0.1589 W – hors de la zone autorisée « Parcelles Nord »\n"
      "Heure : 06:11\n\n"
      "Malheureusement, la connexion GPS a été perdue pendant 4 minutes avant cette position.\n\n"
      "Gérer les alertes : https://vititrack.example.fr/alertes\n",
      headers={"Auto-Submitted": "auto-generated"}),

    M("own_forward_offer_to_partner", "fr", CAND,
      "TR: Proposition d'embauche – Planificateur supply", "2026-03-27 18:02 +0100",
      "Regarde ça !!! Ils me prennent. On en parle ce soir.\n\n"
      + quote("fwd_fr", "Agathe Lamarque <agathe.lamarque@castelbrun.example.fr>",
              "ven. 27 mars 2026 à 16:30", "Proposition d'embauche – Planificateur supply",
              "Bonjour Théo,\n\nSuite à nos échanges et à votre entretien du 19 mars, j'ai le "
              "plaisir de vous proposer le poste de Planificateur supply en CDI au sein de Maison "
              "Castelbrun, avec une prise de poste au 4 mai 2026.\n\nAgathe Lamarque"),
      to="Inês Mendes <ines.mendes@example.pt>"),

    M("wine_newsletter_harvest_jobs", "fr",
      "Le Courrier des Vins de Bordeaux <newsletter@courrier-vins.example.fr>",
      "Vendanges 2026 : les domaines recrutent, la campagne démarre tôt", "2026-08-20 07:30 +0200",
      "LE COURRIER DES VINS DE BORDEAUX\n\n"
      "• Vendanges précoces : les premiers merlots rentrent dès la fin août.\n"
      "• Emploi : plus de 300 postes à pourvoir pour la saison, coupeurs, porteurs et "
      "cavistes. Les entretiens se font souvent sur place.\n"
      "• Négoce : un grand groupe annonce la suppression de postes dans sa logistique.\n\n"
      "Lire la suite : https://courrier-vins.example.fr/n/2026-08-20\n"
      "Se désinscrire : https://courrier-vins.example.fr/desinscription\n",
      cs="windows-1252",
      headers=lst("<newsletter.courrier-vins.example.fr>",
                  "mailto:desinscription@courrier-vins.example.fr")),

    M("employment_office_convocation", "fr",
      "Maison de l'Emploi du Libournais <conseil@emploi-libournais.example.fr>",
      "Convocation à un entretien de suivi", "2026-01-08 10:00 +0100",
      "Monsieur Lacombe-Mendes,\n\n"
      "Dans le cadre de votre accompagnement, vous êtes invité à un entretien de suivi avec votre "
      "conseillère, Mme Darriet, le mardi 13 janvier 2026 à 14h00 à la Maison de l'Emploi, "
      "2 rue Jules Ferry, 33500 Libourne.\n\n"
      "Merci de vous munir de votre CV actualisé.\n\n"
      "Maison de l'Emploi du Libournais\n"),

    M("training_registration", "fr",
      "Formapro Logistique <inscriptions@formapro-logistique.example.fr>",
      "Inscription confirmée : Excel pour la supply chain (niveau 2)", "2026-01-21 16:30 +0100",
      "Bonjour Théo,\n\n"
      "Nous avons bien reçu votre inscription à la formation « Excel pour la supply chain – "
      "niveau 2 » financée par votre CPF. Elle aura lieu les 9 et 10 février à Mérignac.\n\n"
      "La convocation vous sera envoyée une semaine avant.\n\nFormapro Logistique\n"),

    M("job_fair_invitation", "fr",
      "Forum Emploi Agroalimentaire <contact@forum-agro-nantes.example.fr>",
      "Forum Emploi Agroalimentaire de Nantes – 40 entreprises, entretiens express",
      "2026-09-24 09:00 +0200",
      None,
      html=newsletter_html(
          "Forum Emploi Agroalimentaire – Nantes, 15 octobre",
          "Rencontrez 40 entreprises qui recrutent et passez des entretiens express de 10 minutes.",
          [("Programme et liste des exposants", "https://forum-agro-nantes.example.fr/programme",
            "Industriels, coopératives, logisticiens"),
           ("Atelier CV et simulation d'entretien", "https://forum-agro-nantes.example.fr/ateliers",
            "Sur inscription"),
           ("Plan d'accès – Parc des Expositions", "https://forum-agro-nantes.example.fr/acces",
            "Tram ligne 1")],
          "Vous recevez ce message car vous avez visité notre forum en 2025. "
          "Désinscription : https://forum-agro-nantes.example.fr/stop"),
      headers=lst("<info.forum-agro-nantes.example.fr>", "https://forum-agro-nantes.example.fr/stop")),

    M("own_thanks_agency", "fr", CAND,
      "Re: Retour de la Cave des Coteaux de Bourg", "2026-04-09 19:40 +0200",
      "Bonjour Julien,\n\nMerci pour le retour, même s'il est décevant. N'hésitez pas à me "
      "proposer d'autres missions, je reste disponible dès maintenant.\n\nBonne soirée,\nThéo\n\n"
      + quote("fr", "jeu. 9 avr. 2026 à 18:22",
              "Julien Abadie <julien.abadie@gironde-interim.example.fr>",
              "Malheureusement, ils ne donnent pas suite : ils ont préféré un profil qui connaît déjà "
              "leur logiciel de gestion de chai."),
      to="Julien Abadie <julien.abadie@gironde-interim.example.fr>", parent="gir_rej"),

    M("mailing_list_post", "fr",
      "Pierre Lassalle <pierre.lassalle@example.fr>",
      "[supply-bordeaux] Retour d'expérience : mon premier S&OP", "2026-10-01 21:05 +0200",
      "Bonjour à tous,\n\n"
      "Suite à la discussion du mois dernier, je partage mon retour après six mois comme "
      "planificateur : le plus dur n'a pas été l'outil, mais d'arbitrer entre commerciaux et "
      "production. Lors de mon entretien d'embauche, personne ne m'en avait parlé !\n\n"
      "Si certains veulent en discuter, on peut se voir au prochain afterwork.\n\nPierre\n\n"
      "--\nListe supply-bordeaux – https://lists.example.org/supply-bordeaux\n",
      to="supply-bordeaux@lists.example.org",
      headers={**lst("Supply Bordeaux <supply-bordeaux.lists.example.org>",
                     "mailto:supply-bordeaux-leave@lists.example.org"),
               "List-Post": "<mailto:supply-bordeaux@lists.example.org>",
               "Sender": "supply-bordeaux-bounces@lists.example.org"}),

    # ================================================================== en (13)
    M("own_thank_you_belgavin", "en", CAND,
      "Thank you – Supply Planning Analyst interview", "2026-05-15 19:03 +0200",
      "Dear Charlotte,\n\nThank you for this afternoon's interview. I enjoyed learning how "
      "Belgavin forecasts seasonal demand for its spirits brands, and I am even more "
      "interested in the role.\n\nKind regards,\nThéo\n",
      to="Charlotte Vermeulen <charlotte.vermeulen@belgavin.example.be>",
      cc="Pieter Janssens <pieter.janssens@belgavin.example.be>",
      key="bel_ty", parent="bel_move"),

    M("own_apology_rabelo", "en", CAND,
      "Re: We missed you today", "2026-03-02 21:30 +0000",
      "Dear Rui,\n\nI am so sorry — I connected at 12:00 French time, one hour too late, because "
      "I misread the time zone. Could we find another slot?\n\nThéo\n\n"
      + quote("en", "Mon, 2 Mar 2026 at 11:20", "Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>",
              "Hi Théo, I was on the Meet link at 11:00 but you didn't join. Is everything OK?"),
      to="Rui Carvalho <rui.carvalho@vinhosrabelo.example.pt>", key="rab_apology",
      parent="rab_miss"),

    M("own_reschedule_scheldt", "en", CAND,
      "RE: Phone screen – Demand Planner (Brussels)", "2026-08-04 14:40 +0200",
      "Hi Anouk,\n\nThank you for getting back to me. Unfortunately I am on a harvest shift all "
      "morning on Monday; could we move the call to Tuesday 11 August at 10:00 instead?\n\n"
      + CAND_SIG_EN + "\n",
      to="Anouk De Smet <anouk.desmet@scheldtfoods.example.be>", parent="sch_inv"),

    M("job_alert_digest_en", "en",
      "PlanningJobs Weekly <digest@planningjobs.example.com>",
      "Your weekly digest: 5 planning jobs + why final rounds end in rejection",
      "2026-05-25 06:00 +0200",
      newsletter_text("PlanningJobs Weekly", "Hi Théo, here are this week's matches.", ALERT_EN,
                      "Unsubscribe: https://planningjobs.example.com/u/ab12"),
      html=newsletter_html("PlanningJobs Weekly", "Hi Théo, here are this week's matches.",
                           ALERT_EN, "Unsubscribe: https://planningjobs.example.com/u/ab12"),
      headers=lst("PlanningJobs Weekly <weekly.planningjobs.example.com>",
                  "https://planningjobs.example.com/u/ab12")),

    M("career_newsletter_rejection", "en",
      "The Supply Chain Career Letter <letter@sccareer.example.com>",
      "How to reply to a rejection (and when an interview invite is really a test)",
      "2026-09-15 08:00 +0200",
      "THE SUPPLY CHAIN CAREER LETTER\n\n"
      "This week: \"We have decided to move forward with other candidates\" — three ways to answer "
      "that keep the door open. Plus: what to do when a recruiter cancels your interview twice, "
      "and how to read an offer letter's small print.\n\n"
      "Read online: https://sccareer.example.com/letters/2026-37\n\n"
      "You're receiving this because you subscribed. Unsubscribe: "
      "https://sccareer.example.com/unsubscribe\n",
      headers=lst("<letter.sccareer.example.com>", "https://sccareer.example.com/unsubscribe")),

    M("prolink_notification_en", "en",
      "ProLink <notifications@prolink.example.com>",
      "Anouk De Smet and 3 others viewed your profile", "2026-08-06 12:00 +0200",
      None,
      html=ats_card("ProLink", "#0a66c2", "Your profile is getting noticed",
                    ["Hi Théo,",
                     "Anouk De Smet (Recruiter at Scheldt Foods) and 3 others viewed your profile "
                     "this week.",
                     "You appeared in 22 searches, mostly for 'demand planner'."],
                    "You are receiving ProLink notification emails. Unsubscribe.",
                    button=("See all views", "https://prolink.example.com/me/profile-views")),
      headers=lst("<profile-views.prolink.example.com>",
                  "https://prolink.example.com/settings/email")),

    M("out_of_office_en", "en",
      "Charlotte Vermeulen <charlotte.vermeulen@belgavin.example.be>",
      "Automatic reply: Thank you – Supply Planning Analyst interview", "2026-05-15 19:03 +0200",
      "Thank you for your email. I am out of the office until Wednesday 20 May with limited access "
      "to email. For anything related to interviews scheduled this week, please contact "
      "talent@belgavin.example.be.\n\nCharlotte\n",
      headers=AUTO, parent="bel_ty"),

    M("package_delayed_en", "en",
      "ParcelNow <updates@parcelnow.example.com>",
      "Update: your package is delayed", "2026-06-08 19:20 +0100",
      "Hi Théo,\n\nUnfortunately, your package (tracking PN-88410277) has been delayed due to "
      "high volumes at our Porto hub. New estimated delivery: Thursday 11 June.\n\n"
      "Track it here: https://parcelnow.example.com/t/PN-88410277\n\nParcelNow\n",
      headers={"Auto-Submitted": "auto-generated"}),

    M("friend_rejected_en", "en",
      "Diogo Antunes <diogo.antunes@example.pt>",
      "well, that's that", "2026-07-03 23:10 +0100",
      "Théo,\n\nJust heard back from the port authority job — they rejected me after the final "
      "round. \"We were impressed but have chosen a candidate with more experience.\" Classic.\n\n"
      "How did your interview in Geneva go? Beers this weekend to drown our sorrows?\n\nDiogo\n"),

    M("user_research_en", "en",
      "Maya from PlanHub <research@planhub.example.com>",
      "30-min research interview? (€40 voucher)", "2026-02-12 15:30 +0100",
      "Hi Théo,\n\n"
      "You signed up for the PlanHub forecasting trial last month. Our design team is running "
      "research interviews to understand how planners build their first forecast. Would you join "
      "a 30-minute video session? As a thank-you we offer a €40 voucher.\n\n"
      "Book a slot: https://planhub.example.com/research/book\n\nMaya, PlanHub Research\n"),

    M("press_interview_request_en", "en",
      "Tom Hadley <tom.hadley@drinks-supply-weekly.example.com>",
      "Interview request – career changers in drinks supply chains", "2026-09-30 11:45 +0100",
      "Dear Théo,\n\n"
      "I'm a reporter at Drinks Supply Weekly, preparing a feature on people who moved from "
      "vineyards and cellars into planning roles. Would you be willing to be interviewed for the "
      "piece? A 20-minute phone conversation would be plenty, at a time that suits you.\n\n"
      "Best wishes,\nTom Hadley\nReporter, Drinks Supply Weekly\n"),

    M("cold_approach_en", "en",
      "Fleur Maes <fleur.maes@lowcountry-search.example.be>",
      "Connecting – supply planning in Benelux", "2026-03-05 09:35 +0100",
      "Hi Théo,\n\n"
      "I lead the supply chain practice at Lowcountry Search in Brussels. I noticed your move "
      "towards demand planning and thought it worth introducing myself. Nothing specific on my "
      "desk right now, but I regularly work with spirits and FMCG clients.\n\n"
      "Feel free to keep my details for the future.\n\nFleur Maes\nLowcountry Search\n"),

    M("mooc_admission_refused", "en",
      "Lowlands Business School Online <admissions@lbs-online.example.nl>",
      "Your application to the Supply Chain Analytics certificate", "2026-02-26 17:00 +0100",
      "Dear Théo Lacombe-Mendes,\n\n"
      "Thank you for applying to the spring cohort of our Supply Chain Analytics certificate.\n\n"
      "We regret to inform you that we are unable to offer you a place in this cohort, as the "
      "programme was heavily oversubscribed. You are welcome to apply again for the autumn "
      "intake.\n\n"
      "Admissions Office\nLowlands Business School Online\n"),

    # ================================================================== es (6)
    M("own_accepts_oferta", "es", CAND,
      "Re: Oferta – Planificador/a de Demanda", "2026-07-27 09:10 +0200",
      "Hola Núria:\n\nMuchísimas gracias por la oferta. Después de pensarlo el fin de semana, "
      "he decidido declinarla: he aceptado otro puesto más cerca de mi familia en Burdeos. "
      "Ha sido un placer conoceros.\n\nUn saludo,\nThéo\n\n"
      + quote("es", "vie, 24 jul 2026 a las 13:05",
              "Núria Bosch (<nuria.bosch@olis-garrigues.example.es>)",
              "Nos alegra mucho comunicarte que queremos que te incorpores a Olis Garrigues como "
              "Planificador/a de Demanda."),
      to="Núria Bosch <nuria.bosch@olis-garrigues.example.es>", parent="gar_offer"),

    M("job_alert_es", "es",
      "InfoFeina Catalunya <alertes@infofeina.example.es>",
      "Nuevas ofertas: planificador de demanda en Barcelona", "2026-06-22 07:15 +0200",
      "Hola Théo,\n\nEstas son las ofertas nuevas para tu alerta «planificador demanda»:\n\n"
      "- Planificador/a de Demanda – aceites – Barcelona\n  https://infofeina.example.es/o/30211\n"
      "- Técnico/a de Aprovisionamiento – Granollers\n  https://infofeina.example.es/o/30190\n"
      "- Analista S&OP – gran consumo – Sant Cugat\n  https://infofeina.example.es/o/30175\n\n"
      "Consejo de la semana: cómo preparar una entrevista por competencias.\n"
      "https://infofeina.example.es/consejos/entrevista\n\n"
      "Darse de baja: https://infofeina.example.es/baja\n",
      headers=lst("<alertes.infofeina.example.es>", "https://infofeina.example.es/baja")),

    M("bank_cita_hipoteca", "es",
      "Banc Mediterrani <citas@bancmediterrani.example.es>",
      "Confirmación de su cita con el gestor", "2026-07-02 10:30 +0200",
      "Estimado cliente:\n\n"
      "Le confirmamos su cita con su gestor, Sr. Albert Roig, para la entrevista de estudio de su "
      "cuenta de no residente: martes 7 de julio a las 12:00, oficina de Passeig de Gràcia 45.\n\n"
      "Si necesita cambiar la cita, llame al 93 555 00 00.\n\nBanc Mediterrani\n",
      headers={"Auto-Submitted": "auto-generated"}),

    M("friend_rechazada", "es",
      "Carla Nieto <carla.nieto@example.es>",
      "me han rechazado :(", "2026-05-20 22:05 +0200",
      "Hola Théo,\n\n"
      "Te cuento: al final me han rechazado en la cervecera. Ni una entrevista, solo un correo "
      "diciendo que han elegido «perfiles más ajustados». En fin.\n\n"
      "¿Tú qué tal con la ETT? ¿Te llamaron al final?\n\nBesos,\nCarla\n",
      cs="iso-8859-1", cte="base64"),

    M("pedido_retrasado", "es",
      "TiendaCasa <pedidos@tiendacasa.example.es>",
      "Tu pedido se ha retrasado", "2026-03-30 16:40 +0200",
      "Hola Théo,\n\nLamentablemente, tu pedido n.º 552190 (cafetera) se ha retrasado por falta de "
      "stock en el almacén. La nueva fecha de entrega prevista es el 6 de abril.\n\n"
      "Sigue tu pedido: https://tiendacasa.example.es/pedido/552190\n\nTiendaCasa\n"),

    M("piso_solicitud_rechazada", "es",
      "Inmobiliaria Gràcia Llar <alquileres@gracia-llar.example.es>",
      "Solicitud de alquiler – piso en Carrer de Verdi", "2026-07-16 13:00 +0200",
      "Hola Théo:\n\n"
      "Gracias por tu interés en el piso de Carrer de Verdi. Lamentamos comunicarte que la "
      "propiedad ha elegido a otro inquilino, por lo que tu solicitud no ha sido aceptada.\n\n"
      "Te avisaremos si tenemos otros pisos en Gràcia que encajen con lo que buscas.\n\n"
      "Inmobiliaria Gràcia Llar\n"),

    # ================================================================== de (6)
    M("own_terminverschiebung", "de", CAND,
      "Bitte um Terminverschiebung – Vorstellungsgespräch 16. April", "2026-04-14 07:55 +0200",
      "Sehr geehrte Frau Vogt,\n\n"
      "vielen Dank für die Einladung zum Vorstellungsgespräch am 16. April. Leider ist mein Flug "
      "von Bordeaux an diesem Tag gestrichen worden. Wäre es möglich, das Gespräch auf den 20. "
      "oder 21. April zu verschieben oder per Video zu führen?\n\n"
      "Mit freundlichen Grüßen\nThéo Lacombe-Mendes\n",
      to="Katrin Vogt <katrin.vogt@rheinkellerei-hausmann.example.de>", key="hau_req",
      parent="hau_inv"),

    M("stellenradar_digest", "de",
      "StellenRadar Rhein-Main <radar@stellenradar.example.de>",
      "Neue Jobs für „Disponent“ – und warum Absagen nichts Persönliches sind",
      "2026-05-04 06:45 +0200",
      "Hallo Théo,\n\nwir haben 4 neue Stellen für Ihre Suche gefunden:\n\n"
      "1. Disponent Bedarfsplanung (m/w/d) – Getränke – Frankfurt\n   "
      "https://stellenradar.example.de/s/19921\n"
      "2. Supply Chain Planer – Lebensmittel – Offenbach\n   https://stellenradar.example.de/s/19907\n"
      "3. Produktionsplaner – Kelterei – Hochheim\n   https://stellenradar.example.de/s/19880\n"
      "4. Filialdisponent – Handel – Hanau\n   https://stellenradar.example.de/s/19866\n\n"
      "Ratgeber: Warum Absagen nichts Persönliches sind – und wie Sie sich auf das nächste "
      "Vorstellungsgespräch vorbereiten.\nhttps://stellenradar.example.de/ratgeber/absage\n\n"
      "Abmelden: https://stellenradar.example.de/abmelden\n",
      headers=lst("<radar.stellenradar.example.de>", "https://stellenradar.example.de/abmelden")),

    M("abwesenheitsnotiz", "de",
      "Jana Wirth <j.wirth@personalwerk-rheinmain.example.de>",
      "Abwesenheitsnotiz: Rückmeldung Frischkauf", "2026-05-27 17:30 +0200",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 1. Juni nicht im Büro. In "
      "dringenden Fällen, etwa bei kurzfristigen Vorstellungsgesprächen, wenden Sie sich bitte an "
      "meinen Kollegen Tobias Reuter (t.reuter@personalwerk-rheinmain.example.de).\n\n"
      "Jana Wirth\n",
      headers=AUTO),

    M("wohnung_besichtigung_absage", "de",
      "Hausverwaltung Sachsenhausen <vermietung@hv-sachsenhausen.example.de>",
      "Ihre Anfrage zur Wohnung Schweizer Straße 14", "2026-06-19 10:15 +0200",
      "Sehr geehrter Herr Lacombe-Mendes,\n\n"
      "vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Schweizer Straße 14 und für "
      "Ihre Teilnahme an der Besichtigung. Leider müssen wir Ihnen mitteilen, dass sich der "
      "Eigentümer für einen anderen Mietinteressenten entschieden hat.\n\n"
      "Mit freundlichen Grüßen\nHausverwaltung Sachsenhausen\n",
      cs="iso-8859-1", cte="quoted-printable"),

    M("sprachkurs_absage", "de",
      "Sprachschule Mainufer <kurse@sprachschule-mainufer.example.de>",
      "Deutschkurs B2 – leider ausgebucht", "2026-08-26 14:05 +0200",
      "Hallo Herr Lacombe-Mendes,\n\n"
      "vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 ab dem 7. September. Leider ist "
      "der Kurs bereits ausgebucht und wir können Ihnen keinen Platz anbieten. Gern setzen wir Sie "
      "auf die Warteliste oder reservieren einen Platz im Oktoberkurs.\n\n"
      "Ihr Team der Sprachschule Mainufer\n"),

    M("karriere_newsletter", "de",
      "Karrierebrief Logistik <newsletter@karrierebrief-logistik.example.de>",
      "Karrierebrief: Gehaltsverhandlung nach dem Angebot", "2026-10-05 07:00 +0200",
      None,
      html=newsletter_html(
          "Karrierebrief Logistik – Ausgabe 40/2026",
          "Diese Woche: Was tun, wenn das Angebot kommt – und wie man eine Absage richtig liest.",
          [("Gehaltsverhandlung nach dem Angebot: 5 Regeln",
            "https://karrierebrief-logistik.example.de/a/angebot", "Mit Beispielen aus der Praxis"),
           ("Absage erhalten? So fragen Sie nach Feedback",
            "https://karrierebrief-logistik.example.de/a/feedback", "Drei Musterformulierungen"),
           ("Vorstellungsgespräch per Video: Technik-Check",
            "https://karrierebrief-logistik.example.de/a/video", "Checkliste zum Ausdrucken")],
          "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: "
          "https://karrierebrief-logistik.example.de/abmelden"),
      headers=lst("<newsletter.karrierebrief-logistik.example.de>",
                  "https://karrierebrief-logistik.example.de/abmelden")),
]
