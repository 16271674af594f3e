"""Application acknowledgements and offers of the hundredeighth corpus."""

from msgs108_common import M

ACKS = [
    M("application_received", "workday_received", "Laboratorios Andinos Farma <andinosfarma@myworkday.com>",
      "Hemos recibido su postulación - Analista de Asuntos Regulatorios", "2026-01-21 22:14 -0500", "es", """
Estimada Camila:

Gracias por postularse al cargo de Analista de Asuntos Regulatorios (R-10427) en Laboratorios Andinos Farma. Hemos recibido su solicitud correctamente.

Nuestro equipo revisará su perfil y, si avanza a la siguiente etapa, nos pondremos en contacto con usted. Puede consultar el estado de su postulación en cualquier momento desde su panel.

Cordialmente,
Equipo de Adquisición de Talento
""", company="Laboratorios Andinos Farma", struct="html",
      html_shell=("ats", {"brand": "Laboratorios Andinos Farma", "logo": "https://andinosfarma.example.co/img/logo.png", "color": "#00695c", "cta": "Ver mi postulación", "footer": "Laboratorios Andinos Farma S.A.S. · Carrera 43A # 1-50, Medellín"})),

    M("application_received", "cannot_reply_every", "Grupo Hospitalario Mediterráneo <empleo@successfactors.eu>",
      "Confirmación de candidatura – Ref. GHM-FH-2026-112", "2026-08-03 09:02 +0200", "es", """
Estimada candidata:

Le confirmamos la recepción de su candidatura a la plaza de Farmacéutico/a Adjunto/a de Farmacia Hospitalaria (Ref. GHM-FH-2026-112).

Debido al elevado número de solicitudes, no nos es posible responder individualmente a cada candidato. Si en un plazo de cuatro semanas no ha recibido noticias nuestras, le rogamos que considere que su candidatura no ha prosperado en esta ocasión.

Atentamente,
Dirección de Personas
Grupo Hospitalario Mediterráneo
""", company="Grupo Hospitalario Mediterráneo", struct="html", cs="windows-1252", cte="quoted-printable",
      html_shell=("ats", {"brand": "Grupo Hospitalario Mediterráneo", "logo": "https://ghm.example.es/img/ghm.png", "color": "#2e86c1", "footer": "Grupo Hospitalario Mediterráneo, S.A. · Registro Mercantil de Barcelona, Tomo 41233"})),

    M("application_received", "greenhouse_thanks", "Veridian Clinical Research via Greenhouse <no-reply@greenhouse-mail.io>",
      "Thank you for applying to Veridian Clinical Research", "2026-02-24 08:41 -0500", "en", """
Hi Camila,

Thanks for applying to the Drug Safety Associate position at Veridian Clinical Research! Your application has been received and our team will review it shortly.

If your background is a match, a member of our recruiting team will reach out about next steps.

Best,
Veridian Clinical Research Recruiting
""", company="Veridian Clinical Research", struct="alt",
      html_shell=("ats", {"brand": "Veridian Clinical Research", "logo": "https://us-greenhouse.example.com/logos/veridian.png", "color": "#5b2c83", "footer": "Powered by Greenhouse"})),

    M("application_received", "personio_eingang", "Rheinfeld Arzneimittel GmbH <jobs@rheinfeld-arzneimittel.personio.de>",
      "Eingangsbestätigung Ihrer Bewerbung", "2026-02-09 19:55 +0100", "de", """
Sehr geehrte Frau Restrepo-Okafor,

vielen Dank für Ihre Bewerbung als Pharmacovigilance Officer (m/w/d) in Barcelona. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfeld Arzneimittel
""", company="Rheinfeld Arzneimittel"),

    M("application_received", "job_board_employer_named", "Computrabajo Empleos <notificaciones@computrabajo-mail.example.com>",
      "Tu hoja de vida fue enviada a Farmavalle Genéricos", "2026-09-14 13:17 -0500", "es", """
¡Hola Camila!

Tu postulación a la oferta "Analista de Registros Sanitarios - Yumbo" fue enviada con éxito a la empresa Farmavalle Genéricos.

Te avisaremos cuando la empresa vea tu hoja de vida. Mientras tanto, completa tu perfil al 100% para destacar entre los candidatos.

El equipo de Computrabajo
""", company="Farmavalle Genéricos", struct="html",
      html_shell=("ats", {"brand": "Computrabajo", "logo": "https://computrabajo.example.com/img/logo-ct.png", "color": "#0c4a8e", "cta": "Completar mi perfil", "tracker": "https://e.computrabajo-mail.example.com/c/", "footer": "Recibes este correo por tus postulaciones en Computrabajo. <a href=\"https://computrabajo.example.com/unsub\">Dejar de recibir</a>"})),

    M("application_received", "spontaneous_ack_hospital", "Yamileth Ortega <yortega@redcaribe.example.pa>",
      "RE: Hoja de vida - Farmacéutica con experiencia en farmacovigilancia", "2026-04-22 10:02 -0500", "es", """
Estimada Camila,

Recibimos su hoja de vida, muchas gracias por escribirnos. La compartí con la Jefatura de Farmacia y con Calidad. Si se abre una posición acorde a su perfil la estaremos contactando.

Saludos cordiales,

Yamileth Ortega
Reclutamiento y Selección
Red Hospitalaria del Caribe
""", company="Red Hospitalaria del Caribe", contact="yortega@redcaribe.example.pa", thread=True),

    M("application_received", "lever_ack_ca", "Northbridge Pharmaceuticals <no-reply@hire.lever.co>",
      "Thanks for applying to Northbridge Pharmaceuticals", "2026-05-18 21:03 -0400", "en", """
Hi Camila,

Thank you for your interest in Northbridge Pharmaceuticals! We've received your application for Regulatory Affairs Associate II and will be reviewing it over the coming days.

Because of the volume of applications we receive, we're unable to respond to every applicant individually. If you're selected to move forward, someone from our team will contact you directly.

The Northbridge Talent Team
""", company="Northbridge Pharmaceuticals"),

    M("application_received", "ats_taleo_fr", "Carrières Laboratoires Bellerive <ne-pas-repondre@taleo.net>",
      "Accusé de réception – réquisition 26-0311", "2026-03-09 16:48 -0400", "fr", """
Madame Restrepo-Okafor,

Nous accusons réception de votre candidature au poste d'Associée, affaires réglementaires (réquisition 26-0311). Nous vous remercions de l'intérêt que vous portez à notre organisation.

Seules les personnes retenues pour une entrevue seront contactées.

Acquisition de talents
Laboratoires Bellerive
""", company="Laboratoires Bellerive", struct="html",
      html_shell=("ats", {"brand": "Laboratoires Bellerive", "logo": "https://bellerive.example.ca/img/logo-bellerive.png", "color": "#004b87", "footer": "Ce courriel a été envoyé automatiquement, merci de ne pas y répondre. <a href=\"https://bellerive.taleo.net/careersection/privacy\">Confidentialité</a>"})),

    M("application_received", "public_body_radicado", "Ventanilla Única - Secretaría de Salud <ventanilla@saludmedellin.example.gov.co>",
      "Radicado 2026-RH-004512 - Inscripción convocatoria", "2026-06-03 07:30 -0500", "es", """
Señor(a) CAMILA RESTREPO OKAFOR:

Su inscripción a la Convocatoria Pública 03-2026 para el cargo de Profesional Universitario - Químico Farmacéutico (Vigilancia Sanitaria) quedó registrada con el radicado 2026-RH-004512.

La lista de admitidos y no admitidos se publicará en la página web de la Secretaría el 30 de junio de 2026. Este buzón no recibe respuestas.

Secretaría de Salud de Medellín
Subsecretaría de Talento Humano
""", company="Secretaría de Salud de Medellín", cs="iso-8859-1", cte="quoted-printable"),

    M("application_received", "icims_ack", "HarborPoint Health Careers <careers-noreply@harborpoint.icims.com>",
      "Application Received: Clinical Pharmacist – Medication Safety", "2026-06-11 02:14 -0400", "en", """
Dear Camila,

Thank you for your interest in HarborPoint Health System. We have received your application for Requisition 2026-4471, Clinical Pharmacist – Medication Safety.

Our Talent Acquisition team reviews every application. If your qualifications match our needs, we will contact you to discuss next steps. You can check your status anytime in the candidate portal.

HarborPoint Health System Talent Acquisition
""", company="HarborPoint Health System", struct="alt",
      html_shell=("ats", {"brand": "HarborPoint Health System", "logo": "https://harborpoint.example.com/assets/hp-logo.png", "color": "#007c91", "cta": "Candidate portal", "footer": "HarborPoint Health System is an Equal Opportunity Employer."})),

    M("application_received", "agency_registered", "Natalia Bermúdez | Talento Salud <natalia.bermudez@talentosalud.example.co>",
      "Recibí tu hoja de vida", "2026-03-04 12:22 -0500", "es", """
Hola Camila, ¡gracias por escribirme!

Ya recibí tu hoja de vida para la vacante de Analista de Farmacovigilancia que publicamos en LinkedIn. Te cuento que es para un laboratorio en Barranquilla, el nombre te lo comparto si avanzas con el cliente. Esta semana hago la preselección y te aviso.

Natalia Bermúdez
Consultora Senior de Selección | Talento Salud Consultores
""", company="Talento Salud Consultores", contact="natalia.bermudez@talentosalud.example.co"),

    M("application_received", "teamtailor_ack", "Salud en casa <no-reply@teamtailor-mail.com>",
      "¡Recibimos tu postulación! 🙌", "2026-07-13 23:41 -0500", "es", """
¡Hola Camila!

Gracias por postularte a Farmacéutica de Calidad y Regulatorio en Salud en casa. Ya tenemos tu información y el equipo la va a revisar con calma.

Te contamos cómo sigue el proceso: revisión de perfil (1 semana), charla con el equipo, caso práctico y conversación final. Pase lo que pase, te vamos a escribir.

El equipo de Salud en casa
""", company="Salud en casa", struct="html",
      html_shell=("ats", {"brand": "Salud en casa", "logo": "https://assets.teamtailor-cdn.example.com/saludencasa/logo.png", "color": "#3b5bdb", "footer": "Salud en casa · Bogotá D.C. · <a href=\"https://saludencasa.teamtailor.com/unsubscribe\">Cancelar suscripción</a>"})),

    M("application_received", "smartrecruiters_ack", "Farmacéutica Levante & Asociados <noreply@smartrecruiters.com>",
      "Hemos recibido tu candidatura", "2026-04-27 15:15 +0200", "es", """
Hola Camila:

Gracias por presentar tu candidatura a Técnico/a de Registros Sanitarios. La hemos recibido correctamente y la revisaremos en los próximos días.

Si no te hemos contactado en un plazo de 30 días, entiende que en esta ocasión no seguimos adelante con tu candidatura. ¡Gracias por pensar en nosotros!

Equipo de Personas
Farmacéutica Levante & Asociados
""", company="Farmacéutica Levante & Asociados"),

    M("application_received", "softgarden_eingang", "Hessler Pharma Iberia <bewerbermanagement@softgarden.io>",
      "Vielen Dank für Ihre Bewerbung!", "2026-03-25 17:02 +0100", "de", """
Hallo Frau Restrepo-Okafor,

vielen Dank für Ihre Bewerbung als Regulatory Affairs Manager (w/m/d) am Standort Madrid. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir melden uns so schnell wie möglich bei Ihnen. Den aktuellen Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Hessler Pharma
""", company="Hessler Pharma", struct="html",
      html_shell=("ats", {"brand": "Hessler Pharma", "logo": "https://hessler.softgarden.io/assets/logo.svg", "color": "#1b5e20", "cta": "Zum Bewerberkonto", "footer": "Hessler Pharma Iberia S.L.U. · C/ Serrano 41, 28001 Madrid"})),

    M("application_received", "university_lima_mesa", "Mesa de Partes Virtual UPSM <mesadepartes@upsm.example.pe>",
      "Constancia de recepción de expediente", "2026-05-26 18:05 -0500", "es", """
CONSTANCIA DE RECEPCIÓN

Expediente N.° 2026-DOC-00871
Solicitante: RESTREPO OKAFOR, CAMILA
Asunto: Postulación a Concurso de Docentes Contratados 2026-II - Facultad de Farmacia y Bioquímica
Fecha de recepción: 26/05/2026 18:04

Su expediente ha sido recibido y será derivado a la Comisión de Evaluación. No responda a este mensaje.

Universidad Privada San Martín de Lima
""", company="Universidad Privada San Martín de Lima", cs="windows-1252", cte="8bit"),

    M("application_received", "ashby_ack", "Lumen Safety Labs Hiring <no-reply@ashbyhq.com>",
      "We got your application 👋", "2026-08-19 10:10 -0400", "en", """
Hi Camila,

Thanks for applying for Pharmacovigilance Scientist at Lumen Safety Labs. A real human (probably Jess, our recruiter) will read your application within a week.

Lumen Safety Labs · Toronto
""", company="Lumen Safety Labs"),

    M("application_received", "linkedin_easy_apply", "LinkedIn <jobs-noreply@linkedin.example.com>",
      "Camila, your application was sent to Keystone Generics", "2026-08-11 14:02 -0400", "en", """
Your application was sent to Keystone Generics

Regulatory Affairs Associate
Keystone Generics · Miami, FL (Hybrid)

Applied on August 11, 2026

Now, take these steps to stand out: add skills to your profile and turn on Open to Work.
""", company="Keystone Generics", struct="html",
      html_shell=("ats", {"brand": "LinkedIn", "logo": "https://static.linkedin.example.com/logo.png", "color": "#0a66c2", "cta": "View application", "tracker": "https://www.linkedin.example.com/comm/jobs/view/", "footer": "This email was intended for Camila Restrepo-Okafor. <a href=\"https://www.linkedin.example.com/unsub\">Unsubscribe</a> · LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA"})),

    M("application_received", "distributor_lima_manual", "Selección Droguería Andina del Sur <seleccion@andinadelsur.example.pe>",
      "Postulación recibida", "2026-02-02 11:48 -0500", "es", """
Buenos días señorita Camila,

Confirmamos que recibimos su CV para el puesto de Químico Farmacéutico - Dirección Técnica. El proceso de evaluación dura aproximadamente tres semanas; solo nos comunicaremos con los candidatos preseleccionados.

Atte.
Área de Selección
Droguería Andina del Sur E.I.R.L.
""", company="Droguería Andina del Sur", contact="seleccion@andinadelsur.example.pe",
      cs="iso-8859-1", cte="8bit"),

    M("application_received", "bamboohr_ack", "Droguería Hermanos Cárdenas <notifications@bamboohr.com>",
      "Gracias por tu solicitud", "2026-02-18 21:30 -0500", "es", """
Hola Camila,

¡Gracias por tu interés en Droguería Hermanos Cárdenas! Recibimos tu solicitud para Director Técnico de Droguería. Revisaremos tu información y te contactaremos si tu perfil coincide con lo que buscamos.

Droguería Hermanos Cárdenas Ltda.
""", company="Droguería Hermanos Cárdenas"),

    M("application_received", "startup_fr_merci", "vigimed <jobs@vigimed.example.com>",
      "Candidature reçue – PV Ops (Barcelone)", "2026-03-20 08:00 +0100", "fr", """
Bonjour Camila,

Merci pour ta candidature au poste de PV Ops à Barcelone ! On l'a bien reçue. L'équipe lit chaque dossier et revient vers toi sous dix jours, quelle que soit la réponse.

À bientôt,
L'équipe vigimed
""", company="vigimed"),

    M("application_received", "pharma_panama_workable", "Careers at Laboratorios Istmeños <noreply@workablemail.com>",
      "Application received – Pharmacovigilance Officer", "2026-10-01 12:00 -0500", "es", """
Hola Camila,

Gracias por aplicar a la posición de Oficial de Farmacovigilancia en Laboratorios Istmeños. Hemos recibido tu aplicación y nuestro equipo la revisará pronto.

Saludos,
Talento Humano
Laboratorios Istmeños
""", company="Laboratorios Istmeños", struct="alt",
      html_shell=("ats", {"brand": "Laboratorios Istmeños", "logo": "https://workable.example.com/logos/istmenos.png", "color": "#6a1b9a", "footer": "Laboratorios Istmeños, S.A. · Ciudad del Saber, Panamá · Powered by Workable"})),
]

