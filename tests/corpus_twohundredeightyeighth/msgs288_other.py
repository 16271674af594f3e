# ruff: noqa: C408
# (each message is a dict(...) spec; the keyword form reads best)
"""Corpus 288, other: 52 hand-written messages that are not job events for the candidate
(digests, newsletters, her own sent mail, auto-replies, look-alike words in other senses)."""

from __future__ import annotations

from msgs288_common import (
    CANDIDATE,
    SIG_EN,
    SIG_FR,
    forward,
    newsletter_html,
    newsletter_text,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def news(title: str, intro: str, items: list[tuple[str, str, str]], footer: str, unsub: str,
         lang: str) -> dict:
    """Text and HTML of one mailing-list issue (the words are the caller's)."""
    return dict(text=newsletter_text(title, intro, items, footer, unsub),
                html=newsletter_html(title, intro, items, footer, unsub, lang))


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ================================================================== French

add(dict(
    slug="regionemploi_alert_digest",
    kind="other", lang="fr",
    frm="RégionEmploi Alertes <alertes@regionemploi.example.fr>",
    subject="6 nouvelles offres « qualité HACCP » autour de Limoges",
    date="2026-01-15 07:00", form="alt",
    headers=list_headers("Alertes emploi RegionEmploi <alertes.regionemploi.example.fr>",
                         "https://www.regionemploi.example.fr/alertes/stop?u=ADM8812",
                         "desabonnement@regionemploi.example.fr"),
    **news("Vos alertes emploi du jeudi 15 janvier",
           "Bonjour Anaïs, voici les offres publiées depuis votre dernière alerte « qualité HACCP – Limoges (50 km) ». Les recruteurs indiquent souvent la date des entretiens : postulez vite !",
           [("Technicien·ne qualité – Laiteries du Haut-Limousin (Ambazac)",
             "https://www.regionemploi.example.fr/offre/88121",
             "CDI – entretiens prévus début février. Expérience en agroalimentaire appréciée."),
            ("Auditeur·rice hygiène itinérant·e – Certinor (Clermont-Ferrand)",
             "https://www.regionemploi.example.fr/offre/88140",
             "Déplacements Auvergne-Limousin, permis B indispensable."),
            ("Agent·e de contrôle en cuisine centrale – Limoges Métropole",
             "https://www.regionemploi.example.fr/offre/88152",
             "Poste de la fonction publique territoriale, recrutement sur titre ou par voie contractuelle."),
            ("Assistant·e qualité – Salaisons (Creuse)", "https://www.regionemploi.example.fr/offre/88177",
             "Candidature refusée ? Nos conseils pour relancer un recruteur dans le guide ci-dessous."),
            ("Guide : préparer son entretien d'embauche", "https://www.regionemploi.example.fr/guide/entretien",
             "Les 10 questions les plus posées en entretien qualité.")],
           "Vous recevez cet e-mail car vous avez créé une alerte sur RegionEmploi. Gérez vos alertes dans votre espace.",
           "https://www.regionemploi.example.fr/alertes/stop?u=ADM8812", "fr"),
))

add(dict(
    slug="mag_reconversion_rebondir_refus",
    kind="other", lang="fr",
    frm="Le Mag Reconversion <newsletter@mag-reconversion.example.fr>",
    subject="Rebondir après un refus : 5 réflexes qui changent tout",
    date="2026-02-12 12:30", form="alt",
    headers=list_headers("Le Mag Reconversion <hebdo.mag-reconversion.example.fr>",
                         "https://mag-reconversion.example.fr/u/8f2a", "unsubscribe@mag-reconversion.example.fr"),
    **news("Le Mag Reconversion – n° 142",
           "Un « nous ne donnerons pas suite à votre candidature » fait toujours mal, surtout en pleine reconversion. Cette semaine, trois lecteurs racontent comment un refus après entretien les a menés vers le bon poste.",
           [("Demander un retour après un refus (sans se braquer)", "https://mag-reconversion.example.fr/a/retour-refus",
             "Le modèle de mail que les recruteurs lisent vraiment."),
            ("De cuisinier à auditeur qualité : le témoignage de Karim", "https://mag-reconversion.example.fr/a/karim-auditeur",
             "Six mois, quatre refus, un CDI : son parcours en détail."),
            ("Entretien annulé, reporté, oublié : que faire ?", "https://mag-reconversion.example.fr/a/entretien-reporte",
             "Nos réponses aux situations qui déstabilisent."),
            ("Financer une formation HACCP avec son CPF", "https://mag-reconversion.example.fr/a/cpf-haccp",
             "Les formations éligibles et les pièges à éviter.")],
           "Le Mag Reconversion est envoyé chaque jeudi à 48 000 abonnés.",
           "https://mag-reconversion.example.fr/u/8f2a", "fr"),
))

add(dict(
    slug="own_spontaneous_application_salaisons", key="t17_apply",
    kind="other", lang="fr",
    frm=CANDIDATE, to="Bruno Lachaud <b.lachaud@salaisons-creuse.example.fr>",
    subject="Candidature spontanée – contrôle qualité / HACCP",
    date="2026-01-14 21:04",
    text=f"""Monsieur,

Cuisinière depuis onze ans dans la restauration scolaire à Limoges, je prépare une reconversion vers l'audit et le contrôle qualité en agroalimentaire. Je suis titulaire d'une formation HACCP et je termine un certificat de technicienne qualité.

Je vous adresse mon CV et reste disponible pour un échange.

{SIG_FR}
""",
    pdfs=[dict(name="CV_Anais_Delacroix-Mensah.pdf", title="Anais Delacroix-Mensah - CV",
               lines=["Cuisiniere en restauration scolaire, Ville de Limoges (2015-2026)",
                      "Formation HACCP - Paquet hygiene (2024)",
                      "Certificat technicienne qualite agroalimentaire (en cours)",
                      "Langues : francais, anglais (B2), espagnol (B1), allemand (A2)"])],
))

add(dict(
    slug="own_thank_you_certinor", key="t4_thanks", parent="t4_moved",
    kind="other", lang="fr",
    frm=CANDIDATE, to="Jeanne Roux <jeanne.roux@certinor.example.fr>",
    subject="Merci pour l'entretien d'hier",
    date="2026-04-29 18:42",
    text="""Bonjour Jeanne,

Merci beaucoup pour l'entretien d'hier et pour la visite du laboratoire. J'ai particulièrement apprécié l'échange avec Pierre sur la préparation des audits de cuisines centrales. Je reste très motivée par le poste et disponible pour toute étape suivante.

Bien à vous,
Anaïs
""",
))

add(dict(
    slug="own_apology_missed_call", key="t3_sorry", parent="t3_missed",
    kind="other", lang="fr",
    frm=CANDIDATE, to="Sandrine Maury <s.maury@biocontrole-centre.example.fr>",
    subject="Désolée pour ce matin – technicienne hygiène alimentaire",
    date="2026-03-10 12:58", charset="iso-8859-1", cte="quoted-printable",
    text=reply(
        """Bonjour Madame Maury,

Je suis vraiment désolée : j'étais en plein service ce matin et mon téléphone était resté au vestiaire. Je n'ai vu vos deux appels qu'à midi.

Je suis toujours très intéressée par le poste. Je suis joignable tous les jours après 14h30, ou le mercredi toute la journée.

Bien cordialement,
Anaïs Delacroix-Mensah""",
        "fr", "mar. 10 mars 2026 à 10:34", "Sandrine Maury <s.maury@biocontrole-centre.example.fr>",
        """Je vous ai appelée deux fois ce matin à 10h, comme convenu, sans réussir à vous joindre, et je suis tombée sur votre messagerie."""),
))

add(dict(
    slug="own_reschedule_request_laiteries", key="t1_ask_move", parent="t1_invite",
    kind="other", lang="fr",
    frm=CANDIDATE, to="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
    subject="Re: Invitation : entretien Auditrice qualité HACCP – mardi 24 février 10h",
    date="2026-02-18 20:15",
    text=reply(
        """Bonjour Madame Lefèvre,

Merci beaucoup pour votre invitation. Le mardi 24 au matin, je suis seule en cuisine pour le service de la cantine et ne peux pas me libérer. Serait-il possible de décaler l'entretien en fin de semaine, idéalement l'après-midi ?

Bien cordialement,
Anaïs Delacroix-Mensah""",
        "fr", "mar. 17 févr. 2026 à 09:02", "Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
        """Je vous propose un entretien le mardi 24 février à 10h00 sur notre site d'Ambazac, avec Jean-Marc Peyrat, responsable qualité, et moi-même."""),
))

add(dict(
    slug="friend_tells_her_rejection",
    kind="other", lang="fr",
    frm="Julie Peyronnet <julie.peyronnet@webmail.example.fr>",
    subject="bon ben c'est non pour moi...",
    date="2026-03-03 21:36",
    text="""Coucou Anaïs,

Je voulais te dire : j'ai reçu ce midi la réponse de la fromagerie de Saint-Junien, et c'est un refus. Ils ont pris quelqu'un de plus expérimenté, soi-disant. Après deux entretiens et un test, j'avoue que ça pique.

Toi, tu as des nouvelles des Laiteries ? J'espère que ça marche pour toi au moins !

On se voit samedi au marché ? J'ai besoin d'un café et de râler un peu.

Bises,
Julie
""",
))

add(dict(
    slug="bank_advisor_meeting",
    kind="other", lang="fr",
    frm="Crédit Limousin <ne-pas-repondre@credit-limousin.example.fr>",
    subject="Confirmation de votre rendez-vous avec votre conseillère",
    date="2026-04-08 10:15", form="html", look="simple",
    text="""Bonjour Madame Delacroix-Mensah,

Nous vous confirmons votre entretien avec Mme Laurence Aubin, votre conseillère, le vendredi 17 avril 2026 à 17h30 à l'agence de Limoges Jourdan.

Objet du rendez-vous : point sur votre épargne et projet de mobilité professionnelle.

Pensez à vous munir de vos trois derniers bulletins de salaire. En cas d'empêchement, vous pouvez modifier ou annuler ce rendez-vous depuis votre espace client.

Crédit Limousin – Agence Limoges Jourdan""",
))

add(dict(
    slug="landlord_etat_des_lieux_reporte",
    kind="other", lang="fr",
    frm="Agence du Pont-Neuf <gestion@agence-pontneuf.example.fr>",
    subject="Report de l'état des lieux – 14 rue de la Boucherie",
    date="2026-06-26 11:42", charset="windows-1252", cte="8bit",
    text="""Madame,

Notre gestionnaire étant indisponible le 30 juin, l’état des lieux de sortie de votre appartement du 14 rue de la Boucherie est reporté au jeudi 2 juillet à 9h00. Merci de prévoir la remise des clés et des badges à cette occasion.

Nous vous rappelons que le relevé des compteurs (position des index eau et électricité) sera effectué le jour même.

Cordialement,
Agence du Pont-Neuf – Service gestion locative
5 place Saint-Pierre, 87000 Limoges – 05 55 34 71 20
""",
))

add(dict(
    slug="school_teacher_meeting",
    kind="other", lang="fr",
    frm="École élémentaire Jean-Macé <ce.0870231@ecoles-limoges.example.fr>",
    subject="Rencontre individuelle avec l'enseignante de Noé",
    date="2026-01-29 16:45",
    text="""Madame,

Dans le cadre du suivi du premier trimestre, Mme Faucher, enseignante de CE2, souhaite vous rencontrer pour un entretien individuel au sujet de Noé.

Plusieurs créneaux sont proposés la semaine du 9 février, après la classe (16h45 – 18h). Merci d'indiquer votre préférence sur le cahier de liaison ou en répondant à ce message.

La directrice,
Mme Rivière
École élémentaire Jean-Macé – Limoges
""",
))

add(dict(
    slug="doctor_appointment_cancelled",
    kind="other", lang="fr",
    frm="MédiRDV <no-reply@medirdv.example.fr>",
    subject="Votre rendez-vous du jeudi 12 mars est annulé",
    subj_enc=("utf-8", "Q"), name_enc=("utf-8", "B"), date="2026-03-09 08:02", form="alt",
    look=("ats", "MédiRDV", "#107acc", "MédiRDV – Ne répondez pas à cet e-mail."),
    text="""Bonjour Anaïs,

Votre rendez-vous du jeudi 12 mars 2026 à 8h40 avec le Dr Hugues Faure (médecine générale, Limoges) a été annulé par le cabinet. Motif : absence imprévue du praticien.

Vous pouvez reprendre un rendez-vous en ligne : https://www.medirdv.example.fr/dr-hugues-faure-limoges

L'équipe MédiRDV""",
))

add(dict(
    slug="parcel_delayed_position",
    kind="other", lang="fr",
    frm="ColisPlus <suivi@colisplus.example.fr>",
    subject="Malheureusement, votre colis est retardé",
    date="2026-05-05 13:20", form="alt", look="simple",
    text="""Bonjour,

Malheureusement, votre colis n° CP 4471 2290 FR n'a pas pu être livré aujourd'hui en raison d'un incident sur notre plateforme de Brive.

Nouvelle date de livraison estimée : jeudi 7 mai, entre 9h et 13h. Le jour de la livraison, vous pourrez suivre la position du livreur en temps réel : https://suivi.colisplus.example.fr/CP44712290FR

Nous vous prions de nous excuser pour ce retard.

Le service client ColisPlus""",
))

add(dict(
    slug="gps_watch_position_lost",
    kind="other", lang="fr",
    frm="TrailTrack <no-reply@trailtrack.example.com>",
    subject="Votre sortie de dimanche est synchronisée",
    date="2026-04-12 18:03", zone="utc", form="html", look="simple",
    text="""Bravo Anaïs !

Votre sortie « Bords de Vienne » de 11,4 km a été synchronisée.

Attention : votre montre a perdu la position GPS à trois reprises (sous le pont Saint-Étienne notamment). Les segments concernés ont été recalculés par interpolation.

Meilleur temps de l'année sur le segment « Montée des Casseaux » : 4 min 12 s.

Voir l'activité : https://app.trailtrack.example.com/a/93812211

L'équipe TrailTrack""",
))

add(dict(
    slug="laiteries_out_of_office", key="t1_ooo", parent="t1_accept",
    kind="other", lang="fr",
    frm="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
    subject="Réponse automatique : Re: Proposition d'embauche – Auditrice qualité HACCP",
    date="2026-03-10 19:31",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 16 mars inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement ou une candidature, merci de contacter le service RH au 05 55 56 71 00 ou rh@laiteries-hautlimousin.example.fr.

Cordialement,
Céline Lefèvre
""",
))

add(dict(
    slug="proxilink_notifications_fr",
    kind="other", lang="fr",
    frm="Proxilink <notifications@proxilink.example.com>",
    subject="Anaïs, un recruteur a consulté votre profil",
    date="2026-02-23 08:10", zone="utc", form="alt", look="simple",
    headers=[("List-Unsubscribe", "<https://www.proxilink.example.com/notifications/off?t=fr88>")],
    text="""Bonjour Anaïs,

Un recruteur de Certinor a consulté votre profil cette semaine.

Félicitez Camille Brunet pour son nouveau poste de responsable qualité chez Laiteries du Haut-Limousin.

Offres qui pourraient vous intéresser :
- Auditrice HACCP junior – Bureau Qualité Alimentaire du Centre – Tours
- Technicienne hygiène – Biocontrôle Centre – Poitiers

Voir toutes vos notifications : https://www.proxilink.example.com/notifications

Vous recevez ces e-mails de Proxilink. Se désabonner : https://www.proxilink.example.com/notifications/off?t=fr88""",
))

add(dict(
    slug="licence_pro_admission_refused",
    kind="other", lang="fr",
    frm="Scolarité IUT du Limousin <scolarite-lp@iut-limousin.example.fr>",
    subject="Licence professionnelle Qualité et sécurité des aliments – décision d'admission",
    date="2026-06-12 14:00", cte="quoted-printable",
    text="""Madame,

La commission pédagogique de la Licence professionnelle « Qualité et sécurité des aliments » (parcours en alternance) s'est réunie le 10 juin 2026.

Nous avons le regret de vous informer que votre candidature à l'admission n'a pas été retenue pour la rentrée de septembre 2026, faute d'entreprise d'accueil pour l'alternance à la date de la commission.

Vous pouvez candidater à nouveau lors de la session complémentaire de juillet, à condition de joindre une promesse de contrat d'apprentissage.

Le service de la scolarité
IUT du Limousin – site d'Égletons""",
))

add(dict(
    slug="press_interview_request",
    kind="other", lang="fr",
    frm="Élodie Marsac <e.marsac@echo-limousin.example.fr>",
    subject="Demande d'interview – cantines scolaires et circuits courts",
    date="2026-01-22 15:30",
    text="""Bonjour Madame Delacroix-Mensah,

Je suis journaliste à L'Écho du Limousin et je prépare un dossier sur les cantines scolaires de la ville et l'approvisionnement en circuits courts. Votre nom m'a été donné par la direction de l'Éducation.

Accepteriez-vous de m'accorder une interview d'une demi-heure, par téléphone ou à la cuisine, la semaine prochaine ? J'aimerais aussi faire une ou deux photos en cuisine si c'est possible.

Merci d'avance,
Élodie Marsac
Journaliste – rubrique Limoges
L'Écho du Limousin – 06 84 22 17 90""",
))

add(dict(
    slug="podcast_guest_invitation",
    kind="other", lang="fr",
    frm="Romain Texier <romain@atable-podcast.example.fr>",
    subject="Invitation au podcast « À table, les cantines ! »",
    subj_enc=("utf-8", "B"), date="2026-05-28 10:12", form="alt", look="simple",
    text="""Bonjour Anaïs,

J'anime « À table, les cantines ! », un podcast mensuel qui donne la parole aux cuisinières et cuisiniers de la restauration collective. J'ai entendu votre intervention au salon Restau'Co de Limoges et j'aimerais beaucoup vous recevoir pour un épisode sur l'hygiène en cuisine scolaire et votre projet de devenir auditrice.

L'enregistrement dure environ 45 minutes, à distance. Seriez-vous partante cet été ?

Au plaisir,
Romain Texier
https://atable-podcast.example.fr""",
))

add(dict(
    slug="user_research_interview_jobalim",
    kind="other", lang="fr",
    frm="Équipe Recherche JobAlim <research@jobalim.example.fr>",
    subject="Participez à un entretien utilisateur (30 min, bon d'achat de 20 €)",
    date="2026-07-09 11:00", form="html", look="simple",
    text="""Bonjour Anaïs,

Vous utilisez JobAlim pour chercher un emploi dans l'agroalimentaire. Notre équipe produit aimerait comprendre comment vous utilisez les alertes et la candidature en un clic.

Nous recrutons 12 personnes pour un entretien utilisateur de 30 minutes en visio, du 20 au 24 juillet. Chaque participant reçoit un bon d'achat de 20 €.

Choisir un créneau : https://research.jobalim.example.fr/etude-alertes

Cet entretien n'a aucun lien avec vos candidatures en cours et n'est pas transmis aux recruteurs.

L'équipe Recherche utilisateur JobAlim""",
))

add(dict(
    slug="hestia_cold_approach", key="t12_cold",
    kind="other", lang="fr",
    frm="Olivier Castaing <o.castaing@hestia-recrutement.example.fr>",
    subject="Votre profil – missions qualité en restauration collective",
    date="2026-05-19 09:05",
    text="""Bonjour Madame Delacroix-Mensah,

Je suis consultant chez Hestia Recrutement, cabinet spécialisé dans l'agroalimentaire et la restauration dans le Sud-Ouest. J'ai vu votre profil sur Proxilink : un parcours de cuisinière en restauration scolaire complété par une formation d'auditrice, c'est précisément ce que plusieurs de nos clients ont du mal à trouver.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais si vous envisagez la région bordelaise, je serais heureux de vous ajouter à notre réseau. Il vous suffit de me répondre avec votre CV à jour.

Bien cordialement,
Olivier Castaing
Consultant senior – Hestia Recrutement
Mob. 06 12 90 33 47""",
))

add(dict(
    slug="colleague_forwards_job_ad",
    kind="other", lang="fr",
    frm="Nadia Ferchichi <nadia.ferchichi@webmail.example.fr>",
    subject="Fwd: Offre – Auditeur·rice hygiène restauration (Tours)",
    date="2026-06-05 22:14",
    text=forward(
        """Coucou Anaïs, tu as vu ça ? Ça a l'air taillé pour toi. Ils disent qu'ils font les entretiens début juillet.
Bisous, Nadia""",
        "fr", "Bureau Qualité Alimentaire du Centre <offres@bqac.example.fr>", "ven. 5 juin 2026 à 09:00",
        "Offre – Auditeur·rice hygiène restauration (Tours)", "nadia.ferchichi@webmail.example.fr",
        """Le Bureau Qualité Alimentaire du Centre recrute un·e auditeur·rice hygiène pour ses clients de la restauration commerciale et collective (Indre-et-Loire, Loir-et-Cher).

Profil : expérience en cuisine professionnelle, formation HACCP, permis B.
Processus : présélection sur dossier, journée d'évaluation et entretien final fin juin / début juillet.

Candidater : https://www.bqac.example.fr/recrutement/auditeur-hygiene"""),
))

add(dict(
    slug="own_registration_request_tempora", key="t11_register_req",
    kind="other", lang="fr",
    frm=CANDIDATE, to="Karima Benali <k.benali@tempora-interim.example.fr>",
    subject="Inscription – profil qualité / hygiène agroalimentaire",
    date="2026-02-09 18:25",
    text=f"""Bonjour Madame Benali,

Suite à notre échange téléphonique, je vous envoie mon CV pour mon inscription à l'agence. Je recherche des missions en contrôle qualité ou hygiène dans l'agroalimentaire, sur Limoges, Poitiers ou Tours.

Bien cordialement,
{SIG_FR}
""",
))

add(dict(
    slug="maison_emploi_atelier_entretien",
    kind="other", lang="fr",
    frm="Maison de l'Emploi de Limoges <ateliers@maisonemploi-limoges.example.fr>",
    subject="Atelier collectif : réussir son entretien d'embauche – mardi 7 avril",
    date="2026-03-24 09:30", form="alt",
    headers=list_headers("Ateliers Maison de l'Emploi <ateliers.maisonemploi-limoges.example.fr>",
                         "https://maisonemploi-limoges.example.fr/lettre/desinscription",
                         "desinscription@maisonemploi-limoges.example.fr"),
    **news("Les ateliers d'avril",
           "Bonjour, voici les ateliers gratuits proposés ce mois-ci aux personnes en recherche d'emploi ou en reconversion. Inscription obligatoire, places limitées à 12.",
           [("Réussir son entretien d'embauche – mardi 7 avril, 9h30", "https://maisonemploi-limoges.example.fr/ateliers/entretien",
             "Simulations filmées et conseils d'une recruteuse."),
            ("Valoriser une reconversion sur son CV – jeudi 9 avril, 14h", "https://maisonemploi-limoges.example.fr/ateliers/cv",
             "Mettre en avant les compétences transférables."),
            ("Après un refus : relancer, demander un retour – mardi 14 avril, 9h30",
             "https://maisonemploi-limoges.example.fr/ateliers/refus", "Atelier d'échange entre pairs.")],
           "Maison de l'Emploi de Limoges – 4 rue Charles-Michels – 87000 Limoges",
           "https://maisonemploi-limoges.example.fr/lettre/desinscription", "fr"),
))

add(dict(
    slug="tempora_out_of_office", key="t11_ooo", parent="t11_client_moved",
    kind="other", lang="fr",
    frm="Karima Benali <k.benali@tempora-interim.example.fr>",
    subject="Absence : Re: Entretien chez notre client Biscuiterie de Touraine",
    date="2026-03-27 08:00", charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis en formation jusqu’au lundi 30 mars. Vos messages seront traités à mon retour.

En cas d’urgence (absence sur mission, accident du travail), appelez l’agence au 05 55 32 90 40.

Karima Benali – Tempora Intérim Limoges
""",
))

add(dict(
    slug="own_reply_to_offer_laiteries", key="t1_accept", parent="t1_offer",
    kind="other", lang="fr",
    frm=CANDIDATE, to="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
    subject="Re: Proposition d'embauche – Auditrice qualité HACCP",
    date="2026-03-10 19:30",
    text=reply(
        """Bonjour Madame Lefèvre,

Merci beaucoup pour cette proposition, qui me fait très plaisir. Avant de vous donner ma réponse définitive, j'aurais deux questions : la prise de poste pourrait-elle se faire le 1er juin, pour respecter mon préavis avec la Ville ? Et les déplacements entre sites se font-ils avec un véhicule de service ?

Je vous répondrai avant le 20 mars comme demandé.

Bien cordialement,
Anaïs Delacroix-Mensah""",
        "fr", "lun. 9 mars 2026 à 11:03", "Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
        """Suite à nos entretiens, j'ai le plaisir de vous adresser notre proposition d'embauche pour le poste d'auditrice qualité HACCP, en CDI, à compter du 4 mai 2026."""),
))

add(dict(
    slug="reseau_cuisiniers_newsletter",
    kind="other", lang="fr",
    frm="Réseau Cuisiniers Collectivités <lettre@reseau-cuisiniers.example.fr>",
    subject="La lettre du Réseau - juin 2026 : offres d'emploi et retours d'audit",
    name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q"),
    date="2026-06-15 06:45", charset="iso-8859-1", cte="quoted-printable",
    headers=list_headers("Lettre du Reseau <lettre.reseau-cuisiniers.example.fr>",
                         "https://reseau-cuisiniers.example.fr/lettre/stop",
                         "lettre-stop@reseau-cuisiniers.example.fr"),
    text="""LA LETTRE DU RÉSEAU - JUIN 2026

Chères et chers adhérents,

1) Offres d'emploi relayées par les adhérents
- Chef de production en cuisine centrale, Poitiers : https://reseau-cuisiniers.example.fr/emploi/2211
- Responsable hygiène, EHPAD de Bellac : https://reseau-cuisiniers.example.fr/emploi/2214
- Second de cuisine, lycée agricole de Naves : https://reseau-cuisiniers.example.fr/emploi/2219
Les recruteurs nous signalent que beaucoup de candidatures sont refusées faute de lettre de motivation : prenez le temps d'en écrire une !

2) Retour sur les audits DDPP du printemps
Trois cuisines du réseau ont été auditées ; les écarts les plus fréquents portent sur la traçabilité des plats témoins. Compte rendu : https://reseau-cuisiniers.example.fr/audits-2026

3) Assemblée générale
Le samedi 27 juin à Limoges, entretien avec la présidente de la Région sur les repas bio.

Pour ne plus recevoir la lettre : https://reseau-cuisiniers.example.fr/lettre/stop
""",
))

add(dict(
    slug="current_employer_entretien_professionnel",
    kind="other", lang="fr",
    frm="Ville de Limoges – Éducation <restauration.scolaire@ville-limoges.example.fr>",
    subject="Convocation à votre entretien professionnel annuel",
    date="2026-01-09 11:20", form="alt", look="outlook",
    text="""Madame Delacroix-Mensah,

Dans le cadre de la campagne annuelle des entretiens professionnels, vous êtes convoquée par votre supérieur hiérarchique direct, M. Didier Marcoux, responsable du secteur restauration Nord.

Date : lundi 26 janvier 2026 à 14h30
Lieu : cuisine de l'école Jean-Le-Bail, bureau du responsable

Le support d'entretien est disponible sur l'intranet. Pensez à préparer vos souhaits de formation pour 2026, notamment dans le cadre de votre projet d'évolution.

Service Restauration scolaire
Direction de l'Éducation – Ville de Limoges""",
))

# ================================================================== English

add(dict(
    slug="foodsafetyjobs_alert_cork",
    kind="other", lang="en",
    frm="FoodSafetyJobs.ie <alerts@foodsafetyjobs.example.ie>",
    subject="8 new jobs matching 'HACCP auditor' in Cork",
    date="2026-05-06 06:30", zone="ie", form="alt",
    headers=list_headers("FoodSafetyJobs alerts <alerts.foodsafetyjobs.example.ie>",
                         "https://foodsafetyjobs.example.ie/alerts/unsubscribe/ADM-4411",
                         "unsubscribe@foodsafetyjobs.example.ie"),
    **news("Your daily job alert",
           "Hi Anaïs, here are today's new jobs for 'HACCP auditor' within 30 km of Cork. Employers marked 'Interviewing now' are holding interviews this week.",
           [("Food Safety Auditor – Lee Valley Dairies, Dripsey", "https://foodsafetyjobs.example.ie/job/55120",
             "Permanent · Interviewing now"),
            ("Hygiene Supervisor – Cork Harbour Seafoods, Ringaskiddy", "https://foodsafetyjobs.example.ie/job/55131",
             "Permanent · Shift allowance"),
            ("Trainee Auditor – Munster Food Safety Services", "https://foodsafetyjobs.example.ie/job/55134",
             "Full training provided · Full clean driving licence required"),
            ("QA Technician – confidential client, North Cork", "https://foodsafetyjobs.example.ie/job/55140",
             "Via Shandon Recruitment"),
            ("Rejected again? How to read between the lines of a 'no'", "https://foodsafetyjobs.example.ie/blog/reading-rejections",
             "From our careers blog")],
           "You're receiving this because you set up a job alert on FoodSafetyJobs.ie.",
           "https://foodsafetyjobs.example.ie/alerts/unsubscribe/ADM-4411", "en"),
))

add(dict(
    slug="audit_trail_interview_questions",
    kind="other", lang="en",
    frm="The Audit Trail <hello@theaudittrail.example.com>",
    subject="7 interview questions every new food safety auditor should prepare for",
    date="2026-08-13 15:00", zone="us", form="html",
    headers=list_headers("The Audit Trail <weekly.theaudittrail.example.com>",
                         "https://theaudittrail.example.com/unsubscribe?e=adm", "leave@theaudittrail.example.com"),
    html=newsletter_html(
        "The Audit Trail · Issue 87",
        "This week: what certification bodies really ask at interview, why a rejection after a panel is not the end of the road, and a reader's story of moving from hospital catering to auditing.",
        [("7 interview questions to prepare for", "https://theaudittrail.example.com/p/seven-questions",
          "From 'walk me through a CCP decision tree' to 'tell us about a time you disagreed with a manager'."),
         ("After the panel: turning a rejection into feedback", "https://theaudittrail.example.com/p/after-the-panel",
          "A script for asking for feedback that hiring managers actually answer."),
         ("From hospital kitchen to lead auditor", "https://theaudittrail.example.com/p/reader-story-kitchen",
          "Reader story: two years, three offers, one career change."),
         ("Job board: 41 open auditor positions this week", "https://theaudittrail.example.com/jobs",
          "Ireland, UK, Benelux, France and Germany.")],
        "The Audit Trail is a free weekly newsletter for people working in food safety audit and certification.",
        "https://theaudittrail.example.com/unsubscribe?e=adm", "en"),
))

add(dict(
    slug="own_thank_you_aurelis", key="t18_thanks", parent="t18_cancel",
    kind="other", lang="en",
    frm=CANDIDATE, to="Rachel Whitfield <rachel.whitfield@aurelis-cert.example.com>",
    subject="Thank you – Food Safety Auditor panel",
    date="2026-04-02 19:05", zone="eu",
    text="""Dear Rachel,

Thank you to you and the panel for this afternoon's interview. I particularly enjoyed the case study on the frozen-dessert supplier; it confirmed how much I want to work on audits. I look forward to hearing from you.

Best wishes,
Anaïs
""",
))

add(dict(
    slug="own_application_cork_harbour", key="t19_apply",
    kind="other", lang="en",
    frm=CANDIDATE, to="Gavin Murphy <gavin.murphy@corkharbourseafoods.example.ie>",
    subject="Application – Hygiene Supervisor",
    date="2026-05-20 21:12",
    text=f"""Dear Mr Murphy,

Please find attached my application for the Hygiene Supervisor position advertised on your website. I have eleven years' experience in school catering in France and I'm completing a food safety auditor certificate. I'm moving to Cork this summer.

Kind regards,
{SIG_EN}
""",
    pdfs=[dict(name="Delacroix-Mensah_CV_EN.pdf", title="Anais Delacroix-Mensah - Curriculum Vitae",
               lines=["School canteen cook, City of Limoges (2015-2026)",
                      "HACCP training - EU Hygiene Package (2024)",
                      "Food quality technician certificate (in progress)",
                      "Languages: French (native), English (B2), Spanish (B1), German (A2)"])],
))

add(dict(
    slug="shandon_out_of_office", key="t13_ooo", parent="t13_moved",
    kind="other", lang="en",
    frm="Niamh O'Sullivan <niamh.osullivan@shandonrecruit.example.ie>",
    subject="Automatic reply: Following up – QA role (client interview 21 July)",
    date="2026-07-28 20:15", zone="ie",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
    text="""Thank you for your email. I'm on annual leave until Monday 3 August with limited access to email.

For anything urgent regarding interviews or placements, please contact my colleague Ronan Hegarty at ronan.hegarty@shandonrecruit.example.ie or call the office on +353 21 427 8840.

Niamh
""",
))

add(dict(
    slug="proxilink_weekly_searches",
    kind="other", lang="en",
    frm="Proxilink <notifications@proxilink.example.com>",
    subject="You appeared in 9 searches this week",
    date="2026-07-20 07:05", zone="utc", form="html", look="simple",
    headers=[("List-Unsubscribe", "<https://www.proxilink.example.com/notifications/off?t=en19>")],
    text="""Hi Anaïs,

You appeared in 9 searches this week. Searchers work at Aurelis Certification International, Shandon Recruitment and 3 other companies.

Jobs you may be interested in:
Food Safety Auditor – Lee Valley Dairies – Dripsey, Co. Cork
QA Technician – Glanmire Ready Meals – Glanmire

Congratulate Orla Daly on 5 years at Kestrel Foods.

See all: https://www.proxilink.example.com/me/search-appearances

Unsubscribe: https://www.proxilink.example.com/notifications/off?t=en19""",
))

add(dict(
    slug="parcel_delayed_cork",
    kind="other", lang="en",
    frm="SwiftParcel <updates@swiftparcel.example.ie>",
    subject="Unfortunately, your parcel is delayed",
    date="2026-08-06 14:40", zone="ie",
    text="""Hi,

Unfortunately your parcel SP-IE-7730192 is running late because of a vehicle breakdown on the M8. We now expect to deliver it on Friday 7 August between 10:00 and 14:00.

On the day you'll be able to see the driver's position on the map and your place in the delivery queue: https://track.swiftparcel.example.ie/SP-IE-7730192

We're sorry for the inconvenience.

SwiftParcel Customer Care
""",
))

add(dict(
    slug="hireloop_user_research",
    kind="other", lang="en",
    frm="Hireloop Research <research@hireloop.example.com>",
    subject="Would you join a 30-minute research interview?",
    date="2026-09-16 16:00", zone="us", form="alt", look="simple",
    text="""Hi Anaïs,

We're redesigning how Hireloop shows application status updates, and we'd love to learn from people who are actively job hunting.

Would you take part in a 30-minute user research interview over video? You'll get a $30 (or €28) gift card as a thank-you. This is not a job interview and won't affect any of your applications.

Pick a time here: https://research.hireloop.example.com/book/status-study

Thanks,
Dana from the Hireloop research team""",
))

add(dict(
    slug="friend_cork_own_rejection",
    kind="other", lang="en",
    frm="Siobhan Crowley <siobhan.crowley@mailbox.example.ie>",
    subject="didn't get it :(",
    date="2026-06-29 22:50", zone="ie",
    text="""Hey Anaïs,

So the hospital finally got back to me – I didn't get the catering manager job. They said they went with someone who'd done the role before. After three interviews! I'm gutted but sure look, onwards.

How's your own search going? Any news from the dairy? Let me know when you land in Cork, the spare room is yours for the first couple of weeks.

Siobhan x
""",
))

add(dict(
    slug="shandon_cold_approach", key="t13_cold",
    kind="other", lang="en",
    frm="Niamh O'Sullivan <niamh.osullivan@shandonrecruit.example.ie>",
    subject="Food safety roles in Cork – introduction",
    date="2026-07-01 11:30", zone="ie",
    text="""Hi Anaïs,

I hope you don't mind me reaching out. I'm a recruiter with Shandon Recruitment in Cork, and I came across your profile while looking for people with a catering and HACCP background.

I don't have a specific vacancy to put to you today, but a lot of my food manufacturing and healthcare clients are hiring in hygiene and QA. If you're planning your move to Cork, I'd be happy to keep you in mind – just send me your CV whenever suits.

Best regards,
Niamh O'Sullivan
Senior Consultant – Food & FMCG
Shandon Recruitment | +353 21 427 8840""",
))

add(dict(
    slug="msc_admission_refused",
    kind="other", lang="en",
    frm="Postgraduate Admissions <pgadmissions@ucmunster.example.ie>",
    subject="Your application: MSc Food Safety Management (part-time)",
    date="2026-07-07 12:00", zone="ie", form="alt", look="simple",
    text="""Dear Ms Delacroix-Mensah,

Thank you for your application for the MSc in Food Safety Management (part-time, 2026/27 intake).

The programme committee has now considered your application. We regret to inform you that we are unable to offer you a place on the programme this year, as applicants are required to hold a Level 8 honours degree in a relevant discipline.

You may wish to consider our Postgraduate Certificate in Food Safety Auditing, which accepts applicants through recognition of prior learning.

Yours sincerely,
Postgraduate Admissions Office
University College Munster""",
))

add(dict(
    slug="podcast_food_safety_brief",
    kind="other", lang="en",
    frm="Hannah Doyle <hannah@foodsafetybrief.example.com>",
    subject="Guest invitation – The Food Safety Brief podcast",
    date="2026-09-21 10:40", zone="ie",
    text="""Hi Anaïs,

I host The Food Safety Brief, a podcast for people working in food hygiene and auditing. A listener pointed me to your post about allergen management in French school canteens and I think it would make a great episode.

Would you be up for a 40-minute interview, recorded remotely some time in October? I'd send the questions in advance and you'd get to review the edit.

Thanks so much,
Hannah Doyle
The Food Safety Brief – https://foodsafetybrief.example.com""",
))

add(dict(
    slug="letting_agent_viewing_cancelled",
    kind="other", lang="en",
    frm="Lee Lettings <viewings@leelettings.example.ie>",
    subject="Viewing cancelled – Apt 3, 14 Wellington Road",
    date="2026-07-23 17:25", zone="ie",
    text="""Dear Anaïs,

We're sorry to let you know that Saturday's viewing of Apartment 3, 14 Wellington Road (Saturday 25 July, 12:15) has been cancelled: the landlord has accepted an application from a previous viewer.

We have two similar one-bed apartments in St Luke's available from 1 August. Reply to this email if you'd like to book a viewing.

Kind regards,
Lee Lettings
""",
))

add(dict(
    slug="webinar_registration_interview_skills",
    kind="other", lang="en",
    frm="Irish Food Safety Forum <events@foodsafetyforum.example.ie>",
    subject="Registration confirmed: Interview skills for new auditors (webinar)",
    date="2026-05-14 09:00", zone="ie", form="alt", look="simple",
    text="""Hi Anaïs,

Thanks for registering! Your place is confirmed for our webinar "Interview skills for new auditors", Wednesday 27 May 2026, 13:00–14:00 (Irish time).

Join link: https://events.foodsafetyforum.example.ie/webinar/interview-skills

The recording will be sent to all registrants afterwards.

Irish Food Safety Forum events team""",
))

# ================================================================== German

add(dict(
    slug="jobletter_suedbaden",
    kind="other", lang="de",
    frm="Jobletter Lebensmittel Südbaden <jobletter@lebensmitteljobs-sb.example.de>",
    subject="Ihr Jobletter: 5 neue Stellen Qualitätssicherung rund um Freiburg",
    date="2026-06-03 06:00", form="alt",
    headers=list_headers("Jobletter Suedbaden <jobletter.lebensmitteljobs-sb.example.de>",
                         "https://lebensmitteljobs-sb.example.de/abmelden?id=77120",
                         "abmelden@lebensmitteljobs-sb.example.de"),
    **news("Jobletter KW 23",
           "Guten Tag Frau Delacroix-Mensah, hier sind die neuen Stellen zu Ihrem Suchauftrag »Qualitätssicherung / Hygiene, Freiburg + 40 km«.",
           [("Qualitätsauditorin (m/w/d) – Schwarzwaldmolkerei Feldberg", "https://lebensmitteljobs-sb.example.de/stelle/4411",
             "Vollzeit · Vorstellungsgespräche ab Mitte Juni"),
            ("Laborantin Lebensmittelanalytik – LebensmittelLabor Breisgau", "https://lebensmitteljobs-sb.example.de/stelle/4418",
             "Teilzeit möglich"),
            ("Hygienebeauftragte Schichtbetrieb – Bäckerei am Kaiserstuhl", "https://lebensmitteljobs-sb.example.de/stelle/4420",
             "über Personalvermittlung"),
            ("Ratgeber: Absage erhalten – und jetzt?", "https://lebensmitteljobs-sb.example.de/ratgeber/absage",
             "So nutzen Sie eine Absage für Ihre nächste Bewerbung.")],
           "Sie erhalten diesen Jobletter, weil Sie einen Suchauftrag angelegt haben.",
           "https://lebensmitteljobs-sb.example.de/abmelden?id=77120", "de"),
))

add(dict(
    slug="own_reschedule_request_zertisued", key="t8_ask", parent="t8_invite",
    kind="other", lang="de",
    frm=CANDIDATE, to="Tobias Brandt <t.brandt@zertisued.example.de>",
    subject="Re: ZertiSüd: Einladung zum Video-Interview",
    date="2026-07-07 21:30",
    text=reply(
        """Sehr geehrter Herr Brandt,

vielen Dank für die Einladung. Am 14. Juli habe ich leider meine HACCP-Prüfung in Limoges. Wäre ein anderer Termin in derselben Woche möglich?

Mit freundlichen Grüßen
Anaïs Delacroix-Mensah""",
        "de", "Mo., 6. Juli 2026 um 13:05", "ZertiSüd Prüfgesellschaft <noreply@softgarden.io>",
        """Wir laden Sie herzlich zu einem Video-Interview über Microsoft Teams ein:
Dienstag, 14. Juli 2026, 10:00 - 10:45 Uhr"""),
))

add(dict(
    slug="feldberg_abwesenheitsnotiz", key="t7_ooo", parent="t7_moved",
    kind="other", lang="de",
    frm="Katrin Vogt <k.vogt@feldberg-molkerei.example.de>",
    subject="Abwesenheitsnotiz: Danke für das Gespräch",
    date="2026-06-30 17:02", charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Juli nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@feldberg-molkerei.example.de.

Mit freundlichen Grüßen
Katrin Vogt
""",
))

add(dict(
    slug="sprachinstitut_beratungsgespraech_verschoben",
    kind="other", lang="de",
    frm="Sprachinstitut Dreiländereck <kurse@sprachinstitut-dreilaendereck.example.de>",
    subject="Ihr Einstufungstest und Beratungsgespräch wurden verschoben",
    subj_enc=("utf-8", "B"), date="2026-08-17 10:20", form="alt", look="simple",
    text="""Sehr geehrte Frau Delacroix-Mensah,

wegen einer Erkrankung unserer Kursleiterin müssen wir Ihren Einstufungstest mit anschließendem Beratungsgespräch für den Abendkurs Deutsch B1 verschieben.

Neuer Termin: Montag, 24. August 2026, 17:30 Uhr, online per Zoom. Den Link erhalten Sie am Vortag.

Wir bitten um Ihr Verständnis.

Ihr Team vom Sprachinstitut Dreiländereck
Kaiser-Joseph-Straße 201 · 79098 Freiburg""",
))

add(dict(
    slug="vhs_kurs_kein_platz",
    kind="other", lang="de",
    frm="VHS Breisgau-Nord <anmeldung@vhs-breisgau-nord.example.de>",
    subject="Ihre Anmeldung: Intensivkurs Deutsch B2 (Kurs 26H-4107)",
    date="2026-09-04 08:30", cte="base64",
    text="""Sehr geehrte Frau Delacroix-Mensah,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Kurs 26H-4107, ab 21. September).

Leider ist der Kurs bereits ausgebucht und wir können Ihnen keinen Platz mehr anbieten. Wir haben Sie auf die Warteliste gesetzt (Platz 4). Eine Gebühr wurde nicht abgebucht.

Der nächste Intensivkurs beginnt im Januar; die Anmeldung öffnet am 1. November.

Mit freundlichen Grüßen
Ihre Volkshochschule Breisgau-Nord""",
))

# ================================================================== Spanish

add(dict(
    slug="infoempleo_aragon_alertas",
    kind="other", lang="es",
    frm="InfoEmpleo Aragón <alertas@infoempleo-aragon.example.es>",
    subject="Nuevas ofertas para tu alerta «calidad alimentaria Zaragoza»",
    date="2026-07-29 07:15", form="alt",
    headers=list_headers("Alertas InfoEmpleo Aragon <alertas.infoempleo-aragon.example.es>",
                         "https://infoempleo-aragon.example.es/alertas/baja?c=55127",
                         "baja@infoempleo-aragon.example.es"),
    **news("Tus alertas de empleo",
           "Hola, Anaïs. Estas son las ofertas publicadas ayer que coinciden con tu alerta. Algunas empresas ya están citando a entrevista.",
           [("Técnica de Calidad – Conservas del Ebro (Zaragoza)", "https://infoempleo-aragon.example.es/oferta/30121",
             "Indefinido · Entrevistas a finales de agosto"),
            ("Auditor/a junior de seguridad alimentaria – Certificaciones Aragón Calidad", "https://infoempleo-aragon.example.es/oferta/30127",
             "Se valora francés"),
            ("Responsable APPCC – panificadora industrial (Tarazona)", "https://infoempleo-aragon.example.es/oferta/30133",
             "A través de consultora"),
            ("¿Te han rechazado? Cinco cosas que puedes aprender de una negativa", "https://infoempleo-aragon.example.es/blog/rechazo",
             "Artículo de nuestro blog de orientación")],
           "Recibes este correo porque creaste una alerta en InfoEmpleo Aragón.",
           "https://infoempleo-aragon.example.es/alertas/baja?c=55127", "es"),
))

add(dict(
    slug="own_application_conservas", key="t9_apply",
    kind="other", lang="es",
    frm=CANDIDATE, to="Lucía Gracia Pérez <lucia.gracia@conservasdelebro.example.es>",
    subject="Candidatura – Técnica de Calidad",
    date="2026-08-03 22:40",
    text="""Estimada Sra. Gracia:

Le escribo para presentar mi candidatura al puesto de Técnica de Calidad publicado en InfoEmpleo Aragón. Soy cocinera en restauración escolar en Limoges desde hace once años, con formación en APPCC, y estoy completando un certificado de técnica de calidad alimentaria. Me traslado a Zaragoza en otoño.

Le adjunto mi currículum y quedo a su disposición para una entrevista.

Atentamente,
Anaïs Delacroix-Mensah
+33 6 71 42 18 93
""",
))

add(dict(
    slug="bank_cita_gestor",
    kind="other", lang="es",
    frm="Banco del Ebro <citas@bancodelebro.example.es>",
    subject="Confirmación de tu cita: entrevista con tu gestora",
    date="2026-09-24 12:00", form="html", look="simple",
    text="""Hola, Anaïs:

Te confirmamos la cita con tu gestora, Elena Bernal, el martes 29 de septiembre a las 12:30 en la oficina de Paseo Sagasta 12, Zaragoza.

Motivo: entrevista para la apertura de tu cuenta de no residente y la domiciliación de la nómina.

Recuerda traer tu pasaporte o NIE y un justificante de domicilio. Si no puedes asistir, puedes cambiar o cancelar la cita desde la app.

Banco del Ebro""",
))

add(dict(
    slug="talento_aragon_fuera_oficina", key="t34_ooo", parent="t34_client_no",
    kind="other", lang="es",
    frm="Marta López Aznar <marta.lopez@talentoaragon.example.es>",
    subject="Respuesta automática: Proceso Panificadora Moncayo: respuesta del cliente",
    date="2026-05-28 09:10", charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Hola:

Estoy fuera de la oficina hasta el lunes 1 de junio. Para cualquier asunto urgente sobre procesos de selección, escribe a seleccion@talentoaragon.example.es o llama al 976 23 48 90.

Gracias,
Marta López Aznar
""",
))

