"""Corpus 199: everything else (52): digests, advice, the candidate's own mail, look-alikes."""

from __future__ import annotations

from msgs199_common import (
    CAND,
    CAND_SIG_DE,
    CAND_SIG_EN,
    CAND_SIG_ES,
    CAND_SIG_FR,
    ats_card,
    forward,
    items_to_text,
    newsletter_html,
    outlook,
    outlook_html,
    plain_html,
    quote,
    reply,
    text_to_html,
)

# ----------------------------------------------------------------------------- digests

_jobmeuse_items = [
    ("Planificateur de production (H/F) – biscuiterie, Jambes",
     "https://www.jobmeuse.example.be/offre/88120?utm_source=alerte",
     "CDI · Publiée il y a 2 jours · 38 candidatures · entretiens prévus début mars"),
    ("Assistant planning – cuisine centrale, Naninne",
     "https://www.jobmeuse.example.be/offre/88154?utm_source=alerte",
     "Secteur public · Sélection sur épreuve écrite puis entretien oral"),
    ("Chef d'équipe production – plats cuisinés, Gosselies",
     "https://www.jobmeuse.example.be/offre/88177?utm_source=alerte",
     "Intérim avec option CDI · Horaire en 2 pauses"),
    ("Ordonnanceur – charcuterie industrielle, Courcelles",
     "https://www.jobmeuse.example.be/offre/88203?utm_source=alerte",
     "Candidature rapide · Réponse garantie sous 10 jours, même en cas de refus"),
]

_jobmeuse_text = """Bonjour Gwendal,

4 nouvelles offres correspondent à votre alerte « planificateur de production – Namur
(30 km) ».

""" + items_to_text(_jobmeuse_items) + """

Modifier ou supprimer cette alerte : https://www.jobmeuse.example.be/alertes/gestion/5510
Vous recevez ce courriel car vous avez créé une alerte emploi sur JobMeuse."""

_nl_refus_text = """LE FIL EMPLOI – n° 42 – avril 2026

Rebondir après un refus : six réflexes qui changent tout

Un « nous ne donnerons pas suite à votre candidature » fait toujours mal. Nos conseillères
ont rassemblé les réflexes qui aident à transformer un refus en étape utile :

1. Demander un retour, poliment et une seule fois.
2. Noter ce qui a bien marché pendant l'entretien, pas seulement ce qui a raté.
3. Garder le contact avec le recruteur sur les réseaux professionnels.
4. Revoir son CV avec un œil neuf après trois refus pour un même type de poste.
5. S'entraîner aux entretiens lors de nos ateliers du jeudi.
6. S'accorder une pause : une recherche d'emploi est un marathon.

Agenda : atelier « Simulations d'entretien » le 23 avril à Namur, inscription en ligne.

Wallemploi – Service public de l'emploi (fictif)
Se désinscrire : https://news.wallemploi.example.be/u/9bd1"""

_fedealim_items = [
    ("Baromètre : 1.900 postes ouverts dans l'alimentaire wallon",
     "https://www.fedealim.example.be/lettre/2026-05/barometre",
     "Planificateurs, techniciens de maintenance et opérateurs restent les profils les "
     "plus recherchés ; un recrutement sur trois est gelé faute de candidats."),
    ("Entretien avec la directrice d'une conserverie namuroise",
     "https://www.fedealim.example.be/lettre/2026-05/entretien-conserverie",
     "« Nous embauchons d'anciens cuisiniers pour leur sens de l'organisation. »"),
    ("Reconversion : le parcours « De la cuisine à l'usine » ouvre ses inscriptions",
     "https://www.fedealim.example.be/lettre/2026-05/reconversion",
     "Formation de 12 semaines, places limitées, sélection sur dossier."),
]

_cadres_text = """CADRES & CARRIÈRES – La lettre conseils du mardi

Entretien d'embauche : les cinq erreurs qui coûtent le poste

Par la rédaction

1. Arriver sans connaître les produits de l'entreprise.
2. Répondre « je suis perfectionniste » à la question des défauts.
3. Critiquer son ancien employeur.
4. Oublier de poser des questions à la fin de l'entretien.
5. Ne pas relancer après une semaine sans nouvelles.

Lire l'article complet : https://www.cadres-carrieres.example.fr/conseils/erreurs-entretien

Vous recevez cette lettre car vous êtes inscrit sur cadres-carrieres.example.fr.
Se désabonner : https://www.cadres-carrieres.example.fr/desabonnement?u=7731"""

_ghent_items = [
    ("Production Planner – Scheldt Valley Foods, Ghent",
     "https://jobs.flandersfood.example.com/j/41207",
     "Full-time · Apply by 30 June · Interviews held on site in Drongen"),
    ("Junior Demand & Supply Planner – Leie Fresh Meals, Ghent",
     "https://jobs.flandersfood.example.com/j/41233",
     "English-speaking team · Easy apply · 12 applicants"),
    ("Production Scheduler (night shift) – Port of Ghent",
     "https://jobs.flandersfood.example.com/j/41251",
     "Agency role via FoodStaff Benelux · Immediate start"),
]

_advice_en_text = """THE SHORTLIST – career notes for people changing lanes

How to talk about a rejection in your next interview

Interviewers increasingly ask: "Tell me about a job you didn't get." It isn't a trap. What
they want to hear is what you learned. Three tips from hiring managers in food
manufacturing:

- Keep it short: one sentence about the role, one about the decision.
- Name a concrete change you made afterwards (a course, a tool, a new way to prepare).
- Don't blame the panel, even if the process was chaotic.

Read more: https://theshortlist.example.com/articles/rejection-in-interviews

You're receiving this because you subscribed at theshortlist.example.com.
Unsubscribe: https://theshortlist.example.com/unsub?e=gwendal.ma%40example.be"""

_stellen_items = [
    ("Produktionsplaner (m/w/d) Backwaren – Köln-Ossendorf",
     "https://www.stellenrhein.example.de/job/220981",
     "Vollzeit · unbefristet · Vorstellungsgespräche ab KW 17"),
    ("Disponent Produktion (m/w/d) – Großküche Köln-Porz",
     "https://www.stellenrhein.example.de/job/221004",
     "Arbeitnehmerüberlassung mit Übernahmeoption"),
    ("Tipp der Woche: Was tun nach einer Absage?",
     "https://www.stellenrhein.example.de/ratgeber/absage",
     "Warum sich eine höfliche Rückfrage nach einer Absage fast immer lohnt."),
]

_alerta_items = [
    ("Planificador/a de producción – conservas, Bilbao",
     "https://empleo.bizkaialan.example.es/oferta/77310",
     "Contrato indefinido · Proceso: entrevista telefónica y entrevista presencial"),
    ("Técnico/a de planificación – industria láctea, Amorebieta",
     "https://empleo.bizkaialan.example.es/oferta/77342",
     "Se valorará euskera · 25 inscritos"),
    ("Responsable de cocina central – catering, Etxebarri",
     "https://empleo.bizkaialan.example.es/oferta/77359",
     "A través de ETT · Incorporación inmediata"),
]