OFFERS = [
    M("offer", "written_offer_pdf", "Paula Arango <parango@novabiotica.example.com>",
      "Oferta laboral - Especialista en Asuntos Regulatorios", "2026-03-27 15:30 -0500", "es", """
Hola Camila,

¡Con mucha alegría te comparto la oferta formal para el cargo de Especialista en Asuntos Regulatorios en NovaBiótica Colombia! Adjunto encontrarás la carta con las condiciones: salario, modalidad híbrida (3 días en Medellín), beneficios y fecha de ingreso propuesta (4 de mayo).

Te pedimos revisarla y enviarnos la carta firmada a más tardar el 3 de abril. Si tienes preguntas, llámame.

Un abrazo,
Paula Arango
Talento Humano | NovaBiótica Colombia
""", company="NovaBiótica Colombia", contact="parango@novabiotica.example.com", struct="mixed",
      attach=[("Carta_Oferta_CRestrepo.pdf", "NovaBiotica Colombia S.A.S.\nCarta de oferta laboral\nCargo: Especialista en Asuntos Regulatorios\nFecha de ingreso: 4 de mayo de 2026")]),

    M("offer", "verbal_confirmed_en", "Carlos Méndez <cmendez@trialpath.example.com>",
      "Confirming our conversation", "2026-05-12 17:45 -0400", "en", """
Hi Camila,

It was a pleasure speaking with you this afternoon. As discussed, I'm thrilled to confirm that Trialpath would like to offer you the Clinical Trial Safety Coordinator position, based in Doral, starting June 15, with the salary and relocation package we went over on the phone.

You'll receive the formal offer letter from our HR system tomorrow. Let me know if anything in the summary doesn't match what you heard.

Congratulations!
Carlos

Carlos Méndez | Talent Partner | Trialpath CRO
""", company="Trialpath CRO", contact="cmendez@trialpath.example.com"),

    M("offer", "conditional_offer_de", "Dr. Katrin Albers <k.albers@rheinfeld-arzneimittel.example.de>",
      "Vertragsangebot – Pharmacovigilance Officer (m/w/d)", "2026-03-10 10:00 +0100", "de", """
Liebe Frau Restrepo-Okafor,

ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Position als Pharmacovigilance Officer in Barcelona anbieten zu können. Im Anhang finden Sie den Arbeitsvertrag.

Das Angebot steht unter dem Vorbehalt der Anerkennung Ihres Pharmazie-Abschlusses in Spanien (Homologación) sowie der erfolgreichen Referenzprüfung. Bitte senden Sie uns den unterschriebenen Vertrag bis zum 20. März zurück.

Herzliche Grüße
Katrin Albers
Head of Drug Safety
Rheinfeld Arzneimittel GmbH
Industriestraße 12 · 50667 Köln
""", company="Rheinfeld Arzneimittel", contact="k.albers@rheinfeld-arzneimittel.example.de", struct="mixed",
      attach=[("Arbeitsvertrag_Restrepo-Okafor.pdf", "Arbeitsvertrag\nRheinfeld Arzneimittel GmbH\nPosition: Pharmacovigilance Officer\nStandort: Barcelona"), ("Datenschutzhinweise.pdf", "Datenschutzhinweise fuer Beschaeftigte")]),

    M("offer", "contract_to_sign_spain", "Marta Soler <msoler@levanteasociados.example.es>",
      "Tu contrato – Levante & Asociados", "2026-06-01 12:20 +0200", "es", """
¡Hola Camila!

Como te adelanté por teléfono, queremos que te incorpores al equipo de Registros. Te adjunto el contrato indefinido y el anexo de teletrabajo para que los revises y firmes. La incorporación sería el 1 de septiembre en Valencia, y nos encargamos de los trámites del visado de trabajo.

Cualquier duda me dices.

Marta Soler
Responsable de Registros | Farmacéutica Levante & Asociados
C/ Colón 22, 46004 Valencia
""", company="Farmacéutica Levante & Asociados", contact="msoler@levanteasociados.example.es", struct="mixed",
      attach=[("Contrato_Indefinido_CRO.pdf", "Farmaceutica Levante & Asociados, S.L.\nContrato de trabajo indefinido\nTrabajadora: Camila Restrepo-Okafor")]),

    M("offer", "quebec_lettre_offre", "Sophie Gagnon <sgagnon@pharmaboreal.example.ca>",
      "Offre d'emploi – Conseillère en pharmacovigilance", "2026-06-19 16:10 -0400", "fr", """
Bonjour Camila,

C'est avec grand plaisir que Pharma Boréal vous offre le poste de Conseillère en pharmacovigilance, à temps plein, à notre bureau de Toronto. Vous trouverez la lettre d'offre ci-jointe, qui précise la rémunération, les avantages sociaux et la date d'entrée en fonction.

L'offre est conditionnelle à l'obtention de votre permis de travail et à la vérification de vos références. Merci de nous retourner la lettre signée d'ici le 26 juin.

Au plaisir de vous accueillir,
Sophie Gagnon
Conseillère principale, acquisition de talents
Pharma Boréal
""", company="Pharma Boréal", contact="sgagnon@pharmaboreal.example.ca", struct="mixed",
      attach=[("Lettre_offre_Pharma_Boreal.pdf", "Pharma Boreal\nLettre d'offre d'emploi\nPoste: Conseillere en pharmacovigilance")]),

    M("offer", "ngo_offer_plain", "Ángela Restrepo <angela.restrepo@fundacionmedicamentos.example.org>",
      "¡Queremos que estés con nosotros!", "2026-02-20 18:00 -0500", "es", """
Camila, buenas noches:

Después de las entrevistas, el comité decidió ofrecerte el cargo de Asesora en Uso Racional de Medicamentos. Las condiciones son las que conversamos: contrato a término fijo de un año, renovable, con sede en Bogotá y 20% de trabajo de campo en regiones.

Si aceptas, necesitaríamos que empezaras el 16 de marzo. Dime qué piensas y te envío el contrato.

Con cariño,
Ángela Restrepo
Directora de Programas
Fundación Medicamentos para Todos
""", company="Fundación Medicamentos para Todos", contact="angela.restrepo@fundacionmedicamentos.example.org"),

    M("offer", "workday_offer_portal", "Laboratorios Andinos Farma <andinosfarma@myworkday.com>",
      "Tiene una oferta pendiente: Coordinador(a) Regulatorio Perú", "2026-05-22 09:00 -0500", "es", """
Estimada Camila:

¡Felicitaciones! Laboratorios Andinos Farma le ha extendido una oferta para la posición de Coordinador(a) Regulatorio Perú (R-10502), con sede en Lima.

Ingrese a su panel de candidata para revisar la carta de oferta y aceptarla o rechazarla antes del 29 de mayo de 2026. Para preguntas sobre las condiciones, escriba a su reclutadora, Mónica Salazar (msalazar@andinosfarma.example.co).

Cordialmente,
Equipo de Adquisición de Talento
Laboratorios Andinos Farma
""", company="Laboratorios Andinos Farma", contact="msalazar@andinosfarma.example.co",
      reply_to="Mónica Salazar <msalazar@andinosfarma.example.co>", struct="alt",
      html_shell=("ats", {"brand": "Laboratorios Andinos Farma", "logo": "https://andinosfarma.example.co/img/logo.png", "color": "#00695c", "cta": "Revisar oferta", "footer": "Laboratorios Andinos Farma S.A.S. · Medellín · Lima · Quito"})),

    M("offer", "headhunter_offer_client_named", "Iñigo Kessler <ikessler@kesslervidal.example.es>",
      "Propuesta de Almirante Pharma", "2026-07-21 19:30 +0200", "es", """
Estimada Camila:

Ya puedo decirle el nombre: nuestro cliente es Almirante Pharma, y me acaban de confirmar que quieren hacerle una propuesta para la Dirección de Farmacovigilancia en Madrid. Le adjunto la carta de oferta que me han remitido, con retribución fija, variable del 20% y paquete de reubicación.

Me gustaría comentarla con usted mañana por teléfono antes de que responda.

Un cordial saludo,
Iñigo Kessler
Partner | Kessler & Vidal Executive Search
""", company="Almirante Pharma", contact="ikessler@kesslervidal.example.es", struct="mixed",
      attach=[("Almirante_Pharma_Carta_Oferta.pdf", "Almirante Pharma, S.A.\nCarta de oferta\nDirector/a de Farmacovigilancia\nMadrid")]),

    M("offer", "peru_oferta_outlook_chain", "Ricardo Paredes <rparedes@laboratoriosinca.example.pe>",
      "RE: Propuesta económica", "2026-04-29 16:45 -0500", "es", """
Camila:

Conversé con Gerencia General y aceptamos su contrapropuesta. Le confirmo la oferta para Jefe de Asuntos Regulatorios con la remuneración mensual que usted indicó, más el bono anual. Incorporación el 1 de junio en Lima.

Le enviaré el contrato para firma digital esta semana.

Saludos cordiales,
Ricardo Paredes Salazar
Gerente de Gestión Humana | Laboratorios Inca Farma
""", company="Laboratorios Inca Farma", contact="rparedes@laboratoriosinca.example.pe", thread=True,
      cs="windows-1252", cte="quoted-printable",
      quote="""De: Camila Restrepo-Okafor [mailto:camila.ro@example.co]
Enviado el: lunes, 27 de abril de 2026 20:15
Para: Ricardo Paredes
Asunto: RE: Propuesta económica

Ricardo, gracias por la propuesta. Antes de aceptar quisiera proponer un ajuste en el salario, teniendo en cuenta que en otro proceso me rechazaron por pedir menos de lo que vale el cargo en Lima...
Camila"""),

    M("offer", "miami_offer_html_letter", "HarborPoint Health Careers <careers-noreply@harborpoint.icims.com>",
      "Your Offer from HarborPoint Health System", "2026-08-06 13:00 -0400", "en", """
Dear Camila,

Congratulations! We are pleased to extend you an offer of employment for the position of Clinical Pharmacist – Medication Safety at HarborPoint Health System. Please log in to the candidate portal to review and e-sign your offer letter by August 13, 2026.

This offer is contingent upon successful completion of a background check, drug screening and verification of your Florida pharmacist licensure.

Questions? Contact Denise Walker at dwalker@harborpoint.example.com.

HarborPoint Health System Talent Acquisition
""", company="HarborPoint Health System", struct="html",
      html_shell=("ats", {"brand": "HarborPoint Health System", "logo": "https://harborpoint.example.com/assets/hp-logo.png", "color": "#007c91", "cta": "Review my offer", "footer": "HarborPoint Health System is an Equal Opportunity Employer. This is an automated message."})),
]

MSGS = ACKS + OFFERS
