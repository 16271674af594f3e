"""Corpus 227: other, one hand-written spec per message."""

from __future__ import annotations

import msgs227_common as C

ME = C.CANDIDATE

MESSAGES: list[dict] = []

# ================================================================ the candidate's own mail

MESSAGES.append({
    "slug": "own_apology_montbrillant", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Valérie Houriet", "v.houriet@montbrillant.example.ch")],
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "Appel manqué du 27 janvier - mes excuses",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-01-27 12:05 +0100",
    "irt": "montbrillant_missed_calls",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Madame Houriet,

Je suis vraiment désolé d'avoir manqué votre appel de ce matin pour l'entretien
téléphonique. Mon natel était resté au vestiaire de l'atelier.

Serait-il possible de reprogrammer l'entretien cette semaine ? Je suis disponible
jeudi ou vendredi dès 16h30.

Avec mes excuses renouvelées,
Clément Oduya-Hartmann

""" + C.reply("fr", "2026-01-27 10:26", "Valérie Houriet", "v.houriet@montbrillant.example.ch",
              """Bonjour Monsieur Oduya-Hartmann,

J'ai essayé de vous appeler à deux reprises à 10h00, puis à 10h10, au
079 412 58 63, comme convenu pour notre entretien téléphonique, mais je suis
tombée sur votre répondeur."""),
})

MESSAGES.append({
    "slug": "own_confirms_jura", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Mathieu Bourquin", "m.bourquin@jura-placement.example.ch")],
    "subject": "Re: Entretien chez Cadrans Favre-Jaquet – c'est calé !",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-02-03 19:15 +0100",
    "irt": "jura_placement_client_interview",
    "body": """Salut Mathieu,

Super nouvelle, merci ! Je confirme le mardi 10 février à 9h00 chez
Cadrans Favre-Jaquet. Je t'appelle après l'entretien.

Clément

""" + C.reply("fr", "2026-02-03 16:40", "Mathieu Bourquin | Jura Placement",
              "m.bourquin@jura-placement.example.ch",
              """Salut Clément,

Bonne nouvelle : Cadrans Favre-Jaquet aimerait te rencontrer pour le poste de
contrôleur qualité cadrans dont je t'ai parlé au téléphone.

Rendez-vous le mardi 10 février à 9h00 chez eux, Rue de la Serre 62."""),
})

MESSAGES.append({
    "slug": "own_application_sandoz", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Aiguilles Sandoz-Perret", "secretariat@sandoz-perret.example.ch")],
    "subject": "Candidature spontanée - contrôle qualité",
    "date": "2026-03-02 20:15 +0100",
    "body": """Madame, Monsieur,

Apprenti horloger en dernière année, je souhaite évoluer vers le contrôle
qualité. Je me permets de vous adresser ma candidature spontanée pour un
poste de contrôleur dans votre fabrique d'aiguilles.

Durant mon apprentissage, j'ai appris à travailler à la brucelle et à la loupe
sur des pièces de quelques dixièmes de millimètre, et j'ai suivi en 2025 un
stage de deux semaines au contrôle final d'une manufacture du Locle.

Vous trouverez mon CV en pièce jointe. Je me tiens volontiers à votre
disposition pour un entretien.

Meilleures salutations
""" + C.me("fr"),
    "attach": [{"type": "pdf", "filename": "CV_Clement_Oduya-Hartmann.pdf",
                "title": "Clément Oduya-Hartmann - Curriculum vitae",
                "lines": ["Apprenti horloger praticien CFC (2023-2026)",
                          "La Chaux-de-Fonds - +41 79 412 58 63",
                          "Stage contrôle final, Le Locle (2025)",
                          "Langues : français, allemand (B2), anglais (B2), espagnol (B1)"]}],
})

MESSAGES.append({
    "slug": "own_reschedule_delacombe", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Léa Chevalley", "lea.chevalley@delacombe.example.ch")],
    "subject": "Entretien du 11 mars – demande de changement",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-03-05 19:40 +0100",
    "irt": "delacombe_workday_schedule",
    "body": """Madame,

J'ai réservé le créneau du mercredi 11 mars à 14h pour l'entretien, mais je viens
d'apprendre que j'ai un examen à l'école professionnelle ce jour-là. Serait-il
possible de choisir une autre date ?

Meilleures salutations,
Clément Oduya-Hartmann
""",
})

MESSAGES.append({
    "slug": "own_thanks_vauclair", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Isabelle Jeanrenaud", "i.jeanrenaud@vauclair.example.ch")],
    "cc": [("Olivier Matthey", "o.matthey@vauclair.example.ch")],
    "subject": "Merci pour l'entretien de cet après-midi",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-03-10 18:22 +0100",
    "irt": "vauclair_moved_seq1",
    "body": """Madame Jeanrenaud, Monsieur Matthey,

Je vous remercie pour l'entretien de cet après-midi et pour la visite de l'atelier T0. L'exercice de contrôle visuel m'a beaucoup plu, et j'ai apprécié la franchise avec laquelle vous m'avez parlé des exigences du poste.

Je suis d'autant plus motivé à rejoindre votre équipe qualité et reste à votre disposition pour tout complément d'information.

Meilleures salutations
""" + C.me("fr"),
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "own_application_pourtales", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("RH Pourtalès", "rh@pourtales.example.ch")],
    "subject": "Candidature Inspecteur qualité – C. Oduya-Hartmann",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-03-12 21:30 +0100",
    "body": """Madame, Monsieur,

Je vous adresse ma candidature pour le poste d'inspecteur qualité publié sur
votre site. Je termine cet été mon apprentissage d'horloger praticien et je
souhaite me spécialiser dans le contrôle qualité.

Je me tiens à votre disposition pour un entretien.

Meilleures salutations
Clément Oduya-Hartmann
""",
})

MESSAGES.append({
    "slug": "own_thanks_orthalys", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Céline Vuille", "c.vuille@orthalys.example.ch")],
    "subject": "Merci pour l'entretien",
    "date": "2026-06-22 19:02 +0200",
    "irt": "orthalys_reinvite",
    "body": """Bonjour Céline,

Merci encore pour l'entretien de cet après-midi et pour la visite de la salle
blanche. J'ai beaucoup apprécié de pouvoir mesurer quelques pièces au projecteur de profil.

Le poste correspond exactement à ce que je cherche et je me réjouis d'avoir
de vos nouvelles.

Meilleures salutations,
Clément
""",
})

MESSAGES.append({
    "slug": "own_forward_ad_friend", "kind": "other", "lang": "fr", "contact": "",
    "frm": ME, "to": [("Noémie Wüthrich", "noemie.wuthrich@example.ch")],
    "subject": "Tr: Offre d'emploi – Opératrice/opérateur contrôle visuel (Bienne)",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-04-03 12:48 +0200",
    "body": """Salut Noémie,

Je suis tombé sur cette annonce, ça m'a fait penser à toi vu que tu cherches à Bienne. Moi je ne postule pas, c'est du temporaire et je veux un fixe. Entretien d'embauche rapide apparemment, ils engagent tout de suite.

Bises,
Clément

""" + C.forwarded("fr", "2026-04-03 08:10", "Alertes EmploiArc <alertes@emploiarc.example.ch>",
                  "clement.oh@example.ch",
                  "Offre d'emploi – Opératrice/opérateur contrôle visuel (Bienne)",
                  """Opératrice/opérateur contrôle visuel à 100 % – mission temporaire 6 mois
Entreprise : fabricant de composants horlogers, Bienne
Entrée : de suite

Votre mission : contrôle visuel des pièces sous binoculaire, tri et saisie
des défauts dans l'ERP.

Postuler : https://emploiarc.example.ch/offres/48812"""),
})

