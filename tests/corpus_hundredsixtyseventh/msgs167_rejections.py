"""Corpus 167 — rejections (31 hand-written messages)."""

from __future__ import annotations

from msgs167_common import (
    AUTO_GENERATED,
    ats_card,
    forward_block,
    m,
    mso_paras,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)

K = "rejection"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ French (15)

_vesdra = """Chère Manon,

Nous vous remercions de l'intérêt que vous portez à Vesdra Biologics et du temps consacré à votre candidature pour le poste d'Assistant(e) Affaires Réglementaires (réf. R-01873) basé à Verviers.

Après un examen attentif de l'ensemble des dossiers reçus, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Vos données restent dans notre vivier de talents pendant deux ans ; vous pouvez les consulter ou les supprimer à tout moment depuis votre espace candidat.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Vesdra Biologics SA"""
add(m(K, "vesdra_workday_formal", "fr", company="Vesdra Biologics",
      frm=("Vesdra Biologics – Recrutement", "vesdrabio@myworkday.com"),
      frm_enc=("utf-8", "q"),
      subject="Votre candidature – Assistant(e) Affaires Réglementaires (R-01873)",
      subj_enc=("utf-8", "b"),
      date="2026-02-02 07:41 +0100", key="vesdra-rej", irt="vesdra-ack",
      headers=AUTO_GENERATED,
      text=_vesdra,
      html=ats_card(paras(_vesdra), "Vesdra Biologics", "#5b2c6f",
                    "Ce message a été envoyé automatiquement par Workday. Merci de ne pas y répondre."),
      cte="qp"))

_chmo_ill = """Madame,

Le Dr Gérard, pharmacien-chef, est malheureusement souffrant et absent jusqu'à la fin de la semaine. Nous devons donc reporter l'entretien prévu ce jeudi 12 février à 14h00.

Pourriez-vous m'indiquer vos disponibilités pour la semaine du 23 février ?

Sophie Lemaire"""
_chmo_own = """Bonjour Madame Lemaire,

Je vous remercie de m'avoir prévenue et souhaite un prompt rétablissement au Dr Gérard. Je suis disponible le lundi 23 et le mercredi 25 février, toute la journée.

Bien à vous,
Manon Tshibangu-Roux"""
add(m(K, "chmo_filled_internally", "fr", company="Centre Hospitalier Meuse-Ourthe",
      contact="sophie.lemaire@chmo.example.be",
      frm=("Sophie Lemaire", "sophie.lemaire@chmo.example.be"),
      subject="RE: Report de votre entretien - pharmacie hospitalière",
      date="2026-03-02 16:05 +0100", key="chmo-rej", irt="chmo-own", refs=["chmo-inv", "chmo-move"],
      charset="iso-8859-1", cte="qp",
      text=f"""Bonjour Madame Tshibangu-Roux,

Je reviens vers vous comme promis, mais pas avec la nouvelle que j'espérais. Pendant que nous cherchions une nouvelle date avec le Dr Gérard, la direction a confié le poste d'assistant(e) réglementaire de la pharmacie à une collègue déjà en fonction dans nos services, qui l'a accepté. Le recrutement externe est donc clôturé et l'entretien que nous devions reprogrammer n'aura pas lieu.

Je suis sincèrement désolée pour ce contretemps et vous remercie pour votre patience et votre souplesse.

Cordialement,

Sophie Lemaire
Gestionnaire RH - Recrutement
Centre Hospitalier Meuse-Ourthe
Boulevard de l'Ourthe 120, 4020 Liège
Tél. +32 4 366 72 10

{wrote("fr", "lun. 9 févr. 2026 à 11:32", "Manon Tshibangu-Roux", "manon.tr@example.be")}
{quote(_chmo_own)}
>
> {wrote("fr", "lun. 9 févr. 2026 à 09:15", "Sophie Lemaire", "sophie.lemaire@chmo.example.be")}
{quote(_chmo_ill, 2)}
"""))

_pharmadis_client = """Bonjour Jessica,

Merci pour la présentation de Mme Tshibangu-Roux. Nous avons apprécié l'échange, mais pour ce remplacement nous allons retenir une personne qui maîtrise déjà notre outil de gestion des AMM. Peux-tu le lui faire savoir ?

Merci,
Didier Claes
Responsable Qualité - Pharmadis Benelux"""
add(m(K, "tremplin_relays_pharmadis_no", "fr", company="Pharmadis Benelux",
      contact="jessica.halleux@tremplin-interim.example.be",
      frm=("Jessica Halleux | Tremplin Intérim", "jessica.halleux@tremplin-interim.example.be"),
      frm_enc=("iso-8859-1", "q"),
      subject="Retour de Pharmadis suite à ton entretien",
      date="2026-02-05 13:27 +0100", key="tremplin-rej", irt="tremplin-move",
      refs=["tremplin-inv"],
      text=f"""Coucou Manon,

J'ai eu le retour de Pharmadis ce matin et malheureusement ils ne vont pas plus loin avec ta candidature pour la mission chez eux. Je te transfère leur message tel quel, comme ça tu as l'explication de première main.

Ne te décourage pas : ton profil plaît, j'ai déjà deux autres pistes en tête et je te rappelle la semaine prochaine pour en parler.

Jessica Halleux
Consultante Santé & Pharma
Tremplin Intérim – Agence de Liège
Place Saint-Lambert 18, 4000 Liège
04 221 36 90

{forward_block("fr", "Didier Claes", "d.claes@pharmadis.example.be", "jeu. 5 févr. 2026 à 09:48", "Candidate Tshibangu-Roux", "Jessica Halleux <jessica.halleux@tremplin-interim.example.be>")}
{_pharmadis_client}
"""))

