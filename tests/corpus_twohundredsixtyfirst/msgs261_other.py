"""Corpus 261: everything that is not a job event for the candidate (52 specs)."""

from __future__ import annotations

from msgs261_common import (
    CAND_ADDR,
    CAND_NAME,
    CAND_SIG,
    CANDIDATE,
    attrib_en,
    attrib_fr,
    digest_html,
    digest_text,
    outlook_block,
    paras,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append({"kind": "other", "company": "", **spec})


def own(**spec: object) -> None:
    """The candidate's own sent mail: always other, never a contact."""
    add(frm=CANDIDATE, contact="", **spec)


def listhead(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# 001 -- EmploiWallonie job alert ----------------------------------------------------
_ew_items = [
    ("Assistant(e) achats – Biscuiterie (Jambes)", "https://emploiwallonie.example.be/o/88121",
     "CDI · Namur · Entretiens prévus début mars"),
    ("Aide-acheteur·euse produits frais – Grande distribution (Gosselies)",
     "https://emploiwallonie.example.be/o/88140", "Intérim 6 mois · Charleroi"),
    ("Gestionnaire approvisionnement – Hôpital (Liège)",
     "https://emploiwallonie.example.be/o/88177", "CDD · Candidatures jusqu'au 28/02"),
    ("Employé·e logistique et commandes – Grossiste (Sambreville)",
     "https://emploiwallonie.example.be/o/88203", "CDI · Temps plein"),
]
_ew_intro = (
    "Bonjour Manon,\n\n"
    "4 nouvelles offres correspondent à votre alerte « assistant achats – Namur + 40 km ». "
    "Astuce de la semaine : une candidature refusée n'est pas une porte fermée, relancez "
    "poliment après un entretien et demandez un retour."
)
_ew_footer = (
    "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiWallonie. "
    "Se désabonner : https://emploiwallonie.example.be/alertes/stop?u=ms77"
)
add(
    slug="alerte_emploiwallonie", lang="fr", contact="",
    frm=("EmploiWallonie", "alertes@emploiwallonie.example.be"),
    subject="4 nouvelles offres : assistant achats – Namur",
    date="2026-02-11 06:00 +0100",
    headers=listhead("<alertes.emploiwallonie.example.be>",
                     "https://emploiwallonie.example.be/alertes/stop?u=ms77"),
    text=digest_text("EmploiWallonie – vos alertes", _ew_intro, _ew_items, _ew_footer),
    html=digest_html("EmploiWallonie – vos alertes", _ew_intro, _ew_items, _ew_footer),
    cte="quoted-printable",
)

# 002 -- Newsletter: bouncing back after a refusal ----------------------------------
_nl_items = [
    ("Refus après entretien : comment demander un feedback utile",
     "https://carrieres-magazine.example.fr/articles/feedback-refus", "Lecture 4 min"),
    ("« Nous avons retenu un autre profil » : ce que cela veut vraiment dire",
     "https://carrieres-magazine.example.fr/articles/autre-profil", "Lecture 6 min"),
    ("Reconversion : de la vente aux achats, trois témoignages",
     "https://carrieres-magazine.example.fr/articles/vente-achats", "Lecture 8 min"),
    ("Agenda : salon de l'emploi de Lille, 14 mars",
     "https://carrieres-magazine.example.fr/agenda/lille-0314", "Entrée gratuite"),
]
_nl_intro = (
    "Chère lectrice, cher lecteur,\n\n"
    "Ce mois-ci, notre dossier traite d'un sujet que tout le monde vit mais dont on parle peu : "
    "le refus. Nos conseillers expliquent comment transformer un « non » en prochaine étape."
)
_nl_footer = (
    "Carrières Magazine – 7 place du Théâtre, 59000 Lille. "
    "Gérer mes abonnements : https://carrieres-magazine.example.fr/newsletter/prefs"
)
add(
    slug="newsletter_rebondir_refus", lang="fr", contact="",
    frm=("Carrières Magazine", "newsletter@carrieres-magazine.example.fr"),
    subject="Dossier du mois : rebondir après un refus",
    date="2026-03-05 07:30 +0100",
    headers=listhead("Carrieres Magazine <newsletter.carrieres-magazine.example.fr>",
                     "mailto:unsubscribe@carrieres-magazine.example.fr?subject=stop"),
    html=digest_html("Carrières Magazine", _nl_intro, _nl_items, _nl_footer, color="#7c3aed"),
)

# 003 -- Career-advice article (plain text newsletter) -----------------------------
add(
    slug="article_preparer_entretien", lang="fr", contact="",
    frm=("Le Blog de l'Acheteur", "bonjour@blog-acheteur.example.be"),
    subject="5 questions à préparer avant votre entretien d'embauche en achats",
    date="2026-04-02 12:00 +0200",
    headers=listhead("<lettre.blog-acheteur.example.be>",
                     "https://blog-acheteur.example.be/desinscription"),
    text=(
        "LE BLOG DE L'ACHETEUR – Lettre n° 42\n\n"
        "5 questions à préparer avant votre entretien d'embauche en achats\n\n"
        "1. « Parlez-moi d'une négociation difficile. » Même en boutique, vous avez négocié "
        "un délai ou un prix avec un fournisseur : racontez-le.\n"
        "2. « Comment suivez-vous vos stocks ? » Citez vos outils, même un simple tableur.\n"
        "3. « Que faites-vous quand une livraison est en retard ? »\n"
        "4. « Pourquoi les achats ? » Préparez une réponse de nonante secondes, pas plus.\n"
        "5. « Avez-vous des questions ? » Oui : toujours.\n\n"
        "Et si le recruteur vous annonce que le poste est pourvu, remerciez-le : les "
        "acheteurs ont de la mémoire.\n\n"
        "Lire l'article complet : https://blog-acheteur.example.be/5-questions\n\n"
        "--\nVous êtes inscrite à la lettre du Blog de l'Acheteur. "
        "Désinscription : https://blog-acheteur.example.be/desinscription\n"
    ),
)

# 004 -- Podcast interview request -------------------------------------------------
add(
    slug="podcast_metiers_de_bouche", lang="fr",
    contact="elise@podcast-metiers.example.be",
    frm=("Élise Tondeur", "elise@podcast-metiers.example.be"),
    subject="Interview pour le podcast « Les Métiers de Bouche » ?",
    date="2026-06-18 14:26 +0200",
    text=(
        "Bonjour Manon,\n\n"
        "Je prépare une série d'épisodes sur les reconversions dans l'alimentation et votre "
        "témoignage sur le groupe Facebook des boulangers namurois m'a beaucoup touchée.\n\n"
        "Accepteriez-vous une interview d'une quarantaine de minutes, enregistrée dans notre "
        "petit studio de Namur (ou à distance) ? On y parlerait de vos années en boulangerie "
        "et de votre envie de passer aux achats. Rien n'est diffusé sans votre accord.\n\n"
        "Belle journée,\n"
        "Élise Tondeur\n"
        "Productrice – Les Métiers de Bouche (podcast indépendant)\n"
        "0478 90 70 66\n"
    ),
)

# 005 -- User-research interview invitation --------------------------------------
add(
    slug="entretien_utilisateur_jobboard", lang="fr",
    contact="thomas.gerard@emploiwallonie.example.be",
    frm=("Thomas Gérard – EmploiWallonie", "thomas.gerard@emploiwallonie.example.be"),
    subject="30 minutes pour améliorer EmploiWallonie ? (bon d'achat de 20 €)",
    date="2026-05-12 10:00 +0200",
    text=(
        "Bonjour Manon,\n\n"
        "Je fais partie de l'équipe produit d'EmploiWallonie. Nous menons des entretiens "
        "utilisateurs pour comprendre comment les chercheuses d'emploi utilisent nos alertes.\n\n"
        "Seriez-vous d'accord pour un entretien en visio de 30 minutes la semaine prochaine ? "
        "Il ne s'agit pas d'un entretien d'embauche : nous voulons simplement votre avis. En "
        "remerciement, vous recevrez un bon d'achat de 20 €.\n\n"
        "Réservez un créneau ici : https://emploiwallonie.example.be/recherche-utilisateurs\n\n"
        "Merci !\n"
        "Thomas Gérard\n"
        "UX Researcher – EmploiWallonie\n"
    ),
)

# 006 -- Parcel delayed ------------------------------------------------------------
add(
    slug="colis_retarde", lang="fr", contact="",
    frm=("ColisExpress Belgique", "ne-pas-repondre@colisexpress.example.be"),
    subject="Votre colis est retardé",
    date="2026-01-22 16:45 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    html=simple_html(paras(
        "Bonjour,\n\n"
        "Malheureusement, votre colis n° CE 4471 0982 BE ne pourra pas être livré "
        "aujourd'hui comme prévu, en raison de conditions météorologiques difficiles.\n\n"
        "Nouvelle date estimée : lundi 26 janvier, entre 9h00 et 13h00.\n\n"
        "Position actuelle : centre de tri de Courcelles.\n\n"
        "Nous vous prions de nous excuser pour ce désagrément.\n"
        "ColisExpress Belgique"
    ) + '\n<p><a href="https://colisexpress.example.be/suivi/CE44710982BE">'
        "Suivre mon colis</a></p>"),
)