# ================================================================ newsletters, alerts, notifications (French)

EMPLOIARC_ITEMS = [
    ("Contrôleur qualité horlogerie (H/F) – Le Locle",
     "Manufacture de renom. Entretiens dès la semaine prochaine. CDI, 100 %.",
     "https://emploiarc.example.ch/offres/48901"),
    ("Inspecteur/trice qualité composants – Neuchâtel",
     "Fournisseur de l'industrie horlogère. Candidature en ligne uniquement.",
     "https://emploiarc.example.ch/offres/48915"),
    ("Opérateur/trice de contrôle dimensionnel – Bienne",
     "Mission temporaire, possibilité d'engagement fixe.",
     "https://emploiarc.example.ch/offres/48920"),
    ("Technicien/ne qualité dispositifs médicaux – Yverdon",
     "Medtech en croissance. Expérience ISO 13485 souhaitée.",
     "https://emploiarc.example.ch/offres/48933"),
    ("Contrôleur/euse entrée marchandises – Saint-Imier",
     "Horaire d'équipe. Refus motivés envoyés à chaque candidat.",
     "https://emploiarc.example.ch/offres/48941"),
]

MESSAGES.append({
    "slug": "emploiarc_alert_digest", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("EmploiArc Alertes", "alertes@emploiarc.example.ch"),
    "subject": "5 nouvelles offres pour « contrôleur qualité » dans l'Arc jurassien",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-04-06 06:00 +0200",
    "headers": [("List-Id", "Alertes emploi EmploiArc <alertes.emploiarc.example.ch>"),
                ("List-Unsubscribe", "<https://emploiarc.example.ch/alertes/desabonner?u=7731>, <mailto:unsubscribe@emploiarc.example.ch>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk")],
    "body": C.digest_text("Vos nouvelles offres d'emploi",
                          "Bonjour Clément,\n\nVoici les offres publiées ces derniers jours qui correspondent à votre alerte « contrôleur qualité – rayon 50 km autour de La Chaux-de-Fonds ».",
                          EMPLOIARC_ITEMS,
                          "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiArc. Se désabonner : https://emploiarc.example.ch/alertes/desabonner?u=7731"),
    "html": C.digest_html("Vos nouvelles offres d'emploi",
                          "Bonjour Clément,\n\nVoici les offres publiées ces derniers jours qui correspondent à votre alerte « contrôleur qualité – rayon 50 km autour de La Chaux-de-Fonds ».",
                          EMPLOIARC_ITEMS,
                          "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiArc. Se désabonner en un clic.",
                          "#c0392b", "fr"),
    "cte": "quoted-printable",
})

MESSAGES.append({
    "slug": "newsletter_rebondir_refus", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("Carrières Horlogères – la lettre", "lettre@carrieres-horlogeres.example.ch"),
    "subject": "Refus après entretien : comment rebondir ? | La lettre de mai",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-05-05 07:30 +0200",
    "headers": [("List-Id", "La lettre Carrieres Horlogeres <lettre.carrieres-horlogeres.example.ch>"),
                ("List-Unsubscribe", "<https://carrieres-horlogeres.example.ch/lettre/stop?id=c0d3>"),
                ("Precedence", "list")],
    "html": C.digest_html("La lettre Carrières Horlogères – mai 2026", """Chère lectrice, cher lecteur,

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu cette phrase ? Ce mois-ci, nous donnons la parole à trois responsables RH de l'industrie horlogère sur ce qui se passe vraiment après un entretien, et sur la manière de transformer un refus en tremplin.

Au sommaire également : les salaires des contrôleurs qualité en 2026 et notre agenda des journées portes ouvertes.""", [
        ("Refus après entretien : demander un retour, oui, mais comment ?",
         "Trois RH expliquent ce qu'elles peuvent (et ne peuvent pas) vous dire.",
         "https://carrieres-horlogeres.example.ch/articles/refus-rebondir"),
        ("Contrôleur qualité : les salaires 2026 dans l'Arc jurassien",
         "Notre enquête auprès de 40 entreprises.",
         "https://carrieres-horlogeres.example.ch/articles/salaires-controle-2026"),
        ("Entretien d'embauche : les 7 questions qu'on vous posera au contrôle final",
         "Tolérances, traçabilité, gestion des non-conformités.",
         "https://carrieres-horlogeres.example.ch/articles/7-questions"),
        ("Agenda : portes ouvertes des manufactures",
         "Neuchâtel, Le Locle, Bienne – inscriptions ouvertes.",
         "https://carrieres-horlogeres.example.ch/agenda"),
    ], "Vous êtes abonné·e à la lettre Carrières Horlogères. Gérer mon abonnement.",
        "#14213d", "fr"),
    "html_cte": "base64",
})

MESSAGES.append({
    "slug": "friend_own_rejection", "kind": "other", "lang": "fr",
    "contact": "loic.maire@example.ch",
    "frm": ("Loïc Maire", "loic.maire@example.ch"),
    "subject": "bon ben c'est non pour moi",
    "date": "2026-03-13 22:14 +0100",
    "body": """Salut Clé,

Je viens de recevoir la réponse de la manufacture de Fleurier pour le poste au réglage : « nous avons décidé de poursuivre avec un candidat dont le profil correspond davantage ». Après deux entretiens et un test pratique… j'avoue que ça pique.

Bref. Et toi, ça donne quoi avec ton entretien au Locle ? Croise les doigts pour toi.

On se fait un resto samedi pour se changer les idées ?

Loïc
""",
})

MESSAGES.append({
    "slug": "banque_rendezvous_conseiller", "kind": "other", "lang": "fr",
    "contact": "nadia.gurtner@bcn-exemple.example.ch",
    "frm": ("Nadia Gurtner", "nadia.gurtner@bcn-exemple.example.ch"),
    "subject": "Votre rendez-vous conseil du 14 avril - compte jeunesse",
    "subj_enc": ("iso-8859-1", "Q"), "subj_partial": True,
    "date": "2026-04-02 10:44 +0200",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Votre compte jeunesse arrivera à échéance à la fin de votre apprentissage. Je vous propose un entretien-conseil le mardi 14 avril à 17h30 à notre agence de l'Avenue Léopold-Robert, afin de faire le point sur votre position financière et de choisir le paquet bancaire qui vous conviendra une fois engagé.

Merci de me confirmer ce rendez-vous ou de m'indiquer un autre créneau.

Meilleures salutations

Nadia Gurtner
Conseillère clientèle privée
Banque Cantonale d'Exemple - Agence La Chaux-de-Fonds
Avenue Léopold-Robert 42, 2300 La Chaux-de-Fonds
032 723 61 61

Ce message ne constitue pas une offre ni une recommandation d'investissement.
""",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr", "iso-8859-1")
MESSAGES[-1]["html_charset"] = "iso-8859-1"

MESSAGES.append({
    "slug": "regie_visite_chaudiere", "kind": "other", "lang": "fr",
    "contact": "p.jacot@regie-montagnes.example.ch",
    "frm": ("Patricia Jacot – Régie des Montagnes", "p.jacot@regie-montagnes.example.ch"),
    "subject": "Rue du Nord 87 – entretien de la chaudière et visite de l'appartement",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-05-21 09:12 +0200",
    "body": """Monsieur,

Suite à votre résiliation de bail pour le 30 septembre, nous organisons les visites de votre appartement avec les candidats intéressés. La première visite aura lieu le jeudi 28 mai entre 17h30 et 18h30 ; merci de laisser l'accès libre ou de nous remettre une clé.

Par ailleurs, l'entreprise Calorie Service passera le mardi 2 juin à 8h00 pour l'entretien annuel de la chaudière. Votre présence n'est pas indispensable.

Nous restons à votre disposition pour tout renseignement.

Meilleures salutations

Patricia Jacot
Gérante d'immeubles
Régie des Montagnes SA
Rue Jaquet-Droz 12, 2300 La Chaux-de-Fonds
032 913 40 50
""",
})

MESSAGES.append({
    "slug": "he_admission_refusee", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("HE-Exemple – Admissions", "admissions-noreply@he-exemple.example.ch"),
    "subject": "Décision d'admission - Bachelor en microtechnique (en emploi)",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-06-05 15:00 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Monsieur Clément Oduya-Hartmann,

Nous avons examiné votre dossier de candidature pour le Bachelor of Science en microtechnique, filière en emploi, rentrée de septembre 2026.

Nous avons le regret de vous informer que votre admission ne peut pas être prononcée : la maturité professionnelle technique, exigée pour l'admission directe, ne figure pas dans votre dossier. Le nombre de places en filière en emploi étant par ailleurs limité, nous ne pouvons pas vous proposer d'admission sur dossier cette année.

Vous pouvez vous présenter à nouveau l'an prochain une fois la maturité obtenue. Le service d'orientation se tient à votre disposition.

Service des admissions
HE-Exemple - Haute école d'ingénierie
Ce courriel est envoyé depuis une adresse qui n'accepte pas de réponse.
""",
})