_glass_items = [
    ("Scheldt Valley Foods – 4.1 ★ interview experience",
     "https://www.workreviews.example.com/Interview/scheldt-valley-foods",
     "\"Phone screen, then a panel with a scheduling case. Rejected after the panel but got "
     "useful feedback.\""),
    ("Brightwater Plant Kitchen – 3.6 ★ interview experience",
     "https://www.workreviews.example.com/Interview/brightwater-plant-kitchen",
     "\"Video interview was rescheduled twice; offer came two weeks later.\""),
]

_trade_items = [
    ("Belgian biscuit maker adds third line, 40 positions to fill",
     "https://www.foodmanufacture-europe.example.com/news/2026/07/biscuit-third-line",
     "Planners and line leads wanted by October."),
    ("Ready-meal plant closure: 120 positions cut in Northern France",
     "https://www.foodmanufacture-europe.example.com/news/2026/07/ready-meal-closure",
     "Unions reject the redundancy plan; talks continue."),
    ("Interview: why planners should spend a week on the line",
     "https://www.foodmanufacture-europe.example.com/features/planners-on-the-line",
     "An operations director on bringing kitchen people into scheduling."),
]

# ----------------------------------------------------------------------------- own mail

_x01_text = """Bonjour Madame Dubus,

Merci encore pour l'entretien de ce lundi et pour la visite de la ligne de laminage.
J'ai beaucoup apprécié la discussion sur l'ordonnancement des fournées du week-end et
je reste très motivé par le poste de planificateur.

Belle fin de semaine,
""" + CAND_SIG_FR

_x03_text = """Monsieur Collard,

Cuisinier depuis onze ans, dont six en cuisine de collectivité à Namur, je souhaite
évoluer vers la planification de production dans l'agroalimentaire. Votre siroperie, qui
grandit tout en restant artisanale, m'attire particulièrement.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Gwendal Moreau-Achebe"""

_cv_lines = [
    "Gwendal Moreau-Achebe - Curriculum vitae",
    "Rue des Brasseurs 112, 5000 Namur - +32 477 31 52 90 - gwendal.ma@example.be",
    "2020-2026 Second de cuisine, cuisine de collectivite (900 repas/jour), Namur",
    "2015-2020 Cuisinier, restaurant et traiteur, Namur et Dinant",
    "Formation : CAP cuisine ; HACCP ; Excel avance ; initiation a la planification (MRP)",
    "Langues : francais (maternelle), anglais (C1), allemand (B1), espagnol (B1)",
]

_x06_inner = dict(
    same_as="confluent-offer",
    frm=("Amélie Jadot", "amelie.jadot@biscuits-confluent.example.be"),
    subj="Proposition de contrat – Planificateur de production",
    date="2026-03-24 11:05 +0100",
    text="""Bonjour Gwendal,

Au nom de toute l'équipe, j'ai le plaisir de vous confirmer que nous souhaitons vous
engager comme planificateur de production au sein des Biscuits du Confluent.

Vous trouverez en pièce jointe notre proposition de contrat.

Bien cordialement,
Amélie Jadot""",
)

