# ruff: noqa: C408
# (each message is a dict(...) spec; the keyword form reads best)
"""Corpus 288, rejections: 31 hand-written messages (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from msgs288_common import CANDIDATE_ASCII, outlook_reply, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ French

add(dict(
    slug="restaurelle_filled_internally", key="t2_filled", parent="t2_cancel",
    kind="rejection", lang="fr", company="Groupe Restaurelle", contact="m.garnier@restaurelle.example.fr",
    frm="Mathieu Garnier <m.garnier@restaurelle.example.fr>",
    subject="Re: Annulation de l'entretien du 3 février – poste d'animatrice qualité",
    date="2026-02-20 11:37",
    text=reply(
        """Bonjour Madame Delacroix-Mensah,

Je reviens vers vous comme promis. La direction régionale a finalement confié le poste d'animatrice qualité hygiène à une collègue de notre site de Châtellerault, qui en assurait déjà l'intérim depuis l'automne. Le recrutement externe est donc clos et nous n'irons pas plus loin avec votre candidature.

Je sais que vous attendiez une nouvelle date d'entretien : je suis désolé que cela se termine ainsi, d'autant que votre expérience en cuisine scolaire avait retenu l'attention du jury.

Bien à vous,

Mathieu Garnier
Chargé de recrutement – Groupe Restaurelle
12 rue des Carmes, 86000 Poitiers
05 49 61 22 70""",
        "fr", "ven. 30 janv. 2026 à 16:02", "Mathieu Garnier <m.garnier@restaurelle.example.fr>",
        """Bonjour Madame,

Je suis contraint d'annuler l'entretien prévu le mardi 3 février à 9h30 : deux membres du jury sont mobilisés sur un audit client. Nous ne remettons pas en cause votre candidature et reviendrons vers vous pour convenir d'une nouvelle date.

Mathieu Garnier"""),
))

add(dict(
    slug="certinor_after_interview_greenhouse", key="t4_no", parent="t4_thanks",
    kind="rejection", lang="fr", company="Certinor", contact="jeanne.roux@certinor.example.fr",
    frm="Jeanne Roux via Greenhouse <no-reply@greenhouse-mail.io>",
    reply_to="Jeanne Roux <jeanne.roux@certinor.example.fr>",
    subject="Votre candidature chez Certinor – Auditeur·rice junior sécurité des aliments",
    date="2026-05-06 17:20", form="alt",
    look=("ats", "Certinor", "#0f4c5c", "Ce message vous a été envoyé via Greenhouse pour le compte de Certinor."),
    text=reply(
        """Bonjour Anaïs,

Merci pour votre message chaleureux après nos échanges du 28 avril, et merci encore d'avoir pris le temps de venir à Clermont.

Après une dernière réunion avec Pierre et l'équipe audit, nous avons retenu une personne qui a déjà mené des audits IFS en autonomie ; c'était, pour ce premier poste, le point qui a fait la différence. Votre candidature ne sera donc pas retenue pour ce recrutement.

Votre parcours en restauration collective est rare chez nos auditeurs, et je me permettrai de vous recontacter si une mission orientée restauration s'ouvre l'an prochain.

Bien cordialement,
Jeanne Roux
Talent Acquisition, Certinor""",
        "fr", "mer. 29 avr. 2026 à 18:42", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Bonjour Jeanne,

Merci beaucoup pour l'entretien d'hier et pour la visite du laboratoire. J'ai particulièrement apprécié l'échange avec Pierre sur la préparation des audits de cuisines centrales. Je reste très motivée par le poste et disponible pour toute étape suivante.

Bien à vous,
Anaïs"""),
))