MESSAGES.append({
    "slug": "medecin_rappel_rdv", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("Cabinet médical des Forges", "rappels@cabinet-forges.example.ch"),
    "subject": "Rappel : votre rendez-vous du 9 juin à 7h45",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-06-08 08:00 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Bonjour,

Nous vous rappelons votre rendez-vous au Cabinet médical des Forges :

Mardi 9 juin 2026 à 7h45 avec la Dre Anne-Laure Ischer
Motif : consultation et certificat médical (examen d'embauche)

Merci d'apporter votre carte d'assurance. En cas d'empêchement, veuillez annuler au moins 24 heures à l'avance au 032 926 15 15 ; tout rendez-vous non décommandé pourra être facturé.

Cabinet médical des Forges – Avenue des Forges 25 – 2300 La Chaux-de-Fonds
Ce message est envoyé automatiquement.
""",
})

MESSAGES.append({
    "slug": "colis_retarde", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("PostaLivraisons", "notification@postalivraisons.example.ch"),
    "subject": "Votre colis est malheureusement retardé",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-02-18 13:27 +0100",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("PostaLivraisons", "#f1c40f", """Bonjour,

Votre envoi 99.60.124587.00442190 (expéditeur : Outillage Horloger Bergeon-Exemple) a malheureusement pris du retard dans notre centre de tri.

Nouvelle date de distribution prévue : vendredi 20 février 2026.

Vous pouvez choisir un autre lieu ou une autre date de livraison dans votre espace client. Nous vous prions de nous excuser pour ce désagrément.

Votre équipe PostaLivraisons""", "fr",
        ("Suivre mon envoi", "https://postalivraisons.example.ch/suivi/996012458700442190"),
        "Ceci est un message automatique, merci de ne pas y répondre."),
})

MESSAGES.append({
    "slug": "ooo_delacombe_chevalley", "kind": "other", "lang": "fr",
    "contact": "lea.chevalley@delacombe.example.ch",
    "frm": ("Léa Chevalley", "lea.chevalley@delacombe.example.ch"),
    "name_enc": ("utf-8", "Q"),
    "subject": "Réponse automatique : Entretien du 11 mars – demande de changement",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-03-05 19:41 +0100",
    "irt": "own_reschedule_delacombe",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "body": """Bonjour,

Je suis absente du bureau jusqu'au lundi 9 mars inclus et n'aurai qu'un accès limité à ma messagerie.

Pour toute question urgente concernant un entretien ou une candidature en cours, vous pouvez contacter recrutement@delacombe.example.ch.

Meilleures salutations
Léa Chevalley
Chargée de recrutement – Maison Delacombe

Hello, I am out of the office until Monday 9 March. For urgent matters please contact recrutement@delacombe.example.ch.
""",
})

MESSAGES.append({
    "slug": "connectia_notifications_fr", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("Connectia", "notifications@connectia.example.com"),
    "subject": "Clément, 4 recruteurs ont consulté votre profil cette semaine",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-07-27 17:05 +0000",
    "headers": [("List-Unsubscribe", "<https://connectia.example.com/settings/emails?unsub=weekly>"),
                ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    "body": """Clément, votre profil attire l'attention

4 recruteurs ont consulté votre profil cette semaine, dont une personne de Stellwerk Uhren.
Vous êtes apparu dans 17 recherches pour « contrôleur qualité ».

Nouvelles offres pour vous :
- Contrôleur qualité (H/F) – Neuchâtel – 23 candidatures
- Inspecteur qualité – Bienne – postulez parmi les 10 premiers

Astuce : les membres qui indiquent « ouvert aux opportunités » reçoivent 2x plus de messages de recruteurs.

Voir qui a consulté mon profil : https://connectia.example.com/me/profile-views
Se désabonner : https://connectia.example.com/settings/emails?unsub=weekly
""",
})
MESSAGES[-1]["html"] = C.digest_html("Votre semaine sur Connectia",
                                     "Clément, votre profil attire l'attention : 4 recruteurs l'ont consulté cette semaine.",
                                     [("Voir qui a consulté mon profil", "4 vues, 17 apparitions dans les recherches",
                                       "https://connectia.example.com/me/profile-views"),
                                      ("Contrôleur qualité (H/F) – Neuchâtel", "23 candidatures",
                                       "https://connectia.example.com/jobs/771205"),
                                      ("Inspecteur qualité – Bienne", "Postulez parmi les 10 premiers",
                                       "https://connectia.example.com/jobs/771399")],
                                     "Connectia · Se désabonner de ce résumé hebdomadaire", "#0a66c2", "fr")

MESSAGES.append({
    "slug": "recruiter_cold_approach_fr", "kind": "other", "lang": "fr",
    "contact": "julien.favre@horlotalents.example.ch",
    "frm": ("Julien Favre", "julien.favre@horlotalents.example.ch"),
    "subject": "Votre profil d'horloger – échange ?",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-08-26 12:40 +0200",
    "body": """Bonjour Clément,

Je me permets de vous contacter après avoir vu votre profil sur Connectia. Je suis consultant chez HorloTalents, un cabinet spécialisé dans les métiers techniques de l'horlogerie et de la microtechnique.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais plusieurs de nos clients cherchent régulièrement des profils d'horlogers qui souhaitent évoluer vers le contrôle qualité. Si vous êtes d'accord, j'aimerais simplement faire connaissance et garder votre dossier en tête.

Au plaisir de vous lire,

Julien Favre
Consultant senior – HorloTalents
Rue de la Gare 5, 2502 Bienne
+41 32 322 18 00
""",
})

MESSAGES.append({
    "slug": "podcast_interview_request", "kind": "other", "lang": "fr",
    "contact": "camille@podcast-tictac.example.ch",
    "frm": ("Camille Rérat – podcast Tic-Tac", "camille@podcast-tictac.example.ch"),
    "subject": "Demande d'interview pour le podcast « Tic-Tac, les métiers du temps »",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-05-27 20:30 +0200",
    "body": """Bonjour Clément,

Je produis « Tic-Tac, les métiers du temps », un podcast qui donne la parole aux jeunes de l'horlogerie. Votre professeur de pratique, M. Huguenin, m'a parlé de votre parcours : un apprentissage d'horloger et l'envie de passer au contrôle qualité.

Accepteriez-vous de m'accorder une interview d'environ 40 minutes, enregistrée dans notre petit studio de La Chaux-de-Fonds ou à distance ? Nous parlerions de votre formation, de ce qui vous attire dans le contrôle et de vos conseils aux futurs apprentis. L'épisode serait diffusé en septembre.

Aucune préparation n'est nécessaire. Je peux m'adapter à vos horaires, y compris le samedi.

Merci d'avance et belle soirée,
Camille Rérat
Productrice – podcast Tic-Tac
079 301 77 42
""",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "user_research_jobnest_fr", "kind": "other", "lang": "fr",
    "contact": "recherche.ux@jobnest.example.ch",
    "frm": ("Équipe Recherche JobNest", "recherche.ux@jobnest.example.ch"),
    "name_enc": ("utf-8", "B"),
    "subject": "Participez à un entretien de 30 minutes (bon de CHF 50.–)",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-09-14 10:00 +0200",
    "body": """Bonjour Clément,

Vous utilisez JobNest pour votre recherche d'emploi et votre avis nous intéresse ! Notre équipe produit mène des entretiens utilisateurs pour améliorer la manière dont les candidats suivent leurs candidatures.

Ce que nous vous proposons :
- un entretien vidéo de 30 minutes avec une chercheuse UX
- des questions sur votre utilisation de l'application (pas de test de compétences !)
- un bon de CHF 50.– en remerciement

Si cela vous intéresse, choisissez un créneau ici : https://jobnest.example.ch/recherche/creneaux
Vous pouvez aussi simplement répondre à ce message.

Merci !
Sarah Dubey, pour l'équipe Recherche JobNest
""",
})

MESSAGES.append({
    "slug": "gps_velo_position", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("TrakVélo", "alertes@trakvelo.example.ch"),
    "subject": "Nouvelle position de votre vélo « Allegro gris »",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-07-11 23:48 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Alerte de mouvement

Votre traceur GPS a signalé un déplacement hors de la zone définie « Domicile ».

Dernière position connue : Rue de la Ronde 30, 2300 La Chaux-de-Fonds
Coordonnées : 47.1008 N, 6.8290 E (précision 12 m)
Heure : 11.07.2026, 23:46

Si ce déplacement n'est pas le vôtre, ouvrez l'application pour suivre la position en direct ou signaler un vol.

TrakVélo - ne pas répondre à ce message.
""",
})

MESSAGES.append({
    "slug": "presse_interview_apprentis", "kind": "other", "lang": "fr",
    "contact": "m.oppliger@impartial-exemple.example.ch",
    "frm": ("Maude Oppliger", "m.oppliger@impartial-exemple.example.ch"),
    "subject": "Interview pour un article sur les apprentis horlogers",
    "date": "2026-06-29 11:05 +0200",
    "cte": "quoted-printable",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Je suis journaliste à la rubrique économie régionale de L'Impartial-Exemple. Pour notre édition spéciale de fin d'apprentissage, je prépare un article sur les jeunes horlogers qui obtiennent leur CFC cet été et sur leurs projets professionnels.

L'école technique m'a transmis votre nom. Accepteriez-vous une courte interview, par téléphone ou autour d'un café, la semaine prochaine ? Une photo à l'atelier serait un plus, si votre entreprise formatrice est d'accord.

Je vous remercie d'avance de votre réponse.

Maude Oppliger
Journaliste RP
L'Impartial-Exemple – Rue Neuve 14 – 2300 La Chaux-de-Fonds
032 910 20 00
""",
})

MESSAGES.append({
    "slug": "cp_webinar_entretien", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("Convention patronale – Formation", "formation@cp-horlogerie.example.ch"),
    "subject": "Webinaire : réussir son entretien d'embauche après le CFC",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-05-12 16:00 +0200",
    "headers": [("List-Id", "Info apprentis <apprentis.cp-horlogerie.example.ch>"),
                ("List-Unsubscribe", "<mailto:leave-apprentis@cp-horlogerie.example.ch>"),
                ("Precedence", "list")],
    "body": C.digest_text("Info apprentis – mai 2026",
                          "Chères et chers apprenti·e·s en dernière année,\n\nLe CFC approche : pour vous préparer à la recherche d'emploi, nous organisons trois webinaires gratuits. Vous y apprendrez notamment à préparer un entretien, à réagir à une réponse négative et à négocier une première offre.",
                          [("Webinaire 1 : réussir son entretien d'embauche",
                            "Mardi 26 mai, 18h00 – simulation d'entretien en direct",
                            "https://cp-horlogerie.example.ch/webinaires/entretien"),
                           ("Webinaire 2 : après un refus, que faire ?",
                            "Mardi 2 juin, 18h00 – demander un retour, relancer, persévérer",
                            "https://cp-horlogerie.example.ch/webinaires/refus"),
                           ("Webinaire 3 : comprendre une offre et un contrat",
                            "Mardi 9 juin, 18h00 – salaire, CCT, période d'essai",
                            "https://cp-horlogerie.example.ch/webinaires/contrat"),
                           ("Bourse de l'emploi de la branche",
                            "Plus de 120 postes ouverts aux jeunes diplômés",
                            "https://cp-horlogerie.example.ch/emploi")],
                          "Convention patronale de l'industrie horlogère – Service formation. Se désinscrire : leave-apprentis@cp-horlogerie.example.ch"),
})

MESSAGES.append({
    "slug": "caisse_maladie_refus", "kind": "other", "lang": "fr", "contact": "",
    "frm": ("Helvesana Assurances", "ne-pas-repondre@helvesana.example.ch"),
    "subject": "Votre demande de remboursement n° 2026-118402",
    "date": "2026-08-19 06:31 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Madame, Monsieur,

Nous avons examiné votre demande de remboursement du 3 août 2026 concernant des verres de lunettes (facture Optique du Pod).

Malheureusement, nous ne pouvons pas donner une suite favorable à votre demande : votre assurance complémentaire « Basis » ne couvre les lunettes qu’à partir de la deuxième année d’affiliation. Votre contrat ayant débuté le 1er janvier 2026, la condition n’est pas encore remplie.

Vous pouvez consulter le détail de votre couverture dans votre espace client myHelvesana.

Avec nos salutations les meilleures,
Helvesana Assurances – Service des prestations
""",
})

MESSAGES.append({
    "slug": "cpln_cours_complet", "kind": "other", "lang": "fr",
    "contact": "formation.continue@cpln-exemple.example.ch",
    "frm": ("Formation continue CPLN-Exemple", "formation.continue@cpln-exemple.example.ch"),
    "subject": "Cours « Métrologie et contrôle dimensionnel » – inscription non retenue",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-08-31 14:18 +0200",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Nous vous remercions de votre inscription au cours du soir « Métrologie et contrôle dimensionnel » (module 2, automne 2026).

Le cours affiche complet et les places ont été attribuées par ordre d'arrivée des inscriptions ; nous ne pouvons malheureusement pas retenir la vôtre pour cette session. Vous êtes inscrit en liste d'attente (position 4) et nous vous contacterons si une place se libère.

La prochaine session débutera en février 2027 ; les inscriptions ouvriront le 1er novembre.

Meilleures salutations
Secrétariat de la formation continue
CPLN-Exemple – Maladière 84 – 2000 Neuchâtel
""",
})

MESSAGES.append({
    "slug": "ecole_entretien_bilan", "kind": "other", "lang": "fr",
    "contact": "d.huguenin@et-exemple.example.ch",
    "frm": ("Daniel Huguenin", "d.huguenin@et-exemple.example.ch"),
    "subject": "Entretien de bilan de fin de semestre",
    "date": "2026-01-15 16:40 +0100",
    "body": """Bonjour Clément,

Comme chaque semestre, je convoque les apprentis de 4e année à un entretien de bilan avec leur formateur en entreprise. Le tien aura lieu le jeudi 22 janvier à 15h15 en salle B12, avec M. Calame de ton entreprise formatrice.

Nous ferons le point sur tes notes de pratique, ton travail de fin d'apprentissage et la préparation de la procédure de qualification. Prends ton dossier de formation.

Bonne fin de semaine,
D. Huguenin
Maître de pratique – Horlogerie
École technique d'Exemple, La Chaux-de-Fonds
""",
})

# ================================================================ English

MESSAGES.append({
    "slug": "own_thanks_precisa", "kind": "other", "lang": "en", "contact": "",
    "frm": ME, "to": [("Giulia Ferri", "giulia.ferri@precisalombarda.example.it")],
    "subject": "Thank you - QC Inspector interview",
    "date": "2026-05-14 18:40 +0200",
    "irt": "precisa_slot_moved",
    "body": """Dear Giulia,

Many thanks to you, Marco and Luca for today's interview on Teams. I enjoyed
the discussion about thread gauges and the way your team organises the
incoming inspection.

I'm very motivated by the role and would be glad to move to Milan for it.

Best regards,
Clément
""" + "\n" + C.me("en"),
})

MESSAGES.append({
    "slug": "own_application_quellwerk", "kind": "other", "lang": "en", "contact": "",
    "frm": ME, "to": [("Quellwerk Medical Careers", "careers@quellwerk.example.ch")],
    "subject": "Application: Quality Control Inspector (ref. QCI-2026-07)",
    "date": "2026-06-29 21:05 +0200",
    "body": """Dear Hiring Team,

I am applying for the Quality Control Inspector position (ref. QCI-2026-07) advertised on your website.

I am completing my apprenticeship as a watchmaker (Swiss federal VET diploma, CFC) this summer in La Chaux-de-Fonds. Four years at the bench have trained me to inspect tiny parts under magnification, to work to tolerances of a few microns and to document every deviation. I would now like to bring that precision to medical devices.

I speak French (native), German and English (B2), and I am ready to relocate to Basel.

My CV is attached. I would welcome the opportunity to discuss my application in an interview.

Kind regards,
""" + C.me("en"),
    "attach": [{"type": "pdf", "filename": "CV_Clement_Oduya-Hartmann_EN.pdf",
                "title": "Clément Oduya-Hartmann - CV",
                "lines": ["Watchmaker apprentice (CFC), La Chaux-de-Fonds, 2023-2026",
                          "Final inspection internship, Le Locle, 2025",
                          "Languages: French, German B2, English B2, Spanish B1"]}],
})

JOBS_ZH = [
    ("Quality Inspector (m/f/d) - Zurich", "Medtech scale-up, English-speaking team. Interviews start this month.",
     "https://swissjobradar.example.com/jobs/zh-44120"),
    ("QC Technician, Incoming Goods - Winterthur", "Precision engineering supplier. Apply by 30 September.",
     "https://swissjobradar.example.com/jobs/zh-44187"),
    ("Metrology Technician - Dübendorf", "CMM experience required. Relocation support.",
     "https://swissjobradar.example.com/jobs/zh-44203"),
    ("Junior Quality Engineer - Basel", "Rejected before? Re-apply: new team, new hiring manager.",
     "https://swissjobradar.example.com/jobs/bs-10981"),
    ("Final Inspection Specialist - Geneva", "Luxury watch brand. Offer within two weeks of interview.",
     "https://swissjobradar.example.com/jobs/ge-77215"),
    ("Calibration Technician - Zug", "ISO 17025 lab, day shifts.",
     "https://swissjobradar.example.com/jobs/zg-05502"),
]

MESSAGES.append({
    "slug": "jobradar_alert_zurich", "kind": "other", "lang": "en", "contact": "",
    "frm": ("SwissJobRadar", "alerts@swissjobradar.example.com"),
    "subject": "6 new jobs for \"quality inspector\" near Zurich",
    "date": "2026-09-07 05:30 +0000",
    "headers": [("List-Id", "Job alerts <jobalerts.swissjobradar.example.com>"),
                ("List-Unsubscribe", "<https://swissjobradar.example.com/alerts/unsubscribe?t=88af>, <mailto:unsub-88af@swissjobradar.example.com>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk")],
    "body": C.digest_text("Your daily job alert", "Hi Clément,\n\nHere are today's new jobs matching \"quality inspector\" within 50 km of Zurich.",
                          JOBS_ZH, "You're receiving this because you created a job alert. Unsubscribe: https://swissjobradar.example.com/alerts/unsubscribe?t=88af"),
    "html": C.digest_html("Your daily job alert", "Hi Clément,\n\nHere are today's new jobs matching \"quality inspector\" within 50 km of Zurich.",
                          JOBS_ZH, "SwissJobRadar · Unsubscribe · Manage alerts", "#2a9d8f", "en"),
})

MESSAGES.append({
    "slug": "interview_tips_newsletter", "kind": "other", "lang": "en", "contact": "",
    "frm": ("The Shop Floor Career Letter", "letter@shopfloorcareers.example.com"),
    "subject": "Why you didn't get the offer (and what to do next)",
    "date": "2026-06-16 12:00 +0000",
    "headers": [("List-Id", "Shop Floor Career Letter <letter.shopfloorcareers.example.com>"),
                ("List-Unsubscribe", "<https://shopfloorcareers.example.com/unsubscribe?s=c227>"),
                ("Precedence", "bulk")],
    "html": C.digest_html("The Shop Floor Career Letter - Issue 112", """Hi there,

This week's letter is about the email nobody wants: "Unfortunately, we have decided not to proceed with your application." We asked five quality managers why candidates who interviewed well still didn't get the offer, and what those candidates could have done differently.

Plus: how to reschedule an interview without burning a bridge, and a reader's story about landing an inspector role after eleven rejections.""", [
        ("Five quality managers on why you didn't get the offer",
         "Hint: it's rarely your answers to the technical questions.",
         "https://shopfloorcareers.example.com/articles/why-no-offer"),
        ("How to ask to reschedule an interview",
         "A template you can copy, and three mistakes to avoid.",
         "https://shopfloorcareers.example.com/articles/reschedule-template"),
        ("Eleven rejections, one inspector job: Marta's story",
         "From assembly line to first-article inspection in 14 months.",
         "https://shopfloorcareers.example.com/stories/marta"),
        ("Job board: 40 new inspection roles in Europe",
         "Updated every Tuesday.",
         "https://shopfloorcareers.example.com/jobs"),
    ], "You subscribed at shopfloorcareers.example.com. Unsubscribe in one click.", "#6a4c93", "en"),
})

