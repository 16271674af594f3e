"""Corpus 235, hand-written rejections (31 messages)."""

from msgs235_common import (
    ME, am_schrieb, ats_card, el_escribio, le_a_ecrit, mso, on_wrote, outlook_block, outlook_html, paras, pdf, plain_html, quote,
)

K = "rejection"

MESSAGES = []

# --------------------------------------------------------------------------- French

_lem_text = """Bonjour Elodie,

Nous vous remercions de l'intérêt que vous portez à Horlogerie Lemarchand et du temps consacré à votre candidature au poste d'Analyste reporting ESG (H/F/D) à Bienne.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pourrons pas lui donner une suite favorable. Ce choix ne remet en rien en cause la qualité de votre parcours.

Avec votre accord, votre profil reste dans notre vivier de talents pendant 24 mois. Vous pouvez à tout moment le retirer depuis votre espace candidat.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Horlogerie Lemarchand

Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre."""

MESSAGES.append(dict(
    kind=K, name="lemarchand_smartrecruiters_form", lang="fr", company="Horlogerie Lemarchand",
    contact="", mid="lem-rej", parent="lem-ack",
    frm=("Horlogerie Lemarchand", "noreply@smartrecruiters.com"),
    subject="Votre candidature – Analyste reporting ESG (H/F/D)", subj_enc=("utf-8", "b"),
    date="2026-03-09 07:15 +0000",
    text=_lem_text, cte="quoted-printable",
    html=ats_card("Horlogerie Lemarchand", "#0b2d4f", paras(_lem_text.rsplit("\n\n", 1)[0]),
                  footer="Cet e-mail a été envoyé automatiquement via SmartRecruiters. "
                         "<a href=\"https://jobs.smartrecruiters.com/privacy\">Confidentialité</a>",
                  lang="fr"),
    html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated"),
             ("X-SR-Campaign", "candidate-status-rejected")],
))

_jorat_quoted = """Bonjour Elodie,

Jorat Assurances me demande de décaler votre entretien au jeudi 12 février à 14h00 (au lieu du mercredi 11). Même adresse : av. Général-Guisan 52, Pully, 3e étage, demandez M. Rochat à la réception.

Merci de me confirmer que cela vous convient.

Maëlle"""

MESSAGES.append(dict(
    kind=K, name="rhone_emploi_relays_jorat_no", lang="fr", company="Jorat Assurances",
    contact="maelle.chappuis@rhone-emploi.example.ch", mid="rhone-jorat-rej",
    parent="rhone-jorat-move",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Re: Jorat Assurances – nouvel horaire", date="2026-02-17 11:48 +0100",
    text=f"""Bonjour Elodie,

J'ai eu M. Rochat de Jorat Assurances au téléphone ce matin. Je préfère vous le dire sans détour : ils ne vont pas poursuivre avec votre candidature pour le poste de spécialiste reporting extra-financier.

Leur retour est encourageant sur la forme, votre présentation les a convaincus, mais ils veulent quelqu'un qui a déjà piloté un rapport GRI de bout en bout, et c'est ce qui a fait pencher la balance.

Je garde votre dossier en haut de la pile. Une banque de la place vient de me confier un mandat qui pourrait mieux vous correspondre ; je vous appelle la semaine prochaine à ce sujet.

Belle fin de journée,
Maëlle

Maëlle Chappuis
Consultante senior – Finance & Assurance
Rhône Emploi
Rue du Petit-Chêne 18, 1003 Lausanne
+41 21 310 44 72

{le_a_ecrit("lun. 9 févr. 2026 à 16:02", "Maëlle Chappuis <maelle.chappuis@rhone-emploi.example.ch>")}
{quote(_jorat_quoted)}""",
    cte="quoted-printable",
))

MESSAGES.append(dict(
    kind=K, name="credit_rhodanien_after_assessment", lang="fr", company="Crédit Rhodanien",
    contact="berenice.vallat@credit-rhodanien.example.fr", mid="rhod-rej", parent="rhod-inv",
    frm=("Bérénice Vallat", "berenice.vallat@credit-rhodanien.example.fr"),
    frm_enc=("iso-8859-1", "q"),
    subject="Suite à votre journée d'évaluation du 26 mars", subj_enc=("iso-8859-1", "q"),
    date="2026-04-08 16:20 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous vous remercions vivement pour votre participation à la journée d'évaluation du 26 mars dans nos locaux de la Part-Dieu, ainsi que pour la qualité de vos échanges avec nos équipes.

Le jury a finalement retenu des profils dont l'expérience répond de plus près aux exigences du poste de chargé(e) de reporting RSE, notamment sur la taxonomie européenne et le pilotage des vérifications par l'organisme tiers indépendant.

Cette décision n'a pas été simple. Si vous le souhaitez, je peux vous faire un retour détaillé par téléphone sur vos résultats aux mises en situation.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Bérénice Vallat
Chargée de recrutement
Direction des Ressources humaines
Crédit Rhodanien
12 cours Lafayette, 69003 Lyon
Tél. 04 72 60 18 35

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur. Le Crédit Rhodanien décline toute responsabilité au titre de ce message s'il a été altéré ou falsifié.""",
))

