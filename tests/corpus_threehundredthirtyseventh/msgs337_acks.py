"""Acknowledgements that an application arrived, and the last two offers."""

from __future__ import annotations

from msgs337_common import DISCLAIMER_ES, html_page, paras_html

_ITSASO_ACK = (
    "Kaixo Ainhoa!\n\n"
    "Gracias por apuntarte a la oferta de Visual Merchandiser – Bilbao Gran Vía. Tu "
    "candidatura\nha llegado bien y ya está en manos de nuestro equipo de personas.\n\n"
    "Revisamos todas las candidaturas una a una, así que puede que tardemos un poquito en "
    "responder.\n\nEl equipo de Moda Itsaso\n")

_HARTWELL_ACK = (
    "Dear Ainhoa,\n\n"
    "Thank you for applying for Visual Merchandising Manager (Req. 40912) at Hartwell & Co.\n\n"
    "We confirm that your application has been received. Our resourcing team will review it "
    "and,\nif your skills and experience match the requirements, a member of the team will "
    "contact you.\n\nYou can track the status of your application at any time in your "
    "candidate home.\n\n"
    "Hartwell & Co Resourcing\n")

SPECS: list[dict] = [
    # ---- Spanish -------------------------------------------------------------------------
    {
        "slug": "itsaso_teamtailor_recibida", "kind": "application_received", "lang": "es",
        "company": "Moda Itsaso", "contact": "",
        "from": ("Moda Itsaso", "no-reply@teamtailor-mail.com"),
        "subject": "¡Hemos recibido tu candidatura!", "subject_enc": "B:utf-8",
        "date": "2026-01-26 22:14 +0100",
        "text": _ITSASO_ACK,
        "html": html_page(paras_html(_ITSASO_ACK), "MODA ITSASO", "#1b4d6b"),
    },
    {
        "slug": "arantza_icims_recibida", "kind": "application_received", "lang": "es",
        "company": "Perfumerías Arantza", "contact": "",
        "from": ("Perfumerías Arantza", "arantza-noreply@icims.com"),
        "from_enc": "Q:iso-8859-1",
        "subject": "Gracias por tu candidatura – Encargada de Tienda (Vitoria-Gasteiz)",
        "date": "2026-01-15 11:47 +0100",
        "text": (
            "Hola Ainhoa,\n\n"
            "Gracias por tu interés en Perfumerías Arantza. Confirmamos la recepción de tu "
            "candidatura\npara Encargada de Tienda en Vitoria-Gasteiz (Dendaraba).\n\n"
            "Te informamos de que no podemos responder individualmente a todas las personas "
            "que se\ninscriben. Si tu perfil se ajusta a lo que buscamos, nos pondremos en "
            "contacto contigo.\n\nEquipo de Selección\nPerfumerías Arantza\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "mendisport_workable_recibida", "kind": "application_received", "lang": "es",
        "company": "Mendi Sport", "contact": "",
        "from": ("Mendi Sport", "noreply@workablemail.com"),
        "subject": "Gracias por solicitar el puesto de Visual Merchandiser – Irun",
        "date": "2026-04-02 19:40 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "Gracias por tu solicitud para Visual Merchandiser en la nueva tienda de Mendi "
            "Sport en Irun.\nHemos recibido tu CV y lo revisaremos en cuanto cerremos el plazo "
            "de inscripción.\n\nSaludos,\nMendi Sport\n\n--\nEnviado con Workable\n"),
    },
    {
        "slug": "ezkurra_cv_recibido_humano", "kind": "application_received", "lang": "es",
        "company": "Almacenes Ezkurra", "contact": "miren.ugarte@ezkurra.example.es",
        "from": ("Miren Ugarte", "miren.ugarte@ezkurra.example.es"),
        "subject": "RE: Candidatura Responsable de Visual Merchandising",
        "date": "2026-04-06 09:58 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Acuso recibo de tu CV y del portfolio. Los comparto con Garbiñe y te decimos "
            "algo en cuanto\ncerremos la primera criba, previsiblemente en dos semanas.\n\n"
            "Saludos,\nMiren Ugarte\nTécnica de Selección · Almacenes Ezkurra\n"
            "Plaza del Castillo 40 · 31001 Pamplona\n\n" + DISCLAIMER_ES),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "sportia_workday_recibida", "kind": "application_received", "lang": "es",
        "company": "Sportia", "contact": "",
        "from": ("Sportia Empleo", "sportia@myworkday.com"),
        "subject": "Solicitud recibida: Jefe/a de Tienda – Madrid Castellana",
        "date": "2026-07-06 23:05 +0200",
        "html": html_page(
            "<p>Hola, Ainhoa:</p>\n<p>Hemos recibido tu solicitud para <b>Jefe/a de Tienda – "
            "Madrid Castellana</b> (JR-11873).</p>\n<p>Debido al gran número de candidaturas "
            "que recibimos, no podemos responder a cada persona de forma individual. Puedes "
            "consultar el estado en tu cuenta de candidato.</p>\n<p>Talento Sportia</p>",
            "SPORTIA", "#e04e1b", "Mensaje automático. No responder."),
    },
    {
        "slug": "nacar_greenhouse_recibida", "kind": "application_received", "lang": "es",
        "company": "Nácar Cosmética", "contact": "",
        "from": ("Nácar Cosmética", "no-reply@greenhouse-mail.io"),
        "subject": "Gracias por tu interés en Nácar", "date": "2026-06-29 13:12 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "¡Gracias por aplicar a Store Manager Madrid – Fuencarral! Hemos recibido tu "
            "candidatura y\nnuestro equipo la revisará con cariño en los próximos días.\n\n"
            "El equipo de People de Nácar\n"),
    },
    {
        "slug": "temponorte_inscripcion_recibida", "kind": "application_received", "lang": "es",
        "company": "Tempo Norte ETT", "contact": "",
        "from": ("Tempo Norte ETT", "no-reply@temponorte.example.es"),
        "subject": "Inscripción recibida – Oferta 2026-0412 Dependiente/a de moda (Donostia)",
        "date": "2026-05-11 08:03 +0200",
        "text": (
            "Hola AINHOA,\n\n"
            "Te confirmamos que te has inscrito correctamente en la oferta 2026-0412 "
            "Dependiente/a de\nmoda con funciones de escaparatismo (Donostia). Un/a "
            "consultor/a de la delegación revisará tu\nperfil y, si encaja, te llamará.\n\n"
            "Tempo Norte ETT\nEste es un mensaje automático, por favor no respondas.\n"),
        "cte": "base64",
    },
    {
        "slug": "gaztelu_bamboohr_recibida", "kind": "application_received", "lang": "es",
        "company": "Decoración Gaztelu", "contact": "",
        "from": ("Decoración Gaztelu", "notifications@bamboohr.com"),
        "subject": "Hemos recibido tu solicitud – Responsable de Tienda Donostia",
        "date": "2026-08-17 10:26 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Gracias por solicitar el puesto de Responsable de Tienda en Decoración Gaztelu "
            "(Donostia,\nAmara). Tu solicitud se ha recibido correctamente.\n\n"
            "Decoración Gaztelu\n"),
        "html": "auto",
    },
    # ---- English -------------------------------------------------------------------------
    {
        "slug": "coral_thread_ashby_received", "kind": "application_received", "lang": "en",
        "company": "Coral & Thread", "contact": "",
        "from": ("Coral & Thread", "no-reply@ashbyhq.com"),
        "subject": "Thanks for applying to Coral & Thread!", "date": "2026-03-12 07:30 +0000",
        "text": (
            "Hi Ainhoa,\n\n"
            "Thanks for applying for the Visual Merchandiser position at Coral & Thread. We've "
            "got your\napplication and will be in touch if we'd like to take things further.\n\n"
            "Coral & Thread People Team\n"),
        "html": "auto",
    },
    {
        "slug": "hartwell_workday_received", "kind": "application_received", "lang": "en",
        "company": "Hartwell & Co", "contact": "",
        "from": ("Hartwell & Co Careers", "hartwell@myworkday.com"),
        "subject": "Application received - Visual Merchandising Manager",
        "date": "2026-06-01 21:48 +0100",
        "text": _HARTWELL_ACK,
        "html": html_page(paras_html(_HARTWELL_ACK), "HARTWELL & CO", "#2c2a4a"),
        "cte": "quoted-printable",
    },
    {
        "slug": "hollisvane_icims_received", "kind": "application_received", "lang": "en",
        "company": "Hollis & Vane", "contact": "",
        "from": ("Hollis & Vane Talent", "hollisvane-noreply@icims.com"),
        "subject": "We've received your application", "date": "2026-05-14 10:02 +0100",
        "text": (
            "Dear Ainhoa,\n\n"
            "Thank you for your application for Visual Merchandiser - Regent Street. This email "
            "confirms\nwe have received it. Due to the volume of applications we are unable to "
            "respond to every\ncandidate individually; if you are shortlisted we will contact "
            "you within three weeks.\n\n"
            "Hollis & Vane Talent Acquisition\n"),
    },
    # ---- German --------------------------------------------------------------------------
    {
        "slug": "lorenz_successfactors_eingang", "kind": "application_received", "lang": "de",
        "company": "Kaufhaus Lorenz", "contact": "",
        "from": ("Kaufhaus Lorenz Karriere", "noreply@successfactors.eu"),
        "subject": "Vielen Dank für Ihre Bewerbung", "date": "2026-02-26 12:00 +0100",
        "text": (
            "Sehr geehrte Frau Urrutia Belaustegi,\n\n"
            "vielen Dank für Ihre Online-Bewerbung als Abteilungsleitung Kosmetik (m/w/d). Ihre "
            "Unterlagen\nsind vollständig bei uns eingegangen.\n\n"
            "Wir melden uns, sobald wir Ihre Bewerbung geprüft haben. Bitte sehen Sie bis "
            "dahin von\nRückfragen ab.\n\n"
            "Mit freundlichen Grüßen\nKaufhaus Lorenz\nPersonalabteilung\n"),
        "html": "auto", "brand": "KAUFHAUS LORENZ", "colour": "#8b0000",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "moser_personio_eingang", "kind": "application_received", "lang": "de",
        "company": "Sport Alpin Moser", "contact": "",
        "from": ("Sport Alpin Moser", "noreply@personio.de"),
        "subject": "Bewerbungseingang: Teamleitung Visual Merchandising (m/w/d)",
        "date": "2026-04-30 17:11 +0200",
        "text": (
            "Hallo Ainhoa,\n\n"
            "danke für Deine Bewerbung bei Sport Alpin Moser! Wir haben Deine Unterlagen "
            "erhalten und\nschauen sie uns in Ruhe an. Du hörst innerhalb von zwei Wochen von "
            "uns.\n\nSportliche Grüße\nDein Team von Sport Alpin Moser\n"),
    },
    {
        "slug": "seidl_eingangsbestaetigung_persoenlich", "kind": "application_received",
        "lang": "de", "company": "Wohnwelt Seidl", "contact": "p.lechner@wohnwelt-seidl.example.de",
        "from": ("Petra Lechner", "p.lechner@wohnwelt-seidl.example.de"),
        "subject": "Ihre Bewerbung als Dekorateur/in", "date": "2026-05-26 08:47 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "hiermit bestätige ich den Eingang Ihrer Bewerbung vom 24. Mai. Herr Brandl wird "
            "Ihre Unterlagen\nin den nächsten Tagen sichten.\n\n"
            "Mit freundlichen Grüßen\nPetra Lechner\nAssistenz der Personalleitung\n"
            "Wohnwelt Seidl · Münchner Straße 120 · 85774 Unterföhring\n"),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ---- French --------------------------------------------------------------------------
    {
        "slug": "lamarque_taleo_accuse", "kind": "application_received", "lang": "fr",
        "company": "Galeries Lamarque", "contact": "",
        "from": ("Galeries Lamarque", "lamarque-noreply@taleo.net"),
        "subject": "Accusé de réception – Visual Merchandiser Bordeaux (réf. 2600318)",
        "subject_enc": "Q:windows-1252",
        "date": "2026-03-16 10:10 +0100",
        "text": (
            "Madame,\n\n"
            "Nous accusons bonne réception de votre candidature au poste de Visual "
            "Merchandiser – Bordeaux\n(réf. 2600318) et vous en remercions.\n\n"
            "En raison du nombre important de candidatures, nous ne sommes pas en mesure de "
            "répondre\npersonnellement à chacune d'entre elles. Sans nouvelles de notre part "
            "sous six semaines,\nvous pourrez considérer que votre candidature n'a pas été "
            "retenue.\n\nLe service Recrutement des Galeries Lamarque\n"),
        "charset": "windows-1252", "cte": "8bit",
    },
    # ---- the last two offers ------------------------------------------------------------
    {
        "slug": "kresala_oferta_indefinido", "kind": "offer", "lang": "es",
        "company": "Kresala", "contact": "itziar.goikoetxea@kresala.example.es",
        "from": ("Itziar Goikoetxea", "itziar.goikoetxea@kresala.example.es"),
        "subject": "Propuesta: Responsable de Visual zona Gipuzkoa (indefinido)",
        "date": "2026-08-20 12:30 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Como sabes, tu contrato temporal termina el 1 de septiembre. Jon y la dirección "
            "de tiendas\nestán muy contentos con tu trabajo en estos meses y queremos hacerte "
            "una propuesta formal:\n\n"
            "  · Puesto: Responsable de Visual Merchandising zona Gipuzkoa (4 tiendas)\n"
            "  · Contrato indefinido a jornada completa desde el 2 de septiembre\n"
            "  · 28.500 € brutos anuales + coche de empresa para las visitas\n\n"
            "Tienes hasta el 28 de agosto para darnos una respuesta. ¡Ojalá sea que sí!\n\n"
            "Un abrazo,\nItziar Goikoetxea\nTalent Acquisition · Kresala\n"),
    },
    {
        "slug": "lumea_madrid_oferta", "kind": "offer", "lang": "es",
        "company": "Lumea Beauty", "contact": "lucia.ferrandiz@lumea.example.es",
        "from": ("Lucía Ferrándiz", "lucia.ferrandiz@lumea.example.es"),
        "subject": "Oferta de empleo – Store Manager Lumea Madrid Serrano",
        "date": "2026-09-28 18:10 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Tras hablar con mis compañeras de Londres y Bordeaux, que nos han dado muy buenas "
            "referencias\ntuyas, me alegra ofrecerte el puesto de Store Manager de nuestra "
            "nueva tienda de Serrano\n(apertura el 15 de noviembre).\n\n"
            "Condiciones: contrato indefinido, 34.000 € brutos anuales + variable de hasta un "
            "15 %,\nincorporación el 19 de octubre para la preapertura.\n\n"
            "Te adjunto la oferta por escrito. ¿Hablamos mañana por teléfono?\n\n"
            "Lucía Ferrándiz\nRetail Director Iberia · Lumea Beauty\n"
            "C/ Serrano 27, 28001 Madrid · +34 91 000 58 40\n"),
        "html": "auto",
        "pdfs": [("Oferta_Lumea_Madrid_AUrrutia.pdf", [
            "Lumea Beauty Iberia - Oferta de empleo", "Madrid, 28 de septiembre de 2026",
            "Candidata: Ainhoa Urrutia Belaustegi", "Puesto: Store Manager, Serrano",
            "Salario: 34.000 EUR brutos anuales + variable", "Lucia Ferrandiz"])],
    },
]