MESSAGES.append({
    "slug": "ooo_lumora_brunner", "kind": "other", "lang": "en",
    "contact": "nadia.brunner@lumora.example.ch",
    "frm": ("Nadia Brunner", "nadia.brunner@lumora.example.ch"),
    "subject": "Automatic reply: Checking in - QC Inspector application",
    "date": "2026-05-04 08:15 +0200",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "body": """Thank you for your email.

I am on leave until Monday 18 May with no access to email. Your message will not be forwarded.

For questions about an open application or an interview, please contact talent@lumora.example.ch.

Best regards,
Nadia Brunner
""",
})

MESSAGES.append({
    "slug": "connectia_searches_en", "kind": "other", "lang": "en", "contact": "",
    "frm": ("Connectia", "notifications@connectia.example.com"),
    "subject": "You appeared in 9 searches this week",
    "date": "2026-02-23 16:45 +0000",
    "headers": [("List-Unsubscribe", "<https://connectia.example.com/settings/emails?unsub=searches>"),
                ("Auto-Submitted", "auto-generated")],
    "html": C.digest_html("Your search appearances", """Clément, you appeared in 9 searches this week.

Top searcher titles: Talent Acquisition Partner, Quality Manager, Recruiter.
Companies your searchers work at include a medtech company in Zurich and a recruitment agency in Basel.""", [
        ("See all search appearances", "Premium members see who searched for them.",
         "https://connectia.example.com/me/search-appearances"),
        ("Jobs where you'd be a top applicant", "Quality Inspector · 3 new",
         "https://connectia.example.com/jobs/top-applicant"),
        ("Congratulate Loïc on his new position",
         "Loïc Maire started a new position as Watchmaker at a manufacture in Fleurier.",
         "https://connectia.example.com/feed/update/9912"),
    ], "Connectia · You are receiving search notifications. Unsubscribe.", "#0a66c2", "en"),
})

