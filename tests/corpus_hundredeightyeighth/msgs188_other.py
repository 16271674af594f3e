"""Corpus 188, other: 52 hand-written messages that are no job event for the candidate
(fr 27, en 14, de 4, es 7): digests, advice, look-alike interviews and refusals, his own mail."""

from __future__ import annotations

from typing import Any

from msgs188_common import (
    CANDIDATE,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    ats_card,
    button,
    forwarded,
    newsletter_html,
    newsletter_text,
    outlook_html,
    paras,
    plain_html,
    reply,
)
from msgs188_rejections import THANKS_LENGLART, THANKS_TULIPA

MESSAGES: list[dict[str, Any]] = []


def M(**spec: Any) -> None:
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    MESSAGES.append(spec)


def own(**spec: Any) -> None:
    """The candidate's own sent mail: always other, never a contact."""
    spec.setdefault("frm", CANDIDATE)
    spec["contact"] = ""
    spec.setdefault("headers", [("User-Agent", "Mozilla Thunderbird 128.3")])
    M(**spec)


def listing(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsubscribe),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


CV_LINES_FR = ["Baptiste Keller-Ouattara - Lille - 06 41 27 88 19 - baptiste.ko@example.fr",
               "Objectif : assistant catalogue e-commerce",
               "2019-2026 : Employé libre-service, Hypermarché Flandre Centre, Lille",
               "  Mise en rayon, étiquetage prix, inventaires tournants, commandes",
               "2025 : MOOC Gestion de catalogue e-commerce (certificat)",
               "Langues : français, anglais (B2), espagnol (B1), allemand (A2)",
               "Outils : Excel, Shopify (bases), Canva"]
CV_LINES_EN = ["Baptiste Keller-Ouattara - Lille, France - +33 6 41 27 88 19",
               "Target role: e-commerce catalogue assistant",
               "2019-2026: Shelf stacker, Hypermarché Flandre Centre, Lille",
               "  Stock rotation, price labelling, cycle counts, ordering",
               "2025: Online certificate in e-commerce catalogue management",
               "Languages: French (native), English (B2), Spanish (B1), German (A2)"]

# ============================================================================ French (27)

own(slug="own_thanks_lenglart", lang="fr",
    to=[("Claire Dumez", "claire.dumez@lenglart.example.fr")],
    subject="Merci pour l'entretien de mercredi",
    date="2026-02-05 08:12 +0100",
    refs=["lenglart_panel_invite", "lenglart_panel_moved"],
    text=THANKS_LENGLART)

own(slug="own_thanks_vendora", lang="fr",
    to=[("Sandrine Mahieu", "sandrine.mahieu@vendora.example.fr")],
    subject="Merci pour notre entretien de cet après-midi",
    date="2026-02-23 19:05 +0100",
    refs=["vendora_received", "vendora_schedule_link", "vendora_moved"],
    text=f"""Bonjour Madame Mahieu,

Je vous remercie pour l'entretien de cet après-midi et pour la visite de l'entrepôt. Voir
comment les fiches produits sont créées à partir des palettes qui arrivent m'a confirmé que
ce poste est celui que je cherche.

Comme convenu, je vous envoie les coordonnées de mon responsable de rayon pour la prise de
références : M. Olivier Lambert, 03 20 88 14 02.

Dans l'attente de votre retour, je vous souhaite une bonne soirée.

{SIG_FR}
""")

own(slug="own_scarpe_sorry", lang="fr",
    to=[("Mickaël Lefebvre", "m.lefebvre@scarpe-logistique.example.fr")],
    subject="RE: Journée d'essai de ce matin",
    date="2026-03-16 12:34 +0100",
    refs=["scarpe_trial_invite", "scarpe_trial_missed"],
    text=reply("""Bonjour Monsieur Lefebvre,

Je suis vraiment désolé pour ce matin. Mon train de 6h40 a été supprimé à cause de la grève
et mon téléphone n'avait plus de batterie, je n'ai vu vos appels qu'en arrivant chez moi.

Serait-il possible de reprogrammer la journée d'essai ? Je suis disponible n'importe quel jour
la semaine prochaine.

Baptiste Keller-Ouattara
""", "fr", "lun. 16 mars 2026 à 10:12", "Mickaël Lefebvre",
        "m.lefebvre@scarpe-logistique.example.fr",
        """Bonjour M. Keller-Ouattara,

Nous vous attendions ce matin à 8h00 à l'accueil du bâtiment B pour votre journée d'essai.
Personne ne vous a vu arriver, et j'ai essayé de vous joindre deux fois sur votre portable
(8h20 et 9h05) sans réponse.

Mickaël Lefebvre
"""))

own(slug="own_application_deule", lang="fr",
    to=[("Atelier Deûle", "bonjour@ateliers-deule.example.fr")],
    enc={"to": ("utf-8", "Q")},
    subject="Candidature spontanée - catalogue e-shop",
    date="2026-06-29 18:20 +0200",
    text=f"""Bonjour,

Client de votre boutique depuis deux ans, j'ai vu sur Instagram que vous lanciez une ligne de
chemises et que l'e-shop allait grandir. Je me permets de vous proposer mon aide pour la
création et la mise à jour des fiches produits.

Je suis employé libre-service dans un hypermarché lillois depuis six ans : étiquetage,
inventaires, réassort. J'ai suivi cette année une formation en ligne sur la gestion de
catalogue e-commerce et je cherche à en faire mon métier.

Je serais heureux d'échanger avec vous, même brièvement. Mon CV est en pièce jointe.

Bien cordialement,
{SIG_FR}
""",
    attach=[{"filename": "CV_Baptiste_Keller-Ouattara.pdf", "title": "Curriculum vitae",
                 "lines": CV_LINES_FR}])

own(slug="own_forward_hygea_to_friend", lang="fr",
    to=[("Inès Haddad", "ines.haddad@laposte.example.fr")],
    subject="Fwd: TR: Retour entretien Hygéa - poste assistant catalogue",
    date="2026-02-26 20:10 +0100",
    refs=["hygea_via_interim"],
    text="""Salut Inès,

Regarde ce que j'ai reçu cet après-midi... Tu crois que je devrais suivre une formation sur la
réglementation parapharmacie avant de repostuler dans ce secteur ? Toi qui as bossé chez un
grossiste, dis-moi franchement.

Bises,
Baptiste

""" + forwarded("fr", "Nadia Bensalem <nadia.bensalem@interimflandres.example.fr>",
                "jeu. 26 févr. 2026 à 14:18",
                "TR: Retour entretien Hygéa - poste assistant catalogue",
                "Baptiste Keller-Ouattara <baptiste.ko@example.fr>",
                """Bonjour Baptiste,

Je viens d'avoir le retour de la responsable RH d'Hygéa. Ils ne vont pas plus loin avec vous
sur ce poste. Ne vous découragez pas : je vous appelle demain matin.

Nadia Bensalem
Intérim Flandres"""))

