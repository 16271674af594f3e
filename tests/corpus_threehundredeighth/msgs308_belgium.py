"""Corpus 308, Belgian employers and agencies (Liège, Brussels, Namur). Hand-written specs."""

from __future__ import annotations

from msgs308_common import CANDIDATE, T, ics, msg, own

ME = CANDIDATE

# ------------------------------------------------------------------ RTM (public broadcaster)
SOPHIE = ("Sophie Lambotte", "sophie.lambotte@rtm.example.be")
RTM_ATS = ("RTM Recrutement", "rtm-careers@successfactors.eu")
RTM_RH = ("Service RH RTM", "rh@rtm.example.be")
RTM_ORG = ("Sophie Lambotte", SOPHIE[1])

RTM = [
    msg("application_received", "rtm_ack", "fr", RTM_ATS,
        "Votre candidature : UX/UI Designer (H/F/X) – Réf. 2026-0142", "2026-02-09 08:02 +0100",
        T("""
        Bonjour Hugo Marchetti,

        Nous accusons bonne réception de votre candidature pour le poste de UX/UI Designer
        (H/F/X) au sein de la Direction du numérique de la RTM – Radio Télévision Mosane.

        Votre dossier sera examiné par notre équipe de sélection. Si votre profil est retenu
        pour la suite de la procédure, vous serez contacté(e) dans un délai de trois semaines.

        Vous pouvez suivre l'état de votre candidature dans votre espace candidat.

        Cordialement,
        Le service Recrutement
        RTM – Radio Télévision Mosane
        Boulevard de la Sauvenière 88, 4000 Liège

        Ce message est généré automatiquement, merci de ne pas y répondre.
        """), company="RTM", fmt="alt", brand="RTM Carrières",
        footer="RTM – Radio Télévision Mosane · Boulevard de la Sauvenière 88 · 4000 Liège"),
    msg("interview_invitation", "rtm_invite", "fr", SOPHIE,
        "Invitation à un entretien – UX/UI Designer", "2026-03-02 11:47 +0100",
        T("""
        Bonjour Monsieur Marchetti,

        Votre candidature au poste de UX/UI Designer a retenu toute notre attention et nous
        souhaiterions vous rencontrer.

        Nous vous proposons un premier entretien le mardi 10 mars à 14h00, dans nos locaux du
        boulevard de la Sauvenière (accueil principal, bâtiment B). L'entretien durera environ
        une heure, en présence de Benoît Gérard, responsable de l'équipe produit numérique.

        Vous trouverez ci-joint l'invitation pour votre agenda. Pourriez-vous me confirmer votre
        présence ?

        Bien à vous,

        Sophie Lambotte
        Chargée de recrutement – Direction des ressources humaines
        RTM – Radio Télévision Mosane
        +32 4 220 41 17
        """), company="RTM", fmt="alt", cte="quoted-printable",
        ics=ics("REQUEST", "rtm-ux-2026-0142@rtm.example.be", 0, "20260310T140000",
                "20260310T150000", "Entretien UX/UI Designer – H. Marchetti",
                "RTM, Boulevard de la Sauvenière 88, Liège, bâtiment B", RTM_ORG)),
    msg("interview_reschedule_or_cancel", "rtm_moved", "fr", SOPHIE,
        "RE: Invitation à un entretien – UX/UI Designer", "2026-03-06 09:15 +0100",
        T("""
        Bonjour Monsieur Marchetti,

        Je suis désolée de devoir modifier notre rendez-vous : Benoît Gérard est retenu par un
        tournage le 10 mars. Nous vous proposons de déplacer l'entretien au jeudi 12 mars à
        10h30, même lieu. L'invitation mise à jour est jointe.

        Merci de me dire si ce nouveau créneau vous convient.

        Sophie Lambotte
        Chargée de recrutement – RTM
        """), company="RTM", reply_of="rtm_invite", quote="fr", fmt="alt",
        ics=ics("REQUEST", "rtm-ux-2026-0142@rtm.example.be", 1, "20260312T103000",
                "20260312T113000", "Entretien UX/UI Designer – H. Marchetti (nouvelle date)",
                "RTM, Boulevard de la Sauvenière 88, Liège, bâtiment B", RTM_ORG)),
    own("rtm_own_confirm", "fr", SOPHIE, "RE: Invitation à un entretien – UX/UI Designer",
        "2026-03-06 10:02 +0100",
        T("""
        Bonjour Madame Lambotte,

        Aucun souci, le jeudi 12 mars à 10h30 me convient parfaitement. Je serai présent à
        l'accueil du bâtiment B.

        Bien cordialement,
        Hugo Marchetti
        """), reply_of="rtm_moved", quote="fr", cte="8bit"),
    own("rtm_own_thanks", "fr", SOPHIE, "Merci pour l'entretien de ce jeudi",
        "2026-03-12 18:40 +0100",
        T("""
        Bonjour Madame Lambotte,

        Je tenais à vous remercier, ainsi que Monsieur Gérard, pour l'entretien de ce matin.
        La présentation de la refonte de l'application de replay m'a vraiment motivé et je
        serais ravi de contribuer au projet.

        Je reste à votre disposition pour toute information complémentaire.

        Bien cordialement,
        Hugo Marchetti
        +32 476 55 81 20
        """), cte="8bit"),
    msg("interview_invitation", "rtm_invite2", "fr", SOPHIE,
        "Deuxième étape : atelier pratique UX (RTM)", "2026-03-20 16:05 +0100",
        T("""
        Bonjour Monsieur Marchetti,

        Suite à votre entretien du 12 mars, nous avons le plaisir de vous inviter à la
        deuxième étape de la sélection : un atelier pratique d'une demi-journée.

        Date : mercredi 1er avril 2026, de 9h00 à 12h30
        Lieu : RTM, salle Meuse (3e étage), boulevard de la Sauvenière 88, Liège

        Vous travaillerez sur un cas concret (parcours d'inscription à notre plateforme de
        podcasts) puis présenterez vos pistes à l'équipe pendant 20 minutes. Un ordinateur
        avec Figma sera mis à votre disposition, mais vous pouvez venir avec le vôtre.

        Merci de confirmer votre participation par retour de mail.

        Sophie Lambotte
        Chargée de recrutement – RTM
        """), company="RTM", cte="base64", subj_enc=("q", "utf-8")),
    msg("offer", "rtm_offer_verbal", "fr", SOPHIE,
        "Suite à notre appel : proposition de poste", "2026-04-14 17:22 +0200",
        T("""
        Bonjour Hugo,

        Comme je vous l'ai annoncé par téléphone tout à l'heure, j'ai le grand plaisir de vous
        confirmer que nous souhaitons vous proposer le poste de UX/UI Designer à la Direction
        du numérique.

        Il s'agit d'un contrat à durée déterminée de 6 mois (remplacement), à temps plein,
        avec une entrée en fonction souhaitée le 1er juin 2026. La proposition écrite détaillée
        (rémunération, avantages, horaires) vous parviendra d'ici la fin de la semaine.

        Encore bravo, toute l'équipe a été convaincue par votre atelier.

        Sophie Lambotte
        Chargée de recrutement, RTM
        +32 4 220 41 17
        """), company="RTM", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("q", "iso-8859-1")),
    msg("offer", "rtm_offer_letter", "fr", RTM_RH,
        "Proposition d'engagement – UX/UI Designer (CDD)", "2026-04-17 10:30 +0200",
        T("""
        Monsieur Marchetti,

        Nous faisons suite à l'entretien téléphonique de ce mardi avec Madame Lambotte.

        Vous trouverez en pièce jointe notre proposition d'engagement pour la fonction de
        UX/UI Designer (contrat à durée déterminée de 6 mois, barème 4B, 38 h/semaine).
        Nous vous remercions de nous faire part de votre décision au plus tard le 24 avril.

        Pour toute question, Madame Lambotte reste votre interlocutrice.

        Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

        Service des ressources humaines
        RTM – Radio Télévision Mosane
        Boulevard de la Sauvenière 88 – 4000 Liège

        Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur
        destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de
        le supprimer.
        """), company="RTM", reply_to=SOPHIE, fmt="alt",
        pdfs=[("Proposition_engagement_Marchetti.pdf",
               ["RTM - Radio Television Mosane", "Proposition d'engagement",
                "Candidat : Hugo Marchetti", "Fonction : UX/UI Designer (CDD 6 mois)",
                "Entree en fonction : 1er juin 2026", "Bareme 4B - 38 h/semaine"])]),
    own("rtm_own_negotiate", "fr", SOPHIE, "Question sur la proposition d'engagement",
        "2026-04-20 09:12 +0200",
        T("""
        Bonjour Sophie,

        Merci encore pour la proposition, que j'ai lue attentivement. Deux questions avant de
        vous répondre : serait-il possible de commencer le 15 juin plutôt que le 1er (je dois
        terminer une mission en freelance), et mon expérience de six ans comme graphiste
        peut-elle être valorisée dans l'ancienneté barémique ?

        Bien à vous,
        Hugo
        """), cte="quoted-printable"),
    msg("offer", "rtm_offer_revised", "fr", SOPHIE,
        "RE: Question sur la proposition d'engagement", "2026-04-23 14:48 +0200",
        T("""
        Bonjour Hugo,

        Bonne nouvelle : la direction accepte une entrée en fonction au 15 juin et valorise
        quatre années de votre expérience de graphiste. Je vous joins la proposition
        d'engagement mise à jour, qui remplace la précédente.

        Si elle vous convient, il vous suffit de me la renvoyer signée ; le contrat suivra.

        Belle journée,
        Sophie
        """), company="RTM", reply_of="rtm_own_negotiate", quote="outlook_fr",
        charset="windows-1252", cte="quoted-printable",
        pdfs=[("Proposition_engagement_Marchetti_v2.pdf",
               ["RTM - Radio Television Mosane", "Proposition d'engagement (version 2)",
                "Candidat : Hugo Marchetti", "Entree en fonction : 15 juin 2026",
                "Anciennete valorisee : 4 ans"])]),
    msg("offer", "rtm_contract", "fr", RTM_RH,
        "Votre contrat de travail à signer – RTM", "2026-05-04 11:05 +0200",
        T("""
        Monsieur Marchetti,

        Suite à votre acceptation de notre proposition, veuillez trouver ci-joint votre
        contrat de travail à durée déterminée (2 exemplaires) ainsi que le règlement de
        travail. Merci de nous retourner un exemplaire signé avant le 20 mai.

        Vous recevrez également une demande de signature électronique si vous préférez signer
        en ligne.

        Service des ressources humaines – RTM
        """), company="RTM", reply_to=SOPHIE,
        pdfs=[("Contrat_CDD_Marchetti.pdf",
               ["CONTRAT DE TRAVAIL A DUREE DETERMINEE", "Entre la RTM et Hugo Marchetti",
                "Fonction : UX/UI Designer", "Du 15 juin 2026 au 14 decembre 2026"]),
              ("Reglement_de_travail.pdf", ["Reglement de travail RTM", "Edition 2025"])]),
    msg("offer", "rtm_esign", "fr", ("RTM Ressources humaines via SignFlow",
                                     "no-reply@signflow.example.eu"),
        "Document à signer : Contrat CDD – Hugo Marchetti", "2026-05-04 11:09 +0000",
        T("""
        Bonjour Hugo Marchetti,

        RTM Ressources humaines vous a envoyé un document à signer :
        « Contrat CDD – Hugo Marchetti ».

        Ouvrez le lien sécurisé ci-dessous pour lire et signer le contrat :
        https://signflow.example.eu/s/8KQ2-77TR

        Ce lien expire le 20 mai 2026.

        SignFlow – signature électronique
        """), company="RTM", fmt="html", html_cte="base64", mid_domain="signflow.example.eu",
        brand="SignFlow", footer="Vous recevez ce message car un document vous a été envoyé."),
]