MESSAGES.append({
    "slug": "recruiter_cold_approach_en", "kind": "other", "lang": "en",
    "contact": "oliver.grant@alpinetalent.example.ch",
    "frm": ("Oliver Grant", "oliver.grant@alpinetalent.example.ch"),
    "subject": "Watchmaker moving into QC? Let's connect",
    "date": "2026-03-31 09:10 +0200",
    "body": """Hi Clément,

I lead the quality and regulatory practice at Alpine Talent Partners in Zurich. I noticed you're finishing a watchmaking apprenticeship and exploring quality control - a transition I see more and more of in medtech.

I don't have a specific opening for you right now, but I work with a dozen device manufacturers around Zurich and Basel who like hiring people with bench skills. Would you be open to a short introductory call some time? No pressure, and no need to prepare anything.

Best regards,
Oliver Grant
Principal Consultant, Quality & Regulatory
Alpine Talent Partners | Bahnhofstrasse 74, 8001 Zürich
+41 44 552 19 30
""",
})

MESSAGES.append({
    "slug": "friend_rejection_milan", "kind": "other", "lang": "en",
    "contact": "aisha.bello@example.it",
    "frm": ("Aisha Bello", "aisha.bello@example.it"),
    "subject": "well, that's that",
    "date": "2026-05-29 23:02 +0200",
    "body": """Hey Clém,

Got my answer from the optics company in Bergamo today. "We have decided to move forward with candidates whose experience more closely matches our requirements." Three rounds, a take-home test, and that's the sentence I get.

Anyway, I'm fine, mostly annoyed. How did your Milan interview go? If you end up here, drinks on the Navigli are on me either way.

A.
""",
})

