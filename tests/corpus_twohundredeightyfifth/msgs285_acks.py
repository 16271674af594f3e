# ruff: noqa: C408, S604  (messages are dict(...) specs; `shell=` names an HTML layout)
"""Corpus 285: application acknowledgements (21) and offers (10), each written by hand
(see README.md)."""

from __future__ import annotations

from msgs285_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_FR, LOPD_ES

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
        "Precedence": "bulk"}

RECEIVED: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="application_received", lang="es", slug="horta_nord_personal_ack",
        company="Fundació Horta Nord", contact="neus.ferrer@fundaciohortanord.example.es",
        frm=("Neus Ferrer Climent", "neus.ferrer@fundaciohortanord.example.es"),
        subject="Tu candidatura: Coordinación de programas culturales",
        date="2026-01-20 09:12", id="hn_ack", charset="iso-8859-1", cte="8bit",
        text="""
        Hola Ximena:

        Te confirmo que hemos recibido tu candidatura para la coordinación de programas culturales de la Fundació Horta Nord, con el currículum y la carta.

        Cerramos la recepción el 25 de enero y a partir de ahí el equipo revisará todas las solicitudes. Te diremos algo antes de que acabe el mes, sea cual sea el resultado.

        Gracias por el interés.

        Neus Ferrer Climent
        Responsable de Personas · Fundació Horta Nord
        Tel. 961 004 217
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="temporalia_registration",
        company="Temporalia", contact="",
        frm=("Temporalia ETT", "no-reply@temporalia.example.es"),
        subject="¡Bienvenida a Temporalia! Tu alta como candidata está completa",
        date="2026-01-12 11:00", shell="ats", brand="Temporalia · Empleo", accent="#f29200",
        footer="Este correo se ha generado automáticamente. No respondas a esta dirección.",
        headers=AUTO,
        text="""
        Hola Ximena:

        Tu registro en Temporalia se ha completado correctamente. Tu código de candidata es VLC-48213.

        Hemos guardado tu currículum y tus preferencias: atención al público, guía y mediación cultural, en Valencia y área metropolitana, jornada completa o parcial.

        Una persona de nuestro equipo de selección revisará tu perfil y se pondrá en contacto contigo cuando haya una oferta que encaje. Mientras tanto, puedes actualizar tus datos en https://candidatos.temporalia.example.es/perfil

        El equipo de Temporalia
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="huerta_viva_bamboohr",
        company="Museo de la Huerta Viva", contact="",
        frm=("Museo de la Huerta Viva", "no-reply@bamboohr.com"),
        subject="Hemos recibido tu solicitud – Coordinador/a de programas educativos",
        date="2026-02-02 08:21", tz="UTC", id="hv_ack", headers=AUTO, cte="base64",
        text="""
        Hola Ximena,

        Gracias por tu solicitud para el puesto de Coordinador/a de programas educativos en el Museo de la Huerta Viva. La hemos recibido correctamente y el equipo de selección la revisará en las próximas semanas.

        Debido al elevado número de candidaturas, lamentablemente no podemos responder de forma individual a cada persona. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo por correo o por teléfono.

        Un saludo,
        Recursos Humanos – Museo de la Huerta Viva

        Enviado mediante BambooHR
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="sant_joan_registro_entrada",
        company="Ajuntament de Sant Joan del Riu", contact="",
        frm=("Registre Electrònic · Sant Joan del Riu", "registre@santjoandelriu.example.es"),
        subject="Justificante de registro de entrada 2026-E-RE-3318",
        date="2026-04-07 10:42", cte="base64", headers=AUTO,
        text="""
        JUSTIFICANTE DE PRESENTACIÓN EN EL REGISTRO ELECTRÓNICO

        Número de registro: 2026-E-RE-3318
        Fecha y hora de presentación: 07/04/2026 10:42:17
        Interesada: CASTELLANOS-BERG, XIMENA
        Órgano destinatario: Ajuntament de Sant Joan del Riu – Secció de Personal
        Asunto: Solicitud de admisión – Bolsa de Técnico/a de Cultura
        Documentos adjuntos: 3 (solicitud, currículum, memoria)

        Este justificante acredita la presentación de su solicitud. El cómputo de plazos se realizará conforme al artículo 31 de la Ley 39/2015.

        Mensaje generado automáticamente. No responda a este correo.
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="turia_sede_electronica",
        company="Universitat del Túria", contact="",
        frm=("Universitat del Túria · Seu electrònica", "no-reply@uturia.example.es"),
        subject="Confirmación de inscripción – Plaza Técnico/a de Gestión Cultural (PAS-L 12/26)",
        date="2026-06-01 18:33", structure="html", shell="ats",
        brand="Universitat del Túria · Seu electrònica", accent="#8c1d40",
        footer="Mensaje automático. Para cualquier consulta utilice el formulario de la sede.",
        headers=AUTO,
        text="""
        Su inscripción en la convocatoria PAS-L 12/26 (Técnico/a de Gestión Cultural, Vicerrectorado de Cultura) se ha registrado correctamente.

        Número de solicitud: 26-PASL-00871
        Tasas: abonadas

        La lista provisional de personas admitidas se publicará en el tablón de la sede electrónica. La comisión de selección podrá citarle a entrevista según lo previsto en las bases.

        Servicio de Recursos Humanos (PAS)
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="agua_sal_icims_ack",
        company="Museo del Agua y la Sal", contact="",
        frm=("Museo del Agua y la Sal", "noreply@icims.com"),
        subject="Gracias por tu candidatura (Ref. 1187)",
        date="2026-02-16 12:07", tz="UTC", id="agua_ack", shell="ats",
        brand="Museo del Agua y la Sal · Empleo", accent="#1b6ca8",
        footer="Enviado a través de iCIMS. Esta dirección no admite respuestas.",
        headers=AUTO,
        text="""
        Hola Ximena:

        Hemos recibido tu candidatura para el puesto de Coordinación de actividades (Ref. 1187). Gracias por pensar en el Museo del Agua y la Sal.

        Nuestro equipo la estudiará junto al resto de solicitudes. Puedes consultar el estado del proceso en cualquier momento desde tu área de candidato.

        Un cordial saludo,
        Museo del Agua y la Sal
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="fabra_vella_teamtailor_ack",
        company="Centre d'Art Fabra Vella", contact="",
        frm=("Centre d'Art Fabra Vella", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por tu candidatura, Ximena!",
        date="2026-05-04 21:16", id="fabravella_ack", shell="ats",
        brand="Centre d'Art Fabra Vella", accent="#222222",
        footer="Enviado con Teamtailor.", headers=AUTO,
        text="""
        Hola Ximena:

        Gracias por tu candidatura a Coordinación de programas públicos. Ya está en nuestras manos.

        Revisaremos todas las solicitudes cuando cierre la convocatoria, el 12 de mayo, y te escribiremos para contarte los siguientes pasos.

        Un abrazo,
        Equipo del Centre d'Art Fabra Vella
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="ones_de_llum_workable",
        company="Festival Ones de Llum", contact="",
        frm=("Festival Ones de Llum", "noreply@workablemail.com"),
        subject="Solicitud recibida: Producción y mediación (temporada 2026)",
        date="2026-01-22 15:48", tz="UTC", shell="ats", brand="Festival Ones de Llum",
        accent="#00a19a", footer="Powered by Workable", headers=AUTO,
        text="""
        Hola Ximena,

        Hemos recibido tu solicitud para Producción y mediación (temporada 2026) en el Festival Ones de Llum.

        El equipo la leerá con calma durante las próximas dos semanas. Si avanzas en el proceso, alguien del festival se pondrá en contacto contigo directamente.

        ¡Gracias por querer formar parte del festival!
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="mirall_personio_ack",
        company="Fundació Mirall", contact="",
        frm=("Fundació Mirall", "noreply@personio.de"),
        subject="Confirmación de tu candidatura – Técnica de mediación y comunidades",
        date="2026-07-06 10:03", tz="UTC", shell="ats", brand="Fundació Mirall · Treballa amb nosaltres",
        accent="#c2185b", footer="Gestionado con Personio.", headers=AUTO,
        text="""
        Hola Ximena:

        Te confirmamos la recepción de tu candidatura para Técnica de mediación y comunidades.

        Revisamos todas las solicitudes de forma individual, aunque por volumen no siempre podemos dar una respuesta personalizada a cada una en las primeras fases. Si tu perfil se ajusta, te contactaremos para una primera conversación.

        Fundació Mirall
        """,
    ),
    dict(
        kind="application_received", lang="es", slug="arts_grafiques_got_cv",
        company="Museu de les Arts Gràfiques del Carme", contact="carme.vidal@artsgrafiques.example.es",
        frm=("Carme Vidal", "carme.vidal@artsgrafiques.example.es"),
        subject="Re: Currículum – Ximena Castellanos-Berg",
        date="2026-01-15 13:29", cte="8bit", ext_refs=["<cv-0113.x7@example.mx>"],
        text="""
        Hola Ximena,

        hemos recibido tu CV, gracias. Se lo paso a la responsable de programación pública, que es quien lleva la convocatoria de auxiliar; en unos días abriremos el proceso formal en la web y te llegará un enlace para completar la solicitud.

        Un saludo,
        Carme Vidal
        Recepció i Administració
        Museu de les Arts Gràfiques del Carme
        """,
    ),
    # ------------------------------------------------------------------ English
    dict(
        kind="application_received", lang="en", slug="northern_looms_greenhouse_ack",
        company="Northern Looms Museum", contact="",
        frm=("Northern Looms Museum", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Northern Looms Museum",
        date="2026-02-09 14:02", tz="UK", id="nl_ack", shell="ats",
        brand="Northern Looms Museum", accent="#3d5a40",
        footer="Sent via Greenhouse. Replies to this address are not monitored.",
        headers=AUTO,
        text="""
        Hi Ximena,

        Thanks for applying for the Learning & Public Programmes Coordinator role at Northern Looms Museum. Your application has been received and our team will review it shortly.

        If your experience is a good match, a member of our team will be in touch to arrange next steps. In the meantime, you can learn more about our work at https://northernlooms.example.co.uk/about

        Best,
        Northern Looms Museum Recruitment
        """,
    ),
    dict(
        kind="application_received", lang="en", slug="pennine_workday_ack",
        company="Pennine Metropolitan University", contact="",
        frm=("Pennine Metropolitan University", "penninemet@myworkday.com"),
        subject="Application received: Cultural Engagement Officer (R-04417)",
        date="2026-04-02 22:51", tz="UK", structure="html", shell="ats",
        brand="Pennine Metropolitan University – Careers", accent="#4b2e83",
        footer="This is an automated message from Workday. Please do not reply.",
        headers=AUTO,
        text="""
        Dear Ximena Castellanos-Berg,

        Thank you for submitting your application for Cultural Engagement Officer (R-04417).

        We will review your application against the essential criteria in the person specification. Shortlisting is expected to take place in the two weeks after the closing date of 19 April 2026.

        You can track the status of your application at any time by signing in to your candidate home account.

        Kind regards,
        Recruitment Team, Pennine Metropolitan University
        """,
    ),
    dict(
        kind="application_received", lang="en", slug="brightwater_registration",
        company="Brightwater Recruitment", contact="",
        frm=("Brightwater Recruitment", "no-reply@brightwater.example.co.uk"),
        subject="Your Brightwater registration is complete",
        date="2026-04-28 08:02", tz="UK", headers=AUTO,
        text="""
        Hello Ximena,

        Welcome to Brightwater Recruitment. Your candidate registration is complete and your CV is now visible to our Arts & Heritage consultants.

        Registered preferences
        - Sectors: museums, heritage, festivals, arts education
        - Locations: Greater Manchester, remote
        - Contract: permanent or fixed term

        A consultant will call you within five working days to talk about your experience and the roles we are currently recruiting for.

        Brightwater Recruitment
        2 Hardman Square, Manchester M3 3EB

        This mailbox is not monitored.
        """,
    ),
    dict(
        kind="application_received", lang="en", slug="peoples_loom_workable_small_team",
        company="People's Loom Gallery", contact="",
        frm=("People's Loom Gallery", "noreply@workablemail.com"),
        subject="We've got your application – Gallery Assistant",
        date="2026-06-25 12:40", tz="UTC", shell="ats", brand="People's Loom Gallery",
        accent="#5d4037", footer="Powered by Workable", headers=AUTO,
        text="""
        Hi Ximena,

        Thanks for applying for the Gallery Assistant position at People's Loom Gallery – we've received your application.

        We're a small team, so unfortunately we can't reply to every applicant individually. Shortlisted candidates will be invited to meet us at the gallery in the first week of July.

        Thanks again for your interest,
        People's Loom Gallery
        """,
    ),
    dict(
        kind="application_received", lang="en", slug="irwell_lever_ack",
        company="Irwell Festival of Ideas", contact="",
        frm=("Irwell Festival of Ideas", "no-reply@hire.lever.co"),
        subject="Irwell Festival of Ideas – we've received your application",
        date="2026-08-17 16:10", tz="UK", id="irwell_ack", headers=AUTO,
        text="""
        Hi Ximena,

        Thank you for your interest in the Programme Coordinator role at Irwell Festival of Ideas. This note confirms that we have your application.

        The team will review applications after the closing date (24 August). We aim to let everyone know the outcome of shortlisting by 31 August.

        Best wishes,
        Irwell Festival of Ideas

        Sent via Lever
        """,
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="application_received", lang="fr", slug="maison_cultures_taleo_ack",
        company="Maison des Cultures du Roussillon", contact="",
        frm=("Maison des Cultures du Roussillon", "no-reply@taleo.net"),
        subject="Accusé de réception de votre candidature", subject_enc=("iso-8859-1", "q"),
        date="2026-04-20 07:55", tz="UTC", charset="iso-8859-1", cte="quoted-printable",
        headers=AUTO,
        text="""
        Madame,

        Nous accusons réception de votre candidature au poste de Chargé(e) de programmation jeune public (réf. MCR-2026-014) et vous remercions de l'intérêt porté à notre établissement.

        Votre dossier sera étudié avec la plus grande attention. Si votre profil correspond à nos attentes, nous prendrons contact avec vous afin de convenir d'un entretien.

        Le service des ressources humaines
        Maison des Cultures du Roussillon

        Ce message a été généré automatiquement, merci de ne pas y répondre.
        """,
    ),
    dict(
        kind="application_received", lang="fr", slug="talents_sud_inscription",
        company="Talents Sud", contact="",
        frm=("Talents Sud", "no-reply@talentssud.example.fr"),
        subject="Votre inscription chez Talents Sud est confirmée",
        date="2026-02-10 09:30", tz="FR", shell="ats", brand="Talents Sud – travail temporaire",
        accent="#d35400", footer="Message automatique – merci de ne pas répondre.",
        headers=AUTO,
        text="""
        Bonjour Ximena,

        Votre inscription à l'agence Talents Sud de Perpignan est confirmée. Votre numéro d'intérimaire est le 66-20931.

        Pour finaliser votre dossier, pensez à déposer une copie de votre titre de séjour ou de votre passeport et un RIB dans votre espace personnel.

        Un chargé de recrutement vous contactera dès qu'une mission correspondra à votre profil (accueil, médiation culturelle, événementiel).

        À bientôt,
        L'équipe Talents Sud
        """,
    ),
    dict(
        kind="application_received", lang="fr", slug="tisserands_smartrecruiters_ack",
        company="Musée des Tisserands Catalans", contact="",
        frm=("Musée des Tisserands Catalans", "noreply@smartrecruiters.com"),
        subject="Nous avons bien reçu votre candidature",
        date="2026-04-03 13:12", tz="UTC", id="mtc_ack", shell="ats",
        brand="Musée des Tisserands Catalans", accent="#a83232",
        footer="SmartRecruiters – ne pas répondre à ce message.", headers=AUTO,
        text="""
        Bonjour Ximena,

        Merci d'avoir postulé au poste de Chargé(e) de médiation et de programmation culturelle au Musée des Tisserands Catalans.

        Votre candidature a bien été enregistrée. Notre équipe l'examinera dans les meilleurs délais et reviendra vers vous si votre profil est retenu pour la suite du processus.

        Cordialement,
        L'équipe recrutement
        """,
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="application_received", lang="de", slug="alltagskultur_personio_ack",
        company="Museum für Alltagskultur München", contact="",
        frm=("Museum für Alltagskultur München", "noreply@personio.de"),
        subject="Ihre Bewerbung als Referent*in Kulturvermittlung (m/w/d)",
        subject_enc=("utf-8", "b"),
        date="2026-03-05 08:03", tz="DE", id="mak_ack", structure="html", html_cte="base64",
        shell="ats", brand="Museum für Alltagskultur München", accent="#2f4858",
        footer="Diese E-Mail wurde automatisch über Personio versendet.", headers=AUTO,
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        vielen Dank für Ihre Bewerbung als Referent*in Kulturvermittlung (m/w/d) und Ihr Interesse an unserem Haus.

        Wir haben Ihre Unterlagen erhalten und werden sie nach Ablauf der Bewerbungsfrist am 15. März sorgfältig prüfen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

        Mit freundlichen Grüßen
        Ihr Team des Museums für Alltagskultur München
        """,
    ),
    dict(
        kind="application_received", lang="de", slug="isarbuehne_softgarden_ack",
        company="Stiftung Isarbühne", contact="",
        frm=("Stiftung Isarbühne", "noreply@softgarden.io"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-05-04 14:26", tz="DE", shell="ats", brand="Stiftung Isarbühne",
        accent="#3a3a8c", footer="Versendet über softgarden.", headers=AUTO,
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        hiermit bestätigen wir den Eingang Ihrer Bewerbung als Referent*in Programm und Publikum.

        Wir sichten alle Unterlagen nach Ende der Ausschreibung und melden uns anschließend bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

        Freundliche Grüße
        Stiftung Isarbühne – Personalabteilung
        """,
    ),
    dict(
        kind="application_received", lang="de", slug="kulturhaus_successfactors_ack",
        company="Kulturhaus Auwiesen", contact="",
        frm=("Kulturhaus Auwiesen Karriere", "noreply@successfactors.eu"),
        subject="Bewerbungseingang: Sachbearbeitung Veranstaltungen und Vermittlung",
        date="2026-07-20 06:40", tz="UTC", charset="iso-8859-1", cte="quoted-printable",
        headers=AUTO,
        text="""
        Sehr geehrte Frau Castellanos-Berg,

        vielen Dank für Ihre Bewerbung auf die Stelle "Sachbearbeitung Veranstaltungen und Vermittlung" (Kennziffer KA-26-031).

        Ihre Bewerbung ist bei uns eingegangen und wird an die zuständige Fachabteilung weitergeleitet. Über den weiteren Verlauf des Auswahlverfahrens informieren wir Sie so bald wie möglich.

        Mit freundlichen Grüßen
        Personalwesen
        Kulturhaus Auwiesen

        Diese Nachricht wurde automatisch erstellt.
        """,
    ),
]