# ------------------------------------------------------------------ Courrier Wallon (newspaper)
ELODIE = ("Élodie Piret", "elodie.piret@courrierwallon.example.be")
GH = "no-reply@greenhouse-mail.io"

COURRIER = [
    msg("application_received", "cw_ack", "fr", ("Groupe Courrier Wallon", GH),
        "Merci pour votre candidature chez Groupe Courrier Wallon", "2026-01-19 07:31 +0000",
        T("""
        Bonjour Hugo,

        Merci de l'intérêt que vous portez au Groupe Courrier Wallon. Nous avons bien reçu
        votre candidature pour le poste « Product Designer – Abonnements numériques (Namur) ».

        Notre équipe étudie chaque dossier avec attention. En raison du grand nombre de
        candidatures, nous ne pouvons malheureusement pas répondre personnellement à chacun,
        mais nous reviendrons vers vous si votre profil correspond à nos besoins.

        L'équipe Talents – Groupe Courrier Wallon
        """), company="Groupe Courrier Wallon"),
    msg("interview_invitation", "cw_invite", "fr", ("Élodie Piret via Greenhouse", GH),
        "Entretien Product Designer – choisissez votre créneau", "2026-01-28 13:20 +0000",
        T("""
        Bonjour Hugo,

        J'ai le plaisir de vous proposer un premier échange en visio (45 min) pour le poste de
        Product Designer – Abonnements numériques.

        Choisissez le créneau qui vous convient via ce lien :
        https://app.greenhouse.io/scheduling/cw/7f3a21

        Vous rencontrerez Arnaud Delforge, Head of Product, et moi-même.

        À très vite,
        Élodie Piret
        Talent Acquisition – Groupe Courrier Wallon
        """), company="Groupe Courrier Wallon", reply_to=ELODIE, fmt="alt",
        name_enc=("q", "iso-8859-1")),
    msg("missed_interview_notice", "cw_missed", "fr", ELODIE,
        "Notre visio de ce matin", "2026-02-04 10:34 +0100",
        T("""
        Bonjour Hugo,

        Nous vous avons attendu ce matin à 10h sur Teams avec Arnaud, sans nouvelles de votre
        part. J'ai également tenté de vous joindre au 0476 55 81 20, sans succès.

        J'espère qu'il n'y a rien de grave. Si vous êtes toujours intéressé par le poste,
        faites-moi signe et nous verrons si un autre créneau est possible.

        Élodie Piret
        Talent Acquisition – Groupe Courrier Wallon
        Rue de Fer 14, 5000 Namur
        """), company="Groupe Courrier Wallon", name_enc=("b", "utf-8"), cte="8bit"),
    own("cw_own_sorry", "fr", ELODIE, "RE: Notre visio de ce matin", "2026-02-04 12:58 +0100",
        T("""
        Bonjour Élodie,

        Toutes mes excuses : j'avais noté 10h demain dans mon agenda, une erreur de ma part.
        Je suis évidemment toujours très intéressé et disponible quand cela vous arrange,
        y compris en fin de journée.

        Encore désolé pour ce contretemps,
        Hugo Marchetti
        """), reply_of="cw_missed", quote="fr", cte="8bit"),
    msg("interview_invitation", "cw_invite_again", "fr", ELODIE,
        "RE: Notre visio de ce matin", "2026-02-05 09:11 +0100",
        T("""
        Bonjour Hugo,

        Pas de souci, cela arrive. Arnaud peut vous voir lundi 9 février à 17h30, toujours sur
        Teams. Voici le lien de la réunion :
        https://teams.example.com/l/meetup-join/cw-pd-0209

        Merci de me confirmer.

        Élodie
        """), company="Groupe Courrier Wallon", reply_of="cw_own_sorry", quote="fr", cte="8bit"),
    msg("rejection", "cw_reject", "fr", ELODIE,
        "Votre candidature – Product Designer", "2026-02-20 15:42 +0100",
        T("""
        Bonjour Hugo,

        Merci encore pour le temps que vous nous avez consacré lors de l'entretien avec
        Arnaud. Nous avons apprécié votre regard de graphiste et vos questions sur nos
        lecteurs.

        Après mûre réflexion, nous avons décidé de poursuivre le processus avec un candidat
        qui dispose déjà d'une expérience significative en design de parcours d'abonnement.
        Cette décision n'a pas été simple.

        Je vous souhaite beaucoup de succès dans votre reconversion vers l'UX et n'hésiterai
        pas à revenir vers vous si un poste plus junior s'ouvre.

        Élodie Piret
        Talent Acquisition – Groupe Courrier Wallon
        """), company="Groupe Courrier Wallon", fmt="alt", cte="base64"),
]