MESSAGES.append({
    "slug": "user_research_jobnest_en", "kind": "other", "lang": "en",
    "contact": "sarah.dubey@jobnest.example.ch",
    "frm": ("JobNest Research", "research-noreply@jobnest.example.ch"),
    "reply_to": ("Sarah Dubey", "sarah.dubey@jobnest.example.ch"),
    "subject": "Reminder: your research interview slot is waiting",
    "date": "2026-09-21 10:00 +0200",
    "body": """Hi Clément,

A quick reminder: we'd still love to hear how you use JobNest to keep track of your job applications.

The research interview takes 30 minutes on video, there are no right or wrong answers, and you'll receive a CHF 50 voucher as a thank-you. Pick any slot that suits you:
https://jobnest.example.ch/research/slots

If you have questions, just reply - it comes straight to me.

Sarah Dubey
UX Researcher, JobNest
""",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "package_delayed_en", "kind": "other", "lang": "en", "contact": "",
    "frm": ("ParcelWay Tracking", "no-reply@parcelway.example.com"),
    "subject": "Unfortunately, your package is delayed",
    "date": "2026-10-06 07:12 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hello,

Unfortunately, your package PW-4471-0913-CH (from: Metrology Tools Europe) is delayed due to customs clearance at Basel.

New estimated delivery: Thursday, 8 October 2026.

You don't need to do anything. Track your package at https://parcelway.example.com/track/PW-4471-0913-CH

ParcelWay
""",
})

MESSAGES.append({
    "slug": "certificate_place_declined", "kind": "other", "lang": "en", "contact": "",
    "frm": ("Quality Academy Admissions", "no-reply@qualityacademy.example.com"),
    "subject": "Your application to the Certificate in Quality Engineering (Autumn cohort)",
    "date": "2026-07-21 15:30 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "cte": "quoted-printable",
    "body": """Dear Clément,

Thank you for applying to the part-time Certificate in Quality Engineering, autumn 2026 cohort.

We received more than three times as many applications as available places. After careful review, we regret that we are unable to offer you a place in this cohort. Priority was given to applicants with at least two years of professional experience in a quality function.

You are welcome to apply again for the spring 2027 cohort; your application documents will be kept on file for twelve months.

With kind regards,
Admissions Office
Quality Academy
""",
})
MESSAGES[-1]["html"] = C.ats_card("Quality Academy", "#3d405b", MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "meetup_list_interview_prep", "kind": "other", "lang": "en", "contact": "",
    "frm": ("Swiss Quality Meetup", "swiss-quality-meetup@lists.qualitymeetup.example.ch"),
    "reply_to": ("Swiss Quality Meetup", "swiss-quality-meetup@lists.qualitymeetup.example.ch"),
    "subject": "[SQM] October meetup: \"Surviving the panel interview\" + job board",
    "date": "2026-10-02 18:20 +0200",
    "headers": [("List-Id", "Swiss Quality Meetup <swiss-quality-meetup.lists.qualitymeetup.example.ch>"),
                ("List-Post", "<mailto:swiss-quality-meetup@lists.qualitymeetup.example.ch>"),
                ("List-Unsubscribe", "<mailto:swiss-quality-meetup-leave@lists.qualitymeetup.example.ch>"),
                ("List-Archive", "<https://lists.qualitymeetup.example.ch/archive/sqm>"),
                ("Precedence", "list")],
    "body": """Hi all,

Our October meetup is on Thursday 22 October, 18:30, at the Impact Hub Zurich.

Talk 1: "Surviving the panel interview" - Ruth Baumgartner, QA Director, shares what she looks for when interviewing inspectors and engineers, and why she rejects candidates who can't explain a control plan.

Talk 2: "From bench to quality lab" - three former watchmakers and machinists on switching into QC.

After the talks: open job board. Companies with open inspection roles can pin a card on the wall; candidates can leave their CV.

RSVP: https://qualitymeetup.example.ch/events/2026-10

Cheers,
The SQM organisers

--
You are subscribed to the Swiss Quality Meetup list.
To unsubscribe, send an empty email to swiss-quality-meetup-leave@lists.qualitymeetup.example.ch
""",
})

MESSAGES.append({
    "slug": "gps_tracker_position_en", "kind": "other", "lang": "en", "contact": "",
    "frm": ("TagFinder", "alerts@tagfinder.example.com"),
    "subject": "Position update: \"Work bag\" left a safe zone",
    "date": "2026-08-28 18:03 +0000",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Your tracker "Work bag" reported a new position.

Last seen: Gare de Neuchâtel, Place Blaise-Cendrars, 2000 Neuchâtel
Time: 28 Aug 2026, 20:01 CEST
Safe zone left: "Home - La Chaux-de-Fonds"

If you didn't expect this, open the TagFinder app to see the live position or play a sound.

TagFinder - automatic notification, please do not reply.
""",
})

