"""`other` mail of the threehundredfourth corpus: the candidate's own mail, alerts, newsletters,
friends, landlords, doctors, parcels, press and research interviews, cold approaches."""

from __future__ import annotations

from msgs304_common import BULK, CAND, m, page

OTHER = "other"


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {**BULK, "List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


CV = ("CV_Oceane_Lefebvre-Ndiaye.pdf",
      ["Oceane Lefebvre-Ndiaye", "Conseillere clientele particuliers - 7 ans",
       "Certification AMF - Formation LCB-FT (2025)", "oceane.ln@example.fr"])

MESSAGES = [
    # ================================================================ the candidate's own mail
    m("own_vilaine_followup", OTHER, "fr", "2026-05-04 08:30 +0200", CAND,
      "Entretien du 28 avril - poste de chargée de conformité",
      """
        Bonjour Monsieur Tanguy,

        Je me permets de revenir vers vous suite à notre entretien du 28 avril pour le poste
        de chargée de conformité. Je reste très motivée par ce poste et serais heureuse de
        connaître l'avancement de votre réflexion.

        Je vous remercie par avance et vous souhaite une bonne journée.

        Océane Lefebvre-Ndiaye
      """, to=("Pierre-Yves Tanguy", "py.tanguy@credit-vilaine.example.fr")),
    m("own_luxfid_apply", OTHER, "fr", "2026-08-24 21:05 +0200", CAND,
      "Candidature - Chargé(e) KYC / Onboarding",
      """
        Bonjour Monsieur Weis,

        Je vous adresse ma candidature pour le poste de Chargé(e) KYC / Onboarding publié
        sur votre site. Conseillère bancaire depuis sept ans, j'ai suivi une formation
        LCB-FT et souhaite aujourd'hui me consacrer pleinement à la connaissance client.

        Vous trouverez mon CV en pièce jointe. Je serais ravie d'en échanger avec vous.

        Bien cordialement,
        Océane Lefebvre-Ndiaye
      """, to=("Claude Weis", "claude.weis@luxfiduciaire.example.lu"), pdfs=[CV],
      name_enc=("utf-8", "Q")),
    m("own_saintlazare_apply", OTHER, "fr", "2026-03-18 22:41 +0100", CAND,
      "Candidature au poste de Chargée de conformité clientèle",
      """
        Madame,

        Actuellement conseillère de clientèle à Rennes, je souhaite rejoindre la Banque
        Saint-Lazare en tant que chargée de conformité clientèle. Vous trouverez ci-joint
        mon CV ; je me tiens à votre disposition pour un entretien.

        Je vous prie d'agréer, Madame, mes salutations distinguées.

        Océane Lefebvre-Ndiaye
      """, to=("Nathalie Pérignon", "n.perignon@banque-saint-lazare.example.fr"), pdfs=[CV],
      charset="iso-8859-1", cte="quoted-printable"),
    m("own_nantaise_sorry", OTHER, "fr", "2026-06-11 12:40 +0200", CAND,
      "Re: Notre appel de 11h",
      """
        Bonjour Laëtitia,

        Je suis vraiment désolée : j'étais en rendez-vous client et mon téléphone est resté
        en silencieux. Je suis disponible demain toute la matinée ou lundi après 14h, si
        l'un de ces créneaux vous convient.

        Encore toutes mes excuses,
        Océane
      """, to=("Laëtitia Morvan", "laetitia.morvan@nantaise-paiement.example.fr"),
      reply_of="miss_nantaise", quote="fr"),
    m("own_sirius_sorry", OTHER, "fr", "2026-02-10 12:15 +0100", CAND,
      "RE: Journée d'immersion de ce jour",
      """
        Madame Briand,

        Je vous présente mes plus sincères excuses. J'avais noté par erreur le 17 février
        dans mon agenda. Je comprendrais que vous ne donniez pas suite, mais si une autre
        date était envisageable, j'en serais très heureuse.

        Bien cordialement,
        Océane Lefebvre-Ndiaye
      """, to=("Cabinet Sirius Conseil", "recrutement@sirius-conseil.example.fr"),
      reply_of="miss_sirius", quote="outlook_fr", charset="windows-1252", cte="8bit"),
    m("own_genevoise_apply", OTHER, "fr", "2026-07-10 19:30 +0200", CAND,
      "Candidature spontanée - Analyste KYC",
      """
        Madame, Monsieur,

        Je me permets de vous adresser ma candidature spontanée pour un poste d'analyste
        KYC au sein de la Genevoise de Gestion. Vous trouverez ci-joints mon CV et ma
        lettre de motivation.

        Avec mes salutations respectueuses,
        Océane Lefebvre-Ndiaye
      """, to=("Ressources humaines GdG", "rh@genevoise-gestion.example.ch"),
      pdfs=[CV, ("Lettre_motivation_OLN.pdf",
                 ["Lettre de motivation - Analyste KYC", "Oceane Lefebvre-Ndiaye"])]),
    m("own_northgate_cv", OTHER, "en", "2026-07-30 09:02 +0200", CAND,
      "KYC Analyst opportunity - Frankfurt",
      """
        Hi Tom,

        Thanks for the call this morning. As promised, here is my CV for the KYC Analyst
        role in Frankfurt. I am happy for you to submit it to your client.

        Best regards,
        Océane
      """, to=("Tom Ashworth", "tom.ashworth@northgate-search.example.co.uk"), pdfs=[CV]),
    m("own_lindqvist_confirm", OTHER, "en", "2026-05-11 20:17 +0200", CAND,
      "RE: Lindqvist Wealth Partners - phone screen",
      """
        Dear Amelia,

        Thank you for your message. Wednesday 20 May at 15:00 works perfectly for me; I look
        forward to your call.

        Kind regards,
        Océane Lefebvre-Ndiaye
      """, to=("Amelia Forde", "amelia.forde@lindqvist-wp.example.ch"),
      reply_of="inv_lindqvist_screen", quote="en"),
    m("own_gallus_apply", OTHER, "de", "2026-09-02 22:10 +0200", CAND,
      "Bewerbung als Spezialistin Financial Crime Compliance",
      """
        Sehr geehrte Damen und Herren,

        hiermit bewerbe ich mich um die ausgeschriebene Stelle als Spezialistin Financial
        Crime Compliance. Meine Unterlagen finden Sie im Anhang. Ich spreche Deutsch auf
        B2-Niveau und arbeite mich gerne in die deutschen Vorgaben ein.

        Mit freundlichen Grüßen
        Océane Lefebvre-Ndiaye
      """, to=("Galluswerk Bank Recruiting", "recruiting@galluswerk-bank.example.de"),
      pdfs=[CV], charset="iso-8859-1", cte="quoted-printable"),
    m("own_almudena_apply", OTHER, "es", "2026-05-13 23:02 +0200", CAND,
      "Candidatura: Técnico/a de Cumplimiento Normativo",
      """
        Estimados señores:

        Les envío mi candidatura para el puesto de Técnico/a de Cumplimiento Normativo
        publicado en su web. Tengo siete años de experiencia en banca minorista en Francia y
        una formación en prevención del blanqueo de capitales.

        Adjunto mi currículum. Quedo a su disposición para una entrevista.

        Atentamente,
        Océane Lefebvre-Ndiaye
      """, to=("Seguros Almudena - Selección", "seleccion@seguros-almudena.example.es"),
      pdfs=[CV]),
    m("own_pagolino_ok", OTHER, "es", "2026-05-18 10:15 +0200", CAND,
      "RE: Pagolino: ¿hablamos? Entrevista para Analista de Cumplimiento",
      """
        Hola Lucía:

        ¡Sin problema! El martes 26 de mayo a las 16:00 me viene perfecto. Quedo atenta a
        la nueva invitación.

        Un saludo,
        Océane
      """, to=("Lucía Ferrándiz", "lucia.ferrandiz@pagolino.example.es"),
      reply_of="e3_pagolino_moved", quote="es"),

    # ================================================================ alerts and newsletters
    m("alert_fr_digest", OTHER, "fr", "2026-03-09 06:05 +0100",
      ("Emploi Finance Alertes", "alertes@emploi-finance.example.fr"),
      "Alerte emploi : 12 nouvelles offres « analyste KYC » près de Rennes",
      html=page("Bonjour Océane,",
                "12 nouvelles offres correspondent à votre alerte « analyste KYC - Rennes "
                "(50 km) » :",
                "• Analyste KYC H/F - banque mutualiste - Rennes - CDI\n"
                "• Chargé(e) de conformité - assureur - Nantes - entretien en visio possible\n"
                "• Gestionnaire LCB-FT - Vannes - CDD 6 mois",
                "Conseil de la semaine : un refus n'est jamais définitif. Malheureusement, 70 % "
                "des candidats ne relancent pas après un entretien. Préparez votre prochaine "
                "invitation à un entretien avec notre guide gratuit !",
                "Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Finance.",
                brand="Emploi Finance", footer="Se désabonner - Gérer mes alertes"),
      headers=bulk("<alertes.emploi-finance.example.fr>",
                   "https://emploi-finance.example.fr/unsubscribe?u=88213"),
      subj_enc=("utf-8", "Q")),
    m("newsletter_fr_reconversion", OTHER, "fr", "2026-04-15 07:00 +0200",
      ("La Lettre de la Reconversion", "newsletter@reconversion-mag.example.fr"),
      "Rebondir après un refus : 5 conseils pour votre prochain entretien",
      """
        LA LETTRE DE LA RECONVERSION - n° 64

        Dans ce numéro :

        1. « Nous sommes au regret de vous informer... » : comment rebondir après une
           réponse négative.
        2. Entretien d'embauche : les 10 questions qu'on vous posera en conformité.
        3. Témoignage : de conseillère bancaire à analyste LCB-FT en 18 mois.
        4. Offre retenue, et maintenant ? Négocier sa proposition d'embauche.

        Bonne lecture !

        Pour vous désinscrire : https://reconversion-mag.example.fr/desinscription
      """, headers=bulk("La Lettre <lettre.reconversion-mag.example.fr>",
                        "mailto:unsubscribe@reconversion-mag.example.fr"),
      charset="windows-1252", cte="quoted-printable"),
    m("webinar_fr", OTHER, "fr", "2026-05-20 12:00 +0200",
      ("Association Compliance Ouest", "contact@compliance-ouest.example.fr"),
      "Webinaire jeudi : réussir son entretien dans la conformité",
      html=page("Bonjour,",
                "L'Association Compliance Ouest vous invite à son webinaire mensuel, jeudi 28 "
                "mai à 12h30 : « Réussir son entretien dans la conformité quand on vient du "
                "réseau ». Inscription gratuite, nombre de places limité.",
                "Au programme : témoignages, simulation d'entretien et questions-réponses.",
                "À jeudi !", brand="Compliance Ouest",
                footer="Vous êtes inscrite à la liste d'information de l'association."),
      headers=bulk("<membres.compliance-ouest.example.fr>",
                   "https://compliance-ouest.example.fr/desinscription"), system=True),
    m("interim_newsletter_fr", OTHER, "fr", "2026-06-29 08:15 +0200",
      ("Tempora Intérim", "newsletter@tempora-interim.example.fr"),
      "Vos offres de missions de la semaine - Ille-et-Vilaine",
      """
        Bonjour Océane,

        Voici les missions de la semaine près de chez vous :

        - Assistant(e) back-office bancaire - Rennes - 3 mois - entretien rapide en agence
        - Gestionnaire de contrats assurance - Cesson-Sévigné - 6 mois
        - Chargé(e) d'accueil - Saint-Malo - mission d'été

        Vous n'avez pas été retenu(e) pour une mission ? Pas de panique, de nouvelles offres
        arrivent chaque jour.

        L'équipe Tempora Intérim
        Se désinscrire : https://tempora-interim.example.fr/preferences
      """, headers=bulk("<offres.tempora-interim.example.fr>",
                        "https://tempora-interim.example.fr/preferences"), cte="base64"),

    # ================================================================ traps, fr
    m("radio_fr_interview", OTHER, "fr", "2026-03-26 14:25 +0100",
      ("Julie Ropars", "julie.ropars@radio-ille.example.fr"),
      "Demande d'interview - émission « Nouvelles vies »",
      """
        Bonjour Océane,

        Je suis journaliste à Radio Ille et je prépare un sujet pour notre émission
        « Nouvelles vies » consacrée aux reconversions professionnelles. L'association
        Compliance Ouest m'a donné votre contact.

        Accepteriez-vous une interview d'une quinzaine de minutes, enregistrée par
        téléphone la semaine prochaine ? Elle serait diffusée le 11 avril.

        Merci d'avance,
        Julie Ropars
        Journaliste - Radio Ille - 02 99 00 70 70
      """, contact="julie.ropars@radio-ille.example.fr", subj_enc=("iso-8859-1", "Q")),
    m("colis_fr", OTHER, "fr", "2026-01-08 10:42 +0100",
      ("Colis Express", "noreply@colis-express.example.fr"),
      "Malheureusement, votre colis est retardé",
      html=page("Bonjour,",
                "Malheureusement, votre colis n° CE 4471 2290 FR est retardé en raison d'un "
                "incident sur notre plateforme de tri. Nouvelle date de livraison estimée : "
                "lundi 12 janvier.",
                "Nous vous prions de nous excuser pour ce désagrément.",
                "Suivre mon colis", brand="Colis Express", color="#e85d04"),
      html_cte="quoted-printable"),
    m("bank_position_fr", OTHER, "fr", "2026-04-01 05:30 +0200",
      ("Ma Banque en ligne", "notifications@mabanque-ligne.example.fr"),
      "Votre position de compte au 31/03/2026",
      """
        Bonjour,

        Votre relevé de position au 31/03/2026 est disponible dans votre espace client.

        Position de votre compte courant : créditrice
        Position de votre livret : inchangée

        Ceci est un message automatique.
      """, charset="iso-8859-1", cte="8bit"),
    m("gps_fr", OTHER, "fr", "2026-07-03 23:12 +0200",
      ("Trakvelo", "alerts@trakvelo.example.com"),
      "Alerte : position de votre vélo modifiée",
      """
        Votre traceur GPS signale un déplacement de votre vélo.

        Dernière position connue : Rennes, boulevard de la Liberté (précision 15 m).
        Heure : 23:09.

        Si vous n'êtes pas à l'origine de ce déplacement, ouvrez l'application.
      """),
    m("landlord_fr", OTHER, "fr", "2026-09-12 10:05 +0200",
      ("Yvon Le Gall", "yvon.legall@immo-vilaine.example.fr"),
      "Visite de l'appartement rue de Brest - samedi",
      """
        Bonjour Madame Lefebvre-Ndiaye,

        Suite à votre préavis, nous organisons les visites de votre appartement. Pouvez-vous
        me confirmer qu'une visite est possible samedi 19 septembre entre 10h et 11h ?
        Je serai accompagné de deux couples de candidats locataires.

        Cordialement,
        Yvon Le Gall
        Agence Immo Vilaine - 02 99 00 12 34
      """, contact="yvon.legall@immo-vilaine.example.fr"),
    m("dentist_fr", OTHER, "fr", "2026-02-25 18:00 +0100",
      ("RDV Santé", "rappel@rdv-sante.example.fr"),
      "Rappel : rendez-vous demain avec Dr Anne Quéméner",
      """
        Bonjour Océane,

        Nous vous rappelons votre rendez-vous demain jeudi 26 février à 8h15 avec le
        Dr Anne Quéméner, chirurgien-dentiste, 14 rue d'Antrain, Rennes.

        En cas d'empêchement, merci d'annuler ou de déplacer votre rendez-vous depuis
        l'application afin de libérer le créneau.
      """, system=True, cte="base64"),
    m("friend_rejection_fr", OTHER, "fr", "2026-04-12 21:48 +0200",
      ("Maëlle Guivarc'h", "maelle.guivarch@example.fr"),
      "Bon ben c'est non...",
      """
        Coucou Océane,

        Petite nouvelle pas terrible : la Caisse Ligérienne m'a envoyé un refus ce matin pour
        le poste au contrôle interne. Après trois entretiens, j'avoue que ça pique...

        Et toi, tu as des nouvelles de Vauclair ? On se fait un café jeudi pour se remonter
        le moral ?

        Bises,
        Maëlle
      """, contact="maelle.guivarch@example.fr", name_enc=("utf-8", "Q")),
    m("friend_forward_fr", OTHER, "fr", "2026-08-26 20:33 +0200",
      ("Yanis Berrada", "yanis.berrada@example.fr"),
      "Fwd: Convocation à un entretien - Analyste conformité",
      """
        Salut Océane,

        Regarde ce que je viens de recevoir ! Ils m'invitent à un entretien la semaine
        prochaine. Tu avais passé le tien avec la même personne, non ? Tu aurais des
        conseils ?

        Merci d'avance,
        Yanis
      """, contact="yanis.berrada@example.fr",
      forward={"key": "fwd_inner_yanis", "date": "2026-08-26 15:10 +0200",
               "frm": ("Recrutement Orsay Gestion", "recrutement@orsay-gestion.example.fr"),
               "to": ("Yanis Berrada", "yanis.berrada@example.fr"),
               "subject": "Convocation à un entretien - Analyste conformité",
               "text": "Bonjour Monsieur Berrada,\n\nNous avons le plaisir de vous "
                       "convier à un entretien le mercredi 2 septembre à 10h00 dans nos "
                       "locaux du quai Anatole France.\n\nMerci de nous confirmer votre "
                       "présence.\n\nLa Direction des Ressources Humaines\n"}),
    m("course_refused_fr", OTHER, "fr", "2026-01-19 11:30 +0100",
      ("Hélène Daoudal", "h.daoudal@ifb-ouest.example.fr"),
      "Votre demande d'inscription - Certificat Conformité bancaire",
      """
        Madame,

        Nous avons bien étudié votre demande d'inscription au Certificat Conformité bancaire
        (session de mars). Malheureusement, la session est complète et votre candidature
        n'a pas pu être retenue. Nous vous avons placée en liste d'attente et vous
        proposons, si vous le souhaitez, une inscription prioritaire à la session
        d'octobre.

        Bien cordialement,
        Hélène Daoudal
        Responsable pédagogique - Institut de Formation Bancaire de l'Ouest
      """, contact="h.daoudal@ifb-ouest.example.fr", name_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable"),
    m("headhunter_scala_fr", OTHER, "fr", "2026-05-05 09:55 +0200",
      ("Romain Achour", "romain.achour@scala-talents.example.fr"),
      "Vos compétences en conformité",
      """
        Bonjour Océane,

        Je me permets de vous contacter car j'accompagne régulièrement des banques
        luxembourgeoises et belges dans le recrutement de profils KYC francophones.

        Je n'ai pas de poste précis à vous présenter aujourd'hui, mais j'aimerais vous
        ajouter à mon réseau et vous tenir informée des opportunités à venir. N'hésitez pas
        à me transmettre votre CV à jour.

        Bien à vous,
        Romain Achour
        Scala Talents - Finance & Risk
      """, contact="romain.achour@scala-talents.example.fr"),
    m("emploi_rdv_fr", OTHER, "fr", "2026-01-30 09:00 +0100",
      ("Service Emploi Bretagne", "ne-pas-repondre@emploi-bretagne.example.fr"),
      "Votre rendez-vous avec votre conseiller le 9 février",
      """
        Madame Lefebvre-Ndiaye,

        Dans le cadre de votre projet de transition professionnelle, vous êtes attendue
        pour un rendez-vous de suivi avec votre conseillère, Mme Le Roux, le lundi
        9 février à 14h00, à l'agence Rennes Centre.

        Pensez à apporter votre CV à jour.

        Ce message est envoyé automatiquement, merci de ne pas y répondre.
      """, system=True),
    m("user_research_fr", OTHER, "fr", "2026-06-18 16:30 +0200",
      ("Camille Jaouen", "camille.jaouen@budgeto.example.fr"),
      "Un entretien de 30 min pour améliorer Budgeto ? (bon de 20 EUR)",
      """
        Bonjour Océane,

        Je suis designer chez Budgeto, l'application que vous utilisez pour suivre vos
        dépenses. Nous menons des entretiens utilisateurs pour améliorer la fonctionnalité
        « objectifs d'épargne ».

        Seriez-vous disponible pour un entretien en visio de 30 minutes la semaine
        prochaine ? Pour vous remercier, nous vous offrons un bon d'achat de 20 EUR.

        Merci !
        Camille Jaouen - UX Research, Budgeto
      """, contact="camille.jaouen@budgeto.example.fr"),
    m("ooo_matthieu_fr", OTHER, "fr", "2026-03-18 23:05 +0100",
      ("Matthieu Rocheteau", "matthieu.rocheteau@vauclair.example.fr"),
      "Réponse automatique : Merci pour l'entretien",
      """
        Bonjour,

        Je suis absent du 18 au 22 mars inclus, sans accès à ma messagerie. Pour toute
        question urgente concernant un recrutement, merci de contacter
        talents@vauclair.example.fr.

        Bien cordialement,
        Matthieu Rocheteau
      """, contact="matthieu.rocheteau@vauclair.example.fr",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      subj_enc=("utf-8", "B")),

    # ================================================================ en
    m("alert_en_digest", OTHER, "en", "2026-06-22 05:45 +0000",
      ("FinCareers Weekly", "digest@fincareers.example.com"),
      "Your weekly digest: 23 new AML & KYC jobs in Luxembourg",
      """
        Hi Océane,

        Here are this week's top matches for "KYC Analyst - Luxembourg":

        * KYC Analyst (French speaker) - private bank - Luxembourg
        * Investor Due Diligence Officer - fund administrator - Strassen
        * AML Associate - Big Four firm - Luxembourg

        Career tip: Got a rejection? Unfortunately it happens to everyone. Ask for feedback,
        then use our interview checklist to prepare for the next invitation.

        Manage your alerts or unsubscribe: https://fincareers.example.com/alerts
      """, headers=bulk("FinCareers Weekly <weekly.fincareers.example.com>",
                        "https://fincareers.example.com/unsubscribe/4412"),
      html=page("Hi Océane,",
                "Here are this week's top matches for \"KYC Analyst - Luxembourg\":",
                "* KYC Analyst (French speaker) - private bank - Luxembourg\n"
                "* Investor Due Diligence Officer - fund administrator - Strassen\n"
                "* AML Associate - Big Four firm - Luxembourg",
                "Career tip: Got a rejection? Unfortunately it happens to everyone. Ask for "
                "feedback, then use our interview checklist to prepare for the next "
                "invitation.",
                brand="FinCareers Weekly", footer="Manage your alerts or unsubscribe")),
    m("podcast_en", OTHER, "en", "2026-09-24 17:20 +0100",
      ("Daniel Okafor", "daniel@careerswitchpod.example.co.uk"),
      "Podcast interview request - The Career Switch",
      """
        Hi Océane,

        I host The Career Switch, a podcast about people changing careers in financial
        services. I read your post about moving from branch banking to KYC and would love to
        interview you for an upcoming episode.

        Recording takes about 40 minutes over Zoom, at a time that suits you in October.
        Would you be up for it?

        Cheers,
        Daniel Okafor
        Host, The Career Switch
      """, contact="daniel@careerswitchpod.example.co.uk"),

    # ================================================================ de
    m("newsletter_de", OTHER, "de", "2026-03-31 07:30 +0200",
      ("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
      "Absage erhalten? So bereiten Sie Ihr nächstes Vorstellungsgespräch vor",
      html=page("Liebe Leserin, lieber Leser,",
                "in dieser Ausgabe: Warum eine Absage kein Urteil über Sie ist, die zehn "
                "häufigsten Fragen im Vorstellungsgespräch und wie Sie ein Jobangebot "
                "souverän verhandeln.",
                "Außerdem: Quereinstieg in die Compliance - drei Erfahrungsberichte.",
                "Ihr Team vom Karriere-Kompass", brand="Karriere-Kompass",
                footer="Newsletter abbestellen | Impressum"),
      headers=bulk("<leser.karriere-kompass.example.de>",
                   "https://karriere-kompass.example.de/abmelden"),
      subj_enc=("iso-8859-1", "Q"), charset="iso-8859-1", html_cte="quoted-printable"),
    m("parcel_de", OTHER, "de", "2026-05-26 09:14 +0200",
      ("Paketblitz", "noreply@paketblitz.example.de"),
      "Ihre Sendung verspätet sich leider",
      """
        Guten Tag,

        leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2208 aufgrund eines
        erhöhten Sendungsaufkommens. Neuer voraussichtlicher Zustelltermin: 28.05.2026.

        Wir bitten um Ihr Verständnis.
        Ihr Paketblitz-Team
      """, cte="8bit"),
    m("flat_viewing_de", OTHER, "de", "2026-08-03 19:40 +0200",
      ("Gerd Hollmann", "g.hollmann@example.de"),
      "Besichtigung Wohnung Sachsenhausen",
      """
        Hallo Frau Lefebvre-Ndiaye,

        danke für Ihre Anfrage zur 2-Zimmer-Wohnung in der Schweizer Straße. Eine
        Besichtigung wäre am Samstag, 8. August, um 11:00 Uhr möglich. Leider kann ich
        keine Einzeltermine anbieten, es kommen noch weitere Interessenten.

        Bitte bringen Sie eine Schufa-Auskunft mit.

        Mit freundlichen Grüßen
        Gerd Hollmann
      """, contact="g.hollmann@example.de", charset="windows-1252", cte="quoted-printable"),
    m("doctor_de", OTHER, "de", "2026-08-04 12:00 +0200",
      ("Praxis Dr. Weidinger", "termine@praxis-weidinger.example.de"),
      "Terminbestätigung: Mittwoch, 12.08.2026, 09:20 Uhr",
      """
        Sehr geehrte Patientin,

        hiermit bestätigen wir Ihren Termin zur Vorsorgeuntersuchung am Mittwoch,
        12.08.2026, um 09:20 Uhr.

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen
        können, sagen Sie bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam Dr. Weidinger
      """, system=True, cte="base64"),
    m("friend_absage_de", OTHER, "de", "2026-06-06 21:02 +0200",
      ("Lena Brückner", "lena.brueckner@example.de"),
      "WG: Absage",
      """
        Hi Océane,

        schau mal, was ich heute bekommen habe... Nach zwei Runden bei der Mainufer Bank
        eine Standard-Absage. Naja, weiter geht's!

        Wie läuft es bei dir?
        Lena

        -----Ursprüngliche Nachricht-----
        Von: Mainufer Bank <noreply@mainuferbank.jobs.personio.de>
        Gesendet: Freitag, 5. Juni 2026 16:31
        An: Lena Brückner
        Betreff: Absage

        Sehr geehrte Frau Brückner,
        leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin
        entschieden haben.
      """, contact="lena.brueckner@example.de", name_enc=("iso-8859-1", "B")),
    m("course_full_de", OTHER, "de", "2026-02-17 14:05 +0100",
      ("Petra Lindemann", "p.lindemann@sprachschule-mainhattan.example.de"),
      "Ihre Anmeldung zum Deutschkurs B2/C1",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        vielen Dank für Ihre Anmeldung zum Intensivkurs Wirtschaftsdeutsch B2/C1. Leider ist
        der Kurs ab 2. März bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten
        können. Gerne setzen wir Sie auf die Warteliste für den Kurs im Mai.

        Freundliche Grüße
        Petra Lindemann
        Sprachschule Mainhattan
      """, contact="p.lindemann@sprachschule-mainhattan.example.de"),

    # ================================================================ es
    m("alert_es_digest", OTHER, "es", "2026-07-06 07:10 +0200",
      ("Alertas Empleo Finanzas", "alertas@empleofinanzas.example.es"),
      "Nuevas ofertas para ti: Analista KYC en Madrid",
      """
        Hola Océane:

        Tenemos 9 nuevas ofertas que encajan con tu alerta «Analista KYC - Madrid»:

        - Analista KYC con francés - banco privado - Madrid
        - Técnico/a de Prevención de Blanqueo - aseguradora - Madrid
        - Analista AML junior - fintech - remoto

        Consejo: ¿te han rechazado? Lamentablemente ocurre a menudo. Prepara tu próxima
        entrevista con nuestra guía y no te desanimes.

        Darse de baja: https://empleofinanzas.example.es/baja
      """, headers=bulk("<alertas.empleofinanzas.example.es>",
                        "https://empleofinanzas.example.es/baja?id=7781"),
      charset="iso-8859-1", cte="quoted-printable"),
    m("pedido_es", OTHER, "es", "2026-03-12 11:33 +0100",
      ("Tienda Lumbre", "pedidos@tiendalumbre.example.es"),
      "Lamentablemente tu pedido se ha retrasado",
      html=page("Hola Océane:",
                "Lamentablemente tu pedido n.º 55-20881 se ha retrasado por falta de stock del "
                "artículo «Agenda 2026 tapa dura». Te lo enviaremos en cuanto llegue al "
                "almacén.",
                "Sentimos las molestias.", brand="Tienda Lumbre"),
      system=True),
    m("radio_es", OTHER, "es", "2026-09-30 13:10 +0200",
      ("Nerea Abásolo", "nerea.abasolo@ondaretiro.example.es"),
      "Entrevista para Onda Retiro",
      """
        Hola Océane:

        Soy Nerea, periodista de Onda Retiro. Estamos preparando un reportaje sobre
        profesionales europeos que cambian de sector y la asociación de antiguos alumnos
        me ha pasado tu nombre.

        ¿Te animarías a una entrevista telefónica de diez minutos para el programa del
        sábado? Se grabaría el jueves por la tarde.

        Gracias y un saludo,
        Nerea Abásolo
      """, contact="nerea.abasolo@ondaretiro.example.es", name_enc=("iso-8859-1", "Q")),
    m("friend_rechazo_es", OTHER, "es", "2026-06-14 22:30 +0200",
      ("Carmen Olmedo", "carmen.olmedo@example.es"),
      "Me han rechazado en el banco :(",
      """
        ¡Hola guapa!

        Te cuento: Banco Castellana Sur me ha mandado hoy un correo diciendo que no siguen
        conmigo después de la entrevista final. Qué rabia, de verdad.

        ¿Y a ti cómo te va con lo de Pagolino? Cuando vengas a Madrid nos tomamos algo.

        Besos,
        Carmen
      """, contact="carmen.olmedo@example.es"),
    m("curso_es", OTHER, "es", "2026-01-21 10:20 +0100",
      ("Academia Cervantina", "secretaria@academiacervantina.example.es"),
      "Solicitud de plaza - Curso intensivo de español C1",
      """
        Estimada Océane:

        Gracias por tu solicitud para el curso intensivo de español C1 de febrero.
        Lamentablemente no quedan plazas disponibles y no podemos admitir tu inscripción en
        esta convocatoria. Te hemos incluido en la lista de espera.

        Un saludo,
        Secretaría · Academia Cervantina
      """, contact="secretaria@academiacervantina.example.es", charset="windows-1252",
      cte="8bit"),
    m("ooo_lucia_es", OTHER, "es", "2026-05-18 10:16 +0200",
      ("Lucía Ferrándiz", "lucia.ferrandiz@pagolino.example.es"),
      "Respuesta automática: RE: Pagolino: ¿hablamos? Entrevista para Analista de "
      "Cumplimiento",
      """
        ¡Hola! Estoy fuera de la oficina hasta el 20 de mayo con acceso limitado al correo.
        Te responderé a mi vuelta. Para temas urgentes, escribe a people@pagolino.example.es.

        Lucía
      """, contact="lucia.ferrandiz@pagolino.example.es",
      headers={"Auto-Submitted": "auto-replied"}, reply_of="own_pagolino_ok"),
    m("ux_es", OTHER, "es", "2026-04-08 16:05 +0200",
      ("Pablo Izquierdo", "pablo.izquierdo@ux.bancoazahar.example.es"),
      "¿Nos ayudas? Entrevista de 20 minutos sobre nuestra app",
      """
        Hola Océane:

        Somos el equipo de experiencia de usuario de la app de Banco Azahar. Buscamos
        clientes que usen la app desde el extranjero para una entrevista de 20 minutos por
        videollamada. No hay respuestas correctas ni incorrectas: solo queremos entender
        cómo la usas.

        Si te apetece participar, responde a este correo y te mando un enlace para elegir
        hora.

        ¡Gracias!
        Pablo Izquierdo · Investigación de usuarios
      """, contact="pablo.izquierdo@ux.bancoazahar.example.es"),
    m("headhunter_es", OTHER, "es", "2026-02-04 12:40 +0100",
      ("Álvaro Serrano", "aserrano@serrano-partners.example.es"),
      "Perfil de cumplimiento con francés",
      """
        Hola Océane:

        Te escribo desde Serrano Partners, una boutique de selección especializada en
        banca. Trabajamos a menudo con entidades que buscan perfiles de cumplimiento con
        francés nativo.

        Ahora mismo no tengo una posición concreta, pero me encantaría tener tu CV para
        cuando surja algo. ¿Te parece bien?

        Un saludo cordial,
        Álvaro Serrano
      """, contact="aserrano@serrano-partners.example.es", name_enc=("utf-8", "B")),
]