own(slug="own_relance_nordlog", lang="fr",
    to=[("Romain Delattre", "romain.delattre@nordlog.example.fr")],
    subject="Candidature assistant données articles - où en est le processus ?",
    date="2026-05-25 09:02 +0200",
    refs=["nordlog_received", "nordlog_test_invite"],
    charset="iso-8859-1",
    text=f"""Bonjour Monsieur Delattre,

J'ai réalisé le test de catalogage le 15 mai et je n'ai pas encore reçu de date pour
l'entretien sur site. Le rendez-vous du 21 mai a-t-il été déplacé ?

Je reste bien sûr très intéressé par le poste et disponible pour venir à Lesquin quand cela
vous arrange.

Cordialement,
{SIG_FR}
""")

M(slug="talentis_cold_approach", lang="fr",
  contact="antoine.ravel@talentis.example.fr",
  frm=("Antoine Ravel", "antoine.ravel@talentis.example.fr"),
  subject="Votre parcours - Talentis Conseil",
  date="2026-02-27 18:45 +0100",
  text="""Bonjour Baptiste,

Je suis consultant chez Talentis Conseil, cabinet spécialisé dans les métiers du retail et du
e-commerce. Je suis tombé sur votre profil sur le site de l'Agence Emploi Métropole et votre
passage du rayon vers le catalogue en ligne m'a intrigué : c'est une reconversion que nos
clients regardent de plus en plus.

Je n'ai pas de poste précis à vous soumettre aujourd'hui. Si vous êtes ouvert à ce que je
garde votre CV pour de futures recherches, n'hésitez pas à me l'envoyer à jour.

Bien à vous,
Antoine Ravel
Consultant senior Retail & E-commerce - Talentis Conseil
9 rue de Provence, 75009 Paris
""")

_hdf_items = [
    ("Assistant(e) catalogue e-commerce - Roubaix - CDI",
     "https://emploi-hdf.example.fr/offres/88121", "Entretien prévu sous 10 jours pour les "
     "candidats retenus. Publié il y a 2 jours."),
    ("Préparateur de commandes e-commerce - Lesquin - Intérim",
     "https://emploi-hdf.example.fr/offres/88154", "Mission de 3 mois, horaires en 2x8."),
    ("Chargé(e) de fiches produits - Villeneuve-d'Ascq - CDD 6 mois",
     "https://emploi-hdf.example.fr/offres/88177", "Maîtrise d'Excel indispensable."),
    ("Assistant(e) merchandising web - Lille - CDI",
     "https://emploi-hdf.example.fr/offres/88190", "Poste ouvert aux profils en reconversion."),
]
_hdf_intro = """Bonjour Baptiste,

Voici les nouvelles offres correspondant à votre alerte « assistant catalogue - Métropole
lilloise ». Astuce de la semaine : une candidature envoyée dans les 48 heures après la
publication a deux fois plus de chances d'aboutir à un entretien."""
_hdf_footer = ("Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Hauts-de-France. "
               "Se désabonner : https://emploi-hdf.example.fr/alertes/stop")
M(slug="emploi_hdf_digest", lang="fr", contact="",
  frm=("Emploi Hauts-de-France", "alertes@emploi-hdf.example.fr"),
  subject="4 nouvelles offres pour « assistant catalogue - Métropole lilloise »",
  date="2026-01-19 06:30 +0100",
  headers=listing("Alertes emploi <alertes.emploi-hdf.example.fr>",
                  "<https://emploi-hdf.example.fr/alertes/stop?u=bko>, "
                  "<mailto:unsubscribe@emploi-hdf.example.fr>"),
  text=newsletter_text("Vos nouvelles offres", _hdf_intro, _hdf_items, _hdf_footer),
  html=newsletter_html("Vos nouvelles offres", _hdf_intro, _hdf_items, _hdf_footer))

_ttj = newsletter_html(
    "TrouveTonJob - sélection du jour",
    """Bonjour,

Trois entreprises recrutent près de chez vous. Les recruteurs de ces postes répondent en
moyenne sous 5 jours, entretien ou refus.""",
    [("Gestionnaire catalogue marketplace (H/F) - Paris 2e",
      "https://trouvetonjob.example.fr/j/55120", "Salaire : 26-29 k€. Télétravail partiel."),
     ("Assistant e-commerce mode (H/F) - Roubaix",
      "https://trouvetonjob.example.fr/j/55134", "Poste en CDI, démarrage immédiat."),
     ("Opérateur saisie produits (H/F) - Arras",
      "https://trouvetonjob.example.fr/j/55141", "Intérim longue durée.")],
    '<a href="https://trouvetonjob.example.fr/preferences">Gérer mes alertes</a> · '
    '<a href="https://trouvetonjob.example.fr/unsubscribe">Me désinscrire</a>',
    color="#6d28d9")
M(slug="trouvetonjob_alert", lang="fr", contact="",
  frm=("TrouveTonJob", "noreply@trouvetonjob.example.fr"),
  subject="Baptiste, 3 offres d'assistant e-commerce vous attendent",
  date="2026-04-20 07:15 +0200",
  headers=listing("<selection.trouvetonjob.example.fr>",
                  "<https://trouvetonjob.example.fr/unsubscribe?t=99f1>"),
  cte="base64",
  html=_ttj)

_reb_items = [
    ("Lire l'article : 5 façons de rebondir après un refus",
     "https://carriere-nord.example.fr/rebondir-refus", "8 minutes de lecture"),
    ("Modèle : demander un retour après un entretien",
     "https://carriere-nord.example.fr/modele-feedback", "À copier-coller"),
    ("Webinaire gratuit le 19 mars : réussir sa reconversion vers le e-commerce",
     "https://carriere-nord.example.fr/webinaire-ecommerce", "Inscription en un clic"),
]
_reb_intro = """Cette semaine, on parle de ce message que tout le monde redoute : « Nous avons le
regret de vous informer que votre candidature n'a pas été retenue ». Malheureusement, il fait
partie de toute recherche d'emploi. Nos conseils pour demander un retour, garder le contact avec
le recruteur et préparer le prochain entretien sans perdre confiance."""
_reb_footer = ("Carrière Nord Mag, la lettre hebdomadaire des chercheurs d'emploi des "
               "Hauts-de-France. Pour ne plus la recevoir : https://carriere-nord.example.fr/stop")