# ================================================================ German

MESSAGES.append({
    "slug": "own_reschedule_stellwerk", "kind": "other", "lang": "de", "contact": "",
    "frm": ME, "to": [("Gerber Petra", "petra.gerber@stellwerk-uhren.example.ch")],
    "subject": "Verschiebung Vorstellungsgespräch",
    "subj_enc": ("iso-8859-1", "Q"), "name_enc": ("iso-8859-1", "Q"),
    "date": "2026-07-15 18:03 +0200",
    "irt": "stellwerk_einladung",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Sehr geehrte Frau Gerber

Vielen Dank für die Einladung. Leider habe ich am 21. Juli meine praktische
Lehrabschlussprüfung. Wäre ein anderer Termin in derselben Woche möglich?

Freundliche Grüsse
Clément Oduya-Hartmann

""" + C.outlook("de", "2026-07-14 11:19", "Gerber Petra <petra.gerber@stellwerk-uhren.example.ch>",
                "Clément Oduya-Hartmann <clement.oh@example.ch>",
                "Einladung Vorstellungsgespräch - Qualitätsprüfer Endkontrolle",
                """Sehr geehrter Herr Oduya-Hartmann

Besten Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen
und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 21. Juli 2026, 10.00 Uhr
Stellwerk Uhren AG, Jakob-Stämpfli-Strasse 40, 2502 Biel/Bienne"""),
})

JOBS_BIEL = [
    ("Qualitätsprüfer/in Uhrenkomponenten 100 % - Biel/Bienne",
     "Vorstellungsgespräche ab sofort. Französisch- und Deutschkenntnisse.",
     "https://jobabo.example.ch/stelle/221904"),
    ("Mitarbeiter/in Wareneingangskontrolle - Grenchen",
     "Temporär mit Option Festanstellung.",
     "https://jobabo.example.ch/stelle/221917"),
    ("Messtechniker/in CNC - Lyss",
     "Erfahrung mit Messmaschinen von Vorteil.",
     "https://jobabo.example.ch/stelle/221940"),
    ("Endkontrolleur/in Gehäuse - Solothurn",
     "Schichtarbeit, Lehrabschluss in einem technischen Beruf.",
     "https://jobabo.example.ch/stelle/221955"),
]

MESSAGES.append({
    "slug": "jobabo_neue_stellen", "kind": "other", "lang": "de", "contact": "",
    "frm": ("jobabo.ch Suchabo", "suchabo@jobabo.example.ch"),
    "subject": "4 neue Stellen für Ihr Suchabo «Qualitätsprüfer Biel»",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-07-29 06:15 +0200",
    "headers": [("List-Id", "Suchabo <suchabo.jobabo.example.ch>"),
                ("List-Unsubscribe", "<https://jobabo.example.ch/abo/kuendigen?id=5521>"),
                ("Precedence", "bulk")],
    "body": C.digest_text("Neue Stellen für Sie",
                          "Guten Tag\n\nFür Ihr Suchabo «Qualitätsprüfer Biel» wurden seit gestern 4 neue Stellen veröffentlicht.",
                          JOBS_BIEL, "Sie erhalten diese E-Mail, weil Sie ein Suchabo eingerichtet haben. Abo kündigen: https://jobabo.example.ch/abo/kuendigen?id=5521"),
    "html": C.digest_html("Neue Stellen für Sie",
                          "Guten Tag\n\nFür Ihr Suchabo «Qualitätsprüfer Biel» wurden seit gestern 4 neue Stellen veröffentlicht.",
                          JOBS_BIEL, "jobabo.ch · Abo verwalten · Abo kündigen", "#e76f51", "de"),
    "html_cte": "quoted-printable",
})

MESSAGES.append({
    "slug": "zahnarzt_termin", "kind": "other", "lang": "de", "contact": "",
    "frm": ("Zahnarztpraxis am Jura", "termine@zahnarzt-amjura.example.ch"),
    "subject": "Terminbestätigung: Kontrolle und Dentalhygiene",
    "date": "2026-08-10 09:30 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Guten Tag Herr Oduya-Hartmann

Wir bestätigen Ihren Termin:

Montag, 24. August 2026, 17.20 Uhr
Jahreskontrolle und Dentalhygiene (ca. 60 Minuten)
Zahnarztpraxis am Jura, Bahnhofplatz 3, 2502 Biel/Bienne

Bitte melden Sie sich bei Verhinderung mindestens 24 Stunden im Voraus ab. Nicht abgesagte Termine werden in Rechnung gestellt.

Freundliche Grüsse
Ihr Praxisteam
""",
})

