"""Corpus 205, rejections: 31 hand-written messages (15 fr, 8 de, 5 en, 3 es)."""

from __future__ import annotations

from msgs205_common import (
    ME,
    ats_card,
    forwarded,
    outlook_block,
    outlook_html,
    replied,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------------------------- French

add(dict(
    kind="rejection", slug="alpeslacs_workday_formal", lang="fr",
    company="Hôtels Alpes & Lacs", contact="",
    frm=("Hôtels Alpes & Lacs", "alpeslacs@myworkday.com"), frm_cs="utf-8", frm_enc="b",
    subject="Votre candidature – Coordinateur·rice d'événements (R-10482)",
    subj_cs="utf-8", subj_enc="b",
    date="2026-01-26 07:02", tz="-0800", mid="alpeslacs-rej",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
    cte="quoted-printable",
    html=ats_card("""\
Bonjour Margaux,

Nous vous remercions de l'intérêt que vous portez aux Hôtels Alpes & Lacs ainsi que du temps \
consacré à votre candidature pour le poste de Coordinateur·rice d'événements (R-10482) à Lausanne.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne \
sommes pas en mesure de donner une suite favorable à votre candidature.

Sauf avis contraire de votre part, vos données restent enregistrées dans notre vivier de talents \
pendant douze mois.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Hôtels Alpes & Lacs""", "fr", "Hôtels Alpes & Lacs", "#7a1f3d", footer="""\
Ce message a été généré automatiquement, merci de ne pas y répondre.
Espace candidat : https://alpeslacs.wd3.myworkday.com/fr-FR/AlpesLacs_Careers/userHome"""),
))

add(dict(
    kind="rejection", slug="verdier_after_trial_day", lang="fr",
    company="Maison Verdier", contact="ines.favre-bulle@verdier-horlogerie.example.ch",
    frm=("Inès Favre-Bulle", "ines.favre-bulle@verdier-horlogerie.example.ch"),
    frm_cs="iso-8859-1", frm_enc="q",
    subject="RE: Merci pour la journée d'essai", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-02-20 11:36", mid="verdier-rej", refs=["verdier-trial", "verdier-postponed",
                                                      "verdier-thanks"],
    charset="windows-1252", cte="quoted-printable",
    text="""\
Chère Margaux,

Merci pour votre message et pour l’énergie que vous avez mise dans cette journée à l’atelier de \
Plainpalais. L’équipe a beaucoup apprécié votre aisance avec les clients du salon privé.

Nous avons toutefois décidé de confier le poste à une personne qui a déjà organisé des lancements \
de collections dans l’horlogerie ; c’est ce point qui a fait la différence, et non votre \
présentation ni votre motivation.

Je garde précieusement votre dossier et me permettrai de vous recontacter si un poste d’accueil \
événementiel s’ouvre à la manufacture de Meyrin.

Avec mes meilleures salutations,

Inès Favre-Bulle
Responsable des ressources humaines
Maison Verdier Horlogerie SA
Rue des Rois 14 – 1204 Genève
T +41 22 555 18 40

""" + replied("fr", "12 févr. 2026 à 18:22", "Margaux Lindqvist-Obi", ME[1], """\
Chère Madame Favre-Bulle,

Un grand merci pour l’invitation à cette journée d’essai et pour l’accueil chaleureux de toute \
l’équipe. Préparer la soirée de lancement à vos côtés m’a confirmé mon envie de travailler dans \
l’accueil événementiel.

Je me réjouis de connaître la suite et reste volontiers disponible pour un nouvel entretien si \
nécessaire.

Meilleures salutations,
Margaux Lindqvist-Obi"""),
))

add(dict(
    kind="rejection", slug="vidylac_recruitment_frozen", lang="fr",
    company="Centre de Congrès Vidy-Lac", contact="cedric.monnier@vidylac-congres.example.ch",
    frm=("Cédric Monnier", "cedric.monnier@vidylac-congres.example.ch"),
    frm_cs="iso-8859-1", frm_enc="b",
    subject="Candidature coordinatrice événementielle (réf. VL-2026-04)",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-01-30 16:48", mid="vidylac-rej", refs=["vidylac-screen", "vidylac-missed"],
    charset="iso-8859-1", cte="8bit",
    text="""\
Bonjour Madame Lindqvist-Obi,

Je reviens vers vous comme promis après notre appel du 21 janvier.

La direction a décidé ce matin de geler le recrutement du poste de coordinatrice événementielle \
jusqu'à nouvel avis : le calendrier des congrès du second semestre est en cours de révision et le \
budget du poste n'est plus garanti. Le processus s'arrête donc ici, pour vous comme pour les autres \
personnes encore en lice.

Je suis sincèrement désolé de cette issue, qui ne dit rien de la qualité de votre dossier. Si le \
poste devait être rouvert, vous seriez la première personne à qui j'écrirais.

Meilleures salutations

Cédric Monnier
Chargé RH
Centre de Congrès Vidy-Lac
Avenue de Rhodanie 58, 1007 Lausanne
+41 21 555 63 10
""",
))

