"""Corpus 166: application received (21) and offers (10), hand-written."""

from msgs166_common import SIG_DE, SIG_ES, ats_card, paras, reply, word_html

RECEIVED = [
    # ------------------------------------------------------------------ German (10)
    {
        "key": "aarebau-ack",
        "kind": "application_received", "scenario": "aarebau_personio_ack", "lang": "de",
        "company": "Aarebau", "contact": "",
        "from": ("Aarebau Recruiting", "noreply@personio.de"),
        "subject": "Vielen Dank für Ihre Bewerbung bei der Aarebau AG",
        "date": "2026-02-09 21:14",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Wir haben Ihre Bewerbung für die Position Projektkoordinator/in Hochbau "
                "erhalten und bedanken uns für Ihr Interesse an der Aarebau AG.\n\n"
                "Unser Team prüft Ihre Unterlagen sorgfältig. Sie hören innerhalb von zwei "
                "Wochen von uns.\n\n"
                "Freundliche Grüsse\nIhr Aarebau Recruiting-Team\n\n"
                "Diese E-Mail wurde automatisch über Personio versendet.\n",
        "html": ats_card(
            "Aarebau – Karriere", "#c0392b",
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Wir haben Ihre Bewerbung für die Position Projektkoordinator/in Hochbau "
            "erhalten und bedanken uns für Ihr Interesse an der Aarebau AG.\n\n"
            "Unser Team prüft Ihre Unterlagen sorgfältig. Sie hören innerhalb von zwei "
            "Wochen von uns.\n\nFreundliche Grüsse\nIhr Aarebau Recruiting-Team",
            "Diese E-Mail wurde automatisch über Personio versendet.", lang="de"),
    },
    {
        "key": "kantonbern-ack",
        "kind": "application_received", "scenario": "kanton_bern_no_individual_reply", "lang": "de",
        "company": "Amt für Hochbau Kanton Bern", "contact": "",
        "from": ("Stellenportal Kanton Bern", "noreply@stellen-be.example.ch"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung AHB-2026-31",
        "date": "2026-07-06 02:11",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Ihre Bewerbung für die Stelle «Projektkoordinator/in Bauprojekte» beim Amt für "
                "Hochbau ist bei uns eingetroffen.\n\n"
                "Die Bewerbungsfrist läuft bis am 24. Juli 2026. Anschliessend werden alle "
                "Dossiers geprüft. Leider ist es uns aufgrund der grossen Zahl an Bewerbungen "
                "nicht möglich, jede Person vorgängig individuell zu informieren; wir bitten "
                "Sie deshalb, von Rückfragen zum Stand des Verfahrens abzusehen.\n\n"
                "Freundliche Grüsse\nPersonaldienst der Bau- und Verkehrsdirektion\n\n"
                "Dies ist eine automatisch generierte Nachricht.\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "tempobau-ack",
        "kind": "application_received", "scenario": "tempobau_registration", "lang": "de",
        "company": "Tempobau Personal", "contact": "marco.zbinden@tempobau.example.ch",
        "from": ("Tempobau Personal", "bern@tempobau.example.ch"),
        "reply_to": ("Marco Zbinden", "marco.zbinden@tempobau.example.ch"),
        "subject": "Willkommen bei Tempobau – Ihre Registrierung",
        "date": "2026-01-20 15:40",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Schön, dass Sie sich bei uns registriert haben. Ihr Dossier ist nun in unserer "
                "Kandidatendatenbank erfasst, und Ihr persönlicher Berater Marco Zbinden wird "
                "Sie in den nächsten Tagen für ein Kennenlerngespräch kontaktieren.\n\n"
                "Ihre Angaben im Überblick:\n"
                "- Wunschfunktion: Projektkoordination / Arbeitsvorbereitung Holzbau\n"
                "- Regionen: Bern, Basel, Zürich, Süddeutschland\n"
                "- Pensum: 80–100 %\n\n"
                "Freundliche Grüsse\nTempobau Personal AG\nBubenbergplatz 8, 3011 Bern\n",
        "html": word_html(
            "Guten Tag Herr Achterberg-Sané\n\n"
            "Schön, dass Sie sich bei uns registriert haben. Ihr Dossier ist nun in unserer "
            "Kandidatendatenbank erfasst, und Ihr persönlicher Berater Marco Zbinden wird "
            "Sie in den nächsten Tagen für ein Kennenlerngespräch kontaktieren.\n\n"
            "Ihre Angaben im Überblick:\n"
            "- Wunschfunktion: Projektkoordination / Arbeitsvorbereitung Holzbau\n"
            "- Regionen: Bern, Basel, Zürich, Süddeutschland\n"
            "- Pensum: 80–100 %\n\n"
            "Freundliche Grüsse\nTempobau Personal AG\nBubenbergplatz 8, 3011 Bern", "de"),
        "cte": "quoted-printable",
    },
    {
        "key": "wysstanner-ack",
        "kind": "application_received", "scenario": "wysstanner_human_ack_quotes_app", "lang": "de",
        "company": "Wyss Tanner Ingenieure", "contact": "monika.egli@wysstanner.example.ch",
        "from": ("Monika Egli", "monika.egli@wysstanner.example.ch"),
        "subject": "AW: Bewerbung Projektassistent Tragwerksplanung",
        "date": "2026-04-14 08:40",
        "parent": "wysstanner-app",
        "text": reply(
            "Grüezi Herr Achterberg-Sané\n\n"
            "Ihre Unterlagen sind bei uns eingegangen, besten Dank. Ich habe sie an Herrn "
            "Tanner weitergeleitet; er wird sich in den nächsten Tagen bei Ihnen melden.\n\n"
            "Freundliche Grüsse\nMonika Egli\nSekretariat\nWyss Tanner Ingenieure AG",
            "de", "13.04.2026 um 19:55", "Florian Achterberg-Sané <florian.as@example.ch>",
            "Sehr geehrter Herr Tanner\n\nMit grossem Interesse habe ich Ihr Inserat für einen "
            "Projektassistenten in der Tragwerksplanung gelesen. Als Zimmermann mit acht Jahren "
            "Erfahrung im Ingenieurholzbau möchte ich mich in die Projektkoordination "
            "weiterentwickeln und freue mich auf ein Gespräch.\n\n" + SIG_DE),
    },
    {
        "key": "helvetra-ack",
        "kind": "application_received", "scenario": "helvetra_successfactors_ack", "lang": "de",
        "company": "Helvetra Bau", "contact": "",
        "from": ("Helvetra Bau Karriere", "helvetra@successfactors.eu"),
        "subject": "Bewerbungseingang: Projektkoordinator Hochbau (Req. 4471)",
        "date": "2026-02-26 07:02", "tz": "+0000",
        "html": ats_card(
            "Helvetra Bau | Karriere", "#1d3c6e",
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Besten Dank für Ihre Online-Bewerbung als Projektkoordinator Hochbau "
            "(Req. 4471). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
            "Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto "
            "einsehen.\n\nFreundliche Grüsse\nTalent Acquisition, Helvetra Bau",
            "Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht "
            "gelesen.", lang="de"),
        "cte": "base64",
    },
    {
        "key": "nordwest-ack",
        "kind": "application_received", "scenario": "nordwestbau_workday_ack", "lang": "de",
        "company": "Nordwestbau", "contact": "",
        "from": ("Nordwestbau", "nordwestbau@myworkday.com"),
        "subject": "Danke für Ihre Bewerbung – Bauprojektkoordinator/in (JR-20931)",
        "date": "2026-09-14 18:26", "tz": "+0000",
        "text": "Guten Tag Florian Achterberg-Sané\n\n"
                "Danke für Ihre Bewerbung für die Stelle Bauprojektkoordinator/in (JR-20931). "
                "Ihre Unterlagen sind vollständig bei uns angekommen.\n\n"
                "Was passiert jetzt? Unser Recruiting-Team sichtet alle Bewerbungen und meldet "
                "sich bei Ihnen, sobald es Neuigkeiten gibt.\n\n"
                "Ihr Nordwestbau Recruiting-Team\n\n"
                "Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.\n",
        "cte": "quoted-printable",
    },
    {
        "key": "donauplan-ack",
        "kind": "application_received", "scenario": "donauplan_taleo_ack", "lang": "de",
        "company": "Donauplan Baumanagement", "contact": "",
        "from": ("Donauplan Karriere", "noreply@taleo.net"),
        "subject": "Donauplan: Bestätigung Ihrer Bewerbung (Anforderung 2600087)",
        "date": "2026-02-24 05:51", "tz": "+0000",
        "html": "<html><body><table width=\"100%\" style=\"font-family:Verdana;font-size:12px\">"
                "<tr><td>" + paras(
                    "Sehr geehrter Herr Achterberg-Sané,\n\n"
                    "vielen Dank für Ihre Bewerbung auf die Position Projektkoordinator/in "
                    "Wohnbau (Anforderung 2600087).\n\n"
                    "Wir bestätigen hiermit den Eingang Ihrer Unterlagen. Sobald wir Ihre "
                    "Bewerbung geprüft haben, erhalten Sie eine Nachricht von uns.\n\n"
                    "Mit freundlichen Grüßen\nPersonalabteilung\n"
                    "Donauplan Baumanagement GmbH, 1020 Wien\n\n"
                    "Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht.")
                + "</td></tr></table></body></html>\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "neckarbau-ack",
        "kind": "application_received", "scenario": "neckarbau_smartrecruiters_ack", "lang": "de",
        "company": "Neckarbau Projektsteuerung", "contact": "",
        "from": ("Neckarbau Projektsteuerung", "noreply@smartrecruiters.com"),
        "subject": "Deine Bewerbung ist bei uns angekommen!",
        "date": "2026-05-13 12:19", "tz": "+0000",
        "text": "Hallo Florian,\n\n"
                "danke, dass du dich für die Stelle Projektassistenz Bauherrenvertretung (m/w/d) "
                "bei Neckarbau beworben hast. Wir schauen uns deine Unterlagen in Ruhe an und "
                "melden uns innerhalb der nächsten drei Wochen.\n\n"
                "Viele Grüße\nDein Recruiting-Team von Neckarbau\n\nPowered by SmartRecruiters\n",
    },
    {
        "key": "bauprofis-ack",
        "kind": "application_received", "scenario": "bauprofis_headhunter_database", "lang": "de",
        "company": "Bauprofis Personalberatung", "contact": "s.haemmerle@bauprofis.example.de",
        "from": ("Sven Hämmerle", "s.haemmerle@bauprofis.example.de", "utf-8", "b"),
        "subject": "Ihre Unterlagen bei Bauprofis",
        "date": "2026-03-30 09:47",
        "text": "Sehr geehrter Herr Achterberg-Sané,\n\n"
                "herzlichen Dank für die Zusendung Ihres Lebenslaufs. Ich habe Ihr Profil in "
                "unserer Bewerberdatenbank hinterlegt und für Projekte im Raum Stuttgart, "
                "Heilbronn und Reutlingen vorgemerkt.\n\n"
                "Sobald ein Mandat zu Ihrem Profil passt, rufe ich Sie an. Ohne Ihre Zustimmung "
                "geben wir Ihre Unterlagen nicht an Unternehmen weiter.\n\n"
                "Mit freundlichen Grüßen\nSven Hämmerle\nSenior Consultant Bau & Immobilien\n"
                "Bauprofis Personalberatung GmbH · Königstraße 22 · 70173 Stuttgart\n"
                "Tel. 0711 9380 4412\n\n"
                "Geschäftsführer: Jörg Bauer · Amtsgericht Stuttgart HRB 74 2291\n",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "rheinholz-ack",
        "kind": "application_received", "scenario": "rheinholz_teamtailor_ack", "lang": "de",
        "company": "Rheinholz Baumanagement", "contact": "",
        "from": ("Rheinholz Baumanagement", "no-reply@teamtailor-mail.com"),
        "subject": "Danke für deine Bewerbung, Florian!",
        "date": "2026-01-14 22:03",
        "html": ats_card(
            "Rheinholz Baumanagement", "#2f4f2f",
            "Hallo Florian\n\n"
            "Danke für deine Bewerbung als Junior-Bauleiter Holzbau! Wir haben sie gut "
            "erhalten und melden uns so bald wie möglich – in der Regel innert zehn Tagen.\n\n"
            "In der Zwischenzeit kannst du auf unserer Karriereseite einen Blick hinter die "
            "Kulissen unserer Baustellen werfen.\n\nLiebe Grüsse\nDas Rheinholz-Team",
            "Gesendet mit Teamtailor. Du erhältst diese E-Mail, weil du dich bei Rheinholz "
            "beworben hast.",
            button=("Karriereseite", "https://rheinholz.teamtailor.com"), lang="de"),
        "cte": "base64",
    },
    # ------------------------------------------------------------------ French (5)
    {
        "key": "leman-ack",
        "kind": "application_received", "scenario": "leman_greenhouse_ack", "lang": "fr",
        "company": "Léman Construction", "contact": "",
        "from": ("Léman Construction", "no-reply@greenhouse-mail.io"),
        "subject": "Merci pour votre candidature chez Léman Construction",
        "date": "2026-03-03 19:37",
        "text": "Bonjour Florian,\n\n"
                "Nous avons bien reçu votre candidature pour le poste d'Assistant·e chef de "
                "projet à Lausanne. Merci de l'intérêt que vous portez à Léman Construction !\n\n"
                "Notre équipe étudie chaque dossier avec attention. Si votre profil correspond, "
                "nous vous contacterons pour organiser la suite.\n\n"
                "L'équipe Recrutement\n\n"
                "Ce message vous a été envoyé via Greenhouse. Merci de ne pas y répondre.\n",
        "cte": "quoted-printable",
    },
    {
        "key": "romandie-ack",
        "kind": "application_received", "scenario": "romandie_interim_inscription", "lang": "fr",
        "company": "Romandie Intérim", "contact": "sophie.marchand@romandie-interim.example.ch",
        "from": ("Sophie Marchand", "sophie.marchand@romandie-interim.example.ch"),
        "subject": "Confirmation de votre inscription",
        "date": "2026-01-12 16:05",
        "text": "Bonjour Florian,\n\n"
                "Je vous confirme votre inscription auprès de Romandie Intérim, suite à notre "
                "rencontre de ce matin. Votre dossier est désormais enregistré dans notre "
                "fichier de candidats pour les postes de préparation et de coordination de "
                "travaux dans le canton de Vaud et à Fribourg.\n\n"
                "Il me manque encore une copie de votre CFC de charpentier ; pouvez-vous me "
                "l'envoyer cette semaine ?\n\n"
                "Sophie Marchand\nConseillère en personnel - Bâtiment\n"
                "Romandie Intérim Sàrl, Rue du Petit-Chêne 18, 1003 Lausanne\n",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "fribourg-ack",
        "kind": "application_received", "scenario": "etat_fribourg_no_individual_reply",
        "lang": "fr",
        "company": "Etat de Fribourg", "contact": "",
        "from": ("Etat de Fribourg - Emplois", "rh-noreply@sbat.fr.example.ch"),
        "subject": "Accusé de réception - réf. SBat-26-014",
        "subject_cs": "iso-8859-1", "subject_enc": "b",
        "date": "2026-02-02 11:20",
        "text": "Monsieur,\n\n"
                "Nous accusons réception de votre candidature au poste de coordinateur/trice de "
                "projets (réf. SBat-26-014) et vous remercions de l'intérêt que vous portez à "
                "l'Etat de Fribourg.\n\n"
                "Au vu du nombre important de dossiers, nous ne sommes malheureusement pas en "
                "mesure de répondre individuellement à chaque candidat avant la fin de la "
                "procédure. Nous vous remercions de votre compréhension.\n\n"
                "Service des bâtiments - Ressources humaines\n\n"
                "Ce courriel est généré automatiquement.\n",
        "cs": "iso-8859-1", "cte": "base64",
    },
    {
        "key": "bapst-ack",
        "kind": "application_received", "scenario": "bapst_bien_recu", "lang": "fr",
        "company": "Menuiserie Bapst", "contact": "jd.bapst@menuiserie-bapst.example.ch",
        "from": ("Jean-Daniel Bapst", "jd.bapst@menuiserie-bapst.example.ch"),
        "subject": "Re: Candidature chef de projet menuiserie",
        "date": "2026-06-01 12:02",
        "text": "Bonjour,\n\n"
                "Bien reçu votre dossier, merci. Je le regarde avec mon frère cette semaine et "
                "je vous recontacte.\n\nJ.-D. Bapst\nMenuiserie Bapst Frères SA\n",
    },
    {
        "key": "dufaux-ack",
        "kind": "application_received", "scenario": "dufaux_recruitee_ack", "lang": "fr",
        "company": "Dufaux Ingénieurs", "contact": "",
        "from": ("Dufaux Ingénieurs", "noreply@jobs.recruitee.com"),
        "subject": "Votre candidature a bien été transmise",
        "date": "2026-08-24 13:33",
        "html": ats_card(
            "Dufaux Ingénieurs", "#006d77",
            "Bonjour Florian,\n\n"
            "Votre candidature pour le poste de Coordinateur de projets rénovation a bien été "
            "transmise à Dufaux Ingénieurs.\n\n"
            "Le bureau vous contactera directement si votre profil est retenu pour la suite.\n\n"
            "Cordialement,\nDufaux Ingénieurs",
            "Envoyé via Recruitee. Ne répondez pas à cet e-mail.", lang="fr"),
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ English (3)
    {
        "key": "navigli-ack",
        "kind": "application_received", "scenario": "navigli_lever_ack", "lang": "en",
        "company": "Navigli Build Partners", "contact": "",
        "from": ("Navigli Build Partners", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Navigli Build Partners",
        "date": "2026-04-07 17:58",
        "text": "Hi Florian,\n\n"
                "Thanks for your interest in the Site Coordinator (English-speaking) role at "
                "Navigli Build Partners. We've received your application and our team will "
                "review it shortly.\n\n"
                "If your experience is a good fit, someone from our team will be in touch to "
                "discuss next steps.\n\n"
                "Navigli Build Partners\n\nSent via Lever\n",
    },
    {
        "key": "ferrovia-ack",
        "kind": "application_received", "scenario": "ferrovia_icims_ack", "lang": "en",
        "company": "Ferrovia Structures", "contact": "",
        "from": ("Ferrovia Structures Careers", "careers-noreply@icims.com"),
        "subject": "Application received: Project Coordinator – Timber Structures (Job ID 2026-1184)",
        "date": "2026-06-02 03:12", "tz": "-0400",
        "html": ats_card(
            "Ferrovia Structures", "#33475b",
            "Dear Florian,\n\n"
            "Thank you for applying for the Project Coordinator – Timber Structures position "
            "(Job ID 2026-1184). Your application has been successfully submitted.\n\n"
            "Due to the high volume of applications, we are unfortunately unable to respond to "
            "every applicant individually. If your qualifications match our needs, a member of "
            "our recruiting team will contact you.\n\n"
            "Ferrovia Structures Talent Acquisition",
            "This email was sent from an unmonitored mailbox.", lang="en"),
    },
    {
        "key": "brera-ack",
        "kind": "application_received", "scenario": "brera_ashby_ack", "lang": "en",
        "company": "Brera Costruzioni", "contact": "",
        "from": ("Brera Costruzioni", "no-reply@ashbyhq.com"),
        "subject": "We've received your application",
        "date": "2026-08-04 10:10",
        "text": "Hi Florian,\n\n"
                "Thanks for applying for Junior Project Coordinator at Brera Costruzioni. This "
                "is a quick note to confirm we have your CV and cover letter.\n\n"
                "We read every application and aim to get back to you within two weeks.\n\n"
                "The Brera Costruzioni team\n\nPowered by Ashby\n",
        "html": ats_card(
            "Brera Costruzioni", "#4b3f72",
            "Hi Florian,\n\n"
            "Thanks for applying for Junior Project Coordinator at Brera Costruzioni. This "
            "is a quick note to confirm we have your CV and cover letter.\n\n"
            "We read every application and aim to get back to you within two weeks.\n\n"
            "The Brera Costruzioni team", "Powered by Ashby", lang="en"),
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ Spanish (3)
    {
        "key": "nervion-ack",
        "kind": "application_received", "scenario": "nervion_human_quotes_application",
        "lang": "es",
        "company": "Construcciones Nervión", "contact": "maite.olabarria@nervion-construcciones.example.es",
        "from": ("Maite Olabarria", "maite.olabarria@nervion-construcciones.example.es"),
        "subject": "RE: Candidatura – Coordinador de obra",
        "date": "2026-05-05 09:58",
        "parent": "nervion-app",
        "text": reply(
            "Buenos días, Florian:\n\n"
            "Te confirmo que hemos recibido tu currículum y tu carta. Se los he pasado a "
            "Iñaki Etxeberria, jefe de producción, que es quien lleva el proceso. Te "
            "diremos algo en unos diez días.\n\n"
            "Un saludo,\nMaite Olabarria\nRecursos Humanos · Construcciones Nervión",
            "es", "lun, 4 may 2026 a las 20:12", "Florian Achterberg-Sané",
            "Buenas tardes:\n\nLes escribo para presentar mi candidatura al puesto de "
            "coordinador de obra publicado en su web. Adjunto mi CV y una carta de "
            "motivación. Quedo a su disposición para una entrevista.\n\n" + SIG_ES),
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "deusto-ack",
        "kind": "application_received", "scenario": "deusto_workable_ack", "lang": "es",
        "company": "Deusto Arquitectos", "contact": "",
        "from": ("Deusto Arquitectos", "noreply@workablemail.com"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-07-08 14:44",
        "html": ats_card(
            "Deusto Arquitectos", "#2b2d42",
            "Hola Florian,\n\n"
            "Gracias por tu interés en el puesto de Técnico/a de coordinación de obra. Hemos "
            "recibido tu solicitud correctamente.\n\n"
            "Revisaremos tu perfil y, si encaja con lo que buscamos, nos pondremos en "
            "contacto contigo.\n\nUn saludo,\nDeusto Arquitectos",
            "Enviado con Workable. No respondas a este correo.", lang="es"),
        "cte": "base64",
    },
    {
        "key": "talento-ack",
        "kind": "application_received", "scenario": "talento_norte_registration", "lang": "es",
        "company": "Talento Norte", "contact": "leire.uribe@talentonorte.example.es",
        "from": ("Talento Norte", "info@talentonorte.example.es"),
        "reply_to": ("Leire Uribe", "leire.uribe@talentonorte.example.es"),
        "subject": "Alta completada en Talento Norte",
        "date": "2026-05-11 11:11",
        "text": "Hola Florian:\n\n"
                "Tu alta en nuestra base de datos de candidatos se ha completado. A partir de "
                "ahora, tu perfil está visible para nuestras consultoras del área de "
                "construcción e ingeniería en Bizkaia.\n\n"
                "Leire Uribe será tu consultora de referencia; puedes responder a este correo "
                "para hablar con ella.\n\n"
                "Talento Norte · Alameda de Mazarredo 15, 48001 Bilbao\n",
    },
]

OFFERS = [
    # ------------------------------------------------------------------ German (5)
    {
        "key": "aarebau-off",
        "kind": "offer", "scenario": "aarebau_contract_offer_pdf", "lang": "de",
        "company": "Aarebau", "contact": "corinne.stucki@aarebau.example.ch",
        "from": ("Corinne Stucki", "corinne.stucki@aarebau.example.ch"),
        "cc": [("Matthias Reusser", "matthias.reusser@aarebau.example.ch")],
        "subject": "Vertragsangebot Projektkoordinator Hochbau",
        "date": "2026-03-12 16:05",
        "parent": "aarebau-mov",
        "text": "Guten Tag Herr Achterberg-Sané\n\n"
                "Es freut uns sehr, Ihnen nach den Gesprächen mit Herrn Reusser die Stelle als "
                "Projektkoordinator Hochbau anbieten zu dürfen. Im Anhang finden Sie unser "
                "Vertragsangebot mit Lohn, Eintrittsdatum und den wichtigsten Bedingungen.\n\n"
                "Wir würden uns über Ihre Rückmeldung bis am 20. März freuen. Für Fragen stehe "
                "ich Ihnen gerne zur Verfügung.\n\n"
                "Freundliche Grüsse\nCorinne Stucki\nHR-Verantwortliche\nAarebau AG\n"
                "Weyermannsstrasse 36, 3008 Bern | +41 31 380 55 12\n",
        "pdf": ("Vertragsangebot_Achterberg-Sane.pdf", [
            "Aarebau AG, Weyermannsstrasse 36, 3008 Bern",
            "Vertragsangebot",
            "Funktion: Projektkoordinator Hochbau, 100 %",
            "Eintritt: 1. Mai 2026 oder nach Vereinbarung",
            "Jahreslohn: CHF 86'500 brutto, 13 Monatslöhne",
            "Ferien: 25 Arbeitstage",
            "Probezeit: 3 Monate",
            "Bitte bestätigen Sie uns Ihre Annahme bis am 20. März 2026.",
        ]),
        "cte": "quoted-printable",
    },
    {
        "key": "kantonbern-off",
        "kind": "offer", "scenario": "kanton_bern_offer_letter_pdf", "lang": "de",
        "company": "Amt für Hochbau Kanton Bern", "contact": "regula.fankhauser@ahb-be.example.ch",
        "from": ("Fankhauser Regula, AHB", "regula.fankhauser@ahb-be.example.ch"),
        "subject": "Stellenangebot Projektkoordinator/in Bauprojekte",
        "date": "2026-09-10 10:30",
        "parent": "kantonbern-mov",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Wir freuen uns, Ihnen mitteilen zu können, dass die Wahlkommission Sie für "
                "die Stelle als Projektkoordinator Bauprojekte ausgewählt hat.\n\n"
                "Im Anhang erhalten Sie unser schriftliches Angebot mit Einreihung, "
                "Gehaltsstufe und dem vorgesehenen Stellenantritt am 1. Dezember 2026. Bitte "
                "senden Sie uns das unterzeichnete Antwortblatt bis am 21. September zurück.\n\n"
                "Freundliche Grüsse\nRegula Fankhauser\nPersonalfachfrau\n"
                "Amt für Hochbau Kanton Bern\nReiterstrasse 11, 3013 Bern\n",
        "html": word_html(
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Wir freuen uns, Ihnen mitteilen zu können, dass die Wahlkommission Sie für "
            "die Stelle als Projektkoordinator Bauprojekte ausgewählt hat.\n\n"
            "Im Anhang erhalten Sie unser schriftliches Angebot mit Einreihung, "
            "Gehaltsstufe und dem vorgesehenen Stellenantritt am 1. Dezember 2026. Bitte "
            "senden Sie uns das unterzeichnete Antwortblatt bis am 21. September zurück.\n\n"
            "Freundliche Grüsse\nRegula Fankhauser\nPersonalfachfrau\n"
            "Amt für Hochbau Kanton Bern\nReiterstrasse 11, 3013 Bern", "de"),
        "pdf": ("Angebot_AHB-2026-31.pdf", [
            "Kanton Bern - Amt für Hochbau",
            "Anstellungsangebot",
            "Herr Florian Achterberg-Sané, Lorrainestrasse 41, 3013 Bern",
            "Funktion: Projektkoordinator Bauprojekte, Beschäftigungsgrad 100 %",
            "Gehaltsklasse 18, Stufe 6",
            "Stellenantritt: 1. Dezember 2026",
            "Antwortblatt unterzeichnet zurück bis 21. September 2026",
        ]),
        "cte": "quoted-printable",
    },
    {
        "key": "tempobau-off",
        "kind": "offer", "scenario": "tempobau_client_matter_offer", "lang": "de",
        "company": "Matter Holzbau", "contact": "marco.zbinden@tempobau.example.ch",
        "from": ("Marco Zbinden", "marco.zbinden@tempobau.example.ch"),
        "subject": "Matter Holzbau will Sie!",
        "date": "2026-06-15 17:20",
        "text": "Hallo Herr Achterberg-Sané\n\n"
                "Ich habe eben mit Frau Matter telefoniert: Nach Ihrem Besuch in Muttenz "
                "möchte Matter Holzbau Ihnen die Stelle als Arbeitsvorbereiter mit "
                "Projektkoordination anbieten – Festanstellung, 100 %, Start im August.\n\n"
                "Die Konditionen: CHF 7'100 x 13, Firmenfahrzeug für Baustellenbesuche, "
                "Weiterbildung Holzbau-Polier wird zur Hälfte bezahlt. Der schriftliche "
                "Vertrag kommt direkt von Matter, sobald Sie mündlich zugesagt haben.\n\n"
                "Rufen Sie mich an, dann besprechen wir alles Weitere.\n\n"
                "Beste Grüsse\nMarco Zbinden\nTempobau Personal AG\nTel. +41 31 552 70 18\n",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "aaretal-off",
        "kind": "offer", "scenario": "aaretal_verbal_offer_followup", "lang": "de",
        "company": "Gemeindebauamt Aaretal", "contact": "beat.marti@aaretal-gemeinde.example.ch",
        "from": ("Marti Beat", "beat.marti@aaretal-gemeinde.example.ch"),
        "subject": "Wie besprochen: unser Angebot",
        "date": "2026-05-08 11:50",
        "parent": "aaretal-mov",
        "text": "Sehr geehrter Herr Achterberg-Sané\n\n"
                "Wie heute Morgen am Telefon besprochen, bestätige ich Ihnen gerne schriftlich: "
                "Der Gemeinderat hat an seiner Sitzung vom Mittwoch beschlossen, Sie als "
                "Projektkoordinator Bauverwaltung (80 %) anzustellen. Der Anstellungsvertrag "
                "folgt in den nächsten Tagen per Post.\n\n"
                "Wir freuen uns auf die Zusammenarbeit!\n\n"
                "Freundliche Grüsse\nBeat Marti\nBauverwalter\nGemeinde Aaretal\n",
        "html": word_html(
            "Sehr geehrter Herr Achterberg-Sané\n\n"
            "Wie heute Morgen am Telefon besprochen, bestätige ich Ihnen gerne schriftlich: "
            "Der Gemeinderat hat an seiner Sitzung vom Mittwoch beschlossen, Sie als "
            "Projektkoordinator Bauverwaltung (80 %) anzustellen. Der Anstellungsvertrag "
            "folgt in den nächsten Tagen per Post.\n\nWir freuen uns auf die Zusammenarbeit!\n\n"
            "Freundliche Grüsse\nBeat Marti\nBauverwalter\nGemeinde Aaretal", "de"),
        "cte": "base64",
    },
    {
        "key": "ruch-off",
        "kind": "offer", "scenario": "ruch_bau_contract_for_signature", "lang": "de",
        "company": "Ruch Bau", "contact": "daniel.ruch@ruch-bau.example.ch",
        "from": ("Daniel Ruch", "daniel.ruch@ruch-bau.example.ch"),
        "cc": [("Philipp Kessler", "p.kessler@kessler-search.example.ch")],
        "subject": "Arbeitsvertrag zur Unterschrift",
        "date": "2026-06-29 13:13",
        "text": "Grüezi Herr Achterberg-Sané\n\n"
                "Nach unserem zweiten Gespräch und dem Austausch mit Herrn Kessler schicke ich "
                "Ihnen wie versprochen den Arbeitsvertrag als Projektkoordinator. Bitte lesen "
                "Sie ihn in Ruhe durch, unterschreiben Sie beide Exemplare und senden Sie eines "
                "an uns zurück.\n\n"
                "Falls Sie noch Fragen zu Ferien oder Spesen haben, rufen Sie mich direkt an.\n\n"
                "Freundliche Grüsse\nDaniel Ruch\nInhaber\nRuch Bau AG · Tössfeldstrasse 11 · "
                "8406 Winterthur · 052 203 44 90\n",
        "pdf": ("Arbeitsvertrag_Ruch_Bau.pdf", [
            "Ruch Bau AG, Tössfeldstrasse 11, 8406 Winterthur",
            "Arbeitsvertrag",
            "zwischen Ruch Bau AG und Florian Achterberg-Sané",
            "Funktion: Projektkoordinator, Pensum 100 %",
            "Stellenantritt: 1. September 2026",
            "Monatslohn: CHF 7'400 brutto, 13 Monatslöhne",
            "Ort, Datum, Unterschrift Arbeitnehmer: ____________________",
        ]),
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ French (2)
    {
        "key": "bapst-off",
        "kind": "offer", "scenario": "bapst_verbal_offer_followup", "lang": "fr",
        "company": "Menuiserie Bapst", "contact": "jd.bapst@menuiserie-bapst.example.ch",
        "from": ("Jean-Daniel Bapst", "jd.bapst@menuiserie-bapst.example.ch"),
        "subject": "Suite à notre appel",
        "date": "2026-06-26 18:40",
        "parent": "bapst-mov",
        "text": "Bonjour Monsieur Achterberg-Sané,\n\n"
                "Comme je vous l'ai dit au téléphone tout à l'heure, mon frère et moi "
                "aimerions vous engager comme chef de projet à partir du 1er septembre. "
                "Les gars de l'atelier ont beaucoup apprécié votre journée parmi nous.\n\n"
                "Je vous confirme le salaire évoqué (CHF 6'900 brut x 13) et la voiture de "
                "service. Le contrat suivra par courrier dès que vous m'aurez donné votre "
                "accord.\n\nAu plaisir,\nJean-Daniel Bapst\nMenuiserie Bapst Frères SA\n",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "key": "vaudbois-off",
        "kind": "offer", "scenario": "vaud_bois_contract_esignature", "lang": "fr",
        "company": "Vaud Bois Construction", "contact": "rh@vaudbois.example.ch",
        "from": ("Aline Jaccard - RH Vaud Bois", "rh@vaudbois.example.ch"),
        "subject": "Votre contrat de travail à signer électroniquement",
        "date": "2026-10-12 08:50",
        "text": "Bonjour Monsieur Achterberg-Sané,\n\n"
                "Suite à votre accord oral de vendredi, nous avons le plaisir de vous "
                "transmettre votre contrat de travail de coordinateur de chantier (CDI, 100 %, "
                "entrée le 4 janvier 2027).\n\n"
                "Vous pouvez le consulter et le signer électroniquement via le lien sécurisé "
                "ci-dessous, valable 7 jours :\n"
                "https://sign.vaudbois.example.ch/envelope/3f6e2b\n\n"
                "Nous nous réjouissons de vous accueillir dans l'équipe.\n\n"
                "Aline Jaccard\nResponsable RH\n"
                "Vaud Bois Construction SA · Route de Lausanne 155 · 1096 Cully\n\n"
                "Ce message et ses pièces jointes sont confidentiels.\n",
        "html": "<html><body style=\"font-family:Calibri\">" + paras(
            "Bonjour Monsieur Achterberg-Sané,\n\n"
            "Suite à votre accord oral de vendredi, nous avons le plaisir de vous "
            "transmettre votre contrat de travail de coordinateur de chantier (CDI, 100 %, "
            "entrée le 4 janvier 2027).\n\n"
            "Vous pouvez le consulter et le signer électroniquement via le lien sécurisé "
            "ci-dessous, valable 7 jours :\n"
            "https://sign.vaudbois.example.ch/envelope/3f6e2b\n\n"
            "Nous nous réjouissons de vous accueillir dans l'équipe.\n\n"
            "Aline Jaccard\nResponsable RH\n"
            "Vaud Bois Construction SA · Route de Lausanne 155 · 1096 Cully\n\n"
            "Ce message et ses pièces jointes sont confidentiels.") + "</body></html>\n",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------------ English (2)
    {
        "key": "castello-off",
        "kind": "offer", "scenario": "castello_formal_offer_pdf", "lang": "en",
        "company": "Castello Modular", "contact": "hr.milano@castello-modular.example.it",
        "from": ("Federica Conti", "hr.milano@castello-modular.example.it"),
        "subject": "Offer of employment – Construction Project Coordinator",
        "date": "2026-10-01 15:15",
        "text": "Dear Florian,\n\n"
                "Following your interviews with our operations team, I am delighted to offer "
                "you the position of Construction Project Coordinator at Castello Modular in "
                "Milan.\n\n"
                "Please find attached your offer letter setting out the salary, start date and "
                "main terms. We would be grateful if you could return a signed copy by "
                "9 October 2026.\n\n"
                "Welcome aboard, we hope!\n\n"
                "Federica Conti\nHR Manager | Castello Modular S.r.l.\n"
                "Viale Monza 265, 20126 Milano | +39 02 2578 3300\n",
        "pdf": ("Offer_Letter_F_Achterberg-Sane.pdf", [
            "Castello Modular S.r.l. - Viale Monza 265, 20126 Milano",
            "Offer of employment",
            "Position: Construction Project Coordinator (full time)",
            "Start date: 2 November 2026",
            "Gross annual salary: EUR 41,000 (14 monthly payments)",
            "Working language: English",
            "Please sign and return by 9 October 2026.",
        ]),
    },
    {
        "key": "alpine-off",
        "kind": "offer", "scenario": "alpine_talent_client_offer_unnamed", "lang": "en",
        "company": "Alpine Talent Partners", "contact": "owen.brack@alpinetalent.example.ch",
        "from": ("Owen Brack", "owen.brack@alpinetalent.example.ch"),
        "subject": "Great news – offer coming your way",
        "date": "2026-09-22 12:05",
        "text": "Hi Florian,\n\n"
                "Just off the phone with my client – they want to make you an offer for the "
                "project coordinator role we discussed. They were impressed by how you handled "
                "the scheduling case in the second round.\n\n"
                "Headline numbers: CHF 92k base, 10% bonus, hybrid two days a week. I can't "
                "share the company name in writing until you've agreed to the terms in "
                "principle, but it's the Zürich general contractor we talked about.\n\n"
                "Can you give me a call today or tomorrow?\n\n"
                "Owen Brack\nPrincipal Consultant, Construction & Real Estate\n"
                "Alpine Talent Partners · Löwenstrasse 40 · 8001 Zürich · +41 44 588 20 31\n",
    },
    # ------------------------------------------------------------------ Spanish (1)
    {
        "key": "zorrotza-off",
        "kind": "offer", "scenario": "zorrotza_offer_letter_pdf", "lang": "es",
        "company": "Ingeniería Zorrotza", "contact": "amaia.goikoetxea@zorrotza-ing.example.es",
        "from": ("Amaia Goikoetxea", "amaia.goikoetxea@zorrotza-ing.example.es"),
        "cc": [("Leire Uribe", "leire.uribe@talentonorte.example.es")],
        "subject": "Carta de oferta – Coordinador de proyectos de rehabilitación",
        "date": "2026-06-18 13:40",
        "parent": "talento-inv",
        "text": "Hola Florian:\n\n"
                "Después de las dos entrevistas, nos alegra mucho ofrecerte el puesto de "
                "coordinador de proyectos de rehabilitación. Te adjunto la carta de oferta con "
                "las condiciones: contrato indefinido, incorporación el 1 de septiembre y "
                "salario bruto anual de 36.000 €.\n\n"
                "Te agradecería una respuesta antes del 30 de junio. Leire, de Talento Norte, va "
                "en copia.\n\n"
                "Un saludo,\nAmaia Goikoetxea\nDirectora técnica\nIngeniería Zorrotza S.L.\n"
                "Zorrotzaurre, Calle Madariaga 2, 48015 Bilbao\n",
        "pdf": ("Carta_oferta_Zorrotza.pdf", [
            "Ingeniería Zorrotza S.L. - Bilbao",
            "Carta de oferta",
            "Puesto: Coordinador de proyectos de rehabilitación",
            "Contrato: indefinido, jornada completa",
            "Incorporación: 1 de septiembre de 2026",
            "Salario bruto anual: 36.000 €",
            "Respuesta antes del 30 de junio de 2026",
        ]),
        "cs": "windows-1252", "cte": "quoted-printable",
    },
]

MESSAGES = [*RECEIVED, *OFFERS]
