"""Application acknowledgements and offers for corpus hundredtwentyfifth, written one by one."""

from __future__ import annotations

from msgs125_common import P, ats_html, notice_html

ACKS: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "scenario": "workday_four_weeks_silence", "kind": "application_received", "lang": "fr",
        "company": "Banque Verhaegen Frères", "contact": "",
        "frm": ("Banque Verhaegen Frères", "verhaegen@myworkday.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "date": "2026-01-19 02:31", "tz": "-0800",
        "html": ats_html(P("""Bonjour Laurent,

Merci d'avoir postulé au poste d'Analyste Fraude Transactionnelle (R-0042817) chez Banque Verhaegen Frères. Nous avons bien reçu votre candidature.

Notre équipe Talent Acquisition va maintenant l'examiner avec attention. Si votre profil correspond aux exigences du poste, un membre de l'équipe prendra contact avec vous.

Compte tenu du grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre personnellement à chacune d'entre elles. Si vous n'avez pas de nouvelles de notre part dans un délai de quatre semaines, veuillez considérer que votre candidature n'a pas été retenue.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre [espace candidat](https://verhaegen.wd3.myworkdayjobs.com/fr-BE/Careers/userHome).

Cordialement,
L'équipe Talent Acquisition
Banque Verhaegen Frères"""),
            brand="Banque Verhaegen Frères", accent="#0b3d5c", logo_host="verhaegen.wd3.myworkdayjobs.com",
            footer="Banque Verhaegen Frères SA · Rue Royale 148, 1000 Bruxelles · RPM Bruxelles 0403.227.515<br>Ce message a été généré automatiquement. Merci de ne pas y répondre.",
            preheader="Merci pour votre candidature"),
        "cte": "qp",
    },
    {
        "scenario": "job_board_sent_to_employer", "kind": "application_received", "lang": "fr",
        "company": "Banque Lombard-Sablon", "contact": "",
        "frm": ("EmploiNet Belgique", "ne-pas-repondre@emploinet.example.be"),
        "subject": "Votre candidature a bien été envoyée à Banque Lombard-Sablon",
        "date": "2026-01-28 20:16",
        "headers": {"X-Mailer": "EmploiNet Mailer 4.2"},
        "html": notice_html(P("""Bonjour Laurent,

Votre candidature pour l'offre **Analyste Fraude Paiements (H/F/X)** a bien été envoyée à **Banque Lombard-Sablon** (Bruxelles), avec votre CV « CV_Laurent_Okafor-Dubois_2026.pdf » et votre lettre de motivation.

Le recruteur est désormais seul responsable du traitement de votre dossier. En moyenne, les entreprises répondent sous 15 jours sur EmploiNet.

Conseil : complétez votre profil à 100 % pour apparaître en tête des recherches des recruteurs.

[Voir mes candidatures](https://www.emploinet.example.be/mon-compte/candidatures)""", tracker="clic.emploinet.example.be"),
            brand="EmploiNet Belgique", accent="#e4572e", headline="Candidature envoyée ✔",
            footer="EmploiNet Belgique SRL · Rue de la Science 14, 1040 Bruxelles<br>Vous recevez cet e-mail car vous avez postulé via EmploiNet. <a href=\"https://www.emploinet.example.be/preferences\" style=\"color:#94a3b8\">Gérer mes notifications</a>",
            pixel_host="clic.emploinet.example.be"),
        "cte": "qp",
    },
    {
        "scenario": "federal_portal_registration", "kind": "application_received", "lang": "fr",
        "company": "SPF Sécurité économique", "contact": "",
        "frm": ("Talent Fédéral", "noreply@talent-federal.example.be"),
        "subject": "Confirmation d'inscription - ECO-2026-07",
        "date": "2026-03-02 13:44", "cte": "b64",
        "text": """Bonjour Laurent Okafor-Dubois,

Votre candidature pour la sélection suivante a bien été enregistrée :

Référence : ECO-2026-07
Fonction : Attaché analyste fraude (m/f/x)
Employeur : SPF Sécurité économique
Date limite d'inscription : 9 mars 2026

Votre dossier sera examiné après la clôture des inscriptions. Vous serez informé(e) par e-mail de la suite de la procédure (screening des CV, épreuves). Consultez aussi régulièrement la rubrique « Mes candidatures » de votre compte.

Ceci est un message automatique, il n'est pas possible d'y répondre. Pour toute question : www.talent-federal.example.be/contact

Talent Fédéral - le portail de recrutement de l'administration fédérale
""",
    },
    {
        "scenario": "lux_successfactors_ack", "kind": "application_received", "lang": "fr",
        "company": "Banque Kirchberg Privée", "contact": "",
        "frm": ("Banque Kirchberg Privée", "bkp@successfactors.eu"),
        "subject": "Confirmation de réception de votre candidature (Req. 4471)",
        "date": "2026-05-11 21:03", "tz": "+0000",
        "html": ats_html(P("""Cher Monsieur Okafor-Dubois,

Nous accusons réception de votre candidature pour le poste Analyste Lutte contre la Fraude (Req. 4471) et vous remercions de l'intérêt que vous portez à la Banque Kirchberg Privée.

Notre équipe Human Resources procède actuellement à l'étude de l'ensemble des dossiers. Nous reviendrons vers vous dans les meilleurs délais.

Veuillez agréer, Cher Monsieur, nos salutations distinguées.

Human Resources
Banque Kirchberg Privée"""),
            brand="Banque Kirchberg Privée", accent="#7a1f2b", logo_host="career5.successfactors.eu",
            footer="Banque Kirchberg Privée S.A. · 4, rue Alphonse Weicker · L-2721 Luxembourg · R.C.S. Luxembourg B 98.765<br>Ce courriel est envoyé depuis une adresse qui n'accepte pas de réponse."),
        "cte": "b64",
    },
    {
        "scenario": "speculative_ack_forwarded", "kind": "application_received", "lang": "fr",
        "company": "Vauban Assurances", "contact": "recrutement@vauban-assurances.example.fr",
        "frm": ("Vauban Assurances - Recrutement", "recrutement@vauban-assurances.example.fr"),
        "subject": "Accusé de réception - candidature spontanée",
        "date": "2026-03-13 09:40", "charset": "iso-8859-1", "cte": "qp",
        "text": """Monsieur,

Nous accusons bonne réception de votre candidature spontanée et vous remercions de l'intérêt que vous portez à Vauban Assurances.

Votre dossier a été transmis au responsable de notre cellule de lutte contre la fraude, qui l'étudiera avec attention. Nous reviendrons vers vous dans les meilleurs délais.

Pour toute question, vous pouvez nous écrire à cette adresse.

Le Service Recrutement
Vauban Assurances
2 boulevard de la Liberté - 59000 Lille
""",
    },
    {
        "scenario": "agency_unnamed_client_ack", "kind": "application_received", "lang": "fr",
        "company": "Alliance RH", "contact": "",
        "frm": ("Alliance RH", "candidatures@alliance-rh.example.lu"),
        "subject": "Alliance RH : candidature réf. AR-7719 bien reçue",
        "date": "2026-07-06 08:12",
        "html": notice_html(P("""Bonjour Laurent,

Merci pour votre candidature à l'offre **Fraud Analyst (H/F) – CDI – Luxembourg-Ville** (réf. AR-7719), publiée pour le compte de l'un de nos clients, acteur bancaire reconnu de la place.

Votre dossier a bien été enregistré. Si votre profil correspond aux attentes de notre client, une consultante de notre pôle Banque & Finance vous contactera par téléphone pour un premier échange.

À bientôt,
L'équipe Alliance RH"""),
            brand="Alliance RH", accent="#5b2a86", headline="Votre candidature est enregistrée",
            footer="Alliance RH S.à r.l. – Recrutement & Intérim – 25, avenue de la Liberté, L-1931 Luxembourg – Agrément ADEM n° 2019/117<br>Message envoyé automatiquement depuis notre site carrières.",
            pixel_host="mail.alliance-rh.example.lu"),
        "cte": "qp",
    },
    {
        "scenario": "teamtailor_ack_tu", "kind": "application_received", "lang": "fr",
        "company": "Kobalt Pay", "contact": "",
        "frm": ("Kobalt Pay", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour ta candidature chez Kobalt Pay !",
        "date": "2026-06-15 23:58",
        "text": """Salut Laurent,

Merci pour ta candidature au poste de Fraud Ops Analyst ! On a bien reçu ton dossier et toute l'équipe Talent le lit avec attention.

Ce qui va se passer ensuite : on revient vers toi sous 10 jours ouvrés, quelle que soit la réponse. Promis, pas de ghosting chez nous.

En attendant, tu peux découvrir l'équipe et nos valeurs sur kobaltpay.teamtailor.com.

À très vite,
L'équipe Kobalt Pay
""",
        "html": ats_html(P("""Salut Laurent,

Merci pour ta candidature au poste de **Fraud Ops Analyst** ! On a bien reçu ton dossier et toute l'équipe Talent le lit avec attention.

Ce qui va se passer ensuite : on revient vers toi sous 10 jours ouvrés, quelle que soit la réponse. Promis, pas de ghosting chez nous.

En attendant, tu peux découvrir [l'équipe et nos valeurs](https://kobaltpay.teamtailor.com/people).

À très vite,
L'équipe Kobalt Pay""", tracker="t.teamtailor-mail.com"),
            brand="Kobalt Pay", accent="#1a56db", logo_host="assets.teamtailor-cdn.com",
            tracker="t.teamtailor-mail.com", pixel_host="t.teamtailor-mail.com",
            footer="Kobalt Pay SAS · 8 rue du Sentier, 75002 Paris<br>Envoyé avec Teamtailor · <a href=\"https://kobaltpay.teamtailor.com/connect/privacy\" style=\"color:#8a8f98\">Politique de confidentialité</a>"),
        "boundary": "java",
    },
    {
        "scenario": "taleo_cannot_answer_each", "kind": "application_received", "lang": "fr",
        "company": "Groupe Haussmann Assurances", "contact": "",
        "frm": ("Groupe Haussmann Assurances - Recrutement", "ne-pas-repondre@taleo.net"),
        "subject": "Accusé de réception - candidature n° 2600318",
        "date": "2026-02-09 05:47", "tz": "+0000",
        "html": ats_html(P("""Monsieur,

Nous vous remercions pour votre candidature au poste de Chargé(e) d'études fraude (réf. 2600318), que nous avons bien reçue.

Vous allez recevoir dans les prochains jours un lien vers nos tests en ligne (raisonnement numérique et logique, environ 40 minutes), étape obligatoire de notre processus.

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles ; seuls les candidats présélectionnés seront contactés à l'issue des tests.

Direction du Recrutement
Groupe Haussmann Assurances"""),
            brand="Groupe Haussmann Assurances", accent="#1d2a6b", logo_host="haussmann.taleo.net",
            footer="Groupe Haussmann Assurances SA au capital de 112 450 000 € – 54 boulevard Haussmann, 75009 Paris – RCS Paris 552 000 000<br>Ceci est un message automatique, merci de ne pas y répondre.",
            pixel_host="haussmann.taleo.net"),
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "scenario": "interim_offer_client_named", "kind": "application_received", "lang": "fr",
        "company": "Ardenne Leasing", "contact": "",
        "frm": ("Flexa Intérim", "noreply@flexa-interim.example.be"),
        "subject": "Candidature reçue : Contrôleur dossiers de crédit (Liège)",
        "date": "2026-06-20 14:21", "cte": "8bit",
        "text": """Bonjour Laurent,

Nous avons bien reçu ta candidature pour l'offre « Contrôleur dossiers de crédit – mission de 3 mois » chez notre client Ardenne Leasing, à Liège.

Ton consultant Flexa de l'agence de Liège va étudier ton profil et te recontactera si ta candidature est retenue pour être présentée au client.

Pense à vérifier que tes documents (carte d'identité, permis de travail si nécessaire, numéro de compte) sont à jour dans ton espace MyFlexa.

L'équipe Flexa Intérim
---
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    },
    {
        "scenario": "city_hall_ack_formal", "kind": "application_received", "lang": "fr",
        "company": "Ville de Namur", "contact": "recrutement@ville-namur.example.be",
        "frm": ("Ville de Namur - Service du personnel", "recrutement@ville-namur.example.be"),
        "subject": "Accusé de réception de votre candidature - réf. VN-2026-118",
        "date": "2026-09-14 10:05", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Monsieur,

Nous accusons réception de votre candidature au poste de contrôleur financier - cellule anti-fraude (réf. VN-2026-118), parvenue le 11 septembre 2026.

Votre dossier est complet. Il sera examiné par le jury après la clôture de l'appel, fixée au 25 septembre 2026. Les candidats retenus pour l'entretien de sélection seront convoqués par courrier électronique.

Pour tout renseignement complémentaire, vous pouvez répondre à ce message ou contacter le service au 081 24 63 00.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le Service du personnel
Ville de Namur
Hôtel de Ville - 5000 Namur
""",
    },
    # ------------------------------------------------------------------ English
    {
        "scenario": "greenhouse_thanks_for_applying", "kind": "application_received", "lang": "en",
        "company": "GrachtPay", "contact": "",
        "frm": ("GrachtPay", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to GrachtPay",
        "date": "2026-03-02 09:17", "tz": "+0000",
        "text": """Hi Laurent,

Thanks for applying for the Fraud Operations Analyst position at GrachtPay! Your application has been received and our team is reviewing it.

If your skills and experience are a match, we'll be in touch to talk about next steps. In the meantime, feel free to learn more about how we fight fraud on our engineering blog.

Cheers,
The GrachtPay Talent Team

This inbox is not monitored.
""",
        "html": ats_html(P("""Hi Laurent,

Thanks for applying for the Fraud Operations Analyst position at GrachtPay! Your application has been received and our team is reviewing it.

If your skills and experience are a match, we'll be in touch to talk about next steps. In the meantime, feel free to learn more about how we fight fraud on our [engineering blog](https://grachtpay.example.nl/blog).

Cheers,
The GrachtPay Talent Team""", tracker="links.greenhouse-mail.io"),
            brand="GrachtPay", accent="#ff5a36", logo_host="s3.amazonaws.com/grnhse", lang="en",
            footer="GrachtPay B.V. · Herengracht 420, 1017 BZ Amsterdam · KvK 81234567<br>This inbox is not monitored.",
            tracker="links.greenhouse-mail.io", pixel_host="links.greenhouse-mail.io"),
        "boundary": "java",
    },
    {
        "scenario": "lever_unsuccessful_if_no_news", "kind": "application_received", "lang": "en",
        "company": "Brightwell Payments", "contact": "",
        "frm": ("Brightwell Payments", "no-reply@hire.lever.co"),
        "subject": "We've received your application",
        "date": "2026-08-10 13:29", "tz": "+0000",
        "text": """Hi Laurent,

Thanks for applying to the Risk & Fraud Analyst position at Brightwell Payments. We've received your application and our team will review it over the coming weeks.

Due to the high volume of applications we receive, we're unable to respond to every applicant individually. If you haven't heard from us within 4 weeks, please consider your application unsuccessful on this occasion.

Thanks again for your interest in Brightwell!
The Brightwell Talent Team
""",
        "html_from_text": "gmail", "boundary": "gmail",
    },
    {
        "scenario": "eu_application_registered", "kind": "application_received", "lang": "en",
        "company": "European Banking Integrity Office", "contact": "",
        "frm": ("EBIO e-Recruitment", "no-reply-erecruitment@ebio.example.eu"),
        "subject": "Application registered - EBIO/TA/AD5/2026/03",
        "date": "2026-03-27 16:59", "cte": "qp",
        "text": """Dear Laurent OKAFOR-DUBOIS,

Your application for the selection procedure EBIO/TA/AD5/2026/03 - Financial Crime Analyst (Temporary Agent, AD5) has been successfully registered.

Application number: EBIO-2026-03-00412
Date of submission: 27/03/2026 16:58 (CET)

Please keep this number for any future correspondence. The eligibility of applications will be assessed after the closing date (10/04/2026). Candidates will be informed of the outcome of each stage via their e-Recruitment account.

This is an automatically generated message. Please do not reply.

EBIO e-Recruitment
European Banking Integrity Office
""",
    },
    {
        "scenario": "ashby_received", "kind": "application_received", "lang": "en",
        "company": "Polder Pay", "contact": "",
        "frm": ("Polder Pay", "no-reply@ashbyhq.com"),
        "subject": "Polder Pay: application received ✅",
        "date": "2026-05-18 11:06", "tz": "+0000",
        "html": ats_html(P("""Hey Laurent,

We just wanted to let you know we've received your application for **Fraud Analyst (Amsterdam, hybrid)**. Thanks for thinking of Polder Pay!

Our hiring team reviews every application by hand. We aim to get back to everyone within two weeks – if we don't, please feel free to nudge us at talent@polderpay.example.nl.

Warmly,
Polder Pay Talent"""),
            brand="Polder Pay", accent="#111827", logo_host="app.ashbyhq.com", lang="en",
            footer="Polder Pay B.V. · Danzigerkade 23, 1013 AP Amsterdam<br>Sent with Ashby · <a href=\"https://jobs.ashbyhq.com/polderpay/privacy\" style=\"color:#8a8f98\">Privacy</a>"),
        "cte": "qp",
    },
    # ------------------------------------------------------------------ German
    {
        "scenario": "personio_eingangsbestaetigung", "kind": "application_received", "lang": "de",
        "company": "Bankhaus Roemer & Söhne", "contact": "",
        "frm": ("Bankhaus Roemer & Söhne | Recruiting", "roemer-soehne@mail.personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "date": "2026-03-09 18:03",
        "text": """Sehr geehrter Herr Okafor-Dubois,

vielen Dank für Ihre Bewerbung als Analyst Betrugsprävention (m/w/d) und Ihr Interesse an Bankhaus Roemer & Söhne.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Bankhaus Roemer & Söhne

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
        "html_from_text": "gmail", "boundary": "java",
    },
    {
        "scenario": "softgarden_vielen_dank", "kind": "application_received", "lang": "de",
        "company": "Wetterau Leasing", "contact": "",
        "frm": ("Wetterau Leasing AG", "wetterau-leasing@softgarden.io"),
        "subject": "Vielen Dank für Ihre Bewerbung",
        "date": "2026-07-02 12:45",
        "html": ats_html(P("""Guten Tag Herr Okafor-Dubois,

vielen Dank für Ihre Bewerbung als **Referent Fraud Management Leasing (m/w/d)**. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Personalteam
Wetterau Leasing AG"""),
            brand="Wetterau Leasing", accent="#9b2335", logo_host="static.softgarden.io", lang="de",
            button=("Zum Bewerberkonto", "https://wetterau-leasing.softgarden.io/account"),
            tracker="mailing.softgarden.io", pixel_host="mailing.softgarden.io",
            footer="Wetterau Leasing AG · Kaiserstraße 120 · 61169 Friedberg (Hessen)<br>Vorstand: Michael Stein, Julia Roth · Amtsgericht Friedberg HRB 4567<br>Diese Nachricht wurde automatisch erstellt."),
        "cte": "qp",
    },
    {
        "scenario": "platform_uebermittelt", "kind": "application_received", "lang": "de",
        "company": "Frankfurter Kreditkontor", "contact": "",
        "frm": ("StelleDirekt", "service@stelledirekt.example.de"),
        "subject": "Ihre Bewerbung wurde übermittelt: Analyst Kreditbetrug (m/w/d)",
        "date": "2026-07-23 07:55",
        "html": notice_html(P("""Hallo Laurent Okafor-Dubois,

Ihre Bewerbung auf die Stelle **Analyst Kreditbetrug (m/w/d)** wurde erfolgreich an **Frankfurter Kreditkontor AG** übermittelt.

Übermittelte Dokumente: Lebenslauf (PDF), Anschreiben (PDF), Arbeitszeugnis (PDF)

Das Unternehmen meldet sich direkt bei Ihnen. Sie können den Status Ihrer Bewerbung in Ihrem [StelleDirekt-Konto](https://www.stelledirekt.example.de/konto/bewerbungen) verfolgen.

Viel Erfolg!
Ihr StelleDirekt-Team""", tracker="t.stelledirekt.example.de"),
            brand="StelleDirekt", accent="#0a66c2", headline="Bewerbung erfolgreich versendet", lang="de",
            footer="StelleDirekt GmbH · Torstraße 140 · 10119 Berlin · Geschäftsführer: Felix Baumann · HRB 201234 B, Amtsgericht Charlottenburg<br><a href=\"https://www.stelledirekt.example.de/einstellungen\" style=\"color:#94a3b8\">E-Mail-Einstellungen</a>",
            pixel_host="t.stelledirekt.example.de"),
        "cte": "b64",
    },
    {
        "scenario": "versicherung_vier_wochen", "kind": "application_received", "lang": "de",
        "company": "Rhein-Main Assekuranz", "contact": "",
        "frm": ("Rhein-Main Assekuranz Personal", "bewerbung@rheinmain-assekuranz.example.de"),
        "subject": "Eingang Ihrer Bewerbungsunterlagen",
        "date": "2026-04-16 10:22", "charset": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

Ihre Bewerbungsunterlagen für die Position "Spezialist Betrugsabwehr Kfz-Schaden (m/w/d)" sind bei uns eingegangen. Vielen Dank für Ihr Interesse an unserem Haus.

Bitte haben Sie Verständnis dafür, dass die Prüfung aller Bewerbungen einige Zeit in Anspruch nimmt. Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt. Wir bitten Sie, von telefonischen Rückfragen abzusehen.

Mit freundlichen Grüßen

Personalabteilung
Rhein-Main Assekuranz VVaG
Gustav-Stresemann-Ring 7, 65189 Wiesbaden
Vorstand: Dr. Georg Hellwig (Vors.), Inge Albers · Amtsgericht Wiesbaden HRB 2211
""",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "scenario": "portal_enviada_empresa", "kind": "application_received", "lang": "es",
        "company": "Cobrix", "contact": "",
        "frm": ("TrabajoYa", "notificaciones@trabajoya.example.es"),
        "subject": "Tu candidatura ha sido enviada a Cobrix",
        "date": "2026-09-16 22:40",
        "html": notice_html(P("""¡Hola Laurent!

Tu candidatura a la oferta **Analista Antifraude (Madrid / híbrido)** se ha enviado correctamente a **Cobrix**.

Estado actual: **CV recibido**. Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu proceso.

Mientras tanto, [revisa otras ofertas similares](https://www.trabajoya.example.es/ofertas?q=antifraude).

El equipo de TrabajoYa""", tracker="click.trabajoya.example.es"),
            brand="TrabajoYa", accent="#ff7a00", headline="¡Candidatura enviada!", lang="es",
            footer="TrabajoYa Servicios Online, S.L. · C/ de Pradillo 5, 28002 Madrid · No respondas a este correo: ha sido enviado de forma automática.<br><a href=\"https://www.trabajoya.example.es/baja\" style=\"color:#94a3b8\">Darse de baja de estas notificaciones</a>",
            pixel_host="click.trabajoya.example.es"),
        "cte": "qp",
    },
    {
        "scenario": "banco_recibido_solo_preseleccionados", "kind": "application_received", "lang": "es",
        "company": "Banco Prado", "contact": "",
        "frm": ("Banco Prado - Selección", "empleo@bancoprado.example.es"),
        "subject": "Hemos recibido su candidatura",
        "date": "2026-05-18 08:30", "charset": "iso-8859-1", "cte": "qp",
        "text": """Estimado/a candidato/a:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Analista de Fraude en Medios de Pago (ref. BP-2026-044).

Debido al elevado número de candidaturas, únicamente nos pondremos en contacto con las personas preseleccionadas para la siguiente fase. Si no recibe noticias nuestras en el plazo de un mes, entienda que en esta ocasión su perfil no ha sido seleccionado.

Le agradecemos su interés en Banco Prado.

Dirección de Personas
Banco Prado

Este buzón no admite respuestas.
""",
    },
    {
        "scenario": "fintech_gracias_aplicar", "kind": "application_received", "lang": "es",
        "company": "Pagalia", "contact": "careers@pagalia.example.es",
        "frm": ("Pagalia Careers", "careers@pagalia.example.es"),
        "subject": "¡Gracias por aplicar a Pagalia! 🚀",
        "date": "2026-04-20 19:12", "cte": "8bit",
        "text": """¡Hola Laurent!

Gracias por aplicar a la posición de Fraud Analyst en Pagalia. Hemos recibido tu CV y alguien del equipo de Talento lo revisará esta semana.

Si tienes cualquier duda sobre el proceso, responde directamente a este email: lo leemos personas, no robots 🙂

¡Hablamos pronto!
Equipo de Talento · Pagalia
""",
    },
]

OFFERS: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "scenario": "written_offer_contract_pdf", "kind": "offer", "lang": "fr",
        "company": "Banque coopérative du Namurois", "contact": "s.wery@bcnam.example.be",
        "frm": ("Sandrine Wéry", "s.wery@bcnam.example.be"),
        "subject": "Proposition d'engagement - Contrôleur fraude",
        "date": "2026-09-18 16:15", "charset": "windows-1252", "cte": "qp",
        "text": """Monsieur Okafor-Dubois,

Suite à votre entretien du 7 septembre et à l’avis favorable de notre Comité de direction, nous avons le plaisir de vous proposer le poste de Contrôleur fraude au sein de notre département Opérations.

Vous trouverez en annexe notre proposition d’engagement ainsi que le projet de contrat de travail à durée indéterminée :
– entrée en fonction : 2 novembre 2026 ;
– rémunération mensuelle brute : 3 850 € (barème CP 310), treizième mois, chèques-repas et assurance groupe ;
– régime de travail : temps plein, deux jours de télétravail par semaine.

Nous vous saurions gré de nous retourner le contrat signé pour le 30 septembre au plus tard. Je reste bien entendu à votre disposition pour toute question.

Au plaisir de vous accueillir parmi nous,

Sandrine Wéry
Service du personnel
Banque coopérative du Namurois SC
Rue de Fer 88 – 5000 Namur – 081 24 60 60
""",
        "attach": [{"filename": "Proposition_engagement_Okafor-Dubois.pdf",
                     "title": "Banque cooperative du Namurois - Proposition d'engagement",
                     "lines": ["Namur, le 18 septembre 2026", "Monsieur Laurent Okafor-Dubois",
                            "Fonction : Controleur fraude - Departement Operations",
                            "Contrat : duree indeterminee, temps plein",
                            "Entree en fonction : 2 novembre 2026",
                            "Remuneration mensuelle brute : 3 850 EUR (CP 310)"]},
                {"filename": "Contrat_de_travail_CDI_projet.pdf",
                     "title": "Contrat de travail d'employe a duree indeterminee (projet)",
                     "lines": ["Entre : Banque cooperative du Namurois SC, Rue de Fer 88, 5000 Namur",
                            "Et : Laurent Okafor-Dubois",
                            "Article 1 - Fonction : Controleur fraude",
                            "Article 2 - Lieu de travail : Namur",
                            "Article 3 - Duree du travail : 38 heures par semaine",
                            "Fait en deux exemplaires. Signature : ...................."]}],
        "boundary": "outlook",
    },
    {
        "scenario": "verbal_offer_confirmed", "kind": "offer", "lang": "fr",
        "company": "Vauban Assurances", "contact": "p.caron@vauban-assurances.example.fr",
        "frm": ("Pauline Caron", "p.caron@vauban-assurances.example.fr"),
        "subject": "Confirmation de notre proposition",
        "date": "2026-04-24 13:58", "cte": "qp",
        "text": """Bonjour Laurent,

Comme convenu lors de notre appel de ce midi, je vous confirme par écrit notre proposition pour le poste d'analyste anti-fraude au sein de la cellule Lutte contre la fraude :

- CDI, statut agent de maîtrise, basé à Lille (télétravail possible 1 jour/semaine) ;
- rémunération annuelle brute de 38 000 €, sur 13 mois, plus intéressement ;
- prise de poste souhaitée le 1er juin 2026.

Vous nous avez demandé quelques jours pour en parler avec vos proches, ce que nous comprenons tout à fait. Pourriez-vous nous donner votre réponse d'ici le jeudi 30 avril ? La promesse d'embauche vous sera envoyée dès votre accord.

Bien cordialement,

Pauline Caron
Responsable recrutement
Vauban Assurances
""",
    },
    {
        "scenario": "conditional_offer_background", "kind": "offer", "lang": "fr",
        "company": "Moselle Paiements", "contact": "julie.weis@moselle-paiements.example.lu",
        "frm": ("WEIS Julie", "julie.weis@moselle-paiements.example.lu"),
        "subject": "Offre d'emploi conditionnelle - Analyste Fraude Cartes",
        "date": "2026-07-03 11:20",
        "text": """Bonjour Laurent,

Au nom de toute l'équipe, j'ai le plaisir de vous faire une offre pour le poste d'Analyste Fraude Cartes au sein de Moselle Paiements, à compter du 1er septembre 2026 (CDI, 58 000 € bruts annuels, 13e mois, chèques-repas).

Conformément aux exigences de la CSSF applicables aux établissements de paiement, cette offre est conditionnelle :
1. à la remise d'un extrait de casier judiciaire (bulletin n° 3 luxembourgeois et équivalent belge) de moins de trois mois ;
2. à la vérification satisfaisante de vos références professionnelles ;
3. à la copie de vos diplômes.

Dès réception de ces documents, nous vous enverrons le contrat de travail pour signature. Merci de nous indiquer d'ici le 10 juillet si vous acceptez cette offre.

Nous nous réjouissons de vous compter bientôt parmi nous !

Julie WEIS
HR Business Partner
Moselle Paiements S.A.
12, rue Eugène Ruppert · L-2453 Luxembourg
""",
        "html_from_text": "outlook", "boundary": "outlook",
    },
    {
        "scenario": "esign_contract_ready", "kind": "offer", "lang": "fr",
        "company": "Sentinelle Conseil", "contact": "",
        "frm": ("Sentinelle Conseil via DocuSign", "dse_na3@docusign.net"),
        "subject": "Veuillez signer : Contrat de travail - Laurent Okafor-Dubois",
        "date": "2026-04-16 18:02", "tz": "+0000",
        "html": notice_html(P("""Arnaud Moreau (Sentinelle Conseil) vous a envoyé un document à examiner et à signer.

**Contrat de travail – Analyste Investigations & Lutte anti-fraude – CDI**

Message de l'expéditeur :
« Bonjour Laurent, suite à notre échange de mardi, voici votre contrat. Bienvenue dans l'équipe ! Date d'arrivée : 4 mai 2026. Arnaud »

[EXAMINER LE DOCUMENT](https://na3.docusign.net/Signing/EmailStart.aspx?a=5c2e81f0-7a44)

Ne partagez pas cet e-mail : il contient un lien d'accès sécurisé à votre document."""),
            brand="DocuSign", accent="#1e1e5a", headline="Document prêt à être signé",
            footer="Ce message a été envoyé par DocuSign pour le compte de Sentinelle Conseil SAS, 23 rue de Châteaudun, 75009 Paris.<br>Vous ne pouvez pas répondre à cet e-mail. Pour toute question sur le document, contactez directement l'expéditeur.",
            pixel_host="na3.docusign.net"),
        "cte": "qp",
    },
    {
        "scenario": "interim_contrat_mission_tu", "kind": "offer", "lang": "fr",
        "company": "Tellia Telecom", "contact": "nadia@interim-sambre.example.be",
        "frm": ("Nadia - Intérim Sambre", "nadia@interim-sambre.example.be"),
        "subject": "c'est OK pour Tellia !!",
        "date": "2026-09-30 17:12", "cte": "8bit",
        "text": """Coucou Laurent !!

Tellia Telecom est ok pour te prendre après ta journée d'essai de lundi, super !!

Mission au service anti-fraude (vérification des souscriptions suspectes) du lundi 5 octobre au 31 décembre, 38h/semaine, 17,40 €/h brut + chèques-repas. Possibilité de CDI derrière si ça se passe bien, ils me l'ont dit clairement.

Passe à l'agence jeudi ou vendredi pour signer ton contrat de mission (prends ta carte d'identité et ta carte bancaire pour le numéro de compte).

Bravo !!
Nadia
Intérim Sambre - agence de Namur
""",
    },
    # ------------------------------------------------------------------ English
    {
        "scenario": "offer_letter_pdf", "kind": "offer", "lang": "en",
        "company": "Amstel Card Services", "contact": "sanne.visser@amstelcard.example.nl",
        "frm": ("Sanne Visser", "sanne.visser@amstelcard.example.nl"),
        "cc": [("Mark Jansen", "mark.jansen@amstelcard.example.nl")],
        "subject": "Your offer from Amstel Card Services 🎉",
        "date": "2026-03-12 15:40",
        "text": """Hi Laurent,

Following your conversations with Mark and the team, I'm delighted to offer you the position of Fraud Analyst at Amstel Card Services!

Please find your offer letter attached. The headlines:
- start date: 1 May 2026 (we're flexible if you need more time for your notice period)
- gross annual salary: EUR 48,000 plus 8% holiday allowance
- 25 days of holiday, hybrid working (3 days in the Amsterdam office)
- relocation support of EUR 3,000

To accept, simply sign the letter and send it back to me by Friday 20 March. If you'd like to talk anything through, give me a call any time.

We're really looking forward to having you on board!

Best,
Sanne Visser
Recruiting Coordinator | Amstel Card Services B.V.
+31 20 555 0142
""",
        "html_from_text": "gmail",
        "attach": [{"filename": "Offer_Letter_Laurent_Okafor-Dubois.pdf",
                     "title": "Amstel Card Services - Offer of Employment",
                     "lines": ["Amsterdam, 12 March 2026", "Dear Laurent Okafor-Dubois,",
                            "Position: Fraud Analyst, Fraud Strategy team",
                            "Start date: 1 May 2026", "Salary: EUR 48,000 gross per year + 8% holiday allowance",
                            "Please sign and return by 20 March 2026."]}],
        "boundary": "gmail",
    },
    {
        "scenario": "verbal_offer_formal_to_follow", "kind": "offer", "lang": "en",
        "company": "Pétrusse Advisory", "contact": "h.schmit@petrusse-advisory.example.lu",
        "frm": ("Hélène Schmit", "h.schmit@petrusse-advisory.example.lu"),
        "subject": "Great news",
        "date": "2026-07-17 18:45", "cte": "qp",
        "text": """Dear Laurent,

It was great speaking with you earlier. As discussed on the phone, Stefan and I would very much like you to join the Financial Crime & Forensics team as an Analyst, starting in September.

Our HR team will send you the formal offer letter and contract in the next few days, with the package we talked about (EUR 52,000 gross, plus the usual benefits). In the meantime, do let me know if you have any questions or if anything is unclear.

Congratulations, and enjoy your weekend!

Hélène

Hélène Schmit | Manager, Financial Crime & Forensics | Pétrusse Advisory S.à r.l.
T +352 26 48 11 20
""",
    },
    # ------------------------------------------------------------------ German
    {
        "scenario": "vertragsangebot_pdf", "kind": "offer", "lang": "de",
        "company": "Wetterau Leasing", "contact": "m.kessler@wetterau-leasing.example.de",
        "frm": ("Kessler, Martina", "m.kessler@wetterau-leasing.example.de"),
        "subject": "Vertragsangebot Referent Fraud Management Leasing",
        "date": "2026-08-06 10:11", "charset": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Okafor-Dubois,

vielen Dank für das angenehme Gespräch am 30. Juli. Wir freuen uns, Ihnen die Position als Referent Fraud Management Leasing (m/w/d) anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
- Beginn: 1. Oktober 2026
- Jahresbruttogehalt: 54.000 EUR, zzgl. variabler Vergütung
- 30 Tage Urlaub, bis zu 2 Tage mobiles Arbeiten pro Woche

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 21. August zurück. Für Fragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Martina Kessler
Personal
Wetterau Leasing AG
Kaiserstraße 120, 61169 Friedberg
Vorstand: Michael Stein, Julia Roth · Amtsgericht Friedberg HRB 4567
""",
        "attach": [{"filename": "Vertragsangebot_Okafor-Dubois.pdf",
                     "title": "Wetterau Leasing AG - Arbeitsvertrag (Angebot)",
                     "lines": ["Zwischen der Wetterau Leasing AG, Friedberg", "und Herrn Laurent Okafor-Dubois",
                            "Paragraph 1 Beginn und Taetigkeit: 1. Oktober 2026, Referent Fraud Management",
                            "Paragraph 3 Verguetung: 54.000 EUR brutto jaehrlich",
                            "Paragraph 6 Urlaub: 30 Arbeitstage",
                            "Unterschrift Arbeitnehmer: ...................."]}],
        "boundary": "outlook",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "scenario": "carta_oferta_pdf", "kind": "offer", "lang": "es",
        "company": "Banco Prado", "contact": "mgil@bancoprado.example.es",
        "frm": ("Marta Gil Ortega", "mgil@bancoprado.example.es"),
        "subject": "Carta oferta - Analista de Fraude en Medios de Pago",
        "date": "2026-06-19 13:05", "cte": "b64",
        "text": """Estimado Sr. Okafor-Dubois:

Tras el proceso de selección, tenemos el placer de ofrecerle el puesto de Analista de Fraude en Medios de Pago en Banco Prado.

Adjuntamos la carta oferta con las condiciones: contrato indefinido, salario bruto anual de 36.000 euros en 14 pagas, incorporación el 1 de septiembre de 2026 en nuestra sede de Paseo del Prado.

La oferta está sujeta a la presentación del certificado de antecedentes penales. Le rogamos que nos devuelva la carta firmada antes del 30 de junio.

Reciba un cordial saludo y nuestra enhorabuena,

Marta Gil Ortega
Selección y Desarrollo
Banco Prado
""",
        "attach": [{"filename": "Carta_oferta_Okafor-Dubois.pdf",
                     "title": "Banco Prado - Carta oferta",
                     "lines": ["Madrid, 19 de junio de 2026", "D. Laurent Okafor-Dubois",
                            "Puesto: Analista de Fraude en Medios de Pago",
                            "Contrato indefinido - 36.000 EUR brutos anuales en 14 pagas",
                            "Incorporacion: 1 de septiembre de 2026",
                            "Firma del candidato: ...................."]}],
        "boundary": "java",
    },
    {
        "scenario": "enhorabuena_tu", "kind": "offer", "lang": "es",
        "company": "Cobrix", "contact": "irene@cobrix.example.es",
        "frm": ("Irene Castaño", "irene@cobrix.example.es"),
        "subject": "¡Enhorabuena, Laurent!",
        "date": "2026-10-09 12:30",
        "text": """¡Hola Laurent!

Después de las entrevistas con Pablo y con el equipo, lo tenemos claro: queremos que te unas a Cobrix como Analista Antifraude.

Te resumo la propuesta: contrato indefinido, 38.000 € brutos anuales, 100% remoto con un par de días al mes en la oficina de Madrid, y empezarías el 2 de noviembre. La semana que viene te mando el contrato para firmar.

¿Nos dices algo antes del viernes? ¡Estamos deseando tenerte en el equipo!

Un abrazo,
Irene Castaño
People Lead · Cobrix
Cobrix Technologies, S.L. · C/ de Serrano 41, 28001 Madrid
""",
        "html": ats_html(P("""¡Hola Laurent!

Después de las entrevistas con Pablo y con el equipo, lo tenemos claro: **queremos que te unas a Cobrix como Analista Antifraude.**

Te resumo la propuesta: contrato indefinido, 38.000 € brutos anuales, 100% remoto con un par de días al mes en la oficina de Madrid, y empezarías el 2 de noviembre. La semana que viene te mando el contrato para firmar.

¿Nos dices algo antes del viernes? ¡Estamos deseando tenerte en el equipo!

Un abrazo,
Irene Castaño
People Lead · Cobrix"""),
            brand="Cobrix", accent="#ff3d6e", logo_host="cdn.cobrix.example.es", lang="es",
            footer="Cobrix Technologies, S.L. · C/ de Serrano 41, 28001 Madrid · CIF B-12345678"),
        "boundary": "gmail",
    },
]

MESSAGES: list[dict] = [*ACKS, *OFFERS]
