"""Corpus 276: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs276_common import ats_card, on_wrote, outlook_html, quote, simple_html

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

SANASENSIO_APPLICATION = """Buenas tardes:

He visto en el tablón de la Casa del Vino que la cooperativa busca un técnico de calidad para la campaña y el embotellado. Os envío mi currículum.

Soy de Mendoza y llevo en La Rioja desde 2023; he hecho tres vendimias en bodegas de Haro y Briones y estoy terminando el curso de auditor interno de IFS Food.

Quedo a vuestra disposición para una entrevista cuando os venga bien.

Un saludo,
Tomás Eriksen-Vallejo
+34 612 48 77 30
"""

MESSAGES: list[dict[str, object]] = [
    # ================================================== application_received: Spanish (10)
    {
        "kind": "application_received", "slug": "valdecruz_teamtailor", "lang": "es",
        "company": "Bodegas Valdecruz", "contact": "",
        "date": "2026-02-02 08:41 +0100", "key": "valdecruz_ack",
        "from": ("Bodegas Valdecruz", "no-reply@teamtailor-mail.com"),
        "subject": "Hemos recibido tu candidatura – Técnico/a de Calidad",
        "headers": AUTO,
        "text": """Hola Tomás,

¡Gracias por tu interés en Bodegas Valdecruz!

Hemos recibido correctamente tu candidatura para el puesto de Técnico/a de Calidad en Haro. Nuestro equipo la revisará en los próximos días y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Mientras tanto, puedes consultar el estado de tu candidatura o actualizar tus datos desde tu perfil.

Un saludo,
El equipo de Bodegas Valdecruz
""",
        "html": ats_card("Bodegas Valdecruz", "#7b1e3a", [
            "Hola Tomás,",
            "¡Gracias por tu interés en Bodegas Valdecruz!",
            "Hemos recibido correctamente tu candidatura para el puesto de Técnico/a de Calidad en Haro. Nuestro equipo la revisará en los próximos días y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.",
            "Mientras tanto, puedes consultar el estado de tu candidatura o actualizar tus datos desde tu perfil.",
            "Un saludo,\nEl equipo de Bodegas Valdecruz",
        ], ("Ver mi candidatura", "https://valdecruz.teamtailor.com/candidate/applications"),
            "Enviado con Teamtailor · Gestiona tus datos personales en cualquier momento"),
    },
    {
        "kind": "application_received", "slug": "enolab_recruitee_no_individual", "lang": "es",
        "company": "Enolab Rioja", "contact": "",
        "date": "2026-01-19 09:02 +0100", "key": "enolab_ack",
        "from": ("Enolab Rioja", "no-reply@jobs.recruitee.com"),
        "subject": "Gracias por tu candidatura a Técnico/a de laboratorio enológico",
        "hcs": "utf-8/q",
        "headers": AUTO,
        "text": """Hola Tomás:

Te confirmamos que hemos recibido tu candidatura para Técnico/a de laboratorio enológico en Haro.

Recibimos muchas solicitudes y, lamentablemente, no podemos responder de forma individual a cada persona que se presenta. Si tu perfil avanza en el proceso, te escribiremos en un plazo aproximado de tres semanas.

Gracias por pensar en Enolab Rioja.

Equipo Enolab Rioja
Avda. de la Estación 9 · Haro
""",
        "html": ats_card("Enolab Rioja", "#6b2737", [
            "Hola Tomás:",
            "Te confirmamos que hemos recibido tu candidatura para Técnico/a de laboratorio enológico en Haro.",
            "Recibimos muchas solicitudes y, lamentablemente, no podemos responder de forma individual a cada persona que se presenta. Si tu perfil avanza en el proceso, te escribiremos en un plazo aproximado de tres semanas.",
            "Gracias por pensar en Enolab Rioja.",
            "Equipo Enolab Rioja\nAvda. de la Estación 9 · Haro",
        ], None, "Enviado con Recruitee"),
    },
    {
        "kind": "application_received", "slug": "nortetemporal_alta", "lang": "es",
        "company": "Norte Temporal", "contact": "",
        "date": "2026-01-12 13:25 +0100", "key": "nt_ack",
        "from": ("Norte Temporal ETT", "no-responder@nortetemporal.example.es"),
        "subject": "Bienvenido a Norte Temporal: tu registro está completo",
        "headers": AUTO,
        "text": """Hola, Tomás:

Tu registro como candidato en Norte Temporal ETT se ha completado correctamente y ya formas parte de nuestra base de profesionales.

Datos del registro:
- Delegación: Logroño
- Áreas de interés: Calidad, Industria alimentaria, Bodegas
- Disponibilidad: inmediata
- CV: CV_Tomas_Eriksen_2026.pdf

Una consultora de la delegación revisará tu perfil y te llamará cuando tengamos una oferta que encaje. Puedes actualizar tus datos y tu CV en cualquier momento desde el área de candidatos.

Norte Temporal ETT
Este correo se ha enviado desde una dirección que no admite respuestas.
""",
    },
    {
        "kind": "application_received", "slug": "arlanza_workday", "lang": "es",
        "company": "Lácteos Arlanza", "contact": "",
        "date": "2026-03-23 06:55 +0000", "key": "arlanza_ack",
        "from": ("Lácteos Arlanza", "lacteosarlanza@myworkday.com"),
        "subject": "Confirmación de solicitud: Técnico/a de Aseguramiento de Calidad (R-04417)",
        "hcs": "utf-8/b",
        "headers": AUTO,
        "text": """Hola Tomás Eriksen-Vallejo:

