# ruff: noqa
"""Corpus 254 - interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

from __future__ import annotations

from msgs254_common import outlook_quote

KATELL = ("Katell Le Bras", "katell.lebras@chantiers-iroise.example.fr")
FRAUKE = ("Frauke Janßen", "frauke.janssen@nordsee-windservice.example.de")
IRIA = ("Iria Lago Comesaña", "iria.lago@astilleros-riavigo.example.es")
LOTTE = ("Lotte Vermeulen", "lotte.vermeulen@scheldtport.example.be")
CALLUM = ("Callum Reid", "callum.reid@northisles-ferries.example.co.uk")
MORAG = ("Morag Duncan", "morag.duncan@graniteoffshore.example.co.uk")
MAELLE = ("Maëlle Tanguy", "maelle.tanguy@ventdestuaire.example.fr")
AURELIE = ("Aurélie Dewulf", "aurelie.dewulf@escaut-dragage.example.be")

INVITATIONS = [
    # ------------------------------------------------------------------ French (13)
    dict(
        kind="interview_invitation", name="iroise_jury_outlook_ics", lang="fr",
        company="Chantiers Navals de l'Iroise", contact=KATELL[1],
        frm=f"{KATELL[0]} <{KATELL[1]}>", key="iroise_inv",
        subject="Entretien jury - Planificateur carénage",
        date="2026-01-27 16:40 +0100", alt="outlook",
        ics=dict(uid="7f3c1e20-iroise-jury@chantiers-iroise.example.fr", seq=0,
                 start="2026-02-03 14:00 +0100", minutes=75, attach=True,
                 summary="Entretien jury - Planificateur carénage - G. Morvan-Asante",
                 location="Chantiers Navals de l'Iroise, salle Ouessant, 1 quai de la Douane, Brest",
                 organizer=KATELL, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Bonjour Monsieur Morvan-Asante,

Suite à l'étude de votre candidature au poste de Planificateur carénage, nous avons le plaisir de vous convier à un entretien avec un jury composé du responsable de la cale sèche n°2, de notre responsable méthodes et de moi-même.

Date : mardi 3 février 2026, de 14h00 à 15h15
Lieu : salle Ouessant, bâtiment administratif, 1 quai de la Douane, Brest (accès par le portail Est, pièce d'identité demandée à la guérite)

Au programme : présentation de votre parcours (10 minutes), échanges avec le jury, puis une courte mise en situation sur un planning d'arrêt technique.

Merci de confirmer votre présence en acceptant l'invitation jointe.

Cordialement,

Katell Le Bras
Chargée de recrutement
Chantiers Navals de l'Iroise
1 quai de la Douane, 29200 Brest
02 98 41 07 63
""",
    ),
    dict(
        kind="interview_invitation", name="groix_dispo_jeudi", lang="fr",
        company="Éolien Marin de Groix", contact="loic.lefloch@eolien-groix.example.fr",
        frm="Loïc Le Floch <loic.lefloch@eolien-groix.example.fr>", key="groix_inv",
        subject="Votre candidature - on en parle jeudi ?",
        date="2026-02-02 18:10 +0100",
        text="""Bonsoir Gwendal,

J'ai lu votre candidature reçue via notre site, et le parcours d'un patron pêcheur qui connaît le coureau de Groix par cœur m'intéresse beaucoup pour la planification des sorties de maintenance.

Seriez-vous libre jeudi 5 février en fin de matinée pour qu'on en discute une demi-heure ? Je peux vous appeler, ou vous pouvez passer à la base de Keroman si vous êtes dans le coin.

Dites-moi ce qui vous arrange.

Loïc Le Floch
Responsable des opérations maritimes
Éolien Marin de Groix
06 84 12 77 30
""",
    ),
    dict(
        kind="interview_invitation", name="marinterim_keroman_rdv_client", lang="fr",
        company="Keroman Offshore", contact="soizic.guillou@marinterim.example.fr",
        frm="Soizic Guillou <soizic.guillou@marinterim.example.fr>", key="marin_inv",
        subject="Rendez-vous chez Keroman Offshore - lundi 9 mars",
        date="2026-03-03 10:20 +0100", alt="outlook",
        text="""Bonjour Gwendal,

Bonne nouvelle : Keroman Offshore souhaite vous rencontrer pour le poste de coordinateur des mouvements de navires de servitude que je vous ai présenté la semaine dernière.

Le rendez-vous est fixé au lundi 9 mars à 14h00, à la base de Keroman (bâtiment K3, 2e étage, demandez Ronan Jégo, chef de base). Comptez environ une heure. Le client souhaite que vous apportiez vos brevets et votre livret professionnel maritime.

Je vous appelle vendredi pour vous préparer à l'entretien : ils vont sûrement vous interroger sur la gestion des priorités quand plusieurs navires demandent le même poste à quai.

Soizic Guillou
Consultante recrutement - secteur maritime
Marinterim Bretagne - Agence de Lorient
12 rue du Port, 56100 Lorient
02 97 35 61 18 / 06 42 17 90 33

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""",
    ),
    dict(
        kind="interview_invitation", name="penhoet_softgarden_lien_creneau", lang="fr",
        company="Ateliers de Penhoët Marine", contact="rozenn.hamon@penhoet-marine.example.fr",
        frm="Ateliers de Penhoët Marine <noreply@softgarden.io>",
        reply_to="Rozenn Hamon <rozenn.hamon@penhoet-marine.example.fr>",
        subject="Invitation à un entretien - Chargé de planification arrêts techniques",
        date="2026-03-16 09:02 +0100",
        alt=("ats", "Ateliers de Penhoët Marine", "#a4262c",
             "Envoyé via softgarden - Pour toute question, répondez à Rozenn Hamon."),
        text="""Bonjour Monsieur Morvan-Asante,

Votre candidature au poste de Chargé de planification arrêts techniques a retenu notre attention et nous souhaitons vous rencontrer lors d'un entretien en visioconférence de 45 minutes avec Rozenn Hamon (RH) et Fabrice Lemoine (responsable planification).

Merci de choisir un créneau parmi ceux proposés en cliquant sur le lien ci-dessous :
https://app.softgarden.io/interview/penhoet/3f81c0?lang=fr

Les créneaux disponibles vont du 19 au 26 mars. Si aucun ne vous convient, répondez simplement à ce message.

À bientôt,
Rozenn Hamon
Ateliers de Penhoët Marine - Saint-Nazaire
""",
    ),
    dict(
        kind="interview_invitation", name="kerhorre_smartrecruiters_planification", lang="fr",
        company="Kerhorre Défense Navale", contact="gaelle.prigent@kerhorre.example.fr",
        frm="Gaëlle Prigent via SmartRecruiters <noreply@smartrecruiters.com>",
        reply_to="Gaëlle Prigent <gaelle.prigent@kerhorre.example.fr>", key="kerhorre_inv",
        subject="Planifions un entretien - Coordinateur logistique de soutien naval",
        date="2026-03-23 11:47 +0100", alt="plain", name_enc="iso-8859-1/B",
        text="""Bonjour Gwendal,

Merci pour votre candidature au poste de Coordinateur logistique de soutien naval basé à Brest. Nous aimerions poursuivre avec un entretien d'une heure dans nos locaux du Froutven, en présence du chef de projet du contrat de maintien en condition opérationnelle.

Réservez le créneau qui vous convient ici :
https://www.smartrecruiters.com/scheduler/kerhorre/8c2d41e7

Important : l'accès au site nécessite une pièce d'identité en cours de validité ; une enquête administrative pourra être engagée si le processus se poursuit.

Gaëlle Prigent
Chargée de recrutement - Kerhorre Défense Navale
""",
    ),
    dict(
        kind="interview_invitation", name="vent_centre_evaluation_teams", lang="fr",
        company="Vent d'Estuaire", contact=MAELLE[1],
        frm=f"{MAELLE[0]} <{MAELLE[1]}>", key="vent_inv",
        subject="Centre d'évaluation - planificateur(trice) O&M",
        date="2026-04-20 09:10 +0200", alt="plain", cte="quoted-printable",
        ics=dict(uid="ve-ac-2026-0428@ventdestuaire.example.fr", seq=0,
                 start="2026-04-28 09:00 +0200", minutes=180,
                 summary="Centre d'évaluation O&M (Teams)",
                 location="Microsoft Teams", organizer=MAELLE,
                 description="Lien Teams : https://teams.example.com/l/meetup-join/ve-ac-0428"),
        text="""Bonjour Monsieur Morvan-Asante,

Votre candidature au poste de planificateur(trice) O&M de notre base de Saint-Nazaire a été présélectionnée. Nous vous invitons à notre centre d'évaluation à distance, le mardi 28 avril de 9h00 à 12h00, sur Microsoft Teams.

Déroulé :
- 9h00 : accueil et présentation du parc et de la base
- 9h20 : exercice de planification des transferts de techniciens sous contrainte météo (individuel)
- 10h30 : étude de cas en binôme
- 11h30 : entretien individuel avec le responsable de la base

Le lien de connexion figure dans l'invitation ci-jointe. Prévoyez un ordinateur avec caméra ; un tableur vous sera utile pour l'exercice.

Bien cordialement,
Maëlle Tanguy
Chargée de recrutement - Vent d'Estuaire
+33 2 40 17 66 52
""",
    ),
    dict(
        kind="interview_invitation", name="trans_rade_appel_jeudi", lang="fr",
        company="Trans-Rade Lorient", contact="annaig.le-goff@trans-rade.example.fr",
        frm="Annaïg Le Goff <annaig.le-goff@trans-rade.example.fr>", key="transrade_inv",
        subject="Candidature adjoint exploitation - un premier échange ?",
        date="2026-04-27 10:00 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Gwendal,

J'ai bien votre candidature pour le poste d'adjoint au responsable d'exploitation des navettes de la rade.

Avant d'aller plus loin, je vous propose un premier échange téléphonique d'une vingtaine de minutes jeudi 30 avril à 14h00. Si l'horaire ne vous va pas, proposez-m'en un autre dans la semaine.

Je vous appellerai au numéro indiqué sur votre CV.

Annaïg Le Goff
Responsable exploitation - Trans-Rade Lorient
02 97 21 28 29
""",
    ),
    dict(
        kind="interview_invitation", name="enez_journee_essai_bord", lang="fr",
        company="Enez Liaisons Maritimes", contact="yannber.quere@enez-liaisons.example.fr",
        frm="Yann-Ber Quéré <yannber.quere@enez-liaisons.example.fr>", key="enez_inv",
        subject="Journée d'essai à bord et à l'armement",
        date="2026-05-26 14:00 +0200", cc="Nolwenn Kerjean <nolwenn.kerjean@enez-liaisons.example.fr>",
        text="""Bonjour Gwendal,

Suite à notre entretien de vendredi, je vous propose de passer une journée avec nous avant de décider quoi que ce soit, de part et d'autre.

Mercredi 3 juin :
- 6h45 : rendez-vous à la gare maritime du Conquet, embarquement sur le Karreg Hir pour la rotation Molène - Ouessant ;
- retour vers 13h, déjeuner avec l'équipage ;
- après-midi au bureau d'armement à Brest avec Nolwenn (en copie), pour voir comment on bâtit les plannings d'équipage et la programmation des rotations de l'été.

Prévoyez des vêtements de mer et vos chaussures de sécurité. La journée est rémunérée et couverte par notre assurance ; Nolwenn vous enverra la convention à signer.

Yann-Ber Quéré
Responsable d'armement - Enez Liaisons Maritimes
Gare maritime, 29217 Le Conquet
06 70 45 92 18
""",
    ),
    dict(
        kind="interview_invitation", name="ntc_visio_candidature_citee", lang="fr",
        company="Normandie Terminaux Conteneurs", contact="helene.vasseur@ntc-lehavre.example.fr",
        frm="Hélène Vasseur <helene.vasseur@ntc-lehavre.example.fr>", key="ntc_inv",
        subject="RE: Candidature - Planificateur navires (réf. NTC-26-031)",
        date="2026-06-16 11:25 +0200", alt="outlook", name_enc="utf-8/B",
        text="""Bonjour Monsieur Morvan-Asante,

Merci pour votre candidature. Votre parcours a retenu l'attention de notre responsable de la planification navires, Jérôme Lecoq, qui souhaite s'entretenir avec vous en visioconférence.

Seriez-vous disponible le mardi 23 juin à 15h00 ? L'entretien durera environ 45 minutes, sur Teams ; je vous enverrai le lien dès votre confirmation.

Cordialement,

Hélène Vasseur
Responsable ressources humaines
Normandie Terminaux Conteneurs
Route de l'Estuaire, 76600 Le Havre
Tél. 02 35 19 44 80
""" + outlook_quote("fr", "2026-06-08 21:14 +0200", "Gwendal Morvan-Asante",
                    "gwendal.ma@example.fr", "recrutement NTC <recrutement@ntc-lehavre.example.fr>",
                    "Candidature - Planificateur navires (réf. NTC-26-031)",
                    """Madame, Monsieur,

Je vous adresse ma candidature pour le poste de planificateur navires (réf. NTC-26-031).
Patron pêcheur depuis dix-neuf ans à Brest, je souhaite mettre mon expérience de la
navigation, des marées et de la coordination d'équipage au service de la planification des
escales. Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien.

Gwendal Morvan-Asante"""),
    ),
    dict(
        kind="interview_invitation", name="oceane_visio_meet", lang="fr",
        company="Océane Avitaillement", contact="erwan.legall@oceane-avitaillement.example.fr",
        frm="Erwan Le Gall <erwan.legall@oceane-avitaillement.example.fr>", key="oceane_inv",
        subject="Entretien visio - coordinateur avitaillement",
        date="2026-08-24 09:30 +0200",
        ics=dict(uid="oceane-0827-gma@oceane-avitaillement.example.fr", seq=0,
                 start="2026-08-27 10:00 +0200", minutes=45,
                 summary="Entretien coordinateur avitaillement - Gwendal Morvan-Asante",
                 location="https://meet.example.com/oce-avit-gma",
                 organizer=("Erwan Le Gall", "erwan.legall@oceane-avitaillement.example.fr"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        alt="plain",
        text="""Bonjour Gwendal,

Comme convenu par téléphone avec mon assistante, je vous envoie l'invitation pour notre entretien en visio jeudi 27 août à 10h00 (45 minutes).

Je souhaite qu'on parle de la coordination des livraisons à bord pour les navires en escale à Brest : vivres, pièces, gasoil, avec des horaires qui bougent sans arrêt. Vous avez dû en voir passer, des avitailleurs, depuis le pont de votre chalutier.

Lien Meet : https://meet.example.com/oce-avit-gma

À jeudi,
Erwan Le Gall
Directeur des opérations - Océane Avitaillement
02 98 80 12 45
""",
    ),
    dict(
        kind="interview_invitation", name="seine_ferries_coup_de_fil", lang="fr",
        company="Seine Ferries Transmanche", contact="thibault.lemonnier@seine-ferries.example.fr",
        frm="Thibault Lemonnier <thibault.lemonnier@seine-ferries.example.fr>", key="seine_inv",
        subject="Poste planif rotations",
        date="2026-08-31 12:40 +0200",
        text="""Salut Gwendal,

Je me permets le tutoiement, on est du même monde. Ton CV m'a été passé par un ancien de la criée du Guilvinec qui bosse chez nous maintenant.

Tu serais dispo jeudi à 10h pour un coup de fil ? Je t'explique le poste de planif des rotations Le Havre - Portsmouth et tu me racontes ton parcours. Vingt minutes, pas plus.

Je t'appelle sur ton portable, dis-moi juste si ça colle.

Thibault
Chef d'escale - Seine Ferries Transmanche
06 31 90 47 22
""",
    ),
    dict(
        kind="interview_invitation", name="escaut_entretien_anvers_ics", lang="fr",
        company="Escaut Dragage", contact=AURELIE[1],
        frm=f"{AURELIE[0]} <{AURELIE[1]}>", key="escaut_inv",
        subject="Invitation : entretien - planificateur des opérations de dragage",
        date="2026-09-10 14:12 +0200", alt="outlook",
        ics=dict(uid="040000008200E00074C5B7101A82E0080000000050AB1F@escaut-dragage.example.be",
                 seq=0, start="2026-09-17 10:00 +0200", minutes=90, attach=True,
                 summary="Entretien G. Morvan-Asante - planificateur dragage",
                 location="Escaut Dragage, Noorderlaan 147, 2030 Anvers - accueil bâtiment B",
                 organizer=AURELIE, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Bonjour Monsieur Morvan-Asante,

Je vous remercie pour votre candidature et pour votre disponibilité au téléphone lundi.

Nous vous invitons à un entretien dans nos bureaux d'Anvers le jeudi 17 septembre à 10h00, avec notre directeur des opérations, M. Vandamme, et le capitaine d'armement de la drague Schelde III. Prévoyez une heure et demie : après l'entretien, une visite de la salle de planification est prévue.

L'invitation se trouve en pièce jointe. Un parking visiteurs est disponible devant le bâtiment B.

Bien à vous,

Aurélie Dewulf
Ressources humaines
Escaut Dragage
Noorderlaan 147, 2030 Anvers, Belgique
+32 3 218 40 66
""",
    ),
    dict(
        kind="interview_invitation", name="abers_marine_rdv_cp1252", lang="fr",
        company="Abers Marine Services", contact="goulven.abgrall@abers-marine.example.fr",
        frm="Goulven Abgrall <goulven.abgrall@abers-marine.example.fr>", key="abers_inv",
        subject="Rencontre pour le poste de coordinateur - Aber Wrac'h",
        date="2026-10-01 08:55 +0200", charset="windows-1252", cte="quoted-printable",
        subj_enc="windows-1252/Q",
        text="""Bonjour Gwendal,

Suite à votre candidature spontanée, je vous propose un entretien pour le poste de coordinateur des opérations (balisage, travaux sous-marins, transport de matériel vers les îles).

Rendez-vous le mercredi 7 octobre à 14h00 à nos bureaux du port de l'Aber Wrac'h, à Landéda. Nous ferons un tour sur le ponton pour que vous voyiez nos deux barges et la vedette.

Merci de me confirmer par retour de mail ou au 06 12 84 55 03.

Goulven Abgrall
Gérant - Abers Marine Services
Port de l'Aber Wrac'h, 29870 Landéda
""",
    ),
    # ------------------------------------------------------------------ English (7)
    dict(
        kind="interview_invitation", name="granite_greenhouse_phone_screen", lang="en",
        company="Granite Offshore Marine", contact=MORAG[1],
        frm="Morag Duncan via Greenhouse <no-reply@greenhouse-mail.io>",
        reply_to=f"{MORAG[0]} <{MORAG[1]}>", key="granite_screen",
        subject="Granite Offshore Marine: phone screen for Marine Operations Planner",
        date="2026-02-10 14:30 +0000", alt="plain",
        text="""Hi Gwendal,

Thanks again for applying to the Marine Operations Planner role in Aberdeen. I'd like to set up a 30-minute phone screen so we can talk through your background and what the job involves day to day.

Please pick a time that suits you using this link:
https://app.greenhouse.io/scheduling/granite/2f7c9a

All times are shown in UK time. I'll call you on the number in your application.

Looking forward to speaking,
Morag Duncan
Talent Acquisition Partner, Granite Offshore Marine
""",
    ),
    dict(
        kind="interview_invitation", name="granite_new_slot_after_apology", lang="en",
        company="Granite Offshore Marine", contact=MORAG[1],
        frm=f"{MORAG[0]} <{MORAG[1]}>", key="granite_reinv", parent="granite_sorry",
        quote="gmail", subject="Re: Sorry about this morning's call",
        date="2026-02-13 15:20 +0000",
        ics=dict(uid="granite-screen-2-gma@graniteoffshore.example.co.uk", seq=0,
                 start="2026-02-17 09:00 +0000", minutes=30,
                 summary="Phone screen: Gwendal Morvan-Asante / Morag Duncan",
                 location="Phone: +33 6 71 48 22 09", organizer=MORAG),
        alt="plain",
        text="""Hi Gwendal,

No harm done - a tide won't wait for a recruiter, I understand that.

Let's try again on Tuesday 17 February at 09:00 UK time (10:00 for you in Brest). I've sent a calendar invite and will ring the mobile number you gave below.

Speak then,
Morag

Morag Duncan
Talent Acquisition Partner
Granite Offshore Marine
Regent Quay, Aberdeen AB11 5BE
+44 1224 347 200
""",
    ),
    dict(
        kind="interview_invitation", name="fathom_buchan_client_interview", lang="en",
        company="Buchan Subsea", contact="euan.forsyth@fathomtalent.example.co.uk",
        frm="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>", key="fathom_inv",
        subject="Interview confirmed - Buchan Subsea, Wednesday 20 May",
        date="2026-05-13 17:05 +0100",
        text="""Hi Gwendal,

Great news - Buchan Subsea would like to meet you for the Vessel Operations Planner role.

Details:
Date: Wednesday 20 May, 13:00
Where: Buchan Subsea, Altens Industrial Estate, Aberdeen (main reception, ask for Shona Milne, Marine Superintendent)
Format: 60 minutes with Shona and the fleet manager, including a short exercise on planning a DP vessel's port call

Shona is ex-fishing herself (Fraserburgh), so expect questions about how you organised your crew and landings. Give me a ring tomorrow and I'll brief you properly.

Cheers,
Euan

Euan Forsyth
Principal Consultant, Marine & Offshore
Fathom Talent Partners
+44 1224 650 812 | +44 7700 900 415
""",
    ),
    dict(
        kind="interview_invitation", name="scheldt_panel_ics_request", lang="en",
        company="Scheldt Port Operations", contact=LOTTE[1],
        frm=f"{LOTTE[0]} <{LOTTE[1]}>", key="scheldt_inv",
        subject="Invitation: Panel interview - Marine Operations Planner",
        date="2026-06-10 11:00 +0200", alt="outlook",
        ics=dict(uid="spo-panel-7731@scheldtport.example.be", seq=0,
                 start="2026-06-18 14:00 +0200", minutes=90,
                 summary="Panel interview - Marine Operations Planner",
                 location="Scheldt Port Operations, Haven 1120, Antwerp - room Kallo",
                 organizer=LOTTE, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Dear Gwendal,

Following your application, I am pleased to invite you to a panel interview for the Marine Operations Planner position.

When: Thursday 18 June, 14:00-15:30 (Brussels time)
Where: Haven 1120, Scheldelaan, Antwerp - meeting room Kallo
Panel: Harbour Master's liaison officer, Head of Vessel Planning, and myself

The interview will include a 20-minute case study on sequencing arrivals through the Kieldrecht lock. No preparation is needed.

Please accept the calendar invitation to confirm.

Kind regards,
Lotte Vermeulen
Talent Partner
Scheldt Port Operations
+32 3 545 18 20
""",
    ),
    dict(
        kind="interview_invitation", name="north_isles_booking_link", lang="en",
        company="North Isles Ferries", contact=CALLUM[1],
        frm=f"{CALLUM[0]} <{CALLUM[1]}>", key="ni_inv",
        subject="Fleet Planner - interview",
        date="2026-07-14 13:10 +0100", alt="plain", cte="base64",
        text="""Hello Gwendal,

Thanks for applying for the Fleet Planner job. We'd like to invite you to an interview, either in person at Jamieson's Quay or by video if travelling from Brest is impractical.

You can choose any free slot next week through our booking page:
https://book.northisles-ferries.example.co.uk/fleet-planner/interview

It will be me and our crewing manager, for about an hour. We'll ask you to talk us through how you'd rebuild a weekly timetable when one vessel goes into dry dock.

Best regards,
Callum Reid
Head of Fleet Operations, North Isles Ferries
01224 589 140
""",
    ),
    dict(
        kind="interview_invitation", name="dee_harbour_assessment_lever", lang="en",
        company="Dee Harbour Services", contact="fiona.gray@deeharbour.example.co.uk",
        frm="Fiona Gray <no-reply@hire.lever.co>",
        reply_to="Fiona Gray <fiona.gray@deeharbour.example.co.uk>", key="dee_inv",
        subject="Assessment centre invitation - Harbour Operations Planner",
        date="2026-08-10 09:00 +0100",
        alt=("ats", "Dee Harbour Services", "#00467f", "Sent with Lever."),
        text="""Dear Gwendal,

We are pleased to invite you to the assessment centre for the Harbour Operations Planner role on Wednesday 19 August, 09:00-15:00, at the Dee Harbour Services training centre, Waterloo Quay, Aberdeen.

The day includes a group exercise, a vessel-movement planning simulation, a short written test and an interview with two managers. Lunch is provided.

Please bring photo ID and your certificates of competency. Reply to this email to confirm your attendance or to tell us about any adjustments you need.

Kind regards,
Fiona Gray
Recruitment Advisor, Dee Harbour Services
""",
    ),
    dict(
        kind="interview_invitation", name="scaldis_free_thursday", lang="en",
        company="Scaldis Maritime Planning", contact="pieter.claes@scaldis-planning.example.be",
        frm="Pieter Claes <pieter.claes@scaldis-planning.example.be>", key="scaldis_inv",
        subject="quick chat?",
        date="2026-09-07 16:30 +0200",
        text="""Hi Gwendal,

Saw your application come through for the voyage planning job. Are you free Thursday at 10 for a quick chat on Teams? Nothing formal, half an hour, just to see if it's a fit both ways.

Link if that works: https://teams.example.com/l/meetup-join/scaldis-pc-0910

Pieter

Pieter Claes | Operations Lead | Scaldis Maritime Planning
Kattendijkdok-Westkaai 22, 2000 Antwerp | +32 470 55 21 94
""",
    ),
    # ------------------------------------------------------------------ German (3)
    dict(
        kind="interview_invitation", name="nordsee_einladung_ics_anhang", lang="de",
        company="Nordsee Windservice Bremerhaven", contact=FRAUKE[1],
        frm=f"{FRAUKE[0]} <{FRAUKE[1]}>", key="nordsee_inv",
        subject="Einladung zum Vorstellungsgespräch - Disponent Offshore-Logistik (m/w/d)",
        date="2026-03-12 10:05 +0100", alt="outlook",
        ics=dict(uid="nws-vg-0319-gma@nordsee-windservice.example.de", seq=0,
                 start="2026-03-19 10:00 +0100", minutes=60, attach=True,
                 summary="Vorstellungsgespräch G. Morvan-Asante",
                 location="Am Labradorhafen 7, 27568 Bremerhaven, Raum Helgoland",
                 organizer=FRAUKE, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Sehr geehrter Herr Morvan-Asante,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Donnerstag, 19. März 2026, 10:00 Uhr
Ort: Am Labradorhafen 7, 27568 Bremerhaven, Raum Helgoland
Gesprächspartner: Herr Ohlsen (Leitung Disposition) und ich

Das Gespräch kann auf Englisch geführt werden. Die Kalendereinladung finden Sie im Anhang. Reisekosten erstatten wir bis zu einer Höhe von 250 Euro.

Mit freundlichen Grüßen

Frauke Janßen
Personalreferentin
Nordsee Windservice Bremerhaven GmbH
Tel. +49 471 94 83 210
""",
    ),
    dict(
        kind="interview_invitation", name="weserkaje_telefoninterview", lang="de",
        company="Weserkaje Logistik", contact="soenke.hinrichs@weserkaje.example.de",
        frm="Sönke Hinrichs <soenke.hinrichs@weserkaje.example.de>", key="weser_inv",
        subject="Kurzes Telefonat zu Ihrer Bewerbung?",
        date="2026-04-20 11:30 +0200", charset="iso-8859-1", cte="quoted-printable",
        name_enc="iso-8859-1/Q",
        text="""Hallo Herr Morvan-Asante,

ich leite die Liegeplatzplanung am Containerterminal und habe Ihre Bewerbung von unserer Personalabteilung bekommen.

Hätten Sie am Donnerstag, 23. April, um 10 Uhr Zeit für ein Telefoninterview von etwa 30 Minuten? Gern auf Englisch. Ich würde Sie auf Ihrer französischen Handynummer anrufen.

Viele Grüße
Sönke Hinrichs
Teamleiter Liegeplatzplanung
Weserkaje Logistik, Senator-Borttscheller-Straße 1, 27568 Bremerhaven
Tel. 0471 142 58 60
""",
    ),
    dict(
        kind="interview_invitation", name="hafenpersonal_geestemuende_termin", lang="de",
        company="Reederei Geestemünde", contact="jens.wuebbena@hafenpersonal.example.de",
        frm="Jens Wübbena <jens.wuebbena@hafenpersonal.example.de>", key="hafen_inv",
        subject="Vorstellungstermin bei der Reederei Geestemünde",
        date="2026-07-01 10:15 +0200", alt="plain",
        text="""Hallo Herr Morvan-Asante,

wie angekündigt: Die Reederei Geestemünde möchte Sie für die Stelle als Einsatzplaner für ihre Versorgungsschiffe kennenlernen.

Termin: Mittwoch, 8. Juli, 10:00 Uhr
Ort: Reederei Geestemünde, Am Handelshafen 12, 27570 Bremerhaven
Ansprechpartner: Hauke Mehrtens (Inspektion) und Frau Dierks (Personal)

Das Gespräch wird auf Englisch geführt. Bitte bringen Sie Ihr Befähigungszeugnis und Ihr Seefahrtsbuch mit. Ich rufe Sie am Montag zur Vorbereitung an.

Beste Grüße
Jens Wübbena
Personalberater Hafen & Logistik
Hafenpersonal Nord
Tel. 0471 48 20 77 / Mobil 0160 551 27 83
""",
    ),
    # ------------------------------------------------------------------ Spanish (3)
    dict(
        kind="interview_invitation", name="astilleros_entrevista_ics", lang="es",
        company="Astilleros Ría de Vigo", contact=IRIA[1],
        frm=f"{IRIA[0]} <{IRIA[1]}>", key="ast_inv",
        subject="Entrevista - Planificador/a de operaciones de varada",
        date="2026-04-14 12:30 +0200", alt="plain", subj_enc="utf-8/B",
        ics=dict(uid="ariavigo-entrevista-0421@astilleros-riavigo.example.es", seq=0,
                 start="2026-04-21 10:00 +0200", minutes=60,
                 summary="Entrevista Gwendal Morvan-Asante",
                 location="Astilleros Ría de Vigo, Avda. de Beiramar 120, Vigo - Oficina técnica",
                 organizer=IRIA),
        text="""Estimado Gwendal:

Gracias por su interés en Astilleros Ría de Vigo. Nos gustaría invitarle a una entrevista para el puesto de Planificador/a de operaciones de varada.

Fecha: martes 21 de abril, a las 10:00
Lugar: oficina técnica del astillero, Avda. de Beiramar 120, Vigo
Entrevistadores: Antón Souto (jefe de varadero) y yo misma

Podemos hacer la entrevista en inglés si lo prefiere. Le adjunto la convocatoria para su calendario.

Un saludo cordial,
Iria Lago Comesaña
Técnica de Recursos Humanos
Astilleros Ría de Vigo
Tel. 986 23 77 41
""",
    ),
    dict(
        kind="interview_invitation", name="portempleo_berbes_entrevista", lang="es",
        company="Frigoríficos del Berbés", contact="uxia.pereira@portempleo.example.es",
        frm="Uxía Pereira <uxia.pereira@portempleo.example.es>", key="porte_inv",
        subject="Entrevista con Frigoríficos del Berbés",
        date="2026-05-19 10:40 +0200",
        text="""Hola Gwendal:

¡Buenas noticias! Frigoríficos del Berbés quiere conocerte para el puesto de planificación de descargas en el puerto pesquero.

Te esperan el martes 26 de mayo a las 9:30 en sus oficinas de la calle Berbés, frente a la lonja. Pregunta por Rosa Fandiño, jefa de operaciones.

Lleva tu CV impreso y, si puedes, algún certificado de tu experiencia como patrón. La entrevista será en castellano con algo de inglés.

Te llamo mañana para prepararla.

Uxía Pereira
Consultora de selección - Portempleo Galicia
986 44 21 07
""",
    ),
    dict(
        kind="interview_invitation", name="navieira_cies_pasate_jueves", lang="es",
        company="Navieira Cíes", contact="brais.otero@navieira-cies.example.es",
        frm="Brais Otero <brais.otero@navieira-cies.example.es>", key="cies_inv",
        subject="Coordinador de operaciones - ¿hablamos?",
        date="2026-07-08 12:00 +0200", subj_enc="iso-8859-1/Q",
        text="""Hola Gwendal:

He visto tu candidatura para coordinador de operaciones de la línea a las Cíes. ¿Te vendría bien pasarte por la estación marítima el jueves 16 a las 11:00? Te enseño la taquilla y el pantalán y charlamos un rato sobre el puesto.

Si no puedes venir a Vigo esa semana, lo hacemos por videollamada.

Saludos,
Brais Otero
Jefe de operaciones - Navieira Cíes
986 22 52 72
""",
    ),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ French (8)
    dict(
        kind="interview_reschedule_or_cancel", name="iroise_sequence_1_deplace", lang="fr",
        company="Chantiers Navals de l'Iroise", contact=KATELL[1],
        frm=f"{KATELL[0]} <{KATELL[1]}>", key="iroise_move", parent="iroise_inv",
        subject="Mis à jour : Entretien jury - Planificateur carénage",
        date="2026-01-30 11:15 +0100", alt="outlook",
        ics=dict(uid="7f3c1e20-iroise-jury@chantiers-iroise.example.fr", seq=1,
                 start="2026-02-05 09:30 +0100", minutes=75,
                 summary="Entretien jury - Planificateur carénage - G. Morvan-Asante",
                 location="Chantiers Navals de l'Iroise, salle Ouessant, 1 quai de la Douane, Brest",
                 organizer=KATELL, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Bonjour Monsieur Morvan-Asante,

Le responsable de la cale sèche doit accueillir une frégate en arrêt technique mardi, et nous devons déplacer votre entretien.

Nouvelle date : jeudi 5 février 2026, de 9h30 à 10h45, même salle.

L'invitation a été mise à jour ; merci de l'accepter à nouveau si ce créneau vous convient, ou de me proposer une alternative.

Cordialement,
Katell Le Bras
Chargée de recrutement - Chantiers Navals de l'Iroise
02 98 41 07 63
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="marinterim_client_decale", lang="fr",
        company="Keroman Offshore", contact="soizic.guillou@marinterim.example.fr",
        frm="Soizic Guillou <soizic.guillou@marinterim.example.fr>", key="marin_move",
        parent="marin_inv", quote="outlook", alt="outlook",
        subject="RE: Rendez-vous chez Keroman Offshore - lundi 9 mars",
        date="2026-03-06 15:45 +0100",
        text="""Gwendal,

Changement de programme : Ronan Jégo doit accompagner un navire de servitude en essais lundi après-midi. Keroman Offshore décale votre rendez-vous au mardi 10 mars à 11h00, même endroit (bâtiment K3).

Dites-moi vite si c'est bon pour vous, je confirme au client dans la foulée.

Soizic
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="kerhorre_creneau_deplace", lang="fr",
        company="Kerhorre Défense Navale", contact="gaelle.prigent@kerhorre.example.fr",
        frm="Gaëlle Prigent <gaelle.prigent@kerhorre.example.fr>", key="kerhorre_move",
        parent="kerhorre_inv",
        subject="Votre entretien du 31 mars - changement d'horaire",
        date="2026-03-26 17:02 +0100", cte="base64",
        text="""Bonjour Gwendal,

Vous aviez réservé le créneau du mardi 31 mars à 14h00. Notre chef de projet sera retenu à Toulon ce jour-là pour une revue de contrat ; je dois donc vous proposer un autre horaire.

Nous pouvons vous recevoir le jeudi 2 avril à 9h30, au Froutven. Je mets à jour la réservation dans SmartRecruiters dès votre accord.

Toutes mes excuses pour ce changement.

Gaëlle Prigent
Chargée de recrutement - Kerhorre Défense Navale
Parc d'activités du Froutven, 29490 Guipavas
02 98 02 61 40
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="vent_nouveau_creneau", lang="fr",
        company="Vent d'Estuaire", contact=MAELLE[1],
        frm=f"{MAELLE[0]} <{MAELLE[1]}>", key="vent_move", parent="vent_req", quote="gmail",
        subject="Re: Demande de report - centre d'évaluation du 28 avril",
        date="2026-04-23 10:02 +0200",
        ics=dict(uid="ve-ac-2026-0428@ventdestuaire.example.fr", seq=1,
                 start="2026-04-29 09:00 +0200", minutes=180,
                 summary="Centre d'évaluation O&M (Teams) - nouveau créneau",
                 location="Microsoft Teams", organizer=MAELLE,
                 description="Lien Teams : https://teams.example.com/l/meetup-join/ve-ac-0429"),
        alt="plain",
        text="""Bonjour Monsieur Morvan-Asante,

Pas de souci, nous avons trouvé une solution : vous rejoindrez la session du mercredi 29 avril, de 9h00 à 12h00, avec un autre groupe de candidats.

L'invitation de votre calendrier est mise à jour avec le nouveau lien Teams.

Cordialement,
Maëlle Tanguy
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="enez_essai_reporte_tempete", lang="fr",
        company="Enez Liaisons Maritimes", contact="yannber.quere@enez-liaisons.example.fr",
        frm="Yann-Ber Quéré <yannber.quere@enez-liaisons.example.fr>", key="enez_move",
        parent="enez_inv", quote="gmail",
        subject="Re: Journée d'essai à bord et à l'armement",
        date="2026-06-01 17:30 +0200",
        text="""Gwendal,

Météo France annonce un coup de vent de sud-ouest force 8 pour mercredi en mer d'Iroise, la rotation d'Ouessant sera sans doute annulée. Inutile de vous faire lever à 5h pour rester à quai.

On reporte votre journée d'essai au mercredi 10 juin, même programme, même heure au Conquet. Si le 10 ne vous va pas, appelez-moi.

Yann-Ber
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="ntc_recruteur_malade", lang="fr",
        company="Normandie Terminaux Conteneurs", contact="helene.vasseur@ntc-lehavre.example.fr",
        frm="Hélène Vasseur <helene.vasseur@ntc-lehavre.example.fr>", key="ntc_ill",
        parent="ntc_inv",
        subject="Entretien de demain reporté",
        date="2026-06-22 08:05 +0200", charset="iso-8859-1", subj_enc="iso-8859-1/B",
        text="""Bonjour Monsieur Morvan-Asante,

Jérôme Lecoq est souffrant depuis ce week-end et en arrêt jusqu'à la fin de la semaine. Nous sommes contraints de reporter l'entretien prévu demain mardi à 15h00.

Votre candidature reste évidemment à l'étude : je vous proposerai une nouvelle date dès son retour, a priori début juillet.

Je vous prie de nous excuser pour ce contretemps.

Hélène Vasseur
Responsable ressources humaines
Normandie Terminaux Conteneurs
Tél. 02 35 19 44 80
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="escaut_method_cancel", lang="fr",
        company="Escaut Dragage", contact=AURELIE[1],
        frm=f"{AURELIE[0]} <{AURELIE[1]}>", key="escaut_cancel", parent="escaut_inv",
        subject="Annulé : entretien - planificateur des opérations de dragage",
        date="2026-09-14 09:00 +0200", alt="outlook",
        ics=dict(uid="040000008200E00074C5B7101A82E0080000000050AB1F@escaut-dragage.example.be",
                 seq=1, method="CANCEL", start="2026-09-17 10:00 +0200", minutes=90,
                 summary="Annulé : Entretien G. Morvan-Asante - planificateur dragage",
                 location="Escaut Dragage, Noorderlaan 147, 2030 Anvers - accueil bâtiment B",
                 organizer=AURELIE, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Bonjour Monsieur Morvan-Asante,

La drague Schelde III a subi une avarie de treuil ce week-end et M. Vandamme doit se rendre à Zeebrugge toute la semaine. Je suis donc obligée d'annuler notre rendez-vous de jeudi.

Il ne s'agit que d'un report : votre candidature reste en cours et je reviens vers vous dès que nous aurons une visibilité sur son agenda.

Bien à vous,
Aurélie Dewulf
Ressources humaines - Escaut Dragage
+32 3 218 40 66
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="abers_rdv_annule_processus_continue", lang="fr",
        company="Abers Marine Services", contact="goulven.abgrall@abers-marine.example.fr",
        frm="Goulven Abgrall <goulven.abgrall@abers-marine.example.fr>", key="abers_cancel",
        parent="abers_inv", quote="gmail", charset="windows-1252",
        subject="Re: Rencontre pour le poste de coordinateur - Aber Wrac'h",
        date="2026-10-05 19:40 +0200",
        text="""Bonsoir Gwendal,

Je dois annuler notre rendez-vous de mercredi : un chantier de balisage à l'Île Vierge a été avancé par les Phares et Balises et toute l'équipe, moi compris, sera sur l'eau.

Rien ne change pour votre candidature, on tient toujours à vous rencontrer. Je vous rappelle la semaine prochaine pour fixer une autre date.

Goulven
""",
    ),
    # ------------------------------------------------------------------ English (4)
    dict(
        kind="interview_reschedule_or_cancel", name="fathom_buchan_moved", lang="en",
        company="Buchan Subsea", contact="euan.forsyth@fathomtalent.example.co.uk",
        frm="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>", key="fathom_move",
        parent="fathom_inv", quote="gmail",
        subject="Re: Interview confirmed - Buchan Subsea, Wednesday 20 May",
        date="2026-05-18 11:30 +0100",
        text="""Hi Gwendal,

Small change: Shona has been called offshore on Wednesday, so Buchan Subsea have asked to move your interview to Thursday 21 May at 15:00. Same place, same format.

Can you let me know today if Thursday works? If you've already booked a flight for Wednesday, tell me and I'll see what I can do.

Euan
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="scheldt_updated_sequence", lang="en",
        company="Scheldt Port Operations", contact=LOTTE[1],
        frm=f"{LOTTE[0]} <{LOTTE[1]}>", key="scheldt_move", parent="scheldt_inv",
        subject="Updated: Panel interview - Marine Operations Planner",
        date="2026-06-15 09:22 +0200", alt="outlook",
        ics=dict(uid="spo-panel-7731@scheldtport.example.be", seq=1,
                 start="2026-06-22 10:00 +0200", minutes=90,
                 summary="Panel interview - Marine Operations Planner",
                 location="Scheldt Port Operations, Haven 1120, Antwerp - room Kallo",
                 organizer=LOTTE, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Dear Gwendal,

Our Head of Vessel Planning has to attend a lock maintenance review on Thursday, so I have moved your panel interview to Monday 22 June at 10:00. Everything else stays the same.

The calendar entry has been updated. Please accept the new time or let me know if it does not suit you.

Kind regards,
Lotte Vermeulen
Talent Partner, Scheldt Port Operations
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="north_isles_cancel_sea_trials", lang="en",
        company="North Isles Ferries", contact=CALLUM[1],
        frm=f"{CALLUM[0]} <{CALLUM[1]}>", key="ni_cancel", parent="ni_inv",
        subject="Cancelled: Fleet Planner interview - Wed 22 Jul 11:00",
        date="2026-07-20 08:05 +0100", alt="plain",
        ics=dict(uid="ni-fp-booking-5521@northisles-ferries.example.co.uk", seq=1,
                 method="CANCEL", start="2026-07-22 11:00 +0100", minutes=60,
                 summary="Fleet Planner interview - Gwendal Morvan-Asante",
                 location="Video call", organizer=CALLUM),
        text="""Hello Gwendal,

I'm afraid I have to cancel Wednesday's interview. Our new vessel's sea trials have slipped into this week and I need to be on board off Orkney until Thursday night.

This is purely a scheduling problem on our side and we still want to interview you. I'll send you new times for the week after as soon as I'm back ashore.

Apologies for the short notice,
Callum
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="dee_harbour_assessment_moved", lang="en",
        company="Dee Harbour Services", contact="fiona.gray@deeharbour.example.co.uk",
        frm="Fiona Gray <fiona.gray@deeharbour.example.co.uk>", key="dee_move",
        parent="dee_inv", quote="outlook", alt="outlook",
        subject="RE: Assessment centre invitation - Harbour Operations Planner",
        date="2026-08-13 14:48 +0100",
        text="""Dear Gwendal,

Due to a clash with a port security exercise, the assessment centre has been moved from Wednesday 19 August to Thursday 20 August. Start and finish times (09:00-15:00) and the venue are unchanged.

Please confirm you can attend the new date.

Kind regards,
Fiona Gray
Recruitment Advisor
Dee Harbour Services, Waterloo Quay, Aberdeen AB11 5DN
01224 597 000

This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Dee Harbour Services is registered in Scotland.
""",
    ),
    # ------------------------------------------------------------------ German (2)
    dict(
        kind="interview_reschedule_or_cancel", name="nordsee_method_cancel_erkrankt", lang="de",
        company="Nordsee Windservice Bremerhaven", contact=FRAUKE[1],
        frm=f"{FRAUKE[0]} <{FRAUKE[1]}>", key="nordsee_cancel", parent="nordsee_inv",
        subject="Abgesagt: Vorstellungsgespräch G. Morvan-Asante",
        date="2026-03-17 08:12 +0100", alt="outlook", subj_enc="iso-8859-1/Q",
        ics=dict(uid="nws-vg-0319-gma@nordsee-windservice.example.de", seq=1, method="CANCEL",
                 start="2026-03-19 10:00 +0100", minutes=60, attach=True,
                 summary="Abgesagt: Vorstellungsgespräch G. Morvan-Asante",
                 location="Am Labradorhafen 7, 27568 Bremerhaven, Raum Helgoland",
                 organizer=FRAUKE, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        text="""Sehr geehrter Herr Morvan-Asante,

leider ist Herr Ohlsen kurzfristig erkrankt, sodass wir das Vorstellungsgespräch am Donnerstag absagen müssen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich schlage Ihnen in den nächsten Tagen einen neuen Termin vor, gern auch per Videokonferenz, damit Sie nicht zweimal anreisen müssen.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Frauke Janßen
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", name="hafenpersonal_termin_verschoben", lang="de",
        company="Reederei Geestemünde", contact="jens.wuebbena@hafenpersonal.example.de",
        frm="Jens Wübbena <jens.wuebbena@hafenpersonal.example.de>", key="hafen_move",
        parent="hafen_inv", quote="gmail",
        subject="Re: Vorstellungstermin bei der Reederei Geestemünde",
        date="2026-07-03 14:20 +0200",
        text="""Hallo Herr Morvan-Asante,

kleine Planänderung: Herr Mehrtens muss am Mittwoch eine Schiffsübernahme in Cuxhaven begleiten. Die Reederei Geestemünde schlägt stattdessen Donnerstag, 9. Juli, 14:00 Uhr vor, gleicher Ort.

Geben Sie mir bitte kurz Bescheid, ob das passt?

Beste Grüße
Jens Wübbena
""",
    ),
    # ------------------------------------------------------------------ Spanish (1)
    dict(
        kind="interview_reschedule_or_cancel", name="astilleros_cambio_hora", lang="es",
        company="Astilleros Ría de Vigo", contact=IRIA[1],
        frm=f"{IRIA[0]} <{IRIA[1]}>", key="ast_move", parent="ast_inv",
        subject="Cambio de fecha: Entrevista - Planificador/a de operaciones de varada",
        date="2026-04-17 09:50 +0200", alt="plain",
        ics=dict(uid="ariavigo-entrevista-0421@astilleros-riavigo.example.es", seq=1,
                 start="2026-04-23 16:30 +0200", minutes=60,
                 summary="Entrevista Gwendal Morvan-Asante (nueva fecha)",
                 location="Astilleros Ría de Vigo, Avda. de Beiramar 120, Vigo - Oficina técnica",
                 organizer=IRIA),
        text="""Estimado Gwendal:

Le escribo porque el martes tenemos la botadura de un atunero y Antón Souto no podrá estar en la entrevista. La trasladamos al jueves 23 de abril a las 16:30, en el mismo lugar.

He actualizado la convocatoria del calendario. Si la nueva hora no le viene bien, dígame qué otra franja le encaja esa semana.

Un saludo,
Iria Lago Comesaña
Técnica de Recursos Humanos - Astilleros Ría de Vigo
""",
    ),
]

MISSED = [
    # ------------------------------------------------------------------ French (5)
    dict(
        kind="missed_interview_notice", name="marinterim_client_attendu_accueil", lang="fr",
        company="Keroman Offshore", contact="soizic.guillou@marinterim.example.fr",
        frm="Soizic Guillou <soizic.guillou@marinterim.example.fr>", key="marin_missed",
        parent="marin_move",
        subject="Keroman - vous étiez où ?",
        date="2026-03-10 11:40 +0100",
        text="""Gwendal,

Ronan Jégo vient de m'appeler : il vous a attendu à l'accueil du bâtiment K3 de 11h00 à 11h25 et personne ne s'est présenté. J'ai essayé de vous joindre deux fois sur votre portable, messagerie directement.

J'espère qu'il n'y a rien de grave. Rappelez-moi dès que vous voyez ce message, je vais essayer de sauver le rendez-vous avec Keroman Offshore.

Soizic
06 42 17 90 33
""",
    ),
    dict(
        kind="missed_interview_notice", name="vent_attendu_sur_teams", lang="fr",
        company="Vent d'Estuaire", contact=MAELLE[1],
        frm=f"{MAELLE[0]} <{MAELLE[1]}>", key="vent_missed", parent="vent_move",
        subject="Centre d'évaluation de ce matin",
        date="2026-04-29 09:48 +0200", alt="plain", name_enc="iso-8859-1/Q",
        text="""Bonjour Monsieur Morvan-Asante,

Nous vous avons attendu sur Teams ce matin à partir de 9h00 pour la session du centre d'évaluation. Après un quart d'heure, nous avons dû démarrer avec les autres candidats sans vous.

Il est possible qu'il y ait eu un souci technique ou de lien. Pouvez-vous me dire ce qui s'est passé ? Selon vos disponibilités, je verrai si une session de rattrapage est envisageable.

Cordialement,
Maëlle Tanguy
Chargée de recrutement - Vent d'Estuaire
+33 2 40 17 66 52
""",
    ),
    dict(
        kind="missed_interview_notice", name="loire_recruitee_personne_connecte", lang="fr",
        company="Loire Logistique Portuaire", contact="nathan.rio@loire-logistique.example.fr",
        frm="Nathan Rio <noreply@jobs.recruitee.com>",
        reply_to="Nathan Rio <nathan.rio@loire-logistique.example.fr>",
        subject="Votre entretien de ce matin - Loire Logistique Portuaire",
        date="2026-05-21 10:31 +0200",
        alt=("ats", "Loire Logistique Portuaire", "#005f73",
             "Envoyé via Recruitee au nom de Nathan Rio. Répondre à ce message lui parviendra."),
        text="""Bonjour Gwendal,

Votre entretien en visio pour le poste d'agent de planification des escales était prévu ce matin à 10h00. Nous nous sommes connectés à l'heure mais personne ne nous a rejoints, et nous n'avons pas réussi à vous joindre au téléphone.

Si vous êtes toujours intéressé par le poste, répondez à ce message en indiquant vos disponibilités de la semaine prochaine.

Bien cordialement,
Nathan Rio
Responsable d'exploitation - Loire Logistique Portuaire, Montoir-de-Bretagne
""",
    ),
    dict(
        kind="missed_interview_notice", name="oceane_pas_connecte_chaine", lang="fr",
        company="Océane Avitaillement", contact="erwan.legall@oceane-avitaillement.example.fr",
        frm="Erwan Le Gall <erwan.legall@oceane-avitaillement.example.fr>", key="oceane_missed",
        parent="oceane_inv", quote="gmail",
        subject="Re: Entretien visio - coordinateur avitaillement",
        date="2026-08-27 10:25 +0200",
        text="""Gwendal,

Je suis resté sur le Meet de 10h00 à 10h20 sans vous voir arriver, et votre téléphone sonne dans le vide.

Je suppose qu'un imprévu en mer vous a retenu. Faites-moi signe quand vous pouvez.

Erwan
""",
    ),
    dict(
        kind="missed_interview_notice", name="seine_appele_deux_fois", lang="fr",
        company="Seine Ferries Transmanche", contact="thibault.lemonnier@seine-ferries.example.fr",
        frm="Thibault Lemonnier <thibault.lemonnier@seine-ferries.example.fr>", key="seine_missed",
        parent="seine_inv", quote="gmail",
        subject="Re: Poste planif rotations",
        date="2026-09-03 10:22 +0200",
        text="""Gwendal,

J'ai essayé de t'appeler deux fois à 10h00 comme convenu, ça bascule direct sur ta messagerie.

Pas grave, ça arrive. Rappelle-moi quand tu peux, je suis au terminal toute la journée.

Thibault
""",
    ),
    # ------------------------------------------------------------------ English (3)
    dict(
        kind="missed_interview_notice", name="granite_tried_calling_twice", lang="en",
        company="Granite Offshore Marine", contact=MORAG[1],
        frm=f"{MORAG[0]} <{MORAG[1]}>", key="granite_missed", parent="granite_screen",
        subject="Our call this morning",
        date="2026-02-13 10:31 +0000",
        text="""Hi Gwendal,

I tried calling you twice at 10:00 for our phone screen, on +33 6 71 48 22 09, but it went straight to voicemail both times.

I hope everything is OK. If you'd still like to talk about the Marine Operations Planner role, just reply with a couple of times that work for you next week.

Best,
Morag

Morag Duncan
Talent Acquisition Partner, Granite Offshore Marine
+44 1224 347 200
""",
    ),
    dict(
        kind="missed_interview_notice", name="dee_harbour_did_not_attend", lang="en",
        company="Dee Harbour Services", contact="fiona.gray@deeharbour.example.co.uk",
        frm="Fiona Gray <fiona.gray@deeharbour.example.co.uk>", key="dee_missed",
        parent="dee_move",
        subject="Assessment centre today - Harbour Operations Planner",
        date="2026-08-20 10:15 +0100", alt="outlook",
        text="""Dear Gwendal,

You were expected at our assessment centre at Waterloo Quay this morning at 09:00, but you did not attend and we have not heard from you. The group exercise has now started without you.

If something unexpected has happened, please let me know today. Unfortunately we are not able to run another assessment day for this vacancy.

Kind regards,
Fiona Gray
Recruitment Advisor, Dee Harbour Services
01224 597 000
""",
    ),
    dict(
        kind="missed_interview_notice", name="scaldis_waited_on_teams", lang="en",
        company="Scaldis Maritime Planning", contact="pieter.claes@scaldis-planning.example.be",
        frm="Pieter Claes <pieter.claes@scaldis-planning.example.be>", key="scaldis_missed",
        parent="scaldis_inv", quote="gmail",
        subject="Re: quick chat?",
        date="2026-09-10 10:20 +0200",
        text="""Hi Gwendal,

I waited on Teams for about 15 minutes but didn't see you join - maybe the link played up?

No worries either way. Let me know if you want to try another day.

Pieter
""",
    ),
    # ------------------------------------------------------------------ German (1)
    dict(
        kind="missed_interview_notice", name="weserkaje_nicht_erreicht", lang="de",
        company="Weserkaje Logistik", contact="soenke.hinrichs@weserkaje.example.de",
        frm="Sönke Hinrichs <soenke.hinrichs@weserkaje.example.de>", key="weser_missed",
        parent="weser_inv", quote="gmail", charset="iso-8859-1",
        subject="AW: Kurzes Telefonat zu Ihrer Bewerbung?",
        date="2026-04-23 10:40 +0200",
        text="""Hallo Herr Morvan-Asante,

ich habe heute um 10 Uhr zweimal versucht, Sie anzurufen, Sie aber leider nicht erreicht. Eine Nachricht auf der Mailbox konnte ich nicht hinterlassen.

Wenn Sie weiterhin Interesse haben, schreiben Sie mir bitte, wann ich es noch einmal versuchen kann.

Viele Grüße
Sönke Hinrichs
""",
    ),
    # ------------------------------------------------------------------ Spanish (1)
    dict(
        kind="missed_interview_notice", name="bouzas_te_esperamos_meet", lang="es",
        company="Terminales Bouzas Logística", contact="marta.rial@bouzas-terminales.example.es",
        frm="Marta Rial <marta.rial@bouzas-terminales.example.es>",
        subject="Videollamada de hoy a las 12:00",
        date="2026-08-19 12:20 +0200", alt="plain",
        text="""Hola Gwendal:

Te esperamos en Meet a las 12:00 para la entrevista del puesto de planificador de patio y atraques, pero no llegaste a conectarte.

¿Ha pasado algo? Si sigues interesado, respóndeme y vemos si podemos encontrar otro hueco antes de cerrar el proceso a final de mes.

Saludos,
Marta Rial
Técnica de selección - Terminales Bouzas Logística
Muelle de Bouzas s/n, 36208 Vigo
986 29 40 15
""",
    ),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED
