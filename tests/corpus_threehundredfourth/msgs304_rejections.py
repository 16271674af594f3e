"""Stand-alone rejections of the threehundredfourth corpus (fr, en, de, es)."""

from __future__ import annotations

from msgs304_common import DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, m, page

R = "rejection"

MESSAGES = [
    # ------------------------------------------------------------------ fr
    m("rej_ligerienne_ats", R, "fr", "2026-01-27 07:12 +0100",
      ("Caisse Ligérienne - Recrutement", "caisseligerienne@successfactors.eu"),
      "Votre candidature au poste de Contrôleur(se) conformité - Nantes",
      """
        Madame,

        Nous vous remercions de l'intérêt que vous portez à la Caisse Ligérienne et du temps
        consacré à votre candidature pour le poste de Contrôleur(se) conformité (réf. 26-0042).

        Après une étude attentive de votre dossier, nous sommes au regret de vous informer
        que votre candidature n'a pas été retenue pour la suite du processus de sélection.

        Nous conservons vos informations dans notre vivier pendant deux ans, sauf opposition
        de votre part, et vous invitons à consulter régulièrement nos offres.

        Le service Recrutement
        Caisse Ligérienne
      """, company="Caisse Ligérienne", charset="iso-8859-1", cte="quoted-printable",
      name_enc=("iso-8859-1", "Q")),
    m("rej_marchetti_sr", R, "fr", "2026-02-05 16:31 +0100",
      ("Marchetti Delorme", "no-reply@smartrecruiters.com"),
      "Marchetti Delorme - suite donnée à votre candidature",
      html=page("Bonjour Océane,",
                "Merci pour votre candidature au poste de Consultant(e) junior Conformité "
                "financière au sein de notre bureau de Paris.",
                "Nous avons reçu un grand nombre de candidatures de grande qualité. Après "
                "examen, nous avons décidé de poursuivre avec des candidats dont l'expérience "
                "correspond plus étroitement aux exigences du poste, notamment en audit "
                "réglementaire.",
                "Nous vous souhaitons plein succès dans vos recherches.",
                "L'équipe Talent Acquisition\nMarchetti Delorme Audit & Conseil",
                brand="Marchetti Delorme", color="#6a040f",
                footer="Powered by SmartRecruiters - Politique de confidentialité"),
      company="Marchetti Delorme"),
    m("rej_kalyx_ashby", R, "fr", "2026-02-18 19:02 +0000",
      ("Kalyx", "no-reply@ashbyhq.com"),
      "Ta candidature chez Kalyx",
      html=page("Hello Océane,",
                "Merci d'avoir candidaté au poste de KYC Ops Specialist chez Kalyx et d'avoir "
                "pris le temps de répondre à nos questions.",
                "On ne va malheureusement pas avancer avec ta candidature : pour ce poste, "
                "on recherche quelqu'un qui a déjà travaillé dans une fintech en hypercroissance "
                "et sur des outils de screening automatisés.",
                "On te souhaite le meilleur pour la suite, et n'hésite pas à garder un oeil "
                "sur notre page carrières !",
                "La team Kalyx", brand="kalyx", color="#5a189a"),
      company="Kalyx", html_cte="base64"),
    m("rej_orsay_icims", R, "fr", "2026-03-16 12:48 +0100",
      ("Orsay Gestion Recrutement", "orsaygestion@icims.com"),
      "Orsay Gestion : Analyste conformité / KYC - mise à jour de votre candidature",
      """
        Chère Madame Lefebvre-Ndiaye,

        Nous tenons à vous remercier pour votre candidature au poste d'Analyste conformité /
        KYC au sein d'Orsay Gestion.

        Nous vous informons que ce poste a été pourvu par une mobilité interne. Votre
        candidature ne pourra donc pas aboutir, mais nous serions heureux de la considérer
        pour de futures opportunités correspondant à votre profil.

        Avec nos remerciements renouvelés,
        La Direction des Ressources Humaines
        Orsay Gestion - 41 quai Anatole France, 75007 Paris
      """, company="Orsay Gestion", cte="8bit"),
    m("rej_saintlazare_letter", R, "fr", "2026-04-02 10:10 +0200",
      ("Nathalie Pérignon", "n.perignon@banque-saint-lazare.example.fr"),
      "Réponse à votre candidature",
      """
        Madame,

        Veuillez trouver ci-joint notre réponse à votre candidature au poste de Chargée de
        conformité clientèle.

        Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

        Nathalie Pérignon
        Responsable recrutement - Banque Saint-Lazare
        19 rue d'Amsterdam, 75008 Paris - 01 40 00 26 88
      """ + "\n" + DISCLAIMER_FR + "\n",
      pdfs=[("Reponse_candidature_OLN.pdf",
             ["Banque Saint-Lazare - Ressources Humaines", "Paris, le 2 avril 2026",
              "Madame,", "Nous avons le regret de vous informer que nous ne pouvons",
              "donner une suite favorable a votre candidature.",
              "Nous vous souhaitons une pleine reussite."])],
      company="Banque Saint-Lazare", contact="n.perignon@banque-saint-lazare.example.fr",
      name_enc=("iso-8859-1", "Q")),
    m("rej_map_suspended", R, "fr", "2026-04-21 15:33 +0200",
      ("Recrutement MAP", "recrutement@mutuelle-atlantique.example.fr"),
      "Recrutement suspendu - Analyste LCB-FT",
      """
        Bonjour Madame Lefebvre-Ndiaye,

        Vous avez postulé au poste d'Analyste LCB-FT au sein de la Mutuelle Atlantique
        Prévoyance et nous vous en remercions.

        En raison d'un projet de rapprochement en cours, nous avons décidé de suspendre
        l'ensemble des recrutements sur les fonctions support jusqu'à nouvel ordre. Le
        processus est donc interrompu et nous ne pourrons pas donner suite à votre
        candidature.

        Nous vous prions de bien vouloir nous en excuser.

        Service Recrutement - Mutuelle Atlantique Prévoyance
        2 rue Crucy, 44000 Nantes
      """, company="Mutuelle Atlantique Prévoyance",
      contact="recrutement@mutuelle-atlantique.example.fr", charset="windows-1252",
      cte="quoted-printable"),
    m("rej_vilaine_after", R, "fr", "2026-05-06 18:22 +0200",
      ("Pierre-Yves Tanguy", "py.tanguy@credit-vilaine.example.fr"),
      "RE: Entretien du 28 avril - poste de chargée de conformité",
      """
        Bonjour Océane,

        Je vous remercie pour votre relance et vous prie de m'excuser pour ce délai.

        Nous avons finalement retenu une autre candidature pour ce poste, celle d'une
        personne déjà en poste au contrôle permanent. Votre entretien a pourtant été
        apprécié par toute l'équipe, et je ne manquerai pas de vous recontacter si un poste
        similaire se libère dans les prochains mois.

        Cordialement,

        Pierre-Yves Tanguy
        Responsable Conformité et Contrôle permanent
        Crédit Vilaine - 8 place de Bretagne, 35000 Rennes
      """,
      company="Crédit Vilaine", contact="py.tanguy@credit-vilaine.example.fr",
      reply_of="own_vilaine_followup", quote="outlook_fr", charset="iso-8859-1", cte="8bit"),
    m("rej_neptune_client", R, "fr", "2026-05-19 11:47 +0200",
      ("Sandrine Kerhervé", "s.kerherve@neptune-recrutement.example.fr"),
      "Votre candidature - Analyste KYC (CDI, Nantes)",
      """
        Bonjour Océane,

        Je reviens vers vous concernant le poste d'Analyste KYC que je vous avais présenté
        pour l'un de mes clients, un groupe bancaire nantais.

        Mon client a fait le choix de retenir un profil ayant déjà une expérience en
        back-office conformité ; il ne souhaite donc pas donner suite à votre candidature.
        C'est une déception, car votre dossier était solide.

        Je reste bien sûr en veille pour vous sur d'autres opportunités.

        Bien cordialement,
        Sandrine Kerhervé
        Consultante - Neptune Recrutement
        5 allée Duguay-Trouin, 44000 Nantes - 02 40 00 91 27
      """, company="Neptune Recrutement", contact="s.kerherve@neptune-recrutement.example.fr",
      name_enc=("utf-8", "Q")),
    m("rej_petrusse_cancel", R, "fr", "2026-06-15 09:27 +0200",
      ("Banque de la Pétrusse", "bqpetrusse@taleo.net"),
      "Poste Analyste KYC (réf. 2600321) - information importante",
      """
        Madame Lefebvre-Ndiaye,

        Vous avez récemment postulé à l'offre Analyste KYC (réf. 2600321) publiée par la
        Banque de la Pétrusse à Luxembourg.

        Nous vous informons que cette offre a été annulée suite à une révision de nos
        besoins. Par conséquent, nous ne poursuivrons pas le processus de recrutement pour
        ce poste et votre candidature est clôturée.

        Nous vous remercions de votre compréhension.
        Banque de la Pétrusse - Ressources Humaines

        Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
      """, company="Banque de la Pétrusse", subj_enc=("iso-8859-1", "B"),
      name_enc=("iso-8859-1", "B")),
    m("rej_sablon_workable", R, "fr", "2026-07-08 14:55 +0200",
      ("Crédit Sablon", "noreply@candidates.workablemail.com"),
      "Votre candidature pour Analyste KYC/AML (Bruxelles)",
      """
        Bonjour Océane,

        Merci d'avoir postulé au poste d'Analyste KYC/AML chez Crédit Sablon.

        Nous avons examiné attentivement votre profil et avons décidé de ne pas le retenir
        pour la prochaine étape. La maîtrise du néerlandais était en effet un prérequis
        important pour ce poste.

        Nous vous souhaitons bonne chance dans votre recherche.

        Cordialement,
        L'équipe recrutement de Crédit Sablon
      """,
      html=page("Bonjour Océane,",
                "Merci d'avoir postulé au poste d'Analyste KYC/AML chez Crédit Sablon.",
                "Nous avons examiné attentivement votre profil et avons décidé de ne pas le "
                "retenir pour la prochaine étape. La maîtrise du néerlandais était en effet un "
                "prérequis important pour ce poste.",
                "Nous vous souhaitons bonne chance dans votre recherche.",
                "Cordialement,\nL'équipe recrutement de Crédit Sablon",
                footer="Envoyé via Workable"),
      company="Crédit Sablon", name_enc=("utf-8", "Q")),
    m("rej_genevoise_soft", R, "fr", "2026-07-22 08:15 +0200",
      ("Ressources humaines GdG", "rh@genevoise-gestion.example.ch"),
      "Votre dossier de candidature",
      """
        Chère Madame,

        Nous accusons réception de votre dossier et vous remercions de la confiance que vous
        témoignez à la Genevoise de Gestion.

        Malgré l'intérêt de votre parcours, nous ne sommes pas en mesure de donner une suite
        favorable à votre demande, le poste requérant une expérience préalable de la gestion
        de fortune en Suisse.

        Nous vous retournons par la présente votre dossier et vous adressons, chère Madame,
        nos salutations les meilleures.

        Service des ressources humaines
        Genevoise de Gestion - Rue du Rhône 80, 1204 Genève
      """, company="Genevoise de Gestion", contact="rh@genevoise-gestion.example.ch",
      charset="iso-8859-1", cte="base64"),
    m("rej_horizon_named", R, "fr", "2026-01-14 17:40 +0100",
      ("Horizon Intérim Nantes", "nantes@horizon-interim.example.fr"),
      "Mission Assurances du Blavet",
      """
        Bonjour Océane,

        Merci pour votre disponibilité lors de notre échange téléphonique.

        Je viens d'avoir le retour des Assurances du Blavet pour la mission de gestionnaire
        conformité : ils ont préféré une intérimaire ayant déjà travaillé chez eux l'an
        dernier. La mission ne pourra donc pas vous être confiée.

        Je vous recontacte dès qu'une mission correspondant à votre profil se présente.

        Julien Orhan
        Horizon Intérim - Agence de Nantes
      """, company="Assurances du Blavet", contact="nantes@horizon-interim.example.fr"),

    # ------------------------------------------------------------------ en
    m("rej_alpenrose_icims", R, "en", "2026-03-04 22:10 +0000",
      ("Alpenrose Private Bank Careers", "alpenrose@icims.com"),
      "Your application for Client Onboarding Analyst (Geneva)",
      """
        Dear Océane,

        Thank you for your interest in Alpenrose Private Bank and for applying for the
        Client Onboarding Analyst position in Geneva.

        We have carefully reviewed your application. While your background is impressive,
        we have decided to move forward with candidates whose experience more closely matches
        the requirements of this role.

        We will keep your profile on file and encourage you to apply for future openings.

        Kind regards,
        Talent Acquisition | Alpenrose Private Bank
      """, company="Alpenrose Private Bank"),
    m("rej_kirchberg_filled", R, "en", "2026-04-28 09:44 +0200",
      ("Kirchberg Fund Services", "noreply@kirchberg-fs.workablemail.com"),
      "Update on your application - Transfer Agency KYC Officer",
      html=page("Hi Océane,",
                "Thank you for your application for the Transfer Agency KYC Officer role.",
                "We wanted to let you know that the position has now been filled, so we are "
                "closing the recruitment process. We really appreciate the time you invested.",
                "All the best,\nPeople Team, Kirchberg Fund Services",
                brand="Kirchberg Fund Services"),
      company="Kirchberg Fund Services", charset="windows-1252", html_cte="quoted-printable"),
    m("rej_vantor_after", R, "en", "2026-06-24 17:05 +0000",
      ("Ines Dubois from Vantor Payments", "no-reply@hire.lever.co"),
      "Vantor Payments - next steps",
      """
        Hi Océane,

        Thanks again for meeting the team last week and for the thoughtful answers on
        transaction monitoring.

        After a lot of discussion we have decided not to move forward with your application
        at this stage. The final decision came down to hands-on experience with payment
        institution licensing, which the role needs from day one.

        I know this is disappointing news. If you would like feedback, just reply to this
        email and I will set up a quick call.

        Best,
        Ines
      """, reply_to=("Ines Dubois", "ines.dubois@vantor.example.be"),
      company="Vantor Payments", contact="ines.dubois@vantor.example.be"),
    m("rej_clearwell_cancel", R, "en", "2026-07-14 06:58 +0000",
      ("Clearwell Audit", "clearwell@taleo.net"),
      "Requisition 26-LUX-118 cancelled",
      """
        Dear Candidate,

        Thank you for your application for the position AML/KYC Associate (26-LUX-118).

        Please be informed that this requisition has been cancelled. As a result, we will
        not proceed with your application for this position.

        Thank you for your interest in Clearwell Audit.

        This is an automated message. Replies to this address are not monitored.
      """, company="Clearwell Audit"),
    m("rej_northgate_unnamed", R, "en", "2026-08-11 13:20 +0100",
      ("Tom Ashworth", "tom.ashworth@northgate-search.example.co.uk"),
      "RE: KYC Analyst opportunity - Frankfurt",
      """
        Hi Océane,

        I've now heard back from my client on the Frankfurt KYC Analyst role. Unfortunately
        they have decided not to progress your application: they want someone fluent in
        German for client calls.

        Sorry it's not better news. Let's stay in touch; I will keep you in mind for
        French-speaking roles.

        Cheers,
        Tom

        Tom Ashworth | Principal Consultant, Financial Crime
        Northgate Search | 30 Fenchurch Street, London
        +44 20 7946 0231
      """, company="Northgate Search", contact="tom.ashworth@northgate-search.example.co.uk",
      reply_of="own_northgate_cv", quote="outlook_en"),
    m("rej_hexbridge_ashby", R, "en", "2026-09-09 20:31 +0000",
      ("Hexbridge Hiring Team", "no-reply@ashbyhq.com"),
      "Your application to Hexbridge",
      """
        Hi Océane,

        Thank you for applying for the Compliance Analyst (KYC) role at Hexbridge in
        Frankfurt. We received a very high number of applications.

        Unfortunately, you have not been shortlisted for the next stage of the process.

        We wish you every success in your search.

        The Hexbridge Hiring Team
      """, company="Hexbridge", cte="base64"),

    # ------------------------------------------------------------------ de
    m("rej_taunus_softgarden", R, "de", "2026-02-26 11:18 +0100",
      ("Taunus Versicherung", "noreply@taunus-versicherung.softgarden.io"),
      "Ihre Bewerbung als Compliance Analyst (m/w/d)",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        herzlichen Dank für Ihr Interesse an der Taunus Versicherung und Ihre Bewerbung.

        Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen,
        dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.
        Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

        Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Ihr Personalmanagement der Taunus Versicherung
      """, company="Taunus Versicherung", charset="iso-8859-1", cte="quoted-printable",
      subj_enc=None),
    m("rej_zeilberg_internal", R, "de", "2026-05-13 08:02 +0200",
      ("Zeilberg Vermögensverwaltung", "zeilberg@successfactors.eu"),
      "Rückmeldung zu Ihrer Bewerbung - Referenz 4471",
      """
        Guten Tag Frau Lefebvre-Ndiaye,

        vielen Dank für Ihre Bewerbung als Mitarbeiterin KYC/Onboarding (Referenz 4471).

        Die Position konnte zwischenzeitlich intern besetzt werden. Wir bedauern, Ihnen
        daher keine positive Nachricht geben zu können, und bedanken uns für Ihr Interesse.

        Freundliche Grüße
        Zeilberg Vermögensverwaltung GmbH - Human Resources
      """,
      html=page("Guten Tag Frau Lefebvre-Ndiaye,",
                "vielen Dank für Ihre Bewerbung als Mitarbeiterin KYC/Onboarding "
                "(Referenz 4471).",
                "Die Position konnte zwischenzeitlich intern besetzt werden. Wir bedauern, "
                "Ihnen daher keine positive Nachricht geben zu können, und bedanken uns für "
                "Ihr Interesse.",
                "Freundliche Grüße\nZeilberg Vermögensverwaltung GmbH - Human Resources"),
      company="Zeilberg Vermögensverwaltung", subj_enc=("utf-8", "B")),
    m("rej_kesslerbrandt", R, "de", "2026-06-30 15:45 +0200",
      ("Miriam Fuchs", "m.fuchs@kessler-brandt.example.de"),
      "Ihre Bewerbung: Prüfungsassistent/in Geldwäscheprävention",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        vielen Dank für das freundliche Telefonat und Ihre aussagekräftigen Unterlagen.

        Leider können wir Ihnen keine positive Rückmeldung geben. Für die Position suchen
        wir eine Person mit Prüfungserfahrung nach § 27 GwG, die Sie (noch) nicht
        mitbringen. Wir drücken Ihnen die Daumen für Ihre weitere Suche.

        Beste Grüße
        Miriam Fuchs
        Personal | Kessler & Brandt Wirtschaftsprüfungsgesellschaft mbH
        Bockenheimer Landstraße 17, 60325 Frankfurt
      """ + "\n" + DISCLAIMER_DE + "\n",
      company="Kessler & Brandt", contact="m.fuchs@kessler-brandt.example.de",
      charset="windows-1252", cte="8bit"),
    m("rej_protemp_roemer", R, "de", "2026-08-19 10:36 +0200",
      ("Sabine Kranich", "s.kranich@protemp-personal.example.de"),
      "Feedback Römerbank",
      """
        Hallo Frau Lefebvre-Ndiaye,

        ich habe heute Feedback von der Römerbank bekommen: Der Kunde hat sich leider für
        einen anderen Bewerber entschieden, der sofort verfügbar ist. Die Stelle im KYC
        Backoffice ist damit vergeben.

        Ich melde mich, sobald ich etwas Passendes für Sie habe.

        Viele Grüße
        Sabine Kranich
        Personaldisponentin | ProTemp Personal Frankfurt
      """, company="Römerbank", contact="s.kranich@protemp-personal.example.de",
      subj_enc=("iso-8859-1", "Q")),

    # ------------------------------------------------------------------ es
    m("rej_castellana_wd", R, "es", "2026-03-23 23:05 +0100",
      ("Banco Castellana Sur", "bcsur@myworkday.com"),
      "Actualización de tu candidatura - Analista KYC (Madrid)",
      """
        Hola Océane,

        Gracias por tu interés en formar parte de Banco Castellana Sur y por el tiempo que
        has dedicado a tu candidatura al puesto de Analista KYC.

        Tras revisar detenidamente todos los perfiles, hemos decidido continuar el proceso
        con otras personas cuya experiencia se ajusta más a las necesidades actuales del
        puesto.

        Te animamos a seguir atento/a a nuestras ofertas.

        Un saludo,
        Equipo de Selección - Banco Castellana Sur
      """, company="Banco Castellana Sur", charset="iso-8859-1", cte="8bit"),
    m("rej_almudena_filled", R, "es", "2026-06-03 12:11 +0200",
      ("Marta Quirós Salcedo", "mquiros@seguros-almudena.example.es"),
      "Proceso de selección Técnico/a de Cumplimiento Normativo",
      """
        Estimada Océane:

        Le escribo para informarle de que el proceso de selección para el puesto de
        Técnico/a de Cumplimiento Normativo ha finalizado y la vacante ya ha sido cubierta.

        Le agradecemos sinceramente su participación y su interés en Seguros Almudena, y le
        deseamos mucho éxito profesional.

        Atentamente,

        Marta Quirós Salcedo
        Departamento de Personas · Seguros Almudena
        Paseo de la Castellana 141, 28046 Madrid · Tel. 91 000 54 32
      """ + "\n" + DISCLAIMER_ES + "\n",
      company="Seguros Almudena", contact="mquiros@seguros-almudena.example.es",
      name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q")),
    m("rej_cibeles_retiro", R, "es", "2026-07-29 19:20 +0200",
      ("Cibeles Executive Search", "consultoria@cibeles-search.example.es"),
      "Gestora Retiro Capital - respuesta del cliente",
      """
        Hola Océane:

        Te escribo con la respuesta de Gestora Retiro Capital tras tu entrevista con su
        directora de Cumplimiento. Lamentablemente han decidido no avanzar con tu
        candidatura: buscan a alguien con experiencia previa en gestoras de fondos.

        Gracias por tu tiempo y tu disposición durante todo el proceso. Seguimos en
        contacto para futuras posiciones.

        Un abrazo,
        Rocío Valdemoro
        Cibeles Executive Search · Madrid
      """, company="Gestora Retiro Capital", contact="consultoria@cibeles-search.example.es",
      html=page("Hola Océane:",
                "Te escribo con la respuesta de Gestora Retiro Capital tras tu entrevista con "
                "su directora de Cumplimiento. Lamentablemente han decidido no avanzar con tu "
                "candidatura: buscan a alguien con experiencia previa en gestoras de fondos.",
                "Gracias por tu tiempo y tu disposición durante todo el proceso. Seguimos en "
                "contacto para futuras posiciones.",
                "Un abrazo,\nRocío Valdemoro\nCibeles Executive Search · Madrid")),
    m("rej_finora_sr", R, "es", "2026-09-15 10:05 +0000",
      ("Finora", "no-reply@smartrecruiters.com"),
      "Tu candidatura en Finora",
      html=page("Hola Océane,",
                "Muchas gracias por participar en el proceso de selección para Analista de "
                "Prevención de Blanqueo en Finora y por la entrevista con nuestro equipo.",
                "Después de valorar todas las candidaturas, sentimos comunicarte que no "
                "seguiremos adelante contigo en esta ocasión.",
                "Te deseamos mucha suerte en tus próximos pasos.",
                "Equipo de Talento · Finora", brand="FINORA", color="#0077b6"),
      company="Finora", html_cte="base64"),
]
