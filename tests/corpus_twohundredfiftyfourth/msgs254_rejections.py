# ruff: noqa
"""Corpus 254 - rejection messages (31), hand-written."""

from __future__ import annotations

from msgs254_common import gmail_quote

MESSAGES = [
    # ------------------------------------------------------------------ French (15)
    dict(
        kind="rejection", name="portbrest_workday_formal", lang="fr",
        company="Brest Portuaire Services", contact="",
        frm="Brest Portuaire Services <brestportuaire@myworkday.com>",
        subject="Votre candidature R-00417 - Planificateur des escales (H/F)",
        date="2026-02-11 07:31 +0000", html_only=True,
        alt=("ats", "Brest Portuaire Services - Carrières", "#0b3d6b",
             "Message généré automatiquement par Workday. Merci de ne pas y répondre."),
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Gwendal,

Nous vous remercions de l'intérêt porté à Brest Portuaire Services et du temps consacré à votre candidature au poste de Planificateur des escales (réf. R-00417).

Après examen attentif de votre dossier, nous sommes au regret de vous informer que celui-ci n'a pas été retenu pour la suite du processus de recrutement.

Vos données resteront dans notre vivier pendant vingt-quatre mois ; vous pouvez les supprimer à tout moment depuis votre espace candidat.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Brest Portuaire Services
""",
    ),
    dict(
        kind="rejection", name="iroise_after_panel_thanks_quoted", lang="fr",
        company="Chantiers Navals de l'Iroise", contact="katell.lebras@chantiers-iroise.example.fr",
        frm="Katell Le Bras <katell.lebras@chantiers-iroise.example.fr>",
        subject="RE: Merci pour l'entretien du 5 février",
        date="2026-02-16 09:05 +0100", key="iroise_rej", parent="iroise_thanks", quote="gmail",
        name_enc="iso-8859-1/Q",
        text="""Bonjour Gwendal,

Merci pour votre message, qui a été lu par tout le jury.

Nous avons pris le temps de comparer les profils rencontrés et, pour ce poste de planificateur carénage, nous avons choisi une personne qui a déjà tenu un planning de cale sèche dans un chantier. Votre expérience de la mer a beaucoup plu, mais l'écart sur la partie outillage de planification était trop important pour que nous vous proposions le poste.

Je garde vos coordonnées : si un poste d'assistant planification s'ouvre au printemps, je reviendrai vers vous directement.

Bien à vous,

Katell Le Bras
Chargée de recrutement
Chantiers Navals de l'Iroise
Port de commerce, 1 quai de la Douane, 29200 Brest
02 98 41 07 63
""",
    ),
    dict(
        kind="rejection", name="ntc_coordinateur_pourvu_en_interne", lang="fr",
        company="Normandie Terminaux Conteneurs", contact="helene.vasseur@ntc-lehavre.example.fr",
        frm="Hélène Vasseur <helene.vasseur@ntc-lehavre.example.fr>",
        subject="Poste de coordinateur de quai - point sur votre candidature",
        date="2026-02-20 14:48 +0100", charset="iso-8859-1", cte="quoted-printable",
        subj_enc="iso-8859-1/Q", name_enc="iso-8859-1/B",
        text="""Monsieur Morvan-Asante,

Je reviens vers vous au sujet du poste de coordinateur de quai au terminal de l'Europe.

Un collègue de l'équipe portique a postulé en interne la semaine dernière et sa mobilité a été validée par la direction : le poste est donc pourvu et l'annonce a été retirée.

Ce n'est pas une question de profil, simplement une priorité donnée à la promotion interne, comme le prévoit notre accord d'entreprise. Je conserve votre CV pour les recrutements du second semestre.

Cordialement,

Hélène Vasseur
Responsable ressources humaines
Normandie Terminaux Conteneurs
Route de l'Estuaire, 76600 Le Havre
Tél. 02 35 19 44 80
""",
    ),
    dict(
        kind="rejection", name="groix_poste_gele", lang="fr",
        company="Éolien Marin de Groix", contact="loic.lefloch@eolien-groix.example.fr",
        frm="Éolien Marin de Groix <no-reply@teamtailor-mail.com>",
        reply_to="Loïc Le Floch <loic.lefloch@eolien-groix.example.fr>",
        subject="Votre candidature : Planificateur maintenance offshore - Lorient",
        date="2026-02-25 11:02 +0100", key="groix_rej", alt="plain", cte="base64",
        text="""Bonjour Gwendal,

Je vous écris au nom de l'équipe exploitation d'Éolien Marin de Groix.

Le poste de planificateur maintenance offshore pour lequel nous avions échangé début février est suspendu : l'entrée en service de la deuxième tranche du parc est décalée à 2027 et la direction a gelé les créations de postes liées à cette phase. Nous n'irons donc pas plus loin dans le recrutement pour le moment.

Je sais que ce n'est pas la nouvelle que vous attendiez après notre appel. Si le poste est rouvert, vous serez le premier prévenu.

Loïc Le Floch
Responsable des opérations maritimes
Éolien Marin de Groix - Base de maintenance de Keroman, Lorient
""",
    ),
    dict(
        kind="rejection", name="marinterim_keroman_client_no", lang="fr",
        company="Keroman Offshore", contact="soizic.guillou@marinterim.example.fr",
        frm="Soizic Guillou <soizic.guillou@marinterim.example.fr>",
        subject="Retour de Keroman Offshore",
        date="2026-03-19 17:26 +0100", key="marin_rej", parent="marin_missed",
        alt="outlook",
        text="""Bonjour Gwendal,

J'ai enfin eu le retour de Keroman Offshore après votre rendez-vous de la semaine dernière (celui qui avait finalement eu lieu en fin de journée).

Je préfère être directe : ils ne donnent pas suite. Leur chef de base a retenu un ancien officier de la marine marchande qui connaît déjà leur logiciel de suivi des navires. Ils ont apprécié votre franchise et votre connaissance du plan d'eau, mais ils cherchaient quelqu'un d'opérationnel dès le premier jour sur l'outil.

De mon côté je continue à vous présenter : j'ai deux autres clients sur le port de Lorient et à Brest que je vais relancer cette semaine.

Soizic Guillou
Consultante recrutement - secteur maritime
Marinterim Bretagne - Agence de Lorient
12 rue du Port, 56100 Lorient
02 97 35 61 18 / 06 42 17 90 33

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""",
    ),
    dict(
        kind="rejection", name="estuaire_interim_client_anonyme", lang="fr",
        company="Estuaire Intérim", contact="marc.duval@estuaire-interim.example.fr",
        frm="Marc Duval - Estuaire Intérim <marc.duval@estuaire-interim.example.fr>",
        subject="Mission de planificateur sur le port - retour client",
        date="2026-04-02 12:10 +0200", charset="windows-1252",
        text="""Bonjour M. Morvan-Asante,

Petit retour rapide concernant la mission de planificateur des mouvements de navires dont je vous avais parlé (client armateur du port du Havre, que je ne peux pas nommer à ce stade).

Le client a étudié les trois dossiers que nous lui avons transmis et il ne souhaite pas poursuivre avec le vôtre : il exige au minimum deux ans d'expérience sur un poste sédentaire en capitainerie ou chez un consignataire.

Rien de définitif pour la suite : votre inscription reste active chez nous et je vous contacte dès qu'une mission plus proche de votre parcours se présente.

Bonne journée,
Marc Duval
Chargé de recrutement - Estuaire Intérim
45 boulevard de Strasbourg, 76600 Le Havre
02 35 42 18 07
""",
    ),
    dict(
        kind="rejection", name="penhoet_softgarden_base64", lang="fr",
        company="Ateliers de Penhoët Marine", contact="",
        frm="Ateliers de Penhoët Marine <noreply@softgarden.io>",
        subject="Suite donnée à votre candidature - Chargé de planification arrêts techniques",
        date="2026-04-06 08:15 +0200", cte="base64", alt="plain", html_cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Monsieur Morvan-Asante,

Vous avez postulé chez Ateliers de Penhoët Marine au poste de Chargé de planification arrêts techniques (Saint-Nazaire) et avez participé à notre entretien en visioconférence. Nous vous en remercions.

À l'issue de cette étape, notre choix s'est porté sur un autre candidat. Cette décision ne remet pas en cause la qualité de votre parcours.

Conformément au RGPD, vos données seront supprimées de notre système six mois après la clôture de l'annonce, sauf si vous nous autorisez à les conserver plus longtemps.

Avec nos salutations distinguées,
Le service des ressources humaines
Ateliers de Penhoët Marine

Cet e-mail a été envoyé via softgarden. Merci de ne pas répondre directement à ce message.
""",
    ),
    dict(
        kind="rejection", name="kerhorre_smartrecruiters_profil", lang="fr",
        company="Kerhorre Défense Navale", contact="",
        frm="Kerhorre Défense Navale <noreply@smartrecruiters.com>",
        subject="Kerhorre Défense Navale - votre candidature au poste de Coordinateur logistique de soutien naval",
        date="2026-04-15 10:40 +0200", subj_enc="utf-8/B", key="kerhorre_rej",
        alt=("ats", "Kerhorre Défense Navale", "#1d2b3a",
             "SmartRecruiters - 225 Bush Street, San Francisco. Notification automatique."),
        text="""Bonjour Gwendal,

Nous tenons à vous remercier pour les échanges que nous avons eus ces dernières semaines autour du poste de Coordinateur logistique de soutien naval.

Après réflexion, nous avons décidé de poursuivre avec des candidats dont le parcours dans la maintenance des bâtiments de la Marine nationale correspond davantage aux exigences du contrat de soutien que nous venons de remporter.

Ce choix a été difficile et ne préjuge pas des opportunités futures : nous publierons de nouveaux postes à Brest dans les prochains mois et nous serions heureux de recevoir à nouveau votre candidature.

Cordialement,
Gaëlle Prigent, pour l'équipe Talents
Kerhorre Défense Navale
""",
    ),
    dict(
        kind="rejection", name="trans_rade_apres_appel", lang="fr",
        company="Trans-Rade Lorient", contact="annaig.le-goff@trans-rade.example.fr",
        frm="Annaïg Le Goff <annaig.le-goff@trans-rade.example.fr>",
        name_enc="utf-8/B", subj_enc="utf-8/B",
        subject="Notre échange téléphonique de jeudi",
        date="2026-05-07 16:55 +0200", key="transrade_rej", parent="transrade_inv",
        text="""Bonjour Gwendal,

Merci encore pour le temps passé au téléphone jeudi.

Je vous écris comme promis : nous ne retiendrons pas votre candidature pour le poste d'adjoint au responsable d'exploitation des navettes de la rade. En discutant avec mon directeur, nous avons convenu qu'il nous faut cette année quelqu'un qui puisse aussi encadrer l'équipe des guichets, et ce n'était pas le cœur de votre projet.

J'ai beaucoup aimé votre façon de parler des marées et des créneaux de passage à Port-Louis, et je me permets de transmettre votre nom à nos collègues du transport de passagers vers Groix.

Belle fin de semaine,

Annaïg Le Goff
Responsable exploitation
Trans-Rade Lorient - Gare maritime, quai des Indes, 56100 Lorient
02 97 21 28 29
""",
    ),
    dict(
        kind="rejection", name="ventestuaire_outlook_disclaimer", lang="fr",
        company="Vent d'Estuaire", contact="maelle.tanguy@ventdestuaire.example.fr",
        frm="Tanguy Maëlle <maelle.tanguy@ventdestuaire.example.fr>",
        subject="RE: Centre d'évaluation - planificateur(trice) O&M",
        date="2026-05-12 13:37 +0200", key="vent_rej", parent="vent_missed", quote="outlook",
        alt="outlook",
        text="""Bonjour Monsieur Morvan-Asante,

Je fais suite à notre conversation de la semaine dernière et à la session de rattrapage que nous avions pu organiser.

Les évaluateurs ont rendu leurs conclusions : votre candidature n'est pas retenue pour le poste de planificateur(trice) O&M de la base de Saint-Nazaire. Les exercices de planification sous contrainte météo ont été bien menés, en revanche l'étude de cas sur la gestion des techniciens et des navires de transfert a montré un besoin de formation que nous ne pouvons pas assurer sur ce recrutement.

Je vous remercie pour votre engagement tout au long du processus.

Maëlle Tanguy
Chargée de recrutement
Vent d'Estuaire - Base O&M, 4 boulevard des Apprentis, 44600 Saint-Nazaire
+33 2 40 17 66 52

AVERTISSEMENT : Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, vous êtes prié de le détruire et d'en informer l'expéditeur. Toute diffusion ou reproduction non autorisée est interdite. Vent d'Estuaire décline toute responsabilité en cas d'altération du message.
""",
    ),
    dict(
        kind="rejection", name="loire_logistique_recruitee", lang="fr",
        company="Loire Logistique Portuaire", contact="",
        frm="Loire Logistique Portuaire <noreply@jobs.recruitee.com>",
        subject="Mise à jour de votre candidature chez Loire Logistique Portuaire",
        date="2026-06-02 09:20 +0200",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Recruitee")],
        text="""Bonjour Gwendal Morvan-Asante,

Le processus de sélection pour le poste "Agent de planification des escales - Montoir-de-Bretagne" arrive à son terme.

Nous avons reçu un grand nombre de candidatures de qualité et, malgré l'intérêt de votre parcours, nous ne pouvons pas vous proposer d'aller plus loin.

Merci de la confiance accordée à Loire Logistique Portuaire.

Ceci est un message automatique, envoyé depuis notre plateforme de recrutement.
""",
    ),
    dict(
        kind="rejection", name="lorient_remorquage_poste_annule", lang="fr",
        company="Lorient Remorquage", contact="yvon.gourlay@lorient-remorquage.example.fr",
        frm="Yvon Gourlay <yvon.gourlay@lorient-remorquage.example.fr>",
        subject="Re: Candidature planificateur remorquage",
        date="2026-07-16 18:02 +0200", parent="lr_ack", key="lr_rej", quote="gmail",
        charset="windows-1252", subj_enc="iso-8859-1/Q",
        text="""Bonsoir Gwendal,

Je reviens vers vous comme promis, mais pas avec la réponse que j'espérais.

L'armateur a décidé ce matin de ne pas créer le poste de planificateur : avec la vente de l'un de nos deux remorqueurs, le planning restera tenu par le patron d'astreinte comme avant. Il n'y a donc plus de recrutement, ni pour vous ni pour personne.

Navré de vous avoir fait attendre pour ça. Si la situation évolue à la rentrée, je vous rappelle.

Yvon Gourlay
Capitaine d'armement - Lorient Remorquage
Quai de Rohan, 56100 Lorient - 06 08 55 31 47
""",
    ),
    dict(
        kind="rejection", name="anvers_remorquage_bref", lang="fr",
        company="Anvers Remorquage Fluvial", contact="b.peeters@anvers-remorquage.example.be",
        frm="Benoît Peeters <b.peeters@anvers-remorquage.example.be>",
        subject="candidature dispatch",
        date="2026-08-12 07:48 +0200", charset="windows-1252", cte="8bit",
        text="""Bonjour,

Merci pour votre candidature. Ce ne sera pas pour cette fois : le dispatch de nuit est attribué.

Cordialement
B. Peeters
Anvers Remorquage Fluvial - Kaai 364, 2030 Antwerpen
""",
    ),
    dict(
        kind="rejection", name="oceane_long_chain", lang="fr",
        company="Océane Avitaillement", contact="erwan.legall@oceane-avitaillement.example.fr",
        frm="Erwan Le Gall <erwan.legall@oceane-avitaillement.example.fr>",
        subject="RE: Entretien visio - coordinateur avitaillement",
        date="2026-09-08 11:26 +0200", parent="oceane_missed", key="oceane_rej",
        quote="outlook", alt="outlook",
        text="""Gwendal,

Je clos ce fil proprement : après le rendez-vous manqué et nos deux tentatives pour en refixer un, la direction a souhaité avancer avec un autre candidat, qui a pris ses fonctions lundi. Le poste de coordinateur avitaillement n'est donc plus ouvert.

Je ne vous en tiens pas rigueur et je vous souhaite de trouver rapidement un poste à terre.

Erwan Le Gall
Directeur des opérations
Océane Avitaillement - Zone portuaire, rue de Saint-Malo, 29200 Brest
02 98 80 12 45 - 06 63 27 18 04
""",
    ),
    dict(
        kind="rejection", name="seine_ferries_franc_parler", lang="fr",
        company="Seine Ferries Transmanche", contact="thibault.lemonnier@seine-ferries.example.fr",
        frm="Thibault Lemonnier <thibault.lemonnier@seine-ferries.example.fr>",
        subject="Re: Poste planif rotations",
        date="2026-09-21 19:12 +0200", key="seine_rej", parent="seine_missed", quote="gmail",
        text="""Salut Gwendal,

Bon, je vais être franc, comme entre gens de mer : ça ne va pas le faire pour le poste de planif des rotations. On a fini par prendre un gars qui bosse déjà sur nos passerelles au terminal de la Citadelle, il connaît les équipages et le logiciel, c'était le plus simple pour tout le monde.

Rien contre toi, vraiment. On s'est bien marré au téléphone la deuxième fois et je garde ton numéro.

Bon vent,
Thibault
--
Thibault Lemonnier
Chef d'escale - Seine Ferries Transmanche
Terminal de la Citadelle, 76600 Le Havre
06 31 90 47 22
""",
    ),
    # ------------------------------------------------------------------ English (8)
    dict(
        kind="rejection", name="torry_terse", lang="en",
        company="Torry Marine Logistics", contact="dougie.mair@torrymarine.example.co.uk",
        frm="Dougie Mair <dougie.mair@torrymarine.example.co.uk>",
        subject="Re: Shore planner vacancy",
        date="2026-03-25 16:03 +0000",
        text="""Gwendal,

Thanks for getting in touch. We've gone with someone local who starts next week, so I won't take it further.

All the best,
Dougie

Dougie Mair | Operations Manager | Torry Marine Logistics
Point Law Quay, Aberdeen AB11 5DP | 01224 879 310
""",
    ),
    dict(
        kind="rejection", name="kincorth_icims_html_only", lang="en",
        company="Kincorth Wind Operations", contact="",
        frm="Kincorth Wind Operations Careers <kincorthwind@icims.com>",
        subject="Update on your application - Marine Coordinator (Job ID 2026-1184)",
        date="2026-04-21 06:12 -0400", html_only=True,
        alt=("ats", "Kincorth Wind Operations", "#2e7d32",
             "Powered by iCIMS. This mailbox is not monitored."),
        text="""Dear Gwendal,

Thank you for applying for the Marine Coordinator position (Job ID 2026-1184) at our Aberdeen harbour base.

We have now reviewed all applications against the requirements of the role. On this occasion we will not be progressing your application to the next stage.

The volume of applications means we are unable to give individual feedback, but we encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Talent Acquisition Team
Kincorth Wind Operations
""",
    ),
    dict(
        kind="rejection", name="fathom_cromarty_client_declined", lang="en",
        company="Cromarty Firth Ship Services", contact="euan.forsyth@fathomtalent.example.co.uk",
        frm="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>",
        subject="Cromarty Firth Ship Services - feedback",
        date="2026-05-08 12:44 +0100", alt="plain",
        rfc822=dict(
            frm="Alasdair Munro <alasdair.munro@cromartyfirth-ships.example.co.uk>",
            to="Euan Forsyth <euan.forsyth@fathomtalent.example.co.uk>",
            subject="RE: Candidate for berth planner - G. Morvan-Asante",
            date="2026-05-08 09:12 +0100",
            text="""Euan,

Thanks for sending Gwendal's details over. Good CV and an interesting story, but the
berth planner has to be productive in the Invergordon control room from the first week,
and we have two applicants who already work in port control. We won't be inviting him to
interview.

Happy to see more candidates from you for the deck roles.

Alasdair Munro
Port Services Manager, Cromarty Firth Ship Services
"""),
        text="""Hi Gwendal,

I had the call with the hiring manager at Cromarty Firth Ship Services this morning.

Sadly they've decided not to progress you to interview for the berth planning role. Their reasoning is that the job is largely about juggling rig-move windows in Invergordon and they want someone who has already sat in a port control room. I pushed back a bit on the value of twenty years at sea, but the brief is the brief.

Their note is attached so you can read it first-hand. It doesn't change anything on my side. I'm still very keen on your profile for the Buchan Subsea vacancy we spoke about - more on that shortly.

Cheers,
Euan

Euan Forsyth
Principal Consultant, Marine & Offshore
Fathom Talent Partners
14 Albyn Place, Aberdeen AB10 1YH
+44 1224 650 812 | +44 7700 900 415
""",
    ),
    dict(
        kind="rejection", name="bressay_ashby_filled_internally", lang="en",
        company="Bressay Subsea", contact="",
        frm="Bressay Subsea <no-reply@ashbyhq.com>",
        subject="Your application to Bressay Subsea",
        date="2026-06-18 15:27 +0100", alt="plain",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hello Gwendal,

Thanks for your interest in the Vessel Scheduling Analyst role at Bressay Subsea.

We wanted to let you know that this position has now been filled by a member of our existing team in Aberdeen, and the vacancy is closed. As a result, your application will not go any further.

We're grateful you took the time to apply and hope you'll consider us again.

Bressay Subsea Recruiting
(sent via Ashby)
""",
    ),
    dict(
        kind="rejection", name="scheldt_role_on_hold", lang="en",
        company="Scheldt Port Operations", contact="lotte.vermeulen@scheldtport.example.be",
        frm="Lotte Vermeulen <lotte.vermeulen@scheldtport.example.be>",
        subject="RE: Updated: Panel interview - Marine Operations Planner",
        date="2026-07-03 10:18 +0200", key="scheldt_rej", parent="scheldt_move", quote="outlook",
        alt="outlook",
        text="""Dear Gwendal,

I'm sorry to be writing with this after your panel interview.

Following the decision by our board last week to delay the opening of the new berth at the Deurganck dock, the Marine Operations Planner role has been put on hold and we will not proceed with any of the candidates we met. There is no fixed date for it to reopen.

I would like to stress that this is not a judgement of your interview, which the panel rated highly. If the role is revived, I will contact you before it is advertised again.

Kind regards,

Lotte Vermeulen
Talent Partner
Scheldt Port Operations
Haven 1120, Scheldelaan, 2040 Antwerp, Belgium
+32 3 545 18 20

This e-mail and any attachment are confidential and intended solely for the addressee. Scheldt Port Operations accepts no liability for the content of this e-mail or for the consequences of any actions taken on the basis of it.
""",
    ),
    dict(
        kind="rejection", name="north_isles_after_thank_you", lang="en",
        company="North Isles Ferries", contact="callum.reid@northisles-ferries.example.co.uk",
        frm="Callum Reid <callum.reid@northisles-ferries.example.co.uk>",
        subject="Re: Thank you - Fleet Planner interview",
        date="2026-08-07 09:41 +0100", key="ni_rej", parent="ni_thanks", quote="gmail",
        text="""Morning Gwendal,

Your note was much appreciated, and you're right that the Kirkwall turnaround question was a tough one.

We have now finished all the interviews, and I'm afraid we've offered the Fleet Planner job to another candidate. It was a close call; what tipped it was their experience with our crewing and rostering system, which we need from day one during the winter timetable.

I hope the move ashore works out soon for you, and I'd be happy to give you some feedback over the phone if that helps.

Best wishes,
Callum

Callum Reid
Head of Fleet Operations
North Isles Ferries
Jamieson's Quay, Aberdeen AB11 5NP
01224 589 140
""",
    ),
    dict(
        kind="rejection", name="dee_harbour_lever", lang="en",
        company="Dee Harbour Services", contact="",
        frm="Dee Harbour Services <no-reply@hire.lever.co>",
        subject="Dee Harbour Services - Assessment centre outcome",
        date="2026-08-26 14:05 +0100", alt="plain",
        text="""Dear Gwendal,

Thank you for your interest in the Harbour Operations Planner vacancy.

Having reviewed the outcome of the assessment centre process, the hiring team has concluded that your application will not be taken forward. We appreciate that this will be disappointing.

We wish you every success in your career.

Kind regards,
People Team, Dee Harbour Services

You received this email because you applied for a job at Dee Harbour Services via Lever.
""",
    ),
    dict(
        kind="rejection", name="scaldis_greenhouse_closer_match", lang="en",
        company="Scaldis Maritime Planning", contact="pieter.claes@scaldis-planning.example.be",
        frm="Pieter Claes via Greenhouse <no-reply@greenhouse-mail.io>",
        reply_to="Pieter Claes <pieter.claes@scaldis-planning.example.be>",
        subject="Your application for Voyage Planning Coordinator",
        date="2026-09-29 11:50 +0200", alt="plain",
        text="""Hi Gwendal,

Thank you for taking the time to speak with us about the Voyage Planning Coordinator role in Antwerp.

We have decided to move forward with candidates whose experience more closely matches the requirements of the position, in particular day-to-day work with charterers and port agents.

We appreciate your interest in Scaldis Maritime Planning and wish you the best of luck.

Pieter Claes
Operations Lead, Scaldis Maritime Planning
""",
    ),
    # ------------------------------------------------------------------ German (4)
    dict(
        kind="rejection", name="nordsee_personio_nach_gespraech", lang="de",
        company="Nordsee Windservice Bremerhaven", contact="frauke.janssen@nordsee-windservice.example.de",
        frm="Frauke Janßen <frauke.janssen@nordsee-windservice.example.de>",
        subject="Ihre Bewerbung als Disponent Offshore-Logistik (m/w/d)",
        date="2026-04-08 15:20 +0200", key="nordsee_rej", subj_enc="utf-8/Q",
        alt="plain",
        text="""Sehr geehrter Herr Morvan-Asante,

vielen Dank für das Gespräch am 31. März, das wir nach der Erkrankung von Herrn Ohlsen nachholen konnten.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für eine Bewerberin entschieden, die bereits als Disponentin für Crew-Transfer-Schiffe im Windpark gearbeitet hat und fließend Deutsch spricht, was für die Abstimmung mit unseren Technikerteams ausschlaggebend war.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren Wechsel an Land alles Gute.

Mit freundlichen Grüßen

Frauke Janßen
Personalreferentin
Nordsee Windservice Bremerhaven GmbH
Am Labradorhafen 7, 27568 Bremerhaven
Tel. +49 471 94 83 210

Nordsee Windservice Bremerhaven GmbH, Sitz Bremerhaven, Amtsgericht Bremen HRB 41287 HB, Geschäftsführer: Arne Rickmers
""",
    ),
    dict(
        kind="rejection", name="weserkaje_successfactors", lang="de",
        company="Weserkaje Logistik", contact="",
        frm="Weserkaje Logistik Karriere <weserkaje@successfactors.eu>",
        subject="Ihre Bewerbung bei Weserkaje Logistik - Hafenplaner (m/w/d)",
        date="2026-05-04 08:01 +0200",
        alt=("ats", "Weserkaje Logistik", "#004b87",
             "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."),
        headers=[("Auto-Submitted", "auto-generated")], cte="quoted-printable",
        text="""Sehr geehrter Herr Morvan-Asante,

wir bedanken uns für Ihr Interesse an einer Tätigkeit als Hafenplaner (m/w/d) in unserem Containerterminal.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Weserkaje Logistik
""",
    ),
    dict(
        kind="rejection", name="kaiserhafen_kurz", lang="de",
        company="Kaiserhafen Schlepp", contact="h.bruns@kaiserhafen-schlepp.example.de",
        frm="Heiko Bruns <h.bruns@kaiserhafen-schlepp.example.de>",
        subject="AW: Bewerbung Einsatzplanung",
        date="2026-05-15 07:12 +0200", charset="iso-8859-1", cte="8bit",
        text="""Moin Herr Morvan-Asante,

danke für die Unterlagen. Wir haben die Stelle in der Einsatzplanung schon vergeben, daher wird das nichts.

Gruß
Heiko Bruns
Kaiserhafen Schlepp, Kaiserhafen III, 27568 Bremerhaven
0471 30 99 18
""",
    ),
    dict(
        kind="rejection", name="hafenpersonal_columbuskaje_absage", lang="de",
        company="Columbuskaje Stauerei", contact="jens.wuebbena@hafenpersonal.example.de",
        frm="Jens Wübbena <jens.wuebbena@hafenpersonal.example.de>",
        name_enc="iso-8859-1/Q", subj_enc="iso-8859-1/B",
        subject="Rückmeldung Columbuskaje Stauerei",
        date="2026-06-29 16:44 +0200",
        text="""Hallo Herr Morvan-Asante,

die Columbuskaje Stauerei hat sich heute bei mir gemeldet. Die Kollegen dort möchten Sie nicht zum Gespräch einladen: Für die Schichtplanung der Stauer verlangen sie Erfahrung mit dem Hafenarbeitstarif und Deutsch auf Verhandlungsniveau.

Das ist schade, aber kein Beinbruch. Ich habe noch eine Reederei im Blick, für die Ihr Profil deutlich besser passt, und melde mich dazu in den nächsten Tagen.

Beste Grüße
Jens Wübbena
Personalberater Hafen & Logistik
Hafenpersonal Nord
Columbusstraße 2, 27570 Bremerhaven
Tel. 0471 48 20 77 / Mobil 0160 551 27 83
""",
    ),
    # ------------------------------------------------------------------ Spanish (4)
    dict(
        kind="rejection", name="portempleo_berbes_cliente_no", lang="es",
        company="Frigoríficos del Berbés", contact="uxia.pereira@portempleo.example.es",
        frm="Uxía Pereira <uxia.pereira@portempleo.example.es>",
        subject="Respuesta de Frigoríficos del Berbés",
        date="2026-06-05 13:30 +0200", key="porte_rej", parent="porte_inv",
        subj_enc="iso-8859-1/Q", charset="iso-8859-1",
        text="""Hola Gwendal:

Te escribo porque ya tengo la respuesta de Frigoríficos del Berbés después de tu entrevista del día 26.

El cliente ha decidido no seguir adelante contigo. Me comentan que les gustó mucho tu conocimiento de la flota y de la lonja, pero que el puesto de planificación de descargas exige un nivel de gallego y castellano más alto del que tienes ahora para tratar con los armadores cada mañana.

Sigo con tu candidatura activa en la agencia y te aviso en cuanto tenga otra posición en el puerto.

Un saludo,
Uxía Pereira
Consultora de selección - Portempleo Galicia
Rúa do Areal 88, 36201 Vigo
986 44 21 07
""",
    ),
    dict(
        kind="rejection", name="navieira_cies_agradecimiento_citado", lang="es",
        company="Navieira Cíes", contact="brais.otero@navieira-cies.example.es",
        frm="Brais Otero <brais.otero@navieira-cies.example.es>",
        subject="Re: Thank you for the interview",
        date="2026-07-22 10:08 +0200", key="cies_rej", parent="cies_inv",
        text="""Hola Gwendal:

Gracias por tu mensaje, muy amable. Te contesto en castellano, que sé que lo lees bien.

Hemos terminado las entrevistas para el puesto de coordinador de operaciones de la línea a las Cíes y la decisión ha sido contratar a una persona de la casa que lleva años en la taquilla de la estación marítima. Tu candidatura no sigue adelante, aunque quedó en muy buen lugar.

Te deseo mucha suerte en la búsqueda.

Brais Otero
Jefe de operaciones
Navieira Cíes - Estación Marítima de Ría, 36202 Vigo
Tel. 986 22 52 72
""" + gmail_quote("es", "2026-07-17 19:40 +0200", "Gwendal Morvan-Asante",
                  "gwendal.ma@example.fr", """Dear Brais,

Thank you for the interview on Thursday and for the tour of the ticket office and the
pontoon. I enjoyed discussing how the summer quota for the islands is planned, and I
remain very interested in the coordinator role.

Best regards,
Gwendal"""),
    ),
    dict(
        kind="rejection", name="bouzas_formal", lang="es",
        company="Terminales Bouzas Logística", contact="",
        frm="Terminales Bouzas Logística <noreply@workablemail.com>",
        subject="Proceso de selección: Planificador/a de patio y atraques",
        date="2026-09-01 09:00 +0200", alt="plain", cte="base64",
        text="""Estimado Gwendal:

Le agradecemos su participación en el proceso de selección para el puesto de Planificador/a de patio y atraques en nuestra terminal de Bouzas.

Lamentamos comunicarle que, tras valorar todas las candidaturas, hemos optado por otros perfiles cuya trayectoria se ajusta mejor a las necesidades actuales del puesto.

Conservaremos su currículum, con su consentimiento, para futuras vacantes.

Atentamente,
Departamento de Personas
Terminales Bouzas Logística
""",
    ),
    dict(
        kind="rejection", name="teis_coloquial", lang="es",
        company="Consignataria Teis", contact="xoan.vidal@consignatariateis.example.es",
        frm="Xoán Vidal <xoan.vidal@consignatariateis.example.es>",
        subject="lo del puesto de operaciones",
        date="2026-10-02 20:15 +0200",
        text="""Buenas Gwendal,

Te escribo rápido porque te lo debía: al final no sale lo del puesto de operaciones. Mi jefe quiere a alguien que ya haya llevado escalas de portacontenedores y yo no he podido convencerle de otra cosa.

Me sabe mal, de verdad. Si me entero de algo en el puerto te lo paso.

Un abrazo,
Xoán

Xoán Vidal - Consignataria Teis
Avda. de Beiramar 51, 36208 Vigo - 655 31 08 92
""",
    ),
]