add(dict(
    slug="orientacion_entrevista_competencias",
    kind="other", lang="es",
    frm="Orienta Empleo <boletin@orientaempleo.example.es>",
    subject="Cómo preparar una entrevista por competencias (y qué hacer si te dicen que no)",
    subj_enc=("utf-8", "Q"), date="2026-09-02 08:00", form="html", cte="base64",
    headers=list_headers("Boletin Orienta Empleo <boletin.orientaempleo.example.es>",
                         "https://orientaempleo.example.es/baja?u=adm", "baja@orientaempleo.example.es"),
    html=newsletter_html(
        "Boletín Orienta Empleo – septiembre",
        "Este mes hablamos de la entrevista por competencias, cada vez más habitual en el sector agroalimentario, y de cómo gestionar un rechazo sin perder la motivación.",
        [("El método STAR explicado con ejemplos de cocina y calidad", "https://orientaempleo.example.es/star",
          "Situación, tarea, acción y resultado: cómo contar tu experiencia."),
         ("Me han descartado tras la entrevista: ¿pido feedback?", "https://orientaempleo.example.es/feedback",
          "Plantilla de correo para pedir una valoración."),
         ("Ofertas destacadas en Aragón", "https://orientaempleo.example.es/ofertas",
          "Calidad, APPCC y seguridad alimentaria.")],
        "Orienta Empleo · Boletín mensual gratuito de orientación laboral.",
        "https://orientaempleo.example.es/baja?u=adm", "es"),
))

add(dict(
    slug="excompanera_rechazo_propio",
    kind="other", lang="es",
    frm="Nuria Castán <nuria.castan@correo.example.es>",
    subject="¿Un café cuando llegues?",
    date="2026-10-08 19:45", charset="iso-8859-1", cte="8bit",
    text="""¡Hola, Anaïs!

¿Qué tal la mudanza? Te cuento: me han rechazado en el comedor del colegio de Delicias, al final han cogido a una chica que ya trabajaba allí de ayudante. Me da rabia porque la entrevista fue genial, pero bueno.

Cuando estés instalada en Zaragoza nos tomamos un café y me cuentas cómo te va con lo de las auditorías.

Un beso,
Nuria
""",
))