# 007 -- GPS / position notification ----------------------------------------------
add(
    slug="position_traceur_velo", lang="fr", contact="",
    frm=("TrackMoov", "notifications@trackmoov.example.fr"),
    subject="Nouvelle position enregistrée pour « Vélo Manon »",
    date="2026-07-09 18:22 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour,\n\n"
        "Votre traceur « Vélo Manon » a signalé une nouvelle position à 18:21 :\n"
        "Quai de Meuse, 5100 Jambes (précision 8 m).\n\n"
        "Batterie : 22 %. Pensez à le recharger.\n\n"
        "Voir sur la carte : https://app.trackmoov.example.fr/t/v-manon\n\n"
        "TrackMoov – notification automatique\n"
    ),
)

# 008 -- Friend tells about her own rejection -------------------------------------
add(
    slug="amie_lea_son_refus", lang="fr", contact="lea.dubois@example.be",
    frm=("Léa Dubois", "lea.dubois@example.be"),
    subject="bon ben c'est non pour moi",
    date="2026-04-28 22:14 +0200",
    text=(
        "Coucou ma belle,\n\n"
        "Tu te rappelles l'entretien chez le traiteur à Wépion dont je t'avais parlé ? Ils "
        "m'ont répondu ce soir : ils ne me prennent pas, « profil trop junior ». Je suis "
        "dégoûtée, j'avais vraiment cru que c'était dans la poche.\n\n"
        "Et toi, des nouvelles de Malmedy ? On se fait un resto samedi pour se remonter le "
        "moral ?\n\n"
        "Bisous,\nLéa\n"
    ),
)

# 009 -- Own thank-you to Biscuiterie Mosane --------------------------------------
own(
    slug="envoye_merci_mosane", lang="fr",
    to=[("Aurélie Marchal", "a.marchal@biscuiterie-mosane.example.be")],
    subject="Merci pour l'entretien de cet après-midi",
    date="2026-02-26 18:40 +0100", id="mosane_thanks", parent="mosane_move",
    text=(
        "Bonjour Madame Marchal,\n\n"
        "Je vous remercie, ainsi que M. Collard, pour l'entretien de cet après-midi et pour "
        "la visite de l'entrepôt des emballages. Le poste d'assistante achats correspond "
        "tout à fait à ce que je cherche.\n\n"
        "Je reste disponible pour tout renseignement complémentaire.\n\n"
        "Bien à vous,\n" + CAND_SIG + "\n"
    ),
)

# 010 -- Own application to Boulangeries Pirson ---------------------------------
own(
    slug="envoye_candidature_pirson", lang="fr",
    to=[("Boulangeries Pirson", "emploi@boulangeries-pirson.example.be")],
    subject="Candidature – Assistante achats (atelier d'Ans)",
    date="2026-09-14 20:31 +0200", id="pirson_app",
    text=(
        "Madame, Monsieur,\n\n"
        "Je vous propose ma candidature au poste d'assistante achats de votre atelier "
        "central.\n\n"
        "Vendeuse en boulangerie depuis six ans à Namur, je passe déjà les commandes de "
        "farine, de beurre et d'emballages pour la boutique et je suis les inventaires "
        "chaque semaine. Je souhaite aujourd'hui me consacrer entièrement aux achats.\n\n"
        "Mon CV est joint à ce message. Je serais heureuse de vous rencontrer.\n\n"
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n" + CAND_SIG + "\n"
    ),
    pdf=[{"name": "CV_Manon_Sithole-Garnier.pdf", "lines": [
        "Manon Sithole-Garnier - Namur - +32 470 58 21 93",
        "Experience : vendeuse et responsable commandes, Boulangerie Thirion (2020-2026)",
        "Formation : CESS ; certificat gestion des stocks (2025)",
        "Langues : francais, anglais, notions d'allemand et d'espagnol",
    ]}],
)

# 011 -- Own apology / reschedule request to Saint-Aubain -------------------------
own(
    slug="envoye_excuses_report_aubain", lang="fr",
    to=[("Véronique Lambotte", "v.lambotte@st-aubain.example.be")],
    subject="Désolée pour ce matin",
    date="2026-03-12 12:03 +0100", id="aubain_apology", parent="aubain_missed",
    text=(
        "Madame Lambotte,\n\n"
        "Je suis vraiment désolée : mon ordinateur n'a pas voulu ouvrir Teams ce matin et "
        "je n'avais pas votre numéro. Serait-il possible de fixer un autre rendez-vous ?\n\n"
        "Manon Sithole-Garnier\n\n"
        + attrib_fr("jeu. 12 mars 2026 à 10:31", "Véronique Lambotte",
                    "v.lambotte@st-aubain.example.be") + "\n"
        + quote(
            "Bonjour Madame, nous vous avons attendue sur Teams ce matin à 10h00 pendant un "
            "quart d'heure."
        ) + "\n"
    ),
)