M(slug="newsletter_rebondir_refus", lang="fr", contact="",
  frm=("Carrière Nord Mag", "lettre@carriere-nord.example.fr"),
  subject="Refusé(e) après un entretien ? Comment rebondir",
  date="2026-03-12 12:00 +0100",
  headers=listing("Carriere Nord Mag <hebdo.carriere-nord.example.fr>",
                  "<https://carriere-nord.example.fr/stop?id=bko188>"),
  cte="quoted-printable",
  text=newsletter_text("Carrière Nord Mag n° 112", _reb_intro, _reb_items, _reb_footer),
  html=newsletter_html("Carrière Nord Mag n° 112", _reb_intro, _reb_items, _reb_footer,
                       color="#b91c1c"))

_if_items = [
    ("Atelier CV & entretien - jeudi 21 mai, 18h, agence Lille Centre",
     "https://interimflandres.example.fr/ateliers/cv-entretien",
     "Simulations d'entretien avec nos chargés de recrutement. Places limitées."),
    ("Nos missions de l'été en logistique e-commerce",
     "https://interimflandres.example.fr/missions/ete",
     "Plus de 40 postes à pourvoir entre Lille et Lens."),
    ("Rappel : déclarez vos heures avant le 5 du mois",
     "https://interimflandres.example.fr/espace-interimaire", "Dans votre espace intérimaire."),
]
_if_intro = """Bonjour,

Le printemps est la saison des recrutements saisonniers. Voici l'actualité de votre agence."""
_if_footer = ("Intérim Flandres - 27 boulevard de la Liberté, 59000 Lille. "
              "Désinscription : https://interimflandres.example.fr/newsletter/stop")
M(slug="interimflandres_newsletter", lang="fr", contact="",
  frm=("Intérim Flandres", "newsletter@interimflandres.example.fr"),
  subject="La lettre Intérim Flandres - mai 2026",
  date="2026-05-07 10:00 +0200",
  headers=listing("Lettre Interim Flandres <lettre.interimflandres.example.fr>",
                  "<mailto:stop@interimflandres.example.fr?subject=unsubscribe>"),
  text=newsletter_text("La lettre Intérim Flandres", _if_intro, _if_items, _if_footer),
  html=newsletter_html("La lettre Intérim Flandres", _if_intro, _if_items, _if_footer,
                       color="#0e7490"))

M(slug="podcast_reconversions", lang="fr", contact="margot@podcast-reconversions.example.fr",
  frm=("Margot Lemaire", "margot@podcast-reconversions.example.fr"),
  subject="Invitation dans le podcast « Reconversions »",
  date="2026-06-11 14:22 +0200",
  text="""Bonjour Baptiste,

Je produis « Reconversions », un podcast où des personnes racontent comment elles ont changé
de métier. Camille Roussel, de Vrac & Co, m'a parlé de votre parcours : passer de la mise en
rayon au catalogue en ligne, c'est exactement le genre d'histoire que nos auditeurs aiment.

Accepteriez-vous une interview d'environ 40 minutes, enregistrée à distance ? L'épisode
serait diffusé en septembre. Je peux vous envoyer la liste des questions à l'avance.

Belle journée,
Margot Lemaire
Productrice - Reconversions (le podcast)
""")

M(slug="press_echo_deule", lang="fr", contact="j.vasseur@echo-deule.example.fr",
  frm=("Jérôme Vasseur", "j.vasseur@echo-deule.example.fr"),
  subject="Demande d'interview - reconversion vers le e-commerce",
  date="2026-09-17 11:05 +0200",
  charset="windows-1252", cte="quoted-printable",
  text="""Bonjour M. Keller-Ouattara,

Journaliste à L’Écho de la Deûle, je prépare un dossier sur les salariés de la grande
distribution qui se tournent vers les métiers du e-commerce dans la métropole.

Votre témoignage dans le podcast « Reconversions » m’a beaucoup intéressé. Seriez-vous
d’accord pour une interview d’une demi-heure, par téléphone ou autour d’un café à Lille, la
semaine prochaine ? Une photo serait prise si vous l’acceptez.

Cordialement,
Jérôme Vasseur
Journaliste – L’Écho de la Deûle
""")

_ur = """Bonjour Baptiste,

Vous avez récemment commandé sur Marché Bleu et nous aimerions mieux comprendre comment vous
choisissez un vendeur.

Nous cherchons des clients pour des entretiens utilisateurs de 45 minutes en visio avec
l'équipe Design, entre le 4 et le 8 mai. Il n'y a pas de bonne ou de mauvaise réponse : nous
testons simplement de nouvelles pages produits. En remerciement, vous recevrez un bon d'achat
de 30 EUR.

Si vous êtes partant, réservez un créneau ici. Merci !

Élodie, UX Researcher chez Marché Bleu"""
M(slug="marchebleu_user_research", lang="fr", contact="elodie.martin@marchebleu.example.fr",
  frm=("Élodie Martin", "elodie.martin@marchebleu.example.fr"),
  subject="Participez à un entretien utilisateur (30 EUR offerts)",
  date="2026-04-23 15:30 +0200",
  text=_ur + "\n\nRéserver : https://research.marchebleu.example.fr/sessions\n",
  html=plain_html(paras(_ur) + button("Réserver un créneau",
                                      "https://research.marchebleu.example.fr/sessions")))

_cn = """Bonjour Baptiste,

Malheureusement, votre colis n° CN 4471 0932 88 FR n'a pas pu être livré aujourd'hui comme
prévu, en raison d'un incident sur notre plateforme de tri de Lomme.

Nouvelle date de livraison estimée : jeudi 8 octobre, entre 9h et 13h.
Vous pouvez aussi choisir de le retirer en point relais.

Nous vous prions de nous excuser pour ce retard.
Le service client ColiNord"""
M(slug="colinord_delayed", lang="fr", contact="",
  frm=("ColiNord", "suivi@notifications.colinord.example.fr"),
  subject="Votre colis est retardé",
  date="2026-10-06 19:45 +0200",
  headers=[("Auto-Submitted", "auto-generated")],
  text=_cn + "\n",
  html=ats_card("ColiNord", "#ca8a04", paras(_cn) + button(
      "Modifier ma livraison", "https://colinord.example.fr/suivi/CN4471093288FR", "#ca8a04"),
      "ColiNord · Ne répondez pas à cet e-mail"))

M(slug="vlille_position", lang="fr", contact="",
  frm=("V'Lille Connect", "no-reply@vlille-connect.example.fr"),
  subject="Position de votre vélo : trajet terminé",
  date="2026-08-08 18:31 +0200",
  headers=[("Auto-Submitted", "auto-generated")],
  text="""Bonjour Baptiste,

Votre trajet s'est terminé à 18h29. Dernière position GPS enregistrée de votre vélo :
station Gare Lille Flandres (50.6365, 3.0707).

Durée : 23 min - Distance : 5,8 km

Si ce n'est pas vous qui avez reposé le vélo, signalez-le dans l'application.

V'Lille Connect
""")

