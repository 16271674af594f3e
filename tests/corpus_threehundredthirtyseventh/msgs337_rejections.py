"""Rejections: every soft or plain "no" to her application, from ATS, people and agencies."""

from __future__ import annotations

from msgs337_common import DISCLAIMER_DE, DISCLAIMER_ES, DISCLAIMER_FR, html_page, paras_html

ANDER = ("Ander Etxeberria", "ander.etxeberria@mueblesiruna.example.es")
OIHANA = ("Oihana Lasa", "oihana.lasa@hautatu.example.es")
IKER = ("Iker Mendizabal", "iker.mendizabal@bidasoatalent.example.es")

_ARANTZA_TEXT = (
    "Hola Ainhoa,\n\n"
    "Gracias por presentar tu candidatura al puesto de Encargada de Tienda – Vitoria-Gasteiz "
    "(Dendaraba).\n\nHemos revisado tu perfil con atención y, en esta ocasión, no has sido "
    "seleccionada para\ncontinuar en el proceso. Recibimos muchas candidaturas y la decisión "
    "no ha sido fácil.\n\nTe animamos a seguir atenta a nuestras ofertas en el portal de "
    "empleo.\n\nUn saludo,\nEquipo de Selección de Perfumerías Arantza\n")

_LAMARQUE_TEXT = (
    "Madame,\n\n"
    "Nous vous remercions de l'intérêt que vous portez aux Galeries Lamarque et de votre "
    "candidature\nau poste de Visual Merchandiser – Bordeaux (réf. 2600318).\n\n"
    "Après examen attentif de votre dossier, nous sommes au regret de vous informer que "
    "votre\ncandidature n'a pas été retenue pour la suite du processus.\n\n"
    "Nous conservons vos coordonnées et vous souhaitons pleine réussite dans vos "
    "recherches.\n\nLe service Recrutement des Galeries Lamarque\n")

_HARTWELL_TEXT = (
    "Dear Ainhoa,\n\n"
    "Thank you for your interest in the Visual Merchandising Manager position at Hartwell & "
    "Co,\nKnightsbridge.\n\n"
    "Unfortunately, on this occasion your application has not been successful. We had a "
    "very strong\nfield and have shortlisted candidates with more department-store "
    "experience.\n\n"
    "We'd encourage you to keep an eye on our careers site for future opportunities.\n\n"
    "Hartwell & Co Resourcing\n")