# 012 -- Recruiter's cold approach (no event) -------------------------------------
add(
    slug="approche_cabinet_sans_suite", lang="fr",
    contact="m.colson@achatstalents.example.be",
    frm=("Mathieu Colson", "m.colson@achatstalents.example.be"),
    subject="Votre profil m'intéresse",
    date="2026-06-05 08:59 +0200",
    text=(
        "Bonjour Madame Sithole-Garnier,\n\n"
        "Je suis tombé sur votre profil en cherchant des personnes venant du commerce de "
        "détail alimentaire. Je recrute régulièrement des assistants achats pour des PME "
        "wallonnes et je serais ravi de faire connaissance.\n\n"
        "Je n'ai pas de poste précis à vous présenter aujourd'hui, mais si vous êtes ouverte "
        "à un échange, répondez-moi simplement avec vos disponibilités.\n\n"
        "Mathieu Colson\n"
        "Fondateur – Achats Talents\n"
        "Boulevard d'Avroy 120, 4000 Liège – 0499 70 90 40\n"
    ),
)

# 013 -- Bank: annual meeting with the advisor ----------------------------------
add(
    slug="banque_entretien_conseiller", lang="fr",
    contact="karim.haddad@banque-meuse.example.be",
    frm=("Karim Haddad – Banque de la Meuse", "karim.haddad@banque-meuse.example.be"),
    subject="Votre entretien annuel avec votre conseiller",
    date="2026-01-26 09:30 +0100",
    html=simple_html(paras(
        "Chère Cliente,\n\n"
        "Comme chaque année, je vous propose un entretien pour faire le point sur votre "
        "situation : position de vos comptes, épargne-pension et projets pour 2026.\n\n"
        "Je vous propose le lundi 9 février à 17h30 à l'agence de la rue de l'Ange, ou par "
        "téléphone si vous préférez. Répondez-moi simplement pour confirmer ou proposer un "
        "autre moment.\n\n"
        "Karim Haddad\n"
        "Conseiller clientèle – Banque de la Meuse\n"
        "Rue de l'Ange 28, 5000 Namur"
    ) + '\n<p style="font-size:10px;color:#777">Banque de la Meuse SA – Ce message est '
        "confidentiel. La banque ne vous demandera jamais vos codes par e-mail.</p>"),
)

# 014 -- Landlord: boiler maintenance visit --------------------------------------
add(
    slug="proprietaire_entretien_chaudiere", lang="fr",
    contact="g.delforge@example.be",
    frm=("Georges Delforge", "g.delforge@example.be"),
    subject="Entretien de la chaudière – passage du chauffagiste",
    date="2026-09-29 19:15 +0200", charset="windows-1252", cte="8bit",
    text=(
        "Bonsoir Madame Sithole-Garnier,\n\n"
        "Le chauffagiste passera pour l’entretien annuel de la chaudière le jeudi 8 octobre "
        "entre 8h et 12h. Pouvez-vous être présente, ou laisser la clé chez Mme Lhoest au "
        "rez-de-chaussée ?\n\n"
        "J’en profiterai pour regarder la fuite sous l’évier dont vous m’aviez parlé. Le "
        "forfait de septante-cinq € reste à ma charge, comme d’habitude.\n\n"
        "Bien cordialement,\n"
        "Georges Delforge\n"
        "0472 90 70 88\n"
    ),
)

# 015 -- Course admission refused (not a job rejection) ----------------------------
add(
    slug="refus_admission_certificat", lang="fr",
    contact="n.pirotte@he-mosane.example.be",
    frm=("Nathalie Pirotte", "n.pirotte@he-mosane.example.be"),
    subject="Certificat en gestion des achats – décision d'admission",
    date="2026-07-15 11:50 +0200",
    text=(
        "Madame,\n\n"
        "Le jury d'admission du Certificat interuniversitaire en gestion des achats s'est "
        "réuni le 13 juillet. Nous avons le regret de vous informer que votre demande "
        "d'inscription n'a pas pu être acceptée pour l'année académique 2026-2027 : le "
        "nombre de places est limité à vingt-quatre et la priorité va aux personnes déjà en "
        "fonction dans un service achats.\n\n"
        "Vous pouvez introduire une nouvelle demande l'an prochain ; le module en ligne "
        "« Bases de l'approvisionnement » reste ouvert sans sélection.\n\n"
        "Nathalie Pirotte\n"
        "Secrétariat de la formation continue – Haute École Mosane\n"
    ),
)

# 016 -- Doctor's appointment (booking platform) ----------------------------------
add(
    slug="rdv_medecin_confirmation", lang="fr", contact="",
    frm=("DocRendezVous", "no-reply@docrendezvous.example.be"),
    subject="Votre rendez-vous du 3 juin avec le Dr Lemaire est confirmé",
    date="2026-05-29 08:02 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Manon,\n\n"
        "Votre rendez-vous est confirmé :\n"
        "Dr Anne Lemaire – médecine générale\n"
        "Mercredi 3 juin 2026 à 8h40\n"
        "Cabinet médical de Salzinnes, Rue Patenier 12, 5000 Namur\n\n"
        "En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance depuis "
        "votre compte. Les rendez-vous non honorés peuvent être facturés.\n\n"
        "DocRendezVous – message automatique\n"
    ),
)