MESSAGES.append({
    "slug": "versicherung_antrag_abgelehnt", "kind": "other", "lang": "de", "contact": "",
    "frm": ("Rhenus Versicherungen Kundenservice", "noreply@rhenus-vers.example.ch"),
    "subject": "Ihr Antrag auf Zusatzversicherung",
    "date": "2026-09-30 11:00 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Sehr geehrter Herr Oduya-Hartmann

Wir haben Ihren Antrag vom 14. September 2026 auf die Spitalzusatzversicherung «Halbprivat Flex» geprüft.

Leider müssen wir Ihnen mitteilen, dass wir den Antrag in der gewünschten Form nicht annehmen können. Aufgrund der Angaben im Gesundheitsfragebogen können wir Ihnen die Versicherung nur mit einem Vorbehalt anbieten. Die Einzelheiten finden Sie in Ihrem Kundenportal.

Bei Fragen steht Ihnen unser Kundenservice gerne zur Verfügung.

Freundliche Grüsse
Rhenus Versicherungen AG
""",
})

MESSAGES.append({
    "slug": "newsletter_fehler_gespraech", "kind": "other", "lang": "de", "contact": "",
    "frm": ("Technik-Karriere Newsletter", "news@technik-karriere.example.ch"),
    "subject": "5 Fehler im Vorstellungsgespräch – und warum Absagen normal sind",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-03-24 07:00 +0100",
    "headers": [("List-Id", "Technik-Karriere <news.technik-karriere.example.ch>"),
                ("List-Unsubscribe", "<https://technik-karriere.example.ch/newsletter/abmelden?k=227>"),
                ("Precedence", "bulk")],
    "html": C.digest_html("Technik-Karriere – März 2026", """Liebe Leserin, lieber Leser

«Leider müssen wir Ihnen mitteilen…» – Absagen gehören zur Stellensuche wie das Vorstellungsgespräch selbst. In dieser Ausgabe zeigen wir die fünf häufigsten Fehler im Gespräch und erklären, wie Sie nach einer Absage um ein Feedback bitten.""", [
        ("Die 5 häufigsten Fehler im Vorstellungsgespräch",
         "Von der Pünktlichkeit bis zur Gehaltsfrage.",
         "https://technik-karriere.example.ch/artikel/5-fehler"),
        ("Nach der Absage: So bitten Sie um Feedback",
         "Mit Musterformulierung.",
         "https://technik-karriere.example.ch/artikel/feedback-nach-absage"),
        ("Stellenangebot erhalten? Diese Punkte im Vertrag prüfen",
         "Probezeit, Kündigungsfrist, 13. Monatslohn.",
         "https://technik-karriere.example.ch/artikel/vertrag-pruefen"),
    ], "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden.", "#2b2d42", "de"),
})

# ================================================================ Spanish

MESSAGES.append({
    "slug": "own_thanks_montjuic", "kind": "other", "lang": "es", "contact": "",
    "frm": ME, "to": [("Núria Vidal", "nuria.vidal@instrumentosmontjuic.example.es")],
    "subject": "Gracias por la entrevista",
    "date": "2026-10-09 17:20 +0200",
    "irt": "montjuic_videollamada",
    "body": """Hola Núria:

Quería darte las gracias por la entrevista de ayer por videollamada y por el tiempo dedicado a explicarme el laboratorio de metrología.

Me haría mucha ilusión incorporarme a vuestro equipo.

Un saludo,
Clément

""" + C.me("es"),
})

JOBS_BCN = [
    ("Inspector/a de calidad – Sant Cugat del Vallès",
     "Relojería. Entrevistas la próxima semana.",
     "https://empleobcn.example.es/ofertas/88120"),
    ("Técnico/a de control de calidad – L'Hospitalet",
     "Dispositivos médicos. Se valora inglés.",
     "https://empleobcn.example.es/ofertas/88134"),
    ("Operario/a de metrología – Terrassa",
     "Mecanizado de precisión, turno de mañana.",
     "https://empleobcn.example.es/ofertas/88151"),
    ("Auxiliar de laboratorio de calibración – Barcelona",
     "Contrato indefinido tras periodo de prueba.",
     "https://empleobcn.example.es/ofertas/88170"),
]

MESSAGES.append({
    "slug": "alerta_empleo_bcn", "kind": "other", "lang": "es", "contact": "",
    "frm": ("EmpleoBCN Alertas", "alertas@empleobcn.example.es"),
    "subject": "4 ofertas nuevas de «inspector de calidad» en Barcelona",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-06-22 06:45 +0200",
    "headers": [("List-Id", "Alertas EmpleoBCN <alertas.empleobcn.example.es>"),
                ("List-Unsubscribe", "<https://empleobcn.example.es/alertas/baja?id=3319>"),
                ("Precedence", "bulk")],
    "body": C.digest_text("Tus nuevas ofertas", "Hola Clément:\n\nEstas son las ofertas publicadas ayer que coinciden con tu alerta.",
                          JOBS_BCN, "Recibes este correo porque creaste una alerta en EmpleoBCN. Darte de baja: https://empleobcn.example.es/alertas/baja?id=3319"),
    "html": C.digest_html("Tus nuevas ofertas", "Hola Clément:\n\nEstas son las ofertas publicadas ayer que coinciden con tu alerta.",
                          JOBS_BCN, "EmpleoBCN · Gestionar alertas · Darte de baja", "#e63946", "es"),
    "cte": "base64",
})

MESSAGES.append({
    "slug": "banco_cita_posicion", "kind": "other", "lang": "es", "contact": "",
    "frm": ("Banco Mediterrani", "avisos@bancomediterrani.example.es"),
    "subject": "Confirmación de cita en oficina y posición global",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-07-08 10:20 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Estimado cliente:

Le confirmamos su cita en la oficina 0412 (Passeig de Sant Joan 40, Barcelona) el lunes 20 de julio a las 9:30 para la apertura de su cuenta de no residente.

Adjuntamos a continuación el resumen de su posición global a 7 de julio de 2026:
- Cuentas: 0,00 EUR (pendiente de apertura)
- Tarjetas: ninguna

Por favor, traiga su pasaporte o documento de identidad y el contrato de trabajo o la carta de oferta.

Atentamente,
Banco Mediterrani. Este mensaje se ha generado automáticamente.
""",
})

MESSAGES.append({
    "slug": "amigo_rechazo_es", "kind": "other", "lang": "es",
    "contact": "pablo.iturbe@example.es",
    "frm": ("Pablo Iturbe", "pablo.iturbe@example.es"),
    "subject": "me han dicho que no",
    "date": "2026-09-18 21:33 +0200",
    "body": """Ey Clément,

Pues nada, me ha llegado hoy el correo de la empresa de Sabadell: "lamentamos comunicarte que hemos seleccionado a otro candidato". Después de dos entrevistas y la prueba práctica… qué rabia.

Bueno, a seguir buscando. ¿Y tú qué tal con lo de Barcelona? Cuéntame cuando sepas algo.

Un abrazo,
Pablo
""",
})

MESSAGES.append({
    "slug": "master_no_admitido", "kind": "other", "lang": "es", "contact": "",
    "frm": ("Universitat Exemple – Admisiones", "admisiones@uexemple.example.es"),
    "subject": "Resolución de admisión – Máster en Metrología y Calidad Industrial",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-07-24 12:00 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Estimado/a Clément Oduya-Hartmann:

Le informamos de que la comisión académica ha resuelto su solicitud de admisión al Máster en Metrología y Calidad Industrial para el curso 2026-2027.

Lamentamos comunicarle que su solicitud ha sido desestimada, ya que no acredita una titulación universitaria de grado, requisito de acceso al máster.

Contra esta resolución puede presentar recurso en el plazo de un mes a través de la sede electrónica.

Atentamente,
Servicio de Admisiones – Universitat Exemple
""",
})
MESSAGES[-1]["html"] = C.ats_card("Universitat Exemple", "#7b2cbf", MESSAGES[-1]["body"], "es")

MESSAGES.append({
    "slug": "newsletter_preparar_entrevista", "kind": "other", "lang": "es", "contact": "",
    "frm": ("Carrera Técnica", "boletin@carreratecnica.example.es"),
    "name_enc": ("utf-8", "Q"),
    "subject": "Cómo preparar una entrevista técnica (y qué hacer si te rechazan)",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-04-14 08:00 +0200",
    "headers": [("List-Id", "Boletin Carrera Tecnica <boletin.carreratecnica.example.es>"),
                ("List-Unsubscribe", "<https://carreratecnica.example.es/baja?b=227>"),
                ("Precedence", "bulk")],
    "html": C.digest_html("Boletín Carrera Técnica – abril", """Hola:

Este mes hablamos de la entrevista técnica: qué preguntas te harán sobre tolerancias y equipos de medición, cómo responder cuando no sabes algo y qué hacer si, a pesar de todo, recibes un "lamentamos comunicarte que no has sido seleccionado".""", [
        ("Preparar una entrevista técnica en calidad",
         "Las 10 preguntas más frecuentes.",
         "https://carreratecnica.example.es/articulos/entrevista-calidad"),
        ("Después del rechazo: pedir feedback sin incomodar",
         "Plantilla de correo incluida.",
         "https://carreratecnica.example.es/articulos/pedir-feedback"),
        ("Ofertas destacadas de la semana",
         "Control de calidad, metrología y laboratorio.",
         "https://carreratecnica.example.es/ofertas"),
    ], "Recibes este boletín porque te suscribiste en carreratecnica.example.es. Darte de baja.",
        "#1d3557", "es"),
})

MESSAGES.append({
    "slug": "ooo_talentia_soler", "kind": "other", "lang": "es",
    "contact": "marta.soler@talentia.example.es",
    "frm": ("Marta Soler · Talentia", "marta.soler@talentia.example.es"),
    "name_enc": ("utf-8", "B"),
    "subject": "Respuesta automática: Re: Entrevista con Biomédica Pirineu",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-09-07 09:02 +0200",
    "headers": [("Auto-Submitted", "auto-replied")],
    "body": """Hola:

Estoy fuera de la oficina hasta el miércoles 9 de septiembre. Responderé a tu correo a mi vuelta.

Si es urgente, puedes llamar a la oficina de Talentia Recruiting al +34 932 17 45 90.

Gracias,
Marta Soler
""",
})
