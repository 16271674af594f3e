"""Corpus 201, kind `other`: 52 hand-written messages (fr 27, en 14, de 5, es 6).

Job-board digests, newsletters, notifications, the candidate's own mail, friends, auto-replies
and everyday mail that uses interview, appointment or position words in another sense.
"""

from __future__ import annotations

from msgs201_common import (
    CAND_SIG,
    CANDIDATE,
    card,
    digest_text,
    doc,
    forwarded,
    newsletter,
    paras,
    replied,
)

ME = CANDIDATE
OTHER: list[dict] = []
oth = OTHER.append


def listed(list_id: str, unsub: str, post: bool = True) -> list[tuple[str, str]]:
    """The mailing-list headers a bulk sender puts on every issue."""
    heads = [("List-Id", list_id), ("List-Unsubscribe", unsub), ("Precedence", "bulk")]
    if post:
        heads.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return heads


# ============================================================================ French (27) ==

oth(dict(
    slug="own_thanks_to_acr_after_panel", lang="fr", company="", contact="",
    date="2026-08-27 18:12 +0200", key="acr_thanks", parent="acr_move",
    frm=ME, to=[("Maëlle Le Goff", "maelle.legoff@armorique-cr.example.fr")],
    subject="Merci pour l'entretien de ce matin",
    text=(
        "Bonjour Maëlle,\n\n"
        "Je voulais vous remercier, ainsi que le Dr Kerhervé et Soizic Allain, pour "
        "l'entretien de ce matin. La présentation du suivi des visites de monitoring m'a "
        "confirmé que ce poste correspond exactement à ce que je recherche.\n\n"
        "Je reste à votre disposition si vous avez besoin d'informations complémentaires.\n\n"
        "Bien cordialement,\n" + CAND_SIG["fr"]),
))

oth(dict(
    slug="own_reschedule_request_quadrant", lang="fr", company="", contact="",
    date="2026-04-10 07:48 +0200", key="qec_ask", parent="qec_inv",
    frm=ME, to=[("Thibault Sarrazin", "t.sarrazin@quadrant-essais.example.fr")],
    subject="Re: Entretien – Assistante d'études cliniques (CDD)",
    text=(
        "Bonjour Thibault,\n\n"
        "Merci beaucoup pour votre proposition. Je suis de garde à la pharmacie le mardi 14 au "
        "matin : serait-il possible de décaler l'entretien à un autre jour de la semaine "
        "suivante ?\n\n"
        "Merci d'avance,\nOdile\n\n"
        + replied("fr", "jeu. 9 avr. 2026 à 10:02",
                  ("Thibault Sarrazin", "t.sarrazin@quadrant-essais.example.fr"),
                  "Bonjour Odile,\n\nVotre profil a retenu notre attention pour le poste "
                  "d'assistante d'études cliniques en CDD de 12 mois. Je vous propose un "
                  "entretien en visio avec Claire Dumoulin, notre responsable d'études, le "
                  "mardi 14 avril à 10h00 (45 minutes environ).")),
))

oth(dict(
    slug="own_spontaneous_application_kerbio_pdf", lang="fr", company="", contact="",
    date="2026-03-02 08:57 +0100", key="kerbio_app",
    frm=ME, to=[("Kerbio Therapeutics", "contact@kerbio.example.fr")],
    subject="Candidature spontanée – assistante essais cliniques",
    text=(
        "Bonjour,\n\n"
        "Je me permets de vous adresser ma candidature spontanée pour un poste d'assistante "
        "d'essais cliniques chez Kerbio Therapeutics.\n\n"
        "Préparatrice en pharmacie hospitalière depuis huit ans au CHU, je gère au quotidien "
        "les médicaments expérimentaux de plusieurs essais (réception, stockage, "
        "comptabilité, retours au promoteur). Je souhaite aujourd'hui rejoindre une équipe "
        "de recherche et j'ai suivi une formation aux bonnes pratiques cliniques en "
        "janvier.\n\n"
        "Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec vous.\n\n"
        "Bien cordialement,\n" + CAND_SIG["fr"]),
    pdfs=[dict(name="CV_Odile_Brennan-Achterberg.pdf", lines=[
        "Odile Brennan-Achterberg", "Rennes - odile.ba@example.fr - 06 41 27 58 90", "",
        "Preparatrice en pharmacie hospitaliere (2018-2026)",
        "- Gestion des medicaments experimentaux (12 essais de phase II-III)",
        "- Comptabilite des unites therapeutiques, retours promoteur",
        "", "Formation : BP preparateur en pharmacie ; certificat BPC (2026)",
        "Langues : francais, anglais (C1), allemand (B2), espagnol (B1)"])],
))

oth(dict(
    slug="own_application_ch_vilaine_cv", lang="fr", company="", contact="",
    date="2026-02-10 21:34 +0100", key="chv_app",
    frm=ME, to=[("DRH CH de la Vilaine", "recrutement@ch-vilaine.example.fr")],
    subject="Candidature technicienne de recherche clinique",
    text=(
        "Madame, Monsieur,\n\n"
        "Suite à votre annonce parue sur le site de la FHF, je vous adresse ma candidature au "
        "poste de technicien(ne) de recherche clinique à l'URC. Mon CV et ma lettre de "
        "motivation sont joints à ce message.\n\n"
        "Je vous remercie par avance de l'attention portée à ma demande et me tiens à votre "
        "disposition pour un entretien.\n\n"
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
        + CAND_SIG["fr"]),
    pdfs=[dict(name="Lettre_motivation_URC.pdf", lines=[
        "Odile Brennan-Achterberg", "Objet : candidature - technicien(ne) de recherche clinique",
        "", "Madame, Monsieur,",
        "Preparatrice en pharmacie hospitaliere, je souhaite mettre mon experience",
        "des essais cliniques au service de votre unite de recherche."])],
))

_digest_items = [
    ("Assistant(e) de recherche clinique – CHU, Brest (CDD 12 mois)",
     "https://emploisante-hebdo.example.fr/o/88213?utm_source=alerte",
     "Gestion des dossiers investigateurs, préparation des visites de monitoring."),
    ("Clinical Trial Assistant – CRO, Nantes (CDI)",
     "https://emploisante-hebdo.example.fr/o/88190?utm_source=alerte",
     "Anglais courant, première expérience en TMF appréciée. Entretiens dès mars."),
    ("Technicien(ne) d'études cliniques – Centre de lutte contre le cancer, Rennes",
     "https://emploisante-hebdo.example.fr/o/88177?utm_source=alerte",
     "Saisie eCRF, gestion des échantillons biologiques."),
    ("Préparateur(trice) essais cliniques – PUI, Vannes",
     "https://emploisante-hebdo.example.fr/o/88164?utm_source=alerte",
     "Dispensation des traitements expérimentaux, comptabilité des unités."),
]
_digest_intro = ("Bonjour Odile, voici les 4 nouvelles offres correspondant à votre alerte "
                 "« essais cliniques – Bretagne / Pays de la Loire » cette semaine. Candidatez "
                 "vite : certains recruteurs ferment les candidatures dès qu'ils ont assez de "
                 "profils pour leurs entretiens.")