M(slug="friend_ines_rejection", lang="fr", contact="ines.haddad@laposte.example.fr",
  frm=("Inès Haddad", "ines.haddad@laposte.example.fr"),
  subject="devine quoi...",
  date="2026-03-28 21:37 +0100",
  text="""Coucou Baptiste,

Bon, Decoshop m'a répondu pour le poste de cheffe de rayon web : c'est un non. Le mail disait
qu'ils avaient « retenu un profil plus expérimenté », la phrase classique. J'ai passé trois
entretiens pour ça, je suis dégoûtée.

Du coup je crois que je vais suivre ton conseil et tenter l'intérim le temps de trouver.
On se fait un café dimanche pour en parler ?

Inès
""")

M(slug="banque_rdv_conseiller", lang="fr", contact="f.delcourt@banque-flandres.example.fr",
  frm=("Florence Delcourt", "f.delcourt@banque-flandres.example.fr"),
  subject="Votre entretien annuel avec votre conseillère",
  date="2026-01-22 10:10 +0100",
  charset="iso-8859-1", cte="quoted-printable",
  text="""Monsieur,

Dans le cadre du suivi de votre compte, je vous propose un entretien annuel en agence le
mardi 3 février à 17h30, agence Lille Vauban.

Nous ferons le point sur votre situation et sur votre projet d'achat de véhicule. Pensez à
apporter vos trois derniers bulletins de salaire.

Si ce créneau ne vous convient pas, vous pouvez choisir un autre rendez-vous depuis votre
espace client.

Florence Delcourt
Conseillère clientèle - Banque des Flandres, agence Lille Vauban
03 20 31 77 50
""")

M(slug="proprietaire_visite", lang="fr", contact="m.leroy59@orange.example.fr",
  frm=("Martine Leroy", "m.leroy59@orange.example.fr"),
  subject="Passage du plombier + visite",
  date="2026-07-21 08:52 +0200",
  charset="windows-1252",
  text="""Bonjour Baptiste,

Le plombier passera vendredi entre 8h et 10h pour le chauffe-eau. Je sais que vous travaillez
au magasin le matin, est-ce que je peux entrer avec ma clé ?

Autre chose : comme vous m’avez annoncé que vous pourriez quitter l’appartement si vous
trouvez un poste à Bruxelles ou ailleurs, je voudrais savoir s’il faut prévoir des visites en
septembre. Ce n’est pas urgent, dites-moi quand vous y verrez plus clair.

Bonne journée,
Martine Leroy
""")

M(slug="greta_formation_refus", lang="fr", contact="",
  frm=("GRETA Grand Lille - Admissions", "admissions@greta-grandlille.example.fr"),
  subject="Résultat de votre candidature à la formation « Assistant e-commerce »",
  date="2026-06-26 16:00 +0200",
  text="""Monsieur Keller-Ouattara,

Nous vous remercions pour votre candidature à la formation certifiante « Assistant(e)
e-commerce » (session de septembre 2026, Lille).

Après l'entretien de positionnement du 12 juin, la commission d'admission n'a pas retenu votre
candidature pour cette session : le nombre de places financées par la Région était limité à
14 pour 63 candidats. Vous restez inscrit sur liste complémentaire.

Vous pouvez candidater à la session de janvier 2027 dès l'ouverture des inscriptions.

Le service des admissions
GRETA Grand Lille

Ce message est envoyé automatiquement.
""")

M(slug="rdvsante_confirmation", lang="fr", contact="",
  frm=("RdvSanté", "ne-pas-repondre@rdvsante.example.fr"),
  subject="Votre rendez-vous du 17 février est confirmé",
  date="2026-02-10 13:22 +0100",
  headers=[("Auto-Submitted", "auto-generated")],
  html=ats_card("RdvSanté", "#0284c7",
                "<p>Bonjour Baptiste,</p>\n"
                "<p>Votre rendez-vous avec le <strong>Dr Anne Vermeersch</strong> "
                "(médecine générale) est confirmé :</p>\n"
                "<p><strong>Mardi 17 février 2026 à 18h15</strong><br>"
                "Cabinet médical Wazemmes, 12 rue des Sarrazins, Lille</p>\n"
                "<p>Pensez à votre carte Vitale. En cas d'empêchement, annulez au moins "
                "24 heures à l'avance pour libérer le créneau.</p>\n"
                + button("Gérer mon rendez-vous", "https://rdvsante.example.fr/rdv/771203",
                         "#0284c7"),
                "RdvSanté · Ne répondez pas à cet e-mail"))