# ------------------------------------------------------------------ Atelier Zinc (design agency)
NICOLAS = ("Nicolas Dewez", "nicolas@atelierzinc.example.be")

ZINC = [
    own("zinc_own_apply", "fr", NICOLAS, "Candidature spontanée – designer UX/UI junior",
        "2026-01-07 21:14 +0100",
        T("""
        Bonjour Nicolas,

        Je suis graphiste depuis six ans (édition, identités visuelles) et je me forme depuis
        un an à l'UX/UI design (certificat UX, deux projets d'application en freelance).
        J'admire le travail de l'Atelier Zinc pour les musées bruxellois et je serais ravi de
        rejoindre votre équipe, en CDI ou en mission.

        Vous trouverez mon CV et un extrait de portfolio en pièces jointes.

        Au plaisir d'échanger,
        Hugo Marchetti
        Liège – +32 476 55 81 20
        """), pdfs=[("CV_Hugo_Marchetti.pdf", ["Hugo Marchetti", "Graphiste - UX/UI designer",
                                               "Liege, Belgique"]),
                    ("Portfolio_extrait.pdf", ["Hugo Marchetti - Portfolio", "Extrait 2025"])]),
    msg("application_received", "zinc_ack", "fr", NICOLAS,
        "Re: Candidature spontanée – designer UX/UI junior", "2026-01-08 08:47 +0100",
        T("""
        Salut Hugo,

        Bien reçu, merci ! Ton portfolio circule dans l'équipe, on revient vers toi d'ici une
        dizaine de jours.

        Nico
        --
        Nicolas Dewez – Directeur de création
        Atelier Zinc · Rue du Page 31 · 1050 Ixelles
        """), company="Atelier Zinc", reply_of="zinc_own_apply", quote="fr", cte="8bit"),
    msg("interview_invitation", "zinc_invite", "fr", NICOLAS,
        "Re: Candidature spontanée – designer UX/UI junior", "2026-01-21 12:03 +0100",
        T("""
        Hello Hugo,

        On aimerait te rencontrer pour en parler de vive voix. Tu pourrais passer à l'atelier
        le jeudi 29 janvier vers 15h ? Prévois de nous montrer deux projets, 30 minutes max.

        Nico
        """), company="Atelier Zinc", reply_of="zinc_ack", quote="fr", cte="8bit"),
    msg("interview_reschedule_or_cancel", "zinc_moved", "fr", NICOLAS,
        "Re: Candidature spontanée – designer UX/UI junior", "2026-01-26 19:30 +0100",
        T("""
        Hugo,

        Petit changement : un client nous impose une présentation jeudi après-midi. Est-ce que
        le vendredi 30 à 10h marcherait pour toi à la place ? Même endroit.

        Désolé pour le décalage,
        Nico
        """), company="Atelier Zinc", reply_of="zinc_invite", quote="fr", cte="8bit"),
    msg("rejection", "zinc_reject", "fr", NICOLAS,
        "Suite à notre rencontre", "2026-02-11 11:26 +0100",
        T("""
        Salut Hugo,

        Merci d'être venu vendredi, on a passé un bon moment. On a finalement choisi un profil
        plus senior en UX, parce qu'on doit lancer deux gros chantiers sans vraiment avoir le
        temps d'accompagner quelqu'un. Ce n'est pas une question de talent : ton travail
        graphique est très solide.

        On garde ton portfolio sous le coude. Bonne continuation !

        Nico
        --
        Nicolas Dewez – Directeur de création
        Atelier Zinc · Rue du Page 31 · 1050 Ixelles
        """), company="Atelier Zinc", charset="windows-1252", cte="8bit"),
]