oth(dict(
    slug="emploisante_weekly_alert_digest", lang="fr", company="", contact="",
    date="2026-02-27 06:00 +0100",
    frm=("EmploiSanté Hebdo", "alertes@emploisante-hebdo.example.fr"),
    subject="4 nouvelles offres pour « essais cliniques – Bretagne / Pays de la Loire »",
    headers=listed("Alertes emploi <alertes.emploisante-hebdo.example.fr>",
                   "<https://emploisante-hebdo.example.fr/desabo?u=ob4471>, "
                   "<mailto:desabo@emploisante-hebdo.example.fr?subject=ob4471>"),
    text=digest_text("EmploiSanté Hebdo – votre alerte", _digest_intro, _digest_items,
                     "Se désabonner : https://emploisante-hebdo.example.fr/desabo?u=ob4471"),
    html=newsletter("EmploiSanté Hebdo – votre alerte", _digest_intro, _digest_items,
                    '<a href="https://emploisante-hebdo.example.fr/desabo?u=ob4471">Se '
                    "désabonner</a> · Vous recevez cet e-mail car vous avez créé une alerte."),
    cte="quoted-printable",
))

_rebondir = (
    "Un refus après un entretien final, c'est souvent plus dur à encaisser qu'une absence de "
    "réponse. Dans ce numéro, trois professionnelles de santé racontent comment elles ont "
    "transformé un « nous ne donnerons pas suite » en tremplin.")
_rebondir_items = [
    ("« Mon premier refus m'a appris à parler de mes essais cliniques »",
     "https://carrieres-sante-mag.example.fr/articles/refus-tremplin",
     "Léa, préparatrice devenue ARC, revient sur ses trois candidatures malheureuses."),
    ("Demander un retour au recruteur : le mail type",
     "https://carrieres-sante-mag.example.fr/articles/demander-feedback",
     "Comment formuler sa demande sans paraître insistant."),
    ("Reconversion vers la recherche clinique : les formations qui comptent",
     "https://carrieres-sante-mag.example.fr/articles/formations-arc",
     "DU, certificats BPC, formations courtes : notre comparatif."),
]
oth(dict(
    slug="carrieres_sante_mag_rebondir_refus", lang="fr", company="", contact="",
    date="2026-03-12 07:30 +0100",
    frm=("Carrières Santé Mag", "newsletter@carrieres-sante-mag.example.fr"),
    subject="Refusée après l'entretien final ? Comment rebondir",
    headers=listed("Carrières Santé Mag <hebdo.carrieres-sante-mag.example.fr>",
                   "<https://carrieres-sante-mag.example.fr/unsubscribe/7a21>"),
    html=newsletter("Carrières Santé Mag", _rebondir, _rebondir_items,
                    'Vous êtes abonnée à Carrières Santé Mag. <a href="https://carrieres-'
                    'sante-mag.example.fr/unsubscribe/7a21">Se désinscrire</a>',
                    accent="#9d174d"),
    cte="base64",
))

oth(dict(
    slug="reseaupro_profile_views_notification", lang="fr", company="", contact="",
    date="2026-04-18 12:02 +0200",
    frm=("Réseau Pro", "notifications@reseaupro.example.com"),
    subject="Odile, 3 personnes ont consulté votre profil cette semaine",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://reseaupro.example.com/notif/off?t=vw>")],
    text=(
        "Odile, votre profil attire l'attention\n\n"
        "3 personnes ont consulté votre profil cette semaine, dont une chargée de recrutement "
        "chez une CRO à Nantes et un recruteur du secteur pharmaceutique.\n\n"
        "Voir qui a consulté votre profil : https://reseaupro.example.com/me/vues\n\n"
        "Offres qui pourraient vous intéresser :\n"
        "- Clinical Trial Assistant · Nantes · publiée il y a 2 jours\n"
        "- Assistante d'études cliniques · Rennes · 31 candidatures\n\n"
        "Vous recevez ces notifications de Réseau Pro. Gérer vos préférences : "
        "https://reseaupro.example.com/notif"),
    html=card("Réseau Pro", "#0a66c2", paras(
        "Odile, votre profil attire l'attention\n\n"
        "3 personnes ont consulté votre profil cette semaine, dont une chargée de recrutement "
        "chez une CRO à Nantes et un recruteur du secteur pharmaceutique.")
        + '\n<p><a href="https://reseaupro.example.com/me/vues">Voir qui a consulté votre '
          "profil</a></p>\n" + paras(
        "Offres qui pourraient vous intéresser :\n"
        "- Clinical Trial Assistant · Nantes · publiée il y a 2 jours\n"
        "- Assistante d'études cliniques · Rennes · 31 candidatures"),
        footer="Vous recevez ces notifications de Réseau Pro. "
               '<a href="https://reseaupro.example.com/notif">Gérer vos préférences</a>'),
))

_arc_items = [
    ("« Parlez-moi d'une déviation au protocole que vous avez gérée »",
     "https://clubdesarc.example.fr/blog/entretien-question-1",
     "Préparez un exemple concret, même issu de la pharmacie hospitalière."),
    ("Les BPC en 5 minutes avant l'entretien",
     "https://clubdesarc.example.fr/blog/bpc-express",
     "Les points que les recruteurs vérifient systématiquement."),
    ("Entretien en anglais : le vocabulaire indispensable",
     "https://clubdesarc.example.fr/blog/entretien-anglais",
     "Site initiation visit, query, source data verification..."),
]
oth(dict(
    slug="club_des_arc_conseils_entretien", lang="fr", company="", contact="",
    date="2026-05-05 18:00 +0200",
    frm=("Le Club des ARC", "lettre@clubdesarc.example.fr"),
    subject="Préparer un entretien d'embauche en recherche clinique : 7 questions pièges",
    headers=listed("La lettre du Club des ARC <lettre.clubdesarc.example.fr>",
                   "<mailto:lettre-unsubscribe@clubdesarc.example.fr>", post=False),
    text=digest_text("La lettre du Club des ARC",
                     "Ce mois-ci, nos conseils pour réussir votre entretien d'embauche "
                     "d'ARC ou de CTA, et l'agenda des rencontres régionales.",
                     _arc_items, "Se désabonner : lettre-unsubscribe@clubdesarc.example.fr"),
    html=newsletter("La lettre du Club des ARC",
                    "Ce mois-ci, nos conseils pour réussir votre entretien d'embauche d'ARC "
                    "ou de CTA, et l'agenda des rencontres régionales.", _arc_items,
                    "Se désabonner : lettre-unsubscribe@clubdesarc.example.fr",
                    accent="#166534"),
    charset="iso-8859-1", cte="quoted-printable",
))

oth(dict(
    slug="podcast_interview_request", lang="fr", company="",
    contact="baptiste@blouses-et-protocoles.example.fr", date="2026-06-11 10:27 +0200",
    frm=("Baptiste Nédélec", "baptiste@blouses-et-protocoles.example.fr"),
    subject="Invitation au podcast « Blouses & Protocoles »",
    text=(
        "Bonjour Odile,\n\n"
        "J'anime « Blouses & Protocoles », un podcast sur les métiers de la recherche "
        "clinique. J'ai lu votre témoignage sur le forum du Club des ARC à propos de votre "
        "reconversion depuis la pharmacie hospitalière.\n\n"
        "Accepteriez-vous de répondre à mes questions lors d'une interview d'environ 40 "
        "minutes, enregistrée à distance ? L'épisode serait diffusé en septembre. Je peux "
        "m'adapter à vos disponibilités fin juin.\n\n"
        "Merci d'avance, et bravo pour votre parcours !\n\n"
        "Baptiste Nédélec\nBlouses & Protocoles – le podcast de la recherche clinique"),
))

