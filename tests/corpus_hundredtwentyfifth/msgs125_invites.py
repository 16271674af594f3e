"""Interview invitations, reschedules and cancellations, and missed-interview notices for corpus
hundredtwentyfifth, written one by one."""

from __future__ import annotations

from msgs125_common import P, ats_html

MOSANE_UID = "040000008200E00074C5B7101A82E00800000000A1C2F3E47D9FDC01000000000000000010000000"
HARROW_UID = "hf-2026-0420-fca-r1-7f3e9b12@harrowfinch.example.com"

INVITATIONS: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "scenario": "bank_phone_screen_slots", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Lombard-Sablon", "contact": "elise.vandenbroeck@lombard-sablon.example.be",
        "frm": ("Van den Broeck Elise", "Elise.VandenBroeck@lombard-sablon.example.be"),
        "subject": "Votre candidature - Analyste Fraude Paiements",
        "date": "2026-02-05 10:24", "cte": "qp",
        "text": """Bonjour Monsieur Okafor-Dubois,

Je vous remercie pour votre candidature au poste d'Analyste Fraude Paiements au sein de notre département Sécurité financière.

Votre parcours au guichet a retenu notre attention et je vous propose un premier entretien téléphonique d'environ 30 minutes. Voici mes disponibilités :
- mardi 10 février à 9h30
- mercredi 11 février à 14h00
- jeudi 12 février à 16h00

Pourriez-vous m'indiquer le créneau qui vous convient le mieux, ainsi que le numéro auquel vous joindre ?

Au plaisir d'échanger avec vous,

Elise Van den Broeck
Talent Acquisition Specialist
Banque Lombard-Sablon
Place du Grand Sablon 3 | 1000 Bruxelles
+32 2 513 40 77
""",
    },
    {
        "scenario": "insurer_teams_calendar_request", "kind": "interview_invitation", "lang": "fr",
        "company": "Assurances Mosane", "contact": "n.gerard@mosane-assurances.example.be",
        "frm": ("Nathalie Gérard-Piette", "n.gerard@mosane-assurances.example.be"),
        "subject": "Entretien - Gestionnaire détection fraude sinistres",
        "date": "2026-02-24 09:12",
        "msgid": "<a81f02c4e7.20260224@mosane-assurances.example.be>",
        "text": """Bonjour Monsieur Okafor-Dubois,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de gestionnaire en détection de fraude aux sinistres le vendredi 27 février à 10h00, en visioconférence via Microsoft Teams.

Vous rencontrerez Monsieur Paul Lemaire, responsable de la cellule Fraude, et moi-même. Prévoyez environ une heure.

Rejoindre la réunion Microsoft Teams : https://teams.example.com/l/meetup-join/19%3ameeting_MosaneFraude2026

Bien cordialement,

Nathalie Gérard-Piette
Chargée de recrutement
Assurances Mosane SA
""",
        "html_from_text": "outlook", "boundary": "outlook",
        "ics": {"method": "REQUEST", "uid": MOSANE_UID, "sequence": 0, "stamp": "20260224T081200Z",
                 "start": "2026-02-27 10:00", "summary": "Entretien Laurent Okafor-Dubois - Gestionnaire détection fraude",
                 "location": "Réunion Microsoft Teams"},
    },
    {
        "scenario": "agency_client_wants_to_meet", "kind": "interview_invitation", "lang": "fr",
        "company": "Caisse d'Épargne Liégeoise", "contact": "s.mertens@talentis.example.be",
        "frm": ("Sébastien Mertens | Talentis", "s.mertens@talentis.example.be"),
        "subject": "Bonne nouvelle : la Caisse d'Épargne veut te rencontrer !",
        "date": "2026-03-16 11:05",
        "text": """Salut Laurent,

Bonne nouvelle : la Caisse d'Épargne Liégeoise a lu ton CV et souhaite te rencontrer pour le poste d'analyste AML/anti-fraude.

Ils proposent un entretien le mardi 24 mars à 10h, au siège (Place Saint-Lambert 14 à Liège), avec Mme Fraipont (responsable Conformité) et un analyste de l'équipe. Compte une heure, en français, peut-être quelques questions en anglais.

Tu peux me confirmer aujourd'hui ? Je t'appelle demain pour te briefer sur l'équipe et sur ce qu'ils attendent.

Sébastien

--
Sébastien Mertens
Senior Consultant Banking & Finance
Talentis Recrutement
+32 478 55 19 02
""",
    },
    {
        "scenario": "headhunter_visio_unnamed_client", "kind": "interview_invitation", "lang": "fr",
        "company": "Capucine Search", "contact": "clemence.roy@capucine-search.example.fr",
        "frm": ("Clémence Roy", "clemence.roy@capucine-search.example.fr"),
        "subject": "Analyste fraude – établissement de paiement (Paris)",
        "date": "2026-04-14 08:40", "charset": "windows-1252", "cte": "qp",
        "text": """Bonjour Laurent,

Merci pour votre retour rapide et pour votre CV.

Je mène actuellement une recherche confidentielle pour un établissement de paiement parisien (dont je ne peux pas encore vous communiquer le nom) qui renforce son équipe de lutte contre la fraude. Avant de présenter votre candidature, j’aimerais m’entretenir avec vous en visio pendant 45 minutes pour mieux comprendre votre parcours et vos motivations.

Seriez-vous disponible jeudi 16 avril à 12h30 ou vendredi 17 avril à 9h ? Je vous enverrai le lien dès votre confirmation.

Bien cordialement,

Clémence Roy
Associée – Capucine Search
+33 1 84 60 22 17
""",
    },
    {
        "scenario": "public_oral_convocation_pdf", "kind": "interview_invitation", "lang": "fr",
        "company": "Office national de contrôle des allocations", "contact": "selection@onca.fgov.example.be",
        "frm": ("ONCA - Sélection et Recrutement", "selection@onca.fgov.example.be"),
        "subject": "Convocation à l'épreuve orale - Sélection ONCA-2026-031",
        "date": "2026-05-04 14:55", "charset": "iso-8859-1", "cte": "qp",
        "text": """Monsieur Okafor-Dubois,

Nous avons le plaisir de vous informer que vous avez réussi la présélection sur CV pour la fonction d'Enquêteur - analyste fraude sociale (niveau B, ONCA-2026-031).

Vous êtes dès lors convoqué à l'épreuve orale (entretien avec le jury de sélection) qui se tiendra le mercredi 20 mai 2026 à 13h30 dans nos bureaux, Rue de la Loi 76, 1040 Bruxelles (5e étage, salle Horta).

Vous trouverez en annexe votre convocation officielle. Présentez-vous muni de votre carte d'identité et de cette convocation, au moins quinze minutes avant l'heure prévue.

En cas d'empêchement, merci de nous prévenir au plus tard 48 heures à l'avance en répondant à ce message.

Le service Sélection et Recrutement
Office national de contrôle des allocations (ONCA)
""",
        "attach": [{"filename": "Convocation_ONCA-2026-031_Okafor-Dubois.pdf",
                     "title": "ONCA - Convocation a l'epreuve orale",
                     "lines": ["Selection ONCA-2026-031 - Enqueteur - analyste fraude sociale (B)",
                            "Candidat : Laurent Okafor-Dubois",
                            "Date : mercredi 20 mai 2026 a 13h30",
                            "Lieu : Rue de la Loi 76, 1040 Bruxelles - 5e etage, salle Horta",
                            "Duree : 45 minutes (mise en situation + entretien)",
                            "A apporter : carte d'identite et la presente convocation"]}],
        "boundary": "plain",
    },
    {
        "scenario": "smartrecruiters_assessment_center", "kind": "interview_invitation", "lang": "fr",
        "company": "BNX Clearing", "contact": "",
        "frm": ("BNX Clearing Recrutement", "noreply@smartrecruiters.com"),
        "subject": "Invitation : assessment center du 19 mai",
        "date": "2026-05-07 16:02",
        "html": ats_html(P("""Bonjour Laurent,

Félicitations ! Suite à votre entretien téléphonique, nous avons le plaisir de vous inviter à notre **assessment center** pour le poste de Junior Fraud & Sanctions Analyst.

**Date :** mardi 19 mai 2026, de 9h00 à 13h00
**Lieu :** BNX Clearing, Boulevard du Régent 47, 1000 Bruxelles

Au programme : une étude de cas sur des transactions suspectes, un exercice de groupe et un entretien individuel avec deux managers de l'équipe Financial Crime.

Merci de confirmer votre participation via le bouton ci-dessous avant le 12 mai.

À bientôt,
L'équipe Recrutement de BNX Clearing""", tracker="click.smartrecruiters.com"),
            brand="BNX Clearing", accent="#003b71", logo_host="c.smartrecruiters.com",
            button=("Confirmer ma participation", "https://jobs.smartrecruiters.com/BNXClearing/confirm?e=lod"),
            tracker="click.smartrecruiters.com", pixel_host="email.smartrecruiters.com",
            footer="BNX Clearing SA/NV · Boulevard du Régent 47, 1000 Bruxelles · TVA BE 0456.789.123<br>Vous recevez cet e-mail car vous avez postulé via SmartRecruiters. Ne répondez pas à ce message."),
        "cte": "qp",
    },
    {
        "scenario": "successfactors_video_interview", "kind": "interview_invitation", "lang": "fr",
        "company": "Moselle Paiements", "contact": "",
        "frm": ("Moselle Paiements - Talent Acquisition", "moselle@successfactors.eu"),
        "subject": "Entretien vidéo différé - Analyste Fraude Cartes",
        "date": "2026-06-03 07:30", "tz": "+0000",
        "html": ats_html(P("""Bonjour Laurent,

Votre candidature au poste d'Analyste Fraude Cartes a retenu notre attention et nous souhaitons poursuivre le processus avec un entretien vidéo différé.

Vous répondrez à cinq questions, à votre rythme, depuis un ordinateur équipé d'une caméra. Pour chaque question, vous disposerez de 30 secondes de réflexion et de 2 minutes de réponse. L'entretien sera ensuite visionné par notre équipe Fraud Operations.

Merci de réaliser l'entretien avant le **mardi 9 juin à 23h59 (heure de Luxembourg)**.

Bonne chance !
Talent Acquisition - Moselle Paiements"""),
            brand="Moselle Paiements", accent="#00a3ad", logo_host="career5.successfactors.eu",
            button=("Démarrer mon entretien vidéo", "https://moselle.video-interview.example.com/i/4f8c2a"),
            footer="Moselle Paiements S.A. · 12, rue Eugène Ruppert · L-2453 Luxembourg · Établissement de paiement agréé par la CSSF · R.C.S. Luxembourg B 212.345<br>Message automatique - merci de ne pas répondre.",
            pixel_host="career5.successfactors.eu"),
        "cte": "b64",
    },
    {
        "scenario": "teamtailor_book_slot_tu", "kind": "interview_invitation", "lang": "fr",
        "company": "Kobalt Pay", "contact": "chloe.martin@kobaltpay.example.fr",
        "frm": ("Kobalt Pay", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Chloé Martin", "chloe.martin@kobaltpay.example.fr"),
        "subject": "On aimerait te rencontrer 👋",
        "date": "2026-06-22 10:47",
        "text": """Salut Laurent,

Merci pour ta candidature au poste de Fraud Ops Analyst chez Kobalt Pay ! Ton parcours nous a beaucoup plu et on aimerait en savoir plus.

Prochaine étape : un premier échange de 30 minutes en visio avec moi, puis, si ça matche, une rencontre avec Hugo, notre Head of Risk.

Réserve directement ton créneau ici : https://kobaltpay.teamtailor.com/meetings/fraud-ops-screen

À très vite,
Chloé
Talent Acquisition @ Kobalt Pay
""",
        "html": ats_html(P("""Salut Laurent,

Merci pour ta candidature au poste de **Fraud Ops Analyst** chez Kobalt Pay ! Ton parcours nous a beaucoup plu et on aimerait en savoir plus.

Prochaine étape : un premier échange de 30 minutes en visio avec moi, puis, si ça matche, une rencontre avec Hugo, notre Head of Risk.

À très vite,
Chloé
Talent Acquisition @ Kobalt Pay"""),
            brand="Kobalt Pay", accent="#1a56db", logo_host="assets.teamtailor-cdn.com",
            button=("Réserver mon créneau", "https://kobaltpay.teamtailor.com/meetings/fraud-ops-screen"),
            tracker="t.teamtailor-mail.com", pixel_host="t.teamtailor-mail.com",
            footer="Kobalt Pay SAS · 8 rue du Sentier, 75002 Paris<br>Envoyé avec Teamtailor · <a href=\"https://kobaltpay.teamtailor.com/connect/privacy\" style=\"color:#8a8f98\">Politique de confidentialité</a>"),
        "boundary": "java",
    },
    {
        "scenario": "startup_terse_call_tomorrow", "kind": "interview_invitation", "lang": "fr",
        "company": "Meuse Data Labs", "contact": "marc@meusedatalabs.example.be",
        "frm": ("Marc Dujardin", "marc@meusedatalabs.example.be"),
        "subject": "Re: Candidature – Analyste fraude junior chez Meuse Data Labs",
        "date": "2026-04-07 21:38", "cte": "8bit",
        "thread": ["<CAL7od-2026040612.7760@mail.example.be>"],
        "text": """Dispo demain 14h pour un call de 20 min ? Je t'appelle sur le numéro de ton CV.
Marc

Envoyé depuis mon mobile
""",
    },
    {
        "scenario": "reply_quoted_not_retained", "kind": "interview_invitation", "lang": "fr",
        "company": "Vauban Assurances", "contact": "p.caron@vauban-assurances.example.fr",
        "frm": ("Pauline Caron", "p.caron@vauban-assurances.example.fr"),
        "subject": "Re: Candidature spontanée - lutte contre la fraude",
        "date": "2026-04-02 11:30", "cte": "qp",
        "thread": ["<7C1E9A44-2B7D-4D0E-9B1A-OD20260402@example.be>"],
        "text": """Bonjour Laurent,

Merci pour votre message et pour votre franchise. Bien au contraire : votre expérience de caissier nous intéresse beaucoup, nous cherchons justement à renforcer notre cellule anti-fraude avec des profils qui connaissent le client.

Je vous propose de venir nous rencontrer le jeudi 9 avril à 10h, à notre siège de Lille (2 boulevard de la Liberté). L'entretien durera environ une heure, avec Mme Caron (homonyme, pas de lien de parenté !) qui dirige la cellule.

Pouvez-vous me confirmer ?

Pauline Caron
Responsable recrutement
Vauban Assurances
Mutuelle régie par le Code des assurances

Le 2 avr. 2026 à 09:12, Laurent Okafor-Dubois <laurent.od@example.be> a écrit :

> Madame Caron,
>
> Je me permets de vous relancer au sujet de ma candidature spontanée envoyée le 12 mars. Je sais que mon profil est atypique et je comprendrai parfaitement si ma candidature n'est pas retenue, mais je reste très motivé par la lutte contre la fraude à l'assurance.
>
> Bien cordialement,
> Laurent Okafor-Dubois
""",
        "html_from_text": "apple", "boundary": "apple",
    },
    {
        "scenario": "interim_rdv_agence_puis_client", "kind": "interview_invitation", "lang": "fr",
        "company": "Ardenne Leasing", "contact": "kevin.lejeune@flexa-interim.example.be",
        "frm": ("Kevin Lejeune", "kevin.lejeune@flexa-interim.example.be"),
        "subject": "entretien ardenne leasing mardi",
        "date": "2026-06-26 16:50", "cte": "8bit",
        "text": """Salut Laurent

bonne nouvelle, Ardenne Leasing veut te voir pour la mission de controle des dossiers de credit (3 mois renouvelable).

entretien mardi 30/06 a 11h chez eux, rue des Guillemins 112 a Liege, demander M. Hauregard a l'accueil. passe a l'agence a 9h30 avant si tu peux, on prepare ensemble 10 min.

tu me confirmes par retour ?

Kevin
Flexa Interim Liege - 04 232 11 80
""",
    },
    {
        "scenario": "lille_manager_interview", "kind": "interview_invitation", "lang": "fr",
        "company": "Nordpay", "contact": "margaux.leclercq@nordpay.example.fr",
        "frm": ("LECLERCQ Margaux", "margaux.leclercq@nordpay.example.fr"),
        "subject": "Entretien Analyste Fraude - jeudi 14h",
        "date": "2026-05-08 15:47", "charset": "windows-1252", "cte": "qp",
        "msgid": "<PR1P264MB0011A2@PR1P264.prod.nordpay.example.fr>",
        "text": """Bonjour Laurent,

Votre candidature a retenu toute notre attention et nous souhaitons vous rencontrer. Je vous propose un entretien le jeudi 14 mai à 14h dans nos locaux, avec Antoine Verstraete, responsable de l’équipe Fraude.

Adresse : 40 rue de Tournai, 59000 Lille (à 5 minutes à pied de la gare Lille-Flandres – pratique si vous venez de Bruxelles en train).

Merci de me confirmer votre présence.

Margaux LECLERCQ
Chargée de recrutement
Nordpay – 40 rue de Tournai, 59000 Lille
""",
        "html_from_text": "outlook", "boundary": "outlook",
    },
    {
        "scenario": "coop_bank_on_site_directions", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque coopérative du Namurois", "contact": "personnel@bcnam.example.be",
        "frm": ("Service du personnel BCN", "personnel@bcnam.example.be"),
        "subject": "Invitation à un entretien – Contrôleur fraude (h/f/x)",
        "date": "2026-08-27 09:05", "charset": "windows-1252", "cte": "8bit",
        "text": """Monsieur Okafor-Dubois,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Contrôleur fraude (h/f/x) le lundi 7 septembre 2026 à 9h30.

L’entretien aura lieu à notre siège, Rue de Fer 88 à Namur, en présence de M. Jacques Hubinon, directeur des Opérations, et de Mme Sandrine Wéry, du service du personnel. Il durera environ 1h15 et comprendra une courte mise en situation (analyse de trois opérations suspectes).

Accès : à 10 minutes à pied de la gare de Namur. Si vous venez en voiture, le parking visiteurs se trouve à l’arrière du bâtiment (entrée par la rue Basse-Marcelle) ; signalez-vous à l’interphone.

Merci de confirmer votre présence par retour de mail ou au 081 24 60 60.

Avec nos salutations les meilleures,

Sandrine Wéry
Service du personnel
Banque coopérative du Namurois SC
Rue de Fer 88 – 5000 Namur
""",
    },
    # ------------------------------------------------------------------ English
    {
        "scenario": "greenhouse_availability", "kind": "interview_invitation", "lang": "en",
        "company": "Amstel Card Services", "contact": "sanne.visser@amstelcard.example.nl",
        "frm": ("Amstel Card Services via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Sanne Visser", "sanne.visser@amstelcard.example.nl"),
        "subject": "Interview availability – Fraud Analyst (Dutch not required)",
        "date": "2026-02-17 14:02", "tz": "+0000",
        "text": """Hi Laurent,

Thanks for applying to the Fraud Analyst role at Amstel Card Services! The hiring team would like to invite you to a first interview (45 minutes, video call) with Mark Jansen, our Fraud Strategy Lead.

Please let us know your availability for next week using the link below:
https://app.greenhouse.io/scheduling/availability/8d21f0b4

If none of the times work, just reply to this email and I'll find an alternative.

Best,
Sanne Visser
Recruiting Coordinator | Amstel Card Services
""",
        "html": ats_html(P("""Hi Laurent,

Thanks for applying to the Fraud Analyst role at Amstel Card Services! The hiring team would like to invite you to a first interview (45 minutes, video call) with Mark Jansen, our Fraud Strategy Lead.

Please let us know your availability for next week using the button below. If none of the times work, just reply to this email and I'll find an alternative.

Best,
Sanne Visser
Recruiting Coordinator | Amstel Card Services"""),
            brand="Amstel Card Services", accent="#24a148", logo_host="s3.amazonaws.com/grnhse", lang="en",
            button=("Submit availability", "https://app.greenhouse.io/scheduling/availability/8d21f0b4"),
            tracker="links.greenhouse-mail.io", pixel_host="links.greenhouse-mail.io",
            footer="Amstel Card Services B.V. · Amstelplein 1, 1096 HA Amsterdam<br>Powered by Greenhouse"),
        "boundary": "java",
    },
    {
        "scenario": "outlook_calendar_request_r1", "kind": "interview_invitation", "lang": "en",
        "company": "Harrow & Finch Advisory", "contact": "olivia.grant@harrowfinch.example.com",
        "frm": ("Olivia Grant", "olivia.grant@harrowfinch.example.com"),
        "subject": "Interview: Financial Crime Associate - Laurent Okafor-Dubois",
        "date": "2026-04-09 12:18",
        "msgid": "<AM9PR01MB7712C0FFEE42@AM9PR01MB7712.eurprd01.prod.harrowfinch.example.com>",
        "text": """Dear Laurent,

Thank you for your application for the Financial Crime Associate role. I'm pleased to invite you to a first-round interview with Gareth Lloyd (Senior Manager) on Monday 20 April at 15:00 CET, via Microsoft Teams.

The interview will last around 45 minutes and will be competency-based, with a short discussion of a recent fraud case you have come across in your current role.

Please accept the calendar invitation to confirm.

Kind regards,
Olivia Grant
Recruitment Coordinator
Harrow & Finch Advisory LLP
""",
        "html_from_text": "outlook", "boundary": "outlook",
        "ics": {"method": "REQUEST", "uid": HARROW_UID, "sequence": 0, "stamp": "20260409T101800Z",
                 "start": "2026-04-20 15:00", "minutes": 45, "language": "en-GB",
                 "summary": "Interview: Financial Crime Associate - Laurent Okafor-Dubois",
                 "location": "Microsoft Teams Meeting"},
    },
    {
        "scenario": "eu_agency_test_and_interview", "kind": "interview_invitation", "lang": "en",
        "company": "European Payments Oversight Agency", "contact": "epoa-recruitment@epoa.example.eu",
        "frm": ("EPOA Recruitment", "epoa-recruitment@epoa.example.eu"),
        "subject": "EPOA/CA/FGIV/2026/011 - Invitation to written test and interview",
        "date": "2026-06-11 16:30", "cte": "b64",
        "text": """Dear Mr Okafor-Dubois,

Reference: EPOA/CA/FGIV/2026/011 - Contract Agent FG IV - Payment Fraud Data Analyst

Following the evaluation of the applications received, the Selection Committee is pleased to invite you to the next stage of the selection procedure, which consists of a written test and an interview.

Date: Thursday 2 July 2026
Time: 09:30 (written test, 90 minutes), followed by the interview at 13:45
Place: EPOA premises, Sonnemannstraße 22, 60314 Frankfurt am Main, Germany

The written test and the interview will be conducted in English. Please bring a valid identity document.

Candidates invited from a place of residence more than 200 km away are entitled to a contribution towards travel expenses; the form is available on our website.

Please confirm your attendance by replying to this e-mail by 18 June 2026 at the latest.

Yours sincerely,

Recruitment Team
Human Resources Unit
European Payments Oversight Agency (EPOA)
""",
    },
    {
        "scenario": "consultancy_informal_interview", "kind": "interview_invitation", "lang": "en",
        "company": "Pétrusse Advisory", "contact": "h.schmit@petrusse-advisory.example.lu",
        "frm": ("Hélène Schmit", "h.schmit@petrusse-advisory.example.lu"),
        "subject": "Coffee next week?",
        "date": "2026-07-01 18:02", "cte": "qp",
        "text": """Dear Laurent,

Thanks for sending your CV through Marc – he speaks very highly of you.

We are looking for a junior analyst to join our Financial Crime & Forensics team in Luxembourg, and I'd like to invite you for an informal interview with myself and our Head of Financial Crime, Stefan Weber. Nothing too formal: we'd like to hear how you spotted the fraud cases you mentioned, and tell you more about the work.

Would Wednesday 8 July at 9:00 at our office (2, place de Paris, Luxembourg-Gare) work for you? The coffee is on us.

Best regards,
Hélène

Hélène Schmit | Manager, Financial Crime & Forensics | Pétrusse Advisory S.à r.l.
T +352 26 48 11 20 | linkedin.example.com/company/petrusse-advisory
""",
    },
    {
        "scenario": "lever_phone_screen_noreply", "kind": "interview_invitation", "lang": "en",
        "company": "Brightwell Payments", "contact": "",
        "frm": ("Brightwell Payments", "no-reply@hire.lever.co"),
        "subject": "Next steps with Brightwell Payments",
        "date": "2026-08-18 17:44", "tz": "+0000",
        "text": """Hi Laurent,

Thanks for your application for Risk & Fraud Analyst at Brightwell Payments. We were impressed with your background and would love to schedule a 30-minute phone screen with a member of our talent team.

Please pick a time that works for you here:
https://hire.lever.co/interview/schedule/brightwell/6b1d9e2a

The call will cover your experience, your motivation for moving into fraud, and logistics (location, notice period, salary expectations).

Looking forward to speaking with you!
The Brightwell Talent Team
""",
        "html_from_text": "gmail", "boundary": "gmail",
    },
    # ------------------------------------------------------------------ German
    {
        "scenario": "personio_einladung_sie", "kind": "interview_invitation", "lang": "de",
        "company": "Nidda Payments", "contact": "lea.hoffmann@nidda-payments.example.de",
        "frm": ("Nidda Payments Recruiting", "nidda-payments@mail.personio.de"),
        "reply_to": ("Lea Hoffmann", "lea.hoffmann@nidda-payments.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Fraud Analyst (m/w/d)",
        "date": "2026-06-05 10:10",
        "html": ats_html(P("""Sehr geehrter Herr Okafor-Dubois,

vielen Dank für Ihre Bewerbung als Fraud Analyst (m/w/d). Ihre Unterlagen haben uns überzeugt und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:

**Dienstag, 16. Juni 2026, 10:00 Uhr**
Gesprächspartner: Lea Hoffmann (People & Culture) und Dr. Tobias Brenner (Head of Fraud Prevention)

Das Gespräch kann auf Englisch geführt werden. Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Wir freuen uns auf das Gespräch!

Viele Grüße
Lea Hoffmann
Nidda Payments"""),
            brand="Nidda Payments", accent="#0f766e", logo_host="nidda-payments.jobs.personio.de", lang="de",
            footer="Nidda Payments GmbH · Gutleutstraße 80 · 60329 Frankfurt am Main<br>Geschäftsführung: Sven Kraus, Dr. Aylin Demir · Amtsgericht Frankfurt am Main HRB 118822",
            pixel_host="mail.personio.de"),
        "cte": "qp",
    },
    {
        "scenario": "startup_du_kennenlernen", "kind": "interview_invitation", "lang": "de",
        "company": "Zahlwerk", "contact": "jonas@zahlwerk.example.de",
        "frm": ("Jonas Albrecht", "jonas@zahlwerk.example.de"),
        "subject": "Lust auf ein Kennenlernen?",
        "date": "2026-06-10 08:31", "cte": "8bit",
        "text": """Hi Laurent,

danke für deine Bewerbung – ich fand es richtig cool, dass du aus der Bankfiliale kommst und die Betrugsmaschen quasi von der anderen Seite des Schalters kennst.

Hast du Lust auf ein erstes Kennenlernen? Ich würde Donnerstag, 18.06., um 16 Uhr per Google Meet vorschlagen, ca. 45 Minuten, mit mir und Mira (unsere CTO). Englisch ist völlig okay, falls dir das lieber ist.

Sag einfach Bescheid, ob das passt, dann schick ich dir den Link.

Beste Grüße
Jonas

--
Zahlwerk GmbH · Hanauer Landstraße 126 · 60314 Frankfurt
Geschäftsführer: Jonas Albrecht, Mira Sen · HRB 123456 Amtsgericht Frankfurt am Main
""",
    },
    {
        "scenario": "personalberatung_named_client", "kind": "interview_invitation", "lang": "de",
        "company": "Taunus Versicherung", "contact": "s.becker@main-talent.example.de",
        "frm": ("Becker, Stefanie", "s.becker@main-talent.example.de"),
        "subject": "Vorstellungsgespräch bei der Taunus Versicherung am 12. Mai",
        "date": "2026-04-28 13:12", "charset": "windows-1252", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

wie soeben telefonisch besprochen, freue ich mich, Ihnen mitzuteilen, dass die Taunus Versicherung Sie zu einem Vorstellungsgespräch für die Position „Sachbearbeiter Betrugsbekämpfung Schaden (m/w/d)“ einladen möchte.

Termin: Dienstag, 12. Mai 2026, 11:00 Uhr
Ort: Taunus Versicherung AG, Wilhelmstraße 40, 65183 Wiesbaden
Gesprächspartner: Frau Ulrike Sander (Leiterin Schadenprüfung) und Herr Kai Morgenroth (HR)

Bitte bringen Sie Ihren Ausweis mit und melden Sie sich am Empfang. Ich rufe Sie am Vortag an, um das Gespräch gemeinsam vorzubereiten.

Mit freundlichen Grüßen

Stefanie Becker
Senior Beraterin Finance & Insurance
Main-Talent Personalberatung GmbH
Mainzer Landstraße 50 · 60325 Frankfurt am Main
Tel. +49 69 2444 7120
""",
    },
    {
        "scenario": "softgarden_terminbuchung", "kind": "interview_invitation", "lang": "de",
        "company": "Wetterau Leasing", "contact": "",
        "frm": ("Wetterau Leasing AG", "wetterau-leasing@softgarden.io"),
        "subject": "Terminvereinbarung für Ihr Vorstellungsgespräch",
        "date": "2026-07-13 09:40",
        "html": ats_html(P("""Guten Tag Herr Okafor-Dubois,

wir freuen uns über Ihr Interesse an der Position **Referent Fraud Management Leasing (m/w/d)** und möchten Sie gern zu einem persönlichen Gespräch an unserem Standort in Friedberg einladen.

Bitte wählen Sie über den folgenden Button einen der vorgeschlagenen Termine aus. Die Termine sind bis zum 20. Juli buchbar.

Mit freundlichen Grüßen
Ihr Personalteam
Wetterau Leasing AG"""),
            brand="Wetterau Leasing", accent="#9b2335", logo_host="static.softgarden.io", lang="de",
            button=("Termin auswählen", "https://wetterau-leasing.softgarden.io/appointment/3391ab"),
            tracker="mailing.softgarden.io", pixel_host="mailing.softgarden.io",
            footer="Wetterau Leasing AG · Kaiserstraße 120 · 61169 Friedberg (Hessen)<br>Vorstand: Michael Stein, Julia Roth · Aufsichtsratsvorsitzender: Dr. Hans-Peter Ulm · Amtsgericht Friedberg HRB 4567<br>Diese Nachricht wurde automatisch erstellt."),
        "cte": "b64",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "scenario": "banco_convocatoria_usted", "kind": "interview_invitation", "lang": "es",
        "company": "Banco Prado", "contact": "mgil@bancoprado.example.es",
        "frm": ("Marta Gil Ortega", "mgil@bancoprado.example.es"),
        "subject": "Convocatoria a entrevista - Analista de Fraude",
        "date": "2026-05-27 12:50", "cte": "qp",
        "msgid": "<DB9PR04MB8410.5C7A@DB9PR04MB8410.eurprd04.bancoprado.example.es>",
        "text": """Estimado Sr. Okafor-Dubois:

En relación con su candidatura al puesto de Analista de Fraude en Medios de Pago, nos complace convocarle a una entrevista presencial el próximo martes 9 de junio a las 11:00 horas en nuestra sede central (Paseo del Prado 18, 28014 Madrid, 3.ª planta).

La entrevista será con D. Ignacio Ruiz, responsable del área de Prevención del Fraude, y conmigo. Tendrá una duración aproximada de una hora.

Le rogamos que nos confirme su asistencia respondiendo a este correo.

Reciba un cordial saludo,

Marta Gil Ortega
Selección y Desarrollo
Banco Prado
Tel. +34 91 420 55 00
""",
    },
    {
        "scenario": "fintech_videollamada_tu", "kind": "interview_invitation", "lang": "es",
        "company": "Pagalia", "contact": "lucia.ferrer@pagalia.example.es",
        "frm": ("Lucía Ferrer", "lucia.ferrer@pagalia.example.es"),
        "subject": "¿Hablamos el jueves?",
        "date": "2026-04-27 13:15", "cte": "8bit",
        "text": """¡Hola Laurent!

Soy Lucía, de Talento en Pagalia. He visto tu candidatura para Fraud Analyst y me encantaría conocerte un poco mejor.

¿Te viene bien una videollamada el jueves 30 a las 17h? Serían unos 30 minutos, para contarte el puesto y que me cuentes tu experiencia en la sucursal. Si no te cuadra, dime qué hueco te va mejor esta semana o la que viene.

¡Un abrazo!

Lucía Ferrer | Talent Partner | Pagalia
""",
    },
    {
        "scenario": "consultora_competencias_quoted", "kind": "interview_invitation", "lang": "es",
        "company": "Retiro Advisory", "contact": "alvaro.medina@retiroadvisory.example.es",
        "frm": ("Álvaro Medina", "alvaro.medina@retiroadvisory.example.es"),
        "subject": "RE: Candidatura Consultor/a Junior Forensic & Fraud",
        "date": "2026-07-10 10:02", "charset": "iso-8859-1", "cte": "qp",
        "thread": ["<CAL7od-2026070818.2201@mail.example.be>"],
        "text": """Hola Laurent:

Gracias por tu correo. Te confirmo que el proceso sigue adelante y nos gustaría invitarte a una entrevista por competencias el miércoles 15 de julio a las 10:00 en nuestra oficina de Calle de Alcalá 93 (también podemos hacerla por Teams si te resulta más cómodo viajar otro día).

Será con Carmen Lozano, gerente del área Forensic, y conmigo. Duración aproximada: una hora.

Quedo pendiente de tu confirmación.

Un saludo,
Álvaro Medina
Talent Acquisition | Retiro Advisory
Calle de Alcalá 93, 28009 Madrid

El mié, 8 jul 2026 a las 18:22, Laurent Okafor-Dubois (<laurent.od@example.be>) escribió:
> Hola Álvaro:
> Me han comentado que el proceso podría cancelarse o quedar en suspenso. Lamentablemente no he vuelto a recibir noticias desde mi solicitud. ¿Podrías confirmarme si sigue abierto?
> Gracias y un saludo,
> Laurent
""",
        "html_from_text": "gmail", "boundary": "gmail",
    },
    {
        "scenario": "ett_entrevista_cliente", "kind": "interview_invitation", "lang": "es",
        "company": "Financiera Tajo", "contact": "raul.sanz@laborex-ett.example.es",
        "frm": ("Raúl Sanz", "raul.sanz@laborex-ett.example.es"),
        "subject": "ENTREVISTA FINANCIERA TAJO!!",
        "date": "2026-08-31 18:05", "cte": "8bit",
        "text": """Hola Laurent!!

Buenas noticias: el cliente, Financiera Tajo, quiere verte para el puesto de control de operaciones!!

La entrevista es el jueves 3 de septiembre a las 10:00 en su oficina de C/ Orense 22, 6ª planta. Pregunta por Nuria en recepción. Lleva el pasaporte o el NIE y una copia del CV.

Confírmame cuanto antes porfa, que tengo que decírselo mañana a primera hora!!

Un saludo
Raúl Sanz
Laborex ETT - Oficina Chamberí
Tel. 91 445 12 30
""",
    },
]

RESCHEDULES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "scenario": "calendar_update_sequence1", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Assurances Mosane", "contact": "n.gerard@mosane-assurances.example.be",
        "frm": ("Nathalie Gérard-Piette", "n.gerard@mosane-assurances.example.be"),
        "subject": "Mis à jour : Entretien - Gestionnaire détection fraude sinistres",
        "date": "2026-02-25 16:40",
        "thread": ["<a81f02c4e7.20260224@mosane-assurances.example.be>"],
        "text": """Bonjour Monsieur Okafor-Dubois,

Monsieur Lemaire ayant un empêchement vendredi, je me permets de déplacer notre entretien au mardi 3 mars à 14h00, toujours sur Teams. Le lien de connexion reste identique.

Je vous prie de nous excuser pour ce changement et vous remercie d'accepter la nouvelle invitation.

Bien cordialement,
Nathalie Gérard-Piette
Assurances Mosane SA
""",
        "html_from_text": "outlook", "boundary": "outlook",
        "ics": {"method": "REQUEST", "uid": MOSANE_UID, "sequence": 1, "stamp": "20260225T154000Z",
                 "start": "2026-03-03 14:00", "summary": "Entretien Laurent Okafor-Dubois - Gestionnaire détection fraude",
                 "location": "Réunion Microsoft Teams"},
    },
    {
        "scenario": "switched_to_video", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Banque Lombard-Sablon", "contact": "elise.vandenbroeck@lombard-sablon.example.be",
        "frm": ("Van den Broeck Elise", "Elise.VandenBroeck@lombard-sablon.example.be"),
        "subject": "Entretien de jeudi : en visio",
        "date": "2026-02-23 17:55", "cte": "qp",
        "text": """Bonjour Laurent,

Petit changement pour notre entretien de jeudi 26 février à 11h avec M. Declercq : en raison de travaux dans nos bureaux du Sablon, il aura finalement lieu en visioconférence plutôt que sur place. L'heure ne change pas.

Vous recevrez le lien Teams demain matin. N'hésitez pas à me dire si vous préférez malgré tout un autre jour.

Bonne soirée,

Elise Van den Broeck
Talent Acquisition Specialist
Banque Lombard-Sablon
""",
    },
    {
        "scenario": "interviewer_ill_new_slot", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Vauban Assurances", "contact": "p.caron@vauban-assurances.example.fr",
        "frm": ("Pauline Caron", "p.caron@vauban-assurances.example.fr"),
        "subject": "Report de votre entretien de demain",
        "date": "2026-04-08 15:20", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour Laurent,

Je suis désolée de vous prévenir si tard : Mme Caron, qui devait mener l'entretien avec moi, est souffrante depuis ce matin. Nous devons donc reporter notre rendez-vous de demain jeudi 9 avril.

Je vous propose lundi 13 avril à 10h, même adresse. Si ce n'est pas possible pour vous, le mardi 14 à 15h est aussi libre.

Encore toutes nos excuses pour ce contretemps.

Pauline Caron
Responsable recrutement
Vauban Assurances
""",
    },
    {
        "scenario": "agency_client_moves_interview", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Caisse d'Épargne Liégeoise", "contact": "s.mertens@talentis.example.be",
        "frm": ("Sébastien Mertens | Talentis", "s.mertens@talentis.example.be"),
        "subject": "Re: Bonne nouvelle : la Caisse d'Épargne veut te rencontrer !",
        "date": "2026-03-20 09:12",
        "thread": ["<CAL7od-2026031612.1180@mail.example.be>"],
        "text": """Laurent,

Changement de programme : Mme Fraipont est convoquée à un comité mardi matin, la Caisse d'Épargne Liégeoise doit décaler ton entretien au jeudi 26 mars, même heure (10h), même endroit.

Tu me redis si c'est ok pour toi ?

Sébastien

Le lun. 16 mars 2026 à 12:41, Laurent Okafor-Dubois <laurent.od@example.be> a écrit :
> Bonjour Sébastien,
> Super nouvelle, merci ! Je confirme mardi 24 à 10h.
> Laurent
""",
        "html_from_text": "gmail", "boundary": "gmail",
    },
    {
        "scenario": "public_oral_postponed", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Office national de contrôle des allocations", "contact": "selection@onca.fgov.example.be",
        "frm": ("ONCA - Sélection et Recrutement", "selection@onca.fgov.example.be"),
        "subject": "Sélection ONCA-2026-031 : report de l'épreuve orale",
        "date": "2026-05-12 11:45", "charset": "iso-8859-1", "cte": "qp",
        "text": """Monsieur Okafor-Dubois,

Pour des raisons d'organisation liées à la composition du jury, l'épreuve orale de la sélection ONCA-2026-031 initialement prévue le mercredi 20 mai 2026 est reportée au mardi 2 juin 2026.

Votre nouvel horaire de passage est fixé à 10h15, à la même adresse (Rue de la Loi 76, 1040 Bruxelles, 5e étage). La convocation reçue le 4 mai reste valable pour le reste.

Si cette nouvelle date ne vous convient pas, merci de nous le faire savoir par retour de courriel avant le 20 mai.

Le service Sélection et Recrutement
Office national de contrôle des allocations (ONCA)
""",
    },
    {
        "scenario": "terse_cancel_tomorrow", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Meuse Data Labs", "contact": "marc@meusedatalabs.example.be",
        "frm": ("Marc Dujardin", "marc@meusedatalabs.example.be"),
        "subject": "Re: Candidature – Analyste fraude junior chez Meuse Data Labs",
        "date": "2026-04-08 07:58", "cte": "8bit",
        "thread": ["<CAL7od-2026040612.7760@mail.example.be>", "<CAL7od-2026040722.0113@mail.example.be>"],
        "text": """Désolé je dois annuler cet aprem, client en urgence. Je reviens vers toi pour une autre date cette semaine.
Marc

Envoyé depuis mon mobile
""",
    },
    {
        "scenario": "strike_cancel_new_date_later", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Sentinelle Conseil", "contact": "a.moreau@sentinelle-conseil.example.fr",
        "frm": ("Arnaud Moreau", "a.moreau@sentinelle-conseil.example.fr"),
        "subject": "Annulation de notre rendez-vous du 12 mars",
        "date": "2026-03-10 18:30", "charset": "windows-1252", "cte": "qp",
        "text": """Bonjour Monsieur Okafor-Dubois,

Compte tenu de la grève nationale annoncée pour jeudi 12 mars (trafic Thalys/Eurostar et RER très perturbé), nous préférons annuler l’entretien prévu ce jour-là dans nos locaux de la rue de Châteaudun.

Nous tenons à vous rencontrer en personne : je reviendrai vers vous d’ici la fin de la semaine avec deux ou trois nouvelles dates fin mars.

Avec mes excuses pour ce contretemps,

Arnaud Moreau
Manager – Investigations & Lutte anti-fraude
Sentinelle Conseil
23 rue de Châteaudun – 75009 Paris
""",
    },
    {
        "scenario": "lux_location_and_time_change", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Moselle Paiements", "contact": "julie.weis@moselle-paiements.example.lu",
        "frm": ("WEIS Julie", "julie.weis@moselle-paiements.example.lu"),
        "subject": "Changement de lieu et d'heure - entretien du 22 juin",
        "date": "2026-06-18 14:07", "cte": "b64",
        "text": """Bonjour Laurent,

Quelques changements pour votre entretien sur site du lundi 22 juin :

- il aura lieu à 15h00 (et non 14h00) ;
- il se tiendra dans nos bureaux de Luxembourg-Ville, 12 rue Eugène Ruppert, et non plus sur le site de Belval.

Le reste est inchangé : entretien avec Thomas Reuter (Head of Fraud Operations) et moi-même, puis un échange avec l'équipe.

Merci de me confirmer que cela vous convient.

Cordialement,

Julie WEIS
HR Business Partner
Moselle Paiements S.A.
""",
    },
    # ------------------------------------------------------------------ English
    {
        "scenario": "calendar_cancel_interviewer_ill", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Harrow & Finch Advisory", "contact": "olivia.grant@harrowfinch.example.com",
        "frm": ("Olivia Grant", "olivia.grant@harrowfinch.example.com"),
        "subject": "Canceled: Interview: Financial Crime Associate - Laurent Okafor-Dubois",
        "date": "2026-04-19 19:26",
        "thread": ["<AM9PR01MB7712C0FFEE42@AM9PR01MB7712.eurprd01.prod.harrowfinch.example.com>"],
        "text": """Dear Laurent,

Unfortunately Gareth is unwell and will not be able to conduct tomorrow's interview, so I am cancelling the meeting in your calendar.

We are still very keen to meet you: I will send a new invitation for later this week as soon as I have his availability.

Apologies for the inconvenience.

Kind regards,
Olivia Grant
Recruitment Coordinator
Harrow & Finch Advisory LLP
""",
        "html_from_text": "outlook", "boundary": "outlook",
        "ics": {"method": "CANCEL", "uid": HARROW_UID, "sequence": 1, "stamp": "20260419T172600Z",
                 "start": "2026-04-20 15:00", "minutes": 45, "language": "en-GB",
                 "summary": "Canceled: Interview: Financial Crime Associate - Laurent Okafor-Dubois",
                 "location": "Microsoft Teams Meeting"},
    },
    {
        "scenario": "move_call_to_thursday", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Amstel Card Services", "contact": "sanne.visser@amstelcard.example.nl",
        "frm": ("Sanne Visser", "sanne.visser@amstelcard.example.nl"),
        "subject": "RE: Interview availability – Fraud Analyst (Dutch not required)",
        "date": "2026-02-23 08:45", "cte": "qp",
        "thread": ["<CAL7od-2026022021.1402@mail.example.be>"],
        "text": """Hi Laurent,

Mark has been pulled into an incident review on Tuesday afternoon – could we move your interview from Tuesday 24 Feb at 14:00 to Thursday 26 Feb, same time? The video link will stay the same.

Sorry for the shuffle, and thanks for being flexible!

Sanne

Sanne Visser
Recruiting Coordinator
Amstel Card Services B.V.

-----Original Message-----
From: Laurent Okafor-Dubois <laurent.od@example.be>
Sent: 20 February 2026 21:14
To: Sanne Visser <sanne.visser@amstelcard.example.nl>
Subject: Re: Interview availability – Fraud Analyst (Dutch not required)

Hi Sanne,

I've submitted my availability through the link. Tuesday 24 February at 14:00 would be ideal for me, as I'm off work that afternoon.

Many thanks,
Laurent
""",
    },
    {
        "scenario": "eu_interviews_pushed_week", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "European Payments Oversight Agency", "contact": "epoa-recruitment@epoa.example.eu",
        "frm": ("EPOA Recruitment", "epoa-recruitment@epoa.example.eu"),
        "subject": "EPOA/CA/FGIV/2026/011 - Change of date",
        "date": "2026-06-22 15:03", "cte": "b64",
        "text": """Dear Mr Okafor-Dubois,

Reference: EPOA/CA/FGIV/2026/011

Due to a scheduling conflict of the Chair of the Selection Committee, the written test and interviews initially planned for Thursday 2 July 2026 have been postponed by one week.

Your new slot: Thursday 9 July 2026 - written test at 09:30, interview at 14:30. The place is unchanged.

Please confirm your availability by replying to this e-mail. Should the new date not be possible for you, please let us know as soon as possible.

We apologise for any inconvenience caused.

Recruitment Team
Human Resources Unit
European Payments Oversight Agency (EPOA)
""",
    },
    # ------------------------------------------------------------------ German
    {
        "scenario": "terminverschiebung_sie", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Nidda Payments", "contact": "lea.hoffmann@nidda-payments.example.de",
        "frm": ("Lea Hoffmann", "lea.hoffmann@nidda-payments.example.de"),
        "subject": "Verschiebung unseres Gesprächs am 16.06.",
        "date": "2026-06-12 12:33", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

leider müssen wir unser Gespräch am Dienstag, 16. Juni, verschieben, da Dr. Brenner kurzfristig an einem Audit-Termin teilnehmen muss.

Wäre Ihnen Donnerstag, 18. Juni, um 15:00 Uhr recht? Der Link zur Videokonferenz bleibt derselbe.

Vielen Dank für Ihr Verständnis und viele Grüße
Lea Hoffmann
People & Culture | Nidda Payments GmbH
""",
    },
    {
        "scenario": "absage_krankheit_neuer_termin", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Wetterau Leasing", "contact": "m.kessler@wetterau-leasing.example.de",
        "frm": ("Kessler, Martina", "m.kessler@wetterau-leasing.example.de"),
        "subject": "Absage Ihres Termins am 23.07.",
        "date": "2026-07-22 16:48", "charset": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

leider müssen wir Ihr Vorstellungsgespräch morgen, 23. Juli, um 10:00 Uhr krankheitsbedingt absagen.

Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Martina Kessler
Personal
Wetterau Leasing AG
Kaiserstraße 120, 61169 Friedberg
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "scenario": "cambio_hora_entrevista", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Banco Prado", "contact": "mgil@bancoprado.example.es",
        "frm": ("Marta Gil Ortega", "mgil@bancoprado.example.es"),
        "subject": "RE: Convocatoria a entrevista - Analista de Fraude",
        "date": "2026-06-04 09:27", "cte": "qp",
        "thread": ["<DB9PR04MB8410.5C7A@DB9PR04MB8410.eurprd04.bancoprado.example.es>",
                   "<CAL7od-2026052718.3320@mail.example.be>"],
        "text": """Estimado Sr. Okafor-Dubois:

Le escribo para informarle de un cambio en la hora de su entrevista del martes 9 de junio: pasa de las 11:00 a las 12:30, por una reunión del comité de riesgos que afecta a D. Ignacio Ruiz. El lugar no cambia.

Le ruego que me confirme si le viene bien la nueva hora.

Un cordial saludo,
Marta Gil Ortega
Selección y Desarrollo - Banco Prado

De: Laurent Okafor-Dubois <laurent.od@example.be>
Enviado: miércoles, 27 de mayo de 2026 18:33
Para: Marta Gil Ortega <mgil@bancoprado.example.es>
Asunto: Re: Convocatoria a entrevista - Analista de Fraude

Estimada Sra. Gil:

Muchas gracias por la convocatoria. Le confirmo mi asistencia el martes 9 de junio a las 11:00.

Atentamente,
Laurent Okafor-Dubois

De: Marta Gil Ortega <mgil@bancoprado.example.es>
Enviado: miércoles, 27 de mayo de 2026 12:50
Para: Laurent Okafor-Dubois <laurent.od@example.be>
Asunto: Convocatoria a entrevista - Analista de Fraude

Estimado Sr. Okafor-Dubois:

En relación con su candidatura al puesto de Analista de Fraude en Medios de Pago, nos complace convocarle a una entrevista presencial el próximo martes 9 de junio a las 11:00 horas en nuestra sede central.
""",
    },
    {
        "scenario": "aplazamos_videollamada_tu", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Pagalia", "contact": "lucia.ferrer@pagalia.example.es",
        "frm": ("Lucía Ferrer", "lucia.ferrer@pagalia.example.es"),
        "subject": "Re: ¿Hablamos el jueves?",
        "date": "2026-04-29 19:41", "cte": "8bit",
        "thread": ["<CAL7od-2026042714.5530@mail.example.be>"],
        "text": """Hola Laurent,

Perdona el cambio de última hora, pero mañana tenemos all-hands y no llego a las 17h. ¿Podemos aplazar la videollamada al lunes 4 a la misma hora? Te mando el link nuevo en cuanto me digas.

¡Gracias y perdona!
Lucía

Enviado desde mi iPhone
""",
    },
]

MISSED: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "scenario": "waited_at_reception_10h", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Banque Sainte-Gudule", "contact": "c.dubois@sainte-gudule.example.be",
        "frm": ("Catherine Dubois", "c.dubois@sainte-gudule.example.be"),
        "subject": "Votre entretien de ce matin",
        "date": "2026-03-05 11:14", "cte": "qp",
        "text": """Bonjour Monsieur Okafor-Dubois,

Nous vous attendions ce matin à 10h00 à l'accueil de notre siège, rue du Marché aux Herbes, pour votre entretien avec M. Vandamme. Sans nouvelles de votre part, nous avons dû libérer le créneau vers 10h30.

J'espère qu'il ne vous est rien arrivé. Si vous êtes toujours intéressé par le poste d'analyste fraude, merci de me recontacter d'ici vendredi afin que nous voyions si un autre rendez-vous est envisageable.

Cordialement,

Catherine Dubois
Ressources humaines
Banque Sainte-Gudule
Rue du Marché aux Herbes 61, 1000 Bruxelles
""",
    },
    {
        "scenario": "visio_not_joined_tu", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Kobalt Pay", "contact": "chloe.martin@kobaltpay.example.fr",
        "frm": ("Chloé Martin", "chloe.martin@kobaltpay.example.fr"),
        "subject": "Tout va bien ?",
        "date": "2026-06-30 11:22", "cte": "8bit",
        "text": """Hello Laurent,

Je t'ai attendu sur le lien Google Meet à 11h ce matin mais tu ne t'es pas connecté. J'espère que ce n'est rien de grave !

Si c'était un souci de connexion ou d'agenda, pas de panique : dis-moi quand tu es dispo cette semaine et on reprogramme.

Chloé
Talent Acquisition @ Kobalt Pay
""",
    },
    {
        "scenario": "agency_tried_to_call_twice", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Alliance RH", "contact": "v.thill@alliance-rh.example.lu",
        "frm": ("Valérie Thill", "v.thill@alliance-rh.example.lu"),
        "subject": "Notre entretien téléphonique de 14h",
        "date": "2026-07-14 14:26", "charset": "windows-1252", "cte": "qp",
        "text": """Bonjour Laurent,

J’ai essayé de vous joindre à deux reprises à 14h comme convenu pour notre entretien téléphonique, sans succès (je suis tombée sur votre messagerie).

Le poste de Fraud Analyst que je souhaitais vous présenter est toujours d’actualité. Pouvez-vous me rappeler au +352 26 38 44 10 ou me proposer un autre moment ?

Belle journée,

Valérie Thill
Consultante Banque & Finance
Alliance RH – Recrutement & Intérim
Luxembourg
""",
    },
    {
        "scenario": "interim_trial_day_no_show", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Tellia Telecom", "contact": "nadia@interim-sambre.example.be",
        "frm": ("Nadia - Intérim Sambre", "nadia@interim-sambre.example.be"),
        "subject": "journée d'essai chez Tellia ce matin ??",
        "date": "2026-09-21 10:02", "cte": "8bit",
        "text": """Bonjour Laurent,

Tellia Telecom vient de m'appeler : tu ne t'es pas présenté ce matin à 8h pour la journée d'essai au service anti-fraude (call-center de Namur). Ils t'ont attendu jusque 8h45.

Tu peux me rappeler rapidement stp ? Il faut que je leur donne une explication et savoir si on peut replanifier, sinon la mission partira à quelqu'un d'autre.

Nadia
Intérim Sambre - agence de Namur
081 30 22 14
""",
    },
    {
        "scenario": "public_absence_justificatif", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Ville de Namur", "contact": "recrutement@ville-namur.example.be",
        "frm": ("Ville de Namur - Service du personnel", "recrutement@ville-namur.example.be"),
        "subject": "Absence à l'entretien de sélection du 7 octobre",
        "date": "2026-10-08 09:30", "charset": "iso-8859-1", "cte": "qp",
        "text": """Monsieur,

Vous étiez convoqué le mercredi 7 octobre 2026 à 14h00 à l'Hôtel de Ville pour l'entretien de sélection relatif au poste de contrôleur financier - cellule anti-fraude (réf. VN-2026-118).

Nous constatons que vous ne vous êtes pas présenté à cet entretien et que nous n'avons reçu aucune excuse de votre part.

Si votre absence est due à un cas de force majeure, nous vous invitons à nous transmettre un justificatif dans les cinq jours ouvrables, en répondant à ce message. À défaut, votre candidature sera considérée comme retirée.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Pour le Collège communal,
Le Service du personnel
Ville de Namur
""",
    },
    # ------------------------------------------------------------------ English
    {
        "scenario": "did_not_join_the_call", "kind": "missed_interview_notice", "lang": "en",
        "company": "Brightwell Payments", "contact": "noor.haddou@brightwell.example.nl",
        "frm": ("Noor Haddou", "noor.haddou@brightwell.example.nl"),
        "subject": "Our phone screen this morning",
        "date": "2026-08-25 10:41", "cte": "qp",
        "text": """Hi Laurent,

We had a phone screen booked for 10:00 this morning, but you didn't join the call and I couldn't reach you on the number in your application.

No worries if something came up – these things happen. If you're still interested in the Risk & Fraud Analyst role, just reply and we'll find a new time.

Best,
Noor Haddou
Talent Partner | Brightwell Payments
""",
    },
    {
        "scenario": "tried_calling_terse", "kind": "missed_interview_notice", "lang": "en",
        "company": "Orange Tree Recruitment", "contact": "rob@orangetree-recruitment.example.nl",
        "frm": ("Rob Janssen", "rob@orangetree-recruitment.example.nl"),
        "subject": "missed you",
        "date": "2026-09-02 11:09", "cte": "8bit",
        "text": """Tried calling you at 11 as agreed – no answer. Let me know if you still want to chat about the fraud role. R

Sent from my iPhone
""",
    },
    # ------------------------------------------------------------------ German
    {
        "scenario": "heute_10_uhr_erwartet", "kind": "missed_interview_notice", "lang": "de",
        "company": "Frankfurter Kreditkontor", "contact": "bewerbung@kreditkontor.example.de",
        "frm": ("Frankfurter Kreditkontor - Personal", "bewerbung@kreditkontor.example.de"),
        "subject": "Ihr Vorstellungsgespräch heute um 10:00 Uhr",
        "date": "2026-08-11 11:35", "charset": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

wir haben Sie heute um 10:00 Uhr zu Ihrem Vorstellungsgespräch in der Bockenheimer Landstraße erwartet. Leider sind Sie nicht erschienen, und wir haben auch keine Nachricht von Ihnen erhalten.

Sollten Sie weiterhin Interesse an der Position als Analyst Kreditbetrug haben, bitten wir Sie, sich bis Freitag bei uns zu melden.

Mit freundlichen Grüßen

Petra Hollmann
Personalabteilung
Frankfurter Kreditkontor AG
Bockenheimer Landstraße 33, 60325 Frankfurt am Main
""",
    },
    {
        "scenario": "videocall_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Nidda Payments", "contact": "lea.hoffmann@nidda-payments.example.de",
        "frm": ("Lea Hoffmann", "lea.hoffmann@nidda-payments.example.de"),
        "subject": "Unser Termin heute um 15 Uhr",
        "date": "2026-06-18 15:32", "cte": "qp",
        "text": """Hallo Herr Okafor-Dubois,

Dr. Brenner und ich waren heute um 15:00 Uhr im Videocall, Sie waren leider nicht anwesend. Wir haben eine Viertelstunde gewartet.

Vielleicht ist bei der Terminverschiebung etwas untergegangen? Geben Sie mir gern Bescheid, ob Sie weiterhin Interesse haben – dann schauen wir nach einem neuen Termin.

Viele Grüße
Lea Hoffmann
People & Culture | Nidda Payments GmbH
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "scenario": "te_esperamos_videollamada", "kind": "missed_interview_notice", "lang": "es",
        "company": "Cobrix", "contact": "irene@cobrix.example.es",
        "frm": ("Irene Castaño", "irene@cobrix.example.es"),
        "subject": "No te vimos en la videollamada",
        "date": "2026-09-29 16:25", "cte": "8bit",
        "text": """Hola Laurent:

Te estuvimos esperando en la videollamada de las 16:00 para la entrevista del puesto de Analista Antifraude, pero no llegaste a conectarte.

¿Ha pasado algo? Si sigues interesado, respóndeme y buscamos otro hueco esta semana.

Un saludo,
Irene Castaño
People Lead · Cobrix
""",
    },
]

MESSAGES: list[dict] = [*INVITATIONS, *RESCHEDULES, *MISSED]