_rivaz_text = """Chère Madame Wasserfall-Mbatha,

Je reviens vers vous concernant le poste d’analyste durabilité au sein de notre département Investissements responsables.

Entre-temps, une collaboratrice de notre équipe Conformité a postulé à l’interne et sa candidature a été retenue. Le poste est donc pourvu et le processus externe s’arrête ici. Je suis navrée de vous l’annoncer, d’autant plus que l’annulation de notre entretien du 19 mai était déjà liée à ce changement.

Je vous remercie de votre patience et de l’intérêt porté à notre établissement.

Meilleures salutations,

Delphine Maillard
Responsable Acquisition de talents
Banque Privée Rivaz
Quai de l’Île 7 | 1204 Genève
T +41 22 818 42 60

Ce message est confidentiel et peut être couvert par le secret bancaire. Si vous n’en êtes pas le destinataire, veuillez en informer l’expéditeur et le supprimer. Banque Privée Rivaz ne garantit pas l’intégrité des courriels transmis par Internet."""

MESSAGES.append(dict(
    kind=K, name="banque_rivaz_filled_internally", lang="fr", company="Banque Privée Rivaz",
    contact="delphine.maillard@rivaz.example.ch", mid="rivaz-rej", parent="rivaz-cancel",
    frm=("Maillard Delphine", "delphine.maillard@rivaz.example.ch"),
    subject="Poste d’analyste durabilité – votre candidature", subj_enc=("windows-1252", "q"),
    date="2026-05-27 09:05 +0200", charset="windows-1252", cte="quoted-printable",
    text=_rivaz_text,
    html=outlook_html(mso(_rivaz_text), charset="windows-1252"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
              "Poste d'analyste durabilite - votre candidature")],
))

_sav_quoted = f"""{le_a_ecrit("lun. 8 juin 2026 à 08:31", "Thierry Ducret <t.ducret@savoie-mutualite.example.fr>")}
> Madame,
>
> Notre directrice financière étant souffrante, nous devons reporter l'entretien
> prévu demain. Je vous propose le mardi 16 juin à 10h30, même lieu (avenue de
> Genève, Annecy). Pouvez-vous me confirmer ?
>
> Cordialement,
> T. Ducret"""

MESSAGES.append(dict(
    kind=K, name="savoie_mutualite_terse", lang="fr", company="Savoie Mutualité",
    contact="t.ducret@savoie-mutualite.example.fr", mid="sav-rej", parent="sav-move",
    frm=("Thierry Ducret", "t.ducret@savoie-mutualite.example.fr"),
    subject="Re: Report de votre entretien", date="2026-06-18 17:52 +0200", cte="8bit",
    text=f"""Madame,

Après réflexion, nous ne donnerons pas suite à votre candidature.

Cordialement,
T. Ducret

{_sav_quoted}""",
))

_valdor_text = """Bonjour Madame Wasserfall-Mbatha,

Suite à mon message de la semaine dernière, je vous devais une nouvelle date d'entretien.

Malheureusement, la direction a décidé de geler puis de supprimer le poste d'analyste reporting durabilité dans le cadre de la revue budgétaire du second semestre. Le recrutement est clos, pour vous comme pour les autres personnes encore en lice.

Je suis sincèrement désolée de cette issue, qui n'a rien à voir avec votre profil.

Bien à vous,

Sophie Rey-Mermet
HR Business Partner
Groupe Valdor – Route des Jeunes 12, 1227 Les Acacias
+41 22 307 55 10"""

MESSAGES.append(dict(
    kind=K, name="groupe_valdor_role_cancelled", lang="fr", company="Groupe Valdor",
    contact="sophie.reymermet@valdor.example.ch", mid="valdor-rej", parent="valdor-missed",
    frm=("Sophie Rey-Mermet", "sophie.reymermet@valdor.example.ch"),
    subject="Poste Sustainability Reporting Analyst : information",
    date="2026-08-04 14:37 +0200",
    html=plain_html(paras(_valdor_text), "Information", "fr"), html_cte="quoted-printable",
))

_cadran_thanks = """Bonjour Nicolas,

Un grand merci pour l'entretien de cet après-midi et pour le temps que vous et Aline m'avez consacré. Le cas pratique sur l'analyse de double matérialité m'a vraiment donné envie de rejoindre vos mandats.

Je reste à disposition pour tout complément.

Belle soirée,
Elodie"""

MESSAGES.append(dict(
    kind=K, name="cadran_conseil_quotes_thank_you", lang="fr", company="Cadran Conseil",
    contact="nicolas.bezencon@cadran-conseil.example.ch", mid="cadran-rej",
    parent="cadran-thanks",
    frm=("Nicolas Bezençon", "nicolas.bezencon@cadran-conseil.example.ch"),
    frm_enc=("utf-8", "b"),
    subject="Re: Merci pour l'échange de cet après-midi", subj_enc=("utf-8", "q"),
    date="2026-09-10 12:14 +0200", cte="quoted-printable",
    text=f"""Bonjour Elodie,

Merci pour votre gentil message et pour l'échange de la semaine dernière avec Aline et moi-même.

Nous avons pris le temps de comparer les profils rencontrés. Notre choix s'est porté sur une personne qui a déjà mené des missions de double matérialité chez des clients industriels, ce qui correspond au besoin immédiat de nos mandats. Ce n'est donc pas vous cette fois, et je le regrette, car votre regard de banquière nous a plu.

Si un poste plus orienté secteur financier s'ouvre chez nous au printemps, je penserai à vous.

Amicalement,
Nicolas

Nicolas Bezençon | Associé
Cadran Conseil – Place de la Riponne 3, 1005 Lausanne
+41 21 552 10 83

{le_a_ecrit("jeu. 3 sept. 2026 à 18:12", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_cadran_thanks)}""",
))