oth(dict(
    slug="jobadoo_user_research_entretien", lang="fr", company="",
    contact="ines.marchal@jobadoo.example.fr", date="2026-06-24 14:40 +0200",
    frm=("Inès Marchal – Jobadoo", "ines.marchal@jobadoo.example.fr"),
    subject="45 minutes pour améliorer Jobadoo ? (carte cadeau offerte)",
    text=(
        "Bonjour Odile,\n\n"
        "Je suis chercheuse UX chez Jobadoo, l'application que vous utilisez pour suivre vos "
        "candidatures. Nous menons une série d'entretiens utilisateurs pour comprendre comment "
        "les personnes en reconversion organisent leur recherche d'emploi.\n\n"
        "Seriez-vous d'accord pour un entretien en visio de 45 minutes la semaine prochaine ? "
        "Il ne s'agit pas d'un recrutement : nous voulons simplement entendre votre "
        "expérience. Une carte cadeau de 30 € vous sera offerte pour vous remercier.\n\n"
        "Pour choisir un créneau : https://jobadoo.example.fr/recherche/creneaux\n\n"
        "Merci !\nInès Marchal\nUX Researcher – Jobadoo"),
))

oth(dict(
    slug="colis_retarde_malheureusement", lang="fr", company="", contact="",
    date="2026-07-02 08:12 +0200",
    frm=("Colis Express", "ne-pas-repondre@colis-express.example.fr"),
    subject="Votre colis 6A2281745530 est retardé",
    headers=[("Auto-Submitted", "auto-generated")],
    html=card("Colis Express", "#facc15", paras(
        "Bonjour,\n\n"
        "Malheureusement, votre colis n° 6A2281745530 n'a pas pu être livré aujourd'hui en "
        "raison d'un incident sur notre plateforme de Rennes-Chantepie. Il sera présenté "
        "demain entre 9h et 13h.\n\n"
        "Nous vous prions de nous excuser pour ce retard.\n\n"
        "Suivre mon colis : https://colis-express.example.fr/suivi/6A2281745530"),
        footer="Merci de ne pas répondre à cet e-mail automatique."),
))

oth(dict(
    slug="friend_tells_own_rejection", lang="fr", company="",
    contact="solene.kervella@example.fr", date="2026-03-19 22:47 +0100",
    frm=("Solène Kervella", "solene.kervella@example.fr"),
    subject="devine quoi…",
    text=(
        "Coucou Odile,\n\n"
        "Bon, je te raconte : j'ai reçu un refus du labo de Saint-Malo pour le poste "
        "d'assistante qualité. Après trois entretiens, ils ont pris quelqu'un de l'interne. "
        "Je suis dégoûtée mais bon, j'ai un autre entretien à Vannes la semaine prochaine, "
        "je croise les doigts.\n\n"
        "Et toi, ça avance tes candidatures en recherche clinique ? On se fait un resto "
        "samedi pour se remonter le moral ?\n\n"
        "Bisous,\nSolène"),
    cte="quoted-printable",
))

oth(dict(
    slug="cold_approach_kelvane_no_event", lang="fr", company="",
    contact="romain.delorme@kelvane.example.fr", date="2026-05-27 09:05 +0200",
    frm=("Romain Delorme", "romain.delorme@kelvane.example.fr"),
    subject="Opportunité CTA à Lyon – échange ?",
    text=(
        "Bonjour Odile,\n\n"
        "Je suis consultant chez Kelvane Recrutement, spécialisé dans les métiers des essais "
        "cliniques. Votre profil de préparatrice avec une forte exposition aux médicaments "
        "expérimentaux m'a interpellé.\n\n"
        "Je travaille régulièrement avec des CRO et des laboratoires en région lyonnaise et à "
        "Paris. Seriez-vous ouverte à un échange informel pour que je comprenne mieux votre "
        "projet ? Rien d'urgent, je ne vous contacte pas pour un poste précis aujourd'hui.\n\n"
        "Bien à vous,\nRomain Delorme\nConsultant senior – Kelvane Recrutement\n"
        "06 72 18 44 90"),
))

oth(dict(
    slug="banque_rendez_vous_conseiller", lang="fr", company="", contact="",
    date="2026-01-14 09:00 +0100",
    frm=("Crédit Armoricain", "noreply@credit-armoricain.example.fr"),
    subject="Confirmation de votre rendez-vous avec votre conseiller",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Madame Brennan-Achterberg,\n\n"
        "Votre rendez-vous avec Yannick Le Corre, votre conseiller, est confirmé le lundi "
        "19 janvier à 17h15 à l'agence Rennes Sainte-Anne.\n\n"
        "Objet : point sur votre projet de prêt immobilier.\n\n"
        "Pour modifier ou annuler ce rendez-vous, connectez-vous à votre espace client.\n\n"
        "Crédit Armoricain - Ceci est un message automatique."),
    charset="iso-8859-1", cte="quoted-printable",
))

oth(dict(
    slug="proprietaire_entretien_chaudiere", lang="fr", company="",
    contact="jp.guivarch@example.fr", date="2026-09-22 19:41 +0200",
    frm=("Jean-Pierre Guivarc'h", "jp.guivarch@example.fr"),
    subject="Entretien annuel de la chaudière – rendez-vous",
    text=(
        "Bonjour Madame Brennan-Achterberg,\n\n"
        "Le chauffagiste passera pour l'entretien annuel de la chaudière le jeudi 1er octobre "
        "entre 8h et 12h. Pouvez-vous me confirmer que quelqu'un sera présent pour lui "
        "ouvrir ? Sinon je peux passer prendre la clé la veille.\n\n"
        "J'en profiterai pour regarder la fenêtre de la chambre qui ferme mal.\n\n"
        "Cordialement,\nJean-Pierre Guivarc'h\n06 08 51 22 73"),
))

oth(dict(
    slug="ecole_entretien_enseignante", lang="fr", company="",
    contact="ce2b.jules-ferry@ac-rennes.example.fr", date="2026-01-22 16:50 +0100",
    frm=("Mme Le Meur – CE2 B", "ce2b.jules-ferry@ac-rennes.example.fr"),
    subject="Proposition d'entretien individuel – Malo",
    text=(
        "Bonjour Madame,\n\n"
        "Je souhaiterais vous rencontrer pour un entretien individuel au sujet des progrès de "
        "Malo en lecture. Je vous propose le mardi 3 février à 16h45 dans la classe, ou le "
        "jeudi 5 à la même heure.\n\n"
        "Rien d'inquiétant, il s'agit de faire le point avant le deuxième trimestre.\n\n"
        "Bien cordialement,\nMme Le Meur\nEnseignante de CE2 – École Jules-Ferry, Rennes"),
))

oth(dict(
    slug="medirdv_rendez_vous_annule", lang="fr", company="", contact="",
    date="2026-05-19 07:45 +0200",
    frm=("MédiRDV", "no-reply@medirdv.example.fr"),
    subject="Votre rendez-vous du 21/05 avec Dr Kerangal est annulé",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Odile,\n\n"
        "Nous vous informons que votre rendez-vous du jeudi 21 mai à 08h30 avec le Dr Anne "
        "Kerangal (médecin généraliste) a été annulé par le cabinet, le praticien étant "
        "absent.\n\n"
        "Vous pouvez reprendre rendez-vous en ligne : https://medirdv.example.fr/dr-kerangal\n\n"
        "L'équipe MédiRDV\nCe message est envoyé automatiquement, merci de ne pas y répondre."),
    html=card("MédiRDV", "#2563eb", paras(
        "Bonjour Odile,\n\n"
        "Nous vous informons que votre rendez-vous du jeudi 21 mai à 08h30 avec le Dr Anne "
        "Kerangal (médecin généraliste) a été annulé par le cabinet, le praticien étant "
        "absent.\n\n"
        "Vous pouvez reprendre rendez-vous en ligne : https://medirdv.example.fr/dr-kerangal\n\n"
        "L'équipe MédiRDV"),
        footer="Ce message est envoyé automatiquement, merci de ne pas y répondre."),
    cte="base64",
))