# ------------------------------------------------------------------ ORWE (public employment svc)
SELECTION = ("Cellule Sélection ORWE", "selection@orwe.example.be")

ORWE = [
    msg("application_received", "orwe_ack", "fr", ("ORWE – Recrutement", "orwe@taleo.net"),
        "Accusé de réception – Designer UX des services en ligne (réf. ORWE-26-031)",
        "2026-05-18 06:15 +0000",
        T("""
        Madame, Monsieur,

        L'Office régional wallon de l'emploi (ORWE) accuse réception de votre candidature pour
        la fonction de Designer UX des services en ligne (réf. ORWE-26-031).

        Votre dossier sera examiné au regard des conditions d'accès. Les candidats recevables
        seront convoqués à une épreuve écrite dans les semaines qui suivent la clôture de
        l'appel.

        Ceci est un message automatique.

        ORWE – Direction des ressources humaines
        """), company="ORWE", subj_enc=("q", "utf-8")),
    msg("interview_invitation", "orwe_invite", "fr", SELECTION,
        "Convocation – épreuve de sélection ORWE-26-031", "2026-06-08 14:00 +0200",
        T("""
        Monsieur Marchetti,

        Votre candidature à la fonction de Designer UX des services en ligne a été jugée
        recevable. Nous avons le plaisir de vous convoquer à l'épreuve de sélection :

        - épreuve écrite (analyse d'un parcours en ligne) : lundi 22 juin 2026 à 9h00
        - entretien oral avec le jury : le même jour à partir de 14h00

        Lieu : ORWE, Boulevard Tirou 104, 6000 Charleroi, salle 2.12.
        Munissez-vous de votre carte d'identité.

        Cellule Sélection – ORWE
        """), company="ORWE", fmt="html", html_cte="quoted-printable",
        brand="ORWE – Office régional wallon de l'emploi"),
    msg("interview_reschedule_or_cancel", "orwe_moved", "fr", SELECTION,
        "Report de l'épreuve de sélection ORWE-26-031", "2026-06-12 10:40 +0200",
        T("""
        Monsieur Marchetti,

        Pour des raisons d'organisation, l'épreuve de sélection prévue le lundi 22 juin est
        reportée au lundi 29 juin 2026, aux mêmes heures et au même endroit. Votre
        convocation reste valable pour cette nouvelle date.

        Nous vous prions de nous excuser pour ce changement.

        Cellule Sélection, ORWE
        """), company="ORWE", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("q", "iso-8859-1")),
    msg("rejection", "orwe_reject", "fr", SELECTION,
        "Résultat de l'épreuve de sélection ORWE-26-031", "2026-07-03 15:20 +0200",
        T("""
        Monsieur Marchetti,

        Nous vous remercions pour votre participation à l'épreuve du 29 juin.

        Nous avons le regret de vous informer que vous n'avez pas obtenu le minimum requis à
        l'entretien oral (12/20) ; votre candidature ne peut dès lors pas être retenue pour
        la suite de la procédure. Le détail de vos résultats peut être obtenu sur simple
        demande.

        Cellule Sélection – ORWE
        """), company="ORWE", cte="base64"),
]