add(dict(
    kind="rejection", slug="delorme_client_declines", lang="fr",
    company="Fondation Léman Patrimoine", contact="a.delorme@delorme-associes.example.ch",
    frm=("Alexandre Delorme", "a.delorme@delorme-associes.example.ch"),
    subject="Fondation Léman Patrimoine – retour du client",
    date="2026-03-05 09:20", mid="delorme-rej", refs=["delorme-invite", "delorme-moved"],
    text=(TEXT := """\
Bonjour Margaux,

J'ai eu ce matin le retour de la Fondation Léman Patrimoine après votre entretien du 24 février \
avec Mme Jaquier.

Ils ont beaucoup aimé votre sens du contact, mais ils n'iront pas plus loin avec votre \
candidature : ils veulent finalement quelqu'un capable de piloter seul les appels d'offres des \
traiteurs et des techniciens, et ils vous trouvent encore un peu juste sur cet aspect.

Je sais que c'est frustrant après deux tours. De mon côté, je continue à vous présenter à d'autres \
clients ; parlons-en en début de semaine prochaine si vous le souhaitez.

Bien à vous,
Alexandre Delorme
Associé
Delorme & Associés – Conseil en recrutement
Quai Gustave-Ador 2, 1207 Genève
+41 22 555 90 12

Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à la personne \
à laquelle ils sont adressés. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et \
de le détruire.
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind="rejection", slug="talentsrhone_client_unnamed_no", lang="fr",
    company="Talents Rhône", contact="chloe.baptiste@talents-rhone.example.fr",
    frm=("Chloé Baptiste", "chloe.baptiste@talents-rhone.example.fr"), frm_cs="utf-8", frm_enc="b",
    subject="Suite de votre rencontre avec notre client",
    date="2026-09-04 10:05", mid="rhone-rej", refs=["rhone-client-invite", "rhone-missed"],
    cte="base64",
    text=(TEXT := """\
Bonjour Margaux,

Je reviens vers vous au sujet du poste d'assistante événementielle chez l'hôtel de la Presqu'île \
que je vous avais présenté, et que vous avez finalement pu rencontrer lundi.

Mon client m'a fait savoir hier soir qu'il ne retenait pas votre profil. Il a privilégié une \
candidate déjà en poste à Lyon et disponible immédiatement ; le préavis que vous devez encore \
donner en Suisse a pesé dans la balance.

Votre inscription chez Talents Rhône reste bien sûr active, et je vous fais signe dès qu'une \
mission correspondant à votre projet se présente.

Belle journée,
Chloé Baptiste
Chargée de recrutement – Hôtellerie & Événementiel
Talents Rhône
12 rue de la Charité, 69002 Lyon
04 72 55 18 90
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind="rejection", slug="hes_filled_internally", lang="fr",
    company="HES Lémanique", contact="nadia.berthoud@hes-lemanique.example.ch",
    frm=("Nadia Berthoud", "nadia.berthoud@hes-lemanique.example.ch"),
    subject="Poste de coordinateur·trice des manifestations – information",
    subj_cs="utf-8", subj_enc="q",
    date="2026-04-01 14:12", mid="hes-rej", refs=["hes-missed"],
    cte="quoted-printable",
    text=(TEXT := """\
Madame,

Vous avez postulé au poste de coordinateur·trice des manifestations au sein du Service de la \
communication de la HES Lémanique, et nous vous en remercions.

Je tiens à vous informer que le poste a été pourvu à l'interne : une collaboratrice du rectorat, \
qui assurait déjà une partie des cérémonies de remise des diplômes, a souhaité reprendre la \
fonction et la commission a validé ce choix. La procédure externe est par conséquent close.

Nous regrettons de ne pas avoir pu mener les entretiens jusqu'au bout avec vous et vous adressons \
nos vœux de réussite pour la suite de votre parcours.

Nadia Berthoud
Gestionnaire RH
HES Lémanique – Haute école spécialisée
Route de Cojonnex 18, 1000 Lausanne 25
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind="rejection", slug="festival_casual_no", lang="fr",
    company="Festival Lac & Lumières", contact="jo@laclumieres.example.ch",
    frm=("Jo Rochat", "jo@laclumieres.example.ch"),
    subject="bon, pour le job",
    date="2026-04-28 22:41",
    text="""\
Salut Margaux,

Je préfère te l'écrire direct plutôt que de te laisser mariner : on part avec Léo pour la \
coordination des bénévoles cette année. Il a fait les trois dernières éditions sur le site et \
connaît tout le monde, ça a joué.

J'ai vraiment apprécié notre café de mardi. Si tu as envie de donner un coup de main pendant le \
festival (logée, nourrie, pass pour tous les concerts), fais-moi signe, ça me ferait plaisir.

Bises et à bientôt sur les quais,
Jo

-- 
Jo Rochat · Direction artistique
Festival Lac & Lumières, Montreux
079 555 41 22
""",
))

add(dict(
    kind="rejection", slug="bellerive_smartrecruiters_update", lang="fr",
    company="Grand Hôtel Bellerive", contact="",
    frm=("Grand Hôtel Bellerive - Recrutement", "noreply@smartrecruiters.com"),
    frm_cs="iso-8859-1", frm_enc="q",
    subject="Grand Hôtel Bellerive : mise à jour de votre candidature",
    date="2026-05-26 13:00", tz="+0000", mid="bellerive-rej", refs=["bellerive-missed"],
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    text=(TEXT := """\
Bonjour Margaux,

Merci d'avoir postulé au poste de Chargée d'événements & banquets au Grand Hôtel Bellerive, à \
Montreux.

Nous avons étudié votre candidature avec attention et ne pourrons malheureusement pas vous \
proposer la suite du processus pour ce poste.

Nous vous encourageons à consulter régulièrement nos offres : d'autres opportunités plus proches \
de votre parcours pourraient se présenter.

Cordialement,
L'équipe Recrutement du Grand Hôtel Bellerive
"""),
    html=ats_card(TEXT, "fr", "Grand Hôtel Bellerive", "#0d3b66",
                  footer="Powered by SmartRecruiters – Politique de confidentialité : "
                         "https://www.smartrecruiters.com/legal/candidate-privacy-policy/"),
))

add(dict(
    kind="rejection", slug="paquisrhone_terse_reply", lang="fr",
    company="Hôtel Pâquis-Rhône", contact="mh.duc@paquisrhone.example.ch",
    frm=("Marc-Henri Duc", "mh.duc@paquisrhone.example.ch"),
    subject="Re: Entretien vidéo manqué – nouveau créneau ?",
    date="2026-09-22 07:58", mid="paquis-rej", refs=["paquis-missed", "paquis-sorry"],
    text="""\
Bonjour,
Pas retenue pour ce poste, désolé. Bonne continuation.
MHD

Envoyé de mon iPhone

""" + replied("fr", "15 sept. 2026 à 19:30", "Margaux Lindqvist-Obi", ME[1], """\
Bonjour Monsieur Duc,

Je suis vraiment confuse pour lundi : l'invitation était arrivée dans mes courriels indésirables \
et je ne l'ai vue que le soir. Serait-il possible de convenir d'un nouveau créneau pour \
l'entretien vidéo ? Jeudi 8h30 me convient tout à fait.

Avec mes excuses,
Margaux Lindqvist-Obi"""),
))

add(dict(
    kind="rejection", slug="confluence_after_interview_outlook", lang="fr",
    company="Cité Confluence Congrès", contact="s.perret@confluence-congres.example.fr",
    frm=("Sandrine Perret", "s.perret@confluence-congres.example.fr"),
    subject="RE: Remerciements – entretien du 22 septembre", subj_cs="utf-8", subj_enc="b",
    date="2026-09-28 17:14", mid="confluence-rej", refs=["confluence-thanks"],
    charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text=(TEXT := """\
Bonjour Margaux,

Merci pour votre message, il m’a fait très plaisir.

Vous faisiez partie des deux dernières personnes en lice et le choix a été serré. Le comité a \
finalement retenu une candidate qui connaît déjà nos clients pharmaceutiques lyonnais ; je ne \
suis donc pas en mesure de vous proposer le poste de coordinatrice congrès.

J’ai noté votre intérêt pour nos événements internationaux et je transmets votre dossier à ma \
collègue du pôle « Grands comptes » en vue des recrutements de 2027.

Bien cordialement,

Sandrine Perret
Responsable ressources humaines
Cité Confluence Congrès
50 quai Rambaud – 69002 Lyon
Tél. +33 4 72 55 30 14

""" + outlook_block(
        "fr", "Margaux Lindqvist-Obi <margaux.lo@example.ch>", "mardi 22 septembre 2026 19:41",
        "Sandrine Perret <s.perret@confluence-congres.example.fr>",
        "Remerciements – entretien du 22 septembre", """\
Bonjour Madame Perret,

Merci encore pour la journée d’évaluation et pour l’entretien individuel de cet après-midi. La \
visite des salles plénières et l’exercice de groupe m’ont donné une idée très concrète du poste.

Je me réjouirais de rejoindre votre équipe et reste à votre disposition pour tout complément.

Bien cordialement,
Margaux Lindqvist-Obi""")),
    html=outlook_html(TEXT, "fr"),
))

add(dict(
    kind="rejection", slug="horizons_teamtailor_fundraising", lang="fr",
    company="Fondation Horizons Solidaires", contact="",
    frm=("Fondation Horizons Solidaires", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature : Chargé·e d'événements de collecte de fonds",
    subj_cs="utf-8", subj_enc="q",
    date="2026-05-20 09:00", tz="+0000",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    html=ats_card("""\
Bonjour Margaux,

Nous avons reçu plus de 240 candidatures pour le poste de Chargé·e d'événements de collecte de \
fonds et avons dû faire des choix difficiles.

Votre profil n'a pas été sélectionné pour l'étape suivante. Pour ce poste, nous recherchions une \
expérience confirmée de la collecte de fonds auprès de grands donateurs, que votre parcours ne \
comporte pas encore.

Merci pour votre engagement envers notre cause. N'hésitez pas à suivre nos prochaines offres.

Fondation Horizons Solidaires""", "fr", "Fondation Horizons Solidaires", "#d35400",
        footer="Fondation Horizons Solidaires · Rue de Lausanne 64 · 1202 Genève\n"
               "Gérer mes données : https://horizons-solidaires.teamtailor.com/connect/privacy"),
))

add(dict(
    kind="rejection", slug="aig_position_abolished", lang="fr",
    company="Académie internationale de Genève", contact="lea.morand@aig-geneve.example.ch",
    frm=("Léa Morand", "lea.morand@aig-geneve.example.ch"),
    subject="Poste d'assistante événements académiques – annulation du recrutement",
    subj_cs="utf-8", subj_enc="q",
    date="2026-08-03 15:30", mid="aig-rej", refs=["aig-invite", "aig-moved"],
    text=(TEXT := """\
Madame Lindqvist-Obi,

Je vous remercie pour les deux entretiens que vous avez passés avec nous en juillet.

À la suite de la réorganisation du secrétariat général décidée par le Conseil de fondation le \
29 juillet, le poste d'assistante événements académiques est supprimé : ses tâches seront \
réparties entre deux collaboratrices déjà en place. Le recrutement est donc annulé et aucune \
candidature ne sera retenue.

Je mesure la déception que peut provoquer cette nouvelle et vous prie de nous en excuser. Vos \
documents seront détruits d'ici trois mois, conformément à notre politique de protection des \
données.

Avec mes salutations distinguées,

Léa Morand
Responsable du personnel
Académie internationale de Genève
Chemin Rieu 11, 1208 Genève
Tél. +41 22 555 72 00

AVIS DE CONFIDENTIALITÉ : ce courriel et ses pièces jointes peuvent contenir des informations \
confidentielles. Toute diffusion non autorisée est interdite.
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind="rejection", slug="presquile_icims_closer_match", lang="fr",
    company="Hôtel Saint-Jean Presqu'île", contact="",
    frm=("Hôtel Saint-Jean Presqu'île", "presquile-careers@icims.com"),
    frm_cs="iso-8859-1", frm_enc="q",
    subject="Suite donnée à votre candidature", subj_cs="iso-8859-1", subj_enc="b",
    date="2026-09-16 02:15", tz="-0400", mid="presquile-rej", refs=["presquile-ack"],
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("""\
Madame Lindqvist-Obi,

Nous avons étudié votre candidature au poste d'Assistante Événements & Séminaires \
(réf. 2026-LYO-117) et vous remercions de l'intérêt que vous portez à notre hôtel.

Nous avons choisi de poursuivre avec des candidats dont l'expérience correspond plus étroitement \
aux exigences du poste, en particulier pour la gestion de séminaires résidentiels.

Vos informations demeurent dans notre base et vous pouvez à tout moment postuler à d'autres \
offres depuis votre espace.

Service des ressources humaines
Hôtel Saint-Jean Presqu'île, Lyon""", "fr", "Hôtel Saint-Jean Presqu'île", "#5b2c6f",
        footer="Merci de ne pas répondre à ce courriel.", charset="iso-8859-1"),
))

add(dict(
    kind="rejection", slug="montreux_accueil_after_second_round", lang="fr",
    company="Montreux Riviera Accueil", contact="valerie.chappuis@montreux-accueil.example.ch",
    frm=("Valérie Chappuis", "valerie.chappuis@montreux-accueil.example.ch"),
    subject="Re: Second entretien – Responsable accueil congrès", subj_cs="utf-8", subj_enc="q",
    date="2026-07-20 08:47", mid="montreux-rej",
    refs=["montreux-ack", "montreux-invite", "montreux-request", "montreux-moved"],
    cte="quoted-printable",
    text="""\
Bonjour Margaux,

Merci d'être venue jusqu'à Montreux le 9 juillet, malgré le changement d'horaire.

Nous avons fait le point hier avec M. Bonvin. Nous ne retiendrons pas votre candidature pour ce \
poste : nous avons besoin de quelqu'un qui parle couramment le suisse allemand pour les \
délégations alémaniques, et c'est finalement ce critère qui a tranché.

Nous aurions aimé vous donner une autre réponse. Je vous souhaite le meilleur pour la suite.

Valérie Chappuis
Cheffe du service accueil
Montreux Riviera Accueil
Grand-Rue 45, 1820 Montreux
021 555 84 30

""" + replied("fr", "jeu. 2 juil. 2026 à 09:12", "Valérie Chappuis",
              "valerie.chappuis@montreux-accueil.example.ch", """\
Bonjour Margaux,

Pas de souci, je comprends tout à fait. M. Bonvin peut vous recevoir le jeudi 9 juillet à 14h00 \
pour le second entretien, au lieu du mardi 7 juillet ; même lieu, même durée.

Valérie

""" + replied("fr", "mer. 1 juil. 2026 à 21:03", "Margaux Lindqvist-Obi", ME[1], """\
Bonjour Madame Chappuis,

Merci encore pour l'invitation au second entretien. Je suis malheureusement de service à la \
réception le mardi 7 juillet au matin. Serait-il possible de déplacer notre rendez-vous ?

Meilleures salutations,
Margaux Lindqvist-Obi""")),
))

add(dict(
    kind="rejection", slug="montriant_recruitee_spontaneous", lang="fr",
    company="Hôtel Mont-Riant", contact="julie.pasche@montriant.example.ch",
    frm=("Hôtel Mont-Riant via Recruitee", "notifications@jobs.recruitee.com"),
    frm_cs="utf-8", frm_enc="q",
    reply_to=("Julie Pasche", "julie.pasche@montriant.example.ch"),
    subject="Votre candidature spontanée",
    date="2026-01-15 10:22",
    text=(TEXT := """\
Bonjour Margaux,

Merci pour votre candidature spontanée et pour l'intérêt que vous portez à l'Hôtel Mont-Riant.

Pour être honnête, nous n'avons aucun poste à repourvoir dans l'événementiel cette saison et \
notre équipe banquets est au complet jusqu'à l'automne. Nous ne donnerons donc pas suite à votre \
démarche pour l'instant.

N'hésitez pas à nous réécrire en septembre, lorsque nous préparerons la saison des fêtes.

Julie Pasche
Assistante de direction – Hôtel Mont-Riant, Lausanne
"""),
    html=ats_card(TEXT, "fr", "Hôtel Mont-Riant", "#2e4053",
                  footer="Envoyé avec Recruitee – répondez à ce message pour écrire à Julie Pasche."),
))

# ------------------------------------------------------------------------------------- German

add(dict(
    kind="rejection", slug="aarehof_after_missed_call", lang="de",
    company="Kongresszentrum Aarehof", contact="reto.zaugg@aarehof.example.ch",
    frm=("Reto Zaugg", "reto.zaugg@aarehof.example.ch"),
    subject="AW: Entschuldigung wegen verpasstem Telefontermin",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-03-24 10:31", mid="aarehof-rej", refs=["aarehof-missed", "aarehof-sorry"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Guten Tag Frau Lindqvist-Obi

Danke für Ihre Nachricht und die Erklärung, so etwas kann passieren.

Wir haben in der Zwischenzeit die Gespräche mit den übrigen Kandidierenden abgeschlossen und uns \
für eine Person entschieden, die bereits Kongresse mit über tausend Teilnehmenden betreut hat. \
Ihre Bewerbung werden wir deshalb nicht weiterverfolgen, und einen neuen Telefontermin braucht es \
nicht mehr.

Für Ihre weitere Stellensuche wünsche ich Ihnen viel Erfolg.

Freundliche Grüsse

Reto Zaugg
HR-Fachmann
Kongresszentrum Aarehof AG
Aarestrasse 12, 3011 Bern
Tel. 031 555 27 80

""" + replied("de", "16.03.2026 um 17:48", "Margaux Lindqvist-Obi", ME[1], """\
Sehr geehrter Herr Zaugg

Es tut mir sehr leid, dass Sie mich heute um 14 Uhr nicht erreicht haben. Mein Natel war nach \
einem Update stumm geschaltet, was ich erst am Abend bemerkt habe.

Ich würde mich sehr über einen neuen Termin für das Telefoninterview freuen.

Freundliche Grüsse
Margaux Lindqvist-Obi"""),
))

add(dict(
    kind="rejection", slug="tellmann_successfactors_formal", lang="de",
    company="Tellmann Uhren", contact="",
    frm=("Tellmann Uhren Recruiting", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung als Eventkoordinator/in Markenerlebnis (Job-ID 48213)",
    date="2026-02-11 06:40", tz="+0000",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    html=ats_card("""\
Sehr geehrte Frau Lindqvist-Obi

Vielen Dank für Ihre Bewerbung als Eventkoordinator/in Markenerlebnis und das Interesse an \
Tellmann Uhren.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Auswahlverfahren nicht \
berücksichtigen können. Diese Entscheidung ist uns angesichts der Vielzahl qualifizierter \
Bewerbungen nicht leichtgefallen.

Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen nach sechs Monaten gelöscht. Wir \
ermutigen Sie, sich für künftige Vakanzen erneut zu bewerben.

Freundliche Grüsse
Tellmann Uhren AG
Human Resources, Grenchen""", "de", "Tellmann Uhren", "#1c2833",
        footer="Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht darauf."),
))

add(dict(
    kind="rejection", slug="limmatblick_terse_after_probetag", lang="de",
    company="Hotel Limmatblick", contact="s.huerlimann@limmatblick.example.ch",
    frm=("Sabine Hürlimann", "s.huerlimann@limmatblick.example.ch"), frm_cs="utf-8", frm_enc="q",
    subject="Probetag / Entscheid",
    date="2026-06-19 18:02", refs=["limmatblick-invite"],
    text="""\
Hallo Frau Lindqvist-Obi

Danke für den Probetag. Leider nein – wir haben jemanden mit mehr Bankett-Erfahrung gewählt.

Gruss
S. Hürlimann
""",
))

add(dict(
    kind="rejection", slug="personalwerk_baerenplatz_declines", lang="de",
    company="Hotel Bärenplatz Residenz", contact="nicole.steiner@personalwerk.example.ch",
    frm=("Nicole Steiner", "nicole.steiner@personalwerk.example.ch"),
    subject="Rückmeldung Hotel Bärenplatz Residenz", subj_cs="utf-8", subj_enc="b",
    date="2026-04-09 16:25",
    text=(TEXT := """\
Liebe Margaux

Leider habe ich keine guten Nachrichten: Das Hotel Bärenplatz Residenz hat sich nach Sichtung der \
Dossiers entschieden, Sie nicht einzuladen. Die Direktion will die Stelle mit jemandem besetzen, \
der in Bern bereits vernetzt ist und fliessend Berndeutsch spricht.

Ich weiss, dass Sie sich auf diese Stelle gefreut haben. Der Prozess mit Seefeld Events läuft \
davon unabhängig weiter – ich melde mich, sobald ich dort etwas höre.

Herzliche Grüsse
Nicole Steiner
Senior Consultant Hotellerie & Events
Personalwerk Zürich AG
Löwenstrasse 29, 8001 Zürich
T +41 44 555 61 70

Diese E-Mail enthält vertrauliche Informationen und ist ausschliesslich für den Adressaten \
bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den \
Absender und löschen Sie die Nachricht.
"""),
    html=simple_html(TEXT, "de"),
))

add(dict(
    kind="rejection", slug="isarforum_softgarden_on_hold", lang="de",
    company="Isarforum Tagungszentrum", contact="k.obermaier@isarforum.example.de",
    frm=("Isarforum Tagungszentrum über softgarden", "isarforum@softgarden.io"),
    frm_cs="utf-8", frm_enc="q",
    reply_to=("Katrin Obermaier", "k.obermaier@isarforum.example.de"),
    subject="Stand Ihrer Bewerbung – Veranstaltungskoordinator (m/w/d)",
    subj_cs="utf-8", subj_enc="q",
    date="2026-03-20 11:15", mid="isarforum-rej", refs=["isarforum-moved"],
    cte="quoted-printable",
    text=(TEXT := """\
Sehr geehrte Frau Lindqvist-Obi,

vielen Dank für das angenehme Videogespräch am 10. März.

Leider müssen wir Ihnen mitteilen, dass die Stelle als Veranstaltungskoordinatorin vorerst auf \
Eis gelegt wurde. Wegen der Sanierung unseres großen Saals ab dem Sommer rechnen wir mit deutlich \
weniger Buchungen und können die Position derzeit nicht besetzen. Das Auswahlverfahren wird daher \
ohne Einstellung beendet.

Sollte die Stelle im kommenden Jahr neu ausgeschrieben werden, freuen wir uns über eine erneute \
Bewerbung.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin
Isarforum Tagungszentrum GmbH · Rosenheimer Straße 88 · 81669 München
"""),
    html=ats_card(TEXT, "de", "Isarforum Tagungszentrum", "#117a65",
                  footer="Diese Nachricht wurde über softgarden versendet."),
))

add(dict(
    kind="rejection", slug="viktualien_filled_internally", lang="de",
    company="Hotel Viktualien", contact="florian.hubmann@hotel-viktualien.example.de",
    frm=("Florian Hubmann", "florian.hubmann@hotel-viktualien.example.de"),
    subject="Deine Bewerbung bei uns",
    date="2026-08-20 12:50", refs=["viktualien-ack"],
    text="""\
Servus Margaux,

kurze Info von mir, damit du nicht länger warten musst: Die Stelle als Eventkoordinatorin haben \
wir intern besetzt. Unsere Kollegin aus dem Bankettbüro wechselt zum 1. Oktober rüber, das war für \
alle die naheliegendste Lösung.

Sorry, dass es diesmal nichts wird – dein Lebenslauf hat uns wirklich gut gefallen.

Viele Grüße aus dem Tal
Florian

Florian Hubmann | Stellv. Hoteldirektor
Hotel Viktualien · Westenriederstraße 9 · 80331 München
""",
))

add(dict(
    kind="rejection", slug="brunner_unnamed_mandate", lang="de",
    company="Brunner Executive Search", contact="tb@brunner-search.example.ch",
    frm=("Dr. Thomas Brunner", "tb@brunner-search.example.ch"),
    subject="Mandat Eventleitung Privatbank – Ihre Kandidatur", subj_cs="utf-8", subj_enc="b",
    date="2026-10-05 08:12",
    text="""\
Sehr geehrte Frau Lindqvist-Obi

Wie besprochen habe ich Ihr Dossier unserer Mandantin, einer Zürcher Privatbank, vorgestellt.

Die Mandantin hat sich entschieden, Sie nicht zu einem Gespräch einzuladen. Ausschlaggebend war \
die fehlende Erfahrung mit Kundenanlässen im Private Banking; Ihre Laufbahn in der Hotellerie \
wurde durchaus positiv aufgenommen.

Gerne behalte ich Sie in unserem Netzwerk und melde mich, sobald ein passenderes Mandat \
hereinkommt.

Mit freundlichen Grüssen
Thomas Brunner
Managing Partner
Brunner Executive Search AG
Bahnhofstrasse 52, 8001 Zürich
+41 44 555 03 30
""",
))

add(dict(
    kind="rejection", slug="brueckenbau_after_thankyou", lang="de",
    company="Stiftung Brückenbau", contact="andrea.gfeller@brueckenbau.example.ch",
    frm=("Andrea Gfeller", "andrea.gfeller@brueckenbau.example.ch"),
    subject="AW: Danke für das Gespräch", subj_cs="utf-8", subj_enc="b",
    date="2026-06-12 14:40", mid="brueckenbau-rej", refs=["brueckenbau-ack",
                                                          "brueckenbau-thanks"],
    cte="base64",
    text=(TEXT := """\
Liebe Frau Lindqvist-Obi

Herzlichen Dank für Ihre freundlichen Zeilen nach unserem Gespräch.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir die Stelle einer \
Bewerberin angeboten, die bereits Benefizanlässe für Stiftungen organisiert hat und unser \
Spendernetzwerk kennt. Für Sie bedeutet das leider eine Absage.

Für Ihren Wechsel ins Eventmanagement wünschen wir Ihnen alles Gute und hoffen, dass sich unsere \
Wege wieder kreuzen.

Herzliche Grüsse
Andrea Gfeller
Leiterin Kommunikation & Anlässe
Stiftung Brückenbau
Effingerstrasse 4, 3008 Bern

""" + replied("de", "04.06.2026 um 20:15", "Margaux Lindqvist-Obi", None, """\
Liebe Frau Gfeller

Vielen Dank für die Einladung zum Gespräch und die offene Atmosphäre heute Nachmittag. Die \
Vorstellung, den Benefizabend im Herbst mitzugestalten, begeistert mich sehr.

Ich würde mich freuen, bald von Ihnen zu hören.

Herzliche Grüsse
Margaux Lindqvist-Obi""")),
    html=simple_html(TEXT, "de"),
))

# ------------------------------------------------------------------------------------- English

add(dict(
    kind="rejection", slug="navigli_greenhouse_after_interview", lang="en",
    company="Navigli Convention Hub", contact="giulia.rossi@navigli-hub.example.it",
    frm=("Giulia Rossi via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Giulia Rossi", "giulia.rossi@navigli-hub.example.it"),
    subject="Re: Thank you – Events Coordinator interview", subj_cs="utf-8", subj_enc="b",
    date="2026-06-10 16:03", mid="navigli-rej", refs=["navigli-moved", "navigli-thanks"],
    text=(TEXT := """\
Hi Margaux,

Thanks so much for your kind note — it was a pleasure meeting you too.

I wanted to tell you personally that we've offered the Events Coordinator role to another \
candidate who has run several trade fairs here in Milan and speaks Italian natively. It was a \
close call between the two of you.

If you're happy for us to, I'd like to keep your details on file for our Geneva satellite events \
next spring.

All the best,
Giulia

Giulia Rossi | Talent Partner
Navigli Convention Hub
Via Valenza 2, 20144 Milano

""" + replied("en", "Fri, May 29, 2026 at 7:02 PM", "Margaux Lindqvist-Obi", ME[1], """\
Dear Giulia,

Thank you for taking the time to interview me today, and please pass my thanks on to Marco. I \
really enjoyed hearing about the autumn congress season and I'm very excited about the \
opportunity to join your team.

Best regards,
Margaux""")),
    html=simple_html(TEXT, "en"),
))

add(dict(
    kind="rejection", slug="northlight_lever_closer_match", lang="en",
    company="Northlight Hotels", contact="",
    frm=("Northlight Hotels", "no-reply@hire.lever.co"),
    subject="Your application to Northlight Hotels",
    date="2026-08-06 14:20", tz="+0000", mid="northlight-rej", refs=["northlight-ack"],
    text=(TEXT := """\
Dear Margaux,

Thank you for applying for the Guest Events Coordinator position at Northlight Hotels Geneva.

After careful consideration, we have decided to move forward with candidates whose experience \
more closely matches the requirements of this role.

We appreciate the time you invested in your application and wish you every success in your \
search.

Kind regards,
The Northlight Hotels Talent Team
"""),
    html=ats_card(TEXT, "en", "Northlight Hotels", "#34495e"),
))

add(dict(
    kind="rejection", slug="summithall_ashby_not_progressing", lang="en",
    company="Geneva Summit Hall", contact="",
    frm=("Geneva Summit Hall", "no-reply@ashbyhq.com"),
    subject="Update on your Event Operations Associate application",
    date="2026-03-30 17:45",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    html=ats_card("""\
Hi Margaux,

Thanks for your interest in the Event Operations Associate role at Geneva Summit Hall and for \
the time you put into your application.

We've now reviewed every application for this opening, and unfortunately yours won't be \
progressing to the interview stage. We know this isn't the news you were hoping for.

We post new roles regularly, so please do keep an eye on our careers page.

The Geneva Summit Hall team""", "en", "Geneva Summit Hall", "#6c3483",
        footer="Sent via Ashby · https://jobs.ashbyhq.com/genevasummithall"),
))

add(dict(
    kind="rejection", slug="casabrera_casual_local_hire", lang="en",
    company="Casa Brera Hotels", contact="luca@casabrera.example.it",
    frm=("Luca Ferri", "luca@casabrera.example.it"),
    subject="re: the Brera job",
    date="2026-06-05 19:22",
    text="""\
Hey Margaux,

Quick one so you're not left hanging — we went with someone local in the end. Honestly, it came \
down to her already knowing half our suppliers in town.

Loved chatting with you though. If you ever end up in Milan for real, ping me and we'll grab an \
aperitivo.

Luca

Luca Ferri — Events & Guest Experience
Casa Brera Hotels, Via Solferino 11, Milano
""",
))

add(dict(
    kind="rejection", slug="quantara_forwarded_panel_no", lang="en",
    company="Quantara Reinsurance", contact="hannah.wyss@quantara.example.ch",
    frm=("Hannah Wyss", "hannah.wyss@quantara.example.ch"),
    subject="Fwd: Events Coordinator – panel feedback", subj_cs="utf-8", subj_enc="q",
    date="2026-09-10 09:05", mid="quantara-rej", refs=["quantara-cancel"],
    text="""\
Hi Margaux,

As promised, here's where we landed — see Peter's note below. I'm sorry it isn't better news: the \
panel has decided not to offer you the position.

I'm happy to talk you through more detailed feedback on a call if that's useful.

Best,
Hannah

Hannah Wyss
Talent Acquisition Partner
Quantara Reinsurance
Mythenquai 40, 8002 Zürich

""" + forwarded("en", "Peter Kägi <peter.kaegi@quantara.example.ch>", "Tue, 8 Sept 2026 at 16:20",
                "Events Coordinator – panel feedback",
                "Hannah Wyss <hannah.wyss@quantara.example.ch>", """\
Hannah, thanks for organising the rescheduled panel. Margaux interviewed well and her case study \
on the summit logistics was solid, but we'll go with Daniel — he has already run our client \
summit with an agency. Please let her down gently and keep her in mind for the spring.

Peter"""),
))

# ------------------------------------------------------------------------------------- Spanish

add(dict(
    kind="rejection", slug="diagonal_after_thankyou", lang="es",
    company="Fira Diagonal Congresos", contact="nuria.puig@diagonal-congresos.example.es",
    frm=("Núria Puig", "nuria.puig@diagonal-congresos.example.es"),
    frm_cs="iso-8859-1", frm_enc="q",
    subject="Re: Agradecimiento por la entrevista",
    date="2026-06-29 13:10", mid="diagonal-rej", refs=["diagonal-thanks"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Hola Margaux:

Gracias por tu mensaje y por tu paciencia con el cambio de horario.

Tras valorar a las tres personas finalistas, hemos decidido no seguir adelante con tu \
candidatura. Necesitamos a alguien que pueda incorporarse en julio para la temporada de congresos \
médicos y tu fecha de disponibilidad no encajaba con ese calendario.

Te deseo mucha suerte en tu búsqueda. Si en otoño abrimos nuevas vacantes, te escribiré.

Un saludo,
Núria Puig
Responsable de Personas
Fira Diagonal Congresos, S.L.
Avinguda Diagonal 640, 08017 Barcelona
Tel. +34 93 555 21 70

""" + replied("es", "17/06/2026, a las 19:05", "Margaux Lindqvist-Obi", ME[1], """\
Estimada Núria:

Muchas gracias por la entrevista de ayer y por el tiempo que Jordi y tú me dedicasteis. Me \
encantaría formar parte del equipo de congresos.

Un cordial saludo,
Margaux"""),
))

add(dict(
    kind="rejection", slug="mirador_workable_formal", lang="es",
    company="Hotel Mirador de Gràcia", contact="",
    frm=("Hotel Mirador de Gràcia", "noreply@workablemail.com"), frm_cs="utf-8", frm_enc="b",
    subject="Tu candidatura para Coordinador/a de Eventos",
    date="2026-05-04 09:30", tz="+0000", mid="mirador-rej", refs=["mirador-missed"],
    headers=[("Auto-Submitted", "auto-generated")],
    text=(TEXT := """\
Hola Margaux,

Gracias por tu interés en el puesto de Coordinador/a de Eventos en Hotel Mirador de Gràcia.

Lamentamos comunicarte que, en esta ocasión, tu candidatura no ha sido seleccionada para \
continuar en el proceso.

Guardaremos tus datos para futuras vacantes que puedan ajustarse a tu perfil.

Atentamente,
Equipo de Selección – Hotel Mirador de Gràcia
"""),
    html=ats_card(TEXT, "es", "Hotel Mirador de Gràcia", "#b9770e",
                  footer="Enviado con Workable"),
))

add(dict(
    kind="rejection", slug="talentomed_client_declines", lang="es",
    company="Fundación Mar Abierto", contact="javier.soler@talentomed.example.es",
    frm=("Javier Soler", "javier.soler@talentomed.example.es"),
    subject="Noticias de la Fundación Mar Abierto", subj_cs="utf-8", subj_enc="q",
    date="2026-10-06 17:35",
    cte="quoted-printable",
    text="""\
Hola Margaux,

Te escribo porque ya tengo la respuesta de la Fundación Mar Abierto sobre el puesto de técnica de \
eventos solidarios.

Han decidido cerrar el proceso con otra candidata que ya colaboraba con ellos como voluntaria en \
la gala anual, así que no van a continuar contigo. Me han pedido que te transmita que tu \
entrevista les gustó mucho.

Seguimos con el proceso del Hotel Arenal Barceloneta, que pinta bien. Hablamos esta semana.

Un abrazo,
Javier Soler
Consultor sénior · Talento Mediterráneo
Carrer de Balmes 150, 08008 Barcelona
+34 93 555 47 10
""",
))