_labsm = """Bonjour Manon,

Merci d'avoir postulé chez Laboratoires Sambre-Meuse pour le poste de Regulatory Affairs Assistant (Namur).

Nous avons reçu de nombreuses candidatures de qualité. Après les avoir comparées au profil recherché, nous avons décidé de poursuivre avec des candidats dont l'expérience en enregistrement de médicaments correspond plus étroitement à nos besoins actuels.

Cette décision ne remet pas en cause la valeur de votre parcours en officine. N'hésitez pas à consulter régulièrement notre page carrières.

Bien cordialement,

Céline Dubois
Talent Acquisition Specialist
Laboratoires Sambre-Meuse"""
add(m(K, "labsm_closer_matches", "fr", company="Laboratoires Sambre-Meuse",
      contact="celine.dubois@labsm.example.be",
      frm=("Laboratoires Sambre-Meuse", "no-reply@smartrecruiters.com"),
      reply_to=("Céline Dubois", "celine.dubois@labsm.example.be"),
      subject="Laboratoires Sambre-Meuse : mise à jour de votre candidature",
      subj_enc=("iso-8859-1", "q"),
      date="2026-03-10 10:02 +0100", irt="labsm-ack",
      text=_labsm,
      html=ats_card(paras(_labsm), "Laboratoires Sambre-Meuse", "#00695c",
                    "Powered by SmartRecruiters"),
      cte="b64"))

_arcp = """Madame,

Vous avez participé à la procédure de sélection ARCP-2026-014 pour l'emploi d'assistant(e) administratif(ve) en affaires réglementaires (niveau B).

Le jury s'est réuni le 24 mars 2026. Au vu des résultats de l'épreuve écrite et de l'entretien, il n'a pas été en mesure de proposer votre inscription dans la réserve de recrutement. Vous trouverez en pièce jointe la notification officielle ainsi que le détail de vos notes.

Un recours peut être introduit auprès du secrétariat du jury dans un délai de quinze jours à compter de la réception de la présente.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pascale Dethier
Service Sélection et Recrutement
Agence régionale de contrôle pharmaceutique
Avenue Prince de Liège 7, 5100 Namur
Tél. 081 33 47 20

Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer."""
add(m(K, "arcp_jury_not_retained", "fr",
      company="Agence régionale de contrôle pharmaceutique",
      contact="pascale.dethier@arcp.example.be",
      frm=("Pascale Dethier", "pascale.dethier@arcp.example.be"),
      subject="Procédure ARCP-2026-014 – résultat de la sélection",
      subj_enc=("utf-8", "q", "mixed"),
      date="2026-03-27 15:44 +0100", key="arcp-rej", irt="arcp-move", refs=["arcp-inv"],
      charset="windows-1252", cte="qp",
      text=_arcp,
      pdfs=[("ARCP-2026-014_notification.pdf", "Notification de résultat",
             ["Agence regionale de controle pharmaceutique", "Procedure ARCP-2026-014",
              "Candidate : Manon Tshibangu-Roux", "Epreuve ecrite : 11,5 / 20",
              "Entretien : 12 / 20", "Decision du jury : non inscrite dans la reserve",
              "Namur, le 24 mars 2026"])]))

_nordica_thanks = """Bonjour Camille,

Merci encore pour l'entretien de ce matin et pour la présentation de l'équipe Regulatory Start-up. J'ai particulièrement apprécié l'échange sur la préparation des dossiers de soumission aux comités d'éthique, et je reste très motivée par le poste.

Belle journée,
Manon"""
add(m(K, "nordica_after_interview_quotes_thanks", "fr", company="Nordica Clinical",
      contact="camille.dufour@nordica-clinical.example.fr",
      frm=("Camille Dufour", "camille.dufour@nordica-clinical.example.fr"),
      subject="Re: Merci pour l'entretien",
      date="2026-06-30 17:12 +0200", key="nordica-rej", irt="<own-nordica-thanks.4471@example.be>",
      refs=["nordica-inv", "nordica-missed"],
      text=f"""Bonjour Manon,

Merci à vous pour ce message, qui nous a fait plaisir. J'ai tardé à vous répondre car nous voulions rencontrer tous les profils avant de trancher.

Nous avons finalement choisi une candidate qui a déjà coordonné des soumissions CTIS dans une autre CRO, ce qui était déterminant pour une prise de poste rapide en septembre. Ce n'est donc pas votre candidature que nous retenons, et je le regrette car votre rigueur d'officine nous avait marqués.

Je garde vos coordonnées pour nos prochaines ouvertures à Lille.

Bien à vous,
Camille Dufour
Chargée de recrutement
Nordica Clinical – 45 rue de Tournai, 59000 Lille

{wrote("fr", "mar. 23 juin 2026 à 12:40", "Manon Tshibangu-Roux", "manon.tr@example.be")}
{quote(_nordica_thanks)}
"""))

