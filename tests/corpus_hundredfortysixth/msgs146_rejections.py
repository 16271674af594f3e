"""Corpus 146, kind `rejection`: 31 hand-written messages (fr 15, en 9, de 4, es 3)."""

from __future__ import annotations

from msgs146_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ME,
    ats_card,
    forward,
    make_adder,
    outlook,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = make_adder(MESSAGES)
K = "rejection"

# --------------------------------------------------------------------------- français

T = """Bonjour Maxime,

Merci de l'intérêt que vous portez à Assurances Cap-Diamant et au poste d'analyste, expérience client (R-10482), à Québec.

Après une analyse attentive de votre dossier, nous ne donnerons pas suite à votre candidature pour ce poste. Nous avons reçu un grand nombre de profils de qualité et avons dû faire des choix difficiles.

Nous vous invitons à consulter régulièrement notre site carrières : d'autres occasions pourraient correspondre à votre parcours.

L'équipe Acquisition de talents
Assurances Cap-Diamant
"""
add(kind=K, slug="workday_assureur_quebec", lang="fr", company="Assurances Cap-Diamant",
    frm=("Assurances Cap-Diamant", "capdiamant@myworkday.com"),
    subject="Votre candidature – Analyste, expérience client (R-10482)",
    subj_enc=("utf-8", "B"), date="2026-02-16 14:05", tz="-0500",
    html=ats_card("Assurances Cap-Diamant", T, color="#7a1f2b",
                  footer="Ce message a été généré automatiquement. Merci de ne pas y répondre.\n"
                         "Assurances Cap-Diamant inc., 900, boulevard René-Lévesque, Québec"),
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")])

OLD = """Bonjour Julie,

Merci beaucoup pour l'entrevue d'hier avec toi, Patrice et Noémie. J'ai vraiment aimé discuter de la façon dont vous recrutez les participants pour vos tests d'utilisabilité, et l'exercice de synthèse m'a donné le goût d'en faire encore plus.

Si vous avez besoin d'autre chose de ma part pour les prochaines étapes, je suis disponible.

Au plaisir,
Maxime"""
T = reply("""Bonjour Maxime,

Merci encore pour ton beau mot après l'entrevue, toute l'équipe l'a lu.

J'aurais vraiment aimé t'écrire avec une meilleure nouvelle. Après en avoir discuté avec le panel, on a choisi une personne qui a déjà mené plusieurs études terrain en B2B, ce qui pèse lourd pour notre feuille de route de cette année. On ne poursuivra donc pas avec ta candidature pour le poste de chercheur·e UX.

Ton exercice de synthèse était franchement solide, surtout la partie sur les irritants des caissiers. Si un poste plus junior s'ouvre d'ici l'automne, je vais penser à toi en premier.

Bonne continuation,
Julie

--
Julie Gagnon
Partenaire d'affaires, acquisition de talents
Logiciels Boréal
1250, rue Ottawa, bureau 400, Montréal (Québec) H3C 0P4
514 555-0182
""", "fr", "mer. 11 févr. 2026 à 08:42", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=K, slug="apres_entrevue_cite_remerciement", lang="fr", company="Logiciels Boréal",
    contact="julie.gagnon@logicielsboreal.example.ca",
    frm=("Julie Gagnon", "julie.gagnon@logicielsboreal.example.ca"),
    subject="Re: Merci pour l'entrevue d'hier", date="2026-02-19 11:20", tz="-0500",
    refs=["boreal_ack", "boreal_screen", "boreal_panel", "sent-boreal-thanks"],
    text=T, cte="8bit")

T = """Bonjour Maxime,

Je reviens vers vous au sujet du poste de Chargé·e d'études clients au sein de Maison Célestine.

Comme je vous l'avais laissé entendre lors de l'annulation de notre échange, la direction a gelé ce recrutement dans le cadre de la révision de notre budget 2026. Le poste n'est plus ouvert et nous ne poursuivrons pas le processus : toutes les candidatures en cours sont clôturées, dont la vôtre.

Je suis sincèrement désolée de cette issue, qui ne dit rien de la qualité de votre parcours. Votre profil reste dans notre vivier ; si le poste est rouvert, vous en serez informé.

Belle journée,
Claire Duval-Morin
Responsable recrutement – Maison Célestine
"""
add(kind=K, slug="poste_gele_teamtailor", lang="fr", company="Maison Célestine",
    contact="claire.duvalmorin@maisoncelestine.example.fr",
    frm=("Maison Célestine", "no-reply@teamtailor-mail.com"),
    reply_to=("Claire Duval-Morin", "claire.duvalmorin@maisoncelestine.example.fr"),
    subject="Chargé·e d'études clients – point sur votre candidature",
    date="2026-04-09 16:31", tz="+0200", refs=["celestine_ack", "celestine_invite",
                                             "celestine_cancel"],
    text=T, html=ats_card("Maison Célestine", T, color="#3b2f2f",
                          footer="Envoyé via Teamtailor pour le compte de Maison Célestine SAS."),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Bonjour Monsieur Tremblay-Nguyen,

Nous vous remercions d'avoir participé au processus de sélection pour le poste d'agent de recherche, Laboratoire d'expérience usager (concours 26-AR-031).

Nous tenons à vous informer que ce poste a été comblé à l'interne par une personne déjà à l'emploi de l'Université, conformément aux dispositions de la convention collective en vigueur. Votre candidature n'a donc pas été retenue.

Nous conservons votre dossier pour une période de six mois et vous encourageons à postuler sur les affichages à venir.

Veuillez agréer, Monsieur, nos salutations distinguées.

Sylvie Ouellet
Conseillère en dotation, Service des ressources humaines
Université Ville-Marie
2900, chemin de la Côte-Sainte-Catherine, pavillon Roger-Mailhot, Montréal (Québec) H3T 1B8
Tél. : 514 555-0123, poste 4410

AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné ci-dessus et peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.
"""
add(kind=K, slug="comble_interne_universite", lang="fr", company="Université Ville-Marie",
    contact="sylvie.ouellet@uvm.example.ca",
    frm=("Sylvie Ouellet", "sylvie.ouellet@uvm.example.ca"),
    subject="Concours 26-AR-031 - Agent de recherche, expérience usager",
    subj_enc=("iso-8859-1", "Q"), date="2026-05-14 09:02", tz="-0400",
    refs=["uvm_ack", "uvm_panel", "uvm_update"],
    text=T, charset="iso-8859-1", cte="quoted-printable")

T = """Salut Maxime,

Finalement on passe notre tour pour le poste en recherche joueurs. C'était serré, mais on prend quelqu'un qui a déjà roulé des playtests en studio.

Merci pour ton temps jeudi, pis bonne chance pour la suite!

Kev
"""
add(kind=K, slug="studio_jeux_court", lang="fr", company="Jeux Vieux-Port",
    contact="kevin@jeuxvieuxport.example.ca", frm=("Kevin Pelletier", "kevin@jeuxvieuxport.example.ca"),
    subject="Re: Recherche joueurs - entrevue Teams", date="2026-03-23 17:48", tz="-0400",
    refs=["vieuxport_invite"], text=T, cte="8bit")

OLD = """Bonjour Nadia,

Merci pour la présentation de M. Tremblay-Nguyen. Après l'échange avec notre responsable de l'expérience client, nous ne donnerons pas suite : son parcours est intéressant mais il manque pour l'instant d'expérience des études quantitatives en environnement bancaire, ce qui est central pour ce poste.

Bien cordialement,
Hugo Lambert
Direction des ressources humaines – Banque Verrière"""
T = forward("""Bonjour Maxime,

Je vous transfère ci-dessous la réponse de la Banque Verrière, reçue ce matin. Ils ont décidé de ne pas retenir votre candidature pour le poste de chargé d'études UX ; j'ai préféré vous partager leur message tel quel, le retour est assez précis.

De mon côté je continue à chercher : votre profil « terrain » plaît beaucoup à certains de mes clients du retail.

Bien à vous,
Nadia Benali
Consultante senior – Cabinet Alizé Recrutement
06 55 01 42 87
""", "fr", "Hugo Lambert <hugo.lambert@banqueverriere.example.fr>", "lun. 18 mai 2026 à 08:57",
    "RE: Candidature M. Tremblay-Nguyen – Chargé d'études UX",
    "Nadia Benali <nadia.benali@alize-recrutement.example.fr>", OLD)
add(kind=K, slug="cabinet_transfere_refus_banque", lang="fr", company="Banque Verrière",
    contact="nadia.benali@alize-recrutement.example.fr",
    frm=("Nadia Benali", "nadia.benali@alize-recrutement.example.fr"),
    subject="TR: RE: Candidature M. Tremblay-Nguyen – Chargé d'études UX",
    date="2026-05-18 10:12", tz="+0200", text=T, html=outlook_html(T))

T = """Cher Monsieur Tremblay-Nguyen,

Nous avons pris connaissance avec intérêt de l'étude de cas que vous nous avez présentée la semaine dernière, et nous vous remercions pour le temps que vous y avez consacré.

Le comité de sélection a toutefois retenu une autre candidature pour la fonction de chercheur UX (h/f/x), dont le parcours au sein d'une mutualité correspondait davantage aux besoins immédiats du service Membres.

Nous vous souhaitons plein succès dans la suite de vos démarches.

Bien à vous,

Sophie Vandenbroeck
Service du personnel – Mutualité Iris
Rue Royale 214, 1000 Bruxelles
Tél. 02 555 71 30

--
Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation ou diffusion non autorisée est interdite. La Mutualité Iris décline toute responsabilité quant au contenu de ce message s'il a été modifié.
"""
add(kind=K, slug="mutualite_bruxelles_comite", lang="fr", company="Mutualité Iris",
    contact="sophie.vandenbroeck@mutualite-iris.example.be",
    frm=("Sophie Vandenbroeck", "sophie.vandenbroeck@mutualite-iris.example.be"),
    subject="Votre candidature – Chercheur UX (h/f/x) – réf. MI-2026-07",
    subj_enc=("utf-8", "Q"),
    date="2026-06-12 15:40", tz="+0200", refs=["iris_ack", "iris_case"],
    text=T, charset="windows-1252", cte="quoted-printable")

T = """Bonjour,

Vous avez soumis votre candidature à l'appel de candidatures 2026-RNC-114 (conseiller ou conseillère en expérience citoyenne).

À l'étape de l'analyse de l'admissibilité, votre candidature n'a pas été retenue : les renseignements fournis ne démontrent pas les trois années d'expérience professionnelle pertinente exigées dans l'affichage. Vous ne serez donc pas convoqué aux étapes suivantes de ce processus.

Si vous estimez que votre dossier a été mal évalué, vous pouvez demander une révision dans les 30 jours suivant la réception du présent avis, en remplissant le formulaire disponible dans votre espace candidat.

Direction de la dotation
Régie numérique de la Capitale

Ce courriel est envoyé automatiquement. Prière de ne pas y répondre.
"""
add(kind=K, slug="organisme_public_admissibilite", lang="fr",
    company="Régie numérique de la Capitale",
    frm=("Régie numérique de la Capitale - Dotation", "noreply@regienumerique.example.ca"),
    frm_enc=("iso-8859-1", "B"),
    subject="Avis - Appel de candidatures 2026-RNC-114", date="2026-04-27 08:15", tz="-0400",
    refs=["regie_ack"], text=T, cte="base64",
    headers=[("Auto-Submitted", "auto-generated")])

T = """Bonjour Maxime,

Merci pour votre candidature au poste de UX Researcher junior chez Studio Ardoise et pour l'échange que nous avons finalement pu avoir.

Nous avons désormais rencontré l'ensemble des candidats. Notre choix s'est porté sur une personne qui a déjà conduit des entretiens qualitatifs en agence, une compétence sur laquelle l'équipe doit pouvoir compter dès son arrivée.

Nous garderons en mémoire votre énergie et votre regard de « terrain ». N'hésitez pas à suivre nos prochaines offres.

L'équipe Studio Ardoise
"""
add(kind=K, slug="agence_paris_recruitee", lang="fr", company="Studio Ardoise",
    frm=("Studio Ardoise", "studioardoise@jobs.recruitee.com"),
    subject="Studio Ardoise – votre candidature UX Researcher junior",
    date="2026-07-03 11:27", tz="+0200", refs=["ardoise_missed"],
    text=T, html=ats_card("Studio Ardoise", T, color="#44475a",
                          footer="Vous recevez cet e-mail car vous avez postulé via notre page "
                                 "carrière (Recruitee). Politique de confidentialité : "
                                 "https://studioardoise.example.fr/confidentialite"))

T = """Bonjour Maxime,

Vous avez postulé au poste de Spécialiste, connaissance client chez Magasins Vireo, et nous vous en remercions.

Nous devons vous informer que ce poste a été annulé à la suite d'une réorganisation de l'équipe Marketing et connaissance client. Le processus de recrutement est donc fermé et aucune candidature ne sera retenue pour ce poste.

Nous vous invitons à créer une alerte emploi pour être informé de nos futures ouvertures en magasin et au siège social.

Cordialement,
Acquisition de talents – Magasins Vireo
"""
add(kind=K, slug="poste_annule_reorganisation", lang="fr", company="Magasins Vireo",
    frm=("Magasins Vireo", "noreply@smartrecruiters.com"),
    subject="Mise à jour concernant le poste Spécialiste, connaissance client",
    subj_enc=("utf-8", "B"), date="2026-03-30 13:10", tz="-0400", refs=["vireo_ack"],
    text=T, html=ats_card("Magasins Vireo", T, color="#0f7b5f",
                          button=("Créer une alerte emploi",
                                  "https://jobs.smartrecruiters.com/MagasinsVireo/alerts")),
    cte="base64")

OLD = """Bonjour Maxime,

Mauvaise nouvelle de mon côté : Bart est malade depuis hier et il tenait à être présent. On doit donc reporter notre entretien de jeudi. Je reviens vers toi dès qu'il va mieux avec deux ou trois créneaux la semaine prochaine.

Désolée pour le contretemps !
Inès"""
T = reply("""Hello Maxime,

Je vais être franche avec toi, tu mérites mieux qu'un message vague : pendant que Bart était malade, on a revu le budget de l'atelier pour le second semestre et on a décidé de partir avec une personne qui fait déjà de la recherche en néerlandais et en français. Pour nos clients flamands, c'était devenu incontournable.

Donc on n'ira pas plus loin ensemble pour ce poste, et je préfère te le dire avant qu'on cale une nouvelle date pour rien.

Ton portfolio de carnets de terrain au café m'a vraiment plu. Si tu passes par Bruxelles, viens boire un coup à l'atelier.

Inès
""", "fr", "mar. 26 mai 2026 à 09:14", "Inès Dewulf", "ines.dewulf@atelierkanal.example.be", OLD)
add(kind=K, slug="atelier_bruxelles_franchise", lang="fr", company="Atelier Kanal",
    contact="ines.dewulf@atelierkanal.example.be",
    frm=("Inès Dewulf", "ines.dewulf@atelierkanal.example.be"),
    subject="Re: Report de notre entretien", date="2026-06-02 18:05", tz="+0200",
    refs=["sent-kanal-application", "kanal_invite", "kanal_postpone"], text=T)

T = """Bonjour Maxime,

Petit suivi comme promis concernant le poste d'analyste, expérience membre, que je vous avais présenté il y a trois semaines.

J'ai eu des nouvelles de notre client, un assureur de la Capitale-Nationale, hier en fin de journée : ils ont choisi d'aller de l'avant avec une autre personne, qui travaillait déjà dans leur centre d'appels. Je sais que vous aviez bon espoir, et je trouve ça plate moi aussi.

Je garde votre dossier actif chez nous. J'ai deux mandats en recherche utilisateur qui devraient s'ouvrir à Québec en juillet, je vous reviens là-dessus.

Marc-André Girard
Conseiller principal en recrutement
Talentis Recrutement
2600, boulevard Laurier, bureau 850, Québec (Québec) G1V 4W1
418 555-0164 | talentis.example.ca
"""
add(kind=K, slug="agence_quebec_client_anonyme", lang="fr", company="Talentis",
    contact="ma.girard@talentis.example.ca",
    frm=("Marc-André Girard", "ma.girard@talentis.example.ca"), frm_enc=("iso-8859-1", "Q"),
    subject="Suivi – poste Analyste, expérience membre", date="2026-06-17 08:47", tz="-0400",
    refs=["talentis_reg"], text=T, cte="quoted-printable")

T = """Monsieur,

Vous avez été auditionné le 4 juin 2026 par le jury de sélection pour le poste de chargé d'études usagers (catégorie A, contractuel, 36 mois) à la Caisse nationale des mobilités.

À l'issue des auditions, le jury ne vous a pas classé en rang utile. Votre candidature ne pourra donc pas être retenue pour ce recrutement.

Le jury a souligné la qualité de votre présentation orale et la pertinence de vos exemples issus du service en restauration.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Patrick Lemaire
Chargé de recrutement - Bureau des ressources humaines
Caisse nationale des mobilités
27, rue de Bercy, 75012 Paris
01 55 47 30 12

Ce message électronique et toutes les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.
"""
add(kind=K, slug="jury_public_paris", lang="fr", company="Caisse nationale des mobilités",
    contact="patrick.lemaire@cnm.example.fr",
    frm=("Patrick Lemaire", "patrick.lemaire@cnm.example.fr"),
    subject="Résultat de votre audition – chargé d'études usagers",
    subj_enc=("utf-8", "B"), date="2026-06-15 17:20", tz="+0200",
    refs=["cnm_convocation", "cnm_cancel"],
    text=T, html=simple_html(T, font="Marianne,Arial,sans-serif"),
    charset="iso-8859-1", cte="quoted-printable")

T = """Bonjour Maxime,

Merci pour votre candidature spontanée et pour l'intérêt que vous portez à Lumen Paie.

Nous l'avons lue avec attention. À ce jour, nous n'avons aucun poste ouvert en recherche utilisateur ou en études clients, et notre équipe Produit ne prévoit pas de recrutement sur ce type de profil dans les prochains mois. Nous ne sommes donc pas en mesure de donner une suite favorable à votre démarche.

Vous pouvez suivre nos offres sur lumenpaie.example.fr/carrieres.

Bien cordialement,
L'équipe Talent de Lumen Paie
"""
add(kind=K, slug="candidature_spontanee_lever", lang="fr", company="Lumen Paie",
    frm=("Lumen Paie", "no-reply@hire.lever.co"),
    subject="Votre candidature spontanée chez Lumen Paie", date="2026-08-06 10:02", tz="+0000",
    text=T, html=simple_html(T), cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

T = """Bonjour Maxime,

Comme évoqué au téléphone ce matin, je vous confirme par écrit notre décision : nous ne retenons pas votre candidature pour la suite du processus de recrutement du poste de UX Researcher.

Votre deuxième entretien a été apprécié, en particulier votre manière de raconter les parcours de patients à partir de ce que vous observez au comptoir. Ce qui nous a manqué, c'est une première expérience de recherche en santé, indispensable pour les études réglementées que nous lançons à la rentrée.

Je vous souhaite le meilleur pour la suite.

Aurélie Masson
Head of Design
Santé Plume
48, rue du Faubourg-Saint-Denis, 75010 Paris
+33 1 84 60 22 19
"""
add(kind=K, slug="confirmation_ecrite_apres_appel", lang="fr", company="Santé Plume",
    contact="aurelie.masson@santeplume.example.fr",
    frm=("Aurélie Masson", "aurelie.masson@santeplume.example.fr"), frm_enc=("utf-8", "B"),
    subject="Suite à notre appel", date="2026-05-29 12:36", tz="+0200",
    refs=["plume_invite", "plume_move"], text=T, html=simple_html(T))

# --------------------------------------------------------------------------- English

T = """Hi Maxime,

I heard back from Harbourline this afternoon. They've decided not to take your application further for the Customer Insights Associate role. The hiring manager felt the gap on quantitative analysis (SQL, survey weighting) was too wide for this particular team, even though she enjoyed the conversation.

I know that's disappointing after two rounds. For what it's worth, she said your stories about reading customers during the morning rush were the best part of the interview.

I'll keep sending you roles that lean more qualitative. Talk soon,

Jordan Okafor
Senior Consultant, Customer & Digital
Brightpath Talent | 155 Wellington St W, Suite 2200, Toronto, ON M5V 3H1
416-555-0139
"""
add(kind=K, slug="agency_relays_bank_no", lang="en", company="Harbourline Bank",
    contact="jordan.okafor@brightpathtalent.example.com",
    frm=("Jordan Okafor", "jordan.okafor@brightpathtalent.example.com"),
    subject="Harbourline - update", date="2026-04-22 16:55", tz="-0400",
    refs=["brightpath_reg", "brightpath_harbourline"], text=T, cte="7bit")

T = """Hi Maxime,

Thank you for taking the time to speak with our team about the UX Research Coordinator position at Quill Health.

We have reviewed your application carefully and will not be moving you forward in the process. We know this isn't the news you were hoping for, and we appreciate the effort you put into your conversations with us.

We'd be glad to see your name again on future openings.

Best regards,
Quill Health Talent Team
"""
add(kind=K, slug="lever_formal_after_screen", lang="en", company="Quill Health",
    frm=("Quill Health", "no-reply@hire.lever.co"),
    subject="Your application to Quill Health", date="2026-03-18 20:14", tz="+0000",
    refs=["quill_ack", "quill_screen", "quill_move"],
    text=T, html=ats_card("Quill Health", T, color="#5b3cc4"),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Hi Maxime,

Thanks again for spending the afternoon with the research team last week.

After a lot of discussion, we've decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly around running mixed-methods studies at scale. I know that's a frustrating sentence to read after a full panel, so I'll add the honest version: it came down to a candidate who has already run a diary study with more than 200 participants.

If you'd like feedback on the research plan exercise, reply to this email and I'll set up 15 minutes.

Priya Raman
Talent Partner, Tessellate Labs
"""
add(kind=K, slug="greenhouse_closer_match", lang="en", company="Tessellate Labs",
    contact="priya.raman@tessellate.example.com",
    frm=("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Priya Raman", "priya.raman@tessellate.example.com"),
    subject="Tessellate Labs - UX Researcher", date="2026-05-06 21:03", tz="+0000",
    refs=["tessellate_panel", "tessellate_move"],
    text=T, html=simple_html(T))

T = """Maxime - we're going another direction on the research hire. Appreciate you coming by the office.

Dev

Sent from my iPhone
"""
add(kind=K, slug="founder_one_liner", lang="en", company="Parcel Owl",
    contact="dev@parcelowl.example.com", frm=("Dev Malhotra", "dev@parcelowl.example.com"),
    subject="Re: coffee + research role", date="2026-04-03 22:41", tz="-0400",
    refs=["parcelowl_chat"], text=T, cte="7bit")

OLD = """Hi Rachel,

Thank you for organizing yesterday's interview, and please pass my thanks to Tom and Aaliyah as well. I especially enjoyed the discussion about claims call recordings and how the team turns them into journey maps.

I'm very interested in the role and happy to share anything else you need for the next steps.

Best,
Maxime"""
T = reply("""Dear Maxime,

Thank you for your kind note, it was a pleasure for all of us to meet you.

I'm sorry to say that we have offered the Customer Experience Research Analyst position to another candidate, who has accepted. The decision was close, and Tom asked me to tell you how much he liked your answer on the claims recordings.

We'll hold on to your details, and I hope our paths cross again.

Warm regards,
Rachel Kim
Talent Acquisition Lead | Copperline Insurance
200 Bay Street, 14th floor, Toronto, ON M5J 2J2
T 416-555-0171
""", "en", "Thu, Jun 11, 2026 at 8:15 PM", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=K, slug="after_interview_quotes_thanks", lang="en", company="Copperline Insurance",
    contact="rachel.kim@copperline.example.com",
    frm=("Rachel Kim", "rachel.kim@copperline.example.com"),
    subject="RE: Thank you - CX Research Analyst interview", date="2026-06-16 10:05",
    tz="-0400", refs=["copperline_invite", "copperline_cancel", "sent-copperline-thanks"],
    text=T, cte="quoted-printable")

T = """Hi Maxime,

I wanted to let you know personally before the posting comes down: we ended up filling the Customer Experience Researcher role from inside the company. One of our store managers, who has been running our in-store feedback program for two years, put her hand up and it made too much sense to pass on.

I really enjoyed our conversation and I'm sorry this one didn't work out. You'd be a great fit for the research panel we're building in the fall, and I'll reach out if that becomes a real job.

All the best,
Megan Doyle
People & Culture, Ridgeway Outfitters
"""
add(kind=K, slug="filled_internally_outlook_html", lang="en", company="Ridgeway Outfitters",
    contact="megan.doyle@ridgeway.example.com",
    frm=("Doyle, Megan", "megan.doyle@ridgeway.example.com"),
    subject="Customer Experience Researcher - an update", date="2026-07-09 14:22", tz="-0400",
    html=outlook_html(T), cte="quoted-printable")

T = """Hello Maxime,

Thank you for applying for the Junior UX Researcher position at Ostkreuz Analytics in Berlin.

We've now completed our review, and we won't be progressing your application to the interview stage. We had a very strong pool for this role and prioritized people who already work with German-speaking research participants.

We wish you the best in your search.

The Ostkreuz Analytics Hiring Team
"""
add(kind=K, slug="ashby_berlin_in_english", lang="en", company="Ostkreuz Analytics",
    frm=("Ostkreuz Analytics", "no-reply@ashbyhq.com"),
    subject="Update on your application - Junior UX Researcher", date="2026-08-19 09:44",
    tz="+0200", text=T, html=ats_card("Ostkreuz Analytics", T, color="#111827",
                                      footer="Powered by Ashby"),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Selection procedure EANA/AST/2026/014 - User Research Assistant (AST 3)

Dear Candidate,

The Selection Board has completed its assessment of the written tests and interviews for the above procedure.

We regret to inform you that your name has not been placed on the reserve list. The Board's assessment of your performance in each competency is available in your EANA candidate account.

You may request a review of the Board's decision within 10 calendar days, using the form attached to your candidate account.

EANA Selection Team
European Accessibility Network Agency
Rue de la Loi 86, 1040 Brussels

This e-mail is intended solely for the addressee. It may contain personal data processed under Regulation (EU) 2018/1725. If you are not the intended recipient, please delete it and inform the sender. Unless expressly stated otherwise, this message does not constitute a legally binding decision.
"""
add(kind=K, slug="reserve_list_not_placed", lang="en",
    company="European Accessibility Network Agency",
    frm=("EANA Selection", "selection-noreply@eana.example.eu"),
    subject="EANA/AST/2026/014 - outcome of the selection procedure", date="2026-09-04 12:00",
    tz="+0200", refs=["eana_ack"], text=T, charset="iso-8859-1", cte="7bit",
    headers=[("Auto-Submitted", "auto-generated")])

OLD = """Hi Maxime,

We had you down for a video interview this morning at 10:00 Madrid time with me and Álvaro, and we waited on Google Meet for about fifteen minutes. I hope everything is OK on your side!

If something came up, just let me know and we'll see what we can do.

Lucía"""
T = outlook("""Hi Maxime,

Thanks for your message and no worries at all about the time-zone mix-up, it happens to all of us.

Unfortunately I now have less good news: we were told this week that the hiring budget for the second half of the year has been frozen. We are closing the search for the UX Researcher role and won't be continuing with any of the candidates, you included. I'm really sorry, as I was looking forward to rebooking our chat.

If the role reopens in 2027, I will contact you first.

Best,
Lucía Ferrer
People Lead | Ola Travel Tech
Calle de Alcalá 155, 28009 Madrid
+34 910 55 42 18
""", "en", "Lucía Ferrer <lucia.ferrer@olatravel.example.es>", "Tuesday, July 14, 2026 10:31",
    "Maxime Tremblay-Nguyen <maxime.tn@example.ca>", "Our interview this morning", OLD)
add(kind=K, slug="budget_frozen_closing_search", lang="en", company="Ola Travel Tech",
    contact="lucia.ferrer@olatravel.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@olatravel.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="RE: Our interview this morning", date="2026-07-17 13:18", tz="+0200",
    refs=["ola_invite", "ola_missed", "sent-ola-apology"], text=T, html=outlook_html(T))

# --------------------------------------------------------------------------- Deutsch

T = """Hallo Maxime,

vielen Dank für das Gespräch mit Jan und mir und für die Zeit, die Sie sich für uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess für die Stelle als UX Researcher (m/w/d) mit anderen Kandidat:innen fortzusetzen. Ausschlaggebend war am Ende die Erfahrung mit quantitativen Usability-Tests, die für unser Team im Moment im Vordergrund steht.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute und würden uns freuen, wenn Sie uns bei passenden Stellen wieder berücksichtigen.

Viele Grüße
Lea Hoffmann
People & Culture, Spreewerk
"""
add(kind=K, slug="personio_absage_nach_gespraech", lang="de", company="Spreewerk",
    contact="lea.hoffmann@spreewerk.example.de",
    frm=("Spreewerk GmbH", "noreply@personio.de"),
    reply_to=("Lea Hoffmann", "lea.hoffmann@spreewerk.example.de"),
    subject="Ihre Bewerbung als UX Researcher (m/w/d) bei Spreewerk",
    date="2026-03-27 15:12", tz="+0100", refs=["spreewerk_ack", "spreewerk_invite",
                                             "spreewerk_move"],
    text=T, html=ats_card("Spreewerk", T, color="#0b6e4f",
                          footer="Spreewerk GmbH, Köpenicker Straße 126, 10179 Berlin. "
                                 "Amtsgericht Charlottenburg HRB 201144 B"),
    headers=[("Auto-Submitted", "auto-generated")])

T = """Sehr geehrter Herr Tremblay-Nguyen,

wir bedanken uns für Ihre Geduld und Ihr Interesse an der Kiezbank.

Nach dem Gespräch in der vergangenen Woche haben wir uns nun für eine Bewerberin entschieden, deren Profil unseren Anforderungen an die Stelle "Customer Insights Analyst (m/w/d)" noch näher kommt. Ihre Unterlagen werden wir gemäß den Datenschutzbestimmungen nach sechs Monaten löschen.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kiezbank

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""
add(kind=K, slug="softgarden_latin1_absage", lang="de", company="Kiezbank",
    frm=("Kiezbank Karriere", "noreply@softgarden.io"),
    subject="Rückmeldung zu Ihrer Bewerbung - Customer Insights Analyst",
    subj_enc=("iso-8859-1", "Q"), date="2026-05-08 09:30", tz="+0200",
    refs=["kiezbank_ack", "kiezbank_invite", "kiezbank_missed", "kiezbank_new"],
    text=T, charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

T = """Hallo Maxime,

ich habe heute Rückmeldung von unserem Kunden bekommen, dem E-Commerce-Unternehmen in Friedrichshain, bei dem Sie sich für die Rolle im Bereich Kundenforschung vorgestellt hatten.

Leider hat der Kunde die Position mit jemandem besetzt, der bereits Erfahrung mit Tagebuchstudien im Onlinehandel mitbringt. Für Sie geht es dort also nicht weiter.

Ich melde mich, sobald ich ein Mandat habe, das besser zu Ihrem Profil aus Gastronomie und Service passt.

Beste Grüße
Miriam Yilmaz
Senior Consultant | Hauptstadt Talente
Torstraße 140, 10119 Berlin
+49 30 555 27 41
"""
add(kind=K, slug="agentur_kunde_ungenannt", lang="de", company="Hauptstadt Talente",
    contact="miriam.yilmaz@hauptstadt-talente.example.de",
    frm=("Miriam Yilmaz", "miriam.yilmaz@hauptstadt-talente.example.de"),
    subject="Feedback vom Kunden", date="2026-08-25 17:03", tz="+0200",
    refs=["hauptstadt_reg"], text=T, cte="quoted-printable")

T = """Hey Maxime,

kurze Rückmeldung von uns: Wir machen mit jemand anderem weiter. War trotzdem richtig nett, dich kennenzulernen, und dein Blick auf Kund:innen hinter der Theke hat uns echt zum Nachdenken gebracht.

Alles Gute!
Felix
"""
add(kind=K, slug="startup_kurz_du", lang="de", company="Krautlabs",
    contact="felix@krautlabs.example.de", frm=("Felix Brandt", "felix@krautlabs.example.de"),
    subject="Re: Research-Stelle bei Krautlabs", date="2026-09-15 19:26", tz="+0200",
    refs=["sent-krautlabs-application"], text=T, cte="8bit")

# --------------------------------------------------------------------------- español

T = """Hola, Maxime:

Gracias por la entrevista del jueves con el equipo de Producto, y de nuevo por tu flexibilidad para cambiar la fecha.

Tras comentarlo entre todos, hemos decidido seguir adelante con otra candidata cuya experiencia en investigación con usuarios de banca se ajusta más a lo que necesitamos en este momento. Sé que no es la respuesta que esperabas.

Nos gustó mucho cómo explicaste tus observaciones en la cafetería. Te deseo mucha suerte en la búsqueda.

Un saludo,
Marta Ruiz Olmedo
Talent Acquisition | Cervantes Digital
Paseo de la Castellana 93, 28046 Madrid
"""
add(kind=K, slug="tras_entrevista_otra_candidata", lang="es", company="Cervantes Digital",
    contact="marta.ruiz@cervantesdigital.example.es",
    frm=("Marta Ruiz Olmedo", "marta.ruiz@cervantesdigital.example.es"),
    subject="Proceso UX Researcher - Cervantes Digital", date="2026-07-31 12:50", tz="+0200",
    refs=["cervantes_ack", "cervantes_invite", "cervantes_missed", "cervantes_new"],
    text=T, html=simple_html(T))

T = """Estimado/a candidato/a:

Le agradecemos su participación en la jornada de evaluación para el puesto de Analista de Experiencia de Cliente (ref. BA-2026-0318).

Le informamos de que, una vez valoradas todas las pruebas, su candidatura no ha sido seleccionada para continuar en el proceso. Sus datos se conservarán en nuestra base de talento durante doce meses, salvo que nos indique lo contrario.

Atentamente,
Dirección de Talento
Banco Alcázar

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.
"""
add(kind=K, slug="successfactors_cp1252", lang="es", company="Banco Alcázar",
    frm=("Banco Alcázar - Talento", "no-reply@successfactors.eu"), frm_enc=("iso-8859-1", "B"),
    subject="Resolución de su candidatura BA-2026-0318", subj_enc=("iso-8859-1", "Q"),
    date="2026-06-24 11:00", tz="+0200", refs=["alcazar_ack", "alcazar_assessment"],
    text=T, html=ats_card("Banco Alcázar", T, color="#8a1538"),
    charset="windows-1252", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")])

OLD = """Hola, Javier:

Os escribo por la oferta de Investigación de clientes que vi en el tablón de la tienda de Embajadores. Trabajo desde hace seis años en cafeterías, ahora como encargado de turno en Montreal, y me mudo a Madrid en septiembre. Os adjunto mi CV.

Un saludo,
Maxime"""
T = reply("""Hola, Maxime:

Gracias por escribirnos y perdona la tardanza.

Al final la plaza de Investigación de clientes la ha ocupado una compañera de la tienda de Embajadores que llevaba tiempo pidiéndola, así que el proceso queda cerrado y no podemos contar contigo esta vez.

Cuando llegues a Madrid pásate por el mercado, que el café lo invito yo.

Javier Ortega
Responsable de Personas
Mercado Lavapiés
""", "es", "lun, 3 ago 2026 a las 23:10", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=K, slug="plaza_cubierta_interna", lang="es", company="Mercado Lavapiés",
    contact="javier.ortega@mercadolavapies.example.es",
    frm=("Javier Ortega", "javier.ortega@mercadolavapies.example.es"),
    subject="Re: Candidatura - Investigación de clientes", date="2026-08-20 09:37", tz="+0200",
    refs=["sent-lavapies-application"], text=T, cte="quoted-printable")

assert len(MESSAGES) == 31, len(MESSAGES)
assert ME