add(dict(
    slug="biocontrole_terse", key="t3_no", parent="t3_sorry",
    kind="rejection", lang="fr", company="Biocontrôle Centre", contact="s.maury@biocontrole-centre.example.fr",
    frm="Sandrine Maury <s.maury@biocontrole-centre.example.fr>",
    subject="RE: Désolée pour ce matin - technicienne hygiène alimentaire",
    subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
    date="2026-03-20 08:05", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

Pas de souci pour l'autre jour. En revanche le poste est pourvu depuis hier, je clos donc votre dossier de notre côté.

Bonne continuation,
S. Maury
Biocontrôle Centre - Poitiers
""",
))

add(dict(
    slug="hestia_relays_conserverie", key="t12_client_no", parent="t12_client_iv",
    kind="rejection", lang="fr", company="Conserverie Océane", contact="o.castaing@hestia-recrutement.example.fr",
    frm="Olivier Castaing <o.castaing@hestia-recrutement.example.fr>",
    subject="Conserverie Océane : leur retour après votre rencontre",
    date="2026-06-24 18:46", form="alt", look="simple",
    text="""Bonsoir Anaïs,

J'ai eu ce soir la directrice industrielle de la Conserverie Océane au téléphone. Elle a apprécié votre rigueur et votre façon de parler des plans de nettoyage, mais ils ont choisi de finaliser avec l'autre candidate finaliste, qui a déjà travaillé sur une ligne d'appertisation. Ils ne donneront donc pas suite pour vous.

Je sais que c'est frustrant après deux rendez-vous. Votre dossier reste actif chez nous : j'ai deux missions qualité en Gironde qui pourraient démarrer à la rentrée, je vous en parle dès que j'ai le feu vert.

Olivier Castaing
Consultant senior – Agroalimentaire & Restauration
Hestia Recrutement
41 cours de l'Intendance, 33000 Bordeaux
Tél. 05 56 44 80 12 – Mob. 06 12 90 33 47

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. Hestia Recrutement décline toute responsabilité quant au contenu des messages non sollicités.
""",
))

add(dict(
    slug="tempora_unnamed_client_declines",
    kind="rejection", lang="fr", company="Tempora Intérim", contact="y.legoff@tempora-interim.example.fr",
    frm="Yann Le Goff – Tempora Tours <y.legoff@tempora-interim.example.fr>",
    subject="Mission contrôle qualité près de Tours",
    date="2026-05-22 12:14", charset="windows-1252", cte="8bit",
    text="""Bonjour Anaïs,

Retour rapide sur la mission de contrôleuse qualité que je vous avais présentée lundi : l’entreprise utilisatrice a préféré garder quelqu’un de son équipe de nuit, qui connaît déjà leurs lignes. Ce ne sera pas pour cette fois, désolé.

Je garde votre profil en tête pour les prochaines demandes de nos clients agroalimentaires du secteur, il y en a régulièrement au printemps.

Yann Le Goff
Chargé de recrutement – Agence Tempora Tours
18 boulevard Heurteloup, 37000 Tours
02 47 05 63 19
""",
))

add(dict(
    slug="sodalis_workday_formal",
    kind="rejection", lang="fr", company="Groupe Sodalis Restauration", contact="",
    frm="Groupe Sodalis Restauration <sodalis@myworkday.com>",
    subject="Mise à jour de votre candidature – Responsable hygiène et sécurité alimentaire (R-20417)",
    date="2026-01-28 06:02", zone="utc", form="html",
    look=("ats", "Groupe Sodalis Restauration", "#7a1f2b",
           "Ceci est un message automatique, merci de ne pas y répondre. Gérer mes données : https://sodalis.wd3.myworkday.com/sodalis/privacy"),
    text="""Madame Delacroix-Mensah,

Nous vous remercions pour l'intérêt porté au poste de Responsable hygiène et sécurité alimentaire (réf. R-20417) basé à Bordeaux-Mérignac.

Après examen attentif de l'ensemble des dossiers reçus, nous sommes au regret de vous informer que votre profil n'a pas été sélectionné pour la suite du processus.

Vos informations restent accessibles dans votre espace candidat : https://sodalis.wd3.myworkday.com/sodalis/d/home.htmld

L'équipe Recrutement
Groupe Sodalis Restauration""",
))

add(dict(
    slug="clinique_valdeloire_closer_profiles", key="t35_soft", parent="t35_waited",
    kind="rejection", lang="fr", company="Clinique du Val de Loire", contact="drh@clinique-valdeloire.example.fr",
    frm="Service RH - Clinique du Val de Loire <drh@clinique-valdeloire.example.fr>",
    subject="Votre candidature au poste de technicienne qualité restauration",
    date="2026-07-30 15:48", form="alt", look="outlook", charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Faisant suite à nos derniers échanges, nous avons poursuivi le processus de recrutement pour le poste de technicienne qualité restauration.

Nous avons finalement décidé d’avancer avec des candidatures dont le parcours correspond davantage à l’environnement hospitalier et à la gestion des régimes thérapeutiques. Nous ne pourrons donc pas vous proposer de nouvel entretien.

Nous vous souhaitons pleine réussite dans votre projet de reconversion.

Service des Ressources Humaines
Clinique du Val de Loire – 5 allée des Tanneurs – 37100 Tours
Standard : 02 47 88 10 00
""",
))