# 017 -- Out-of-office auto-reply from a recruiter --------------------------------
add(
    slug="absence_delvaux_autoreply", lang="fr",
    contact="c.renard@delvaux-frais.example.be",
    frm=("Céline Renard", "c.renard@delvaux-frais.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Réponse automatique : Candidature assistante achats – Delvaux Frais",
    date="2026-04-24 08:01 +0200",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=(
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au lundi 4 mai inclus, sans accès à mes e-mails.\n\n"
        "Pour toute question urgente concernant un recrutement ou un entretien planifié, "
        "merci de contacter le service RH au 04 264 70 91.\n\n"
        "Céline Renard\n"
    ),
)

# 018 -- ProLink notification (LinkedIn-style) -----------------------------------
_pl_items = [
    ("Acheteur junior – Laiterie (Malmedy)", "https://prolink.example.com/jobs/441022",
     "Candidature simplifiée · 37 candidats"),
    ("Assistant·e supply chain – Distribution (Charleroi)",
     "https://prolink.example.com/jobs/441078", "Promu · Publié il y a 2 jours"),
    ("Category assistant – Retail (Luxembourg)", "https://prolink.example.com/jobs/441103",
     "Le recruteur est actif"),
]
_pl_intro = (
    "Manon, 3 recruteurs ont consulté votre profil cette semaine et vous êtes apparue dans "
    "18 recherches. Voici des offres qui pourraient vous intéresser."
)
_pl_footer = (
    "ProLink Europe · Vous recevez ces notifications selon vos préférences. "
    "Se désabonner : https://prolink.example.com/settings/email"
)
add(
    slug="prolink_notifications", lang="fr", contact="",
    frm=("ProLink", "notifications-noreply@prolink.example.com"),
    subject="Manon, vous êtes apparue dans 18 recherches",
    date="2026-05-04 05:12 +0000",
    headers=listhead("<weekly.prolink.example.com>", "https://prolink.example.com/settings/email"),
    text=digest_text("ProLink", _pl_intro, _pl_items, _pl_footer),
    html=digest_html("ProLink", _pl_intro, _pl_items, _pl_footer, color="#0a66c2"),
    cte="base64",
)

# 019 -- Own application to Grands Moulins de Flandre -----------------------------
own(
    slug="envoye_candidature_moulins", lang="fr",
    to=[("Recrutement GMF", "recrutement@gmflandre.example.fr")],
    subject="Candidature assistante achats – réf. GMF-ACH-26",
    date="2026-05-11 21:17 +0200", id="moulins_app",
    text=(
        "Madame, Monsieur,\n\n"
        "Veuillez trouver ci-joint ma candidature pour le poste d'assistante achats "
        "(réf. GMF-ACH-26). Je travaille depuis six ans en boulangerie à Namur et gère "
        "déjà les commandes de farine de la boutique.\n\n"
        "Dans l'attente de votre réponse,\nManon Sithole-Garnier\n"
    ),
    pdf=[{"name": "CV_Sithole-Garnier_2026.pdf", "lines": [
        "Manon Sithole-Garnier",
        "Assistante achats en devenir - Namur",
        "Commandes fournisseurs, suivi des stocks, relation clients",
    ]}],
)

# 020 -- Own forward of a rejection to a friend -----------------------------------
own(
    slug="envoye_transfert_refus_a_lea", lang="fr",
    to=[("Léa Dubois", "lea.dubois@example.be")],
    subject="TR: Poste d'assistante achats : fin du processus",
    date="2026-08-28 18:02 +0200",
    text=(
        "Regarde ce que je viens de recevoir… Ils suppriment carrément le poste. Je t'appelle "
        "ce soir.\n\nM.\n\n"
        "-------- Message transféré --------\n"
        "Sujet : Poste d'assistante achats : fin du processus\n"
        "Date : Fri, 28 Aug 2026 17:26:00 +0200\n"
        "De : Direction – Les Halles de Namur <direction@halles-namur.example.be>\n"
        "Pour : Manon Sithole-Garnier <manon.sg@example.be>\n\n"
        "Chère Madame,\n\n"
        "Notre conseil d'administration a décidé de supprimer la fonction d'assistante achats "
        "qui faisait l'objet de notre annonce de juillet. Le processus de sélection s'arrête "
        "donc ici, pour vous comme pour les autres personnes rencontrées.\n\n"
        "Isabelle Mathy\n"
        "Directrice – Les Halles de Namur\n"
    ),
)

# 021 -- Hospital job alert, iso-8859-1, HTML only --------------------------------
_hosp_items = [
    ("Assistant(e) administratif(ve) achats - Clinique (Namur)",
     "https://santejobs.example.be/offre/31007", "CDI - Entretiens en mars"),
    ("Magasinier(ère) pharmacie - Centre hospitalier (Charleroi)",
     "https://santejobs.example.be/offre/31022", "CDD 6 mois"),
    ("Gestionnaire des achats médicaux - Hôpital (Luxembourg)",
     "https://santejobs.example.be/offre/31045", "Frontaliers bienvenus"),
]
_hosp_intro = (
    "Bonjour,\n\n"
    "Voici les nouvelles offres du secteur hospitalier correspondant à votre recherche "
    "« achats / logistique »."
)
_hosp_footer = (
    "SantéJobs - alerte hebdomadaire. Pour ne plus recevoir ces alertes : "
    "https://santejobs.example.be/stop"
)
add(
    slug="alerte_santejobs_latin1", lang="fr", contact="",
    frm=("SantéJobs", "alerte@santejobs.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="SantéJobs : 3 nouvelles offres achats / logistique", subj_enc=("iso-8859-1", "B"),
    date="2026-02-27 07:00 +0100", charset="iso-8859-1", cte="quoted-printable",
    headers=listhead("<hebdo.santejobs.example.be>", "https://santejobs.example.be/stop"),
    html=digest_html("SantéJobs", _hosp_intro, _hosp_items, _hosp_footer, color="#be123c")
    .replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">'),
)

# 022 -- Webinar invitation (job-seekers' centre) ----------------------------------
add(
    slug="webinaire_reussir_entretien", lang="fr", contact="",
    frm=("Carrefour Emploi Namur", "info-noreply@carrefouremploi-namur.example.be"),
    subject="Webinaire gratuit : réussir son entretien d'embauche (mardi 20 octobre)",
    date="2026-10-12 10:00 +0200",
    headers=listhead("<agenda.carrefouremploi-namur.example.be>",
                     "https://carrefouremploi-namur.example.be/desinscription"),
    text=(
        "Bonjour,\n\n"
        "Vous avez un entretien d'embauche bientôt ? Ou vous avez reçu plusieurs refus et "
        "vous voulez comprendre pourquoi ?\n\n"
        "Rejoignez notre webinaire gratuit « Réussir son entretien » le mardi 20 octobre de "
        "12h30 à 13h30. Au menu : se présenter en nonante secondes, répondre aux questions "
        "pièges, et que faire quand on vous annonce que le poste est mis en attente.\n\n"
        "Inscription : https://carrefouremploi-namur.example.be/webinaires/entretien-2010\n\n"
        "Carrefour Emploi Namur – Service public de l'emploi\n"
        "Se désinscrire : https://carrefouremploi-namur.example.be/desinscription\n"
    ),
)

# 023 -- Health insurance: "position" of a claim -----------------------------------
add(
    slug="mutuelle_position_dossier", lang="fr", contact="",
    frm=("Mutualité Mosane", "noreply@mutualite-mosane.example.be"),
    subject="Position de votre demande de remboursement",
    date="2026-06-30 13:14 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Chère affiliée,\n\n"
        "Votre demande de remboursement n° 2026-118842 (kinésithérapie) est en cours de "
        "traitement. Position actuelle : contrôle par notre médecin-conseil.\n\n"
        "Malheureusement, le délai de traitement est allongé de dix jours ouvrables en raison "
        "de la période de vacances. Aucune action n'est requise de votre part.\n\n"
        "Mutualité Mosane – ceci est un message automatique.\n"
    ),
)

# 024 -- Own application to Épiceries Kirchberg ------------------------------------
own(
    slug="envoye_candidature_kirchberg", lang="fr",
    to=[("Marc Thill", "m.thill@epiceries-kirchberg.example.lu")],
    subject="Candidature – Assistante achats épicerie fine",
    date="2026-08-21 08:50 +0200", id="kirchberg_app",
    text=(
        "Monsieur,\n\n"
        "Je vous adresse ma candidature pour le poste d'assistante achats. Après un refus "
        "pour un poste similaire en Belgique, j'ai suivi une formation en gestion des "
        "stocks que je souhaite mettre au service de votre enseigne.\n\n"
        "Vous trouverez mon CV en annexe.\n\nManon Sithole-Garnier\n"
    ),
    pdf=[{"name": "CV_MSG.pdf", "lines": ["Manon Sithole-Garnier - CV", "Namur, Belgique"]}],
)

# 025 -- Own follow-up to Supermarchés Hesbaye Plus -------------------------------
own(
    slug="envoye_relance_hesbaye", lang="fr",
    to=[("Recrutement Hesbaye Plus", "jobs@hesbayeplus.example.be")],
    subject="Relance – candidature assistant·e achats Waremme",
    date="2026-01-28 09:05 +0100", id="hesbaye_relance",
    cte="quoted-printable",
    text=(
        "Madame, Monsieur,\n\n"
        "Je me permets de revenir vers vous au sujet de ma candidature du 12 janvier pour le "
        "poste d'assistant·e achats à Waremme. Je suis toujours très motivée et disponible "
        "pour un entretien à votre convenance.\n\n"
        "Je vous remercie d'avance pour votre retour.\n\n" + CAND_SIG + "\n"
    ),
)

# 026 -- Bakers' federation newsletter ---------------------------------------------
_fed_items = [
    ("Prix de la farine : ce qui change au 1er avril",
     "https://federation-boulangers.example.be/actu/farine-avril", "Analyse"),
    ("Bourse à l'emploi : 12 offres ce mois-ci, dont 3 postes en achats",
     "https://federation-boulangers.example.be/emploi", "Offres réservées aux membres"),
    ("Témoignage : « Mon entretien chez un grossiste s'est joué sur la connaissance des "
     "farines »", "https://federation-boulangers.example.be/actu/temoignage-grossiste",
     "Portrait"),
]
_fed_intro = (
    "Chers membres,\n\n"
    "Au sommaire de la lettre de mars : la hausse des matières premières, notre bourse à "
    "l'emploi et un témoignage de reconversion."
)
_fed_footer = (
    "Fédération des Boulangers de Wallonie ASBL – Rue de la Boulangerie 3, 5000 Namur · "
    "Se désinscrire : https://federation-boulangers.example.be/lettre/stop"
)
add(
    slug="federation_boulangers_lettre", lang="fr", contact="",
    frm=("Fédération des Boulangers de Wallonie", "lettre@federation-boulangers.example.be"),
    frm_enc=("utf-8", "B"),
    subject="La lettre de mars : farine, emploi et reconversion",
    date="2026-03-18 07:45 +0100",
    headers=listhead("<lettre.federation-boulangers.example.be>",
                     "https://federation-boulangers.example.be/lettre/stop"),
    text=digest_text("Fédération des Boulangers – lettre de mars", _fed_intro, _fed_items,
                     _fed_footer),
    html=digest_html("Fédération des Boulangers – lettre de mars", _fed_intro, _fed_items,
                     _fed_footer, color="#a16207"),
)

# ============================================================================ English

# 027 -- JobRadar digest -------------------------------------------------------------
_jr_items = [
    ("Purchasing Assistant – Greenleaf Grocers (Brussels)",
     "https://jobradar.example.eu/j/70311", "Interviews scheduled on a rolling basis"),
    ("Junior Buyer – Catering (Zaventem)", "https://jobradar.example.eu/j/70322",
     "Apply by 15 February"),
    ("Procurement Assistant – Hospital Group (Luxembourg)",
     "https://jobradar.example.eu/j/70340", "Full-time · French & English"),
    ("Stock Controller – Bakery chain (Lille)", "https://jobradar.example.eu/j/70362",
     "Permanent"),
]
_jr_intro = (
    "Hi Manon,\n\n"
    "Here are this week's best matches for \"purchasing assistant\". Tip: 62% of candidates "
    "who got a rejection after interview and asked for feedback say it helped them land "
    "the next role."
)
_jr_footer = (
    "JobRadar Europe · You're receiving this because you created a job alert. "
    "Unsubscribe: https://jobradar.example.eu/alerts/unsubscribe?id=ms-22"
)
add(
    slug="jobradar_weekly_digest", lang="en", contact="",
    frm=("JobRadar", "alerts@jobradar.example.eu"),
    subject="Your weekly matches: Purchasing Assistant",
    date="2026-01-25 07:00 +0000",
    headers=listhead("<weekly.jobradar.example.eu>",
                     "https://jobradar.example.eu/alerts/unsubscribe?id=ms-22"),
    text=digest_text("JobRadar – weekly matches", _jr_intro, _jr_items, _jr_footer),
    html=digest_html("JobRadar – weekly matches", _jr_intro, _jr_items, _jr_footer,
                     color="#2563eb", lang="en"),
)

# 028 -- Career article about rejection -------------------------------------------
add(
    slug="career_article_rejection", lang="en", contact="",
    frm=("The Career Shift Weekly", "editor@careershift.example.co.uk"),
    subject="\"We regret to inform you\": reading between the lines",
    date="2026-02-22 08:15 +0000",
    headers=listhead("<weekly.careershift.example.co.uk>",
                     "https://careershift.example.co.uk/unsubscribe"),
    text=(
        "THE CAREER SHIFT WEEKLY – Issue 118\n\n"
        "\"We regret to inform you\": reading between the lines\n\n"
        "Every job seeker knows the phrase. But rejection emails come in many flavours. "
        "\"We have decided to move forward with other candidates\" usually means the "
        "shortlist is closed. \"The role has been put on hold\" often means budget, not "
        "you. And a silent ATS? That can mean nobody has looked yet.\n\n"
        "This week we asked three hiring managers what they wish candidates knew. Their "
        "advice: send a short thank-you after every interview, ask one specific question "
        "about feedback, and move on quickly.\n\n"
        "Read the full piece: https://careershift.example.co.uk/issues/118\n\n"
        "--\nYou subscribed at careershift.example.co.uk. "
        "Unsubscribe: https://careershift.example.co.uk/unsubscribe\n"
    ),
)

# 029 -- Own thank-you to Aldwych Foods ------------------------------------------
own(
    slug="sent_thanks_aldwych", lang="en",
    to=[("Rachel Okafor", "r.okafor@aldwych-foods.example.lu")],
    subject="Thank you – panel interview 11 September",
    date="2026-09-11 18:14 +0200", id="aldwych_thanks", parent="aldwych_move",
    text=(
        "Dear Rachel,\n\n"
        "Thank you for this morning's panel interview. It was great to meet Mr Lentz and "
        "Ms Diaz and to hear how the buying team plans the Christmas range. I'm very keen on "
        "the role and happy to provide references.\n\n"
        "Kind regards,\nManon\n"
    ),
)

# 030 -- Recruiter cold approach (English, Luxembourg) --------------------------
add(
    slug="recruiter_cold_approach_lux", lang="en",
    contact="olivia.marsh@saltire-search.example.lu",
    frm=("Olivia Marsh", "olivia.marsh@saltire-search.example.lu"),
    subject="Open to a conversation?",
    date="2026-08-13 13:48 +0200",
    text=(
        "Hi Manon,\n\n"
        "I specialise in procurement and supply-chain hiring across Luxembourg and the "
        "Greater Region. I noticed you've been moving from retail bakery work towards "
        "purchasing, which is exactly the kind of background some of my FMCG clients like.\n\n"
        "Nothing specific to pitch right now – I'd just like to understand what you're "
        "looking for so I can think of you when the right brief lands. Would a 15-minute "
        "call sometime next week work?\n\n"
        "Best,\n"
        "Olivia Marsh\n"
        "Principal Consultant | Saltire Search\n"
        "5 rue Goethe, L-1637 Luxembourg | +352 27 90 70 55\n"
    ),
)

# 031 -- Package delayed (English) -------------------------------------------------
add(
    slug="package_delayed", lang="en", contact="",
    frm=("ShopNest Orders", "no-reply@shopnest.example.com"),
    subject="Unfortunately, your package is delayed",
    date="2026-10-02 11:11 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=simple_html(paras(
        "Hello Manon,\n\n"
        "Unfortunately, your package containing \"Ergonomic office chair – grey\" has been "
        "delayed in transit. We now expect it to arrive by Thursday 8 October.\n\n"
        "Current position: sorting hub, Liège Airport.\n\n"
        "We're sorry for the inconvenience. You don't need to do anything.\n\n"
        "ShopNest Customer Care"
    ) + '\n<p><a href="https://shopnest.example.com/orders/SN-88127/track">Track package</a>'
        "</p>", lang="en"),
)