_namurgen = """Bonjour Madame Tshibangu-Roux,

Je vous écris au sujet de votre candidature spontanée pour un poste d'assistante en affaires réglementaires.

Entre-temps, notre direction a gelé toutes les créations de poste au sein du département Regulatory jusqu'à la clôture du budget 2027. Le poste a donc été mis en attente et nous ne donnerons pas suite aux candidatures reçues, y compris la vôtre.

Je préfère vous le dire franchement plutôt que de vous laisser sans nouvelles. Si la situation se débloque, je n'hésiterai pas à vous recontacter.

Avec mes salutations,

Antoine Pirard
HR Business Partner
Namurgen SA | Rue Saint-Nicolas 3, 5000 Namur"""
add(m(K, "namurgen_position_on_hold", "fr", company="Namurgen",
      contact="antoine.pirard@namurgen.example.be",
      frm=("Antoine Pirard", "antoine.pirard@namurgen.example.be"),
      subject="Votre candidature chez Namurgen",
      date="2026-05-26 09:30 +0200", irt="namurgen-ack", refs=["namurgen-own"],
      text=_namurgen, cte="8bit"))

add(m(K, "flandre_artois_terse", "fr", company="Laboratoires Flandre-Artois",
      contact="claire.vermeersch@flandre-artois.example.fr",
      frm=("Claire Vermeersch", "claire.vermeersch@flandre-artois.example.fr"),
      subject="Poste assistante réglementaire Lille",
      subj_enc=("iso-8859-1", "b"),
      date="2026-05-29 18:02 +0200", irt="flandre-ack",
      text="""Bonjour Manon,

Pas de suite pour nous cette fois, désolée.

Bonne continuation,
Claire

Envoyé de mon iPhone"""))

_hpb = """Madame Tshibangu-Roux,

Nous vous remercions pour l'intérêt porté à l'Hôpital Privé des Batignolles.

Votre profil a retenu toute notre attention ; cependant, l'équipe de la pharmacie à usage intérieur a arrêté son choix sur une autre personne pour le poste de Technicienne affaires réglementaires – dispositifs médicaux.

Nous vous souhaitons une belle réussite dans votre projet professionnel.

La Direction des Ressources Humaines"""
add(m(K, "hpb_teamtailor_html_only", "fr", company="Hôpital Privé des Batignolles",
      frm=("Hôpital Privé des Batignolles", "no-reply@teamtailor-mail.com"),
      subject="Suite de votre candidature – Technicienne affaires réglementaires DM",
      date="2026-06-05 11:20 +0200", key="hpb-rej",
      headers=AUTO_GENERATED,
      html=ats_card(paras(_hpb), "Hôpital Privé des Batignolles", "#1f4e79",
                    "Vous recevez cet e-mail car vous avez postulé via notre site carrière. "
                    '<a href="https://hpb.example.fr/carrieres">Gérer mes données</a>'),
      cte="b64"))

add(m(K, "regulasphere_casual_no", "fr", company="RegulaSphere Consulting",
      contact="maxime@regulasphere.example.be",
      frm=("Maxime Lejeune", "maxime@regulasphere.example.be"),
      subject="on en parle vite fait",
      date="2026-04-24 19:48 +0200",
      text="""Salut Manon,

Je vais être franc avec toi, comme on s'était dit au resto : on part finalement sur Julien pour le poste d'assistant chez nous. Il sort d'un stage chez un fabricant de génériques et il connaît déjà eCTD par cœur, on n'a pas le temps de former quelqu'un en ce moment avec les trois dossiers qui tombent en mai.

Je suis vraiment embêté parce que j'aurais bien bossé avec toi. Si tu veux, je te file les contacts de deux boîtes à Bruxelles qui cherchent du monde, dis-moi.

À plus,
Max

--
Maxime Lejeune
Associé – RegulaSphere Consulting SRL
Avenue Louise 231, 1050 Bruxelles
+32 2 646 18 02"""))

_moselle = """Chère Madame Tshibangu-Roux,

Merci pour votre participation à notre journée d'évaluation du 31 mars à Luxembourg-Kirchberg.

Les épreuves (exercice de mise à jour d'une notice, jeu de rôle avec un affilié et entretien avec le responsable Regulatory Operations) ont été évaluées par trois assesseurs. Votre résultat à l'exercice de rédaction était très bon, mais la partie en anglais technique ne correspondait pas au niveau exigé pour ce poste en contact permanent avec l'EMA.

Pour cette raison, nous ne sommes pas en mesure de vous proposer le poste. Nous vous encourageons à postuler à nouveau d'ici un an, nos besoins évoluant régulièrement.

Avec nos meilleures salutations,

Anne Schmit
Talent Acquisition Lead
Moselle Pharma S.A. – 17, rue Edward Steichen, L-2540 Luxembourg
Tél. +352 26 84 31 1"""
add(m(K, "moselle_after_assessment", "fr", company="Moselle Pharma",
      contact="anne.schmit@moselle-pharma.example.lu",
      frm=("Anne Schmit", "anne.schmit@moselle-pharma.example.lu"),
      subject="Journée d'évaluation du 31 mars – décision",
      subj_enc=("utf-8", "b"),
      date="2026-04-14 14:10 +0200", key="moselle-rej", irt="moselle-move",
      refs=["moselle-ack", "moselle-inv"],
      text=_moselle, cte="b64"))