# ------------------------------------------------------------------ Talentis (recruiter, Brussels)
CAMILLE = ("Camille Renard", "camille.renard@talentis.example.be")

TALENTIS = [
    msg("interview_invitation", "tal_lumeo_invite", "fr", CAMILLE,
        "Lumeo – entretien avec la Head of Design", "2026-02-23 10:08 +0100",
        T("""
        Bonjour Hugo,

        Bonne nouvelle : mon client Lumeo (fintech, Bruxelles) a aimé votre portfolio et
        souhaite vous rencontrer pour le poste de UI Designer.

        Entretien en visio avec Sarah Nys, Head of Design, le mercredi 4 mars à 11h00
        (45 min). Le lien Google Meet suit dans une invitation séparée.

        Je vous appelle la veille pour vous briefer.

        Camille Renard
        Consultante senior – Digital & Creative
        Talentis Recrutement · Avenue Louise 231 · 1050 Bruxelles
        +32 2 646 18 90
        """), company="Lumeo", fmt="alt"),
    msg("interview_reschedule_or_cancel", "tal_lumeo_moved", "fr", CAMILLE,
        "RE: Lumeo – entretien avec la Head of Design", "2026-03-02 17:55 +0100",
        T("""
        Hugo,

        Sarah Nys est malade cette semaine, Lumeo doit donc reporter l'entretien de mercredi.
        Je reviens vers vous dès que j'ai une nouvelle date, probablement la semaine
        prochaine. Le process continue, pas d'inquiétude.

        Camille
        """), company="Lumeo", reply_of="tal_lumeo_invite", quote="outlook_fr",
        charset="windows-1252", cte="quoted-printable"),
    msg("rejection", "tal_lumeo_reject", "fr", CAMILLE,
        "Retour de Lumeo", "2026-03-18 12:30 +0100",
        T("""
        Bonjour Hugo,

        J'ai eu le retour de Lumeo après votre entretien de vendredi avec Sarah Nys.
        Malheureusement, ils ne donnent pas suite : ils recherchent finalement quelqu'un qui a
        déjà travaillé sur un design system à grande échelle.

        Sarah a souligné la qualité de vos maquettes. De mon côté, je continue à chercher pour
        vous et je vous recontacte dès qu'une mission correspond.

        Camille Renard
        Talentis Recrutement
        """), company="Lumeo", cte="8bit"),
    msg("interview_invitation", "tal_anon_invite", "fr", CAMILLE,
        "Poste UX/UI – grand groupe de distribution", "2026-05-05 09:42 +0200",
        T("""
        Bonjour Hugo,

        Je recrute pour un grand groupe de distribution (nom communiqué lors de notre
        échange) un UX/UI Designer pour son site marchand, basé à Bruxelles, 2 jours de
        télétravail.

        Seriez-vous disponible jeudi 7 mai à 16h pour un entretien téléphonique de 30 minutes
        avec moi ? Si le feeling est bon, je présenterai votre candidature au client.

        Camille Renard
        Consultante senior – Talentis Recrutement
        """), company="Talentis Recrutement", fmt="alt", cte="base64", subj_enc=("b", "utf-8")),
    msg("rejection", "tal_anon_reject", "fr", CAMILLE,
        "RE: Poste UX/UI – grand groupe de distribution", "2026-05-20 16:14 +0200",
        T("""
        Hugo,

        Je reviens vers vous concernant le poste chez mon client distributeur : ils ont
        décidé de recruter en interne, le poste est donc pourvu. Je suis désolée de ne pas
        avoir de meilleure nouvelle.

        Bien à vous,
        Camille
        """), company="Talentis Recrutement", reply_of="tal_anon_invite", quote="fr"),
]

# ------------------------------------------------------------------ Tempora (temp agency, Liège)
TEMPORA = ("Tempora Intérim Liège", "liege@tempora.example.be")

