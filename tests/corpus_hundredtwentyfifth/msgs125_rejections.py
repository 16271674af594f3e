"""Rejections for corpus hundredtwentyfifth, written one by one."""

from __future__ import annotations

from msgs125_common import P, ats_html

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "scenario": "workday_soft", "kind": "rejection", "lang": "fr",
        "company": "Banque Verhaegen Frères", "contact": "",
        "frm": ("Banque Verhaegen Frères", "verhaegen@myworkday.com"),
        "subject": "Votre candidature – Analyste Fraude Transactionnelle (R-0042817)",
        "date": "2026-02-12 07:04", "tz": "-0800",
        "html": ats_html(P("""Bonjour Laurent,

Nous vous remercions de l'intérêt que vous portez à Banque Verhaegen Frères et du temps consacré à votre candidature pour le poste d'Analyste Fraude Transactionnelle (R-0042817).

Après un examen attentif de votre dossier, nous avons décidé de poursuivre avec des candidats dont l'expérience correspond plus étroitement aux exigences actuelles du poste.

Cette décision ne remet pas en cause la qualité de votre parcours. Nous vous invitons à consulter régulièrement nos offres et à créer une alerte emploi sur notre [site carrières](https://verhaegen.wd3.myworkdayjobs.com/fr-BE/Careers).

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Banque Verhaegen Frères"""),
            brand="Banque Verhaegen Frères", accent="#0b3d5c", logo_host="verhaegen.wd3.myworkdayjobs.com",
            footer="Banque Verhaegen Frères SA · Rue Royale 148, 1000 Bruxelles · RPM Bruxelles 0403.227.515<br>Ce message a été généré automatiquement. Merci de ne pas y répondre.",
            preheader="Mise à jour concernant votre candidature"),
        "cte": "qp", "boundary": "java",
    },
    {
        "scenario": "after_interview_recruiter", "kind": "rejection", "lang": "fr",
        "company": "Assurances Mosane", "contact": "n.gerard@mosane-assurances.example.be",
        "frm": ("Nathalie Gérard-Piette", "n.gerard@mosane-assurances.example.be"),
        "subject": "Suite à notre entretien du 3 mars",
        "date": "2026-03-11 17:42", "charset": "iso-8859-1", "cte": "qp",
        "thread": ["<a81f02c4e7.20260224@mosane-assurances.example.be>"],
        "text": """Bonjour Monsieur Okafor-Dubois,

Je reviens vers vous à la suite de votre entretien du 3 mars avec Monsieur Lemaire et moi-même pour le poste de gestionnaire en détection de fraude aux sinistres.

Nous avons beaucoup apprécié votre connaissance du terrain et la façon dont vous avez décrit les tentatives d'escroquerie que vous avez déjouées au guichet. Après mûre réflexion, nous avons toutefois retenu une candidate qui a déjà mené des enquêtes sur des dossiers de sinistres automobiles, ce qui correspond au besoin immédiat de l'équipe.

Ce choix n'a pas été simple et je tenais à vous l'annoncer personnellement plutôt que par un courrier type. Si vous le souhaitez, je peux vous donner un retour plus détaillé par téléphone.

Je vous souhaite plein succès dans la suite de vos démarches.

Bien cordialement,

Nathalie Gérard-Piette
Chargée de recrutement
Assurances Mosane SA
Boulevard d'Avroy 38 - 4000 Liège
T +32 4 221 87 40
""",
    },
    {
        "scenario": "speculative_family_broker", "kind": "rejection", "lang": "fr",
        "company": "Delvaux & Fils", "contact": "rh@delvaux-courtage.example.be",
        "frm": ("Delvaux & Fils - Ressources humaines", "rh@delvaux-courtage.example.be"),
        "subject": "Votre candidature spontanée",
        "date": "2026-01-22 11:15", "charset": "windows-1252", "cte": "8bit",
        "text": """Monsieur,

Nous avons bien lu votre candidature spontanée du 14 janvier, et nous vous en remercions.

Notre bureau compte onze personnes et nous n’avons, à l’heure actuelle, aucun poste vacant – ni dans la gestion des sinistres ni dans le contrôle interne – qui puisse correspondre à votre profil. Nous ne sommes donc malheureusement pas en mesure de donner une suite favorable à votre démarche.

Conformément au RGPD, nous ne conservons pas les candidatures spontanées au-delà de la présente réponse ; n’hésitez pas à nous réécrire si une offre publiée sur notre site vous intéresse.

Avec nos salutations distinguées,

Anne-Françoise Delvaux
Gérante
Delvaux & Fils sprl – Courtiers en assurances depuis 1961
Rue de Fer 27, 5000 Namur – 081 22 45 10
""",
    },
    {
        "scenario": "terse_filled_mobile", "kind": "rejection", "lang": "fr",
        "company": "Cofinor Payments", "contact": "olivier.hanssens@cofinor.example.be",
        "frm": ("Olivier Hanssens", "olivier.hanssens@cofinor.example.be"),
        "subject": "Re: Candidature analyste anti-fraude",
        "date": "2026-02-03 08:51", "cte": "8bit",
        "thread": ["<CAL7od-2026012714.8812@mail.example.be>"],
        "text": """Bonjour Laurent, le poste a été pourvu. Bonne continuation.

Envoyé de mon iPhone

> Le 27 janv. 2026 à 14:08, Laurent Okafor-Dubois <laurent.od@example.be> a écrit :
>
> Monsieur Hanssens,
>
> Suite à notre échange au salon Finance & Emploi, je vous adresse ma candidature pour le poste d'analyste anti-fraude chez Cofinor Payments. Je suis caissier-guichetier depuis six ans dans une agence bruxelloise et je souhaite mettre mon expérience des fraudes au guichet au service d'une équipe de monitoring.
>
> Vous trouverez mon CV en pièce jointe. Je reste disponible pour un entretien à votre convenance.
>
> Bien à vous,
> Laurent Okafor-Dubois
""",
    },
    {
        "scenario": "public_filled_internally", "kind": "rejection", "lang": "fr",
        "company": "SPF Sécurité économique", "contact": "recrutement@secu-eco.fgov.example.be",
        "frm": ("SPF Sécurité économique - Recrutement", "recrutement@secu-eco.fgov.example.be"),
        "subject": "Procédure ECO-2026-07 - Attaché analyste fraude (m/f/x)",
        "date": "2026-04-21 10:02", "cte": "b64",
        "text": """Madame, Monsieur,

Vous avez posé votre candidature pour la fonction d'attaché analyste fraude (m/f/x) au sein de la Direction générale Contrôle et Médiation (référence ECO-2026-07).

Nous vous informons que cette fonction a entre-temps été attribuée par mobilité interne. La procédure de recrutement externe est par conséquent clôturée et votre candidature ne pourra pas être prise en considération.

Nous vous remercions de l'intérêt porté à notre service et vous invitons à consulter les prochaines offres publiées sur le portail fédéral de recrutement.

Pour toute question relative à cette procédure, vous pouvez répondre directement à ce message.

Le Service Recrutement et Sélection
SPF Sécurité économique
Boulevard du Roi Albert II 16 - 1000 Bruxelles
""",
    },
    {
        "scenario": "fintech_role_on_hold", "kind": "rejection", "lang": "fr",
        "company": "PayLynx", "contact": "julie.marchal@paylynx.example.be",
        "frm": ("PayLynx", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Julie Marchal", "julie.marchal@paylynx.example.be"),
        "subject": "Ta candidature chez PayLynx",
        "date": "2026-03-26 18:20",
        "text": """Hello Laurent,

Je voulais te tenir au courant directement : suite à une réorganisation de l'équipe Risk, le recrutement pour le poste de Fraud Analyst est mis en pause pour une durée indéterminée.

Concrètement, nous ne poursuivrons pas le processus avec toi ni avec les autres candidats, et l'annonce va être retirée dès aujourd'hui. Je suis désolée, d'autant que ton entretien avec Karim s'était très bien passé.

Si le poste est réouvert un jour, c'est avec plaisir que je reprendrai contact.

Belle journée,
Julie
Talent @ PayLynx
""",
        "html": ats_html(P("""Hello Laurent,

Je voulais te tenir au courant directement : suite à une réorganisation de l'équipe Risk, le recrutement pour le poste de Fraud Analyst est mis en pause pour une durée indéterminée.

Concrètement, nous ne poursuivrons pas le processus avec toi ni avec les autres candidats, et l'annonce va être retirée dès aujourd'hui. Je suis désolée, d'autant que ton entretien avec Karim s'était très bien passé.

Si le poste est réouvert un jour, c'est avec plaisir que je reprendrai contact.

Belle journée,
Julie
Talent @ PayLynx"""),
            brand="PayLynx", accent="#6c4cf5", logo_host="assets.teamtailor-cdn.com",
            footer="Envoyé avec Teamtailor pour PayLynx SRL, Avenue Louise 231, 1050 Ixelles.<br><a href=\"https://paylynx.teamtailor.com/connect/privacy\" style=\"color:#8a8f98\">Gérer mes données</a>",
            tracker="t.teamtailor-mail.com", pixel_host="t.teamtailor-mail.com"),
        "boundary": "plain",
    },
    {
        "scenario": "agency_named_client", "kind": "rejection", "lang": "fr",
        "company": "Caisse d'Épargne Liégeoise", "contact": "s.mertens@talentis.example.be",
        "frm": ("Sébastien Mertens | Talentis", "s.mertens@talentis.example.be"),
        "subject": "Retour Caisse d'Épargne Liégeoise",
        "date": "2026-04-09 12:37",
        "text": """Bonjour Laurent,

J'ai eu ce matin le retour de la Caisse d'Épargne Liégeoise pour le poste d'analyste AML/anti-fraude.

Ils ont finalement retenu un autre candidat, qui travaillait déjà sur leur outil de monitoring chez un concurrent. Ton profil a été apprécié (surtout ton expérience des remises de chèques douteuses), mais ils voulaient quelqu'un d'opérationnel tout de suite.

Ne te décourage pas : j'ai deux autres mandats qui pourraient te correspondre d'ici l'été, je te recontacte dès qu'ils sont ouverts.

Sébastien

--
Sébastien Mertens
Senior Consultant Banking & Finance
Talentis Recrutement
Avenue de Tervueren 12, 1040 Etterbeek
+32 478 55 19 02 | www.talentis.example.be
""",
    },
    {
        "scenario": "headhunter_client_unnamed", "kind": "rejection", "lang": "fr",
        "company": "Capucine Search", "contact": "clemence.roy@capucine-search.example.fr",
        "frm": ("Clémence Roy", "clemence.roy@capucine-search.example.fr"),
        "subject": "Point sur votre candidature",
        "date": "2026-05-06 09:58", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
        "text": """Bonjour Laurent,

Comme promis, je reviens vers vous après la présentation de votre profil.

Notre client a décidé de ne pas poursuivre avec votre candidature : il souhaite finalement un analyste ayant déjà au moins deux ans d’expérience en conformité LCB-FT dans un établissement de paiement, ce qui n’était pas dans le brief initial. Je le regrette, car votre parcours au guichet me semblait justement un atout.

Je garde votre dossier en tête pour d’autres missions et reviendrai vers vous si un poste plus adapté se présente.

Bien cordialement,

Clémence Roy
Associée – Capucine Search
Executive Search | Banque • Assurance • Paiements
12 rue Taitbout, 75009 Paris
+33 1 84 60 22 17
""",
        "html_from_text": "outlook", "boundary": "outlook",
    },
    {
        "scenario": "after_interview_quoted_invite", "kind": "rejection", "lang": "fr",
        "company": "Nordpay", "contact": "margaux.leclercq@nordpay.example.fr",
        "frm": ("LECLERCQ Margaux", "margaux.leclercq@nordpay.example.fr"),
        "subject": "RE: Entretien Analyste Fraude - jeudi 14h",
        "date": "2026-05-20 16:12", "charset": "windows-1252", "cte": "qp",
        "thread": ["<PR1P264MB0011A2@PR1P264.prod.nordpay.example.fr>",
                "<CAL7od-2026051108.4410@mail.example.be>"],
        "text": """Bonjour Laurent,

Merci encore pour le temps que vous nous avez consacré jeudi dernier.

Malheureusement, nous ne donnerons pas suite à votre candidature : l’équipe a choisi un profil qui maîtrise déjà SQL et notre outil de scoring, compétences indispensables dès la prise de poste. Vos retours sur les fraudes au guichet ont néanmoins beaucoup intéressé Antoine.

Je vous souhaite une belle réussite pour la suite.

Margaux LECLERCQ
Chargée de recrutement
Nordpay – 40 rue de Tournai, 59000 Lille

De : Laurent Okafor-Dubois <laurent.od@example.be>
Envoyé : lundi 11 mai 2026 08:02
À : LECLERCQ Margaux <margaux.leclercq@nordpay.example.fr>
Objet : Re: Entretien Analyste Fraude - jeudi 14h

Bonjour Madame Leclercq,

Je vous confirme ma présence jeudi à 14h. Merci pour cette invitation !

Bien à vous,
Laurent

De : LECLERCQ Margaux <margaux.leclercq@nordpay.example.fr>
Envoyé : vendredi 8 mai 2026 15:47
À : Laurent Okafor-Dubois <laurent.od@example.be>
Objet : Entretien Analyste Fraude - jeudi 14h

Bonjour Laurent,

Votre candidature a retenu toute notre attention et nous souhaitons vous rencontrer. Je vous propose un entretien le jeudi 14 mai à 14h dans nos locaux, avec Antoine Verstraete, responsable de l’équipe Fraude.

Merci de me confirmer votre présence.

Margaux LECLERCQ
""",
    },
    {
        "scenario": "lux_successfactors", "kind": "rejection", "lang": "fr",
        "company": "Banque Kirchberg Privée", "contact": "",
        "frm": ("Banque Kirchberg Privée", "bkp@successfactors.eu"),
        "subject": "Banque Kirchberg Privée - votre candidature (Req. 4471)",
        "date": "2026-06-02 14:30", "tz": "+0000",
        "html": ats_html(P("""Cher Monsieur Okafor-Dubois,

Nous vous remercions pour votre candidature au poste de Analyste Lutte contre la Fraude (Req. 4471) et pour l'intérêt que vous portez à notre établissement.

Nous regrettons de vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection. Le nombre élevé de candidatures reçues nous a contraints à faire des choix difficiles.

Vos données resteront enregistrées dans notre base pendant douze mois, sauf opposition de votre part via votre [espace candidat](https://career5.successfactors.eu/career?company=bkp).

Veuillez agréer, Cher Monsieur, nos salutations distinguées.

Human Resources
Banque Kirchberg Privée"""),
            brand="Banque Kirchberg Privée", accent="#7a1f2b", logo_host="career5.successfactors.eu",
            footer="Banque Kirchberg Privée S.A. · 4, rue Alphonse Weicker · L-2721 Luxembourg · R.C.S. Luxembourg B 98.765<br>Ce courriel est envoyé depuis une adresse qui n'accepte pas de réponse.",
            preheader="Votre candidature Req. 4471"),
        "cte": "b64",
    },
    {
        "scenario": "lever_move_forward", "kind": "rejection", "lang": "fr",
        "company": "nuvia", "contact": "ines.benali@nuvia.example.fr",
        "frm": ("nuvia", "no-reply@hire.lever.co"),
        "reply_to": ("Inès Benali", "ines.benali@nuvia.example.fr"),
        "subject": "nuvia – Analyste Fraude & Risques opérationnels",
        "date": "2026-03-04 19:05", "tz": "+0000",
        "text": """Bonjour Laurent,

Merci d'avoir pris le temps de postuler chez nuvia pour le poste Analyste Fraude & Risques opérationnels.

Nous avons reçu beaucoup de candidatures de grande qualité et, après réflexion, nous avons décidé de poursuivre avec d'autres candidats pour ce poste.

Nous conservons ton profil et n'hésiterons pas à revenir vers toi si une opportunité plus proche de ton expérience s'ouvre. En attendant, tu peux suivre nos offres sur jobs.lever.co/nuvia.

Merci encore pour l'intérêt que tu portes à nuvia !

Inès, pour l'équipe Talent de nuvia
""",
        "html_from_text": "gmail", "boundary": "gmail",
    },
    {
        "scenario": "smartrecruiters_regret", "kind": "rejection", "lang": "fr",
        "company": "Crédit Flandres Artois", "contact": "",
        "frm": ("Crédit Flandres Artois", "noreply@smartrecruiters.com"),
        "subject": "Réponse à votre candidature : Analyste prévention des fraudes H/F",
        "date": "2026-04-28 10:41", "charset": "windows-1252", "cte": "qp",
        "html": ats_html(P("""Bonjour Laurent Okafor-Dubois,

Nous vous remercions de l’intérêt que vous avez manifesté pour le poste d’Analyste prévention des fraudes H/F basé à Lille.

Nous avons le regret de vous informer que votre candidature n’a pas été retenue. Nous avons en effet privilégié des profils disposant d’une expérience confirmée en analyse de données bancaires.

Nous vous souhaitons une pleine réussite dans vos projets professionnels.

Bien cordialement,

La Direction des Ressources Humaines
Crédit Flandres Artois"""),
            brand="Crédit Flandres Artois", accent="#00785a", logo_host="c.smartrecruiters.com",
            footer="Crédit Flandres Artois – Société coopérative à capital variable – 10 place du Théâtre, 59800 Lille – ORIAS 07 000 000<br>Powered by SmartRecruiters · <a href=\"https://www.smartrecruiters.com/privacy\" style=\"color:#8a8f98\">Confidentialité</a>",
            pixel_host="email.smartrecruiters.com"),
    },
    {
        "scenario": "public_test_score_pdf", "kind": "rejection", "lang": "fr",
        "company": "Agence wallonne de contrôle des aides", "contact": "selection@awca.example.be",
        "frm": ("AWCA - Cellule Sélection", "selection@awca.example.be"),
        "subject": "Sélection AWCA-2026-014 : résultat de l'épreuve écrite",
        "date": "2026-06-16 15:10", "charset": "iso-8859-1", "cte": "qp",
        "text": """Monsieur,

Vous avez participé le 4 juin 2026 à l'épreuve écrite de la sélection comparative AWCA-2026-014 (Contrôleur - analyste en détection de fraude, niveau B).

Nous sommes au regret de vous informer que vous n'avez pas atteint le seuil de réussite fixé à 12/20 (résultat obtenu : 10,5/20). Vous ne pourrez dès lors pas être admis à l'épreuve orale. Le courrier officiel de notification est joint au présent message.

Vous pouvez demander une copie de votre épreuve et un feedback écrit dans les trente jours en écrivant à selection@awca.example.be.

Nous vous remercions pour votre participation.

Pour la Cellule Sélection,
Martine Dewez
Agence wallonne de contrôle des aides (AWCA)
Avenue Prince de Liège 7 - 5100 Jambes
""",
        "attach": [{"filename": "Notification_résultat_AWCA-2026-014.pdf",
                     "title": "AWCA - Notification de resultat - AWCA-2026-014",
                     "lines": ["Jambes, le 16 juin 2026", "Monsieur Laurent Okafor-Dubois",
                            "Objet : selection comparative AWCA-2026-014",
                            "Resultat de l'epreuve ecrite : 10,5/20 (seuil : 12/20).",
                            "Vous n'etes pas admis a l'epreuve orale.",
                            "Voies de recours : Conseil d'Etat, dans les 60 jours."]}],
        "boundary": "plain",
    },
    {
        "scenario": "interim_mission_client_chose", "kind": "rejection", "lang": "fr",
        "company": "Ardenne Leasing", "contact": "kevin.lejeune@flexa-interim.example.be",
        "frm": ("Kevin Lejeune", "kevin.lejeune@flexa-interim.example.be"),
        "subject": "mission ardenne leasing",
        "date": "2026-07-08 13:03", "cte": "8bit",
        "text": """Bonjour Laurent

desole pour la mauvaise nouvelle, la mission chez Ardenne Leasing (controle des dossiers de credit) c'est non, le client a pris quelqu'un qui avait deja fait une mission chez eux l'an passe. rien a voir avec ton profil.

je te tiens au courant si autre chose se presente dans le coin de liege, on a souvent des demandes en septembre

Kevin
Flexa Interim Liege - 04 232 11 80
""",
    },
    {
        "scenario": "taleo_online_tests", "kind": "rejection", "lang": "fr",
        "company": "Groupe Haussmann Assurances", "contact": "",
        "frm": ("Groupe Haussmann Assurances - Recrutement", "ne-pas-repondre@taleo.net"),
        "subject": "Votre candidature n° 2600318 - Chargé(e) d'études fraude",
        "date": "2026-02-25 06:12", "tz": "+0000",
        "html": ats_html(P("""Monsieur,

Vous avez récemment postulé au poste de Chargé(e) d'études fraude (réf. 2600318) au sein du Groupe Haussmann Assurances et avez complété nos tests en ligne (raisonnement numérique et logique).

Les résultats obtenus ne nous permettent malheureusement pas de poursuivre le processus de recrutement avec vous pour ce poste.

Nous vous remercions de votre intérêt pour notre Groupe et vous souhaitons bonne chance dans vos recherches.

Direction du Recrutement
Groupe Haussmann Assurances"""),
            brand="Groupe Haussmann Assurances", accent="#1d2a6b", logo_host="haussmann.taleo.net",
            footer="Groupe Haussmann Assurances SA au capital de 112 450 000 € – 54 boulevard Haussmann, 75009 Paris – RCS Paris 552 000 000<br>Ceci est un message automatique, merci de ne pas y répondre.",
            pixel_host="haussmann.taleo.net"),
        "cte": "b64",
    },
    # ------------------------------------------------------------------ English
    {
        "scenario": "greenhouse_closer_match", "kind": "rejection", "lang": "en",
        "company": "GrachtPay", "contact": "femke.dewit@grachtpay.example.nl",
        "frm": ("GrachtPay via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Femke de Wit", "femke.dewit@grachtpay.example.nl"),
        "subject": "Your application to GrachtPay",
        "date": "2026-03-18 22:14", "tz": "+0000",
        "text": """Hi Laurent,

Thanks so much for your interest in the Fraud Operations Analyst role at GrachtPay and for the time you put into your application.

We've reviewed it carefully and have decided to move forward with candidates whose experience more closely matches what the team needs right now, in particular hands-on work with card-not-present fraud.

We know this isn't the news you were hoping for. We'd love to stay in touch, and we encourage you to keep an eye on grachtpay.example.nl/careers for future openings.

All the best,
Femke de Wit
Talent Acquisition Partner | GrachtPay
""",
        "html": ats_html(P("""Hi Laurent,

Thanks so much for your interest in the Fraud Operations Analyst role at GrachtPay and for the time you put into your application.

We've reviewed it carefully and have decided to move forward with candidates whose experience more closely matches what the team needs right now, in particular hands-on work with card-not-present fraud.

We know this isn't the news you were hoping for. We'd love to stay in touch, and we encourage you to keep an eye on our [careers page](https://grachtpay.example.nl/careers) for future openings.

All the best,
Femke de Wit
Talent Acquisition Partner | GrachtPay""", tracker="links.greenhouse-mail.io"),
            brand="GrachtPay", accent="#ff5a36", logo_host="s3.amazonaws.com/grnhse", lang="en",
            footer="GrachtPay B.V. · Herengracht 420, 1017 BZ Amsterdam · KvK 81234567<br>Sent via Greenhouse.",
            tracker="links.greenhouse-mail.io", pixel_host="links.greenhouse-mail.io"),
        "boundary": "java",
    },
    {
        "scenario": "workday_unfortunately", "kind": "rejection", "lang": "en",
        "company": "Lindeboom Bank", "contact": "",
        "frm": ("Lindeboom Bank Careers", "lindeboom@myworkday.com"),
        "subject": "Update on your application: Transaction Monitoring Analyst (JR-7741)",
        "date": "2026-04-14 03:56", "tz": "-0700",
        "html": ats_html(P("""Dear Laurent,

Thank you for applying for the position of Transaction Monitoring Analyst (JR-7741) in Amsterdam.

Unfortunately, we will not be moving forward with your application at this time. We received a large number of applications and the selection was very competitive.

We appreciate your interest in Lindeboom Bank and wish you every success in your career.

Kind regards,
Talent Acquisition
Lindeboom Bank"""),
            brand="Lindeboom Bank", accent="#e57200", logo_host="lindeboom.wd3.myworkdayjobs.com", lang="en",
            footer="Lindeboom Bank N.V. is registered with the Chamber of Commerce under number 33000000 and supervised by De Nederlandsche Bank and the AFM.<br>This is an automated message; replies to this address are not monitored.",
            preheader="An update on your application"),
        "cte": "qp",
    },
    {
        "scenario": "consultancy_after_second_round", "kind": "rejection", "lang": "en",
        "company": "Harrow & Finch Advisory", "contact": "priya.raman@harrowfinch.example.com",
        "frm": ("Priya Raman", "priya.raman@harrowfinch.example.com"),
        "subject": "Financial Crime Associate – outcome",
        "date": "2026-05-29 18:47", "cte": "qp",
        "text": """Dear Laurent,

Thank you for coming in for the second-round interview on Tuesday and for the case exercise, which you clearly prepared with care.

I'm afraid I have to let you know that we won't be offering you the Financial Crime Associate position. The panel was impressed by your instincts on the mule-account scenario, but we felt that the role – which is largely client-facing and involves leading remediation workstreams from day one – needs someone with prior consulting or investigations experience.

I know this is disappointing after two rounds. Please don't hesitate to reach out if you would like more detailed feedback; I'd be happy to set up a short call. I'd also genuinely encourage you to apply again in a year or so.

Best wishes,

Priya Raman
Director, Financial Crime Advisory
Harrow & Finch Advisory LLP
Keizersgracht 555, 1017 DR Amsterdam | +31 20 794 1180

Harrow & Finch Advisory LLP is a limited liability partnership registered in England No OC401234. Registered office: 30 Finsbury Square, London EC2A 1AG. This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
    },
    {
        "scenario": "terse_went_another_way", "kind": "rejection", "lang": "en",
        "company": "Tulip Risk Analytics", "contact": "j.whitcombe@tulip-risk.example.nl",
        "frm": ("James Whitcombe", "j.whitcombe@tulip-risk.example.nl"),
        "subject": "Re: Following up",
        "date": "2026-06-10 07:22", "cte": "8bit",
        "thread": ["<CAL7od-2026060909.1177@mail.example.be>"],
        "text": """Thanks Laurent, we've gone another way on this one. All the best. J

Sent from my iPhone

On 9 Jun 2026, at 09:14, Laurent Okafor-Dubois <laurent.od@example.be> wrote:

> Hi James,
>
> Just following up on the Junior Fraud Analyst role at Tulip Risk Analytics we discussed at the meetup two weeks ago. I'm still very keen and happy to come to Amsterdam for an interview whenever suits.
>
> Best,
> Laurent
""",
    },
    {
        "scenario": "eu_reserve_list", "kind": "rejection", "lang": "en",
        "company": "European Banking Integrity Office", "contact": "",
        "frm": ("EBIO Selection Team", "ebio-selection@ebio.example.eu"),
        "subject": "EBIO/TA/AD5/2026/03 – Result of the selection procedure",
        "date": "2026-09-15 11:00", "cte": "b64",
        "text": """Dear Mr OKAFOR-DUBOIS,

Selection procedure EBIO/TA/AD5/2026/03 – Financial Crime Analyst (Temporary Agent, AD5)

We would like to thank you for your participation in the above selection procedure, including the written test and the interview held on 2 July 2026.

After careful consideration of all candidates, the Selection Board has drawn up the reserve list. We regret to inform you that your name has not been included on the reserve list, as your overall score (61/100) was below the threshold required (68/100).

Under Article 90(2) of the Staff Regulations, you may lodge a complaint within three months of this notification. Requests for review must be submitted via the EBIO e-recruitment tool.

This message is generated automatically; please do not reply. For enquiries, please use the contact form on the EBIO careers website.

Yours sincerely,

The Selection Board
European Banking Integrity Office (EBIO)
1, boulevard Konrad Adenauer, L-1115 Luxembourg
""",
    },
    {
        "scenario": "interview_cancelled_role_closed", "kind": "rejection", "lang": "en",
        "company": "Keizer Insurance", "contact": "tom.bakker@keizer-insurance.example.nl",
        "frm": ("Bakker, Tom", "tom.bakker@keizer-insurance.example.nl"),
        "subject": "RE: Interview invitation - Claims Fraud Investigator",
        "date": "2026-07-21 09:33", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
        "thread": ["<AS8PR07MB9921E4A0@AS8PR07MB9921.eurprd07.keizer-insurance.example.nl>",
                   "<CAL7od-2026072018.0344@mail.example.be>"],
        "text": """Hi Laurent,

I’m sorry to have to tell you that we’re cancelling Thursday’s interview.

The budget for the Claims Fraud Investigator position was withdrawn by our board yesterday and the role will not be filled this year. That means the whole recruitment is closed and we won’t be rescheduling – I didn’t want you to book your train to Amsterdam for nothing.

Thank you for your patience throughout the process, and my apologies for the short notice.

Kind regards,
Tom Bakker
Recruiter | Keizer Insurance
Stadhouderskade 12 | 1054 ES Amsterdam

From: Laurent Okafor-Dubois <laurent.od@example.be>
Sent: Monday, July 20, 2026 6:03 PM
To: Bakker, Tom <tom.bakker@keizer-insurance.example.nl>
Subject: Re: Interview invitation - Claims Fraud Investigator

Dear Tom,

Thank you very much for the invitation. I confirm Thursday 23 July at 10:00 at your office on Stadhouderskade, and I will bring my ID.

Best regards,
Laurent

From: Bakker, Tom <tom.bakker@keizer-insurance.example.nl>
Sent: Friday, July 17, 2026 11:41 AM
To: Laurent Okafor-Dubois <laurent.od@example.be>
Subject: Interview invitation - Claims Fraud Investigator

Hi Laurent,

Good news: the hiring team would like to invite you to an interview for the Claims Fraud Investigator position on Thursday 23 July at 10:00, at our Amsterdam office. You will meet Ellen de Groot (Head of Special Investigations) and me.

Could you confirm whether this works for you?

Kind regards,
Tom Bakker
""",
        "html_from_text": "outlook", "boundary": "outlook",
    },
    # ------------------------------------------------------------------ German
    {
        "scenario": "personio_nicht_beruecksichtigen", "kind": "rejection", "lang": "de",
        "company": "Bankhaus Roemer & Söhne", "contact": "k.vogt@roemer-soehne.example.de",
        "frm": ("Bankhaus Roemer & Söhne | Recruiting", "roemer-soehne@mail.personio.de"),
        "reply_to": ("Katrin Vogt", "k.vogt@roemer-soehne.example.de"),
        "subject": "Ihre Bewerbung als Analyst Betrugsprävention (m/w/d)",
        "date": "2026-03-31 15:27",
        "text": """Sehr geehrter Herr Okafor-Dubois,

vielen Dank für Ihre Bewerbung als Analyst Betrugsprävention (m/w/d) und das damit verbundene Interesse an unserem Haus.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Für die Position suchen wir jemanden mit fundierten Kenntnissen im Kreditkartengeschäft und verhandlungssicherem Deutsch.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Katrin Vogt
Personalreferentin
Bankhaus Roemer & Söhne

Bankhaus Roemer & Söhne KG · Neue Mainzer Straße 20 · 60311 Frankfurt am Main
Sitz: Frankfurt am Main · Amtsgericht Frankfurt am Main HRA 41234
Persönlich haftende Gesellschafter: Dr. Friedrich Roemer, Clara Roemer-Lutz
""",
        "html_from_text": "gmail", "boundary": "java",
    },
    {
        "scenario": "softgarden_nach_gespraech", "kind": "rejection", "lang": "de",
        "company": "Taunus Versicherung", "contact": "",
        "frm": ("Taunus Versicherung AG", "taunus-versicherung@softgarden.io"),
        "subject": "Ihr Vorstellungsgespräch am 12. Mai – unsere Rückmeldung",
        "date": "2026-05-22 11:48",
        "html": ats_html(P("""Sehr geehrter Herr Okafor-Dubois,

vielen Dank für das angenehme Gespräch am 12. Mai und Ihr Interesse an der Position Sachbearbeiter Betrugsbekämpfung Schaden (m/w/d).

Nach reiflicher Überlegung haben wir uns für einen anderen Kandidaten entschieden, dessen Profil unseren aktuellen Anforderungen noch etwas näher kommt. Diese Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüße
Ihr Recruiting-Team der Taunus Versicherung"""),
            brand="Taunus Versicherung", accent="#004f9f", logo_host="static.softgarden.io", lang="de",
            footer="Taunus Versicherung AG · Wilhelmstraße 40 · 65183 Wiesbaden<br>Vorstand: Dr. Helmut Brandt (Vors.), Sabine Okonjo, Peter Lenz · Vorsitzender des Aufsichtsrats: Prof. Dr. Ernst Maier<br>Sitz der Gesellschaft: Wiesbaden · Amtsgericht Wiesbaden HRB 9876<br>Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.",
            pixel_host="mailing.softgarden.io"),
        "cte": "b64",
    },
    {
        "scenario": "startup_du_jemand_anderes", "kind": "rejection", "lang": "de",
        "company": "Zahlwerk", "contact": "jonas@zahlwerk.example.de",
        "frm": ("Jonas Albrecht", "jonas@zahlwerk.example.de"),
        "subject": "Re: Danke für das Gespräch!",
        "date": "2026-06-24 20:11", "cte": "8bit",
        "thread": ["<CAL7od-2026061909.1230@mail.example.be>"],
        "text": """Hey Laurent,

danke dir nochmal für das Gespräch letzte Woche, hat echt Spaß gemacht!

Ich will dich nicht länger warten lassen: Wir haben uns jetzt für jemanden entschieden, der schon zwei Jahre Chargeback- und Dispute-Management bei einem PSP gemacht hat. Das passt für unsere Phase einfach besser, weil wir niemanden haben, der einarbeiten könnte.

Dein Blick aus der Filiale war trotzdem super spannend – wenn wir in einem Jahr größer sind, melde ich mich gern nochmal.

Viele Grüße und viel Erfolg!
Jonas

--
Zahlwerk GmbH · Hanauer Landstraße 126 · 60314 Frankfurt
Geschäftsführer: Jonas Albrecht, Mira Sen · HRB 123456 Amtsgericht Frankfurt am Main

Am 19.06.2026 um 09:12 schrieb Laurent Okafor-Dubois <laurent.od@example.be>:

> Hallo Jonas,
>
> vielen Dank für das tolle Gespräch gestern mit dir und Mira! Ich habe mich sehr über die Einladung gefreut und bin gespannt auf die nächsten Schritte. Falls ihr noch ein zweites Gespräch oder eine Case Study machen möchtet, bin ich nächste Woche jederzeit verfügbar.
>
> Viele Grüße
> Laurent
""",
    },
    {
        "scenario": "personalberatung_mandant", "kind": "rejection", "lang": "de",
        "company": "Kronberg Executive Search", "contact": "m.feld@kronberg-search.example.de",
        "frm": ("Dr. Markus Feld", "m.feld@kronberg-search.example.de"),
        "subject": "AW: Ihre Unterlagen – Mandat Fraud Analyst",
        "date": "2026-04-02 08:14", "charset": "windows-1252", "cte": "qp",
        "thread": ["<CAL7od-2026032017.0021@mail.example.be>"],
        "text": """Sehr geehrter Herr Okafor-Dubois,

vielen Dank für Ihre Geduld.

Ich habe Ihr Profil unserem Mandanten – einer Privatbank mit Sitz in Frankfurt – vorgestellt. Nach Sichtung der Unterlagen hat sich der Mandant leider gegen eine Einladung zum Gespräch entschieden; ausschlaggebend waren die fehlenden Deutschkenntnisse auf C1-Niveau, die für den Kontakt mit der Aufsicht erforderlich sind.

Ich bedauere, Ihnen keine bessere Nachricht überbringen zu können, und wünsche Ihnen viel Erfolg.

Mit besten Grüßen
Dr. Markus Feld
Partner

Kronberg Executive Search GmbH
Westendstraße 16 · 60325 Frankfurt am Main
Tel. +49 69 9562 3310
Geschäftsführer: Dr. Markus Feld, Annette Krüger · Amtsgericht Frankfurt HRB 99887

-----Ursprüngliche Nachricht-----
Von: Laurent Okafor-Dubois <laurent.od@example.be>
Gesendet: Freitag, 20. März 2026 17:02
An: Dr. Markus Feld <m.feld@kronberg-search.example.de>
Betreff: Ihre Unterlagen – Mandat Fraud Analyst

Sehr geehrter Herr Dr. Feld,

anbei wie besprochen mein Lebenslauf. Ich freue mich auf das Vorstellungsgespräch mit Ihrem Mandanten, falls es dazu kommt.

Mit freundlichen Grüßen
Laurent Okafor-Dubois
""",
        "html_from_text": "outlook", "boundary": "outlook",
    },
    {
        "scenario": "genossenschaftsbank_intern_besetzt", "kind": "rejection", "lang": "de",
        "company": "Mainufer Bank", "contact": "personal@mainufer-bank.example.de",
        "frm": ("Personalabteilung Mainufer Bank", "personal@mainufer-bank.example.de"),
        "subject": "Ihre Bewerbung vom 02.02.2026",
        "date": "2026-02-27 13:20", "charset": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

wir bedanken uns für Ihre Bewerbung als Mitarbeiter Fraud Prevention (m/w/d).

Leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle zwischenzeitlich intern besetzt wurde. Ihre Bewerbungsunterlagen senden wir Ihnen daher nicht weiter zur Prüfung an die Fachabteilung.

Für Rückfragen stehen wir Ihnen gern unter dieser Adresse zur Verfügung.

Mit freundlichen Grüßen

i. A. Birgit Schäfer
Personalabteilung

Mainufer Bank eG
Schweizer Straße 52, 60594 Frankfurt am Main
Vorstand: Thomas Gruber, Nadine Özdemir
Aufsichtsratsvorsitzender: Werner Haas
Registergericht: Amtsgericht Frankfurt am Main, GnR 1234
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "scenario": "smartrecruiters_lamentamos", "kind": "rejection", "lang": "es",
        "company": "Banco Castellana", "contact": "",
        "frm": ("Banco Castellana", "noreply@smartrecruiters.com"),
        "subject": "Tu candidatura a Analista de Prevención del Fraude",
        "date": "2026-03-12 12:05",
        "html": ats_html(P("""Hola Laurent:

Gracias por tu interés en formar parte de Banco Castellana y por presentar tu candidatura a la posición de Analista de Prevención del Fraude (Madrid).

Lamentamos comunicarte que, tras revisar tu perfil, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a los requisitos de la posición.

Te animamos a seguir nuestras ofertas en nuestra [página de empleo](https://jobs.smartrecruiters.com/BancoCastellana).

Un saludo,
Equipo de Selección
Banco Castellana"""),
            brand="Banco Castellana", accent="#c8102e", logo_host="c.smartrecruiters.com", lang="es",
            footer="Banco Castellana, S.A. · Paseo de la Castellana 95, 28046 Madrid · Inscrito en el Registro Mercantil de Madrid, Tomo 1.234, Folio 56, Hoja M-7890<br>Este mensaje se ha enviado desde una dirección que no admite respuestas.",
            pixel_host="email.smartrecruiters.com"),
        "cte": "qp",
    },
    {
        "scenario": "fintech_recruiter_tu", "kind": "rejection", "lang": "es",
        "company": "Pagalia", "contact": "lucia.ferrer@pagalia.example.es",
        "frm": ("Lucía Ferrer", "lucia.ferrer@pagalia.example.es"),
        "subject": "Re: Proceso Fraud Analyst - Pagalia",
        "date": "2026-05-13 17:36", "cte": "8bit",
        "thread": ["<CAL7od-2026050610.3399@mail.example.be>"],
        "text": """Hola Laurent,

Gracias por tu paciencia y perdona la tardanza en contestarte.

Al final hemos decidido seguir adelante con otros perfiles que encajan más con lo que buscamos ahora mismo (sobre todo experiencia con reglas de scoring en tiempo real). Me ha gustado mucho hablar contigo y creo que tu experiencia en ventanilla es muy valiosa, así que no lo dudes si ves otra posición nuestra.

¡Mucha suerte con la búsqueda!

Lucía Ferrer | Talent Partner | Pagalia
C/ de Fuencarral 45, 28004 Madrid

El mié, 6 may 2026 a las 10:21, Laurent Okafor-Dubois (<laurent.od@example.be>) escribió:
> Hola Lucía,
> ¿Hay alguna novedad sobre el proceso? Quedo a tu disposición para una segunda entrevista si lo necesitáis.
> Un saludo,
> Laurent
""",
    },
    {
        "scenario": "aseguradora_usted_formal", "kind": "rejection", "lang": "es",
        "company": "Seguros Manzanares", "contact": "seleccion@segurosmanzanares.example.es",
        "frm": ("Seguros Manzanares - Selección", "seleccion@segurosmanzanares.example.es"),
        "subject": "Proceso de selección Técnico/a de Investigación de Fraude",
        "date": "2026-07-02 10:18", "charset": "iso-8859-1", "cte": "qp",
        "text": """Estimado Sr. Okafor-Dubois:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de Técnico/a de Investigación de Fraude, así como el tiempo dedicado a la entrevista mantenida el pasado 23 de junio.

Lamentamos comunicarle que, tras valorar todas las candidaturas, su perfil no ha sido seleccionado para continuar en el proceso.

Para cualquier consulta puede responder a este correo.

Atentamente,

Departamento de Personas
Seguros Manzanares, S.A. de Seguros y Reaseguros
Calle de Toledo 120 - 28005 Madrid
""",
    },
    {
        "scenario": "icims_proceso_cancelado", "kind": "rejection", "lang": "es",
        "company": "Retiro Advisory", "contact": "",
        "frm": ("Retiro Advisory - Talento", "retiroadvisory@icims.com"),
        "subject": "Actualización: Consultor/a Junior Forensic & Fraud",
        "date": "2026-08-04 09:00",
        "text": """Hola Laurent,

Te escribimos en relación con tu candidatura al puesto de Consultor/a Junior Forensic & Fraud.

Por motivos organizativos, la posición ha quedado congelada y hemos decidido cerrar el proceso de selección sin cubrir la vacante. Por tanto, no continuaremos con tu candidatura.

Sentimos las molestias y te agradecemos el interés mostrado en Retiro Advisory.

Un saludo,
Equipo de Talento
Retiro Advisory

Este correo ha sido generado automáticamente. Por favor, no respondas a este mensaje.
""",
        "html": ats_html(P("""Hola Laurent,

Te escribimos en relación con tu candidatura al puesto de Consultor/a Junior Forensic & Fraud.

Por motivos organizativos, la posición ha quedado congelada y hemos decidido cerrar el proceso de selección sin cubrir la vacante. Por tanto, no continuaremos con tu candidatura.

Sentimos las molestias y te agradecemos el interés mostrado en Retiro Advisory.

Un saludo,
Equipo de Talento
Retiro Advisory"""),
            brand="Retiro Advisory", accent="#2f4f4f", logo_host="careers-retiroadvisory.icims.com", lang="es",
            footer="Retiro Advisory, S.L.P. · Calle de Alcalá 93, 28009 Madrid<br>Este correo ha sido generado automáticamente. Por favor, no respondas a este mensaje.",
            pixel_host="careers-retiroadvisory.icims.com"),
        "cte": "b64", "boundary": "java",
    },
    {
        "scenario": "ett_cliente_otro", "kind": "rejection", "lang": "es",
        "company": "Financiera Tajo", "contact": "raul.sanz@laborex-ett.example.es",
        "frm": ("Raúl Sanz", "raul.sanz@laborex-ett.example.es"),
        "subject": "lo de financiera tajo",
        "date": "2026-09-09 14:47", "cte": "8bit",
        "text": """Hola Laurent, que tal

Te cuento, de Financiera Tajo me han dicho q se quedan con otro candidato para lo del puesto de control de operaciones, alguien que ya conocian de otra empresa. Una pena porq tu perfil les gusto.

Si sale algo mas te aviso, en octubre suelen abrir varias cosas.

Un saludo
Raúl Sanz
Laborex ETT - Oficina Chamberí
""",
    },
]