add(m(K, "verrier_unnamed_client_no", "fr", company="Verrier & Associés",
      contact="h.marchetti@verrier-rh.example.fr",
      frm=("Hélène Marchetti", "h.marchetti@verrier-rh.example.fr"),
      subject="Mission Regulatory Officer junior – retour de notre client",
      date="2026-06-18 12:15 +0200",
      text="""Bonjour Manon,

En parallèle du dossier Galenia, je vous avais présentée il y a trois semaines pour une mission confidentielle chez un laboratoire de dermocosmétique du 8e arrondissement.

Mon client m'a fait savoir hier qu'il ne souhaitait pas vous rencontrer : il cherche finalement un profil qui a déjà piloté des notifications CPNP en autonomie. C'est une fin de non-recevoir sur ce poste précis, pas sur votre profil en général.

Je reste évidemment à vos côtés pour le process Galenia.

Hélène Marchetti
Consultante senior Life Sciences
Cabinet Verrier & Associés
12 rue de Castellane, 75008 Paris
01 44 51 27 60"""))

add(m(K, "luxmed_role_cancelled", "fr", company="LuxMed Regulatory Services",
      contact="marc.weber@luxmedreg.example.lu",
      frm=("Marc Weber", "marc.weber@luxmedreg.example.lu"),
      subject="Recrutement Regulatory Assistant – annulation",
      date="2026-07-28 08:55 +0200", key="luxmed-rej", irt="luxmed-cancel",
      refs=["luxmed-inv"],
      text="""Madame,

Suite au report de notre entretien du 9 juillet, je dois malheureusement vous informer que le recrutement pour le poste de Regulatory Assistant est annulé.

Notre principal client a décidé de réinternaliser la gestion de ses variations, ce qui supprime la charge de travail pour laquelle nous voulions renforcer l'équipe. Nous ne pourvoirons donc pas ce poste, ni en interne ni en externe.

Je vous prie de nous excuser pour les changements successifs de ces dernières semaines et vous remercie pour votre compréhension.

Cordialement,
Marc Weber
Managing Director
LuxMed Regulatory Services S.à r.l.
5, avenue de la Gare, L-1611 Luxembourg""",
      html=outlook_html(mso_paras("""Madame,

Suite au report de notre entretien du 9 juillet, je dois malheureusement vous informer que le recrutement pour le poste de Regulatory Assistant est annulé.

Notre principal client a décidé de réinternaliser la gestion de ses variations, ce qui supprime la charge de travail pour laquelle nous voulions renforcer l'équipe. Nous ne pourvoirons donc pas ce poste, ni en interne ni en externe.

Je vous prie de nous excuser pour les changements successifs de ces dernières semaines et vous remercie pour votre compréhension.

Cordialement,
Marc Weber
Managing Director
LuxMed Regulatory Services S.à r.l.
5, avenue de la Gare, L-1611 Luxembourg"""), "FR-LU"),
      charset="windows-1252", cte="qp"))

_remacle = """Bonjour Manon,

Merci pour votre candidature au poste d'assistante qualité et affaires réglementaires de notre pharmacie hospitalière.

À l'issue de la présélection, votre dossier ne fait pas partie de ceux que nous invitons en entretien. Le nombre de candidatures reçues était particulièrement élevé et nous avons dû faire des choix.

Nous conservons votre CV six mois, sauf avis contraire de votre part.

Laurence Henrard
Service du personnel – Clinique Saint-Remacle"""
add(m(K, "saint_remacle_preselection", "fr", company="Clinique Saint-Remacle",
      contact="l.henrard@saint-remacle.example.be",
      frm=("Laurence Henrard (Clinique Saint-Remacle)", "cliniquesaintremacle@jobs.recruitee.com"),
      reply_to=("Laurence Henrard", "l.henrard@saint-remacle.example.be"),
      subject="Votre candidature – Assistante qualité & affaires réglementaires",
      date="2026-09-30 10:40 +0200", irt="remacle-ack",
      text=_remacle,
      html=simple_html(paras(_remacle)), cte="qp"))

_corvalis_missed = """Bonjour Manon,

Nous vous avons attendue hier à 10h00 sur Teams pour votre entretien avec Pierre Maes, sans vous voir arriver. Est-ce que tout va bien ?

Nadia"""
add(m(K, "corvalis_closing_after_no_show", "fr", company="Corvalis CRO",
      contact="nadia.elamrani@corvalis.example.be",
      frm=("Nadia El Amrani", "nadia.elamrani@corvalis.example.be"),
      subject="RE: Entretien Clinical Trial Assistant – Corvalis",
      date="2026-03-20 11:06 +0100", key="corvalis-rej", irt="corvalis-missed",
      refs=["corvalis-inv"],
      text=f"""Bonjour Manon,

Merci pour vos explications concernant le problème de connexion et pour vos excuses, que nous acceptons bien volontiers.

Nous avons toutefois dû avancer sans vous : les entretiens se sont achevés cette semaine et le poste de Clinical Trial Assistant est désormais attribué. Nous clôturons donc votre candidature pour cette offre.

N'hésitez pas à postuler à nos prochaines annonces, nous recrutons régulièrement à Bruxelles.

Bien à vous,

Nadia El Amrani
Recruitment Officer
Corvalis CRO SRL – Rue Belliard 40, 1040 Bruxelles
T +32 2 808 41 15

{outlook_block("fr", "Nadia El Amrani", "nadia.elamrani@corvalis.example.be", "mardi 10 mars 2026 09:02", "Manon Tshibangu-Roux", "Entretien Clinical Trial Assistant – Corvalis")}
{_corvalis_missed}
""",
      html=outlook_html(mso_paras(f"""Bonjour Manon,

Merci pour vos explications concernant le problème de connexion et pour vos excuses, que nous acceptons bien volontiers.

Nous avons toutefois dû avancer sans vous : les entretiens se sont achevés cette semaine et le poste de Clinical Trial Assistant est désormais attribué. Nous clôturons donc votre candidature pour cette offre.

N'hésitez pas à postuler à nos prochaines annonces, nous recrutons régulièrement à Bruxelles.

Bien à vous,

Nadia El Amrani
Recruitment Officer
Corvalis CRO SRL – Rue Belliard 40, 1040 Bruxelles
T +32 2 808 41 15

{outlook_block("fr", "Nadia El Amrani", "nadia.elamrani@corvalis.example.be", "mardi 10 mars 2026 09:02", "Manon Tshibangu-Roux", "Entretien Clinical Trial Assistant – Corvalis")}
{_corvalis_missed}""")),
      cte="qp"))

