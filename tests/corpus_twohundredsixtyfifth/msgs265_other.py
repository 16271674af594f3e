"""Corpus 265, kind `other`: 52 hand-written messages (fr 27, en 13, de 5, es 7).

Digests and newsletters, advice articles, press/podcast/user-research requests, parcels and
phone positions, friends, bank/landlord/school/doctor mail, out-of-office replies, network
notifications, course refusals, and the candidate's own sent mail.
"""

from __future__ import annotations

from msgs265_common import (
    M,
    P,
    ats_card,
    digest_text,
    fwd_block,
    newsletter_html,
    own,
    paras,
    quote,
    simple_html,
    wrote_en,
    wrote_fr,
)

MESSAGES = []
add = MESSAGES.append
OTHER = "other"


def lst(list_id, unsub_mail, unsub_url):
    """Mailing-list headers of a digest (layout only)."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<mailto:{unsub_mail}?subject=unsubscribe>, <{unsub_url}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


THANKS_LYS = (
    "Bonjour Capucine,\n\n"
    "Je tenais à vous remercier pour l'entretien de ce matin et pour la visite du\n"
    "laboratoire. J'ai beaucoup aimé découvrir la gamme à la sauge et l'idée d'ateliers\n"
    "en boutique me trotte déjà dans la tête.\n\n"
    "Je reste disponible pour un second entretien ou un cas pratique si besoin.\n\n"
    "Bien à vous,\n"
    "Apolline"
)

# ------------------------------------------------------------------ French (27)

_ev_items = [
    ("Assistant(e) marketing – jardinerie, Nantes Nord",
     "https://www.emploivert.example.fr/offre/88412",
     "CDI · 24-27 k€ · entretiens prévus dès la semaine prochaine"),
    ("Chargé(e) de communication – coopérative horticole, Angers",
     "https://www.emploivert.example.fr/offre/88397",
     "CDD 12 mois · candidature en ligne"),
    ("Conseiller(ère) de vente végétal – La Rochelle",
     "https://www.emploivert.example.fr/offre/88380",
     "Temps partiel · week-ends"),
    ("Article : « J'ai essuyé dix refus avant de décrocher mon premier poste en marketing »",
     "https://www.emploivert.example.fr/mag/dix-refus",
     "Témoignage d'une ancienne paysagiste"),
]
_ev_intro = ("Bonjour Apolline, voici les nouvelles offres correspondant à votre alerte "
             "« marketing + végétal » autour de Nantes.")
_ev_footer = ("Vous recevez cet e-mail car vous avez créé une alerte sur EmploiVert. "
              "Se désinscrire : https://www.emploivert.example.fr/alertes/stop")
add(M(
    OTHER, "emploivert_job_alert_digest", "fr", "", "",
    date="2026-02-03 07:00 +0100",
    frm=("EmploiVert", "alertes@emploivert.example.fr"),
    subject="3 nouvelles offres pour « marketing + végétal »",
    text=digest_text("Vos offres EmploiVert", _ev_intro, _ev_items, _ev_footer),
    html=newsletter_html("Vos offres EmploiVert", _ev_intro, _ev_items, _ev_footer,
                         "#2f6b3a"),
    headers=lst("EmploiVert alertes <alertes.emploivert.example.fr>",
                "desinscription@emploivert.example.fr",
                "https://www.emploivert.example.fr/alertes/stop?u=ad265"),
))

_fil_items = [
    ("Refus après entretien : comment rebondir en 48 heures",
     "https://lefilmarketing.example.fr/refus-apres-entretien",
     "Relire ses notes, demander un retour, relancer son réseau."),
    ("Le marketing d'influence dans la beauté en 2026",
     "https://lefilmarketing.example.fr/influence-beaute-2026",
     "Micro-créateurs, UGC et nouvelles règles de transparence."),
    ("Offre de la semaine : assistant(e) chef de produit, Paris 9e",
     "https://lefilmarketing.example.fr/jobs/1204",
     "Une marque de soins recrute ; candidatures jusqu'au 30 avril."),
    ("Webinaire : construire un portfolio quand on vient d'un autre métier",
     "https://lefilmarketing.example.fr/webinaire-portfolio",
     "Jeudi 23 avril, 12h30, gratuit."),
]
add(M(
    OTHER, "fil_marketing_newsletter_html_only", "fr", "", "",
    date="2026-04-16 06:45 +0200",
    frm=("Le Fil Marketing", "newsletter@lefilmarketing.example.fr"),
    subject="Le Fil #112 – Rebondir après un refus, influence beauté, offres",
    html=newsletter_html(
        "Le Fil Marketing #112",
        "Cette semaine, on parle de ce moment que tout le monde redoute : le mail de refus "
        "après un entretien qui s'était bien passé.",
        _fil_items,
        "Vous êtes abonné·e au Fil Marketing. Gérer mes préférences ou me désabonner : "
        "https://lefilmarketing.example.fr/preferences",
        "#1e3a8a"),
    html_cte="quoted-printable",
    headers=lst("Le Fil Marketing <hebdo.lefilmarketing.example.fr>",
                "unsubscribe@lefilmarketing.example.fr",
                "https://lefilmarketing.example.fr/unsubscribe?id=ad265"),
))

add(M(
    OTHER, "reconversion_blog_interview_questions", "fr", "", "",
    date="2026-05-07 08:00 +0200",
    frm=("Reconversion Mode d'Emploi", "lettre@reconversion-mode-emploi.example.fr"),
    subject="5 questions à poser en fin d'entretien (et 2 à éviter)",
    text=(
        "RECONVERSION MODE D'EMPLOI – la lettre du jeudi\n\n"
        "« Avez-vous des questions ? » Cette phrase arrive à la fin de presque chaque "
        "entretien d'embauche, et beaucoup de personnes en reconversion la laissent passer.\n\n"
        "Cinq questions qui font la différence :\n"
        "1. À quoi ressemblerait une première année réussie dans ce poste ?\n"
        "2. Quel est le plus grand défi de l'équipe en ce moment ?\n"
        "3. Comment mesurez-vous le succès d'une campagne ?\n"
        "4. Qu'est-ce qui a poussé la personne précédente à évoluer ?\n"
        "5. Quelles sont les prochaines étapes du processus ?\n\n"
        "Deux à éviter au premier rendez-vous : les RTT et « combien de candidats avez-vous "
        "refusés ? ».\n\n"
        "Lire l'article complet : https://reconversion-mode-emploi.example.fr/questions-fin-entretien\n\n"
        "--\n"
        "Vous recevez cette lettre parce que vous vous êtes inscrite sur "
        "reconversion-mode-emploi.example.fr.\n"
        "Se désinscrire : https://reconversion-mode-emploi.example.fr/desinscription\n"
    ),
    cte="quoted-printable",
    headers=lst("Reconversion Mode d'Emploi <lettre.reconversion-mode-emploi.example.fr>",
                "stop@reconversion-mode-emploi.example.fr",
                "https://reconversion-mode-emploi.example.fr/desinscription"),
))

add(M(
    OTHER, "podcast_interview_request", "fr", "", "clemence.aubry@racinesdumetier.example.fr",
    date="2026-06-05 14:22 +0200",
    frm=("Clémence Aubry", "clemence.aubry@racinesdumetier.example.fr"),
    subject="Invitation au podcast Les Racines du Métier",
    text=(
        "Bonjour Apolline,\n\n"
        "J'anime Les Racines du Métier, un podcast sur les reconversions dans les métiers de "
        "l'artisanat. Une auditrice m'a parlé de votre passage de la fleuristerie au marketing "
        "et j'aimerais beaucoup vous interviewer pour un épisode.\n\n"
        "L'enregistrement dure environ une heure, chez vous ou dans notre petit studio de l'île "
        "de Nantes, à la date qui vous arrange en juin ou juillet. Aucune préparation n'est "
        "nécessaire.\n\n"
        "Qu'en dites-vous ?\n\n"
        "Clémence Aubry\n"
        "Les Racines du Métier – le podcast des mains qui changent de voie\n"
        "https://racinesdumetier.example.fr\n"
    ),
))

add(M(
    OTHER, "press_interview_request", "fr", "", "yann.lebihan@echo-erdre.example.fr",
    date="2026-09-03 11:05 +0200",
    frm=("Yann Le Bihan", "yann.lebihan@echo-erdre.example.fr"),
    subject="Demande d'interview : dossier « reconversions » de L'Écho de l'Erdre",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Bonjour Madame Diallo-Vernet,\n\n"
        "Je suis journaliste à L'Écho de l'Erdre et je prépare un dossier sur les "
        "reconversions professionnelles dans l'agglomération nantaise, à paraître le 1er "
        "octobre.\n\n"
        "Votre parcours de fleuriste devenue candidate à des postes en marketing m'intéresse. "
        "Accepteriez-vous une interview d'une trentaine de minutes, par téléphone ou autour "
        "d'un café, et éventuellement une photo dans votre ancienne boutique ?\n\n"
        "Bien cordialement,\n"
        "Yann Le Bihan\n"
        "Rédaction Économie, L'Écho de l'Erdre\n"
        "02 40 20 11 87\n"
    ),
))

add(M(
    OTHER, "user_research_interview_bouquetin", "fr", "", "solene.morvan@bouquetin.example.fr",
    date="2026-05-19 16:40 +0200",
    frm=("Solène Morvan – Bouquetin", "solene.morvan@bouquetin.example.fr"),
    subject="30 minutes pour améliorer Bouquetin ? (bon d'achat de 20 €)",
    text=(
        "Bonjour Apolline,\n\n"
        "Vous utilisez Bouquetin pour commander des fleurs auprès de nos producteurs, et nous "
        "aimerions recueillir votre avis de professionnelle.\n\n"
        "Je mène une série d'entretiens utilisateurs de 30 minutes en visio sur la nouvelle "
        "application pour les fleuristes. En remerciement, vous recevrez un bon d'achat de "
        "20 €.\n\n"
        "Choisissez un créneau ici : https://bouquetin.example.fr/recherche-utilisateur\n\n"
        "Merci d'avance,\n"
        "Solène Morvan\n"
        "UX Researcher, Bouquetin\n"
    ),
    html=simple_html(paras(
        "Bonjour Apolline,\n\n"
        "Vous utilisez Bouquetin pour commander des fleurs auprès de nos producteurs, et nous "
        "aimerions recueillir votre avis de professionnelle.\n\n"
        "Je mène une série d'entretiens utilisateurs de 30 minutes en visio sur la nouvelle "
        "application pour les fleuristes. En remerciement, vous recevrez un bon d'achat de "
        "20 €.\n\n"
        "Choisissez un créneau ici : https://bouquetin.example.fr/recherche-utilisateur\n\n"
        "Merci d'avance,\nSolène Morvan\nUX Researcher, Bouquetin")),
))

add(M(
    OTHER, "parcel_delayed_unfortunately", "fr", "", "",
    date="2026-03-18 07:12 +0100",
    frm=("ColisRapide", "ne-pas-repondre@colisrapide.example.fr"),
    subject="Votre colis 8R 4410 2291 7 est retardé",
    text=(
        "Bonjour,\n\n"
        "Malheureusement, votre colis expédié par Atelier Papier Coton ne pourra pas être "
        "livré à la date prévue en raison d'un incident sur notre plateforme de Carquefou.\n\n"
        "Nouvelle date de livraison estimée : vendredi 20 mars.\n"
        "Suivre mon colis : https://www.colisrapide.example.fr/suivi/8R44102291\n\n"
        "Nous vous prions de nous excuser pour ce désagrément.\n"
        "Le service client ColisRapide\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "friend_tells_her_rejection", "fr", "", "jeanne.roux@mail.example.fr",
    date="2026-04-23 21:48 +0200",
    frm=("Jeanne Roux", "jeanne.roux@mail.example.fr"),
    subject="bon ben c'est non",
    text=(
        "Coucou Apo,\n\n"
        "Je viens de recevoir la réponse de l'agence de Saint-Nazaire : refusée, avec le "
        "fameux « nous avons retenu un profil plus expérimenté ». Trois entretiens pour ça...\n\n"
        "Bref, j'ai besoin d'un verre. Tu es libre vendredi soir ? On pourra se plaindre "
        "ensemble des recruteurs, et toi tu me raconteras où tu en es avec Lys & Sauge.\n\n"
        "Bisous,\nJeanne\n"
    ),
    cte="8bit",
))

add(own(
    "own_thanks_lys_sauge", "fr",
    key="own_thanks_lys", parent="inv_lys",
    date="2026-04-14 18:02 +0200",
    to=[P["capucine"]],
    subject="Merci pour notre échange",
    text=THANKS_LYS + "\n\n--\nApolline Diallo-Vernet\n+33 6 41 27 58 90\n",
))

add(own(
    "own_application_canopee_cv_pdf", "fr",
    key="own_app_canopee",
    date="2026-09-14 08:31 +0200",
    to=[("Atelier Canopée", "bonjour@canopee.example.fr")],
    subject="Candidature – chargée de marketing & événements",
    text=(
        "Bonjour,\n\n"
        "Je vous adresse ma candidature pour le poste de chargée de marketing & événements "
        "publié sur votre site.\n\n"
        "Fleuriste depuis huit ans à Nantes, j'ai géré la communication de la boutique (réseaux "
        "sociaux, vitrines, ateliers clients) et je me forme au marketing digital depuis un an. "
        "Je serais ravie d'échanger avec vous lors d'un entretien.\n\n"
        "Vous trouverez mon CV en pièce jointe.\n\n"
        "Bien cordialement,\n"
        "Apolline Diallo-Vernet\n"
        "+33 6 41 27 58 90\n"
    ),
    pdfs=[{"name": "CV_Apolline_Diallo-Vernet.pdf", "title": "Apolline Diallo-Vernet - CV",
               "lines": ["Fleuriste (2018-2026), Nantes : vitrines, reseaux sociaux, ateliers",
                      "Formation marketing digital (2025-2026)",
                      "Langues : francais, anglais (C1), espagnol (B2), allemand (B1)",
                      "apolline.dv@example.fr - +33 6 41 27 58 90"]}],
))

add(own(
    "own_reschedule_request_lumen", "fr",
    key="own_move_lumen", parent="inv_lumen",
    date="2026-03-25 09:02 +0100",
    to=[P["chloe"]],
    subject="Re: Votre candidature – on se voit jeudi ?",
    text=(
        "Bonjour Madame Vasseur,\n\n"
        "Serait-il possible de déplacer notre entretien de jeudi ? Je dois assurer le\n"
        "marché de Talensac ce matin-là. Je suis libre toute la journée de mardi.\n\n"
        "Bien cordialement,\nApolline\n\n"
        + wrote_fr("mar. 24 mars 2026 à 18:03", *P["chloe"]) + "\n"
        + quote(
            "Seriez-vous libre jeudi 26 mars vers 10h pour en discuter autour d'un café au\n"
            "studio ? Rien de très formel, une petite heure pour faire connaissance.") + "\n"
    ),
))

add(M(
    OTHER, "headhunter_cold_approach", "fr", "", P["margaux"][1],
    key="cold_ravel",
    date="2026-02-02 10:15 +0100",
    frm=P["margaux"],
    subject="Une opportunité marketing dans la beauté végétale",
    text=(
        "Bonjour Apolline,\n\n"
        "Je suis chasseuse de têtes spécialisée dans le marketing et le retail. Votre parcours "
        "de fleuriste, et surtout la manière dont vous avez fait vivre la boutique sur les "
        "réseaux, a retenu mon attention.\n\n"
        "J'accompagne actuellement une jeune marque parisienne de soins aux extraits de fleurs "
        "qui construit son équipe marketing. Si le sujet vous parle, je vous en dirai "
        "volontiers davantage ; sinon, aucun souci, je garde votre profil en tête.\n\n"
        "Bien cordialement,\n\n"
        "Margaux Ravel\n"
        "Associée fondatrice\n"
        "Ravel Conseil – Chasse de têtes Marketing & Retail\n"
        "14 rue de Miromesnil, 75008 Paris\n"
        "+33 1 42 65 30 12\n"
    ),
))

add(M(
    OTHER, "bank_annual_meeting_advisor", "fr", "", "",
    date="2026-01-15 09:30 +0100",
    frm=("Banque Atlantide", "ne-pas-repondre@banque-atlantide.example.fr"),
    subject="Votre entretien annuel avec votre conseillère",
    text=(
        "Madame Diallo-Vernet,\n\n"
        "Votre conseillère, Mme Laurence Cadiou, vous propose de faire le point sur votre "
        "situation lors de votre entretien annuel : position de vos comptes, épargne, projet "
        "de changement d'activité professionnelle.\n\n"
        "Prenez rendez-vous en agence (Nantes Commerce) ou en visio depuis votre espace "
        "client, rubrique « Mes rendez-vous ».\n\n"
        "Banque Atlantide – Ce message est envoyé automatiquement, merci de ne pas y "
        "répondre.\n"
    ),
    html=simple_html(paras(
        "Madame Diallo-Vernet,\n\n"
        "Votre conseillère, Mme Laurence Cadiou, vous propose de faire le point sur votre "
        "situation lors de votre entretien annuel : position de vos comptes, épargne, projet "
        "de changement d'activité professionnelle.\n\n"
        "Prenez rendez-vous en agence (Nantes Commerce) ou en visio depuis votre espace "
        "client, rubrique « Mes rendez-vous ».\n\n"
        "Banque Atlantide – Ce message est envoyé automatiquement, merci de ne pas y "
        "répondre.")),
    html_cte="base64",
))

add(M(
    OTHER, "landlord_boiler_maintenance", "fr", "", "patrick.morel@talensac-immo.example.fr",
    date="2026-10-06 08:50 +0200",
    frm=("Patrick Morel", "patrick.morel@talensac-immo.example.fr"),
    subject="Entretien annuel de la chaudière – 14 rue Fénelon",
    charset="windows-1252", cte="quoted-printable",
    text=(
        "Madame,\n\n"
        "L’entretien annuel obligatoire de la chaudière de votre logement aura lieu le jeudi "
        "15 octobre entre 8h et 12h. Malheureusement, le technicien ne peut pas donner "
        "d’horaire plus précis.\n\n"
        "Si vous n’êtes pas disponible, merci de laisser les clés à l’agence ou de me proposer "
        "une autre date avant le 12 octobre.\n\n"
        "Cordialement,\n"
        "Patrick Morel\n"
        "Gestionnaire locatif – Talensac Immobilier\n"
        "3 rue de Talensac, 44000 Nantes\n"
    ),
))

add(M(
    OTHER, "school_parent_teacher_meeting", "fr", "", "",
    date="2026-01-22 17:05 +0100",
    frm=("ENT École Sainte-Anne-des-Prés", "notifications@ent-sainteanne.example.fr"),
    subject="Rencontres parents-enseignants : réservez votre entretien",
    text=(
        "Bonjour,\n\n"
        "Les rencontres parents-enseignants de CM1 auront lieu le mardi 3 février de 16h30 à "
        "19h. Chaque famille dispose d'un entretien individuel de 10 minutes avec "
        "l'enseignante de son enfant.\n\n"
        "Réservez votre créneau dans l'ENT, rubrique Vie scolaire > Rendez-vous.\n\n"
        "Ceci est une notification automatique de l'ENT. Merci de ne pas y répondre.\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "doctor_appointment_cancelled", "fr", "", "",
    date="2026-05-28 18:12 +0200",
    frm=("MédiRDV", "no-reply@medirdv.example.fr"),
    subject="Annulation de votre rendez-vous du 3 juin",
    html=ats_card("MédiRDV", "#0284c7", paras(
        "Bonjour Apolline,\n\n"
        "Malheureusement, votre rendez-vous du mercredi 3 juin à 17h20 avec le Dr Hélène "
        "Marchal (médecine générale, Cabinet du Cours Cambronne) est annulé par le cabinet.\n\n"
        "Vous pouvez reprendre un rendez-vous en ligne à tout moment.") + (
        '<p><a href="https://www.medirdv.example.fr/cabinet-cours-cambronne">'
        "Reprendre rendez-vous</a></p>"),
        "MédiRDV – ce message vous est envoyé automatiquement."),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "out_of_office_recruiter_reply", "fr", "", P["ines"][1],
    date="2026-07-08 09:14 +0200",
    frm=P["ines"],
    subject="Réponse automatique : Candidature spontanée – marketing produit",
    text=(
        "Bonjour,\n\n"
        "Je suis absente du 6 au 24 juillet inclus, sans accès à mes e-mails. Votre message "
        "sera traité à mon retour.\n\n"
        "Pour toute question urgente concernant un recrutement en cours, vous pouvez écrire "
        "à l'équipe Talent Acquisition.\n\n"
        "Inès Barbier\n"
        "Maison Célestine\n"
    ),
    refs=["<CBF6apolline.spontanee@example.fr>"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(M(
    OTHER, "network_profile_views_fr", "fr", "", "",
    date="2026-02-25 12:00 +0100",
    frm=("LinkUp Pro", "notifications@linkuppro.example.com"),
    subject="Apolline, votre profil a été consulté 14 fois cette semaine",
    html=ats_card("LinkUp Pro", "#0a66c2", paras(
        "Votre profil a été consulté 14 fois cette semaine, dont 3 fois par des recruteurs.\n\n"
        "Vous êtes apparue dans 22 recherches pour « assistante marketing ».\n\n"
        "Nouveaux postes pour vous : Chargée de communication (Angers) · Assistante chef de "
        "produit (Paris) · Community manager junior (Rennes)") + (
        '<p><a href="https://www.linkuppro.example.com/me/profile-views">Voir qui a consulté '
        "votre profil</a></p>"),
        "Vous recevez ces notifications de LinkUp Pro. Se désabonner : "
        "https://www.linkuppro.example.com/settings/email"),
    headers=[("List-Unsubscribe", "<https://www.linkuppro.example.com/settings/email?u=ad265>"),
             ("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "admission_refused_bachelor", "fr", "", "",
    date="2026-06-30 10:00 +0200",
    frm=("Admissions ISCO Ouest", "admissions-noreply@isco-ouest.example.fr"),
    subject="Décision d'admission – Bachelor Marketing Digital en alternance",
    text=(
        "Madame,\n\n"
        "Nous vous remercions de l'intérêt porté au Bachelor Marketing Digital en alternance de "
        "l'ISCO Ouest (campus de Rennes) et pour votre participation à l'entretien de "
        "motivation du 17 juin.\n\n"
        "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue "
        "pour la rentrée de septembre 2026, le nombre de places étant limité.\n\n"
        "Vous pouvez déposer une nouvelle candidature pour la session de février 2027.\n\n"
        "Le service des admissions\n"
        "ISCO Ouest – École supérieure de commerce et de communication\n"
    ),
    cte="base64",
))

add(M(
    OTHER, "phone_position_shared", "fr", "", "",
    date="2026-08-22 23:41 +0200",
    frm=("Localia", "notifications@localia.example.com"),
    subject="La position de votre téléphone a été partagée",
    text=(
        "La position de votre appareil « Pixel d'Apolline » a été partagée avec Jeanne Roux "
        "pendant 1 heure.\n\n"
        "Dernière position connue : quai de la Fosse, Nantes (précision 15 m), à 23:38.\n\n"
        "Si vous n'êtes pas à l'origine de ce partage, arrêtez-le depuis l'application "
        "Localia.\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

_fwd_celestine = (
    "Bonjour Apolline,\n\n"
    "Merci pour le temps que vous nous avez accordé ces dernières semaines.\n\n"
    "Le rendez-vous du 19 mars n'ayant pas pu avoir lieu, nous avons poursuivi le processus "
    "avec les autres personnes présélectionnées. Nous avons finalement choisi des profils dont "
    "le parcours en marketing produit cosmétique se rapproche davantage de ce que l'équipe "
    "recherche aujourd'hui.\n\n"
    "Inès Barbier\nTalent Acquisition – Maison Célestine\n"
)
add(own(
    "own_forward_rejection_to_friend", "fr",
    parent="rej_celestine",
    date="2026-04-02 19:30 +0200",
    to=[("Jeanne Roux", "jeanne.roux@mail.example.fr")],
    subject="Fwd: Maison Célestine – la suite de votre candidature",
    text=(
        "Et voilà, Célestine c'est fini. Tout ça pour un lien Teams qui ne marchait pas...\n"
        "On se voit toujours samedi ?\n\n"
        + fwd_block("fr", "Inès Barbier via Greenhouse <no-reply@greenhouse-mail.io>",
                    "jeu. 2 avr. 2026 à 17:05",
                    "Maison Célestine – la suite de votre candidature",
                    "Apolline Diallo-Vernet <apolline.dv@example.fr>")
        + "\n\n" + _fwd_celestine
    ),
))

_oj_items = [
    ("Assistant(e) marketing H/F – Nantes (44)", "https://www.ouestjobs.example.fr/o/551201",
     "Jardinerie · CDI · publiée il y a 2 jours"),
    ("Assistant(e) communication – Rezé (44)", "https://www.ouestjobs.example.fr/o/551188",
     "Cosmétique bio · CDD 6 mois"),
    ("Chargé(e) de marketing local – Saint-Herblain (44)",
     "https://www.ouestjobs.example.fr/o/551160", "Réseau de magasins · CDI"),
    ("Community manager junior – Nantes (44)", "https://www.ouestjobs.example.fr/o/551142",
     "Agence · alternance possible"),
]
add(M(
    OTHER, "ouestjobs_alert_text_only", "fr", "", "",
    date="2026-06-12 06:30 +0200",
    frm=("OuestJobs", "alertes@ouestjobs.example.fr"),
    subject="12 nouvelles offres Assistant(e) marketing à Nantes",
    text=digest_text(
        "OuestJobs – votre alerte du jour",
        "12 nouvelles offres correspondent à votre recherche « assistant marketing » dans un "
        "rayon de 20 km autour de Nantes. Voici les 4 plus récentes :",
        _oj_items,
        "Modifier ou supprimer cette alerte : https://www.ouestjobs.example.fr/alertes"),
    headers=lst("OuestJobs <alertes.ouestjobs.example.fr>", "stop@ouestjobs.example.fr",
                "https://www.ouestjobs.example.fr/alertes/stop?u=ad265"),
))

_ia_items = [
    ("Préparer son entretien en 5 étapes", "https://www.interim-atlantique.example.fr/conseils/entretien",
     "Se renseigner sur l'entreprise, préparer ses exemples, choisir sa tenue."),
    ("Missions de la semaine en Loire-Atlantique", "https://www.interim-atlantique.example.fr/missions",
     "Vente, logistique, marketing : 48 missions à pourvoir."),
    ("Rappel : vos relevés d'heures en ligne", "https://www.interim-atlantique.example.fr/espace",
     "Pensez à valider vos heures avant vendredi midi."),
]
add(M(
    OTHER, "interim_agency_newsletter_interview_tips", "fr", "", "",
    date="2026-03-10 11:00 +0100",
    frm=("Intérim Atlantique", "newsletter@interim-atlantique.example.fr"),
    subject="La lettre des intérimaires – mars 2026",
    text=digest_text(
        "La lettre des intérimaires – mars 2026",
        "Ce mois-ci : nos conseils pour réussir vos entretiens chez nos clients, et les "
        "missions qui recrutent.",
        _ia_items,
        "Se désinscrire : https://www.interim-atlantique.example.fr/newsletter/stop"),
    html=newsletter_html(
        "La lettre des intérimaires – mars 2026",
        "Ce mois-ci : nos conseils pour réussir vos entretiens chez nos clients, et les "
        "missions qui recrutent.",
        _ia_items,
        "Se désinscrire : https://www.interim-atlantique.example.fr/newsletter/stop",
        "#b45309"),
    headers=lst("Lettre Intérim Atlantique <lettre.interim-atlantique.example.fr>",
                "desabonnement@interim-atlantique.example.fr",
                "https://www.interim-atlantique.example.fr/newsletter/stop"),
))

add(M(
    OTHER, "webinar_reconversion_invitation", "fr", "", "",
    date="2026-08-31 10:00 +0200",
    frm=("Institut Lumière Formation", "no-reply@lumiere-formation.example.fr"),
    subject="Webinaire gratuit : réussir sa reconversion dans le marketing",
    text=(
        "Bonjour Apolline,\n\n"
        "Vous avez téléchargé notre guide « Changer de métier à 30 ans ». Nous vous invitons à "
        "notre webinaire gratuit le jeudi 10 septembre à 18h30 :\n\n"
        "- comment valoriser une expérience en boutique auprès d'un recruteur ;\n"
        "- simulations d'entretien en direct avec une consultante RH ;\n"
        "- présentation de notre certificat Marketing digital (éligible CPF).\n\n"
        "Je m'inscris : https://www.lumiere-formation.example.fr/webinaire-reconversion\n\n"
        "L'équipe Institut Lumière Formation\n"
        "Se désinscrire : https://www.lumiere-formation.example.fr/desinscription\n"
    ),
    headers=[("List-Unsubscribe", "<https://www.lumiere-formation.example.fr/desinscription>"),
             ("Precedence", "bulk")],
))

add(own(
    "own_thanks_serres_erdre", "fr",
    key="own_thanks_serres", parent="mov_serres",
    date="2026-02-26 18:30 +0100",
    to=[P["gaelle"]], cc=[P["yannick"]],
    subject="Merci pour l'entretien de ce matin",
    text=(
        "Bonjour Madame Le Floch,\n"
        "Bonjour Monsieur Perrot,\n\n"
        "Merci encore pour votre accueil ce matin et pour la visite des serres. Le projet de "
        "« samedis du rempotage » m'enthousiasme beaucoup et je serais heureuse d'y "
        "contribuer.\n\n"
        "Je reste à votre disposition pour tout complément.\n\n"
        "Bien cordialement,\n"
        "Apolline Diallo-Vernet\n"
        "+33 6 41 27 58 90\n"
    ),
))

add(M(
    OTHER, "ex_colleague_asks_cover_shift", "fr", "", "maelle.guerin@mail.example.fr",
    date="2026-03-11 13:02 +0100",
    frm=("Maëlle Guérin", "maelle.guerin@mail.example.fr"),
    subject="Samedi au marché ?",
    text=(
        "Hello Apo !\n\n"
        "Tu pourrais me remplacer samedi matin sur le stand du marché de Talensac ? Ma fille a "
        "un tournoi de hand. Je sais que tu as ton entretien jeudi, mais samedi tu devrais être "
        "libre, non ?\n\n"
        "Je te laisse la caisse et les seaux de renoncules, comme d'hab.\n\n"
        "Merci mille fois,\nMaëlle\n"
    ),
    name_enc=("iso-8859-1", "B"),
))

add(M(
    OTHER, "network_message_notification_fr", "fr", "", "",
    date="2026-09-11 18:20 +0200",
    frm=("LinkUp Pro", "messages-noreply@linkuppro.example.com"),
    subject="Margaux Ravel vous a envoyé un message",
    text=(
        "Margaux Ravel\n"
        "Associée fondatrice chez Ravel Conseil\n\n"
        "« Bonjour Apolline, je pense à vous pour une nouvelle mission dans la décoration "
        "florale, je vous écris par e-mail dès demain… »\n\n"
        "Répondre : https://www.linkuppro.example.com/messaging/thread/77120\n\n"
        "Vous recevez des e-mails de notification de messages. Se désabonner : "
        "https://www.linkuppro.example.com/settings/email\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ English (13)

_bjw_items = [
    ("Marketing Assistant - garden centre group, North Somerset",
     "https://bristoljobsweekly.example.co.uk/jobs/30411",
     "£24-26k · interviews w/c 16 March"),
    ("Content & Social Executive - skincare brand, Bristol",
     "https://bristoljobsweekly.example.co.uk/jobs/30398", "Hybrid · £27k"),
    ("Read: 'Six rejections, one offer - what I learned'",
     "https://bristoljobsweekly.example.co.uk/blog/six-rejections",
     "A reader's story about switching careers at 32"),
    ("Events Coordinator - florist studio, Clifton",
     "https://bristoljobsweekly.example.co.uk/jobs/30377", "Part-time · weekends"),
]
add(M(
    OTHER, "bristol_jobs_weekly_digest", "en", "", "",
    date="2026-03-06 07:30 +0000",
    frm=("Bristol Jobs Weekly", "hello@bristoljobsweekly.example.co.uk"),
    subject="This week: 4 marketing jobs + one reader's rejection story",
    text=digest_text("Bristol Jobs Weekly", "Morning! Here's what caught our eye this week.",
                     _bjw_items, "Unsubscribe: https://bristoljobsweekly.example.co.uk/unsub"),
    html=newsletter_html("Bristol Jobs Weekly", "Morning! Here's what caught our eye this week.",
                         _bjw_items,
                         "Unsubscribe: https://bristoljobsweekly.example.co.uk/unsub",
                         "#7c3aed", "en"),
    headers=lst("Bristol Jobs Weekly <weekly.bristoljobsweekly.example.co.uk>",
                "unsubscribe@bristoljobsweekly.example.co.uk",
                "https://bristoljobsweekly.example.co.uk/unsub?u=ad265"),
))

add(M(
    OTHER, "pivot_letter_handling_rejection", "en", "", "",
    date="2026-05-26 12:00 +0000",
    frm=("The Pivot Letter", "pivotletter@newsletters.example.com"),
    subject="Why 'we've decided not to proceed' isn't about you",
    html=simple_html(paras(
        "THE PIVOT LETTER · Issue 87\n\n"
        "Every career changer knows the email. It arrives on a Friday afternoon, it thanks you "
        "for your time, and it says the company has decided to move forward with other "
        "candidates.\n\n"
        "Here's what recruiters told us about what happens behind that sentence: budgets that "
        "vanish, internal candidates who appear late, hiring managers who change their minds "
        "after the final interview.\n\n"
        "Three things to do after a rejection:\n"
        "1. Ask for feedback once, politely, within a week.\n"
        "2. Write down what you'd say differently in the interview.\n"
        "3. Send one new application the same day.\n\n"
        "Until next week,\nNadia") + (
        '<p style="font-size:11px"><a href="https://pivotletter.example.com/unsubscribe">'
        "Unsubscribe</a></p>"), "en"),
    headers=lst("The Pivot Letter <pivotletter.newsletters.example.com>",
                "unsubscribe@newsletters.example.com",
                "https://pivotletter.example.com/unsubscribe"),
))

add(M(
    OTHER, "podcast_guest_request_en", "en", "", "jess@bloomandbrand.example.com",
    date="2026-07-02 15:10 +0100",
    frm=("Jess Whitaker", "jess@bloomandbrand.example.com"),
    subject="Guest spot on the Bloom & Brand podcast?",
    text=(
        "Hi Apolline,\n\n"
        "I host Bloom & Brand, a podcast about people who build brands around plants and "
        "flowers. A friend at Harbourside shared your portfolio and I'd love to have you on "
        "as a guest to talk about going from a florist's counter to marketing.\n\n"
        "Recording is remote, about 45 minutes, any time in August. No pressure at all - just "
        "let me know if you're interested.\n\n"
        "Jess\n"
        "Bloom & Brand · bloomandbrand.example.com\n"
    ),
))

add(M(
    OTHER, "user_research_stemly", "en", "", "marcus.hale@stemly.example.com",
    date="2026-02-12 11:25 +0000",
    frm=("Marcus Hale", "marcus.hale@stemly.example.com"),
    reply_to=("Marcus Hale", "marcus.hale@stemly.example.com"),
    subject="Quick favour: a 45-minute user interview about Stemly",
    text=(
        "Hi Apolline,\n\n"
        "You signed up for the Stemly plant-care beta last autumn. We're redesigning the "
        "watering reminders and I'm running user interviews with florists and keen growers.\n\n"
        "Would you be up for a 45-minute video call next week? We'll send a £40 voucher as a "
        "thank-you. Pick a slot here: https://stemly.example.com/research/book\n\n"
        "Thanks,\n"
        "Marcus Hale\n"
        "User Researcher, Stemly\n"
    ),
))

add(M(
    OTHER, "parcel_delay_en", "en", "", "",
    date="2026-06-29 06:58 +0100",
    frm=("Parcelwise", "no-reply@parcelwise.example.co.uk"),
    subject="Unfortunately your parcel is delayed",
    text=(
        "Hi Apolline,\n\n"
        "Unfortunately your parcel from Folded Stem Books (tracking PW72 1184 0093) has been "
        "delayed at our Avonmouth depot.\n\n"
        "New estimated delivery: Wednesday 1 July.\n"
        "Track your parcel: https://parcelwise.example.co.uk/track/PW7211840093\n\n"
        "Sorry for the inconvenience,\nParcelwise\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "friend_rejection_story_en", "en", "", "kirsty.doyle@mail.example.co.uk",
    date="2026-08-17 20:33 +0100",
    frm=("Kirsty Doyle", "kirsty.doyle@mail.example.co.uk"),
    subject="well that's that then",
    text=(
        "Hey you,\n\n"
        "Got the dreaded 'after careful consideration' email from the museum shop today. "
        "Two interviews and a presentation and they've gone with an internal person. I'm "
        "gutted.\n\n"
        "How did your panel thing at the garden centre go? Pint on Friday at the Grain Barge "
        "to drown our sorrows / celebrate, depending?\n\n"
        "K x\n"
    ),
))

add(own(
    "own_thanks_blackthorn", "en",
    key="own_thanks_blackthorn", parent="mov_blackthorn",
    date="2026-04-30 19:20 +0100",
    to=[P["rosie"]], cc=[P["callum"]],
    subject="Thank you - Marketing Assistant interview",
    text=(
        "Dear Rosie,\n\n"
        "Thank you for today's interview - meeting Callum and seeing the studio made me even\n"
        "more excited about the role.\n\n"
        "Best wishes,\nApolline\n"
    ),
    html=simple_html(paras(
        "Dear Rosie,\n\n"
        "Thank you for today's interview - meeting Callum and seeing the studio made me even\n"
        "more excited about the role.\n\n"
        "Best wishes,\nApolline"), "en"),
))

add(own(
    "own_reschedule_request_wildmoor", "en",
    key="own_move_wildmoor", parent="inv_wildmoor",
    date="2026-08-13 07:48 +0200",
    to=[P["gemma"]],
    subject="Re: Panel interview - Marketing Assistant",
    text=(
        "Dear Gemma,\n\n"
        "Thank you for the invitation. Unfortunately I have a family commitment in Nantes\n"
        "on Tuesday 18th. Would it be possible to move the panel interview to later that\n"
        "week?\n\n"
        "Best wishes,\nApolline\n\n"
        + wrote_en("Wed, 12 Aug 2026 at 09:25", *P["gemma"]) + "\n"
        + quote("We would like to invite you to a panel interview on Tuesday 18 August at\n"
                "10:00 at our Keynsham garden centre.") + "\n"
    ),
))

add(M(
    OTHER, "recruiter_cold_approach_en", "en", "", "sam.okoro@tidewaytalent.example.co.uk",
    date="2026-05-05 09:40 +0100",
    frm=("Sam Okoro", "sam.okoro@tidewaytalent.example.co.uk"),
    subject="Your profile - brand & retail marketing",
    text=(
        "Hi Apolline,\n\n"
        "I came across your profile on LinkUp Pro and loved the window displays you've "
        "shared. I recruit marketing people for independent retail and beauty brands across "
        "the South West.\n\n"
        "Nothing specific right now, but if you'd ever like to be on my radar, just reply "
        "with your CV and I'll keep you in mind.\n\n"
        "All the best,\n"
        "Sam Okoro\n"
        "Senior Consultant, Tideway Talent\n"
        "07700 900 482\n"
    ),
))

add(M(
    OTHER, "out_of_office_reply_offer_thread", "en", "", P["rosie"][1],
    parent="off_blackthorn",
    date="2026-05-13 08:02 +0100",
    frm=P["rosie"],
    subject="Automatic reply: Offer of employment - Marketing Assistant",
    text=(
        "Thanks for your email. I'm out of the office until Monday 18 May with limited access "
        "to email.\n\n"
        "For anything urgent, please contact people@blackthorn.example.co.uk.\n\n"
        "Rosie\n"
    ),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(M(
    OTHER, "network_search_appearances_en", "en", "", "",
    date="2026-08-08 09:00 +0000",
    frm=("LinkUp Pro", "notifications@linkuppro.example.com"),
    subject="You appeared in 9 searches this week",
    text=(
        "Hi Apolline,\n\n"
        "You appeared in 9 searches this week.\n"
        "People who searched for you work at: a garden centre group, a skincare brand, a "
        "recruitment agency.\n\n"
        "Jobs you may be interested in:\n"
        "- Marketing Assistant, Bristol\n"
        "- Social Media Executive, Bath\n\n"
        "See all: https://www.linkuppro.example.com/me/search-appearances\n\n"
        "Unsubscribe: https://www.linkuppro.example.com/settings/email\n"
    ),
    headers=[("List-Unsubscribe", "<https://www.linkuppro.example.com/settings/email?u=ad265>"),
             ("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "language_school_placement_interview", "en", "",
    "helen.brooks@cliftonlanguage.example.co.uk",
    date="2026-01-26 14:15 +0000",
    frm=("Helen Brooks", "helen.brooks@cliftonlanguage.example.co.uk"),
    subject="Your placement interview - Business English evening course",
    text=(
        "Dear Apolline,\n\n"
        "Thank you for enrolling on our Business English evening course starting in February.\n\n"
        "Before we assign you to a group, every student has a short placement interview with "
        "one of our teachers. Yours is booked for Monday 2 February at 18:00 by video; the "
        "link will follow the day before.\n\n"
        "Kind regards,\n"
        "Helen Brooks\n"
        "Director of Studies, Clifton Language Centre\n"
    ),
))

add(M(
    OTHER, "msc_admission_refused", "en", "", "",
    date="2026-07-15 16:00 +0100",
    frm=("WCU Admissions", "admissions-noreply@westcountry-uni.example.ac.uk"),
    subject="Your application: MSc Digital Marketing (Online)",
    html=ats_card("West Country University · Admissions", "#1e293b", paras(
        "Dear Ms Diallo-Vernet,\n\n"
        "Thank you for applying to the MSc Digital Marketing (Online), September 2026 intake.\n\n"
        "After careful consideration by the admissions tutor, we regret that we are unable to "
        "offer you a place on this programme, as you do not yet meet the academic entry "
        "requirements.\n\n"
        "You may wish to consider our Postgraduate Certificate in Marketing, which has no "
        "degree requirement.\n\n"
        "Admissions Office"),
        "This is an automated message. Replies to this address are not monitored.", "en"),
))

# ------------------------------------------------------------------ German (5)

_sr_items = [
    ("Marketing Assistenz (m/w/d) – Gartencenter, Köln-Marsdorf",
     "https://stellenradar.example.de/job/771203", "Vollzeit · Vorstellungsgespräche ab KW 15"),
    ("Social Media Manager Junior – Naturkosmetik, Köln-Ehrenfeld",
     "https://stellenradar.example.de/job/771188", "Teilzeit möglich"),
    ("Ratgeber: Absage bekommen? So fragen Sie nach Feedback",
     "https://stellenradar.example.de/ratgeber/absage-feedback", "Mit Formulierungsbeispielen"),
]
add(M(
    OTHER, "stellenradar_digest", "de", "", "",
    date="2026-04-02 06:00 +0200",
    frm=("StellenRadar Köln", "alarm@stellenradar.example.de"),
    subject="Ihr Jobalarm: 2 neue Stellen für „Marketing Assistenz“",
    subj_enc=("utf-8", "B"),
    text=digest_text("StellenRadar – Ihr Jobalarm",
                     "Guten Morgen! Für Ihre Suche „Marketing Assistenz, Köln“ gibt es neue "
                     "Treffer.", _sr_items,
                     "Jobalarm abbestellen: https://stellenradar.example.de/alarm/stop"),
    html=newsletter_html("StellenRadar – Ihr Jobalarm",
                         "Guten Morgen! Für Ihre Suche „Marketing Assistenz, Köln“ gibt es neue "
                         "Treffer.", _sr_items,
                         "Jobalarm abbestellen: https://stellenradar.example.de/alarm/stop",
                         "#b91c1c", "de"),
    headers=lst("StellenRadar Jobalarm <jobalarm.stellenradar.example.de>",
                "abmelden@stellenradar.example.de",
                "https://stellenradar.example.de/alarm/stop?u=ad265"),
))

add(M(
    OTHER, "karrierenetz_profile_visits", "de", "", "",
    date="2026-05-12 10:00 +0200",
    frm=("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
    subject="6 neue Besucher auf Ihrem Profil",
    html=ats_card("Karrierenetz", "#006567", paras(
        "Hallo Apolline,\n\n"
        "Ihr Profil wurde in den letzten 7 Tagen 6-mal besucht, unter anderem von einer "
        "Personalberaterin aus Köln.\n\n"
        "Ihre Position in den Suchergebnissen für „Marketing Kosmetik“ hat sich um 12 Plätze "
        "verbessert.") + (
        '<p><a href="https://www.karrierenetz.example.de/profil/besucher">Besucher ansehen</a>'
        "</p>"),
        "Sie erhalten diese E-Mail als Mitglied von Karrierenetz. Abbestellen: "
        "https://www.karrierenetz.example.de/einstellungen", "de"),
    html_cte="base64",
    headers=[("List-Unsubscribe", "<https://www.karrierenetz.example.de/einstellungen?u=ad265>"),
             ("Auto-Submitted", "auto-generated")],
))

add(M(
    OTHER, "out_of_office_reply_de", "de", "", P["katrin"][1],
    refs=["<CBG7apolline.frage@example.fr>"],
    date="2026-06-01 07:31 +0200",
    frm=P["katrin"],
    subject="Abwesenheitsnotiz: Rückfrage zum zweiten Gespräch",
    subj_enc=("utf-8", "Q"),
    text=(
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 5. Juni nicht im Büro und habe nur eingeschränkt Zugriff "
        "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "people@hortensia-kosmetik.example.de.\n\n"
        "Katrin Wolters\n"
        "Hortensia Kosmetik\n"
    ),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(M(
    OTHER, "parcel_delayed_de", "de", "", "",
    date="2026-09-24 08:15 +0200",
    frm=("PaketBlitz", "noreply@paketblitz.example.de"),
    subject="Ihre Sendung verspätet sich leider",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Guten Tag,\n\n"
        "leider verzögert sich die Zustellung Ihrer Sendung 00340 4421 9981 aus Köln um "
        "voraussichtlich zwei Werktage. Grund ist ein erhöhtes Sendungsaufkommen in unserem "
        "Paketzentrum.\n\n"
        "Sendungsverfolgung: https://www.paketblitz.example.de/verfolgen/0034044219981\n\n"
        "Ihr PaketBlitz Kundenservice\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(own(
    "own_reschedule_request_kolibri", "de",
    key="own_move_kolibri", parent="inv_kolibri",
    date="2026-02-18 19:12 +0100",
    to=[P["sven"]],
    subject="Termin Veedel Naturkosmetik",
    text=(
        "Hallo Herr Hoffmann,\n\n"
        "am Freitag um 11 Uhr habe ich leider einen Arzttermin. Wäre der Montag um 15 Uhr\n"
        "möglich?\n\n"
        "Viele Grüße\nApolline Diallo-Vernet\n"
    ),
))

# ------------------------------------------------------------------ Spanish (7)

_ie_items = [
    ("Asistente de marketing - centro de jardinería, Getxo",
     "https://infoempleonorte.example.es/oferta/60218", "Jornada completa · entrevistas en mayo"),
    ("Community manager - cosmética natural, Bilbao",
     "https://infoempleonorte.example.es/oferta/60207", "Híbrido · 22.000 €"),
    ("Consejo: qué hacer cuando te rechazan tras la entrevista",
     "https://infoempleonorte.example.es/blog/rechazo-entrevista", "Cinco pasos para seguir"),
]
add(M(
    OTHER, "infoempleo_norte_digest", "es", "", "",
    date="2026-04-27 07:15 +0200",
    frm=("InfoEmpleo Norte", "alertas@infoempleonorte.example.es"),
    subject="Nuevas ofertas para ti: marketing en Bizkaia",
    text=digest_text("InfoEmpleo Norte", "Hola Apolline, estas son las novedades de tu alerta.",
                     _ie_items, "Darse de baja: https://infoempleonorte.example.es/baja"),
    html=newsletter_html("InfoEmpleo Norte", "Hola Apolline, estas son las novedades de tu alerta.",
                         _ie_items, "Darse de baja: https://infoempleonorte.example.es/baja",
                         "#0f766e", "es"),
    headers=lst("InfoEmpleo Norte <alertas.infoempleonorte.example.es>",
                "baja@infoempleonorte.example.es",
                "https://infoempleonorte.example.es/baja?u=ad265"),
))

add(M(
    OTHER, "career_article_video_interview_es", "es", "", "",
    date="2026-06-09 09:00 +0200",
    frm=("Blog Talento+", "boletin@talentomas.example.es"),
    subject="Cómo preparar una entrevista por videollamada",
    text=(
        "BOLETÍN TALENTO+ · n.º 54\n\n"
        "La entrevista por videollamada ya es la norma en la primera fase de muchos procesos. "
        "Estos son nuestros consejos:\n\n"
        "- Prueba el enlace y el micrófono diez minutos antes.\n"
        "- Ten a mano un número de teléfono por si falla la conexión.\n"
        "- Mira a la cámara, no a tu propia imagen.\n"
        "- Si no puedes conectarte, avisa enseguida a la persona que te entrevista.\n\n"
        "Leer el artículo completo: https://talentomas.example.es/entrevista-videollamada\n\n"
        "Para dejar de recibir este boletín: https://talentomas.example.es/baja\n"
    ),
    cte="8bit",
    headers=lst("Boletín Talento+ <boletin.talentomas.example.es>",
                "baja@talentomas.example.es", "https://talentomas.example.es/baja"),
))

add(M(
    OTHER, "bank_appointment_position_es", "es", "", "",
    date="2026-07-03 10:05 +0200",
    frm=("Banco Cantábrico", "no-responder@bancocantabrico.example.es"),
    subject="Su cita con su gestor personal",
    html=ats_card("Banco Cantábrico", "#b91c1c", paras(
        "Estimada clienta:\n\n"
        "Le recordamos su cita con su gestor personal, D. Xabier Ortuzar, el martes 7 de "
        "julio a las 12:30 en la oficina de Indautxu.\n\n"
        "En la reunión revisaremos la posición global de sus cuentas y las opciones de "
        "domiciliación de nómina.\n\n"
        "Si no puede acudir, puede cambiar la cita desde la app."),
        "Este mensaje se ha generado automáticamente. Por favor, no responda.", "es"),
))

add(own(
    "own_apology_missed_artxanda", "es",
    key="own_sorry_artxanda", parent="mis_artxanda",
    date="2026-06-04 18:30 +0200",
    to=[P["ane"]],
    subject="Re: Entrevista - Asistente de marketing",
    text=(
        "Hola Ane:\n\n"
        "Perdona muchísimo por lo de esta mañana: el tren desde Donostia se quedó parado\n"
        "y no tenía cobertura. ¿Sería posible buscar otro momento para la entrevista?\n\n"
        "Un saludo,\nApolline\n\n"
        + "El jue, 4 jun 2026 a las 10:40, Ane Etxeberria (<ane.etxeberria@artxanda.example.es>) "
        "escribió:\n"
        + quote(
            "Hola Apolline:\n\n"
            "Te esperábamos hoy a las 10:00 en el vivero para la entrevista y no has\n"
            "aparecido. ¿Ha pasado algo? Llámanos cuando puedas.\n\nAne") + "\n"
    ),
    charset="windows-1252", cte="quoted-printable",
))

add(M(
    OTHER, "friend_rejection_story_es", "es", "", "amaia.sarasola@mail.example.es",
    date="2026-09-29 22:10 +0200",
    frm=("Amaia Sarasola", "amaia.sarasola@mail.example.es"),
    subject="me han dicho que no",
    text=(
        "Hola guapa:\n\n"
        "Al final me ha llegado el correo del museo: «lamentamos comunicarle que no ha sido "
        "seleccionada». Después de dos entrevistas, fatal.\n\n"
        "¿Tú qué tal con lo de Ekilore? ¿Tomamos algo el sábado en el Casco Viejo?\n\n"
        "Besos,\nAmaia\n"
    ),
))

add(M(
    OTHER, "press_interview_request_es", "es", "", "unai.larrea@revistabidea.example.es",
    date="2026-10-09 12:30 +0200",
    frm=("Unai Larrea", "unai.larrea@revistabidea.example.es"),
    subject="Entrevista para Revista Bidea",
    text=(
        "Hola Apolline:\n\n"
        "Soy periodista de la Revista Bidea y estoy preparando un reportaje sobre personas que "
        "han cambiado de profesión y de país. Me encantaría hacerte una entrevista de media "
        "hora sobre tu paso de florista en Nantes a profesional del marketing en Bilbao.\n\n"
        "¿Te vendría bien la semana que viene, por teléfono o en persona?\n\n"
        "Un saludo,\n"
        "Unai Larrea\n"
        "Redacción · Revista Bidea\n"
    ),
    html=simple_html(paras(
        "Hola Apolline:\n\n"
        "Soy periodista de la Revista Bidea y estoy preparando un reportaje sobre personas que "
        "han cambiado de profesión y de país. Me encantaría hacerte una entrevista de media "
        "hora sobre tu paso de florista en Nantes a profesional del marketing en Bilbao.\n\n"
        "¿Te vendría bien la semana que viene, por teléfono o en persona?\n\n"
        "Un saludo,\nUnai Larrea\nRedacción · Revista Bidea"), "es"),
))

add(M(
    OTHER, "language_school_no_place_es", "es", "", "",
    date="2026-09-10 14:00 +0200",
    frm=("Escuela de Idiomas Abandoibarra", "no-reply@idiomas-abandoibarra.example.es"),
    subject="Resultado del sorteo de plazas - Euskera A1",
    subj_enc=("iso-8859-1", "Q"),
    text=(
        "Estimada Apolline Diallo-Vernet:\n\n"
        "Le informamos de que, tras el sorteo de plazas para el curso de Euskera A1 (turno de "
        "tarde), su solicitud no ha obtenido plaza. Ha quedado en la posición 37 de la lista "
        "de espera.\n\n"
        "Si se produce alguna baja, nos pondremos en contacto con usted.\n\n"
        "Secretaría académica\n"
        "Escuela de Idiomas Abandoibarra\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
))