add(dict(
    slug="auvergne_tradition_on_hold",
    kind="rejection", lang="fr", company="Charcuteries Auvergne Tradition", contact="n.chabrier@auvergne-tradition.example.fr",
    frm="Nathalie Chabrier <n.chabrier@auvergne-tradition.example.fr>",
    subject="Poste d'auditrice interne – gel du recrutement",
    subj_enc=("utf-8", "B"), date="2026-03-27 10:21", cte="8bit",
    text="""Bonjour Madame Delacroix-Mensah,

Je dois malheureusement vous annoncer que le poste d'auditrice interne HACCP sur notre site de Thiers est gelé jusqu'à nouvel ordre : le projet d'extension de l'atelier de salaison est repoussé à 2027 et la direction a suspendu les embauches qui y étaient liées.

Nous arrêtons donc le processus à ce stade, pour vous comme pour les autres personnes rencontrées. Si le poste est rouvert, nous reprendrons d'abord contact avec les candidats déjà vus.

Avec toutes nos excuses pour ce contretemps,

Nathalie Chabrier
Responsable Ressources Humaines
Charcuteries Auvergne Tradition
ZA des Molles – 63300 Thiers
04 73 80 27 51
""",
))

add(dict(
    slug="garonne_traiteur_casual",
    kind="rejection", lang="fr", company="Traiteur Garonne Événements", contact="fabrice@garonne-traiteur.example.fr",
    frm="Fabrice Dulau <fabrice@garonne-traiteur.example.fr>",
    subject="ton dossier pour le poste qualité",
    date="2026-08-31 22:10",
    text="""Salut Anaïs,

Bon, je préfère te le dire moi-même plutôt que de laisser traîner : on a pris Mélanie pour le poste qualité. Elle était déjà en extra chez nous tout l'été, les associés ont voulu jouer la sécurité.

Franchement ton CV était top et ça m'embête, mais voilà. Si tu passes par Bordeaux on se fait un café, et je fais tourner ton nom chez les collègues traiteurs.

Fab
""",
))

add(dict(
    slug="mauvedumont_teamtailor", key="t24_no", parent="t24_ack",
    kind="rejection", lang="fr", company="Chocolaterie Mauve-Dumont", contact="",
    frm="Chocolaterie Mauve-Dumont <no-reply@teamtailor-mail.com>",
    subject="Chocolaterie Mauve-Dumont – réponse à votre candidature",
    subj_enc=("utf-8", "B"), date="2026-10-14 09:30", form="alt",
    look=("ats", "Chocolaterie Mauve-Dumont", "#5b3a29", "Envoyé avec Teamtailor · Se désinscrire du vivier : https://mauvedumont.teamtailor.com/connect/unsubscribe"),
    text="""Bonjour Anaïs,

Un grand merci de vous être intéressée au poste de Coordinatrice sécurité alimentaire dans notre atelier d'Anderlecht.

Nous avons reçu beaucoup de candidatures très solides. Cette fois, nous avons choisi de poursuivre avec d'autres profils et votre parcours s'arrête ici pour ce poste.

Nous serions ravis de vous retrouver lors d'une prochaine ouverture : nos offres sont publiées sur https://mauvedumont.teamtailor.com/jobs

Chaleureusement,
L'équipe Mauve-Dumont""",
))

add(dict(
    slug="viandes_poitou_post_cancelled", key="t25_cancelled", parent="t25_ack",
    kind="rejection", lang="fr", company="Viandes du Poitou", contact="c.moreau@viandes-poitou.example.fr",
    frm="Claire Moreau <c.moreau@viandes-poitou.example.fr>",
    subject="Réf. VP-2026-031 - suppression du poste de responsable HACCP",
    subj_enc=("iso-8859-1", "B"), date="2026-04-16 14:55",
    text="""Madame,

Vous avez postulé en mars au poste de responsable HACCP de notre abattoir de Bressuire (réf. VP-2026-031).

Dans le cadre de la réorganisation de nos sites annoncée la semaine dernière, ce poste est supprimé : les missions HACCP seront reprises par le service qualité du groupe à Niort. Le recrutement est en conséquence annulé et aucune candidature, la vôtre comprise, ne sera poursuivie.

Nous vous remercions de votre compréhension.

Claire Moreau
Assistante RH – Viandes du Poitou
Route de Parthenay, 79300 Bressuire

--
AVERTISSEMENT : ce courriel et ses éventuelles pièces jointes sont établis à l'intention exclusive de leur destinataire et sont confidentiels. Toute diffusion ou utilisation non autorisée est interdite. Toute modification, édition, utilisation ou diffusion non autorisée est interdite. L'intégrité de ce message n'étant pas assurée sur Internet, Viandes du Poitou ne peut être tenue responsable de son contenu.
""",
))