# ------------------------------------------------------------------ English (8)

_leyden_thanks = """Dear Sanne, dear panel,

Thank you for taking the time to meet me this morning. I enjoyed hearing how the team prepares variation packages for the Dutch and Belgian markets, and I remain very interested in the Regulatory Affairs Assistant role.

Kind regards,
Manon Tshibangu-Roux"""
add(m(K, "leyden_after_panel_quotes_thanks", "en", company="Leyden BioSciences",
      contact="sanne.devries@leydenbio.example.nl",
      frm=("Sanne de Vries via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
      subject="Re: Thank you – Regulatory Affairs Assistant panel",
      date="2026-03-24 16:30 +0100", key="leyden-rej", irt="leyden-thanks",
      refs=["leyden-ack", "leyden-screen", "leyden-panel", "leyden-move"],
      text=f"""Hi Manon,

Thanks so much for your kind note after the panel, and apologies for the slower reply — the team wanted to compare notes properly.

I'm sorry to say that we won't be offering you the position. The panel was impressed by your attention to detail, but in the end we went with someone who has already handled eCTD publishing on a day-to-day basis.

I'd genuinely like to stay in touch; we expect to open a second junior role in Leiden around the end of the year.

All the best,
Sanne

Sanne de Vries | Talent Partner
Leyden BioSciences B.V. | J.H. Oortweg 21, 2333 CH Leiden

{wrote("en", "Fri, 13 Mar 2026 at 18:04", "Manon Tshibangu-Roux", "manon.tr@example.be")}
{quote(_leyden_thanks)}
""", cte="8bit"))

_northgate = """Dear Manon,

Thank you for applying for the Regulatory Affairs Associate (Junior) position at Northgate Pharma Europe, Brussels (Job ID JR-22817).

We have now completed our review. While your background is interesting, we will not be moving your application forward for this position.

We appreciate the effort you put into your application and encourage you to keep an eye on our careers site for future opportunities.

Best regards,
Northgate Pharma Europe Talent Acquisition"""
add(m(K, "northgate_workday_not_moving_forward", "en", company="Northgate Pharma Europe",
      frm=("Northgate Pharma Europe", "northgate@myworkday.com"),
      subject="Regarding your application for JR-22817",
      date="2026-02-13 06:12 +0100", irt="northgate-ack",
      headers=AUTO_GENERATED,
      text=_northgate,
      html=ats_card(paras(_northgate), "Northgate Pharma Europe", "#263238",
                    "Please do not reply to this automated message.")))

_rijnland = """Dear Manon,

I'm writing with an update on the Regulatory Start-up Assistant opening in our Leiden office.

Following a change in our sponsor portfolio, the role has been put on hold and we will not proceed with any of the current applications, including yours. We don't know yet whether it will reopen, and it felt unfair to keep you waiting.

Thank you for your interest in Rijnland Clinical Research, and I'm sorry this one didn't work out.

Kind regards,
Emma Visser
Recruiter, Rijnland Clinical Research"""
add(m(K, "rijnland_lever_on_hold", "en", company="Rijnland Clinical Research",
      contact="emma.visser@rijnland-cr.example.nl",
      frm=("Emma Visser", "no-reply@hire.lever.co"),
      reply_to=("Emma Visser", "emma.visser@rijnland-cr.example.nl"),
      subject="Update on your application to Rijnland Clinical Research",
      date="2026-07-20 12:01 +0200", irt="rijnland-ack",
      text=_rijnland,
      html=simple_html(paras(_rijnland), "Georgia,serif")))

add(m(K, "helix_terse_no", "en", company="Helix Regulatory Partners",
      contact="tom.baxter@helixreg.example.be",
      frm=("Tom Baxter", "tom.baxter@helixreg.example.be"),
      subject="Re: Missed call",
      date="2026-07-16 08:14 +0200", key="helix-rej", irt="helix-missed",
      refs=["helix-own", "helix-inv"],
      text="""Manon,

Thanks for getting back to me. We've decided not to take your application further.

Good luck,
Tom

Tom Baxter | Helix Regulatory Partners | Brussels"""))

_morsweg = """Hi Manon,

Thanks again for your interest in the Regulatory Coordinator role at Morsweg Medical.

We've reviewed where things stand and decided not to move forward with your candidacy. We know how much energy a job search takes, and we're grateful you considered us.

Warmly,
The Morsweg Medical hiring team"""
add(m(K, "morsweg_ashby_html_only", "en", company="Morsweg Medical",
      frm=("Morsweg Medical Hiring", "no-reply@ashbyhq.com"),
      subject="Your application to Morsweg Medical",
      date="2026-06-18 21:40 +0200",
      html=ats_card(paras(_morsweg), "Morsweg Medical", "#3b3b98",
                    "Sent with Ashby · Morsweg Medical, Morsweg 70, Leiden")))

_polder_client = """Hi Femke,

Thanks for introducing Manon. Nice conversation, but we're going to progress with a candidate who speaks Dutch natively — the role has more contact with the CBG than we first thought.

Regards,
Willem Hoekstra
Head of Regulatory, Zuidhaven Pharma"""
add(m(K, "polder_relays_zuidhaven_no", "en", company="Zuidhaven Pharma",
      contact="femke.jansen@polderls.example.nl",
      frm=("Femke Jansen", "femke.jansen@polderls.example.nl"),
      subject="Zuidhaven – feedback",
      date="2026-09-08 15:22 +0200", key="polder-rej", irt="polder-move",
      refs=["polder-reg", "polder-inv"],
      text=f"""Hi Manon,

I've just had Willem's feedback and unfortunately Zuidhaven won't be taking you forward. I've pasted what he wrote below so you can see the reasoning — it's about the language requirement, not about your experience.

I know that's disappointing after two conversations. Let's have a quick call next week; I have a couple of English-speaking teams in Leiden I'd like to put you in front of.

Femke

Femke Jansen
Senior Consultant – Polder Life Science Recruitment
Stationsweg 8, 2312 AV Leiden
+31 71 820 44 19

{forward_block("en", "Willem Hoekstra", "w.hoekstra@zuidhaven.example.nl", "Tue, 8 Sep 2026 at 11:03", "Manon T-R", "Femke Jansen <femke.jansen@polderls.example.nl>")}
{_polder_client}
"""))

_orbis_prev = """Dear Manon,

Thank you for your flexibility. We'll be in touch shortly with a new time for your video interview.

Rachel"""
add(m(K, "orbis_filled_internally_disclaimer", "en",
      company="Orbis Pharmacovigilance Services",
      contact="r.oconnor@orbis-pv.example.be",
      frm=("Rachel O'Connor", "r.oconnor@orbis-pv.example.be"),
      subject="RE: Video interview – PV & Regulatory Assistant",
      date="2026-09-29 10:19 +0200", key="orbis-rej", irt="orbis-cancel",
      refs=["orbis-ack", "orbis-inv"],
      text=f"""Dear Manon,

I promised to come back to you with a new interview date. Instead I have to let you know that the PV & Regulatory Assistant position has been filled by an internal candidate from our Dublin office, who asked to relocate to Brussels.

This means we are closing the external search. I'm sorry the process ended this way, particularly after we had to cancel your interview at short notice.

With best wishes,

Rachel O'Connor
People & Culture Manager
Orbis Pharmacovigilance Services SRL
Boulevard du Souverain 280, 1160 Brussels
+32 2 588 90 33

{outlook_block("en", "Rachel O'Connor", "r.oconnor@orbis-pv.example.be", "Friday, September 11, 2026 4:47 PM", "Manon Tshibangu-Roux", "Video interview – PV & Regulatory Assistant")}
{_orbis_prev}

--
This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Orbis Pharmacovigilance Services SRL, RPM Brussels, VAT BE 0712.448.901.
""",
      html=outlook_html(mso_paras(f"""Dear Manon,

I promised to come back to you with a new interview date. Instead I have to let you know that the PV & Regulatory Assistant position has been filled by an internal candidate from our Dublin office, who asked to relocate to Brussels.

This means we are closing the external search. I'm sorry the process ended this way, particularly after we had to cancel your interview at short notice.

With best wishes,

Rachel O'Connor
People & Culture Manager
Orbis Pharmacovigilance Services SRL
Boulevard du Souverain 280, 1160 Brussels
+32 2 588 90 33

{outlook_block("en", "Rachel O'Connor", "r.oconnor@orbis-pv.example.be", "Friday, September 11, 2026 4:47 PM", "Manon Tshibangu-Roux", "Video interview – PV & Regulatory Assistant")}
{_orbis_prev}

--
This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Orbis Pharmacovigilance Services SRL, RPM Brussels, VAT BE 0712.448.901."""), "EN-GB"),
      cte="qp"))

add(m(K, "kestrel_casual_bad_news", "en", company="Kestrel Trials",
      contact="josh@kestreltrials.example.nl",
      frm=("Josh Whitfield", "josh@kestreltrials.example.nl"),
      subject="case study follow-up",
      date="2026-08-25 17:55 +0200", key="kestrel-rej", irt="kestrel-move",
      refs=["kestrel-inv", "kestrel-own"],
      text="""Hey Manon,

Bad news I'm afraid — we talked it through as a team this afternoon and we're going with the other finalist. Your case study was solid; she just had a couple of years in a CRO already and that tipped it.

Really sorry, and thanks for the effort you put into the presentation (the flowchart for the safety reporting timelines was great, we might steal it).

Cheers,
Josh
Kestrel Trials · Leiden"""))

# ------------------------------------------------------------------ German (4)

_aquisgran = """Sehr geehrte Frau Tshibangu-Roux,

vielen Dank für das Gespräch am 21. April und Ihr Interesse an der Position als Assistenz Regulatory Affairs (m/w/d) in Aachen.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Gespräche haben wir uns jedoch für eine Bewerberin entschieden, deren Erfahrung mit deutschen Zulassungsverfahren besser zu den aktuellen Anforderungen passt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Lena Hoffmann
Recruiting
Aquisgran Pharma GmbH · Jülicher Straße 215 · 52070 Aachen"""
add(m(K, "aquisgran_absage_personio", "de", company="Aquisgran Pharma",
      contact="lena.hoffmann@aquisgran.example.de",
      frm=("Aquisgran Pharma GmbH", "noreply@personio.de"),
      reply_to=("Lena Hoffmann", "lena.hoffmann@aquisgran.example.de"),
      subject="Ihre Bewerbung als Assistenz Regulatory Affairs (m/w/d)",
      date="2026-04-30 15:03 +0200", key="aquisgran-rej", irt="aquisgran-move",
      refs=["aquisgran-ack", "aquisgran-inv"],
      text=_aquisgran,
      html=ats_card(paras(_aquisgran), "Aquisgran Pharma", "#7a1f1f",
                    "Diese E-Mail wurde über Personio versendet."),
      cte="qp"))

_rm_danke = """Sehr geehrte Frau Offermann,

vielen Dank für das angenehme Gespräch heute Vormittag und die Führung durch das Labor. Die Aufgaben rund um die IVDR-Dokumentation haben mich sehr angesprochen.

Mit freundlichen Grüßen
Manon Tshibangu-Roux"""
add(m(K, "rmdiag_absage_quotes_danke", "de", company="Rhein-Maas Diagnostik",
      contact="k.offermann@rmdiag.example.de",
      frm=("Katrin Offermann", "k.offermann@rmdiag.example.de"),
      subject="AW: Vielen Dank für das Gespräch",
      date="2026-06-02 09:47 +0200", key="rmdiag-rej", irt="rmdiag-danke",
      refs=["rmdiag-inv", "rmdiag-cancel"],
      text=f"""Sehr geehrte Frau Tshibangu-Roux,

herzlichen Dank für Ihre freundlichen Zeilen nach unserem Gespräch.

Leider muss ich Ihnen mitteilen, dass wir die Stelle anderweitig besetzen werden. Ausschlaggebend war am Ende die Erfahrung mit Benannten Stellen, die Ihre Mitbewerberin aus ihrer bisherigen Tätigkeit mitbringt.

Für Ihre berufliche Zukunft wünsche ich Ihnen viel Erfolg.

Freundliche Grüße
Katrin Offermann
Personalreferentin
Rhein-Maas Diagnostik GmbH
Pascalstraße 16, 52076 Aachen
Tel. 0241 9437 220

{wrote("de", "21.05.2026 um 13:18", "Manon Tshibangu-Roux", "manon.tr@example.be")}
{quote(_rm_danke)}
""", cte="qp"))

_kaiserpfalz_inner = """Sehr geehrter Herr Brandt,

danke für die Vorstellung von Frau Tshibangu-Roux. Nach dem Gespräch am Montag haben wir entschieden, die Position intern zu besetzen. Bitte richten Sie ihr unseren Dank aus.

Mit freundlichen Grüßen
Ulrike Peters
Leitung Qualitätssicherung, Kaiserpfalz Arzneimittel GmbH"""
add(m(K, "dreilaender_forwards_kaiserpfalz_absage", "de", company="Kaiserpfalz Arzneimittel",
      contact="s.brandt@dreilaender-personal.example.de",
      frm=("Stefan Brandt", "s.brandt@dreilaender-personal.example.de"),
      subject="WG: Rückmeldung Kaiserpfalz Arzneimittel",
      date="2026-09-28 11:38 +0200", key="dreil-rej", irt="dreil-inv",
      refs=["dreil-reg", "dreil-missed"],
      text="""Hallo Frau Tshibangu-Roux,

leider keine guten Nachrichten: Kaiserpfalz hat sich gegen eine externe Besetzung entschieden und nimmt Ihre Bewerbung nicht weiter. Die Mail der Kundin hänge ich Ihnen unverändert an.

Ich melde mich, sobald ich eine neue passende Stelle im Raum Aachen habe – es sieht gerade ganz gut aus.

Viele Grüße
Stefan Brandt
Personalberater Healthcare
Dreiländer Personal GmbH · Theaterstraße 24 · 52062 Aachen
Tel. 0241 475 83 10""",
      cte="8bit",
      fwd={"frm": ("Ulrike Peters", "u.peters@kaiserpfalz.example.de"),
           "to": [("Stefan Brandt", "s.brandt@dreilaender-personal.example.de")],
           "subject": "Rückmeldung Kandidatin Tshibangu-Roux",
           "date": "2026-09-28 09:12 +0200",
           "mid": "<a7f3.rueckmeldung@kaiserpfalz.example.de>",
           "text": _kaiserpfalz_inner, "cte": "qp",
           "filename": "Rueckmeldung_Kaiserpfalz.eml"}))

_wurmtal = """Sehr geehrte Frau Tshibangu-Roux,

wir bedanken uns für Ihre Bewerbung als Pharmazeutisch-technische Assistenz mit Schwerpunkt Arzneimittelsicherheit in unserer Krankenhausapotheke.

Nach sorgfältiger Prüfung müssen wir Ihnen heute leider eine Absage erteilen. Für die ausgeschriebene Stelle ist die deutsche PTA-Anerkennung zwingend erforderlich, die wir Ihren Unterlagen nicht entnehmen konnten.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Petra Schümmer
Personalabteilung
Klinikum Wurmtal
Mauerfeldchen 25, 52146 Würselen"""
add(m(K, "wurmtal_softgarden_absage", "de", company="Klinikum Wurmtal",
      contact="p.schuemmer@klinikum-wurmtal.example.de",
      frm=("Klinikum Wurmtal", "noreply@softgarden.io"),
      reply_to=("Petra Schümmer", "p.schuemmer@klinikum-wurmtal.example.de"),
      rt_enc=("iso-8859-1", "q"),
      subject="Absage: Ihre Bewerbung bei uns",
      date="2026-08-11 13:30 +0200", irt="wurmtal-ack",
      text=_wurmtal, charset="iso-8859-1", cte="qp"))

# ------------------------------------------------------------------ Spanish (4)

_meseta_missed = """Hola Manon:

Te llamamos dos veces a las 10:00, como habíamos quedado, pero no conseguimos hablar contigo.

Lucía"""
add(m(K, "meseta_descartada_tras_llamada", "es", company="Meseta Clinical",
      contact="lucia.navarro@mesetaclinical.example.es",
      frm=("Lucía Navarro", "lucia.navarro@mesetaclinical.example.es"),
      frm_enc=("utf-8", "b"),
      subject="RE: Llamada de preselección – Meseta Clinical",
      date="2026-06-29 13:51 +0200", key="meseta-rej", irt="meseta-missed",
      refs=["meseta-ack", "meseta-inv"],
      text=f"""Hola Manon:

Gracias por tu respuesta y por explicarnos lo del cambio de número. Al final pudimos hacer la llamada el martes, y te agradezco el tiempo.

Después de valorar todas las entrevistas, hemos decidido seguir adelante con otras personas cuyo perfil encaja mejor con la parte de monitorización del puesto, así que no continuaremos con tu candidatura en este proceso.

Te deseo mucha suerte en esta nueva etapa profesional.

Un saludo,
Lucía Navarro
Técnica de Selección · Meseta Clinical S.L.
Calle de Orense 34, 28020 Madrid

{wrote("es", "mié, 17 jun 2026 a las 10:41", "Lucía Navarro", "lucia.navarro@mesetaclinical.example.es")}
{quote(_meseta_missed)}
""", cte="b64"))

add(m(K, "manzanares_proceso_cerrado", "es", company="Hospital Universitario del Manzanares",
      contact="marta.gil@hum.example.es",
      frm=("Marta Gil Romero", "marta.gil@hum.example.es"),
      subject="Proceso de selección - Técnico/a de registros farmacéuticos",
      subj_enc=("iso-8859-1", "q", "mixed"),
      date="2026-08-19 09:05 +0200",
      charset="windows-1252", cte="qp",
      text="""Estimada Sra. Tshibangu-Roux:

Le escribimos en relación con su solicitud para el puesto de Técnico/a de registros farmacéuticos del Servicio de Farmacia.

Le comunicamos que el proceso se ha cerrado con la incorporación de otra candidata, por lo que su solicitud no ha prosperado en esta ocasión. Agradecemos sinceramente el interés mostrado por nuestro hospital.

Reciba un cordial saludo,

Marta Gil Romero
Unidad de Selección – Recursos Humanos
Hospital Universitario del Manzanares
Paseo de la Ribera 12 · 28005 Madrid · Tel. 91 455 20 80

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. ¡Gracias!"""))

add(m(K, "talento_relays_farmaiberica_no", "es", company="Farmadistribución Ibérica",
      contact="javier.ortega@talentosanitario.example.es",
      frm=("Javier Ortega · Talento Sanitario", "javier.ortega@talentosanitario.example.es"),
      frm_enc=("utf-8", "q"),
      subject="Respuesta de Farmadistribución Ibérica",
      subj_enc=("utf-8", "q"),
      date="2026-07-31 18:26 +0200", key="talento-rej", irt="talento-move",
      refs=["talento-alta", "talento-inv"],
      text="""Hola Manon:

Acabo de colgar con Farmadistribución Ibérica. Me dicen que les gustó tu trato en la entrevista, pero han optado por no cubrir la vacante con tu perfil: buscan a alguien con experiencia previa en buenas prácticas de distribución (GDP) y con carné de carretillero para ayudar en el almacén en verano.

Sé que no es lo que esperabas. Seguimos en contacto y en cuanto entre algo de registros o calidad te aviso el primero.

Un abrazo,
Javier Ortega
Consultor · Talento Sanitario ETT
Calle de Alcalá 180, 28028 Madrid
Tel. 91 726 40 11"""))

add(m(K, "henares_casual_otra_persona", "es", company="Laboratorios Henares",
      contact="pablo.serrano@labhenares.example.es",
      frm=("Pablo Serrano", "pablo.serrano@labhenares.example.es"),
      subject="lo del puesto",
      date="2026-10-02 20:11 +0200",
      text="""Hola Manon, te escribo rápido desde el móvil.

Al final nos quedamos con otra persona para lo de asuntos regulatorios, alguien que ya estaba trabajando de becaria en el laboratorio. Me sabe fatal porque la entrevista contigo fue de las mejores.

Si vienes por Alcalá algún día, te invito a un café y te presento a gente del sector.

Pablo"""))