MESSAGES.append(dict(
    kind=K, name="vireo_talent_unnamed_client", lang="fr", company="Vireo Talent",
    contact="karim@vireo-talent.example.ch", mid="vireo-rej", parent="vireo-missed",
    frm=("Karim Benslimane | Vireo Talent", "karim@vireo-talent.example.ch"),
    subject="Mandat reporting durabilité – décision de notre client",
    subj_enc=("utf-8", "q"), date="2026-07-21 19:03 +0200",
    text="""Chère Elodie,

Je sors d'un appel avec notre client, le négociant genevois dont je vous ai parlé. Après votre rencontre de jeudi avec leur CFO, ils ont décidé de poursuivre uniquement avec un profil issu du trading de matières premières. Ils ne vous feront donc pas de proposition.

Je sais que vous y croyiez, et franchement moi aussi. Le feedback du CFO sur votre rigueur est excellent, je vous le détaillerai volontiers de vive voix.

Je continue à vous présenter sur mes mandats banque et assurance, et je vous tiens au courant dès que quelque chose de sérieux se présente.

Bien à vous,
Karim

Karim Benslimane
Partner – Finance & Sustainability Search
Vireo Talent
Rue du Rhône 65, 1204 Genève
+41 22 700 31 90""",
    cte="8bit",
))

MESSAGES.append(dict(
    kind=K, name="bellecour_climat_casual", lang="fr", company="Bellecour Climat",
    contact="lou@bellecour-climat.example.org", mid="bell-rej", parent="bell-missed",
    frm=("Lou Garnier", "lou@bellecour-climat.example.org"),
    subject="Re: On s'est ratées mardi", date="2026-04-29 21:40 +0200",
    text="""Salut Elodie,

Merci encore d'avoir pris le temps pour l'appel de jeudi, finalement on a réussi à se parler !

Je vais être franche avec toi : le bureau a décidé de confier la mission de reporting à une bénévole de l'asso qui connaît déjà nos données par cœur. Du coup on ne recrute plus à l'extérieur pour ce mi-temps, et je ne peux pas te proposer le poste.

J'aurais adoré bosser avec toi. Si tu passes à Lyon, viens boire un verre à nos apéros climat du premier mardi du mois.

Bises et bon courage pour la suite,
Lou

--
Lou Garnier · coordinatrice
Bellecour Climat, 9 rue Auguste-Comte, 69002 Lyon""",
    cte="quoted-printable",
))

MESSAGES.append(dict(
    kind=K, name="banque_riviera_internal_mobility", lang="fr",
    company="Banque Riviera Vaudoise", contact="fabienne.cuendet@riviera-banque.example.ch",
    mid="riviera-rej",
    frm=("Cuendet Fabienne (RH)", "fabienne.cuendet@riviera-banque.example.ch"),
    subject="Ta candidature interne – poste Analyste durabilité (réf. INT-26-014)",
    subj_enc=("windows-1252", "b"), date="2026-02-27 15:31 +0100",
    charset="windows-1252", cte="quoted-printable",
    text="""Chère Elodie,

Comme promis, je te donne le retour du comité de mobilité interne sur ta candidature au poste d’Analyste durabilité rattaché à la Direction financière.

Le comité a retenu une autre candidature, celle d’un collègue qui travaille déjà sur les données climat du portefeuille hypothécaire. Ta candidature n’a donc pas été retenue pour ce poste.

Ce n’est pas un non à ton envie d’évoluer : tes entretiens ont laissé une très bonne impression. Je te propose d’en parler avec ton responsable lors de ton entretien annuel, notamment pour un module de formation en finance durable financé par la banque.

Belle fin de semaine,
Fabienne

Fabienne Cuendet
Partenaire RH – Réseau Lausanne
Banque Riviera Vaudoise | Place Saint-François 9 | 1003 Lausanne
Tél. interne 4418 | +41 21 340 44 18""",
))

_ps_text = """Madame,

Votre candidature au poste d'Analyste reporting extra-financier (réf. R-10472, Lyon) a été étudiée avec attention par nos équipes.

Nous ne sommes malheureusement pas en mesure de vous proposer de poursuivre le processus de recrutement.

Nous vous remercions pour la confiance accordée à Prévoyance Saône et vous invitons à consulter régulièrement nos offres sur notre site carrières.

Prévoyance Saône – Ressources humaines

Ceci est un message automatique envoyé par Workday. Merci de ne pas y répondre."""

MESSAGES.append(dict(
    kind=K, name="prevoyance_saone_workday", lang="fr", company="Prévoyance Saône",
    contact="", mid="ps-rej", parent="ps-missed",
    frm=("Prévoyance Saône", "prevoyancesaone@myworkday.com"), frm_enc=("iso-8859-1", "q"),
    subject="Votre candidature R-10472", date="2026-05-05 03:12 +0000",
    text=_ps_text, cte="quoted-printable",
    html=ats_card("Prévoyance Saône", "#5a2a82", paras(_ps_text), lang="fr",
                  footer="Powered by Workday"),
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
))