add(dict(
    slug="bqac_outlook_after_assessment", key="t27_no", parent="t27_ac",
    kind="rejection", lang="fr", company="Bureau Qualité Alimentaire du Centre", contact="l.perrin@bqac.example.fr",
    frm="Laurence Perrin <l.perrin@bqac.example.fr>",
    subject="RE: Convocation – journée d'évaluation auditeurs du 24 juin",
    date="2026-07-03 16:31", form="alt", look="outlook", cte="quoted-printable",
    text=outlook_reply(
        """Madame Delacroix-Mensah,

Merci pour votre participation à la journée d'évaluation du 24 juin. Vos résultats à l'épreuve écrite sur le Paquet hygiène étaient bons, mais la mise en situation d'audit n'a pas atteint le niveau attendu pour une prise de poste sans tutorat, condition de ce recrutement.

Nous ne retenons donc pas votre candidature. Si vous le souhaitez, je peux vous faire un retour détaillé par téléphone la semaine prochaine.

Cordialement,

Laurence Perrin
Responsable du pôle audit
Bureau Qualité Alimentaire du Centre – 9 rue Néricault-Destouches – 37000 Tours
Tél. : 02 47 61 39 04""",
        "fr", "Laurence Perrin", "mardi 16 juin 2026 10:12", "Anaïs Delacroix-Mensah",
        "Convocation – journée d'évaluation auditeurs du 24 juin",
        """Madame,

Nous avons le plaisir de vous convier à notre journée d'évaluation le mercredi 24 juin, de 9h à 16h30, dans nos locaux de Tours. Au programme : épreuve écrite, mise en situation d'audit dans une cuisine pédagogique et entretien final avec le jury.

Merci de confirmer votre présence.

Laurence Perrin"""),
))

add(dict(
    slug="agrolab_long_chain", key="t16_no", parent="t16_invite",
    kind="rejection", lang="fr", company="AgroLab Bruxelles", contact="pieter.vandamme@agrolab-bxl.example.be",
    frm="Pieter Van Damme <pieter.vandamme@agrolab-bxl.example.be>",
    subject="Re: Re: Entretien technicien·ne prélèvements – AgroLab",
    date="2026-03-20 13:02", charset="iso-8859-1", cte="8bit",
    text=reply(
        """Bonjour Anaïs,

Désolé pour le délai, nous attendions la validation budgétaire. Nous avons finalement retenu un candidat qui a déjà l'habilitation pour les prélèvements officiels en Région bruxelloise ; pour vous, nous n'irons donc pas plus loin.

Merci encore pour votre venue à Anderlecht et pour votre patience.

Pieter Van Damme
Chef de laboratoire - Microbiologie alimentaire
AgroLab Bruxelles - Rue des Vétérinaires 44 - 1070 Anderlecht
+32 2 520 41 77
""",
        "fr", "lun. 16 mars 2026 à 08:47", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        reply(
            """Bonjour Monsieur Van Damme,

Je me permets de revenir vers vous après notre entretien du 26 février. Avez-vous pu avancer dans votre décision ? Je reste très intéressée par le poste.

Bien cordialement,
Anaïs Delacroix-Mensah""",
            "fr", "lun. 16 févr. 2026 à 11:20", "Pieter Van Damme <pieter.vandamme@agrolab-bxl.example.be>",
            """Bonjour Madame,

Je vous propose un entretien le jeudi 26 février à 14h au laboratoire, avec notre responsable qualité. Prévoyez environ une heure, visite des salles de prélèvement comprise. L'invitation suit par agenda.

Pieter Van Damme""")),
))

add(dict(
    slug="talentis_relays_vanderstraeten",
    kind="rejection", lang="fr", company="Pâtisseries Vanderstraeten", contact="elise.dubois@talentis.example.be",
    frm="Talentis Interim Bruxelles <bruxelles@talentis.example.be>",
    reply_to="Élise Dubois <elise.dubois@talentis.example.be>",
    subject="Votre candidature chez Pâtisseries Vanderstraeten",
    name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q"),
    date="2026-09-25 16:40", form="alt", look="simple",
    text="""Bonjour Madame Delacroix-Mensah,

Je vous transmets la décision de Pâtisseries Vanderstraeten pour le poste d'assistante qualité à Forest : le client ne souhaite pas avancer avec votre candidature. Ils cherchent finalement quelqu'un qui parle couramment néerlandais, les audits fournisseurs se faisant surtout en Flandre.

Je sais que ce critère n'apparaissait pas dans l'annonce initiale, j'en suis navrée. Vous pouvez me répondre directement à mon adresse si vous voulez qu'on regarde ensemble d'autres postes.

Élise Dubois
Consultante – Talentis Interim
Boulevard Anspach 112, 1000 Bruxelles
+32 2 511 09 64
""",
))