TEMPORA_MSGS = [
    msg("application_received", "tempora_ack", "fr", TEMPORA,
        "Votre candidature – Graphiste PAO (intérim)", "2026-01-14 11:18 +0100",
        T("""
        Bonjour Hugo,

        Merci pour votre candidature à notre offre « Graphiste PAO (H/F), mission
        d'intérim, Herstal ». Elle a bien été enregistrée dans notre base.

        Une consultante de l'agence vous contactera si votre profil correspond aux attentes de
        notre client.

        L'équipe Tempora Intérim Liège
        Rue Saint-Gilles 52 - 4000 Liège - 04 223 70 10
        """), company="Tempora Intérim", charset="iso-8859-1", cte="quoted-printable"),
    msg("interview_invitation", "tempora_invite", "fr", ("Nadia Belkacem",
                                                         "nadia.belkacem@tempora.example.be"),
        "Entretien pour la mission chez Imprimerie Gilson", "2026-01-20 14:35 +0100",
        T("""
        Bonjour Hugo,

        Suite à notre appel, je vous confirme le rendez-vous pour la mission de graphiste PAO
        chez notre client, l'Imprimerie Gilson à Herstal : entretien à l'agence le jeudi
        22 janvier à 9h00, puis visite de l'atelier avec le chef de fabrication.

        N'oubliez pas votre carte d'identité et votre numéro de compte pour l'inscription.

        Nadia Belkacem
        Consultante – Tempora Intérim Liège
        """), company="Imprimerie Gilson", cte="8bit"),
    msg("missed_interview_notice", "tempora_missed", "fr", ("Nadia Belkacem",
                                                            "nadia.belkacem@tempora.example.be"),
        "Rendez-vous de ce matin", "2026-01-22 09:48 +0100",
        T("""
        Bonjour Hugo,

        Vous étiez attendu ce matin à 9h00 à l'agence pour la mission chez Imprimerie Gilson
        et je ne vous ai pas vu arriver. Je vous ai laissé un message vocal.

        Le client souhaite démarrer lundi : merci de me rappeler rapidement si vous êtes
        toujours intéressé, sinon je proposerai un autre candidat.

        Nadia Belkacem
        Tempora Intérim Liège – 04 223 70 10
        """), company="Imprimerie Gilson", cte="quoted-printable"),
    msg("rejection", "tempora_reject", "fr", ("Nadia Belkacem",
                                              "nadia.belkacem@tempora.example.be"),
        "Mission Imprimerie Gilson", "2026-01-29 13:02 +0100",
        T("""
        Bonjour Hugo,

        Merci d'être finalement passé lundi. Je suis au regret de vous dire que l'Imprimerie
        Gilson a retenu un autre intérimaire, disponible immédiatement et déjà formé sur
        leurs machines.

        Je garde votre dossier actif pour d'autres missions en graphisme.

        Nadia
        """), company="Imprimerie Gilson", cte="8bit"),
]

# ------------------------------------------------------------------ Agence Hexagramme (Namur)
LOUIS = ("Louis Collignon", "louis.collignon@hexagramme.example.be")

HEXA = [
    msg("interview_invitation", "hexa_invite", "fr", LOUIS,
        "Rencontre – UX designer chez Hexagramme", "2026-09-08 10:20 +0200",
        T("""
        Bonjour Hugo,

        Merci pour votre candidature au poste de UX designer. Nous aimerions vous rencontrer
        mardi 15 septembre à 9h30 dans nos bureaux (Rue de l'Ange 7, Namur). Comptez une
        heure : présentation de l'agence, de deux de vos projets, et un petit exercice de
        critique d'interface.

        Louis Collignon
        Associé – Agence Hexagramme
        081 22 45 60
        """), company="Agence Hexagramme", cte="8bit"),
    own("hexa_own_request", "fr", LOUIS, "RE: Rencontre – UX designer chez Hexagramme",
        "2026-09-08 21:05 +0200",
        T("""
        Bonjour Louis,

        Merci pour l'invitation ! Le 15 au matin, j'ai déjà un engagement à Liège. Serait-il
        possible de décaler en début d'après-midi, ou un autre jour de la même semaine ?

        Bien à vous,
        Hugo Marchetti
        """), reply_of="hexa_invite", quote="fr", cte="8bit"),
    msg("interview_reschedule_or_cancel", "hexa_moved", "fr", LOUIS,
        "RE: Rencontre – UX designer chez Hexagramme", "2026-09-10 08:55 +0200",
        T("""
        Bonjour Hugo,

        Aucun problème. Nous déplaçons notre rencontre au mercredi 16 septembre à 14h00, même
        adresse. Je mets à jour l'invitation de mon côté.

        À mercredi,
        Louis
        """), company="Agence Hexagramme", reply_of="hexa_own_request", quote="fr", cte="8bit"),
    msg("missed_interview_notice", "hexa_missed", "fr", LOUIS,
        "Notre rendez-vous de 14h", "2026-09-16 14:40 +0200",
        T("""
        Bonjour Hugo,

        Nous vous attendions à 14h pour notre rencontre et je n'ai pas réussi à vous joindre
        par téléphone. Peut-être un souci de train ?

        Faites-moi signe quand vous pouvez ; nous verrons ensuite comment avancer.

        Louis Collignon
        Agence Hexagramme
        """), company="Agence Hexagramme", charset="iso-8859-1", cte="quoted-printable"),
    msg("rejection", "hexa_reject", "fr", LOUIS,
        "Suite de votre candidature", "2026-10-02 11:10 +0200",
        T("""
        Bonjour Hugo,

        Merci pour vos explications et pour l'échange téléphonique de la semaine dernière.
        Nous avons entre-temps avancé avec une autre candidate, avec qui nous allons conclure.
        Nous ne pourrons donc pas poursuivre avec vous pour ce poste.

        Bonne route pour la suite,
        Louis Collignon
        """), company="Agence Hexagramme"),
]

# ------------------------------------------------------------------ other Belgian employers
HESBAYE_ATS = ("Banque de Hesbaye", "hesbaye@myworkday.com")
BAZAR = ("Bazar Royal – Recrutement", "jobs@bazarroyal.example.be")
MOUSTIQUE = ("Léa Vandenberghe", "lea@moustiquegames.example.be")
NORTHLIGHT = ("Tom Peeters", "tom.peeters@northlight.example.be")
BRUME = ("Aline Verhaegen", "aline@studiobrume.example.be")