oth(dict(
    slug="acr_recruiter_out_of_office", lang="fr", company="",
    contact="maelle.legoff@armorique-cr.example.fr", date="2026-08-27 18:13 +0200",
    parent="acr_thanks",
    frm=("Maëlle Le Goff", "maelle.legoff@armorique-cr.example.fr"),
    subject="Réponse automatique : Merci pour l'entretien de ce matin",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=(
        "Bonjour,\n\n"
        "Je suis absente du 28 août au 7 septembre inclus, avec un accès limité à ma "
        "messagerie. Je traiterai votre message à mon retour.\n\n"
        "Pour toute urgence concernant un recrutement, vous pouvez contacter Anne Le Roux : "
        "anne.leroux@armorique-cr.example.fr.\n\n"
        "Maëlle Le Goff"),
))

oth(dict(
    slug="du_arc_admission_refusee", lang="fr", company="", contact="",
    date="2026-07-08 10:00 +0200",
    frm=("Candidatures DU – Université Nantes-Loire",
         "ne-pas-repondre@candidatures.univ-nantes-loire.example.fr"),
    subject="Résultat de votre candidature – DU Attaché de recherche clinique",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Madame,\n\n"
        "Nous avons le regret de vous informer que votre candidature au Diplôme d'université "
        "« Attaché de recherche clinique » pour l'année 2026-2027 n'a pas été retenue par la "
        "commission pédagogique, le nombre de places étant limité à 24.\n\n"
        "Vous pourrez déposer une nouvelle candidature lors de la prochaine campagne, en "
        "mars 2027.\n\n"
        "Le service de formation continue\nUniversité Nantes-Loire"),
    charset="iso-8859-1", cte="base64",
))

_asso_items = [
    ("Entretien professionnel annuel : vos droits",
     "https://preparateurs-bretagne.example.fr/actu/entretien-professionnel",
     "L'entretien professionnel tous les deux ans n'est pas un entretien d'évaluation."),
    ("Offres : la PUI du CH de Morlaix recrute",
     "https://preparateurs-bretagne.example.fr/offres/morlaix",
     "Poste de préparateur(trice) en pharmacie hospitalière à pourvoir."),
    ("Assemblée générale le 14 novembre à Saint-Brieuc",
     "https://preparateurs-bretagne.example.fr/agenda/ag-2026",
     "Inscriptions ouvertes, covoiturage organisé."),
]
oth(dict(
    slug="association_preparateurs_lettre", lang="fr", company="", contact="",
    date="2026-10-05 12:30 +0200",
    frm=("Association des préparateurs de Bretagne", "lettre@preparateurs-bretagne.example.fr"),
    subject="La lettre d'octobre – entretien professionnel, offres, AG",
    headers=listed("Lettre APB <lettre.preparateurs-bretagne.example.fr>",
                   "<https://preparateurs-bretagne.example.fr/lettre/stop?id=2231>"),
    text=digest_text("La lettre d'octobre",
                     "Chères adhérentes, chers adhérents, voici les nouvelles du mois.",
                     _asso_items,
                     "Ne plus recevoir la lettre : "
                     "https://preparateurs-bretagne.example.fr/lettre/stop?id=2231"),
))

oth(dict(
    slug="conseillere_emploi_rendez_vous", lang="fr", company="",
    contact="claire.jegou@emploi-bretagne-services.example.fr", date="2026-02-03 11:18 +0100",
    frm=("Claire Jégou", "claire.jegou@emploi-bretagne-services.example.fr"),
    subject="Rendez-vous de suivi de votre projet de reconversion",
    text=(
        "Bonjour Madame Brennan-Achterberg,\n\n"
        "Dans le cadre de votre accompagnement, je vous propose un rendez-vous de suivi le "
        "mercredi 11 février à 14h00 à l'agence de Rennes Nord, pour faire le point sur vos "
        "candidatures et sur le financement de votre formation ARC.\n\n"
        "Merci de m'indiquer si ce créneau vous convient.\n\n"
        "Claire Jégou\nConseillère en évolution professionnelle\n"
        "Emploi Bretagne Services – 02 99 54 71 30"),
))

oth(dict(
    slug="ex_colleague_forwards_offer", lang="fr", company="",
    contact="marc.lelay@example.fr", date="2026-08-19 13:02 +0200",
    frm=("Marc Le Lay", "marc.lelay@example.fr"),
    subject="TR: Offre CTA – Vannes",
    text=(
        "Salut Odile,\n\n"
        "Je suis tombé sur cette offre dans la newsletter du réseau régional, ça m'a fait "
        "penser à toi. Ils veulent quelqu'un qui connaît la PUI, c'est pile ton profil !\n\n"
        "Marc\n\n"
        + forwarded("fr", ("Réseau régional de recherche clinique",
                           "info@reseau-rrc-bretagne.example.fr"),
                    "mar. 18 août 2026 à 09:00", "Offre CTA – Vannes",
                    "Marc Le Lay <marc.lelay@example.fr>",
                    "Le centre hospitalier de Vannes recrute un(e) assistant(e) de recherche "
                    "clinique (CDD 12 mois) pour son unité d'oncologie. Candidatures avant le "
                    "15 septembre. Les entretiens auront lieu fin septembre.\n\n"
                    "Contact : drc@ch-vannes.example.fr")),
))

_tempo_items = [
    ("Assistant(e) de recherche clinique – Paris 13e – mission 3 mois",
     "https://tempomed.example.fr/offres/4410", "Démarrage immédiat, 2 300 € bruts."),
    ("Préparateur(trice) en pharmacie – Clichy – mission 6 semaines",
     "https://tempomed.example.fr/offres/4402", "Horaires de jour, PUI de 400 lits."),
    ("Technicien(ne) de laboratoire – Évry – mission 2 mois",
     "https://tempomed.example.fr/offres/4398", "Bioanalyse, BPL."),
]
oth(dict(
    slug="tempomed_offres_de_la_semaine", lang="fr", company="", contact="",
    date="2026-07-06 08:00 +0200",
    frm=("TempoMed Intérim", "offres@news.tempomed.example.fr"),
    subject="Les missions de la semaine en Île-de-France",
    headers=listed("Missions TempoMed <missions.news.tempomed.example.fr>",
                   "<https://tempomed.example.fr/newsletter/stop?c=8812>"),
    text=digest_text("Les missions de la semaine", "Bonjour Odile, voici nos nouvelles "
                     "missions santé en Île-de-France.", _tempo_items,
                     "Se désinscrire : https://tempomed.example.fr/newsletter/stop?c=8812"),
    html=newsletter("Les missions de la semaine", "Bonjour Odile, voici nos nouvelles "
                    "missions santé en Île-de-France.", _tempo_items,
                    '<a href="https://tempomed.example.fr/newsletter/stop?c=8812">Se '
                    "désinscrire</a>", accent="#c2410c"),
    cte="quoted-printable",
))