add(dict(
    slug="cuisine_centrale_letter_pdf", key="t26_no", parent="t26_cv",
    kind="rejection", lang="fr", company="Cuisine Centrale Limoges Métropole", contact="recrutement.cuisine@cuisine-centrale.example.fr",
    frm="Recrutement Cuisine Centrale <recrutement.cuisine@cuisine-centrale.example.fr>",
    subject="Réponse à votre candidature – référente qualité",
    date="2026-02-04 09:12",
    text="""Madame,

Vous trouverez ci-joint le courrier de réponse concernant votre candidature au poste de référente qualité de la Cuisine Centrale.

En résumé : le jury a donné la priorité à une candidature interne et votre candidature n'a pas été retenue. Le courrier précise vos droits concernant la conservation de votre dossier.

Le service Recrutement
Cuisine Centrale Limoges Métropole
""",
    pdfs=[dict(name="reponse_candidature_referente_qualite.pdf",
               title="Cuisine Centrale Limoges Metropole - Service Recrutement",
               lines=["Limoges, le 4 fevrier 2026", "",
                      "Objet : votre candidature au poste de referente qualite", "",
                      "Madame,", "Le jury reuni le 2 fevrier a retenu une candidature interne.",
                      "Nous ne sommes donc pas en mesure de donner une suite favorable",
                      "a votre demande. Votre dossier sera conserve deux ans sauf",
                      "opposition de votre part.", "", "Le Directeur"])],
))

# ------------------------------------------------------------------ English

add(dict(
    slug="munster_fss_not_progressing", key="t6_no", parent="t6_missed",
    kind="rejection", lang="en", company="Munster Food Safety Services", contact="declan.hurley@munsterfss.example.ie",
    frm="Declan Hurley <declan.hurley@munsterfss.example.ie>",
    subject="Re: Missed call on Thursday – Trainee Auditor",
    date="2026-06-19 15:22", zone="ie",
    text=reply(
        """Hi Anaïs,

Thanks for explaining what happened with the phone on Thursday, these things happen.

In the meantime we've closed the trainee auditor shortlist, and I'm afraid we won't be progressing your application this round. We had a strong pool of candidates already based in Munster and able to start in July.

All the best with the move,
Declan

Declan Hurley | Operations Lead
Munster Food Safety Services
Unit 4, Kinsale Road Business Park, Cork T12 X9Y2
+353 21 496 3310""",
        "en", "Fri, 12 Jun 2026 at 09:14", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Dear Declan,

I'm so sorry about yesterday's screening call. My phone was on silent during a canteen inspection and I only saw your two missed calls afterwards. Would you be able to offer another slot?

Kind regards,
Anaïs"""),
))

add(dict(
    slug="shandon_client_passes", key="t13_no", parent="t13_moved",
    kind="rejection", lang="en", company="Shandon Recruitment", contact="niamh.osullivan@shandonrecruit.example.ie",
    frm="Niamh O'Sullivan <niamh.osullivan@shandonrecruit.example.ie>",
    subject="RE: Following up – QA role (client interview 21 July)",
    date="2026-08-04 10:05", zone="ie",
    text=outlook_reply(
        """Hi Anaïs,

Apologies for the radio silence, I was off for a week. I've now heard back from my client and unfortunately they've decided to pass on your profile for the QA Technician role. Their feedback was positive on your HACCP knowledge, but they want someone who has worked under BRCGS in a manufacturing plant.

I know that's disappointing. I'll keep you on my list for catering and healthcare roles, where your background is a better fit.

Niamh

Niamh O'Sullivan
Senior Consultant – Food & FMCG
Shandon Recruitment | 17 South Mall, Cork
+353 21 427 8840""",
        "en", "Anaïs Delacroix-Mensah <anais.dm@example.fr>", "Tuesday, July 28, 2026 8:15 PM",
        "Niamh O'Sullivan", "Following up – QA role (client interview 21 July)",
        """Hi Niamh,

I hope you're well. I wanted to follow up on the interview with your client on 21 July. I enjoyed meeting the quality manager and would be glad to hear about any next steps.

Best regards,
Anaïs"""),
))

add(dict(
    slug="northgate_greenhouse_formal", key="t30_no", parent="t30_ack",
    kind="rejection", lang="en", company="Northgate Catering Group", contact="",
    frm="Northgate Catering Group <no-reply@greenhouse-mail.io>",
    subject="Your application to Northgate Catering Group",
    date="2026-02-11 14:00", zone="utc", form="html",
    look=("ats", "Northgate Catering Group", "#2d6a4f", "Powered by Greenhouse. Please do not reply to this email."),
    text="""Dear Anaïs,

Thank you for applying for the Food Safety & Hygiene Auditor (Bordeaux region) position at Northgate Catering Group.

We have now reviewed your application carefully. On this occasion we have decided not to take your application further, and we have informed the hiring team accordingly.

We encourage you to keep an eye on https://boards.greenhouse.io/northgatecatering for future opportunities.

Kind regards,
Northgate Talent Team""",
))

add(dict(
    slug="cork_harbour_on_hold", key="t19_hold", parent="t19_chat",
    kind="rejection", lang="en", company="Cork Harbour Seafoods", contact="gavin.murphy@corkharbourseafoods.example.ie",
    frm="Gavin Murphy <gavin.murphy@corkharbourseafoods.example.ie>",
    subject="Hygiene supervisor role – update",
    date="2026-06-10 17:48", zone="ie",
    text="""Hi Anaïs,

Sorry to be the bearer of bad news. After our chat last week, head office told us the hygiene supervisor role is on hold until the new processing hall gets its planning decision, which could be next year. So we won't be proceeding with any candidates for now, you included.

If it comes back I'll contact you first. You made a good impression.

Gavin Murphy
Operations Manager, Cork Harbour Seafoods
Ringaskiddy, Co. Cork | +353 21 437 1190
""",
))

add(dict(
    slug="mercy_south_icims", key="t31_no", parent="t31_ack",
    kind="rejection", lang="en", company="Mercy South Hospital", contact="",
    frm="Mercy South Hospital Careers <mercysouth-careers@icims.com>",
    subject="Catering Quality Officer (Req 4471) – application status",
    date="2026-04-28 07:30", zone="ie", form="alt",
    look=("ats", "Mercy South Hospital – Careers", "#004b87", "This is an automated message from our iCIMS careers portal. Replies to this address are not monitored."),
    text="""Dear Anais,

Thank you for your interest in the Catering Quality Officer role (Req 4471) at Mercy South Hospital.

We have decided to move forward with candidates whose experience more closely matches the requirements of this position, in particular recent experience in an acute hospital kitchen.

Your profile will remain in our talent community, and you can review other vacancies at https://careers-mercysouth.icims.com

Kind regards,
Human Resources Department
Mercy South Hospital, Cork""",
    to=CANDIDATE_ASCII,
))

add(dict(
    slug="aurelis_after_interview_quote", key="t18_no", parent="t18_thanks",
    kind="rejection", lang="en", company="Aurelis Certification International", contact="rachel.whitfield@aurelis-cert.example.com",
    frm="Rachel Whitfield <rachel.whitfield@aurelis-cert.example.com>",
    subject="Re: Thank you – Food Safety Auditor panel",
    date="2026-04-09 12:40", zone="ie", cte="base64",
    text=reply(
        """Dear Anaïs,

Thank you for your kind note, and for the time you gave us last week.

The panel met yesterday. It was a close decision, but we have offered the Cork-based auditor position to a candidate who already holds a lead auditor qualification for ISO 22000, which the client portfolio in Munster requires from day one. I'm sorry this isn't better news.

If you complete the lead auditor course you mentioned, please do get back in touch.

Warm regards,
Rachel Whitfield
Talent Partner, Aurelis Certification International
Cork | Brussels | Lyon""",
        "en", "Thu, 2 Apr 2026 at 19:05", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Dear Rachel,

Thank you to you and the panel for this afternoon's interview. I particularly enjoyed the case study on the frozen-dessert supplier; it confirmed how much I want to work on audits. I look forward to hearing from you.

Best wishes,
Anaïs"""),
))

