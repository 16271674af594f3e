"""Corpus 223: everything that is no job event for the candidate (52), hand-written.

The candidate's own mail, newsletters and alerts, advice, press and podcast requests, user
research, parcels, friends, bank, landlord, school, doctor, auto-replies, notifications and
refused places on courses.
"""

# ruff: noqa: C408  (each message is a dict(...) call: keyword specs read like a form)

from __future__ import annotations

from msgs223_common import CAND, digest_html, digest_text, simple_html

OOO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
       ("X-Auto-Response-Suppress", "All")]


def listed(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


CLAIRE = ("Claire Fonteneau", "claire.fonteneau@marquessac.example.fr")
ELODIE = ("Élodie Ravat", "elodie.ravat@dufresne-lacoste.example.fr")
SOPHIE = ("Sophie Marchetti-Vautrin", "s.marchetti@vautrin-champagne.example.fr")
MATHILDE = ("Mathilde Roux", "mathilde.roux@corbelin.example.fr")
OLIVIER = ("Olivier Guérin-Lapeyre", "o.guerin-lapeyre@bgcd.example.fr")

VINO_ITEMS = [
    ("Commercial export Asie (H/F) – Cognac",
     "Maison de cognac familiale, CDI, anglais courant, mandarin apprécié.",
     "https://www.vinocarrieres.example.fr/offres/48211?utm_source=alerte"),
    ("Chef de zone export Benelux – Bordeaux",
     "Négociant des Chartrons, portefeuille de 40 importateurs, déplacements 40 %.",
     "https://www.vinocarrieres.example.fr/offres/48190?utm_source=alerte"),
    ("Entretien d'embauche : les 5 questions pièges du négoce",
     "Notre dossier pour préparer vos entretiens avec un directeur export.",
     "https://www.vinocarrieres.example.fr/conseils/entretien-questions-pieges"),
    ("Candidature refusée ? Ce que les recruteurs ne vous disent pas",
     "Trois recruteurs du secteur expliquent leurs refus les plus fréquents.",
     "https://www.vinocarrieres.example.fr/conseils/candidature-refusee"),
]

CELLAR_ITEMS = [
    ("Export Manager – Nordics (London, hybrid)",
     "Independent importer, £45–52k + bonus. Interviews from 20 April.",
     "https://cellarjobs.example.co.uk/jobs/9921?src=weekly"),
    ("Brand Ambassador, Champagne (UK on-trade)",
     "Grande marque seeks a sommelier-turned-salesperson. Closing date 30 April.",
     "https://cellarjobs.example.co.uk/jobs/9917?src=weekly"),
    ("How to answer 'Why are you leaving the floor?' in an interview",
     "Three sommeliers who moved into sales share what worked.",
     "https://cellarjobs.example.co.uk/advice/leaving-the-floor"),
    ("Rejected after the final round? Here's what to ask for",
     "Feedback requests that recruiters actually answer.",
     "https://cellarjobs.example.co.uk/advice/after-rejection"),
]

WEINJOBS_ITEMS = [
    ("Vertriebsmitarbeiter Export Skandinavien (m/w/d) – Mosel",
     "Familienweingut, Englisch verhandlungssicher, Schwedisch von Vorteil.",
     "https://www.weinjobs-radar.example.de/stelle/30518"),
    ("Key Account Manager Fachhandel (m/w/d) – Trier",
     "Weinimporteur mit 120 Handelskunden, Firmenwagen.",
     "https://www.weinjobs-radar.example.de/stelle/30502"),
    ("Ratgeber: So überzeugen Sie im Vorstellungsgespräch beim Weingut",
     "Was Winzerinnen und Winzer wirklich wissen wollen.",
     "https://www.weinjobs-radar.example.de/ratgeber/vorstellungsgespraech"),
    ("Nach der Absage: Feedback einholen, ohne zu nerven",
     "Eine Personalerin erklärt, wie Sie nachfragen.",
     "https://www.weinjobs-radar.example.de/ratgeber/absage"),
]

EMPLEO_ITEMS = [
    ("Export Area Manager Europa – Rioja Alta",
     "Bodega familiar, inglés y francés imprescindibles, incorporación inmediata.",
     "https://www.empleovino.example.es/oferta/77314"),
    ("Comercial canal HORECA – Logroño",
     "Distribuidora con cartera propia, vehículo de empresa.",
     "https://www.empleovino.example.es/oferta/77290"),
    ("Cómo preparar una entrevista en una bodega",
     "Diez preguntas que siempre salen y cómo responderlas.",
     "https://www.empleovino.example.es/consejos/entrevista-bodega"),
    ("¿Te han descartado? Cómo pedir feedback tras un proceso",
     "Lo que dicen tres responsables de selección del sector.",
     "https://www.empleovino.example.es/consejos/descartado"),
]

MESSAGES: list[dict] = [
    # --- French: the candidate's own mail -------------------------------------------------------
    dict(
        key="cand_thanks_marq", kind="other", name="own_thanks_marquessac", lang="fr",
        company="", contact="", frm=CAND, to=[CLAIRE],
        cc=[("Pierre-Yves Dalmas", "py.dalmas@marquessac.example.fr")],
        subject="Merci pour notre entretien", date="2026-05-26 19:05", parent="res_marq",
        cte="8bit",
        text="""Madame Fonteneau, Monsieur Dalmas,

Je vous remercie pour l'entretien de cet après-midi et pour la dégustation qui l'accompagnait ; le blanc 2023 m'a particulièrement marqué.

Nos échanges sur la façon d'aborder Systembolaget et Vinmonopolet ont renforcé mon envie de rejoindre le Château Marquessac. Je reste à votre disposition pour tout complément.

Bien cordialement,
Gaspard Lindqvist-Mensah
06 31 74 58 02
""",
    ),
    dict(
        key="ooo_claire", kind="other", name="out_of_office_marquessac_hr", lang="fr",
        company="", contact=CLAIRE[1], frm=CLAIRE,
        subject="Réponse automatique : Merci pour notre entretien",
        date="2026-05-26 19:06", parent="cand_thanks_marq", headers=OOO,
        text="""Bonjour,

Je suis absente du 26 mai au 1er juin inclus, sans accès à ma messagerie.

Pour toute question urgente, vous pouvez contacter l'accueil du château au 05 56 07 63 00. Je traiterai votre message à mon retour.

Claire Fonteneau
Château Marquessac
""",
    ),
    dict(
        key="cand_dufr_sorry", kind="other", name="own_apology_asks_new_slot_dufresne", lang="fr",
        company="", contact="", frm=CAND, to=[ELODIE],
        subject="Re: Entretien Brand Ambassador Export – ce matin",
        date="2026-02-24 12:40", parent="missed_dufr", quote=("missed_dufr", "gmail"),
        text="""Bonjour Élodie,

Je suis vraiment désolé pour ce matin. J'avais noté l'entretien à 10h heure de Londres, l'heure affichée dans le message de confirmation, et je me suis connecté à 11h : la réunion était évidemment terminée.

C'est une erreur de ma part et je la regrette. Serait-il possible de reprogrammer l'entretien avec M. Garnier à un autre moment de la semaine ? Je suis disponible tous les matins.

Bien cordialement,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="cand_thanks_vaut", kind="other", name="own_thanks_after_vautrin_panel", lang="fr",
        company="", contact="", frm=CAND, to=[SOPHIE],
        subject="Merci pour notre échange de ce jeudi", date="2026-04-02 20:15",
        text="""Madame Marchetti-Vautrin,

Merci pour l'entretien de cet après-midi, et pour le temps que le comité m'a consacré malgré un agenda chamboulé. J'espère que vous êtes bien remise.

La dégustation du blanc de blancs avec M. Roy et nos échanges sur les importateurs de Singapour m'ont conforté dans mon envie de rejoindre la maison.

Je reste à votre disposition,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="cand_corb_move", kind="other", name="own_asks_to_move_trial_day", lang="fr",
        company="", contact="", frm=CAND, to=[MATHILDE],
        subject="Re: Journée d'essai au domaine", date="2026-08-18 08:31",
        parent="inv_corb", quote=("inv_corb", "gmail"),
        text="""Bonjour Mathilde,

Merci beaucoup pour cette proposition, le programme est formidable.

Je suis malheureusement retenu le 27 août : j'assure le service des vins d'un mariage à Saint-Émilion, engagement pris depuis des mois. Serait-il possible de décaler la journée à une autre date ?

Bien à vous,
Gaspard
""",
    ),
    dict(
        key="cand_corb_thanks", kind="other", name="own_thanks_after_trial_day_corbelin", lang="fr",
        company="", contact="", frm=CAND, to=[("Aurélien Corbelin", "aurelien@corbelin.example.fr")],
        cc=[MATHILDE], subject="Merci pour la journée au domaine",
        date="2026-09-29 21:30", charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "Q"),
        text="""Bonsoir Aurélien,

Un grand merci pour cette journée. La dégustation des 2024 en cave et le rendez-vous chez le caviste de Dijon m'ont donné une idée très concrète du poste.

Je serais ravi de porter les vins du domaine aux Etats-Unis et ailleurs. Merci aussi à Mathilde pour l'organisation, malgré les vendanges.

Bien à vous,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="cand_app_uvbe", kind="other", name="own_application_uvbe_with_cv", lang="fr",
        company="", contact="", frm=CAND, to=[("Florence Aubigeon", "f.aubigeon@uvbe.example.fr")],
        subject="Candidature – Chargé de mission marchés export Europe du Nord",
        date="2026-02-27 23:12",
        text="""Madame,

Je vous adresse ma candidature au poste de chargé de mission marchés export – Europe du Nord, publié sur votre site le 20 février.

Sommelier depuis neuf ans à Bordeaux, dont cinq comme chef sommelier, je souhaite mettre ma connaissance des appellations bordelaises et ma pratique du suédois et de l'anglais au service des entreprises de la filière qui visent la Scandinavie.

Vous trouverez ci-joint mon CV. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, mes salutations distinguées.

Gaspard Lindqvist-Mensah
06 31 74 58 02
""",
        attach=[dict(filename="CV_Gaspard_Lindqvist-Mensah.pdf", pdf=dict(
            title="CV Gaspard Lindqvist-Mensah",
            lines=["Gaspard Lindqvist-Mensah", "Bordeaux - gaspard.lm@example.fr", "",
                   "Chef sommelier, restaurant gastronomique, Bordeaux (2021-2026)",
                   "Sommelier, brasserie des Chartrons (2017-2021)", "",
                   "Langues : français, suédois, anglais, notions d'allemand",
                   "Formation : mention complémentaire sommellerie"]))],
    ),
    dict(
        key="phantom_bgcd_ok", kind=None, phantom=True, name="", lang="fr",
        frm=CAND, to=[OLIVIER], subject="RE: Entretien chef de secteur export Benelux",
        date="2026-04-08 12:03", parent="inv_bgcd", quote=("inv_bgcd", "outlook"),
        text="""Bonjour Monsieur Guérin-Lapeyre,

Merci pour votre message. Je vous confirme ma présence le mercredi 15 avril à 10h00 quai de la Monnaie.

Bien cordialement,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="cand_bgcd_status", kind="other", name="own_asks_for_news_long_chain", lang="fr",
        company="", contact="", frm=CAND, to=[OLIVIER],
        subject="RE: Entretien chef de secteur export Benelux", date="2026-05-04 08:40",
        parent="phantom_bgcd_ok", quote=("phantom_bgcd_ok", "outlook"),
        text="""Bonjour Monsieur Guérin-Lapeyre,

Je me permets de revenir vers vous suite à notre entretien du 15 avril. Auriez-vous des nouvelles concernant le poste de chef de secteur export Benelux ?

Je reste très intéressé et disponible pour un second échange si besoin.

Bien cordialement,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="cand_app_oeno", kind="other", name="own_spontaneous_application_oenoport", lang="fr",
        company="", contact="", frm=CAND,
        to=[("Camille Teyssier", "camille.teyssier@oenoport.example.fr")],
        subject="Candidature spontanée – export Amérique du Nord", date="2026-07-13 07:58",
        text="""Bonjour Madame Teyssier,

J'ai découvert Oenoport en lisant votre portrait dans la presse professionnelle, et votre façon d'accompagner des vignerons indépendants jusqu'au Québec me parle beaucoup.

Sommelier à Bordeaux depuis neuf ans, je souhaite passer de l'autre côté de la table et vendre les vins que je recommandais jusqu'ici. Je vous adresse donc une candidature spontanée pour un poste commercial export, idéalement sur l'Amérique du Nord.

Mon CV est joint ; je serais heureux d'en parler avec vous.

Bien cordialement,
Gaspard Lindqvist-Mensah
06 31 74 58 02
""",
        attach=[dict(filename="CV_Gaspard_Lindqvist-Mensah_2026.pdf", pdf=dict(
            title="CV Gaspard Lindqvist-Mensah",
            lines=["Gaspard Lindqvist-Mensah", "Sommelier - projet export", "",
                   "Chef sommelier (2021-2026), Bordeaux",
                   "Carte de 900 références, achats auprès de 60 domaines",
                   "Langues : français, suédois, anglais"]))],
    ),
    dict(
        key="cand_app_csg", kind="other", name="own_application_to_ex_colleague", lang="fr",
        company="", contact="", frm=CAND,
        to=[("Romain Castéra", "romain.castera@clos-sainte-gemme.example.fr")],
        subject="Candidature – poste export Clos Sainte-Gemme", date="2026-07-03 18:22",
        cte="8bit",
        text="""Salut Romain,

J'ai vu passer votre annonce pour le poste de responsable export, et je me lance : je t'envoie ma candidature, en bonne et due forme cette fois.

Tu sais que je cherche à quitter la salle pour le commerce. Vendre les vins du Clos aux États-Unis, ça me plairait énormément, et je connais déjà la maison par toi.

Mon CV est en ligne ici : https://cv.example.fr/gaspard-lm

Je t'embrasse,
Gaspard
""",
    ),
    # --- French: lists, press, services ---------------------------------------------------------
    dict(
        key="alert_vinocarrieres", kind="other", name="job_alert_digest_vinocarrieres", lang="fr",
        company="", contact="",
        frm=("VinoCarrières", "alertes@vinocarrieres.example.fr"),
        reply_to=("VinoCarrières", "ne-pas-repondre@vinocarrieres.example.fr"),
        subject="Vos alertes : 4 nouvelles offres et conseils – commerce du vin",
        date="2026-03-18 06:00",
        headers=listed("<alertes.vinocarrieres.example.fr>",
                       "<https://www.vinocarrieres.example.fr/desabonnement?u=8812>, "
                       "<mailto:desabonnement@vinocarrieres.example.fr>"),
        text=digest_text("VinoCarrières – votre alerte du 18 mars",
                         "Bonjour Gaspard, voici les nouveautés correspondant à votre alerte « export vin – Nouvelle-Aquitaine ».",
                         VINO_ITEMS,
                         "Vous recevez cet e-mail car vous avez créé une alerte sur VinoCarrières. Se désabonner : https://www.vinocarrieres.example.fr/desabonnement?u=8812"),
        html=digest_html("VinoCarrières – votre alerte du 18 mars",
                         "Bonjour Gaspard, voici les nouveautés correspondant à votre alerte « export vin – Nouvelle-Aquitaine ».",
                         VINO_ITEMS,
                         "Vous recevez cet e-mail car vous avez créé une alerte sur VinoCarrières. Se désabonner : https://www.vinocarrieres.example.fr/desabonnement?u=8812"),
    ),
    dict(
        key="news_gazette", kind="other", name="newsletter_gazette_negoce", lang="fr",
        company="", contact="",
        frm=("La Gazette du Négoce", "lettre@gazette-negoce.example.fr"),
        subject="La Gazette du Négoce n°214 : primeurs, refus des importateurs et offres d'emploi",
        date="2026-06-22 07:15",
        headers=listed("La lettre hebdo <hebdo.gazette-negoce.example.fr>",
                       "<https://gazette-negoce.example.fr/lettre/desinscription?id=55-9031>"),
        text=digest_text("La Gazette du Négoce – n°214",
                         "Cette semaine : une campagne primeurs sous tension et un long entretien avec une directrice export.",
                         [("Primeurs 2025 : quand les importateurs disent non",
                           "Plusieurs négociants racontent les refus en série d'importateurs asiatiques et américains.",
                           "https://gazette-negoce.example.fr/2026/06/primeurs-refus"),
                          ("Entretien : « L'export se joue sur le terrain »",
                           "La directrice export d'une grande maison de Pauillac revient sur vingt ans de salons.",
                           "https://gazette-negoce.example.fr/2026/06/entretien-export"),
                          ("Offres d'emploi de la semaine",
                           "Douze postes de commerciaux, chefs de zone et assistants export.",
                           "https://gazette-negoce.example.fr/emploi")],
                         "La Gazette du Négoce, 8 rue Fondaudège, 33000 Bordeaux. Se désinscrire : https://gazette-negoce.example.fr/lettre/desinscription?id=55-9031"),
        html=digest_html("La Gazette du Négoce – n°214",
                         "Cette semaine : une campagne primeurs sous tension et un long entretien avec une directrice export.",
                         [("Primeurs 2025 : quand les importateurs disent non",
                           "Plusieurs négociants racontent les refus en série d'importateurs asiatiques et américains.",
                           "https://gazette-negoce.example.fr/2026/06/primeurs-refus"),
                          ("Entretien : « L'export se joue sur le terrain »",
                           "La directrice export d'une grande maison de Pauillac revient sur vingt ans de salons.",
                           "https://gazette-negoce.example.fr/2026/06/entretien-export"),
                          ("Offres d'emploi de la semaine",
                           "Douze postes de commerciaux, chefs de zone et assistants export.",
                           "https://gazette-negoce.example.fr/emploi")],
                         "La Gazette du Négoce, 8 rue Fondaudège, 33000 Bordeaux. Se désinscrire : https://gazette-negoce.example.fr/lettre/desinscription?id=55-9031",
                         colour="#5a1e2e"),
    ),
    dict(
        key="advice_rebondir", kind="other", name="career_advice_after_a_no", lang="fr",
        company="", contact="",
        frm=("Clémence – Rebondir Coaching", "lettre@rebondir-coaching.example.fr"),
        subject="Refusé après un entretien ? 4 réflexes pour rebondir",
        date="2026-04-30 12:00",
        headers=listed("<conseils.rebondir-coaching.example.fr>",
                       "<https://rebondir-coaching.example.fr/u/7c1e>"),
        text="""Bonjour,

Un « nous ne donnerons pas suite » après un entretien qui s'était bien passé, ça pique. Voici les quatre réflexes que je recommande à mes clients en reconversion.

1. Demandez un retour, une seule fois, poliment et par écrit.
2. Notez à chaud les questions qui vous ont mis en difficulté.
3. Ne réécrivez pas votre CV sur un coup de tête.
4. Relancez votre réseau dans la semaine : un refus n'est pas une fin.

La semaine prochaine : préparer un entretien en anglais quand on vient d'un autre métier.

Clémence
Rebondir Coaching – accompagnement des reconversions

Vous recevez cette lettre car vous vous êtes inscrit sur rebondir-coaching.example.fr. Se désinscrire : https://rebondir-coaching.example.fr/u/7c1e
""",
    ),
    dict(
        key="podcast_bouchons", kind="other", name="podcast_interview_request", lang="fr",
        company="", contact="lea.fabre@bouchons-carrieres.example.fr",
        frm=("Léa Fabre", "lea.fabre@bouchons-carrieres.example.fr"),
        subject="Invitation à un entretien pour le podcast Bouchons & Carrières",
        date="2026-05-07 14:48",
        text="""Bonjour Gaspard,

Je produis Bouchons & Carrières, un podcast qui donne la parole aux gens du vin qui changent de métier. Un ami commun, sommelier au Grand Théâtre, m'a parlé de votre projet de passer à l'export.

Accepteriez-vous un entretien d'une quarantaine de minutes pour un épisode ? Nous enregistrons au studio des Chartrons, par exemple le mardi 2 juin à 10h, mais je peux m'adapter.

Aucune préparation n'est nécessaire, juste votre regard de sommelier.

Belle journée,
Léa Fabre
Productrice – Bouchons & Carrières
06 27 45 81 90
""",
    ),
    dict(
        key="press_echo", kind="other", name="press_portrait_request", lang="fr",
        company="", contact="m.duprat@echo-chartrons.example.fr",
        frm=("Martin Duprat", "m.duprat@echo-chartrons.example.fr"),
        subject="Demande d'interview – portrait « du sommelier au commercial »",
        date="2026-09-18 11:37",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Je suis journaliste à L'Écho des Chartrons et je prépare un dossier sur les sommeliers qui rejoignent les équipes commerciales des châteaux et des négociants.

Accepteriez-vous de m'accorder une interview d'une demi-heure, au téléphone ou autour d'un café, dans les deux prochaines semaines ? Un photographe passerait éventuellement dans un second temps.

Bien à vous,
Martin Duprat
Rédaction – L'Écho des Chartrons
07 61 33 20 48
""",
    ),
    dict(
        key="ux_cavissimo", kind="other", name="user_research_interview_voucher", lang="fr",
        company="", contact="yasmine.haddad@cavissimo.example.fr",
        frm=("Yasmine Haddad", "yasmine.haddad@cavissimo.example.fr"),
        subject="30 minutes pour améliorer Cavissimo ? (bon d'achat de 30 €)",
        date="2026-02-11 10:09",
        text="""Bonjour Gaspard,

Vous utilisez l'application Cavissimo pour gérer la cave de votre restaurant, et votre avis de professionnel nous serait précieux.

Nous organisons des entretiens utilisateurs de 30 minutes en visio pour tester notre nouveau module d'inventaire. Pour vous remercier, nous vous offrons un bon d'achat de 30 € sur notre boutique.

Si cela vous tente, répondez simplement à ce message avec deux créneaux qui vous conviennent la semaine prochaine.

Merci d'avance,
Yasmine Haddad
UX Researcher – Cavissimo
""",
    ),
    dict(
        key="parcel_fr", kind="other", name="parcel_delayed_unfortunately", lang="fr",
        company="", contact="",
        frm=("Colis Express", "no-reply@colis-express.example.fr"),
        subject="Votre colis CX4410298FR est retardé",
        date="2026-01-27 08:22", headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour,

Malheureusement, votre colis n° CX4410298FR en provenance de Caves & Verres a pris du retard suite à un incident sur notre plateforme de Mérignac.

Nouvelle date de livraison estimée : jeudi 29 janvier, entre 9h et 13h.

Suivre mon colis : https://suivi.colis-express.example.fr/CX4410298FR

Nous vous prions de nous excuser pour ce désagrément.
Le service client Colis Express
""",
        html=simple_html("""Bonjour,

Malheureusement, votre colis n° CX4410298FR en provenance de Caves & Verres a pris du retard suite à un incident sur notre plateforme de Mérignac.

Nouvelle date de livraison estimée : jeudi 29 janvier, entre 9h et 13h.

Nous vous prions de nous excuser pour ce désagrément.
Le service client Colis Express"""),
    ),
    dict(
        key="friend_ines", kind="other", name="friend_tells_own_rejection", lang="fr",
        company="", contact="ines.carvalho@courriel.example.fr",
        frm=("Inès Carvalho", "ines.carvalho@courriel.example.fr"),
        subject="bon ben c'est non pour moi",
        date="2026-03-26 23:04", cte="8bit",
        text="""Coucou Gaspard,

Je viens d'avoir la réponse du château à Margaux : c'est non, après trois entretiens et une dégustation à l'aveugle où je pensais avoir tout bon. Ils ont pris quelqu'un « avec plus d'expérience commerciale », la phrase magique.

Bref, je rumine. Et toi, ça avance tes candidatures à l'export ? Tu avais un entretien à Reims, non ?

On se fait un verre samedi au Bistrot des Chartrons pour se plaindre ensemble ?

Inès
""",
    ),
    dict(
        key="bank_girondine", kind="other", name="bank_adviser_appointment_position", lang="fr",
        company="", contact="mathieu.serres@banque-girondine.example.fr",
        frm=("Mathieu Serres", "mathieu.serres@banque-girondine.example.fr"),
        subject="Confirmation de notre rendez-vous du 22 janvier", subj_enc=("iso-8859-1", "B"),
        date="2026-01-19 16:30", charset="iso-8859-1", cte="qp",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Je vous confirme notre rendez-vous du jeudi 22 janvier à 17h30 à l'agence des Chartrons.

Nous ferons le point sur la position de vos comptes, puis sur votre projet de changement de poste : une période d'essai peut avoir un effet sur votre demande de prêt immobilier, il est utile d'en parler avant de signer quoi que ce soit.

Pensez à apporter vos trois derniers bulletins de salaire.

Mathieu Serres
Conseiller clientèle particuliers
Banque Girondine - agence des Chartrons
58 cours du Médoc, 33300 Bordeaux - 05 56 11 42 87
""",
    ),
    dict(
        key="landlord_boiler", kind="other", name="landlord_boiler_servicing_entretien", lang="fr",
        company="", contact="l.bernadet@gestion-quinconces.example.fr",
        frm=("Lucie Bernadet", "l.bernadet@gestion-quinconces.example.fr"),
        subject="Entretien annuel de la chaudière – nouveau rendez-vous",
        date="2026-10-05 09:44",
        text="""Bonjour Monsieur,

Le passage du technicien pour l'entretien annuel de la chaudière, prévu le 2 octobre, a dû être annulé par l'entreprise Thermo-Garonne.

Un nouveau rendez-vous est fixé au mercredi 14 octobre entre 8h et 12h. Merci de vous assurer que quelqu'un sera présent dans l'appartement, ou de déposer les clés à l'agence la veille.

Cordialement,
Lucie Bernadet
Gestionnaire locative
Gestion Immobilière Quinconces – 2 allées de Tourny, 33000 Bordeaux
05 56 52 10 36
""",
    ),
    dict(
        key="school_meeting", kind="other", name="school_teacher_meeting_cp1252", lang="fr",
        company="", contact="laure.dubreuil@ecole-chartrons.example.fr",
        frm=("Laure Dubreuil", "laure.dubreuil@ecole-chartrons.example.fr"),
        subject="Rendez-vous individuel – Elsa, CE1", subj_enc=("windows-1252", "Q"),
        date="2026-03-12 17:50", charset="windows-1252", cte="qp",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Comme chaque trimestre, je propose aux familles un rendez-vous individuel pour faire le point sur les progrès de leur enfant.

Pour Elsa, je vous propose le mardi 24 mars à 16h45 dans la classe. Si ce créneau ne convient pas, indiquez-moi vos disponibilités dans le cahier de liaison.

Elsa a beaucoup progressé en lecture ce trimestre, et c’est un plaisir de l’avoir en classe… même quand elle nous parle de vin !

Bien cordialement,
Laure Dubreuil
Enseignante de CE1 – École élémentaire des Chartrons
""",
    ),
    dict(
        key="doctor_medirdv", kind="other", name="doctor_appointment_confirmation", lang="fr",
        company="", contact="",
        frm=("MediRDV", "no-reply@medirdv.example.fr"),
        subject="Rendez-vous confirmé : Dr Anne Valette, mardi 30 juin à 8h40",
        date="2026-06-24 13:02", headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Gaspard Lindqvist-Mensah,

Votre rendez-vous est confirmé.

Praticien : Dr Anne Valette, médecin généraliste
Date : mardi 30 juin 2026 à 8h40
Adresse : 14 rue Notre-Dame, 33000 Bordeaux
Motif : consultation de suivi

Pour annuler ou déplacer ce rendez-vous, rendez-vous dans votre espace MediRDV au moins 24 heures à l'avance.

L'équipe MediRDV
""",
        html=simple_html("""Bonjour Gaspard Lindqvist-Mensah,

Votre rendez-vous est confirmé.

Praticien : Dr Anne Valette, médecin généraliste
Date : mardi 30 juin 2026 à 8h40
Adresse : 14 rue Notre-Dame, 33000 Bordeaux
Motif : consultation de suivi

Pour annuler ou déplacer ce rendez-vous, rendez-vous dans votre espace MediRDV au moins 24 heures à l'avance.

L'équipe MediRDV"""),
    ),
    dict(
        key="course_ecolevin", kind="other", name="course_place_refused", lang="fr",
        company="", contact="v.cazenave@ecolevin-atlantique.example.fr",
        frm=("Valérie Cazenave", "v.cazenave@ecolevin-atlantique.example.fr"),
        subject="Votre candidature au DSCIV – session 2026-2027",
        date="2026-07-08 15:21",
        text="""Monsieur,

Nous avons bien étudié votre dossier d'admission au Diplôme Supérieur de Commerce International des Vins, session 2026-2027.

La commission pédagogique s'est réunie le 6 juillet. Compte tenu du nombre très élevé de candidatures pour seize places, nous ne pouvons malheureusement pas vous proposer de place dans la promotion de septembre. Vous êtes inscrit en liste complémentaire, en 9e position.

Vous pouvez aussi présenter votre dossier pour la session de février 2027.

Valérie Cazenave
Responsable pédagogique
École du Vin de Bordeaux Atlantique – 20 quai de Paludate, 33800 Bordeaux
""",
    ),
    dict(
        key="fwd_hugo_posting", kind="other", name="friend_forwards_job_posting", lang="fr",
        company="", contact="hugo.lamarque@courriel.example.fr",
        frm=("Hugo Lamarque", "hugo.lamarque@courriel.example.fr"),
        subject="Fwd: [Sommeliers Aquitaine] Offre : responsable export Asie – Cognac",
        date="2026-02-16 21:18", parent="phantom_posting",
        quote=("phantom_posting", "forward"),
        text="""Salut Gaspard,

Vu sur la liste des sommeliers, ça a l'air taillé pour toi. Je ne connais personne là-bas, mais fonce !

Hugo
""",
    ),
    dict(
        key="phantom_posting", kind=None, phantom=True, name="", lang="fr",
        frm=("Réseau Sommeliers Aquitaine", "liste@sommeliers-aquitaine.example.fr"),
        to=[("Hugo Lamarque", "hugo.lamarque@courriel.example.fr")],
        subject="[Sommeliers Aquitaine] Offre : responsable export Asie – Cognac",
        date="2026-02-16 09:00",
        text="""Une maison de cognac familiale recrute son responsable export Asie (CDI, basé à Cognac).

Profil : expérience de la dégustation et du conseil, anglais courant, goût des voyages. Une première expérience commerciale est un plus mais n'est pas exigée.

Envoyez votre candidature (CV et lettre) avant le 6 mars ; les entretiens auront lieu mi-mars.

Le bureau du Réseau Sommeliers Aquitaine
""",
    ),
    dict(
        key="revendo_offer", kind="other", name="marketplace_offer_on_decanter", lang="fr",
        company="", contact="",
        frm=("Revendo", "notifications@revendo.example.fr"),
        subject="Vous avez reçu une offre pour « Carafe à décanter en cristal »",
        date="2026-08-30 18:27", headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Gaspard,

Bonne nouvelle : un acheteur vous propose 45 € pour votre article « Carafe à décanter en cristal » (prix affiché : 60 €).

Vous avez 48 heures pour accepter l'offre, la refuser ou faire une contre-proposition depuis l'application.

Voir l'offre : https://www.revendo.example.fr/offres/551203

L'équipe Revendo
""",
        html=simple_html("""Bonjour Gaspard,

Bonne nouvelle : un acheteur vous propose 45 € pour votre article « Carafe à décanter en cristal » (prix affiché : 60 €).

Vous avez 48 heures pour accepter l'offre, la refuser ou faire une contre-proposition depuis l'application.

L'équipe Revendo"""),
    ),
    dict(
        key="cold_hemery", kind="other", name="headhunter_cold_approach", lang="fr",
        company="", contact="a.vidalenc@hemery-rh.example.fr",
        frm=("Antoine Vidalenc - Cabinet Hémery & Associés", "a.vidalenc@hemery-rh.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Votre profil – opportunités export",
        date="2026-01-08 10:02",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Je suis consultant au sein du Cabinet Hémery & Associés, spécialisé dans le recrutement de cadres pour la filière vins et spiritueux.

Votre parcours de chef sommelier, combiné à votre maîtrise du suédois, a retenu mon attention. Je travaille en ce moment sur plusieurs postes commerciaux tournés vers l'Europe du Nord pour des maisons bordelaises.

Si une évolution vers l'export vous intéresse, je serais ravi d'échanger. N'hésitez pas à m'envoyer votre CV à jour.

Bien cordialement,

Antoine Vidalenc
Consultant senior – Vins & Spiritueux
Cabinet Hémery & Associés
27 cours de l'Intendance, 33000 Bordeaux
06 42 18 90 33
""",
    ),
    # --- English ---------------------------------------------------------------------------------
    dict(
        key="cand_hp_move", kind="other", name="own_reschedule_request_hawthorne", lang="en",
        company="", contact="", frm=CAND,
        to=[("Hannah Cole", "hannah.cole@hawthornepryce.example.co.uk")],
        subject="Phone screen – could we move Thursday?", date="2026-01-29 13:15",
        parent="inv_hp", quote=("inv_hp", "gmail"),
        text="""Hi Hannah,

Thanks again for the invitation. I booked Thursday 5 February at 11am through the link, but I've just been put on a private lunch service that day and won't be able to step away.

Would it be possible to move the call to Tuesday 3 February in the afternoon? Any time after 3pm UK time works for me.

Apologies for the back and forth.

Best regards,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="cand_thanks_alb", kind="other", name="own_thank_you_after_albion_panel", lang="en",
        company="", contact="", frm=CAND,
        to=[("Rebecca Hughes", "rebecca.hughes@albionfinewine.example.co.uk")],
        subject="Thank you – Friday's panel", date="2026-05-15 18:02",
        text="""Dear Rebecca,

Thank you for this morning's interview, and please pass my thanks to Oliver and to your buying manager as well.

I really enjoyed the blind tasting (I'm still thinking about that Etna Rosso) and our discussion about growing your restaurant accounts south of the river. It confirmed how much I would like to join Albion.

Kind regards,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="alert_cellarjobs", kind="other", name="job_alert_weekly_cellarjobs", lang="en",
        company="", contact="",
        frm=("CellarJobs Weekly", "alerts@cellarjobs.example.co.uk"),
        subject="CellarJobs Weekly: new export roles, interview tips and what to do after a no",
        date="2026-04-09 07:00", tz="london",
        headers=listed("CellarJobs Weekly <weekly.cellarjobs.example.co.uk>",
                       "<https://cellarjobs.example.co.uk/unsubscribe?t=ab39f>"),
        text=digest_text("CellarJobs Weekly – 9 April",
                         "Hi Gaspard, here are this week's roles matching 'export sales' and two reads from our advice desk.",
                         CELLAR_ITEMS,
                         "You're receiving this because you subscribed to CellarJobs Weekly. Unsubscribe: https://cellarjobs.example.co.uk/unsubscribe?t=ab39f"),
        html=digest_html("CellarJobs Weekly – 9 April",
                         "Hi Gaspard, here are this week's roles matching 'export sales' and two reads from our advice desk.",
                         CELLAR_ITEMS,
                         "You're receiving this because you subscribed to CellarJobs Weekly. Unsubscribe: https://cellarjobs.example.co.uk/unsubscribe?t=ab39f",
                         lang="en", colour="#3b2a4a"),
        cte="qp", html_cte="b64",
    ),
    dict(
        key="news_drinksbrief", kind="other", name="newsletter_drinks_trade_brief", lang="en",
        company="", contact="",
        frm=("The Drinks Trade Brief", "newsletter@drinkstradebrief.example.com"),
        reply_to=("The Drinks Trade Brief", "editor@drinkstradebrief.example.com"),
        subject="The Brief: an interview with Bordeaux's export chiefs, and an offer for readers",
        date="2026-07-14 06:30", tz="london",
        headers=listed("<brief.drinkstradebrief.example.com>",
                       "<https://drinkstradebrief.example.com/unsub/44a1>"),
        text="""THE DRINKS TRADE BRIEF – Tuesday 14 July

IN TODAY'S BRIEF

* Interview: three Bordeaux export directors on a difficult year
  "We've had more rejections from Asian importers in six months than in the past five years."
  https://drinkstradebrief.example.com/2026/07/bordeaux-export-interview

* Jobs: who's hiring in UK wine distribution this summer
  https://drinkstradebrief.example.com/jobs

* Reader offer: 25% off tickets for the Autumn Trade Tasting with code BRIEF25
  https://drinkstradebrief.example.com/offer/autumn-tasting

You are receiving The Brief because you subscribed at drinkstradebrief.example.com.
Unsubscribe: https://drinkstradebrief.example.com/unsub/44a1
""",
    ),
    dict(
        key="advice_careercraft", kind="other", name="career_advice_bounce_back", lang="en",
        company="", contact="",
        frm=("CareerCraft", "digest@careercraft.example.com"),
        subject="5 ways to bounce back after a job rejection",
        date="2026-02-19 14:00", tz="ny",
        headers=listed("<digest.careercraft.example.com>",
                       "<mailto:unsubscribe@careercraft.example.com?subject=unsubscribe>"),
        text="""This week on CareerCraft

5 ways to bounce back after a job rejection

You prepared, you nailed the interview, and then the email arrives: "we have decided not to move forward". Here's how career changers turn that moment into momentum.

1. Give yourself 24 hours before replying.
2. Ask one specific question when you request feedback.
3. Review your interview notes while they're fresh.
4. Keep two more applications in the pipeline at all times.
5. Remember that a role can be filled internally for reasons unrelated to you.

Read the full article: https://careercraft.example.com/articles/bounce-back

CareerCraft, 200 Park Avenue South, New York, NY 10003
Unsubscribe: mailto:unsubscribe@careercraft.example.com
""",
    ),
    dict(
        key="podcast_exportdesk", kind="other", name="podcast_guest_interview_request", lang="en",
        company="", contact="ben.carter@exportdesk.example.co.uk",
        frm=("Ben Carter", "ben.carter@exportdesk.example.co.uk"),
        subject="Guest interview on The Export Desk podcast?",
        date="2026-08-12 09:55", tz="london",
        text="""Hi Gaspard,

I host The Export Desk, a fortnightly podcast about people who sell wine across borders. A listener pointed me to your posts about moving from the restaurant floor into export sales, and I think our audience would love to hear that story.

Would you be up for a 45-minute recorded interview over video sometime in September? No need to prepare anything; I'll send some themes a week before.

Cheers,
Ben Carter
Host, The Export Desk
""",
    ),
    dict(
        key="ux_jobpilot", kind="other", name="user_research_interview_jobpilot", lang="en",
        company="", contact="mia.thornton@jobpilot.example.com",
        frm=("JobPilot Research", "research@jobpilot.example.com"),
        reply_to=("Mia Thornton", "mia.thornton@jobpilot.example.com"),
        subject="Help us improve JobPilot – 20-minute interview, £20 voucher",
        date="2026-05-20 15:40", tz="london",
        text="""Hi Gaspard,

You've been using JobPilot to track your applications, and we'd love to learn how it's working for you.

We're running 20-minute user interviews over video next week. As a thank-you, every participant receives a £20 voucher. Just reply to this email and Mia from our research team will find a time with you.

Thanks,
The JobPilot team
""",
    ),
    dict(
        key="notif_pronet", kind="other", name="professional_network_notification", lang="en",
        company="", contact="",
        frm=("ProNet", "notifications@pronet.example.com"),
        subject="Gaspard, you appeared in 14 searches this week",
        date="2026-03-03 11:05", tz="pacific",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://www.pronet.example.com/settings/notifications>")],
        text="""Gaspard, you appeared in 14 searches this week

Searchers came from: wine importers, hospitality groups, staffing and recruiting.
A recruiter at a wine merchant in London viewed your profile.

See who's looking: https://www.pronet.example.com/me/search-appearances

Jobs you may be interested in:
- Export Sales Executive, London (Easy Apply)
- Brand Ambassador, Cognac

Unsubscribe from these notifications: https://www.pronet.example.com/settings/notifications
""",
        html=simple_html("""Gaspard, you appeared in 14 searches this week

Searchers came from: wine importers, hospitality groups, staffing and recruiting.
A recruiter at a wine merchant in London viewed your profile.

Jobs you may be interested in:
- Export Sales Executive, London (Easy Apply)
- Brand Ambassador, Cognac""", lang="en"),
    ),
    dict(
        key="ooo_james", kind="other", name="out_of_office_vine_consultant", lang="en",
        company="", contact="james.okafor@vinetalent.example.co.uk",
        frm=("James Okafor", "james.okafor@vinetalent.example.co.uk"),
        subject="Automatic reply: Thames Cellars – feedback",
        date="2026-04-02 08:14", tz="london", parent="rej_vine", headers=OOO,
        text="""Thank you for your email. I am out of the office until Monday 13 April with limited access to email.

For anything urgent, please contact my colleague Priya Shah on +44 20 7946 0320.

James Okafor
Vine Talent Partners
""",
    ),
    dict(
        key="parcel_en", kind="other", name="parcel_delayed_unfortunately_en", lang="en",
        company="", contact="",
        frm=("Parcelwise", "no-reply@parcelwise.example.co.uk"),
        subject="Unfortunately, your parcel is delayed",
        date="2026-09-09 07:48", tz="london", headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Gaspard,

Unfortunately, your parcel PW-88120457 from Decanter Kit Co. is delayed due to high volumes at our Coventry hub.

New estimated delivery: Friday 11 September.
Track your parcel: https://track.parcelwise.example.co.uk/PW-88120457

We're sorry for the inconvenience.
Parcelwise
""",
    ),
    dict(
        key="friend_priya", kind="other", name="friend_tells_own_rejection_en", lang="en",
        company="", contact="priya.nair@webmail.example.co.uk",
        frm=("Priya Nair", "priya.nair@webmail.example.co.uk"),
        subject="well, that's that",
        date="2026-06-03 22:31", tz="london",
        text="""G,

Just had my own rejection from the wine bar group, after the final interview and a tasting that I thought went brilliantly. "We've gone with a candidate with more multi-site experience." Of course they have.

I'll survive. How's your export hunt going? Still waiting on the Albion people, or did they finally answer?

Call me this weekend?
P x
""",
    ),
    dict(
        key="cold_vine", kind="other", name="headhunter_cold_approach_en", lang="en",
        company="", contact="james.okafor@vinetalent.example.co.uk",
        frm=("James Okafor", "james.okafor@vinetalent.example.co.uk"),
        subject="Sommelier to export sales – a quick hello",
        date="2026-03-02 16:10", tz="london",
        text="""Hi Gaspard,

I'm a consultant at Vine Talent Partners in London, placing sales people with importers and merchants. Your profile came up in a search for French sommeliers with Scandinavian languages, which is a rare mix.

I don't have a specific role to pitch you today, but several of my clients hire people who come off the floor. If a move to London or a UK-facing role is on your radar, it would be good to register with us so I can keep you in mind.

Best,
James Okafor
Senior Consultant, Wine & Spirits
Vine Talent Partners | +44 20 7946 0318
""",
    ),
    dict(
        key="course_iwts", kind="other", name="course_application_unsuccessful", lang="en",
        company="", contact="helen.price@iwts.example.org",
        frm=("Helen Price", "helen.price@iwts.example.org"),
        subject="Your application to the MSc Wine Business (2026 intake)",
        date="2026-06-26 12:30", tz="london",
        text="""Dear Mr Lindqvist-Mensah,

Thank you for applying to the MSc Wine Business at the Institute of Wine Trade Studies.

The admissions panel has now considered all applications for the September 2026 intake. I am sorry to tell you that your application has been unsuccessful on this occasion: the panel requires a first degree or three years of management experience, which your file does not yet show.

You would be welcome to apply to our part-time Certificate in Wine Trade Management instead.

Yours sincerely,
Helen Price
Admissions Officer, Institute of Wine Trade Studies
""",
    ),
    dict(
        key="letting_keystone", kind="other", name="flat_viewing_cancelled_london", lang="en",
        company="", contact="oliver.brooks@keystonelettings.example.co.uk",
        frm=("Oliver Brooks", "oliver.brooks@keystonelettings.example.co.uk"),
        subject="Viewing cancelled – 2-bed flat, Bermondsey Street",
        date="2026-09-28 13:17", tz="london",
        text="""Hi Gaspard,

I'm sorry to say the landlord has cancelled Saturday's viewing of the two-bedroom flat on Bermondsey Street: they've accepted an offer from another applicant.

I do have two similar properties in SE1 that fit your budget. I can offer you a viewing appointment for either on Saturday at the same time if you're still coming over.

Kind regards,
Oliver Brooks
Lettings Negotiator, Keystone Lettings
""",
    ),
    dict(
        key="lwtw_registration", kind="other", name="trade_fair_registration_received", lang="en",
        company="", contact="",
        frm=("London Wine Trade Week", "no-reply@lwtw.example.co.uk"),
        subject="We've received your registration – London Wine Trade Week 2026",
        date="2026-03-27 10:00", tz="london", cte="b64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Gaspard Lindqvist-Mensah,

Thank you. We have received your registration as a trade visitor for London Wine Trade Week, 18–20 May 2026, Olympia London.

Your application for a trade badge is being reviewed; you will receive your e-badge by email within five working days.

London Wine Trade Week team
""",
    ),
    # --- German ----------------------------------------------------------------------------------
    dict(
        key="cand_app_stein", kind="other", name="own_application_steinreuth_de", lang="de",
        company="", contact="", frm=CAND,
        to=[("Katharina Steinreuth", "k.steinreuth@steinreuth.example.de")],
        subject="Bewerbung als Exportvertriebsmitarbeiter Skandinavien",
        date="2026-03-23 19:48",
        text="""Sehr geehrte Frau Steinreuth,

mit großem Interesse habe ich Ihre Stellenanzeige für den Exportvertrieb Skandinavien gelesen. Als Chefsommelier in Bordeaux mit schwedischen Wurzeln verbinde ich Weinkenntnis mit der Sprache und Kultur Ihrer Zielmärkte.

Ihre Rieslinge aus den Steillagen habe ich mehrfach auf meiner Karte geführt. Ich würde sie gern selbst nach Stockholm und Oslo bringen.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Gaspard Lindqvist-Mensah
""",
        attach=[dict(filename="Lebenslauf_Lindqvist-Mensah.pdf", pdf=dict(
            title="Lebenslauf Gaspard Lindqvist-Mensah",
            lines=["Gaspard Lindqvist-Mensah", "Bordeaux", "",
                   "Chefsommelier, Bordeaux (2021-2026)",
                   "Sommelier, Bordeaux (2017-2021)",
                   "Sprachen: Französisch, Schwedisch, Englisch, Deutsch (B1)"]))],
    ),
    dict(
        key="alert_weinjobs", kind="other", name="job_alert_weinjobs_radar", lang="de",
        company="", contact="",
        frm=("Weinjobs-Radar", "radar@weinjobs-radar.example.de"),
        subject="Ihr Weinjobs-Radar: 2 neue Stellen und Tipps zum Vorstellungsgespräch",
        date="2026-05-26 06:45",
        headers=listed("Weinjobs-Radar <radar.weinjobs-radar.example.de>",
                       "<https://www.weinjobs-radar.example.de/abmelden?k=3310>"),
        text=digest_text("Weinjobs-Radar – Ihre Treffer",
                         "Guten Morgen, hier sind die neuen Stellen zu Ihrem Suchauftrag „Export Wein“ und zwei Ratgeber der Woche.",
                         WEINJOBS_ITEMS,
                         "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden: https://www.weinjobs-radar.example.de/abmelden?k=3310"),
        html=digest_html("Weinjobs-Radar – Ihre Treffer",
                         "Guten Morgen, hier sind die neuen Stellen zu Ihrem Suchauftrag „Export Wein“ und zwei Ratgeber der Woche.",
                         WEINJOBS_ITEMS,
                         "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden: https://www.weinjobs-radar.example.de/abmelden?k=3310",
                         lang="de", colour="#2f4f2f"),
    ),
    dict(
        key="ooo_felix", kind="other", name="out_of_office_headhunter_de", lang="de",
        company="", contact="f.amberg@kellerman-search.example.de",
        frm=("Felix Amberg", "f.amberg@kellerman-search.example.de"),
        subject="Automatische Antwort: Neuer Termin bei Rheinfeld?",
        date="2026-07-06 08:02", headers=OOO,
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. Juli im Urlaub und lese meine E-Mails nur sporadisch. In dringenden Fällen wenden Sie sich bitte an Frau Jansen unter +49 69 2475 3300.

Felix Amberg
Kellerman Executive Search
""",
    ),
    dict(
        key="course_weinakademie", kind="other", name="wine_course_no_admission_de", lang="de",
        company="", contact="a.thiel@weinakademie-mosel.example.de",
        frm=("Andrea Thiel", "a.thiel@weinakademie-mosel.example.de"),
        subject="Ihre Anmeldung zum Aufbaukurs Weinmarketing",
        date="2026-02-10 11:11",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Anmeldung zum Aufbaukurs Weinmarketing und Export im Frühjahr 2026.

Leider können wir Sie für diesen Kurs nicht zulassen: Der Kurs ist mit 18 Teilnehmenden ausgebucht, und die Plätze wurden nach Eingangsdatum vergeben. Wir haben Sie auf die Warteliste gesetzt und informieren Sie, falls ein Platz frei wird.

Der nächste Kurs beginnt im Oktober; die Anmeldung öffnet im Juni.

Mit freundlichen Grüßen
Andrea Thiel
Kursorganisation, Weinakademie Mosel
""",
    ),
    dict(
        key="advice_karriere", kind="other", name="career_advice_newsletter_de", lang="de",
        company="", contact="",
        frm=("Karriere im Weinbau", "newsletter@karriere-weinbau.example.de"),
        subject="Vorstellungsgespräch auf Englisch? Sechs Tipps – und wie Sie eine Absage verdauen",
        date="2026-09-02 17:30",
        headers=listed("<newsletter.karriere-weinbau.example.de>",
                       "<https://karriere-weinbau.example.de/newsletter/abmelden?id=912>"),
        text="""KARRIERE IM WEINBAU – Newsletter September

Vorstellungsgespräch auf Englisch: sechs Tipps
Immer mehr Weingüter führen Gespräche für Exportstellen ganz auf Englisch. Unsere Autorin erklärt, wie Sie sich vorbereiten, ohne auswendig zu lernen.
https://karriere-weinbau.example.de/ratgeber/englisch

Die Absage ist da – und jetzt?
Drei Winzerinnen erzählen, wie eine Absage ihnen am Ende den Weg in den Vertrieb geöffnet hat.
https://karriere-weinbau.example.de/ratgeber/absage

Neue Stellen an Mosel, Saar und Ruwer: https://karriere-weinbau.example.de/stellen

Newsletter abbestellen: https://karriere-weinbau.example.de/newsletter/abmelden?id=912
""",
    ),
    # --- Spanish ---------------------------------------------------------------------------------
    dict(
        key="cand_vald_thanks", kind="other", name="own_thanks_after_day_in_haro", lang="es",
        company="", contact="", frm=CAND,
        to=[("Íñigo Sáenz de Ugarte", "inigo.saenz@valdemira.example.es")],
        subject="Gracias por la jornada en Haro", date="2026-06-26 09:12",
        to_enc=("utf-8", "B"),
        text="""Hola Íñigo:

Quería darte las gracias por la jornada de ayer en la bodega. La visita al viñedo y la cata de los reservas fueron un lujo, y la conversación con vuestra directora financiera me ayudó a entender muy bien el puesto.

Me encantaría llevar los vinos de Valdemira a Suecia y al Reino Unido.

Un saludo,
Gaspard Lindqvist-Mensah
""",
    ),
    dict(
        key="alert_empleovino", kind="other", name="job_alert_empleovino", lang="es",
        company="", contact="",
        frm=("EmpleoVino", "alertas@empleovino.example.es"),
        subject="EmpleoVino: nuevas ofertas de exportación y consejos para tu entrevista",
        date="2026-07-22 07:30",
        headers=listed("<alertas.empleovino.example.es>",
                       "<https://www.empleovino.example.es/baja?c=60219>"),
        text=digest_text("EmpleoVino – tu alerta semanal",
                         "Hola Gaspard, estas son las ofertas nuevas para tu alerta «exportación vino – La Rioja» y dos artículos de la semana.",
                         EMPLEO_ITEMS,
                         "Recibes este correo porque creaste una alerta en EmpleoVino. Darte de baja: https://www.empleovino.example.es/baja?c=60219"),
        html=digest_html("EmpleoVino – tu alerta semanal",
                         "Hola Gaspard, estas son las ofertas nuevas para tu alerta «exportación vino – La Rioja» y dos artículos de la semana.",
                         EMPLEO_ITEMS,
                         "Recibes este correo porque creaste una alerta en EmpleoVino. Darte de baja: https://www.empleovino.example.es/baja?c=60219",
                         lang="es", colour="#7b1e3a"),
    ),
    dict(
        key="friend_lucia", kind="other", name="friend_tells_own_rejection_es", lang="es",
        company="", contact="lucia.otero@correo.example.es",
        frm=("Lucía Otero", "lucia.otero@correo.example.es"),
        subject="me han dicho que no",
        date="2026-05-29 22:47", cte="8bit",
        text="""Hola Gaspard:

Te cuento: me han dicho que no en la bodega de Cenicero, después de la segunda entrevista y todo. Dicen que buscaban a alguien con más experiencia en gran distribución. Me he quedado fatal, la verdad.

¿Y tú qué tal con lo de Haro? Cruzo los dedos por ti.

Un beso,
Lucía
""",
    ),
    dict(
        key="press_cepa", kind="other", name="magazine_interview_request_es", lang="es",
        company="", contact="jorge.alesanco@cepaybarrica.example.es",
        frm=("Jorge Alesanco", "jorge.alesanco@cepaybarrica.example.es"),
        subject="Solicitud de entrevista – revista Cepa y Barrica",
        date="2026-10-02 12:15",
        text="""Buenos días, Gaspard:

Soy redactor de la revista Cepa y Barrica y estoy preparando un reportaje sobre sumilleres que dan el salto a la exportación. Varias bodegas de Haro me han hablado de usted.

¿Le importaría concederme una entrevista de unos veinte minutos por teléfono la semana que viene? Se publicaría en el número de noviembre.

Un saludo cordial,
Jorge Alesanco
Redacción – Cepa y Barrica
""",
    ),
    dict(
        key="ooo_nerea", kind="other", name="out_of_office_agency_es", lang="es",
        company="", contact="nerea.garrido@temporis.example.es",
        frm=("Nerea Garrido", "nerea.garrido@temporis.example.es"),
        subject="Respuesta automática: Entrevista con Distribuidora Ebro Vinos",
        date="2026-04-30 18:20", parent="inv_temp", headers=OOO,
        text="""Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 4 de mayo. Para cualquier asunto urgente puedes llamar a la oficina de Logroño, al 941 27 55 10.

Nerea Garrido
Grupo Temporis ETT
""",
    ),
    dict(
        key="course_esera", kind="other", name="masters_not_admitted_es", lang="es",
        company="", contact="secretaria.master@esera.example.es",
        frm=("Pilar Baños", "secretaria.master@esera.example.es"),
        subject="Resolución de admisión – Máster en Marketing del Vino",
        date="2026-07-15 10:05",
        text="""Estimado Sr. Lindqvist-Mensah:

Le comunicamos que la comisión académica del Máster en Marketing y Comercio Internacional del Vino ha publicado la lista de admitidos para el curso 2026-2027.

Lamentamos informarle de que no ha sido admitido en esta convocatoria, al no alcanzar la puntuación mínima en el apartado de formación universitaria. Puede consultar su baremo en la sede electrónica.

Atentamente,
Pilar Baños
Secretaría del Máster
Escuela Superior de Enología de La Rioja
""",
    ),
]