oth(dict(
    slug="creche_position_liste_attente", lang="fr", company="", contact="",
    date="2026-04-03 15:00 +0200",
    frm=("Ville de Rennes – Petite enfance", "ne-pas-repondre@petite-enfance.rennes.example.fr"),
    subject="Votre demande d'accueil en crèche : position sur la liste d'attente",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Madame,\n\n"
        "Votre demande d'accueil pour votre enfant est toujours active. À ce jour, votre "
        "position sur la liste d'attente de la crèche Les Gayeulles est : 7e.\n\n"
        "La commission d'attribution se réunira le 12 mai. Vous serez informée de sa "
        "décision par courrier.\n\n"
        "Direction de la petite enfance – Ville de Rennes"),
))

oth(dict(
    slug="garage_entretien_vehicule", lang="fr", company="",
    contact="atelier@garage-loussouarn.example.fr", date="2026-09-03 17:20 +0200",
    frm=("Garage Loussouarn", "atelier@garage-loussouarn.example.fr"),
    subject="Rappel : entretien de votre véhicule le 8 septembre",
    text=(
        "Bonjour Madame Brennan-Achterberg,\n\n"
        "Nous vous rappelons votre rendez-vous pour l'entretien des 60 000 km de votre Clio "
        "(immatriculation FR-318-KD) le mardi 8 septembre à 8h00. Prévoyez de laisser le "
        "véhicule la journée.\n\n"
        "En cas d'empêchement, merci de nous prévenir par retour de mail.\n\n"
        "L'atelier – Garage Loussouarn, route de Lorient, Rennes – 02 99 59 10 44"),
    charset="windows-1252", cte="8bit",
))

oth(dict(
    slug="trottinette_position_fin_trajet", lang="fr", company="", contact="",
    date="2026-06-06 23:41 +0200",
    frm=("Zipp Mobilité", "noreply@zipp-mobilite.example.com"),
    subject="Position de fin de trajet non valide",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonsoir,\n\n"
        "La position GPS enregistrée à la fin de votre trajet de 23h12 se trouve en dehors "
        "d'une zone de stationnement autorisée (rue de Saint-Malo). Malheureusement, des frais "
        "de déplacement de 5 € ont été appliqués.\n\n"
        "Si vous pensez qu'il s'agit d'une erreur de localisation, contestez-les depuis "
        "l'application.\n\nL'équipe Zipp"),
))

oth(dict(
    slug="own_apology_brabant_missed", lang="fr", company="", contact="",
    date="2026-03-10 19:26 +0100", key="bts_sorry", parent="bts_missed",
    frm=ME, to=[("Nathalie Dewaele", "nathalie.dewaele@brabant-trials.example.be")],
    subject="RE: Entretien de ce matin",
    text=(
        "Bonjour Nathalie,\n\n"
        "Je suis vraiment désolée pour ce matin. Je n'avais pas vu la mise à jour de "
        "l'invitation et j'attendais le nouvel horaire par mail ; j'ai compris trop tard que "
        "l'entretien avait bien lieu à 10h00. Mon téléphone était en mode avion à la "
        "pharmacie.\n\n"
        "Si Pieter et vous acceptez de me proposer un autre créneau, je me rendrai "
        "disponible à n'importe quel moment.\n\n"
        "Avec toutes mes excuses,\n" + CAND_SIG["fr"] + "\n\n"
        + replied("fr", "mar. 10 mars 2026 à 10:40",
                  ("Nathalie Dewaele", "nathalie.dewaele@brabant-trials.example.be"),
                  "Pieter et moi vous avons attendue sur Teams ce matin à 10h00, jusqu'à "
                  "10h20, sans vous voir arriver.")),
    charset="iso-8859-1", cte="quoted-printable",
))

# ============================================================================ English (14) ==

oth(dict(
    slug="own_thanks_stkevins_panel", lang="en", company="", contact="",
    date="2026-04-02 09:15 +0200", key="stk_thanks", parent="stk_move",
    frm=ME, to=[("Niamh Gallagher", "niamh.gallagher@stkevins.example.ie")],
    subject="Thank you – Clinical Trials Assistant panel",
    text=(
        "Dear Niamh,\n\n"
        "Thank you for arranging yesterday's panel and please pass my thanks to Dr Cullinane "
        "and Ms Byrne. I enjoyed hearing about the oncology portfolio and I would be "
        "delighted to join the Research Office.\n\n"
        "Kind regards,\nOdile\n\n" + CAND_SIG["en"]),
))

_castlegate_rej_text = (
    "Dear Odile,\n\n"
    "Thank you for applying for the Clinical Trial Assistant position (JR-2026-0318) at "
    "Castlegate Biologics.\n\n"
    "After careful review of your application, we regret that you have not been shortlisted "
    "for interview on this occasion.\n\n"
    "Kind regards,\nTalent Acquisition Team\nCastlegate Biologics")
_castlegate_inner = dict(
    slug="inner_castlegate", lang="en", contact="", date="2026-03-05 03:17 +0000",
    frm=("Castlegate Biologics Careers", "castlegate@myworkday.com"),
    subject="Update on your application: Clinical Trial Assistant (JR-2026-0318)",
    text=_castlegate_rej_text, attach_name="Update on your application.eml",
)
oth(dict(
    slug="own_forward_rejection_to_friend_rfc822", lang="en", company="", contact="",
    date="2026-03-05 21:40 +0100",
    frm=ME, to=[("Aoife Walsh", "aoife.walsh@example.ie")],
    subject="Fwd: Update on your application: Clinical Trial Assistant (JR-2026-0318)",
    text=(
        "Hi Aoife,\n\n"
        "Forwarding you the Castlegate email – not even an interview, sigh. You said your "
        "cousin works there: do you think she could tell me what they look for in a CTA?\n\n"
        "Talk soon,\nOdile"),
    rfc822=_castlegate_inner,
))

_pc_items = [
    ("5 interview questions every CTA candidate should prepare",
     "https://pharmacareers-weekly.example.com/a/cta-interview-questions",
     "From TMF filing to handling a query backlog: how to answer."),
    ("New roles this week: 23 Clinical Trial Assistant jobs in Ireland and the UK",
     "https://pharmacareers-weekly.example.com/jobs?role=cta&region=ie-uk",
     "Dublin, Cork, Galway, Cambridge and more."),
    ("\"I got rejected six times before my first CRO job\"",
     "https://pharmacareers-weekly.example.com/a/six-rejections",
     "A reader shares what finally worked."),
]
oth(dict(
    slug="pharmacareers_weekly_digest", lang="en", company="", contact="",
    date="2026-01-30 07:00 +0000",
    frm=("PharmaCareers Weekly", "digest@pharmacareers-weekly.example.com"),
    subject="This week: CTA interview questions, 23 new roles, and a rejection story",
    headers=listed("PharmaCareers Weekly <weekly.pharmacareers-weekly.example.com>",
                   "<https://pharmacareers-weekly.example.com/u/ob-9921>, "
                   "<mailto:unsubscribe@pharmacareers-weekly.example.com>"),
    text=digest_text("PharmaCareers Weekly", "Hi Odile, here's your weekly round-up.",
                     _pc_items,
                     "Unsubscribe: https://pharmacareers-weekly.example.com/u/ob-9921"),
    html=newsletter("PharmaCareers Weekly", "Hi Odile, here's your weekly round-up.",
                    _pc_items,
                    '<a href="https://pharmacareers-weekly.example.com/u/ob-9921">'
                    "Unsubscribe</a> · PharmaCareers Weekly, 1 Poolbeg St, Dublin 2",
                    lang="en", accent="#4338ca"),
    cte="quoted-printable",
))

