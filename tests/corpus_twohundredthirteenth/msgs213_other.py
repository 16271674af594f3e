"""Corpus 213, everything else (52): digests, advice, notifications, private mail, the
candidate's own sent mail, out-of-office replies and other uses of job words. Each message's
words are written here by hand."""

from __future__ import annotations

from msgs213_common import (
    CAND,
    CAND_SIG_FR,
    ats_card,
    button,
    msg,
    mso,
    newsletter_html,
    outlook_html,
    paras,
    quote,
    wrote,
)

OTH = "other"
MESSAGES: list[dict] = []
add = MESSAGES.append


def listhdrs(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


CV_LINES = ["Solveig Marchetti-Dube - Annecy", "Auditrice de nuit, Hôtel des Cordeliers (2021-2026)",
            "Réceptionniste, Résidence du Pâquier (2018-2021)",
            "Compétences : Opera PMS, channel manager, reporting RevPAR, Excel avancé",
            "Langues : français, anglais (C1), italien (B1)"]

# ======================================================================== French

# ---------------------------------------------------------------- job-alert digest
_x1_items = [
    ("Revenue Manager H/F – Annecy (74)", "https://www.hoteljobs-alpes.example.fr/o/88213",
     "Groupe hôtelier 4★ · CDI · 38-42 k€ · entretiens prévus dès la semaine prochaine"),
    ("Assistant(e) Revenue – Chamonix", "https://www.hoteljobs-alpes.example.fr/o/88240",
     "Résidence de tourisme · saison d'hiver · logement possible"),
    ("Night Auditor / Réceptionniste de nuit – Genève", "https://www.hoteljobs-alpes.example.fr/o/88251",
     "Hôtel 5★ · 100 % · permis G accepté"),
    ("Yield Manager Groupes – Grenoble", "https://www.hoteljobs-alpes.example.fr/o/88263",
     "Voyagiste · hybride 2 j/semaine"),
    ("Conseil : préparer un entretien en revenue management",
     "https://www.hoteljobs-alpes.example.fr/conseils/entretien-revenue",
     "Les questions qu'on vous posera sur le RevPAR, l'ADR et le pick-up"),
]
add(msg(OTH, "hoteljobs_alerte_revenue", "fr", "", "",
        ("HôtelJobs Alpes", "alertes@hoteljobs-alpes.example.fr"),
        "5 nouvelles offres pour « revenue manager » près d'Annecy",
        "2026-01-14 07:00 +0100",
        html=newsletter_html(
            "Vos alertes HôtelJobs Alpes",
            "Bonjour Solveig,\n\nVoici les nouvelles offres correspondant à votre alerte « revenue manager – 50 km autour d'Annecy ». Postulez vite : certaines annonces ferment après les premiers entretiens.",
            _x1_items,
            "Vous recevez cet e-mail car vous avez créé une alerte. "
            "<a href=\"https://www.hoteljobs-alpes.example.fr/alertes/gerer\">Gérer mes alertes</a> · "
            "<a href=\"https://www.hoteljobs-alpes.example.fr/desinscription?u=5512\">Se désabonner</a>"),
        hdrs=listhdrs("Alertes emploi <alertes.hoteljobs-alpes.example.fr>",
                      "https://www.hoteljobs-alpes.example.fr/desinscription?u=5512",
                      "unsubscribe@hoteljobs-alpes.example.fr"),
        name_ew=("utf-8", "Q")))

# ---------------------------------------------------------------- career newsletter (rejection talk)
_x2 = """LA LETTRE CARRIÈRE HÔTELLERIE – n° 112

1. Cinq erreurs qui vous coûtent un entretien
Arriver sans chiffres, confondre taux d'occupation et RevPAR, ne pas avoir préparé de question… Nos recruteurs partenaires racontent.
https://lettre-carriere.example.fr/112/erreurs-entretien

2. « Nous ne donnerons pas suite » : comment rebondir après un refus
Un refus n'est pas un verdict. Demandez un retour, notez ce qui a manqué et relancez dans six mois.
https://lettre-carriere.example.fr/112/rebondir-refus

3. Du night audit au revenue management : trois parcours
Ils ont commencé de nuit et pilotent aujourd'hui la tarification de dizaines d'hôtels.
https://lettre-carriere.example.fr/112/night-audit-revenue

Vous recevez cette lettre parce que vous y êtes abonnée.
Se désinscrire : https://lettre-carriere.example.fr/desinscription
"""
add(msg(OTH, "lettre_carriere_refus", "fr", "", "",
        ("La Lettre Carrière Hôtellerie", "lettre@lettre-carriere.example.fr"),
        "Entretien raté, refus reçu : et maintenant ?",
        "2026-02-11 06:30 +0100",
        text=_x2, html=paras(_x2),
        hdrs=listhdrs("<lettre.lettre-carriere.example.fr>",
                      "https://lettre-carriere.example.fr/desinscription",
                      "desinscription@lettre-carriere.example.fr")))

# ---------------------------------------------------------------- LinkedIn-style congratulations
_x5_html = ats_card("ProLink", "#0a66c2", paras("""Camille Vasseur a commencé un nouveau poste

Camille est désormais Talent Acquisition Manager chez Hôtels Oréade.

Félicitez-la pour ce nouveau poste !""") + button("Envoyer un message", "https://www.prolink.example.com/messaging/compose?to=cvasseur", "#0a66c2"),
    "Vous recevez des notifications de ProLink. "
    "<a href=\"https://www.prolink.example.com/settings/notifications\">Se désabonner</a>")
add(msg(OTH, "prolink_nouveau_poste", "fr", "", "",
        ("ProLink", "notifications-noreply@prolink.example.com"),
        "Félicitez Camille pour son nouveau poste",
        "2026-03-02 12:14 +0000",
        html=_x5_html,
        hdrs=listhdrs("<notifications.prolink.example.com>",
                      "https://www.prolink.example.com/settings/notifications",
                      "unsubscribe@prolink.example.com")))

# ---------------------------------------------------------------- podcast interview request
_x7 = """Bonjour Solveig,

Je produis « Les Nuits de l'Hôtellerie », un podcast sur les métiers qu'on ne voit pas quand on dort à l'hôtel. Plusieurs auditeurs m'ont parlé de vos posts sur l'audit de nuit et la transition vers le revenue management.

Accepteriez-vous une interview d'environ 40 minutes, enregistrée à distance, pour un épisode diffusé en avril ? Pas de préparation lourde : on discute, je coupe au montage.

Je comprendrais tout à fait que ce ne soit pas le moment.

Bien à vous,
Romain Delerce
Les Nuits de l'Hôtellerie – podcast indépendant
https://nuits-hotellerie.example.fr
"""
add(msg(OTH, "podcast_interview_demande", "fr", "", "romain@nuits-hotellerie.example.fr",
        ("Romain Delerce", "romain@nuits-hotellerie.example.fr"),
        "Une interview pour le podcast Les Nuits de l'Hôtellerie ?",
        "2026-03-05 13:40 +0100",
        text=_x7))

# ---------------------------------------------------------------- press interview request
_x8 = """Madame,

Je prépare pour Le Messager Alpin un dossier sur les travailleurs de nuit du bassin annécien : boulangers, soignants, veilleurs et réceptionnistes d'hôtel.

Votre nom m'a été donné par l'office de tourisme. Seriez-vous d'accord pour répondre à quelques questions par téléphone, et éventuellement poser pour une photo à la réception de votre hôtel ? Vous pourrez relire vos citations avant parution.

Bien cordialement,
Anaïs Gruffat
Journaliste – Le Messager Alpin, rédaction d'Annecy
04 50 33 21 70
"""
add(msg(OTH, "messager_alpin_presse", "fr", "", "a.gruffat@messager-alpin.example.fr",
        ("Anaïs Gruffat", "a.gruffat@messager-alpin.example.fr"),
        "Demande d'interview – dossier travail de nuit",
        "2026-10-12 10:05 +0200",
        text=_x8, html=outlook_html(mso(_x8)), name_ew=("iso-8859-1", "B")))

# ---------------------------------------------------------------- parcel delayed
_x10 = """Bonjour,

Malheureusement, votre colis n° 6A31 774 902 15 a pris du retard sur notre plateforme de tri de Lyon-Saint-Priest.

Nouvelle date de livraison estimée : jeudi 19 mars, entre 9h et 13h.
Point de livraison : 8 chemin des Fins, 74000 Annecy

Nous vous prions de nous excuser pour ce contretemps. Vous pouvez suivre votre envoi ou choisir un point relais ici : https://suivi.colirapide.example.fr/6A3177490215

Ceci est un message automatique, merci de ne pas y répondre.
ColiRapide
"""
add(msg(OTH, "colirapide_retard", "fr", "", "",
        ("ColiRapide", "ne-pas-repondre@colirapide.example.fr"),
        "Votre colis est retardé",
        "2026-03-17 06:44 +0100",
        text=_x10, html=ats_card("ColiRapide", "#dc2626", paras(_x10)),
        subj_ew=("utf-8", "B"), hdrs=[("Auto-Submitted", "auto-generated")]))

# ---------------------------------------------------------------- friend's own rejection
_x12 = """Coucou Sol,

Bon, c'est officiel, je ne suis pas prise chez Aquila Voyages. J'ai reçu le mail ce matin : « nous avons retenu un candidat dont le profil correspond davantage », la formule classique. Après deux entretiens et un cas pratique de trois heures, ça pique un peu.

Je me console avec une raclette samedi, tu viens ? Et toi, des nouvelles de tes candidatures à Lyon ?

Bisous,
Maëlle
"""
add(msg(OTH, "amie_refus_aquila", "fr", "", "maelle.bouvier@example.fr",
        ("Maëlle Bouvier", "maelle.bouvier@example.fr"),
        "bon ben c'est non…",
        "2026-04-16 12:51 +0200",
        text=_x12, name_ew=("utf-8", "Q")))

# ---------------------------------------------------------------- own mail: thank-you to Lac & Cimes
_x14 = """Bonjour Maud,

Un grand merci pour l'entretien de mardi avec M. Favre. La présentation de votre outil de pilotage des prix m'a vraiment donné envie de rejoindre l'équipe, et je reste disponible si vous souhaitez un deuxième échange ou un cas pratique.

Belle journée,
Solveig
"""
add(msg(OTH, "own_merci_lacetcimes", "fr", "", "",
        CAND, "Merci pour notre entretien – poste Assistante Revenue Manager",
        "2026-01-29 18:05 +0100",
        to=[("Maud Perrin", "maud.perrin@lacetcimes.example.fr")],
        text=_x14, tid="lac-4", re="lac-3"))

# ---------------------------------------------------------------- own mail: application with CV
_x15 = """Monsieur,

Auditrice de nuit depuis cinq ans à Annecy, je souhaite évoluer vers le revenue management et je vous adresse ma candidature au poste d'assistante revenue & réservations paru sur votre site.

Chaque nuit, je clôture la journée, contrôle les tarifs chargés et prépare le rapport d'activité pour la direction : je connais donc les chiffres de l'intérieur. Je serais ravie de mettre cette rigueur au service des Terrasses de Talloires.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Monsieur, mes salutations distinguées.

""" + CAND_SIG_FR + "\n"
add(msg(OTH, "own_candidature_talloires", "fr", "", "",
        CAND, "Candidature – assistante revenue & réservations",
        "2026-02-22 21:30 +0100",
        to=[("Pierre-Yves Anthonioz", "py.anthonioz@terrasses-talloires.example.fr")],
        text=_x15,
        att=[{"pdf": "CV_Solveig_Marchetti-Dube.pdf", "title": "Curriculum vitae", "lines": CV_LINES}],
        tid="tal-0"))

# ---------------------------------------------------------------- own mail: confirming an interview slot
_x19 = """Bonjour Madame Benali,

Je vous remercie pour votre message et vous confirme ma présence à l'entretien en visio du jeudi 6 août à 10h00 avec M. Ferrand.

Bien cordialement,
""" + CAND_SIG_FR + "\n"
_x19_q = """Bonjour Solveig,

Je vous propose un entretien en visio avec notre directeur général, M. Hugo Ferrand, et moi-même le jeudi 6 août à 10h00.
"""
add(msg(OTH, "own_confirmation_confluence", "fr", "", "",
        CAND, "RE: Entretien Revenue & Distribution Manager",
        "2026-08-04 07:58 +0200",
        to=[("Nadia Benali", "nadia.benali@confluencesuites.example.fr")],
        text=_x19 + "\n" + wrote("fr", "lun. 3 août 2026 à 09:10", "Nadia Benali",
                                 "nadia.benali@confluencesuites.example.fr") + "\n" + quote(_x19_q),
        tid="cf-2", re="cf-1"))

# ---------------------------------------------------------------- cold approach, no event
_x20 = """Bonjour Solveig,

Je suis consultante au sein d'un cabinet spécialisé dans les fonctions commerciales de l'hôtellerie en Auvergne-Rhône-Alpes. Votre profil, entre exploitation de nuit et analyse des performances, correspond à ce que recherchent plusieurs de nos clients.

Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais si vous le souhaitez, vous pouvez m'envoyer votre CV à jour : je le garderai en tête pour les missions de la rentrée.

Bonne fin de semaine,
Sandrine Ollier
Consultante – Ollier Conseil Hôtellerie
"""
add(msg(OTH, "approche_cabinet_sans_poste", "fr", "", "s.ollier@ollier-conseil.example.fr",
        ("Sandrine Ollier", "s.ollier@ollier-conseil.example.fr"),
        "Votre profil",
        "2026-06-05 16:20 +0200",
        text=_x20, html=paras(_x20)))

# ---------------------------------------------------------------- bank: appointment, positions
_x22 = """Madame Marchetti-Dube,

Je vous confirme notre rendez-vous du mardi 10 février à 17h30 à l'agence d'Annecy Bonlieu, pour faire le point sur votre projet d'achat et votre capacité d'emprunt.

Merci d'apporter vos trois derniers bulletins de salaire, votre dernier avis d'imposition et un relevé de la position de votre plan d'épargne logement. Si votre situation professionnelle doit évoluer (changement de poste, période d'essai), signalez-le-moi, cela compte pour le dossier.

Cordialement,
Fabrice Mugnier
Conseiller clientèle - Banque Savoisienne
Agence Annecy Bonlieu - 1 rue Jean Jaurès, 74000 Annecy
"""
add(msg(OTH, "banque_rdv_conseiller", "fr", "", "fabrice.mugnier@banque-savoisienne.example.fr",
        ("Fabrice Mugnier", "fabrice.mugnier@banque-savoisienne.example.fr"),
        "Confirmation de votre rendez-vous du 10 février",
        "2026-02-04 09:12 +0100",
        text=_x22, cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "Q")))

