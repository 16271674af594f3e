"""Corpus 324: acknowledgements of applications (21) and offers (10), written by hand."""

from __future__ import annotations

from msgs324_common import DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR

MESSAGES = [
    # --- application received, French ----------------------------------------------------
    {
        "id": "cso_ack", "kind": "application_received", "lang": "fr",
        "company": "Caisse Solidaire de l'Ouest", "contact": "",
        "date": "2026-01-14T21:03:00+01:00",
        "frm": ("Caisse Solidaire de l'Ouest", "cso@myworkday.com"),
        "subject": "Confirmation de candidature : Analyste LCB-FT (R-004127)",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Nous vous confirmons la bonne réception de votre candidature pour le poste "
            "Analyste LCB-FT (R-004127) – Nantes.\n\n"
            "Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre "
            "espace candidat.\n\n"
            "Merci de votre intérêt pour la Caisse Solidaire de l'Ouest.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre."
        ),
        "html": True, "brand": "Caisse Solidaire de l'Ouest", "colour": "#c8102e",
    },
    {
        "id": "ponant_ack", "kind": "application_received", "lang": "fr",
        "company": "Assurances du Ponant", "contact": "nolwenn.salaun@assurances-ponant.example.fr",
        "date": "2026-01-26T09:14:00+01:00",
        "frm": ("Nolwenn Salaün", "nolwenn.salaun@assurances-ponant.example.fr"),
        "name_enc": ("b", "iso-8859-1"),
        "subject": "Accusé de réception – candidature Gestionnaire conformité",
        "text": (
            "Madame,\n\n"
            "Nous accusons réception de votre candidature au poste de gestionnaire conformité "
            "et vous en remercions. Elle a été transmise au responsable du service, qui "
            "l'étudiera dans les meilleurs délais.\n\n"
            "Cordialement,\nNolwenn Salaün\nAssistante RH, Assurances du Ponant"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "mbi_ack", "kind": "application_received", "lang": "fr",
        "company": "Mutuelle Bancaire d'Ille", "contact": "",
        "date": "2026-03-16T12:26:00+01:00",
        "frm": ("Mutuelle Bancaire d'Ille", "mbi@recruitee.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "html": (
            "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">"
            "<h2 style=\"color:#0a6a4a\">Merci Maëlle !</h2>"
            "<p>Votre candidature au poste d'<strong>Assistant(e) conformité financière</strong> "
            "à Rennes nous est bien parvenue.</p>"
            "<p>Notre équipe l'étudie et reviendra vers vous sous trois semaines environ.</p>"
            "<p>Mutuelle Bancaire d'Ille</p>"
            "<p style=\"font-size:10px;color:#999\">Recruitee – ne pas répondre à ce message</p>"
            "</body></html>\n"
        ),
        "text": None,
    },
    {
        "id": "kerpay_ack", "kind": "application_received", "lang": "fr",
        "company": "Kerpay", "contact": "",
        "date": "2026-03-19T23:48:00+01:00",
        "frm": ("Kerpay", "noreply@workablemail.com"),
        "subject": "Merci pour votre candidature chez Kerpay",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Merci d'avoir postulé au poste d'Analyste KYC/LCB-FT chez Kerpay ! Nous avons "
            "bien reçu votre candidature.\n\n"
            "Nous recevons beaucoup de candidatures et ne pouvons malheureusement pas répondre "
            "individuellement à chacune. Si votre profil correspond, un membre de l'équipe "
            "vous contactera.\n\n"
            "À bientôt,\nL'équipe Kerpay"
        ),
        "cte": "base64",
    },
    {
        "id": "asbf_ack", "kind": "application_received", "lang": "fr",
        "company": "Autorité de Surveillance Bancaire et Financière", "contact": "",
        "date": "2026-04-03T07:30:00+02:00",
        "frm": ("ASBF Recrutement", "asbf-noreply@taleo.net"),
        "subject": "ASBF - Accusé de réception de votre candidature ASBF-2026-07",
        "text": (
            "Madame Quéméneur,\n\n"
            "Nous accusons réception de votre candidature pour la fonction d'analyste en "
            "intégrité financière (réf. ASBF-2026-07).\n\n"
            "Votre dossier sera examiné par le jury de sélection après la clôture des "
            "candidatures, le 17 avril 2026. Vous serez informée par courriel de la suite "
            "réservée à votre candidature.\n\n"
            "Autorité de Surveillance Bancaire et Financière\nService Sélection et Mobilité\n\n"
            "Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre."
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "lka_ack", "kind": "application_received", "lang": "fr",
        "company": "Lebrun Kessler Audit", "contact": "",
        "date": "2026-04-07T14:02:00+02:00",
        "frm": ("Lebrun Kessler Audit", "no-reply@smartrecruiters.com"),
        "subject": "Merci d'avoir postulé chez Lebrun Kessler Audit",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Merci pour votre candidature au poste Auditeur junior LCB-FT (H/F) – Paris. Elle "
            "est bien enregistrée et sera examinée par notre équipe recrutement.\n\n"
            "L'équipe Recrutement Lebrun Kessler Audit"
        ),
        "html": True, "brand": "Lebrun Kessler Audit", "colour": "#6b1d2a",
        "footer": "Powered by SmartRecruiters",
    },
    {
        "id": "fla_ack", "kind": "application_received", "lang": "fr",
        "company": "Fiduciaire Lux-Atlantique", "contact": "",
        "date": "2026-04-20T10:10:00+02:00",
        "frm": ("Fiduciaire Lux-Atlantique – Recrutement", "lux-atlantique@successfactors.eu"),
        "subject": "Votre candidature a bien été enregistrée",
        "text": (
            "Madame Quéméneur,\n\n"
            "Nous vous remercions pour votre candidature au poste de Chargé(e) KYC "
            "Investisseurs (réf. 2026-LUX-0188).\n\n"
            "Elle a été enregistrée sous le numéro 55102. Les candidats retenus pour un "
            "entretien seront contactés par notre service RH.\n\n"
            "Fiduciaire Lux-Atlantique – Ressources humaines"
        ),
        "subj_enc": ("q", "utf-8"),
    },
    {
        "id": "bci_ack", "kind": "application_received", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "",
        "date": "2026-06-08T20:41:00+02:00",
        "frm": ("Banque Coopérative de l'Iroise", "no-reply@teamtailor-mail.com"),
        "subject": "Candidature reçue – Analyste LCB-FT",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Nous avons bien reçu votre candidature au poste d'Analyste LCB-FT (réf. "
            "BCI-2026-114) et nous vous en remercions.\n\n"
            "Notre équipe recrutement l'étudiera avec attention et reviendra vers vous dans "
            "les prochaines semaines.\n\n"
            "L'équipe Talents de la Banque Coopérative de l'Iroise"
        ),
        "html": True, "brand": "Banque Coopérative de l'Iroise", "colour": "#005a8c",
        "footer": "Propulsé par Teamtailor · Gérer mes données",
    },
    {
        "id": "bml_ack", "kind": "application_received", "lang": "fr",
        "company": "Banque Mutuelle de Loire", "contact": "armelle.jouan@bm-loire.example.fr",
        "date": "2026-06-15T08:58:00+02:00",
        "frm": ("Armelle Jouan", "armelle.jouan@bm-loire.example.fr"),
        "subject": "Votre candidature – analyste sécurité financière",
        "text": (
            "Bonjour,\n\n"
            "Votre candidature nous est bien parvenue, merci.\n\n"
            "Compte tenu du nombre important de dossiers reçus, nous ne sommes pas en mesure "
            "de répondre individuellement à chaque candidat. Nous reviendrons vers vous si "
            "votre profil est retenu pour un entretien.\n\n"
            "Armelle Jouan\nRH – Banque Mutuelle de Loire"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "vauban_ack", "kind": "application_received", "lang": "fr",
        "company": "Vauban Audit", "contact": "",
        "date": "2026-07-20T11:11:00+02:00",
        "frm": ("Vauban Audit via BambooHR", "notifications@bamboohr.com"),
        "subject": "Merci pour votre candidature",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Merci pour votre intérêt pour le poste de Consultant(e) junior conformité chez "
            "Vauban Audit. Nous avons bien reçu votre candidature et votre CV.\n\n"
            "Cabinet Vauban Audit – Rennes"
        ),
    },
    # --- application received, English / German / Spanish -------------------------------
    {
        "id": "paylumen_ack", "kind": "application_received", "lang": "en",
        "company": "Paylumen", "contact": "",
        "date": "2026-01-20T17:30:00+00:00",
        "frm": ("Paylumen", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Paylumen",
        "text": (
            "Hi Maëlle,\n\n"
            "Thanks for your interest in Paylumen! We've received your application for AML "
            "Analyst (Paris) and our team will review it shortly.\n\n"
            "If your background is a match, someone from our Talent team will reach out to "
            "set up next steps.\n\nCheers,\nThe Paylumen Talent Team"
        ),
        "html": True, "brand": "paylumen", "colour": "#4b2bd1",
    },
    {
        "id": "kfa_ack", "kind": "application_received", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "",
        "date": "2026-02-16T11:02:00+00:00",
        "frm": ("Kirchberg Fund Administration", "kirchbergfa@myworkday.com"),
        "subject": "Application received: KYC/AML Analyst - Investor Services (JR-10294)",
        "text": (
            "Dear Maëlle,\n\n"
            "Thank you for applying for the KYC/AML Analyst - Investor Services position "
            "(JR-10294). Your application has been successfully submitted.\n\n"
            "You can review the status of your application at any time in the Candidate Home "
            "section of our careers site.\n\n"
            "Kirchberg Fund Administration - Talent Acquisition"
        ),
        "cte": "quoted-printable",
    },
    {
        "id": "ledgerwise_ack", "kind": "application_received", "lang": "en",
        "company": "Ledgerwise", "contact": "",
        "date": "2026-05-05T13:14:00-07:00",
        "frm": ("Ledgerwise Hiring", "no-reply@ashbyhq.com"),
        "subject": "Thanks for applying to Ledgerwise!",
        "text": (
            "Hi Maëlle,\n\n"
            "We've received your application for Compliance Operations Associate "
            "(Brussels). We read every application and will get back to you within two "
            "weeks.\n\nLedgerwise People Team"
        ),
    },
    {
        "id": "tgb_ack", "kind": "application_received", "lang": "de",
        "company": "Taunus Genossenschaftsbank", "contact": "",
        "date": "2026-03-09T07:45:00+01:00",
        "frm": ("Taunus Genossenschaftsbank", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "vielen Dank für Ihre Bewerbung als Spezialist Geldwäscheprävention (m/w/d) und das "
            "damit verbundene Interesse an der Taunus Genossenschaftsbank.\n\n"
            "Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung "
            "sorgfältig und melden uns so schnell wie möglich bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\nIhr Personalteam der Taunus Genossenschaftsbank eG"
        ),
        "html": True, "brand": "Taunus Genossenschaftsbank", "colour": "#004b87",
    },
    {
        "id": "nordlicht_ack", "kind": "application_received", "lang": "de",
        "company": "Nordlicht Versicherung", "contact": "",
        "date": "2026-04-08T16:36:00+02:00",
        "frm": ("Nordlicht Versicherung Karriere", "nordlicht@successfactors.eu"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "Ihre Bewerbung für die Position AML-Analyst (w/m/d) ist bei uns eingegangen. "
            "Wir werden Ihre Unterlagen prüfen und uns zeitnah bei Ihnen melden.\n\n"
            "Freundliche Grüße\nHR Recruiting\nNordlicht Versicherung\n\n"
            "Dies ist eine automatisch generierte E-Mail."
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "hv_ack", "kind": "application_received", "lang": "de",
        "company": "Hartmann & Voss", "contact": "",
        "date": "2026-05-11T09:09:00+02:00",
        "frm": ("Hartmann & Voss Wirtschaftsprüfung", "noreply@softgarden.io"),
        "subject": "Danke für Ihre Bewerbung bei Hartmann & Voss!",
        "text": (
            "Liebe Frau Quéméneur,\n\n"
            "vielen Dank für Ihre Bewerbung als Prüfungsassistent (m/w/d) "
            "Geldwäsche-Compliance. Wir haben Ihre Unterlagen erhalten und schauen sie uns in "
            "Ruhe an.\n\n"
            "Ihr Recruiting-Team von Hartmann & Voss"
        ),
    },
    {
        "id": "bfi_ack", "kind": "application_received", "lang": "de",
        "company": "Bundesstelle für Finanzintegrität", "contact": "",
        "date": "2026-05-26T10:00:00+02:00",
        "frm": ("Bundesstelle für Finanzintegrität", "bewerbung-noreply@bfi.example.de"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Eingangsbestätigung zur Kennziffer BFI-26-031",
        "subj_enc": ("q", "iso-8859-1"),
        "text": (
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung auf die Stellenausschreibung mit der "
            "Kennziffer BFI-26-031 (Referentin/Referent Geldwäscheaufsicht).\n\n"
            "Aufgrund der Vielzahl der Bewerbungen bitten wir von Sachstandsanfragen "
            "abzusehen. Sie erhalten nach Abschluss der Vorauswahl eine Nachricht.\n\n"
            "Bundesstelle für Finanzintegrität\nReferat Z 2"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "cob_ack", "kind": "application_received", "lang": "es",
        "company": "Cobrafácil", "contact": "",
        "date": "2026-04-06T13:13:00+02:00",
        "frm": ("Cobrafácil", "no-reply@hire.lever.co"),
        "name_enc": ("q", "utf-8"),
        "subject": "¡Gracias por tu candidatura, Maëlle!",
        "subj_enc": ("b", "utf-8"),
        "text": (
            "Hola Maëlle,\n\n"
            "Hemos recibido tu candidatura para Analista de Prevención de Blanqueo de "
            "Capitales (Madrid). Nuestro equipo la revisará en los próximos días.\n\n"
            "Gracias por pensar en Cobrafácil.\n"
        ),
    },
    {
        "id": "cst_ack", "kind": "application_received", "lang": "es",
        "company": "Caja Solidaria del Tajo", "contact": "",
        "date": "2026-05-18T08:35:00+02:00",
        "frm": ("Caja Solidaria del Tajo", "noreply@smartrecruiters.com"),
        "subject": "Hemos recibido tu candidatura - Técnico/a de Prevención de Blanqueo",
        "subj_enc": ("q", "iso-8859-1"),
        "text": (
            "Hola Maëlle:\n\n"
            "Gracias por tu interés en la Caja Solidaria del Tajo. Confirmamos la recepción de "
            "tu candidatura para el puesto de Técnico/a de Prevención de Blanqueo de "
            "Capitales.\n\n"
            "Debido al elevado volumen de candidaturas, no podemos responder de forma "
            "individual a cada persona. Si tu perfil encaja, nos pondremos en contacto "
            "contigo.\n\nEquipo de Selección"
        ),
        "html": True, "brand": "Caja Solidaria del Tajo", "colour": "#00704a",
    },
    {
        "id": "almudena_ack", "kind": "application_received", "lang": "es",
        "company": "Seguros Almudena", "contact": "",
        "date": "2026-06-22T17:17:00+02:00",
        "frm": ("Seguros Almudena", "noreply@workablemail.com"),
        "subject": "Seguros Almudena: candidatura recibida",
        "text": (
            "Hola Maëlle,\n\n"
            "Gracias por presentar tu candidatura al puesto de Técnico de Cumplimiento "
            "Normativo. La hemos recibido correctamente.\n\n"
            "Saludos,\nSeguros Almudena"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "castellana_ack", "kind": "application_received", "lang": "es",
        "company": "Castellana Auditores", "contact": "",
        "date": "2026-08-03T09:40:00+02:00",
        "frm": ("Castellana Auditores", "castellana@recruitee.com"),
        "subject": "Gracias por tu candidatura",
        "html": (
            "<html><body>"
            "<p>Hola Maëlle,</p>"
            "<p>Hemos recibido tu solicitud para <b>Auditor/a Junior de PBC/FT</b>. "
            "La revisaremos y te contaremos algo pronto.</p>"
            "<p>Equipo de Personas<br>Castellana Auditores</p>"
            "</body></html>\n"
        ),
        "text": None, "cte": "base64",
    },
    # --- offers --------------------------------------------------------------------------
    {
        "id": "oceane_offer", "kind": "offer", "lang": "fr",
        "company": "Crédit Finistérien", "contact": "morgane.le-roux@interim-oceane.example.fr",
        "date": "2026-01-19T12:15:00+01:00",
        "frm": ("Morgane Le Roux", "morgane.le-roux@interim-oceane.example.fr"),
        "subject": "Votre contrat de mission – Crédit Finistérien",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Excellente nouvelle : le Crédit Finistérien a retenu votre candidature pour la "
            "mission d'assistante conformité. Vous démarrez le lundi 2 février pour trois mois "
            "(renouvelable), 35 h par semaine, taux horaire de 15,80 € brut plus indemnité de "
            "fin de mission.\n\n"
            "Vous trouverez en pièce jointe votre contrat de mission à signer et à me retourner "
            "avant vendredi.\n\n"
            "Bravo !\nMorgane Le Roux\nIntérim Océane – Agence de Brest"
        ),
        "pdfs": [("Contrat_mission_CF_2026-0207.pdf",
               ["INTERIM OCEANE - Contrat de mission n. 2026-0207",
                "Entreprise utilisatrice : Crédit Finistérien, Brest",
                "Salariée : Maëlle Quéméneur",
                "Poste : assistante conformité - du 02/02/2026 au 30/04/2026",
                "Taux horaire : 15,80 EUR brut"])],
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "freelanzo_offer", "kind": "offer", "lang": "fr",
        "company": "Hexagone Paiements", "contact": "",
        "date": "2026-04-02T10:30:00+02:00",
        "frm": ("Freelanzo", "notifications@freelanzo.example.com"),
        "subject": "Hexagone Paiements vous propose la mission « Revue de dossiers KYC »",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Hexagone Paiements vous a envoyé une proposition de mission :\n\n"
            "Mission : Revue de dossiers KYC – 40 jours\n"
            "Démarrage : 4 mai 2026, à distance\n"
            "Tarif journalier : 280 € HT\n\n"
            "Acceptez la proposition pour générer le contrat de prestation à signer en ligne : "
            "https://www.freelanzo.example.com/proposals/hx-2291\n\n"
            "L'équipe Freelanzo"
        ),
        "html": True, "brand": "Freelanzo", "colour": "#ff5a3c",
    },
    {
        "id": "kfa_offer1", "kind": "offer", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-04-28T17:55:00+02:00",
        "frm": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "Offer - KYC/AML Analyst",
        "text": (
            "Dear Maëlle,\n\n"
            "Following our conversation this afternoon, I am delighted to confirm that we "
            "would like to offer you the position of KYC/AML Analyst - Investor Services.\n\n"
            "The main terms, as discussed: permanent contract, start date 1 July 2026, gross "
            "annual salary of EUR 52,000 paid in 13 instalments, meal vouchers and a "
            "relocation allowance of EUR 3,000.\n\n"
            "The formal offer letter will follow from HR in the coming days. Congratulations!\n\n"
            "Kind regards,\nOliver Brandt\nTalent Acquisition Partner\n"
            "Kirchberg Fund Administration S.A.\n\n" + DISCLAIMER_EN
        ),
    },
    {
        "id": "kfa_offer2", "kind": "offer", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-05-05T09:20:00+02:00",
        "frm": ("HR Kirchberg Fund Administration", "hr-noreply@kirchberg-fa.example.lu"),
        "reply_to": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "Your offer letter - Kirchberg Fund Administration",
        "text": (
            "Dear Ms Quéméneur,\n\n"
            "Please find attached your offer letter for the position of KYC/AML Analyst - "
            "Investor Services. We kindly ask you to return a signed copy by 15 May 2026.\n\n"
            "For any questions, please reply to this e-mail and Oliver Brandt will assist "
            "you.\n\nHuman Resources\nKirchberg Fund Administration S.A."
        ),
        "pdfs": [("KFA_Offer_Letter_Quemeneur.pdf",
               ["Kirchberg Fund Administration - Offer of Employment",
                "Candidate: Maelle Quemeneur",
                "Position: KYC/AML Analyst - Investor Services",
                "Start date: 1 July 2026", "Gross annual salary: EUR 52,000"])],
        "cte": "base64",
    },
    {
        "id": "kfa_contract_de", "kind": "offer", "lang": "de",
        "company": "Kirchberg Fund Administration", "contact": "claudine.weis@kirchberg-fa.example.lu",
        "date": "2026-05-12T14:05:00+02:00",
        "frm": ("Claudine Weis", "claudine.weis@kirchberg-fa.example.lu"),
        "subject": "Ihr Arbeitsvertrag zur Unterschrift",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "vielen Dank für Ihre Rückmeldung zum Angebotsschreiben. Anbei erhalten Sie Ihren "
            "Arbeitsvertrag (unbefristet, Beginn 1. Juli 2026) in zweifacher Ausfertigung.\n\n"
            "Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 22. Mai zurück. Da "
            "der Vertrag dem luxemburgischen Recht unterliegt, liegt außerdem eine "
            "französische Fassung bei.\n\n"
            "Mit freundlichen Grüßen\nClaudine Weis\nHR Administration\n"
            "Kirchberg Fund Administration S.A.\n2, avenue John F. Kennedy, L-1855 Luxembourg"
        ),
        "pdfs": [("Arbeitsvertrag_Quéméneur.pdf",
               ["Arbeitsvertrag - Kirchberg Fund Administration",
                "Arbeitnehmerin: Maëlle Quéméneur", "Beginn: 1. Juli 2026",
                "Position: KYC/AML Analyst - Investor Services"]),
              ("Contrat_de_travail_FR.pdf",
               ["Contrat de travail à durée indéterminée",
                "Kirchberg Fund Administration", "Salariée : Maëlle Quéméneur"])],
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "cst_offer1", "kind": "offer", "lang": "es",
        "company": "Caja Solidaria del Tajo", "contact": "marta.ibanez@cajatajo.example.es",
        "date": "2026-06-30T18:10:00+02:00",
        "frm": ("Marta Ibáñez", "marta.ibanez@cajatajo.example.es"),
        "subject": "Propuesta de incorporación",
        "text": (
            "Estimada Maëlle:\n\n"
            "Tal como le he adelantado por teléfono, nos complace ofrecerle el puesto de "
            "Técnico/a de Prevención de Blanqueo de Capitales en nuestra sede de Madrid.\n\n"
            "Condiciones: contrato indefinido, salario bruto anual de 34.000 €, jornada "
            "intensiva en verano e incorporación el 1 de septiembre de 2026.\n\n"
            "En los próximos días recibirá la carta de oferta formal del departamento de "
            "Personas.\n\nUn cordial saludo,\nMarta Ibáñez\nResponsable de Selección"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "cst_offer2", "kind": "offer", "lang": "es",
        "company": "Caja Solidaria del Tajo", "contact": "javier.sanz@cajatajo.example.es",
        "date": "2026-07-03T11:45:00+02:00",
        "frm": ("Javier Sanz", "javier.sanz@cajatajo.example.es"),
        "subject": "Carta de oferta - Caja Solidaria del Tajo",
        "quote": "cst_offer1",
        "text": (
            "Buenos días, Maëlle:\n\n"
            "Le adjunto la carta de oferta firmada por nuestra directora de Personas. Le "
            "agradeceríamos su respuesta antes del 20 de julio.\n\n"
            "Saludos cordiales,\nJavier Sanz\nDepartamento de Personas\n"
            "Caja Solidaria del Tajo, S. Coop. de Crédito\nCalle de Alcalá 87, 28009 Madrid\n\n"
            + DISCLAIMER_ES
        ),
        "pdfs": [("Carta_oferta_Quemeneur.pdf",
               ["Caja Solidaria del Tajo - Carta de oferta",
                "Candidata: Maëlle Quéméneur",
                "Puesto: Técnico/a de Prevención de Blanqueo de Capitales",
                "Salario bruto anual: 34.000 EUR", "Incorporación: 1/09/2026"])],
    },
    {
        "id": "bci_offer_verbal", "kind": "offer", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "soizic.legall@bci-iroise.example.fr",
        "date": "2026-09-01T16:32:00+02:00",
        "frm": ("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr"),
        "subject": "Proposition d'embauche – Analyste LCB-FT",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Suite à notre échange téléphonique de ce jour, j'ai le plaisir de vous confirmer "
            "par écrit notre proposition : nous souhaitons vous accueillir au poste d'Analyste "
            "LCB-FT au sein de la Direction de la Conformité, en CDI, à compter du 2 novembre "
            "2026, pour une rémunération annuelle brute de 36 500 € sur 13 mois.\n\n"
            "La promesse d'embauche vous parviendra d'ici la fin de semaine. Toute l'équipe se "
            "réjouit de votre arrivée !\n\n"
            "Soizic Le Gall\nChargée de recrutement\nBanque Coopérative de l'Iroise"
        ),
        "html": True, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "bci_offer_letter", "kind": "offer", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "soizic.legall@bci-iroise.example.fr",
        "date": "2026-09-04T11:20:00+02:00",
        "frm": ("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr"),
        "subject": "Promesse d'embauche – Mme Quéméneur",
        "subj_enc": ("q", "windows-1252"),
        "quote": "bci_offer_verbal",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Comme promis, veuillez trouver ci-joint votre promesse d'embauche. Merci de nous "
            "la retourner datée et signée avant le 18 septembre, précédée de la mention « bon "
            "pour accord ».\n\n"
            "Bien à vous,\nSoizic Le Gall\n\n" + DISCLAIMER_FR
        ),
        "pdfs": [("Promesse_d'embauche_Quéméneur.pdf",
               ["Banque Coopérative de l'Iroise - Promesse d'embauche",
                "Mme Maëlle Quéméneur - Analyste LCB-FT - CDI",
                "Date d'entrée : 2 novembre 2026",
                "Rémunération annuelle brute : 36 500 EUR sur 13 mois"])],
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "id": "bci_contract", "kind": "offer", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "gaelle.morvan@bci-iroise.example.fr",
        "date": "2026-10-01T09:02:00+02:00",
        "frm": ("Gaëlle Morvan", "gaelle.morvan@bci-iroise.example.fr"),
        "name_enc": ("b", "utf-8"),
        "subject": "Votre contrat de travail à signer",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Je suis en charge de l'administration du personnel à la BCI. Vous trouverez "
            "ci-joint votre contrat de travail à durée indéterminée en qualité d'Analyste "
            "LCB-FT, ainsi que la liste des pièces à fournir pour votre dossier d'embauche "
            "(RIB, carte Vitale, justificatif de domicile).\n\n"
            "Merci de nous renvoyer le contrat signé en deux exemplaires.\n\n"
            "Cordialement,\nGaëlle Morvan\nGestionnaire administration du personnel\n"
            "Banque Coopérative de l'Iroise – 1 rue Amiral Linois, 29200 Brest"
        ),
        "pdfs": [("Contrat_CDI_Quemeneur.pdf",
               ["Contrat de travail à durée indéterminée",
                "Banque Coopérative de l'Iroise", "Mme Maëlle Quéméneur - Analyste LCB-FT",
                "Entrée en fonction : 2 novembre 2026"]),
              ("Pieces_a_fournir.pdf",
               ["Dossier d'embauche - pièces à fournir", "RIB", "Carte Vitale",
                "Justificatif de domicile"])],
    },
]