oth(dict(
    slug="linkora_search_appearances", lang="en", company="", contact="",
    date="2026-02-09 13:00 +0000",
    frm=("Linkora", "notifications-noreply@linkora.example.com"),
    subject="You appeared in 9 searches this week",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://linkora.example.com/settings/email?t=srch>")],
    html=card("Linkora", "#0f766e", paras(
        "Hi Odile,\n\n"
        "You appeared in 9 searches this week. Recruiters from pharmaceutical and clinical "
        "research companies found you through: clinical trials, GCP, hospital pharmacy.\n\n"
        "Also this week: Conor Whelan started a new position as Clinical Research Associate "
        "at a CRO. Say congrats!"), lang="en",
        footer="You are receiving Linkora notification emails. "
               '<a href="https://linkora.example.com/settings/email?t=srch">Unsubscribe</a>'),
))

oth(dict(
    slug="coach_newsletter_handling_rejection", lang="en", company="",
    contact="maeve@nextstepcoaching.example.ie",
    date="2026-06-02 06:30 +0100",
    frm=("Maeve at Next Step Coaching", "maeve@nextstepcoaching.example.ie"),
    reply_to=("Maeve Dunne", "maeve@nextstepcoaching.example.ie"),
    subject="The rejection email isn't the end of the story",
    headers=listed("Next Step Letters <letters.nextstepcoaching.example.ie>",
                   "<https://nextstepcoaching.example.ie/unsubscribe?e=odile.ba%40example.fr>"),
    text=(
        "Hi there,\n\n"
        "This week a client forwarded me a rejection she'd received after a final-round "
        "interview. \"We have decided to move forward with other candidates\" – eight words "
        "that can ruin a week.\n\n"
        "Here's what I told her: reply within 48 hours, thank them, ask one specific "
        "question about what would have made the difference, and ask to be considered for "
        "future roles. Three of my clients got a second interview that way this year.\n\n"
        "If you'd like help preparing for your next interview, my autumn coaching slots are "
        "open.\n\n"
        "Maeve\n\n"
        "You're receiving this because you signed up at nextstepcoaching.example.ie. "
        "Unsubscribe: https://nextstepcoaching.example.ie/unsubscribe"),
    charset="windows-1252", cte="quoted-printable",
))

oth(dict(
    slug="journalist_press_interview_request", lang="en", company="",
    contact="hannah.okeeffe@healthwire.example.ie", date="2026-05-15 11:48 +0100",
    frm=("Hannah O'Keeffe", "hannah.okeeffe@healthwire.example.ie"),
    subject="Interview request – pharmacy technicians moving into clinical research",
    text=(
        "Dear Odile,\n\n"
        "I'm a reporter with HealthWire, an Irish health-sector news site. I'm writing a "
        "feature on pharmacy technicians who move into clinical research roles across Europe, "
        "and a contact at a Dublin meetup mentioned your story.\n\n"
        "Would you be willing to do a 20-minute phone interview with me next week? I can "
        "quote you by first name only if you prefer.\n\n"
        "Many thanks,\nHannah O'Keeffe\nHealth Reporter, HealthWire\n+353 86 447 2019"),
))

oth(dict(
    slug="jobline_user_research_invite", lang="en", company="",
    contact="priya@jobline.example.com", date="2026-08-11 16:20 +0100",
    frm=("Priya Natarajan", "priya@jobline.example.com"),
    subject="Would you join a 30-min research interview about your job search?",
    text=(
        "Hi Odile,\n\n"
        "I'm a product researcher at Jobline. You recently used our application tracker to "
        "follow roles in Dublin and Brussels, and we'd love to learn from your experience.\n\n"
        "Would you be up for a 30-minute video interview? It's not a job interview – just a "
        "conversation about what works and what doesn't. We'll send a €40 voucher as a "
        "thank-you.\n\n"
        "Book a time here: https://jobline.example.com/research/book?p=odile\n\n"
        "Thanks,\nPriya\nUser Research, Jobline"),
    html=doc(paras(
        "Hi Odile,\n\n"
        "I'm a product researcher at Jobline. You recently used our application tracker to "
        "follow roles in Dublin and Brussels, and we'd love to learn from your experience.\n\n"
        "Would you be up for a 30-minute video interview? It's not a job interview – just a "
        "conversation about what works and what doesn't. We'll send a €40 voucher as a "
        "thank-you.\n\n"
        "Book a time here: https://jobline.example.com/research/book?p=odile\n\n"
        "Thanks,\nPriya\nUser Research, Jobline"), lang="en"),
))

oth(dict(
    slug="device_last_known_position", lang="en", company="", contact="",
    date="2026-02-06 08:03 +0000",
    frm=("Trackfinder", "no-reply@trackfinder.example.com"),
    subject="Your device's last known position",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Odile,\n\n"
        "You asked us to locate \"Odile's phone\". Unfortunately the device is offline. Its "
        "last known position was recorded yesterday at 10:47 near Dublin Airport, Terminal "
        "2.\n\n"
        "We'll email you when the device comes back online. You can also mark it as lost "
        "from your account.\n\n"
        "Trackfinder"),
))

oth(dict(
    slug="harcourt_cold_approach", lang="en", company="",
    contact="declan@harcourt-talent.example.ie", date="2026-09-01 09:30 +0100",
    key="harc_cold",
    frm=("Declan Fitzmaurice", "declan@harcourt-talent.example.ie"),
    subject="Your background – a quick hello from Dublin",
    text=(
        "Hi Odile,\n\n"
        "I came across your profile and your move from hospital pharmacy into clinical "
        "trials caught my eye. I run the life sciences search practice at Harcourt Talent "
        "Partners in Dublin.\n\n"
        "I don't have a specific role to put to you today, but several of my clients are "
        "building trial support teams and value people who understand IMP handling. Would you "
        "be open to a short call sometime so I can understand what you're looking for?\n\n"
        "Best regards,\nDeclan Fitzmaurice\nDirector, Life Sciences Search\n"
        "Harcourt Talent Partners | 12 Harcourt Street, Dublin 2 | +353 87 214 6650"),
))

oth(dict(
    slug="liffey_recruiter_out_of_office", lang="en", company="",
    contact="siobhan.kearney@liffeycr.example.ie", date="2026-02-06 09:12 +0000",
    parent="<CAOba7Fq2026020609.sorry.liffey@mail.example.fr>",
    frm=("Siobhán Kearney", "siobhan.kearney@liffeycr.example.ie"),
    subject="Automatic reply: Yesterday's interview – my apologies",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text=(
        "Thank you for your email. I am out of the office until Monday 16 February with no "
        "access to email. For urgent recruitment queries please contact "
        "talent@liffeycr.example.ie.\n\n"
        "Siobhán Kearney"),
))

oth(dict(
    slug="pgcert_admission_unable_to_offer", lang="en", company="", contact="",
    date="2026-07-17 12:00 +0100",
    frm=("Admissions Office – Liffeyside University", "admissions-noreply@liffeyside.example.ie"),
    subject="Your application: Postgraduate Certificate in Clinical Research (part-time)",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Ms Brennan-Achterberg,\n\n"
        "Thank you for applying for the Postgraduate Certificate in Clinical Research "
        "(part-time, online) for the 2026/27 intake.\n\n"
        "The programme was heavily oversubscribed and we regret that we are unable to offer "
        "you a place. You have been placed on the reserve list and will be contacted should "
        "a place become available before 14 September.\n\n"
        "Yours sincerely,\nPostgraduate Admissions\nLiffeyside University"),
))

