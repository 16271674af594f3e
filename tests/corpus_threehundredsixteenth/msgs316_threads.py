"""Threads of the threehundredsixteenth corpus: one employer's mail from acknowledgement to
the end, with In-Reply-To/References and quoted earlier messages."""

from __future__ import annotations

from msgs316_common import (
    CAND_SIG,
    CANDIDATE,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    page,
    sig,
)

B3F_RH = "Aurélie Kessler <aurelie.kessler@b3f.example.fr>"
LUMI = "Maja Lindqvist <maja.lindqvist@lumivox.example.lu>"
VAL = "Grégoire Maillet <gregoire.maillet@valmoreau.example.fr>"
KLIN = "Dr. Henrike Sauer <h.sauer@klinikum-saarhoehe.example.de>"
SIERRA = "Nuria Belmonte <nbelmonte@sierraoeste.example.es>"
PONT = "Lou Ferrandi <lou.ferrandi@pontlevis.example.fr>"
TEC = "Bastien Roux <bastien.roux@talents-est.example.fr>"

MESSAGES = [
    # --- Banque des Trois Frontières (Metz): ack -> invite -> moved -> 2nd round -> offer ---
    {
        "id": "b3f_ack",
        "kind": "application_received",
        "lang": "fr",
        "co": "Banque des Trois Frontières",
        "frm": "Banque des Trois Frontières - Recrutement <noreply@successfactors.eu>",
        "sys": True,
        "subj": "Votre candidature : Chargé(e) de communication interne (réf. 2026-0417)",
        "date": "2026-06-08 09:02",
        "tz": "utc",
        "text": (
            "Bonjour Clémence,\n\n"
            "Nous vous remercions pour l'intérêt que vous portez à la Banque des Trois "
            "Frontières et accusons bonne réception de votre candidature au poste de "
            "Chargé(e) de communication interne, basé à Metz.\n\n"
            "Notre équipe Ressources Humaines étudie chaque dossier avec attention. Si votre "
            "profil correspond à nos attentes, nous reviendrons vers vous dans un délai de "
            "trois semaines environ.\n\n"
            "Vous pouvez suivre l'avancement de votre candidature depuis votre espace "
            "candidat.\n\n"
            "Cordialement,\nLa Direction des Ressources Humaines\n"
            "Banque des Trois Frontières\n\n"
            "Merci de ne pas répondre à ce message généré automatiquement."
        ),
        "html": page(
            "Bonjour Clémence,\n\n"
            "Nous vous remercions pour l'intérêt que vous portez à la Banque des Trois "
            "Frontières et accusons bonne réception de votre candidature au poste de "
            "Chargé(e) de communication interne, basé à Metz.\n\n"
            "Notre équipe Ressources Humaines étudie chaque dossier avec attention. Si votre "
            "profil correspond à nos attentes, nous reviendrons vers vous dans un délai de "
            "trois semaines environ.\n\n"
            "Cordialement,\nLa Direction des Ressources Humaines",
            "Merci de ne pas répondre à ce message généré automatiquement.",
            "#7a1f2b",
        ),
        "cte": "qp",
    },
    {
        "id": "b3f_invite",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Banque des Trois Frontières",
        "frm": B3F_RH,
        "subj": "Entretien - Chargé(e) de communication interne",
        "date": "2026-06-22 11:37",
        "parent": "b3f_ack",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Votre parcours de journaliste a retenu toute notre attention et nous "
            "souhaiterions vous rencontrer pour échanger sur le poste de chargée de "
            "communication interne.\n\n"
            "Je vous propose un premier entretien le mardi 30 juin à 14h00, dans nos locaux "
            "du 12 rue des Clercs à Metz (accueil, 3e étage). Il durera environ une heure, "
            "en présence de Thierry Gantzer, responsable de la communication.\n\n"
            "Vous trouverez ci-joint une invitation pour votre agenda. Pourriez-vous me "
            "confirmer votre disponibilité ?\n\n"
            "Bien cordialement,"
            + sig(
                "Aurélie Kessler",
                "Chargée de recrutement",
                "Banque des Trois Frontières",
                "12 rue des Clercs - 57000 Metz",
                "Tél. : 03 87 55 20 14",
            )
            + "\n\n"
            + DISCLAIMER_FR
        ),
        "ics": {
            "uid": "b3f-entretien-0417@b3f.example.fr",
            "seq": 0,
            "start": "20260630T140000",
            "end": "20260630T150000",
            "summary": "Entretien Clémence Vautrin - Communication interne",
            "location": "Banque des Trois Frontières, 12 rue des Clercs, Metz",
            "organizer": B3F_RH,
        },
        "cte": "qp",
        "cs": "utf-8",
    },
    {
        "id": "b3f_confirm_own",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": B3F_RH,
        "subj": "Re: Entretien - Chargé(e) de communication interne",
        "date": "2026-06-22 13:05",
        "parent": "b3f_invite",
        "quote": "gmail",
        "text": (
            "Bonjour Madame Kessler,\n\n"
            "Merci beaucoup pour votre message. Je vous confirme avec plaisir ma présence le "
            "mardi 30 juin à 14h00 rue des Clercs.\n\n"
            "Bien cordialement,\n" + CAND_SIG
        ),
        "cte": "8bit",
        "cs": "utf-8",
    },
    {
        "id": "b3f_moved",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "Banque des Trois Frontières",
        "frm": B3F_RH,
        "subj": "RE: Entretien - Chargé(e) de communication interne - changement d'horaire",
        "date": "2026-06-26 16:48",
        "parent": "b3f_confirm_own",
        "quote": "outlook",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Thierry Gantzer est retenu en comité de direction mardi après-midi. Serait-il "
            "possible de décaler notre entretien au jeudi 2 juillet à 10h30, même adresse ?\n\n"
            "Je vous renvoie l'invitation mise à jour. Toutes mes excuses pour ce "
            "contretemps.\n\n"
            "Bien cordialement,\nAurélie Kessler\nChargée de recrutement\n"
            "Banque des Trois Frontières"
        ),
        "ics": {
            "uid": "b3f-entretien-0417@b3f.example.fr",
            "seq": 1,
            "start": "20260702T103000",
            "end": "20260702T113000",
            "summary": "Entretien Clémence Vautrin - Communication interne (nouvel horaire)",
            "location": "Banque des Trois Frontières, 12 rue des Clercs, Metz",
            "organizer": B3F_RH,
        },
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "b3f_thanks_own",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": B3F_RH,
        "cc": "Thierry Gantzer <thierry.gantzer@b3f.example.fr>",
        "subj": "Merci pour notre échange de ce matin",
        "date": "2026-07-02 18:20",
        "text": (
            "Bonjour Madame Kessler, bonjour Monsieur Gantzer,\n\n"
            "Je tenais à vous remercier pour le temps que vous m'avez accordé ce matin. "
            "Notre échange sur la refonte de la lettre interne et sur l'accompagnement des "
            "agences pendant la fusion des réseaux m'a confortée dans mon envie de rejoindre "
            "votre équipe.\n\n"
            "Je reste à votre disposition pour tout complément.\n\n"
            "Bien cordialement,\n" + CAND_SIG
        ),
        "cte": "qp",
    },
    {
        "id": "b3f_round2",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Banque des Trois Frontières",
        "frm": B3F_RH,
        "subj": "Seconde étape - rencontre avec la Directrice de la communication",
        "date": "2026-07-20 09:15",
        "parent": "b3f_thanks_own",
        "quote": "outlook",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci pour votre message. À l'issue de votre premier entretien, nous avons le "
            "plaisir de vous convier à une seconde rencontre avec Mme Odile Ferrant, "
            "Directrice de la communication et de la marque.\n\n"
            "Vous aurez à présenter en 10 minutes une proposition de plan éditorial pour "
            "l'intranet (format libre), puis un échange d'environ 45 minutes suivra.\n\n"
            "Deux créneaux possibles : lundi 27 juillet à 15h ou mercredi 29 juillet à 9h30. "
            "Merci de m'indiquer celui qui vous convient.\n\n"
            "Belle journée,\nAurélie Kessler"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "b3f_offer",
        "kind": "offer",
        "lang": "fr",
        "co": "Banque des Trois Frontières",
        "frm": "Odile Ferrant <odile.ferrant@b3f.example.fr>",
        "cc": B3F_RH,
        "subj": "Proposition d'embauche - Chargée de communication interne",
        "date": "2026-09-14 17:42",
        "text": (
            "Chère Clémence,\n\n"
            "Comme je vous l'ai annoncé au téléphone tout à l'heure, j'ai le grand plaisir "
            "de vous proposer de rejoindre la Direction de la communication de la Banque des "
            "Trois Frontières en qualité de chargée de communication interne, en CDI, à "
            "compter du 2 novembre 2026.\n\n"
            "Vous trouverez ci-joint notre proposition détaillée (rémunération fixe annuelle "
            "de 41 500 euros bruts, part variable, télétravail deux jours par semaine). Je "
            "vous remercie de nous faire part de votre réponse d'ici le 25 septembre.\n\n"
            "Toute l'équipe se réjouit à l'idée de travailler avec vous.\n\n"
            "Odile Ferrant\nDirectrice de la communication et de la marque\n"
            "Banque des Trois Frontières\n\n" + DISCLAIMER_FR
        ),
        "att": [
            (
                "Proposition_embauche_CVautrin.pdf",
                [
                    "Banque des Trois Frontieres - Direction des Ressources Humaines",
                    "Proposition d'embauche",
                    "Madame Clemence Vautrin",
                    "Poste : Chargee de communication interne (CDI)",
                    "Date d'entree : 2 novembre 2026",
                    "Remuneration : 41 500 EUR bruts annuels",
                    "Reponse souhaitee avant le 25 septembre 2026",
                ],
            )
        ],
        "cte": "b64",
    },
    {
        "id": "b3f_contract",
        "kind": "offer",
        "lang": "fr",
        "co": "Banque des Trois Frontières",
        "frm": B3F_RH,
        "parent": "b3f_offer",
        "subj": "Votre contrat de travail à signer électroniquement",
        "date": "2026-09-24 10:06",
        "text": (
            "Bonjour Clémence,\n\n"
            "Suite à votre acceptation, je vous adresse votre contrat de travail à durée "
            "indéterminée. Vous recevrez dans quelques minutes un lien de signature "
            "électronique ; le contrat est également joint pour relecture.\n\n"
            "Merci de nous transmettre d'ici votre arrivée : copie de votre pièce "
            "d'identité, RIB et attestation de sécurité sociale.\n\n"
            "Au plaisir de vous accueillir le 2 novembre,\nAurélie Kessler\n"
            "Chargée de recrutement - Banque des Trois Frontières"
        ),
        "att": [
            (
                "Contrat_CDI_Vautrin.pdf",
                [
                    "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
                    "Entre la Banque des Trois Frontieres et Mme Clemence Vautrin",
                    "Article 1 - Engagement : chargee de communication interne",
                    "Article 2 - Prise d'effet : 2 novembre 2026",
                ],
            )
        ],
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    # --- Lumivox (Luxembourg, software, Greenhouse) --------------------------------------
    {
        "id": "lumi_ack",
        "kind": "application_received",
        "lang": "en",
        "co": "Lumivox",
        "frm": "Lumivox <no-reply@greenhouse-mail.io>",
        "sys": True,
        "subj": "Thank you for applying to Lumivox",
        "date": "2026-07-03 14:21",
        "tz": "us",
        "text": (
            "Hi Clémence,\n\n"
            "Thanks for your interest in Lumivox! We've received your application for "
            "Content Marketing Manager (Luxembourg, hybrid) and our team will review it "
            "shortly.\n\n"
            "Because we get a large number of applications, we can't always reply to each "
            "person individually, but if your background fits what the team needs, someone "
            "will reach out within two weeks.\n\n"
            "Best,\nThe Lumivox Talent Team"
        ),
        "html": page(
            "Hi Clémence,\n\n"
            "Thanks for your interest in Lumivox! We've received your application for "
            "Content Marketing Manager (Luxembourg, hybrid) and our team will review it "
            "shortly.\n\n"
            "Because we get a large number of applications, we can't always reply to each "
            "person individually, but if your background fits what the team needs, someone "
            "will reach out within two weeks.\n\nBest,\nThe Lumivox Talent Team",
            "Powered by Greenhouse",
            "#5b2be0",
        ),
    },
    {
        "id": "lumi_invite",
        "kind": "interview_invitation",
        "lang": "en",
        "co": "Lumivox",
        "frm": "Maja Lindqvist via Greenhouse <no-reply@greenhouse-mail.io>",
        "sys": True,
        "rt": LUMI,
        "subj": "Lumivox - let's set up a first call",
        "date": "2026-07-15 10:02",
        "tz": "us",
        "text": (
            "Hi Clémence,\n\n"
            "I'm Maja, I look after recruiting for our marketing team here at Lumivox. Your "
            "portfolio (especially the long-form pieces on cross-border workers) stood out "
            "and we'd love to have a 30-minute video call to get to know you.\n\n"
            "Please pick a time that suits you using the link below:\n"
            "https://app.greenhouse.io/scheduling/lumivox/clemence-vautrin-3f9a\n\n"
            "Looking forward to it!\n\nMaja Lindqvist\nTalent Partner, Lumivox\n"
            "9 rue du Fort Wallis, L-2714 Luxembourg"
        ),
        "cte": "qp",
    },
    {
        "id": "lumi_moved",
        "kind": "interview_reschedule_or_cancel",
        "lang": "en",
        "co": "Lumivox",
        "frm": LUMI,
        "subj": "Re: Lumivox - let's set up a first call",
        "date": "2026-07-21 08:44",
        "parent": "lumi_invite",
        "quote": "gmail",
        "text": (
            "Hi Clémence,\n\n"
            "So sorry to do this - I've been pulled into an all-day offsite on Thursday. "
            "Could we push our call to Friday 24 July, same time (11:00 CEST)? I've sent an "
            "updated invite; just accept it if that works, otherwise grab another slot from "
            "the link.\n\n"
            "Thanks for your flexibility,\nMaja"
        ),
        "ics": {
            "uid": "gh-lumivox-7741-clemence@greenhouse.io",
            "seq": 2,
            "tzid": "Europe/Luxembourg",
            "start": "20260724T110000",
            "end": "20260724T113000",
            "summary": "Lumivox intro call - Clémence Vautrin / Maja Lindqvist",
            "location": "Google Meet",
            "organizer": LUMI,
            "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
        },
    },
    {
        "id": "lumi_case",
        "kind": "interview_invitation",
        "lang": "en",
        "co": "Lumivox",
        "frm": "Tomás Ribeiro <tomas.ribeiro@lumivox.example.lu>",
        "cc": LUMI,
        "subj": "Final stage: content case study with the marketing team",
        "date": "2026-08-25 15:30",
        "text": (
            "Dear Clémence,\n\n"
            "Thank you for the great conversations so far. We'd like to invite you to the "
            "final stage: an on-site session at our Luxembourg office on Wednesday 9 "
            "September, 10:00-12:30.\n\n"
            "You'll present a short content plan for the launch of our new accessibility "
            "module (brief attached), then meet two people from product marketing and our "
            "CMO.\n\n"
            "Travel costs from Nancy will of course be reimbursed.\n\n"
            "Best regards,\nTomás Ribeiro\nHead of Content, Lumivox\n\n" + DISCLAIMER_EN
        ),
        "att": [
            (
                "Lumivox_case_brief.pdf",
                [
                    "Lumivox - Content case study",
                    "Audience: HR directors in the Benelux",
                    "Deliverable: 3-month content plan, 10 minutes",
                    "Session: 9 September 2026, 10:00, Luxembourg",
                ],
            )
        ],
        "cte": "qp",
    },
    {
        "id": "lumi_offer",
        "kind": "offer",
        "lang": "en",
        "co": "Lumivox",
        "frm": LUMI,
        "subj": "Your offer from Lumivox",
        "date": "2026-10-06 12:10",
        "text": (
            "Hi Clémence,\n\n"
            "I'm delighted to share that the team would like you to join Lumivox as Content "
            "Marketing Manager! Attached is your offer letter with the details we discussed "
            "on the phone this morning: a base salary of EUR 64,000, hybrid working (two "
            "days in the office), and a start date of 4 January 2027.\n\n"
            "Take a few days to read it through and let me know if you have any questions. "
            "We'd be grateful for an answer by 13 October.\n\n"
            "Congratulations,\nMaja"
        ),
        "att": [
            (
                "Lumivox_Offer_Letter_Vautrin.pdf",
                [
                    "LUMIVOX - OFFER OF EMPLOYMENT",
                    "Candidate: Clemence Vautrin",
                    "Position: Content Marketing Manager",
                    "Base salary: EUR 64,000 per year",
                    "Start date: 4 January 2027",
                ],
            )
        ],
        "cte": "b64",
    },
    {
        "id": "lumi_counter_own",
        "kind": "other",
        "lang": "en",
        "frm": CANDIDATE,
        "to": LUMI,
        "subj": "Re: Your offer from Lumivox",
        "date": "2026-10-08 21:14",
        "parent": "lumi_offer",
        "quote": "gmail",
        "text": (
            "Hi Maja,\n\n"
            "Thank you so much, I'm really happy about this. Before I confirm: I have "
            "another offer in France with a November start, so the January date is a little "
            "tricky. Would there be any room on the base salary (I was thinking around EUR "
            "68,000) to help me make the move to Luxembourg?\n\n"
            "Many thanks,\nClémence"
        ),
    },
    {
        "id": "lumi_revised",
        "kind": "offer",
        "lang": "en",
        "co": "Lumivox",
        "frm": LUMI,
        "subj": "Re: Your offer from Lumivox - revised letter",
        "date": "2026-10-12 17:55",
        "parent": "lumi_counter_own",
        "quote": "gmail",
        "text": (
            "Hi Clémence,\n\n"
            "Good news: we can go to EUR 67,000 base and add a relocation allowance of "
            "EUR 3,000. The revised offer letter is attached. The start date stays 4 "
            "January.\n\nLet me know what you decide!\nMaja"
        ),
        "att": [
            (
                "Lumivox_Offer_Letter_Vautrin_v2.pdf",
                [
                    "LUMIVOX - REVISED OFFER OF EMPLOYMENT",
                    "Base salary: EUR 67,000 per year",
                    "Relocation allowance: EUR 3,000",
                ],
            )
        ],
    },
    # --- Groupe Valmoreau (Metz, industry, Workday): ack -> invite -> missed -> no --------
    {
        "id": "val_ack",
        "kind": "application_received",
        "lang": "fr",
        "co": "Groupe Valmoreau",
        "frm": "Groupe Valmoreau <valmoreau@myworkday.com>",
        "sys": True,
        "subj": "Groupe Valmoreau : nous avons bien reçu votre candidature",
        "date": "2026-01-12 07:55",
        "tz": "utc",
        "hcs": "iso-8859-1",
        "henc": "q",
        "html": page(
            "Bonjour Clémence Vautrin,\n\n"
            "Merci d'avoir postulé à l'offre R-10382 Responsable contenus et relations "
            "presse (H/F) - Metz.\n\n"
            "Votre candidature a bien été transmise à notre équipe recrutement. En raison du "
            "nombre important de candidatures, nous ne sommes pas en mesure de répondre "
            "individuellement à chacune d'entre elles ; nous vous contacterons si votre "
            "profil est retenu pour la suite du processus.\n\n"
            "L'équipe Talent Acquisition du Groupe Valmoreau",
            "Ce message a été envoyé automatiquement depuis Workday.",
            "#00594f",
        ),
        "cte": "b64",
    },
    {
        "id": "val_invite",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Groupe Valmoreau",
        "frm": VAL,
        "subj": "Votre candidature R-10382 - entretien téléphonique",
        "date": "2026-01-26 14:12",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Je suis en charge du recrutement du poste de Responsable contenus et relations "
            "presse. Je souhaiterais m'entretenir avec vous par téléphone lundi 2 février à "
            "11h00, pour une trentaine de minutes. Je vous appellerai au 06 41 27 83 90.\n\n"
            "Merci de me confirmer que ce créneau vous convient.\n\n"
            "Cordialement,\nGrégoire Maillet\nTalent Acquisition Partner\n"
            "Groupe Valmoreau - 4 avenue Foch - 57000 Metz"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "val_missed",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "co": "Groupe Valmoreau",
        "frm": VAL,
        "subj": "Re: Votre candidature R-10382 - entretien téléphonique",
        "date": "2026-02-02 11:26",
        "parent": "val_invite",
        "quote": "gmail",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "J'ai essayé de vous joindre à 11h00 comme convenu, à deux reprises, sans succès, "
            "et je suis tombé sur votre messagerie.\n\n"
            "Si vous êtes toujours intéressée par le poste, n'hésitez pas à me proposer un "
            "autre moment dans la semaine.\n\n"
            "Cordialement,\nGrégoire Maillet"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "val_sorry_own",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": VAL,
        "subj": "Re: Votre candidature R-10382 - entretien téléphonique",
        "date": "2026-02-02 13:40",
        "parent": "val_missed",
        "quote": "gmail",
        "text": (
            "Bonjour Monsieur Maillet,\n\n"
            "Je suis vraiment désolée : mon téléphone était resté en mode avion après un "
            "reportage en zone blanche ce matin. Je reste très intéressée et suis disponible "
            "mercredi ou jeudi à l'heure qui vous conviendra.\n\n"
            "Avec toutes mes excuses,\nClémence Vautrin"
        ),
    },
    {
        "id": "val_no",
        "kind": "rejection",
        "lang": "fr",
        "co": "Groupe Valmoreau",
        "frm": VAL,
        "subj": "Re: Votre candidature R-10382",
        "date": "2026-02-20 17:03",
        "parent": "val_sorry_own",
        "quote": "outlook",
        "text": (
            "Bonjour Madame Vautrin,\n\n"
            "Merci pour notre échange de la semaine dernière. Après réflexion, nous avons "
            "décidé de poursuivre le processus avec des candidats disposant d'une expérience "
            "plus directe en communication industrielle et en gestion de crise.\n\n"
            "Je garde votre profil en tête pour de futures ouvertures et vous souhaite "
            "pleine réussite dans votre reconversion.\n\n"
            "Bien à vous,\nGrégoire Maillet"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    # --- Klinikum Saarhöhe (Saarbrücken, hospital, softgarden) ---------------------------
    {
        "id": "klin_ack",
        "kind": "application_received",
        "lang": "de",
        "co": "Klinikum Saarhöhe",
        "frm": "Klinikum Saarhöhe Karriere <noreply@softgarden.io>",
        "sys": True,
        "subj": "Eingangsbestätigung Ihrer Bewerbung: Referent*in Unternehmenskommunikation",
        "date": "2026-03-02 08:31",
        "tz": "utc",
        "henc": "b",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "vielen Dank für Ihre Bewerbung als Referent*in Unternehmenskommunikation "
            "(Teilzeit/Vollzeit) am Klinikum Saarhöhe. Ihre Unterlagen sind vollständig bei "
            "uns eingegangen.\n\n"
            "Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei "
            "Ihnen. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\n"
            "Mit freundlichen Grüßen\nIhr Personalmanagement\nKlinikum Saarhöhe gGmbH"
        ),
        "cte": "qp",
    },
    {
        "id": "klin_invite",
        "kind": "interview_invitation",
        "lang": "de",
        "co": "Klinikum Saarhöhe",
        "frm": KLIN,
        "subj": "Einladung zum Vorstellungsgespräch",
        "date": "2026-03-18 13:50",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen. Das "
            "Gespräch findet am Donnerstag, 26. März 2026, um 10:00 Uhr im Verwaltungsgebäude "
            "(Haus C, Raum 2.14), Sonnenbergstraße 40, 66119 Saarbrücken statt.\n\n"
            "Teilnehmen werden neben mir die Pflegedirektorin sowie ein Mitglied des "
            "Personalrats. Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\n"
            "Mit freundlichen Grüßen\n\nDr. Henrike Sauer\nLeiterin Unternehmenskommunikation\n"
            "Klinikum Saarhöhe\nTel. +49 681 5530 212\n\n" + DISCLAIMER_DE
        ),
        "ics": {
            "uid": "klin-vg-2026-031@klinikum-saarhoehe.example.de",
            "seq": 0,
            "tzid": "Europe/Berlin",
            "start": "20260326T100000",
            "end": "20260326T110000",
            "summary": "Vorstellungsgespräch Frau Vautrin",
            "location": "Haus C, Raum 2.14, Sonnenbergstraße 40, Saarbrücken",
            "organizer": KLIN,
            "prodid": "-//Microsoft Corporation//Outlook 16.0//DE",
            "inline": False,
        },
        "cs": "utf-8",
        "cte": "8bit",
    },
    {
        "id": "klin_moved",
        "kind": "interview_reschedule_or_cancel",
        "lang": "de",
        "co": "Klinikum Saarhöhe",
        "frm": KLIN,
        "subj": "AW: Einladung zum Vorstellungsgespräch - neuer Termin",
        "date": "2026-03-23 09:12",
        "parent": "klin_invite",
        "quote": "outlook",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "leider müssen wir das Gespräch am Donnerstag krankheitsbedingt verschieben. "
            "Wir würden uns freuen, Sie stattdessen am Dienstag, 31. März 2026, um 14:00 Uhr "
            "am selben Ort begrüßen zu dürfen.\n\n"
            "Die aktualisierte Terminanfrage finden Sie im Anhang.\n\n"
            "Mit freundlichen Grüßen\nHenrike Sauer"
        ),
        "ics": {
            "uid": "klin-vg-2026-031@klinikum-saarhoehe.example.de",
            "seq": 1,
            "tzid": "Europe/Berlin",
            "start": "20260331T140000",
            "end": "20260331T150000",
            "summary": "Vorstellungsgespräch Frau Vautrin (verschoben)",
            "location": "Haus C, Raum 2.14, Sonnenbergstraße 40, Saarbrücken",
            "organizer": KLIN,
            "prodid": "-//Microsoft Corporation//Outlook 16.0//DE",
            "inline": False,
        },
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "klin_no",
        "kind": "rejection",
        "lang": "de",
        "co": "Klinikum Saarhöhe",
        "frm": KLIN,
        "subj": "Ihre Bewerbung als Referent*in Unternehmenskommunikation",
        "date": "2026-04-14 15:27",
        "text": (
            "Sehr geehrte Frau Vautrin,\n\n"
            "nochmals vielen Dank für das angenehme Gespräch am 31. März. Die Entscheidung "
            "ist uns nicht leichtgefallen. Wir haben uns jedoch für eine Bewerberin "
            "entschieden, die bereits Erfahrung in der Kommunikation im Gesundheitswesen "
            "mitbringt.\n\n"
            "Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen "
            "Ihnen für Ihren weiteren Weg alles Gute.\n\n"
            "Mit freundlichen Grüßen\nDr. Henrike Sauer"
        ),
        "html": page(
            "Sehr geehrte Frau Vautrin,\n\n"
            "nochmals vielen Dank für das angenehme Gespräch am 31. März. Die Entscheidung "
            "ist uns nicht leichtgefallen. Wir haben uns jedoch für eine Bewerberin "
            "entschieden, die bereits Erfahrung in der Kommunikation im Gesundheitswesen "
            "mitbringt.\n\n"
            "Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen "
            "Ihnen für Ihren weiteren Weg alles Gute.\n\n"
            "Mit freundlichen Grüßen\nDr. Henrike Sauer",
            "",
            "#0b6e8a",
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    # --- Consorcio Turístico Sierra Oeste (Madrid, tourism board) ------------------------
    {
        "id": "sierra_ack",
        "kind": "application_received",
        "lang": "es",
        "co": "Consorcio Turístico Sierra Oeste",
        "frm": SIERRA,
        "subj": "Recibida su candidatura - Técnico/a de comunicación y contenidos",
        "date": "2026-04-20 10:18",
        "hcs": "iso-8859-1",
        "henc": "b",
        "text": (
            "Estimada Clémence:\n\n"
            "Le confirmamos que hemos recibido su candidatura para la plaza de técnico/a de "
            "comunicación y contenidos digitales del Consorcio. El plazo de presentación "
            "termina el 8 de mayo; a partir de esa fecha el tribunal revisará todos los "
            "perfiles.\n\n"
            "Un saludo cordial,\nNuria Belmonte\nÁrea de Personal\n"
            "Consorcio Turístico Sierra Oeste\nPlaza de la Villa 3, 28200 San Lorenzo de "
            "El Escorial"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "sierra_invite",
        "kind": "interview_invitation",
        "lang": "es",
        "co": "Consorcio Turístico Sierra Oeste",
        "frm": SIERRA,
        "parent": "sierra_ack",
        "subj": "Convocatoria a entrevista personal",
        "date": "2026-05-19 12:40",
        "text": (
            "Estimada Clémence:\n\n"
            "Nos complace comunicarle que ha superado la fase de valoración de méritos. Le "
            "convocamos a una entrevista personal por videoconferencia el jueves 28 de mayo "
            "a las 9:30 (hora de Madrid). Recibirá el enlace de Teams la víspera.\n\n"
            "Le rogamos que confirme su asistencia respondiendo a este correo.\n\n"
            "Atentamente,\nNuria Belmonte"
        ),
        "cs": "iso-8859-1",
        "cte": "qp",
    },
    {
        "id": "sierra_ask_own",
        "kind": "other",
        "lang": "es",
        "frm": CANDIDATE,
        "to": SIERRA,
        "subj": "Re: Convocatoria a entrevista personal",
        "date": "2026-05-19 19:02",
        "parent": "sierra_invite",
        "quote": "gmail",
        "text": (
            "Estimada Nuria:\n\n"
            "Muchas gracias por la convocatoria. El jueves 28 por la mañana tengo un "
            "compromiso profesional que no puedo mover; ¿sería posible hacer la entrevista "
            "por la tarde o el viernes 29?\n\n"
            "Un saludo,\nClémence Vautrin"
        ),
    },
    {
        "id": "sierra_moved",
        "kind": "interview_reschedule_or_cancel",
        "lang": "es",
        "co": "Consorcio Turístico Sierra Oeste",
        "frm": SIERRA,
        "subj": "Re: Convocatoria a entrevista personal - cambio de hora",
        "date": "2026-05-21 09:05",
        "parent": "sierra_ask_own",
        "quote": "gmail",
        "text": (
            "Estimada Clémence:\n\n"
            "Sin problema. Hemos trasladado su entrevista al viernes 29 de mayo a las 12:00. "
            "El resto de condiciones no cambia.\n\n"
            "Un saludo,\nNuria"
        ),
        "cs": "iso-8859-1",
        "cte": "8bit",
    },
    {
        "id": "sierra_no",
        "kind": "rejection",
        "lang": "es",
        "co": "Consorcio Turístico Sierra Oeste",
        "frm": SIERRA,
        "subj": "Resultado del proceso de selección",
        "date": "2026-06-15 13:22",
        "text": (
            "Estimada Clémence:\n\n"
            "Una vez finalizadas las entrevistas, el tribunal ha propuesto la contratación "
            "de otra candidata. Le agradecemos sinceramente su participación y el interés "
            "mostrado por el Consorcio.\n\n"
            "Su candidatura quedará incluida en la bolsa de empleo durante doce meses, por "
            "si surgiera una vacante similar.\n\n"
            "Atentamente,\nNuria Belmonte\nÁrea de Personal"
        ),
        "cte": "b64",
    },
    # --- Théâtre du Pont-Levis (Nancy): invite -> cancelled slot -> offer ------------------
    {
        "id": "pont_invite",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Théâtre du Pont-Levis",
        "frm": PONT,
        "subj": "Rencontre pour le poste de chargée des publics et de la com'",
        "date": "2026-03-09 18:31",
        "text": (
            "Bonjour Clémence,\n\n"
            "On a lu ta candidature avec beaucoup d'intérêt (et on se souvient de ton papier "
            "sur la réouverture de la salle l'an dernier !). On aimerait te rencontrer au "
            "théâtre, le vendredi 13 mars à 16h, avec Paul, notre directeur.\n\n"
            "Ça te va ?\n\nLou Ferrandi\nAdministratrice\nThéâtre du Pont-Levis\n"
            "8 quai Claude-le-Lorrain, Nancy"
        ),
        "cs": "utf-8",
        "cte": "8bit",
    },
    {
        "id": "pont_cancel",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr",
        "co": "Théâtre du Pont-Levis",
        "frm": PONT,
        "parent": "pont_invite",
        "subj": "Annulé : Rencontre Clémence Vautrin / Pont-Levis",
        "date": "2026-03-12 22:04",
        "text": (
            "Clémence,\n\n"
            "Désolée, on doit annuler demain : un souci technique sur le plateau nous "
            "mobilise tous jusqu'à la générale. Je reviens vers toi lundi avec une nouvelle "
            "date, ta candidature reste évidemment en haut de la pile.\n\nLou"
        ),
        "ics": {
            "uid": "pontlevis-rdv-0313@pontlevis.example.fr",
            "seq": 1,
            "method": "CANCEL",
            "start": "20260313T160000",
            "end": "20260313T170000",
            "summary": "Rencontre Clémence Vautrin / Pont-Levis",
            "location": "Théâtre du Pont-Levis",
            "organizer": PONT,
            "prodid": "-//Apple Inc.//macOS 15.3//EN",
        },
        "cte": "qp",
    },
    {
        "id": "pont_offer",
        "kind": "offer",
        "lang": "fr",
        "co": "Théâtre du Pont-Levis",
        "frm": PONT,
        "subj": "On aimerait que tu nous rejoignes !",
        "date": "2026-03-27 10:50",
        "text": (
            "Bonjour Clémence,\n\n"
            "Merci encore pour mardi. Paul et moi sommes d'accord : on te propose le poste "
            "de chargée des publics et de la communication, en CDD de 8 mois (avril à "
            "novembre), 24 heures par semaine, sur la base de la grille de la convention "
            "collective des entreprises artistiques.\n\n"
            "Je te joins la proposition. Dis-nous d'ici vendredi si c'est bon pour toi.\n\n"
            "Lou"
        ),
        "att": [
            (
                "Proposition_CDD_PontLevis.pdf",
                [
                    "Theatre du Pont-Levis - Proposition de contrat",
                    "CDD de 8 mois - Chargee des publics et de la communication",
                    "Temps partiel : 24 h hebdomadaires",
                ],
            )
        ],
        "cte": "qp",
    },
    {
        "id": "pont_decline_own",
        "kind": "other",
        "lang": "fr",
        "frm": CANDIDATE,
        "to": PONT,
        "subj": "Re: On aimerait que tu nous rejoignes !",
        "date": "2026-03-30 08:47",
        "parent": "pont_offer",
        "quote": "gmail",
        "text": (
            "Bonjour Lou,\n\n"
            "Merci à vous deux pour votre confiance, ça me touche beaucoup. Après avoir "
            "bien réfléchi, je dois décliner : un temps partiel en CDD ne me permet pas de "
            "quitter la pige pour l'instant. J'espère sincèrement qu'on retravaillera "
            "ensemble, et je viendrai à la prochaine création !\n\nClémence"
        ),
    },
    # --- Talents Est Conseil (cabinet, Nancy) for Maison Lérot ------------------------------
    {
        "id": "tec_approach",
        "kind": "other",
        "lang": "fr",
        "frm": TEC,
        "subj": "Un poste de responsable communication à Épinal ?",
        "date": "2026-04-02 09:12",
        "text": (
            "Bonjour Clémence,\n\n"
            "Je me permets de vous contacter suite à la lecture de votre profil. "
            "J'accompagne plusieurs entreprises lorraines qui cherchent à renforcer leur "
            "communication, et votre parcours de journaliste économique pourrait "
            "correspondre à l'une d'elles.\n\n"
            "Seriez-vous ouverte à ce que nous en parlions ? Rien d'urgent, dites-moi "
            "simplement si le sujet vous intéresse.\n\n"
            "Bastien Roux\nConsultant senior - Talents Est Conseil\n"
            "22 rue Saint-Dizier, 54000 Nancy"
        ),
        "cte": "8bit",
    },
    {
        "id": "tec_invite",
        "kind": "interview_invitation",
        "lang": "fr",
        "co": "Maison Lérot",
        "frm": TEC,
        "subj": "Rencontre avec Maison Lérot - jeudi 23 avril",
        "date": "2026-04-15 16:25",
        "text": (
            "Bonjour Clémence,\n\n"
            "Bonne nouvelle : Maison Lérot (salaisons et plats cuisinés, 600 personnes, "
            "siège à Épinal) souhaite vous rencontrer pour le poste de responsable "
            "communication et marque employeur.\n\n"
            "Rendez-vous est pris le jeudi 23 avril à 9h30 au siège, 5 route de Remiremont à "
            "Épinal, avec Sophie Lérot (DG) et la DRH. Je vous appelle demain pour vous "
            "briefer.\n\nBastien Roux\nTalents Est Conseil"
        ),
        "cs": "windows-1252",
        "cte": "qp",
    },
    {
        "id": "tec_missed",
        "kind": "missed_interview_notice",
        "lang": "fr",
        "co": "Maison Lérot",
        "frm": TEC,
        "subj": "Re: Rencontre avec Maison Lérot - jeudi 23 avril",
        "date": "2026-04-23 10:14",
        "parent": "tec_invite",
        "quote": "gmail",
        "text": (
            "Clémence,\n\n"
            "Sophie Lérot m'appelle : elles vous attendent depuis 9h30 au siège et n'ont "
            "pas de nouvelles. Tout va bien ? Je n'arrive pas à vous joindre sur votre "
            "portable.\n\nRappelez-moi dès que possible au 06 72 18 44 09.\n\nBastien"
        ),
        "cs": "windows-1252",
        "cte": "8bit",
    },
    {
        "id": "tec_no",
        "kind": "rejection",
        "lang": "fr",
        "co": "Maison Lérot",
        "frm": TEC,
        "subj": "Maison Lérot - retour",
        "date": "2026-05-06 12:02",
        "text": (
            "Bonjour Clémence,\n\n"
            "Je reviens vers vous après l'entretien reprogrammé du 28 avril. Maison Lérot a "
            "apprécié votre aisance et votre plume, mais a choisi de poursuivre avec un "
            "profil issu de l'agroalimentaire.\n\n"
            "Ce n'est pas une porte fermée avec notre cabinet : je continue à penser à vous "
            "pour d'autres missions.\n\nBien à vous,\nBastien Roux"
        ),
        "cte": "qp",
    },
]