# 032 -- ProLink notification (English) ------------------------------------------
add(
    slug="prolink_hiring_notification", lang="en", contact="",
    frm=("ProLink", "notifications-noreply@prolink.example.com"),
    subject="Aldwych Foods is hiring: Purchasing Assistant and 4 more jobs",
    date="2026-08-29 05:30 +0000",
    headers=listhead("<jobs.prolink.example.com>", "https://prolink.example.com/settings/email"),
    text=(
        "Manon, new jobs for you\n\n"
        "Purchasing Assistant – Aldwych Foods – Leudelange, Luxembourg\n"
        "Be an early applicant: https://prolink.example.com/jobs/552019\n\n"
        "Buying Assistant – Bramble Foodhall – Ixelles, Belgium\n"
        "https://prolink.example.com/jobs/552044\n\n"
        "Your profile was viewed by a recruiter at Northgate Talent.\n\n"
        "See all jobs: https://prolink.example.com/jobs\n\n"
        "Unsubscribe: https://prolink.example.com/settings/email\n"
        "ProLink Europe, Dublin\n"
    ),
)

# 033 -- User-research interview (English) ---------------------------------------
add(
    slug="user_research_interview", lang="en",
    contact="maya.chen@shiftly-app.example.com",
    frm=("Maya Chen", "maya.chen@shiftly-app.example.com"),
    subject="Would you join a 45-min research interview? (EUR 30 voucher)",
    date="2026-03-11 15:04 +0000",
    text=(
        "Hi Manon,\n\n"
        "You used Shiftly to find bakery shifts last year, so we'd love to hear from you. "
        "We're researching how retail workers move into office roles and are running "
        "45-minute interviews over video.\n\n"
        "This is not a job interview – there are no right answers. Participants receive a "
        "EUR 30 voucher. If you're interested, just reply and I'll send a few times.\n\n"
        "Thanks,\n"
        "Maya Chen\n"
        "Senior User Researcher, Shiftly\n"
    ),
)