MESSAGES: list[dict] = [
    # ================================================================ fr (26)
    dict(
        kind="other", name="own_thanks_flandrines", lang="fr", company="", contact="",
        frm=CAND, to=[("Claire Dubus", "claire.dubus@flandrines.example.fr")],
        subj="Merci pour l'entretien de lundi",
        date="2026-03-16 18:42 +0100", key="flandrines-thanks", parent="flandrines-moved",
        text=_x01_text,
    ),
    dict(
        kind="other", name="own_application_collard_cv", lang="fr", company="", contact="",
        frm=CAND, to=[("Geoffrey Collard", "geoffrey@sirop-collard.example.be")],
        subj="Candidature spontanée – planification de production",
        date="2026-03-30 21:47 +0200", key="collard-app",
        text=_x03_text,
        pdf=dict(filename="CV_Gwendal_Moreau-Achebe.pdf", lines=_cv_lines),
    ),
    dict(
        kind="other", name="own_forward_offer_to_partner", lang="fr", company="", contact="",
        frm=CAND, to=[("Aïcha Moreau", "aicha.moreau@example.be")],
        subj="Fwd: Proposition de contrat – Planificateur de production",
        date="2026-03-24 19:02 +0100", parent="confluent-offer",
        text="""Aïcha,

Regarde ce que j'ai reçu ce matin ! Je te transfère le mail, le PDF du contrat est dedans.
On en parle ce soir, je rentre vers 21h.

Bisous,
G.""",
        rfc822=_x06_inner,
    ),
    dict(
        kind="other", name="own_accept_trial_day", lang="fr", company="", contact="",
        frm=CAND, to=[("Benoît Delvaux", "benoit@maison-delvaux.example.be")],
        subj="Re: Journée d'essai chez Delvaux",
        date="2026-08-24 12:40 +0200", key="delvaux-accept", parent="delvaux-trial",
        text=reply("""Bonjour Monsieur Delvaux,

Avec plaisir pour le mardi 1er septembre, j'y serai à 7h avec mes chaussures de sécurité.

Merci pour l'opportunité,
""" + CAND_SIG_FR, "Le lun. 24 août 2026 à 08:02, Benoît Delvaux "
            "<benoit@maison-delvaux.example.be> a écrit :", """Bonjour Gwendal,

Comme on se l'est dit vendredi, je vous propose de venir faire une journée d'essai avec
nous le mardi 1er septembre, de 7h à 15h.

Benoît Delvaux"""),
    ),
    dict(
        kind="other", name="own_reschedule_request_ccb", lang="fr", company="", contact="",
        frm=CAND, to=[("Nadia Verhaegen", "n.verhaegen@ccb-bxl.example.be")],
        subj="Demande de report – PLAN-B-2026-07",
        date="2026-05-11 23:12 +0200", key="ccb-resched-ask", parent="ccb-moved",
        text="""Madame Verhaegen,

Je suis malheureusement retenu demain matin au restaurant (remplacement imprévu du chef).
Serait-il possible de passer l'épreuve à une autre date ?

Avec mes excuses,
Gwendal Moreau-Achebe""",
    ),
    dict(
        kind="other", name="jobmeuse_alert_digest", lang="fr", company="", contact="",
        frm=("JobMeuse Alertes", "alertes@jobmeuse.example.be"),
        subj="4 nouvelles offres : planificateur de production – Namur",
        date="2026-02-17 07:00 +0100",
        hdrs=[("List-Id", "Alertes emploi JobMeuse <alertes.jobmeuse.example.be>"),
              ("List-Unsubscribe", "<https://www.jobmeuse.example.be/alertes/u/5510>, "
                                   "<mailto:unsubscribe-5510@jobmeuse.example.be>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk")],
        text=_jobmeuse_text,
        html=newsletter_html(
            "JobMeuse", "#7c3aed",
            "<p>Bonjour Gwendal,</p><p>4 nouvelles offres correspondent à votre alerte "
            "« planificateur de production – Namur (30 km) ».</p>",
            _jobmeuse_items,
            '<a href="https://www.jobmeuse.example.be/alertes/gestion/5510">Modifier ou '
            "supprimer cette alerte</a> · Vous recevez ce courriel car vous avez créé une "
            "alerte emploi sur JobMeuse."),
        cte="quoted-printable",
    ),
    dict(
        kind="other", name="wallemploi_newsletter_refus", lang="fr", company="", contact="",
        frm=("Le Fil Emploi", "lefil@news.wallemploi.example.be"),
        subj="Rebondir après un refus : six réflexes qui changent tout",
        date="2026-04-08 10:00 +0200",
        hdrs=[("List-Id", "Le Fil Emploi <lefil.news.wallemploi.example.be>"),
              ("List-Unsubscribe", "<https://news.wallemploi.example.be/u/9bd1>"),
              ("Precedence", "list")],
        html=plain_html(text_to_html(_nl_refus_text)),
        cte="quoted-printable",
    ),
    dict(
        kind="other", name="fedealim_lettre_interview", lang="fr", company="", contact="",
        frm=("FédéAlim Wallonie", "lettre@fedealim.example.be"),
        frm_enc=("iso-8859-1", "Q"),
        subj="La Lettre de FédéAlim - mai 2026 : 1.900 postes ouverts",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-14 08:30 +0200",
        hdrs=[("List-Id", "Lettre FedeAlim <lettre.fedealim.example.be>"),
              ("List-Unsubscribe", "<mailto:desinscription@fedealim.example.be?subject=stop>")],
        text="La Lettre de FédéAlim Wallonie – mai 2026\n\n" + items_to_text(_fedealim_items)
        + "\n\nSe désinscrire : desinscription@fedealim.example.be",
        html=newsletter_html("FédéAlim Wallonie", "#065f46",
                             "<p>La Lettre de FédéAlim Wallonie – mai 2026</p>",
                             _fedealim_items,
                             "Se désinscrire : desinscription@fedealim.example.be"),
    ),
    dict(
        kind="other", name="cadres_carrieres_erreurs_entretien", lang="fr", company="",
        contact="",
        frm=("Cadres & Carrières", "newsletter@cadres-carrieres.example.fr"),
        subj="Entretien d'embauche : les 5 erreurs qui coûtent le poste",
        subj_enc=("utf-8", "Q"),
        date="2026-06-09 06:45 +0200",
        hdrs=[("List-Id", "Conseils du mardi <conseils.cadres-carrieres.example.fr>"),
              ("List-Unsubscribe",
               "<https://www.cadres-carrieres.example.fr/desabonnement?u=7731>"),
              ("Precedence", "bulk")],
        text=_cadres_text, cte="quoted-printable",
    ),
    dict(
        kind="other", name="press_interview_request_journalist", lang="fr", company="",
        contact="pauline.jacquet@courrier-mosan.example.be",
        frm=("Pauline Jacquet", "pauline.jacquet@courrier-mosan.example.be"),
        subj="Demande d'interview – reconversions dans l'agroalimentaire",
        date="2026-07-07 14:18 +0200",
        text="""Bonjour Monsieur Moreau-Achebe,

Je suis journaliste au Courrier mosan et je prépare un dossier sur les cuisiniers qui
se reconvertissent dans l'industrie alimentaire. Votre nom m'a été donné par la conseillère
de l'atelier « De la cuisine à l'usine ».

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou
autour d'un café à Namur ? Nous pourrions aussi faire une photo si vous êtes d'accord.

Merci d'avance,
Pauline Jacquet
Journaliste – rubrique Économie
Le Courrier mosan
0475 55 83 26""",
    ),
    dict(
        kind="other", name="bank_app_user_research", lang="fr", company="",
        contact="chloe.marchal@banque-mosane.example.be",
        frm=("Chloé Marchal", "chloe.marchal@banque-mosane.example.be"),
        subj="Participez à un entretien utilisateur (45 min, bon de 30 €)",
        date="2026-02-12 11:05 +0100",
        text="""Bonjour Gwendal,

Vous utilisez notre application mobile depuis plus d'un an. L'équipe produit de la Banque
Mosane recherche des clients pour des entretiens utilisateurs de 45 minutes, en
visioconférence, sur la nouvelle fonction de budget partagé.

En remerciement, vous recevrez un bon d'achat de 30 €. Pour choisir un créneau :
https://recherche.banque-mosane.example.be/etude/budget-partage

Il ne s'agit pas d'une démarche commerciale ; vos réponses restent anonymes.

Chloé Marchal
Chercheuse UX – Banque Mosane""",
    ),
    dict(
        kind="other", name="parcel_delayed_unfortunately", lang="fr", company="", contact="",
        frm=("Colis Express", "notifications@colisexpress.example.be"),
        subj="Votre colis est retardé",
        date="2026-01-22 16:40 +0100",
        hdrs=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Colis Express", "#ea580c",
            "<p>Bonjour,</p>\n<p>Malheureusement, votre colis <b>CX 5500 8812 34BE</b> "
            "(expéditeur : Matériel Pro Cuisine) a pris du retard au centre de tri de "
            "Fleurus.</p>\n<p>Nouvelle date de livraison estimée : <b>lundi 26 janvier</b>. "
            "Position actuelle : en transit vers le dépôt de Namur.</p>\n<p>Nous vous prions "
            "de nous excuser pour ce désagrément.</p>",
            "Colis Express – ceci est un message automatique.", lang="fr"),
        html_cte="base64",
    ),
    dict(
        kind="other", name="friend_jerome_own_rejection", lang="fr", company="",
        contact="jerome.vandeput@example.be",
        frm=("Jérôme Vandeput", "jerome.vandeput@example.be"),
        subj="refus...",
        date="2026-04-24 22:31 +0200",
        text="""Salut vieux,

Bon, je viens de recevoir la réponse de la brasserie de Bouvignes : c'est non. « Nous
avons retenu un candidat dont le profil correspond davantage à nos attentes », le grand
classique. Après trois entretiens, j'avoue que ça pique.

Et toi, ça avance avec tes histoires de planning ? On se fait un verre samedi à la
Chaumière pour se remonter le moral ?

Jéjé""",
    ),
    dict(
        kind="other", name="cold_approach_orvalis", lang="fr", company="",
        contact="thomas.renard@orvalis.example.be",
        frm=("Thomas Renard", "thomas.renard@orvalis.example.be"),
        subj="Votre profil – production alimentaire",
        date="2026-09-28 09:16 +0200",
        text="""Bonjour Gwendal,

Je suis consultant au cabinet Orvalis, spécialisé dans les métiers de la production
agroalimentaire en Wallonie et au Luxembourg. J'ai découvert votre profil et votre projet
de passer de la cuisine à la planification m'a interpellé.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais plusieurs de nos clients
recrutent régulièrement ce type de profil. Si vous le souhaitez, envoyez-moi votre CV à
jour : je le garderai en tête pour les prochains mois.

Belle journée,
Thomas Renard
Consultant senior – Orvalis
+32 81 55 60 72""",
    ),
    dict(
        kind="other", name="bank_appointment_ics", lang="fr", company="", contact="",
        frm=("Banque Mosane", "ne-pas-repondre@banque-mosane.example.be"),
        subj="Confirmation de votre rendez-vous avec votre conseiller",
        date="2026-06-03 12:02 +0200",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Monsieur Moreau-Achebe,

Votre rendez-vous est confirmé :

Objet : entretien bilan patrimonial et projet immobilier
Date : jeudi 11 juin 2026 à 17h30
Agence : Namur Gare, Place de la Station 9, 5000 Namur
Conseiller : M. Fabrice Leroy

Pensez à apporter vos trois dernières fiches de paie et votre avertissement-extrait de
rôle. Pour modifier ou annuler ce rendez-vous, utilisez votre espace client.

Banque Mosane – ce message est envoyé automatiquement.""",
        ics=dict(method="REQUEST", uid="rdv-88401-namurgare@banque-mosane.example.be", seq=0,
                 start="2026-06-11 17:30 +0200", end="2026-06-11 18:15 +0200",
                 summary="Rendez-vous Banque Mosane – entretien bilan patrimonial",
                 location="Place de la Station 9, 5000 Namur",
                 organizer=("Banque Mosane", "ne-pas-repondre@banque-mosane.example.be"),
                 prodid="-//Banque Mosane//Agenda agences//FR"),
    ),
    dict(
        kind="other", name="landlord_entretien_chaudiere_cp1252", lang="fr", company="",
        contact="m.lambotte@example.be",
        frm=("Michel Lambotte", "m.lambotte@example.be"),
        subj="Entretien annuel de la chaudière – visite jeudi",
        subj_enc=("windows-1252", "Q"),
        date="2026-09-21 08:12 +0200",
        charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Monsieur Moreau,

Le chauffagiste passera jeudi 24 septembre entre 8h et 10h pour l’entretien annuel de la
chaudière. Pourriez-vous lui laisser l’accès à la cave ? Si vous n’êtes pas là, je peux
passer prendre la clé la veille.

J’en profiterai pour vérifier la position du nouveau compteur d’eau, le releveur a
signalé un souci.

Bien à vous,
Michel Lambotte
Propriétaire – Rue des Brasseurs 112
0495 55 14 72""",
    ),
    dict(
        kind="other", name="school_entretien_titulaire", lang="fr", company="",
        contact="direction@ecole-saint-aubain.example.be",
        frm=("École Saint-Aubain – Direction", "direction@ecole-saint-aubain.example.be"),
        subj="Convocation : entretien individuel avec la titulaire de Noah",
        date="2026-01-26 13:50 +0100",
        text="""Chers parents,

Dans le cadre du bulletin de mi-année, Mme Hubert, titulaire de 3e primaire, souhaite vous
rencontrer pour un entretien individuel au sujet de Noah.

Créneau proposé : mardi 3 février à 16h20, local 12.

Si ce moment ne vous convient pas, merci de répondre à ce courriel pour convenir d'une
autre date. Un service de garderie est prévu pour les frères et sœurs.

La direction
École fondamentale Saint-Aubain
Rue Saint-Jacques 18, 5000 Namur""",
    ),
    dict(
        kind="other", name="medical_appointment_cancelled", lang="fr", company="", contact="",
        frm=("Centre médical du Confluent", "rendezvous@cm-confluent.example.be"),
        subj="Annulation de votre rendez-vous du 14 octobre",
        date="2026-10-12 18:00 +0200",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour,

Votre rendez-vous du mercredi 14 octobre à 9h15 avec le Dr Van Hoof (médecine générale)
est annulé en raison d'une absence du médecin.

Vous pouvez reprendre rendez-vous en ligne ou par téléphone au 081 55 22 00. Nous vous
prions de nous excuser pour ce contretemps.

Centre médical du Confluent – message automatique, merci de ne pas répondre.""",
    ),
    dict(
        kind="other", name="ooo_flandrines_recruiter", lang="fr", company="",
        contact="claire.dubus@flandrines.example.fr",
        frm=("Claire Dubus", "claire.dubus@flandrines.example.fr"),
        subj="Réponse automatique : Relance – entretien du 16 mars",
        date="2026-03-23 08:03 +0100", parent="gma-flandrines-relance",
        hdrs=[("Auto-Submitted", "auto-replied"),
              ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 27 mars inclus, avec un accès limité à mes
courriels. Pour toute question urgente concernant un recrutement ou un entretien en
cours, vous pouvez contacter le service recrutement au 03 20 55 81 00.

Je vous répondrai dès mon retour.

Claire Dubus
Pâtisseries Flandrines""",
    ),
    dict(
        kind="other", name="haute_ecole_admission_refused", lang="fr", company="",
        contact="inscriptions@hesm.example.be",
        frm=("Haute École Sambre-Meuse – Inscriptions", "inscriptions@hesm.example.be"),
        subj="Votre demande d'admission – Bachelier en gestion de la production (horaire décalé)",
        subj_enc=("utf-8", "B"),
        date="2026-07-20 10:30 +0200",
        text="""Monsieur,

Nous avons examiné votre demande d'admission au bachelier en gestion de la production,
en horaire décalé, pour l'année académique 2026-2027.

Le nombre de places étant limité à 30 étudiants, nous sommes au regret de vous informer que
votre candidature n'a pas été retenue à l'issue de la procédure de sélection. Vous êtes
inscrit en position 7 sur la liste d'attente et serez averti si une place se libère avant
le 15 septembre.

Le secrétariat des inscriptions reste à votre disposition.

Haute École Sambre-Meuse – Service des inscriptions
Rue Godefroid 30, 5000 Namur""",
    ),
    dict(
        kind="other", name="wallemploi_counsellor_appointment", lang="fr", company="",
        contact="sylvie.marchand@wallemploi.example.be",
        frm=("Sylvie Marchand", "sylvie.marchand@wallemploi.example.be"),
        subj="Votre rendez-vous de suivi – accompagnement reconversion",
        date="2026-02-05 09:20 +0100",
        text="""Bonjour Monsieur Moreau-Achebe,

Je vous confirme notre prochain rendez-vous de suivi dans le cadre de votre accompagnement
de reconversion : lundi 16 février à 10h, au bureau Wallemploi de Namur (Rue Borgnet 14).

Nous ferons le point sur vos candidatures en cours et préparerons ensemble vos prochains
entretiens d'embauche. Pensez à apporter la liste des offres auxquelles vous avez
répondu.

Sylvie Marchand
Conseillère emploi – Wallemploi Namur
081 55 90 33""",
    ),
    dict(
        kind="other", name="job_day_registration", lang="fr", company="", contact="",
        frm=("Job Day Agroalimentaire", "noreply@jobday-agro.example.be"),
        subj="Inscription confirmée – Job Day Agroalimentaire, Namur Expo",
        date="2026-09-02 12:12 +0200",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Gwendal,

Votre inscription au Job Day Agroalimentaire du jeudi 8 octobre 2026 (Namur Expo, 9h-16h)
est confirmée. Votre badge visiteur : JDA-2026-1184.

Au programme : 45 employeurs, des entretiens express de 10 minutes sur les stands, un
atelier CV et une conférence « De la cuisine à l'usine ».

Conseil : imprimez une dizaine de CV et préparez votre présentation en une minute.

L'équipe du Job Day""",
    ),
    dict(
        kind="other", name="colleague_poste_samedi", lang="fr", company="",
        contact="karim.benali@example.be",
        frm=("Karim Benali", "karim.benali@example.be"),
        subj="samedi",
        date="2026-05-28 15:02 +0200",
        text="""Yo Gwendal,

Le chef demande si tu peux reprendre le poste chaud samedi soir, Lucas est malade. On a
deux groupes et la carte d'été démarre. Si c'est oui, envoie-lui un SMS directement.

Sinon pas grave, il fera avec.

Karim""",
    ),
    dict(
        kind="other", name="mutualite_refus_remboursement", lang="fr", company="", contact="",
        frm=("Mutualité Entraide Meuse", "no-reply@mutualite-meuse.example.be"),
        subj="Votre demande de remboursement a été refusée",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-18 07:15 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Cher membre,

Votre demande d'intervention pour des séances d'ostéopathie (dossier 26-55812) a été
examinée. Nous sommes au regret de vous informer qu'elle ne peut pas être acceptée : le
plafond annuel de 6 séances est déjà atteint pour l'année 2026.

Vous pouvez introduire un recours motivé dans un délai de 30 jours via votre espace
membre.

Votre mutualité""",
    ),
    dict(
        kind="other", name="reseaupro_nouveau_poste", lang="fr", company="", contact="",
        frm=("Réseau Pro", "notifications@reseaupro.example.com"),
        subj="Félicitez Sophie Kieffer pour son nouveau poste",
        date="2026-09-16 19:30 +0200",
        hdrs=[("List-Unsubscribe", "<https://www.reseaupro.example.com/notifs/unsub?t=ab12>"),
              ("Auto-Submitted", "auto-generated")],
        text="""Gwendal, voici les nouvelles de votre réseau

Sophie Kieffer a commencé un nouveau poste : Head of HR chez Moulins de l'Alzette.
Félicitez-la : https://www.reseaupro.example.com/feed/update/55102

3 personnes ont consulté votre profil cette semaine, dont un recruteur du secteur
agroalimentaire.

Offres recommandées : Planificateur de production (Liège), Assistant supply chain
(Wavre).

Gérer vos notifications : https://www.reseaupro.example.com/notifs""",
        html=plain_html(
            "<h3>Gwendal, voici les nouvelles de votre réseau</h3>\n"
            "<p><b>Sophie Kieffer</b> a commencé un nouveau poste : Head of HR chez Moulins "
            "de l'Alzette.<br><a href=\"https://www.reseaupro.example.com/feed/update/55102\">"
            "Félicitez-la</a></p>\n<p>3 personnes ont consulté votre profil cette semaine, "
            "dont un recruteur du secteur agroalimentaire.</p>\n<p>Offres recommandées : "
            "Planificateur de production (Liège), Assistant supply chain (Wavre).</p>\n"
            "<p><a href=\"https://www.reseaupro.example.com/notifs\">Gérer vos "
            "notifications</a></p>"),
    ),
    dict(
        kind="other", name="friend_forwards_job_ad", lang="fr", company="",
        contact="lea.gobert@example.be",
        frm=("Léa Gobert", "lea.gobert@example.be"),
        subj="TR: Offre d'emploi – Planificateur (Ciney)",
        date="2026-10-21 12:48 +0200",
        text="""Coucou Gwendal,

Mon beau-frère bosse là-bas, ils cherchent quelqu'un pour la planif. Ça pourrait être pour
toi ! Il dit que les entretiens commencent en novembre, ne traîne pas.

Bises,
Léa

""" + outlook("fr", "RH Ardenne Charcuterie <rh@ardenne-charcuterie.example.be>",
              "mercredi 21 octobre 2026 10:02", "Tout le personnel",
              "Offre d'emploi – Planificateur (Ciney)", """Chers collègues,

Nous recrutons un planificateur de production (H/F) pour notre site de Ciney. N'hésitez pas
à diffuser l'offre autour de vous : une prime de parrainage de 500 EUR est prévue si le
candidat que vous recommandez est engagé.

Le service RH""", rule=True),
    ),
    # ================================================================ en (15)
    dict(
        kind="other", name="own_sorry_reschedule_scheldt", lang="en", company="", contact="",
        frm=CAND, to=[("Pieter De Smet", "pieter.desmet@scheldtvalley.example.be")],
        subj="Re: Missed you for our phone screen",
        date="2026-05-19 12:15 +0200", key="scheldt-sorry", parent="scheldt-missed",
        text=reply("""Hi Pieter,

I'm really sorry. My phone died during the night shift handover and I only saw your
messages now. Would it be possible to reschedule the call? I'm free tomorrow afternoon or
any time on Thursday.

Apologies again,
""" + CAND_SIG_EN, "On Tue, 19 May 2026 at 10:31, Pieter De Smet "
            "<pieter.desmet@scheldtvalley.example.be> wrote:", """Hi Gwendal,

I tried calling you twice at 10:00 and again at 10:10 for the phone screen you booked, but
it went straight to voicemail both times.

Pieter"""),
    ),
    dict(
        kind="other", name="own_application_hartwell", lang="en", company="", contact="",
        frm=CAND, to=[("Hartwell Provisions Careers", "careers@hartwell-provisions.example.lu")],
        subj="Application – Production Planner (Contern)",
        date="2026-09-21 20:05 +0200", key="hartwell-app",
        text="""Dear Hiring Team,

Please find attached my CV for the Production Planner position at your Contern kitchen.

After eleven years as a cook, the last six running a 900-meal-a-day production kitchen, I
have been planning menus, staffing and purchasing every week. I'm now looking to do this
full-time in a food-production environment, and Hartwell's mix of fresh and frozen lines
is exactly where I'd like to grow.

I'd welcome the chance to discuss my application in an interview.

Kind regards,
""" + CAND_SIG_EN,
        pdf=dict(filename="CV_Gwendal_Moreau-Achebe_EN.pdf", lines=_cv_lines),
    ),
    dict(
        kind="other", name="network_weekly_searches", lang="en", company="", contact="",
        frm=("ProNet", "notifications-noreply@pronet.example.com"),
        subj="You appeared in 14 searches this week",
        date="2026-06-15 08:02 +0000",
        hdrs=[("List-Unsubscribe", "<https://www.pronet.example.com/e/unsub?m=wk>"),
              ("Auto-Submitted", "auto-generated")],
        text="""Hi Gwendal,

You appeared in 14 searches this week.

Who's looking: recruiters from food manufacturing, staffing agencies and a head-hunting
firm in Luxembourg. One recruiter at Northgate Foods viewed your profile.

Tip: members who list "production planning" as a skill get 3x more interview requests.

See all searches: https://www.pronet.example.com/me/search-appearances

Unsubscribe: https://www.pronet.example.com/e/unsub?m=wk""",
    ),
    dict(
        kind="other", name="flandersfood_alert_ghent", lang="en", company="", contact="",
        frm=("Flanders Food Jobs", "alerts@flandersfood.example.com"),
        subj="3 new jobs for \"production planner\" in Ghent",
        date="2026-06-08 06:30 +0200",
        hdrs=[("List-Id", "Job alerts <alerts.flandersfood.example.com>"),
              ("List-Unsubscribe", "<https://jobs.flandersfood.example.com/alerts/off/9931>"),
              ("Precedence", "bulk")],
        text="Hi Gwendal, here are this week's matches:\n\n" + items_to_text(_ghent_items)
        + "\n\nManage alerts: https://jobs.flandersfood.example.com/alerts",
        html=newsletter_html("Flanders Food Jobs", "#1d4ed8",
                             "<p>Hi Gwendal, here are this week's matches:</p>", _ghent_items,
                             '<a href="https://jobs.flandersfood.example.com/alerts">Manage '
                             "alerts</a>", lang="en"),
    ),
    dict(
        kind="other", name="shortlist_rejection_advice", lang="en", company="", contact="",
        frm=("The Shortlist", "hello@theshortlist.example.com"),
        subj="How to talk about a rejection in your next interview",
        date="2026-03-19 07:15 +0000",
        hdrs=[("List-Id", "The Shortlist <weekly.theshortlist.example.com>"),
              ("List-Unsubscribe", "<https://theshortlist.example.com/unsub?e=gwendal.ma%40"
                                   "example.be>"),
              ("Precedence", "bulk")],
        text=_advice_en_text,
        html=plain_html(text_to_html(_advice_en_text), lang="en"),
    ),
    dict(
        kind="other", name="trade_weekly_positions_cut", lang="en", company="", contact="",
        frm=("Food Manufacture Europe", "newsletter@foodmanufacture-europe.example.com"),
        subj="This week: biscuit line expansion, 120 positions cut, planners on the line",
        date="2026-07-24 06:00 +0100",
        hdrs=[("List-Id", "FME Weekly <weekly.foodmanufacture-europe.example.com>"),
              ("List-Unsubscribe",
               "<https://www.foodmanufacture-europe.example.com/newsletter/unsubscribe>"),
              ("Precedence", "bulk")],
        html=newsletter_html("Food Manufacture Europe", "#b45309",
                             "<p>Your weekly briefing from the European food industry.</p>",
                             _trade_items,
                             '<a href="https://www.foodmanufacture-europe.example.com/'
                             'newsletter/unsubscribe">Unsubscribe</a>', lang="en"),
        html_cte="quoted-printable",
    ),
    dict(
        kind="other", name="podcast_guest_invitation", lang="en", company="",
        contact="maya@shiftworkstories.example.com",
        frm=("Maya Brennan", "maya@shiftworkstories.example.com"),
        subj="Podcast interview? Shift Work Stories",
        date="2026-08-03 17:22 +0100",
        text="""Hi Gwendal,

I host Shift Work Stories, a small podcast about people who work nights, weekends and
early mornings. A listener mentioned your post about moving from the kitchen pass to
production planning, and I'd love to have you on as a guest.

It's a relaxed 40-minute conversation recorded remotely; no preparation needed. We're
recording in September. Interested?

Maya Brennan
Host, Shift Work Stories
shiftworkstories.example.com""",
    ),
    dict(
        kind="other", name="ux_research_job_platform", lang="en", company="",
        contact="research@pronet.example.com",
        frm=("ProNet Research", "research@pronet.example.com"),
        subj="Share your job-search experience – 30-minute interview, €30 voucher",
        date="2026-05-27 13:40 +0000",
        text="""Hi Gwendal,

We're the ProNet user research team. We're talking to people who are changing careers to
understand how they search and apply for jobs, and we'd like to interview you for
30 minutes over video.

As a thank-you you'll receive a €30 gift voucher. Pick a time that suits you:
https://calendly.example.com/pronet-research/career-changers

This is research only: it has no effect on your profile or on any application.

Thanks,
Priya, ProNet User Research
(Reply to this email if you have questions.)""",
    ),
    dict(
        kind="other", name="bike_tracker_position", lang="en", company="", contact="",
        frm=("TrackMyRide", "alerts@trackmyride.example.com"),
        subj="Position update: your bike left the safe zone",
        date="2026-07-11 02:14 +0200",
        hdrs=[("Auto-Submitted", "auto-generated")],
        text="""Your tracker "Vélo cargo" reported a new position at 02:13.

Last known position: Rue de Fer, 5000 Namur (50.4669, 4.8675)
Status: outside safe zone "Home" for 4 minutes

If this wasn't you, open the app to follow the live location or alert the police.

TrackMyRide – you're receiving this alert because movement alerts are switched on.""",
    ),
    dict(
        kind="other", name="cold_approach_hollis_kerr", lang="en", company="",
        contact="fiona.marsh@holliskerr.example.co.uk",
        frm=("Fiona Marsh", "fiona.marsh@holliskerr.example.co.uk"),
        subj="Production planning – a quick hello",
        date="2026-07-06 10:02 +0100", key="hk-cold",
        text="""Dear Gwendal,

I lead the food and consumer practice at Hollis Kerr Search and came across your profile
while mapping planning talent in Wallonia and Luxembourg. Your move from large-scale
catering towards production planning is the kind of background several of our clients
value.

Nothing specific to put in front of you today, but I'd like to get to know you so I can
think of you when the right mandate comes up. Feel free to reply with a CV whenever it
suits you.

Kind regards,
Fiona Marsh
Principal Consultant, Food & Consumer | Hollis Kerr Search
+44 121 555 0193""",
    ),
    dict(
        kind="other", name="bank_statement_position", lang="en", company="", contact="",
        frm=("Northwind Bank", "statements@northwind-bank.example.com"),
        subj="Your account position at 30 June 2026 is ready",
        date="2026-07-01 05:30 +0200",
        hdrs=[("Auto-Submitted", "auto-generated")],
        html=ats_card(
            "Northwind Bank", "#0f172a",
            "<p>Dear customer,</p>\n<p>Your quarterly statement showing your account "
            "position at 30 June 2026 is now available in the app.</p>\n<p>Remember: we will "
            "never ask you for your PIN by e-mail or phone, not even to arrange a "
            "meeting with an adviser.</p>",
            "Northwind Bank – automated notification."),
    ),
    dict(
        kind="other", name="ooo_hollis_kerr", lang="en", company="",
        contact="fiona.marsh@holliskerr.example.co.uk",
        frm=("Fiona Marsh", "fiona.marsh@holliskerr.example.co.uk"),
        subj="Automatic reply: RE: Interview with Kernel Food Group – new time",
        date="2026-07-27 08:00 +0100", key="hk-ooo", parent="hk-moved",
        hdrs=[("Auto-Submitted", "auto-replied"),
              ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I'm on annual leave until Monday 10 August with no
access to email.

For anything urgent relating to a live search, including interview arrangements, please
contact my colleague James Whitby (james.whitby@holliskerr.example.co.uk).

Fiona""",
    ),
    dict(
        kind="other", name="green_belt_bursary_refused", lang="en", company="",
        contact="bursaries@foodskills.example.org",
        frm=("Foodskills Academy", "bursaries@foodskills.example.org"),
        subj="Your Lean Six Sigma Green Belt bursary application",
        date="2026-04-14 15:10 +0100",
        text="""Dear Gwendal,

Thank you for applying for a bursary place on our Lean Six Sigma Green Belt (Food
Manufacturing) course starting in May.

We received over 200 applications for 25 funded places. Unfortunately your application was
not successful this time. You are still welcome to enrol as a self-funded learner, and
bursaries for the October cohort open on 1 August.

Best wishes,
The Foodskills Academy team""",
    ),
    dict(
        kind="other", name="workreviews_interview_digest", lang="en", company="", contact="",
        frm=("WorkReviews", "digest@workreviews.example.com"),
        subj="Interview reviews for companies you follow",
        date="2026-05-30 09:00 +0000",
        hdrs=[("List-Unsubscribe", "<https://www.workreviews.example.com/prefs/unsub>"),
              ("Precedence", "bulk")],
        text="New interview reviews this week:\n\n" + items_to_text(_glass_items),
        html=newsletter_html("WorkReviews", "#16a34a",
                             "<p>New interview reviews this week:</p>", _glass_items,
                             '<a href="https://www.workreviews.example.com/prefs/unsub">'
                             "Unsubscribe</a>", lang="en"),
        cte="quoted-printable",
    ),
    dict(
        kind="other", name="webinar_interview_masterclass_ics", lang="en", company="",
        contact="",
        frm=("Food Careers Network", "events-noreply@foodcareers.example.org"),
        subj="You're registered: Interview masterclass – panel interviews in food manufacturing",
        date="2026-09-09 16:00 +0100",
        hdrs=[("List-Id", "Food Careers events <events.foodcareers.example.org>"),
              ("List-Unsubscribe", "<https://foodcareers.example.org/events/unsubscribe>")],
        text="""Hi Gwendal,

You're registered for our free webinar "Interview masterclass: panel interviews in food
manufacturing" on Wednesday 16 September, 18:00–19:00 (UK time).

Join link: https://webinar.example.org/j/foodcareers-0916
The calendar invitation is attached so the session lands in your diary.

See you there,
Food Careers Network""",
        ics=dict(method="REQUEST", uid="fcn-webinar-20260916@foodcareers.example.org", seq=0,
                 start="2026-09-16 18:00 +0100", end="2026-09-16 19:00 +0100",
                 summary="Webinar: Interview masterclass – panel interviews",
                 location="https://webinar.example.org/j/foodcareers-0916",
                 organizer=("Food Careers Network", "events-noreply@foodcareers.example.org"),
                 prodid="-//Food Careers Network//Webinars//EN"),
    ),
    # ================================================================ de (5)
    dict(
        kind="other", name="own_danke_probearbeit", lang="de", company="", contact="",
        frm=CAND, to=[("Sabine Wirtz", "sabine.wirtz@frischmarkt-rhein.example.de")],
        subj="Vielen Dank für den Probearbeitstag",
        date="2026-08-27 19:04 +0200", key="frischmarkt-thanks", parent="frischmarkt-trial",
        text="""Sehr geehrte Frau Wirtz,

vielen Dank für den Probearbeitstag am Donnerstag. Es hat mir große Freude gemacht, die
Frischeküche kennenzulernen und bei der Planung der Wochenproduktion mitzudenken.

Mit freundlichen Grüßen
""" + CAND_SIG_DE,
    ),
    dict(
        kind="other", name="stellenrhein_newsletter_absage", lang="de", company="",
        contact="",
        frm=("StellenRhein Jobletter", "jobletter@stellenrhein.example.de"),
        subj="Neue Jobs für Sie: Produktionsplaner in Köln",
        date="2026-04-16 07:05 +0200",
        hdrs=[("List-Id", "Jobletter <jobletter.stellenrhein.example.de>"),
              ("List-Unsubscribe", "<https://www.stellenrhein.example.de/abmelden?id=33190>"),
              ("Precedence", "bulk")],
        text="Guten Morgen,\n\nhier sind neue Angebote zu Ihrem Suchauftrag:\n\n"
        + items_to_text(_stellen_items)
        + "\n\nSuchauftrag abbestellen: https://www.stellenrhein.example.de/abmelden?id=33190",
        html=newsletter_html("StellenRhein", "#be123c",
                             "<p>Guten Morgen,</p><p>hier sind neue Angebote zu Ihrem "
                             "Suchauftrag:</p>", _stellen_items,
                             '<a href="https://www.stellenrhein.example.de/abmelden?id=33190">'
                             "Suchauftrag abbestellen</a>", lang="de"),
        cte="quoted-printable", html_cte="base64",
    ),
    dict(
        kind="other", name="headhunter_cold_koeln", lang="de", company="",
        contact="n.albrecht@albrecht-executive.example.de",
        frm=("Nina Albrecht", "n.albrecht@albrecht-executive.example.de"),
        subj="Kurze Kontaktaufnahme – Produktionsplanung Lebensmittel",
        date="2026-05-25 11:30 +0200",
        text="""Guten Tag Herr Moreau-Achebe,

ich bin Personalberaterin mit Schwerpunkt Lebensmittelindustrie im Rheinland und bin auf
Ihr Profil aufmerksam geworden. Ihr Weg von der Großküche in die Produktionsplanung ist
für einige meiner Mandanten spannend.

Aktuell habe ich keine konkrete Position für Sie, würde Sie aber gern in mein Netzwerk
aufnehmen. Wenn Sie mögen, schicken Sie mir Ihren aktuellen Lebenslauf.

Beste Grüße
Nina Albrecht
Albrecht Executive Consulting, Köln
+49 221 555 6408""",
    ),
    dict(
        kind="other", name="wohnung_besichtigung_abgesagt", lang="de", company="",
        contact="h.schulte@example.de",
        frm=("Heinz Schulte", "h.schulte@example.de"),
        subj="Besichtigungstermin Samstag – abgesagt",
        date="2026-06-17 20:45 +0200",
        text="""Hallo Herr Moreau-Achebe,

leider muss ich den Besichtigungstermin für die Wohnung in der Subbelrather Straße am
Samstag absagen: Die Wohnung ist bereits an eine Familie vergeben, die schon länger auf der
Warteliste stand.

Ich habe Ihre Nummer notiert und melde mich, falls im Haus etwas frei wird.

Freundliche Grüße
Heinz Schulte""",
    ),
    dict(
        kind="other", name="abwesenheit_bruegelmann_hr", lang="de", company="",
        contact="k.hoffmann@feinkost-bruegelmann.example.de",
        frm=("Katrin Hoffmann", "k.hoffmann@feinkost-bruegelmann.example.de"),
        subj="Abwesenheitsnotiz: Neuer Termin für das Vorstellungsgespräch?",
        date="2026-06-26 09:14 +0200", key="bruegelmann-ooo", parent="gma-bruegelmann-followup",
        hdrs=[("Auto-Submitted", "auto-replied")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. Juli nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an personal@feinkost-bruegelmann.example.de.

Mit freundlichen Grüßen
Katrin Hoffmann""",
    ),
    # ================================================================ es (6)
    dict(
        kind="other", name="own_pide_cambio_entrevista", lang="es", company="", contact="",
        frm=CAND, to=[("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es")],
        subj="Re: Entrevista – Planificador/a de producción",
        date="2026-03-25 20:10 +0100", key="itsasoa-ask", parent="itsasoa-invite",
        text="""Hola Nerea:

Muchas gracias por la convocatoria. El miércoles 8 tengo turno en el restaurante y me
resulta imposible viajar. ¿Sería posible cambiar la entrevista al jueves 9 o al viernes
10? Me adapto a la hora que os venga mejor.

Un saludo,
""" + CAND_SIG_ES,
    ),
    dict(
        kind="other", name="alerta_empleo_bizkaia", lang="es", company="", contact="",
        frm=("BizkaiaLan Empleo", "alertas@bizkaialan.example.es"),
        subj="Nuevas ofertas: planificador de producción en Bilbao",
        date="2026-02-24 08:00 +0100",
        hdrs=[("List-Id", "Alertas BizkaiaLan <alertas.bizkaialan.example.es>"),
              ("List-Unsubscribe", "<https://empleo.bizkaialan.example.es/baja?a=4410>"),
              ("Precedence", "bulk")],
        text="Hola Gwendal:\n\nEstas son las nuevas ofertas para tu alerta:\n\n"
        + items_to_text(_alerta_items)
        + "\n\nDarse de baja: https://empleo.bizkaialan.example.es/baja?a=4410",
        html=newsletter_html("BizkaiaLan Empleo", "#0369a1",
                             "<p>Hola Gwendal:</p><p>Estas son las nuevas ofertas para tu "
                             "alerta:</p>", _alerta_items,
                             '<a href="https://empleo.bizkaialan.example.es/baja?a=4410">Darse '
                             "de baja</a>", lang="es"),
    ),
    dict(
        kind="other", name="amiga_ane_rechazo", lang="es", company="",
        contact="ane.larrea@example.es",
        frm=("Ane Larrea", "ane.larrea@example.es"),
        subj="pues nada...",
        date="2026-06-20 23:05 +0200",
        text="""Hola Gwendal:

Te cuento: me han dicho que no en la bodega de Gernika. Después de la segunda entrevista
me escribieron que "han optado por otro perfil". Qué rabia, de verdad.

Por cierto, le he pasado tu CV a Iker, el de la cooperativa de Zamudio, que buscan a
alguien para organizar la producción. ¡Ya me contarás!

Besos,
Ane""",
    ),
    dict(
        kind="other", name="inmobiliaria_visita_cancelada", lang="es", company="",
        contact="jon.arana@inmobiliaria-abando.example.es",
        frm=("Jon Arana", "jon.arana@inmobiliaria-abando.example.es"),
        subj="Visita piso calle Licenciado Poza – cancelada",
        date="2026-04-30 18:20 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Gwendal:

Siento comunicarte que tenemos que cancelar la visita del sábado al piso de la calle
Licenciado Poza: el propietario ha aceptado una reserva esta tarde.

Si quieres, te propongo ver otros dos pisos en Deusto el martes. Dime y te doy hora.

Un saludo,
Jon Arana
Inmobiliaria Abando - Tel. 944 55 12 66""",
    ),
    dict(
        kind="other", name="respuesta_automatica_itsasoa", lang="es", company="",
        contact="nerea.arrieta@itsasoa.example.es",
        frm=("Nerea Arrieta", "nerea.arrieta@itsasoa.example.es"),
        subj="Respuesta automática: Gracias por la entrevista",
        date="2026-04-13 08:00 +0200", key="itsasoa-ooo", parent="gma-itsasoa-thanks",
        hdrs=[("Auto-Submitted", "auto-replied")],
        text="""Hola:

Estoy fuera de la oficina hasta el martes 14 de abril. Responderé a tu mensaje a mi vuelta.
Para temas urgentes de selección puedes escribir a personas@itsasoa.example.es.

Nerea Arrieta""",
    ),
    dict(
        kind="other", name="master_admision_denegada", lang="es", company="",
        contact="admisiones@escuela-abra.example.es",
        frm=("Escuela de Negocios Abra – Admisiones", "admisiones@escuela-abra.example.es"),
        subj="Resolución de admisión: Máster en Dirección de Operaciones Alimentarias",
        subj_enc=("iso-8859-1", "B"),
        date="2026-07-03 12:00 +0200",
        text="""Estimado Gwendal:

El comité de admisiones ha revisado tu solicitud para el Máster en Dirección de
Operaciones Alimentarias (edición 2026-2027).

Lamentamos comunicarte que no ha sido posible admitirte en esta convocatoria: el programa
exige una titulación universitaria previa o tres años de experiencia en un puesto de gestión
industrial. Te animamos a valorar nuestro curso de especialización en planificación, que no
tiene este requisito.

Atentamente,
Oficina de Admisiones
Escuela de Negocios Abra · Bilbao""",
    ),
]

_ = (outlook_html, quote, forward)
