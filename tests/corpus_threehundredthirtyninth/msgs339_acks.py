"""application_received: acknowledgements (ATS and human), hand-written."""

from __future__ import annotations

from msgs339_common import DISCLAIMER_DE, html_shell, paras, sig, spec

K = "application_received"

SPECS = [
    # ---------------------------------------------------------------- German (10)
    spec(
        "kongresshaus_personio_eingang", K, "de",
        ("Kongresshaus Salzachufer", "noreply@personio.de"),
        "Ihre Bewerbung als Assistenz Kongress- und Veranstaltungsorganisation",
        "2026-01-12 09:03 +0100",
        """
        Liebe Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Bewerbung als Assistenz Kongress- und
        Veranstaltungsorganisation (Vollzeit, Salzburg) und Ihr Interesse am
        Kongresshaus Salzachufer.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen uns alle
        Bewerbungen sorgfältig an und melden uns innerhalb der nächsten drei Wochen
        bei Ihnen.

        Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto
        einsehen.

        Freundliche Grüße
        Ihr Recruiting-Team
        Kongresshaus Salzachufer GmbH
        Auerspergstraße 40, 5020 Salzburg

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf
        diese E-Mail.
        """,
        company="Kongresshaus Salzachufer", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "alpenglanz_successfactors_eingang", K, "de",
        ("Alpenglanz Hotels Karriere", "alpenglanz-hotels@successfactors.eu"),
        "Eingangsbestätigung: Event Sales Coordinator (m/w/d) – Innsbruck",
        "2026-01-19 16:48 +0100",
        None,
        html=html_shell("Alpenglanz Hotels – Karriere", paras("""
        Guten Tag Franziska Oberhuber-Lindgren,

        wir bestätigen den Eingang Ihrer Bewerbung für die Position
        Event Sales Coordinator (m/w/d) im Alpenglanz Hotel Innsbruck.
        Referenznummer: REQ-20417.

        Unser Team Meetings & Events prüft Ihre Unterlagen und wird sich in Kürze
        mit Ihnen in Verbindung setzen.

        Mit freundlichen Grüßen
        Talent Acquisition | Alpenglanz Hotels
        """), footer="Alpenglanz Hotels GmbH · Maria-Theresien-Straße 12 · 6020 Innsbruck"
            " · Dies ist eine automatisch generierte E-Mail."),
        company="Alpenglanz Hotels", html_charset="utf-8", html_cte="base64",
        subj_enc=("utf-8", "B"),
    ),
    spec(
        "sommerklang_eingang_keine_einzelantwort", K, "de",
        ("Verena Gschwentner", "verena.gschwentner@sommerklang.example.at"),
        "AW: Bewerbung Produktionsassistenz Sommerklang 2026",
        "2026-01-26 11:14 +0100",
        """
        Liebe Franziska,

        danke dir für deine Bewerbung für die Produktionsassistenz beim
        Sommerklang Festival 2026 – sie ist gut bei uns angekommen!

        Wir haben heuer wirklich sehr viele Zuschriften bekommen und schaffen es
        leider nicht, jeder Person einzeln zu antworten. Bitte hab Verständnis
        dafür. Wenn dein Profil in die engere Auswahl kommt, melden wir uns bis
        Mitte Februar bei dir.

        Liebe Grüße aus dem Festivalbüro
        Verena

        Verena Gschwentner
        Festivalbüro | Sommerklang Festival
        Innrain 8, 6020 Innsbruck
        +43 512 558 201
        """,
        company="Sommerklang Festival", contact="verena.gschwentner@sommerklang.example.at",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        "donau_convention_bamboohr_eingang", K, "de",
        ("Donau Convention Bureau", "notifications@bamboohr.com"),
        "Danke für Ihre Bewerbung beim Donau Convention Bureau",
        "2026-02-02 08:21 +0100",
        """
        Hallo Franziska,

        danke für Ihre Bewerbung als Junior Convention Manager:in. Wir haben Ihre
        Unterlagen erhalten und unser Team wird sie in den kommenden Tagen
        prüfen.

        Sollte Ihr Profil zu unseren Anforderungen passen, kontaktieren wir Sie
        für die nächsten Schritte.

        Beste Grüße
        Donau Convention Bureau
        Wien

        Powered by BambooHR – bitte antworten Sie nicht auf diese Nachricht.
        """,
        company="Donau Convention Bureau", charset="utf-8", cte="base64",
    ),
    spec(
        "inntal_nordkette_eingang", K, "de",
        ("Mag. Andreas Hörtnagl", "a.hoertnagl@inntal-nordkette.example.at"),
        "Ihre Bewerbung: Mitarbeiter/in Kongress- & Tagungsservice",
        "2026-03-02 14:37 +0100",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        herzlichen Dank für Ihre Bewerbung vom 27. Februar und Ihr Interesse an
        der Stelle im Kongress- und Tagungsservice des Tourismusverbands
        Inntal-Nordkette.

        Hiermit bestätige ich den Eingang Ihrer Unterlagen. Die Bewerbungsfrist
        endet am 15. März; danach sichten wir alle Bewerbungen und geben Ihnen
        Bescheid, wie es weitergeht.

        Mit freundlichen Grüßen

        Mag. Andreas Hörtnagl
        Personal & Organisation
        Tourismusverband Inntal-Nordkette
        Burggraben 3, 6020 Innsbruck
        Tel. +43 512 5356-14
        """,
        company="Tourismusverband Inntal-Nordkette",
        contact="a.hoertnagl@inntal-nordkette.example.at",
        charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "wienerberg_icims_eingang", K, "de",
        ("Kongress & Messe Wienerberg", "careers-noreply@icims.com"),
        "Bewerbungseingang – Projektkoordination Messen (Job-ID 4471)",
        "2026-04-06 19:02 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihr Interesse an Kongress & Messe Wienerberg. Wir
        bestätigen hiermit den Eingang Ihrer Bewerbung für die Position
        Projektkoordination Messen (Job-ID 4471).

        Bitte beachten Sie: Aufgrund der großen Anzahl an Bewerbungen können wir
        nicht jede Bewerbung individuell beantworten. Sie erhalten jedoch in
        jedem Fall eine Nachricht, sobald eine Entscheidung getroffen wurde.

        Mit freundlichen Grüßen
        Human Resources
        Kongress & Messe Wienerberg GmbH
        """,
        company="Kongress & Messe Wienerberg", charset="utf-8", cte="8bit",
        html=html_shell("Kongress & Messe Wienerberg", paras("""
        Sehr geehrte Frau Oberhuber-Lindgren,

        vielen Dank für Ihr Interesse an Kongress & Messe Wienerberg. Wir bestätigen
        hiermit den Eingang Ihrer Bewerbung für die Position Projektkoordination Messen
        (Job-ID 4471).

        Bitte beachten Sie: Aufgrund der großen Anzahl an Bewerbungen können wir nicht
        jede Bewerbung individuell beantworten.
        """), accent="#8a1538"),
        html_cte="quoted-printable",
    ),
    spec(
        "flexwerk_pool_eingang", K, "de",
        ("Sandra Pichler | Flexwerk", "sandra.pichler@flexwerk.example.at"),
        "Ihre Bewerbung bei Flexwerk Personalleasing – Bereich Events & Hotellerie",
        "2026-05-04 10:26 +0200",
        """
        Grüß Gott Frau Oberhuber-Lindgren,

        vielen Dank für Ihre Bewerbung über unsere Website. Ihre Unterlagen
        (Lebenslauf, Zeugnisse) sind bei uns eingegangen und ich habe Ihr Profil
        in unseren Bewerberpool für den Bereich Events & Hotellerie aufgenommen.

        Sobald wir einen passenden Einsatz bei einem unserer Kundenbetriebe
        haben, melde ich mich telefonisch oder per E-Mail.

        Freundliche Grüße

        Sandra Pichler
        Personaldisponentin Events & Hotellerie
        Flexwerk Personalleasing GmbH
        Ignaz-Harrer-Straße 17, 5020 Salzburg
        T +43 662 87 40 22
        """,
        company="Flexwerk Personalleasing", contact="sandra.pichler@flexwerk.example.at",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        "eventwerk_ashby_eingang", K, "de",
        ("Eventwerk München", "no-reply@ashbyhq.com"),
        "Wir haben deine Bewerbung erhalten – Event Operations Manager",
        "2026-05-18 07:45 +0200",
        """
        Hi Franziska,

        danke, dass du dich bei Eventwerk München als Event Operations Manager
        beworben hast! Wir haben deine Bewerbung erhalten.

        Unser Team schaut sich jede Bewerbung persönlich an. Das dauert in der
        Regel ein bis zwei Wochen. Wir melden uns, sobald es Neuigkeiten gibt.

        Viele Grüße
        das Eventwerk-Team

        Du erhältst diese E-Mail, weil du dich über unsere Karriereseite beworben
        hast.
        """,
        company="Eventwerk München", charset="utf-8", cte="quoted-printable",
        subj_enc=("utf-8", "B"),
    ),
    spec(
        "messe_isarfeld_softgarden_eingang", K, "de",
        ("Messe Isarfeld", "noreply@softgarden.io"),
        "Eingangsbestätigung Ihrer Bewerbung – Projektmanager:in Gastveranstaltungen",
        "2026-07-06 14:02 +0200",
        """
        Sehr geehrte Frau Oberhuber-Lindgren,

        herzlichen Dank für Ihre Bewerbung als Projektmanager:in
        Gastveranstaltungen bei der Messe Isarfeld in München.

        Wir haben Ihre Unterlagen erhalten und leiten sie an die Fachabteilung
        weiter. Sie hören spätestens in drei Wochen von uns.

        Über Ihren persönlichen Link können Sie Ihre Bewerbung jederzeit
        einsehen oder zurückziehen.

        Mit freundlichen Grüßen
        Ihr Team Personalgewinnung
        Messe Isarfeld GmbH · Isarfeldallee 1 · 81829 München
        """,
        company="Messe Isarfeld", charset="utf-8", cte="quoted-printable",
        html=html_shell("Messe Isarfeld · Karriere", paras("""
        Sehr geehrte Frau Oberhuber-Lindgren,

        herzlichen Dank für Ihre Bewerbung als Projektmanager:in Gastveranstaltungen bei
        der Messe Isarfeld in München.

        Wir haben Ihre Unterlagen erhalten und leiten sie an die Fachabteilung weiter.
        Sie hören spätestens in drei Wochen von uns.
        """), footer="Versendet über softgarden", accent="#00695c"),
    ),
    spec(
        "leopoldsau_konferenzbuero_eingang", K, "de",
        ("Dr. Birgit Leitgeb", "birgit.leitgeb@uni-leopoldsau.example.at"),
        "Bewerbung Referentin Konferenzmanagement – Eingangsbestätigung",
        "2026-08-03 13:15 +0200",
        f"""
        Sehr geehrte Frau Oberhuber-Lindgren,

        im Namen des Konferenzbüros der Universität Leopoldsau danke ich Ihnen
        für Ihre Bewerbung auf die Stelle als Referentin für
        Konferenzmanagement (Kennzahl 2026/118).

        Ihre Bewerbung ist fristgerecht eingelangt. Nach Ende der
        Ausschreibungsfrist prüft die Auswahlkommission alle Unterlagen; wir
        bitten um etwas Geduld.

        Mit freundlichen Grüßen
        Birgit Leitgeb

        {sig("Dr. Birgit Leitgeb", "Leiterin Konferenzbüro",
             "Universität Leopoldsau", "Universitätsring 5, 1010 Wien",
             "+43 1 4277 180 20")}

        {DISCLAIMER_DE}
        """,
        company="Universität Leopoldsau", contact="birgit.leitgeb@uni-leopoldsau.example.at",
        charset="utf-8", cte="8bit",
    ),
    # ---------------------------------------------------------------- English (4)
    spec(
        "lothianhill_workday_received", K, "en",
        ("Lothian Hill University", "lothianhill@myworkday.com"),
        "Application received: Conference and Events Coordinator (R-006218)",
        "2026-02-16 12:09 +0000",
        """
        Dear Franziska,

        Thank you for applying for the role of Conference and Events Coordinator
        (R-006218) with Lothian Hill University Conference Office.

        We have successfully received your application. Our recruitment team
        will review it against the criteria in the job description, and we
        will contact you if you are selected for the next stage.

        You can check the status of your application at any time by signing in
        to your candidate home.

        Kind regards,
        Human Resources
        Lothian Hill University

        This is an automated message. Please do not reply.
        """,
        company="Lothian Hill University", charset="us-ascii", cte="7bit",
    ),
    spec(
        "leithsound_lever_received", K, "en",
        ("Leith Sound Festival", "no-reply@hire.lever.co"),
        "Thanks for applying to Leith Sound Festival!",
        "2026-03-30 09:55 +0100",
        None,
        html=html_shell("Leith Sound Festival", paras("""
        Hi Franziska,

        Thanks so much for your interest in the Artist Liaison & Hospitality
        Coordinator role at Leith Sound Festival. We've got your application
        and the team will take a look soon.

        We get a huge number of applications every season, so we can't always
        reply to everyone individually, but we'll be in touch if there's a
        match.

        Cheers,
        The Leith Sound crew
        """), footer="Sent via Lever", accent="#e0457b"),
        company="Leith Sound Festival", html_charset="utf-8", html_cte="quoted-printable",
    ),
    spec(
        "canongate_hotel_received", K, "en",
        ("Morag Strachan", "morag.strachan@canongate-hotel.example.uk"),
        "RE: Application - Conference & Banqueting Supervisor",
        "2026-04-20 15:31 +0100",
        """
        Dear Franziska,

        Many thanks for your email and CV. I can confirm we have received your
        application for the Conference & Banqueting Supervisor vacancy.

        The closing date is Friday 1st May and we expect to hold first
        interviews the week after. I will be in touch either way once the
        shortlisting has been done.

        Best wishes,
        Morag

        Morag Strachan
        HR Advisor
        Canongate Conference Hotel
        212 Canongate, Edinburgh EH8 8AB
        0131 496 0312
        """,
        company="Canongate Conference Hotel",
        contact="morag.strachan@canongate-hotel.example.uk", charset="utf-8", cte="7bit",
    ),
    spec(
        "forth_greenhouse_received", K, "en",
        ("Forth Congress Centre", "no-reply@greenhouse-mail.io"),
        "Forth Congress Centre - We received your application",
        "2026-05-11 08:02 +0100",
        """
        Hi Franziska,

        Thanks for applying to Forth Congress Centre! Your application for
        Event Manager - Association Conferences has been received and our
        hiring team is reviewing applications now.

        If your skills and experience are a good fit, someone from our team
        will reach out to arrange next steps.

        Best,
        Talent Team, Forth Congress Centre
        """,
        company="Forth Congress Centre", charset="utf-8", cte="7bit",
        html=html_shell("Forth Congress Centre", paras("""
        Hi Franziska,

        Thanks for applying to Forth Congress Centre! Your application for Event Manager -
        Association Conferences has been received and our hiring team is reviewing
        applications now.
        """), accent="#0b3c5d"),
    ),
    # ---------------------------------------------------------------- French (4)
    spec(
        "lemanrive_smartrecruiters_reception", K, "fr",
        ("Centre de congrès Léman-Rive", "noreply@smartrecruiters.com"),
        "Votre candidature au poste de Coordinatrice événements congrès",
        "2026-03-16 10:44 +0100",
        """
        Bonjour Franziska,

        Nous vous remercions de l'intérêt que vous portez au Centre de congrès
        Léman-Rive et avons bien reçu votre candidature au poste de
        Coordinateur·rice événements congrès.

        Notre équipe Ressources humaines étudie actuellement les dossiers. Nous
        reviendrons vers vous dans les meilleurs délais.

        Bien cordialement,
        L'équipe Ressources humaines
        Centre de congrès Léman-Rive
        Quai Gustave-Ador 30, 1207 Genève
        """,
        company="Centre de congrès Léman-Rive", charset="utf-8", cte="quoted-printable",
        name_enc=("utf-8", "B"),
    ),
    spec(
        "rhenus_teamtailor_reception", K, "fr",
        ("Rhénus Expo", "no-reply@teamtailor-mail.com"),
        "Merci pour votre candidature, Franziska !",
        "2026-06-08 17:20 +0200",
        None,
        html=html_shell("Rhénus Expo", paras("""
        Bonjour Franziska,

        Merci d'avoir postulé au poste de Chargée de projets salons chez Rhénus Expo !
        Nous avons bien reçu votre candidature.

        Nous étudions chaque dossier avec attention et nous vous recontacterons dès que
        possible pour vous informer de la suite.

        À très bientôt,
        L'équipe Talents de Rhénus Expo
        """), footer="Rhénus Expo SAS · Place de Bordeaux · 67000 Strasbourg",
            accent="#f26b21"),
        company="Rhénus Expo", html_charset="utf-8", html_cte="base64",
        subj_enc=("utf-8", "Q"), name_enc=("iso-8859-1", "Q"),
    ),
    spec(
        "geneve_destination_workable_reception", K, "fr",
        ("Genève Destination Congrès", "noreply@workablemail.com"),
        "Genève Destination Congrès : accusé de réception de votre candidature",
        "2026-02-23 09:12 +0100",
        """
        Bonjour Franziska Oberhuber-Lindgren,

        Nous accusons réception de votre candidature pour le poste de
        Chargée de promotion congrès (CDI, 80-100 %).

        En raison du nombre élevé de candidatures, nous ne sommes pas en mesure
        de répondre individuellement à chacune d'entre elles. Si votre profil
        est retenu, nous prendrons contact avec vous d'ici trois semaines.

        Avec nos meilleures salutations,
        Genève Destination Congrès
        """,
        company="Genève Destination Congrès", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "B"),
    ),
    spec(
        "universite_rhenane_reception", K, "fr",
        ("Claire Hummel", "claire.hummel@univ-rhenane.example.fr"),
        "Re: Candidature – Gestionnaire manifestations scientifiques",
        "2026-09-07 11:40 +0200",
        """
        Madame,

        J'accuse bonne réception de votre candidature au poste de gestionnaire
        des manifestations scientifiques au sein du Service des congrès de
        l'Université Rhénane.

        Les entretiens de sélection se tiendront fin septembre. Vous serez
        informée par courriel de la suite donnée à votre dossier.

        Je vous prie d'agréer, Madame, mes salutations distinguées.

        Claire Hummel
        Responsable administrative, Service des congrès
        Université Rhénane
        4 rue Blaise-Pascal, 67000 Strasbourg
        03 68 85 00 41
        """,
        company="Université Rhénane", contact="claire.hummel@univ-rhenane.example.fr",
        parent="own_fr_candidature_universite", charset="iso-8859-1", cte="8bit",
        quote="fr",
    ),
    # ---------------------------------------------------------------- Spanish (3)
    spec(
        "brisasonora_recruitee_recibida", K, "es",
        ("Festival Brisa Sonora", "noreply@recruitee.com"),
        "Hemos recibido tu candidatura – Coordinación de producción y hospitality",
        "2026-04-13 12:31 +0200",
        """
        ¡Hola Franziska!

        Gracias por tu interés en el Festival Brisa Sonora. Hemos recibido tu
        candidatura para el puesto de Coordinación de producción y hospitality
        para la edición 2026.

        Nuestro equipo revisará todas las candidaturas durante las próximas
        semanas. Si tu perfil encaja, te escribiremos para concertar una
        entrevista.

        Un abrazo,
        Equipo de Personas · Festival Brisa Sonora
        Barcelona
        """,
        company="Festival Brisa Sonora", charset="utf-8", cte="quoted-printable",
    ),
    spec(
        "mirador_taleo_recibida", K, "es",
        ("Hoteles Mirador - Empleo", "hotelesmirador@taleo.net"),
        "Confirmación de candidatura: Coordinador/a de Eventos (BCN00871)",
        "2026-05-25 22:03 +0200",
        """
        Estimada Franziska Oberhuber-Lindgren:

        Le confirmamos que hemos recibido correctamente su candidatura para la
        posición Coordinador/a de Eventos (BCN00871) en Hoteles Mirador
        Barcelona.

        Nuestro departamento de Recursos Humanos analizará su perfil. Debido al
        elevado número de solicitudes, solo nos pondremos en contacto con las
        personas preseleccionadas.

        Atentamente,
        Recursos Humanos - Hoteles Mirador

        Este mensaje ha sido generado automáticamente; por favor, no responda.
        """,
        company="Hoteles Mirador", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "B"),
    ),
    spec(
        "llevant_recibida_humano", K, "es",
        ("Núria Casals Puig", "nuria.casals@congresos-llevant.example.es"),
        "RE: Candidatura técnica de congresos",
        "2026-07-01 09:48 +0200",
        """
        Hola Franziska:

        Te confirmo que hemos recibido tu candidatura y tu CV para el puesto de
        técnica de congresos. Muchas gracias por el interés.

        Cerramos la recepción de candidaturas el 5 de julio; después haremos la
        preselección y te diremos algo en cualquier caso.

        Saludos cordiales,

        Núria Casals Puig
        Responsable de Personas
        Palacio de Congresos Llevant
        Av. del Litoral 86, 08005 Barcelona
        Tel. +34 93 555 41 20
        """,
        company="Palacio de Congresos Llevant",
        contact="nuria.casals@congresos-llevant.example.es",
        parent="own_es_candidatura_llevant", quote="es", charset="windows-1252",
        cte="quoted-printable", name_enc=("windows-1252", "Q"),
    ),
]