Gracias por enviar tu solicitud para el puesto Técnico/a de Aseguramiento de Calidad (R-04417).

Hemos recibido tu solicitud y la estamos revisando. Puedes seguir su estado en cualquier momento desde la sección "Mis solicitudes" del portal de empleo.

Atentamente,
Equipo de Talento
Lácteos Arlanza
""",
        "html": ats_card("Lácteos Arlanza", "#1d4f91", [
            "Hola Tomás Eriksen-Vallejo:",
            "Gracias por enviar tu solicitud para el puesto Técnico/a de Aseguramiento de Calidad (R-04417).",
            "Hemos recibido tu solicitud y la estamos revisando. Puedes seguir su estado en cualquier momento desde la sección \"Mis solicitudes\" del portal de empleo.",
            "Atentamente,\nEquipo de Talento\nLácteos Arlanza",
        ], ("Mis solicitudes", "https://lacteosarlanza.wd3.myworkday.com/es/candidato/solicitudes"),
            "No respondas a este mensaje."),
    },
    {
        "kind": "application_received", "slug": "quebradaalta_gracias_postular", "lang": "es",
        "company": "Viña Quebrada Alta", "contact": "",
        "date": "2026-01-07 10:12 -0300", "key": "quebrada_ack",
        "from": ("Viña Quebrada Alta", "noreply@smartrecruiters.com"),
        "subject": "¡Gracias por postular a Viña Quebrada Alta!",
        "hcs": "utf-8/q",
        "headers": AUTO,
        "text": """Hola Tomás:

¡Gracias por postular al cargo de Supervisor(a) de Calidad – Bodega Rioja!

Recibimos tu postulación y nuestro equipo de Personas y Cultura la está revisando. Si tu perfil avanza, te contactaremos por correo o por teléfono para coordinar los próximos pasos.

Te invitamos a seguirnos para conocer más sobre nuestras viñas en Chile y nuestra bodega en España.

Un abrazo,
Equipo de Personas y Cultura
Viña Quebrada Alta
""",
    },
    {
        "kind": "application_received", "slug": "gorbeia_successfactors_html", "lang": "es",
        "company": "Manantial Gorbeia", "contact": "",
        "date": "2026-06-29 05:10 +0000", "key": "gorbeia_ack",
        "from": ("Manantial Gorbeia Empleo", "noreply@successfactors.eu"),
        "subject": "Solicitud recibida – Técnico/a de Calidad (Areatza)",
        "headers": AUTO, "cte": "qp",
        "html": ats_card("Manantial Gorbeia", "#0077b6", [
            "Estimado/a Tomás:",
            "Gracias por tu interés en Manantial Gorbeia. Te confirmamos la recepción de tu solicitud para la posición de Técnico/a de Calidad en la planta de envasado de Areatza (ref. GOR-2026-014).",
            "Nuestro equipo de Personas evaluará tu candidatura. Ten en cuenta que el proceso puede tardar varias semanas.",
            "Atentamente,\nManantial Gorbeia · Personas",
        ], ("Consultar mi solicitud", "https://career2.successfactors.eu/career?company=gorbeia&career_ns=job_application"),
            "Mensaje generado automáticamente."),
    },
    {
        "kind": "application_received", "slug": "arlanzon_bamboohr", "lang": "es",
        "company": "Harinera Arlanzón", "contact": "",
        "date": "2026-08-31 08:00 +0200", "key": "arlanzon_ack",
        "from": ("Harinera Arlanzón", "notifications@bamboohr.com"),
        "subject": "Harinera Arlanzón ha recibido tu solicitud",
        "hcs": "iso-8859-1/q",
        "headers": AUTO,
        "text": """Hola Tomás:

Gracias por presentar tu solicitud para el puesto de Responsable de Laboratorio de Calidad.

La hemos recibido correctamente. Revisaremos tu candidatura junto al resto y nos pondremos en contacto contigo si pasas a la siguiente fase.

Saludos,
Harinera Arlanzón

