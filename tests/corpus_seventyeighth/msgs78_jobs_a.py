"""Rejections for the 78th corpus: hand-written, many employers and voices."""

from make_seventyeighth import M

MESSAGES = [
    M("rejection", "workday_banco_es", "es",
      "Grupo Financiero Altamira <altamira@myworkday.com>",
      "Actualización sobre tu postulación",
      """Hola Valentina,

Gracias por tu interés en formar parte de Grupo Financiero Altamira y por el tiempo que dedicaste a tu postulación para la vacante R-0048812 Product Designer Sr. (Ciudad de México).

Después de revisar cuidadosamente tu perfil, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requerimientos de la posición en este momento.

Te invitamos a seguir consultando nuestras vacantes en nuestro portal de carreras y a mantener actualizado tu perfil.

Atentamente,
Atracción de Talento
Grupo Financiero Altamira

Este correo fue enviado desde una dirección que no acepta respuestas.""",
      "2026-02-03T11:02:00-06:00", company="Grupo Financiero Altamira", fmt="html",
      logo="Grupo Financiero Altamira", foot="Aviso de privacidad | Grupo Financiero Altamira, S.A.B. de C.V.",
      envelope="bounce-48812@myworkday.com"),
    M("rejection", "mobile_terse_manager_es", "es",
      "Rodrigo Salcedo <rodrigo@pulpa.example.com>", "Re: Siguientes pasos",
      """Vale gracias x tu tiempo y por el caso, estuvo muy bien presentado. Al final nos vamos con otra persona q tiene mas experiencia en pagos. Suerte!!

Enviado desde mi iPhone""",
      "2026-02-19T21:47:00-06:00", company="Pulpa", contact="rodrigo@pulpa.example.com",
      quote={"style": "es", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-02-16T10:05:00-06:00",
             "text": "Hola Rodrigo,\n\nMuchas gracias por la conversación del viernes. Quedo atenta a los siguientes pasos.\n\nSaludos,\nValentina"}),
    M("rejection", "agency_client_seguros_es", "es",
      "Marta Echeverría | Brújula Partners <marta.echeverria@brujulapartners.example.es>",
      "Candidatura Service Designer – feedback",
      """Hola Valentina:

Te escribo para darte feedback del proceso de Service Designer en Seguros Lusitania.

El cliente nos ha trasladado que le gustó mucho tu portfolio y la entrevista con el equipo, pero finalmente han decidido seguir con un perfil con más experiencia en el sector asegurador. Siento no traerte mejores noticias.

Me quedo con tu perfil para próximos procesos, que seguro que encajas en alguno pronto.

Un abrazo,

Marta Echeverría
Senior Consultant · Digital & Product
Brújula Partners
+34 915 55 01 42 | www.brujulapartners.example.es

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si ha recibido este mensaje por error, le rogamos que lo comunique al remitente y lo elimine.""",
      "2026-03-05T13:21:00+01:00", company="Seguros Lusitania",
      contact="marta.echeverria@brujulapartners.example.es", cs="iso-8859-1"),
    M("rejection", "vos_role_on_hold_ar", "es",
      "Lucía Ferreyra <lucia@cuadra.example.com>", "Update",
      """Hola Valen, ¿cómo va?

Te quería contar que por un tema de presupuesto la búsqueda de Product Manager quedó en pausa hasta nuevo aviso, así que no vamos a poder avanzar con tu proceso por ahora. Una lástima porque nos encantó tu perfil.

Si se reabre te escribo yo directamente, ¿dale?

Abrazo grande,
Lu

Lucía Ferreyra
People Partner | Cuadra
Buenos Aires""",
      "2026-04-08T16:12:00-03:00", company="Cuadra", contact="lucia@cuadra.example.com"),
    M("rejection", "after_design_challenge_co", "es",
      "Equipo de Experiencia <experiencia@aerocondor.example.co>",
      "Resultado del reto de diseño – Aerolíneas Cóndor",
      """Hola Valentina,

Gracias por el tiempo y el cuidado que pusiste en el reto de diseño sobre el flujo de check-in. Lo revisamos con el equipo de producto y la verdad hubo ideas muy buenas.

Después de comparar todas las propuestas decidimos no avanzar con tu candidatura a la etapa final. No fue una decisión fácil.

Te deseamos muchos éxitos en tu búsqueda.

Cordialmente,
Andrés Beltrán
Gerente de Diseño Digital
Aerolíneas Cóndor · Bogotá
Tel. +57 601 555 0199""",
      "2026-03-17T09:40:00-05:00", company="Aerolíneas Cóndor",
      reply_to="Andrés Beltrán <andres.beltran@aerocondor.example.co>",
      contact="andres.beltran@aerocondor.example.co", fmt="alt", cte="quoted-printable"),
    M("rejection", "gobierno_formal_usted_mx", "es",
      "Convocatorias ADIP <convocatorias@adip.example.gob.mx>",
      "Resultado de la convocatoria ADIP-2026-014",
      """C. VALENTINA RÍOS-OKOYE
P R E S E N T E

Por este conducto, y en relación con su participación en la convocatoria ADIP-2026-014 para ocupar la plaza de Subdirección de Experiencia de Usuario, se le informa que, una vez concluida la etapa de evaluación curricular y entrevista, usted no resultó seleccionada para ocupar la plaza referida.

Agradecemos su interés en formar parte de la Agencia Digital de Innovación Pública.

A T E N T A M E N T E
Dirección de Administración y Finanzas
Agencia Digital de Innovación Pública

Los datos personales recabados serán protegidos conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados.""",
      "2026-05-22T18:03:00-06:00", company="Agencia Digital de Innovación Pública",
      contact="convocatorias@adip.example.gob.mx", cs="windows-1252"),
    M("rejection", "greenhouse_soft_es", "es",
      "Kuali <no-reply@us.greenhouse-mail.io>", "Tu candidatura en Kuali",
      """Hola Valentina,

Gracias por tu interés en Kuali y por aplicar a la posición de UX Researcher. Recibimos muchas solicitudes muy buenas.

Después de revisar tu experiencia con atención, hemos decidido avanzar con otras personas cuyo perfil se alinea más con lo que buscamos en este momento.

Nos encantaría que sigas pendiente de nuestras vacantes en el futuro.

Saludos,
El equipo de Kuali""",
      "2026-01-28T14:55:00-06:00", company="Kuali", fmt="html", logo="Kuali",
      foot="Powered by Greenhouse", links=["https://boards.greenhouse.io/kuali"]),
    M("rejection", "position_filled_bilbao_latin1", "es",
      "Ibaiondo Consulting <info@ibaiondo.example.es>",
      "Re: su candidatura - Diseñador/a de Servicio",
      """Estimada Valentina:

Le agradecemos el interés mostrado en Ibaiondo Consulting y el envío de su candidatura para el puesto de Diseñador/a de Servicio en nuestra oficina de Bilbao.

Le comunicamos que el puesto ya ha sido cubierto, por lo que no podemos continuar con el proceso. Conservaremos sus datos, con su consentimiento, para futuras vacantes.

Reciba un cordial saludo,

Itziar Goikoetxea
Responsable de Personas
Ibaiondo Consulting
Gran Vía 35, 48009 Bilbao · 944 55 12 30""",
      "2026-02-24T12:30:00+01:00", company="Ibaiondo Consulting",
      contact="info@ibaiondo.example.es", cs="iso-8859-1", cte="8bit"),
    M("rejection", "after_panel_quoted_invite_es", "es",
      "Paula Quintero <paula@lumbre.example.com>", "Re: Entrevista panel - Lumbre",
      """Hola Valentina,

Muchas gracias por venir el martes y por la presentación del caso, al equipo le gustó tu manera de plantear la investigación.

Lamentablemente decidimos seguir con otra candidata para esta posición. Si te sirve, con gusto te comparto algo de retroalimentación en una llamada corta.

Un saludo,
Paula

Paula Quintero | Design Director
Lumbre Studio · Medellín""",
      "2026-04-02T17:05:00-05:00", company="Lumbre Studio", contact="paula@lumbre.example.com",
      quote={"style": "es", "who": "Paula Quintero <paula@lumbre.example.com>",
             "date": "2026-03-25T09:15:00-05:00",
             "text": "Hola Valentina,\n\nQueremos invitarte a la entrevista panel con el equipo el martes 31 a las 10:00 (hora Colombia). Vas a presentar un caso de tu portafolio (30 min) y luego preguntas.\n\n¿Te queda bien?\n\nPaula"}),
    M("rejection", "lever_reply_to_recruiter_es", "es",
      "Finverso <no-reply@hire.lever.co>", "Finverso - Product Designer",
      """Hola Valentina:

Queríamos agradecerte por tu tiempo durante las conversaciones con el equipo de Finverso. En esta ocasión no continuaremos con tu proceso para la posición de Product Designer.

Guardaremos tus datos por si se abre una posición que encaje mejor con tu experiencia.

Un saludo,
Camila Ortega
Talent Partner, Finverso""",
      "2026-03-11T10:20:00-05:00", company="Finverso",
      reply_to="Camila Ortega <camila.ortega@finverso.example.com>",
      contact="camila.ortega@finverso.example.com", fmt="alt"),
    M("rejection", "banco_peru_cp1252_usted", "es",
      "Banco Andino del Pacífico <seleccion.personal@bap.example.pe>",
      "Proceso de selección - Especialista UX",
      """Estimada Valentina:

Reciba un cordial saludo de parte del Banco Andino del Pacífico.

Agradecemos su participación en el proceso de selección para el puesto de Especialista UX - Canales Digitales. Lamentamos informarle que su perfil no fue considerado para la siguiente etapa del proceso.

Sin otro particular, quedamos de usted.

Gerencia de Gestión Humana
Banco Andino del Pacífico
Av. Larco 1150, Miraflores, Lima""",
      "2026-06-09T08:45:00-05:00", company="Banco Andino del Pacífico",
      contact="seleccion.personal@bap.example.pe", cs="windows-1252"),
    M("rejection", "getonboard_short_cl", "es",
      "Tomás Pichara <tomas@picharalabs.example.cl>", "Postulación UX/UI",
      """Hola Valentina, gracias por postular, pero no vamos a seguir con tu candidatura esta vez.

Saludos
Tomás
Pichara Labs""",
      "2026-01-21T19:30:00-03:00", company="Pichara Labs", contact="tomas@picharalabs.example.cl"),
    M("rejection", "successfactors_cancelled_role", "es",
      "Conecta Móvil <noreply@successfactors.eu>", "Estado de su solicitud: Req 51277",
      """Estimado/a Valentina Ríos-Okoye,

Le informamos que la vacante 51277 - Lead Service Designer, a la que usted se había postulado, ha sido cancelada como consecuencia de un proceso de reestructuración interna.

Por este motivo su solicitud no seguirá adelante. Le agradecemos sinceramente su interés en Conecta Móvil.

Saludos cordiales,

Conecta Móvil | Personas y Cultura

*** Este es un mensaje generado automáticamente, por favor no responda ***""",
      "2026-05-04T07:12:00+02:00", company="Conecta Móvil", fmt="html", cte="base64",
      logo="Conecta Móvil", foot="© 2026 Conecta Móvil. Todos los derechos reservados."),
    M("rejection", "teamtailor_uy", "es",
      "Pampa Pagos <noreply@teamtailor-mail.com>", "Sobre tu postulación a UX Researcher",
      """¡Hola Valentina!

Muchas gracias por el interés en sumarte a Pampa Pagos y por el tiempo que le dedicaste a la entrevista con Sofía.

Lamentablemente, no seguiremos adelante con tu candidatura para UX Researcher. Buscábamos a alguien con más experiencia en investigación cuantitativa.

Te deseamos lo mejor 💜
Equipo de Pampa Pagos · Montevideo""",
      "2026-07-14T15:00:00-03:00", company="Pampa Pagos", fmt="alt",
      links=["https://pampapagos.teamtailor.com/jobs"]),
    M("rejection", "en_blunt_oneliner", "en",
      "Jake Moreno <jake@loopwise.example.com>", "Re: your application",
      """Hi Valentina - thanks for your time, but we won't be moving forward. Best of luck.

Jake

--
Jake Moreno | Head of Product | Loopwise
Austin, TX""",
      "2026-02-06T16:44:00-06:00", company="Loopwise", contact="jake@loopwise.example.com"),
    M("rejection", "uk_shant_progress", "en",
      "Imogen Clarke <imogen.clarke@harrowgatemedia.example.co.uk>",
      "Digital Product Designer - Harrowgate Media",
      """Dear Valentina,

Thank you for taking the time to speak with Oliver and me last week, we did enjoy hearing about your work on the booking redesign.

I'm afraid we shan't be progressing your application further on this occasion. The panel felt other candidates had more direct experience of editorial products.

Do keep an eye on our careers page, and all the very best with your search.

Kind regards,

Imogen Clarke
Talent Acquisition Partner
Harrowgate Media Ltd
T: +44 20 7946 0321

Harrowgate Media Ltd is registered in England and Wales, company no. 01234567. This email and any attachments are confidential.""",
      "2026-03-20T11:58:00+00:00", company="Harrowgate Media",
      contact="imogen.clarke@harrowgatemedia.example.co.uk", fmt="alt", cte="quoted-printable"),
    M("rejection", "indian_regret_do_revert", "en",
      "Priya Raghunathan <priya.r@sarvamdigital.example.in>",
      "Application status - UX Lead (Remote)",
      """Dear Valentina,

Greetings from Sarvam Digital Services!!

This is with reference to your application for the position of UX Lead (Remote - LATAM). We regret to inform you that your profile has not been shortlisted for the further rounds as the requirement is now closed with an internal candidate.

We will keep your profile in our database for future requirements. Kindly do revert in case of any queries.

Thanks & Regards,
Priya Raghunathan
Senior Executive - Talent Acquisition
Sarvam Digital Services Pvt. Ltd.
Mob: +91 98450 12345""",
      "2026-04-15T10:31:00+05:30", company="Sarvam Digital Services",
      contact="priya.r@sarvamdigital.example.in"),
    M("rejection", "ashby_after_takehome", "en",
      "Norland Health <no-reply@ashbyhq.com>", "Your application to Norland Health",
      """Hi Valentina,

Thank you so much for completing the take-home exercise - we know it's a real time investment, and the team appreciated your write-up on the intake flow.

After a lot of discussion, we've decided to pursue other candidates whose background more closely aligns with the needs of the role right now.

We'd genuinely love to stay in touch as the team grows.

Warmly,
Dana Whitfield
Recruiting at Norland Health""",
      "2026-05-12T13:09:00-04:00", company="Norland Health",
      reply_to="Dana Whitfield <dana@norlandhealth.example.com>",
      contact="dana@norlandhealth.example.com", fmt="html", links=["https://jobs.ashbyhq.com/norland"]),
    M("rejection", "dutch_direct_en", "en",
      "Sanne de Vries <s.devries@vandermolen.example.nl>", "Your application Product Manager",
      """Dear Valentina,

Thank you for your application and the nice conversation of Thursday.

Unfortunately we have decided not to continue with your application. We are looking for somebody with more experience in B2B payments and that is at this moment a must for the team.

We wish you a lot of success with your search.

With kind regards,

Sanne de Vries
Recruiter
Vandermolen Payments B.V. | Keizersgracht 112 | 1015 CV Amsterdam""",
      "2026-06-18T09:02:00+02:00", company="Vandermolen Payments",
      contact="s.devries@vandermolen.example.nl"),
    M("rejection", "canada_taleo_on_hold", "en",
      "Maplewood Credit Union <careers@maplewoodcu.taleo.net>",
      "Maplewood Credit Union - Requisition 26-0173",
      """Dear Valentina Ríos-Okoye,

Thank you for your interest in the Senior Service Designer opportunity (Requisition 26-0173) with Maplewood Credit Union.

Please be advised that this position has been put on hold and we will not be proceeding with the recruitment at this time. As a result, your application will not move forward.

We encourage you to visit our career site regularly.

Sincerely,
Maplewood Credit Union Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.""",
      "2026-07-02T12:00:00-04:00", company="Maplewood Credit Union", fmt="html",
      cte="quoted-printable", logo="Maplewood Credit Union", foot="Toronto, ON  |  Privacy"),
    M("rejection", "aussie_gone_with_another", "en",
      "Mitch O'Brien <mitch@bluegumtravel.example.com.au>", "Thanks Valentina",
      """Hey Valentina,

Cheers for jumping on the call at such a weird hour for you, really appreciated it.

Unfortunately we've gone with another candidate who's based in Sydney - in the end the timezone overlap won out. Nothing to do with your portfolio, which was ace.

All the best with it,
Mitch
Bluegum Travel | Product""",
      "2026-08-05T08:20:00+10:00", company="Bluegum Travel",
      contact="mitch@bluegumtravel.example.com.au"),
    M("rejection", "japanese_owned_formal_en", "en",
      "Hoshimura Electronics Europe Recruitment <recruitment@hoshimura-eu.example.com>",
      "Result of your application",
      """Dear Ms. Ríos-Okoye,

Thank you very much for your interest in Hoshimura Electronics Europe and for attending the interview with our Design Management team.

After careful consideration, we sincerely regret to inform you that we are unable to offer you a position at this time.

We would like to express our deep appreciation for your time and effort, and we wish you every success in the future.

Yours sincerely,

Kenji Watanabe
General Manager, Human Resources
Hoshimura Electronics Europe GmbH, Düsseldorf""",
      "2026-05-28T10:00:00+02:00", company="Hoshimura Electronics Europe",
      contact="recruitment@hoshimura-eu.example.com", cs="iso-8859-1"),
    M("rejection", "outlook_reply_to_followup", "en",
      "Greg Tanaka <gtanaka@cobaltline.example.com>", "RE: Following up",
      """Hi Valentina,

Sorry for the slow reply, it's been a crazy couple of weeks. The team went with someone else for the PM role, so we won't be moving ahead with you for this one. Appreciate you following up though.

Greg

Greg Tanaka
Director of Product Management
Cobaltline Software | Miami, FL
(305) 555-0147""",
      "2026-09-09T18:11:00-04:00", company="Cobaltline Software",
      contact="gtanaka@cobaltline.example.com",
      quote={"style": "outlook", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-09-01T09:00:00-04:00", "subject": "Following up",
             "text": "Hi Greg,\n\nI hope you're well. I wanted to follow up on my interview for the Product Manager role on Aug 24. I'm still very interested and happy to share anything else that would help.\n\nBest,\nValentina"}),
    M("rejection", "fr_formal_regret", "fr",
      "Maison Verlaine Recrutement <recrutement@maisonverlaine.example.fr>",
      "Votre candidature – UX Designer Senior",
      """Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Verlaine et de votre candidature au poste d'UX Designer Senior.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous conservons néanmoins vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Dumoulin
Responsable Recrutement
Maison Verlaine, 14 rue du Bac, 75007 Paris""",
      "2026-03-02T15:10:00+01:00", company="Maison Verlaine",
      contact="recrutement@maisonverlaine.example.fr", cs="iso-8859-1"),
    M("rejection", "fr_casual_tu_startup", "fr",
      "Hugo Marchal <hugo@pilotis.example.fr>", "Suite à nos échanges",
      """Salut Valentina,

Merci encore pour le temps passé avec l'équipe et pour ta présentation, c'était chouette.

Après pas mal de discussions, on a décidé de ne pas aller plus loin avec toi pour le poste de Product Designer. On cherche quelqu'un qui a déjà bossé sur du B2B SaaS très technique.

Je te souhaite plein de réussite pour la suite !

Hugo
CPO @ Pilotis""",
      "2026-04-23T18:32:00+02:00", company="Pilotis", contact="hugo@pilotis.example.fr"),
    M("rejection", "fr_quebec_caisse", "fr",
      "Caisse Boréale <carrieres@caisseboreale.example.ca>",
      "Concepteur(trice) UX – suivi de votre candidature",
      """Bonjour Valentina,

Merci d'avoir pris le temps de rencontrer notre équipe la semaine dernière. Nous avons bien apprécié nos échanges.

Nous avons choisi de poursuivre avec une autre candidature dont l'expérience correspond davantage aux besoins actuels de l'équipe. Nous vous souhaitons bon succès dans vos démarches.

Cordialement,

Geneviève Tremblay
Conseillère principale, acquisition de talents
Caisse Boréale · Montréal (Québec)
514 555-0182""",
      "2026-06-26T14:48:00-04:00", company="Caisse Boréale",
      reply_to="Geneviève Tremblay <genevieve.tremblay@caisseboreale.example.ca>",
      contact="genevieve.tremblay@caisseboreale.example.ca", fmt="alt", cte="quoted-printable"),
    M("rejection", "de_personio_sie", "de",
      "Kranich Mobility <jobs@kranich-mobility.jobs.personio.de>",
      "Ihre Bewerbung als Senior UX Researcher (m/w/d)",
      """Sehr geehrte Frau Ríos-Okoye,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Kranich Mobility.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr People-Team von Kranich Mobility

Kranich Mobility GmbH · Friedrichstraße 68 · 10117 Berlin · Amtsgericht Charlottenburg HRB 123456""",
      "2026-02-12T09:33:00+01:00", company="Kranich Mobility", fmt="html",
      logo="Kranich Mobility", foot="Diese E-Mail wurde automatisch über Personio versendet."),
    M("rejection", "de_du_startup", "de",
      "Jonas Brettschneider <jonas@fernweh-labs.example.de>", "kurzes Feedback",
      """Hey Valentina,

danke dir nochmal für deine Zeit und das Portfolio-Review am Montag!

Wir haben uns leider gegen dich entschieden - ehrlich gesagt war's knapp, aber wir brauchen gerade jemanden, der schon ein Design-System von Grund auf aufgebaut hat.

Ich drück dir die Daumen für die Suche!

Viele Grüße
Jonas
Fernweh Labs · Berlin""",
      "2026-05-06T17:25:00+02:00", company="Fernweh Labs",
      contact="jonas@fernweh-labs.example.de"),
    M("rejection", "de_swiss_absage", "de",
      "Alpstein Versicherungen <personal@alpstein.example.ch>",
      "Ihre Bewerbung: Service Designer/in 80-100%",
      """Sehr geehrte Frau Ríos-Okoye

Besten Dank für Ihre Bewerbung und das angenehme Gespräch vom 14. Juli.

Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden, deren Erfahrung im Schweizer Versicherungsmarkt für diese Funktion ausschlaggebend war. Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können.

Für Ihre Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Reto Zgraggen
HR Business Partner
Alpstein Versicherungen AG, St. Gallen""",
      "2026-07-21T10:05:00+02:00", company="Alpstein Versicherungen",
      contact="personal@alpstein.example.ch", cs="iso-8859-1"),
]