add(dict(
    slug="blarney_terse",
    kind="rejection", lang="en", company="Blarney Bakehouse", contact="ciaran@blarneybakehouse.example.ie",
    frm="Ciaran Walsh <ciaran@blarneybakehouse.example.ie>",
    subject="Quality role",
    date="2026-07-17 19:55", zone="ie",
    text="""Anais,

Thanks for coming out to see the bakery. We're going a different way with the quality role so it's a no from us, sorry.

Ciaran
""",
))

add(dict(
    slug="kestrel_ashby_internal", key="t21_filled", parent="t21_rescheduled",
    kind="rejection", lang="en", company="Kestrel Foods", contact="",
    frm="Kestrel Foods Recruiting <no-reply@ashbyhq.com>",
    subject="An update on the Food Safety Coordinator role",
    date="2026-03-05 16:10", zone="ie", form="alt",
    look=("ats", "Kestrel Foods", "#e07a1f", "Sent via Ashby on behalf of Kestrel Foods."),
    text="""Hi Anaïs,

We wanted to let you know that the Food Safety Coordinator position has now been filled by a colleague from our Mallow site who applied through our internal mobility programme.

As a result we've closed the external search, and your application will not move to the next stage. We're grateful you took the time to speak with us.

Best,
The Kestrel Foods Talent Team""",
))

# ------------------------------------------------------------------ German