Enviado mediante BambooHR.
""",
    },
    {
        "kind": "application_received", "slug": "larrea_recibido_cv", "lang": "es",
        "company": "Bodegas Hermanos Larrea", "contact": "pilar.ochoa@hermanoslarrea.example.es",
        "date": "2026-04-30 12:14 +0200", "key": "larrea_ack",
        "from": ("Pilar Ochoa", "pilar.ochoa@hermanoslarrea.example.es"),
        "subject": "RE: Currículum – puesto de calidad",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Hola Tomás:

Hemos recibido tu CV, gracias. Se lo paso a Alberto, que es quien lleva lo del puesto de calidad, y él te dirá algo en cuanto pueda; esta semana está con el embotellado y anda liado.

Un saludo,
Pilar
Oficina – Bodegas Hermanos Larrea
Barrio de la Estación 21 · 26200 Haro · 941 31 27 66
""",
    },
    {
        "kind": "application_received", "slug": "cepatalent_base_datos", "lang": "es",
        "company": "Cepa Talent Partners", "contact": "leire.bengoa@cepatalent.example.es",
        "date": "2026-03-12 09:37 +0100", "key": "cepa_ack", "parent": "cepa_cold",
        "from": ("Leire Bengoa", "leire.bengoa@cepatalent.example.es"),
        "subject": "Re: Perfil calidad – bodega en Rioja Alavesa",
        "text": """Buenos días, Tomás:

Te escribo de parte de Aitziber. Hemos recibido tu CV y ya lo hemos incorporado a nuestra base de candidatos para la búsqueda de la que te habló y para futuras posiciones de calidad en bodegas y alimentación.

Aitziber lo revisará en detalle esta semana y te contactará para los siguientes pasos.

Un saludo,

Leire Bengoa
Research Associate · Cepa Talent Partners
Alameda de Recalde 27, 4.º · 48009 Bilbao
""",
        "html": simple_html([
            "Buenos días, Tomás:",
            "Te escribo de parte de Aitziber. Hemos recibido tu CV y ya lo hemos incorporado a nuestra base de candidatos para la búsqueda de la que te habló y para futuras posiciones de calidad en bodegas y alimentación.",
            "Aitziber lo revisará en detalle esta semana y te contactará para los siguientes pasos.",
            "Un saludo,",
            "Leire Bengoa\nResearch Associate · Cepa Talent Partners\nAlameda de Recalde 27, 4.º · 48009 Bilbao",
        ]),
    },
    {
        "kind": "application_received", "slug": "sanasensio_respuesta", "lang": "es",
        "company": "Cooperativa San Asensio", "contact": "javier.pascual@coopsanasensio.example.es",
        "date": "2026-04-20 10:06 +0200", "key": "sanasensio_ack", "parent": "sanasensio_app",
        "from": ("Javier Pascual", "javier.pascual@coopsanasensio.example.es"),
        "subject": "Re: Candidatura técnico de calidad",
        "cte": "qp",
        "text": """Hola, Tomás:

Recibido, muchas gracias. Tenemos ya unas cuantas candidaturas y el consejo rector decidirá el procedimiento a mediados de mayo; en cuanto haya algo te escribo.

Un saludo,
Javier Pascual Olarte
Gerente · Cooperativa Vinícola San Asensio

""" + on_wrote("es", "2026-04-18 18:22 +0200", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote(SANASENSIO_APPLICATION),
    },
    # ================================================== application_received: English (5)
    {
        "kind": "application_received", "slug": "stellenkloof_greenhouse", "lang": "en",
        "company": "Stellenkloof Wines", "contact": "",
        "date": "2026-04-07 07:12 +0200", "key": "stellen_ack",
        "from": ("Stellenkloof Wines", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Stellenkloof Wines",
        "headers": AUTO,
        "text": """Hi Tomás,

Thanks for applying for the QA Officer – Cellar role at Stellenkloof Wines. Your application has been received and our team will review it shortly.

If your experience is a match for the position, we'll be in touch about next steps.

Regards,
The Stellenkloof Wines Talent Team
""",
        "html": ats_card("Stellenkloof Wines", "#2f4f2f", [
            "Hi Tomás,",
            "Thanks for applying for the QA Officer – Cellar role at Stellenkloof Wines. Your application has been received and our team will review it shortly.",
            "If your experience is a match for the position, we'll be in touch about next steps.",
            "Regards,\nThe Stellenkloof Wines Talent Team",
        ], None, "Powered by Greenhouse", lang="en"),
    },
    {
        "kind": "application_received", "slug": "nordvin_ashby", "lang": "en",
        "company": "Nordvin Beverages", "contact": "",
        "date": "2026-04-20 16:41 +0000", "key": "nordvin_ack",
        "from": ("Nordvin Beverages", "no-reply@ashbyhq.com"),
        "subject": "We've received your application – QA Specialist (Bilbao)",
        "headers": AUTO,
        "text": """Hi Tomás,

Thank you for applying to the QA Specialist (Bilbao) position at Nordvin Beverages.

Our team reviews every application carefully. Because of the number we receive, unfortunately we cannot reply to every applicant individually; if your profile fits, a recruiter will contact you within 15 working days.

Best regards,
Nordvin Beverages Talent Team
""",
    },
    {
        "kind": "application_received", "slug": "capefruit_smartrecruiters", "lang": "en",
        "company": "Cape Fruit Processors", "contact": "",
        "date": "2026-05-11 08:03 +0200", "key": "capefruit_ack",
        "from": ("Cape Fruit Processors", "noreply@smartrecruiters.com"),
        "subject": "Application received: Food Safety & Quality Technician",
        "headers": AUTO, "cte": "b64",
        "text": """Dear Tomás,

Thank you for your application for Food Safety & Quality Technician (Paarl).

This is to confirm that we have received it. A member of our Human Capital team will review your details against the requirements of the role.

Kind regards,
Cape Fruit Processors
""",
        "html": ats_card("Cape Fruit Processors", "#e07b00", [
            "Dear Tomás,",
            "Thank you for your application for Food Safety & Quality Technician (Paarl).",
            "This is to confirm that we have received it. A member of our Human Capital team will review your details against the requirements of the role.",
            "Kind regards,\nCape Fruit Processors",
        ], None, "Powered by SmartRecruiters", lang="en"),
    },
    {
        "kind": "application_received", "slug": "gaiacork_lever", "lang": "en",
        "company": "Gaia Cork Solutions", "contact": "",
        "date": "2026-08-03 14:22 +0100", "key": "gaia_ack",
        "from": ("Gaia Cork Solutions", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Gaia Cork Solutions",
        "headers": AUTO,
        "text": """Hi Tomás,

Thanks for your interest in the Quality Control Analyst role at Gaia Cork Solutions. We've got your application and our team is reviewing it.

We'll let you know by email how things move forward.

The Gaia Cork Solutions team
""",
    },
    {
        "kind": "application_received", "slug": "winelands_registration", "lang": "en",
        "company": "Winelands Recruitment", "contact": "",
        "date": "2026-03-30 09:00 +0200", "key": "winelands_ack",
        "from": ("Winelands Recruitment", "noreply@winelandsrec.example.co.za"),
        "subject": "Registration confirmed – Winelands Recruitment",
        "headers": AUTO,
        "text": """Dear Tomás,

Thank you for registering with Winelands Recruitment. Your profile and CV are now in our database and visible to our consultants in Stellenbosch, Paarl and Cape Town.

Unfortunately, due to the volume of registrations, we cannot respond to every candidate individually. A consultant will contact you if a suitable vacancy comes up.

Kind regards,
Winelands Recruitment
12 Dorp Street, Stellenbosch
""",
        "html": simple_html([
            "Dear Tomás,",
            "Thank you for registering with Winelands Recruitment. Your profile and CV are now in our database and visible to our consultants in Stellenbosch, Paarl and Cape Town.",
            "Unfortunately, due to the volume of registrations, we cannot respond to every candidate individually. A consultant will contact you if a suitable vacancy comes up.",
            "Kind regards,\nWinelands Recruitment\n12 Dorp Street, Stellenbosch",
        ], lang="en"),
    },
    # ================================================== application_received: French (3)
    {
        "kind": "application_received", "slug": "garonne_workable", "lang": "fr",
        "company": "Laboratoire Œnologique Garonne", "contact": "",
        "date": "2026-03-09 15:31 +0100", "key": "garonne_ack",
        "from": ("Laboratoire Œnologique Garonne", "noreply@workablemail.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "hcs": "utf-8/b",
        "headers": AUTO,
        "text": """Bonjour Tomás,

Merci pour votre candidature au poste de Technicien(ne) de laboratoire œnologique.

Nous accusons bonne réception de votre dossier. Notre équipe l'étudiera avec attention et reviendra vers vous si votre profil correspond à nos besoins.

Bien cordialement,
L'équipe recrutement du Laboratoire Œnologique Garonne
""",
    },
    {
        "kind": "application_received", "slug": "lormont_workable", "lang": "fr",
        "company": "Distillerie Lormont", "contact": "",
        "date": "2026-09-02 11:47 +0200", "key": "lormont_ack",
        "from": ("Distillerie Lormont", "noreply@workablemail.com"),
        "subject": "Candidature reçue – Assistant Qualité",
        "headers": AUTO,
        "text": """Bonjour Tomás,

Nous vous remercions de l'intérêt que vous portez à la Distillerie Lormont. Votre candidature au poste d'Assistant Qualité nous est bien parvenue.

Malheureusement, nous ne pouvons pas répondre personnellement à chaque candidature ; si votre profil est retenu pour un entretien, nous vous contacterons sous quinze jours.

Cordialement,
Distillerie Lormont
""",
        "html": ats_card("Distillerie Lormont", "#3a5a40", [
            "Bonjour Tomás,",
            "Nous vous remercions de l'intérêt que vous portez à la Distillerie Lormont. Votre candidature au poste d'Assistant Qualité nous est bien parvenue.",
            "Malheureusement, nous ne pouvons pas répondre personnellement à chaque candidature ; si votre profil est retenu pour un entretien, nous vous contacterons sous quinze jours.",
            "Cordialement,\nDistillerie Lormont",
        ], None, "Envoyé via Workable", lang="fr"),
    },
    {
        "kind": "application_received", "slug": "sarment_vivier", "lang": "fr",
        "company": "Cabinet Sarment Conseil", "contact": "",
        "date": "2026-05-05 08:15 +0200", "key": "sarment_ack",
        "from": ("Cabinet Sarment Conseil", "ne-pas-repondre@sarment-conseil.example.fr"),
        "subject": "Votre inscription au vivier de candidats",
        "cs": "windows-1252", "cte": "qp",
        "headers": AUTO,
        "text": """Bonjour,

Votre inscription au vivier de candidats du Cabinet Sarment Conseil est confirmée. Nous avons bien reçu votre CV et votre lettre de motivation.

Nos consultants spécialisés en vins et spiritueux consultent le vivier à chaque nouvelle mission. Vous serez contacté(e) dès qu’une opportunité correspondra à votre profil.

Cabinet Sarment Conseil – 22, cours de Verdun – 33000 Bordeaux
Merci de ne pas répondre à ce message automatique.
""",
    },
    # ================================================== application_received: German (3)
    {
        "kind": "application_received", "slug": "lindenau_personio", "lang": "de",
        "company": "Sektkellerei Lindenau", "contact": "",
        "date": "2026-06-01 08:30 +0200", "key": "lindenau_ack",
        "from": ("Sektkellerei Lindenau", "no-reply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "headers": AUTO,
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

vielen Dank für Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d) Abfüllung und Ihr Interesse an der Sektkellerei Lindenau.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen diese sorgfältig und melden uns schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personal-Team der Sektkellerei Lindenau
""",
    },
    {
        "kind": "application_received", "slug": "mittelrhein_softgarden", "lang": "de",
        "company": "Getränkeabfüllung Mittelrhein", "contact": "",
        "date": "2026-09-10 12:58 +0200", "key": "mittelrhein_ack",
        "from": ("Getränkeabfüllung Mittelrhein", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "hcs": "utf-8/q", "force_ew": True,
        "headers": AUTO,
        "text": """Guten Tag Herr Eriksen-Vallejo,

Ihre Bewerbung als Qualitätstechniker Abfüllung (m/w/d) am Standort Lorch ist bei uns eingegangen. Herzlichen Dank!

Wir sichten die Unterlagen in den nächsten zwei Wochen und melden uns dann bei Ihnen. Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem softgarden-Konto.

Freundliche Grüße
Ihr Recruiting-Team
""",
        "html": ats_card("Getränkeabfüllung Mittelrhein", "#005f73", [
            "Guten Tag Herr Eriksen-Vallejo,",
            "Ihre Bewerbung als Qualitätstechniker Abfüllung (m/w/d) am Standort Lorch ist bei uns eingegangen. Herzlichen Dank!",
            "Wir sichten die Unterlagen in den nächsten zwei Wochen und melden uns dann bei Ihnen. Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem softgarden-Konto.",
            "Freundliche Grüße\nIhr Recruiting-Team",
        ], ("Zum Bewerberkonto", "https://app.softgarden.io/candidate/applications"),
            "Versendet über softgarden", lang="de"),
    },
    {
        "kind": "application_received", "slug": "oenolabor_taleo", "lang": "de",
        "company": "Önolabor Rheingau", "contact": "",
        "date": "2026-07-20 06:45 +0000", "key": "oenolabor_ack",
        "from": ("Önolabor Rheingau Karriere", "no-reply@taleo.net"),
        "subject": "Bestätigung: Bewerbung Laborant/in Weinanalytik (Nr. 26-0419)",
        "hcs": "iso-8859-1/q",
        "headers": AUTO,
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Laborant/in Weinanalytik (Nr. 26-0419).

Leider können wir nicht jeder Bewerberin und jedem Bewerber persönlich antworten. Wenn Ihr Profil zu unseren Anforderungen passt, nehmen wir innerhalb von drei Wochen Kontakt mit Ihnen auf.

Mit freundlichen Grüßen
Önolabor Rheingau

Dies ist eine automatisch erzeugte Nachricht.
""",
    },
    # ================================================== offer: Spanish (5)
    {
        "kind": "offer", "slug": "valdecruz_carta_oferta", "lang": "es",
        "company": "Bodegas Valdecruz", "contact": "itziar.olano@valdecruz.example.es",
        "date": "2026-03-03 13:30 +0100", "key": "valdecruz_offer", "parent": "valdecruz_move",
        "from": ("Itziar Olano Sáenz", "itziar.olano@valdecruz.example.es"),
        "subject": "Propuesta de incorporación – Técnico/a de Calidad",
        "text": """Hola Tomás:

Después de las entrevistas, el equipo lo tiene claro: queremos que te incorpores a Bodegas Valdecruz como Técnico de Calidad.

Te adjunto la carta con la propuesta. En resumen:
- Contrato indefinido, jornada completa, con incorporación el 1 de abril.
- Salario bruto anual de 27.500 €, en 14 pagas, más plus de vendimia.
- Periodo de prueba de seis meses.
- Convenio del sector de la vid de La Rioja.

Nos gustaría tener tu respuesta antes del martes 10 de marzo. Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo y enhorabuena,

Itziar Olano Sáenz
Responsable de Personas · Bodegas Valdecruz
T. 941 30 88 21

""" + on_wrote("es", "2026-02-16 10:12 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Hola Itziar:

Sin problema, el jueves 19 a las 12:00 allí estaré. Espero que la auditoría vaya bien.

Tomás

""" + on_wrote("es", "2026-02-16 09:05 +0100", "Itziar Olano Sáenz", "itziar.olano@valdecruz.example.es") + quote("""Hola de nuevo, Tomás:

Perdona el cambio con tan poco margen: a Iñigo le han puesto mañana la auditoría de la certificadora y no puede estar en la entrevista.

La pasamos al jueves 19 de febrero a las 12:00, mismo sitio.

""" + on_wrote("es", "2026-02-09 19:02 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Hola Itziar:

Muchas gracias por la invitación. Confirmo mi asistencia el martes 17 a las 10:00 en la bodega."""))),
        "attach": [{
            "pdf": "Carta_oferta_Valdecruz_TEriksen.pdf",
            "title": "Bodegas Valdecruz - Carta de oferta",
            "lines": [
                "Haro, 3 de marzo de 2026",
                "Estimado Sr. Tomás Eriksen-Vallejo:",
                "Nos complace ofrecerle el puesto de Técnico de Calidad en Bodegas Valdecruz.",
                "Tipo de contrato: indefinido a jornada completa.",
                "Fecha de incorporación: 1 de abril de 2026.",
                "Retribución: 27.500 EUR brutos anuales en 14 pagas, más plus de vendimia.",
                "Periodo de prueba: seis meses.",
                "Rogamos nos comunique su aceptación antes del 10 de marzo de 2026.",
                "Itziar Olano Sáenz - Responsable de Personas",
            ],
        }],
    },
    {
        "kind": "offer", "slug": "cepatalent_cliente_oferta", "lang": "es",
        "company": "Bodegas Altos de Labastida", "contact": "aitziber.goikoetxea@cepatalent.example.es",
        "date": "2026-04-14 19:05 +0200", "parent": "cepa_invite",
        "from": ("Aitziber Goikoetxea", "aitziber.goikoetxea@cepatalent.example.es"),
        "subject": "¡El cliente quiere hacerte una oferta!",
        "hcs": "utf-8/b", "force_ew": True,
        "text": """Hola Tomás:

¡Ya te puedo decir el nombre! El cliente es Bodegas Altos de Labastida, y después de la entrevista con su director técnico quiere hacerte una oferta para el puesto de Técnico de Calidad y Certificaciones.

Las condiciones que me han trasladado:
- Contrato indefinido desde el 4 de mayo.
- 29.000 € brutos anuales más un variable de hasta el 8 % ligado a la certificación IFS.
- Coche de empresa para las visitas a viñedo y horario intensivo en verano.

Me piden respuesta antes del viernes. ¿Hablamos mañana a primera hora y lo repasamos? Si hay algo que quieras negociar, es el momento.

Enhorabuena, de verdad.

Aitziber Goikoetxea
Partner · Food & Beverage · Cepa Talent Partners
+34 944 05 61 88
""",
        "html": simple_html([
            "Hola Tomás:",
            "¡Ya te puedo decir el nombre! El cliente es Bodegas Altos de Labastida, y después de la entrevista con su director técnico quiere hacerte una oferta para el puesto de Técnico de Calidad y Certificaciones.",
            "Las condiciones que me han trasladado:\n- Contrato indefinido desde el 4 de mayo.\n- 29.000 € brutos anuales más un variable de hasta el 8 % ligado a la certificación IFS.\n- Coche de empresa para las visitas a viñedo y horario intensivo en verano.",
            "Me piden respuesta antes del viernes. ¿Hablamos mañana a primera hora y lo repasamos? Si hay algo que quieras negociar, es el momento.",
            "Enhorabuena, de verdad.",
            "Aitziber Goikoetxea\nPartner · Food & Beverage · Cepa Talent Partners\n+34 944 05 61 88",
        ]),
    },
    {
        "kind": "offer", "slug": "cidacos_como_te_dije", "lang": "es",
        "company": "Setas Cidacos", "contact": "goyo.herce@setascidacos.example.es",
        "date": "2026-04-21 13:48 +0200", "parent": "cidacos_missed",
        "from": ("Goyo Herce", "goyo.herce@setascidacos.example.es"),
        "subject": "lo que hablamos por teléfono",
        "cte": "8bit",
        "text": """Tomás:

Como te dije esta mañana por teléfono, el puesto es tuyo si lo quieres. Te lo pongo por escrito para que lo tengas claro:

- Responsable de calidad de la nave de envasado, turno de mañana.
- 25.800 € brutos al año, contrato indefinido después de tres meses de prueba.
- Empezarías el lunes 4 de mayo.

Lo de la otra vez ya está olvidado; me alegro de que al final pudiéramos vernos. Piénsatelo y me dices algo antes del viernes, que tengo que cerrar el cuadrante.

Goyo
Setas Cidacos · 941 39 04 55
""",
    },
    {
        "kind": "offer", "slug": "gorbeia_contrato_firma", "lang": "es",
        "company": "Manantial Gorbeia", "contact": "ane.zubizarreta@gorbeia.example.es",
        "date": "2026-08-05 11:20 +0200", "parent": "gorbeia_move",
        "from": ("Ane Zubizarreta", "ane.zubizarreta@gorbeia.example.es"),
        "subject": "Tu contrato para firmar – Manantial Gorbeia",
        "text": """Hola Tomás:

¡Enhorabuena otra vez! Tal como te adelantó ayer Gorka después de la jornada de prueba, nos gustaría que te unieras al equipo de calidad de Areatza.

Te envío adjunto el contrato para que lo revises y lo firmes: técnico de calidad, contrato indefinido, 28.200 € brutos anuales y turno rotativo mañana/tarde, con incorporación el 1 de septiembre. Puedes firmarlo digitalmente desde el enlace que te llegará de nuestra plataforma de firma, o imprimirlo y traerlo el primer día.

Si tienes dudas sobre alguna cláusula, llámame al 94 673 90 15.

Ongi etorri!

Ane Zubizarreta
Técnica de Personas · Manantial Gorbeia, S.A.
""",
        "attach": [{
            "pdf": "Contrato_Tomás_Eriksen-Vallejo.pdf",
            "title": "Contrato de trabajo indefinido - Manantial Gorbeia",
            "lines": [
                "REUNIDOS: de una parte, Manantial Gorbeia, S.A.; de otra, D. Tomás Eriksen-Vallejo.",
                "PRIMERA. El trabajador prestará servicios como Técnico de Calidad en Areatza.",
                "SEGUNDA. Fecha de inicio: 1 de septiembre de 2026. Duración: indefinida.",
                "TERCERA. Retribución: 28.200 EUR brutos anuales.",
                "CUARTA. Jornada: 40 horas semanales en turno rotativo.",
                "Firma del trabajador: ______________________",
            ],
        }],
    },
    {
        "kind": "offer", "slug": "agrolab_oferta_formal", "lang": "es",
        "company": "Agrolab Norte", "contact": "iker.ruizdeazua@agrolabnorte.example.es",
        "date": "2026-09-10 16:02 +0200", "parent": "agrolab_move",
        "from": ("Iker Ruiz de Azúa", "iker.ruizdeazua@agrolabnorte.example.es"),
        "subject": "Oferta de empleo – Técnico de Laboratorio de Calidad",
        "hcs": "utf-8/q",
        "text": """Estimado Tomás:

En nombre de Agrolab Norte tengo el placer de ofrecerte el puesto de Técnico de Laboratorio de Calidad en nuestra sede del Parque Tecnológico de Álava.

Encontrarás todas las condiciones en la carta adjunta: contrato indefinido, 26.900 € brutos anuales, jornada flexible de 7:30 a 15:30 y un plan de formación en microbiología durante el primer año. La fecha de incorporación prevista es el 1 de octubre.

Te agradecería que nos confirmaras tu aceptación por escrito antes del 17 de septiembre.

Un cordial saludo,

Iker Ruiz de Azúa
Responsable de RR. HH.
Agrolab Norte
Parque Tecnológico de Álava, edificio Aldaia · 01510 Miñano
945 01 77 40
""",
        "html": outlook_html([
            "Estimado Tomás:",
            "En nombre de Agrolab Norte tengo el placer de ofrecerte el puesto de Técnico de Laboratorio de Calidad en nuestra sede del Parque Tecnológico de Álava.",
            "Encontrarás todas las condiciones en la carta adjunta: contrato indefinido, 26.900 € brutos anuales, jornada flexible de 7:30 a 15:30 y un plan de formación en microbiología durante el primer año. La fecha de incorporación prevista es el 1 de octubre.",
            "Te agradecería que nos confirmaras tu aceptación por escrito antes del 17 de septiembre.",
            "Un cordial saludo,",
            "Iker Ruiz de Azúa\nResponsable de RR. HH.\nAgrolab Norte\nParque Tecnológico de Álava, edificio Aldaia · 01510 Miñano\n945 01 77 40",
        ]),
        "attach": [{
            "pdf": "Oferta_Agrolab_Norte.pdf",
            "title": "Agrolab Norte - Carta de oferta",
            "lines": [
                "Miñano, 10 de septiembre de 2026",
                "Puesto: Técnico de Laboratorio de Calidad.",
                "Contrato: indefinido. Incorporación: 1 de octubre de 2026.",
                "Salario: 26.900 EUR brutos anuales.",
                "Formación: plan de microbiología durante el primer año.",
                "Aceptación por escrito antes del 17 de septiembre de 2026.",
            ],
        }],
    },
    # ================================================== offer: English (2)
    {
        "kind": "offer", "slug": "valesereno_offer_letter", "lang": "en",
        "company": "Quinta do Vale Sereno", "contact": "beatriz.sousa@valesereno.example.pt",
        "date": "2026-07-20 16:45 +0100", "key": "quinta_offer", "parent": "quinta_move",
        "from": ("Beatriz Sousa", "beatriz.sousa@valesereno.example.pt"),
        "cc": [("Duarte Ferreira", "duarte.ferreira@valesereno.example.pt")],
        "subject": "Offer of employment – Quality Assurance Technician",
        "hcs": "utf-8/q",
        "text": """Dear Tomás,

Following your panel interview, I am delighted to offer you the position of Quality Assurance Technician at Quinta do Vale Sereno.

The attached letter sets out the terms: a permanent contract starting on 1 September 2026, a gross annual salary of EUR 24,000 paid in 14 instalments, a relocation allowance of EUR 1,500 and Portuguese language classes paid by the company.

Please sign and return the letter by 31 July, or let me know if you would like to discuss anything. Duarte, in copy, is looking forward to having you in the team before the harvest.

With warm regards,
Beatriz Sousa
HR Manager | Quinta do Vale Sereno
+351 22 370 4410
""",
        "attach": [{
            "pdf": "QVS_Offer_Letter_Eriksen-Vallejo.pdf",
            "title": "Quinta do Vale Sereno - Offer Letter",
            "lines": [
                "Vila Nova de Gaia, 20 July 2026",
                "Dear Mr Eriksen-Vallejo,",
                "We are pleased to offer you the position of Quality Assurance Technician.",
                "Start date: 1 September 2026. Contract: permanent.",
                "Salary: EUR 24,000 gross per year, paid in 14 instalments.",
                "Relocation allowance: EUR 1,500. Portuguese lessons paid by the company.",
                "Please sign and return by 31 July 2026.",
                "Signed: ______________________",
            ],
        }],
    },
    {
        "kind": "offer", "slug": "simonsberg_contract_signature", "lang": "en",
        "company": "Simonsberg Juice Company", "contact": "lerato.dlamini@simonsbergjuice.example.co.za",
        "date": "2026-10-02 10:30 +0200",
        "from": ("Lerato Dlamini", "lerato.dlamini@simonsbergjuice.example.co.za"),
        "subject": "Your employment contract – please sign",
        "cte": "qp",
        "text": """Dear Tomás,

Further to our call yesterday, and as agreed with our Operations Director, we are happy to confirm our offer for the QA Supervisor position at our Franschhoek juice plant.

Attached is your employment contract. It reflects what we discussed: a start date of 2 November 2026, a monthly salary of ZAR 32,500, a relocation package including one month's accommodation, and our support with the critical-skills work visa.

Please review, initial each page, sign and return it to me by Friday 9 October. Once we have it, our immigration adviser will be in touch about the visa paperwork.

Kind regards,
Lerato Dlamini
HR Business Partner
Simonsberg Juice Company (Pty) Ltd
Main Road, Franschhoek 7690 | +27 21 876 2290
""",
        "attach": [{
            "pdf": "Simonsberg_Employment_Contract.pdf",
            "title": "Simonsberg Juice Company - Contract of Employment",
            "lines": [
                "Employee: Tomas Eriksen-Vallejo",
                "Position: QA Supervisor, Franschhoek plant",
                "Commencement: 2 November 2026",
                "Remuneration: ZAR 32,500 per month",
                "Relocation: one month accommodation and visa support",
                "Signed by employee: ______________________ Date: __________",
            ],
        }],
    },
    # ================================================== offer: French (2)
    {
        "kind": "offer", "slug": "peyrolan_promesse_embauche", "lang": "fr",
        "company": "Château Peyrolan", "contact": "amelie.castaing@chateau-peyrolan.example.fr",
        "date": "2026-06-10 18:02 +0200", "parent": "peyrolan_cancel",
        "from": ("Amélie Castaing", "amelie.castaing@chateau-peyrolan.example.fr"),
        "subject": "Promesse d'embauche - Responsable qualité cuvier et conditionnement",
        "cs": "iso-8859-1", "cte": "qp", "hcs": "iso-8859-1/b", "force_ew": True,
        "text": """Bonjour Tomás,

Suite à votre entretien d'hier avec notre directeur technique, j'ai le plaisir de vous confirmer que nous souhaitons vous recruter au poste de responsable qualité cuvier et conditionnement.

Vous trouverez ci-joint la promesse d'embauche : CDI à temps plein à compter du 1er août 2026, rémunération brute annuelle de 34 000 euros, logement de fonction pendant les vendanges et mutuelle prise en charge à 70 %.

Je vous remercie de me retourner ce document signé avant le 20 juin. Je reste à votre disposition pour toute question.

Bien cordialement,

Amélie Castaing
Responsable des ressources humaines
Château Peyrolan - 33910 Saint-Denis-de-Pile
05 57 84 26 30
""",
        "attach": [{
            "pdf": "Promesse_embauche_Peyrolan.pdf",
            "title": "Château Peyrolan - Promesse d'embauche",
            "lines": [
                "Saint-Denis-de-Pile, le 10 juin 2026",
                "Monsieur Tomás Eriksen-Vallejo,",
                "Nous avons le plaisir de vous confirmer votre embauche en CDI",
                "au poste de responsable qualité cuvier et conditionnement.",
                "Date de prise de fonction : 1er août 2026.",
                "Rémunération brute annuelle : 34 000 euros.",
                "Merci de nous retourner ce document signé avant le 20 juin 2026.",
            ],
        }],
    },
    {
        "kind": "offer", "slug": "sarment_client_bellefontaine", "lang": "fr",
        "company": "Château Bellefontaine", "contact": "mathieu.lafargue@sarment-conseil.example.fr",
        "date": "2026-07-07 12:34 +0200", "parent": "sarment_rej",
        "from": ("Mathieu Lafargue", "mathieu.lafargue@sarment-conseil.example.fr"),
        "subject": "Château Bellefontaine : ils veulent vous faire une offre",
        "text": """Bonjour Tomás,

Belle nouvelle pour finir la semaine en avance : le Château Bellefontaine, que vous avez rencontré jeudi à Lussac, souhaite vous faire une offre pour le poste de responsable qualité et traçabilité.

Les grandes lignes qu'ils m'ont données : CDI, 36 000 euros bruts annuels, prime de vendanges et véhicule de service. Le directeur vous appellera demain matin pour vous la présenter lui-même, puis la proposition écrite suivra.

Réfléchissez à vos questions d'ici là ; on peut en parler ce soir si vous voulez.

Bien à vous,
Mathieu Lafargue
Cabinet Sarment Conseil – 06 71 48 22 90
""",
    },
    # ================================================== offer: German (1)
    {
        "kind": "offer", "slug": "rheinhalde_vertrag", "lang": "de",
        "company": "Weingut Rheinhalde", "contact": "martin@weingut-rheinhalde.example.de",
        "date": "2026-09-08 20:10 +0200", "parent": "rheinhalde_move",
        "from": ("Martin Hollerbach", "martin@weingut-rheinhalde.example.de"),
        "subject": "Wie besprochen: unser Angebot und der Vertrag",
        "text": """Hallo Tomás,

wie ich dir am Donnerstag nach dem Probearbeitstag schon gesagt habe: Wir möchten dich sehr gern bei uns haben. Hier nun alles schriftlich.

Unser Angebot: unbefristete Stelle als Mitarbeiter Keller und Qualitätssicherung ab 1. Oktober, 3.150 € brutto im Monat, in der Lese Überstunden bezahlt, und bis du eine Wohnung findest, kannst du die Einliegerwohnung auf dem Hof nutzen.

Den Arbeitsvertrag habe ich angehängt. Lies ihn in Ruhe, und wenn alles passt, unterschreib ihn und schick ihn mir zurück, gern auch als Scan.

Wir freuen uns!
Martin

Weingut Rheinhalde – Familie Hollerbach
Rüdesheimer Straße 61, 65366 Geisenheim
""",
        "attach": [{
            "pdf": "Arbeitsvertrag_Rheinhalde_Eriksen-Vallejo.pdf",
            "title": "Arbeitsvertrag - Weingut Rheinhalde",
            "lines": [
                "Zwischen Weingut Rheinhalde, Geisenheim, und Herrn Tomás Eriksen-Vallejo",
                "§1 Beginn: 1. Oktober 2026, unbefristet.",
                "§2 Tätigkeit: Mitarbeiter Keller und Qualitätssicherung.",
                "§3 Vergütung: 3.150 EUR brutto monatlich.",
                "§4 Probezeit: sechs Monate.",
                "Unterschrift Arbeitnehmer: ______________________",
            ],
        }],
    },
]
