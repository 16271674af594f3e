# ruff: noqa
"""Corpus 257, kind `other`: digests, advice, notifications, the candidate's own mail and
mail that uses job words in another sense. Each spec is written by hand."""

from __future__ import annotations

from msgs257_common import (
    CAND,
    CAND_SIG,
    attribution,
    digest_text,
    esc,
    forward_block,
    newsletter,
    outlook_block,
    paras,
    quote,
    simple_html,
)

# Texts of the candidate's own mail that later replies quote.
THANKS_SORBIER = """Bonsoir Madame Vauclair,

Merci encore pour l'organisation de la rencontre de ce matin avec Mme Sorbier et son directeur des boutiques. J'ai beaucoup apprécié la visite de la boutique de la rue Édouard-Herriot et la discussion sur le merchandising des collections capsules.

Mon expérience de gestion d'un salon (planning de quatre coiffeuses, stocks, objectifs de vente de produits) me semble directement transposable, et je reste très motivée par ce poste.

Bien cordialement,
""" + CAND_SIG["fr"]

THANKS_NOA = """Hi Hannah,

Thank you for taking the time to talk with me this morning. I really enjoyed hearing how the Geneva store runs its clienteling programme, and the idea of building the team's weekly routines around the appointment book felt very close to what I do in the salon today.

Please let me know if you need anything else from me, references included.

Best wishes,
""" + CAND_SIG["en"]

RESCHED_NOA = """Hi Hannah,

Thank you for the invitation. Unfortunately on Thursday 12 March at 11:00 I am on my last shift before notice at the salon and cannot step away. Would Friday 13 March, any time after 14:00, or Monday 16 March in the morning work for you instead?

Sorry for the inconvenience and thanks for your flexibility.

Best regards,
""" + CAND_SIG["en"]

REPORT_BAZAR = """Bonjour Madame Chabert,

Merci beaucoup pour votre invitation à la session de recrutement du mardi 30 juin. Je dois malheureusement accompagner ma fille à une consultation ce jour-là en fin de matinée. Serait-il possible de participer à la session suivante, ou à un autre créneau la même semaine ?

Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.

""" + CAND_SIG["fr"]


def _digest(title, items, intro, footer, lang, accent="#0a4d68"):
    return (digest_text(title, items, intro, footer),
            newsletter(title, items, intro, esc(footer), lang=lang, accent=accent))


_A1 = [
    ("Responsable de boutique H/F - Cosmétiques - Lyon 2e",
     "https://www.retailemploi.example.fr/offre/88412?utm_source=alerte",
     "CDI, 35 h, prime sur objectifs. Candidature en 1 clic, premiers entretiens sous 48 h."),
    ("Adjoint(e) responsable de magasin - Prêt-à-porter - Villeurbanne",
     "https://www.retailemploi.example.fr/offre/88377?utm_source=alerte",
     "Équipe de 9 vendeurs, ouverture le dimanche matin. Poste à pourvoir immédiatement."),
    ("Store manager - Parfumerie sélective - Lyon Part-Dieu",
     "https://www.retailemploi.example.fr/offre/88290?utm_source=alerte",
     "Vous pilotez le chiffre d'affaires et le recrutement de votre équipe."),
    ("Manager de rayon beauté - Grand magasin - Lyon Presqu'île",
     "https://www.retailemploi.example.fr/offre/88254?utm_source=alerte",
     "Statut agent de maîtrise, 13e mois."),
    ("Conseil de la semaine : un refus n'est pas un verdict",
     "https://www.retailemploi.example.fr/conseils/refus-rebondir",
     "Demandez un retour après chaque entretien : trois recruteurs sur quatre répondent."),
]
_T1, _H1 = _digest(
    "Votre alerte « Responsable de boutique - Lyon »", _A1,
    "Bonjour Séraphine,\n\n12 nouvelles offres correspondent à votre alerte depuis lundi. Voici les plus récentes.",
    "Vous recevez cet e-mail car vous avez créé une alerte sur RetailEmploi. Se désabonner : https://www.retailemploi.example.fr/alertes/stop?u=7731",
    "fr")

_A20 = [
    ("Adjoint(e) responsable magasin - Maroquinerie - Grenoble centre",
     "https://www.alpesjobs.example.fr/o/55102", "CDI temps plein, salaire selon profil."),
    ("Responsable de point de vente - Cosmétique bio - Annecy",
     "https://www.alpesjobs.example.fr/o/55087", "Entretien téléphonique puis journée en boutique."),
    ("Chef de rayon parfumerie - Chambéry",
     "https://www.alpesjobs.example.fr/o/55061", "Poste en CDD de 8 mois, évolutif."),
    ("Ils recrutent : 40 postes à pourvoir dans le commerce à Grenoble",
     "https://www.alpesjobs.example.fr/actu/recrutements-grenoble",
     "Notre tour d'horizon des enseignes qui embauchent avant l'hiver."),
]
_T20, _H20 = _digest(
    "Alpes Jobs - Vos offres du jour", _A20,
    "4 nouvelles offres pour « manager magasin » autour de Grenoble et Annecy.",
    "Alpes Jobs, 12 quai Stéphane-Jay, 38000 Grenoble. Gérer mes alertes : https://www.alpesjobs.example.fr/compte/alertes",
    "fr", accent="#3d7a3a")

_A28 = [
    ("Store Manager - Premium Skincare - Geneva",
     "https://retailcareers.example.com/jobs/31877",
     "Lead a team of 12, report to the Area Manager. Interviews start next week."),
    ("Assistant Store Manager - Fashion - Turin (English speaking)",
     "https://retailcareers.example.com/jobs/31860",
     "Luxury footfall, tax-free operations, bilingual team."),
    ("Opinion: why 'we went with someone else' is not the end of the story",
     "https://retailcareers.example.com/reads/rejection-resilience",
     "Three store managers on the rejections that shaped their careers."),
    ("How to prepare for a retail assessment centre",
     "https://retailcareers.example.com/reads/assessment-centre",
     "Role plays, the 'mystery shopper' exercise and the group task."),
]
_T28, _H28 = _digest(
    "RetailCareers Weekly - issue 214", _A28,
    "This week: new store-leadership openings in Geneva and Turin, and a long read on handling rejection.",
    "You are receiving this because you subscribed at retailcareers.example.com. Unsubscribe: https://retailcareers.example.com/u/8f1e2",
    "en", accent="#7a1f3d")

_A38 = [
    ("Verdello - Store Manager interview (Turin)",
     "https://workvoice.example.com/interviews/verdello/7781",
     "\"Two rounds, the second with the regional director. I got an offer after ten days.\""),
    ("Noa & Flint - Assistant Manager interview (Geneva)",
     "https://workvoice.example.com/interviews/noa-flint/7744",
     "\"Friendly phone screen, then a case on visual merchandising. Rejected by email a week later.\""),
    ("Northgate Beauty - Assessment day (Geneva)",
     "https://workvoice.example.com/interviews/northgate/7702",
     "\"Group exercise and a sales role-play. Well organised.\""),
]
_T38, _H38 = _digest(
    "New interview reviews for companies you follow", _A38,
    "Here is what candidates shared this week about companies on your list.",
    "Workvoice, 100 Harbour Street, Dublin. Manage notifications: https://workvoice.example.com/settings",
    "en", accent="#1d6f42")

