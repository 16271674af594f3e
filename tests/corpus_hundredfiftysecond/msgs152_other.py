# ruff: noqa
"""Corpus 152, kind `other`: 52 hand-written messages (fr 28, en 14, es 5, de 5).

Job-alert digests, newsletters, advice, a podcast and a user-research request, parcels and
trackers, friends, bank/landlord/school/doctor mail, auto-replies, network notifications,
course refusals, a cold approach without any event, and the candidate's own sent mail."""

from __future__ import annotations

import msgs152_common as C

Y = C.CANDIDATE
MESSAGES: list[dict] = []
OTH = "other"


def add(**spec) -> None:
    spec.setdefault("kind", OTH)
    spec.setdefault("company", "")
    MESSAGES.append(spec)


def listing(list_id: str, unsub: str, post: bool = True) -> list[tuple[str, str]]:
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsub), ("Precedence", "bulk")]
    if post:
        headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return headers


# ============================================================================ French (28)

# --- the candidate's own mail (always other, no contact)

old = """Bonjour Yanis,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec Olivier Castagnier, directeur des opérations douane, et moi-même.

Date : jeudi 19 mars 2026, de 14h00 à 15h00"""
new = """Bonjour Madame Ferrando,

Je vous remercie, ainsi que M. Castagnier, pour l'entretien de cet après-midi et pour la visite du plateau import.

Nos échanges sur la dématérialisation des déclarations et le statut d'opérateur économique agréé m'ont conforté dans mon envie de rejoindre votre équipe. Je reste à votre disposition pour tout document complémentaire.

Bien cordialement,
Yanis Haddad-Lefort
06 71 42 88 19"""
add(slug="sent_thank_you_phoceen", contact="", lang="fr",
    date="2026-03-19 19:02 +0100", thread="phoceen",
    frm=Y, to=[("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr")],
    cc=[("Olivier Castagnier", "o.castagnier@phoceen-transit.example.fr")],
    subject="Merci pour l'entretien de cet après-midi",
    subj_enc="utf-8:Q",
    text=C.reply(new, "fr", "jeu. 12 mars 2026 à 11:20", "Nadia Ferrando",
                 "nadia.ferrando@phoceen-transit.example.fr", old),
    cte="8bit")

t = """Bonjour Madame Lemonnier,

Je tenais à vous remercier, ainsi que M. Duchemin, pour l'entretien de ce matin. J'ai apprécié la présentation très concrète du service dédouanement import et les échanges sur le passage au guichet unique.

Le poste correspond exactement à ce que je recherche et je reste à votre disposition pour tout complément.

Bien cordialement,
Yanis Haddad-Lefort
06 71 42 88 19"""
add(slug="sent_thank_you_seine", contact="", lang="fr",
    date="2026-02-18 20:10 +0100", thread="seine",
    frm=Y, to=[("Claire Lemonnier", "c.lemonnier@seine-estuaire.example.fr")],
    subject="Merci pour l'entretien - Déclarant(e) en douane",
    subj_enc="iso-8859-1:Q",
    text=t, charset="iso-8859-1", cte="quoted-printable")

t = """Monsieur Marchetti,

Déclarant en douane en devenir, actuellement agent de pointage au terminal conteneurs de Mourepiane, je me permets de vous adresser ma candidature pour le poste de déclarant que vous avez publié sur le site de l'Union des commissionnaires.

Vous trouverez mon CV en pièce jointe. Je serais heureux de vous présenter ma motivation lors d'un entretien.

Bien cordialement,
Yanis Haddad-Lefort"""
add(slug="sent_application_vieuxport", contact="", lang="fr",
    date="2026-08-03 22:41 +0200", thread="vieuxport",
    frm=Y, to=[("Gilles Marchetti", "gilles.marchetti@transit-vieuxport.example.fr")],
    subject="Candidature – poste de déclarant en douane",
    subj_enc="utf-8:Q",
    text=t, cte="quoted-printable",
    pdf=("CV_Yanis_Haddad-Lefort.pdf",
         ["Yanis Haddad-Lefort", "Marseille - yanis.hl@example.fr", "",
          "Expérience", "2021-2026 : agent de pointage, terminal conteneurs de Mourepiane",
          "2019-2021 : magasinier cariste, entrepôt sous douane, Vitrolles", "",
          "Formation", "2025 : certificat de connaissances douanières (en cours)",
          "Langues : français, anglais (C1), espagnol (B2), arabe"]))

old = """Bonjour Monsieur Haddad-Lefort,

Merci pour votre candidature au poste de gestionnaire conformité douane dans notre bureau d'Anvers.

Je vous propose un premier entretien par vidéo le jeudi 11 juin à 14h00, avec moi-même et Stijn Janssens, notre responsable douane."""
new = """Madame Claessens,

Merci beaucoup pour votre proposition. Jeudi 11 juin, je serai malheureusement au port de Fos pour un inventaire jusqu'en fin de journée. Serait-il possible de décaler l'entretien au vendredi 12 ou au lundi 15 juin ?

Bien cordialement,
Yanis Haddad-Lefort"""
add(slug="sent_reschedule_request_vanroost", contact="", lang="fr",
    date="2026-06-09 19:21 +0200", thread="vanroost",
    frm=Y, to=[("Véronique Claessens", "v.claessens@vanroost.example.be")],
    to_enc="iso-8859-1:Q",
    subject="Re: Entretien – gestionnaire conformité douane (Anvers)",
    subj_enc="utf-8:Q",
    text=C.reply(new, "fr", "lun. 8 juin 2026 à 09:22", "Véronique Claessens",
                 "v.claessens@vanroost.example.be", old),
    cte="quoted-printable")

t = """Monsieur Arnaud,

Je suis vraiment confus pour ce matin : j'avais noté le rendez-vous à 10h30 et non 9h30, c'est entièrement ma faute. Je comprends que cela pose un problème ; si vous acceptez de me proposer un autre créneau, je me rendrai disponible à votre convenance.

Avec mes excuses renouvelées,
Yanis Haddad-Lefort"""
add(slug="sent_apology_dcm", contact="", lang="fr",
    date="2026-04-23 11:30 +0200", thread="dcm",
    frm=Y, to=[("Jean-Philippe Arnaud", "jp.arnaud@dcm-douane.example.fr")],
    subject="Entretien de ce matin – toutes mes excuses",
    subj_enc="utf-8:Q",
    text=t, cte="8bit")

fwd = """Bonjour Yanis,

Bonne nouvelle : Golfe Terminaux souhaite vous rencontrer pour le poste d'assistant conformité douane !

L'entretien aura lieu le mardi 3 février à 9h30 directement sur le terminal, à Fos (Darse 2)."""
t = """Regarde ça Léa !! Ils veulent me voir mardi. Tu pourras garder Inès le matin ?

Bisous
Y.

""" + C.forwarded("fr", "Samia Belkacem <samia.belkacem@horizon-sud.example.fr>",
                  "mar. 27 janv. 2026 à 15:10", "Yanis Haddad-Lefort <yanis.hl@example.fr>",
                  "Entretien chez Golfe Terminaux – mardi 3/02", fwd)
