"""Corpus 171: everything that is none of the job events (kind `other`).

Digests, advice articles, the candidate's own sent mail, auto-replies, notifications, and
bank/landlord/doctor/school mail that uses interview, appointment or position in another sense.
Each dict is one hand-written message; make_hundredseventyfirst.py turns it into MIME.
"""

from __future__ import annotations

from msgs171_acks import MASSILIA_APPLICATION, TM_COLD
from msgs171_common import (
    ME,
    digest_text,
    forward,
    newsletter,
    outlook_word,
    reply,
    simple_html,
)
from msgs171_invites import CL_APOLOGY, CL_MISSED, GENEVE_INVITE, MED_INVITE, MED_RESCHEDULE_ASK
from msgs171_rejections import AZ_THANKS, GENEVE_FOLLOW_UP, GOZO_THANKS, SOLEIL_SPONTANEOUS

CV_LINES = [
    "AMINATA LECLERC-DUBOIS",
    "Nice - 06 71 42 88 19 - aminata.ld@example.fr",
    "",
    "Hôtesse événementielle -> marketing du tourisme",
    "",
    "2021-2026  Hôtesse d'accueil événementielle (congrès, salons, festivals), Nice/Cannes",
    "2020       Agent d'accueil saisonnier, office de tourisme, Villefranche-sur-Mer",
    "2026       Formation marketing digital (Google Ads, Meta, Canva)",
    "",
    "Langues : français, anglais (C1), espagnol (B2), allemand (B1)",
]


