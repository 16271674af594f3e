"""Corpus 275 — `other` (52): newsletters, the candidate's own mail, look-alikes, hand-written."""

from __future__ import annotations

from msgs275_common import (
    CAND,
    M,
    digest_html,
    digest_text,
    forwarded,
    paras,
    plain_html,
    wrote,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ---------------------------------------------------------------- the candidate's own words
# (quoted again in replies from the msgs275_rejections / msgs275_invites modules)

CAND_RESCHEDULE_CPASVAUX = """Madame Dewandre,

Je vous remercie pour votre invitation à l'entretien du mardi 10 mars.

Je suis malheureusement convoquée ce jour-là à l'ONE pour la visite d'agrément de la crèche où je travaille encore, et je ne peux pas m'absenter. Serait-il possible de déplacer l'entretien à un autre moment de la même semaine, idéalement le jeudi ou le vendredi ?

Je vous prie de m'excuser pour ce contretemps et reste à votre disposition.

Bien cordialement,
Élodie Marchetti-Owusu
0472 18 64 30"""

CAND_THANKS_CPASVAUX = """Madame Dewandre,

Je tenais à vous remercier, ainsi que Mme la Présidente et Mme la Directrice générale, pour l'entretien de cet après-midi.

La présentation de la cellule petite enfance et du travail en lien avec les crèches et l'ONE m'a confortée dans mon envie de rejoindre votre équipe. J'espère avoir l'occasion d'y contribuer.

Bien à vous,
Élodie Marchetti-Owusu"""

CAND_FOLLOWUP_HAUTVAL = """Monsieur Jacquemin,

Je reviens vers vous suite à votre courrier d'hier. Je suis sincèrement désolée : j'avais noté l'épreuve écrite le mercredi 4 février dans mon agenda, et je m'en suis rendu compte trop tard.

Je sais que le règlement est strict, mais je voulais vous demander s'il existe une possibilité de présenter l'épreuve à une autre date, ou à défaut de savoir où en est la procédure.

Avec mes excuses renouvelées,
Élodie Marchetti-Owusu"""

CAND_APPLICATION_PMS = """Madame la Directrice,

Puéricultrice depuis huit ans en crèche à Liège, je suis en train de me réorienter vers l'accompagnement social des familles et je me permets de vous adresser ma candidature pour le poste d'auxiliaire psycho-sociale publié sur le site de la Fédération Wallonie-Bruxelles.

Le travail de prévention avec les enfants et leurs parents, en lien avec les écoles, correspond exactement à ce que j'ai envie de développer. Vous trouverez mon CV et ma lettre de motivation en pièces jointes.

Je serais heureuse de vous rencontrer pour un entretien à votre convenance.

Veuillez agréer, Madame la Directrice, mes salutations distinguées.

Élodie Marchetti-Owusu
Rue Grétry 118, 4020 Liège
0472 18 64 30"""

CAND_THANKS_WURMBOGEN = """Sehr geehrter Herr Meessen,

vielen Dank für den schönen Hospitationstag heute an Ihrer Schule. Es hat mir große Freude gemacht, die Klasse 3b und Frau Jansen bei ihrer Arbeit zu begleiten, und ich habe viel über die Schulsozialarbeit an einer Förderschule gelernt.

Ich würde mich sehr freuen, Teil Ihres Teams zu werden.

Mit freundlichen Grüßen
Élodie Marchetti-Owusu"""

CAND_RESCHEDULE_WURMTAL = """Sehr geehrte Frau Offermann,

vielen Dank für die Einladung. Ich habe über das Portal den 7. April gebucht, habe aber jetzt erfahren, dass ich an diesem Tag in meiner Krippe in Lüttich eine Kollegin vertreten muss.

Wäre eine Verschiebung auf den 9. oder 10. April möglich? Es tut mir leid für die Umstände.

Mit freundlichen Grüßen
Élodie Marchetti-Owusu"""

CAND_THANKS_MOSAMAAS = """Dear Eva,

Thank you very much for taking the time to meet me this afternoon, and please pass on my thanks to Ruud as well. I really enjoyed hearing about the youth houses in Wyck and the way your team works with parents.

I'm even more motivated to join MosaMaas Care after our conversation, and I'm happy to provide references if that helps with the next step.

Kind regards,
Élodie Marchetti-Owusu"""

CAND_RESCHEDULE_CHILDRENFIRST = """Hi Hannah,

Thank you for reaching out, I'd be very glad to talk.

Unfortunately I'm on a day shift at the crèche on Thursday and can't take calls before 17:00. Would it be possible to move our phone screen to early next week? Monday afternoon would be ideal.

Many thanks and sorry for the trouble,
Élodie"""

CAND_THANKS_NARANJOS = """Hola, Javier:

Muchas gracias por la entrevista de esta mañana y por enseñarme las aulas de infantil. Me encantó conocer el proyecto de acogida a las familias y al equipo de orientación.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Élodie"""

NATHALIE = ("Nathalie Dewandre", "n.dewandre@cpas-vauxourthe.example.be")

# ================================================================ French (27)

add(M(
    kind="other", slug="cand_cpasvaux_reschedule", lang="fr", company="", contact="",
    frm=CAND, to=[NATHALIE],
    subject="Entretien du 10 mars – demande de report",
    date="2026-03-04 18:02 +0100", parent="cpasvaux_invite",
    text=CAND_RESCHEDULE_CPASVAUX,
))

add(M(
    kind="other", slug="cand_cpasvaux_thanks", lang="fr", company="", contact="",
    frm=CAND, to=[NATHALIE],
    subject="Merci pour l'entretien de ce jeudi",
    date="2026-03-12 18:20 +0100", parent="cpasvaux_moved",
    text=CAND_THANKS_CPASVAUX, html=plain_html(paras(CAND_THANKS_CPASVAUX)),
))

add(M(
    kind="other", slug="cand_cpasvaux_accept", lang="fr", company="", contact="",
    frm=CAND, to=[NATHALIE],
    subject="RE: Proposition d'engagement – auxiliaire sociale",
    date="2026-03-27 20:41 +0100", parent="cpasvaux_offer",
    text=f"""Madame Dewandre,

C'est avec une grande joie que j'accepte votre proposition d'engagement. Je remettrai mon préavis à la crèche dès lundi et je serai donc bien disponible au 1er mai.

Pourriez-vous me dire quels documents je dois vous fournir avant mon entrée en fonction ?

Encore merci pour votre confiance,
Élodie Marchetti-Owusu

{wrote("fr", "2026-03-26 09:05", *NATHALIE)}
> Madame Marchetti-Owusu,
>
> J'ai le plaisir de vous informer qu'en séance du 24 mars, le Conseil de
> l'action sociale a décidé de vous engager en qualité d'auxiliaire sociale
> pour la cellule petite enfance.
>
> Vous trouverez en pièce jointe notre proposition d'engagement [...]
> Nous vous serions reconnaissants de nous faire part de votre décision au
> plus tard le vendredi 3 avril.
""",
))

add(M(
    kind="other", slug="cand_tilleuls_application", lang="fr", company="", contact="",
    frm=CAND, to=[("Anne Schyns", "anne.schyns@lestilleuls.example.be")],
    subject="Candidature – accueillante extrascolaire",
    date="2026-05-04 21:30 +0200",
    text="""Madame la Directrice,

Suite à l'annonce parue sur le site de la Ville de Verviers, je vous adresse ma candidature pour le poste d'accueillante extrascolaire (mi-temps) au sein de votre école.

Puéricultrice de formation, j'ai travaillé huit ans en crèche et j'ai animé pendant trois étés des plaines de vacances pour enfants de 3 à 12 ans. Je suis disponible dès la rentrée de septembre.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Avec mes salutations respectueuses,
Élodie Marchetti-Owusu
0472 18 64 30
""",
    pdf=[{"filename": "CV_Elodie_Marchetti-Owusu.pdf",
          "title": "Élodie Marchetti-Owusu - Curriculum vitae",
          "lines": ["Puéricultrice - en réorientation vers l'accompagnement social",
                    "2018-2026 : puéricultrice, crèche communale, Liège",
                    "2021-2023 : animatrice de plaines de vacances (été)",
                    "Langues : français, italien, anglais (B2), allemand (B1)",
                    "Permis B - Rue Grétry 118, 4020 Liège"]}],
))

add(M(
    kind="other", slug="cand_hautval_followup", lang="fr", company="", contact="",
    frm=CAND, to=[("Marc Jacquemin", "marc.jacquemin@hautval.example.be")],
    subject="Candidature agent d'insertion sociale - suivi",
    date="2026-02-04 08:55 +0100", parent="hautval_missed",
    charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
    text=CAND_FOLLOWUP_HAUTVAL,
))

add(M(
    kind="other", slug="cand_pms_application", lang="fr", company="", contact="",
    frm=CAND, to=[("Véronique Lejeune", "v.lejeune@pmsvesdre.example.be")],
    subject="Candidature – auxiliaire psycho-sociale",
    date="2026-06-08 21:14 +0200",
    text=CAND_APPLICATION_PMS,
))

_EMP_ITEMS = [
    ("Assistant(e) social(e) – CPAS de Fléronval", "Fléronval · CDI · publié il y a 2 jours",
     "https://emploisocial.example.be/o/48211",
     "Entretiens prévus fin février ; permis B souhaité."),
    ("Éducateur/trice A2 – Service résidentiel jeunesse", "Seraing · CDD 12 mois",
     "https://emploisocial.example.be/o/48190",
     "Horaires variables, week-ends. Candidatures jusqu'au 15/02."),
    ("Puériculteur/trice – Crèche Les Lutins", "Liège-Outremeuse · mi-temps",
     "https://emploisocial.example.be/o/48177", "Remplacement d'un congé de maternité."),
    ("Accueillant(e) social(e) – Maison médicale", "Herstal · 4/5e",
     "https://emploisocial.example.be/o/48152",
     "Première sélection sur dossier, puis entretien avec l'équipe."),
]
_EMP_INTRO = """Bonjour Élodie,

Voici les 4 nouvelles offres correspondant à votre alerte « social – petite enfance – Liège (25 km) ».

Conseil de la semaine : un refus n'est jamais personnel. Demandez un retour après chaque entretien, c'est souvent là qu'on apprend le plus !"""
_EMP_FOOT = ("Vous recevez cet e-mail car vous avez créé une alerte sur EmploiSocial. "
             "Se désabonner : https://emploisocial.example.be/alertes/stop?u=em4021")
add(M(
    kind="other", slug="alerte_emploi_liege", lang="fr", company="", contact="",
    frm=("EmploiSocial – Alertes", "alertes@emploisocial.example.be"),
    subject="4 nouvelles offres pour « social – petite enfance – Liège »",
    date="2026-02-02 06:00 +0100",
    headers=bulk("Alertes EmploiSocial <alertes.emploisocial.example.be>",
                 "<https://emploisocial.example.be/alertes/stop?u=em4021>, "
                 "<mailto:unsubscribe@emploisocial.example.be?subject=em4021>"),
    text=digest_text("EmploiSocial – vos nouvelles offres", _EMP_INTRO, _EMP_ITEMS, _EMP_FOOT),
    html=digest_html("EmploiSocial – vos nouvelles offres", _EMP_INTRO, _EMP_ITEMS,
                     _EMP_FOOT, color="#ad1457"),
))

_HNL_ITEMS = [
    ("5 raisons pour lesquelles une candidature est refusée (et comment les éviter)",
     "Conseils carrière · 4 min", "https://horizon-interim.example.be/blog/refus",
     "CV trop long, lettre générique, pas de relance… nos consultants font le point."),
    ("Réussir son entretien d'embauche en maison de repos", "Témoignage · 6 min",
     "https://horizon-interim.example.be/blog/entretien-mr",
     "Une directrice namuroise nous explique ce qu'elle attend des candidats."),
    ("Intérimaire : vos droits en cas de fin de mission anticipée", "Juridique · 3 min",
     "https://horizon-interim.example.be/blog/droits",
     "Préavis, jours fériés, pécule de vacances : ce qu'il faut savoir."),
]
_HNL_INTRO = """Chère intérimaire, cher intérimaire,

L'été approche et, avec lui, les missions de remplacement dans le secteur social et des soins. Voici notre sélection d'articles du mois."""
_HNL_FOOT = ("Horizon Intérim · Place de la Station 9, 5000 Namur · "
             "Se désinscrire de la newsletter : https://horizon-interim.example.be/nl/off")
add(M(
    kind="other", slug="newsletter_horizon_conseils", lang="fr", company="", contact="",
    frm=("Horizon Intérim", "newsletter@horizon-interim.example.be"),
    subject="Le Mag Horizon de juin : pourquoi votre candidature est refusée",
    date="2026-06-05 10:00 +0200",
    headers=bulk("<mag.horizon-interim.example.be>",
                 "<https://horizon-interim.example.be/nl/off?id=88213>"),
    html=digest_html("Le Mag Horizon – juin 2026", _HNL_INTRO, _HNL_ITEMS, _HNL_FOOT,
                     color="#ef6c00"),
    html_cte="base64",
))

_CTS = """Le Carnet du Travail Social - n° 47

PRÉPARER UN ENTRETIEN EN CPAS : CE QUE LE JURY REGARDE VRAIMENT

Chaque semaine, des lectrices nous écrivent après un entretien raté ou une candidature refusée. Nous avons interrogé trois directrices générales de CPAS liégeois sur ce qu'elles évaluent lors des épreuves orales.

1. La connaissance de la loi organique. Pas besoin de réciter les articles, mais il faut savoir ce qu'est le droit à l'intégration sociale et ce que fait un CPAS au quotidien.

2. La posture face au public. Les mises en situation (un usager en colère, une mère qui ne comprend pas un refus d'aide) pèsent souvent plus que le CV.

3. Les questions en fin d'entretien. « Une candidate qui ne pose aucune question nous inquiète », résume l'une d'elles.

Lire l'article complet : https://carnet-travail-social.example.be/47/entretien-cpas

À la semaine prochaine,
La rédaction

Vous êtes inscrite à la liste « Carnet du Travail Social ». Pour ne plus recevoir ces envois : https://carnet-travail-social.example.be/desinscription"""
add(M(
    kind="other", slug="article_entretien_cpas", lang="fr", company="", contact="",
    frm=("Le Carnet du Travail Social", "redaction@carnet-travail-social.example.be"),
    subject="Préparer un entretien en CPAS : ce que le jury regarde vraiment",
    date="2026-01-15 07:30 +0100",
    headers=bulk("Carnet du Travail Social <carnet.carnet-travail-social.example.be>",
                 "<https://carnet-travail-social.example.be/desinscription>"),
    text=_CTS, charset="iso-8859-1", cte="quoted-printable",
    subj_enc=("iso-8859-1", "B"),
))

add(M(
    kind="other", slug="podcast_invitation", lang="fr", company="", contact="amandine@voixdusocial.example.be",
    frm=("Amandine Colson", "amandine@voixdusocial.example.be"),
    subject="Invitation au podcast « Les Voix du Social »",
    date="2026-04-29 14:22 +0200",
    text="""Bonjour Élodie,

Je m'appelle Amandine et j'anime « Les Voix du Social », un podcast qui donne la parole aux travailleuses et travailleurs du secteur social en Wallonie.

J'ai lu votre témoignage sur le groupe des puéricultrices en reconversion et j'aimerais beaucoup vous recevoir pour une interview d'environ quarante minutes sur votre parcours : pourquoi quitter la crèche, comment se passe la recherche d'emploi, ce qui vous a surprise.

L'enregistrement peut se faire dans notre petit studio à Liège (quartier Saint-Léonard) ou à distance, à la date qui vous arrange en mai.

Qu'en pensez-vous ?

Amandine Colson
Les Voix du Social – podcast
https://voixdusocial.example.be
""",
))

add(M(
    kind="other", slug="recherche_utilisateur_jobeo", lang="fr", company="", contact="camille.dethier@jobeo.example.be",
    frm=("Jobeo Recherche", "recherche@jobeo.example.be"),
    reply_to=("Camille Dethier", "camille.dethier@jobeo.example.be"),
    subject="30 minutes pour nous aider à améliorer Jobeo ? (bon de 20 €)",
    date="2026-05-20 11:05 +0200",
    text="""Bonjour Élodie,

Vous utilisez Jobeo depuis quelques mois pour chercher un emploi dans le secteur social. Notre équipe produit aimerait mieux comprendre comment vous organisez vos candidatures.

Nous vous proposons un entretien utilisateur de 30 minutes en visio, la semaine du 1er juin. Il ne s'agit pas d'un entretien d'embauche : nous vous poserons des questions sur vos habitudes et vous montrerons deux maquettes. Pour vous remercier, vous recevrez un bon d'achat de 20 €.

Si vous êtes partante, répondez simplement à ce message avec vos disponibilités.

Camille Dethier
UX Researcher – Jobeo
""",
    html=plain_html(paras("""Bonjour Élodie,

Vous utilisez Jobeo depuis quelques mois pour chercher un emploi dans le secteur social. Notre équipe produit aimerait mieux comprendre comment vous organisez vos candidatures.

Nous vous proposons un entretien utilisateur de 30 minutes en visio, la semaine du 1er juin. Il ne s'agit pas d'un entretien d'embauche : nous vous poserons des questions sur vos habitudes et vous montrerons deux maquettes. Pour vous remercier, vous recevrez un bon d'achat de 20 €.

Si vous êtes partante, répondez simplement à ce message avec vos disponibilités.

Camille Dethier
UX Researcher – Jobeo""")),
))

add(M(
    kind="other", slug="colis_retarde", lang="fr", company="", contact="",
    frm=("ColisExpress", "noreply@colisexpress.example.be"),
    subject="Votre colis 3SBEL7742190 est retardé",
    date="2026-03-17 13:48 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    html=plain_html("""<p>Bonjour,</p>
<p>Malheureusement, votre colis <b>3SBEL7742190</b> (expéditeur : Librairie Pax) n'a pas pu être livré aujourd'hui en raison d'un retard au centre de tri de Liège-Bierset.</p>
<p>Nouvelle date de livraison estimée : <b>jeudi 19 mars</b>, entre 9h et 13h.</p>
<p>Vous ne serez pas chez vous ? <a href="https://colisexpress.example.be/suivi/3SBEL7742190">Choisissez un point relais</a>.</p>
<p>Nous vous prions de nous excuser pour ce désagrément.<br>Le service clientèle ColisExpress</p>"""),
))

add(M(
    kind="other", slug="amie_refus", lang="fr", company="", contact="margaux.delvaux@example.be",
    frm=("Margaux Delvaux", "margaux.delvaux@example.be"),
    subject="Bon ben c'est non pour moi aussi",
    date="2026-02-21 22:47 +0100",
    text="""Coucou toi,

Je viens de lire ton message pour Hautval, je suis dégoûtée pour toi. Et figure-toi que moi aussi j'ai reçu un refus aujourd'hui : le CPAS de Soumagne m'a écrit qu'ils avaient « retenu un profil plus expérimenté ». Après deux entretiens et une mise en situation, je trouve ça raide.

On devrait monter un club des reconverties refusées, avec des gaufres.

Plus sérieusement : on se voit dimanche chez ma mère ? On pourrait relire nos lettres de motivation ensemble.

Gros bisous,
Margaux
""",
))

add(M(
    kind="other", slug="chasseuse_approche", lang="fr", company="", contact="aline.mathieu@talentis-social.example.be",
    frm=("Aline Mathieu", "aline.mathieu@talentis-social.example.be"),
    subject="Votre profil de puéricultrice",
    date="2026-09-16 09:12 +0200",
    text="""Bonjour Madame Marchetti-Owusu,

Je suis consultante chez Talentis Social, un cabinet de recrutement dédié au secteur non marchand en Wallonie.

Je suis tombée sur votre profil sur Jobeo et votre parcours (crèche, plaines de vacances, volonté d'évoluer vers l'accompagnement des familles) correspond à des demandes que nous recevons régulièrement de services d'aide à la jeunesse et de CPAS.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je serais ravie de faire connaissance par téléphone pour mieux cerner vos attentes et vous recontacter quand une opportunité se présentera.

Belle journée,

Aline Mathieu
Consultante – Talentis Social
Boulevard d'Avroy 38, 4000 Liège
0495 27 83 10
""",
))

add(M(
    kind="other", slug="banque_rendez_vous", lang="fr", company="", contact="olivier.gilles@banquemeusienne.example.be",
    frm=("Olivier Gilles", "olivier.gilles@banquemeusienne.example.be"),
    subject="Confirmation de notre entretien – crédit hypothécaire",
    date="2026-08-12 16:05 +0200",
    text="""Madame Marchetti-Owusu,

Je vous confirme notre entretien du mardi 18 août à 17h30 à l'agence de Liège-Guillemins, au sujet de votre projet d'achat d'appartement.

Pour que nous puissions faire une première simulation, merci d'apporter vos trois dernières fiches de paie, votre avertissement-extrait de rôle et, si vous en avez un, le compromis ou l'annonce du bien. Votre futur changement de poste ne pose aucun problème : nous en tiendrons compte dans l'analyse.

Au plaisir de vous rencontrer,

Olivier Gilles
Conseiller crédits
Banque Meusienne – Agence Guillemins
Rue des Guillemins 102, 4000 Liège
04 229 88 40

Les informations contenues dans ce message ne constituent pas une offre de crédit. Sous réserve d'acceptation du dossier.
""",
))

add(M(
    kind="other", slug="proprietaire_chaudiere", lang="fr", company="", contact="j.defraigne@example.be",
    frm=("Jacques Defraigne", "j.defraigne@example.be"),
    subject="Entretien de la chaudière + relevé des compteurs",
    date="2026-09-03 08:30 +0200",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    text="""Bonjour Madame,

Le chauffagiste passera pour l'entretien annuel de la chaudière le jeudi 10 septembre entre 8h et 10h. Pouvez-vous être présente ou laisser la clé chez Mme Lambert au rez-de-chaussée ?

J'en profiterai pour relever la position des compteurs d'eau et de gaz, puisque vous m'avez annoncé votre départ pour fin octobre. Pour l'état des lieux de sortie, je vous propose le samedi 31 octobre à 10h.

Bonne journée,
J. Defraigne
""",
))

add(M(
    kind="other", slug="ecole_entretiens_parents", lang="fr", company="", contact="",
    frm=("EduConnect – Athénée de Bressoux", "noreply@educonnect.example.be"),
    subject="Réunion de parents : réservez votre entretien individuel",
    date="2026-01-08 12:00 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Chers parents,

Les entretiens individuels parents-enseignants du premier trimestre auront lieu le jeudi 22 janvier de 16h à 19h.

Chaque entretien dure dix minutes. Les créneaux sont à réserver dans l'onglet « Rendez-vous » de l'application EduConnect avant le lundi 19 janvier. Les titulaires de 3e maternelle recevront les parents dans le réfectoire.

La direction

Ce message a été envoyé via EduConnect. Merci de ne pas répondre à cet e-mail.
""",
))

add(M(
    kind="other", slug="medecin_rdv", lang="fr", company="", contact="",
    frm=("Agenda Médical", "noreply@agenda-medical.example.be"),
    subject="Rappel : rendez-vous demain avec le Dr Vanhamme",
    date="2026-07-07 18:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html=plain_html("""<p>Bonjour Élodie,</p>
<p>Nous vous rappelons votre rendez-vous de médecine générale :</p>
<p><b>mercredi 8 juillet 2026 à 8h40</b><br>Dr Laurence Vanhamme – Cabinet médical des Vennes, Rue de Fétinne 57, 4020 Liège</p>
<p>Un empêchement ? Merci d'annuler au moins 24 heures à l'avance pour libérer la place : <a href="https://agenda-medical.example.be/annuler/7Q2K">annuler ou déplacer le rendez-vous</a>.</p>
<p>L'équipe Agenda Médical</p>"""),
))

add(M(
    kind="other", slug="absence_nathalie", lang="fr", company="", contact="n.dewandre@cpas-vauxourthe.example.be",
    frm=NATHALIE,
    subject="Réponse automatique : Merci pour l'entretien de ce jeudi",
    date="2026-03-12 18:21 +0100", parent="cand_cpasvaux_thanks",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Bonjour,

Je suis absente du bureau du vendredi 13 au lundi 16 mars inclus, sans accès à mes e-mails.

Pour toute urgence sociale, merci de contacter la permanence du CPAS au 04 368 90 00. Pour les questions relatives aux recrutements en cours, vous pouvez vous adresser au service du personnel (personnel@cpas-vauxourthe.example.be).

Nathalie Dewandre
Assistante sociale en chef
""",
))

add(M(
    kind="other", slug="reseaupro_notification", lang="fr", company="", contact="",
    frm=("ReseauPro", "notifications@reseaupro.example.com"),
    subject="Élodie, 3 recruteurs ont consulté votre profil cette semaine",
    date="2026-05-25 07:15 +0200",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://reseaupro.example.com/settings/notifications>")],
    html=plain_html("""<div style="max-width:560px">
<p><b>Votre semaine sur ReseauPro</b></p>
<p>3 recruteurs ont consulté votre profil, dont une personne du secteur <i>Services sociaux</i> à Namur.</p>
<p>Les membres qui ont le badge « Ouverte aux opportunités » reçoivent 2× plus de messages. <a href="https://reseaupro.example.com/open">Activer le badge</a></p>
<p>Offres qui pourraient vous intéresser : <a href="https://reseaupro.example.com/jobs/1">Assistante sociale – Namur</a> · <a href="https://reseaupro.example.com/jobs/2">Éducatrice – Liège</a></p>
<p>Astuce : après un entretien, un message de remerciement augmente vos chances d'être retenue.</p>
<p style="font-size:11px;color:#888">Vous recevez cette notification car elle est activée dans vos paramètres.</p>
</div>"""),
))

add(M(
    kind="other", slug="refus_formation_ipsoa", lang="fr", company="", contact="c.bodson@ipsoa.example.be",
    frm=("Chantal Bodson", "c.bodson@ipsoa.example.be"),
    subject="Votre demande d'inscription – bachelier assistant social (horaire décalé)",
    date="2026-09-09 10:30 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Nous avons bien reçu votre demande d'inscription en première année du bachelier assistant social en horaire décalé pour l'année académique 2026-2027.

Nous avons le regret de vous informer que votre demande n'a pas pu être acceptée : le nombre de places est limité à 40 et toutes ont été attribuées selon l'ordre d'arrivée des dossiers complets. Vous êtes inscrite en position 12 sur la liste d'attente ; nous vous contacterons si une place se libère avant le 1er octobre.

Veuillez agréer, Madame, nos salutations distinguées.

Chantal Bodson
Secrétariat des inscriptions
Institut de promotion sociale Ourthe-Amblève
Rue de la Station 4, 4920 Aywaille
""",
))

_SAL_ITEMS = [
    ("40 employeurs du non-marchand", "CPAS, hôpitaux, ASBL, maisons de repos",
     "https://salon-social-liege.example.be/exposants", "Consultez la liste des exposants."),
    ("Mini-entretiens de 10 minutes", "Sur place, sans rendez-vous",
     "https://salon-social-liege.example.be/speed",
     "Apportez plusieurs CV : certains recruteurs font passer des entretiens sur le stand."),
    ("Atelier : rebondir après un refus", "14h – salle B",
     "https://salon-social-liege.example.be/ateliers",
     "Animé par une coach du Forem."),
]
_SAL_INTRO = """Le Salon de l'emploi social revient le samedi 26 septembre au Palais des Congrès de Liège, de 10h à 17h. Entrée gratuite, inscription recommandée."""
_SAL_FOOT = ("Salon de l'emploi social · Liège · Désinscription : "
             "https://salon-social-liege.example.be/desinscription")
add(M(
    kind="other", slug="salon_emploi_social", lang="fr", company="", contact="",
    frm=("Salon de l'emploi social", "info@salon-social-liege.example.be"),
    subject="Samedi 26/09 : 40 employeurs du social vous attendent",
    date="2026-09-14 09:00 +0200",
    headers=bulk("<invitations.salon-social-liege.example.be>",
                 "<https://salon-social-liege.example.be/desinscription>"),
    text=digest_text("Salon de l'emploi social 2026", _SAL_INTRO, _SAL_ITEMS, _SAL_FOOT),
    html=digest_html("Salon de l'emploi social 2026", _SAL_INTRO, _SAL_ITEMS, _SAL_FOOT,
                     color="#00838f"),
))

add(M(
    kind="other", slug="forward_offre_ami", lang="fr", company="", contact="benoit.kaye@example.be",
    frm=("Benoît Kaye", "benoit.kaye@example.be"),
    subject="Fwd: Appel à candidatures – assistant(e) social(e) adjoint(e)",
    date="2026-03-09 19:12 +0100",
    text=f"""Hello Élo,

Reçu ça via la newsletter de mon boulot, ça m'a directement fait penser à toi. C'est à Esneux, pas trop loin de chez toi.

Ben

{forwarded("fr", "Service RH – Commune d'Esneux-Vallée", "rh@esneuxvallee.example.be", "2026-03-09 11:00", "Appel à candidatures – assistant(e) social(e) adjoint(e)", "liste-partenaires@esneuxvallee.example.be")}

La Commune d'Esneux-Vallée lance un appel à candidatures pour un(e) assistant(e) social(e) adjoint(e) à mi-temps (CDD d'un an renouvelable).

Candidatures (CV et lettre) à envoyer pour le 27 mars au plus tard. Les entretiens de sélection auront lieu la semaine du 13 avril.

Merci de diffuser largement.
""",
))

add(M(
    kind="other", slug="syndicat_newsletter", lang="fr", company="", contact="",
    frm=("CGSP-Solidaire Info", "info@solidaire-services-publics.example.be"),
    subject="Info syndicale : entretien d'évaluation, refus de congé, vos droits",
    date="2026-04-06 12:15 +0200",
    headers=bulk("<info.solidaire-services-publics.example.be>",
                 "<mailto:desinscription@solidaire-services-publics.example.be>"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""INFO SYNDICALE - SECTEUR DES POUVOIRS LOCAUX - AVRIL 2026

1. L'entretien d'évaluation n'est pas un entretien disciplinaire
Vous avez le droit d'être accompagné(e) d'un délégué lors de votre entretien d'évaluation annuel. Nous rappelons qu'une évaluation "à améliorer" ne peut entraîner de licenciement sans procédure.

2. Refus de congé parental : que faire ?
L'employeur ne peut refuser un congé parental à temps partiel que pour des raisons sérieuses liées au fonctionnement du service. En cas de refus, contactez votre délégation.

3. Nouveaux barèmes dans les CPAS
L'indexation de mars est désormais appliquée sur les échelles D et C.

Permanences : tous les mardis de 12h à 14h, Place Saint-Paul 9, Liège.

Pour vous désinscrire de cette liste, envoyez un e-mail à desinscription@solidaire-services-publics.example.be
""",
))

add(M(
    kind="other", slug="activemploi_conseillere", lang="fr", company="", contact="",
    frm=("ActivEmploi Wallonie", "ne-pas-repondre@activemploi.example.be"),
    subject="Votre rendez-vous d'accompagnement du 14 janvier",
    date="2026-01-06 08:45 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Madame Marchetti-Owusu,

Dans le cadre de votre projet de réorientation professionnelle, votre conseillère référente, Mme Joiris, vous propose un entretien de suivi le mercredi 14 janvier 2026 à 10h30, dans nos locaux de Liège (Boulevard de la Sauvenière 70).

Cet entretien permettra de faire le point sur vos démarches, sur la validation des compétences et sur les formations qualifiantes dans le secteur social.

Si vous ne pouvez pas être présente, modifiez votre rendez-vous depuis votre espace personnel.

ActivEmploi Wallonie – Service d'accompagnement

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
""",
))

add(M(
    kind="other", slug="mutualite_refus", lang="fr", company="", contact="",
    frm=("Mutualité Solidaris-Meuse", "noreply@mutualite-meuse.example.be"),
    subject="Votre demande d'intervention n° 2026-0412-77",
    date="2026-04-14 15:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Chère affiliée,

Nous avons examiné votre demande d'intervention pour des séances d'ostéopathie (facture du 2 avril 2026).

Malheureusement, cette demande ne peut pas être acceptée : le quota annuel de six séances remboursées a déjà été atteint pour l'année 2026. Ce refus ne concerne que cette demande ; vos autres avantages restent inchangés.

Vous pouvez consulter le détail dans votre espace en ligne.

Votre mutualité
""",
))

add(M(
    kind="other", slug="collegue_pot_depart", lang="fr", company="", contact="karine.lemaire@example.be",
    frm=("Karine Lemaire", "karine.lemaire@example.be"),
    subject="Ton pot de départ !!!",
    date="2026-04-17 13:02 +0200",
    cc=[("Sophie Hanquet", "sophie.hanquet@example.be")],
    text="""Élodie !

C'est officiel, on organise ton pot de départ le vendredi 24 avril à 17h, dans la salle de jeux de la crèche (les petits seront partis, promis).

Chacune apporte quelque chose : moi je fais mon tiramisu, Sophie s'occupe du cadeau (chut). Tu n'as rien à préparer, juste ton discours, hahaha.

Huit ans ensemble, ça se fête. Tu vas nous manquer, mais on est tellement fières de toi pour ce poste au CPAS.

Karine
""",
))

# ================================================================ German (13)

FRANK = ("Frank Meessen", "f.meessen@foerderschule-wurmbogen.example.de")

add(M(
    kind="other", slug="cand_wurmbogen_thanks", lang="de", company="", contact="",
    frm=CAND, to=[FRANK],
    subject="Vielen Dank für den Hospitationstag",
    date="2026-01-22 19:05 +0100", parent="wurmbogen_hospitation",
    text=CAND_THANKS_WURMBOGEN,
))

add(M(
    kind="other", slug="cand_burtscheid_application", lang="de", company="", contact="",
    frm=CAND, to=[("Kinderhilfe Burtscheid – Bewerbungen", "bewerbung@kinderhilfe-burtscheid.example.de")],
    subject="Bewerbung als Sozialassistentin (m/w/d) – Familienhilfe",
    date="2026-05-18 20:45 +0200",
    text="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für eine Sozialassistentin in der Familienhilfe gelesen und bewerbe mich hiermit um diese Stelle.

Ich bin staatlich geprüfte Kinderpflegerin (puéricultrice) aus Belgien und arbeite seit acht Jahren in einer Krippe in Lüttich. Zum Herbst ziehe ich in die Region Aachen und möchte mich beruflich in Richtung Familienbegleitung weiterentwickeln. Deutsch spreche ich auf Niveau B1+, ein B2-Kurs ist angemeldet.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Élodie Marchetti-Owusu
Rue Grétry 118, 4020 Liège (Belgien)
+32 472 18 64 30
""",
    pdf=[{"filename": "Lebenslauf_Marchetti-Owusu.pdf",
          "title": "Lebenslauf - Élodie Marchetti-Owusu",
          "lines": ["Kinderpflegerin (puéricultrice), Lüttich, Belgien",
                    "2018-2026: Krippe der Stadt Lüttich",
                    "Sprachen: Französisch, Italienisch, Englisch B2, Deutsch B1+",
                    "Führerschein Klasse B"]}],
))

add(M(
    kind="other", slug="cand_wurmtal_reschedule", lang="de", company="", contact="",
    frm=CAND, to=[("Jana Offermann", "j.offermann@klinikum-wurmtal.example.de")],
    subject="Vorstellungsgespräch am 7. April – Verschiebung",
    date="2026-03-30 20:47 +0200", parent="wurmtal_invite",
    text=CAND_RESCHEDULE_WURMTAL,
))

_SJ_ITEMS = [
    ("Sozialassistenz (m/w/d) Schulbegleitung", "Aachen-Mitte · Teilzeit · vor 1 Tag",
     "https://sozialjobs-rheinland.example.de/j/77120",
     "Vorstellungsgespräche noch vor den Osterferien."),
    ("Erzieher/in Kita Laurensberg", "Aachen · Vollzeit",
     "https://sozialjobs-rheinland.example.de/j/77102", "Quereinstieg möglich."),
    ("Betreuungskraft Offener Ganztag", "Stolberg · 20 Std.",
     "https://sozialjobs-rheinland.example.de/j/77088",
     "Absagen und Zusagen erfolgen innerhalb einer Woche."),
]
_SJ_INTRO = """Hallo Élodie,

hier sind die neuesten Stellen für Ihren Suchauftrag „Sozialassistenz, Aachen + 20 km“."""
_SJ_FOOT = ("SozialJobs Rheinland · Suchauftrag verwalten oder abbestellen: "
            "https://sozialjobs-rheinland.example.de/suchauftrag")
add(M(
    kind="other", slug="stellenalarm_aachen", lang="de", company="", contact="",
    frm=("SozialJobs Rheinland", "jobalarm@sozialjobs-rheinland.example.de"),
    subject="3 neue Stellen für „Sozialassistenz, Aachen + 20 km“",
    date="2026-03-12 06:30 +0100",
    headers=bulk("Jobalarm <jobalarm.sozialjobs-rheinland.example.de>",
                 "<https://sozialjobs-rheinland.example.de/suchauftrag/stop?id=55c1>"),
    text=digest_text("Ihr Jobalarm", _SJ_INTRO, _SJ_ITEMS, _SJ_FOOT),
    html=digest_html("Ihr Jobalarm", _SJ_INTRO, _SJ_ITEMS, _SJ_FOOT, color="#2e7d32",
                     lang="de"),
    subj_enc=("windows-1252", "Q"),
))

add(M(
    kind="other", slug="ratgeber_absage", lang="de", company="", contact="",
    frm=("Karriereratgeber Soziales", "newsletter@karriere-soziales.example.de"),
    subject="Absage erhalten? So geht es weiter",
    date="2026-05-07 08:00 +0200",
    headers=bulk("<ratgeber.karriere-soziales.example.de>",
                 "<https://karriere-soziales.example.de/abmelden>"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""KARRIERERATGEBER SOZIALES - Ausgabe Mai

Absage erhalten? So geht es weiter

Eine Absage nach dem Vorstellungsgespräch ist ärgerlich, aber kein Urteil über Ihre Person. Drei Tipps aus unserer Redaktion:

1. Bitten Sie freundlich um Feedback. Viele Träger geben telefonisch mehr preis als schriftlich.
2. Bleiben Sie in Kontakt. Wer nach einer Absage höflich bleibt, wird bei der nächsten Stelle oft direkt eingeladen.
3. Prüfen Sie Ihre Unterlagen. Passt Ihr Anschreiben wirklich zur Einrichtung?

Außerdem in dieser Ausgabe: Quereinstieg in die Kita - welche Abschlüsse aus dem Ausland werden anerkannt?

Weiterlesen: https://karriere-soziales.example.de/mai

Newsletter abbestellen: https://karriere-soziales.example.de/abmelden
""",
))

add(M(
    kind="other", slug="abwesenheit_kreutzer", lang="de", company="", contact="kreutzer@kinderhilfe-burtscheid.example.de",
    frm=("Stefan Kreutzer", "kreutzer@kinderhilfe-burtscheid.example.de"),
    subject="Automatische Antwort: Einladung Vorstellungsgespräch 11.06. – Sozialassistenz Familienhilfe",
    date="2026-06-03 09:02 +0200", parent="burtscheid_invite",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter 0241 91 63 70.

Stefan Kreutzer
Bereichsleitung Familienhilfe, Kinderhilfe Burtscheid
""",
))

add(M(
    kind="other", slug="paket_verspaetet", lang="de", company="", contact="",
    frm=("PaketBlitz", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verspätet sich leider",
    date="2026-08-03 14:10 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1877 0612 (Absender: Möbelhaus Dreiländereck) um voraussichtlich zwei Werktage. Grund ist ein erhöhtes Sendungsaufkommen in unserem Verteilzentrum Eschweiler.

Neuer voraussichtlicher Zustelltermin: Mittwoch, 5. August 2026.

Sendungsverfolgung: https://paketblitz.example.de/verfolgen/0034043418770612

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team
""",
))

add(M(
    kind="other", slug="vermieter_uebergabe", lang="de", company="", contact="h.lauscher@example.de",
    frm=("Heinz Lauscher", "h.lauscher@example.de"),
    subject="Wohnung Jakobstraße – Termin für die Übergabe",
    date="2026-09-21 19:30 +0200",
    charset="windows-1252", cte="8bit",
    text="""Sehr geehrte Frau Marchetti-Owusu,

wie besprochen steht die Wohnung in der Jakobstraße ab dem 1. November für Sie bereit. Für die Übergabe mit Zählerständen und Schlüsseln schlage ich Samstag, 31. Oktober, um 11 Uhr vor.

Die Kaution (drei Nettokaltmieten) überweisen Sie bitte bis zum 15. Oktober auf das im Mietvertrag angegebene Konto.

Mit freundlichen Grüßen
Heinz Lauscher
""",
))

add(M(
    kind="other", slug="arzt_termin", lang="de", company="", contact="",
    frm=("Praxis Dr. Schmitz-Kohl", "termine@praxis-schmitzkohl.example.de"),
    subject="Terminerinnerung: Montag, 2. November, 8:15 Uhr",
    date="2026-10-30 17:00 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Frau Marchetti-Owusu,

wir erinnern Sie an Ihren Termin zur Neuaufnahme in unserer Hausarztpraxis:

Montag, 2. November 2026, 8:15 Uhr
Praxis Dr. Schmitz-Kohl, Pontstraße 41, 52062 Aachen

Bitte bringen Sie Ihre Versichertenkarte bzw. Ihre europäische Krankenversicherungskarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher ab.

Dies ist eine automatisch versendete Nachricht.
""",
))

add(M(
    kind="other", slug="sprachkurs_absage", lang="de", company="", contact="",
    frm=("Bildungswerk Dreiländereck", "anmeldung@bildungswerk-dreilaendereck.example.de"),
    subject="Ihre Anmeldung: Deutsch B2 (Abendkurs, Kurs 26H-114)",
    date="2026-08-26 10:20 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sehr geehrte Frau Marchetti-Owusu,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 – Abendkurs“ (26H-114).

Leider können wir Ihre Anmeldung nicht berücksichtigen: Der Kurs ist bereits ausgebucht. Wir haben Sie auf die Warteliste gesetzt (Platz 4) und informieren Sie, falls ein Platz frei wird. Alternativ gibt es noch freie Plätze im Samstagskurs 26H-120.

Mit freundlichen Grüßen
Ihr Bildungswerk Dreiländereck – Kursanmeldung

Diese E-Mail wurde automatisch erstellt.
""",
))

add(M(
    kind="other", slug="headhunter_kaltakquise", lang="de", company="", contact="k.roth@sozialtalente.example.de",
    frm=("Kai Roth", "k.roth@sozialtalente.example.de"),
    subject="Ihr Profil – kurzer Austausch?",
    date="2026-06-15 11:45 +0200",
    text="""Hallo Frau Marchetti-Owusu,

ich bin Personalvermittler bei SozialTalente in Aachen und habe Ihr Profil im Bewerberpool von SozialJobs Rheinland gesehen. Mehrsprachige Fachkräfte aus der Frühpädagogik sind bei unseren Kunden in der Euregio sehr gefragt.

Aktuell habe ich nichts Konkretes, möchte Sie aber gern kennenlernen, um Sie bei passenden Anfragen direkt ansprechen zu können. Hätten Sie in den nächsten Wochen Lust auf ein unverbindliches Telefonat?

Beste Grüße
Kai Roth
SozialTalente – Personalvermittlung
Mobil 0157 822 64 19
""",
))

add(M(
    kind="other", slug="bank_beratungsgespraech", lang="de", company="", contact="s.nellessen@kreisbank-aachener-land.example.de",
    frm=("Sabine Nellessen", "s.nellessen@kreisbank-aachener-land.example.de"),
    subject="Ihr Beratungsgespräch zur Kontoeröffnung",
    date="2026-10-13 15:35 +0200",
    text="""Sehr geehrte Frau Marchetti-Owusu,

gern bestätige ich Ihnen unser Beratungsgespräch am Dienstag, 20. Oktober, um 16:00 Uhr in unserer Filiale am Elisenbrunnen.

Wir besprechen die Eröffnung Ihres Girokontos und – wie gewünscht – die Möglichkeiten für Ihre Gehaltszahlungen aus Belgien. Bitte bringen Sie Ihren Personalausweis und Ihre Meldebescheinigung mit.

Mit freundlichen Grüßen
Sabine Nellessen
Privatkundenberaterin
Kreisbank Aachener Land
""",
))

add(M(
    kind="other", slug="berufsnetz_benachrichtigung", lang="de", company="", contact="",
    frm=("BerufsNetz", "benachrichtigungen@berufsnetz.example.com"),
    subject="Sie sind gefragt: 12 Suchanfragen diese Woche",
    date="2026-07-06 07:00 +0200",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://berufsnetz.example.com/einstellungen/mail>")],
    html=plain_html("""<p>Hallo Élodie,</p>
<p>Ihr Profil wurde diese Woche in <b>12 Suchanfragen</b> gefunden – unter anderem von Personalverantwortlichen aus dem Bereich <i>Kinder- und Jugendhilfe</i>.</p>
<p>Tipp: Mitglieder mit vollständigem Profil erhalten mehr Einladungen zu Vorstellungsgesprächen.</p>
<p><a href="https://berufsnetz.example.com/profil">Profil vervollständigen</a> · <a href="https://berufsnetz.example.com/jobs">Passende Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie Benachrichtigungen aktiviert haben. <a href="https://berufsnetz.example.com/einstellungen/mail">Abbestellen</a></p>""", "de"),
))

# ================================================================ English (6)

EVA = ("Eva Janssen", "eva.janssen@mosamaas.example.nl")

add(M(
    kind="other", slug="cand_mosamaas_thanks", lang="en", company="", contact="",
    frm=CAND, to=[EVA],
    subject="Thank you – Youth Support Worker interview",
    date="2026-02-24 20:11 +0100", parent="mosamaas_cancel",
    text=CAND_THANKS_MOSAMAAS,
))

add(M(
    kind="other", slug="cand_childrenfirst_reschedule", lang="en", company="", contact="",
    frm=CAND, to=[("Hannah Byrne", "hannah.byrne@childrenfirst.example.eu")],
    subject="Phone screen on Thursday",
    date="2026-04-21 22:15 +0200", parent="childrenfirst_screen",
    text=CAND_RESCHEDULE_CHILDRENFIRST,
))

_CC_ITEMS = [
    ("Rejected after the final interview? Here's what to do next", "Career advice · 5 min read",
     "https://carecareers.example.org/bounce-back", "Why a 'no' can be the start of a "
     "relationship with an employer."),
    ("12 interview questions for family support roles", "Interview prep · 7 min read",
     "https://carecareers.example.org/questions", "From safeguarding scenarios to "
     "'tell me about a difficult parent'."),
    ("Moving to the Netherlands to work in youth care", "Guide · 9 min read",
     "https://carecareers.example.org/nl-guide", "Diploma recognition, BIG register and "
     "language requirements explained."),
]
_CC_INTRO = "This week: bouncing back from rejection, acing your next interview, and working across the border."
_CC_FOOT = ("Care Careers Digest · You're receiving this because you subscribed. "
            "Unsubscribe: https://carecareers.example.org/unsubscribe")
add(M(
    kind="other", slug="care_careers_digest", lang="en", company="", contact="",
    frm=("Care Careers Digest", "digest@carecareers.example.org"),
    subject="Rejected after the final interview? Here's what to do next",
    date="2026-06-11 16:00 +0000",
    headers=bulk("Care Careers Digest <digest.carecareers.example.org>",
                 "<https://carecareers.example.org/unsubscribe?u=4f1e>"),
    text=digest_text("Care Careers Digest", _CC_INTRO, _CC_ITEMS, _CC_FOOT),
    html=digest_html("Care Careers Digest", _CC_INTRO, _CC_ITEMS, _CC_FOOT, color="#6a1b9a",
                     lang="en"),
    cte="base64", html_cte="quoted-printable",
))

add(M(
    kind="other", slug="press_interview_request", lang="en", company="", contact="lotte.smeets@maastrichtcourier.example.nl",
    frm=("Lotte Smeets", "lotte.smeets@maastrichtcourier.example.nl"),
    subject="Interview request – cross-border care workers",
    date="2026-08-04 10:40 +0200",
    text="""Dear Ms Marchetti-Owusu,

I'm a reporter with the Maastricht Courier, working on a feature about care and youth workers who commute or move between Belgium, the Netherlands and Germany.

A contact at Jeker Youth Services mentioned that you are about to start there after years in a Liège crèche. Would you be willing to give a short interview – 30 minutes by phone or over coffee – about your experience of job hunting across three countries? We can use your first name only if you prefer.

Best regards,
Lotte Smeets
Reporter, Maastricht Courier
+31 6 2890 4471
""",
))

add(M(
    kind="other", slug="certificate_admission_refused", lang="en", company="", contact="",
    frm=("Meuse-Rhine Institute – Admissions", "admissions-noreply@mris.example.nl"),
    subject="Your application for the Certificate in Youth Work 2026/27",
    date="2026-07-22 09:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Élodie Marchetti-Owusu,

Thank you for applying for the part-time Certificate in Youth Work (English-taught) starting in September 2026.

We received many more applications than places this year. After reviewing your file, the admissions committee regrets that it is unable to offer you a place on the programme. You are welcome to apply again for the February intake; your documents will remain valid for twelve months.

Kind regards,
Admissions Office
Meuse-Rhine Institute of Social Studies

This mailbox is not monitored.
""",
))

add(M(
    kind="other", slug="jobconnect_notification", lang="en", company="", contact="",
    frm=("JobConnect", "notifications@jobconnect.example.com"),
    subject="Your application was viewed – and 4 new jobs for you",
    date="2026-07-03 06:45 +0000",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://jobconnect.example.com/prefs/email>")],
    html=plain_html("""<p>Hi Élodie,</p>
<p>Good news: a recruiter viewed your application for <b>Youth Worker Assistant</b>. Employers who view applications often reach out for an interview within a week.</p>
<p><b>New jobs for you</b><br>
<a href="https://jobconnect.example.com/j/551">Family Support Worker – Maastricht</a><br>
<a href="https://jobconnect.example.com/j/552">Early Years Assistant – Heerlen</a><br>
<a href="https://jobconnect.example.com/j/553">Care Assistant – Sittard</a><br>
<a href="https://jobconnect.example.com/j/554">Community Outreach Volunteer Lead – Maastricht</a></p>
<p style="font-size:11px;color:#888">Manage your notifications: <a href="https://jobconnect.example.com/prefs/email">email preferences</a></p>""", "en"),
))

# ================================================================ Spanish (6)

JAVIER = ("Javier Ortega", "javier.ortega@losnaranjos.example.es")

add(M(
    kind="other", slug="cand_naranjos_thanks", lang="es", company="", contact="",
    frm=CAND, to=[JAVIER],
    subject="Gracias por la entrevista",
    date="2026-09-24 18:40 +0200", parent="naranjos_missed",
    text=CAND_THANKS_NARANJOS,
))

_ES_ITEMS = [
    ("Integrador/a social – Centro de día (Dos Hermanas)", "Jornada completa · hace 1 día",
     "https://empleosocial-andalucia.example.es/o/3120",
     "Entrevistas la semana que viene; se valora experiencia con menores."),
    ("Educador/a infantil – Escuela infantil municipal", "Sevilla Este · media jornada",
     "https://empleosocial-andalucia.example.es/o/3117", "Incorporación inmediata."),
    ("Auxiliar de ayuda a domicilio", "Mairena del Aljarafe",
     "https://empleosocial-andalucia.example.es/o/3109",
     "Bolsa de empleo abierta todo el año."),
]
_ES_INTRO = """Hola, Élodie:

Estas son las nuevas ofertas para tu alerta «intervención social – Sevilla»."""
_ES_FOOT = ("EmpleoSocial Andalucía · Para darte de baja de esta alerta: "
            "https://empleosocial-andalucia.example.es/baja")
add(M(
    kind="other", slug="alerta_empleo_sevilla", lang="es", company="", contact="",
    frm=("EmpleoSocial Andalucía", "alertas@empleosocial-andalucia.example.es"),
    subject="3 nuevas ofertas para «intervención social – Sevilla»",
    date="2026-03-03 07:10 +0100",
    headers=bulk("<alertas.empleosocial-andalucia.example.es>",
                 "<https://empleosocial-andalucia.example.es/baja?id=2290>"),
    text=digest_text("Tus nuevas ofertas", _ES_INTRO, _ES_ITEMS, _ES_FOOT),
    html=digest_html("Tus nuevas ofertas", _ES_INTRO, _ES_ITEMS, _ES_FOOT, color="#c62828",
                     lang="es"),
))

add(M(
    kind="other", slug="amiga_rechazo", lang="es", company="", contact="carmen.vidal@example.es",
    frm=("Carmen Vidal", "carmen.vidal@example.es"),
    subject="Me han dicho que no 😩",
    date="2026-05-30 23:10 +0200",
    text="""¡Élo!

Te cuento: ¿te acuerdas de la entrevista que tuve en la residencia de Bormujos? Pues hoy me han mandado un correo diciendo que han elegido a otra candidata con "más experiencia en geriatría". Después de tres entrevistas, hija...

Bueno, me desahogo contigo porque sé que tú también estás en pleno lío con lo del hospital. ¿Sabes algo ya?

Cuando vengas en julio nos vamos de tapas a la Alameda y nos olvidamos de todo.

Besos,
Carmen
""",
))

add(M(
    kind="other", slug="casero_piso_sevilla", lang="es", company="", contact="antonio.pineda@example.es",
    frm=("Antonio Pineda", "antonio.pineda@example.es"),
    subject="Piso en la calle Castilla - visita",
    date="2026-04-10 12:55 +0200",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    name_enc=("iso-8859-1", "B"),
    text="""Buenos días, Élodie:

Le escribo por el piso de la calle Castilla que vio en el portal. Sigue disponible.

Antes de firmar nada, me gusta tener una pequeña entrevista con los futuros inquilinos y enseñarles el piso en persona. ¿Le viene bien el sábado 18 a las 11:00? Si todavía no está en Sevilla, podemos hacer una videollamada y le enseño el piso con el móvil.

Necesitaría también una copia de su contrato de trabajo o de la oferta.

Un saludo,
Antonio Pineda
""",
))

add(M(
    kind="other", slug="ausencia_lucia", lang="es", company="", contact="lucia.romero@giraldasolidaria.example.es",
    frm=("Lucía Romero", "lucia.romero@giraldasolidaria.example.es"),
    subject="Respuesta automática: Fundación Giralda – entrevista",
    date="2026-04-06 09:14 +0200", parent="giralda_moved",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Hola:

Estoy fuera de la oficina por Semana Santa hasta el lunes 6 de abril por la tarde. Responderé a tu mensaje a mi vuelta.

Para cualquier urgencia relacionada con los programas de la Fundación, puedes llamar al 955 10 42 80.

Lucía Romero
Fundación Giralda Solidaria
""",
))

add(M(
    kind="other", slug="blog_entrevista_tercer_sector", lang="es", company="", contact="",
    frm=("Blog Tercer Sector Activo", "boletin@tercersectoractivo.example.es"),
    subject="Cómo preparar una entrevista de trabajo en una ONG",
    date="2026-08-20 08:30 +0200",
    headers=bulk("<boletin.tercersectoractivo.example.es>",
                 "<mailto:baja@tercersectoractivo.example.es>"),
    text="""BOLETÍN TERCER SECTOR ACTIVO – agosto

Cómo preparar una entrevista de trabajo en una ONG

Las entidades sociales no buscan solo un buen currículum: quieren saber si compartes sus valores. Antes de la entrevista, lee la memoria anual de la organización, prepara un ejemplo concreto de intervención con familias y piensa en cómo responderías a un caso práctico.

¿Y si te rechazan? Pide siempre una valoración: muchas entidades guardan las candidaturas para futuras convocatorias.

Leer el artículo completo: https://tercersectoractivo.example.es/entrevista-ong

Para darte de baja, escribe a baja@tercersectoractivo.example.es
""",
))