_A41 = [
    ("Filialleitung (m/w/d) Kosmetik - Frankfurt Zeil",
     "https://www.jobradar.example.de/job/441902", "Vollzeit, unbefristet. Vorstellungsgespräche laufen."),
    ("Stellvertretende Storemanagerin (m/w/d) Fashion - Offenbach",
     "https://www.jobradar.example.de/job/441877", "Teamgröße 8, Schichtdienst, Mitarbeiterrabatt."),
    ("Abteilungsleitung Beauty (m/w/d) - Warenhaus - Frankfurt",
     "https://www.jobradar.example.de/job/441850", "Französischkenntnisse von Vorteil."),
    ("Ratgeber: Absage erhalten - und jetzt?",
     "https://www.jobradar.example.de/ratgeber/absage",
     "Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat."),
]
_T41, _H41 = _digest(
    "JobRadar: 9 neue Stellen für Ihre Suche „Filialleitung Frankfurt“", _A41,
    "Guten Tag Frau Adjovi-Lambert,\n\nseit gestern sind neue Angebote zu Ihrem Suchauftrag erschienen.",
    "JobRadar GmbH, Hanauer Landstraße 160, 60314 Frankfurt am Main. Suchauftrag abbestellen: https://www.jobradar.example.de/abmelden?id=5521",
    "de", accent="#b34700")

_A46 = [
    ("Encargado/a de tienda - Perfumería - Zaragoza centro",
     "https://www.empleocomercio.example.es/oferta/90211", "Jornada completa, contrato indefinido. Entrevistas esta semana."),
    ("Store manager - Moda joven - Puerto Venecia (Zaragoza)",
     "https://www.empleocomercio.example.es/oferta/90198", "Se valoran idiomas. Incorporación inmediata."),
    ("Segundo/a de tienda - Cosmética natural - Huesca",
     "https://www.empleocomercio.example.es/oferta/90177", "Contrato de sustitución, posibilidad de continuidad."),
    ("Guía: qué hacer tras un «no» en un proceso de selección",
     "https://www.empleocomercio.example.es/guias/despues-del-no", "Cinco pasos para convertir un rechazo en aprendizaje."),
]
_T46, _H46 = _digest(
    "Tus alertas de empleo: 7 ofertas nuevas en Zaragoza", _A46,
    "Hola, Séraphine:\n\nEstas son las ofertas publicadas hoy que coinciden con tu búsqueda «encargada de tienda».",
    "EmpleoComercio, Paseo de la Independencia 24, 50004 Zaragoza. Darte de baja: https://www.empleocomercio.example.es/baja?c=31aa",
    "es", accent="#8b1e3f")