def list_headers(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ---------------------------------------------------------------- digest contents (fr)

JOBRIVIERA_INTRO = """Bonjour Aminata,

Voici les nouvelles offres correspondant à votre alerte « marketing tourisme – Alpes-Maritimes » et nos conseils de la semaine."""

JOBRIVIERA_ITEMS = [
    ("Chargé(e) de marketing touristique – Cannes (CDI)",
     "https://www.jobriviera.example.fr/offre/88412",
     "Groupe hôtelier, 4 établissements. Entretiens dès la semaine prochaine."),
    ("Assistant(e) communication – office de tourisme de Menton (CDD 8 mois)",
     "https://www.jobriviera.example.fr/offre/88397",
     "Réseaux sociaux, accueil presse, salons. Candidature avant le 20 février."),
    ("Hôte / hôtesse d'accueil bilingue – MIPIM 2026",
     "https://www.jobriviera.example.fr/offre/88350",
     "Mission de 5 jours au Palais des Festivals."),
    ("Conseil : 5 erreurs qui font rater un entretien d'embauche",
     "https://www.jobriviera.example.fr/conseils/erreurs-entretien",
     "Arriver sans connaître l'entreprise, parler salaire trop tôt..."),
    ("Candidature refusée sans explication ? Ce que disent les recruteurs",
     "https://www.jobriviera.example.fr/conseils/refus-sans-reponse",
     "Trois recruteurs niçois expliquent pourquoi ils ne répondent pas toujours."),
]

JOBRIVIERA_FOOTER = """Vous recevez cet e-mail car vous avez créé une alerte sur JobRiviera.
Modifier mes alertes : https://www.jobriviera.example.fr/alertes
Se désabonner : https://www.jobriviera.example.fr/desabonnement?u=ald2026"""

TJM_INTRO = """Bonjour Aminata,

Votre sélection hebdomadaire « Tourisme Jobs Méditerranée » : 4 nouvelles offres et une bonne nouvelle, votre candidature à « Chargée de promotion – Menton » a été consultée par le recruteur."""

TJM_ITEMS = [
    ("Chargée de promotion – office de tourisme de Menton",
     "https://www.tourisme-jobs-med.example.fr/o/5521",
     "Statut : candidature consultée le 3 septembre."),
    ("Responsable marketing – résidence de tourisme, Hyères",
     "https://www.tourisme-jobs-med.example.fr/o/5540",
     "CDI, poste à pourvoir en novembre."),
    ("Chef de projet séminaires – agence MICE, Marseille",
     "https://www.tourisme-jobs-med.example.fr/o/5547",
     "Processus : un entretien RH puis une étude de cas."),
    ("Community manager – croisiériste, Marseille",
     "https://www.tourisme-jobs-med.example.fr/o/5553",
     "Anglais courant indispensable."),
]

TJM_FOOTER = """Tourisme Jobs Méditerranée – 8 quai du Port, 13002 Marseille
Gérer mes alertes ou me désabonner : https://www.tourisme-jobs-med.example.fr/compte/alertes"""

# ---------------------------------------------------------------- digest contents (en)

TRAVELJOBS_INTRO = """Hi Aminata,

Here is this week's round-up of travel and tourism marketing jobs, plus two reads from our careers desk."""

TRAVELJOBS_ITEMS = [
    ("Destination Marketing Executive – Monaco",
     "https://traveljobsweekly.example.com/jobs/31177",
     "Luxury resort group. Interviews from mid-March."),
    ("Guest Experience Marketing Coordinator – St Julian's, Malta",
     "https://traveljobsweekly.example.com/jobs/31190",
     "English required, French a strong plus."),
    ("Partnerships Assistant – tourism board, Barcelona",
     "https://traveljobsweekly.example.com/jobs/31203",
     "Spanish and English, 12-month contract."),
    ("Rejected after a great interview? Here's what to do next",
     "https://traveljobsweekly.example.com/blog/rejected-after-interview",
     "How to ask for feedback without burning bridges."),
    ("The 10 questions every hotel marketing interview includes",
     "https://traveljobsweekly.example.com/blog/hotel-marketing-interview-questions",
     "From 'tell me about a campaign' to 'what's our ADR?'."),
]

TRAVELJOBS_FOOTER = """You're receiving this because you subscribed to TravelJobs Weekly.
Unsubscribe: https://traveljobsweekly.example.com/unsubscribe?id=ald-7731
TravelJobs Weekly, 22 Fitzwilliam Place, Dublin 2, Ireland"""

HCD_INTRO = """Hospitality Careers Digest – July edition

This month: what "we'll keep your CV on file" really means, how to turn a rejection into a referral, and the interview formats hotel groups are using in 2026."""

HCD_ITEMS = [
    ("\"We'll keep your CV on file\": a rejection, or not?",
     "https://hcdigest.example.com/articles/cv-on-file",
     "We asked twelve recruiters what happens to the CVs they keep."),
    ("From no to referral: the follow-up email that works",
     "https://hcdigest.example.com/articles/no-to-referral",
     "A short template, and when not to send it."),
    ("Panel, case study or trial shift? Interview formats in 2026",
     "https://hcdigest.example.com/articles/interview-formats-2026",
     "Trial days are back, and they should be paid."),
    ("Open roles from our partners",
     "https://hcdigest.example.com/jobs",
     "148 hospitality and tourism jobs across Europe."),
]

HCD_FOOTER = """Hospitality Careers Digest is sent monthly to subscribers.
Manage preferences or unsubscribe: https://hcdigest.example.com/preferences"""

# ---------------------------------------------------------------- digest contents (de, es)

JOBAGENT_INTRO = """Hallo Aminata,

Ihr Jobagent „Marketing Tourismus München“ hat 15 neue Stellen gefunden. Die fünf passendsten:"""

JOBAGENT_ITEMS = [
    ("Marketing Manager (m/w/d) Incentive-Reisen – München",
     "https://www.jobportal-bayern.example.de/job/771204",
     "Vollzeit, Vorstellungsgespräche laufend."),
    ("Werkstudent/in Social Media – Hotelgruppe, München",
     "https://www.jobportal-bayern.example.de/job/771188",
     "20 Std./Woche, Französischkenntnisse erwünscht."),
    ("Junior Produktmanager/in Frankreich – Reiseveranstalter, Unterhaching",
     "https://www.jobportal-bayern.example.de/job/771160",
     "Sehr gute Französischkenntnisse erforderlich."),
    ("Ratgeber: So überzeugen Sie im Vorstellungsgespräch",
     "https://www.jobportal-bayern.example.de/ratgeber/vorstellungsgespraech",
     "Die häufigsten Fragen – und gute Antworten."),
    ("Ratgeber: Absage erhalten? Fünf Tipps für den nächsten Anlauf",
     "https://www.jobportal-bayern.example.de/ratgeber/absage",
     "Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat."),
]

JOBAGENT_FOOTER = """Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
Jobagent bearbeiten oder abbestellen: https://www.jobportal-bayern.example.de/jobagent"""

EMPLEO_INTRO = """Hola Aminata:

Tienes 6 nuevas ofertas para tu alerta «marketing turístico Barcelona» y un par de consejos para tus próximas entrevistas."""

EMPLEO_ITEMS = [
    ("Coordinador/a de marketing – hotel 4*, Barceloneta",
     "https://www.empleoturismo.example.es/oferta/20931",
     "Francés valorable. Incorporación en septiembre."),
    ("Técnico/a de promoción – consorcio turístico, Sitges",
     "https://www.empleoturismo.example.es/oferta/20940",
     "Contrato de 12 meses."),
    ("Event & Marketing Assistant – agencia MICE, Barcelona",
     "https://www.empleoturismo.example.es/oferta/20955",
     "Inglés alto."),
    ("Consejo: cómo preparar una entrevista por videollamada",
     "https://www.empleoturismo.example.es/blog/entrevista-videollamada",
     "Luz, sonido y tres preguntas que te harán seguro."),
    ("¿Te han rechazado? Cómo pedir feedback",
     "https://www.empleoturismo.example.es/blog/pedir-feedback",
     "Un correo corto puede abrirte la siguiente puerta."),
]

EMPLEO_FOOTER = """Recibes este correo porque creaste una alerta en EmpleoTurismo.
Darte de baja: https://www.empleoturismo.example.es/baja?u=ald"""


MESSAGES = [
    # ================================================================ French
    dict(
        kind="other", slug="azureens_thank_you_sent", lang="fr", contact="",
        parent="azureens_moved_slot",
        **{"from": ME},
        to=[("Camille Ferrand", "camille.ferrand@azureens.example.fr")],
        subject="Merci pour notre échange",
        date="2026-02-19 18:40 +0100",
        text=AZ_THANKS,
    ),
    dict(
        kind="other", slug="cote_lumiere_apology_sent", lang="fr", contact="",
        parent="cote_lumiere_waited_teams",
        **{"from": ME},
        to=[("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr")],
        subject="RE: Entretien manqué ce matin",
        date="2026-04-20 12:04 +0200",
        text=reply(CL_APOLOGY, "fr", "lun. 20 avr. 2026 à 10:38",
                   "Isabelle Marchetti <isabelle.marchetti@cotelumiere.example.fr>", CL_MISSED),
    ),
    dict(
        kind="other", slug="soleil_marin_spontaneous_sent", lang="fr", contact="",
        **{"from": ME},
        to=[(None, "contact@soleilmarin.example.fr")],
        subject="Candidature spontanée – marketing / communication",
        date="2026-01-22 10:05 +0100",
        text=SOLEIL_SPONTANEOUS,
        html=simple_html(SOLEIL_SPONTANEOUS, "fr"),
        attach=[{"name": "CV_Aminata_Leclerc-Dubois.pdf", "lines": CV_LINES}],
    ),
    dict(
        kind="other", slug="jobriviera_alert_digest", lang="fr", contact="",
        **{"from": ("JobRiviera Alertes", "alertes@jobriviera.example.fr")},
        subject="5 nouvelles offres pour « marketing tourisme – Alpes-Maritimes »",
        subject_enc=("utf-8", "B"),
        date="2026-02-08 07:00 +0100",
        headers=list_headers("<alertes.jobriviera.example.fr>",
                             "https://www.jobriviera.example.fr/desabonnement?u=ald2026"),
        text=digest_text(JOBRIVIERA_INTRO, JOBRIVIERA_ITEMS, JOBRIVIERA_FOOTER),
        html=newsletter("JobRiviera", "#e65100", JOBRIVIERA_INTRO, JOBRIVIERA_ITEMS,
                        JOBRIVIERA_FOOTER, "fr"),
    ),
    dict(
        kind="other", slug="mag_carrieres_rebondir_refus", lang="fr", contact="",
        **{"from": ("Le Mag Carrières Tourisme", "newsletter@magcarrieres-tourisme.example.fr")},
        subject="Rebondir après un refus : la méthode en 4 étapes",
        date="2026-04-02 08:30 +0200",
        headers=list_headers("Le Mag Carrieres Tourisme <mag.magcarrieres-tourisme.example.fr>",
                             "mailto:desinscription@magcarrieres-tourisme.example.fr"),
        text="""LE MAG CARRIÈRES TOURISME – n° 58

Rebondir après un refus : la méthode en 4 étapes

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu ce message ? Dans le tourisme, où les recrutements se concentrent sur quelques semaines avant la saison, un refus arrive souvent sans explication.

1. Laissez passer 24 heures avant de répondre.
2. Remerciez et demandez un retour précis : qu'est-ce qui a fait la différence ?
3. Notez ce que l'entretien vous a appris sur vos points forts.
4. Relancez six mois plus tard : les postes se libèrent souvent en cours de saison.

Témoignage : Sonia, aujourd'hui responsable marketing d'un camping 5 étoiles, a essuyé onze refus avant de décrocher son premier poste. « Le douzième entretien, je le connaissais par cœur. »

À lire aussi :
- Le poste « pourvu en interne » : mythe ou réalité ? https://www.magcarrieres-tourisme.example.fr/pourvu-en-interne
- Agenda : Salon des métiers du tourisme, Marseille, 18 avril https://www.magcarrieres-tourisme.example.fr/agenda

Se désinscrire : mailto:desinscription@magcarrieres-tourisme.example.fr
""",
    ),
    dict(
        kind="other", slug="blog_tourisme_pro_entretien", lang="fr", contact="",
        **{"from": ("Blog Tourisme Pro", "hello@tourismepro-blog.example.fr")},
        subject="Entretien d'embauche en hôtellerie : les 7 questions qu'on vous posera",
        date="2026-06-03 12:00 +0200",
        headers=list_headers("<blog.tourismepro-blog.example.fr>",
                             "https://tourismepro-blog.example.fr/unsubscribe/ald"),
        html=newsletter(
            "Blog Tourisme Pro", "#1565c0",
            """Bonjour Aminata,

Cette semaine, on décortique l'entretien d'embauche dans l'hôtellerie : les sept questions qui reviennent le plus, ce que le recruteur veut vraiment entendre, et comment parler de vos expériences saisonnières sans vous excuser.""",
            [("1. « Parlez-moi d'un client difficile »",
              "https://tourismepro-blog.example.fr/entretien-client-difficile",
              "La méthode STAR appliquée à l'accueil."),
             ("2. « Pourquoi quitter l'événementiel ? »",
              "https://tourismepro-blog.example.fr/entretien-reconversion",
              "Transformer une reconversion en argument."),
             ("3. « Quel est votre salaire souhaité ? »",
              "https://tourismepro-blog.example.fr/entretien-salaire",
              "Les grilles 2026 du marketing hôtelier en PACA."),
             ("Et si on vous propose une journée d'essai ?",
              "https://tourismepro-blog.example.fr/journee-essai",
              "Vos droits : elle doit être courte, encadrée et, le plus souvent, rémunérée.")],
            """Vous recevez cette lettre car vous êtes abonnée au Blog Tourisme Pro.
Se désabonner : https://tourismepro-blog.example.fr/unsubscribe/ald""", "fr"),
    ),
    dict(
        kind="other", slug="podcast_coulisses_demande", lang="fr",
        contact="bastien@coulisses-podcast.example.fr",
        **{"from": ("Bastien Roux (podcast)", "bastien@coulisses-podcast.example.fr")},
        subject="Invitation dans le podcast Les Coulisses de l'Événementiel",
        date="2026-07-02 10:26 +0200",
        text="""Bonjour Aminata,

Je produis le podcast « Les Coulisses de l'Événementiel », qui donne la parole à celles et ceux qu'on ne voit jamais à l'écran : techniciens, traiteurs, hôtesses, régisseurs.

Une amie commune, Manon de Massilia Événements, m'a dit que vous aviez travaillé sur cinq éditions du Festival de Cannes. J'aimerais beaucoup vous interviewer pour un épisode consacré au métier d'hôtesse : une heure d'entretien enregistré, à Nice ou à distance, courant juillet.

L'émission est bénévole mais l'épisode est diffusé sur toutes les plateformes, avec un lien vers votre profil LinkedIn si vous le souhaitez.

Seriez-vous partante ?

Bastien Roux
Les Coulisses de l'Événementiel – podcast
06 45 12 80 33
""",
    ),
    dict(
        kind="other", slug="sortirazur_entretien_utilisateur", lang="fr",
        contact="chloe.research@sortirazur.example.fr",
        **{"from": ("Chloé de SortirAzur", "chloe.research@sortirazur.example.fr")},
        subject="30 minutes pour nous aider ? Entretien utilisateur rémunéré",
        date="2026-05-12 14:15 +0200",
        text="""Bonjour Aminata,

Vous utilisez l'application SortirAzur pour trouver des sorties et des événements sur la Côte d'Azur. Nous préparons une nouvelle version et cherchons des utilisateurs pour des entretiens de 30 minutes en visio.

Il n'y a pas de bonne ou de mauvaise réponse : nous voulons simplement comprendre comment vous choisissez vos sorties. En remerciement, nous offrons un bon d'achat de 20 €.

Pour choisir un créneau : https://sortirazur.example.fr/recherche-utilisateur

Merci d'avance !
Chloé, UX researcher chez SortirAzur
""",
        html=simple_html("""Bonjour Aminata,

Vous utilisez l'application SortirAzur pour trouver des sorties et des événements sur la Côte d'Azur. Nous préparons une nouvelle version et cherchons des utilisateurs pour des entretiens de 30 minutes en visio.

Il n'y a pas de bonne ou de mauvaise réponse : nous voulons simplement comprendre comment vous choisissez vos sorties. En remerciement, nous offrons un bon d'achat de 20 €.

Pour choisir un créneau : https://sortirazur.example.fr/recherche-utilisateur

Merci d'avance !
Chloé, UX researcher chez SortirAzur""", "fr"),
    ),
    dict(
        kind="other", slug="colis_retarde_position", lang="fr", contact="",
        **{"from": ("Colis Express Azur", "ne-pas-repondre@colisazur.example.fr")},
        subject="Votre colis est retardé",
        date="2026-02-25 16:02 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        html=simple_html("""Bonjour,

Malheureusement, votre colis n° CEA 4471 9920 FR est retardé en raison d'un incident sur notre réseau de transport.

Dernière position connue : plateforme de tri de Marseille-Vitrolles, 25/02 à 06h12.
Nouvelle date de livraison estimée : vendredi 27 février.

Aucune action n'est nécessaire de votre part. Suivre votre colis : https://suivi.colisazur.example.fr/CEA44719920FR

Nous vous prions de nous excuser pour ce désagrément.
Colis Express Azur""", "fr"),
    ),
    dict(
        kind="other", slug="amie_lea_son_refus", lang="fr", contact="lea.fontaine@example.fr",
        **{"from": ("Léa Fontaine", "lea.fontaine@example.fr")},
        subject="bon bah c'est mort pour Lyon",
        date="2026-03-07 22:41 +0100",
        cte="8bit",
        text="""Coucou ma belle,

Je viens de recevoir la réponse de l'agence de com' à Lyon : c'est non. Après TROIS entretiens et un cas pratique qui m'a pris tout un week-end. Le mail fait deux lignes, « nous avons retenu un profil plus senior », même pas un mot sur le cas pratique.

Bref, je suis dégoûtée mais je vais m'en remettre. Et toi, des nouvelles de ton hôtel à Nice ? Dis-moi que ça avance mieux de ton côté !

On se fait un apéro sur le port samedi ?

Bisous,
Léa
""",
    ),
    dict(
        kind="other", slug="banque_rendez_vous_position", lang="fr",
        contact="thomas.lefevre@banque-azurmed.example.fr",
        **{"from": ("Thomas Lefèvre", "thomas.lefevre@banque-azurmed.example.fr")},
        subject="Proposition de rendez-vous – point sur votre situation",
        date="2026-04-07 11:20 +0200",
        text="""Madame Leclerc-Dubois,

En tant que votre conseiller, je vous propose un rendez-vous en agence pour faire le point sur la position de votre compte courant et sur votre projet de mobilité professionnelle que vous m'aviez évoqué (prêt relais pour un éventuel déménagement).

Je suis disponible le mardi 14 avril à 17h30 ou le jeudi 16 avril à 12h15, à l'agence Jean-Médecin. Un entretien téléphonique est également possible si vous préférez.

Merci de me confirmer le créneau de votre choix.

Bien cordialement,

Thomas Lefèvre
Conseiller clientèle particuliers
Banque Azur Méditerranée – agence Nice Jean-Médecin
04 93 13 55 20

Les informations contenues dans ce message sont confidentielles. Banque Azur Méditerranée ne vous demandera jamais vos identifiants par e-mail.
""",
    ),
    dict(
        kind="other", slug="proprietaire_etat_des_lieux", lang="fr",
        contact="m.giacomelli@example.fr",
        **{"from": ("Marc Giacomelli", "m.giacomelli@example.fr")},
        subject="Rendez-vous état des lieux",
        date="2026-09-22 08:47 +0200",
        text="""Bonjour Mademoiselle Leclerc-Dubois,

Suite à votre préavis, je vous propose le rendez-vous pour l'état des lieux de sortie le samedi 31 octobre à 10h00 à l'appartement de la rue Bonaparte. Si cela ne vous convient pas, dites-moi quel autre créneau vous arrange cette semaine-là.

Pensez à faire relever les compteurs et à me laisser votre nouvelle adresse pour la restitution du dépôt de garantie.

Cordialement,
Marc Giacomelli
06 14 77 30 92
""",
    ),
    dict(
        kind="other", slug="universite_master_refus", lang="fr", contact="",
        **{"from": ("Université Côte Riviera – Candidatures Master",
                    "noreply-candidatures@univ-coteriviera.example.fr")},
        subject="Décision de la commission – Master 2 Marketing du tourisme",
        date="2026-06-12 17:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="qp",
        text="""Madame Leclerc-Dubois,

La commission pédagogique du Master 2 « Marketing du tourisme et de l'événementiel » s'est réunie le 10 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour l'année universitaire 2026-2027. Le nombre de places en formation continue étant limité à douze, la commission a dû faire des choix parmi de nombreux dossiers de qualité.

Vous pouvez déposer une nouvelle candidature lors de la prochaine campagne, qui ouvrira en mars 2027.

Le service des candidatures
Université Côte Riviera, UFR Économie et Tourisme

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    ),
    dict(
        kind="other", slug="medecin_rendez_vous_deplace", lang="fr", contact="",
        **{"from": ("RdvSanté", "notifications@rdvsante.example.fr")},
        subject="Votre rendez-vous avec Dr Nathalie Benoît a été déplacé",
        date="2026-04-09 09:31 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Aminata,

Votre rendez-vous avec Dr Nathalie Benoît (médecin généraliste) initialement prévu le mardi 14 avril à 18h00 a été déplacé par le cabinet.

Nouveau rendez-vous : jeudi 16 avril 2026 à 9h40
Adresse : 8 rue de la Buffa, 06000 Nice

Si ce nouvel horaire ne vous convient pas, vous pouvez l'annuler ou en choisir un autre depuis l'application, au plus tard 24 heures avant.

L'équipe RdvSanté
""",
    ),
    dict(
        kind="other", slug="ooo_camille_ferrand", lang="fr",
        contact="camille.ferrand@azureens.example.fr",
        parent="azureens_thank_you_sent",
        **{"from": ("Camille Ferrand", "camille.ferrand@azureens.example.fr")},
        subject="Réponse automatique : Merci pour notre échange",
        date="2026-02-19 18:41 +0100",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 23 février inclus, avec un accès limité à ma messagerie. Je traiterai votre message à mon retour.

Pour toute urgence concernant un recrutement en cours, vous pouvez contacter l'équipe RH au 04 93 21 47 00.

Cordialement,
Camille Ferrand
Hôtels Azuréens
""",
    ),
    dict(
        kind="other", slug="reseaupro_vues_profil", lang="fr", contact="",
        **{"from": ("ReseauPro", "notifications@reseaupro.example.com")},
        subject="Aminata, 3 recruteurs ont consulté votre profil",
        date="2026-05-20 06:45 +0000",
        headers=list_headers("<notifications.reseaupro.example.com>",
                             "https://www.reseaupro.example.com/parametres/emails"),
        html=newsletter(
            "ReseauPro", "#0a66c2",
            """Bonjour Aminata,

Votre profil attire l'attention ! Voici l'activité de votre réseau cette semaine.""",
            [("3 recruteurs ont consulté votre profil",
              "https://www.reseaupro.example.com/me/vues",
              "Dont une personne chez un groupe hôtelier à Monaco."),
             ("Félicitez Léa Fontaine pour son nouveau poste",
              "https://www.reseaupro.example.com/feed/lea-fontaine",
              "Léa commence comme chargée de communication à Marseille."),
             ("Offre recommandée : Brand & Content Manager – Nice",
              "https://www.reseaupro.example.com/jobs/66120",
              "Postulez en un clic avec votre profil.")],
            """Vous recevez ces notifications car elles sont activées dans vos paramètres.
Gérer les e-mails : https://www.reseaupro.example.com/parametres/emails""", "fr"),
    ),
    dict(
        kind="other", slug="chasseur_approche_sans_poste", lang="fr",
        contact="o.benhamou@azurtalents.example.fr",
        **{"from": ("Olivier Benhamou", "o.benhamou@azurtalents.example.fr")},
        subject="Votre parcours dans l'événementiel",
        date="2026-06-24 09:12 +0200",
        text="""Bonjour Aminata,

Je suis consultant chez Azur Talents, cabinet spécialisé dans l'hôtellerie et le tourisme sur la Côte d'Azur. Je suis tombé sur votre profil en préparant un salon professionnel et votre double compétence accueil / marketing m'a intéressé.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais plusieurs de nos clients recrutent régulièrement des profils comme le vôtre. Si vous le souhaitez, vous pouvez m'envoyer votre CV à jour et vos souhaits (zone, type de contrat, rémunération) ; je vous recontacterai si une opportunité se présente.

Bonne journée,

Olivier Benhamou
Consultant – Azur Talents
9 avenue Thiers, 06000 Nice
""",
    ),
    dict(
        kind="other", slug="massilia_application_sent", lang="fr", contact="",
        **{"from": ME},
        to=[("Karim Benali", "karim@massilia-evenements.example.fr")],
        subject="Candidature – chargée de projet événementiel junior",
        date="2026-01-08 09:41 +0100",
        text=MASSILIA_APPLICATION,
        attach=[{"name": "CV_Aminata_Leclerc-Dubois.pdf", "lines": CV_LINES}],
    ),
    dict(
        kind="other", slug="covoit_position_conducteur", lang="fr", contact="",
        **{"from": ("Covoit'Riviera", "no-reply@covoitriviera.example.fr")},
        subject="Votre conducteur arrive : position en direct",
        date="2026-08-02 07:48 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Aminata,

Kevin, votre conducteur pour le trajet Nice → Marseille de 8h00, a partagé sa position en temps réel.

Position actuelle : boulevard Gambetta, à 6 minutes du point de rendez-vous (gare Nice-Ville, parvis sud).
Véhicule : Peugeot 308 grise, immatriculation en fin de message dans l'application.

Suivre sur la carte : https://covoitriviera.example.fr/trajet/88231/live

Bon voyage !
L'équipe Covoit'Riviera
""",
    ),
    dict(
        kind="other", slug="maison_emploi_atelier_entretien", lang="fr",
        contact="s.haddad@mde-nicecotedazur.example.fr",
        **{"from": ("Sabrina Haddad", "s.haddad@mde-nicecotedazur.example.fr")},
        subject="Atelier « Réussir son entretien d'embauche » – jeudi 22 janvier",
        date="2026-01-15 14:03 +0100",
        text="""Bonjour Madame Leclerc-Dubois,

Comme évoqué lors de notre rendez-vous d'accompagnement, je vous inscris à l'atelier collectif « Réussir son entretien d'embauche » le jeudi 22 janvier de 9h30 à 12h00, à la Maison de l'Emploi (salle 2).

Au programme : simulations d'entretien filmées, pitch de reconversion, et questions pièges. Une dizaine de participants sont attendus.

Si vous ne pouvez pas venir, merci de me prévenir pour libérer la place.

Sabrina Haddad
Conseillère en évolution professionnelle
Maison de l'Emploi Nice Côte d'Azur
""",
    ),
    dict(
        kind="other", slug="tourisme_jobs_med_digest", lang="fr", contact="",
        **{"from": ("Tourisme Jobs Méditerranée", "alertes@tourisme-jobs-med.example.fr")},
        from_enc=("iso-8859-1", "Q"),
        subject="Votre candidature a été consultée + 4 nouvelles offres",
        date="2026-09-05 07:15 +0200",
        headers=list_headers("<hebdo.tourisme-jobs-med.example.fr>",
                             "https://www.tourisme-jobs-med.example.fr/compte/alertes"),
        text=digest_text(TJM_INTRO, TJM_ITEMS, TJM_FOOTER),
        html=newsletter("Tourisme Jobs Méditerranée", "#00695c", TJM_INTRO, TJM_ITEMS,
                        TJM_FOOTER, "fr"),
        cte="base64",
    ),
    dict(
        kind="other", slug="cote_lumiere_reponse_offre_sent", lang="fr", contact="",
        parent="cote_lumiere_verbal_offer_followup",
        **{"from": ME},
        to=[("Isabelle Marchetti", "isabelle.marchetti@cotelumiere.example.fr")],
        subject="RE: Suite à notre appel – proposition de poste",
        date="2026-05-07 09:02 +0200",
        text=reply(
            """Bonjour Madame Marchetti,

Merci infiniment pour cette proposition et pour la confiance que vous m'accordez, j'en suis très touchée.

Je suis en fin de processus pour un autre poste à Monaco et je souhaiterais pouvoir comparer sereinement. Serait-il possible de vous donner ma réponse définitive lundi 11 mai plutôt que vendredi ?

Bien cordialement,
Aminata Leclerc-Dubois
""",
            "fr", "mer. 6 mai 2026 à 17:42",
            "Isabelle Marchetti <isabelle.marchetti@cotelumiere.example.fr>",
            """Bonjour Aminata,

Comme je vous l'ai annoncé au téléphone cet après-midi, nous sommes heureux de vous proposer le poste de chargée de promotion touristique (marchés italien et britannique).

Le service RH vous adressera le contrat dans les prochains jours. D'ici là, pourriez-vous me confirmer votre accord de principe avant vendredi ?
"""),
    ),
    dict(
        kind="other", slug="geneve_follow_up_sent", lang="fr", contact="",
        parent="geneve_congres_phone",
        **{"from": ME},
        to=[("Marc-Antoine Berset", "ma.berset@geneve-congres.example.ch")],
        subject="Suivi de candidature - coordinatrice marketing & accueil congrès",
        date="2026-09-28 09:12 +0200",
        text=reply(GENEVE_FOLLOW_UP, "fr", "mer. 9 sept. 2026 à 15:12",
                   "Marc-Antoine Berset <ma.berset@geneve-congres.example.ch>", GENEVE_INVITE),
    ),
    dict(
        kind="other", slug="maman_transfere_annonce", lang="fr",
        contact="mireille.dubois@example.fr",
        **{"from": ("Mireille Dubois", "mireille.dubois@example.fr")},
        subject="TR: Offres d'emploi de la semaine – Côte d'Azur",
        date="2026-02-21 10:16 +0100",
        text=forward(
            """Ma chérie,

Je suis tombée sur ça dans la lettre du journal, regarde la deuxième annonce, ça ressemble à ce que tu cherches ! Appelle-moi ce soir.

Gros bisous,
Maman
""",
            "fr", "Azur Matin Emploi <emploi@azurmatin.example.fr>", "sam. 21 févr. 2026 à 07:00",
            "Offres d'emploi de la semaine – Côte d'Azur", "mireille.dubois@example.fr",
            """LES OFFRES DE LA SEMAINE

- Réceptionniste de nuit – hôtel 3*, Antibes
- Chargé(e) de communication touristique – communauté d'agglomération, Grasse. Entretiens prévus début mars.
- Vendeur/vendeuse – boutique de souvenirs, Vieux-Nice

Toutes les offres : https://emploi.azurmatin.example.fr
"""),
    ),
    dict(
        kind="other", slug="alumni_webinaire_reconversion", lang="fr", contact="",
        **{"from": ("Réseau Alumni IUT Tourisme Nice", "alumni@iut-tourisme-nice.example.fr")},
        subject="Webinaire : de l'accueil au marketing, elles ont franchi le pas",
        date="2026-03-19 12:30 +0100",
        headers=list_headers("Alumni IUT Tourisme <alumni.iut-tourisme-nice.example.fr>",
                             "mailto:alumni-leave@iut-tourisme-nice.example.fr"),
        html=newsletter(
            "Réseau Alumni IUT Tourisme Nice", "#6a1b9a",
            """Chère ancienne, cher ancien,

Le mardi 31 mars à 18h30, trois diplômées racontent leur passage de l'accueil et de l'événementiel vers le marketing touristique : les entretiens ratés, les refus, le poste qui finit par arriver.""",
            [("S'inscrire au webinaire (gratuit)",
              "https://alumni.iut-tourisme-nice.example.fr/webinaire-31-mars",
              "Lien de connexion envoyé la veille."),
             ("Annuaire des diplômés",
              "https://alumni.iut-tourisme-nice.example.fr/annuaire",
              "Retrouvez les anciens par entreprise et par ville."),
             ("Offres partagées par le réseau",
              "https://alumni.iut-tourisme-nice.example.fr/offres",
              "12 nouvelles offres ce mois-ci.")],
            """Réseau Alumni IUT Tourisme Nice
Se désinscrire : alumni-leave@iut-tourisme-nice.example.fr""", "fr"),
    ),
    dict(
        kind="other", slug="interim_releve_heures", lang="fr", contact="",
        **{"from": ("Intérim Sud Talents, espace intérimaire",
                    "noreply@interimsudtalents.example.fr")},
        from_enc=("iso-8859-1", "B"),
        subject="Votre relevé d'heures de la semaine 27 est disponible",
        date="2026-07-06 05:30 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Aminata,

Le relevé d'heures de votre mission chez Riviera Séminaires & Incentives pour la semaine 27 (du 29 juin au 5 juillet) est disponible dans votre espace intérimaire.

Heures déclarées : 35,00 h dont 3,50 h de nuit (soirée d'entreprise du 2 juillet).

Merci de le valider avant mercredi midi pour qu'il soit pris en compte dans votre prochaine paie.

https://espace.interimsudtalents.example.fr/releves

Intérim Sud Talents
""",
    ),
    dict(
        kind="other", slug="mutuelle_remboursement_refuse", lang="fr", contact="",
        **{"from": ("Mutuelle Azur Santé", "no-reply@mutuelle-azursante.example.fr")},
        subject="Votre demande de remboursement n° 2026-88140",
        date="2026-10-05 13:11 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="windows-1252",
        html=outlook_word("""Madame Leclerc-Dubois,

Malheureusement, votre demande de remboursement n° 2026-88140 (séances de kinésithérapie de septembre) ne peut pas être acceptée en l’état : la prescription médicale n’était pas jointe.

Vous pouvez la transmettre depuis votre espace adhérent ; votre demande sera alors réexaminée sous 5 jours ouvrés.

Mutuelle Azur Santé – Service prestations""", "fr", "windows-1252"),
    ),
    # ================================================================ English
    dict(
        kind="other", slug="monte_riviera_thank_you_sent", lang="en", contact="",
        parent="monte_riviera_updated_invite",
        **{"from": ME},
        to=[("Olivia Grant", "olivia.grant@monteriviera.example.mc")],
        cc=[("Luca Ferraro", "luca.ferraro@monteriviera.example.mc"),
            ("Hanna Berg", "hanna.berg@monteriviera.example.mc")],
        subject="Thank you – panel interview today",
        date="2026-04-09 18:20 +0200",
        text="""Dear Olivia, dear Luca, dear Hanna,

Thank you very much for this afternoon's panel interview. I really enjoyed discussing the Italian spring campaign with you, and Hanna's point about working with Milan wedding planners has stayed with me.

I'm even more motivated by the Destination Marketing Executive role after our conversation, and I would be delighted to hear about the next steps.

Kind regards,
Aminata Leclerc-Dubois
+33 6 71 42 88 19
""",
    ),
    dict(
        kind="other", slug="traveljobs_weekly_digest", lang="en", contact="",
        **{"from": ("TravelJobs Weekly", "digest@traveljobsweekly.example.com")},
        subject="This week: 3 roles in Monaco, Malta and Barcelona + rejected after a great "
                "interview?",
        date="2026-01-29 06:00 +0000",
        headers=list_headers("TravelJobs Weekly <weekly.traveljobsweekly.example.com>",
                             "https://traveljobsweekly.example.com/unsubscribe?id=ald-7731"),
        text=digest_text(TRAVELJOBS_INTRO, TRAVELJOBS_ITEMS, TRAVELJOBS_FOOTER),
        html=newsletter("TravelJobs Weekly", "#2e7d32", TRAVELJOBS_INTRO, TRAVELJOBS_ITEMS,
                        TRAVELJOBS_FOOTER, "en"),
    ),
    dict(
        kind="other", slug="hospitality_careers_digest", lang="en", contact="",
        **{"from": ("Hospitality Careers Digest", "editors@hcdigest.example.com")},
        subject="\"We'll keep your CV on file\" – rejection or not?",
        date="2026-07-23 07:30 +0100",
        headers=list_headers("<monthly.hcdigest.example.com>",
                             "https://hcdigest.example.com/preferences"),
        text=digest_text(HCD_INTRO, HCD_ITEMS, HCD_FOOTER),
        html=newsletter("Hospitality Careers Digest", "#ad1457", HCD_INTRO, HCD_ITEMS,
                        HCD_FOOTER, "en"),
        cte="qp",
    ),
    dict(
        kind="other", slug="riviera_living_press_request", lang="en",
        contact="emma.collins@rivieraliving.example.com",
        **{"from": ("Emma Collins", "emma.collins@rivieraliving.example.com")},
        subject="Interview request – behind the scenes at the Cannes Film Festival",
        date="2026-05-25 13:48 +0200",
        text="""Dear Aminata,

I'm a features writer at Riviera Living, an English-language magazine for residents of the Côte d'Azur. I'm putting together a piece on the people who make the Cannes Film Festival run, and a colleague mentioned you've worked as a hostess at the Palais for several editions.

Would you be open to a 30-minute interview, by phone or over coffee in Nice, sometime next week? Your name would only appear if you're comfortable with it, and I'd send you your quotes to check before publication.

Many thanks,
Emma Collins
Features Writer, Riviera Living
+33 6 33 90 12 48
""",
    ),
    dict(
        kind="other", slug="jobnest_user_research", lang="en",
        contact="priya.research@jobnest.example.com",
        **{"from": ("Priya at JobNest", "priya.research@jobnest.example.com")},
        subject="Help us improve JobNest – 20-minute interview, €20 voucher",
        date="2026-06-17 15:05 +0100",
        text="""Hi Aminata,

You've been using JobNest to track your applications for a few months now, and we'd love to learn from your experience.

We're running 20-minute user research interviews over video next week. We'll ask how you keep track of applications, interviews and replies, and what's frustrating about it. There are no right answers, and it's not a sales call.

As a thank-you, you'll get a €20 voucher.

Book a slot here: https://jobnest.example.com/research/book

Thanks!
Priya
Product Researcher, JobNest
""",
        html=simple_html("""Hi Aminata,

You've been using JobNest to track your applications for a few months now, and we'd love to learn from your experience.

We're running 20-minute user research interviews over video next week. We'll ask how you keep track of applications, interviews and replies, and what's frustrating about it. There are no right answers, and it's not a sales call.

As a thank-you, you'll get a €20 voucher.

Book a slot here: https://jobnest.example.com/research/book

Thanks!
Priya
Product Researcher, JobNest""", "en"),
    ),
    dict(
        kind="other", slug="ooo_claire_vella", lang="en",
        contact="claire.vella@bluegrotto.example.mt",
        **{"from": ("Claire Vella", "claire.vella@bluegrotto.example.mt")},
        subject="Automatic reply: Missed you on Zoom",
        date="2026-05-18 09:14 +0200",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I'm out of the office until Monday 25 May with no access to email.

For urgent recruitment matters, please contact our HR Manager, Joseph Camilleri, at joseph.camilleri@bluegrotto.example.mt.

Claire Vella
People & Culture | Blue Grotto Hospitality
""",
    ),
    dict(
        kind="other", slug="linkly_search_appearances", lang="en", contact="",
        **{"from": ("Linkly", "notifications-noreply@linkly.example.com")},
        subject="You appeared in 12 searches this week",
        date="2026-04-13 05:12 +0000",
        headers=list_headers("<weekly-stats.linkly.example.com>",
                             "https://www.linkly.example.com/settings/notifications"),
        html=newsletter(
            "Linkly", "#0077b5",
            """Hi Aminata,

Your profile is getting noticed. Here's your weekly summary.""",
            [("You appeared in 12 searches",
              "https://www.linkly.example.com/me/search-appearances",
              "Searchers work at hotel groups, tourism boards and event agencies."),
             ("Olivia Grant viewed your profile",
              "https://www.linkly.example.com/me/profile-views",
              "Talent Acquisition Partner at a resort group in Monaco."),
             ("Jobs you may be interested in",
              "https://www.linkly.example.com/jobs/recommended",
              "Marketing Executive – Nice · Brand Coordinator – Geneva")],
            """You are receiving Linkly notification emails.
Unsubscribe: https://www.linkly.example.com/settings/notifications""", "en"),
    ),
    dict(
        kind="other", slug="gateway_talent_cold_approach", lang="en",
        contact="daniel.grech@gatewaytalent.example.mt",
        **{"from": ("Daniel Grech", "daniel.grech@gatewaytalent.example.mt")},
        subject="Hospitality marketing in Malta – open to a chat sometime?",
        date="2026-08-06 10:40 +0200",
        text="""Hi Aminata,

I came across your profile while mapping French-speaking hospitality marketers who have shown interest in Malta. I work with several hotel groups and tour operators on the islands.

I don't have a specific vacancy for you right now, but I'd be glad to keep you in mind. If it's useful, send me your updated CV and a line on what you're looking for, and I'll reach out when something relevant comes up.

All the best,
Daniel Grech
Gateway Talent Malta
""",
    ),
    dict(
        kind="other", slug="swiftparcel_delayed", lang="en", contact="",
        **{"from": ("SwiftParcel", "no-reply@swiftparcel.example.com")},
        subject="Unfortunately, your parcel is delayed",
        date="2026-06-29 14:22 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hello,

Unfortunately, your parcel SP-77120-MT is delayed because of a missed connection at our sorting hub.

Current position: Paris-Roissy hub
New estimated delivery: Thursday 2 July

We're sorry for the inconvenience. Track your parcel: https://track.swiftparcel.example.com/SP-77120-MT

SwiftParcel
""",
    ),
    dict(
        kind="other", slug="mahs_diploma_no_place", lang="en", contact="",
        **{"from": ("Malta Academy of Hospitality Studies – Admissions",
                    "noreply-admissions@mahs.example.mt")},
        subject="Your application: Diploma in Destination Marketing (evening)",
        date="2026-03-27 16:30 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Ms Leclerc-Dubois,

Thank you for applying to the part-time Diploma in Destination Marketing starting in October 2026.

We regret that we are unable to offer you a place on the programme this year. The course was heavily oversubscribed and priority was given to applicants already resident in Malta.

You are welcome to apply again for the February 2027 intake.

Admissions Office
Malta Academy of Hospitality Studies

This is an automated message. Please do not reply.
""",
    ),
    dict(
        kind="other", slug="gozo_thank_you_sent", lang="en", contact="",
        **{"from": ME},
        to=[("Rachel Farrugia", "rachel.farrugia@gozoheritage.example.mt")],
        subject="Thank you – Marketing & Tours Coordinator",
        date="2026-07-14 19:02 +0200",
        text=GOZO_THANKS,
        html=simple_html(GOZO_THANKS, "en"),
    ),
    dict(
        kind="other", slug="friend_priya_own_rejection", lang="en",
        contact="priya.nair@example.ie",
        **{"from": ("Priya Nair", "priya.nair@example.ie")},
        subject="ugh, airline life",
        date="2026-06-06 23:05 +0100",
        text="""Hey lovely,

Quick vent: the airline in Dublin finally got back to me after the assessment day. It's a no. "Unfortunately we will not be progressing your application" — after I did the group exercise, the English test AND the panel. Four weeks of waiting for two lines!

Anyway. How did your Monaco thing go in the end? Tell me you got it, I need good news.

Missing our Cannes lunches on the steps,
Priya x
""",
    ),
    dict(
        kind="other", slug="azurjet_schedule_change", lang="en", contact="",
        **{"from": ("AzurJet", "no-reply@azurjet.example.com")},
        subject="Important: your flight NCE-MLA has been rescheduled",
        date="2026-05-04 11:47 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Aminata Leclerc-Dubois,

Unfortunately, due to operational reasons, your flight has been rescheduled.

Booking reference: K7QX2D
Flight AZJ 4417 Nice (NCE) - Malta (MLA), Tuesday 12 May 2026
Original departure: 09:55 - New departure: 14:35
New arrival: 16:40

If the new time does not suit you, you can change to another flight free of charge or request a refund in Manage My Booking: https://www.azurjet.example.com/manage

We apologise for any inconvenience.
AzurJet Customer Care
""",
        html=simple_html("""Dear Aminata Leclerc-Dubois,

Unfortunately, due to operational reasons, your flight has been rescheduled.

Booking reference: K7QX2D
Flight AZJ 4417 Nice (NCE) - Malta (MLA), Tuesday 12 May 2026
Original departure: 09:55 - New departure: 14:35
New arrival: 16:40

If the new time does not suit you, you can change to another flight free of charge or request a refund in Manage My Booking: https://www.azurjet.example.com/manage

We apologise for any inconvenience.
AzurJet Customer Care""", "en"),
    ),
    # ================================================================ German
    dict(
        kind="other", slug="jobagent_bayern_digest", lang="de", contact="",
        **{"from": ("JobPortal Bayern Jobagent", "jobagent@jobportal-bayern.example.de")},
        subject="15 neue Jobs für „Marketing Tourismus München“",
        subject_enc=("utf-8", "B"),
        date="2026-07-14 06:30 +0200",
        headers=list_headers("<jobagent.jobportal-bayern.example.de>",
                             "https://www.jobportal-bayern.example.de/jobagent/abmelden?u=ald"),
        text=digest_text(JOBAGENT_INTRO, JOBAGENT_ITEMS, JOBAGENT_FOOTER),
        html=newsletter("JobPortal Bayern", "#1a237e", JOBAGENT_INTRO, JOBAGENT_ITEMS,
                        JOBAGENT_FOOTER, "de"),
    ),
    dict(
        kind="other", slug="isartal_bewerbung_sent", lang="de", contact="",
        **{"from": ME},
        to=[(None, "bewerbung@isartal-events.example.de")],
        subject="Bewerbung als Junior Marketing Manager Incentive-Reisen",
        date="2026-05-29 21:33 +0200",
        text="""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Junior Marketing Manager Incentive-Reisen, die ich auf Ihrer Website gefunden habe.

Seit fünf Jahren arbeite ich als Hostess bei internationalen Kongressen und Messen an der Côte d'Azur und betreue dort regelmäßig deutschsprachige Delegationen. Nun möchte ich in das Marketing für Reisen und Events wechseln. Meine Deutschkenntnisse (B1, derzeit Kurs für B2) möchte ich in München weiter ausbauen.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Aminata Leclerc-Dubois
Nizza, Frankreich
+33 6 71 42 88 19
""",
        attach=[{"name": "Lebenslauf_Aminata_Leclerc-Dubois.pdf", "lines": CV_LINES}],
    ),
    dict(
        kind="other", slug="abwesenheit_tobias_brandl", lang="de",
        contact="t.brandl@zeitwerk-personal.example.de",
        parent="zeitwerk_kunde_sagt_ab",
        **{"from": ("Tobias Brandl", "t.brandl@zeitwerk-personal.example.de")},
        subject="Abwesenheitsnotiz: Rückmeldung Bavaria Incoming Tours",
        date="2026-08-26 08:15 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        charset="iso-8859-1",
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 31. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yilmaz unter +49 89 2154 7761.

Mit freundlichen Grüßen
Tobias Brandl
Zeitwerk Personal GmbH
""",
    ),
    dict(
        kind="other", slug="hausverwaltung_besichtigung", lang="de",
        contact="gruber@hv-isarvorstadt.example.de",
        **{"from": ("Hausverwaltung Isarvorstadt – Frau Gruber",
                    "gruber@hv-isarvorstadt.example.de")},
        subject="Besichtigungstermin Wohnung Ohlmüllerstraße",
        date="2026-09-17 11:02 +0200",
        text="""Sehr geehrte Frau Leclerc-Dubois,

vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Ohlmüllerstraße (Au). Gerne biete ich Ihnen einen Besichtigungstermin am Samstag, 26. September, um 11:30 Uhr an.

Bitte bringen Sie zur Besichtigung eine Selbstauskunft, einen Einkommensnachweis oder Ihren Arbeitsvertrag sowie eine Kopie Ihres Ausweises mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte kurz ab.

Mit freundlichen Grüßen
Gertrud Gruber
Hausverwaltung Isarvorstadt
Tel. +49 89 6512 400
""",
    ),
    dict(
        kind="other", slug="sprachinstitut_kein_platz", lang="de",
        contact="p.lang@sprachinstitut-isar.example.de",
        **{"from": ("Petra Lang", "p.lang@sprachinstitut-isar.example.de")},
        subject="Ihre Anmeldung zum Intensivkurs Deutsch C1",
        date="2026-08-28 14:40 +0200",
        cte="base64",
        text="""Sehr geehrte Frau Leclerc-Dubois,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 (Oktober bis Dezember).

Leider können wir Ihnen keinen Platz anbieten: Laut Ihrem Einstufungstest liegt Ihr Niveau derzeit bei B2.1, und der C1-Kurs ist außerdem bereits ausgebucht. Gerne reservieren wir Ihnen stattdessen einen Platz im Kurs B2.2, der am 5. Oktober beginnt.

Geben Sie mir bitte bis Ende nächster Woche Bescheid.

Freundliche Grüße
Petra Lang
Kursorganisation, Sprachinstitut Isar
""",
    ),
    # ================================================================ Spanish
    dict(
        kind="other", slug="empleoturismo_alertas", lang="es", contact="",
        **{"from": ("EmpleoTurismo", "alertas@empleoturismo.example.es")},
        subject="6 nuevas ofertas: marketing turístico Barcelona",
        date="2026-07-20 07:05 +0200",
        headers=list_headers("<alertas.empleoturismo.example.es>",
                             "https://www.empleoturismo.example.es/baja?u=ald"),
        text=digest_text(EMPLEO_INTRO, EMPLEO_ITEMS, EMPLEO_FOOTER),
        html=newsletter("EmpleoTurismo", "#f57c00", EMPLEO_INTRO, EMPLEO_ITEMS,
                        EMPLEO_FOOTER, "es"),
    ),
    dict(
        kind="other", slug="mediterrania_reschedule_request_sent", lang="es", contact="",
        parent="mediterrania_teamtailor_link",
        **{"from": ME},
        to=[("Marta Puig", "marta.puig@mediterrania-events.example.es")],
        subject="RE: Entrevista con Mediterrània Events – cambio de día",
        date="2026-07-09 22:14 +0200",
        text=reply(MED_RESCHEDULE_ASK, "es", "mié, 8 jul 2026 a las 12:03",
                   "Marta Puig <marta.puig@mediterrania-events.example.es>", MED_INVITE),
    ),
    dict(
        kind="other", slug="blog_carrera_videollamada", lang="es", contact="",
        **{"from": ("Carrera Turística", "boletin@carreraturistica.example.es")},
        subject="Entrevista por videollamada: 6 errores que te cuestan el puesto",
        date="2026-09-10 09:00 +0200",
        headers=list_headers("Carrera Turistica <boletin.carreraturistica.example.es>",
                             "https://carreraturistica.example.es/baja"),
        html=newsletter(
            "Carrera Turística", "#c62828",
            """Hola, Aminata:

Cada vez más hoteles y agencias hacen la primera entrevista por videollamada. Te contamos los seis errores más comunes y cómo evitarlos.""",
            [("1. Conectarse en el último minuto",
              "https://carreraturistica.example.es/videollamada/puntualidad",
              "Prueba el enlace 10 minutos antes."),
             ("2. No mirar a la cámara",
              "https://carreraturistica.example.es/videollamada/camara",
              "Tu interlocutor siente que no le hablas a él."),
             ("3. Olvidar que también te están evaluando a ti",
              "https://carreraturistica.example.es/videollamada/preguntas",
              "Prepara tres preguntas sobre el puesto."),
             ("¿Te han dicho que no? Lee: el arte de pedir feedback",
              "https://carreraturistica.example.es/feedback",
              "Cómo convertir un rechazo en una próxima oportunidad.")],
            """Recibes este boletín porque te suscribiste en carreraturistica.example.es.
Darte de baja: https://carreraturistica.example.es/baja""", "es"),
    ),
    dict(
        kind="other", slug="respuesta_automatica_jordi", lang="es",
        contact="jordi.ferrer@brisamarina.example.es",
        **{"from": ("Jordi Ferrer", "jordi.ferrer@brisamarina.example.es")},
        subject="Respuesta automática: Carta de oferta – Coordinadora de marketing y eventos",
        date="2026-08-10 08:03 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        text="""Gracias por tu mensaje.

Estoy de vacaciones hasta el lunes 24 de agosto. Para cualquier asunto urgente de Recursos Humanos puedes escribir a rrhh@brisamarina.example.es.

Jordi Ferrer
Hotel Brisa Marina
""",
    ),
    dict(
        kind="other", slug="escola_master_no_admitida", lang="es", contact="",
        **{"from": ("Escola Mediterrània de Turisme – Admisiones",
                    "no-reply@escolamediterrania.example.es")},
        subject="Resolución de admisión: Máster en Marketing Turístico",
        subject_enc=("iso-8859-1", "Q"),
        date="2026-09-25 13:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1", cte="qp",
        text="""Estimada Sra. Leclerc-Dubois:

Le comunicamos que, tras la evaluación de su expediente, el comité académico ha resuelto no admitir su solicitud para el Máster en Marketing Turístico (edición 2026-2027, modalidad semipresencial).

El número de plazas es limitado y se ha dado prioridad a candidaturas con titulación universitaria en turismo. Podrá presentar una nueva solicitud en la próxima convocatoria.

Atentamente,
Oficina de Admisiones
Escola Mediterrània de Turisme
""",
    ),
    dict(
        kind="other", slug="amiga_lucia_rechazo_piso", lang="es",
        contact="lucia.moreno@example.es",
        **{"from": ("Lucía Moreno", "lucia.moreno@example.es")},
        subject="noticias (malas y buenas)",
        date="2026-08-30 20:37 +0200",
        cte="8bit",
        text="""¡Hola guapa!

Primero la mala: la agencia de viajes de Gràcia me ha dicho que no, que se quedan con alguien que habla alemán. Tres semanas esperando para un correo de cuatro líneas. En fin.

Ahora la buena: si al final te vienes a Barcelona, en mi piso se queda libre una habitación a partir de octubre. Está al lado del mercado de Sant Antoni y la casera es majísima.

¿Cómo van tus entrevistas? ¡Cuéntame!

Besos,
Lucía
""",
    ),
    dict(
        kind="other", slug="talento_mediterraneo_cold_approach", lang="es",
        contact="laura.gomez@talentomed.example.es",
        **{"from": ("Laura Gómez", "laura.gomez@talentomed.example.es")},
        subject="Tu perfil – Talento Mediterráneo",
        date="2026-09-10 11:20 +0200",
        text=TM_COLD,
    ),
]