_ops_items = [
    ("Interview: a CRA on switching from hospital pharmacy",
     "https://clinops-digest.example.com/2026/09/interview-cra-pharmacy",
     "\"My pharmacy years were my best preparation for source data verification.\""),
    ("EU CTR transition: what changes for trial assistants",
     "https://clinops-digest.example.com/2026/09/ctr-trial-assistants",
     "CTIS workflows explained in plain language."),
    ("Jobs board: 41 trial support positions across Europe",
     "https://clinops-digest.example.com/jobs",
     "Brussels, Basel, Hamburg, Seville and more."),
]
oth(dict(
    slug="clinops_digest_press_interview", lang="en", company="", contact="",
    date="2026-09-24 06:45 +0100",
    frm=("Clinical Ops Digest", "editor@clinops-digest.example.com"),
    subject="Clinical Ops Digest #112 – from pharmacy to CRA",
    headers=listed("Clinical Ops Digest <digest.clinops-digest.example.com>",
                   "<https://clinops-digest.example.com/unsub/112/ob>"),
    text=digest_text("Clinical Ops Digest #112", "This issue: a career-change interview, the "
                     "CTR and fresh jobs.", _ops_items,
                     "Unsubscribe: https://clinops-digest.example.com/unsub/112/ob"),
    html=newsletter("Clinical Ops Digest #112", "This issue: a career-change interview, the "
                    "CTR and fresh jobs.", _ops_items,
                    '<a href="https://clinops-digest.example.com/unsub/112/ob">Unsubscribe</a>',
                    lang="en", accent="#0f172a"),
    cte="base64",
))

oth(dict(
    slug="meetup_dublin_event_rsvp", lang="en", company="", contact="",
    date="2026-10-01 18:05 +0100",
    frm=("Dublin Clinical Research Meetup", "info@meetup-mail.example.com"),
    subject="New event: Breaking into clinical research – panel & networking",
    headers=listed("Dublin Clinical Research Meetup <dcrm.meetup-mail.example.com>",
                   "<https://meetup-mail.example.com/unsub?g=dcrm>"),
    html=card("Dublin Clinical Research Meetup", "#e11d48", paras(
        "Hi Odile,\n\n"
        "A new event has been posted in Dublin Clinical Research Meetup:\n\n"
        "Breaking into clinical research – panel & networking\n"
        "Thursday 22 October, 18:30, The Digital Hub, Thomas Street\n\n"
        "Our panel of CTAs and CRAs will talk about their first interviews, the rejections "
        "along the way and the positions that finally opened the door. 38 members are "
        "going.")
        + '\n<p><a href="https://meetup-mail.example.com/e/8841/rsvp">RSVP</a></p>',
        lang="en",
        footer='<a href="https://meetup-mail.example.com/unsub?g=dcrm">Unsubscribe from '
               "this group's emails</a>"),
))

oth(dict(
    slug="linkora_inmail_notification", lang="en", company="", contact="",
    date="2026-07-28 20:14 +0100",
    frm=("Linkora", "messages-noreply@linkora.example.com"),
    subject="Conor Whelan sent you a message",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Conor Whelan sent you a message\n\n"
        "\"Hey Odile, great to see you at the meetup! Happy to tell you more about my "
        "interview at...\"\n\n"
        "View message: https://linkora.example.com/messaging/t/5512\n\n"
        "You're receiving this email because you have message notifications on."),
))

# ============================================================================= German (5) ==

oth(dict(
    slug="own_dankesmail_hanse", lang="de", company="", contact="",
    date="2026-04-01 13:05 +0200", key="hanse_thanks", parent="hanse_move",
    frm=ME, to=[("Jana Petersen", "jana.petersen@hanse-ct.example.de")],
    subject="Vielen Dank für das Gespräch",
    text=(
        "Liebe Frau Petersen,\n\n"
        "herzlichen Dank für das angenehme Gespräch heute Vormittag. Die Einblicke in Ihre "
        "Studienkoordination haben mich sehr angesprochen, und ich würde mich freuen, Teil des "
        "Teams zu werden.\n\n"
        "Mit freundlichen Grüßen\n" + CAND_SIG["de"]),
))

oth(dict(
    slug="hanse_abwesenheitsnotiz", lang="de", company="",
    contact="jana.petersen@hanse-ct.example.de", date="2026-04-01 13:06 +0200",
    parent="hanse_thanks",
    frm=("Jana Petersen", "jana.petersen@hanse-ct.example.de"),
    subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch",
    headers=[("Auto-Submitted", "auto-replied")],
    text=(
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 7. April nicht im Büro und lese meine E-Mails nur "
        "unregelmäßig. In dringenden Fällen wenden Sie sich bitte an "
        "people@hanse-ct.example.de.\n\n"
        "Viele Grüße\nJana Petersen"),
    charset="iso-8859-1", cte="quoted-printable",
))

_kb_items = [
    ("Clinical Trial Assistant (m/w/d) – Hamburg-Eppendorf",
     "https://karriereblick.example.de/job/551208",
     "Vollzeit, unbefristet, Einstieg für Quereinsteiger:innen möglich."),
    ("Studienassistenz (m/w/d) – Hamburg-Altona",
     "https://karriereblick.example.de/job/551177",
     "Vorstellungsgespräche ab KW 23."),
    ("Study Coordinator (m/w/d) – Lübeck",
     "https://karriereblick.example.de/job/551150", "Teilzeit möglich."),
]
oth(dict(
    slug="karriereblick_jobalarm", lang="de", company="", contact="",
    date="2026-05-25 06:15 +0200",
    frm=("Karriereblick Jobalarm", "jobalarm@karriereblick.example.de"),
    subject="3 neue Jobs für „Clinical Trial Assistant Hamburg“",
    subject_enc=("utf-8", "b"),
    headers=listed("Jobalarm <jobalarm.karriereblick.example.de>",
                   "<https://karriereblick.example.de/jobalarm/abmelden?id=77312>"),
    text=digest_text("Ihr Jobalarm", "Hallo Odile, diese Stellen passen zu Ihrem Suchprofil.",
                     _kb_items,
                     "Jobalarm abbestellen: https://karriereblick.example.de/jobalarm/"
                     "abmelden?id=77312"),
    html=newsletter("Ihr Jobalarm", "Hallo Odile, diese Stellen passen zu Ihrem Suchprofil.",
                    _kb_items,
                    '<a href="https://karriereblick.example.de/jobalarm/abmelden?id=77312">'
                    "Jobalarm abbestellen</a>", lang="de", accent="#be123c"),
    cte="quoted-printable",
))

oth(dict(
    slug="biotech_netzwerk_karriereabend", lang="de", company="", contact="",
    date="2026-08-20 10:00 +0200",
    frm=("Hamburger Biotech-Netzwerk", "newsletter@biotech-netzwerk-hh.example.de"),
    subject="Einladung: Karriereabend Life Sciences am 17. September",
    headers=listed("Newsletter HBN <newsletter.biotech-netzwerk-hh.example.de>",
                   "<https://biotech-netzwerk-hh.example.de/nl/abmelden>"),
    html=newsletter("Karriereabend Life Sciences",
                    "Liebe Mitglieder und Interessierte, am 17. September laden wir zum "
                    "Karriereabend ins Zentrum für Molekulare Neurobiologie ein. Hamburger "
                    "Start-ups und CROs stellen offene Stellen vor, und in kurzen "
                    "Interviews erzählen Quereinsteigerinnen von ihrem Weg in die klinische "
                    "Forschung.",
                    [("Programm und Anmeldung",
                      "https://biotech-netzwerk-hh.example.de/events/karriereabend-2026",
                      "Einlass 18:00 Uhr, Eintritt frei."),
                     ("Aussteller-Liste", "https://biotech-netzwerk-hh.example.de/aussteller",
                      "Zwölf Unternehmen, darunter drei CROs.")],
                    '<a href="https://biotech-netzwerk-hh.example.de/nl/abmelden">Newsletter '
                    "abbestellen</a>", lang="de", accent="#0e7490"),
))