# 034 -- Press interview request -------------------------------------------------
add(
    slug="press_interview_magazine", lang="en",
    contact="f.osei@foodtrade-review.example.co.uk",
    frm=("Femi Osei", "f.osei@foodtrade-review.example.co.uk"),
    subject="Interview request – career changers in food retail",
    date="2026-06-24 10:20 +0100",
    text=(
        "Dear Ms Sithole-Garnier,\n\n"
        "I'm a journalist at Food Trade Review, writing a feature on shop-floor staff who "
        "move into buying and procurement. A contact at the Namur bakers' federation "
        "suggested I speak to you.\n\n"
        "Would you be open to a 20-minute phone interview next week? I'd quote you by first "
        "name only if you prefer.\n\n"
        "Kind regards,\n"
        "Femi Osei\n"
        "Features Writer, Food Trade Review\n"
        "London | +44 20 7946 0718\n"
    ),
)

# 035 -- Friend's own rejection (English) ----------------------------------------
add(
    slug="friend_own_rejection_en", lang="en", contact="sarah.kelly@example.ie",
    frm=("Sarah Kelly", "sarah.kelly@example.ie"),
    subject="ugh",
    date="2026-05-27 21:33 +0100",
    text=(
        "Manon!!\n\n"
        "Remember the buyer job in Dublin I had the final interview for? They emailed today: "
        "\"we've decided to move forward with a candidate whose experience more closely "
        "matches\". Blah. Three rounds for that.\n\n"
        "Anyway, how's your search going? Any news from the Luxembourg place? Call me this "
        "weekend xx\n\n"
        "Sarah\n"
    ),
)

# 036 -- Out-of-office auto-reply (English) ---------------------------------------
add(
    slug="ooo_autoreply_greenleaf", lang="en", contact="priya.nair@greenleaf.example.be",
    frm=("Priya Nair", "priya.nair@greenleaf.example.be"),
    subject="Automatic reply: Sorry I missed your call this morning",
    date="2026-02-04 12:07 +0100",
    headers=[("Auto-Submitted", "auto-replied")],
    text=(
        "Thanks for your message. I'm at our store-opening in Ghent and will have limited "
        "access to email until Friday 6 February.\n\n"
        "If your message is about an interview scheduled this week, I'll get back to you on "
        "Friday.\n\n"
        "Priya Nair\n"
        "Talent Partner, Greenleaf Grocers\n"
    ),
)

# 037 -- Course admission refused (English) --------------------------------------
add(
    slug="course_place_refused", lang="en",
    contact="admissions.officer@lux-business-school.example.lu",
    frm=("Daniel Hoffmann", "admissions.officer@lux-business-school.example.lu"),
    subject="Your application – Executive Certificate in Procurement",
    date="2026-07-03 09:45 +0200",
    text=(
        "Dear Manon,\n\n"
        "Thank you for applying to the Executive Certificate in Procurement (evening "
        "programme, autumn 2026 intake).\n\n"
        "The admissions committee received many more applications than places. I'm sorry to "
        "tell you that we are unable to offer you a place this year, mainly because the "
        "programme requires two years of professional purchasing experience.\n\n"
        "You are very welcome to apply again for the spring intake.\n\n"
        "Daniel Hoffmann\n"
        "Admissions Officer, Luxembourg Business School\n"
    ),
)

# 038 -- Own reschedule request to Greenleaf -------------------------------------
own(
    slug="sent_sorry_missed_call_greenleaf", lang="en",
    to=[("Priya Nair", "priya.nair@greenleaf.example.be")],
    subject="Sorry I missed your call this morning",
    date="2026-02-04 12:06 +0100", id="greenleaf_resched_req", parent="greenleaf_missed",
    text=(
        "Hi Priya,\n\n"
        "I'm so sorry – my phone was on silent in the bakery's cold room and I only saw your "
        "two calls now. Could we move the screen to Friday, any time that suits you?\n\n"
        "Best regards,\nManon Sithole-Garnier\n\n"
        + attrib_en("Wed, 4 Feb 2026 at 10:22", "Priya Nair", "priya.nair@greenleaf.example.be")
        + "\n"
        + quote("Hi Manon,\n\nI tried calling you twice at 10:00 for our screen but it went "
                "straight to voicemail.")
        + "\n"
    ),
)

