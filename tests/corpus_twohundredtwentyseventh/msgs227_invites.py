"""Corpus 227: invites, one hand-written spec per message."""

from __future__ import annotations

import msgs227_common as C

ME = C.CANDIDATE

MESSAGES: list[dict] = []

VAUCLAIR_HR = ("Isabelle Jeanrenaud", "i.jeanrenaud@vauclair.example.ch")
DELACOMBE_HR = ("Léa Chevalley", "lea.chevalley@delacombe.example.ch")
JURA = ("Mathieu Bourquin", "m.bourquin@jura-placement.example.ch")
ORTHALYS = ("Céline Vuille", "c.vuille@orthalys.example.ch")
ARC = ("Sébastien Jaquier", "s.jaquier@arc-interim.example.ch")

JURA_SIG = """--
Mathieu Bourquin
Conseiller en personnel – Horlogerie & microtechnique
Jura Placement Sàrl
Avenue Léopold-Robert 76, 2300 La Chaux-de-Fonds
+41 32 910 44 80 | www.jura-placement.example.ch
"""

# ================================================================ interview_invitation

# ---------------------------------------------------------------- French

MESSAGES.append({
    "slug": "vauclair_panel_invite", "kind": "interview_invitation", "lang": "fr",
    "company": "Manufacture Vauclair", "contact": "i.jeanrenaud@vauclair.example.ch",
    "frm": VAUCLAIR_HR,
    "subject": "Invitation : entretien Contrôleur qualité T0 – jeudi 5 mars, 14h00",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-02-23 10:14 +0100",
    "irt": "vauclair_personio_ack",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Suite à l'examen de votre dossier, nous avons le plaisir de vous inviter à un entretien pour le poste de Contrôleur qualité T0 (habillage et mouvement).

Date : jeudi 5 mars 2026, de 14h00 à 15h30
Lieu : Manufacture Vauclair, Rue du Crêt-Vaillant 31, 2400 Le Locle – réception du bâtiment B
Panel : Mme Isabelle Jeanrenaud (RH), M. Olivier Matthey (responsable contrôle qualité), M. Kevin Sunier (chef d'atelier T0)

L'entretien comprendra un échange d'environ 45 minutes, suivi d'un court exercice pratique de contrôle visuel à la loupe. Merci de vous munir d'une pièce d'identité.

Je vous remercie de confirmer votre présence en acceptant l'invitation ci-jointe.

Meilleures salutations

Isabelle Jeanrenaud
Partenaire RH
Manufacture Vauclair SA
Rue du Crêt-Vaillant 31, 2400 Le Locle
+41 32 933 52 00
""",
    "attach": [{
        "type": "ics", "inline": True, "uid": "040000008200E00074C5B7101A82E008-vauclair-t0",
        "seq": 0, "start": "2026-03-05 14:00", "end": "2026-03-05 15:30",
        "summary": "Entretien Contrôleur qualité T0 – C. Oduya-Hartmann",
        "location": "Manufacture Vauclair, bâtiment B, Le Locle",
        "organizer": VAUCLAIR_HR,
        "attendees": [ME, ("Olivier Matthey", "o.matthey@vauclair.example.ch"),
                      ("Kevin Sunier", "k.sunier@vauclair.example.ch")],
        "description": "Entretien + exercice pratique de contrôle visuel.",
    }],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "montbrillant_phone_screen", "kind": "interview_invitation", "lang": "fr",
    "company": "Décolletage Montbrillant", "contact": "v.houriet@montbrillant.example.ch",
    "frm": ("Valérie Houriet", "v.houriet@montbrillant.example.ch"),
    "subject": "Votre candidature - entretien téléphonique",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-01-20 09:22 +0100",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Merci pour votre candidature au poste de contrôleur qualité en décolletage.

Votre profil nous intéresse et j'aimerais faire un premier point par téléphone avec vous, une vingtaine de minutes, pour parler de votre apprentissage et de vos attentes.

Je vous propose mardi 27 janvier à 10h00. Je vous appellerai au numéro indiqué dans votre CV (079 412 58 63). Si l'heure ne vous convient pas, dites-le-moi et nous trouverons un autre moment.

Meilleures salutations

Valérie Houriet
Responsable du personnel
Décolletage Montbrillant SA
Rue Industrielle 14, 2740 Moutier
Tél. +41 32 493 17 20
""",
})

MESSAGES.append({
    "slug": "jura_placement_client_interview", "kind": "interview_invitation", "lang": "fr",
    "company": "Cadrans Favre-Jaquet", "contact": "m.bourquin@jura-placement.example.ch",
    "frm": ("Mathieu Bourquin | Jura Placement", JURA[1]),
    "subject": "Entretien chez Cadrans Favre-Jaquet – c'est calé !",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-02-03 16:40 +0100",
    "irt": "jura_placement_registration",
    "body": """Salut Clément,

Bonne nouvelle : Cadrans Favre-Jaquet aimerait te rencontrer pour le poste de contrôleur qualité cadrans dont je t'ai parlé au téléphone.

Rendez-vous le mardi 10 février à 9h00 chez eux, Rue de la Serre 62 à La Chaux-de-Fonds. Tu seras reçu par Mme Nadège Humbert, cheffe d'atelier contrôle, et par quelqu'un des RH. Compte environ une heure, avec une visite de l'atelier.

Quelques conseils : prends ton CV papier et ton carnet d'apprentissage, ils aiment bien voir des exemples concrets. Tenue correcte mais pas besoin de cravate.

Tu peux me confirmer par retour de mail ? Et appelle-moi juste après l'entretien pour me raconter.

À+
Mathieu

""" + JURA_SIG,
})

MESSAGES.append({
    "slug": "delacombe_workday_schedule", "kind": "interview_invitation", "lang": "fr",
    "company": "Maison Delacombe", "contact": "",
    "frm": ("Maison Delacombe", "delacombe@myworkday.com"),
    "subject": "Planifiez votre entretien – Contrôleur qualité habillage (R-04417)",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-03-03 08:05 +0000",
    "irt": "delacombe_workday_ack",
    "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
    "html": C.ats_card("Maison Delacombe · Carrières", "#3b2f2a", """Cher Monsieur Oduya-Hartmann,

Votre candidature au poste Contrôleur qualité habillage (R-04417) passe à l'étape suivante.

Nous vous invitons à un entretien avec notre panel (Ressources Humaines, Qualité et Manufacture) dans nos ateliers de Plan-les-Ouates. Merci de choisir l'un des créneaux proposés du 10 au 12 mars directement dans votre espace candidat.

Durée : 1 heure 30, y compris une visite de l'atelier d'habillage.

Avec nos meilleures salutations,
Ressources Humaines – Maison Delacombe""", "fr",
        ("Choisir mon créneau", "https://delacombe.wd3.myworkday.com/delacombe_careers/task/interview/R-04417"),
        "Ce message a été généré automatiquement par Workday. Merci de ne pas y répondre."),
    "html_cte": "quoted-printable",
})

MESSAGES.append({
    "slug": "orthalys_casual_thursday", "kind": "interview_invitation", "lang": "fr",
    "company": "Orthalys", "contact": "c.vuille@orthalys.example.ch",
    "frm": ORTHALYS,
    "subject": "Poste contrôle implants – on en parle jeudi ?",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-06-16 12:31 +0200",
    "irt": "orthalys_cv_received",
    "body": """Salut Clément,

J'ai lu ton dossier, il m'a bien plu ! Est-ce que tu serais libre jeudi 18 juin à 16h pour qu'on en discute une petite demi-heure sur Teams ? Rien de formel, juste pour faire connaissance et te présenter l'équipe de contrôle des implants.

Voici le lien : https://teams.example.com/l/meetup-join/orthalys-qc-1806

Si jeudi ne joue pas, propose-moi un autre moment cette semaine.

Belle journée,
Céline

Céline Vuille
Responsable Qualité Production
Orthalys SA – Rue des Draizes 3, 2000 Neuchâtel
+41 32 720 88 41
""",
})

MESSAGES.append({
    "slug": "orthalys_reinvite", "kind": "interview_invitation", "lang": "fr",
    "company": "Orthalys", "contact": "c.vuille@orthalys.example.ch",
    "frm": ORTHALYS,
    "subject": "Re: Notre rendez-vous Teams d'hier",
    "date": "2026-06-19 08:47 +0200",
    "irt": "orthalys_missed_teams",
    "refs": ["orthalys_casual_thursday", "orthalys_missed_teams"],
    "body": """Bonjour Clément,

Pas de souci, ce sont des choses qui arrivent, merci pour ton message.

Je te propose plutôt de venir directement chez nous, ce sera l'occasion de voir la salle blanche : lundi 22 juin à 14h00, Rue des Draizes 3, réception au rez. Tu rencontreras aussi Dario, notre responsable métrologie, et on te fera mesurer quelques pièces au projecteur de profil.

Je t'envoie l'invitation dans l'agenda, merci de l'accepter.

À lundi,
Céline

""" + C.reply("fr", "2026-06-18 16:25", "Céline Vuille", ORTHALYS[1],
              """Bonjour Clément,

Je suis sur Teams depuis 16h00 et ne te vois pas. Tout va bien ?

Céline"""),
    "attach": [{
        "type": "ics", "inline": True, "uid": "orthalys-qc-2206@orthalys.example.ch",
        "start": "2026-06-22 14:00", "end": "2026-06-22 15:30",
        "summary": "Entretien contrôle implants – Clément Oduya-Hartmann",
        "location": "Orthalys, Rue des Draizes 3, Neuchâtel",
        "organizer": ORTHALYS,
        "attendees": [ME, ("Dario Monnier", "d.monnier@orthalys.example.ch")],
        "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    }],
})

MESSAGES.append({
    "slug": "usinage_comtois_assessment", "kind": "interview_invitation", "lang": "fr",
    "company": "Usinage Comtois", "contact": "l.marchand@usinage-comtois.example.fr",
    "frm": ("Laure Marchand", "l.marchand@usinage-comtois.example.fr"),
    "subject": "Convocation – journée d'évaluation Contrôleur qualité le 15 septembre",
    "subj_enc": ("windows-1252", "Q"),
    "date": "2026-09-01 11:30 +0200",
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Monsieur,

Votre candidature au poste de contrôleur qualité a retenu notre attention et nous avons le plaisir de vous convier à notre journée d’évaluation.

Mardi 15 septembre 2026, de 8h30 à 16h00
Usinage Comtois – 12 rue de Vesoul – 25000 Besançon

Programme :
– 8h30 : accueil et présentation de l’entreprise
– 9h15 : épreuve de lecture de plans et cotation
– 11h00 : mise en situation au laboratoire de métrologie (micromètres, comparateurs, colonne de mesure)
– 13h30 : entretien individuel avec le responsable qualité
– 15h00 : visite des ateliers

Le déjeuner est offert. Les frais de déplacement depuis La Chaux-de-Fonds vous seront remboursés sur justificatif.

Merci de nous confirmer votre participation avant le 8 septembre.

Bien cordialement,

Laure Marchand
Chargée de recrutement
Usinage Comtois SAS – Tél. : +33 3 81 47 20 15
""",
    "attach": [{"type": "pdf", "filename": "Plan_acces_Usinage_Comtois.pdf",
                "title": "Usinage Comtois - plan d'accès",
                "lines": ["12 rue de Vesoul, 25000 Besançon",
                          "Parking visiteurs : entrée B, places 1 à 12",
                          "Accueil : bâtiment administratif, rez-de-chaussée"]}],
})

MESSAGES.append({
    "slug": "rochat_trial_day", "kind": "interview_invitation", "lang": "fr",
    "company": "Boîtiers Rochat", "contact": "f.rochat@boitiers-rochat.example.ch",
    "frm": ("François Rochat", "f.rochat@boitiers-rochat.example.ch"),
    "subject": "Journée d'essai à l'atelier",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-04-28 17:55 +0200",
    "body": """Bonjour Clément,

Suite à notre téléphone de ce matin, je vous confirme la journée d'essai au contrôle des boîtes : jeudi 7 mai, de 7h30 à 16h30, dans notre atelier des Bois.

Vous travaillerez avec Mme Piquerez au contrôle final : aspect, étanchéité et cotes des lunettes. L'idée est de voir comment vous vous sentez au poste et que nous puissions faire connaissance. La journée est rémunérée.

Prenez des chaussures fermées ; la blouse et les gants sont fournis. Une pause de midi est prévue à la cantine.

Au plaisir,

François Rochat
Directeur technique
Boîtiers Rochat SA
Les Bois, Route de France 18
+41 32 961 14 70
""",
    "cte": "quoted-printable",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "ventoux_smartrecruiters_invite", "kind": "interview_invitation", "lang": "fr",
    "company": "Groupe Ventoux Horlogerie", "contact": "",
    "frm": ("Groupe Ventoux Horlogerie", "noreply@smartrecruiters.com"),
    "subject": "Prochaine étape : entretien vidéo et test technique",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-07-20 14:02 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html": C.ats_card("Groupe Ventoux Horlogerie", "#0f4c5c", """Bonjour Clément,

Bonne nouvelle : votre candidature pour le poste de Contrôleur qualité composants passe à l'étape suivante !

Nous vous invitons à un entretien vidéo de 45 minutes avec notre responsable qualité, M. Gilles Aubert, ainsi qu'à un test technique en ligne (lecture de plans et tolérances, environ 30 minutes) à effectuer avant l'entretien.

Réservez votre créneau pour l'entretien vidéo via le bouton ci-dessous. Le lien du test vous parviendra séparément.

À très bientôt,
L'équipe Talent Acquisition""", "fr",
        ("Réserver mon entretien", "https://jobs.smartrecruiters.com/ventoux/interview/7421-fr"),
        "Envoyé via SmartRecruiters · Politique de confidentialité"),
})

MESSAGES.append({
    "slug": "jeanneret_google_inline", "kind": "interview_invitation", "lang": "fr",
    "company": "Polissage Jeanneret", "contact": "thomas@polissage-jeanneret.example.ch",
    "frm": ("Thomas Jeanneret", "thomas@polissage-jeanneret.example.ch"),
    "subject": "Invitation: Entretien contrôle qualité - Clément @ mer. 19 août 2026 10:00 - 11:00 (CEST)",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-08-10 20:11 +0200",
    "body": """Thomas Jeanneret vous a invité à un événement.

Entretien contrôle qualité - Clément
mercredi 19 août 2026 · 10:00 – 11:00 (heure d'été d'Europe centrale)

Lieu : Polissage Jeanneret, Rue du Collège 41, 2300 La Chaux-de-Fonds

Salut Clément, comme dit au téléphone : on se voit à l'atelier pour parler du poste de contrôle visuel après polissage. Tu pourras voir nos postes de contrôle et les lampes. - Thomas

Participer : oui / non / peut-être
Invitation de Google Agenda
""",
    "attach": [{
        "type": "ics", "inline": True, "uid": "5h2kq0jeanneret0819@google.com",
        "start": "2026-08-19 10:00", "end": "2026-08-19 11:00",
        "summary": "Entretien contrôle qualité - Clément",
        "location": "Polissage Jeanneret, Rue du Collège 41, 2300 La Chaux-de-Fonds",
        "organizer": ("Thomas Jeanneret", "thomas@polissage-jeanneret.example.ch"),
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "cte": "7bit",
    }],
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "vuilleumier_teamtailor_invite", "kind": "interview_invitation", "lang": "fr",
    "company": "Horlogerie Vuilleumier", "contact": "",
    "frm": ("Horlogerie Vuilleumier", "no-reply@teamtailor-mail.com"),
    "subject": "Horlogerie Vuilleumier vous invite à un entretien",
    "date": "2026-10-05 09:30 +0200",
    "headers": [("Auto-Submitted", "auto-generated")],
    "html_cte": "base64",
    "html": C.ats_card("Horlogerie Vuilleumier", "#2d6a4f", """Bonjour Clément,

Merci pour votre candidature au poste d'Inspecteur qualité – mouvements à Neuchâtel.

Nous aimerions vous rencontrer ! Choisissez ci-dessous le moment qui vous convient pour un entretien sur place avec Mme Aline Brandt (RH) et M. Pascal Wyss (responsable qualité).

Les créneaux disponibles vont du 12 au 16 octobre.

Cordialement,
Horlogerie Vuilleumier""", "fr",
        ("Choisir un créneau", "https://vuilleumier.teamtailor.com/meetings/bookings/8d1f0a"),
        "Envoyé avec Teamtailor"),
})

MESSAGES.append({
    "slug": "arc_interim_phone_invite", "kind": "interview_invitation", "lang": "fr",
    "company": "Arc Intérim", "contact": "s.jaquier@arc-interim.example.ch",
    "frm": ("Sébastien Jaquier - Arc Intérim", ARC[1]),
    "name_enc": ("iso-8859-1", "B"),
    "subject": "Mission contrôle visuel - entretien téléphonique jeudi",
    "date": "2026-05-18 11:12 +0200",
    "irt": "arc_interim_inscription",
    "body": """Bonjour Clément,

Merci pour ton inscription chez Arc Intérim. J'ai une mission de contrôle visuel de boîtes de montres (6 mois, possibilité d'engagement fixe) chez un de nos clients du Vallon de Saint-Imier qui pourrait bien te correspondre.

Je te propose un entretien téléphonique ce jeudi 21 mai à 14h00 pour en parler et voir si ça colle. Compte 30 minutes. Je t'appelle sur ton natel.

Réponds-moi simplement pour confirmer.

Sébastien Jaquier
Consultant – Arc Intérim SA
Rue du Marché 10, 2610 Saint-Imier
Tél. 032 941 55 30
""",
})

MESSAGES.append({
    "slug": "pourtales_invite_reply", "kind": "interview_invitation", "lang": "fr",
    "company": "Microtechnique Pourtalès", "contact": "a.robert@pourtales.example.ch",
    "frm": ("Anne Robert", "a.robert@pourtales.example.ch"),
    "subject": "RE: Candidature Inspecteur qualité – C. Oduya-Hartmann",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-03-19 10:48 +0100",
    "irt": "own_application_pourtales",
    "body": """Bonjour Monsieur Oduya-Hartmann,

Merci pour votre candidature, qui a retenu l'attention de notre responsable qualité, M. Frédéric Amez-Droz.

Il souhaiterait s'entretenir avec vous par téléphone le mercredi 25 mars à 10h30 (environ 30 minutes). Pouvez-vous me confirmer que ce créneau vous convient et le numéro auquel vous joindre ?

Avec nos meilleures salutations

Anne Robert
Assistante RH
Microtechnique Pourtalès SA
Rue de la Maladière 23 - 2000 Neuchâtel
+41 32 729 11 60

""" + C.outlook("fr", "2026-03-12 21:30", "Clément Oduya-Hartmann <clement.oh@example.ch>",
                "RH Pourtalès <rh@pourtales.example.ch>",
                "Candidature Inspecteur qualité – C. Oduya-Hartmann",
                """Madame, Monsieur,

Je vous adresse ma candidature pour le poste d'inspecteur qualité publié sur
votre site. Je termine cet été mon apprentissage d'horloger praticien et je
souhaite me spécialiser dans le contrôle qualité.

Je me tiens à votre disposition pour un entretien.

Meilleures salutations
Clément Oduya-Hartmann"""),
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

# ---------------------------------------------------------------- English

LUMORA = ("Nadia Brunner", "nadia.brunner@lumora.example.ch")
PRECISA = ("Giulia Ferri", "giulia.ferri@precisalombarda.example.it")
QUELLWERK = ("Hannah Oberli", "hannah.oberli@quellwerk.example.ch")

MESSAGES.append({
    "slug": "lumora_greenhouse_phone", "kind": "interview_invitation", "lang": "en",
    "company": "Lumora Medical", "contact": "nadia.brunner@lumora.example.ch",
    "frm": ("Nadia Brunner via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": LUMORA,
    "subject": "Lumora Medical: let's schedule a phone screen",
    "date": "2026-04-21 13:05 +0000",
    "irt": "lumora_greenhouse_ack",
    "body": """Hi Clément,

Thanks for applying to the QC Inspector, Sterile Packaging role at Lumora Medical. I've read through your CV and I'd love to set up a 30-minute phone screen to learn more about your watchmaking apprenticeship and walk you through the role.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/lumora/booking/6f2c1d

The call will be in English; feel free to ask questions about the team, the Schlieren site or the shift pattern.

Looking forward to speaking,
Nadia

Nadia Brunner
Senior Talent Partner | Lumora Medical AG
""",
})
MESSAGES[-1]["html"] = C.ats_card("Lumora Medical", "#4b2e83", MESSAGES[-1]["body"], "en",
                                  ("Pick a time", "https://app.greenhouse.io/scheduling/lumora/booking/6f2c1d"),
                                  "Sent via Greenhouse")

MESSAGES.append({
    "slug": "precisa_teams_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Precisa Lombarda", "contact": "giulia.ferri@precisalombarda.example.it",
    "frm": PRECISA,
    "subject": "Interview invitation - QC Inspector (Sesto San Giovanni)",
    "date": "2026-05-05 09:41 +0200",
    "body": """Dear Clément,

Thank you for your application for the QC Inspector position in our incoming inspection department.

We would like to invite you to a first interview via Microsoft Teams on Tuesday 12 May at 15:00 CEST. You will meet Marco Bellini (Quality Manager), Luca Sala (Metrology Lead) and myself. The conversation will be held in English and will last about one hour.

The meeting link is in the attached calendar invitation. Please accept it to confirm, or let me know if another time would suit you better.

Kind regards,

Giulia Ferri
HR Business Partner
Precisa Lombarda S.r.l.
Via Venezia 61, 20099 Sesto San Giovanni (MI), Italy
+39 02 2404 7710

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Precisa Lombarda S.r.l. - VAT IT 09876543210.
""",
    "attach": [{
        "type": "ics", "filename": "invite.ics", "uid": "precisa-qc-interview-2605@precisalombarda.example.it",
        "start": "2026-05-12 15:00", "end": "2026-05-12 16:00", "tz": "Europe/Rome",
        "summary": "Interview QC Inspector - Clément Oduya-Hartmann",
        "location": "Microsoft Teams Meeting",
        "organizer": PRECISA,
        "attendees": [ME, ("Marco Bellini", "marco.bellini@precisalombarda.example.it"),
                      ("Luca Sala", "luca.sala@precisalombarda.example.it")],
        "description": "Join on Teams: https://teams.example.com/l/meetup-join/precisa-qc",
    }],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "kinetik_ashby_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Kinetik Surgical", "contact": "",
    "frm": ("Kinetik Surgical Recruiting", "no-reply@ashbyhq.com"),
    "subject": "Schedule your interview with Kinetik Surgical",
    "date": "2026-09-09 12:20 +0000",
    "irt": "kinetik_ashby_ack",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Hi Clément,

Great news - the team would like to meet you for the Incoming Inspection Technician role!

The next step is a 45-minute video interview on Zoom with Reto Imhof (Head of Quality) and Mei Tanaka (Supplier Quality Engineer). Please choose a slot next week using the self-scheduling link:

https://jobs.ashbyhq.com/kinetik-surgical/interview/schedule/91ab7

Once booked, you'll receive a calendar invitation with the Zoom details.

Best,
Kinetik Surgical Recruiting
""",
})
MESSAGES[-1]["html"] = C.ats_card("Kinetik Surgical", "#e4572e", MESSAGES[-1]["body"], "en",
                                  ("Choose a time", "https://jobs.ashbyhq.com/kinetik-surgical/interview/schedule/91ab7"),
                                  "Powered by Ashby")

MESSAGES.append({
    "slug": "halden_casual_thursday", "kind": "interview_invitation", "lang": "en",
    "company": "Halden Optics", "contact": "tom.keller@haldenoptics.example.ch",
    "frm": ("Tom Keller", "tom.keller@haldenoptics.example.ch"),
    "subject": "QC inspector",
    "date": "2026-09-29 17:48 +0200",
    "body": """Hi Clément,

Got your CV from Anja at the Basel trade fair stand. Are you free Thursday to chat? I could ring you at 11:00 for twenty minutes or so, nothing formal - I'd just like to hear what you've been doing at the workshop and tell you about the lens inspection job.

Number still 079 412 58 63?

Tom Keller
Production Manager, Halden Optics AG
Hochbergerstrasse 60, 4057 Basel
+41 61 638 40 22
""",
})

MESSAGES.append({
    "slug": "ferrante_sanvita_interview", "kind": "interview_invitation", "lang": "en",
    "company": "Sanvita", "contact": "paolo.ferrante@ferrantesearch.example.it",
    "frm": ("Paolo Ferrante", "paolo.ferrante@ferrantesearch.example.it"),
    "subject": "Interview with Sanvita confirmed - 10 June, Milan",
    "date": "2026-06-03 18:02 +0200",
    "body": """Clément,

As discussed on the phone, Sanvita would like to meet you for the Quality Inspector opening at their infusion-set plant.

When: Wednesday 10 June, 10:30
Where: Sanvita S.p.A., Via Gallarate 205, Milano - ask for Dr. Elena Conti at reception
Who: Elena Conti (Plant Quality Manager) and Stefano Riva (HR)

They'll run the interview in English. Expect questions on inspection sampling plans (AQL) and on how you document non-conformities - your apprenticeship logbook examples will be useful.

Travel: they will reimburse your train ticket from La Chaux-de-Fonds; keep the receipt.

Call me after the meeting.

Best,
Paolo

Paolo Ferrante | Partner
Ferrante Search - Life Sciences & Precision Engineering
Corso Magenta 44, 20123 Milano
M +39 347 552 0918
""",
    "cte": "quoted-printable",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "alpenlicht_assessment", "kind": "interview_invitation", "lang": "en",
    "company": "Alpenlicht Instruments", "contact": "",
    "frm": ("Alpenlicht Instruments", "noreply@workablemail.com"),
    "subject": "Invitation to our assessment centre - Quality Inspector",
    "date": "2026-04-07 09:00 +0200",
    "irt": "alpenlicht_workable_ack",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Dear Clément,

We are pleased to invite you to the assessment centre for the Quality Inspector position.

Date: Tuesday 21 April 2026, 08:30 - 15:30
Place: Alpenlicht Instruments, Überlandstrasse 129, 8600 Dübendorf (Building C, training room 2)

The day includes a practical measurement exercise, a short documentation task based on a real inspection report, a team case and an individual interview with the hiring manager. Lunch is provided.

Please confirm your attendance using the link below by 14 April:
https://apply.workable.com/alpenlicht/j/5C1D2E/confirm

Kind regards,
The Alpenlicht People Team
""",
})
MESSAGES[-1]["html"] = C.ats_card("Alpenlicht Instruments", "#264653", MESSAGES[-1]["body"], "en",
                                  ("Confirm attendance", "https://apply.workable.com/alpenlicht/j/5C1D2E/confirm"),
                                  "Sent via Workable")
MESSAGES[-1]["html_cte"] = "base64"

MESSAGES.append({
    "slug": "quellwerk_panel_ics", "kind": "interview_invitation", "lang": "en",
    "company": "Quellwerk Medical", "contact": "hannah.oberli@quellwerk.example.ch",
    "frm": QUELLWERK,
    "subject": "Panel interview - Quality Control Inspector (Basel)",
    "date": "2026-07-08 15:27 +0200",
    "irt": "own_application_quellwerk",
    "body": """Dear Mr Oduya-Hartmann,

Thank you for your application. We would like to invite you to a panel interview for the Quality Control Inspector position at our Basel site.

Date: Thursday 16 July 2026, 09:00-10:30
Location: Quellwerk Medical AG, Hochstrasse 40, 4053 Basel, Building 2, meeting room "Rhein"
Panel: Hannah Oberli (HR), Dr. Felix Amrein (Head of QC), Sara Lüthi (QC Team Lead)

Please bring an ID card; the reception will issue a visitor badge. A calendar invitation is attached - please accept it so we know you are coming.

Best regards,

Hannah Oberli
Talent Acquisition Specialist
Quellwerk Medical AG | Hochstrasse 40 | 4053 Basel
+41 61 555 43 10
""",
    "attach": [{
        "type": "ics", "filename": "Panel_interview.ics", "cte": "quoted-printable",
        "uid": "quellwerk-qci-panel-1607@quellwerk.example.ch",
        "start": "2026-07-16 09:00", "end": "2026-07-16 10:30",
        "summary": "Panel interview QC Inspector - C. Oduya-Hartmann",
        "location": "Quellwerk Medical AG, Building 2, room Rhein, Basel",
        "organizer": QUELLWERK,
        "attendees": [ME, ("Felix Amrein", "felix.amrein@quellwerk.example.ch"),
                      ("Sara Lüthi", "sara.luethi@quellwerk.example.ch")],
    }],
})

# ---------------------------------------------------------------- German

KESSLER = ("Daniel Vogt", "daniel.vogt@kessler-vogt.example.ch")
RHEINWERK = ("Corinne Baumann", "corinne.baumann@rheinwerk.example.ch")
STELLWERK = ("Petra Gerber", "petra.gerber@stellwerk-uhren.example.ch")

MESSAGES.append({
    "slug": "kessler_ruegg_interview", "kind": "interview_invitation", "lang": "de",
    "company": "Feinmechanik Rüegg", "contact": "daniel.vogt@kessler-vogt.example.ch",
    "frm": KESSLER,
    "subject": "Vorstellungsgespräch bei Feinmechanik Rüegg am 27. August",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-08-18 10:05 +0200",
    "body": """Lieber Herr Oduya-Hartmann

Wie telefonisch besprochen, freut sich unser Mandant Feinmechanik Rüegg AG, Sie kennenzulernen.

Termin: Donnerstag, 27. August 2026, 14.00 Uhr
Ort: Feinmechanik Rüegg AG, Binzstrasse 18, 8045 Zürich
Gesprächspartner: Herr Martin Rüegg (Geschäftsführer) und Frau Sabine Kälin (Leiterin Qualitätssicherung)

Das Gespräch dauert rund eine Stunde und schliesst einen Rundgang durch die Messraum-Abteilung ein. Man wird Ihnen auch einige Fragen zu Prüfmitteln und Messprotokollen stellen.

Ich rufe Sie am Vortag noch kurz zur Vorbereitung an.

Freundliche Grüsse

Daniel Vogt
Partner
Kessler & Vogt Executive Search AG
Löwenstrasse 29, 8001 Zürich
+41 44 211 36 80
""",
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

MESSAGES.append({
    "slug": "rheinwerk_probetag", "kind": "interview_invitation", "lang": "de",
    "company": "Rheinwerk Diagnostics", "contact": "corinne.baumann@rheinwerk.example.ch",
    "frm": RHEINWERK,
    "subject": "Einladung zum Schnuppertag – Qualitätsprüfer Montage",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-04-01 08:50 +0200",
    "irt": "rheinwerk_successfactors_ack",
    "body": """Guten Tag Herr Oduya-Hartmann

Vielen Dank für Ihre Bewerbung und das kurze Telefonat von gestern.

Gerne laden wir Sie zu einem Schnuppertag in unserer Montage ein, damit Sie die Arbeit in der Qualitätsprüfung unserer Diagnosegeräte kennenlernen und wir Sie in der Praxis erleben können:

Dienstag, 14. April 2026, 8.00 bis 16.30 Uhr
Rheinwerk Diagnostics AG, Mattenstrasse 22, 4058 Basel
Treffpunkt: Empfang Gebäude A, Ansprechpartner Herr Luca Brändli (Teamleiter QS)

Am Nachmittag führen wir ein Gespräch mit Ihnen und Herrn Brändli. Die Reisekosten übernehmen wir.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse

Corinne Baumann
HR Recruiting
Rheinwerk Diagnostics AG
Mattenstrasse 22, 4058 Basel
T +41 61 690 22 00
""",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "de")

MESSAGES.append({
    "slug": "stellwerk_einladung", "kind": "interview_invitation", "lang": "de",
    "company": "Stellwerk Uhren", "contact": "petra.gerber@stellwerk-uhren.example.ch",
    "frm": ("Gerber Petra", STELLWERK[1]),
    "subject": "Einladung Vorstellungsgespräch - Qualitätsprüfer Endkontrolle",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-07-14 11:19 +0200",
    "irt": "stellwerk_softgarden_ack",
    "body": """Sehr geehrter Herr Oduya-Hartmann

Besten Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 21. Juli 2026, 10.00 Uhr
Stellwerk Uhren AG, Jakob-Stämpfli-Strasse 40, 2502 Biel/Bienne

Am Gespräch nehmen Herr Urs Marti (Leiter Endkontrolle) und ich teil. Gerne können Sie das Gespräch auch auf Französisch führen.

Die Einladung finden Sie im Anhang. Sollte der Termin nicht passen, melden Sie sich bitte bei mir.

Freundliche Grüsse

Petra Gerber
HR Business Partner
Stellwerk Uhren AG
T +41 32 344 71 00
""",
    "attach": [{
        "type": "ics", "filename": "Vorstellungsgespraech.ics",
        "uid": "stellwerk-endkontrolle-2107@stellwerk-uhren.example.ch",
        "start": "2026-07-21 10:00", "end": "2026-07-21 11:00",
        "summary": "Vorstellungsgespräch Clément Oduya-Hartmann",
        "location": "Stellwerk Uhren AG, Biel, Sitzungszimmer 3",
        "organizer": STELLWERK,
        "attendees": [ME, ("Urs Marti", "urs.marti@stellwerk-uhren.example.ch")],
    }],
})

# ---------------------------------------------------------------- Spanish

VALLES = ("Anna Roca", "anna.roca@mecanitzatsvalles.example.es")

MESSAGES.append({
    "slug": "mecanitzats_entrevista", "kind": "interview_invitation", "lang": "es",
    "company": "Mecanitzats Vallès", "contact": "anna.roca@mecanitzatsvalles.example.es",
    "frm": VALLES,
    "subject": "Entrevista para el puesto de inspector de calidad",
    "date": "2026-06-10 10:15 +0200",
    "irt": "mecanitzats_teamtailor_ack",
    "body": """Hola Clément:

Gracias por tu candidatura al puesto de inspector de control de calidad en nuestra planta de Sabadell.

Nos gustaría conocerte en una entrevista por videollamada el martes 16 de junio a las 11:00 (hora de Madrid). Estarán Pere Casals, jefe de calidad, y yo misma. Calculamos unos 45 minutos; la hablaremos en castellano, pero si lo prefieres podemos cambiar al inglés en algún momento.

Te enviaré el enlace de Google Meet en cuanto me confirmes que te va bien.

Un saludo,

Anna Roca
Técnica de Selección
Mecanitzats Vallès S.L.
Carrer de la Indústria 45, 08202 Sabadell
+34 937 26 81 40
""",
})

MESSAGES.append({
    "slug": "talentia_pirineu_interview", "kind": "interview_invitation", "lang": "es",
    "company": "Biomédica Pirineu", "contact": "marta.soler@talentia.example.es",
    "frm": ("Marta Soler · Talentia", "marta.soler@talentia.example.es"),
    "name_enc": ("utf-8", "B"),
    "subject": "Entrevista con Biomédica Pirineu – jueves 10 de septiembre",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-09-03 16:22 +0200",
    "irt": "talentia_registro",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Hola Clément:

¡Buenas noticias! Nuestro cliente Biomédica Pirineu quiere entrevistarte para el puesto de técnico de control de calidad en su planta de Sant Joan Despí.

Fecha: jueves 10 de septiembre, 9:30 h
Lugar: Biomédica Pirineu, Av. de Barcelona 120, Sant Joan Despí
Te recibirán Laia Ferrer (responsable de calidad) y Òscar Mas (RR. HH.)

Ve preparado para hablar de tu experiencia con instrumentos de medición y de cómo documentas las no conformidades. Lleva tu CV impreso.

Confírmame, por favor, que puedes asistir.

Un abrazo,

Marta Soler
Consultora sénior · Talentia Recruiting
Passeig de Gràcia 112, 08008 Barcelona
Tel. +34 932 17 45 90
""",
})

MESSAGES.append({
    "slug": "montjuic_videollamada", "kind": "interview_invitation", "lang": "es",
    "company": "Instrumentos Montjuïc", "contact": "nuria.vidal@instrumentosmontjuic.example.es",
    "frm": ("Núria Vidal", "nuria.vidal@instrumentosmontjuic.example.es"),
    "name_enc": ("iso-8859-1", "B"),
    "subject": "Convocatoria a entrevista – Inspector/a de calidad",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-10-02 13:05 +0200",
    "body": """Hola Clément:

Hemos revisado tu candidatura para el puesto de Inspector/a de calidad en nuestro laboratorio de metrología y nos gustaría conocerte.

Te proponemos una entrevista por videollamada el jueves 8 de octubre a las 16:00. Participarán Jaume Ribas, responsable del laboratorio, y yo. Te adjunto la invitación para el calendario con el enlace.

Si no te va bien el horario, dime qué otro momento de esa semana te vendría mejor.

Saludos,
Núria

Núria Vidal · Responsable de Personas
Instrumentos Montjuïc S.A. · C/ de la Foneria 33, 08038 Barcelona
""",
    "attach": [{
        "type": "ics", "filename": "entrevista.ics", "tz": "Europe/Madrid",
        "uid": "montjuic-inspector-0810@instrumentosmontjuic.example.es",
        "start": "2026-10-08 16:00", "end": "2026-10-08 17:00",
        "summary": "Entrevista Inspector/a de calidad – Clément Oduya-Hartmann",
        "location": "Videollamada (Microsoft Teams)",
        "organizer": ("Núria Vidal", "nuria.vidal@instrumentosmontjuic.example.es"),
        "attendees": [ME, ("Jaume Ribas", "jaume.ribas@instrumentosmontjuic.example.es")],
    }],
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "es")

# ================================================================ interview_reschedule_or_cancel

# ---------------------------------------------------------------- French

MESSAGES.append({
    "slug": "vauclair_moved_seq1", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Manufacture Vauclair", "contact": "i.jeanrenaud@vauclair.example.ch",
    "frm": VAUCLAIR_HR,
    "subject": "Mis à jour : entretien Contrôleur qualité T0 – mardi 10 mars, 14h00",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-03-02 15:47 +0100",
    "irt": "vauclair_panel_invite",
    "refs": ["vauclair_personio_ack", "vauclair_panel_invite"],
    "body": """Bonjour Monsieur Oduya-Hartmann,

M. Matthey doit se rendre chez un fournisseur jeudi et ne pourra pas être présent à l'entretien du 5 mars. Nous avons donc déplacé le rendez-vous au mardi 10 mars 2026, même heure (14h00 – 15h30), même lieu.

L'invitation de calendrier a été mise à jour ; merci de l'accepter à nouveau. Si cette nouvelle date vous pose problème, n'hésitez pas à me téléphoner.

Avec mes excuses pour ce changement et mes meilleures salutations,

Isabelle Jeanrenaud
Partenaire RH
Manufacture Vauclair SA
+41 32 933 52 00
""",
    "attach": [{
        "type": "ics", "inline": True, "uid": "040000008200E00074C5B7101A82E008-vauclair-t0",
        "seq": 1, "start": "2026-03-10 14:00", "end": "2026-03-10 15:30",
        "summary": "Entretien Contrôleur qualité T0 – C. Oduya-Hartmann",
        "location": "Manufacture Vauclair, bâtiment B, Le Locle",
        "organizer": VAUCLAIR_HR,
        "attendees": [ME, ("Olivier Matthey", "o.matthey@vauclair.example.ch"),
                      ("Kevin Sunier", "k.sunier@vauclair.example.ch")],
        "description": "Nouvelle date. Entretien + exercice pratique de contrôle visuel.",
    }],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "delacombe_interviewer_ill", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Maison Delacombe", "contact": "lea.chevalley@delacombe.example.ch",
    "frm": DELACOMBE_HR,
    "name_enc": ("utf-8", "Q"),
    "subject": "RE: Entretien du 11 mars – demande de changement",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-03-09 08:12 +0100",
    "irt": "own_reschedule_delacombe",
    "refs": ["delacombe_workday_schedule", "own_reschedule_delacombe"],
    "body": """Bonjour Monsieur Oduya-Hartmann,

Merci pour votre message. Entre-temps, un imprévu de notre côté : notre responsable qualité, M. Berthoud, est malade cette semaine et tous les entretiens du panel sont décalés.

Je vous propose donc le mercredi 18 mars à 9h30, à Plan-les-Ouates, ce qui devrait aussi résoudre votre conflit avec les cours professionnels. Pouvez-vous me confirmer ce créneau ? Je mettrai ensuite à jour la réservation dans Workday.

Avec nos meilleures salutations,

Léa Chevalley
Chargée de recrutement
Maison Delacombe SA
Route des Jeunes 9, 1227 Carouge
+41 22 307 45 45

""" + C.reply("fr", "2026-03-05 19:40", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Madame,

J'ai réservé le créneau du mercredi 11 mars à 14h pour l'entretien, mais je viens
d'apprendre que j'ai un examen à l'école professionnelle ce jour-là. Serait-il
possible de choisir une autre date ?

Meilleures salutations,
Clément Oduya-Hartmann"""),
})

MESSAGES.append({
    "slug": "usinage_comtois_cancels_assessment", "kind": "interview_reschedule_or_cancel",
    "lang": "fr", "company": "Usinage Comtois",
    "contact": "l.marchand@usinage-comtois.example.fr",
    "frm": ("Laure Marchand", "l.marchand@usinage-comtois.example.fr"),
    "subject": "Annulation de la journée d'évaluation du 15 septembre",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-09-08 17:30 +0200",
    "irt": "usinage_comtois_assessment",
    "charset": "windows-1252", "cte": "8bit",
    "body": """Monsieur,

Je suis au regret de devoir annuler la journée d’évaluation prévue le mardi 15 septembre.

Une réorganisation interne du service qualité est en cours de discussion et notre direction souhaite la finaliser avant de poursuivre les recrutements. Cela ne remet pas en cause l’intérêt que nous portons à votre candidature : votre dossier reste ouvert et je reviendrai vers vous dès que j’aurai davantage de visibilité, au plus tard fin septembre.

Veuillez nous excuser pour ce contretemps.

Bien cordialement,

Laure Marchand
Chargée de recrutement
Usinage Comtois SAS – Tél. : +33 3 81 47 20 15
""",
})

MESSAGES.append({
    "slug": "jura_placement_client_moves", "kind": "interview_reschedule_or_cancel",
    "lang": "fr", "company": "Cadrans Favre-Jaquet",
    "contact": "m.bourquin@jura-placement.example.ch",
    "frm": ("Mathieu Bourquin | Jura Placement", JURA[1]),
    "subject": "Re: Entretien chez Cadrans Favre-Jaquet – changement de date",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-02-06 10:03 +0100",
    "irt": "own_confirms_jura",
    "refs": ["jura_placement_client_interview", "own_confirms_jura"],
    "body": """Salut Clément,

Merci pour ta confirmation. Petit changement toutefois : Mme Humbert a un audit client mardi prochain et le client me demande de décaler ton entretien d'une semaine, au mardi 17 février, toujours à 9h00 à la Rue de la Serre 62.

Tout le reste est inchangé. Tu me confirmes que c'est OK pour toi ?

Mathieu

""" + C.reply("fr", "2026-02-03 19:15", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Salut Mathieu,

Super nouvelle, merci ! Je confirme le mardi 10 février à 9h00 chez
Cadrans Favre-Jaquet. Je t'appelle après l'entretien.

Clément""") + "\n" + JURA_SIG,
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "jeanneret_updated_seq2", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Polissage Jeanneret", "contact": "thomas@polissage-jeanneret.example.ch",
    "frm": ("Thomas Jeanneret", "thomas@polissage-jeanneret.example.ch"),
    "subject": "Invitation mise à jour: Entretien contrôle qualité - Clément @ jeu. 20 août 2026 16:00 - 17:00 (CEST)",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-08-12 07:58 +0200",
    "irt": "jeanneret_google_inline",
    "body": """Cet événement a été modifié.

Entretien contrôle qualité - Clément
Modifié : jeudi 20 août 2026 · 16:00 – 17:00 (heure d'été d'Europe centrale)
Auparavant : mercredi 19 août 2026 · 10:00 – 11:00

Lieu : Polissage Jeanneret, Rue du Collège 41, 2300 La Chaux-de-Fonds

Clément, désolé, grosse livraison à préparer mercredi matin. On passe à jeudi en fin de journée, ça te va ? - Thomas

Participer : oui / non / peut-être
Invitation de Google Agenda
""",
    "attach": [{
        "type": "ics", "inline": True, "uid": "5h2kq0jeanneret0819@google.com", "seq": 2,
        "start": "2026-08-20 16:00", "end": "2026-08-20 17:00",
        "summary": "Entretien contrôle qualité - Clément",
        "location": "Polissage Jeanneret, Rue du Collège 41, 2300 La Chaux-de-Fonds",
        "organizer": ("Thomas Jeanneret", "thomas@polissage-jeanneret.example.ch"),
        "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        "cte": "7bit",
    }],
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"])

MESSAGES.append({
    "slug": "vuilleumier_teamtailor_moved", "kind": "interview_reschedule_or_cancel",
    "lang": "fr", "company": "Horlogerie Vuilleumier", "contact": "",
    "frm": ("Horlogerie Vuilleumier", "no-reply@teamtailor-mail.com"),
    "subject": "Votre entretien a été déplacé",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-10-07 13:14 +0200",
    "irt": "vuilleumier_teamtailor_invite",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Bonjour Clément,

Votre entretien avec Horlogerie Vuilleumier a été déplacé.

Ancienne date : lundi 12 octobre 2026, 10:00
Nouvelle date : mercredi 14 octobre 2026, 15:00
Lieu : Horlogerie Vuilleumier, Faubourg du Lac 11, 2000 Neuchâtel
Avec : Aline Brandt, Pascal Wyss

Si ce nouvel horaire ne vous convient pas, vous pouvez choisir un autre créneau via le lien ci-dessous.
https://vuilleumier.teamtailor.com/meetings/bookings/8d1f0a/reschedule

Cordialement,
Horlogerie Vuilleumier
""",
})
MESSAGES[-1]["html"] = C.ats_card("Horlogerie Vuilleumier", "#2d6a4f", MESSAGES[-1]["body"], "fr",
                                  None, "Envoyé avec Teamtailor")

MESSAGES.append({
    "slug": "arc_interim_moves_call", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Arc Intérim", "contact": "s.jaquier@arc-interim.example.ch",
    "frm": ("Sébastien Jaquier - Arc Intérim", ARC[1]),
    "name_enc": ("iso-8859-1", "B"),
    "subject": "RE: Mission contrôle visuel - entretien téléphonique jeudi",
    "date": "2026-05-20 08:20 +0200",
    "irt": "arc_interim_phone_invite",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Salut Clément,

Je dois décaler notre appel de demain : je suis bloqué toute la journée chez un client à Tramelan. On se dit vendredi 22 mai à 8h15, avant ton travail ? Même principe, je t'appelle sur ton natel.

Merci et à vendredi,
Sébastien

""" + C.reply("fr", "2026-05-18 12:40", "Clément Oduya-Hartmann", C.CANDIDATE_ADDR,
              """Bonjour Sébastien,

Volontiers, jeudi 14h00 c'est parfait pour moi. Je me réjouis d'en savoir
plus sur la mission.

Clément"""),
})

MESSAGES.append({
    "slug": "ventoux_cancels_meeting", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Groupe Ventoux Horlogerie", "contact": "gilles.aubert@ventoux.example.ch",
    "frm": ("Gilles Aubert", "gilles.aubert@ventoux.example.ch"),
    "subject": "Annulé : Entretien vidéo – Contrôleur qualité composants",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-07-24 16:55 +0200",
    "irt": "ventoux_smartrecruiters_invite",
    "body": """Bonjour Clément,

Je dois malheureusement annuler notre entretien vidéo de mardi prochain : je pars en urgence sur notre site de production au Portugal pour un audit qualité.

Cela n'a rien à voir avec votre candidature, qui reste en cours. Notre équipe recrutement vous recontactera après la pause estivale pour fixer une nouvelle date ; d'ici là, vous pouvez déjà passer le test technique en ligne.

Meilleures salutations,

Gilles Aubert
Responsable Qualité
Groupe Ventoux Horlogerie
Route de Genève 54, 1260 Nyon
""",
    "attach": [{
        "type": "ics", "method": "CANCEL", "filename": "annulation.ics",
        "uid": "sr-7421-fr-video@ventoux.example.ch", "seq": 1,
        "start": "2026-07-28 10:00", "end": "2026-07-28 10:45",
        "summary": "Entretien vidéo – Contrôleur qualité composants",
        "location": "Visioconférence",
        "organizer": ("Gilles Aubert", "gilles.aubert@ventoux.example.ch"),
    }],
})

# ---------------------------------------------------------------- English

MESSAGES.append({
    "slug": "lumora_cancel_ill", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Lumora Medical", "contact": "nadia.brunner@lumora.example.ch",
    "frm": LUMORA,
    "subject": "Canceled: Phone screen - Clément Oduya-Hartmann / Lumora Medical",
    "date": "2026-04-27 07:36 +0200",
    "irt": "lumora_greenhouse_phone",
    "body": """Hi Clément,

I'm so sorry to do this at short notice, but I'm off sick today and have to cancel our phone screen at 10:00. The calendar entry is cancelled with this message.

I'll be back in touch as soon as I'm on my feet again to find a new time - no need to rebook through the scheduling link for now.

Apologies again,
Nadia

Nadia Brunner
Senior Talent Partner | Lumora Medical AG
Wagistrasse 21, 8952 Schlieren
""",
    "attach": [{
        "type": "ics", "method": "CANCEL", "inline": True,
        "uid": "gh-lumora-6f2c1d-phone@greenhouse.example", "seq": 1,
        "start": "2026-04-27 10:00", "end": "2026-04-27 10:30",
        "summary": "Phone screen - Clément Oduya-Hartmann / Lumora Medical",
        "location": "Phone call", "organizer": LUMORA,
    }],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "precisa_slot_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Precisa Lombarda", "contact": "giulia.ferri@precisalombarda.example.it",
    "frm": PRECISA,
    "subject": "Updated invitation: Interview QC Inspector - now Thursday 14 May",
    "date": "2026-05-08 11:20 +0200",
    "irt": "precisa_teams_invite",
    "body": """Dear Clément,

Marco has been called to a customer audit in Turin on Tuesday, so we need to move your interview. The new slot is Thursday 14 May at 16:00 CEST, same Teams link, same panel.

I've updated the calendar invitation (attached). Sorry for the change and thank you for your flexibility.

Kind regards,
Giulia

""" + C.outlook("en", "2026-05-05 09:41", "Giulia Ferri <giulia.ferri@precisalombarda.example.it>",
                "Clément Oduya-Hartmann <clement.oh@example.ch>",
                "Interview invitation - QC Inspector (Sesto San Giovanni)",
                """Dear Clément,

Thank you for your application for the QC Inspector position in our incoming
inspection department.

We would like to invite you to a first interview via Microsoft Teams on Tuesday
12 May at 15:00 CEST."""),
    "attach": [{
        "type": "ics", "filename": "invite.ics", "seq": 1, "tz": "Europe/Rome",
        "uid": "precisa-qc-interview-2605@precisalombarda.example.it",
        "start": "2026-05-14 16:00", "end": "2026-05-14 17:00",
        "summary": "Interview QC Inspector - Clément Oduya-Hartmann",
        "location": "Microsoft Teams Meeting", "organizer": PRECISA,
        "attendees": [ME, ("Marco Bellini", "marco.bellini@precisalombarda.example.it"),
                      ("Luca Sala", "luca.sala@precisalombarda.example.it")],
    }],
})

MESSAGES.append({
    "slug": "quellwerk_updated_seq1", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Quellwerk Medical", "contact": "hannah.oberli@quellwerk.example.ch",
    "frm": QUELLWERK,
    "subject": "Updated: Panel interview QC Inspector - new time 13:30",
    "date": "2026-07-10 09:02 +0200",
    "irt": "quellwerk_panel_ics",
    "body": """Dear Mr Oduya-Hartmann,

A quick change: the panel interview on Thursday 16 July will now start at 13:30 instead of 09:00, because Dr. Amrein has a regulatory inspection in the morning. Date, place and panel stay the same.

Please find the updated invitation attached.

Best regards,
Hannah Oberli
Talent Acquisition Specialist, Quellwerk Medical AG
""",
    "attach": [{
        "type": "ics", "filename": "Panel_interview.ics", "seq": 1,
        "uid": "quellwerk-qci-panel-1607@quellwerk.example.ch",
        "start": "2026-07-16 13:30", "end": "2026-07-16 15:00",
        "summary": "Panel interview QC Inspector - C. Oduya-Hartmann",
        "location": "Quellwerk Medical AG, Building 2, room Rhein, Basel",
        "organizer": QUELLWERK,
        "attendees": [ME, ("Felix Amrein", "felix.amrein@quellwerk.example.ch"),
                      ("Sara Lüthi", "sara.luethi@quellwerk.example.ch")],
    }],
    "cte": "base64",
})

MESSAGES.append({
    "slug": "alpenlicht_postponed", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Alpenlicht Instruments", "contact": "",
    "frm": ("Alpenlicht Instruments", "noreply@workablemail.com"),
    "subject": "Assessment centre postponed to 5 May",
    "date": "2026-04-15 14:40 +0200",
    "irt": "alpenlicht_assessment",
    "headers": [("Auto-Submitted", "auto-generated")],
    "body": """Dear Clément,

Due to a fire-safety inspection in Building C, the assessment centre planned for Tuesday 21 April has been postponed to Tuesday 5 May 2026, same times (08:30 - 15:30) and same location.

Your place is kept automatically. If you cannot attend on the new date, please let us know through the candidate portal so we can offer your place to someone else.

We apologise for the inconvenience.

The Alpenlicht People Team
""",
})

# ---------------------------------------------------------------- German

MESSAGES.append({
    "slug": "stellwerk_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "company": "Stellwerk Uhren", "contact": "petra.gerber@stellwerk-uhren.example.ch",
    "frm": ("Gerber Petra", STELLWERK[1]),
    "subject": "AW: Verschiebung Vorstellungsgespräch",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-07-16 09:44 +0200",
    "irt": "own_reschedule_stellwerk",
    "refs": ["stellwerk_einladung", "own_reschedule_stellwerk"],
    "body": """Guten Morgen Herr Oduya-Hartmann

Kein Problem. Wir verschieben das Gespräch auf Freitag, 24. Juli 2026, 10.00 Uhr. Ort und Teilnehmende bleiben gleich. Die angepasste Einladung erhalten Sie mit dieser E-Mail.

Freundliche Grüsse
Petra Gerber

""" + C.outlook("de", "2026-07-15 18:03", "Clément Oduya-Hartmann <clement.oh@example.ch>",
                "Gerber Petra <petra.gerber@stellwerk-uhren.example.ch>",
                "Verschiebung Vorstellungsgespräch",
                """Sehr geehrte Frau Gerber

Vielen Dank für die Einladung. Leider habe ich am 21. Juli meine praktische
Lehrabschlussprüfung. Wäre ein anderer Termin in derselben Woche möglich?

Freundliche Grüsse
Clément Oduya-Hartmann"""),
    "attach": [{
        "type": "ics", "filename": "Vorstellungsgespraech.ics", "seq": 1,
        "uid": "stellwerk-endkontrolle-2107@stellwerk-uhren.example.ch",
        "start": "2026-07-24 10:00", "end": "2026-07-24 11:00",
        "summary": "Vorstellungsgespräch Clément Oduya-Hartmann (verschoben)",
        "location": "Stellwerk Uhren AG, Biel, Sitzungszimmer 3",
        "organizer": STELLWERK,
        "attendees": [ME, ("Urs Marti", "urs.marti@stellwerk-uhren.example.ch")],
    }],
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "de")

MESSAGES.append({
    "slug": "kessler_ruegg_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "company": "Feinmechanik Rüegg", "contact": "daniel.vogt@kessler-vogt.example.ch",
    "frm": KESSLER,
    "subject": "Neuer Termin: Gespräch Feinmechanik Rüegg",
    "subj_enc": ("iso-8859-1", "B"), "subj_partial": True,
    "date": "2026-08-21 15:10 +0200",
    "irt": "kessler_ruegg_interview",
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Lieber Herr Oduya-Hartmann

Herr Rüegg musste kurzfristig zu einem Kunden nach Stuttgart und hat mich gebeten, das Gespräch vom kommenden Donnerstag zu verschieben.

Neuer Termin: Dienstag, 1. September 2026, 16.00 Uhr – gleicher Ort, gleiche Gesprächspartner.

Passt Ihnen das? Eine kurze Bestätigung genügt.

Freundliche Grüsse
Daniel Vogt
Kessler & Vogt Executive Search AG · +41 44 211 36 80
""",
})

# ---------------------------------------------------------------- Spanish

MESSAGES.append({
    "slug": "mecanitzats_cambio_hora", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "company": "Mecanitzats Vallès", "contact": "anna.roca@mecanitzatsvalles.example.es",
    "frm": VALLES,
    "subject": "Cambio de día para tu entrevista",
    "subj_enc": ("utf-8", "Q"),
    "date": "2026-06-15 09:05 +0200",
    "irt": "mecanitzats_entrevista",
    "body": """Hola Clément:

Pere tiene que viajar mañana a la planta de Terrassa, así que tenemos que mover la entrevista del martes. ¿Te va bien el jueves 18 de junio a las 12:00? El enlace de Google Meet sigue siendo el mismo:

https://meet.example.com/vls-qc-entrevista

Perdona las molestias.

Anna Roca
Técnica de Selección · Mecanitzats Vallès S.L.
""",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "es")
MESSAGES[-1]["html_cte"] = "base64"

# ================================================================ missed_interview_notice

MESSAGES.append({
    "slug": "montbrillant_missed_calls", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Décolletage Montbrillant", "contact": "v.houriet@montbrillant.example.ch",
    "frm": ("Valérie Houriet", "v.houriet@montbrillant.example.ch"),
    "subject": "Entretien téléphonique de ce matin",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-01-27 10:26 +0100",
    "irt": "montbrillant_phone_screen",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Bonjour Monsieur Oduya-Hartmann,

J'ai essayé de vous appeler à deux reprises à 10h00, puis à 10h10, au 079 412 58 63, comme convenu pour notre entretien téléphonique, mais je suis tombée sur votre répondeur.

Je n'ai pas laissé de message. Pouvez-vous me faire savoir ce qu'il en est ?

Meilleures salutations

Valérie Houriet
Responsable du personnel
Décolletage Montbrillant SA
Tél. +41 32 493 17 20
""",
})

MESSAGES.append({
    "slug": "orthalys_missed_teams", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Orthalys", "contact": "c.vuille@orthalys.example.ch",
    "frm": ORTHALYS,
    "subject": "Re: Poste contrôle implants – on en parle jeudi ?",
    "subj_enc": ("utf-8", "Q"), "subj_partial": True,
    "date": "2026-06-18 16:25 +0200",
    "irt": "orthalys_casual_thursday",
    "body": """Bonjour Clément,

Je suis sur Teams depuis 16h00 et ne te vois pas. Tout va bien ?

Je t'ai attendu un petit quart d'heure, mais là je dois filer en réunion. Dis-moi quand tu as un moment pour qu'on retrouve un créneau.

Céline

""" + C.reply("fr", "2026-06-16 12:31", "Céline Vuille", ORTHALYS[1],
              """Salut Clément,

J'ai lu ton dossier, il m'a bien plu ! Est-ce que tu serais libre jeudi 18 juin
à 16h pour qu'on en discute une petite demi-heure sur Teams ?"""),
})

MESSAGES.append({
    "slug": "vuilleumier_missed_reception", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Horlogerie Vuilleumier", "contact": "aline.brandt@vuilleumier.example.ch",
    "frm": ("Aline Brandt", "aline.brandt@vuilleumier.example.ch"),
    "subject": "Votre entretien de cet après-midi",
    "date": "2026-10-14 15:52 +0200",
    "irt": "vuilleumier_teamtailor_moved",
    "cte": "quoted-printable",
    "body": """Bonjour Monsieur Oduya-Hartmann,

M. Wyss et moi-même vous avons attendu à la réception du Faubourg du Lac pour notre entretien de 15h00, mais vous ne vous êtes pas présenté. Nous avons également essayé de vous joindre sur votre natel, sans succès.

Nous espérons qu'il ne vous est rien arrivé. Si vous souhaitez toujours poursuivre votre candidature, merci de me contacter d'ici vendredi.

Meilleures salutations,

Aline Brandt
Ressources humaines
Horlogerie Vuilleumier SA
Faubourg du Lac 11, 2000 Neuchâtel
+41 32 724 18 90
""",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "fr")

MESSAGES.append({
    "slug": "brenaz_missed_zoom", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Horlogerie Brenaz", "contact": "h.mougin@brenaz.example.fr",
    "frm": ("Hélène Mougin", "h.mougin@brenaz.example.fr"),
    "name_enc": ("iso-8859-1", "Q"),
    "subject": "Rendez-vous Zoom manqué – poste contrôleur qualité montage",
    "subj_enc": ("windows-1252", "B"),
    "date": "2026-05-06 14:35 +0200",
    "irt": "brenaz_taleo_ack",
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Bonjour Monsieur,

Nous étions connectés sur Zoom à 14h00 comme prévu pour notre entretien, mais vous ne nous avez pas rejoints. Nous sommes restés en ligne jusqu’à 14h20.

Pourriez-vous nous indiquer si vous rencontrez un problème technique ou si vous souhaitez retirer votre candidature ?

Cordialement,

Hélène Mougin
Responsable recrutement
Horlogerie Brenaz SAS – 4 avenue de la Gare d’Eau – 25000 Besançon
03 81 52 70 44
""",
})

MESSAGES.append({
    "slug": "pourtales_missed_phone", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Microtechnique Pourtalès", "contact": "f.amez-droz@pourtales.example.ch",
    "frm": ("Frédéric Amez-Droz", "f.amez-droz@pourtales.example.ch"),
    "name_enc": ("utf-8", "B"),
    "subject": "Entretien téléphonique 10h30",
    "date": "2026-03-25 10:51 +0100",
    "irt": "pourtales_invite_reply",
    "body": """Bonjour,

Je vous ai appelé à 10h30 pour notre entretien téléphonique, puis une deuxième fois à 10h40 : personne n'a répondu et la messagerie était pleine.

Je suis au bureau jusqu'à 12h00 au 032 729 11 64 si vous souhaitez me rappeler.

F. Amez-Droz
Responsable qualité – Microtechnique Pourtalès SA
""",
})

MESSAGES.append({
    "slug": "kinetik_missed_zoom", "kind": "missed_interview_notice", "lang": "en",
    "company": "Kinetik Surgical", "contact": "reto.imhof@kinetiksurgical.example.ch",
    "frm": ("Reto Imhof", "reto.imhof@kinetiksurgical.example.ch"),
    "subject": "We missed you on Zoom this morning",
    "date": "2026-09-16 09:58 +0200",
    "irt": "kinetik_ashby_invite",
    "body": """Hi Clément,

Mei and I were on the Zoom at 9:30 for your interview and didn't see you join. We waited until 9:50.

Maybe the calendar invite didn't reach you, or there was a technical problem? Let me know - if you're still interested we'll see whether we can find another slot, although our calendar is quite full this month.

Regards,
Reto Imhof
Head of Quality | Kinetik Surgical AG
Thurgauerstrasse 117, 8050 Zürich
""",
})
MESSAGES[-1]["html"] = C.plain_page(MESSAGES[-1]["body"], "en")

MESSAGES.append({
    "slug": "halden_missed_phone", "kind": "missed_interview_notice", "lang": "en",
    "company": "Halden Optics", "contact": "tom.keller@haldenoptics.example.ch",
    "frm": ("Tom Keller", "tom.keller@haldenoptics.example.ch"),
    "subject": "Re: QC inspector",
    "date": "2026-10-01 11:17 +0200",
    "irt": "halden_casual_thursday",
    "body": """Clément,

I rang you at 11 as agreed and again at 11:10, but got your voicemail both times.

Give me a shout if you still want to talk.

Tom

> Are you free Thursday to chat? I could ring you at 11:00 for twenty minutes or
> so, nothing formal.
""",
})

MESSAGES.append({
    "slug": "aarberg_missed_teams", "kind": "missed_interview_notice", "lang": "de",
    "company": "Präzisionstechnik Aarberg", "contact": "m.moser@praezision-aarberg.example.ch",
    "frm": ("Moser Markus", "m.moser@praezision-aarberg.example.ch"),
    "subject": "Teams-Gespräch heute 13.30 Uhr",
    "date": "2026-02-24 13:58 +0100",
    "body": """Guten Tag Herr Oduya-Hartmann

Wir waren heute um 13.30 Uhr für unser Gespräch im Teams-Meeting bereit, haben aber bis 13.50 Uhr vergeblich auf Sie gewartet. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte teilen Sie uns mit, ob Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse

Markus Moser
Leiter Qualitätssicherung
Präzisionstechnik Aarberg AG
Industriestrasse 7, 3270 Aarberg
Tel. +41 32 391 60 30
""",
    "charset": "iso-8859-1", "cte": "quoted-printable",
})
MESSAGES[-1]["html"] = C.outlook_html(MESSAGES[-1]["body"], "de", "iso-8859-1")
MESSAGES[-1]["html_charset"] = "iso-8859-1"

MESSAGES.append({
    "slug": "lorenzen_missed_teams", "kind": "missed_interview_notice", "lang": "de",
    "company": "Medizintechnik Lorenzen", "contact": "j.lorenzen@lorenzen-medtech.example.ch",
    "frm": ("Julia Lorenzen", "j.lorenzen@lorenzen-medtech.example.ch"),
    "subject": "Ihr Interviewtermin von heute",
    "date": "2026-05-13 10:40 +0200",
    "irt": "lorenzen_personio_ack",
    "body": """Hallo Herr Oduya-Hartmann

Heute um 10 Uhr wäre unser Video-Interview gewesen. Leider sind Sie nicht im Teams-Meeting erschienen, und auf meinen Anruf kam keine Antwort.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Ende Woche bei mir.

Beste Grüsse
Julia Lorenzen
Leiterin Qualität, Medizintechnik Lorenzen AG
Gundeldingerstrasse 190, 4053 Basel
""",
})

MESSAGES.append({
    "slug": "castellvi_missed_call", "kind": "missed_interview_notice", "lang": "es",
    "company": "Relojería Castellví", "contact": "oriol.castellvi@castellvi.example.es",
    "frm": ("Oriol Castellví", "oriol.castellvi@castellvi.example.es"),
    "name_enc": ("utf-8", "Q"),
    "subject": "Llamada de esta mañana",
    "date": "2026-06-09 12:10 +0200",
    "irt": "castellvi_smartrecruiters_ack",
    "body": """Hola Clément:

Te llamamos dos veces a las 11:00 para la entrevista telefónica que teníamos programada, pero no contestaste y saltó el buzón de voz.

¿Ha pasado algo? Si todavía te interesa el puesto, escríbeme y vemos si podemos buscar otro momento.

Un saludo,
Oriol Castellví
Jefe de Taller · Relojería Castellví
Rambla del Celler 18, 08172 Sant Cugat del Vallès
""",
})