oth(dict(
    slug="paket_verzoegert_sich_leider", lang="de", company="", contact="",
    date="2026-03-27 14:48 +0100",
    frm=("PaketBlitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Guten Tag,\n\n"
        "leider verzögert sich die Zustellung Ihrer Sendung 00340434161094022115 aus "
        "Hamburg. Aufgrund eines hohen Sendungsaufkommens im Verteilzentrum wird sie "
        "voraussichtlich zwei Werktage später zugestellt.\n\n"
        "Wir bitten um Ihr Verständnis.\n\nIhr PaketBlitz-Team"),
    charset="iso-8859-1", cte="8bit",
))

# ============================================================================ Spanish (6) ==

oth(dict(
    slug="own_application_triana", lang="es", company="", contact="",
    date="2026-02-23 09:12 +0100", key="triana_app",
    frm=ME, to=[("Triana Biotech", "empleo@trianabio.example.es")],
    subject="Candidatura – asistente de ensayos clínicos",
    text=(
        "Buenos días:\n\n"
        "Me dirijo a ustedes para presentar mi candidatura al puesto de asistente de ensayos "
        "clínicos publicado en su web. Adjunto mi CV.\n\n"
        "Soy técnica de farmacia hospitalaria en Francia y gestiono desde hace años la "
        "medicación en investigación de varios ensayos. Me encantaría trasladarme a Sevilla "
        "y contribuir a su proyecto.\n\n"
        "Un cordial saludo,\n" + CAND_SIG["es"]),
    pdfs=[dict(name="CV_Odile_Brennan-Achterberg_ES.pdf", lines=[
        "Odile Brennan-Achterberg", "Tecnica de farmacia hospitalaria", "",
        "Experiencia: gestion de medicamentos en investigacion (2018-2026)",
        "Idiomas: frances, ingles, aleman, espanol (B1)"])],
))

_ec_items = [
    ("Clinical Trial Assistant - Sevilla (CRO internacional)",
     "https://empleoclinico.example.es/oferta/30218",
     "Inglés alto. Entrevistas durante la segunda quincena de abril."),
    ("Técnico/a de ensayos clínicos - Hospital en Málaga",
     "https://empleoclinico.example.es/oferta/30207", "Contrato de 12 meses."),
    ("Coordinador/a de estudios - Granada",
     "https://empleoclinico.example.es/oferta/30190", "Jornada parcial."),
]
oth(dict(
    slug="empleoclinico_alerta", lang="es", company="", contact="",
    date="2026-04-09 07:10 +0200",
    frm=("EmpleoClínico", "alertas@empleoclinico.example.es"),
    subject="Nuevas ofertas para tu alerta «ensayos clínicos Andalucía»",
    headers=listed("Alertas EmpleoClínico <alertas.empleoclinico.example.es>",
                   "<https://empleoclinico.example.es/alertas/baja?u=5521>"),
    text=digest_text("Tu alerta de empleo", "Hola Odile, tenemos 3 ofertas nuevas para ti.",
                     _ec_items, "Darse de baja: https://empleoclinico.example.es/alertas/"
                     "baja?u=5521"),
    html=newsletter("Tu alerta de empleo", "Hola Odile, tenemos 3 ofertas nuevas para ti.",
                    _ec_items, '<a href="https://empleoclinico.example.es/alertas/baja?u=5521">'
                    "Darse de baja</a>", lang="es", accent="#15803d"),
    charset="iso-8859-1", cte="quoted-printable",
))

oth(dict(
    slug="amiga_cuenta_su_rechazo", lang="es", company="",
    contact="lucia.marchena@example.es", date="2026-05-30 23:05 +0200",
    frm=("Lucía Marchena", "lucia.marchena@example.es"),
    subject="Te cuento…",
    text=(
        "¡Hola, guapa!\n\n"
        "Al final me han dicho que no en el laboratorio de Dos Hermanas, después de la "
        "segunda entrevista. Dicen que buscaban a alguien con más experiencia en calidad. "
        "Estoy un poco de bajón, pero el martes tengo otra entrevista en el Parque "
        "Científico, así que a por ello.\n\n"
        "¿Cuándo vienes a Sevilla? ¡Tengo ganas de verte!\n\n"
        "Besos,\nLucía"),
))

oth(dict(
    slug="master_no_admitida_lista_espera", lang="es", company="", contact="",
    date="2026-07-24 09:30 +0200",
    frm=("Secretaría de Posgrado – Universidad de Triana",
         "no-responder@posgrado.unitriana.example.es"),
    subject="Resolución de admisión – Máster en Monitorización de Ensayos Clínicos",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Estimada Sra. Brennan-Achterberg:\n\n"
        "Le comunicamos que, una vez baremadas las solicitudes, no ha resultado admitida en "
        "el Máster Propio en Monitorización de Ensayos Clínicos (curso 2026-2027). Su "
        "solicitud queda en la posición 9 de la lista de espera.\n\n"
        "Si se produjeran renuncias, se le comunicará por esta vía.\n\n"
        "Secretaría de Posgrado\nUniversidad de Triana"),
    charset="iso-8859-1", cte="base64",
))

oth(dict(
    slug="boletin_biotech_andalucia", lang="es", company="", contact="",
    date="2026-06-18 08:00 +0200",
    frm=("Boletín Biotech Andalucía", "boletin@biotech-andalucia.example.es"),
    subject="Entrevista con la directora de Triana Biotech y más noticias",
    headers=listed("Boletín Biotech Andalucía <boletin.biotech-andalucia.example.es>",
                   "<https://biotech-andalucia.example.es/baja?e=ob>"),
    html=newsletter("Boletín Biotech Andalucía",
                    "En este número, una entrevista con la directora general de Triana "
                    "Biotech sobre su ronda de financiación, y las convocatorias abiertas del "
                    "mes.",
                    [("Entrevista: «Queremos empezar los ensayos clínicos en 2027»",
                      "https://biotech-andalucia.example.es/noticias/entrevista-triana",
                      "La directora habla de su equipo y de los puestos que abrirán."),
                     ("Convocatorias: ayudas a la contratación de técnicos de apoyo",
                      "https://biotech-andalucia.example.es/convocatorias",
                      "Plazo hasta el 15 de julio.")],
                    '<a href="https://biotech-andalucia.example.es/baja?e=ob">Darse de baja</a>',
                    lang="es", accent="#a16207"),
    cte="quoted-printable",
))

oth(dict(
    slug="guadalquivir_fuera_de_oficina", lang="es", company="",
    contact="rocio.benjumea@guadalquivir-clinical.example.es", date="2026-05-08 08:31 +0200",
    parent="<CAOba7Fq2026050808.acepto.gq@mail.example.fr>",
    frm=("Rocío Benjumea", "rocio.benjumea@guadalquivir-clinical.example.es"),
    subject="Respuesta automática: Re: Oferta de incorporación: Clinical Trial Assistant",
    headers=[("Auto-Submitted", "auto-replied")],
    text=(
        "Hola:\n\n"
        "Estoy fuera de la oficina hasta el lunes 11 de mayo. Responderé a tu mensaje a mi "
        "vuelta. Para cualquier asunto urgente puedes escribir a "
        "personas@guadalquivir-clinical.example.es.\n\n"
        "Rocío Benjumea"),
))