OTHER_BE = [
    msg("application_received", "hesbaye_ack", "fr", HESBAYE_ATS,
        "Banque de Hesbaye : candidature reçue – UI Designer Digital Banking",
        "2026-02-02 13:04 -0800",
        T("""
        Bonjour Hugo,

        Merci d'avoir postulé au poste UI Designer Digital Banking (R-10392) à la Banque de
        Hesbaye. Votre candidature a été transmise à l'équipe de recrutement.

        Vous pouvez consulter le statut de votre candidature à tout moment dans la rubrique
        « Mes candidatures » de notre site carrières.

        Banque de Hesbaye – Talent Acquisition
        """), company="Banque de Hesbaye", fmt="html", brand="Banque de Hesbaye",
        footer="Merci de ne pas répondre à ce message automatique."),
    msg("rejection", "hesbaye_reject", "fr", HESBAYE_ATS,
        "Mise à jour de votre candidature R-10392", "2026-02-27 09:40 -0800",
        T("""
        Bonjour Hugo,

        Merci de l'intérêt que vous portez à la Banque de Hesbaye. Après examen attentif de
        votre dossier, nous sommes au regret de vous informer que votre candidature au poste
        UI Designer Digital Banking n'a pas été retenue pour la phase d'entretiens.

        Nous conservons votre profil et vous invitons à consulter régulièrement nos offres.

        Banque de Hesbaye – Talent Acquisition
        """), company="Banque de Hesbaye", fmt="alt"),
    own("bazar_own_apply", "fr", BAZAR, "Candidature – Designer UX/UI e-commerce",
        "2026-03-03 08:30 +0100",
        T("""
        Madame, Monsieur,

        Je vous adresse ma candidature pour le poste de Designer UX/UI publié sur votre site.
        Graphiste de formation, j'ai conçu ces derniers mois les parcours d'achat de deux
        boutiques en ligne indépendantes et je souhaite mettre cette expérience au service de
        Bazar Royal.

        Vous trouverez mon CV en pièce jointe.

        Cordialement,
        Hugo Marchetti
        """), pdfs=[("Hugo_Marchetti_CV.pdf", ["Hugo Marchetti", "UX/UI designer"])]),
    msg("application_received", "bazar_ack", "fr", BAZAR,
        "Re: Candidature – Designer UX/UI e-commerce", "2026-03-03 08:31 +0100",
        T("""
        Bonjour,

        Nous avons bien reçu votre candidature et nous vous en remercions.

        Nous recevons un très grand nombre de candidatures et ne pouvons malheureusement pas
        répondre individuellement à chacune d'entre elles. Si votre profil est retenu, un
        membre de l'équipe vous contactera dans les trois semaines.

        L'équipe Recrutement de Bazar Royal
        """), company="Bazar Royal", reply_of="bazar_own_apply",
        headers={"Auto-Submitted": "auto-replied"}, name_enc=("q", "utf-8")),
    msg("missed_interview_notice", "bazar_missed", "fr", ("Kevin Dumont",
                                                          "kevin.dumont@bazarroyal.example.be"),
        "Appel manqué – entretien téléphonique", "2026-03-19 15:17 +0100",
        T("""
        Bonjour Hugo,

        J'ai essayé de vous appeler à 15h comme convenu pour notre entretien téléphonique,
        mais je suis tombé sur votre messagerie à deux reprises.

        Pouvez-vous me proposer deux ou trois créneaux cette semaine ou la suivante ?

        Kevin Dumont
        Talent Acquisition – Bazar Royal
        Quai des Charbonnages 40, 1080 Molenbeek
        """), company="Bazar Royal", fmt="alt", charset="windows-1252"),
    msg("rejection", "bazar_reject", "fr", ("Kevin Dumont",
                                            "kevin.dumont@bazarroyal.example.be"),
        "Votre candidature chez Bazar Royal", "2026-04-08 10:03 +0200",
        T("""
        Bonjour Hugo,

        Merci pour notre échange téléphonique de la semaine passée.

        Nous avons reçu de nombreuses candidatures de grande qualité et avons choisi de
        poursuivre avec des profils dont l'expérience en e-commerce correspond plus
        étroitement à nos besoins actuels. Nous ne donnerons donc pas suite à votre
        candidature.

        Nous vous souhaitons plein succès dans vos recherches.

        Kevin Dumont
        Talent Acquisition – Bazar Royal
        """), company="Bazar Royal", cte="base64"),
    msg("application_received", "moustique_ack", "fr", ("Moustique Games",
                                                        "no-reply@workablemail.com"),
        "Merci d'avoir postulé chez Moustique Games !", "2026-04-13 12:00 +0000",
        T("""
        Salut Hugo,

        Merci pour ta candidature au poste UI Artist / UX Designer (Namur) ! Toute l'équipe de
        Moustique Games l'a bien reçue.

        Nous lisons toutes les candidatures nous-mêmes, ça peut prendre un peu de temps.
        Tu auras de nos nouvelles, quelle que soit la réponse.

        La team Moustique
        """), company="Moustique Games", fmt="html", brand="Moustique Games"),
    msg("interview_invitation", "moustique_invite", "fr", MOUSTIQUE,
        "Un call avec l'équipe ?", "2026-04-27 16:33 +0200",
        T("""
        Salut Hugo,

        On a adoré tes maquettes d'inventaire pour ton projet perso. Ça te dirait un call de
        45 minutes avec notre lead game designer et moi ? Je te propose mardi 5 mai à 10h ou
        mercredi 6 à 14h, sur Discord ou Meet selon ta préférence.

        Léa Vandenberghe
        Producer – Moustique Games
        """), company="Moustique Games", cte="8bit", name_enc=("q", "iso-8859-1")),
    msg("interview_reschedule_or_cancel", "moustique_moved", "fr", MOUSTIQUE,
        "Re: Un call avec l'équipe ?", "2026-05-04 18:02 +0200",
        T("""
        Salut Hugo,

        Désolée, on a une build à livrer demain et le lead GD sera coincé toute la matinée.
        On peut repousser notre call à jeudi 7 mai, même heure (10h) ? Je t'envoie un nouveau
        lien Meet.

        Léa
        """), company="Moustique Games", reply_of="moustique_invite", quote="fr", cte="8bit"),
    msg("rejection", "moustique_reject", "fr", MOUSTIQUE,
        "Re: Un call avec l'équipe ?", "2026-05-19 11:47 +0200",
        T("""
        Salut Hugo,

        Merci encore pour le call, c'était très sympa. On a beaucoup discuté en équipe et on
        a décidé de ne pas aller plus loin pour le moment : on a besoin de quelqu'un qui
        maîtrise déjà Unity pour intégrer ses interfaces lui-même.

        On te souhaite le meilleur, et n'hésite pas à repostuler dans un an !

        Léa
        """), company="Moustique Games", reply_of="moustique_moved", quote="fr", cte="8bit"),
    msg("interview_reschedule_or_cancel", "northlight_moved", "en", NORTHLIGHT,
        "Moving our call to Thursday", "2026-06-22 08:50 +0200",
        T("""
        Hi Hugo,

        Thanks again for taking my call last week. Unfortunately our art director has to fly
        to a publisher meeting, so we need to move tomorrow's portfolio review. Could you do
        Thursday 25 June at 15:00 instead? Same Zoom link as before.

        Cheers,
        Tom Peeters
        Lead UX – Northlight Interactive, Brussels
        """), company="Northlight Interactive"),
    msg("missed_interview_notice", "northlight_missed", "en", NORTHLIGHT,
        "Re: Moving our call to Thursday", "2026-06-25 15:22 +0200",
        T("""
        Hi Hugo,

        We're on the Zoom and have been waiting since 15:00 – I also tried your mobile. Did
        something come up? Let me know if you'd still like to do the review and we'll see
        what we can find next week.

        Tom
        """), company="Northlight Interactive", reply_of="northlight_moved", quote="en"),
    msg("rejection", "northlight_reject", "en", ("Northlight Interactive",
                                                  "no-reply@hire.lever.co"),
        "Your application to Northlight Interactive", "2026-07-09 14:00 +0000",
        T("""
        Hi Hugo,

        Thank you for your interest in the UX Designer (Games) role at Northlight
        Interactive and for the time you spent with our team.

        After careful consideration we have decided to move forward with candidates whose
        experience more closely matches the needs of the role at this time.

        We wish you the best of luck in your search.

        The Northlight Interactive Talent Team
        """), company="Northlight Interactive", fmt="alt"),
    msg("application_received", "brume_ack", "en", ("Studio Brume",
                                                     "notifications@bamboohr.com"),
        "Thanks for applying to Studio Brume", "2026-08-17 07:45 -0600",
        T("""
        Hi Hugo,

        Thank you for applying for the Junior Product Designer position at Studio Brume.
        We have received your application and our team will review it shortly.

        If your background is a good fit, we will reach out to schedule a conversation.

        Best,
        Studio Brume Hiring Team
        """), company="Studio Brume", fmt="html", brand="Studio Brume"),
    msg("interview_invitation", "brume_invite", "en", BRUME,
        "Interview at Studio Brume – Junior Product Designer", "2026-08-31 11:15 +0200",
        T("""
        Hello Hugo,

        We enjoyed reading your application and would love to meet you. Would you be available
        for a 60-minute interview at our studio (Rue de Flandre 118, 1000 Brussels) on
        Tuesday 8 September at 11:00? You will meet me and our design lead, Pieter.

        Please bring two case studies you are proud of.

        Kind regards,
        Aline Verhaegen
        Studio Manager – Studio Brume
        +32 2 511 09 43
        """), company="Studio Brume", fmt="alt", cte="base64",
        ics=ics("REQUEST", "brume-int-0908@studiobrume.example.be", 0, "20260908T110000",
                "20260908T120000", "Interview Hugo Marchetti – Studio Brume",
                "Rue de Flandre 118, 1000 Brussels", BRUME), ics_mode="mixed"),
    msg("interview_reschedule_or_cancel", "brume_moved", "en", BRUME,
        "Updated: Interview at Studio Brume – Junior Product Designer",
        "2026-09-03 17:20 +0200",
        T("""
        Hello Hugo,

        Pieter will be at a client workshop on Tuesday, so we have moved your interview to
        Wednesday 9 September at 14:00. The updated invitation is attached; the old one is
        no longer valid.

        Apologies for the change,
        Aline
        """), company="Studio Brume", reply_of="brume_invite", fmt="alt",
        ics=ics("REQUEST", "brume-int-0908@studiobrume.example.be", 1, "20260909T140000",
                "20260909T150000", "Interview Hugo Marchetti – Studio Brume (moved)",
                "Rue de Flandre 118, 1000 Brussels", BRUME)),
    own("brume_own_thanks", "en", BRUME, "Thank you – interview on Wednesday",
        "2026-09-09 19:02 +0200",
        T("""
        Dear Aline,

        Thank you and Pieter for this afternoon. I really enjoyed the discussion about the
        museum booking flow and would be glad to continue the conversation.

        Best regards,
        Hugo Marchetti
        """), cte="7bit"),
    msg("rejection", "brume_reject", "en", BRUME,
        "Re: Thank you – interview on Wednesday", "2026-09-22 10:31 +0200",
        T("""
        Dear Hugo,

        Thanks for your kind note and for coming in. Pieter and I have now met all
        candidates, and we have decided to offer the role to someone with more agency
        experience in product design. I'm sorry this isn't the news you were hoping for.

        We were impressed by your visual craft, and we'd be happy to keep in touch.

        Warm regards,
        Aline Verhaegen
        Studio Brume
        """), company="Studio Brume", reply_of="brume_own_thanks", quote="en"),
]

MESSAGES = [*RTM, *COURRIER, *ZINC, *ORWE, *TALENTIS, *TEMPORA_MSGS, *HEXA, *OTHER_BE]