add(dict(
    slug="feldberg_personio_absage", key="t7_no", parent="t7_moved",
    kind="rejection", lang="de", company="Schwarzwaldmolkerei Feldberg", contact="k.vogt@feldberg-molkerei.example.de",
    frm="Schwarzwaldmolkerei Feldberg <noreply@personio.de>",
    reply_to="Katrin Vogt <k.vogt@feldberg-molkerei.example.de>",
    subject="Ihre Bewerbung als Qualitätsauditorin (m/w/d)",
    subj_enc=("iso-8859-1", "Q"), date="2026-07-08 10:45", form="alt",
    look=("ats", "Schwarzwaldmolkerei Feldberg", "#2a6f97", "Diese Nachricht wurde über Personio versendet. Antworten gehen an Katrin Vogt."),
    text="""Sehr geehrte Frau Delacroix-Mensah,

vielen Dank für das angenehme Gespräch am 29. Juni und Ihr Interesse an unserer Molkerei.

Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin entschieden, die bereits Erfahrung mit Audits nach IFS Food in einem milchverarbeitenden Betrieb mitbringt. Wir können Ihnen die Stelle daher nicht anbieten.

Für Ihren weiteren Weg in die Lebensmittelsicherheit wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Katrin Vogt
Personalreferentin
Schwarzwaldmolkerei Feldberg · Am Seebuck 3 · 79868 Feldberg""",
))

