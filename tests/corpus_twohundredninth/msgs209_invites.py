"""Corpus 209, hand-written: 26 interview invitations, 15 reschedules or cancellations and
10 missed-interview notices."""

from msgs209_common import (
    CAND,
    CAND_NAME,
    ats_card,
    mso,
    outlook,
    outlook_html,
    p2h,
    page,
    q,
    wrote,
)

VESDRE = ("Claire Dumoulin", "claire.dumoulin@univ-vesdre.example.be")
EUDAS = ("Maren Lindqvist", "maren.lindqvist@eudas.example.eu")
KP = ("Katrin Brandt", "katrin.brandt@kaiserpfalz-versicherung.example.de")

INVITES = [
    # ================================ French ================================
    dict(
        kind="interview_invitation", slug="vesdre_panel_ics_request", id="vesdre_inv", parent="vesdre_ack",
        lang="fr", company="Université de la Vesdre", contact=VESDRE[1],
        frm=VESDRE, subject="Invitation à un entretien – Gestionnaire de l'information (réf. ADM-2026-014)",
        date="2026-02-20T10:31:00+01:00",
        text="""Madame,

Suite à l'examen des candidatures pour le poste de gestionnaire de l'information (réf. ADM-2026-014), j'ai le plaisir de vous inviter à un entretien devant un jury le jeudi 26 février 2026 à 14 h.

Le jury sera composé de Mme Fabienne Renard (directrice des archives centrales), de M. Luc Thonon (service juridique) et de moi-même. L'entretien durera environ 45 minutes, dont 10 minutes de présentation de votre part sur le thème : « Mettre en place un calendrier de conservation dans une faculté ».

Lieu : bâtiment administratif, salle du conseil (2e étage), place du Vingt-Août 31, Liège.

Une invitation de calendrier est jointe ; merci de me confirmer votre présence en l'acceptant ou par retour de courriel.

Bien cordialement,

Claire Dumoulin
Conseillère en recrutement – Administration des ressources humaines
Université de la Vesdre
+32 4 366 21 07
""",
        ics=dict(method="REQUEST", uid="adm-2026-014-okoro@univ-vesdre.example.be", seq=0,
                 start="2026-02-26T14:00:00+01:00", end="2026-02-26T14:45:00+01:00",
                 summary="Entretien – Gestionnaire de l'information (ADM-2026-014)",
                 location="Salle du conseil, place du Vingt-Août 31, Liège", organizer=VESDRE),
    ),
    dict(
        kind="interview_invitation", slug="tempora_sets_up_clinic_interview", id="tempora_client", parent="tempora_missed",
        lang="fr", company="Clinique Saint-Remacle", contact="julien.masset@tempora-interim.example.be",
        frm=("Julien Masset | Tempora", "julien.masset@tempora-interim.example.be"),
        subject="Rencontre à la Clinique Saint-Remacle lundi 2/2",
        date="2026-01-27T11:48:00+01:00",
        text="""Bonjour Ines,

Bonne nouvelle : la Clinique Saint-Remacle souhaite vous rencontrer pour la mission de secrétaire médicale – archives (remplacement de 6 mois, temps plein).

Rendez-vous le lundi 2 février à 10 h 30, à l'accueil du bâtiment B, rue Saint-Remacle 2 à Liège. Vous verrez Mme Van Hees (responsable du secrétariat) et une personne du service informatique médical. Comptez une bonne demi-heure.

Pouvez-vous me confirmer par retour ? Je vous appelle vendredi pour préparer l'entretien ensemble.

À tantôt,
Julien

Julien Masset
Consultant senior – Office & Admin
Tempora – travail intérimaire & recrutement
Boulevard d'Avroy 12, 4000 Liège
GSM +32 475 61 22 90
""",
    ),
    dict(
        kind="interview_invitation", slug="archives_mosanes_trial_day", id="cam_trial",
        lang="fr", company="Centre d'Archives Mosanes", contact="veronique.thiry@archives-mosanes.example.be",
        frm=("Véronique Thiry", "veronique.thiry@archives-mosanes.example.be"),
        subject="Proposition de journée d'essai au Centre",
        date="2026-06-02T09:05:00+02:00",
        text="""Chère Madame Okoro-Vandenberghe,

Notre échange téléphonique de vendredi nous a convaincus d'aller plus loin. Plutôt qu'un second entretien classique, nous aimerions vous accueillir pour une journée d'essai rémunérée le mercredi 10 juin, de 9 h à 16 h 30.

Au programme : tri d'un versement de la Ville de Huy avec notre archiviste, rédaction d'un bordereau d'élimination, puis une heure d'échange avec l'équipe autour d'un café. Prévoyez des vêtements qui ne craignent pas la poussière ; les gants et blouses sont fournis.

Adresse : rue des Bonnes-Villes 15, 4020 Liège (sonnez au « Magasins »).

Pouvez-vous me dire si cette date vous convient ?

Bien à vous,

Véronique Thiry
Directrice
Centre d'Archives Mosanes
04 343 90 12
""",
        html=page(p2h("""Chère Madame Okoro-Vandenberghe,

Notre échange téléphonique de vendredi nous a convaincus d'aller plus loin. Plutôt qu'un second entretien classique, nous aimerions vous accueillir pour une journée d'essai rémunérée le mercredi 10 juin, de 9 h à 16 h 30.

Au programme : tri d'un versement de la Ville de Huy avec notre archiviste, rédaction d'un bordereau d'élimination, puis une heure d'échange avec l'équipe autour d'un café. Prévoyez des vêtements qui ne craignent pas la poussière ; les gants et blouses sont fournis.

Adresse : rue des Bonnes-Villes 15, 4020 Liège (sonnez au « Magasins »).

Pouvez-vous me dire si cette date vous convient ?

Bien à vous,

Véronique Thiry
Directrice
Centre d'Archives Mosanes
04 343 90 12"""), "fr"),
    ),
    dict(
        kind="interview_invitation", slug="haldenrook_client_bank_interview", id="hr_client", parent="hr_cold",
        lang="fr", company="Banque Hesbaye", contact="thibault.lemaire@haldenrook.example.be",
        frm=("Thibault Lemaire", "thibault.lemaire@haldenrook.example.be"),
        subject="Re: Un poste qui pourrait vous parler – rencontre avec la Banque Hesbaye",
        date="2026-07-14T08:40:00+02:00",
        text="""Bonjour Ines,

Comme annoncé lors de notre appel, je peux maintenant lever l'anonymat : il s'agit de la Banque Hesbaye, qui crée un poste de records manager au sein de sa direction Compliance, à Bruxelles (Mont des Arts).

Ils aimeraient vous rencontrer le mardi 21 juillet à 15 h, dans leurs bureaux, avec Mme Delphine Orban (Head of Compliance Operations). Un deuxième tour avec le COO suivrait fin juillet si tout se passe bien.

Je vous envoie d'ici jeudi un court dossier sur la banque et la fonction. Dites-moi simplement si le créneau vous va et je confirme de mon côté.

Bien à vous,

Thibault Lemaire
Associate Director
Halden & Rook – Executive Search
Avenue Louise 231, 1050 Bruxelles
+32 2 808 14 60

""" + wrote("fr", "lun. 6 juil. 2026 à 10:02", "Thibault Lemaire", "thibault.lemaire@haldenrook.example.be") + "\n" + q("""Bonjour Madame Okoro-Vandenberghe,

Je me permets de vous contacter car votre profil a retenu mon attention. Seriez-vous ouverte à un échange informel sur l'évolution de votre carrière vers la gestion de l'information ?"""),
    ),
    dict(
        kind="interview_invitation", slug="valmosan_outlook_1252_ics", id="hvm_inv",
        lang="fr", company="Hôpital du Val-Mosan", contact="nathalie.gerard@valmosan.example.be",
        frm=("Gérard Nathalie", "nathalie.gerard@valmosan.example.be"), name_enc=("windows-1252", "B"),
        subject="Convocation à un entretien – Records manager (H/F/X)", subj_enc=("windows-1252", "Q"),
        date="2026-08-24T15:27:00+02:00",
        charset="windows-1252",
        text="""Madame,

Nous avons bien analysé votre candidature au poste de records manager et nous souhaitons vous rencontrer.

Votre entretien est fixé au mardi 1er septembre 2026 à 13 h 30, au Site de Salzinnes (bâtiment administratif, 3e étage, salle « Meuse »). Il sera mené par le Dr Lambotte, médecin-chef adjoint, et par moi-même.

Merci de vous munir d’une pièce d’identité et de vos diplômes. Un parking visiteurs est disponible à l’entrée rue des Hospices.

Vous trouverez ci-joint l’invitation pour votre agenda.

Bien à vous,

Nathalie Gérard
Responsable recrutement & mobilité
Hôpital du Val-Mosan – Site de Salzinnes
Rue des Hospices 90 – 5000 Namur
Tél. : +32 81 72 40 15

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer.
""",
        html=outlook_html(mso("""Madame,

Nous avons bien analysé votre candidature au poste de records manager et nous souhaitons vous rencontrer.

Votre entretien est fixé au mardi 1er septembre 2026 à 13 h 30, au Site de Salzinnes (bâtiment administratif, 3e étage, salle « Meuse »). Il sera mené par le Dr Lambotte, médecin-chef adjoint, et par moi-même.

Merci de vous munir d’une pièce d’identité et de vos diplômes. Un parking visiteurs est disponible à l’entrée rue des Hospices.

Vous trouverez ci-joint l’invitation pour votre agenda.

Bien à vous,

Nathalie Gérard
Responsable recrutement & mobilité
Hôpital du Val-Mosan – Site de Salzinnes
Rue des Hospices 90 – 5000 Namur
Tél. : +32 81 72 40 15

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer."""), "fr"),
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000A0C1D2E3F4@valmosan.example.be", seq=0,
                 start="2026-09-01T13:30:00+02:00", end="2026-09-01T14:30:00+02:00",
                 summary="Entretien Records manager – I. Okoro-Vandenberghe",
                 location="Site de Salzinnes, salle Meuse", organizer=("Gérard Nathalie", "nathalie.gerard@valmosan.example.be")),
        attachments=[dict(type="ics", name="invite.ics")],
    ),
    dict(
        kind="interview_invitation", slug="olan_assessment_centre", id="olan_ac", parent="olan_ack",
        lang="fr", company="Office luxembourgeois des archives numériques", contact="sylvie.wagner@olan.example.lu",
        frm=("Sylvie Wagner", "sylvie.wagner@olan.example.lu"),
        subject="Invitation – journée d'évaluation (assessment center) – archiviste numérique",
        date="2026-09-14T16:00:00+02:00",
        text="""Chère Madame Okoro-Vandenberghe,

Votre candidature au poste d'archiviste numérique (CDI, 40 h) a retenu l'attention de la commission de recrutement. Nous avons le plaisir de vous convier à notre journée d'évaluation le jeudi 24 septembre 2026, de 8 h 45 à 16 h, à Esch-sur-Alzette.

La journée comprend :
- un exercice de classement et de description sur un fonds hybride (papier et numérique) ;
- une étude de cas écrite sur la préservation à long terme ;
- une mise en situation en groupe ;
- un entretien de motivation de 30 minutes.

Le déjeuner est offert. Merci de confirmer votre participation avant le 18 septembre et de nous signaler tout besoin d'aménagement.

Avec nos salutations distinguées,

Sylvie Wagner
Chargée de recrutement
Office luxembourgeois des archives numériques
12, rue de l'Alzette – L-4011 Esch-sur-Alzette
T +352 26 54 38 20
""",
    ),
    dict(
        kind="interview_invitation", slug="vauban_phone_screen_ask", id="vauban_screen", parent="vauban_ack",
        lang="fr", company="Assurances Vauban", contact="aurelie.lefebvre@vauban-assurances.example.fr",
        frm=("Aurélie Lefebvre", "aurelie.lefebvre@vauban-assurances.example.fr"),
        subject="Votre candidature – un premier échange téléphonique ?",
        date="2026-04-27T14:12:00+02:00",
        text="""Bonjour Ines,

Je suis chargée de recrutement chez Assurances Vauban et j'ai lu votre candidature au poste de chargée de gouvernance documentaire avec beaucoup d'intérêt.

Seriez-vous disponible mercredi 29 avril pour un premier échange téléphonique d'une vingtaine de minutes ? Je suis libre entre 9 h et 12 h ou après 16 h. L'idée est de faire connaissance, de vous présenter la direction juridique et de vérifier ensemble vos attentes (télétravail, trajets Liège–Lille, rémunération).

Indiquez-moi simplement l'heure qui vous arrange et le numéro auquel vous joindre.

Belle journée,

Aurélie Lefebvre
Chargée de recrutement
Assurances Vauban – 18 place du Concert – 59800 Lille
03 20 55 71 02
""",
    ),
    dict(
        kind="interview_invitation", slug="mnemosyne_casual_thursday", id="mnemo_chat",
        lang="fr", company="Mnémosyne", contact="karim@mnemosyne.example.be",
        frm=("Karim Benali", "karim@mnemosyne.example.be"),
        subject="Dispo jeudi ?",
        date="2026-01-20T22:14:00+01:00",
        text="""Hello Ines,

Merci pour ton message sur le poste de « data librarian » (le titre est un peu pompeux, on est six dans un bureau au-dessus d'une friterie, à Outremeuse).

Tu serais dispo jeudi à 14 h pour qu'on en parle ? 30-40 minutes sur Google Meet, je te présente ce qu'on fait avec les archives de presse et tu me racontes ce que tu fais à la bibliothèque. Rien de formel.

Voici le lien : https://meet.example.com/mne-kbra-ines

Karim
cofondateur, Mnémosyne
""",
    ),
    dict(
        kind="interview_invitation", slug="sorbier_ats_scheduling_link", id="sorbier_inv",
        lang="fr", company="Institut Sorbier", contact="",
        frm=("Institut Sorbier via SmartRecruiters", "noreply@smartrecruiters.com"),
        subject="Institut Sorbier : choisissez votre créneau d'entretien",
        date="2026-04-02T09:14:27+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Institut Sorbier", "#1d4ed8", """<p>Bonjour Ines,</p>
<p>Votre candidature au poste de <b>Chargé(e) des collections numériques</b> a été retenue pour un entretien avec Hélène Marchetti, responsable du pôle patrimoine numérique.</p>
<p>Merci de réserver vous-même le créneau qui vous convient (entretien en présentiel de 45 minutes, 11 rue de Lutèce, Paris 4e) :</p>
<p style="text-align:center"><a href="https://www.smartrecruiters.com/interview-scheduler/sorbier/8b1f2c" style="background:#1d4ed8;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Choisir mon créneau</a></p>
<p>Créneaux proposés : les 13, 14 et 15 avril, entre 9 h et 17 h.</p>
<p>À bientôt,<br>L'équipe recrutement de l'Institut Sorbier</p>""",
            """Cet e-mail vous a été envoyé par SmartRecruiters pour le compte de l'Institut Sorbier. <a href="https://www.smartrecruiters.com/privacy-policy">Politique de confidentialité</a>""", "fr"),
    ),
    dict(
        kind="interview_invitation", slug="sambre_energie_recorded_video", id="sambre_video",
        lang="fr", company="Sambre Énergie", contact="",
        frm=("Sambre Énergie – Recrutement", "sambreenergie@jobs.recruitee.com"), name_enc=("utf-8", "B"),
        subject="Étape suivante : entretien vidéo différé", subj_enc=("utf-8", "B"),
        date="2026-02-16T07:45:00+00:00",
        text="""Bonjour Ines,

Merci pour votre candidature au poste d'Assistante en gestion documentaire technique (Namur).

Nous vous invitons à passer à l'étape suivante : un entretien vidéo différé. Vous répondrez, quand vous le souhaitez, à quatre questions affichées à l'écran (2 minutes de réponse par question, une seule prise).

Lien personnel, valable jusqu'au 23 février à minuit :
https://sambreenergie.recruitee.com/o/assistante-ged/video/7Q2XK

Conseil : installez-vous dans un endroit calme et testez votre micro avant de commencer.

L'équipe Recrutement
Sambre Énergie

Envoyé via Recruitee. Ne répondez pas à ce message : les réponses ne sont pas lues.
""",
        cte="base64",
    ),
    dict(
        kind="interview_invitation", slug="lainiere_reply_to_application", id="lainiere_inv", parent="lainiere_app",
        lang="fr", company="Fondation Lainière de Verviers", contact="paul.hennen@fondation-lainiere.example.be",
        frm=("Paul Hennen", "paul.hennen@fondation-lainiere.example.be"),
        subject="Re: Candidature – archiviste (mi-temps) – Ines Okoro-Vandenberghe",
        date="2026-05-26T12:02:00+02:00",
        text="""Bonjour Madame,

Merci pour votre candidature très complète. Votre expérience du public et du catalogage nous intéresse pour inventorier les fonds des anciennes filatures.

Je vous propose de venir nous rencontrer le mardi 2 juin à 10 h à la Fondation (rue de la Chapelle 33, Verviers). Nous parlerons du projet d'inventaire et des conditions du mi-temps. Si ce moment ne vous convient pas, proposez-m'en un autre dans la même semaine.

Bien cordialement,

Paul Hennen
Secrétaire général
Fondation Lainière de Verviers
087 31 44 60

""" + wrote("fr", "ven. 22 mai 2026 à 17:20", CAND_NAME, CAND) + "\n" + q("""Monsieur Hennen,

Je vous adresse ma candidature pour le poste d'archiviste à mi-temps publié sur le site de la Fondation. Vous trouverez mon CV en annexe.

Bien à vous,
Ines Okoro-Vandenberghe"""),
    ),
    dict(
        kind="interview_invitation", slug="petrusse_reply_to_assistant", id="petrusse_inv",
        lang="fr", company="Banque de la Pétrusse", contact="marie.kieffer@petrusse-bank.example.lu",
        frm=("Carole Schmit", "carole.schmit@petrusse-bank.example.lu"),
        reply_to=("Marie Kieffer", "marie.kieffer@petrusse-bank.example.lu"),
        subject="Entretien – Archiviste GED (Luxembourg-Kirchberg)",
        date="2026-07-28T10:10:00+02:00",
        text="""Madame,

Carole Schmit, responsable du service Information Management, souhaite vous rencontrer dans le cadre de votre candidature au poste d'archiviste GED.

L'entretien aura lieu le jeudi 6 août 2026 à 11 h, dans nos locaux du 3, avenue J.F. Kennedy, L-1855 Luxembourg (réception au rez-de-chaussée). Il durera environ une heure et se déroulera en français ; une partie pourra se tenir en anglais.

Pour toute question d'organisation, merci de répondre à Marie Kieffer, son assistante, qui gère l'agenda (adresse en réponse de ce message).

Veuillez agréer, Madame, nos salutations distinguées.

Pour Carole Schmit
Marie Kieffer, assistante de direction
Banque de la Pétrusse – Information Management
+352 47 11 82 03

Banque de la Pétrusse S.A. – R.C.S. Luxembourg B 000000. Ce message est confidentiel ; si vous n'en êtes pas le destinataire, veuillez le détruire et en informer l'expéditeur.
""",
        ics=dict(method="REQUEST", uid="pet-ged-2026-0806-okoro@petrusse-bank.example.lu", seq=0,
                 start="2026-08-06T11:00:00+02:00", end="2026-08-06T12:00:00+02:00",
                 summary="Entretien Archiviste GED – Mme Okoro-Vandenberghe",
                 location="3, avenue J.F. Kennedy, Luxembourg", organizer=("Carole Schmit", "carole.schmit@petrusse-bank.example.lu")),
    ),
    dict(
        kind="interview_invitation", slug="sbia_base64_latin1_subject", id="sbia_inv",
        lang="fr", company="Service bruxellois de l'Information administrative", contact="youssef.elamrani@sbia.example.be",
        frm=("Youssef El Amrani", "youssef.elamrani@sbia.example.be"),
        subject="Sélection SBIA-2026-22 : invitation à l'épreuve orale", subj_enc=("iso-8859-1", "Q"),
        date="2026-09-28T09:00:00+02:00", cte="base64",
        text="""Madame Okoro-Vandenberghe,

Vous avez réussi l'épreuve écrite de la sélection SBIA-2026-22 (attachée – gestion de l'information et des archives, rang A1).

Vous êtes invitée à l'épreuve orale qui se déroulera le mercredi 7 octobre 2026 à 9 h 40, au siège du Service, boulevard du Jardin Botanique 20, 1000 Bruxelles (16e étage). L'épreuve consiste en un entretien de 40 minutes avec le jury, précédé de 20 minutes de préparation d'un cas pratique.

Merci de vous présenter 15 minutes à l'avance, munie de votre carte d'identité. Si vous ne pouvez pas vous présenter, prévenez-nous au plus tard 48 heures avant l'épreuve.

Youssef El Amrani
Gestionnaire de sélection – Direction RH
Service bruxellois de l'Information administrative
02 204 18 77
""",
    ),

    # ================================ English ================================
    dict(
        kind="interview_invitation", slug="eudas_greenhouse_phone_screen", id="eudas_screen", parent="eudas_ack",
        lang="en", company="EU Agency for Data Stewardship", contact=EUDAS[1],
        frm=("Maren Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=EUDAS,
        subject="EUDAS - Records & Information Officer: quick call?",
        date="2026-03-10T09:22:05+00:00",
        text="""Hi Ines,

Thanks for applying for the Records & Information Officer (contract agent, FG IV) position with the EU Agency for Data Stewardship.

I'd like to set up a 20-minute phone screen to go through the role and the selection steps. Would Thursday 12 March at 10:00 (Brussels time) work for you? If not, let me know two or three alternatives this week.

Please reply directly to this email - it will reach me.

Best regards,
Maren Lindqvist
HR Officer - Selection & Recruitment
EU Agency for Data Stewardship | Rue Montoyer 34, 1000 Brussels
""",
        html=page(p2h("""Hi Ines,

Thanks for applying for the Records & Information Officer (contract agent, FG IV) position with the EU Agency for Data Stewardship.

I'd like to set up a 20-minute phone screen to go through the role and the selection steps. Would Thursday 12 March at 10:00 (Brussels time) work for you? If not, let me know two or three alternatives this week.

Please reply directly to this email - it will reach me.

Best regards,
Maren Lindqvist
HR Officer - Selection & Recruitment
EU Agency for Data Stewardship | Rue Montoyer 34, 1000 Brussels""") + '\n<p style="color:#999;font-size:11px">Sent via Greenhouse</p>', "en"),
    ),
    dict(
        kind="interview_invitation", slug="eudas_panel_ics", id="eudas_panel", parent="eudas_moved",
        lang="en", company="EU Agency for Data Stewardship", contact=EUDAS[1],
        frm=EUDAS,
        cc=[("Selection Board EUDAS/CA/2026/04", "selection-board@eudas.example.eu")],
        subject="Invitation to interview - EUDAS/CA/2026/04 Records & Information Officer",
        date="2026-03-20T14:45:00+01:00",
        text="""Dear Ms Okoro-Vandenberghe,

Following our call, I am pleased to invite you to an interview with the Selection Board for the post of Records & Information Officer (EUDAS/CA/2026/04).

Date: Tuesday 31 March 2026
Time: 10:30-11:30 (CEST)
Place: EUDAS premises, Rue Montoyer 34, 1000 Brussels, meeting room M-5.02

The interview will be in English, with a short part in French to assess your second language. It will be preceded by a 30-minute written test on the Agency's retention schedule (please arrive at 10:00).

A calendar invitation is attached. Please confirm your attendance by accepting it. Reimbursement of travel costs follows the rules in the attached note.

Kind regards,

Maren Lindqvist
HR Officer - Selection & Recruitment
EU Agency for Data Stewardship
Rue Montoyer 34, 1000 Brussels | +32 2 290 63 11

Disclaimer: the contents of this message are personal and do not necessarily reflect the official position of the Agency.
""",
        ics=dict(method="REQUEST", uid="eudas-ca-2026-04-int-017@eudas.example.eu", seq=0,
                 start="2026-03-31T10:00:00+02:00", end="2026-03-31T11:30:00+02:00",
                 summary="EUDAS/CA/2026/04 - written test and interview",
                 location="Rue Montoyer 34, Brussels, M-5.02", organizer=EUDAS),
    ),
    dict(
        kind="interview_invitation", slug="mrri_recruiter_phone_screen", id="mrri_call",
        lang="en", company="Meuse-Rhine Research Institute", contact="femke.janssen@mrri.example.nl",
        frm=("Femke Janssen", "femke.janssen@mrri.example.nl"),
        subject="Research Data Steward - first conversation",
        date="2026-02-09T13:30:00+01:00",
        text="""Dear Ines,

Thank you for your application for the Research Data Steward position at MRRI. I'd like to invite you to a first conversation with me and Dr. Pieter Claessens, who leads the data team.

We've blocked Thursday 12 February from 10:00 to 10:45 on Microsoft Teams. The link is below; there's no need to install anything, the browser version works fine.

Join the meeting: https://teams.example.com/l/meetup-join/19%3ameeting_MRRI-RDS-0212

We'll ask about your experience with metadata and with supporting researchers, and you'll have time for your own questions.

Looking forward to speaking with you,

Femke Janssen
Talent Acquisition Partner
Meuse-Rhine Research Institute
Universiteitssingel 80, 6229 ER Maastricht, NL
""",
    ),
    dict(
        kind="interview_invitation", slug="maasland_outlook_invite", id="mmc_inv",
        lang="en", company="Maasland Medical Centre", contact="esther.vos@maaslandmc.example.nl",
        frm=("Vos, Esther", "esther.vos@maaslandmc.example.nl"),
        subject="Interview - Medical Records Coordinator (vacancy 26-0412)",
        date="2026-04-27T10:15:00+02:00", charset="windows-1252",
        text="""Dear Ms Okoro-Vandenberghe,

We would like to invite you to an interview for the Medical Records Coordinator role on Thursday 7 May at 14:00 at our main building, room C2.114. Please bring a copy of your ID.

The panel will consist of the head of Patient Administration, a team leader from the scanning unit and myself. You’ll also get a short tour of the records department afterwards.

Kind regards,

Esther Vos
HR Advisor | Maasland Medical Centre
P. Debyelaan 40 | 6229 HX Maastricht
T +31 43 387 61 44

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. Maasland Medical Centre accepts no liability for the content of this e-mail.
""",
        html=outlook_html(mso("""Dear Ms Okoro-Vandenberghe,

We would like to invite you to an interview for the Medical Records Coordinator role on Thursday 7 May at 14:00 at our main building, room C2.114. Please bring a copy of your ID.

The panel will consist of the head of Patient Administration, a team leader from the scanning unit and myself. You’ll also get a short tour of the records department afterwards.

Kind regards,

Esther Vos
HR Advisor | Maasland Medical Centre
P. Debyelaan 40 | 6229 HX Maastricht
T +31 43 387 61 44

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. Maasland Medical Centre accepts no liability for the content of this e-mail."""), "en"),
        ics=dict(method="REQUEST", uid="mmc-26-0412-int-okoro@maaslandmc.example.nl", seq=0,
                 start="2026-05-07T14:00:00+02:00", end="2026-05-07T15:00:00+02:00",
                 summary="Interview Medical Records Coordinator", location="Main building, C2.114",
                 organizer=("Vos, Esther", "esther.vos@maaslandmc.example.nl")),
    ),
    dict(
        kind="interview_invitation", slug="norrow_lever_self_schedule", id="norrow_inv", parent="norrow_ack",
        lang="en", company="Norrow", contact="priya.raman@norrow.example.be",
        frm=("Priya Raman (Norrow)", "no-reply@hire.lever.co"),
        reply_to=("Priya Raman", "priya.raman@norrow.example.be"),
        subject="Let's talk! Interview for Knowledge Base Curator at Norrow",
        date="2026-03-20T08:31:12+00:00",
        html=page("""<p>Hi Ines,</p>
<p>Great news - we'd love to move forward with your application for <b>Knowledge Base Curator</b>!</p>
<p>The next step is a 45-minute video interview with me and Jonas Verbeke (Head of Support). Please pick a time that suits you using the link below:</p>
<p><a href="https://hire.lever.co/interviews/schedule/1f9c0b7e-norrow">Schedule your interview</a></p>
<p>If none of the times work, just reply and we'll sort something out.</p>
<p>Cheers,<br>Priya<br><span style="color:#666">People &amp; Talent · Norrow · Rue de la Loi 155, 1040 Brussels</span></p>""", "en", "Interview"),
    ),
    dict(
        kind="interview_invitation", slug="calder_agency_client_interview", id="calder_client", parent="calder_reg",
        lang="en", company="Servaas University Library", contact="niamh.doyle@calder-recruitment.example.nl",
        frm=("Niamh Doyle", "niamh.doyle@calder-recruitment.example.nl"),
        subject="Interview confirmed: Servaas University Library, Tue 16 June",
        date="2026-06-08T17:02:00+02:00",
        text="""Hi Ines,

Good news - Servaas University Library would like to meet you for the Metadata & Systems Librarian post (12-month contract, 32 hours).

When: Tuesday 16 June, 11:00-12:00
Where: Servaas University Library, Grote Looiersstraat 17, Maastricht - ask for Marloes Hendriks at the front desk
Who: Marloes Hendriks (Head of Collections) and Ruud Peeters (Systems)

They'll ask you to talk through a record you catalogued recently, so bring an example. I'll call you Monday evening to prep.

Niamh

Niamh Doyle
Senior Consultant, Public Sector & Education
Calder Recruitment | Stationsstraat 9 | 6221 BN Maastricht
+31 43 204 77 18
""",
    ),

    # ================================ German ================================
    dict(
        kind="interview_invitation", slug="kaiserpfalz_teams_invite", id="kp_inv", parent="kp_ack",
        lang="de", company="Kaiserpfalz Versicherung", contact=KP[1],
        frm=KP,
        subject="Einladung zum Vorstellungsgespräch – Sachbearbeiterin Schriftgutverwaltung (m/w/d)",
        date="2026-04-15T11:20:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

vielen Dank für Ihre Bewerbung. Wir würden Sie gern näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Mittwoch, 22. April 2026, 10:00 bis 10:45 Uhr
Teilnehmende: Herr Dieter Lenzen (Leitung Posteingang & Archiv) und ich

Den Link zur Besprechung finden Sie in der beigefügten Kalendereinladung. Bitte testen Sie vorab Kamera und Mikrofon.

Sollte der Termin nicht passen, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Katrin Brandt
Personalreferentin
Kaiserpfalz Versicherung
Theaterstraße 61, 52062 Aachen
Telefon +49 241 99 417-230
""",
        ics=dict(method="REQUEST", uid="kp-sgv-2026-0422-okoro@kaiserpfalz-versicherung.example.de", seq=0,
                 start="2026-04-22T10:00:00+02:00", end="2026-04-22T10:45:00+02:00",
                 summary="Vorstellungsgespräch Schriftgutverwaltung – Okoro-Vandenberghe",
                 location="Microsoft Teams-Besprechung",
                 description="Teams: https://teams.example.com/l/meetup-join/kp-sgv-0422",
                 organizer=KP),
    ),
    dict(
        kind="interview_invitation", slug="wurmtal_onsite_ics", id="wurmtal_inv", parent="wurmtal_ack",
        lang="de", company="Wurmtal Klinikum", contact="s.jansen@wurmtal-klinikum.example.de",
        frm=("Sabine Jansen", "s.jansen@wurmtal-klinikum.example.de"),
        subject="Vorstellungsgespräch am 2. Juli – Medizinische Dokumentation",
        date="2026-06-22T14:05:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

Ihre Unterlagen haben uns angesprochen, und wir möchten Sie gern zu einem persönlichen Gespräch einladen.

Termin: Donnerstag, 2. Juli 2026, 9:30 Uhr
Ort: Wurmtal Klinikum, Verwaltungsgebäude, Raum 1.08, Klinikweg 3, 52134 Herzogenrath
Gesprächspartner: Dr. Markus Offermann (Leitung Medizincontrolling) und ich

Bitte planen Sie etwa eine Stunde ein; im Anschluss zeigen wir Ihnen das Zentralarchiv.

Wir freuen uns auf Sie!

Sabine Jansen
Personalentwicklung & Recruiting
Wurmtal Klinikum
Tel. 02406 88-1172
""",
        ics=dict(method="REQUEST", uid="wk-meddok-2026-0702@wurmtal-klinikum.example.de", seq=0,
                 start="2026-07-02T09:30:00+02:00", end="2026-07-02T10:30:00+02:00",
                 summary="Vorstellungsgespräch Medizinische Dokumentation", location="Verwaltungsgebäude, Raum 1.08",
                 organizer=("Sabine Jansen", "s.jansen@wurmtal-klinikum.example.de")),
    ),
    dict(
        kind="interview_invitation", slug="dreilaender_casual_phone", id="dl_call",
        lang="de", company="Dreiländer Datenarchiv", contact="jens.hoffmann@dreilaender-archiv.example.de",
        frm=("Jens Hoffmann", "jens.hoffmann@dreilaender-archiv.example.de"),
        subject="Kurzes Telefonat am Donnerstag?",
        date="2026-03-09T08:30:00+01:00",
        text="""Hallo Frau Okoro-Vandenberghe,

hätten Sie am Donnerstag gegen 11 Uhr Zeit für ein kurzes Telefonat zu Ihrer Bewerbung als Archivassistenz?

Gruß
Jens Hoffmann
""",
    ),
    dict(
        kind="interview_invitation", slug="kkh_probetag", id="kkh_probetag",
        lang="de", company="Kaiser-Karl-Hochschule Aachen", contact="tobias.klein@kkh-aachen.example.de",
        frm=("Tobias Klein", "tobias.klein@kkh-aachen.example.de"),
        subject="Einladung zum Hospitationstag in der Hochschulbibliothek",
        date="2026-09-08T10:40:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

nach unserem Gespräch in der vergangenen Woche möchten wir Sie zu einem Hospitationstag in die Hochschulbibliothek einladen, bevor die Auswahlkommission entscheidet.

Wann: Dienstag, 15. September 2026, 8:30 bis 15:00 Uhr
Wo: Hochschulbibliothek, Eingang Templergraben 11, 52062 Aachen – bitte am Infotresen nach mir fragen

Sie arbeiten einen Tag im Team Forschungsdaten & Publikationen mit, lernen unser Repositorium kennen und stellen zum Schluss in zehn Minuten dar, wie Sie die Dokumentation unserer Datensätze verbessern würden. Fahrtkosten erstatten wir nach dem Landesreisekostengesetz.

Bitte bestätigen Sie den Termin bis Freitag.

Mit freundlichen Grüßen
Tobias Klein
Leitung Team Forschungsdaten & Publikationen
Kaiser-Karl-Hochschule Aachen
""",
        html=page(p2h("""Sehr geehrte Frau Okoro-Vandenberghe,

nach unserem Gespräch in der vergangenen Woche möchten wir Sie zu einem Hospitationstag in die Hochschulbibliothek einladen, bevor die Auswahlkommission entscheidet.

Wann: Dienstag, 15. September 2026, 8:30 bis 15:00 Uhr
Wo: Hochschulbibliothek, Eingang Templergraben 11, 52062 Aachen – bitte am Infotresen nach mir fragen

Sie arbeiten einen Tag im Team Forschungsdaten & Publikationen mit, lernen unser Repositorium kennen und stellen zum Schluss in zehn Minuten dar, wie Sie die Dokumentation unserer Datensätze verbessern würden. Fahrtkosten erstatten wir nach dem Landesreisekostengesetz.

Bitte bestätigen Sie den Termin bis Freitag.

Mit freundlichen Grüßen
Tobias Klein
Leitung Team Forschungsdaten & Publikationen
Kaiser-Karl-Hochschule Aachen"""), "de"),
    ),

    # ================================ Spanish ================================
    dict(
        kind="interview_invitation", slug="cibeles_interview_ics", id="cib_inv", parent="cib_ack",
        lang="es", company="Seguros Cibeles", contact="marta.quintana@seguroscibeles.example.es",
        frm=("Marta Quintana", "marta.quintana@seguroscibeles.example.es"),
        subject="Entrevista – Técnico/a de Gestión Documental",
        date="2026-05-12T16:45:00+02:00",
        text="""Hola, Ines:

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista con el responsable de Operaciones, Javier Roldán, y conmigo.

Fecha: martes 19 de mayo de 2026
Hora: 10:00 (hora de Madrid)
Formato: videollamada por Teams (el enlace está en la convocatoria adjunta)

Calcula unos 50 minutos. Hablaremos de tu experiencia y del proyecto de digitalización de pólizas.

¿Me confirmas si te viene bien?

Un saludo,

Marta Quintana
Talent Acquisition · Seguros Cibeles
Paseo de la Castellana 141, 28046 Madrid
Tel. +34 915 55 20 86
""",
        ics=dict(method="REQUEST", uid="cib-tgd-0519-okoro@seguroscibeles.example.es", seq=0,
                 start="2026-05-19T10:00:00+02:00", end="2026-05-19T10:50:00+02:00",
                 summary="Entrevista Técnico/a de Gestión Documental", location="Microsoft Teams",
                 description="https://teams.example.com/l/meetup-join/cib-tgd-0519",
                 organizer=("Marta Quintana", "marta.quintana@seguroscibeles.example.es")),
    ),
    dict(
        kind="interview_invitation", slug="carpetana_video_interview", id="carpetana_inv", parent="carpetana_ack",
        lang="es", company="Universidad Carpetana", contact="seleccion.pas@ucarpetana.example.es",
        frm=("Selección PAS – Universidad Carpetana", "seleccion.pas@ucarpetana.example.es"),
        subject="Convocatoria a entrevista – Gestor/a de Datos de Investigación",
        date="2026-07-08T12:00:00+02:00",
        text="""Estimada Ines Okoro-Vandenberghe:

Nos complace comunicarle que ha superado la fase de valoración curricular del proceso de selección de Gestor/a de Datos de Investigación (Biblioteca Universitaria).

Le convocamos a una entrevista por videoconferencia el miércoles 15 de julio de 2026 a las 12:30. La comisión estará formada por la directora de la Biblioteca y dos técnicos del Servicio de Apoyo a la Investigación. Recibirá el enlace de conexión 24 horas antes.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Sección de Selección del PAS
Universidad Carpetana
Avenida de la Moncloa s/n, 28040 Madrid
""",
    ),
    dict(
        kind="interview_invitation", slug="talentomeseta_client_interview", id="meseta_client", parent="meseta_reg",
        lang="es", company="Fundación Archivo Manzanares", contact="raquel.sanz@talentomeseta.example.es",
        frm=("Raquel Sanz · Talento Meseta", "raquel.sanz@talentomeseta.example.es"),
        subject="Entrevista con la Fundación Archivo Manzanares",
        date="2026-06-03T10:20:00+02:00",
        text="""¡Hola, Ines!

Tengo noticias: a la Fundación Archivo Manzanares le ha encantado tu perfil y quiere entrevistarte para el puesto de archivera-documentalista.

Sería el martes 9 de junio a las 17:00, por videollamada (o en su sede de la calle de Segovia si vienes a Madrid esa semana). Estarás con Beatriz Ordóñez, la directora.

Confírmame y le paso tu disponibilidad. Antes te llamo para contarte cómo suelen entrevistar.

Un abrazo,
Raquel

Raquel Sanz
Consultora de selección · Talento Meseta
C/ de Alcalá 93, 28009 Madrid · +34 910 38 44 12
""",
    ),
]

RESCHEDULES = [
    # ================================ French ================================
    dict(
        kind="interview_reschedule_or_cancel", slug="vesdre_moved_sequence_1", id="vesdre_move", parent="vesdre_inv",
        lang="fr", company="Université de la Vesdre", contact=VESDRE[1],
        frm=VESDRE, subject="Mise à jour : entretien déplacé au mardi 3 mars – ADM-2026-014",
        date="2026-02-24T08:55:00+01:00",
        text="""Madame,

En raison d'une séance extraordinaire du conseil d'administration, la salle et deux membres du jury ne sont plus disponibles jeudi. Votre entretien est donc déplacé au mardi 3 mars 2026 à 10 h, au même endroit.

L'invitation de calendrier a été mise à jour. Si ce nouveau moment ne vous convient pas, appelez-moi et nous trouverons une autre solution.

Toutes nos excuses pour ce changement.

Claire Dumoulin
Université de la Vesdre
+32 4 366 21 07
""",
        ics=dict(method="REQUEST", uid="adm-2026-014-okoro@univ-vesdre.example.be", seq=1,
                 start="2026-03-03T10:00:00+01:00", end="2026-03-03T10:45:00+01:00",
                 summary="Entretien – Gestionnaire de l'information (ADM-2026-014)",
                 location="Salle du conseil, place du Vingt-Août 31, Liège", organizer=VESDRE),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="valmosan_interviewer_ill", id="hvm_ill", parent="hvm_inv",
        lang="fr", company="Hôpital du Val-Mosan", contact="nathalie.gerard@valmosan.example.be",
        frm=("Gérard Nathalie", "nathalie.gerard@valmosan.example.be"), name_enc=("windows-1252", "Q"),
        subject="Report de votre entretien – Records manager (H/F/X)", subj_enc=("windows-1252", "Q"),
        date="2026-08-27T08:12:00+02:00", charset="windows-1252", cte="8bit",
        text="""Madame,

Le Dr Lambotte, qui devait présider votre entretien du 1er septembre, est malheureusement souffrant. Nous devons reporter la rencontre et je vous propose une nouvelle date dès son retour.

Bien à vous,
Nathalie Gérard

---
Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer. L’Hôpital du Val-Mosan décline toute responsabilité quant au contenu de ce courriel s’il a été altéré.
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="olan_assessment_moved", id="olan_move", parent="olan_ac",
        lang="fr", company="Office luxembourgeois des archives numériques", contact="sylvie.wagner@olan.example.lu",
        frm=("Sylvie Wagner", "sylvie.wagner@olan.example.lu"),
        subject="RE: Invitation – journée d'évaluation – nouvelle date",
        date="2026-09-17T11:25:00+02:00",
        text="""Chère Madame Okoro-Vandenberghe,

Une grève des transports publics ayant été annoncée pour le 24 septembre, nous préférons ne pas maintenir la journée d'évaluation à cette date : plusieurs candidats viennent de l'étranger.

Elle aura lieu le mardi 29 septembre, aux mêmes horaires (8 h 45 – 16 h) et à la même adresse. Le programme est inchangé.

Pourriez-vous me confirmer votre présence à cette nouvelle date ?

Avec nos salutations distinguées,
Sylvie Wagner

""" + outlook("fr", "Sylvie Wagner", "lundi 14 septembre 2026 16:00", "Ines Okoro-Vandenberghe", "Invitation – journée d'évaluation (assessment center) – archiviste numérique") + """

Chère Madame Okoro-Vandenberghe,

Votre candidature au poste d'archiviste numérique (CDI, 40 h) a retenu l'attention de la commission de recrutement. Nous avons le plaisir de vous convier à notre journée d'évaluation le jeudi 24 septembre 2026 […]
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="tempora_client_shifts_interview", id="tempora_move", parent="tempora_client",
        lang="fr", company="Clinique Saint-Remacle", contact="julien.masset@tempora-interim.example.be",
        frm=("Julien Masset | Tempora", "julien.masset@tempora-interim.example.be"),
        subject="Re: Rencontre à la Clinique Saint-Remacle lundi 2/2 – changement",
        date="2026-01-29T15:33:00+01:00",
        text="""Re-bonjour Ines,

Petit changement : Mme Van Hees est retenue par un audit lundi matin. La clinique décale la rencontre au mardi 3 février à 13 h 30, même endroit (bâtiment B).

Si ça coince pour vous, dites-le-moi avant demain midi et je renégocie.

Julien

""" + wrote("fr", "mar. 27 janv. 2026 à 11:48", "Julien Masset | Tempora", "julien.masset@tempora-interim.example.be") + "\n" + q("""Bonjour Ines,

Bonne nouvelle : la Clinique Saint-Remacle souhaite vous rencontrer pour la mission de secrétaire médicale – archives (remplacement de 6 mois, temps plein).

Rendez-vous le lundi 2 février à 10 h 30, à l'accueil du bâtiment B, rue Saint-Remacle 2 à Liège."""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="petrusse_method_cancel", id="petrusse_cancel", parent="petrusse_inv",
        lang="fr", company="Banque de la Pétrusse", contact="marie.kieffer@petrusse-bank.example.lu",
        frm=("Carole Schmit", "carole.schmit@petrusse-bank.example.lu"),
        reply_to=("Marie Kieffer", "marie.kieffer@petrusse-bank.example.lu"),
        subject="Annulé : Entretien Archiviste GED – Mme Okoro-Vandenberghe",
        date="2026-07-31T17:48:00+02:00",
        text="""Madame,

Nous sommes contraints d'annuler le rendez-vous du jeudi 6 août : Mme Schmit doit se rendre à Francfort pour une inspection réglementaire la semaine prochaine.

Votre candidature reste bien entendu à l'étude. Nous reprendrons contact avec vous dès la rentrée pour fixer un nouveau moment.

Nous vous prions de nous excuser pour ce contretemps.

Marie Kieffer
Assistante de direction – Information Management
Banque de la Pétrusse
""",
        ics=dict(method="CANCEL", uid="pet-ged-2026-0806-okoro@petrusse-bank.example.lu", seq=1,
                 start="2026-08-06T11:00:00+02:00", end="2026-08-06T12:00:00+02:00",
                 summary="Annulé : Entretien Archiviste GED – Mme Okoro-Vandenberghe",
                 location="3, avenue J.F. Kennedy, Luxembourg", organizer=("Carole Schmit", "carole.schmit@petrusse-bank.example.lu")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="sorbier_moved_one_hour", id="sorbier_move", parent="sorbier_inv",
        lang="fr", company="Institut Sorbier", contact="helene.marchetti@institut-sorbier.example.fr",
        frm=("Hélène Marchetti", "helene.marchetti@institut-sorbier.example.fr"),
        subject="Notre rendez-vous du 14 avril : 10 h au lieu de 9 h",
        date="2026-04-09T18:21:00+02:00",
        text="""Bonjour Ines,

Vous avez réservé le créneau de 9 h le mardi 14 avril pour notre entretien. Une réunion de direction vient d'être fixée à la même heure : pourrions-nous commencer à 10 h ? Le reste ne change pas, je vous attendrai à l'accueil du 11 rue de Lutèce.

Si 10 h vous pose problème avec votre train depuis Liège, dites-le-moi et nous passerons à l'après-midi.

Merci de votre compréhension,

Hélène Marchetti
Responsable du pôle patrimoine numérique
Institut Sorbier
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="lainiere_room_and_time_changed", id="lainiere_move", parent="lainiere_inv",
        lang="fr", company="Fondation Lainière de Verviers", contact="paul.hennen@fondation-lainiere.example.be",
        frm=("Paul Hennen", "paul.hennen@fondation-lainiere.example.be"),
        subject="Re: Candidature – archiviste (mi-temps) – changement d'heure et de lieu",
        date="2026-05-28T08:07:00+02:00",
        text="""Bonjour Madame,

Les travaux de toiture commencent plus tôt que prévu : nous ne pourrons pas vous recevoir rue de la Chapelle. Je vous propose de nous retrouver mardi 2 juin à 14 h (et non plus 10 h) au Centre touristique de la Laine et de la Mode, rue de la Chapelle 30, dans la salle de réunion du 1er étage.

Merci de me dire si l'après-midi vous convient.

Paul Hennen

""" + wrote("fr", "mar. 26 mai 2026 à 12:02", "Paul Hennen", "paul.hennen@fondation-lainiere.example.be") + "\n" + q("""Je vous propose de venir nous rencontrer le mardi 2 juin à 10 h à la Fondation (rue de la Chapelle 33, Verviers)."""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="vauban_onsite_update_sequence_2", id="vauban_move", parent="vauban_screen",
        lang="fr", company="Assurances Vauban", contact="aurelie.lefebvre@vauban-assurances.example.fr",
        frm=("Aurélie Lefebvre", "aurelie.lefebvre@vauban-assurances.example.fr"),
        subject="Mis à jour : Entretien sur site – Gouvernance documentaire (mercredi 13 mai, 14 h)",
        date="2026-05-06T10:02:00+02:00",
        text="""Bonjour Ines,

Comme évoqué au téléphone, le directeur juridique ne peut finalement pas être présent le 12 mai. L'entretien sur site est décalé au mercredi 13 mai à 14 h, toujours au 18 place du Concert (5e étage). La mise à jour de l'invitation est jointe.

Je vous rembourserai le billet de train sur présentation du justificatif.

À mercredi prochain,
Aurélie
""",
        ics=dict(method="REQUEST", uid="vauban-gouvdoc-onsite-okoro@vauban-assurances.example.fr", seq=2,
                 start="2026-05-13T14:00:00+02:00", end="2026-05-13T15:30:00+02:00",
                 summary="Entretien sur site – Gouvernance documentaire", location="18 place du Concert, Lille – 5e étage",
                 organizer=("Aurélie Lefebvre", "aurelie.lefebvre@vauban-assurances.example.fr")),
    ),

    # ================================ English ================================
    dict(
        kind="interview_reschedule_or_cancel", slug="eudas_screen_moved_ics_seq1", id="eudas_moved", parent="eudas_ask",
        lang="en", company="EU Agency for Data Stewardship", contact=EUDAS[1],
        frm=EUDAS,
        subject="Re: Phone screen - could we move it?",
        date="2026-03-11T16:40:00+01:00",
        text="""Hi Ines,

No problem at all. I've moved our call to Friday 13 March at 14:00 - the updated invitation is attached. I'll call you on the mobile number in your application.

Best,
Maren

""" + wrote("en", "Wed, 11 Mar 2026 at 15:05", CAND_NAME, CAND) + "\n" + q("""Dear Maren,

Thank you for the invitation. Unfortunately I'm on the public desk on Thursday morning and can't leave. Could we move the call to Friday afternoon?

Best regards,
Ines"""),
        ics=dict(method="REQUEST", uid="gh-screen-88213-eudas@greenhouse-mail.io", seq=1,
                 start="2026-03-13T14:00:00+01:00", end="2026-03-13T14:20:00+01:00",
                 summary="Phone screen: Ines Okoro-Vandenberghe / EUDAS", location="Phone",
                 organizer=EUDAS),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="maasland_updated_invitation", id="mmc_update", parent="mmc_inv",
        lang="en", company="Maasland Medical Centre", contact="esther.vos@maaslandmc.example.nl",
        frm=("Vos, Esther", "esther.vos@maaslandmc.example.nl"),
        subject="Updated invitation: Interview Medical Records Coordinator @ Thu 7 May 2026 15:30 - 16:30",
        date="2026-05-04T09:12:00+02:00",
        text="""Dear Ms Okoro-Vandenberghe,

Please note that your interview on Thursday has moved to 15:30 and to a different room (D1.020, entrance via the Oxfordlaan side). The panel and format are unchanged.

Apologies for the inconvenience.

Esther Vos
HR Advisor | Maasland Medical Centre
""",
        html=outlook_html(mso("""Dear Ms Okoro-Vandenberghe,

Please note that your interview on Thursday has moved to 15:30 and to a different room (D1.020, entrance via the Oxfordlaan side). The panel and format are unchanged.

Apologies for the inconvenience.

Esther Vos
HR Advisor | Maasland Medical Centre"""), "en"),
        ics=dict(method="REQUEST", uid="mmc-26-0412-int-okoro@maaslandmc.example.nl", seq=1,
                 start="2026-05-07T15:30:00+02:00", end="2026-05-07T16:30:00+02:00",
                 summary="Interview Medical Records Coordinator", location="D1.020 (Oxfordlaan entrance)",
                 organizer=("Vos, Esther", "esther.vos@maaslandmc.example.nl")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="norrow_lever_rescheduled", id="norrow_moved", parent="norrow_inv",
        lang="en", company="Norrow", contact="",
        frm=("Norrow", "no-reply@hire.lever.co"),
        subject="Your interview with Norrow has been rescheduled",
        date="2026-03-26T15:03:55+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Ines,

Your interview for Knowledge Base Curator has been rescheduled by Norrow.

Previous time: Monday, March 30, 2026 - 3:00 PM CEST
New time: Tuesday, March 31, 2026 - 11:00 AM CEST
Interviewers: Priya Raman, Jonas Verbeke
Location: Google Meet (link in your calendar invitation)

Need to make a change? Use the link in your original confirmation email.

- Norrow, via Lever
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="calder_client_postpones", id="calder_postpone", parent="calder_client",
        lang="en", company="Servaas University Library", contact="niamh.doyle@calder-recruitment.example.nl",
        frm=("Niamh Doyle", "niamh.doyle@calder-recruitment.example.nl"),
        subject="RE: Interview confirmed: Servaas University Library, Tue 16 June",
        date="2026-06-12T12:44:00+02:00",
        text="""Hi Ines,

Annoying news: Servaas have had to call off Tuesday's interview - Marloes is stuck at a conference in Lisbon because of the air-traffic strike. They're keen to keep you in the process and want to see you the week after. I'm waiting for their new dates and will come back to you as soon as I have them.

Sorry for the faff!

Niamh

""" + outlook("en", "Niamh Doyle", "Monday, June 8, 2026 5:02 PM", "Ines Okoro-Vandenberghe", "Interview confirmed: Servaas University Library, Tue 16 June") + """

Good news - Servaas University Library would like to meet you for the Metadata & Systems Librarian post (12-month contract, 32 hours).
When: Tuesday 16 June, 11:00-12:00
""",
    ),

    # ================================ German ================================
    dict(
        kind="interview_reschedule_or_cancel", slug="kaiserpfalz_new_slot_after_missed", id="kp_new", parent="kp_sorry",
        lang="de", company="Kaiserpfalz Versicherung", contact=KP[1],
        frm=KP,
        subject="AW: Entschuldigung – Gespräch heute um 10 Uhr",
        date="2026-04-23T09:15:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

danke für Ihre Nachricht, das kann passieren. Wir bieten Ihnen einen neuen Termin an: Dienstag, 28. April 2026, 10:00 Uhr, wieder per Teams. Die aktualisierte Einladung kommt gleich separat.

Bitte prüfen Sie vorher, ob die Verbindung stabil ist.

Mit freundlichen Grüßen
Katrin Brandt

""" + wrote("de", "Mi., 22. Apr. 2026 um 13:02", CAND_NAME, CAND) + "\n" + q("""Sehr geehrte Frau Brandt,

es tut mir sehr leid: Mein Laptop hat sich heute Morgen ein Update installiert, und ich konnte der Besprechung um 10 Uhr nicht beitreten. Gäbe es die Möglichkeit eines neuen Termins?

Mit freundlichen Grüßen
Ines Okoro-Vandenberghe"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="wurmtal_interviewer_sick_seq1", id="wurmtal_ill", parent="wurmtal_inv",
        lang="de", company="Wurmtal Klinikum", contact="s.jansen@wurmtal-klinikum.example.de",
        frm=("Sabine Jansen", "s.jansen@wurmtal-klinikum.example.de"),
        subject="Terminverschiebung: Vorstellungsgespräch Medizinische Dokumentation",
        date="2026-06-29T07:58:00+02:00",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

leider ist Dr. Offermann kurzfristig erkrankt. Wir müssen unser Gespräch am Donnerstag daher verschieben und schlagen Ihnen Donnerstag, den 9. Juli, ebenfalls um 9:30 Uhr vor. Ort und Ablauf bleiben gleich.

Die Kalendereinladung habe ich entsprechend geändert. Falls der Termin für Sie nicht passt, rufen Sie mich gern an.

Freundliche Grüße
Sabine Jansen
Personalentwicklung & Recruiting
Wurmtal Klinikum
Tel. 02406 88-1172
""",
        ics=dict(method="REQUEST", uid="wk-meddok-2026-0702@wurmtal-klinikum.example.de", seq=1,
                 start="2026-07-09T09:30:00+02:00", end="2026-07-09T10:30:00+02:00",
                 summary="Vorstellungsgespräch Medizinische Dokumentation (verschoben)", location="Verwaltungsgebäude, Raum 1.08",
                 organizer=("Sabine Jansen", "s.jansen@wurmtal-klinikum.example.de")),
    ),

    # ================================ Spanish ================================
    dict(
        kind="interview_reschedule_or_cancel", slug="cibeles_method_cancel", id="cib_cancel", parent="cib_inv",
        lang="es", company="Seguros Cibeles", contact="marta.quintana@seguroscibeles.example.es",
        frm=("Marta Quintana", "marta.quintana@seguroscibeles.example.es"),
        subject="Cancelada: Entrevista Técnico/a de Gestión Documental",
        date="2026-05-14T13:10:00+02:00",
        text="""Hola, Ines:

Tenemos que anular la entrevista del martes 19. El área de Operaciones está revisando cómo se reparte el proyecto de digitalización y prefiere esperar a cerrar ese punto antes de seguir entrevistando.

Tu candidatura sigue abierta; en cuanto tengamos claridad te escribo con lo que haya.

Perdona las molestias.

Marta Quintana
Talent Acquisition · Seguros Cibeles
""",
        ics=dict(method="CANCEL", uid="cib-tgd-0519-okoro@seguroscibeles.example.es", seq=1,
                 start="2026-05-19T10:00:00+02:00", end="2026-05-19T10:50:00+02:00",
                 summary="Cancelada: Entrevista Técnico/a de Gestión Documental", location="Microsoft Teams",
                 organizer=("Marta Quintana", "marta.quintana@seguroscibeles.example.es")),
    ),
]

MISSED = [
    # ================================ French ================================
    dict(
        kind="missed_interview_notice", slug="tempora_tried_calling_twice", id="tempora_missed", parent="tempora_reg",
        lang="fr", company="Tempora", contact="julien.masset@tempora-interim.example.be",
        frm=("Julien Masset | Tempora", "julien.masset@tempora-interim.example.be"),
        subject="Notre entretien téléphonique de ce matin",
        date="2026-01-14T10:35:00+01:00",
        text="""Bonjour Ines,

Nous avions rendez-vous à 10 h pour l'entretien téléphonique de qualification suite à votre inscription. J'ai essayé de vous appeler deux fois, à 10 h et à 10 h 15, au 0478 12 34 56, sans succès (je suis tombé sur la messagerie).

Pas de souci, ça arrive. Pouvez-vous me rappeler ou me proposer un autre moment cette semaine ? Sans cet entretien, je ne peux pas encore vous présenter à nos clients.

Julien Masset
Consultant senior – Office & Admin
Tempora – travail intérimaire & recrutement
GSM +32 475 61 22 90
""",
    ),
    dict(
        kind="missed_interview_notice", slug="mnemosyne_waited_on_meet", id="mnemo_missed", parent="mnemo_chat",
        lang="fr", company="Mnémosyne", contact="karim@mnemosyne.example.be",
        frm=("Karim Benali", "karim@mnemosyne.example.be"),
        subject="Re: Dispo jeudi ?",
        date="2026-01-22T14:26:00+01:00",
        text="""Ines, on t'a attendue sur Meet à 14 h avec Lou mais personne ne s'est connecté. Tout va bien ? Si tu as eu un empêchement, pas de stress, redis-moi quand tu peux.

K.

""" + wrote("fr", "mar. 20 janv. 2026 à 22:14", "Karim Benali", "karim@mnemosyne.example.be") + "\n" + q("""Tu serais dispo jeudi à 14 h pour qu'on en parle ? 30-40 minutes sur Google Meet, je te présente ce qu'on fait avec les archives de presse et tu me racontes ce que tu fais à la bibliothèque. Rien de formel."""),
    ),
    dict(
        kind="missed_interview_notice", slug="steodile_no_show_reception",
        lang="fr", company="Groupe hospitalier Sainte-Odile", contact="drh.recrutement@ste-odile.example.fr",
        frm=("DRH Sainte-Odile – Recrutement", "drh.recrutement@ste-odile.example.fr"),
        subject="Entretien du 11 juin – absence constatée",
        date="2026-06-11T12:04:00+02:00",
        text="""Madame,

Vous étiez attendue ce jour à 11 h à l'accueil de la direction des ressources humaines (bâtiment Vauban, 2e étage) pour votre entretien relatif au poste d'archiviste hospitalier(ère). Le jury a patienté jusqu'à 11 h 30, mais vous ne vous êtes pas présentée et nous n'avons reçu aucun message de votre part.

Si un événement indépendant de votre volonté vous a empêchée de venir, merci de nous le faire savoir par retour de courriel dans les 48 heures. À défaut, nous considérerons que vous retirez votre candidature.

Cordialement,

Direction des ressources humaines – Cellule recrutement
Groupe hospitalier Sainte-Odile
rue Nationale 212, 59000 Lille
""",
    ),
    dict(
        kind="missed_interview_notice", slug="archivia_phone_unreachable",
        lang="fr", company="Archivia", contact="sarah.lejeune@archivia.example.be",
        frm=("Sarah Lejeune", "sarah.lejeune@archivia.example.be"),
        subject="Appel manqué – entretien chargée de projet archivage",
        date="2026-03-24T09:47:00+01:00",
        html=page(p2h("""Bonjour Madame Okoro-Vandenberghe,

Comme convenu, je vous ai appelée ce matin à 9 h 30 pour notre entretien téléphonique concernant le poste de chargée de projet archivage. Malheureusement, je ne suis pas parvenue à vous joindre au numéro que vous m'aviez communiqué ; j'ai laissé un message vocal.

Je vous propose de me recontacter pour convenir d'un autre moment. Je suis joignable aujourd'hui jusqu'à 17 h au 081 22 90 15.

Bien à vous,

Sarah Lejeune
Archivia – Bureau d'études en gestion de l'information
Chaussée de Louvain 390, 5004 Namur (Bouge)"""), "fr", "Appel manqué"),
    ),
    dict(
        kind="missed_interview_notice", slug="fiduciaire_kirchberg_latin1",
        lang="fr", company="Fiduciaire Kirchberg", contact="m.reding@fiduciaire-kirchberg.example.lu",
        frm=("Michel Reding", "m.reding@fiduciaire-kirchberg.example.lu"),
        subject="Rendez-vous de ce matin – 9h", subj_enc=None,
        date="2026-10-13T10:05:00+02:00",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Madame,

Nous avions rendez-vous à 9h dans nos bureaux de la rue Alphonse Weicker pour l'entretien relatif au poste d'assistante archivage & conformité. Je vous ai attendue avec ma collègue jusqu'à 9h40 et j'ai tenté de vous joindre sur votre portable, sans réponse.

Je suppose qu'un imprévu s'est produit. Si le poste vous intéresse toujours, rappelez-moi au +352 43 61 20 ou répondez à ce message ; nous verrons s'il est possible de fixer une autre date.

Salutations distinguées,

Michel Reding
Associé gérant
Fiduciaire Kirchberg
""",
    ),

    # ================================ English ================================
    dict(
        kind="missed_interview_notice", slug="mrri_waited_on_teams", id="mrri_missed", parent="mrri_call",
        lang="en", company="Meuse-Rhine Research Institute", contact="femke.janssen@mrri.example.nl",
        frm=("Femke Janssen", "femke.janssen@mrri.example.nl"),
        subject="RE: Research Data Steward - first conversation",
        date="2026-02-12T10:38:00+01:00",
        text="""Hi Ines,

Pieter and I waited on Teams from 10:00 until about 10:20 this morning but didn't see you join. I also sent a message in the chat.

I hope everything is all right. Could you let me know what happened? Depending on the team's calendar we may be able to look at another time.

Best,
Femke

""" + wrote("en", "Mon, 9 Feb 2026 at 13:30", "Femke Janssen", "femke.janssen@mrri.example.nl") + "\n" + q("""We've blocked Thursday 12 February from 10:00 to 10:45 on Microsoft Teams. The link is below; there's no need to install anything, the browser version works fine."""),
    ),
    dict(
        kind="missed_interview_notice", slug="harbourline_ashby_no_show",
        lang="en", company="Harbourline Insurance", contact="lena.muller@harbourline.example.lu",
        frm=("Lena Müller via Ashby", "no-reply@ashbyhq.com"), name_enc=("utf-8", "Q"),
        reply_to=("Lena Müller", "lena.muller@harbourline.example.lu"),
        subject="We missed you today - Records Analyst interview",
        date="2026-08-18T13:16:00+00:00",
        text="""Hi Ines,

We had your video interview for the Records Analyst role scheduled today at 14:30 (Luxembourg time), but it looks like you weren't able to join - the meeting room stayed empty until 14:50.

If something came up, no worries. Reply to this email within the next few days and I'll see whether we can find another slot with the hiring manager.

Thanks,
Lena Müller
Talent Partner, Harbourline Insurance
19, rue Eugène Ruppert, L-2453 Luxembourg
""",
    ),

    # ================================ German ================================
    dict(
        kind="missed_interview_notice", slug="kaiserpfalz_waited_in_teams", id="kp_missed", parent="kp_inv",
        lang="de", company="Kaiserpfalz Versicherung", contact=KP[1],
        frm=KP,
        subject="Unser Gespräch heute um 10 Uhr",
        date="2026-04-22T10:24:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

Herr Lenzen und ich haben heute ab 10 Uhr in der Teams-Besprechung auf Sie gewartet, Sie aber leider nicht angetroffen. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte melden Sie sich kurz bei mir, falls Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Katrin Brandt
Personalreferentin
Kaiserpfalz Versicherung
Telefon +49 241 99 417-230
""",
    ),
    dict(
        kind="missed_interview_notice", slug="eupen_phone_no_answer_latin1",
        lang="de", company="Mediathek Eupen", contact="g.kessler@mediathek-eupen.example.be",
        frm=("Gudrun Keßler", "g.kessler@mediathek-eupen.example.be"), name_enc=("iso-8859-1", "Q"),
        subject="Telefoninterview heute, 14 Uhr – Sie waren nicht erreichbar", subj_enc=("utf-8", "B"),
        date="2026-05-05T14:40:00+02:00",
        charset="iso-8859-1", cte="8bit",
        text="""Guten Tag Frau Okoro-Vandenberghe,

wir hatten für heute um 14 Uhr ein Telefoninterview für die Stelle als Bibliotheksfachkraft (Teilzeit) vereinbart. Ich habe Sie zweimal unter der angegebenen Nummer angerufen, um 14:00 und um 14:10 Uhr, leider ohne Erfolg.

Bitte rufen Sie mich zurück (087 59 12 40), wenn Sie das Gespräch nachholen möchten.

Mit freundlichen Grüßen
Gudrun Keßler
Leiterin der Mediathek Eupen
Kirchstraße 9, 4700 Eupen
""",
    ),

    # ================================ Spanish ================================
    dict(
        kind="missed_interview_notice", slug="alcala_waited_videocall",
        lang="es", company="Editorial Alcalá Digital", contact="nuria.vidal@alcaladigital.example.es",
        frm=("Nuria Vidal", "nuria.vidal@alcaladigital.example.es"),
        subject="Te estuvimos esperando en la videollamada",
        date="2026-10-20T11:02:00+02:00",
        text="""Hola Ines:

Hoy a las 10:30 teníamos la entrevista para el puesto de documentalista de metadatos. Te estuvimos esperando en la videollamada de Zoom durante veinte minutos y también te escribí por WhatsApp, pero no hubo respuesta.

¿Ha pasado algo? Si sigues interesada, dime y miramos otro hueco, aunque este mes vamos justos de agenda.

Un saludo,
Nuria Vidal
Responsable de Producción Digital · Editorial Alcalá Digital
C/ de Atocha 58, 28012 Madrid
""",
    ),
]

MESSAGES = INVITES + RESCHEDULES + MISSED
