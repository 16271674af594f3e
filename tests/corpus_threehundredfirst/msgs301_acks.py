"""Corpus 301, acknowledgements of receipt (ATS and human), including "we cannot reply to
everyone" notices, which are not rejections."""

from __future__ import annotations

SPECS: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "key": "a_giralda", "kind": "application_received", "lang": "es", "slug": "idiomas_giralda_bamboohr",
        "company": "Idiomas Giralda", "contact": "",
        "frm": ("Idiomas Giralda", "no-reply@bamboohr.com"),
        "subject": "Hemos recibido tu solicitud – Coordinadora de Formación del Profesorado",
        "date": "2026-01-08 19:46 +0000", "fmt": "alt", "cte": "quoted-printable",
        "body": """Hola Lucía:

¡Gracias por presentar tu solicitud para Coordinadora de Formación del Profesorado en Idiomas Giralda!

Te confirmamos que la hemos recibido correctamente. Nuestro equipo de Recursos Humanos la revisará y, si tu perfil encaja, nos pondremos en contacto contigo para concertar una llamada.

Saludos,
Idiomas Giralda

Enviado con BambooHR. Por favor, no respondas a este mensaje.""",
    },
    {
        "key": "a_speakwell", "kind": "application_received", "lang": "es", "slug": "speakwell_smartrecruiters",
        "company": "Speakwell Academias", "contact": "",
        "frm": ("Speakwell Academias", "no-reply@smartrecruiters.com"),
        "subject": "Confirmación de candidatura: Formadora de profesores (Málaga)",
        "date": "2026-02-02 10:01 +0000", "fmt": "html", "cte": "base64",
        "brand": "Speakwell Academias", "brand_color": "#ff7043",
        "body": """Hola Lucía,

Gracias por postularte a Formadora de profesores (Málaga) en Speakwell Academias.

Tu candidatura se ha enviado correctamente. Puedes consultar su estado en cualquier momento desde tu perfil de candidata.

Un cordial saludo,
Equipo de Talento de Speakwell Academias""",
    },
    {
        "key": "a_atalaya", "kind": "application_received", "lang": "es", "slug": "atalaya_workday_recibida",
        "company": "Grupo Editorial Atalaya", "contact": "",
        "frm": ("Grupo Editorial Atalaya", "atalaya@myworkday.com"),
        "subject": "Confirmación de solicitud: R-01872 Consultor/a Pedagógico/a Digital",
        "date": "2026-03-05 21:33 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "Grupo Editorial Atalaya · Empleo", "brand_color": "#0d3b66",
        "body": """Estimada Lucía Benítez:

Gracias por enviar su solicitud para el puesto R-01872 Consultor/a Pedagógico/a Digital (Madrid).

Hemos recibido correctamente su candidatura. Puede consultar el estado de la misma en cualquier momento accediendo a su cuenta en nuestro portal de empleo, en la sección «Mis solicitudes».

Atentamente,
Dirección de Personas
Grupo Editorial Atalaya

Este es un mensaje automático. Por favor, no responda a este correo.""",
    },
    {
        "key": "a_scholaris", "kind": "application_received", "lang": "es", "slug": "scholaris_icims",
        "company": "Scholaris", "contact": "",
        "frm": ("Scholaris Careers", "scholaris-careers@icims.com"),
        "subject": "Scholaris: solicitud recibida (Implementation Specialist, Madrid)",
        "date": "2026-03-02 07:12 +0000", "fmt": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable", "henc": ("iso-8859-1", "q"),
        "body": """Estimada Lucía:

Gracias por su interés en Scholaris. Confirmamos la recepción de su solicitud para el puesto de Implementation Specialist (Madrid, req. 2026-0219).

Revisaremos su perfil con detenimiento. Debido al elevado número de candidaturas, solo nos pondremos en contacto con las personas preseleccionadas.

Atentamente,
Equipo de Selección de Scholaris""",
    },
    {
        "key": "a_torrealba", "kind": "application_received", "lang": "es", "slug": "ayuntamiento_torrealba_registro",
        "company": "Ayuntamiento de Torrealba", "contact": "",
        "frm": ("Sede Electrónica – Ayuntamiento de Torrealba", "no-responder@sede.torrealba.example.es"),
        "subject": "Justificante de registro de entrada n.º 2026-E-RE-004187",
        "date": "2026-03-06 23:58 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("Justificante_2026-E-RE-004187.pdf", [
            "Ayuntamiento de Torrealba - Registro Electronico",
            "Numero de registro: 2026-E-RE-004187",
            "Fecha y hora: 06/03/2026 23:57:41",
            "Interesada: Lucía Benítez Roldán",
            "Asunto: Solicitud de participación - Técnico/a de Programas Educativos",
            "Documentos: solicitud.pdf, titulos.pdf, proyecto_actuacion.pdf"])],
        "body": """Se ha registrado correctamente su solicitud en el Registro Electrónico del Ayuntamiento de Torrealba.

Número de registro: 2026-E-RE-004187
Fecha y hora de presentación: 06/03/2026 23:57:41
Procedimiento: Proceso selectivo - Técnico/a de Programas Educativos (Delegación de Educación)
Interesada: LUCÍA BENÍTEZ ROLDÁN

Se adjunta el justificante de presentación, que tiene plena validez a efectos de cómputo de plazos.

Este mensaje se ha generado automáticamente. No responda a esta dirección.""",
    },
    {
        "key": "a_olivar", "kind": "application_received", "lang": "es", "slug": "fundacion_olivar_no_respuesta_individual",
        "company": "Fundación Olivar Educa", "contact": "beatriz.luque@olivareduca.example.org",
        "frm": ("Beatriz Luque", "beatriz.luque@olivareduca.example.org"),
        "subject": "Hemos recibido tu candidatura – «Aulas que leen»",
        "date": "2026-02-12 16:15 +0100", "cte": "quoted-printable",
        "body": """Hola Lucía:

Te confirmo que hemos recibido tu carta y tu currículum para la plaza de coordinadora pedagógica del proyecto «Aulas que leen». ¡Muchas gracias por tu interés!

Somos un equipo pequeño y estamos recibiendo muchísimas candidaturas, así que no podremos responder a cada persona de manera individual. Si tu perfil pasa a la fase de entrevistas, te llamaremos o te escribiremos antes del 27 de febrero.

Un saludo cordial,
Beatriz Luque
Directora de Programas · Fundación Olivar Educa""",
    },
    {
        "key": "a_matvivas", "kind": "application_received", "lang": "es", "slug": "matematicas_vivas_recibida",
        "company": "Matemáticas Vivas", "contact": "guillermo@matematicasvivas.example.es",
        "frm": ("Guillermo Reina", "guillermo@matematicasvivas.example.es"),
        "subject": "Re: Formadora de Centros Educativos – Lucía Benítez",
        "date": "2026-09-03 22:08 +0200", "parent": "o_matvivas_app", "quote": "inline", "cte": "8bit",
        "body": """¡Hola, Lucía!

Recibido, gracias. Le echamos un vistazo esta semana con Carla y te decimos algo en cuanto podamos (somos pocos y vamos a tope con la vuelta al cole).

Guillermo""",
    },
    # ------------------------------------------------------------------ English
    {
        "key": "a_brightdesk", "kind": "application_received", "lang": "en", "slug": "brightdesk_lever_received",
        "company": "Brightdesk Learning", "contact": "",
        "frm": ("Brightdesk Learning", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Brightdesk Learning",
        "date": "2026-06-23 18:05 +0000", "fmt": "alt", "cte": "quoted-printable",
        "body": """Hi Lucía,

Thanks for your interest in Brightdesk Learning! We've received your application for Customer Training Specialist (Dublin / Remote EU).

Our team reviews every application and we'll be in touch if there's a match. In the meantime, you can read more about life at Brightdesk on our blog.

The Brightdesk Learning Team""",
    },
    {
        "key": "a_quillstone", "kind": "application_received", "lang": "en", "slug": "quillstone_workday_received",
        "company": "Quillstone Education", "contact": "",
        "frm": ("Quillstone Education", "quillstone@myworkday.com"),
        "subject": "Application received: Learning Consultant – Ireland (JR-40611)",
        "date": "2026-02-25 12:17 +0000", "fmt": "html", "cte": "quoted-printable",
        "brand": "Quillstone Education Careers", "brand_color": "#4b2e83",
        "body": """Dear Lucía,

Thank you for applying for the Learning Consultant – Ireland role (JR-40611) at Quillstone Education.

We confirm that your application has been successfully submitted. Due to the number of applications we receive, we are unable to provide individual feedback at this stage; you can track the status of your application in your candidate home.

Kind regards,
Talent Acquisition
Quillstone Education""",
    },
    {
        "key": "a_tallyroo", "kind": "application_received", "lang": "en", "slug": "tallyroo_workable_received",
        "company": "Tallyroo", "contact": "",
        "frm": ("Tallyroo", "noreply@workablemail.com"),
        "subject": "Your application for Customer Trainer at Tallyroo",
        "date": "2026-03-27 09:40 +0000", "fmt": "alt", "cte": "quoted-printable",
        "body": """Hi Lucía,

Thank you for applying for the Customer Trainer position at Tallyroo. This email confirms that we have received your application.

We'll review it carefully and get back to you as soon as possible.

Regards,
Tallyroo Hiring Team

Powered by Workable""",
    },
    # ------------------------------------------------------------------ German
    {
        "key": "a_sprachwerk", "kind": "application_received", "lang": "de", "slug": "sprachwerk_softgarden_eingang",
        "company": "Sprachwerk Schulen", "contact": "",
        "frm": ("Sprachwerk Schulen über softgarden", "noreply@softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung (Ref. SW-2026-14)",
        "date": "2026-06-03 06:12 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Sprachwerk Schulen", "brand_color": "#00695c",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihre Bewerbung als Trainerin für digitale Lernplattformen (Ref. SW-2026-14). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Sprachwerk Schulen""",
    },
    {
        "key": "a_kinderfunke", "kind": "application_received", "lang": "de", "slug": "kinderfunke_successfactors",
        "company": "Kinderfunke Verlag", "contact": "",
        "frm": ("Kinderfunke Verlag Karriere", "kinderfunke@successfactors.eu"),
        "subject": "Vielen Dank für Ihre Bewerbung – Produkttrainerin Digitale Lehrwerke",
        "date": "2026-07-20 09:02 +0200", "fmt": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable", "henc": ("windows-1252", "q"),
        "body": """Sehr geehrte Frau Benítez,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Produkttrainerin Digitale Lehrwerke (Req. 1877).

Bitte haben Sie Verständnis dafür, dass die Sichtung aller Unterlagen einige Zeit in Anspruch nimmt. Wir melden uns so bald wie möglich bei Ihnen.

Diese Nachricht wurde automatisch erstellt.

Mit freundlichen Grüßen
Personalabteilung Kinderfunke Verlag""",
    },
    {
        "key": "a_zauberzahl", "kind": "application_received", "lang": "de", "slug": "zauberzahl_personio",
        "company": "Zauberzahl", "contact": "",
        "frm": ("Zauberzahl GmbH", "noreply@personio.de"),
        "subject": "Wir haben deine Bewerbung erhalten!",
        "date": "2026-08-11 20:44 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Zauberzahl", "brand_color": "#f9a825",
        "body": """Hallo Lucía,

danke für deine Bewerbung als Schulungsmanagerin (m/w/d) bei Zauberzahl! Sie ist gut bei uns angekommen.

Wir schauen uns jede Bewerbung persönlich an. Bitte hab etwas Geduld – du hörst spätestens in drei Wochen von uns.

Liebe Grüße
Dein Zauberzahl-Team""",
    },
    # ------------------------------------------------------------------ French
    {
        "key": "a_garonne", "kind": "application_received", "lang": "fr", "slug": "lingua_garonne_workable_recue",
        "company": "École Lingua Garonne", "contact": "",
        "frm": ("École Lingua Garonne", "noreply@workablemail.com"),
        "subject": "Merci pour votre candidature – Formatrice de formateurs (espagnol)",
        "date": "2026-05-21 14:22 +0000", "fmt": "alt", "cte": "quoted-printable",
        "body": """Bonjour Lucía,

Merci d'avoir postulé au poste de Formatrice de formateurs (espagnol) à l'École Lingua Garonne. Nous avons bien reçu votre candidature.

Nous l'étudierons avec attention et reviendrons vers vous dans les meilleurs délais.

Cordialement,
L'équipe recrutement

Powered by Workable""",
    },
    {
        "key": "a_capitole", "kind": "application_received", "lang": "fr", "slug": "editions_capitole_taleo",
        "company": "Éditions Capitole", "contact": "",
        "frm": ("Éditions Capitole - Recrutement", "recrutement-noreply@taleo.net"),
        "subject": "Accusé de réception de votre candidature – Formatrice numérique",
        "date": "2026-08-12 08:30 +0200", "fmt": "html", "cte": "quoted-printable",
        "henc": ("windows-1252", "q"), "brand": "Éditions Capitole", "brand_color": "#8e2430",
        "body": """Madame,

Nous accusons réception de votre candidature au poste de Formatrice numérique (réf. EC-2026-031) et vous remercions de l'intérêt que vous portez aux Éditions Capitole.

Votre dossier est en cours d'examen. En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacune d'entre elles ; si votre profil est retenu, nous vous contacterons dans un délai de quatre semaines.

Le service Recrutement
Éditions Capitole""",
    },
]