# 039 -- Bank (Luxembourg, English) --------------------------------------------------
add(
    slug="bank_position_statement", lang="en", contact="",
    frm=("BGLux Private Banking", "statements-noreply@bglux-bank.example.lu"),
    subject="Your quarterly position statement is available",
    date="2026-04-03 06:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Customer,\n\n"
        "Your position statement for the first quarter of 2026 is now available in your "
        "online banking space.\n\n"
        "If you would like to review your savings plan, you can book an appointment with an "
        "adviser directly from the app.\n\n"
        "BGLux Bank – this is an automated message, please do not reply.\n"
    ),
)

# 040 -- Newsletter about interview skills (English) ---------------------------
_is_items = [
    ("The 90-second answer to \"tell me about yourself\"",
     "https://interviewcoach.example.com/blog/90-seconds", "Video, 6 min"),
    ("What to do when an interview is cancelled at the last minute",
     "https://interviewcoach.example.com/blog/cancelled", "Article"),
    ("Offer negotiation for first-time office workers",
     "https://interviewcoach.example.com/blog/first-offer", "Checklist"),
]
_is_intro = "Hello Manon,\n\nThis month's picks from Interview Coach."
_is_footer = (
    "Interview Coach Ltd, 21 Market Street, Manchester. "
    "Unsubscribe: https://interviewcoach.example.com/u/ms"
)
add(
    slug="newsletter_interview_coach", lang="en", contact="",
    frm=("Interview Coach", "hello@interviewcoach.example.com"),
    subject="Interviews, cancellations and your first offer",
    date="2026-07-16 16:00 +0000",
    headers=listhead("<monthly.interviewcoach.example.com>",
                     "https://interviewcoach.example.com/u/ms"),
    html=digest_html("Interview Coach – monthly", _is_intro, _is_items, _is_footer,
                     color="#db2777", lang="en"),
    text=digest_text("Interview Coach – monthly", _is_intro, _is_items, _is_footer),
    cte="quoted-printable",
)

# ============================================================================ German

# 041 -- StellenPuls digest --------------------------------------------------------
_sp_items = [
    ("Assistenz Einkauf (m/w/d) – Printenbäckerei, Aachen",
     "https://stellenpuls.example.de/job/991201", "Vollzeit · Vorstellungsgespräche ab April"),
    ("Sachbearbeiter/in Einkauf – Frischelogistik, Köln",
     "https://stellenpuls.example.de/job/991233", "Unbefristet"),
    ("Mitarbeiter/in Materialwirtschaft – Klinikum, Aachen",
     "https://stellenpuls.example.de/job/991250", "Teilzeit möglich"),
]
_sp_intro = (
    "Hallo Manon,\n\n"
    "3 neue Stellen passen zu Ihrem Suchauftrag „Einkauf – Aachen + 30 km“."
)
_sp_footer = (
    "StellenPuls GmbH · Suchauftrag abbestellen: https://stellenpuls.example.de/abmelden"
)
add(
    slug="stellenpuls_suchauftrag", lang="de", contact="",
    frm=("StellenPuls", "suchauftrag@stellenpuls.example.de"),
    subject="3 neue Jobs für „Einkauf – Aachen“",
    date="2026-03-10 06:30 +0100",
    headers=listhead("<suchauftrag.stellenpuls.example.de>",
                     "https://stellenpuls.example.de/abmelden"),
    text=digest_text("StellenPuls – Ihr Suchauftrag", _sp_intro, _sp_items, _sp_footer),
    html=digest_html("StellenPuls – Ihr Suchauftrag", _sp_intro, _sp_items, _sp_footer,
                     color="#ea580c", lang="de"),
)

# 042 -- Own Dankesmail to Kaiserstadt ----------------------------------------------
own(
    slug="gesendet_dank_kaiserstadt", lang="de",
    to=[("Miriam Hoven", "m.hoven@kaiserstadt-printen.example.de")],
    subject="Vielen Dank für das Gespräch am 9. April",
    date="2026-04-09 17:45 +0200", id="kaiser_thanks", parent="kaiser_move",
    text=(
        "Sehr geehrte Frau Hoven,\n\n"
        "herzlichen Dank für das angenehme Vorstellungsgespräch heute und die Führung "
        "durch die Backstube. Ich freue mich auf Ihre Rückmeldung.\n\n"
        "Mit freundlichen Grüßen\nManon Sithole-Garnier\n"
    ),
)

# 043 -- Landlord in Aachen: flat viewing --------------------------------------------
add(
    slug="vermieter_besichtigung", lang="de", contact="r.jansen@example.de",
    frm=("Ralf Jansen", "r.jansen@example.de"),
    subject="Besichtigungstermin Wohnung Lothringerstraße",
    date="2026-04-04 12:10 +0200", charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Guten Tag Frau Sithole-Garnier,\n\n"
        "danke für Ihr Interesse an der 2-Zimmer-Wohnung in der Lothringerstraße. Ein "
        "Besichtigungstermin wäre am Samstag, 11. April, um 11 Uhr möglich. Bitte bringen "
        "Sie eine Schufa-Auskunft bzw. einen vergleichbaren Nachweis aus Belgien mit.\n\n"
        "Die Position des Kellerabteils zeige ich Ihnen vor Ort.\n\n"
        "Mit freundlichen Grüßen\nRalf Jansen\n"
    ),
)

# 044 -- Abwesenheitsnotiz from the Klinikum recruiter -----------------------------
add(
    slug="abwesenheitsnotiz_klinikum", lang="de", contact="b.kreutz@klinikum-soers.example.de",
    frm=("Bärbel Kreutz", "b.kreutz@klinikum-soers.example.de"), frm_enc=("utf-8", "Q"),
    subject="Abwesenheitsnotiz: Telefoninterview heute – leider nicht erreicht",
    date="2026-06-02 13:02 +0200", id="klinikum_ooo", parent="klinikum_missed",
    headers=[("Auto-Submitted", "auto-replied")],
    text=(
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 12. Juni nicht im Haus. Ihre E-Mail wird nicht "
        "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat der "
        "Personalabteilung, Tel. 0241 90 70 400.\n\n"
        "Bärbel Kreutz\n"
    ),
)

# 045 -- Ratgeber article ------------------------------------------------------------
add(
    slug="ratgeber_vorstellungsgespraech", lang="de", contact="",
    frm=("Karriere-Kompass", "redaktion@karriere-kompass.example.de"),
    subject="Absage erhalten? So nutzen Sie das nächste Vorstellungsgespräch besser",
    date="2026-09-19 09:00 +0200",
    headers=listhead("<newsletter.karriere-kompass.example.de>",
                     "https://karriere-kompass.example.de/newsletter/abmelden"),
    html=simple_html(paras(
        "Liebe Leserinnen und Leser,\n\n"
        "eine Absage tut weh – aber sie ist auch eine Chance. In unserem neuen Ratgeber "
        "erklären Personalerinnen, warum Bewerbungen im Einkauf oft an Kleinigkeiten "
        "scheitern und wie Sie sich auf die typische Frage nach Verhandlungserfahrung "
        "vorbereiten.\n\n"
        "Außerdem: Was tun, wenn der Termin für das Vorstellungsgespräch kurzfristig "
        "verschoben wird?\n\n"
        "Ihre Redaktion Karriere-Kompass"
    ) + '\n<p><a href="https://karriere-kompass.example.de/ratgeber/absage">Zum Ratgeber</a>'
        ' · <a href="https://karriere-kompass.example.de/newsletter/abmelden">Abmelden</a></p>',
        lang="de"),
)