add(dict(
    slug="lml_breisgau_kurz", key="t33_no", parent="t33_waited",
    kind="rejection", lang="de", company="LebensmittelLabor Breisgau", contact="m.hauser@lml-breisgau.example.de",
    frm="Markus Hauser <m.hauser@lml-breisgau.example.de>",
    subject="AW: Vorstellungsgespräch am 24.02. - Entschuldigung",
    subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
    date="2026-03-03 08:50", charset="iso-8859-1", cte="quoted-printable",
    text=reply(
        """Guten Morgen Frau Delacroix-Mensah,

danke für Ihre Nachricht. Wir haben die Stelle inzwischen anderweitig besetzt und holen kein weiteres Gespräch nach.

Gruß
M. Hauser
LebensmittelLabor Breisgau, Probenannahme""",
        "de", "Mi., 25. Feb. 2026 um 07:31", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Sehr geehrter Herr Hauser,

es tut mir sehr leid, dass ich gestern nicht im Teams-Meeting war. Die Einladung ist in meinem Spam-Ordner gelandet. Wäre ein neuer Termin für das Vorstellungsgespräch möglich?

Mit freundlichen Grüßen
Anaïs Delacroix-Mensah"""),
))

add(dict(
    slug="pp_oberrhein_relays_kaiserstuhl", key="t20_client_no", parent="t20_client_iv",
    kind="rejection", lang="de", company="Kaiserstuhl Backwaren", contact="j.ketterer@pp-oberrhein.example.de",
    frm="Jan Ketterer <j.ketterer@pp-oberrhein.example.de>",
    subject="Rückmeldung von Kaiserstuhl Backwaren",
    subj_enc=("utf-8", "Q"), date="2026-05-11 13:25", cte="base64",
    text="""Hallo Frau Delacroix-Mensah,

ich habe heute mit der Produktionsleitung von Kaiserstuhl Backwaren telefoniert. Sie fanden das Gespräch mit Ihnen sympathisch, haben sich aber gegen eine Einstellung entschieden: Für die Hygienebeauftragte im Schichtbetrieb wollen sie jemanden mit fließendem Deutsch auch in der Schulung der Mitarbeitenden.

Ich verstehe, dass das enttäuschend ist. Ihre Sprachkenntnisse werden sich schnell verbessern, und ich melde mich, sobald ich eine Stelle in einem zweisprachigen Umfeld habe.

Viele Grüße
Jan Ketterer
Personalberater Lebensmittel & Gastronomie

Personalpartner Oberrhein GmbH · Bertoldstraße 18 · 79098 Freiburg im Breisgau
Tel. +49 761 380 55 21
Geschäftsführer: Thomas Rieder · Amtsgericht Freiburg HRB 712345

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
))

add(dict(
    slug="dreisam_successfactors_on_hold", key="t23_hold", parent="t23_unreachable",
    kind="rejection", lang="de", company="Klinikum Dreisam", contact="",
    frm="Klinikum Dreisam Karriere <klinikumdreisam@successfactors.eu>",
    subject="Stelle Hygienefachkraft Speisenversorgung – Stand Ihrer Bewerbung",
    date="2026-09-15 06:15", zone="utc", form="html",
    look=("ats", "Klinikum Dreisam · Karriere", "#00665e", "Automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."),
    text="""Sehr geehrte Frau Delacroix-Mensah,

wir möchten Sie darüber informieren, dass die Besetzung der Stelle Hygienefachkraft Speisenversorgung (Kennziffer 2026-118) bis auf Weiteres ausgesetzt wird. Grund ist die geplante Übertragung der Patientenverpflegung an einen externen Dienstleister.

Das Auswahlverfahren wird daher nicht fortgesetzt. Sie müssen nichts weiter unternehmen; Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Ihr Recruiting-Team
Klinikum Dreisam""",
))

# ------------------------------------------------------------------ Spanish

add(dict(
    slug="conservas_ebro_after_interview", key="t9_no", parent="t9_moved",
    kind="rejection", lang="es", company="Conservas del Ebro", contact="lucia.gracia@conservasdelebro.example.es",
    frm="Lucía Gracia Pérez <lucia.gracia@conservasdelebro.example.es>",
    subject="Re: Gracias por la entrevista",
    date="2026-09-09 13:15", charset="windows-1252", cte="quoted-printable",
    text=reply(
        """Hola Anaïs:

Gracias a ti por venir hasta Zaragoza y por tu mensaje tan amable.

Te escribo para contarte que hemos cerrado el proceso de técnica de calidad con otra candidata, que ya conocía nuestras líneas de esterilización. Ha sido una decisión ajustada y tu perfil nos gustó mucho, pero esta vez no podemos ofrecerte el puesto.

Te deseo mucha suerte en la búsqueda. Si se abre algo en el laboratorio de planta, te avisaré.

Un abrazo,
Lucía Gracia Pérez
Responsable de Personas – Conservas del Ebro
Polígono Malpica, calle E 21 · 50016 Zaragoza · 976 57 30 12""",
        "es", "jue, 27 ago 2026 a las 18:30", "Anaïs Delacroix-Mensah (<anais.dm@example.fr>)",
        """Hola Lucía:

Muchas gracias por la entrevista de esta mañana y por la visita a la planta. Me ha encantado conocer al equipo de calidad y entender cómo trabajáis los APPCC de cada línea. Sigo muy interesada en el puesto.

Un saludo,
Anaïs"""),
))

add(dict(
    slug="san_lamberto_workable_formal", key="t22_no", parent="t22_aplazada",
    kind="rejection", lang="es", company="Hospital Universitario San Lamberto", contact="",
    frm="Hospital Universitario San Lamberto <noreply@workablemail.com>",
    subject="Tu candidatura: Técnico/a de Seguridad Alimentaria – Cocina Hospitalaria",
    subj_enc=("utf-8", "B"), date="2026-07-28 09:02", form="alt", cte="base64",
    look=("ats", "Hospital Universitario San Lamberto", "#8c1c13", "Enviado mediante Workable. No respondas a este correo."),
    text="""Estimada Anaïs:

Agradecemos sinceramente tu participación en el proceso de selección para el puesto de Técnico/a de Seguridad Alimentaria en nuestra cocina hospitalaria.

Tras valorar todas las candidaturas, lamentamos comunicarte que no has sido seleccionada para continuar. La comisión ha priorizado perfiles con experiencia previa en dietas terapéuticas y colectividades sanitarias.

Guardaremos tus datos durante doce meses para futuras vacantes, salvo que nos indiques lo contrario.

Departamento de Recursos Humanos
Hospital Universitario San Lamberto · Zaragoza""",
))

add(dict(
    slug="talento_aragon_relays_moncayo", key="t34_client_no", parent="t34_registered",
    kind="rejection", lang="es", company="Panificadora Moncayo", contact="marta.lopez@talentoaragon.example.es",
    frm="Grupo Talento Aragón <seleccion@talentoaragon.example.es>",
    reply_to="Marta López Aznar <marta.lopez@talentoaragon.example.es>",
    subject="Proceso Panificadora Moncayo: respuesta del cliente",
    name_enc=("iso-8859-1", "Q"), date="2026-05-27 17:05",
    text="""Hola, Anaïs:

Te escribo de parte de Panificadora Moncayo, el cliente para el que te presentamos como responsable de higiene en su planta de Tarazona. Nos han comunicado que finalmente no seguirán adelante con tu candidatura: prefieren a alguien que ya haya implantado un sistema APPCC en panadería industrial.

Lo siento, porque encajabas bien en lo demás. Para cualquier duda puedes contestarme directamente a mí.

Marta López Aznar
Consultora de selección · Grupo Talento Aragón
Paseo de la Independencia 24, 3.º · 50004 Zaragoza
Tel. 976 23 48 90
""",
))

add(dict(
    slug="cinco_villas_casual",
    kind="rejection", lang="es", company="Frutas Cinco Villas", contact="raul@cincovillas.example.es",
    frm="Raúl Sanjuán <raul@cincovillas.example.es>",
    subject="lo del puesto de calidad",
    name_enc=("utf-8", "B"), date="2026-10-02 20:18", charset="windows-1252", cte="8bit",
    text="""Buenas, Anaïs:

Te lo cuento sin rodeos, que ya nos conocemos del curso de APPCC: al final el jefe ha decidido no contratar a nadie de fuera para lo de calidad y lo va a llevar Pili, la de envasado, con un curso por medio. Así que lo tuyo se queda aquí, qué rabia.

Cualquier cosa que oiga por Ejea te la paso. ¡Y ánimo, que algo saldrá!

Raúl
""",
))