add(slug="sent_forward_to_partner", contact="", lang="fr",
    date="2026-01-27 15:32 +0100",
    frm=Y, to=[("Léa Fabre", "lea.fabre@example.fr")],
    subject="Fwd: Entretien chez Golfe Terminaux – mardi 3/02",
    subj_enc="utf-8:Q",
    text=t, cte="8bit")

t = """Bonjour Monsieur Ouali,

Je vous remercie pour votre message et vous présente mes excuses pour l'appel manqué de jeudi.

Après réflexion, et ayant entre-temps accepté une autre proposition, je préfère retirer ma candidature au poste d'agent de transit maritime import afin de ne pas vous faire perdre de temps.

Je vous souhaite une bonne continuation et de trouver rapidement la bonne personne.

Cordialement,
Yanis Haddad-Lefort"""
add(slug="sent_withdrawal_sudcargo", contact="", lang="fr",
    date="2026-06-01 08:47 +0200", thread="sudcargo",
    frm=Y, to=[("Karim Ouali", "karim.ouali@sudcargo.example.fr")],
    subject="Retrait de ma candidature",
    text=t, charset="iso-8859-1", cte="base64")

# --- digests, newsletters, advice

items = [
    ("Déclarant en douane H/F – Fos-sur-Mer (CDI)", "https://www.portemploi.example.fr/offre/88120",
     "Commissionnaire agréé · 30-34 k€ · publiée il y a 2 jours"),
    ("Assistant(e) conformité import – Marseille 2e", "https://www.portemploi.example.fr/offre/88141",
     "Grande distribution · CDI · télétravail partiel"),
    ("Agent de transit maritime export – Le Havre", "https://www.portemploi.example.fr/offre/88007",
     "Armateur · entretiens organisés dès la semaine prochaine"),
    ("Gestionnaire douane – Lyon Saint-Exupéry", "https://www.portemploi.example.fr/offre/87995",
     "Fret aérien · CDD 12 mois"),
    ("Chargé(e) de mission origine préférentielle – Genève", "https://www.portemploi.example.fr/offre/87980",
     "Négoce international · anglais courant"),
]
intro = ("Bonjour Yanis, voici les nouvelles offres qui correspondent à votre alerte "
         "« déclarant en douane – Provence ».")
add(slug="alert_portemploi_digest", contact="", lang="fr",
    date="2026-02-02 06:00 +0100",
    frm=("PortEmploi Alertes", "alertes@portemploi.example.fr"),
    subject="5 nouvelles offres : déclarant en douane – Provence",
    subj_enc="utf-8:B",
    headers=listing("<alertes.portemploi.example.fr>",
                    "<https://www.portemploi.example.fr/alertes/stop?u=yhl>, "
                    "<mailto:desinscription@portemploi.example.fr>"),
    text=intro + "\n\n" + C.digest_text(items) +
    "\n\nPas encore de retour après vos candidatures ? 62 % des recruteurs répondent sous 15 jours."
    "\n\nModifier ou supprimer cette alerte : https://www.portemploi.example.fr/alertes",
    html=C.newsletter("PortEmploi", C.esc(intro), items,
                      "Pas encore de retour après vos candidatures ? 62 % des recruteurs "
                      "répondent sous 15 jours.<br>"
                      '<a href="https://www.portemploi.example.fr/alertes/stop?u=yhl">'
                      "Se désabonner</a>"),
    cte="quoted-printable")

body = """<h2>Refus après entretien : comment rebondir en 4 étapes</h2>
<p>Vous avez passé trois entretiens, reçu un « nous avons le regret de vous informer que votre candidature n'a pas été retenue » et vous vous demandez ce qui a coincé ? Notre conseillère carrière Hélène Vautrin vous explique comment transformer un refus en information utile.</p>
<ol>
<li><b>Demandez un retour</b> : un court message poli au recruteur obtient une réponse dans un cas sur trois.</li>
<li><b>Relisez vos notes</b> juste après l'entretien, pas une semaine plus tard.</li>
<li><b>Ne relancez pas trop vite</b> une entreprise qui vous a dit non : attendez une nouvelle offre.</li>
<li><b>Préparez le suivant</b> : nos fiches « entretien en anglais » et « mise en situation » sont en ligne.</li>
</ol>
<p><a href="https://www.cadres-carrieres-sud.example.fr/articles/refus-rebondir">Lire l'article complet</a> · <a href="https://www.cadres-carrieres-sud.example.fr/agenda">Nos ateliers de mars</a></p>
<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes inscrit sur Cadres &amp; Carrières Sud. <a href="https://www.cadres-carrieres-sud.example.fr/desinscription">Se désinscrire</a></p>"""
add(slug="newsletter_refus_rebondir", contact="", lang="fr",
    date="2026-03-05 07:15 +0100",
    frm=("Cadres & Carrières Sud", "lettre@cadres-carrieres-sud.example.fr"),
    subject="Refus après entretien : comment rebondir",
    subj_enc="iso-8859-1:Q",
    headers=listing("Lettre hebdo <hebdo.cadres-carrieres-sud.example.fr>",
                    "<https://www.cadres-carrieres-sud.example.fr/desinscription>"),
    html=C.page(body), html_cte="quoted-printable")

items = [
    ("Déclarant en douane (m/f/x) – Anvers", "https://www.emploiport.example.be/jobs/5531",
     "Commissionnaire · français/anglais · CDI"),
    ("Customs clerk – Zeebrugge", "https://www.emploiport.example.be/jobs/5529",
     "Terminal ro-ro · horaire en pause"),
    ("Gestionnaire accises – Liège Airport", "https://www.emploiport.example.be/jobs/5517",
     "Fret express · nonante jours d'essai"),
]
intro = "Trois nouveaux postes correspondent à votre recherche « douane – Anvers / Liège »."
add(slug="alert_emploiport_belgique", contact="", lang="fr",
    date="2026-05-12 05:30 +0200",
    frm=("EmploiPort.be", "notifications@emploiport.example.be"),
    subject="Nouveaux postes : douane – Anvers / Liège",
    headers=listing("<jobalerts.emploiport.example.be>",
                    "<https://www.emploiport.example.be/unsubscribe?id=77120>"),
    text=intro + "\n\n" + C.digest_text(items) +
    "\n\nPostuler en un clic avec votre profil EmploiPort. Gérer mes alertes : "
    "https://www.emploiport.example.be/alertes",
    html=C.newsletter("EmploiPort.be", C.esc(intro), items,
                      '<a href="https://www.emploiport.example.be/unsubscribe?id=77120">'
                      "Se désabonner</a>", color="#d62828"),
    charset="windows-1252", cte="quoted-printable", html_charset="utf-8")