# ============================================================================ Spanish

# 046 -- EmpleoMadrid alert ----------------------------------------------------------
_em_items = [
    ("Asistente de compras – Distribución alimentaria (Getafe)",
     "https://empleomadrid.example.es/oferta/55012", "Indefinido · Entrevistas en julio"),
    ("Auxiliar de compras – Hospital (San Sebastián de los Reyes)",
     "https://empleomadrid.example.es/oferta/55031", "Sustitución"),
    ("Administrativo/a de aprovisionamiento – Obrador (Alcobendas)",
     "https://empleomadrid.example.es/oferta/55047", "Jornada completa"),
]
_em_intro = (
    "Hola Manon:\n\n"
    "Tenemos 3 ofertas nuevas para tu alerta «compras – Madrid». Recuerda: si te "
    "descartan en un proceso, puedes seguir aplicando a otras vacantes de la misma empresa."
)
_em_footer = (
    "EmpleoMadrid · Darse de baja: https://empleomadrid.example.es/alertas/baja?u=msg"
)
add(
    slug="alerta_empleomadrid", lang="es", contact="",
    frm=("EmpleoMadrid", "alertas@empleomadrid.example.es"),
    subject="3 ofertas nuevas: compras – Madrid",
    date="2026-07-01 07:15 +0200",
    headers=listhead("<alertas.empleomadrid.example.es>",
                     "https://empleomadrid.example.es/alertas/baja?u=msg"),
    text=digest_text("EmpleoMadrid – tus alertas", _em_intro, _em_items, _em_footer),
    html=digest_html("EmpleoMadrid – tus alertas", _em_intro, _em_items, _em_footer,
                     color="#dc2626", lang="es"),
)

# 047 -- Own thank-you to Distribuciones Manzanares ------------------------------
own(
    slug="enviado_gracias_manzanares", lang="es",
    to=[("Carmen Vidal", "carmen.vidal@dmanzanares.example.es")],
    subject="Gracias por la entrevista",
    date="2026-07-23 19:02 +0200", id="manz_thanks", parent="manz_move",
    text=(
        "Hola Carmen:\n\nMuchas gracias por la entrevista de esta mañana y por "
        "enseñarme el almacén. Me encantaría formar parte del equipo.\n\nManon\n"
    ),
)

# 048 -- Career article (Spanish) --------------------------------------------------
add(
    slug="articulo_superar_rechazo", lang="es", contact="",
    frm=("Blog Empleo y Futuro", "boletin@empleoyfuturo.example.es"),
    subject="Cómo superar un rechazo laboral en 5 pasos",
    date="2026-08-06 10:30 +0200",
    headers=listhead("<boletin.empleoyfuturo.example.es>",
                     "https://empleoyfuturo.example.es/baja"),
    text=(
        "EMPLEO Y FUTURO – Boletín semanal\n\n"
        "Cómo superar un rechazo laboral en 5 pasos\n\n"
        "Recibir un «lamentamos comunicarle que no ha sido seleccionado» nunca es agradable. "
        "Te proponemos: 1) darte un día; 2) pedir feedback concreto; 3) revisar tu CV; "
        "4) preparar mejor la próxima entrevista; 5) seguir enviando candidaturas.\n\n"
        "Lee el artículo: https://empleoyfuturo.example.es/superar-rechazo\n\n"
        "Darse de baja: https://empleoyfuturo.example.es/baja\n"
    ),
)

# 049 -- Spanish friend tells about her own interview ---------------------------
add(
    slug="amiga_su_entrevista", lang="es", contact="nuria.campos@example.es",
    frm=("Nuria Campos", "nuria.campos@example.es"),
    subject="¡Te cuento!",
    date="2026-07-10 23:10 +0200", cte="quoted-printable",
    text=(
        "¡Hola guapa!\n\n"
        "Mañana tengo la entrevista en la panadería de Chamberí, estoy de los nervios. Y la "
        "semana pasada me rechazaron en la de Malasaña, ¡ni me llamaron para la segunda "
        "ronda!\n\n"
        "Si al final vienes a Madrid en julio te quedas en casa, ¿vale? Mi sofá es tuyo.\n\n"
        "Besos,\nNuria\n"
    ),
)

# 050 -- Master admission refused ----------------------------------------------
add(
    slug="master_compras_no_admitida", lang="es",
    contact="elena.ruiz@escuela-logistica.example.es",
    frm=("Admisiones Máster", "admisiones.master@escuela-logistica.example.es"),
    reply_to=("Elena Ruiz", "elena.ruiz@escuela-logistica.example.es"),
    subject="Resolución de admisión – Máster en Compras y Aprovisionamiento",
    date="2026-06-26 12:30 +0200",
    text=(
        "Estimada Manon:\n\n"
        "Le comunicamos que, tras evaluar su solicitud, la comisión académica no ha podido "
        "admitirla en el Máster en Compras y Aprovisionamiento (edición 2026-2027), por no "
        "contar con titulación universitaria previa.\n\n"
        "Le recordamos que el curso de especialista, sin requisito de titulación, sigue "
        "abierto hasta el 15 de septiembre.\n\n"
        "Atentamente,\n"
        "Elena Ruiz\n"
        "Coordinación de Admisiones – Escuela de Logística de Madrid\n"
    ),
)

# 051 -- Headhunter cold approach (Madrid) ---------------------------------------
add(
    slug="headhunter_contacto_madrid", lang="es",
    contact="javier.lozano@alturatalento.example.es",
    frm=("Javier Lozano", "javier.lozano@alturatalento.example.es"),
    subject="¿Hablamos?",
    date="2026-09-24 11:00 +0200",
    text=(
        "Hola Manon:\n\n"
        "Trabajo como headhunter especializado en compras para el sector alimentario en "
        "Madrid. Me ha llamado la atención tu trayectoria en panadería y tu interés por las "
        "compras.\n\n"
        "Ahora mismo no tengo un proceso abierto que encaje, pero me gustaría conocerte para "
        "tenerte en cuenta en próximos proyectos. ¿Te parece si hablamos diez minutos?\n\n"
        "Saludos,\n"
        "Javier Lozano\n"
        "Socio – Altura Talento\n"
        "Calle de Serrano 88, Madrid · 600 90 70 12\n"
    ),
)

# 052 -- Order delayed (Spanish) --------------------------------------------------
add(
    slug="pedido_retrasado", lang="es", contact="",
    frm=("TiendaCasa", "no-responder@tiendacasa.example.es"),
    subject="Lamentablemente tu pedido se retrasa",
    date="2026-10-15 09:09 +0200", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hola Manon:\n\n"
        "Lamentablemente, tu pedido TC-220981 (maleta de cabina, color azul) llegará con "
        "retraso. La nueva fecha estimada de entrega es el martes 20 de octubre.\n\n"
        "Posición actual del envío: centro logístico de Zaragoza.\n\n"
        "Sentimos las molestias.\nEl equipo de TiendaCasa\n"
    ),
)

_ = (CAND_ADDR, CAND_NAME, outlook_block)