M(slug="parcelia_ooo", lang="fr", contact="sophie.vandamme@parcelia.example.be",
  frm=("Vandamme, Sophie", "sophie.vandamme@parcelia.example.be"),
  subject="Réponse automatique : Votre contrat de travail Parcelia – à signer",
  date="2026-06-22 07:41 +0200",
  refs=["parcelia_contract"],
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 29 juin inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un entretien ou un contrat, vous pouvez contacter
l'équipe RH au +32 2 555 18 00.

Cordialement,
Sophie Vandamme
HR Business Partner | Parcelia SA
""",
  html=outlook_html("""Bonjour,

Je suis absente du bureau jusqu'au lundi 29 juin inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un entretien ou un contrat, vous pouvez contacter
l'équipe RH au +32 2 555 18 00.

Cordialement,
Sophie Vandamme
HR Business Partner | Parcelia SA"""))

_rp = """Bonjour Baptiste,

Claire Dumez, Chargée de recrutement chez Maison Lenglart, a consulté votre profil.

Vous apparaissez aussi dans 12 recherches cette semaine. Les recruteurs s'intéressent surtout à
votre expérience « Employé libre-service ».

Offres pour vous : Assistant catalogue (Vendora, Roubaix) · Chargé de fiches produits
(Sportéo, Villeneuve-d'Ascq)

RéseauPro"""
M(slug="reseaupro_notification", lang="fr", contact="",
  frm=("RéseauPro", "notifications@reseaupro.example.com"),
  subject="Claire Dumez a consulté votre profil",
  date="2026-01-31 09:03 +0100",
  headers=[("Auto-Submitted", "auto-generated"),
           ("List-Unsubscribe", "<https://reseaupro.example.com/settings/emails?u=bko>")],
  text=_rp + "\n",
  html=ats_card("RéseauPro", "#0a66c2", paras(_rp) + button(
      "Voir qui a consulté votre profil", "https://reseaupro.example.com/me/views", "#0a66c2"),
      "RéseauPro · Paramètres des e-mails"))

M(slug="agence_emploi_convocation", lang="fr", contact="",
  frm=("Agence Emploi Métropole", "ne-pas-repondre@agence-emploi-metropole.example.fr"),
  subject="Convocation à un entretien de suivi",
  date="2026-03-02 08:15 +0100",
  headers=[("Auto-Submitted", "auto-generated")],
  text="""Monsieur Baptiste KELLER-OUATTARA
Identifiant : 4417220T

Vous êtes convoqué à un entretien de suivi de votre projet de reconversion avec votre
conseillère, Mme Saïda Benhamou :

Le jeudi 12 mars 2026 à 14h00
Agence Emploi Métropole Lille-Moulins, 6 rue d'Arras, 59000 Lille

Cet entretien porte sur votre demande de financement de formation et le point sur vos
candidatures en cours. En cas d'empêchement, prévenez-nous depuis votre espace personnel.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M(slug="hyper_planning", lang="fr", contact="o.lambert@hyper-flandre.example.fr",
  frm=("Olivier Lambert", "o.lambert@hyper-flandre.example.fr"),
  subject="Planning semaine 7 - changement de poste",
  date="2026-02-06 13:40 +0100",
  text="""Salut Baptiste,

Pour la semaine 7, je te passe du poste du matin (5h-12h) au poste d'après-midi (13h-20h)
mardi et mercredi, pour couvrir l'absence de Karim en réserve. Le reste ne change pas.

Et bravo pour ton entretien de lundi à Roubaix, tu me raconteras. Si tu as besoin que je
décale encore un jour, dis-le-moi assez tôt.

Olivier
Manager rayon épicerie - Hypermarché Flandre Centre
""")

_club_items = [
    ("Job dating e-commerce - jeudi 8 octobre, 18h, EuraTechnologies",
     "https://club-ecommerce-lille.example.fr/job-dating",
     "Dix entreprises, des entretiens flash de 7 minutes. Venez avec 5 CV."),
    ("Retour sur la table ronde : marketplaces et logistique du dernier kilomètre",
     "https://club-ecommerce-lille.example.fr/blog/table-ronde", "Compte-rendu et vidéo."),
    ("Appel à bénévoles pour l'accueil du salon",
     "https://club-ecommerce-lille.example.fr/benevoles", "Deux heures suffisent."),
]
_club_intro = """Bonjour à toutes et à tous,

La rentrée du Club E-commerce Lille est chargée ! Au programme ce mois-ci :"""
_club_footer = ("Club E-commerce Lille, association loi 1901. Vous recevez ce message car vous "
                "êtes membre. Se désinscrire : https://club-ecommerce-lille.example.fr/stop")
M(slug="club_ecommerce_jobdating", lang="fr", contact="",
  frm=("Club E-commerce Lille", "bureau@club-ecommerce-lille.example.fr"),
  subject="[Club E-commerce Lille] Rentrée : job dating le 8 octobre",
  date="2026-09-01 20:00 +0200",
  headers=listing("Membres du club <membres.club-ecommerce-lille.example.fr>",
                  "<https://club-ecommerce-lille.example.fr/stop?m=312>"),
  text=newsletter_text("Club E-commerce Lille - septembre", _club_intro, _club_items,
                       _club_footer),
  html=newsletter_html("Club E-commerce Lille - septembre", _club_intro, _club_items,
                       _club_footer, color="#be185d"))

M(slug="habitat_liste_attente", lang="fr", contact="",
  frm=("Lille Métropole Habitat", "notifications@lmh.example.fr"),
  subject="Votre position sur la liste d'attente",
  date="2026-10-09 09:00 +0200",
  headers=[("Auto-Submitted", "auto-generated")],
  text="""Bonjour Monsieur Keller-Ouattara,

Votre demande de logement n° 059-2025-118734 est toujours active.

Votre position actuelle sur la liste d'attente du secteur Lille-Sud (T2) : 41e.
Votre position a progressé de 9 places depuis le dernier trimestre.

Pensez à renouveler votre demande avant le 15 décembre 2026.

Lille Métropole Habitat - message automatique
""")

# ============================================================================ English (14)

own(slug="own_thanks_tulipa", lang="en",
    to=[("Joost Bakker", "joost.bakker@tulipahome.example.nl")],
    cc=[("Meike van Dijk", "meike.vandijk@tulipahome.example.nl")],
    subject="Thank you - Catalogue Assistant interview",
    date="2026-07-22 17:46 +0200",
    refs=["tulipa_panel_invite", "tulipa_interviewer_ill"],
    text=THANKS_TULIPA)

own(slug="own_thanks_grachtenmarkt", lang="en",
    to=[("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl")],
    subject="Thanks for this morning",
    date="2026-06-03 13:02 +0200",
    refs=["grachtenmarkt_video_invite", "grachtenmarkt_moved"],
    text=f"""Hi Femke,

Thank you and Tom for the interview this morning. Going through the seller listings together
was a great way to understand the role, and I'm even more motivated now.

Regarding the relocation question: I can move to Amsterdam from mid-July.

Kind regards,
{SIG_EN}
""")

own(slug="own_leiestraat_sorry", lang="en",
    to=[("Lotte Claes", "lotte.claes@leiestraat.example.be")],
    subject="Sorry about Thursday",
    date="2026-04-03 07:58 +0200",
    refs=["leiestraat_chat_thursday", "leiestraat_waited_teams"],
    text=reply("""Hi Lotte,

I'm really sorry I missed our call yesterday. I had the wrong time zone in my calendar and
only saw your message at 11:30. Would next Tuesday at 14:00 work for you to try again?

Best regards,
Baptiste
""", "en", "Thu, 2 Apr 2026 at 11:20", "Lotte Claes", "lotte.claes@leiestraat.example.be",
        """Hi Baptiste,

We waited on Teams for about 15 minutes this morning but didn't see you join. I hope
everything's alright.

Lotte
"""))

own(slug="own_application_fietsplein", lang="en",
    to=[("Fietsplein Jobs", "jobs@fietsplein.example.be")],
    subject="Application - Catalogue assistant (web shop)",
    date="2026-08-28 22:10 +0200",
    text=f"""Hello,

I would like to apply for the catalogue assistant position advertised on your website.

I have spent six years stocking shelves and managing labels in a large supermarket in Lille,
and I am now moving into e-commerce catalogue work. I ride a cargo bike every day, so I know
your products as a customer too. I can relocate to Ghent and work in English.

My CV is attached. I would be glad to talk whenever suits you.

Best regards,
{SIG_EN}
""",
    attach=[{"filename": "CV_Baptiste_Keller-Ouattara_EN.pdf", "title": "Curriculum vitae",
                 "lines": CV_LINES_EN}])

_nw = """Hi Baptiste,

Your application for Marketplace Catalogue Assistant was viewed by Grachtenmarkt.

Jobs you may be interested in:
- Catalogue Specialist at Tulipa Home (Amsterdam) - 14 applicants
- Content Assistant at Canalside Books (Amsterdam) - Be an early applicant
- Inventory Data Assistant at Kade Logistics (Amsterdam)

See all jobs on Netwerk."""
M(slug="netwerk_notification", lang="en", contact="",
  frm=("Netwerk", "jobs-noreply@netwerk.example.com"),
  subject="Your application was viewed by Grachtenmarkt",
  date="2026-05-20 08:12 +0200",
  headers=[("Auto-Submitted", "auto-generated"),
           ("List-Unsubscribe", "<https://netwerk.example.com/email/unsub?t=jobs>")],
  cte="base64",
  text=_nw + "\n",
  html=ats_card("Netwerk", "#0f172a", paras(_nw) + button(
      "See all jobs", "https://netwerk.example.com/jobs", "#0f172a"),
      "Netwerk Corp. · Unsubscribe from job alerts", "en"))

_jn_items = [
    ("E-commerce Catalogue Assistant - Amsterdam-Zuid",
     "https://jobsnl.example.nl/v/44120", "Interviews start next week; apply by Friday."),
    ("Marketplace Content Specialist (English speaking) - Amsterdam",
     "https://jobsnl.example.nl/v/44132", "Hybrid, EUR 2,700-3,100 a month."),
    ("Warehouse Data Clerk - Schiphol", "https://jobsnl.example.nl/v/44150",
     "Early shifts, Dutch not required."),
    ("Junior Merchandiser, online fashion - Amsterdam-Oost",
     "https://jobsnl.example.nl/v/44161", "Start in July."),
]
_jn_intro = """Good morning Baptiste,

Here are this week's new English-speaking jobs in Amsterdam matching "catalogue". Tip: many
employers send a rejection within days when your CV doesn't mention the exact tools in the
advert, so tailor it!"""
_jn_footer = ("You are receiving this weekly digest from JobsNL. Unsubscribe: "
              "https://jobsnl.example.nl/unsubscribe")
M(slug="jobsnl_digest", lang="en", contact="",
  frm=("JobsNL Weekly", "digest@mail.jobsnl.example.nl"),
  subject="4 new catalogue jobs in Amsterdam this week",
  date="2026-06-08 07:00 +0200",
  headers=listing("JobsNL weekly digest <weekly.jobsnl.example.nl>",
                  "<https://jobsnl.example.nl/unsubscribe?d=w>, "
                  "<mailto:unsubscribe@jobsnl.example.nl>"),
  cte="quoted-printable",
  text=newsletter_text("JobsNL Weekly", _jn_intro, _jn_items, _jn_footer),
  html=newsletter_html("JobsNL Weekly", _jn_intro, _jn_items, _jn_footer, "en", "#ea580c"))

_cl_items = [
    ("Why 'we've decided to move forward with other candidates' isn't about you",
     "https://careerletter.example.com/issues/57/not-about-you", "6 min read"),
    ("Script: asking for feedback after a final-round interview",
     "https://careerletter.example.com/issues/57/feedback-script", "Template"),
    ("Reader story: from night-shift stocker to catalogue coordinator",
     "https://careerletter.example.com/issues/57/reader-story", "Interview"),
]
_cl_intro = """Hello again,

This week's issue is all about rejection: how to read the polite emails, what a role "put on
hold" really means, and how to keep your pipeline full so one 'no' doesn't stop you."""
_cl_footer = ("The Career Switch Letter · You subscribed at careerletter.example.com · "
              "Unsubscribe: https://careerletter.example.com/u")
M(slug="careerletter_rejection_issue", lang="en", contact="",
  frm=("The Career Switch Letter", "hello@careerletter.example.com"),
  subject="Issue #57: The rejection issue",
  date="2026-04-16 16:00 +0200",
  headers=listing("The Career Switch Letter <letter.careerletter.example.com>",
                  "<https://careerletter.example.com/u?s=57>"),
  text=newsletter_text("The Career Switch Letter - Issue #57", _cl_intro, _cl_items,
                       _cl_footer),
  html=newsletter_html("The Career Switch Letter - Issue #57", _cl_intro, _cl_items,
                       _cl_footer, "en", "#4338ca"))

M(slug="tulipa_user_research", lang="en", contact="sem.peters@tulipahome.example.nl",
  frm=("Sem Peters", "sem.peters@tulipahome.example.nl"),
  subject="Join a 30-minute customer interview?",
  date="2026-08-19 10:30 +0200",
  text="""Hi Baptiste,

You bought a floor lamp from Tulipa Home in June, so we'd love to hear about your experience.

Our research team is running 30-minute customer interviews over video next week to understand
how people compare lighting products online. As a thank-you, you'll get a EUR 25 voucher.

If you're up for it, just reply with a time that suits you between Monday and Thursday.

Thanks,
Sem Peters
User Research, Tulipa Home
""")

M(slug="podcast_second_shift", lang="en", contact="dana@secondshiftpodcast.example.com",
  frm=("Dana Whitfield", "dana@secondshiftpodcast.example.com"),
  subject="Podcast interview request: Second Shift",
  date="2026-09-09 15:55 +0200",
  text="""Hi Baptiste,

I host Second Shift, a podcast about people who change careers while still working their
old job. A listener in Ghent pointed me to your story about moving from supermarket shelves to
online catalogues.

Would you be open to a 45-minute interview for the show? We record remotely, and I'd send you
the rough questions a week ahead. Episodes go out in English, but a French accent is very
welcome!

Best,
Dana Whitfield
Host, Second Shift
""")

M(slug="femke_ooo", lang="en", contact="femke.degraaf@grachtenmarkt.example.nl",
  frm=("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl"),
  subject="Automatic reply: Your offer from Grachtenmarkt",
  date="2026-06-16 09:02 +0200",
  refs=["grachtenmarkt_offer"],
  headers=[("Auto-Submitted", "auto-replied")],
  text="""Thanks for your email. I'm out of the office until Monday 22 June with limited access to
email. For anything about interviews or offers in the meantime, please contact
talent@grachtenmarkt.example.nl.

Femke
""")

M(slug="scoutpearl_cold_approach", lang="en", contact="olivia.hart@scoutpearl.example.co.uk",
  frm=("Olivia Hart", "olivia.hart@scoutpearl.example.co.uk"),
  subject="Hello from Scout & Pearl",
  date="2026-02-24 12:15 +0000",
  text="""Hi Baptiste,

I'm a recruiter at Scout & Pearl, where we place people in e-commerce operations across the
Benelux and northern France. Your profile stood out to me because of your languages and your
hands-on retail background.

I don't have a specific vacancy for you right now, but I'd be glad to keep your details on
file and let you know when something relevant comes up. If that sounds good, feel free to
send me your latest CV.

All the best,
Olivia Hart
Senior Recruiter, Scout & Pearl
""")

M(slug="parcelpoint_delayed", lang="en", contact="",
  frm=("ParcelPoint", "updates@parcelpoint.example.com"),
  subject="Update: your delivery is running late",
  date="2026-05-12 17:20 +0200",
  headers=[("Auto-Submitted", "auto-generated")],
  text="""Hi Baptiste,

Unfortunately, your parcel PP-88310-NL is delayed and won't arrive today as planned. We're
sorry about that.

New estimated delivery: Thursday 14 May, 10:00-14:00.
Current position: sorting centre, Utrecht.

Track your parcel: https://parcelpoint.example.com/t/PP88310NL

ParcelPoint Customer Care
""")

M(slug="friend_wout_rejection", lang="en", contact="wout.deprez@telenet.example.be",
  frm=("Wout Deprez", "wout.deprez@telenet.example.be"),
  subject="well that's that",
  date="2026-04-25 23:02 +0200",
  text="""Hey man,

Remember the junior buyer job at that sneaker shop in Antwerp I told you about? Got the email
today: "we've decided to move forward with other candidates". After four rounds! Honestly I'm
more annoyed than sad.

How are your own interviews going? Still on for the Gentse Feesten in July? Our couch is yours
if you come for the Leiestraat thing again.

Wout
""")

M(slug="course_refusal_asdc", lang="en", contact="",
  frm=("Admissions - Amsterdam School of Digital Commerce", "admissions@asdc.example.nl"),
  subject="Your application to the Certificate in Digital Merchandising",
  date="2026-07-03 11:00 +0200",
  text="""Dear Baptiste Keller-Ouattara,

Thank you for applying to the part-time Certificate in Digital Merchandising (September 2026
intake).

The admissions committee has reviewed your application carefully. We regret that we are
unable to offer you a place on this year's programme, as the course was heavily
oversubscribed and priority was given to applicants already working in online retail.

You are welcome to reapply for the February 2027 intake.

Yours sincerely,
Admissions Office
Amsterdam School of Digital Commerce
""")

# ============================================================================ German (4)

_jr_items = [
    ("Sachbearbeiter Produktdaten (m/w/d) - Köln-Mediapark",
     "https://jobletter-rheinland.example.de/s/20118", "Vorstellungsgespräche ab September."),
    ("Assistenz E-Commerce (m/w/d) - Köln-Ehrenfeld",
     "https://jobletter-rheinland.example.de/s/20125", "Teilzeit möglich."),
    ("Lagerlogistiker mit Stammdatenpflege - Köln-Porz",
     "https://jobletter-rheinland.example.de/s/20131", "Schichtarbeit, unbefristet."),
]
_jr_intro = """Hallo Baptiste,

in dieser Ausgabe: drei Tipps für das Vorstellungsgespräch per Video, was eine Absage ohne
Begründung bedeutet - und neue Stellen in Köln, die zu Ihrem Suchprofil passen."""
_jr_footer = ("Jobletter Rheinland, Köln. Sie erhalten diesen Newsletter, weil Sie ihn "
              "abonniert haben. Abmelden: https://jobletter-rheinland.example.de/abmelden")
M(slug="jobletter_rheinland", lang="de", contact="",
  frm=("Jobletter Rheinland", "newsletter@jobletter-rheinland.example.de"),
  subject="Ihr Jobletter: Tipps fürs Vorstellungsgespräch + 3 neue Stellen",
  date="2026-07-09 06:45 +0200",
  headers=listing("Jobletter Rheinland <jobletter.jobletter-rheinland.example.de>",
                  "<https://jobletter-rheinland.example.de/abmelden?u=77120>"),
  charset="iso-8859-1", html_charset="utf-8", cte="quoted-printable",
  text=newsletter_text("Jobletter Rheinland", _jr_intro, _jr_items, _jr_footer),
  html=newsletter_html("Jobletter Rheinland", _jr_intro, _jr_items, _jr_footer, "de",
                       "#1d4ed8"))

M(slug="katrin_abwesenheit", lang="de", contact="katrin.hoffmann@rheinkaufhaus.example.de",
  frm=("Katrin Hoffmann", "katrin.hoffmann@rheinkaufhaus.example.de"),
  subject="Abwesenheitsnotiz: Ihr Vertragsangebot - Sachbearbeiter Produktdaten",
  date="2026-09-26 10:15 +0200",
  refs=["rheinkaufhaus_offer"],
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. September nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an
recruiting@rheinkaufhaus.example.de.

Mit freundlichen Grüßen
Katrin Hoffmann
""")

M(slug="sprachschule_absage", lang="de", contact="",
  frm=("Sprachschule Köln-Mitte", "anmeldung@sprachschule-koeln.example.de"),
  subject="Ihre Anmeldung zum Kurs Deutsch B1 (Abendkurs)",
  date="2026-03-19 14:10 +0100",
  text="""Sehr geehrter Herr Keller-Ouattara,

vielen Dank für Ihre Anmeldung zum Online-Abendkurs Deutsch B1 ab 13. April.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen
Platz mehr anbieten können. Wir haben Sie auf die Warteliste gesetzt und informieren Sie, falls
ein Platz frei wird.

Der nächste Kurs beginnt am 8. Juni. Die Anmeldung ist ab sofort möglich.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Köln-Mitte
""")

own(slug="own_bewerbung_suedstadt", lang="de",
    to=[("Südstadt Shop", "jobs@suedstadt-shop.example.de")],
    subject="Bewerbung als Assistenz E-Commerce",
    date="2026-09-14 21:30 +0200",
    text=f"""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Assistenz E-Commerce in Ihrem Online-Shop.

Seit sechs Jahren arbeite ich in einem Supermarkt in Lille und kümmere mich dort um
Warenverräumung, Preisauszeichnung und Inventuren. Zurzeit bilde ich mich im Bereich
E-Commerce-Katalogpflege weiter und möchte gerne in Köln arbeiten. Meine Deutschkenntnisse
verbessere ich in einem Abendkurs.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich
sehr freuen.

Mit freundlichen Grüßen
{SIG_DE}
""",
    attach=[{"filename": "Lebenslauf_Keller-Ouattara.pdf", "title": "Lebenslauf",
                 "lines": ["Baptiste Keller-Ouattara - Lille, Frankreich",
                        "Ziel: Assistenz E-Commerce / Katalogpflege",
                        "2019-2026: Mitarbeiter Warenverräumung, Hypermarché Flandre Centre",
                        "Sprachen: Französisch, Englisch (B2), Spanisch (B1), Deutsch (A2)"]}])

# ============================================================================ Spanish (7)

_em_items = [
    ("Asistente de catálogo e-commerce - Madrid (Chamartín)",
     "https://empleomadrid.example.es/o/31021", "Entrevistas la semana que viene."),
    ("Gestor/a de fichas de producto - Alcobendas",
     "https://empleomadrid.example.es/o/31044", "Contrato indefinido."),
    ("Mozo/a de almacén con gestión de stock - Vallecas",
     "https://empleomadrid.example.es/o/31050", "Turno de mañana."),
]
_em_intro = """Hola Baptiste:

Estas son las nuevas ofertas que coinciden con tu alerta «catálogo e-commerce - Madrid».
Recuerda: las empresas suelen cerrar la fase de entrevistas en pocos días."""
_em_footer = ("EmpleoMadrid · Recibes este correo porque creaste una alerta. Darse de baja: "
              "https://empleomadrid.example.es/baja")
M(slug="empleomadrid_alert", lang="es", contact="",
  frm=("EmpleoMadrid", "alertas@empleomadrid.example.es"),
  subject="3 ofertas nuevas para «catálogo e-commerce - Madrid»",
  date="2026-02-02 07:05 +0100",
  headers=listing("Alertas EmpleoMadrid <alertas.empleomadrid.example.es>",
                  "<https://empleomadrid.example.es/baja?a=5521>"),
  charset="windows-1252", html_charset="utf-8", cte="quoted-printable",
  text=newsletter_text("Nuevas ofertas para ti", _em_intro, _em_items, _em_footer),
  html=newsletter_html("Nuevas ofertas para ti", _em_intro, _em_items, _em_footer, "es",
                       "#dc2626"))

_bt_items = [
    ("Cómo preparar una entrevista por videollamada en 20 minutos",
     "https://blogtalento.example.es/entrevista-video", "Lectura de 5 minutos"),
    ("Qué hacer cuando te dicen «lamentablemente no has sido seleccionado»",
     "https://blogtalento.example.es/rechazo", "Consejos de tres reclutadoras"),
    ("Plantilla de carta de agradecimiento tras la entrevista",
     "https://blogtalento.example.es/plantilla-gracias", "Descargable"),
]
_bt_intro = """¡Hola!

Esta semana en Blog Talento Digital hablamos de entrevistas: cómo prepararlas, cómo dar las
gracias después y cómo encajar un rechazo sin perder la motivación."""
_bt_footer = ("Blog Talento Digital · Madrid · Si no quieres recibir más correos: "
              "https://blogtalento.example.es/baja")
M(slug="blog_talento_entrevista", lang="es", contact="",
  frm=("Blog Talento Digital", "boletin@blogtalento.example.es"),
  subject="Entrevistas, agradecimientos y rechazos: la guía de la semana",
  date="2026-05-28 18:00 +0200",
  headers=listing("Boletin Blog Talento <boletin.blogtalento.example.es>",
                  "<https://blogtalento.example.es/baja?b=88>"),
  text=newsletter_text("Blog Talento Digital", _bt_intro, _bt_items, _bt_footer),
  html=newsletter_html("Blog Talento Digital", _bt_intro, _bt_items, _bt_footer, "es",
                       "#059669"))

M(slug="friend_nerea_rechazo", lang="es", contact="nerea.gz@correo.example.es",
  frm=("Nerea González", "nerea.gz@correo.example.es"),
  subject="me han dicho que no :(",
  date="2026-06-06 22:48 +0200",
  text="""¡Hola Baptiste!

¿Te acuerdas de la entrevista que tenía en la tienda de cosmética de Malasaña? Pues hoy me han
escrito: «lamentamos comunicarte que no has sido seleccionada». Tres semanas esperando para
eso.

Bueno, a otra cosa. ¿Cuándo vienes a Madrid? Me dijiste que tenías algo con una marca de ropa,
¡cuéntame!

Besos,
Nerea
""")

own(slug="own_gracias_modacastellana", lang="es",
    to=[("Javier Ortega", "javier.ortega@modacastellana.example.es")],
    cc=[("Carmen Ruiz", "carmen.ruiz@modacastellana.example.es")],
    subject="Gracias por la entrevista de hoy",
    date="2026-05-19 19:20 +0200",
    refs=["modacastellana_invite", "modacastellana_time_change"],
    text=f"""Hola Javier, hola Carmen:

Muchas gracias por la entrevista de esta tarde y por enseñarme cómo preparáis las fichas de la
nueva colección. Me ha encantado el ambiente del equipo.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
{SIG_ES}
""")

M(slug="lucia_fuera_oficina", lang="es", contact="lucia.serrano@mercadillodigital.example.es",
  frm=("Lucía Serrano", "lucia.serrano@mercadillodigital.example.es"),
  subject="Respuesta automática: Hoy a las 10:00",
  date="2026-03-31 08:00 +0200",
  refs=["mercadillo_no_answer"],
  headers=[("Auto-Submitted", "auto-replied")],
  text="""Hola:

Estoy fuera de la oficina hasta el 6 de abril por Semana Santa. Responderé a tu mensaje a mi
vuelta. Para temas urgentes de entrevistas, escribe a talento@mercadillodigital.example.es.

Lucía Serrano
""")

M(slug="seleccion_norte_cold", lang="es", contact="pablo.aranda@seleccion-norte.example.es",
  frm=("Pablo Aranda", "pablo.aranda@seleccion-norte.example.es"),
  subject="Tu perfil en e-commerce",
  date="2026-08-04 11:37 +0200",
  text="""Hola Baptiste:

Soy Pablo, consultor en Selección Norte. Trabajamos con tiendas online y operadores logísticos
de Madrid y he visto tu perfil en una bolsa de empleo: tu experiencia en tienda física y tu
francés nativo son una combinación interesante.

Ahora mismo no tengo ninguna vacante concreta para ti, pero me gustaría tener tu CV actualizado
para futuros procesos. Si te parece bien, envíamelo cuando puedas.

Un saludo,
Pablo Aranda
Selección Norte · Madrid
""")

M(slug="tiendacasa_retraso", lang="es", contact="",
  frm=("TiendaCasa", "pedidos@tiendacasa.example.es"),
  subject="Tu pedido TC-209331 se retrasa",
  date="2026-10-01 12:40 +0200",
  headers=[("Auto-Submitted", "auto-generated")],
  charset="iso-8859-1",
  text="""Hola Baptiste:

Lamentablemente, tu pedido TC-209331 (estantería modular, 2 bultos) sufrirá un retraso de
unos cinco días por falta de stock en nuestro almacén de Getafe.

Nueva fecha estimada de entrega: 9 de octubre.
Si lo prefieres, puedes cancelar el pedido sin coste desde tu cuenta.

Disculpa las molestias.
Atención al cliente de TiendaCasa
""")

assert len(MESSAGES) == 52, len(MESSAGES)