SPECS: list[dict] = [
    # ----------------------------------------------------------------------- Spanish
    {
        "slug": "arantza_icims_no_seleccionada", "kind": "rejection", "lang": "es",
        "company": "Perfumerías Arantza", "contact": "",
        "from": ("Perfumerías Arantza", "arantza-noreply@icims.com"),
        "subject": "Tu candidatura en Perfumerías Arantza", "date": "2026-02-09 18:02 +0100",
        "text": _ARANTZA_TEXT,
        "html": html_page(paras_html(_ARANTZA_TEXT), "Perfumerías Arantza", "#b0306a",
                          "Enviado a través de iCIMS. No respondas a este correo."),
        "cte": "base64",
    },
    {
        "slug": "itsaso_teamtailor_otros_perfiles", "kind": "rejection", "lang": "es",
        "company": "Moda Itsaso", "contact": "",
        "from": ("Moda Itsaso", "no-reply@teamtailor-mail.com"),
        "subject": "Actualización sobre tu candidatura – Visual Merchandiser Bilbao",
        "date": "2026-02-17 10:31 +0100",
        "html": html_page(
            "<p>Hola Ainhoa:</p>\n<p>Muchas gracias por tu interés en <b>Moda Itsaso</b> y por "
            "el tiempo que has dedicado a tu candidatura.</p>\n<p>Después de revisar todas las "
            "solicitudes, hemos decidido avanzar con candidaturas cuya experiencia se ajusta "
            "más a lo que buscamos para este puesto en Bilbao.</p>\n<p>Te deseamos mucha "
            "suerte en tu búsqueda.</p>\n<p>Un abrazo,<br>El equipo de Moda Itsaso</p>",
            "MODA ITSASO", "#1b4d6b"),
    },
    {
        "slug": "iruna_bamboohr_cubierto_internamente", "kind": "rejection", "lang": "es",
        "company": "Muebles Iruña", "contact": ANDER[1],
        "from": ("Muebles Iruña", "notifications@bamboohr.com"), "reply_to": ANDER,
        "from_enc": "Q:iso-8859-1",
        "subject": "Puesto de Responsable de Exposición, Pamplona",
        "subject_enc": "Q:iso-8859-1",
        "date": "2026-03-05 12:44 +0100",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te escribo en relación con tu candidatura para Responsable de Exposición en "
            "nuestra tienda\nde Landaben. Finalmente hemos cubierto la vacante con una "
            "compañera de la propia empresa,\npor lo que el proceso queda cerrado.\n\n"
            "Te agradecemos mucho el interés y el portfolio que nos enviaste.\n\n"
            "Ander Etxeberria\nRecursos Humanos · Muebles Iruña\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "lakua_smartrecruiters_proceso_suspendido", "kind": "rejection", "lang": "es",
        "company": "Centros Lakua", "contact": "",
        "from": ("Centros Lakua", "noreply@smartrecruiters.com"),
        "subject": "Proceso de selección – Técnica de Marketing de Centro (Vitoria)",
        "date": "2026-03-19 09:12 +0100",
        "text": (
            "Estimada Ainhoa:\n\n"
            "Te agradecemos tu participación en el proceso de selección para Técnica de "
            "Marketing de\nCentro en el Centro Comercial Lakua.\n\n"
            "Por motivos de reorganización interna, hemos decidido suspender este proceso de "
            "selección,\npor lo que no continuaremos con las candidaturas recibidas. Si en el "
            "futuro volvemos a\nabrirlo, lo publicaremos en nuestra página de empleo.\n\n"
            "Atentamente,\nCentros Lakua – Recursos Humanos\n"),
        "html": "auto", "brand": "CENTROS LAKUA", "colour": "#3b6e22",
    },
    {
        "slug": "hautatu_cliente_otros_perfiles", "kind": "rejection", "lang": "es",
        "company": "Hautatu Selección", "contact": OIHANA[1], "from": OIHANA,
        "subject": "Tu candidatura – Store Manager sector hogar (Pamplona)",
        "date": "2026-04-21 17:36 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "Gracias por la entrevista de la semana pasada. He presentado tu perfil a nuestro "
            "cliente\n(cadena de mobiliario y decoración con tienda en Pamplona) y finalmente "
            "se han decantado por\notros perfiles con más trayectoria gestionando equipos de "
            "venta.\n\n"
            "Me quedo con tu CV para próximos procesos de retail en Navarra.\n\n"
            "Un saludo,\nOihana Lasa\nConsultora · Hautatu Selección\nAvda. Pío XII 7, "
            "31008 Pamplona\n948 00 22 61\n\n" + DISCLAIMER_ES),
    },
    {
        "slug": "ezkurra_despues_entrevista", "kind": "rejection", "lang": "es",
        "company": "Almacenes Ezkurra", "contact": "garbine.iriarte@ezkurra.example.es",
        "from": ("Garbiñe Iriarte", "garbine.iriarte@ezkurra.example.es"),
        "from_enc": "Q:windows-1252",
        "subject": "Proceso Responsable de Visual – Almacenes Ezkurra",
        "subject_enc": "Q:windows-1252",
        "date": "2026-05-06 13:58 +0200",
        "text": (
            "Buenas tardes, Ainhoa:\n\n"
            "Muchas gracias por venir a Pamplona a conocernos. Lamentablemente, tras la "
            "segunda ronda\nhemos optado por otra candidata para el puesto de Responsable de "
            "Visual Merchandising.\n\n"
            "Valoramos mucho tu creatividad y tu trato con el cliente; no dudes en presentarte "
            "a futuras\nvacantes.\n\n"
            "Saludos,\nGarbiñe Iriarte\nDirección de Personas – Almacenes Ezkurra\n"
            "Plaza del Castillo 40 · 31001 Pamplona\n"),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "mendisport_workable_puesto_cancelado", "kind": "rejection", "lang": "es",
        "company": "Mendi Sport", "contact": "",
        "from": ("Mendi Sport", "noreply@workablemail.com"),
        "subject": "Mendi Sport: actualización de tu candidatura",
        "date": "2026-05-13 08:20 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "Queremos informarte de que la vacante de Visual Merchandiser para nuestra nueva "
            "tienda de\nIrun ha sido cancelada, ya que la apertura se retrasa a 2027. Por este "
            "motivo no seguiremos\nadelante con tu candidatura.\n\n"
            "Gracias por tu interés en Mendi Sport.\n\n"
            "--\nEnviado con Workable\n"),
    },
    {
        "slug": "temponorte_cliente_cubrio_vacante", "kind": "rejection", "lang": "es",
        "company": "Hogar Bidasoa", "contact": "leire.arana@temponorte.example.es",
        "from": ("Leire Arana | Tempo Norte ETT", "leire.arana@temponorte.example.es"),
        "subject": "Vacante dependienta-escaparatista Hogar Bidasoa (Irun)",
        "date": "2026-05-27 16:05 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te escribo por la vacante de dependienta-escaparatista en Hogar Bidasoa. El "
            "cliente nos\nacaba de comunicar que ya ha cubierto el puesto, así que tu "
            "candidatura no seguirá adelante.\n\n"
            "Te avisaré en cuanto tengamos otra posición parecida en la comarca.\n\n"
            "Leire Arana\nTempo Norte ETT · Delegación Irun\nPaseo Colón 22, 20302 Irun\n"),
    },
    {
        "slug": "basoa_tras_jornada_prueba", "kind": "rejection", "lang": "es",
        "company": "Moda Basoa", "contact": "unai@modabasoa.example.es",
        "from": ("Unai Garmendia", "unai@modabasoa.example.es"),
        "subject": "Gracias por el sábado", "date": "2026-06-22 21:14 +0200",
        "text": (
            "Hola Ainhoa!\n\n"
            "Gracias por echarnos una mano el sábado en la tienda, el escaparate quedó "
            "precioso. Te soy\nsincero: al final nos quedamos con Amaia, que ya había "
            "trabajado con nosotros en rebajas,\nasí que esta vez no va a poder ser.\n\n"
            "Si abrimos la segunda tienda en Gros te llamo seguro.\n\nUnai\nModa Basoa\n"),
    },
    {
        "slug": "bidasoa_talent_cliente_loira", "kind": "rejection", "lang": "es",
        "company": "Perfumes Loira", "contact": IKER[1], "from": IKER,
        "subject": "Proceso Perfumes Loira – respuesta del cliente",
        "date": "2026-07-09 11:40 +0200",
        "html": html_page(paras_html(
            "Hola Ainhoa:\n\n"
            "Te escribo para cerrar el proceso de Coordinadora de Visual para Perfumes Loira "
            "(Madrid).\nEl cliente nos indica que prefiere un perfil con experiencia previa en "
            "cosmética selectiva,\npor lo que no continuarás en el proceso.\n\n"
            "Gracias por tu disponibilidad y por la presentación que preparaste.\n\n"
            "Iker Mendizabal\nSenior Consultant · Bidasoa Talent Consulting\nwww.bidasoatalent."
            "example.es")),
    },
    {
        "slug": "sportia_workday_no_preseleccionada", "kind": "rejection", "lang": "es",
        "company": "Sportia", "contact": "",
        "from": ("Sportia Empleo", "sportia@myworkday.com"),
        "subject": "Sobre tu solicitud: Jefe/a de Tienda – Madrid Castellana",
        "date": "2026-07-20 07:45 +0200",
        "html": html_page(
            "<p>Hola, Ainhoa:</p>\n<p>Gracias por tu interés en formar parte de Sportia. "
            "Hemos revisado tu solicitud para <b>Jefe/a de Tienda – Madrid Castellana</b>.</p>"
            "\n<p>Lamentablemente, no ha sido preseleccionada para la siguiente fase. Te "
            "animamos a crear alertas de empleo para futuras oportunidades.</p>\n"
            "<p>Saludos,<br>Talento Sportia</p>", "SPORTIA", "#e04e1b",
            "Este correo se ha generado automáticamente desde Workday."),
        "cte": "base64",
    },
    {
        "slug": "nacar_greenhouse_decision", "kind": "rejection", "lang": "es",
        "company": "Nácar Cosmética", "contact": "",
        "from": ("Nácar Cosmética", "no-reply@greenhouse-mail.io"),
        "subject": "Tu proceso con Nácar Cosmética", "date": "2026-08-11 15:02 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "Queríamos agradecerte el tiempo dedicado a las entrevistas para Store Manager "
            "Madrid –\nFuencarral. Tras pensarlo mucho, hemos decidido no avanzar con tu "
            "candidatura: buscamos\nuna persona con más experiencia en gestión de cuenta de "
            "resultados.\n\n"
            "Nos ha encantado conocerte y te deseamos lo mejor.\n\nEl equipo de People de "
            "Nácar\n"),
        "html": "auto",
    },
    {
        "slug": "bidasoa_talent_reenvio_gaztelu", "kind": "rejection", "lang": "es",
        "company": "Decoración Gaztelu", "contact": IKER[1], "from": IKER,
        "subject": "RV: Candidatura Ainhoa Urrutia – Decoración Gaztelu",
        "date": "2026-09-03 10:10 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te reenvío la respuesta de Decoración Gaztelu sobre tu candidatura para la "
            "tienda de\nDonostia. Lo siento mucho; me consta que les gustó tu entrevista. "
            "Seguimos en contacto.\n\nIker\n"),
        "fwd": {
            "slug": "gaztelu_inner", "lang": "es",
            "from": ("Josune Aranburu", "josune.aranburu@gaztelu.example.es"),
            "to": IKER, "subject": "Candidatura Ainhoa Urrutia – Decoración Gaztelu",
            "date": "2026-09-02 18:30 +0200",
            "text": (
                "Hola Iker:\n\n"
                "Gracias por presentarnos a Ainhoa. Nos gustó su perfil, pero finalmente "
                "hemos decidido\nno seguir con ella: necesitamos a alguien que conozca ya el "
                "software de planimetría.\n¿Se lo puedes trasladar, por favor?\n\n"
                "Josune Aranburu\nDecoración Gaztelu\n"),
        },
    },
    # ----------------------------------------------------------------------- English
    {
        "slug": "coral_thread_ashby", "kind": "rejection", "lang": "en",
        "company": "Coral & Thread", "contact": "",
        "from": ("Coral & Thread", "no-reply@ashbyhq.com"),
        "subject": "Your application to Coral & Thread", "date": "2026-03-26 16:48 +0000",
        "text": (
            "Hi Ainhoa,\n\n"
            "Thank you for taking the time to apply for the Visual Merchandiser role at our "
            "Seven Dials\nstore. After careful review, we won't be moving forward with your "
            "application at this time.\n\n"
            "We're grateful for your interest and wish you the best of luck.\n\n"
            "Coral & Thread People Team\n"),
    },
    {
        "slug": "stride_lever_role_on_hold", "kind": "rejection", "lang": "en",
        "company": "Stride Sports", "contact": "megan.hale@stridesports.example.co.uk",
        "from": ("Megan Hale from Stride Sports", "no-reply@hire.lever.co"),
        "reply_to": ("Megan Hale", "megan.hale@stridesports.example.co.uk"),
        "subject": "Update on the Assistant Store Manager role",
        "date": "2026-04-29 11:11 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "I wanted to give you an honest update. Following a review of our London store "
            "plans, the\nAssistant Store Manager role at Westfield has been put on hold "
            "indefinitely, so we will not\nproceed with applications for it, including yours.\n\n"
            "I'm sorry to bring this news and thank you for your patience.\n\n"
            "Megan Hale\nTalent Acquisition, Stride Sports UK\n"),
    },
    {
        "slug": "hartwell_workday_unsuccessful", "kind": "rejection", "lang": "en",
        "company": "Hartwell & Co", "contact": "",
        "from": ("Hartwell & Co Careers", "hartwell@myworkday.com"),
        "subject": "Hartwell & Co - your application", "date": "2026-06-25 09:03 +0100",
        "text": _HARTWELL_TEXT,
        "html": html_page(paras_html(_HARTWELL_TEXT), "HARTWELL & CO", "#2c2a4a"),
    },
    {
        "slug": "brightside_client_not_progressing", "kind": "rejection", "lang": "en",
        "company": "Brightside Retail Recruitment",
        "contact": "owen.price@brightside.example.co.uk",
        "from": ("Owen Price", "owen.price@brightside.example.co.uk"),
        "subject": "Visual Merchandising Supervisor - feedback",
        "date": "2026-08-20 13:37 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "Quick update on the Visual Merchandising Supervisor position I put you forward "
            "for last week.\nMy client has reviewed the shortlist and has decided not to "
            "progress your application - they\nwant someone already living in London who can "
            "start immediately.\n\n"
            "Sorry it's not better news. I'll keep you posted on anything else suitable.\n\n"
            "Owen Price\nSenior Consultant\nBrightside Retail Recruitment\n"
            "Tel: 020 7946 0145\n"),
    },
    # ----------------------------------------------------------------------- German
    {
        "slug": "lorenz_successfactors_absage", "kind": "rejection", "lang": "de",
        "company": "Kaufhaus Lorenz", "contact": "",
        "from": ("Kaufhaus Lorenz Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung bei Kaufhaus Lorenz", "date": "2026-03-11 14:22 +0100",
        "text": (
            "Sehr geehrte Frau Urrutia Belaustegi,\n\n"
            "vielen Dank für Ihre Bewerbung als Abteilungsleitung Kosmetik (m/w/d) am "
            "Marienplatz und das\ndamit verbundene Interesse an unserem Haus.\n\n"
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren "
            "Auswahlverfahren nicht\nberücksichtigen können. Diese Entscheidung ist keine "
            "Bewertung Ihrer Person.\n\n"
            "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
            "Mit freundlichen Grüßen\nKaufhaus Lorenz – Personalabteilung\n\n"
            + DISCLAIMER_DE),
        "cte": "base64",
    },
    {
        "slug": "moser_personio_intern_besetzt", "kind": "rejection", "lang": "de",
        "company": "Sport Alpin Moser", "contact": "lisa.huber@sport-moser.example.de",
        "from": ("Sport Alpin Moser", "noreply@personio.de"),
        "reply_to": ("Lisa Huber", "lisa.huber@sport-moser.example.de"),
        "subject": "Ihre Bewerbung als Teamleitung Visual Merchandising",
        "date": "2026-05-20 09:40 +0200",
        "text": (
            "Hallo Frau Urrutia,\n\n"
            "herzlichen Dank für Ihre Bewerbung. Wir haben uns entschieden, die Stelle intern "
            "mit einer\nKollegin aus unserer Filiale in Garmisch zu besetzen. Daher können wir "
            "Ihre Bewerbung leider\nnicht weiter berücksichtigen.\n\n"
            "Viel Erfolg weiterhin!\nLisa Huber\nPersonal, Sport Alpin Moser\n"),
    },
    {
        "slug": "seidl_verfahren_ausgesetzt", "kind": "rejection", "lang": "de",
        "company": "Wohnwelt Seidl", "contact": "m.brandl@wohnwelt-seidl.example.de",
        "from": ("Markus Brandl", "m.brandl@wohnwelt-seidl.example.de"),
        "subject": "Besetzung Dekorateur/in – Einstellung des Verfahrens",
        "subject_enc": "B:utf-8",
        "date": "2026-07-02 16:15 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "aufgrund eines Einstellungsstopps haben wir das Auswahlverfahren für die Stelle "
            "Dekorateur/in\nin unserem Einrichtungshaus Unterföhring bis auf Weiteres "
            "ausgesetzt. Wir werden Ihre\nBewerbung daher nicht weiterverfolgen und senden "
            "Ihnen Ihre Unterlagen nicht zurück, da\ndiese digital eingegangen sind; sie werden "
            "nach sechs Monaten gelöscht.\n\n"
            "Mit freundlichen Grüßen\n\nMarkus Brandl\nLeitung Personal\nWohnwelt Seidl\n"
            "Münchner Straße 120 · 85774 Unterföhring\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "personalwerk_kunde_anderer_kandidat", "kind": "rejection", "lang": "de",
        "company": "Personalwerk Süd", "contact": "sabine.koch@personalwerk.example.de",
        "from": ("Sabine Koch", "sabine.koch@personalwerk.example.de"),
        "subject": "Rückmeldung zu Ihrer Bewerbung – Filialleitung Parfümerie",
        "date": "2026-09-08 11:05 +0200",
        "text": (
            "Guten Tag Frau Urrutia,\n\n"
            "ich habe heute Rückmeldung von unserem Kunden, einer Parfümeriekette im Raum "
            "München, erhalten.\nDer Kunde hat sich für einen anderen Kandidaten entschieden, "
            "der bereits Führungserfahrung in\nDeutschland mitbringt.\n\n"
            "Gern nehme ich Sie in unseren Kandidatenpool auf.\n\n"
            "Beste Grüße\nSabine Koch\nPersonalberaterin · Personalwerk Süd\n"
            "Leopoldstraße 61, 80802 München\n"),
    },
    # ----------------------------------------------------------------------- French
    {
        "slug": "lamarque_taleo_regret", "kind": "rejection", "lang": "fr",
        "company": "Galeries Lamarque", "contact": "",
        "from": ("Galeries Lamarque", "lamarque-noreply@taleo.net"),
        "subject": "Votre candidature – Visual Merchandiser Bordeaux",
        "date": "2026-04-02 08:55 +0200",
        "text": _LAMARQUE_TEXT,
        "html": html_page(paras_html(_LAMARQUE_TEXT), "GALERIES LAMARQUE", "#000000",
                          "Merci de ne pas répondre à ce message automatique."),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "basquesurf_workable_pas_retenue", "kind": "rejection", "lang": "fr",
        "company": "Basque Surf Sport", "contact": "",
        "from": ("Basque Surf Sport", "noreply@workablemail.com"),
        "subject": "Basque Surf Sport – Responsable de magasin Biarritz",
        "date": "2026-06-09 19:20 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Merci d'avoir postulé chez Basque Surf Sport. Malheureusement, nous avons décidé "
            "de poursuivre\navec des candidats dont l'expérience correspond davantage au "
            "poste de Responsable de magasin\nà Biarritz.\n\n"
            "Bonne continuation et à bientôt peut-être sur les vagues !\n\n"
            "L'équipe Basque Surf Sport\n"),
    },
    {
        "slug": "odalys_apres_entretien", "kind": "rejection", "lang": "fr",
        "company": "Parfumerie Odalys", "contact": "m.laborde@odalys.example.fr",
        "from": ("Mathilde Laborde", "m.laborde@odalys.example.fr"),
        "subject": "Suite à notre entretien", "date": "2026-07-16 12:30 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Je tenais à vous remercier pour notre échange d'hier. Malgré la qualité de "
            "votre parcours,\nnous avons choisi une candidate ayant déjà managé une équipe "
            "en parfumerie sélective.\n\n"
            "Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.\n\n"
            "Mathilde Laborde\nDirectrice régionale Sud-Ouest, Parfumerie Odalys\n"
            "06 12 00 48 31\n\n" + DISCLAIMER_FR),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "lestage_garonne_poste_pourvu", "kind": "rejection", "lang": "fr",
        "company": "Maison Garonne", "contact": "julien.lestage@cabinet-lestage.example.fr",
        "from": ("Julien Lestage", "julien.lestage@cabinet-lestage.example.fr"),
        "reply_to": ("Cabinet Lestage", "julien.lestage@cabinet-lestage.example.fr"),
        "subject": "Maison Garonne – Responsable merchandising", "date": "2026-09-24 17:45 +0200",
        "text": (
            "Bonjour Madame Urrutia,\n\n"
            "Je reviens vers vous concernant le poste de Responsable merchandising chez notre "
            "client\nMaison Garonne (ameublement, Bordeaux Lac). Le poste a été pourvu cette "
            "semaine et je ne\npourrai donc pas présenter votre candidature.\n\n"
            "Je garde votre profil en tête pour nos prochaines missions retail.\n\n"
            "Julien Lestage\nCabinet Lestage Recrutement\n45 quai des Chartrons, 33000 Bordeaux\n"),
    },
]