# ---------------------------------------------------------------- landlord: rental file not retained
_x23 = """Bonjour Madame,

Nous vous remercions pour votre dossier concernant le T2 de la rue Sommeiller (réf. ANN-2214).

Le propriétaire a fait son choix parmi les candidatures reçues et, malheureusement, votre dossier n'a pas été retenu. Nous conservons vos coordonnées et vous proposerons d'autres biens correspondant à vos critères.

Cordialement,
Clémence Jacquier
Gestion locative – Agence du Lac Immobilier
Tél. 04 50 45 62 18
"""
add(msg(OTH, "agence_location_dossier_refuse", "fr", "", "c.jacquier@agencedulac.example.fr",
        ("Clémence Jacquier – Agence du Lac", "c.jacquier@agencedulac.example.fr"),
        "Votre candidature pour le T2 rue Sommeiller",
        "2026-05-20 11:18 +0200",
        text=_x23))

# ---------------------------------------------------------------- school: parent-teacher interview
_x24 = """Madame Marchetti-Dube,

Dans le cadre du suivi de fin de trimestre, je vous propose un entretien individuel au sujet de Léo le lundi 30 mars à 16h45, en classe de CE2.

Si ce créneau ne vous convient pas, merci de me l'indiquer dans le cahier de liaison ou par retour de mail.

Cordialement,
Mme Bérangère Tissot
Enseignante CE2 – École élémentaire des Romains, Annecy
"""
add(msg(OTH, "ecole_entretien_parent", "fr", "", "b.tissot@ecole-romains.example.fr",
        ("Bérangère Tissot", "b.tissot@ecole-romains.example.fr"),
        "Entretien individuel – Léo (CE2)",
        "2026-03-23 20:02 +0100",
        text=_x24, name_ew=("utf-8", "Q")))