t = """LA LETTRE DES COMMISSIONNAIRES DU SUD – n° 41 – avril 2026

Éditorial
Le guichet unique national du dédouanement entre dans sa deuxième phase : nos adhérents ont jusqu'au 30 juin pour basculer. La commission technique organise des entretiens individuels avec les cabinets qui le souhaitent.

Formation
Notre offre de formation « Représentant en douane enregistré » ouvre une nouvelle session en septembre. Places limitées.

Emploi
Quatre adhérents recrutent : retrouvez les postes de déclarant et d'assistant conformité sur l'espace emploi du site.

Agenda
- 14 mai : petit-déjeuner « Origine préférentielle et accords UE-Mercosur », Marseille
- 4 juin : assemblée générale, Fos-sur-Mer

Union des commissionnaires du Sud – https://www.ucsud.example.fr
Pour ne plus recevoir cette lettre : https://www.ucsud.example.fr/lettre/desinscription"""
add(slug="association_newsletter", contact="", lang="fr",
    date="2026-04-14 09:00 +0200",
    frm=("Union des commissionnaires du Sud", "lettre@ucsud.example.fr"),
    subject="La Lettre des commissionnaires du Sud – n° 41",
    subj_enc="utf-8:Q",
    headers=listing("La Lettre UCS <lettre.ucsud.example.fr>",
                    "<mailto:lettre-unsubscribe@ucsud.example.fr>", post=False),
    text=t, charset="windows-1252", cte="quoted-printable")