def _lists(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


_AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
_GEN = [("Auto-Submitted", "auto-generated")]

_BELL_SCREEN_Q = """Bonjour Séraphine,

Je vous remercie pour votre candidature au poste de Responsable de l'espace Beauté. Votre parcours en salon a retenu mon attention et j'aimerais échanger avec vous par téléphone une vingtaine de minutes."""

_FWD_POSTING = """Bonjour,

Nous recherchons pour notre boutique de Lyon Confluence un(e) responsable de magasin : management d'une équipe de six conseillères, gestion des stocks, animation commerciale. Expérience en coiffure ou esthétique appréciée.

Candidatures à envoyer à recrutement@nuance-et-peau.example.fr avant le 15 mai.

L'équipe Nuance & Peau"""

MESSAGES: list[dict] = [
    dict(kind="other", slug="alerte_emploi_retailemploi", lang="fr", company="", contact="",
         date="2026-02-09 07:02 +0100",
         frm=("RetailEmploi", "alertes@retailemploi.example.fr"),
         subject="12 nouvelles offres « Responsable de boutique » à Lyon",
         text=_T1, html=_H1,
         headers=_lists("<alertes.retailemploi.example.fr>",
                        "https://www.retailemploi.example.fr/alertes/stop?u=7731",
                        "desabonnement@retailemploi.example.fr")),
    dict(kind="other", slug="newsletter_questions_entretien", lang="fr", company="", contact="",
         date="2026-03-03 06:30 +0100",
         frm=("Le Mag du Commerce", "lettre@magducommerce.example.fr"),
         subject="Entretien de manager : les 7 questions qui font la différence",
         text="""LE MAG DU COMMERCE - La lettre du mardi

Entretien de manager : les 7 questions qui font la différence

« Racontez-moi un conflit d'équipe que vous avez résolu. » Derrière cette question classique, le recruteur cherche une méthode, pas une anecdote. Notre dossier passe en revue les sept questions que les enseignes posent le plus souvent aux futurs responsables de boutique, et la façon d'y répondre quand on vient d'un autre métier.

Lire le dossier : https://www.magducommerce.example.fr/dossiers/entretien-manager

Aussi dans ce numéro :
- Les enseignes de beauté qui recrutent au printemps
- Salaire d'un responsable de magasin en 2026 : la grille par région
- Témoignage : « On m'a dit non trois fois avant mon premier poste de manager »

Se désinscrire : https://www.magducommerce.example.fr/desinscription
""",
         html=simple_html("""<h2>Entretien de manager : les 7 questions qui font la différence</h2>
<p>« Racontez-moi un conflit d'équipe que vous avez résolu. » Derrière cette question classique, le recruteur cherche une méthode, pas une anecdote. Notre dossier passe en revue les sept questions que les enseignes posent le plus souvent aux futurs responsables de boutique, et la façon d'y répondre quand on vient d'un autre métier.</p>
<p><a href="https://www.magducommerce.example.fr/dossiers/entretien-manager">Lire le dossier</a></p>
<h3>Aussi dans ce numéro</h3>
<ul><li><a href="https://www.magducommerce.example.fr/a/recrutements-beaute">Les enseignes de beauté qui recrutent au printemps</a></li>
<li><a href="https://www.magducommerce.example.fr/a/salaires-2026">Salaire d'un responsable de magasin en 2026 : la grille par région</a></li>
<li><a href="https://www.magducommerce.example.fr/a/temoignage-trois-non">Témoignage : « On m'a dit non trois fois avant mon premier poste de manager »</a></li></ul>
<p style="font-size:11px"><a href="https://www.magducommerce.example.fr/desinscription">Se désinscrire</a></p>"""),
         headers=_lists("Le Mag du Commerce <lettre.magducommerce.example.fr>",
                        "https://www.magducommerce.example.fr/desinscription",
                        "unsubscribe@magducommerce.example.fr")),
    dict(kind="other", slug="article_candidature_refusee_reconversion", lang="fr", company="",
         contact="", date="2026-04-16 12:15 +0200",
         frm=("Reconversion Pro", "articles@reconversionpro.example.fr"),
         subject="Candidature refusée : pourquoi les reconvertis essuient plus de « non »",
         html=simple_html("""<h1>Candidature refusée : pourquoi les reconvertis essuient plus de « non »</h1>
<p><em>Par Hélène Varenne, consultante en mobilité professionnelle</em></p>
<p>Vous avez dirigé un salon, tenu une caisse, géré des plannings, et pourtant la réponse tombe : « votre profil ne correspond pas ». Pour les candidats en reconversion, le taux de refus au premier tri est presque deux fois plus élevé. Ce n'est pas une question de compétences, mais de vocabulaire.</p>
<h2>Traduire son expérience</h2>
<p>« Fidéliser une clientèle » devient « développer le panier moyen » ; « organiser les rendez-vous » devient « piloter les plannings et la productivité ». Le recruteur d'une enseigne lit en diagonale : il doit reconnaître ses mots.</p>
<h2>Demander un retour après l'entretien</h2>
<p>Un refus après entretien est une mine d'informations. Un message court, poli, qui demande un ou deux axes d'amélioration, obtient une réponse dans la majorité des cas.</p>
<p><a href="https://www.reconversionpro.example.fr/articles/refus-reconversion">Lire l'article sur le site</a> · <a href="https://www.reconversionpro.example.fr/preferences">Gérer mes préférences</a></p>""", "fr"),
         cte="base64",
         headers=_lists("<articles.reconversionpro.example.fr>",
                        "https://www.reconversionpro.example.fr/preferences",
                        "stop@reconversionpro.example.fr")),
    dict(kind="other", slug="podcast_demande_interview", lang="fr", company="",
         contact="nadia@lesmainsdor.example.fr", date="2026-05-04 21:40 +0200",
         frm=("Nadia Ferchiou", "nadia@lesmainsdor.example.fr"),
         subject="Invitation au podcast « Les Mains d'Or » - épisode reconversions",
         text="""Bonsoir Séraphine,

Je m'appelle Nadia, je produis « Les Mains d'Or », un podcast sur les métiers de l'artisanat et de la beauté (environ 6 000 écoutes par épisode). Une de vos anciennes apprenties, Inès, m'a parlé de votre projet de passer du salon à la direction de boutique.

Je prépare un épisode sur les reconversions dans la beauté et j'aimerais beaucoup vous interviewer : une conversation d'environ 45 minutes, enregistrée chez moi à la Croix-Rousse ou à distance, à la date qui vous arrange en mai ou juin. Rien n'est diffusé sans votre accord sur le montage.

Est-ce que ça vous tenterait ?

Belle soirée,
Nadia Ferchiou
Les Mains d'Or - le podcast
https://lesmainsdor.example.fr
"""),
    dict(kind="other", slug="presse_interview_reconversion", lang="fr", company="",
         contact="p.gimenez@echo-presquile.example.fr", date="2026-06-11 10:05 +0200",
         frm=("Rédaction L'Écho de la Presqu'île", "redaction@echo-presquile.example.fr"),
         reply_to=("Paul Gimenez", "p.gimenez@echo-presquile.example.fr"),
         subject="Demande d'interview - dossier « Ils changent de métier à 35 ans »",
         text="""Bonjour Madame Adjovi-Lambert,

Je suis journaliste à L'Écho de la Presqu'île. Nous préparons pour la rentrée un dossier sur les Lyonnais qui changent de métier après dix ou quinze ans de carrière, et votre nom m'a été donné par l'association des commerçants de la rue Mercière.

Accepteriez-vous une interview d'une trentaine de minutes, par téléphone ou autour d'un café, et éventuellement une photo dans votre salon ? L'article paraîtrait début septembre. Vous pouvez me répondre directement à cette adresse.

Bien à vous,

Paul Gimenez
Journaliste - Économie locale
L'Écho de la Presqu'île
14 rue de la Charité, 69002 Lyon
04 78 00 31 62
"""),
    dict(kind="other", slug="colis_retarde", lang="fr", company="", contact="",
         date="2026-03-27 15:48 +0100",
         frm=("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
         subject="Votre colis CX 4471 902 18 est retardé",
         text="""Bonjour,

Malheureusement, votre colis CX 4471 902 18 (expéditeur : Boutique Pro Coiffure) n'a pas pu être livré à la date prévue en raison d'un incident sur notre plateforme de Saint-Priest.

Nouvelle date de livraison estimée : mardi 31 mars 2026, entre 9 h et 13 h.

Vous pouvez choisir un point relais ou une autre date sur https://suivi.colisexpress.example.fr/CX447190218

Nous vous prions de nous excuser pour ce retard.

Colis Express - Service clients
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
         headers=_GEN),
    dict(kind="other", slug="amie_raconte_son_refus", lang="fr", company="",
         contact="margaux.delorme@example.fr", date="2026-04-02 22:17 +0200",
         frm=("Margaux Delorme", "margaux.delorme@example.fr"),
         subject="bon ben c'est non pour moi...",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Coucou ma belle,

Je t'avais dit que j'attendais la réponse de la Parfumerie Iris pour le poste d'adjointe ? Ils m'ont appelée ce midi : ils ont pris une fille qui était déjà chez eux à Villeurbanne. Le pire c'est que l'entretien s'était super bien passé, la manager m'avait même fait visiter la réserve...

Bref, je suis un peu dégoûtée mais je m'accroche. Et toi, tu as des nouvelles de Galeries Bellecour ? Croise les doigts pour nous deux.

On se fait un apéro samedi ? J'ai besoin de râler en terrasse.

Bisous,
Margaux
"""),
    dict(kind="other", slug="propre_remerciement_bellecour", lang="fr", company="", contact="",
         key="bell_thanks", parent="bell_screen", date="2026-02-13 18:22 +0100",
         frm=CAND, to=[("Clémence Royer", "clemence.royer@galeries-bellecour.example.fr")],
         subject="Re: Votre candidature - Responsable espace Beauté",
         text="""Bonjour Madame Royer,

Merci pour notre échange téléphonique de cet après-midi. Je suis ravie d'en savoir plus sur l'organisation de l'espace Beauté et sur les défis du passage à la nouvelle implantation du rez-de-chaussée.

Comme convenu, je vous joins ci-dessous mes disponibilités pour la suite : toute la semaine du 2 mars, sauf le mercredi matin.

Bien cordialement,
""" + CAND_SIG["fr"] + "\n\n" + attribution(
            "fr", "mar. 10 févr. 2026 à 11:02", "Clémence Royer",
            "clemence.royer@galeries-bellecour.example.fr") + "\n" + quote(_BELL_SCREEN_Q) + "\n"),
    dict(kind="other", slug="propre_candidature_breze", lang="fr", company="", contact="",
         key="breze_app", date="2026-04-27 08:40 +0200",
         frm=CAND, to=[("Maison Brézé - Recrutement", "recrutement@breze.example.fr")],
         subject="Candidature - Responsable de boutique Annecy (réf. BRZ-ANN-04)",
         text="""Madame, Monsieur,

Je vous adresse ma candidature pour le poste de responsable de la boutique Maison Brézé d'Annecy (réf. BRZ-ANN-04).

Coiffeuse depuis quatorze ans, dont six comme gérante d'un salon de quatre personnes à Lyon, j'ai l'habitude de l'accueil d'une clientèle exigeante, de la vente de produits et de la tenue des objectifs. Votre univers, entre décoration et mode, correspond exactement à l'orientation que je souhaite donner à ma carrière.

Vous trouverez mon CV en pièce jointe. Je serais heureuse de vous rencontrer pour un entretien.

Cordialement,
""" + CAND_SIG["fr"] + "\n",
         attach=[dict(type="pdf", filename="CV_Seraphine_Adjovi-Lambert.pdf",
                      title="CV Séraphine Adjovi-Lambert",
                      lines=["Séraphine Adjovi-Lambert", "Lyon - seraphine.al@example.fr",
                             "Gérante de salon de coiffure (2020-2026)",
                             "Coiffeuse (2012-2020)", "BP Coiffure, CAP Coiffure"])]),
    dict(kind="other", slug="propre_demande_report_grand_bazar", lang="fr", company="",
         contact="", key="bazar_resched_req", parent="bazar_invite",
         date="2026-06-19 07:51 +0200",
         frm=CAND, to=[("Sandrine Chabert", "s.chabert@grand-bazar.example.fr")],
         subject="RE: Session de recrutement - Manager de rayon",
         text=REPORT_BAZAR + "\n\n" + outlook_block(
             "fr", "Sandrine Chabert <s.chabert@grand-bazar.example.fr>",
             "jeudi 18 juin 2026 16:30", "seraphine.al@example.fr",
             "Session de recrutement - Manager de rayon") + "\n\n"
         + "Madame,\n\nNous avons le plaisir de vous convier à notre session de recrutement du mardi 30 juin à 9h00...\n"),
    dict(kind="other", slug="chasseur_approche_vauclair", lang="fr", company="",
         contact="agathe.vauclair@vauclair.example.fr", key="vauclair_approach",
         date="2026-03-03 09:12 +0100",
         frm=("Agathe Vauclair", "agathe.vauclair@vauclair.example.fr"),
         subject="Une marque de mode lyonnaise - poste de responsable de boutique",
         html=simple_html(paras("""Bonjour Séraphine,

J'ai découvert votre profil en préparant une mission pour l'un de mes clients, une marque de mode lyonnaise d'une quinzaine de boutiques, qui cherche à confier sa boutique phare à une personne venant des métiers de la beauté et du service.

Votre parcours de gérante de salon m'a interpellée. Je ne sais pas si vous êtes en veille ou en recherche active ; si le sujet vous intéresse, je vous présenterai le contexte plus en détail, en toute confidentialité.

Belle journée,

Agathe Vauclair
Associée - Cabinet Vauclair, conseil en recrutement retail
27 quai Saint-Antoine, 69002 Lyon
06 12 45 90 33""")),
         cte="quoted-printable"),
    dict(kind="other", slug="banque_rendez_vous_conseiller", lang="fr", company="",
         contact="julien.marchal@banque-confluence.example.fr",
         date="2026-01-14 11:30 +0100",
         frm=("Julien Marchal", "julien.marchal@banque-confluence.example.fr"),
         subject="Confirmation de notre rendez-vous - bilan de votre situation",
         text="""Madame Adjovi-Lambert,

Je vous confirme notre rendez-vous du jeudi 22 janvier à 17h30 en agence (Lyon Saxe), pour l'entretien annuel sur votre situation : épargne, projet de changement d'activité et éventuelle renégociation du prêt du salon.

Merci de vous munir de vos trois derniers relevés et de votre dernier avis d'imposition. Si ce créneau ne vous convient plus, il suffit de me répondre.

Cordialement,

Julien Marchal
Conseiller clientèle professionnels
Banque Confluence - Agence Lyon Saxe
102 avenue Maréchal-de-Saxe, 69003 Lyon
04 72 61 18 40

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Banque Confluence SA, capital de 48 000 000 euros, RCS Lyon 000 000 000.
"""),
    dict(kind="other", slug="regie_dossier_location_refuse", lang="fr", company="",
         contact="c.berthet@regie-terreaux.example.fr", date="2026-05-22 16:40 +0200",
         frm=("Camille Berthet - Régie des Terreaux", "c.berthet@regie-terreaux.example.fr"),
         frm_enc=("iso-8859-1", "Q"),
         subject="Votre dossier pour le T3 - 8 rue d'Algérie",
         charset="windows-1252", cte="8bit",
         text="""Madame,

Suite à la visite du 18 mai, nous vous informons que le propriétaire a retenu un autre dossier pour l'appartement du 8 rue d'Algérie (T3, 3e étage). Votre candidature n'a donc pas pu aboutir cette fois-ci.

Nous conservons votre dossier : d'autres logements de ce type se libèrent régulièrement dans le 1er arrondissement et nous pouvons vous proposer une nouvelle visite dès qu’un bien correspond.

Cordialement,

Camille Berthet
Gestionnaire locative
Régie des Terreaux – 3 place des Terreaux, 69001 Lyon
04 78 28 10 57
"""),
    dict(kind="other", slug="ecole_entretien_parents", lang="fr", company="", contact="",
         date="2026-01-27 18:05 +0100",
         frm=("ENT Écoles de Lyon", "ne-pas-repondre@ent-lyon.example.fr"),
         subject="Nouveau message de Mme Pasquier (CE2 B) - entretien individuel",
         text="""Vous avez reçu un nouveau message sur l'ENT.

De : Mme Pasquier, enseignante CE2 B, école Jean-Macé
À : Responsables légaux de Noé Adjovi-Lambert

Bonjour,

Comme chaque année, je propose aux familles un entretien individuel de quinze minutes pour faire le point sur le premier semestre. Vous pouvez choisir un créneau entre le 2 et le 6 février, après 16h30, directement dans l'onglet « Rendez-vous » de l'ENT.

Cordialement,
Mme Pasquier

Pour répondre, connectez-vous à https://ent-lyon.example.fr. Ce message a été envoyé automatiquement.
""",
         headers=_GEN),
    dict(kind="other", slug="medecin_rendez_vous_annule", lang="fr", company="", contact="",
         date="2026-09-08 08:02 +0200",
         frm=("Santéo", "no-reply@santeo.example.fr"),
         subject="Votre rendez-vous du 10 septembre est annulé",
         html=simple_html("""<p>Bonjour Séraphine,</p>
<p>Le <strong>Dr Aline Masson</strong> (médecin généraliste, Lyon 4e) a dû annuler votre rendez-vous du <strong>jeudi 10 septembre 2026 à 18h15</strong>.</p>
<p>Nous sommes désolés pour ce contretemps. Vous pouvez reprendre rendez-vous en quelques clics.</p>
<p><a href="https://www.santeo.example.fr/dr-aline-masson/reserver" style="background:#0077b6;color:#fff;padding:8px 14px;text-decoration:none">Choisir un autre créneau</a></p>
<p style="font-size:11px;color:#777">Cet e-mail est envoyé automatiquement par Santéo, merci de ne pas y répondre.</p>""", "fr"),
         headers=_GEN),
    dict(kind="other", slug="absence_rh_maison_ondine", lang="fr", company="",
         contact="lea.fournier@ondine.example.fr",
         date="2026-01-12 08:55 +0100",
         frm=("Léa Fournier", "lea.fournier@ondine.example.fr"),
         subject="Réponse automatique : Candidature Responsable de boutique - Lyon Part-Dieu",
         text="""Bonjour,

Je suis absente jusqu'au lundi 19 janvier inclus, avec un accès limité à ma messagerie.

Pour toute question urgente relative au recrutement des boutiques, vous pouvez contacter Yanis Belkacem (yanis.belkacem@ondine.example.fr).

Merci pour votre message,
Léa Fournier
Chargée de recrutement - Maison Ondine
""",
         headers=_AUTO),
    dict(kind="other", slug="linkplace_vues_profil", lang="fr", company="", contact="",
         date="2026-02-24 19:33 +0100",
         frm=("Linkplace", "notifications@linkplace.example.com"),
         subject="Séraphine, 4 recruteurs ont consulté votre profil cette semaine",
         text="""Séraphine, votre profil attire l'attention

4 personnes ont consulté votre profil cette semaine, dont :
- une chargée de recrutement chez Galeries Bellecour
- un consultant en recrutement chez Alpes Intérim

Votre profil est apparu dans 27 recherches pour « responsable de boutique ».

Voir qui a consulté votre profil : https://www.linkplace.example.com/me/vues

Vous recevez ces notifications car vous êtes membre de Linkplace. Modifier vos préférences : https://www.linkplace.example.com/settings/notifications
""",
         html=simple_html("""<p><strong>Séraphine, votre profil attire l'attention</strong></p>
<p>4 personnes ont consulté votre profil cette semaine, dont une chargée de recrutement chez Galeries Bellecour et un consultant en recrutement chez Alpes Intérim.</p>
<p>Votre profil est apparu dans 27 recherches pour « responsable de boutique ».</p>
<p><a href="https://www.linkplace.example.com/me/vues">Voir qui a consulté votre profil</a></p>
<p style="font-size:11px"><a href="https://www.linkplace.example.com/settings/notifications">Modifier vos préférences</a></p>"""),
         headers=[*_GEN, ("List-Unsubscribe", "<https://www.linkplace.example.com/settings/notifications>")]),
    dict(kind="other", slug="admission_certificat_refusee", lang="fr", company="",
         contact="claire.mounier@iscl.example.fr", date="2026-07-03 14:20 +0200",
         frm=("Admissions ISCL", "admissions@iscl.example.fr"),
         reply_to=("Claire Mounier", "claire.mounier@iscl.example.fr"),
         subject="Votre candidature au Certificat Manager de point de vente",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Madame,

Le jury d'admission de l'Institut Supérieur du Commerce de Lyon s'est réuni le 1er juillet pour examiner les candidatures à la session d'automne du Certificat Manager de point de vente (formation continue, 280 heures).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour cette session : le nombre de places financées par la Région étant limité, la priorité a été donnée aux salariés déjà en poste dans la distribution.

Vous pouvez vous porter candidate pour la session de février 2027. Je reste à votre disposition pour en parler.

Claire Mounier
Responsable des admissions - Formation continue
Institut Supérieur du Commerce de Lyon
"""),
    dict(kind="other", slug="velo_nouvelle_position", lang="fr", company="", contact="",
         date="2026-06-27 23:41 +0200",
         frm=("TrackVélo", "alertes@trackvelo.example.fr"),
         subject="Votre vélo a changé de position",
         text="""Alerte mouvement

Votre traceur « Vélo cargo » signale un déplacement alors que le mode garde était activé.

Dernière position connue : 45.7772, 4.8270 (rue d'Austerlitz, Lyon 4e), à 23:38.
Précision : 8 m. Batterie du traceur : 41 %.

Voir la position sur la carte : https://app.trackvelo.example.fr/carte?d=TV-2291

Si c'est vous qui utilisez le vélo, désactivez le mode garde dans l'application.
""",
         headers=_GEN),
    dict(kind="other", slug="alerte_emploi_alpes_jobs", lang="fr", company="", contact="",
         date="2026-10-05 06:45 +0200",
         frm=("Alpes Jobs", "offres@alpesjobs.example.fr"),
         subject="4 nouvelles offres : manager magasin - Grenoble, Annecy",
         text=_T20, html=_H20,
         headers=_lists("<offres.alpesjobs.example.fr>",
                        "https://www.alpesjobs.example.fr/compte/alertes",
                        "stop@alpesjobs.example.fr")),
    dict(kind="other", slug="propre_remerciement_vauclair", lang="fr", company="", contact="",
         key="sorbier_thanks", parent="vauclair_invite", date="2026-03-24 19:04 +0100",
         frm=CAND, to=[("Agathe Vauclair", "agathe.vauclair@vauclair.example.fr")],
         subject="Re: Rencontre avec Atelier Sorbier - mardi 24 mars",
         text=THANKS_SORBIER + "\n"),
    dict(kind="other", slug="propre_relance_nacre_rose", lang="fr", company="", contact="",
         key="nacre_relance", parent="nacre_cancel", date="2026-06-09 09:15 +0200",
         frm=CAND, to=[("Inès Moreau", "ines.moreau@nacre-rose.example.fr")],
         subject="Re: Annulation : second entretien - Responsable boutique Bellecour",
         text="""Bonjour Madame Moreau,

Je me permets de revenir vers vous suite à l'annulation de notre second entretien du 3 juin. Avez-vous une idée du calendrier pour la suite du recrutement ? Je reste bien entendu disponible et très intéressée par le poste.

Bonne journée,
""" + CAND_SIG["fr"] + "\n"),
    dict(kind="other", slug="webinaire_reconversion_retail", lang="fr", company="",
         contact="", date="2026-08-25 10:00 +0200",
         frm=("Passerelles Formation", "evenements@passerelles-formation.example.fr"),
         subject="Webinaire jeudi : du salon de coiffure à la gestion de boutique",
         text="""Webinaire gratuit - jeudi 3 septembre, 12h30-13h30

« Du salon à la boutique : réussir sa reconversion dans le commerce »

Au programme :
- quelles compétences de l'artisanat les enseignes recherchent vraiment
- comment présenter un parcours atypique en entretien
- retours d'expérience de deux anciennes coiffeuses devenues responsables de magasin

Inscription : https://www.passerelles-formation.example.fr/webinaires/salon-boutique

Vous recevez ce message car vous avez téléchargé notre guide « Changer de métier ». Se désinscrire : https://www.passerelles-formation.example.fr/stop
""",
         headers=_lists("<evenements.passerelles-formation.example.fr>",
                        "https://www.passerelles-formation.example.fr/stop",
                        "stop@passerelles-formation.example.fr")),
    dict(kind="other", slug="absence_rh_ferrandier", lang="fr", company="",
         contact="m.lagarde@ferrandier.example.fr", date="2026-07-31 12:01 +0200",
         frm=("Mathilde Lagarde", "m.lagarde@ferrandier.example.fr"),
         subject="Absente du bureau : Re: Contrat - Responsable de magasin Dijon",
         text="""Bonjour,

Je suis en congés jusqu'au 17 août. Votre message ne sera pas transféré.

Pour le suivi des contrats et des dossiers d'embauche, merci d'écrire à Thomas Perrin : t.perrin@ferrandier.example.fr.

Mathilde Lagarde
Responsable ressources humaines
Groupe Ferrandier - 9 rue de la Préfecture, 21000 Dijon
""",
         headers=_AUTO),
    dict(kind="other", slug="forum_emploi_commerce_lyon", lang="fr", company="", contact="",
         date="2026-09-14 08:30 +0200",
         frm=("Forum Emploi Commerce", "info@forum-emploi-commerce.example.fr"),
         subject="J-10 : 60 enseignes, des entretiens sur place - Forum Emploi Commerce Lyon",
         html=simple_html("""<h2>Forum Emploi Commerce - jeudi 24 septembre, Halle Tony-Garnier</h2>
<p>60 enseignes, 800 postes à pourvoir, des entretiens de 10 minutes sur place avec les recruteurs.</p>
<ul><li>Espace « reconversion » animé par Passerelles Formation</li>
<li>Relecture de CV en continu</li>
<li>Conférence : « Manager une équipe en boutique : les premiers 90 jours »</li></ul>
<p><a href="https://www.forum-emploi-commerce.example.fr/inscription">Je m'inscris gratuitement</a></p>
<p style="font-size:11px">Pour ne plus recevoir nos informations : <a href="https://www.forum-emploi-commerce.example.fr/desabonnement">désabonnement</a>.</p>""", "fr"),
         cte="base64",
         headers=_lists("<news.forum-emploi-commerce.example.fr>",
                        "https://www.forum-emploi-commerce.example.fr/desabonnement",
                        "desabonnement@forum-emploi-commerce.example.fr")),
    dict(kind="other", slug="ancien_collegue_transfere_offre", lang="fr", company="",
         contact="kevin.brunet@example.fr", date="2026-05-05 13:12 +0200",
         frm=("Kévin Brunet", "kevin.brunet@example.fr"),
         subject="Fwd: Nuance & Peau recrute - Responsable de magasin Confluence",
         text="""Salut Séra,

Je suis tombé là-dessus via la newsletter de mon fournisseur, ça m'a fait direct penser à toi. Ils disent même que la coiffure est un plus !

Bises et bon courage pour tes recherches,
Kévin

""" + forward_block("fr", "Nuance & Peau <contact@nuance-et-peau.example.fr>",
                    "lun. 4 mai 2026 à 10:00", "Nuance & Peau recrute - Responsable de magasin Confluence",
                    "kevin.brunet@example.fr") + "\n\n" + _FWD_POSTING + "\n"),
    dict(kind="other", slug="salon_planning_semaine", lang="fr", company="",
         contact="patricia.gomes@atelier-capillaire.example.fr", date="2026-02-28 20:14 +0100",
         frm=("Patricia Gomes", "patricia.gomes@atelier-capillaire.example.fr"),
         subject="Planning semaine 10 + rendez-vous décalés",
         charset="windows-1252", cte="8bit",
         text="""Coucou Séraphine,

Voilà le planning de la semaine prochaine. Attention, j’ai dû décaler deux rendez-vous :
– Mme Bonnaud (couleur + coupe) passe de mardi 10h à mercredi 14h
– le rendez-vous de M. Tessier de jeudi est annulé, il rappellera

Lundi le salon est fermé pour l’entretien des bacs et de la climatisation, le technicien arrive à 8h30. Tu peux venir plus tard mardi si tu as ton entretien à Grenoble, dis-moi juste l’heure.

Merci pour tout, on va te regretter quand tu partiras…
Patricia
Atelier Capillaire Croix-Rousse – 41 Grande Rue de la Croix-Rousse, 69004 Lyon
"""),
    # ---------------------------------------------------------------- English
    dict(kind="other", slug="retailcareers_weekly", lang="en", company="", contact="",
         date="2026-05-15 08:00 +0000",
         frm=("RetailCareers Weekly", "weekly@retailcareers.example.com"),
         subject="Issue 214: Geneva & Turin openings, and what rejection taught 3 store managers",
         text=_T28, html=_H28,
         headers=_lists("RetailCareers Weekly <weekly.retailcareers.example.com>",
                        "https://retailcareers.example.com/u/8f1e2",
                        "unsubscribe@retailcareers.example.com")),
    dict(kind="other", slug="advice_after_the_interview", lang="en", company="", contact="",
         date="2026-07-19 17:00 -0400",
         frm=("The Store Floor", "thestorefloor@newsletters.example.com"),
         subject="You didn't get the job. Here's the email to send next",
         text="""THE STORE FLOOR - a newsletter for people who run shops

You didn't get the job. Here's the email to send next.

Most candidates read a rejection, close the laptop and move on. The ones who land the next role often do one small thing first: they reply.

Not to argue. To ask one question: "Is there one thing I could have shown in the interview that would have changed your mind?" Hiring managers remember the people who ask it well, and a surprising number of 'no's turn into a call when the next position opens up.

Three rules:
1. Reply within 48 hours.
2. Keep it to four sentences.
3. Never ask them to reconsider.

Next week: what to do when a recruiter goes silent after a final interview.

You're receiving this because you subscribed to The Store Floor.
Unsubscribe: https://newsletters.example.com/thestorefloor/unsubscribe?id=a91
""",
         headers=_lists("The Store Floor <thestorefloor.newsletters.example.com>",
                        "https://newsletters.example.com/thestorefloor/unsubscribe?id=a91",
                        "unsubscribe+a91@newsletters.example.com")),
    dict(kind="other", slug="user_research_interview", lang="en", company="",
         contact="amira.haddad@linkplace.example.com", date="2026-06-03 14:26 +0100",
         frm=("Linkplace Research", "research@linkplace.example.com"),
         reply_to=("Amira Haddad", "amira.haddad@linkplace.example.com"),
         subject="Would you join a 45-minute research interview? (€50 voucher)",
         text="""Hi Séraphine,

I'm a user researcher at Linkplace. We're trying to understand how people who change careers use job alerts and application tracking, and your recent activity makes you a great fit for our study.

Would you be up for a 45-minute video interview with me in the next two weeks? There are no right or wrong answers: we just want to hear how you organise your search. As a thank-you, you'll receive a €50 voucher.

If you're interested, reply to this email and I'll send you a few time slots.

Thanks!
Amira Haddad
Senior User Researcher, Linkplace
"""),
    dict(kind="other", slug="own_thank_you_noa_flint", lang="en", company="", contact="",
         key="noa_thanks", parent="noa_moved", date="2026-03-16 18:47 +0100",
         frm=CAND, to=[("Hannah Whitlock", "hannah.whitlock@noaflint.example.ch")],
         subject="Thank you - Assistant Store Manager, Geneva",
         text=THANKS_NOA + "\n"),
    dict(kind="other", slug="own_reschedule_request_noa_flint", lang="en", company="",
         contact="", key="noa_resched_req", parent="noa_screen",
         date="2026-03-10 07:58 +0100",
         frm=CAND, to=[("Hannah Whitlock", "hannah.whitlock@noaflint.example.ch")],
         subject="Re: Phone screen - Assistant Store Manager, Geneva",
         text=RESCHED_NOA + "\n\n" + attribution(
             "en", "Mon, 9 Mar 2026 at 16:12", "Hannah Whitlock",
             "hannah.whitlock@noaflint.example.ch") + "\n" + quote(
             "Hi Séraphine,\n\nThanks for applying to Noa & Flint. Would Thursday 12 March at 11:00 (Geneva time) work for a 30-minute phone screen?\n\nBest,\nHannah") + "\n"),
    dict(kind="other", slug="out_of_office_verdello", lang="en", company="",
         contact="giulia.ferri@verdello.example.it", date="2026-04-22 09:03 +0200",
         frm=("Giulia Ferri", "giulia.ferri@verdello.example.it"),
         subject="Automatic reply: Missed interview - Store Manager Turin",
         text="""Thank you for your email.

I am out of the office until Monday 27 April with no access to email. For urgent recruitment matters please contact talent@verdello.example.it.

Kind regards,
Giulia Ferri
Talent Acquisition Partner, Verdello
Via Roma 112, 10121 Torino
""",
         headers=_AUTO),
    dict(kind="other", slug="headhunter_cold_approach_turin", lang="en", company="",
         contact="l.conti@piemonte-exec.example.it", key="piemonte_approach",
         date="2026-06-22 10:41 +0200",
         frm=("Luca Conti", "l.conti@piemonte-exec.example.it"),
         subject="Beauty retail leadership in Turin - open to a conversation?",
         text="""Dear Séraphine,

I lead the retail practice at Piemonte Executive in Turin. I came across your profile while mapping French-speaking beauty professionals for a few of our clients, several of whom are opening or refurbishing stores in the city centre over the next year.

There is nothing specific to put in front of you today, but I would be glad to understand your plans and keep you in mind as mandates come in. If that sounds useful, just reply with a couple of times that suit you.

Kind regards,

Luca Conti
Partner, Retail & Luxury
Piemonte Executive
Corso Vittorio Emanuele II 68, 10121 Torino
+39 011 000 4471
"""),
    dict(kind="other", slug="parcel_delayed", lang="en", company="", contact="",
         date="2026-10-09 11:17 +0200",
         frm=("Swiftparcel", "no-reply@swiftparcel.example.com"),
         subject="Unfortunately your parcel is running late",
         text="""Hi Séraphine,

Unfortunately your parcel SP-88-210-774 from Linnea Studio Online has been delayed at our Lyon hub because of high volumes.

New expected delivery: Tuesday 13 October, 08:00-12:00.

Track your parcel or change delivery options: https://track.swiftparcel.example.com/SP88210774

We're sorry for the wait.
The Swiftparcel team
""",
         html=simple_html("""<p>Hi Séraphine,</p><p>Unfortunately your parcel <b>SP-88-210-774</b> from Linnea Studio Online has been delayed at our Lyon hub because of high volumes.</p><p>New expected delivery: <b>Tuesday 13 October, 08:00-12:00</b>.</p><p><a href="https://track.swiftparcel.example.com/SP88210774">Track your parcel or change delivery options</a></p><p>We're sorry for the wait.<br>The Swiftparcel team</p>""", "en"),
         headers=_GEN),
    dict(kind="other", slug="linkplace_jobs_you_may_like", lang="en", company="", contact="",
         date="2026-08-18 07:12 +0000",
         frm=("Linkplace Jobs", "jobs-noreply@linkplace.example.com"),
         subject="Store Manager at Casa Lucento and 9 more jobs for you",
         text="""Jobs you may be interested in

Store Manager - Casa Lucento - Turin, Italy (on-site)
Applied by 23 people. Actively recruiting.
https://www.linkplace.example.com/jobs/view/99120

Area Beauty Manager - Northgate Beauty - Geneva, Switzerland
Be an early applicant.
https://www.linkplace.example.com/jobs/view/99087

Filialleiterin (m/w/d) - Drogerie Rehbein - Frankfurt am Main
https://www.linkplace.example.com/jobs/view/99031

See all 10 jobs: https://www.linkplace.example.com/jobs/alerts

You are receiving Job Alert emails. Unsubscribe: https://www.linkplace.example.com/jobs/alerts/unsubscribe
""",
         headers=[*_GEN, ("List-Unsubscribe", "<https://www.linkplace.example.com/jobs/alerts/unsubscribe>")]),
    dict(kind="other", slug="friend_shares_own_rejection", lang="en", company="",
         contact="tom.okafor@example.ch", date="2026-05-30 20:55 +0200",
         frm=("Tom Okafor", "tom.okafor@example.ch"),
         subject="well, that's that",
         text="""Hey Séra,

Remember the visual merchandiser role at the watch boutique I told you about? Got the email this morning - they "decided to go in a different direction". After three interviews and a take-home! I'm honestly more annoyed about the take-home than the no.

Anyway, how are your Geneva interviews going? If you end up moving here, the sofa is yours while you look for a flat.

Tom
"""),
    dict(kind="other", slug="interview_reviews_digest", lang="en", company="", contact="",
         date="2026-04-30 16:20 +0000",
         frm=("Workvoice", "digest@workvoice.example.com"),
         subject="New interview reviews: Verdello, Noa & Flint and 1 more",
         text=_T38, html=_H38,
         headers=_lists("<digest.workvoice.example.com>", "https://workvoice.example.com/settings",
                        "unsubscribe@workvoice.example.com")),
    dict(kind="other", slug="own_application_portici", lang="en", company="", contact="",
         key="portici_app", date="2026-08-31 21:10 +0200",
         frm=CAND, to=[("Portici Careers", "careers@portici.example.it")],
         subject="Application - Beauty Floor Manager (ref. PT-0826)",
         text="""Dear Hiring Team,

Please find attached my application for the Beauty Floor Manager position at Portici Department Store in Turin (ref. PT-0826).

For the past six years I have managed a four-person hair salon in Lyon: scheduling, stock, retail product sales and, above all, a loyal clientele. I am now moving into store management and would love to bring that client focus to a department-store beauty floor. I work comfortably in English and French and have basic Italian.

I would be delighted to discuss my application in an interview.

Kind regards,
""" + CAND_SIG["en"] + "\n",
         attach=[dict(type="pdf", filename="Seraphine_Adjovi-Lambert_CV_EN.pdf",
                      title="CV Seraphine Adjovi-Lambert",
                      lines=["Seraphine Adjovi-Lambert", "Lyon, France",
                             "Salon manager, Lyon (2020-2026)", "Hairdresser (2012-2020)",
                             "Languages: French, English, basic Italian"])]),
    dict(kind="other", slug="bank_position_statement", lang="en", company="", contact="",
         date="2026-07-02 06:00 +0200",
         frm=("Lakeside Private Bank", "no-reply@lakeside-bank.example.ch"),
         subject="Your quarterly position statement is available",
         text="""Dear Ms Adjovi-Lambert,

Your position statement for the quarter ending 30 June 2026 is now available in your online banking. It lists all positions held in your savings and securities accounts and their valuation at quarter end.

If you would like to review your portfolio, you can book an appointment with your relationship manager directly from the app.

Lakeside Private Bank
This is an automated message. Please do not reply.
""",
         headers=_GEN,
         attach=[dict(type="pdf", filename="Position_statement_Q2_2026.pdf",
                      title="Position statement Q2 2026",
                      lines=["Lakeside Private Bank", "Position statement - 30.06.2026",
                             "Savings account CHF 4'210.55", "Fund units: 12.4"])]),
    # ---------------------------------------------------------------- German
    dict(kind="other", slug="jobradar_suchauftrag", lang="de", company="", contact="",
         date="2026-08-06 06:15 +0200",
         frm=("JobRadar", "suchauftrag@jobradar.example.de"),
         subject="9 neue Stellen für „Filialleitung Frankfurt“",
         text=_T41, html=_H41, cte="base64",
         headers=_lists("<suchauftrag.jobradar.example.de>",
                        "https://www.jobradar.example.de/abmelden?id=5521",
                        "abmelden@jobradar.example.de")),
    dict(kind="other", slug="eigene_dankesmail_mainufer", lang="de", company="", contact="",
         key="mainufer_thanks", parent="mainufer_invite", date="2026-05-19 19:30 +0200",
         frm=CAND, to=[("Jana Kessler", "jana.kessler@mainufer.example.de")],
         subject="Vielen Dank für das Gespräch - Abteilungsleitung Beauty",
         text="""Sehr geehrte Frau Kessler,

vielen Dank für das angenehme Gespräch heute Vormittag und den Rundgang durch die Beauty-Abteilung. Besonders spannend fand ich Ihre Pläne für die neuen Markenflächen im Erdgeschoss.

Ich bin nach unserem Austausch noch überzeugter, dass meine Erfahrung als Salonleiterin gut zu der Stelle passt, und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
""" + CAND_SIG["de"] + "\n"),
    dict(kind="other", slug="abwesenheit_blauwerk", lang="de", company="",
         contact="tobias.renner@blauwerk.example.de", date="2026-09-24 10:12 +0200",
         frm=("Tobias Renner", "tobias.renner@blauwerk.example.de"),
         subject="Abwesenheitsnotiz: Nachfrage zum Stand meiner Bewerbung",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28. September nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an personal@blauwerk.example.de.

Mit freundlichen Grüßen
Tobias Renner
Recruiting - Blauwerk Mode
""",
         headers=_AUTO),
    dict(kind="other", slug="lehrgang_kein_platz", lang="de", company="",
         contact="s.vogt@handelsakademie-rm.example.de", date="2026-08-20 13:40 +0200",
         frm=("Sabine Vogt", "s.vogt@handelsakademie-rm.example.de"),
         subject="Ihre Anmeldung zum Lehrgang »Geprüfte Handelsfachwirtin«",
         charset="iso-8859-1", cte="quoted-printable",
         subject_enc=("iso-8859-1", "Q"),
         text="""Sehr geehrte Frau Adjovi-Lambert,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang »Geprüfte Handelsfachwirtin« ab Oktober 2026.

Leider müssen wir Ihnen mitteilen, dass alle Plätze bereits vergeben sind. Außerdem setzt die Zulassung zur Prüfung eine Berufspraxis im Handel voraus, die wir bei Ihnen noch nicht anerkennen können. Gern setzen wir Sie auf die Warteliste für den Kurs im März 2027.

Mit freundlichen Grüßen

Sabine Vogt
Lehrgangskoordination
Handelsakademie Rhein-Main
Mainzer Landstraße 52, 60329 Frankfurt am Main
"""),
    dict(kind="other", slug="wohnung_besichtigung_abgesagt", lang="de", company="",
         contact="m.hoffmann@hoffmann-immobilien.example.de", date="2026-07-29 17:05 +0200",
         frm=("Markus Hoffmann", "m.hoffmann@hoffmann-immobilien.example.de"),
         subject="Besichtigungstermin Sachsenhausen - leider abgesagt",
         text="""Guten Tag Frau Adjovi-Lambert,

leider muss ich den Besichtigungstermin am Samstag um 11 Uhr für die 2-Zimmer-Wohnung in der Schweizer Straße absagen: Der Eigentümer hat sich kurzfristig für einen Bewerber aus der ersten Besichtigungsrunde entschieden.

Sobald ich eine vergleichbare Wohnung in Sachsenhausen oder Bornheim im Angebot habe, melde ich mich wieder bei Ihnen.

Freundliche Grüße
Markus Hoffmann
Hoffmann Immobilien
Tel. 069 000 2281
"""),
    # ---------------------------------------------------------------- Spanish
    dict(kind="other", slug="alertas_empleo_comercio", lang="es", company="", contact="",
         date="2026-06-30 07:30 +0200",
         frm=("EmpleoComercio", "alertas@empleocomercio.example.es"),
         subject="7 ofertas nuevas de encargada de tienda en Zaragoza",
         text=_T46, html=_H46,
         headers=_lists("<alertas.empleocomercio.example.es>",
                        "https://www.empleocomercio.example.es/baja?c=31aa",
                        "baja@empleocomercio.example.es")),
    dict(kind="other", slug="propia_candidatura_moda_cierzo", lang="es", company="", contact="",
         key="cierzo_app", date="2026-06-01 22:03 +0200",
         frm=CAND, to=[("Moda Cierzo - Selección", "seleccion@cierzo.example.es")],
         subject="Candidatura: Encargada de tienda Paseo Independencia",
         text="""Estimado equipo de selección:

Les escribo para presentar mi candidatura al puesto de encargada de la tienda de Paseo Independencia publicado en su web.

Soy peluquera desde hace catorce años y llevo seis dirigiendo un salón con cuatro empleadas en Lyon: organización de turnos, inventario, venta de producto y atención a una clientela fiel. Hablo español con fluidez (viví dos años en Valencia) y quiero dar el paso a la gestión de tienda en el sector moda.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un saludo cordial,
""" + CAND_SIG["es"] + "\n",
         attach=[dict(type="pdf", filename="CV_Seraphine_Adjovi-Lambert_ES.pdf",
                      title="Currículum Séraphine Adjovi-Lambert",
                      lines=["Séraphine Adjovi-Lambert", "Lyon (Francia)",
                             "Gerente de peluquería (2020-2026)", "Peluquera (2012-2020)",
                             "Idiomas: francés, español, inglés"])]),
    dict(kind="other", slug="master_no_admitida", lang="es", company="",
         contact="marta.gil@ene.example.es", date="2026-07-14 12:48 +0200",
         frm=("Marta Gil (Admisiones ENE)", "marta.gil@ene.example.es"),
         subject="Resolución de admisión - Máster en Gestión del Retail",
         text="""Estimada Séraphine:

Tras estudiar su expediente, el comité de admisiones de la Escuela de Negocios del Ebro ha resuelto no admitirla en el Máster en Gestión del Retail para el curso 2026-2027. El programa exige una titulación universitaria previa o, en su defecto, tres años de experiencia en un puesto de responsabilidad dentro de la distribución, requisito que no hemos podido acreditar.

Le animamos a considerar nuestro Curso Superior en Gestión de Tienda, que no tiene este requisito y cuyas inscripciones siguen abiertas.

Atentamente,

Marta Gil
Oficina de Admisiones
Escuela de Negocios del Ebro
"""),
    dict(kind="other", slug="amiga_cuenta_su_rechazo", lang="es", company="",
         contact="lucia.serrano@example.es", date="2026-06-18 23:02 +0200",
         frm=("Lucía Serrano", "lucia.serrano@example.es"),
         frm_enc=("iso-8859-1", "B"),
         subject="Me han dicho que no :(",
         charset="iso-8859-1", cte="8bit",
         text="""¡Hola, Séra!

¿Te acuerdas de la entrevista que tenía en la zapatería de la calle Alfonso? Pues hoy me han llamado para decirme que se quedan con otra chica con más experiencia en caja. Qué rabia, porque la encargada me había dicho que le encajaba mi perfil.

En fin, a seguir mandando currículums. ¿Y tú qué tal con lo de Moda Cierzo? ¡Cuéntame!

Un beso enorme,
Lucía
"""),
    dict(kind="other", slug="respuesta_automatica_albar", lang="es", company="",
         contact="raquel.benedi@albar.example.es", date="2026-04-21 08:14 +0200",
         frm=("Raquel Benedí", "raquel.benedi@albar.example.es"),
         frm_enc=("utf-8", "B"),
         subject="Respuesta automática: Candidatura encargada de tienda - Perfumería Albar",
         text="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el 4 de mayo. Durante mi ausencia, para cualquier consulta sobre procesos de selección, puede escribir a rrhh@albar.example.es.

Un saludo,
Raquel Benedí
Recursos Humanos - Perfumería Albar
""",
         headers=_AUTO),
    dict(kind="other", slug="blog_consejos_entrevista", lang="es", company="", contact="",
         date="2026-09-10 09:00 +0200",
         frm=("Blog EmpleoComercio", "blog@empleocomercio.example.es"),
         subject="Cómo preparar una entrevista para encargada de tienda",
         text="""BLOG EMPLEOCOMERCIO

Cómo preparar una entrevista para encargada de tienda

Si vienes de otro sector, la entrevista es tu mejor oportunidad para demostrar que sabes gestionar personas y objetivos. Te contamos qué preguntan los responsables de zona, cómo hablar de ventas con cifras y qué hacer si te plantean una dinámica de grupo.

Leer el artículo: https://www.empleocomercio.example.es/blog/entrevista-encargada

Y además:
- Puestos con más demanda en el comercio aragonés este otoño
- «Me rechazaron cuatro veces»: la historia de Pilar, hoy gerente de tienda

Darte de baja: https://www.empleocomercio.example.es/baja?c=31aa
""",
         headers=_lists("<blog.empleocomercio.example.es>",
                        "https://www.empleocomercio.example.es/baja?c=31aa",
                        "baja@empleocomercio.example.es")),
    dict(kind="other", slug="bici_cambio_posicion", lang="es", company="", contact="",
         date="2026-10-17 07:22 +0200",
         frm=("RodaSegura", "avisos@rodasegura.example.es"),
         subject="Tu bicicleta ha cambiado de posición",
         text="""Aviso de movimiento

Tu localizador «Bici ciudad» ha detectado un desplazamiento de 350 m.

Posición actual: 41.6521, -0.8810 (Calle Predicadores, Zaragoza), a las 07:19.
Batería del localizador: 63 %.

Ver en el mapa: https://app.rodasegura.example.es/mapa?id=RS-5512

Si no eres tú, activa el modo robo desde la aplicación.
""",
         headers=_GEN),
]