MESSAGES.append(dict(
    kind=K, name="arve_vivante_on_hold", lang="fr", company="Collectif Arve Vivante",
    contact="m.favre@arve-vivante.example.org", mid="arve-rej",
    frm=("Matthieu Favre", "m.favre@arve-vivante.example.org"),
    subject="Recrutement chargé·e de reporting – mise en suspens", subj_enc=("utf-8", "b"),
    date="2026-08-20 10:26 +0200", cte="base64",
    text="""Bonjour Elodie,

Je vous écris au nom du comité du Collectif Arve Vivante au sujet du poste de chargé·e de reporting d'impact à 60 %.

Notre principale fondation partenaire vient de reporter sa décision de financement à l'an prochain. Sans cette garantie, le comité a décidé de mettre le poste en suspens et de ne pas poursuivre le recrutement en cours. Nous ne pourrons donc pas donner suite à votre candidature.

Nous savons que cette nouvelle arrive tard et nous en sommes désolés. Si le poste est rouvert en 2027, nous vous écrirons en priorité.

Avec nos salutations cordiales,

Matthieu Favre
Trésorier, Collectif Arve Vivante
Case postale 118, 1211 Genève 8""",
))

_aravis_prev = outlook_block(
    "fr", "Claire Mugnier <claire.mugnier@aravis-manufacture.example.fr>",
    "lundi 7 septembre 2026 11:02", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>",
    "Mise en situation : changement de date")

MESSAGES.append(dict(
    kind=K, name="manufacture_aravis_after_trial", lang="fr", company="Manufacture Aravis",
    contact="claire.mugnier@aravis-manufacture.example.fr", mid="aravis-rej",
    parent="aravis-move",
    frm=("Claire Mugnier", "claire.mugnier@aravis-manufacture.example.fr"),
    subject="Réponse suite à votre demi-journée à Cluses", subj_enc=("iso-8859-1", "b"),
    date="2026-09-15 17:45 +0200", charset="iso-8859-1", cte="quoted-printable",
    text=f"""Bonjour Madame Wasserfall-Mbatha,

Merci d'être venue jusqu'à Cluses jeudi dernier pour la demi-journée de mise en situation avec l'équipe Finance.

Nous avons décidé de ne pas retenir votre candidature. Les exercices ont montré une vraie aisance sur les contrôles, mais il vous manque encore la connaissance des processus industriels dont l'équipe a besoin pour le bilan carbone de nos ateliers.

Je vous souhaite de trouver rapidement le poste qui vous correspond.

Claire Mugnier
Responsable RH
Manufacture Aravis
ZI des Grands Prés, 74300 Cluses
04 50 98 21 63

{_aravis_prev}

Bonjour Madame,

Nous devons décaler votre demi-journée du mercredi 9 au jeudi 10 septembre, même horaire (8h30). Le reste du programme est inchangé.

Bien cordialement,
Claire Mugnier""",
))

MESSAGES.append(dict(
    kind=K, name="rhone_emploi_client_closes_after_no_show", lang="fr",
    company="Rhône Emploi", contact="maelle.chappuis@rhone-emploi.example.ch",
    mid="rhone-client-rej", parent="rhone-client-missed",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("utf-8", "q"),
    subject="Re: Rendez-vous de ce matin", date="2026-05-26 08:57 +0200",
    cte="quoted-printable",
    text=f"""Bonjour Elodie,

Comme je le craignais après le rendez-vous manqué de mercredi dernier, notre client ne souhaite pas organiser de nouvelle rencontre et clôt votre candidature pour le poste d'analyste ESG. J'ai bien expliqué le problème d'invitation envoyée à la mauvaise adresse, mais leur décision est prise.

Je suis désolée, d'autant que votre profil leur plaisait sur le papier. On en reparle quand vous voulez, j'ai d'autres mandats en cours.

Maëlle

{le_a_ecrit("mer. 20 mai 2026 à 10:41", "Maëlle Chappuis <maelle.chappuis@rhone-emploi.example.ch>")}
> Elodie, notre client vous attendait ce matin à 9h30 à Genève et personne ne s'est
> présenté. Tout va bien ? Rappelez-moi dès que possible, svp.""",
))

MESSAGES.append(dict(
    kind=K, name="interim_fourviere_relays_terreaux", lang="fr", company="Banque Terreaux",
    contact="s.piot@fourviere-interim.example.fr", mid="fourv-rej", parent="fourv-reg",
    frm=("Sandrine Piot - Intérim Fourvière", "s.piot@fourviere-interim.example.fr"),
    frm_enc=("iso-8859-1", "b"),
    subject="Banque Terreaux : leur réponse", subj_enc=("utf-8", "q"),
    date="2026-10-06 13:22 +0200",
    text="""Bonjour Elodie,

La Banque Terreaux m'a rappelée au sujet de la mission de reporting CSRD de six mois. Malheureusement ils ne retiennent pas votre candidature : ils ont besoin de quelqu'un de disponible dès le 2 novembre, et votre préavis de trois mois côté suisse ne colle pas avec leur calendrier de clôture.

Ils ont aimé votre parcours, et je le note dans votre dossier. Je reste à l'affût d'une mission qui démarre en début d'année.

Cordialement,

Sandrine Piot
Chargée d'affaires – Tertiaire & Finance
Intérim Fourvière
27 quai Saint-Vincent, 69001 Lyon
04 78 29 60 14""",
    cte="quoted-printable",
))