# ---------------------------------------------------------------- doctor: appointment cancelled
_x25_html = ats_card("SantéRDV", "#2563eb", paras("""Bonjour Solveig,

Votre rendez-vous du vendredi 3 juillet à 9h20 avec le Dr Antoine Perrier (médecine générale) a été annulé par le cabinet.

Motif : absence imprévue du praticien.

Vous pouvez reprendre un rendez-vous en ligne à tout moment.""") + button(
    "Reprendre rendez-vous", "https://www.santerdv.example.fr/dr-antoine-perrier-annecy", "#2563eb"),
    "SantéRDV ne transmet jamais d'informations médicales par e-mail. Merci de ne pas répondre.")
add(msg(OTH, "medecin_rdv_annule", "fr", "", "",
        ("SantéRDV", "no-reply@santerdv.example.fr"),
        "Annulation de votre rendez-vous avec le Dr Perrier",
        "2026-07-02 07:31 +0200",
        html=_x25_html, name_ew=("utf-8", "B"), hdrs=[("Auto-Submitted", "auto-generated")]))

# ---------------------------------------------------------------- out-of-office (fr)
_x27 = """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez joindre ma collègue Inès Royer (ines.royer@bellecour-hospitality.example.fr).

Votre message ne sera pas transféré.

Anne-Laure Besson
Directrice revenue – Maison Bellecour Hospitality
"""
add(msg(OTH, "absence_bellecour_auto", "fr", "", "al.besson@bellecour-hospitality.example.fr",
        ("Anne-Laure Besson", "al.besson@bellecour-hospitality.example.fr"),
        "Réponse automatique : Question sur la proposition",
        "2026-08-07 14:22 +0200",
        text=_x27, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

# ---------------------------------------------------------------- master admission refusal
_x29 = """Madame,

La commission pédagogique du Master Management de l'hôtellerie et du tourisme (parcours revenue management, formation continue) s'est réunie le 2 juin 2026.

Après examen de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée de septembre 2026, le nombre de places étant limité à 24.

Vous pouvez candidater à nouveau lors de la prochaine campagne d'admission, qui ouvrira en février 2027.

Le service de scolarité
IAE Savoie Léman – Annecy-le-Vieux
"""
add(msg(OTH, "iae_master_refus", "fr", "", "",
        ("Scolarité IAE Savoie Léman", "scolarite-noreply@iae-savoieleman.example.fr"),
        "Décision de la commission d'admission – Master MHT",
        "2026-06-05 15:00 +0200",
        text=_x29, cte="base64"))

# ---------------------------------------------------------------- interim agency newsletter
_x32_items = [
    ("Réceptionniste de nuit – Annecy centre", "https://www.hi-rhonealpes.example.fr/offres/4411",
     "Mission 3 mois, démarrage immédiat"),
    ("Assistant(e) revenue – Lyon 3e", "https://www.hi-rhonealpes.example.fr/offres/4418",
     "Intérim longue durée, possibilité d'embauche"),
    ("Gouvernant(e) – Megève", "https://www.hi-rhonealpes.example.fr/offres/4420",
     "Saison d'hiver, logé"),
    ("Chef de réception – Évian", "https://www.hi-rhonealpes.example.fr/offres/4425",
     "CDD 6 mois, entretien avec le client sous 48 h"),
]
add(msg(OTH, "interim_newsletter_offres", "fr", "", "",
        ("Hôtellerie Intérim Rhône-Alpes", "newsletter@hi-rhonealpes.example.fr"),
        "Nos offres de la semaine – hôtellerie & tourisme",
        "2026-09-07 08:00 +0200",
        html=newsletter_html(
            "Les missions de la semaine",
            "Bonjour,\n\nVoici une sélection de missions ouvertes dans nos agences. Un entretien rapide avec votre consultant suffit pour être positionné.",
            _x32_items,
            "Hôtellerie Intérim Rhône-Alpes · "
            "<a href=\"https://www.hi-rhonealpes.example.fr/newsletter/stop\">Se désinscrire</a>",
            "#9333ea"),
        hdrs=listhdrs("Offres HI Rhone-Alpes <offres.hi-rhonealpes.example.fr>",
                      "https://www.hi-rhonealpes.example.fr/newsletter/stop",
                      "stop@hi-rhonealpes.example.fr")))

# ---------------------------------------------------------------- webinar
_x35 = """Webinaire gratuit – jeudi 12 novembre, 12h30

« Réussir son entretien en anglais dans l'hôtellerie internationale »

Avec Kate Morrison, formatrice et ancienne recruteuse pour un groupe hôtelier londonien :
- les questions comportementales qui reviennent à chaque entretien ;
- parler chiffres (RevPAR, GOP) en anglais sans hésiter ;
- que répondre quand on vous demande pourquoi vous avez été refusée ailleurs.

Inscription : https://formations-langues.example.fr/webinaire/entretien-anglais

Vous recevez ce message car vous avez suivi l'une de nos formations.
Désinscription : https://formations-langues.example.fr/stop
"""
add(msg(OTH, "webinaire_entretien_anglais", "fr", "", "",
        ("Formations Langues Pro", "webinaires@formations-langues.example.fr"),
        "Webinaire : réussir son entretien en anglais",
        "2026-10-22 11:00 +0200",
        text=_x35, cs="windows-1252", cte="quoted-printable",
        hdrs=listhdrs("<webinaires.formations-langues.example.fr>",
                      "https://formations-langues.example.fr/stop",
                      "stop@formations-langues.example.fr")))

# ---------------------------------------------------------------- LinkedIn-style message notification
_x36_html = ats_card("ProLink", "#0a66c2", paras("""Vous avez un nouveau message

Thibault Ravanel vous a envoyé un message.

Pour le lire et y répondre, ouvrez votre messagerie ProLink.""") + button(
    "Voir le message", "https://www.prolink.example.com/messaging/thread/2-88341", "#0a66c2"),
    "Cet e-mail était destiné à Solveig Marchetti-Dube. "
    "<a href=\"https://www.prolink.example.com/settings/notifications\">Préférences</a>")
add(msg(OTH, "prolink_nouveau_message", "fr", "", "",
        ("Thibault Ravanel via ProLink", "messages-noreply@prolink.example.com"),
        "Thibault vous a envoyé un message",
        "2026-05-28 19:47 +0000",
        html=_x36_html,
        hdrs=listhdrs("<messages.prolink.example.com>",
                      "https://www.prolink.example.com/settings/notifications",
                      "unsubscribe@prolink.example.com")))

# ---------------------------------------------------------------- sister forwards a job ad (message/rfc822)
_x38_inner = msg(OTH, "inner_jobboard_ad", "fr", "", "",
                 ("Tourisme Emploi Savoie", "offres@tourisme-emploi.example.fr"),
                 "Offre : Revenue Manager – Aix-les-Bains",
                 "2026-04-29 07:15 +0200",
                 to=[("Jeanne Marchetti", "jeanne.marchetti@example.fr")],
                 text="""Nouvelle offre correspondant à votre recherche :

Revenue Manager (H/F) – Thermes & Hôtel du Revard, Aix-les-Bains
CDI, poste basé à Aix-les-Bains, déplacements ponctuels à Chambéry.
Missions : stratégie tarifaire, suivi du pick-up, animation des comités revenue.

Voir l'offre : https://tourisme-emploi.example.fr/offre/27731
""")
_x38 = """Coucou,

Je suis tombée sur ça dans mes alertes (je cherchais pour moi, mais c'est plutôt ton rayon). Ça ne coûte rien d'y jeter un œil !

Jeanne
"""
add(msg(OTH, "soeur_transfere_offre", "fr", "", "jeanne.marchetti@example.fr",
        ("Jeanne Marchetti", "jeanne.marchetti@example.fr"),
        "Tr: Offre : Revenue Manager – Aix-les-Bains",
        "2026-04-29 21:03 +0200",
        text=_x38, att=[{"eml": _x38_inner}]))

# ---------------------------------------------------------------- employment agency follow-up meeting
_x39 = """Madame Marchetti-Dube,

Dans le cadre de votre accompagnement personnalisé, vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Nathalie Coppier :

Le mardi 14 avril 2026 à 9h15
Parcours Emploi 74 – Agence d'Annecy, 3 avenue du Rhône

Cet entretien est l'occasion de faire le point sur vos démarches et votre projet de reconversion. En cas d'empêchement, prévenez-nous au moins 48 heures à l'avance depuis votre espace personnel.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
add(msg(OTH, "parcours_emploi_suivi", "fr", "", "",
        ("Parcours Emploi 74", "ne-pas-repondre@parcours-emploi74.example.fr"),
        "Convocation à un entretien de suivi",
        "2026-04-03 10:30 +0200",
        text=_x39, html=paras(_x39)))

# ---------------------------------------------------------------- holiday booking refused by host
_x41 = """Bonjour Solveig,

Malheureusement, votre demande de réservation pour « Chalet les Lupins – 4 pers. » du 26 au 29 décembre a été refusée par l'hôte. Aucun montant n'a été débité.

Nous avons trouvé d'autres logements disponibles à Saint-Gervais pour ces dates :
https://www.sejourloc.example.fr/recherche?lieu=saint-gervais&du=2026-12-26&au=2026-12-29

L'équipe SéjourLoc
"""
add(msg(OTH, "sejourloc_demande_refusee", "fr", "", "",
        ("SéjourLoc", "no-reply@sejourloc.example.fr"),
        "Votre demande de réservation a été refusée",
        "2026-09-30 22:10 +0200",
        text=_x41, html=ats_card("SéjourLoc", "#e11d48", paras(_x41)),
        name_ew=("iso-8859-1", "Q"), subj_ew=("iso-8859-1", "B")))

# ---------------------------------------------------------------- own mail: agency, with CV
_x43 = """Bonjour Julien,

Je vous confirme mon intérêt pour le poste aux Marquisats dont vous m'avez parlé. Vous pouvez transmettre mon CV mis à jour (ci-joint).

Bonne journée,
Solveig
"""
add(msg(OTH, "own_savoietalents_cv", "fr", "", "",
        CAND, "Poste aux Marquisats",
        "2026-08-27 09:14 +0200",
        to=[("Julien Mercier", "julien.mercier@savoietalents.example.fr")],
        text=_x43,
        att=[{"pdf": "CV_Marchetti-Dube_2026.pdf", "title": "Curriculum vitae", "lines": CV_LINES}],
        tid="sav-5", re="sav-4"))

# ---------------------------------------------------------------- tax office appointment
_x44 = """Madame,

Votre rendez-vous téléphonique avec le service des impôts des particuliers d'Annecy est confirmé :

Date : mercredi 13 mai 2026 à 14h00
Objet : modification du taux de prélèvement à la source suite à changement de situation professionnelle

Un agent vous appellera au numéro indiqué lors de la prise de rendez-vous.

La Direction départementale des finances publiques
"""
add(msg(OTH, "impots_rdv_telephonique", "fr", "", "",
        ("Finances publiques – Annecy", "no-reply@impots-rdv.example.fr"),
        "Confirmation de votre rendez-vous",
        "2026-05-06 08:00 +0200",
        text=_x44, name_ew=("utf-8", "Q")))

# ---------------------------------------------------------------- town hall job fair newsletter
_x50_items = [
    ("Forum de l'emploi saisonnier – samedi 17 octobre", "https://www.annecy-agglo.example.fr/forum-saisonnier",
     "Plus de 60 employeurs des stations et de l'hôtellerie, entretiens sur place, apportez vos CV"),
    ("Atelier CV et lettre de motivation", "https://www.annecy-agglo.example.fr/ateliers-cv",
     "Mardi 13 octobre, Maison de l'emploi, sur inscription"),
    ("Travaux rue Carnot", "https://www.annecy-agglo.example.fr/travaux",
     "Circulation alternée jusqu'au 30 octobre"),
]
add(msg(OTH, "agglo_forum_saisonnier", "fr", "", "",
        ("Annecy Agglo Infos", "infos@annecy-agglo.example.fr"),
        "La lettre d'octobre : forum de l'emploi saisonnier",
        "2026-10-01 17:00 +0200",
        html=newsletter_html("La lettre de l'Agglo – octobre",
                             "Bonjour,\n\nVoici l'actualité de votre agglomération ce mois-ci.",
                             _x50_items,
                             "<a href=\"https://www.annecy-agglo.example.fr/lettre/desinscription\">Se désinscrire</a>",
                             "#1d4ed8"),
        hdrs=listhdrs("<lettre.annecy-agglo.example.fr>",
                      "https://www.annecy-agglo.example.fr/lettre/desinscription",
                      "desinscription@annecy-agglo.example.fr")))

# ---------------------------------------------------------------- ex-colleague: reference
_x51 = """Salut Solveig !

Petite info : j'ai un entretien final vendredi chez un groupe de résidences à Megève pour un poste de chef de réception, et je t'ai mise en référence (j'espère que ça ne te dérange pas). Ils vont peut-être t'appeler la semaine prochaine pour savoir comment je bossais aux Cordeliers.

Merci mille fois, je te tiens au courant !

Yanis
"""
add(msg(OTH, "collegue_reference", "fr", "", "yanis.perillat@example.fr",
        ("Yanis Périllat", "yanis.perillat@example.fr"),
        "je t'ai mise en référence :)",
        "2026-09-02 23:18 +0200",
        text=_x51, name_ew=("utf-8", "B")))

# ======================================================================== English

# ---------------------------------------------------------------- job alert digest
_x3_items = [
    ("Revenue Analyst – Geneva", "https://www.careerpeak.example.com/job/55120",
     "Boutique hotel group · Full-time · English and French required"),
    ("Junior Revenue Manager – Turin", "https://www.careerpeak.example.com/job/55133",
     "Hotel chain · Hybrid · 'Interviews this month'"),
    ("Pricing Analyst – Barcelona", "https://www.careerpeak.example.com/job/55147",
     "Travel tech · Relocation support"),
    ("Distribution Executive – Munich", "https://www.careerpeak.example.com/job/55159",
     "Serviced apartments · German B2"),
]
add(msg(OTH, "careerpeak_jobs_digest", "en", "", "",
        ("CareerPeak Job Alerts", "jobalerts-noreply@careerpeak.example.com"),
        "Revenue Analyst and 3 more jobs you may be interested in",
        "2026-02-17 05:30 +0000",
        html=newsletter_html("Jobs for you, Solveig",
                             "Based on your saved search \"revenue\" in Geneva, Turin, Barcelona and Munich.",
                             _x3_items,
                             "<a href=\"https://www.careerpeak.example.com/alerts/unsubscribe?id=a81\">Unsubscribe</a> · CareerPeak, Dublin",
                             "#4f46e5"),
        hdrs=listhdrs("<jobalerts.careerpeak.example.com>",
                      "https://www.careerpeak.example.com/alerts/unsubscribe?id=a81",
                      "unsubscribe@careerpeak.example.com")))

# ---------------------------------------------------------------- LinkedIn-style profile views
_x4 = """Solveig, your profile is getting noticed

You appeared in 14 searches this week.
A recruiter at a hospitality staffing agency viewed your profile.
3 people in Revenue Management looked at your post "What night audit taught me about pricing".

See who's viewing: https://www.prolink.example.com/me/profile-views

You are receiving ProLink notification emails. Unsubscribe: https://www.prolink.example.com/settings/notifications
"""
add(msg(OTH, "prolink_profile_views", "en", "", "",
        ("ProLink", "notifications-noreply@prolink.example.com"),
        "You appeared in 14 searches this week",
        "2026-04-06 13:02 +0000",
        text=_x4, html=ats_card("ProLink", "#0a66c2", paras(_x4)),
        hdrs=listhdrs("<notifications.prolink.example.com>",
                      "https://www.prolink.example.com/settings/notifications",
                      "unsubscribe@prolink.example.com")))

# ---------------------------------------------------------------- career-advice article
_x6 = """HOSPITALITY CAREERS BRIEF

How to explain a move from night audit to revenue in an interview

Recruiters rarely reject night auditors because of their job title. They reject answers that stay vague. Here's how to frame your story:

- Lead with numbers you produced every night: occupancy, ADR, no-shows.
- Name the systems you know – PMS, channel manager, RMS – and what you did in them.
- Turn "I want to leave nights" into "I want to act on the data I already prepare".

Read the full article: https://hospitalitycareers.example.com/brief/night-audit-to-revenue

You're receiving this because you subscribed to the Hospitality Careers Brief.
Unsubscribe: https://hospitalitycareers.example.com/unsubscribe
"""
add(msg(OTH, "careers_brief_night_audit", "en", "", "",
        ("Hospitality Careers Brief", "brief@hospitalitycareers.example.com"),
        "How to explain a move from night audit to revenue in an interview",
        "2026-05-12 07:15 +0100",
        text=_x6, html=paras(_x6),
        hdrs=listhdrs("<brief.hospitalitycareers.example.com>",
                      "https://hospitalitycareers.example.com/unsubscribe",
                      "unsubscribe@hospitalitycareers.example.com")))

# ---------------------------------------------------------------- user-research interview invitation
_x9 = """Hi Solveig,

You booked a stay with StayNest recently, and we'd love to learn from you. We're running 30-minute user research interviews about how travellers compare prices between booking sites.

It's a relaxed video chat with one of our designers – no preparation needed, and you'll receive a €40 voucher as a thank-you.

Pick a time here: https://research.staynest.example.com/sessions/book?src=email

Thanks!
Lea Fontaine
UX Research, StayNest
"""
add(msg(OTH, "staynest_ux_research", "en", "", "lea.fontaine@staynest.example.com",
        ("Lea Fontaine", "lea.fontaine@staynest.example.com"),
        "Share your booking experience – 30-min research interview",
        "2026-10-06 10:30 +0100",
        text=_x9, html=paras(_x9)))

# ---------------------------------------------------------------- GPS / position update
_x11 = """Trailmate position update

Your tracker "Solveig – orange" reported a new position:
45.8992 N, 6.1294 E – near Annecy, Haute-Savoie
Time: 18 Jul 2026, 16:42 CEST
Battery: 23 %

The position was shared with your 2 emergency contacts.

View on map: https://app.trailmate.example.com/map/t/88a1

This is an automated notification. Please do not reply.
"""
add(msg(OTH, "trailmate_position", "en", "", "",
        ("Trailmate", "no-reply@trailmate.example.com"),
        "New position received from your tracker",
        "2026-07-18 14:43 +0000",
        text=_x11, hdrs=[("Auto-Submitted", "auto-generated")]))

# ---------------------------------------------------------------- friend's own rejection (en)
_x13 = """Hey Sol,

Quick vent: Castello Reale turned me down for the front office manager job. After three rounds! The email said they "went with a candidate with more luxury experience", which, fine, but I'd have liked a phone call.

Anyway, still on for your visit to Turin in October? I'll show you the good gelato.

x
Chiara
"""
add(msg(OTH, "friend_turin_rejected", "en", "", "chiara.morandi@example.it",
        ("Chiara Morandi", "chiara.morandi@example.it"),
        "ugh, rejected",
        "2026-08-20 22:45 +0200",
        text=_x13))

# ---------------------------------------------------------------- own mail: reschedule request (en)
_x16 = """Dear Giulia,

Thank you for the invitation. Would it be possible to move the call to the afternoon? I finish a night shift at 7:00 on Thursday and would rather not meet Davide half-asleep.

Best regards,
Solveig
"""
add(msg(OTH, "own_reschedule_request_aurora", "en", "", "",
        CAND, "Re: Interview invitation: Revenue Coordinator – Aurora Hotels",
        "2026-03-10 07:48 +0100",
        to=[("Giulia Ferraris", "giulia.ferraris@aurorahotels.example.it")],
        text=_x16, tid="aur-3", re="aur-2"))

# ---------------------------------------------------------------- cold approach (en)
_x21 = """Hi Solveig,

I recruit commercial and revenue talent for hotels across Northern Italy and Switzerland, and your profile stood out – night audit plus strong reporting is a combination clients like.

There's nothing specific on my desk for you right now, but I'd be glad to keep you on my radar. If you're happy for me to, just reply with your current CV and the cities you'd consider.

Best,
Marco Bellandi
Principal Consultant, Alpine Talent Partners
"""
add(msg(OTH, "cold_approach_alpine_talent", "en", "", "marco.bellandi@alpinetalent.example.ch",
        ("Marco Bellandi", "marco.bellandi@alpinetalent.example.ch"),
        "Keeping in touch",
        "2026-07-29 09:05 +0200",
        text=_x21))

# ---------------------------------------------------------------- out-of-office (en)
_x26 = """Thank you for your email.

I am out of the office until Monday 1 June with limited access to email. For anything related to interview scheduling or candidate questions, please contact talent@staynest.example.com.

Kind regards,
Ines Navarro
Pricing Lead, StayNest
"""
add(msg(OTH, "ooo_staynest_pricing_lead", "en", "", "ines.navarro@staynest.example.com",
        ("Ines Navarro", "ines.navarro@staynest.example.com"),
        "Automatic reply: Follow-up on our call",
        "2026-05-27 09:00 +0100",
        text=_x26, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

# ---------------------------------------------------------------- certificate cohort refusal (en)
_x30 = """Dear Solveig,

Thank you for applying to the Autumn 2026 cohort of the Professional Certificate in Hotel Revenue Management.

We received many more applications than places this term. We regret that we are unable to offer you a place in the cohort. Your application fee will be refunded within 10 working days.

You are welcome to apply for the Spring 2027 intake; your documents will remain on file for 12 months.

Admissions Office
Lakeside School of Hospitality (online programmes)
"""
add(msg(OTH, "certificate_cohort_refusal", "en", "", "",
        ("Lakeside School Admissions", "admissions-noreply@lakeside-hospitality.example.ch"),
        "Your application to the Professional Certificate in Hotel Revenue Management",
        "2026-08-14 16:00 +0200",
        text=_x30, html=ats_card("Lakeside School of Hospitality", "#7c2d12", paras(_x30))))

# ---------------------------------------------------------------- interview reviews digest (en)
_x37_items = [
    ("Aurora Hotels – Revenue Coordinator interview", "https://www.workview.example.com/interviews/aurora-hotels/1182",
     "\"Two rounds, a case on group pricing. They rejected me after the second round but were kind about it.\""),
    ("Northwind Resorts – Revenue Analyst interview", "https://www.workview.example.com/interviews/northwind/7701",
     "\"Phone screen, then a panel. Got an offer within a week.\""),
    ("StayNest – Pricing Operations interview", "https://www.workview.example.com/interviews/staynest/301",
     "\"Very structured. The recruiter rescheduled twice.\""),
]
add(msg(OTH, "workview_interview_reviews", "en", "", "",
        ("WorkView", "digest@workview.example.com"),
        "New interview reviews for companies you follow",
        "2026-06-22 18:00 +0000",
        html=newsletter_html("Interview insights", "Here's what candidates shared this week about companies you follow.",
                             _x37_items,
                             "<a href=\"https://www.workview.example.com/email/unsubscribe\">Unsubscribe</a>",
                             "#0d9488"),
        hdrs=listhdrs("<digest.workview.example.com>",
                      "https://www.workview.example.com/email/unsubscribe",
                      "unsubscribe@workview.example.com")))

# ---------------------------------------------------------------- brokerage position statement (en)
_x40 = """Dear Ms Marchetti-Dube,

Your quarterly statement is now available in your online account.

Summary of your positions as of 30 June 2026:
- Global Equity Index Fund: 42.18 units
- Euro Short-Term Bond Fund: 110.05 units
Total portfolio value: EUR 6,912.40

Log in to view your full position statement: https://secure.lemanbroker.example.ch/statements

Leman Broker – Client Services
This is an automated message.
"""
add(msg(OTH, "broker_position_statement", "en", "", "",
        ("Leman Broker", "statements@lemanbroker.example.ch"),
        "Your Q2 2026 position statement is ready",
        "2026-07-03 05:00 +0200",
        text=_x40, hdrs=[("Auto-Submitted", "auto-generated")]))

# ---------------------------------------------------------------- industry newsletter (en)
_x42_items = [
    ("Hiring freeze or hiring spree? Revenue teams in 2026", "https://hotelrevenueweekly.example.com/2026/09/hiring",
     "Groups are centralising pricing – and rejecting more local applicants."),
    ("Interview: the GM who scrapped BAR pricing", "https://hotelrevenueweekly.example.com/2026/09/interview-gm",
     "Our editor sits down with a Swiss general manager."),
    ("Open positions from our job board", "https://hotelrevenueweekly.example.com/jobs",
     "12 new roles in Europe this week."),
]
add(msg(OTH, "hotel_revenue_weekly", "en", "", "",
        ("Hotel Revenue Weekly", "editor@hotelrevenueweekly.example.com"),
        "This week: hiring freezes, an interview with a GM, and 12 open positions",
        "2026-09-21 06:00 +0000",
        html=newsletter_html("Hotel Revenue Weekly", "Good morning,\n\nThree stories worth your coffee this week.",
                             _x42_items,
                             "<a href=\"https://hotelrevenueweekly.example.com/unsubscribe\">Unsubscribe</a>",
                             "#b91c1c"),
        html_cte="quoted-printable",
        hdrs=listhdrs("Hotel Revenue Weekly <weekly.hotelrevenueweekly.example.com>",
                      "https://hotelrevenueweekly.example.com/unsubscribe",
                      "unsubscribe@hotelrevenueweekly.example.com")))

# ---------------------------------------------------------------- calendar reminder (en)
_x48 = """Reminder

Call with Ben & Ines (StayNest)
Tuesday 26 May 2026 16:00 – 16:30 (Central European Time - Paris)
Zoom link in description

You are receiving this email because you set a notification for this event in your calendar.
Forwarding this invitation could allow any recipient to send a response to the organiser.
"""
add(msg(OTH, "calendar_reminder_staynest", "en", "", "",
        ("Calendar", "calendar-notification@calendar.example.com"),
        "Notification: Call with Ben & Ines (StayNest) @ Tue 26 May 2026 16:00 - 16:30 (CEST)",
        "2026-05-26 15:50 +0200",
        text=_x48, hdrs=[("Auto-Submitted", "auto-generated")]))

# ---------------------------------------------------------------- conference talk not accepted (en)
_x52 = """Dear Solveig,

Thank you for submitting your talk proposal "Night audit data as an early-warning system" to the Alpine Hospitality Revenue Summit 2026.

The programme committee received 140 proposals for 18 slots. We are sorry to let you know that your proposal was not accepted this year. We hope to see you in Lausanne as an attendee – use code SPEAKER26 for 30% off.

Programme Committee
Alpine Hospitality Revenue Summit
"""
add(msg(OTH, "summit_talk_not_accepted", "en", "", "",
        ("AHRS Programme Committee", "noreply@ahrs-summit.example.ch"),
        "Your AHRS 2026 talk proposal",
        "2026-06-30 17:30 +0200",
        text=_x52, cte="quoted-printable"))

# ======================================================================== German

# ---------------------------------------------------------------- own mail: thank-you to Isar
_x17a = """Sehr geehrte Frau Obermaier,

vielen Dank für das angenehme Vorstellungsgespräch am Dienstag. Die Einblicke in Ihre Preisstrategie für die Wiesn-Wochen fand ich besonders spannend. Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
Solveig Marchetti-Dube
"""
add(msg(OTH, "own_dank_isar", "de", "", "",
        CAND, "Dank für das Gespräch - Junior Revenue Manager",
        "2026-04-24 19:02 +0200",
        to=[("Katrin Obermaier", "k.obermaier@isarresidenz.example.de")],
        text=_x17a, tid="isar-4", re="isar-3"))

# ---------------------------------------------------------------- own mail: application (de)
_x17b = """Sehr geehrter Herr Brandl,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Stelle als Revenue Manager (m/w/d).

Seit fünf Jahren arbeite ich als Night Auditor in einem Vier-Sterne-Hotel in Annecy und verantworte dort den Tagesabschluss, die Ratenkontrolle und das Reporting an die Direktion. Nun möchte ich den Schritt ins Revenue Management gehen – gern in München, wo ich bereits ein Praktikum absolviert habe.

Über die Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Solveig Marchetti-Dube
+33 6 41 27 90 58
"""
add(msg(OTH, "own_bewerbung_wendelstein", "de", "", "",
        CAND, "Bewerbung als Revenue Manager (m/w/d)",
        "2026-06-10 08:12 +0200",
        to=[("Michael Brandl", "m.brandl@wendelstein-hotels.example.de")],
        text=_x17b,
        att=[{"pdf": "Lebenslauf_Marchetti-Dube.pdf", "title": "Lebenslauf",
              "lines": ["Solveig Marchetti-Dube", "Night Auditor, Annecy (2021-2026)",
                        "Rezeptionistin (2018-2021)", "Sprachen: Französisch, Englisch, Deutsch (B2)"]}],
        subj_ew=("utf-8", "Q"), tid="wen-1"))

# ---------------------------------------------------------------- out-of-office (de)
_x28 = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. August im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 89 5587 2200.

Ihre E-Mail wird nicht weitergeleitet.

Markus Lechner
Alpin Personal
"""
add(msg(OTH, "abwesenheit_alpinpersonal", "de", "", "m.lechner@alpinpersonal.example.de",
        ("Markus Lechner", "m.lechner@alpinpersonal.example.de"),
        "Abwesenheitsnotiz: Unterlagen",
        "2026-08-03 09:41 +0200",
        text=_x28, cs="iso-8859-1", cte="quoted-printable", subj_ew=("iso-8859-1", "Q"),
        hdrs=[("Auto-Submitted", "auto-replied")]))

# ---------------------------------------------------------------- job alert (de)
_x33_items = [
    ("Revenue Manager (m/w/d) – München", "https://www.jobhafen.example.de/stelle/771204",
     "Hotelgruppe · Vollzeit · Vorstellungsgespräche ab KW 38"),
    ("Junior Revenue Analyst (m/w/d) – München-Schwabing", "https://www.jobhafen.example.de/stelle/771233",
     "Serviced Apartments · Hybrid"),
    ("Reservierungsleitung (m/w/d) – Garmisch-Partenkirchen", "https://www.jobhafen.example.de/stelle/771250",
     "Resort · Personalzimmer möglich"),
]
add(msg(OTH, "jobhafen_jobalarm", "de", "", "",
        ("JobHafen Jobalarm", "jobalarm@jobhafen.example.de"),
        "3 neue Jobs für „Revenue Manager“ in München",
        "2026-09-08 06:15 +0200",
        html=newsletter_html("Ihr Jobalarm", "Guten Morgen,\n\nfür Ihre Suche „Revenue Manager, München + 50 km“ gibt es neue Stellenangebote.",
                             _x33_items,
                             "<a href=\"https://www.jobhafen.example.de/jobalarm/abmelden\">Jobalarm abbestellen</a>",
                             "#ca8a04"),
        hdrs=listhdrs("<jobalarm.jobhafen.example.de>",
                      "https://www.jobhafen.example.de/jobalarm/abmelden",
                      "abmelden@jobhafen.example.de")))

# ======================================================================== Spanish

# ---------------------------------------------------------------- own mail: thank-you (es)
_x18 = """Hola Marta:

Muchas gracias a Pau y a ti por la entrevista del jueves. Me encantó conocer el proyecto de los dos hoteles de la Barceloneta.

Un saludo,
Solveig
"""
add(msg(OTH, "own_gracias_brisa", "es", "", "",
        CAND, "Gracias por la entrevista",
        "2026-07-01 20:05 +0200",
        to=[("Marta Soler", "marta.soler@brisamed.example.es")],
        text=_x18, tid="br-4", re="br-3"))

# ---------------------------------------------------------------- master admission refusal (es)
_x31 = """Estimada Solveig Marchetti-Dube:

Le comunicamos que la comisión académica del Máster en Dirección Hotelera y Revenue Management (modalidad online) ha resuelto el proceso de admisión para el curso 2026-2027.

Lamentamos informarle de que no ha sido admitida en esta convocatoria, al haberse cubierto todas las plazas disponibles. Puede consultar la lista de espera en el portal del estudiante.

Atentamente,
Secretaría de Posgrado
Escuela Universitaria de Turismo Costa Daurada
"""
add(msg(OTH, "master_admision_denegada", "es", "", "",
        ("Secretaría de Posgrado", "posgrado-noreply@eut-costadaurada.example.es"),
        "Resolución de admisión – Máster en Dirección Hotelera",
        "2026-07-08 13:00 +0200",
        text=_x31, cs="iso-8859-1", cte="quoted-printable", name_ew=("iso-8859-1", "Q")))

# ---------------------------------------------------------------- job alert (es)
_x34_items = [
    ("Revenue Manager – Barcelona (Eixample)", "https://www.empleoturismo.example.es/oferta/30118",
     "Cadena hotelera urbana · Indefinido · Entrevistas en septiembre"),
    ("Analista de Pricing – Barcelona", "https://www.empleoturismo.example.es/oferta/30122",
     "Agencia de viajes online · Híbrido"),
    ("Recepcionista de noche – Sitges", "https://www.empleoturismo.example.es/oferta/30140",
     "Hotel 4★ · Temporada"),
]
add(msg(OTH, "empleoturismo_alerta", "es", "", "",
        ("EmpleoTurismo", "alertas@empleoturismo.example.es"),
        "Nuevas ofertas: Revenue Manager en Barcelona",
        "2026-08-31 07:00 +0200",
        html=newsletter_html("Tus alertas de empleo", "Hola Solveig,\n\nestas son las nuevas ofertas que encajan con tu búsqueda.",
                             _x34_items,
                             "<a href=\"https://www.empleoturismo.example.es/alertas/baja\">Darse de baja</a>",
                             "#f97316"),
        hdrs=listhdrs("<alertas.empleoturismo.example.es>",
                      "https://www.empleoturismo.example.es/alertas/baja",
                      "baja@empleoturismo.example.es")))

# ---------------------------------------------------------------- career advice newsletter (es)
_x45 = """CONSEJOS PARA TU CARRERA – Septiembre

¿Te han rechazado después de una entrevista? Tres cosas que sí puedes hacer
1. Pide feedback concreto, con educación y sin discutir la decisión.
2. Anota las preguntas que te costaron y prepáralas para la próxima vez.
3. Mantén el contacto: muchas ofertas se cubren con candidatos que quedaron segundos.

Leer más: https://revista-talento.example.es/septiembre/rechazo-entrevista

Recibes este boletín porque te suscribiste en revista-talento.example.es.
Darse de baja: https://revista-talento.example.es/baja
"""
add(msg(OTH, "revista_talento_consejos", "es", "", "",
        ("Revista Talento", "boletin@revista-talento.example.es"),
        "¿Te han rechazado tras una entrevista? Esto es lo que puedes hacer",
        "2026-09-15 08:30 +0200",
        text=_x45, html=paras(_x45), subj_ew=("utf-8", "B"),
        hdrs=listhdrs("<boletin.revista-talento.example.es>",
                      "https://revista-talento.example.es/baja",
                      "baja@revista-talento.example.es")))

# ---------------------------------------------------------------- parcel delayed (es)
_x46 = """Hola Solveig,

Lamentablemente, tu paquete con número de seguimiento ES4471920036 sufre un retraso por una incidencia en el centro logístico de Zaragoza.

Nueva fecha estimada de entrega: 14 de octubre.
Dirección: Carrer de Sardenya 212, 08013 Barcelona (alojamiento temporal)

Sigue tu envío: https://seguimiento.paqueteria-express.example.es/ES4471920036

Paquetería Express
Este correo se ha enviado automáticamente; por favor, no respondas.
"""
add(msg(OTH, "paquete_retrasado", "es", "", "",
        ("Paquetería Express", "no-responder@paqueteria-express.example.es"),
        "Tu paquete está retrasado",
        "2026-10-10 09:20 +0200",
        text=_x46, name_ew=("utf-8", "Q")))

# ---------------------------------------------------------------- flat viewing appointment (es)
_x47 = """Hola Solveig:

Te confirmo la cita para visitar el piso de la calle Verdi, en Gràcia, el sábado 18 de julio a las 11:00. Te esperaré en el portal.

Recuerda traer una copia de tu contrato de trabajo o, si todavía no lo tienes, la carta de oferta de tu nueva empresa: el propietario la pide para valorar la solicitud.

Saludos,
Jordi Vilaró
Agente inmobiliario – Finques Gràcia Nord
"""
add(msg(OTH, "piso_cita_visita", "es", "", "jordi.vilaro@finquesgracia.example.es",
        ("Jordi Vilaró", "jordi.vilaro@finquesgracia.example.es"),
        "Cita para visitar el piso – sábado 18",
        "2026-07-14 12:40 +0200",
        text=_x47, cs="windows-1252", cte="quoted-printable", name_ew=("windows-1252", "Q")))
