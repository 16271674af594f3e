"""Rejections for the hundred-fortieth corpus, written one by one."""

from __future__ import annotations

from msgs140_common import ats_page, outlook_html

MESSAGES: list[dict] = [
    # 1 -- Workday, HTML only, soft wording, no reply address at all
    {
        "kind": "rejection", "slug": "workday_forjas_soft",
        "frm": ("Careers at Forjas Cumbres", "forjascumbres@myworkday.com"),
        "subject": "Actualización sobre tu solicitud: Ingeniero(a) de Mejora Continua Sr. (R-10482)",
        "date": "2026-02-19 11:02 -0600", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://forjascumbres.wd5.myworkdaysite.com/wday/cxs/forjas/logo.png",
            logo_alt="Grupo Forjas Cumbres", color="#b5121b",
            paras=[
                "Hola Diego:",
                "Gracias por el tiempo que dedicaste a postularte a la vacante <b>Ingeniero(a) de Mejora Continua Sr.</b> en nuestra planta de Escobedo, N.L.",
                "Revisamos con detalle tu experiencia. En esta ocasión hemos decidido avanzar con otros candidatos cuyo perfil se ajusta más a los requisitos específicos de la posición.",
                "Te invitamos a seguir consultando nuestras vacantes y a mantener actualizado tu perfil de candidato; nos dará gusto volver a encontrarte en futuros procesos.",
                "Atentamente,<br />Atracción de Talento<br /><b>Grupo Forjas Cumbres</b>",
            ],
            footer=[
                "Este mensaje fue enviado automáticamente por Workday. Por favor no respondas a este correo.",
                'Grupo Forjas Cumbres, S.A. de C.V. · Av. Industria Pesada 1200, Escobedo, N.L., México · <a href="https://forjascumbres.example.mx/privacidad" style="color:#888888;">Aviso de privacidad</a>',
            ],
            track="https://forjascumbres.wd5.myworkdaysite.com/t/o.gif?e=8f31ac",
        ),
        "company": "Grupo Forjas Cumbres", "contact": "",
    },
    # 2 -- recruiter after a panel interview, Outlook, quoted "De: / Enviado:" with hopeful words
    {
        "kind": "rejection", "slug": "acerosm_after_panel",
        "frm": ("Mariana Treviño Garza", "mariana.trevino@acerosm.example.mx"),
        "subject": "RE: Agradecimiento - entrevista Coordinador Lean",
        "date": "2026-03-12 17:48 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "refs": ["<CAH7m2q0xZ1tHjR@mail.example.mx>"],
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Agradecimiento - entrevista Coordinador Lean")],
        "text": """Diego, buenas tardes.

Muchas gracias por tu mensaje y, sobre todo, por el tiempo que le dedicaste al panel del martes con el Ing. Quiroga y con Operaciones.

Te comparto con toda transparencia que el comité decidió continuar con otro candidato que ya tiene experiencia liderando un programa TPM en acería. Tu caso de reducción de cambios de modelo en la línea de estampado gustó mucho, pero para esta posición pesó más el conocimiento del proceso de fundición.

No es un "no" para siempre: me gustaría conservar tu CV para la vacante de Especialista en Excelencia Operativa que abriremos en el segundo semestre. Si te parece, te busco en cuanto se publique.

Te deseo mucho éxito.

Mariana Treviño Garza
Reclutamiento y Selección
Aceros Sierra Madre
Tel. +52 81 8150 2200 ext. 4412
www.acerosm.example.mx

-----
De: Diego Salazar-Whitfield <diego.sw@example.mx>
Enviado: miércoles, 11 de marzo de 2026 08:15 p. m.
Para: Mariana Treviño Garza <mariana.trevino@acerosm.example.mx>
Asunto: Agradecimiento - entrevista Coordinador Lean

Hola Mariana:

Quería agradecerte la invitación a la entrevista de ayer. Me fui muy motivado con la visita a la acería y quedo atento a la oferta o a los siguientes pasos que me indiquen.

Saludos,
Diego Salazar-Whitfield
""",
        "company": "Aceros Sierra Madre", "contact": "mariana.trevino@acerosm.example.mx",
    },
    # 3 -- Greenhouse, role on hold and not proceeding (still a rejection), alternative parts
    {
        "kind": "rejection", "slug": "greenhouse_on_hold",
        "frm": ("Great Lakes Drivetrain via Greenhouse", "no-reply@greenhouse-mail.io"),
        "subject": "Your application to Great Lakes Drivetrain",
        "date": "2026-04-08 14:31 -0400", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Thank you for your interest in the Continuous Improvement Engineer II position at our Saltillo operations and for the time you spent with our team.

We wanted to let you know that, due to a change in our 2026 capital plan, this role has been put on hold and we will not be proceeding with the search at this time. Because of this, we are closing all active applications, including yours.

We know this is not the news you were hoping for. We appreciate your patience throughout the process and encourage you to keep an eye on our careers page.

Best regards,
Talent Acquisition
Great Lakes Drivetrain

Great Lakes Drivetrain, Inc. | 4100 Telegraph Rd, Dearborn, MI 48124
""",
        "html": ats_page(
            logo_src="https://s3.amazonaws.example.com/grnhse/gld_logo.png", logo_alt="Great Lakes Drivetrain",
            color="#1d3c6e",
            paras=[
                "Hi Diego,",
                "Thank you for your interest in the <strong>Continuous Improvement Engineer II</strong> position at our Saltillo operations and for the time you spent with our team.",
                "We wanted to let you know that, due to a change in our 2026 capital plan, this role has been put on hold and we will not be proceeding with the search at this time. Because of this, we are closing all active applications, including yours.",
                "We know this is not the news you were hoping for. We appreciate your patience throughout the process and encourage you to keep an eye on our careers page.",
                "Best regards,<br>Talent Acquisition<br>Great Lakes Drivetrain",
            ],
            footer=["Great Lakes Drivetrain, Inc. | 4100 Telegraph Rd, Dearborn, MI 48124",
                    "Powered by Greenhouse"],
            track="https://grnh.se/o/3fd1a9e02c",
        ),
        "company": "Great Lakes Drivetrain", "contact": "",
    },
    # 4 -- Personio, German formal Sie, Reply-To a named HR person, ISO-8859-1, legal footer
    {
        "kind": "rejection", "slug": "personio_kessler_absage",
        "frm": ("Kessler Antriebstechnik GmbH", "no-reply@kessler-antriebstechnik.jobs.personio.de"),
        "reply_to": ("Jana Roth", "j.roth@kessler-antriebe.example.de"),
        "subject": "Ihre Bewerbung als Lean Manager (m/w/d) - Standort Querétaro",
        "date": "2026-03-03 09:40 +0100", "lang": "de", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit in unserem Werk in Querétaro.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts Ihres interessanten Profils nicht leichtgefallen; ausschlaggebend waren am Ende die geforderten Erfahrungen mit Wertstromdesign in der Getriebemontage.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Jana Roth
Personalreferentin
Kessler Antriebstechnik GmbH
Heilbronner Straße 88, 70191 Stuttgart
Telefon +49 711 4480-215

Sitz der Gesellschaft: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 731904
Geschäftsführer: Dr. Ulrich Kessler, Sabine Maurer
""",
        "company": "Kessler Antriebstechnik", "contact": "j.roth@kessler-antriebe.example.de",
    },
    # 5 -- terse mobile one-liner; the quoted part is an invitation and must not decide the kind
    {
        "kind": "rejection", "slug": "viasa_terse_iphone",
        "frm": ("Rodrigo Elizondo", "relizondo@viasa.example.mx"),
        "subject": "Re: Entrevista Jefe de Mejora Continua - VIASA",
        "date": "2026-02-27 19:05 -0600", "lang": "es", "cte": "8bit",
        "reply_of": "viasa_invite",
        "text": """Diego, gracias por venir pero ya no vamos a seguir contigo en el proceso. Suerte!

Enviado desde mi iPhone

> El 12 feb 2026, a las 10:14, Rodrigo Elizondo <relizondo@viasa.example.mx> escribió:
>
> Diego, buen día.
>
> Nos interesa mucho tu perfil. Te invitamos a una entrevista el martes 17 a las 9:00 en planta (Blvd. Isidro López Zertuche 4500, Saltillo). Pregunta por mí en la caseta.
>
> Rodrigo Elizondo | Gerente de Planta | VIASA
> Vidrios Automotrices de Saltillo
""",
        "company": "VIASA", "contact": "relizondo@viasa.example.mx",
    },
    # 6 -- speculative application turned down, Colombia, usted, ISO-8859-1 8bit
    {
        "kind": "rejection", "slug": "andina_espontanea",
        "frm": ("Gestión Humana - Ensambladora Andina", "gestionhumana@ensambladoraandina.example.co"),
        "subject": "Respuesta a su hoja de vida",
        "date": "2026-01-22 15:20 -0500", "lang": "es", "cs": "iso-8859-1", "cte": "8bit", "hdr_cs": "iso-8859-1",
        "text": """Bogotá D.C., 22 de enero de 2026

Señor
DIEGO SALAZAR-WHITFIELD
Ciudad

Apreciado señor Salazar:

Hemos recibido la hoja de vida que nos hizo llegar de manera espontánea y le agradecemos el interés en formar parte de nuestra compañía.

Luego de revisarla, le informamos que en este momento no contamos con vacantes acordes a su perfil en el área de Manufactura ni en la de Mejoramiento Continuo, por lo cual no es posible continuar con su postulación.

Si tiene alguna inquietud puede escribirnos a este mismo correo; con gusto le responderemos.

Cordialmente,

Lina Marcela Ospina
Analista de Gestión Humana
Ensambladora Andina de Vehículos
Autopista Sur Km 3, Bogotá - Colombia
PBX (601) 744 1900
""",
        "company": "Ensambladora Andina de Vehículos", "contact": "gestionhumana@ensambladoraandina.example.co",
    },
    # 7 -- Lever, start-up, casual English, no Reply-To
    {
        "kind": "rejection", "slug": "lever_corvex",
        "frm": ("Corvex Automation", "no-reply@hire.lever.co"),
        "subject": "Corvex Automation | Manufacturing Excellence Lead",
        "date": "2026-02-10 22:13 +0000", "lang": "en", "cte": "8bit",
        "text": """Hey Diego,

Thanks so much for applying to the Manufacturing Excellence Lead role at Corvex. We read every application ourselves (we're still a small team!), and we enjoyed learning about your work on the Monterrey assembly line.

After a lot of discussion, we've decided to move forward with other candidates whose experience more closely matches what we need right now, mainly hands-on deployment of our sensor kits on customer shop floors.

We really appreciate you taking the time, and we hope our paths cross again as we grow.

All the best,
The Corvex team

--
Corvex Automation · Austin, TX · corvex.example.com
You received this email because you applied for a job at Corvex Automation.
""",
        "company": "Corvex Automation", "contact": "",
    },
    # 8 -- agency relaying a named client that filled the role internally
    {
        "kind": "rejection", "slug": "agencia_cliente_interno",
        "frm": ("Karla Ochoa | Talento Industrial MX", "karla.ochoa@talentoindustrial.example.mx"),
        "subject": "Vacante Supervisor Lean - FRESUNOR",
        "date": "2026-03-20 12:37 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego!!

Te escribo rápido porque te prometí avisarte en cuanto supiera algo: el cliente (Frenos y Suspensiones del Norte, la planta de Ramos Arizpe) me confirmó hoy que la posición de Supervisor Lean se cubrió de forma interna 😕 promovieron a alguien de su propio equipo de calidad.

O sea que por este lado el proceso queda cerrado, pero NO te desanimes!!! Tengo otras dos búsquedas de mejora continua abriendo en abril y tu perfil me encanta para ambas. Te marco la próxima semana para platicarlas.

Un abrazo!

Karla Ochoa
Consultora Sr. de Reclutamiento
Talento Industrial MX
Cel. 844 190 2273
""",
        "company": "Frenos y Suspensiones del Norte", "contact": "karla.ochoa@talentoindustrial.example.mx",
    },
    # 9 -- head-hunter, client never named, formal usted, windows-1252
    {
        "kind": "rejection", "slug": "headhunter_garza_cliente",
        "frm": ("Lic. Héctor Garza Villarreal", "hgarza@garzaasociados.example.mx"),
        "subject": "Proceso Gerente de Excelencia Operativa",
        "date": "2026-04-14 10:05 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp", "hdr_cs": "windows-1252",
        "text": """Estimado Diego:

Le agradezco nuevamente su participación en el proceso para la Gerencia de Excelencia Operativa que estamos conduciendo para nuestro cliente, empresa líder del sector autopartes en el Bajío.

Después de presentar la terna final, el cliente nos informó que ha decidido no continuar con su candidatura. Su retroalimentación fue positiva en cuanto a su liderazgo en piso y su manejo de herramientas Lean; sin embargo, buscan a alguien con experiencia previa dirigiendo un sitio completo y con certificación Black Belt.

Conservaremos su expediente para mandatos futuros, que —estoy seguro— no tardarán en llegar.

Reciba un cordial saludo,

Lic. Héctor Garza Villarreal
Socio Director
Héctor Garza & Asociados, S.C.
Búsqueda de Ejecutivos · Monterrey · Querétaro
Tel. +52 81 8335 6710
""",
        "company": "Héctor Garza & Asociados", "contact": "hgarza@garzaasociados.example.mx",
    },
    # 10 -- softgarden, German HTML only, no reply possible
    {
        "kind": "rejection", "slug": "softgarden_bv_absage",
        "frm": ("Brückner & Vogt Fahrzeugkomponenten GmbH", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei Brückner & Vogt",
        "date": "2026-05-06 08:12 +0200", "lang": "de", "cte": "b64",
        "html": ats_page(
            logo_src="https://bv-fahrzeug.softgarden.io/assets/logo_bv.png", logo_alt="Brückner & Vogt",
            color="#005a9c", font="Verdana, Geneva, sans-serif",
            paras=[
                "Sehr geehrter Herr Salazar-Whitfield,",
                "haben Sie vielen Dank für Ihre Bewerbung als <b>Prozessingenieur Lean Production (m/w/d)</b> für unser Werk in Puebla.",
                "Wir haben Ihre Unterlagen mit großem Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren aktuellen Anforderungen noch besser entspricht.",
                "Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation. Wir würden uns freuen, wenn Sie sich auch künftig für passende Stellen bei uns bewerben.",
                "Freundliche Grüße<br>Ihr Recruiting-Team<br>Brückner &amp; Vogt Fahrzeugkomponenten",
            ],
            footer=[
                "Brückner &amp; Vogt Fahrzeugkomponenten GmbH · Industriestraße 14 · 73037 Göppingen",
                "Geschäftsführung: Thomas Brückner, Dr. Ines Vogt · Amtsgericht Ulm HRB 540117",
                'Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen. <a href="https://bv-fahrzeug.softgarden.io/datenschutz">Datenschutz</a>',
            ],
            track="https://tracking.softgarden.io/open/5b7e19c2.gif",
        ),
        "company": "Brückner & Vogt Fahrzeugkomponenten", "contact": "",
    },
    # 11 -- French, speculative application refused, vous, ISO-8859-1
    {
        "kind": "rejection", "slug": "faurel_candidature_spontanee",
        "frm": ("Ressources Humaines Faurel", "rh.mexique@faurel-systemes.example.com"),
        "subject": "Votre candidature spontanée",
        "date": "2026-01-29 16:44 -0600", "lang": "fr", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Monsieur,

Nous accusons bonne réception de votre candidature spontanée adressée à notre site de Querétaro et vous remercions de l'intérêt que vous portez à notre groupe.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable : aucun poste correspondant à votre profil n'est ouvert actuellement dans nos ateliers d'injection et d'assemblage.

Pour toute question, vous pouvez répondre directement à ce message.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Sophie Garnier
Responsable Ressources Humaines
Faurel Systèmes Intérieurs - Site de Querétaro
Parque Industrial El Marqués, Qro.
""",
        "company": "Faurel Systèmes Intérieurs", "contact": "rh.mexique@faurel-systemes.example.com",
    },
    # 12 -- SmartRecruiters, French, after an interview, HTML + text
    {
        "kind": "rejection", "slug": "smartrecruiters_lvi_apres_entretien",
        "frm": ("Lumière Vitrage Industrie", "noreply@smartrecruiters.com"),
        "subject": "Suite à votre entretien – Ingénieur Amélioration Continue",
        "date": "2026-05-21 10:26 -0600", "lang": "fr", "cte": "qp",
        "text": """Bonjour Diego,

Merci encore pour le temps que vous nous avez consacré lors de nos échanges, et en particulier pour l'entretien technique avec notre directeur industriel.

Malheureusement, nous avons décidé de ne pas donner suite à votre candidature pour le poste d'Ingénieur Amélioration Continue. Le candidat retenu dispose d'une expérience plus directe du verre feuilleté, ce qui a fait la différence.

Nous conservons votre profil dans notre vivier de talents et ne manquerons pas de revenir vers vous si une opportunité se présente.

Bien cordialement,
L'équipe Recrutement
Lumière Vitrage Industrie
""",
        "html": ats_page(
            logo_src="https://c.smartrecruiters.com/sr-company-logo/lvi.png", logo_alt="LVI - Lumière Vitrage Industrie",
            color="#f39200",
            paras=[
                "Bonjour Diego,",
                "Merci encore pour le temps que vous nous avez consacré lors de nos échanges, et en particulier pour l'entretien technique avec notre directeur industriel.",
                "Malheureusement, nous avons décidé de ne pas donner suite à votre candidature pour le poste d'<b>Ingénieur Amélioration Continue</b>. Le candidat retenu dispose d'une expérience plus directe du verre feuilleté, ce qui a fait la différence.",
                "Nous conservons votre profil dans notre vivier de talents et ne manquerons pas de revenir vers vous si une opportunité se présente.",
                "Bien cordialement,<br>L'équipe Recrutement<br>Lumière Vitrage Industrie",
            ],
            footer=['Envoyé via SmartRecruiters · <a href="https://jobs.smartrecruiters.com/unsubscribe?t=lvi">Se désabonner</a> · <a href="https://www.smartrecruiters.com/privacy-policy/">Confidentialité</a>'],
            track="https://email.smartrecruiters.com/o/eJx1kE1vgzAMhv9K.gif",
        ),
        "company": "Lumière Vitrage Industrie", "contact": "",
    },
    # 13 -- US, speculative email answered by a person: nothing open
    {
        "kind": "rejection", "slug": "halvorsen_speculative_no",
        "frm": ("Beth Ann Kowalczyk", "bkowalczyk@halvorsenthermal.example.com"),
        "subject": "RE: Continuous improvement - open to opportunities in Saltillo",
        "date": "2026-01-14 13:52 -0500", "lang": "en", "cte": "qp",
        "refs": ["<CAH7m2q1HAL0z9@mail.example.mx>"],
        "text": """Hi Diego,

Thanks for reaching out directly, and congratulations on the Kaizen results you described - a 22% OEE gain is no small thing.

I checked with our plant manager in Saltillo. Unfortunately we don't have any openings in CI or process engineering there right now and nothing budgeted before Q4, so I can't move your application forward. I'll keep your CV on file, but I didn't want to leave you waiting.

Best,
Beth Ann

Beth Ann Kowalczyk
HR Business Partner, Mexico Operations
Halvorsen Thermal Products
(313) 555-0148

-----Original Message-----
From: Diego Salazar-Whitfield <diego.sw@example.mx>
Sent: Monday, January 12, 2026 9:03 PM
To: Beth Ann Kowalczyk <bkowalczyk@halvorsenthermal.example.com>
Subject: Continuous improvement - open to opportunities in Saltillo

Dear Ms. Kowalczyk,

I am a production line supervisor in Monterrey moving into continuous improvement engineering. I would welcome an interview for any CI or lean role at your Saltillo plant. My CV is attached.

Kind regards,
Diego Salazar-Whitfield
""",
        "company": "Halvorsen Thermal Products", "contact": "bkowalczyk@halvorsenthermal.example.com",
    },
    # 14 -- iCIMS, brand different from the legal entity, HTML only, base64
    {
        "kind": "rejection", "slug": "icims_nortia_marca",
        "frm": ("Nortia Talent Acquisition", "nortia@talent.icims.com"),
        "subject": "Nortia | Estatus de tu postulación",
        "date": "2026-04-30 18:09 -0600", "lang": "es", "cte": "b64",
        "html": ats_page(
            logo_src="https://careers-nortia.icims.com/images/nortia_hogar.png", logo_alt="Nortia · Hogar que dura",
            color="#00857c",
            paras=[
                "Hola Diego Salazar-Whitfield,",
                "Queremos agradecerte por participar en el proceso de selección para <b>Líder de Mejora Continua – Planta Apodaca (Req. 2026-1187)</b>.",
                "Después de las entrevistas, el equipo de contratación tomó la decisión de no avanzar con tu candidatura. Sabemos que recibir esta noticia no es fácil y valoramos mucho el interés que mostraste en Nortia.",
                "Tu perfil seguirá en nuestra base de talento y podrás aplicar a otras vacantes cuando lo desees.",
                "Saludos cordiales,<br>Equipo de Atracción de Talento<br><b>Nortia</b>",
            ],
            button=("Ver más vacantes", "https://click.icims.example.com/ls/click?upn=nortia-vacantes-7731"),
            footer=[
                "Nortia es una marca de Electrodomésticos Norteños, S.A. de C.V. · Carretera Miguel Alemán km 21, Apodaca, N.L.",
                "Este correo se envió desde una dirección que no recibe respuestas.",
                '<a href="https://careers-nortia.icims.com/jobs/privacy">Aviso de privacidad</a> | <a href="https://click.icims.example.com/unsub?u=diego.sw">Dejar de recibir correos</a>',
            ],
            track="https://careers-nortia.icims.com/px/open?id=77ac91",
        ),
        "company": "Nortia", "contact": "",
    },
    # 15 -- Taleo, requisition cancelled and not going to be filled: a rejection
    {
        "kind": "rejection", "slug": "taleo_pipsa_cancelada",
        "frm": ("Plásticos Inyectados de Puebla", "pipsa@taleo.net"),
        "subject": "Requisición 11873 - Analista de Mejora Continua",
        "date": "2026-03-26 07:58 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Estimado(a) Diego Salazar-Whitfield:

Le escribimos en relación con su postulación a la requisición 11873 - Analista de Mejora Continua (Puebla, Pue.).

Por decisiones internas de reestructura, la posición ha sido cancelada y no será cubierta en este ejercicio. Por este motivo el proceso de selección concluye y su solicitud no continuará.

Agradecemos sinceramente el tiempo invertido y lo invitamos a revisar periódicamente nuestro portal de empleo.

Atentamente,
Recursos Humanos
Plásticos Inyectados de Puebla, S.A. de C.V.

*** Este es un mensaje generado automáticamente. No responda a este correo. ***
""",
        "company": "Plásticos Inyectados de Puebla", "contact": "",
    },
    # 16 -- university, role mailbox that invites a reply, alternative parts
    {
        "kind": "rejection", "slug": "utn_convocatoria_docente",
        "frm": ("Dirección de Recursos Humanos UTN", "rh.docentes@utn.example.mx"),
        "subject": "Resultados de la convocatoria docente 2026-2 — Ingeniería Industrial",
        "date": "2026-06-18 13:00 -0600", "lang": "es", "cte": "qp",
        "text": """Estimado Ing. Diego Salazar-Whitfield:

La Universidad Tecnológica del Noreste agradece su participación en la Convocatoria de Profesores de Asignatura 2026-2 para la carrera de Ingeniería Industrial (materias: Manufactura Esbelta y Control Estadístico del Proceso).

Le informamos que, una vez concluida la evaluación curricular y la entrevista con la Academia, su solicitud no resultó seleccionada para este periodo. El número de plazas disponibles fue considerablemente menor al de aspirantes con el perfil requerido.

Para cualquier aclaración sobre el dictamen puede responder a este mismo correo dentro de los cinco días hábiles siguientes.

Atentamente,
"Tecnología con sentido humano"

Dirección de Recursos Humanos
Universidad Tecnológica del Noreste
Av. Universidad 1100, Gral. Escobedo, N.L.
""",
        "html": outlook_html("""Estimado Ing. Diego Salazar-Whitfield:

La Universidad Tecnológica del Noreste agradece su participación en la Convocatoria de Profesores de Asignatura 2026-2 para la carrera de Ingeniería Industrial (materias: Manufactura Esbelta y Control Estadístico del Proceso).

Le informamos que, una vez concluida la evaluación curricular y la entrevista con la Academia, su solicitud no resultó seleccionada para este periodo. El número de plazas disponibles fue considerablemente menor al de aspirantes con el perfil requerido.

Para cualquier aclaración sobre el dictamen puede responder a este mismo correo dentro de los cinco días hábiles siguientes.

Atentamente,
"Tecnología con sentido humano"

Dirección de Recursos Humanos
Universidad Tecnológica del Noreste
Av. Universidad 1100, Gral. Escobedo, N.L.""", font="Arial"),
        "company": "Universidad Tecnológica del Noreste", "contact": "rh.docentes@utn.example.mx",
    },
    # 17 -- start-up founder, very casual, Gmail, quoted chain praising him
    {
        "kind": "rejection", "slug": "sensorica_founder_honesto",
        "frm": ("Pablo Ibarra", "pablo@sensorica.example.mx"),
        "subject": "Re: Plática Ops Lead",
        "date": "2026-05-15 21:40 -0600", "lang": "es", "cte": "8bit",
        "refs": ["<CAH7m2q9SENS01@mail.example.mx>"],
        "text": """Qué onda Diego,

Te soy honesto porque me caíste muy bien: al final nos vamos a ir con alguien que trae más background de software, porque el Ops Lead también va a tener que meterle mano al firmware de los gateways. Tu experiencia en piso es justo lo que nos falta a mediano plazo, pero hoy no nos alcanza para las dos cosas.

Así que por ahora no seguimos, perdón por la tardanza en decírtelo. Si sigues en Monterrey en unos meses, échame un grito y tomamos un café.

Pablo

On Thu, May 7, 2026 at 6:12 PM Diego Salazar-Whitfield <diego.sw@example.mx> wrote:
> Pablo, gracias por la plática de hoy. Me quedé súper entusiasmado con la idea de
> montar el piloto de monitoreo de OEE en la planta de Apodaca. Quedo pendiente de
> la oferta o de lo que sigue.
> Saludos,
> Diego
""",
        "company": "Sensórica Labs", "contact": "pablo@sensorica.example.mx",
    },
    # 18 -- family business, no accents, terse, after an interview
    {
        "kind": "rejection", "slug": "cablerias_ya_se_cubrio",
        "frm": ("Gerardo Ramirez", "gramirez@cableriasramirez.example.mx"),
        "subject": "vacante supervisor de mejora",
        "date": "2026-02-05 16:31 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "8bit",
        "text": """Sr Diego buenas tardes

le informo que la vacante de supervisor de mejora ya se cubrio, nos quedamos con un muchacho que ya trabajaba con nosotros en el turno de noche. Gracias por venir a la entrevista el lunes y por su tiempo.

Atte.
Lic. Gerardo Ramírez
Cablerías Ramírez e Hijos
Saltillo, Coah.  Tel 844 412 0936
""",
        "company": "Cablerías Ramírez e Hijos", "contact": "gramirez@cableriasramirez.example.mx",
    },
    # 19 -- Ashby, after a take-home exercise
    {
        "kind": "rejection", "slug": "ashby_tidewater_takehome",
        "frm": ("Tidewater Sensors Hiring Team", "no-reply@ashbyhq.com"),
        "reply_to": ("Priya Raman", "priya@tidewatersensors.example.com"),
        "subject": "Update",
        "date": "2026-04-23 16:05 -0500", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Thank you for completing the line-balancing exercise and for walking us through it on Tuesday. The panel appreciated how clearly you laid out the takt-time assumptions.

After careful consideration, we won't be moving forward with your candidacy for the Field Continuous Improvement Engineer role. Ultimately we're prioritizing candidates who have already deployed vibration monitoring at scale.

I'm happy to share a bit more feedback on a short call if that would be useful - just reply to this email.

Warmly,
Priya Raman
Talent Partner, Tidewater Sensors
""",
        "company": "Tidewater Sensors", "contact": "priya@tidewatersensors.example.com",
    },
    # 20 -- German, after interview, Outlook quoted chain with an invitation below
    {
        "kind": "rejection", "slug": "schwabentec_nach_gespraech",
        "frm": ("Leitner, Markus", "markus.leitner@schwabentec.example.de"),
        "subject": "AW: Ihr Vorstellungsgespräch am 24.02.",
        "date": "2026-03-09 11:17 +0100", "lang": "de", "cs": "windows-1252", "cte": "qp", "hdr_cs": "windows-1252",
        "reply_of": "schwab_update",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Ihr Vorstellungsgespräch am 24.02.")],
        "text": """Sehr geehrter Herr Salazar-Whitfield,

nochmals herzlichen Dank für das offene und angenehme Gespräch per Teams mit Frau Dr. Brandt und mir.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für einen Kandidaten entschieden, der bereits ein Shopfloor-Management-Programm in einem deutschen Werk eingeführt hat. Für die Rolle als Lean Coach zwischen Stuttgart und Querétaro war das für uns entscheidend.

Ich würde mich freuen, wenn wir in Kontakt bleiben – Ihr Profil passt sehr gut zu unserer Werksentwicklung in Mexiko, die 2027 ansteht.

Mit freundlichen Grüßen
Markus Leitner

Markus Leitner
Senior Recruiter Operations
Schwabentec AG | Pragstraße 140 | 70376 Stuttgart
T +49 711 93870-412

Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Haller
Vorstand: Katrin Wiedmann (Vors.), Jörg Fezer
Sitz: Stuttgart, Amtsgericht Stuttgart HRB 20419

Von: Leitner, Markus <markus.leitner@schwabentec.example.de>
Gesendet: Donnerstag, 19. Februar 2026 15:02
An: Diego Salazar-Whitfield <diego.sw@example.mx>
Betreff: Einladung zum Vorstellungsgespräch – neuer Termin

Sehr geehrter Herr Salazar-Whitfield,

wie telefonisch besprochen verschieben wir unser Gespräch auf Dienstag, 24.02., 16:00 Uhr MEZ (09:00 Uhr in Monterrey). Die aktualisierte Einladung mit Teams-Link ist anbei. Wir freuen uns auf Sie!
""",
        "company": "Schwabentec", "contact": "markus.leitner@schwabentec.example.de",
    },
    # 21 -- SuccessFactors, filled internally, HTML only, German
    {
        "kind": "rejection", "slug": "successfactors_hartmann_intern",
        "frm": ("Hartmann Stahlwerke Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung: Referent Operational Excellence (w/m/d) – Kennziffer 4471",
        "date": "2026-06-02 07:45 +0200", "lang": "de", "cte": "qp",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#4a4a4a;padding:14px 20px"><img src="https://career5.successfactors.eu/companylogo/hartmannstahl.png" alt="Hartmann Stahlwerke" height="32" border="0"></td></tr>
<tr><td style="padding:22px 20px">
<p>Sehr geehrter Herr Salazar-Whitfield,</p>
<p>wir bedanken uns für Ihre Bewerbung auf die Position <b>Referent Operational Excellence (w/m/d)</b> (Kennziffer 4471) und Ihr Interesse an der Hartmann Stahlwerke.</p>
<p>Die Stelle konnte zwischenzeitlich intern besetzt werden. Wir bitten um Ihr Verständnis, dass wir Ihre Bewerbung daher nicht weiter berücksichtigen können.</p>
<p>Für Ihre weitere berufliche und persönliche Zukunft wünschen wir Ihnen viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Talent Acquisition<br>Hartmann Stahlwerke</p>
</td></tr>
<tr><td style="padding:12px 20px;border-top:1px solid #ccc;font-size:8pt;color:#777">
Hartmann Stahlwerke AG · Hüttenstraße 1 · 47166 Duisburg · Vorstand: Dr. Felix Hartmann (Vorsitz), Martina Özdemir · Aufsichtsratsvorsitzender: Bernd Kolb · Amtsgericht Duisburg HRB 3381<br>
Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.
</td></tr></table>
<img src="https://career5.successfactors.eu/sfemail/open?cid=hartmannstahl&amp;m=4471d" width="1" height="1" alt="">
</body></html>
""",
        "company": "Hartmann Stahlwerke", "contact": "",
    },
    # 22 -- UK supplier, recruiter from own address, Registered in England footer
    {
        "kind": "rejection", "slug": "ashby_precision_uk",
        "frm": ("Oliver Pennington", "oliver.pennington@ashby-precision.example.com"),
        "subject": "Re: your application",
        "date": "2026-07-07 15:22 +0100", "lang": "en", "cte": "qp",
        "refs": ["<CAH7m2q4APC12@mail.example.mx>"],
        "text": """Dear Diego,

Many thanks for your interest in the Continuous Improvement Engineer vacancy at our Querétaro facility, and for speaking with Graham and me last week.

I'm sorry to say that on this occasion you have not been successful. We had a very strong field and have offered the role to a candidate with extensive aerospace-grade machining experience, which our customer audits require.

Thank you again for your time, and I wish you every success in your search.

Kind regards,

Oliver Pennington
Talent Acquisition Manager | Ashby Precision Components
+44 (0)1530 412 880 | ashby-precision.example.com

Ashby Precision Components Ltd. Registered in England No 04512877. Registered office: Unit 7, Hilltop Industrial Estate, Ashby-de-la-Zouch, LE65 1JX.
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
        "company": "Ashby Precision Components", "contact": "oliver.pennington@ashby-precision.example.com",
    },
    # 23 -- Colombian consultancy after case interview, HTML alternative written by Outlook
    {
        "kind": "rejection", "slug": "mccolombia_tras_caso",
        "frm": ("Andrés Felipe Rozo", "arozo@mccolombia.example.co"),
        "subject": "Proceso Consultor Senior Lean - Resultado",
        "date": "2026-04-02 18:10 -0500", "lang": "es", "cte": "qp",
        "text": """Buenas tardes Diego, ¿cómo está?

Quería agradecerle personalmente por la presentación del caso de estudio. Su propuesta de VSM para la línea de pintura fue de las más sólidas que vimos.

Sin embargo, después de deliberar con los socios, hemos decidido seguir adelante con otro candidato que ya tiene experiencia como consultor externo en Colombia y conoce el mercado de autopartes de Bogotá y Medellín. En esta oportunidad no continuará en el proceso.

Le deseo muchos éxitos y ojalá podamos coincidir más adelante.

Un saludo,

Andrés Felipe Rozo
Socio Director | Mejora Continua Colombia
Cra. 7 # 71-21, Of. 602, Bogotá
+57 310 555 0192
""",
        "html": outlook_html("""Buenas tardes Diego, ¿cómo está?

Quería agradecerle personalmente por la presentación del caso de estudio. Su propuesta de VSM para la línea de pintura fue de las más sólidas que vimos.

Sin embargo, después de deliberar con los socios, hemos decidido seguir adelante con otro candidato que ya tiene experiencia como consultor externo en Colombia y conoce el mercado de autopartes de Bogotá y Medellín. En esta oportunidad no continuará en el proceso.

Le deseo muchos éxitos y ojalá podamos coincidir más adelante.

Un saludo,

Andrés Felipe Rozo
Socio Director | Mejora Continua Colombia
Cra. 7 # 71-21, Of. 602, Bogotá
+57 310 555 0192"""),
        "company": "Mejora Continua Colombia", "contact": "arozo@mccolombia.example.co",
    },
    # 24 -- job board relays the employer's decision, HTML only
    {
        "kind": "rejection", "slug": "empleonorte_tmq_descartado",
        "frm": ("EmpleoNorte", "notificaciones@empleonorte.example.mx"),
        "subject": "Tu postulación a Ingeniero Lean cambió de estatus",
        "date": "2026-03-31 02:14 -0600", "lang": "es", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.empleonorte.example.mx/cuenta/notificaciones/baja?u=44917>")],
        "html": ats_page(
            logo_src="https://static.empleonorte.example.mx/img/logo-en.png", logo_alt="EmpleoNorte",
            color="#6a1b9a",
            paras=[
                "Hola Diego,",
                "La empresa <b>Transmisiones Metálicas de Querétaro</b> revisó tu postulación a <b>Ingeniero Lean (Querétaro, Qro.)</b>.",
                "<span style=\"color:#c62828;font-weight:bold;\">Estatus: Descartado</span><br>La empresa decidió no continuar con tu candidatura para esta vacante.",
                "¡No te desanimes! Hay 37 vacantes similares esperándote.",
            ],
            button=("Ver vacantes similares", "https://lnk.empleonorte.example.mx/c/aHR0cHM6Ly93d3cuZW1wbGVvbm9ydGUvdmFjYW50ZXM"),
            footer=[
                "Recibes este correo porque tienes una cuenta en EmpleoNorte.",
                '<a href="https://www.empleonorte.example.mx/cuenta/notificaciones">Administrar notificaciones</a> · <a href="https://www.empleonorte.example.mx/cuenta/notificaciones/baja?u=44917">Darme de baja</a>',
                "© 2026 EmpleoNorte. Monterrey, N.L.",
            ],
            track="https://lnk.empleonorte.example.mx/o/44917-88a.png",
        ),
        "company": "Transmisiones Metálicas de Querétaro", "contact": "",
    },
    # 25 -- English one-line rejection from a phone
    {
        "kind": "rejection", "slug": "brightline_one_line",
        "frm": ("Dana Whitaker", "dwhitaker@brightlinestamping.example.com"),
        "subject": "Re: CI Engineer - Brightline Stamping",
        "date": "2026-03-18 07:51 -0400", "lang": "en", "cte": "7bit",
        "reply_of": "brightline_invite",
        "text": """Hi Diego - we went another direction on this one. Appreciate your time and best of luck.

Dana

Sent from my iPhone
""",
        "company": "Brightline Stamping", "contact": "dwhitaker@brightlinestamping.example.com",
    },
    # 26 -- BambooHR, Reply-To role mailbox that invites replies, HTML only
    {
        "kind": "rejection", "slug": "bamboohr_apbajio",
        "frm": ("Autopartes del Bajío", "notifications@app.bamboohr.com"),
        "reply_to": ("Reclutamiento Autopartes del Bajío", "reclutamiento@apdelbajio.example.mx"),
        "subject": "Gracias por tu interés en Autopartes del Bajío",
        "date": "2026-04-17 12:00 -0600", "lang": "es", "cte": "qp",
        "html": """<div style="font-family:'Lato',Arial,sans-serif;font-size:15px;color:#38312f;max-width:560px;margin:0 auto;">
<div style="padding:18px 0;text-align:center;"><img src="https://apdelbajio.bamboohr.com/logos/apdb.png" alt="Autopartes del Bajío" style="max-height:48px"></div>
<div style="background:#ffffff;border:1px solid #e0e0e0;border-radius:6px;padding:24px;">
<p>Hola Diego,</p>
<p>Gracias por platicar con nosotros sobre la posición de <strong>Supervisor de Producción / Mejora Continua</strong> en Celaya. Disfrutamos conocerte.</p>
<p>Tras las entrevistas finales hemos decidido no avanzar contigo en esta ocasión. Fue una decisión difícil porque contamos con varios finalistas muy bien calificados.</p>
<p>Si tienes dudas o quieres retroalimentación, responde a este correo y con gusto alguien del equipo te contesta.</p>
<p>¡Mucho éxito!<br>Equipo de Reclutamiento<br>Autopartes del Bajío</p>
</div>
<p style="font-size:11px;color:#999;text-align:center;">Autopartes del Bajío, S.A. de C.V. · Parque Industrial Amistad, Celaya, Gto.<br>Enviado con BambooHR</p>
</div>
""",
        "company": "Autopartes del Bajío", "contact": "reclutamiento@apdelbajio.example.mx",
    },
    # 27 -- Workable, sentence-case brand, Guadalajara
    {
        "kind": "rejection", "slug": "workable_ensambles_pacifico",
        "frm": ("ensambles del pacífico", "noreply@workablemail.com"),
        "subject": "Tu candidatura para Coordinador de Mejora Continua en ensambles del pacífico",
        "date": "2026-07-22 09:33 -0600", "lang": "es", "cte": "b64",
        "text": """Hola Diego,

Gracias por postularte para Coordinador de Mejora Continua en ensambles del pacífico.

Lamentablemente no vamos a seguir adelante con tu candidatura. Recibimos muchas solicitudes y nos estamos enfocando en perfiles con experiencia en ensamble electrónico SMT.

Te deseamos lo mejor en tu búsqueda.

Saludos,
ensambles del pacífico
Zapopan, Jalisco
""",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;">
<p>Hola Diego,</p>
<p>Gracias por postularte para <b>Coordinador de Mejora Continua</b> en ensambles del pacífico.</p>
<p>Lamentablemente no vamos a seguir adelante con tu candidatura. Recibimos muchas solicitudes y nos estamos enfocando en perfiles con experiencia en ensamble electrónico SMT.</p>
<p>Te deseamos lo mejor en tu búsqueda.</p>
<p>Saludos,<br>ensambles del pacífico<br>Zapopan, Jalisco</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#888;">Powered by <a href="https://www.workable.com/?utm_source=email&amp;utm_medium=rejection">Workable</a></p>
</div>
<img src="https://email.workablemail.com/o/aW5ib3gtMjAyNg.gif" width="1" height="1" alt="">
""",
        "company": "ensambles del pacífico", "contact": "",
    },
    # 28 -- all-caps subject, harness maker in Puebla, windows-1252
    {
        "kind": "rejection", "slug": "arneses_mayusculas",
        "frm": ("RH Arneses Angelópolis", "rh@arnesesangelopolis.example.mx"),
        "subject": "RESPUESTA A SU POSTULACION",
        "date": "2026-06-11 14:02 -0600", "lang": "es", "cs": "windows-1252", "cte": "8bit",
        "text": """Buen día Ing. Diego

Por medio del presente le agradecemos su asistencia a las entrevistas para el puesto de JEFE DE MEJORA CONTINUA turno mixto.

Le comunicamos que el perfil seleccionado fue otro, por lo que en esta ocasión no podremos contar con usted. Sus datos quedarán en nuestra cartera por si se abre alguna otra vacante.

Quedamos a sus órdenes en este correo o en el tel. 222 282 4100 ext 118.

Saludos cordiales
Lic. Brenda Juárez Cuautle
Recursos Humanos – Arneses Angelópolis
Parque Industrial Puebla 2000
""",
        "company": "Arneses Angelópolis", "contact": "rh@arnesesangelopolis.example.mx",
    },
    # 29 -- interview cancelled because the position will not be filled: a rejection
    {
        "kind": "rejection", "slug": "fundiciones_cancelada_no_se_cubre",
        "frm": ("Ing. Ernesto Valdés", "evaldes@fundicionescoahuila.example.mx"),
        "subject": "Cancelación entrevista jueves",
        "date": "2026-05-27 18:25 -0600", "lang": "es", "cte": "qp",
        "reply_of": "fundiciones_invite",
        "text": """Diego, buenas tardes.

Tengo que cancelar la entrevista del jueves y, desafortunadamente, no es para moverla: dirección decidió congelar la posición de Ingeniero de Mejora Continua por el resto del año y no se va a cubrir. Con eso se cierra el proceso para todos los candidatos.

Una disculpa por avisar con tan poco tiempo. Si se reabre, te busco a ti primero.

Ing. Ernesto Valdés
Gerente de Manufactura
Fundiciones Coahuila
Ramos Arizpe, Coah.
""",
        "company": "Fundiciones Coahuila", "contact": "evaldes@fundicionescoahuila.example.mx",
    },
    # 30 -- US agency, client never named
    {
        "kind": "rejection", "slug": "northpoint_client_unnamed",
        "frm": ("Tyler Brooks", "tbrooks@northpointtalent.example.com"),
        "subject": "Following up",
        "date": "2026-08-04 11:48 -0400", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Circling back as promised. I heard from my client this morning and, unfortunately, they've decided not to move forward with you for the Lean Manufacturing Manager search. Their feedback: strong floor leadership, but they want someone who has owned a plant-wide CI budget.

I know that's frustrating after three rounds. I'll keep you front of mind - I have a couple of tier-1 searches kicking off in September.

Tyler

Tyler Brooks | Senior Recruiter, Automotive & Industrial | Northpoint Talent Partners
Troy, MI | (248) 555-0173 | linkedin.example.com/in/tylerbrooks-northpoint

On Tue, Jul 28, 2026 at 4:02 PM Diego Salazar-Whitfield <diego.sw@example.mx> wrote:
> Hi Tyler, any news from the client after Friday's final round? I felt it went
> well - they even asked when I could start and whether I'd relocate.
>
> On Fri, Jul 24, 2026 at 6:40 PM Tyler Brooks <tbrooks@northpointtalent.example.com> wrote:
>> Diego - great job today. The VP said you were "the most practical candidate
>> we've seen". Expect an offer conversation next week if the panel agrees.
>>
>>> On Wed, Jul 15, 2026 at 9:12 AM Tyler Brooks <tbrooks@northpointtalent.example.com> wrote:
>>> Final round is confirmed: Friday July 24, 10:00 AM at the client's plant.
>>> Bring your A3s.
""",
        "company": "Northpoint Talent Partners", "contact": "tbrooks@northpointtalent.example.com",
    },
    # 31 -- Teamtailor, Colombian steelmaker, HTML only
    {
        "kind": "rejection", "slug": "teamtailor_acerias_boyaca",
        "frm": ("Acerías de Boyacá", "no-reply@teamtailor-mail.com"),
        "subject": "Acerías de Boyacá - Tu proceso para Líder de Excelencia Operacional",
        "date": "2026-09-03 10:15 -0500", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://images.teamtailor-cdn.com/images/acerias-boyaca-logo.png", logo_alt="Acerías de Boyacá",
            color="#263238", font="Georgia, serif",
            paras=[
                "Hola Diego,",
                "Gracias por tu participación en el proceso para <b>Líder de Excelencia Operacional</b> en nuestra planta de Sogamoso.",
                "Queremos contarte que no continuarás en las siguientes etapas. El comité de selección priorizó candidatos con experiencia en procesos siderúrgicos de horno eléctrico.",
                "Valoramos tu tiempo y te animamos a seguir pendiente de nuestras convocatorias.",
                "Un saludo,<br>Equipo de Talento<br>Acerías de Boyacá",
            ],
            footer=[
                "Acerías de Boyacá S.A. · Sogamoso, Boyacá, Colombia",
                '<a href="https://acerias-boyaca.teamtailor.com/connect/unsubscribe">Cancelar suscripción</a> · Enviado con Teamtailor',
            ],
            track="https://app.teamtailor-mail.com/t/open/9c1e0.gif",
        ),
        "company": "Acerías de Boyacá", "contact": "",
    },
]


# Outlook sent these two with an HTML alternative of the same text.
for _spec in MESSAGES:
    if _spec["slug"] in {"halvorsen_speculative_no", "ashby_precision_uk"}:
        _spec["html"] = outlook_html(_spec["text"])
