"""Application acknowledgements and offers written by hand for corpus hundredseventeenth
(Mateo Quispe-Lindahl)."""

from __future__ import annotations

from msgs117_common import ME, P, T, ats_table, gmail, plain_ats

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- application received
    {
        "key": "a01", "kind": "application_received", "scenario": "workday_cannot_reply_all", "lang": "es",
        "company": "Molinos del Rímac", "contact": "",
        "frm": ("Molinos del Rímac Talent Acquisition", "molinosrimac@myworkday.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Recibimos tu postulación – Analista de Aseguramiento de la Calidad (R-0417)",
        "date": "2026-01-08 23:12:40 -0500", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
        "html": ats_table(
            lang="es", logo_src="https://molinosrimac.wd5.myworkdaysite.com/logo/mr_logo_azul.png",
            logo_alt="Molinos del Rímac", accent="#0b4f8a",
            preheader="Gracias por postular",
            content=P(
                "Hola Mateo:",
                "¡Gracias por tu interés en formar parte de Molinos del Rímac! Hemos recibido tu "
                "postulación para <b>Analista de Aseguramiento de la Calidad</b> (R-0417).",
                "Nuestro equipo revisará tu perfil frente a los requisitos del puesto. Debido al alto "
                "volumen de postulaciones, no podemos responder individualmente a cada postulante; "
                "si tu perfil avanza, nos pondremos en contacto contigo.",
                "Puedes seguir el estado de tu postulación en cualquier momento desde "
                "<a href=\"https://molinosrimac.wd5.myworkdaysite.com/es-PE/careers/userHome\" "
                "style=\"color:#0b4f8a;\">tu cuenta de candidato</a>.",
                "Saludos,<br>Equipo de Atracción de Talento<br>Molinos del Rímac",
            ),
            footer="Este correo fue enviado automáticamente desde una dirección que no admite "
                   "respuestas. Molinos del Rímac S.A.A. · Av. Argentina 4793, Callao, Perú.",
            pixel_url="https://wd5.myworkday.com/molinosrimac/email/open/1d0e6b42aa.gif",
        ),
    },
    {
        "key": "a02", "kind": "application_received", "scenario": "thirty_days_consider_unsuccessful", "lang": "es",
        "company": "Hoteles Qhapaq Ñan", "contact": "",
        "frm": ("Hoteles Qhapaq Ñan", "no-reply@qhapaqnan-hotels.example.pe"),
        "to": [("", "mateo.ql@example.pe")], "subject": "Hemos recibido su postulación",
        "date": "2026-02-16 06:40:00 -0500", "cte": "base64",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": T("""
            Estimado(a) postulante:

            Gracias por postular a Hoteles Qhapaq Ñan. Confirmamos la recepción de su
            postulación para el puesto JEFE DE CALIDAD E HIGIENE – HOTEL CUSCO.

            Nuestro equipo de Gestión del Talento evaluará su perfil durante las próximas
            semanas. Recibimos un gran número de postulaciones y lamentablemente no nos es
            posible responder a cada una. Si en un plazo de 30 días no recibe noticias
            nuestras, considere que su postulación no ha sido seleccionada en esta
            oportunidad.

            Atentamente,
            Gestión del Talento
            Hoteles Qhapaq Ñan – Cusco · Valle Sagrado · Lima

            *** Mensaje automático. No responda a este correo. ***
            """),
    },
    {
        "key": "a03", "kind": "application_received", "scenario": "platform_sent_to_employer", "lang": "es",
        "company": "Alimentos La Sabana", "contact": "",
        "frm": ("EmpleoYa", "notificaciones@empleoya.example.co"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "✅ Tu postulación fue enviada a Alimentos La Sabana",
        "date": "2026-04-03 21:18:09 -0500", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.empleoya.example.co/u/unsub?t=0aa71c>, <mailto:unsub@empleoya.example.co>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": ats_table(
            lang="es", logo_src="https://static.empleoya.example.co/img/logo-ey.png",
            logo_alt="EmpleoYa", accent="#ff6a00", font="Verdana, Arial, sans-serif",
            content=P(
                "Hola Mateo,",
                "Tu hoja de vida fue enviada con éxito a <b>Alimentos La Sabana</b> para la oferta "
                "<b>Coordinador(a) HACCP – Planta Funza</b>.",
                "<table role=\"presentation\" cellpadding=\"8\" cellspacing=\"0\" border=\"0\" "
                "style=\"background:#fff4ec;border-radius:6px;width:100%;\"><tr><td style=\"font-size:"
                "13px;\">📍 Funza, Cundinamarca<br>💼 Término indefinido · Presencial<br>🕒 Postulaste el "
                "3 de abril de 2026</td></tr></table>",
                "Te avisaremos cuando la empresa vea tu hoja de vida o cambie el estado de tu "
                "postulación.",
                "<a href=\"https://click.empleoya.example.co/c/71bf?u=mis-postulaciones\" "
                "style=\"color:#ff6a00;font-weight:bold;\">Ver mis postulaciones</a>",
            ),
            footer="EmpleoYa es un servicio de Portales Laborales Andinos S.A.S. Este es un mensaje "
                   "automático. <a href=\"https://www.empleoya.example.co/u/unsub?t=0aa71c\" "
                   "style=\"color:#8a9099;\">Darme de baja</a>",
            pixel_url="https://click.empleoya.example.co/o/71bf02.gif",
        ),
    },
    {
        "key": "a04", "kind": "application_received", "scenario": "bamboohr_alternative", "lang": "es",
        "company": "Frutícola Los Andes", "contact": "",
        "frm": ("Frutícola Los Andes", "notifications@app.bamboohr.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Gracias por postular a Frutícola Los Andes",
        "date": "2026-04-28 10:55:21 -0400", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo,

            ¡Gracias por postular al cargo de Jefe/a de Turno Aseguramiento de Calidad en
            Frutícola Los Andes! Recibimos tus antecedentes y los revisaremos con calma.

            Si tu perfil calza con lo que buscamos, te contactaremos para coordinar una
            entrevista.

            Saludos,
            Equipo de Personas – Frutícola Los Andes
            """),
        "html": plain_ats(
            font="Lato, Helvetica, Arial, sans-serif",
            content=P(
                "Hola Mateo,",
                "¡Gracias por postular al cargo de <b>Jefe/a de Turno Aseguramiento de Calidad</b> en "
                "Frutícola Los Andes! Recibimos tus antecedentes y los revisaremos con calma.",
                "Si tu perfil calza con lo que buscamos, te contactaremos para coordinar una entrevista.",
                "Saludos,<br>Equipo de Personas – Frutícola Los Andes",
            ),
            footer="Frutícola Los Andes SpA · Buin, Chile · Powered by BambooHR",
        ),
    },
    {
        "key": "a05", "kind": "application_received", "scenario": "taleo_latin1_registration", "lang": "es",
        "company": "Frescamar Supermercados", "contact": "",
        "frm": ("Frescamar Supermercados - Empleo", "frescamar@taleo.net"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Confirmación de candidatura - Técnico/a de Calidad de Producto Fresco",
        "date": "2026-05-05 07:30:12 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "html": ats_table(
            lang="es", logo_src="https://frescamar.taleo.net/careersection/theme/frescamar_logo.gif",
            logo_alt="Frescamar Supermercados", accent="#00843d",
            content=P(
                "Estimado/a Mateo:",
                "Gracias por inscribirse en nuestro proceso de selección para el puesto "
                "<b>Técnico/a de Calidad de Producto Fresco</b> (Madrid, plataforma logística de "
                "Getafe), número de solicitud 2600418.",
                "Su candidatura se ha registrado correctamente. Si su perfil se ajusta a los "
                "requisitos, el equipo de selección se pondrá en contacto con usted.",
                "Puede consultar el estado de su solicitud accediendo a su perfil en nuestra "
                "<a href=\"https://frescamar.taleo.net/careersection/2/mysubmissions.ftl\" "
                "style=\"color:#00843d;\">sección de empleo</a>.",
                "Atentamente,<br>Departamento de Selección<br>Frescamar Supermercados",
            ),
            footer="Frescamar Supermercados, S.A. - Avda. de la Industria 18, 28906 Getafe (Madrid). "
                   "No responda a este mensaje.",
            pixel_url="https://frescamar.taleo.net/careersection/o.gif?c=2600418",
        ),
    },
    {
        "key": "a06", "kind": "application_received", "scenario": "acuso_recibo_person", "lang": "es",
        "company": "Embutidos La Colina", "contact": "patricio.andrade@embutidoslacolina.example.ec",
        "frm": ("Ing. Patricio Andrade", "patricio.andrade@embutidoslacolina.example.ec"),
        "to": [ME], "subject": "RE: Hoja de vida - Supervisor BPM",
        "date": "2026-05-25 08:12:44 -0500", "cte": "8bit",
        "thread": ["cand:colina-apply"],
        "text": T("""
            Buenos días Sr. Quispe-Lindahl,

            Acuso recibo de su hoja de vida y documentos. Serán revisados por el área
            técnica durante la presente semana; de ser preseleccionado, se le convocará a
            una prueba técnica en nuestras instalaciones.

            Saludos cordiales,

            Ing. Patricio Andrade Vélez
            Jefe de Talento Humano
            EMBUTIDOS LA COLINA CÍA. LTDA.

            -----Original Message-----
            From: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Sent: Sunday, May 24, 2026 7:51 PM
            To: talentohumano@embutidoslacolina.example.ec
            Subject: Hoja de vida - Supervisor BPM

            Estimados señores:
            Adjunto mi hoja de vida para el cargo de Supervisor BPM publicado en su página.
            Tengo experiencia en cocina industrial de hotel, manejo de BPM y POES, y estoy
            dispuesto a trasladarme a Quito. Quedo atento a una entrevista.
            Atentamente,
            Mateo Quispe-Lindahl
            """),
    },
    {
        "key": "a07", "kind": "application_received", "scenario": "public_constancia_inscripcion", "lang": "es",
        "company": "Instituto Nacional de Calidad Alimentaria", "contact": "",
        "frm": ("INCAL - Convocatorias CAS", "no-responder@incal.example.pe"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "CONSTANCIA DE INSCRIPCION - CAS N° 014-2026-INCAL",
        "date": "2026-03-13 23:59:02 -0500", "charset": "iso-8859-1", "cte": "8bit",
        "text": T("""
            CONSTANCIA DE INSCRIPCIÓN N° 000347

            CONVOCATORIA: CAS N° 014-2026-INCAL
            PUESTO: ESPECIALISTA EN VIGILANCIA SANITARIA DE ALIMENTOS (1)
            POSTULANTE: QUISPE LINDAHL, MATEO
            FECHA Y HORA DE REGISTRO: 13/03/2026 23:58:41

            Su ficha de postulación y su currículum documentado han sido registrados
            correctamente. La presente constancia no implica la admisión al proceso.

            Los resultados de la evaluación curricular se publicarán el 26/03/2026 en el
            portal institucional.

            OFICINA DE RECURSOS HUMANOS - INCAL
            ESTE ES UN MENSAJE AUTOMATICO. POR FAVOR NO RESPONDA A ESTE CORREO.
            """),
    },
    {
        "key": "a08", "kind": "application_received", "scenario": "smartrecruiters_no_individual_reply", "lang": "es",
        "company": "Bureau Andino de Certificación", "contact": "",
        "frm": ("Bureau Andino de Certificación", "no-reply@smartrecruiters.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Bureau Andino de Certificación: hemos recibido tu aplicación",
        "date": "2026-04-02 14:47:33 -0500", "cte": "base64",
        "html": ats_table(
            lang="es", logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/bac.png",
            logo_alt="BAC Bureau Andino de Certificación", accent="#1d3c6e",
            content=P(
                "Hola Mateo,",
                "Gracias por aplicar al cargo de <b>Auditor(a) Junior ISO 22000 / FSSC</b>. Tu "
                "aplicación fue recibida correctamente.",
                "Revisamos todas las hojas de vida con cuidado, pero por el volumen que recibimos no "
                "podremos responder individualmente a cada candidato. Si tu perfil es preseleccionado, "
                "alguien de nuestro equipo te contactará.",
                "Mientras tanto, puedes conocer más sobre nuestros servicios de certificación en "
                "<a href=\"https://www.bac-certificacion.example.co/?utm_source=smartrecruiters\" "
                "style=\"color:#1d3c6e;\">nuestro sitio web</a>.",
                "Equipo de Gestión Humana<br>Bureau Andino de Certificación",
            ),
            footer="Bureau Andino de Certificación S.A.S. · Calle 72 # 10-34, Bogotá D.C.<br>"
                   "Mensaje enviado a través de SmartRecruiters. "
                   "<a href=\"https://www.smartrecruiters.com/privacy-policy\" style=\"color:#8a9099;\">"
                   "Privacidad</a>",
            pixel_url="https://em.smartrecruiters.com/o/eJx9zk0.gif",
        ),
    },
    {
        "key": "a09", "kind": "application_received", "scenario": "successfactors_candidatura_registrada", "lang": "es",
        "company": "Hoteles Alcázar & Spa", "contact": "",
        "frm": ("Hoteles Alcázar & Spa - Selección", "hoteles-alcazar@successfactors.eu"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Hoteles Alcázar & Spa: Hemos recibido su candidatura (Ref. 22871)",
        "date": "2026-07-24 12:03:51 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "html": ats_table(
            lang="es", logo_src="https://career5.successfactors.eu/ui/uicore/img/custlogo/alcazar.png",
            logo_alt="Hoteles Alcázar & Spa", accent="#8c6d3f",
            font="Georgia, 'Times New Roman', serif",
            content=P(
                "Estimado Sr. Quispe-Lindahl:",
                "Le confirmamos que hemos recibido su candidatura para la posición "
                "<i>Responsable de Higiene Alimentaria – Hotel Alcázar Valencia</i> (Ref. 22871).",
                "Nuestro equipo de Selección la estudiará con la máxima atención. En caso de que su "
                "perfil encaje con las necesidades del puesto, nos pondremos en contacto con usted "
                "para las siguientes fases.",
                "Le agradecemos la confianza depositada en nuestra compañía.",
                "Dirección de Personas y Talento<br>Hoteles Alcázar &amp; Spa",
            ),
            footer="Responsable del tratamiento: Alcázar Hotel Management, S.A. Puede ejercer sus "
                   "derechos en privacidad@alcazarhoteles.example.es.<br>"
                   "© 2026 Hoteles Alcázar &amp; Spa",
            pixel_url="https://career5.successfactors.eu/email/track/open?id=5e71f0",
        ),
    },
    {
        "key": "a10", "kind": "application_received", "scenario": "agency_registered_confidential_client", "lang": "es",
        "company": "Grupo Labora Perú", "contact": "fiorella.nunez@grupolabora.example.pe",
        "frm": ("Fiorella Núñez", "fiorella.nunez@grupolabora.example.pe"),
        "to": [ME], "subject": "Registro de CV – Supervisor de Calidad (cliente confidencial)",
        "date": "2026-08-12 13:36:27 -0500", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo, buenas tardes.

            Te confirmo que recibimos tu CV y lo registramos para la búsqueda de Supervisor
            de Calidad que estamos llevando para un cliente confidencial del sector consumo
            masivo (planta en Lurín).

            Estamos en la etapa de filtro curricular hasta fin de mes. Si pasas a la
            siguiente fase te llamaré para una entrevista por competencias.

            Cualquier consulta me escribes por aquí.

            Saludos,
            Fiorella Núñez
            Consultora de Selección | Grupo Labora Perú
            Av. Javier Prado Este 1120, San Isidro · 01 441 2200
            """),
    },
    {
        "key": "a11", "kind": "application_received", "scenario": "workable_recibimos", "lang": "es",
        "company": "Viña Cerro Alegre", "contact": "",
        "frm": ("Viña Cerro Alegre", "noreply@workablemail.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Recibimos tu postulación a Encargado/a de Calidad",
        "date": "2026-09-14 16:21:09 -0300", "cte": "quoted-printable",
        "html": plain_ats(
            content=P(
                "Hola Mateo,",
                "Gracias por tu interés en Viña Cerro Alegre. Recibimos tu postulación al cargo de "
                "<b>Encargado/a de Calidad</b> para nuestra bodega en el Valle de Casablanca.",
                "Revisaremos todos los antecedentes durante las próximas dos semanas, antes del "
                "inicio de la vendimia.",
                "Saludos,<br>Viña Cerro Alegre",
            ),
            footer="Viña Cerro Alegre · Ruta 68 km 72, Casablanca, Valparaíso · Powered by Workable",
            pixel_url="https://apply.workable.com/o/vca-7c2e.gif",
        ),
    },
    {
        "key": "a12", "kind": "application_received", "scenario": "greenhouse_four_weeks_unsuccessful", "lang": "en",
        "company": "Andes Beverage Company", "contact": "",
        "frm": ("Andes Beverage Co. Recruiting", "no-reply@us.greenhouse-mail.io"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Thank you for applying to Andes Beverage Company",
        "date": "2026-01-22 04:10:44 +0000", "cte": "quoted-printable",
        "text": T("""
            Hi Mateo,

            Thanks for applying for the Quality Assurance Specialist role at Andes Beverage
            Company. We've received your application and our team will review it shortly.

            We receive a high volume of applications, so we may not be able to respond to
            each one personally. If you don't hear from us within 4 weeks, please consider
            your application unsuccessful on this occasion.

            Best,
            The Andes Beverage Company Talent Team
            """),
        "html": plain_ats(
            content=P(
                "Hi Mateo,",
                "Thanks for applying for the <b>Quality Assurance Specialist</b> role at Andes Beverage "
                "Company. We've received your application and our team will review it shortly.",
                "We receive a high volume of applications, so we may not be able to respond to each "
                "one personally. If you don't hear from us within 4 weeks, please consider your "
                "application unsuccessful on this occasion.",
                "Best,<br>The Andes Beverage Company Talent Team",
            ),
            footer="Sent via Greenhouse · Andes Beverage Company S.A., Lurín, Lima, Peru",
            pixel_url="https://us.greenhouse-mail.io/o/1c0d9e8f.gif",
        ),
    },
    {
        "key": "a13", "kind": "application_received", "scenario": "icims_received", "lang": "en",
        "company": "Solstice Hotels & Resorts", "contact": "",
        "frm": ("Solstice Hotels & Resorts Careers", "careers-noreply@solsticehotels.icims.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Application Received - Quality & Hygiene Manager (Req 5521)",
        "date": "2026-05-30 19:44:02 -0400", "cte": "base64",
        "text": T("""
            Dear Mateo,

            Thank you for your interest in Solstice Hotels & Resorts. This email confirms
            that we have received your application for Quality & Hygiene Manager at Solstice
            Cartagena (Req 5521).

            A member of our talent team will review your qualifications. Should your
            background match our needs, we will contact you to discuss next steps.

            Check your status: https://careers-solsticehotels.icims.com/jobs/candidate/dashboard

            Warm regards,
            Solstice Hotels & Resorts Talent Acquisition

            Please do not reply to this message; this mailbox is not monitored.
            """),
        "html": ats_table(
            lang="en", logo_src="https://solsticehotels.icims.com/images/branding/solstice_logo_gold.png",
            logo_alt="Solstice Hotels & Resorts", accent="#c89b3c",
            content=P(
                "Dear Mateo,",
                "Thank you for your interest in Solstice Hotels &amp; Resorts. This email confirms "
                "that we have received your application for <b>Quality &amp; Hygiene Manager</b> at "
                "Solstice Cartagena (Req 5521).",
                "A member of our talent team will review your qualifications. Should your background "
                "match our needs, we will contact you to discuss next steps.",
                "You can check your status anytime in the <a href=\"https://careers-solsticehotels."
                "icims.com/jobs/candidate/dashboard\" style=\"color:#9a7526;\">candidate dashboard</a>.",
                "Warm regards,<br>Solstice Hotels &amp; Resorts Talent Acquisition",
            ),
            footer="Please do not reply to this message; this mailbox is not monitored.<br>"
                   "© 2026 Solstice Hospitality Holdings LLC.",
            pixel_url="https://solsticehotels.icims.com/icims2?mode=track&id=12be90",
        ),
    },
    {
        "key": "a14", "kind": "application_received", "scenario": "ashby_short_plain", "lang": "en",
        "company": "Pacific Rim Seafoods", "contact": "",
        "frm": ("Pacific Rim Seafoods", "no-reply@ashbyhq.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "We received your application",
        "date": "2026-07-19 23:03:50 +0000", "cte": "7bit", "charset": "utf-8",
        "text": T("""
            Hi Mateo,

            Thanks for applying to QA Supervisor (night shift) at Pacific Rim Seafoods. We've
            got your application and will be in touch if there's a fit.

            Pacific Rim Seafoods Recruiting

            --
            Powered by Ashby
            """),
    },
    {
        "key": "a15", "kind": "application_received", "scenario": "jobboard_sent_to_employer_en", "lang": "en",
        "company": "Harvest Table Catering", "contact": "",
        "frm": ("JobBridge", "jobs-noreply@jobbridge.example.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Your application was sent to Harvest Table Catering",
        "date": "2026-07-02 15:12:19 -0400", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.jobbridge.example.com/settings/email?u=e81f>"),
                 ("X-JobBridge-Template", "apply_confirmation_v7")],
        "html": ats_table(
            lang="en", logo_src="https://static.jobbridge.example.com/brand/jobbridge-blue.png",
            logo_alt="JobBridge", accent="#0a66c2",
            content=P(
                "Your application was sent to <b>Harvest Table Catering</b>",
                "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
                "<td style=\"padding-right:12px;\"><img src=\"https://static.jobbridge.example.com/co/"
                "harvesttable_48.png\" alt=\"Harvest Table Catering logo\" width=\"48\" height=\"48\">"
                "</td><td style=\"font-size:14px;\"><b>QA Supervisor – Commissary Kitchen</b><br>"
                "Harvest Table Catering · Montreal, QC (On-site)<br>Applied on July 2, 2026</td></tr>"
                "</table>",
                "Your profile, résumé and contact info were shared with the hiring team.",
                "<a href=\"https://www.jobbridge.example.com/trk/c?u=jobs%2Fapplied\" "
                "style=\"color:#0a66c2;font-weight:bold;\">View application</a> · "
                "<a href=\"https://www.jobbridge.example.com/trk/c?u=jobs%2Fsimilar\" "
                "style=\"color:#0a66c2;\">See similar jobs</a>",
            ),
            footer="This email was intended for Mateo Quispe-Lindahl (Sous-chef | HACCP | Food "
                   "safety). You are receiving job application emails. "
                   "<a href=\"https://www.jobbridge.example.com/settings/email?u=e81f\" "
                   "style=\"color:#8a9099;\">Unsubscribe</a><br>© 2026 JobBridge Corporation, "
                   "1000 W Maude Ave, Sunnyvale, CA.",
            pixel_url="https://www.jobbridge.example.com/emimp/ip_e81f.gif",
        ),
    },
    {
        "key": "a16", "kind": "application_received", "scenario": "taleo_accuse_reception", "lang": "fr",
        "company": "Fromageries du Bugey", "contact": "",
        "frm": ("Fromageries du Bugey - Recrutement", "fromageriesdubugey@taleo.net"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Accusé de réception de votre candidature",
        "date": "2026-03-29 20:31:15 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "html": ats_table(
            lang="fr", logo_src="https://fromageriesdubugey.taleo.net/careersection/theme/logo_fdb.gif",
            logo_alt="Fromageries du Bugey", accent="#d4a017",
            content=P(
                "Bonjour Monsieur Quispe-Lindahl,",
                "Nous accusons réception de votre candidature au poste de <b>Technicien Qualité H/F</b> "
                "sur notre site de Belley et vous remercions de l'intérêt que vous portez à notre "
                "entreprise.",
                "Votre dossier va être étudié avec attention par notre service des ressources "
                "humaines. Nous reviendrons vers vous dans les meilleurs délais.",
                "Cordialement,<br>Le Service Ressources Humaines<br>Fromageries du Bugey",
            ),
            footer="Fromageries du Bugey SAS - 12 route de Virieu, 01300 Belley.<br>Merci de ne pas "
                   "répondre à ce message généré automatiquement.",
            pixel_url="https://fromageriesdubugey.taleo.net/careersection/o.gif?c=2981",
        ),
    },
    {
        "key": "a17", "kind": "application_received", "scenario": "smartrecruiters_tu_bien_recu", "lang": "fr",
        "company": "Biscuiterie Lumière", "contact": "",
        "frm": ("Biscuiterie Lumière", "notifications@smartrecruiters.com"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Bien reçu, Mateo !",
        "date": "2026-05-11 22:47:03 +0200", "cte": "quoted-printable",
        "html": ats_table(
            lang="fr", logo_src="https://c.smartrecruiters.com/sr-company-logo/biscuiterielumiere.png",
            logo_alt="Biscuiterie Lumière", accent="#f28c28",
            font="'Trebuchet MS', Arial, sans-serif",
            content=P(
                "Hello Mateo 👋",
                "Ta candidature pour le poste d'<b>Assistant·e Qualité</b> est bien arrivée chez "
                "nous !",
                "Notre petite équipe lit chaque candidature elle-même, ça peut donc prendre deux ou "
                "trois semaines. On revient vers toi dans tous les cas.",
                "En attendant, viens voir comment on fabrique nos sablés sur "
                "<a href=\"https://www.instagram.com/biscuiterie.lumiere.example\" "
                "style=\"color:#f28c28;\">Instagram</a> 🍪",
                "L'équipe Biscuiterie Lumière",
            ),
            footer="Biscuiterie Lumière SAS · 41 rue Marietton, 69009 Lyon · via SmartRecruiters",
            pixel_url="https://em.smartrecruiters.com/o/eJwNyzE.gif",
        ),
    },
    {
        "key": "a18", "kind": "application_received", "scenario": "quebec_platform_transmise", "lang": "fr",
        "company": "Aliments Mont-Royal", "contact": "",
        "frm": ("EmploisQC", "ne-pas-repondre@emploisqc.example.ca"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Votre candidature a été transmise à Aliments Mont-Royal inc.",
        "date": "2026-08-28 21:16:40 -0400", "cte": "quoted-printable",
        "headers": [("List-Unsubscribe", "<https://www.emploisqc.example.ca/desabonnement?c=55a0>")],
        "html": ats_table(
            lang="fr", logo_src="https://www.emploisqc.example.ca/img/emploisqc-logo.png",
            logo_alt="EmploisQC", accent="#0055a4",
            content=P(
                "Bonjour Mateo,",
                "Votre candidature pour l'offre <b>Technicien(ne) en assurance qualité</b> a bien été "
                "transmise à l'employeur <b>Aliments Mont-Royal inc.</b> (Montréal, Mercier–"
                "Hochelaga-Maisonneuve).",
                "L'employeur communiquera directement avec vous si votre profil est retenu pour une "
                "entrevue.",
                "<a href=\"https://www.emploisqc.example.ca/r/c?l=mes-candidatures&amp;u=55a0\" "
                "style=\"color:#0055a4;\">Suivre mes candidatures</a>",
            ),
            footer="EmploisQC – Votre carrière au Québec. Vous recevez ce courriel parce que vous avez "
                   "postulé par EmploisQC. <a href=\"https://www.emploisqc.example.ca/desabonnement?"
                   "c=55a0\" style=\"color:#8a9099;\">Se désabonner</a>",
            pixel_url="https://www.emploisqc.example.ca/r/o/55a0.gif",
        ),
    },
    {
        "key": "a19", "kind": "application_received", "scenario": "public_two_months_no_answer", "lang": "fr",
        "company": "Agence régionale de sécurité sanitaire des aliments", "contact": "",
        "frm": ("ARSSA Recrutement", "recrutement-ne-pas-repondre@arssa.example.fr"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Accusé de réception – candidature n° 2026-0712",
        "date": "2026-06-24 09:00:00 +0200", "cte": "8bit",
        "text": T("""
            Monsieur,

            Nous accusons réception de votre candidature (n° 2026-0712) au poste de
            contractuel « Technicien·ne d'inspection en restauration collective », publiée
            sur la place de l'emploi public.

            En raison du nombre important de candidatures, il ne pourra pas être répondu
            individuellement à chacune d'elles. Sans réponse de notre part dans un délai de
            deux mois, vous pourrez considérer que votre candidature n'a pas été retenue.

            Nous vous remercions de l'intérêt porté à nos missions.

            Le service des ressources humaines
            Agence régionale de sécurité sanitaire des aliments
            Direction Auvergne-Rhône-Alpes · 165 rue Garibaldi, 69003 Lyon

            Ce message est envoyé automatiquement, merci de ne pas y répondre.
            """),
    },
    {
        "key": "a20", "kind": "application_received", "scenario": "softgarden_eingangsbestaetigung", "lang": "de",
        "company": "Lebensmittelprüfinstitut Dr. Brenner", "contact": "",
        "frm": ("Lebensmittelprüfinstitut Dr. Brenner GmbH", "jobs@brenner-labor.softgarden.io"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "date": "2026-02-17 18:05:27 +0100", "cte": "quoted-printable",
        "html": ats_table(
            lang="de", logo_src="https://brenner-labor.softgarden.io/assets/logo_brenner.png",
            logo_alt="Lebensmittelprüfinstitut Dr. Brenner", accent="#005a9c",
            content=P(
                "Sehr geehrter Herr Quispe-Lindahl,",
                "vielen Dank für Ihre Bewerbung als <b>Qualitätssicherungsbeauftragter (m/w/d)</b>. "
                "Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
                "Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. "
                "Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.",
                "Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem "
                "<a href=\"https://brenner-labor.softgarden.io/de/applicant/status?u=b71\" "
                "style=\"color:#005a9c;\">Bewerberkonto</a> einsehen.",
                "Mit freundlichen Grüßen<br>Personalabteilung<br>Lebensmittelprüfinstitut Dr. Brenner",
            ),
            footer="Lebensmittelprüfinstitut Dr. Brenner GmbH · Am Speicher XI 8 · 28217 Bremen<br>"
                   "Geschäftsführer: Dr. Clemens Brenner, Dr. Ulrike Sand · Amtsgericht Bremen HRB "
                   "21874",
            pixel_url="https://brenner-labor.softgarden.io/mail/open/0c9a44.png",
        ),
    },
    {
        "key": "a21", "kind": "application_received", "scenario": "personio_du_danke", "lang": "de",
        "company": "Hotelgruppe Alpenglanz", "contact": "",
        "frm": ("Hotelgruppe Alpenglanz", "noreply@personio.de"),
        "to": [("", "mateo.ql@example.pe")],
        "subject": "Danke für deine Bewerbung, Mateo!",
        "date": "2026-04-26 20:58:13 +0200", "cte": "quoted-printable",
        "text": T("""
            Hallo Mateo,

            schön, dass du dich als Hygienebeauftragter Küche (m/w/d) bei der Hotelgruppe
            Alpenglanz beworben hast! Deine Unterlagen sind gut bei uns angekommen.

            Unser People-&-Culture-Team schaut sich deine Bewerbung in den nächsten Tagen
            an und meldet sich dann bei dir.

            Bis bald in den Bergen!
            Dein Alpenglanz-Team
            """),
        "html": plain_ats(
            font="Helvetica, Arial, sans-serif",
            content=P(
                "Hallo Mateo,",
                "schön, dass du dich als <b>Hygienebeauftragter Küche (m/w/d)</b> bei der Hotelgruppe "
                "Alpenglanz beworben hast! Deine Unterlagen sind gut bei uns angekommen.",
                "Unser People-&amp;-Culture-Team schaut sich deine Bewerbung in den nächsten Tagen an "
                "und meldet sich dann bei dir.",
                "Bis bald in den Bergen! 🏔️<br>Dein Alpenglanz-Team",
            ),
            footer="Hotelgruppe Alpenglanz GmbH · Maria-Theresien-Straße 21 · 6020 Innsbruck · FN "
                   "412233a · Versendet über Personio",
            pixel_url="https://alpenglanz.jobs.personio.de/t/o/71d0e9.png",
        ),
    },
    # ---------------------------------------------------------------- offers
    {
        "key": "o01", "kind": "offer", "scenario": "carta_oferta_pdf", "lang": "es",
        "company": "Grupo Catering Pacífico", "contact": "karina.mendoza@cateringpacifico.example.pe",
        "frm": ("Karina Mendoza Salas", "karina.mendoza@cateringpacifico.example.pe"),
        "to": [ME], "subject": "Carta oferta – Supervisor de Calidad, Operaciones Mineras",
        "date": "2026-06-22 18:02:44 -0500", "charset": "windows-1252", "cte": "quoted-printable",
        "att": [("Carta_Oferta_MQuispeLindahl.pdf", [
            "GRUPO CATERING PACIFICO S.A.C.", "Lima, 22 de junio de 2026", "",
            "Senor Mateo Quispe-Lindahl", "Presente.-", "",
            "Nos es grato ofrecerle el puesto de SUPERVISOR DE CALIDAD - OPERACIONES MINERAS.",
            "Remuneracion bruta mensual: S/ 7,800.00 (14 sueldos al ano).",
            "Regimen atipico 14x7, unidad minera en Ancash. Inicio: 13 de julio de 2026.",
            "Seguro EPS, movilidad aeropuerto-campamento y alimentacion en campamento.",
            "", "Karina Mendoza Salas - Jefa de Reclutamiento y Seleccion"])],
        "text": T("""
            Estimado Mateo:

            ¡Felicitaciones! Luego de las evaluaciones del proceso, nos complace ofrecerle
            el puesto de Supervisor de Calidad – Operaciones Mineras. Adjunto encontrará la
            carta oferta con las condiciones: remuneración, régimen 14x7 y beneficios.

            Le agradeceremos revisarla y devolverla firmada a más tardar el viernes 26 de
            junio. La fecha de ingreso propuesta es el lunes 13 de julio; antes deberá
            pasar el examen médico ocupacional (le enviaremos la orden).

            Cualquier duda sobre la oferta puede llamarme directamente.

            Saludos cordiales,

            Karina Mendoza Salas
            Jefa de Reclutamiento y Selección
            Grupo Catering Pacífico S.A.C.
            Central (01) 610-4400 – anexo 5120
            """),
    },
    {
        "key": "o02", "kind": "offer", "scenario": "contrato_indefinido_pdf", "lang": "es",
        "company": "Certiqual Ibérica", "contact": "beatriz.lozano@certiqual.example.es",
        "frm": ("Beatriz Lozano", "beatriz.lozano@certiqual.example.es"),
        "to": [ME], "cc": [("Álvaro Ruiz", "alvaro.ruiz@certiqual.example.es")],
        "subject": "Propuesta de incorporación – Auditor/a Junior IFS/BRCGS",
        "date": "2026-06-03 13:27:18 +0200", "cte": "base64",
        "att": [("Propuesta_Certiqual_Quispe-Lindahl.pdf", [
            "CERTIQUAL IBERICA, S.L.", "Propuesta de incorporacion", "",
            "Puesto: Auditor/a Junior IFS / BRCGS - Oficina de Madrid",
            "Contrato: indefinido, jornada completa. Periodo de prueba: 6 meses.",
            "Retribucion: 31.000 EUR brutos anuales + dietas y kilometraje.",
            "Incorporacion: 1 de septiembre de 2026 (sujeta a permiso de residencia y trabajo).",
            "Formacion inicial: curso de auditor IFS Food v8 a cargo de la empresa."]),
             ("Contrato_borrador.pdf", [
            "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO (BORRADOR)",
            "Entre CERTIQUAL IBERICA, S.L. y D. MATEO QUISPE-LINDAHL", "",
            "Clausula primera - Objeto: prestacion de servicios como Auditor/a Junior.",
            "Clausula segunda - Jornada: 40 horas semanales, con desplazamientos.",
            "Clausula tercera - Periodo de prueba: seis meses."])],
        "text": T("""
            Hola Mateo:

            ¡Qué alegría escribirte este correo! Después de las entrevistas con Álvaro y con
            el equipo técnico, queremos proponerte que te incorpores a Certiqual Ibérica como
            Auditor/a Junior IFS/BRCGS en nuestra oficina de Madrid.

            Te adjunto la propuesta con las condiciones (contrato indefinido, 31.000 € brutos
            anuales más dietas, incorporación el 1 de septiembre) y un borrador del contrato
            para que lo revises con calma. La incorporación queda sujeta a que tengas el
            permiso de trabajo en regla; nosotros te ayudamos con la documentación.

            ¿Podrías decirnos algo antes del 12 de junio? Si quieres, hacemos una llamada
            para resolver cualquier duda.

            Un abrazo,

            Beatriz Lozano
            Responsable de Selección · Certiqual Ibérica
            C/ de Orense 34, 28020 Madrid · +34 915 55 20 87
            """),
    },
    {
        "key": "o03", "kind": "offer", "scenario": "verbal_offer_confirmed", "lang": "es",
        "company": "Cervecería Huaylas", "contact": "diego@cerveceriahuaylas.example.pe",
        "frm": ("Diego Alarcón", "diego@cerveceriahuaylas.example.pe"),
        "to": [ME], "cc": [("Ana Quispe", "ana@cerveceriahuaylas.example.pe")],
        "subject": "lo que hablamos por teléfono",
        "date": "2026-02-18 20:33:05 -0500", "cte": "8bit",
        "text": T("""
            Mateo!

            Como te dije por teléfono hace un rato: queremos que te sumes a Huaylas como
            Jefe de Calidad e Inocuidad. Te lo pongo por escrito para que quede claro:

            - Sueldo: S/ 4,500 brutos al mes, en planilla, con todos los beneficios de ley
            - Inicio: lunes 2 de marzo (si puedes antes, mejor jaja)
            - Base: planta de San Jerónimo, Cusco; te ayudamos con el primer mes de alquiler
            - Objetivo del año: registro sanitario DIGESA de la línea de latas y HACCP
              implementado

            Cuando me confirmes, Ana te manda el contrato para firmar.

            Qué bueno que lo del turno de prueba se pudo arreglar al final. Bienvenido!!

            Diego
            Cervecería Huaylas – Cusco
            """),
    },
    {
        "key": "o04", "kind": "offer", "scenario": "conditional_offer_gmail_quote", "lang": "es",
        "company": "Hoteles Candelaria & Co.", "contact": "paola.rincon@hotelescandelaria.example.co",
        "frm": ("Paola Andrea Rincón", "paola.rincon@hotelescandelaria.example.co"),
        "to": [ME], "subject": "Re: Entrevista reprogramada - Coordinador de Calidad",
        "date": "2026-04-15 11:48:30 -0500", "cte": "quoted-printable",
        "thread": ["m02", "cand:candelaria-sorry"],
        "text": T("""
            Cordial saludo señor Mateo,

            Con mucho gusto le informo que el comité de selección decidió ofrecerle el cargo
            de Coordinador de Calidad e Inocuidad de Alimentos y Bebidas para nuestros
            hoteles de La Candelaria y Usaquén.

            La oferta es condicional a:
            1. Resultado satisfactorio de los exámenes médicos ocupacionales y del curso de
               manipulación de alimentos vigente (Resolución 2674 de 2013).
            2. Verificación de las dos referencias laborales que nos compartió.
            3. Obtención del permiso especial / visa de trabajo para Colombia.

            Salario: COP 6.200.000 mensuales, contrato a término indefinido. En los próximos
            días le envío la carta formal con todos los detalles.

            Quedo atenta a su respuesta.

            Paola Andrea Rincón
            Analista de Gestión Humana · Hoteles Candelaria & Co.

            El jue, 19 mar 2026 a las 8:10, Mateo Quispe-Lindahl (<mateo.ql@example.pe>) escribió:

            > Buenos días Paola, lamentablemente ayer se me descargó el celular y no pude
            > contestar la llamada del chef. Lamento mucho el inconveniente. ¿Sería
            > posible reprogramar la entrevista? Sigo muy interesado.
            > Atentamente, Mateo
            """),
    },
    {
        "key": "o05", "kind": "offer", "scenario": "startup_offer_html_alternative", "lang": "es",
        "company": "Nutrikallpa", "contact": "valeria.soto@nutrikallpa.example.pe",
        "frm": ("Valeria Soto | Nutrikallpa", "valeria.soto@nutrikallpa.example.pe"),
        "to": [ME], "subject": "🎉 Oferta: QA Lead en Nutrikallpa",
        "date": "2026-03-20 19:12:37 -0500", "cte": "quoted-printable",
        "text": T("""
            Hola Mateo,

            Después de la reunión con Rafa y de la visita a la planta, estamos felices de
            ofrecerte el puesto de QA Lead en Nutrikallpa. Acá va el resumen:

            Puesto: QA Lead (reporta a Rafa, cofundador de producción)
            Sueldo: S/ 6,000 brutos mensuales + 0,5 % de phantom shares con vesting a 4 años
            Modalidad: presencial en Barranco, con 1 día remoto a la semana
            Inicio propuesto: 6 de abril

            La oferta está vigente hasta el viernes 27 de marzo. Si te parece bien, te
            enviamos el contrato por DocuSign.

            ¡Ojalá nos digas que sí!
            Val
            """),
        "html": gmail(
            "<div>Hola Mateo,</div><div><br></div>"
            "<div>Después de la reunión con Rafa y de la visita a la planta, estamos felices de "
            "ofrecerte el puesto de <b>QA Lead</b> en Nutrikallpa. Acá va el resumen:</div><div><br></div>"
            "<table style=\"border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px\">"
            "<tr><td style=\"padding:4px 12px 4px 0;color:#666\">Puesto</td><td style=\"padding:4px 0\">"
            "QA Lead (reporta a Rafa, cofundador de producción)</td></tr>"
            "<tr><td style=\"padding:4px 12px 4px 0;color:#666\">Sueldo</td><td style=\"padding:4px 0\">"
            "S/ 6,000 brutos mensuales + 0,5 % de phantom shares con vesting a 4 años</td></tr>"
            "<tr><td style=\"padding:4px 12px 4px 0;color:#666\">Modalidad</td><td style=\"padding:4px 0\">"
            "presencial en Barranco, con 1 día remoto a la semana</td></tr>"
            "<tr><td style=\"padding:4px 12px 4px 0;color:#666\">Inicio</td><td style=\"padding:4px 0\">"
            "6 de abril</td></tr></table><div><br></div>"
            "<div>La oferta está vigente hasta el viernes 27 de marzo. Si te parece bien, te enviamos "
            "el contrato por DocuSign.</div><div><br></div><div>¡Ojalá nos digas que sí!<br>Val</div>"),
    },
    {
        "key": "o06", "kind": "offer", "scenario": "public_university_ganador_pdf", "lang": "es",
        "company": "Universidad Politécnica del Pichincha", "contact": "veronica.salazar@upp.example.ec",
        "frm": ("Verónica Salazar Mena", "veronica.salazar@upp.example.ec"),
        "to": [ME], "subject": "Notificación de resultados - ganador del proceso de selección",
        "date": "2026-07-02 10:05:19 -0500", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr": ("iso-8859-1", "q"),
        "att": [("Acta_resultados_TPPA-2026.pdf", [
            "UNIVERSIDAD POLITECNICA DEL PICHINCHA", "Direccion de Talento Humano",
            "ACTA DE RESULTADOS - Tecnico de Planta Piloto de Alimentos", "",
            "1. QUISPE-LINDAHL MATEO ........ 87,5 puntos - GANADOR",
            "2. ORTIZ CEVALLOS DANIELA ....... 81,0 puntos",
            "3. PAREDES LOOR JUAN CARLOS ..... 74,5 puntos", "",
            "Quito, 1 de julio de 2026"])],
        "text": T("""
            Estimado señor Quispe-Lindahl:

            Me complace notificarle que, de acuerdo con el acta adjunta, usted ha sido
            declarado GANADOR del proceso de selección para el cargo de Técnico de Planta
            Piloto de Alimentos de la Facultad de Ingeniería Agroindustrial.

            La Universidad le ofrece un contrato de servicios ocasionales por doce meses,
            renovable, con una remuneración mensual unificada de USD 1.412, a partir del
            3 de agosto de 2026.

            Para la suscripción del contrato deberá presentarse en la Dirección de Talento
            Humano hasta el 17 de julio con los documentos indicados en el instructivo. Le
            solicitamos confirmar por este medio si acepta el cargo.

            Atentamente,

            Mgs. Verónica Salazar Mena
            Analista de Talento Humano
            Universidad Politécnica del Pichincha
            """),
    },
    {
        "key": "o07", "kind": "offer", "scenario": "offer_letter_to_sign_pdf", "lang": "en",
        "company": "Lumen Kitchens", "contact": "priya.nair@lumenkitchens.example.ca",
        "frm": ("Priya Nair", "priya.nair@lumenkitchens.example.ca"),
        "to": [ME], "subject": "Your offer from Lumen Kitchens",
        "date": "2026-10-02 16:40:03 -0400", "cte": "quoted-printable",
        "att": [("Lumen_Kitchens_Offer_Letter_MQL.pdf", [
            "LUMEN KITCHENS INC.", "5445 av. de Gaspe, Montreal, QC", "",
            "October 2, 2026", "Dear Mateo Quispe-Lindahl,", "",
            "We are pleased to offer you the position of Food Safety & QA Manager.",
            "Base salary: CAD 78,000 per year. Start date: January 11, 2027.",
            "This offer is conditional on a valid Canadian work permit.",
            "Please sign and return by October 16, 2026.", "", "Priya Nair, Head of Operations"])],
        "text": T("""
            Hi Mateo,

            So glad we finally got to talk properly last week (and that the second slot
            worked better than the first!). The whole team loved your walk-through of the
            allergen changeover on our granola line.

            I'm thrilled to offer you the role of Food Safety & QA Manager at Lumen
            Kitchens. Your offer letter is attached: CAD 78,000 base, benefits from day one,
            and a start date of January 11, 2027 so we have time for the LMIA and work
            permit. We'll cover the immigration lawyer.

            Please sign and send it back by October 16 - or call me if you'd like to talk
            anything through first.

            Priya

            Priya Nair | Head of Operations | Lumen Kitchens
            514-555-0163
            """),
    },
    {
        "key": "o08", "kind": "offer", "scenario": "ngo_conditional_outlook_quote", "lang": "en",
        "company": "Food Safety Without Borders", "contact": "amara.kone@fswb.example.org",
        "frm": ("Amara Koné", "amara.kone@fswb.example.org"),
        "to": [ME], "cc": [("Carlos Yépez", "carlos.yepez@fswb.example.org")],
        "subject": "RE: Panel interview - Programme Officer, Street Food Safety (Quito)",
        "date": "2026-09-14 14:22:48 -0500", "cte": "quoted-printable",
        "thread": ["i19", "m07", "cand:fswb-wednesday"],
        "text": T("""
            Dear Mateo,

            I'm delighted to let you know that the panel would like to offer you the post of
            Programme Officer - Street Food Safety, based in Quito, on a one-year renewable
            contract at USD 2,350 per month.

            The offer is conditional on two satisfactory references and on obtaining an
            Ecuadorian work visa, which our HR team will support. Carlos will send you the
            formal offer letter and contract in the coming days.

            Please let me know whether you accept in principle by Friday 18 September.

            Warm regards,
            Amara

            Amara Koné
            Country Director, Ecuador
            Food Safety Without Borders

            From: Amara Koné <amara.kone@fswb.example.org>
            Sent: Monday, August 10, 2026 9:41 AM
            To: Mateo Quispe-Lindahl <mateo.ql@example.pe>
            Subject: RE: Panel interview - Programme Officer, Street Food Safety (Quito)

            Dear Mateo, the panel was on Zoom from 9:00 and we tried to reach you by phone
            at 9:15 as well, without success. Unfortunately we had to close the session.
            We can offer one more slot on Wednesday 12 August at 15:00 Quito time.
            """),
    },
    {
        "key": "o09", "kind": "offer", "scenario": "promesse_embauche_pdf", "lang": "fr",
        "company": "Groupe Hôtelier Confluence", "contact": "aurelie.bassi@confluence-hotels.example.fr",
        "frm": ("Aurélie Bassi", "aurelie.bassi@confluence-hotels.example.fr"),
        "to": [ME], "subject": "Proposition d'embauche – Responsable Hygiène & Qualité",
        "date": "2026-05-06 16:55:21 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "att": [("Promesse_embauche_Quispe-Lindahl.pdf", [
            "GROUPE HOTELIER CONFLUENCE", "Promesse d'embauche", "",
            "Poste : Responsable Hygiene & Qualite (statut agent de maitrise)",
            "Contrat : CDI a temps complet - 39 heures hebdomadaires",
            "Remuneration : 2 650 EUR bruts mensuels sur 13 mois",
            "Date d'entree : 1er juillet 2026, sous reserve de l'autorisation de travail",
            "Lieu : Lyon (3 etablissements)"])],
        "text": T("""
            Bonjour Mateo,

            À la suite de nos échanges et de votre entretien avec M. Perret, j’ai le plaisir
            de vous faire part de notre proposition d’embauche pour le poste de Responsable
            Hygiène & Qualité de nos trois établissements lyonnais.

            Vous trouverez ci-joint la promesse d’embauche détaillant les conditions : CDI,
            2 650 € bruts mensuels sur 13 mois, prise de poste le 1er juillet 2026.

            Je vous remercie de nous retourner le document daté et signé, précédé de la
            mention « Bon pour accord », d’ici le 15 mai.

            Nous nous réjouissons de vous accueillir dans l’équipe !

            Bien cordialement,

            Aurélie Bassi
            Responsable Ressources Humaines
            Groupe Hôtelier Confluence
            Tél. : 04 78 92 10 45
            """),
    },
    {
        "key": "o10", "kind": "offer", "scenario": "quebec_offre_contrat_pdf", "lang": "fr",
        "company": "Laiterie Beauharnois", "contact": "m.lapointe@laiteriebeauharnois.example.ca",
        "frm": ("Mélanie Lapointe", "m.lapointe@laiteriebeauharnois.example.ca"),
        "to": [ME], "subject": "Offre d'emploi – Technicien en assurance qualité (quart de soir)",
        "date": "2026-07-14 13:08:57 -0400", "charset": "windows-1252", "cte": "base64",
        "att": [("Contrat_de_travail_Laiterie_Beauharnois.pdf", [
            "LAITERIE BEAUHARNOIS", "Contrat de travail a duree indeterminee", "",
            "Employe : Mateo Quispe-Lindahl",
            "Poste : Technicien en assurance qualite - quart de soir (15 h a 23 h 30)",
            "Salaire : 29,40 $ de l'heure + prime de soir de 1,25 $",
            "Debut : a l'obtention du permis de travail (EIMT en cours)",
            "Signature de l'employe : ____________________"])],
        "text": T("""
            Bonjour Mateo,

            C’est avec grand plaisir que nous vous offrons le poste de technicien en
            assurance qualité (quart de soir) à la Laiterie Beauharnois. M. Gendron a été
            très impressionné par votre entrevue.

            Vous trouverez en pièce jointe votre contrat de travail. Les principales
            conditions : 29,40 $ l’heure plus la prime de soir, assurances collectives après
            trois mois, et trois semaines de vacances dès la première année. Nous
            entamons les démarches d’EIMT pour votre permis de travail.

            Pourriez-vous nous retourner le contrat signé d’ici le 24 juillet ? N’hésitez pas
            à m’appeler si vous avez des questions.

            Au plaisir de vous compter parmi nous,

            Mélanie Lapointe
            Conseillère en ressources humaines
            Laiterie Beauharnois
            450 555-0119, poste 204
            """),
    },
]