OFFERS: list[dict] = [
    dict(
        kind="offer", lang="en", slug="northern_looms_offer_letter",
        company="Northern Looms Museum", contact="hannah.pryce@northernlooms.example.co.uk",
        frm=("Hannah Pryce", "hannah.pryce@northernlooms.example.co.uk"),
        subject="Re: Thank you – panel interview today",
        date="2026-03-11 12:15", tz="UK", id="nl_offer", parent="nl_thanks", quote="gt",
        shell="outlook",
        text=f"""
        Dear Ximena,

        Following our call this morning, I'm delighted to confirm in writing that we would like to offer you the post of Learning & Public Programmes Coordinator.

        The headline terms are a 12-month fixed-term contract at £31,500 per year, 35 hours a week, based at the museum in Ancoats, with a proposed start date of Monday 4 May. Your formal offer letter is attached.

        Please let me know by Friday 20 March whether you'd like to accept. Happy to talk through relocation questions – Tom also offered to put you in touch with a colleague who moved from Spain last year.

        Warm wishes,
        Hannah

        Hannah Pryce
        Talent Partner | Northern Looms Museum
        Weavers' Yard, Ancoats, Manchester M4 7AJ

        {DISCLAIMER_EN}
        """,
        attach=[dict(type="pdf", filename="Offer_Letter_Ximena_Castellanos-Berg.pdf",
                     title="Northern Looms Museum - Offer of Employment",
                     lines=["Dear Ximena Castellanos-Berg,",
                            "We are pleased to offer you the position of Learning & Public "
                            "Programmes Coordinator.",
                            "Contract: fixed term, 12 months. Salary: GBP 31,500 per annum.",
                            "Hours: 35 per week. Place of work: Weavers' Yard, Manchester.",
                            "Proposed start date: 4 May 2026.",
                            "This offer is subject to right-to-work checks and two references.",
                            "Please sign and return by 20 March 2026.",
                            "Hannah Pryce, Talent Partner"])],
    ),
    dict(
        kind="offer", lang="en", slug="cottonopolis_verbal_follow_up",
        company="Cottonopolis Heritage Centre", contact="rachel.ogunleye@cottonopolis.example.co.uk",
        frm=("Rachel Ogunleye", "rachel.ogunleye@cottonopolis.example.co.uk"),
        subject="Following our call – Visitor Experience & Events Coordinator",
        date="2026-07-21 17:05", tz="UK", parent="cottonopolis_inv",
        text="""
        Dear Ximena,

        It was lovely to speak this afternoon, and I'm so glad you were pleased. As promised, here is a short note confirming what I said on the phone: we'd like you to join us as Visitor Experience & Events Coordinator.

        - Salary: £28,400 (Grade 4, point 2)
        - Permanent, full time, with some weekend working on a rota
        - Start date to be agreed, ideally early September

        Your formal contract will follow from our HR provider within a few days, once we have your references. In the meantime, feel free to ring me with any questions.

        Kind regards,
        Rachel Ogunleye
        HR & Volunteering Manager
        Cottonopolis Heritage Centre
        0161 555 0447
        """,
    ),
    dict(
        kind="offer", lang="fr", slug="tisserands_promesse_embauche",
        company="Musée des Tisserands Catalans", contact="m.sabate@tisserands-catalans.example.fr",
        frm=("Mireille Sabaté", "m.sabate@tisserands-catalans.example.fr"),
        name_enc=("iso-8859-1", "q"),
        subject="Proposition d'embauche – chargée de médiation",
        date="2026-05-04 16:20", tz="FR", parent="mtc_move", shell="plain",
        text=f"""
        Bonjour Ximena,

        Suite à notre échange téléphonique de ce matin, j'ai le plaisir de vous confirmer que le Musée des Tisserands Catalans vous propose le poste de chargée de médiation et de programmation culturelle.

        Il s'agit d'un CDD de 12 mois, à temps plein, avec une rémunération de 2 150 € bruts mensuels et une prise de poste souhaitée le 1er juin. Vous trouverez ci-joint la promesse d'embauche détaillant ces conditions.

        Pourriez-vous nous faire part de votre réponse d'ici le 11 mai ?

        Bien cordialement,
        Mireille Sabaté
        Responsable des publics
        Musée des Tisserands Catalans

        {DISCLAIMER_FR}
        """,
        attach=[dict(type="pdf", filename="Promesse_embauche_Castellanos-Berg.pdf",
                     title="Musee des Tisserands Catalans - Promesse d'embauche",
                     lines=["Madame Ximena Castellanos-Berg,",
                            "Nous avons le plaisir de vous proposer un contrat a duree determinee "
                            "de 12 mois.",
                            "Poste : chargee de mediation et de programmation culturelle.",
                            "Remuneration : 2 150 EUR bruts mensuels.",
                            "Date de prise de poste : 1er juin 2026.",
                            "Reponse souhaitee avant le 11 mai 2026."])],
    ),
    dict(
        kind="offer", lang="es", slug="vora_contract_for_signature",
        company="Espai Vora", contact="pau.beltran@espaivora.example.es",
        frm=("Pau Beltran Monfort", "pau.beltran@espaivora.example.es"),
        subject="Contrato para firma – Educadora / Mediadora cultural",
        date="2026-09-10 13:40", id="vora_offer", parent="vora_move",
        text="""
        Hola Ximena:

        ¡Qué jornada la del lunes! El equipo salió encantado con la visita para familias, y la dirección ha dado el visto bueno.

        Te adjunto el contrato para que lo revises y lo firmes: educadora y mediadora cultural, indefinido, jornada completa de martes a sábado, 24.600 € brutos anuales, con incorporación el 1 de octubre. Puedes firmarlo con certificado digital o imprimirlo y traerlo firmado.

        Si tienes cualquier duda sobre las condiciones, llámame.

        Salutacions,
        Pau Beltran Monfort
        Coordinador d'Educació i Públics
        Espai Vora – Art Contemporani
        964 550 612
        """,
        attach=[dict(type="pdf", filename="Contrato_Ximena_Castellanos-Berg.pdf",
                     title="Espai Vora - Contrato de trabajo indefinido",
                     lines=["Trabajadora: Ximena Castellanos-Berg",
                            "Puesto: educadora y mediadora cultural",
                            "Jornada: completa, de martes a sabado",
                            "Retribucion: 24.600 EUR brutos anuales en 14 pagas",
                            "Fecha de inicio: 1 de octubre de 2026",
                            "Firma de la trabajadora: ____________________"])],
    ),
    dict(
        kind="offer", lang="es", slug="cuadrante_client_wants_you",
        company="Fundación Lucentum Cultura", contact="marta.sanchis@cuadrantetalent.example.es",
        frm=("Marta Sanchis Peiró", "marta.sanchis@cuadrantetalent.example.es"),
        subject="Re: Cambio de hora – entrevista Fundación Lucentum",
        date="2026-06-26 11:58", parent="cq_move", quote="gt",
        text="""
        ¡Ximena!

        Te escribo con una sonrisa: la Fundación Lucentum Cultura quiere hacerte una oferta para la coordinación de programación. Ángeles Pastor me ha llamado esta mañana después del patronato.

        Lo que me han trasladado: contrato indefinido, 29.000 € brutos anuales, incorporación en septiembre y un mes de solapamiento con la persona que se jubila. Están abiertos a hablar del teletrabajo un día a la semana.

        ¿Hablamos esta tarde y lo vemos con calma antes de que te manden la carta formal?

        Un abrazo,
        Marta
        """,
    ),
    dict(
        kind="offer", lang="es", slug="mirall_formal_offer_letter",
        company="Fundació Mirall", contact="berta.cases@fundaciomirall.example.cat",
        frm=("Berta Cases", "berta.cases@fundaciomirall.example.cat"),
        subject="Oferta de incorporación – Técnica de mediación y comunidades",
        date="2026-08-14 12:30", shell="plain", cte="base64",
        text=f"""
        Estimada Ximena:

        En nombre de la Fundació Mirall, es un placer ofrecerte el puesto de Técnica de mediación y comunidades, tras el proceso de selección en el que has participado.

        En la carta adjunta encontrarás las condiciones: contrato indefinido a jornada completa, salario bruto anual de 27.300 €, incorporación prevista el 14 de septiembre y lugar de trabajo en nuestra sede de Sant Antoni, en Barcelona.

        Te agradeceríamos que nos confirmaras tu decisión antes del 24 de agosto.

        Cordialmente,
        Berta Cases i Puig
        Directora de Personas
        Fundació Mirall · C/ del Comte Borrell, 58 · 08015 Barcelona

        {LOPD_ES}
        """,
        attach=[dict(type="pdf", filename="Carta_oferta_Fundació_Mirall.pdf",
                     title="Fundacio Mirall - Carta de oferta",
                     lines=["Destinataria: Ximena Castellanos-Berg",
                            "Puesto: Tecnica de mediacion y comunidades",
                            "Contrato indefinido, jornada completa",
                            "Salario bruto anual: 27.300 EUR",
                            "Incorporacion: 14 de septiembre de 2026",
                            "Plazo de respuesta: 24 de agosto de 2026"])],
    ),
    dict(
        kind="offer", lang="es", slug="rio_segura_after_phone_call",
        company="Fundación Río Segura Patrimonio", contact="paqui.navarro@riosegurapatrimonio.example.es",
        frm=("Paqui Navarro", "paqui.navarro@riosegurapatrimonio.example.es"),
        subject="Confirmación de la oferta – Técnica de programas culturales",
        date="2026-07-17 10:05", id="riosegura_offer", parent="riosegura_move",
        text="""
        Hola Ximena:

        Tal como te ha adelantado por teléfono nuestra gerente, nos gustaría que te incorporaras como Técnica de programas culturales.

        Te resumo lo hablado: contrato de un año prorrogable, jornada completa, 25.800 € brutos anuales y entrada el 1 de septiembre en nuestra sede de Murcia. La carta con las condiciones te llegará la semana que viene firmada por la presidenta.

        Nos encantaría tenerte en el equipo. Dinos algo cuando lo hayas pensado.

        Un saludo,
        Paqui Navarro Sánchez
        Gestión de Personas
        Fundación Río Segura Patrimonio
        """,
    ),
    dict(
        kind="offer", lang="es", slug="temporalia_nits_claustre_contract",
        company="Festival Nits al Claustre", contact="sandra.gil@temporalia.example.es",
        frm=("Sandra Gil", "sandra.gil@temporalia.example.es"),
        subject="Nits al Claustre – te quieren para la temporada",
        date="2026-06-18 13:12", shell="outlook",
        text=f"""
        Hola Ximena:

        Te confirmo que el Festival Nits al Claustre te quiere como auxiliar de coordinación de sala para la temporada de verano.

        Condiciones: contrato de puesta a disposición a través de Temporalia del 1 de julio al 15 de septiembre, jornada de 30 horas semanales (tardes y noches), 1.320 € brutos mensuales más nocturnidad. Te adjunto el contrato para que lo firmes; también te llegará un enlace para la firma electrónica.

        Necesito que me lo devuelvas antes del jueves 25 para darte de alta a tiempo.

        Un saludo,
        Sandra Gil
        Consultora · Temporalia ETT
        Av. del Port, 112 · 46023 València

        {LOPD_ES}
        """,
        attach=[dict(type="pdf", filename="Contrato_puesta_disposicion_NitsAlClaustre.pdf",
                     title="Temporalia ETT - Contrato de puesta a disposicion",
                     lines=["Empresa usuaria: Festival Nits al Claustre",
                            "Trabajadora: Ximena Castellanos-Berg",
                            "Puesto: auxiliar de coordinacion de sala",
                            "Duracion: 1 de julio a 15 de septiembre de 2026",
                            "Jornada: 30 horas semanales",
                            "Salario: 1.320 EUR brutos mensuales mas nocturnidad"])],
    ),
    dict(
        kind="offer", lang="de", slug="kulturhaus_vertragsangebot",
        company="Kulturhaus Auwiesen", contact="s.grabmeier@kulturhaus-auwiesen.example.de",
        frm=("Stefanie Grabmeier", "s.grabmeier@kulturhaus-auwiesen.example.de"),
        subject="Vertragsangebot – Sachbearbeitung Veranstaltungen und Vermittlung",
        date="2026-08-28 09:40", tz="DE", shell="outlook",
        text=f"""
        Sehr geehrte Frau Castellanos-Berg,

        nach dem Ersatztermin am 18. August freuen wir uns, Ihnen die Stelle „Sachbearbeitung Veranstaltungen und Vermittlung“ (KA-26-031) anbieten zu können.

        Das Angebot umfasst eine unbefristete Teilzeitstelle mit 30 Wochenstunden, Eingruppierung in Entgeltgruppe 9a TVöD, Beginn am 1. November 2026. Die Einzelheiten entnehmen Sie bitte dem beigefügten Vertragsangebot.

        Wir bitten um Ihre Rückmeldung bis zum 11. September.

        Mit freundlichen Grüßen
        Stefanie Grabmeier
        Personalwesen, Kulturhaus Auwiesen
        Tel. 089 5550 7720

        {DISCLAIMER_DE}
        """,
        attach=[dict(type="pdf", filename="Vertragsangebot_Castellanos-Berg.pdf",
                     title="Kulturhaus Auwiesen - Vertragsangebot",
                     lines=["Frau Ximena Castellanos-Berg",
                            "Stelle: Sachbearbeitung Veranstaltungen und Vermittlung (KA-26-031)",
                            "Umfang: 30 Wochenstunden, unbefristet",
                            "Entgelt: TVoeD Entgeltgruppe 9a",
                            "Beginn: 1. November 2026",
                            "Rueckmeldung bis 11. September 2026"])],
    ),
    dict(
        kind="offer", lang="de", slug="lichtklang_vertrag_zur_unterschrift",
        company="Festival Lichtklang", contact="svenja.oberhuber@lichtklang.example.de",
        frm=("Svenja Oberhuber", "svenja.oberhuber@lichtklang.example.de"),
        subject="Dein Arbeitsvertrag zur Unterschrift",
        date="2026-08-20 16:48", tz="DE", parent="lichtklang_update", cte="base64",
        text="""
        Hallo Ximena,

        wie am Telefon versprochen: Anbei dein Arbeitsvertrag als Koordinator*in Publikumsprogramm zur Unterschrift. Befristet auf 18 Monate, Vollzeit, 3.450 € brutto im Monat, Start am 1. Oktober.

        Bitte unterschreib beide Exemplare und schick uns einen Scan zurück – das Original kannst du am ersten Arbeitstag mitbringen. Wir freuen uns riesig auf dich!

        Viele Grüße
        Svenja
        Personal & Organisation, Festival Lichtklang
        """,
        attach=[dict(type="pdf", filename="Arbeitsvertrag_Lichtklang_Castellanos-Berg.pdf",
                     title="Festival Lichtklang - Arbeitsvertrag",
                     lines=["Arbeitnehmerin: Ximena Castellanos-Berg",
                            "Taetigkeit: Koordinatorin Publikumsprogramm",
                            "Befristung: 18 Monate ab 1. Oktober 2026",
                            "Verguetung: 3.450 EUR brutto monatlich",
                            "Unterschrift: ____________________"])],
    ),
]

MESSAGES: list[dict] = RECEIVED + OFFERS