# --------------------------------------------------------------------------- English

_circle_text = """Hi Elodie,

Thank you for the time you put into our interview process for the ESG Data & Reporting Analyst role, and for your flexibility with the scheduling.

We've now completed the final round, and we're sorry to tell you that we won't be offering you the position. It was a close call; the team particularly valued your grounding in banking controls.

We'll keep your details on file and may get in touch if a suitable role opens up.

Warm regards,
The Circle Metrics Talent Team"""

MESSAGES.append(dict(
    kind=K, name="circle_metrics_greenhouse_final", lang="en", company="Circle Metrics",
    contact="", mid="circle-rej", parent="circle-move",
    frm=("Circle Metrics", "no-reply@greenhouse-mail.io"),
    subject="Your application to Circle Metrics", date="2026-04-09 05:31 -0400",
    text=_circle_text,
    html=ats_card("Circle Metrics", "#3b3fb6", paras(_circle_text),
                  footer="Sent via Greenhouse. Please do not reply to this email.", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_kg_thanks = """Dear Pieter,

Thank you for this afternoon's conversation and for introducing me to Femke. I particularly enjoyed the discussion on how to phase in the PAI indicators for the infrastructure fund.

I remain very interested in the role and happy to share anything else you need.

Best regards,
Elodie"""

MESSAGES.append(dict(
    kind=K, name="keizersgracht_after_thank_you", lang="en", company="Keizersgracht Capital",
    contact="pieter.hoekstra@keizersgracht.example.nl", mid="kg-rej", parent="kg-thanks",
    frm=("Pieter Hoekstra", "pieter.hoekstra@keizersgracht.example.nl"),
    subject="Re: Thank you – Sustainable Finance Analyst", subj_enc=("utf-8", "q"),
    date="2026-05-21 16:08 +0200",
    text=f"""Dear Elodie,

Thanks for your kind note after our conversation. It was genuinely a pleasure on our side too.

I've just come out of the debrief with Femke and the investment committee. We have decided to go with another finalist who has spent the last three years building SFDR disclosures for a fund manager; with the deadlines we face in Q3, that hands-on experience tipped it.

I know this isn't the news you were hoping for. If you'd like more detailed feedback, I'm happy to set up fifteen minutes next week.

Kind regards,
Pieter

Pieter Hoekstra
Head of Sustainable Finance
Keizersgracht Capital
Herengracht 420, 1017 BZ Amsterdam
+31 20 794 1180

{on_wrote("Thu, 14 May 2026 at 19:02", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_kg_thanks)}""",
    cte="quoted-printable",
))

MESSAGES.append(dict(
    kind=K, name="noordlicht_icims_closely_matches", lang="en", company="Noordlicht Assurance",
    contact="", mid="nl-rej", parent="nl-move",
    frm=("Noordlicht Assurance Careers", "noreply@icims.com"),
    subject="Update on your application: Sustainability Reporting Specialist (2026-0713)",
    date="2026-08-28 14:02 +0000",
    html=ats_card("Noordlicht Assurance", "#0f6f8f", paras("""Dear Elodie,

Thank you for your interest in Noordlicht Assurance and for the conversations you had with our team about the Sustainability Reporting Specialist position (requisition 2026-0713).

After reviewing all applicants, we have decided to move forward with candidates whose experience more closely matches the requirements of this position.

We encourage you to keep an eye on our careers site for future opportunities.

Sincerely,
Noordlicht Assurance Talent Acquisition""") + '\n<p style="font-size:11px;color:#999">'
        'This message was sent from an unmonitored mailbox. '
        '<a href="https://careers-noordlicht.icims.com/jobs/login">Candidate portal</a></p>',
        lang="en"),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="open_canal_bamboohr_position_filled", lang="en",
    company="Open Canal Foundation", contact="", mid="oc-rej", parent="oc-missed",
    frm=("Open Canal Foundation", "noreply@bamboohr.com"),
    subject="Impact Reporting Officer at Open Canal Foundation", date="2026-07-14 09:00 +0000",
    text="""Hello Elodie,

We wanted to let you know that the Impact Reporting Officer position at Open Canal Foundation has now been filled.

We appreciate the interest you showed in our work on Amsterdam's waterways and thank you for applying. Your application will not be considered further for this opening.

All the best,
Open Canal Foundation

--
This email was sent by BambooHR on behalf of Open Canal Foundation.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="zytglogge_terse_from_phone", lang="en", company="Zytglogge Consulting",
    contact="tom.bruegger@zytglogge.example.ch", mid="zyt-rej",
    frm=("Tom Brügger", "tom.bruegger@zytglogge.example.ch"),
    subject="Re: ESG analyst application", date="2026-03-31 07:44 +0200",
    text="""Hi Elodie,

Quick one: we won't take your application further for the ESG analyst opening. Thanks for your interest and all the best.

Tom

Sent from my phone""",
))

MESSAGES.append(dict(
    kind=K, name="amstel_staffing_relays_polder_re", lang="en", company="Polder Re",
    contact="yara.mensah@amstelstaffing.example.nl", mid="amstel-rej", parent="amstel-inv",
    frm=("Yara Mensah", "yara.mensah@amstelstaffing.example.nl"),
    subject="Polder Re – feedback", subj_enc=("utf-8", "b"), date="2026-06-23 10:15 +0200",
    text="""Hi Elodie,

Polder Re came back to me this morning about the Climate Disclosure Analyst role.

They were impressed with how well prepared you were, but the hiring manager has chosen a candidate already based in the Netherlands who can start in July without a relocation. I pushed back a little on your behalf, but the decision is final.

I'm sorry it didn't work out this time. I'll keep you in mind for the insurance mandates I expect after the summer.

Best,
Yara

Yara Mensah | Senior Consultant, Finance & Risk
Amstel Staffing | Weesperstraat 61, 1018 VN Amsterdam | +31 20 261 8844""",
    cte="quoted-printable",
))

_zw_prev = outlook_block(
    "en", "Lukas Imhof <lukas.imhof@zeitwerk.example.ch>", "Monday, September 14, 2026 4:51 PM",
    "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>",
    "Canceled: Panel interview – Sustainability Reporting Analyst")

_zw_text = f"""Dear Elodie,

Following up on last week's cancellation: the business has decided to hire at manager level rather than an analyst for the sustainability reporting team. We are therefore closing this requisition, and we won't be rebooking your panel.

I'm sorry for the back and forth, and thank you for your patience throughout. Your profile is in our talent pool, and I'd be glad to contact you for analyst-level openings next year.

Kind regards,

Lukas Imhof
Talent Acquisition Partner
Zeitwerk Gruppe | Seefeldstrasse 123 | 8008 Zürich
+41 44 388 72 14

{_zw_prev}

Hi Elodie, we need to cancel tomorrow's panel. Apologies for the short notice; I will come back to you with next steps.
Lukas"""

MESSAGES.append(dict(
    kind=K, name="zeitwerk_requisition_closed", lang="en", company="Zeitwerk Gruppe",
    contact="lukas.imhof@zeitwerk.example.ch", mid="zw-rej", parent="zw-cancel",
    frm=("Imhof Lukas", "lukas.imhof@zeitwerk.example.ch"),
    subject="RE: Sustainability Reporting Analyst – next steps", subj_enc=("utf-8", "q"),
    date="2026-09-22 11:30 +0200", text=_zw_text, charset="windows-1252",
    cte="quoted-printable",
    html=outlook_html(mso(_zw_text), "EN-US", "windows-1252"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    kind=K, name="oosterdok_casual", lang="en", company="Oosterdok Climate Partners",
    contact="ruben@oosterdok.example.nl", mid="oost-rej",
    frm=("Ruben Visser", "ruben@oosterdok.example.nl"),
    subject="analyst spot", date="2026-10-02 18:26 +0200",
    text="""Hey Elodie!

Bad news I'm afraid, we went with someone else for the analyst spot. Honestly it was close, and Noor keeps quoting your answer about audit trails.

Let's stay in touch, and if you ever end up moving to Amsterdam, drop me a line. I mean that.

Cheers,
Ruben""",
))

# --------------------------------------------------------------------------- German

_limmat_thanks = """Liebe Frau Hächler

Herzlichen Dank für das Gespräch von heute Nachmittag und die Zeit, die Sie und Herr Brunner sich genommen haben. Die Einblicke in den Aufbau des Nachhaltigkeitsberichts haben mich in meinem Interesse an der Stelle bestärkt.

Gerne stehe ich für weitere Fragen zur Verfügung.

Freundliche Grüsse
Elodie Wasserfall-Mbatha"""

_limmat_moved = f"""Sehr geehrte Frau Wasserfall-Mbatha

Herr Brunner ist am 5. März leider verhindert. Wir verschieben Ihr Gespräch deshalb auf Freitag, 6. März 2026, 14.00-15.00 Uhr, am gleichen Ort.

Die aktualisierte Einladung ersetzt die bisherige. Bitte bestätigen Sie den neuen Termin.

Freundliche Grüsse
Regula Hächler

{am_schrieb("23.02.2026 um 08:48", "Regula Hächler <regula.haechler@limmatbank.example.ch>")}
> Sehr geehrte Frau Wasserfall-Mbatha
>
> Vielen Dank für Ihre Bewerbung als Analystin Nachhaltigkeitsreporting. Gerne laden wir
> Sie zu einem persönlichen Gespräch ein:
>
> Donnerstag, 5. März 2026, 10.00-11.00 Uhr
> Limmatbank, Bahnhofstrasse 71, 8001 Zürich, Empfang 1. OG"""

_limmat_chain = f"""{_limmat_thanks}

{am_schrieb("02.03.2026 um 11:26", "Regula Hächler <regula.haechler@limmatbank.example.ch>")}
{quote(_limmat_moved)}"""

MESSAGES.append(dict(
    kind=K, name="limmatbank_after_interview_quotes_thanks", lang="de", company="Limmatbank",
    contact="regula.haechler@limmatbank.example.ch", mid="limmat-rej", parent="limmat-thanks",
    frm=("Regula Hächler", "regula.haechler@limmatbank.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="AW: Vielen Dank für das Gespräch", subj_enc=("iso-8859-1", "q"),
    date="2026-03-20 14:03 +0100", charset="iso-8859-1", cte="quoted-printable",
    text=f"""Sehr geehrte Frau Wasserfall-Mbatha

Vielen Dank für Ihre freundlichen Zeilen und das angenehme Gespräch vom 6. März.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Gespräche haben wir uns jedoch für eine Kandidatin entschieden, die bereits Erfahrung mit der Berichterstattung über nichtfinanzielle Belange nach Art. 964a ff. OR mitbringt. Wir müssen Ihnen deshalb leider eine Absage erteilen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Regula Hächler
Senior Recruiterin | HR Schweiz
Limmatbank
Bahnhofstrasse 71, 8001 Zürich
Telefon +41 44 215 63 20

Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.

{am_schrieb("06.03.2026 um 18:40", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_limmat_chain)}""",
))

_sihl_text = """Guten Tag Frau Wasserfall-Mbatha

Besten Dank für Ihre Bewerbung als Consultant Sustainability Reporting (80–100 %) und Ihr Interesse an Sihlpunkt Consulting.

Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ihre Unterlagen werden gemäss unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse
Ihr Recruiting-Team
Sihlpunkt Consulting"""

MESSAGES.append(dict(
    kind=K, name="sihlpunkt_personio_form", lang="de", company="Sihlpunkt Consulting",
    contact="", mid="sihl-rej", parent="sihl-missed",
    frm=("Sihlpunkt Consulting", "noreply@personio.de"),
    subject="Ihre Bewerbung bei Sihlpunkt Consulting", date="2026-04-21 08:00 +0000",
    text=_sihl_text, cte="quoted-printable",
    html=ats_card("Sihlpunkt Consulting", "#c0392b", paras(_sihl_text), lang="de",
                  footer="Diese Nachricht wurde über Personio versendet."),
    html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

_aare_quoted = """Liebe Frau Wasserfall-Mbatha

Gerne laden wir Sie zu einem Videogespräch am Dienstag, 26. Mai, um 14 Uhr ein. Den Link erhalten Sie am Vortag.

Herzliche Grüsse
Annina Wyss"""

MESSAGES.append(dict(
    kind=K, name="stiftung_aarelauf_on_hold", lang="de", company="Stiftung Aarelauf",
    contact="annina.wyss@aarelauf.example.ch", mid="aare-rej", parent="aare-inv",
    frm=("Annina Wyss", "annina.wyss@aarelauf.example.ch"),
    subject="Stelle Wirkungsberichterstattung: Verfahren sistiert",
    date="2026-06-02 09:47 +0200",
    text=f"""Liebe Frau Wasserfall-Mbatha

Danke nochmals für das gute Gespräch vom 26. Mai.

Leider muss ich Ihnen mitteilen, dass der Stiftungsrat an seiner letzten Sitzung beschlossen hat, das Projekt Wirkungsmessung auf 2027 zu verschieben. Die Stelle wird vorerst nicht besetzt, und wir führen das Auswahlverfahren nicht weiter. Das betrifft alle Kandidierenden gleichermassen.

Es tut mir leid, Ihnen keinen anderen Bescheid geben zu können.

Herzliche Grüsse
Annina Wyss
Geschäftsleiterin
Stiftung Aarelauf, Marzilistrasse 8a, 3005 Bern
031 311 52 90

{am_schrieb("Mo., 18. Mai 2026 um 09:14", "Annina Wyss <annina.wyss@aarelauf.example.ch>")}
{quote(_aare_quoted)}""",
    cte="8bit",
))

MESSAGES.append(dict(
    kind=K, name="gurten_letter_pdf", lang="de", company="Gurten Versicherung",
    contact="marco.zbinden@gurten-versicherung.example.ch", mid="gurten-rej",
    parent="gurten-missed",
    frm=("Marco Zbinden", "marco.zbinden@gurten-versicherung.example.ch"),
    subject="Ihre Bewerbung als Spezialistin Nachhaltigkeitsreporting",
    date="2026-08-11 10:10 +0200",
    text="""Sehr geehrte Frau Wasserfall-Mbatha

Nach dem Gespräch, das wir schliesslich am 4. August per Telefon nachgeholt haben, können wir Ihnen leider keinen positiven Bescheid geben. Das Schreiben mit der Begründung finden Sie im Anhang.

Freundliche Grüsse

Marco Zbinden
HR-Fachmann
Gurten Versicherung
Laupenstrasse 45, 3008 Bern
+41 31 384 21 77""",
    cte="quoted-printable",
    attach=[pdf("Absage_Wasserfall-Mbatha.pdf", "Gurten Versicherung - Personaldienst", [
        "Bern, 11. August 2026",
        "",
        "Frau Elodie Wasserfall-Mbatha, Av. de Cour 41, 1007 Lausanne",
        "",
        "Ihre Bewerbung als Spezialistin Nachhaltigkeitsreporting (60-80 %)",
        "",
        "Sehr geehrte Frau Wasserfall-Mbatha",
        "Wir danken Ihnen fuer Ihr Interesse. Nach eingehender Pruefung haben wir uns",
        "fuer eine Person mit mehrjaehriger Erfahrung im Versicherungsreporting entschieden.",
        "Ihre Unterlagen senden wir Ihnen nicht zurueck; sie werden geloescht.",
        "",
        "Freundliche Gruesse, Marco Zbinden",
    ])],
))

# --------------------------------------------------------------------------- Spanish

_meseta_quoted = """Hola, Elodie:

Siento tener que escribirte esto: tenemos que anular la entrevista del miércoles 22. El área de Sostenibilidad está en plena reorganización y el comité no puede reunirse. Volveremos a escribirte en cuanto tengamos fecha.

Un saludo,
Lucía"""

MESSAGES.append(dict(
    kind=K, name="banco_meseta_position_frozen", lang="es", company="Banco Meseta",
    contact="lucia.ferrandiz@bancomeseta.example.es", mid="meseta-rej", parent="meseta-cancel",
    frm=("Lucía Ferrándiz", "lucia.ferrandiz@bancomeseta.example.es"),
    frm_enc=("iso-8859-1", "b"),
    subject="RE: Proceso Analista de Reporting ESG – actualización", subj_enc=("utf-8", "b"),
    date="2026-05-12 13:40 +0200",
    text=f"""Hola, Elodie:

Te escribo, como te prometí, con novedades del proceso.

Tras la reorganización, la dirección ha decidido congelar la posición de Analista de Reporting ESG hasta nuevo aviso, así que no vamos a seguir adelante con el proceso de selección. No es una decisión sobre tu candidatura en particular; afecta a todas las personas que estaban en el proceso.

Lamento mucho el tiempo que te hemos hecho esperar. Si la posición se reactiva, me pondré en contacto contigo.

Un saludo cordial,

Lucía Ferrándiz
Talent Acquisition | Banco Meseta
Paseo de la Castellana 118, 28046 Madrid
+34 915 62 40 18

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.

{el_escribio("lun, 20 abr 2026 a las 17:32", "Lucía Ferrándiz (<lucia.ferrandiz@bancomeseta.example.es>)")}
{quote(_meseta_quoted)}""",
    cte="quoted-printable",
))

_ret_text = """Hola Elodie,

Gracias por tu interés en Retiro Sostenibilidad Consultores y por participar en nuestro proceso para el puesto de Consultora Junior de Reporting de Sostenibilidad.

Hemos revisado con detenimiento todas las candidaturas y, en esta ocasión, hemos decidido continuar con otras personas cuyo perfil se ajusta mejor a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

El equipo de Retiro Sostenibilidad Consultores"""

MESSAGES.append(dict(
    kind=K, name="retiro_workable_form", lang="es",
    company="Retiro Sostenibilidad Consultores", contact="", mid="ret-rej", parent="ret-move",
    frm=("Retiro Sostenibilidad Consultores", "retiro-sostenibilidad@workablemail.com"),
    subject="Tu candidatura en Retiro Sostenibilidad Consultores",
    date="2026-07-07 08:45 +0000",
    text=_ret_text,
    html=ats_card("Retiro Sostenibilidad Consultores", "#2e7d32", paras(_ret_text), lang="es",
                  footer="Enviado con Workable"),
    cte="quoted-printable", html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=K, name="seguros_manzanares_after_call", lang="es", company="Seguros Manzanares",
    contact="alvaro.sanz@seguros-manzanares.example.es", mid="manz-rej", parent="manz-sorry",
    frm=("Álvaro Sanz", "alvaro.sanz@seguros-manzanares.example.es"),
    subject="RE: Disculpas por la llamada", date="2026-06-30 18:02 +0200",
    text=f"""Hola Elodie:

Gracias por atender por fin la llamada del lunes y por la conversación tan completa con Marta.

Hemos valorado tu candidatura con cuidado, pero nos vamos a quedar con perfiles que ya conocen el reporting de solvencia de las aseguradoras españolas. No podemos ofrecerte el puesto de Analista de Sostenibilidad.

Te agradecemos el interés y te deseamos lo mejor.

Saludos,
Álvaro Sanz
Selección y Desarrollo
Seguros Manzanares · Calle de Toledo 140, 28005 Madrid

{outlook_block("es", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>", "jueves, 11 de junio de 2026 12:30", "Álvaro Sanz <alvaro.sanz@seguros-manzanares.example.es>", "Disculpas por la llamada")}

Hola Álvaro:

Te pido mil disculpas. Tenía el móvil en silencio por una reunión en la oficina que se alargó y no vi tus llamadas hasta las 11.

Sigo muy interesada en el puesto. ¿Podríamos hablar el lunes 15 o cuando mejor te venga?""",
    cte="8bit",
))

MESSAGES.append(dict(
    kind=K, name="talento_atocha_relays_sierra_clara", lang="es",
    company="Fundación Sierra Clara", contact="begona.arriaga@talentoatocha.example.es",
    mid="atocha-rej", parent="atocha-reg",
    frm=("Begoña Arriaga", "begona.arriaga@talentoatocha.example.es"),
    reply_to=("Begoña Arriaga", "begona.arriaga@talentoatocha.example.es"),
    subject="Fundación Sierra Clara: respuesta del cliente", date="2026-09-29 12:50 +0200",
    text="""Buenos días, Elodie:

Te cuento lo que me ha transmitido la Fundación Sierra Clara sobre la posición de Responsable de Memoria de Impacto: han decidido no avanzar con tu candidatura. Valoran mucho tu experiencia bancaria, pero necesitan a alguien con dominio del marco de la Ley 11/2018 y contactos con ONG locales.

Ya sé que no es lo que esperabas. Sigo moviendo tu perfil con otros clientes del tercer sector y de banca en Madrid.

Un abrazo,
Begoña

Begoña Arriaga
Consultora de Selección · Talento Atocha
Ronda de Atocha 22, 28012 Madrid""",
    cte="quoted-printable",
))

assert len(MESSAGES) == 31, len(MESSAGES)
for _m in MESSAGES:
    _m.setdefault("to", [ME])