t = """Bonjour Yanis,

Réussir son entretien d'embauche en anglais quand on vise les métiers du transport international : c'est le thème de notre prochain webinaire gratuit, jeudi 21 mai à 12h30.

Au programme : les dix questions les plus posées par les recruteurs des ports d'Anvers et de Hambourg, comment parler de ses incoterms sans jargon, et une simulation en direct.

Je m'inscris : https://www.forma-port.example.fr/webinaires/entretien-anglais

L'équipe Forma'Port

Vous recevez ce message car vous avez participé à l'une de nos formations. Se désabonner : https://www.forma-port.example.fr/desabonnement"""
add(slug="webinar_entretien_anglais", contact="", lang="fr",
    date="2026-05-07 10:30 +0200",
    frm=("Forma'Port", "webinaires@forma-port.example.fr"),
    subject="Webinaire gratuit : réussir votre entretien en anglais",
    subj_enc="utf-8:B",
    headers=listing("<webinaires.forma-port.example.fr>",
                    "<https://www.forma-port.example.fr/desabonnement>"),
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

# --- media, research, services

t = """Bonjour Yanis,

Je suis journaliste et je produis « Escale », un podcast sur les métiers invisibles du port de Marseille-Fos. Une amie commune, Samia, m'a dit que vous étiez pointeur au terminal de Mourepiane et que vous prépariez une reconversion vers la douane.

Accepteriez-vous que je vous interviewe pour un épisode ? Cela prendrait environ une heure, chez vous ou dans un café près du port, à la date qui vous arrange en mars. L'épisode serait diffusé en avril.

Merci d'avance et à bientôt j'espère,

Camille Aubanel
Escale – le podcast des gens du port
07 68 24 51 90"""
add(slug="podcast_interview_request", contact="camille.aubanel@escale-podcast.example.fr",
    lang="fr", date="2026-02-20 14:12 +0100",
    frm=("Camille Aubanel", "camille.aubanel@escale-podcast.example.fr"),
    subject="Demande d'interview pour le podcast Escale",
    text=t, cte="8bit")

t = """Bonjour Yanis,

Vous utilisez PortEmploi pour votre recherche d'emploi et votre avis nous intéresse !

Notre équipe produit recherche des candidats pour un entretien utilisateur de 30 minutes en visio. Nous voulons comprendre comment vous suivez vos candidatures et ce qui vous manque dans nos alertes. Il n'y a pas de bonne ou de mauvaise réponse.

En remerciement, vous recevrez un bon d'achat de 20 €.

Choisir un créneau : https://research.portemploi.example.fr/session?u=yhl

Merci !
Inès Carvalho, UX researcher – PortEmploi"""
add(slug="user_research_portemploi", contact="ines.carvalho@portemploi.example.fr",
    lang="fr", date="2026-06-18 11:00 +0200",
    frm=("PortEmploi", "recherche@portemploi.example.fr"),
    reply_to=("Inès Carvalho", "ines.carvalho@portemploi.example.fr"),
    subject="Un entretien de 30 min pour améliorer PortEmploi ? (bon d'achat 20 €)",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Bonjour,

Votre colis n° CX 4471 0932 FR est malheureusement retardé.

En raison d'un incident sur notre plateforme de tri de Vitrolles, la livraison prévue le 11 mars est reportée au 13 mars. Nous vous prions de nous excuser pour ce désagrément.

Suivre mon colis : https://www.colisexpress-sud.example.fr/suivi/CX44710932FR

Colis Express Sud – Service clients
Ce message est envoyé automatiquement, merci de ne pas y répondre."""
add(slug="parcel_delayed_fr", contact="", lang="fr",
    date="2026-03-11 07:42 +0100",
    frm=("Colis Express Sud", "ne-pas-repondre@colisexpress-sud.example.fr"),
    subject="Votre colis est retardé",
    subj_enc="iso-8859-1:B",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("Colis Express Sud", C.paras(t), "Colis Express Sud",
                            color="#ffb400"),
    cte="base64")

t = """Alerte TrackMoto

Votre scooter « Le Bleu » a changé de position alors que le mode parking était activé.

Nouvelle position : Boulevard de Paris, 13003 Marseille (43.3104, 5.3719)
Heure : 02:14
Vitesse : 0 km/h

Si vous êtes à l'origine de ce déplacement, ignorez ce message. Sinon, ouvrez l'application pour suivre le véhicule en temps réel.

TrackMoto – ne pas répondre"""
add(slug="gps_tracker_position", contact="", lang="fr",
    date="2026-07-19 02:15 +0200",
    frm=("TrackMoto", "alertes@trackmoto.example.fr"),
    subject="Alerte : nouvelle position de votre véhicule",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, cte="quoted-printable")

# --- people

t = """Salut Yanis,

Bon ben ça y est, j'ai eu la réponse de la Compagnie Fluviale : c'est non. Ils m'ont envoyé un mail tout poli genre « votre profil ne correspond pas à nos attentes actuelles » après trois entretiens, j'ai les nerfs.

Et toi, ça avance ton histoire de douane ? Tu as eu des nouvelles de Seine Estuaire ?

On se fait une bière samedi au Vieux-Port pour se remonter le moral ?

Nabil"""
add(slug="friend_own_rejection_fr", contact="nabil.k@example.fr", lang="fr",
    date="2026-02-26 21:33 +0100",
    frm=("Nabil Kaci", "nabil.k@example.fr"),
    subject="Devine qui s'est fait recaler",
    text=t, cte="8bit")

t = """Monsieur Haddad-Lefort,

Je vous confirme notre rendez-vous du mardi 14 avril à 17h30 en agence (Marseille Canebière) pour faire le point sur votre situation.

Nous regarderons ensemble la position de vos comptes, votre épargne de précaution et, comme vous le souhaitiez, une simulation de prêt pour l'achat de votre véhicule.

Pensez à apporter vos trois derniers bulletins de salaire.

Cordialement,

Sylvie Marchand
Conseillère clientèle
Crédit Maritime Provençal, agence Canebière
04 91 54 77 30"""
add(slug="bank_advisor_appointment", contact="sylvie.marchand@credit-maritime.example.fr",
    lang="fr", date="2026-04-06 15:42 +0200",
    frm=("Sylvie Marchand", "sylvie.marchand@credit-maritime.example.fr"),
    subject="Confirmation de votre rendez-vous du 14 avril",
    text=t, charset="iso-8859-1", cte="quoted-printable")

t = """Bonjour Monsieur Haddad-Lefort,

L’entretien annuel de la chaudière de votre appartement (3e étage, 41 rue d’Aubagne) aura lieu le jeudi 8 octobre entre 8h et 12h. Le technicien de la société Thermo-Provence se présentera avec un badge.

Si vous ne pouvez pas être présent, merci de laisser les clés à la gardienne ou de me proposer une autre date avant le 1er octobre. Pour rappel, cet entretien est obligatoire et à la charge du locataire.

Par ailleurs, la visite de l’appartement du 2e par de futurs locataires est décalée au 12 octobre : vous n’êtes pas concerné.

Bien cordialement,
Françoise Guigou
Gestion locative – Cabinet Guigou Immobilier
04 91 47 62 18"""
add(slug="landlord_boiler_maintenance", contact="f.guigou@guigou-immo.example.fr", lang="fr",
    date="2026-09-18 10:20 +0200",
    frm=("Cabinet Guigou Immobilier", "f.guigou@guigou-immo.example.fr"),
    subject="Entretien annuel de la chaudière – jeudi 8 octobre",
    subj_enc="utf-8:Q",
    text=t, html=C.outlook_html(C.mso(t)), charset="windows-1252", cte="quoted-printable")

t = """Madame, Monsieur,

Les rencontres parents-professeurs de la classe de CM1 B auront lieu le lundi 30 mars à partir de 16h45.

Chaque famille pourra avoir un entretien individuel de dix minutes avec Mme Peretti. Merci d'indiquer sur le coupon ci-dessous le créneau qui vous convient et de le rendre dans le cahier de liaison d'Inès avant vendredi.

Par ailleurs, l'école recherche des parents volontaires pour accompagner la sortie au Mucem du 9 avril.

La directrice,
Mme Giraudo
École élémentaire des Chartreux"""
add(slug="school_parent_meetings", contact="direction.chartreux@ecole-marseille.example.fr",
    lang="fr", date="2026-03-16 12:05 +0100",
    frm=("Direction École des Chartreux", "direction.chartreux@ecole-marseille.example.fr"),
    to=[("Parents CM1 B", "parents-cm1b@ecole-marseille.example.fr")],
    subject="Rencontres parents-professeurs – CM1 B",
    subj_enc="utf-8:B",
    text=t, cte="quoted-printable")

t = """Bonjour Yanis HADDAD-LEFORT,

Votre rendez-vous avec le Dr Claire Ambrosino (médecin généraliste) a été déplacé à la demande du cabinet.

Ancien rendez-vous : mardi 12 mai 2026 à 09:15
Nouveau rendez-vous : mercredi 13 mai 2026 à 18:30
Adresse : 27 boulevard Longchamp, 13001 Marseille

Si ce nouvel horaire ne vous convient pas, vous pouvez annuler ou choisir un autre créneau depuis votre compte.

MédiRDV"""
add(slug="doctor_appointment_moved", contact="", lang="fr",
    date="2026-05-09 08:01 +0200",
    frm=("MédiRDV", "no-reply@medirdv.example.fr"), frm_enc="utf-8:B",
    subject="Votre rendez-vous a été déplacé",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.ats_card("MédiRDV", C.paras(t), "Ne répondez pas à cet e-mail.",
                            color="#107aca"),
    cte="quoted-printable")

t = """Bonjour,

Je suis absente du bureau jusqu'au lundi 23 mars inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement, vous pouvez contacter Amandine Roux au 04 91 09 72 50.

Cordialement,
Nadia Ferrando
Transitaire Phocéen"""
add(slug="auto_reply_phoceen_absence", contact="nadia.ferrando@phoceen-transit.example.fr",
    lang="fr", date="2026-03-19 19:03 +0100", reply_to_slug="sent_thank_you_phoceen",
    frm=("Nadia Ferrando", "nadia.ferrando@phoceen-transit.example.fr"),
    subject="Réponse automatique : Merci pour l'entretien de cet après-midi",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=t, cte="quoted-printable")

t = """Yanis, votre profil a été vu cette semaine

14 apparitions dans les recherches
3 personnes ont consulté votre profil, dont un recruteur de Transitaire Phocéen
Nouveau : 6 postes de déclarant en douane pourraient vous intéresser

Voir qui a consulté votre profil : https://www.reseaupro.example.com/me/profile-views

Vous recevez cet e-mail car vous êtes membre de RéseauPro. Gérer vos notifications : https://www.reseaupro.example.com/settings/notifications"""
add(slug="network_profile_views_fr", contact="", lang="fr",
    date="2026-03-08 18:00 +0000",
    frm=("RéseauPro", "notifications-noreply@reseaupro.example.com"), frm_enc="iso-8859-1:Q",
    subject="Yanis, votre profil est apparu dans 14 recherches",
    headers=listing("<weekly.reseaupro.example.com>",
                    "<https://www.reseaupro.example.com/settings/notifications>"),
    text=t, html=C.page(C.paras(t)), cte="quoted-printable")

t = """Monsieur,

Vous avez candidaté au diplôme d'université « Douane et commerce international » (formation continue, promotion 2026-2027).

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Le nombre de places étant limité à 24, la commission a donné la priorité aux candidats disposant déjà d'une expérience en service douane.

Vous pouvez présenter à nouveau votre candidature lors de la prochaine campagne, qui ouvrira en mars 2027.

Le service de la formation continue
Institut universitaire du commerce international – Aix-en-Provence"""
add(slug="du_douane_refused", contact="", lang="fr",
    date="2026-07-03 14:00 +0200",
    frm=("IUCI – Formation continue", "formation-continue@iuci.example.fr"), frm_enc="utf-8:Q",
    subject="Votre candidature au DU Douane et commerce international",
    text=t, html=C.page(C.paras(t)), cte="base64")

t = """Bonjour Monsieur Haddad-Lefort,

Je me permets de vous contacter car je travaille régulièrement avec des commissionnaires en douane de la région marseillaise et votre profil de terrain m'a interpellée.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je constitue un vivier de profils bilingues pour le second semestre. Si vous le souhaitez, n'hésitez pas à me faire parvenir votre CV à jour et vos attentes ; je reviendrai vers vous dès qu'une opportunité pertinente se présentera.

Bien cordialement,

Hélène Lacoste
Consultante associée
Cabinet Lacoste Recrutement
06 22 71 40 85"""
add(slug="cold_approach_lacoste", contact="h.lacoste@lacoste-recrutement.example.fr", lang="fr",
    date="2026-05-19 09:48 +0200",
    frm=("Hélène Lacoste", "h.lacoste@lacoste-recrutement.example.fr"), frm_enc="iso-8859-1:B",
    subject="Votre profil – commissionnaires en douane",
    text=t, cte="quoted-printable")

t = """Ahoy à toutes et à tous,

Le grand entretien de printemps du club aura lieu samedi 11 avril : carénage du First 31.7, révision des winchs et ponçage des dériveurs. Rendez-vous au ponton C à 8h30, café et croissants offerts.

Nous cherchons aussi des volontaires pour le poste de barreur sur la régate du 2 mai ; inscrivez-vous auprès de Jean-Marc.

Bon vent,
Le bureau du Cercle nautique de l'Estaque"""
add(slug="sailing_club_maintenance", contact="", lang="fr",
    date="2026-04-02 20:15 +0200",
    frm=("Cercle nautique de l'Estaque", "bureau@cn-estaque.example.fr"),
    to=[("Membres CNE", "membres@cn-estaque.example.fr")],
    subject="Grand entretien de printemps – samedi 11 avril",
    subj_enc="utf-8:Q",
    headers=[("List-Id", "Membres du CNE <membres.cn-estaque.example.fr>"), ("Precedence", "list")],
    text=t, cte="8bit")

t = """Bonjour Yanis,

Vous avez récemment passé un entretien chez Golfe Terminaux. Comment cela s'est-il passé ?

Partagez votre expérience de façon anonyme : questions posées, durée du processus, réponse reçue ou non. Votre avis aide des milliers de candidats à mieux se préparer.

Donner mon avis (2 minutes) : https://www.avisemployeurs.example.fr/avis/nouveau?e=golfe-terminaux

Merci,
L'équipe AvisEmployeurs"""
add(slug="review_site_interview_survey", contact="", lang="fr",
    date="2026-02-12 17:00 +0100",
    frm=("AvisEmployeurs", "no-reply@avisemployeurs.example.fr"),
    subject="Comment s'est passé votre entretien chez Golfe Terminaux ?",
    subj_enc="utf-8:B",
    headers=listing("<avis.avisemployeurs.example.fr>",
                    "<https://www.avisemployeurs.example.fr/desinscription>"),
    html=C.ats_card("AvisEmployeurs", C.paras(t), "Se désinscrire", color="#0caa41"),
    html_cte="quoted-printable")

t = """Cher sociétaire,

Suite à votre demande de devis du 2 septembre, nous avons le plaisir de vous adresser votre offre personnalisée d'assurance habitation pour votre logement du 41 rue d'Aubagne.

Cette offre est valable 30 jours. Malheureusement, la garantie « objets de valeur » ne peut pas être proposée pour un logement situé en rez-de-chaussée sans volets ; nous vous proposons à la place notre option « vol renforcé ».

Consulter et accepter mon offre : https://espace.mutuelle-gensdemer.example.fr/offres/HAB-26-55102

Mutuelle des Gens de Mer – Service sociétaires"""
add(slug="insurance_offer_habitation", contact="", lang="fr",
    date="2026-09-04 09:10 +0200",
    frm=("Mutuelle des Gens de Mer", "ne-pas-repondre@mutuelle-gensdemer.example.fr"),
    subject="Votre offre d'assurance habitation est prête",
    subj_enc="utf-8:Q",
    text=t, html=C.page(C.paras(t)), charset="windows-1252", cte="quoted-printable",
    html_charset="utf-8", html_cte="base64")

# ============================================================================ English (14)

old = """Dear Yanis,

Please note a small change: Daniel Okoro has a customs authority visit on Tuesday afternoon, so the panel interview moves to Wednesday 15 July, 10:00-11:00, same place."""
new = """Dear Rebecca,

Many thanks to you and to Mr Okoro for this afternoon's interview. I particularly enjoyed the discussion on the post-Brexit transit flows between Antwerp and Felixstowe and how your team handles T1 declarations.

Please let me know if you need anything further from me.

Kind regards,
Yanis Haddad-Lefort"""
add(slug="sent_thank_you_albion", contact="", lang="en",
    date="2026-07-15 17:58 +0200", thread="albion",
    frm=Y, to=[("Rebecca Hale", "rebecca.hale@albioncustoms.example.co.uk")],
    subject="Thank you - Customs Compliance Officer interview",
    text=C.reply(new, "en", "Thu, 9 Jul 2026 at 13:15", "Rebecca Hale",
                 "rebecca.hale@albioncustoms.example.co.uk", old))

t = """Dear Hannah,

Thank you for the call yesterday - I'm delighted. Before I sign, could you confirm whether the start date could be 2 November rather than 19 October? I need to give four weeks' notice.

Kind regards,
Yanis"""
add(slug="sent_start_date_question_kestrel", contact="", lang="en",
    date="2026-10-01 20:14 +0200", thread="kestrel",
    frm=Y, to=[("Hannah Moor", "hannah.moor@kestrel-compliance.example.be")],
    subject="Offer - start date",
    text=t)

items = [
    ("Customs Compliance Analyst - Antwerp", "https://www.tradejobs.example.eu/j/40112",
     "Freight forwarder - EUR 42-48k - French a plus"),
    ("Trade Compliance Specialist - Hamburg", "https://www.tradejobs.example.eu/j/40107",
     "Shipping line - relocation support"),
    ("Junior Customs Broker - Rotterdam", "https://www.tradejobs.example.eu/j/40095",
     "Brokerage - interviews this month"),
    ("Export Control Officer - Geneva", "https://www.tradejobs.example.eu/j/40090",
     "Commodity trader - dual-use goods"),
]
intro = ("Hi Yanis, 4 new roles match your alert 'customs compliance - Europe'. "
         "Also this week: 'Rejected after the final round? Here's what hiring managers say.'")
add(slug="alert_tradejobs_digest", contact="", lang="en",
    date="2026-03-23 06:30 +0000",
    frm=("TradeJobs Europe", "alerts@tradejobs.example.eu"),
    subject="4 new jobs for 'customs compliance - Europe'",
    headers=listing("<alerts.tradejobs.example.eu>",
                    "<https://www.tradejobs.example.eu/unsubscribe/yhl-4471>, "
                    "<mailto:unsubscribe@tradejobs.example.eu>"),
    text=intro + "\n\n" + C.digest_text(items) +
    "\n\nManage alerts: https://www.tradejobs.example.eu/alerts",
    html=C.newsletter("TradeJobs Europe", C.esc(intro), items,
                      '<a href="https://www.tradejobs.example.eu/unsubscribe/yhl-4471">'
                      "Unsubscribe</a>", lang="en", color="#1d3557"))

body = """<h1 style="font-size:22px">The Offer Desk - weekly career notes</h1>
<h3>1. Why "we went with someone more experienced" is not the end</h3>
<p>Most rejections after a final interview come down to timing or a single missing skill. Ask for feedback within 48 hours and keep the door open.</p>
<h3>2. Interview prep for compliance roles</h3>
<p>Expect a classification exercise. Practise explaining the General Interpretative Rules out loud.</p>
<h3>3. Negotiating an offer in Belgium</h3>
<p>Meal vouchers, eco-cheques and a 13th month: know what is standard before you counter.</p>
<p><a href="https://offerdesk.example.com/notes/42">Read this week's notes</a></p>
<p style="color:#999;font-size:11px">You subscribed at offerdesk.example.com. <a href="https://offerdesk.example.com/unsubscribe">Unsubscribe</a></p>"""
add(slug="newsletter_offer_desk", contact="", lang="en",
    date="2026-06-04 08:00 -0400",
    frm=("The Offer Desk", "newsletter@offerdesk.example.com"),
    subject="Rejected after the final round? + offer negotiation in Belgium",
    headers=listing("The Offer Desk <weekly.offerdesk.example.com>",
                    "<https://offerdesk.example.com/unsubscribe>"),
    html=C.page(body, lang="en"))

t = """Hi Yanis,

I host Supply Chain Voices, a podcast about the people who keep European trade moving. Oliver Grant at Harbourline mentioned you might be a great guest - someone switching from the quayside into customs work is exactly the story our listeners love.

Would you be up for a 40-minute interview recorded remotely some time in July? No preparation needed beyond a decent microphone, and we send questions in advance.

Thanks for considering it,
Maya Lindqvist
Host & producer, Supply Chain Voices"""
add(slug="podcast_guest_request_en", contact="maya@supplychainvoices.example.com", lang="en",
    date="2026-06-22 15:05 +0200",
    frm=("Maya Lindqvist", "maya@supplychainvoices.example.com"),
    subject="Guest interview for Supply Chain Voices?",
    text=t)

t = """Yanis, you appeared in 12 searches this week

Hannah Moor, HR Manager at Kestrel Compliance Partners, viewed your profile.
2 recruiters viewed your profile.

See all profile viewers: https://www.reseaupro.example.com/me/profile-views

Jobs you may be interested in:
- Customs Compliance Analyst, Antwerp
- Trade Compliance Specialist, Hamburg

Unsubscribe: https://www.reseaupro.example.com/settings/notifications"""
add(slug="network_search_appearances_en", contact="", lang="en",
    date="2026-09-14 17:00 +0000",
    frm=("ReseauPro", "notifications-noreply@reseaupro.example.com"),
    subject="You appeared in 12 searches this week",
    headers=listing("<weekly.reseaupro.example.com>",
                    "<https://www.reseaupro.example.com/settings/notifications>"),
    text=t, html=C.page(C.paras(t), lang="en"))

t = """Hey Yanis,

Quick update from my side: Kaaien turned me down. Got the standard "we regret to inform you" email this morning, after the whole assessment day and everything. Apparently my classification exercise wasn't strong enough.

How did yours go? I think you did the April one after they moved it?

Drinks on Friday at the Zuiderterras are still on, I need one.

Sanne"""
add(slug="friend_kaaien_rejection_en", contact="sanne.devries@example.be", lang="en",
    date="2026-04-24 13:20 +0200",
    frm=("Sanne de Vries", "sanne.devries@example.be"),
    subject="well, that's that",
    text=t)

old = """Dear Jasper,

Could you let me know whether a new date for the assessment centre has been set? I'd like to plan my trip to Antwerp.

Kind regards,
Yanis Haddad-Lefort"""
new = """Thank you for your email. I am out of the office until Monday 13 April with limited access to email. For urgent recruitment matters, please contact careers@kaaien.example.be.

Kind regards,
Jasper Wouters"""
add(slug="auto_reply_kaaien_ooo", contact="jasper.wouters@kaaien.example.be", lang="en",
    date="2026-04-06 10:02 +0200",
    frm=("Jasper Wouters", "jasper.wouters@kaaien.example.be"),
    subject="Automatic reply: Assessment centre - new date?",
    irt="<CAF3yhl0406.assessment@example.fr>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=C.reply(new, "en", "Mon, 6 Apr 2026 at 10:01", Y[0], Y[1], old))

t = """Dear Mr Haddad-Lefort,

Thank you for applying to the Postgraduate Certificate in Customs and Excise at the Antwerp Maritime Academy for the 2026-27 intake.

The admissions committee has now considered your application. We are sorry to tell you that we are unable to offer you a place on the programme this year: the course was heavily oversubscribed and priority was given to applicants already employed in a customs role.

You are welcome to reapply for the 2027-28 intake.

Admissions Office
Antwerp Maritime Academy"""
add(slug="academy_no_place_en", contact="", lang="en",
    date="2026-07-08 11:30 +0200",
    frm=("AMA Admissions", "admissions@maritime-academy.example.be"),
    subject="Your application - Postgraduate Certificate in Customs and Excise",
    text=t, html=C.page(C.paras(t), lang="en"), cte="base64")

t = """Hello Yanis,

Unfortunately your parcel is delayed.

Tracking number: PX-77120-BE
Original delivery date: 16 September
New estimated delivery: 18-19 September

The delay is due to higher than usual volumes at our Liège hub. No action is needed from you.

Parcelo Customer Care
This is an automated message; replies are not monitored."""
add(slug="parcel_delayed_en", contact="", lang="en",
    date="2026-09-16 06:45 +0200",
    frm=("Parcelo", "noreply@parcelo.example.be"),
    subject="Your parcel is delayed",
    headers=[("Auto-Submitted", "auto-generated")],
    html=C.ats_card("Parcelo", C.paras(t), "Parcelo - parcel delivery", lang="en",
                    color="#ff6f00"))

t = """Hi Yanis,

I came across your profile while researching customs and trade compliance people moving between France and Belgium - your mix of hands-on terminal work and languages stood out.

I'm a specialist recruiter at Harbourline Search, covering trade compliance roles in Antwerp, Rotterdam, Hamburg and Geneva. No specific vacancy to pitch today, but if you're open to hearing about roles as they come up, feel free to send me your CV and the kind of role you're after.

Best regards,
Oliver Grant
Principal Consultant - Trade & Customs
Harbourline Search
+44 20 7946 0312"""
add(slug="harbourline_cold_approach", contact="oliver.grant@harbourline.example.co.uk",
    lang="en", date="2026-04-01 16:20 +0100", thread="harbourline",
    frm=("Oliver Grant", "oliver.grant@harbourline.example.co.uk"),
    subject="Trade compliance roles - Antwerp / Hamburg",
    text=t)

t = """Hi Yanis,

We're improving how TradeJobs Europe alerts work and we'd love to hear from you.

Join a 30-minute research interview over video with our product team. We'll ask how you search, what you do after applying, and how you keep track of replies. As a thank-you, you'll receive a EUR 25 gift card.

Book a session: https://research.tradejobs.example.eu/book?ref=yhl

Thanks,
Tom Hughes, User Research, TradeJobs Europe"""
add(slug="user_research_tradejobs", contact="", lang="en",
    date="2026-08-06 14:00 +0000",
    frm=("TradeJobs Europe Research", "research-noreply@tradejobs.example.eu"),
    subject="30-minute research interview? (EUR 25 gift card)",
    text=t, html=C.page(C.paras(t), lang="en"))

t = """TRADE COMPLIANCE SUMMIT GENEVA - 19-20 NOVEMBER 2026

Early-bird offer ends Friday: save 30% on your delegate pass.

This year's programme:
- Export controls after the 2026 dual-use recast
- Panel: building a compliance career from the operational side
- Workshop: origin audits and supplier declarations

Call for position papers open until 15 October.

Register: https://www.tcsummit.example.ch/register
Unsubscribe: https://www.tcsummit.example.ch/unsubscribe"""
add(slug="summit_early_bird", contact="", lang="en",
    date="2026-09-08 09:00 +0200",
    frm=("Trade Compliance Summit", "events@tcsummit.example.ch"),
    subject="Early-bird offer ends Friday - Trade Compliance Summit Geneva",
    headers=listing("<events.tcsummit.example.ch>",
                    "<https://www.tcsummit.example.ch/unsubscribe>"),
    text=t, html=C.page(C.paras(t), lang="en"))

t = """Hi Yanis,

Good news - your interview review for Albion Customs (Customs Compliance Officer, Antwerp) has been approved and is now live.

Your review has been viewed by 38 job seekers so far. Thanks for helping others prepare for their interviews.

WorkVoice"""
add(slug="review_published_en", contact="", lang="en",
    date="2026-08-02 12:00 +0000",
    frm=("WorkVoice", "no-reply@workvoice.example.com"),
    subject="Your interview review is live",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t)

# ============================================================================ Spanish (5)

old = """Hola Yanis:

Intentamos llamarte dos veces a las 10:00, como habíamos quedado, y otra vez a las 10:15, pero no hubo respuesta."""
new = """Hola Lucía:

Te pido disculpas por lo de esta mañana. El móvil se quedó sin batería en el tren y no vi tus llamadas hasta mediodía. Sigo muy interesado en el puesto de técnico aduanero y, si es posible, me encantaría que buscáramos otro momento.

Un saludo,
Yanis"""
add(slug="sent_apology_turia", contact="", lang="es",
    date="2026-03-26 13:10 +0100", thread="turia",
    frm=Y, to=[("Lucía Ferrer", "lucia.ferrer@aduanasturia.example.es")],
    subject="Disculpas por la llamada de hoy",
    text=C.reply(new, "es", "jue, 26 mar 2026 a las 10:25", "Lucía Ferrer",
                 "lucia.ferrer@aduanasturia.example.es", old),
    cte="quoted-printable")

items = [
    ("Técnico/a de aduanas – Valencia", "https://www.empleopuerto.example.es/oferta/20931",
     "Transitario · indefinido · entrevistas en abril"),
    ("Agente de consignación – Sagunto", "https://www.empleopuerto.example.es/oferta/20925",
     "Consignataria · inglés alto"),
    ("Administrativo/a de comercio exterior – Barcelona",
     "https://www.empleopuerto.example.es/oferta/20918", "Distribución · jornada intensiva"),
]
intro = "Hola Yanis: tenemos 3 ofertas nuevas que encajan con tu alerta «aduanas – Levante»."
add(slug="alert_empleopuerto_digest", contact="", lang="es",
    date="2026-04-09 07:00 +0200",
    frm=("EmpleoPuerto", "alertas@empleopuerto.example.es"),
    subject="3 ofertas nuevas: aduanas – Levante",
    subj_enc="utf-8:Q",
    headers=listing("<alertas.empleopuerto.example.es>",
                    "<https://www.empleopuerto.example.es/baja?u=yhl>"),
    text=intro + "\n\n" + C.digest_text(items) +
    "\n\n¿No te han respondido? Consulta nuestra guía para hacer seguimiento de tus candidaturas."
    "\n\nDarse de baja: https://www.empleopuerto.example.es/baja?u=yhl",
    html=C.newsletter("EmpleoPuerto", C.esc(intro), items,
                      '<a href="https://www.empleopuerto.example.es/baja?u=yhl">'
                      "Darse de baja</a>", lang="es", color="#e63946"),
    cte="quoted-printable")

t = """¡Yanis!

Nada, que me han dicho que no en la naviera de Sagunto. Me llamó la de Recursos Humanos, muy maja, pero que se quedan con otra persona que ya había trabajado con ellos. Después de tres entrevistas, ¡tres!

Bueno, a seguir buscando. ¿Tú cómo vas con lo de Barcelona?

Besos,
Nuria"""
add(slug="friend_own_rejection_es", contact="nuria.camps@example.es", lang="es",
    date="2026-05-13 22:48 +0200",
    frm=("Nuria Camps", "nuria.camps@example.es"),
    subject="Pues no...",
    text=t, charset="iso-8859-1", cte="8bit")

t = """Estimado cliente:

Le recordamos su cita con su gestor personal, D. Andreu Bosch, el próximo jueves 15 de octubre a las 12:30 en la oficina de la calle Colón, 44 (València).

En la reunión revisaremos la posición global de sus cuentas y la propuesta de hipoteca solicitada. Si no puede asistir, por favor, modifique su cita desde la app o llamando al 963 10 20 30.

Atentamente,
Caixa Llevant"""
add(slug="bank_cita_gestor_es", contact="", lang="es",
    date="2026-10-09 09:30 +0200",
    frm=("Caixa Llevant", "avisos@caixallevant.example.es"),
    subject="Recordatorio de su cita con su gestor",
    subj_enc="iso-8859-1:Q",
    headers=[("Auto-Submitted", "auto-generated")],
    text=t, html=C.page(C.paras(t), lang="es"), charset="windows-1252", cte="quoted-printable",
    html_charset="utf-8")

t = """Estimado/a Yanis Haddad-Lefort:

Le comunicamos que, una vez finalizado el proceso de admisión del Máster Universitario en Comercio Internacional y Gestión Aduanera (curso 2026-2027), su solicitud ha sido valorada como NO ADMITIDA por falta de plazas.

Ha quedado en la posición 14 de la lista de espera. Si se produjera alguna vacante, se le comunicaría por este mismo medio.

Servicio de Postgrado
Universitat del Port de València"""
add(slug="master_not_admitted_es", contact="", lang="es",
    date="2026-07-21 13:00 +0200",
    frm=("Servicio de Postgrado", "postgrado@uportvalencia.example.es"),
    subject="Resolución de admisión – Máster en Comercio Internacional",
    subj_enc="utf-8:B",
    text=t, cte="base64")

# ============================================================================ German (5)

items = [
    ("Zollsachbearbeiter (m/w/d) – Hamburg-Waltershof", "https://www.hafenjobs.example.de/job/7781",
     "Containerterminal · Vollzeit · ATLAS-Kenntnisse"),
    ("Sachbearbeiter Export (m/w/d) – Hamburg-Altona", "https://www.hafenjobs.example.de/job/7779",
     "Spedition · Französisch von Vorteil"),
    ("Trade Compliance Manager (m/w/d) – Bremen", "https://www.hafenjobs.example.de/job/7764",
     "Reederei · Homeoffice möglich"),
]
intro = "Hallo Yanis, es gibt 3 neue Jobs für Ihren Suchauftrag „Zoll – Hamburg“."
add(slug="alert_hafenjobs_digest", contact="", lang="de",
    date="2026-05-26 06:15 +0200",
    frm=("HafenJobs", "suchauftrag@hafenjobs.example.de"),
    subject="3 neue Jobs: Zoll – Hamburg",
    subj_enc="utf-8:Q",
    headers=listing("<suchauftrag.hafenjobs.example.de>",
                    "<https://www.hafenjobs.example.de/abmelden?id=yhl>"),
    text=intro + "\n\n" + C.digest_text(items) +
    "\n\nSuchauftrag bearbeiten oder abmelden: https://www.hafenjobs.example.de/suchauftrag",
    html=C.newsletter("HafenJobs", C.esc(intro), items,
                      '<a href="https://www.hafenjobs.example.de/abmelden?id=yhl">Abmelden</a>',
                      lang="de", color="#003f88"),
    cte="quoted-printable")

t = """Sehr geehrter Herr Haddad-Lefort,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Bahrenfelder Straße.

Gerne biete ich Ihnen einen Besichtigungstermin am Samstag, 29. August, um 11:15 Uhr an. Bitte bringen Sie eine Selbstauskunft und, falls vorhanden, eine Mietschuldenfreiheitsbescheinigung mit. Eine Arbeitgeberbescheinigung kann nachgereicht werden.

Falls der Termin nicht passt, geben Sie mir bitte bis Donnerstag Bescheid.

Freundliche Grüße
Gesa Thomsen
Thomsen Hausverwaltung"""
add(slug="flat_viewing_hamburg", contact="g.thomsen@thomsen-hv.example.de", lang="de",
    date="2026-08-24 18:10 +0200",
    frm=("Gesa Thomsen", "g.thomsen@thomsen-hv.example.de"),
    subject="Besichtigungstermin Bahrenfelder Straße",
    subj_enc="iso-8859-1:Q",
    text=t, charset="iso-8859-1", cte="quoted-printable")

old = """Hallo Herr Haddad-Lefort,

nach dem sehr guten Gespräch mit Herrn Petersen freuen wir uns, Ihnen die Stelle als Speditionskaufmann Zoll (m/w/d) bei der Elbkai Spedition anbieten zu können."""
new = """Liebe Frau Krüger,

vielen Dank für das Angebot, über das ich mich sehr freue.

Bevor ich unterschreibe, hätte ich zwei Rückfragen: Ist ein Eintritt zum 15. September statt zum 1. September möglich, da ich in Marseille noch eine Kündigungsfrist habe? Und übernimmt die Elbkai Spedition die Kosten für den Zollgrundkurs?

Mit freundlichen Grüßen
Yanis Haddad-Lefort"""
add(slug="sent_questions_elbkai", contact="", lang="de",
    date="2026-07-22 08:35 +0200", thread="elbkai",
    frm=Y, to=[("Svenja Krüger", "svenja.krueger@elbkai.example.de")], to_enc="utf-8:Q",
    subject="AW: Ihr Vertragsangebot – Elbkai Spedition",
    subj_enc="utf-8:B",
    text=C.reply(new, "de", "Mo., 20. Juli 2026 um 10:05", "Svenja Krüger",
                 "svenja.krueger@elbkai.example.de", old),
    cte="quoted-printable")

t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. August im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Dr. Henning Vos (h.vos@zollberatung-altona.example.de).

Mit freundlichen Grüßen
Henrike Vos"""
add(slug="auto_reply_altona_urlaub", contact="henrike.vos@zollberatung-altona.example.de",
    lang="de", date="2026-08-14 09:12 +0200",
    frm=("Vos, Henrike", "henrike.vos@zollberatung-altona.example.de"),
    subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch",
    subj_enc="utf-8:Q",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=t, cte="quoted-printable")

body = """<h2>Absage erhalten – was jetzt?</h2>
<p>Eine Absage nach dem Vorstellungsgespräch ist ärgerlich, aber selten persönlich gemeint. Unsere Karriereberaterin Miriam Kolb erklärt, wie Sie höflich um Feedback bitten, warum Sie die Stelle trotzdem im Blick behalten sollten und wann sich eine Initiativbewerbung lohnt.</p>
<p><b>Außerdem in dieser Ausgabe:</b></p>
<ul>
<li>Gehaltsverhandlung: Was ist ein faires Angebot für Zollsachbearbeiter in Hamburg?</li>
<li>Videointerview: Technik-Check in fünf Minuten</li>
<li>Termine: Karrieretag Logistik am 8. Oktober in der Handelskammer</li>
</ul>
<p><a href="https://www.karrierekompass.example.de/newsletter/38">Zur Online-Version</a> | <a href="https://www.karrierekompass.example.de/abmelden">Newsletter abbestellen</a></p>"""
add(slug="newsletter_absage_was_jetzt", contact="", lang="de",
    date="2026-09-29 07:30 +0200",
    frm=("KarriereKompass", "newsletter@karrierekompass.example.de"),
    subject="Absage erhalten – was jetzt? | KarriereKompass Nr. 38",
    subj_enc="utf-8:Q",
    headers=listing("KarriereKompass <newsletter.karrierekompass.example.de>",
                    "<https://www.karrierekompass.example.de/abmelden>"),
    html=C.page(body, lang="de"), html_cte="base64")
